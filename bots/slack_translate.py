"""Translate-in for Slack: Events API events, /rivet commands and button presses -> engine types.

Pure functions over the payload dicts Slack sends, so every rule (what is ignored, which thread an
answer goes to, how a subcommand maps to an engine command) is testable without a server.
"""

from __future__ import annotations

import re
from typing import Any

from engine.messages import Attachment, Message
from engine.outbound import Action

PLATFORM = "slack"

# Subcommands of /rivet that are engine commands; anything else after /rivet is a question.
SUBCOMMANDS = frozenset({"help", "start", "status", "kb", "settings", "expert", "claim", "answer", "resolve", "reload"})

# Message subtypes a person produces when writing; every other subtype (edits, deletions, joins,
# bot posts, topic changes) is not a question and never reaches the engine.
USER_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})

_LEADING_MENTION = re.compile(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*")


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """Remove the bot's <@U…> mention(s); without a known bot id, a leading mention is removed."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>[\s,:]*", " ", text)
    else:
        text = _LEADING_MENTION.sub("", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def is_ignored(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """True for our own posts, other bots' posts, edits, deletions and every non-person subtype."""
    if event.get("subtype") not in USER_SUBTYPES:
        return True
    if event.get("bot_id") or event.get("bot_profile"):
        return True
    user = event.get("user")
    return not user or user == bot_user_id


def is_unaddressed_thread_reply(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """A person's reply inside a channel thread that does not mention the bot."""
    thread_ts, ts = event.get("thread_ts"), event.get("ts")
    mentioned = bool(bot_user_id) and f"<@{bot_user_id}>" in str(event.get("text") or "")
    return event.get("type") == "message" and bool(thread_ts) and thread_ts != ts and not mentioned


def attachment_kind(mimetype: str | None) -> str:
    """Slack calls everything a file; the engine distinguishes photos (it says what it cannot read)."""
    major = (mimetype or "").split("/", 1)[0]
    if major == "image":
        return "photo"
    if major in ("audio", "video"):
        return major
    return "document" if mimetype else "other"


def attachments(files: list[dict[str, Any]] | None) -> list[Attachment]:
    return [
        Attachment(
            kind=attachment_kind(f.get("mimetype")),  # type: ignore[arg-type]
            name=str(f.get("name") or f.get("title") or f.get("id") or "file"),
            mime_type=f.get("mimetype"),
            size_bytes=f.get("size"),
            url=f.get("url_private"),
        )
        for f in files or []
    ]


def event_message(
    body: dict[str, Any], *, bot_user_id: str | None, user_name: str | None = None, retry_num: str | None = None
) -> Message:
    """An app_mention or a direct message -> Message.

    A mention in a channel is answered in a thread under the question (thread_ts, else the
    message's own ts). A direct message is answered in the DM's main line unless it was itself
    written in a thread: the engine keys a conversation on (chat, thread), so a DM stays one
    conversation with follow-up context instead of one thread per question.
    """
    event = body["event"]
    channel = str(event["channel"])
    is_direct = event.get("channel_type") == "im" or channel.startswith("D")
    ts = str(event.get("ts") or event.get("event_ts"))
    thread_ts = event.get("thread_ts")
    thread_id = thread_ts if is_direct else (thread_ts or ts)
    extras: dict[str, Any] = {"event_type": event.get("type"), "team_id": body.get("team_id")}
    if event.get("type") == "message" and not is_direct:
        extras["addressed"] = False  # a thread reply without a mention: only the human loop reads it
    if retry_num is not None:
        extras["retry_num"] = retry_num
    return Message(
        tenant_id=str(body.get("team_id") or event.get("team")),
        platform=PLATFORM,
        chat_id=channel,
        user_id=str(event["user"]),
        user_name=user_name,
        text=strip_mention(str(event.get("text") or ""), bot_user_id),
        event_id=body.get("event_id"),
        thread_id=thread_id,
        message_id=ts,  # the question's own ts: the engine's answer replies to it
        is_direct=is_direct,
        attachments=attachments(event.get("files")),
        extras=extras,
    )


def command_text(text: str) -> str:
    """`/rivet <text>` -> what the engine reads: "status" -> "/status", "" -> "/help", a question stays."""
    stripped = text.strip()
    if not stripped:
        return "/help"
    first, _, rest = stripped.partition(" ")
    sub = first.lower().lstrip("/")
    if sub in SUBCOMMANDS:
        return f"/{sub} {rest.strip()}".rstrip()
    return stripped


def slash_message(form: dict[str, Any]) -> Message:
    """A /rivet slash command -> Message (the trigger id doubles as event id: commands have none).

    Only the user who ran it sees the command, so only they see the answer: a private reply,
    through the command's response_url (see bots/slack_sender.py).
    """
    channel = str(form["channel_id"])
    return Message(
        tenant_id=str(form["team_id"]),
        platform=PLATFORM,
        chat_id=channel,
        user_id=str(form["user_id"]),
        user_name=form.get("user_name"),
        text=command_text(str(form.get("text") or "")),
        event_id=f"slash:{form.get('trigger_id')}" if form.get("trigger_id") else None,
        is_direct=channel.startswith("D") or form.get("channel_name") == "directmessage",
        extras={"command": form.get("command"), "response_url": form.get("response_url"), "private_reply": True},
    )


def block_action(body: dict[str, Any], action: dict[str, Any]) -> Action:
    """A button press on one of our messages -> Action (data = the button's value)."""
    user = body.get("user") or {}
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = str((body.get("channel") or {}).get("id") or container.get("channel_id"))
    message_ts = container.get("message_ts") or message.get("ts")
    return Action(
        tenant_id=str((body.get("team") or {}).get("id") or user.get("team_id")),
        platform=PLATFORM,
        chat_id=channel,
        user_id=str(user.get("id")),
        user_name=user.get("username") or user.get("name"),
        data=str(action.get("value") or ""),
        message_ref=message_ts,
        thread_id=container.get("thread_ts") or message.get("thread_ts"),
        is_direct=channel.startswith("D"),
        event_id=f"action:{message_ts}:{action.get('action_id')}:{action.get('action_ts')}",
        private=bool(container.get("is_ephemeral")),
        response_url=body.get("response_url"),
    )


def file_message(body: dict[str, Any], info: dict[str, Any], *, user_name: str | None = None) -> Message:
    """A file_shared event plus its files.info -> the Message that on_document receives."""
    event = body["event"]
    channel = str(event.get("channel_id") or "")
    return Message(
        tenant_id=str(body.get("team_id")),
        platform=PLATFORM,
        chat_id=channel,
        user_id=str(event.get("user_id")),
        user_name=user_name,
        text=str(info.get("title") or info.get("name") or ""),
        event_id=body.get("event_id"),
        is_direct=channel.startswith("D"),
        attachments=attachments([info]),
        extras={"file_id": info.get("id")},
    )
