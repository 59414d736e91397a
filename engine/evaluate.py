"""`rivet eval answers`: the whole engine (routing, retrieval, answer, confidence) over a question set.

Runs on a fresh, isolated tenant (knowledge.evaluate.scratch_tenant) through Engine.dispatch, one
chat per question so no follow-up context leaks between questions.
"""

from __future__ import annotations

import json
import math
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from engine.confidence import Weights
from engine.logistic import fit_logistic
from engine.messages import Message
from knowledge.evaluate import scratch_tenant
from knowledge.questions import Question, load_questions
from rivet.progress import track

RATE_LIMIT_KEYS = (
    "ratelimit.user_per_minute",
    "ratelimit.user_burst",
    "ratelimit.tenant_per_minute",
    "ratelimit.tenant_burst",
)


async def lift_rate_limits(settings: Any, tenant: str, *, by: str) -> None:
    """A scratch tenant for evaluation or benchmarks sends far more than a technician may."""
    for key in RATE_LIMIT_KEYS:
        await settings.set(key, "1000000", tenant=tenant, updated_by=by)


def contains_all(text: str, needles: tuple[str, ...]) -> bool:
    low = text.lower()
    return all(n.lower() in low for n in needles)


def expected_calibration_error(confidences: list[float], outcomes: list[int], bins: int = 10) -> float:
    """Mean |confidence - accuracy| over equal-width bins, weighted by bin size."""
    total = len(confidences)
    if not total:
        return 0.0
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if (lo <= c < hi) or (b == bins - 1 and c == 1.0)]
        if idx:
            gap = abs(statistics.mean(confidences[i] for i in idx) - statistics.mean(outcomes[i] for i in idx))
            ece += gap * len(idx) / total
    return ece


def calibration_floor(confidences: list[float], bins: int = 10, draws: int = 200, seed: int = 0) -> float:
    """The ECE a perfectly calibrated model would show on a set of this size and confidence spread: the mean
    over `draws` of the ECE of outcomes drawn as Bernoulli(confidence). A set of about a hundred questions
    has a floor near 0.09 (ten bins), so an ECE target of 0.10 on one set is mostly sampling noise; the
    pooled out-of-fold ECE (thousands of questions, floor near 0.02) is where calibration shows. Seeded, so
    a report gives the same floor every run."""
    if not confidences:
        return 0.0
    rng = np.random.default_rng(seed)
    conf = np.array(confidences, dtype=float)
    return float(
        np.mean(
            [
                expected_calibration_error(list(conf), [int(x) for x in rng.random(len(conf)) < conf], bins)
                for _ in range(draws)
            ]
        )
    )


def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """ROC AUC: the chance a random positive scores above a random negative, ties counted half.

    Computed from mid-ranks (Mann-Whitney U), so it is O(n log n); None when a class is empty.
    """
    positives = sum(1 for y in labels if y)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        for i in order[start : end + 1]:
            ranks[i] = (start + end) / 2 + 1  # tied scores share their mean rank
        start = end + 1
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def fit_weights(rows: list[dict[str, float]], outcomes: list[int], l2: float = 0.001) -> Weights:
    """Logistic regression (engine.logistic) of outcome on the evidence features: new confidence Weights."""
    keys = Weights.features()
    x = np.array([[r.get(k, 0.0) for k in keys] for r in rows])
    w = fit_logistic(x, np.array(outcomes, dtype=float), l2=l2)
    fitted = {"intercept": round(float(w[0]), 3), **{k: round(float(v), 3) for k, v in zip(keys, w[1:], strict=True)}}
    return Weights.from_mapping(fitted)


async def evaluate_answers(
    app: Any, questions_file: Path, docs: Path, *, fit: bool = False, dump_features: Path | None = None
) -> dict[str, Any]:
    """dump_features: write each question's evidence, rules and outcome as JSONL for `rivet eval oof`
    (the engine run is the expensive part; refits and out-of-fold evaluation read this file)."""
    questions = load_questions(questions_file)
    async with scratch_tenant(app.knowledge, docs) as (tenant, report):
        await lift_rate_limits(app.settings, tenant, by="eval")
        rows: list[dict[str, Any]] = []
        for q in track(questions, "answering"):
            rows.append(await _ask(app, tenant, q))
        answerer = (await app.engine.answerer.select(tenant)).name
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    answered = [r for r in answerable if not r["escalated"]]
    outcomes = [int(r["answerable"] and r["correct"]) for r in rows]
    confidences = [r["confidence"] for r in rows]
    latencies = sorted(r["latency_ms"] for r in rows)
    result: dict[str, Any] = {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "accuracy": round(sum(r["correct"] for r in answered) / max(1, len(answered)), 4),
        # Extraction and answerability apart: is the fact in the drafted answer (escalated or not),
        # and does confidence rank answerable questions above the traps?
        "draft_accuracy": round(sum(r["correct"] for r in answerable) / max(1, len(answerable)), 4),
        "auc": _rounded(roc_auc(confidences, [int(r["answerable"]) for r in rows])),
        "escalation_recall": round(sum(r["escalated"] for r in unanswerable) / max(1, len(unanswerable)), 4),
        "false_escalation_rate": round(sum(r["escalated"] for r in answerable) / max(1, len(answerable)), 4),
        "ece": round(expected_calibration_error(confidences, outcomes), 4),
        # What a perfectly calibrated model would score here: how much of the ECE is the set's size.
        "ece_floor": round(calibration_floor(confidences), 4),
        "latency_p50_ms": round(statistics.median(latencies), 1),
        "latency_p95_ms": round(latencies[min(len(latencies) - 1, math.ceil(0.95 * len(latencies)) - 1)], 1),
        "documents": report.count("ingested"),
        "answerer": answerer,
        "by_kind": _by_kind(rows),
        "failures": [
            {k: r[k] for k in ("id", "question", "kind", "escalated", "confidence", "domain", "reason", "text")}
            for r in rows
            if _failed(r)
        ],
    }
    if dump_features is not None:
        write_features(dump_features, rows, set_name=questions_file.parent.name, questions=questions)
        result["features_file"] = str(dump_features)
    if fit:
        result["fitted_weights"] = fit_weights([r["evidence"] for r in rows], outcomes).as_dict()
    return result


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _failed(row: dict[str, Any]) -> bool:
    """An answerable question escalated or answered wrongly, or an unanswerable one answered."""
    if row["answerable"]:
        return bool(row["escalated"] or not row["correct"])
    return not row["escalated"]


def _by_kind(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for kind in sorted({r["kind"] for r in rows}):
        group = [r for r in rows if r["kind"] == kind]
        out[kind] = {
            "questions": len(group),
            "escalated": round(sum(r["escalated"] for r in group) / len(group), 4),
            "correct_when_answered": round(
                sum(r["correct"] for r in group if not r["escalated"]) / max(1, sum(not r["escalated"] for r in group)),
                4,
            ),
        }
    return out


async def _ask(app: Any, tenant: str, q: Question) -> dict[str, Any]:
    chat = uuid.uuid4().hex[:8]
    message = Message(
        tenant_id=tenant,
        platform="eval",
        chat_id=chat,
        user_id=f"eval-{chat}",
        text=q.question,
        event_id=f"eval-{chat}",
    )
    started = time.perf_counter()
    reply = await app.engine.dispatch(message)
    latency = (time.perf_counter() - started) * 1000
    assert reply is not None
    draft = str(reply.meta.get("draft", reply.text))
    return {
        "id": q.id,
        "question": q.question,
        "draft": draft,
        "kind": q.kind,
        "answerable": q.answerable,
        "escalated": reply.route == "escalation",
        "correct": bool(q.answerable and contains_all(draft, q.answer_contains)),
        "confidence": float(reply.confidence or 0.0),
        "evidence": reply.meta.get("evidence", {}),
        "domain": reply.domain,
        "reason": reply.meta.get("reason", ""),
        "text": reply.text[:300],
        "latency_ms": latency,
        "route": reply.route,
        "rules": list(reply.meta.get("rules", [])),
        "cautions": list(reply.meta.get("cautions", [])),
        "threshold": float(reply.meta.get("threshold", 0.0)),
        "retrieved": [Path(s).name for s in reply.meta.get("retrieved", [])],
        "answered_as": str(reply.meta.get("answered_as", q.question)),
        "pieces": [str(p) for p in reply.meta.get("pieces", [])],
    }


def write_features(path: Path, rows: list[dict[str, Any]], *, set_name: str, questions: list[Question]) -> None:
    """One JSON line per question: what `rivet eval oof` needs to refit and replay the decision, and the
    question with its drafted answer and the pieces the evidence read (the draft shows a piece's line, not
    its heading, and adds pointers no evidence reads), so a candidate evidence feature can be computed from
    the dump and measured out of fold without running the engine again."""
    sources = {q.id: [Path(s).name for s in q.sources] for q in questions}
    keep = (
        "id",
        "question",
        "draft",
        "kind",
        "answerable",
        "correct",
        "escalated",
        "confidence",
        "rules",
        "cautions",
        "threshold",
        "retrieved",
        "answered_as",
        "pieces",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for r in rows:
            line = {"set": set_name, **{k: r[k] for k in keep}, "sources": sources[r["id"]], "evidence": r["evidence"]}
            out.write(json.dumps(line) + "\n")
