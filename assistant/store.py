"""The on-disk index: builds/<id>/ folders (FAISS, chunks, keyword index, manifest) and a CURRENT pointer."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import faiss
import numpy as np

from .errors import IndexMismatchError, IndexNotBuiltError
from .records import Chunk

FORMAT_VERSION = 2
# One query at a time: FAISS's OpenMP threads only add overhead (and contention with the web server).
faiss.omp_set_num_threads(1)
CURRENT = "CURRENT"
BUILDS = "builds"
MANIFEST, CHUNKS, VECTORS = "manifest.json", "chunks.jsonl", "vectors.faiss"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a build folder holds and how it was made; checked on every load."""

    format_version: int
    build_id: str
    created_at: str
    model: str
    dim: int
    chunker: str
    index_type: str  # "flat" (exact) or "hnsw" (approximate, for large corpora)
    chunk_count: int
    articles: dict[str, str] = field(default_factory=dict)  # article id -> sha256 of the file
    keyword: dict[str, str] = field(default_factory=dict)  # the keyword index's own description
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256, to detect damage
    skipped: list[dict[str, str]] = field(default_factory=list)  # corpus files not indexed: path, reason, sha256
    examples: dict[str, str] = field(default_factory=dict)  # example-question file -> sha256
    examples_skipped: list[dict[str, str]] = field(default_factory=list)  # unusable example lines: path, reason

    def corpus_hashes(self) -> dict[str, str]:
        """Every corpus file this build looked at, indexed or skipped, with its sha256."""
        return {**self.articles, **self.examples, **{s["path"]: s["sha256"] for s in self.skipped}}


def new_build_id() -> str:
    """Sortable and unique: UTC time, then a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]


def make_faiss(vectors: np.ndarray, *, ann_threshold: int) -> tuple[faiss.Index, str]:
    """Exact inner-product index for small corpora; HNSW above the threshold."""
    dim = int(vectors.shape[1])
    if len(vectors) <= ann_threshold:
        index: faiss.Index = faiss.IndexFlatIP(dim)
        kind = "flat"
    else:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 200
        index.hnsw.efSearch = 256  # recall@10 >= 0.98 against the flat index on MedQuAD (BENCHMARKS.md)
        kind = "hnsw"
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index, kind


def write_build(index_dir: Path, manifest: Manifest, chunks: list[Chunk], index: faiss.Index,
                write_extra: Callable[[Path], None] | None = None) -> Path:
    """Write a complete build folder under a temporary name, then rename it into builds/."""
    builds = index_dir / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    tmp = builds / f".tmp-{manifest.build_id}"
    tmp.mkdir()
    faiss.write_index(index, str(tmp / VECTORS))
    with (tmp / CHUNKS).open("w", encoding="utf-8") as f:
        for chunk in chunks:
            f.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    if write_extra is not None:
        write_extra(tmp)
    _fsync_files(tmp)  # data on disk before the manifest says the build is complete
    manifest = replace(manifest, files=_digests(tmp))
    # The manifest goes last: a folder without one is by definition incomplete.
    _write_atomic(tmp / MANIFEST, json.dumps(asdict(manifest), indent=2, ensure_ascii=False))
    final = builds / manifest.build_id
    os.replace(tmp, final)
    return final


def publish(index_dir: Path, build_id: str, *, keep: int) -> None:
    """Point CURRENT at the build (an atomic rename), then delete all but the newest `keep` builds."""
    _write_atomic(index_dir / CURRENT, build_id + "\n")
    builds = index_dir / BUILDS
    finished = sorted(p for p in builds.iterdir() if not p.name.startswith("."))
    for old in finished[:-keep]:
        if old.name != build_id:
            shutil.rmtree(old, ignore_errors=True)
    for stale_tmp in builds.glob(".tmp-*"):  # left behind by a killed build
        if stale_tmp.name != f".tmp-{build_id}":
            shutil.rmtree(stale_tmp, ignore_errors=True)
    for stale_pointer in index_dir.glob(f".{CURRENT}.*.tmp"):  # a kill while CURRENT was being replaced
        stale_pointer.unlink(missing_ok=True)


def current_build(index_dir: Path) -> Path:
    """The published build folder, or IndexNotBuiltError saying what is wrong."""
    pointer = index_dir / CURRENT
    try:
        build_id = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise IndexNotBuiltError(index_dir) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexNotBuiltError(index_dir, f"{CURRENT} is unreadable ({type(exc).__name__})") from exc
    folder = index_dir / BUILDS / build_id
    if not build_id or not (folder / MANIFEST).is_file():
        raise IndexNotBuiltError(index_dir, f"{CURRENT} points to a missing build {build_id!r}")
    return folder


def read_manifest(folder: Path) -> Manifest:
    """Parse and check a build's manifest."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise IndexNotBuiltError(folder.parent.parent, f"its manifest is damaged ({exc})") from exc
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError("format version", manifest.format_version, FORMAT_VERSION)
    return manifest


def verify_build(folder: Path, manifest: Manifest) -> None:
    """Raise IndexNotBuiltError if any file differs from what the manifest recorded (truncation, damage)."""
    try:
        digests = _digests(folder, exclude=MANIFEST)
    except OSError as exc:
        raise IndexNotBuiltError(folder.parent.parent, f"build {manifest.build_id} cannot be read ({exc})") from exc
    if digests != manifest.files:
        raise IndexNotBuiltError(folder.parent.parent, f"build {manifest.build_id} is damaged (its files do not "
                                 "match the manifest)")


def _fsync_files(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as f:
                os.fsync(f.fileno())


def _digests(folder: Path, exclude: str = "") -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != exclude}


def read_build(folder: Path, manifest: Manifest) -> tuple[faiss.Index, list[Chunk]]:
    """Load the FAISS index and chunk records; damaged files give a rebuild message, not a traceback."""
    index_dir = folder.parent.parent
    try:
        index = faiss.read_index(str(folder / VECTORS))
        with (folder / CHUNKS).open(encoding="utf-8") as f:
            chunks = [_chunk(json.loads(line)) for line in f]
    except (OSError, RuntimeError, ValueError, TypeError, KeyError) as exc:
        raise IndexNotBuiltError(index_dir, f"build {manifest.build_id} is damaged ({_first_line(exc)})") from exc
    if index.ntotal != len(chunks) or len(chunks) != manifest.chunk_count or index.d != manifest.dim:
        raise IndexNotBuiltError(index_dir, f"build {manifest.build_id} is inconsistent (vectors, chunks "
                                 "and manifest disagree)")
    return index, chunks


def _chunk(data: dict) -> Chunk:
    data["tags"] = tuple(data.get("tags", ()))
    return Chunk(**data)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _write_atomic(path: Path, text: str) -> None:
    """Write to a sibling temp file, fsync, rename: readers see the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
