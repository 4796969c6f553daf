"""When is a question covered? A logistic rule fitted per model on a labelled question set, stored as data."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .coverage import QueryFeatures

log = logging.getLogger(__name__)
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
UNCALIBRATED = 0.5  # cosine floor for a model nobody calibrated yet; `status` says so and how to fix it
MAX_FALSE_DECLINES = 0.05
DENSE_ONLY = (1.0, 0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Calibration:
    """score = weights · [dense, unknown_share, all_known, unknown_topics, 1]; covered when score >= threshold."""

    model: str
    weights: tuple[float, ...] = DENSE_ONLY
    threshold: float = UNCALIBRATED
    margin: float = 0.12  # a further passage's cosine must be within this of the first one's
    source: str = "uncalibrated default"

    @classmethod
    def for_model(cls, model: str, override: float = -1.0, path: Path = CALIBRATION_FILE) -> Calibration:
        """The stored calibration for this model; ASSISTANT_MIN_SCORE (>= 0) means a plain cosine floor."""
        if override >= 0:
            return cls(model, DENSE_ONLY, override, source="ASSISTANT_MIN_SCORE")
        stored = read_table(path).get(model)
        if not stored:
            return cls(model)
        stored["weights"] = tuple(stored["weights"])
        return cls(**stored)

    def score(self, features: QueryFeatures) -> float:
        """The calibrated coverage score of a question."""
        return float(np.dot(self.weights, features.vector()))

    def covered(self, features: QueryFeatures) -> bool:
        """Whether the articles answer this question well enough to quote them.

        A question naming a subject from topics.yaml that no article mentions ("cost", "dose") is never
        covered, however close its other words are: quoting a passage about ketamine in general would
        read as an answer about its price or dose.
        """
        return not features.listed and self.score(features) >= self.threshold


def fit(model: str, rows: list[tuple[QueryFeatures, bool]], source: str) -> Calibration:
    """Logistic regression on (features, in scope); the threshold keeps false declines <= 5 %.

    The cap alone would sit exactly on an in-scope question's score, so a question just like it would be
    declined or not by a rounding error; the threshold goes halfway down to the nearest decline below the cap.
    """
    X = np.array([f.vector() for f, _ in rows])
    y = np.array([1.0 if in_scope else 0.0 for _, in_scope in rows])
    if y.min() == y.max():
        raise ValueError("calibration needs both in-scope and decline questions")
    weights = np.zeros(X.shape[1])
    for _ in range(20000):  # plain gradient descent: 5 weights, ~100 rows, converges in well under a second
        p = 1 / (1 + np.exp(-X @ weights))
        weights -= 0.3 * (X.T @ (p - y) / len(y) + 0.001 * weights)
    scores, declines = np.sort(X[y == 1] @ weights), X[y == 0] @ weights
    cap = float(scores[int(MAX_FALSE_DECLINES * len(scores))])
    below = declines[declines < cap]
    threshold = (cap + float(below.max())) / 2 if len(below) else cap
    return Calibration(model, tuple(round(float(w), 4) for w in weights), round(threshold, 4), source=source)


def save(calibration: Calibration, path: Path = CALIBRATION_FILE) -> None:
    """Store (or replace) one model's calibration in the JSON file."""
    write_entry(path, calibration.model, asdict(calibration), indent=2)


def read_table(path: Path, unusable: str = "using uncalibrated thresholds") -> dict[str, dict]:
    """A JSON file of fields per embedding model; missing is empty, and so is broken (logged with `unusable`)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError:
        log.warning("%s is not valid JSON; %s", path, unusable)
        return {}


def write_entry(path: Path, model: str, fields: dict, *, indent: int) -> None:
    """Store (or replace) one model's fields in such a file, keeping the other models'."""
    data = read_table(path, "rewriting it")
    data[model] = fields
    path.write_text(json.dumps(data, indent=indent, sort_keys=True) + "\n", encoding="utf-8")
