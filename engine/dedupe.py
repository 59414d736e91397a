"""Answer each platform event once: Slack and Telegram re-deliver, and any replica may get the retry.

The claim is one INSERT ... ON CONFLICT DO NOTHING RETURNING in PostgreSQL, so the database's
unique index, not a process-local set, decides which delivery wins.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import text

from rivet.db import Database
from rivet.db.tenants import ensure_tenant


class Deduplicator:
    """The pipeline's first step: `first_time` is True for exactly one delivery of an event."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    async def first_time(self, tenant_id: str, platform: str, event_id: str) -> bool:
        """Claim the event; False means another delivery (here or on another replica) already did.

        Concurrent claims of one id wait on the unique index for the winner's commit, so exactly
        one caller sees its row come back.
        """
        async with self._db.connect() as conn:
            await ensure_tenant(conn, tenant_id)
            row = (
                await conn.execute(
                    text(
                        "INSERT INTO processed_events (tenant_id, platform, event_id, created_at) "
                        "VALUES (:t, :p, :e, to_timestamp(:now)) ON CONFLICT DO NOTHING RETURNING 1"
                    ),
                    {"t": tenant_id, "p": platform, "e": event_id, "now": self._clock()},
                )
            ).first()
        return row is not None

    async def purge(self, older_than_s: float) -> int:
        """Forget events older than `older_than_s` (a scheduler job); returns how many.

        Platforms stop re-delivering within minutes (Slack retries three times over about five
        minutes), so keeping a day is plenty and keeps the table small.
        """
        async with self._db.connect() as conn:
            result = await conn.execute(
                text("DELETE FROM processed_events WHERE created_at < to_timestamp(:cutoff)"),
                {"cutoff": self._clock() - older_than_s},
            )
        return int(result.rowcount or 0)
