"""Escalation SLA: remind, re-route, expire. Plain async functions with an injected clock.

The scheduler registers them as jobs; tests call them with a clock they move. Each looks at
unclaimed tickets of every tenant with each tenant's own settings, and each step is one
transaction per ticket that changes the row and enqueues the message it causes, so two
schedulers (or a crash) cannot remind twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from loguru import logger
from sqlalchemy import text

from engine.escalations import Escalation, TransitionRefused
from engine.handoff import Handoff
from engine.messages import Reply
from engine.outbound import Destination, Outbound


async def _unclaimed(handoff: Handoff, now: datetime) -> list[Escalation]:
    """Every tenant's unclaimed tickets; each job then applies the tenant's own delay and rechecks
    the row under a lock before acting, so a ticket claimed meanwhile is left alone."""
    async with handoff.db.connect() as conn:
        return await handoff.store.due(conn, now)


async def remind(handoff: Handoff, now: datetime) -> int:
    """One reminder in the expert channel for each ticket unclaimed after escalation.remind_after_min."""
    sent = 0
    for esc in await _unclaimed(handoff, now):
        after = await handoff.settings.get_float("escalation.remind_after_min", esc.tenant_id, default=15.0)
        if esc.reminders or esc.created_at is None or now - esc.created_at < timedelta(minutes=after):
            continue
        async with handoff.db.connect() as conn:
            fresh = await handoff.store.get(conn, esc.tenant_id, esc.id, lock=True)
            if fresh.reminders or fresh.status not in ("open", "posted"):
                continue
            waited = int((now - esc.created_at).total_seconds() // 60)
            await handoff.note_to_experts(
                conn,
                fresh,
                f"Reminder: ticket #{esc.id} from {esc.asker} has waited {waited} min with nobody on it. "
                "Press Claim if you can take it.",
                f"esc:{esc.id}:remind:1",
            )
            await conn.execute(
                text("UPDATE escalations SET reminders = reminders + 1, reminded_at = :now WHERE id = :id"),
                {"now": now, "id": esc.id},
            )
        sent += 1
    if sent:
        handoff.notify()
        logger.info("SLA: {} reminder(s) sent", sent)
    return sent


async def reroute(handoff: Handoff, now: datetime) -> int:
    """Re-post tickets unclaimed after escalation.reroute_after_min to escalation.backup_channel."""
    moved = 0
    for esc in await _unclaimed(handoff, now):
        after = await handoff.settings.get_float("escalation.reroute_after_min", esc.tenant_id, default=60.0)
        if esc.rerouted or esc.created_at is None or now - esc.created_at < timedelta(minutes=after):
            continue
        raw = (await handoff.settings.get_str("escalation.backup_channel", esc.tenant_id, default="")).strip()
        if not raw:
            continue
        try:
            backup = Destination.parse(raw)
        except ValueError as exc:
            logger.error("tenant {}: escalation.backup_channel is not usable: {}", esc.tenant_id, exc)
            continue
        async with handoff.db.connect() as conn:
            fresh = await handoff.store.get(conn, esc.tenant_id, esc.id, lock=True)
            if fresh.rerouted or fresh.status not in ("open", "posted"):
                continue
            await handoff.post(conn, fresh, backup, kind="expert_post", trigger="reroute")
            await conn.execute(
                text(
                    "UPDATE escalations SET rerouted = true, channel = :ch, status = 'posted', "
                    "posted_at = coalesce(posted_at, :now) WHERE id = :id"
                ),
                {"ch": str(backup), "now": now, "id": esc.id},
            )
        moved += 1
    if moved:
        handoff.notify()
        logger.info("SLA: {} escalation(s) re-routed to the backup channel", moved)
    return moved


async def expire(handoff: Handoff, now: datetime) -> int:
    """Expire tickets unclaimed after escalation.expire_after_h and tell the technician what to do."""
    expired = 0
    for esc in await _unclaimed(handoff, now):
        hours = await handoff.settings.get_float("escalation.expire_after_h", esc.tenant_id, default=24.0)
        if esc.created_at is None or now - esc.created_at < timedelta(hours=hours):
            continue
        async with handoff.db.connect() as conn:
            try:
                fresh = await handoff.store.transition(conn, esc.tenant_id, esc.id, "expire", now=now)
            except TransitionRefused:
                continue  # claimed meanwhile
            notice = Reply(
                f"No expert picked up your question (ticket #{fresh.id}) within {hours:g} h, so I've closed it. "
                "If it still matters, call your supervisor or the on-call engineer, or send /expert with more "
                "detail (model, fault code, what you already checked) to ask again.",
                route="relay",
                trace_id=fresh.trace_id,
                meta={"escalation_id": fresh.id},
            )
            await handoff.outbox.enqueue(
                conn,
                Outbound(
                    fresh.tenant_id,
                    fresh.asker_destination,
                    notice,
                    f"esc:{fresh.id}:expired",
                    reply_to=fresh.message_id,
                ),
                kind="relay",
                escalation_id=fresh.id,
            )
            await handoff.note_to_experts(
                conn, fresh, f"Ticket #{fresh.id} expired unclaimed.", f"esc:{fresh.id}:expired-note"
            )
        expired += 1
    if expired:
        handoff.notify()
        logger.info("SLA: {} escalation(s) expired", expired)
    return expired
