"""Heading and title vectors: each chunk is also scored by how well its heading and article title match."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .records import Chunk

VECTORS, INDEX = "labels.npy", "labels.json"


@dataclass(frozen=True)
class Labels:
    """Unique label texts with their vectors, and for every chunk the row of its heading and of its title."""

    texts: tuple[str, ...]
    vectors: np.ndarray  # (len(texts), dim), unit rows
    heading_of: np.ndarray  # chunk row -> label row
    title_of: np.ndarray  # chunk row -> label row

    @staticmethod
    def texts_for(chunks: list[Chunk]) -> list[str]:
        """The distinct headings and titles to embed, in a stable order."""
        return list(dict.fromkeys([c.label for c in chunks] + [c.title for c in chunks]))

    @classmethod
    def build(cls, chunks: list[Chunk], texts: list[str], vectors: np.ndarray) -> Labels:
        """Tie embedded label texts back to the chunks."""
        row = {t: i for i, t in enumerate(texts)}
        return cls(tuple(texts), np.ascontiguousarray(vectors, dtype=np.float32),
                   np.array([row[c.label] for c in chunks], dtype=np.int64),
                   np.array([row[c.title] for c in chunks], dtype=np.int64))

    def scores(self, query_vector: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosine of the query with the heading and with the title of each chunk row given."""
        sims = self.vectors @ query_vector
        return sims[self.heading_of[rows]], sims[self.title_of[rows]]

    def save(self, folder: Path) -> None:
        """labels.npy (plain float32, no pickle) and labels.json."""
        np.save(folder / VECTORS, self.vectors, allow_pickle=False)
        index = {"texts": list(self.texts), "heading_of": self.heading_of.tolist(), "title_of": self.title_of.tolist()}
        (folder / INDEX).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Labels:
        """Read what save() wrote."""
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        vectors = np.load(folder / VECTORS, allow_pickle=False)
        return cls(tuple(index["texts"]), vectors, np.array(index["heading_of"], dtype=np.int64),
                   np.array(index["title_of"], dtype=np.int64))
