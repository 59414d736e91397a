"""Settings that change per tenant while the app runs: each one changes the next answer.

Before, conversation.history_turns, conversation.window_s and retrieval.top_k were never read,
confidence assumed retrieval.rrf_k was 60, the answerer and engine.passages were fixed (from
global values) when the engine was built, and retrievers kept their settings until /reload.
Every test here builds the app first and then changes a setting for one tenant only.
The last test is the message deadline: a hanging LLM still ends in the quoted answer.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from engine.extractive import LABEL
from engine.messages import Message, Reply
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from tests.fakes import FakeOpenAI

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
PLANT, OTHER = "plant-a", "plant-b"
QUESTION = "what is the default deceleration time on the kd400"
_event_ids = itertools.count(1)
_SOURCE_ID = re.compile(r'<source id="(\d+)">')

AppFactory = Callable[..., Awaitable[App]]


def models_json(fake: FakeOpenAI) -> str:
    return json.dumps(
        [
            {
                "name": "openai/fake-a",
                "tiers": ["simple", "moderate", "complex"],
                "api_base": fake.api_base("fake-a"),
                "api_key": "sk-test",
            }
        ]
    )


@pytest.fixture
async def make_app(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> AsyncIterator[Callable[..., Awaitable[App]]]:
    """The app with the drive manuals ingested for two tenants; global settings written first."""
    apps: list[App] = []

    async def build(settings: dict[str, str] | None = None) -> App:
        service = SettingsService(db, environ={})
        base = {"reranker.backend": "none", "llm.retry_base_s": "0.01", "llm.cache_ttl_s": "0"}
        for key, value in {**base, **(settings or {})}.items():
            await service.set(key, value)
        app = await build_app(config, db=db, embedder=local_embedder)
        apps.append(app)
        for tenant in (PLANT, OTHER):
            await (await app.knowledge.ingestor(tenant)).ingest([FIXTURES / "drives"], tenant)
        return app

    yield build
    for app in apps:
        await app.close()


async def ask(app: App, text: str, tenant: str = PLANT, chat_id: str = "C-1") -> Reply:
    msg = Message(
        tenant_id=tenant, text=text, platform="slack", chat_id=chat_id, user_id="U7", event_id=f"Ev-{next(_event_ids)}"
    )
    reply = await app.engine.dispatch(msg)
    assert reply is not None
    return reply


def sources_sent(fake: FakeOpenAI) -> int:
    """How many numbered sources the last prompt the fake received held."""
    return len(_SOURCE_ID.findall(fake.chat_requests()[-1].messages[-1]["content"]))


async def test_one_tenant_turns_the_llm_on_at_run_time(make_app: AppFactory, fake_llm: FakeOpenAI) -> None:
    app = await make_app()
    assert (await ask(app, QUESTION)).meta["answerer"] == "extractive"

    await app.settings.set("llm.models", models_json(fake_llm), tenant=PLANT)
    fake_llm.answer("The KD-400 default deceleration time P2.03 is 12 s [1].")

    assert (await ask(app, QUESTION)).meta["answerer"] == "llm:openai/fake-a"
    assert (await ask(app, QUESTION, tenant=OTHER)).meta["answerer"] == "extractive"
    assert len(fake_llm.chat_requests()) == 1


async def test_engine_passages_and_retrieval_top_k_set_how_many_sources_the_answer_reads(
    make_app: AppFactory, fake_llm: FakeOpenAI
) -> None:
    app = await make_app({"llm.models": models_json(fake_llm)})
    await ask(app, QUESTION)
    everything = sources_sent(fake_llm)  # all the domain holds, up to engine.passages (5)
    assert 3 <= everything <= 5

    await app.settings.set("engine.passages", "2", tenant=PLANT)
    await ask(app, QUESTION)
    assert sources_sent(fake_llm) == 2
    await ask(app, QUESTION, tenant=OTHER)
    assert sources_sent(fake_llm) == everything

    await app.settings.set("retrieval.top_k", "1", tenant=PLANT)  # a search returns fewer than the answerer reads
    await ask(app, QUESTION)
    assert sources_sent(fake_llm) == 1
    assert (await app.knowledge.retriever(PLANT)).top_k == 1
    assert (await app.knowledge.retriever(OTHER)).top_k == 8


async def test_retrieval_rrf_k_reaches_the_retriever_and_confidence_without_a_reload(make_app: AppFactory) -> None:
    """Fused scores are at most 2 / (rrf_k + 1); confidence used to divide by the value for 60."""
    app = await make_app()
    question = "how long should the drive take to slow the motor down"  # no codes: no exact-match bonus
    await ask(app, question)  # builds and caches plant-a's retriever with rrf_k 60

    await app.settings.set("retrieval.rrf_k", "1000", tenant=PLANT)
    reply = await ask(app, question)

    assert (await app.knowledge.retriever(PLANT)).rrf_k == 1000
    assert (await app.knowledge.retriever(OTHER)).rrf_k == 60
    # Any passage ranked in the top 40 of either list has fused >= 1/1040: normalized by 2/1001 that
    # is at least 0.48; normalized by 2/61 (the old assumption) it would be at most 0.061.
    assert reply.meta["evidence"]["fused_norm"] > 0.4


async def test_conversation_history_turns_and_window_apply_per_tenant(make_app: AppFactory) -> None:
    app = await make_app()

    async def follow_up(tenant: str, chat: str) -> str:
        await ask(app, "kd400 OC2 on decel what to check", tenant=tenant, chat_id=chat)
        reply = await ask(app, "what about the kd450", tenant=tenant, chat_id=chat)
        return str(reply.meta["query"])

    assert "OC2" in await follow_up(PLANT, "C-default")

    await app.settings.set("conversation.history_turns", "0", tenant=PLANT)
    assert await follow_up(PLANT, "C-no-history") == "what about the kd450"
    assert "OC2" in await follow_up(OTHER, "C-other")

    await app.settings.unset("conversation.history_turns", tenant=PLANT)
    await app.settings.set("conversation.window_s", "0", tenant=PLANT)  # every earlier turn is too old
    assert await follow_up(PLANT, "C-no-window") == "what about the kd450"


async def test_a_hanging_llm_still_gets_the_extractive_answer_before_the_deadline(
    make_app: AppFactory, fake_llm: FakeOpenAI
) -> None:
    """llm.timeout_s (30 s) outlived engine.timeout_s: the technician got the deadline's error reply."""
    app = await make_app({"llm.models": models_json(fake_llm)})
    await ask(app, QUESTION)  # warm up: litellm's import (seconds) must not eat the short deadline below
    await app.settings.set("engine.timeout_s", "4", tenant=PLANT)
    await app.settings.set("llm.fallback_reserve_s", "2", tenant=PLANT)
    fake_llm.slow(60, times=None)  # the provider accepts the request and never answers in time

    reply = await ask(app, QUESTION)

    assert reply.route == "answer", reply.text  # not "error": the deadline was not reached
    assert reply.meta["answerer"] == "extractive"
    assert reply.text.startswith(LABEL) and "12 s" in reply.text
    assert len(fake_llm.chat_requests()) == 2  # the LLM was really asked, and hung
