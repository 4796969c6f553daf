"""Rebuild the index: corpus -> chunks -> vectors (cached by content hash) -> a new published build."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from filelock import FileLock
from tqdm import tqdm

from . import store
from .cache import VectorCache, text_hash
from .chunking import CHUNKER_VERSION, chunk_article
from .config import Settings
from .corpus import PARSERS, example_files, file_hashes, load_corpus
from .embedding import Embedder
from .errors import AssistantError, CorpusError
from .examples import Examples, read_examples
from .keyword import KeywordIndex
from .labels import Labels
from .records import Chunk, CorpusScan, Skipped

log = logging.getLogger(__name__)
EMBED_BATCH = 256  # vectors are committed to the cache after each batch: a killed build keeps them


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What one build did; `build --json` prints exactly these fields."""

    articles: int
    chunks: int
    embedded: int
    reused: int
    removed: int
    skipped: tuple[Skipped, ...]
    build_id: str
    seconds: float
    changed: bool = True


def chunker_id(settings: Settings) -> str:
    """The chunker's identity in the manifest: version and the settings that change its output."""
    return f"{CHUNKER_VERSION}:max{settings.chunk_max_chars}"


def up_to_date(settings: Settings, embedder_name: str) -> tuple[bool, str]:
    """Whether the published build matches the corpus files, model, chunker and keyword index; with the reason."""
    try:
        folder = store.current_build(settings.index_dir)
        manifest = store.read_manifest(folder)
        store.verify_build(folder, manifest)
    except AssistantError as exc:
        return False, str(exc)
    if manifest.model != embedder_name:
        return False, f"built with model {manifest.model!r}, configured {embedder_name!r}"
    if manifest.chunker != chunker_id(settings):
        return False, f"built with chunker {manifest.chunker!r}, now {chunker_id(settings)!r}"
    if manifest.keyword != KeywordIndex.describe():  # documents and questions must be tokenized alike
        return False, f"built with keyword index {manifest.keyword}, now {KeywordIndex.describe()}"
    if manifest.corpus_hashes() != file_hashes(settings.corpus_dir):
        return False, "the corpus changed since the last build"
    return True, f"build {manifest.build_id} is up to date"


def build_index(settings: Settings, embedder: Embedder, *, progress: bool = False,
                force: bool = False) -> BuildReport:
    """Build and publish a new index unless nothing changed; one build at a time per index folder."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(settings.index_dir / ".build.lock")):
        return _build_locked(settings, embedder, progress=progress, force=force)


def _build_locked(settings: Settings, embedder: Embedder, *, progress: bool, force: bool) -> BuildReport:
    began = time.perf_counter()
    fresh, reason = up_to_date(settings, embedder.name)
    if fresh and not force:
        manifest = store.read_manifest(store.current_build(settings.index_dir))
        skipped = tuple(Skipped(s["path"], s["reason"]) for s in manifest.skipped + manifest.examples_skipped)
        return BuildReport(len(manifest.articles), manifest.chunk_count, 0, manifest.chunk_count, 0,
                           skipped, manifest.build_id,
                           round(time.perf_counter() - began, 3), changed=False)
    log.info("building: %s", reason)
    previous = _previous_chunks(settings.index_dir)
    scan = load_corpus(settings.corpus_dir)
    if not scan.articles:
        raise CorpusError(settings.corpus_dir, "no readable articles to index; add .txt, .md or .html files")
    chunks = [c for a in scan.articles for c in chunk_article(a, max_chars=settings.chunk_max_chars)]
    chunks = _without_method_detail(chunks)
    label_texts = Labels.texts_for(chunks)
    texts = [c.embed_text for c in chunks]
    found = read_examples(example_files(settings.corpus_dir), settings.corpus_dir, [a.id for a in scan.articles])
    questions = [e.question for e in found.examples]
    vectors, computed = _vectors(settings, embedder, texts + label_texts + questions, progress)
    labels = Labels.build(chunks, label_texts, vectors[len(chunks) : len(chunks) + len(label_texts)])
    bank, unmatched = Examples.build(found.examples, chunks, vectors[len(chunks) + len(label_texts) :])
    problems = found.skipped + tuple(unmatched)
    for item in problems:
        log.warning("example question not used: %s: %s", item.path, item.reason)
    manifest = _publish(settings, embedder.name, scan, chunks, vectors[: len(chunks)], (labels, bank),
                        example_hashes=found.hashes, example_problems=problems)
    embedded = sum(text_hash(t) in computed for t in texts)  # chunks only; headings are a few short extras
    removed = len({(c.article_id, c.text) for c in previous} - {(c.article_id, c.text) for c in chunks})
    return BuildReport(len(scan.articles), len(chunks), embedded, len(chunks) - embedded, removed,
                       scan.skipped + problems, manifest.build_id, round(time.perf_counter() - began, 3))


def _vectors(settings: Settings, embedder: Embedder, texts: list[str], progress: bool) -> tuple[np.ndarray, set[str]]:
    """A vector for every text: from the cache where the text is known, computed otherwise."""
    cache = VectorCache(settings.cache_dir / "embeddings.sqlite3")
    try:
        keys = [text_hash(t) for t in texts]
        found = cache.get_many(embedder.name, keys)
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in found}.items())
        batches = range(0, len(missing), EMBED_BATCH)
        for start in tqdm(batches, desc="embedding", unit="batch", disable=not progress or not missing):
            batch = missing[start : start + EMBED_BATCH]
            new = embedder.embed_documents([t for _, t in batch])
            cache.put_many(embedder.name, [(k, v) for (k, _), v in zip(batch, new, strict=True)])
            found.update({k: v for (k, _), v in zip(batch, new, strict=True)})
        return np.vstack([found[k] for k in keys]).astype(np.float32), {k for k, _ in missing}
    finally:
        cache.close()


def _publish(settings: Settings, model: str, scan: CorpusScan, chunks: list[Chunk], vectors: np.ndarray,
             extras: tuple[Labels, Examples], *, example_hashes: dict[str, str],
             example_problems: tuple[Skipped, ...]) -> store.Manifest:
    index, kind = store.make_faiss(vectors, ann_threshold=settings.ann_threshold)
    keyword = KeywordIndex.build([c.keyword_text for c in chunks])

    def write_extra(folder: Path) -> None:
        keyword.save(folder)
        for extra in extras:
            extra.save(folder)

    build_id = store.new_build_id()
    manifest = store.Manifest(
        store.FORMAT_VERSION, build_id, datetime.now(UTC).isoformat(timespec="seconds"), model,
        int(vectors.shape[1]), chunker_id(settings), kind, len(chunks),
        {a.id: a.content_hash for a in scan.articles}, KeywordIndex.describe(),
        skipped=_skipped_record(settings, scan),
        examples=example_hashes, examples_skipped=[{"path": p.path, "reason": p.reason} for p in example_problems])
    store.write_build(settings.index_dir, manifest, chunks, index, write_extra)
    store.publish(settings.index_dir, build_id, keep=settings.keep_builds)
    return manifest


def _skipped_record(settings: Settings, scan: CorpusScan) -> list[dict[str, str]]:
    """Skipped files of a supported type with their hashes, so an unchanged bad file does not make every build stale."""
    record = []
    for item in scan.skipped:
        path = settings.corpus_dir / item.path
        if path.suffix.lower() in PARSERS:  # the same files file_hashes() compares against
            record.append({"path": item.path, "reason": item.reason,
                           "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    return record


def _previous_chunks(index_dir: Path) -> list[Chunk]:
    try:
        folder = store.current_build(index_dir)
        return store.read_build(folder, store.read_manifest(folder))[1]
    except AssistantError:
        return []


def _without_method_detail(chunks: list[Chunk]) -> list[Chunk]:
    """Passages with method or lethality detail are never indexed (safe-messaging rule)."""
    for c in chunks:
        if "method_detail" in c.tags:
            log.warning("not indexed: %s (%s) has method or lethality detail", c.id, c.section)
    return [c for c in chunks if "method_detail" not in c.tags]
