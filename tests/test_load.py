"""Load: 16 visitors at once through gradio_client, then the same while a new build is published.

Every reply must be complete (ends with the disclaimer), non-empty, the right kind for its message, and never the
"something went wrong" text; no request may raise or time out; the app must not log a failed answer.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

import pytest
from server import NEW_ARTICLE, NEW_QUESTION, NEW_TEXT, AppServer, app_env, client, make_corpus, run_cli

from assistant import Settings
from assistant.safety_text import SafetyText

pytestmark = pytest.mark.slow

USERS = 16
PER_USER = 10
REQUEST_TIMEOUT = 30.0  # one reply
PHASE_TIMEOUT = 60.0  # one whole round of load
TEXT = SafetyText.load(Settings().safety_file)
DISCLAIMER = TEXT.disclaimer()
FAILURE = TEXT.render("error")
LONG = ("How long do SSRIs take to work? " * 320)[:10_240]  # 10 KB, over max_question_chars
MARKUP = "<script>alert(1)</script> **bold** [x](javascript:alert(2)) <img src=x onerror=alert(3)> parking?"


def body(reply: str) -> str:
    return reply.rstrip()[: -len(DISCLAIMER)] if reply.rstrip().endswith(DISCLAIMER) else reply


# (message, what the reply must contain besides the disclaimer)
MIX: list[tuple[str, Callable[[str], bool], str]] = [
    ("How long do SSRIs take to work?", lambda r: "four to six weeks" in r, "quotes the SSRI article"),
    ("", lambda r: TEXT.render("empty_input") in r, "asks for a question"),
    ("I want to kill myself", lambda r: "988" in body(r), "gives the crisis line before the disclaimer"),
    (LONG, lambda r: TEXT.render("too_long", limit="2000") in r, "says the message is too long"),
    (MARKUP, lambda r: "<script" not in r.lower() and "<img" not in r.lower(), "returns no markup"),
    ("Is parking free for patients?", lambda r: "parking is free" in r, "quotes the parking article"),
    ("How often does a nurse check blood pressure during the infusion?", lambda r: "every fifteen minutes" in r,
     "quotes the infusion guide"),
    ("what is the weather on mars", lambda r: len(body(r).strip()) > 20, "declines with a body"),
]


@dataclass(frozen=True)
class Reply:
    user: int
    message: str
    started: float
    ended: float
    text: object


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("load")
    make_corpus(root)
    server = AppServer.start(app_env(root, ASSISTANT_RELOAD_SECONDS="1"), root / "app.log")
    try:
        yield server, root
    finally:
        server.stop()


def load(server: AppServer, *, until: threading.Event | None = None) -> tuple[list[Reply], list[str]]:
    """USERS threads, each its own gradio_client session, asking PER_USER messages from MIX (and, with `until`,
    going on until it is set). Returns the replies and every exception or timeout as text."""
    deadline = time.monotonic() + PHASE_TIMEOUT

    def user(n: int) -> list[Reply]:
        ask = client(server)
        replies: list[Reply] = []
        try:
            while len(replies) < PER_USER or (until is not None and not until.is_set()):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"user {n}: still asking after {PHASE_TIMEOUT}s")
                message = MIX[(n + len(replies)) % len(MIX)][0]
                started = time.monotonic()
                text = ask.submit(message, api_name="/chat").result(timeout=REQUEST_TIMEOUT)
                replies.append(Reply(n, message, started, time.monotonic(), text))
        finally:
            with contextlib.suppress(Exception):
                ask.close()
        return replies

    replies: list[Reply] = []
    errors: list[str] = []
    with ThreadPoolExecutor(max_workers=USERS) as pool:
        futures = [pool.submit(user, n) for n in range(USERS)]
        for future in futures:
            try:
                replies += future.result(timeout=PHASE_TIMEOUT + REQUEST_TIMEOUT + 30)
            except (Exception, FutureTimeout) as exc:  # noqa: BLE001 - any failure is what this test looks for
                errors.append(f"{type(exc).__name__}: {exc}"[:300])
    return replies, errors


def problems(replies: list[Reply]) -> list[str]:
    checks = {message: (check, what) for message, check, what in MIX}
    found = []
    for r in replies:
        text = r.text
        if not isinstance(text, str) or not text.strip():
            found.append(f"user {r.user}: empty or non-text reply {text!r:.80} to {r.message[:40]!r}")
        elif FAILURE in text:
            found.append(f"user {r.user}: the error reply to {r.message[:40]!r}")
        elif not text.rstrip().endswith(DISCLAIMER):
            found.append(f"user {r.user}: reply to {r.message[:40]!r} does not end with the disclaimer: "
                         f"{text[-120:]!r}")
        elif not checks[r.message][0](text):
            found.append(f"user {r.user}: reply to {r.message[:40]!r} should have {checks[r.message][1]}: "
                         f"{text[:160]!r}")
    return found


def assert_clean_log(server: AppServer) -> None:
    log = server.output()
    assert server.proc.poll() is None, f"the app died:\n{log[-3000:]}"
    for sign in ("Traceback", "answer failed", "unexpected failure"):
        assert sign not in log, log[-3000:]


def test_sixteen_users_at_once(app) -> None:
    server, _ = app
    began = time.monotonic()
    replies, errors = load(server)
    assert not errors, errors[:5]
    assert len(replies) == USERS * PER_USER
    assert not problems(replies), problems(replies)[:5]
    assert {r.message for r in replies} == {m for m, _, _ in MIX}
    assert_clean_log(server)
    assert time.monotonic() - began < PHASE_TIMEOUT


def test_sixteen_users_while_a_new_build_is_published(app) -> None:
    server, root = app
    index = root / "index"
    before = (index / "CURRENT").read_text().strip()
    built = threading.Event()
    outcome: dict[str, object] = {}

    def publish() -> None:
        try:
            time.sleep(1.0)  # let the load get going first
            (root / "corpus" / "esketamine-spray.md").write_text(NEW_ARTICLE, encoding="utf-8")
            outcome["build"] = run_cli(server.env, "build", "--json", timeout=60)
            outcome["at"] = time.monotonic()
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc
        finally:
            time.sleep(3.0)  # keep the load on across the reload (reload_seconds=1)
            built.set()

    builder = threading.Thread(target=publish, daemon=True)
    builder.start()
    replies, errors = load(server, until=built)
    builder.join(timeout=90)

    assert "error" not in outcome, outcome
    done = outcome["build"]
    assert done.returncode == 0, done.stderr
    after = (index / "CURRENT").read_text().strip()
    assert after != before
    assert not errors, errors[:5]
    assert len(replies) >= USERS * PER_USER
    assert not problems(replies), problems(replies)[:5]
    published = outcome["at"]
    # the load really overlapped the publish and the reload that follows it
    assert sum(r.started < published for r in replies) >= USERS
    assert sum(r.ended > published + 1 for r in replies) >= USERS
    assert_clean_log(server)

    ask = client(server)  # and the new build is what is served now
    deadline = time.monotonic() + 15
    while NEW_TEXT not in (reply := ask.predict(NEW_QUESTION, api_name="/chat")) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert NEW_TEXT in reply, reply


def test_load_checks_can_fail() -> None:
    """The reply checks reject an error reply, a cut-off reply and an answer without its quote."""
    good = Reply(0, MIX[0][0], 0, 0, f"> four to six weeks\n\n{DISCLAIMER}")
    assert not problems([good])
    bad = [Reply(0, MIX[0][0], 0, 0, f"{FAILURE}\n\n{DISCLAIMER}"), Reply(0, MIX[0][0], 0, 0, "> four to six"),
           Reply(0, MIX[0][0], 0, 0, DISCLAIMER), Reply(0, "", 0, 0, None),
           Reply(0, MARKUP, 0, 0, f"<img>{DISCLAIMER}")]
    assert len(problems(bad)) == len(bad)
