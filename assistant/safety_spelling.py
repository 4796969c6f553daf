"""Typo repair for the safety screen: a rare word one edit away from an everyday word the patterns use.

People in distress type fast, drunk or on a phone ("nobody wuld notice", "cant do thsi", "took all the pils").
The pattern tables cannot list every misspelling, so the screen also matches a repaired copy of the message in
which each rare word (a typo, by its frequency in wordfreq's English lists) one insertion, deletion, substitution or
swap of neighbouring letters away from a common word of the tables is replaced by that word (spelling.py). The
original text is always matched as well, so a repair can add a match but never hide one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .safety_patterns import TABLES
from .spelling import Speller, usable

_WORD = re.compile(r"[a-z]{4,}")


def repair(text: str) -> str:
    """The normalised text with each rare word replaced by its most frequent one-edit neighbour in the tables."""
    return _speller().repair(text, _pattern_words())


@lru_cache(maxsize=1)
def _speller() -> Speller:
    return Speller(usable(_pattern_words()))


@lru_cache(maxsize=1)
def _pattern_words() -> frozenset[str]:
    """Every word the pattern tables spell out, common or not ("theyd", "suicid", "sertraline")."""
    return frozenset(w for patterns in TABLES.values() for p in patterns for w in _WORD.findall(p))
