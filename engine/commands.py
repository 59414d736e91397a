"""Slash commands (/help, /status, /reload, /kb): ACL-checked, answered without the expert path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from engine.messages import Message, Reply
from knowledge.base import KnowledgeBase
from rivet.db import Database
from rivet.settings import SettingSpec, SettingsService, register

register(
    SettingSpec(
        "admin.users", "str", "", "Who may run admin commands: comma list of platform:user_id (or *).", "engine"
    ),
)

HELP = (
    "Ask me about your equipment in plain words, e.g. *kd400 tripping OC2 on decel, what do i check?*\n"
    "I answer from the plant's manuals with sources, or pass the question to an expert.\n"
    "Commands: /help, /status (admins), /reload (admins), /kb (admins)"
)


@dataclass(frozen=True)
class Command:
    name: str
    admin: bool
    run: Callable[[Message, list[str]], Awaitable[str]]


class Commands:
    """Command table plus the admin ACL (setting admin.users: "telegram:123,slack:U456" or "*")."""

    def __init__(self, db: Database, settings: SettingsService, knowledge: KnowledgeBase) -> None:
        self._db = db
        self._settings = settings
        self._knowledge = knowledge
        self.table = {
            c.name: c
            for c in (
                Command("help", False, self._help),
                Command("start", False, self._help),
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
            return Reply(
                f"Sorry, /{name} is for admins only. Ask your RIVET admin to add you to admin.users.",
                route="rejected",
                trace_id=message.trace_id,
            )
        text = await command.run(message, parts[1:])
        return Reply(text, route="command", trace_id=message.trace_id)

    async def _help(self, message: Message, args: list[str]) -> str:
        return HELP

    async def _status(self, message: Message, args: list[str]) -> str:
        status = await self._db.status()
        kb = await self._knowledge.status(message.tenant_id)
        return (
            f"Database: PostgreSQL {status['postgresql']}, pgvector {status['pgvector']}, {status['database_size']}\n"
            f"Knowledge ({message.tenant_id}): {kb['documents']} documents, {kb['chunks']} chunks\n"
            f"Embedder: {kb['embedder']}\nReranker: {kb['reranker']}"
        )

    async def _reload(self, message: Message, args: list[str]) -> str:
        await self._settings.reload()
        self._knowledge.forget()
        return "Settings reloaded."

    async def _kb(self, message: Message, args: list[str]) -> str:
        kb = await self._knowledge.status(message.tenant_id)
        domains = ", ".join(f"{d} {n}" for d, n in kb["domains"].items()) or "none"  # type: ignore[attr-defined]
        return f"{kb['documents']} documents, {kb['chunks']} chunks. Domains: {domains}"
