"""`rivet ingest`, `rivet search`, `rivet kb ...`, `rivet eval retrieval`: the knowledge base CLI.

Heavy libraries load inside the commands, never when the CLI starts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rivet.runner import load_config, run

if TYPE_CHECKING:
    from rivet.app import App
    from rivet.config import BootstrapConfig

kb_cli = typer.Typer(no_args_is_help=True, help="Knowledge base: status, remove, reembed.")
eval_cli = typer.Typer(no_args_is_help=True, help="Evaluate retrieval (and answers) on a question set.")

TenantOpt = Annotated[str | None, typer.Option("--tenant", "-t", help="Tenant id (default: RIVET_TENANT)")]


def _tenant(config: BootstrapConfig, tenant: str | None) -> str:
    return tenant or str(config.default_tenant)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (recursive)")],
    tenant: TenantOpt = None,
) -> None:
    """Ingest files and folders: each file is ingested, skipped (unchanged) or reported as an error."""
    config = load_config()
    tenant_id = _tenant(config, tenant)

    async def main(app: App) -> Any:
        # A file's error is said once, by the ingest log line, not echoed again here.
        return await app.knowledge.ingest(paths, tenant_id)

    report = run(main, config, progress=True)
    typer.echo(
        f"files {len(report.outcomes)}  ingested {report.count('ingested')}  skipped {report.count('skipped')}  "
        f"errors {report.count('error')}  chunks {report.chunks}  "
        f"({report.chunks_per_s:.1f} chunks/s, {report.seconds:.1f} s)"
    )
    if report.count("error"):
        raise typer.Exit(2)


def search(
    query: Annotated[str, typer.Argument(help="The question, as a technician would type it")],
    k: Annotated[int | None, typer.Option("--k", help="How many passages (default: retrieval.top_k)")] = None,
    tenant: TenantOpt = None,
    domain: Annotated[str | None, typer.Option("--domain", help="Only this domain")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Ranked passages with source, page, heading path and score."""
    from rivet.errors import RivetError

    if not query.strip():
        raise RivetError("the query is empty")
    config = load_config()
    tenant_id = _tenant(config, tenant)

    async def main(app: App) -> list[Any]:
        from knowledge.retriever import Filters

        retriever = await app.knowledge.retriever(tenant_id)
        filters = Filters(domains=[domain]) if domain else None
        return list(await retriever.search(query, tenant_id, k=k, filters=filters))

    passages = run(main, config)
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "source": p.source,
                        "title": p.title,
                        "heading": p.heading,
                        "page": p.page,
                        "score": round(p.score, 4),
                        "fused": round(p.fused, 4),
                        "rerank": p.rerank,
                        "text": p.text,
                    }
                    for p in passages
                ],
                indent=2,
            )
        )
        return
    if not passages:
        typer.echo("no passages found")
    for i, p in enumerate(passages, start=1):
        page = f" p.{p.page}" if p.page else ""
        typer.echo(f"[{i}] {p.score:.4f}  {p.source}{page}  {p.title}" + (f" > {p.heading}" if p.heading else ""))
        snippet = " ".join(p.text.split())
        typer.echo(f"    {snippet[:240]}{'...' if len(snippet) > 240 else ''}")


@kb_cli.command("status")
def kb_status(tenant: TenantOpt = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Documents, chunks, embedder, reranker and index state for a tenant."""
    config = load_config()
    tenant_id = _tenant(config, tenant)

    async def main(app: App) -> dict[str, Any]:
        result: dict[str, Any] = await app.knowledge.status(tenant_id)
        return result

    status = run(main, config)
    if as_json:
        typer.echo(json.dumps(status, indent=2))
        return
    for key in ("tenant", "documents", "chunks", "embedder", "reranker"):
        typer.echo(f"{key:<10} {status[key]}")
    typer.echo(f"{'stored':<10} {', '.join(status['stored_embeddings']) or '(nothing ingested)'}")
    typer.echo("domains    " + ", ".join(f"{d} {n}" for d, n in status["domains"].items()))
    typer.echo("indexes    " + "; ".join(status["indexes"]))


@kb_cli.command("remove")
def kb_remove(source: str, tenant: TenantOpt = None) -> None:
    """Delete one document (by its source name) and its chunks."""
    from knowledge.store import remove_document
    from rivet.errors import RivetError

    config = load_config()
    tenant_id = _tenant(config, tenant)

    async def main(app: App) -> bool:
        return await remove_document(app.db, tenant_id, source)

    if not run(main, config):
        raise RivetError(f"no document {source!r} in tenant {tenant_id!r} (see `rivet kb status`)")
    typer.echo(f"removed {source} from {tenant_id}")


@kb_cli.command("reembed")
def kb_reembed(tenant: TenantOpt = None) -> None:
    """Re-embed a tenant's chunks with the configured embedding model."""
    config = load_config()
    tenant_id = _tenant(config, tenant)

    async def main(app: App) -> int:
        count: int = await app.knowledge.reembed(tenant_id)
        return count

    typer.echo(f"re-embedded {run(main, config, progress=True)} chunks for {tenant_id}")


@eval_cli.command("retrieval")
def eval_retrieval(
    questions: Annotated[Path, typer.Argument(help="JSONL question file")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder of documents to ingest into a scratch tenant")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """hit@1, hit@5 and MRR@10 on a fresh, isolated tenant."""

    async def main(app: App) -> dict[str, Any]:
        from knowledge.evaluate import evaluate_retrieval

        return await evaluate_retrieval(app.knowledge, questions, docs)

    result = run(main, progress=True)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"{'kind':<14} {'n':>4} {'hit@1':>7} {'hit@5':>7} {'mrr@10':>7}")
    for kind, m in result["by_kind"].items():
        typer.echo(f"{kind:<14} {m['questions']:>4} {m['hit@1']:>7.3f} {m['hit@5']:>7.3f} {m['mrr@10']:>7.3f}")
    typer.echo(
        f"{'overall':<14} {result['questions']:>4} {result['hit@1']:>7.3f} {result['hit@5']:>7.3f} "
        f"{result['mrr@10']:>7.3f}"
    )
    typer.echo(f"documents {result['documents']}, chunks {result['chunks']}, reranker: {result['reranker']}")
    for miss in result["misses"]:
        typer.echo(f"  miss {miss['id']}: {miss['question']!r} wanted {miss['expected']} got {miss['got']}")


bench_cli = typer.Typer(no_args_is_help=True, help="Benchmarks (speed and memory targets live here).")


@bench_cli.command("retrieval")
def bench_retrieval(
    sizes: Annotated[str, typer.Option("--sizes", help="Comma-separated chunk counts")] = "1000,20000",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Encode vs ingest throughput, query p50/p95 at each size with and without reranker, peak memory."""

    async def main(app: App) -> dict[str, Any]:
        from knowledge.bench import bench_retrieval as bench

        return await bench(app.knowledge, sizes=tuple(int(s) for s in sizes.split(",")))

    result = run(main, progress=True)
    typer.echo(json.dumps(result, indent=None if not as_json else 2))


def register(cli: typer.Typer) -> None:
    """Attach the knowledge commands to the main CLI."""
    cli.command("ingest")(ingest)
    cli.command("search")(search)
    cli.add_typer(kb_cli, name="kb")
    cli.add_typer(eval_cli, name="eval")
    cli.add_typer(bench_cli, name="bench")
