"""Questions about an article as a whole (overview.py): its purpose first, or its conclusion first for a summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant, HashingEmbedder, Settings, build_index
from assistant.overview import overview_hits, overview_kind
from assistant.records import Chunk

ARTICLE = """---
title: Sleep and mood
---
Sleep shapes mood in many ways, and poor sleep is common.

Many people notice it first. In this guide, we'll explore how sleep and mood affect each other.

## Morning light

Morning light helps the body clock settle.

## Conclusion

Good sleep supports a steady mood, so protect it.
"""


@pytest.mark.parametrize(("question", "kind"), [
    ("What is this article about?", "about"), ("what's the blog post about", "about"), ("what is it about", "about"),
    ("what does the guide cover", "about"), ("What is this blog post going to cover?", "about"),
    ("Can you give me a quick summary of the blog?", "summary"),
    ("sum it up for me", "summary"), ("tl;dr", "summary"), ("main points?", "summary"),
    ("What's the bottom line — who should consider ketamine?", "summary"),
    ("so in short whats the main benefits of ketamine over ssri", "summary"),
    ("How do SSRIs work?", None), ("what is ketamine", None), ("main benefits of ketamine", None),
    ("my clinic is in short supply of staff, does ketamine work?", None),
])
def test_overview_questions_are_recognised(question: str, kind: str | None) -> None:
    assert overview_kind(question) == kind


def _chunk(ordinal: int, section: str, text: str, tags: tuple[str, ...] = ()) -> Chunk:
    return Chunk("a.md", ordinal, "A", section, text, 0, len(text), tags=tags)


def test_the_purpose_passage_and_the_conclusion_are_chosen() -> None:
    chunks = [_chunk(0, "Introduction", "Background first."), _chunk(1, "Introduction", "Here we'll explore it."),
              _chunk(2, "Body", "Details."), _chunk(3, "Conclusion", "In short, yes."),
              _chunk(4, "Conclusion", "More.")]
    assert [h.chunk.ordinal for h in overview_hits(chunks, "a.md", "about")] == [1, 3]
    assert [h.chunk.ordinal for h in overview_hits(chunks, "a.md", "summary")] == [3, 1]
    assert [h.chunk.ordinal for h in overview_hits(chunks[2:], "a.md", "about")] == [3]  # no introduction
    assert overview_hits(chunks, "other.md", "about") == []
    blocked = [*chunks[:3], _chunk(3, "Conclusion", "x", tags=("mentions_suicide",))]
    assert [h.chunk.ordinal for h in overview_hits(blocked, "a.md", "about", {"mentions_suicide"})] == [1]


@pytest.fixture
def sleep_assistant(tmp_path: Path, settings: Settings, embedder: HashingEmbedder) -> Assistant:
    for old in settings.corpus_dir.rglob("*.*"):
        old.unlink()
    (settings.corpus_dir / "sleep.md").write_text(ARTICLE, encoding="utf-8")
    build_index(settings, embedder)
    return Assistant.from_settings(settings, embedder)


def test_what_is_this_guide_about_quotes_its_purpose_then_its_conclusion(sleep_assistant: Assistant) -> None:
    answer = sleep_assistant.ask("what is this guide about?")
    assert answer.route == "answer"
    assert "In this guide, we'll explore" in answer.passages[0].text
    assert "Good sleep supports a steady mood" in answer.passages[1].text
    assert answer.disclaimer in answer.reply


def test_a_summary_request_quotes_the_conclusion_first(sleep_assistant: Assistant) -> None:
    answer = sleep_assistant.ask("give me a summary")
    assert [p.chunk.section for p in answer.passages] == ["Conclusion", "Introduction"]


def test_an_overview_question_with_an_uncovered_topic_is_still_declined(sleep_assistant: Assistant) -> None:
    answer = sleep_assistant.ask("summary of the insurance rules")
    assert answer.route == "no_answer" and answer.passages == ()
