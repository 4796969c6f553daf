"""Crash safety: `kill -9` during a build never costs the published index, and a damaged index is reported, repaired.

A build writes builds/.tmp-<id>, renames it, then atomically replaces CURRENT; vectors are committed to the SQLite
cache batch by batch. So after a kill at any moment: CURRENT still names a complete build (the previous one, or
the new one if the kill came after publishing), the cache opens and keeps what was committed, and the next build
publishes and removes any .tmp-* folder. A damaged published build makes `ask` and `status` exit 1 with one
`error: … Run: python -m assistant build` line, and `build` repairs it.

A build is verified against the sha256 of every file in its manifest before it is served, so even a flipped
bit that still parses is refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from server import ROOT, AppServer, app_env, client, make_corpus, run_cli

from assistant import Assistant, HashingEmbedder, Settings, build_index, store, up_to_date
from assistant.cache import VectorCache
from assistant.chat import ChatService
from assistant.feedback import FeedbackStore

MODEL = "hashing-1024"
QUESTION = "How long do SSRIs take to work?"
ANSWER = "four to six weeks"
GENERATED = 300  # small articles: with the fake model a build embeds ~2,700 texts in 11 batches (~1-2 s)
SEED = 20250401
WORDS = ("badge elevator lobby receptionist invoice signature wristband locker hallway umbrella coat stairs "
         "window chair blanket snack juice tablet charger form clipboard calendar voicemail email postcard").split()
# Every file of a published build (bm25s's own folder included). A new file must be added here to be covered.
BUILD_FILES = ("vectors.faiss", "chunks.jsonl", "manifest.json", "labels.npy", "labels.json",
               "examples.npy", "examples.json",
               "bm25/data.csc.index.npy", "bm25/indices.csc.index.npy", "bm25/indptr.csc.index.npy",
               "bm25/params.index.json", "bm25/vocab.index.json", "bm25/words.json")
DAMAGED = (*BUILD_FILES, "CURRENT")
MODES = ("empty", "truncated", "bitflip", "garbage")

def case(name: str, mode: str):
    return pytest.param(name, mode, id=f"{name}-{mode}")


# --- helpers --------------------------------------------------------------------------------------------------------

def env_for(root: Path) -> dict[str, str]:
    return app_env(root, ASSISTANT_MODEL=MODEL, ASSISTANT_MIN_SCORE="0.15")


def settings_for(env: dict[str, str]) -> Settings:
    return Settings.from_env(env)


def write_generated(corpus: Path, token: str) -> None:
    """GENERATED small articles whose every chunk and heading contains `token`: a new token means all new vectors."""
    rng = random.Random(token)
    folder = corpus / "generated"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(GENERATED):
        sections = "\n".join(
            f"## Visit note {i}.{s} {token}\n\nNote {token} {i}.{s}: {' '.join(rng.choices(WORDS, k=80))}.\n"
            for s in range(4))
        text = f"---\ntitle: Visit notes {i} {token}\ndate: 2025-01-01\n---\n# Visit notes {i}\n\n{sections}"
        (folder / f"notes-{i:03d}.md").write_text(text, encoding="utf-8")


def published(settings: Settings) -> str:
    """The id CURRENT names, after checking that build is complete and undamaged."""
    folder = store.current_build(settings.index_dir)
    manifest = store.read_manifest(folder)
    store.verify_build(folder, manifest)
    return manifest.build_id


def assert_answers_from(settings: Settings, build_id: str) -> None:
    answer = Assistant.from_settings(settings, HashingEmbedder(1024)).ask(QUESTION)
    assert answer.route == "answer" and ANSWER in answer.reply, answer.reply
    assert answer.build_id == build_id


def cache_rows(settings: Settings) -> int:
    """Rows in the embedding cache after an integrity check; VectorCache must open it without starting afresh."""
    path = settings.cache_dir / "embeddings.sqlite3"
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    cache = VectorCache(path)  # replaces a damaged file silently, so count again afterwards
    try:
        assert cache._db.execute("SELECT count(*) FROM vectors").fetchone()[0] == rows
    finally:
        cache.close()
    return rows


def peek_rows(settings: Settings) -> int:
    """Rows committed so far, read while a build may be writing (WAL: readers never block the writer)."""
    try:
        with contextlib.closing(sqlite3.connect(settings.cache_dir / "embeddings.sqlite3", timeout=1)) as db:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    except sqlite3.Error:
        return -1


def tmp_leftovers(settings: Settings) -> list[str]:
    return sorted(p.name for p in (settings.index_dir / store.BUILDS).glob(".tmp-*"))


def finished_builds(settings: Settings) -> set[str]:
    return {p.name for p in (settings.index_dir / store.BUILDS).iterdir() if not p.name.startswith(".")}


def start_build(env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "assistant", "build", "--json"], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)


def kill9(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.fixture
def big(tmp_path: Path):
    """The mini corpus plus GENERATED articles, built and published once (in-process); CLI env and settings."""
    make_corpus(tmp_path)
    write_generated(tmp_path / "corpus", "r0")
    env = env_for(tmp_path)
    settings = settings_for(env)
    build_index(settings, HashingEmbedder(1024))
    yield env, settings


# --- kill -9 during a build -----------------------------------------------------------------------------------------

def test_big_corpus_answers(big) -> None:
    """Over 50 chunks a question can have keyword-only candidates (rows outside the dense top 50); before 8b14594
    FAISS's reconstruct() got numpy.int64 rows for them and raised TypeError."""
    _, settings = big
    assert_answers_from(settings, published(settings))


@pytest.mark.slow
def test_kill_while_embedding_keeps_published_build_and_committed_vectors(big, tmp_path: Path) -> None:
    env, settings = big
    old, rows_before, builds_before = published(settings), cache_rows(settings), finished_builds(settings)
    write_generated(settings.corpus_dir, "r1")
    log = tmp_path / "build.log"
    proc = start_build(env, log)
    try:
        deadline = time.monotonic() + 60
        while peek_rows(settings) <= rows_before:  # the first batch of new vectors is committed: kill now
            assert proc.poll() is None, "the build ended before its first batch was seen:\n" + log.read_text()
            assert time.monotonic() < deadline, "no vectors were committed within 60 s"
            time.sleep(0.005)
    finally:
        kill9(proc)
    assert proc.returncode == -signal.SIGKILL

    assert published(settings) == old
    assert finished_builds(settings) == builds_before
    assert_answers_from(settings, old)
    rows_killed = cache_rows(settings)
    assert rows_killed > rows_before  # committed batches survive the kill

    done = run_cli(env, "build", "--json", timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["build_id"] != old and published(settings) == report["build_id"]
    assert cache_rows(settings) > rows_killed  # the kill really came in the middle of embedding
    unchanged = sum(1 for c in Assistant.from_settings(settings, HashingEmbedder(1024)).index().chunks
                    if not c.article_id.startswith("generated/"))
    assert report["reused"] > unchanged, report  # vectors the killed build committed were not embedded again
    assert report["embedded"] + report["reused"] == report["chunks"]
    assert_answers_from(settings, report["build_id"])
    assert not tmp_leftovers(settings)


@pytest.mark.slow
def test_kill_at_random_moments_never_loses_the_published_build(big, tmp_path: Path) -> None:
    env, settings = big
    rng = random.Random(SEED)
    # kill moments spread over one whole CLI build timed here, so most land before publishing on a fast or slow machine
    write_generated(settings.corpus_dir, "k0")
    started = time.monotonic()
    assert start_build(env, tmp_path / "build-0.log").wait(timeout=300) == 0
    whole = time.monotonic() - started
    delays = sorted(rng.uniform(0.1, 1.0) * whole for _ in range(5))
    interrupted = 0
    for round_, delay in enumerate(delays, start=1):
        old = published(settings)
        write_generated(settings.corpus_dir, f"k{round_}")
        proc = start_build(env, tmp_path / f"build-{round_}.log")
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            pass
        finally:
            kill9(proc)
        now = published(settings)  # whatever the moment, CURRENT names a complete, undamaged build
        if now == old:
            interrupted += proc.returncode == -signal.SIGKILL
        else:  # killed after publishing (or it finished): then it is the new corpus, complete
            assert up_to_date(settings, MODEL)[0], f"round {round_} (delay {delay:.2f}s) published a stale build"
        print(f"round {round_}: kill after {delay:.2f}s, exit {proc.returncode}, "
              f"published {'the previous' if now == old else 'the new'} build")
        assert_answers_from(settings, now)
        cache_rows(settings)

        report = build_index(settings, HashingEmbedder(1024))  # the following build completes and publishes
        assert published(settings) == report.build_id and up_to_date(settings, MODEL)[0]
        assert report.changed == (now == old)
        assert not tmp_leftovers(settings), f"round {round_}: a successful build left .tmp-* folders"
        assert_answers_from(settings, report.build_id)
    assert interrupted >= 2, f"only {interrupted} of the kills {delays} came before publishing"


@pytest.mark.slow
def test_kill_while_writing_the_build_folder_leaves_tmp_that_the_next_build_removes(big, tmp_path: Path) -> None:
    env, settings = big
    builds = settings.index_dir / store.BUILDS
    leftovers: list[str] = []
    for attempt in range(4):
        old = published(settings)
        write_generated(settings.corpus_dir, f"w{attempt}")
        proc = start_build(env, tmp_path / f"build-{attempt}.log")
        try:
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline:
                if any(name.startswith(".tmp-") for name in os.listdir(builds)):
                    break
                time.sleep(0.0005)
        finally:
            kill9(proc)
        leftovers = tmp_leftovers(settings)
        print(f"attempt {attempt}: exit {proc.returncode}, leftovers {leftovers}")
        if leftovers:  # killed before the rename, so certainly before publishing
            assert proc.returncode == -signal.SIGKILL
            assert published(settings) == old
            assert_answers_from(settings, old)
            break
    assert leftovers, "four builds were never caught while writing their folder"

    done = run_cli(env, "build", "--json", timeout=120)
    assert done.returncode == 0, done.stderr
    new = json.loads(done.stdout)["build_id"]
    assert published(settings) == new != old
    assert not tmp_leftovers(settings)
    assert len(finished_builds(settings)) <= settings.keep_builds + 1  # at most one finished-but-unpublished orphan
    assert_answers_from(settings, new)


# --- damaged published build ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built mini corpus to copy: corpus/, index/, cache/."""
    root = tmp_path_factory.mktemp("pristine")
    make_corpus(root)
    build_index(settings_for(env_for(root)), HashingEmbedder(1024))
    return root


def copy_of(pristine: Path, root: Path) -> tuple[dict[str, str], Settings]:
    for name in ("corpus", "index", "cache"):
        shutil.copytree(pristine / name, root / name)
    env = env_for(root)
    return env, settings_for(env)


def damage(settings: Settings, name: str, mode: str) -> Path:
    """Damage one file of the published build (or CURRENT) in place."""
    path = settings.index_dir / name if name == store.CURRENT else store.current_build(settings.index_dir) / name
    data = path.read_bytes()
    assert data, path
    if mode == "empty":
        new = b""
    elif mode == "truncated":
        new = data[: len(data) // 2]
    elif mode == "bitflip":  # one bit of the middle byte, as disk rot would do
        i = len(data) // 2
        new = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]
    else:  # "garbage": not even UTF-8
        new = b"\xff\xfe\x00\x80 not an index \x9c\xff" * 4
    path.write_bytes(new)
    return path


def assert_one_error_line(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ") and "python -m assistant build" in lines[0], stderr


def test_published_build_holds_exactly_the_damaged_files(pristine: Path) -> None:
    folder = store.current_build(pristine / "index")
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == sorted(BUILD_FILES)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "mode"), [case(n, m) for n in DAMAGED for m in MODES])
def test_damaged_index_in_process(pristine: Path, tmp_path: Path, name: str, mode: str,
                                  monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture) -> None:
    """Every file x every kind of damage, through cli.main (an uncaught exception here is a CLI traceback)."""
    from assistant import cli

    env, settings = copy_of(pristine, tmp_path)
    for key, value in env.items():
        if key.startswith("ASSISTANT_"):
            monkeypatch.setenv(key, value)
    damage(settings, name, mode)
    capfd.readouterr()

    assert cli.main(["ask", "x"]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert_one_error_line(err)
    assert cli.main(["status"]) == 1
    capfd.readouterr()

    assert cli.main(["build", "--json"]) == 0
    assert cli.main(["ask", QUESTION]) == 0
    out, err = capfd.readouterr()
    assert ANSWER in out
    assert cli.main(["status"]) == 0


SUBPROCESS_CASES = [case(n, "truncated") for n in DAMAGED] + [case("labels.npy", "empty"), case("CURRENT", "garbage")]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "mode"), SUBPROCESS_CASES)
def test_damaged_index_cli(pristine: Path, tmp_path: Path, name: str, mode: str) -> None:
    """The same contract from real processes: exit 1, one `error:` line saying to rebuild, no traceback; then repair."""
    env, settings = copy_of(pristine, tmp_path)
    damage(settings, name, mode)
    ask = subprocess.Popen([sys.executable, "-m", "assistant", "ask", "x"], cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    status = run_cli(env, "status", timeout=60)
    out, err = ask.communicate(timeout=60)
    assert ask.returncode == 1, (out, err)
    assert out == ""
    assert_one_error_line(err)
    assert status.returncode == 1 and "Traceback" not in status.stderr, status

    built = run_cli(env, "build", "--json", timeout=120)
    assert built.returncode == 0 and "Traceback" not in built.stderr, built.stderr
    assert published(settings) == json.loads(built.stdout)["build_id"]
    assert_answers_from(settings, json.loads(built.stdout)["build_id"])


# --- a running assistant, when the files under it go bad -------------------------------------------------------------

@pytest.mark.parametrize(("name", "mode"), [case("vectors.faiss", "truncated"), case("labels.npy", "empty"),
                                            case("vectors.faiss", "bitflip")])
def test_running_assistant_keeps_serving_when_a_new_build_is_damaged(pristine: Path, tmp_path: Path, name: str,
                                                                     mode: str) -> None:
    from dataclasses import replace

    _, settings = copy_of(pristine, tmp_path)
    settings = replace(settings, reload_seconds=0.0)
    service = ChatService(Assistant.from_settings(settings, HashingEmbedder(1024)), FeedbackStore(settings.data_dir))
    first = service.reply(QUESTION)
    assert first.route == "answer"
    newer = build_index(settings, HashingEmbedder(1024), force=True).build_id
    damage(settings, name, mode)
    after = service.reply(QUESTION)
    assert after.route == "answer" and ANSWER in after.reply, after.reply
    assert after.build_id == first.build_id != newer  # the damaged build is never served


def test_running_assistant_keeps_serving_when_current_is_garbled(pristine: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    _, settings = copy_of(pristine, tmp_path)
    settings = replace(settings, reload_seconds=0.0)
    service = ChatService(Assistant.from_settings(settings, HashingEmbedder(1024)), FeedbackStore(settings.data_dir))
    first = service.reply(QUESTION)
    damage(settings, "CURRENT", "garbage")
    after = service.reply(QUESTION)
    assert after.route == "answer" and after.build_id == first.build_id, after.reply


# --- app.py start-up over a damaged index -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("damages", [[("labels.npy", "empty"), ("vectors.faiss", "bitflip")],
                                     [("CURRENT", "garbage")]], ids=["build-files", "CURRENT"])
def test_app_start_rebuilds_a_damaged_index(pristine: Path, tmp_path: Path, damages) -> None:
    env, settings = copy_of(pristine, tmp_path)
    before = published(settings)
    for name, mode in damages:
        damage(settings, name, mode)
    app = AppServer.start(env, tmp_path / "app.log")
    try:
        reply = client(app).predict(QUESTION, api_name="/chat")
        assert ANSWER in reply, reply
        assert published(settings) != before  # a new build was published at start-up
        assert "Traceback" not in app.output()
    finally:
        app.stop()
