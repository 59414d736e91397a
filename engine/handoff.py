"""The human escalation loop: post to the expert channel, take the expert's answer back, hand the thread back.

Each step is one transaction that changes the escalation's state and enqueues the messages that
change causes (the expert post with the ticket; the relayed answer with the knowledge draft), so a
crash leaves either both or neither. The asker and the expert may be on different platforms: a
destination is just "platform:chat". The engine decides; the outbox delivers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from loguru import logger
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.escalations import HUMAN_OWNED, Escalation, EscalationStore, TransitionRefused
from engine.learning import KnowledgeDrafts
from engine.messages import Button, Citation, Message, Reply
from engine.outbound import Destination, Outbound, SentRef, in_thread_of, reply_destination
from engine.outbox import Outbox
from rivet.db import Database
from rivet.settings import SettingSpec, SettingsService, register

SETTINGS = (
    SettingSpec(
        "escalation.channel",
        "str",
        "",
        "Expert channel for escalations, e.g. slack:C0123 or telegram:-100456; escalation.channel.<domain> "
        "overrides it per domain.",
        "escalation",
    ),
    SettingSpec(
        "escalation.backup_channel", "str", "", "Where an unclaimed escalation is re-posted after reroute_after_min.",
        "escalation",
    ),
    SettingSpec("escalation.remind_after_min", "float", 15.0, "Unclaimed minutes before a reminder.", "escalation"),
    SettingSpec(
        "escalation.reroute_after_min", "float", 60.0, "Unclaimed minutes before re-posting to the backup channel.",
        "escalation",
    ),
    SettingSpec("escalation.expire_after_h", "float", 24.0, "Unclaimed hours before the ticket expires.", "escalation"),
    SettingSpec(
        "experts.users", "str", "", "Who may /answer and /claim from anywhere: comma list of platform:user_id.",
        "escalation",
    ),
)  # fmt: skip
register(*SETTINGS)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Asked:
    """What the engine knew when it gave up: the draft, its sources and why."""

    question: str
    domain: str | None
    confidence: float
    reason: str
    draft: str | None
    citations: list[Citation]


def expert_buttons(escalation_id: int) -> list[Button]:
    """Claim, Send draft, Answer, Resolve (callback data stays far under Telegram's 64 bytes)."""
    return [
        Button("Claim", f"esc:claim:{escalation_id}"),
        Button("Send draft as is", f"esc:draft:{escalation_id}"),
        Button("Answer", f"esc:answer:{escalation_id}"),
        Button("Resolve", f"esc:resolve:{escalation_id}"),
    ]


class Handoff:
    """Opens, posts, claims, answers, relays and resolves escalations; the SLA jobs live in engine/sla.py."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        outbox: Outbox,
        drafts: KnowledgeDrafts,
        *,
        clock: Callable[[], datetime] = _now,
        notify: Callable[[], None] = lambda: None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.outbox = outbox
        self.store = EscalationStore()
        self.drafts = drafts
        self.clock = clock
        self.notify = notify
        self._unconfigured: set[str] = set()

    async def channel_for(self, tenant: str, domain: str | None) -> Destination | None:
        """escalation.channel.<domain>, else escalation.channel; a malformed value is logged and skipped."""
        candidates = []
        if domain:  # escalation.channel.<domain> keys are free-form, one per domain in use
            candidates.append(
                (
                    f"escalation.channel.{domain}",
                    await self.settings.get_str(f"escalation.channel.{domain}", tenant, default=""),
                )
            )
        candidates.append(("escalation.channel", await self.settings.get_str("escalation.channel", tenant, default="")))
        for key, raw in candidates:
            raw = raw.strip()
            if not raw:
                continue
            try:
                return Destination.parse(raw)
            except ValueError as exc:
                logger.error("tenant {}: setting {} is not usable: {}", tenant, key, exc)
        return None

    # ---- opening -------------------------------------------------------------------------------

    async def escalate(self, message: Message, asked: Asked, *, trigger: str) -> Reply:
        """Open the ticket and enqueue its expert post in one transaction; return the notice for the asker."""
        channel = await self.channel_for(message.tenant_id, asked.domain)
        sources = [c.__dict__ for c in asked.citations]
        async with self.db.connect() as conn:
            esc_id, created = await self.store.open(
                conn,
                tenant_id=message.tenant_id,
                platform=message.platform,
                chat_id=message.chat_id,
                thread_id=message.thread_id,
                user_id=message.user_id,
                user_name=message.user_name,
                message_id=message.message_id,
                source_event=message.event_id,
                question=asked.question,
                domain=asked.domain,
                confidence=asked.confidence,
                reason=asked.reason,
                trace_id=message.trace_id,
                draft=asked.draft,
                sources=sources,
                channel=str(channel) if channel else None,
                private=reply_destination(message).private_to is not None,
                now=self.clock(),
            )
            esc = await self.store.get(conn, message.tenant_id, esc_id, lock=True)
            if created and channel is not None:
                await self.post(conn, esc, channel, kind="expert_post", trigger=trigger)
                await self.store.transition(conn, esc.tenant_id, esc.id, "post", now=self.clock())
        self.notify()
        who = f"the {asked.domain} experts" if asked.domain else "an expert"
        if channel is None:
            if esc.tenant_id not in self._unconfigured:  # said once per tenant and process, not per ticket
                self._unconfigured.add(esc.tenant_id)
                logger.error("tenant {}: escalations have no expert channel (set escalation.channel)", esc.tenant_id)
            text_ = (
                f"I couldn't find a confident answer in the manuals, and no expert channel is set up for this site "
                f"yet, so I can't pass it on (ticket #{esc_id} is recorded for your admin). Please ask your "
                "supervisor directly."
            )
        elif trigger == "asked":
            text_ = f"I've asked {who} (ticket #{esc_id}). Their answer will come back to this chat."
        else:
            text_ = (
                f"I couldn't find a confident answer in the manuals, so I've asked {who} "
                f"(ticket #{esc_id}). Their answer will come back to this chat."
            )
        # The closest section helps while waiting, unless the question is about equipment no
        # document covers: then "closest" is some other machine's manual.
        closest = [] if asked.reason.startswith("no document in the knowledge base mentions") else asked.citations[:1]
        return Reply(
            text_,
            route="escalation",
            citations=closest,
            confidence=asked.confidence,
            domain=asked.domain,
            trace_id=message.trace_id,
            meta={"escalation_id": esc_id, "reason": asked.reason, "draft": asked.draft, "query": asked.question},
        )

    async def post(
        self, conn: AsyncConnection, esc: Escalation, channel: Destination, *, kind: str, trigger: str
    ) -> None:
        where = f"{esc.platform}, chat {esc.chat_id}" + (f", thread {esc.thread_id}" if esc.thread_id else "")
        why = esc.reason if trigger != "reroute" else f"{esc.reason} (nobody claimed it in the first channel)"
        lines = [
            f"*Ticket #{esc.id}*" + (f" · {esc.domain}" if esc.domain else "") + f" · confidence {esc.confidence:.2f}",
            f"Asked by {esc.asker} ({where}):",
            f"> {esc.question}",
            f"Why escalated: {why}",
        ]
        if esc.draft:
            lines += ["Draft answer:", esc.draft]
        lines.append(f"Reply under this message (or /answer {esc.id} your answer) and it goes back to the technician.")
        reply = Reply(
            "\n".join(lines),
            route="escalation",
            citations=[Citation(**c) for c in esc.sources],
            buttons=expert_buttons(esc.id),
            domain=esc.domain,
            trace_id=esc.trace_id,
            meta={"escalation_id": esc.id, "kind": kind},
        )
        await self.outbox.enqueue(
            conn,
            Outbound(esc.tenant_id, channel, reply, f"esc:{esc.id}:{kind}:{channel}"),
            kind="expert_post",
            escalation_id=esc.id,
        )

    # ---- the expert side -----------------------------------------------------------------------

    async def _thread_of_post(self, conn: AsyncConnection, esc: Escalation) -> tuple[Destination, str | None] | None:
        """Where to write under the newest delivered expert post of `esc` (None if none delivered yet)."""
        row = (
            await conn.execute(
                text(
                    "SELECT platform, chat_id, sent_message_id, sent_thread_id FROM outbox WHERE escalation_id = :e "
                    "AND kind = 'expert_post' AND status = 'sent' ORDER BY id DESC LIMIT 1"
                ),
                {"e": esc.id},
            )
        ).first()
        if row is None:
            return None
        return in_thread_of(SentRef(row.platform, row.chat_id, row.sent_message_id, row.sent_thread_id))

    async def note_to_experts(self, conn: AsyncConnection, esc: Escalation, body: str, key: str) -> None:
        """A line in the expert post's thread (or the channel, if the post is not out yet)."""
        where = await self._thread_of_post(conn, esc)
        if where is None:
            if not esc.channel:
                return
            dest, reply_to = Destination.parse(esc.channel), None
        else:
            dest, reply_to = where
        reply = Reply(body, route="relay", trace_id=esc.trace_id, meta={"escalation_id": esc.id})
        await self.outbox.enqueue(
            conn, Outbound(esc.tenant_id, dest, reply, key, reply_to=reply_to), kind="expert_note", escalation_id=esc.id
        )

    async def claim(self, tenant: str, esc_id: int, user: str, name: str | None) -> str:
        async with self.db.connect() as conn:
            esc = await self.store.transition(conn, tenant, esc_id, "claim", now=self.clock(), by=user, by_name=name)
            await self.note_to_experts(conn, esc, f"{name or user} claimed ticket #{esc.id}.", f"esc:{esc.id}:claimed")
        self.notify()
        return f"You have ticket #{esc.id}. Reply under the post (or /answer {esc.id} ...) to answer {esc.asker}."

    async def answer(self, tenant: str, esc_id: int, user: str, name: str | None, answer: str) -> str:
        """Relay the expert's answer to the asker's chat and thread, and keep it as a knowledge draft."""
        answer = answer.strip()
        if not answer:
            raise TransitionRefused(f"An answer to ticket #{esc_id} needs some text.")
        async with self.db.connect() as conn:
            esc = await self.store.transition(
                conn, tenant, esc_id, "answer", now=self.clock(), by=user, by_name=name or user, answer=answer
            )
            expert = name or user
            relay = Reply(
                f"*Answer from {expert}* (ticket #{esc.id}):\n{answer}",
                route="relay",
                buttons=[Button("✅ Solved, thanks", f"esc:resolve:{esc.id}")],
                trace_id=esc.trace_id,
                meta={"escalation_id": esc.id, "kind": "expert_answer"},
            )
            dest = esc.asker_destination
            await self.outbox.enqueue(
                conn,
                Outbound(esc.tenant_id, dest, relay, f"esc:{esc.id}:answer", reply_to=esc.message_id),
                kind="relay",
                escalation_id=esc.id,
            )
            draft_id = await self.drafts.create(conn, esc, answer=answer, expert=expert, now=self.clock())
        self.notify()
        return (
            f"Sent to {esc.asker} (ticket #{esc.id}). Follow-ups from them come to this thread until someone "
            f"resolves it. Saved as knowledge draft #{draft_id} for an admin to approve."
        )

    async def send_draft(self, tenant: str, esc_id: int, user: str, name: str | None) -> str:
        async with self.db.connect() as conn:
            esc = await self.store.get(conn, tenant, esc_id)
        if not esc.draft:
            raise TransitionRefused(f"Ticket #{esc_id} has no draft answer to send.")
        return await self.answer(tenant, esc_id, user, name, esc.draft)

    async def resolve(self, tenant: str, esc_id: int, user: str, name: str | None) -> str:
        """Close the ticket: the technician's thread belongs to the bot again."""
        async with self.db.connect() as conn:
            esc = await self.store.transition(conn, tenant, esc_id, "resolve", now=self.clock(), by=user)
            note = Reply(
                f"Ticket #{esc.id} is resolved. I'm back: ask me anything about your equipment.",
                route="relay",
                trace_id=esc.trace_id,
                meta={"escalation_id": esc.id},
            )
            await self.outbox.enqueue(
                conn,
                Outbound(esc.tenant_id, esc.asker_destination, note, f"esc:{esc.id}:resolved"),
                kind="relay",
                escalation_id=esc.id,
            )
            await self.note_to_experts(
                conn, esc, f"Ticket #{esc.id} resolved by {name or user}.", f"esc:{esc.id}:resolved-note"
            )
        self.notify()
        return f"Ticket #{esc.id} resolved."

    # ---- inbound routing -----------------------------------------------------------------------

    async def route_human_thread(
        self, message: Message, *, if_bot_answers: Callable[[AsyncConnection], Awaitable[None]] | None = None
    ) -> Reply | bool | None:
        """A message in a thread a human owns, or under an expert post.

        Returns False when this is not such a thread (the bot answers); None when the message
        was relayed and the bot stays quiet; a Reply for the expert who answered.
        `if_bot_answers` runs on the same connection when False is the answer (the pipeline reads
        the thread's recent turns there: one checkout and its round trips fewer per message).
        """
        refs = [r for r in (message.thread_id, message.reply_to) if r]
        # Reads only, each with its own snapshot as in any READ COMMITTED transaction: no BEGIN/COMMIT.
        async with self.db.connect(autocommit=True) as conn:
            post = await self.store.by_post(conn, message.tenant_id, message.platform, message.chat_id, refs)
            owned = None
            if post is None:
                owned = await self.store.latest_in_thread(
                    conn, message.tenant_id, message.platform, message.chat_id, message.thread_id, HUMAN_OWNED
                )
                if owned is None and if_bot_answers is not None:
                    await if_bot_answers(conn)
        if post is not None:
            try:
                text_ = await self.answer(message.tenant_id, post.id, message.user_id, message.user_name, message.text)
            except TransitionRefused as exc:
                text_ = str(exc)
            return Reply(text_, route="relay", trace_id=message.trace_id, meta={"escalation_id": post.id})
        if owned is not None:
            async with self.db.connect() as conn:
                await self.note_to_experts(
                    conn,
                    owned,
                    f"Follow-up from {message.user_name or message.user_id} on ticket #{owned.id}:\n> {message.text}",
                    f"esc:{owned.id}:followup:{message.event_id or message.trace_id}",
                )
            self.notify()
            logger.info("trace {}: follow-up relayed to the expert of ticket #{}", message.trace_id, owned.id)
            return None
        return False

    async def status_lines(self, tenant: str) -> list[str]:
        """For /status: the expert channel (or its absence) and the tickets in play."""
        channel = await self.channel_for(tenant, None)
        async with self.db.connect() as conn:
            counts: dict[str, int] = dict(
                (
                    await conn.execute(
                        text("SELECT status, count(*) FROM escalations WHERE tenant_id = :t GROUP BY status"),
                        {"t": tenant},
                    )
                )
                .tuples()
                .all()
            )
        in_play = ", ".join(f"{s} {counts[s]}" for s in ("open", "posted", "claimed", "answered") if counts.get(s))
        lines = [f"Expert channel: {channel}" if channel else "Expert channel: NOT SET UP (set escalation.channel)"]
        lines.append(f"Escalations in play: {in_play or 'none'}")
        return lines
