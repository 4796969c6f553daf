"""Reply composition: escaping, block quotes with highlights, citations."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from assistant.answer import escape, unescape
from assistant.quoting import quote
from assistant.records import Chunk, Hit


@given(st.text())
def test_unescape_inverts_escape(text: str) -> None:
    assert unescape(escape(text)) == text


def test_escape_neutralises_html_and_markdown() -> None:
    escaped = escape("<img src=x onerror=alert(1)> **b** [l](javascript:x) `c`")
    assert re.search(r"(?<!\\)[<>\[\]`*]", escaped) is None  # every markup character is backslash-escaped


def _hit(text: str, start: int = 100) -> Hit:
    chunk = Chunk("a.md", 0, "Title", "Section", text, start, start + len(text))
    return Hit(chunk, 1.0, 0.8, 0.5)


def test_quote_is_whole_sentences_within_the_limit_and_marks_the_best() -> None:
    text = ("Alpha beta gamma delta epsilon one. " * 3 + "Parking is free for patients at the clinic. "
            + "Zeta eta theta iota kappa lambda. " * 6).strip()
    passage = quote(_hit(text), "Is parking free?", max_chars=160)
    assert len(passage.text) <= 160 and passage.text.endswith(".")
    assert passage.text in " ".join(text.split())
    a, b = passage.highlights[0]
    assert passage.text[a:b] == "Parking is free for patients at the clinic."
    assert passage.start >= 100 and passage.end - passage.start >= len(passage.text)


def test_quote_window_with_more_of_the_question_words_beats_one_repeating_a_common_word() -> None:
    text = ("Ketamine cases rise. Ketamine cases vary. Ketamine cases grow. Ketamine cases end. "
            "Stubborn ones may need help.")
    passage = quote(_hit(text), "can ketamine help stubborn cases", max_chars=70)
    # the first three sentences match as many times in all, but only the end has "stubborn" and "help"
    assert passage.text == "Ketamine cases grow. Ketamine cases end. Stubborn ones may need help."


def test_single_sentence_longer_than_the_limit_is_kept_whole() -> None:
    sentence = "This one sentence is deliberately far longer than the limit " + "and goes on " * 20 + "to the end."
    passage = quote(_hit(sentence), "sentence", max_chars=80)
    assert passage.text == sentence
