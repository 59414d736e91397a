"""Prometheus metrics of one app: a private CollectorRegistry (two apps never share counters).

The pipeline records each reply once it is known and the delivery worker each delivery attempt;
the gauges (outbox backlog, escalations by state, messages waiting for a slot) are read from the
database when /metrics is scraped, so they are right whichever replica wrote the rows.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from sqlalchemy import text

from engine.messages import Reply
from rivet.db import Database

CONTENT_TYPE = CONTENT_TYPE_LATEST
STAGES = ("route", "retrieve", "rerank", "answer", "confidence")
_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 60.0)
_CONFIDENCE = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


class Metrics:
    """Counters and histograms the engine updates; `render()` refreshes the gauges and exposes all."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.messages = Counter(
            "rivet_messages", "Inbound messages and actions by platform and route of their reply.",
            ["platform", "route"], registry=r,
        )  # fmt: skip
        self.confidence = Histogram(
            "rivet_answer_confidence", "Confidence of answers given.", buckets=_CONFIDENCE, registry=r
        )
        self.stage_seconds = Histogram(
            "rivet_stage_seconds", "Seconds per answering stage (route, retrieve, rerank, answer, confidence).",
            ["stage"], buckets=_SECONDS, registry=r,
        )  # fmt: skip
        self.reply_seconds = Histogram(
            "rivet_reply_seconds", "Seconds from starting work on a message to its reply.", buckets=_SECONDS, registry=r
        )
        self.deliveries = Counter(
            "rivet_outbox_deliveries", "Outbox delivery attempts by platform and result (sent, retry, dead).",
            ["platform", "result"], registry=r,
        )  # fmt: skip
        self.delivery_seconds = Histogram(
            "rivet_outbox_delivery_seconds", "Seconds a platform call took to deliver an outbox row.",
            ["platform"], buckets=_SECONDS, registry=r,
        )  # fmt: skip
        self.outbox_rows = Gauge("rivet_outbox_rows", "Outbox rows not sent yet, by status.", ["status"], registry=r)
        self.escalations = Gauge("rivet_escalations", "Escalations by state.", ["state"], registry=r)
        self.waiting = Gauge("rivet_messages_waiting", "Messages queued for an answering slot.", registry=r)
        self.queue_wait_seconds = Histogram(
            "rivet_queue_wait_seconds", "Seconds a message waited for an answering slot (0 when one was free).",
            buckets=_SECONDS, registry=r,
        )  # fmt: skip
        self.queue_notices = Counter(
            "rivet_queue_notices", "\"On it, N questions ahead\" notices sent to messages that had to wait.",
            ["platform"], registry=r,
        )  # fmt: skip
        self._outbox_seen: set[str] = set()
        self._escalations_seen: set[str] = set()

    def reply(self, platform: str, reply: Reply | None) -> None:
        """One inbound event's outcome: its reply's route (none: silence by design), its confidence and timings."""
        route = reply.route if reply is not None else "none"
        self.messages.labels(platform, route).inc()
        if reply is None:
            return
        if reply.route == "answer" and reply.confidence is not None:
            self.confidence.observe(float(reply.confidence))
        timings = reply.meta.get("timings_ms") or {}
        for stage in STAGES:
            value = timings.get(stage)
            if isinstance(value, int | float):
                self.stage_seconds.labels(stage).observe(value / 1000)
        total = reply.meta.get("total_ms")
        if isinstance(total, int | float):
            self.reply_seconds.observe(total / 1000)

    def delivery(self, platform: str, result: str, seconds: float) -> None:
        """One delivery attempt: result is sent, retry or dead."""
        self.deliveries.labels(platform, result).inc()
        self.delivery_seconds.labels(platform).observe(seconds)

    async def refresh(self, db: Database, waiting: int) -> None:
        """The gauges, read now: outbox rows by status (sent excluded), escalations by state."""
        async with db.connect() as conn:
            outbox: dict[str, int] = dict(
                (await conn.execute(text("SELECT status, count(*) FROM outbox WHERE status <> 'sent' GROUP BY status")))
                .tuples()
                .all()
            )
            escalations: dict[str, int] = dict(
                (await conn.execute(text("SELECT status, count(*) FROM escalations GROUP BY status"))).tuples().all()
            )
        self._set(self.outbox_rows, self._outbox_seen, outbox)
        self._set(self.escalations, self._escalations_seen, escalations)
        self.waiting.set(waiting)

    @staticmethod
    def _set(gauge: Gauge, seen: set[str], values: dict[str, int]) -> None:
        # A status that emptied since the last scrape reads 0, not its old count.
        seen.update(str(k) for k in values)
        for key in seen:
            gauge.labels(key).set(int(values.get(key, 0)))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
