"""`build --watch`: rebuild whenever files in the corpus folder change."""

from __future__ import annotations

import logging
from collections.abc import Callable

from watchfiles import watch

from .build import BuildReport, build_index
from .config import Settings
from .embedding import Embedder
from .errors import AssistantError

log = logging.getLogger(__name__)


def watch_corpus(settings: Settings, embedder: Embedder, report: Callable[[BuildReport], None],
                 *, stop_after: int | None = None) -> int:
    """Build now, then after every burst of changes; a failed build is reported and the old one kept."""
    _build_once(settings, embedder, report)
    # watchfiles groups a burst of saves into one event set (debounce), so one edit means one build.
    for builds, _changes in enumerate(watch(settings.corpus_dir, debounce=800, step=200), 1):
        _build_once(settings, embedder, report)
        if stop_after is not None and builds >= stop_after:
            break
    return 0


def _build_once(settings: Settings, embedder: Embedder, report: Callable[[BuildReport], None]) -> None:
    try:
        report(build_index(settings, embedder))
    except AssistantError as exc:
        log.error("build failed, still serving the previous index: %s", exc)
