"""Visitor feedback and referral counts in SQLite, outside the index; no visitor text unless enabled."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .records import Answer

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS feedback (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, liked INTEGER NOT NULL, route TEXT NOT NULL,
        build_id TEXT NOT NULL, passages TEXT NOT NULL, question TEXT)""",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, count INTEGER NOT NULL)",
]


@dataclass
class FeedbackReport:
    """What editors read: dislikes by passage and by article, declines and dislikes by route."""

    likes: int = 0
    dislikes: int = 0
    dislikes_by_passage: list[dict] = field(default_factory=list)
    dislikes_by_article: dict[str, int] = field(default_factory=dict)
    dislikes_by_route: dict[str, int] = field(default_factory=dict)
    replies_by_route: dict[str, int] = field(default_factory=dict)


class FeedbackStore:
    """One SQLite file in the data folder; safe for several threads of the web app."""

    def __init__(self, data_dir: Path, *, keep_questions: bool = False) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "feedback.sqlite3"
        self.keep_questions = keep_questions
        with self._connect() as db:
            for statement in _SCHEMA:
                db.execute(statement)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def record(self, answer: Answer, liked: bool) -> None:
        """Store one like or dislike with the route, build and passages shown (text only if enabled)."""
        passages = [{"id": p.chunk.id, "article": p.chunk.article_id, "section": p.chunk.section}
                    for p in answer.passages]
        question = answer.question if self.keep_questions else None
        with self._connect() as db:
            db.execute("INSERT INTO feedback (at, liked, route, build_id, passages, question) VALUES (?,?,?,?,?,?)",
                       (_now(), int(liked), answer.route, answer.build_id, json.dumps(passages), question))

    def count(self, name: str) -> None:
        """Add one to a named counter (e.g. 'route:crisis'); no text, no identifiers."""
        with self._connect() as db:
            db.execute("INSERT INTO counters VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET count = count + 1",
                       (name,))

    def counters(self) -> dict[str, int]:
        """All counters by name."""
        with self._connect() as db:
            return dict(db.execute("SELECT name, count FROM counters ORDER BY name"))

    def report(self) -> FeedbackReport:
        """Aggregate everything stored so far."""
        report, by_passage = FeedbackReport(), Counter()
        labels: dict[str, dict] = {}
        with self._connect() as db:
            rows = db.execute("SELECT liked, route, passages FROM feedback").fetchall()
        for liked, route, passages in rows:
            if liked:
                report.likes += 1
                continue
            report.dislikes += 1
            report.dislikes_by_route[route] = report.dislikes_by_route.get(route, 0) + 1
            for p in json.loads(passages):
                by_passage[p["id"]] += 1
                labels[p["id"]] = p
                report.dislikes_by_article[p["article"]] = report.dislikes_by_article.get(p["article"], 0) + 1
        report.dislikes_by_passage = [{**labels[k], "dislikes": n} for k, n in by_passage.most_common()]
        report.replies_by_route = {k.split(":", 1)[1]: v for k, v in self.counters().items() if k.startswith("route:")}
        return report


def format_report(report: FeedbackReport, *, as_json: bool = False) -> str:
    """The editors' report as text (or JSON)."""
    if as_json:
        return json.dumps(asdict(report), ensure_ascii=False, indent=2)
    lines = [f"likes {report.likes}, dislikes {report.dislikes}", "", "Disliked passages:"]
    lines += [f"  {p['dislikes']:>4}  {p['id']}  ({p['section']})" for p in report.dislikes_by_passage] or ["  none"]
    lines += ["", "Dislikes by article:"]
    ranked = sorted(report.dislikes_by_article.items(), key=lambda x: -x[1])
    lines += [f"  {n:>4}  {a}" for a, n in ranked] or ["  none"]
    lines += ["", "Dislikes by route:"]
    lines += [f"  {n:>4}  {r}" for r, n in sorted(report.dislikes_by_route.items(), key=lambda x: -x[1])] or ["  none"]
    lines += ["", "Replies by route (declines are no_answer):"]
    lines += [f"  {n:>4}  {r}" for r, n in sorted(report.replies_by_route.items(), key=lambda x: -x[1])] or ["  none"]
    return "\n".join(lines)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
