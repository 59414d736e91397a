"""Ingest: incremental and atomic re-ingest, removal, tenant isolation, and the embedding-model guard."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

import knowledge.ingest as ingest_module
from knowledge.base import KnowledgeBase
from knowledge.embedder import LocalEmbedder
from knowledge.ingest import Ingestor
from knowledge.retriever import Filters, Passage, Retriever
from knowledge.store import EmbeddingMismatch, kb_status, remove_document, stored_documents
from rivet.db import Database
from rivet.settings import SettingsService


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def sections(mark: str, count: int, topic: str = "valve") -> str:
    """A manual whose every chunk (one per section) carries `mark`."""
    parts = [f"# Hollin HV-3 {topic.title()} Manual\n"]
    for i in range(count):
        parts.append(
            f"## Section {i}\n\n{mark} The Hollin HV-3 {topic} inspection step {i}: check the stem packing, "
            f"the actuator linkage and the position switch, then log reading {i} on the sheet. {mark}\n"
        )
    return "\n".join(parts)


async def doc_chunks(db: Database, tenant: str, source: str) -> list[tuple[int, str]]:
    async with db.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT c.ordinal, c.text FROM chunks c JOIN documents d ON d.id = c.document_id "
                    "WHERE d.tenant_id = :t AND d.source = :s ORDER BY c.ordinal"
                ),
                {"t": tenant, "s": source},
            )
        ).all()
    return [(r.ordinal, r.text) for r in rows]


# ---- incremental re-ingest ---------------------------------------------------------------------


async def test_unchanged_files_are_skipped_and_changed_files_replace_their_chunks(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "kb"
    write(
        folder,
        "pump.md",
        "# Kestrel KP-7 Pump Seals\n\n## Seal\n\nThe KP-7 uses a GRAPHITEX graphite face seal; "
        "replace it every 8000 hours.\n",
    )
    write(folder, "fan.md", "# Brisa Fan Belts\n\nTension the AHU-5 fan belt to 12 mm deflection.\n")
    ingestor = Ingestor(db, local_embedder)
    retriever = Retriever(db, local_embedder)

    first = await ingestor.ingest([folder], "plant-a")
    assert [(o.source, o.status) for o in first.outcomes] == [("fan.md", "ingested"), ("pump.md", "ingested")]
    before = await stored_documents(db, "plant-a")
    pump_chunks = await doc_chunks(db, "plant-a", "pump.md")
    assert len(pump_chunks) == 1

    again = await ingestor.ingest([folder], "plant-a")
    assert [(o.source, o.status, o.chunks) for o in again.outcomes] == [
        ("fan.md", "skipped", 0),
        ("pump.md", "skipped", 0),
    ]
    assert again.chunks == 0
    assert await stored_documents(db, "plant-a") == before

    write(
        folder,
        "pump.md",
        "# Kestrel KP-7 Pump Seals\n\n## Seal\n\nThe KP-7 now uses a CERAMIQ ceramic face seal; "
        "replace it every 12000 hours.\n\n## Flush\n\nFlush the CERAMIQ seal chamber with clean water.\n\n"
        "## Storage\n\nStore spare CERAMIQ seals flat and dry.\n",
    )
    third = await ingestor.ingest([folder], "plant-a")
    assert {o.source: o.status for o in third.outcomes} == {"fan.md": "skipped", "pump.md": "ingested"}
    after = await stored_documents(db, "plant-a")
    assert after["pump.md"].content_hash != before["pump.md"].content_hash
    assert after["fan.md"] == before["fan.md"]

    new_chunks = await doc_chunks(db, "plant-a", "pump.md")
    assert [o for o, _ in new_chunks] == [0, 1, 2]
    assert not any("GRAPHITEX" in t for _, t in new_chunks)
    async with db.connect() as conn:
        count = (
            await conn.execute(
                text("SELECT chunk_count FROM documents WHERE tenant_id = 'plant-a' AND source = 'pump.md'")
            )
        ).scalar_one()
        total = (await conn.execute(text("SELECT count(*) FROM chunks WHERE tenant_id = 'plant-a'"))).scalar_one()
    assert count == 3 and total == 4  # pump's 3 new chunks and fan's 1, no orphans from the old version

    old = await retriever.search("GRAPHITEX graphite face seal 8000 hours", "plant-a", k=10)
    assert old and not any("GRAPHITEX" in p.text for p in old)
    new = await retriever.search("CERAMIQ ceramic seal", "plant-a", k=3)
    assert new[0].source == "pump.md" and "CERAMIQ" in new[0].text

    # A release that reads files differently reads the unchanged ones again.
    monkeypatch.setattr(ingest_module, "PARSE_VERSION", ingest_module.PARSE_VERSION + 1)
    reread = await ingestor.ingest([folder], "plant-a")
    assert {o.source: o.status for o in reread.outcomes} == {"fan.md": "ingested", "pump.md": "ingested"}


class PausingDatabase:
    """Holds a write transaction open after it wrote NEWMARK chunks (before COMMIT) until released.

    This makes "a query runs while the re-ingest is half done" certain instead of a matter of timing.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self.written = asyncio.Event()
        self.release = asyncio.Event()

    @asynccontextmanager
    async def connect(self, *, readonly: bool = False) -> AsyncIterator[AsyncConnection]:
        async with self._db.connect(readonly=readonly) as conn:
            yield conn
            if readonly:  # the ingest's writes are what is paused; a read-only check has nothing to hold
                return
            mine = await conn.execute(text("SELECT count(*) FROM chunks WHERE text LIKE '%NEWMARK%'"))
            if mine.scalar_one() and not self.release.is_set():
                self.written.set()
                await self.release.wait()


def version_of(passages: list[Passage], source: str, old_n: int, new_n: int) -> str:
    """'old' or 'new' for the document's chunks in one result set; fails on a mix or a partial version."""
    mine = [p for p in passages if p.source == source]
    has_old = any("OLDMARK" in p.text for p in mine)
    has_new = any("NEWMARK" in p.text for p in mine)
    assert not (has_old and has_new), [p.text[:40] for p in mine]
    assert len({p.chunk_id for p in mine}) == len(mine) == (old_n if has_old else new_n)
    return "old" if has_old else "new"


async def test_concurrent_queries_see_all_old_or_all_new_chunks_during_a_reingest(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    folder = tmp_path / "kb"
    write(folder, "valve.md", sections("OLDMARK", 5))
    write(folder, "other.md", sections("", 2, topic="pump"))
    await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    retriever = Retriever(db, local_embedder)
    query = "OLDMARK NEWMARK Hollin valve inspection stem packing"
    old_n, new_n = 5, 8
    warm = await retriever.search(query, "plant-a", k=50)  # also caches the query vector
    assert version_of(warm, "valve.md", old_n, new_n) == "old"

    write(folder, "valve.md", sections("NEWMARK", new_n))
    pausing = PausingDatabase(db)
    ingestor = Ingestor(pausing, local_embedder)  # type: ignore[arg-type]
    done = asyncio.Event()

    async def reingest() -> None:
        try:
            report = await ingestor.ingest([folder], "plant-a")
            assert {o.source: o.status for o in report.outcomes} == {"other.md": "skipped", "valve.md": "ingested"}
        finally:
            done.set()

    async def during_the_write() -> list[list[Passage]]:
        await pausing.written.wait()  # old chunks deleted and new ones inserted, not yet committed
        seen = await asyncio.gather(*(retriever.search(query, "plant-a", k=50) for _ in range(8)))
        pausing.release.set()
        return list(seen)

    async def searcher() -> list[list[Passage]]:
        seen = []
        while not done.is_set():
            seen.append(await retriever.search(query, "plant-a", k=50))
        seen.append(await retriever.search(query, "plant-a", k=50))
        return seen

    searchers = [asyncio.create_task(searcher()) for _ in range(3)]
    paused, _ = await asyncio.gather(during_the_write(), reingest())
    free = [await task for task in searchers]

    assert len(await doc_chunks(db, "plant-a", "valve.md")) == new_n
    assert [version_of(r, "valve.md", old_n, new_n) for r in paused] == ["old"] * 8
    for seen in free:
        states = [version_of(r, "valve.md", old_n, new_n) for r in seen]
        assert states[-1] == "new"
        assert states == sorted(states, key=["old", "new"].index)  # never back to old once new was seen
    assert sum(len(seen) for seen in free) >= 6


async def test_remove_document_deletes_the_document_and_its_chunks(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    folder = tmp_path / "kb"
    write(folder, "valve.md", sections("VALVEMARK", 3))
    write(folder, "pump.md", sections("PUMPMARK", 2, topic="pump"))
    await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    await Ingestor(db, local_embedder).ingest([folder / "valve.md"], "plant-b")  # same source, other tenant

    assert await remove_document(db, "plant-a", "valve.md") is True
    assert await remove_document(db, "plant-a", "valve.md") is False  # already gone
    assert await remove_document(db, "plant-a", "no-such.md") is False

    assert set(await stored_documents(db, "plant-a")) == {"pump.md"}
    assert await doc_chunks(db, "plant-a", "valve.md") == []
    status = await kb_status(db, "plant-a")
    assert (status["documents"], status["chunks"]) == (1, 2)
    async with db.connect() as conn:
        orphans = (
            await conn.execute(text("SELECT count(*) FROM chunks WHERE document_id NOT IN (SELECT id FROM documents)"))
        ).scalar_one()
    assert orphans == 0
    passages = await Retriever(db, local_embedder).search("VALVEMARK Hollin valve", "plant-a", k=20)
    assert passages and all(p.source == "pump.md" for p in passages)
    # The other tenant's copy is untouched.
    assert len(await doc_chunks(db, "plant-b", "valve.md")) == 3


# ---- tenant isolation --------------------------------------------------------------------------

SECRET_DOC = """---
title: Zorblax ZX-77 Flux Pump Manual
manufacturer: Zorblax
models: [ZX-77]
domain: pumps
---

# Zorblax ZX-77 Flux Pump Manual

## Alarms

The ZORBLAX ZX-77 raises alarm AL-913 when the quasar gasket QG-5 leaks; set P7.21 to 40 and reseat the gasket.
"""


async def test_a_tenant_never_sees_another_tenants_documents(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    write(tmp_path / "a", "zorblax.md", SECRET_DOC)
    write(tmp_path / "c", "pump.md", "# Kestrel KP-7 Pump\n\n## Alarms\n\nAlarm AL-12 means low suction pressure.\n")
    write(tmp_path / "c", "zorblax.md", "# Shared name\n\nThe same source name in another tenant: coolant notes.\n")
    ingestor = Ingestor(db, local_embedder)
    await ingestor.ingest([tmp_path / "a"], "plant-a")
    await ingestor.ingest([tmp_path / "c"], "plant-c")
    retriever = Retriever(db, local_embedder)

    queries = [
        "The ZORBLAX ZX-77 raises alarm AL-913 when the quasar gasket QG-5 leaks",
        "zx77 al913",
        "zx 77 al 913 qg5 p7.21",
        "Zorblax flux pump manual",
    ]
    filters = [
        None,
        Filters(domains=["pumps"]),
        Filters(manufacturer="Zorblax"),
        Filters(models=["ZX-77"]),
        Filters(domains=["pumps"], manufacturer="zorblax", models=["ZX-77"]),
    ]
    a_hits = await retriever.search(queries[1], "plant-a", k=3)
    assert a_hits and a_hits[0].source == "zorblax.md" and a_hits[0].exact_hits >= 2  # the query does find it
    a_doc_ids = {p.document_id for p in a_hits}
    for query in queries:
        for f in filters:
            assert await retriever.search(query, "plant-b", k=20, filters=f) == []
            for p in await retriever.search(query, "plant-c", k=20, filters=f):
                assert p.document_id not in a_doc_ids
                assert "ZORBLAX" not in p.text and "Zorblax" not in p.title
                assert p.exact_hits == 0
    c_hits = await retriever.search("zorblax", "plant-c", k=5)
    assert {p.source for p in c_hits} <= {"pump.md", "zorblax.md"}
    assert all("coolant notes" in p.text or "AL-12" in p.text for p in c_hits)

    status_b = await kb_status(db, "plant-b")
    assert (status_b["documents"], status_b["chunks"], status_b["domains"]) == (0, 0, {})
    assert status_b["stored_embeddings"] == []
    assert await stored_documents(db, "plant-b") == {}
    assert (await kb_status(db, "plant-a"))["documents"] == 1
    assert (await kb_status(db, "plant-c"))["documents"] == 2


# ---- embedding model guard ---------------------------------------------------------------------


class ReversedEmbedder:
    """The real model with every vector reversed: a different "model" of the same dimension."""

    dim = 384

    def __init__(self, inner: LocalEmbedder, name: str = "minilm-reversed") -> None:
        self.inner = inner
        self.name = name

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.ascontiguousarray((await self.inner.embed_documents(texts))[:, ::-1])

    async def embed_query(self, text: str) -> np.ndarray:
        return np.ascontiguousarray((await self.inner.embed_query(text))[::-1])


async def stored_vectors(db: Database, tenant: str) -> dict[int, np.ndarray]:
    async with db.connect() as conn:
        rows = (
            await conn.execute(text("SELECT id, embedding::text AS v FROM chunks WHERE tenant_id = :t"), {"t": tenant})
        ).all()
    return {r.id: np.array([float(x) for x in r.v.strip("[]").split(",")], dtype=np.float32) for r in rows}


async def test_another_embedding_model_is_refused_until_reembed(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    folder = tmp_path / "kb"
    write(folder, "valve.md", sections("VALVEMARK", 3))
    write(folder, "pump.md", sections("PUMPMARK", 2, topic="pump"))
    await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    await Ingestor(db, local_embedder).ingest([folder / "pump.md"], "plant-b")
    other = ReversedEmbedder(local_embedder)

    with pytest.raises(EmbeddingMismatch) as ingest_error:
        await Ingestor(db, other).ingest([folder], "plant-a")
    message = str(ingest_error.value)
    assert "rivet kb reembed --tenant plant-a" in message
    assert "all-MiniLM-L6-v2 (dim 384)" in message and "minilm-reversed (dim 384)" in message
    with pytest.raises(EmbeddingMismatch, match="rivet kb reembed"):
        await Ingestor(db, other).ingest_text("expert.md", "# Answer\n\nReseat the gasket.\n", "plant-a")
    with pytest.raises(EmbeddingMismatch, match="rivet kb reembed"):
        await Retriever(db, other).search("valve inspection", "plant-a")
    assert (await Retriever(db, other).search("valve inspection", "empty-tenant")) == []  # nothing stored: fine

    before = await stored_vectors(db, "plant-a")
    kb = KnowledgeBase(db, SettingsService(db, environ={}), other)
    assert await kb.reembed("plant-a") == len(before) == 5

    after = await stored_vectors(db, "plant-a")
    assert after.keys() == before.keys()  # vectors rewritten in place, chunks kept
    for chunk_id, vector in before.items():
        np.testing.assert_allclose(after[chunk_id], vector[::-1], atol=1e-6)
    status = await kb.status("plant-a")
    assert status["stored_embeddings"] == ["minilm-reversed (dim 384)"]
    assert status["embedder"] == "minilm-reversed (dim 384)"

    passages = await Retriever(db, other).search("Hollin valve inspection VALVEMARK", "plant-a", k=3)
    assert passages and passages[0].source == "valve.md" and passages[0].vector_sim > 0.5
    skipped = await Ingestor(db, other).ingest([folder], "plant-a")
    assert {o.status for o in skipped.outcomes} == {"skipped"}
    with pytest.raises(EmbeddingMismatch, match="minilm-reversed"):
        await Retriever(db, local_embedder).search("valve inspection", "plant-a")
    # Re-embedding one tenant leaves the others on their own model.
    assert (await kb_status(db, "plant-b"))["stored_embeddings"] == ["all-MiniLM-L6-v2 (dim 384)"]
    assert await Retriever(db, local_embedder).search("pump inspection", "plant-b", k=1)


# ---- in-memory documents (expert answers) ------------------------------------------------------


async def test_ingest_text_stores_an_expert_answer_and_replaces_it_on_update(
    db: Database, local_embedder: LocalEmbedder
) -> None:
    ingestor = Ingestor(db, local_embedder)
    body = "# KD-400 tripping OC on accel\n\nLengthen P2.15 to 8 s; the FLUXGATE load needs a slower ramp.\n"
    first = await ingestor.ingest_text("expert/42.md", body, "plant-a", review="expert", meta={"domain": "drives"})
    assert (first.status, first.chunks, first.error) == ("ingested", 1, None)
    retriever = Retriever(db, local_embedder)
    [hit] = await retriever.search("kd400 OC on accel FLUXGATE", "plant-a", k=1)
    assert (hit.source, hit.review, hit.domain) == ("expert/42.md", "expert", "drives")
    assert hit.models == ["KD-400"] and hit.exact_hits >= 1

    updated = await ingestor.ingest_text("expert/42.md", body.replace("8 s", "10 s"), "plant-a", review="expert")
    assert updated.status == "ingested"
    texts = [t for _, t in await doc_chunks(db, "plant-a", "expert/42.md")]
    assert texts == ["Lengthen P2.15 to 10 s; the FLUXGATE load needs a slower ramp."]

    empty = await ingestor.ingest_text("expert/43.md", "   ", "plant-a")
    assert (empty.status, empty.error) == ("error", "empty file")
    assert set(await stored_documents(db, "plant-a")) == {"expert/42.md"}
