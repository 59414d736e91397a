"""KnowledgeBase: the knowledge capability as one object, built from settings in the composition root.

The embedding model and the reranker load on first use, so commands that never search stay fast.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
from sqlalchemy import text

from knowledge.embedder import Embedder, make_embedder
from knowledge.ingest import Ingestor
from knowledge.pieces import PieceStore, embed_with_pieces, split_pieces, write_pieces
from knowledge.rerank import Reranker, load_reranker
from knowledge.retriever import Retriever
from knowledge.store import kb_status, vector_literal
from rivet.db import Database
from rivet.settings import SettingsService

SAMPLES_DIR = Path(__file__).parent / "samples"


class KnowledgeBase:
    """Ingest, search and maintain one database's knowledge (every call names its tenant)."""

    def __init__(self, db: Database, settings: SettingsService, embedder: Embedder) -> None:
        self.db = db
        self.settings = settings
        self.embedder = embedder
        self.pieces = PieceStore(db)
        self._reranker: tuple[Reranker | None, str] | None = None
        self._reranker_lock = asyncio.Lock()
        self._retrievers: dict[str | None, Retriever] = {}

    @classmethod
    async def create(
        cls, db: Database, settings: SettingsService, *, api_key: str | None = None, embedder: Embedder | None = None
    ) -> KnowledgeBase:
        if embedder is not None:
            return cls(db, settings, embedder)
        embedder = make_embedder(
            await settings.get_str("embedder.backend"),
            await settings.get_str("embedder.model"),
            api_base=await settings.get_str("embedder.api_base"),
            api_key=api_key,
            batch_size=await settings.get_int("embedder.batch_size"),
        )
        return cls(db, settings, embedder)

    async def reranker(self) -> tuple[Reranker | None, str]:
        """The active reranker (loaded once) and its description."""
        async with self._reranker_lock:
            if self._reranker is None:
                backend = await self.settings.get_str("reranker.backend")
                model = await self.settings.get_str("reranker.model")
                self._reranker = await asyncio.to_thread(load_reranker, backend, model)
            return self._reranker

    async def ingestor(self, tenant: str | None = None) -> Ingestor:
        s = self.settings
        return Ingestor(
            self.db,
            self.embedder,
            chunk_tokens=await s.get_int("ingest.chunk_tokens", tenant),
            overlap_tokens=await s.get_int("ingest.overlap_tokens", tenant),
            max_bytes=int(await s.get_float("ingest.max_file_mb", tenant) * 1024 * 1024),
        )

    def forget(self) -> None:
        """Drop cached retrievers so the next search reads the settings again (after /reload)."""
        self._retrievers.clear()

    async def retriever(self, tenant: str | None = None) -> Retriever:
        """A retriever configured by the tenant's settings, reused across questions (it caches checks)."""
        cached = self._retrievers.get(tenant)
        if cached is not None:
            return cached
        s = self.settings
        reranker, _ = await self.reranker()
        self._retrievers[tenant] = retriever = Retriever(
            self.db,
            self.embedder,
            reranker,
            candidates=await s.get_int("retrieval.candidates", tenant),
            rrf_k=await s.get_int("retrieval.rrf_k", tenant),
            exact_boost=await s.get_float("retrieval.exact_boost", tenant),
            ef_search=await s.get_int("retrieval.hnsw_ef_search", tenant),
            rerank_top_n=await s.get_int("reranker.top_n", tenant),
        )
        return retriever

    async def unknown_codes(self, tenant: str, codes: list[set[str]]) -> list[str]:
        """Codes (each given as its key variants) that no chunk of the tenant mentions."""
        keys = sorted({k for variants in codes for k in variants})
        if not keys:
            return []
        async with self.db.connect() as conn:
            known = set(
                (
                    await conn.execute(
                        text(
                            "SELECT DISTINCT k FROM chunks, unnest(codes) AS k WHERE tenant_id = :t "
                            "AND codes && CAST(:keys AS text[]) AND k = ANY(CAST(:keys AS text[]))"
                        ),
                        {"t": tenant, "keys": keys},
                    )
                ).scalars()
            )
        return [min(variants, key=len) for variants in codes if not variants & known]

    async def status(self, tenant: str) -> dict[str, object]:
        status = await kb_status(self.db, tenant)
        status["embedder"] = f"{self.embedder.name} (dim {self.embedder.dim})"
        status["reranker"] = (await self.reranker())[1]
        return status

    async def reembed(self, tenant: str, batch: int = 128) -> int:
        """Re-embed every chunk of a tenant and its pieces with the configured embedder, one document
        per transaction (documents stored before piece vectors existed get theirs this way)."""
        async with self.db.connect() as conn:
            docs = (
                await conn.execute(text("SELECT id, title FROM documents WHERE tenant_id = :t"), {"t": tenant})
            ).all()
        total = 0
        for doc in docs:
            async with self.db.connect() as conn:
                rows = (
                    await conn.execute(
                        text("SELECT id, heading_path, text FROM chunks WHERE document_id = :d ORDER BY ordinal"),
                        {"d": doc.id},
                    )
                ).all()
                texts = [
                    " > ".join([doc.title, *[h for h in r.heading_path if h != doc.title]]) + "\n" + r.text
                    for r in rows
                ]
                pieces = [split_pieces(r.text) for r in rows]
                vectors: list[np.ndarray] = []
                piece_vectors: list[np.ndarray] = []
                for start in range(0, len(texts), batch):
                    chunk_part, piece_part = await embed_with_pieces(
                        self.embedder, texts[start : start + batch], pieces[start : start + batch]
                    )
                    vectors.extend(chunk_part)
                    piece_vectors.extend(piece_part)
                if rows:
                    await conn.execute(
                        text("UPDATE chunks SET embedding = CAST(:v AS vector) WHERE id = :id"),
                        [{"id": r.id, "v": vector_literal(v)} for r, v in zip(rows, vectors, strict=True)],
                    )
                    ids = [int(r.id) for r in rows]
                    await conn.execute(
                        text("DELETE FROM pieces WHERE chunk_id = ANY(CAST(:ids AS bigint[]))"), {"ids": ids}
                    )
                    await write_pieces(conn, tenant, ids, pieces, piece_vectors)
                await conn.execute(
                    text("UPDATE documents SET embed_model = :m, embed_dim = :d2, updated_at = now() WHERE id = :d"),
                    {"m": self.embedder.name, "d2": self.embedder.dim, "d": doc.id},
                )
            total += len(rows)
        return total
