"""The web app: app.py served in a subprocess and asked through gradio_client, plus the chat function in-process.

The process helpers (free_port, app_env, AppServer, …) live in tests/server.py, shared with the other
process-level tests.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from server import ROOT, AppServer, app_env, client, make_corpus  # noqa: I001  (shared helpers, tests/server.py)

from assistant import Settings
from assistant.chat import ChatService
from assistant.feedback import FeedbackStore
from assistant.safety_text import SafetyText


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("app")
    make_corpus(root)
    app = AppServer.start(app_env(root), root / "app.log")
    yield app
    app.stop()


@pytest.fixture(scope="module")
def disclaimer() -> str:
    return SafetyText.load(Settings().safety_file).disclaimer()


# --- through the network -------------------------------------------------------------------------------------------

def test_answer_has_quote_source_and_disclaimer(server: AppServer, disclaimer: str) -> None:
    reply = client(server).predict("How long do SSRIs take to work?", api_name="/chat")
    assert "> " in reply and "four to six weeks" in reply  # a block quote of the article
    assert "Source:" in reply and "SSRI basics" in reply
    assert reply.rstrip().endswith(disclaimer)


def test_empty_message_gets_the_disclaimer(server: AppServer, disclaimer: str) -> None:
    reply = client(server).predict("", api_name="/chat")
    assert "Please type a question" in reply
    assert disclaimer in reply


def test_script_in_question_comes_back_as_text(server: AppServer, disclaimer: str) -> None:
    reply = client(server).predict("<script>alert(1)</script> <img src=x onerror=alert(2)>", api_name="/chat")
    assert isinstance(reply, str) and disclaimer in reply
    assert "<script" not in reply.lower() and "<img" not in reply.lower()


def test_visitor_text_is_not_logged(server: AppServer) -> None:
    secret = "zebracorn quetiapine tuesday"
    client(server).predict(f"Is {secret} safe with SSRIs?", api_name="/chat")
    assert "zebracorn" not in server.output()


def test_startup_error_is_one_line_and_exit_1(tmp_path: Path) -> None:
    env = app_env(tmp_path)  # no corpus folder and no index: nothing to serve
    done = subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if not line.startswith(("INFO ", "WARNING "))]
    assert len(errors) == 1 and errors[0].startswith("error: ") and "corpus" in errors[0], done.stderr
    assert "Traceback" not in done.stderr + done.stdout


# --- in-process ----------------------------------------------------------------------------------------------------

@pytest.fixture
def demo_and_service(assistant):
    import app

    service = ChatService(assistant, FeedbackStore(assistant.settings.data_dir))
    return app.build_demo(lambda: service), service


def test_chat_function_in_process(demo_and_service, disclaimer: str) -> None:
    demo, service = demo_and_service
    assert demo.api_name == "chat"
    assert not (ROOT / "app.pyi").exists()  # Gradio writes stubs for Component subclasses; app.py has none
    reply = demo.fn("How long do SSRIs take to work?", [], SimpleNamespace(session_hash="a"))
    assert "four to six weeks" in reply and "Source:" in reply and reply.endswith(disclaimer)
    assert service.feedback.counters()["route:answer"] == 1


def test_chat_function_keeps_crisis_reminder_per_session(demo_and_service) -> None:
    demo, service = demo_and_service
    reminder = service.assistant.composer.text.reminder()
    first = demo.fn("I want to kill myself", [], SimpleNamespace(session_hash="a"))
    assert not first.startswith(reminder)
    assert demo.fn("How long do SSRIs take to work?", [], SimpleNamespace(session_hash="a")).startswith(reminder)
    assert not demo.fn("How long do SSRIs take to work?", [], SimpleNamespace(session_hash="b")).startswith(reminder)


def test_chat_function_reads_earlier_messages_from_the_history(demo_and_service) -> None:
    import app

    demo, _ = demo_and_service
    history = [{"role": "user", "content": "What happens at an infusion visit?"},
               {"role": "assistant", "content": "> A nurse checks your blood pressure every fifteen minutes."},
               {"role": "user", "content": [{"type": "text", "text": "thanks"}]}]
    reply = demo.fn("who checks my blood pressure during it?", history, SimpleNamespace(session_hash="c"))
    assert reply.startswith("Reading this as a follow-up about *infusion*:")
    assert app.visitor_messages(history) == ["What happens at an infusion visit?", "thanks"]
    assert app.visitor_messages(None) == []


def test_examples_come_from_section_names(demo_and_service) -> None:
    import app

    demo, service = demo_and_service
    questions = app.example_questions(service)
    assert 1 <= len(questions) <= 5
    assert "What does the article say about “How long they take”?" in questions
    assert [m["text"] for m in demo.examples_messages] == questions


def test_like_value_in_any_shape_finds_the_reply(demo_and_service) -> None:
    import app

    demo, service = demo_and_service
    reply = demo.fn("How long do SSRIs take to work?", [], SimpleNamespace(session_hash="a"))
    shown = inspect.cleandoc("\n\n" + reply + "\n")  # what gr.Chatbot does to text before showing it
    for value in (shown, [{"type": "text", "text": shown}], {"type": "text", "text": shown}):
        assert service.rate(app.message_text(value), False)
    report = service.feedback.report()
    assert report.dislikes == 3 and report.dislikes_by_passage[0]["article"] == "ssri-basics.md"
    assert not service.rate("a reply that was never shown", True)


def test_visitor_bubble_is_escaped_and_state_keeps_the_raw_text() -> None:
    import app

    bot = app.visitor_text_chatbot(render=False)
    history = [{"role": "user", "content": "<b>hi</b> *x*"}, {"role": "assistant", "content": "**bold** answer"}]
    shown = bot.postprocess(history)
    user, answer = (m.content[0].text for m in shown.root)
    assert "<b>" not in user and "\\<b\\>" in user
    assert answer == "**bold** answer"  # the composer's Markdown is kept
    assert [m["content"][0]["text"] for m in bot.preprocess(shown)] == ["<b>hi</b> *x*", "**bold** answer"]


