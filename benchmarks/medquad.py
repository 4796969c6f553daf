"""MedQuAD retrieval quality: BM25 alone, dense alone and the shipped hybrid search, doc and passage level."""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
import _common as c

from assistant.build import BuildReport, build_index
from assistant.embedding import SentenceTransformerEmbedder
from assistant.rerank import WEIGHT as LATE_WEIGHT
from assistant.rerank import Reranker
from assistant.retrieval import LoadedIndex, dense_scores

DEPTH = 50  # chunks fetched per question before mapping them to documents / sections
SWEEP = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
Ranker = Callable[[dict, np.ndarray], list[int]]


def parse_args() -> argparse.Namespace:
    """Command line options."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--limit", type=int, help="only the first N questions (of each set used)")
    p.add_argument("--questions", choices=("dev", "test"), default="test", help="set to report (default test)")
    p.add_argument("--docs", type=int, help="corpus = relevant docs + N random others (default: all docs)")
    p.add_argument("--scratch", type=Path, default=c.SCRATCH, help=f"scratch folder (default {c.SCRATCH})")
    p.add_argument("--sweep", action="store_true", help="also sweep keyword_weight on questions_dev.jsonl")
    p.add_argument("--weights", default=",".join(map(str, SWEEP)), help="keyword weights for --sweep")
    p.add_argument("--late-weights", help="also sweep the rerank (late interaction) weight on dev, e.g. 0,0.5,1")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of Markdown")
    return p.parse_args()


def corpus_name(ids: Sequence[str], total: int) -> str:
    """Scratch sub-folder for this corpus slice ('full' for every document)."""
    if len(ids) == total:
        return "full"
    return "slice-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:10]


Built = tuple[LoadedIndex, BuildReport, SentenceTransformerEmbedder]


def build(args: argparse.Namespace, docs: dict[str, dict], questions: list[dict]) -> Built:
    """Write the scratch corpus, build (cache-backed) and load the index."""
    ids = c.select_docs(docs, questions, args.docs)
    settings = c.scratch_settings(args.scratch, corpus_name(ids, len(docs)))
    c.write_corpus(settings.corpus_dir, docs, ids)
    embedder = SentenceTransformerEmbedder(settings.model, batch_size=settings.batch_size)
    report = build_index(settings, embedder, progress=not args.json)
    return LoadedIndex.load(settings.index_dir, expected_model=embedder.name), report, embedder


def passage_of(chunk_start: int, chunk_end: int, doc: dict) -> str:
    """The MedQuAD section that overlaps the chunk most (chunk offsets are in the .txt file)."""
    shift = c.title_shift(doc)
    start, end = chunk_start - shift, chunk_end - shift
    best = max(doc["sections"], key=lambda s: min(end, s["end"]) - max(start, s["start"]))
    return best["id"]


def chunk_labels(index: LoadedIndex, docs: dict[str, dict]) -> tuple[list[str], list[str]]:
    """Row -> document id, and row -> passage (section) id."""
    doc_ids = [c.doc_id(ch.article_id) for ch in index.chunks]
    passages = [passage_of(ch.start, ch.end, docs[d]) for ch, d in zip(index.chunks, doc_ids, strict=True)]
    return doc_ids, passages


def bm25_rows(index: LoadedIndex) -> Ranker:
    """BM25 alone: the keyword index's scores of every chunk."""
    def rank(q: dict, _: np.ndarray) -> list[int]:
        scores = index.keyword.scores(q["question"])
        top = np.argsort(-scores, kind="stable")[:DEPTH]
        return [int(i) for i in top if scores[i] > 0]
    return rank


def dense_rows(index: LoadedIndex) -> Ranker:
    """Dense alone: FAISS nearest chunks."""
    def rank(_: dict, vector: np.ndarray) -> list[int]:
        found = dense_scores(index, vector, DEPTH)
        return sorted(found, key=lambda i: -found[i])
    return rank


def hybrid_rows(index: LoadedIndex, weight: float | None = None, reranker: Reranker | None = None) -> Ranker:
    """The shipped retrieval: search (defaults unless a BM25 weight is given), then the rerank stage if given."""
    row = {ch.id: i for i, ch in enumerate(index.chunks)}
    def rank(q: dict, vector: np.ndarray) -> list[int]:
        hits = c.search_with(index, vector, q["question"], DEPTH, weight)
        hits = reranker.rerank(hits, reranker.embedder.embed_words([q["question"]])[0]) if reranker else hits
        return [row[h.chunk.id] for h in hits]
    return rank


def evaluate(ranker: Ranker, questions: list[dict], vectors: np.ndarray,
             labels: tuple[list[str], list[str]]) -> dict[str, dict[str, float]]:
    """Mean doc-level and passage-level metrics of one ranker, plus its mean latency."""
    doc_rows, passage_rows, seconds = [], [], 0.0
    for q, v in zip(questions, vectors, strict=True):
        began = time.perf_counter()
        rows = ranker(q, v)
        seconds += time.perf_counter() - began
        doc_rows.append(c.metrics(c.dedupe(labels[0][i] for i in rows), set(q["answer_doc_ids"])))
        passage_rows.append(c.metrics(c.dedupe(labels[1][i] for i in rows), set(q["answer_passage_ids"])))
    return {"doc": c.mean_metrics(doc_rows), "passage": c.mean_metrics(passage_rows),
            "ms_per_query": {"mean": 1000 * seconds / max(1, len(questions))}}


def sweep(index: LoadedIndex, questions: list[dict], vectors: np.ndarray, labels: tuple[list[str], list[str]],
          weights: Sequence[float]) -> dict[float, dict[str, dict[str, float]]]:
    """Shipped retrieval at each keyword_weight, on the dev questions."""
    return {w: evaluate(hybrid_rows(index, w), questions, vectors, labels) for w in weights}


def best_weight(results: dict[float, dict[str, dict[str, float]]]) -> float:
    """Highest doc MRR@10; ties broken by passage MRR@10, then by the smaller weight."""
    return max(results, key=lambda w: (round(results[w]["doc"]["MRR@10"], 4),
                                       round(results[w]["passage"]["MRR@10"], 4), -w))


METRICS = ("found@1", "found@5", "MRR@10", "nDCG@10")


def markdown(out: dict) -> str:
    """The report as Markdown."""
    rows = [(name, level, *(res[level][m] for m in METRICS))
            for level in ("doc", "passage") for name, res in out["systems"].items()]
    parts = [c.machine_markdown(), "", _corpus_line(out), "", *_workaround_lines(out),
             f"Questions: {out['questions']} ({out['n_questions']}); depth {DEPTH} chunks mapped to docs/sections.",
             "", c.table(("system", "level", *METRICS), rows), "",
             c.table(("system", "ms/query (search only)"),
                     [(n, r["ms_per_query"]["mean"]) for n, r in out["systems"].items()])]
    if "sweep" in out:
        srows = [(w, r["doc"]["MRR@10"], r["doc"]["nDCG@10"], r["passage"]["MRR@10"], r["passage"]["nDCG@10"])
                 for w, r in out["sweep"]["results"].items()]
        parts += ["", f"keyword_weight sweep on dev ({out['sweep']['n_questions']} questions; other weights as "
                  f"shipped: {c.default_weights()}):", "",
                  c.table(("keyword_weight", "doc MRR@10", "doc nDCG@10", "passage MRR@10", "passage nDCG@10"),
                          srows), "",
                  f"Best keyword_weight on dev: {out['sweep']['best']} (current default {c.default_keyword_weight()})"]
    if "late_sweep" in out:
        lrows = [(w, r["doc"]["MRR@10"], r["doc"]["nDCG@10"], r["passage"]["MRR@10"], r["passage"]["nDCG@10"])
                 for w, r in out["late_sweep"].items()]
        parts += ["", "rerank (late interaction) weight sweep on dev:", "",
                  c.table(("late weight", "doc MRR@10", "doc nDCG@10", "passage MRR@10", "passage nDCG@10"), lrows)]
    return "\n".join(parts)


def _workaround_lines(out: dict) -> list[str]:
    if not out.get("workaround"):
        return []
    return ["NOTE: retrieval._cosine passed a numpy int to FAISS (TypeError); cast to int in this process.", ""]


def _corpus_line(out: dict) -> str:
    b = out["build"]
    return (f"Corpus: {b['articles']} docs ({out['corpus']}), {b['chunks']} chunks; build {b['seconds']} s, "
            f"embedded {b['embedded']}, reused {b['reused']}; index {out['index_type']}.")


def main() -> None:
    """Build, evaluate the three systems (and the sweep), print the report."""
    args = parse_args()
    patched = c.work_around_reconstruct_bug()
    docs = c.load_docs()
    questions = c.load_questions(args.questions, args.limit)
    dev = c.load_questions("dev", args.limit) if args.sweep else []
    index, report, embedder = build(args, docs, questions + dev)
    labels = chunk_labels(index, docs)
    vectors = embedder.embed_documents([q["question"] for q in questions])
    # as with ASSISTANT_RERANK_PASSAGES >= the corpus size: every passage's word vectors up front (one
    # batched pass, like the app's warm-up); ms/query is then search + rerank. At the default (4,096)
    # a corpus this size is served by the first stage alone.
    reranker = Reranker(embedder, capacity=len(index.chunks))
    reranker.warm(index.chunks)
    systems = {"BM25 alone": bm25_rows(index), "dense alone": dense_rows(index),
               f"first stage (keyword w={c.default_keyword_weight()})": hybrid_rows(index),
               f"first stage + rerank (late w={LATE_WEIGHT})": hybrid_rows(index, reranker=reranker)}
    out = {"machine": c.machine(), "corpus": "full" if args.docs is None else f"relevant + {args.docs} random",
           "build": {k: v for k, v in asdict(report).items() if k != "skipped"}, "questions": args.questions,
           "n_questions": len(questions), "index_type": index.manifest.index_type, "workaround": patched,
           "systems": {n: evaluate(r, questions, vectors, labels) for n, r in systems.items()}}
    if args.sweep:
        dev_vectors = embedder.embed_documents([q["question"] for q in dev])
        results = sweep(index, dev, dev_vectors, labels, [float(w) for w in args.weights.split(",")])
        out["sweep"] = {"n_questions": len(dev), "results": results, "best": best_weight(results)}
    if args.late_weights:
        dev = dev or c.load_questions("dev", args.limit)
        dev_vectors = embedder.embed_documents([q["question"] for q in dev])
        out["late_sweep"] = {}
        for w in args.late_weights.split(","):  # one reranker, so passage word vectors are computed once
            reranker.weight = float(w)
            out["late_sweep"][w] = evaluate(hybrid_rows(index, reranker=reranker), dev, dev_vectors, labels)
    print(json.dumps(out, indent=2) if args.json else markdown(out))


if __name__ == "__main__":
    main()
