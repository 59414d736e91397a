"""Ingestion: files and folders into documents and chunks, incremental and per-file fault tolerant.

Throughput comes from embedding many files' chunks in one batch while the previous batch is being
written: the model (in a worker thread) and PostgreSQL (another process) work at the same time.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
from loguru import logger

from knowledge.chunking import chunk_document
from knowledge.documents import ChunkDraft, DocumentMeta
from knowledge.embedder import Embedder
from knowledge.loaders import LoadError, load_bytes
from knowledge.metadata import extract_meta, model_codes
from knowledge.pieces import Piece, embed_with_pieces, split_pieces
from knowledge.store import check_embedder, stored_documents, write_document
from rivet.db import Database
from rivet.errors import RivetError

Status = Literal["ingested", "skipped", "error"]
# How files are read into text (loaders, chunking, pieces): part of each file's stored hash, so a
# release that reads files differently (2: an HTML ordered list's items keep their step numbers; 3: also
# an item written as <li><p>; 4: table rows whose cells wrap are kept whole in PDF, fixed-width and grid tables,
# and the ten loader changes of earlier sessions since 3, which did not bump it; 5: a number wrapped at the space
# between its thousands stays in its PDF table cell; 6: a fixed-width table row whose first cell wrapped goes on in
# every column that wrapped beside it) ingests unchanged files again instead of skipping them with their old text.
PARSE_VERSION = 6


def content_hash(data: bytes) -> str:
    """The stored hash of a file: its bytes as this release reads them (PARSE_VERSION)."""
    return hashlib.sha256(f"rivet-parse-{PARSE_VERSION}\n".encode() + data).hexdigest()


BATCH_CHUNKS = 512  # big batches let the model sort texts by length (less padding)


@dataclass
class FileOutcome:
    source: str
    status: Status
    chunks: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def chunks(self) -> int:
        return sum(o.chunks for o in self.outcomes if o.status == "ingested")

    @property
    def chunks_per_s(self) -> float:
        return self.chunks / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Prepared:
    source: str
    content_hash: str
    file_type: str
    size: int
    meta: DocumentMeta
    chunks: list[ChunkDraft]
    codes: set[str]
    pieces: list[list[Piece]]  # per chunk: what the answer stage quotes, embedded at ingest


def _too_big(size: int, limit: int) -> str:
    def human(n: float) -> str:
        for unit in ("bytes", "KB", "MB", "GB"):
            if n < 1024 or unit == "GB":
                return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
            n /= 1024
        return f"{n:.1f} GB"

    return f"file is {human(size)}, over the {human(limit)} limit (setting ingest.max_file_mb)"


def discover(paths: list[Path]) -> list[tuple[str, Path | None]]:
    """(source name, file) pairs: a folder's files by relative path, a file by its name.

    A path that does not exist comes back with file None, so it gets its own error outcome.
    """
    found: list[tuple[str, Path | None]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = file.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                found.append((rel.as_posix(), file))
        elif path.is_file():
            found.append((path.name, path))
        else:
            found.append((str(path), None))
    return found


class Ingestor:
    """Loads, chunks, embeds and stores documents for one tenant at a time."""

    def __init__(
        self,
        db: Database,
        embedder: Embedder,
        *,
        chunk_tokens: int = 240,
        overlap_tokens: int = 30,
        max_bytes: int = 20 * 1024 * 1024,
    ) -> None:
        self._db = db
        self._embedder = embedder
        self._chunk_tokens = chunk_tokens
        self._overlap = overlap_tokens
        self._max_bytes = max_bytes

    def prepare(self, source: str, data: bytes, extra_meta: dict[str, object] | None = None) -> _Prepared:
        """Parse and chunk one file's bytes (CPU only, no I/O). Raises LoadError."""
        if len(data) > self._max_bytes:
            raise LoadError(_too_big(len(data), self._max_bytes))
        doc = load_bytes(source, data)
        if extra_meta:
            doc.metadata.update(extra_meta)
        meta = extract_meta(doc)
        chunks = chunk_document(doc, target_tokens=self._chunk_tokens, overlap_tokens=self._overlap)
        if not chunks:
            raise LoadError("no text to ingest")
        return _Prepared(
            source,
            content_hash(data),
            doc.file_type,
            len(data),
            meta,
            chunks,
            model_codes(meta),
            [split_pieces(c.text) for c in chunks],
        )

    async def ingest(
        self,
        paths: list[Path],
        tenant: str,
        *,
        on_file: Callable[[FileOutcome], None] | None = None,
        review: str = "manual",
    ) -> IngestReport:
        """Ingest files and folders; each file is ingested, skipped (unchanged) or a clear error."""
        started = time.perf_counter()
        await check_embedder(self._db, tenant, self._embedder.name, self._embedder.dim, readonly=False)
        stored = await stored_documents(self._db, tenant)
        report = IngestReport()

        def record(outcome: FileOutcome) -> None:
            report.outcomes.append(outcome)
            if outcome.status == "error":
                logger.warning("ingest {}: {}", outcome.source, outcome.error)
            if on_file:
                on_file(outcome)

        batch: list[_Prepared] = []
        writing: asyncio.Task[None] | None = None

        async def flush() -> None:
            nonlocal writing, batch
            if not batch:
                return
            todo, batch = batch, []
            vectors = await self._embed(todo)
            if writing is not None:
                await writing
            writing = asyncio.create_task(self._write(todo, vectors, tenant, review, record))

        for source, file in discover(paths):
            if file is None:
                record(FileOutcome(source, "error", error="no such file or directory"))
                continue
            try:
                size = file.stat().st_size
                if size > self._max_bytes:  # refuse before reading a huge file into memory
                    record(FileOutcome(source, "error", error=_too_big(size, self._max_bytes)))
                    continue
                data = file.read_bytes()
            except OSError as exc:
                record(FileOutcome(source, "error", error=f"cannot read: {exc.strerror or exc}"))
                continue
            known = stored.get(source)
            if known and known.content_hash == content_hash(data):
                record(FileOutcome(source, "skipped"))
                continue
            try:
                batch.append(self.prepare(source, data))
            except LoadError as exc:
                record(FileOutcome(source, "error", error=str(exc)))
                continue
            if sum(len(p.chunks) for p in batch) >= BATCH_CHUNKS:
                await flush()
        await flush()
        if writing is not None:
            await writing
        report.seconds = time.perf_counter() - started
        return report

    async def _embed(self, todo: list[_Prepared]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Chunk vectors and per-chunk piece vectors of a batch of files, in one model call."""
        return await embed_with_pieces(
            self._embedder,
            [c.embed_text(p.meta.title) for p in todo for c in p.chunks],
            [pieces for p in todo for pieces in p.pieces],
        )

    async def _write(
        self,
        todo: list[_Prepared],
        vectors: tuple[np.ndarray, list[np.ndarray]],
        tenant: str,
        review: str,
        record: Callable[[FileOutcome], None],
    ) -> None:
        chunk_vectors, piece_vectors = vectors
        offset = 0
        for p in todo:
            n = len(p.chunks)
            try:
                await write_document(
                    self._db,
                    tenant=tenant,
                    source=p.source,
                    content_hash=p.content_hash,
                    file_type=p.file_type,
                    size_bytes=p.size,
                    meta=p.meta,
                    chunks=p.chunks,
                    vectors=chunk_vectors[offset : offset + n],
                    embed_model=self._embedder.name,
                    embed_dim=self._embedder.dim,
                    review=review,
                    extra_codes=p.codes,
                    pieces=p.pieces,
                    piece_vectors=piece_vectors[offset : offset + n],
                )
            except RivetError as exc:  # the database went away: this file is not stored, say so
                record(FileOutcome(p.source, "error", error=str(exc)))
            else:
                record(FileOutcome(p.source, "ingested", chunks=n))
            offset += n

    async def ingest_text(
        self,
        source: str,
        body: str,
        tenant: str,
        *,
        review: str = "manual",
        meta: dict[str, object] | None = None,
    ) -> FileOutcome:
        """Ingest one in-memory Markdown document (expert answers become knowledge this way)."""
        await check_embedder(self._db, tenant, self._embedder.name, self._embedder.dim, readonly=False)
        try:
            prepared = self.prepare(source, body.encode("utf-8"), meta)
        except LoadError as exc:
            return FileOutcome(source, "error", error=str(exc))
        outcomes: list[FileOutcome] = []
        await self._write([prepared], await self._embed([prepared]), tenant, review, outcomes.append)
        return outcomes[0]
