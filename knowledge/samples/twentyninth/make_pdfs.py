"""Generate the PDF manuals of the twenty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set28venv && /tmp/set28venv/bin/pip install fpdf2 pypdf
    /tmp/set28venv/bin/python knowledge/samples/twentyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the twenty-eighth set's make_pdfs.py.
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



# ---------------------------------------------------------------- Soffiaro EB extrusion blow moulders
SOFFIARO = [
    ("title", "Soffiaro EB Extrusion Blow Moulding Machines\nOperating and Maintenance Manual - EB-5 and EB-10"),
    (
        "p",
        "Document SBM-OM-EB-04, Edition 2, June 2025. Soffiaro Blow Moulding S.r.l. The EB-5 and EB-10 are "
        "single-station shuttle machines with one continuous extruder and a parison head without accumulator, for "
        "bottles, canisters and jerrycans in HDPE and PP. The number gives the largest container volume in litres. "
        "Apart from the extruder, the clamp, the mould size and the items named in this manual, the two machines are "
        "built alike. The screen changer (option SC) and the in-mould labelling unit (option IML) have their own "
        "manuals, SBM-OM-SC-01 and SBM-OM-IML-02.",
    ),
    (
        "warn",
        "WARNING: Molten plastic and the head heaters cause severe burns, and a blocked head can eject melt at high "
        "pressure. Wear a face shield and heat-resistant gloves at the head and never look into the die while the "
        "screw turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EB-5", "EB-10"],
            ["Largest container volume", "5 L", "10 L"],
            ["Extruder screw diameter, length", "60 mm, 24 D", "70 mm, 24 D"],
            ["Extruder drive motor", "22 kW, 40.4 A", "30 kW, 53.5 A"],
            ["Screw speed, maximum", "90 rpm", "80 rpm"],
            ["Output, HDPE blow grade", "up to 70 kg/h", "up to 100 kg/h"],
            ["Heating zones, barrel + head", "4 + 3", "5 + 4"],
            ["Clamp force", "60 kN", "90 kN"],
            ["Platen size (width x height)", "400 x 450 mm", "500 x 550 mm"],
            ["Mould thickness, each half", "120-220 mm", "150-280 mm"],
            ["Shuttle stroke", "500 mm", "600 mm"],
            ["Hydraulic oil tank (ISO VG 46)", "220 L", "320 L"],
            ["Machine mass", "7200 kg", "9600 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V 3~ 50 Hz. Output figures are for HDPE with a melt flow rate of "
        "0.2-0.5 g/10 min (190 °C, 2.16 kg) at the largest screw speed; PP gives about 15 % less. Compressed air: "
        "8 bar, dry, at least 1200 Nl/min (EB-5) or 1800 Nl/min (EB-10) at full output. Mould cooling water: "
        "12-15 °C, at least 40 L/min (EB-5) or 60 L/min (EB-10).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The safety gates of the clamp area are interlocked in two channels; shuttle and clamp stop when a gate "
            "opens (alarm E12). Never bridge a gate switch.",
            "The head stays hot for hours after shut-down. Treat every head part as hot until it reads below 50 °C.",
            "Before any work in the clamp area, move the shuttle to its parking position, switch off the hydraulic "
            "pump and lock the main switch. The blow pin unit can drop under its own weight if its holding valve "
            "leaks: put the blow pin support bar in place.",
        ],
    ),
    ("h", "3. Cold start-up"),
    (
        "ol",
        [
            "Switch on the heating of all zones with the set points of the product recipe. Check that mould cooling "
            "water flows and that the compressed air is at 8 bar.",
            "Wait until every zone is within 10 °C of its set point, then let the heat soak for at least 30 min "
            "(45 min on the EB-10) before turning the screw. The control blocks the screw until the soak time has "
            "run (alarm E02).",
            "Start the screw at 10 rpm with the purge guard in place. The melt pressure must fall steadily as melt "
            "comes through. If it rises above 250 bar at 10 rpm, stop and look for a cold zone.",
            "Purge until the melt comes out clean and free of black specks, at least 5 kg.",
            "Raise the screw speed in steps of 10 rpm to the recipe speed. Set the parison length so that the "
            "parison reaches 20-30 mm below the bottom pinch-off.",
            "Start the automatic cycle and reject the first 10 containers.",
        ],
    ),
    ("h", "4. Process settings"),
    (
        "cols",
        [
            ("h", "Melt temperature"),
            ("p", "HDPE blow grades: 185-205 °C measured at the head. PP: 200-225 °C. Do not exceed 235 °C with "
             "either material; above it the melt degrades and gives yellow streaks and odour."),
            ("h", "Blow air"),
            ("p", "Blow pressure for HDPE containers: 6-8 bar. Pre-blow (support air) while the mould closes: "
             "0.3-0.8 bar. The blow pressure must never exceed 10 bar; moulds and blow pins are rated for 10 bar."),
            ("h", "Blow and cooling time"),
            ("p", "Guide values for HDPE containers with a wall of 1.0-1.5 mm and mould water at 12 °C: 1 L bottle "
             "8-10 s, 5 L canister 16-20 s, 10 L jerrycan (EB-10 only) 24-30 s. Thicker walls need about 3 s more "
             "per additional 0.5 mm. Warmer mould water gives longer cycles."),
            ("h", "Idle periods"),
            ("p", "If the extruder stops for more than 15 min, lower all zones to 150 °C with the standby key. HDPE "
             "may stay in the head at processing temperature for up to 30 min without flow, PP for up to 15 min."),
            ("h", "Melt pressure"),
            ("p", "Normal melt pressure before the head is 120-250 bar. Alarm E01 stops the extruder at 350 bar on "
             "the EB-5 and at 400 bar on the EB-10. The rupture disc in the adapter bursts at 500 bar on both "
             "machines."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E01", "Melt pressure high", "Over 350 bar (EB-5) or 400 bar (EB-10): cold zone, blocked screen, die "
             "gap too small. The extruder stops. Find the cause before restarting."],
            ["E02", "Heating not ready", "A zone is not within 10 °C of its set point, or the soak time has not run. "
             "The screw is locked. Wait."],
            ["E03", "Zone over temperature", "A zone is 25 °C or more above its set point. Check its solid-state relay."],
            ["E04", "Thermocouple fault", "Open or reversed type J thermocouple. Check plug and polarity; replace "
             "with SBM-TCJ-6."],
            ["E05", "Parison knife not home", "Knife cylinder or sensor. Check the hot knife for melt build-up."],
            ["E06", "Mould not closed", "Clamp not closed within 3 s: parison or flash trapped in the parting line, "
             "low hydraulic pressure."],
            ["E07", "Blow air low", "Blow air below 6 bar. Check the supply and the filter regulator."],
            ["E08", "Hydraulic oil hot", "Warning at 55 °C, the pump stops at 60 °C. Check the oil cooler water and "
             "the cooler for scale."],
            ["E09", "Hydraulic oil level low", "Below the minimum mark. Top up with ISO VG 46 and look for leaks."],
            ["E11", "Mould water flow low", "Below 40 L/min (EB-5) or 60 L/min (EB-10). Clean the strainers, check "
             "the valves."],
            ["E12", "Safety gate open", "A gate was opened during the cycle. Close it and reset."],
            ["E13", "Extruder motor overload", "Drive current over 105 % for 10 s: cold material, screw speed too "
             "high, worn gearbox bearings."],
            ["E14", "Part not removed", "The take-out gripper still holds a container. Clear the deflashing station."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Parison sags, gets longer and thinner at the bottom before the mould closes", "Melt too hot, or the "
             "parison hangs too long", "Lower the head zones in steps of 5 °C; shorten the drop time by raising the "
             "screw speed"],
            ["Parison curls to one side", "Uneven die gap or uneven head temperature", "Centre the die ring "
             "(section 7); check each head zone"],
            ["Black specks", "Degraded material after a long stop", "Purge at least 10 kg; if specks remain, have "
             "screw and head cleaned"],
        ],
        (58, 52, 64),
    ),
    ("h", "7. Changing the die and mandrel"),
    (
        "ol",
        [
            "With the head at processing temperature, let it run empty, then switch off and lock the screw drive.",
            "Remove the die ring clamp bolts crosswise and take off the die ring with the lifting tool.",
            "Unscrew the mandrel with the mandrel key; it has a left-hand thread, so turn it clockwise to loosen.",
            "Clean the seats with brass tools. Coat the threads with anti-seize paste SBM-AS-1.",
            "Fit the new mandrel hand tight plus 1/8 turn. Fit the die ring and tighten the clamp bolts crosswise "
            "to the torque in section 9, then retighten after 15 min at temperature.",
            "Centre the die ring with the four centring screws until the parison hangs straight with an even wall "
            "all round; lock the centring screws.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Drain the blow air water separator; check the hydraulic oil level; clean the parison knife"],
            ["Weekly", "Grease the shuttle guide rails and the clamp tie-bar bushings (grease SBM-G2); check heater "
             "band wiring"],
            ["Monthly", "Clean the mould water strainers"],
            ["2000 h", "Replace the hydraulic pressure filter element SBM-HF-10"],
            ["4000 h or yearly", "Change the hydraulic oil (220 L EB-5, 320 L EB-10); clean the suction strainer"],
            ["8000 h", "Measure the screw flight diameter; replace the screw when it is worn 0.4 mm on the diameter "
             "at any point. The barrel bore is measured by Soffiaro service."],
        ],
        (35, 139),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "EB-5", "EB-10"],
            ["Die ring clamp bolts", "M12, 60 Nm", "M14, 85 Nm"],
            ["Head to adapter flange", "M16, 180 Nm", "M16, 180 Nm"],
            ["Mould clamping bolts", "M16, 150 Nm", "M20, 250 Nm"],
            ["Heater band clamp screws", "3 Nm, retighten after the first heat-up", "3 Nm, retighten after the first "
             "heat-up"],
        ],
        (60, 57, 57),
    ),
    ("p", "Head bolts are tightened hot, at processing temperature."),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "EB-5", "EB-10"],
            ["Heater band, barrel zone 1", "SBM-HB60-1", "SBM-HB70-1"],
            ["Thermocouple type J, head", "SBM-TCJ-6", "SBM-TCJ-6"],
            ["Parison hot knife blade", "SBM-KN-05", "SBM-KN-10"],
            ["Hydraulic pressure filter element", "SBM-HF-10", "SBM-HF-10"],
            ["Rupture disc, 500 bar", "SBM-RD-500", "SBM-RD-500"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Stanzholt FD flatbed die cutters
STANZHOLT = [
    ("title", "Stanzholt FD Automatic Flatbed Die Cutters\nOperating and Maintenance Manual - FD-1060 and FD-1450"),
    (
        "p",
        "Document STZ-OM-FD-03, Edition 1, February 2025. Stanzholt Converting Machinery GmbH. The FD-1060 and "
        "FD-1450 are automatic flatbed die cutters with creasing and stripping, for folding carton board and "
        "corrugated board. The sheet is carried through the machine by gripper bars on two chains; the lower platen "
        "is driven by a toggle mechanism. The number gives the largest sheet width in millimetres. Apart from the "
        "format, the cutting force, the speed and the items named in this manual, the two machines are built alike. "
        "The blanking station (option BL) and the non-stop feeder have their own manuals, STZ-OM-BL-01 and "
        "STZ-OM-NF-02.",
    ),
    (
        "warn",
        "WARNING: The platen closes with up to 4500 kN. Never reach into the cutting station, the stripping station "
        "or between gripper bars while the machine is ready. With guards open use the inch button only, and only "
        "from a place where you can see the platen. Lock the main switch before changing a die.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FD-1060", "FD-1450"],
            ["Sheet size, maximum", "1060 x 760 mm", "1450 x 1050 mm"],
            ["Sheet size, minimum", "400 x 350 mm", "550 x 450 mm"],
            ["Cutting force, maximum", "3000 kN (300 t)", "4500 kN (450 t)"],
            ["Mechanical speed, maximum", "7500 sheets/h", "6000 sheets/h"],
            ["Folding carton board", "90-2000 g/m², up to 1.5 mm", "90-2000 g/m², up to 1.5 mm"],
            ["Corrugated board", "up to 4 mm (E and B flute)", "up to 7 mm (E, B and C flute)"],
            ["Gripper bars", "7", "8"],
            ["Gripper margin", "9-17 mm", "10-17 mm"],
            ["Main drive motor", "15 kW, 28.6 A", "22 kW, 41.3 A"],
            ["Gear and toggle oil (ISO VG 220)", "110 L", "160 L"],
            ["Cutting rule height", "23.80 mm", "23.80 mm"],
            ["Machine mass", "15 500 kg", "23 000 kg"],
        ],
        (64, 55, 55),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V. The mechanical speed is reached with folding board up to "
        "600 g/m² and a clean stripping; with corrugated board the practical speed is 4000-5000 sheets/h. Cutting "
        "rule of 23.80 mm and creasing rule of 23.30 mm height are standard.",
    ),
    ("h", "2. Cutting force and make-ready"),
    (
        "cols",
        [
            ("h", "Estimating the cutting force"),
            ("p", "Add up the length of cutting rule in the die; creasing rules are not counted and perforating "
             "rules count at half their length. Allow 35 N per millimetre of cutting rule for folding board up to "
             "600 g/m², 50 N/mm for board of 600-2000 g/m² and 70 N/mm for E- and B-flute corrugated. For "
             "continuous production the total must stay below 90 % of the machine's cutting force."),
            ("h", "Setting the force"),
            ("p", "The force is set with the motorised wedge; the display shows it in kN and in percent of the "
             "maximum. Start at 60 % of the estimated force and raise it in small steps until the blanks come free. "
             "Never use force to make up for dull rules: it marks the cutting plate and wears the toggle bearings."),
            ("h", "Make-ready"),
            ("p", "Even out the cut with make-ready tissue of 0.03 mm (STZ-MT-03) under the die board, never more "
             "than three layers at one place. If more is needed, the rule or the cutting plate is worn."),
            ("h", "Creasing"),
            ("p", "For folding board the counter-crease channel is as deep as the board is thick; its width is 1.5 x "
             "the board thickness plus the creasing rule width. Creasing rule 0.5 mm lower than the cutting rule for "
             "board up to 0.5 mm thick, 0.7 mm lower for thicker board."),
            ("h", "Cutting plate"),
            ("p", "The hardened cutting plate is 1 mm thick. Shift it sideways after each long job so the rules meet "
             "fresh steel. Replace it when it is scored deeper than 0.1 mm."),
            ("h", "Board"),
            ("p", "Condition board in the press room for 24 h before cutting. Folding board should have a moisture "
             "content of 7-9 %; drier board cracks at the creases."),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D01", "Double sheet", "Two sheets at the front lays; the machine stops before the cutting station. "
             "Remove the sheets, check the feeder suckers."],
            ["D02", "Sheet late or missing", "The sheet reached the front lays late. Check the feeder timing and "
             "the pile height."],
            ["D03", "Cutting force over 100 %", "The force exceeded the rated force; the machine stops at top dead "
             "centre. Look for a double sheet or a foreign body, then reduce the force."],
            ["D04", "Gripper bar out of register", "A bar is more than 0.5 mm out of position: stretched chain or "
             "a loose bar."],
            ["D05", "Main drive overload", "Check for jams; let the motor cool for 15 min."],
            ["D06", "Chase not locked", "Push the chase fully in until both locks engage."],
            ["D08", "Lubrication pressure low", "Below 1.5 bar; the machine stops after 30 s. Check oil level and "
             "filter STZ-OF-2."],
            ["D09", "Oil temperature high", "Above 65 °C. Check the oil cooler fan and fins."],
            ["D10", "Stripping tool not locked", "Lock the upper stripping frame."],
            ["D11", "Delivery pile full", "Change the pallet."],
            ["D12", "Guard open", "Close the guard; reset."],
            ["D13", "Torque limiter tripped", "A gripper bar has jammed. Clear it, then reset the limiter by running "
             "at crawl speed."],
        ],
        (16, 46, 112),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cuts incomplete, fibres hanging in one area", "Rule worn or make-ready too low there", "Patch the area "
             "with tissue; replace the rule"],
            ["Cracked creases", "Channel too narrow or board too dry", "Widen the channel; check the board "
             "moisture is 7-9 %"],
            ["Blanks fall out before the delivery", "Nicks too narrow for the board", "Grind wider nicks; check "
             "the stripping pins"],
            ["Sheet out of register", "Gripper margin too small, grippers open", "Check the margin (at least 9 mm "
             "on the FD-1060, 10 mm on the FD-1450) and the gripper fingers"],
            ["Cutting plate deeply marked", "Too much force", "Reduce the force; shift the plate"],
            ["Knocking from the toggle at bottom dead centre", "Worn toggle bearings", "Reduce the force and have "
             "Stanzholt service inspect the toggle"],
        ],
        (58, 52, 64),
    ),
    ("h", "5. Changing the cutting die"),
    (
        "ol",
        [
            "Select die change on the panel; the platen runs to the bottom. Switch off and lock the main switch.",
            "Release the two pneumatic chase locks and pull the chase out onto the die change trolley.",
            "Loosen the die board clamping screws, lift out the old die and clean the chase.",
            "Place the new die with its centre line on the chase centre mark and tighten the clamping screws to "
            "12 Nm.",
            "Check the gripper margin: the first cutting rule must be at least 9 mm (FD-1060) or 10 mm (FD-1450) "
            "from the gripper edge of the sheet.",
            "Push the chase in until both locks engage; alarm D06 goes out.",
            "Set the force to 60 % of the estimated force, cut a sheet and raise the force step by step; finish with "
            "make-ready tissue.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove board dust from the feeder and the cutting station; check the oil level"],
            ["Weekly", "Lubricate the gripper finger pins with grease STZ-G1; check the gripper fingers for wear"],
            ["500 h", "Measure the gripper bar chains. Replace both chains together when 20 links (pitch 38.1 mm, "
             "new 762 mm) measure more than 766 mm"],
            ["2000 h", "Replace the oil filter STZ-OF-2"],
            ["8000 h or 2 years", "Change the gear and toggle oil (110 L FD-1060, 160 L FD-1450)"],
            ["Yearly", "Toggle and crankshaft bearing inspection by Stanzholt service"],
        ],
        (35, 139),
    ),
    ("h", "7. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Die board clamping screws", "M10", "12 Nm"],
            ["Stripping tool screws", "M8", "8 Nm"],
            ["Gripper finger screws", "M5", "6 Nm"],
            ["Gripper bar to chain", "M8", "25 Nm"],
            ["Cutting plate screws", "M6", "10 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "FD-1060", "FD-1450"],
            ["Gripper bar, complete", "STZ-GB-106", "STZ-GB-145"],
            ["Gripper finger set", "STZ-GF-7", "STZ-GF-8"],
            ["Cutting plate, 1 mm", "STZ-CP-106", "STZ-CP-145"],
            ["Gripper bar chains, pair", "STZ-CH-106", "STZ-CH-145"],
            ["Oil filter", "STZ-OF-2", "STZ-OF-2"],
            ["Make-ready tissue 0.03 mm", "STZ-MT-03", "STZ-MT-03"],
            ["Gripper pin grease, 400 g", "STZ-G1", "STZ-G1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Treccana HB hose braiding machines
TRECCANA = [
    ("title", "Treccana HB Vertical Hose Braiding Machines\nOperating and Maintenance Manual - HB-16 and HB-24"),
    (
        "p",
        "Document TRC-OM-HB-06, Edition 3, April 2025. Treccana Macchine Trecciatrici S.p.A. The HB-16 and HB-24 "
        "are vertical high-speed braiding machines with maypole carriers, for the steel wire or textile "
        "reinforcement of rubber and thermoplastic hoses. The number gives the number of carriers. Apart from the "
        "carrier count, the deck speed, the hose range and the items named in this manual, the two machines are "
        "built alike. The bobbin winder TW-2 and the hose core pay-off have their own manuals, TRC-OM-TW-02 and "
        "TRC-OM-PO-01.",
    ),
    (
        "warn",
        "WARNING: The carriers move fast and a broken wire end can whip out of a carrier. Never reach into the deck "
        "area while the machine runs or jogs, keep hair and loose clothing away from the braiding point, and wear "
        "cut-resistant gloves when handling steel wire.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HB-16", "HB-24"],
            ["Carriers", "16", "24"],
            ["Deck speed (carrier turns around the deck), maximum", "60 rpm", "45 rpm"],
            ["Hose core diameter", "5-32 mm", "8-51 mm"],
            ["Steel wire diameter (brass coated)", "0.25-0.50 mm", "0.25-0.60 mm"],
            ["Wires per carrier", "up to 8", "up to 8"],
            ["Bobbin TRC-B6", "flange 150 mm, traverse 75 mm", "flange 150 mm, traverse 75 mm"],
            ["Haul-off (caterpillar) speed", "0.3-12 m/min", "0.3-10 m/min"],
            ["Main motor", "5.5 kW, 11.1 A", "7.5 kW, 14.7 A"],
            ["Haul-off drive", "1.1 kW servo", "1.5 kW servo"],
            ["Deck lubrication oil (ISO VG 68)", "12 L", "18 L"],
            ["Machine mass", "2900 kg", "4100 kg"],
        ],
        (74, 50, 50),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V 3~ 50 Hz. The control computes the haul-off speed from the lay "
        "length entered: haul-off speed (mm/min) = lay length (mm) x deck speed (rpm).",
    ),
    ("h", "2. Setting the braid"),
    (
        "cols",
        [
            ("h", "Braid angle and lay length"),
            ("p", "Wire braid for hydraulic hose is laid at the neutral angle of 54.7°, at which the hose neither "
             "shortens nor lengthens under pressure. The lay length (the hose length for one full turn of a carrier) "
             "is then L = 3.14 x D / tan 54.7° = 2.22 x D, D being the mean braid diameter. Examples: D 10 mm, "
             "L 22.2 mm; D 15 mm, L 33.3 mm; D 20 mm, L 44.4 mm; D 25 mm, L 55.5 mm; D 30 mm, L 66.6 mm."),
            ("h", "Coverage"),
            ("p", "Coverage should be 85-95 % for hydraulic hose. Below 80 % the core can be pushed out between "
             "the wires under pressure; above 98 % the wires crowd and ride over each other."),
            ("h", "Wire tension"),
            ("p", "Each carrier has a tension spring. Steel wire 0.25-0.35 mm: 8-12 N. Steel wire 0.36-0.50 mm: "
             "15-20 N. Steel wire 0.51-0.60 mm (HB-24): 22-28 N. Textile yarn: 3-6 N. All carriers of a machine "
             "must be set within ±1 N of each other; unequal tension gives a wavy braid."),
            ("h", "Speed limits"),
            ("p", "Steel wire above 0.50 mm may only be run on the HB-24, at a deck speed of no more than 35 rpm. "
             "Textile yarn may be run at full speed. On both machines reduce the speed by 20 % when braiding over "
             "an unvulcanised core thinner than 10 mm."),
            ("h", "Bobbins"),
            ("p", "Wind the bobbins on the TW-2 at a tension close to the carrier spring setting. Fill bobbins to "
             "no more than 3 mm below the flange rim: overfilled bobbins rub the carrier guide and break wires. A "
             "full bobbin holds about 2800 m of 0.30 mm wire per end."),
            ("h", "Braiding point"),
            ("p", "The wires must meet 5-10 mm below the former ring. Move the former ring with its clamp to shift "
             "the braiding point."),
        ],
    ),
    ("h", "3. Loading a bobbin and threading a carrier"),
    (
        "ol",
        [
            "Stop the machine at the loading position and open the guard door; the deck is locked while it is open.",
            "Lift the carrier's tension arm until it latches.",
            "Pull off the empty bobbin. Push on a full one so that the wire leaves it on the side towards the "
            "braiding point. Use only bobbins filled to no more than 3 mm below the rim.",
            "Lead the wires through the ceramic eyes of the tension arm and the guide eye on top of the carrier.",
            "Release the latch. Check the tension at the carrier eye with the spring scale TRC-SG-1 against the "
            "values in section 2.",
            "Lay the wire ends onto the braid at the braiding point and hold them with tape for the first turns.",
            "Close the guard door, jog one deck turn and check that the new wires lie flat.",
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Wire break", "The broken-wire feeler of a carrier tripped; the machine stops within one deck "
             "turn. Find the carrier with the raised flag."],
            ["B02", "Bobbin empty", "The empty-bobbin feeler tripped. Load a full bobbin (section 3)."],
            ["B03", "Haul-off slip", "Caterpillar speed differs from the measuring wheel by more than 2 %. Raise the "
             "belt pressure or clean the belts."],
            ["B04", "Core tension low", "Check the pay-off brake (see TRC-OM-PO-01)."],
            ["B05", "Deck oil pressure low", "Below 0.8 bar. Check the level and the filter TRC-OF-1."],
            ["B06", "Deck oil hot", "Above 60 °C. Check the cooler and the oil level."],
            ["B07", "Main drive overload", "Carrier jammed or track dry. Check by hand."],
            ["B08", "Guard door open", "Close the door."],
            ["B10", "Braiding point low", "The wires meet more than 15 mm below the former ring. Check the "
             "tensions and the former ring position."],
            ["B11", "Lay length out of tolerance", "Measured lay differs from the set value by more than 3 %. "
             "Check the haul-off for slip."],
            ["B12", "Emergency stop", "Release the button and reset."],
        ],
        (16, 46, 112),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Wavy braid, wires loose on one side", "Unequal carrier tension", "Check all springs; set every "
             "carrier within ±1 N"],
            ["Frequent wire breaks at the braiding point", "Grooved former ring, tension too high, overfilled bobbins",
             "Replace the former ring if grooved deeper than 0.2 mm; check tension and bobbin fill"],
            ["Gaps in the braid", "Lay length too long or too few wires per carrier", "Check the lay length; "
             "coverage should be 85-95 %"],
            ["Wires ride over each other", "Coverage too high", "Lengthen the lay or use fewer wires"],
            ["Knocking in the deck", "Worn carrier feet or dry track", "Check deck oil flow; replace carrier feet "
             "worn more than 0.5 mm"],
            ["Hose core necks down", "Haul-off pressure or pay-off brake too high", "Reduce the belt pressure; see "
             "TRC-OM-PO-01"],
        ],
        (58, 56, 60),
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 8 h", "Check the deck oil level and the flow to the track; blow wire dust off the deck"],
            ["Weekly", "Check the carrier feet with gauge TRC-G5; replace feet worn more than 0.5 mm"],
            ["500 h", "Replace the deck oil filter TRC-OF-1"],
            ["2000 h", "Change the deck oil (12 L HB-16, 18 L HB-24)"],
            ["Yearly", "Horn gear backlash and track alignment checked by Treccana service"],
        ],
        (35, 139),
    ),
    ("h", "7. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Horn gear cap screws", "M8", "24 Nm"],
            ["Carrier foot screws", "M5", "5 Nm"],
            ["Former ring clamp", "M6", "9 Nm"],
            ["Caterpillar belt pad screws", "M6", "8 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "HB-16", "HB-24"],
            ["Carrier, complete", "TRC-C16", "TRC-C24"],
            ["Carrier foot (wear part)", "TRC-CF-1", "TRC-CF-1"],
            ["Tension spring set 8-12 N", "TRC-S12", "TRC-S12"],
            ["Tension spring set 15-20 N", "TRC-S20", "TRC-S20"],
            ["Tension spring set 22-28 N", "-", "TRC-S28"],
            ["Ceramic eye", "TRC-CE-3", "TRC-CE-3"],
            ["Former ring set", "TRC-FR-16", "TRC-FR-24"],
            ["Deck oil filter", "TRC-OF-1", "TRC-OF-1"],
            ["Spring scale", "TRC-SG-1", "TRC-SG-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Gitterwald MW mesh welding machines
GITTERWALD = [
    ("title", "Gitterwald MW Mesh Welding Machines\nOperating and Maintenance Manual - MW-2400 and MW-3300"),
    (
        "p",
        "Document GWM-OM-MW-01, Edition 4, January 2025. Gitterwald Maschinenbau GmbH. The MW-2400 and MW-3300 are "
        "automatic resistance welding machines for reinforcing and industrial mesh, made from straightened and cut "
        "line wires and cross wires fed from coil. The number gives the largest mesh width in millimetres. Apart "
        "from the width, the number of welding heads and transformers and the items named in this manual, the two "
        "machines are built alike. The line wire straightening and cutting machine and the mesh stacker have their "
        "own manuals, GWM-OM-SC-03 and GWM-OM-ST-02.",
    ),
    (
        "warn",
        "WARNING: Never reach between the electrodes or into the pull-out grippers while the machine is ready. "
        "Sparks and spatter are thrown from every weld: wear safety glasses and flame-retardant clothing. Persons "
        "with a pacemaker must keep at least 2 m from the welding transformers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MW-2400", "MW-3300"],
            ["Mesh width, maximum", "2400 mm", "3300 mm"],
            ["Welding heads (line wire positions)", "24", "33"],
            ["Line wire pitch", "100 mm and multiples; 50 mm with double heads", "100 mm and multiples; 50 mm with "
             "double heads"],
            ["Cross wire pitch", "50-400 mm", "50-400 mm"],
            ["Line and cross wire diameter", "3-8 mm", "3-10 mm"],
            ["Mesh length", "2-12 m", "2-12 m"],
            ["Welding transformers", "8 x 150 kVA (50 % duty)", "11 x 150 kVA (50 % duty)"],
            ["Welding speed, maximum", "100 cross wires/min", "80 cross wires/min"],
            ["Electrode force per head", "1.5-6 kN", "1.5-6 kN"],
            ["Cooling water", "32 L/min", "44 L/min"],
            ["Connected load", "1200 kVA at 50 % duty", "1650 kVA at 50 % duty"],
            ["Machine mass", "18 t", "24 t"],
        ],
        (64, 55, 55),
    ),
    (
        "p",
        "Each transformer feeds three welding heads; the transformers fire in sequence so that the supply never "
        "sees more than two at once. Wire: cold-rolled ribbed or smooth wire, B500A and B500B, or drawn low-carbon "
        "wire, with a carbon equivalent of no more than 0.50 %.",
    ),
    ("h", "2. Weld settings and checks"),
    (
        "cols",
        [
            ("h", "Weld settings"),
            ("p", "Settings per pair of wires (line wire + cross wire) for clean, dry ribbed wire B500A, at 50 Hz "
             "(1 cycle = 20 ms): 5 + 5 mm: 8 cycles, 65 % current, air 3.5 bar. 6 + 6 mm: 10 cycles, 70 %, 4.0 bar. "
             "8 + 8 mm: 13 cycles, 78 %, 5.0 bar. 10 + 10 mm (MW-3300): 16 cycles, 85 %, 6.0 bar. For smooth wire "
             "use 2 cycles less."),
            ("h", "Unequal wires"),
            ("p", "When the two wires differ, set for the thinner wire and add 1 cycle. The thinner wire must be at "
             "least 0.6 times the diameter of the thicker one; a smaller ratio gives weak welds that fail the "
             "shear test."),
            ("h", "Setdown"),
            ("p", "The electrodes should press the wires into each other by 20-30 % of the thinner wire's "
             "diameter. Less gives weak welds; more than 40 % reduces the wire section."),
            ("h", "Shear test"),
            ("p", "At the start of each shift and after each change of wire, shear-test three welds. The shear "
             "force must be at least 0.3 x the nominal yield force of the thicker wire. For B500 wire: 5 mm "
             "2.9 kN, 6 mm 4.2 kN, 8 mm 7.5 kN, 10 mm 11.8 kN."),
            ("h", "Cooling water"),
            ("p", "Inlet temperature 25 °C or less. Above 25 °C alarm W04 warns; at 30 °C the welding stops. "
             "Each transformer needs at least 4 L/min."),
            ("h", "Electrodes"),
            ("p", "Electrodes are CuCrZr. The upper electrodes are grooved for the cross wire, the lower ones are "
             "flat. Dress an electrode when its face shows a crater deeper than 0.5 mm; dress both electrodes of a "
             "head together. Replace a lower electrode when it has worn from 40 mm new to 36 mm."),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Cross wire not fed", "The cross wire did not reach the end sensor. Check the feed rollers and "
             "the coil."],
            ["W02", "Cross wire position", "The wire is not under all electrodes. Check the cross wire guide."],
            ["W03", "Weld current low", "A transformer gave less than 80 % of the set current: worn electrodes, "
             "dirty wire, loose secondary connection."],
            ["W04", "Cooling water hot", "Inlet above 25 °C (warning); the welding stops at 30 °C."],
            ["W05", "Cooling water flow low", "Below 4 L/min on a transformer. Clean the strainer; check the flow "
             "switch GWM-FS-4."],
            ["W06", "Transformer over temperature", "The winding thermal switch opened. Check the water flow of "
             "that transformer."],
            ["W07", "Air pressure low", "Below 5 bar."],
            ["W08", "Line wire missing", "Magazine empty or a wire out of its guide."],
            ["W09", "Pull-out gripper fault", "The gripper car did not reach its position. Check the guides and "
             "the gripper jaws."],
            ["W10", "Mesh length error", "Mesh more than 5 mm off its length. Check the gripper car encoder."],
            ["W11", "Supply voltage low", "Mains below 360 V during a weld."],
            ["W12", "Guard open", "Close the guard; reset."],
            ["W14", "Stacker not ready", "See GWM-OM-ST-02."],
            ["W15", "Emergency stop", "Release the button and reset."],
        ],
        (16, 46, 112),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Welds break in the shear test, bright flat faces", "Current too low or time too short", "Raise the "
             "current in steps of 5 %"],
            ["Heavy spatter, burnt and notched wire", "Current too high, electrode force too low, dirty electrodes",
             "Raise the air pressure by 0.5 bar; dress the electrodes"],
            ["Weak welds on three neighbouring heads only", "One transformer: loose secondary busbar or worn flexible "
             "shunt", "Check the busbar bolts (60 Nm); look for blackened contact faces"],
            ["Mesh out of square", "Pull-out grippers not parallel", "Check the gripper car guides"],
            ["Cross wires bent between line wires", "Cross wire fed too early or guide worn", "Check the feed "
             "timing and the guide"],
        ],
        (58, 56, 60),
    ),
    ("h", "5. Changing electrodes"),
    (
        "ol",
        [
            "Switch off the welding with the key switch, lock the main switch and close the cooling water valves of "
            "the transformer group.",
            "Remove the two M10 clamping screws of the electrode holder and take off the electrode.",
            "Clean the holder seat with a fine abrasive pad, never with a file.",
            "Coat the seat thinly with contact paste GWM-CP-1.",
            "Fit the new electrode and tighten the clamping screws to 40 Nm.",
            "Open the water and check for leaks. Check with the straight-edge that all electrodes of the row are "
            "level within 0.2 mm.",
            "Weld a test mesh and shear-test three welds from the heads you worked on.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Shear test; clean spatter off the electrodes and the wire guides"],
            ["Weekly", "Check the secondary busbar bolts (60 Nm); grease the gripper car guides"],
            ["Monthly", "Clean the cooling water strainers; check the flow of each transformer (at least 4 L/min)"],
            ["2000 h", "Replace the air filter elements; check the electrode holder insulation (above 1 MOhm at "
             "500 V)"],
            ["Yearly", "Transformers and thyristor units inspected by Gitterwald service"],
        ],
        (35, 139),
    ),
    ("h", "7. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Electrode clamping screws", "M10", "40 Nm"],
            ["Secondary busbar bolts", "M12", "60 Nm"],
            ["Transformer mounting", "M16", "150 Nm"],
            ["Gripper jaws", "M8", "20 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "MW-2400", "MW-3300"],
            ["Upper electrode, grooved", "GWM-EO-8", "GWM-EO-10"],
            ["Lower electrode, flat", "GWM-EU-1", "GWM-EU-1"],
            ["Contact paste", "GWM-CP-1", "GWM-CP-1"],
            ["Flexible shunt", "GWM-SH-150", "GWM-SH-150"],
            ["Thyristor module", "GWM-TH-150", "GWM-TH-150"],
            ["Water flow switch", "GWM-FS-4", "GWM-FS-4"],
            ["Gripper jaw", "GWM-GJ-1", "GWM-GJ-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("soffiaro-eb-extrusion-blow-moulder.pdf", "Soffiaro SBM-OM-EB-04 Ed 2 - EB-5 / EB-10", SOFFIARO),
        ("stanzholt-fd-flatbed-die-cutter.pdf", "Stanzholt STZ-OM-FD-03 Ed 1 - FD-1060 / FD-1450", STANZHOLT),
        ("treccana-hb-hose-braiding-machine.pdf", "Treccana TRC-OM-HB-06 Ed 3 - HB-16 / HB-24", TRECCANA),
        ("gitterwald-mw-mesh-welding-machine.pdf", "Gitterwald GWM-OM-MW-01 Ed 4 - MW-2400 / MW-3300", GITTERWALD),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 11, 15, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
