"""Generate the PDF manuals of the seventy-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set73venv && /tmp/set73venv/bin/pip install fpdf2 pypdf
    /tmp/set73venv/bin/python knowledge/samples/seventythird/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
everything else is new.
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


# ---------------------------------------------------------------- Conciaro CD tanning drums
CONCIARO = [
    ("title", "Conciaro CD Tanning Drums\nOperation and Maintenance - CD-3025 and CD-3530"),
    (
        "p",
        "Document CNC-OM-CD-04, Edition 3, March 2025. Conciaro Drum Works. The CD-3025 and CD-3530 are wooden "
        "process drums for the wet operations of a tannery, from soaking to dyeing. The shell is made of iroko staves held together by steel tie rods; the drum turns on "
        "a hollow axle through which the float, the chemicals and the temperature probe enter. A geared motor with a "
        "frequency inverter drives the drum through a pinion and a girth gear. The two models differ in size, drive "
        "and the values given in this manual; the control panel, the programmes and the procedures are the same. "
        "The foundation, the water and hot water supply, the chemical dosing system, the effluent channel, the drum "
        "room extraction and the hydrogen sulphide detection are the site's; the recipes are the tannery chemist's.",
    ),
    (
        "warn",
        "WARNING: Never enter a drum without the site's confined space permit (section 8). Sulphide floats release "
        "hydrogen sulphide (H2S) when acid is added.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CD-3025", "CD-3530"],
            ["Drum inside diameter x inside width", "3000 x 2500 mm", "3500 x 3000 mm"],
            ["Geometric volume", "17.7 m³", "28.9 m³"],
            ["Maximum total load (pelt, float and chemicals together)", "7000 kg", "11500 kg"],
            ["Maximum pelt weight with a 100 % float", "3500 kg", "5750 kg"],
            ["Speed range (frequency inverter)", "2-16 rpm", "2-14 rpm"],
            ["Top speed with a total load above 80 % of the maximum total load", "10 rpm", "8 rpm"],
            ["Peripheral speed at top speed", "2.5 m/s", "2.6 m/s"],
            ["Main motor 400 V 3~ 50 Hz", "30 kW, 55 A", "45 kW, 80 A"],
            ["Supply fuse", "80 A gG", "125 A gG"],
            ["Gearbox oil CLP 220 (mineral), quantity", "28 L", "42 L"],
            ["Backlash between girth gear and pinion", "0.6-1.0 mm", "0.8-1.2 mm"],
            ["Stave thickness (iroko)", "75 mm", "85 mm"],
            ["Tie rods, size and tightening torque with the staves swollen", "M24, 180 Nm", "M30, 240 Nm"],
            ["Main bearing grease (EP2) per bearing, every 250 h", "60 g", "90 g"],
            ["Door clear opening", "900 x 650 mm", "1000 x 750 mm"],
            ["Hollow axle bore (float and chemicals)", "DN 100", "DN 125"],
            ["Float temperature, maximum", "60 °C", "60 °C"],
            ["Mass, empty", "9.8 t", "15.6 t"],
            ["Static load per pedestal, drum at maximum total load", "85 kN", "135 kN"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The static pedestal loads do not include the dynamic loads from reversing and unbalanced loads; the "
        "foundation design is the site's civil engineer's.",
    ),
    ("h", "2. Description"),
    (
        "p",
        "The door is closed by two locking bolts and a door lock switch (F04). For draining, a perforated grid door "
        "replaces the solid door. A door position sensor reads a steel target next to the door, so that the drum "
        "stops with the door at the top (loading) or at the bottom (draining). The drum cannot turn, not even in "
        "inching mode, while the gate of the guard fence is open (F10).",
    ),
    (
        "p",
        "The control panel stores 99 programmes; each step sets the speed, the direction, the run time and the pause "
        "time. Chemicals come from the site's dosing system, which has its own manual; water and hot water come "
        "from the site's mixing station. The drum has no heater of its own. A PT100 probe in the axle measures the "
        "float temperature.",
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Load"),
            (
                "p",
                "Total load (kg) = pelt weight x (1 + float % / 100) + chemicals. It must not exceed the maximum "
                "total load of the model: 7000 kg for the CD-3025, 11500 kg for the CD-3530. The pelt weight is the "
                "weight as it enters the drum (limed, delimed or pickled), not the salted or raw weight.",
            ),
            (
                "p",
                "Example: 3000 kg of pickled pelt in a 50 % float with 300 kg of chemicals is 3000 x 1.5 + 300 = "
                "4800 kg, inside the CD-3025 limit.",
            ),
            ("h", "Speed"),
            (
                "p",
                "The full speed range may be used up to 80 % of the maximum total load (5600 kg on the CD-3025, "
                "9200 kg on the CD-3530). Above that, the top speed is 10 rpm on the CD-3025 and 8 rpm on the "
                "CD-3530. The control does not set this limit by itself; the programme must respect it. Above 8 rpm keep a float of at least 50 %.",
            ),
            (
                "p",
                "No more than 30 starts per hour. Run 2 min / pause 1 min gives 20 starts per hour; run 1 min / "
                "pause 30 s would give 40 and is not allowed.",
            ),
            (
                "p",
                "The drum must stop fully before it changes direction. The reverse pause (P04) is at least 5 s, "
                "and at least 10 s with a total load above 80 % of the maximum.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The float may reach 60 °C at most. At the cut-off temperature P05 the heating valve closes and F05 "
                "is shown. Water hotter than 65 °C must never be fed to the drum: the staves crack and the tie rods "
                "loosen. Process temperatures are the recipe's.",
            ),
            ("h", "pH and chemicals"),
            (
                "p",
                "The drum fittings are stainless steel AISI 316 and suit floats between pH 2.5 and pH 13. Acids are "
                "diluted at least 1:10 with water and enter only through the axle. Acid added to a float that holds sulphide releases hydrogen sulphide. Before such an "
                "addition the site's drum room extraction must run and the H2S detectors must be working; their "
                "alarm levels and the evacuation rules are the site's.",
            ),
            ("h", "Parameters"),
            (
                "p",
                "P01 door position offset, -200 to +200 mm, factory 0. P02 acceleration ramp, 5-60 s, factory 20 s. "
                "P04 reverse pause, 5-60 s, factory 8 s. P05 heating cut-off, 30-60 °C, factory 60 °C. P06 speed "
                "deviation limit for F12, 5-20 %, factory 10 %.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["F01", "Motor overload or inverter overcurrent", "Check the load against section 3; set the ramp P02 to 30 s for a full drum; reset after 3 min."],
            ["F02", "Inverter overvoltage while braking", "Check the braking resistor; lengthen P04."],
            ["F03", "Gearbox oil temperature above 90 °C", "Stop the drum; check the oil level and the breather; shorten run times or lower the speed."],
            ["F04", "Door not locked (door lock switch open)", "Push both locking bolts fully home; check the switch gap of 5 mm."],
            ["F05", "Float temperature reached the cut-off P05", "The heating valve has closed; check the site's mixing station. The drum keeps turning."],
            ["F06", "Temperature probe fault (PT100 open or short circuit)", "Check the probe cable at the rotary joint; replace the probe CNC-TP-100."],
            ["F08", "Door position target not found within 2 revolutions", "Clean the sensor and the target; set the gap to 8-12 mm; check P01."],
            ["F09", "Emergency stop pressed", "Clear the cause, release the button and reset at the panel."],
            ["F10", "Guard fence gate open", "Close the gate; the drum cannot turn with the gate open."],
            ["F11", "Motor brake does not release (no feedback)", "Check the brake supply and the air gap of 0.4-0.6 mm; replace the brake disc."],
            ["F12", "Actual speed differs from the set speed by more than P06 for 10 s", "Overload or slipping coupling; check the load and the coupling between gearbox and pinion shaft."],
        ],
        (16, 62, 96),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Drum stops with the door away from the top or the bottom position", "Sensor or target dirty or moved; offset P01 wrong", "Set the sensor gap to 8-12 mm and clean both; correct P01 in steps of 20 mm"],
            ["Float leaks at the door", "Door seal worn or hardened; locking bolts not home", "Replace the door seal; close both bolts"],
            ["Float weeps between the staves after a long stop", "Staves dried out and shrunk", "Swell the staves and retighten the tie rods (6.2)"],
            ["Knocking once every revolution", "Backlash outside the values of table 1; loose girth gear bolts", "Measure the backlash; if a girth gear bolt is loose, stop and call Conciaro service"],
            ["Hides knotted or rolled into ropes", "Speed too high for the float; float too short; runs too long", "Lower the speed; lengthen the float; use run and pause steps"],
            ["F01 at every start with a full drum", "Ramp too short; drum overloaded", "Set P02 to 30 s; check the total load"],
        ],
        (54, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Loading the drum"),
    (
        "ol",
        [
            "Check that the drum is empty, the programme is selected and the site's effluent channel is set as the recipe asks.",
            "Turn the drum to the door-top position with the Door up key.",
            "Switch the panel to Loading mode (the drum cannot turn in this mode), open the gate, both locking bolts and the door.",
            "Enter the pelt weight; the panel shows the float of the programme and the total load. Check it against section 3.",
            "Load the pelts evenly and without ropes through the door from the loading platform or the conveyor.",
            "Clean the door seat, check the seal, close the door and push both locking bolts home (F04 clears).",
            "Close the gate, switch to Automatic and start the programme; the float is fed through the axle in the first step.",
        ],
    ),
    ("h", "6.2 Swelling the staves and retightening the tie rods"),
    ("p", "After a stop of more than 7 days with the drum empty:"),
    (
        "ol",
        [
            "Fill the drum with clean cold water to about one third of its volume: about 6 m³ in the CD-3025, about 10 m³ in the CD-3530.",
            "Turn at 2 rpm for 2 h, then leave the water in for at least 12 h, turning for 5 min every hour.",
            "Drain the water, lock out the drum and block it with the pins.",
            "Retighten the tie rods crosswise, a quarter turn at a time, to 180 Nm (CD-3025, M24) or 240 Nm (CD-3530, M30).",
            "Refill with water and check for weeping; repeat steps 2 to 4 if needed.",
            "If staves still weep after two cycles, call Conciaro service; stave replacement is not a site job.",
        ],
    ),
    ("h", "6.3 Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the drum for 15 min to warm the oil, then stop and lock out.",
            "Remove the breather and drain the oil into a 50 L tray; clean the magnetic drain plug and refit it with a new seal ring.",
            "Fill CLP 220 through the breather hole to the middle of the sight glass: 28 L (CD-3025) or 42 L (CD-3530).",
            "Refit the breather, run the drum for 10 min at 4 rpm and check the level again.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the door seal and the locking bolts; look for leaks at the door, the axle and the staves; check that opening the gate stops the drum."],
            ["Weekly", "Spray open-gear lubricant on the girth gear and the pinion (about 200 mL); clean the door position sensor."],
            ["Every 250 h", "Grease both main bearings with EP2 grease: 60 g (CD-3025) or 90 g (CD-3530) per bearing."],
            ["Every 2500 h or 6 months, whichever comes first", "Check the gearbox oil level; measure the backlash with a feeler gauge at three points of the girth gear."],
            ["Every 10000 h or 2 years, whichever comes first", "Change the gearbox oil (6.3)."],
            ["Yearly", "Check the girth gear bolts and the pedestal anchor bolts for tightness; test the emergency stops and the gate switch; replace the door seal."],
            ["Every 3 years", "Stave, tie rod and girth gear inspection by Conciaro service."],
        ],
        (44, 130),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Never stand inside the guard fence while the drum turns.",
            "Before entering a drum: the site's confined space permit, the main switch locked with a personal padlock, the drum blocked with the pins CNC-BP-40, at least 30 min of ventilation and the site's gas test; a second person stays at the door.",
            "Lock out and block the drum with the pins before any work on the drive or the door.",
            "A loaded drum can run back when the brake is released: release the brake by hand only with the drum empty, or drained with the door at the bottom.",
            "Acid additions to sulphide floats only with the extraction and the H2S detection running (section 3).",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "CD-3025", "CD-3530"],
            ["Door seal, EPDM profile", "CNC-DS-3025", "CNC-DS-3530"],
            ["Door locking bolt with spring", "CNC-DB-20", "CNC-DB-20"],
            ["Grid door, stainless steel", "CNC-GD-3025", "CNC-GD-3530"],
            ["PT100 probe with cable, for the hollow axle", "CNC-TP-100", "CNC-TP-100"],
            ["Pinion", "CNC-PN-3025", "CNC-PN-3530"],
            ["Motor brake disc", "CNC-BR-30", "CNC-BR-45"],
            ["Tie rod with nuts and washers", "CNC-TR-24", "CNC-TR-30"],
            ["Blocking pins (pair)", "CNC-BP-40", "CNC-BP-40"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "Gearbox parts and gearbox overhaul: see the gearbox maker's manual supplied with the drum. Staves, hoops "
        "and the girth gear are supplied and fitted by Conciaro service only.",
    ),
]


# ---------------------------------------------------------------- Scarnello SX fleshing machines
SCARNELLO = [
    ("title", "Scarnello SX Fleshing Machines\nOperation and Maintenance - SX-18 and SX-24"),
    (
        "p",
        "Document SCN-OM-SX-02, Edition 2, November 2024. Scarnello Tannery Machines. The SX-18 and SX-24 are "
        "hydraulic fleshing machines for limed cattle hides and soaked green hides. The hide is gripped between the "
        "rubber-covered feed roller and the support roller and drawn against the fleshing cylinder, whose spiral "
        "blades cut the flesh and fat from the flesh side. The SX-18 has a working width of 1800 mm, the SX-24 of "
        "2400 mm; apart from the values marked for each model the two machines are built alike. The fleshings "
        "conveyor, the water supply and the disposal of the fleshings are the site's and are not covered here.",
    ),
    (
        "warn",
        "WARNING: The blade tips of the fleshing cylinder run at more than 23 m/s and the cylinder runs on for "
        "several seconds after a stop. Never reach past the safety bar. Never open the cylinder guard until the "
        "panel shows Cylinder stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-18", "SX-24"],
            ["Working width", "1800 mm", "2400 mm"],
            ["Fleshing cylinder diameter, new", "300 mm", "340 mm"],
            ["Minimum cylinder diameter (blade wear limit)", "288 mm", "328 mm"],
            ["Spiral blades, left-hand + right-hand", "12 + 12", "14 + 14"],
            ["Cylinder speed", "1500 rpm", "1450 rpm"],
            ["Blade tip speed", "23.6 m/s", "25.8 m/s"],
            ["Cylinder motor 400 V 3~ 50 Hz", "30 kW, 56 A", "45 kW, 82 A"],
            ["Cylinder run-down time with the brake, maximum", "8 s", "10 s"],
            ["Feed roller, rubber covered, diameter", "220 mm", "250 mm"],
            ["Feed speed", "4-20 m/min", "4-18 m/min"],
            ["Hydraulic closing pressure, working range", "60-90 bar", "70-105 bar"],
            ["Hydraulic unit: motor power and tank (oil ISO VG 46)", "5.5 kW, 60 L", "7.5 kW, 80 L"],
            ["Water spray on the cylinder at 2-3 bar", "25 L/min", "32 L/min"],
            ["Throughput, whole limed cattle hides up to 40 kg", "up to 180 hides/h", "up to 240 hides/h"],
            ["Supply fuse", "100 A gG", "125 A gG"],
            ["Safety bar: rollers open within", "0.3 s", "0.3 s"],
            ["Mass", "7.2 t", "9.4 t"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The throughput figures hold for whole limed cattle hides up to 40 kg, fed by two operators at a feed speed "
        "of 16 m/min, with the blades ground within the last 4 hours. Bull hides over 40 kg, green hides and hides "
        "fed in halves give lower figures.",
    ),
    ("h", "2. Description"),
    (
        "p",
        "The operators hang the hide over the loading bar and press the foot pedal: the rollers close and the first "
        "part of the hide is fleshed while it is drawn in. After the set feed length the rollers open, the operators "
        "pull the hide back, turn it and flesh the rest in the same way. A safety bar along the full width in front "
        "of the operators opens the rollers and stops the feed as soon as it is touched. The hydraulic unit closes "
        "the rollers with the set closing pressure; the pressure is shown on the panel and on the gauge on the "
        "valve block.",
    ),
    (
        "p",
        "The grinding device carries a silicon carbide stone of 150 x 75 x 50 mm along the cylinder on a chain "
        "driven carriage. The cylinder runs at normal speed with the water spray on while it is ground. The spray "
        "bar over the cylinder keeps the blades cool and washes the fleshings down onto the site's conveyor.",
    ),
    ("h", "3. Settings"),
    (
        "cols",
        [
            ("h", "Closing pressure"),
            (
                "p",
                "Set the closing pressure by hide weight, inside the working range of the model. Light hides (under "
                "25 kg): SX-18 60-70 bar, SX-24 70-80 bar. Medium hides (25-35 kg): SX-18 70-80 bar, SX-24 80-95 "
                "bar. Heavy hides (over 35 kg): SX-24 95-105 bar, SX-18 80-90 bar. Start at the lower value and "
                "raise it in steps of 5 bar until the flesh comes off cleanly. Too high a pressure cuts into the "
                "corium and makes holes in the thin areas (bellies and flanks).",
            ),
            ("h", "Feed speed"),
            (
                "p",
                "Normal 12-16 m/min. Lower the speed by 2 m/min for fatty hides and for green hides. Never run "
                "above 18 m/min with hides over 35 kg, on either model.",
            ),
            ("h", "Water spray"),
            (
                "p",
                "The flow switch shows S08 below 15 L/min and stops the cylinder after 30 s. The site supplies water "
                "at 2-3 bar; below 2 bar the SX-24 spray bar does not get enough water.",
            ),
            ("h", "Grinding"),
            (
                "p",
                "Grind every 4 to 6 hours of fleshing, or sooner when flesh is left on the hides in stripes. Each "
                "pass feeds the stone in by 0.05 mm; no more than 4 passes (0.20 mm) in one grinding session. Grind "
                "further only to remove a nick, and never below the minimum cylinder diameter: 288 mm on the SX-18, "
                "328 mm on the SX-24. The panel shows the calculated diameter after each session; check it with a "
                "circumference tape every month.",
            ),
            ("h", "Menu settings"),
            (
                "p",
                "Feed length 800-2200 mm, factory 1600 mm. Roller open delay 0-2 s, factory 0.5 s. Grinding passes "
                "1-4, factory 2. Water pre-run 5-30 s, factory 10 s. Up to 20 article memories hold the pressure, "
                "feed speed and feed length of each article.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Cylinder motor overload", "Lower the pressure or the feed speed; grind if the blades are blunt; reset after 5 min."],
            ["S02", "Feed drive overload", "A hide is jammed or wrapped round a roller: release it (6.4)."],
            ["S03", "Hydraulic oil temperature above 65 °C", "Clean the oil cooler fins; check the oil level."],
            ["S04", "Hydraulic oil level low", "Top up with ISO VG 46; look for leaks at the closing cylinders."],
            ["S06", "Safety bar touched", "Clear the area and reset at the panel; if it trips without contact, check both bar switches."],
            ["S07", "Closing pressure not reached within 5 s", "Check the set pressure, the oil level and the pressure valve."],
            ["S08", "Water spray flow below 15 L/min", "Open the site valve; clean the strainer of the spray bar."],
            ["S09", "Cylinder run-down longer than the limit of the model", "Brake worn: do not run the machine; replace the brake pads."],
            ["S10", "Cylinder guard or side cover open", "Close it; the cylinder cannot start with a cover open."],
            ["S11", "Grinding carriage did not reach its end switch", "Clean fleshings from the carriage guide; check the carriage chain."],
            ["S12", "Emergency stop pressed", "Clear the cause, release the button and reset."],
        ],
        (16, 62, 96),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Flesh left on the hide in stripes along the feed direction", "Nick or blunt zone on the blades", "Grind (6.2); a nick may need up to 4 extra passes"],
            ["Holes or cuts in thin areas", "Closing pressure too high for the hide weight; burr on the blades", "Lower the pressure in steps of 5 bar; grind one light pass"],
            ["Hide slips back and is not drawn in", "Feed roller cover worn or slimy with lime", "Wash the roller; replace the cover when the roller is 8 mm under its nominal diameter"],
            ["Machine vibrates after a blade hit a staple, stone or tag", "Broken blade; cylinder out of balance", "Stop; never run with a broken blade; blade repair and balancing by Scarnello service"],
            ["Grain side scratched", "Support roller sleeve damaged; sand on the loading bar", "Replace the support roller sleeve; wash the machine"],
            ["S03 after an hour of running", "Oil cooler clogged with fleshings and lime", "Clean the cooler fins with low-pressure water"],
            ["Fleshings thrown over the guard", "Water spray too weak; deflector bent", "Check the flow (25 or 32 L/min); straighten the deflector"],
        ],
        (54, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Daily start and safety checks"),
    (
        "ol",
        [
            "Check that the site water supply is at 2-3 bar and that the fleshings conveyor runs.",
            "Check the hydraulic oil level in the sight glass.",
            "Start the hydraulic unit, then the cylinder with the water spray on.",
            "Test the safety bar: close the rollers without a hide and touch the bar. The panel shows the opening time; it must be no more than 0.3 s. If it is longer, do not work: call maintenance.",
            "Test the brake: stop the cylinder and read the run-down time on the panel: no more than 8 s (SX-18) or 10 s (SX-24).",
            "Select the article memory and check the closing pressure against section 3.",
        ],
    ),
    ("h", "6.2 Grinding the blades"),
    (
        "ol",
        [
            "Finish the hide in the machine and stop feeding.",
            "Keep the cylinder running with the water spray on; the stone is cooled by the spray.",
            "Check that at least 20 mm of stone stands above the holder; if not, replace the stone (6.3).",
            "Select Grinding and set the number of passes (1 to 4); each pass feeds the stone in by 0.05 mm.",
            "Press Start grinding; the carriage travels from end to end once per pass.",
            "After the last pass compare the displayed diameter with the minimum: 288 mm (SX-18) or 328 mm (SX-24).",
            "Flesh one test hide and check it before going back to production.",
        ],
    ),
    ("h", "6.3 Replacing the grinding stone"),
    (
        "ol",
        [
            "Stop the cylinder, wait for Cylinder stopped and lock out the main switch.",
            "Open the grinding cover and loosen the two clamp screws of the stone holder.",
            "Fit the new stone SCN-GS-150 with the marked face towards the cylinder and tighten the clamp screws to 12 Nm.",
            "Turn the adjusting screw until the stone just touches the blades while you turn the cylinder by hand.",
            "Close the cover and run Stone zero in the grinding menu.",
        ],
    ),
    ("h", "6.4 Releasing a jammed hide"),
    (
        "ol",
        [
            "Press the emergency stop and wait for Cylinder stopped.",
            "Open the rollers with the Open key. Without power, turn the red release knob on the hydraulic block anticlockwise: the pressure falls to zero and the feed roller drops.",
            "Lock out the main switch.",
            "Pull the hide out backwards by hand. Never cut it free with a knife near the blades.",
            "Close the release knob before restarting.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Safety bar and brake test (6.1); wash the machine down with low-pressure water, never aiming at bearings and motors."],
            ["Weekly", "Grease the roller bearings with EP2 grease, two strokes per nipple; clean the oil cooler; check the carriage chain."],
            ["Monthly", "Measure the cylinder diameter with a circumference tape; check the roller covers."],
            ["Every 2000 h or 12 months, whichever comes first", "Change the hydraulic oil and the return filter SCN-HF-10."],
            ["Yearly", "Replace the brake pads; vibration check of the cylinder bearings by Scarnello service."],
        ],
        (44, 130),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Two trained operators at the loading bar; nobody else within the marked area.",
            "Wear cut-resistant gloves, a waterproof apron and safety boots; limed hides are alkaline, so wear eye protection.",
            "Never run the machine with a guard open or a safety device bridged.",
            "Lock out the main switch before any work on the cylinder, the rollers or the grinding device.",
            "Do not run with a broken or loose blade. Re-blading the cylinder and balancing it afterwards are done by Scarnello service only.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-18", "SX-24"],
            ["Re-bladed exchange cylinder (Scarnello service)", "SCN-FC-18", "SCN-FC-24"],
            ["Grinding stone 150 x 75 x 50 mm", "SCN-GS-150", "SCN-GS-150"],
            ["Feed roller cover", "SCN-FR-220", "SCN-FR-250"],
            ["Support roller sleeve", "SCN-SR-18", "SCN-SR-24"],
            ["Cylinder brake pads (set)", "SCN-BP-30", "SCN-BP-45"],
            ["Hydraulic return filter", "SCN-HF-10", "SCN-HF-10"],
            ["Safety bar switch", "SCN-SB-02", "SCN-SB-02"],
            ["Spray bar with nozzles", "SCN-WN-18", "SCN-WN-24"],
        ],
        (84, 45, 45),
    ),
]


# ---------------------------------------------------------------- Dividora BK-30 band knife splitting machine
DIVIDORA = [
    ("title", "Dividora BK-30 Band Knife Splitting Machine\nOperation and Maintenance"),
    (
        "p",
        "Document DVD-OM-BK30-01, Edition 1, June 2024. Dividora Band Knife Machines. The BK-30 splits limed pelts "
        "and wet blue hides through their thickness into a grain split and a flesh split. An endless band knife runs "
        "round two wheels and through the machine just in front of the feed rollers. The hide enters grain side up. "
        "The upper roller, a solid ground steel roller, holds the grain at a fixed height above the knife; the lower "
        "ring roller, 300 steel rings of 10 mm on a flexible core, presses every part of the hide up against the "
        "upper roller whatever its local thickness. The grain split thickness is the distance between the knife edge "
        "and the upper roller, set with the motorised thickness axis. The conveyors and tables before and after the "
        "machine, the article thicknesses and the disposal of the grinding sludge are the site's.",
    ),
    (
        "warn",
        "WARNING: The band knife is sharp along its whole length and runs at up to 20 m/s. A broken knife can whip "
        "out of the wheel covers. Handle knives only with two persons wearing cut-resistant gloves and sleeves, and "
        "never open a wheel cover while the wheels turn.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BK-30"],
            ["Working width", "3000 mm"],
            ["Split thickness range (grain split)", "0.8-12.0 mm"],
            ["Split accuracy over the width", "±0.1 mm under the conditions of section 3"],
            ["Band knife, new: length x width x thickness", "11 620 x 45 x 1.10 mm"],
            ["Band knife discard width", "30 mm"],
            ["Knife wheels, diameter (rubber liners 8 mm, discard at 5 mm)", "1250 mm"],
            ["Knife speed (frequency inverter)", "10-20 m/s (153-306 wheel rpm)"],
            ["Knife tension, hydraulic, on the gauge", "44 bar (allowed 40-48 bar)"],
            ["Feed speed", "6-32 m/min"],
            ["Upper roller / ring roller diameter", "250 mm / 240 mm"],
            ["Grinding wheels (2), aluminium oxide grain 80", "200 mm new, discard at 150 mm"],
            ["Knife drive motor / feed drive motor", "15 kW / 7.5 kW"],
            ["Grinding motors / hydraulic unit (ISO VG 32, 25 L)", "2 x 0.55 kW / 1.5 kW"],
            ["Installed power / rated current at 400 V 3~ 50 Hz", "24.6 kW / 48 A"],
            ["Supply fuse", "63 A gG"],
            ["Compressed air for the guide blow-off", "6 bar, 100 NL/min"],
            ["Mass", "8.5 t"],
            ["Footprint", "6.6 x 2.1 m"],
        ],
        (94, 80),
    ),
    ("h", "2. Description"),
    (
        "p",
        "The drive wheel on the left is driven by the knife motor through a toothed belt; the idle wheel on the right "
        "sits on a slide moved by a hydraulic cylinder, which keeps the knife tensioned. A speed sensor on the idle "
        "wheel compares its speed with the drive wheel and stops the machine within a fraction of a second when the "
        "knife breaks or slips (K02). The knife runs between an upper and a lower guide strip of phenolic laminate "
        "across the working width. Two grinding wheels, one on each face of the knife, sharpen its edge "
        "continuously while the machine runs; the grinding sludge is flushed into a tray under the machine.",
    ),
    (
        "p",
        "The thickness axis raises and lowers the upper roller by two ball screws coupled by a shaft, so both ends "
        "move together. The panel shows the set thickness in 0.01 mm and stores 50 article memories with thickness, "
        "knife speed and feed speed.",
    ),
    ("h", "3. Splitting settings and limits"),
    (
        "cols",
        [
            ("h", "Split accuracy"),
            (
                "p",
                "The ±0.1 mm accuracy over the working width holds only when all of these are true: the knife has "
                "run with the grinding wheels on for the last 30 min, the knife tension is 44 bar ±1 bar, the pelts "
                "are at 15-25 °C, the feed speed is no more than 24 m/min, and the thickness is measured at least "
                "100 mm in from the edges of the hide. Outside these conditions the split is typically within "
                "±0.2 mm.",
            ),
            ("h", "Knife speed"),
            (
                "p",
                "Limed pelts: 14-16 m/s. Wet blue: 16-18 m/s. Run a new knife at 10-12 m/s for its first 10 min. "
                "Raise the speed in steps of 1 m/s if the split surface shows fine lines.",
            ),
            ("h", "Feed speed"),
            (
                "p",
                "Normal 16-24 m/min. The feed speed in m/min must not exceed 1.5 x the knife speed in m/s: at 16 m/s "
                "the feed may be at most 24 m/min, at 12 m/s at most 18 m/min. A faster feed gives a wavy split.",
            ),
            ("h", "Knife tension"),
            (
                "p",
                "Set 44 bar on the gauge. The machine stops the knife below 40 bar (K03) and above 48 bar (K04). "
                "Never raise the tension to cure a wandering knife; find the cause in section 5.",
            ),
            ("h", "Grinding"),
            (
                "p",
                "Both wheels run whenever the knife runs. Automatic infeed 0.01 mm every 10 min (factory), settable "
                "from 0.005 to 0.02 mm every 5 to 30 min. Dress both wheels with the diamond dresser after every knife "
                "change. The panel estimates the wheel diameters and shows K08 at 150 mm.",
            ),
            ("h", "Knife guides"),
            (
                "p",
                "A 0.05 mm feeler gauge must slide between the knife and each guide strip, a 0.10 mm gauge must not. "
                "The knife edge must stand 6-8 mm in front of the guides; with less than 6 mm the guides touch the "
                "hide. Replace both guide strips when the gap cannot be set any more.",
            ),
            ("h", "Article thicknesses"),
            (
                "p",
                "The thickness of each article is set by the tannery's article specification; the BK-30 holds no "
                "article data when delivered. Enter the values in the article memories.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["K01", "Knife drive overload", "Lower the feed speed; check the knife is sharp and the guides free."],
            ["K02", "Knife broken or slipping: idle wheel speed differs from the drive wheel by more than 5 %", "Lock out; open the covers only when both wheels stand; change the knife (6.1)."],
            ["K03", "Knife tension below 40 bar", "Check the oil level and the tension valve; look for leaks at the slide cylinder."],
            ["K04", "Knife tension above 48 bar", "Reset the tension valve to 44 bar."],
            ["K05", "Knife running off: edge sensor sees the knife too far forward or back", "Correct the wheel tilt (section 5); check the liners."],
            ["K07", "Feed drive overload", "Hide folded or jammed; clear it with the rollers open."],
            ["K08", "Grinding wheel at its wear limit (150 mm)", "Replace the wheel (6.3)."],
            ["K09", "Thickness axis position error", "Clean the ball screws; reference the axis; call Dividora service if it returns."],
            ["K10", "Wheel cover or knife guard open", "Close it; the knife cannot start with a cover open."],
            ["K11", "Emergency stop pressed", "Clear the cause, release the button and reset."],
            ["K12", "Hydraulic oil level low", "Top up ISO VG 32; look for leaks."],
        ],
        (16, 66, 92),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Split thicker at one edge over the whole hide", "Upper roller not parallel to the knife; guide strip worn on one side", "Parallel check (6.4); replace the guide strips"],
            ["Thickness waves along the hide", "Knife tension low; knife blunt; feed too fast for the knife speed", "Check 44 bar; check the grinding; keep the feed at or below 1.5 x the knife speed"],
            ["Fine lines on the split surface", "Burr on the knife; grinding wheels glazed", "Dress the wheels; raise the knife speed by 1 m/s"],
            ["Knife creeps forward or back on the wheels (K05)", "Wheel tilt wrong; rubber liners worn", "Turn the tilt screw of the idle wheel a quarter turn at a time; replace liners worn to 5 mm"],
            ["Knife breaks within a few days of fitting", "Tension too high; knife kinked when fitted; liner cracked", "Check the tension; handle the knife as in 6.1; replace the liner"],
            ["Hide runs in askew or with creases", "Rings of the ring roller stuck with lime or grease", "Wash the ring roller with water at no more than 40 °C until every ring moves freely"],
        ],
        (54, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing the band knife"),
    (
        "ol",
        [
            "Stop the machine, wait until both wheels stand still and lock out the main switch.",
            "Open both wheel covers and the knife guard.",
            "Open the tension valve until the gauge shows 0 bar; the idle wheel moves in by about 20 mm.",
            "Wind both grinding wheels back with their handwheels by at least 10 mm.",
            "Two persons in cut-resistant gloves and sleeves lift the old knife off both wheels, coil it into three loops and put it in its box.",
            "Clean the wheel liners and the guide strips; check that the liners are at least 5 mm thick.",
            "Uncoil the new knife (two persons), lay it round both wheels with the edge towards the rollers and slide it into the guides.",
            "Tension to 44 bar and turn the wheels by hand through one full knife length. The edge must stand 6-8 mm in front of the guides; correct it with the tilt screw.",
            "Set the guide gap with the 0.05 mm and 0.10 mm feeler gauges.",
            "Bring the grinding wheels forward, dress them, close all covers and run the knife at 10-12 m/s for 10 min before splitting.",
        ],
    ),
    ("h", "6.2 Correcting the thickness display"),
    (
        "ol",
        [
            "Set 2.00 mm and split a test strip of wet blue 300 mm wide.",
            "Measure the grain split with a leather thickness gauge at 5 points 100 mm apart, at least 100 mm from the edges.",
            "Enter the mean value under Thickness correction in the service menu; the display is corrected by the difference.",
            "Split a second strip to confirm.",
        ],
    ),
    ("h", "6.3 Replacing a grinding wheel"),
    (
        "ol",
        [
            "Stop the knife and lock out.",
            "Open the grinding cover, hold the wheel with the pin wrench and undo the left-hand thread nut (turn clockwise).",
            "Fit the new wheel DVD-GW-200 with its paper washers, tighten the nut and turn the wheel by hand.",
            "Run the grinding motor alone for 1 min behind the cover, then dress the wheel and reset the wheel diameter in the grinding menu.",
        ],
    ),
    ("h", "6.4 Parallel check of the upper roller"),
    (
        "ol",
        [
            "Cut three strips of wet blue 150 mm wide from the same area of one hide.",
            "Set 1.50 mm and split them together at the left, the centre and the right of the working width.",
            "Measure each grain split at three points and take the mean of each strip.",
            "If the left and right strips differ by more than 0.05 mm, turn the eccentric of the right-hand ball screw bearing: one division moves that end by 0.02 mm.",
            "Repeat the test until the difference is 0.05 mm or less.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wash the ring roller; check the knife edge stands 6-8 mm in front of the guides; blow the guides clean; empty the sludge tray."],
            ["Weekly", "Grease the wheel bearings (EP2, 3 strokes each); check the liners and the guide gap."],
            ["Every 500 h", "Grease the ball screws of the thickness axis; check the toothed belt of the knife drive."],
            ["Every 4000 h or 12 months, whichever comes first", "Change the hydraulic oil and its filter DVD-HF-03; parallel check (6.4)."],
        ],
        (44, 130),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Lock out before opening any cover; the wheels run on for up to 40 s after a stop.",
            "Knives are never welded, straightened or repaired on site. Send a broken knife back to Dividora or to the knife maker.",
            "Store knives coiled in their boxes, never hanging or open on the floor.",
            "Keep hands out of the infeed; use the feed table to lay hides in.",
            "Grinding sludge contains metal and abrasive; its disposal is the site's.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Band knife 11 620 x 45 x 1.10 mm", "DVD-BK-11620"],
            ["Guide strips, upper and lower (set)", "DVD-GS-3000"],
            ["Grinding wheel 200 mm, grain 80", "DVD-GW-200"],
            ["Wheel rubber liner", "DVD-WL-1250"],
            ["Ring roller rings (pack of 10)", "DVD-RR-10"],
            ["Diamond dresser", "DVD-DD-1"],
            ["Tension valve", "DVD-TV-44"],
            ["Hydraulic filter", "DVD-HF-03"],
            ["Toothed belt, knife drive", "DVD-TB-15"],
        ],
        (94, 80),
    ),
]


# ---------------------------------------------------------------- Wringholt WS samming and setting-out machines
WRINGHOLT = [
    ("title", "Wringholt WS Samming and Setting-Out Machines\nOperation and Maintenance - WS-27 and WS-32"),
    (
        "p",
        "Document WRH-OM-WS-07, Edition 4, January 2025. Wringholt Leather Machinery. The WS-27 and WS-32 are "
        "through-feed machines that press water out of wet blue and retanned leather between two felt-covered press "
        "rollers (samming) and then smooth the leather flat with a bladed setting-out cylinder. Two hydraulic "
        "cylinders close the press rollers; the line load, the force per millimetre of working width, sets how much "
        "water is removed. The WS-27 has a working width of 2700 mm, the WS-32 of 3200 mm. Apart from the values "
        "given for each model the two machines are built alike. The moisture targets and the article settings are "
        "the tannery's; the water from the drip tray runs to the site's effluent drain.",
    ),
    (
        "warn",
        "WARNING: The press rollers close with up to 65 N per millimetre of width. Never reach into the infeed "
        "past the trip wire, and never work between the rollers unless they are open, the safety blocks are in "
        "place and the main switch is locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WS-27", "WS-32"],
            ["Working width", "2700 mm", "3200 mm"],
            ["Press rollers, diameter", "420 mm", "460 mm"],
            ["Main hydraulic cylinders", "2 x 80 mm bore", "2 x 90 mm bore"],
            ["Hydraulic pressure, working range", "60-175 bar", "60-165 bar"],
            ["Line load per bar of hydraulic pressure", "0.37 N/mm", "0.40 N/mm"],
            ["Maximum line load", "65 N/mm", "66 N/mm"],
            ["Feed speed", "6-30 m/min", "6-26 m/min"],
            ["Setting-out cylinder, diameter and speed", "250 mm, 900 rpm", "280 mm, 850 rpm"],
            ["Endless felts (upper and lower), width x length", "2850 x 7400 mm", "3350 x 7900 mm"],
            ["Felt thickness new / replace at", "14 mm / 9 mm", "14 mm / 9 mm"],
            ["Felt tension (pneumatic cylinders)", "4.5 bar", "5.0 bar"],
            ["Main drive motor", "15 kW", "18.5 kW"],
            ["Setting-out cylinder motor", "11 kW", "15 kW"],
            ["Hydraulic unit, oil ISO VG 46", "4 kW, 45 L", "4 kW, 55 L"],
            ["Rated current at 400 V 3~ 50 Hz / supply fuse", "57 A / 80 A gG", "71 A / 100 A gG"],
            ["Compressed air (felt tension and tracking)", "6 bar, 200 NL/min", "6 bar, 250 NL/min"],
            ["Mass", "11.8 t", "13.9 t"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "Line load (N/mm) = hydraulic pressure (bar) x 0.37 on the WS-27, or x 0.40 on the WS-32. The pressure to set "
        "is the line load divided by the same factor. Example: 45 N/mm needs 122 bar on the WS-27 and 113 bar on the "
        "WS-32.",
    ),
    ("h", "2. Description"),
    (
        "p",
        "The leather is laid grain side up on the infeed table and carried in between the upper and the lower felt. "
        "The felts run round the press rollers and take up the water pressed out of the leather; it drains into the "
        "drip tray. Behind the press rollers the setting-out cylinder, with helical blunt blades running from the "
        "centre outwards, smooths the leather and stretches out creases before it leaves on the outfeed table. Each "
        "felt has a pneumatic tensioning roller and an automatic tracking roller that keeps it centred. A stripper "
        "blade keeps the leather from following the upper felt. Pressure transmitters on both cylinders show the "
        "left and right pressure on the panel.",
    ),
    ("h", "3. Samming settings and limits"),
    (
        "cols",
        [
            ("h", "Line load by article"),
            (
                "p",
                "Wet blue before shaving: 40-55 N/mm. Wet blue after shaving, under 1.6 mm: 30-40 N/mm. Retanned "
                "and dyed leather before drying: 25-35 N/mm. Never exceed the maximum line load of the model. Change "
                "the load in steps of 5 N/mm and judge the result on the next three hides.",
            ),
            ("h", "Residual moisture"),
            (
                "p",
                "Wet blue of 3.5-4.5 mm before shaving, sammed at 45 N/mm and 12 m/min with felts less than 4 weeks "
                "old and washed every shift, leaves the machine with 50-55 % water. With older felts, higher speeds "
                "or lower loads the water content is higher. The moisture target of each article is set by the "
                "tannery.",
            ),
            ("h", "Feed speed"),
            (
                "p",
                "Normal 10-16 m/min. Speeds above 20 m/min are for setting out only, with the press rollers at "
                "20 N/mm or less.",
            ),
            ("h", "Felts"),
            (
                "p",
                "Felt tension 4.5 bar on the WS-27, 5.0 bar on the WS-32; W05 below 3.5 bar. The tracking keeps the "
                "felt edge within ±15 mm of the centre mark; W06 and W07 at ±40 mm. Wash the felts at the end of "
                "each shift with water at no more than 50 °C; use detergents only as the felt supplier's washing "
                "instructions allow. Replace a felt when it is thinner than 9 mm anywhere, or when it has hardened so "
                "that the residual moisture rises by more than 5 % at the same settings.",
            ),
            ("h", "Left and right pressure"),
            (
                "p",
                "A difference of more than 3 bar between the left and right cylinder is shown as a warning; more "
                "than 8 bar stops the machine (W12).",
            ),
            ("h", "Setting-out cylinder"),
            (
                "p",
                "Use the setting-out cylinder for every article that is dried flat afterwards. Its blades have a "
                "1.5 mm edge radius and are not ground on site. When the radius has worn to a sharp edge, or creases "
                "become more frequent, the cylinder is reground by Wringholt service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["W01", "Main drive overload", "Leather folded or jammed; lower the load; check the felt tension."],
            ["W02", "Setting-out cylinder overload", "Check for leather wrapped round the cylinder; clear it with the machine locked out."],
            ["W03", "Hydraulic pressure not reached within 8 s", "Check the set pressure, the oil level and the proportional valve."],
            ["W05", "Felt tension below 3.5 bar", "Check the compressed air supply at 6 bar and the tension cylinders."],
            ["W06", "Upper felt tracking out of range (±40 mm)", "Clean the tracking sensor; check the air; stop and centre the felt."],
            ["W07", "Lower felt tracking out of range (±40 mm)", "As W06, on the lower felt."],
            ["W08", "Hydraulic oil temperature above 60 °C", "Clean the oil cooler; check the oil level."],
            ["W09", "Trip wire pulled", "Clear the infeed and reset."],
            ["W10", "Guard open", "Close it; the machine cannot start with a guard open."],
            ["W11", "Emergency stop pressed", "Clear the cause, release the button and reset."],
            ["W12", "Left and right pressure differ by more than 8 bar", "Check both transmitters and the flow divider; call Wringholt service if it returns."],
        ],
        (16, 62, 96),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Leather leaves the machine too wet", "Felts saturated, worn or hardened; line load too low; feed too fast", "Wash the felts; replace felts thinner than 9 mm; raise the load within the article range; slow down"],
            ["Creases in the leather", "Setting-out blades worn; leather fed folded; left and right pressure differ", "Feed flat; compare left and right pressure; have the cylinder reground by Wringholt service"],
            ["Felt pattern or dots on the grain", "Debris in the felt; felt seam worn", "Wash the felt and pick out debris; replace the felt"],
            ["Felt drifts to one side, W06 or W07", "Tracking sensor dirty; air pressure below 5 bar; tracking cylinder sticking", "Clean the sensor; check the air; free the cylinder"],
            ["Leather sticks to the upper felt and wraps", "Upper felt too wet; stripper blade worn or set too far away", "Set the stripper 2-3 mm from the felt; replace it when worn"],
            ["Water runs back onto the leather at the outlet", "Drip tray outlet blocked", "Clean the tray outlet and the site drain"],
        ],
        (54, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Daily start"),
    (
        "ol",
        [
            "Check the compressed air at 6 bar and the hydraulic oil level.",
            "Check that the drip tray outlet is free.",
            "Start the hydraulic unit and the felt drive; check the felt tension on the panel (4.5 or 5.0 bar).",
            "Run the felts empty for 5 min with the felt spray on and watch the tracking.",
            "Select the article and run the first hide; check it before production.",
        ],
    ),
    ("h", "6.2 Setting the line load for an article"),
    (
        "ol",
        [
            "Take the line load from the tannery's article sheet, or from section 3.",
            "Divide it by 0.37 (WS-27) or 0.40 (WS-32) to get the hydraulic pressure in bar.",
            "Enter the pressure in the article memory.",
            "Run three hides and have their moisture measured.",
            "Correct the load in steps of 5 N/mm and save the article.",
        ],
    ),
    ("h", "6.3 Replacing the felts"),
    (
        "ol",
        [
            "Stop the machine, lock out the main switch and vent the felt tension cylinders to 0 bar.",
            "Open the press rollers fully and put the two safety blocks WRH-SB-2 into the frame.",
            "Remove the four spacers of the operator side frame.",
            "Slide the old felt off towards the operator side.",
            "Slide the new felt on with its arrow in the running direction and centre it on the mark.",
            "Refit the spacers and tighten their bolts to 210 Nm.",
            "Remove the safety blocks and tension the felt to 4.5 bar (WS-27) or 5.0 bar (WS-32).",
            "Wet the new felt and run it for 20 min at 10 m/min with the spray on and the rollers at 20 N/mm before the first leather.",
        ],
    ),
    ("h", "6.4 Releasing trapped leather"),
    (
        "ol",
        [
            "Press the emergency stop.",
            "Open the press rollers with the Open key, or without power with the hand pump on the valve block.",
            "Lock out, put in the safety blocks and pull the leather out against the running direction.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Wash the felts (water at no more than 50 °C); clean the drip tray; test the trip wire."],
            ["Weekly", "Measure the felt thickness at five points across each felt; clean the tracking sensors; grease the roller bearings (EP2)."],
            ["Monthly", "Check the stripper blade and the setting-out blades; check the left and right pressure readings against the gauge."],
            ["Every 4000 h or 12 months, whichever comes first", "Change the hydraulic oil and the filter WRH-HF-05."],
        ],
        (44, 130),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Test the trip wire at the start of every shift; the rollers must open and the drive stop.",
            "Never bridge a guard switch or the trip wire.",
            "Lock out and use the safety blocks before any work between the rollers.",
            "Hydraulic cylinder seals and the flow divider are serviced by Wringholt service only.",
            "Wet blue contains chromium salts: wear gloves and wash your hands before eating.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "WS-27", "WS-32"],
            ["Upper felt", "WRH-FU-27", "WRH-FU-32"],
            ["Lower felt", "WRH-FL-27", "WRH-FL-32"],
            ["Stripper blade", "WRH-ST-27", "WRH-ST-32"],
            ["Tracking sensor", "WRH-TS-1", "WRH-TS-1"],
            ["Pressure transmitter 0-250 bar", "WRH-PT-250", "WRH-PT-250"],
            ["Hydraulic filter", "WRH-HF-05", "WRH-HF-05"],
            ["Safety blocks (pair)", "WRH-SB-2", "WRH-SB-2"],
        ],
        (84, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("conciaro-cd-tanning-drum.pdf", "Conciaro CNC-OM-CD-04 Ed 3 - CD-3025 / CD-3530", CONCIARO),
        ("scarnello-sx-fleshing-machine.pdf", "Scarnello SCN-OM-SX-02 Ed 2 - SX-18 / SX-24", SCARNELLO),
        ("dividora-bk-band-knife-splitting-machine.pdf", "Dividora DVD-OM-BK30-01 Ed 1 - BK-30", DIVIDORA),
        ("wringholt-ws-samming-and-setting-out-machine.pdf", "Wringholt WRH-OM-WS-07 Ed 4 - WS-27 / WS-32", WRINGHOLT),
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
