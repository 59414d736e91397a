"""`rivet bench retrieval`: encode vs ingest throughput, query latency at 1k and 20k chunks, memory.

Synthetic chunks fill the size sweep (real sample vectors plus noise, text made of real words, as
many pieces per chunk as the samples have), so the indexes, the full-text GIN and the pieces table
see realistic shapes without hours of embedding. `rivet bench answer --chunks` fills the same way.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import text

from knowledge.base import SAMPLES_DIR, KnowledgeBase
from knowledge.chunking import chunk_document
from knowledge.embedder import packaged_model_path
from knowledge.ingest import discover
from knowledge.loaders import LoadError, load_bytes
from knowledge.pieces import Piece, split_pieces, write_pieces
from knowledge.questions import load_questions
from knowledge.rerank import CrossEncoderReranker
from knowledge.retriever import RetrievalTiming, Retriever
from knowledge.store import TSV_SQL, vector_literal
from rivet.db.tenants import ensure_tenant
from rivet.progress import track


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _sample_texts(docs: Path) -> tuple[list[str], list[list[Piece]]]:
    """The sample chunks' embedding texts and, per chunk, its pieces (what ingest embeds)."""
    texts: list[str] = []
    pieces: list[list[Piece]] = []
    for source, file in discover([docs]):
        if file is None:
            continue
        try:
            doc = load_bytes(source, file.read_bytes())
        except LoadError:
            continue
        for chunk in chunk_document(doc):
            texts.append(chunk.embed_text(doc.title))
            pieces.append(split_pieces(chunk.text))
    return texts, pieces


@dataclass
class Corpus:
    """A bench tenant holding the sample documents, plus what synthetic filler is made from."""

    tenant: str
    chunks: int
    seed_vectors: np.ndarray
    words: list[str]
    pieces_per_chunk: float
    stats: dict[str, Any] = field(default_factory=dict)

    async def fill(self, kb: KnowledgeBase, size: int) -> None:
        """Top the tenant up to `size` chunks with synthetic ones; time it and measure their storage."""
        if size <= self.chunks:
            return
        before = await _table_bytes(kb)
        started = time.perf_counter()
        await _fill_synthetic(
            kb, self.tenant, size - self.chunks, self.seed_vectors, self.words, round(self.pieces_per_chunk)
        )
        self.stats[f"fill_{size}_s"] = round(time.perf_counter() - started, 1)
        after = await _table_bytes(kb)
        added = size - self.chunks
        # Marginal bytes per added chunk, heap, TOAST and indexes: what a chunk and its pieces cost.
        self.stats["storage_bytes_per_chunk"] = {t: round((after[t] - before[t]) / added) for t in after}
        self.chunks = size
        async with kb.db.connect() as conn:
            await conn.execute(text("ANALYZE chunks"))
            await conn.execute(text("ANALYZE pieces"))


async def _table_bytes(kb: KnowledgeBase) -> dict[str, int]:
    async with kb.db.connect() as conn:
        return {
            table: int((await conn.execute(text(f"SELECT pg_total_relation_size('{table}')"))).scalar_one())
            for table in ("chunks", "pieces")
        }


@asynccontextmanager
async def bench_corpus(kb: KnowledgeBase, docs: Path | None = None) -> AsyncIterator[Corpus]:
    """A fresh tenant with `docs` ingested, after timing a raw encode of the same texts (chunks and
    their pieces) against the ingest; removed with all its rows on exit."""
    docs = docs or SAMPLES_DIR / "manuals"
    embedder = kb.embedder
    texts, pieces = _sample_texts(docs)
    distinct = list(dict.fromkeys(p.text for chunk in pieces for p in chunk))
    await embedder.embed_documents(texts[:16])  # load the model outside the timings
    started = time.perf_counter()
    seed_vectors = await embedder.embed_documents(texts)
    await embedder.embed_documents(distinct)
    encode_s = time.perf_counter() - started
    stats: dict[str, Any] = {
        "encode_chunks_per_s": round(len(texts) / encode_s, 1),
        "encoded_texts": {"chunks": len(texts), "pieces": len(distinct)},
    }
    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        report = await (await kb.ingestor(tenant)).ingest([docs], tenant)
        stats["ingest_chunks_per_s"] = round(report.chunks_per_s, 1)
        stats["ingest_to_encode_ratio"] = round(report.chunks_per_s / stats["encode_chunks_per_s"], 2)
        stats["sample_chunks"] = report.chunks
        words = [w for t in texts for w in t.split() if w.isalpha()]
        per_chunk = sum(len(p) for p in pieces) / max(1, len(pieces))
        stats["pieces_per_chunk"] = round(per_chunk, 1)
        yield Corpus(tenant, report.chunks, seed_vectors, words, per_chunk, stats)
    finally:
        async with kb.db.connect() as conn:
            await conn.execute(text("DELETE FROM tenants WHERE id = :t"), {"t": tenant})
        async with kb.db.connect() as conn:  # statistics must not keep describing the synthetic filler
            await conn.execute(text("ANALYZE chunks"))
            await conn.execute(text("ANALYZE pieces"))


def _synthetic_text(pick: random.Random, words: list[str], sentences: int) -> str:
    """120 real words in `sentences` sentences, so the chunk splits into that many pieces."""
    chosen = pick.choices(words, k=120)
    size = -(-len(chosen) // max(1, sentences))
    parts = [chosen[i : i + size] for i in range(0, len(chosen), size)]
    return " ".join(" ".join([p[0].capitalize(), *p[1:]]) + "." for p in parts)


async def _fill_synthetic(
    kb: KnowledgeBase, tenant: str, count: int, seed_vectors: np.ndarray, words: list[str], pieces_per_chunk: int
) -> None:
    """Add `count` synthetic chunks (one synthetic document), with their pieces, to a tenant."""
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
            body = _synthetic_text(pick, words, pieces_per_chunk)
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
            ids = (
                await conn.execute(
                    text("SELECT id FROM chunks WHERE document_id = :d AND ordinal >= :o ORDER BY ordinal"),
                    {"d": doc_id, "o": start},
                )
            ).scalars()
            chunk_ids = [int(i) for i in ids]
            pieces = [split_pieces(str(r["text"])) for r in rows]
            # A piece's vector: its chunk's, moved a little (pieces of one chunk are about one thing).
            piece_vectors = []
            for vector, chunk_pieces in zip(vectors, pieces, strict=True):
                near = vector + rng.normal(0, 0.08, (len(chunk_pieces), len(vector))).astype(np.float32)
                piece_vectors.append(near / np.linalg.norm(near, axis=1, keepdims=True))
            await write_pieces(conn, tenant, chunk_ids, pieces, piece_vectors)


async def _latency(retriever: Retriever, questions: list[str], tenant: str, rerank: bool) -> dict[str, Any]:
    forget_queries = getattr(retriever.embedder, "forget_queries", None)
    if forget_queries is not None:
        forget_queries()  # measure real query embedding, not the LRU cache (both embedders keep one)
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
    questions = [q.question for q in load_questions(questions_file or SAMPLES_DIR / "questions.jsonl")]
    embedder = kb.embedder
    result: dict[str, Any] = {"embedder": embedder.name}
    async with bench_corpus(kb, docs) as corpus:
        tenant = corpus.tenant
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
        for size in sizes:
            await corpus.fill(kb, size)
            async with kb.db.connect() as conn:
                await conn.execute(text("ANALYZE chunks"))
            retriever.refresh_statistics()
            reranked.refresh_statistics()
            result[f"query_{size}"] = {
                "without_reranker": await _latency(retriever, questions, tenant, rerank=False),
                "with_reranker": await _latency(reranked, questions[:40], tenant, rerank=True),
            }
        result.update(corpus.stats)
    result["queries"] = len(questions)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result
