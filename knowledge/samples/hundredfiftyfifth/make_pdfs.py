"""Generate the PDF manuals of the hundred-and-fifty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set155-scratch/venv && /tmp/set155-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set155-scratch/venv/bin/python knowledge/samples/hundredfiftyfifth/make_pdfs.py

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



# ---------------------------------------------------------------- Halvorn CBP coin blanking presses
HALVORN = [
    ("title", "Halvorn CBP Coin Blanking Presses\nOperation and Maintenance Manual - CBP-160 and CBP-250"),
    (
        "p",
        "Document HLV-OM-CBP-04, Edition 3, March 2025. Halvorn Press Systems. The CBP-160 and CBP-250 are "
        "high-speed mechanical blanking presses that punch round coin blanks from coiled strip with a multi-row "
        "blanking tool. The strip comes from a coil reel and a straightener and is fed by a servo roll feed; the "
        "scrap web leaves the press into a scrap web chopper. Apart from the force, the table size, the drive and "
        "the other values given for each model, the two presses are built alike. The coil reel, the straightener "
        "and the scrap web chopper have their own manuals. The blanking tools are designed, set up on the bench "
        "and reground by the site's tool room; this manual gives the limits the press needs, not the tool drawings. "
        "The foundation and its vibration isolation are designed by the site's civil engineer from the loads in "
        "the installation drawing.",
    ),
    (
        "warn",
        "WARNING: Never reach into the tool area with the main motor running, even with the clutch disengaged. "
        "Lock out the main switch and fit the slide safety block before any work in the tool area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CBP-160", "CBP-250"],
            ["Nominal force", "1600 kN", "2500 kN"],
            ["Nominal force available from this height above bottom dead centre", "3.0 mm", "4.0 mm"],
            ["Stroke (fixed)", "25 mm", "30 mm"],
            ["Stroke rate, continuous running", "120-400 strokes/min", "100-320 strokes/min"],
            ["Rows in the tool, maximum (blanks per stroke)", "16", "24"],
            ["Blank diameter", "14-32 mm", "16-40 mm"],
            ["Strip width, maximum", "260 mm", "360 mm"],
            ["Strip thickness", "0.8-3.0 mm", "1.0-4.0 mm"],
            ["Feed pitch, maximum", "250 mm", "300 mm"],
            ["Shut height, stroke down, adjustment up", "380 mm", "420 mm"],
            ["Slide adjustment", "80 mm", "100 mm"],
            ["Bolster area, left-right x front-back", "1000 x 700 mm", "1300 x 850 mm"],
            ["Main motor 400 V 3~ 50 Hz", "37 kW", "55 kW"],
            ["Hydraulic overload trips at (110 % of nominal force)", "1760 kN", "2750 kN"],
            ["Lubrication oil ISO VG 220, circulation tank", "60 L", "90 L"],
            ["Compressed air for clutch, brake and slide balancers", "6 bar, 300 NL/min", "6 bar, 450 NL/min"],
            ["Mass of the press", "21 t", "32 t"],
            [
                "Noise at 1 m, enclosure closed, blanking 2.0 mm CuNi25 at 300 strokes/min",
                "82 dB(A)",
                "84 dB(A)",
            ],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Output (blanks/min) = stroke rate (strokes/min) x rows in the tool. A CBP-250 running a 24-row tool at "
        "300 strokes/min makes 7200 blanks per minute. The stroke rates in the table hold for strip up to 2.5 mm "
        "thick: above 2.5 mm the CBP-160 may run at no more than 250 strokes/min, and above 3.2 mm the CBP-250 at "
        "no more than 200 strokes/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained setters may change tools or work with the enclosure open; operators run the press with "
            "the enclosure closed.",
            "Hearing protection is required in the press hall whether or not the enclosure is closed.",
            "Strip edges and the scrap web are sharp: wear cut-resistant gloves (level D or higher) and sleeves when "
            "threading strip or clearing the chute.",
            "Never run the press with the slide safety block out of its holder, and never bridge the two-hand "
            "inching control.",
            "The brake stop time is checked every week (section 9). A press whose stop time is above the limit must "
            "not be used until the brake has been put right.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Blanking force"),
            (
                "p",
                "Required force (kN) = blank perimeter (mm) x strip thickness (mm) x shear strength (N/mm²) x rows "
                "/ 1000, with the perimeter = 3.1416 x blank diameter. The required force must stay at or below "
                "70 % of the nominal force, that is 1120 kN on the CBP-160 and 1750 kN on the CBP-250, to leave a "
                "margin for tool wear. Example: 16 rows of 23.25 mm blanks from 2.0 mm CuNi25: 73.0 mm x 2.0 mm x "
                "300 N/mm² = 43.8 kN per blank, x 16 = 701 kN, which is within the CBP-160 limit.",
            ),
            ("h", "Shear strength"),
            (
                "p",
                "Use these values unless the strip supplier's certificate gives others: CuNi25 300 N/mm², nickel "
                "brass (CuNi12Zn24) 320 N/mm², aluminium bronze (CuAl6Ni2) 380 N/mm², copper-plated steel 340 "
                "N/mm², copper 200 N/mm². For other materials ask the strip supplier; Halvorn gives no values "
                "for them.",
            ),
            ("h", "Cutting clearance"),
            (
                "p",
                "Clearance per side between punch and die: 4-6 % of the strip thickness for copper alloys and 6-8 % "
                "for plated steel. Example: 2.0 mm CuNi25 needs 0.08-0.12 mm per side.",
            ),
            ("h", "Strip layout"),
            (
                "p",
                "The bridge between two blanks must be at least 1.2 x strip thickness and the edge web at least "
                "1.5 x strip thickness, and never less than 1.5 mm and 2.0 mm respectively. Thinner webs break and "
                "pull into the feed (B06).",
            ),
            ("h", "Lubrication and warm-up"),
            (
                "p",
                "Oil pressure at the crank bearings at least 1.5 bar (B08 below it). Oil temperature 20-55 °C in "
                "running; B10 stops the press above 60 °C. In a hall below 10 °C, run the press for 15 min at 120 "
                "strokes/min without strip before production.",
            ),
            ("h", "Brake stop time"),
            (
                "p",
                "Measured with the built-in stop time test at the maximum stroke rate: no more than 180 ms (CBP-160) "
                "or 220 ms (CBP-250). Between 90 % and 100 % of the limit B12 warns; above the limit the press "
                "locks out.",
            ),
            ("h", "Slide adjustment"),
            (
                "p",
                "Adjust the shut height only with the press stopped at top dead centre. The punches should enter "
                "the die by 0.5-1.0 mm at bottom dead centre; a deeper entry wears the die land.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and press RESET."],
            [
                "B02",
                "Enclosure open",
                "A guard door opened while running. Close it; the press restarts only from top dead centre.",
            ],
            [
                "B03",
                "Main motor overload",
                "Motor current too high for more than 10 s: tool dull, strip too thick or too hard.",
            ],
            [
                "B04",
                "Overload tripped",
                "Hydraulic overload opened at 110 % of nominal force: double strip, a blank stuck in the die or a "
                "wrong tool. Clear the cause and re-arm (section 8).",
            ],
            ["B05", "Strip end", "Strip end sensor at the feed inlet. Load a new coil (section 6)."],
            [
                "B06",
                "Misfeed",
                "The pilot sensor did not see the pilot pin enter: feed pitch wrong, web broken or strip buckled.",
            ],
            ["B07", "Blank chute blocked", "Blank discharge sensor covered for more than 2 s. Clear the chute."],
            ["B08", "Oil pressure low", "Below 1.5 bar at the crank bearings. Check the oil level and the filter."],
            ["B10", "Oil temperature high", "Above 60 °C. Check the oil cooler and its cooling water."],
            ["B11", "Air pressure low", "Below 5 bar at the clutch valve. The press stops at top dead centre."],
            [
                "B12",
                "Brake stop time",
                "Stop time above 90 % of the limit (warning) or above the limit (lock-out). See section 9.",
            ],
            ["B13", "Chopper stopped", "Scrap web chopper not running. See the chopper's own manual."],
            ["B14", "Service due", "2000 running hours since the last service. The press still runs."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Burr on the blanks higher than 0.05 mm",
                "Tool dull, or clearance too large for the strip",
                "Change the tool and send it to the tool room for regrinding",
            ],
            [
                "Blanks dished or bent",
                "Stripper pressure low, or blanks pulled up by the punches (oil film)",
                "Check the stripper springs; use less strip oil",
            ],
            [
                "Web breaks between the rows",
                "Bridge too narrow, or feed pitch too long",
                "Check the strip layout (section 3); reset the pitch",
            ],
            [
                "Blanks with a flat on the edge",
                "Strip not centred, or strip narrower than the layout width",
                "Set the strip guides; check the coil width",
            ],
            [
                "B04 at the start of a new coil",
                "Coil end welded or folded over, double strip",
                "Cut out the weld or fold before threading",
            ],
            [
                "Squealing from the crank area after a cold start",
                "Oil too cold, pressure building slowly",
                "Warm-up run (section 3)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading a new coil and starting production"),
    (
        "ol",
        [
            "Stop the press at top dead centre and check that B05 is shown.",
            "Place the coil on the reel with the strip coming off the top; set the reel brake as in the reel's manual.",
            "Cut the strip end square and remove any weld, fold or damaged end, at least the first 1 m.",
            "Thread the strip through the straightener into the feed rolls with INCH FEED.",
            "Set the strip guides to the strip width plus 0.5 mm.",
            "Check the recipe on the display: pitch, stroke rate, strip thickness and tool number.",
            "Make 5 single strokes with INCH and check the first blanks: diameter, burr no more than 0.05 mm, "
            "no flats.",
            "Close the enclosure, select CONTINUOUS and raise the stroke rate in steps of 50 strokes/min to the "
            "recipe rate.",
            "Record the coil number and the first-off check in the batch record.",
        ],
    ),
    ("h", "7. Changing the blanking tool"),
    (
        "ol",
        [
            "Run out the strip, or cut it before the feed and pull it out of the tool.",
            "Stop the press at top dead centre, select SETUP and lock out the main switch.",
            "Fit the slide safety block between slide and bolster.",
            "Disconnect the tool's stripper air and the pilot sensor plug.",
            "Remove the safety block and lower the slide by inching until the tool is closed, the upper tool "
            "resting on the lower tool.",
            "Release the upper tool clamps, then the lower tool clamps (hydraulic, four of each).",
            "Raise the slide and roll the tool out onto the tool cart; a tool set weighs up to 450 kg (CBP-160) "
            "or 700 kg (CBP-250).",
            "Roll the new tool in against the stops and lower the slide onto it.",
            "Clamp the upper and the lower tool; clamping pressure 250 bar.",
            "Set the shut height for a punch entry of 0.5-1.0 mm and check it by inching through one full stroke.",
            "Connect the air and the sensor and load the tool's recipe.",
        ],
    ),
    ("h", "8. Re-arming the hydraulic overload"),
    (
        "ol",
        [
            "Select SETUP. The display shows B04 and the slide position.",
            "If the slide is stuck near bottom dead centre, select REVERSE INCH and bring it back to top dead "
            "centre; never use continuous running for this.",
            "Lock out and remove the cause (double strip, stuck blank, broken punch).",
            "Press OVERLOAD RESET: the pump refills the overload cushion in about 20 s.",
            "Check that the cushion pressure reaches 180-200 bar on the gauge.",
            "Make 3 single strokes without strip before restarting production.",
        ],
    ),
    ("h", "9. Checking the brake stop time (weekly)"),
    (
        "ol",
        [
            "Run the press without strip at the maximum stroke rate of the model.",
            "Select SERVICE > STOP TIME and press START TEST.",
            "The press stops from the 90° crank position; the display shows the stop time and the stopping angle.",
            "Repeat three times and record the highest value.",
            "Compare with the limit: no more than 180 ms (CBP-160) or 220 ms (CBP-250).",
            "Above 90 % of the limit, set the brake air gap to 0.8-1.2 mm; if the gap is right, have the brake "
            "relined.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Every shift",
                "Check the oil level, the air pressure and the blank chute; clean scale from the tool area",
            ],
            ["Weekly", "Brake stop time test (section 9); check the strip guide rollers"],
            [
                "400 000 strokes or a burr above 0.05 mm, whichever comes first",
                "Change the blanking tool and send it to the tool room for regrinding",
            ],
            ["500 h", "Change the oil filter element"],
            ["2000 h (B14)", "Halvorn service: clutch and brake linings, gib clearance, overload valve"],
            ["4000 h or 2 years, whichever comes first", "Change the lubrication oil (60 L or 90 L)"],
            ["Yearly", "Check the flywheel belt tension and the foundation bolts"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CBP-160", "CBP-250"],
            ["Clutch and brake lining set", "HLV-CB-160", "HLV-CB-250"],
            ["Oil filter element", "HLV-OF-22", "HLV-OF-22"],
            ["Overload valve", "HLV-OV-160", "HLV-OV-250"],
            ["Pilot sensor", "HLV-PS-08", "HLV-PS-08"],
            ["Strip guide rollers, set of 4", "HLV-SG-26", "HLV-SG-36"],
            ["Flywheel belt set", "HLV-FB-37", "HLV-FB-55"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pragmont MK coining presses
PRAGMONT = [
    ("title", "Pragmont MK Coining Presses\nOperating and Maintenance Instructions - MK-120 and MK-200"),
    (
        "p",
        "Document PGM-OM-MK-07, Edition 2, November 2024. Pragmont Minting Machines. The MK-120 and MK-200 are "
        "knuckle-joint coining presses for circulation coins. Blanks come from a hopper feeder down a feed tube, "
        "and an eight-pocket dial plate carries each blank between the dies, where it is struck inside a collar "
        "(ring die) and ejected by the lower die. Apart from the force, the coin range, the drive and the other "
        "values given for each model, the presses are built alike. The bimetallic feeder BF-2, which assembles a "
        "ring and a core before striking, fits the MK-200 only. Proof coins are struck on proof presses and are "
        "not covered by these instructions. The dies and collars are made, polished and approved by the mint's die "
        "shop, which also states the die life for each design; the coin specification (diameter, thickness, "
        "weight) comes from the quality department.",
    ),
    (
        "warn",
        "WARNING: Never reach past the dial plate guard with the press in INCH or RUN. A blank or a fragment of a "
        "broken die can be thrown out of the striking area: run only with the striking area guard closed, and wear "
        "safety glasses whenever it is open.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MK-120", "MK-200"],
            ["Coining force, maximum", "1200 kN", "2000 kN"],
            ["Output with one die pair", "150-750 coins/min", "120-600 coins/min"],
            ["Coin diameter", "14-30 mm", "16-40 mm"],
            ["Blank thickness", "1.0-3.0 mm", "1.2-3.6 mm"],
            ["Die diameter (shank)", "32 mm", "44 mm"],
            ["Die length", "60 mm", "70 mm"],
            ["Die gap adjustment of the upper die", "0.01 mm steps, 8 mm range", "0.01 mm steps, 10 mm range"],
            ["Dial plate pockets", "8", "8"],
            ["Main motor with frequency converter", "15 kW", "22 kW"],
            ["Circulating lubrication oil ISO VG 150", "40 L", "55 L"],
            ["Compressed air", "6 bar, 120 NL/min", "6 bar, 160 NL/min"],
            ["Bimetallic feeder BF-2", "not available", "option"],
            ["Mass", "6.8 t", "9.5 t"],
            ["Noise at 1 m, cabin closed, at maximum output", "79 dB(A)", "81 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum outputs hold for coins up to 25 mm in diameter. Above 25 mm the MK-120 may run at no more "
        "than 600 coins/min and the MK-200 at no more than 450 coins/min. With the BF-2 bimetallic feeder the "
        "MK-200 runs at up to 350 coins/min whatever the diameter.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the mint on this press may set dies or run it. Setters work alone at the press; "
            "the operator stays outside the cabin.",
            "Lock out the main switch before opening the striking area guard. INCH with the guard open is possible "
            "only with the setter's key and the hold-to-run button.",
            "Struck coins are legal tender or coin material under the mint's security rules: scrap coins, test "
            "coins and rejected blanks go into the locked scrap box, never into pockets or open bins.",
            "Never strike a blank without a collar fitted, and never strike with the dial plate removed.",
            "The noise levels are with the cabin closed; wear hearing protection whenever the cabin is open.",
        ],
    ),
    ("page",),
    ("h", "3. Force setting and monitoring"),
    (
        "cols",
        [
            ("h", "Required force"),
            (
                "p",
                "Coining force (kN) = coin area (mm²) x specific pressure (N/mm²) / 1000, with the area = 0.7854 x "
                "diameter². Specific pressures for designs of normal relief: nickel-plated steel 1800 N/mm², "
                "CuNi25 1600 N/mm², Nordic gold (CuAl5Zn5Sn1) 1500 N/mm², nickel brass 1400 N/mm². High-relief "
                "designs need more; the die shop gives the value with the design.",
            ),
            ("h", "Force setpoint"),
            (
                "p",
                "Set the force 10 % above the required force, and never above the maximum of the press. Example: "
                "a 23.25 mm CuNi25 coin: 0.7854 x 23.25² = 424.6 mm², x 1600 N/mm² = 679 kN; set 747 kN. A coin "
                "whose required force is above the maximum of the press cannot be struck on it.",
            ),
            ("h", "Force monitoring"),
            (
                "p",
                "Every stroke is measured with the strain gauges in the frame. A stroke more than 15 % above the "
                "setpoint stops the press at once (C04, usually a double blank). Three strokes in a row more than "
                "15 % below the setpoint stop the press (C05, usually missing blanks or a blank out of the collar). "
                "The window can be set from ±8 % to ±25 %.",
            ),
            ("h", "Collar"),
            (
                "p",
                "The collar bore must be 0.05-0.10 mm larger than the blank diameter. Change the collar when the "
                "bore has worn more than 0.03 mm beyond this, or as soon as coins show a fin at the edge.",
            ),
            ("h", "Die gap"),
            (
                "p",
                "Set the die gap with the press at bottom dead centre, using the gauge block supplied. During the "
                "first-off check close the gap in steps of 0.02 mm only.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Oil temperature 25-50 °C; the circulation pump must give at least 2 bar (C09 below). The knuckle "
                "joint is greased by the automatic greaser, 0.2 cm³ every 30 min of running.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["C02", "Guard open", "Striking area guard or cabin door open."],
            [
                "C03",
                "Feed empty",
                "No blank in the feed tube for 3 s: hopper empty or feed tube blocked.",
            ],
            [
                "C04",
                "Overforce",
                "A stroke more than 15 % above the setpoint: double blank or a foreign body. Inspect both dies and "
                "the collar before restarting.",
            ],
            [
                "C05",
                "Underforce",
                "Three strokes in a row more than 15 % below the setpoint: missing blanks or a blank out of the "
                "collar.",
            ],
            [
                "C06",
                "Dial plate position",
                "The dial plate was not in position at the stroke: plate worn or a blank jammed under it (section 8).",
            ],
            ["C08", "Ejector", "The lower die ejector did not return: a coin stuck in the collar."],
            ["C09", "Oil pressure low", "Below 2 bar. Check the oil level and the filter."],
            ["C10", "Oil temperature high", "Above 55 °C. Check the oil cooler."],
            [
                "C11",
                "Converter fault",
                "Drive fault. Read the code on the converter in the cabinet and see the converter's manual.",
            ],
            ["C12", "Die counter", "The die counter reached the die life entered for the dies. Change the dies."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Weak relief, lettering at the rim not filled",
                "Force too low for the alloy or design, die gap too wide, or blanks too hard",
                "Check the force setpoint and the die gap; have the quality department check the blank hardness",
            ],
            [
                "Fin or wire edge around the coin",
                "Collar worn or collar bore too large",
                "Measure the collar bore and change the collar",
            ],
            [
                "Coins stick in the collar",
                "Collar bore too tight, or ejector spring broken",
                "Check the collar bore; check the ejector spring",
            ],
            [
                "Image off centre, rim only partly struck",
                "Dial plate worn, or feed timing out",
                "Change the dial plate; reset the feed timing",
            ],
            [
                "Dies crack after a short run",
                "Force set too high, or upper and lower die not aligned",
                "Check the setpoint; check the alignment (section 6, step 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the dies and the collar"),
    (
        "ol",
        [
            "Stop the press at top dead centre, open the cabin and lock out the main switch.",
            "Remove the dial plate guard and the dial plate.",
            "Loosen the upper die clamp screw and pull the upper die with the die puller; never knock it out.",
            "Remove the collar clamp ring and lift out the collar with the lower die.",
            "Clean the die seats with a lint-free cloth and solvent and check them for burrs.",
            "Fit the new lower die and collar so that the lower die face stands 0.3-0.5 mm below the collar top.",
            "Fit the new upper die and tighten the clamp screw to 40 Nm (MK-120) or 60 Nm (MK-200).",
            "Check the alignment with the alignment pin: it must drop through the upper die holder into the collar "
            "without force.",
            "Refit the dial plate and its guard.",
            "Reset the die counter and enter the die numbers and the die life given by the die shop.",
            "Do the first-off check (section 7).",
        ],
    ),
    ("h", "7. First-off check"),
    (
        "ol",
        [
            "Set the force setpoint (section 3) and set the die gap with the gauge block.",
            "Select INCH and strike 3 single coins.",
            "Check the coins: relief and lettering filled at the rim, no fin, image centred.",
            "If the relief is not filled, close the die gap by 0.02 mm and strike 3 more; never raise the force "
            "above the setpoint rule.",
            "Measure the diameter and the thickness against the coin specification.",
            "Hand 5 coins to the quality department for approval and wait for its release.",
            "Start RUN at 50 % of the recipe output and raise it in steps every 2 min.",
        ],
    ),
    ("h", "8. Clearing a blank jam at the dial plate"),
    (
        "ol",
        [
            "Stop the press and lock out the main switch.",
            "Remove the dial plate guard.",
            "Turn the dial plate by hand with the handwheel until the jammed blank comes free; never turn the main "
            "drive for this.",
            "Take the loose blanks out of the feed tube and put them in the scrap box.",
            "Check the dial plate pockets for burrs; change the plate if a pocket is worn by more than 0.2 mm.",
            "Refit the guard, reset C06 and strike 3 single coins in INCH before RUN.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the oil level; clean the dial plate and the feed tube; empty the scrap box"],
            ["At every die change", "Measure the collar bore and the dial plate pockets"],
            ["Weekly", "Check the greaser level; test the guard switches"],
            ["1000 h", "Change the oil filter element"],
            ["3000 h or 18 months, whichever comes first", "Change the circulating oil (40 L or 55 L)"],
            ["Yearly", "Pragmont service: strain gauge force calibration, knuckle joint clearance"],
            [
                "Every 50 million strokes",
                "Knuckle joint bearings replaced by Pragmont service (not a site task)",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MK-120", "MK-200"],
            ["Dial plate (state the coin diameter)", "PGM-DP-12-xx", "PGM-DP-20-xx"],
            ["Die puller", "PGM-DX-32", "PGM-DX-44"],
            ["Upper die clamp screw", "PGM-CS-12", "PGM-CS-20"],
            ["Ejector spring set", "PGM-ES-12", "PGM-ES-20"],
            ["Oil filter element", "PGM-OF-15", "PGM-OF-15"],
            ["Strain gauge amplifier", "PGM-SA-01", "PGM-SA-01"],
            ["BF-2 feeder fingers", "-", "PGM-BF-FF"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Nummivis NV-8 coin inspection machine
NUMMIVIS = [
    ("title", "Nummivis NV-8 Coin Inspection Machine\nUser Manual"),
    (
        "p",
        "Document NVS-UM-NV8-02, Edition 1, June 2025. Nummivis Inspection Systems. The NV-8 inspects struck coins "
        "at production rate. A bowl feeder singles the coins onto a transparent conveyor belt; four colour cameras "
        "photograph the obverse, the reverse and, through two mirrors, the edge; a laser line sensor measures the "
        "diameter and the thickness. Coins outside a tolerance or with a surface defect are blown by air jets into "
        "the reject bin, and a confirmation sensor checks that they have gone. Good coins go on to the counting and "
        "bagging machine, which has its own manual. The tolerances of each coin are those of the coin specification "
        "issued by the mint's quality department; the NV-8 only applies them. Calibration of the laser sensor and "
        "software updates are carried out by Nummivis service.",
    ),
    (
        "warn",
        "CAUTION: The laser line sensor is class 2. Do not stare into the beam and do not defeat the cover "
        "switches. The reject jets fire without warning while the machine runs: keep hands out of the jet zone.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NV-8"],
            ["Coin diameter", "14-40 mm"],
            ["Coin thickness", "1.0-4.0 mm"],
            ["Throughput, coins up to 32 mm", "up to 1200 coins/min"],
            ["Throughput, coins over 32 mm", "up to 800 coins/min"],
            ["Conveyor belt speed", "10-36 m/min"],
            ["Cameras", "4 colour cameras, 5 MP, LED ring and dome lighting"],
            ["Diameter and thickness measurement", "laser line sensor, resolution 0.005 mm"],
            [
                "Measuring accuracy, diameter and thickness",
                "±0.01 mm for clean, dry coins at 15-30 °C, within 8 h of a gauge disc check",
            ],
            [
                "Smallest surface defect detected",
                "0.10 mm² (scratch, spot or die crack mark) at belt speeds up to 30 m/min",
            ],
            ["Reject jets", "3 jets, valve response 2 ms"],
            ["Compressed air", "6 bar ±0.5 bar, dry and oil-free; 80 NL/min at 1000 coins/min"],
            ["Supply", "230 V 1~ 50 Hz, 2.4 kW"],
            ["Bowl feeder volume", "25 L"],
            ["Recipes stored", "200"],
            ["Ambient", "10-35 °C, up to 80 % RH without condensation"],
            ["Mass", "480 kg"],
        ],
        (80, 90),
    ),
    (
        "p",
        "Throughput (coins/min) = belt speed (m/min) x 1000 / (coin diameter (mm) + 5 mm), because the bowl "
        "feeder leaves a gap of about 5 mm between coins. Example: 23.25 mm coins at 30 m/min: 30 000 / 28.25 = "
        "1062 coins/min. The result may not exceed the throughput limit in the table.",
    ),
    (
        "p",
        "Installation: the NV-8 stands between the outlet conveyor of the coining press and the counting machine, "
        "level within 1 mm per metre on its four feet and out of direct sunlight, which disturbs the lighting. "
        "Keep it at least 3 m from a coining press, or stand it on the vibration isolating feet NVS-VF-4: press "
        "vibration blurs the images and shows as false surface defects. The compressed air comes from the site's "
        "network through the NV-8's own filter and regulator; the connection to the counting machine is a "
        "single signal cable that stops the feeder when the counting machine is not ready.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Switch the machine off at the main switch before reaching into the bowl feeder or the camera tunnel.",
            "Rejected coins are mint property under the security rules: the reject and recheck bins are locked, "
            "and only the shift leader empties them.",
            "Use only dry air of no more than 2 bar for blowing dust out of the tunnel; higher pressure drives "
            "dust into the camera housings.",
            "Never look into the laser window with the cover open and the machine powered.",
        ],
    ),
    ("h", "3. Inspection settings and limits"),
    (
        "cols",
        [
            ("h", "Diameter and thickness"),
            (
                "p",
                "The tolerances come from the recipe. If the coin specification gives none, the NV-8 uses nominal "
                "±0.08 mm for the diameter and ±0.10 mm for the thickness. Settable from ±0.02 to ±0.30 mm. A "
                "tolerance tighter than ±0.03 mm needs a gauge disc check every 4 h instead of every 8 h.",
            ),
            ("h", "Surface defects"),
            (
                "p",
                "A defect is rejected above 0.15 mm² by default (settable 0.10-1.00 mm²). Defects smaller than 0.10 "
                "mm² are not detected reliably at any setting. Above 30 m/min belt speed the smallest defect "
                "detected becomes 0.20 mm².",
            ),
            ("h", "Colour"),
            (
                "p",
                "On bimetallic coins the ring and core colours are compared with the taught colour; a colour "
                "difference above delta E 6 rejects the coin. Colour is taught again after any change of the "
                "lighting units.",
            ),
            ("h", "Edge"),
            (
                "p",
                "Edge lettering or reeding is checked for presence only; the NV-8 does not read the lettering.",
            ),
            ("h", "Reject rate"),
            (
                "p",
                "More than 2 % rejects over the last 1000 coins gives the warning V06. More than 5 % over the last "
                "1000 coins stops the feeder (V07). A rising reject rate usually points at the coining press or the "
                "blanks, not at the NV-8: tell the press setter.",
            ),
            ("h", "Master coin set"),
            (
                "p",
                "Each recipe has a master set of 10 good coins and 5 coins with marked defects, approved by the "
                "quality department. The NV-8 must sort all 15 correctly at the start of every shift (section 7).",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["V01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["V02", "Cover open", "A cover of the camera tunnel is open. Close it; the lights come back after 5 s."],
            ["V03", "Air pressure low", "Below 5.5 bar: the jets cannot reject reliably. The feeder stops."],
            [
                "V04",
                "Camera lost",
                "A camera does not answer. Check the cable at the camera and press RESET; if it recurs, call "
                "Nummivis service.",
            ],
            ["V05", "Lighting fault", "LED ring or dome current out of range. Replace the lighting unit."],
            ["V06", "Reject rate high", "More than 2 % rejects over 1000 coins. Check the coins and the press."],
            ["V07", "Reject rate stop", "More than 5 % rejects over 1000 coins. The feeder is stopped."],
            [
                "V08",
                "Reject not confirmed",
                "A coin to be rejected was seen by the confirmation sensor after the jets. The last 200 coins are "
                "diverted to the recheck bin. Check the jet nozzles and the air.",
            ],
            ["V09", "Gauge check due", "8 h (or 4 h) since the last gauge disc check."],
            ["V11", "Belt speed", "Belt speed more than 3 % off the setpoint. Check the belt tension."],
            ["V12", "Bin full", "Reject or recheck bin full (level sensor)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many good coins rejected for surface defects",
                "Camera windows or dome dirty, or coins wet or oily from the press",
                "Clean the windows (section 8); check the coins are dry",
            ],
            [
                "Diameter readings drift during the shift",
                "Laser window dirty, or the hall temperature changed by more than 10 °C",
                "Clean the laser window; do a gauge disc check",
            ],
            [
                "Coins jump or flip over on the belt",
                "Bowl feeder amplitude too high, or belt too fast for the coin",
                "Lower the amplitude; reduce the belt speed",
            ],
            [
                "Bad coins found in the good bags",
                "Jet nozzles blocked or air pressure low",
                "Clean the nozzles; check the air supply",
            ],
            [
                "All bimetallic coins rejected for colour",
                "Lighting unit changed without teaching the colour again",
                "Teach the colour (section 6, step 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Teaching a new coin type"),
    (
        "ol",
        [
            "Select RECIPE > NEW and enter the coin's name, nominal diameter, thickness and tolerances from the "
            "coin specification.",
            "Set the guide rails to the coin diameter plus 2 mm.",
            "Feed 50 good coins from the approved first-off batch at a belt speed of 10 m/min.",
            "The NV-8 learns the obverse, reverse and edge images; check that each side is recognised.",
            "Set the defect size limit (default 0.15 mm²).",
            "Run the master set (section 7) and correct the settings until all 15 coins are sorted right.",
            "For bimetallic coins press TEACH COLOUR and feed 20 good coins.",
            "Save the recipe; the quality department releases it with its password.",
        ],
    ),
    ("h", "7. Shift start check with the master set"),
    (
        "ol",
        [
            "Empty the reject and recheck bins (shift leader).",
            "Load the recipe of the coin to be inspected.",
            "Do the gauge disc check: run the 20.000 mm and the 30.000 mm steel gauge discs 5 times each; every "
            "reading must be within ±0.01 mm of the disc size.",
            "Feed the 15 master coins.",
            "All 10 good coins must reach the good chute and all 5 defect coins the reject bin.",
            "If a coin is sorted wrong, clean the windows (section 8) and repeat once; if it fails again, do not "
            "start and inform the quality department.",
            "Record the result in the shift log.",
        ],
    ),
    ("h", "8. Cleaning the camera windows and the lighting"),
    (
        "ol",
        [
            "Stop the machine and wait 5 s until the belt has stopped.",
            "Open the tunnel covers (V02 shows).",
            "Blow loose dust off with dry air at no more than 2 bar.",
            "Wipe the camera windows, the laser window and the mirrors with a Nummivis lens cloth and isopropanol.",
            "Wipe the dome diffuser with a dry microfibre cloth only; never use solvent on it.",
            "Close the covers and do a gauge disc check.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Master set check (section 7); empty the bins"],
            ["Every 8 h, or every 4 h with tolerances tighter than ±0.03 mm", "Gauge disc check"],
            ["Daily", "Clean the windows, the mirrors and the dome (section 8)"],
            ["Weekly", "Clean the jet nozzles; check the belt for scratches"],
            ["Monthly", "Belt tension: 3-4 mm deflection under 10 N at mid-span"],
            ["Every 12 months", "Nummivis service: laser sensor calibration and software update"],
            ["Every 20 000 h", "Replace the LED lighting units, then teach the colours again"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Conveyor belt, transparent", "NVS-CB-800"],
            ["Jet valve", "NVS-JV-02"],
            ["Jet nozzle set (3)", "NVS-JN-3"],
            ["LED ring unit", "NVS-LR-05"],
            ["Dome diffuser", "NVS-DD-01"],
            ["Gauge discs 20.000 mm and 30.000 mm, with certificate", "NVS-GD-2030"],
            ["Lens cloths, pack of 50", "NVS-LC-50"],
            ["Vibration isolating feet, set of 4", "NVS-VF-4"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Tiefdorn WX intaglio wiping systems
TIEFDORN = [
    ("title", "Tiefdorn WX Intaglio Wiping Systems\nOperation and Maintenance - WX-700 and WX-820"),
    (
        "p",
        "Document TFD-OM-WX-03, Edition 2, February 2025. Tiefdorn Print Engineering. The WX wiping system removes "
        "the surplus ink from the engraved plates of a sheet-fed intaglio press. A wiping cylinder with a plastisol "
        "covering runs against the inked plate cylinder in the opposite direction; the ink it takes up is washed "
        "off the covering by a hot caustic wiping solution, a brush roller and two doctor blades. The solution is "
        "filtered and returned to the tank, and the ink sludge is separated by the solution cleaning unit "
        "(centrifuge), which has its own manual. The WX-700 fits presses for sheets up to 700 mm wide and the "
        "WX-820 presses for sheets up to 820 mm; apart from the widths and the other values given for each model, "
        "they are built alike. The intaglio press, its inking units and the plates are covered by the press "
        "maker's manual. The spent solution and the sludge go to the site's waste water treatment plant, which "
        "sets the limits for what may be drained to it.",
    ),
    (
        "warn",
        "WARNING: The wiping solution is caustic (sodium hydroxide) and hot. Wear a face shield, chemical gloves "
        "and an apron when taking samples, adding lye or opening the tank. An eye wash must be within 10 m of the "
        "tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WX-700", "WX-820"],
            ["Sheet width, maximum", "700 mm", "820 mm"],
            ["Wiping cylinder diameter over the covering", "360 mm", "420 mm"],
            ["Plastisol covering thickness, new", "8.0 mm", "8.0 mm"],
            ["Minimum covering thickness after regrinding", "5.5 mm", "6.0 mm"],
            [
                "Surface speed ratio, wiping cylinder to plate cylinder",
                "1.1-1.4 (default 1.25)",
                "1.1-1.4 (default 1.30)",
            ],
            ["Contact stripe width (ink stripe test)", "16-22 mm", "18-26 mm"],
            ["Solution tank", "1500 L", "1800 L"],
            ["Circulation flow", "120 L/min", "150 L/min"],
            ["Solution temperature in printing", "38-45 °C", "40-48 °C"],
            ["Heating from cold (20 °C) to the range", "60 min", "75 min"],
            ["Heater", "18 kW", "24 kW"],
            ["Bag filter", "50 µm", "50 µm"],
            ["Doctor blades", "2, stainless, 0.4 mm", "2, stainless, 0.4 mm"],
            ["Brush roller drive", "1.1 kW", "1.5 kW"],
            ["Supply 400 V 3~ 50 Hz, total", "26 kW", "34 kW"],
            ["Mass with a full tank", "3.4 t", "4.1 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The standard solution is 1.0 % sodium hydroxide (NaOH) and 0.5 % sulfonated castor oil in softened water, "
        "for standard oxidative intaglio inks. Keep the NaOH content within 0.8-1.2 %. Inks that need another "
        "solution are set out in the ink maker's data sheet; Tiefdorn does not give compositions for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lye (50 % NaOH) is added only through the dosing funnel on the tank lid, never by pouring into an open "
            "tank.",
            "Lock out the wiping cylinder drive and the press before working at the blades or the brush roller: "
            "the wiping cylinder and the plate cylinder form a nip that draws in hands and cloths.",
            "Keep press wash solvent away from the covering and the tank; solvent swells the plastisol.",
            "Surfaces of the tank and the heater housing can reach 50 °C.",
        ],
    ),
    ("page",),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "NaOH content"),
            (
                "p",
                "Measure the NaOH content by titration once per shift, or read the conductivity: at 40 °C, 1.0 % "
                "NaOH gives about 48 mS/cm. Conductivity readings are not reliable when the solution holds more "
                "than 3 % ink sludge; titrate then.",
            ),
            ("h", "Adding lye"),
            (
                "p",
                "NaOH to add (kg) = tank volume (L) x (target % - measured %) / 100. With 50 % lye, add twice this "
                "mass. Example: WX-700, 1500 L at 0.7 %, target 1.0 %: 1500 x 0.3 / 100 = 4.5 kg NaOH, that is "
                "9.0 kg of 50 % lye. Add lye only with the circulation running and never more than 10 kg at a time.",
            ),
            ("h", "Renewing the solution"),
            (
                "p",
                "Renew the solution after 400 h of printing or when the sludge content exceeds 5 %, whichever comes "
                "first.",
            ),
            ("h", "Wiping pressure"),
            (
                "p",
                "The wiping pressure is set by the width of the contact stripe, not by the gauge. Too narrow a "
                "stripe leaves tint on the plate; too wide a stripe wears the plate and the covering.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Below the range the ink is not washed off the covering; above 50 °C the plastisol softens and "
                "swells. The heater cuts out at 52 °C (W07).",
            ),
            ("h", "Covering"),
            (
                "p",
                "Regrind the covering when it is swollen, scored deeper than 0.2 mm or out of round by more than "
                "0.05 mm, and at the latest after 2000 h. Below the minimum thickness the covering must be re-cast; "
                "regrinding and re-casting are done by Tiefdorn service or a covering specialist.",
            ),
            ("h", "Foam"),
            (
                "p",
                "Foam higher than 100 mm in the tank: add defoamer DF-3, 50 mL per 1000 L of solution.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "W02",
                "Tank level low",
                "Below the minimum mark. Top up with softened water, then correct the NaOH content.",
            ],
            ["W03", "Tank level high", "Tank overfilled or the return line blocked."],
            [
                "W04",
                "Circulation flow low",
                "Below 70 % of the nominal flow (84 L/min or 105 L/min): filter bag full or pump worn.",
            ],
            ["W05", "Filter differential pressure", "Above 0.8 bar. Change the filter bag."],
            ["W07", "Solution overtemperature", "Above 52 °C, heater cut out. Check the thermostat and the flow."],
            ["W08", "Solution cold", "Below the range for more than 10 min while printing."],
            ["W09", "Blade pressure low", "Below 2.5 bar air at the doctor blade cylinders."],
            ["W10", "Brush motor", "Brush roller drive tripped. Check for a cloth or sludge in the brush trough."],
            ["W11", "Cleaning unit", "Solution cleaning unit (centrifuge) fault; see its manual."],
            ["W12", "Wiping cylinder drive", "Drive fault or speed ratio outside 1.1-1.4."],
            ["W13", "Covering service due", "2000 h since the last regrinding of the covering."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tint (a thin ink film) on the non-image areas of the sheets",
                "Contact stripe too narrow, or solution too cold or too weak",
                "Ink stripe test (section 7); check the temperature and titrate",
            ],
            [
                "Streaks in the running direction",
                "Doctor blade nicked, or hard particles on the covering",
                "Change the blade (section 8); change the filter bag",
            ],
            [
                "Fine scratches on the plate",
                "Hard particles in the solution, filter bag torn",
                "Change the filter bag; renew the solution if the scratches go on",
            ],
            [
                "Heavy foam in the tank",
                "Defoamer used up, or too much castor oil",
                "Add defoamer DF-3 (section 3)",
            ],
            [
                "Covering soft and swollen",
                "Solution above 50 °C, or press wash solvent on the covering",
                "Check the thermostat; keep solvent off; have the covering reground",
            ],
            [
                "Sludge building up on the tank bottom",
                "Cleaning unit stopped, or sludge above 5 %",
                "Check the cleaning unit; renew the solution (section 9)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the tank level is at the middle of the sight glass.",
            "Switch on the circulation and the heater 60 min (WX-700) or 75 min (WX-820) before printing.",
            "When the solution is in range, titrate a sample and correct the NaOH content (section 3).",
            "Start the brush roller and set the doctor blade air to 2.5-3.5 bar.",
            "Engage the wiping cylinder at the default speed ratio with the press on impression-off.",
            "On the first start of the week, do the ink stripe test (section 7).",
            "Print the first sheets and check them for tint.",
        ],
    ),
    ("h", "7. Ink stripe test (setting the wiping pressure)"),
    (
        "ol",
        [
            "Stop the press with an inked plate opposite the wiping cylinder.",
            "Put the wiping cylinder on pressure with the drives stopped for 5 s; the ink marks a stripe on the "
            "covering.",
            "Take the cylinder off pressure and turn it by hand until the stripe can be seen.",
            "Measure the stripe width at both ends and in the middle.",
            "It must be 16-22 mm (WX-700) or 18-26 mm (WX-820), with the three readings within 2 mm of each other.",
            "Correct with the left and right pressure adjusters: one turn changes the stripe by about 3 mm.",
            "Repeat from step 2 until the stripe is right, then wash it off the covering with solution.",
        ],
    ),
    ("h", "8. Changing a doctor blade"),
    (
        "ol",
        [
            "Stop the wiping cylinder and release the blade air; the blade cylinders retract.",
            "Put on gloves and a face shield.",
            "Undo the blade clamp bar (M8 screws every 100 mm) and slide the old blade out sideways.",
            "Clean the blade holder with water.",
            "Slide the new blade in with the bevel towards the cylinder and a free length of 20 mm.",
            "Tighten the clamp screws from the middle outwards to 8 Nm.",
            "Set the blade air to 2.5-3.5 bar and run the cylinder slowly for 2 min; check the covering for streaks.",
        ],
    ),
    ("h", "9. Renewing the solution"),
    (
        "ol",
        [
            "Drain the tank to the waste water treatment plant, only after the plant has agreed.",
            "Rinse the tank and the lines with 300 L of warm water and drain again.",
            "Change the filter bag.",
            "Fill with softened water (hardness below 2 °dH) to the mark.",
            "Heat to 40 °C and add the NaOH: 15.0 kg (WX-700) or 18.0 kg (WX-820) as solid, or twice this as 50 % "
            "lye, in portions of no more than 10 kg.",
            "Add the castor oil: 7.5 L (WX-700) or 9.0 L (WX-820).",
            "Circulate for 30 min and titrate.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Titrate the solution; check the level and the temperature"],
            ["Daily", "Check the doctor blades for nicks; read the filter differential pressure"],
            ["Weekly", "Ink stripe test; clean the brush roller and its trough"],
            ["400 h of printing or sludge above 5 %, whichever comes first", "Renew the solution (section 9)"],
            ["2000 h (W13)", "Regrind the covering (Tiefdorn service or a covering specialist)"],
            ["Yearly", "Tiefdorn service: pump, heater, thermostat and drive check"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "WX-700", "WX-820"],
            ["Doctor blade, stainless 0.4 mm", "TFD-DB-70", "TFD-DB-82"],
            ["Filter bag 50 µm", "TFD-FB-50", "TFD-FB-50"],
            ["Brush roller", "TFD-BR-70", "TFD-BR-82"],
            ["Heater element", "TFD-HE-18", "TFD-HE-24"],
            ["Defoamer DF-3, 5 L", "TFD-DF-3", "TFD-DF-3"],
            ["Pressure adjuster set", "TFD-PA-01", "TFD-PA-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("halvorn-cbp-coin-blanking-press.pdf", "Halvorn HLV-OM-CBP-04 Ed 3 - CBP-160 / CBP-250", HALVORN),
        ("pragmont-mk-coining-press.pdf", "Pragmont PGM-OM-MK-07 Ed 2 - MK-120 / MK-200", PRAGMONT),
        ("nummivis-nv-coin-optical-inspection-machine.pdf", "Nummivis NVS-UM-NV8-02 Ed 1 - NV-8", NUMMIVIS),
        ("tiefdorn-wx-intaglio-wiping-system.pdf", "Tiefdorn TFD-OM-WX-03 Ed 2 - WX-700 / WX-820", TIEFDORN),
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
