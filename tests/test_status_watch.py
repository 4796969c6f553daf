"""status warnings, build --watch, and the promise that importing the package loads no model."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from assistant import HashingEmbedder, Settings, build_index
from assistant.safety_text import SafetyText
from assistant.store import current_build
from assistant.watch import _build_once, watch_corpus

ROOT = Path(__file__).parent.parent


def test_importing_the_package_loads_neither_torch_nor_the_model() -> None:
    code = ("import sys, assistant, assistant.pipeline, assistant.cli, assistant.build; "
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_status_warns_about_crisis_lines_older_than_180_days() -> None:
    text = SafetyText.load(Settings().safety_file)
    assert text.stale_entries(date(2026, 12, 1)) == []
    warnings = text.stale_entries(date(2027, 12, 1))
    assert warnings and any("US" in w for w in warnings)


def test_watch_rebuilds_after_a_change(settings: Settings) -> None:
    reports = []
    worker = threading.Thread(
        target=watch_corpus, args=(settings, HashingEmbedder(1024), reports.append), kwargs={"stop_after": 1},
        daemon=True)
    worker.start()
    deadline = time.monotonic() + 20
    while not reports and time.monotonic() < deadline:
        time.sleep(0.05)
    first = current_build(settings.index_dir).name
    time.sleep(0.5)  # let the watcher settle before the edit
    (settings.corpus_dir / "new.md").write_text("# New\n\nA brand new article about bicycles.\n", encoding="utf-8")
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert len(reports) == 2 and reports[1].embedded == 1
    assert current_build(settings.index_dir).name != first


def test_a_failed_build_in_watch_mode_keeps_the_old_index(settings: Settings) -> None:
    build_index(settings, HashingEmbedder(1024))
    good = current_build(settings.index_dir).name
    for path in settings.corpus_dir.rglob("*.*"):
        path.unlink()
    reports = []
    _build_once(settings, HashingEmbedder(1024), reports.append)  # logs the error, raises nothing
    assert reports == [] and current_build(settings.index_dir).name == good
