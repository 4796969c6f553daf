"""Read the corpus folder into Articles; files that cannot be used are skipped with a reason."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .errors import CorpusError
from .examples import is_examples_file
from .parsing import Parsed, parse_html, parse_markdown, parse_text
from .records import Article, CorpusScan, Skipped

log = logging.getLogger(__name__)

PARSERS = {".txt": parse_text, ".md": parse_markdown, ".markdown": parse_markdown,
           ".html": parse_html, ".htm": parse_html}
MAX_FILE_BYTES = 2_000_000  # a clinic article is a few KB; anything this big is a mistake


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every candidate file below the folder, sorted; hidden and editor backup files are ignored."""
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "the corpus folder does not exist. Create it and add articles "
                          "(.txt, .md or .html), or set ASSISTANT_CORPUS_DIR")
    return sorted(
        p for p in corpus_dir.rglob("*")
        if p.is_file() and not _ignored(p.relative_to(corpus_dir))
    )


def example_files(corpus_dir: Path) -> list[Path]:
    """The example-question files beside the articles (examples.py), sorted."""
    return [p for p in corpus_files(corpus_dir) if is_examples_file(p)]


def file_hashes(corpus_dir: Path) -> dict[str, str]:
    """Corpus path -> sha256 of the file's bytes, for every article and example file (cheap staleness check)."""
    hashes = {}
    for path in corpus_files(corpus_dir):
        if path.suffix.lower() in PARSERS or is_examples_file(path):
            hashes[_article_id(corpus_dir, path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def load_corpus(corpus_dir: Path) -> CorpusScan:
    """Parse every supported file; unreadable ones are reported in `skipped`, never fatal."""
    articles, skipped = [], []
    for path in corpus_files(corpus_dir):
        if is_examples_file(path):  # not an article: read by build.py into the example questions
            continue
        article_id = _article_id(corpus_dir, path)
        try:
            articles.append(load_article(path, article_id))
        except CorpusError as exc:
            log.warning("skipped %s: %s", article_id, exc.reason)
            skipped.append(Skipped(article_id, exc.reason))
    return CorpusScan(tuple(articles), tuple(skipped))


def load_article(path: Path, article_id: str) -> Article:
    """Read and parse one file, or raise CorpusError saying why it cannot be used."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise CorpusError(path, f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html")
    raw = _read_bytes(path)
    text = _decode(path, raw)
    parsed = parser(text)
    if not parsed.blocks:
        raise CorpusError(path, "no article text found (only headings or page chrome)")
    return _article(article_id, parsed, hashlib.sha256(raw).hexdigest(), path)


def _article(article_id: str, parsed: Parsed, content_hash: str, path: Path) -> Article:
    meta = parsed.meta
    title = meta.get("title") or path.stem.replace("_", " ").replace("-", " ").strip().capitalize()
    return Article(
        id=article_id, title=title, text=parsed.text, blocks=tuple(parsed.blocks),
        content_hash=content_hash, date=meta.get("date", ""), url=meta.get("url", ""),
        category=meta.get("category", ""), reviewed_on=meta.get("reviewed_on", ""),
        reviewed_by=meta.get("reviewed_by", ""),
    )


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise CorpusError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise CorpusError(path, f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,} byte limit; split it")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from exc


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise CorpusError(path, "looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") from exc
    if not text.strip():
        raise CorpusError(path, "the file holds only white space")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _article_id(corpus_dir: Path, path: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


def _ignored(relative: Path) -> bool:
    """Hidden files, editor backups and README/licence notes are not articles."""
    name = relative.name
    return (any(part.startswith(".") for part in relative.parts) or name.endswith(("~", ".swp", ".tmp"))
            or name.upper().startswith(("README", "LICENSE", "LICENCE")))
