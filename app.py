"""The web chat: `python app.py` builds the index if needed and serves it on ASSISTANT_HOST:ASSISTANT_PORT."""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable

import gradio as gr

from assistant import Assistant, AssistantError, Settings, build_index
from assistant.answer import escape, follow_up, section_name, unescape
from assistant.chat import ChatService
from assistant.feedback import FeedbackStore

TITLE = "Ketamine & antidepressant FAQ assistant"
DESCRIPTION = ("I answer only by quoting the clinic's own articles. I'm an automated assistant, "
               "and nothing here is medical advice.")
CSS = """.message-wrap .message { font-size: 1rem; line-height: 1.45; overflow-wrap: anywhere; }
@media (max-width: 480px) { h1 { font-size: 1.5rem !important; margin-bottom: 0.5rem !important; } }"""
_PLAIN = re.compile(r"[\w ,.'’()/-]+")  # section names safe to show as example buttons


def visitor_text_chatbot(**options) -> gr.Chatbot:
    """A Chatbot that shows the visitor's own messages as text (their Markdown and HTML never render) while
    the conversation state keeps what they typed. Wrapped per instance: a gr.Chatbot subclass would make
    Gradio write an app.pyi stub next to this file."""
    bot = gr.Chatbot(**options)
    show, read = bot.postprocess, bot.preprocess
    bot.postprocess = lambda value: show([_map_user_text(m, escape) for m in value or []])
    bot.preprocess = lambda payload: [_map_user_text(m, unescape) for m in read(payload)]
    return bot


def _map_user_text(message, change: Callable[[str], str]):
    if not isinstance(message, dict) or message.get("role") != "user":
        return message
    content = message.get("content")
    if isinstance(content, str):
        return {**message, "content": change(content)}
    if isinstance(content, list):
        return {**message, "content": [{**c, "text": change(c["text"])} if isinstance(c, dict) and
                                       c.get("type") == "text" else c for c in content]}
    return message


def example_questions(service: ChatService, limit: int = 5) -> list[str]:
    """'What does the article say about <section>?' for the first plain section names of the index."""
    names: list[str] = []
    for chunk in service.assistant.index().chunks:
        name = section_name(chunk.section)
        if name and name != "Introduction" and name not in names and _PLAIN.fullmatch(name):
            names.append(name)
    return [follow_up(name) for name in names[:limit]]


def message_text(value) -> str:
    """The text of a chat message as the front end sends it in a like event (str, dict or list of parts)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("text") or message_text(value.get("content", ""))
    if isinstance(value, list | tuple):
        return "\n".join(message_text(v) for v in value)
    return ""


def visitor_messages(history) -> list[str]:
    """The visitor's earlier messages in the chat history the page sends (messages format), oldest first."""
    return [message_text(m.get("content", "")) for m in history or []
            if isinstance(m, dict) and m.get("role") == "user"]


def build_demo(service_factory: Callable[[], ChatService]) -> gr.Blocks:
    """The chat page; `chat` is also the API endpoint (gradio_client: predict(message, api_name="/chat"))."""
    service = service_factory()

    def chat(message: str, history: list, request: gr.Request) -> str:
        session = getattr(request, "session_hash", None) or ""
        return service.reply(message, session=session, earlier=visitor_messages(history)).reply

    def on_like(data: gr.LikeData) -> None:
        service.rate(message_text(data.value), data.liked is True)

    chatbot = visitor_text_chatbot(sanitize_html=True, render_markdown=True, allow_tags=False, height="70vh",
                                   feedback_options=("Like", "Dislike"), buttons=["copy"], show_label=False)
    demo = gr.ChatInterface(chat, chatbot=chatbot, title=TITLE, description=DESCRIPTION, api_name="chat",
                            examples=example_questions(service) or None, cache_examples=False,
                            concurrency_limit=4, analytics_enabled=False, fill_height=True)
    with demo:
        demo.chatbot.like(on_like, None, None, api_visibility="undocumented", queue=False)
    return demo


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("assistant").setLevel(logging.INFO)  # which build is served; never visitor text
    try:
        settings = Settings.from_env()
        assistant = Assistant.from_settings(settings)
        build_index(settings, assistant.embedder)  # a no-op when the published build is up to date
        assistant.index()
        threading.Thread(target=assistant.warm_up, daemon=True).start()
        service = ChatService(assistant, FeedbackStore(settings.data_dir, keep_questions=settings.log_questions))
        demo = build_demo(lambda: service)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        demo.launch(server_name=settings.host, server_port=settings.port, css=CSS, ssr_mode=False,
                    footer_links=["api"], show_error=False)
    except OSError as exc:
        print(f"error: cannot serve on {settings.host}:{settings.port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
