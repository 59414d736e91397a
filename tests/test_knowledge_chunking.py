"""Chunking, code normalization and document metadata: the pure (no database, no model) parts of ingestion."""

from __future__ import annotations

import itertools

import pytest

from knowledge.chunking import chunk_document, count_tokens
from knowledge.codes import document_codes, normalize_query_text, normalize_units, query_codes
from knowledge.documents import Block, ChunkDraft, LoadedDocument
from knowledge.loaders import load_bytes
from knowledge.metadata import extract_meta, infer_domain, model_codes

# ---- chunking ----------------------------------------------------------------------------------

STEPS = "\n".join(
    f"{i}. Loosen bolt B-{i} on the coupling guard, then torque it to {20 + i} Nm and paint-mark it."
    for i in range(1, 13)
)
ROWS = "\n".join(f"| E{i} | Fault {i} of the controller | Check harness W{i}, then reset |" for i in range(1, 13))
SHORT_NOTES = "\n\n".join(f"Note {i}: keep the guard closed." for i in range(1, 16))
MANUAL = f"""# Zorvik ZK-9 Manual

Intro: the ZK-9 is a fictional gearmotor.

## Procedures

### Guard removal

{STEPS}

### Notes

{SHORT_NOTES}

## Faults

| Code | Meaning | Action |
|---|---|---|
{ROWS}
"""

TARGET, OVERLAP = 60, 12


@pytest.fixture(scope="module")
def manual() -> LoadedDocument:
    return load_bytes("zk9.md", MANUAL.encode())


@pytest.fixture(scope="module")
def chunks(manual: LoadedDocument) -> list[ChunkDraft]:
    return chunk_document(manual, target_tokens=TARGET, overlap_tokens=OVERLAP)


def test_chunks_stay_near_the_target_size(chunks: list[ChunkDraft]) -> None:
    assert len(chunks) >= 8
    for chunk in chunks:
        assert chunk.token_count == count_tokens(chunk.text)
        # A chunk closes before exceeding the target; only the carried overlap can push it past.
        assert chunk.token_count <= TARGET + OVERLAP, chunk
    full = [c for c in chunks if c.token_count >= TARGET // 2]
    assert len(full) >= len(chunks) - 3  # only a section's last chunk may be short


def test_steps_and_table_rows_are_never_split(manual: LoadedDocument, chunks: list[ChunkDraft]) -> None:
    whole = {b.text for b in manual.blocks if b.kind != "heading"}
    steps = [b.text for b in manual.blocks if b.kind == "list_item"]
    rows = [b.text for b in manual.blocks if b.kind == "table_row"]
    assert len(steps) == 12 and len(rows) == 12
    for chunk in chunks:
        # Every line of a chunk is one whole block: nothing was cut in the middle.
        assert set(chunk.text.split("\n")) <= whole, chunk.text
    for block in steps + rows:
        assert any(block in c.text.split("\n") for c in chunks), block
    assert all(r.startswith("Code: E") and "; Meaning: " in r and "; Action: " in r for r in rows)


def test_every_chunk_carries_its_heading_path_starting_with_the_title(chunks: list[ChunkDraft]) -> None:
    paths = [c.heading_path for c in chunks]
    assert all(p[0] == "Zorvik ZK-9 Manual" for p in paths)
    assert ["Zorvik ZK-9 Manual"] in paths
    assert ["Zorvik ZK-9 Manual", "Procedures", "Guard removal"] in paths
    assert ["Zorvik ZK-9 Manual", "Procedures", "Notes"] in paths
    assert ["Zorvik ZK-9 Manual", "Faults"] in paths
    step1 = next(c for c in chunks if c.text.startswith("1. Loosen bolt B-1"))
    assert step1.heading_path == ["Zorvik ZK-9 Manual", "Procedures", "Guard removal"]
    assert step1.embed_text("Zorvik ZK-9 Manual").startswith("Zorvik ZK-9 Manual > Procedures > Guard removal\n1.")


def test_overlap_repeats_whole_tail_blocks_within_a_section(chunks: list[ChunkDraft]) -> None:
    overlaps = 0
    for prev, nxt in itertools.pairwise(chunks):
        if prev.heading_path != nxt.heading_path:
            continue
        prev_lines, next_lines = prev.text.split("\n"), nxt.text.split("\n")
        shared = next((n for n in range(len(next_lines), 0, -1) if prev_lines[-n:] == next_lines[:n]), 0)
        if shared:
            overlaps += 1
            assert count_tokens("\n".join(next_lines[:shared])) <= OVERLAP
            assert shared < len(next_lines)  # a chunk is never only the previous chunk's tail
    # The short notes (7 tokens each) must overlap; the 25-token steps are too long to repeat.
    assert overlaps >= 2
    notes = [c for c in chunks if c.heading_path[-1] == "Notes"]
    assert all(n.text.split("\n")[0] in p.text.split("\n") for p, n in itertools.pairwise(notes))
    steps = [c for c in chunks if c.heading_path[-1] == "Guard removal"]
    assert len({line for c in steps for line in c.text.split("\n")}) == sum(len(c.text.split("\n")) for c in steps)


def test_overlap_never_crosses_a_heading(chunks: list[ChunkDraft]) -> None:
    for prev, nxt in itertools.pairwise(chunks):
        if prev.heading_path != nxt.heading_path:
            assert not set(prev.text.split("\n")) & set(nxt.text.split("\n"))


def test_ordinals_run_from_zero_without_gaps(chunks: list[ChunkDraft]) -> None:
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_chunks_collect_their_codes(chunks: list[ChunkDraft]) -> None:
    faults = [c for c in chunks if c.heading_path[-1] == "Faults"]
    codes = set().union(*(c.codes for c in faults))
    assert {f"e{i}" for i in range(1, 13)} <= codes
    assert {f"w{i}" for i in range(1, 13)} <= codes
    assert "b1" in next(c for c in chunks if c.text.startswith("1. Loosen")).codes


def test_a_single_giant_paragraph_is_split_by_sentences() -> None:
    sentences = [f"Sentence {i} says the pump KP-{i} must be primed before start." for i in range(80)]
    doc = LoadedDocument("p.md", "markdown", "Pump Notes", [Block("paragraph", " ".join(sentences))])
    chunks = chunk_document(doc, target_tokens=60, overlap_tokens=10)
    assert len(chunks) > 5
    for chunk in chunks:
        assert chunk.token_count <= 120  # the hard limit: twice the target
        assert chunk.text.startswith("Sentence ") and chunk.text.endswith("before start.")
        assert chunk.heading_path == ["Pump Notes"]
    assert " ".join(c.text for c in chunks) == " ".join(sentences)  # nothing lost, nothing repeated


def test_a_giant_paragraph_without_full_stops_is_split_by_words() -> None:
    """A PDF datasheet page is one paragraph of lines without full stops (regression: it used to be one chunk)."""
    words = " ".join(f"terminal X{i} rated {i} A" for i in range(300))
    doc = LoadedDocument("d.pdf", "pdf", "Datasheet", [Block("paragraph", words, page=3)])
    chunks = chunk_document(doc, target_tokens=60, overlap_tokens=10)
    assert len(chunks) >= count_tokens(words) // 120
    assert all(c.token_count <= 120 and c.page == 3 for c in chunks)
    assert " ".join(c.text for c in chunks) == words


def test_a_document_without_a_title_heading_still_starts_paths_with_its_title() -> None:
    doc = load_bytes("t.html", b"<title>Chiller CH-2 Notes</title><h2>Startup</h2><p>Open the valves.</p>")
    [chunk] = chunk_document(doc)
    assert chunk.heading_path == ["Chiller CH-2 Notes", "Startup"]
    assert chunk.text == "Open the valves."


def test_pdf_chunks_keep_the_page_of_their_first_block() -> None:
    doc = LoadedDocument(
        "m.pdf",
        "pdf",
        "M",
        [Block("paragraph", f"Page {p} paragraph {i} about the seal.", page=p) for p in (1, 2, 3) for i in range(6)],
    )
    chunks = chunk_document(doc, target_tokens=20, overlap_tokens=0)
    assert [c.page for c in chunks] == sorted(c.page for c in chunks if c.page is not None)
    for chunk in chunks:
        assert f"Page {chunk.page} paragraph" in chunk.text.split("\n")[0]
    assert {c.page for c in chunks} == {1, 2, 3}


# ---- codes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_codes", "q_codes"),
    [
        ("KD-400", {"kd400"}, {"kd400"}),
        ("kd400", {"kd400"}, {"kd400"}),
        ("KD400", {"kd400"}, {"kd400"}),
        ("kd 400", set(), {"kd400"}),  # spacing is a chat habit, not a manual's
        ("AL-042", {"al042", "al42"}, {"al042", "al42"}),
        ("al42", {"al42"}, {"al42"}),
        ("AL-42", {"al42"}, {"al42"}),
        ("P1.08", {"p1.08"}, {"p1.08"}),
        ("P10.8", {"p10.8"}, {"p10.8"}),
        ("set 12", set(), set()),
        ("at 10 bar", set(), set()),
        ("a 5", set(), set()),
        ("is 20", set(), set()),
        ("plain words only", set(), set()),
    ],
)
def test_codes_are_normalized_the_same_way_in_manuals_and_questions(
    text: str, doc_codes: set[str], q_codes: set[str]
) -> None:
    assert document_codes(text) == doc_codes
    assert query_codes(text) == q_codes


def test_chat_spellings_match_manual_spellings() -> None:
    manual = document_codes("KD-400 shows AL-042 when P1.08 is wrong")
    for chat in ("kd400 al42", "kd 400 AL42", "Kd-400 al-042", "KD400 al 42"):
        assert query_codes(chat) <= manual, chat
    assert "p1.08" in manual and "p108" not in manual and "p10.8" not in manual  # the dot is kept
    assert query_codes("what is p1.08") == {"p1.08"}
    assert not query_codes("what is p1.08") & document_codes("P10.8")


def test_normalize_query_text_joins_codes_and_keeps_the_original() -> None:
    assert normalize_query_text("kd 400 tripping") == "kd400 kd 400 tripping"
    assert normalize_query_text("AL-042 on start") == "al042 AL-042 on start"
    assert normalize_query_text("what is p1.08") == "what is p1.08 p1.08"
    assert normalize_query_text("set 12 to auto") == "set 12 to auto"  # "set" is a word, not a prefix


def test_normalize_units_writes_a_technicians_units_as_manuals_do() -> None:
    # Glued number and unit, typed powers: the parser must see the tokens a manual's "50 m of 4 mm²" gives.
    # Both forms of a typed power: most manuals write "mm²", some "mm2".
    assert normalize_units("run it off a 30m lead 6mm2") == "run it off a 30 m lead 6 mm² mm2"
    assert normalize_units("pump does 12.5m3/h at 24v") == "pump does 12.5 m³/h m3/h at 24 v"
    assert normalize_units("flow in m3/h please") == "flow in m³/h m3/h please"
    assert normalize_units("tank holds 4 m3") == "tank holds 4 m³ m3"
    # Codes, sizes and part numbers stay as written: an M3 screw, a 4x95 cable, a 6ES7 module, part MM2.
    for kept in ("M3 screw length", "4x95 copper", "6es7 module", "part MM2 kit", "3RT2026 contactor", "b2 bearing"):
        assert normalize_units(kept) == kept
    # A code's own letters, and a number a code word names, are no unit: "cpu 1214c", "fault 4a", "rev 2a".
    for kept in ("cpu 1214c fault", "err 2s on start", "fault 4a showing", "rev 2a board", "error 2h"):
        assert normalize_units(kept) == kept
    assert normalize_units("10MM2 cable") == "10 MM² MM2 cable"
    assert "m3" not in query_codes("flow in m3/h") and "m3" not in query_codes("density 1200 kg/m3")


# ---- metadata ----------------------------------------------------------------------------------


def test_front_matter_wins_over_inference() -> None:
    doc = load_bytes(
        "pumps/vortana-pump-notes.md",
        b"---\ntitle: Vortana VX-20 Drive Notes\ndomain: Drives\nmodels: VX-20 (all revisions), VX-22\n"
        b"manufacturer: Vortana\ndoc_type: Procedure\nsafety: CRITICAL\nrevision: 2025-03-01\n---\n"
        b"# Pump seal notes for KP-7\n\nBody.\n",
    )
    meta = extract_meta(doc)
    assert meta.title == "Vortana VX-20 Drive Notes"
    assert meta.domain == "drives"  # declared, although path and heading say "pump"
    assert meta.models == ["VX-20", "VX-22"]  # "(all revisions)" removed
    assert meta.manufacturer == "Vortana"
    assert meta.doc_type == "procedure" and meta.safety == "critical"
    assert meta.revision == "2025-03-01"
    assert model_codes(meta) == {"vx20", "vx22"}


def test_models_and_domain_are_inferred_from_title_and_path_when_missing() -> None:
    meta = extract_meta(load_bytes("x.md", b"# Corvane CA-37 Compressor Fault Codes\n\nBody.\n"))
    assert meta.models == ["CA-37"]
    assert meta.domain == "pneumatics"
    assert meta.manufacturer is None and meta.doc_type == "manual" and meta.safety == "normal"

    from_path = extract_meta(load_bytes("hvac/chiller-startup-checklist.md", b"# Startup checklist\n\nBody.\n"))
    assert from_path.domain == "hvac"
    assert from_path.models == []

    nothing = extract_meta(load_bytes("misc/notes.md", b"# General notes\n\nBody.\n"))
    assert nothing.domain is None


def test_models_named_under_a_title_that_names_none_are_read_if_the_body_writes_them_again() -> None:
    # The title names the maker only; the line under it names two models and the document's own number.
    body = b"\n\nSPECIFICATIONS\n\nThe KX-40 runs at 50 Hz. The KX-55 runs at 60 Hz.\nKX-40 belt: 2 m. KX-55: 3 m.\n"
    front = b"KILNOR BELT PRESSES\n\nService Manual - KX-40 and KX-55, document KIL-SM-KX-07"
    assert extract_meta(load_bytes("kilnor.txt", front + body)).models == ["KX-40", "KX-55"]  # not "KX-07"
    once = b"KILNOR BELT PRESSES\n\nService Manual - KX-40\n\nSPECIFICATIONS\n\nThe KX-40 runs.\n"
    assert extract_meta(load_bytes("kilnor.txt", once)).models == []  # written once more only: not the equipment's
    titled = b"KILNOR KX-90 BELT PRESS\n\nService Manual - KX-40 and KX-55" + body
    assert extract_meta(load_bytes("kilnor.txt", titled)).models == ["KX-90"]  # a title naming a model is not read past
    # A title's code no block writes as a word of its own is a piece of the document's number, not a model.
    numbered = b"# Kilnor KX Belt Presses - Service Manual KIL-SM-KX-07\n\nModels KX-40 and KX-55." + body
    assert extract_meta(load_bytes("kilnor.md", numbered)).models == ["KX-40", "KX-55"]
    # A designation or a thread size the front matter names and the body repeats is no model.
    rated = (
        b"# Kilnor Belt Presses\n\nProtection IP65, PN16 body, M12 lid bolts.\n\n## Data\n\n" + b"IP65 PN16 M12. " * 3
    )
    assert extract_meta(load_bytes("kilnor.md", rated)).models == []


def test_unknown_doc_type_and_safety_fall_back_to_defaults() -> None:
    doc = load_bytes("b.md", b"---\ndoc_type: Service Bulletin\nsafety: extreme\n---\n# B\n\nBody.\n")
    meta = extract_meta(doc)
    assert meta.doc_type == "bulletin" and meta.safety == "normal"
    odd = extract_meta(load_bytes("c.md", b"---\ntype: memo\n---\n# C\n\nBody.\n"))
    assert odd.doc_type == "manual"


def test_text_header_lines_become_metadata() -> None:
    doc = load_bytes("kp7_pump.txt", b"KP-7 GUIDE\nModels: KP-7; KP-9\nManufacturer: Kestrel\n\nPrime it first.\n")
    meta = extract_meta(doc)
    assert meta.models == ["KP-7", "KP-9"] and meta.manufacturer == "Kestrel"
    assert meta.domain == "pumps"  # from the file name: the title does not say


def test_infer_domain_prefers_the_earlier_more_specific_domain_on_a_tie() -> None:
    assert infer_domain("Lockout procedure for the drive cabinet") == "electrical-safety"
    assert infer_domain("VFD inverter", "motor") == "drives"
    assert infer_domain("nothing relevant") is None


def test_model_variants_are_their_own_codes() -> None:
    from knowledge.codes import document_codes, written_codes

    assert {"pv4", "pv410", "pv416"} <= document_codes("Rated flow PV4-10: 80 L/min; PV4-16: 200 L/min")
    assert {"pv425"} in written_codes("pv4-25 valve max flow")
    assert "sb24" in document_codes("Service bulletin SB-24-07")
