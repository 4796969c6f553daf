"""Speed: answer latency, build throughput, rebuilds, app cold start, memory and search scaling, each vs a reference."""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import _common as c

from assistant.build import build_index
from assistant.config import Settings
from assistant.embedding import SentenceTransformerEmbedder, unit_rows
from assistant.keyword import KeywordIndex
from assistant.pipeline import Assistant
from assistant.retrieval import CANDIDATES, LoadedIndex, search
from assistant import store

NOISE = 0.02  # per-dimension std of the perturbation that makes the synthetic copies of real vectors
APP_TIMEOUT = 240.0
REPEATS = 3  # search timings: best of this many runs per query


def parse_args() -> argparse.Namespace:
    """Command line options; --quick shrinks every loop."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--sizes", default="1000,10000,100000", help="index sizes (chunks) for search latency")
    p.add_argument("--questions", type=int, default=100, help="MedQuAD questions for latency loops")
    p.add_argument("--build-docs", type=int, default=150, help="MedQuAD docs in the build-speed corpus")
    p.add_argument("--scratch", type=Path, default=c.SCRATCH, help=f"scratch folder (default {c.SCRATCH})")
    p.add_argument("--quick", action="store_true", help="~2 min: 30 questions, 30 docs, sizes 1000,25000")
    p.add_argument("--no-app", action="store_true", help="skip the app.py cold start")
    p.add_argument("--profile", action="store_true", help="print cProfile top entries for ask and build")
    p.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = p.parse_args()
    if args.quick:
        args.sizes, args.questions, args.build_docs = "1000,25000", 30, 30
    return args


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by fn() and its result."""
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def fresh_embedder(settings: Settings) -> SentenceTransformerEmbedder:
    """An embedder whose weights are not loaded yet."""
    return SentenceTransformerEmbedder(settings.model, batch_size=settings.batch_size)


def prepare_corpus(args: argparse.Namespace, questions: list[dict]) -> Settings:
    """A fresh build-speed corpus (relevant docs of the questions plus random others) with an empty cache."""
    docs = c.load_docs()
    needed = c.select_docs(docs, questions[:5], 0)
    ids = c.select_docs(docs, questions[:5], max(0, args.build_docs - len(needed)))
    base = args.scratch / "speed"
    shutil.rmtree(base, ignore_errors=True)
    settings = replace(c.scratch_settings(args.scratch, "speed"), cache_dir=base / "cache-empty")
    c.write_corpus(settings.corpus_dir, docs, ids)
    return settings


def model_load(settings: Settings, repeats: int = 3) -> float:
    """Median seconds to load the weights into a fresh embedder (imports already done)."""
    times = sorted(timed(lambda: fresh_embedder(settings).dim)[0] for _ in range(repeats))
    return times[len(times) // 2]


def build_throughput(settings: Settings, embedder: SentenceTransformerEmbedder, profile: bool) -> dict:
    """Full build with an empty cache (model already loaded) vs one bare encode of the same chunk texts."""
    docs = sorted(settings.corpus_dir.glob("*.txt"))[:3]
    embedder.embed_documents([d.read_text(encoding="utf-8")[:1000] for d in docs])  # warm-up, not cached
    prof = cProfile.Profile() if profile else None
    with prof or contextlib.nullcontext():
        report = build_index(settings, embedder)
    index = LoadedIndex.load(settings.index_dir, expected_model=embedder.name)
    labels = getattr(index, "labels", None)  # newer builds also embed each heading and title once
    texts = [ch.embed_text for ch in index.chunks] + (list(labels.texts) if labels is not None else [])
    bare, _ = timed(lambda: embedder._load().encode(texts, batch_size=settings.batch_size,
                                                   normalize_embeddings=True, convert_to_numpy=True))
    return {"chunks": report.chunks, "embedded": report.embedded, "build_s": report.seconds,
            "build_cps": report.chunks / report.seconds, "bare_s": bare, "bare_cps": report.chunks / bare,
            "texts": len(texts),
            "profile": top_entries(prof)}


def edit_rebuild(settings: Settings, profile: bool) -> dict:
    """Append a sentence to one article, rebuild with a fresh (unloaded) embedder."""
    path = sorted(settings.corpus_dir.glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nThis sentence was added by the speed benchmark.\n",
                    encoding="utf-8")
    embedder = fresh_embedder(settings)
    prof = cProfile.Profile() if profile else None
    with prof or contextlib.nullcontext():
        seconds, report = timed(lambda: build_index(settings, embedder))
    return {"seconds": seconds, "embedded": report.embedded, "loaded": embedder.loaded,
            "profile": top_entries(prof, 25)}


def nochange_rebuild(settings: Settings) -> dict:
    """Rebuild with nothing changed, with a fresh embedder: must not load the model."""
    embedder = fresh_embedder(settings)
    seconds, report = timed(lambda: build_index(settings, embedder))
    return {"seconds": seconds, "changed": report.changed, "loaded": embedder.loaded}


def answer_latency(settings: Settings, embedder: SentenceTransformerEmbedder, questions: list[str],
                   profile: bool) -> dict:
    """Assistant.ask vs a bare model.encode of the same question, interleaved, one question at a time."""
    assistant = Assistant.from_settings(settings, embedder)
    assistant.warm_up()  # as app.py does: passage word vectors for the rerank, before the first visitor
    model = embedder._load()
    for q in questions[:3]:  # warm-up: index load, first-call allocations
        assistant.ask(q)
        model.encode([q])
    asks, encodes = [], []
    for q in questions:
        encodes.append(timed(lambda: model.encode([q]))[0])  # noqa: B023 - called at once
        asks.append(timed(lambda: assistant.ask(q))[0])  # noqa: B023
    out = {"ask": summary(asks), "encode": summary(encodes)}
    if profile:
        prof = cProfile.Profile()
        with prof:
            for q in questions:
                assistant.ask(q)
        out["profile"] = top_entries(prof)
    return out


def summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds."""
    return {"p50_ms": 1000 * c.percentile(seconds, 50), "p95_ms": 1000 * c.percentile(seconds, 95)}


def top_entries(prof: cProfile.Profile | None, n: int = 18) -> str:
    """cProfile's top entries by cumulative time, as text."""
    if prof is None:
        return ""
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(n)
    return buf.getvalue()


def source_index(args: argparse.Namespace, fallback: Settings, model: str) -> LoadedIndex:
    """Real MedQuAD chunk vectors: the largest build under the scratch folder (benchmarks/medquad.py makes them)."""
    best = LoadedIndex.load(fallback.index_dir, expected_model=model)
    for folder in sorted(args.scratch.glob("*/index")):
        with contextlib.suppress(Exception):
            size = store.read_manifest(store.current_build(folder)).chunk_count
            if size > best.vectors.ntotal:
                best = LoadedIndex.load(folder, expected_model=model)
    return best


def grown(index: LoadedIndex, size: int, seed: int = 13) -> tuple[np.ndarray, np.ndarray]:
    """`size` vectors: the real ones, then perturbed copies (unit length again); with the source row of each."""
    base = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    rng = np.random.default_rng(seed)
    rows = np.arange(size) % len(base)
    vectors = base[rows].copy()
    extra = np.arange(size) >= len(base)
    vectors[extra] += rng.normal(0, NOISE, (int(extra.sum()), base.shape[1])).astype(np.float32)
    return unit_rows(vectors), rows


def scaled_index(index: LoadedIndex, size: int, ann_threshold: int) -> tuple[LoadedIndex, float]:
    """A LoadedIndex of `size` chunks built like the shipped one (flat or HNSW, BM25); with build seconds."""
    vectors, rows = grown(index, size)
    chunks = tuple(index.chunks[r] if i == r else replace(index.chunks[r], ordinal=100_000 + i)
                   for i, r in enumerate(rows.tolist()))
    began = time.perf_counter()
    faiss_index, kind = store.make_faiss(vectors, ann_threshold=ann_threshold)
    keyword = KeywordIndex.build([getattr(ch, "keyword_text", ch.embed_text) for ch in chunks])
    seconds = time.perf_counter() - began
    extra = {}
    if getattr(index, "labels", None) is not None:
        extra["labels"] = replace(index.labels, heading_of=index.labels.heading_of[rows],
                                  title_of=index.labels.title_of[rows])
    manifest = replace(index.manifest, index_type=kind, chunk_count=size)
    loaded = replace(index, manifest=manifest, vectors=faiss_index, chunks=chunks, keyword=keyword,
                     stems=keyword.stems, **extra)
    return loaded, seconds


def recall_at_10(loaded: LoadedIndex, queries: np.ndarray) -> float:
    """Overlap of the index's top 10 with an exact IndexFlatIP's top 10 on the same vectors."""
    import faiss

    exact = faiss.IndexFlatIP(loaded.vectors.d)
    exact.add(loaded.vectors.reconstruct_n(0, loaded.vectors.ntotal))
    _, truth = exact.search(queries, 10)
    _, found = loaded.vectors.search(queries, 10)
    return float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)]))


def search_scaling(index: LoadedIndex, sizes: Sequence[int], questions: list[str], queries: np.ndarray,
                   ann_threshold: int, profile: bool = False) -> list[dict]:
    """Per size: FAISS-only and full search() latency, index kind, build time and ANN recall@10."""
    rows, profile_text = [], ""
    for size in sizes:
        loaded, build_s = scaled_index(index, size, ann_threshold)
        faiss_t = [best_of(lambda: loaded.vectors.search(v.reshape(1, -1), CANDIDATES))  # noqa: B023
                   for v in queries]
        full_t = [best_of(lambda: search(loaded, v, q, k=10))  # noqa: B023
                  for q, v in zip(questions, queries, strict=True)]
        if profile and size == max(sizes):
            profile_text = profile_search(loaded, questions, queries)
        rows.append({"size": size, "kind": loaded.manifest.index_type, "build_s": build_s,
                     "faiss": summary(faiss_t), "search": summary(full_t),
                     "recall@10": recall_at_10(loaded, queries), "synthetic": max(0, size - index.vectors.ntotal)})
        del loaded
    if profile_text:
        rows[-1]["profile"] = profile_text
    return rows


def profile_search(loaded: LoadedIndex, questions: list[str], queries: np.ndarray) -> str:
    """cProfile top entries of one search() per question."""
    prof = cProfile.Profile()
    with prof:
        for q, v in zip(questions, queries, strict=True):
            search(loaded, v, q, k=10)
    return top_entries(prof, 14)


def best_of(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    """Fastest of a few runs of fn(): damps pauses caused by other load on a shared machine."""
    return min(timed(fn)[0] for _ in range(repeats))


def real_recall(index: LoadedIndex, queries: np.ndarray) -> dict:
    """HNSW (the shipped parameters) over the real vectors only, without synthetic copies: recall@10."""
    vectors = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    hnsw, _ = store.make_faiss(vectors, ann_threshold=0)
    loaded = replace(index, vectors=hnsw)
    return {"size": len(vectors), "recall@10": recall_at_10(loaded, queries)}


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def app_cold_start(settings: Settings, question: str) -> dict:
    """Seconds from `python app.py` to its first answer through gradio_client, and the app's peak memory."""
    app = c.ROOT / "app.py"
    if not app.exists():
        return {"skipped": "app.py does not exist yet"}
    port = free_port()
    env = {**os.environ, "ASSISTANT_PORT": str(port), "ASSISTANT_HOST": "127.0.0.1",
           "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_CACHE_DIR": str(settings.cache_dir), "ASSISTANT_DATA_DIR": str(settings.data_dir),
           "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    log = (settings.data_dir.parent / "app.log").open("w")
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(app)], cwd=c.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        reply = first_answer(f"http://127.0.0.1:{port}/", question, proc)
        seconds = time.perf_counter() - began
        return {"seconds": seconds, "vmhwm_mb": vmhwm_mb(proc.pid), "answered": bool(reply)}
    except (TimeoutError, RuntimeError) as exc:
        return {"skipped": f"app did not answer: {exc} (see {log.name})"}
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        if proc.poll() is None:
            proc.kill()
        log.close()


def first_answer(url: str, question: str, proc: subprocess.Popen) -> str:
    """Poll the app until gradio_client gets a reply from /chat."""
    from gradio_client import Client

    deadline = time.monotonic() + APP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited with code {proc.returncode}")
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                client = Client(url, verbose=False)
        except Exception:  # not listening yet
            time.sleep(0.25)
            continue
        return str(client.predict(question, api_name="/chat"))
    raise TimeoutError(f"no answer within {APP_TIMEOUT:.0f} s")


def vmhwm_mb(pid: int) -> float:
    """Peak resident memory of a process, from /proc/PID/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(args: argparse.Namespace) -> dict:
    """Every measurement, in an order that keeps the model loads honest."""
    questions = c.load_questions("test", args.questions)
    texts = [q["question"] for q in questions]
    settings = prepare_corpus(args, questions)
    embedder = fresh_embedder(settings)
    out: dict = {"machine": c.machine(), "first_load_s": timed(lambda: embedder.dim)[0]}
    out["build"] = build_throughput(settings, embedder, args.profile)
    out["model_load_s"] = model_load(settings)
    out["edit_rebuild"] = edit_rebuild(settings, args.profile)
    out["nochange_rebuild"] = nochange_rebuild(settings)
    out["answer"] = answer_latency(settings, embedder, texts, args.profile)
    source = source_index(args, settings, embedder.name)
    queries = embedder.embed_documents(texts)
    sizes = [int(s) for s in args.sizes.split(",")]
    out["search_source_chunks"] = source.vectors.ntotal
    out["search"] = search_scaling(source, sizes, texts, queries, settings.ann_threshold, args.profile)
    out["real_recall"] = real_recall(source, queries)
    out["app"] = {"skipped": "--no-app"} if args.no_app else app_cold_start(settings, texts[0])
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def verdict(ok: bool) -> str:
    """Yes/no cell."""
    return "yes" if ok else "**no**"


def goal_rows(out: dict) -> list[tuple]:
    """Measured | reference | ratio | goal | met, one row per goal."""
    a, b, e, n = out["answer"], out["build"], out["edit_rebuild"], out["nochange_rebuild"]
    load = out["model_load_s"]
    rows = [
        ("answer p50 (Assistant.ask vs bare encode)", f"{a['ask']['p50_ms']:.1f} ms",
         f"{a['encode']['p50_ms']:.1f} ms", a["ask"]["p50_ms"] / a["encode"]["p50_ms"], "≤ 1.3×",
         verdict(a["ask"]["p50_ms"] <= 1.3 * a["encode"]["p50_ms"])),
        ("answer p95 (Assistant.ask vs bare encode)", f"{a['ask']['p95_ms']:.1f} ms",
         f"{a['encode']['p95_ms']:.1f} ms", a["ask"]["p95_ms"] / a["encode"]["p95_ms"], "(info)", ""),
        (f"full build, empty cache ({b['chunks']} chunks) vs bare encode", f"{b['build_cps']:.1f} chunks/s",
         f"{b['bare_cps']:.1f} chunks/s", b["build_cps"] / b["bare_cps"], "≥ 0.9×",
         verdict(b["build_cps"] >= 0.9 * b["bare_cps"])),
        (f"one-article rebuild (embedded {e['embedded']}) vs model load", f"{e['seconds']:.2f} s", f"{load:.2f} s",
         e["seconds"] / load, "≤ load + 1 s", verdict(e["seconds"] <= load + 1.0)),
        (f"no-change rebuild (model loaded: {n['loaded']}, changed: {n['changed']})", f"{n['seconds']:.3f} s",
         "1 s", n["seconds"], "< 1 s, no load", verdict(n["seconds"] < 1.0 and not n["loaded"])),
    ]
    return rows + search_goal_rows(out) + app_rows(out)


def search_goal_rows(out: dict) -> list[tuple]:
    """Search p95 at each size vs the smallest, and ANN recall."""
    rows, first = [], out["search"][0]
    for r in out["search"]:
        label = f"search p95 at {r['size']:,} chunks ({r['kind']}, {r['synthetic']:,} synthetic)"
        for part, name in (("search", "search()"), ("faiss", "FAISS only")):
            ratio = r[part]["p95_ms"] / first[part]["p95_ms"]
            goal = "≤ 2×" if r is out["search"][-1] and r is not first else "(info)"
            rows.append((f"{label}, {name}", f"{r[part]['p95_ms']:.2f} ms",
                         f"{first[part]['p95_ms']:.2f} ms at {first['size']:,}", ratio, goal,
                         verdict(ratio <= 2.0) if goal != "(info)" else ""))
        if r["kind"] == "hnsw":
            rows.append((f"HNSW recall@10 vs exact IndexFlatIP at {r['size']:,}", f"{r['recall@10']:.4f}", "1.0",
                         r["recall@10"], "≥ 0.98", verdict(r["recall@10"] >= 0.98)))
    real = out["real_recall"]
    rows.append((f"HNSW recall@10 on the {real['size']:,} real vectors only (no copies)", f"{real['recall@10']:.4f}",
                 "1.0", real["recall@10"], "≥ 0.98", verdict(real["recall@10"] >= 0.98)))
    return rows


def app_rows(out: dict) -> list[tuple]:
    """Cold start and memory rows."""
    app = out["app"]
    rows = [("benchmark process peak RSS (ru_maxrss)", f"{out['maxrss_mb']:.0f} MB", "", "", "(info)", "")]
    if "skipped" in app:
        return [("app.py cold start to first answer", "skipped", app["skipped"], "", "(info)", ""), *rows]
    return [("app.py cold start to first answer (gradio_client /chat)", f"{app['seconds']:.1f} s",
             f"{out['first_load_s']:.1f} s first model load", app["seconds"] / out["first_load_s"], "(info)", ""),
            ("app.py peak memory (VmHWM)", f"{app['vmhwm_mb']:.0f} MB", "", "", "(info)", ""), *rows]


def markdown(out: dict) -> str:
    """The report as Markdown."""
    b = out["build"]
    note = ("NOTE: retrieval._cosine passed a numpy int to FAISS (TypeError); cast to int in this process.\n\n"
            if out.get("workaround") else "")
    parts = [note + c.machine_markdown(), "",
             f"Build corpus: {b['chunks']} chunks; model first load (with imports) {out['first_load_s']:.2f} s, "
             f"warm load {out['model_load_s']:.2f} s; search vectors from {out['search_source_chunks']:,} real "
             f"MedQuAD chunks, grown with copies perturbed by N(0, {NOISE}) per dimension and re-normalised; "
             f"search times are the best of {REPEATS} runs per query.", "",
             c.table(("measure", "measured", "reference", "ratio", "goal", "met"), goal_rows(out)), "",
             c.table(("chunks", "index", "build s", "FAISS p50 ms", "FAISS p95 ms", "search() p50 ms",
                      "search() p95 ms", "recall@10"),
                     [(r["size"], r["kind"], r["build_s"], r["faiss"]["p50_ms"], r["faiss"]["p95_ms"],
                       r["search"]["p50_ms"], r["search"]["p95_ms"], r["recall@10"]) for r in out["search"]])]
    for name, text in (("build", b.get("profile")), ("one-article rebuild", out["edit_rebuild"].get("profile")),
                       ("ask", out["answer"].get("profile")),
                       (f"search() at {out['search'][-1]['size']:,} chunks", out["search"][-1].get("profile"))):
        if text:
            parts += ["", f"cProfile, {name} (top entries by cumulative time):", "```", text.strip(), "```"]
    return "\n".join(parts)


def main() -> None:
    """Run and print."""
    args = parse_args()
    patched = c.work_around_reconstruct_bug()
    out = run(args)
    out["workaround"] = patched
    print(json.dumps(out, indent=2, default=str) if args.json else markdown(out))


if __name__ == "__main__":
    main()
