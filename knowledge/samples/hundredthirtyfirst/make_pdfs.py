"""Generate the PDF manuals of the hundred-and-thirty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set131-scratch/venv && /tmp/set131-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set131-scratch/venv/bin/python knowledge/samples/hundredthirtyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Fustavio FCP swing-beam clicking presses
FUSTAVIO = [
    ("title", "Fustavio FCP Swing-Beam Clicking Presses\nOperation and Maintenance Manual - FCP-20 and FCP-25"),
    (
        "p",
        "Document FSP-OM-FCP-04, Edition 3, March 2025. Fustavio Pressen. The FCP-20 and FCP-25 are hydraulic "
        "swing-beam clicking presses for cutting shoe components (uppers, linings, insoles, counters) from leather, "
        "coated fabrics and synthetic sheet with steel rule clicking dies. The operator places the die on the "
        "material, swings the beam over it by hand and starts the stroke with the two-hand control. Apart from the "
        "cutting force, the size of the beam and table and the items named in this manual, the two models are built "
        "alike. The clicking dies are made and repaired by the die maker; the planing of worn cutting boards, the "
        "electrical supply up to the main switch and the periodic inspection of the press by a competent person "
        "under national rules are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Never hold a die, the material or the beam while the stroke runs. Both hands must stay on the "
        "two-hand control until the beam has returned to its top position. Never bridge or tape down a button.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FCP-20", "FCP-25"],
            ["Rated cutting force at 160 bar", "196 kN (20 t)", "246 kN (25 t)"],
            ["Cylinder bore", "125 mm", "140 mm"],
            ["Force per bar of working pressure (force factor)", "1.227 kN/bar", "1.539 kN/bar"],
            ["Maximum working pressure", "160 bar", "160 bar"],
            ["Relief valve setting (factory sealed)", "175 bar", "175 bar"],
            ["Beam (cutting head) size", "900 x 400 mm", "1000 x 450 mm"],
            ["Cutting table size", "1000 x 520 mm", "1100 x 560 mm"],
            ["Cutting board, polyethylene, new thickness", "40 mm", "40 mm"],
            ["Daylight between beam and board, adjustable", "50-140 mm", "60-160 mm"],
            ["Beam swing", "90°, by hand", "90°, by hand"],
            ["Cutting rate at 20 mm stroke, maximum", "36 cuts/min", "30 cuts/min"],
            ["Motor 400 V 3~ 50 Hz", "2.2 kW, 4.8 A", "3.0 kW, 6.3 A"],
            ["Supply fuse", "10 A gG", "16 A gG"],
            ["Hydraulic oil HLP 46, tank capacity", "38 L", "52 L"],
            ["Mass of the press", "1180 kg", "1520 kg"],
            ["Noise at the operator position", "below 75 dB(A)", "below 75 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated cutting force is reached only at the maximum working pressure of 160 bar, with the oil between "
        "30 °C and 55 °C. Cold oil below 20 °C makes the beam slow and the cut uneven; run the press without "
        "cutting for 5 min first.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The two-hand control starts a stroke only when both buttons are pressed within 0.5 s of each other. "
            "Test it at the start of every shift (section 8).",
            "The beam swings freely over the table. Keep the swing area clear of people and stock; the beam can "
            "hit a person standing beside the press.",
            "Use only dies whose height is between 18 mm and 40 mm and whose cutting edge is flat on a surface "
            "plate within 0.1 mm. Damaged dies go back to the die maker.",
            "The height of a stack of material must not exceed the die height minus 5 mm.",
            "Wear cut-resistant gloves when handling dies and the cutting board; the stroke itself is made with bare "
            "hands on the buttons.",
        ],
    ),
    ("h", "3. Force and depth settings"),
    (
        "cols",
        [
            ("h", "Cutting force needed"),
            (
                "p",
                "Required force (kN) = length of the die's cutting edge (mm) x specific cutting force (N/mm) / 1000. "
                "Set the working pressure for the required force plus 20 %, and never above 160 bar.",
            ),
            ("h", "Specific cutting force"),
            (
                "p",
                "Chrome-tanned upper leather up to 1.6 mm: 80 N/mm. Chrome-tanned leather 1.6-2.5 mm: 110 N/mm. "
                "Vegetable-tanned sole leather 3-5 mm: 250 N/mm. Coated fabrics and synthetic upper materials: "
                "60 N/mm per layer, with no more than four layers at once. Other materials (EVA, rubber, cork, "
                "board) are not covered here; ask Fustavio service before cutting them.",
            ),
            ("h", "Pressure from force"),
            (
                "p",
                "Working pressure (bar) = force (kN) / force factor, the factor being 1.227 (FCP-20) or 1.539 "
                "(FCP-25). Example: an insole die with 900 mm of edge in 2.0 mm chrome leather needs 900 x 110 / "
                "1000 = 99 kN, plus 20 % = 119 kN: set about 97 bar on the FCP-20 or 77 bar on the FCP-25.",
            ),
            ("h", "Die position"),
            (
                "p",
                "The whole die must lie under the beam. A die that needs more than 50 % of the rated force must be "
                "placed with its centre within 100 mm of the centre of the beam; otherwise the beam tilts and the "
                "bearing of the swing column is overloaded.",
            ),
            ("h", "Cutting depth"),
            (
                "p",
                "The die should enter the board by 0.1-0.3 mm, never more than 0.5 mm. The depth handwheel moves the "
                "lower stop by 0.5 mm per turn; one of its 50 divisions is 0.01 mm. A deeper setting does not cut "
                "better: it wears the board and blunts the die.",
            ),
            ("h", "Board wear"),
            (
                "p",
                "Shift the board on the table every day and turn it over every week so that the cuts spread. "
                "Plane it when the grooves are deeper than 1.5 mm. A board planed down to 30 mm must be replaced.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it and press RESET."],
            ["A02", "Motor overload", "Motor protection tripped: low voltage, a phase missing or the pump jammed."],
            [
                "A03",
                "Phase sequence",
                "Phases swapped or one lost. Have an electrician swap two phases at the supply plug, never at the "
                "motor.",
            ],
            [
                "A04",
                "Two-hand timing",
                "The two buttons were not pressed within 0.5 s of each other, or one was released during the "
                "stroke. Release both and start again.",
            ],
            [
                "A05",
                "Oil temperature",
                "Oil above 65 °C. Stop cutting, let the oil cool and check the cooler and the oil level.",
            ],
            ["A06", "Oil level low", "Level switch open. Top up with HLP 46 to the middle of the sight glass."],
            [
                "A08",
                "Pressure not reached",
                "The set pressure was not reached within 3 s: pump worn, relief valve leaking or the set pressure "
                "above 160 bar.",
            ],
            ["A09", "Beam position", "Top position sensor not reached after the stroke. Check the sensor gap of 2 mm."],
            ["A10", "Swing brake", "Swing brake did not release. Check the 24 V supply to the brake coil."],
            ["A11", "Service due", "2000 h or 12 months since the last service. The press still works."],
            ["A12", "Depth encoder", "Encoder of the depth handwheel not counting. Cutting depth unknown: stop."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Die does not cut through on one side",
                "Board grooved or worn unevenly, die not flat, or die placed far off the beam centre",
                "Shift or turn the board, plane it if the grooves exceed 1.5 mm; check the die on a surface plate",
            ],
            [
                "Die does not cut through anywhere",
                "Pressure set too low for the die, or cutting depth set above the board",
                "Work out the force (section 3) and lower the depth by a few divisions",
            ],
            [
                "Board wears out within days",
                "Cutting depth too deep, more than 0.5 mm into the board",
                "Reset the depth to 0.1-0.3 mm (section 6)",
            ],
            [
                "Beam sinks slowly at the top",
                "Check valve or cylinder seal leaking",
                "Call Fustavio service; do not use the press",
            ],
            [
                "Beam hard to swing",
                "Swing column bearing dry, or swing brake dragging",
                "Grease the swing column (section 10); check the brake air gap",
            ],
            [
                "A05 after an hour of cutting",
                "Oil cooler blocked with dust, oil level low, or pressure set higher than the job needs",
                "Clean the cooler fins, top up the oil, set the pressure from the die",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up a die and the cutting depth"),
    (
        "ol",
        [
            "Switch on and let the press run without cutting until the oil is above 30 °C.",
            "Work out the force needed for the die and the material (section 3) and set the working pressure on "
            "the pressure knob; read it on the gauge.",
            "Turn the depth handwheel anticlockwise by two turns so that the first stroke stops above the board.",
            "Lay a piece of the material on the board, place the die on it with the cutting edge down and swing the "
            "beam over the die.",
            "Make one stroke with the two-hand control.",
            "If the die has not cut through, turn the handwheel clockwise by five divisions (0.05 mm) and make "
            "another stroke. Repeat until the cut is clean all round.",
            "Check the board: the die mark must be a fine line, 0.1-0.3 mm deep.",
            "Press SET DEPTH to store the depth for this die height.",
        ],
    ),
    ("h", "7. Turning and replacing the cutting board"),
    (
        "ol",
        [
            "Swing the beam fully to the rear and switch off the main switch.",
            "Loosen the four board clamps at the table edges with the 17 mm spanner.",
            "Lift the board off with two people (a new 40 mm board of the FCP-25 weighs about 23 kg).",
            "Clean the table and check it for chips and dies left under the board.",
            "Turn the board over, or fit a new board FSP-CB-20 (FCP-20) or FSP-CB-25 (FCP-25).",
            "Push the board against the rear stops and tighten the clamps to 40 Nm.",
            "Switch on and reset the cutting depth for every die height in use (section 6): a new or turned board "
            "is at a different height.",
        ],
    ),
    ("h", "8. Daily checks"),
    (
        "ul",
        [
            "Two-hand control: press one button only, then both with more than 0.5 s between them; in both cases "
            "the beam must not move (A04 shows in the second case).",
            "Emergency stop: press it during a stroke; the beam must stop at once.",
            "Oil level in the sight glass, and no oil on the floor or the table.",
            "Board clamps tight, board free of chips and staples.",
        ],
    ),
    ("h", "9. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Run the press for 10 min to warm the oil, then lower the beam onto a wooden block on the board.",
            "Switch off and lock the main switch.",
            "Place a container of at least 60 L under the drain plug and drain the tank.",
            "Unscrew the return filter bowl and replace the element FSP-RF-10.",
            "Refit the drain plug with a new seal.",
            "Fill with HLP 46 through the filler filter: 38 L (FCP-20) or 52 L (FCP-25).",
            "Start the press and make 10 strokes without cutting to bleed the cylinder.",
            "Top up to the middle of the sight glass and reset the service counter (A11).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Daily checks (section 8); clean the board and the table"],
            ["Weekly", "Turn the board; grease the swing column, two nipples, two strokes each"],
            ["Monthly", "Clean the oil cooler fins; check the hoses for chafing"],
            ["2000 h or 12 months, whichever comes first", "Replace the return filter element; Fustavio service (A11)"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil (section 9)"],
            ["12 months", "Inspection by a competent person under national rules (the site)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FCP-20", "FCP-25"],
            ["Cutting board, polyethylene 40 mm", "FSP-CB-20", "FSP-CB-25"],
            ["Two-hand control button, complete", "FSP-TH-01", "FSP-TH-01"],
            ["Return filter element 10 micron", "FSP-RF-10", "FSP-RF-10"],
            ["Cylinder seal kit", "FSP-SK-125", "FSP-SK-140"],
            ["Depth encoder", "FSP-DE-02", "FSP-DE-02"],
            ["Directional valve solenoid 24 V DC", "FSP-SV-24", "FSP-SV-24"],
        ],
        (80, 45, 45),
    ),
]
# ---------------------------------------------------------------- Puntavera TLM toe lasting machines
PUNTAVERA = [
    ("title", "Puntavera TLM Toe Lasting Machines\nOperator and Maintenance Manual - TLM-7 and TLM-9"),
    (
        "p",
        "Document PVA-OM-TLM-02, Edition 5, November 2024. Puntavera Lasting Machines. The TLM-7 and TLM-9 are "
        "hydraulic toe lasting machines with hot-melt cementing. The operator places the upper, mounted on its "
        "last with the insole, on the toe rest; the pincers grip the lasting allowance and pull the upper over the "
        "last, the nozzles lay a bead of hot-melt cement on the insole margin, and the wipers fold the allowance "
        "over and press it onto the cement. The TLM-7 has seven pincers and is meant for ladies' and men's fashion "
        "shoes; the TLM-9 has nine pincers and stronger pulls for heavier uppers and boots. Apart from the values "
        "given for each model, the two machines are built alike. The heel seat and the side lasting are done on "
        "other machines with their own manuals. The lasts, the thermoplastic toe puffs and the hot-melt cement are "
        "supplied by others, with their own data sheets.",
    ),
    (
        "warn",
        "WARNING: The pincers and wipers close with great force. Keep your fingers out of the pincer and wiper "
        "area; start a cycle only with the foot pedal and both hands on the upper. The cement tank and nozzles "
        "reach 220 °C: wear heat-resistant gloves when cleaning them.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TLM-7", "TLM-9"],
            ["Number of pincers", "7", "9"],
            ["Last sizes (EU), with the standard toe rests", "34-46", "36-48"],
            ["Maximum total upper thickness at the toe, upper + lining + toe puff", "4.5 mm", "6.0 mm"],
            ["Maximum pull per pincer (setting 100 %)", "450 N", "600 N"],
            ["Hydraulic working pressure", "70 bar", "90 bar"],
            ["Hydraulic oil HLP 32, tank capacity", "25 L", "32 L"],
            ["Typical cycle time", "9 s", "11 s"],
            ["Hot-melt cement tank capacity", "1.2 kg", "1.6 kg"],
            ["Cement nozzles", "5", "7"],
            ["Cement temperature range", "170-220 °C", "170-220 °C"],
            ["Heat-up time of the cement tank from 20 °C", "25 min", "30 min"],
            ["Motor 400 V 3~ 50 Hz", "1.5 kW", "2.2 kW"],
            ["Heating power (tank, hoses and nozzles)", "1.6 kW", "2.0 kW"],
            ["Compressed air, 6-8 bar, consumption per cycle", "10 NL", "14 NL"],
            ["Mass", "980 kg", "1160 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Uppers with steel or composite safety toe caps are lasted on the TLM-9 only, and only with the safety "
        "toe cap kit PVA-9-SC fitted; the settings for such uppers are given in the kit's own instructions, not "
        "here. The TLM-7 must not be used for safety footwear.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. The setter alone changes toe rests, pincer jaws and "
            "settings in the SET menu.",
            "The light guard in front of the wipers stops the cycle when it is interrupted during the wiper stroke "
            "(L02).",
            "Never clean the nozzles with a metal tool while the tank is heating; use the brass brush supplied.",
            "Hot-melt cement fumes: run the fume hood whenever the tank is above 100 °C.",
            "Switch off and lock the main switch before working in the pincer or wiper area.",
        ],
    ),
    ("h", "3. Lasting settings"),
    (
        "cols",
        [
            ("h", "Cement temperature"),
            (
                "p",
                "Set the temperature given on the cement maker's data sheet. Without one, use 195 °C for polyamide "
                "hot-melt and 205 °C for polyester hot-melt. Never set more than 220 °C: the cement chars, and the "
                "overheat cut-out trips at 235 °C (L05).",
            ),
            ("h", "Pincer pull"),
            (
                "p",
                "The pull is set in percent of the maximum. Start every new article at 40 % and raise it in 5 % "
                "steps until the upper lies smooth on the last. Usual values: upper leather 1.2-2.0 mm, 45-60 %; "
                "textile uppers, 30-35 %; patent or PU-coated uppers, no more than 40 %.",
            ),
            ("h", "Pull in newtons"),
            (
                "p",
                "Pull per pincer (N) = setting (%) / 100 x maximum pull, the maximum being 450 N (TLM-7) or 600 N "
                "(TLM-9). A setting of 50 % is 225 N on the TLM-7 and 300 N on the TLM-9.",
            ),
            ("h", "Lasting allowance"),
            (
                "p",
                "The pincers need a lasting allowance at the toe of 14-18 mm, measured from the feather line of the "
                "last. With less than 12 mm they slip; with more than 20 mm the wipers fold a pleat.",
            ),
            ("h", "Wiper dwell"),
            (
                "p",
                "Default 2.5 s, settable 1.5-4.0 s. Thick toe puffs and uppers over 3 mm need at least 3.0 s so that "
                "the cement sets under the wipers.",
            ),
            ("h", "Cement bead"),
            (
                "p",
                "The bead should be 2-3 mm wide and lie 3 mm inside the feather edge of the insole. Adjust the "
                "nozzle height so that the nozzles clear the insole by 1 mm.",
            ),
            ("h", "Toe puffs"),
            (
                "p",
                "Thermoplastic toe puffs must be activated in the toe puff activator before lasting; its "
                "temperature and time are given in its own manual and by the toe puff maker.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["L02", "Light guard", "Light guard interrupted during the wiper stroke. Clear the area and restart."],
            [
                "L03",
                "Cement too cold",
                "Cement more than 15 °C below the set temperature. The cycle is blocked until it has heated up.",
            ],
            ["L04", "Cement sensor", "Tank or nozzle temperature sensor open or short-circuited."],
            [
                "L05",
                "Cement overheat",
                "Overheat cut-out tripped at 235 °C. Let the tank cool, find the cause (sensor, contactor) before "
                "resetting.",
            ],
            ["L06", "Cement low", "Less than 0.2 kg in the tank. Refill with granules (section 7)."],
            ["L07", "Oil temperature", "Hydraulic oil above 60 °C. Check the cooler fan and the oil level."],
            ["L08", "Air pressure", "Compressed air below 5.5 bar at the machine inlet."],
            ["L09", "Pincer jaw", "A pincer did not close on the upper: jaw worn, allowance too short or sensor dirty."],
            ["L11", "Wiper position", "Wiper home sensor not reached. Check for cement build-up on the wiper plates."],
            ["L12", "Motor overload", "Motor protection tripped: low voltage or a phase missing."],
            ["L13", "Service due", "1500 h or 6 months since the last service. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pincers slip off the upper",
                "Lasting allowance too short, worn pincer jaws, or pull too high",
                "Check the allowance is 14-18 mm; replace the jaws (section 8); lower the pull by 5 %",
            ],
            [
                "Upper torn at a pincer",
                "Pull too high for the material, or a sharp burr on the jaw",
                "Lower the pull by 5 %; stone or replace the jaw",
            ],
            [
                "Pleats or wrinkles at the toe",
                "Pincer positions uneven, dwell too short, or the toe puff not activated",
                "Set the pincer heights to the last; raise the dwell; check the activator",
            ],
            [
                "Cement strings between the shoes",
                "Cement too cold, or the nozzles set too high",
                "Check the temperature on the display; reset the nozzle height to 1 mm",
            ],
            [
                "Toe lifts off the insole after lasting",
                "Cement too cold, a nozzle blocked, or the dwell too short",
                "Clean the nozzles (section 6); raise the dwell to 3.0 s",
            ],
            [
                "Last tilts on the toe rest",
                "Toe rest not set for the size, or the heel support too low",
                "Reset the toe rest and heel support (section 9)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cleaning the cement nozzles"),
    (
        "ol",
        [
            "Leave the tank at its working temperature; the nozzles must be hot for cleaning.",
            "Select SET > NOZZLES > PURGE: each nozzle pushes out cement for 3 s into the tray below.",
            "Watch each nozzle: a nozzle that gives a thin or broken bead is partly blocked.",
            "Put on heat-resistant gloves and switch the machine to SETTING mode (key switch).",
            "Unscrew the blocked nozzle tip with the 10 mm socket and place it in the hot tip holder.",
            "Push the cleaning needle PVA-CN-08 through the tip bore, then brush the tip with the brass brush.",
            "Refit the tip hand tight plus a quarter turn; never use more force on a hot thread.",
            "Purge again and check that all beads are even.",
            "Wipe the wiper plates clean of cement and switch back to RUN.",
        ],
    ),
    ("h", "7. Filling the cement tank"),
    (
        "ol",
        [
            "Use only the cement type the temperature is set for; never mix polyamide and polyester cement.",
            "Open the tank lid with the lid lever; keep your face away from the opening.",
            "Fill granules up to the MAX mark, no more than 1.2 kg (TLM-7) or 1.6 kg (TLM-9).",
            "Close the lid; wait 10 min before the next purge so the new granules melt.",
            "When changing to another cement type, run the tank empty, purge until the new cement comes out clear "
            "and change the set temperature.",
        ],
    ),
    ("h", "8. Replacing a pincer jaw"),
    (
        "ol",
        [
            "Switch off and lock the main switch; let the hydraulic pressure fall (gauge at 0 bar).",
            "Open the pincer head cover.",
            "Remove the jaw pin with the 4 mm drift and take out the worn upper and lower jaws as a pair.",
            "Fit new jaws PVA-PJ-01 and a new pin; the serrations must face each other.",
            "Close the cover, switch on and make three cycles on a scrap upper to check the grip.",
        ],
    ),
    ("h", "9. Setting up for a new last"),
    (
        "ol",
        [
            "Select the article in the ARTICLE menu, or create a new one with the pull at 40 %.",
            "Place the last with insole on the toe rest and lower the heel support onto the heel until the insole "
            "lies level.",
            "Adjust the toe rest height so that the feather line at the toe is 2 mm above the wiper plates.",
            "Set each pincer height so that the jaws meet the allowance at its middle.",
            "Make a cycle with a trial upper, inspect the toe and adjust the pull and dwell.",
            "Store the article.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h or at each change of cement type, whichever comes first", "Purge and check the nozzles (section 6)"],
            ["Daily", "Clean the wiper plates; check the oil level and the air filter bowl"],
            ["Weekly", "Check the pincer jaws for wear; grease the toe rest slide"],
            ["1500 h or 6 months, whichever comes first", "Puntavera service (L13): hoses, seals, wiper guides"],
            ["3000 h", "Change the hydraulic oil and the filter"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The tank heater cartridges and the hydraulic pump are replaced by Puntavera service only; their "
        "procedures are in the service manual PVA-SM-TLM, which is not issued to users.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TLM-7", "TLM-9"],
            ["Pincer jaw set (upper and lower)", "PVA-PJ-01", "PVA-PJ-01"],
            ["Nozzle tip 1.2 mm", "PVA-NT-12", "PVA-NT-12"],
            ["Nozzle cleaning needle", "PVA-CN-08", "PVA-CN-08"],
            ["Wiper plate pair", "PVA-WP-7", "PVA-WP-9"],
            ["Tank heater cartridge", "PVA-HC-400", "PVA-HC-500"],
            ["Safety toe cap kit", "-", "PVA-9-SC"],
        ],
        (80, 45, 45),
    ),
]
# ---------------------------------------------------------------- Adherra ACR-60 sole cementing and reactivation oven
ADHERRA = [
    ("title", "Adherra ACR-60 Sole Cementing and Reactivation Oven\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document ADH-OI-ACR60-01, Edition 2, June 2025. Adherra Thermal Systems. The ACR-60 is a conveyor oven for "
        "the cementing room of a shoe factory. At the loading end two operators brush cement onto the lasted "
        "uppers and the soles and place them on the mesh belt. The belt carries them through two hot-air drying "
        "zones, where the solvent or water evaporates, and then through an infrared zone that reactivates the "
        "dried cement film just before the sole is laid on and pressed. The sole press, the cement and the "
        "primers are not part of the oven; they have their own manuals and data sheets. The exhaust duct, the "
        "exhaust fan beyond the oven outlet and the explosion protection document of the cementing room are the "
        "site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Solvent vapour from cement is highly flammable. Never run the heaters without the exhaust. Never "
        "bring cement tins, brushes soaked in solvent or cleaning solvent into the drying or infrared zones.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ACR-60"],
            ["Overall length of the conveyor", "6.0 m"],
            ["Belt width (PTFE-coated glass fibre mesh)", "600 mm"],
            ["Loading and cementing station length", "0.8 m"],
            ["Drying zones 1 and 2, total heated length", "3.6 m"],
            ["Infrared reactivation zone length", "0.8 m"],
            ["Unloading table length", "0.8 m"],
            ["Belt speed, adjustable", "0.3-2.5 m/min"],
            ["Hot-air temperature, each drying zone", "30-80 °C"],
            ["Hot-air heaters", "2 x 4.5 kW"],
            ["Infrared emitters, medium wave quartz, power 0-100 %", "8 x 1.0 kW"],
            ["Recirculation fans", "2 x 0.55 kW"],
            ["Total connected load, 400 V 3N~ 50 Hz", "18.5 kW"],
            ["Supply fuse", "32 A gL"],
            ["Exhaust outlet, minimum exhaust airflow at 250 Pa", "DN 200, 900 m³/h"],
            ["Clear height above the belt", "180 mm"],
            ["Mass", "740 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "Pairs per hour = belt speed (m/min) x 60 / pitch between pairs on the belt (m). At 0.9 m/min and a pitch "
        "of 0.4 m the oven passes 135 pairs per hour.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The exhaust must run before the heaters can be switched on. An airflow switch in the outlet holds the "
            "heaters off below 150 Pa (H02).",
            "A solvent vapour (LEL) sensor in the exhaust warns at 10 % LEL (H03). At 20 % LEL it switches off the "
            "heaters, the infrared zone and the belt (H04); the exhaust keeps running.",
            "Use no more than 1.2 L of solvent-based cement per hour on the loading station.",
            "The infrared zone surfaces reach 150 °C. Keep the guards closed while the oven is hot.",
            "Clean the belt only with the oven cold and the main switch locked.",
        ],
    ),
    ("h", "3. Process settings"),
    (
        "cols",
        [
            ("h", "Drying time"),
            (
                "p",
                "The cement film must be dry before reactivation. Minimum drying times in the heated zones: "
                "solvent-based PU cement, 4 min at 50-60 °C; solvent-based polychloroprene (CR) cement, 5 min at "
                "45-55 °C; water-based PU cement, 7 min, and the hot air must be at least 60 °C. For other cements "
                "(two-component, hot-melt, primers) follow the cement maker's data sheet.",
            ),
            ("h", "Belt speed"),
            (
                "p",
                "Belt speed (m/min) = heated length 3.6 m / drying time (min). This gives 0.9 m/min for solvent PU, "
                "0.7 m/min for CR and 0.5 m/min for water-based cement. Never run faster than the drying time "
                "allows; running slower is allowed.",
            ),
            ("h", "Reactivation temperature"),
            (
                "p",
                "Measure the surface of the cement film at the exit of the infrared zone. PU cement on rubber, TR, "
                "PU and leather soles: 60-70 °C. CR cement: 75-85 °C. PVC soles and EVA soles deform when hot: no "
                "more than 55 °C on their surface.",
            ),
            ("h", "Infrared power"),
            (
                "p",
                "Start at 60 % at 0.9 m/min and adjust in 5 % steps until the surface is within the range. A slower "
                "belt needs less power.",
            ),
            ("h", "Open time"),
            (
                "p",
                "Lay the sole on and press within 30 s of the infrared exit for PU cement and within 60 s for CR "
                "cement. Pressing is covered in the manual of the sole press.",
            ),
            ("h", "Cement film"),
            (
                "p",
                "Brush an even film; a film thicker than 0.2 mm dry does not dry in the times above and blisters.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed or a guard opened. Close it, release and press RESET."],
            [
                "H02",
                "Exhaust airflow low",
                "Outlet pressure below 150 Pa: exhaust fan off, damper closed or duct blocked. Heaters off.",
            ],
            ["H03", "LEL warning", "Solvent vapour at 10 % LEL. Reduce the cement used; check the exhaust."],
            [
                "H04",
                "LEL alarm",
                "Solvent vapour at 20 % LEL. Heaters, infrared and belt off, exhaust running. Find the cause before "
                "restarting.",
            ],
            [
                "H05",
                "Drying zone overtemperature",
                "Safety limiter of a drying zone tripped at 95 °C. Reset on the limiter after the cause is found.",
            ],
            ["H07", "Infrared zone overtemperature", "Infrared housing above 120 °C: belt stopped with the emitters on."],
            ["H08", "Belt drive", "Belt not moving or slipping on the drive drum. Check the belt tension."],
            ["H09", "Belt tracking", "Belt edge switch reached. Correct the tracking (section 9)."],
            ["H10", "LEL sensor fault", "Sensor signal below 3.5 mA or above 21 mA. The heaters stay off."],
            ["H11", "Emitter failure", "Current of an emitter group too low: a tube has failed (section 6)."],
            ["H12", "Service due", "2000 h or 12 months since the last Adherra service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Soles come off after pressing, cement looks dull",
                "Cement not reactivated: surface below the range, or too long before pressing",
                "Check the surface temperature (section 8); press within the open time",
            ],
            [
                "Small bubbles or blisters in the cement film",
                "Film not dry when reactivated: belt too fast or film too thick",
                "Lower the belt speed for the cement; brush a thinner film",
            ],
            [
                "PVC or EVA soles shrink or warp",
                "Surface above 55 °C",
                "Lower the infrared power in 5 % steps",
            ],
            [
                "Solvent smell at the loading end",
                "Exhaust airflow low or the loading hood blocked",
                "Check the outlet pressure on the display; clean the hood grille",
            ],
            [
                "Belt runs to one side, H09",
                "Tracking out after a belt change or dirt on the drums",
                "Clean the drums; correct the tracking (section 9)",
            ],
            [
                "Emitter group H11 after start-up",
                "A broken quartz tube",
                "Replace the emitter (section 6)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Replacing an infrared emitter"),
    (
        "ol",
        [
            "Switch off the heaters and let the oven run with the exhaust for 15 min to cool.",
            "Switch off and lock the main switch.",
            "Open the infrared zone hood with the two quarter-turn locks.",
            "Find the failed emitter: the display shows the group (1-4); each group has two tubes.",
            "Put on clean cotton gloves; never touch the quartz with bare hands.",
            "Unplug the two end caps and lift the tube out of its holders.",
            "Fit the new emitter ADH-IR-1000 with the gold reflector facing away from the belt.",
            "Plug in the end caps, close the hood and switch on.",
            "Run the infrared zone at 30 % for 5 min to burn off any film, then check that H11 has cleared.",
        ],
    ),
    ("h", "7. Starting and stopping the oven"),
    (
        "ol",
        [
            "Check that the belt is clean and nothing lies in the zones.",
            "Switch on the exhaust and wait until the display shows the airflow OK (at least 150 Pa).",
            "The oven purges the zones for 3 min; the heaters cannot be switched on before.",
            "Select the programme for the cement in use, or set the drying temperature and the belt speed.",
            "Switch on the heaters; the drying zones reach their setpoint in about 15 min.",
            "Switch on the infrared zone and check the surface temperature with a first trial pair.",
            "To stop, switch off the infrared zone and the heaters; belt and exhaust run on for 10 min to cool "
            "the oven, then stop by themselves.",
        ],
    ),
    ("h", "8. Checking the reactivation temperature"),
    (
        "ol",
        [
            "Use the contact thermometer ADH-CT-1 or an infrared thermometer set to an emissivity of 0.95.",
            "Run a cemented trial sole through the oven at the production speed.",
            "Measure the cement surface within 5 s of the infrared exit, at the forepart and at the heel.",
            "Compare with the range for the cement and the sole material (section 3).",
            "Adjust the infrared power in 5 % steps and repeat until both readings are within range.",
            "Record the setting in the programme.",
        ],
    ),
    ("h", "9. Correcting the belt tracking"),
    (
        "ol",
        [
            "Let the oven cool with the heaters off, then run the belt empty at 1.0 m/min.",
            "Watch the belt at the tail drum for one full turn of the belt (about 12.5 m) and note the side it "
            "runs to.",
            "On the side the belt runs to, turn the tail drum adjusting screw a quarter turn clockwise; this moves "
            "the belt back towards the centre.",
            "Wait one full belt turn (about 13 min at 1.0 m/min) before the next correction.",
            "Repeat until the belt edge stays at least 20 mm from both edge switches.",
            "Lock the adjusting screws with their lock nuts and reset H09.",
            "If the belt keeps running off after three corrections, check the belt for a skewed splice and call "
            "Adherra service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Scrape cement drips from the belt and the drip trays; check the outlet airflow"],
            ["Weekly", "Clean the loading hood grille and the recirculation filters"],
            ["Monthly", "Clean the infrared reflectors; check the belt tension and tracking"],
            ["6 months", "LEL sensor calibration by the gas detector maker's service (not described here)"],
            ["2000 h or 12 months, whichever comes first", "Adherra service (H12): safety limiters, fans, drive"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Infrared emitter 1.0 kW, gold reflector", "ADH-IR-1000"],
            ["Hot-air heater element 4.5 kW", "ADH-HE-45"],
            ["Mesh belt 600 mm, endless", "ADH-MB-600"],
            ["Recirculation filter mat, set of 2", "ADH-RF-02"],
            ["Contact thermometer", "ADH-CT-1"],
            ["Safety limiter 95 °C", "ADH-SL-95"],
            ["LEL sensor head (exchange unit)", "ADH-LS-20"],
        ],
        (110, 60),
    ),
]
# ---------------------------------------------------------------- Duromell DI direct injection sole moulding machines
DUROMELL = [
    ("title", "Duromell DI Rotary PU Direct Injection Machines\nOperation Manual - DI-12 and DI-18"),
    (
        "p",
        "Document DML-OM-DI-07, Edition 2, February 2025. Duromell Injection Systems. The DI-12 and DI-18 mould "
        "polyurethane soles directly onto lasted uppers. Each station of the rotary table carries a mould (two "
        "side rings and a sole plate) and a last holder; the operator loads a roughed, lasted upper on the last "
        "holder, the mould closes around it, and the low-pressure mixing head injects the mixed polyol and "
        "isocyanate into the mould cavity. The table turns on while the PU cures, and the shoe is demoulded one "
        "revolution later. The DI-12 has 12 stations and the DI-18 has 18; apart from the values given for each "
        "model, the machines are built alike. The PU system (polyol and isocyanate) and its data sheet come from "
        "the system supplier, the moulds from the mould maker, and the water temperature control units and the "
        "dry air unit have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Isocyanate is a respiratory sensitiser. Wear gloves and goggles when handling it, keep the "
        "exhaust at the mixing head running, and never open an isocyanate line under pressure. Air monitoring of "
        "the workplace is arranged by the site's occupational hygienist.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DI-12", "DI-18"],
            ["Number of stations", "12", "18"],
            ["Table diameter", "4.2 m", "5.6 m"],
            ["Mixing head output (polyol + isocyanate), adjustable", "20-80 g/s", "30-120 g/s"],
            ["Maximum shot weight", "400 g", "600 g"],
            ["Mould clamping force per station", "60 kN", "80 kN"],
            ["Stirrer speed of the mixing head", "5000-18000 rpm", "5000-18000 rpm"],
            ["Working tank, polyol", "150 L", "250 L"],
            ["Working tank, isocyanate", "75 L", "125 L"],
            ["Tank and line temperature range", "20-60 °C", "20-60 °C"],
            ["Mould temperature range (water)", "30-70 °C", "30-70 °C"],
            ["Shortest station time (index + injection)", "10 s", "8 s"],
            ["Compressed air, dry, 6-8 bar", "600 NL/min", "850 NL/min"],
            ["Tank blanket, dry air or nitrogen, dew point", "-40 °C or lower", "-40 °C or lower"],
            ["Connected load 400 V 3N~ 50 Hz", "45 kW", "62 kW"],
            ["Mass", "7800 kg", "11 400 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The table turns automatically. The safety fence doors stop the table when opened (P02); load and "
            "unload only at the loading window.",
            "The mixing head moves to each station. Never reach between the head and the mould.",
            "Flushing agent DF-7 is flammable: no naked flames within 5 m of the machine.",
            "Isocyanate spills: cover with the neutraliser kept at the machine, never with water only.",
            "Before working on a mould, set the station to MAINT with the key switch; the table will not index.",
        ],
    ),
    ("h", "3. Process settings"),
    (
        "cols",
        [
            ("h", "Component temperatures"),
            (
                "p",
                "For polyester PU systems: polyol 40-45 °C, isocyanate 35-40 °C. For polyether and other systems, "
                "use the temperatures on the system supplier's data sheet; they are not given here.",
            ),
            ("h", "Mould temperature"),
            (
                "p",
                "45-55 °C at the mould surface. The water temperature set on the control unit is about 5 °C higher "
                "than the mould surface.",
            ),
            ("h", "Mix ratio"),
            (
                "p",
                "Set the ratio by weight from the system supplier's data sheet. A ratio check (section 7) must agree "
                "with the set ratio within ±1 %. The machine flow meters alarm at a difference of 2 % (P08).",
            ),
            ("h", "Shot weight"),
            (
                "p",
                "Shot weight (g) = sole volume (cm³) x moulded density (g/cm³) x 1.05, the 5 % being the overfill "
                "for venting. Example: a sole of 190 cm³ at 0.55 g/cm³ needs 190 x 0.55 x 1.05 = 110 g. Shot time "
                "(s) = shot weight / output; 110 g at 50 g/s is 2.2 s. Keep the shot time between 1.0 s and 8.0 s; "
                "outside this range change the output.",
            ),
            ("h", "Demould time"),
            (
                "p",
                "For polyester PU of 0.55 g/cm³ in a mould at 50 °C, at least 3 min 30 s from injection to "
                "demoulding. Lower densities and colder moulds need longer; the supplier gives the figures.",
            ),
            ("h", "Station time"),
            (
                "p",
                "One table revolution (stations x station time) must last at least the demould time. Examples: "
                "DI-12 at 20 s per station, 240 s per revolution, 90 pairs per hour; DI-18 at 12 s, 216 s per "
                "revolution, 150 pairs per hour.",
            ),
            ("h", "Flushing"),
            (
                "p",
                "After every shot the head is blown out with air and flushed with 0.6 g of flushing agent DF-7. "
                "After a stop of more than 10 min the head is flushed twice before the next shot.",
            ),
        ],
    ),
    ("h", "4. Process alarms"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. Release it, check the head is flushed, press RESET."],
            ["P02", "Fence door open", "A fence door opened: table and head stop. Close it and press RESET."],
            ["P03", "Polyol temperature", "Polyol more than 3 °C off its setpoint. Injection blocked."],
            ["P04", "Isocyanate temperature", "Isocyanate more than 3 °C off its setpoint. Injection blocked."],
            ["P05", "Mould temperature", "A mould more than 5 °C off its setpoint. The station is skipped."],
            ["P06", "Polyol tank low", "Polyol below 20 % of the tank. Refill from the day tank."],
            ["P07", "Isocyanate tank low", "Isocyanate below 20 % of the tank. Refill under dry blanket only."],
            [
                "P08",
                "Ratio deviation",
                "The flow meters differ from the set ratio by more than 2 %. Make a ratio check (section 7).",
            ],
            [
                "P09",
                "Pump pressure high",
                "Pump pressure above 60 bar: line filter clogged or a valve not opening.",
            ],
            ["P10", "Stirrer", "Stirrer speed more than 500 rpm off the setpoint, or the stirrer belt broken."],
            ["P12", "Table index", "Table did not reach its station position within 2 s. Check the index pin."],
            ["P13", "Flushing agent low", "Flushing agent tank below 1 L."],
            ["P14", "Service due", "2500 h or 12 months since the last Duromell service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Soles sticky, with soft spots",
                "Ratio off (too much polyol), or poor mixing at low stirrer speed",
                "Make a ratio check (section 7); check the stirrer speed",
            ],
            [
                "Soles hard and brittle, crack when flexed",
                "Too much isocyanate",
                "Make a ratio check; check the isocyanate temperature",
            ],
            [
                "Short shot, toe not filled",
                "Shot weight too low, vent blocked or output too low",
                "Recalculate the shot weight; clean the vents",
            ],
            [
                "Pinholes and bubbles in the skin",
                "Moisture in the tanks or the release agent, or the mould too cold",
                "Check the dew point of the blanket; let release agent flash off; check P05",
            ],
            [
                "Heavy flash on the upper",
                "Overfill too high, or the upper not sealing on the side rings",
                "Lower the shot weight; check the lasting and the ring seal",
            ],
            [
                "Sole does not bond to the upper",
                "Upper not roughed, or release agent on the upper",
                "Check the roughing; spray release agent on the mould only",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start of shift"),
    (
        "ol",
        [
            "Check the tank levels and the blanket pressure on the isocyanate tank (0.1-0.2 bar).",
            "Switch on the temperature control; wait until polyol, isocyanate and moulds are within their bands.",
            "Start the recirculation of both components for at least 10 min.",
            "Flush the head twice and shoot one trial shot into a cup; check colour and rise.",
            "Spray release agent into the moulds and let it flash off for at least 30 s.",
            "Load the first uppers and start AUTO.",
        ],
    ),
    ("h", "7. Ratio check"),
    (
        "ol",
        [
            "Select SERVICE > RATIO. The head moves to the service position.",
            "Fit the two separate sampling nozzles DML-SN-2 in place of the mixing chamber.",
            "Place a tared cup under each nozzle.",
            "Press SHOT: the machine delivers both components separately for 5 s.",
            "Weigh the cups on a scale reading to 0.1 g.",
            "Ratio = isocyanate mass / polyol mass x 100. Compare it with the set ratio: it must agree within "
            "±1 %.",
            "If not, correct the pump speed factor in SERVICE > RATIO > TRIM and repeat from step 3.",
            "Refit the mixing chamber, flush the head twice and make a trial shot.",
            "Return the sampled components to the isocyanate and polyol waste drums, never to the tanks.",
        ],
    ),
    ("h", "8. Changing a mould"),
    (
        "ol",
        [
            "Run the station to the loading window and set it to MAINT.",
            "Let the mould cool to below 40 °C or wear heat-resistant gloves.",
            "Close the water valves of the station and disconnect the quick couplings.",
            "Release the four side ring clamps and lift out the side rings with the lifting handles.",
            "Remove the sole plate (two M10 screws).",
            "Fit the new sole plate and side rings; tighten the clamps.",
            "Connect the water, open the valves and wait until P05 has cleared.",
            "Enter the new mould number; the shot weight of that mould is loaded.",
        ],
    ),
    ("h", "9. Cleaning the mixing chamber"),
    (
        "ol",
        [
            "Flush the head twice and stop the recirculation.",
            "Set the head to MAINT with the key switch and close both component valves at the head.",
            "Put on gloves and goggles and place the drip tray under the head.",
            "Undo the union nut and pull the mixing chamber down off the stirrer.",
            "Soak the chamber in flushing agent DF-7 for at least 30 min and clear the outlet bore with the "
            "cleaning pin; never use a drill.",
            "Check the stirrer for cured PU on the blades and clean it the same way.",
            "Refit the chamber with a new O-ring and tighten the union nut by hand.",
            "Open the component valves, flush twice and make a trial shot into a cup.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the mixing head outside; check the flushing agent and release agent levels"],
            ["Weekly", "Ratio check (section 7); clean the mould vents; check the stirrer belt"],
            ["Monthly", "Replace the line filters; check the dew point of the tank blanket"],
            ["2500 h or 12 months, whichever comes first", "Duromell service (P14): pumps, seals, table drive"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DI-12", "DI-18"],
            ["Mixing chamber with stirrer", "DML-MC-80", "DML-MC-120"],
            ["Mixing chamber O-ring", "DML-OR-36", "DML-OR-42"],
            ["Stirrer belt", "DML-SB-01", "DML-SB-01"],
            ["Sampling nozzle set", "DML-SN-2", "DML-SN-2"],
            ["Line filter element, polyol", "DML-LF-P", "DML-LF-P"],
            ["Line filter element, isocyanate", "DML-LF-I", "DML-LF-I"],
            ["Index pin", "DML-IP-12", "DML-IP-18"],
            ["Flushing agent DF-7, 25 L", "DML-DF7-25", "DML-DF7-25"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("fustavio-fcp-swing-beam-clicking-press.pdf", "Fustavio FSP-OM-FCP-04 Ed 3 - FCP-20 / FCP-25", FUSTAVIO),
        ("puntavera-tlm-toe-lasting-machine.pdf", "Puntavera PVA-OM-TLM-02 Ed 5 - TLM-7 / TLM-9", PUNTAVERA),
        (
            "adherra-acr-sole-cementing-and-reactivation-oven.pdf",
            "Adherra ADH-OI-ACR60-01 Ed 2 - ACR-60",
            ADHERRA,
        ),
        ("duromell-di-pu-direct-injection-sole-machine.pdf", "Duromell DML-OM-DI-07 Ed 2 - DI-12 / DI-18", DUROMELL),
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
