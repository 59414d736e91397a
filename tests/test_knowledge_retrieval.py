"""Retrieval: full-text and exact code matches, metadata filters, and the reranker seam with a tiny cross-encoder."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from loguru import logger
from sqlalchemy import text

from engine.rules import SCOPED_OUT_SQL
from engine.scope import statements, unstated_values, value_statements
from knowledge.base import KnowledgeBase
from knowledge.codes import equipment_codes
from knowledge.embedder import LocalEmbedder, packaged_model_path
from knowledge.evaluate import evaluate_retrieval
from knowledge.ingest import Ingestor
from knowledge.pieces import split_pieces
from knowledge.rerank import CrossEncoderReranker, load_reranker
from knowledge.retriever import Filters, Passage, RetrievalTiming, Retriever, rank_by_best_piece
from rivet.db import Database
from rivet.errors import RivetError
from rivet.settings import SettingsService

DRIVE = """---
title: Vortana VX-20 Drive Reference
manufacturer: Vortana
models: [VX-20]
domain: drives
---

# Vortana VX-20 Drive Reference

## Cooling fans

Fan wear is tracked by P1.08; replace both cabinet fans when it reaches 40000 hours.

## Dynamic braking

Braking resistor duty is limited by P10.8. Check the resistor for discoloration every year.

## Keypad

The keypad shows the output frequency in hertz and the motor current in amperes.

## Faults

| Code | Meaning | Action |
|---|---|---|
| AL-042 | DC bus overvoltage during decel | Lengthen the decel ramp or fit a braking resistor |
| AL-017 | Ground fault | Megger the motor cable |
"""

PUMP = """---
title: Kestrel KP-7 Pump Maintenance
manufacturer: Kestrel Pumps
models: [KP-7]
domain: pumps
---

# Kestrel KP-7 Pump Maintenance

## Seals

Inspect the mechanical seal every 4000 hours; a drip more than once a minute means replacement.

## Bearings

Grease the pump bearings with 5 g every 2000 hours; do not overgrease.
"""

HVAC = """---
title: Brisa AHU-5 Air Handler Service
manufacturer: Brisa Air
models: [AHU-5]
domain: hvac
---

# Brisa AHU-5 Air Handler Service

## Filters

Replace the F7 bag filters every 3 months or when the pressure drop exceeds 250 Pa.

## Fan belt

Check fan belt tension and alignment every 3 months.
"""

KD400 = """---
title: Kadron KD-400 Drive Alarm Guide
manufacturer: Kadron
models: [KD-400]
domain: drives
---

# Kadron KD-400 Drive Alarm Guide

## Overcurrent on acceleration

The KD-400 reports AL-042 when the acceleration ramp is too short for the load.

## Display

The display backlight dims after ten minutes without a key press.
"""


@pytest.fixture
async def library(db: Database, local_embedder: LocalEmbedder, tmp_path: Path) -> Database:
    folder = tmp_path / "kb"
    folder.mkdir()
    for name, body in (("vx20.md", DRIVE), ("kp7.md", PUMP), ("ahu5.md", HVAC), ("kd400.md", KD400)):
        (folder / name).write_text(body, encoding="utf-8")
    report = await Ingestor(db, local_embedder).ingest([folder], "plant-a")
    assert report.count("ingested") == 4
    return db


# ---- full-text and exact codes -----------------------------------------------------------------


async def test_a_parameter_code_is_found_by_full_text_even_when_the_wording_is_unrelated(
    library: Database, local_embedder: LocalEmbedder
) -> None:
    retriever = Retriever(library, local_embedder)
    timing = RetrievalTiming()
    passages = await retriever.search("what is p1.08", "plant-a", k=5, timing=timing)
    top = passages[0]
    assert "P1.08" in top.text and top.source == "vx20.md"
    assert top.text_rank == 1 and top.text_score > 0
    assert top.exact_hits == 1
    assert top.heading == "Cooling fans" and top.heading_path[0] == "Vortana VX-20 Drive Reference"
    # P10.8 is another parameter: it may come back by meaning, never as an exact or full-text code match.
    for p in passages:
        if "P10.8" in p.text and "P1.08" not in p.text:
            assert p.exact_hits == 0 and p.text_rank is None
    assert timing.embed_ms >= 0 and timing.search_ms > 0

    spaced = await retriever.search("P 1.08 value?", "plant-a", k=3)  # odd spelling still reaches the vector side
    assert spaced


async def test_exact_code_matches_are_counted_and_boost_the_score(
    library: Database, local_embedder: LocalEmbedder
) -> None:
    retriever = Retriever(library, local_embedder, exact_boost=0.02)
    passages = await retriever.search("kd 400 al42 tripping", "plant-a", k=50)  # every candidate of the library
    top = passages[0]
    assert top.source == "kd400.md" and "AL-042" in top.text
    assert top.exact_hits == 2  # kd400 (the document's model) and al42 (written AL-042)
    assert top.text_rank is not None
    expected = (1 / (60 + top.vector_rank) if top.vector_rank else 0) + 1 / (60 + top.text_rank) + 0.02 * 2
    assert top.fused == pytest.approx(expected)
    # The order adds the candidates' rank by their best stored piece; fused keeps the two searches alone.
    by_piece = sorted((p for p in passages if p.piece_sim is not None), key=lambda p: (-(p.piece_sim or 0), p.chunk_id))
    assert len(by_piece) == len(passages)  # ingest stored every chunk's pieces
    for rank, p in enumerate(by_piece, start=1):
        assert p.score == pytest.approx(p.fused + 1 / (60 + rank))
    # The VX-20 fault table also has AL-042, but not the KD-400 model: one hit, ranked lower.
    vx = next(p for p in passages if p.source == "vx20.md" and "AL-042" in p.text)
    assert vx.exact_hits == 1 and vx.score < top.score
    # The model code is on every chunk of the KD-400 manual, even one that never names the model.
    display = next(p for p in passages if "backlight" in p.text)
    assert display.exact_hits == 1 and "kd400" in display.codes
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)


async def test_filters_by_domain_manufacturer_and_model(library: Database, local_embedder: LocalEmbedder) -> None:
    retriever = Retriever(library, local_embedder)
    query = "replace every few months or hours maintenance interval"

    unfiltered = await retriever.search(query, "plant-a", k=20)
    assert {p.domain for p in unfiltered} == {"drives", "pumps", "hvac"}
    assert await retriever.search(query, "plant-a", k=20, filters=Filters()) != []

    pumps = await retriever.search(query, "plant-a", k=20, filters=Filters(domains=["pumps"]))
    assert pumps and {p.source for p in pumps} == {"kp7.md"}
    two = await retriever.search(query, "plant-a", k=20, filters=Filters(domains=["pumps", "hvac"]))
    assert {p.source for p in two} == {"kp7.md", "ahu5.md"}

    brisa = await retriever.search(query, "plant-a", k=20, filters=Filters(manufacturer="brisa air"))
    assert brisa and {p.source for p in brisa} == {"ahu5.md"}  # case-insensitive

    vx = await retriever.search(query, "plant-a", k=20, filters=Filters(models=["VX-20", "NOPE-1"]))
    assert vx and {p.source for p in vx} == {"vx20.md"} and all(p.models == ["VX-20"] for p in vx)

    drives = await retriever.search("al-042", "plant-a", k=20, filters=Filters(domains=["drives"], models=["KD-400"]))
    assert drives and {p.source for p in drives} == {"kd400.md"}

    assert await retriever.search(query, "plant-a", filters=Filters(domains=["pumps"], models=["VX-20"])) == []
    assert await retriever.search(query, "plant-a", filters=Filters(domains=["plc"])) == []
    assert await retriever.search(query, "plant-a", filters=Filters(manufacturer="Nobody")) == []


async def test_k_limits_the_result_and_empty_query_words_still_work(
    library: Database, local_embedder: LocalEmbedder
) -> None:
    retriever = Retriever(library, local_embedder)
    assert len(await retriever.search("maintenance", "plant-a", k=2)) == 2
    only_stopwords = await retriever.search("what is the", "plant-a", k=3)  # empty tsquery: vector side only
    assert len(only_stopwords) == 3 and all(p.text_rank is None for p in only_stopwords)
    punctuation = await retriever.search("-- !!! ???", "plant-a", k=3)
    assert len(punctuation) == 3


# Strings written for the slash rule: a filler's manual writes units and paired controls joined by slashes, which
# PostgreSQL's parser would read as one file path ("crates/h"), leaving "crates" and "stop" no lexeme of the chunk.
FILLER = """# Nordvik CF-12 filler

## Output

Rated output: 2400 crates/h with 0.5 L bottles.

## Controls

The start/stop button sits on the infeed side; Menu/Settings/Counters resets the shift count.

## Lubrication

Grease the star wheel bearings weekly.
"""


async def _slashed_library(db: Database, local_embedder: LocalEmbedder, tmp_path: Path) -> None:
    folder = tmp_path / "filler"
    folder.mkdir()
    (folder / "cf12.md").write_text(FILLER, encoding="utf-8")
    assert (await Ingestor(db, local_embedder).ingest([folder], "plant-s")).count("ingested") == 1


async def test_words_a_manual_joins_by_a_slash_are_found_by_full_text(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    await _slashed_library(db, local_embedder, tmp_path)
    retriever = Retriever(db, local_embedder)
    missed = []
    for question, written in (
        ("max crates per hour", "crates/h"),
        ("how do i stop it", "start/stop"),
        ("where are the counters", "Settings/Counters"),
        ("crates/h rating", "crates/h"),  # the question's own slash is read the same way
    ):
        passages = await retriever.search(question, "plant-s", k=3)
        found = next(p for p in passages if written in p.text)
        if found.text_rank != 1 or not found.text_score > 0:
            missed.append(question)
    assert missed == []


async def test_migration_0010_recomputes_stored_vectors_as_ingest_writes_them(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    """Vectors stored before 0010 held "crates/h" whole; upgrading makes them what ingest writes today."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from rivet.db.database import MIGRATIONS_DIR, sqlalchemy_url

    await _slashed_library(db, local_embedder, tmp_path)

    async def vectors() -> dict[int, str]:
        async with db.connect(readonly=True) as conn:
            rows = await conn.execute(text("SELECT id, tsv::text FROM chunks WHERE tenant_id = 'plant-s'"))
            return {int(i): str(v) for i, v in rows.all()}

    ingested = await vectors()
    assert any("'counter'" in v for v in ingested.values()) and not any("/" in v for v in ingested.values())
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(sqlalchemy_url(db.url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
    finally:
        engine.dispose()
    before = await vectors()
    assert any("'crates/h'" in v for v in before.values()) and not any("'counter'" in v for v in before.values())
    db.migrate()
    assert await vectors() == ingested


# ---- reranker ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_cross_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer, 32-wide BERT cross-encoder (random weights) with the packaged MiniLM's tokenizer."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    path = tmp_path_factory.mktemp("tiny-cross-encoder")
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
    )
    config.num_labels = 1  # one relevance logit: what a CrossEncoder expects
    BertForSequenceClassification(config).save_pretrained(path)
    source = Path(packaged_model_path())
    for name in ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(source / name, path / name)
    return path


@pytest.fixture
def warnings() -> Iterator[list[str]]:
    """Messages loguru logs at WARNING or above during the test."""
    messages: list[str] = []
    handler = logger.add(lambda m: messages.append(m.record["message"]), level="WARNING")
    yield messages
    logger.remove(handler)


async def test_a_local_cross_encoder_loads_and_scores_in_zero_to_one(
    tiny_cross_encoder: Path, warnings: list[str]
) -> None:
    reranker, description = load_reranker("cross-encoder", str(tiny_cross_encoder))
    assert isinstance(reranker, CrossEncoderReranker)
    assert description == reranker.name == f"cross-encoder:{tiny_cross_encoder}"
    passages = ["Replace the seal every 4000 hours.", "The keypad shows the frequency.", "AL-042 is overvoltage."]
    scores = await reranker.score("when do I replace the seal", passages)
    assert len(scores) == 3 and all(0.0 <= s <= 1.0 for s in scores)
    assert await reranker.score("when do I replace the seal", passages) == scores  # deterministic
    assert await reranker.score("anything", []) == []
    auto, _ = load_reranker("AUTO", str(tiny_cross_encoder))
    assert isinstance(auto, CrossEncoderReranker)
    assert warnings == []


async def test_the_retriever_reorders_its_head_with_the_reranker(
    library: Database, local_embedder: LocalEmbedder, tiny_cross_encoder: Path
) -> None:
    reranker, _ = load_reranker("cross-encoder", str(tiny_cross_encoder))
    assert reranker is not None
    retriever = Retriever(library, local_embedder, reranker, rerank_top_n=4, exact_boost=0.02)
    timing = RetrievalTiming()
    passages = await retriever.search("kd400 al-042 on acceleration", "plant-a", k=8, timing=timing)
    head, tail = passages[:4], passages[4:]
    assert len(head) == 4 and tail
    for p in head:
        assert p.rerank is not None and 0.0 <= p.rerank <= 1.0
        assert p.score == pytest.approx(p.rerank + 0.02 * p.exact_hits)
    assert [p.score for p in head] == sorted((p.score for p in head), reverse=True)
    assert all(p.rerank is None and p.score > p.fused for p in tail)  # the fusion and the best piece's rank
    assert timing.rerank_ms > 0

    plain = await retriever.search("kd400 al-042 on acceleration", "plant-a", k=8, rerank=False)
    assert all(p.rerank is None for p in plain)
    assert {p.chunk_id for p in plain[:4]} == {p.chunk_id for p in head}  # same candidates, maybe reordered


async def test_knowledge_base_uses_the_reranker_its_settings_name(
    library: Database, local_embedder: LocalEmbedder, tiny_cross_encoder: Path
) -> None:
    environ = {"RIVET_RERANKER_BACKEND": "cross-encoder", "RIVET_RERANKER_MODEL": str(tiny_cross_encoder)}
    kb = KnowledgeBase(library, SettingsService(library, environ=environ), local_embedder)
    retriever = await kb.retriever("plant-a")
    assert isinstance(retriever.reranker, CrossEncoderReranker)
    assert (await kb.reranker())[0] is retriever.reranker  # loaded once
    status = await kb.status("plant-a")
    assert status["reranker"] == f"cross-encoder:{tiny_cross_encoder}"
    passages = await retriever.search("seal replacement", "plant-a", k=3)
    assert passages and passages[0].rerank is not None


async def test_a_code_a_manual_writes_with_a_space_is_known(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    # Strings written for the rule: a fusion welder's manual writes its pipe grades spaced, a technician glues them.
    folder = tmp_path / "welder"
    folder.mkdir()
    (folder / "welder.md").write_text(
        "# Fusovar BW-40 butt welder\n\n## Heating\n\nHeater plate temperature for PE 100 pipe: 220 °C. "
        "Pipes of SDR 11 and SDR 17 only. The facing tool runs at 400 rpm; alarm AL 042 stops it.\n",
        encoding="utf-8",
    )
    assert (await Ingestor(db, local_embedder).ingest([folder], "plant-w")).count("ingested") == 1
    kb = KnowledgeBase(db, SettingsService(db, environ={}), local_embedder)

    unknown = await kb.unknown_codes(
        "plant-w", [{"pe100"}, {"sdr11"}, {"bw40"}, {"al42", "al042"}, {"pe80"}, {"sdr26"}, {"bw400"}, {"at400"}]
    )

    # "PE 100 pipe" is not "PE 80", nor "SDR 11" an "SDR 26"; "AL 042" is "al42" by its other spelling; a
    # stopword before a number ("at 400 rpm") is no code's letters.
    assert unknown == ["pe80", "sdr26", "bw400", "at400"]
    # A chemical formula is known when a manual names the substance in words; not when none does.
    (folder / "rectifier.md").write_text(
        "# Tarvo TR-5 rectifier\n\n## Reference cells\n\nCheck the copper/copper sulphate reference cell yearly.\n",
        encoding="utf-8",
    )
    assert (await Ingestor(db, local_embedder).ingest([folder], "plant-w")).count("ingested") == 1
    assert await kb.unknown_codes("plant-w", equipment_codes("reads 35 mV off the cu/cuso4 cell")) == []
    assert await kb.unknown_codes("plant-w", equipment_codes("what co2 should the flue gas show")) == ["co2"]
    # Two machines of the model, "both bw40s", are the BW-40; a maker's "BW-40S" variant is not in this manual.
    assert await kb.unknown_codes("plant-w", equipment_codes("both bw40s slow to heat up")) == []
    assert await kb.unknown_codes("plant-w", equipment_codes("does the BW-40S weld PE 100")) == ["bw40s"]
    # Another tenant's manuals are no one else's knowledge.
    other = tmp_path / "other"
    other.mkdir()
    (other / "saw.md").write_text("# Kervo KS-20 band saw\n\n## Blades\n\nBlade speed 40 m/min.\n", encoding="utf-8")
    assert (await Ingestor(db, local_embedder).ingest([other], "plant-v")).count("ingested") == 1
    assert await kb.unknown_codes("plant-v", [{"pe100"}, {"sdr11"}, {"ks20"}]) == ["pe100", "sdr11"]


async def test_documents_are_named_by_their_title_file_name_or_maker_outside_a_domain(
    library: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    # Strings written for the lookup: a manual with no domain, named by its maker only in its file name.
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "quellmark_qs5_seed_sorter.md").write_text(
        "# QS-5 Seed Sorter Operating Guide\n\n## Hoppers\n\nEmpty both hoppers before a variety change.\n",
        encoding="utf-8",
    )
    assert (await Ingestor(library, local_embedder).ingest([folder], "plant-a")).count("ingested") == 1
    kb = KnowledgeBase(library, SettingsService(library, environ={}), local_embedder)
    async with library.connect(readonly=True) as conn:
        ids = {r.source: r.id for r in await conn.execute(text("SELECT source, id FROM documents"))}

    # By the file name's maker, plural or not, and by the title; the question's other words name nothing.
    assert await kb.documents_named("plant-a", ["quellmarks", "sorter"], outside=["drives"]) == {
        ids["quellmark_qs5_seed_sorter.md"]
    }
    # By the declared maker ("manufacturer: Brisa Air"), unless its domain is the one searched already.
    assert await kb.documents_named("plant-a", ["brisa"], outside=["drives"]) == {ids["ahu5.md"]}
    assert await kb.documents_named("plant-a", ["brisa"], outside=["hvac"]) == set()
    # A word four titles hold names none of them ("drive", "pump" in many manuals' titles).
    for n in range(4):
        (folder / f"tarvo_hx{n}_gear_drive.md").write_text(f"# HX-{n} Gear Drive\n\nOil it.\n", encoding="utf-8")
    assert (await Ingestor(library, local_embedder).ingest([folder], "plant-a")).count("ingested") == 4
    assert await kb.documents_named("plant-a", ["tarvo", "gear"], outside=["drives"]) == set()
    # Stop words and words no title holds name no manual; nor does the folder a manual was read from.
    assert await kb.documents_named("plant-a", ["what", "does", "stop", "dosing", "more"], outside=[]) == set()
    assert await kb.documents_named("plant-a", [], outside=[]) == set()
    # Another tenant's manuals are no one else's knowledge.
    assert await kb.documents_named("plant-b", ["quellmark", "brisa"], outside=[]) == set()


def test_an_unloadable_reranker_falls_back_with_exactly_one_warning(warnings: list[str]) -> None:
    reranker, description = load_reranker("auto", "no/such-model")
    assert reranker is None
    assert description == "none (fused retrieval score): no/such-model could not be loaded"
    assert len(warnings) == 1
    assert warnings[0].startswith("reranker no/such-model cannot be loaded (")
    assert warnings[0].endswith("ranking by the fused retrieval score")


def test_an_unloadable_path_with_backend_cross_encoder_also_falls_back(tmp_path: Path, warnings: list[str]) -> None:
    (tmp_path / "config.json").write_text("{not json")
    reranker, description = load_reranker("cross-encoder", str(tmp_path))
    assert reranker is None and "could not be loaded" in description
    assert len(warnings) == 1


def test_backend_none_and_unknown_backends(warnings: list[str]) -> None:
    assert load_reranker("none", "cross-encoder/ms-marco-MiniLM-L-6-v2") == (
        None,
        "none (fused retrieval score), by setting",
    )
    assert warnings == []
    reranker, description = load_reranker("fancy", "x")
    assert reranker is None and description == "none (unknown backend 'fancy')"
    assert len(warnings) == 1 and "'fancy' is not one of auto, cross-encoder, litellm, none" in warnings[0]


async def test_knowledge_base_without_a_reranker_ranks_by_fused_score_and_best_piece(
    library: Database, local_embedder: LocalEmbedder
) -> None:
    kb = KnowledgeBase(library, SettingsService(library, environ={"RIVET_RERANKER_BACKEND": "none"}), local_embedder)
    retriever = await kb.retriever("plant-a")
    assert retriever.reranker is None
    passages = await retriever.search("seal replacement interval", "plant-a", k=3)
    assert passages[0].source == "kp7.md"
    assert all(p.rerank is None and p.score > p.fused and p.piece_sim is not None for p in passages)
    assert (await kb.status("plant-a"))["reranker"] == "none (fused retrieval score), by setting"


# ---- evaluation in process ---------------------------------------------------------------------

EVAL = Path(__file__).parent / "fixtures" / "eval"


async def test_evaluation_uses_a_scratch_tenant_and_removes_it(db: Database, local_embedder: LocalEmbedder) -> None:
    kb = KnowledgeBase(db, SettingsService(db, environ={"RIVET_RERANKER_BACKEND": "none"}), local_embedder)
    result = await evaluate_retrieval(kb, EVAL / "questions.jsonl", EVAL / "docs")
    assert result["questions"] == 6 and result["hit@5"] == 1.0 and result["documents"] == 4
    assert result["reranker"] == "none (fused retrieval score), by setting"
    async with db.connect() as conn:
        left = (
            await conn.execute(
                text("SELECT (SELECT count(*) FROM tenants WHERE id LIKE 'eval-%') + (SELECT count(*) FROM chunks)")
            )
        ).scalar_one()
    assert left == 0  # nothing of the scratch tenant stays behind


async def test_evaluation_errors_are_clear_and_leave_nothing_behind(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    kb = KnowledgeBase(db, SettingsService(db, environ={"RIVET_RERANKER_BACKEND": "none"}), local_embedder)
    questions = EVAL / "questions.jsonl"
    with pytest.raises(RivetError, match="is not a directory"):
        await evaluate_retrieval(kb, questions, tmp_path / "missing")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "a.docx").write_bytes(b"PK")
    with pytest.raises(RivetError, match=r"no document in .* could be ingested"):
        await evaluate_retrieval(kb, questions, tmp_path / "junk")
    only_unanswerable = tmp_path / "u.jsonl"
    only_unanswerable.write_text('{"id": "u", "question": "q", "answerable": false}\n')
    with pytest.raises(RivetError, match="has no answerable questions"):
        await evaluate_retrieval(kb, only_unanswerable, EVAL / "docs")
    async with db.connect() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM tenants WHERE id LIKE 'eval-%'"))).scalar_one() == 0


# ---- what a manual says it does not cover, found by the database -------------------------------


async def test_the_scope_statements_pattern_finds_every_statement_the_parser_reads(db: Database) -> None:
    """SCOPED_OUT_SQL picks the chunks engine/scope.py reads: every statement SCOPED_OUT reads must match
    it in PostgreSQL, line breaks included (a PDF's line may end inside a statement). SCOPE_SEE is read
    in the passages found (engine/sme.py), not picked here."""
    texts = [
        "The TW-60 is described in a separate data sheet.",
        "Orvell drum pasteurisers have their own\nmanual.",
        "Oil-filled units are not covered by\nthis manual.",
        "This manual does not\ncover heated rinse modules.",
        "The drive shaft is covered by the shaft maker's\nmanual.",
        "Drying tunnels are not part of\nthis manual.",
        "The 690 V control cabinet is described in its own\nsupplement.",
    ]
    async with db.connect(readonly=True) as conn:
        for body in texts:
            assert statements(body), body
            sql = "SELECT regexp_like(:t, :p, 'i')"  # as KnowledgeBase.texts_matching asks it
            matched = (await conn.execute(text(sql), {"t": body, "p": SCOPED_OUT_SQL})).scalar_one()
            assert matched is True, body
        # Values a manual leaves to others are read wherever the manual says so too.
        for body in (
            "The settings for dark glaze are worked out\nfor each line by the Vennick applications team.",
            "For teak and oily hardwoods, consult the Renwick timber desk; no values are given\nhere.",
            "Rye and spelt doughs need specific\nsettings from Bakrel.",
            "The alignment values are written in the commissioning report and are not given here.",
            "Nylon films seal hotter. Their dwell times are set from the film maker's data\nsheet.",
            "The dwell times are set from Bakrel's data sheet.",
            "The trip pressure and the precharge of the accumulators are set by\nMorvane service at commissioning.",
            "The output for other stone is found by grinding\ntrials at the plant.",
            "Primers come with their maker's data sheet,\nwhich governs open time and coverage.",
            "The cycle is slower with cold oil, and the cycle time with cold oil is not\nstated.",
        ):
            assert value_statements(body), body
            matched = (await conn.execute(text(sql), {"t": body, "p": SCOPED_OUT_SQL})).scalar_one()
            assert matched is True, body
        for body in ("This manual does not\ngive cure times.", "This manual doesn't give cure times."):
            assert unstated_values(body), body
            matched = (await conn.execute(text(sql), {"t": body, "p": SCOPED_OUT_SQL})).scalar_one()
            assert matched is True, body
        plain = (
            "Check the screen for tears weekly; the drive belt is covered by a guard. Speed is set by the dial. The "
            "outlet temperature is set by the steam valve. Spare parts are found in the latest parts list."
        )
        assert (await conn.execute(text(sql), {"t": plain, "p": SCOPED_OUT_SQL})).scalar_one() is False


async def test_passages_that_tie_come_in_chunk_order_whatever_the_plan(
    library: Database, local_embedder: LocalEmbedder
) -> None:
    """A chunk ranked r by meaning alone and one ranked r by words alone fuse to the same score. Their
    order must not be the order the plan returns rows in, which changes with the table's statistics:
    two runs of the same questions on the same manuals would otherwise answer differently. (On this
    small table the plan happens to return ties in id order anyway; the eval of the dev set under
    load is where the order changed, knowledge/retriever.py.)"""
    # Few candidates per side, so that many passages come from one side alone. The rank by the best piece
    # breaks most such ties (its own ties by chunk id): the two searches' fusion alone shows them.
    fusion = Retriever(library, local_embedder, candidates=2, exact_boost=0.0, piece_rank=False)
    ranked = Retriever(library, local_embedder, candidates=2, exact_boost=0.0)
    questions = (
        "fan replacement interval", "backlight seal", "p1.08 filter", "AL-042 key press", "minutes without dust",
        "ramp too short for the fan", "seal dims", "heating coil display", "pump backlight", "filter key",
    )  # fmt: skip
    before = {(r, q): await r.search(q, "plant-a", k=8) for r in (fusion, ranked) for q in questions}
    async with library.connect() as conn:
        await conn.execute(text("ANALYZE chunks"))  # new statistics: the planner may read the tables another way
        await conn.execute(text("ANALYZE pieces"))
    ties = 0
    for (retriever, q), passages in before.items():
        again = await retriever.search(q, "plant-a", k=8)
        assert [(p.chunk_id, p.score) for p in again] == [(p.chunk_id, p.score) for p in passages], q
        for first, second in itertools.pairwise(passages):
            assert first.score >= second.score
            if first.score == second.score:
                ties += retriever is fusion
                assert first.chunk_id < second.chunk_id, q
    assert ties, "no tie among these passages: the test checks nothing"


# ---- the rank by the best stored piece ----------------------------------------------------------

KILN = """# Brannvik BK-30 Kiln Manual

## Burner operation

The burner lights on a pilot and ramps up to its firing rate over two minutes. The burner
controller watches the flame with a UV scanner and shuts the gas valves on flame loss. Burner
start-up needs the combustion air fan running and the kiln door closed. Keep the burner peep
hole closed while the burner fires; the burner flame can blow out of an open peep hole.

## Technical data

| Item | BK-30 |
| --- | --- |
| Kiln volume | 3.2 m3 |
| Setting floor | 1.6 x 1.2 m |
| Highest temperature | 1320 C |
| Heating rate | up to 250 K/h |
| Gas supply pressure | 50-100 mbar |
| Combustion air fan | 1.1 kW |
| Flue connection | DN 250 |
| Turndown | 8:1 |
| Car load | 2000 kg |
| Door drive | 0.37 kW |
| Control cabinet | 400 V, 16 A |
| Mass, empty | 6800 kg |
"""


async def test_each_candidate_carries_the_similarity_of_its_best_stored_piece(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    """The search reads each candidate's stored piece vectors (sentences, steps, rows) and keeps the best
    cosine to the question: the table's chunk by its "Turndown" row, above the paragraph's best sentence."""
    folder = tmp_path / "kiln"
    folder.mkdir()
    (folder / "bk30.md").write_text(KILN, encoding="utf-8")
    report = await Ingestor(db, local_embedder).ingest([folder], "plant-k")
    assert report.count("ingested") == 1
    question = "whats the turndown on the bk30 burner"
    passages = await Retriever(db, local_embedder).search(question, "plant-k", k=5)
    assert len(passages) == 2
    query = await local_embedder.embed_query(question)
    for p in passages:
        vectors = await local_embedder.embed_documents([piece.text for piece in split_pieces(p.text)])
        assert p.piece_sim == pytest.approx(float(np.max(vectors @ query)), abs=1e-4)
    table = next(p for p in passages if "Turndown" in p.text)
    paragraph = next(p for p in passages if "peep hole" in p.text)
    assert (table.piece_sim or 0) > (paragraph.piece_sim or 0)
    plain = await Retriever(db, local_embedder, piece_rank=False).search(question, "plant-k", k=5)
    assert all(p.score == p.fused for p in plain)
    assert {p.chunk_id: p.fused for p in plain} == {p.chunk_id: p.fused for p in passages}  # fused unchanged


def test_a_chunk_second_in_both_searches_comes_first_when_its_best_piece_is_the_closest() -> None:
    """Two chunks that each won one search (vector 1 and text 3, vector 3 and text 1) edge out one second in
    both; when its best piece is the closest to the question, the third list puts it first. A chunk stored
    without pieces (before the pieces table) gets nothing from it; ties go by chunk id."""

    def passage(chunk_id: int, vector_rank: int, text_rank: int, piece_sim: float | None) -> Passage:
        fused = 1 / (60 + vector_rank) + 1 / (60 + text_rank)
        return Passage(
            chunk_id=chunk_id, document_id=1, source="m.md", title="M", heading_path=["M"], page=None, text="t",
            domain=None, doc_type="manual", review="reviewed", safety="none", models=[], codes=[],
            vector_rank=vector_rank, text_rank=text_rank, piece_sim=piece_sim, fused=fused, score=fused,
        )  # fmt: skip

    won_vector, won_text, second = passage(1, 1, 3, 0.40), passage(2, 3, 1, 0.40), passage(3, 2, 2, 0.70)
    unstored = passage(4, 4, 4, None)
    candidates = [won_vector, won_text, second, unstored]
    assert max(candidates, key=lambda p: p.score) is not second
    rank_by_best_piece(candidates, rrf_k=60)
    ordered = sorted(candidates, key=lambda p: (-p.score, p.chunk_id))
    assert [p.chunk_id for p in ordered] == [3, 1, 2, 4]
    assert second.score == pytest.approx(second.fused + 1 / 61)
    assert won_vector.score == pytest.approx(won_vector.fused + 1 / 62)  # the tie at 0.40 goes by chunk id
    assert won_text.score == pytest.approx(won_text.fused + 1 / 63)
    assert unstored.score == unstored.fused
