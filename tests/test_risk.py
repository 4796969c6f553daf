"""The crisis classifier behind the rules: fitting, storage, sentences, and its place in the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, HashingEmbedder, Settings, build_index
from assistant.cli import main
from assistant.risk import RiskModel, fit, save, sentences, training_rows

DATA = Path(__file__).parent / "data"


def _two_clusters(n: int = 40, dim: int = 8) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    centres = np.eye(dim)[:2]
    X = np.vstack([centres[i % 2] + 0.1 * rng.standard_normal(dim) for i in range(n)])
    return X / np.linalg.norm(X, axis=1, keepdims=True), np.array([i % 2 == 0 for i in range(n)])


def test_fit_separates_crisis_from_ordinary_vectors() -> None:
    X, y = _two_clusters()
    risk = fit("m", X, y, "synthetic", threshold=0.8)
    assert all(risk.alarms(x.reshape(1, -1)) for x in X[y]) and not any(risk.alarms(x.reshape(1, -1)) for x in X[~y])
    assert risk.probability(X[~y][:3]) < 0.2 < 0.8 < risk.probability(np.vstack([X[~y][:3], X[y][:1]]))
    with pytest.raises(ValueError):
        fit("m", X, np.zeros(len(X), dtype=bool), "one class only")


def test_probability_of_no_vectors_or_another_dimension_is_zero() -> None:
    risk = RiskModel("m", (1.0, 0.0), 5.0)
    assert risk.probability(np.zeros((0, 2))) == 0.0 and risk.probability(np.ones((1, 3))) == 0.0


def test_weights_are_stored_per_model_and_missing_or_broken_files_turn_it_off(tmp_path: Path) -> None:
    path = tmp_path / "risk.json"
    assert RiskModel.for_model("m", path) is None
    save(RiskModel("m", (0.5, -0.5), 0.1, 0.9, "sets"), path)
    save(RiskModel("other", (1.0, 1.0), 0.0), path)
    assert RiskModel.for_model("m", path) == RiskModel("m", (0.5, -0.5), 0.1, 0.9, "sets")
    assert RiskModel.for_model("unknown", path) is None
    path.write_text("{not json", encoding="utf-8")
    assert RiskModel.for_model("m", path) is None


def test_sentences_are_scored_one_by_one_and_together() -> None:
    assert sentences("How long is an infusion?") == ["How long is an infusion?"]
    long = "My insurance changed. Sometimes I think about the curve by the quarry. Do you take Aetna?"
    assert sentences(long) == ["My insurance changed.", "Sometimes I think about the curve by the quarry.",
                               "Do you take Aetna?", long]


def test_training_rows_leave_out_emergencies_and_count_questions_as_ordinary(tmp_path: Path) -> None:
    safety = tmp_path / "s.jsonl"
    safety.write_text("\n".join(json.dumps(r) for r in [
        {"text": "no point anymore", "category": "crisis_self_harm"},
        {"text": "I took 40 pills", "category": "medical_emergency"},
        {"text": "how long is a session", "category": "normal_faq"}]) + "\n", encoding="utf-8")
    assert training_rows([safety], ["what is ketamine"]) == (
        ["no point anymore", "how long is a session", "what is ketamine"], [True, False, False])


def _risky(embedder: HashingEmbedder, text: str) -> RiskModel:
    """Weights that fire on one sentence's fake vector only."""
    direction = embedder.embed_documents([text])[0]
    return RiskModel(embedder.name, tuple(float(v) * 40 for v in direction), -30.0, 0.95, "test")


def test_a_sentence_the_classifier_flags_gets_the_crisis_reply(settings: Settings, embedder: HashingEmbedder) -> None:
    build_index(settings, embedder)
    plain = Assistant.from_settings(settings, embedder)
    message = "Everything is grey nothing forever and the quarry curve keeps calling."
    assert plain.risk is None and plain.ask(message).route != "crisis"
    guarded = Assistant(settings, embedder, plain.composer.text, plain.calibration, _risky(embedder, message))
    answer = guarded.ask(message)
    assert answer.route == "crisis" and answer.passages == () and answer.disclaimer in answer.reply
    assert answer.decision is not None and answer.decision.signals == ("risk_model",)
    buried = f"My insurance changed twice this year. {message} Anyway, do you take Aetna?"
    assert guarded.ask(buried).route == "crisis"  # one sentence of a long message is enough
    assert guarded.ask("How long do SSRIs take to work?").route == "answer"


def test_train_risk_command_fits_and_stores_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import assistant.risk as risk_module
    monkeypatch.setattr(risk_module, "RISK_FILE", tmp_path / "risk.json")
    monkeypatch.setattr("assistant.cli.make_embedder", lambda *a, **k: HashingEmbedder())
    code = main(["train-risk", "--safety", str(DATA / "safety" / "messages.dev.jsonl"),
                 "--questions", str(DATA / "seed_questions.jsonl"), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["crisis"] == 19 and summary["messages"] == 56 + 35
    assert RiskModel.for_model(HashingEmbedder().name, tmp_path / "risk.json") is not None


def test_train_risk_with_an_unreadable_file_says_what_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["train-risk", "--safety", str(tmp_path / "missing.jsonl")]) == 1
    assert "cannot read the training files" in capsys.readouterr().err

