"""Generate the PDF manuals of the hundred-and-seventy-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set174-scratch/venv && /tmp/set174-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set174-scratch/venv/bin/python knowledge/samples/hundredseventyfourth/make_pdfs.py

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



# ---------------------------------------------------------------- Spirelund JW jelly roll winders
SPIRELUND = [
    ("title", "Spirelund JW Jelly Roll Winders\nOperation and Maintenance Manual - JW-18 and JW-21"),
    (
        "p",
        "Document SPL-OM-JW-04, Edition 3, March 2025. Spirelund Cell Systems. The JW-18 and JW-21 are automatic "
        "winders that wind a cathode, an anode and two separator webs on a split mandrel into the jelly roll of a "
        "cylindrical lithium-ion cell: the JW-18 for the 18650 format and the JW-21 for the 21700 format. Each "
        "machine has four unwind stations, dancer tension control, a CCD edge camera on each web, a rotary "
        "knife cutter, a tape applicator and a laser diameter gauge. Apart from the format and the values given for each model in this "
        "manual, the two machines are built alike.",
    ),
    (
        "p",
        "The electrode and separator specifications (widths, thicknesses, tab positions, winding lengths and the "
        "specific tension) come from the customer's cell design; the machine must be set to them, and this manual "
        "does not give them. The winders are made to run in a dry room; the room, its air and its dew point are "
        "the plant's responsibility. The short-circuit (hi-pot) test of the finished rolls is done by the "
        "downstream tester and is described in that machine's manual.",
    ),
    (
        "warn",
        "WARNING: The mandrel, the cutter and the transfer gripper move without warning in AUTO. Never reach into "
        "the winding head unless the machine is in SETUP mode with the guard door open and the head locked out. "
        "The cutter knives are sharp even when worn.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "JW-18", "JW-21"],
            ["Cell format", "18650", "21700"],
            ["Jelly roll outer diameter, finished, before canning", "17.2-17.6 mm", "20.2-20.7 mm"],
            ["Jelly roll length (separator width)", "60.5-63.0 mm", "67.5-70.0 mm"],
            ["Split mandrel (winding pin) diameter", "3.0 mm", "3.5 mm"],
            ["Cathode width", "57.0-59.5 mm", "64.0-66.5 mm"],
            ["Anode width", "58.5-61.0 mm", "65.5-68.0 mm"],
            ["Electrode thickness, calendered, coated on both sides", "80-180 µm", "80-200 µm"],
            ["Separator thickness", "9-25 µm", "9-25 µm"],
            ["Unwind reel outer diameter, maximum", "600 mm", "700 mm"],
            ["Reel core inner diameter", "152 mm (6 in)", "152 mm (6 in)"],
            ["Linear winding speed, maximum", "2.0 m/s", "1.8 m/s"],
            ["Rated output (conditions below)", "24 ppm", "18 ppm"],
            ["Electrode tension, settable", "3-15 N", "4-20 N"],
            ["Separator tension, settable", "1.5-8 N", "2-10 N"],
            ["Edge alignment after CCD correction", "±0.3 mm", "±0.3 mm"],
            ["Separator pre-turns on the mandrel before the electrodes", "2.5 turns", "3 turns"],
            ["Compressed air, dew point -40 °C or lower", "0.5-0.7 MPa, 600 NL/min", "0.5-0.7 MPa, 750 NL/min"],
            ["Supply 400 V 3~ 50 Hz", "12 kVA", "15 kVA"],
            ["Dust extraction at the cutter", "300 m³/h", "350 m³/h"],
            ["Heaviest reel (use the reel lifter)", "45 kg", "60 kg"],
            ["Mass of the machine", "4200 kg", "4700 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "Output (ppm) = 60 / cycle time (s). The rated cycle is 2.5 s on the JW-18 and 3.3 s on the JW-21. The "
        "rated output holds only for a cathode of 120 µm and an anode of 135 µm (JW-18) or 140 µm (JW-21), with a "
        "cathode winding length of 850 mm (JW-18) or 1150 mm (JW-21), full reels and no splice in the roll. "
        "Thicker or longer electrodes lower the output. Output figures for other cell designs are not given in "
        "this manual; Spirelund process support works them out for each design.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the winders; maintenance is done by staff trained by Spirelund.",
            "Before reaching into the winding head, the cutter or an unwind, switch to SETUP, turn off the main "
            "switch and close the air dump valve, and lock both. The dancers drop when the air is dumped: support "
            "them first.",
            "Electrode dust (cathode dust holds nickel and cobalt compounds) is harmful. Wear nitrile gloves and an "
            "FFP3 mask when cleaning the cutter area. Never blow dust off with compressed air; use the class H "
            "vacuum cleaner.",
            "Reels weigh up to 45 kg (JW-18) or 60 kg (JW-21): always use the reel lifter.",
            "Rejected jelly rolls with a damaged separator can short and heat up. Put them in the metal scrap bin "
            "with its lid closed, never in a plastic bin.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tension"),
            (
                "p",
                "Set the electrode tension from the specific tension of the customer's cell design: Tension (N) = "
                "specific tension (N/cm) x electrode width (cm). Example: 1.5 N/cm on a 58.0 mm cathode gives 1.5 x "
                "5.8 = 8.7 N. The dancers hold the set value within ±5 %. A deviation of more than ±10 % for longer "
                "than 2 s stops the machine with W07. The separator tension should be no more than half the "
                "electrode tension unless the cell design states otherwise.",
            ),
            ("h", "Speed ramps"),
            (
                "p",
                "The winding speed ramps up over the first 15 % of the roll length and down over the last 10 %. "
                "Never set the ramp-up shorter than 10 %: the start of the separator wrap slips on the mandrel. "
                "Splices run through at 0.3 m/s.",
            ),
            ("h", "Edge alignment (CCD)"),
            (
                "p",
                "Each web has its own CCD camera and steering roller. The correction range is ±2.0 mm. When a "
                "correction of more than 0.5 mm is needed within one roll, or the steering roller reaches the end "
                "of its range, W08 is shown and the roll is rejected. Calibrate the cameras after a lamp or a "
                "camera is changed, and every 3 months (section 9).",
            ),
            ("h", "Diameter gauge"),
            (
                "p",
                "The laser gauge measures each roll at three points along its length. A roll outside the "
                "diameter range of the technical data goes to the reject chute; three rejects in a row stop the "
                "machine with W10. Check the gauge every day with the master pin: it must read 17.40 mm ±0.02 mm "
                "(JW-18) or 20.45 mm ±0.02 mm (JW-21).",
            ),
            ("h", "Outer wrap tape"),
            (
                "p",
                "The tail of the outer separator is fixed with one strip of tape, 20 mm long (JW-18) or 25 mm long "
                "(JW-21), placed 3 mm ±1 mm from the separator tail. The tape type is part of the cell design.",
            ),
            ("h", "Ionisers"),
            (
                "p",
                "The static bars at the separator unwinds must sit 30-50 mm from the web. Residual charge on the "
                "separator, measured 100 mm after the bar, should be below 1 kV; above 3 kV the separator clings to "
                "the guides and wrinkles.",
            ),
            ("h", "Room"),
            (
                "p",
                "The machine needs the dry room at a dew point of -40 °C or drier and at 20-25 °C. The winder does "
                "not measure the room; the room's own monitoring system does.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["W02", "Guard door open", "A door opened in AUTO. Close it and press RESET; the roll in the head is rejected."],
            ["W03", "Air pressure low", "Below 0.45 MPa for 1 s. Check the supply and the filter regulator."],
            ["W04", "Cathode reel end", "Reel diameter below 170 mm. Splice a new reel (section 6)."],
            ["W05", "Anode reel end", "As W04, anode unwind."],
            ["W06", "Separator reel end", "Upper or lower separator unwind; the display shows which."],
            [
                "W07",
                "Tension out of range",
                "More than ±10 % off the setpoint for longer than 2 s: dancer sticking, reel loose on the air "
                "shaft, or web broken.",
            ],
            [
                "W08",
                "Alignment limit",
                "Correction of more than 0.5 mm in one roll, or steering roller at the end of its range. Check the "
                "reel's winding quality and the camera lamp.",
            ],
            ["W09", "Cut fault", "The web sensor still sees material after the cut: knives worn or overlap wrong."],
            ["W10", "Diameter reject", "Three rolls in a row outside the diameter range."],
            ["W12", "Tape not applied", "Tape reel empty or the vacuum pad of the tape applicator blocked."],
            [
                "W13",
                "Mandrel extraction",
                "The mandrel did not retract within 0.8 s: mandrel worn or its coating damaged, or roll wound too "
                "tight.",
            ],
            [
                "W14",
                "Servo drive fault",
                "Note the code shown on the servo amplifier and see the drive maker's manual in the electrical "
                "documentation.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Jelly roll telescopes: layers pushed out at one end when the roll comes off the mandrel",
                "Electrode tension too low, or mandrel extraction dragging the core",
                "Raise the tension within the cell design; check the mandrel and change it if worn (section 8)",
            ],
            [
                "Separator wrinkles at the start of the roll",
                "Static charge, ramp-up too short, or separator tension too high",
                "Check the ionisers; set the ramp-up to at least 10 %; lower the separator tension",
            ],
            [
                "Anode overhang uneven, cathode edge visible at one end face",
                "CCD camera lens or lamp dirty, or camera out of calibration",
                "Clean the lens and the lamp; calibrate the cameras (section 9)",
            ],
            [
                "Black dust and small burrs on the electrode ends",
                "Knives worn or knife overlap wrong",
                "Replace the knives and set the overlap (section 7)",
            ],
            [
                "Roll diameter too large, W10",
                "Tension low, electrode thicker than the design, or outer wrap loose",
                "Check the tension; measure the electrode thickness and report it to process engineering",
            ],
            [
                "Electrode breaks at a splice",
                "Splice tape not across the full width, or splice run at full speed",
                "Splice again; check that the splice slow-down to 0.3 m/s is set",
            ],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Changing a reel and splicing"),
    (
        "ol",
        [
            "When W04, W05 or W06 shows, the machine finishes the roll in the head and stops.",
            "Switch the unwind in question to SETUP and open its guard.",
            "Lower the old reel onto the reel lifter, deflate the air shaft and pull it out.",
            "Fit the new reel on the air shaft with the coating facing the way marked on the unwind, and inflate "
            "the shaft to 0.6 MPa.",
            "Pull the start of the new web over the splice table and hold it with the vacuum bar.",
            "Cut the old and the new web together with the splice knife along the guide slot.",
            "Join them butt to butt with splice tape on both faces, across the full width plus 2 mm on each side.",
            "Close the guard and press SPLICE DONE. The splice runs through at 0.3 m/s and the roll that holds it "
            "is rejected.",
        ],
    ),
    ("h", "7. Replacing the cutter knives"),
    (
        "ol",
        [
            "Stop in SETUP; lock out the main switch and the air dump valve.",
            "Vacuum the dust from the cutter area with the class H vacuum cleaner, wearing gloves and an FFP3 mask.",
            "Remove the knife guard (4 screws).",
            "Loosen the 3 clamping screws of the upper knife and take it out with the knife holder tool SPL-KT-1, "
            "never by hand.",
            "Take out the lower knife the same way.",
            "Clean the knife seats with isopropyl alcohol and a lint-free cloth.",
            "Fit the new lower knife, then the new upper knife, and tighten the clamping screws to 6 Nm.",
            "Set the knife overlap with the setting gauge to 0.5 mm (JW-18) or 0.6 mm (JW-21).",
            "Refit the guard, switch on and cut 10 test pieces in SETUP. Check the cut edges under the "
            "microscope: the burr must be no more than 10 µm.",
            "Reset the knife counter in MAINTENANCE > COUNTERS.",
        ],
    ),
    ("h", "8. Changing the mandrel"),
    (
        "ol",
        [
            "Stop in SETUP, move the head to the service position and lock out.",
            "Undo the mandrel retaining nut with the pin spanner (left-hand thread).",
            "Pull the two mandrel halves forward out of the spindle.",
            "Clean the spindle bore with isopropyl alcohol and a lint-free cloth.",
            "Fit the new mandrel halves with the split line at the mark on the spindle nose.",
            "Tighten the retaining nut to 12 Nm.",
            "Measure the runout at the mandrel tip with a dial gauge: no more than 0.02 mm.",
            "Wind 5 rolls in SETUP: there must be no W13 and no telescoping.",
        ],
    ),
    ("h", "9. Calibrating the CCD cameras"),
    (
        "ol",
        [
            "Fit the calibration plate (SPL-CP-18 or SPL-CP-21) in the web path at the first camera.",
            "Select MAINTENANCE > CCD > CALIBRATE and the camera.",
            "The edge line of the plate must read within ±0.05 mm of the camera zero; press ACCEPT.",
            "Repeat for the other three cameras and remove the plates.",
            "Wind 3 rolls and have the overhang checked by the X-ray inspection downstream.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the cutter area and the diameter gauge window; check the air pressure (0.5-0.7 MPa)"],
            ["Daily", "Check the diameter gauge with the master pin"],
            ["Weekly", "Clean the guide rollers with isopropyl alcohol; check the ionisers (below 1 kV)"],
            [
                "300 000 cuts or a burr of more than 10 µm, whichever comes first",
                "Replace the cutter knives (section 7)",
            ],
            [
                "1 500 000 rolls (JW-18) or 1 000 000 rolls (JW-21), or when W13 repeats",
                "Replace the mandrel (section 8)",
            ],
            ["3 months", "Calibrate the CCD cameras (section 9)"],
            [
                "2000 h or 6 months, whichever comes first",
                "Grease the cutter cam (grease SPL-G2, 2 strokes); check the dancer bearings",
            ],
            ["12 months", "Spirelund service: servo drives, spindle bearings, guard interlock test"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "JW-18", "JW-21"],
            ["Cutter knife set, upper and lower", "SPL-KN-18", "SPL-KN-21"],
            ["Split mandrel, pair of halves", "SPL-MD-30", "SPL-MD-35"],
            ["CCD calibration plate", "SPL-CP-18", "SPL-CP-21"],
            ["Diameter master pin", "SPL-MP-1740", "SPL-MP-2045"],
            ["Air shaft 6 in", "SPL-AS-152", "SPL-AS-152"],
            ["Ioniser bar", "SPL-IB-40", "SPL-IB-40"],
            ["Knife holder tool", "SPL-KT-1", "SPL-KT-1"],
            ["Vacuum pad, tape applicator", "SPL-VP-12", "SPL-VP-12"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Verkmoll TK twin-screw continuous kneaders
VERKMOLL = [
    ("title", "Verkmoll TK Twin-Screw Continuous Kneaders\nOperating Manual - TK-42 and TK-62"),
    (
        "p",
        "Document VKM-OM-TK-02, Edition 2, October 2024. Verkmoll Process Machinery. The TK-42 and TK-62 are "
        "co-rotating twin-screw kneaders that make electrode slurry continuously: active material, conductive "
        "carbon and binder powders are fed by loss-in-weight feeders, the solvent (NMP for cathodes, deionised "
        "water for anodes) and the binder solution by dosing pumps, and the screws wet, knead, disperse and dilute "
        "the mix along twelve barrel sections before a vacuum vent removes the air. The number is the screw "
        "diameter in mm. Apart from the size and the values given for each model, the two kneaders are built "
        "alike.",
    ),
    (
        "p",
        "The recipe (solids content, powder split, liquid split, screw speed and target specific energy) is the "
        "customer's and is loaded in the recipe screen; this manual does not give recipes. The powder feeders, "
        "the liquid pumps and the iron remover after the outlet have manuals of their own. Pulling the screws and "
        "changing screw elements is done by Verkmoll service or by staff trained by Verkmoll, following the "
        "service manual VKM-SM-TK; it is not described here.",
    ),
    (
        "warn",
        "WARNING: Never open the feed opening or the vent while the screws turn. Never put a hand, a tool or a "
        "rod into the barrel openings. NMP is toxic to reproduction: wear butyl gloves and goggles, and keep the "
        "extraction running whenever the barrel is open.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TK-42", "TK-62"],
            ["Screw diameter", "42 mm", "62 mm"],
            ["Processing length (L/D)", "48", "48"],
            ["Screw speed", "100-800 rpm", "100-600 rpm"],
            ["Main motor", "45 kW", "110 kW"],
            ["Maximum torque per shaft", "280 Nm", "880 Nm"],
            ["Output, NCM cathode slurry in NMP, 70 % solids", "150-400 kg/h", "500-1400 kg/h"],
            ["Output, graphite anode slurry in water, 50 % solids", "120-350 kg/h", "400-1200 kg/h"],
            ["Barrel sections (temperature zones)", "12", "12"],
            ["Barrel temperature range", "15-80 °C", "15-80 °C"],
            ["Powder feeders, loss-in-weight", "up to 4", "up to 5"],
            ["Liquid dosing pumps", "2", "3"],
            ["Vacuum vent, section 11, working range", "50-150 mbar abs", "50-150 mbar abs"],
            ["Cooling water 15-20 °C, 3 bar", "40 L/min", "90 L/min"],
            ["Gearbox oil ISO VG 220", "18 L", "45 L"],
            ["Screw clearance to barrel on the diameter, new", "0.25-0.35 mm", "0.35-0.45 mm"],
            ["Screw clearance, worn limit", "0.6 mm", "0.8 mm"],
            ["Supply 400 V 3~ 50 Hz", "63 A", "200 A"],
            ["Mass", "3800 kg", "7900 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The outputs hold for the two recipes named, with powders of a tapped density of at least 1.0 kg/L for "
        "the active material and the feeders filled to at least 30 %. Outputs for other chemistries, for example "
        "LFP cathodes or silicon-rich anodes, depend on the customer's recipe and are established in trials with "
        "Verkmoll process engineering; they are not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the kneader. Keep the guard over the couplings closed.",
            "NMP vapour must be kept below the site's exposure limit: run the extraction at the feed opening and the "
            "vent at all times. The site's industrial hygienist sets the limit and does the measurements.",
            "Barrel surfaces can reach 80 °C. The outlet can spray slurry at up to 25 bar.",
            "Lock out the main switch and close the cooling water before opening the barrel clamshell.",
            "Carbon black and active material dust: wear an FFP3 mask when handling powders and cleaning the feed "
            "opening.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Torque"),
            (
                "p",
                "Run at 60-85 % of the maximum torque. The kneader warns at 90 % (K05) and trips at 100 % (K06). "
                "Running long below 50 % usually means the screws are starved.",
            ),
            ("h", "Throughput per rpm"),
            (
                "p",
                "Keep the throughput per screw speed between 0.3 and 0.6 kg/h per rpm (TK-42) or between 1.0 and "
                "2.4 kg/h per rpm (TK-62). Below the range the screws run starved and the slurry is poorly "
                "dispersed; above it the torque and the slurry temperature rise. Example: 300 kg/h at 600 rpm on a "
                "TK-42 is 0.5 kg/h per rpm.",
            ),
            ("h", "Specific energy"),
            (
                "p",
                "Specific energy (kWh/kg) = motor power drawn (kW) / output (kg/h). Example: 30 kW at 300 kg/h "
                "gives 0.10 kWh/kg. Most cathode slurries need 0.08-0.15 kWh/kg; the recipe gives the target. Raise "
                "the screw speed to raise it, or lower the throughput.",
            ),
            ("h", "Slurry temperature"),
            (
                "p",
                "The slurry at the outlet must not exceed 45 °C for NMP-based slurries and 35 °C for water-based "
                "slurries. The barrel zones are cooled to hold this. K08 shows at 5 °C above the limit.",
            ),
            ("h", "Vacuum vent"),
            (
                "p",
                "Run the vent at 50-150 mbar absolute. Never open the vacuum before the slurry fills section 11, at "
                "least 2 min after the powders start, or powder is drawn into the vacuum line. K11 shows when the "
                "pressure stays above 200 mbar for 60 s.",
            ),
            ("h", "Outlet pressure"),
            (
                "p",
                "Normal outlet pressure is 2-10 bar. K12 warns at 20 bar and stops the kneader at 25 bar.",
            ),
            ("h", "Product change"),
            (
                "p",
                "Between a cathode (NMP) and an anode (water) product the barrel must be flushed with the flushing "
                "programme of section 8; never feed water into a barrel that still holds NMP slurry.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["K02", "Guard open", "Coupling guard or feed opening cover open."],
            [
                "K03",
                "Cooling water low",
                "Flow below 25 L/min (TK-42) or 60 L/min (TK-62). Check the supply and the strainer.",
            ],
            ["K04", "Gearbox oil pressure low", "Below 0.8 bar. Check the oil level and the oil filter."],
            ["K05", "Torque warning", "90 % of the maximum torque. Lower the throughput or check the recipe."],
            [
                "K06",
                "Torque trip",
                "100 % of the maximum torque: the screws stop and the feeders stop. Do not restart with a full "
                "barrel before warming the zones to the recipe temperature.",
            ],
            ["K08", "Slurry temperature high", "5 °C above the limit for the solvent. Check the zone cooling."],
            [
                "K09",
                "Feeder deviation",
                "A feeder more than ±2 % off its setpoint for longer than 30 s. See the feeder's own manual.",
            ],
            ["K10", "Liquid pump deviation", "A pump more than ±1 % off its setpoint. Check the pump and its filter."],
            ["K11", "Vacuum not reached", "Above 200 mbar for 60 s: vent flooded, filter blocked or a leak."],
            ["K12", "Outlet pressure high", "Warning at 20 bar, stop at 25 bar: outlet valve or filter blocked."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Slurry with agglomerates: specks on the grind gauge or the filter blocks",
                "Screws starved (throughput per rpm too low), wrong liquid split, or worn kneading blocks",
                "Check the kg/h per rpm against section 3; check the recipe's liquid split; have the clearance "
                "measured",
            ],
            [
                "Torque creeps up over hours",
                "Build-up in the barrel, zones cooled too hard (viscosity rises), or a feeder drifting",
                "Check the zone temperatures against the recipe; check the feeders' totals against the scale",
            ],
            [
                "Outlet flow pulses",
                "Feeder refill upsetting the dosing, or powder bridging in a feeder hopper",
                "Check the feeder refill settings (feeder manual); check the hopper agitator",
            ],
            [
                "Powder in the vacuum line",
                "Vacuum opened too early, or vent flooded",
                "Clean the vent stuffer and the vacuum filter; open the vacuum later",
            ],
            [
                "Knocking from the barrel",
                "Screw shafts touching: bent shaft or badly worn elements",
                "Stop at once and call Verkmoll service",
            ],
            [
                "Gearbox oil above 70 °C",
                "Oil level low or oil cooler fouled",
                "Top up with ISO VG 220; clean the oil cooler",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Open the cooling water and check the flow on the HMI (at least 25 L/min on the TK-42 or 60 L/min on "
            "the TK-62).",
            "Load the recipe and let the barrel zones reach their temperatures (within ±2 °C).",
            "Check that the feeders are filled to at least 30 % and the liquid tanks are full.",
            "Start the extraction at the feed opening and the vent.",
            "Start the screws at 150 rpm.",
            "Start the liquid pumps and run liquid alone for 30 s.",
            "Start the powder feeders at 50 % of the recipe rate.",
            "When the torque is steady, raise the rate and the screw speed to the recipe values in steps of 25 % "
            "over about 5 min.",
            "After at least 2 min of powder, open the vacuum vent and set 50-150 mbar absolute.",
            "Send the first 10 min of slurry to the waste container; then switch the outlet valve to the product "
            "tank when the recipe's viscosity check is passed.",
        ],
    ),
    ("h", "7. Stopping"),
    (
        "ol",
        [
            "Switch the outlet to the waste container.",
            "Close the vacuum vent.",
            "Stop the powder feeders.",
            "Run the liquid pumps for 60 s more to flush the screws.",
            "Lower the screw speed to 150 rpm and stop the liquid pumps.",
            "Stop the screws when the outlet runs clear, then stop the extraction after 10 min.",
            "For a stop longer than 8 h, run the flushing programme (section 8) so that no slurry dries in the "
            "barrel.",
        ],
    ),
    ("h", "8. Flushing for a product change"),
    (
        "ol",
        [
            "Stop as in section 7, steps 1-4.",
            "Select CLEAN > FLUSH and the solvent of the last product (NMP after a cathode, water after an anode).",
            "Run the screws at 300 rpm with the flushing solvent at 100 kg/h (TK-42) or 300 kg/h (TK-62) for "
            "15 min.",
            "After a cathode product, flush next with 20 kg (TK-42) or 60 kg (TK-62) of clean NMP, then blow the "
            "barrel dry with nitrogen for 10 min before any water is fed.",
            "Collect the used solvent in the marked drums; the site's NMP recovery or waste contractor takes them.",
            "Check the outlet sample: no colour of the last product.",
        ],
    ),
    ("h", "9. Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the kneader for 15 min so that the oil is warm, then stop and lock out.",
            "Place a container of at least 25 L (TK-42) or 60 L (TK-62) under the drain.",
            "Remove the drain plug and the breather and let the oil drain fully.",
            "Change the oil filter element VKM-OF-42 or VKM-OF-62.",
            "Refit the drain plug with a new seal; tighten to 40 Nm.",
            "Fill 18 L (TK-42) or 45 L (TK-62) of ISO VG 220 gear oil to the middle of the sight glass.",
            "Run for 5 min, check the oil pressure (at least 0.8 bar) and the level, and top up.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the cooling water flow, the gearbox oil level and the feed opening seals"],
            ["Weekly", "Clean the vent stuffer and the vacuum filter"],
            ["First 500 h", "First gearbox oil change after commissioning (section 9)"],
            ["4000 h or 12 months, whichever comes first", "Change the gearbox oil and filter (section 9)"],
            ["8000 h", "Screw clearance measurement by Verkmoll service"],
            ["12 months", "Calibrate the temperature sensors and the outlet pressure sensor"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TK-42", "TK-62"],
            ["Gearbox oil filter element", "VKM-OF-42", "VKM-OF-62"],
            ["Vent stuffer wear liner", "VKM-VS-42", "VKM-VS-62"],
            ["Vacuum filter cartridge", "VKM-VF-10", "VKM-VF-10"],
            ["Outlet pressure sensor, 0-40 bar", "VKM-PS-40", "VKM-PS-40"],
            ["Barrel thermocouple type J", "VKM-TC-J", "VKM-TC-J"],
            ["Feed opening seal set", "VKM-FS-42", "VKM-FS-62"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rillford GM-2170 cylindrical cell grooving machine
RILLFORD = [
    ("title", "Rillford GM-2170 Cylindrical Cell Grooving Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document RLF-OM-GM-01, Edition 4, June 2025. Rillford Assembly Systems. The GM-2170 rolls the groove "
        "(bead) into the can of a cylindrical cell after the jelly roll has been inserted and the bottom tab "
        "welded. The cap assembly later sits on this groove and is crimped in place by the closing machine. A "
        "12-station turret takes each can from the infeed starwheel, clamps it in a chuck, spins it and brings "
        "three grooving rollers in against the can wall while a support plunger holds the can height. A laser "
        "gauge after the turret measures every groove. With its change parts the machine runs 18650 and 21700 "
        "cans.",
    ),
    (
        "p",
        "The groove depth and position are part of the customer's cell design and are entered as a recipe; this "
        "manual gives only the machine's ranges. The short check of the cell after grooving is done by the "
        "downstream tester and described in its own manual. The GM-2170 is built for nickel-plated steel cans; "
        "cans of other materials, for example aluminium, are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The turret indexes without warning in AUTO. Never reach past the guards. The grooving rollers "
        "and the chucks are pinch points even at jog speed. Cans hold a jelly roll: a crushed can can short and "
        "heat up; put damaged cans into the metal scrap bin with the lid closed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "18650 change parts", "21700 change parts"],
            ["Can outer diameter", "18.0-18.4 mm", "21.0-21.4 mm"],
            ["Can height before grooving", "64.8-65.3 mm", "69.8-70.3 mm"],
            ["Can wall, nickel-plated steel", "0.20-0.30 mm", "0.20-0.30 mm"],
            ["Groove depth, settable", "0.8-1.8 mm", "0.8-1.8 mm"],
            ["Groove position, from the can opening to the groove centre", "3.5-6.5 mm", "4.0-8.0 mm"],
            ["Roller profile (groove width)", "1.0 mm", "1.2 mm"],
            ["Output, maximum", "120 ppm", "100 ppm"],
        ],
        (86, 42, 42),
    ),
    (
        "table",
        [
            ["General data", "Value"],
            ["Turret stations", "12"],
            ["Grooving rollers per station", "3, at 120°"],
            ["Spindle speed", "up to 3000 rpm"],
            ["Groove depth accuracy after the laser gauge correction", "±0.05 mm of the recipe value"],
            ["Compressed air", "0.5-0.7 MPa, 300 NL/min, dew point -40 °C or lower"],
            ["Dust extraction, one point per station", "120 m³/h in total"],
            ["Supply", "400 V 3~ 50 Hz, 7.5 kVA"],
            ["Room", "dry room, 18-26 °C"],
            ["Mass", "2600 kg"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The maximum outputs hold for a groove depth of up to 1.2 mm and a can wall of at least 0.25 mm. Deeper "
        "grooves or thinner walls need a slower infeed of the rollers, and the output falls; the machine works "
        "the speed out from the recipe.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run or set the machine. Change parts are fitted only in SETUP with the "
            "guards open and the main switch locked.",
            "Never lubricate the grooving rollers, the chucks or the can path: oil in a can contaminates the cell. "
            "Only the cam track and the turret bearing are greased, from the central lubrication unit.",
            "Metal dust from the rollers and the cans is drawn off by the extraction. Never run the machine with "
            "the extraction off.",
            "Wear cut-resistant gloves when handling rollers and damaged cans.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Groove depth"),
            (
                "p",
                "Groove depth (mm) = (can outer diameter (mm) - diameter at the groove bottom (mm)) / 2. Example: "
                "a 21.10 mm can with 18.90 mm at the groove bottom has a groove depth of (21.10 - 18.90) / 2 = "
                "1.10 mm. The laser gauge measures both diameters on every can and corrects the roller infeed; a "
                "groove more than ±0.05 mm off the recipe value is rejected (G07).",
            ),
            ("h", "Groove position"),
            (
                "p",
                "Measured from the can opening to the groove centre. A position more than ±0.10 mm off the recipe "
                "value is rejected (G08). The support plunger sets the position: change it only with the recipe "
                "screen, never by moving the plunger stop.",
            ),
            ("h", "Clearance to the jelly roll"),
            (
                "p",
                "The gap between the top of the jelly roll and the underside of the groove must be at least 0.5 mm. "
                "With less, the rollers press the separator and the cell can short. The insertion depth is set on "
                "the upstream inserting machine, not on the GM-2170.",
            ),
            ("h", "Wall thickness and depth"),
            (
                "p",
                "Never set a groove deeper than six times the can wall thickness: a 0.25 mm wall allows at most "
                "1.5 mm. Deeper grooves crack the wall.",
            ),
            ("h", "Can height"),
            (
                "p",
                "Grooving shortens the can by 0.2-0.4 mm. A shortening of more than 0.5 mm means that the support "
                "plunger pressure is too low; the plunger pressure is 0.25 MPa ±0.02 MPa.",
            ),
            ("h", "Rollers"),
            (
                "p",
                "Replace the three rollers of a station together, after 2 million cells or when the profile radius "
                "is worn by 0.05 mm, whichever comes first. Check the radius with the profile gauge RLF-PG-10 or "
                "RLF-PG-12.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["G02", "Guard open", "A guard door opened. Close it and press RESET."],
            ["G03", "Air pressure low", "Below 0.45 MPa. Check the supply."],
            [
                "G04",
                "Infeed jam",
                "Starwheel torque limiter tripped: a dented or tilted can. Remove the can in SETUP and reset the "
                "limiter.",
            ],
            ["G06", "Can missing", "No can in the chuck at a station. Check the infeed and the vacuum pick-up."],
            [
                "G07",
                "Groove depth reject",
                "More than ±0.05 mm off the recipe value. One reject is normal; see G09 for a series.",
            ],
            ["G08", "Groove position reject", "More than ±0.10 mm off the recipe value."],
            [
                "G09",
                "Reject series",
                "Three rejects in a row from the same station. Check the rollers and the chuck of that station.",
            ],
            ["G10", "Spindle drive overload", "Spindle jammed or bearings tight. Turn the spindle by hand in SETUP."],
            ["G11", "Reject bin full", "Empty the reject bin into the metal scrap bin."],
            ["G12", "Lubrication low", "Central lubrication reservoir low. Fill with grease RLF-G00."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cans crack or split at the groove",
                "Groove too deep for the wall (more than six times the wall), worn roller radius, or roller infeed "
                "too fast",
                "Check the recipe depth against the wall; check the roller profile; lower the output",
            ],
            [
                "Groove oval, or chatter marks in the groove",
                "Spindle bearing worn, or can slipping in the chuck",
                "Check the chuck jaws and their pressure; have the spindle bearing checked",
            ],
            [
                "Shorts found downstream after grooving",
                "Gap between the jelly roll and the groove under 0.5 mm",
                "Check the insertion depth on the inserting machine; measure a sectioned cell",
            ],
            [
                "Metal particles on the cans",
                "Chipped roller edge or the extraction off",
                "Replace the rollers of that station; check the extraction flow",
            ],
            [
                "Can height varies by more than 0.3 mm",
                "Support plunger pressure wrong or plunger sticking",
                "Set 0.25 MPa; clean the plunger",
            ],
            [
                "G07 rejects from all stations after a change of can lot",
                "Wall thickness or hardness of the new lot differs",
                "Run the depth setting (section 8) with cans of the new lot",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting a shift"),
    (
        "ol",
        [
            "Check the air pressure (0.5-0.7 MPa) and that the extraction runs.",
            "Check the grease level of the central lubrication unit.",
            "Select the recipe for the cell type on the order.",
            "Run the laser gauge check with the master can RLF-MC-18 or RLF-MC-21: it must read within ±0.01 mm "
            "of the values engraved on the master.",
            "Run 5 cans in SINGLE mode and measure them with the gauge and a pin micrometer.",
            "Start AUTO.",
        ],
    ),
    ("h", "7. Changing the format (18650 to 21700 or back)"),
    (
        "ol",
        [
            "Empty the turret: stop the infeed and let the machine run empty, then switch to SETUP and lock out.",
            "Remove the infeed and outfeed starwheels (2 knobs each) and fit the starwheels of the new format.",
            "Change the 12 chucks: undo the centre screw, pull the chuck, fit the new one on its dowel and tighten "
            "to 8 Nm.",
            "Change the 12 support plungers the same way.",
            "Change the three roller sets per station, or turn the roller holders to the new profile if both "
            "profiles are fitted.",
            "Change the guide rails of the can path (colour-coded: blue 18650, orange 21700).",
            "Load the recipe of the new format; the roller infeed and the plunger stroke are set from it.",
            "Run the laser gauge check with the master can of the new format.",
            "Run 20 cans in SINGLE mode and check the depth, the position and the can height before starting AUTO.",
        ],
    ),
    ("h", "8. Setting the groove depth for a new can lot"),
    (
        "ol",
        [
            "Take 10 cans of the new lot and measure the wall thickness with a ball micrometer.",
            "Check that the recipe depth is no more than six times the thinnest wall measured.",
            "Run the 10 cans in SINGLE mode.",
            "Read the depth of each can on the gauge screen; the mean must be within ±0.02 mm of the recipe value.",
            "If it is not, enter the difference as the lot offset in RECIPE > LOT OFFSET (at most ±0.10 mm).",
            "Run 10 more cans and check again. A lot that needs more than ±0.10 mm is reported to quality and not "
            "run.",
        ],
    ),
    ("h", "9. Replacing the grooving rollers"),
    (
        "ol",
        [
            "Switch to SETUP, index the station to the service window and lock out.",
            "Remove the roller cover (2 screws).",
            "Undo the roller axle nuts and pull the three rollers with the puller RLF-RP-1.",
            "Clean the axles and holders with a dry lint-free cloth; no oil.",
            "Fit the three new rollers of the same profile, all from one set, and tighten the axle nuts to 10 Nm.",
            "Check that each roller turns freely with no play.",
            "Refit the cover, reset the roller counter of the station, and run 10 cans in SINGLE mode from that "
            "station.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Laser gauge check with the master can; clean the can path and the reject chute"],
            ["Weekly", "Check the chuck jaws for wear; clean the extraction filters of the stations"],
            ["2 million cells or roller radius worn 0.05 mm, whichever comes first", "Replace the rollers of the station (section 9)"],
            ["3 months", "Check the spindle bearings for play (no more than 0.01 mm)"],
            ["6 months or 20 million cells, whichever comes first", "Replace the chuck jaws"],
            ["12 months", "Rillford service: cam track, turret bearing and spindle drives"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "18650", "21700"],
            ["Grooving roller set (3 rollers)", "RLF-GR-10", "RLF-GR-12"],
            ["Chuck, complete", "RLF-CH-18", "RLF-CH-21"],
            ["Chuck jaw set", "RLF-CJ-18", "RLF-CJ-21"],
            ["Support plunger", "RLF-SP-18", "RLF-SP-21"],
            ["Master can", "RLF-MC-18", "RLF-MC-21"],
            ["Roller profile gauge", "RLF-PG-10", "RLF-PG-12"],
            ["Roller puller", "RLF-RP-1", "RLF-RP-1"],
            ["Grease for the central lubrication, 1 kg", "RLF-G00", "RLF-G00"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Imbruvia VW cell vacuum wetting chambers
IMBRUVIA = [
    ("title", "Imbruvia VW Cell Vacuum Wetting Chambers\nUser Manual - VW-8 and VW-16"),
    (
        "p",
        "Document IMB-UM-VW-03, Edition 2, February 2025. Imbruvia Cell Process Equipment. After electrolyte "
        "filling, the cells stand open in trays in the VW chamber while it cycles between vacuum and pressure, "
        "so that the electrolyte is drawn into the pores of the electrodes and the separator. The VW-8 takes 8 "
        "trays and the VW-16 takes 16 trays per batch. Each chamber has a dry screw vacuum pump with a cold trap "
        "before it, a nitrogen pressure line, electric jacket heating, an inflatable door seal and a solvent "
        "vapour sensor at the door. Apart from the size and the values given for each model, the two chambers "
        "are built alike.",
    ),
    (
        "p",
        "The wetting recipe (vacuum level, hold times, pressure, number of repeats and temperature) comes from "
        "the customer's process sheet for each cell type; the values in this manual are the chamber's limits and "
        "a standard cycle only. The trays, the filling machine and the formation equipment have manuals of their "
        "own. The chamber is a pressure vessel: its inspections before use and in service follow the rules that "
        "apply at the site and are arranged by the operator with the inspection body.",
    ),
    (
        "warn",
        "WARNING: Electrolyte (LiPF6 in organic carbonates) is flammable and forms hydrofluoric acid with "
        "moisture. Wear chemical goggles, a face shield, nitrile-over-butyl gloves and a chemical apron when "
        "opening the chamber, draining the cold trap or cleaning. Never open the door before the chamber has "
        "vented to atmospheric pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VW-8", "VW-16"],
            ["Trays per batch", "8", "16"],
            ["Cells per batch, 21700 trays of 100 cells", "800", "1600"],
            ["Chamber volume", "0.9 m³", "1.7 m³"],
            ["Lowest pressure (absolute)", "5 kPa", "5 kPa"],
            ["Highest pressure, nitrogen or dry air (gauge)", "0.4 MPa", "0.3 MPa"],
            ["Safety valve setting", "0.45 MPa", "0.35 MPa"],
            ["Dry screw vacuum pump", "100 m³/h", "200 m³/h"],
            ["Pump-down to 10 kPa abs, empty, dry chamber at 25 °C", "4 min", "6 min"],
            ["Chamber temperature, settable", "25-45 °C", "25-45 °C"],
            ["Jacket heating", "6 kW", "10 kW"],
            ["Nitrogen per standard cycle", "about 2.5 Nm³", "about 4.5 Nm³"],
            ["Nitrogen supply", "0.6-0.8 MPa, dew point -50 °C or drier", "0.6-0.8 MPa, dew point -50 °C or drier"],
            ["Cold trap temperature", "-30 °C", "-30 °C"],
            ["Cold trap capacity", "5 L", "8 L"],
            ["Supply 400 V 3~ 50 Hz", "18 kVA", "30 kVA"],
            ["Mass, empty", "2100 kg", "3400 kg"],
        ],
        (86, 42, 42),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may load, run and clean the chamber.",
            "Keep the chamber, the cold trap and the pump exhaust connected to the site's solvent exhaust system at "
            "all times. The solvent sensor alarm level (V12) is set by the site's safety department.",
            "Never pressurise the chamber with oxygen or with air wetter than a dew point of -40 °C.",
            "Never disable the door lock. The door stays locked while the chamber pressure is more than 2 kPa away "
            "from atmospheric.",
            "Leaked electrolyte: absorb it with the spill kit, treat the area as HF-contaminated and follow the "
            "site's spill procedure. Calcium gluconate gel must be at hand.",
        ],
    ),
    ("h", "3. Cycle settings and limits"),
    (
        "cols",
        [
            ("h", "Standard cycle"),
            (
                "p",
                "Vacuum to 10 kPa absolute, hold 120 s; pressurise with nitrogen to 0.2 MPa gauge, hold 120 s; "
                "repeat 6 times; vent to atmospheric. The customer's process sheet sets the values for each cell "
                "type.",
            ),
            ("h", "Cycle time"),
            (
                "p",
                "Cycle time (min) = repeats x (vacuum hold + pressure hold + 1.5 min of ramps) + 5 min. The times "
                "are in minutes. Example for the standard cycle: 6 x (2 + 2 + 1.5) + 5 = 38 min. The 1.5 min of "
                "ramps holds for the VW-8 and the VW-16 loaded to at most their tray count.",
            ),
            ("h", "Pump-down rate"),
            (
                "p",
                "Electrolyte foams out of the fill ports when the pressure falls too fast. Below 30 kPa absolute "
                "the pressure must not fall faster than 10 kPa/s; the ramp valve limits it. Never bypass the ramp "
                "valve.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Set the chamber between 25 and 45 °C as the process sheet says. Above 40 °C never set the vacuum "
                "below 8 kPa absolute: the carbonates boil off. The chamber holds its setpoint within ±3 °C; more "
                "than that for 5 min gives V09.",
            ),
            ("h", "Cold trap"),
            (
                "p",
                "The cold trap condenses the solvent vapour before the pump. Drain it when the level window shows "
                "it half full, and at least weekly (section 7). Above -20 °C the trap no longer protects the pump "
                "(V07).",
            ),
            ("h", "Leak rate"),
            (
                "p",
                "With the chamber empty, clean, dry and at ambient temperature, the pressure may rise by no more "
                "than 0.5 kPa in 10 min from 5 kPa absolute. A larger rise fails the test (V05).",
            ),
            ("h", "Door seal"),
            (
                "p",
                "The door seal is inflated to 0.15 MPa. Below 0.10 MPa the cycle stops (V13).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["V01", "Emergency stop", "The chamber vents to atmospheric through the ramp valve. Release and RESET."],
            ["V02", "Door not locked", "Door not closed fully or the lock pin not in. Close the door again."],
            [
                "V03",
                "Vacuum not reached",
                "10 kPa absolute not reached within 15 min: door seal, cold trap full, pump worn or a leak.",
            ],
            [
                "V04",
                "Pressure too high",
                "Above 0.42 MPa (VW-8) or 0.32 MPa (VW-16): nitrogen regulator faulty. The inlet valve closes.",
            ],
            ["V05", "Leak test failed", "Rise of more than 0.5 kPa in 10 min. See section 8."],
            ["V06", "Pump overload", "Pump motor overload tripped. Check the pump for liquid and let it cool."],
            ["V07", "Cold trap warm", "Trap above -20 °C: chiller fault or trap full."],
            ["V08", "Cold trap full", "Level switch in the trap. Drain it (section 7)."],
            ["V09", "Temperature deviation", "Chamber more than ±3 °C off the setpoint for 5 min."],
            ["V11", "Nitrogen supply low", "Supply below 0.5 MPa. The cycle holds at the current step."],
            [
                "V12",
                "Solvent vapour at the door",
                "The sensor at the door reached the alarm level set by the site. Leave the area and follow the "
                "site's alarm procedure.",
            ],
            ["V13", "Door seal pressure low", "Seal below 0.10 MPa: seal damaged or its air line leaking."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Electrolyte bubbles or foams out of the fill ports during pump-down",
                "Ramp valve bypassed or faulty, or cells warmer than the chamber setpoint",
                "Check the ramp valve (no faster than 10 kPa/s below 30 kPa); let the cells reach the chamber "
                "temperature",
            ],
            [
                "Pump-down slow, V03",
                "Door seal dirty or damaged, cold trap full, pump worn",
                "Clean the seal; drain the trap; run the leak test (section 8)",
            ],
            [
                "Cells show poor wetting at formation (low first capacity, high resistance)",
                "Fewer repeats or shorter holds than the process sheet, or chamber too cold",
                "Check the batch record against the process sheet; check the temperature sensor",
            ],
            [
                "White crystals on the door seal and the door frame",
                "Electrolyte salt hydrolysed by moisture",
                "Clean with dry lint-free cloths wearing full protection; check the nitrogen dew point",
            ],
            [
                "Pressure overshoots the setpoint",
                "Nitrogen regulator set too high or the inlet valve slow to close",
                "Set the regulator to 0.1 MPa above the cycle pressure; check the valve",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Check that the previous batch record is closed and the chamber is at atmospheric pressure.",
            "Open the door and check the seal for crystals or cuts.",
            "Push the trays in on the rails, fill ports upwards; no more than 8 trays (VW-8) or 16 trays (VW-16).",
            "Close the door and press LOCK; the seal inflates.",
            "Select the recipe of the cell type and check it against the process sheet.",
            "Press START. The chamber heats to the setpoint before the first pump-down.",
            "At the end the chamber vents to atmospheric with nitrogen and the door unlocks.",
            "Take the trays out and send them to the sealing station within the time on the process sheet.",
        ],
    ),
    ("h", "7. Draining the cold trap"),
    (
        "ol",
        [
            "Wait for the end of a batch; the chamber must be at atmospheric pressure.",
            "Select SERVICE > TRAP > WARM UP; the trap warms to 15 °C in about 30 min.",
            "Put on the full protective equipment of section 2.",
            "Place the steel drain can under the trap drain valve.",
            "Open the drain valve slowly and let the condensate run out.",
            "Close the valve, wipe the outlet and close the can.",
            "Label the can as electrolyte waste; the site's waste contractor collects it.",
            "Select SERVICE > TRAP > COOL DOWN; the trap must reach -30 °C before the next batch.",
        ],
    ),
    ("h", "8. Leak rate test"),
    (
        "ol",
        [
            "Empty the chamber and clean it; let it stand open for 30 min at ambient temperature to dry.",
            "Check and clean the door seal, then close and lock the door.",
            "Select SERVICE > LEAK TEST. The pump evacuates to 5 kPa absolute and the valve to the pump closes.",
            "The chamber holds for 10 min and records the rise.",
            "A rise of 0.5 kPa or less passes. A larger rise shows V05.",
            "After a failed test, check the door seal, the sight glass seal and the valve seats, and repeat the "
            "test.",
            "Record the result in the chamber log.",
        ],
    ),
    ("h", "9. Replacing the door seal"),
    (
        "ol",
        [
            "Vent the chamber, open the door and lock out the main switch and the seal air supply.",
            "Pull the old seal out of its groove, starting at the air connection.",
            "Clean the groove with dry lint-free cloths; no solvents.",
            "Press the new seal IMB-DS-8 or IMB-DS-16 into the groove, starting at the air connection, without "
            "stretching it.",
            "Connect the air line and inflate to 0.15 MPa with the door closed.",
            "Run the leak rate test (section 8).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Check the door seal for crystals and cuts"],
            ["Weekly, or when half full", "Drain the cold trap (section 7)"],
            ["Monthly", "Leak rate test (section 8); check the nitrogen dew point"],
            ["3 months", "Check the solvent sensor with test gas (the site's safety department sets the gas)"],
            ["Door seal", "Replace every 12 months or 5000 batches, whichever comes first"],
            ["Vacuum pump", "Oil-free; Imbruvia service overhauls it every 16 000 h"],
            ["Safety valve", "Tested by the site's inspection body at the interval it sets"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VW-8", "VW-16"],
            ["Inflatable door seal", "IMB-DS-8", "IMB-DS-16"],
            ["Sight glass seal", "IMB-SG-1", "IMB-SG-1"],
            ["Ramp valve", "IMB-RV-25", "IMB-RV-40"],
            ["Safety valve", "IMB-SV-045", "IMB-SV-035"],
            ["Cold trap drain valve", "IMB-DV-15", "IMB-DV-15"],
            ["Solvent vapour sensor head", "IMB-VS-2", "IMB-VS-2"],
            ["Tray rail set", "IMB-TR-8", "IMB-TR-16"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("spirelund-jw-jelly-roll-winder.pdf", "Spirelund SPL-OM-JW-04 Ed 3 - JW-18 / JW-21", SPIRELUND),
        ("verkmoll-tk-twin-screw-continuous-kneader.pdf", "Verkmoll VKM-OM-TK-02 Ed 2 - TK-42 / TK-62", VERKMOLL),
        ("rillford-gm-cylindrical-cell-grooving-machine.pdf", "Rillford RLF-OM-GM-01 Ed 4 - GM-2170", RILLFORD),
        ("imbruvia-vw-cell-vacuum-wetting-chamber.pdf", "Imbruvia IMB-UM-VW-03 Ed 2 - VW-8 / VW-16", IMBRUVIA),
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
