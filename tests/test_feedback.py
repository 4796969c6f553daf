"""FeedbackStore (likes, dislikes, counters, the editors' report) and ChatService (sessions, ratings, failures)."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from assistant.chat import ChatService
from assistant.errors import IndexNotBuiltError
from assistant.feedback import FeedbackStore, format_report
from assistant.records import Answer, Chunk, Passage

QUESTION = "my private question about sertraline and my divorce"


def passage(article: str, ordinal: int, section: str) -> Passage:
    chunk = Chunk(article, ordinal, article.title(), section, "Some text.", 0, 10)
    return Passage(chunk, "Some text.", 0, 10, 0.9)


def answer(route: str = "answer", *passages: Passage, question: str = QUESTION) -> Answer:
    return Answer(question, route, "reply text", "disclaimer", passages, build_id="b1")


def stored_bytes(folder: Path) -> bytes:
    """Everything the store wrote, WAL and journal included."""
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


# --- FeedbackStore -------------------------------------------------------------------------------------------------

def test_report_groups_dislikes_by_passage_article_and_route(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    a1, a2, b1 = passage("a.md", 1, "Dosing"), passage("a.md", 2, "Side effects"), passage("b.md", 0, "Parking")
    store.record(answer("answer", a1, b1), liked=False)
    store.record(answer("answer", a1), liked=False)
    store.record(answer("medical_advice", a2), liked=False)
    store.record(answer("answer", b1), liked=True)
    for route in ("answer", "answer", "no_answer"):
        store.count(f"route:{route}")
    store.count("other")

    report = store.report()
    assert (report.likes, report.dislikes) == (1, 3)
    assert report.dislikes_by_passage[0] == {"id": "a.md#1", "article": "a.md", "section": "Dosing", "dislikes": 2}
    assert {p["id"]: p["dislikes"] for p in report.dislikes_by_passage} == {"a.md#1": 2, "a.md#2": 1, "b.md#0": 1}
    assert report.dislikes_by_article == {"a.md": 3, "b.md": 1}
    assert report.dislikes_by_route == {"answer": 2, "medical_advice": 1}
    assert report.replies_by_route == {"answer": 2, "no_answer": 1}

    text = format_report(report)
    assert "likes 1, dislikes 3" in text and "a.md#1" in text and "(Dosing)" in text
    assert json.loads(format_report(report, as_json=True))["dislikes_by_article"] == {"a.md": 3, "b.md": 1}


def test_empty_report(tmp_path: Path) -> None:
    report = FeedbackStore(tmp_path).report()
    assert (report.likes, report.dislikes, report.dislikes_by_passage, report.replies_by_route) == (0, 0, [], {})
    assert "none" in format_report(report)


def test_no_question_text_is_stored_by_default(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    store.record(answer("answer", passage("a.md", 1, "Dosing")), liked=False)
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT question FROM feedback").fetchall() == [(None,)]
    assert b"sertraline" not in stored_bytes(tmp_path)


def test_question_text_is_stored_only_when_enabled(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path, keep_questions=True)
    store.record(answer("answer", passage("a.md", 1, "Dosing")), liked=True)
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT question FROM feedback").fetchall() == [(QUESTION,)]


def test_the_store_survives_a_reopen(tmp_path: Path) -> None:
    FeedbackStore(tmp_path).record(answer("answer", passage("a.md", 1, "Dosing")), liked=False)
    FeedbackStore(tmp_path).count("route:answer")
    report = FeedbackStore(tmp_path).report()
    assert report.dislikes == 1 and report.replies_by_route == {"answer": 1}


# --- ChatService ---------------------------------------------------------------------------------------------------

@pytest.fixture
def service(assistant, tmp_path: Path) -> ChatService:
    return ChatService(assistant, FeedbackStore(tmp_path / "feedback"))


CRISIS = "I want to kill myself"
ORDINARY = "How long do SSRIs take to work?"


def test_crisis_makes_the_session_sticky(service: ChatService) -> None:
    reminder = service.assistant.composer.text.reminder()
    first = service.reply(CRISIS, session="a")
    assert first.route == "crisis"
    later = service.reply(ORDINARY, session="a")
    assert later.reply.startswith(reminder) and later.route == "answer"
    assert service.reply("", session="a").reply.startswith(reminder)  # every later reply, whatever the route
    assert not service.reply(ORDINARY, session="b").reply.startswith(reminder)
    assert not service.reply(ORDINARY, session="").reply.startswith(reminder)


def test_no_reminder_without_a_crisis(service: ChatService) -> None:
    reminder = service.assistant.composer.text.reminder()
    for _ in range(2):
        assert not service.reply(ORDINARY, session="a").reply.startswith(reminder)


def test_crisis_without_a_session_makes_nobody_sticky(service: ChatService) -> None:
    reminder = service.assistant.composer.text.reminder()
    service.reply(CRISIS, session="")
    assert not service.reply(ORDINARY, session="").reply.startswith(reminder)
    assert not service.reply(ORDINARY, session="x").reply.startswith(reminder)


@pytest.mark.parametrize("failure", [RuntimeError(f"boom: {QUESTION}"), IndexNotBuiltError(Path("/nowhere"))])
def test_a_failure_becomes_a_reply_with_the_disclaimer(service: ChatService, monkeypatch, caplog,
                                                       failure: Exception) -> None:
    def broken(question: str, *, after_crisis: bool = False) -> Answer:
        raise failure

    monkeypatch.setattr(service.assistant, "ask", broken)
    with caplog.at_level(logging.DEBUG):
        reply = service.reply(QUESTION, session="a")
    text = service.assistant.composer.text
    assert reply.route == "error"
    assert reply.reply == f"{text.render('error')}\n\n{text.disclaimer()}"
    assert "sertraline" not in caplog.text
    assert service.feedback.counters() == {"route:error": 1}


def test_a_failure_after_a_crisis_still_starts_with_the_reminder(service: ChatService, monkeypatch) -> None:
    service.reply(CRISIS, session="a")
    monkeypatch.setattr(service.assistant, "ask", lambda *a, **k: 1 / 0)
    reply = service.reply(ORDINARY, session="a")
    assert reply.route == "error"
    assert reply.reply.startswith(service.assistant.composer.text.reminder())
    assert reply.reply.endswith(service.assistant.composer.text.disclaimer())


def test_a_counter_failure_does_not_cost_the_reply(service: ChatService, monkeypatch) -> None:
    monkeypatch.setattr(service.feedback, "count", lambda name: 1 / 0)
    assert service.reply(ORDINARY, session="a").route == "answer"


def test_not_a_string_is_treated_as_empty(service: ChatService) -> None:
    reply = service.reply(None, session="a")  # type: ignore[arg-type]
    assert reply.route == "no_answer" and reply.reply.endswith(service.assistant.composer.text.disclaimer())


def test_rating_a_shown_reply_stores_its_passages_without_the_question(service: ChatService,
                                                                        tmp_path: Path) -> None:
    shown = service.reply(ORDINARY, session="a")
    assert shown.passages
    assert service.rate("  " + shown.reply.replace("\n\n", "\n \n") + "\n", liked=False)  # whitespace-insensitive
    assert not service.rate("a reply nobody was shown", liked=False)
    report = service.feedback.report()
    assert report.dislikes == 1
    assert [p["id"] for p in report.dislikes_by_passage] == [p.chunk.id for p in shown.passages]
    assert report.dislikes_by_route == {"answer": 1}
    assert report.replies_by_route == {"answer": 1}
    assert b"take to work" not in stored_bytes(tmp_path / "feedback")


def test_rating_keeps_the_question_only_when_enabled(assistant, tmp_path: Path) -> None:
    service = ChatService(assistant, FeedbackStore(tmp_path / "fb", keep_questions=True))
    shown = service.reply(ORDINARY, session="a")
    assert service.rate(shown.reply, liked=True)
    with sqlite3.connect(service.feedback.path) as db:
        assert db.execute("SELECT liked, question FROM feedback").fetchall() == [(1, ORDINARY)]


def test_a_storage_failure_while_rating_is_not_an_exception(service: ChatService, monkeypatch) -> None:
    shown = service.reply(ORDINARY, session="a")
    monkeypatch.setattr(service.feedback, "record", lambda answer, liked: 1 / 0)
    assert service.rate(shown.reply, liked=False) is False
