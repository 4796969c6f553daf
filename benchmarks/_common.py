"""Shared helpers for the benchmarks: machine info, MedQuAD files, scratch corpus, settings, metrics."""

from __future__ import annotations

import json
import math
import os
import platform
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no network: a missing model fails fast
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "medquad"
SCRATCH = ROOT / "benchmarks" / ".scratch"  # git-ignored: corpora, indexes and the embedding cache
QUESTION_FILES = {"test": DATA / "questions.jsonl", "dev": DATA / "questions_dev.jsonl"}


def machine() -> dict[str, str]:
    """Cores, CPU model and RAM of this machine (from /proc)."""
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"cores": str(os.cpu_count()), "cpu": cpu, "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
            "python": platform.python_version()}


def machine_markdown() -> str:
    """One Markdown line describing the machine."""
    m = machine()
    return f"Machine: {m['cores']} cores, {m['cpu']}, {m['ram']} RAM, Python {m['python']}"


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def read_jsonl(path: Path) -> list[dict]:
    """Every row of a JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_docs() -> dict[str, dict]:
    """MedQuAD documents by id."""
    return {d["id"]: d for d in read_jsonl(DATA / "corpus.jsonl")}


def load_questions(which: str, limit: int | None = None) -> list[dict]:
    """The dev or test questions; with `limit`, that many evenly spaced ones (the files are sorted by source)."""
    rows = read_jsonl(QUESTION_FILES[which])
    if not limit or limit >= len(rows):
        return rows
    return [rows[i * len(rows) // limit] for i in range(limit)]


def select_docs(docs: dict[str, dict], questions: Iterable[dict], extra: int | None, seed: int = 13) -> list[str]:
    """All doc ids (extra=None), or the questions' relevant docs plus `extra` random others."""
    if extra is None:
        return sorted(docs)
    needed = {d for q in questions for d in q["answer_doc_ids"]}
    others = sorted(set(docs) - needed)
    return sorted(needed | set(random.Random(seed).sample(others, min(extra, len(others)))))


def file_text(doc: dict) -> str:
    """What a corpus .txt file holds: the title line, a blank line, the text."""
    return f"{doc['title']}\n\n{doc['text']}\n"


def title_shift(doc: dict) -> int:
    """Offset of the document text inside its .txt file (the title line and blank line before it)."""
    return len(doc["title"]) + 2


def write_corpus(folder: Path, docs: dict[str, dict], ids: Sequence[str]) -> int:
    """Make `folder` hold exactly these docs as <id>.txt; unchanged files are left alone. Returns files written."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {f"{i}.txt": file_text(docs[i]) for i in ids}
    for stale in folder.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    written = 0
    for name, text in wanted.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            written += 1
    return written


def scratch_settings(scratch: Path, name: str, **overrides: object) -> Settings:
    """Settings for one scratch corpus; the embedding cache is shared by every corpus under `scratch`."""
    base = scratch / name
    return replace(Settings(), corpus_dir=base / "corpus", index_dir=base / "index", cache_dir=scratch / "cache",
                   data_dir=base / "data", reload_seconds=0.0, **overrides)


def default_keyword_weight() -> float:
    """The shipped BM25 weight (retrieval.DEFAULT_WEIGHTS.keyword, or KEYWORD_WEIGHT in older code)."""
    from assistant import retrieval

    weights = getattr(retrieval, "DEFAULT_WEIGHTS", None)
    return float(weights.keyword if weights is not None else retrieval.KEYWORD_WEIGHT)


def default_weights() -> str:
    """The shipped fusion weights, as text."""
    from assistant import retrieval

    weights = getattr(retrieval, "DEFAULT_WEIGHTS", None)
    return repr(weights) if weights is not None else f"keyword_weight={retrieval.KEYWORD_WEIGHT}"


def search_with(index: object, vector: object, text: str, k: int, keyword_weight: float | None = None) -> list:
    """assistant.retrieval.search with its defaults, the BM25 weight optionally replaced (old or new API)."""
    from assistant import retrieval

    if keyword_weight is None:
        return retrieval.search(index, vector, text, k=k)
    if hasattr(retrieval, "DEFAULT_WEIGHTS"):
        return retrieval.search(index, vector, text, k=k,
                                weights=replace(retrieval.DEFAULT_WEIGHTS, keyword=keyword_weight))
    return retrieval.search(index, vector, text, k=k, keyword_weight=keyword_weight)


def work_around_reconstruct_bug() -> bool:
    """If retrieval._cosine hands FAISS a numpy int (TypeError), cast it to int in this process only; True if so."""
    import faiss
    import numpy as np
    from assistant import retrieval

    original = getattr(retrieval, "_cosine", None)
    if original is None:
        return False
    probe = faiss.IndexFlatIP(2)
    probe.add(np.eye(2, dtype=np.float32))
    try:
        original(SimpleNamespace(vectors=probe), np.ones(2, dtype=np.float32), np.int64(1))
    except TypeError:
        retrieval._cosine = lambda index, vector, row: original(index, vector, int(row))
        return True
    return False


def doc_id(article_id: str) -> str:
    """MedQuAD doc id of a corpus article id ('GHR-0000001.txt' -> 'GHR-0000001')."""
    return article_id.removesuffix(".txt")


def dedupe(ids: Iterable[str]) -> list[str]:
    """Ids in first-seen order, each once (a document keeps its best rank)."""
    return list(dict.fromkeys(ids))


def metrics(ranked: Sequence[str], relevant: set[str]) -> dict[str, float]:
    """found@1, found@5, MRR@10 and binary nDCG@10 of one ranked list."""
    top = list(ranked[:10])
    first = next((r for r, i in enumerate(top, 1) if i in relevant), None)
    dcg = sum(1 / math.log2(r + 1) for r, i in enumerate(top, 1) if i in relevant)
    ideal = sum(1 / math.log2(r + 1) for r in range(1, min(len(relevant), 10) + 1))
    return {"found@1": float(first == 1), "found@5": float(first is not None and first <= 5),
            "MRR@10": 1 / first if first else 0.0, "nDCG@10": dcg / ideal if ideal else 0.0}


def mean_metrics(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    """Average of per-question metrics."""
    keys = rows[0].keys() if rows else ()
    return {k: sum(r[k] for r in rows) / len(rows) for k in keys}


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), nearest-rank on sorted values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; floats get 3 decimals."""
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
