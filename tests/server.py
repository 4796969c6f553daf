"""Shared helpers for tests that run app.py or the CLI as real processes.

free_port, app_env, make_corpus, run_cli, AppServer (start app.py, wait until it answers, stop it) and client
(a gradio_client for a running AppServer). Imported as `from server import …`: pytest puts tests/ on sys.path
(rootdir-relative "prepend" import mode, tests/ has no __init__.py), the same way `from test_app import …` worked.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINI_CORPUS = Path(__file__).parent / "data" / "mini_corpus"
START_TIMEOUT = 90.0

__all__ = ["MINI_CORPUS", "ROOT", "START_TIMEOUT", "AppServer", "app_env", "client", "free_port", "make_corpus",
           "run_cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(root: Path, **extra: str) -> dict[str, str]:
    """Environment for app.py and the CLI over folders in `root`, with the fast fake model."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "GRADIO_"))}
    env.update({
        "ASSISTANT_CORPUS_DIR": str(root / "corpus"), "ASSISTANT_INDEX_DIR": str(root / "index"),
        "ASSISTANT_CACHE_DIR": str(root / "cache"), "ASSISTANT_DATA_DIR": str(root / "data"),
        "ASSISTANT_MODEL": "hashing-256", "ASSISTANT_MIN_SCORE": "0.15", "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_PORT": str(free_port()), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
        "PYTHONUNBUFFERED": "1", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    env.update(extra)
    return env


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(MINI_CORPUS, corpus)
    return corpus


def run_cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


@dataclass
class AppServer:
    """app.py running in its own process group; output goes to a log file the tests can read."""

    env: dict[str, str]
    proc: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.env['ASSISTANT_PORT']}/"

    @classmethod
    def start(cls, env: dict[str, str], log: Path, timeout: float = START_TIMEOUT) -> AppServer:
        with log.open("wb") as out:
            proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        server = cls(env, proc, log)
        try:
            server.wait_ready(timeout)
        except BaseException:
            server.stop()
            raise
        return server

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Return once the page answers 200; AssertionError (with the log) if the app exits or times out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"app.py exited with {self.proc.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"app.py did not answer within {timeout}s:\n{self.output()}")

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)


def client(server: AppServer):
    from gradio_client import Client

    return Client(server.url, verbose=False, download_files=False)


# An article that tests publish while the app runs, and the question only it answers.
NEW_ARTICLE = """---
title: Esketamine nasal spray
date: 2025-05-01
---
# Esketamine nasal spray

## Observation after the spray

After each esketamine spray session you stay at the clinic for two hours of observation.
"""
NEW_QUESTION = "How long is the observation after an esketamine spray session?"
NEW_TEXT = "two hours of observation"
