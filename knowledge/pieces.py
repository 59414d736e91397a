"""Quotable pieces of a chunk (sentences, numbered steps, table rows) and their stored vectors.

One splitting function serves ingest, which embeds and stores every piece, and the answer stage,
which quotes them: a stored vector always belongs to the very text it is quoted with.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from knowledge.embedder import Embedder
from rivet.db import Database

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
STEP = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")


@dataclass(frozen=True)
class Piece:
    """A sentence, a numbered step or a table row of a chunk, in the order the chunk writes them."""

    text: str
    is_step: bool


def is_row(line: str) -> bool:
    """A table row as chunks write one ("Code: E4; Cause: ...; Action: ..."): cells joined by "; "."""
    return line.count(";") >= 2


def split_pieces(body: str) -> list[Piece]:
    """Steps, table rows and short lines stay whole; long lines are cut into sentences."""
    pieces: list[Piece] = []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        if STEP.match(line) or is_row(line) or len(line) < 200:
            pieces.append(Piece(line, bool(STEP.match(line))))
            continue
        for sentence in _SENTENCE.split(line):
            if sentence.strip():
                pieces.append(Piece(sentence.strip(), False))
    return pieces


def piece_digest(piece_text: str) -> int:
    """A signed 64-bit digest of a piece's text: the key its stored vector is found by."""
    return int.from_bytes(hashlib.blake2b(piece_text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


async def embed_with_pieces(
    embedder: Embedder, chunk_texts: list[str], pieces: Sequence[Sequence[Piece]]
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Chunk vectors and, per chunk, its pieces' vectors, from one batch (each distinct piece text
    once: overlapping chunks repeat sentences)."""
    distinct = list(dict.fromkeys(p.text for chunk in pieces for p in chunk))
    vectors = await embedder.embed_documents(chunk_texts + distinct)
    chunk_vectors, piece_rows = vectors[: len(chunk_texts)], vectors[len(chunk_texts) :]
    row_of = {t: i for i, t in enumerate(distinct)}
    empty = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    per_chunk = [piece_rows[[row_of[p.text] for p in chunk]] if chunk else empty for chunk in pieces]
    return chunk_vectors, per_chunk


def _copy_payload(tenant: str, rows: Sequence[tuple[int, int, int]], vectors: np.ndarray) -> bytes:
    """PostgreSQL binary COPY data for (tenant_id, chunk_id, position, digest, embedding) rows.

    Every row has the same shape (one tenant, one dimension), so numpy lays out all of them at
    once; binary COPY loads vectors about 25 times faster than their text form.
    """
    tenant_bytes = tenant.encode("utf-8")
    dim = vectors.shape[1]
    row = np.dtype(
        [
            ("fields", ">i2"),
            ("t_len", ">i4"),
            ("t", f"S{len(tenant_bytes)}"),
            ("c_len", ">i4"),
            ("c", ">i8"),
            ("p_len", ">i4"),
            ("p", ">i4"),
            ("d_len", ">i4"),
            ("d", ">i8"),
            ("v_len", ">i4"),
            ("v_dim", ">i2"),
            ("v_unused", ">i2"),
            ("v", ">f4", (dim,)),
        ]
    )
    out = np.zeros(len(rows), dtype=row)
    out["fields"] = 5
    out["t_len"], out["t"] = len(tenant_bytes), tenant_bytes
    out["c_len"], out["p_len"], out["d_len"] = 8, 4, 8
    if rows:
        ids = np.asarray(rows, dtype=np.int64)
        out["c"], out["p"], out["d"] = ids[:, 0], ids[:, 1], ids[:, 2]
    out["v_len"], out["v_dim"] = 4 + 4 * dim, dim
    out["v"] = vectors
    return b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0) + out.tobytes() + struct.pack(">h", -1)


async def write_pieces(
    conn: AsyncConnection,
    tenant: str,
    chunk_ids: Sequence[int],
    pieces: Sequence[Sequence[Piece]],
    vectors: Sequence[np.ndarray],
) -> int:
    """Store the pieces of the given chunks (pieces and vectors aligned with chunk_ids), in conn's
    transaction. The caller has removed any older pieces of those chunks."""
    rows = [
        (chunk_id, position, piece_digest(piece.text))
        for chunk_id, chunk_pieces in zip(chunk_ids, pieces, strict=True)
        for position, piece in enumerate(chunk_pieces)
    ]
    if not rows:
        return 0
    stacked = np.concatenate([np.asarray(v, dtype=np.float32) for v in vectors if len(v)])
    if len(stacked) != len(rows):
        raise ValueError(f"{len(rows)} pieces but {len(stacked)} vectors")
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    async with driver.cursor() as cursor:
        statement = "COPY pieces (tenant_id, chunk_id, position, digest, embedding) FROM STDIN WITH (FORMAT BINARY)"
        async with cursor.copy(statement) as copy:
            await copy.write(_copy_payload(tenant, rows, stacked))
    return len(rows)


class PieceStore:
    """Reads stored piece vectors for the answer stage: one indexed query per question."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def vectors(self, tenant: str, chunk_ids: Sequence[int]) -> dict[int, np.ndarray]:
        """Vectors of the stored pieces of these chunks, by piece digest (see piece_digest)."""
        if not chunk_ids:
            return {}
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    # vector_send is the type's binary form (int16 dim, int16 unused, big-endian
                    # float4s): exact, and no text to parse.
                    text(
                        "SELECT digest, vector_send(embedding) AS v FROM pieces "
                        "WHERE tenant_id = :t AND chunk_id = ANY(CAST(:ids AS bigint[]))"
                    ),
                    {"t": tenant, "ids": list(chunk_ids)},
                )
            ).all()
        return {int(r.digest): np.frombuffer(r.v, dtype=">f4", offset=4).astype(np.float32) for r in rows}
