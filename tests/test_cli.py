"""The command-line contract: build/ask/status/eval, JSON shapes, exit codes, errors without tracebacks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.cli import main

ASK_KEYS = {"question", "route", "reply", "disclaimer", "passages", "build_id"}
PASSAGE_KEYS = {"article", "title", "section", "text", "start", "end", "score"}
BUILD_KEYS = {"articles", "chunks", "embedded", "reused", "removed", "skipped", "build_id", "seconds"}


@pytest.fixture
def env(settings, monkeypatch: pytest.MonkeyPatch):
    """Point the CLI (which reads ASSISTANT_* through Settings.from_env) at the test folders."""
    for name in ("corpus_dir", "index_dir", "cache_dir", "data_dir", "model", "min_score"):
        monkeypatch.setenv(f"ASSISTANT_{name.upper()}", str(getattr(settings, name)))
    return settings


def _json_lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_build_json_reports_the_documented_fields(env, capsys) -> None:
    (env.corpus_dir / "junk.bin.txt").write_bytes(b"\x00\xff")
    assert main(["build", "--json"]) == 0
    report = _json_lines(capsys)[-1]
    assert set(report) == BUILD_KEYS
    assert report["articles"] == 3 and report["embedded"] == report["chunks"] > 0
    assert report["skipped"] == [{"path": "junk.bin.txt", "reason": "looks like a binary file, not text"}]
    assert main(["build", "--json"]) == 0
    again = _json_lines(capsys)[-1]
    assert (again["embedded"], again["build_id"]) == (0, report["build_id"])


def test_ask_json_one_object_per_stdin_line_including_empty_and_long(env, capsys, monkeypatch) -> None:
    assert main(["build", "--json"]) == 0
    capsys.readouterr()
    lines = ["How long do SSRIs take, how many weeks until I notice a change?", "", "x" * 100_000,
             "What is the capital of France?"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--json"]) == 0
    objects = _json_lines(capsys)
    assert len(objects) == 4
    for obj in objects:
        assert set(obj) == ASK_KEYS and obj["disclaimer"] in obj["reply"]
    assert objects[0]["route"] == "answer" and set(objects[0]["passages"][0]) == PASSAGE_KEYS
    assert objects[0]["passages"][0]["article"] == "ssri-basics.md"
    assert [o["route"] for o in objects[1:]] == ["no_answer", "no_answer", "no_answer"]


def test_ask_with_question_argument_prints_markdown(env, capsys) -> None:
    main(["build"])
    capsys.readouterr()
    assert main(["ask", "Where is the car park and is parking free?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("> ") and "Parking and directions" in out


def test_status_exit_codes(env, capsys) -> None:
    assert main(["status"]) == 1
    assert "python -m assistant build" in capsys.readouterr().out
    main(["build"])
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["up_to_date"] is True
    (env.corpus_dir / "more.md").write_text("# More\n\nAnother article.\n", encoding="utf-8")
    assert main(["status"]) == 1


def test_ask_without_index_is_a_one_line_error(env, capsys) -> None:
    assert main(["ask", "hello"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "python -m assistant build" in err and "Traceback" not in err


def test_bad_setting_is_a_one_line_error(env, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_PORT", "seventy")
    assert main(["status"]) == 1
    assert "ASSISTANT_PORT" in capsys.readouterr().err


def test_eval_prints_figures_and_misses(env, capsys, tmp_path: Path) -> None:
    main(["build"])
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"question": "Is parking free for patients?", "expect_any": ["parking is free for patients"]}) + "\n"
        + json.dumps({"question": "Who won the football final?", "decline": True}) + "\n"
        + json.dumps({"question": "bus line seven", "expect_articles": ["ssri-basics.md"]}) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", str(questions), "--json"]) == 0
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert report["questions"] == 3 and report["found_at_1"] == 0.5 and report["decline_recall"] == 1.0
    assert [m["question"] for m in report["misses"]] == ["bus line seven"]
    assert "stale" not in out.err
    (env.corpus_dir / "parking.html").write_text("<h1>Parking</h1><p>Parking now costs two dollars.</p>")
    assert main(["eval", str(questions), "--json"]) == 0  # still measured, on the build that is served
    assert "the index is stale (the corpus changed" in capsys.readouterr().err


def test_eval_rejects_a_malformed_file_with_its_line_number(env, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok", "decline": true}\n{not json}\n', encoding="utf-8")
    main(["build"])
    assert main(["eval", str(bad)]) == 1
    assert "bad.jsonl:2" in capsys.readouterr().err
