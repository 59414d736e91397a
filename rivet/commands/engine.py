"""`rivet eval answers` and `rivet bench answer`: engine-level evaluation and benchmark commands."""

from __future__ import annotations

import json
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
) -> None:
    """Accuracy (answered, and of every draft), escalation recall, false escalation rate, AUC, calibration
    error and latency."""

    async def main(app: App) -> dict[str, Any]:
        from engine.evaluate import evaluate_answers

        return await evaluate_answers(app, questions, docs, fit=fit)

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
    bench_cli.command("answer")(bench_answer)
