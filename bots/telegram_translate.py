"""Translate-in for Telegram: an Update becomes an engine Message or Action, or None (not for us).

Private chats are always for the bot. In groups the bot only hears what is addressed to it: an
@mention, a reply to one of its messages, or a command; other chatter is nobody's business.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from telegram import CallbackQuery, MessageEntity, Update
from telegram import Message as TgMessage

from engine.messages import Attachment, Message
from engine.outbound import Action

PLATFORM = "telegram"


@dataclass(frozen=True)
class BotIdentity:
    """Who the bot is (from getMe): needed to tell a mention or a reply to the bot from chatter."""

    id: int
    username: str


@dataclass(frozen=True)
class TenantMap:
    """Which tenant a chat belongs to; chats not listed belong to the default tenant."""

    default: str
    chats: Mapping[str, str] = field(default_factory=dict)

    def tenant_for(self, chat_id: str) -> str:
        return self.chats.get(chat_id, self.default)


def message_from_update(update: Update, bot: BotIdentity, tenants: TenantMap) -> Message | None:
    """The engine Message for a new message addressed to the bot; None for anything else.

    Edited messages, channel posts and group chatter return None. The bot's @name is taken out
    of the text ("@rivet_bot kd400 trips" -> "kd400 trips", "/status@rivet_bot" -> "/status").
    extras carries the Telegram message id (to reply to it) and the chat type.
    """
    msg = update.message
    if msg is None or msg.from_user is None or msg.from_user.is_bot:
        return None
    text = msg.text or msg.caption or ""
    entities = msg.entities or msg.caption_entities or ()
    private = msg.chat.type == "private"
    command = _command(text, entities)
    if command is not None and command[1] and command[1].lower() != bot.username.lower():
        return None  # "/status@other_bot": a command for another bot in the same group
    reply_to = _replied_message(msg)
    replied_to_bot = reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot.id
    if not (private or command is not None or replied_to_bot or _mentions(text, entities, bot)):
        return None
    chat_id = str(msg.chat.id)
    user = msg.from_user
    return Message(
        tenant_id=tenants.tenant_for(chat_id),
        platform=PLATFORM,
        chat_id=chat_id,
        user_id=str(user.id),
        user_name=user.username or user.full_name,
        text=_without_bot_name(text, bot),
        event_id=str(update.update_id),
        thread_id=str(msg.message_thread_id) if msg.is_topic_message and msg.message_thread_id else None,
        attachments=attachments(msg),
        reply_to=str(reply_to.message_id) if reply_to is not None else None,
        is_direct=private,
        extras={"message_id": str(msg.message_id), "chat_type": msg.chat.type, "file_ids": _file_ids(msg)},
    )


def action_from_callback(update: Update, tenants: TenantMap) -> Action | None:
    """The engine Action for a button press; None when it is not on a message we can place."""
    query: CallbackQuery | None = update.callback_query
    if query is None or query.data is None or query.message is None:
        return None
    on = query.message
    chat_id = str(on.chat.id)
    thread_id = getattr(on, "message_thread_id", None) if getattr(on, "is_topic_message", False) else None
    return Action(
        tenant_id=tenants.tenant_for(chat_id),
        platform=PLATFORM,
        chat_id=chat_id,
        user_id=str(query.from_user.id),
        data=query.data,
        message_ref=str(on.message_id),
        thread_id=str(thread_id) if thread_id else None,
        user_name=query.from_user.username or query.from_user.full_name,
        is_direct=on.chat.type == "private",
        event_id=str(update.update_id),
    )


def attachments(msg: TgMessage) -> list[Attachment]:
    """Documents, photos, voice notes and stickers, so the engine can say what it can read."""
    found: list[Attachment] = []
    if msg.document is not None:
        doc = msg.document
        found.append(Attachment("document", doc.file_name or "document", doc.mime_type, doc.file_size))
    if msg.photo:
        largest = msg.photo[-1]
        found.append(Attachment("photo", "photo.jpg", "image/jpeg", largest.file_size))
    if msg.voice is not None:
        found.append(Attachment("audio", "voice note", msg.voice.mime_type, msg.voice.file_size))
    if msg.audio is not None:
        found.append(Attachment("audio", msg.audio.file_name or "audio", msg.audio.mime_type, msg.audio.file_size))
    if msg.video is not None:
        found.append(Attachment("video", msg.video.file_name or "video", msg.video.mime_type, msg.video.file_size))
    if msg.sticker is not None:
        name = f"sticker {msg.sticker.emoji}" if msg.sticker.emoji else "sticker"
        found.append(Attachment("other", name, "image/webp", msg.sticker.file_size))
    return found


def _file_ids(msg: TgMessage) -> list[str]:
    media: list[Any] = [msg.document, msg.photo[-1] if msg.photo else None, msg.voice, msg.audio, msg.video]
    return [m.file_id for m in [*media, msg.sticker] if m is not None]


def _replied_message(msg: TgMessage) -> TgMessage | None:
    """The message this one answers; in a forum topic Telegram points every message at the topic's
    first message, which is not a reply the user made."""
    replied = msg.reply_to_message
    if replied is None:
        return None
    if msg.is_topic_message and replied.message_id == msg.message_thread_id:
        return None
    return replied


def _command(text: str, entities: tuple[MessageEntity, ...] | Any) -> tuple[str, str | None] | None:
    """("status", "rivet_bot") for "/status@rivet_bot ..."; None when the text is no command."""
    for entity in entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            word = _utf16_slice(text, 0, entity.length)[1:]
            name, _, target = word.partition("@")
            return name, target or None
    return None


def _mentions(text: str, entities: tuple[MessageEntity, ...] | Any, bot: BotIdentity) -> bool:
    for entity in entities:
        if entity.type == MessageEntity.MENTION:
            if _utf16_slice(text, entity.offset, entity.length).lower() == f"@{bot.username.lower()}":
                return True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot.id:
            return True
    return False


def _without_bot_name(text: str, bot: BotIdentity) -> str:
    cleaned = re.sub(rf"@{re.escape(bot.username)}\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", cleaned).strip() if cleaned != text else text


def _utf16_slice(text: str, offset: int, length: int) -> str:
    """Telegram entity offsets count UTF-16 code units, not Python characters."""
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le")
