"""The build being served: the published index, swapped for a newer one without a restart."""

from __future__ import annotations

import logging
import threading
import time

from . import store
from .config import Settings
from .retrieval import LoadedIndex

log = logging.getLogger(__name__)


class ServedIndex:
    """Holds the current build and reloads it when the index folder's CURRENT pointer changes."""

    def __init__(self, settings: Settings, model: str) -> None:
        self.settings = settings
        self.model = model
        self._index: LoadedIndex | None = None
        self._pointer: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def get(self) -> LoadedIndex:
        """The current build, reloaded when CURRENT changes (checked every reload_seconds)."""
        now = time.monotonic()
        if self._index is not None and now - self._checked < self.settings.reload_seconds:
            return self._index
        with self._lock:
            self._checked = now
            pointer = _read_pointer(self.settings)
            if self._index is None or pointer != self._pointer:
                self._swap(pointer)
        assert self._index is not None
        return self._index

    def _swap(self, pointer: str | None) -> None:
        try:
            fresh = LoadedIndex.load(self.settings.index_dir, expected_model=self.model)
        except Exception as exc:  # whatever is wrong with the new build, the one in memory still works
            if self._index is None:
                raise
            log.warning("a newer build could not be loaded (%s); still serving %s", type(exc).__name__,
                        self._index.build_id)
            self._pointer = pointer  # do not retry the same broken build on every request
            return
        self._index, self._pointer = fresh, pointer
        log.info("serving build %s", fresh.build_id)


def _read_pointer(settings: Settings) -> str | None:
    try:
        return (settings.index_dir / store.CURRENT).read_bytes().decode("utf-8", "replace").strip()
    except OSError:
        return None
