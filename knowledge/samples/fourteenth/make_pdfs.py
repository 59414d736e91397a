"""Generate the PDF manuals of the fourteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/fourteenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the router feeds, bagger seal settings and seam pages."""
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


# ---------------------------------------------------------------- Kervale KR CNC router
KERVALE = [
    ("title", "Kervale KR Series CNC Routers\nOperating and Maintenance Manual - KR-1325 and KR-2030"),
    (
        "p",
        "Document KVR-OM-KR-03, Revision C, March 2024. Kervale Routing Systems. This manual covers the KR-1325 "
        "and KR-2030 three-axis CNC routers for wood-based panels and plastics, with gantry rack-and-pinion drive "
        "on X and Y, ball screw on Z, a zoned vacuum table and the KC-5 CNC control. The KR-1325 has a manual "
        "ER32 collet spindle; the KR-2030 has an HSK-F63 spindle with an 8-place linear tool changer.",
    ),
    (
        "warn",
        "WARNING: Never reach into the working area while the spindle turns. The spindle runs down for up to 15 s "
        "after a stop. Cutters with a diameter above 25 mm are limited to 12000 rpm; surfacing cutters of 40 mm "
        "and larger must not exceed 8000 rpm.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KR-1325", "KR-2030"],
            ["Working area (X x Y)", "1300 x 2500 mm", "2000 x 3000 mm"],
            ["Z stroke", "200 mm", "250 mm"],
            ["Spindle", "6.0 kW air-cooled, ER32", "9.0 kW air-cooled, HSK-F63"],
            ["Spindle speed", "6000-18000 rpm", "6000-24000 rpm"],
            ["Tool change", "manual", "automatic, 8 places"],
            ["Rapid traverse X/Y", "40 m/min", "50 m/min"],
            ["Vacuum pump (rotary vane)", "160 m³/h, 5.5 kW", "250 m³/h, 7.5 kW"],
            ["Vacuum zones", "4", "6"],
            ["Dust extraction outlets", "1 x 150 mm", "2 x 150 mm"],
            ["Extraction airflow required", "at least 2200 m³/h", "at least 3600 m³/h"],
            ["Compressed air", "6-7 bar, 50 NL/min", "6-7 bar, 120 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A", "50 A"],
            ["Weight", "1600 kg", "2700 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Vacuum pump capacities are stated at 50 Hz. The extraction airflow must be available at the machine "
        "outlets with the extractor filter in its normal operating state; with less airflow, chips settle in "
        "the racks and the vacuum table.",
    ),
    ("h", "2. Tools, speeds and feeds"),
    (
        "cols",
        [
            ("h", "Choosing the cutter"),
            (
                "p",
                "For MDF and chipboard with melamine on both faces use a two-flute compression cutter so that "
                "both faces stay clean. The up-cut portion at the tip must be fully in the material, so the first "
                "pass must be deeper than the up-cut length (usually 5 to 6 mm). Keep the cutter stick-out to no "
                "more than 3 x the cutter diameter.",
            ),
            ("h", "Feed and speed"),
            (
                "p",
                "The feed rates below hold for two-flute solid carbide cutters of 12 mm diameter at 18000 rpm "
                "with a depth of cut equal to the diameter: MDF 9 m/min, birch plywood 7 m/min, solid hardwood "
                "6 m/min, HDPE 4 m/min. For 6 mm cutters halve the feed and limit the depth of cut to 6 mm. "
                "Acrylic (PMMA) is cut with a single-flute O-flute cutter at 16000 rpm and 3 m/min; if the edge "
                "melts, raise the feed, do not lower the speed. For wood-based panels keep the chip load between "
                "0.15 and 0.30 mm per tooth.",
            ),
            ("h", "Metals"),
            (
                "p",
                "Aluminium sheet up to 6 mm (alloys 5083 and 6082) may be machined on the KR-2030 only, with the "
                "mist coolant option MC-2 fitted. The KR-1325 is not approved for cutting metal of any kind.",
            ),
            ("h", "Spindle warm-up"),
            (
                "p",
                "If the spindle has been stopped for more than 48 hours, run the warm-up program O9001 before "
                "cutting: 3 minutes each at 6000, 12000 and 18000 rpm. On the KR-2030 the program continues for "
                "3 minutes at 24000 rpm.",
            ),
            ("h", "Spoilboard"),
            (
                "p",
                "The spoilboard is 19 mm low-density MDF. Resurface it when it is scored deeper than 2 mm or when "
                "parts start to move. Remove no more than 0.5 mm per resurfacing, and replace the board when it "
                "is thinner than 12 mm.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["AL-20", "Emergency stop pressed or light barrier interrupted", "Clear the area, release, press Reset"],
            ["AL-21", "X axis servo overload", "Clean chips from the rack, check lubrication"],
            ["AL-22", "Gantry skew: Y1 and Y2 differ by more than 1.5 mm", "Home the machine; if repeated check the Y2 pinion coupling"],
            ["AL-23", "Z axis servo alarm or brake not released", "Check the 24 V brake supply"],
            ["AL-24", "Spindle inverter fault", "Read the inverter code, check the supply"],
            ["AL-25", "Spindle over-temperature (winding above 70 °C)", "Clean the spindle fan and fins, let it cool"],
            ["AL-26", "Compressed air below 5.5 bar", "Check the supply and the filter regulator"],
            ["AL-28", "Tool change failure (KR-2030 only)", "Check air pressure, clean the HSK taper"],
            ["AL-29", "Vacuum below 600 mbar for 3 s", "Close unused zones, check the gasket cord"],
            ["AL-30", "Soft limit exceeded", "Program runs outside the working area"],
            ["AL-31", "Tool length sensor not triggered", "Clean the sensor plate, check its cable"],
        ],
        (18, 80, 72),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Burn marks on the cut edge", "Feed too low for the spindle speed, dull cutter", "Raise the feed to keep the chip load in range, replace the cutter"],
            ["Parts shift on the final pass", "Vacuum too low, spoilboard scored, open zones", "Close unused zones, cover open areas with scrap, resurface; leave an onion skin of 0.3 mm"],
            ["Chipped top face on melamine board", "Up-cut cutter or first pass too shallow", "Use a compression cutter, first pass deeper than the up-cut portion"],
            ["Circles not round, steps on diagonals", "Backlash in rack and pinion", "Check the pinion mesh; backlash max. 0.05 mm"],
            ["Chatter marks", "Stick-out too long, worn collet", "Shorten the stick-out, replace the collet"],
            ["Spindle noisy or vibrating", "Damaged cutter, unbalanced holder, bearings", "Replace the cutter; if the noise remains without a tool, call Kervale service"],
        ],
        (50, 55, 65),
    ),
    ("h", "5. Procedures"),
    ("p", "5.1 Changing a tool in the ER32 collet (KR-1325)"),
    (
        "ol",
        [
            "Stop the spindle and wait until it has stopped completely. Press the Tool Change key; the spindle lock engages.",
            "Hold the spindle with the 30 mm spanner on its flats and loosen the collet nut with the ER32 spanner.",
            "Remove the nut and collet together. Clean the taper with a lint-free cloth; never blow compressed air into the spindle.",
            "Snap the collet into the nut first, then insert the cutter with at least 20 mm of shank in the collet.",
            "Tighten the collet nut to 110 Nm with the torque spanner KV-TW32.",
            "Measure the tool length with the tool sensor (Tool > Measure) before the first cut.",
        ],
    ),
    ("p", "5.2 Resurfacing the spoilboard"),
    (
        "ol",
        [
            "Switch the vacuum on with all zones open, so the board is held down while it is surfaced.",
            "Fit the 50 mm surfacing cutter and set the speed to 8000 rpm or less.",
            "Set Z zero on the top of the board and run program O9002 with a depth of 0.3-0.5 mm, a stepover of 40 mm and a feed of 6 m/min.",
            "Vacuum off the dust, then seal the edges of the board with sanding sealer so the vacuum does not leak out of the sides.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove chips from racks and guides with a brush and vacuum cleaner (no compressed air); check the lube oil level; drain the air filter"],
            ["Weekly", "Clean the vacuum pump inlet filter; check the collets for scratches"],
            ["Every 250 operating hours", "Check the pinion backlash on X and Y"],
            ["Every 500 operating hours", "Replace the ER32 collets (KR-1325); clean and check the HSK clamping (KR-2030); replace the vacuum pump inlet filter cartridge"],
            ["Every 2000 operating hours", "Change the vacuum pump oil: 4 L on the KR-1325, 6 L on the KR-2030"],
        ],
        (45, 125),
    ),
    (
        "p",
        "The automatic lubrication pump supplies the linear guides and racks with way oil ISO VG 68; it pulses "
        "every 30 minutes of axis motion. The tank holds 2 L.",
    ),
    (
        "table",
        [
            ["Spare part", "Part number"],
            ["ER32 collet 6 mm", "KV-C3206"],
            ["ER32 collet 8 mm", "KV-C3208"],
            ["ER32 collet 12 mm", "KV-C3212"],
            ["ER32 collet nut", "KV-N32"],
            ["Torque spanner ER32", "KV-TW32"],
            ["Vacuum pump inlet filter cartridge, KR-1325", "KV-VF160"],
            ["Vacuum pump inlet filter cartridge, KR-2030", "KV-VF250"],
            ["Vacuum zone gasket cord 8 mm, 10 m", "KV-GC8"],
            ["Way oil ISO VG 68, 5 L", "KV-L68"],
            ["Tool length sensor", "KV-TS1"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Cartonel CE carton erector
CARTONEL = [
    ("title", "Cartonel CE Automatic Carton Erectors\nOperation and Maintenance - CE-12 and CE-20"),
    (
        "p",
        "Document CNL-OM-CE-05, Edition 2, October 2023. Cartonel Packaging Machinery. The CE-12 and CE-20 take "
        "flat regular slotted cartons (RSC) from a horizontal magazine, open them with vacuum cups, fold the "
        "bottom flaps and seal the bottom with tape. The two machines share the same frame design; the CE-20 has "
        "a servo pick-up arm and a longer magazine.",
    ),
    (
        "warn",
        "WARNING: The tape blade is razor sharp. Its guard must spring back over the blade by itself; never "
        "disable or wedge the guard. Before working inside the machine switch off, lock out and vent the air at "
        "the dump valve: the squaring and folding cylinders can hold residual pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CE-12", "CE-20"],
            ["Output, max.", "12 cartons/min", "20 cartons/min"],
            ["Carton length L", "200-500 mm", "200-600 mm"],
            ["Carton width W", "150-400 mm", "150-450 mm"],
            ["Carton height H", "100-400 mm", "120-450 mm"],
            ["Board", "single wall B or C flute", "single wall B or C, double wall BC"],
            ["Magazine", "1.6 m, approx. 120 blanks", "2.2 m, approx. 170 blanks"],
            ["Bottom closure", "tape 48 or 72 mm", "tape 48 or 72 mm, hot melt option HM-20"],
            ["Compressed air", "6 bar, 180 NL/min", "6 bar, 260 NL/min"],
            ["Power supply", "230 V 1~ 50/60 Hz, 0.6 kW", "400 V 3~ 50/60 Hz, 1.5 kW"],
            ["Weight", "520 kg", "780 kg"],
        ],
        (50, 55, 65),
    ),
    (
        "p",
        "The outputs hold for cartons no longer than 400 mm in single wall board. With longer cartons or with "
        "double wall board the output of the CE-20 is limited to 15 cartons/min. Magazine counts are for 4 mm "
        "single wall board. Noise emission of the CE-20 at the operator position is 74 dB(A).",
    ),
    (
        "p",
        "Tape: PP or PVC packing tape on a 76 mm core, roll diameter max. 350 mm, 48 or 72 mm wide and 45-60 µm "
        "thick. Thinner tape tears at the cut. The standard tape leg on the front and back of the carton is "
        "60 mm and must be at least 50 mm.",
    ),
    ("h", "2. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["A101", "Emergency stop pressed"],
            ["A102", "Guard door open"],
            ["A103", "Air pressure below 5 bar"],
            ["A104", "Magazine empty (fewer than 10 blanks)"],
            ["A105", "Blank not picked: vacuum not reached within 0.8 s"],
            ["A106", "Carton jam at the folding station"],
            ["A107", "Carton jam at the taping head or discharge"],
            ["A109", "Tape end or tape broken (tape sensor)"],
            ["A110", "Discharge full: outfeed photocell blocked for more than 10 s"],
            ["A111", "Motor overload (magazine feed or discharge belts)"],
            ["A112", "Hot melt unit not ready (CE-20 with HM-20 only)"],
        ],
        (25, 145),
    ),
    ("h", "3. Operator parameters"),
    (
        "table",
        [
            ["No.", "Parameter", "Range", "Default"],
            ["P01", "Cycle rate, cartons/min", "1-12 (CE-12), 1-20 (CE-20)", "10"],
            ["P02", "Vacuum on delay", "0-500 ms", "120 ms"],
            ["P03", "Pick-up dwell", "100-800 ms", "250 ms"],
            ["P04", "Magazine feed pulse", "0.2-2.0 s", "0.6 s"],
            ["P05", "Discharge delay", "0-5 s", "1 s"],
            ["P06", "Tape sensor", "on / off", "on"],
            ["P07", "Batch counter", "0-9999", "0"],
            ["P08", "Hot melt pattern (CE-20 with HM-20)", "2 or 4 lines", "2"],
        ],
        (15, 70, 55, 30),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Cause", "Remedy"],
            ["Two blanks picked at once", "Magazine pushes too hard; separation fingers worn", "Shorten the magazine feed pulse P04; replace the separation fingers"],
            ["Carton not square (parallelogram)", "Squaring plate set wrong; warped blanks", "Set the squaring plate to the carton width; store board flat. Diagonals may differ by no more than 3 mm"],
            ["Minor flaps not fully folded", "Folding finger timing; flaps not pre-broken", "Check the finger position; pre-break stiff board"],
            ["Tape not cut cleanly, tail drags", "Blade dull or coated with adhesive; weak blade guard spring", "Clean the blade with solvent or replace it; replace the spring"],
            ["Vacuum cups drop the blank", "Worn cups, clogged vacuum filter, air below 5.5 bar", "Replace the cups, clean or replace the filter, check the air"],
        ],
        (50, 55, 65),
    ),
    ("h", "5. Procedures"),
    ("p", "5.1 Size changeover"),
    (
        "ol",
        [
            "Run the remaining cartons out and empty the magazine.",
            "Set the magazine side guides to the blank width using the scale on the guide rail.",
            "Set the pick-up arm stop to the carton length L (scale L).",
            "Set the squaring plate and the flap compression rails to the carton width W.",
            "Set the taping head height stop to the carton height H.",
            "Run three blanks in Setup mode and measure the diagonals of the erected carton: they may differ by no more than 3 mm.",
        ],
    ),
    ("p", "5.2 Changing the tape roll"),
    (
        "ol",
        [
            "Press Stop and open the guard door (A102 is shown).",
            "Remove the empty core from the tape hub.",
            "Fit the new roll so that it unwinds with the adhesive side towards the carton.",
            "Thread the tape around the guide roller and the one-way roller and leave a 60 mm tail on the applicator roller, adhesive side out.",
            "Set the hub brake just tight enough that the roll does not overrun when the tape stops.",
        ],
    ),
    ("p", "5.3 Changing the tape blade"),
    (
        "ol",
        [
            "Switch off, lock out and vent the air at the dump valve.",
            "Put on cut-resistant gloves. Hold the blade guard open with the guard lock pin.",
            "Remove the two M4 screws and take out the blade.",
            "Fit the new blade (CN-TB48 or CN-TB72) with the teeth facing the tape. Tighten the M4 screws to 2.5 Nm.",
            "Remove the lock pin and check that the guard springs back over the blade.",
        ],
    ),
    ("h", "6. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean adhesive from the blade; check the suction cups; drain the air filter bowl"],
            ["Weekly", "Clean the vacuum generator silencer; check the discharge belt tension"],
            ["Monthly", "Oil the magazine chain with chain oil; test the guard interlocks"],
            ["Every 1000 h or 6 months", "Replace the suction cups and the vacuum filter element"],
        ],
        (45, 125),
    ),
    (
        "table",
        [
            ["Spare part", "Part number"],
            ["Suction cup 60 mm, NBR", "CN-SC60"],
            ["Tape blade 48 mm", "CN-TB48"],
            ["Tape blade 72 mm", "CN-TB72"],
            ["Blade guard spring", "CN-GS2"],
            ["Vacuum filter element", "CN-VF1"],
            ["Separation fingers, set of 4", "CN-SF4"],
            ["Discharge belt, CE-12", "CN-DB12"],
            ["Discharge belt, CE-20", "CN-DB20"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Baglyn BV vertical form fill seal bagger
BAGLYN = [
    ("title", "Baglyn BV Vertical Form Fill Seal Baggers\nOperator and Maintenance Manual - BV-250 and BV-350"),
    (
        "p",
        "Document BGL-OM-BV-07, Revision A, February 2024. Baglyn Packaging Systems. The BV-250 and BV-350 form "
        "pillow bags from a flat reel of film around a forming set (collar and tube), seal the longitudinal fin "
        "with a vertical sealer and make the top and bottom seals with servo-driven horizontal jaws. The film "
        "is pulled by two vacuum belts. Both machines are fed by a dosing unit (weigher or auger) mounted above "
        "the forming tube.",
    ),
    (
        "warn",
        "WARNING: The horizontal jaws close with up to 2.5 kN and the knife is sharp. Sealing surfaces reach "
        "200 °C. Before reaching into the jaw area press Stop and close the air supply valve; the jaws are held "
        "open by their spring, not by air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BV-250", "BV-350"],
            ["Bag width", "60-250 mm", "100-350 mm"],
            ["Bag length", "80-350 mm", "100-450 mm"],
            ["Film width, max.", "520 mm", "720 mm"],
            ["Film reel", "dia. max. 400 mm, max. 30 kg", "dia. max. 450 mm, max. 40 kg"],
            ["Reel core", "76 mm", "76 mm"],
            ["Speed, max.", "70 bags/min", "55 bags/min"],
            ["Compressed air", "6 bar, 250 NL/min", "6 bar, 350 NL/min"],
            ["Power, 400 V 3~ 50 Hz", "4.0 kW", "5.5 kW"],
            ["Weight", "950 kg", "1300 kg"],
        ],
        (50, 60, 60),
    ),
    (
        "p",
        "The speeds hold for pillow bags 150 mm long made of 30 µm OPP/CPP with a free-flowing product and a "
        "dosing unit that keeps pace. Every additional 50 mm of bag length lowers the speed by about 8 bags/min. "
        "Approved films are heat-sealable laminates (OPP/CPP, PET/PE, OPP/metallised OPP). PE mono film of "
        "60-100 µm may be run only with the impulse-cooled jaw option IJ-2. Paper-based films are not approved.",
    ),
    ("h", "2. Seal settings"),
    (
        "cols",
        [
            ("h", "Starting temperatures"),
            (
                "p",
                "For OPP/CPP 30 µm start with the vertical sealer at 135 °C, the horizontal jaws at 145 °C and a "
                "seal dwell (P05) of 180 ms. For PET/PE 60 µm start with the vertical sealer at 150 °C, the "
                "horizontal jaws at 165 °C and 250 ms. Raise the temperature by 5 °C for every 10 µm of extra "
                "film thickness. Never set either sealer above 200 °C. These starting values are for a machine "
                "room at 18-28 °C; in a colder room allow 5 to 10 °C more.",
            ),
            ("h", "Jaw pressure"),
            (
                "p",
                "Set the jaw pressure with the regulator on the jaw carriage: 3.5-4.5 bar for OPP/CPP and "
                "4.5-5.5 bar for PET/PE. A wrinkled seal is rarely cured by more pressure; check the film "
                "tracking and the forming collar first.",
            ),
            ("h", "Bag length and registration"),
            (
                "p",
                "With printed film, the registration mark sensor corrects the bag length on every bag. The mark "
                "must be at least 5 x 12 mm and have a contrast of at least 40 % against the background. Teach "
                "the sensor after every film change (Menu > Eye > Teach). Without printed marks set P12 to Off; "
                "the bag length then holds within ± 2 mm.",
            ),
            ("h", "Product drop"),
            (
                "p",
                "The jaws must not close until the last of the product has passed. Set the dose delay P07 so "
                "that the jaws close 20-40 ms after the tail of the product stream leaves the tube. Product in "
                "the seal stops the jaws and gives alarm B10.",
            ),
        ],
    ),
    ("h", "3. Parameters"),
    (
        "table",
        [
            ["No.", "Parameter", "Range"],
            ["P01", "Speed", "5-70 bags/min (BV-250), 5-55 bags/min (BV-350)"],
            ["P03", "Bag length", "80-350 mm (BV-250), 100-450 mm (BV-350)"],
            ["P05", "Horizontal seal dwell", "100-600 ms"],
            ["P07", "Dose delay", "0-500 ms"],
            ["P09", "Vertical sealer temperature", "ambient-200 °C"],
            ["P10", "Horizontal jaw temperature", "ambient-200 °C"],
            ["P12", "Registration mark", "On / Off"],
        ],
        (15, 60, 95),
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["B01", "Emergency stop"],
            ["B02", "Guard door open"],
            ["B03", "Air pressure below 5 bar"],
            ["B04", "Film end: reel arm sensor"],
            ["B05", "Registration mark not found within 2 bag lengths"],
            ["B06", "Vertical sealer more than 10 °C from its set value"],
            ["B07", "Horizontal jaws more than 10 °C from their set value"],
            ["B08", "Thermocouple break"],
            ["B10", "Product in seal: jaws did not close"],
            ["B11", "Pull belt servo fault"],
            ["B12", "Dosing unit not ready"],
        ],
        (25, 145),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Cause", "Remedy"],
            ["Horizontal seal leaks", "Temperature too low, product in the seal, worn jaw serrations", "Raise the temperature in 5 °C steps, adjust P07, replace the jaws"],
            ["Wrinkles in the seal", "Film tracking off, uneven jaw pressure, dirty collar", "Centre the reel, check the pressure, clean the collar"],
            ["Bag length varies", "Registration sensor dirty or not taught, pull belts worn", "Clean and teach the sensor, check the mark contrast, replace the belts"],
            ["Vertical seal burnt or sticky", "Temperature too high, PTFE tape worn", "Lower P09, replace the PTFE tape"],
            ["Knife does not cut through", "Knife blunt, knife cylinder air low", "Replace the knife; the knife cylinder needs 5 bar"],
        ],
        (45, 60, 65),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Replacing the PTFE tape on the vertical sealer"),
    (
        "ol",
        [
            "Switch the sealer heaters off and let the bar cool below 50 °C.",
            "Peel off the old tape and clean the bar with isopropanol.",
            "Apply new 25 mm PTFE tape (BG-PT25) without wrinkles, wrapping 10 mm around each end of the bar.",
            "Heat up to the set temperature and run five test bags.",
        ],
    ),
    ("p", "6.2 Changing the forming set for a new bag width"),
    (
        "ol",
        [
            "Run out the product, stop the machine and cut the film above the collar.",
            "Open the two collar clamps and lift the forming set out by its handles. BV-350 forming sets weigh more than 15 kg: lift them with two people.",
            "Fit the new forming set and check that the tube is centred between the pull belts.",
            "Move the vertical sealer to the new fin position and enter the new bag length in P03.",
            "Thread the film over the new collar and teach the registration sensor.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the jaws with a brass brush (never steel); check the PTFE tape"],
            ["Weekly", "Clean the registration sensor lens; check the pull belts for wear"],
            ["Every 500 h", "Lubricate the jaw carriage guides with food-grade grease NSF H1"],
        ],
        (45, 125),
    ),
    (
        "table",
        [
            ["Spare part", "Part number"],
            ["PTFE tape 25 mm x 10 m", "BG-PT25"],
            ["Vertical sealer heater 230 V 400 W", "BG-HV400"],
            ["Horizontal jaw heater cartridge 230 V 250 W (4 per jaw pair)", "BG-HC250"],
            ["Thermocouple type J", "BG-TJ1"],
            ["Serrated knife, BV-250", "BG-K250"],
            ["Serrated knife, BV-350", "BG-K350"],
            ["Pull belt pair, BV-250", "BG-PB250"],
            ["Pull belt pair, BV-350", "BG-PB350"],
        ],
        (120, 50),
    ),
]

# ---------------------------------------------------------------- Canmoor DS-1 semi-automatic can seamer
CANMOOR = [
    ("title", "Canmoor DS-1 Semi-Automatic Can Seamer\nOperation and Maintenance Manual"),
    (
        "p",
        "Document CNM-OM-DS1-02, Issue 4, 2023. Canmoor Seaming Equipment. The DS-1 is a bench-mounted double "
        "seamer for round metal cans. The operator places the filled can with its end on the base plate and "
        "presses the two-hand start; the lifter raises the can against the chuck, the seaming head rotates and "
        "the cam brings in first the 1st operation roll, then the 2nd operation roll.",
    ),
    (
        "warn",
        "WARNING: Keep hands clear of the base plate while the lifter rises. The two-hand start must never be "
        "bridged. The seaming head runs on for up to 3 s after the cycle; do not touch the rolls until the head "
        "has stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DS-1"],
            ["Can diameter", "52-105 mm (sizes 202 to 401)"],
            ["Can height", "40-180 mm"],
            ["Output", "up to 12 cans/min, depending on the operator"],
            ["Seaming head speed", "1400 rpm at 50 Hz, 1680 rpm at 60 Hz"],
            ["Seaming operations", "2, cam-operated rolls"],
            ["Lifter", "pneumatic, 6 bar, 20 NL/min"],
            ["Motor", "0.75 kW, 400 V 3~"],
            ["Weight", "140 kg"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The DS-1 seams tinplate and aluminium cans with standard double-seam ends. Composite and plastic cans "
        "are not approved.",
    ),
    ("h", "2. Seam specification and teardown"),
    (
        "cols",
        [
            ("h", "Target seam dimensions"),
            (
                "p",
                "For a 300 diameter can (73 mm) with a 0.22 mm tinplate body and a 0.24 mm tinplate end the seam "
                "must measure: seam thickness 1.17-1.27 mm, seam length 2.90-3.10 mm, countersink depth "
                "3.10-3.30 mm, body hook 1.85-2.10 mm, cover hook 1.80-2.05 mm, overlap at least 1.10 mm, "
                "tightness rating at least 80 %, droop no more than 0.3 mm. For other sizes and materials use "
                "the seam specification of the can maker.",
            ),
            ("h", "Teardown frequency"),
            (
                "p",
                "Tear down and measure one can at start-up, after every roll or chuck adjustment, after a jam, "
                "and at least every 4 hours of operation. Keep the records with the batch.",
            ),
            ("h", "Measuring"),
            (
                "p",
                "Measure seam thickness and seam length at three points 120° apart, not within 12 mm of the side "
                "seam. Use a seam micrometer with a flat anvil; calipers give readings that are too high.",
            ),
            ("warn", "A seam outside the specification must not be released. Quarantine all cans seamed since the last good teardown."),
        ],
    ),
    ("h", "3. Lifter pressure and start-up"),
    (
        "p",
        "Set the lifter pressure with the regulator on the front panel: 2.5-3.5 bar for cans up to size 300 and "
        "3.5-4.5 bar for sizes 307 to 401. More pressure does not improve the seam; it marks the can bottom and "
        "causes cut-over. Before the first can of a shift check that the chuck and base plate match the can "
        "size, that the roll guard is closed and that the air supply shows at least 5.5 bar, then seam one "
        "empty can and tear it down.",
    ),
    ("h", "4. Controller messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S1", "Emergency stop", "Release and reset"],
            ["S2", "Guard open", "Close the roll guard"],
            ["S3", "Air below 5 bar", "Check the supply"],
            ["S4", "Motor overload", "Check the belt and the head for binding"],
            ["S6", "Lifter not up within 2 s", "Check the lifter valve and cylinder"],
        ],
        (20, 70, 80),
    ),
    ("h", "5. Seam defects"),
    (
        "table",
        [
            ["Defect", "Likely cause", "Remedy"],
            ["Loose seam, low tightness", "2nd operation roll set too loose", "Close the 2nd op roll in steps of 0.02 mm"],
            ["Droop at the side seam, long seam", "1st operation roll too tight or worn", "Reset the 1st op roll; replace a worn roll"],
            ["Sharp seam or cut-over", "Chuck worn, 2nd op roll too tight, lifter pressure too high", "Replace the chuck, reset the roll, reduce the lifter pressure"],
            ["Skidding (part of the seam unfinished)", "Lifter pressure too low, chuck worn or oily", "Raise the lifter pressure, clean or replace the chuck"],
            ["False seam", "Damaged can flange, end not seated", "Check cans and ends before seaming"],
            ["Short body hook", "Lifter pressure too low, base plate height wrong", "Set the lifter stop (6.2, step 5)"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Setting the seaming roll clearances"),
    (
        "ol",
        [
            "Switch off and lock out. Place a can end on the chuck.",
            "Turn the head by hand until the 1st operation roll is at its fully-in position (mark on the cam).",
            "With a feeler gauge set the clearance between the roll groove and the chuck lip to 0.38 mm for the 1st operation roll.",
            "Loosen the lock nut, turn the eccentric pin to adjust, and retighten the lock nut to 25 Nm.",
            "Repeat for the 2nd operation roll at its fully-in position with a clearance of 0.15 mm.",
            "Seam three test cans and tear one down.",
        ],
    ),
    ("p", "6.2 Changing the chuck for another can size"),
    (
        "ol",
        [
            "Switch off and lock out.",
            "Hold the spindle with the pin spanner and unscrew the chuck. The chuck has a left-hand thread.",
            "Clean the spindle thread, fit the new chuck and tighten it to 40 Nm.",
            "Fit the matching base plate (BP1 for sizes 202 to 300, BP2 for 307 to 401).",
            "Set the lifter stop so that the distance from the chuck face to the base plate at the top of the stroke is the can height minus 1.5 mm.",
            "Reset both roll clearances (6.1).",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean product from the chuck and rolls; check that the rolls turn freely without play"],
            ["Weekly", "Grease the roll pins, 2 strokes of NSF H1 grease; check the oil level of the seaming head"],
            ["Every 1000 h", "Change the seaming head oil: 0.8 L of food-grade gear oil ISO VG 220"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Replace a roll when its groove shows wear, flats or chips. Replace the chuck when the lip is rounded "
        "or the knurl is worn smooth.",
    ),
    (
        "table",
        [
            ["Spare part", "Part number"],
            ["Chuck size 202 (52 mm)", "CNM-CH202"],
            ["Chuck size 211 (65 mm)", "CNM-CH211"],
            ["Chuck size 300 (73 mm)", "CNM-CH300"],
            ["Chuck size 307 (83 mm)", "CNM-CH307"],
            ["1st operation roll, standard profile", "CNM-R1S"],
            ["2nd operation roll, standard profile", "CNM-R2S"],
            ["Roll bearing kit", "CNM-RB2"],
            ["Base plate 202-300", "CNM-BP1"],
            ["Base plate 307-401", "CNM-BP2"],
            ["V-belt SPZ 710", "CNM-VB710"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kervale-kr-cnc-router.pdf", "Kervale KVR-OM-KR-03 Rev C - KR-1325 / KR-2030", KERVALE),
        ("cartonel-ce-carton-erector.pdf", "Cartonel CNL-OM-CE-05 Ed 2 - CE-12 / CE-20", CARTONEL),
        ("baglyn-bv-vertical-form-fill-seal-bagger.pdf", "Baglyn BGL-OM-BV-07 Rev A - BV-250 / BV-350", BAGLYN),
        ("canmoor-ds1-can-seamer.pdf", "Canmoor CNM-OM-DS1-02 Issue 4 - DS-1", CANMOOR),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 6, 3, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
