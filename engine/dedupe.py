"""Answer each platform event once, and never lose one: Slack and Telegram re-deliver, any replica may get it.

An event is claimed *in progress* with a lease, and marked *done* in the transaction that puts its
reply in the outbox. A redelivery of a done event is a duplicate; a redelivery while another
worker holds a live lease is a duplicate too, unless that lease runs out first (the worker died
mid-answer), in which case the redelivery takes the event over and answers it. An event that has
to wait for an answering slot is first only *seen* (first_sight, with no live lease), so that only
its first delivery is told it is queued (engine/queue_notice.py). Marking an event
before answering it, as this module once did, turned a crash into silence.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Row, text
from sqlalchemy.ext.asyncio import AsyncConnection

from rivet.db import Database
from rivet.db.tenants import with_tenant

Outcome = Literal["claimed", "done", "busy"]


@dataclass(frozen=True)
class Claim:
    outcome: Outcome
    lease_until: float = 0.0  # for "busy": when the holder's lease runs out (clock seconds)


async def _state(conn: AsyncConnection, tenant_id: str, platform: str, event_id: str) -> Row[Any] | None:
    """The event's row: status and lease end (epoch seconds), or None when never seen."""
    return (
        await conn.execute(
            text(
                "SELECT status, extract(epoch FROM lease_until) AS until FROM processed_events "
                "WHERE tenant_id = :t AND platform = :p AND event_id = :e"
            ),
            {"t": tenant_id, "p": platform, "e": event_id},
        )
    ).first()


class Deduplicator:
    """The pipeline claims before answering and marks done with the reply."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self.clock = clock

    async def claim(self, tenant_id: str, platform: str, event_id: str, lease_s: float) -> Claim:
        """Take the event for `lease_s` seconds, unless it is done or someone holds a live lease.

        Concurrent claims of one id serialize on the primary key, so exactly one wins.
        """
        now = self.clock()
        # Not flushed to disk on its own: the commit of the reply flushes it (WAL is written in
        # order), and a claim lost with a crashed server is only a lease that comes back.
        async with self._db.connect(durable=False) as conn:
            won = (
                await conn.execute(
                    text(
                        with_tenant(
                            "INSERT INTO processed_events "
                            "(tenant_id, platform, event_id, created_at, status, lease_until) "
                            "VALUES (:t, :p, :e, to_timestamp(:now), 'in_progress', to_timestamp(:until)) "
                            "ON CONFLICT (tenant_id, platform, event_id) DO UPDATE "
                            "SET lease_until = EXCLUDED.lease_until, created_at = EXCLUDED.created_at "
                            "WHERE processed_events.status = 'in_progress' "
                            "AND processed_events.lease_until < to_timestamp(:now) RETURNING 1"
                        )
                    ),
                    {"t": tenant_id, "p": platform, "e": event_id, "now": now, "until": now + lease_s},
                )
            ).first()
            if won is not None:
                return Claim("claimed")
            row = await _state(conn, tenant_id, platform, event_id)
        if row is None or row.status == "done":
            return Claim("done")
        return Claim("busy", float(row.until or 0.0))

    async def peek(self, tenant_id: str, platform: str, event_id: str) -> Claim | None:
        """The event's state without claiming it: "done", "busy" (a live lease), or None (free to claim).

        Cheap enough to ask before queueing for an answering slot, so a redelivery of an event that
        is answered or being answered elsewhere waits without holding a slot.
        """
        async with self._db.connect() as conn:
            row = await _state(conn, tenant_id, platform, event_id)
        if row is None:
            return None
        if row.status == "done":
            return Claim("done")
        until = float(row.until or 0.0)
        return Claim("busy", until) if until > self.clock() else None

    async def first_sight(self, conn: AsyncConnection, tenant_id: str, platform: str, event_id: str) -> bool:
        """Record the event as seen, in the caller's transaction; True for the first delivery only.

        The row holds no live lease (it ran out a second ago), so the claim that follows, by this
        delivery or a retry, takes the event at once. Concurrent calls serialize on the primary key.
        """
        now = self.clock()
        first = (
            await conn.execute(
                text(
                    with_tenant(
                        "INSERT INTO processed_events (tenant_id, platform, event_id, created_at, status, lease_until) "
                        "VALUES (:t, :p, :e, to_timestamp(:now), 'in_progress', to_timestamp(:past)) "
                        "ON CONFLICT (tenant_id, platform, event_id) DO NOTHING RETURNING 1"
                    )
                ),
                {"t": tenant_id, "p": platform, "e": event_id, "now": now, "past": now - 1.0},
            )
        ).first()
        return first is not None

    async def done(self, conn: AsyncConnection, tenant_id: str, platform: str, event_id: str) -> None:
        """Mark the event answered, in the caller's transaction (the one that enqueued the reply)."""
        await conn.execute(
            text(
                "UPDATE processed_events SET status = 'done', lease_until = NULL "
                "WHERE tenant_id = :t AND platform = :p AND event_id = :e"
            ),
            {"t": tenant_id, "p": platform, "e": event_id},
        )

    async def is_done(self, tenant_id: str, platform: str, event_id: str) -> bool:
        """Whether the event's reply is committed (by anyone): what lets a saved copy of it be deleted."""
        async with self._db.connect() as conn:
            status = (
                await conn.execute(
                    text(
                        "SELECT status FROM processed_events WHERE tenant_id = :t AND platform = :p AND event_id = :e"
                    ),
                    {"t": tenant_id, "p": platform, "e": event_id},
                )
            ).scalar()
        return status == "done"

    async def purge(self, older_than_s: float) -> int:
        """Forget done events older than `older_than_s` (a scheduler job); returns how many.

        Platforms stop re-delivering within minutes (Slack retries three times over about five
        minutes), so keeping a day is plenty and keeps the table small. In-progress rows stay
        until done or taken over.
        """
        async with self._db.connect() as conn:
            result = await conn.execute(
                text("DELETE FROM processed_events WHERE status = 'done' AND created_at < to_timestamp(:cutoff)"),
                {"cutoff": self.clock() - older_than_s},
            )
        return int(result.rowcount or 0)
