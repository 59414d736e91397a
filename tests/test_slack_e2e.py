"""End to end on Slack: a signed app_mention over HTTP -> bolt -> engine -> outbox -> SlackSender ->
chat.postMessage in the question's thread, then a button press on the answer back through
engine.act. All real (PostgreSQL, the embedding model, slack-bolt, slack_sdk) except Slack itself,
which is fakes/slack.py on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bots.slack import SlackAdapter, SlackConfig
from bots.web import build_web_app
from fakes.slack import BOT_TOKEN, SIGNING_SECRET, TEAM_ID, FakeSlack, PostedMessage, SlackEvents
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
TECH = "U0TECH"

pytestmark = pytest.mark.slow


@pytest.fixture
async def rivet(db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder) -> AsyncIterator[App]:
    await SettingsService(db, environ={}).set("reranker.backend", "none")  # no cross-encoder offline
    app = await build_app(config, db=db, embedder=local_embedder)
    report = await (await app.knowledge.ingestor(TEAM_ID)).ingest([FIXTURES / "drives"], TEAM_ID)
    assert report.count("ingested") >= 1, report
    yield app
    await app.close()


async def test_a_mention_is_answered_in_its_thread_through_the_outbox(rivet: App) -> None:
    async with FakeSlack() as fake:
        fake.add_user(TECH, "tech")
        config = SlackConfig(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=fake.api_url)
        adapter = SlackAdapter(config, on_message=rivet.engine.dispatch, on_action=rivet.engine.act)
        worker = rivet.engine.delivery({"slack": adapter.sender}, poll_s=0.05)
        delivering = asyncio.create_task(worker.run())
        runner = web.AppRunner(build_web_app(slack=adapter), access_log=None)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(runner, sock, shutdown_timeout=0.5).start()
        events = SlackEvents(url=f"http://127.0.0.1:{sock.getsockname()[1]}/slack/events", fake=fake)
        try:
            question = events.app_mention(
                "<@BOT> what is the default deceleration time on the kd400", user=TECH, channel="C0PLANT"
            )
            assert (await events.post(question)).status == 200
            # Slack retries when it thinks the ack was late: the engine answers the event once.
            assert (await events.post(question, retry_num=1)).status == 200
            assert not await adapter.drain(60.0)
            question_ts = question.payload()["event"]["ts"]
            thread = await _wait_for(fake, "C0PLANT", question_ts, 2)

            # The technician presses thumbs-down on the answer: an Action, answered in the same thread.
            answer = thread[1]
            buttons = [e for b in answer.blocks if b["type"] == "actions" for e in b["elements"]]
            down = next(e["value"] for e in buttons if e["value"].startswith("fb:down:"))
            press = events.block_action(down, user=TECH, channel="C0PLANT", message_ts=answer.ts, thread_ts=question_ts)
            assert (await events.post(press)).status == 200
            assert not await adapter.drain(60.0)
            thread = await _wait_for(fake, "C0PLANT", question_ts, 3)
        finally:
            await runner.cleanup()
            await worker.stop()
            delivering.cancel()
            await asyncio.gather(delivering, return_exceptions=True)

    question_row, answer, after_down = thread
    assert question_row.ts == question_ts and question_row.user == TECH
    assert answer.thread_ts == question_ts  # in the thread under the question
    assert "12 s" in answer.text  # the value the manual prints, in the plain fallback too
    types = [b["type"] for b in answer.blocks]
    assert types[0] == "section" and "context" in types and types[-1] == "actions"
    assert "Kestrel KD-400" in next(b for b in answer.blocks if b["type"] == "context")["elements"][0]["text"]
    assert "expert" in after_down.text and after_down.thread_ts == question_ts
    offer = next(b for b in after_down.blocks if b["type"] == "actions")["elements"][0]
    assert offer["value"].startswith("esc:ask:")
    assert len(fake.calls_to("chat.postMessage")) == 2  # the retried event did not produce a second answer


async def _wait_for(fake: FakeSlack, channel: str, thread_ts: str, count: int) -> list[PostedMessage]:
    """The thread once it holds `count` messages (the delivery worker runs in the background)."""
    for _ in range(600):
        thread = fake.thread(channel, thread_ts)
        if len(thread) >= count:
            return thread
        await asyncio.sleep(0.05)
    raise AssertionError(f"{channel} thread {thread_ts} never reached {count} messages: {fake.calls}")
