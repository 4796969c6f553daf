"""The user-facing error family: every message ends with what to do next."""

from __future__ import annotations

from pathlib import Path

REBUILD_HINT = "Run: python -m assistant build"


class AssistantError(Exception):
    """Base class for anything a user or editor can act on; the CLI and the web app render these."""


class ConfigError(AssistantError):
    """A setting (usually an ASSISTANT_* environment variable) has a bad value."""


class CorpusError(AssistantError):
    """The corpus folder is missing or holds nothing that can be indexed."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexNotBuiltError(AssistantError):
    """No usable index exists in the index folder."""

    def __init__(self, index_dir: Path, detail: str = "no index has been built yet") -> None:
        super().__init__(f"The index in {index_dir} cannot be used: {detail}. {REBUILD_HINT}")
        self.index_dir = index_dir


class IndexMismatchError(AssistantError):
    """The index on disk was built with other settings than the ones configured now."""

    def __init__(self, what: str, built_with: object, configured: object) -> None:
        fix = f" (or set ASSISTANT_MODEL back to {built_with!r})" if what == "model" else ""
        super().__init__(
            f"The index was built with {what} {built_with!r} but {configured!r} is expected. {REBUILD_HINT}{fix}"
        )
        self.what = what
        self.built_with = built_with
        self.configured = configured


class ModelLoadError(AssistantError):
    """The embedding model could not be loaded from disk."""
