"""Generate the PDF manuals of the hundred-and-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set102-scratch/venv && /tmp/set102-scratch/venv/bin/pip install fpdf2
    /tmp/set102-scratch/venv/bin/python knowledge/samples/hundredsecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, diameter sign; no
other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The rendering
helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py; everything else is new.
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


# ---------------------------------------------------------------- Isovantra GPX insulating glass gas filling presses
ISOVANTRA = [
    (
        "title",
        "Isovantra GPX Insulating Glass Gas Filling Presses\nOperating and Maintenance Manual - GPX-25 and GPX-33",
    ),
    (
        "p",
        "Document IVT-OM-GPX-04, Edition 3, March 2025. Isovantra IG Lines. The GPX-25 and GPX-33 are the assembly, "
        "gas filling and pressing stations of a vertical insulating glass (IG) line. The line stands inclined 6° from "
        "the vertical. The first pane arrives with the spacer frame already coated with butyl and fitted to it; the "
        "press takes the second pane (and, for a triple unit, the third) onto its suction plate, closes the unit at "
        "the top and at the sides while it keeps a narrow gap open at the bottom edge, fills the cavity with argon "
        "(or, on the GPX-33 with option KR, with krypton or an argon/krypton mixture) and presses the unit to its "
        "nominal thickness. Apart from the sizes, flows and the items named for each model, the two presses are built "
        "alike. The spacer line, the butyl extruder and the secondary sealing robot upstream and downstream have "
        "their own manuals. The gas supply up to the inlet valve, the exhaust duct to the outside and the factory "
        "production control of the finished units are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Argon and krypton displace the oxygen in the air without being noticed. Never enter the pit under "
        "the conveyor or any low, closed space near the press while gas is flowing. The press plate closes with up "
        "to 25 kN (GPX-25) or 40 kN (GPX-33): never reach between the plates and never bridge the light curtain.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GPX-25", "GPX-33"],
            ["Maximum glass size (height x length)", "2500 x 3500 mm", "3300 x 5000 mm"],
            ["Minimum glass size without gas filling (height x length)", "190 x 350 mm", "190 x 350 mm"],
            ["Minimum glass size for gas filling in the press", "300 x 450 mm", "300 x 450 mm"],
            ["Unit thickness after pressing", "12-60 mm", "12-70 mm"],
            ["Single pane thickness", "3-12 mm", "3-19 mm"],
            ["Panes per unit", "2 or 3", "2 or 3"],
            ["Maximum unit mass, evenly supported on the conveyor", "500 kg", "900 kg"],
            ["Transport speed", "up to 45 m/min", "up to 40 m/min"],
            ["Gas filling flow, maximum (argon)", "90 L/min", "140 L/min"],
            ["Gases", "argon", "argon; krypton and argon/krypton mixtures with option KR"],
            ["Gas supply pressure at the inlet valve", "4-6 bar", "4-6 bar"],
            ["Pressing force, maximum", "25 kN", "40 kN"],
            ["Press plate parallelism", "within 0.3 mm", "within 0.3 mm"],
            ["Unit thickness tolerance after pressing", "±0.5 mm", "±0.5 mm"],
            ["Cycle time, double unit 1000 x 1000 mm, 16 mm cavity, argon fill 90 %", "38 s", "34 s"],
            ["Compressed air 6-8 bar, consumption", "350 NL/min", "450 NL/min"],
            ["Electrical supply 400 V 3~ 50 Hz", "18 kVA, fuse 32 A", "24 kVA, fuse 40 A"],
            ["Conveyor height, top of the support rollers", "480 mm", "480 mm"],
            ["Length of the press section", "4200 mm", "5800 mm"],
            ["Number of suction cups on the suction plate", "12", "20"],
            ["Mass", "7800 kg", "11 500 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The flow and cycle values hold for argon at an inlet pressure of 5 bar and a gas temperature of 15-25 °C. "
        "With krypton (GPX-33 with option KR only) the filling flow is limited to 60 L/min. The maximum unit mass "
        "holds only when the unit stands on at least six support rollers; a unit shorter than 600 mm must not weigh "
        "more than 150 kg on either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the press. Work inside the guards only with the main switch locked off "
            "and the gas inlet valve closed.",
            "Wear cut-resistant gloves and sleeves and safety shoes when handling glass.",
            "The gas leaving the cavity is led to the outside through the site's exhaust duct. Never disconnect the "
            "exhaust hose while the press is filling.",
            "Check the oxygen monitor in the operator area (site equipment) at the start of each shift; the press "
            "itself does not monitor the room air.",
            "In set-up mode the press moves only at 10 mm/s and only while the hold-to-run button is pressed.",
        ],
    ),
    ("h", "3. Gas filling and pressing limits"),
    (
        "cols",
        [
            ("h", "Fill setpoint"),
            (
                "p",
                "Default 90 %, settable 80-96 %. The press does not measure the gas concentration in the unit. An "
                "oxygen sensor in the exhaust measures the gas leaving the cavity, and filling stops when its oxygen "
                "reading falls below the threshold for the setpoint: O2 threshold (%) = 20.9 x (100 - fill setpoint) "
                "/ 100. For 90 % this is 2.1 % O2, for 95 % it is 1.0 % O2.",
            ),
            ("h", "Gas use"),
            (
                "p",
                "Cavity volume (L) = height (m) x length (m) x cavity width (mm). Gas used (L) = cavity volume x fill "
                "factor. For argon the fill factor is 1.5 for a double unit and 1.7 for each cavity of a triple unit. "
                "Example: a double unit of 1.2 m x 1.5 m with a 16 mm cavity holds 28.8 L and uses 43.2 L of argon; "
                "at 90 L/min (GPX-25) the filling takes about 29 s. Fill factors for krypton are not given in this "
                "manual; Isovantra sets them when option KR is commissioned.",
            ),
            ("h", "Filling time limit"),
            (
                "p",
                "If the oxygen threshold is not reached within twice the calculated filling time, filling stops with "
                "G07; the unit is closed, pressed and marked NOK on its label. Never put a unit marked NOK into a "
                "customer's stack.",
            ),
            ("h", "Cavity pressure"),
            (
                "p",
                "The overpressure in the cavity during filling must not exceed 5 mbar; above it the panes bulge and "
                "pull the butyl off the spacer. The press stops filling at 5 mbar with G08. The exhaust gap at the "
                "bottom edge is set to 2 mm.",
            ),
            ("h", "Pressing"),
            (
                "p",
                "The unit is pressed to its nominal thickness and must end within ±0.5 mm of it. Pressing time "
                "default 3 s, settable 1-10 s; units thicker than 50 mm are pressed for at least 5 s.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Glass and spacer frames must be at 15-35 °C. Glass from an unheated store must stand in the hall for "
                "at least 4 h before assembly. The butyl on the frame must not be older than 60 min when the unit is "
                "pressed.",
            ),
            ("h", "Shapes and special units"),
            (
                "p",
                "Shaped (non-rectangular) units cannot be gas filled in the press. They are closed without gas and "
                "filled afterwards through two holes in the spacer by the site's own method, which this manual does "
                "not describe. Units with Georgian bars in the cavity are filled at 70 % of the flow.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop is pressed or a guard door is open. Release, close, RESET."],
            ["G02", "Light curtain", "Infeed light curtain interrupted during a movement. Clear the area, START."],
            [
                "G03",
                "Size out of range",
                "Glass larger than the maximum or smaller than the minimum of the model, or smaller than 300 x 450 mm "
                "with gas filling selected. Take the unit through in manual mode without gas.",
            ],
            [
                "G04",
                "Thickness measurement",
                "The glass thickness sensor gave no reading, or a reading more than 0.5 mm from the order data. Clean "
                "the sensor window; check the order.",
            ],
            [
                "G05",
                "Frame position",
                "The spacer frame is more than 2 mm from its set distance to the glass edge. Correct the frame by hand "
                "before closing.",
            ],
            ["G06", "Gas pressure low", "Inlet pressure below 4 bar. Check the gas supply (site) and the gas filter."],
            [
                "G07",
                "Fill not reached",
                "Oxygen threshold not reached in twice the calculated time. Unit marked NOK. Check the sealing strips "
                "and the exhaust hose.",
            ],
            [
                "G08",
                "Cavity overpressure",
                "More than 5 mbar in the cavity. Clean the exhaust gap; check that the exhaust hose is not kinked.",
            ],
            [
                "G10",
                "Pressing thickness",
                "Unit more than 0.5 mm from its nominal thickness after pressing. Check the order data and the plate "
                "parallelism (section 7).",
            ],
            [
                "G11",
                "Plates not parallel",
                "The two plate position sensors differ by more than 0.3 mm. Run the parallelism check (section 7).",
            ],
            ["G12", "Suction lost", "Vacuum at the suction plate weaker than -0.6 bar. Check the cups and the filter."],
            ["G13", "Service due", "2500 operating hours since the last Isovantra service. The press still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Finished units thicker at the top than at the bottom",
                "Press plates not parallel, or a plate guide worn",
                "Run the parallelism check (section 7); G11 does not show a difference below 0.3 mm",
            ],
            [
                "Spot checks show low gas content although the press showed the fill reached",
                "Oxygen sensor drifted, or air drawn in at a worn sealing strip",
                "Calibrate the oxygen sensor (section 8); replace the sealing strips (section 9)",
            ],
            [
                "Filling takes much longer than the calculated time",
                "Inlet pressure low, gas filter blocked, or the reduced flow for Georgian bars",
                "Check 4-6 bar at the inlet; change the gas filter element IVT-GF-05",
            ],
            [
                "Panes offset against each other at the edges",
                "Dirty support rollers or edge stop, or the frame position limit set too wide",
                "Clean the rollers and the edge stop; check the frame position setting",
            ],
            [
                "Butyl squeezed into the visible area",
                "Nominal thickness in the order too small, or too much butyl on the frame",
                "Check the order data; set the butyl bead at the butyl extruder (its own manual)",
            ],
            [
                "Units bulged after pressing",
                "Cavity overpressure: exhaust gap blocked or hose kinked",
                "Clean the exhaust gap and check the hose; see G08",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a gas-filled batch"),
    (
        "ol",
        [
            "Check the oxygen monitor in the operator area and the exhaust hose.",
            "Open the gas inlet valve and check 4-6 bar on the inlet gauge.",
            "Switch on the press and wait until the suction plate has run its reference (about 60 s).",
            "Load the batch from the line computer and check the gas, the fill setpoint and the nominal thicknesses.",
            "Select AUTO and press START.",
            "Watch the first unit: the filling time shown must be close to the calculated one and the O2 reading "
            "must fall steadily.",
            "Measure the first unit's thickness at all four corners with a calliper: within ±0.5 mm of the nominal.",
            "Have units checked with the site's gas analyser as the site's factory production control requires; the "
            "sampling plan is not part of this manual.",
        ],
    ),
    ("h", "7. Checking the press plate parallelism"),
    (
        "ol",
        [
            "Switch to set-up mode and open the press fully.",
            "Place four test blocks of 20.00 mm (tool kit IVT-TK-01) at the corners of the fixed plate, 100 mm in "
            "from each edge. On the GPX-33 place two more blocks at the middle of the long edges (six in all).",
            "Close the press in set-up mode to 20.00 mm with a force of 2 kN.",
            "Measure the gap at each block with feeler gauges. The largest gap must not exceed 0.3 mm.",
            "If a gap exceeds 0.3 mm, loosen the lock nuts of the plate guides and turn the eccentric bolt at that "
            "corner; one turn moves the plate by 1.0 mm.",
            "Tighten the lock nuts to 60 Nm and measure again.",
            "Open the press, remove the blocks and press RESET to clear G11.",
        ],
    ),
    ("h", "8. Calibrating the oxygen sensor"),
    (
        "ol",
        [
            "Calibrate weekly and after every change of the sensor cell.",
            "Close the gas inlet valve and run the purge (SERVICE > O2 > PURGE) for 2 min so that the sensor sees "
            "room air only.",
            "Select SERVICE > O2 > CAL AIR. The reading must settle within 60 s.",
            "The reading must be 20.9 % within ±0.2 %. If it is, press OK.",
            "If it is outside, press ADJUST: the press sets the reading to 20.9 %.",
            "If the reading cannot be adjusted, or takes longer than 60 s to settle, replace the sensor cell "
            "IVT-OS-20 and calibrate again.",
            "Open the gas inlet valve.",
        ],
    ),
    ("h", "9. Replacing the sealing strips"),
    (
        "ol",
        [
            "Lock off the main switch and close the gas inlet valve.",
            "Open the side covers of the filling plate.",
            "Pull the old top, side and bottom strips out of their grooves (set IVT-SS-25 or IVT-SS-33).",
            "Clean the grooves with isopropanol; never use silicone-based cleaners.",
            "Press the new strips in, starting at the corners; the joints must be butt joints without gaps.",
            "Close the covers, switch on and fill a test unit: its filling time must be within 10 % of the "
            "calculated time.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the support rollers and the suction cups; check the exhaust hose"],
            ["Weekly", "Calibrate the oxygen sensor (section 8); clean the thickness sensor window"],
            ["Monthly", "Check the plate parallelism (section 7); change the vacuum filter"],
            ["Every 6 months or 1000 h, whichever comes first", "Change the gas filter element IVT-GF-05"],
            ["12 months", "Replace the sealing strips (section 9)"],
            ["2500 h (G13)", "Isovantra service: guides, drives, gas valves and safety functions"],
            ["2 years", "Replace the oxygen sensor cell IVT-OS-20"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "GPX-25", "GPX-33"],
            ["Oxygen sensor cell", "IVT-OS-20", "IVT-OS-20"],
            ["Sealing strip set, filling plate", "IVT-SS-25", "IVT-SS-33"],
            ["Suction cup 120 mm", "IVT-SC-120", "IVT-SC-120"],
            ["Gas filter element", "IVT-GF-05", "IVT-GF-05"],
            ["Support roller", "IVT-CR-48", "IVT-CR-48"],
            ["Test block set 20.00 mm", "IVT-TK-01", "IVT-TK-01"],
            ["Proportional gas valve", "IVT-PV-90", "IVT-PV-140"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kerbrandt DM double-mitre saws
KERBRANDT = [
    ("title", "Kerbrandt DM Double-Mitre Saws\nOperating Manual - DM-450 and DM-550"),
    (
        "p",
        "Document KBT-BA-DM-07, Edition 2, June 2024. Kerbrandt Saw Systems. The DM-450 and DM-550 are double-mitre "
        "saws that cut aluminium and PVC window, door and facade profiles to length with both ends mitred in one "
        "cycle. The left saw head is fixed; the right head travels on linear guides, driven by a servo motor and a "
        "rack. Both heads tilt outwards to 45° and inwards to 22.5°, and the control sets any angle in between. The "
        "blades rise from below the table through a slot and are fed hydro-pneumatically. Apart from the blade size, "
        "the cutting range and the values named for each model, the two saws are built alike. Chip extraction, the "
        "profile data of the profile system supplier and the resharpening of blades are outside this manual.",
    ),
    (
        "warn",
        "WARNING: The blades run on after switch-off until the blade brake stops them (10 s at most). The hood opens "
        "only when both blades have stopped. Never cut steel, wood, or profiles with steel reinforcement inside.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DM-450", "DM-550"],
            ["Saw blade diameter x bore", "450 x 30 mm", "550 x 40 mm"],
            ["Blade speed", "2800 rpm", "2300 rpm"],
            ["Cutting speed at the rim", "66 m/s", "66 m/s"],
            ["Blade motor, per head", "2.2 kW", "3.0 kW"],
            ["Cutting length at 90° between the two heads", "390-5000 mm", "450-6000 mm"],
            ["Cutting length at 45° outward, measured at the long side", "560-5000 mm", "640-6000 mm"],
            ["Head tilt", "45° outward to 22.5° inward", "45° outward to 22.5° inward"],
            ["Cutting capacity at 90° (height x width)", "200 x 140 mm", "250 x 185 mm"],
            ["Cutting capacity at 45° (height x width)", "200 x 100 mm", "250 x 140 mm"],
            ["Length positioning accuracy", "±0.1 mm", "±0.1 mm"],
            ["Angle accuracy", "±5 arc minutes", "±5 arc minutes"],
            ["Blade feed speed, settable", "0.5-8 m/min", "0.5-8 m/min"],
            ["Compressed air 6-7 bar, per cycle", "25 NL", "35 NL"],
            ["Minimum quantity lubrication, oil per head", "4-10 mL/h", "6-14 mL/h"],
            ["Chip extraction connections", "2 x Ø 120 mm", "2 x Ø 150 mm"],
            ["Sound pressure at the operator position, cutting aluminium, hood closed", "94 dB(A)", "96 dB(A)"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "20 A"],
            ["Mass", "1650 kg", "2100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cutting capacities hold for aluminium profiles with the standard clamps and a blade of nominal diameter; "
        "with a resharpened blade the capacity in height falls by the loss of blade radius. The cutting lengths hold "
        "with the standard length measuring system.",
    ),
    ("h", "Saw blades"),
    (
        "table",
        [
            ["Blade", "DM-450", "DM-550"],
            [
                "Aluminium: carbide, trapezoid-flat teeth, hook angle -5°",
                "120 teeth, KBT-SB-450-120",
                "132 teeth, KBT-SB-550-132",
            ],
            ["PVC: carbide, alternate bevel teeth, hook angle +5°", "108 teeth, KBT-SB-450-108P", "on request"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "For PVC on the DM-550, Kerbrandt selects a blade for the profile system on request; no standard PVC blade is "
        "listed for it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the saw. Blade changes and settings only with the main switch locked "
            "off.",
            "Wear hearing protection and safety glasses at the saw. Aluminium chips are sharp: remove them with a "
            "brush "
            "or the vacuum cleaner, never by hand or with compressed air towards people.",
            "Never reach under the hood or into the blade slot. Keep hands out of the area of the right head while it "
            "travels.",
            "Long profiles must rest on the roller conveyors at both sides of the saw.",
            "Aluminium dust and oil mist from the MQL can collect in the extraction: keep the extraction clean.",
        ],
    ),
    ("h", "3. Angles, lengths and settings"),
    (
        "cols",
        [
            ("h", "Inside or outside length"),
            (
                "p",
                "The control positions the right head to the outer length (long point to long point). For frame "
                "parts given by their inside dimension, enter the profile face width and the control adds it: outer "
                "length = inner length + 2 x face width / tan(cut angle). At 45° tan = 1, so the outer length is the "
                "inner length plus twice the face width. Example: inner length 1200 mm, face width 68 mm, both ends "
                "at 45°: 1200 + 2 x 68 = 1336 mm.",
            ),
            ("h", "Blade feed"),
            (
                "p",
                "Aluminium with walls over 2 mm: 1.5-3 m/min. Thin-walled aluminium (2 mm or less): 3-5 m/min. PVC: "
                "4-6 m/min. Never feed faster than 6 m/min with aluminium: the blade can catch and lift the profile.",
            ),
            ("h", "Clamping"),
            (
                "p",
                "Clamp pressure settable 2-6 bar: 5-6 bar for aluminium, 3 bar for PVC so that the clamps do not mark "
                "the surface. Thin-walled or open profiles need the profile-specific support blocks of the profile "
                "system supplier.",
            ),
            ("h", "Short pieces"),
            (
                "p",
                "Pieces shorter than the minimum length of the model (390 mm on the DM-450, 450 mm on the DM-550, at "
                "90°) cannot be cut between the two heads. Cut them with the left head only against the short-piece "
                "stop of option SP.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Minimum quantity lubrication (MQL) is for aluminium only. Switch it off for PVC: oil on PVC spoils "
                "the "
                "welding of the frame corners. Use only Kerbrandt LUB-K oil.",
            ),
            ("h", "Blades"),
            (
                "p",
                "Use only blades marked with a maximum speed of at least 3000 rpm (DM-450) or 2500 rpm (DM-550). The "
                "axial runout at the rim must not exceed 0.05 mm. Resharpen after 10 000 cuts in aluminium or when the "
                "burr on the cut edge exceeds 0.1 mm, whichever comes first. A blade may be resharpened until it is 4 "
                "mm under its nominal diameter (446 mm or 546 mm); then scrap it. Resharpening is done by a blade "
                "service and is not described here.",
            ),
            ("h", "Extraction and noise"),
            (
                "p",
                "Connect both heads to the site's chip extraction. The extraction system, its airflow and its fire "
                "protection are the site's responsibility, as is the noise assessment of the workplace.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Emergency stop", "Emergency stop pressed or the hood lock circuit open. Release, RESET."],
            ["S02", "Hood open", "Hood opened during a cycle; the blades stop with the brake. Close the hood."],
            ["S03", "Air pressure low", "Below 5.5 bar at the inlet. Check the supply and the filter regulator."],
            [
                "S04",
                "Right head drive",
                "Servo drive fault, or the head blocked on its guides. Remove chips from the guides; switch off and "
                "on.",
            ],
            [
                "S05",
                "Length out of range",
                "The length entered is outside the range for the angles chosen. Check the list or cut with option SP.",
            ],
            [
                "S06",
                "Angle not reached",
                "A head did not reach its angle within 5 s. Check for chips in the tilting segment and the angle "
                "clamp.",
            ],
            [
                "S08",
                "Blade motor overload, left",
                "Feed too fast for the profile, blunt blade, or the blade pinched. Reduce the feed; check the blade.",
            ],
            ["S09", "Blade motor overload, right", "As S08, right head."],
            [
                "S10",
                "Clamps not closed",
                "A clamp sensor did not switch. Check the clamp pressure and that the profile lies under the clamps.",
            ],
            ["S11", "MQL oil low", "Oil tank below 0.2 L. Refill with LUB-K."],
            ["S12", "Reference run", "After switching on, or after S04, the right head must find its reference. REF."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Burr on the cut edges of aluminium profiles",
                "Blade blunt, feed too fast, or MQL switched off",
                "Reduce the feed to the values in section 3; check the MQL; resharpen when the burr exceeds 0.1 mm",
            ],
            [
                "Frame corners open on the inside or outside after joining",
                "Mitre angle off",
                "Check the angle with a test frame (section 7)",
            ],
            [
                "All pieces longer or shorter by the same amount",
                "Length measuring system out of calibration",
                "Calibrate the length (section 8)",
            ],
            [
                "Chatter marks on the cut face",
                "Profile not clamped firmly, support block missing, or blade runout",
                "Check the clamps and blocks; check the runout (0.05 mm at most)",
            ],
            ["Oil film on the profiles", "MQL set too high", "Reduce the MQL quantity to the range of the model"],
            [
                "Profile lifts at the end of the cut",
                "Feed too fast or clamp pressure too low",
                "Reduce the feed; 5-6 bar clamp pressure for aluminium",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Changing a saw blade"),
    (
        "ol",
        [
            "Switch off the saw, wait until both blades have stopped and lock off the main switch.",
            "Set the head to 90° and open the hood.",
            "Hold the blade with the blade lock pin through the flange hole.",
            "Loosen the flange nut with the 36 mm spanner: the left head has a left-hand thread, the right head a "
            "right-hand thread.",
            "Remove the outer flange and the blade. Clean both flanges: a chip between flange and blade causes runout.",
            "Check that the new blade is marked for at least 3000 rpm (DM-450) or 2500 rpm (DM-550) and that its "
            "teeth point in the direction of the arrow on the hood.",
            "Fit the blade and the outer flange and tighten the nut to 40 Nm (DM-450) or 60 Nm (DM-550).",
            "Remove the lock pin, close the hood and let the blade run for 30 s.",
            "Make a test cut and check the cut face and the burr.",
        ],
    ),
    ("h", "7. Checking the mitre angle with a test frame"),
    (
        "ol",
        [
            "Cut four identical pieces of a rigid aluminium profile, 1000 mm outer length, 45° at both ends.",
            "Lay them together on a flat table to form a frame, without joining them.",
            "Measure the two diagonals. They must not differ by more than 0.5 mm, and no corner may show a gap.",
            "A gap on the inside of all corners means the angle is more than 45°; a gap on the outside, less than 45°.",
            "Correct the angle of the head concerned in SERVICE > ANGLE in steps of 1 arc minute; one arc minute moves "
            "the cut at 100 mm profile width by about 0.03 mm.",
            "Cut a new test frame and measure again.",
        ],
    ),
    ("h", "8. Calibrating the length"),
    (
        "ol",
        [
            "Cut a piece of aluminium profile at 90° on both ends with the length set to 1000.0 mm.",
            "Measure it with a calibrated steel rule or length gauge at about 20 °C.",
            "Enter the measured length in SERVICE > LENGTH > CAL.",
            "Cut a second piece at 3000.0 mm and enter its measured length: the control corrects offset and scale.",
            "Check with a third piece: it must be within ±0.1 mm of the set length.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove chips from the table, the guides and the tilting segments; check the MQL oil"],
            ["Weekly", "Check the clamps and clamp pads; clean the length measuring tape"],
            ["Monthly", "Grease the linear guides of the right head, 2 strokes per nipple, grease KBT-G2"],
            [
                "Every 500 h or 6 months, whichever comes first",
                "Check the V-belts of the blade motors; check the blade brake time (10 s at most)",
            ],
            ["12 months", "Electrical safety check (site); Kerbrandt service of the angle and length systems"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DM-450", "DM-550"],
            ["Aluminium blade", "KBT-SB-450-120", "KBT-SB-550-132"],
            ["PVC blade", "KBT-SB-450-108P", "on request"],
            ["Outer flange", "KBT-FL-30", "KBT-FL-40"],
            ["V-belt, blade motor", "KBT-VB-1180", "KBT-VB-1320"],
            ["Clamp pad set", "KBT-CP-01", "KBT-CP-01"],
            ["MQL nozzle", "KBT-MN-02", "KBT-MN-02"],
            ["Linear guide carriage, right head", "KBT-LC-25", "KBT-LC-30"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Eckhorst CX-4 corner cleaning machine
ECKHORST = [
    ("title", "Eckhorst CX-4 CNC Corner Cleaning Machine\nOperating and Maintenance Manual"),
    (
        "p",
        "Document EKH-OM-CX4-02, Edition 1, February 2025. Eckhorst Window Machinery. The CX-4 cleans the welded "
        "corners of PVC window and door frames and sashes, one corner at a time. The operator places the frame with "
        "the corner against the two stops; the CX-4 clamps it, measures the profile height and removes the weld bead "
        "on the top and bottom faces with knives, the bead on the outer contour with two saw blades, and the bead in "
        "the gasket grooves and the glass rebate with an end mill, following the program stored for the profile. "
        "Four NC axes (X, Y, Z and the tool turret T) move the tools. The four-head welder upstream has its own "
        "manual. The profile programs are written by Eckhorst service from the profile system supplier's drawings.",
    ),
    (
        "warn",
        "WARNING: The saw blades and the end mill run at high speed behind the safety door. The door stays locked "
        "until all spindles have stopped: never force it or bridge the door lock. Wear safety glasses when removing "
        "chips.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-4"],
            ["Profile height (Z, measured at the corner)", "40-140 mm"],
            ["Profile width seen from above", "40-130 mm"],
            ["Frame size, outer", "280 x 280 mm to 2500 x 3000 mm"],
            ["Largest frame on the CX-4's own support arms", "1500 x 1800 mm, up to 60 kg"],
            ["Corner angle", "90° ±0.5°"],
            ["Weld bead height that can be removed (white and coloured-through profiles)", "up to 2.0 mm"],
            ["Cycle time per corner", "18-35 s, depending on the program"],
            ["Contour saw blades", "2 x Ø 230 mm, 60 teeth, bore 30 mm, 5000 rpm"],
            ["Contour saw motors", "2 x 0.75 kW"],
            ["Milling spindle", "1.1 kW, 18 000 rpm, collet ER16, end mills Ø 4-10 mm"],
            ["Top and bottom knives", "carbide, two cutting edges each"],
            ["Axis travel X / Y / Z", "400 / 300 / 250 mm"],
            ["Positioning accuracy", "±0.05 mm"],
            ["Profile programs", "up to 999, selected by profile code or by barcode (option BC)"],
            ["Compressed air", "6-8 bar, 60 NL per corner"],
            ["Electrical supply", "400 V 3~ 50 Hz, 6 kVA, fuse 16 A"],
            ["Sound pressure at the operator position", "84 dB(A)"],
            ["Mass", "1450 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The cycle times hold for white PVC profiles at 20 °C with sharp tools. Frames larger than 1500 x 1800 mm or "
        "heavier than 60 kg must rest on the site's roller tables or on the frame supports of option FS at both sides; "
        "the CX-4's own support arms carry no more.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the CX-4. Set-up and program changes only by persons the site has "
            "authorised.",
            "Keep your hands off the frame while the two start buttons are pressed: the clamps close with 1.5 kN.",
            "PVC chips on the floor are slippery: empty the chip drawer and sweep the area each shift.",
            "Never remove the blade guards or run the CX-4 with the door lock bridged.",
            "Wear hearing protection where the site's noise assessment requires it.",
        ],
    ),
    ("h", "3. Frame conditions and tool settings"),
    (
        "cols",
        [
            ("h", "When to clean"),
            (
                "p",
                "Clean the corners between 60 s and 30 min after welding. Earlier, the seam is still soft and the "
                "tools "
                "smear it; later, the cold PVC chips and stress-whitens at the corner. The weld seam must be below 40 "
                "°C "
                "when the frame is clamped; check it with the site's surface thermometer.",
            ),
            ("h", "Weld bead"),
            (
                "p",
                "The CX-4 removes a weld bead of up to 2.0 mm on white and coloured-through profiles. A higher bead "
                "breaks out of the corner: send such frames back and have the seam limiter of the welder checked "
                "(the welder's own manual). For foiled profiles the bead height the welder must keep is set out in "
                "the welder's manual, not here.",
            ),
            ("h", "Knife depth"),
            (
                "p",
                "The top and bottom knives are set to cut the bead flush with the profile face, within 0.1 mm. For "
                "foiled profiles select the foil program FP: it keeps the top knife 0.3 mm above the surface, and the "
                "rest of the bead is removed by the groove tool so that the foil is not cut.",
            ),
            ("h", "Gaskets"),
            (
                "p",
                "On profiles with co-extruded or welded-in gaskets the program must skip the gasket grooves (flag G "
                "in the program). Cleaning a groove with a gasket in it tears the gasket.",
            ),
            ("h", "Tool life"),
            (
                "p",
                "Turn the knives to their second edge after 20 000 corners and replace them after 40 000. Change the "
                "end mill after 15 000 corners or when it starts to smear the chips, whichever comes first. Resharpen "
                "the saw blades after 40 000 corners.",
            ),
            ("h", "Angles and materials"),
            (
                "p",
                "Only 90° corners of PVC profiles are cleaned. Corners of other angles and aluminium-clad PVC profiles "
                "have no programs and must be cleaned by hand.",
            ),
            ("h", "Programs"),
            (
                "p",
                "A program holds the profile height, the knife depths, the saw contour and the mill paths of one "
                "profile. Offsets of up to ±1.0 mm may be changed at the machine; new programs for a new profile "
                "system are written by Eckhorst service and loaded by USB stick.",
            ),
        ],
    ),
    ("h", "4. Error messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E21", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "E22",
                "Safety door",
                "Door opened during a cycle or door lock faulty. Close the door; the cycle starts again from the "
                "beginning.",
            ],
            ["E23", "Air pressure", "Below 5.5 bar. Check the supply."],
            [
                "E24",
                "Frame not at stop",
                "The corner did not reach both stop sensors. Push the frame against the stops; check the stop faces "
                "for a bead or chips.",
            ],
            [
                "E25",
                "Program not found",
                "The profile code or barcode has no program. Select the program by hand, or ask Eckhorst service for "
                "a new one.",
            ],
            [
                "E26",
                "Profile height",
                "Measured profile height differs from the program by more than 1.5 mm. Check the program and the "
                "profile; clean the measuring probe.",
            ],
            [
                "E27",
                "Axis error",
                "Following error on X, Y, Z or T: an axis blocked by chips or a collision. Clear it, then run the "
                "reference.",
            ],
            ["E29", "Spindle overload", "Milling spindle overloaded: blunt end mill or wrong program depth."],
            ["E30", "Saw motor overload", "A contour saw overloaded: blunt blade, or the frame not clamped."],
            ["E31", "Clamp", "Frame clamps not closed within 2 s. Check the air and the clamp valves."],
            ["E32", "Reference missing", "Axes not referenced after switching on. Press REF with the door closed."],
            ["E33", "Lubrication empty", "Central lubrication reservoir empty. Refill with oil EKH-LO-68."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "White stress marks or cracks at the corner after cleaning",
                "Frame cleaned too late (more than 30 min after welding, the PVC cold) or blunt knives",
                "Clean within 30 min of welding; turn or replace the knives",
            ],
            [
                "Smeared, molten chips in the grooves",
                "Frame cleaned too early (less than 60 s after welding) or blunt end mill",
                "Wait at least 60 s after welding; change the end mill",
            ],
            [
                "Bead left on the top face",
                "Knife depth set too high, frame not lying flat, or bead higher than 2.0 mm",
                "Set the knife depth (section 8); have the bead checked at the welder",
            ],
            [
                "Top knife scratches the foil",
                "Foil program FP not selected",
                "Select FP; the knife then stays 0.3 mm above the surface",
            ],
            [
                "Gasket torn at the corner",
                "Groove flag G not set for a profile with gaskets",
                "Correct the program (flag G)",
            ],
            [
                "E26 on every frame of a batch",
                "Wrong program selected, or a profile mix in the batch",
                "Check the profile code on the order",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check the air pressure (6-8 bar) and the level in the lubrication reservoir.",
            "Switch on, close the safety door and press REF; wait until all four axes are referenced.",
            "Select the program by the profile code, or scan the barcode label of the frame.",
            "Place the first corner against the two stops, visible face up.",
            "Press both start buttons: the CX-4 clamps, measures and cleans the corner.",
            "When the door opens, turn the frame to the next corner and clean all four corners in turn.",
            "Check the first frame of each profile: bead removed flush, grooves clear, no marks on the faces.",
        ],
    ),
    ("h", "7. Changing the contour saw blades"),
    (
        "ol",
        [
            "Select SERVICE > SAW > CHANGE: the saw unit moves to its change position. Then switch off and lock off "
            "the main switch.",
            "Open the safety door and remove the blade guard (two knurled screws).",
            "Hold the upper blade with the locking pin and loosen its flange screw (M10, right-hand thread) with the "
            "8 mm hexagon key.",
            "Fit a blade of Ø 230 mm with 60 teeth, marked for at least 5000 rpm, with its teeth pointing in the "
            "direction of the arrow on the guard.",
            "Tighten the flange screw to 25 Nm.",
            "Repeat for the lower blade: it turns the other way, so its flange screw has a left-hand thread.",
            "Refit the guard, close the door, switch on and run the reference.",
            "Clean a test corner: the contour must be even all round.",
            "Reset the blade counter in SERVICE > COUNTERS.",
        ],
    ),
    ("h", "8. Setting the knife depth"),
    (
        "ol",
        [
            "Clean a test corner of the profile concerned.",
            "Measure the bead left on the top face with a depth gauge.",
            "In the program, change the top knife depth by the measured amount; a positive value lowers the knife.",
            "Do the same for the bottom knife.",
            "Clean a new test corner: the bead must be flush within 0.1 mm.",
            "Save the program. For foiled profiles use program FP and do not change its 0.3 mm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Blow chips out of the clamping area and the stops; empty the chip drawer"],
            ["Weekly", "Check the knives; clean the measuring probe; check the central lubrication"],
            ["Monthly", "Test the door lock and the emergency stop; grease the clamp guides"],
            [
                "Every 4000 h or 12 months, whichever comes first",
                "Eckhorst service: axis ball screws, reference switches, spindle check",
            ],
            ["12 months", "Electrical safety check by the site"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Top or bottom knife, carbide", "EKH-KN-02"],
            ["End mill Ø 6 mm, two flutes", "EKH-EM-06"],
            ["End mill Ø 8 mm, two flutes", "EKH-EM-08"],
            ["Contour saw blade Ø 230 mm, 60 teeth", "EKH-SB-230"],
            ["Collet ER16, 6 mm / 8 mm", "EKH-CO-06 / EKH-CO-08"],
            ["Clamp pad", "EKH-CP-40"],
            ["Measuring probe tip", "EKH-MP-01"],
            ["Lubricating oil, 1 L", "EKH-LO-68"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Stegmar TRM thermal break rolling machines
STEGMAR = [
    (
        "title",
        "Stegmar TRM Thermal Break Rolling Machines\nOperating and Maintenance Manual - TRM-160 and TRM-220",
    ),
    (
        "p",
        "Document STG-OM-TRM-03, Edition 2, October 2024. Stegmar Profile Machines. The TRM-160 and TRM-220 assemble "
        "thermally broken aluminium profiles: two aluminium half-profiles are joined by two polyamide insulating "
        "strips (PA66 GF25). In one pass the profile runs through the knurling station, which rolls a serration into "
        "the strip channels, the insertion station, which feeds the strips into the channels, and the rolling heads, "
        "which close the hammer lips of the channels onto the strips. The TRM-160 has three rolling heads, the "
        "TRM-220 four. Apart from these, the sizes and the values named for each model, the two machines are built "
        "alike. The strength required of the composite profile is set by the profile system supplier; the shear "
        "tests are made in the site's own test device.",
    ),
    (
        "warn",
        "WARNING: The rolling heads close with up to 8 kN (TRM-160) or 12 kN (TRM-220) per roller. Never guide a "
        "profile by hand near the rollers. Profiles up to 7.5 m long move on the tables: keep the table ends clear.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TRM-160", "TRM-220"],
            ["Composite profile width (depth), maximum", "160 mm", "220 mm"],
            ["Composite profile height, maximum", "120 mm", "150 mm"],
            ["Profile length", "1500-6500 mm", "1500-7500 mm"],
            ["Insulating strip width", "8-40 mm", "8-60 mm"],
            ["Rolling heads", "3", "4"],
            ["Rolling force per roller, maximum", "8 kN", "12 kN"],
            ["Feed speed", "5-25 m/min", "5-30 m/min"],
            ["Knurling depth, settable", "0.2-0.6 mm", "0.2-0.6 mm"],
            ["Main drive", "4.0 kW", "5.5 kW"],
            ["Hydraulic unit, pressure / tank", "160 bar / 40 L", "160 bar / 60 L"],
            ["Hydraulic oil", "HLP 46", "HLP 46"],
            ["Compressed air", "6 bar, 150 NL/min", "6 bar, 200 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "25 A"],
            ["Infeed and outfeed tables, length of each", "7 m", "8 m"],
            ["Mass without the tables", "3200 kg", "4100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The feed speeds hold for strips up to 40 mm wide; with wider strips (TRM-220 only) the feed must not exceed "
        "15 m/min. The rolling forces are what the heads can apply; the force a profile needs is found with the shear "
        "test (section 3).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate or set up the machine.",
            "Wear safety shoes and gloves when handling profiles; profiles longer than 4 m are carried by two persons.",
            "Before any work on the hydraulics, relieve the accumulator with the dump valve until the gauge shows 0 "
            "bar.",
            "Remove polyamide and coating dust with the vacuum cleaner, never with compressed air.",
            "Never open a guard of the knurling or rolling station while the feed runs; the guards are interlocked.",
        ],
    ),
    ("h", "3. Rolling settings and checks"),
    (
        "cols",
        [
            ("h", "Knurling"),
            (
                "p",
                "Set the knurling depth to 0.3-0.4 mm for standard channels. It must never exceed 0.6 mm: a deeper "
                "serration weakens the hammer lip. Knurling wheels are worn when the serration they roll at the set "
                "depth is less than 0.2 mm deep.",
            ),
            ("h", "Starting force"),
            (
                "p",
                "For alloy EN AW-6060 T66 the starting value per roller is F (kN) = 5.0 + 3 x (t - 1.5), where t is "
                "the hammer lip thickness in mm. Example: t = 1.8 mm gives 5.9 kN. The first head rolls at 60 % of "
                "this value and the second at 80 %; the last head (and on the TRM-220 the last two) at 100 %. "
                "Starting values for other alloys and tempers are not given in this manual; ask the profile system "
                "supplier.",
            ),
            ("h", "Shear test"),
            (
                "p",
                "After each set-up, after a change of strip batch and after every 4 h of production, whichever comes "
                "first, cut three samples of 100 mm from the same profile and test the transverse shear strength in "
                "the site's test device at room temperature. Each sample must reach at least 24 N/mm; where the "
                "profile system supplier specifies a higher value, that value applies. Tests at low and high "
                "temperatures and the type testing of the profile system are done by the profile system supplier's "
                "test institute, not at the machine.",
            ),
            ("h", "Straightness"),
            (
                "p",
                "A rolled profile may bow by no more than 0.5 mm per metre and by no more than 2 mm over its full "
                "length, whichever is less. Check it on the flat table with a straightedge.",
            ),
            ("h", "Temperature and surface"),
            (
                "p",
                "Profiles must be at 15 °C or warmer; cold profiles from an outside store crack at the hammer lip. "
                "Profiles powder coated before rolling need the polished rollers STG-PR and 10 % less force than the "
                "starting value. Anodised profiles are rolled with the standard rollers.",
            ),
            ("h", "Strips"),
            (
                "p",
                "Store the polyamide strips dry and at room temperature. Strips from an opened bundle must be used "
                "within 48 h. The moisture content of the strips is the strip maker's matter.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["A02", "Guard open", "A guard of the knurling or rolling station was opened. Close it."],
            [
                "A03",
                "Feed overload",
                "Main drive overloaded: profile jammed or rolling force too high. Reverse the feed in jog mode.",
            ],
            [
                "A04",
                "Knurling head position",
                "Knurling head not at its set depth within 2 s. Check the adjusting spindle and the air.",
            ],
            [
                "A05",
                "Strip missing",
                "The strip sensor sees no strip at the insertion station. Load strips; check the strip width setting.",
            ],
            [
                "A06",
                "Strip jam",
                "The strip did not reach the end of the profile. Check the channel for damage and the strip guide.",
            ],
            [
                "A07",
                "Force too high",
                "Rolling force more than 10 % above the set value. Check the profile size and the roller positions.",
            ],
            [
                "A08",
                "Force too low",
                "Rolling force more than 10 % below the set value. Check the hydraulic pressure (160 bar) and the "
                "accumulator.",
            ],
            ["A09", "Profile too long", "Profile longer than the program or the model allows."],
            ["A10", "Air pressure low", "Below 5 bar at the inlet."],
            [
                "A12",
                "Oil too hot",
                "Hydraulic oil above 60 °C. Clean the oil cooler and check its fan; let the unit cool down.",
            ],
            ["A13", "Service due", "1000 h since the last service. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Shear test fails, strips slide in the channels",
                "Knurling too shallow or wheels worn, or rolling force too low",
                "Check the knurling depth (0.3-0.4 mm) and the wheels; raise the force in steps of 0.3 kN and test "
                "again",
            ],
            [
                "Profile bowed after rolling",
                "Forces of the left and right rollers unequal, or guide rollers set too tight",
                "Compare the force display of each head; set the guide rollers",
            ],
            [
                "Cracks along the hammer lip",
                "Force too high, knurling deeper than 0.6 mm, or cold profiles",
                "Reduce the force; check the knurling depth; profiles at 15 °C or warmer",
            ],
            [
                "Roller marks on the visible surface",
                "Rollers dirty, or standard rollers used on pre-coated profiles",
                "Clean the rollers; fit the polished rollers STG-PR",
            ],
            [
                "Strip does not enter the channel",
                "Wrong strip width in the program, channel damaged, or strip guide worn",
                "Check the program; inspect the channel; replace the strip guide",
            ],
            [
                "Machine slows and stops after an hour on hot days",
                "Hydraulic oil too hot (A12)",
                "Clean the oil cooler; check the fan",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Setting up for a new profile"),
    (
        "ol",
        [
            "Select the profile in the program list, or enter a new program with the composite width, the strip width "
            "and the hammer lip thickness.",
            "Fit the strip guides for the strip width and the rolling rollers for the channel shape.",
            "Set the knurling depth (0.3-0.4 mm for standard channels).",
            "Enter the starting force from section 3; the control sets the heads to 60 %, 80 % and 100 %.",
            "Run a profile of at least 1500 mm in jog mode and check that the strips enter over the full length.",
            "Roll it and check the surface and the straightness.",
            "Cut three 100 mm samples and have them shear tested (at least 24 N/mm each).",
            "Release the program for production only when all three samples pass.",
        ],
    ),
    ("h", "7. Changing the knurling wheels"),
    (
        "ol",
        [
            "Switch off, lock off the main switch and open the knurling station guard.",
            "Move the knurling head back to its widest opening with the handwheel.",
            "Loosen the axle nut (M16) of each wheel with a 24 mm spanner and pull the wheel off its axle.",
            "Check the needle bearings in the holder; replace the holder STG-KH if a bearing has play.",
            "Fit the new wheels STG-KW-30 with the serration towards the channel and the marking outwards.",
            "Tighten the axle nuts to 80 Nm.",
            "Zero the knurling depth on the reference bar STG-RB, then set the working depth.",
            "Close the guard and run a test profile; check the serration with the depth gauge: at least 0.2 mm deep.",
        ],
    ),
    ("h", "8. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Run the machine for 15 min so that the oil is warm.",
            "Switch off and relieve the accumulator with the dump valve until the gauge shows 0 bar.",
            "Drain the tank through the drain valve: 40 L (TRM-160) or 60 L (TRM-220).",
            "Replace the return filter element STG-RF-10.",
            "Fill with HLP 46 through the filler filter to the middle of the sight glass.",
            "Start the pump, open and close the heads five times to bleed them, and top up.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean chips and coating dust off the rollers and the knurling wheels"],
            ["Weekly", "Check the knurling depth with the depth gauge; check the guide rollers"],
            ["1000 h (A13)", "Change the return filter; Stegmar service checks the accumulator pre-charge"],
            ["2000 h or 12 months, whichever comes first", "Change the hydraulic oil (section 8)"],
            ["12 months", "Electrical safety check (site)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TRM-160", "TRM-220"],
            ["Knurling wheels (pair)", "STG-KW-30", "STG-KW-30"],
            ["Knurling wheel holder", "STG-KH", "STG-KH"],
            ["Standard rolling rollers (set)", "STG-RR-3", "STG-RR-4"],
            ["Polished rolling rollers for pre-coated profiles (set)", "STG-PR-3", "STG-PR-4"],
            ["Strip guide 8-40 mm", "STG-SG-40", "STG-SG-40"],
            ["Strip guide 41-60 mm", "-", "STG-SG-60"],
            ["Return filter element", "STG-RF-10", "STG-RF-10"],
            ["Reference bar", "STG-RB", "STG-RB"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "isovantra-gpx-insulating-glass-gas-filling-press.pdf",
            "Isovantra IVT-OM-GPX-04 Ed 3 - GPX-25 / GPX-33",
            ISOVANTRA,
        ),
        ("kerbrandt-dm-double-mitre-saw.pdf", "Kerbrandt KBT-BA-DM-07 Ed 2 - DM-450 / DM-550", KERBRANDT),
        ("eckhorst-cx4-corner-cleaning-machine.pdf", "Eckhorst EKH-OM-CX4-02 Ed 1 - CX-4", ECKHORST),
        (
            "stegmar-trm-thermal-break-rolling-machine.pdf",
            "Stegmar STG-OM-TRM-03 Ed 2 - TRM-160 / TRM-220",
            STEGMAR,
        ),
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
