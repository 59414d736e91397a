"""`rivet eval oof` end to end on dumps written for it: the how-to shifts it fits and prints as the
engine reads them, and a clear error for a feature it does not know."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from engine import confidence as conf
from tests.cli_helpers import rivet


def _dump(path: Path, seed: int) -> None:
    """Questions whose coverage says "answerable" for value questions and the reverse for how-tos."""
    rng = np.random.default_rng(seed)
    lines = []
    for i in range(200):
        howto = i % 2 == 0
        answerable = bool(rng.random() < 0.6)
        evidence = {name: float(rng.random()) for name in conf.Weights.features()}
        evidence |= {"procedure": float(howto), "not_in_sources": 0.0}
        evidence["coverage"] = float(rng.normal(1.0 if answerable != howto else -1.0))
        lines.append(
            {
                "id": f"q{i}",
                "answerable": answerable,
                "correct": answerable,
                "escalated": False,
                "confidence": 0.5,
                "rules": [],
                "threshold": 0.6,
                "sources": [f"m{i % 10}.md"],
                "retrieved": [f"m{i % 10}.md"],
                "evidence": evidence,
            }
        )
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def _oof_args(tmp_path: Path) -> tuple[str, ...]:
    """`rivet eval oof` over two dumps written for it, on coverage and the how-to intercept, three folds."""
    dumps = [tmp_path / "one.jsonl", tmp_path / "two.jsonl"]
    for seed, dump in enumerate(dumps):
        _dump(dump, seed)
    return ("eval", "oof", *map(str, dumps), "--features", "coverage,procedure", "--folds", "3")


def test_eval_oof_fits_how_to_shifts_the_engine_can_load_and_refuses_unknown_ones(tmp_path: Path) -> None:
    args = _oof_args(tmp_path)

    plain = rivet(*args, "--howto", "none", cwd=tmp_path)
    shifted = rivet(*args, "--howto", "varying", cwd=tmp_path)
    bad = rivet(*args, "--howto", "coverage,bogus", cwd=tmp_path)
    unchosen = rivet(*args, "--howto", "vector_sim", cwd=tmp_path)
    intercept = rivet(*args, "--howto", "procedure", cwd=tmp_path)

    assert plain.returncode == 0 and shifted.returncode == 0, plain.stderr + shifted.stderr
    plain_result, result = json.loads(plain.stdout), json.loads(shifted.stdout)
    assert result["howto"] == ["coverage"] and plain_result["howto"] == []
    assert result["out_of_fold"]["all"]["auc"] > plain_result["out_of_fold"]["all"]["auc"] + 0.2
    weights = conf.Weights.from_mapping(result["fitted_on_all"]["weights"])
    assert weights.coverage > 0 > weights.coverage + dict(weights.howto)["coverage"]
    assert bad.returncode != 0 and "bogus" in bad.stderr and "Traceback" not in bad.stderr
    assert unchosen.returncode != 0 and "not among the chosen features" in unchosen.stderr
    assert intercept.returncode != 0 and "how-to intercept" in intercept.stderr


def test_eval_oof_picks_a_penalty_from_a_grid_and_refuses_a_bad_one(tmp_path: Path) -> None:
    args = _oof_args(tmp_path)

    picked = rivet(*args, "--l2-grid", "0.03,0.0001", cwd=tmp_path)
    zero = rivet(*args, "--l2-grid", "0,0.01", cwd=tmp_path)
    words = rivet(*args, "--l2-grid", "small,large", cwd=tmp_path)
    endless = rivet(*args, "--l2-grid", "0.01,inf", cwd=tmp_path)

    assert picked.returncode == 0, picked.stderr
    result = json.loads(picked.stdout)
    assert result["l2_grid"] == [0.0001, 0.03] and result["l2"] in (0.0001, 0.03)
    assert set(result["out_of_fold"]["l2_by_fold"]) <= {0.0001, 0.03} and len(result["out_of_fold"]["l2_by_fold"]) == 3
    for bad in (zero, words, endless):
        assert bad.returncode != 0 and "--l2-grid" in bad.stderr and "Traceback" not in bad.stderr


def test_eval_oof_scores_held_out_dumps_and_refuses_a_set_in_both(tmp_path: Path) -> None:
    args = _oof_args(tmp_path)
    later = tmp_path / "three.jsonl"
    _dump(later, 2)

    held = rivet(*args, "--howto", "varying", "--held-out", str(later), cwd=tmp_path)
    both = rivet(*args, "--held-out", str(tmp_path / "one.jsonl"), cwd=tmp_path)
    missing = rivet(*args, "--held-out", str(tmp_path / "none.jsonl"), cwd=tmp_path)
    twice = rivet(*args, "--held-out", str(later), "--held-out", str(later), cwd=tmp_path)

    assert held.returncode == 0, held.stderr
    result = json.loads(held.stdout)["held_out"]
    assert result["sets"] == ["three"]
    # The dumps' own confidences (0.5 everywhere) escalate everything at the step above them; the refit separates.
    assert result["as_run"]["threshold"] == 0.505 and result["as_run"]["all"]["false_escalation_rate"] == 1.0
    assert result["refit"]["all"]["auc"] > 0.8 > result["refit"]["all"]["false_escalation_rate"]
    assert both.returncode != 0 and "nothing of them is held out" in both.stderr and "Traceback" not in both.stderr
    assert missing.returncode != 0 and "none.jsonl" in missing.stderr and "Traceback" not in missing.stderr
    assert twice.returncode != 0 and "given twice" in twice.stderr and "Traceback" not in twice.stderr
