"""Question vectors are encoded once per text: concurrent askers and a prefetch share one encoding,
failures are not cached, a caller giving up does not cancel it, and a remote embedder gets one
request per question (knowledge/query_cache.py)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from fakes.openai import FakeOpenAI
from knowledge.embedder import LiteLLMEmbedder
from knowledge.query_cache import PREFETCH_LIMIT, QueryVectors


class Encoder:
    """Counts encodings; each waits for `release` so a test can ask while one is under way."""

    def __init__(self, *, fail: int = 0) -> None:
        self.calls: list[str] = []
        self.release = asyncio.Event()
        self.fail = fail

    async def __call__(self, text: str) -> np.ndarray:
        self.calls.append(text)
        await self.release.wait()
        if self.fail:
            self.fail -= 1
            raise RuntimeError("model server down")
        return np.full(3, float(len(text)), dtype=np.float32)


async def test_askers_while_an_encoding_runs_share_it() -> None:
    cache, encode = QueryVectors(), Encoder()
    waiting = [asyncio.create_task(cache.get("pump cavitates at startup", encode)) for _ in range(3)]
    await asyncio.sleep(0)
    encode.release.set()
    vectors = await asyncio.gather(*waiting)
    assert encode.calls == ["pump cavitates at startup"]
    assert all(np.array_equal(v, vectors[0]) for v in vectors)
    assert len(cache) == 1


async def test_a_prefetch_is_what_the_later_ask_gets() -> None:
    cache, encode = QueryVectors(), Encoder()
    cache.prefetch("kd400 fault F07", encode)
    cache.prefetch("kd400 fault F07", encode)  # already under way: not started twice
    asking = asyncio.create_task(cache.get("kd400 fault F07", encode))
    await asyncio.sleep(0)
    encode.release.set()
    assert (await asking)[0] == len("kd400 fault F07")
    await cache.get("kd400 fault F07", encode)  # finished: from the cache
    assert encode.calls == ["kd400 fault F07"]


async def test_a_failed_encoding_reaches_its_askers_and_is_tried_again_next_time() -> None:
    cache, encode = QueryVectors(), Encoder(fail=1)
    encode.release.set()
    with pytest.raises(RuntimeError, match="model server down"):
        await cache.get("valve hunting", encode)
    assert len(cache) == 0
    assert (await cache.get("valve hunting", encode))[0] == len("valve hunting")
    assert encode.calls == ["valve hunting", "valve hunting"]


async def test_a_failed_prefetch_nobody_awaited_is_quiet_and_not_cached() -> None:
    loop = asyncio.get_running_loop()
    unhandled: list[dict[str, object]] = []
    handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: unhandled.append(context))
    try:
        cache, encode = QueryVectors(), Encoder(fail=1)
        encode.release.set()
        cache.prefetch("belt slipping", encode)
        await asyncio.sleep(0.05)  # the prefetch fails with nobody waiting for it
        assert len(cache) == 0
        assert (await cache.get("belt slipping", encode))[0] == len("belt slipping")
        assert unhandled == []
    finally:
        loop.set_exception_handler(handler)  # the session's loop is shared by later tests


async def test_prefetches_stop_while_enough_encodings_are_under_way() -> None:
    """A flood of messages that will be turned away (rate-limited) queues no encodings before real questions."""
    cache, encode = QueryVectors(), Encoder()
    started = [cache.prefetch(f"flood message {i}", encode) for i in range(PREFETCH_LIMIT + 3)]
    await asyncio.sleep(0)
    assert started == [True] * PREFETCH_LIMIT + [False] * 3
    asking = asyncio.create_task(cache.get("a real question", encode))  # an ask is never refused
    await asyncio.sleep(0)
    encode.release.set()
    await asking
    assert len(encode.calls) == PREFETCH_LIMIT + 1
    await asyncio.sleep(0.05)
    assert cache.prefetch("the next message", encode)  # the encodings finished: room again
    await cache.get("the next message", encode)


async def test_a_stalled_encoding_gives_up_and_the_next_ask_starts_again() -> None:
    """A model server that never answers must not hold the question's later asks (they are shielded)."""
    cache, stalled = QueryVectors(timeout_s=0.05), Encoder()
    with pytest.raises(TimeoutError):
        await cache.get("compressor trips on start", stalled)
    working = Encoder()
    working.release.set()
    assert (await cache.get("compressor trips on start", working))[0] == len("compressor trips on start")


async def test_a_caller_that_gives_up_does_not_cancel_the_encoding() -> None:
    cache, encode = QueryVectors(), Encoder()
    impatient = asyncio.create_task(cache.get("hoist brake slips", encode))
    await asyncio.sleep(0)
    impatient.cancel()
    with pytest.raises(asyncio.CancelledError):
        await impatient
    encode.release.set()
    patient = await cache.get("hoist brake slips", encode)
    assert patient[0] == len("hoist brake slips")
    assert encode.calls == ["hoist brake slips"]


async def test_the_least_recently_used_vector_goes_first() -> None:
    cache, encode = QueryVectors(size=2), Encoder()
    encode.release.set()
    for text in ("a", "bb", "a", "ccc"):  # "a" asked again: "bb" is the oldest when "ccc" comes
        await cache.get(text, encode)
    await cache.get("a", encode)
    await cache.get("bb", encode)
    assert encode.calls == ["a", "bb", "ccc", "bb"]


async def test_forget_drops_finished_vectors() -> None:
    cache, encode = QueryVectors(), Encoder()
    encode.release.set()
    await cache.get("q", encode)
    cache.forget()
    await cache.get("q", encode)
    assert encode.calls == ["q", "q"]


def test_an_encoding_left_on_another_event_loop_is_not_awaited() -> None:
    """The session's embedder outlives each test's loop: a task of another loop is ignored."""
    cache, stuck = QueryVectors(), Encoder()
    first = asyncio.new_event_loop()

    async def start() -> None:
        cache.prefetch("pressure drops", stuck)
        await asyncio.sleep(0)  # under way, waiting for a release that never comes

    first.run_until_complete(start())

    async def ask() -> float:
        fresh = Encoder()
        fresh.release.set()
        return float((await cache.get("pressure drops", fresh))[0])

    try:
        assert asyncio.run(ask()) == len("pressure drops")
    finally:
        for task in asyncio.all_tasks(first):
            task.cancel()
        first.run_until_complete(asyncio.sleep(0.01))
        first.close()


async def test_a_remote_embedder_gets_one_request_per_question(fake_llm: FakeOpenAI) -> None:
    embedder = LiteLLMEmbedder("openai/fake-embed", api_base=fake_llm.api_base(), api_key="sk-test")
    embedder.prefetch_query("gearbox oil temp high")
    # Routing, retrieval and answering each ask for the question's vector.
    vectors = await asyncio.gather(*(embedder.embed_query("gearbox oil temp high") for _ in range(3)))
    embedding_requests = [r for r in fake_llm.requests if r.path.endswith("/embeddings")]
    assert len(embedding_requests) == 1
    assert all(np.array_equal(v, vectors[0]) for v in vectors)
    assert vectors[0].shape == (384,) and abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-5
