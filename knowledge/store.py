"""SQL for the knowledge tables. Every statement is scoped by tenant_id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import text

from knowledge.documents import ChunkDraft, DocumentMeta
from knowledge.pieces import Piece, write_pieces
from rivet.db import Database
from rivet.db.tenants import ensure_tenant
from rivet.errors import RivetError


class EmbeddingMismatch(RivetError):
    """Stored vectors were made by another embedding model than the one configured."""


def vector_literal(vector: np.ndarray) -> str:
    """pgvector's text form; cast with CAST(:v AS vector) in SQL."""
    return "[" + ",".join(f"{x:.7g}" for x in vector.tolist()) + "]"


async def chunk_ids(conn: Any, document_id: int) -> list[int]:
    """The ids of a document's chunks, in ordinal order."""
    rows = await conn.execute(text("SELECT id FROM chunks WHERE document_id = :d ORDER BY ordinal"), {"d": document_id})
    return [int(i) for i in rows.scalars()]


def slash_as_space(expr: str) -> str:
    """SQL for a text with its slashes read as spaces, for the full-text parser.

    PostgreSQL's parser reads a slash-joined run ("2400 crates/h", "start/stop button", "Menu/Settings") as one
    file-path token, so "crates" or "stop" would be no lexeme of the chunk and a question asking for them would
    not find it by its words. Chunks (here) and questions (knowledge.retriever) are parsed alike; migration 0010
    recomputed the vectors stored before."""
    return f"translate({expr}, '/', ' ')"


TSV_SQL = (
    f"setweight(to_tsvector('english', {slash_as_space(':heading')}), 'B') "
    f"|| to_tsvector('english', {slash_as_space(':text')}) "
    "|| setweight(array_to_tsvector(CAST(:codes AS text[])), 'A')"
)


@dataclass
class StoredDocument:
    source: str
    content_hash: str
    embed_model: str


async def stored_documents(db: Database, tenant: str) -> dict[str, StoredDocument]:
    async with db.connect() as conn:
        rows = (
            await conn.execute(
                text("SELECT source, content_hash, embed_model FROM documents WHERE tenant_id = :t"),
                {"t": tenant},
            )
        ).all()
    return {r.source: StoredDocument(r.source, r.content_hash, r.embed_model) for r in rows}


async def check_embedder(db: Database, tenant: str, name: str, dim: int, *, readonly: bool = True) -> None:
    """Refuse to mix vectors from two embedding models in one tenant's knowledge base.

    readonly=False before a write (ingest): a standby may not have replayed the primary's latest
    documents, or even its migrations, so that check reads what the primary holds. A search reads
    wherever it may (a standby serves it when the primary is down)."""
    async with db.connect(readonly=readonly) as conn:
        rows = (
            await conn.execute(
                text("SELECT DISTINCT embed_model, embed_dim FROM documents WHERE tenant_id = :t"),
                {"t": tenant},
            )
        ).all()
    other = [(r.embed_model, r.embed_dim) for r in rows if (r.embed_model, r.embed_dim) != (name, dim)]
    if other:
        model, odim = other[0]
        raise EmbeddingMismatch(
            f"tenant {tenant!r} has knowledge embedded with {model} (dim {odim}) but the configured embedder "
            f"is {name} (dim {dim}); run `rivet kb reembed --tenant {tenant}` or switch embedder.model back"
        )


async def write_document(
    db: Database,
    *,
    tenant: str,
    source: str,
    content_hash: str,
    file_type: str,
    size_bytes: int,
    meta: DocumentMeta,
    chunks: list[ChunkDraft],
    vectors: np.ndarray,
    embed_model: str,
    embed_dim: int,
    review: str = "manual",
    extra_codes: set[str] | None = None,
    pieces: list[list[Piece]] | None = None,
    piece_vectors: list[np.ndarray] | None = None,
) -> int:
    """Insert or replace one document, all its chunks and their pieces in a single transaction.

    A concurrent query sees either the old chunks or the new ones, never a mix (MVCC).
    """
    async with db.connect() as conn:
        await ensure_tenant(conn, tenant)
        doc_id = (
            await conn.execute(
                text(
                    "INSERT INTO documents (tenant_id, source, title, content_hash, doc_type, file_type, "
                    "manufacturer, models, domain, safety, revision, review, size_bytes, chunk_count, "
                    "embed_model, embed_dim) VALUES (:t, :source, :title, :hash, :doc_type, :file_type, "
                    ":manufacturer, :models, :domain, :safety, :revision, :review, :size, :n, :em, :ed) "
                    "ON CONFLICT (tenant_id, source) DO UPDATE SET title = EXCLUDED.title, "
                    "content_hash = EXCLUDED.content_hash, doc_type = EXCLUDED.doc_type, "
                    "file_type = EXCLUDED.file_type, manufacturer = EXCLUDED.manufacturer, "
                    "models = EXCLUDED.models, domain = EXCLUDED.domain, safety = EXCLUDED.safety, "
                    "revision = EXCLUDED.revision, review = EXCLUDED.review, size_bytes = EXCLUDED.size_bytes, "
                    "chunk_count = EXCLUDED.chunk_count, embed_model = EXCLUDED.embed_model, "
                    "embed_dim = EXCLUDED.embed_dim, status = 'active', updated_at = now() RETURNING id"
                ),
                {
                    "t": tenant,
                    "source": source,
                    "title": meta.title,
                    "hash": content_hash,
                    "doc_type": meta.doc_type,
                    "file_type": file_type,
                    "manufacturer": meta.manufacturer,
                    "models": meta.models,
                    "domain": meta.domain,
                    "safety": meta.safety,
                    "revision": meta.revision,
                    "review": review,
                    "size": size_bytes,
                    "n": len(chunks),
                    "em": embed_model,
                    "ed": embed_dim,
                },
            )
        ).scalar_one()
        await conn.execute(text("DELETE FROM chunks WHERE document_id = :d"), {"d": doc_id})
        if chunks:
            await conn.execute(
                text(
                    "INSERT INTO chunks (tenant_id, document_id, ordinal, text, heading_path, page, token_count, "
                    f"codes, embedding, tsv) VALUES (:t, :d, :ordinal, :text, :path, :page, :tokens, :codes, "
                    f"CAST(:embedding AS vector), {TSV_SQL})"
                ),
                [
                    {
                        "t": tenant,
                        "d": doc_id,
                        "ordinal": c.ordinal,
                        "text": c.text,
                        "path": c.heading_path,
                        "heading": " ".join(c.heading_path),
                        "page": c.page,
                        "tokens": c.token_count,
                        "codes": sorted(c.codes | (extra_codes or set())),
                        "embedding": vector_literal(v),
                    }
                    for c, v in zip(chunks, vectors, strict=True)
                ],
            )
            if pieces is not None and piece_vectors is not None:
                # The old chunks' pieces went with them (ON DELETE CASCADE).
                await write_pieces(conn, tenant, await chunk_ids(conn, doc_id), pieces, piece_vectors)
    return int(doc_id)


async def remove_document(db: Database, tenant: str, source: str) -> bool:
    async with db.connect() as conn:
        result = await conn.execute(
            text("DELETE FROM documents WHERE tenant_id = :t AND source = :s"), {"t": tenant, "s": source}
        )
    return bool(result.rowcount)


async def kb_status(db: Database, tenant: str) -> dict[str, Any]:
    async with db.connect() as conn:
        docs = (
            await conn.execute(
                text(
                    "SELECT count(*) AS n, coalesce(sum(chunk_count), 0) AS chunks FROM documents WHERE tenant_id = :t"
                ),
                {"t": tenant},
            )
        ).one()
        domains = (
            await conn.execute(
                text(
                    "SELECT coalesce(domain, '(none)') AS domain, count(*) AS n FROM documents "
                    "WHERE tenant_id = :t GROUP BY 1 ORDER BY 1"
                ),
                {"t": tenant},
            )
        ).all()
        models = (
            await conn.execute(
                text("SELECT DISTINCT embed_model, embed_dim FROM documents WHERE tenant_id = :t"),
                {"t": tenant},
            )
        ).all()
        indexes = (
            await conn.execute(
                text(
                    "SELECT c.relname AS name, am.amname AS method, i.indisvalid AS valid, "
                    "pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                    "JOIN pg_am am ON am.oid = c.relam WHERE t.relname = 'chunks' ORDER BY 1"
                )
            )
        ).all()
    return {
        "tenant": tenant,
        "documents": int(docs.n),
        "chunks": int(docs.chunks),
        "domains": {r.domain: int(r.n) for r in domains},
        "stored_embeddings": [f"{r.embed_model} (dim {r.embed_dim})" for r in models],
        "indexes": [f"{r.name} {r.method} {r.size}{'' if r.valid else ' INVALID'}" for r in indexes],
    }
