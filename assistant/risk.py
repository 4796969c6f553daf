"""A second crisis check behind the rules: a linear classifier over the embedding model's sentence vectors.

The rule screen (safety.py) only knows the wordings someone wrote down; each blind set written for it found new
ones ("ketamine was my last card", a rope "just to look at"). This check scores every sentence of a message with
weights fitted on the labelled safety sets, so a new wording near known crisis messages still gets crisis
resources. It only ever adds crisis replies, never removes one, and its threshold is set high so ordinary
questions are not caught (BENCHMARKS.md). Weights are stored per embedding model, like calibration.json.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .calibration import read_table, write_entry
from .chunking import sentence_spans

RISK_FILE = Path(__file__).with_name("risk_model.json")
THRESHOLD = 0.95  # chosen on a blind set the weights had not seen: no false alarm on 126 ordinary messages
L2 = 0.0005


@dataclass(frozen=True, slots=True)
class RiskModel:
    """P(crisis) = sigmoid(weights · sentence_vector + bias); a message's risk is its riskiest sentence's."""

    model: str
    weights: tuple[float, ...]
    bias: float
    threshold: float = THRESHOLD
    source: str = ""

    @classmethod
    def for_model(cls, model: str, path: Path = RISK_FILE) -> RiskModel | None:
        """The stored weights for this embedding model, or None (the rules alone screen then)."""
        stored = read_table(path, "the risk classifier is off").get(model)
        return cls(**{**stored, "weights": tuple(stored["weights"])}) if stored else None

    def probability(self, vectors: np.ndarray) -> float:
        """The highest crisis probability among the given sentence vectors (0 for none)."""
        if not len(vectors) or vectors.shape[1] != len(self.weights):
            return 0.0
        logits = vectors.astype(np.float64) @ np.asarray(self.weights) + self.bias
        return float((1 / (1 + np.exp(-logits))).max())

    def alarms(self, vectors: np.ndarray) -> bool:
        """Whether any sentence is a likely crisis message."""
        return self.probability(vectors) >= self.threshold


def sentences(text: str) -> list[str]:
    """Each sentence of a longer message, then the whole (risk is often one sentence inside a long message)."""
    parts = [p for p in (text[a:b].strip() for a, b in sentence_spans(text)) if p]
    return parts + [text] if len(parts) > 1 else [text]


def fit(model: str, vectors: np.ndarray, crisis: np.ndarray, source: str, threshold: float = THRESHOLD) -> RiskModel:
    """Class-balanced, L2-regularised logistic regression by gradient descent (a few seconds for ~1,500 rows)."""
    y = crisis.astype(np.float64)
    if y.min() == y.max():
        raise ValueError("the risk classifier needs both crisis and other messages")
    X = vectors.astype(np.float64)
    balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = balance * (p - y) / len(y)
        w -= 2.0 * (X.T @ g + L2 * w)
        b -= 2.0 * float(g.sum())
    return RiskModel(model, tuple(round(float(v), 6) for v in w), round(b, 6), threshold, source)


def save(risk: RiskModel, path: Path = RISK_FILE) -> None:
    """Store (or replace) one model's weights in the JSON file."""
    write_entry(path, risk.model, asdict(risk), indent=1)


def training_rows(safety_files: Sequence[Path], ordinary: Sequence[str] = ()) -> tuple[list[str], list[bool]]:
    """(text, is crisis) from labelled safety sets, plus ordinary messages (the question sets' in-scope questions).

    Emergencies are left out: they have their own rules and reply, and a classifier taught that "I took 40
    pills" is not a crisis would be wrong in a way that matters.
    """
    rows = [json.loads(line) for path in safety_files for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = [r for r in rows if r["category"] != "medical_emergency"]
    return ([r["text"] for r in rows] + list(ordinary),
            [r["category"] == "crisis_self_harm" for r in rows] + [False] * len(ordinary))
