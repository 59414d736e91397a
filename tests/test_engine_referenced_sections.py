"""A fault row's "(section 6)" brings that section's steps, read from the manual when the search did not
find it: the real engine (PostgreSQL, MiniLM, the pipeline) on a small manual written here for the rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from engine.analysis import analyze_query
from engine.extractive import ExtractiveAnswerer, Unit, referenced_steps, section_references, split_units
from engine.messages import Message
from knowledge.embedder import LocalEmbedder
from knowledge.retriever import Passage
from knowledge.sections import Section, SectionLine, SectionStore
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

PLANT = "plant-r"

BELT_DRIVE = "\n".join(
    [
        "# Orvane BD-40 Belt Conveyor Drive Manual",
        "",
        "## 1. Scope",
        "",
        "This manual covers the Orvane BD-40 belt conveyor drive with its tension station and gearmotor.",
        "",
        "## 2. Technical data",
        "",
        "| Parameter | BD-40 |",
        "| --- | --- |",
        "| Belt width | 650 mm |",
        "| Belt speed | 1.6 m/s |",
        "| Gearmotor | 7.5 kW |",
        "",
        "## 3. Troubleshooting",
        "",
        "| Symptom | Likely cause | What to do |",
        "| --- | --- | --- |",
        "| Belt creeps back when the conveyor stops under load | Take-up spring too slack | "
        "Measure the take-up spring; re-tension (section 6) |",
        "| Gearmotor hot to the touch | Oil level low | Top up the gear oil |",
        "",
        "## 4. Lubrication",
        "",
        "Grease the pulley bearings every 500 h with 10 g of lithium grease.",
        "",
        "## 5. Spare parts",
        "",
        "| Part | Number |",
        "| --- | --- |",
        "| Take-up spring | OBD-TS-40 |",
        "| Scraper blade | OBD-SB-650 |",
        "",
        "## 6. Tensioning the belt",
        "",
        "1. Stop the conveyor and lock off the isolator.",
        "2. Measure the take-up spring between the two painted washers.",
        "3. Turn the tension nut until the spring measures 212 mm.",
        "4. Tighten the lock nut to 85 Nm and run the belt for 10 minutes.",
        "",
        "## 16. Records",
        "",
        "Keep the tension readings in the log book for 3 years.",
        "",
    ]
)


async def test_a_fault_rows_section_is_read_from_the_manual_and_its_steps_quoted(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    manuals = tmp_path / "manuals"
    manuals.mkdir()
    (manuals / "orvane-bd40-belt-drive.md").write_text(BELT_DRIVE, encoding="utf-8")
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    try:
        report = await (await app.knowledge.ingestor(PLANT)).ingest([manuals], PLANT)
        assert report.count("ingested") == 1, report
        async with db.connect(readonly=True) as conn:
            found = await conn.execute(sa.text("SELECT id FROM documents WHERE tenant_id = :t"), {"t": PLANT})
            document = found.one()
        store = SectionStore(db)
        # Section 6 by its number: not "16. Records", and no other tenant's.
        sixth = await store.numbered(PLANT, int(document.id), "6")
        assert [s.heading for s in sixth] == ["6. Tensioning the belt"]
        assert any("212 mm" in line.text for line in sixth[0].lines)
        assert [s.heading for s in await store.numbered(PLANT, int(document.id), "16")] == ["16. Records"]
        assert await store.numbered("plant-other", int(document.id), "6") == []

        reply = await app.engine.dispatch(
            Message(
                tenant_id=PLANT,
                text="bd40 belt creeps back when the conveyor stops with product on it",
                event_id="ref-1",
                platform="telegram",
                chat_id="chat-r",
                user_id="41",
            )
        )
        assert reply is not None
        # The row that says what to do, and the section it sends the reader to, with its value.
        assert "re-tension (section 6)" in reply.text
        assert "3. Turn the tension nut until the spring measures 212 mm." in reply.text
    finally:
        await app.close()


class _Numbered:
    """A section store that holds one numbered section (as SectionStore.numbered reads it from chunks)."""

    def __init__(self, section: Section) -> None:
        self.section = section
        self.asked: list[tuple[int, str]] = []

    async def numbered(self, tenant: str, document_id: int, number: str, **_: Any) -> list[Section]:
        self.asked.append((document_id, number))
        return [self.section] if self.section.document_id == document_id else []

    async def under(self, tenant: str, document_id: int, prefix: Any, **_: Any) -> list[Section]:
        return [self.section] if self.section.heading_path[: len(prefix)] == tuple(prefix) else []


async def test_a_referenced_section_without_steps_gives_the_limits_that_name_the_referring_work(
    local_embedder: LocalEmbedder,
) -> None:
    path = ("Orvane BD-40 Belt Conveyor Drive Manual", "7. Scraper limits")
    limits = Section(
        31,
        path,
        [
            SectionLine("Figure 3 shows the blade holder of the BD-40 scraper.", False, 4),
            SectionLine("See section 9 for the blade part numbers.", False, 4),
            SectionLine("A scraper blade is worn out when less than 8 mm of blade stands above its holder.", False, 4),
            SectionLine("Scraper pressure is set at the factory.", False, 4),
            SectionLine("Keep the conveyor area clean at all times.", False, 4),
        ],
    )
    row = (
        "Symptom: Carry-back under the belt; Likely cause: Scraper blade worn; What to do: Check the blade (section 7)"
    )
    passage = Passage(
        1,
        31,
        "orvane.md",
        path[0],
        [path[0], "3. Troubleshooting"],
        2,
        row,
        "conveyors",
        "manual",
        "manual",
        "normal",
        [],
        [],
        ordinal=1,
    )
    store = _Numbered(limits)
    answerer = ExtractiveAnswerer(local_embedder, sections=store)  # type: ignore[arg-type]

    draft = await answerer.answer(
        analyze_query("lots of carry-back under the bd40 belt"), [passage], tenant_id=PLANT, domain="x"
    )

    assert store.asked == [(31, "7")]
    # The sentence with a value and a word of the referring row ("blade"), not a caption, a pointer or the rest.
    assert "less than 8 mm of blade" in draft.text
    for other in ("Figure 3", "See section 9", "Keep the conveyor area clean"):
        assert other not in draft.text, other
    assert "7. Scraper limits" in [c.heading for c in draft.citations]


def test_a_reference_to_another_document_is_not_this_manuals_section() -> None:
    assert section_references("Measure the spring; re-tension (section 7)") == ["7"]
    assert section_references("Check valves (see 7.2); then see 7.2 again") == ["7.2"]
    assert section_references("as in section 6 of this manual") == ["6"]
    assert section_references("Re-tension the belt as described in section 6.") == ["6"]
    assert section_references("see this manual, section 4") == ["4"]
    for text in ("Motor trips: see the Velmor motor manual, section 4", "to the standard EN 81-20, section 5.3"):
        assert section_references(text) == [], text


def test_a_how_to_takes_limits_only_from_the_section_of_its_own_steps() -> None:
    title = "Orvane BD-40 Belt Conveyor Drive Manual"

    def passage(chunk: int, heading: str, text: str) -> Passage:
        return Passage(
            chunk, 31, "orvane.md", title, [title, heading], 2, text, "conveyors", "manual", "manual", "normal", [], []
        )

    passages = [
        passage(1, "4. Setting the overdrive", "1. Run the belt empty.\n2. Raise the overdrive in steps of 0.5 %."),
        passage(2, "4. Setting the overdrive", "The overdrive must be set between 5 and 8 % on the belt."),
        passage(3, "2. Belt data", "The belt runs at 0.6 m/s; the overdrive is shown on the belt display."),
    ]
    units = [u for i, p in enumerate(passages) for u in split_units(i, p.text)]
    steps = [u for u in units if u.is_step]
    own = [*steps, Unit(1, 9, "Set the overdrive on the belt as in section 4.", False)]
    other = [*steps, Unit(0, 9, "Check the overdrive on the belt display (section 2).", False)]

    # The procedure's own section's value is quoted; another section's, referred to by a step, is not.
    assert [u.text for u in referenced_steps(own, units, passages, own_limits_only=True)] == [
        "The overdrive must be set between 5 and 8 % on the belt."
    ]
    assert referenced_steps(other, units, passages, own_limits_only=True) == []
    # Outside a how-to it is.
    assert [u.text for u in referenced_steps(other, units, passages)] == [
        "The belt runs at 0.6 m/s; the overdrive is shown on the belt display."
    ]


async def test_a_how_to_reads_a_section_it_did_not_find_only_when_that_section_is_about_the_asked_work(
    local_embedder: LocalEmbedder,
) -> None:
    title = "Orvane BD-40 Belt Conveyor Drive Manual"
    steps = "\n".join(
        [
            "1. Stop the conveyor and lock off the isolator.",
            "2. Check the scraper blade before you change the belt; worn blades are changed first (section 7).",
            "3. Cut the old belt and pull the new belt through with the old one.",
        ]
    )
    passage = Passage(
        1,
        31,
        "orvane.md",
        title,
        [title, "5. Changing the belt"],
        3,
        steps,
        "conveyors",
        "manual",
        "manual",
        "normal",
        [],
        [],
        ordinal=1,
    )

    async def answer(heading: str) -> str:
        section = Section(31, (title, heading), [SectionLine("1. Loosen the two blade clamps.", True, 6)])
        answerer = ExtractiveAnswerer(local_embedder, sections=_Numbered(section))  # type: ignore[arg-type]
        draft = await answerer.answer(
            analyze_query("how do i change the belt on the bd40"), [passage], tenant_id=PLANT, domain="x"
        )
        return draft.text

    # Another procedure's steps would crowd the asked one out: not read for a how-to.
    assert "Loosen the two blade clamps" not in await answer("7. Scraper blade service")
    # A section about the asked work is.
    assert "Loosen the two blade clamps" in await answer("7. Preparing the belt change")
