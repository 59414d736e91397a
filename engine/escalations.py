"""Escalations: questions RIVET is not confident about, kept as rows until a human expert answers.

A row, not a message: the question must survive a restart and reach the expert channel from any
replica, and the expert's answer must find its way back to the technician's thread (and later
into the knowledge base). Delivery to the expert channel is a separate step that reads these rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from rivet.db import Database
from rivet.db.tenants import ensure_tenant

_COLUMNS = (
    "id, tenant_id, platform, chat_id, thread_id, user_id, question, domain, confidence, reason, "
    "trace_id, status, created_at, answered_at, answer, expert"
)


class EscalationStore:
    """The pipeline opens escalations; the expert relay lists and (later) answers them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def open(
        self,
        *,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        user_id: str | None,
        question: str,
        domain: str | None,
        confidence: float,
        reason: str,
        trace_id: str,
    ) -> int:
        """Record an unanswered question with why it was escalated; returns the escalation id.

        platform/chat_id/thread_id say where the answer must go back to; trace_id ties the row
        to the logs of the attempt that gave up.
        """
        async with self._db.connect() as conn:
            await ensure_tenant(conn, tenant_id)
            new_id = (
                await conn.execute(
                    text(
                        "INSERT INTO escalations (tenant_id, platform, chat_id, thread_id, user_id, question, "
                        "domain, confidence, reason, trace_id) "
                        "VALUES (:t, :p, :c, :th, :u, :q, :d, :conf, :r, :tr) RETURNING id"
                    ),
                    {
                        "t": tenant_id,
                        "p": platform,
                        "c": chat_id,
                        "th": thread_id,
                        "u": user_id,
                        "q": question,
                        "d": domain,
                        "conf": float(confidence),
                        "r": reason,
                        "tr": trace_id,
                    },
                )
            ).scalar_one()
        return int(new_id)

    async def list_open(self, tenant_id: str) -> list[dict[str, Any]]:
        """One tenant's open escalations, oldest first (the order an expert should take them)."""
        async with self._db.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        f"SELECT {_COLUMNS} FROM escalations WHERE tenant_id = :t AND status = 'open' "
                        "ORDER BY created_at, id"
                    ),
                    {"t": tenant_id},
                )
            ).all()
        return [dict(r._mapping) for r in rows]
