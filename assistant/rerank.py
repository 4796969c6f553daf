"""Second stage: rescore the first stage's best hits by late interaction (each question word's best match)."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .chunking import INTRO
from .embedding import Embedder
from .records import Chunk, Hit

DEPTH = 10  # hits rescored; the rest keep their first-stage order below them
WEIGHT = 1.0  # tuned on tests/data/calibration_questions.jsonl and MedQuAD dev (BENCHMARKS.md)
CAPACITY = 4096  # passages whose word vectors stay in memory (float16); Settings.rerank_passages
SUMMARY_PRIOR = 0.1  # taken off an introduction's or conclusion's score; tuned like WEIGHT (BENCHMARKS.md)
# Headings of sections that sum up an article (after any "3." numbering), matched at the start.
_SUMMARY_HEADING = re.compile(
    r"^\W*(?:\d+\W+)?(?:conclusions?|in conclusion|summary|in summary|final thoughts|key takeaways|"
    r"takeaways|the bottom line|bottom line|wrapping up|concluding remarks|final words)\b", re.IGNORECASE)


class Reranker:
    """Late interaction (ColBERT's MaxSim) over the embedding model's own word-piece vectors.

    A passage vector averages everything the passage says, so a broad introduction often beats the
    paragraph that answers the question. Matching each question word to its closest word in the
    passage rewards the passage that says what was asked, including synonyms ("anxious" ~ "anxiety").
    Passage word vectors are computed once and kept in memory (about 75 KB per passage), so no build-time
    storage is needed; a corpus with more passages than `capacity` is served by the first stage alone,
    which keeps the answer time flat for large corpora.
    """

    def __init__(self, embedder: Embedder, *, weight: float = WEIGHT, depth: int = DEPTH,
                 capacity: int = CAPACITY, summary_prior: float = SUMMARY_PRIOR) -> None:
        self.embedder, self.weight, self.depth, self.capacity = embedder, weight, depth, capacity
        self.summary_prior = summary_prior
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._terms: dict[str, np.ndarray] = {}  # alias terms: few (aliases.yaml), kept apart from passages
        self._lock = threading.Lock()

    def rerank(self, hits: list[Hit], words: np.ndarray, terms: Sequence[np.ndarray] = ()) -> list[Hit]:
        """The hits reordered by first-stage score + weight × late interaction (top `depth` only).

        An introduction or conclusion also loses `summary_prior`: it restates the article in brief, so it
        matches many questions a little, while the section it sums up says the same thing in full.

        `words` are the question's word vectors (Embedder.embed_question); `terms` the vectors of the
        articles' words for the visitor's words (term_words), which count as one question word each, so an alias
        helps ("spacey" -> "dissociation") without outweighing the question's own words.
        """
        head, tail = hits[: self.depth], hits[self.depth :]
        if not head or self.weight == 0:
            return hits
        passages = self.passage_words([h.chunk for h in head])
        scores = [late_interaction(words, p, terms) for p in passages]
        rescored = [replace(h, score=h.score + self.weight * s - self.summary_prior * is_summary(h.chunk), late=s)
                    for h, s in zip(head, scores, strict=True)]
        return within_articles(rescored) + tail

    def applies_to(self, passages: int) -> bool:
        """Whether a corpus of this many passages is reranked (all their word vectors fit the cache)."""
        return bool(self.weight) and passages <= self.capacity

    def warm(self, chunks: Sequence[Chunk]) -> None:
        """Compute every passage's word vectors ahead of the first question."""
        if self.applies_to(len(chunks)):
            for start in range(0, len(chunks), 64):
                self.passage_words(list(chunks[start : start + 64]))

    def term_words(self, terms: Sequence[str]) -> list[np.ndarray]:
        """Word vectors of the articles' words for the visitor's words, each computed once."""
        missing = [t for t in dict.fromkeys(terms) if t not in self._terms]
        if missing:
            fresh = dict(zip(missing, self.embedder.embed_words(missing), strict=True))
            with self._lock:
                self._terms.update(fresh)
        return [self._terms[t] for t in terms]

    def passage_words(self, chunks: list[Chunk]) -> list[np.ndarray]:
        """Word vectors of each chunk's embedded text, from the cache or computed in one batch."""
        return self.words_of([c.embed_text for c in chunks])

    def words_of(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Word vectors of each passage text, from the cache or computed in one batch."""
        keys = [_key(t) for t in texts]
        with self._lock:
            found = {k: self._cache[k] for k in keys if k in self._cache}
        missing = dict((k, t) for k, t in zip(keys, texts, strict=True) if k not in found)
        if missing:
            fresh = self.embedder.embed_words(list(missing.values()))
            found.update({k: v.astype(np.float16) for k, v in zip(missing, fresh, strict=True)})
            self._remember({k: found[k] for k in missing})
        with self._lock:
            for k in keys:
                if k in self._cache:
                    self._cache.move_to_end(k)
        return [found[k] for k in keys]

    def _remember(self, entries: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._cache.update(entries)
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)


def is_summary(chunk: Chunk) -> bool:
    """Whether the chunk is in an article's introduction or its conclusion (or summary) section."""
    top = chunk.section.split(" > ")[0]
    return top == INTRO or bool(_SUMMARY_HEADING.match(top))


def within_articles(hits: list[Hit]) -> list[Hit]:
    """Reorder each article's hits by score, each keeping the places its article had.

    The first stage is better at choosing the article (it weighs BM25 and headings across the corpus;
    MedQuAD in BENCHMARKS.md); late interaction is better at choosing the passage within one.
    """
    places: dict[str, list[int]] = {}
    for place, hit in enumerate(hits):
        places.setdefault(hit.chunk.article_id, []).append(place)
    ordered: list[Hit | None] = [None] * len(hits)
    for article, where in places.items():
        best = sorted((h for h in hits if h.chunk.article_id == article), key=lambda h: -h.score)
        for place, hit in zip(where, best, strict=True):
            ordered[place] = hit
    return [h for h in ordered if h is not None]


def late_interaction(question: np.ndarray, passage: np.ndarray, terms: Sequence[np.ndarray] = ()) -> float:
    """Mean over question words (and extra terms, one value each) of the best cosine with a passage word."""
    if not len(passage):
        return 0.0
    passage = passage.astype(np.float32).T
    best = list((question @ passage).max(axis=1)) if len(question) else []
    best += [float((t @ passage).max(axis=1).mean()) for t in terms if len(t)]
    return float(np.mean(best)) if best else 0.0


def _key(text: str) -> str:
    # by content, not by row: a rebuilt index may put other text at the same row
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
