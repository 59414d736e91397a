"""Hybrid retrieval: pgvector HNSW cosine + PostgreSQL full-text, fused by reciprocal rank fusion, the
candidates then ranked a third time by their best stored piece (sentence, step or row).

Always filtered by tenant; optionally by domain, manufacturer and model. Exact model-number and
fault-code matches get a bonus, because two drives can share "OC2" and mean different things.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text

from knowledge.codes import normalize_query_text, query_codes
from knowledge.embedder import Embedder
from knowledge.rerank import Reranker
from knowledge.store import check_embedder, slash_as_space, vector_literal
from rivet.db import Database


@dataclass
class Filters:
    domains: list[str] | None = None
    manufacturer: str | None = None
    models: list[str] | None = None


@dataclass
class Passage:
    """One retrieved chunk with everything a citation and a confidence score need."""

    chunk_id: int
    document_id: int
    source: str
    title: str
    heading_path: list[str]
    page: int | None
    text: str
    domain: str | None
    doc_type: str
    review: str
    safety: str
    models: list[str]
    codes: list[str]
    vector_rank: int | None = None
    vector_sim: float = 0.0
    text_rank: int | None = None
    text_score: float = 0.0
    exact_hits: int = 0
    piece_sim: float | None = None  # cosine of the question to the chunk's best stored piece; None: none stored
    fused: float = 0.0
    rerank: float | None = None
    score: float = 0.0
    ordinal: int | None = None  # the chunk's place in its document (sections are put back in this order)

    @property
    def heading(self) -> str:
        return " > ".join(self.heading_path[1:]) if len(self.heading_path) > 1 else ""


@dataclass
class RetrievalTiming:
    embed_ms: float = 0.0
    search_ms: float = 0.0
    rerank_ms: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)


_SQL = """
WITH vec AS (
    SELECT id, embedding <=> CAST(:qv AS vector) AS dist
    FROM chunks WHERE tenant_id = :t {filter}
    ORDER BY dist LIMIT :n
), q AS (
    -- The question's lexemes (parsed as the documents are: same stemmer, slashes read as spaces),
    -- OR'ed: a chat question rarely has every word in one passage. Lexemes common across the corpus
    -- are left out; they rank nothing and make the ranking scan touch most of the table.
    SELECT to_tsquery('simple', string_agg(quote_literal(lex), ' | ')) AS q
    FROM unnest(tsvector_to_array(to_tsvector('english', {qt}))) AS lex
    WHERE NOT (lex = ANY(CAST(:common AS text[])))
), txt AS (
    SELECT id, ts_rank_cd(tsv, q.q, 1) AS rank
    FROM chunks, q WHERE q.q IS NOT NULL AND tenant_id = :t AND tsv @@ q.q {filter}
    ORDER BY rank DESC, id LIMIT :n
), vr AS (SELECT id, dist, row_number() OVER (ORDER BY dist, id) AS r FROM vec),
   tr AS (SELECT id, rank, row_number() OVER (ORDER BY rank DESC, id) AS r FROM txt)
SELECT c.id, c.document_id, c.ordinal, c.text, c.heading_path, c.page, c.codes,
       d.source, d.title, d.domain, d.doc_type, d.review, d.safety, d.models,
       vr.r AS vrank, 1 - vr.dist AS vsim, tr.r AS trank, tr.rank AS tscore, ps.sim AS psim
FROM (SELECT id FROM vr UNION SELECT id FROM tr) AS ids
JOIN chunks c ON c.id = ids.id
JOIN documents d ON d.id = c.document_id
LEFT JOIN vr ON vr.id = c.id
LEFT JOIN tr ON tr.id = c.id
-- Each candidate's best stored piece (sentence, step or row), by the primary key: a chunk's own vector
-- averages every row of a table, the piece's is the row's alone.
LEFT JOIN LATERAL (
    SELECT max(1 - (p.embedding <=> CAST(:qv AS vector))) AS sim
    FROM pieces p WHERE p.chunk_id = c.id AND p.tenant_id = :t
) AS ps ON true
"""


def _filter_sql(filters: Filters | None, params: dict[str, object]) -> str:
    if filters is None:
        return ""
    clauses = []
    if filters.domains:
        clauses.append("domain = ANY(:f_domains)")
        params["f_domains"] = filters.domains
    if filters.manufacturer:
        clauses.append("manufacturer ILIKE :f_manufacturer")
        params["f_manufacturer"] = filters.manufacturer
    if filters.models:
        clauses.append("models && CAST(:f_models AS text[])")
        params["f_models"] = filters.models
    if not clauses:
        return ""
    return "AND document_id IN (SELECT id FROM documents WHERE tenant_id = :t AND " + " AND ".join(clauses) + ")"


def rank_by_best_piece(passages: list[Passage], rrf_k: int) -> None:
    """A third ranked list in the fusion: the candidates by their best piece. A question asks for one row
    or sentence, and a chunk that holds it among twenty others ranks low by its own vector and its
    words ("whats the turndown on the bk30 burner" and a technical data table); by its best piece it ranks
    first. Only the order (score) takes it in: `fused` stays the two searches' agreement, which the
    confidence reads (fused_norm) on the scale its weights were fitted on. Measured on 867 answerable
    questions of 16 tuning sets, before it was built: the passage holding the expected facts came
    first for 0.633 -> 0.689 of them, within the five read for 0.909 -> 0.926 (docs/quality-history.md)."""
    ranked = sorted((p for p in passages if p.piece_sim is not None), key=lambda p: (-(p.piece_sim or 0.0), p.chunk_id))
    for rank, passage in enumerate(ranked, start=1):
        passage.score += 1.0 / (rrf_k + rank)


class Retriever:
    """embed query -> hybrid search (one SQL round trip) -> RRF + exact boost -> optional rerank."""

    def __init__(
        self,
        db: Database,
        embedder: Embedder,
        reranker: Reranker | None = None,
        *,
        top_k: int = 5,
        candidates: int = 40,
        rrf_k: int = 60,
        exact_boost: float = 0.02,
        ef_search: int = 100,
        rerank_top_n: int = 20,
        common_share: float = 0.02,
        piece_rank: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """piece_rank False: the two searches' fusion alone orders the candidates (rank_by_best_piece)."""
        self.db = db
        self.embedder = embedder
        self.reranker = reranker
        self.top_k = top_k
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.exact_boost = exact_boost
        self.ef_search = ef_search
        self.rerank_top_n = rerank_top_n
        self._checked: set[str] = set()
        self.common_share = common_share
        self.piece_rank = piece_rank
        self._clock = clock
        self._common: tuple[float, list[str]] | None = None

    async def search(
        self,
        query: str,
        tenant: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        rerank: bool = True,
        timing: RetrievalTiming | None = None,
    ) -> list[Passage]:
        """The best `k` passages (default: this retriever's top_k) for the query, best first."""
        if tenant not in self._checked:
            await check_embedder(self.db, tenant, self.embedder.name, self.embedder.dim)
            self._checked.add(tenant)
        t0 = time.perf_counter()
        vector = await self.embedder.embed_query(query)
        t1 = time.perf_counter()
        passages = await self._hybrid(query, vector_literal(vector), tenant, filters)
        t2 = time.perf_counter()
        if rerank and self.reranker is not None and passages:
            head = passages[: self.rerank_top_n]
            scores = await self.reranker.score(query, [f"{p.title}\n{p.text}" for p in head])
            for p, s in zip(head, scores, strict=True):
                p.rerank = s
                p.score = s + self.exact_boost * p.exact_hits
            head.sort(key=lambda p: p.score, reverse=True)
            passages = head + passages[self.rerank_top_n :]
        t3 = time.perf_counter()
        if timing is not None:
            timing.embed_ms, timing.search_ms, timing.rerank_ms = (
                (t1 - t0) * 1000,
                (t2 - t1) * 1000,
                (t3 - t2) * 1000,
            )
        return passages[: self.top_k if k is None else k]

    def refresh_statistics(self) -> None:
        """Read corpus statistics again on the next query (after a large ingest and ANALYZE)."""
        self._common = None

    async def common_lexemes(self) -> list[str]:
        """Lexemes in more than common_share of all chunks (ANALYZE statistics, refreshed every 5 min).

        Codes (anything with a digit) are never dropped: they are what exact matching is for. Small
        knowledge bases (under 2,000 chunks) drop nothing, since ranking every match is cheap there.
        """
        now = self._clock()
        if self._common is not None and now - self._common[0] < 300:
            return self._common[1]
        async with self.db.connect(readonly=True) as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, "
                        "c.reltuples AS rows FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename "
                        "WHERE s.tablename = 'chunks' AND s.attname = 'tsv' AND s.schemaname = current_schema()"
                    )
                )
            ).first()
        common: list[str] = []
        if row is not None and row.elems and (row.rows or 0) >= 2000:
            common = [
                lex
                for lex, freq in zip(row.elems, row.freqs, strict=False)
                if freq > self.common_share and not any(ch.isdigit() for ch in lex)
            ]
        self._common = (now, common)
        return common

    async def _hybrid(self, query: str, qv: str, tenant: str, filters: Filters | None) -> list[Passage]:
        params: dict[str, object] = {
            "t": tenant,
            "qv": qv,
            "n": self.candidates,
            "qt": normalize_query_text(query),
            "common": await self.common_lexemes(),
        }
        sql = _SQL.format(filter=_filter_sql(filters, params), qt=slash_as_space(":qt"))
        # Read-only: with RIVET_DB_STANDBY_READS a standby may serve it, and it never needs the primary.
        async with self.db.connect(readonly=True) as conn:
            # SET LOCAL of both in one round trip. Filtered HNSW scans keep going until enough rows
            # pass the tenant filter (iterative_scan, pgvector 0.8).
            await conn.execute(
                text(
                    "SELECT set_config('hnsw.ef_search', :ef, true), "
                    "set_config('hnsw.iterative_scan', 'relaxed_order', true)"
                ),
                {"ef": str(int(self.ef_search))},
            )
            rows = (await conn.execute(text(sql), params)).all()
        wanted = query_codes(query)
        out: list[Passage] = []
        for r in rows:
            hits = len(wanted & set(r.codes))
            fused = (1.0 / (self.rrf_k + r.vrank) if r.vrank else 0.0) + (
                1.0 / (self.rrf_k + r.trank) if r.trank else 0.0
            )
            p = Passage(
                chunk_id=r.id,
                document_id=r.document_id,
                source=r.source,
                title=r.title,
                heading_path=list(r.heading_path),
                page=r.page,
                text=r.text,
                domain=r.domain,
                doc_type=r.doc_type,
                review=r.review,
                safety=r.safety,
                models=list(r.models),
                codes=list(r.codes),
                vector_rank=r.vrank,
                vector_sim=float(r.vsim or 0.0),
                text_rank=r.trank,
                text_score=float(r.tscore or 0.0),
                exact_hits=hits,
                piece_sim=None if r.psim is None else float(r.psim),
                fused=fused + self.exact_boost * hits,
                ordinal=r.ordinal,
            )
            p.score = p.fused
            out.append(p)
        if self.piece_rank:
            rank_by_best_piece(out, self.rrf_k)
        # Ties are common (vector rank r alone and text rank r alone fuse to the same score): broken by
        # the chunk's id, never by the order the plan returned rows in, which changes with the table's
        # statistics and so between two runs of the same questions on the same manuals.
        out.sort(key=lambda p: (-p.score, p.chunk_id))
        return out
