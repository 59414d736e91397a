"""The durable outbox: every outbound message is a row before it is a platform call.

Rows are written by the caller's transaction (the state change that decided the message commits
with it, or neither does). A delivery worker in any replica claims due rows with
`FOR UPDATE SKIP LOCKED`, hands each to its platform's Sender, and records the platform's message
reference. Failures back off exponentially; after `outbox.max_attempts` a row is parked as dead
with its reason (shown by /status). Rows of one chat go out in order: a row is not claimed while
an earlier row of the same chat is still pending or being sent, so an edit never overtakes the
message it edits and a relayed answer never arrives before the notice that promised it.

The one duplicate window: the platform accepted a message and the process died before marking the
row sent. After the claim lease (`outbox.lease_s`, 60 s) another worker sends it again. The window
is the time between the platform's HTTP response and one indexed UPDATE: milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from loguru import logger
from opentelemetry.trace import Tracer
from opentelemetry.util.types import AttributeValue
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.messages import Button, Citation, Reply
from engine.metrics import Metrics
from engine.outbound import DeliveryError, Destination, Outbound, Sender, SentRef
from rivet import tracing
from rivet.db import Database
from rivet.db.tenants import with_tenant
from rivet.errors import RivetError
from rivet.settings import SettingSpec, SettingsService, register

SETTINGS = (
    SettingSpec("outbox.max_attempts", "int", 5, "Delivery attempts before an outbox row is parked as dead.", "outbox"),
    SettingSpec("outbox.retry_base_s", "float", 2.0, "First redelivery delay; doubles per attempt.", "outbox"),
    SettingSpec(
        "outbox.lease_s",
        "float",
        60.0,
        "Seconds a claimed row is held before another worker may retry it.",
        "outbox",
        scope="global",
    ),
)
register(*SETTINGS)

_META_KEYS = ("query", "escalation_id", "reason", "domain", "kind", "draft", "answerer", "total_ms")


def reply_payload(reply: Reply) -> dict[str, Any]:
    """The JSON a Reply is stored as: everything a Sender renders, plus what feedback needs later."""
    meta = {k: reply.meta[k] for k in _META_KEYS if k in reply.meta}
    return {
        "id": reply.id,
        "text": reply.text,
        "route": reply.route,
        "citations": [c.__dict__ for c in reply.citations],
        "buttons": [[b.label, b.data] for b in reply.buttons],
        "confidence": reply.confidence,
        "domain": reply.domain,
        "trace_id": reply.trace_id,
        "meta": json.loads(json.dumps(meta, default=str)),
    }


def reply_from_payload(payload: Mapping[str, Any]) -> Reply:
    return Reply(
        payload["text"],
        route=payload.get("route", "answer"),
        citations=[Citation(**c) for c in payload.get("citations", [])],
        buttons=[Button(label, data) for label, data in payload.get("buttons", [])],
        confidence=payload.get("confidence"),
        domain=payload.get("domain"),
        trace_id=payload.get("trace_id", ""),
        meta=dict(payload.get("meta", {})),
        id=payload.get("id", ""),
    )


@dataclass(frozen=True)
class Row:
    """A claimed outbox row: the Outbound to deliver and, for an edit, the message it replaces."""

    outbound: Outbound
    kind: str
    edit_ref: SentRef | None
    edit_pending: bool  # edit_of names a row that never got delivered (dead): send as new


class Outbox:
    """Writes rows inside the caller's transaction; claims and marks them for the delivery worker."""

    def __init__(self, db: Database, settings: SettingsService, *, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._settings = settings
        self.clock = clock

    async def enqueue(
        self,
        conn: AsyncConnection,
        outbound: Outbound,
        *,
        kind: str = "reply",
        escalation_id: int | None = None,
        edit_of: int | None = None,
    ) -> int | None:
        """Add a row in `conn`'s transaction; returns its id, or None when the key was enqueued before."""
        dest = outbound.destination
        payload = reply_payload(outbound.reply)
        tracing.remember_span(payload["meta"])  # the delivery's span links back to the message's
        row = (
            await conn.execute(
                text(
                    with_tenant(
                        "INSERT INTO outbox (tenant_id, idempotency_key, kind, platform, chat_id, thread_id, "
                        "private_to, response_url, reply_to, edit_of, reply_id, escalation_id, payload, "
                        "next_attempt_at, trace_id, created_at) VALUES (:t, :k, :kind, :p, :c, :th, :pv, :url, :rt, "
                        ":e, :rid, :esc, CAST(:pl AS jsonb), :now, :tr, to_timestamp(:now)) "
                        "ON CONFLICT (tenant_id, idempotency_key) DO NOTHING RETURNING id"
                    )
                ),
                {
                    "t": outbound.tenant_id,
                    "k": outbound.idempotency_key,
                    "kind": kind,
                    "p": dest.platform,
                    "c": dest.chat_id,
                    "th": dest.thread_id,
                    "pv": dest.private_to,
                    "url": dest.response_url,
                    "rt": outbound.reply_to,
                    "e": edit_of,
                    "rid": outbound.reply.id,
                    "esc": escalation_id,
                    "pl": json.dumps(payload),
                    "now": self.clock(),
                    "tr": outbound.reply.trace_id,
                },
            )
        ).first()
        return None if row is None else int(row.id)

    async def put(self, outbound: Outbound, **kwargs: Any) -> int | None:
        """enqueue() in a transaction of its own, for messages no state change decided."""
        async with self.db.connect() as conn:
            return await self.enqueue(conn, outbound, **kwargs)

    async def claim(self, platforms: list[str], *, limit: int = 20) -> list[Row]:
        """Claim due rows (pending and due, or sending with an expired lease), at most one per chat."""
        now = self.clock()
        lease = await self._settings.get_float("outbox.lease_s", default=60.0)
        async with self.db.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "WITH due AS (SELECT o.id FROM outbox o WHERE o.platform = ANY(:ps) "
                        "AND ((o.status = 'pending' AND o.next_attempt_at <= :now) "
                        "     OR (o.status = 'sending' AND o.claimed_until < :now)) "
                        "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.platform = o.platform "
                        "  AND p.chat_id = o.chat_id AND p.id < o.id AND p.status IN ('pending', 'sending')) "
                        "ORDER BY o.id LIMIT :n FOR UPDATE OF o SKIP LOCKED) "
                        "UPDATE outbox SET status = 'sending', claimed_until = :now + :lease, "
                        "attempts = outbox.attempts + 1 FROM due WHERE outbox.id = due.id "
                        "RETURNING outbox.*, (SELECT row(e.status, e.sent_message_id, e.sent_thread_id) "
                        "  FROM outbox e WHERE e.id = outbox.edit_of) AS edited"
                    ),
                    {"ps": platforms, "now": now, "n": limit, "lease": lease},
                )
            ).all()
        claimed = []
        for r in sorted(rows, key=lambda r: r.id):
            edit_ref, edit_pending = None, False
            if r.edit_of is not None and r.edited is not None:
                status, message_id, thread_id = r.edited  # psycopg returns row(...) as a tuple
                if status == "sent" and message_id:
                    edit_ref = SentRef(r.platform, r.chat_id, message_id, thread_id)
                else:
                    edit_pending = True
            outbound = Outbound(
                tenant_id=r.tenant_id,
                destination=Destination(r.platform, r.chat_id, r.thread_id, r.private_to, r.response_url),
                reply=reply_from_payload(r.payload),
                idempotency_key=r.idempotency_key,
                reply_to=r.reply_to,
                id=int(r.id),
                attempts=int(r.attempts),
            )
            claimed.append(Row(outbound, r.kind, edit_ref, edit_pending))
        return claimed

    async def mark_sent(self, row_id: int, ref: SentRef) -> None:
        async with self.db.connect() as conn:
            await conn.execute(
                text(
                    "UPDATE outbox SET status = 'sent', sent_message_id = :m, sent_thread_id = :th, "
                    "sent_at = to_timestamp(:now), claimed_until = NULL, last_error = NULL WHERE id = :id"
                ),
                {"id": row_id, "m": ref.message_id, "th": ref.thread_id, "now": self.clock()},
            )

    async def mark_failed(self, row: Row, error: DeliveryError) -> str:
        """Back off, or park the row as dead; returns the new status."""
        ob = row.outbound
        max_attempts = await self._settings.get_int("outbox.max_attempts", ob.tenant_id, default=5)
        base = await self._settings.get_float("outbox.retry_base_s", ob.tenant_id, default=2.0)
        dead = error.permanent or ob.attempts >= max_attempts
        delay = error.retry_after_s if error.retry_after_s is not None else base * 2 ** max(0, ob.attempts - 1)
        status = "dead" if dead else "pending"
        async with self.db.connect() as conn:
            await conn.execute(
                text(
                    "UPDATE outbox SET status = :s, last_error = :err, next_attempt_at = :at, claimed_until = NULL "
                    "WHERE id = :id"
                ),
                {"s": status, "err": error.reason[:2000], "at": self.clock() + delay, "id": ob.id},
            )
        return status

    async def status(self, tenant: str | None = None) -> dict[str, Any]:
        """Counts by status and the newest dead rows with their reasons (for /status)."""
        where = "WHERE tenant_id = :t" if tenant else ""
        async with self.db.connect() as conn:
            counts: dict[str, int] = dict(
                (
                    await conn.execute(
                        text(f"SELECT status, count(*) FROM outbox {where} GROUP BY status"), {"t": tenant}
                    )
                )
                .tuples()
                .all()
            )
            dead = (
                await conn.execute(
                    text(
                        "SELECT id, platform, chat_id, kind, attempts, last_error FROM outbox "
                        f"{where} {'AND' if where else 'WHERE'} status = 'dead' ORDER BY id DESC LIMIT 5"
                    ),
                    {"t": tenant},
                )
            ).all()
        return {
            "counts": {k: int(v) for k, v in counts.items()},
            "dead": [dict(r._mapping) for r in dead],
        }

    async def backlog(self) -> dict[str, Any]:
        """What is not delivered yet, for the scheduler's alert: counts by status (sent rows are not
        counted: the partial index skips them and the table keeps them), and per platform how many
        rows wait and the age of the oldest. A platform whose rows only age has no worker running.
        """
        now = self.clock()
        async with self.db.connect() as conn:
            counts = (
                await conn.execute(text("SELECT status, count(*) FROM outbox WHERE status <> 'sent' GROUP BY status"))
            ).all()
            waiting = (
                await conn.execute(
                    text(
                        "SELECT platform, count(*) AS n, extract(epoch FROM min(created_at)) AS oldest FROM outbox "
                        "WHERE status IN ('pending', 'sending') GROUP BY platform ORDER BY platform"
                    )
                )
            ).all()
        return {
            "counts": {str(r[0]): int(r[1]) for r in counts},
            "waiting": {
                str(r.platform): {"rows": int(r.n), "oldest_age_s": round(max(0.0, now - float(r.oldest)), 1)}
                for r in waiting
            },
        }

    async def find_reply(self, tenant: str, reply_id: str) -> dict[str, Any] | None:
        """The stored row of one of our replies (a feedback button names it by Reply.id)."""
        async with self.db.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT id, platform, chat_id, thread_id, reply_to, payload FROM outbox "
                        "WHERE tenant_id = :t AND reply_id = :r ORDER BY id LIMIT 1"
                    ),
                    {"t": tenant, "r": reply_id},
                )
            ).first()
        return None if row is None else dict(row._mapping)


class DeliveryWorker:
    """Drains the outbox for the platforms this process has Senders for.

    `notify()` wakes it at once (the pipeline calls it after enqueueing), so an answer does not
    wait for the poll interval; the poll catches rows written by other replicas and retries.
    """

    def __init__(
        self,
        outbox: Outbox,
        senders: Mapping[str, Sender],
        *,
        poll_s: float = 1.0,
        batch: int = 20,
        on_sent: Callable[[Row, SentRef], Any] | None = None,
        metrics: Metrics | None = None,
        tracer: Tracer | None = None,
    ) -> None:
        self._outbox = outbox
        self._senders = dict(senders)
        self._poll_s = poll_s
        self._batch = batch
        self._wake = asyncio.Event()
        self._stopping = False
        # One delivery round at a time: stop()'s flush waits for a round in progress instead of
        # finding its rows claimed ('sending') and leaving them to be cancelled mid-send.
        self._round = asyncio.Lock()
        self._on_sent = on_sent
        self._metrics = metrics
        self._tracer = tracer or tracing.tracer()

    @property
    def platforms(self) -> list[str]:
        return sorted(self._senders)

    def notify(self) -> None:
        self._wake.set()

    async def _deliver(self, row: Row) -> bool:
        """One row, in a span of its own: a delivery runs later than the message, maybe in another
        process, so the span carries the message's trace id and links to the span that wrote the row."""
        ob = row.outbound
        attributes: dict[str, AttributeValue] = {
            "rivet.trace_id": ob.reply.trace_id,
            "rivet.tenant": ob.tenant_id,
            "rivet.platform": ob.destination.platform,
            "rivet.outbox_id": ob.id or 0,
            "rivet.attempt": ob.attempts,
        }
        links = tracing.links_to(ob.reply.meta)
        with self._tracer.start_as_current_span("deliver", attributes=attributes, links=links) as span:
            delivered = await self._send(row)
            span.set_attribute("rivet.delivered", delivered)
            return delivered

    async def _send(self, row: Row) -> bool:
        ob = row.outbound
        sender = self._senders[ob.destination.platform]
        started = time.perf_counter()
        try:
            call = f"{ob.destination.platform}.{'edit' if row.edit_ref is not None else 'send'}"
            with self._tracer.start_as_current_span(call):
                if row.edit_ref is not None:
                    ref = await sender.edit(row.edit_ref, ob)
                else:
                    ref = await sender.send(ob)
        except Exception as exc:
            error = exc if isinstance(exc, DeliveryError) else DeliveryError(f"{type(exc).__name__}: {exc}")
            status = await self._outbox.mark_failed(row, error)
            if self._metrics is not None:
                result = "dead" if status == "dead" else "retry"
                self._metrics.delivery(ob.destination.platform, result, time.perf_counter() - started)
            log = logger.error if status == "dead" else logger.warning
            log(
                "trace {}: delivery of outbox row {} to {} failed (attempt {}): {}; now {}",
                ob.reply.trace_id,
                ob.id,
                ob.destination,
                ob.attempts,
                error.reason,
                status,
            )
            return False
        assert ob.id is not None
        await self._outbox.mark_sent(ob.id, ref)
        if self._metrics is not None:
            self._metrics.delivery(ob.destination.platform, "sent", time.perf_counter() - started)
        logger.debug("trace {}: outbox row {} delivered to {} as {}", ob.reply.trace_id, ob.id, ob.destination, ref)
        if self._on_sent is not None:
            self._on_sent(row, ref)
        return True

    async def drain_once(self) -> int:
        """Deliver every row that is due now (several claim rounds); returns how many were sent."""
        sent = 0
        while True:
            rows = await self._outbox.claim(self.platforms, limit=self._batch)
            if not rows:
                return sent
            results = await asyncio.gather(*(self._deliver(r) for r in rows))
            sent += sum(results)
            if not any(results):
                return sent  # all failed: they are backing off, do not spin

    async def run(self) -> None:
        """Deliver until stop(); a database outage is logged and retried, never fatal."""
        while not self._stopping:
            try:
                async with self._round:
                    await self.drain_once()
            except RivetError as exc:
                logger.warning("outbox delivery paused: {}", exc)
            except Exception:
                logger.exception("outbox delivery round failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll_s)

    async def stop(self, *, flush: bool = True) -> None:
        """Stop the loop; with flush, deliver what is due first (graceful shutdown)."""
        self._stopping = True
        self._wake.set()
        if flush:
            try:
                async with self._round:
                    await self.drain_once()
            except Exception:
                logger.exception("outbox flush at shutdown failed")
