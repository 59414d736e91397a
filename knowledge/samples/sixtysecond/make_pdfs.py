"""Generate the PDF manuals of the sixty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set62venv && /tmp/set62venv/bin/pip install fpdf2 pypdf
    /tmp/set62venv/bin/python knowledge/samples/sixtysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical.
The rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Rundmark BD tyre building drums
RUNDMARK = [
    ("title", "Rundmark BD Expandable Tyre Building Drums\nOperation and Maintenance - BD-18 and BD-22"),
    (
        "p",
        "Document RMK-OM-BD-07, Edition 3, March 2025. Rundmark Tyre Machinery. The BD-18 and BD-22 are "
        "single-stage expandable building drums for radial passenger (PCR) and light truck (LTR) tyres. They are "
        "mounted on the Rundmark building machine base and driven by its AC servo. Each drum has a segmented centre "
        "section, expanded and collapsed by a pneumatic cylinder through a wedge, two bead lock units and one "
        "turn-up bladder on each side. Apart from the size range, the drive, the pressures and the items named in "
        "this manual, the two models are built alike. The transfer ring has its own manual (RMK-OM-TR-02), and so "
        "do the ply and innerliner servicers (RMK-OM-SV-04). The parameters of the main servo drive are set by "
        "Rundmark service and are not given here. The green tyre specification (component widths, bead set "
        "distance, turn-up heights, splice positions) comes from the site's process engineering.",
    ),
    (
        "warn",
        "WARNING: The drum can start from the foot switch or from the automatic cycle. Before reaching into the "
        "drum area, select Setup mode and make sure that the bladders are vented. Before any work on the drum, lock "
        "out both the electrical supply and the compressed air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BD-18", "BD-22"],
            ["Bead seat diameter range", "14-18 in", "16-22 in"],
            ["Drum width (bead set distance), adjustable", "380-620 mm", "420-760 mm"],
            ["Centre section segments", "24", "28"],
            ["Collapse below nominal bead seat diameter", "26 mm", "30 mm"],
            ["Maximum drum speed", "120 rpm", "90 rpm"],
            ["Main drive, AC servo on the machine base", "7.5 kW", "11 kW"],
            ["Bead lock pressure (regulator in the valve cabinet)", "6.0 bar", "7.0 bar"],
            ["Turn-up bladder working pressure", "2.5 bar", "3.0 bar"],
            ["Turn-up bladder pressure, never exceed", "3.5 bar", "4.0 bar"],
            ["Shaping (crown) pressure range", "0.6-1.2 bar", "0.8-1.6 bar"],
            ["Stitcher roller force, maximum", "400 N", "550 N"],
            ["Compressed air at the machine inlet, dry and oil-free", "6.5-8.0 bar", "7.5-8.0 bar"],
            ["Average air consumption in automatic cycle", "350 NL/min", "480 NL/min"],
            ["Bead set distance repeatability", "±0.3 mm", "±0.4 mm"],
            ["Radial runout at the drum shoulders, maximum", "0.30 mm", "0.40 mm"],
            ["Cycle time, reference tyre (see below)", "48 s", "62 s"],
            ["Mass of the drum assembly", "410 kg", "560 kg"],
            ["Segment set change, two fitters", "35 min", "45 min"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cycle times hold only for the reference tyres, a 205/55 R16 with a two-ply carcass on the BD-18 and an "
        "LT265/70 R17 with a two-ply carcass on the BD-22, with the servicers fully loaded and no splice "
        "corrections. The peripheral speed of the drum must not exceed 3.0 m/s at any diameter; the maximum drum "
        "speeds in the table keep this limit at the largest bead seat diameter of each model. The supply at the "
        "machine inlet must be at least 0.5 bar above the bead lock pressure, which is why the BD-22 needs 7.5 bar.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained on this drum may run it. Setup mode runs the drum at no more than 10 rpm and only "
            "while the hold-to-run button is pressed.",
            "The light curtain in front of the drum stops rotation and holds all valves. Never bridge it, and never "
            "reach over the drum while the bladders are pressurised.",
            "Lock out before work on the drum: main switch off and padlocked, main air valve closed, dump valve "
            "opened, and all four gauges (supply, bead lock, bladder, shaping) reading 0 bar.",
            "Never raise the bladder pressure above the never-exceed value (3.5 bar BD-18, 4.0 bar BD-22). A bladder "
            "that bursts under pressure can throw the turn-up fingers.",
            "The solvent used to freshen splices is covered by the site's hazardous substances assessment; it is not "
            "part of the machine and no solvent container may stand on the machine base.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Bead set distance"),
            (
                "p",
                "The bead set distance is entered in the recipe (Recipe > Drum > Bead set) from the green tyre "
                "specification. After a segment set change it is checked with the gauge bar RMK-GB-600 (BD-18) or "
                "RMK-GB-800 (BD-22). The mean reading must be within ±0.3 mm (BD-18) or ±0.4 mm (BD-22) of the "
                "recipe value; otherwise calibrate as in 7.2.",
            ),
            ("h", "Bead lock"),
            (
                "p",
                "The bead lock pressure is fixed: 6.0 bar on the BD-18 and 7.0 bar on the BD-22. If it falls below "
                "5.5 bar (BD-18) or 6.5 bar (BD-22) the pressure switch stops the cycle and shows A06. The rubber "
                "pads of the bead lock segments are worn when their step is 1 mm or more below the segment face.",
            ),
            ("h", "Turn-up bladders"),
            (
                "p",
                "Working pressure 2.5 bar (BD-18) or 3.0 bar (BD-22). In the leak test (7.3) the pressure may fall "
                "by no more than 0.2 bar in 5 min. Replace both bladders after 60 000 cycles (BD-18) or 45 000 "
                "cycles (BD-22) or 6 months in service, whichever comes first, and at once if a cut, a blister or a "
                "crack is seen. A new bladder runs 20 inflation cycles at working pressure without a tyre before "
                "production.",
            ),
            ("h", "Stitching"),
            (
                "p",
                "The stitcher force comes from the recipe through a proportional valve; the recipe value must not "
                "exceed 400 N (BD-18) or 550 N (BD-22). During stitching the drum turns at no more than 60 rpm.",
            ),
            ("h", "Splices"),
            (
                "p",
                "Innerliner splice overlap 8-12 mm. Body ply splice overlap 2 to 4 cords. Sidewall splices are butt "
                "splices with no gap; an open splice is never allowed. Splice positions of successive components "
                "are staggered as the green tyre specification gives; if it gives none, keep them at least 100 mm "
                "apart around the circumference.",
            ),
            ("h", "Shaping"),
            (
                "p",
                "The shaping pressure is set in the recipe within 0.6-1.2 bar (BD-18) or 0.8-1.6 bar (BD-22). A "
                "deviation of more than 0.1 bar from the recipe value during shaping raises A09.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A01", "Emergency stop pressed or light curtain interrupted", "Clear the area, release, reset"],
            ["A02", "Main servo drive fault", "Read the drive code on the servo display and call Rundmark service"],
            ["A03", "Supply pressure low (below 6.5 bar BD-18, 7.5 bar BD-22)", "Check the site supply and the "
             "inlet filter"],
            ["A04", "Drum not collapsed at cycle start", "Check segment sensor B12, clean the wedge guides"],
            ["A05", "Bead lock not confirmed by both sensors", "Check the bead seating and sensors B21 and B22"],
            ["A06", "Bead lock pressure low", "Check the regulator and the rotary union for leaks"],
            ["A07", "Bladder pressure above the never-exceed value", "Vent, check regulator and relief valve"],
            ["A08", "Bladder pressure not reached within 4 s", "Leak test the bladders (7.3)"],
            ["A09", "Shaping pressure more than 0.1 bar from the recipe", "Check the proportional valve and "
             "the shaping seals"],
            ["A10", "Stitcher position error", "Reference the stitcher axis in Setup mode"],
            ["A12", "Segment set tag does not match the recipe", "Fit the right segment set or load the right "
             "recipe"],
            ["A13", "Peripheral speed limit (3.0 m/s) reached", "Check the recipe speed and the bead seat size"],
            ["A14", "Bead set encoder outside its calibration", "Calibrate the bead set distance (7.2)"],
        ],
        (18, 80, 72),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Turn-up height differs left to right", "One bladder leaking or worn; bladder regulator drifting",
             "Leak test each side (7.3); replace the bladder pair if one fails"],
            ["Trapped air or blisters near the turn-up", "Stitcher force low; bladder pressure low",
             "Check the recipe force (max 400 N / 550 N) and the bladder gauge"],
            ["Beads slip during shaping", "Bead lock pressure low; worn bead lock pads",
             "Check the bead lock gauge; replace the pad set if the step is 1 mm or more"],
            ["Green tyre hard to remove", "Drum not fully collapsed; dirt in the wedge guides",
             "Clean and grease the wedge guides; check collapse stroke"],
            ["Ply splice opens after shaping", "Overlap under 2 cords; stale splice ends",
             "Correct the servicer cut length; freshen the ends as the site allows"],
            ["Vibration at full speed", "Runout above 0.30 mm / 0.40 mm; loose segment screw",
             "Measure the runout with a dial gauge; re-torque the segment screws to 45 Nm"],
            ["Shaped tyre off-centre", "Bead set distance wrong; one bead lock late",
             "Check and calibrate the bead set distance (7.2)"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Controls"),
    (
        "p",
        "The operator panel on the machine base has the mode selector (Automatic, Step, Setup), the cycle start "
        "buttons, the foot switch socket and the emergency stop. The HMI shows the recipe, the step in progress and "
        "the alarm list. Recipes can only be changed with the process key; calibration values only with the service "
        "key.",
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Changing the segment set (drum size)"),
    (
        "ol",
        [
            "Finish the running tyre, select Setup mode and jog the drum to the change position (mark at the top).",
            "Collapse the drum, lock out as in section 2 and check that all four gauges read 0 bar.",
            "Release the segment screws (M10, one per segment: 24 on the BD-18, 28 on the BD-22) and lift each "
            "segment off with the handle RMK-SH-01. Store the segments in the rack in their numbered order.",
            "Clean the wedge guides and apply grease RG-2.",
            "Fit the new segments in numbered order and tighten the screws to 45 Nm in a cross pattern.",
            "Check that the tag code of the new set matches the recipe, restore air and power, and expand and "
            "collapse the drum three times in Setup mode.",
            "Measure the radial runout at both shoulders (no more than 0.30 mm BD-18, 0.40 mm BD-22) and check the "
            "bead set distance (7.2) before the first tyre.",
        ],
    ),
    ("h", "7.2 Calibrating the bead set distance"),
    (
        "ol",
        [
            "Select Setup mode and move the bead locks to the recipe bead set position.",
            "Place the gauge bar across the bead lock faces at 0°, 90°, 180° and 270° and note the four readings.",
            "The four readings may differ by no more than 0.5 mm from each other. A larger spread means a bent bead "
            "lock carrier: stop and call Rundmark service.",
            "If the mean is outside ±0.3 mm (BD-18) or ±0.4 mm (BD-22) of the recipe value, enter the measured mean "
            "under Service > Bead set > Reference and confirm with the service key.",
            "Repeat the measurement and record the result in the drum log.",
        ],
    ),
    ("h", "7.3 Leak test of the turn-up bladders"),
    (
        "ol",
        [
            "Remove any tyre, select Setup mode and expand the drum.",
            "Inflate one bladder to working pressure (2.5 bar BD-18, 3.0 bar BD-22) and close its isolating valve.",
            "Watch the bladder gauge for 5 min. A fall of more than 0.2 bar fails the test.",
            "Spray leak detector on the clamp rings and the rotary union to find the leak, then repeat for the "
            "other side.",
        ],
    ),
    ("h", "7.4 Replacing a turn-up bladder"),
    (
        "ol",
        [
            "Lock out and check that the bladder gauge reads 0 bar.",
            "Remove the turn-up fingers of that side, then the clamp ring screws, and pull the old bladder off.",
            "Clean the clamping faces; fit the new bladder with its moulded mark at the valve port.",
            "Refit the clamp ring and tighten its screws to 25 Nm in a cross pattern, then refit the fingers.",
            "Run 20 inflation cycles at working pressure without a tyre, then carry out the leak test (7.3).",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean rubber off the drum and bead locks; look at both bladders; drain the air filter"],
            ["Weekly", "Leak test of the bladders (7.3); check the bead lock pad step"],
            ["Monthly", "Grease the wedge guides with RG-2, two strokes per nipple; measure the radial runout"],
            ["6 months", "Replace both bladders if not already due by cycles"],
            ["Yearly", "Rotary union inspection and seal change by Rundmark service"],
        ],
        (35, 135),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "BD-18", "BD-22"],
            ["Turn-up bladder, one side", "RMK-TB-18", "RMK-TB-22"],
            ["Bladder clamp ring set", "RMK-CR-18", "RMK-CR-22"],
            ["Bead lock pad set", "RMK-BP-18", "RMK-BP-22"],
            ["Gauge bar", "RMK-GB-600", "RMK-GB-800"],
            ["Segment handle", "RMK-SH-01", "RMK-SH-01"],
            ["Rotary union seal kit (fitted by Rundmark service)", "RMK-RU-S1", "RMK-RU-S1"],
            ["Grease RG-2, lithium complex NLGI 2, 400 g", "RMK-RG-2", "RMK-RG-2"],
        ],
        (90, 40, 40),
    ),
]

# ---------------------------------------------------------------- Ovalis UM-20 tyre uniformity machine
OVALIS = [
    ("title", "Ovalis UM-20 Tyre Uniformity Machine\nOperator and Maintenance Manual"),
    (
        "p",
        "Document OVT-OM-UM20-04, Edition 2, June 2024. Ovalis Test Systems. The UM-20 measures the force "
        "variation of cured passenger and light truck tyres on a rotating load wheel: radial force variation (RFV), "
        "lateral force variation (LFV), conicity and ply steer. With the optional laser geometry head it also "
        "measures radial and lateral runout. After the test it marks the high point of the first RFV harmonic and "
        "sends the tyre to a grade lane. The UM-20 has no correction grinder: tyres that fail are graded and sorted "
        "only. The grading limits are set by the plant quality department from the tyre customer's requirements; "
        "the machine does not propose them. The accredited annual calibration is carried out by Ovalis service.",
    ),
    (
        "warn",
        "WARNING: The load wheel moves with a force of up to 1200 daN and the chuck closes with hydraulic force. "
        "Never reach into the test station unless the machine is in Manual mode, the light curtain is muted by the "
        "service key and the hydraulic pressure is released.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UM-20"],
            ["Rim diameter range (split rims, one set per size)", "13-20 in"],
            ["Rim width range", "4.5-9.0 in"],
            ["Tyre outside diameter", "520-860 mm"],
            ["Tyre section width", "135-335 mm"],
            ["Tyre mass, maximum", "25 kg"],
            ["Load wheel diameter", "854.5 mm"],
            ["Test speed of the tyre", "60 rpm"],
            ["Test load range", "200-1200 daN"],
            ["Test inflation pressure range", "1.0-3.5 bar"],
            ["Inflation pressure accuracy", "±0.02 bar"],
            ["Force measurement accuracy (above 10 % of the range)", "±0.5 % of reading"],
            ["Load wheel radial runout, maximum", "0.010 mm"],
            ["Cycle time, 205/55 R16, marking on, without geometry", "24 s"],
            ["Cycle time with the laser geometry head", "28 s"],
            ["Hydraulic unit", "11 kW, 110 bar, tank 160 L HLP 46"],
            ["Compressed air", "6.0-8.0 bar, 400 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 40 A fuse"],
            ["Mass", "9800 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The force accuracy holds above 10 % of the measuring range and within 12 months of the last accredited "
        "calibration. Harmonics are computed from the 1st to the 10th; higher harmonics are not computed. At the "
        "test speed of 60 rpm a tyre of 650 mm outside diameter turns the load wheel at about 45.6 rpm.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The test station is guarded by a light curtain at the loading side and fixed guards elsewhere. Opening "
            "a guard door stops the cycle and vents the tyre.",
            "Never inflate a tyre in the chuck above 3.5 bar, and never inflate a tyre that shows cuts, exposed cords "
            "or a damaged bead.",
            "The bead lubricant is applied by the conveyor brush station. Its type and dilution are the site's "
            "choice; keep the floor around the station dry.",
            "Release the hydraulic pressure (accumulator dump valve V4, gauge at 0 bar) before work on the chuck, "
            "the load carriage or the hydraulic unit.",
        ],
    ),
    ("h", "3. Test sequence and settings"),
    (
        "cols",
        [
            ("h", "Test sequence"),
            (
                "p",
                "1. The conveyor centres the tyre and lubricates both beads. 2. The lower rim rises and the chuck "
                "closes. 3. The tyre is inflated to the bead seating pressure (default 3.0 bar) and then vented "
                "to the test pressure. 4. The load wheel advances to the test load. 5. Two warm-up revolutions "
                "clockwise, then two measuring revolutions clockwise. 6. The spindle reverses: one warm-up and two "
                "measuring revolutions counter-clockwise. 7. The load wheel retracts, the tyre is vented, marked "
                "and sent to its grade lane.",
            ),
            ("h", "Test load and pressure"),
            (
                "p",
                "Test load and test pressure are taken from the tyre specification and entered in the size recipe. "
                "The load must stay within 200-1200 daN and the pressure within 1.0-3.5 bar.",
            ),
            ("h", "Conicity and ply steer"),
            (
                "p",
                "From the mean lateral force in each direction (LFM cw and LFM ccw, both signed as the machine "
                "shows them): conicity = (LFM cw + LFM ccw) / 2 and ply steer = (LFM cw - LFM ccw) / 2.",
            ),
            ("h", "Master tyre"),
            (
                "p",
                "Each rim size has a master tyre with a certificate. In the daily check the master tyre is run five "
                "times. The mean must be within ±3 daN of the certificate value for RFV, within ±4 daN for LFV and "
                "within ±3 daN for conicity, and the range of the five RFV results may be no more than 4 daN.",
            ),
            ("h", "Marking"),
            (
                "p",
                "The marker puts a dot on the upper sidewall at the high point of the first RFV harmonic, within "
                "±5° of the computed angle. Colour by grade is set in the grade table.",
            ),
            ("h", "Grading"),
            (
                "p",
                "Up to six grades plus reject. A tyre is graded by the worst of its results. The limits are entered "
                "by the quality department with the quality key.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["U01", "Emergency stop or light curtain", "Clear the station, reset"],
            ["U02", "Hydraulic pressure low (below 95 bar)", "Check the oil level and the pump; check filter"],
            ["U03", "Hydraulic oil temperature above 60 °C", "Check the oil cooler and its fan"],
            ["U04", "Tyre not centred on the conveyor", "Check the centring arms and the tyre size in the recipe"],
            ["U05", "Bead seating pressure not reached within 6 s", "Check the bead lubrication and the rim seals"],
            ["U06", "Test pressure out of tolerance during test", "Look for a leaking bead or rim seal; retest"],
            ["U07", "Test load not reached", "Check the load carriage and its proportional valve"],
            ["U08", "Spindle encoder error", "Check the encoder cable; call Ovalis service if it repeats"],
            ["U09", "Load cell signal out of range", "Check the load cell cables; run the calibration check (7.3)"],
            ["U10", "Master tyre check overdue (more than 24 h)", "Run the master tyre check (7.1)"],
            ["U11", "Marker did not confirm", "Check the ink cartridge and the marker stroke (7.4)"],
            ["U13", "Rim set does not match the recipe", "Fit the correct rim set (7.2)"],
            ["U14", "Geometry laser fault (option)", "Clean the laser window; switch the geometry off to "
             "keep testing forces"],
            ["U15", "Grade lane full", "Clear the lane at the sorter"],
        ],
        (18, 80, 72),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["RFV results drift upward through the shift", "Hydraulic oil warming; load wheel surface dirty",
             "Check the oil temperature (max 60 °C); clean the load wheel with a dry cloth"],
            ["Master tyre fails the repeatability check", "Rim halves dirty or damaged; bead lube too dry",
             "Clean the rims, check the lube brushes, rerun; then the calibration check (7.3)"],
            ["Every tyre shows a similar conicity offset", "Load wheel alignment changed",
             "Do not adjust: the load wheel alignment is reset by Ovalis service only"],
            ["High LFV on every size after a rim change", "Rim not seated on the spindle cone; wrong rim width",
             "Refit the rim, clean the cone, check the rim width in the recipe"],
            ["Tyres lose air during the test", "Bead not seated; rim seal worn",
             "Check the bead seating pressure and replace the rim O-ring"],
            ["Marker dot missing or smeared", "Ink cartridge empty; nozzle dirty",
             "Replace the cartridge; clean the nozzle (7.4)"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Operation"),
    (
        "p",
        "Select the size recipe, check that the rim set tag matches, and start Automatic mode. The screen shows the "
        "results of each tyre and the running statistics of the shift. A tyre can be retested once by putting it "
        "back on the infeed; a second retest needs the quality key.",
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Daily master tyre check"),
    (
        "ol",
        [
            "Warm the machine up with at least 10 production tyres or 15 min in Automatic mode.",
            "Select Service > Master, scan the master tyre label and put the master tyre on the infeed with its "
            "reference mark at the front.",
            "Let the machine run it five times.",
            "The check passes if the means are within ±3 daN (RFV), ±4 daN (LFV) and ±3 daN (conicity) of the "
            "certificate and the RFV range is no more than 4 daN.",
            "If it fails, clean the rims and the load wheel and repeat once. If it fails again, run the calibration "
            "check (7.3) and stop testing until it passes.",
        ],
    ),
    ("h", "7.2 Changing the rim set"),
    (
        "ol",
        [
            "Put the machine in Manual mode and release the hydraulic pressure (gauge at 0 bar).",
            "Unscrew the upper rim with the rim key OVT-RK-01 (left-hand thread) and lift it out with the hoist.",
            "Remove the three M12 screws of the lower rim and lift it off the spindle cone.",
            "Clean the spindle cone and the rim bores with a dry cloth; no grease on the cone.",
            "Fit the new lower rim, tighten its screws to 80 Nm, and screw in the upper rim hand tight plus a quarter "
            "turn with the rim key.",
            "Load the size recipe; the machine reads the rim tag and clears U13. Run the master tyre check (7.1).",
        ],
    ),
    ("h", "7.3 Calibration check of the load cells"),
    (
        "ol",
        [
            "Put the machine in Manual mode and fit the calibration fixture OVT-CF-20 with its reference load cell "
            "in place of the upper rim.",
            "Select Service > Calibration check and apply 300 daN, 600 daN and 900 daN in turn with the load "
            "carriage.",
            "At each step the radial reading must be within ±0.5 % of the reference load cell.",
            "If a step is outside, do not adjust the gain: tag the machine out of service and call Ovalis service.",
        ],
    ),
    ("h", "7.4 Marker cartridge and nozzle"),
    (
        "ol",
        [
            "Stop at the end of a cycle and swing the marker out on its hinge.",
            "Pull the empty cartridge down and push a new one in until it clicks.",
            "Wipe the nozzle with a cloth damped in the cleaner OVT-MC-1, never with solvent.",
            "Press Marker test; the dot must be sharp and no larger than 8 mm.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Master tyre check (7.1); clean the load wheel and the rims"],
            ["Weekly", "Check the hydraulic oil level; clean the bead lube brushes"],
            ["Monthly", "Check the rim O-rings; grease the load carriage guides"],
            ["2000 h or 12 months, whichever comes first", "Change the hydraulic return filter element OVT-HF-10"],
            ["12 months", "Accredited calibration and load wheel alignment by Ovalis service"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rim O-ring set (all sizes)", "OVT-OR-20"],
            ["Marker ink cartridge, white", "OVT-MK-WH"],
            ["Marker ink cartridge, yellow", "OVT-MK-YE"],
            ["Marker nozzle cleaner, 250 mL", "OVT-MC-1"],
            ["Hydraulic return filter element", "OVT-HF-10"],
            ["Bead lube brush pair", "OVT-LB-2"],
            ["Rim key (left-hand thread)", "OVT-RK-01"],
            ["Calibration fixture with reference load cell", "OVT-CF-20"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Kernwald AX bead apex extruders
KERNWALD = [
    ("title", "Kernwald AX Bead Apex Extruders\nOperation and Maintenance - AX-60 and AX-90"),
    (
        "p",
        "Document KWD-OM-AX-03, Edition 1, November 2024. Kernwald Extrusion Machinery. The AX-60 and AX-90 are "
        "cold-feed rubber extruders with a profile die that lays the apex (bead filler) directly onto a bead ring "
        "held on the rotating apexing ring. After one turn of the ring the apex is cut by the die knife and its ends "
        "are butt spliced by the splice press. The AX-60 serves passenger and light truck beads, the AX-90 truck and "
        "bus beads. Apart from the screw size, the drive, the pressures and the ranges named here, the two models "
        "are built alike. The bead wire winding line that makes the bead rings has its own manual, and the apex "
        "compound and its mixing are the site's. Pulling the screw and measuring the barrel wear are done by "
        "Kernwald service only.",
    ),
    (
        "warn",
        "WARNING: The extruder head and the die are hot (up to 110 °C) and can hold pressure after the screw stops. "
        "Never open the head while the head pressure gauge reads more than 5 bar. Never reach into the feed opening: "
        "the feed roll draws in hands as readily as rubber strip.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AX-60", "AX-90"],
            ["Screw diameter", "60 mm", "90 mm"],
            ["Screw length", "12 D", "14 D"],
            ["Screw speed", "5-60 rpm", "4-45 rpm"],
            ["Main motor (AC, with VFD)", "37 kW", "75 kW"],
            ["Gearbox oil ISO VG 320, quantity", "16 L", "32 L"],
            ["Output with apex compound, maximum (see below)", "250 kg/h", "600 kg/h"],
            ["Feed strip width", "40-60 mm", "60-90 mm"],
            ["Temperature control zones (TCU, pressurised water)", "3", "4"],
            ["TCU water temperature range", "40-95 °C", "40-95 °C"],
            ["Maximum head pressure (screw stops)", "250 bar", "220 bar"],
            ["Rupture disc in the head", "280 bar", "250 bar"],
            ["Bead diameter range", "13-18 in", "17.5-24.5 in"],
            ["Apex height range", "15-45 mm", "25-90 mm"],
            ["Apex height tolerance", "±0.5 mm", "±0.8 mm"],
            ["Cycle time per bead, reference bead", "9 s", "14 s"],
            ["Compressed air", "6 bar, 120 NL/min", "6 bar, 180 NL/min"],
            ["Mass of the extruder with applicator", "4.2 t", "7.8 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The output holds for an apex compound of Mooney viscosity ML(1+4) 100 °C between 50 and 70, at maximum "
        "screw speed and with the head pressure below 150 bar. The reference beads for the cycle time are a 16 in "
        "bead with a 30 mm apex (AX-60) and a 22.5 in bead with a 65 mm apex (AX-90).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear heat-resistant gloves and a face shield when opening the head or changing the die.",
            "The feed opening has a trip bar in front of the feed roll. Test it at the start of every shift: the "
            "screw and the feed roll must stop at once.",
            "The apexing ring and the splice press are guarded by an interlocked door. Never defeat the interlock "
            "to watch a splice.",
            "The rupture disc protects the barrel. Replace a burst disc only with the disc rated for the model "
            "(280 bar AX-60, 250 bar AX-90); never fit a plug or a disc of another rating.",
            "Lock out the main switch and the TCUs before work inside the head or on the feed roll.",
        ],
    ),
    ("h", "3. Process settings"),
    (
        "cols",
        [
            ("h", "Temperatures"),
            (
                "p",
                "Set the zone temperatures from the compound's process sheet. The compound temperature at the die "
                "exit must be no more than 105 °C; above 105 °C the scorch risk rises sharply, and above 115 °C "
                "the screw stops with X06. A die exit temperature of 90-100 °C is typical.",
            ),
            ("h", "Cold start interlock"),
            (
                "p",
                "The screw can only start when every zone is within ±5 °C of its setpoint and has been there for at "
                "least 30 min (heat soak). A screw must never be turned with cold compound in the barrel: below "
                "60 °C barrel temperature the drive is blocked and X08 is shown.",
            ),
            ("h", "Head pressure"),
            (
                "p",
                "The warning X03 comes at 90 % of the maximum head pressure, 225 bar on the AX-60 and 198 bar on "
                "the AX-90. At the maximum (250 bar, 220 bar) the screw stops with X04. The rupture disc bursts "
                "above that.",
            ),
            ("h", "Feed"),
            (
                "p",
                "The feed strip must be continuous and within the strip width range. A starving feed shows as head "
                "pressure swinging by more than ±10 bar. A rough check of the feed: the output in kg/h should be "
                "about 4.2 times the screw speed in rpm on the AX-60 and about 13.3 times on the AX-90; 15 % or "
                "more below this points to starving.",
            ),
            ("h", "Apex splice"),
            (
                "p",
                "Butt splice with a gap or overlap of 0 to 1 mm; an open splice is a reject. Splice press pressure "
                "4.0 bar, dwell 1.5 s. Below 3.5 bar the cycle stops with X12.",
            ),
            ("h", "Apex mass"),
            (
                "p",
                "Weigh one bead with apex every hour. The apex mass must be within ±1.5 % of the target in the "
                "recipe; the target itself comes from the green tyre specification.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["X01", "Emergency stop, trip bar or guard door", "Clear the cause, reset, test the trip bar"],
            ["X02", "Main drive fault or overload", "Read the VFD code; check for a cold or overfilled barrel"],
            ["X03", "Head pressure warning (90 % of maximum)", "Reduce screw speed; check die and screen for "
             "blockage"],
            ["X04", "Maximum head pressure, screw stopped", "Find the blockage before restarting; do not raise the "
             "limit"],
            ["X05", "Zone more than 10 °C from setpoint", "Check the TCU of that zone and its water flow"],
            ["X06", "Compound above 115 °C at the die exit", "Reduce screw speed and zone temperatures; purge "
             "scorched compound"],
            ["X07", "No feed strip at the feed roll", "Rethread the strip; check the strip sensor"],
            ["X08", "Cold start interlock (below 60 °C or heat soak not complete)", "Wait for the heat soak"],
            ["X09", "TCU water flow low", "Check the TCU filter and valves"],
            ["X11", "Bead not clamped on the apexing ring", "Check the bead size in the recipe and the clamp "
             "fingers"],
            ["X12", "Splice press pressure below 3.5 bar", "Check the regulator and the supply"],
            ["X13", "Gearbox oil above 80 °C", "Check the oil level and the gearbox cooler"],
        ],
        (18, 80, 72),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Apex rough, with small hard lumps", "Scorched compound: temperature too high or long standstill in "
             "the head", "Lower the temperatures; purge at least 3 kg (AX-60) or 8 kg (AX-90)"],
            ["Apex height below tolerance", "Die worn; compound too warm; ring speed too high for the screw "
             "speed", "Check the die land; check temperatures; correct the speed ratio"],
            ["Head pressure swinging, output pulsing", "Feed starving: strip too narrow or slipping",
             "Check the strip width and the feed roll gap"],
            ["Apex splice opens on the bead", "Splice pressure low; ends cooled; dwell too short",
             "Check 4.0 bar and 1.5 s; shorten the wait before the splice"],
            ["Apex not centred on the bead", "Apexing ring misaligned to the die",
             "Realign the ring with the centring gauge KWD-CG-1"],
            ["Blisters in the apex", "Moisture in the compound; trapped air in the feed",
             "Check compound storage; keep the feed strip continuous"],
            ["Motor current high at low output", "Barrel too cold; worn screw",
             "Check zone temperatures; screw wear is measured by Kernwald service"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Start-up from cold"),
    (
        "ol",
        [
            "Switch on the TCUs and enter the zone setpoints from the process sheet.",
            "Wait until all zones are within ±5 °C of their setpoints, then for the 30 min heat soak; X08 clears "
            "by itself.",
            "Thread the feed strip to the feed roll and start the screw at 5 rpm (AX-60) or 4 rpm (AX-90).",
            "Purge until the profile is clean and smooth, at least 3 kg (AX-60) or 8 kg (AX-90).",
            "Check the die exit temperature (no more than 105 °C), then raise the speed to the recipe value and "
            "start the apexing cycle.",
        ],
    ),
    ("h", "6.2 Changing the die"),
    (
        "ol",
        [
            "Stop the feed and run the screw at minimum speed until the head pressure falls; stop the screw.",
            "Wait until the head pressure gauge reads 5 bar or less. Put on heat-resistant gloves and a face shield.",
            "Open the head clamp and swing the head open.",
            "Remove the die insert and clean the die holder with a brass scraper; never use a steel tool on the die "
            "faces.",
            "Fit the new die insert with anti-seize on the screws and tighten them to 35 Nm (AX-60) or 60 Nm "
            "(AX-90).",
            "Close and clamp the head, restart at minimum speed and purge as in 6.1 before production.",
        ],
    ),
    ("h", "6.3 Zeroing the head pressure transducer"),
    (
        "ol",
        [
            "Bring the head to operating temperature with the screw stopped and the head open and empty.",
            "Select Service > Sensors > Head pressure > Zero and confirm.",
            "The reading must settle within ±2 bar of zero. If it does not, replace the transducer KWD-PT-350.",
        ],
    ),
    ("h", "6.4 Shutdown"),
    (
        "ol",
        [
            "Stop the feed and run the screw until the output stops.",
            "Stop the screw and the apexing ring.",
            "For a restart within 8 h, leave the TCUs at 60 °C; for a longer stop, switch them off.",
            "Clean the die face and the splice press anvil while warm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Test the trip bar; check the splice press pressure; clean the die face"],
            ["Weekly", "Clean the TCU filters; check the feed roll gap (1.5-2.5 mm)"],
            ["Monthly", "Zero the head pressure transducer (6.3); check the gearbox oil level"],
            ["4000 h or 12 months, whichever comes first", "Change the gearbox oil (ISO VG 320, 16 L AX-60, 32 L "
             "AX-90)"],
            ["Every 2 years", "Screw and barrel wear measurement by Kernwald service"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "AX-60", "AX-90"],
            ["Rupture disc", "KWD-RD-280", "KWD-RD-250"],
            ["Die insert blank", "KWD-DB-60", "KWD-DB-90"],
            ["Head pressure transducer 0-350 bar", "KWD-PT-350", "KWD-PT-350"],
            ["Die knife", "KWD-DK-60", "KWD-DK-90"],
            ["Splice press anvil plate", "KWD-SA-60", "KWD-SA-90"],
            ["Apexing ring centring gauge", "KWD-CG-1", "KWD-CG-1"],
            ["Feed roll scraper", "KWD-FS-60", "KWD-FS-90"],
        ],
        (90, 40, 40),
    ),
]

# ---------------------------------------------------------------- Skrivada BC steel cord bias cutters
SKRIVADA = [
    ("title", "Skrivada BC Steel Cord Bias Cutters\nOperation and Maintenance - BC-1400 and BC-1800"),
    (
        "p",
        "Document SKV-OM-BC-11, Edition 2, February 2025. Skrivada Cutting Systems. The BC-1400 and BC-1800 cut "
        "calendered steel cord fabric at an angle into pieces for tyre belts, turn the pieces, join them with a "
        "butt splice into a continuous belt strip and wind the strip with a liner into a cassette. The fabric is "
        "held on a magnetic feed conveyor and cut by a disc knife that travels along the cutting bridge against a "
        "hardened anvil. The BC-1400 serves passenger and light truck belts, the BC-1800 truck and bus belts. Apart "
        "from the widths, the knife, the speeds and the forces named here, the two models are built alike. The "
        "let-off and wind-up cassettes have their own manual (SKV-OM-CS-02). The fabric itself, its shelf life and "
        "the belt widths and angles come from the site's process engineering.",
    ),
    (
        "warn",
        "WARNING: The disc knife is sharp even when stopped. Handle knives only in the knife case with cut-resistant "
        "gloves. Never reach under the cutting bridge unless the knife carriage is locked in its parking position "
        "and the machine is locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BC-1400", "BC-1800"],
            ["Fabric width, maximum", "1400 mm", "1800 mm"],
            ["Fabric thickness", "0.9-2.5 mm", "1.5-4.0 mm"],
            ["Cut angle range (to the fabric running direction)", "15-75°", "15-75°"],
            ["Cut angle setting accuracy", "±0.1°", "±0.1°"],
            ["Cut width, measured square to the cut", "100-500 mm", "150-800 mm"],
            ["Cut width accuracy", "±0.5 mm", "±0.8 mm"],
            ["Disc knife diameter, new", "150 mm", "180 mm"],
            ["Disc knife diameter, minimum after regrinding", "140 mm", "168 mm"],
            ["Knife travel speed, maximum", "1.2 m/s", "1.0 m/s"],
            ["Cutting rate, maximum (see below)", "28 cuts/min", "20 cuts/min"],
            ["Splicer pressing force", "6 kN", "9 kN"],
            ["Splice overlap permitted", "0-1 cord", "0-2 cords"],
            ["Connected load, 400 V 3~ 50 Hz", "15 kVA", "22 kVA"],
            ["Compressed air, minimum 6.0 bar, consumption", "250 NL/min", "380 NL/min"],
            ["Mass", "6.5 t", "9.2 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum cutting rate holds at a cut angle of 20° with a cut width of 300 mm on the BC-1400 and 400 mm "
        "on the BC-1800, for fabric of the full width. The knife path is the fabric width divided by the sine of the "
        "cut angle, so a smaller angle or a wider fabric means a longer cut and fewer cuts per minute.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The cutting area is fenced and its doors are interlocked. The knife carriage stops and parks when a "
            "door opens.",
            "The magnetic conveyor holds tools and steel parts firmly. Persons with a pacemaker must keep at least "
            "1 m from the conveyor and must not work on it.",
            "Cut steel cord ends are sharp. Wear cut-resistant gloves and sleeves when handling pieces or scrap.",
            "Lock out the main switch and close and vent the air supply before changing the knife or working on "
            "the splicer.",
            "Knife regrinding is done by the site's tool room or by Skrivada service, never on a bench grinder.",
        ],
    ),
    ("h", "3. Cut settings"),
    (
        "cols",
        [
            ("h", "Cut angle"),
            (
                "p",
                "The angle comes from the belt specification and is entered in the recipe; the cutting bridge "
                "turns to it by itself. Check it with the protractor template SKV-PT-01 after every angle change. "
                "If the template shows more than 0.2° of deviation, calibrate (6.2). The machine stops with B05 "
                "when the bridge position and the recipe differ by more than 0.2°.",
            ),
            ("h", "Cut width"),
            (
                "p",
                "The cut width is measured square to the cut edge, at both ends and in the middle of a piece. The "
                "three readings may differ from each other by no more than 1.0 mm, and each must be within the cut "
                "width accuracy of the model.",
            ),
            ("h", "Knife"),
            (
                "p",
                "Regrind the knife after 80 000 cuts (BC-1400) or 60 000 cuts (BC-1800), or earlier when cord "
                "ends are frayed or pulled, whichever comes first. After regrinding, enter the new diameter; below "
                "140 mm (BC-1400) or 168 mm (BC-1800) the knife is scrapped and B11 is shown. The knife overlaps "
                "the anvil edge by 0.5-1.0 mm.",
            ),
            ("h", "Splice"),
            (
                "p",
                "Butt splice only. An open splice (a gap between the pieces) is never allowed. Overlap 0-1 cord "
                "(BC-1400) or 0-2 cords (BC-1800). The step between the fabric edges at the splice must be no "
                "more than 1.5 mm. Splicer pressure 6.0 bar; below 5.5 bar the splicer stops with B07.",
            ),
            ("h", "Fabric"),
            (
                "p",
                "Fabric older than the shelf life given by the process engineering must not be cut. Fabric that "
                "has been cold (below 15 °C) must rest at room temperature before cutting; how long is the "
                "process engineering's decision.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["B01", "Emergency stop or door open", "Close the doors, reset"],
            ["B02", "Knife drive fault", "Check the drive code; check the knife for jamming"],
            ["B03", "Knife carriage not in its home position", "Jog the carriage home in Setup mode"],
            ["B04", "Fabric edge not found by the edge guide", "Check the edge sensor and the fabric run-in"],
            ["B05", "Bridge angle differs from the recipe by more than 0.2°", "Check the template; calibrate "
             "(6.2)"],
            ["B06", "Feed length error", "Clean the feed encoder wheel; check the magnet belt"],
            ["B07", "Splicer pressure below 5.5 bar", "Check the supply and the splicer regulator"],
            ["B09", "Liner break at the wind-up", "Rethread the liner; see SKV-OM-CS-02"],
            ["B10", "Magnetic conveyor fault", "Check the magnet supply and the belt drive"],
            ["B11", "Knife diameter below the minimum", "Fit a new knife (6.1)"],
            ["B12", "Cassette full", "Change the cassette"],
        ],
        (18, 80, 72),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Frayed or flared cord ends at the cut", "Knife blunt; knife overlap too small",
             "Regrind or change the knife; set the overlap to 0.5-1.0 mm"],
            ["Some cords left uncut at one side", "Knife overlap lost at that end; anvil worn",
             "Check the overlap along the whole bridge; turn or change the anvil"],
            ["Cut width varies along the cut", "Fabric slipping on the conveyor; bridge angle wrong",
             "Clean the magnet belt; check the angle with the template"],
            ["Splice opens in the strip", "Splicer pressure low; fabric surface dry",
             "Check 6.0 bar at the splicer; check fabric age"],
            ["Strip runs off to one side at the wind-up", "Step at the splices above 1.5 mm; liner tension",
             "Correct the piece alignment at the splicer; see SKV-OM-CS-02"],
            ["Fabric wanders on the feed conveyor", "Edge guide dirty; let-off tension uneven",
             "Clean the edge sensor; check the let-off brake"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing the disc knife"),
    (
        "ol",
        [
            "Park the knife carriage, lock out the main switch and vent the air.",
            "Open the knife guard and fit the knife lock pin SKV-LP-1 through the knife and its hub.",
            "Remove the three M8 clamp screws and lift the knife off into the knife case, wearing cut-resistant "
            "gloves.",
            "Clean the hub and fit the new or reground knife with its bevel towards the anvil. Tighten the clamp "
            "screws to 12 Nm.",
            "Remove the lock pin, close the guard and enter the knife diameter under Service > Knife.",
            "Check the overlap with the anvil at both ends of the bridge (0.5-1.0 mm) and cut three test pieces.",
        ],
    ),
    ("h", "6.2 Calibrating the cut angle"),
    (
        "ol",
        [
            "Set the recipe angle and let the bridge turn to it.",
            "Lay the protractor template SKV-PT-01 against the anvil and the fabric edge guide and read the "
            "deviation.",
            "If it is more than 0.2°, enter the template reading under Service > Bridge > Angle reference and "
            "confirm with the service key.",
            "Repeat the check at 20° and at 60°; both must be within ±0.1° after calibration.",
        ],
    ),
    ("h", "6.3 Checking the cut width"),
    (
        "ol",
        [
            "Cut three pieces at the recipe width and take the middle one.",
            "Measure it square to the cut at both ends and in the middle with the steel rule SKV-SR-1.",
            "The three readings may differ by no more than 1.0 mm and each must be within ±0.5 mm (BC-1400) or "
            "±0.8 mm (BC-1800) of the recipe width.",
            "If not, clean the feed encoder wheel and the magnet belt and repeat; if it still fails, call Skrivada "
            "service.",
        ],
    ),
    ("h", "6.4 Changing the wind-up cassette"),
    (
        "ol",
        [
            "When B12 is shown, let the splicer finish the piece in progress; the strip is cut at the splice "
            "station by the cross knife.",
            "Press Cassette out. The full cassette moves to the transfer position; move it away with the cassette "
            "trolley.",
            "Push an empty cassette in until both locating pins engage, and thread the liner as SKV-OM-CS-02 "
            "shows.",
            "Press Cassette in and confirm the cassette number on the HMI; the strip end is taped to the liner "
            "and winding restarts at low speed for the first 2 m.",
        ],
    ),
    ("h", "6.5 Operating notes"),
    (
        "p",
        "Select the recipe for the belt, check the knife diameter and the angle on the HMI, thread the fabric "
        "through the edge guide onto the magnet belt and press Start. The first three pieces after any recipe "
        "change are scrap and are measured as in 6.3. Keep the fabric edge trimmings in the steel scrap bin, never "
        "with rubber scrap.",
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the magnet belt and the anvil of rubber; check the knife edge"],
            ["Weekly", "Check the knife overlap along the bridge; clean the feed encoder wheel"],
            ["Monthly", "Lubricate the bridge guide rails; check the splicer jaws for wear"],
            ["80 000 cuts (BC-1400) / 60 000 cuts (BC-1800)", "Regrind the knife"],
            ["Yearly", "Check of the bridge drive and angle encoder by Skrivada service"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "BC-1400", "BC-1800"],
            ["Disc knife", "SKV-DK-150", "SKV-DK-180"],
            ["Anvil strip", "SKV-AN-14", "SKV-AN-18"],
            ["Splicer jaw set", "SKV-SJ-14", "SKV-SJ-18"],
            ["Magnet belt", "SKV-MB-14", "SKV-MB-18"],
            ["Knife lock pin", "SKV-LP-1", "SKV-LP-1"],
            ["Protractor template", "SKV-PT-01", "SKV-PT-01"],
            ["Steel rule, 1 m", "SKV-SR-1", "SKV-SR-1"],
        ],
        (90, 40, 40),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rundmark-bd-tyre-building-drum.pdf", "Rundmark RMK-OM-BD-07 Ed 3 - BD-18 / BD-22", RUNDMARK),
        ("ovalis-um-tyre-uniformity-machine.pdf", "Ovalis OVT-OM-UM20-04 Ed 2 - UM-20", OVALIS),
        ("kernwald-ax-bead-apex-extruder.pdf", "Kernwald KWD-OM-AX-03 Ed 1 - AX-60 / AX-90", KERNWALD),
        ("skrivada-bc-steel-cord-bias-cutter.pdf", "Skrivada SKV-OM-BC-11 Ed 2 - BC-1400 / BC-1800", SKRIVADA),
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
