"""Pure parts of `rivet eval answers`: matching, failure listing, calibration error, weight fitting."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from engine.confidence import Weights
from engine.evaluate import (
    _failed,
    calibration_floor,
    contains_all,
    expected_calibration_error,
    fit_weights,
    roc_auc,
    write_features,
)
from knowledge.questions import Question


def test_contains_all_is_case_insensitive_and_needs_every_string() -> None:
    assert contains_all("Set P2.03 to 12 S on the KD-400", ("p2.03", "12 s"))
    assert not contains_all("Set P2.03 to 12 s", ("p2.03", "20 s"))


@pytest.mark.parametrize(
    ("answerable", "escalated", "correct", "failed"),
    [
        (True, False, True, False),
        (True, True, True, True),
        (True, False, False, True),
        (False, True, False, False),
        (False, False, False, True),
    ],
)
def test_failures_are_wrong_answers_needless_escalations_and_answered_traps(
    answerable: bool, escalated: bool, correct: bool, failed: bool
) -> None:
    assert _failed({"answerable": answerable, "escalated": escalated, "correct": correct}) is failed


def test_calibration_error_is_zero_when_confidence_matches_accuracy_and_large_when_not() -> None:
    confidences = [0.25] * 4 + [0.75] * 4
    outcomes = [1, 0, 0, 0, 1, 1, 1, 0]
    assert expected_calibration_error(confidences, outcomes) == pytest.approx(0.0)
    assert expected_calibration_error([0.95] * 4, [0, 0, 0, 0]) == pytest.approx(0.95)


def test_fit_weights_learns_which_evidence_predicts_a_right_answer() -> None:
    rng = random.Random(3)
    rows, outcomes = [], []
    for _ in range(300):
        row = {k: rng.random() for k in Weights.features()}
        rows.append(row)
        outcomes.append(int(row["coverage"] + 0.1 * rng.random() > 0.55))
    weights = fit_weights(rows, outcomes)
    others = [abs(getattr(weights, k)) for k in Weights.features() if k != "coverage"]
    assert weights.coverage > 5 * max(others)


def test_roc_auc_on_hand_made_scores() -> None:
    # Perfect separation, perfect inversion, and no information at all.
    assert roc_auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]) == 1.0
    assert roc_auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]) == 0.0
    assert roc_auc([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0]) == 0.5
    # Pairs (pos, neg): (0.9, 0.7) win, (0.9, 0.4) win, (0.4, 0.7) loss, (0.4, 0.4) tie: 2.5 / 4.
    assert roc_auc([0.9, 0.4, 0.7, 0.4], [1, 1, 0, 0]) == pytest.approx(0.625)
    # 0.9 beats both negatives (2), 0.6 beats 0.2 and ties 0.6 (1.5), 0.3 beats 0.2 (1): 4.5 of 6 pairs.
    scores, labels = [0.9, 0.6, 0.3, 0.6, 0.2], [1, 1, 1, 0, 0]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in (0.9, 0.6, 0.3) for n in (0.6, 0.2))
    assert wins == 4.5 and roc_auc(scores, labels) == pytest.approx(wins / 6)
    assert roc_auc([0.3, 0.7], [1, 1]) is None and roc_auc([], []) is None


def test_the_evidence_dump_keeps_the_question_and_the_draft_for_offline_features(tmp_path: Path) -> None:
    """A candidate evidence feature (a soft word match, a cross-encoder score) is measured out of fold
    from the dump alone, without running the engine again: it needs the question and the quoted draft."""
    q = Question("q1", "hx30 seal torque", True, ("hx30.md",), ("25 N·m",), "fact")
    row = {
        "id": "q1",
        "question": q.question,
        "draft": "From the manuals (quoted, no AI summary):\n- Seal gland nuts: 25 N·m [1]",
        "kind": "fact",
        "answerable": True,
        "correct": True,
        "escalated": False,
        "confidence": 0.8,
        "rules": [],
        "cautions": ["value_kind"],
        "threshold": 0.64,
        "retrieved": ["hx30.md"],
        "answered_as": "hx30 seal torque",
        "pieces": ["4. Seals\nSeal gland nuts: 25 N·m"],
        "evidence": {"coverage": 1.0},
        "latency_ms": 12.0,
    }
    path = tmp_path / "dev.jsonl"
    write_features(path, [row], set_name="dev", questions=[q])
    (line,) = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert line["question"] == "hx30 seal torque" and line["draft"].endswith("25 N·m [1]")
    assert line["pieces"] == ["4. Seals\nSeal gland nuts: 25 N·m"]  # with its heading, as the evidence read it
    assert line["rules"] == [] and line["cautions"] == ["value_kind"]  # the soft rules apart from the hard ones
    assert line["sources"] == ["hx30.md"] and line["evidence"] == {"coverage": 1.0} and "latency_ms" not in line


def test_the_calibration_floor_is_what_a_calibrated_model_scores_by_chance_and_shrinks_with_the_set() -> None:
    # Certain confidences leave nothing to chance.
    assert calibration_floor([0.0] * 20 + [1.0] * 20) == 0.0
    small, large = [0.3, 0.6, 0.8] * 30, [0.3, 0.6, 0.8] * 300
    assert calibration_floor(small) == calibration_floor(small)  # seeded: the same floor every report
    assert 0.03 < calibration_floor(small) < 0.15
    assert calibration_floor(large) < calibration_floor(small) / 2
    assert calibration_floor([]) == 0.0
