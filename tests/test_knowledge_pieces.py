"""Piece vectors computed at ingest: stored per tenant, used by the answer stage, replaced with their
chunks, recomputed by reembed, and embedded at question time only for chunks stored without them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from loguru import logger
from sqlalchemy import text

from engine.analysis import analyze_query
from engine.extractive import ExtractiveAnswerer
from knowledge.base import KnowledgeBase
from knowledge.embedder import LocalEmbedder
from knowledge.ingest import Ingestor
from knowledge.pieces import PieceStore, piece_digest, split_pieces
from knowledge.retriever import Retriever
from knowledge.store import remove_document
from rivet.db import Database
from rivet.settings import SettingsService

SERVO = """# Orvanta OSD-8 Servo Drive

## Alarms

Code: Er.310; Name: Following error exceeded; Cause: Position error above Pn.24; Action: See section 4

Code: Er.320; Name: Overspeed; Cause: Speed above Pn.30; Action: Check Pn.30

## Parameters

Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 3.0 rev

Parameter: Pn.30; Name: Maximum speed; Default: 3000 rpm

## Replacing the fan

1. Switch off and lock out the OSD-8 drive.
2. Wait 5 minutes for the DC bus to discharge.
3. Remove the two fan screws and unplug the fan.
4. Fit the new fan (part OSD-FAN-2) and refit the screws.
"""
QUESTION = "Er.310 on the osd8 whenever it moves fast"


class CountingEmbedder:
    """The real MiniLM, counting the document texts it is asked to embed (queries are not counted)."""

    def __init__(self, inner: LocalEmbedder, name: str = "all-MiniLM-L6-v2", reverse: bool = False) -> None:
        self.inner = inner
        self.name = name
        self.dim = inner.dim
        self.reverse = reverse
        self.texts: list[str] = []

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.texts.extend(texts)
        vectors = await self.inner.embed_documents(texts)
        return np.ascontiguousarray(vectors[:, ::-1]) if self.reverse else vectors

    async def embed_query(self, query: str) -> np.ndarray:
        vector = await self.inner.embed_query(query)
        return np.ascontiguousarray(vector[::-1]) if self.reverse else vector


def manual(tmp_path: Path, body: str = SERVO) -> Path:
    path = tmp_path / "kb" / "osd8.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path.parent


async def pieces_of(db: Database, tenant: str) -> list[tuple[str, int, int, int]]:
    """(tenant_id, chunk_id, position, digest) of every stored piece of the tenant's chunks."""
    async with db.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT p.tenant_id, p.chunk_id, p.position, p.digest FROM pieces p "
                    "JOIN chunks c ON c.id = p.chunk_id WHERE c.tenant_id = :t ORDER BY 2, 3"
                ),
                {"t": tenant},
            )
        ).all()
    return [(r.tenant_id, r.chunk_id, r.position, r.digest) for r in rows]


async def chunk_texts(db: Database, tenant: str) -> dict[int, str]:
    async with db.connect() as conn:
        rows = (await conn.execute(text("SELECT id, text FROM chunks WHERE tenant_id = :t"), {"t": tenant})).all()
    return {r.id: r.text for r in rows}


async def answer(db: Database, embedder: CountingEmbedder, answerer: ExtractiveAnswerer, tenant: str) -> str:
    passages = await Retriever(db, embedder).search(QUESTION, tenant, k=5)  # type: ignore[arg-type]
    draft = await answerer.answer(analyze_query(QUESTION), passages, tenant_id=tenant, domain="drives")
    return draft.text


async def test_ingest_stores_every_piece_and_answering_embeds_no_piece(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    embedder = CountingEmbedder(local_embedder)
    await Ingestor(db, embedder).ingest([manual(tmp_path)], "plant-a")  # type: ignore[arg-type]
    chunks = await chunk_texts(db, "plant-a")
    stored = await pieces_of(db, "plant-a")
    # The same split the answer stage quotes from, in order, each row carrying its tenant.
    assert [(c, pos, d) for _, c, pos, d in stored] == [
        (chunk_id, pos, piece_digest(p.text))
        for chunk_id in sorted(chunks)
        for pos, p in enumerate(split_pieces(chunks[chunk_id]))
    ]
    assert {t for t, *_ in stored} == {"plant-a"}
    # Each distinct piece text was embedded once, in the ingest batch, and is stored exactly.
    distinct = {p.text for body in chunks.values() for p in split_pieces(body)}
    assert len(embedder.texts) == len(chunks) + len(distinct)
    vectors = await PieceStore(db).vectors("plant-a", list(chunks))
    expected = await local_embedder.embed_documents(sorted(distinct))
    for piece_text, vector in zip(sorted(distinct), expected, strict=True):
        np.testing.assert_allclose(vectors[piece_digest(piece_text)], vector, atol=1e-5)

    embedder.texts.clear()
    answerer = ExtractiveAnswerer(embedder, pieces=PieceStore(db))  # type: ignore[arg-type]
    quoted = await answer(db, embedder, answerer, "plant-a")
    assert "Er.310" in quoted and "3.0 rev" in quoted
    assert embedder.texts == []  # only the question was embedded


async def test_pieces_belong_to_their_tenant_and_go_with_their_chunks(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    folder = manual(tmp_path)
    await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    await Ingestor(db, local_embedder).ingest([folder], "plant-b")
    a_chunks, b_chunks = list(await chunk_texts(db, "plant-a")), list(await chunk_texts(db, "plant-b"))
    store = PieceStore(db)
    assert await store.vectors("plant-a", a_chunks) and await store.vectors("plant-b", b_chunks)
    assert await store.vectors("plant-b", a_chunks) == {}  # another tenant's chunk ids find nothing
    assert {t for t, *_ in await pieces_of(db, "plant-b")} == {"plant-b"}

    # A changed manual replaces its chunks, and their pieces with them.
    manual(tmp_path, SERVO.replace("3.0 rev", "4.5 rev"))
    await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    new_chunks = await chunk_texts(db, "plant-a")
    assert not set(new_chunks) & set(a_chunks)
    assert {c for _, c, _, _ in await pieces_of(db, "plant-a")} == set(new_chunks)
    assert piece_digest("Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 4.5 rev") in (
        await store.vectors("plant-a", list(new_chunks))
    )

    assert await remove_document(db, "plant-a", "osd8.md")
    async with db.connect() as conn:
        left = (await conn.execute(text("SELECT DISTINCT tenant_id FROM pieces"))).scalars().all()
    assert left == ["plant-b"]
    async with db.connect() as conn:
        await conn.execute(text("DELETE FROM tenants WHERE id = 'plant-b'"))
        assert (await conn.execute(text("SELECT count(*) FROM pieces"))).scalar() == 0


async def test_chunks_stored_without_pieces_are_embedded_at_question_time_and_logged_once(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    await Ingestor(db, local_embedder).ingest([manual(tmp_path)], "plant-a")
    embedder = CountingEmbedder(local_embedder)
    with_pieces = await answer(db, embedder, ExtractiveAnswerer(embedder, pieces=PieceStore(db)), "plant-a")  # type: ignore[arg-type]
    async with db.connect() as conn:  # as if ingested before the pieces table existed
        await conn.execute(text("DELETE FROM pieces WHERE tenant_id = 'plant-a'"))

    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(str(m)), level="WARNING", format="{message}")
    try:
        answerer = ExtractiveAnswerer(embedder, pieces=PieceStore(db))  # type: ignore[arg-type]
        assert await answer(db, embedder, answerer, "plant-a") == with_pieces  # same answer, computed late
        embedded = len(embedder.texts)
        assert embedded > 0
        assert await answer(db, embedder, answerer, "plant-a") == with_pieces
        assert len(embedder.texts) == embedded  # kept in the in-process cache
    finally:
        logger.remove(sink)
    assert len(warnings) == 1 and "rivet kb reembed --tenant plant-a" in warnings[0]


async def test_reembed_recomputes_the_pieces(db: Database, local_embedder: LocalEmbedder, tmp_path: Path) -> None:
    await Ingestor(db, local_embedder).ingest([manual(tmp_path)], "plant-a")
    chunks = await chunk_texts(db, "plant-a")
    before = await PieceStore(db).vectors("plant-a", list(chunks))
    async with db.connect() as conn:  # one chunk lost its pieces: reembed stores them again
        await conn.execute(text("DELETE FROM pieces WHERE chunk_id = :c"), {"c": min(chunks)})
    reversed_embedder = CountingEmbedder(local_embedder, name="minilm-reversed", reverse=True)
    kb = KnowledgeBase(db, SettingsService(db, environ={}), reversed_embedder)  # type: ignore[arg-type]
    assert await kb.reembed("plant-a") == len(chunks)

    after = await PieceStore(db).vectors("plant-a", list(chunks))
    assert after.keys() == before.keys()
    for digest, vector in before.items():
        np.testing.assert_allclose(after[digest], vector[::-1], atol=1e-5)
    assert len(await pieces_of(db, "plant-a")) == sum(len(split_pieces(t)) for t in chunks.values())


async def test_the_bench_filler_writes_pieces_shaped_like_the_samples(
    db: Database, local_embedder: LocalEmbedder
) -> None:
    from knowledge.bench import _fill_synthetic

    kb = KnowledgeBase(db, SettingsService(db, environ={}), local_embedder)
    seeds = np.random.default_rng(1).normal(size=(4, 384)).astype(np.float32)
    words = ["valve", "stem", "packing", "torque", "check", "drive", "fan", "seal"]
    await _fill_synthetic(kb, "bench-x", 30, seeds / np.linalg.norm(seeds, axis=1, keepdims=True), words, 8)
    chunks = await chunk_texts(db, "bench-x")
    stored = await pieces_of(db, "bench-x")
    assert len(chunks) == 30 and all(len(split_pieces(t)) == 8 for t in chunks.values())
    assert len(stored) == 30 * 8 and {t for t, *_ in stored} == {"bench-x"}
    assert len(await PieceStore(db).vectors("bench-x", list(chunks))) > 0
