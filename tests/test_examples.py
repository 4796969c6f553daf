"""Example questions beside an article (examples.py): reading, building, lifting, leaving out, staleness."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, HashingEmbedder, Settings, build_index, examples
from assistant.build import up_to_date
from assistant.corpus import load_corpus
from assistant.evaluation import Question, evaluate
from assistant.examples import Example, Examples, read_examples
from assistant.records import Chunk, Hit

QUESTION = "how long until headaches fade"
NATURAL = "These usually fade after a few weeks"  # what the question finds on its own words
NAMED = "four to six weeks"  # the passage the editor's example says answers it


def _write(corpus_dir: Path, name: str, rows: list[object]) -> Path:
    path = corpus_dir / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _first(assistant: Assistant, question: str) -> str:
    answer = assistant.ask(question)
    assert answer.route == "answer", answer.reply
    return answer.passages[0].text


def test_an_example_question_lifts_the_passage_it_names(settings: Settings, embedder: HashingEmbedder,
                                                       corpus_dir: Path) -> None:
    build_index(settings, embedder)
    assert NATURAL in _first(Assistant.from_settings(settings, embedder), QUESTION)
    _write(corpus_dir, "ssri-basics.questions.jsonl", [{"question": QUESTION, "quote": [NAMED]}])
    report = build_index(settings, embedder)
    assert report.changed and report.skipped == ()
    assistant = Assistant.from_settings(settings, embedder)
    assert NAMED in _first(assistant, QUESTION)
    assert NAMED in _first(assistant, QUESTION.upper() + "?")  # the same question, written differently


def test_eval_leaves_out_the_sets_own_examples(settings: Settings, embedder: HashingEmbedder,
                                              corpus_dir: Path) -> None:
    _write(corpus_dir, "ssri-basics.questions.jsonl", [{"question": QUESTION, "quote": NAMED, "source": "set.jsonl"}])
    build_index(settings, embedder)
    assistant = Assistant.from_settings(settings, embedder)
    question = Question(QUESTION, expect_any=(NAMED,))
    assert evaluate(assistant, [question], source="other.jsonl").found_at_1 == 0.0  # its own question: left out
    rephrased = Question(QUESTION.replace("until", "until the"), expect_any=(NAMED,))
    assert evaluate(assistant, [rephrased], source="other.jsonl").found_at_1 == 1.0
    assert evaluate(assistant, [rephrased], source="set.jsonl").found_at_1 == 0.0
    assert NAMED in _first(assistant, QUESTION)  # outside eval, every example counts again


def test_bad_lines_and_stale_quotes_are_reported_and_the_rest_is_used(settings: Settings, embedder: HashingEmbedder,
                                                                     corpus_dir: Path) -> None:
    _write(corpus_dir, "ssri-basics.questions.jsonl", [
        {"question": QUESTION, "quote": [NAMED]},
        "{not json",
        {"question": "  ", "quote": [NAMED]},
        {"question": "which side effects?"},
        {"question": "does it hurt?", "quote": ["words the article never had"]},
    ])
    _write(corpus_dir, "no-such-article.questions.jsonl", [{"question": QUESTION, "quote": [NAMED]}])
    report = build_index(settings, embedder)
    reasons = {s.path: s.reason for s in report.skipped}
    assert "not a JSON object" in reasons["ssri-basics.questions.jsonl:2"]
    assert "no \"question\"" in reasons["ssri-basics.questions.jsonl:3"]
    assert "no \"quote\"" in reasons["ssri-basics.questions.jsonl:4"]
    assert "is in ssri-basics.md any more" in reasons["ssri-basics.questions.jsonl:5"]
    assert "no article named no-such-article" in reasons["no-such-article.questions.jsonl"]
    assert NAMED in _first(Assistant.from_settings(settings, embedder), QUESTION)
    again = build_index(settings, embedder)  # nothing changed: the same problems are still reported
    assert not again.changed and set(again.skipped) == set(report.skipped)


def test_example_files_are_not_articles_but_make_the_index_stale(settings: Settings, embedder: HashingEmbedder,
                                                                corpus_dir: Path) -> None:
    path = _write(corpus_dir, "ssri-basics.questions.jsonl", [{"question": QUESTION, "quote": [NAMED]}])
    scan = load_corpus(corpus_dir)
    assert all(not a.id.endswith(".jsonl") for a in scan.articles) and scan.skipped == ()
    build_index(settings, embedder)
    assert up_to_date(settings, embedder.name)[0]
    path.write_text(path.read_text(encoding="utf-8") + json.dumps({"question": "more?", "quote": "Headaches"}) + "\n",
                    encoding="utf-8")
    assert not up_to_date(settings, embedder.name)[0]
    path.unlink()
    assert not up_to_date(settings, embedder.name)[0]
    build_index(settings, embedder)
    assert len(Assistant.from_settings(settings, embedder).index().examples.questions) == 0


def test_read_examples_ties_a_file_to_the_article_with_its_name(corpus_dir: Path) -> None:
    path = _write(corpus_dir / "guides", "infusion-visit.questions.jsonl",
                  [{"question": "can I drive?", "quote": "should not drive", "source": "editor"}])
    found = read_examples([path], corpus_dir, ["ssri-basics.md", "guides/infusion-visit.txt"])
    assert found.examples == (Example("can I drive?", ("should not drive",), "guides/infusion-visit.txt", "editor",
                                       "guides/infusion-visit.questions.jsonl:1"),)
    assert found.skipped == () and set(found.hashes) == {"guides/infusion-visit.questions.jsonl"}


def _hit(ordinal: int, score: float) -> Hit:
    chunk = Chunk("a.txt", ordinal, "A", f"Section {ordinal}", f"text {ordinal}", 0, 6)
    return Hit(chunk, score, dense=score)


@pytest.mark.parametrize(("cosine", "first"), [(1.0, 2), (0.9, 2), (0.72, 1), (0.6, 1)])
def test_the_lift_falls_with_the_examples_distance(cosine: float, first: int) -> None:
    query = np.array([1.0, 0.0], dtype=np.float32)
    example = np.array([[cosine, np.sqrt(1 - cosine**2)]], dtype=np.float32)
    bank = Examples(("q",), ("",), (("a.txt#2",),), example)
    hits = bank.boost([_hit(1, 0.5), _hit(2, 0.4)], query)
    assert hits[0].chunk.ordinal == first
    expected = max(0.0, examples.WEIGHT * (cosine - examples.FLOOR) / (1 - examples.FLOOR))
    assert bank.lifts(query).get("a.txt#2", 0.0) == pytest.approx(expected, abs=1e-6)


def test_an_example_naming_several_passages_lifts_each_less() -> None:
    """Three passages answer "how do SSRIs work?" in one set's labels; a near-identical example naming one wins."""
    query = np.array([1.0, 0.0], dtype=np.float32)
    vectors = np.array([[1.0, 0.0], [0.99, np.sqrt(1 - 0.99**2)]], dtype=np.float32)
    bank = Examples(("how do SSRIs work?", "how do ssris work in the brain"), ("", ""),
                    (("a.txt#1", "a.txt#2", "a.txt#3"), ("a.txt#2",)), vectors)
    lifts = bank.lifts(query)
    assert lifts["a.txt#1"] == pytest.approx(examples.WEIGHT / np.sqrt(3), abs=1e-6)
    assert lifts["a.txt#2"] > lifts["a.txt#1"] == lifts["a.txt#3"]
    assert [h.chunk.ordinal for h in bank.boost([_hit(1, 0.5), _hit(2, 0.45), _hit(3, 0.4)], query)] == [2, 1, 3]


def test_every_shipped_example_names_a_passage_of_the_shipped_article() -> None:
    from assistant.chunking import chunk_article
    from assistant.corpus import example_files

    corpus = Path(__file__).parent.parent / "corpus"
    articles = load_corpus(corpus).articles
    found = read_examples(example_files(corpus), corpus, [a.id for a in articles])
    chunks = [c for a in articles for c in chunk_article(a, max_chars=Settings().chunk_max_chars)]
    bank, unmatched = Examples.build(found.examples, chunks, np.zeros((len(found.examples), 4), dtype=np.float32))
    assert found.skipped == () and unmatched == []
    assert len(bank.questions) == len(found.examples) >= 200
    assert {s for s in bank.sources} >= {"seed_questions.jsonl", "holdout3_questions.jsonl"}


def test_an_example_whose_words_are_in_most_passages_is_skipped_as_too_general() -> None:
    """ "ketamine" as an example would lift its passage for every short question about the article's subject."""
    texts = ["ketamine works fast", "ketamine has few side effects", "ketamine helps some people", "SSRIs are slow"]
    chunks = [Chunk("a.txt", i, "A", f"Section {i}", text, 0, len(text)) for i, text in enumerate(texts)]
    general = Example("Ketamine?", ("works fast",), "a.txt", where="a.questions.jsonl:1")
    specific = Example("does ketamine work fast", ("works fast",), "a.txt", where="a.questions.jsonl:2")
    bank, skipped = Examples.build([general, specific], chunks, np.eye(2, dtype=np.float32))
    assert bank.questions == ("does ketamine work fast",)
    assert [s.path for s in skipped] == ["a.questions.jsonl:1"] and "too general" in skipped[0].reason

