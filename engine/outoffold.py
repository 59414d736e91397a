"""`rivet eval oof`: fit the answerability model and its threshold out of fold, over evidence dumps.

The engine run is the expensive part, so `rivet eval answers --dump-features` records per question
its evidence features, the rules that escalate whatever the confidence, and whether the drafted
answer was right. Here those records are refitted and replayed in seconds:

- folds grouped by manual: a question's manuals are its expected sources; an unanswerable question
  (no source) belongs to the manual retrieval ranked first for it, which is the manual of the
  equipment it names when the knowledge base has that equipment. Questions sharing a manual are
  one group (connected components), so no manual's questions sit on both sides of a split;
- leave one set out: fit on every other set, test on this one;
- the threshold is chosen out of fold too: nested folds inside the fit side give out-of-fold
  confidences there, and the threshold is the lowest reaching the target escalation recall on them;
- held out by time (`--held-out`): fit on the tuning dumps, score newer dumps (a round's first runs)
  with the refit and with the confidences the engine ran with, each at the threshold the shipping rule
  picks on the tuning dumps, so whether to ship a refit is decided on questions neither has seen.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.logistic import fit_logistic, predict_logistic
from rivet.errors import RivetError

NOT_IN_SOURCES_CAP = 0.05  # confidence.score caps the confidence when the answerer says "not in the sources"


@dataclass(frozen=True)
class Record:
    """One question of an evidence dump: features, fired rules and outcome."""

    set: str
    id: str
    answerable: bool
    correct: bool
    escalated: bool  # as the engine decided when the dump was made
    confidence: float  # as the engine scored it then
    rules: tuple[str, ...]  # the hard rules fired: they escalated whatever the confidence
    threshold: float
    sources: tuple[str, ...]
    retrieved: tuple[str, ...]
    evidence: dict[str, float] = field(default_factory=dict)
    cautions: tuple[str, ...] = ()  # the soft rules fired (rules.SOFT_RULES): a Spec may make them hard again

    @property
    def outcome(self) -> int:
        """What confidence predicts: an answerable question whose drafted answer holds the facts."""
        return int(self.answerable and self.correct)

    @property
    def manuals(self) -> tuple[str, ...]:
        """The grouping key: expected sources, else the first retrieved manual, else the question itself."""
        if self.sources:
            return self.sources
        if self.retrieved:
            return self.retrieved[:1]
        return (f"question:{self.id}",)


def load_records(paths: Iterable[Path]) -> list[Record]:
    """Read evidence dumps; the set name is the file's stem ("dev.jsonl" -> "dev")."""
    records: list[Record] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RivetError(f"cannot read evidence dump {path}: {exc.strerror or exc}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                records.append(
                    Record(
                        set=path.stem,
                        id=str(obj["id"]),
                        answerable=bool(obj["answerable"]),
                        correct=bool(obj["correct"]),
                        escalated=bool(obj["escalated"]),
                        confidence=float(obj["confidence"]),
                        rules=tuple(obj.get("rules", ())),
                        cautions=tuple(obj.get("cautions", ())),
                        threshold=float(obj["threshold"]),
                        sources=tuple(obj.get("sources", ())),
                        retrieved=tuple(obj.get("retrieved", ())),
                        evidence={k: float(v) for k, v in obj["evidence"].items()},
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise RivetError(
                    f"{path}:{number}: not an evidence record ({type(exc).__name__}: {exc}); "
                    "write one with `rivet eval answers --dump-features`"
                ) from None
    if not records:
        raise RivetError("the evidence dumps hold no questions")
    return records


def manual_groups(records: Sequence[Record]) -> list[int]:
    """A group number per record: records sharing a manual (within one set) are in one group."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    keys = [[f"{r.set}/{m}" for m in r.manuals] for r in records]
    for manuals in keys:
        for other in manuals[1:]:
            parent[find(other)] = find(manuals[0])
    roots = [find(manuals[0]) for manuals in keys]
    numbers = {root: i for i, root in enumerate(dict.fromkeys(roots))}
    return [numbers[root] for root in roots]


def grouped_folds(groups: Sequence[int], k: int) -> list[int]:
    """A fold number (0..k-1) per item, whole groups at a time, sizes balanced.

    Largest groups first, each to the fold with fewest items so far (ties to the lower fold), so the
    split is deterministic and no group is ever on both sides.
    """
    if k < 2:
        raise RivetError(f"--folds must be at least 2, not {k}")
    sizes = Counter(groups)
    if len(sizes) < k:
        raise RivetError(f"{len(sizes)} manual groups cannot make {k} folds; use fewer folds")
    fill = [0] * k
    fold_of: dict[int, int] = {}
    for group, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        target = min(range(k), key=lambda f: (fill[f], f))
        fold_of[group] = target
        fill[target] += size
    return [fold_of[g] for g in groups]


@dataclass(frozen=True)
class Spec:
    """A candidate answerability model: which features, which rules stay hard, the penalty, the recall aim."""

    features: tuple[str, ...]
    # None: the rules the engine fired as hard stay hard, its soft ones (cautions) soft; a set: these, hard or soft.
    hard_rules: frozenset[str] | None = None
    howto: tuple[str, ...] = ()  # features whose weight is shifted for how-to questions (confidence.Weights.howto)
    l2: float = 0.003
    target_recall: float = 0.9
    inner_folds: int = 5
    # Penalties to choose from (choose_l2); empty: l2 as given. Chosen inside every fit, so the outer
    # folds' numbers stay out of fold for the choice too.
    l2_grid: tuple[float, ...] = ()

    def columns(self) -> tuple[str, ...]:
        """The fitted columns: the features, then each how-to shift as "howto:feature"."""
        return (*self.features, *(f"howto:{name}" for name in self.howto))

    def rule_fired(self, record: Record) -> bool:
        if self.hard_rules is None:
            return bool(record.rules)
        return any(rule in self.hard_rules for rule in (*record.rules, *record.cautions))


@dataclass(frozen=True)
class Model:
    spec: Spec
    weights: np.ndarray  # [intercept, one per feature]
    threshold: float
    l2: float = 0.0  # the penalty the weights were fitted with (choose_l2's)

    def confidences(self, records: Sequence[Record]) -> np.ndarray:
        p = predict_logistic(self.weights, matrix(records, self.spec))
        cap = np.array([NOT_IN_SOURCES_CAP if r.evidence.get("not_in_sources") else 1.0 for r in records])
        return np.minimum(p, cap)

    def escalations(self, records: Sequence[Record]) -> list[bool]:
        return escalations(self.spec, records, self.confidences(records), self.threshold)

    def weight_map(self) -> dict[str, Any]:
        """Named weights as confidence.Weights.from_mapping reads them: the how-to shifts under "howto"."""
        named = dict(zip(self.spec.columns(), (float(w) for w in self.weights[1:]), strict=True))
        plain = {name: w for name, w in named.items() if not name.startswith("howto:")}
        howto = {name.removeprefix("howto:"): w for name, w in named.items() if name.startswith("howto:")}
        return {"intercept": float(self.weights[0])} | plain | ({"howto": howto} if howto else {})


def matrix(records: Sequence[Record], spec: Spec) -> np.ndarray:
    """One row per record: its features, then each how-to shift's feature where the question is a how-to
    (evidence "procedure" 1) and 0 elsewhere, so its weight is the difference a how-to makes."""
    needed = [*spec.features, *spec.howto, *(["procedure"] if spec.howto else [])]
    missing = sorted({f for r in records for f in needed if f not in r.evidence})
    if missing:
        raise RivetError(f"the evidence dumps lack features {missing}; dump them again with this version")
    rows = [
        [r.evidence[f] for f in spec.features] + [r.evidence[f] * (r.evidence["procedure"] == 1.0) for f in spec.howto]
        for r in records
    ]
    return np.array(rows, dtype=float).reshape(len(records), -1)


def varying(records: Sequence[Record], features: Sequence[str]) -> list[str]:
    """The features that take more than one value among the how-to questions and among the others: a
    how-to shift of one constant in either (steps_missing is 0 outside how-tos) fits nothing new."""
    if any("procedure" not in r.evidence for r in records):
        raise RivetError("the evidence dumps lack features ['procedure']; dump them again with this version")
    howtos = [r for r in records if r.evidence["procedure"] == 1.0]
    others = [r for r in records if r.evidence["procedure"] != 1.0]
    if not howtos or not others:
        raise RivetError("how-to shifts need how-to questions and others in the dumps; these hold only one kind")
    return [
        f
        for f in features
        if f != "procedure" and all(len({r.evidence.get(f) for r in group}) > 1 for group in (howtos, others))
    ]


def domain_offsets(records: Sequence[Record]) -> np.ndarray:
    """Each record's domain threshold above the lowest of its own set: a stricter domain (electrical safety)
    stays that much stricter when the threshold is refitted. The lowest, because only stricter domains sit above
    the default (engine/domains.yaml); per set, because each dump is one run at the default of its day, and a set
    run at 0.675 beside sets run at 0.66 is no stricter domain. The offset is added as it was at the default, not
    in log-odds as domains.yaml sets it: a refit far below the default replays electrical safety a little laxer."""
    base: dict[str, float] = {}
    for r in records:
        base[r.set] = min(base.get(r.set, r.threshold), r.threshold)
    return np.array([r.threshold - base[r.set] for r in records])


def escalations(spec: Spec, records: Sequence[Record], confidences: np.ndarray, threshold: float) -> list[bool]:
    offsets = domain_offsets(records)
    return [
        spec.rule_fired(r) or bool(c < threshold + o) for r, c, o in zip(records, confidences, offsets, strict=True)
    ]


def choose_threshold(spec: Spec, records: Sequence[Record], confidences: np.ndarray) -> float:
    """The lowest threshold whose escalations reach the target recall of unanswerable questions."""
    offsets = domain_offsets(records)
    traps = [i for i, r in enumerate(records) if not r.answerable]
    if not traps:
        return 0.0
    needed = math.ceil(spec.target_recall * len(traps) - 1e-9) - sum(spec.rule_fired(records[i]) for i in traps)
    if needed <= 0:
        return 0.0
    # Escalating a trap takes a threshold just above its confidence (less its domain's offset).
    above = sorted(float(confidences[i] - offsets[i]) for i in traps if not spec.rule_fired(records[i]))
    return min(1.0, above[needed - 1] + 1e-6)


# The grid the shipped threshold is picked on (engine/domains.yaml): the lowest step reaching the target recall.
THRESHOLD_STEP = 0.005


def stepped_threshold(spec: Spec, records: Sequence[Record], confidences: np.ndarray) -> float:
    """The lowest threshold on the THRESHOLD_STEP grid whose escalations of these records reach the target
    recall: how the shipped threshold is picked on the tuning sets (README, "Held-out discipline"). Searched
    from choose_threshold's with the replay's own comparison (escalations), since escalation only grows with
    the threshold: a trap a hair under a step needs only that step."""
    exact = choose_threshold(spec, records, confidences)
    if exact <= 0.0:
        return 0.0
    traps = [i for i, r in enumerate(records) if not r.answerable]
    needed = math.ceil(spec.target_recall * len(traps) - 1e-9)

    def reaches(step: int) -> bool:
        escalated = escalations(spec, records, confidences, round(step * THRESHOLD_STEP, 6))
        return sum(escalated[i] for i in traps) >= needed

    step = math.floor(exact / THRESHOLD_STEP)
    while step > 0 and reaches(step - 1):
        step -= 1
    while not reaches(step) and step * THRESHOLD_STEP < 1.0:
        step += 1
    return round(step * THRESHOLD_STEP, 6)


# Escalation recalls at which `rivet eval oof` reports the false escalation of the out-of-fold confidences.
OPERATING_RECALLS = (0.85, 0.9, 0.95)


def false_escalation_at(
    spec: Spec, records: Sequence[Record], confidences: np.ndarray, recalls: Sequence[float] = OPERATING_RECALLS
) -> dict[str, float]:
    """The false escalation rate at each escalation recall, the threshold chosen on these confidences.
    Two variants' out-of-fold numbers each sit at the recall their own nested threshold happened to
    reach; at a fixed recall they compare like with like."""
    answerable = [i for i, r in enumerate(records) if r.answerable]
    out: dict[str, float] = {}
    for recall in recalls:
        threshold = choose_threshold(replace(spec, target_recall=recall), records, confidences)
        escalated = escalations(spec, records, confidences, threshold)
        out[f"{recall:g}"] = round(sum(escalated[i] for i in answerable) / max(1, len(answerable)), 4)
    return out


def _inner(spec: Spec, records: Sequence[Record], x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray | None:
    """Confidences of the records by models fitted without their manual group's inner fold; None with
    fewer than two groups."""
    groups = manual_groups(records)
    k = min(spec.inner_folds, len(set(groups)))
    if k < 2:
        return None
    folds = grouped_folds(groups, k)
    inner = np.zeros(len(records))
    for f in range(k):
        train = [i for i in range(len(records)) if folds[i] != f]
        test = [i for i in range(len(records)) if folds[i] == f]
        w = fit_logistic(x[train], y[train], l2=l2)
        inner[test] = Model(spec, w, 0.0).confidences([records[i] for i in test])
    return inner


def choose_l2(spec: Spec, records: Sequence[Record]) -> float:
    """The penalty of spec.l2_grid whose inner grouped folds' confidences have the lowest log-loss (on a
    tie the larger penalty), or spec.l2 without a grid. Calibration is what log-loss rewards: a looser
    penalty calibrates better where the data hold enough questions, a tighter one where they do not, and
    manuals held out say which, not the records the weights were fitted on. Records of one manual group
    hold nothing out: the grid's largest penalty, the one that trusts them least."""
    x, y = matrix(records, spec), np.array([r.outcome for r in records])
    return _chosen(spec, records, x, y)[0]


def _chosen(spec: Spec, records: Sequence[Record], x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray | None]:
    """choose_l2's penalty, with the inner out-of-fold confidences at it (None with one manual group), which
    fit reads its threshold from rather than fitting the same inner folds again."""
    if not spec.l2_grid:
        return spec.l2, _inner(spec, records, x, y, spec.l2)
    best: tuple[float, np.ndarray | None] = (max(spec.l2_grid), None)
    best_loss = math.inf
    for l2 in sorted(spec.l2_grid, reverse=True):
        inner = _inner(spec, records, x, y, l2)
        if inner is None:  # one manual group: no penalty is held out better than another
            return best
        p = inner.clip(1e-6, 1 - 1e-6)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        if loss < best_loss - 1e-12:
            best, best_loss = (l2, inner), loss
    return best


def fit(spec: Spec, records: Sequence[Record]) -> Model:
    """Weights on all the records (the penalty choose_l2's); the threshold on nested out-of-fold
    confidences of the same records."""
    x, y = matrix(records, spec), np.array([r.outcome for r in records])
    l2, inner = _chosen(spec, records, x, y)
    weights = fit_logistic(x, y, l2=l2)
    if inner is None:
        inner = Model(spec, weights, 0.0).confidences(records)
    return Model(spec, weights, choose_threshold(spec, records, inner), l2)


def metrics(records: Sequence[Record], confidences: Sequence[float], escalated: Sequence[bool]) -> dict[str, Any]:
    """The numbers `rivet eval answers` reports, for these decisions and confidences."""
    from engine.evaluate import expected_calibration_error, roc_auc

    conf = [float(c) for c in confidences]
    answerable = [i for i, r in enumerate(records) if r.answerable]
    traps = [i for i, r in enumerate(records) if not r.answerable]
    answered = [i for i in answerable if not escalated[i]]
    auc = roc_auc(conf, [int(r.answerable) for r in records])
    return {
        "questions": len(records),
        "accuracy": round(sum(records[i].correct for i in answered) / max(1, len(answered)), 4),
        "escalation_recall": round(sum(escalated[i] for i in traps) / max(1, len(traps)), 4),
        "false_escalation_rate": round(sum(escalated[i] for i in answerable) / max(1, len(answerable)), 4),
        "ece": round(expected_calibration_error(conf, [r.outcome for r in records]), 4),
        "auc": None if auc is None else round(auc, 4),
        "draft_accuracy": round(sum(records[i].correct for i in answerable) / max(1, len(answerable)), 4),
    }


def _by_set(
    records: Sequence[Record], confidences: Sequence[float], escalated: Sequence[bool]
) -> dict[str, dict[str, Any]]:
    out = {"all": metrics(records, confidences, escalated)} if len({r.set for r in records}) > 1 else {}
    for name in dict.fromkeys(r.set for r in records):
        idx = [i for i, r in enumerate(records) if r.set == name]
        out[name] = metrics([records[i] for i in idx], [confidences[i] for i in idx], [escalated[i] for i in idx])
    return out


def out_of_fold(
    spec: Spec, records: Sequence[Record], k: int
) -> tuple[np.ndarray, list[bool], list[float], list[float]]:
    """Confidences and decisions of every record by a model fitted without its manual group's fold; each
    fold's threshold and penalty."""
    folds = grouped_folds(manual_groups(records), k)
    confidences = np.zeros(len(records))
    escalated = [False] * len(records)
    thresholds: list[float] = []
    penalties: list[float] = []
    for f in range(k):
        train = [records[i] for i in range(len(records)) if folds[i] != f]
        test_idx = [i for i in range(len(records)) if folds[i] == f]
        model = fit(spec, train)
        test = [records[i] for i in test_idx]
        c = model.confidences(test)
        # The domain offsets are those of the whole set, so a fold without the common domain keeps them.
        offsets = domain_offsets(records)[test_idx]
        for j, i in enumerate(test_idx):
            confidences[i] = c[j]
            escalated[i] = spec.rule_fired(records[i]) or bool(c[j] < model.threshold + offsets[j])
        thresholds.append(round(model.threshold, 4))
        penalties.append(model.l2)
    return confidences, escalated, thresholds, penalties


def leave_one_set_out(spec: Spec, records: Sequence[Record]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in dict.fromkeys(r.set for r in records):
        train = [r for r in records if r.set != name]
        test = [r for r in records if r.set == name]
        if not train:
            continue
        model = fit(spec, train)
        c = model.confidences(test)
        out[name] = (
            metrics(test, list(c), escalations(spec, test, c, model.threshold))
            | {
                "fitted_on": sorted({r.set for r in train}),
                "threshold": round(model.threshold, 4),
            }
            | ({"l2": model.l2} if spec.l2_grid else {})
        )
    return out


def held_out(
    spec: Spec, records: Sequence[Record], held: Sequence[Record], model: Model | None = None
) -> dict[str, Any]:
    """The held-out dumps scored two ways, each at the threshold the shipping rule picks on the tuning records
    (stepped_threshold): by the model fitted on the tuning records ("refit") and by the confidences the engine
    ran with ("as_run", the shipped weights when the dumps were made with them). A refit that only fits the
    tuning sets better shows here as no gain. Sets in both are refused: nothing would be held out."""
    both = sorted({r.set for r in records} & {r.set for r in held})
    if both:
        raise RivetError(f"--held-out sets {both} are among the tuning dumps too; nothing of them is held out")
    model = model or fit(spec, records)
    tuned = {
        "refit": stepped_threshold(spec, records, model.confidences(records)),
        "as_run": stepped_threshold(spec, records, np.array([r.confidence for r in records])),
    }
    scored = {"refit": model.confidences(held), "as_run": np.array([r.confidence for r in held])}
    out: dict[str, Any] = {"sets": list(dict.fromkeys(r.set for r in held))}
    for name, confidences in scored.items():
        escalated = escalations(spec, held, confidences, tuned[name])
        out[name] = (
            {"all": metrics(held, list(confidences), escalated)}  # pooled, one held-out set or many
            | _by_set(held, list(confidences), escalated)
            | {"threshold": tuned[name]}
            | {"false_escalation_at_recall": false_escalation_at(spec, held, confidences)}
        )
    return out


def _rounded(weights: dict[str, Any]) -> dict[str, Any]:
    return {k: _rounded(v) if isinstance(v, dict) else round(v, 3) for k, v in weights.items()}


def report(spec: Spec, records: Sequence[Record], *, k: int, held: Sequence[Record] = ()) -> dict[str, Any]:
    """In-sample (as the engine ran, and refitted on everything) next to out of fold, as JSON; with held-out
    records, how the refit and the confidences as run score them (held_out)."""
    shipped = _by_set(records, [r.confidence for r in records], [r.escalated for r in records])
    full = fit(spec, records)
    later = held_out(spec, records, held, full) if held else None  # before the folds: a bad split fails fast
    c_full = full.confidences(records)
    oof_c, oof_e, thresholds, penalties = out_of_fold(spec, records, k)
    groups = manual_groups(records)
    return {
        "features": list(spec.features),
        "howto": list(spec.howto),
        "hard_rules": "all fired" if spec.hard_rules is None else sorted(spec.hard_rules),
        "l2": full.l2,
        "l2_grid": list(spec.l2_grid),
        "target_recall": spec.target_recall,
        "folds": k,
        "manual_groups": len(set(groups)),
        "in_sample_as_run": shipped,
        "in_sample_refit": _by_set(records, list(c_full), full.escalations(records)),
        "out_of_fold": _by_set(records, list(oof_c), oof_e)
        | {"thresholds": thresholds}
        | ({"l2_by_fold": penalties} if spec.l2_grid else {}),
        "out_of_fold_false_escalation_at_recall": false_escalation_at(spec, records, oof_c),
        "leave_one_set_out": leave_one_set_out(spec, records),
        "fitted_on_all": {
            "weights": _rounded(full.weight_map()),
            "threshold": round(full.threshold, 4),
        },
    } | ({"held_out": later} if later is not None else {})
