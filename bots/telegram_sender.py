"""TelegramSender: delivers an Outbound through the Bot API; called only by the outbox worker.

A long Reply goes out as several messages; the buttons sit on the last part and the SentRef
returned is the last part's, because that is the message a button press (and a later edit, such
as removing the feedback buttons) refers to. When Telegram refuses our HTML the same parts are
resent as plain text. Failures become DeliveryError: permanent when retrying cannot help (bot
blocked, chat gone, a request Telegram calls bad), with retry_after_s on flood control.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from loguru import logger
from telegram import Bot, InlineKeyboardMarkup, ReplyParameters
from telegram import Message as TgMessage
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bots.telegram_render import keyboard, render_parts
from engine.outbound import DeliveryError, Outbound, SentRef

PLATFORM = "telegram"
PARSE_ERROR = "can't parse entities"
NOT_MODIFIED = "message is not modified"
EDIT_TARGET_GONE = ("message to edit not found", "message can't be edited")


class TelegramSender:
    """engine.outbound.Sender for Telegram, over a python-telegram-bot Bot (initialized lazily)."""

    platform = PLATFORM

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, outbound: Outbound) -> SentRef:
        """Send the reply as one or more messages; the first answers `outbound.reply_to`."""
        markup = keyboard(outbound.reply.buttons)
        try:
            return await self._send_parts(outbound, render_parts(outbound.reply), "HTML", markup)
        except TelegramError as exc:
            if not isinstance(exc, BadRequest) or PARSE_ERROR not in str(exc).lower():
                raise _delivery_error(exc) from exc
            logger.warning("telegram: HTML refused ({}); resending reply {} as plain text", exc, outbound.reply.id)
        try:
            return await self._send_parts(outbound, render_parts(outbound.reply, as_html=False), None, markup)
        except TelegramError as exc:
            raise _delivery_error(exc) from exc

    async def edit(self, ref: SentRef, outbound: Outbound) -> SentRef:
        """Replace the text and buttons of `ref`; a long reply continues in new messages after it.

        An edit that changes nothing counts as done; when the message to edit is gone, the reply
        is sent as a new message instead, so the answer still arrives.
        """
        markup = keyboard(outbound.reply.buttons)
        for parse_mode in ("HTML", None):
            parts = render_parts(outbound.reply, as_html=parse_mode is not None)
            try:
                await self._ready()
                await self.bot.edit_message_text(
                    parts[0],
                    chat_id=ref.chat_id,
                    message_id=int(ref.message_id),
                    parse_mode=parse_mode,
                    reply_markup=markup if len(parts) == 1 else None,
                )
            except BadRequest as exc:
                reason = str(exc).lower()
                if NOT_MODIFIED in reason:
                    pass
                elif parse_mode and PARSE_ERROR in reason:
                    logger.warning("telegram: HTML refused in an edit ({}); retrying as plain text", exc)
                    continue
                elif any(gone in reason for gone in EDIT_TARGET_GONE):
                    logger.info("telegram: message {} cannot be edited ({}); sending anew", ref.message_id, exc)
                    return await self.send(outbound)
                else:
                    raise _delivery_error(exc) from exc
            except TelegramError as exc:
                raise _delivery_error(exc) from exc
            if len(parts) == 1:
                return ref
            try:
                return await self._send_parts(outbound, parts[1:], parse_mode, markup, first_is_reply=False)
            except TelegramError as exc:
                raise _delivery_error(exc) from exc
        raise DeliveryError("Telegram refused both the HTML and the plain text edit", permanent=True)

    async def _send_parts(
        self,
        outbound: Outbound,
        parts: list[str],
        parse_mode: str | None,
        markup: InlineKeyboardMarkup | None,
        *,
        first_is_reply: bool = True,
    ) -> SentRef:
        """Send the parts in order; a failure part-way raises (the outbox retries the whole reply)."""
        await self._ready()
        destination = outbound.destination
        thread = int(destination.thread_id) if destination.thread_id else None
        sent: TgMessage | None = None
        for i, text in enumerate(parts):
            reply_parameters = None
            if i == 0 and first_is_reply and outbound.reply_to:
                # The technician may have deleted the question: answer anyway.
                reply_parameters = ReplyParameters(int(outbound.reply_to), allow_sending_without_reply=True)
            sent = await self.bot.send_message(
                destination.chat_id,
                text,
                parse_mode=parse_mode,
                reply_markup=markup if i == len(parts) - 1 else None,
                reply_parameters=reply_parameters,
                message_thread_id=thread,
            )
        assert sent is not None, "render_parts always returns at least one part"
        return SentRef(PLATFORM, destination.chat_id, str(sent.message_id), destination.thread_id)

    async def _ready(self) -> None:
        """PTB needs initialize() (getMe) before the first request; it is a no-op the second time."""
        await self.bot.initialize()


def _delivery_error(exc: TelegramError) -> DeliveryError:
    """Map PTB's exceptions to what the outbox worker needs: permanent, or when to retry."""
    reason = f"telegram: {type(exc).__name__}: {exc}"
    if isinstance(exc, RetryAfter):
        return DeliveryError(reason, retry_after_s=_seconds(exc.retry_after))
    if isinstance(exc, Forbidden | ChatMigrated):
        return DeliveryError(reason, permanent=True)
    if isinstance(exc, BadRequest):
        # A request Telegram calls bad (chat not found, text too long...) fails the same way again.
        return DeliveryError(reason, permanent=True)
    return DeliveryError(reason)  # network errors, 5xx, timeouts: worth another try


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
