"""`rivet chat` and `rivet ask`: the console adapter (bots/console.py) against a built app.

On first use the sample manuals are ingested for the tenant, so a fresh machine can chat at once.
When stdin is not a terminal, `rivet chat` reads one question per line (scriptable).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bots.console import ConsoleSender, console_message, ensure_samples, format_reply, reply_json
from rivet.runner import load_config, run

if TYPE_CHECKING:
    from rivet.app import App


def chat(tenant: Annotated[str | None, typer.Option("--tenant", "-t")] = None) -> None:
    """Chat with RIVET in the terminal (one question per line when piped)."""
    config = load_config()
    tenant_id = tenant or str(config.default_tenant)
    interactive = sys.stdin.isatty()

    async def main(app: App) -> None:
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

    async def main(app: App) -> Any:
        await ensure_samples(app, tenant_id)
        reply = await app.engine.dispatch(console_message(tenant_id, question))
        await app.engine.delivery({"console": ConsoleSender()}).drain_once()  # printed below, marked sent here
        return reply

    reply = run(main, config)
    typer.echo(json.dumps(reply_json(reply), indent=2, default=str) if as_json else format_reply(reply))


def register(cli: typer.Typer) -> None:
    cli.command("chat")(chat)
    cli.command("ask")(ask)
