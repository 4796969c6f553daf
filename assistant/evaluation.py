"""`eval` and `calibrate`: measure answers on a labelled question set, and fit the decline threshold."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import calibration as calib
from .errors import ConfigError
from .overview import overview_kind
from .pipeline import Assistant
from .quoting import collapse


@dataclass(frozen=True, slots=True)
class Question:
    """One labelled question: phrases that must be quoted, articles that must be cited, or a decline."""

    question: str
    expect_any: tuple[str, ...] = ()
    expect_articles: tuple[str, ...] = ()
    decline: bool = False
    after: tuple[str, ...] = ()  # the visitor's messages before this one, oldest first, for a follow-up ("is it safe?")


@dataclass
class EvalReport:
    """The figures `eval` prints."""

    questions: int = 0
    found_at_1: float = 0.0
    found_at_3: float = 0.0
    mrr: float = 0.0
    decline_precision: float = 0.0
    decline_recall: float = 0.0
    false_declines: float = 0.0  # share of in-scope questions that were declined
    misses: list[dict] = field(default_factory=list)


def load_questions(path: str | Path) -> list[Question]:
    """Parse a JSONL question file; a bad line is reported with its number."""
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read question file {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            questions.append(_question(line, f"{path}:{number}"))
    return questions


def _question(line: str, where: str) -> Question:
    try:
        data = json.loads(line)
        q = Question(str(data["question"]), tuple(data.get("expect_any", ())),
                     tuple(data.get("expect_articles", ())), bool(data.get("decline", False)),
                     _earlier(data.get("after", ())))
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{where}: not a question object ({exc}); see tests/data/README.md") from exc
    if not (q.expect_any or q.expect_articles or q.decline):
        raise ConfigError(f"{where}: give expect_any, expect_articles or \"decline\": true")
    return q


def _earlier(value: object) -> tuple[str, ...]:
    """`after`: one earlier message or a list of them, oldest first."""
    return (value,) if isinstance(value, str) else tuple(str(v) for v in value) if isinstance(value, list) else ()


def evaluate(assistant: Assistant, questions: list[Question], *, source: str = "") -> EvalReport:
    """Ask every question and score the quoted passages against the labels.

    Example questions copied from `source` (the set's file name), or asking one of the set's own
    questions, are left out: a set is never answered with the help of its own labels.
    """
    with assistant.leaving_out({source} if source else set(), [q.question for q in questions]):
        return _evaluate(assistant, questions)


def _evaluate(assistant: Assistant, questions: list[Question]) -> EvalReport:
    ranks, declined_right, declined_wrong, misses = [], 0, 0, []
    for q in questions:
        answer = assistant.ask(q.question, earlier=q.after)
        declined = not answer.passages  # declined = quoted nothing (no_answer, or a safety reply without a quote)
        if q.decline:
            declined_right += declined
            if not declined:
                misses.append({"question": q.question, "expected": "decline", "got": answer.route})
            continue
        declined_wrong += declined
        rank = next((i for i, p in enumerate(answer.passages, 1) if _matches(q, p.text, p.chunk.article_id)), 0)
        ranks.append(rank)
        if rank != 1:
            got = answer.passages[0].text[:90] if answer.passages else answer.route
            misses.append({"question": q.question, "expected": list(q.expect_any or q.expect_articles),
                           "rank": rank, "got": got})
    return _report(len(questions), ranks, declined_right, declined_wrong, sum(q.decline for q in questions), misses)


def _matches(q: Question, text: str, article: str) -> bool:
    if q.expect_articles:
        return article in q.expect_articles
    return any(collapse(phrase) in text for phrase in q.expect_any)


def _report(total: int, ranks: list[int], right: int, wrong: int, should: int, misses: list[dict]) -> EvalReport:
    n = len(ranks) or 1
    return EvalReport(
        total, sum(r == 1 for r in ranks) / n, sum(1 <= r <= 3 for r in ranks) / n,
        sum(1 / r for r in ranks if r) / n, right / (right + wrong) if right + wrong else 1.0,
        right / should if should else 1.0, wrong / n, misses)


def print_report(report: EvalReport, *, as_json: bool) -> None:
    """Figures first, then every miss."""
    if as_json:
        print(json.dumps(asdict(report), ensure_ascii=False))
        return
    print(f"questions {report.questions}  found@1 {report.found_at_1:.3f}  found@3 {report.found_at_3:.3f}  "
          f"MRR {report.mrr:.3f}  decline precision {report.decline_precision:.3f}  "
          f"decline recall {report.decline_recall:.3f}  false declines {report.false_declines:.3f}")
    for miss in report.misses:
        print(f"miss: {json.dumps(miss, ensure_ascii=False)}")


def calibrate(assistant: Assistant, questions: list[Question], *, source: str) -> calib.Calibration:
    """Fit the decline rule on the questions' coverage features, and store it for the assistant's model."""
    # topics.yaml decides questions naming a listed topic, and overview.py answers "what is this article about"
    rows = [(assistant.coverage(q.question), not q.decline) for q in questions if not overview_kind(q.question)]
    rows = [(f, in_scope) for f, in_scope in rows if not f.listed]
    fitted = calib.fit(assistant.embedder.name, rows, Path(source).name)
    calib.save(fitted)
    return fitted
