"""Documents sent in chat: an admin's upload is ingested into the tenant's knowledge base.

The adapter checks type and size before it downloads and hands over a local file; here the
uploader's rights are checked, a progress line is put in the outbox at once ("Reading X ...") and
replaced by the one-line result when the ingest is done (an edit of that same message), so the
admin sees it move instead of waiting on silence.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from loguru import logger

from engine.messages import Message, Reply
from engine.outbound import Destination, Outbound
from engine.outbox import Outbox
from knowledge.base import KnowledgeBase

IsAdmin = Callable[[Message], Awaitable[bool]]


class Uploads:
    """`ingest(message, path)` is the engine side of an adapter's on_document."""

    def __init__(self, knowledge: KnowledgeBase, outbox: Outbox, is_admin: IsAdmin, notify: Callable[[], None]) -> None:
        self._knowledge = knowledge
        self._outbox = outbox
        self._is_admin = is_admin
        self._notify = notify

    async def ingest(self, message: Message, path: Path) -> Reply:
        dest = Destination(message.platform, message.chat_id, message.thread_id)
        reply_to = message.message_id
        key = f"upload:{message.platform}:{message.event_id or message.trace_id}"
        if not await self._is_admin(message):
            logger.warning("refused upload of {} by non-admin {}:{}", path.name, message.platform, message.user_id)
            refusal = Reply(
                f"Only admins can add documents to the knowledge base; I haven't read {path.name}. "
                "Ask your RIVET admin, or type your question and I'll look it up.",
                route="rejected",
                trace_id=message.trace_id,
            )
            await self._outbox.put(Outbound(message.tenant_id, dest, refusal, key, reply_to=reply_to))
            self._notify()
            return refusal
        progress = Reply(f"Reading {path.name} into the knowledge base ...", route="command", trace_id=message.trace_id)
        progress_row = await self._outbox.put(
            Outbound(message.tenant_id, dest, progress, f"{key}:progress", reply_to=reply_to), kind="progress"
        )
        self._notify()
        report = await self._knowledge.ingest([path], message.tenant_id)
        outcome = report.outcomes[0] if report.outcomes else None
        if outcome is None or outcome.status == "error":
            why = outcome.error if outcome else "nothing was read"
            text = f"{path.name}: not added ({why})."
            route = "rejected"
        elif outcome.status == "skipped":
            text, route = f"{path.name}: already in the knowledge base (same content), nothing changed.", "command"
        else:
            text, route = f"{path.name}: added, {outcome.chunks} sections indexed. Ask away.", "command"
        result = Reply(text, route=route, trace_id=message.trace_id)  # type: ignore[arg-type]
        await self._outbox.put(
            Outbound(message.tenant_id, dest, result, f"{key}:result", reply_to=reply_to),
            kind="progress",
            edit_of=progress_row,
        )
        self._notify()
        logger.info("upload {} by {}:{}: {}", path.name, message.platform, message.user_id, text)
        return result
