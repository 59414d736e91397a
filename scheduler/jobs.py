"""The scheduled jobs: plain async functions of a JobContext, so tests call them with a clock they move.

Each returns a small dict of what it found (stored in scheduler_runs for /status) and raises when
it failed; the scheduler logs the failure and goes on (scheduler/service.py). None of them
delivers anything: messages they decide (reminders, the daily report) go into the outbox, and the
bot processes' delivery workers send them.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from loguru import logger
from sqlalchemy import text

from engine import sla
from engine.conversation import ConversationStore
from engine.dedupe import Deduplicator
from engine.messages import Reply
from engine.outbound import Destination, Outbound
from engine.ratelimit import RateLimiter
from engine.service import Engine
from rivet.db import Database
from rivet.errors import RivetError
from rivet.settings import SettingsService

# Platforms stop re-delivering an event within minutes (Slack: three retries over about five),
# so a day of done keys is plenty (engine/dedupe.py).
DEDUPE_KEEP_S = 86400.0
# A bucket idle this long is full again at the default rates; a missing bucket starts full.
RATE_BUCKET_IDLE_S = 3600.0
# conversation.retention_s as declared by engine/conversation.py; passed explicitly when reading.
CONVERSATION_RETENTION_S = 2592000.0
OUTBOX_ALERT_AGE_S = 300.0
# A health query slower than this is worth a warning: every answer makes a dozen of them.
HEALTH_SLOW_MS = 500.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class JobContext:
    """What jobs work with, built by the composition root from the app; `clock` is injectable.

    `state` is this process's memory between runs (the dead-row count last seen, tenants already
    told they have no admin channel); a new leader starts without it and repeats those lines once.
    """

    db: Database
    settings: SettingsService
    engine: Engine
    clock: Callable[[], datetime] = _utcnow
    state: dict[str, Any] = field(default_factory=dict)

    def epoch(self) -> float:
        """The clock in seconds, for the stores that keep plain epoch numbers."""
        return self.clock().timestamp()


class JobFailed(RivetError):
    """A job finished with some of its steps failed (each already logged with its trace)."""


JobFunc = Callable[[JobContext], Awaitable[dict[str, Any] | None]]


async def tenants(db: Database) -> list[str]:
    async with db.connect() as conn:
        return [str(t) for t in (await conn.execute(text("SELECT id FROM tenants ORDER BY id"))).scalars()]


# ---- health and settings ------------------------------------------------------------------------


async def health_check(ctx: JobContext) -> dict[str, Any]:
    """One cheap round trip; also says whether we reached a read-only standby (after a failover
    the URL may point at one, and every write would fail)."""
    started = time.perf_counter()
    async with ctx.db.connect() as conn:
        in_recovery = bool((await conn.execute(text("SELECT pg_is_in_recovery()"))).scalar())
    latency_ms = round((time.perf_counter() - started) * 1000, 1)
    if in_recovery:
        logger.error("database health: connected to a read-only standby ({} ms); writes will fail", latency_ms)
    elif latency_ms > HEALTH_SLOW_MS:
        logger.warning("database health: ok but slow, {} ms for one query", latency_ms)
    else:
        logger.info("database health: ok in {} ms", latency_ms)
    return {"latency_ms": latency_ms, "read_only": in_recovery}


async def settings_reload(ctx: JobContext) -> dict[str, Any]:
    """Re-read the settings table in this process (bot processes have their own TTL and /reload)."""
    await ctx.settings.reload()
    return {}


# ---- escalations --------------------------------------------------------------------------------


async def escalation_sla(ctx: JobContext) -> dict[str, Any]:
    """Expire, re-route, then remind: after a long pause a ticket past its deadline is closed
    instead of being reminded and re-posted first."""
    now = ctx.clock()
    handoff = ctx.engine.handoff
    return {
        "expired": await sla.expire(handoff, now),
        "rerouted": await sla.reroute(handoff, now),
        "reminded": await sla.remind(handoff, now),
    }


# ---- outbox -------------------------------------------------------------------------------------


async def outbox_backlog(ctx: JobContext) -> dict[str, Any]:
    """Alert on rows that wait too long (no worker for their platform?) and on new dead rows.

    The scheduler has no Senders and delivers nothing: the bot processes' workers do.
    """
    backlog = await ctx.engine.outbox.backlog()
    alert_age = await ctx.settings.get_float("scheduler.outbox_alert_age_s", default=OUTBOX_ALERT_AGE_S)
    for platform, waiting in backlog["waiting"].items():
        if waiting["oldest_age_s"] >= alert_age:
            logger.error(
                "outbox: {} row(s) for {} waiting, the oldest for {:.0f} s; is a {} bot process running?",
                waiting["rows"],
                platform,
                waiting["oldest_age_s"],
                platform,
            )
    dead = backlog["counts"].get("dead", 0)
    seen = ctx.state.get("outbox_dead")
    if dead > (seen or 0):
        logger.error(
            "outbox: {} dead row(s), {} since the last check; /status shows their reasons",
            dead,
            dead - (seen or 0),
        )
    ctx.state["outbox_dead"] = dead
    if backlog["counts"]:
        logger.info("outbox backlog: {}", backlog["counts"])
    return backlog


# ---- purges -------------------------------------------------------------------------------------


async def purge_turns(ctx: JobContext) -> dict[str, int]:
    """Each tenant's turns past its own conversation.retention_s; 0 or less keeps them all (a
    typo must not wipe a plant's history)."""
    store = ConversationStore(ctx.db, clock=ctx.clock)
    deleted: dict[str, int] = {}
    for tenant in await tenants(ctx.db):
        keep = await ctx.settings.get_float("conversation.retention_s", tenant, default=CONVERSATION_RETENTION_S)
        if keep > 0:
            deleted[tenant] = await store.purge(keep, tenant_id=tenant)
    return deleted


async def purge(ctx: JobContext) -> dict[str, Any]:
    """Expired LLM cache rows, old dedupe keys, idle rate buckets, turns past retention.

    Each step runs even when another failed; the job fails afterwards if any did.
    """
    steps: dict[str, Callable[[], Awaitable[Any]]] = {
        "llm_cache": ctx.engine.llm.cache.purge_expired,
        "dedupe_keys": lambda: Deduplicator(ctx.db, clock=ctx.epoch).purge(DEDUPE_KEEP_S),
        "rate_buckets": lambda: RateLimiter(ctx.db, ctx.settings, clock=ctx.epoch).purge(RATE_BUCKET_IDLE_S),
        "conversation_turns": lambda: purge_turns(ctx),
    }
    result: dict[str, Any] = {}
    failed = []
    for name, step in steps.items():
        try:
            result[name] = await step()
        except Exception:
            logger.exception("purge of {} failed", name)
            failed.append(name)
    logger.info("purge: {}", result)
    if failed:
        raise JobFailed(f"purge of {', '.join(failed)} failed (see the traces above); done: {result}")
    return result


# ---- the daily report ---------------------------------------------------------------------------


async def usage(ctx: JobContext, tenant: str, since: datetime, until: datetime) -> dict[str, Any]:
    """A tenant's numbers for [since, until): questions, escalations, feedback, LLM use, delivery.

    Questions are counted from the bot's turns, so a conversation.retention_s under a day
    undercounts them (the turns are gone before the report is written).
    """
    ledger = await ctx.engine.llm.ledger.summary(tenant, since=since, until=until)
    span = {"t": tenant, "a": since, "b": until}
    async with ctx.db.connect() as conn:
        routes: dict[str | None, int] = dict(
            (
                await conn.execute(
                    text(
                        "SELECT meta->>'route', count(*) FROM conversation_turns WHERE tenant_id = :t "
                        "AND role = 'assistant' AND created_at >= :a AND created_at < :b GROUP BY 1"
                    ),
                    span,
                )
            )
            .tuples()
            .all()
        )
        esc = (
            await conn.execute(
                text(
                    "SELECT count(*) AS opened, "
                    "count(*) FILTER (WHERE status IN ('answered', 'resolved')) AS answered, "
                    "count(*) FILTER (WHERE status = 'expired') AS expired, "
                    "count(*) FILTER (WHERE status IN ('open', 'posted', 'claimed')) AS waiting "
                    "FROM escalations WHERE tenant_id = :t AND created_at >= :a AND created_at < :b"
                ),
                span,
            )
        ).one()
        votes = (
            await conn.execute(
                text(
                    "SELECT count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down "
                    "FROM feedback WHERE tenant_id = :t AND created_at >= :a AND created_at < :b"
                ),
                span,
            )
        ).one()
        out = (
            await conn.execute(
                text(
                    "SELECT count(*) FILTER (WHERE status = 'sent' AND created_at >= :a AND created_at < :b) AS sent, "
                    "count(*) FILTER (WHERE status = 'dead' AND created_at >= :a AND created_at < :b) AS dead, "
                    "count(*) FILTER (WHERE status = 'dead') AS dead_total "
                    "FROM outbox WHERE tenant_id = :t AND (status = 'dead' OR created_at >= :a)"
                ),
                span,
            )
        ).one()
    return {
        "answered": int(routes.get("answer", 0)),
        "escalated": int(routes.get("escalation", 0)),
        "escalations": {"opened": esc.opened, "answered": esc.answered, "expired": esc.expired, "waiting": esc.waiting},
        "feedback": {"up": int(votes.up), "down": int(votes.down)},
        "llm": {
            "calls": ledger.calls,
            "failed": ledger.failed,
            "cached": ledger.cached,
            "prompt_tokens": ledger.prompt_tokens,
            "completion_tokens": ledger.completion_tokens,
            "cost_usd": float(ledger.cost_usd),
        },
        "outbox": {"sent": int(out.sent), "dead": int(out.dead), "dead_total": int(out.dead_total)},
    }


def format_report(tenant: str, day: str, u: dict[str, Any]) -> str:
    """The admin channel's message: one line per subject, numbers first."""
    esc, fb, llm, out = u["escalations"], u["feedback"], u["llm"], u["outbox"]
    asked = u["answered"] + u["escalated"]
    lines = [
        f"*Daily report for {tenant}, {day} (UTC)*",
        f"- Questions: {asked}: {u['answered']} answered by RIVET, {u['escalated']} escalated to experts",
        f"- Escalations opened: {esc['opened']}: {esc['answered']} answered by an expert, {esc['expired']} expired, "
        f"{esc['waiting']} still waiting",
        f"- Feedback: {fb['up']} 👍, {fb['down']} 👎",
        f"- LLM: {llm['calls']} calls ({llm['failed']} failed, {llm['cached']} from cache), "
        f"{llm['prompt_tokens']:,} prompt + {llm['completion_tokens']:,} completion tokens, "
        f"${llm['cost_usd']:.4f}",
        f"- Delivery: {out['sent']} messages sent, {out['dead']} undeliverable that day "
        f"({out['dead_total']} in all; /status shows why)",
    ]
    return "\n".join(lines)


async def daily_report(ctx: JobContext) -> dict[str, Any]:
    """Yesterday's (UTC) usage to each tenant's `admin.channel`, once per tenant and day.

    The report covers a whole calendar day and its outbox key names the day, so the job may run
    hourly, on any replica, and after restarts: the first run after midnight sends it, the others
    enqueue nothing. Tenants without an admin channel are skipped (said once per process).
    """
    midnight = ctx.clock().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    since = midnight - timedelta(days=1)
    day = since.date().isoformat()
    told: set[str] = ctx.state.setdefault("report_skipped", set())
    sent: list[str] = []
    for tenant in await tenants(ctx.db):
        raw = (await ctx.settings.get_str("admin.channel", tenant, default="")).strip()
        if not raw:
            if tenant not in told:
                logger.info("tenant {}: no admin.channel set, so no daily report", tenant)
                told.add(tenant)
            continue
        try:
            destination = Destination.parse(raw)
        except ValueError as exc:
            if tenant not in told:
                logger.error("tenant {}: admin.channel is not usable, no daily report: {}", tenant, exc)
                told.add(tenant)
            continue
        numbers = await usage(ctx, tenant, since, midnight)
        reply = Reply(format_report(tenant, day, numbers), route="command", meta={"kind": "daily_report"})
        row = await ctx.engine.outbox.put(Outbound(tenant, destination, reply, f"report:{day}"), kind="report")
        if row is not None:
            sent.append(tenant)
            logger.info("tenant {}: daily report for {} enqueued to {}", tenant, day, destination)
    return {"day": day, "enqueued": sent}
