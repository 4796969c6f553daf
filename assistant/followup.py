"""Follow-up questions: a short message that leans on the one before it ("is it safe?") borrows that one's subject."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .keyword import tokenize
from .spelling import zipf

# a pronoun that points back, or an opener that continues ("and for anxiety?", "what about side effects")
_LEANING = re.compile(r"\b(?:it|its|it's|that|this|these|those|they|them|their|she|shes|she's|he|hes|he's|her|him|"
                      r"his)\b|^\W*(?:and|also|so|but|then|what about|how about|ok so|okay so)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
NAMED_ZIPF = 3.5  # rarer than this in everyday English: a named subject ("ketamine", "SSRIs"), not "safe" or "work"
MAX_WORDS = 25  # a longer message carries its own context
MAX_SUBJECTS = 3


def vocabulary(stems: frozenset[str], aliases: Iterable[str]) -> Callable[[str], bool]:
    """Whether a word is one the articles use (by stem) or a visitor word the aliases map onto them ("zoloft")."""
    keys = frozenset(aliases)

    def known(word: str) -> bool:
        tokens = tokenize([word])[0]
        return word in keys or bool(tokens) and tokens[0] in stems
    return known


def subjects(text: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The uncommon words of a message that the articles know, in order, each once: what it is about."""
    named: dict[str, str] = {}  # lower case -> as the visitor wrote it ("SSRIs")
    for word in _WORD.findall(text):
        lower = word.lower()
        if lower not in named and zipf(lower) < NAMED_ZIPF and known(lower):
            named[lower] = word
    return tuple(named.values())[:MAX_SUBJECTS]


def leans_on_previous(question: str, known: Callable[[str], bool]) -> bool:
    """Whether a question is short, points back or continues, and names no subject of its own."""
    return (len(question.split()) <= MAX_WORDS and bool(_LEANING.search(question))
            and not subjects(question, known))


def with_subject(question: str, subject: tuple[str, ...]) -> str:
    """The question with the borrowed subject appended, for searching (never shown or quoted)."""
    return f"{question.rstrip()} ({' '.join(subject)})"
