"""Shared fixtures: settings in tmp_path, the fake embedder, a built assistant, the real model."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # an accidental download fails fast instead of hanging

from assistant import Assistant, HashingEmbedder, Settings, build_index  # noqa: E402
from assistant.embedding import SentenceTransformerEmbedder  # noqa: E402

DATA = Path(__file__).parent / "data"
MINI_CORPUS = DATA / "mini_corpus"
PROJECT_CORPUS = Path(__file__).parent.parent / "corpus"


@pytest.fixture(autouse=True)
def _no_assistant_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("ASSISTANT_")]:
        monkeypatch.delenv(key)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the mini corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(MINI_CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path) -> Settings:
    return replace(Settings(), corpus_dir=corpus_dir, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache",
                   data_dir=tmp_path / "data", model="hashing-1024", min_score=0.25, reload_seconds=0.0)


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder(1024)


@pytest.fixture
def assistant(settings: Settings, embedder: HashingEmbedder) -> Assistant:
    build_index(settings, embedder)
    return Assistant.from_settings(settings, embedder)


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    embedder = SentenceTransformerEmbedder()
    try:
        _ = embedder.dim  # forces the load
    except Exception as exc:  # package missing or weights not on disk
        pytest.skip(f"real model not available offline: {exc}")
    return embedder


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Assistant:
    """The real model over the project's own corpus, built once per test session."""
    root = tmp_path_factory.mktemp("seed")
    settings = replace(Settings(), corpus_dir=PROJECT_CORPUS, index_dir=root / "index", cache_dir=root / "cache",
                       data_dir=root / "data")
    build_index(settings, real_embedder)
    return Assistant.from_settings(settings, real_embedder)
