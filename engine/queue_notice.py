"""Load without silence: a message that has to wait for an answering slot is told so at once.

"On it — 3 questions ahead of yours." goes into the outbox the moment the message queues, and the
reply, when it comes, is an edit of that same platform message (outbox edit_of), so the technician
sees one message that turns into the answer. If the notice was never delivered (dead), the outbox
sends the reply as a new message instead.

A platform's retry of a waiting event must not bring a second notice, and a retry of an event
already answered must not bring a notice nobody will replace. So the notice is written in the
transaction that records the event's first sighting (Deduplicator.first_sight): only the first
delivery of an event ever sees it unknown, and whichever delivery later answers it (this one or a
retry on another replica) finds the notice by its key and replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from loguru import logger
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.dedupe import Deduplicator
from engine.messages import Message, Reply
from engine.metrics import Metrics
from engine.outbound import Destination, Outbound
from engine.outbox import Outbox

# What replaces a notice when the message turned out to need no reply (a follow-up relayed to the
# expert who owns the thread, a repeat from a user already told they are rate-limited). Small talk
# that gets no reply in a group is never announced in the first place (pipeline.unanswered_small_talk).
CLOSED = "Noted."
NOTICE_PREFIX = "On it — "


def notice_key(platform: str, event_id: str) -> str:
    return f"notice:{platform}:{event_id}"


def notice_text(ahead: int) -> str:
    return f"{NOTICE_PREFIX}{ahead} question{'' if ahead == 1 else 's'} ahead of yours."


class QueueNotices:
    """`tell` when a message starts waiting; `replaced` when its reply is committed."""

    def __init__(
        self, outbox: Outbox, dedupe: Deduplicator, notify: Callable[[], None], metrics: Metrics | None = None
    ) -> None:
        self._outbox = outbox
        self._dedupe = dedupe
        self._notify = notify
        self._metrics = metrics

    @staticmethod
    def wanted(message: Message, destination: Destination) -> bool:
        """Only a message someone expects an answer to in the chat: a direct message or one that
        addresses the bot, with an event id (the notice's idempotency key), answered in the open
        (a private answer, such as a Slack slash command's, cannot replace a chat message)."""
        return (
            bool(message.event_id)
            and message.platform != "console"
            and message.extras.get("addressed", True) is not False
            and destination.private_to is None
            and bool(message.text.strip() or message.attachments)
        )

    async def tell(self, message: Message, destination: Destination, ahead: int) -> int | None:
        """Put the notice in the outbox; returns its row id, or None when the event was seen before.

        Never raises: a notice is a courtesy, and failing to write one must not cost the answer.
        """
        assert message.event_id
        try:
            async with self._outbox.db.connect() as conn:
                if not await self._dedupe.first_sight(conn, message.tenant_id, message.platform, message.event_id):
                    return None
                notice = Reply(notice_text(ahead), route="queued", trace_id=message.trace_id)
                key = notice_key(message.platform, message.event_id)
                reply_to = message.message_id or message.extras.get("message_id")
                row = await self._outbox.enqueue(
                    conn, Outbound(message.tenant_id, destination, notice, key, reply_to=reply_to), kind="notice"
                )
        except Exception as exc:
            logger.warning("trace {}: queue notice not written: {}", message.trace_id, exc)
            return None
        self._notify()
        if self._metrics is not None:
            self._metrics.queue_notices.labels(message.platform).inc()
        logger.info("trace {}: waiting for a slot behind {}; notice is outbox row {}", message.trace_id, ahead, row)
        return row

    async def replaced(
        self,
        conn: AsyncConnection,
        tenant: str,
        platform: str,
        event_id: str | None,
        *,
        answered: bool,
        destination: Destination,
        trace_id: str,
    ) -> int | None:
        """The outbox row id of this event's notice, for the reply to edit (in the reply's transaction).

        When the event gets no reply (`answered` False), the notice is closed here with a short
        edit instead, so no "On it" is left standing.
        """
        if not event_id:
            return None
        key = notice_key(platform, event_id)
        row = (
            await conn.execute(
                text("SELECT id FROM outbox WHERE tenant_id = :t AND idempotency_key = :k"), {"t": tenant, "k": key}
            )
        ).first()
        if row is None:
            return None
        if not answered:
            closed = Reply(CLOSED, route="queued", trace_id=trace_id)
            await self._outbox.enqueue(conn, Outbound(tenant, destination, closed, f"{key}:closed"), kind="notice",
                                       edit_of=int(row.id))  # fmt: skip
        return int(row.id)
