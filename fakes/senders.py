"""A recording Sender: the outbound seam's test double, also used by `rivet simulate` before a platform exists.

It keeps every delivered message per chat (what a person in that chat would see), hands out
message references like a platform does, and can be told to fail the next N sends, with a
transient or a permanent error, to exercise the outbox's retries and dead rows.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field

from engine.outbound import DeliveryError, Outbound, SentRef


@dataclass
class Delivered:
    """One message as the platform shows it."""

    chat_id: str
    thread_id: str | None
    reply_to: str | None
    message_id: str
    text: str
    buttons: list[str]
    outbound: Outbound
    edits: list[str] = field(default_factory=list)


class RecordingSender:
    """Implements engine.outbound.Sender for any platform name."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.messages: list[Delivered] = []
        self.attempts = 0
        self._ids = itertools.count(1000)
        self._fail: list[DeliveryError] = []
        self._lock = asyncio.Lock()

    def fail_next(self, times: int, *, permanent: bool = False, reason: str = "HTTP 502 from the platform") -> None:
        self._fail.extend(DeliveryError(reason, permanent=permanent) for _ in range(times))

    async def send(self, outbound: Outbound) -> SentRef:
        async with self._lock:
            self.attempts += 1
            if self._fail:
                raise self._fail.pop(0)
            dest = outbound.destination
            message_id = str(next(self._ids))
            self.messages.append(
                Delivered(
                    dest.chat_id,
                    dest.thread_id,
                    outbound.reply_to,
                    message_id,
                    outbound.reply.render_plain(),
                    [b.data for b in outbound.reply.buttons],
                    outbound,
                )
            )
            return SentRef(self.platform, dest.chat_id, message_id, dest.thread_id)

    async def edit(self, ref: SentRef, outbound: Outbound) -> SentRef:
        async with self._lock:
            self.attempts += 1
            for delivered in self.messages:
                if delivered.message_id == ref.message_id:
                    delivered.edits.append(delivered.text)
                    delivered.text = outbound.reply.render_plain()
                    return ref
            raise DeliveryError(f"message {ref.message_id} not found", permanent=True)

    def in_chat(self, chat_id: str, thread_id: str | None = None) -> list[Delivered]:
        return [m for m in self.messages if m.chat_id == chat_id and (thread_id is None or m.thread_id == thread_id)]
