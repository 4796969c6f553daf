"""Hybrid search over one loaded build: dense (FAISS) and BM25, fused; plus the 'is it covered' score."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import faiss
import numpy as np

from . import store
from .definitions import find_definitions, plain_texts
from .errors import IndexMismatchError, IndexNotBuiltError
from .examples import Examples
from .keyword import KeywordIndex
from .labels import Labels
from .records import Chunk, Hit

CANDIDATES = 50  # from each retriever, before fusion


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal adds to the passage's cosine; tuned in BENCHMARKS.md (dev sets only)."""

    keyword: float = 0.2
    heading: float = 0.15
    title: float = 0.0


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class LoadedIndex:
    """One published build, in memory: immutable, so a live swap is a single reference change."""

    manifest: store.Manifest
    vectors: faiss.Index
    chunks: tuple[Chunk, ...]
    keyword: KeywordIndex
    stems: frozenset[str]  # the corpus vocabulary, for the coverage features
    labels: Labels
    examples: Examples

    @classmethod
    def load(cls, index_dir: Path, *, expected_model: str) -> LoadedIndex:
        """Load the published build; errors name the fix (rebuild, or the configured model)."""
        folder = store.current_build(index_dir)
        manifest = store.read_manifest(folder)
        if manifest.model != expected_model:
            raise IndexMismatchError("model", manifest.model, expected_model)
        store.verify_build(folder, manifest)  # never serve from a damaged file, even one that parses
        vectors, chunks = store.read_build(folder, manifest)
        try:
            keyword = KeywordIndex.load(folder)
            labels = Labels.load(folder)
            examples = Examples.load(folder, manifest.dim)
        except Exception as exc:  # any failure of a verified file is still "this build is unusable"
            raise IndexNotBuiltError(index_dir, f"build {manifest.build_id} is damaged ({type(exc).__name__})") from exc
        return cls(manifest, vectors, tuple(chunks), keyword, keyword.stems, labels, examples)

    @property
    def build_id(self) -> str:
        return self.manifest.build_id

    @cached_property
    def definitions(self) -> dict[str, int]:
        """Acronym -> row of the chunk that spells it out."""
        return find_definitions(self.chunks)

    @cached_property
    def plain_texts(self) -> tuple[str, ...]:
        """Chunk texts as a quoted span in a question is compared with them (definitions.quoted_row)."""
        return plain_texts(self.chunks)

    def cosine(self, row: int, query_vector: np.ndarray) -> float:
        """Cosine of one chunk with the query."""
        return float(np.dot(self.vectors.reconstruct(row), query_vector))

    @cached_property
    def titles(self) -> list[str]:
        """The distinct article titles, sorted."""
        return sorted({c.title for c in self.chunks})


def search(index: LoadedIndex, query_vector: np.ndarray, query_text: str, *, k: int = 10,
           weights: Weights = DEFAULT_WEIGHTS) -> list[Hit]:
    """The k best chunks: cosine, plus weighted heading and title cosines and BM25 (scaled to the best)."""
    dense = dense_scores(index, query_vector, CANDIDATES)
    bm25 = index.keyword.scores(query_text)
    top_bm25 = float(bm25.max()) if len(bm25) else 0.0
    keyword = bm25 / top_bm25 if top_bm25 > 0 else bm25
    best_keyword = np.argpartition(-keyword, min(CANDIDATES, len(keyword) - 1))[:CANDIDATES]
    rows = np.array(sorted(set(dense) | {int(i) for i in best_keyword if keyword[i] > 0}), dtype=np.int64)
    if not len(rows):
        return []
    cosine = _cosines(index, query_vector, rows, dense)
    heading, title = index.labels.scores(query_vector, rows)
    fused = cosine + weights.heading * heading + weights.title * title + weights.keyword * keyword[rows]
    order = np.argsort(-fused)[:k]
    return [Hit(index.chunks[rows[j]], float(fused[j]), float(cosine[j]), float(keyword[rows[j]])) for j in order]


def dense_scores(index: LoadedIndex, query_vector: np.ndarray, k: int) -> dict[int, float]:
    """Row -> cosine similarity for the k nearest chunks."""
    k = min(k, index.vectors.ntotal)
    scores, ids = index.vectors.search(np.ascontiguousarray(query_vector.reshape(1, -1), dtype=np.float32), k)
    # FAISS pads with -1 when fewer than k results exist
    return {int(i): float(s) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0}


def _cosines(index: LoadedIndex, query_vector: np.ndarray, rows: np.ndarray, dense: dict[int, float]) -> np.ndarray:
    """Cosine for every candidate row: from the dense search, else reconstructed from FAISS storage."""
    cosine = np.array([dense.get(int(i), np.nan) for i in rows], dtype=np.float32)
    for j in np.flatnonzero(np.isnan(cosine)):  # keyword-only candidates; FAISS wants a Python int
        cosine[j] = index.cosine(int(rows[j]), query_vector)
    return cosine
