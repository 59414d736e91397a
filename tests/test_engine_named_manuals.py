"""A question that names one of the manuals found is answered from that manual, and a word the other manuals
write elsewhere names none: the real database's full-text index on two manuals written here for the rule."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from engine.analysis import analyze_query
from engine.extractive import ExtractiveAnswerer, manual_names, split_units
from knowledge.embedder import LocalEmbedder
from knowledge.retriever import Passage
from knowledge.sections import SectionStore
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

PLANT = "plant-n"

COMPRESSOR = "\n".join(
    [
        "# Harwick HB-12 Breathing Air Compressor",
        "",
        "## 1. Scope",
        "",
        "This manual covers the Harwick HB-12 compressor that fills breathing cylinders.",
        "",
        "## 4. Changing the intake filter",
        "",
        "1. Stop the compressor and lock the isolator off.",
        "2. Unscrew the intake housing and lift out the old HBF-3 element.",
        "3. Fit a new HBF-3 element and screw the housing home by hand.",
        "",
    ]
)

BENCH = "\n".join(
    [
        "# Tessel TG-5 Gauge Test Bench",
        "",
        "## 1. Supply",
        "",
        "The bench runs on dry air at 6 to 8 bar from the site's supply. Unlike an HB-12, it fills no cylinders.",
        "",
        "## 5. Setting the low pressure warning",
        "",
        "1. Close the cylinder valve and vent the bench slowly.",
        "2. Watch the gauge as the pressure falls.",
        "3. The whistle must sound at 55 bar, plus or minus 5 bar.",
        "",
    ]
)


def _passage(chunk_id: int, document_id: int, source: str, title: str, heading: str, text: str) -> Passage:
    return Passage(
        chunk_id, document_id, source, title, [title, heading], None, text, None, "manual", "manual", "normal", [], []
    )


async def test_a_title_word_another_manual_writes_elsewhere_names_neither(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    manuals = tmp_path / "manuals"
    manuals.mkdir()
    (manuals / "harwick-hb12-breathing-air-compressor.md").write_text(COMPRESSOR, encoding="utf-8")
    (manuals / "tessel-tg5-gauge-test-bench.md").write_text(BENCH, encoding="utf-8")
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    try:
        report = await (await app.knowledge.ingestor(PLANT)).ingest([manuals], PLANT)
        assert report.count("ingested") == 2, report
        async with db.connect(readonly=True) as conn:
            rows = await conn.execute(sa.text("SELECT id, source FROM documents WHERE tenant_id = :t"), {"t": PLANT})
            ids = {str(r.source).rsplit("/", 1)[-1]: int(r.id) for r in rows.all()}
        compressor = ids["harwick-hb12-breathing-air-compressor.md"]
        bench = ids["tessel-tg5-gauge-test-bench.md"]
        store = SectionStore(db)
        # The bench writes "air" in its supply section, not in the passage found below; no other tenant sees it.
        assert await store.writing(PLANT, [compressor, bench], ["air", "harwick"]) == {
            "air": {compressor, bench},
            "harwick": {compressor},
        }
        assert await store.writing("plant-other", [compressor, bench], ["air"]) == {}

        passages = [
            _passage(
                1,
                bench,
                "tessel-tg5-gauge-test-bench.md",
                "Tessel TG-5 Gauge Test Bench",
                "5. Setting the low pressure warning",
                BENCH.split("## 5. Setting the low pressure warning")[1],
            ),
            _passage(
                2,
                compressor,
                "harwick-hb12-breathing-air-compressor.md",
                "Harwick HB-12 Breathing Air Compressor",
                "4. Changing the intake filter",
                COMPRESSOR.split("## 4. Changing the intake filter")[1],
            ),
        ]
        question = "at what pressure should the low air whistle go off"
        # Read from the passages alone, "air" names the compressor: its title writes it, the bench's passage not.
        assert set(manual_names(question, passages)) == {compressor}
        answerer = ExtractiveAnswerer(local_embedder, sections=store)
        whistle = await answerer.answer(analyze_query(question), passages, tenant_id=PLANT, domain="safety")
        assert "55 bar" in whistle.text
        # A word only the compressor writes still names it: its filter steps, not the bench's venting.
        named = await answerer.answer(
            analyze_query("steps for the harwick filter change"), passages, tenant_id=PLANT, domain="safety"
        )
        assert "HBF-3" in named.text and "55 bar" not in named.text
        # A model code names its manual though another manual writes it somewhere ("Unlike an HB-12, ...").
        units = [u for i, p in enumerate(passages) for u in split_units(i, p.text)]
        coded = await answerer._asked_units("steps for the hb12 filter change", passages, units, PLANT)
        assert {u.passage for u in coded} == {1}
    finally:
        await app.close()
