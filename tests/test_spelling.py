"""Everyday-English typo repair for retrieval: rare words one slip from a common word are repaired, nothing else is."""

from __future__ import annotations

import tracemalloc

import pytest

from assistant.spelling import Speller, english


@pytest.mark.parametrize(("typed", "repaired"), [
    ("is it posible", "is it possible"),  # a dropped letter
    ("diffrent from SSRIs", "different from SSRIs"),
    ("the sied effects", "the side effects"),  # a swap, before "sized" (a dropped letter, but rarer)
    ("back pian", "back pain"),  # a swap before a commoner substitution ("plan") or a dropped letter ("piano")
    ("im les depresed", "im les depressed"),  # three-letter words are too short to guess
    ("traditionaly", "traditionally"),
])
def test_rare_words_one_slip_from_everyday_english_are_repaired(typed: str, repaired: str) -> None:
    assert english().repair(typed) == repaired


@pytest.mark.parametrize("text", [
    "brain zaps and rewires", "emotional blunting",  # real words, however rare, are known to the lemmatiser
    "NMDA and TMS",  # acronyms
    "it hasn't helped", "they'd know",  # parts of contractions are not words
    "esketamine or spravato",  # rare names with no everyday neighbour
])
def test_real_words_names_and_acronyms_are_left_alone(text: str) -> None:
    assert english().repair(text) == text


def test_words_the_caller_keeps_are_left_alone() -> None:
    assert english().repair("is it posible", {"posible"}) == "is it posible"  # e.g. a word of the corpus
    assert english().repair("is it posible", {"other"}, {"words"}) == "is it possible"


def test_a_word_longer_than_any_in_the_vocabulary_is_left_alone_without_listing_its_slips() -> None:
    """A pasted run of one letter is no typo; listing its one-slip variants took gigabytes (20,000 letters: ~20 GB)."""
    speller = Speller(["pain", "pills", "tablets"])
    tracemalloc.start()
    try:
        assert speller.word("a" * 3000) == "a" * 3000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # listing the slips would hold ~160,000 strings of 3,000 letters (~500 MB)
    assert speller.word("tabelts") == "tablets"  # words of the vocabulary's lengths are still repaired
