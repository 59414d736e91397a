"""`rivet bench retrieval`: encode vs ingest throughput, query latency at 1k and 20k chunks, memory.

Synthetic chunks fill the size sweep (real sample vectors plus noise, text made of real words),
so the index and the full-text GIN see realistic shapes without hours of embedding.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import text

from knowledge.base import SAMPLES_DIR, KnowledgeBase
from knowledge.chunking import chunk_document
from knowledge.embedder import LocalEmbedder, packaged_model_path
from knowledge.ingest import discover
from knowledge.loaders import LoadError, load_bytes
from knowledge.questions import load_questions
from knowledge.rerank import CrossEncoderReranker
from knowledge.retriever import RetrievalTiming, Retriever
from knowledge.store import TSV_SQL, vector_literal
from rivet.db.tenants import ensure_tenant
from rivet.progress import task, track


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _sample_texts(docs: Path) -> list[str]:
    texts: list[str] = []
    for source, file in discover([docs]):
        if file is None:
            continue
        try:
            doc = load_bytes(source, file.read_bytes())
        except LoadError:
            continue
        texts.extend(c.embed_text(doc.title) for c in chunk_document(doc))
    return texts


async def _fill_synthetic(
    kb: KnowledgeBase, tenant: str, count: int, seed_vectors: np.ndarray, words: list[str]
) -> None:
    """Add `count` synthetic chunks (one synthetic document) to a tenant."""
    rng = np.random.default_rng(7)
    pick = random.Random(7)
    async with kb.db.connect() as conn:
        await ensure_tenant(conn, tenant)
        doc_id = (
            await conn.execute(
                text(
                    "INSERT INTO documents (tenant_id, source, title, content_hash, doc_type, file_type, "
                    "embed_model, embed_dim, chunk_count) VALUES (:t, :s, 'Synthetic filler', 'x', 'manual', "
                    "'markdown', :m, :d, :n) RETURNING id"
                ),
                {
                    "t": tenant,
                    "s": f"synthetic-{uuid.uuid4().hex[:6]}.md",
                    "m": kb.embedder.name,
                    "d": kb.embedder.dim,
                    "n": count,
                },
            )
        ).scalar_one()
    for start in track(range(0, count, 1000), f"adding {count:,} synthetic chunks"):
        n = min(1000, count - start)
        base = seed_vectors[rng.integers(0, len(seed_vectors), n)]
        vectors = base + rng.normal(0, 0.08, base.shape).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        rows = []
        for i in range(n):
            body = " ".join(pick.choices(words, k=120))
            rows.append(
                {
                    "t": tenant,
                    "d": doc_id,
                    "ordinal": start + i,
                    "text": body,
                    "path": ["Synthetic filler"],
                    "heading": "Synthetic filler",
                    "page": None,
                    "tokens": 120,
                    "codes": [],
                    "embedding": vector_literal(vectors[i]),
                }
            )
        async with kb.db.connect() as conn:
            await conn.execute(
                text(
                    "INSERT INTO chunks (tenant_id, document_id, ordinal, text, heading_path, page, token_count, "
                    f"codes, embedding, tsv) VALUES (:t, :d, :ordinal, :text, :path, :page, :tokens, :codes, "
                    f"CAST(:embedding AS vector), {TSV_SQL})"
                ),
                rows,
            )


async def _latency(retriever: Retriever, questions: list[str], tenant: str, rerank: bool) -> dict[str, Any]:
    embedder = retriever.embedder
    if isinstance(embedder, LocalEmbedder):
        embedder.forget_queries()  # measure real query embedding, not the LRU cache
    total: list[float] = []
    stages: dict[str, list[float]] = {"embed": [], "search+fusion": [], "rerank": []}
    for q in track(questions, "queries" + (" with reranker" if rerank else "")):
        timing = RetrievalTiming()
        started = time.perf_counter()
        await retriever.search(q, tenant, k=5, rerank=rerank, timing=timing)
        total.append((time.perf_counter() - started) * 1000)
        stages["embed"].append(timing.embed_ms)
        stages["search+fusion"].append(timing.search_ms)
        stages["rerank"].append(timing.rerank_ms)
    return {
        "p50_ms": _pct(total, 0.5),
        "p95_ms": _pct(total, 0.95),
        "stages_p50_ms": {k: round(statistics.median(v), 1) for k, v in stages.items() if rerank or k != "rerank"},
    }


async def bench_retrieval(
    kb: KnowledgeBase,
    *,
    sizes: tuple[int, ...] = (1000, 20000),
    docs: Path | None = None,
    questions_file: Path | None = None,
) -> dict[str, Any]:
    docs = docs or SAMPLES_DIR / "manuals"
    questions = [q.question for q in load_questions(questions_file or SAMPLES_DIR / "questions.jsonl")]
    embedder = kb.embedder
    result: dict[str, Any] = {"embedder": embedder.name}

    texts = _sample_texts(docs)
    with task(f"encoding {len(texts)} sample chunks"):
        await embedder.embed_documents(texts[:16])  # load the model outside the timings
        started = time.perf_counter()
        seed_vectors = await embedder.embed_documents(texts)
    encode_s = time.perf_counter() - started
    result["encode_chunks_per_s"] = round(len(texts) / encode_s, 1)

    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        report = await kb.ingest([docs], tenant, description="ingesting the samples")
        result["ingest_chunks_per_s"] = round(report.chunks_per_s, 1)
        result["ingest_to_encode_ratio"] = round(report.chunks_per_s / result["encode_chunks_per_s"], 2)
        result["sample_chunks"] = report.chunks

        words = [w for t in texts for w in t.split() if w.isalpha()]
        retriever = await kb.retriever(tenant)
        reranker, reranker_desc = await kb.reranker()
        if reranker is None:
            # No trained cross-encoder offline: time the stage with a MiniLM-sized one (untrained head),
            # which costs what ms-marco-MiniLM-L-6-v2 would.
            reranker = CrossEncoderReranker(packaged_model_path())
            await reranker.score("warm up", ["warm up"])
            reranker_desc = "stand-in: MiniLM-L6 body with an untrained head (same cost as ms-marco-MiniLM-L-6-v2)"
        reranked = Retriever(
            kb.db,
            embedder,
            reranker,
            candidates=retriever.candidates,
            rrf_k=retriever.rrf_k,
            exact_boost=retriever.exact_boost,
            ef_search=retriever.ef_search,
            rerank_top_n=retriever.rerank_top_n,
        )
        result["reranker_for_bench"] = reranker_desc
        present = report.chunks
        for size in sizes:
            if size > present:
                fill_started = time.perf_counter()
                await _fill_synthetic(kb, tenant, size - present, seed_vectors, words)
                present = size
                result[f"fill_{size}_s"] = round(time.perf_counter() - fill_started, 1)
            async with kb.db.connect() as conn:
                await conn.execute(text("ANALYZE chunks"))
            retriever.refresh_statistics()
            reranked.refresh_statistics()
            result[f"query_{size}"] = {
                "without_reranker": await _latency(retriever, questions, tenant, rerank=False),
                "with_reranker": await _latency(reranked, questions[:40], tenant, rerank=True),
            }
    finally:
        async with kb.db.connect() as conn:
            await conn.execute(text("DELETE FROM tenants WHERE id = :t"), {"t": tenant})
        async with kb.db.connect() as conn:  # statistics must not keep describing the synthetic filler
            await conn.execute(text("ANALYZE chunks"))
    result["queries"] = len(questions)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result
