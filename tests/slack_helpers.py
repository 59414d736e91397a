"""The Slack test harness: the real bolt app served over HTTP on 127.0.0.1 against fakes/slack.py."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from aiohttp import web

from bots.slack import SlackAdapter, SlackConfig
from bots.web import build_web_app
from engine.messages import Message
from engine.outbound import Action
from fakes.slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack, SlackEvents

ADMIN = "U0ADMIN"
TECH = "U0TECH"


@dataclass
class Recorder:
    """Recording on_message / on_action / on_document; `gate` makes on_message wait (a slow engine)."""

    messages: list[Message] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    documents: list[tuple[Message, Path, bytes]] = field(default_factory=list)
    admins: set[str] = field(default_factory=lambda: {ADMIN})
    gate: asyncio.Event | None = None
    finished: int = 0

    async def on_message(self, message: Message) -> None:
        self.messages.append(message)
        if self.gate is not None:
            await self.gate.wait()
        self.finished += 1

    async def on_action(self, action: Action) -> None:
        self.actions.append(action)

    async def on_document(self, message: Message, path: Path) -> None:
        # The adapter deletes the file after this returns, so read it now, like an ingester would.
        self.documents.append((message, path, await asyncio.to_thread(path.read_bytes)))

    async def is_admin(self, message: Message) -> bool:
        return message.user_id in self.admins


@dataclass
class SlackHarness:
    """FakeSlack + the bolt adapter in a real aiohttp server + a signed event sender."""

    recorder: Recorder = field(default_factory=Recorder)
    fake: FakeSlack = field(default_factory=FakeSlack)
    adapter: SlackAdapter | None = None
    events: SlackEvents | None = None
    _runner: web.AppRunner | None = None

    async def __aenter__(self) -> SlackHarness:
        await self.fake.start()
        self.fake.add_user(TECH, "tech")
        self.fake.add_user(ADMIN, "admin", is_admin=True)
        config = SlackConfig(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=self.fake.api_url)
        self.adapter = SlackAdapter(
            config,
            on_message=self.recorder.on_message,
            on_action=self.recorder.on_action,
            on_document=self.recorder.on_document,
            is_admin=self.recorder.is_admin,
        )
        self._runner = web.AppRunner(build_web_app(slack=self.adapter), access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock, shutdown_timeout=0.5).start()
        self.events = SlackEvents(url=f"http://127.0.0.1:{port}/slack/events", fake=self.fake)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.recorder.gate is not None:
            self.recorder.gate.set()
        if self._runner is not None:
            await self._runner.cleanup()
        await self.fake.stop()

    @property
    def bolt(self) -> SlackAdapter:
        assert self.adapter is not None
        return self.adapter

    @property
    def send(self) -> SlackEvents:
        assert self.events is not None
        return self.events

    async def settle(self) -> None:
        """Wait until every hand-off the adapter started has finished."""
        assert not await self.bolt.drain(10.0), "hand-offs still running after 10 s"
