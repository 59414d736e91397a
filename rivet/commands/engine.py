"""`rivet eval answers` and `rivet bench answer`: engine-level evaluation and benchmark commands."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rivet.runner import run

if TYPE_CHECKING:
    from rivet.app import App


def eval_answers(
    questions: Annotated[Path, typer.Argument(help="JSONL question file")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder of documents to ingest into a scratch tenant")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    fit: Annotated[bool, typer.Option("--fit", help="Also fit confidence weights on this set")] = False,
    dump_features: Annotated[
        Path | None,
        typer.Option("--dump-features", help="Write each question's evidence as JSONL, for `rivet eval oof`"),
    ] = None,
) -> None:
    """Accuracy (answered, and of every draft), escalation recall, false escalation rate, AUC, calibration
    error and latency."""

    async def main(app: App) -> dict[str, Any]:
        from engine.evaluate import evaluate_answers

        return await evaluate_answers(app, questions, docs, fit=fit, dump_features=dump_features)

    result = run(main, progress=True)
    if as_json:
        typer.echo(json.dumps(result, indent=2, default=str))
        return
    for key in (
        "questions",
        "answerer",
        "accuracy",
        "draft_accuracy",
        "auc",
        "escalation_recall",
        "false_escalation_rate",
        "ece",
        "latency_p50_ms",
        "latency_p95_ms",
    ):
        typer.echo(f"{key:<22} {result[key]}")
    for kind, m in result["by_kind"].items():
        typer.echo(
            f"  {kind:<14} n={m['questions']:<4} escalated {m['escalated']:.2f}  "
            f"correct when answered {m['correct_when_answered']:.2f}"
        )
    for f in result["failures"]:
        typer.echo(
            f"  ✗ {f['id']} [{f['kind']}] esc={f['escalated']} conf={f['confidence']:.2f} "
            f"{f['domain']}: {f['question']!r}"
        )
    if fit:
        typer.echo(f"fitted weights: {json.dumps(result['fitted_weights'])}")


def eval_oof(
    dumps: Annotated[
        list[Path], typer.Argument(help="Evidence dumps (`rivet eval answers --dump-features`), one per set")
    ],
    folds: Annotated[int, typer.Option("--folds", help="Folds, grouped by manual")] = 5,
    features: Annotated[
        str,
        typer.Option(
            "--features",
            help="Comma-separated evidence features; +name adds to and -name removes from the shipped model's",
        ),
    ] = "",
    hard_rules: Annotated[
        str,
        typer.Option(
            "--hard-rules", help="Rules that escalate whatever the confidence: 'all' or comma-separated names"
        ),
    ] = "all",
    l2: Annotated[float, typer.Option("--l2", help="L2 penalty of the logistic fit")] = 0.003,
    l2_grid: Annotated[
        str,
        typer.Option(
            "--l2-grid",
            help="Comma-separated L2 penalties; every fit (each fold's too) picks the one whose inner folds, "
            "grouped by manual, have the lowest log-loss, instead of --l2",
        ),
    ] = "",
    target_recall: Annotated[
        float, typer.Option("--target-recall", help="Escalation recall the threshold aims at")
    ] = 0.9,
    howto: Annotated[
        str,
        typer.Option(
            "--howto",
            help="Features whose weight is shifted for how-to questions: comma-separated names or +name/-name "
            "edits of the shipped model's, 'none', or 'varying' (the chosen features that vary among both "
            "how-to and other questions)",
        ),
    ] = "",
    held_out: Annotated[
        list[Path] | None,
        typer.Option(
            "--held-out",
            help="Evidence dumps of sets held out by time (a newer round's first runs; repeat the option): "
            "scored by the refit and by the confidences as run, each at the threshold the shipping rule picks "
            "on the tuning dumps",
        ),
    ] = None,
) -> None:
    """Fit the answerability model and its threshold out of fold (folds grouped by manual, and leave one
    set out); JSON with the in-sample and out-of-fold numbers and the weights fitted on everything, and
    with --held-out, the refit against the shipped confidences on sets neither has seen."""
    from engine.confidence import SHIPPED_FEATURES, SHIPPED_HOWTO, Weights
    from engine.outoffold import Spec, load_records, report, varying

    chosen = _feature_list("--features", features, SHIPPED_FEATURES)
    mode = howto.strip()
    # The shipped shifts of the features chosen, or edits of them; named shifts must be of chosen features.
    shipped = [f for f in SHIPPED_HOWTO if f in chosen]
    shifted = [] if mode in ("none", "varying") else _feature_list("--howto", howto, shipped)
    unknown = sorted(set(chosen + shifted) - set(Weights.features()))
    if unknown:
        raise typer.BadParameter(f"unknown features {unknown}; known: {', '.join(Weights.features())}")
    if "procedure" in shifted:
        raise typer.BadParameter("--howto: procedure is the how-to intercept itself; it has no how-to shift")
    unchosen = sorted(set(shifted) - set(chosen))
    if unchosen:
        raise typer.BadParameter(f"--howto: {unchosen} not among the chosen features (--features)")
    records = load_records(dumps)
    if held_out and len({path.stem for path in held_out}) < len(held_out):
        raise typer.BadParameter("--held-out: a set is given twice; each held-out dump is one set")
    held = load_records(held_out) if held_out else []
    if mode == "varying":
        shifted = varying(records, chosen)
    rules = None if hard_rules == "all" else frozenset(n.strip() for n in hard_rules.split(",") if n.strip())
    grid = _penalties(l2_grid)
    spec = Spec(tuple(chosen), hard_rules=rules, l2=l2, target_recall=target_recall, howto=tuple(shifted), l2_grid=grid)
    result = report(spec, records, k=folds, held=held)
    weights = {name: 0.0 for name in ("intercept", *Weights.features())} | result["fitted_on_all"]["weights"]
    result["fitted_on_all"]["weights"] = weights
    typer.echo(json.dumps(result, indent=2))


def _penalties(given: str) -> tuple[float, ...]:
    """--l2-grid's penalties: positive numbers (the fit needs L2 > 0 to stay finite on separable data)."""
    try:
        grid = tuple(float(n) for n in given.split(",") if n.strip())
    except ValueError as error:
        raise typer.BadParameter(f"--l2-grid: {error}; want comma-separated numbers") from error
    if any(not (0 < p < math.inf) for p in grid):
        raise typer.BadParameter(f"--l2-grid: every penalty must be a finite number above 0, got {given!r}")
    return tuple(sorted(set(grid)))


def _feature_list(option: str, given: str, shipped: Sequence[str]) -> list[str]:
    """A list of names, or +name/-name edits of the shipped list; empty: the shipped list."""
    names = [n.strip() for n in given.split(",") if n.strip()]
    edits = [n for n in names if n[0] in "+-"]
    if edits and len(edits) != len(names):
        raise typer.BadParameter(f"{option} is either a list of names or a list of +name/-name edits, not both")
    chosen = list(shipped) if edits or not names else names
    for edit in edits:
        chosen = [f for f in chosen if f != edit[1:]] + ([edit[1:]] if edit[0] == "+" else [])
    return chosen


def bench_answer(
    questions: Annotated[int, typer.Option("--questions")] = 40,
    delay: Annotated[float, typer.Option("--llm-delay", help="Fake LLM server delay, seconds")] = 0.3,
    concurrency: Annotated[int, typer.Option("--concurrency")] = 50,
    chunks: Annotated[
        int | None, typer.Option("--chunks", help="Top the sample manuals up to N chunks with synthetic ones")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output (the only format; kept for scripts)")] = False,
) -> None:
    """Per-stage latency p50/p95 cold and warm, extractive and LLM (fake server), messages/s at 50 chats,
    ingest against raw encode, storage per chunk, memory."""

    async def main(app: App) -> dict[str, Any]:
        from engine.bench import bench_answer as bench

        return await bench(app, questions=questions, llm_delay_s=delay, concurrency=concurrency, chunks=chunks)

    typer.echo(json.dumps(run(main, progress=True), indent=2))


def register(eval_cli: typer.Typer, bench_cli: typer.Typer) -> None:
    eval_cli.command("answers")(eval_answers)
    eval_cli.command("oof")(eval_oof)
    bench_cli.command("answer")(bench_answer)
