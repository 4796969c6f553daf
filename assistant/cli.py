"""`python -m assistant`: build, ask, status, eval, calibrate, train-risk, feedback. Parses, calls, prints."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

from .build import BuildReport, build_index, up_to_date
from .calibration import Calibration
from .config import Settings
from .embedding import make_embedder
from .errors import AssistantError, ConfigError
from .pipeline import Assistant
from .records import Answer
from .safety_text import SafetyText


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; AssistantError becomes 'error: …' on stderr and exit code 1."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets DEBUG on itself
    try:
        settings = Settings.from_env()
        return COMMANDS[args.command](settings, args)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`); nothing left to say
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build or update the index from the corpus folder")
    build.add_argument("--json", action="store_true", help="print one JSON object when done")
    build.add_argument("--watch", action="store_true", help="rebuild whenever the corpus folder changes")
    build.add_argument("--force", action="store_true", help="publish a new build even if nothing changed")
    build.add_argument("-v", "--verbose", action="store_true")
    ask = sub.add_parser("ask", help="answer a question (or one per line of standard input)")
    ask.add_argument("question", nargs="?", help="omit to read questions from standard input")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    status = sub.add_parser("status", help="is the index built and up to date? exit 1 if not")
    status.add_argument("--json", action="store_true")
    for name, text in (("eval", "measure answers against a JSONL question set"),
                       ("calibrate", "fit the 'not covered' threshold for the configured model")):
        command = sub.add_parser(name, help=text)
        command.add_argument("questions", help="JSONL file: question plus expect_any/expect_articles/decline")
        command.add_argument("--json", action="store_true")
    risk = sub.add_parser("train-risk", help="fit the crisis classifier for the configured model")
    risk.add_argument("--safety", nargs="+", required=True, help="labelled safety JSONL files (text, category)")
    risk.add_argument("--questions", nargs="*", default=[], help="question JSONL: in-scope ones count as ordinary")
    risk.add_argument("--json", action="store_true")
    feedback = sub.add_parser("feedback", help="report visitors' likes and dislikes for editors")
    feedback.add_argument("--json", action="store_true")
    return parser


def _build(settings: Settings, args: argparse.Namespace) -> int:
    embedder = make_embedder(settings.model, batch_size=settings.batch_size)
    if args.watch:
        from .watch import watch_corpus

        return watch_corpus(settings, embedder, lambda report: _print_report(report, args.json))
    _print_report(build_index(settings, embedder, progress=not args.json, force=args.force), args.json)
    return 0


def _print_report(report: BuildReport, as_json: bool) -> None:
    data = asdict(report)
    data.pop("changed")
    if as_json:
        print(json.dumps(data, ensure_ascii=False), flush=True)
        return
    for item in report.skipped:
        print(f"warning: skipped {item.path}: {item.reason}", file=sys.stderr)
    verb = "built" if report.changed else "unchanged"
    print(f"{verb} {report.build_id}: {report.articles} articles, {report.chunks} chunks "
          f"({report.embedded} embedded, {report.reused} reused, {report.removed} removed) "
          f"in {report.seconds:.2f}s", flush=True)


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    assistant = Assistant.from_settings(settings)
    assistant.index()  # fail before reading any input when there is no usable index
    lines = [args.question] if args.question is not None else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        answer = assistant.ask(line)
        print(json.dumps(answer_json(answer), ensure_ascii=False) if args.json else answer.reply, flush=True)
    return 0


def answer_json(answer: Answer) -> dict:
    """The documented `ask --json` object."""
    passages = [{"article": p.chunk.article_id, "title": p.chunk.title, "section": p.chunk.section,
                 "text": p.text, "start": p.start, "end": p.end, "score": round(p.score, 4)}
                for p in answer.passages]
    return {"question": answer.question, "route": answer.route, "reply": answer.reply,
            "disclaimer": answer.disclaimer, "passages": passages, "build_id": answer.build_id}


def _status(settings: Settings, args: argparse.Namespace) -> int:
    fresh, reason = up_to_date(settings, settings.model)
    warnings = SafetyText.load(settings.safety_file, region=settings.region,
                               clinic=settings.clinic).stale_entries(date.today())
    calibration = Calibration.for_model(settings.model, settings.min_score)
    if calibration.source == "uncalibrated default":
        warnings.append(f"model {settings.model!r} has no calibrated threshold; run: "
                        "python -m assistant calibrate tests/data/calibration_questions.jsonl")
    if args.json:
        print(json.dumps({"up_to_date": fresh, "reason": reason, "warnings": warnings}))
    else:
        print(("ok: " if fresh else "stale: ") + reason)
        for warning in warnings:
            print(f"warning: {warning}")
    return 0 if fresh else 1


def _eval(settings: Settings, args: argparse.Namespace) -> int:
    from .evaluation import evaluate, load_questions, print_report

    fresh, reason = up_to_date(settings, settings.model)
    if not fresh:  # the figures would describe an older build than the code and corpus
        print(f"warning: the index is stale ({reason}); run: python -m assistant build", file=sys.stderr)
    report = evaluate(Assistant.from_settings(settings), load_questions(args.questions),
                      source=Path(args.questions).name)
    print_report(report, as_json=args.json)
    return 0


def _calibrate(settings: Settings, args: argparse.Namespace) -> int:
    from .evaluation import calibrate, load_questions

    calibration = calibrate(Assistant.from_settings(replace(settings, min_score=-1.0)),
                            load_questions(args.questions), source=args.questions)
    print(json.dumps(asdict(calibration)) if args.json else f"calibrated {calibration}")
    return 0


def _train_risk(settings: Settings, args: argparse.Namespace) -> int:
    import numpy as np

    from . import risk
    from .evaluation import load_questions
    ordinary = [q.question for path in args.questions for q in load_questions(path) if not q.decline]
    try:
        texts, labels = risk.training_rows([Path(p) for p in args.safety], ordinary)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot read the training files ({exc}); see tests/data/safety/SOURCE.md") from exc
    embedder = make_embedder(settings.model, batch_size=settings.batch_size)
    fitted = risk.fit(embedder.name, embedder.embed_documents(texts), np.array(labels),
                      source=", ".join(Path(p).name for p in [*args.safety, *args.questions]))
    risk.save(fitted, risk.RISK_FILE)
    summary = {"model": fitted.model, "messages": len(texts), "crisis": sum(labels), "threshold": fitted.threshold}
    print(json.dumps(summary) if args.json else f"trained {summary}")
    return 0


def _feedback(settings: Settings, args: argparse.Namespace) -> int:
    from .feedback import FeedbackStore, format_report

    print(format_report(FeedbackStore(settings.data_dir).report(), as_json=args.json))
    return 0


COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    "build": _build, "ask": _ask, "status": _status, "eval": _eval, "calibrate": _calibrate, "train-risk": _train_risk,
    "feedback": _feedback,
}
