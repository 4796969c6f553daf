"""Typo repair for the safety screen: rare words one edit from a pattern word are repaired, nothing else is."""

from __future__ import annotations

import pytest

from assistant.safety import normalise, screen
from assistant.safety_spelling import repair


@pytest.mark.parametrize(("typed", "repaired"), [
    ("nobody wuld notice", "nobody would notice"),  # a letter missing
    ("cant do thsi", "cant do this"),  # two letters swapped
    ("took all the pils", "took all the pills"),
    ("my sertrline", "my sertraline"),  # a medicine's name, long enough that one edit is no accident
    ("everythig", "everything"),
])
def test_rare_words_one_edit_from_a_pattern_word_are_repaired(typed: str, repaired: str) -> None:
    assert repair(typed) == repaired


@pytest.mark.parametrize("text", [
    "theyd be relieved", "wouldnt it help", "youll see",  # contractions without their apostrophe stay as typed
    "my zopiclone and amlodipine", "spravato",  # rare words with no near pattern word
    "the clinic is open today", "ketamine",  # ordinary words
])
def test_other_words_are_left_alone(text: str) -> None:
    assert repair(text) == text


def test_the_typed_text_is_still_matched_beside_the_repaired_one() -> None:
    variants = normalise("nobody wuld notice")
    assert "nobody wuld notice" in variants and "nobody would notice" in variants


@pytest.mark.parametrize(("message", "route"), [
    ("cant do thsi anymroe. nobody wuld even notice if i wasnt here", "crisis"),
    ("tooks all the pils idk how many like 30 mins ago feel rly weird", "emergency"),
    ("wuld the clinic be open tmrw? thsi is my first visit", "retrieve"),
])
def test_the_screen_reads_typed_messages(message: str, route: str) -> None:
    assert screen(message).route == route
