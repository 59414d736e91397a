"""Out-of-fold fitting (`rivet eval oof`): folds grouped by manual, the numpy logistic fit, the threshold,
and the evidence features it weighs, each on synthetic data written for it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from engine import confidence as conf
from engine.analysis import analyze_query
from engine.answer_types import Draft
from engine.logistic import fit_logistic, predict_logistic
from engine.messages import Citation
from engine.outoffold import (
    Record,
    Spec,
    choose_l2,
    choose_threshold,
    domain_offsets,
    false_escalation_at,
    fit,
    grouped_folds,
    held_out,
    load_records,
    manual_groups,
    out_of_fold,
    report,
    stepped_threshold,
    varying,
)
from knowledge.retriever import Passage
from rivet.errors import RivetError


def _record(
    rid: str,
    *,
    sources: tuple[str, ...] = (),
    retrieved: tuple[str, ...] = (),
    answerable: bool = True,
    correct: bool = True,
    set_name: str = "a",
    rules: tuple[str, ...] = (),
    threshold: float = 0.34,
    evidence: dict[str, float] | None = None,
) -> Record:
    return Record(
        set=set_name,
        id=rid,
        answerable=answerable,
        correct=correct,
        escalated=False,
        confidence=0.5,
        rules=rules,
        threshold=threshold,
        sources=sources,
        retrieved=retrieved,
        evidence=evidence or {"x": 0.0},
    )


def test_no_manual_has_questions_on_both_sides_of_any_fold() -> None:
    records = [_record(f"q{i}", sources=(f"m{i % 7}.md",)) for i in range(40)]
    # A question citing two manuals ties them into one group; traps go with the manual retrieved first.
    records.append(_record("bridge", sources=("m1.md", "m2.md")))
    records += [_record(f"t{i}", answerable=False, retrieved=(f"m{i % 9}.md", "m0.md")) for i in range(12)]
    records.append(_record("lost", answerable=False))  # nothing retrieved: a group of its own
    records += [_record(f"b{i}", sources=(f"m{i}.md",), set_name="b") for i in range(3)]  # same name, other set

    groups = manual_groups(records)
    for k in (2, 3, 5):
        folds = grouped_folds(groups, k)
        assert set(folds) == set(range(k))
        for f in range(k):
            test = {f"{r.set}/{m}" for r, fold in zip(records, folds, strict=True) if fold == f for m in r.manuals}
            fit_side = {f"{r.set}/{m}" for r, fold in zip(records, folds, strict=True) if fold != f for m in r.manuals}
            assert not test & fit_side, f"fold {f} of {k} shares {test & fit_side}"
    assert groups[records.index(records[40])] == groups[1] == groups[2]  # the bridge joined m1 and m2
    assert records[-4].manuals == ("question:lost",)
    assert groups[0] != groups[-3]  # a.m0 and b.m0 are different manuals of different sets


def test_folds_are_balanced_and_refuse_more_folds_than_groups() -> None:
    groups = [0] * 10 + [1] * 6 + [2] * 5 + [3] * 5 + [4]
    folds = grouped_folds(groups, 3)
    # Largest first, each to the emptiest fold: 10 | 6 | 5, the second 5 joins the 5, the 1 joins the 6.
    assert [folds.count(f) for f in range(3)] == [10, 7, 10]
    with pytest.raises(RivetError, match="5 manual groups cannot make 6 folds"):
        grouped_folds(groups, 6)
    with pytest.raises(RivetError, match="at least 2"):
        grouped_folds(groups, 1)


def test_logistic_fit_recovers_a_known_noisy_relation() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(6000, 3))
    true = np.array([0.5, 2.0, -3.0, 0.0])  # intercept, then one weight per feature; the third is noise
    y = (rng.random(6000) < predict_logistic(true, x)).astype(float)
    w = fit_logistic(x, y, l2=1e-6)
    assert w == pytest.approx(true, abs=0.2)


def test_logistic_fit_stays_finite_on_separable_data_and_separates_it() -> None:
    x = np.array([[0.1], [0.2], [0.3], [0.7], [0.8], [0.9]])
    y = np.array([0, 0, 0, 1, 1, 1])
    w = fit_logistic(x, y, l2=0.01)
    assert np.all(np.isfinite(w)) and w[1] > 0
    p = predict_logistic(w, x)
    assert np.all(p[:3] < 0.5) and np.all(p[3:] > 0.5)
    with pytest.raises(ValueError, match="want"):
        fit_logistic(x, y[:4])


def test_threshold_is_the_lowest_reaching_the_recall_aim() -> None:
    traps = [_record(f"t{i}", answerable=False) for i in range(10)]
    fired = [_record("r", answerable=False, rules=("unknown_code",))]
    answers = [_record(f"a{i}") for i in range(5)]
    records = traps + fired + answers
    conf_ = np.array([i / 10 for i in range(10)] + [0.99] + [0.95] * 5)
    spec = Spec(("x",), target_recall=0.9)
    # 11 traps, 0.9 of them is 10: the rule escalates one, so 9 of the 10 must fall below the threshold.
    t = choose_threshold(spec, records, conf_)
    assert 0.8 < t <= 0.8 + 1e-5
    # A stricter domain keeps its extra margin: its trap escalates at a lower threshold.
    strict = [_record("s", answerable=False, threshold=0.44)]
    t2 = choose_threshold(spec, answers * 3 + strict, np.array([0.95] * 15 + [0.5]))
    assert t2 == pytest.approx(0.4 + 1e-6)


def test_a_domain_offset_is_read_within_each_set_not_across_runs_at_other_defaults() -> None:
    # Set a ran at a default of 0.66, set b at 0.675 (a threshold raised between runs); each has an electrical-safety
    # question 0.095 stricter. Only those two are stricter domains.
    older = [_record(f"a{i}", set_name="a", threshold=0.66) for i in range(5)]
    newer = [_record(f"b{i}", set_name="b", threshold=0.675) for i in range(3)]
    strict = [_record("as", set_name="a", threshold=0.755), _record("bs", set_name="b", threshold=0.77)]
    offsets = domain_offsets(older + newer + strict)
    assert offsets.tolist() == pytest.approx([0.0] * 8 + [0.095, 0.095])
    # A set of mostly electrical-safety questions keeps them the stricter ones (the default is the lowest).
    mostly = [_record("c0", set_name="c", threshold=0.68)] + [
        _record(f"cs{i}", set_name="c", threshold=0.775) for i in range(3)
    ]
    assert domain_offsets(mostly).tolist() == pytest.approx([0.0, 0.095, 0.095, 0.095])


def test_the_stepped_threshold_is_the_lowest_grid_step_reaching_the_recall_aim() -> None:
    traps = [_record(f"t{i}", answerable=False) for i in range(10)]
    answers = [_record(f"a{i}") for i in range(5)]
    spec = Spec(("x",), target_recall=0.9)
    # Nine of ten traps must escalate: the ninth lowest sits at 0.6312, so 0.635 is the lowest step above it.
    conf_ = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.62, 0.6312, 0.9] + [0.95] * 5)
    assert stepped_threshold(spec, traps + answers, conf_) == 0.635
    # A trap just under a step needs only that step.
    conf_[8] = 0.6349
    assert stepped_threshold(spec, traps + answers, conf_) == 0.635
    conf_[8] = 0.635
    assert stepped_threshold(spec, traps + answers, conf_) == 0.64
    # A hair under a step (closer than choose_threshold's margin of 1e-6) still needs only that step.
    conf_[8] = 0.6349999
    assert stepped_threshold(spec, traps + answers, conf_) == 0.635
    # A stricter domain's trap escalates 0.095 higher; a trap a hard rule escalates needs no threshold.
    strict = [_record(f"s{i}", answerable=False, threshold=0.435) for i in range(9)]
    plain = [_record("p", threshold=0.34)]
    assert stepped_threshold(spec, strict + plain, np.array([0.7] * 9 + [0.9])) == 0.61
    fired = [_record(f"r{i}", answerable=False, rules=("unknown_code",)) for i in range(9)]
    assert stepped_threshold(spec, fired + traps[:1] + answers, np.array([0.99] * 10 + [0.95] * 5)) == 0.0


def test_held_out_sets_are_scored_by_the_refit_and_as_run_at_the_tuned_thresholds() -> None:
    tuning = _noisy(300, 1, 2.0, seed=8)
    # Newer sets, as the engine ran them with weights that knew nothing (confidence 0.5 everywhere).
    later = [replace(r, set="c" if i % 2 else "d") for i, r in enumerate(_noisy(200, 1, 2.0, seed=9))]
    spec = Spec(("x0",))
    result = held_out(spec, tuning, later)
    json.dumps(result)
    assert result["sets"] == ["d", "c"]
    refit, as_run = result["refit"], result["as_run"]
    assert {"all", "c", "d", "threshold", "false_escalation_at_recall"} <= set(refit) and set(refit) == set(as_run)
    # As run, every confidence is 0.5: the rule's threshold is the step above it, and everything escalates.
    assert as_run["threshold"] == 0.505
    assert as_run["all"]["escalation_recall"] == 1.0 and as_run["all"]["false_escalation_rate"] == 1.0
    # The refit separates the newer sets, at a threshold picked on the tuning sets alone.
    assert refit["all"]["auc"] > 0.9 and refit["all"]["escalation_recall"] >= 0.7
    assert refit["all"]["false_escalation_rate"] < 0.3
    assert round(refit["threshold"] / 0.005, 6).is_integer()
    # The held-out labels play no part in the fit or the threshold.
    flipped = [replace(r, answerable=not r.answerable, correct=not r.correct) for r in later]
    again = held_out(spec, tuning, flipped)["refit"]
    assert again["threshold"] == refit["threshold"]
    assert again["all"]["auc"] == pytest.approx(1 - refit["all"]["auc"], abs=1e-3)
    # A set in both is held out of nothing.
    with pytest.raises(RivetError, match="nothing of them is held out"):
        held_out(spec, tuning, [replace(r, set="a") for r in later])
    # The report carries it when asked, and not otherwise.
    assert report(spec, tuning, k=3, held=later)["held_out"] == result
    assert "held_out" not in report(spec, tuning, k=3)


def test_false_escalation_is_compared_at_a_fixed_recall() -> None:
    # Ten traps at 0.1..1.0 and ten answerable questions at 0.05..0.95: reaching recall 0.9 (9 traps) takes
    # a threshold just above 0.9, which escalates the nine answerable questions below it.
    traps = [_record(f"t{i}", answerable=False) for i in range(10)]
    answers = [_record(f"a{i}") for i in range(10)]
    conf_ = np.array([(i + 1) / 10 for i in range(10)] + [(i + 0.5) / 10 for i in range(10)])
    at = false_escalation_at(Spec(("x",)), traps + answers, conf_, recalls=(0.5, 0.9))
    assert at == {"0.5": 0.5, "0.9": 0.9}


def _synthetic(n: int = 120, seed: int = 1) -> list[Record]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        answerable = bool(rng.random() < 0.7)
        x = float(rng.normal(1.0 if answerable else -1.0))
        out.append(
            _record(
                f"s{i}",
                sources=(f"m{i % 12}.md",) if answerable else (),
                retrieved=(f"m{i % 12}.md",),
                answerable=answerable,
                correct=answerable,
                set_name="a" if i % 2 else "b",
                evidence={"x": x, "not_in_sources": 0.0},
            )
        )
    return out


def test_out_of_fold_confidences_of_a_fold_ignore_that_folds_labels() -> None:
    records = _synthetic()
    spec = Spec(("x",))
    folds = grouped_folds(manual_groups(records), 4)
    flipped = [
        _record(
            r.id,
            sources=r.sources,
            retrieved=r.retrieved,
            answerable=not r.answerable if folds[i] == 0 else r.answerable,
            correct=not r.correct if folds[i] == 0 else r.correct,
            set_name=r.set,
            evidence=r.evidence,
        )
        for i, r in enumerate(records)
    ]
    base, _, _, _ = out_of_fold(spec, records, 4)
    other, _, _, _ = out_of_fold(spec, flipped, 4)
    in_fold = [i for i in range(len(records)) if folds[i] == 0]
    assert np.allclose(base[in_fold], other[in_fold])
    assert not np.allclose(base, other)  # the other folds did learn from the flipped labels


def test_report_puts_in_sample_next_to_out_of_fold_and_leave_one_set_out() -> None:
    result = report(Spec(("x",)), _synthetic(), k=4)
    json.dumps(result)
    assert set(result["leave_one_set_out"]) == {"a", "b"}
    assert result["leave_one_set_out"]["a"]["fitted_on"] == ["b"]
    for part in ("in_sample_as_run", "in_sample_refit", "out_of_fold"):
        assert {"all", "a", "b"} <= set(result[part])
    assert set(result["out_of_fold_false_escalation_at_recall"]) == {"0.85", "0.9", "0.95"}
    oof = result["out_of_fold"]["all"]
    assert oof["auc"] > 0.8 and oof["escalation_recall"] >= 0.8
    model = fit(Spec(("x",)), _synthetic())
    assert model.weight_map()["x"] > 0


def _crossed(n: int = 400, seed: int = 3) -> list[Record]:
    """x says a value question is answerable and, reversed, that a how-to is: one weight cannot serve both."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        howto = i % 2 == 0
        answerable = bool(rng.random() < 0.6)
        x = float(rng.normal(1.0 if answerable != howto else -1.0))
        evidence = {"x": x, "constant_for_howtos": 0.0 if howto else x, "procedure": float(howto)}
        out.append(
            _record(
                f"c{i}",
                sources=(f"m{i % 20}.md",),
                set_name="a" if i % 4 < 2 else "b",
                answerable=answerable,
                correct=answerable,
                evidence=evidence | {"not_in_sources": 0.0},
            )
        )
    return out


def test_a_how_to_shift_fits_what_a_feature_means_for_how_to_questions() -> None:
    records = _crossed()
    plain = report(Spec(("x", "procedure")), records, k=4)["out_of_fold"]["all"]
    shifted_spec = Spec(("x", "procedure"), howto=("x",))
    shifted = report(shifted_spec, records, k=4)
    assert shifted["howto"] == ["x"]
    assert shifted["out_of_fold"]["all"]["auc"] > plain["auc"] + 0.3
    weights = fit(shifted_spec, records).weight_map()
    assert weights["x"] > 0 and weights["x"] + weights["howto"]["x"] < 0
    # The fitted weights are what the engine reads: the same confidence from confidence.score.
    full = {name: 0.0 for name in ("intercept", *conf.Weights.features())}
    mapped = conf.Weights.from_mapping(
        full
        | {"intercept": weights["intercept"], "vector_sim": weights["x"], "procedure": weights["procedure"]}
        | {"howto": {"vector_sim": weights["howto"]["x"]}}
    )
    record = records[0]
    evidence = conf.Evidence(**_evidence_values(vector_sim=record.evidence["x"], procedure=1.0))
    model = fit(shifted_spec, records)
    assert conf.score(evidence, mapped) == pytest.approx(
        float(model.confidences([record])[0]), abs=1e-5
    )  # Evidence rounds to 4 places


def _evidence_values(**values: float) -> dict[str, float | bool]:
    blank: dict[str, float | bool] = {name: 0.0 for name in conf.Weights.features()}
    return blank | {"not_in_sources": False} | values


def _noisy(n: int, features: int, signal: float, seed: int) -> list[Record]:
    """x0 carries the label with the given strength; the other features are noise."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        answerable = bool(rng.random() < 0.6)
        evidence = {f"x{j}": float(rng.normal()) for j in range(features)}
        evidence["x0"] = float(rng.normal(signal if answerable else -signal))
        out.append(
            _record(
                f"n{i}",
                sources=(f"m{i % 16}.md",),
                set_name="a" if i % 2 else "b",
                answerable=answerable,
                correct=answerable,
                evidence=evidence | {"not_in_sources": 0.0},
            )
        )
    return out


def test_the_penalty_is_chosen_by_held_out_manuals_loose_for_a_strong_signal_tight_for_noise() -> None:
    grid = (0.0001, 3.0)
    strong = _noisy(400, 1, 2.0, seed=5)
    # A penalty of 3 shrinks a clear signal to near the base rate: held-out log-loss prefers the loose one.
    assert choose_l2(Spec(("x0",), l2_grid=grid), strong) == 0.0001
    # Forty questions and twenty features of noise: the loose fit learns the noise, held-out manuals say so.
    noise = _noisy(40, 20, 0.0, seed=6)
    names = tuple(f"x{j}" for j in range(20))
    assert choose_l2(Spec(names, l2_grid=grid), noise) == 3.0
    assert choose_l2(Spec(names, l2=0.02), noise) == 0.02  # no grid: the penalty given
    model = fit(Spec(("x0",), l2_grid=grid), strong)
    assert model.l2 == 0.0001
    assert model.weight_map()["x0"] > fit(Spec(("x0",), l2=3.0), strong).weight_map()["x0"]


def test_a_chosen_penalty_is_chosen_again_in_every_fold_and_reported() -> None:
    result = report(Spec(("x0",), l2_grid=(0.0001, 3.0)), _noisy(400, 1, 2.0, seed=5), k=4)
    json.dumps(result)
    assert result["l2"] == 0.0001 and result["l2_grid"] == [0.0001, 3.0]
    assert result["out_of_fold"]["l2_by_fold"] == [0.0001] * 4
    assert {r["l2"] for r in result["leave_one_set_out"].values()} == {0.0001}
    plain = report(Spec(("x0",)), _noisy(400, 1, 2.0, seed=5), k=4)
    assert plain["l2"] == 0.003 and "l2_by_fold" not in plain["out_of_fold"]
    # A side of one manual holds nothing out: the grid's largest penalty, not --l2 from outside the grid.
    one_manual = [replace(r, set="a", sources=("m0.md",), retrieved=("m0.md",)) for r in _noisy(60, 1, 2.0, seed=7)]
    assert choose_l2(Spec(("x0",), l2_grid=(0.0001, 3.0)), one_manual) == 3.0


def test_varying_leaves_out_features_constant_among_how_tos_or_the_others() -> None:
    assert varying(_crossed(), ["x", "constant_for_howtos", "procedure"]) == ["x"]


def test_a_bad_dump_line_is_a_clear_error(tmp_path: Path) -> None:
    dump = tmp_path / "dev.jsonl"
    dump.write_text('{"id": "q1", "answerable": true}\n', encoding="utf-8")
    with pytest.raises(RivetError, match=r"dev.jsonl:1: not an evidence record .*--dump-features"):
        load_records([dump])


def _passage(doc: int, source: str, score: float, *, title: str = "Manual", models: list[str] | None = None) -> Passage:
    return Passage(
        chunk_id=doc * 100 + int(score * 10),
        document_id=doc,
        source=source,
        title=title,
        heading_path=[title],
        page=None,
        text="",
        domain=None,
        doc_type="manual",
        review="",
        safety="",
        models=models or [],
        codes=[],
        score=score,
    )


def test_together_wants_the_asked_words_in_one_quoted_piece() -> None:
    analysis = analyze_query("zx-9 conveyor belt splice curing time")
    passages = [_passage(1, "zx9.md", 1.0, title="ZX-9 guide", models=["ZX-9"])]
    apart = Draft("x", [], 1.0, 1.0, quoted=["Belt splice: use the kit", "Curing time is 4 h for the glue"])
    one = Draft("x", [], 1.0, 1.0, quoted=["Belt splice curing time on the conveyor: 4 h", "Other"])
    assert conf.together(analysis, passages, one) == 1.0
    assert conf.together(analysis, passages, apart) == pytest.approx(2 / 5)  # conveyor belt splice curing time
    # Nothing asked beyond the equipment is neutral; an LLM quoting nothing falls back to the best focus.
    assert conf.together(analyze_query("zx-9"), passages, one) == 0.5
    assert conf.together(analysis, passages, Draft("x", [], 1.0, 1.0, best_focus=0.3)) == 0.3


def test_doc_gap_is_the_margin_over_the_best_other_document() -> None:
    same = [_passage(1, "a.md", 1.0), _passage(1, "a.md", 0.9), _passage(2, "b.md", 0.25)]
    close = [_passage(1, "a.md", 1.0), _passage(2, "b.md", 0.95)]
    assert conf.doc_gap(same) == pytest.approx(0.75)
    assert conf.doc_gap(close) == pytest.approx(0.05)
    assert conf.doc_gap([_passage(1, "a.md", 1.0)]) == 1.0
    assert conf.doc_gap([]) == 0.0


def test_doc_codes_asks_whether_the_cited_documents_carry_the_named_codes() -> None:
    passages = [
        _passage(1, "qr50.md", 1.0, title="QR-50 pump", models=["QR-50"]),
        _passage(2, "qr70.md", 0.9, title="QR-70 pump", models=["QR-70"]),
    ]
    cited_50 = Draft("x", [Citation(n=1, source="qr50.md", title="", heading="", page=None)], 1.0, 1.0)
    cited_70 = Draft("x", [Citation(n=1, source="qr70.md", title="", heading="", page=None)], 1.0, 1.0)
    question = analyze_query("qr70 seal flush pressure")
    assert conf.code_match_of(question, conf.cited_document_codes(passages, cited_70)) == 1.0
    assert conf.code_match_of(question, conf.cited_document_codes(passages, cited_50)) == 0.0
    no_codes = analyze_query("seal flush pressure")
    assert conf.code_match_of(no_codes, conf.cited_document_codes(passages, cited_50)) == 0.5


def test_rule_flags_are_evidence_too() -> None:
    draft = Draft("x", [], 1.0, 1.0, value_match=0.0, number_match=0.0)
    fact = conf.gather(analyze_query("what is the frame 400 torque"), [], draft, unknown_codes=True)
    assert (fact.known_codes, fact.value_missing, fact.numbers_missing, fact.procedure) == (0.0, 1.0, 1.0, 0.0)
    how = conf.gather(analyze_query("how do i replace the frame 400 seal"), [], draft)
    assert (how.known_codes, how.numbers_missing, how.procedure) == (1.0, 0.0, 1.0)


def test_a_soft_rule_escalates_in_a_replay_only_when_the_spec_makes_it_hard() -> None:
    soft = replace(_record("q1"), cautions=("value_kind",))
    hard = _record("q2", rules=("numbers",))
    shipped = Spec(("x",))
    assert not shipped.rule_fired(soft) and shipped.rule_fired(hard)
    made_hard = Spec(("x",), hard_rules=frozenset({"value_kind"}))
    assert made_hard.rule_fired(soft) and not made_hard.rule_fired(hard)
