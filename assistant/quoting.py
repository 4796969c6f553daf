"""Choose what to quote from a chunk: whole sentences, verbatim, with the best-matching ones marked."""

from __future__ import annotations

import re

from .chunking import sentence_spans
from .keyword import tokenize
from .records import Hit, Passage

_SPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    """White space folded to single spaces: the only change a quote may make to the article text."""
    return _SPACE.sub(" ", text).strip()


def quote(hit: Hit, question: str, *, max_chars: int) -> Passage:
    """The window of consecutive sentences (at most max_chars, at least one) that best fits the question."""
    chunk = hit.chunk
    spans = sentence_spans(chunk.text)
    terms = set(tokenize([question])[0]) - {""}
    found = [terms & set(tokens) for tokens in tokenize([chunk.text[a:b] for a, b in spans])]
    scores = [len(words) for words in found]
    first, last = _best_window(spans, found, max_chars)
    chosen = spans[first : last + 1]
    text, offsets = _collapsed_with_offsets(chunk.text, chosen)
    window_scores = scores[first : last + 1]
    top = max(window_scores)
    marked = [i for i, s in enumerate(window_scores) if s == top][:2] if top > 0 else [0]
    breaks = tuple(offsets[i][0] for i in range(1, len(chosen)) if "\n" in chunk.text[chosen[i - 1][1] : chosen[i][0]])
    return Passage(chunk, text, chunk.start + chosen[0][0], chunk.start + chosen[-1][1], hit.dense,
                   tuple(offsets[i] for i in marked), breaks)


def _best_window(spans: list[tuple[int, int]], found: list[set[str]], max_chars: int) -> tuple[int, int]:
    """The window that fits and has most of the question's words, then most matches in all.

    Counting each question word once keeps a window of sentences that all repeat the article's subject
    ("ketamine") from beating the one sentence that has the word asked about ("stubborn"). Ties go to the
    window starting earliest (articles lead with the point).
    """
    best, best_key = (0, 0), (-1, -1, 0)
    for first in range(len(spans)):
        words: set[str] = set()
        total, last = 0, first
        for j in range(first, len(spans)):
            if j > first and spans[j][1] - spans[first][0] > max_chars:
                break
            words, total, last = words | found[j], total + len(found[j]), j
        key = (len(words), total, -first)
        if key > best_key:
            best, best_key = (first, last), key
    return best


def _collapsed_with_offsets(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Join the sentences' collapsed text with single spaces, recording where each one lands."""
    parts, offsets, position = [], [], 0
    for a, b in spans:
        sentence = collapse(text[a:b])
        offsets.append((position, position + len(sentence)))
        parts.append(sentence)
        position += len(sentence) + 1
    return " ".join(parts), offsets
