"""Slash commands (/help, /status, /reload, /kb): ACL-checked, answered without the expert path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from loguru import logger

from engine.conversation import ConversationStore
from engine.escalations import TransitionRefused
from engine.handoff import Asked, Handoff
from engine.learning import KnowledgeDrafts
from engine.messages import Message, Reply
from knowledge.base import KnowledgeBase
from rivet.db import Database
from rivet.settings import SettingsService

HELP = (
    "Ask me about your equipment in plain words, e.g. *kd400 tripping OC2 on decel, what do i check?*\n"
    "I answer from the plant's manuals with sources, or pass the question to an expert.\n"
    "Commands: /help, /expert [question] (ask a human), /resolve (hand the thread back to me)\n"
    "Experts: /claim ID, /answer ID text, /resolve ID\n"
    "Admins: /status, /reload, /kb, /kb pending, /kb approve ID [review YYYY-MM-DD], /kb reject ID"
)


@dataclass(frozen=True)
class Command:
    name: str
    admin: bool
    run: Callable[[Message, list[str]], Awaitable[str | Reply]]


class Commands:
    """Command table plus the admin ACL (setting admin.users: "telegram:123,slack:U456" or "*")."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        knowledge: KnowledgeBase,
        handoff: Handoff,
        drafts: KnowledgeDrafts,
        conversation: ConversationStore,
    ) -> None:
        self._db = db
        self._settings = settings
        self._knowledge = knowledge
        self._handoff = handoff
        self._drafts = drafts
        self._conversation = conversation
        self.table = {
            c.name: c
            for c in (
                Command("help", False, self._help),
                Command("start", False, self._help),
                Command("expert", False, self._expert),
                Command("resolve", False, self._resolve),
                Command("claim", False, self._claim),
                Command("answer", False, self._answer),
                Command("status", True, self._status),
                Command("reload", True, self._reload),
                Command("kb", True, self._kb),
            )
        }

    async def is_admin(self, message: Message) -> bool:
        if message.platform == "console":  # whoever has a shell on the server is already an admin
            return True
        allowed = {
            a.strip() for a in (await self._settings.get_str("admin.users", message.tenant_id)).split(",") if a.strip()
        }
        return "*" in allowed or f"{message.platform}:{message.user_id}" in allowed

    async def handle(self, message: Message) -> Reply:
        parts = message.text.strip().split()
        name = parts[0][1:].split("@", 1)[0].lower()  # Telegram appends @botname in groups
        command = self.table.get(name)
        if command is None:
            return Reply(f"Unknown command /{name}. Try /help.", route="command", trace_id=message.trace_id)
        if command.admin and not await self.is_admin(message):
            logger.warning(
                "refused /{} for non-admin {}:{} in tenant {}",
                name,
                message.platform,
                message.user_id,
                message.tenant_id,
            )
            return Reply(
                f"Sorry, /{name} is for admins only. Ask your RIVET admin to add you to admin.users.",
                route="rejected",
                trace_id=message.trace_id,
            )
        try:
            result = await command.run(message, parts[1:])
        except TransitionRefused as exc:
            return Reply(str(exc), route="rejected", trace_id=message.trace_id)
        if isinstance(result, Reply):
            return result
        return Reply(result, route="command", trace_id=message.trace_id)

    async def _may_answer(self, message: Message) -> bool:
        """Admins and experts.users may claim and answer from anywhere (replies under a post need no list)."""
        if await self.is_admin(message):
            return True
        experts = {
            a.strip()
            for a in (await self._settings.get_str("experts.users", message.tenant_id)).split(",")
            if a.strip()
        }
        return "*" in experts or f"{message.platform}:{message.user_id}" in experts

    async def _expert(self, message: Message, args: list[str]) -> Reply:
        """/expert [question]: a human, now. Without text, the thread's last question goes."""
        question = " ".join(args).strip()
        if not question:
            turns = await self._conversation.recent(
                message.tenant_id, message.platform, message.chat_id, message.thread_id
            )
            asked = [t for t in turns if t.role == "user"]
            question = str(asked[-1].meta.get("query") or asked[-1].text) if asked else ""
        if not question:
            return Reply(
                "Tell me what to ask the expert: /expert followed by your question (model, fault code, what you see).",
                route="rejected",
                trace_id=message.trace_id,
            )
        asked_ = Asked(question, None, 0.0, "the technician asked for an expert", None, [])
        return await self._handoff.escalate(message, asked_, trigger="asked")

    async def _ticket(self, message: Message, args: list[str]) -> int | None:
        if args and args[0].lstrip("#").isdigit():
            return int(args[0].lstrip("#"))
        return None

    async def _claim(self, message: Message, args: list[str]) -> str:
        ticket = await self._ticket(message, args)
        if ticket is None:
            return "Usage: /claim TICKET"
        if not await self._may_answer(message):
            return (
                "Only experts (experts.users) and admins can claim tickets from here; use the Claim button on the post."
            )
        return await self._handoff.claim(message.tenant_id, ticket, message.user_id, message.user_name)

    async def _answer(self, message: Message, args: list[str]) -> str:
        ticket = await self._ticket(message, args)
        if ticket is None or len(args) < 2:
            return "Usage: /answer TICKET your answer"
        if not await self._may_answer(message):
            return "Only experts (experts.users) and admins can answer tickets from here; reply under the post instead."
        return await self._handoff.answer(
            message.tenant_id, ticket, message.user_id, message.user_name, " ".join(args[1:])
        )

    async def _resolve(self, message: Message, args: list[str]) -> str:
        """/resolve TICKET (an expert), or /resolve in the asker's own thread (hand it back to the bot)."""
        ticket = await self._ticket(message, args)
        if ticket is None:
            async with self._db.connect() as conn:
                esc = await self._handoff.store.latest_in_thread(
                    conn, message.tenant_id, message.platform, message.chat_id, message.thread_id
                )
            if esc is None:
                return "There is no open ticket in this thread."
            ticket = esc.id
        return await self._handoff.resolve(message.tenant_id, ticket, message.user_id, message.user_name)

    async def _help(self, message: Message, args: list[str]) -> str:
        return HELP

    async def _status(self, message: Message, args: list[str]) -> str:
        status = await self._db.status()
        kb = await self._knowledge.status(message.tenant_id)
        outbox = await self._handoff.outbox.status(message.tenant_id)
        counts = outbox["counts"]
        lines = [
            f"Database: PostgreSQL {status['postgresql']}, pgvector {status['pgvector']}, {status['database_size']}",
            f"Knowledge ({message.tenant_id}): {kb['documents']} documents, {kb['chunks']} chunks",
            f"Embedder: {kb['embedder']}",
            f"Reranker: {kb['reranker']}",
            *await self._handoff.status_lines(message.tenant_id),
            "Outbox: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "empty"),
        ]
        for dead in outbox["dead"]:
            lines.append(
                f"  dead #{dead['id']} to {dead['platform']}:{dead['chat_id']} after {dead['attempts']} tries: "
                f"{dead['last_error']}"
            )
        pending, due = await self._drafts.list(message.tenant_id, today=date.today())
        lines.append(f"Knowledge drafts: {len(pending)} pending" + (f", {len(due)} past review" if due else ""))
        return "\n".join(lines)

    async def _reload(self, message: Message, args: list[str]) -> str:
        await self._settings.reload()
        self._knowledge.forget()
        return "Settings reloaded."

    async def _kb(self, message: Message, args: list[str]) -> str:
        sub = args[0].lower() if args else ""
        if sub == "pending":
            pending, due = await self._drafts.list(message.tenant_id, today=date.today())
            if not pending and not due:
                return "No knowledge drafts waiting."
            lines = [
                f"#{d.id} by {d.expert} ({d.created_at:%Y-%m-%d}): {d.question[:80]} -> {d.answer[:120]}"
                for d in pending
            ]
            lines += [f"REVIEW DUE #{d.id} ({d.source}, review date {d.review_date}): {d.question[:80]}" for d in due]
            return "\n".join(lines)
        if sub in ("approve", "reject"):
            if len(args) < 2 or not args[1].lstrip("#").isdigit():
                return f"Usage: /kb {sub} ID" + (" [review YYYY-MM-DD]" if sub == "approve" else "")
            draft = int(args[1].lstrip("#"))
            who = f"{message.platform}:{message.user_id}"
            if sub == "reject":
                return await self._drafts.reject(message.tenant_id, draft, who)
            review = None
            rest = [a for a in args[2:] if a.lower() != "review"]
            if rest:
                try:
                    review = date.fromisoformat(rest[0])
                except ValueError:
                    return f"{rest[0]!r} is not a date; use YYYY-MM-DD, e.g. /kb approve {draft} review 2027-06-30"
            return await self._drafts.approve(message.tenant_id, draft, who, review)
        kb = await self._knowledge.status(message.tenant_id)
        domains = ", ".join(f"{d} {n}" for d, n in kb["domains"].items()) or "none"  # type: ignore[attr-defined]
        return f"{kb['documents']} documents, {kb['chunks']} chunks. Domains: {domains}"
