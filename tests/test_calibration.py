"""The decline rule: fitted on labelled questions, stored per model, read back."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.calibration import MAX_FALSE_DECLINES, Calibration, fit, save
from assistant.coverage import QueryFeatures


def _rows(seed: int = 0) -> list[tuple[QueryFeatures, bool]]:
    """In-scope questions close to a passage, declines far from every passage, with some overlap."""
    rng = np.random.default_rng(seed)
    inside = [(QueryFeatures(float(d), 0.0, True, 0), True) for d in rng.uniform(0.35, 0.8, 60)]
    outside = [(QueryFeatures(float(d), 1.0, False, 1), False) for d in rng.uniform(0.0, 0.4, 30)]
    return inside + outside


def test_fit_keeps_false_declines_under_the_cap_and_puts_the_threshold_in_the_gap() -> None:
    rows = _rows()
    fitted = fit("m", rows, "synthetic.jsonl")
    inside = sorted(fitted.score(f) for f, in_scope in rows if in_scope)
    outside = [fitted.score(f) for f, in_scope in rows if not in_scope]
    declined = sum(s < fitted.threshold for s in inside)
    assert declined <= MAX_FALSE_DECLINES * len(inside)
    # not on a question's score: halfway from the cap (the in-scope score at 5 %) down to the next decline
    cap = inside[int(MAX_FALSE_DECLINES * len(inside))]
    nearest_decline = max(s for s in outside if s < cap)
    assert abs(fitted.threshold - (cap + nearest_decline) / 2) < 1e-3
    assert nearest_decline < fitted.threshold < cap
    assert sum(s >= fitted.threshold for s in outside) < len(outside) / 2  # most declines are declined


def test_a_fitted_calibration_is_stored_per_model_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "calibration.json"
    fitted = fit("model-a", _rows(), "synthetic.jsonl")
    save(fitted, path)
    save(fit("model-b", _rows(1), "other.jsonl"), path)
    assert Calibration.for_model("model-a", path=path) == fitted
    assert Calibration.for_model("model-c", path=path) == Calibration("model-c")  # uncalibrated default
    floor = Calibration.for_model("model-a", 0.4, path=path)  # ASSISTANT_MIN_SCORE: a plain cosine floor
    assert floor.covered(QueryFeatures(0.41, 1.0, False, 3)) and not floor.covered(QueryFeatures(0.39, 0, True, 0))


def test_a_listed_topic_is_never_covered() -> None:
    calibration = Calibration("m", threshold=0.0)
    assert calibration.covered(QueryFeatures(0.9, 0.0, True, 0))
    assert not calibration.covered(QueryFeatures(0.9, 0.0, True, 0, listed=("cost",)))
