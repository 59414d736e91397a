"""`rivet bench answer`: per-stage latency, end to end, extractive and LLM (fake server), throughput.

The LLM run points litellm at a local fake OpenAI-compatible server with a fixed delay, so the
number measures RIVET's own overhead plus that delay, not a real provider. `--chunks N` tops the
sample manuals up to N chunks with synthetic ones (knowledge.bench), pieces included.
"""

from __future__ import annotations

import asyncio
import json
import resource
import time
import uuid
from typing import Any

from engine.evaluate import lift_rate_limits
from engine.extractive import ExtractiveAnswerer
from engine.messages import Message, Reply
from engine.service import build_engine
from fakes.openai import FakeOpenAI
from knowledge.base import SAMPLES_DIR
from knowledge.bench import bench_corpus
from knowledge.embedder import LocalEmbedder
from knowledge.questions import load_questions
from rivet.progress import track

STAGES = ("route", "retrieve", "rerank", "answer", "confidence")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1) if ordered else 0.0


def _message(tenant: str, text: str) -> Message:
    chat = uuid.uuid4().hex[:8]
    return Message(
        tenant_id=tenant, platform="bench", chat_id=chat, user_id=f"u-{chat}", text=text, event_id=f"bench-{chat}"
    )


def _summary(replies: list[tuple[Reply, float]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for stage in STAGES:
        values = [float(r.meta.get("timings_ms", {}).get(stage, 0.0)) for r, _ in replies]
        out[stage] = {"p50_ms": _pct(values, 0.5), "p95_ms": _pct(values, 0.95)}
    totals = [ms for _, ms in replies]
    out["end_to_end"] = {"p50_ms": _pct(totals, 0.5), "p95_ms": _pct(totals, 0.95)}
    return out


def _forget(app: Any, engine: Any) -> None:
    """Drop cached query and piece vectors so a phase measures real encoding."""
    forget_queries = getattr(app.knowledge.embedder, "forget_queries", None)
    if forget_queries is not None:
        forget_queries()
    if isinstance(engine.answerer.extractive, ExtractiveAnswerer):
        engine.answerer.extractive.forget_pieces()


def _pieces_embedded(engine: Any) -> int:
    return engine.answerer.pieces_embedded if isinstance(engine.answerer, ExtractiveAnswerer) else 0


async def _run(engine: Any, tenant: str, questions: list[str], phase: str) -> list[tuple[Reply, float]]:
    replies = []
    for q in track(questions, phase):
        started = time.perf_counter()
        reply = await engine.dispatch(_message(tenant, q))
        replies.append((reply, (time.perf_counter() - started) * 1000))
    return replies


def _question_embedding(embedder: Any, texts: list[str]) -> dict[str, Any]:
    """One question embedded as answering does it (the configured runtime) and through torch, side
    by side on the same texts: what the ONNX question encoder saves (knowledge/onnx_query.py)."""
    if not isinstance(embedder, LocalEmbedder):
        return {"runtime": type(embedder).__name__}
    out: dict[str, Any] = {"runtime": embedder.query_runtime}
    for name, encode in (("configured", embedder.encode_query), ("torch", lambda t: embedder.encode([t]))):
        timings = []
        for text in texts:
            started = time.perf_counter()
            encode(f"{text} ({name})")  # a text no cache has seen
            timings.append((time.perf_counter() - started) * 1000)
        out[f"{name}_p50_ms"] = _pct(timings, 0.5)
    return out


async def bench_answer(
    app: Any,
    *,
    questions: int = 40,
    llm_delay_s: float = 0.3,
    concurrency: int = 50,
    rounds: int = 2,
    chunks: int | None = None,
) -> dict[str, Any]:
    texts = [q.question for q in load_questions(SAMPLES_DIR / "questions.jsonl")][:questions]
    result: dict[str, Any] = {"questions": len(texts)}
    async with bench_corpus(app.knowledge) as corpus:
        tenant = corpus.tenant
        await corpus.fill(app.knowledge, chunks or 0)
        (await app.knowledge.retriever(tenant)).refresh_statistics()
        result["chunks"] = corpus.chunks
        await lift_rate_limits(app.settings, tenant, by="bench")
        engine = app.engine
        await engine.dispatch(_message(tenant, "warm up the models"))
        _forget(app, engine)
        embedded = _pieces_embedded(engine)
        cold = await _run(engine, tenant, texts, "extractive")
        result["extractive"] = _summary(cold)
        result["pieces_embedded_at_question_time"] = _pieces_embedded(engine) - embedded
        # The same questions again: a running server has seen these manual sections before.
        warm = await _run(engine, tenant, texts, "extractive, warm")
        result["extractive_warm"] = _summary(warm)
        result["cold_p50_ms"] = result["extractive"]["end_to_end"]["p50_ms"]
        result["cold_p95_ms"] = result["extractive"]["end_to_end"]["p95_ms"]
        result["warm_p50_ms"] = result["extractive_warm"]["end_to_end"]["p50_ms"]
        result["warm_p95_ms"] = result["extractive_warm"]["end_to_end"]["p95_ms"]
        result["question_embedding"] = await asyncio.to_thread(_question_embedding, app.knowledge.embedder, texts)

        async with FakeOpenAI() as fake:
            fake.slow(llm_delay_s, times=None)
            fake.default_answer = "Check the deceleration time first [1]."
            models = [
                {
                    "name": "openai/bench-fake",
                    "tiers": ["simple", "moderate", "complex"],
                    "api_base": fake.api_base(),
                    "api_key": "sk-bench",
                }
            ]
            await app.settings.set("llm.models", json.dumps(models), tenant=tenant, updated_by="bench")
            await app.settings.set("llm.cache_ttl_s", "0", tenant=tenant, updated_by="bench")
            llm_engine = await build_engine(app.db, app.settings, app.knowledge, use_llm=True)
            await llm_engine.dispatch(_message(tenant, "warm up litellm"))
            llm_replies = await _run(llm_engine, tenant, texts, "LLM (fake server)")
            result["llm_fake_server"] = {"delay_s": llm_delay_s, **_summary(llm_replies)}
        # The fake server is gone: the extractive throughput run must not try it (and open its breaker) first.
        await app.settings.unset("llm.models", tenant=tenant)

        _forget(app, engine)  # throughput from cold caches: the worst case for 50 chats at once
        started = time.perf_counter()
        sent = 0
        for _ in track(range(rounds), f"{concurrency} chats at once"):
            batch = [texts[i % len(texts)] for i in range(concurrency)]
            replies = await asyncio.gather(*(engine.dispatch(_message(tenant, t)) for t in batch))
            sent += len(replies)
            result.setdefault("throughput_errors", 0)
            result["throughput_errors"] += sum(1 for r in replies if r is None or r.route == "error")
        elapsed = time.perf_counter() - started
        result["throughput"] = {
            "concurrent_chats": concurrency,
            "messages": sent,
            "messages_per_s": round(sent / elapsed, 2),
        }
        result["ingest"] = corpus.stats
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result
