"""Generate the PDF manuals of the hundred-and-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set106-scratch/venv && /tmp/set106-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set106-scratch/venv/bin/python knowledge/samples/hundredsixth/make_pdfs.py

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


# ---------------------------------------------------------------- Ravensclough RS longwall shearers
RAVENSCLOUGH = [
    ("title", "Ravensclough RS Longwall Shearers\nOperation and Maintenance Manual - RS-450 and RS-620"),
    (
        "p",
        "Document RLS-OM-RS-04, Edition 3, March 2025. Ravensclough Longwall Systems. The RS-450 and RS-620 are "
        "electrically hauled double-ended ranging drum shearers for retreat longwall faces in coal seams. Each machine "
        "has two cutting motors, one in each ranging arm, two haulage units with AC drives that walk along the rack "
        "bar of the armoured face conveyor, a hydraulic power pack for ranging and the cowls, and a water system for "
        "motor cooling and the dust suppression sprays. The RS-450 is built for thin to medium seams, the RS-620 for "
        "medium to thick seams; apart from the values given for each model, the two machines are built alike. The "
        "face conveyor, the powered roof supports, the gate-end boxes and the face control system have their own "
        "manuals. The cutting drums are designed for each seam by the Ravensclough drum design service from the coal "
        "and stone samples the mine sends; this manual gives data for the standard drums only.",
    ),
    (
        "warn",
        "DANGER: Before anyone enters the web between a drum and the face, or touches a drum or a pick, isolate the "
        "shearer at the gate-end box, fit a personal lock and engage the drum rotation lock on the arm. Stopping the "
        "shearer by radio or by the pull-wire is not isolation.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RS-450", "RS-620"],
            ["Seam (cutting) height range", "1.6-3.2 m", "2.2-4.5 m"],
            ["Standard drum diameter (drums available)", "1.8 m (1.6-2.0 m)", "2.5 m (2.0-2.7 m)"],
            ["Web (drum width)", "800 mm", "1000 mm"],
            ["Drum speed with the standard drum", "48 rpm", "38 rpm"],
            ["Vanes on the standard drum", "4", "4"],
            ["Cutting motors, 3300 V 50 Hz, water cooled", "2 x 450 kW", "2 x 620 kW"],
            ["Haulage motors, AC with frequency converter", "2 x 75 kW", "2 x 110 kW"],
            ["Hydraulic pump motor", "30 kW", "37 kW"],
            ["Total installed power", "1080 kW", "1497 kW"],
            ["Haulage pull, maximum", "600 kN", "850 kN"],
            ["Haulage speed range of the drives, cutting", "0-12 m/min", "0-15 m/min"],
            ["Haulage speed, flitting with the drums stopped", "0-20 m/min", "0-25 m/min"],
            ["Face gradient along the face, maximum", "15°", "15°"],
            ["Cooling water flow, minimum", "60 L/min", "80 L/min"],
            ["Spray water flow at 40 bar at the drum", "200 L/min", "300 L/min"],
            ["Ranging arm gear oil ISO VG 320, per arm", "48 L", "65 L"],
            ["Haulage unit gear oil ISO VG 320, per unit", "22 L", "30 L"],
            ["Hydraulic tank, HLP 46", "110 L", "140 L"],
            ["Machine mass with the standard drums", "58 t", "82 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The haulage speeds in the table are the ranges of the drives. The cutting speed actually allowed depends on "
        "the pick penetration (section 3) and, with the standard drums, is lower than the drive range. The spray water "
        "flow is given at 40 bar at the drum; at a lower pressure both the flow and the dust suppression fall.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the RS shearer and authorised by the mine may operate it. Nobody may stand "
            "between the shearer and the face or in the web of a drum while the drums can turn.",
            "Never start the drums without spray water at the drum: the machine blocks cutting below 40 bar (S05). "
            "Never bypass the spray pressure switch.",
            "The on-board methane monitor is a second line of protection only; it does not replace the methane test "
            "the mine requires before cutting.",
            "Keep the trailing cable and the water hose in the cable handler. A damaged cable sheath must be reported "
            "to the mine electrician before the next cut.",
        ],
    ),
    ("h", "3. Cutting limits and settings"),
    (
        "cols",
        [
            ("h", "Pick penetration"),
            (
                "p",
                "The depth each pick cuts in one turn of the drum is set by the haulage speed: penetration per pick "
                "(mm) = haulage speed (m/min) x 1000 / (drum speed (rpm) x number of vanes). With the standard drums "
                "the penetration must not exceed 50 mm on the RS-450 (38 mm shank picks) or 65 mm on the RS-620 "
                "(45 mm shank picks). With the standard drums this limits cutting to 9.6 m/min on the RS-450 and "
                "9.8 m/min on the RS-620. Set the limit in MENU > HAULAGE > VMAX CUT.",
            ),
            ("h", "Sprays"),
            (
                "p",
                "Cutting is allowed only with at least 40 bar at the drum spray manifold. Each standard drum carries "
                "52 (RS-450) or 66 (RS-620) pick-face nozzles of 1.2 mm. No more than 3 nozzles on one drum may "
                "be out of action; with more, stop cutting and clear them.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "Cooling water inlet temperature no more than 30 °C. S04 trips the cutting motors when the flow "
                "stays below 60 L/min (RS-450) or 80 L/min (RS-620) for 10 s.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Cutting motor windings: warning at 140 °C, trip at 155 °C (S02, S03). After a trip the motor can "
                "be restarted only when the winding is below 120 °C. Ranging arm gear oil: warning at 90 °C, trip "
                "at 105 °C (S08).",
            ),
            ("h", "Methane"),
            (
                "p",
                "The machine-mounted methane monitor, on the middle of the machine body, warns at 1.0 % CH4 and "
                "switches off the cutting and haulage power at 1.5 % CH4 (S07). Power can be restored only when "
                "the reading is below 1.0 % and the shearer has been reset at the gate end. These are the settings "
                "as delivered; lower settings that the mine's rules require are set by the mine's ventilation "
                "officer. The sensor is calibrated under the mine's gas detector scheme.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "S01",
                "Emergency stop",
                "Pull-wire, machine stop button or gate-end stop operated. Reset the stop, then reset at the gate end.",
            ],
            [
                "S02",
                "Left cutting motor hot",
                "Winding above 155 °C. Check the cooling water flow and the picks; restart only below 120 °C.",
            ],
            ["S03", "Right cutting motor hot", "As S02, right motor."],
            [
                "S04",
                "Cooling water flow low",
                "Below 60 L/min (RS-450) or 80 L/min (RS-620) for 10 s. Check the "
                "water filter at the gate end, the hose and the flow switch.",
            ],
            [
                "S05",
                "Spray pressure low",
                "Below 40 bar at the drum manifold; cutting motors blocked. Check the "
                "booster pump, the water filter and the hose.",
            ],
            [
                "S06",
                "Haulage overload",
                "Pull above 110 % of the maximum for 5 s. Reduce the speed; look for a "
                "jammed rack or a fall of stone on the pans.",
            ],
            [
                "S07",
                "Methane",
                "1.5 % CH4 or more at the machine. Power off. Do not reset until the mine has cleared the area.",
            ],
            [
                "S08",
                "Ranging arm oil hot",
                "Gear oil above 105 °C. Check the oil level and the arm's cooling water circuit.",
            ],
            [
                "S09",
                "Radio link lost",
                "No signal from the radio control for more than 0.5 s. Haulage stops; the "
                "drums run on for 3 s, then stop.",
            ],
            [
                "S11",
                "Hydraulic oil low",
                "Tank level switch open. Top up with HLP 46; look for a leak at the ranging cylinders.",
            ],
            [
                "S12",
                "Haulage converter fault",
                "Converter tripped. Read the converter's own code on display page CONV.",
            ],
            [
                "S13",
                "Position sensor",
                "No pulses from the haulage position sensor for 2 s while hauling. The face "
                "control loses the shearer position.",
            ],
            [
                "S14",
                "Face control link",
                "No communication with the face control system for 10 s. The shearer "
                "works on; support automation stops.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Dense dust cloud downwind of the drum",
                "Blocked nozzles, spray pressure low, or worn picks making fines",
                "Check at least 40 bar at the manifold, clear the nozzles, change worn picks",
            ],
            [
                "Picks breaking or shanks bent",
                "Penetration too high for the drum, stone bands, or loose pick boxes",
                "Check the haulage speed against section 3; slow down in stone",
            ],
            [
                "Haulage surges or jerks along the face",
                "Worn rack bar or tramming wheel, or the machine off its track",
                "Inspect the rack bar and the tramming wheel teeth",
            ],
            [
                "Ranging arm creeps down while cutting",
                "Lock valve or ranging cylinder seals leaking",
                "Carry out the drift test (section 8)",
            ],
            [
                "Cutting motor runs hot, no S04",
                "Cooling water inlet above 30 °C, or scale in the motor jacket",
                "Check the inlet temperature; flush the jacket at the next maintenance shift",
            ],
            [
                "Sparks at the drum with a smell of burning",
                "Picks cutting into stone or worn pick boxes striking the rock",
                "Stop, check the picks and the sprays; the mine's frictional ignition rules apply",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pre-start checks"),
    (
        "ol",
        [
            "Check with the face supervisor that the methane test before cutting has been done and recorded.",
            "Check that the gate-end box shows the shearer supply available and that no personal locks are on it.",
            "Walk the length of the machine: check the cable and hose in the cable handler and the cowls, and look "
            "for oil leaks.",
            "Check the picks on both drums and replace missing or worn picks (section 7).",
            "Check the oil levels in the sight glasses of both ranging arms, both haulage units and the hydraulic "
            "tank.",
            "Open the water supply at the gate end and check the cooling water flow on display page WATER: at least "
            "60 L/min (RS-450) or 80 L/min (RS-620).",
            "Run the sprays without cutting and check at least 40 bar at the manifold. Look at every nozzle jet.",
            "Sound the pre-start warning and wait 5 s before starting the drums.",
            "Run the drums without load for 1 min and listen for vibration and noise.",
        ],
    ),
    ("h", "7. Changing picks"),
    (
        "p",
        "Replace a pick when its carbide tip is worn flat, chipped or missing, or when the body behind the tip is worn "
        "by more than 5 mm.",
    ),
    (
        "ol",
        [
            "Stop the shearer with the drum to be worked on lowered and clear of the supports.",
            "Isolate at the gate-end box and fit your personal lock.",
            "Engage the drum rotation lock on the arm; the lever must sit fully in its notch.",
            "Check that the roof over the drum is supported and that no loose coal can fall from the face.",
            "Drive out the worn pick with the pick extractor and a copper hammer; never strike a carbide tip with "
            "steel.",
            "Clean the pick box and check its bore: replace the box if a new pick can be rocked by more than 2 mm at "
            "the tip.",
            "Fit a new pick with a new retaining sleeve: RLS-P38 (RS-450) or RLS-P45 (RS-620).",
            "Check that the pick turns freely by hand in its box.",
            "To reach the next picks, release the rotation lock, remove your lock and turn the drum at 1 rpm with the "
            "inching button of the local control, everyone clear; then isolate and lock again.",
            "When done, release the rotation lock, remove your lock and record the number of picks changed on the "
            "shift record.",
        ],
    ),
    ("h", "8. Ranging arm drift test"),
    (
        "ol",
        [
            "Raise the arm with its drum to the horizontal position, drums stopped.",
            "Mark the position of the arm on the machine body.",
            "Stop the hydraulic pump.",
            "After 10 min, measure how far the drum centre has sunk.",
            "A drift of more than 10 mm in 10 min means the lock valve or the cylinder seals leak. Change the lock "
            "valve first; if the drift remains, the ranging cylinder is changed by Ravensclough service.",
        ],
    ),
    ("h", "9. Changing the ranging arm gear oil"),
    (
        "ol",
        [
            "Run the arm until the oil is at least 50 °C (display page ARMS).",
            "Set the arm horizontal, stop and isolate the shearer.",
            "Place a container of at least 60 L (RS-450) or 80 L (RS-620) under the drain plug.",
            "Remove the breather and the drain plug, drain fully and take an oil sample from the middle of the flow.",
            "Clean the magnetic drain plug; report any metal flakes longer than 2 mm.",
            "Refit the drain plug with a new seal, torque 120 Nm.",
            "Fill with ISO VG 320 gear oil: 48 L (RS-450) or 65 L (RS-620), to the middle of the sight glass with "
            "the arm horizontal.",
            "Refit the breather, run the arm without load for 5 min and check the level again.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Pre-start checks (section 6): picks, sprays, oil levels, cable handler"],
            [
                "Weekly",
                "Clean the water filters at the gate end; check the rack bar, the tramming wheels and the "
                "drum clamping bolts",
            ],
            ["500 h", "Oil sample from each ranging arm and haulage unit; change the hydraulic return filter"],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the ranging arm and haulage gear oil (section 9); drift test (section 8)",
            ],
            [
                "At each face end (longwall block)",
                "Ravensclough service inspection: arm bearings, motor insulation, haulage gears",
            ],
        ],
        (60, 110),
    ),
    (
        "p",
        "Change the gear oil at once, whatever the hours, when a sample shows more than 0.2 % water or more than "
        "200 ppm iron.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RS-450", "RS-620"],
            ["Pick, standard drum", "RLS-P38", "RLS-P45"],
            ["Pick retaining sleeve", "RLS-SL38", "RLS-SL45"],
            ["Spray nozzle 1.2 mm, pack of 20", "RLS-N12", "RLS-N12"],
            ["Lock valve, ranging cylinder", "RLS-LV-12", "RLS-LV-16"],
            ["Tramming wheel", "RLS-TW-45", "RLS-TW-62"],
            ["Water filter element 100 µm, gate end", "RLS-WF-100", "RLS-WF-100"],
            ["Hydraulic return filter element", "RLS-HF-10", "RLS-HF-10"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Dunmarrow FD armoured face conveyor drives
DUNMARROW = [
    (
        "title",
        "Dunmarrow FD Armoured Face Conveyor Drives\nInstallation, Operation and Maintenance - FD-400 and FD-525",
    ),
    (
        "p",
        "Document DFC-IOM-FD-07, Edition 2, November 2024. Dunmarrow Face Conveyors. The FD-400 and FD-525 are drive "
        "units for armoured face conveyors (AFC) with twin inboard round-link chains. One drive is fitted at the "
        "maingate and one at the tailgate of the face. Each drive unit has a water-cooled squirrel-cage motor, a "
        "fill-controlled fluid coupling for soft starting and load sharing, a three-stage bevel-planetary gearbox "
        "and a drive sprocket on the sprocket shaft of the drive frame. The FD-400 is for conveyors with 34 x 126 mm "
        "chain, the FD-525 for 38 x 137 mm chain; apart from the values given for each, the two drives are built "
        "alike. The conveyor pans, the chain, the flight bars, the chain tensioner, the stage loader and the shearer "
        "have their own manuals. The conveyor control (start sequence, interlocks, pre-start warning) is part of the "
        "mine's face control system and is set by the mine's electrical engineer.",
    ),
    (
        "warn",
        "DANGER: Never stand on the conveyor or reach into the chain run while the drive is stopped only by the face "
        "stop: the chain stores energy and can move when the tensioner or a stalled load lets go. Isolate at the "
        "gate-end box, lock off, and release the chain tension before working on the chain or the sprocket.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FD-400", "FD-525"],
            ["Motor rated power, 3300 V 50 Hz", "400 kW", "525 kW"],
            ["Motor rated current at 3300 V", "85 A", "111 A"],
            ["Motor speed, rated", "1485 rpm", "1485 rpm"],
            ["Gearbox ratio", "33.5 : 1", "34.6 : 1"],
            ["Chain, twin inboard", "34 x 126 mm", "38 x 137 mm"],
            ["Drive sprocket", "7 teeth, pitch circle 566 mm", "7 teeth, pitch circle 616 mm"],
            ["Chain speed at rated motor speed", "1.31 m/s", "1.38 m/s"],
            ["Fluid coupling fill, mineral oil ISO VG 32", "45 L", "58 L"],
            ["Coupling fusible plugs, melting temperature", "140 °C", "140 °C"],
            ["Gearbox oil ISO VG 320, synthetic (PAO)", "140 L", "180 L"],
            ["Gearbox oil temperature, warning / trip", "90 °C / 100 °C", "90 °C / 100 °C"],
            ["Cooling water to motor and gearbox, minimum", "40 L/min", "55 L/min"],
            ["Cooling water pressure at the inlet", "8-25 bar", "8-25 bar"],
            ["Cooling water inlet temperature, maximum", "30 °C", "30 °C"],
            ["Grease per sprocket shaft bearing, weekly", "80 g", "100 g"],
            ["Mass of the drive unit (motor, coupling, gearbox)", "14.2 t", "17.8 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The chain speed is the mean speed at the rated motor speed; at full load, with a coupling slip of about 3 %, "
        "it is lower. The drive data hold for a conveyor with both drives in service. A conveyor on one drive only is "
        "limited as set out in section 3.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons authorised by the mine may start, stop or work on the conveyor.",
            "The pre-start warning must sound before every start, for at least 5 s.",
            "Never cross the conveyor except at the crossing points the mine has set.",
            "The fusible plugs protect the coupling from overheating. Never replace a fusible plug with a solid "
            "plug or with a plug of a higher melting temperature.",
            "Hot oil or oil vapour sprays out when a fusible plug melts. Keep clear of the vent slots of the coupling "
            "guard.",
            "Lift the drive components only by the lifting points on the drive frame, with gear rated for the masses "
            "in section 1.",
        ],
    ),
    ("h", "3. Starting, load sharing and chain tension"),
    (
        "cols",
        [
            ("h", "Starting"),
            (
                "p",
                "The face control starts the tailgate drive first, then the maingate drive 0.5 s later, with both "
                "couplings empty. The couplings fill in 12 s and bring the chain up to speed under load. A loaded "
                "conveyor may be started no more than 6 times per hour, and no more than 3 times in 10 min: the "
                "coupling oil heats up with every start.",
            ),
            ("h", "Load sharing"),
            (
                "p",
                "At steady load the motor currents of the maingate and tailgate drives must be within ±5 % of each "
                "other. The face control trims the coupling fill to keep them there. A difference of more than 10 % "
                "for 60 s gives A06.",
            ),
            ("h", "Running on one drive"),
            (
                "p",
                "With one drive out of service the conveyor may carry no more than 50 % of its rated load, and only "
                "to clear the face of coal; the coupling of the running drive soon reaches its temperature limit.",
            ),
            ("h", "Chain pretension"),
            (
                "p",
                "Set the pretension with the conveyor empty and stopped. Below the maingate sprocket the return "
                "chain should leave the sprocket with a slack of no more than 2 links hanging (about 250 mm with the "
                "FD-400 chain, 275 mm with the FD-525 chain). Too much slack makes the chain jump the sprocket (A09); "
                "too little wears the sprocket and the chain. The tensioner is described in its own manual.",
            ),
            ("h", "Chain and sprocket wear"),
            (
                "p",
                "Measure the chain over 10 links, under pretension. Replace the chain when it is more than 2.5 % "
                "longer than nominal: over 1292 mm for the 34 x 126 mm chain (nominal 1260 mm) and over 1404 mm for "
                "the 38 x 137 mm chain (nominal 1370 mm). Replace the sprocket when any tooth flank is worn by 6 mm "
                "or more, or together with a new chain, whichever comes first.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Gearbox oil: warning at 90 °C, trip at 100 °C. The coupling fusible plugs melt at 140 °C; a melted "
                "plug empties the coupling and the drive no longer transmits torque (A04).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "A01",
                "Motor overcurrent",
                "Current above 120 % of rated for 10 s: conveyor overloaded or stalled. "
                "Clear the load; look for a jammed chain.",
            ],
            ["A02", "Motor winding hot", "Winding above 155 °C. Check the cooling water flow."],
            [
                "A03",
                "Cooling water low",
                "Flow below 40 L/min (FD-400) or 55 L/min (FD-525) for 15 s. Check the strainer and the flow switch.",
            ],
            [
                "A04",
                "Coupling empty",
                "Fusible plug melted or coupling leaking. Replace the plug (section 7) and "
                "find the cause of the overheating.",
            ],
            [
                "A05",
                "Coupling fill slow",
                "Coupling not full 20 s after the start: fill pump, fill valve or oil level.",
            ],
            [
                "A06",
                "Load sharing",
                "Motor currents differ by more than 10 % for 60 s. Check the fill valve of "
                "the drive carrying less load.",
            ],
            [
                "A07",
                "Gearbox oil hot",
                "Warning above 90 °C, trip at 100 °C. Check the oil level and the cooling water.",
            ],
            ["A09", "Chain slack", "Slack sensor below the sprocket operated. Check the pretension (section 6)."],
            [
                "A10",
                "Chain stopped",
                "Sprocket below 50 % of its speed with the motor running, for 3 s: chain broken or stalled.",
            ],
            ["A11", "Sprocket bearing hot", "Sprocket shaft bearing above 95 °C. Grease it and check the bearing."],
            [
                "A12",
                "Pre-start warning",
                "The face control did not confirm the pre-start warning. The drive will not start.",
            ],
            [
                "A13",
                "Insulation low",
                "Motor insulation below 10 MOhm, measured at standstill. Do not start; call the mine electrician.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chain jumps on the sprocket with a bang",
                "Too much slack, worn sprocket or a twisted chain",
                "Check the pretension and the sprocket wear (section 3)",
            ],
            [
                "One drive runs much hotter than the other",
                "Load sharing off: one coupling overfilled",
                "Compare the motor currents on the display; check the fill valve (A06)",
            ],
            [
                "Oil mist or smoke at the coupling guard",
                "Fusible plug melted",
                "Stop and replace the plug (section 7); keep to the start limits of section 3",
            ],
            [
                "Gearbox oil foaming or milky in the sight glass",
                "Water in the oil from a cooler leak, or the wrong oil",
                "Take an oil sample; pressure test the cooler",
            ],
            [
                "Drive stalls at start with a loaded conveyor",
                "Too many starts, coupling oil hot",
                "Let the coupling cool for 30 min; start with the stage loader running",
            ],
            [
                "High current on both drives, chain runs heavily",
                "Pretension too high, or bent flight bars",
                "Reduce the pretension; check the flight bars",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Checking and setting the chain pretension"),
    (
        "ol",
        [
            "Run the conveyor empty for at least one full chain circuit.",
            "Stop the conveyor, isolate both drives at the gate-end box and fit your lock.",
            "At the maingate, count the links of the return chain hanging below the chain guide where the chain "
            "leaves the sprocket.",
            "A slack of no more than 2 links (about 250 mm FD-400, 275 mm FD-525) is right. With more, tension the "
            "chain with the tensioner as its manual describes.",
            "If the tensioner is at the end of its travel, take out links: the same number from both strands, always "
            "in pairs, joined with the connectors the chain maker supplies.",
            "Remove your lock, run the conveyor empty for 5 min and check the slack again.",
            "Record the slack and the tensioner position in the conveyor log.",
        ],
    ),
    ("h", "7. Replacing a fusible plug"),
    (
        "ol",
        [
            "Stop and isolate the drive; fit your lock.",
            "Wait at least 30 min, until the coupling shell is below 50 °C (contact thermometer).",
            "Remove the inspection cover of the coupling guard.",
            "Turn the coupling by hand until the melted plug is at the top.",
            "Unscrew the melted plug and clean the thread.",
            "Fit a new fusible plug DFC-FP-140 with a new seal ring, torque 40 Nm. The plug must be stamped 140.",
            "Top up the coupling's oil tank to the upper mark with ISO VG 32 mineral oil (a full fill is 45 L FD-400 "
            "or 58 L FD-525).",
            "Refit the cover, remove your lock, start the drive and check for leaks.",
            "Find out why the plug melted (too many starts, overload, stalled chain) before normal production.",
        ],
    ),
    ("h", "8. Changing the gearbox oil"),
    (
        "ol",
        [
            "Stop the conveyor after at least 1 h of running, while the oil is warm; isolate and lock off.",
            "Drain the oil through both drain plugs into a container of at least 200 L; take a sample.",
            "Clean the magnetic plugs and refit them with new seals.",
            "Fill with synthetic ISO VG 320 oil: 140 L (FD-400) or 180 L (FD-525), to the middle of the sight glass. "
            "Never mix synthetic and mineral gear oil.",
            "Change the breather DFC-BR-20.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Cooling water flow and temperatures on the display; leaks; coupling guard"],
            [
                "Weekly",
                "Chain pretension (section 6); grease the sprocket shaft bearings (80 g FD-400, 100 g FD-525 "
                "per bearing)",
            ],
            ["Monthly", "Measure the chain over 10 links; inspect the sprocket teeth"],
            ["1000 h", "Gearbox oil sample"],
            ["3000 h or 12 months, whichever comes first", "Change the gearbox oil (section 8)"],
            [
                "At each face move",
                "Dunmarrow service inspection: motor bearings, coupling, gearbox. The sprocket is "
                "changed with the drive frame on the surface, by Dunmarrow service.",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FD-400", "FD-525"],
            ["Fusible plug 140 °C, with seal ring", "DFC-FP-140", "DFC-FP-140"],
            ["Drive sprocket, 7 teeth", "DFC-SP-34", "DFC-SP-38"],
            ["Coupling fill valve", "DFC-FV-400", "DFC-FV-525"],
            ["Gearbox breather", "DFC-BR-20", "DFC-BR-20"],
            ["Sprocket shaft seal kit", "DFC-SK-400", "DFC-SK-525"],
            ["Cooling water flow switch", "DFC-WS-40", "DFC-WS-55"],
            ["Chain slack sensor", "DFC-CS-01", "DFC-CS-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Coalbrent CM-38 continuous miner
COALBRENT = [
    ("title", "Coalbrent CM-38 Continuous Miner\nOperator's and Maintenance Manual"),
    (
        "p",
        "Document CBM-OM-CM38-02, Edition 2, June 2024. Coalbrent Mining Equipment. The CM-38 is a crawler-mounted "
        "continuous miner for room-and-pillar and development headings in coal seams from 1.9 to 3.8 m high. A "
        "transverse cutter drum 3.3 m wide cuts the full width of the heading in one pass; two gathering arms load "
        "the coal onto a centre chain conveyor that discharges at the tail into a shuttle car or a feeder-breaker. A "
        "flooded-bed dust scrubber draws air from the cutting zone. The machine is operated by radio remote control. "
        "The mine's roof control plan, ventilation plan and dust control plan set how far the machine may cut ahead "
        "of the roof bolts, how the face is ventilated and how much water and scrubber air the face needs; this "
        "manual gives the machine's own values only.",
    ),
    (
        "warn",
        "DANGER: Never go inby the last row of permanent roof support. Operate the miner by remote control from a "
        "position under supported roof and outside the red zone marked on the machine: the swing of the tail "
        "conveyor and 1.5 m around the cutter boom and the crawlers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CM-38"],
            ["Cutting height range", "1.9-3.8 m"],
            ["Cutting width, one pass", "3.3 m"],
            ["Cutter drum diameter over the bits", "1.12 m"],
            ["Cutter drum speed", "52 rpm"],
            ["Bits on the drum, conical, 30 mm shank", "96"],
            ["Cutter motors, 1000 V 50 Hz, water cooled", "2 x 170 kW"],
            ["Gathering arm motors", "2 x 45 kW"],
            ["Conveyor motor", "45 kW"],
            ["Traction motors, AC with converters", "2 x 37 kW"],
            ["Hydraulic pump motor", "52 kW"],
            ["Scrubber fan motor", "30 kW"],
            ["Total installed power", "631 kW"],
            ["Tramming speed, level floor", "0-24 m/min"],
            ["Advance speed while cutting", "0-8 m/min"],
            ["Gradient along the heading, maximum, tramming with the boom lowered", "16 % (9°)"],
            ["Ground pressure, standard crawler pads, level floor", "0.19 MPa"],
            ["Conveyor width / chain", "760 mm / twin 18 mm chain"],
            ["Conveyor tail swing", "±45°"],
            ["Scrubber airflow, clean screen, Coalbrent test rig", "4.2 m³/s"],
            ["Spray water at the boom manifold, minimum", "110 L/min at 7 bar"],
            ["Hydraulic tank, HLP 46", "380 L"],
            ["Cutter gearcase oil ISO VG 320, per side", "55 L"],
            ["Machine mass", "62 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The ground pressure holds on a level floor with the standard crawler pads; the wide pads (option) lower it. "
        "The scrubber airflow is the figure with a clean screen and clear inlets; it falls as the screen loads up "
        "during the shift. The gradient limit is for tramming; do not cut across a side slope of more than 5 %.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only miners trained on the CM-38 and authorised by the mine may operate it.",
            "Before cutting, the mine's methane test at the face must have been done and recorded.",
            "Keep all persons outside the red zone while any motor runs. The remote control stops all motions when "
            "its link is lost (C02).",
            "Isolate the machine at the section power centre and fit a personal lock before working on the cutter "
            "drum, the gathering head or the conveyor.",
            "The trailing cable must be hung or laid where the miner and the shuttle cars cannot run over it.",
            "Hearing protection and the respiratory protection the mine prescribes must be worn at the face.",
        ],
    ),
    ("h", "3. Cutting cycle and limits"),
    (
        "cols",
        [
            ("h", "Sumping and shearing"),
            (
                "p",
                "Sump the drum into the face at the roof to no more than 0.9 m, then shear down to the floor at no "
                "more than 0.3 m/s boom speed. Trim the floor on the way back; leave no more than 100 mm of loose "
                "coal under the conveyor.",
            ),
            ("h", "Depth of cut"),
            (
                "p",
                "How far the miner may advance beyond the last row of roof bolts is set by the mine's roof control "
                "plan, not by Coalbrent. The remote control can stop the advance at a set distance: MENU > ADVANCE > "
                "LIMIT, 0-12 m, counted from the reference taken at the last bolt row.",
            ),
            ("h", "Bits"),
            (
                "p",
                "Replace a bit when its carbide tip is worn flat or missing, or when it no longer turns in its "
                "holder. A drum with more than 5 % of its bits (5 bits on the CM-38 drum) missing or blunt must be "
                "rebitted before cutting on. Never run the drum with an empty holder: the holder is destroyed within "
                "minutes.",
            ),
            ("h", "Sprays and scrubber"),
            (
                "p",
                "Sprays: at least 7 bar at the boom manifold and 110 L/min, with the water filtered to 150 µm. Wash "
                "the scrubber screen at least once a shift, and whenever the pressure drop across the screen is over "
                "1.5 kPa (display page DUST). The scrubber airflow at the face is measured by the mine's ventilation "
                "staff.",
            ),
            ("h", "Methane"),
            (
                "p",
                "The machine-mounted methane monitor, on the cutter boom, warns at 1.0 % CH4 and de-energises the "
                "machine at 2.0 % CH4 (C07). The mine may require lower settings. The monitor is calibrated at least "
                "every 31 days by the mine's gas instrument technician.",
            ),
            ("h", "Conveyor chain"),
            (
                "p",
                "With the conveyor empty and stopped and the tail centred, the lower strand should sag 40-60 mm at "
                "the middle of the tail section. More sag lets the chain jump the sprocket; less wears the chain and "
                "the pans.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "Stop on the machine or the remote control operated. Release, then reset."],
            ["C02", "Radio link lost", "No signal from the remote control for more than 0.5 s. All motions stop."],
            ["C03", "Cutter motor hot", "Winding above 155 °C. Check the cooling water and the bits."],
            [
                "C04",
                "Spray pressure low",
                "Below 7 bar at the boom manifold for 5 s: the cutter stops. Check the "
                "150 µm water filter, the valve and the hose.",
            ],
            [
                "C06",
                "Scrubber screen dirty",
                "Pressure drop across the screen above 1.5 kPa. Wash the screen (section 8).",
            ],
            [
                "C07",
                "Methane",
                "2.0 % CH4 or more at the boom: machine de-energised. Reset only after the mine has cleared the area.",
            ],
            ["C08", "Hydraulic oil hot", "Above 75 °C. Clean the oil cooler; check its cooling water."],
            ["C09", "Hydraulic filter clogged", "Differential pressure above 3.5 bar. Change the element."],
            ["C10", "Conveyor chain stopped", "Tail sprocket not turning with the motor running, for 2 s."],
            ["C11", "Traction converter fault", "Read the converter code on display page TRAM."],
            ["C12", "Earth leakage", "Trailing cable or motor earth fault. Reset only by the mine electrician."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Heavy dust at the operator's position",
                "Scrubber screen loaded, sprays blocked, or operator downwind of the drum",
                "Wash the screen; check the spray pressure; stand where the dust control plan says",
            ],
            [
                "Drum bogs down, cutter current high",
                "Blunt or missing bits, or cutting into rock",
                "Check the bits (section 7); lower the advance speed",
            ],
            [
                "Machine will not tram straight",
                "Crawler chains tensioned unequally, or a converter fault",
                "Check that both crawler chains sag 30-50 mm between the top rollers",
            ],
            [
                "Coal spills off the conveyor at the tail",
                "Conveyor chain slack, or flights bent",
                "Check the chain sag (section 3)",
            ],
            [
                "Hydraulic oil hot",
                "Cooler blocked with dust, or its water shut off",
                "Clean the cooler; check the water supply",
            ],
            [
                "Gathering arms stall",
                "Too much loose coal ahead of the apron, or the arm torque limiter slipping",
                "Lower the advance speed; check the torque limiter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pre-shift inspection"),
    (
        "ol",
        [
            "Check the machine visually for damage, leaks and loose guards; check the trailing cable.",
            "Check the bits and the holders on the drum.",
            "Check the hydraulic oil level and the gearcase oil levels in the sight glasses.",
            "Open the water supply and check the sprays: at least 7 bar and every nozzle clear.",
            "Check that the scrubber screen was washed at the end of the last shift.",
            "Test the emergency stops on the machine and on the remote control.",
            "Sound the horn before starting any motor.",
        ],
    ),
    ("h", "7. Changing cutter bits"),
    (
        "ol",
        [
            "Lower the drum onto the floor, stop all motors and isolate at the section power centre; fit your lock.",
            "Check that the roof above the drum is supported; do not go inby the last row of bolts.",
            "Knock out the worn bit with the bit punch and a hammer from the back of the holder.",
            "Clean the holder bore and check it: replace the holder if the bit can be rocked by more than 2 mm.",
            "Push in a new bit CBM-B30 with a new retainer clip until the clip snaps into the groove.",
            "Check that the bit turns by hand.",
            "To reach the bits at the bottom, remove your lock, turn the drum with the jog function at the lowest "
            "speed with everyone clear, then isolate and lock again.",
            "Count the bits changed and write the number in the shift report.",
        ],
    ),
    ("h", "8. Washing the scrubber screen"),
    (
        "ol",
        [
            "Stop the scrubber fan and the cutter; isolate and lock.",
            "Open the screen access door on the boom.",
            "Wash the screen from the clean side with the wash hose at no more than 10 bar, until the water runs "
            "clear.",
            "Check the screen for holes; replace a holed screen CBM-SS-38.",
            "Close the door, start the fan and check that the pressure drop on page DUST is below 0.6 kPa.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Pre-shift inspection (section 6); wash the scrubber screen"],
            ["Weekly", "Conveyor chain sag; crawler chain sag; clean the hydraulic oil cooler"],
            ["250 h", "Hydraulic filter element; oil samples from the cutter gearcases"],
            [
                "1000 h or 6 months, whichever comes first",
                "Change the cutter gearcase oil; check the gathering arm torque limiters",
            ],
            ["2000 h", "Change the hydraulic oil"],
            [
                "At the end of each panel",
                "Coalbrent service inspection; rebuild of the cutter drum and gearcases at "
                "the Coalbrent rebuild centre when the inspection calls for it",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Conical bit, 30 mm shank", "CBM-B30"],
            ["Bit holder, weld-on", "CBM-BH30"],
            ["Bit retainer clip", "CBM-RC30"],
            ["Spray nozzle, boom", "CBM-SN-22"],
            ["Scrubber screen", "CBM-SS-38"],
            ["Water filter element 150 µm", "CBM-WF-150"],
            ["Hydraulic filter element", "CBM-HF-25"],
            ["Conveyor flight bar", "CBM-CF-76"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Bergstalt RBM raise boring machines
BERGSTALT = [
    ("title", "Bergstalt RBM Raise Boring Machines\nOperation and Maintenance Manual - RBM-12 and RBM-18"),
    (
        "p",
        "Document BRB-OM-RBM-05, Edition 1, August 2024. Bergstalt Raise Boring. The RBM-12 and RBM-18 are hydraulic "
        "raise boring machines for boring raises (ore passes, ventilation raises, slot raises) between two levels of "
        "an underground mine. The machine stands on a concrete pad on the upper level and drills a pilot hole down "
        "to the lower level; a reamer head is then fitted to the drill string on the lower level and the raise is "
        "reamed upward to its full diameter while the cuttings fall to the lower level. Both machines use the same "
        "derrick design, power pack layout and control console; apart from the values given for each model, they are "
        "built alike. The concrete pad, its anchor bolts and the layout of the raise are designed by the mine's "
        "geotechnical engineer; the reamer heads and their cutters have their own manuals; mucking the cuttings on "
        "the lower level is the mine's task.",
    ),
    (
        "warn",
        "DANGER: While reaming, nobody may enter the lower level within 20 m of the raise or stand below the reamer. "
        "The lower level must be barricaded and the barricade checked by the shift boss before reaming starts. When "
        "the pilot bit breaks through, stop rotation and thrust at once and signal the lower level.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RBM-12", "RBM-18"],
            ["Raise diameter, standard reamer heads", "1.5-2.4 m", "1.8-3.1 m"],
            ["Raise length, maximum (see note)", "450 m", "650 m"],
            ["Raise inclination from horizontal", "60-90°", "60-90°"],
            ["Pilot hole diameter", "279 mm (11 in)", "311 mm (12 1/4 in)"],
            ["Drill pipe outside diameter / length", "254 mm / 1.52 m", "286 mm / 1.52 m"],
            ["Drill pipe mass", "350 kg", "480 kg"],
            ["Pipe joint make-up torque", "95 kNm", "135 kNm"],
            ["Thrust, pilot drilling, maximum", "1.4 MN", "2.2 MN"],
            ["Pull (reaming thrust), maximum", "4.6 MN", "7.3 MN"],
            ["Reaming torque, continuous", "160 kNm", "260 kNm"],
            ["Breakout torque", "240 kNm", "390 kNm"],
            ["Rotation speed, pilot drilling", "0-40 rpm", "0-35 rpm"],
            ["Rotation speed, reaming", "0-12 rpm", "0-10 rpm"],
            ["Main electric motor, 1000 V 50 Hz", "300 kW", "450 kW"],
            ["Hydraulic oil tank, HLP 46", "1200 L", "1600 L"],
            ["Pilot flushing water at the swivel", "1.2-1.8 m³/min", "1.6-2.4 m³/min"],
            ["Derrick mass, without pipes", "24 t", "36 t"],
            ["Concrete pad, minimum plan size", "3.0 x 3.5 m", "3.6 x 4.2 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Note: the raise lengths hold for vertical raises reamed with the largest standard head in rock of up to "
        "250 MPa uniaxial compressive strength. Longer raises, harder rock and raises inclined at less than 70° are "
        "planned with Bergstalt application engineering.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the RBM machines and authorised by the mine may operate the console.",
            "Keep clear of the rotating drill string and the wrench. Never guide a pipe by hand while the rotary head "
            "turns.",
            "Never reverse the rotation while the reamer head is in the hole, except with the lower wrench closed on "
            "the string to break a joint: reverse rotation can unscrew the string and drop the head.",
            "The lower level barricade stays in place until the reamer head has been parked and the raise has been "
            "examined by the mine.",
            "Pressure in the hydraulic circuits is up to 320 bar. Release the pressure before opening a line.",
        ],
    ),
    ("h", "3. Drilling and reaming limits"),
    (
        "cols",
        [
            ("h", "Collaring the pilot hole"),
            (
                "p",
                "Collar the pilot hole with no more than 100 kN of thrust and at 10-15 rpm for the first 3 m, until "
                "the stabiliser is in the hole. Then drill with up to the full pilot thrust.",
            ),
            ("h", "Pilot hole deviation"),
            (
                "p",
                "Survey the pilot hole every 30 m. The deviation should stay within 1 % of the hole length. A pilot "
                "hole more than 2 % off line at any survey point is reported to the mine's surveyor before drilling "
                "on.",
            ),
            ("h", "Flushing"),
            (
                "p",
                "Keep the flushing water flowing whenever the bit turns in the hole. If the return stops (lost "
                "circulation), stop drilling, pull back one pipe (1.52 m) and flush for 5 min. Do not drill on "
                "without return water unless the mine's geotechnical engineer has agreed.",
            ),
            ("h", "Reaming thrust"),
            (
                "p",
                "The thrust on the reamer head must not exceed 180 kN per cutter: allowed thrust (kN) = number of "
                "cutters on the head x 180, and never more than the machine's maximum pull. For example, a 2.4 m "
                "head with 20 cutters allows 3600 kN; a 3.1 m head with 28 cutters allows 5040 kN.",
            ),
            ("h", "Reaming speed"),
            (
                "p",
                "The gauge cutters must run at no more than 90 m/min: maximum reaming speed (rpm) = 90 / (3.14 x "
                "head diameter (m)). For a 2.4 m head this is 11.9 rpm, for a 3.1 m head 9.2 rpm.",
            ),
            ("h", "Approaching the pad"),
            (
                "p",
                "Within the last 5 m below the pad, ream at no more than 4 rpm and 50 % of the allowed thrust. Stop "
                "when the display shows 0.5 m remaining. The removal of the head through the pad is planned with the "
                "mine before the raise is started.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "Stop on the console or the derrick operated. Release, then reset."],
            ["R02", "Hydraulic oil hot", "Warning above 70 °C, trip at 80 °C. Clean the cooler, check its water."],
            ["R03", "Hydraulic oil level low", "Top up with HLP 46; look for a leak."],
            ["R04", "Main motor overload", "Motor current above rated for 30 s. Reduce the thrust."],
            [
                "R05",
                "Thrust limit",
                "The set allowed thrust was reached; the machine holds the thrust at the "
                "limit. Check the setting against section 3.",
            ],
            [
                "R06",
                "Torque limit",
                "Torque above the set limit for 3 s: rotation stops and reverse rotation is "
                "blocked. Ease the thrust to zero, then restart rotation at low speed.",
            ],
            ["R07", "Flushing water low", "Below 1.2 m³/min (RBM-12) or 1.6 m³/min (RBM-18) while pilot drilling."],
            ["R08", "Return filter clogged", "Differential pressure above 2.5 bar. Change the element (section 8)."],
            ["R10", "Pipe handler out", "Pipe handler not in its park position; rotation and thrust blocked."],
            ["R11", "Derrick angle", "Derrick more than 0.2° off the set angle. Stop; check the anchors."],
            [
                "R12",
                "Wrench pressure low",
                "Lower wrench clamp pressure below 180 bar while making or breaking a joint.",
            ],
            ["R13", "Console link lost", "No communication with the console for 1 s. All motions stop."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Reaming torque rises and falls in a regular cycle",
                "A locked or broken cutter on the head, or a head out of balance",
                "Stop; inspect the head from the lower level under the barricade rules",
            ],
            [
                "Pilot hole drifting off line",
                "Thrust too high for the rock, or a worn stabiliser",
                "Reduce the thrust; check the stabiliser wear",
            ],
            [
                "Pipe joint hard to break",
                "Joint tightened further while reaming, or thread compound missing",
                "Use the breakout torque; dope every joint",
            ],
            ["Fine dark cuttings, drilling rate falling", "Pilot bit worn", "Pull the string and change the bit"],
            ["Machine creeps on the pad", "Anchor bolts loose", "Stop; retighten the anchors to the pad design values"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up on the pad"),
    (
        "ol",
        [
            "Check that the pad has been released by the mine's geotechnical engineer.",
            "Set the machine base on the pad with the raise centre, marked by the mine's surveyor, under the centre "
            "of the rotary head.",
            "Fit the anchor bolts and tighten them as the pad design gives.",
            "Set the derrick to the raise angle with the inclinometer on the derrick, within 0.1° of the design angle.",
            "Connect the power, the water and the console; start the power pack and let the oil warm to at least "
            "20 °C.",
            "Test the emergency stops on the console and on the derrick.",
            "Fit the first pipe with the stabiliser and the pilot bit.",
        ],
    ),
    ("h", "7. Adding a drill pipe"),
    (
        "ol",
        [
            "Drill down until the top of the last pipe is at the wrench; stop the thrust and rotation and keep "
            "flushing for 2 min to clear the hole.",
            "Close the lower wrench on the flats of the pipe; clamp pressure at least 180 bar.",
            "Break the joint between the saver sub and the pipe with the breakout torque and spin the head off in "
            "reverse.",
            "Raise the rotary head to the top of the derrick.",
            "Bring a new pipe from the rack into the head with the pipe handler. Clean the pin and box threads and "
            "coat them with thread compound BRB-TC-5.",
            "Screw the new pipe into the saver sub at 5 rpm, then into the string.",
            "Make up both joints to 95 kNm (RBM-12) or 135 kNm (RBM-18).",
            "Open the wrench, park the pipe handler (R10 clears) and go on drilling with the flushing on.",
        ],
    ),
    ("h", "8. Changing the return filter"),
    (
        "ol",
        [
            "Stop the power pack and wait 5 min for the pressure to fall.",
            "Open the filter housing and remove the element BRB-RF-10.",
            "Check the element for metal particles; report any.",
            "Fit a new element with a new O-ring, close the housing and restart; R08 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Grease the rotary head and the swivel; check the hoses, the oil level and the anchors"],
            ["Every pipe joint", "Clean and dope the threads; look for galling"],
            ["Weekly", "Check the wrench dies and the make-up torque readout against the test gauge"],
            ["500 h", "Change the return filter (section 8)"],
            [
                "2000 h or after each raise longer than 300 m, whichever comes first",
                "Oil sample from the tank and the rotary gearbox",
            ],
            [
                "Every 2000 m drilled, or after a stuck string",
                "Drill pipes inspected by magnetic particle testing, by an inspection company the mine appoints",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RBM-12", "RBM-18"],
            ["Pilot bit (tricone)", "BRB-PB-279", "BRB-PB-311"],
            ["Stabiliser", "BRB-ST-279", "BRB-ST-311"],
            ["Saver sub", "BRB-SS-254", "BRB-SS-286"],
            ["Wrench dies, set", "BRB-WD-254", "BRB-WD-286"],
            ["Thread compound, 20 kg", "BRB-TC-5", "BRB-TC-5"],
            ["Return filter element", "BRB-RF-10", "BRB-RF-10"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ravensclough-rs-longwall-shearer.pdf", "Ravensclough RLS-OM-RS-04 Ed 3 - RS-450 / RS-620", RAVENSCLOUGH),
        ("dunmarrow-fd-armoured-face-conveyor-drive.pdf", "Dunmarrow DFC-IOM-FD-07 Ed 2 - FD-400 / FD-525", DUNMARROW),
        ("coalbrent-cm38-continuous-miner.pdf", "Coalbrent CBM-OM-CM38-02 Ed 2 - CM-38", COALBRENT),
        ("bergstalt-rbm-raise-boring-machine.pdf", "Bergstalt BRB-OM-RBM-05 Ed 1 - RBM-12 / RBM-18", BERGSTALT),
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
