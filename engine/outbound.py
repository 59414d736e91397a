"""The outbound seam: where a message goes (Destination), what goes (Outbound), who delivers it (Sender).

The engine decides what to send and writes it to the outbox (engine/outbox.py); it never calls a
platform. A delivery worker claims outbox rows and hands each to the Sender of its platform, which
translates the Reply into the platform's API call (bots/telegram.py, bots/slack.py, bots/console.py)
and returns the platform's reference to the message it created, so it can be edited later.
Inbound button presses come back as an Action, never as text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from engine.messages import Message, Reply


@dataclass(frozen=True)
class Destination:
    """A chat (and optionally a thread in it) on one platform.

    Written in settings as "platform:chat" or "platform:chat/thread", e.g. `slack:C0123`,
    `telegram:-100456`, `slack:C0123/1716200000.000100`.
    """

    platform: str
    chat_id: str
    thread_id: str | None = None
    # A reply only one person sees (Slack's ephemeral messages): their user id, and the URL the
    # platform gave for answering that one request, if any (a Slack slash command's response_url,
    # good for 30 minutes and 5 uses; the sender falls back to the Web API when it is spent).
    private_to: str | None = None
    response_url: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Destination:
        """`slack:C0123` -> Destination("slack", "C0123"); raises ValueError with what was expected."""
        platform, sep, rest = spec.strip().partition(":")
        if not sep or not platform or not rest:
            raise ValueError(f"{spec!r} is not a destination; expected platform:chat_id, e.g. slack:C0123")
        chat, _, thread = rest.partition("/")
        if not chat:
            raise ValueError(f"{spec!r} has no chat id")
        return cls(platform.lower(), chat, thread or None)

    def __str__(self) -> str:
        where = f"{self.platform}:{self.chat_id}" + (f"/{self.thread_id}" if self.thread_id else "")
        return where + (f" (only {self.private_to})" if self.private_to else "")


def reply_destination(message: Message) -> Destination:
    """Where the reply to `message` goes: its chat and thread, and only to its author when the
    adapter asked for that (extras "private_reply", e.g. a Slack slash command), through the
    platform's "response_url" extra when it gave one."""
    private = bool(message.extras.get("private_reply"))
    url = message.extras.get("response_url")
    return Destination(
        message.platform,
        message.chat_id,
        message.thread_id,
        private_to=message.user_id if private else None,
        response_url=str(url) if private and url else None,
    )


@dataclass(frozen=True)
class SentRef:
    """The platform's reference to a delivered message (Telegram message_id, Slack ts)."""

    platform: str
    chat_id: str
    message_id: str
    thread_id: str | None = None


def in_thread_of(ref: SentRef) -> tuple[Destination, str | None]:
    """Where to write "under" a delivered message: (destination, reply_to).

    Slack threads hang off the root message's ts, so the thread id is the message itself; on
    Telegram (and the console) a reply names the message and the thread stays what it was.
    """
    if ref.platform == "slack":
        return Destination(ref.platform, ref.chat_id, ref.thread_id or ref.message_id), None
    return Destination(ref.platform, ref.chat_id, ref.thread_id), ref.message_id


@dataclass(frozen=True)
class Outbound:
    """One message to deliver: where, what, and the key that makes a repeated enqueue a no-op.

    `reply_to` is the platform message this answers (Telegram reply_to_message_id); `edit_of` is a
    message of ours to replace instead of sending a new one (an "on it" placeholder, a progress line).
    """

    tenant_id: str
    destination: Destination
    reply: Reply
    idempotency_key: str
    reply_to: str | None = None
    edit_of: SentRef | None = None
    id: int | None = None  # the outbox row id, once stored
    attempts: int = 0


@dataclass(frozen=True)
class Action:
    """A button press, normalized: who pressed, where, on which of our messages, and the button's data."""

    tenant_id: str
    platform: str
    chat_id: str
    user_id: str
    data: str
    message_ref: str | None = None  # the platform id of the message the button sat on
    thread_id: str | None = None
    user_name: str | None = None
    is_direct: bool = False
    event_id: str | None = None
    trace_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    # Pressed on a message only this user sees (a Slack ephemeral): the answer stays theirs alone,
    # through the response_url the platform sent with the press.
    private: bool = False
    response_url: str | None = None

    def reply_destination(self) -> Destination:
        """Where the answer to this press goes: the chat (and thread) it was pressed in."""
        private_to = self.user_id if self.private else None
        url = self.response_url if self.private else None
        return Destination(self.platform, self.chat_id, self.thread_id, private_to=private_to, response_url=url)


class DeliveryError(Exception):
    """A Sender could not deliver. `permanent` means retrying cannot help (chat gone, bot removed)."""

    def __init__(self, reason: str, *, permanent: bool = False, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after_s = retry_after_s


@runtime_checkable
class Sender(Protocol):
    """One per platform; called only by the outbox delivery worker (engine/outbox.py).

    `send` delivers a new message and returns its reference; `edit` replaces the text (and
    buttons) of a message sent earlier. Both raise DeliveryError on failure; any other exception
    counts as a retryable failure too.
    """

    platform: str

    async def send(self, outbound: Outbound) -> SentRef: ...

    async def edit(self, ref: SentRef, outbound: Outbound) -> SentRef: ...
