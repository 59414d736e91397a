"""Loaders: Markdown, plain text, HTML and PDF into blocks; every bad file in a folder gets its own clear error."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from knowledge.embedder import LocalEmbedder
from knowledge.ingest import FileOutcome, Ingestor, discover
from knowledge.loaders import (
    LoadError,
    _aligned_columns,
    _column_rows,
    _gutter,
    _layout_blocks,
    decode_text,
    dot_leader_rows,
    fixed_width_rows,
    grid_rows,
    load_bytes,
    parse_text,
)
from knowledge.store import kb_status, stored_documents
from rivet.db import Database

# ---- a hand-written PDF ------------------------------------------------------------------------


def _pdf_string(line: str) -> str:
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A valid PDF with one text line per entry, built from raw PDF syntax (correct xref offsets)."""
    flowing = [["14 TL", "72 720 Td", *(f"{_pdf_string(line)} Tj T*" for line in lines)] for lines in pages]
    return _pdf_bytes(flowing, font="Helvetica", title=title)


def make_placed_pdf(pages: list[list[tuple[int, int, str]]], *, rotated: tuple[int, int, str] | None = None) -> bytes:
    """A PDF whose text is placed at (x, y) in a fixed-width font, as a table or columns are laid out;
    `rotated` adds one line turned a quarter (a side note) to the first page."""
    placed = [[f"1 0 0 1 {x} {y} Tm {_pdf_string(text)} Tj" for x, y, text in items] for items in pages]
    if rotated is not None:
        x, y, text = rotated
        placed[0].append(f"0 1 -1 0 {x} {y} Tm {_pdf_string(text)} Tj")
    return _pdf_bytes(placed, font="Courier", title=None)


def _pdf_bytes(page_ops: list[list[str]], *, font: str, title: str | None) -> bytes:
    font_id = 3 + 2 * len(page_ops)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(page_ops)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ops)} >>".encode(),
    ]
    for i, ops in enumerate(page_ops):
        objects.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {4 + 2 * i} 0 R >>"
            ).encode()
        )
        content = "\n".join(["BT", "/F1 12 Tf" if font == "Helvetica" else "/F1 10 Tf", *ops, "ET"]).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>".encode())
    info = ""
    if title is not None:
        objects.append(f"<< /Title {_pdf_string(title)} >>".encode("latin-1"))
        info = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\n".encode()
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


PDF_PAGES = [
    ["Kestrel KP-7 Pump Overview", "The KP-7 circulates glycol coolant at 1450 rpm."],
    ["1. Close isolation valve V-1.", "2. Open drain DR-2 slowly until the casing is empty."],
]


# ---- Markdown ----------------------------------------------------------------------------------

MARKDOWN = """---
title: Vortana VX-20 Drive Manual
manufacturer: Vortana
models: [VX-20, VX-22]
domain: drives
revision: Rev B
---

# Vortana VX-20 Drive Manual

The VX-20 is a **compact** drive for `conveyor` motors.

## Fault Codes

| Code | Meaning | Action |
|------|---------|--------|
| F-12 | Overcurrent | Check the motor cable |
| F-13 | Overvoltage |  |

## Commissioning

1. Set P1.08 to the motor rated current.
2. Run the autotune
   with the motor uncoupled.
- Record the [result](http://example.invalid/x) in the log.
"""


def test_markdown_front_matter_headings_list_items_and_table_rows() -> None:
    doc = load_bytes("drives/vx20.md", MARKDOWN.encode())
    assert doc.file_type == "markdown"
    assert doc.title == "Vortana VX-20 Drive Manual"
    assert doc.metadata == {
        "title": "Vortana VX-20 Drive Manual",
        "manufacturer": "Vortana",
        "models": ["VX-20", "VX-22"],
        "domain": "drives",
        "revision": "Rev B",
    }
    assert [(b.kind, b.text, b.level) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", "Vortana VX-20 Drive Manual", 1),
        ("heading", "Fault Codes", 2),
        ("heading", "Commissioning", 2),
    ]
    body = [(b.kind, b.text) for b in doc.blocks if b.kind != "heading"]
    assert body == [
        ("paragraph", "The VX-20 is a compact drive for conveyor motors."),  # inline markup removed
        ("table_header", "Code | Meaning | Action"),
        ("table_row", "Code: F-12; Meaning: Overcurrent; Action: Check the motor cable"),  # rows carry column names
        ("table_row", "Code: F-13; Meaning: Overvoltage"),  # empty cells are left out
        ("list_item", "1. Set P1.08 to the motor rated current."),
        ("list_item", "2. Run the autotune with the motor uncoupled."),  # continuation line joins its item
        ("list_item", "- Record the result in the log."),
    ]
    assert all(b.page is None for b in doc.blocks)


def test_markdown_without_front_matter_takes_its_title_from_the_first_heading() -> None:
    doc = load_bytes("notes.md", b"# Belt Tracking Notes\n\nAdjust the tail pulley a quarter turn at a time.\n")
    assert doc.title == "Belt Tracking Notes"
    assert doc.metadata == {}


def test_markdown_without_any_heading_takes_its_title_from_the_file_name() -> None:
    doc = load_bytes("sub/gearbox_oil-change.md", b"Drain the gearbox while the oil is warm.\n")
    assert doc.title == "gearbox oil change"


def test_markdown_code_fence_is_one_block_and_hides_headings_inside_it() -> None:
    doc = load_bytes("c.md", b"# Title\n\nRun this:\n\n```\n# not a heading\nplc reset --all\n```\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Title"),
        ("paragraph", "Run this:"),
        ("code", "# not a heading\nplc reset --all"),
    ]


# ---- plain text --------------------------------------------------------------------------------

PLAIN_TEXT = """
KESTREL KP-7 PUMP GUIDE
Manufacturer: Kestrel Pumps
Models: KP-7
Domain: pumps

SAFETY NOTES
Isolate the motor before opening the casing.
Wear gloves: the glycol is hot.

1. Close the inlet valve.
2. Drain the casing
   into a tray.
"""


def test_plain_text_title_header_metadata_and_caps_headings() -> None:
    doc = load_bytes("kp7.txt", PLAIN_TEXT.encode())
    assert doc.file_type == "text"
    assert doc.title == "KESTREL KP-7 PUMP GUIDE"
    assert doc.metadata == {
        "title": "KESTREL KP-7 PUMP GUIDE",
        "manufacturer": "Kestrel Pumps",
        "models": "KP-7",
        "domain": "pumps",
    }
    assert [(b.kind, b.text, b.level) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", "KESTREL KP-7 PUMP GUIDE", 1),
        ("heading", "SAFETY NOTES", 2),
    ]
    body = [(b.kind, b.text) for b in doc.blocks if b.kind != "heading"]
    # Header lines stay searchable as text; a "Key: value" line in the body is not metadata.
    assert ("paragraph", "Manufacturer: Kestrel Pumps") in body
    assert ("paragraph", "Isolate the motor before opening the casing. Wear gloves: the glycol is hot.") in body
    assert body[-2:] == [("list_item", "1. Close the inlet valve."), ("list_item", "2. Drain the casing into a tray.")]
    assert "wear gloves" not in doc.metadata


# ---- HTML --------------------------------------------------------------------------------------

HTML = """<!doctype html>
<html><head>
<title>Brisa AHU-5 Service Guide</title>
<meta name="Manufacturer" content="Brisa Air">
<meta name="domain" content="hvac">
<meta charset="utf-8">
<style>.warn { color: red } STYLETOKEN</style>
<script>var SCRIPTTOKEN = "do not index";</script>
</head><body>
<h1>Brisa AHU-5 Service Guide</h1>
<p>The AHU-5 moves &amp; filters   supply air.</p>
<h2>Filters</h2>
<ul><li>Replace filter F7 <b>monthly</b>.</li><li>Check belt tension.</li></ul>
<h3>Intervals</h3>
<table><tr><th>Part</th><th>Interval</th></tr><tr><td>Filter</td><td>30 days</td></tr>
<tr><td>Belt</td><td>90 days</td></tr></table>
<h4>Notes</h4><p>Log every change.<br>Sign the sheet.</p>
<script>SCRIPTTOKEN2()</script>
</body></html>
"""


def test_html_title_meta_headings_list_items_and_table_rows_without_script_or_style() -> None:
    doc = load_bytes("ahu5.html", HTML.encode())
    assert doc.file_type == "html"
    assert doc.title == "Brisa AHU-5 Service Guide"
    assert doc.metadata == {"manufacturer": "Brisa Air", "domain": "hvac", "title": "Brisa AHU-5 Service Guide"}
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Brisa AHU-5 Service Guide"),
        ("paragraph", "The AHU-5 moves & filters supply air."),
        ("heading", "Filters"),
        ("list_item", "Replace filter F7 monthly."),
        ("list_item", "Check belt tension."),
        ("heading", "Intervals"),
        ("table_header", "Part | Interval"),
        ("table_row", "Part: Filter; Interval: 30 days"),
        ("table_row", "Part: Belt; Interval: 90 days"),
        ("heading", "Notes"),
        ("paragraph", "Log every change. Sign the sheet."),
    ]
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2, 3, 4]
    everything = " ".join(b.text for b in doc.blocks)
    assert "TOKEN" not in everything and "color" not in everything


def test_a_definition_list_keeps_each_term_with_its_description() -> None:
    page = """<h2>Data</h2><dl>
<dt>Pump oil</dt><dd>ISO VG 68 hydraulic oil</dd>
<dt>Relief valve:</dt><dd>Set to 160 bar.</dd><dd>Sealed after setting.</dd>
<dt>Spare term</dt>
<dt>Weight</dt><dd>420 kg</dd>
</dl><dl><dt>Dangling</dt></dl><p>After the list.</p>"""
    doc = load_bytes("hpu.html", page.encode())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Data"),
        ("table_row", "Pump oil: ISO VG 68 hydraulic oil"),
        ("table_row", "Relief valve: Set to 160 bar."),
        ("table_row", "Relief valve: Sealed after setting."),
        ("paragraph", "Spare term"),
        ("table_row", "Weight: 420 kg"),
        ("paragraph", "Dangling"),
        ("paragraph", "After the list."),
    ]


def test_a_description_without_a_term_stays_a_paragraph() -> None:
    doc = load_bytes("x.html", b"<dl><dd>Orphan description.</dd></dl><dl><dt>Last term</dt></dl>")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Orphan description."),
        ("paragraph", "Last term"),
    ]


# ---- PDF ---------------------------------------------------------------------------------------


def test_hand_written_pdf_is_valid_and_keeps_page_numbers() -> None:
    data = make_pdf(PDF_PAGES, title="Kestrel KP-7 Pump Manual")
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == 2
    for page, lines in zip(reader.pages, PDF_PAGES, strict=True):
        extracted = page.extract_text()
        for line in lines:
            assert line in extracted

    doc = load_bytes("manuals/kp7.pdf", data)
    assert doc.file_type == "pdf"
    assert doc.title == "Kestrel KP-7 Pump Manual"  # from the document information dictionary
    pages = {b.page for b in doc.blocks}
    assert pages == {1, 2}
    page1 = " ".join(b.text for b in doc.blocks if b.page == 1)
    page2 = [b for b in doc.blocks if b.page == 2]
    assert "glycol coolant at 1450 rpm" in page1 and "DR-2" not in page1
    assert [b.kind for b in page2] == ["list_item", "list_item"]
    assert page2[0].text == "1. Close isolation valve V-1."
    assert page2[1].text.startswith("2. Open drain DR-2")


def test_pdf_without_a_title_uses_its_file_name() -> None:
    doc = load_bytes("kp7_quick-start.pdf", make_pdf([["Prime the pump before the first start."]]))
    assert doc.title == "kp7 quick start"


def test_a_pdf_without_a_metadata_title_takes_the_title_it_opens_with_not_its_first_section() -> None:
    page = [
        (72, 720, "BX-20 / BX-30 Drum Tumbler with TC-4 Controller"),
        (72, 708, "Operation and Maintenance Manual"),
        (72, 696, "Brisco Plant Ltd.   Document BP-OM-12, Revision B"),
        (72, 672, "1. Safety"),
        (72, 660, "Isolate the tumbler before opening the door."),
    ]
    doc = load_bytes("brisco.pdf", make_placed_pdf([page]))
    assert (
        doc.title == "BX-20 / BX-30 Drum Tumbler with TC-4 Controller Operation and Maintenance Manual Brisco Plant Ltd"
    )
    # Its title lines apart from the maker's paragraph: the title ends where no sentence does.
    apart = [(72, 720, "BX-20 / BX-30 Drum Tumbler Manual"), (72, 696, "Brisco Plant Ltd. The BX-20 tumbles drums."),
             (72, 672, "1. Safety"), (72, 660, "Isolate the tumbler before opening the door.")]  # fmt: skip
    assert load_bytes("brisco.pdf", make_placed_pdf([apart])).title == "BX-20 / BX-30 Drum Tumbler Manual"
    # The maker first, and "Ltd." ends no sentence; a sentence that opens the body is no title.
    maker = [(72, 720, "Brisco Plant Ltd."), (72, 708, "BX-20 Drum Tumbler Operation Manual"),
             (72, 684, "1. Safety"), (72, 672, "Isolate the tumbler before opening the door.")]  # fmt: skip
    assert (
        load_bytes("brisco.pdf", make_placed_pdf([maker])).title
        == "Brisco Plant Ltd. BX-20 Drum Tumbler Operation Manual"
    )
    body = [(72, 720, "Read this manual before installing the KX-40 dryer."), (72, 696, "1. Safety"),
            (72, 684, "Isolate the dryer before opening the door.")]  # fmt: skip
    assert load_bytes("kx.pdf", make_placed_pdf([body])).title == "1. Safety"
    # Opening with a section, it keeps the first heading as before.
    assert load_bytes("x.pdf", make_pdf([["1 Safety", "", "Isolate first."]])).title == "1 Safety"


def test_a_pdf_table_becomes_one_labelled_row_per_item_with_wrapped_cells_in_their_column() -> None:
    page = [
        (72, 720, "3. Troubleshooting"),
        *[(x, 700, t) for x, t in ((72, "Symptom"), (250, "Cause"), (420, "Remedy"))],
        *[(x, 688, t) for x, t in ((72, "Pump runs, no flow"), (250, "Suction valve shut"), (420, "Open valve V1"))],
        (250, 676, "or strainer blocked"),  # the cause goes on under its own column
        *[(x, 664, t) for x, t in ((72, "Seal leaks over 10"), (250, "Seal faces worn"), (420, "Fit seal kit SK-4"))],
        (72, 652, "drops in 1 min"),  # the symptom goes on at the left margin
        (72, 620, "Never run the pump dry: the seal faces burn within seconds."),
    ]
    doc = load_bytes("pump.pdf", make_placed_pdf([page]))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "3. Troubleshooting"),
        (
            "table_row",
            "Symptom: Pump runs, no flow; Cause: Suction valve shut or strainer blocked; Remedy: Open valve V1",
        ),
        ("table_row", "Symptom: Seal leaks over 10 drops in 1 min; Cause: Seal faces worn; Remedy: Fit seal kit SK-4"),
        ("paragraph", "Never run the pump dry: the seal faces burn within seconds."),
    ]
    assert {b.page for b in doc.blocks} == {1}


def test_a_pdf_page_of_two_prose_columns_is_read_column_by_column() -> None:
    left = ["1. Safety", "Isolate the controller before you", "touch the drive unit or the tooling.",
            "Persons with a pacemaker keep at", "least 0.5 m away from the magnet."]  # fmt: skip
    right = ["4. Fault codes", "E1 means an output overcurrent in", "the coil cable or the armature.",
             "E2 means the heatsink is above 85 C;", "check the cabinet ventilation."]  # fmt: skip
    page = [(72, 720 - 12 * i, t) for i, t in enumerate(left)] + [(330, 720 - 12 * i, t) for i, t in enumerate(right)]
    blocks = load_bytes("feeder.pdf", make_placed_pdf([page])).blocks
    text = " ".join(b.text for b in blocks)
    # Laid out side by side, each line would run a safety sentence into a fault code's.
    assert "touch the drive unit or the tooling. Persons with a pacemaker keep at least 0.5 m away" in text
    assert "E1 means an output overcurrent in the coil cable or the armature." in text
    assert "table_row" not in {b.kind for b in blocks}


def test_two_columns_of_uneven_length_are_read_column_by_column() -> None:
    # The right column runs on where the left one has ended: many lines hold one column only.
    left = ["1. Temperatures", "Set the tank and hose temperatures from", "the adhesive data sheet, usually 170 C."]
    right = [
        "3. Pressure relief",
        "Turn the pump air regulator to 0 bar and",
        "switch off the pump before any work. Then",
        "trigger every gun into a waste container",
        "until the adhesive stops flowing out.",
        "Open the relief valve on the manifold.",
    ]
    page = [(72, 720 - 12 * i, t) for i, t in enumerate(left)] + [(330, 720 - 12 * i, t) for i, t in enumerate(right)]
    blocks = load_bytes("melter.pdf", make_placed_pdf([page])).blocks
    text = " ".join(b.text for b in blocks)
    assert "Turn the pump air regulator to 0 bar and switch off the pump before any work." in text
    assert "table_row" not in {b.kind for b in blocks}


def test_laid_out_steps_stay_steps() -> None:
    steps = [
        (72, 720, "5. Testing"),
        (72, 700, "1. Check that the caustic and acid tanks hold"),
        (72, 688, "enough concentrate for the day."),
        (72, 676, "2. Check the tank levels on the HMI."),
        (72, 640, "1.        Inform the operators of the loads fed from the switch."),
        (72, 628, "2.        Check the generator control is in AUTO."),
    ]
    blocks = [(b.kind, b.text) for b in load_bytes("cip.pdf", make_placed_pdf([steps])).blocks]
    assert blocks == [
        ("heading", "5. Testing"),
        ("list_item", "1. Check that the caustic and acid tanks hold enough concentrate for the day."),
        ("list_item", "2. Check the tank levels on the HMI."),
        ("list_item", "1. Inform the operators of the loads fed from the switch."),
        ("list_item", "2. Check the generator control is in AUTO."),
    ]


def test_a_numbered_heading_over_its_first_step_is_a_heading_not_a_step() -> None:
    # No blank line between the section's heading and its step 1: a list does not count back to 1.
    page = [
        (72, 720, "Nothing above the plate may move while the door is open."),
        (72, 696, "4. Strapping and pushing out a finished block of scrap"),
        (72, 684, "1. Lower the platen onto the block and press HOLD."),
        (72, 672, "2. Open the loading gate."),
        (72, 648, "3. Close the gate"),
        (72, 636, "4. Press START"),
    ]
    blocks = [(b.kind, b.text) for b in load_bytes("press.pdf", make_placed_pdf([page])).blocks]
    assert blocks == [
        ("paragraph", "Nothing above the plate may move while the door is open."),
        ("heading", "4. Strapping and pushing out a finished block of scrap"),
        ("list_item", "1. Lower the platen onto the block and press HOLD."),
        ("list_item", "2. Open the loading gate."),
        ("list_item", "3. Close the gate"),  # a short step over the next one stays a step
        ("list_item", "4. Press START"),
    ]


def test_a_numbered_heading_inside_a_paragraph_still_heads_its_steps() -> None:
    # Reading order runs the previous section's last line, the heading and step 1 into one paragraph.
    lines = [
        "the tank is isolated.",
        "6. Renewing the drive shaft lip seal",
        "1. Lock out the motor.",
        "2. Drain the oil.",
    ]
    blocks = [(b.kind, b.text) for b in load_bytes("tank.pdf", make_pdf([lines])).blocks]
    assert ("heading", "6. Renewing the drive shaft lip seal") in blocks
    assert ("list_item", "1. Lock out the motor.") in blocks
    assert not any(kind == "list_item" and "Renewing" in text for kind, text in blocks)


def test_numbered_headings_inside_a_reading_order_paragraph_head_their_sections() -> None:
    # A column read in reading order is one paragraph that runs several sections together.
    lines = [
        "3. Zeroing",
        "The belt zeroes itself when empty for",
        "the interval set in P05.",
        "4. Unsteady weights",
        "Unsteady readings are mostly draughts:",
        "fit the wind shield.",
        "5. Check the belt tension and the",
        "6. Guide rails",  # a wrapped line, after no sentence's end: no heading
        "Guide rails keep the packs straight.",
    ]
    blocks = [(b.kind, b.text) for b in load_bytes("scale.pdf", make_pdf([lines])).blocks]
    assert blocks[:4] == [
        ("heading", "3. Zeroing"),
        ("paragraph", "The belt zeroes itself when empty for the interval set in P05."),
        ("heading", "4. Unsteady weights"),
        ("paragraph", "Unsteady readings are mostly draughts: fit the wind shield."),
    ]
    assert ("heading", "6. Guide rails") not in blocks


def test_a_short_step_is_no_heading_when_it_continues_its_list_or_its_line_goes_on() -> None:
    for lines in (
        ["1. Switch off the unit.", "2. Turn the mode selector to", "MANUAL and wait.", "3. Open the cover."],
        ["1. Switch off the unit.", "2. Remove the four screws", "Keep them for refitting.", "3. Open the cover."],
        ["Before the run:", "2. Check the following items", "1) oil level", "2) seal face"],
    ):
        blocks = load_bytes("unit.pdf", make_pdf([lines])).blocks
        assert "heading" not in {b.kind for b in blocks}, lines
        assert any(b.text.startswith(lines[1]) for b in blocks), lines


def test_a_table_indented_under_its_heading_is_still_a_table() -> None:
    page = [
        (72, 720, "2. Technical data"),
        *[(x, 708, t) for x, t in ((100, "Item"), (250, "SLT-1000"), (400, "SLT-2000"))],
        *[(x, 696, t) for x, t in ((100, "Relief valve"), (250, "150 bar"), (400, "180 bar"))],
        *[(x, 684, t) for x, t in ((100, "Weight"), (250, "215 kg"), (400, "390 kg"))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("lift.pdf", make_placed_pdf([page])).blocks] == [
        ("heading", "2. Technical data"),
        ("table_row", "Item: Relief valve; SLT-1000: 150 bar; SLT-2000: 180 bar"),
        ("table_row", "Item: Weight; SLT-1000: 215 kg; SLT-2000: 390 kg"),
    ]


def test_a_table_with_vertically_centred_cells_keeps_each_cell_with_its_row() -> None:
    # E03's long cell starts on the line above its code: "Switch position not" starts a cell (a capital),
    # so it opens E03's cause, not the end of E02's; "the start signal" and "of the command" end theirs.
    page = [
        *[(x, 720, t) for x, t in ((72, "Code"), (130, "Fault"), (300, "Cause"))],
        *[(x, 708, t) for x, t in ((72, "E02"), (130, "Generator off"), (300, "No voltage 30 s after"))],
        (300, 696, "the start signal"),
        (300, 684, "Switch position not"),
        *[(x, 672, t) for x, t in ((72, "E03"), (130, "Transfer failure"), (300, "confirmed within 6 s"))],
        (300, 660, "of the command"),
    ]
    assert [(b.kind, b.text) for b in load_bytes("ats.pdf", make_placed_pdf([page])).blocks] == [
        ("table_row", "Code: E02; Fault: Generator off; Cause: No voltage 30 s after the start signal"),
        (
            "table_row",
            "Code: E03; Fault: Transfer failure; Cause: Switch position not confirmed within 6 s of the command",
        ),
    ]


def test_a_table_whose_cells_wrap_under_their_row_in_two_rows_running_keeps_its_rows() -> None:
    # Cells set at the top of their row: "seated" and "grain" / "%" end the cells above them. Two such
    # rows one after the other look like a centred table's line above its opener, unless the line above
    # starts no cell (lower case, or no letter).
    page = [
        *[(x, 720, t) for x, t in ((72, "Symptom"), (230, "Possible cause"), (400, "Remedy"))],
        *[(x, 708, t) for x, t in ((72, "Product coarse"), (230, "Screen torn; screen not"), (400, "New screen"))],
        (230, 696, "seated"),
        *[(x, 684, t) for x, t in ((72, "Product warm"), (230, "Too little air; moist"), (400, "Grain under 14"))],
        *[(x, 672, t) for x, t in ((230, "grain"), (400, "%"))],
        *[(x, 660, t) for x, t in ((72, "Knock, then"), (230, "Foreign body"), (400, "Stop"))],
        *[(x, 648, t) for x, t in ((72, "vibration"), (230, "or broken hammer"), (400, "and inspect"))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("mill.pdf", make_placed_pdf([page])).blocks] == [
        ("table_row", "Symptom: Product coarse; Possible cause: Screen torn; screen not seated; Remedy: New screen"),
        ("table_row", "Symptom: Product warm; Possible cause: Too little air; moist grain; Remedy: Grain under 14 %"),
        # A line in the first column in lower case goes on with the row above, not a row of its own.
        (
            "table_row",
            "Symptom: Knock, then vibration; Possible cause: Foreign body or broken hammer; Remedy: Stop and inspect",
        ),
    ]


def test_a_row_whose_first_cell_breaks_off_mid_phrase_goes_on_though_the_next_line_opens_with_a_code() -> None:
    # "or" cannot end the symptom, so "P07" finishes it rather than opening a row of its own, and so does a value
    # after "towards"; a first cell that ends in a word ("Press stops") lets a code open the next row.
    page = [
        *[(x, 720, t) for x, t in ((72, "Symptom"), (300, "Likely cause"), (470, "What to do"))],
        *[(x, 708, t) for x, t in ((72, "Press stops with P05, P06 or"), (300, "Die jammed on the"), (470, "Clear"))],
        *[(x, 696, t) for x, t in ((72, "P07"), (300, "bolster"), (470, "the die"))],
        *[(x, 684, t) for x, t in ((72, "Oil temperature rising towards"), (300, "Cooler fouled"), (470, "Clean"))],
        *[(x, 672, t) for x, t in ((72, "65 °C"), (300, "or fan stopped"), (470, "the cooler"))],
        *[(x, 660, t) for x, t in ((72, "Press stops"), (300, "Guard open"), (470, "Close it"))],
        *[(x, 648, t) for x, t in ((72, "P09"), (300, "Light curtain"), (470, "Clean it"))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("press.pdf", make_placed_pdf([page])).blocks] == [
        (
            "table_row",
            "Symptom: Press stops with P05, P06 or P07; Likely cause: Die jammed on the bolster; "
            "What to do: Clear the die",
        ),
        (
            "table_row",
            "Symptom: Oil temperature rising towards 65 °C; Likely cause: Cooler fouled or fan stopped; "
            "What to do: Clean the cooler",
        ),
        ("table_row", "Symptom: Press stops; Likely cause: Guard open; What to do: Close it"),
        ("table_row", "Symptom: P09; Likely cause: Light curtain; What to do: Clean it"),
    ]


def test_a_row_goes_on_in_capitals_only_under_a_cell_left_unfinished_and_lower_case_cells_beside() -> None:
    # "Refit it;" leaves its cell open and "sleeve" and "then purge" go on in lower case: "Hot
    # melt" ends the symptom broken off after "on". A row whose values start with digits or capitals is a row
    # of its own after a label ending "at" ("Screen size, new / replace at"), and after a value ending
    # "each" ("2-4 bar each" / "no more than 5 µm"): a value may end so.
    fault = [
        *[(x, 720, t) for x, t in ((72, "Symptom"), (300, "Possible cause"), (470, "Remedy"))],
        *[(x, 708, t) for x, t in ((72, "Strings of glue, on"), (300, "Nozzle worn at the"), (470, "Refit it;"))],
        *[(x, 696, t) for x, t in ((72, "Hot melt"), (300, "sleeve"), (470, "then purge"))],
        *[(x, 684, t) for x, t in ((72, "Glue dots missing"), (300, "Tank empty"), (470, "Refill"))],
    ]
    data = [
        *[(x, 720, t) for x, t in ((72, "Parameter"), (330, "GL-2"), (470, "GL-4"))],
        *[(x, 708, t) for x, t in ((72, "Screen size, new / replace at"), (330, "40 µm / 60 µm"), (470, "Same"))],
        *[(x, 696, t) for x, t in ((72, "Air supplies: nozzle, tank"), (330, "2-4 bar each"), (470, "2-4 bar each"))],
        *[(x, 684, t) for x, t in ((72, "Filter rating"), (330, "no more than 5 µm"), (470, "no more than 5 µm"))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("glue.pdf", make_placed_pdf([fault, data])).blocks] == [
        (
            "table_row",
            "Symptom: Strings of glue, on Hot melt; Possible cause: Nozzle worn at the sleeve; "
            "Remedy: Refit it; then purge",
        ),
        ("table_row", "Symptom: Glue dots missing; Possible cause: Tank empty; Remedy: Refill"),
        ("table_row", "Parameter: Screen size, new / replace at; GL-2: 40 µm / 60 µm; GL-4: Same"),
        ("table_row", "Parameter: Air supplies: nozzle, tank; GL-2: 2-4 bar each; GL-4: 2-4 bar each"),
        ("table_row", "Parameter: Filter rating; GL-2: no more than 5 µm; GL-4: no more than 5 µm"),
    ]


def test_a_centred_tables_cell_left_unfinished_keeps_its_next_line_though_it_opens_with_a_capital() -> None:
    # "Renew the wiper or the" cannot end its cell: "WK-4 kit." ends it, not the line over the next row's
    # opener, which "Seal worn at the" / "edge" still is in a table whose cells are centred.
    page = [
        *[(x, 720, t) for x, t in ((72, "Lamp"), (200, "Meaning"), (400, "Remedy"))],
        *[(x, 708, t) for x, t in ((72, "Amber"), (200, "Wiper worn"), (400, "Renew the wiper or the"))],
        (400, 696, "WK-4 kit."),
        (200, 684, "Seal worn at the"),
        *[(x, 672, t) for x, t in ((72, "Red"), (200, "edge"), (400, "Renew the seal."))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("wiper.pdf", make_placed_pdf([page])).blocks] == [
        ("table_row", "Lamp: Amber; Meaning: Wiper worn; Remedy: Renew the wiper or the WK-4 kit."),
        ("table_row", "Lamp: Red; Meaning: Seal worn at the edge; Remedy: Renew the seal."),
    ]


def test_a_number_wrapped_at_its_thousands_space_stays_in_its_cell() -> None:
    # "renew after 250" / "000 cycles or when worn": a number written with a space between its thousands, wrapped
    # there, ends its own cell; in a table whose cells are centred it was read as the line over the next row's
    # opener. A table of figures alone keeps its rows.
    page = [
        *[(x, 720, t) for x, t in ((72, "Lamp"), (200, "Meaning"), (400, "Remedy"))],
        *[(x, 708, t) for x, t in ((72, "Amber"), (200, "Belt worn"), (400, "Check the tension; renew after 250"))],
        (400, 696, "000 cycles or when worn"),
        (200, 684, "Seal worn at the"),
        *[(x, 672, t) for x, t in ((72, "Red"), (200, "edge"), (400, "Renew the seal."))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("belt.pdf", make_placed_pdf([page])).blocks] == [
        (
            "table_row",
            "Lamp: Amber; Meaning: Belt worn; Remedy: Check the tension; renew after 250 000 cycles or when worn",
        ),
        ("table_row", "Lamp: Red; Meaning: Seal worn at the edge; Remedy: Renew the seal."),
    ]
    figures = [
        *[(x, 720, t) for x, t in ((72, "Speed (rpm)"), (220, "Torque (Nm)"), (380, "Power (kW)"))],
        *[(x, 708, t) for x, t in ((72, "100"), (220, "250"), (380, "2.6"))],
        *[(x, 696, t) for x, t in ((72, "150"), (220, "300"), (380, "4.7"))],
    ]
    assert [b.text for b in load_bytes("curve.pdf", make_placed_pdf([figures])).blocks] == [
        "Speed (rpm): 100; Torque (Nm): 250; Power (kW): 2.6",
        "Speed (rpm): 150; Torque (Nm): 300; Power (kW): 4.7",
    ]


def test_a_table_set_at_the_top_keeps_a_cells_next_sentence_and_lower_case_codes_open_rows() -> None:
    # "Check the cooling fan." starts with a capital but E02's cells all start on its own line: the table is
    # set at the top, so the sentence ends E01's remedy.
    page = [
        *[(x, 720, t) for x, t in ((72, "Code"), (130, "Fault"), (300, "Remedy"))],
        *[(x, 708, t) for x, t in ((72, "oC"), (130, "Overcurrent"), (300, "Reset the relay."))],
        (300, 696, "Check the cooling fan."),
        *[(x, 684, t) for x, t in ((72, "uV1"), (130, "Undervoltage"), (300, "Check the supply."))],
        *[(x, 672, t) for x, t in ((72, "E03"), (130, "Low oil"), (300, "Top up the tank."))],
    ]
    assert [(b.kind, b.text) for b in load_bytes("drive.pdf", make_placed_pdf([page])).blocks] == [
        ("table_row", "Code: oC; Fault: Overcurrent; Remedy: Reset the relay. Check the cooling fan."),
        ("table_row", "Code: uV1; Fault: Undervoltage; Remedy: Check the supply."),
        ("table_row", "Code: E03; Fault: Low oil; Remedy: Top up the tank."),
    ]


def test_a_heading_and_its_table_right_under_a_running_header_are_read_as_such() -> None:
    # No blank line between the header set right and "3. Fault codes": run into it, the table was one paragraph.
    page = [
        (330, 740, "Pulvane PV-OM-02 - HX-37"),
        (72, 728, "3. Fault codes"),
        *[(x, 716, t) for x, t in ((72, "Code"), (130, "Meaning"), (330, "Action"))],
        *[(x, 704, t) for x, t in ((72, "M1"), (130, "Motor overload"), (330, "Reset the relay"))],
        *[(x, 692, t) for x, t in ((72, "M2"), (130, "Door open"), (330, "Close the door"))],
    ]
    blocks = [(b.kind, b.text) for b in load_bytes("mill.pdf", make_placed_pdf([page])).blocks]
    assert blocks[-3:] == [
        ("heading", "3. Fault codes"),
        ("table_row", "Code: M1; Meaning: Motor overload; Action: Reset the relay"),
        ("table_row", "Code: M2; Meaning: Door open; Action: Close the door"),
    ]


def test_a_page_whose_layout_text_leaves_words_out_is_read_in_reading_order() -> None:
    # pypdf's layout text strips rotated text; the reading-order text keeps it.
    page = [(72, 720, "Warning: isolate the supply before opening the cover.")]
    data = make_placed_pdf([page], rotated=(500, 300, "Side note: terminal torque 25 Nm"))
    text = " ".join(b.text for b in load_bytes("note.pdf", data).blocks)
    assert "terminal torque 25 Nm" in text and "isolate the supply" in text


def test_only_aligned_columns_make_a_table_and_long_runs_side_by_side_are_two_columns() -> None:
    table = [
        "Item          SLT-1000     SLT-2000",
        "Relief valve  150 bar      180 bar",
        "Weight        215 kg       390 kg",
    ]
    justified = [
        "The pump  must never run dry, and  the seal faces burn",
        "within seconds when it does; fill the  casing before",
        "the first start and  vent it at the top plug.",
    ]
    columns = [
        "Isolate the controller before you     E1 means an output overcurrent in",
        "touch the drive unit or the tooling.  the coil cable or the armature.",
        "Persons with a pacemaker keep at      E2 means the heatsink is above 85 C",
    ]
    assert _aligned_columns(table) and _gutter(table) is None
    assert _column_rows(table) == [
        "Item: Relief valve; SLT-1000: 150 bar; SLT-2000: 180 bar",
        "Item: Weight; SLT-1000: 215 kg; SLT-2000: 390 kg",
    ]
    assert not _aligned_columns(justified)
    assert _gutter(columns) is not None


def test_a_page_with_two_columns_of_prose_keeps_its_table_and_reads_the_columns_one_after_the_other() -> None:
    # A spec table above two columns of prose: the table keeps its rows, and the columns are read left
    # then right, so the sentence running from the foot of the left column into the right stays whole.
    page = "\n".join(
        [
            "Item              ZR-10          ZR-20",
            "Supply            230 V          400 V",
            "Weight            40 kg          65 kg",
            "",
            "Starting the unit                          blue lamp lights and the drum turns at",
            "Close the lid and turn the selector to     low speed for ten seconds before the",
            "RUN. Wait until the amber lamp goes out     heater starts. Never open the lid while",
            "and the door lock clicks; then the          the drum turns or the lamp is lit.",
        ]
    )
    blocks = _layout_blocks(page, 1)
    assert [b.text for b in blocks if b.kind == "table_row"] == [
        "Item: Supply; ZR-10: 230 V; ZR-20: 400 V",
        "Item: Weight; ZR-10: 40 kg; ZR-20: 65 kg",
    ]
    prose = " ".join(b.text for b in blocks if b.kind != "table_row")
    assert "the door lock clicks; then the blue lamp lights and the drum turns" in prose
    assert prose.index("Close the lid") < prose.index("Never open the lid")
    # A two-column table whose second cells run short ("Daily") is a table, not two columns of prose.
    schedule = "\n".join(
        [
            "Task                                                          Interval",
            "Check the reject device with the test packs and the sensor    Start of each shift and after a change",
            "Clean the belts and the frame with a damp cloth, no hose      Daily",
            "Check the belt tracking and the wear of the drive belt        Weekly",
            "Replace the weigh belt and the two guide rollers              When cracked or frayed",
        ]
    )
    assert [b.kind for b in _layout_blocks(schedule, 1)] == ["table_row"] * 4


def test_a_short_run_of_two_columns_whose_lines_end_short_is_read_column_by_column() -> None:
    # Written for the rule: a few lines of two columns under a heading, the right column's paragraph ending in a
    # short line ("recipe sheet.") and a heading of its own: judged by the lines that do not end a sentence.
    page = "\n".join(
        [
            "5. Bath settings",
            "                                                      (top-up) volumes of acid and peroxide are",
            "Etch bath                                             recipe values of the process engineer, on",
            "Mix 1:4 by volume of acid and water, and run at       the recipe sheet.",
            "40-45 °C for 6 min. The bath must be held within",
            "±1 °C of its setpoint. Bath life is 12 h. Top-up      Rinse tank",
        ]
    )
    prose = " ".join(b.text for b in _layout_blocks(page, 1))
    assert "Bath life is 12 h. Top-up (top-up) volumes of acid and peroxide are recipe values" in prose
    assert "run at 40-45 °C for 6 min" in prose
    assert prose.index("Mix 1:4") < prose.index("on the recipe sheet.") < prose.index("Rinse tank")


# ---- decoding and per-file errors ----------------------------------------------------------------


def test_decode_text_accepts_utf8_bom_utf16_and_legacy_cp1252() -> None:
    assert decode_text("\ufeffTemp 70 °C".encode()) == "Temp 70 °C"
    assert decode_text("Temp 70 °C".encode("utf-16")) == "Temp 70 °C"
    assert decode_text("Oil at 70 °C – don’t overfill".encode("cp1252")) == "Oil at 70 °C – don’t overfill"


_VALID_PDF = make_pdf(PDF_PAGES)


@pytest.mark.parametrize(
    ("source", "data", "message"),
    [
        (
            "manual.docx",
            b"PK\x03\x04 word document",
            "unsupported file type .docx (supported: .htm, .html, .markdown, .md, .pdf, .txt)",
        ),
        ("README", b"text", "unsupported file type (none)"),
        ("empty.md", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("garbage.pdf", b"\x89PNG\r\n\x1a\n not a pdf at all", "corrupt PDF: the file does not start with %PDF"),
        ("truncated.pdf", _VALID_PDF[: len(_VALID_PDF) // 2], "corrupt or unreadable PDF"),
        # A damaged trailer makes pypdf raise AttributeError: it must still be a LoadError (regression).
        (
            "damaged.pdf",
            _VALID_PDF.replace(b"trailer\n<< /Size 8", b"trailer\n"),
            "corrupt or unreadable PDF (AttributeError",
        ),
        ("binary.txt", b"ELF\x00\x01\x02\x00\x00 data", "binary content (NUL bytes): not a text file"),
        ("undecodable.md", b"# T\n\nbad \x81\x8d\x8f\x90\x9d bytes", "not valid UTF-8 (invalid start byte at byte"),
        ("controls.txt", b"T\n" + bytes(range(1, 9)) * 20 + b"\xff", "and not decodable"),
        ("bad-yaml.md", b"---\ntitle: [unclosed\n---\n# T\n\nbody\n", "invalid front matter:"),
        ("list-yaml.md", b"---\n- a\n- b\n---\n# T\n\nbody\n", "invalid front matter: expected key: value pairs"),
        ("headings-only.md", b"# Title\n\n## Section\n", "no text to ingest"),
        ("image-only.pdf", make_pdf([[]]), "PDF has no extractable text"),
    ],
)
def test_bad_files_raise_one_clear_load_error(source: str, data: bytes, message: str) -> None:
    with pytest.raises(LoadError) as info:
        load_bytes(source, data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


# ---- folders -----------------------------------------------------------------------------------


def test_discover_recurses_folders_and_skips_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    (root / "drives" / "vx").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.md").write_text("# A\n\nx\n")
    (root / "drives" / "b.txt").write_text("B\n\nx\n")
    (root / "drives" / "vx" / "c.html").write_text("<p>x</p>")
    (root / ".hidden.md").write_text("# H\n\nx\n")
    (root / ".git" / "config.md").write_text("# G\n\nx\n")
    single = tmp_path / "single.md"
    single.write_text("# S\n\nx\n")
    missing = tmp_path / "nope"

    found = discover([root, single, missing])
    assert found == [
        ("a.md", root / "a.md"),
        ("drives/b.txt", root / "drives" / "b.txt"),
        ("drives/vx/c.html", root / "drives" / "vx" / "c.html"),
        ("single.md", single),
        (str(missing), None),
    ]


def _write_mixed_folder(root: Path) -> dict[str, bytes]:
    files = {
        "good.md": MARKDOWN.encode(),
        "guides/kp7.txt": PLAIN_TEXT.encode(),
        "guides/ahu5.html": HTML.encode(),
        "guides/kp7-manual.pdf": make_pdf(PDF_PAGES),
        "legacy.txt": "OLD COMPRESSOR NOTES\n\nDischarge temperature limit 110 °C – trip at 115 °C.\n".encode("cp1252"),
        "manual.docx": b"PK\x03\x04 not supported",
        "garbage.pdf": b"this is not a pdf, just text with a .pdf name",
        "truncated.pdf": _VALID_PDF[:300],
        "binary.txt": b"\x00\x01\x02\x03 binary",
        "undecodable.md": b"# Title\n\n\x81\x8d\x8f\x90\x9d",
        "big.md": b"# Big\n\n" + b"word " * 1000,
        "empty.md": b"",
        "bad-front-matter.md": b"---\ntitle: [unclosed\n---\n# T\n\nbody text\n",
        ".hidden.md": b"# Hidden\n\nnever ingested\n",
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


async def test_every_bad_file_gets_its_own_error_and_the_rest_of_the_batch_ingests(
    db: Database, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    root = tmp_path / "kb"
    _write_mixed_folder(root)
    seen: list[FileOutcome] = []
    ingestor = Ingestor(db, local_embedder, max_bytes=4000)

    report = await ingestor.ingest([root, tmp_path / "does-not-exist"], "plant-a", on_file=seen.append)

    outcomes = {o.source: o for o in report.outcomes}
    assert seen == report.outcomes
    assert len(outcomes) == len(report.outcomes) == 14  # every file once, the hidden one never
    ingested = {"good.md", "guides/kp7.txt", "guides/ahu5.html", "guides/kp7-manual.pdf", "legacy.txt"}
    assert {s for s, o in outcomes.items() if o.status == "ingested"} == ingested
    assert all(outcomes[s].chunks >= 1 and outcomes[s].error is None for s in ingested)
    expected_errors = {
        "manual.docx": "unsupported file type .docx",
        "garbage.pdf": "corrupt PDF: the file does not start with %PDF",
        "truncated.pdf": "corrupt or unreadable PDF",
        "binary.txt": "binary content (NUL bytes)",
        "undecodable.md": "not valid UTF-8",
        "big.md": "over the 3.9 KB limit",
        "empty.md": "empty file",
        "bad-front-matter.md": "invalid front matter",
        str(tmp_path / "does-not-exist"): "no such file or directory",
    }
    for source, message in expected_errors.items():
        outcome = outcomes[source]
        assert outcome.status == "error", outcome
        assert outcome.error is not None and message in outcome.error, outcome
        assert outcome.chunks == 0
    assert report.count("error") == len(expected_errors)
    assert report.chunks == sum(outcomes[s].chunks for s in ingested)

    stored = await stored_documents(db, "plant-a")
    assert set(stored) == ingested
    status = await kb_status(db, "plant-a")
    assert status["documents"] == 5 and status["chunks"] == report.chunks
    async with db.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT d.source, d.file_type, d.title, c.page, c.text FROM chunks c "
                    "JOIN documents d ON d.id = c.document_id WHERE d.tenant_id = 'plant-a' "
                    "ORDER BY d.source, c.ordinal"
                )
            )
        ).all()
    by_source: dict[str, list[tuple[str, str, int | None, str]]] = {}
    for r in rows:
        by_source.setdefault(r.source, []).append((r.file_type, r.title, r.page, r.text))
    assert {r[0] for r in by_source["guides/kp7-manual.pdf"]} == {"pdf"}
    assert {r[2] for r in by_source["guides/kp7-manual.pdf"]} <= {1, 2}
    assert by_source["guides/kp7-manual.pdf"][0][2] == 1
    assert any("115 °C" in r[3] for r in by_source["legacy.txt"])  # cp1252 decoded, not mangled
    assert by_source["guides/ahu5.html"][0][1] == "Brisa AHU-5 Service Guide"


# ---- fixed-width text tables (strings written for the rule) -------------------------------------

FAULT_TABLE = """Code  Fault                  Cause / action
E1    Low water              Float switch open. Refill the
                             tank and press RESET.
E2    Burner lockout         No flame within 5 s; check the
                             ignition electrode gap.
E3    Sensor fault           PT100 open circuit."""

MODEL_TABLE = """                   AX-10          AX-20
Rated flow         12 m3/h        20 m3/h
Motor              1.5 kW         2.2 kW
Weight 85 kg       110 kg"""


def test_a_fixed_width_table_keeps_each_row_with_its_wrapped_cells() -> None:
    _, blocks = parse_text("Boiler guide\n\nFAULTS\n\n" + FAULT_TABLE + "\n")
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows == [
        "Code: E1; Fault: Low water; Cause / action: Float switch open. Refill the tank and press RESET.",
        "Code: E2; Fault: Burner lockout; Cause / action: No flame within 5 s; check the ignition electrode gap.",
        "Code: E3; Fault: Sensor fault; Cause / action: PT100 open circuit.",
    ]


def test_a_header_over_the_value_columns_labels_each_models_value() -> None:
    _, blocks = parse_text("Pump guide\n\nDATA\n\n" + MODEL_TABLE + "\n")
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows[:2] == ["Rated flow; AX-10: 12 m3/h; AX-20: 20 m3/h", "Motor; AX-10: 1.5 kW; AX-20: 2.2 kW"]
    # One space between the label and the first value: the columns did not come apart, so the row
    # is kept as written rather than putting 110 kg under the AX-10.
    assert rows[2] == "Weight 85 kg | 110 kg"


def test_rule_lines_frame_or_underline_a_heading_and_are_no_text() -> None:
    text = (
        "Hopper guide\n\n==========\n3. CLEANING\n==========\n\nEmpty the hopper daily.\n\n"
        "Spare parts\n-----------\nLid seal HS-4.\n\nSee section 5.\n-----\n"
    )
    _, blocks = parse_text(text)
    assert [b.text for b in blocks if b.kind == "heading"] == ["Hopper guide", "3. CLEANING", "Spare parts"]
    body = [b.text for b in blocks if b.kind != "heading"]
    # A sentence over a rule stays text; no block is made of the rule itself.
    assert body == ["Empty the hopper daily.", "Lid seal HS-4.", "See section 5."]


def test_text_near_a_rule_stays_text_and_rules_around_the_title_are_skipped() -> None:
    def parsed(text: str) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        meta, blocks = parse_text(text)
        return meta, [(b.kind, b.text) for b in blocks]

    # A grid table's borders are no rules: its rows stay text, none becomes a heading.
    grid = "Loader guide\n\nFAULTS\n\n+----+-------------+\n| F1 | Overcurrent |\n+----+-------------+\n"
    assert ("heading", "| F1 | Overcurrent |") not in parsed(grid)[1]
    assert any("Overcurrent" in text for kind, text in parsed(grid)[1] if kind != "heading")
    # A boxed note, a value and a form field over a rule are text, not headings.
    for line in ("WARNING: Isolate the 400 V supply first", "Max pressure 10 bar", "Is the pump primed?"):
        assert ("paragraph", line) in parsed(f"Guide\n\nSPECS\n\n{line}\n-----\n\nMore text.\n")[1]
    assert ("paragraph", "Technician name") in parsed("Guide\n\nTechnician name\n_______________\n")[1]
    # A fixed-width table's header over a rule labels its rows; a numbered line over a rule is a heading.
    table = (
        "Guide\n\nFAULT CODES\n\nCode  Fault        Action\n-----------------------\n"
        "F1    Overcurrent  Check motor\nF2    Phase loss   Check fuses\n"
    )
    assert ("table_row", "Code: F1; Fault: Overcurrent; Action: Check motor") in parsed(table)[1]
    assert ("heading", "1. Safety instructions") in parsed("Guide\n\n1. Safety instructions\n------\nWear gloves.\n")[1]
    # A heading between rules on its own line.
    assert ("heading", "5. CALIBRATION") in parsed("Guide\n\n=== 5. CALIBRATION ===\nCalibrate yearly.\n")[1]
    # The title's underline or frame does not end its header lines, nor become the title.
    meta, _ = parsed("PUMP MANUAL\n===========\nManufacturer: Acme\nModels: XP-200\n\nBody text.\n")
    assert meta == {"title": "PUMP MANUAL", "manufacturer": "Acme", "models": "XP-200"}
    assert parsed("==========\nPUMP MANUAL\n==========\nManufacturer: Acme\n")[0]["title"] == "PUMP MANUAL"
    # A rule further down does not make the note after it a header line.
    meta, body = parsed("Guide\n\n----\nWARNING: Isolate first\n----\nOpen the door.\n")
    assert "warning" not in meta and ("paragraph", "WARNING: Isolate first") in body


def test_a_dot_leader_list_keeps_each_label_with_its_value() -> None:
    lines = [
        "Maximum load ........... 250 kg",
        "Supply ................. 400 V 3 ph,",
        "      50 Hz",
        "Weight ..... 1.2 t",
    ]
    assert dot_leader_rows(lines) == ["Maximum load: 250 kg", "Supply: 400 V 3 ph, 50 Hz", "Weight: 1.2 t"]
    _, blocks = parse_text("Lift table guide\n\nDATA\n\n" + "\n".join(lines) + "\n")
    assert next(b.text for b in blocks if b.kind == "table_row") == "Maximum load: 250 kg"
    # Prose with an ellipsis, or a line that is neither a row nor continues one, is no list.
    assert dot_leader_rows(["Wait.... then press START."]) is None
    assert dot_leader_rows(["Maximum load ........... 250 kg", "Check the chains monthly."]) is None
    # Two spaces after the leader, or a colon before it, still make a "label: value" row.
    assert dot_leader_rows(["Max. load ........  250 kg", "Max speed:...... 0.2 m/s"]) == [
        "Max. load: 250 kg",
        "Max speed: 0.2 m/s",
    ]


def test_a_grid_table_is_read_row_by_row_with_its_wrapped_cells_joined() -> None:
    grid = [
        "+-------------------+----------------------+",
        "| Fault             | What to do           |",
        "+===================+======================+",
        "| Belt squeals at   | Tension the belt to  |",
        "| start-up          | 8 mm deflection      |",
        "+-------------------+----------------------+",
        "| Motor hot         | Clean the fan cover  |",
        "+-------------------+----------------------+",
    ]
    assert grid_rows(grid) == [
        "Fault: Belt squeals at start-up; What to do: Tension the belt to 8 mm deflection",
        "Fault: Motor hot; What to do: Clean the fan cover",
    ]
    # Introduced by a sentence with no blank line between: the sentence stays a paragraph of its own.
    _, blocks = parse_text("Fan guide\n\nFAULTS\n\nIf the fan misbehaves:\n" + "\n".join(grid) + "\n")
    assert [(b.kind, b.text) for b in blocks if b.kind in ("paragraph", "table_row")][-3:] == [
        ("paragraph", "If the fan misbehaves:"),
        ("table_row", "Fault: Belt squeals at start-up; What to do: Tension the belt to 8 mm deflection"),
        ("table_row", "Fault: Motor hot; What to do: Clean the fan cover"),
    ]
    # No header border, no header (as in reStructuredText): the cells are joined; an empty row is skipped.
    empty = "|                   |                      |"
    plain = [grid[0], grid[1], grid[5], grid[6], grid[7], empty, grid[7], *grid[3:6]]
    assert grid_rows(plain) == [
        "Fault | What to do",
        "Motor hot | Clean the fan cover",
        "Belt squeals at start-up | Tension the belt to 8 mm deflection",
    ]
    # One line per row under a ruled-off one-line header; a line with an empty first cell goes on the row above.
    listed = [grid[0], grid[1], grid[0], grid[3], "| Motor hot         | Clean the fan cover  |", empty, grid[0]]
    listed[5:5] = ["|                   | and the fins         |"]
    assert grid_rows(listed) == [
        "Fault: Belt squeals at; What to do: Tension the belt to",
        "Fault: Motor hot; What to do: Clean the fan cover and the fins",
    ]
    # A first cell wrapped onto the next line goes on with its row when the line goes on in lower case, or when,
    # under a cell left unfinished, none of its cells opens a sentence; a code in lower case ("e02") opens a row.
    wrapped = [
        "+------------------+------------------+",
        "| Fault            | What to do       |",
        "+------------------+------------------+",
        "| Kiln door sticks | Loosen the       |",
        "| at the top       | hinge (KD-HS-7)  |",
        "| Lamp flickers    | Tighten it or    |",
        "| often            | KD-LS-2 socket   |",
        "| e02              | reset            |",
        "+------------------+------------------+",
    ]
    assert grid_rows(wrapped) == [
        "Fault: Kiln door sticks at the top; What to do: Loosen the hinge (KD-HS-7)",
        "Fault: Lamp flickers often; What to do: Tighten it or KD-LS-2 socket",
        "Fault: e02; What to do: reset",
    ]
    # Alignment marks in the header's border; a ragged line is no grid this reader knows.
    aligned = [grid[0], grid[1], "+:==================+=====================:+", grid[6], grid[7]]
    assert grid_rows(aligned) == ["Fault: Motor hot; What to do: Clean the fan cover"]
    assert grid_rows([grid[0], "| Motor hot | Clean |", grid[0]]) is None
    assert grid_rows(["+----+", "just text"]) is None


def test_prose_and_lists_are_no_table() -> None:
    prose = ["The pump must be primed before it is started.", "Open the vent  and wait for water."]
    assert fixed_width_rows(prose) is None
    wrapped = ["Check the seal  for leaks.", "  and the gland."]  # continuation not indented far enough
    assert fixed_width_rows(wrapped) is None


def test_a_pdf_loses_its_running_header_and_footer_and_joins_a_sentence_cut_by_a_page_break() -> None:
    header = "TRM-OM-12 Rev B - Tarrow TR-5 / TR-9"
    pages = [
        [f"{header} Tarrow TR Series Transfer Pumps", "", "The TR-5 moves 5 m3/h of brine.", "", "Fault F4 means"],
        [header, "", "the suction strainer is blocked: clean it.", "", "Warning: isolate first.", "", "Page 2"],
        [header, "", "1. Close valve V-1.", "", "Page 3"],
    ]
    pages[0] += ["", "Page 1"]
    doc = load_bytes("tr.pdf", make_pdf(pages))
    texts = [b.text for b in doc.blocks]
    # The document number and "Page N" are in no block; the title keeps its own words.
    assert not any("TRM-OM-12" in t or t.startswith("Page ") for t in texts), texts
    assert texts[0] == "Tarrow TR Series Transfer Pumps"
    # The sentence cut by the page break is one block again, on the page where it starts.
    joined = next(b for b in doc.blocks if b.text.startswith("Fault F4"))
    assert joined.text == "Fault F4 means the suction strainer is blocked: clean it." and joined.page == 1
    # A block that ends its sentence, or a next page opening with a capital, is not joined.
    assert "Warning: isolate first." in texts and "1. Close valve V-1." in texts
    # A page number pypdf ran into the page's last paragraph is dropped from it.
    cut = [["Tarrow TR-5 manual", "", "Clean the strainer with water at", "Page 1"], ["once a week.", "", "Page 2"]]
    last = load_bytes("tr2.pdf", make_pdf(cut)).blocks[-1]
    assert last.text == "Clean the strainer with water at once a week.", last


def test_a_single_page_or_a_line_on_few_pages_is_not_a_running_line() -> None:
    one = load_bytes("one.pdf", make_pdf([["Page 1", "", "Prime the pump before the first start."]]))
    assert "Page 1" in [b.text for b in one.blocks]
    pages = [
        ["Section A", "", "Text one."],
        ["Other", "", "Text two."],
        ["More", "", "Text three."],
        ["Section A", "", "x."],
    ]
    doc = load_bytes("few.pdf", make_pdf(pages))
    assert [b.text for b in doc.blocks].count("Section A") == 2  # on 2 of 4 pages: kept


def test_content_that_repeats_at_page_edges_stays() -> None:
    # One model per page: the rows differ only in their numbers, which are the answers.
    sheet = [[f"KD-{m}", "", f"Weight: {w} kg"] for m, w in ((400, 410), (550, 520), (750, 610))]
    texts = [b.text for b in load_bytes("kd.pdf", make_pdf(sheet)).blocks]
    assert [t for t in texts if t.startswith("Weight")] == ["Weight: 410 kg", "Weight: 520 kg", "Weight: 610 kg"]
    # The same sentence on every page is content, and a page never loses all its text.
    checks = [[f"Daily check {n}", "", "Check oil level.", "", "Record results in the log."] for n in (1, 2, 3)]
    texts = [b.text for b in load_bytes("checks.pdf", make_pdf(checks)).blocks]
    assert texts.count("Record results in the log.") == 3 and texts.count("Check oil level.") == 3
    # A short line without a full stop on every page's edge reads as a running line, but a page whose
    # only text it is keeps it.
    lone = [[f"STEP {n}", "", "Check oil level"] for n in (1, 2, 3)]
    assert [b.text for b in load_bytes("lone.pdf", make_pdf(lone)).blocks].count("Check oil level") == 3
    # A cross-reference at a page's end is no page number; "45 Nm" and "kd-400" do not join pages.
    refs = [["Wiring", "", "For the wiring diagram see page 12"], ["Torque: 45 Nm"], ["kd-400 notes"]]
    texts = [b.text for b in load_bytes("refs.pdf", make_pdf(refs)).blocks]
    assert "For the wiring diagram see page 12" in texts and "Torque: 45 Nm" in texts and "kd-400 notes" in texts


# An indented fixed-width table under a column rule, with a cell that fills its column (one space to
# the next), a wrapped cell in each column and a wrapped first cell in lower case.
RULED_TABLE = """  Symptom                     Cause                      Remedy
  --------------------------  -------------------------  ----------------------
  Hopper bridges over and the Product damp; agitator     Dry the product; fit
  feed stops                  paddle worn                paddle HP-7
  Motor trips                 Overload set below 4.2 A   Set the overload
"""


def test_a_column_rule_says_where_each_column_of_an_indented_table_starts() -> None:
    _, blocks = parse_text("Feeder guide\n\nFAULTS\n\n" + RULED_TABLE)
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows == [
        "Symptom: Hopper bridges over and the feed stops; Cause: Product damp; agitator paddle worn; "
        "Remedy: Dry the product; fit paddle HP-7",
        "Symptom: Motor trips; Cause: Overload set below 4.2 A; Remedy: Set the overload",
    ]
    # No row is made of the rule itself.
    assert not any("---" in b.text for b in blocks)


def test_an_indented_table_without_a_rule_is_read_from_its_own_margin() -> None:
    table = [
        "  Code   Meaning            Action",
        "  E-01   Battery low        Charge it",
        "  E-12   Throttle fault     Check it",
    ]
    assert fixed_width_rows(table) == [
        "Code: E-01; Meaning: Battery low; Action: Charge it",
        "Code: E-12; Meaning: Throttle fault; Action: Check it",
    ]
    # A first row that is a sentence opens a list of codes; it labels nothing.
    codes = ["OK    Operating correctly.", "BT    Blow-through: steam passes.", "LK    Leaking trap."]
    assert fixed_width_rows(codes) == [
        "OK | Operating correctly.",
        "BT | Blow-through: steam passes.",
        "LK | Leaking trap.",
    ]
    # "Part no." is a label, not a sentence.
    parts = ["Part no.   Description", "HP-7       Agitator paddle", "HP-9       Seal kit"]
    assert fixed_width_rows(parts) == [
        "Part no.: HP-7; Description: Agitator paddle",
        "Part no.: HP-9; Description: Seal kit",
    ]


def test_a_column_rule_keeps_short_rows_apart_and_cells_that_run_on_whole() -> None:
    # A row in lower case is a row of its own unless the first cell above filled its column.
    params = [
        "Code  Parameter       Default",
        "----  --------------  -------",
        "SP    Setpoint        5 C",
        "dB    Deadband        2 K",
    ]
    assert fixed_width_rows(params) == [
        "Code: SP; Parameter: Setpoint; Default: 5 C",
        "Code: dB; Parameter: Deadband; Default: 2 K",
    ]
    wires = ["Wire colour   Terminal", "-----------   --------", "brown         L", "blue          N"]
    assert fixed_width_rows(wires) == ["Wire colour: brown; Terminal: L", "Wire colour: blue; Terminal: N"]
    # A header over the value columns keeps its models over a column rule.
    models = [
        "             PD-12        PD-15",
        "-----------  -----------  -----------",
        "Stack cap    12 pallets   15 pallets",
    ]
    assert fixed_width_rows([*models, "Oil tank     16 L         20 L"]) == [
        "Stack cap; PD-12: 12 pallets; PD-15: 15 pallets",
        "Oil tank; PD-12: 16 L; PD-15: 20 L",
    ]
    # A cell running past its column's start is split at its two spaces, not cut at the column.
    parts = ["Part   Description   Qty", "----   -----------   ---", "HP-7   Agitator seal assembly   2"]
    assert fixed_width_rows(parts) == ["Part: HP-7; Description: Agitator seal assembly; Qty: 2"]
    # One row under a ruled header is labelled; an empty cell leaves its neighbours under their labels.
    ruled = ["Code  Fault       Action", "----  ----------  ------", "F1    Overload    Reset"]
    assert fixed_width_rows(ruled) == ["Code: F1; Fault: Overload; Action: Reset"]
    assert fixed_width_rows([*ruled, "F3                Reset"])[1] == "Code: F3; Action: Reset"
    # A first cell that ends unfinished (a comma, "or") goes on at the margin on the next line.
    wrapped = [
        "Interval              Task",
        "--------------------  ----------------",
        "500 h or yearly,      Change the oil",
        "whichever is first",
        "Daily or             Drain the filter",
        "after each batch",
    ]
    assert fixed_width_rows(wrapped) == [
        "Interval: 500 h or yearly, whichever is first; Task: Change the oil",
        "Interval: Daily or after each batch; Task: Drain the filter",
    ]
    # A note at the margin under the table is no row of it; indented prose is no table.
    assert fixed_width_rows([*ruled, "Note: values at 20 C."]) is None
    prose = ["    Check the valve.  Then reset the unit.", "    Make sure the pump is off.  Wait 5 minutes."]
    assert fixed_width_rows(prose) is None


def test_a_ruled_table_reads_tabs_and_a_first_cell_wrapped_under_its_column() -> None:
    tabbed = ["Code\tFault\t\tAction", "----\t-----\t\t------", "F1\tOverload\tReset", "F2\tPhase loss\tCheck supply"]
    assert fixed_width_rows(tabbed) == [
        "Code: F1; Fault: Overload; Action: Reset",
        "Code: F2; Fault: Phase loss; Action: Check supply",
    ]
    # Under a column rule a wrapped cell goes on under its own column, however narrow the first one is.
    wrapped = [
        "No  Part             Qty",
        "--  ---------------  ---",
        "1   Agitator seal    2",
        "    assembly, long",
        "2   Paddle           1",
    ]
    assert fixed_width_rows(wrapped) == [
        "No: 1; Part: Agitator seal assembly, long; Qty: 2",
        "No: 2; Part: Paddle; Qty: 1",
    ]
    # A first cell goes on at the margin when the line's first word would not have fit after it in its column.
    label = [
        "Item                          Value",
        "----------------------------  ---------",
        "Accuracy, low flow, without   +/-1.4 %",
        "proving",
        "Repeatability                 +/-0.1 %",
    ]
    assert fixed_width_rows(label) == [
        "Item: Accuracy, low flow, without proving; Value: +/-1.4 %",
        "Item: Repeatability; Value: +/-0.1 %",
    ]
    # A row whose every cell wraps in lower case goes on, though its first cell neither filled its column nor
    # ended unfinished; a line of its own in capitals, or under a finished sentence, is a row of its own.
    symptoms = [
        "Symptom                     Cause                  Remedy",
        "--------------------------  ---------------------  ----------------",
        "Pump stops by itself        Float switch stuck     Free the float",
        "every few minutes           with scale             and descale it",
        "Pump noisy                  Air in the suction     Bleed the pump.",
        "on start                    line                   again on start",
    ]
    assert fixed_width_rows(symptoms) == [
        "Symptom: Pump stops by itself every few minutes; Cause: Float switch stuck with scale; Remedy: Free the "
        "float and descale it",
        "Symptom: Pump noisy; Cause: Air in the suction; Remedy: Bleed the pump.",
        "Symptom: on start; Cause: line; Remedy: again on start",
    ]
    # A wrapped cell may open with a bracket before its lower-case word: the row goes on all the same.
    bracketed = [
        "Symptom                   Cause                   Remedy",
        "------------------------  ----------------------  ----------------------",
        "Flow reading unsteady     Air drawn in            Tighten the gland",
        "at low speed              (mainly after a filter  by 2 turns at most",
        "                          change)",
        "Pump does not start       Interlock open          Close the guard",
    ]
    assert fixed_width_rows(bracketed) == [
        "Symptom: Flow reading unsteady at low speed; Cause: Air drawn in (mainly after a filter change); Remedy: "
        "Tighten the gland by 2 turns at most",
        "Symptom: Pump does not start; Cause: Interlock open; Remedy: Close the guard",
    ]
    # Rows of short values in lower case stay rows: no phrase or unfinished cell above them goes on.
    modes = ["Mode     Lamp   Buzzer", "-------  -----  ------", "run      green  off", "fault    red    on"]
    assert fixed_width_rows(modes) == ["Mode: run; Lamp: green; Buzzer: off", "Mode: fault; Lamp: red; Buzzer: on"]
    # Under a cell left unfinished ("by"), a wrapped line goes on though a cell of it opens with a value or a
    # code; one that opens a sentence of its own ("Refill ...") does not, nor a line under finished cells.
    unfinished = [
        "Symptom                   Cause                     Remedy",
        "------------------------  ------------------------  ----------------------",
        "Kiln door sticks          Seal swollen, or door     Loosen the hinge by",
        "at the top                hinge worn                2 turns; fit KD-HS-7",
        "Door light flickers       Lamp loose, or            Tighten the lamp",
        "often                     socket burnt              Refill the socket",
        "Fan slow                  Belt worn                 Change the belt",
        "at start                  3 mm                      KD-FB-2",
    ]
    assert fixed_width_rows(unfinished) == [
        "Symptom: Kiln door sticks at the top; Cause: Seal swollen, or door hinge worn; Remedy: Loosen the hinge by "
        "2 turns; fit KD-HS-7",
        "Symptom: Door light flickers; Cause: Lamp loose, or; Remedy: Tighten the lamp",
        "Symptom: often; Cause: socket burnt; Remedy: Refill the socket",
        "Symptom: Fan slow; Cause: Belt worn; Remedy: Change the belt",
        "Symptom: at start; Cause: 3 mm; Remedy: KD-FB-2",
    ]


def test_a_numbered_subsection_title_is_a_heading_under_its_section() -> None:
    text = (
        "Dispenser guide\n\n5  PROCEDURES\n\n5.3 Changing the hydraulic oil\n  1. Lower the lift.\n"
        "  2. Drain the oil.\n\n5.4 Aligning a photocell\nClean the lenses.\n\n"
        "2.5 mm cable is enough for the sensor.\n\n1.5 Nm on the screws.\n"
    )
    _, blocks = parse_text(text)
    headings = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert headings[1:] == [
        ("5  PROCEDURES", 2),
        ("5.3 Changing the hydraulic oil", 3),
        ("5.4 Aligning a photocell", 3),
    ]
    # A value or a sentence that opens with a decimal number stays text.
    body = [b.text for b in blocks if b.kind == "paragraph"]
    assert "2.5 mm cable is enough for the sensor." in body and "1.5 Nm on the screws." in body


def test_an_ordered_lists_items_keep_their_numbers_as_steps() -> None:
    page = """<h3>Replacing the lamp</h3><ol><li>Switch off.</li><li>Open the lid.</li></ol>
<ul><li>A note.</li></ul><ol start="4"><li>Fit the lamp<ul><li>glass clean</li></ul></li><li>Close.</li></ol>"""
    doc = load_bytes("lamp.html", page.encode())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Replacing the lamp"),
        ("list_item", "1. Switch off."),
        ("list_item", "2. Open the lid."),
        ("list_item", "A note."),  # unordered: no number
        ("list_item", "4. Fit the lamp"),  # numbered from the list's start
        ("list_item", "glass clean"),
        ("list_item", "5. Close."),
    ]
    # A nested ordered list's items are no steps of their own; an item that writes its number keeps it.
    nested = "<ol><li>Drain the tank.<ol><li>Open the valve.</li></ol></li><li>2. Refill.</li></ol>"
    doc = load_bytes("tank.html", nested.encode())
    assert [b.text for b in doc.blocks] == ["1. Drain the tank.", "Open the valve.", "2. Refill."]


def test_a_list_item_written_as_a_paragraph_keeps_its_number() -> None:
    # Editors often wrap an item's text in <p>; a second paragraph of the item is no new step.
    page = """<ol><li><p>Isolate the heater.</p></li><li>
<p>Remove the cover.</p><p>Keep the screws.</p></li><li><p>Fit the element</p></ol><p>Then test it.</p>"""
    doc = load_bytes("heater.html", page.encode())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("list_item", "1. Isolate the heater."),
        ("list_item", "2. Remove the cover."),
        ("paragraph", "Keep the screws."),
        ("list_item", "3. Fit the element"),  # an unclosed item ends with its list
        ("paragraph", "Then test it."),  # after the list: a paragraph again
    ]
    # An item with no text of its own (a command in <pre>) still takes its number, as a browser shows it.
    doc = load_bytes("cmd.html", b"<ol><li><pre>reset all</pre></li><li><p>Restart.</p></li></ol>")
    assert [b.text for b in doc.blocks] == ["reset all", "2. Restart."]


def test_a_header_of_labels_sets_the_columns_a_wrapped_or_run_in_cell_keeps() -> None:
    faults = (
        "Code  Meaning                          Action\n"
        "K01   Emergency stop                   Release and reset\n"
        "K02   Hopper empty; feed gate          Refill the hopper and\n"
        "      closed                           restart\n"
        "K03   Belt slip                        Tension the belt\n"
    )
    _, blocks = parse_text("Feeder guide\n\nFAULTS\n\n" + faults)
    rows = [b.text for b in blocks if b.kind == "table_row"]
    # The wrapped cell stands under its own column at an indent of six: before, the table was prose.
    assert rows[1] == "Code: K02; Meaning: Hopper empty; feed gate closed; Action: Refill the hopper and restart"
    data = (
        "                           BX-10          BX-20\n"
        "Belt width                 400 mm         600 mm\n"
        "Capacity (dry sand, moist) 4-5 t/h        6-8 t/h\n"
        "Max. load (L x W x H)      1200 x 800 mm (both)\n"
    )
    _, blocks = parse_text("Feeder guide\n\nDATA\n\n" + data)
    rows = [b.text for b in blocks if b.kind == "table_row"]
    # A label run into its first value by one space is cut at the value column; a value for both models
    # is not cut at its own space.
    assert rows[1] == "Capacity (dry sand, moist); BX-10: 4-5 t/h; BX-20: 6-8 t/h"
    assert rows[2] == "Max. load (L x W x H) | 1200 x 800 mm (both)"


def test_a_wrapped_row_goes_on_in_every_column_when_its_first_words_had_no_room_in_the_first() -> None:
    # Strings written for the rule (loaders._goes_on, _continues): a symptom that wrapped in its column, the cells
    # beside it wrapping too, none of them opening a sentence.
    symptoms = [
        "Trouble                        Cause                          Action",
        "-----------------------------  -----------------------------  ------------------------------",
        "Hopper bridges over on a wet   Salt moisture above 3 percent  Run the vibrator in bursts; dry",
        "afternoon                      (RH over 80 percent)           the salt before filling (7.2)",
        "Screw stops at start           Motor overload                 Reset the overload",
    ]
    assert fixed_width_rows(symptoms) == [
        "Trouble: Hopper bridges over on a wet afternoon; Cause: Salt moisture above 3 percent (RH over 80 percent);"
        " Action: Run the vibrator in bursts; dry the salt before filling (7.2)",
        "Trouble: Screw stops at start; Cause: Motor overload; Action: Reset the overload",
    ]
    # A bracket left open may open the words that go on, a closed one opens a row ("(option) guard heater"); a first
    # cell may wrap over three lines, each judged by the line above.
    intervals = [
        "When                          Work",
        "----------------------------  ------------------------------------",
        "Yearly                        Check the brake lining",
        "Every 3 years or 8000         Change the gear oil: 3.5 L (DX-20) or",
        "running hours, whichever      5.0 L (DX-30)",
        "comes first",
        "Belt slips at the drive       Retension the belt (section 6)",
        "(mostly on a wet",
        "morning)",
        "Belt noisy at start up        Check the guard (section 6)",
        "(option) guard heater         Ask Dravik service",
    ]
    assert fixed_width_rows(intervals) == [
        "When: Yearly; Work: Check the brake lining",
        "When: Every 3 years or 8000 running hours, whichever comes first; Work: Change the gear oil: 3.5 L (DX-20) or"
        " 5.0 L (DX-30)",
        "When: Belt slips at the drive (mostly on a wet morning); Work: Retension the belt (section 6)",
        "When: Belt noisy at start up; Work: Check the guard (section 6)",
        "When: (option) guard heater; Work: Ask Dravik service",
    ]
    # Not from the header: a first data row in lower case under a long label is a row of its own.
    limits = [
        "Tensile strength of the sheet   Bend radius          Speed",
        "------------------------------  -------------------  ------",
        "up to 400 N/mm2                 1 x thickness        fast",
        "401 - 600 N/mm2                 1.5 x thickness      slow",
    ]
    assert fixed_width_rows(limits) == [
        "Tensile strength of the sheet: up to 400 N/mm2; Bend radius: 1 x thickness; Speed: fast",
        "Tensile strength of the sheet: 401 - 600 N/mm2; Bend radius: 1.5 x thickness; Speed: slow",
    ]
    # Nor a row beside values or codes that did not wrap: "hi-temp alarm" is a parameter of its own.
    params = [
        "Parameter                Unit   Range      Default",
        "-----------------------  -----  ---------  -------",
        "tAcc ramp up time        s      0.1-999    5.0",
        "hi-temp alarm            C      40-90      75",
    ]
    assert fixed_width_rows(params) == [
        "Parameter: tAcc ramp up time; Unit: s; Range: 0.1-999; Default: 5.0",
        "Parameter: hi-temp alarm; Unit: C; Range: 40-90; Default: 75",
    ]
    # Nor a row whose other cells open sentences of their own: "lid open on the feeder" is a trouble of its own.
    rows = [
        "Trouble                        Cause                          Action",
        "-----------------------------  -----------------------------  ------------------------------",
        "Hopper bridges over on a wet   Salt too damp                  Run the vibrator",
        "lid open on the feeder         Lid switch faulty              Close the lid; check the switch",
    ]
    assert fixed_width_rows(rows) == [
        "Trouble: Hopper bridges over on a wet; Cause: Salt too damp; Action: Run the vibrator",
        "Trouble: lid open on the feeder; Cause: Lid switch faulty; Action: Close the lid; check the switch",
    ]
