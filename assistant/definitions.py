"""Passages a question names outright: the one spelling out an acronym ("what does SSRI stand for") or the one holding
words the question quotes ("what does 'stubborn cases' refer to")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordfreq import zipf_frequency

from .records import Chunk, Hit

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,9}?)s?\)")
_ASKS = re.compile(
    r"\b(?:(?:what|wat|wot|wht)(?:['’]?s)?\s+(?:(?:is|are|does|do)\s+)?(?:an?\s+|the\s+)?(?:(?:abbreviation|acronym|term|word|letters)\s+)?"
    r"(?P<a>[a-z]{2,10})['’]?s?\s+"
    r"(?:(?:actually|really|even|exactly)\s+)?(?:stands?\s+for|means?|short\s+for)"
    r"|(?:full\s+(?:form|name)|meaning|definition|abbreviation)\s+of\s+(?:an?\s+|the\s+)?(?P<b>[a-z]{2,10})"
    # "what is SSRI? I not know this word"
    r"|what(?:['’]?s)?\s+(?:(?:is|are)\s+)?(?:an?\s+)?(?P<c>[a-z]{2,10})\b(?=.{0,40}\b(?:this|that|the)\s+(?:word|term)\b))\b",
    re.IGNORECASE)
QUOTED_WORD_ZIPF = 4.5  # a quoted single word rarer than this ("revolutionary") may name the one passage using it
EVERYDAY_ZIPF = 3.0  # "he", "all", "as" are words, not acronyms, unless the visitor wrote them in capitals


def find_definitions(chunks: Sequence[Chunk]) -> dict[str, int]:
    """Upper-cased acronym -> row of the first chunk that spells it out in words before the brackets."""
    found: dict[str, int] = {}
    for row, chunk in enumerate(chunks):
        for m in _DEFINED.finditer(chunk.text):
            acronym = m.group(1).upper()
            if acronym not in found and _spelled_out(chunk.text[: m.start()], acronym):
                found[acronym] = row
    return found


def defining_row(question: str, definitions: dict[str, int]) -> int | None:
    """The row of the chunk that spells out the acronym a question asks about ("what does SSRI stand for")."""
    word = _asked_acronym(question)
    if word is None:
        return None
    for candidate in (word, word[:-1] if word.endswith("S") else word):  # "SSRIs" is defined as "SSRI"
        if candidate in definitions:
            return definitions[candidate]
    return None


def unspelled_acronym(question: str, definitions: dict[str, int]) -> str | None:
    """The acronym a question asks to have spelled out ("what does NMDA stand for") when no article spells it out."""
    word = _asked_acronym(question) if _SPELL_OUT.search(question) else None
    return None if word is None or defining_row(question, definitions) is not None else word


def _asked_acronym(question: str) -> str | None:
    m = _ASKS.search(question)
    if not m:
        return None
    asked = m.group("a") or m.group("b") or m.group("c")
    if not asked.isupper() and zipf_frequency(asked, "en") >= EVERYDAY_ZIPF:
        return None
    return asked.upper()


# asking for the letters' words, not a meaning: "what does X mean" may be answered by what the articles say X does
_SPELL_OUT = re.compile(r"\b(?:what|wat|wot|wht)\b.{0,40}\b(?:stands?\s+for|short\s+for)\b"
                        r"|\b(?:full\s+(?:form|name)|abbreviation)\s+of\b", re.IGNORECASE)


def promote(hits: list[Hit], chunk: Chunk, dense: float) -> list[Hit]:
    """The defining chunk first (above the best hit), the other hits after it in their order."""
    top = max((h.score for h in hits), default=0.0)
    return [Hit(chunk, top + 1.0, dense), *(h for h in hits if h.chunk.id != chunk.id)]


# a span in quotation marks, two to twelve words: "what does 'stubborn cases' refer to", "you wrote “a beacon of hope”"
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]([^'‘’\"“”\n]{3,120}?)['’\"”](?=[\s.,;:!?)–—-]|$)")


def plain_texts(chunks: Sequence[Chunk]) -> tuple[str, ...]:
    """Each chunk's text as quoted_row compares it (lower case, straight apostrophes, single spaces)."""
    return tuple(_plain(chunk.text) for chunk in chunks)


def quoted_row(question: str, texts: Sequence[str]) -> int | None:
    """The row of the first chunk holding, word for word, a span the question puts in quotes: two or more words, or
    one uncommon word that only that chunk uses ("what makes it so 'revolutionary'?").

    `texts` are the chunks' plain_texts, made once per index.
    """
    for m in _QUOTED.finditer(question):
        span = _plain(m.group(1))
        if len(span.split()) < 2:
            row = _only_row_with(span, texts)
        else:
            row = next((row for row, text in enumerate(texts) if span in text), None)
        if row is not None:
            return row
    return None


def _only_row_with(word: str, texts: Sequence[str]) -> int | None:
    """The one chunk using an uncommon word; None for an everyday word ("what does 'weeks' mean") or a shared one."""
    if not word or zipf_frequency(word, "en") >= QUOTED_WORD_ZIPF:
        return None
    whole = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    rows = [row for row, text in enumerate(texts) if whole.search(text)]
    return rows[0] if len(rows) == 1 else None


def _plain(text: str) -> str:
    """Lower case with straight apostrophes and single spaces, so a retyped quote still matches the article."""
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


def _spelled_out(before: str, acronym: str) -> bool:
    """Whether the words just before the brackets start with the acronym's letters, in order."""
    words = re.findall(r"[A-Za-z][\w-]*", before)[-len(acronym) :]
    return len(words) == len(acronym) and all(w[0].upper() == a for w, a in zip(words, acronym, strict=True))
