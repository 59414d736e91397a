"""Console adapter: `rivet chat` and `rivet ask` against the engine, like any other platform.

On first use the sample manuals are ingested for the tenant, so a fresh machine can chat at once.
When stdin is not a terminal, `rivet chat` reads one question per line (scriptable).
"""

from __future__ import annotations

import getpass
import json
import sys
from typing import Annotated, Any

import typer

from rivet.runner import load_config, run


def format_reply(reply: Any) -> str:
    lines = [reply.render_plain()]
    facts = [f"route {reply.route}"]
    if reply.domain:
        facts.append(f"domain {reply.domain}")
    if reply.confidence is not None:
        facts.append(f"confidence {reply.confidence:.2f}")
    if "total_ms" in reply.meta:
        facts.append(f"{reply.meta['total_ms']:.0f} ms")
    lines.append("(" + " · ".join(facts) + ")")
    return "\n".join(lines)


def reply_json(reply: Any) -> dict[str, Any]:
    return {
        "text": reply.text,
        "route": reply.route,
        "domain": reply.domain,
        "confidence": reply.confidence,
        "citations": [c.__dict__ for c in reply.citations],
        "trace_id": reply.trace_id,
        "meta": reply.meta,
    }


async def ensure_samples(app: Any, tenant: str) -> None:
    """Ingest the bundled sample manuals when the tenant has no knowledge yet.

    The minute this takes shows as a bar on a terminal; through a pipe it is two log lines, so
    stderr stays machine-readable (JSON) for `make demo` in CI.
    """
    from loguru import logger

    from knowledge.base import SAMPLES_DIR
    from rivet.progress import progress_display

    status = await app.knowledge.status(tenant)
    if status["documents"]:
        return
    logger.info("first run: ingesting the sample manuals for tenant {} (about a minute)", tenant)
    with progress_display():
        report = await app.knowledge.ingest([SAMPLES_DIR / "manuals"], tenant, description="sample manuals")
    logger.info("ingested {} documents, {} chunks", report.count("ingested"), report.chunks)


class ConsoleSender:
    """The console's Sender: prints each outbox row addressed to the console (or just records it)."""

    platform = "console"

    def __init__(self, echo: Any = None) -> None:
        self._echo = echo
        self._n = 0

    async def send(self, outbound: Any) -> Any:
        from engine.outbound import SentRef

        self._n += 1
        if self._echo is not None:
            self._echo(format_reply(outbound.reply) + "\n")
        dest = outbound.destination
        return SentRef("console", dest.chat_id, str(self._n), dest.thread_id)

    async def edit(self, ref: Any, outbound: Any) -> Any:
        if self._echo is not None:
            self._echo("(edited) " + format_reply(outbound.reply) + "\n")
        return ref


def console_message(tenant: str, text: str) -> Any:
    from engine.messages import Message

    user = getpass.getuser()
    return Message(
        tenant_id=tenant,
        platform="console",
        chat_id=f"console:{user}",
        user_id=user,
        user_name=user,
        text=text,
        is_direct=True,
    )


def chat(tenant: Annotated[str | None, typer.Option("--tenant", "-t")] = None) -> None:
    """Chat with RIVET in the terminal (one question per line when piped)."""
    config = load_config()
    tenant_id = tenant or str(config.default_tenant)
    interactive = sys.stdin.isatty()

    async def main(app: Any) -> None:
        import asyncio

        await ensure_samples(app, tenant_id)
        # Replies reach the terminal the way they reach Telegram: through the outbox, so an
        # expert's answer relayed to this console later is printed too.
        delivery = app.engine.delivery({"console": ConsoleSender(typer.echo)})
        if interactive:
            typer.echo("RIVET console. Ask about your equipment; /help for commands, Ctrl-D to quit.")
        while True:
            await delivery.drain_once()
            if interactive:
                line = await asyncio.to_thread(_prompt)
            else:
                line = await asyncio.to_thread(sys.stdin.readline)
                if line == "":
                    break
            if line is None:
                break
            if not line.strip():
                continue
            if not interactive:
                typer.echo(f"> {line.strip()}")
            await app.engine.dispatch(console_message(tenant_id, line.rstrip("\n")))
        await delivery.drain_once()

    run(main, config)


def _prompt() -> str | None:
    try:
        return input("you> ")
    except EOFError:
        return None


def ask(
    question: Annotated[str, typer.Argument(help="One question")],
    tenant: Annotated[str | None, typer.Option("--tenant", "-t")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Ask one question and print the answer (or JSON with --json)."""
    config = load_config()
    tenant_id = tenant or str(config.default_tenant)

    async def main(app: Any) -> Any:
        await ensure_samples(app, tenant_id)
        reply = await app.engine.dispatch(console_message(tenant_id, question))
        await app.engine.delivery({"console": ConsoleSender()}).drain_once()  # printed below, marked sent here
        return reply

    reply = run(main, config)
    typer.echo(json.dumps(reply_json(reply), indent=2, default=str) if as_json else format_reply(reply))


def register(cli: typer.Typer) -> None:
    cli.command("chat")(chat)
    cli.command("ask")(ask)
