"""Thumbs up and down on the bot's answers: one vote per user and reply, the latest press wins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from rivet.db import Database
from rivet.db.tenants import ensure_tenant


class FeedbackStore:
    """Votes are facts for tuning and reports; a changed mind replaces the earlier vote."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self, tenant: str, reply_id: str, platform: str, chat_id: str, user_id: str, value: int, now: datetime
    ) -> None:
        if value not in (-1, 1):
            raise ValueError("feedback is +1 or -1")
        async with self._db.connect() as conn:
            await ensure_tenant(conn, tenant)
            await conn.execute(
                text(
                    "INSERT INTO feedback (tenant_id, reply_id, platform, chat_id, user_id, value, created_at) "
                    "VALUES (:t, :r, :p, :c, :u, :v, :now) ON CONFLICT (tenant_id, reply_id, user_id) "
                    "DO UPDATE SET value = EXCLUDED.value, created_at = EXCLUDED.created_at"
                ),
                {"t": tenant, "r": reply_id, "p": platform, "c": chat_id, "u": user_id, "v": value, "now": now},
            )

    async def totals(self, tenant: str) -> dict[str, int]:
        async with self._db.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down "
                        "FROM feedback WHERE tenant_id = :t"
                    ),
                    {"t": tenant},
                )
            ).one()
        return {"up": int(row.up), "down": int(row.down)}
