"""A running app serves a newly published build within seconds, without a restart and without failed requests."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from server import NEW_ARTICLE, NEW_TEXT, AppServer, app_env, client, make_corpus, run_cli  # noqa: I001
from server import NEW_QUESTION as QUESTION  # noqa: I001

from assistant import Settings
from assistant.safety_text import SafetyText

SWAP_DEADLINE = 30.0


@pytest.fixture
def server(tmp_path: Path):
    make_corpus(tmp_path)
    app = AppServer.start(app_env(tmp_path, ASSISTANT_RELOAD_SECONDS="1"), tmp_path / "app.log")
    yield app
    app.stop()


def test_new_build_is_served_without_restart_or_errors(server: AppServer, tmp_path: Path) -> None:
    texts = SafetyText.load(Settings().safety_file)
    disclaimer, failure = texts.disclaimer(), texts.render("error")
    assert NEW_TEXT not in client(server).predict(QUESTION, api_name="/chat")

    replies: list[tuple[float, str]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def keep_asking() -> None:
        ask = client(server)
        while not stop.is_set():
            try:
                replies.append((time.monotonic(), ask.predict(QUESTION, api_name="/chat")))
            except BaseException as exc:  # noqa: BLE001 - every kind of failure is what this test looks for
                errors.append(exc)

    asker = threading.Thread(target=keep_asking, daemon=True)
    asker.start()
    try:
        (tmp_path / "corpus" / "esketamine-spray.md").write_text(NEW_ARTICLE, encoding="utf-8")
        built = run_cli(server.env, "build", "--json")
        assert built.returncode == 0, built.stderr
        published = time.monotonic()
        while time.monotonic() - published < SWAP_DEADLINE and not any(NEW_TEXT in r for _, r in replies):
            assert asker.is_alive() and not errors, errors
            time.sleep(0.1)
    finally:
        stop.set()
        asker.join(timeout=30)

    assert not errors, errors
    assert server.proc.poll() is None, "the app restarted or died"
    swapped = [at for at, reply in replies if NEW_TEXT in reply]
    assert swapped, f"no answer quoted the new build within {SWAP_DEADLINE}s; last: {replies[-1:]}"
    assert swapped[0] - published < SWAP_DEADLINE
    assert all(disclaimer in reply and failure not in reply for _, reply in replies)
    # once the new build is served, it stays served (no answer from an old cached build)
    first = next(i for i, (_, reply) in enumerate(replies) if NEW_TEXT in reply)
    assert all(NEW_TEXT in reply for _, reply in replies[first:])
