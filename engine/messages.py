"""Normalized message types: every platform's update becomes a Message, every answer a Reply.

Platform specifics live in `extras` (errbot's backends/base.py pattern); the engine never imports
a chat library.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Route = Literal[
    "answer", "escalation", "command", "rate_limited", "error", "duplicate", "relay", "rejected", "queued"
]  # queued: the "On it, N questions ahead" notice the reply later replaces


@dataclass(frozen=True)
class Attachment:
    """A file or photo sent with a message (the engine says clearly what it cannot read)."""

    kind: Literal["photo", "document", "audio", "video", "other"]
    name: str
    mime_type: str | None = None
    size_bytes: int | None = None
    url: str | None = None


@dataclass
class Message:
    """One inbound message from any platform (Telegram, Slack, the console)."""

    tenant_id: str
    platform: str
    chat_id: str
    user_id: str
    text: str
    event_id: str | None = None
    thread_id: str | None = None
    user_name: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    reply_to: str | None = None  # the platform id of the message this one replies to
    is_direct: bool = False
    message_id: str | None = None  # this message's own platform id: our answer replies to it
    extras: dict[str, Any] = field(default_factory=dict)
    trace_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


@dataclass(frozen=True)
class Citation:
    """A numbered source an answer relies on: [n] in the text points here."""

    n: int
    source: str
    title: str
    heading: str = ""
    page: int | None = None

    def label(self) -> str:
        where = f" > {self.heading}" if self.heading else ""
        page = f", p. {self.page}" if self.page else ""
        return f"[{self.n}] {self.title}{where}{page}"


@dataclass(frozen=True)
class Button:
    """A reply button (feedback, follow-up actions); `data` comes back in a callback."""

    label: str
    data: str


@dataclass
class Reply:
    """The engine's answer to one Message.

    `text` uses a small markup subset both Telegram (HTML mode) and Slack (mrkdwn) can render:
    *bold*, `code`, and lines starting with "- " or "1. ". Adapters translate it.
    """

    text: str
    route: Route = "answer"
    citations: list[Citation] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    confidence: float | None = None
    domain: str | None = None
    trace_id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    # Feedback buttons carry this id ("fb:up:<id>"), so a press finds the reply it rates.
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])

    def render_plain(self) -> str:
        """Text plus sources, for the console and logs."""
        lines = [self.text]
        if self.citations:
            lines.append("")
            lines.append("Sources:")
            lines.extend(c.label() for c in self.citations)
        return "\n".join(lines)


def message_to_dict(message: Message) -> dict[str, Any]:
    """A Message as JSON-ready data (the outage spool stores messages on disk with it)."""
    return asdict(message)


def message_from_dict(data: dict[str, Any]) -> Message:
    """The inverse of message_to_dict; raises TypeError or KeyError on data that is not a Message."""
    fields = dict(data)
    fields["attachments"] = [Attachment(**a) for a in fields.get("attachments") or []]
    fields["extras"] = dict(fields.get("extras") or {})
    return Message(**fields)
