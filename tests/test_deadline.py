"""The message deadline (engine/deadline.py) and how the LLM router keeps inside it."""

from __future__ import annotations

import asyncio
import json

import pytest

from engine.deadline import Deadline, current_deadline, deadline_scope
from engine.llm import LLMRouter, LLMUnavailable
from fakes.openai import FakeOpenAI
from rivet.db import Database
from rivet.settings import SettingsService
from tests.test_llm_router import QUESTION, Clock, Sleeps


def test_a_deadline_counts_down_on_its_clock() -> None:
    clock = Clock()
    deadline = Deadline.after(5.0, clock=clock)
    clock.now += 2.0
    assert deadline.remaining() == 3.0
    assert deadline.minus(1.0).remaining() == 2.0
    clock.now += 4.0
    assert deadline.remaining() == 0.0 and deadline.expired()


async def test_the_scope_is_seen_by_tasks_it_starts_and_never_extends() -> None:
    clock = Clock()
    assert current_deadline() is None
    outer = Deadline.after(5.0, clock=clock)
    with deadline_scope(outer):

        async def seen() -> Deadline | None:
            return current_deadline()

        assert await asyncio.wait_for(seen(), 1.0) == outer  # wait_for runs it in a new task
        with deadline_scope(Deadline.after(60.0, clock=clock)) as inner:
            assert inner == outer
        with deadline_scope(Deadline.after(1.0, clock=clock)) as sooner:
            assert sooner.at == clock.now + 1.0
        assert current_deadline() == outer
    assert current_deadline() is None


async def router(db: Database, fake: FakeOpenAI, clock: Clock, sleeps: Sleeps, **settings: str) -> LLMRouter:
    service = SettingsService(db, environ={})
    model = {"name": "openai/fake-a", "tiers": ["simple"], "api_base": fake.api_base("a"), "api_key": "sk-test"}
    await service.set("llm.models", json.dumps([model]))
    for key, value in {"llm.cache_ttl_s": "0", **settings}.items():
        await service.set(key, value)
    return LLMRouter(db, service, clock=clock, sleep=sleeps, environ={})


async def test_no_backoff_sleep_or_retry_that_would_pass_the_deadline(db: Database, fake_llm: FakeOpenAI) -> None:
    clock, sleeps = Clock(), Sleeps()
    llm = await router(db, fake_llm, clock, sleeps, **{"llm.attempts": "3", "llm.retry_base_s": "10"})
    fake_llm.fail(500, times=None)
    deadline = Deadline.after(5.0, clock=clock)  # the fake clock stands still: 5 s left throughout

    with pytest.raises(LLMUnavailable, match="no time for a retry"):
        await llm.complete(QUESTION, tier="simple", tenant_id="t", agent="a", deadline=deadline)

    assert sleeps.delays == []  # a 10 s backoff cannot fit in 5 s
    assert len(fake_llm.chat_requests()) == 1


async def test_no_attempt_once_the_deadline_has_passed(db: Database, fake_llm: FakeOpenAI) -> None:
    clock, sleeps = Clock(), Sleeps()
    llm = await router(db, fake_llm, clock, sleeps)
    with pytest.raises(LLMUnavailable, match="deadline is reached"):
        await llm.complete(QUESTION, tier="simple", tenant_id="t", agent="a", deadline=Deadline.after(0.0, clock=clock))
    assert fake_llm.chat_requests() == []


async def test_a_hanging_call_is_cut_at_the_deadline_and_not_blamed_on_the_provider(
    db: Database, fake_llm: FakeOpenAI
) -> None:
    """llm.timeout_s is 30 s; the call gets the 1 s the deadline leaves, and one cut-short call
    does not open the provider's circuit (breaker_failures 1 would open it on a real failure)."""
    clock, sleeps = Clock(), Sleeps()
    llm = await router(db, fake_llm, clock, sleeps, **{"llm.breaker_failures": "1", "llm.attempts": "2"})
    fake_llm.slow(60, times=None)
    loop = asyncio.get_running_loop()
    started = loop.time()

    with pytest.raises(LLMUnavailable):
        await llm.complete(QUESTION, tier="simple", tenant_id="t", agent="a", deadline=Deadline.after(1.0))

    assert loop.time() - started < 10  # far below llm.timeout_s: the deadline cut it
    assert len(fake_llm.chat_requests()) == 1  # no retry without time for it
    assert sleeps.delays == []
    assert llm.breakers.get("openai", failure_threshold=1, cooldown_s=60).state == "closed"
