"""Typo repair by word frequency: a rare word one slip away from a word of a vocabulary becomes that word.

People type fast, on phones, in distress ("nobody wuld notice", "is it posible", "diffrent"). A word that wordfreq's
English lists call rare (a typo, or too rare to be meant) and that is one insertion, deletion, substitution or swap of
neighbouring letters away from a common word of the vocabulary is replaced by that word. Used twice: by the safety
screen over the pattern tables' words (safety_spelling.py), and by retrieval over everyday English (pipeline.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from lemminflect import getAllLemmas
from wordfreq import top_n_list, zipf_frequency

RARE_ZIPF = 2.3  # below this a word is a typo or too rare to be meant ("wuld" 1.5, "thsi" 1.6, "pils" 2.2)
COMMON_ZIPF = 3.0  # a repair must be an everyday word ("would", "this", "pills")...
NAME_ZIPF = 1.8  # ...or a long word such as a medicine's name ("sertrline" -> "sertraline"): one slip is no accident
LONG = 7
CACHE_WORDS = 65_536
ENGLISH_WORDS = 60_000  # wordfreq's commonest English words searched for a repair (about 28,000 are common enough)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"(?<![\w'’])[A-Za-z]{4,}(?![\w'’])")  # whole words: not "hasn" of "hasn't"


class Speller:
    """Repairs each rare word of a text into its most frequent one-slip neighbour in the vocabulary."""

    def __init__(self, vocabulary: Iterable[str], *, drops_first: bool = True,
                 known: Callable[[str], bool] | None = None) -> None:
        """`drops_first`: a dropped letter, then a swap, before a commoner word; `known`: real words to keep."""
        self._drops_first = drops_first
        self._known = known
        self._words = frozenset(vocabulary)
        # one slip changes a length by at most one: a longer "word" ("aaaa…" pasted 20,000 times) has no neighbour,
        # and its slips would take gigabytes to list
        self._longest = max(map(len, self._words), default=0) + 1
        self._cache: dict[str, str] = {}

    def repair(self, text: str, *keep: Collection[str]) -> str:
        """The text with each rare word repaired; words in any `keep` collection (lower case) and acronyms stay."""
        def one(match: re.Match[str]) -> str:
            word = match.group(0)
            lower = word.lower()
            if word.isupper() or any(lower in words for words in keep):
                return word
            repaired = self.word(lower)
            return word if repaired == lower else repaired
        return _WORD.sub(one, text)

    def word(self, word: str) -> str:
        """The word itself, or its most frequent common one-edit neighbour when the word is rare."""
        if len(word) > self._longest:  # no neighbour; and not cached, or pasted runs of letters would fill the cache
            return word
        if word not in self._cache:
            if len(self._cache) >= CACHE_WORDS:  # visitors' words are unbounded; a running server must not grow
                self._cache.clear()
            self._cache[word] = self._repaired(word)
        return self._cache[word]

    def _repaired(self, word: str) -> str:
        if zipf(word) >= RARE_ZIPF or _contraction(word) or (self._known and self._known(word)):
            return word
        found = {w for w in _edits(word) if w in self._words and zipf(w) > zipf(word)}
        if self._drops_first:  # a dropped letter is the commonest slip, then a swap: "pils" is "pills" before "piss"
            return min(found, key=lambda w: (_slip(word, w), -zipf(w), w), default=word)
        # a dropped letter or a swap before any other slip, then the commonest: "pian" is "pain", not "plan" or "piano"
        return min(found, key=lambda w: (_slip(word, w) == 2, -zipf(w), w), default=word)


def usable(words: Iterable[str]) -> set[str]:
    """The words common enough to be a repair: everyday ones, and long ones such as medicines' names."""
    return {w for w in words if zipf(w) >= (NAME_ZIPF if len(w) >= LONG else COMMON_ZIPF)}


@lru_cache(maxsize=1)
def english() -> Speller:
    """A speller over everyday English (built once, on first use: about half a second).

    A dropped letter or a swap, then the commonest neighbour ("pian" is "pain", not "plan" or "piano"); a word the
    lemmatiser knows is a real word, however rare ("zaps", "rewires", "blunting" stay).
    """
    ranked = top_n_list("en", ENGLISH_WORDS)  # commonest first, so the common ones are a prefix
    common = itertools.takewhile(lambda w: zipf(w) >= COMMON_ZIPF, ranked)
    words = (w for w in common if w.isascii() and w.isalpha() and len(w) >= 3)
    return Speller(words, drops_first=False, known=lambda w: bool(getAllLemmas(w)))


@lru_cache(maxsize=262144)
def zipf(word: str) -> float:
    """How common the word is in English (wordfreq's Zipf scale, 0 for unknown)."""
    return zipf_frequency(word, "en")


def _slip(typed: str, meant: str) -> int:
    """0 when the typist dropped a letter, 1 when they swapped two, 2 for any other single slip."""
    if len(typed) < len(meant):
        return 0
    return 1 if len(typed) == len(meant) and sorted(typed) == sorted(meant) else 2


def _contraction(word: str) -> bool:
    """Whether the word is a common contraction with its apostrophe dropped ("theyd", "wouldnt", "youll")."""
    for end, spelled in (("nt", "n't"), ("d", "'d"), ("ll", "'ll"), ("ve", "'ve"), ("re", "'re"), ("s", "'s")):
        if word.endswith(end) and zipf(word[: -len(end)] + spelled) >= COMMON_ZIPF:
            return True
    return False


def _edits(word: str) -> set[str]:
    """Every string one insertion, deletion, substitution or swap of neighbouring letters away from the word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return (deletes | swaps | replaces | inserts) - {word}
