"""Typo repair for the safety screen: a rare word one edit away from an everyday word the patterns use.

People in distress type fast, drunk or on a phone ("nobody wuld notice", "cant do thsi", "took all the pils").
The pattern tables cannot list every misspelling, so the screen also matches a repaired copy of the message in
which each rare word (a typo, by its frequency in wordfreq's English lists) one insertion, deletion, substitution or
swap of neighbouring letters away from a common word of the tables is replaced by that word. The original text is
always matched as well, so a repair can add a match but never hide one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .safety_patterns import TABLES

RARE_ZIPF = 2.3  # below this a word is a typo or too rare to be meant ("wuld" 1.5, "thsi" 1.6, "pils" 2.2)
COMMON_ZIPF = 3.0  # a repair must be an everyday word ("would", "this", "pills")...
NAME_ZIPF = 1.8  # ...or a long word such as a medicine's name ("sertrline" -> "sertraline"): one slip is no accident
LONG = 7
_WORD = re.compile(r"[a-z]{4,}")


def repair(text: str) -> str:
    """The normalised text with each rare word replaced by its most frequent one-edit neighbour in the tables."""
    return _WORD.sub(lambda m: _repaired(m.group(0)), text)


@lru_cache(maxsize=65536)
def _repaired(word: str) -> str:
    """The word itself, or its most frequent common one-edit neighbour when the word is rare."""
    if word in _pattern_words() or _zipf(word) >= RARE_ZIPF or _contraction(word):
        return word
    found = {w for key in _deletions(word) | {word} for w in _vocabulary().get(key, ()) if _one_edit(word, w)}
    found = {w for w in found if _zipf(w) > _zipf(word)}
    # a dropped letter is the commonest slip, then two swapped ones: "pils" is "pills" before it is "piss"
    return min(found, key=lambda w: (_slip(word, w), -_zipf(w), w), default=word)


def _slip(typed: str, meant: str) -> int:
    """0 when the typist dropped a letter, 1 when they swapped two, 2 for any other single slip."""
    if len(typed) < len(meant):
        return 0
    return 1 if len(typed) == len(meant) and sorted(typed) == sorted(meant) else 2


@lru_cache(maxsize=1)
def _pattern_words() -> frozenset[str]:
    """Every word the pattern tables spell out, common or not ("theyd", "suicid", "sertraline")."""
    return frozenset(w for patterns in TABLES.values() for p in patterns for w in _WORD.findall(p))


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    """Each common word of the pattern tables, and each of its one-letter deletions, -> the words it comes from."""
    words = {w for w in _pattern_words() if _zipf(w) >= (NAME_ZIPF if len(w) >= LONG else COMMON_ZIPF)}
    index: dict[str, set[str]] = {}
    for word in words:
        for key in _deletions(word) | {word}:
            index.setdefault(key, set()).add(word)
    return {key: frozenset(found) for key, found in index.items()}


def _contraction(word: str) -> bool:
    """Whether the word is a common contraction with its apostrophe dropped ("theyd", "wouldnt", "youll")."""
    for end, spelled in (("nt", "n't"), ("d", "'d"), ("ll", "'ll"), ("ve", "'ve"), ("re", "'re"), ("s", "'s")):
        if word.endswith(end) and _zipf(word[: -len(end)] + spelled) >= COMMON_ZIPF:
            return True
    return False


def _deletions(word: str) -> set[str]:
    """The word with one letter left out, each way."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether b is one insertion, deletion, substitution or neighbouring swap away from a."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """How common the word is in English (wordfreq's Zipf scale, 0 for unknown)."""
    return zipf_frequency(word, "en")
