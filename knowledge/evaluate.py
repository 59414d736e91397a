"""Retrieval evaluation on any folder of documents and any question file in the dev-set schema.

The documents go into a fresh, isolated tenant that is deleted afterwards, so an evaluation never
touches (or is helped by) a real tenant's knowledge.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import text

from knowledge.base import KnowledgeBase
from knowledge.ingest import IngestReport
from knowledge.questions import Question, load_questions
from rivet.errors import RivetError
from rivet.progress import track


@asynccontextmanager
async def scratch_tenant(
    kb: KnowledgeBase, docs: Path, prefix: str = "eval"
) -> AsyncIterator[tuple[str, IngestReport]]:
    """A throwaway tenant holding `docs`; removed (with all its rows) on exit."""
    if not await asyncio.to_thread(docs.is_dir):
        raise RivetError(f"--docs {docs} is not a directory")
    tenant = f"{prefix}-{uuid.uuid4().hex[:10]}"
    try:
        report = await kb.ingest([docs], tenant, description=f"ingesting {docs.name}")
        if report.chunks == 0:
            raise RivetError(f"no document in {docs} could be ingested")
        yield tenant, report
    finally:
        async with kb.db.connect() as conn:
            await conn.execute(text("DELETE FROM tenants WHERE id = :t"), {"t": tenant})


def _name(source: str) -> str:
    return PurePosixPath(source).name


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "hit@1": round(sum(1 for r in ranks if r is not None and r < 1) / n, 4),
        "hit@5": round(sum(1 for r in ranks if r is not None and r < 5) / n, 4),
        "mrr@10": round(sum(1.0 / (r + 1) for r in ranks if r is not None and r < 10) / n, 4),
    }


async def evaluate_retrieval(kb: KnowledgeBase, questions_file: Path, docs: Path) -> dict[str, Any]:
    """hit@1, hit@5 and MRR@10 over the answerable questions, overall and per kind."""
    questions = [q for q in load_questions(questions_file) if q.answerable]
    if not questions:
        raise RivetError(f"{questions_file} has no answerable questions to evaluate")
    async with scratch_tenant(kb, docs) as (tenant, report):
        retriever = await kb.retriever(tenant)
        ranks: list[int | None] = []
        latencies: list[float] = []
        misses: list[dict[str, Any]] = []
        by_kind: dict[str, list[int | None]] = defaultdict(list)
        for q in track(questions, "searching"):
            started = time.perf_counter()
            passages = await retriever.search(q.question, tenant, k=10)
            latencies.append((time.perf_counter() - started) * 1000)
            rank = _first_hit(q, [_name(p.source) for p in passages])
            ranks.append(rank)
            by_kind[q.kind].append(rank)
            if rank is None or rank >= 5:
                misses.append(
                    {
                        "id": q.id,
                        "question": q.question,
                        "expected": list(q.sources),
                        "got": [_name(p.source) for p in passages[:3]],
                    }
                )
        _, reranker = await kb.reranker()
    return {
        "questions": len(questions),
        **_metrics(ranks),
        "by_kind": {kind: {"questions": len(r), **_metrics(r)} for kind, r in sorted(by_kind.items())},
        "documents": report.count("ingested"),
        "chunks": report.chunks,
        "ingest_errors": {o.source: o.error for o in report.outcomes if o.status == "error"},
        "reranker": reranker,
        "latency_p50_ms": round(statistics.median(latencies), 1),
        "misses": misses,
    }


def _first_hit(q: Question, sources: list[str]) -> int | None:
    wanted = {_name(s) for s in q.sources}
    return next((i for i, s in enumerate(sources) if s in wanted), None)
