"""KnowledgeBase: the knowledge capability as one object, built from settings in the composition root.

The embedding model and the reranker load on first use, so commands that never search stay fast.
Retrieval and ingest settings are read per call for the tenant asking (the settings snapshot
makes that cheap), so a changed value applies at the next question without a restart.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from knowledge.codes import CHEMICAL_NAMES, CODE_PARTS
from knowledge.embedder import Embedder, make_embedder
from knowledge.ingest import FileOutcome, Ingestor, IngestReport, discover
from knowledge.pieces import PieceStore, embed_with_pieces, split_pieces, write_pieces
from knowledge.rerank import Reranker, load_reranker
from knowledge.retriever import Retriever
from knowledge.sections import SectionStore
from knowledge.store import kb_status, slash_as_space, vector_literal
from rivet.db import Database
from rivet.progress import task, track
from rivet.settings import SettingSpec, SettingsService, register

SAMPLES_DIR = Path(__file__).parent / "samples"
# A word of a title, file name or maker names a document only when at most this many of the tenant's documents
# have it there (KnowledgeBase.documents_named): a maker's or a model family's manuals, not every pump's.
NAMING_DOCUMENTS = 3

register(
    # Read once when the app is built: one embedding model serves every tenant of the process,
    # and a different model needs `rivet kb reembed` anyway.
    SettingSpec(
        "embedder.backend",
        "str",
        "local",
        "Embedding backend: local (packaged all-MiniLM-L6-v2) or litellm (remote model server).",
        "retrieval",
        scope="start",
    ),
    SettingSpec(
        "embedder.model",
        "str",
        "all-MiniLM-L6-v2",
        "Embedding model: a local path, the packaged all-MiniLM-L6-v2, or a litellm model name.",
        "retrieval",
        scope="start",
    ),
    SettingSpec(
        "embedder.api_base", "str", "", "api_base for the litellm embedding backend.", "retrieval", scope="start"
    ),
    SettingSpec("embedder.batch_size", "int", 16, "Texts embedded per batch at ingest.", "retrieval", scope="start"),
    SettingSpec(
        "embedder.query_runtime",
        "str",
        "onnx",
        "What encodes a question with the local model: onnx (ONNX Runtime, exported once into "
        "$RIVET_DATA_DIR/models and checked against torch at load; torch when they differ) or torch.",
        "retrieval",
        scope="start",
    ),
    # Read per search (KnowledgeBase.retriever).
    SettingSpec(
        "retrieval.top_k",
        "int",
        8,
        "Passages one search returns (after fusion and reranking); the answerer reads the first engine.passages.",
        "retrieval",
    ),
    SettingSpec(
        "retrieval.candidates", "int", 40, "Candidates taken from each of vector and full-text search.", "retrieval"
    ),
    SettingSpec(
        "retrieval.rrf_k",
        "int",
        60,
        "Reciprocal rank fusion constant (confidence scales the fused score by it too).",
        "retrieval",
    ),
    SettingSpec(
        "retrieval.exact_boost",
        "float",
        0.02,
        "Fused-score bonus per exact model-number or fault-code match.",
        "retrieval",
    ),
    SettingSpec("retrieval.hnsw_ef_search", "int", 100, "pgvector hnsw.ef_search for vector queries.", "retrieval"),
    SettingSpec(
        "reranker.backend",
        "str",
        "auto",
        "Reranker: auto (cross-encoder if loadable, else none), cross-encoder, litellm, none.",
        "retrieval",
    ),
    SettingSpec(
        "reranker.model",
        "str",
        "cross-encoder/ms-marco-MiniLM-L-6-v2",
        "CrossEncoder model name or local path, or litellm rerank model.",
        "retrieval",
    ),
    SettingSpec("reranker.top_n", "int", 20, "Candidates passed to the reranker.", "retrieval"),
    # Read per ingest (KnowledgeBase.ingestor).
    SettingSpec(
        "ingest.chunk_tokens",
        "int",
        240,
        "Target chunk size in tokens (MiniLM reads at most 256 word pieces).",
        "ingest",
    ),
    SettingSpec("ingest.overlap_tokens", "int", 30, "Overlap between consecutive chunks.", "ingest"),
    SettingSpec("ingest.max_file_mb", "float", 20.0, "Files larger than this are refused.", "ingest"),
)


@dataclass(frozen=True)
class RetrievalSettings:
    """The retrieval settings of one tenant at one moment; a retriever is rebuilt when they change."""

    top_k: int
    candidates: int
    rrf_k: int
    exact_boost: float
    ef_search: int
    rerank_top_n: int
    reranker_backend: str
    reranker_model: str

    @classmethod
    async def load(cls, settings: SettingsService, tenant: str | None) -> RetrievalSettings:
        return cls(
            top_k=max(1, await settings.get_int("retrieval.top_k", tenant)),
            candidates=await settings.get_int("retrieval.candidates", tenant),
            rrf_k=await settings.get_int("retrieval.rrf_k", tenant),
            exact_boost=await settings.get_float("retrieval.exact_boost", tenant),
            ef_search=await settings.get_int("retrieval.hnsw_ef_search", tenant),
            rerank_top_n=await settings.get_int("reranker.top_n", tenant),
            reranker_backend=await settings.get_str("reranker.backend", tenant),
            reranker_model=await settings.get_str("reranker.model", tenant),
        )


class KnowledgeBase:
    """Ingest, search and maintain one database's knowledge (every call names its tenant)."""

    def __init__(self, db: Database, settings: SettingsService, embedder: Embedder) -> None:
        self.db = db
        self.settings = settings
        self.embedder = embedder
        # Loaded rerankers by (backend, model): tenants naming the same model share one.
        self._rerankers: dict[tuple[str, str], tuple[Reranker | None, str]] = {}
        self.pieces = PieceStore(db)
        self.sections = SectionStore(db)
        self._reranker_lock = asyncio.Lock()
        # The tenant's retriever and the settings it was built from; it keeps per-tenant checks
        # and corpus statistics, so it is reused until those settings change.
        self._retrievers: dict[str | None, tuple[RetrievalSettings, Retriever]] = {}

    @classmethod
    async def create(
        cls,
        db: Database,
        settings: SettingsService,
        *,
        api_key: str | None = None,
        embedder: Embedder | None = None,
        models_dir: Path | None = None,
    ) -> KnowledgeBase:
        """models_dir: where exported model graphs are kept (the question encoder's ONNX file)."""
        if embedder is not None:
            return cls(db, settings, embedder)
        runtime = await settings.get_str("embedder.query_runtime")
        embedder = make_embedder(
            await settings.get_str("embedder.backend"),
            await settings.get_str("embedder.model"),
            api_base=await settings.get_str("embedder.api_base"),
            api_key=api_key,
            batch_size=await settings.get_int("embedder.batch_size"),
            query_runtime=runtime if models_dir is not None else "torch",
            cache_dir=models_dir,
        )
        return cls(db, settings, embedder)

    async def reranker(self, tenant: str | None = None) -> tuple[Reranker | None, str]:
        """The reranker the tenant's settings name (each model loaded once) and its description."""
        backend = await self.settings.get_str("reranker.backend", tenant)
        model = await self.settings.get_str("reranker.model", tenant)
        return await self._load_reranker(backend, model)

    async def _load_reranker(self, backend: str, model: str) -> tuple[Reranker | None, str]:
        async with self._reranker_lock:
            found = self._rerankers.get((backend, model))
            if found is None:
                found = self._rerankers[(backend, model)] = await asyncio.to_thread(load_reranker, backend, model)
            return found

    async def ingestor(self, tenant: str | None = None) -> Ingestor:
        s = self.settings
        return Ingestor(
            self.db,
            self.embedder,
            chunk_tokens=await s.get_int("ingest.chunk_tokens", tenant),
            overlap_tokens=await s.get_int("ingest.overlap_tokens", tenant),
            max_bytes=int(await s.get_float("ingest.max_file_mb", tenant) * 1024 * 1024),
        )

    async def ingest(
        self,
        paths: list[Path],
        tenant: str,
        *,
        description: str | None = None,
        on_file: Callable[[FileOutcome], None] | None = None,
    ) -> IngestReport:
        """Ingest with the tenant's settings, one progress step per file (shown only under a display)."""
        ingestor = await self.ingestor(tenant)
        total = len(await asyncio.to_thread(discover, paths))
        with task(description or f"ingesting into {tenant}", total) as step:

            def advance(outcome: FileOutcome) -> None:
                step.advance()
                if on_file is not None:
                    on_file(outcome)

            return await ingestor.ingest(paths, tenant, on_file=advance)

    def forget(self) -> None:
        """Drop cached retrievers (after /reload): the next search also reads corpus statistics anew."""
        self._retrievers.clear()

    async def retriever(self, tenant: str | None = None) -> Retriever:
        """A retriever configured by the tenant's current settings.

        It is reused across questions (it caches embedder checks and corpus statistics) and
        replaced as soon as one of its settings changes, so a new value needs no /reload.
        """
        config = await RetrievalSettings.load(self.settings, tenant)
        cached = self._retrievers.get(tenant)
        if cached is not None and cached[0] == config:
            return cached[1]
        reranker, _ = await self._load_reranker(config.reranker_backend, config.reranker_model)
        retriever = Retriever(
            self.db,
            self.embedder,
            reranker,
            top_k=config.top_k,
            candidates=config.candidates,
            rrf_k=config.rrf_k,
            exact_boost=config.exact_boost,
            ef_search=config.ef_search,
            rerank_top_n=config.rerank_top_n,
        )
        self._retrievers[tenant] = (config, retriever)
        return retriever

    async def texts_matching(self, tenant: str, document_ids: list[int], pattern: str) -> dict[int, list[str]]:
        """The texts of these documents' chunks that match a PostgreSQL regular expression (case-insensitive),
        per document, in the document's order: where a manual may say what it does not cover (engine/scope.py).

        regexp_like, not the ~* operator: the operator makes the planner estimate the pattern's
        selectivity by running it over the text column's statistics, 2.5 ms of planning at 20,000
        chunks for a scan of a few chunks that takes 0.2 ms (EXPLAIN ANALYZE). The function call
        is estimated by default; the plan (the document index) is the same."""
        if not document_ids:
            return {}
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT document_id, text FROM chunks WHERE tenant_id = :t AND document_id = "
                        "ANY(CAST(:ids AS bigint[])) AND regexp_like(text, :pattern, 'i') ORDER BY document_id, ordinal"
                    ),
                    {"t": tenant, "ids": sorted(set(document_ids)), "pattern": pattern},
                )
            ).all()
        out: dict[int, list[str]] = {}
        for row in rows:
            out.setdefault(int(row.document_id), []).append(str(row.text))
        return out

    async def documents_named(self, tenant: str, words: list[str], *, outside: list[str]) -> set[int]:
        """Ids of the tenant's documents outside these domains (or with none) whose title, file name or maker
        writes one of the words, stemmed, when that word names at most NAMING_DOCUMENTS of all the tenant's
        documents: "the glasshaven" names the Glasshaven greenhouse computer's manual; "pump" or "controller",
        in many titles, name none. Stop words ("what", "does") name nothing.

        The documents table holds a row per manual, so the scan is a few hundred short strings."""
        if not words:
            return set()
        async with self.db.connect(readonly=True) as conn:
            rows = await conn.execute(
                text(
                    "SELECT w, d.id, d.domain FROM unnest(CAST(:words AS text[])) AS w JOIN documents d "
                    "ON d.tenant_id = :t AND to_tsvector('english', "
                    + slash_as_space(
                        "concat_ws(' ', d.title, d.manufacturer, "
                        "translate(regexp_replace(d.source, '^.*[/\\\\]', ''), '-_.', '   '))"
                    )
                    + ") "
                    "@@ plainto_tsquery('english', w)"
                ),
                {"t": tenant, "words": list(words)},
            )
            named: dict[str, list[tuple[int, str | None]]] = {}
            for word, doc, domain in rows.all():
                named.setdefault(str(word), []).append((int(doc), domain))
        return {
            doc
            for docs in named.values()
            if len(docs) <= NAMING_DOCUMENTS
            for doc, domain in docs
            if domain is None or domain not in outside
        }

    async def unknown_codes(self, tenant: str, codes: list[set[str]]) -> list[str]:
        """Codes (each given as its key variants) that no chunk of the tenant mentions, glued ("PE100",
        "PE-100": the chunks' codes) or spaced ("PE 100": their full text)."""
        keys = sorted({k for variants in codes for k in variants})
        if not keys:
            return []
        async with self.db.connect(readonly=True) as conn:
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
            # A manual may write a designation with a space ("PE 100", "SDR 11", "AL 042") that a technician
            # glues ("pe100", "al42"): its chunks' codes miss it, their full text has the two words side by side.
            unknown = []
            for variants in codes:
                if variants & known:
                    continue
                for key in sorted(variants):
                    if await _written_spaced(conn, tenant, key) or await _named_in_words(conn, tenant, key):
                        break  # one spelling found is enough: no query for the others
                else:
                    unknown.append(min(variants, key=len))
            return unknown

    async def code_domains(self, tenant: str, codes: set[str]) -> dict[str, int]:
        """How many of the tenant's chunks mention any of these code keys, per document domain.

        The router (engine/router.py) weighs a question's domains by where its models and fault
        codes appear in the manuals. Chunks of documents with no domain are not counted.
        """
        if not codes:
            return {}
        async with self.db.connect(readonly=True) as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT d.domain, count(*) AS n FROM chunks c JOIN documents d ON d.id = c.document_id "
                        "WHERE c.tenant_id = :t AND c.codes && CAST(:codes AS text[]) GROUP BY d.domain"
                    ),
                    {"t": tenant, "codes": sorted(codes)},
                )
            ).all()
        return {str(r.domain): int(r.n) for r in rows if r.domain}

    async def status(self, tenant: str) -> dict[str, object]:
        status = await kb_status(self.db, tenant)
        status["embedder"] = f"{self.embedder.name} (dim {self.embedder.dim})"
        status["reranker"] = (await self.reranker(tenant))[1]
        return status

    async def reembed(self, tenant: str, batch: int = 128) -> int:
        """Re-embed every chunk of a tenant and its pieces with the configured embedder, one document
        per transaction (documents stored before piece vectors existed get theirs this way)."""
        async with self.db.connect() as conn:
            docs = (
                await conn.execute(text("SELECT id, title FROM documents WHERE tenant_id = :t"), {"t": tenant})
            ).all()
        total = 0
        for doc in track(docs, f"re-embedding {tenant}"):
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


async def _named_in_words(conn: AsyncConnection, tenant: str, code: str) -> bool:
    """Does a chunk of the tenant name the substance a chemical formula stands for ("copper sulphate" for
    "cuso4", knowledge.codes.CHEMICAL_NAMES)? A manual may write either."""
    names = CHEMICAL_NAMES.get(code)
    if not names:
        return False
    # The full-text index finds the chunks writing a name's last word; the phrase is matched in their text, where
    # a line break or a slash may stand between its words ("copper/copper sulphate").
    last = " | ".join(sorted({name.split()[-1] for name in names}))
    pattern = r"\m(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names) + r")\M"
    query = text(
        "SELECT EXISTS (SELECT 1 FROM chunks WHERE tenant_id = :t "
        "AND tsv @@ to_tsquery('english', :last) AND text ~* :pattern)"
    )
    found = await conn.execute(query, {"t": tenant, "last": last, "pattern": pattern})
    return bool(found.scalar())


async def _written_spaced(conn: AsyncConnection, tenant: str, code: str) -> bool:
    """Does a chunk of the tenant write the code's letters and number as two words side by side ("PE 100"
    for "pe100")? Two letters at least, and no stopword: "a 100" or "at 400" would be any number."""
    parts = CODE_PARTS.fullmatch(code)
    if parts is None:
        return False
    query = text(
        "SELECT EXISTS (SELECT 1 FROM chunks WHERE tenant_id = :t AND numnode(to_tsquery('english', :letters)) > 0 "
        "AND tsv @@ to_tsquery('english', :phrase))"
    )
    letters, number = parts.groups()
    found = await conn.execute(query, {"t": tenant, "letters": letters, "phrase": f"{letters} <-> {number}"})
    return bool(found.scalar())
