"""Conversations for the web chat: crisis stickiness per session, counters, feedback, and no tracebacks."""

from __future__ import annotations

import hashlib
import logging
import threading
import traceback
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .errors import AssistantError
from .feedback import FeedbackStore
from .pipeline import URGENT, Assistant
from .records import Answer

log = logging.getLogger(__name__)
MAX_REMEMBERED = 5000  # replies kept in memory (by hash) so a like/dislike can find what was shown


class ChatService:
    """What the Gradio app calls; holds no visitor text, only hashes of replies and session flags."""

    def __init__(self, assistant: Assistant, feedback: FeedbackStore) -> None:
        self.assistant = assistant
        self.feedback = feedback
        self._urgent_sessions: OrderedDict[str, None] = OrderedDict()
        self._shown: OrderedDict[str, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def reply(self, message: str, session: str = "", earlier: Sequence[str] = ()) -> Answer:
        """Answer one message; after a crisis or emergency, later replies start with the reminder.

        `earlier` are the visitor's messages before this one, oldest first (from the page, never stored here).
        """
        after_crisis = session in self._urgent_sessions
        message = message if isinstance(message, str) else ""
        earlier = tuple(m for m in earlier if isinstance(m, str)) if isinstance(earlier, list | tuple) else ()
        try:
            answer = self.assistant.ask(message, after_crisis=after_crisis, earlier=earlier)
        except AssistantError as exc:
            log.error("answer failed: %s", exc)  # the error, never the message
            answer = self._error(message, after_crisis)
        except Exception as exc:  # a visitor never sees a traceback; the log gets where, never their text
            log.error("unexpected failure while answering: %s at %s", type(exc).__name__, _where(exc))
            answer = self._error(message, after_crisis)
        self._remember(answer, session)
        return answer

    def rate(self, reply_text: str, liked: bool) -> bool:
        """Store a like/dislike for a reply shown earlier; False if that reply is no longer known."""
        answer = self._shown.get(_key(reply_text))
        if answer is None:
            return False
        try:
            self.feedback.record(answer, liked)
        except Exception:  # a lost rating must not break the page
            log.exception("could not store a rating")
            return False
        return True

    def _error(self, message: str, after_crisis: bool) -> Answer:
        composer = self.assistant.composer
        return composer.finish(message, "error", composer.text.render("error"), reminder=after_crisis)

    def _remember(self, answer: Answer, session: str) -> None:
        with self._lock:
            if answer.route in URGENT and session:
                self._urgent_sessions[session] = None
                _trim(self._urgent_sessions)
            # the visitor's text stays only as long as a rating may need it, and only if allowed
            self._shown[_key(answer.reply)] = answer if self.feedback.keep_questions else replace(answer, question="")
            _trim(self._shown)
        try:
            self.feedback.count(f"route:{answer.route}")
        except Exception:  # counting must never cost a visitor their reply
            log.exception("could not update the route counter")


def _where(exc: BaseException) -> str:
    """Where an exception was raised (file:line in function), without its message, which may quote the visitor."""
    frames = traceback.extract_tb(exc.__traceback__)
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames[-3:])) or "?"


def _key(reply_text: str) -> str:
    """The reply's identity; whitespace is normalised because the chat widget re-indents and trims text."""
    return hashlib.sha256(" ".join(str(reply_text).split()).encode("utf-8")).hexdigest()


def _trim(mapping: OrderedDict) -> None:
    while len(mapping) > MAX_REMEMBERED:
        mapping.popitem(last=False)
