"""Console adapter: the console's Sender, its message and reply formats, and the sample manuals.

The `rivet chat` and `rivet ask` commands that use them live in rivet/commands/console.py.
"""

from __future__ import annotations

import getpass
from typing import Any


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
