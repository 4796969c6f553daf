"""Follow-ups: a short question that leans on an earlier one ("is it safe?") is searched with that one's subject."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.chat import ChatService
from assistant.evaluation import load_questions
from assistant.feedback import FeedbackStore
from assistant.followup import leans_on_previous, subjects, vocabulary, with_subject

KNOWN = vocabulary(frozenset({"ketamin", "ssri", "infus", "glutam"}), ["zoloft", "spravato"])
NOTE = "Reading this as a follow-up about"


@pytest.mark.parametrize("question", ["is it safe?", "And for anxiety?", "what about side effects",
                                      "Seems to me she'd just end up hooked on it. Is that a real risk or not?",
                                      "could he get addicted to that"])
def test_a_short_question_that_points_back_leans_on_the_one_before(question: str) -> None:
    assert leans_on_previous(question, KNOWN)


@pytest.mark.parametrize("question", ["is ketamine safe?", "does Zoloft cause weight gain",  # names its own subject
                                      "how long do side effects last",  # nothing points back
                                      "it " + "word " * 30])  # a long message carries its own context
def test_a_question_with_its_own_subject_or_nothing_pointing_back_does_not(question: str) -> None:
    assert not leans_on_previous(question, KNOWN)


def test_subjects_are_the_uncommon_words_the_articles_know_as_written_each_once() -> None:
    assert subjects("My GP said Ketamine works on glutamate, unlike her Zoloft. Is ketamine safe?", KNOWN) == (
        "Ketamine", "glutamate", "Zoloft")
    assert subjects("What time do you open on Saturday?", KNOWN) == ()
    assert with_subject("is it safe? ", ("ketamine",)) == "is it safe? (ketamine)"


def test_a_follow_up_is_answered_with_the_earlier_subject_and_says_so(assistant: Assistant, disclaimer: str) -> None:
    answer = assistant.ask("who checks my blood pressure during it?", earlier=["What happens at an infusion visit?"])
    assert answer.route == "answer" and answer.reply.startswith(f"{NOTE} *infusion*:")
    assert "A nurse checks your blood pressure" in answer.passages[0].text and answer.reply.endswith(disclaimer)
    assert answer.question == "who checks my blood pressure during it?"  # the borrowed subject is only searched


def test_the_subject_comes_from_the_latest_earlier_message_that_has_one(assistant: Assistant) -> None:
    earlier = ["What are the side effects of SSRIs?", "What happens at an infusion visit?", "thanks, and"]
    answer = assistant.ask("who checks my blood pressure during it?", earlier=earlier)
    assert f"{NOTE} *infusion*:" in answer.reply


def test_without_earlier_messages_or_with_its_own_subject_nothing_is_borrowed(assistant: Assistant) -> None:
    alone = assistant.ask("who checks my blood pressure during it?")
    assert alone.route == "answer" and NOTE not in alone.reply
    own = assistant.ask("How long do SSRIs take to work?", earlier=["What happens at an infusion visit?"])
    assert NOTE not in own.reply and "four to six weeks" in own.passages[0].text


def test_a_follow_up_the_articles_do_not_cover_is_still_declined(assistant: Assistant) -> None:
    answer = assistant.ask("and how much do they cost?", earlier=["Do SSRIs help?"])
    assert answer.route == "no_answer" and not answer.passages and NOTE not in answer.reply


def test_a_crisis_follow_up_gets_the_crisis_reply(assistant: Assistant) -> None:
    answer = assistant.ask("honestly I just want to die, does it help with that?", earlier=["Do SSRIs help?"])
    assert answer.route == "crisis" and not answer.passages and NOTE not in answer.reply


def test_the_chat_service_passes_earlier_messages_and_ignores_odd_ones(assistant: Assistant) -> None:
    service = ChatService(assistant, FeedbackStore(assistant.settings.data_dir))
    reply = service.reply("who checks my blood pressure during it?", "s", ["What happens at an infusion visit?"])
    assert reply.reply.startswith(NOTE)
    assert NOTE not in service.reply("who checks my blood pressure during it?", "s", "not a list").reply


def test_eval_reads_earlier_messages_from_after(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    rows = [{"question": "is it safe?", "decline": True, "after": ["What is ketamine?", "And SSRIs?"]},
            {"question": "is it safe?", "decline": True, "after": "What is ketamine?"},
            {"question": "is it safe?", "decline": True}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [q.after for q in load_questions(path)] == [("What is ketamine?", "And SSRIs?"), ("What is ketamine?",), ()]


@pytest.fixture
def disclaimer(assistant: Assistant) -> str:
    return assistant.composer.text.disclaimer()
