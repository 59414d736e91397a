"""Observability: /metrics counts what the engine did, /readyz tells a load balancer when to send
traffic, and `rivet run` stopping mid-answer still delivers that answer."""

from __future__ import annotations

import asyncio
import socket
import uuid
from types import SimpleNamespace
from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bots.web import build_web_app
from engine.messages import Message, Reply
from engine.metrics import Metrics
from knowledge.base import SAMPLES_DIR as SAMPLES
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.processes import readiness, run_bots, web_parts
from rivet.processes import serve as rivet_serve
from rivet.settings import SettingsService
from tests.local_http import serve

TOKEN = "123456:OBSERVED-BOT-TOKEN-0123456789abcdef"
QUESTION = "kd400 tripping OC2 on decel, what do i check"


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


def samples(exposition: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} of a text exposition."""
    found = {}
    for family in text_string_to_metric_families(exposition):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


async def test_sigterm_mid_answer_finishes_delivers_and_metrics_count_it(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    from fakes.telegram import FakeTelegram
    from fakes.telegram_people import FakeUser

    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    tenant = "obs-" + uuid.uuid4().hex[:6]
    await app.knowledge.ingest([SAMPLES / "manuals" / "kinetadrive-kd400-fault-codes.md"], tenant)
    app.config.default_tenant = tenant
    # The answer is held at a gate (the real engine behind it), so the stop lands while it is in flight.
    started, release = asyncio.Event(), asyncio.Event()
    answered: list[Reply | None] = []
    real_dispatch = app.engine.dispatch

    async def gated(message: Message) -> Reply | None:
        started.set()
        await release.wait()
        reply = await real_dispatch(message)
        answered.append(reply)
        return reply

    app.engine.dispatch = gated  # type: ignore[method-assign]
    try:
        async with FakeTelegram(token=TOKEN) as tg:
            env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": tg.url}
            stop = asyncio.Event()
            running = asyncio.create_task(run_bots(app, {"telegram"}, env, stop=stop))
            ann = FakeUser(7001, "Ann", "ann_tech")
            await asyncio.sleep(0.5)  # polling started
            tg.user_says(ann, QUESTION)
            await asyncio.wait_for(started.wait(), 30)
            stop.set()  # what SIGTERM does (rivet.processes.stop_event)
            await asyncio.sleep(0.3)
            assert not running.done()  # shutting down, but waiting for the message in flight
            release.set()
            await asyncio.wait_for(running, 120)
            delivered = [s for s in tg.sent(ann.id) if s.method == "sendMessage"]
            assert answered and answered[0] is not None and answered[0].route == "answer"
            assert delivered and "OC2" in (delivered[-1].text or "")

        parts = web_parts(app)
        async for base in serve(build_web_app(**parts)):
            status, body = await get(base + "/metrics")
            assert status == 200
            found = samples(body)
            assert found[("rivet_messages_total", (("platform", "telegram"), ("route", "answer")))] == 1
            assert found[("rivet_outbox_deliveries_total", (("platform", "telegram"), ("result", "sent")))] >= 1
            assert found[("rivet_answer_confidence_count", ())] == 1
            assert found[("rivet_stage_seconds_count", (("stage", "retrieve"),))] == 1
            assert found[("rivet_reply_seconds_count", ())] == 1
            assert found[("rivet_outbox_delivery_seconds_count", (("platform", "telegram"),))] >= 1
            assert found[("rivet_messages_waiting", ())] == 0
            assert found.get(("rivet_outbox_rows", (("status", "pending"),)), 0) == 0
            status, body = await get(base + "/readyz")
            assert status == 200 and '"ready"' in body
            assert (await get(base + "/healthz"))[0] == 200
    finally:
        await app.close()


async def test_readyz_is_503_with_a_reason_when_the_database_or_the_model_is_not_there(
    db: Database, local_embedder: LocalEmbedder
) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    down = Database(url=f"postgresql://rivet@127.0.0.1:{closed}/rivet")
    try:
        ready = SimpleNamespace(db=db, knowledge=SimpleNamespace(embedder=local_embedder))
        no_db = SimpleNamespace(db=down, knowledge=SimpleNamespace(embedder=local_embedder))
        no_model = SimpleNamespace(db=db, knowledge=SimpleNamespace(embedder=LocalEmbedder()))
        assert await readiness(ready) is None
        reason = await readiness(no_db)
        assert reason is not None and reason.startswith("database:")
        assert await readiness(no_model) == "embedding model not loaded yet"

        async def check_no_db() -> str | None:
            return await readiness(no_db)

        async for base in serve(build_web_app(ready=check_no_db)):
            async with aiohttp.ClientSession() as session, session.get(base + "/readyz") as resp:
                body: dict[str, Any] = await resp.json()
                assert resp.status == 503
                assert body["status"] == "not ready" and body["reason"].startswith("database:")
            assert (await get(base + "/healthz"))[0] == 200  # liveness does not depend on the database
    finally:
        await down.dispose()


async def test_rivet_serve_mounts_readyz_and_metrics(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    app = await build_app(config, db=db, embedder=local_embedder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    stop = asyncio.Event()
    serving = asyncio.create_task(rivet_serve(app, {"PORT": str(port)}, stop=stop))
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):  # until it listens
            try:
                status, body = await get(base + "/readyz")
                break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
        assert status == 200 and '"ready"' in body
        status, body = await get(base + "/metrics")
        assert status == 200 and "rivet_outbox_rows" in body and "rivet_messages_waiting" in body
    finally:
        stop.set()
        await asyncio.wait_for(serving, 30)
        await app.close()


def test_metrics_registries_are_per_app_and_delivery_results_are_labelled() -> None:
    one, two = Metrics(), Metrics()
    one.delivery("slack", "retry", 0.2)
    one.delivery("slack", "dead", 0.1)
    one.reply("console", None)
    one.reply("slack", Reply("x", route="escalation", meta={"timings_ms": {"route": 3.0}, "total_ms": 40.0}))
    found = samples(one.exposition().decode())
    assert found[("rivet_outbox_deliveries_total", (("platform", "slack"), ("result", "retry")))] == 1
    assert found[("rivet_outbox_deliveries_total", (("platform", "slack"), ("result", "dead")))] == 1
    assert found[("rivet_messages_total", (("platform", "console"), ("route", "none")))] == 1
    assert found[("rivet_messages_total", (("platform", "slack"), ("route", "escalation")))] == 1
    assert found[("rivet_stage_seconds_count", (("stage", "route"),))] == 1
    assert not [k for k in samples(two.exposition().decode()) if k[0] == "rivet_messages_total"]
