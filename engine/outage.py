"""When no database server can take a message: save it, say so at once, and answer it when the database is back.

Normally a message's reply reaches the platform through the outbox, a PostgreSQL table. With no
server reachable (DatabaseUnavailable, at the claim, in the chain or at the commit) nothing can
be written there, so `Outage.dispatch` saves the message to the local spool (engine/spool.py)
and sends the notice straight through the platform's Sender, once per saved message. `run()`
checks every `spool.replay_s` whether a primary is back and then re-dispatches each saved
message through the normal pipeline, oldest first within a chat; the event-id claim makes a
replay by two processes, or after a crash, answer once. An entry is deleted only after its
event is marked done, i.e. after its reply is committed to the outbox.

Only a process that runs the replay loop and has a Sender for the platform saves messages (the
bot and web processes). Elsewhere (`rivet chat`, evals) DatabaseUnavailable goes up as before.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping

from loguru import logger

from engine.dedupe import Deduplicator
from engine.messages import Message, Reply
from engine.outbound import Destination, Outbound, Sender
from engine.pipeline import Next, Pipeline
from engine.spool import SPOOLED_AT, Spool, Spooled
from rivet.db import Database
from rivet.errors import DatabaseUnavailable
from rivet.settings import SettingSpec, SettingsService, register

register(
    SettingSpec(
        "spool.replay_s",
        "float",
        5.0,
        "Seconds between checks, while messages saved during a database outage wait, whether a primary is back.",
        "engine",
        scope="global",
    )
)

NOT_SAVED = (
    "The knowledge base is unavailable right now, and I couldn't save your question. Please ask again in a few minutes."
)
NOTICE = (
    "The knowledge base is unavailable right now. Your question is saved, and I'll answer it here as soon as it's back."
)
EARLIER = "Earlier you asked: "
_QUOTE_CHARS = 200


class Replayed:
    """A chain step: the reply to a message saved during an outage says which question it answers."""

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        reply = await next_(message)
        if reply is None or SPOOLED_AT not in message.extras or not message.extras.get("addressed", True):
            return reply
        asked = " ".join(message.text.split())
        if len(asked) > _QUOTE_CHARS:
            asked = asked[: _QUOTE_CHARS - 1].rstrip() + "…"
        if asked:
            reply.text = f'{EARLIER}"{asked}"\n\n{reply.text}'
        return reply


class Outage:
    """Wraps Pipeline.dispatch: a message no database server can take is saved, acknowledged and replayed."""

    def __init__(
        self, pipeline: Pipeline, db: Database, settings: SettingsService, spool: Spool, dedupe: Deduplicator
    ) -> None:
        self._pipeline = pipeline
        self._db = db
        self._settings = settings
        self.spool = spool
        self._dedupe = dedupe
        self._senders: dict[str, Sender] = {}
        self._wake = asyncio.Event()
        self._running = False
        self._stopping = False
        self._rounds = asyncio.Lock()  # one replay round at a time in this process
        self._interval_s = 5.0
        self.down = False  # the last database call this process made found no server

    def add_senders(self, senders: Mapping[str, Sender]) -> None:
        """The platforms this process can tell directly that a message was saved (Engine.delivery)."""
        self._senders.update(senders)

    @property
    def running(self) -> bool:
        """Whether the replay loop runs in this process: only then are messages saved (see the module doc)."""
        return self._running

    def _saves(self, message: Message) -> bool:
        return self._running and message.platform in self._senders

    async def dispatch(self, message: Message) -> Reply | None:
        if not self._saves(message):
            return await self._pipeline.dispatch(message)
        if self.spool.holds_chat(message.tenant_id, message.platform, message.chat_id):
            # Older messages of this chat are still saved: this one goes behind them, so the
            # chat's answers keep their order.
            with contextlib.suppress(OSError):  # logged by _hold; then answered now, out of order
                return await self._hold(message, "earlier messages of this chat are still saved")
        try:
            reply = await self._pipeline.dispatch(message)
        except DatabaseUnavailable as exc:
            self.down = True
            try:
                return await self._hold(message, str(exc))
            except OSError:  # a full disk, a read-only volume: say so rather than promise an answer
                if not message.extras.get("addressed", True):
                    return None
                return await self._tell(message, Reply(NOT_SAVED, route="error", trace_id=message.trace_id), None)
        self.down = False
        return reply

    async def _hold(self, message: Message, why: str) -> Reply | None:
        """Save the message; tell its sender when the database is down. OSError: it could not be saved."""
        where = f"{message.platform}:{message.chat_id}"
        try:
            entry, new = await asyncio.to_thread(self.spool.append, message)
        except OSError as exc:
            logger.error("trace {}: message from {} could not be saved in {}: {}", message.trace_id, where,
                         self.spool.root, exc)  # fmt: skip
            raise
        if not new:
            logger.info("trace {}: {} event {} is already saved; no second notice", message.trace_id, where,
                        entry.message.event_id)  # fmt: skip
            return None
        logger.warning("trace {}: message from {} saved for later ({}); spool entry {}", message.trace_id, where, why,
                       entry.key)  # fmt: skip
        if not self.down:
            self._wake.set()  # the database is up: the saved messages are answered now, in order
            return None
        if not message.extras.get("addressed", True):
            return None  # chatter or an expert's thread reply: saved for the human loop, nobody to tell
        return await self._tell(message, Reply(NOTICE, route="error", trace_id=message.trace_id), entry.key)

    async def _tell(self, message: Message, notice: Reply, key: str | None) -> Reply:
        """Straight through the platform's Sender: the outbox is in the database that is away."""
        outbound = Outbound(
            message.tenant_id,
            Destination(message.platform, message.chat_id, message.thread_id),
            notice,
            f"spool-notice:{key or notice.id}",
            reply_to=message.message_id or message.extras.get("message_id"),
        )
        try:
            await self._senders[message.platform].send(outbound)
        except Exception as exc:  # the message is saved (or the log says it is not); only the notice is lost
            logger.warning("trace {}: the outage notice to {}:{} failed: {}", message.trace_id, message.platform,
                           message.chat_id, exc)  # fmt: skip
        return notice

    # ---- replay --------------------------------------------------------------------------

    async def replay_once(self) -> int:
        """Answer the saved messages of this process's platforms if a primary is back; returns how many."""
        async with self._rounds:
            entries = [e for e in await asyncio.to_thread(self.spool.pending) if e.message.platform in self._senders]
            if not entries:
                return 0
            if not await self._writable():
                self.down = True
                return 0
            self.down = False
            chats: dict[tuple[str, str, str], list[Spooled]] = {}
            for entry in entries:  # oldest first; each chat in its own order, chats side by side
                chats.setdefault(entry.chat, []).append(entry)
            logger.info("spool: a primary is back; answering {} saved messages from {} chats", len(entries), len(chats))
            return sum(await asyncio.gather(*(self._replay_chat(queue) for queue in chats.values())))

    async def _writable(self) -> bool:
        """Every listed server probed now: a primary that takes writes is the signal to replay."""
        try:
            return any(server.writes for server in await self._db.servers(refresh=True))
        except Exception as exc:
            logger.debug("spool: database still unavailable: {}", exc)
            return False

    async def _replay_chat(self, queue: list[Spooled]) -> int:
        answered = 0
        for entry in queue:
            message = entry.message
            try:
                await self._pipeline.dispatch(message)
                done = await self._dedupe.is_done(message.tenant_id, message.platform, str(message.event_id))
            except DatabaseUnavailable as exc:
                logger.warning("spool: database unavailable again while replaying ({}); will retry", exc)
                self.down = True
                return answered
            except Exception:
                logger.exception("spool: replaying entry {} failed; kept for the next round", entry.key)
                return answered
            if not done:  # another worker holds the event: keep it (and the chat's order) for the next round
                logger.info("spool: event {} of {}:{} is not done yet; kept", message.event_id, message.platform,
                            message.chat_id)  # fmt: skip
                return answered
            await asyncio.to_thread(self.spool.remove, entry)
            logger.info("trace {}: saved message from {}:{} answered", message.trace_id, message.platform,
                        message.chat_id)  # fmt: skip
            answered += 1
        return answered

    async def _interval(self) -> float:
        with contextlib.suppress(Exception):  # the setting lives in the database, which may be down
            self._interval_s = max(0.05, await self._settings.get_float("spool.replay_s", default=5.0))
        return self._interval_s

    async def run(self) -> None:
        """Replay until stop(): at start (a process that died after saving), then every spool.replay_s."""
        self._running = True
        self._stopping = False
        try:
            while not self._stopping:
                self._wake.clear()  # before the round: a message saved during it wakes the next one
                try:
                    await self.replay_once()
                except Exception:
                    logger.exception("spool: replay round failed")
                interval = await self._interval()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), interval)
        finally:
            self._running = False

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
