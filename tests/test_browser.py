"""The chat page in Debian's chromium: one bubble per answer, no script ever runs, readable on a phone, dislikes stored.

Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from server import AppServer, app_env, make_corpus, run_cli  # noqa: I001  (shared helpers, tests/server.py)

from assistant import Settings
from assistant.safety_text import SafetyText

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ANSWER_TIMEOUT = 30_000  # ms

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is missing: apt-get install -y chromium"),
]

PAYLOAD_MD = """---
title: Aftercare <img src=x class=injected onerror="alert('md title')">
date: 2025-04-01
---
# Aftercare <img src=x class=injected onerror=alert('md heading')>

## Resting after the infusion <script>alert('md section')</script>

Plan to rest for the remainder of the day after the infusion. <script>alert('md body')</script> Someone must drive \
you home, <img src=x class=injected onerror=alert('md img')> because driving is not safe that day.
"""
PAYLOAD_HTML = """<html><head><title>Nasal spray &lt;img src=x class=injected onerror=alert('html title')&gt;</title>
</head><body><h1>Nasal spray</h1><h2>Sitting after the dose</h2>
<p>Patients stay seated for two hours after the nasal spray dose. &lt;script&gt;alert('html body')&lt;/script&gt;
Staff check blood pressure twice.</p></body></html>
"""
QUESTION_PAYLOAD = "<script>alert('question')</script><img src=x class=injected onerror=alert('question img')> hi"
INJECTED = "script:not([src]):not([type]), img[src='x'], .injected, [onerror]"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("browser")
    corpus = make_corpus(root)
    (corpus / "aftercare.md").write_text(PAYLOAD_MD, encoding="utf-8")
    (corpus / "spray.html").write_text(PAYLOAD_HTML, encoding="utf-8")
    app = AppServer.start(app_env(root), root / "app.log")
    yield app
    app.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: AppServer):
    """A fresh tab (its own Gradio session) that records every dialog a script opens."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server.url)
    tab.locator("textarea").first.wait_for(timeout=ANSWER_TIMEOUT)
    yield tab
    context.close()


@pytest.fixture(scope="module")
def disclaimer() -> str:
    return SafetyText.load(Settings().safety_file).disclaimer()


def ask(page, question: str):
    """Send a question and return the locator of the new bot bubble once its answer is complete."""
    before = page.locator("[data-testid='bot']").count()
    box = page.locator("textarea").first
    box.fill(question)
    box.press("Enter")
    bubble = page.locator("[data-testid='bot']").nth(before)
    bubble.wait_for(timeout=ANSWER_TIMEOUT)
    page.wait_for_function("() => { const t = document.querySelector('textarea'); return t && !t.disabled; }",
                           timeout=ANSWER_TIMEOUT)
    return bubble


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def assert_nothing_ran(page) -> None:
    page.wait_for_timeout(300)  # let any injected image fail to load and fire its handler
    assert page.dialogs == []
    assert page.locator(f".message-wrap :is({INJECTED})").count() == 0


def test_answer_is_one_bubble_with_quote_source_and_disclaimer(page, disclaimer: str) -> None:
    bubble = ask(page, "How long do SSRIs take to work?")
    assert page.locator("[data-testid='bot']").count() == 1
    assert bubble.locator("blockquote").count() >= 1
    text = bubble.inner_text()
    assert "four to six weeks" in text and "Source:" in text and "SSRI basics" in text
    assert disclaimer in " ".join(text.split())
    shot(page, "answer-390.png")


def test_a_follow_up_borrows_the_subject_of_the_question_before(page, disclaimer: str) -> None:
    ask(page, "What happens at an infusion visit?")
    bubble = ask(page, "who checks my blood pressure during it?")  # the page sends the history with it
    text = " ".join(bubble.inner_text().split())
    assert text.startswith("Reading this as a follow-up about infusion:")
    assert bubble.locator("blockquote").count() >= 1 and disclaimer in text


def test_disclaimer_visible_at_phone_width(page, disclaimer: str) -> None:
    bubble = ask(page, "What are common side effects of SSRIs?")
    words = disclaimer.split()
    line = bubble.get_by_text(" ".join(words[:6]), exact=False)
    line.scroll_into_view_if_needed()
    assert line.is_visible()
    box, width = line.bounding_box(), page.viewport_size["width"]
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling


def test_question_payload_is_shown_as_text_and_never_runs(page) -> None:
    ask(page, QUESTION_PAYLOAD)
    user = page.locator("[data-testid='user']").last
    assert "<script>alert('question')</script>" in user.inner_text()
    assert_nothing_ran(page)
    shot(page, "question-payload-390.png")


def test_article_payload_is_shown_as_text_and_never_runs(page) -> None:
    md = ask(page, "Who drives me home after the infusion?").inner_text()
    html = ask(page, "How long do patients stay seated after the nasal spray?").inner_text()
    assert "<script>alert('md body')</script>" in md
    assert "<script>alert('html body')</script>" in html
    assert_nothing_ran(page)
    shot(page, "article-payload-390.png")


def test_article_titles_in_a_decline_never_run(page) -> None:
    text = ask(page, "xyzzy plugh frobnicate").inner_text()  # nothing matches: the decline lists the titles
    assert "Aftercare" in text
    assert_nothing_ran(page)


def test_dislike_reaches_the_editors_report(page, server: AppServer) -> None:
    bubble = ask(page, "How long do SSRIs take to work?")
    assert page.get_by_role("button", name="Dislike").count() == 1
    page.get_by_role("button", name="Dislike").last.click()  # the answer's own dislike button (one answer)
    deadline, report = time.monotonic() + 30, {}
    while time.monotonic() < deadline:
        done = run_cli(server.env, "feedback", "--json", timeout=60)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        if report["dislikes"]:
            break
        time.sleep(0.3)
    assert report["dislikes"] == 1, report
    assert [p["article"] for p in report["dislikes_by_passage"]] == ["ssri-basics.md"]
    assert report["dislikes_by_passage"][0]["id"].startswith("ssri-basics.md#")
    assert "four to six weeks" in bubble.inner_text()
