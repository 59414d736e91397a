"""Sections put back together from their chunks: the whole procedure a quoted step belongs to.

Chunking cuts a long section into chunks that repeat a few whole blocks at each seam (the
overlap). An answer that quotes step 7 needs the section's other steps, in order, once each, and
the page each is printed on, to say where the rest of the procedure is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from knowledge.pieces import Piece, split_pieces
from rivet.db import Database

SectionKey = tuple[int, tuple[str, ...]]  # (document id, heading path): one section of one manual


@dataclass(frozen=True)
class SectionLine:
    """One piece of a section (a sentence, a step or a row) and the page its chunk starts on."""

    text: str
    is_step: bool
    page: int | None


@dataclass
class Section:
    """A section's pieces in the manual's order, each once."""

    document_id: int
    heading_path: tuple[str, ...]
    lines: list[SectionLine] = field(default_factory=list)
    first_ordinal: int = 0
    title: str = ""  # the document's, for a citation
    source: str = ""
    models: tuple[str, ...] = ()

    @property
    def key(self) -> SectionKey:
        return (self.document_id, self.heading_path)

    @property
    def heading(self) -> str:
        """The section's own heading (the last of its path), as a pointer names it."""
        return self.heading_path[-1] if self.heading_path else ""


def merge_chunks(chunks: Sequence[tuple[str, int | None]]) -> list[SectionLine]:
    """The pieces of consecutive chunks of one section (text, page) with each seam's overlap
    dropped: the longest run of pieces ending one chunk that also starts the next is kept once."""
    merged: list[SectionLine] = []
    for chunk_text, page in chunks:
        pieces: list[Piece] = split_pieces(chunk_text)
        texts = [p.text for p in pieces]
        tail = [line.text for line in merged]
        seam = 0
        for k in range(min(len(tail), len(texts)), 0, -1):
            if tail[-k:] == texts[:k]:
                seam = k
                break
        merged.extend(SectionLine(p.text, p.is_step, page) for p in pieces[seam:])
    return merged


# The columns a section is put back together from (_sections), of a chunk and its document.
_SECTION_ROWS = (
    "SELECT c.heading_path, c.ordinal, c.page, c.text, d.title, d.source, d.models "
    "FROM chunks c JOIN documents d ON d.id = c.document_id "
)


class SectionStore:
    """Reads the sections of a document from its chunks (one indexed query per call)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def under(
        self,
        tenant: str,
        document_id: int,
        prefix: Sequence[str],
        *,
        depth: int | None = None,
        near: int | None = None,
        span: int = 40,
    ) -> list[Section]:
        """Sections of the document whose heading path starts with prefix, in document order.

        prefix is a section's own path for that section, or its parent's path for the section and
        its siblings; depth keeps only paths of that length (not the subsections). near, a chunk
        ordinal, reads only the `span` chunks either side of it: a 300-page manual's siblings far
        from the quoted section are not read for a pointer to the nearest ones.
        """
        window = "" if near is None else "AND c.ordinal BETWEEN :lo AND :hi "
        depth_sql = "" if depth is None else "AND cardinality(c.heading_path) = :depth "
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        _SECTION_ROWS + "WHERE c.tenant_id = :t AND c.document_id = :d "
                        "AND c.heading_path[1:CAST(:n AS int)] = CAST(:prefix AS text[]) "
                        f"{depth_sql}{window}ORDER BY c.ordinal"
                    ),
                    {
                        "t": tenant,
                        "d": document_id,
                        "n": len(prefix),
                        "prefix": list(prefix),
                        "depth": depth,
                        "lo": (near or 0) - span,
                        "hi": (near or 0) + span,
                    },
                )
            ).all()
        return _sections(document_id, rows)

    async def numbered(self, tenant: str, document_id: int, number: str, *, limit: int = 6) -> list[Section]:
        """The section of the document whose own heading opens with this number ("7" for "7. Tensioning the drive
        rope", not "7.2 ..." nor "17. ..."), its first `limit` chunks: where a piece's "(section 7)" sends the
        reader when the search did not find it."""
        pattern = rf"^\s*{re.escape(number)}(?![.0-9]*[0-9])"
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        _SECTION_ROWS
                        + "WHERE c.tenant_id = :t AND c.document_id = :d AND cardinality(c.heading_path) > 0 "
                        "AND c.heading_path[cardinality(c.heading_path)] ~ :pattern "
                        "ORDER BY c.ordinal LIMIT :n"
                    ),
                    {"t": tenant, "d": document_id, "pattern": pattern, "n": limit},
                )
            ).all()
        return _sections(document_id, rows)

    async def writing(self, tenant: str, document_ids: Sequence[int], words: Sequence[str]) -> dict[str, set[int]]:
        """Which of these documents write each word in any chunk, by the full-text index (stemmed as the search
        stems): a word of one manual's title that another manual writes anywhere names neither
        (engine.extractive.manual_names). One indexed query."""
        if not document_ids or not words:
            return {}
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT w, c.document_id FROM unnest(CAST(:words AS text[])) AS w JOIN chunks c "
                        "ON c.tenant_id = :t AND c.document_id = ANY(CAST(:ids AS bigint[])) "
                        "AND c.tsv @@ plainto_tsquery('english', w) GROUP BY w, c.document_id"
                    ),
                    {"t": tenant, "ids": sorted(set(document_ids)), "words": list(words)},
                )
            ).all()
        found: dict[str, set[int]] = {}
        for word, document in rows:
            found.setdefault(str(word), set()).add(int(document))
        return found

    async def mentioning(self, tenant: str, codes: set[str], *, first: set[int], limit: int = 40) -> list[Section]:
        """The chunks that write any of these codes (normalized keys, knowledge.codes), each as a
        one-chunk section, those of the `first` documents first: where a code quoted in an answer
        is defined."""
        if not codes:
            return []
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT c.document_id, c.heading_path, c.ordinal, c.page, c.text, d.title, d.source, d.models "
                        "FROM chunks c JOIN documents d ON d.id = c.document_id "
                        "WHERE c.tenant_id = :t AND c.codes && CAST(:codes AS text[]) "
                        "ORDER BY (c.document_id = ANY(CAST(:first AS bigint[]))) DESC, c.document_id, c.ordinal "
                        "LIMIT :n"
                    ),
                    {"t": tenant, "codes": sorted(codes), "first": sorted(first), "n": limit},
                )
            ).all()
        return [_sections(int(r.document_id), [r])[0] for r in rows]


def _sections(document_id: int, rows: Sequence[Any]) -> list[Section]:
    """Rows (heading_path, ordinal, page, text, title, source, models) grouped into sections."""
    grouped: dict[tuple[str, ...], list[Any]] = {}
    for r in rows:
        grouped.setdefault(tuple(r.heading_path), []).append(r)
    sections = [
        Section(
            document_id,
            path,
            merge_chunks([(r.text, r.page) for r in chunk_rows]),
            int(chunk_rows[0].ordinal),
            chunk_rows[0].title,
            chunk_rows[0].source,
            tuple(chunk_rows[0].models or ()),
        )
        for path, chunk_rows in grouped.items()
    ]
    return sorted(sections, key=lambda s: s.first_ordinal)
