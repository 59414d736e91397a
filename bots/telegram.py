"""The Telegram adapter: a thin class holding the python-telegram-bot Application.

It translates updates (bots/telegram_translate.py) and hands them to callables the composition
root passes in; it never decides an answer. Answers go out through the outbox and
TelegramSender (bots/telegram_sender.py). Polling by default; webhook mode mounts
`handle_webhook` in the web process (see mount_webhook).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import os
import re
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from aiohttp import web
from loguru import logger
from telegram import BotCommand, Document, Update
from telegram import Message as TgMessage
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bots.telegram_translate import BotIdentity, TenantMap, action_from_callback, message_from_update
from engine.messages import Message
from engine.outbound import Action

DEFAULT_API_URL = "https://api.telegram.org"
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query"]
DOCUMENT_TYPES = frozenset({".pdf", ".md", ".markdown", ".txt", ".html", ".htm"})
COMMANDS = [
    ("start", "Start talking to RIVET"),
    ("help", "What RIVET can do and how to ask"),
    ("expert", "Hand this question to a human expert"),
    ("resolve", "Mark the current question resolved"),
    ("answer", "Experts: answer an escalated question"),
    ("status", "Health, queue and knowledge status"),
    ("kb", "Documents in the knowledge base"),
    ("reload", "Admins: reload settings and knowledge"),
    ("settings", "Admins: show or change settings"),
]

OnMessage = Callable[[Message], Awaitable[None]]
OnAction = Callable[[Action], Awaitable[None]]
OnDocument = Callable[[Message, Path], Awaitable[None]]
FileLimitMb = float | Callable[[str], Awaitable[float]]


def telegram_api_url(environ: Mapping[str, str] | None = None) -> str:
    """TELEGRAM_API_URL (a local Bot API server, or the fake), else Telegram's own."""
    env = os.environ if environ is None else environ
    return (env.get("TELEGRAM_API_URL") or DEFAULT_API_URL).rstrip("/")


def build_application(token: str, api_url: str) -> Application[Any, Any, Any, Any, Any, Any]:
    """A PTB Application against `api_url` (Telegram's /bot<token>/ and /file/bot<token>/ layout).

    Updates are processed concurrently (a slow answer in one chat must not hold up the others).
    The engine bounds how many are answered at once and tells the rest they are queued, so this
    bound is only a memory guard: an update held here would wait in silence.
    """
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .concurrent_updates(256)
        .build()
    )


class TelegramAdapter:
    """Update in -> on_message / on_action / on_document out; no engine logic lives here.

    on_message(Message) and on_action(Action) are the engine side (in the real wiring they answer
    through the outbox). on_document(Message, path) ingests an uploaded manual; the file exists only
    while it runs. Without on_document, documents reach on_message as attachments like photos do.
    """

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        *,
        tenants: TenantMap,
        on_message: OnMessage,
        on_action: OnAction,
        on_document: OnDocument | None = None,
        max_file_mb: FileLimitMb = 20.0,
        webhook_secret: str | None = None,
        typing_after_s: float = 1.0,
        typing_every_s: float = 4.0,
    ) -> None:
        self.application = application
        self.tenants = tenants
        self.on_message = on_message
        self.on_action = on_action
        self.on_document = on_document
        self.max_file_mb = max_file_mb
        self.webhook_secret = webhook_secret
        self.typing_after_s = typing_after_s
        self.typing_every_s = typing_every_s
        application.add_handler(TypeHandler(Update, self._handle))

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, *, webhook_url: str | None = None) -> None:
        """Connect (getMe), publish the command menu, then poll, or register `webhook_url`."""
        await self.application.initialize()
        await self.application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        if webhook_url:
            if not self.webhook_secret:
                raise ValueError("webhook mode needs a webhook secret (Telegram sends it back in every call)")
            await self.application.bot.set_webhook(
                webhook_url, secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES
            )
        else:
            assert self.application.updater is not None, "build_application always makes an updater"
            await self.application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await self.application.start()
        logger.info("telegram: @{} {}", self.application.bot.username, "webhook" if webhook_url else "polling")

    async def stop_receiving(self) -> None:
        """Stop polling and wait for the updates being handled (PTB's stop awaits its handler tasks).
        The bot stays usable, so the outbox can still be flushed through it."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()

    async def stop(self) -> None:
        await self.stop_receiving()
        await self.application.shutdown()

    @property
    def identity(self) -> BotIdentity:
        bot = self.application.bot
        return BotIdentity(bot.id, bot.username)

    # -- inbound -----------------------------------------------------------------------------

    async def process(self, data: dict[str, Any]) -> None:
        """Handle one update given as Telegram's JSON (webhook calls, tests, `rivet simulate`)."""
        await self.application.process_update(Update.de_json(data, self.application.bot))

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """POST /telegram/webhook: the secret header must match; the update is handled before the
        200, so a crash mid-way makes Telegram deliver it again (the engine dedupes by event id)."""
        given = request.headers.get(SECRET_HEADER, "")
        if not self.webhook_secret or not hmac.compare_digest(given.encode(), self.webhook_secret.encode()):
            return web.json_response({"ok": False, "error": "bad secret token"}, status=403)
        try:
            data = json.loads(await request.read())
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # PTB raises assorted errors on JSON that is not an Update
            logger.warning("telegram: malformed webhook body refused: {}", exc)
            return web.json_response({"ok": False, "error": "malformed update"}, status=400)
        await self.application.process_update(update)
        return web.json_response({"ok": True})

    async def _handle(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await self._handle_callback(update)
            return
        message = message_from_update(update, self.identity, self.tenants)
        if message is None or update.message is None:
            return
        document = update.message.document
        if document is not None and self.on_document is not None:
            await self._guarded(update.message, self._handle_document(message, document))
        else:
            await self._guarded(update.message, self.on_message(message))

    async def _handle_callback(self, update: Update) -> None:
        query = update.callback_query
        assert query is not None
        try:
            await query.answer()  # stops the button's spinner, whatever happens next
        except TelegramError as exc:
            logger.warning("telegram: answerCallbackQuery failed: {}", exc)
        action = action_from_callback(update, self.tenants)
        if action is None:
            return
        try:
            await self.on_action(action)
        except Exception:
            logger.exception("telegram: on_action failed for {} (trace {})", action.data, action.trace_id)

    async def _handle_document(self, message: Message, document: Document) -> None:
        """Check type and size first (no download of what cannot be ingested), then download."""
        name = document.file_name or "document"
        suffix = Path(name).suffix.lower()
        limit_mb = await self._limit_mb(message.tenant_id)
        refused = None
        if suffix not in DOCUMENT_TYPES:
            refused = f"unsupported file type {suffix or '(none)'}; RIVET reads {' '.join(sorted(DOCUMENT_TYPES))}"
        elif document.file_size is not None and document.file_size > limit_mb * 1024 * 1024:
            refused = f"file is {document.file_size / 1024 / 1024:.1f} MB; the limit is {limit_mb:g} MB"
        if refused is not None or self.on_document is None:
            # The engine tells the user what it cannot take; nothing is silently dropped.
            await self.on_message(replace(message, extras={**message.extras, "document_refused": refused}))
            return
        with tempfile.TemporaryDirectory(prefix="rivet-telegram-") as folder:
            path = Path(folder) / _safe_name(name)
            file = await self.application.bot.get_file(document.file_id)
            await file.download_to_drive(path)
            await self.on_document(message, path)

    async def _limit_mb(self, tenant: str) -> float:
        limit = self.max_file_mb
        return float(limit) if isinstance(limit, int | float) else float(await limit(tenant))

    async def _guarded(self, origin: TgMessage, work: Awaitable[None]) -> None:
        """Run the engine side with a typing indicator; on failure tell the user instead of going quiet."""
        try:
            await self._with_typing(origin, work)
        except Exception:
            logger.exception("telegram: handling message {} in chat {} failed", origin.message_id, origin.chat.id)
            with contextlib.suppress(TelegramError):
                await origin.reply_text(
                    "Sorry, something went wrong on my side and your message was not handled. "
                    "Please try again in a minute.",
                    do_quote=True,
                )

    async def _with_typing(self, origin: TgMessage, work: Awaitable[None]) -> None:
        """Show "typing" once `work` takes longer than typing_after_s, and again every typing_every_s
        (Telegram clears the indicator after about 5 s)."""
        task = asyncio.ensure_future(work)
        delay = self.typing_after_s
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=delay)
                if done:
                    return task.result()
                try:
                    await origin.get_bot().send_chat_action(
                        origin.chat.id,
                        ChatAction.TYPING,
                        message_thread_id=origin.message_thread_id if origin.is_topic_message else None,
                    )
                except TelegramError as exc:
                    logger.debug("telegram: typing indicator failed: {}", exc)
                delay = self.typing_every_s
        finally:
            if not task.done():
                task.cancel()


def mount_webhook(app: web.Application, adapter: TelegramAdapter, path: str = WEBHOOK_PATH) -> None:
    """Route Telegram's webhook calls in the web process (bots/web.py) to the adapter."""
    app.router.add_post(path, adapter.handle_webhook)


def _safe_name(name: str) -> str:
    """A file name that cannot leave the temporary folder; the suffix is kept for the loader."""
    cleaned = re.sub(r"[^\w.\- ]", "_", Path(name).name).strip(". ") or "document"
    return cleaned[-120:]
