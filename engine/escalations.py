"""Escalations: questions RIVET is not confident about, as rows with an explicit state machine.

    open -> posted -> claimed -> answered -> resolved
    open | posted            -> expired   (nobody claimed it in time)
    open | posted | claimed  -> cancelled

A row keeps where the answer must go back to (the asker's platform, chat, thread, message), the
bot's draft with its sources, why it was escalated, the expert channel and who claimed and
answered it. Every transition locks the row (SELECT ... FOR UPDATE) and is refused, with a
sentence that says why, when the row is not in a state that allows it: two experts clicking
Claim at once, or an answer to a resolved ticket, cannot both win.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.outbound import Destination
from rivet.db.tenants import ensure_tenant
from rivet.errors import RivetError

STATES = ("open", "posted", "claimed", "answered", "resolved", "expired", "cancelled")
UNCLAIMED = ("open", "posted")
HUMAN_OWNED = ("claimed", "answered")  # the technician's thread belongs to the expert
# action -> (states it may start from, state it ends in, the timestamp column it sets)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "post": (("open",), "posted", "posted_at"),
    "claim": (UNCLAIMED, "claimed", "claimed_at"),
    "answer": (("open", "posted", "claimed"), "answered", "answered_at"),
    "resolve": (("open", "posted", "claimed", "answered"), "resolved", "resolved_at"),
    "expire": (UNCLAIMED, "expired", "expired_at"),
    "cancel": (("open", "posted", "claimed"), "cancelled", "cancelled_at"),
}


class TransitionRefused(RivetError):
    """An illegal transition; the message is shown to whoever tried it."""


@dataclass
class Escalation:
    """One row of `escalations`."""

    id: int
    tenant_id: str
    platform: str
    chat_id: str
    thread_id: str | None
    user_id: str | None
    user_name: str | None
    message_id: str | None
    question: str
    domain: str | None
    confidence: float
    reason: str
    draft: str | None
    sources: list[dict[str, Any]]
    channel: str | None
    status: str
    trace_id: str
    claimed_by: str | None = None
    claimed_by_name: str | None = None
    expert: str | None = None
    expert_user_id: str | None = None
    answer: str | None = None
    reminders: int = 0
    rerouted: bool = False
    created_at: datetime | None = None
    timestamps: dict[str, datetime | None] = field(default_factory=dict)
    private: bool = False  # asked privately (a Slack /rivet): answers go only to the asker

    @property
    def asker_destination(self) -> Destination:
        """Where the asker hears back: their chat and thread, and only them when they asked privately."""
        private_to = self.user_id if self.private else None
        return Destination(self.platform, self.chat_id, self.thread_id, private_to=private_to)

    @property
    def asker(self) -> str:
        return self.user_name or self.user_id or "a technician"


_TS = ("posted_at", "claimed_at", "answered_at", "resolved_at", "expired_at", "cancelled_at", "reminded_at")
_FIELDS = (
    "id, tenant_id, platform, chat_id, thread_id, user_id, user_name, message_id, question, domain, confidence, "
    "reason, draft, sources, channel, status, trace_id, claimed_by, claimed_by_name, expert, expert_user_id, "
    "answer, reminders, rerouted, created_at, private, " + ", ".join(_TS)
)


def _row(r: Any) -> Escalation:
    m = dict(r._mapping)
    stamps = {k: m.pop(k) for k in _TS}
    return Escalation(**m, timestamps=stamps)


class EscalationStore:
    """Rows and transitions; every method takes the caller's connection (its transaction)."""

    async def open(
        self,
        conn: AsyncConnection,
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
        user_name: str | None = None,
        message_id: str | None = None,
        source_event: str | None = None,
        draft: str | None = None,
        sources: list[dict[str, Any]] | None = None,
        channel: str | None = None,
        private: bool = False,
        now: datetime | None = None,
    ) -> tuple[int, bool]:
        """Record an unanswered question; returns (id, created).

        `source_event` makes this idempotent: the platform's redelivery of the same question
        (after a crash) gets the ticket that was already opened, not a second one.
        """
        await ensure_tenant(conn, tenant_id)
        if source_event is not None:
            existing = (
                await conn.execute(
                    text("SELECT id FROM escalations WHERE tenant_id = :t AND platform = :p AND source_event = :e"),
                    {"t": tenant_id, "p": platform, "e": source_event},
                )
            ).scalar()
            if existing is not None:
                return int(existing), False
        new_id = (
            await conn.execute(
                text(
                    "INSERT INTO escalations (tenant_id, platform, chat_id, thread_id, user_id, user_name, "
                    "message_id, source_event, question, domain, confidence, reason, trace_id, draft, sources, "
                    "channel, private, created_at) "
                    "VALUES (:t, :p, :c, :th, :u, :un, :m, :e, :q, :d, :conf, :r, :tr, :draft, CAST(:src AS jsonb), "
                    ":ch, :private, coalesce(:now, now())) RETURNING id"
                ),
                {
                    "t": tenant_id,
                    "p": platform,
                    "c": chat_id,
                    "th": thread_id,
                    "u": user_id,
                    "un": user_name,
                    "m": message_id,
                    "e": source_event,
                    "q": question,
                    "d": domain,
                    "conf": float(confidence),
                    "r": reason,
                    "tr": trace_id,
                    "draft": draft,
                    "src": json.dumps(sources or []),
                    "ch": channel,
                    "private": private,
                    "now": now,
                },
            )
        ).scalar_one()
        return int(new_id), True

    async def get(self, conn: AsyncConnection, tenant_id: str, escalation_id: int, *, lock: bool = False) -> Escalation:
        """The tenant's escalation, or a refusal that does not reveal other tenants' tickets."""
        row = (
            await conn.execute(
                text(
                    f"SELECT {_FIELDS} FROM escalations WHERE tenant_id = :t AND id = :id"
                    + (" FOR UPDATE" if lock else "")
                ),
                {"t": tenant_id, "id": escalation_id},
            )
        ).first()
        if row is None:
            raise TransitionRefused(f"There is no ticket #{escalation_id}.")
        return _row(row)

    async def transition(
        self,
        conn: AsyncConnection,
        tenant_id: str,
        escalation_id: int,
        action: str,
        *,
        now: datetime | None = None,
        by: str | None = None,
        by_name: str | None = None,
        answer: str | None = None,
        **columns: Any,
    ) -> Escalation:
        """Apply `action` under a row lock, or raise TransitionRefused saying why not."""
        allowed_from, target, stamp = TRANSITIONS[action]
        esc = await self.get(conn, tenant_id, escalation_id, lock=True)
        if action in ("claim", "answer") and esc.status == "claimed" and esc.claimed_by not in (None, by):
            raise TransitionRefused(
                f"Ticket #{esc.id} is claimed by {esc.claimed_by_name or esc.claimed_by}; only they can answer it "
                "(or they can /resolve it to hand it back)."
            )
        if esc.status not in allowed_from:
            raise TransitionRefused(f"Ticket #{esc.id} is already {esc.status}, so it cannot be {_past(action)}.")
        values: dict[str, Any] = {"s": target, "now": now, "id": esc.id, **columns}
        sets = ["status = :s", f"{stamp} = coalesce(:now, now())"]
        if action == "claim" or (action == "answer" and esc.claimed_by is None):
            sets += ["claimed_by = :by", "claimed_by_name = :by_name"]
            if action == "answer":  # answering an unclaimed ticket claims it on the way
                sets.append("claimed_at = coalesce(claimed_at, :now, now())")
            values.update(by=by, by_name=by_name)
        if action == "answer":
            sets += ["answer = :answer", "expert = :by_name", "expert_user_id = :by"]
            values.update(answer=answer, by=by, by_name=by_name or by)
        sets += [f"{c} = :{c}" for c in columns]
        row = (
            await conn.execute(
                text(f"UPDATE escalations SET {', '.join(sets)} WHERE id = :id RETURNING {_FIELDS}"), values
            )
        ).first()
        assert row is not None
        return _row(row)

    async def latest_in_thread(
        self,
        conn: AsyncConnection,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        statuses: tuple[str, ...] = ("open", "posted", "claimed", "answered"),
    ) -> Escalation | None:
        """The newest escalation in the asker's thread in one of `statuses`.

        The defaults are every state still in play (/resolve without an id); HUMAN_OWNED asks
        whether an expert owns the thread, so the bot stays quiet there.
        """
        row = (
            await conn.execute(
                text(
                    f"SELECT {_FIELDS} FROM escalations WHERE tenant_id = :t AND platform = :p AND chat_id = :c "
                    "AND thread_id IS NOT DISTINCT FROM :th AND status = ANY(:s) ORDER BY id DESC LIMIT 1"
                ),
                {"t": tenant_id, "p": platform, "c": chat_id, "th": thread_id, "s": list(statuses)},
            )
        ).first()
        return None if row is None else _row(row)

    async def by_post(
        self, conn: AsyncConnection, tenant_id: str, platform: str, chat_id: str, refs: list[str]
    ) -> Escalation | None:
        """The escalation whose expert post (or reminder) is the message `refs` names in that chat.

        An expert answers by replying under the post: a Slack thread reply carries the post's ts as
        thread_ts, a Telegram reply carries the post's message_id.
        """
        if not refs:
            return None
        row = (
            await conn.execute(
                text(
                    f"SELECT {', '.join('e.' + f.strip() for f in _FIELDS.split(','))} FROM outbox o "
                    "JOIN escalations e ON e.id = o.escalation_id "
                    "WHERE o.tenant_id = :t AND e.tenant_id = :t AND o.platform = :p AND o.chat_id = :c "
                    "AND o.sent_message_id = ANY(:refs) AND o.kind IN ('expert_post', 'expert_note') "
                    "ORDER BY o.id DESC LIMIT 1"
                ),
                {"t": tenant_id, "p": platform, "c": chat_id, "refs": refs},
            )
        ).first()
        return None if row is None else _row(row)

    async def in_states(self, conn: AsyncConnection, tenant_id: str, statuses: tuple[str, ...]) -> list[Escalation]:
        rows = (
            await conn.execute(
                text(
                    f"SELECT {_FIELDS} FROM escalations WHERE tenant_id = :t AND status = ANY(:s) "
                    "ORDER BY created_at, id"
                ),
                {"t": tenant_id, "s": list(statuses)},
            )
        ).all()
        return [_row(r) for r in rows]

    async def due(self, conn: AsyncConnection, older_than: datetime) -> list[Escalation]:
        """Unclaimed escalations of every tenant opened before `older_than` (the SLA jobs read these)."""
        rows = (
            await conn.execute(
                text(
                    f"SELECT {_FIELDS} FROM escalations WHERE status IN ('open', 'posted') AND created_at <= :at "
                    "ORDER BY id"
                ),
                {"at": older_than},
            )
        ).all()
        return [_row(r) for r in rows]


def _past(action: str) -> str:
    return {
        "post": "posted",
        "claim": "claimed",
        "answer": "answered",
        "resolve": "resolved",
        "expire": "expired",
        "cancel": "cancelled",
    }[action]
