"""Generate the PDF manuals of the hundred-and-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example the project's environment:
    /work/main/.venv/bin/python knowledge/samples/hundredfirst/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second set's
make_pdfs.py; everything else is new.
"""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace

OUT = Path(__file__).resolve().parent / "manuals"
FONT = "helvetica"


class Manual(FPDF):
    def __init__(self, header_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def header(self) -> None:
        self.set_font(FONT, "", 8)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def render(pdf: Manual, blocks: list[tuple]) -> None:
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font(FONT, "B", 16)
            pdf.multi_cell(0, 8, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(FONT, "B", 12)
            pdf.multi_cell(0, 6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(FONT, "", 10)
            pdf.multi_cell(0, 5, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "warn":
            pdf.set_font(FONT, "B", 10)
            pdf.multi_cell(0, 5, rest[0], border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font(FONT, "", 10)
            for item in rest[0]:
                pdf.multi_cell(0, 5, f"- {item}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ol":
            pdf.set_font(FONT, "", 10)
            for i, item in enumerate(rest[0], 1):
                pdf.multi_cell(0, 5, f"{i}. {item}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, widths = rest[0], rest[1]
            pdf.set_font(FONT, "", 9)
            bold = FontFace(emphasis="BOLD")
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, headings_style=bold) as table:
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        elif kind == "cols":
            render_columns(pdf, rest[0])
        elif kind == "page":
            pdf.add_page()
        else:
            raise ValueError(kind)


def render_columns(pdf: Manual, items: list[tuple[str, str]]) -> None:
    """Body text flowing in two columns; used for the limit and setting pages."""
    pdf.set_font(FONT, "", 9.5)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15) as cols:
        for sub, text in items:
            if sub == "h":
                cols.write("\n")
                pdf.set_font(FONT, "B", 10.5)
                cols.write(text + "\n")
                pdf.set_font(FONT, "", 9.5)
            elif sub == "warn":
                pdf.set_font(FONT, "B", 9.5)
                cols.write(text + "\n\n")
                pdf.set_font(FONT, "", 9.5)
            else:
                cols.write(text + "\n\n")
    pdf.ln(2)



# ---------------------------------------------------------------- Cribrano CRS free-swinging plansifters
CRIBRANO = [
    ("title", "Cribrano CRS Free-Swinging Plansifters\nOperation and Maintenance Manual - CRS-6 and CRS-8"),
    (
        "p",
        "Document CRB-OM-CRS-04, Edition 3, March 2025. Cribrano Milling Systems. The CRS-6 and CRS-8 are "
        "free-swinging plansifters for grading break, sizing and reduction stock in flour and semolina mills. The "
        "sifter box hangs from the ceiling structure on sixteen glass fibre canes, four at each corner, and is set "
        "in a circular motion by a central drive with an unbalanced mass made up of counterweight plates. Each "
        "section holds a stack of square sieve frames with sieve cleaners, clamped by four clamping spindles. Stock "
        "enters each section through a flexible inlet sock and leaves through the outlet socks at the bottom. The "
        "CRS-6 has six sections, the CRS-8 eight; apart from the values given for each model, the two sifters are "
        "built alike.",
    ),
    (
        "p",
        "The ceiling structure that carries the sifter, the spouting above and below the socks and the sieving "
        "diagram (which cloth goes in which frame) are the responsibility of the mill and its mill designer; this "
        "manual does not give them. Sieve frames are re-clothed by Cribrano service or by a sieve shop approved by "
        "Cribrano; the cloth tension and the re-clothing method are not described here.",
    ),
    (
        "warn",
        "WARNING: Never open a section door or loosen a clamping spindle while the box is moving. The box keeps "
        "swinging for up to a minute after the drive is switched off: wait until it hangs still, then lock the main "
        "switch. Never stand between the box and a wall or column while it runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CRS-6", "CRS-8"],
            ["Sections (sieve stacks)", "6", "8"],
            ["Sieve frames per section, maximum (including the bottom frame)", "28", "28"],
            ["Sieve frame, outer size", "640 x 640 mm", "640 x 640 mm"],
            ["Net sieving area per frame", "0.36 m²", "0.36 m²"],
            ["Total sieving area with 28 frames in every section", "60.5 m²", "80.6 m²"],
            ["Gyration speed (fixed, 50 Hz supply)", "245 rpm", "238 rpm"],
            ["Gyration circle, nominal, box loaded with product", "72 mm", "76 mm"],
            ["Counterweight plates fitted at delivery", "14", "18"],
            ["Drive motor 400 V 3~ 50 Hz", "3.0 kW, 6.3 A", "4.0 kW, 8.1 A"],
            ["Mass of the box with all sieves fitted, empty", "3900 kg", "5100 kg"],
            ["Maximum operating mass, with product", "4300 kg", "5650 kg"],
            ["Static load per corner (four corners) at maximum operating mass", "10.5 kN", "13.9 kN"],
            ["Dynamic horizontal force per corner in operation", "±1.2 kN", "±1.6 kN"],
            ["Canes (glass fibre suspension rods)", "16, length 1650 mm", "16, length 1650 mm"],
            [
                "Throughput, first break (B1), soft wheat tempered to 16.0-16.5 % moisture, B1 release 30-35 %",
                "up to 16 t/h",
                "up to 21 t/h",
            ],
            ["Sound pressure level at 1 m", "74 dB(A)", "76 dB(A)"],
            ["Brake", "spring-applied disc brake, 24 V DC release", "spring-applied disc brake, 24 V DC release"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput holds only for the first break of soft wheat under the stated conditions and with the "
        "sieving diagram laid out by the mill designer. Throughputs for durum wheat, rye and later passages depend on "
        "the diagram and are not given in this manual; ask the Cribrano process department.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the sifter may open sections or change sieves. Lock the main switch before any "
            "work on the box, the drive or the canes.",
            "The sifter must never run with a section door open, with a clamping spindle loose or with any cane "
            "missing.",
            "Flour dust can form explosive mixtures. Keep the socks tight on their spigots and clean up spilled "
            "stock at once. The explosion protection zones around the sifter are set out in the mill's explosion "
            "protection document.",
            "Wear hearing protection where the mill's signs require it.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Gyration circle"),
            (
                "p",
                "The circle is read on the circle label fixed to the side of the box: the printed circles seem to "
                "touch at the diameter the box actually describes. With product running, the circle must be within "
                "±4 mm of the nominal value: 68-76 mm on the CRS-6 and 72-80 mm on the CRS-8. Running empty, the "
                "circle is about 6 mm larger. One counterweight plate changes the circle by about 2.5 mm; add plates "
                "in pairs, one on each side of the drive. Never run with fewer than 10 plates (CRS-6) or 14 plates "
                "(CRS-8).",
            ),
            ("h", "Starting and stopping"),
            (
                "p",
                "The box passes its resonance at low speed, where it swings widely. The soft starter brings the drive "
                "to speed in 8-12 s. On stopping, the brake applies 5 s after the drive is switched off and the box "
                "must come to rest in no more than 60 s. Start the sifter no more than 6 times per hour.",
            ),
            ("h", "Canes"),
            (
                "p",
                "All sixteen canes must be of the same free length within ±1 mm, and the box must hang level within "
                "2 mm per metre, checked with a spirit level on the top frame. Replace all sixteen canes every 5 "
                "years or 20 000 operating hours, whichever comes first, or at once when any cane shows a crack, a "
                "white (delaminated) area or a kink. Never replace single canes.",
            ),
            ("h", "Stack clamping"),
            (
                "p",
                "Tighten the four clamping spindles of a section crosswise to 120 Nm with the torque wrench supplied. "
                "A loose stack lets stock pass between the frames and wears the frame seals. Re-tighten every section "
                "that was opened after the first 8 h of running.",
            ),
            ("h", "Sieve cleaners"),
            (
                "p",
                "Flour sieves (cloth of 200 µm or finer) use pad cleaners, coarse sieves use rubber ball cleaners, "
                "five balls per compartment. Replace pad cleaners worn below 14 mm in height (18 mm new) and balls "
                "worn below 26 mm in diameter (30 mm new).",
            ),
            ("h", "Socks"),
            (
                "p",
                "Inlet and outlet socks must hang free with at least 20 mm of slack and must not touch each other or "
                "the frame. Replace all socks every 12 months, or sooner if they are worn or stiff.",
            ),
            ("h", "Sieve load"),
            (
                "p",
                "Specific load (t/h per m²) = throughput of the passage (t/h) / sieving area given to the passage "
                "(m²). The limits for each passage are in the sieving diagram, not in this manual.",
            ),
        ],
    ),
    ("h", "4. Alarm codes of the monitoring unit"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Motor overload",
                "Motor protection tripped: a choked section, the box rubbing on something, or a phase lost. Check "
                "that the box swings free, then reset.",
            ],
            [
                "A02",
                "Speed low",
                "Drive speed more than 5 % below nominal (below 233 rpm on the CRS-6, 226 rpm on the CRS-8) for "
                "10 s: V-belts slipping. Re-tension or replace the belts.",
            ],
            [
                "A03",
                "Circle large",
                "Circle more than 8 mm above nominal: sections running empty, or counterweight plates added.",
            ],
            [
                "A04",
                "Circle small",
                "Circle more than 8 mm below nominal: a section overfilled or choked, or too few plates.",
            ],
            [
                "A05",
                "Run-down too long",
                "Box not at rest 60 s after switching off: brake lining worn or brake not applied.",
            ],
            [
                "A06",
                "Resonance swing",
                "Box swing above 120 mm while starting or stopping: soft starter ramp too long or brake weak.",
            ],
            ["A07", "Inlet choke", "Level probe in an inlet head covered for 5 s. Check the outlets of that section."],
            [
                "A09",
                "Outlet choke",
                "Level probe in an outlet spout covered: spouting below the sifter blocked. Stop the feed at once.",
            ],
            ["A10", "Brake", "Brake release not confirmed within 2 s of starting. Check the 24 V DC supply."],
            [
                "A11",
                "Box tilt",
                "Box out of level by more than 5 mm per metre: a cane broken or slipped in its holder. Stop at "
                "once and do not restart until the canes are checked.",
            ],
            ["A12", "Service due", "4000 operating hours since the last service. The sifter keeps running."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Flour carried over into the coarse fractions (overtails)",
                "Sieve cleaners worn or missing, cloth blinded, or the passage overloaded",
                "Check the cleaners against the wear limits; clean the cloth; check the specific load",
            ],
            [
                "Specks or coarse particles in the flour",
                "Torn cloth, a damaged frame seal, or a stack not clamped",
                "Check each frame of the section; re-tighten the spindles to 120 Nm",
            ],
            [
                "Box knocks or swings widely at start and stop",
                "Resonance passed too slowly: soft starter ramp too long, brake weak",
                "Check the ramp (8-12 s) and the run-down time (60 s or less)",
            ],
            [
                "Socks wear through within weeks",
                "Socks too tight, too short, or rubbing on each other",
                "Refit with at least 20 mm of slack",
            ],
            [
                "Box hangs crooked or swings unevenly",
                "A cane broken or slipped",
                "Stop at once (A11); check all canes",
            ],
            [
                "Section chokes again and again (A07)",
                "Outlet spout blocked or a sieve overloaded",
                "Clear the spouting; check the sieving diagram with the mill",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that all section doors are closed and all clamping spindles are tight.",
            "Check that the socks hang free and that no tool or person is near the box.",
            "Start the mill's spouting and conveyors below the sifter.",
            "Start the sifter and wait until the monitoring unit shows RUN (after 8-12 s).",
            "Open the feed to the sifter.",
            "To stop, close the feed and let the sifter run for at least 2 min so that the sieves empty.",
            "Switch the sifter off; the brake applies after 5 s. Wait until the box hangs still before opening any "
            "door.",
        ],
    ),
    ("h", "7. Checking the gyration circle"),
    (
        "ol",
        [
            "Run the sifter with all sections fed at their normal throughput for at least 10 min.",
            "Read the circle on the circle label from a distance of about 1 m, looking square on to the label.",
            "Compare the reading with the allowed range: 68-76 mm (CRS-6) or 72-80 mm (CRS-8).",
            "If it is outside, stop the sifter, lock the main switch and wait until the box hangs still.",
            "Add a pair of counterweight plates to enlarge the circle, or remove a pair to reduce it; one plate "
            "changes the circle by about 2.5 mm.",
            "Tighten the counterweight bolts to 210 Nm.",
            "Restart, feed the sifter and read the circle again.",
            "Note the number of plates fitted in the sifter logbook.",
        ],
    ),
    ("h", "8. Changing a sieve frame"),
    (
        "ol",
        [
            "Stop the sifter as in section 6 and lock the main switch.",
            "Open the section door and release the four clamping spindles.",
            "Pull the frames out one by one in order and lay them on a clean table in the same order.",
            "Replace the damaged frame by one with the same cloth, as given in the sieving diagram.",
            "Check the cleaners of each frame and the frame seals; replace worn parts.",
            "Slide the frames back in the same order, with the marked corner to the front.",
            "Tighten the spindles crosswise to 120 Nm and close the door.",
            "Restart; re-tighten the spindles after the first 8 h of running.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the socks for wear and holes; look at the box hanging level and the circle"],
            ["Weekly", "Check the run-down time; clean the level probes"],
            ["Monthly", "Check the V-belt tension; check the canes for cracks and white areas"],
            ["Every 2000 h", "Grease the drive bearings: 40 g (CRS-6) or 55 g (CRS-8) of NLGI 2 lithium complex grease"],
            ["12 months", "Replace all socks; check every sieve frame, its cleaners and seals"],
            ["5 years or 20 000 h, whichever comes first", "Replace all sixteen canes (Cribrano service)"],
            ["4000 h (A12)", "Cribrano service: drive, brake, monitoring unit"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CRS-6", "CRS-8"],
            ["Cane set (16 canes with holders)", "CRB-CN-16", "CRB-CN-16"],
            ["Counterweight plate", "CRB-CW-06", "CRB-CW-08"],
            ["V-belt set", "CRB-VB-06", "CRB-VB-08"],
            ["Brake lining kit", "CRB-BL-30", "CRB-BL-40"],
            ["Pad cleaner, 50 pieces", "CRB-PC-50", "CRB-PC-50"],
            ["Rubber ball cleaner 30 mm, 100 pieces", "CRB-RB-30", "CRB-RB-30"],
            ["Cotton sock 200 mm, 1 m", "CRB-SK-200", "CRB-SK-200"],
            ["Circle label", "CRB-CL-72", "CRB-CL-76"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vallorin PR semolina purifiers
VALLORIN = [
    ("title", "Vallorin PR Semolina Purifiers\nOperating and Maintenance Instructions - PR-46 and PR-60"),
    (
        "p",
        "Document VLN-OI-PR-02, Edition 2, November 2024. Vallorin Mill Equipment. The PR-46 and PR-60 purifiers "
        "grade semolina and middlings by size and separate them by specific weight. The stock runs in a layer over "
        "three sieve decks, one above the other, that vibrate in a straight-line motion. Air drawn upward through "
        "the sieves lifts the light bran particles out of the layer into the aspiration hood. Each deck is 2000 mm "
        "long and made of four sieve sections of 500 mm; the cloth becomes coarser from the inlet to the tail end. "
        "Sixteen air valves, one above each pair of sections, set the air on each part of the sieve. Two "
        "counter-rotating vibrator motors drive the trough, which rests on rubber buffers. Travelling brushes under "
        "each sieve keep the cloth open. The PR-46 has sieves 460 mm wide, the PR-60 sieves 600 mm wide; apart from "
        "the values given for each model, the two purifiers are built alike.",
    ),
    (
        "p",
        "The purifier is connected to the mill's aspiration system. The filter, the fan, the main dampers and the "
        "ducting are set out in the aspiration plant's own documents, and the cloth for each section (the mill "
        "flow sheet) is chosen by the mill's technologist; neither is given here.",
    ),
    (
        "warn",
        "WARNING: Lock the main switch before opening the sieve doors or the aspiration hood. The vibrator motors "
        "carry adjustable unbalanced weights: never run them with their guards removed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PR-46", "PR-60"],
            ["Sieve width", "460 mm", "600 mm"],
            ["Sieve length (four sections of 500 mm)", "2000 mm", "2000 mm"],
            ["Sieve decks", "3", "3"],
            ["Sieving area, all three decks", "2.76 m²", "3.60 m²"],
            [
                "Throughput, durum semolina 250-600 µm, with the recommended airflow",
                "1.6-2.4 t/h",
                "2.1-3.1 t/h",
            ],
            ["Throughput, soft wheat coarse middlings", "1.0-1.6 t/h", "1.3-2.1 t/h"],
            ["Aspiration airflow, recommended", "50 m³/min", "65 m³/min"],
            [
                "Static pressure at the aspiration spigot, all air valves open",
                "550-650 Pa below atmospheric",
                "550-650 Pa below atmospheric",
            ],
            ["Aspiration spigot diameter", "200 mm", "225 mm"],
            ["Air valves", "16", "16"],
            ["Vibrator motors, 960 rpm", "2 x 0.25 kW", "2 x 0.37 kW"],
            ["Stroke, product running", "4.5 mm ±0.3 mm", "5.0 mm ±0.3 mm"],
            ["Sieve inclination, adjustable", "0.5-2.5°", "0.5-2.5°"],
            ["Brush drive gear motor", "0.12 kW", "0.12 kW"],
            ["Mass without product", "680 kg", "820 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold only with the recommended airflow at the spigot, the sieve inclination at 1.5° and a "
        "cloth layout suited to the stock. Throughputs for other stocks, such as maize grits or rye middlings, are "
        "not given in this manual; ask Vallorin.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock the main switch before any work on the trough, the sieves, the brushes or the vibrators.",
            "Never step on the trough or the aspiration hood; they are not walkways.",
            "The aspiration hood and the ducting may hold dust deposits. Keep the inspection windows closed and "
            "clean up spilled stock at once; the explosion protection zones are set out in the mill's explosion "
            "protection document.",
            "Replace a cracked inspection window at once; never run the purifier with a window missing.",
        ],
    ),
    ("h", "3. Settings"),
    (
        "cols",
        [
            ("h", "Aspiration first"),
            (
                "p",
                "Before setting the air valves, check the static pressure at the aspiration spigot with all sixteen "
                "valves fully open: it must be 550-650 Pa below atmospheric. If it is lower, the mill's aspiration "
                "(fan, filter, dampers) must be corrected first; the air valves of the purifier cannot make up for "
                "too little suction.",
            ),
            ("h", "Product layer"),
            (
                "p",
                "The layer on the first sieve section must be 10-15 mm deep for durum semolina and 8-12 mm for soft "
                "wheat middlings. A thinner layer lets the air break through in holes and carries good semolina into "
                "the aspiration. The layer should thin out towards the tail end.",
            ),
            ("h", "Air valves"),
            (
                "p",
                "Each valve has a scale from 0 (closed) to 10 (open). The right setting makes the layer move gently: "
                "particles lift and drop, with no holes and no dead areas. Change a valve by no more than one step "
                "at a time and wait 2 min before judging the result. Typical settings rise from 3-4 at the inlet to "
                "6-8 at the tail end.",
            ),
            ("h", "Stroke"),
            (
                "p",
                "The stroke is read on the stroke label on the side of the trough, with product running: 4.5 mm "
                "±0.3 mm on the PR-46 and 5.0 mm ±0.3 mm on the PR-60. It is set by the unbalanced weights of the "
                "vibrators. Both vibrators must always carry the same weight setting; different settings twist the "
                "trough and crack the buffers.",
            ),
            ("h", "Inclination"),
            (
                "p",
                "The sieve inclination is set at the four adjusting screws under the trough, 0.5-2.5°, 1.5° at "
                "delivery. A steeper sieve moves the stock faster and lets more of it reach the tail.",
            ),
            ("h", "Brushes"),
            (
                "p",
                "The brush carriages travel the length of each sieve once every 40 s. Replace the brush strips when "
                "the bristles are shorter than 8 mm (14 mm new).",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Left vibrator overload", "Motor protection of the left vibrator tripped. Check the motor and its cable."],
            ["M02", "Right vibrator overload", "As M01, right vibrator."],
            [
                "M03",
                "Stroke low",
                "Stroke below 3.8 mm for 20 s: layer too heavy, an unbalanced weight loose, or one vibrator "
                "stopped.",
            ],
            [
                "M04",
                "Stroke high",
                "Stroke above 6.0 mm: weights set differently or moved, or a rubber buffer broken.",
            ],
            [
                "M05",
                "Air low",
                "Pressure in the hood less than 300 Pa below atmospheric: the mill's fan stopped, its filter "
                "blocked or the main damper closed.",
            ],
            [
                "M07",
                "Brush drive",
                "A brush carriage did not reach the end of its travel within 45 s: chain broken or carriage jammed.",
            ],
            ["M08", "Inlet choke", "Level probe in the inlet box covered. Check the feed and the tail outlets."],
            ["M09", "Tail outlet choke", "Level probe in a tail outlet covered: spouting below blocked."],
            ["M10", "Service due", "6000 operating hours since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bran specks left in the purified semolina",
                "Too little air on those sections, cloth too coarse, or the layer too thick",
                "Open the valves over those sections one step at a time; check the spigot pressure first",
            ],
            [
                "Good semolina carried into the aspiration",
                "Too much air, or a layer too thin at the inlet end",
                "Close the inlet valves one step; feed enough for a 10-15 mm layer",
            ],
            [
                "Good stock running over the tail",
                "Cloth blinded or too fine, brushes worn, inclination too steep, stroke low",
                "Check the brushes (8 mm), the stroke and the inclination",
            ],
            [
                "Stock runs along one side of the sieve",
                "Purifier not level across its width, or uneven feed across the inlet",
                "Level the purifier across; check the inlet distributor flap",
            ],
            [
                "Knocking noise, trough jumps",
                "Rubber buffer cracked, or weights set differently",
                "Replace the buffers as a set; set both weights the same",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up and setting the air valves"),
    (
        "ol",
        [
            "Check that the sieve doors, the hood and the inspection windows are closed.",
            "Start the mill's aspiration and check the spigot pressure with all valves open: 550-650 Pa below "
            "atmospheric.",
            "Set all sixteen air valves to 2.",
            "Start the vibrators and the brush drive; check the stroke on the label.",
            "Open the feed and wait until the layer on the first section is 10-15 mm (durum) or 8-12 mm (soft "
            "wheat).",
            "Open the valves from the inlet end one step at a time, waiting 2 min after each change, until the layer "
            "moves gently with no holes.",
            "Go on towards the tail end in the same way.",
            "Take samples of the purified stock and of the aspirated stock and check them for specks and good "
            "semolina.",
            "Note the valve settings in the purifier logbook.",
        ],
    ),
    ("h", "7. Changing a sieve frame"),
    (
        "ol",
        [
            "Stop the feed and let the purifier run empty for 2 min.",
            "Stop the vibrators and the brush drive and lock the main switch.",
            "Open the sieve door of the deck and release the two frame clamps.",
            "Pull the frame out on its rails; the brush carriage stays in the trough.",
            "Slide in the new frame with the cloth given for that section in the mill flow sheet.",
            "Close the clamps and the door.",
            "Restart and check that the brush carriages travel freely (no M07).",
        ],
    ),
    ("h", "8. Checking and adjusting the stroke"),
    (
        "ol",
        [
            "Run the purifier with product and read the stroke on the stroke label.",
            "If it is outside 4.5 mm ±0.3 mm (PR-46) or 5.0 mm ±0.3 mm (PR-60), stop and lock the main switch.",
            "Remove the guards of both vibrators.",
            "Loosen the outer weights and turn them to the new setting, the same on both ends of both motors.",
            "Tighten the weight bolts to 25 Nm and refit the guards.",
            "Restart with product and read the stroke again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the layer, the stroke and the samples; look through the inspection windows"],
            ["Weekly", "Clean the inspection windows inside; check the brushes for travel"],
            ["Monthly", "Check the rubber buffers for cracks; check the brush chains"],
            ["Every 3000 h or 12 months, whichever comes first", "Check the brush strips (replace below 8 mm)"],
            ["6000 h (M10)", "Vallorin service: vibrators, buffers, brush drive"],
            ["Vibrator bearings", "Replaced by Vallorin service; not to be regreased"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PR-46", "PR-60"],
            ["Sieve frame, without cloth", "VLN-SF-46", "VLN-SF-60"],
            ["Brush strip set, one deck", "VLN-BS-46", "VLN-BS-60"],
            ["Rubber buffer set (8)", "VLN-RB-08", "VLN-RB-08"],
            ["Vibrator motor", "VLN-VM-025", "VLN-VM-037"],
            ["Inspection window", "VLN-IW-46", "VLN-IW-60"],
            ["Brush chain", "VLN-BC-46", "VLN-BC-60"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Brakmund VD-30 vertical scourer and debranner
BRAKMUND = [
    ("title", "Brakmund VD-30 Vertical Grain Scourer and Debranner\nOperation and Maintenance Manual"),
    (
        "p",
        "Document BRK-OM-VD30-01, Edition 1, June 2025. Brakmund Grain Machinery. The VD-30 removes dirt, beard, "
        "germ tips and outer bran layers from wheat and durum wheat before milling. Used lightly it scours cleaned "
        "wheat (removal 0.3-1.0 %); used hard it debranns durum wheat before the semolina mill (removal 1.5-3.0 %). "
        "A feed screw brings the grain in at the bottom of the machine. The grain rises between a rotor of six "
        "abrasive stones and a slotted screen cylinder and leaves at the top through the outlet gate, which a "
        "counterweight lever holds closed: the more weight on the lever, the longer the grain stays in the machine "
        "and the more bran is taken off. The bran passes through the screen and is drawn off by the aspiration. "
        "This manual covers the VD-30 only.",
    ),
    (
        "p",
        "The VD-30 is made for wheat and durum wheat. Settings for barley, oats, rice or pulses are not given; ask "
        "Brakmund. The bran cyclone, the aspiration fan and the scales before and after the machine belong to the "
        "mill and are not described here.",
    ),
    (
        "warn",
        "WARNING: The rotor runs on for about 90 s after switching off. Never open the screen doors until the "
        "rotor stands still and the main switch is locked. Dust from the bran outlet is combustible.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VD-30"],
            ["Throughput, wheat, scouring (removal 0.5-1.0 %)", "up to 10 t/h"],
            ["Throughput, durum wheat, debranning (removal 2.0-3.0 %)", "up to 6 t/h"],
            ["Main motor 400 V 3~ 50 Hz", "55 kW, 99 A rated, 1485 rpm"],
            ["Rotor speed (V-belt drive, 4 x SPB)", "1080 rpm"],
            ["Abrasive stones", "6, diameter 300 mm new, silicon carbide grit 30 (standard) or 36 (fine)"],
            ["Stone wear limit", "diameter 280 mm"],
            ["Screen", "6 segments, stainless steel, slots 1.0 x 20 mm"],
            ["Radial gap stone to screen, new stones", "12 mm"],
            ["Aspiration airflow", "40 m³/min at 1.5 kPa below atmospheric, clean screen"],
            ["Aspiration spigot", "diameter 180 mm"],
            ["No-load current (rotor running, no grain)", "about 32 A"],
            ["Outlet gate counterweight", "lever scale 1-10"],
            ["Bearings", "2 grease points, NLGI 2 lithium complex grease"],
            ["Sound pressure level at 1 m, aspiration running", "85 dB(A)"],
            ["Mass", "2350 kg"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The throughputs hold only for grain at 14.5-16.5 % moisture, cleaned of stones, metal and straw, with the "
        "aspiration at its rated value. Very dry or very hard grain gives more broken kernels at the same removal.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may set or service the VD-30. Lock the main switch before opening any door.",
            "Hearing protection is required within 3 m of the running machine.",
            "Never run the machine with the aspiration off: bran dust builds up in the housing.",
            "Abrasive stones can burst if damaged. Never fit a stone that is cracked, chipped or has been dropped.",
            "The explosion protection zones around the machine and the bran line are set out in the mill's "
            "explosion protection document.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Removal"),
            (
                "p",
                "Removal (%) = (feed rate - outlet rate) / feed rate x 100, with both rates in t/h from the mill's "
                "scales. Example: 6.00 t/h fed and 5.85 t/h leaving the outlet gives 2.5 % removal. Start with the "
                "counterweight at 3 and raise it one step at a time, waiting 5 min after each step.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "The main motor current must not exceed 95 A in continuous running. The controller stops the feed "
                "when the current stays above 105 A for 10 s (D02). A current below 40 A for 30 s with the feed "
                "screw running means no grain (D03).",
            ),
            ("h", "Grain temperature"),
            (
                "p",
                "The grain must not leave the machine more than 8 °C warmer than it entered. A larger rise means the "
                "gate is too heavy for the stone condition and gives broken kernels.",
            ),
            ("h", "Broken kernels"),
            (
                "p",
                "Broken kernels at the outlet may be no more than 1 percentage point above those in the feed, "
                "checked on a 2.0 mm slotted hand sieve. More breakage calls for less weight on the gate or finer "
                "stones.",
            ),
            ("h", "Aspiration"),
            (
                "p",
                "Check the pressure at the aspiration spigot every shift: at least 1.2 kPa below atmospheric. Below "
                "0.8 kPa the controller shows D05 and the screen blinds with bran within minutes.",
            ),
            ("h", "Stone wear"),
            (
                "p",
                "Measure the stones every 500 h. Replace all six as a set when any is worn to 280 mm, or when the "
                "removal needed can no longer be reached with the counterweight at 8, whichever comes first. Never "
                "mix new and worn stones on the rotor.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Motor overload", "Motor protection tripped. Let the motor cool; check the current record."],
            [
                "D02",
                "Current high",
                "Current above 105 A for 10 s: gate too heavy, feed surge, or a foreign body in the rotor. The feed "
                "stops; lower the counterweight before restarting.",
            ],
            [
                "D03",
                "No grain",
                "Current below 40 A for 30 s with the feed screw running: feed bin empty, slide closed, or the feed "
                "screw blocked.",
            ],
            ["D04", "Outlet choke", "Level probe above the outlet gate covered: spouting below blocked."],
            [
                "D05",
                "Aspiration low",
                "Spigot pressure less than 0.8 kPa below atmospheric: fan off, cyclone airlock stopped, or the "
                "screen blinded.",
            ],
            ["D06", "Bearing temperature", "A bearing above 85 °C. Check the grease and the belt tension."],
            ["D07", "Vibration", "Vibration above 7.1 mm/s: a stone broken or loose, or a bearing damaged. Stop at once."],
            ["D08", "Door open", "A screen door switch is open."],
            ["D10", "Feed screw", "Feed screw motor protection tripped or the screw does not turn."],
            ["D11", "Grease due", "400 h since the last greasing."],
            ["D12", "Stones due", "500 h since the last stone measurement."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Not enough bran taken off even with the counterweight high",
                "Stones worn or glazed, screen worn with slots wider than 1.3 mm",
                "Measure the stones; replace them as a set; check the screen",
            ],
            [
                "Grain leaves the machine hot",
                "Gate too heavy for the stone condition",
                "Lower the counterweight; the rise must stay within 8 °C",
            ],
            [
                "Many broken kernels at the outlet",
                "Gate too heavy, coarse stones, or very dry grain",
                "Lower the weight, fit grit 36 stones, check the grain moisture",
            ],
            [
                "Current swings up and down",
                "Uneven feed or a feed bin running nearly empty",
                "Keep the feed bin at least half full; check the feed screw",
            ],
            [
                "Bran in the cleaned grain, screen blinded",
                "Aspiration too low",
                "Check the spigot pressure (at least 1.2 kPa below atmospheric)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the screen doors are closed and the outlet spouting is free.",
            "Start the aspiration and the bran airlock of the mill.",
            "Set the counterweight to 3.",
            "Start the main motor and wait until the current has settled at no-load (about 32 A).",
            "Start the feed screw and open the feed slide.",
            "Raise the counterweight step by step until the removal is reached.",
            "To stop, close the feed slide, let the machine run empty for 1 min, then stop the main motor and the "
            "feed screw.",
            "Keep the aspiration running for 5 min after the rotor has stopped.",
        ],
    ),
    ("h", "7. Replacing the abrasive stones"),
    (
        "ol",
        [
            "Stop the machine as in section 6, wait until the rotor stands still and lock the main switch.",
            "Open the two screen doors and remove the six screen segments.",
            "Unscrew the rotor top nut (left-hand thread) and lift off the top clamping plate.",
            "Lift the stones off one by one with the lifting eye; each stone weighs about 19 kg.",
            "Clean the rotor shaft and the spacer rings.",
            "Ring-test each new stone: tap it gently with a wooden handle; a clear ring means sound, a dull sound "
            "means cracked. Never fit a stone that sounds dull.",
            "Fit the new stones with the spacer rings and the paper washers supplied.",
            "Refit the top clamping plate and tighten the top nut to the torque on the rotor label.",
            "Refit the screen segments and close the doors.",
            "Run the rotor empty for 5 min behind the closed doors before feeding grain.",
            "Reset the stone counter (D12).",
        ],
    ),
    ("h", "8. Replacing the screen segments"),
    (
        "ol",
        [
            "Stop the machine, wait until the rotor stands still and lock the main switch.",
            "Open the two screen doors.",
            "Release the two clamping strips of each segment with the 19 mm key and lift the segments out.",
            "Check each segment against the light: replace it when the slots are worn wider than 1.3 mm, when the "
            "screen is holed, or when the slot edges are rounded over more than a third of the screen area.",
            "Clean the segment seats and the door seals.",
            "Fit the segments with the slots running vertically, all six in the marked order.",
            "Tighten the clamping strips evenly and close the doors.",
            "Run the rotor empty for 2 min and listen for rubbing before feeding grain.",
        ],
    ),
    ("h", "9. Setting the removal"),
    (
        "ol",
        [
            "Run the machine with the counterweight at 3 until the current is steady.",
            "Read the feed rate and the outlet rate on the mill's scales over at least 10 min.",
            "Work out the removal: (feed rate - outlet rate) / feed rate x 100.",
            "Move the counterweight one step up for more removal, or one step down for less.",
            "Wait 5 min after each step and read the rates again.",
            "Check the grain temperature rise (8 °C at most) and the broken kernels after each step.",
            "When the removal is reached, note the counterweight position and the current in the machine logbook.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the spigot pressure, the current and the grain temperature rise"],
            ["Weekly", "Check the screen for wear and holes; clean the bran outlet"],
            ["400 h (D11)", "Grease both bearings: 30 g each of NLGI 2 lithium complex grease"],
            ["500 h (D12)", "Measure the stones; replace all six at 280 mm"],
            ["Monthly", "Check the V-belt tension and the belt wear"],
            ["12 months", "Brakmund service: bearings, rotor run-out, controller"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Abrasive stone grit 30, 300 mm (set of 6)", "BRK-AS-30"],
            ["Abrasive stone grit 36, 300 mm (set of 6)", "BRK-AS-36"],
            ["Screen segment, 1.0 x 20 mm slots", "BRK-SS-10"],
            ["Spacer ring and paper washer set", "BRK-SR-06"],
            ["V-belt set 4 x SPB", "BRK-VB-04"],
            ["Outlet gate flap", "BRK-GF-30"],
            ["Door seal", "BRK-DS-30"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Ostervang AX annular gap expanders
OSTERVANG = [
    ("title", "Ostervang AX Annular Gap Expanders\nOperating Manual - AX-14 and AX-22"),
    (
        "p",
        "Document OSV-OM-AX-03, Edition 2, February 2025. Ostervang Feed Technology. The AX-14 and AX-22 treat "
        "conditioned compound feed mash under pressure, shear and heat for a few seconds before pelleting. A "
        "screw shaft with kneading bolts pushes the mash through a barrel; at the outlet the mash is pressed "
        "through the annular gap between the outlet ring and a cone that a hydraulic cylinder moves in and out. "
        "Closing the cone raises the pressure and the energy taken up by the mash; when the mash leaves the gap, "
        "part of its water flashes to steam and it expands. The expander is fed by a conditioner and delivers to the "
        "pellet mill or the cooler. The two models are built alike apart from the values given for each.",
    ),
    (
        "p",
        "The conditioner, its steam supply, the pellet mill and the cooler have their own manuals; their settings "
        "are not given here. Carry-over between medicated and non-medicated feeds is governed by the feed mill's own "
        "flushing and sequencing rules.",
    ),
    (
        "warn",
        "WARNING: Expanded mash leaves the gap at over 100 °C with live steam. Never open the outlet chute or the "
        "barrel while the shaft turns or while the barrel is hot and under pressure. Before any work, open the cone "
        "fully, stop the motor, lock the main switch and let the barrel cool below 50 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AX-14", "AX-22"],
            [
                "Throughput, pig and poultry mash conditioned to 80-90 °C and 15-17 % moisture",
                "up to 14 t/h",
                "up to 22 t/h",
            ],
            ["Main motor 400 V 3~ 50 Hz, 1485 rpm", "160 kW", "250 kW"],
            ["Shaft speed", "340 rpm", "310 rpm"],
            ["Barrel inner diameter", "370 mm", "450 mm"],
            ["No-load power (empty, cone open)", "about 18 kW", "about 27 kW"],
            ["Specific energy, typical", "8-15 kWh/t", "8-15 kWh/t"],
            ["Product temperature at the outlet, working", "100-125 °C", "100-125 °C"],
            ["Cone stroke", "0-55 mm", "0-70 mm"],
            ["Cone hydraulic pressure, working range", "20-70 bar", "20-85 bar"],
            ["Pressure relief valve", "110 bar", "125 bar"],
            ["Hydraulic unit", "1.5 kW, 25 L HLP 46", "2.2 kW, 25 L HLP 46"],
            ["Kneading bolts", "24", "32"],
            ["Main bearing grease, automatic lubricator", "EP 2 grease, 6 g per hour", "EP 2 grease, 9 g per hour"],
            ["Mass", "6800 kg", "9400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold only for pig and poultry mash under the stated conditions. Throughputs for ruminant "
        "feed with long fibre, for aquafeed or for pet food are not given in this manual; ask Ostervang.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the expander. The hydraulic unit holds an accumulator: release its "
            "pressure before opening any hydraulic line.",
            "Never reach into the outlet chute. Clear blockages only as described in section 8.",
            "Hot surfaces: the barrel and the outlet reach more than 100 °C in service.",
            "The explosion protection zones around the feed line are set out in the feed mill's explosion protection "
            "document.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Mash condition"),
            (
                "p",
                "The mash must reach the expander at 80-90 °C and 15-17 % moisture. Cold or dry mash does not flow "
                "through the gap. Keep the cone fully open at start until the conditioner outlet has been above "
                "75 °C for at least 2 min.",
            ),
            ("h", "Added fat"),
            (
                "p",
                "No more than 6 % added fat or oil may be in the mash before the expander. With more, the mash slips "
                "in the barrel and takes up too little energy; add the rest after pelleting.",
            ),
            ("h", "Closing the cone"),
            (
                "p",
                "Close the cone in steps of no more than 5 bar every 30 s, watching the motor current. Working range "
                "20-70 bar (AX-14) or 20-85 bar (AX-22).",
            ),
            ("h", "Motor load"),
            (
                "p",
                "Load the motor to no more than 95 % of its rated current in continuous running. At 95 % the "
                "controller stops closing the cone; at 105 % it opens the cone by 5 mm; above 110 % for 5 s it trips "
                "the motor (X01).",
            ),
            ("h", "Outlet temperature"),
            (
                "p",
                "The outlet temperature must not exceed 135 °C. At 130 °C the controller opens the cone by 5 mm and "
                "shows X04; at 135 °C it opens the cone fully and shows X05.",
            ),
            ("h", "Specific energy"),
            (
                "p",
                "Specific energy (kWh/t) = (motor power drawn (kW) - no-load power (kW)) / throughput (t/h). Each "
                "1 kWh/t raises the mash temperature by about 1.2 °C. Example: an AX-14 drawing 130 kW at 12 t/h "
                "gives (130 - 18) / 12 = 9.3 kWh/t, about 11 °C above the conditioner outlet.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Hydraulic oil HLP 46, between the marks of the sight glass with the cone open. The oil must stay "
                "below 60 °C (X08).",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["X01", "Motor overload", "Current above 110 % for 5 s. The cone opens fully; restart as in section 6."],
            [
                "X02",
                "No mash",
                "Motor power within 10 % of the no-load power for 60 s: conditioner empty or its outlet blocked.",
            ],
            [
                "X03",
                "Hydraulic pressure low",
                "Cone closed but the pressure below 15 bar: oil level low, accumulator empty, or a leak.",
            ],
            ["X04", "Temperature warning", "Outlet 130 °C: the cone opens 5 mm. Check the conditioner temperature."],
            ["X05", "Temperature trip", "Outlet 135 °C: the cone opens fully."],
            ["X06", "Cone position", "Cone position sensor signal missing or out of range."],
            ["X08", "Oil temperature", "Hydraulic oil above 60 °C. Check the oil cooler and the level."],
            [
                "X09",
                "Blockage",
                "Current rising with the cone fully open: mash set in the barrel or the outlet chute. Clear as in "
                "section 8.",
            ],
            ["X10", "Bearing temperature", "A main bearing above 90 °C. Check the lubricator."],
            ["X11", "Lubricator", "Automatic lubricator empty or its pump fault."],
            ["X12", "Service due", "2000 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Motor current swings up and down",
                "Mash moisture or temperature uneven, added fat too high, cone closed in steps too large",
                "Check the conditioner; keep added fat at 6 % or less; close in steps of 5 bar",
            ],
            [
                "Hard lumps in the expanded mash, pellet mill chokes",
                "Cone pressure too high or outlet too hot",
                "Open the cone by 5 bar steps; keep the outlet at 100-125 °C",
            ],
            [
                "Low temperature rise at the usual cone pressure",
                "Kneading bolts or cone worn, or too much added fat",
                "Check the bolts (section 9); check the fat",
            ],
            [
                "Steam and mash leaking at the shaft seal",
                "Seal packing worn",
                "Renew the packing (Ostervang service)",
            ],
            [
                "Outlet chute blocked after a stop",
                "Mash left in the barrel and set as it cooled",
                "Always empty the barrel when stopping (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting"),
    (
        "ol",
        [
            "Check the hydraulic oil level and that the automatic lubricator is full.",
            "Open the cone fully and set the hydraulic pressure setpoint to 0.",
            "Start the pellet mill or the cooler below the expander.",
            "Start the expander main motor; wait until it has run up and the current has settled.",
            "Start the conditioner and its feeder at about half of the planned throughput.",
            "Wait until the conditioner outlet has been above 75 °C for at least 2 min.",
            "Set the cone pressure to 20 bar.",
            "Raise the throughput to the planned value.",
            "Close the cone in steps of no more than 5 bar every 30 s until the outlet temperature or the specific "
            "energy planned is reached, never beyond 95 % of the rated current.",
        ],
    ),
    ("h", "7. Stopping and emptying"),
    (
        "ol",
        [
            "Open the cone fully.",
            "Stop the conditioner feeder and let the conditioner run empty into the expander.",
            "Let the expander run for 3 min after the mash flow has stopped, until the power falls to the no-load "
            "value.",
            "Stop the main motor.",
            "Stop the pellet mill or the cooler below.",
        ],
    ),
    ("h", "8. Clearing a blockage"),
    (
        "ol",
        [
            "Stop the conditioner feeder and open the cone fully.",
            "Stop the main motor and lock the main switch.",
            "Release the accumulator pressure with the valve on the hydraulic unit.",
            "Let the barrel cool below 50 °C.",
            "Open the outlet chute door and remove the set mash with the scraper supplied.",
            "Turn the shaft backwards by hand with the barring tool to loosen the mash in the last screw flights.",
            "Close the chute, restart empty and check that the current returns to the no-load value.",
        ],
    ),
    ("h", "9. Checking and replacing the kneading bolts"),
    (
        "ol",
        [
            "Stop and empty the expander (section 7), lock the main switch and let the barrel cool below 50 °C.",
            "Release the accumulator pressure and open the barrel inspection covers.",
            "Turn the shaft with the barring tool and measure the height of each kneading bolt above the shaft "
            "with a depth gauge.",
            "If any bolt is worn by more than 8 mm in height, or the bolts have run 4000 h, replace all of them: "
            "24 on the AX-14, 32 on the AX-22.",
            "Unscrew the bolts from the shaft; clean the threads in the shaft with a thread chaser.",
            "Coat the threads of the new bolts with the anti-seize paste supplied and tighten them to 280 Nm.",
            "Turn the shaft through a full turn by hand: no bolt may touch the barrel pins.",
            "Close the covers and start as in section 6; watch the current and the temperature for the first hour, "
            "as new bolts take up more energy at the same cone pressure.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the hydraulic oil level, the lubricator and the shaft seal"],
            [
                "Every 4000 h, or when the kneading bolts are worn by more than 8 mm in height, whichever comes first",
                "Replace all kneading bolts (24 or 32); torque 280 Nm",
            ],
            ["Every 4000 h", "Check the cone and the outlet ring for wear; turn the outlet ring by 180°"],
            ["2000 h (X12)", "Ostervang service: bearings, seal packing, hydraulic unit"],
            ["12 months", "Change the hydraulic oil (25 L HLP 46) and its filter"],
        ],
        (80, 90),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "AX-14", "AX-22"],
            ["Kneading bolt set", "OSV-KB-14", "OSV-KB-22"],
            ["Cone, hardened", "OSV-CN-14", "OSV-CN-22"],
            ["Outlet ring", "OSV-OR-14", "OSV-OR-22"],
            ["Shaft seal packing set", "OSV-SP-14", "OSV-SP-22"],
            ["Hydraulic filter element", "OSV-HF-10", "OSV-HF-10"],
            ["Lubricator cartridge EP 2, 1 kg", "OSV-LC-01", "OSV-LC-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("cribrano-crs-plansifter.pdf", "Cribrano CRB-OM-CRS-04 Ed 3 - CRS-6 / CRS-8", CRIBRANO),
        ("vallorin-pr-semolina-purifier.pdf", "Vallorin VLN-OI-PR-02 Ed 2 - PR-46 / PR-60", VALLORIN),
        ("brakmund-vd-grain-scourer-debranner.pdf", "Brakmund BRK-OM-VD30-01 Ed 1 - VD-30", BRAKMUND),
        ("ostervang-ax-annular-gap-expander.pdf", "Ostervang OSV-OM-AX-03 Ed 2 - AX-14 / AX-22", OSTERVANG),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 12, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
