"""Generate the PDF manuals of the thirtieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set28venv && /tmp/set28venv/bin/pip install fpdf2 pypdf
    /tmp/set28venv/bin/python knowledge/samples/thirtieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the twenty-ninth set's make_pdfs.py.
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



# ---------------------------------------------------------------- Scarvell GS hydraulic guillotine shears
SCARVELL = [
    ("title", "Scarvell GS Hydraulic Guillotine Shears\nOperating and Maintenance Manual - GS-3006 and GS-3010"),
    (
        "p",
        "Document SCV-OM-GS-02, Edition 3, March 2025. Scarvell Sheet Metal Machinery Ltd. The GS-3006 and GS-3010 "
        "are variable-rake hydraulic guillotine shears for flat sheet and plate. The "
        "last two digits give the cutting capacity in mild steel in millimetres. Apart from the hydraulic power unit, "
        "the blade beam, the back gauge travel and the items named in this manual, the two machines are built alike. "
        "The CNC back gauge control SG-20 has its own manual, SCV-OM-SG-20, and the pneumatic sheet support and "
        "return conveyor (option SR) is described in SCV-OM-SR-01.",
    ),
    (
        "warn",
        "WARNING: The upper blade cuts through bone. Never reach past the finger guard or behind the hold-downs, "
        "and never cut while anyone stands at the rear of the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GS-3006", "GS-3010"],
            ["Cutting length", "3050 mm", "3050 mm"],
            ["Capacity, mild steel of tensile strength up to 450 N/mm²", "6 mm", "10 mm"],
            ["Capacity, stainless steel of tensile strength up to 700 N/mm²", "4 mm", "6 mm"],
            ["Capacity, aluminium alloy up to 250 N/mm²", "8 mm", "12 mm"],
            ["Rake angle, adjustable", "0.5-1.5°", "0.5-2.0°"],
            ["Strokes per minute, no load, at 1.0° rake", "14", "10"],
            ["Main motor", "11 kW, 21.1 A", "18.5 kW, 34.1 A"],
            ["Back gauge travel", "5-750 mm", "5-1000 mm"],
            ["Number of hold-downs", "15", "13"],
            ["Hydraulic oil tank (ISO VG 46)", "160 L", "250 L"],
            ["Machine mass", "7400 kg", "11900 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V 3~ 50 Hz. The cutting capacities hold for flat sheet of the "
        "tensile strength named, cut over the full length at the largest rake angle, with sharp blades set to the "
        "gap given in section 4. Do not cut material stronger than 700 N/mm² on either machine: wear plate, spring "
        "steel and hardened strip chip the blade edges whatever their thickness.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The rear is guarded by a light curtain; interrupting it stops the cut and returns the beam (alarm S05).",
            "The front finger guard leaves a gap of no more than 8 mm above the table. Never remove it to feed bent "
            "sheet.",
            "Before any work on the blades, lower the upper beam onto the wooden blade blocks (60 mm, supplied), "
            "switch off the pump and lock the main switch. A beam held only by the hydraulics can creep down.",
            "Never cut round bar, angle or tube on the shear.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check the oil level in the sight glass. With the beam at the top the level must be between the two marks.",
            "Switch on and let the pump run for 5 min before the first cut, 10 min when the oil is below 15 °C. The "
            "control blocks cutting until the oil is at 10 °C (alarm S03).",
            "Run three empty strokes at the smallest rake angle and check that the beam returns to the top each time.",
            "Reference the back gauge with the SG-20 control as described in SCV-OM-SG-20.",
            "Cut a test strip of the day's material and check it for burr and twist.",
        ],
    ),
    ("h", "4. Cutting settings"),
    (
        "cols",
        [
            ("h", "Blade gap"),
            ("p", "The gap between upper and lower blade depends on the thickness and the material. For mild steel "
             "set: 1-2 mm sheet 0.10 mm, 3-4 mm sheet 0.20 mm, 5-6 mm sheet 0.35 mm, 8 mm plate 0.50 mm, 10 mm "
             "plate 0.65 mm (8 and 10 mm on the GS-3010 only). For stainless steel use the next larger setting of "
             "this list; for aluminium alloy use the setting of the thickness itself."),
            ("p", "Too large a gap gives a burr and a drawn-in edge; too small a gap gives a double shear line."),
            ("h", "Rake angle"),
            ("p", "Use the smallest rake angle that cuts the sheet, since a larger rake twists and bows narrow strips. "
             "As a guide: 0.5° for sheet up to 3 mm, 1.0° up to 6 mm, the largest rake only at full capacity. Strips "
             "narrower than ten times the sheet thickness twist at any rake."),
            ("h", "Hold-downs"),
            ("p", "Fit the protective pads SCV-HP-40 to the hold-downs for polished stainless or painted sheet; bare "
             "hold-down feet mark these surfaces."),
            ("h", "Relief pressure"),
            ("p", "The main relief valve is set by Scarvell at 240 bar on the GS-3006 and at 280 bar on the GS-3010, "
             "and sealed. Do not adjust it. A stall on a sheet within the capacity is a hydraulic fault (section 6)."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Oil level low", "Below the lower mark of the sight glass. Top up with ISO VG 46 and look for a "
             "leak."],
            ["S02", "Oil temperature high", "Warning over 60 °C; the pump stops at 65 °C. Clean the cooler fins and "
             "check the cooler fan."],
            ["S03", "Oil cold", "Below 10 °C. Cutting is blocked; let the pump run."],
            ["S04", "Return filter clogged", "Differential pressure over 2.5 bar. Replace element SCV-RF-10."],
            ["S05", "Rear light curtain", "Light curtain interrupted. Clear the rear area and reset."],
            ["S06", "Beam not at top", "Upper beam not back within 4 s. Check the return valve and the top sensor."],
            ["S07", "Back gauge fault", "Drive or encoder of the back gauge. See SCV-OM-SG-20."],
            ["S08", "Rake out of range", "Rake angle outside the machine range. Reference the rake cylinders."],
            ["S10", "Gap drive fault", "Motorised gap adjustment not in position within 20 s. Check the end "
             "switches."],
            ["S11", "Hold-down pressure", "Hold-downs did not build pressure within 1 s: internal leakage of a "
             "hold-down cylinder."],
            ["S12", "Pump motor overload", "Motor protection tripped. Compare the current with the rating plate."],
            ["S13", "Emergency stop", "A stop button or the stop of the foot switch is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Burr on the cut edge, edge drawn in", "Gap too large for the thickness, or blunt edges",
             "Set the gap as in section 4. If the burr stays, turn the blades to a fresh edge."],
            ["Narrow strips twist or bow", "Rake angle too large, or strip too narrow",
             "Reduce the rake angle; note the ten-times rule of section 4."],
            ["Sheet not cut through at one end", "Gap not the same along the blade",
             "Measure the gap at both ends and in the middle; adjust as in section 7."],
            ["Machine stalls on sheet within its capacity", "Wrong material grade, relief valve or pump worn",
             "Check the material certificate first, then call Scarvell service for the hydraulic check."],
            ["Beam creeps down when stopped", "Leaking main cylinder seals or holding valve",
             "Block the beam and call Scarvell service; main cylinder seals are replaced only by Scarvell service."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Turning the lower blade and setting the gap"),
    (
        "p",
        "The upper blade has two cutting edges and the lower blade four; the operator may turn both to a fresh edge. "
        "Regrinding is done by a blade grinding shop to the blade drawing. A blade ground narrower than 75 mm (new "
        "80 mm) is scrapped, because the gap can no longer be set.",
    ),
    (
        "ol",
        [
            "Lower the upper beam onto the 60 mm blade blocks, switch off the pump and lock the main switch.",
            "Remove the front finger guard and clean the table and the blade seat of scale.",
            "Loosen the lower blade screws (M16) from the middle outwards and lift the blade out with the two handles "
            "SCV-LH-2. The blade weighs 30 kg on the GS-3006 and 38 kg on the GS-3010.",
            "Turn the blade to an unused edge, clean the seat and the blade faces, and fit the screws hand-tight.",
            "Set the gap scale to 0.10 mm. Move the beam down slowly in setting mode and measure the gap with "
            "feeler gauges at both ends and in the middle, each where the blades just overlap.",
            "Adjust with the push screws under the table until the gap is the same within 0.02 mm over the length.",
            "Tighten the blade screws from the middle outwards to 210 Nm and measure the gap again.",
            "Refit the finger guard and cut a test strip of 1 mm sheet: its edge must be free of burr over the full "
            "length.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Oil level; clean the table and blade edges of scale; test the light curtain with rod SCV-TR-14."],
            ["Weekly", "Grease the beam guides (4 nipples) and the back gauge spindles with lithium EP2 grease."],
            ["Every 2000 h or yearly", "Replace return filter element SCV-RF-10 and breather SCV-BF-3; take an oil "
             "sample."],
            ["Every 4000 h", "Change the oil, 160 L (GS-3006) or 250 L (GS-3010), sooner if the oil sample fails."],
            ["Yearly", "Stopping performance of the beam and the main cylinders checked by Scarvell service."],
        ],
        (40, 134),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Lower and upper blade screws", "M16", "210 Nm"],
            ["Hold-down feet", "M12", "80 Nm"],
            ["Back gauge finger clamps", "M10", "45 Nm"],
            ["Finger guard fixings", "M8", "22 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GS-3006", "GS-3010"],
            ["Upper blade, two edges", "SCV-UB-306", "SCV-UB-310"],
            ["Lower blade, four edges", "SCV-LB-306", "SCV-LB-310"],
            ["Hold-down pad set", "SCV-HP-40", "SCV-HP-40"],
            ["Hold-down cylinder seal kit", "SCV-HS-28", "SCV-HS-32"],
            ["Return filter element", "SCV-RF-10", "SCV-RF-10"],
            ["Breather filter", "SCV-BF-3", "SCV-BF-3"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Planora WS wide belt sanders
PLANORA = [
    ("title", "Planora WS Wide Belt Sanding Machines\nOperating and Maintenance Manual - WS-1100 and WS-1350"),
    (
        "p",
        "Document PLN-OM-WS-05, Edition 1, September 2024. Planora Schleiftechnik GmbH. The WS-1100 and WS-1350 are "
        "two-head wide belt sanders for calibrating solid wood, sanding veneered panels and sanding lacquer. Head 1 "
        "is a contact roller head, head 2 a combination head with a roller and a segmented pad. The number gives the "
        "working width in millimetres. Apart from the width, the motors, the belt size and the items named in this "
        "manual, the two machines are built alike. The spark detection and extinguishing system comes from its own "
        "maker and is described in PLN-OM-SD-02; the dust extraction plant is the customer's.",
    ),
    (
        "warn",
        "WARNING: Sanding dust burns and explodes, and hardwood dust causes cancer. Never run the machine without the "
        "extraction running, and never open a head door before both belts have stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WS-1100", "WS-1350"],
            ["Working width", "1100 mm", "1350 mm"],
            ["Abrasive belt size", "1120 x 2620 mm", "1370 x 2620 mm"],
            ["Head 1 motor (contact roller head)", "15 kW, 29.0 A", "18.5 kW, 35.2 A"],
            ["Head 2 motor (combination head)", "11 kW, 21.8 A", "15 kW, 29.0 A"],
            ["Contact roller head 1, diameter and rubber hardness", "240 mm, 70 Shore A", "240 mm, 70 Shore A"],
            ["Roller head 2, diameter and rubber hardness", "200 mm, 45 Shore A", "200 mm, 45 Shore A"],
            ["Belt speed", "18 m/s", "18 m/s"],
            ["Feed speed, variable", "4-20 m/min", "4-20 m/min"],
            ["Workpiece thickness", "3-160 mm", "3-160 mm"],
            ["Shortest workpiece", "380 mm", "420 mm"],
            ["Extraction air volume", "4500 m³/h", "5600 m³/h"],
            ["Compressed air at 6 bar", "250 Nl/min", "300 Nl/min"],
            ["Machine mass", "3300 kg", "3900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V 3~ 50 Hz. The extraction volume is the least the extraction plant "
        "must take away at the two outlets (2 x 200 mm on the WS-1100, 2 x 225 mm on the WS-1350), with an air speed "
        "of at least 28 m/s in the ducts. The shortest workpiece holds for pieces fed end to end without a gap; a "
        "single short piece is not held by both pressure rollers at once.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Each head motor has a brake. After a stop or an emergency stop the belts must be at standstill in no "
            "more than 10 s. If a belt runs on for longer, stop using the machine and call Planora service: the "
            "brakes are adjusted and replaced only by Planora service.",
            "Never feed workpieces thinner than 3 mm or shorter than the shortest workpiece of the table. They can "
            "be thrown back against the operator.",
            "Feed only one thickness at a time side by side. A thinner piece beside a thicker one is not held.",
            "Do not run the machine with the spark detection system switched off or in fault (alarm A10).",
        ],
    ),
    ("h", "3. Changing an abrasive belt"),
    (
        "ol",
        [
            "Stop the feed and both heads, wait until the belts have stopped, and open the head door.",
            "Release the belt tension with the tension switch on the head; the upper roller drops.",
            "Open the belt release lever on the side frame and slide the old belt off.",
            "Check the arrow on the back of the new belt: it must point in the running direction. A belt fitted "
            "against its arrow can tear open at the joint.",
            "Slide the new belt on centrally, close the release lever and switch the tension on.",
            "Close the door, start the head alone and watch the belt for 1 min. It must oscillate evenly over about "
            "20 mm, 16-20 times per minute.",
            "Set the head height for the new grit (section 4) before feeding workpieces.",
        ],
    ),
    ("h", "4. Sanding settings"),
    (
        "cols",
        [
            ("h", "Stock removal per pass"),
            ("p", "Solid hardwood on head 1 with grit P60 or P80: up to 0.8 mm per pass at 6 m/min. Solid softwood: "
             "up to 1.0 mm per pass. Veneered panels: never more than 0.1 mm per pass, with no grit coarser than "
             "P150. Veneers thinner than 0.6 mm are sanded with head 2 only, on the pad."),
            ("h", "Grit sequence"),
            ("p", "Do not skip more than one grit step between passes or heads, for example P80 to P120, P120 to "
             "P150, P150 to P180. Head 2 always carries the finer grit."),
            ("h", "Belt tension"),
            ("p", "Tension pressure 4.0-4.5 bar for cloth-backed belts and 3.0-3.5 bar for paper-backed belts, set "
             "at the regulator of each head. Too low a tension lets the belt slip and glaze; too high a tension "
             "shortens the life of the roller bearings."),
            ("h", "Feed speed"),
            ("p", "Calibrating solid wood: 5-8 m/min. Fine sanding of veneer: 10-15 m/min. Lacquer sanding with "
             "P320 and finer: 15-20 m/min. A faster feed leaves coarser scratches."),
            ("h", "Pad pressure"),
            ("p", "The segmented pad of head 2 works with 0.5-1.5 bar. Start at 0.8 bar on veneer and raise the "
             "pressure only if the edges are not sanded."),
            ("h", "Pressure rollers"),
            ("p", "The pressure rollers before and after each head must stand 0.5-1.0 mm below the thickness "
             "reading, so that they hold the piece without pressing it into the feed belt."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Belt off track", "The oscillation sensor sees the belt edge at its limit. Check the air (6 bar) "
             "and blow dust off the sensor nozzle."],
            ["A02", "Belt torn", "Belt break sensor. Stop and change the belt."],
            ["A03", "Belt tension low", "Tension pressure below 2.5 bar. Check the regulator and the hose."],
            ["A04", "Compressed air low", "Below 5.5 bar at the inlet."],
            ["A05", "Extraction not running", "Signal from the extraction plant missing. The heads will not start."],
            ["A06", "Head door open", "Close the door; the head stops when a door is opened."],
            ["A07", "Feed motor overload", "Feed belt jammed or overloaded."],
            ["A09", "Thickness out of range", "Set height below 3 mm or above 160 mm."],
            ["A10", "Spark system fault", "See PLN-OM-SD-02."],
            ["A11", "Brake monitoring", "A head was not at standstill within 10 s. Call Planora service."],
            ["A12", "Emergency stop", "A stop button or the safety trip bar is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Chatter marks: fine lines across the panel at even spacing", "Belt joint too thick, contact roller "
             "out of round, or worn feed belt", "Change the belt. If the spacing matches the roller circumference "
             "of 754 mm, the roller is out of round: regrinding by Planora service."],
            ["Snipe: deeper sanding at the front or rear end", "Pressure rollers set too low or worn, pieces fed "
             "with gaps", "Set the pressure rollers as in section 4; feed end to end."],
            ["Burn marks or dark streaks", "Glazed or clogged belt, feed too slow", "Change the belt; raise the "
             "feed speed."],
            ["More removal on one side", "Feed table not parallel to the heads", "Calibrate as in section 7."],
            ["Coarse scratches after head 2", "Grit step skipped or dull belt on head 2", "Follow the grit sequence "
             "of section 4."],
        ],
        (52, 56, 66),
    ),
    ("h", "7. Calibrating the thickness reading"),
    (
        "ol",
        [
            "Sand a solid wood test board, 1000 mm long and as wide as the working width, with head 1 only at 1.0 mm "
            "removal.",
            "Measure the thickness with a micrometer at both edges and in the middle, 100 mm from each end.",
            "The difference across the width must not exceed 0.05 mm. If it is larger, the feed table is not "
            "parallel; Planora service sets the table lifting spindles.",
            "Enter the measured thickness at the panel under Calibration > Head 1. The reading corrects itself.",
            "Repeat for head 2 with 0.2 mm removal and grit P150.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Blow dust off the oscillation sensors; clean the feed belt with a rubber cleaning stick; drain "
             "the air filter bowl."],
            ["Weekly", "Check the run-down time of every head after a stop (no more than 10 s) and the feed belt "
             "for cuts."],
            ["Every 250 h", "Grease the four table lifting spindles with lithium EP2 grease; check the head V-belts."],
            ["Every 1000 h", "Replace the graphite cloth of the pad; replace the feed belt when worn to the fabric."],
            ["Every 2000 h", "Motor brakes and contact rollers checked by Planora service."],
        ],
        (32, 142),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Contact roller bearing housings", "M12", "70 Nm"],
            ["Pressure roller brackets", "M10", "45 Nm"],
            ["Head motor mounting", "M16", "160 Nm"],
            ["Pad segments", "M6", "8 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WS-1100", "WS-1350"],
            ["Contact roller head 1, 70 Shore A", "PLN-CR-1100", "PLN-CR-1350"],
            ["Feed belt", "PLN-FB-1100", "PLN-FB-1350"],
            ["Graphite cloth for pad", "PLN-GC-1100", "PLN-GC-1350"],
            ["Pressure roller, rubber", "PLN-PR-1100", "PLN-PR-1350"],
            ["Oscillation sensor nozzle", "PLN-OS-2", "PLN-OS-2"],
            ["Head V-belt set", "PLN-VB-15", "PLN-VB-18"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Inyectra BI brine injectors
INYECTRA = [
    ("title", "Inyectra BI Brine Injectors\nOperating and Maintenance Manual - BI-140 and BI-280"),
    (
        "p",
        "Document INY-OM-BI-03, Edition 2, April 2025. Inyectra Food Machinery S.L. The BI-140 and BI-280 inject "
        "curing brine into whole muscle meat, boneless or bone-in, and into poultry. A needle head moves up and down "
        "while the product advances on a stepping conveyor. The number gives the number of needles. Apart from the "
        "needle head, the conveyor width, the brine pump and the items named in this manual, the two machines are "
        "built alike. The brine mixer BM-200 that prepares the brine has its own manual, INY-OM-BM-01. The brine "
        "recipe is the customer's and is not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The needle head comes down with great force and the needles pierce a hand as easily as meat. Never "
        "reach under the head guard while the machine is switched on; the guard is interlocked (alarm I03).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BI-140", "BI-280"],
            ["Needles, number x diameter", "140 x 4 mm", "280 x 4 mm"],
            ["Needle rows x needles per row", "7 x 20", "10 x 28"],
            ["Conveyor belt width", "400 mm", "560 mm"],
            ["Largest product height under the head", "180 mm", "220 mm"],
            ["Strokes per minute", "10-60", "10-50"],
            ["Conveyor step length", "10-80 mm", "10-80 mm"],
            ["Injection pressure", "0.5-4.0 bar", "0.5-4.5 bar"],
            ["Brine tank", "150 L", "240 L"],
            ["Brine pump motor", "2.2 kW", "4.0 kW"],
            ["Head drive motor", "1.5 kW", "2.2 kW"],
            ["Output, boneless pork leg", "up to 1500 kg/h", "up to 3000 kg/h"],
            ["Machine mass, empty", "780 kg", "1150 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Output figures are for boneless pork leg in pieces of 2-5 kg at 20 % injection, 40 strokes/min and a 40 mm "
        "step; poultry and bone-in product give less. Electrical supply 400 V 3~ 50 Hz, 6 kVA (BI-140) or 9 kVA "
        "(BI-280). Compressed air is not needed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Brine irritates skin and eyes. Wear goggles when cleaning needles and filters.",
            "Handle needle heads only with cut-resistant gloves, and fit the needle protector plate INY-NP before a "
            "head is lifted out.",
            "Bone-in product may be injected only with the spring-loaded needles fitted as standard: each needle "
            "stops when it meets bone. A needle that does not spring back must be replaced, never straightened.",
            "Use only food-grade (NSF H1) lubricants on the machine.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Fill the tank with brine at 0-4 °C. Brine must not be warmer than 5 °C: warm brine foams, gives less "
            "pickup and lets bacteria grow.",
            "Check that the rotary drum filter (0.5 mm mesh) and the needle filter (0.25 mm) are clean and fitted.",
            "Prime the pump: run it with the head raised for 30 s until brine runs evenly from all needles.",
            "Set the injection pressure, strokes per minute and step length of the recipe.",
            "Weigh a test batch of at least 20 kg before and after injection. Pickup in % = (weight after - weight "
            "before) / weight before x 100. Adjust the pressure until the pickup is within ±1 % of the target.",
            "Record pickup and brine temperature in the batch record.",
        ],
    ),
    ("h", "4. Injection settings"),
    (
        "cols",
        [
            ("h", "Pickup and pressure"),
            ("p", "For boneless pork leg at 2-4 °C, with brine of density 1.08-1.12 kg/L, the pickup is about 10 % "
             "at 1.0 bar, 20 % at 2.0 bar and 30 % at 3.0 bar (40 strokes/min, 40 mm step). A higher stroke rate or "
             "a shorter step raises the pickup at the same pressure."),
            ("h", "Poultry"),
            ("p", "For chicken and turkey breast fit the 3 mm needles (kit INY-NK-3) and use 0.8-2.0 bar. Higher "
             "pressure tears the muscle and leaves brine pockets. Poultry pickup is usually kept to 15-25 %."),
            ("h", "Bone-in hams"),
            ("p", "Bone-in hams are injected at 2.5-4.0 bar with a step of 30 mm or less. The pickup per bar is "
             "lower than for boneless meat, because brine is lost along the bone."),
            ("h", "Brine"),
            ("p", "Brines with carrageenan or starch must be kept moving in the mixer and pass the 0.5 mm drum "
             "filter; undissolved particles block needles. Brine returned from the drip tray is filtered and reused "
             "for no more than one shift."),
            ("h", "Product temperature"),
            ("p", "Meat must be at -1 to +4 °C when injected. Frozen or crusted meat, colder than -1 °C, bends "
             "needles."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["I01", "Brine level low", "Less than 20 L in the tank; the pump stops. Fill the tank."],
            ["I02", "Pressure not reached", "Pump sucking air, drum filter blocked or needle seals worn."],
            ["I03", "Head guard open", "Close the guard; the head stops at the top."],
            ["I04", "Pressure too high", "Over 4.0 bar (BI-140) or 4.5 bar (BI-280) for 5 s: needle filter "
             "blocked. Clean it."],
            ["I06", "Drum filter stopped", "Drum filter motor not turning; screen blocked by fat or gel."],
            ["I07", "Conveyor jam", "Step not completed within 2 s. Product too high or caught at the side."],
            ["I08", "Head drive overload", "Product too hard or frozen; needles hitting the belt support."],
            ["I09", "Brine temperature high", "Over 5 °C for 10 min. Cool the brine or add chilled brine."],
            ["I10", "Cleaning mode", "Head runs slowly with the pump at 1.0 bar for flushing."],
            ["I11", "Lubrication due", "250 h counter has run out; see section 8."],
            ["I12", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Pickup too low at the usual pressure", "Needles or needle filter partly blocked, brine too warm, "
             "worn pump", "Clean the needle filter and flush the needles; check the brine is at 0-4 °C."],
            ["Brine pockets, wet spots in the sliced product", "Pressure too high for the product, step too short",
             "Lower the pressure; for poultry keep to 0.8-2.0 bar."],
            ["Brine spraying from the needles on the up stroke", "Needle seals in the head worn",
             "Replace the needle seals INY-NS-4."],
            ["Foam in the tank", "Brine too warm, drip tray overflowing, pump sucking air at the suction hose",
             "Cool the brine; tighten the suction hose clamp."],
            ["Holes or needle marks on the surface", "Bent or burred needles", "Replace the needles (section 7)."],
            ["Conveyor does not step", "Product higher than 180 mm (BI-140) or 220 mm (BI-280)",
             "Cut the product down or turn it flat."],
        ],
        (52, 60, 62),
    ),
    ("h", "7. Replacing a needle"),
    (
        "ol",
        [
            "Stop the machine with the head at the top, switch off and lock the main switch.",
            "Fit the needle protector plate INY-NP under the head.",
            "Unscrew the needle with the needle key INY-NK and pull it out downwards through the protector plate.",
            "Fit a new needle with a new O-ring INY-OR-4. Tighten by hand, then a quarter turn with the key "
            "(about 3 Nm).",
            "Check that the needle springs back freely over its full travel of 40 mm.",
            "Remove the protector plate, run brine at 1.0 bar with the head raised and check that the new needle "
            "sprays like its neighbours.",
        ],
    ),
    ("h", "8. Maintenance and cleaning"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["After each shift", "Flush the needles in cleaning mode, first with water, then with detergent at the "
             "concentration set by the chemical supplier. Water on the conveyor belt must not be hotter than 55 °C."],
            ["Daily", "Clean the drum filter and the needle filter; look at the needle tips."],
            ["Weekly", "Grease the head guides with NSF H1 grease; check the conveyor belt for cuts."],
            ["Every 250 h", "Check the oil level of the head gearbox through its sight glass (I11)."],
            ["Every 5000 h", "Head gearbox overhauled by Inyectra service."],
        ],
        (34, 140),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Needle in needle bar", "M10 x 1", "3 Nm"],
            ["Needle head clamps", "M12", "60 Nm"],
            ["Stripper plate screws", "M8", "20 Nm"],
            ["Brine pump flange", "M10", "40 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BI-140", "BI-280"],
            ["Needle 4 mm, spring-loaded", "INY-N4-200", "INY-N4-200"],
            ["Needle kit 3 mm for poultry", "INY-NK-3/140", "INY-NK-3/280"],
            ["Needle O-ring", "INY-OR-4", "INY-OR-4"],
            ["Needle seal", "INY-NS-4", "INY-NS-4"],
            ["Drum filter screen 0.5 mm", "INY-DF-05", "INY-DF-05"],
            ["Needle filter 0.25 mm", "INY-NF-025", "INY-NF-025"],
            ["Brine pump seal kit", "INY-PS-22", "INY-PS-40"],
            ["Stripper plate", "INY-SP-140", "INY-SP-280"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Granthorpe CC cone crushers
GRANTHORPE = [
    ("title", "Granthorpe CC Cone Crushers\nOperating and Maintenance Manual - CC-1000 and CC-1300"),
    (
        "p",
        "Document GCE-OM-CC-07, Edition 2, January 2025. Granthorpe Crushing Equipment Ltd. The CC-1000 and CC-1300 "
        "are cone crushers with hydraulic setting adjustment and tramp release, for secondary and tertiary crushing "
        "of hard rock and gravel. The number gives the mantle diameter in millimetres. Apart from the size of the "
        "crushing head, the motor, the lubrication unit and the items named in this manual, the two crushers are "
        "built alike. The automation system GCX-3 has its own manual, GCE-OM-GCX-03. The feed bin and the feed and "
        "discharge conveyors are the plant's.",
    ),
    (
        "warn",
        "WARNING: Never enter the feed hopper or stand on the crusher while it runs, and never free a blocked chamber "
        "by hand or with a bar. Lock out the main motor and the hydraulic unit, and release the clamping pressure to "
        "zero, before any work on the crusher.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CC-1000", "CC-1300"],
            ["Mantle diameter", "1000 mm", "1300 mm"],
            ["Feed opening, coarse chamber", "210 mm", "275 mm"],
            ["Closed side setting (CSS), range", "10-38 mm", "13-45 mm"],
            ["Eccentric throw", "25 mm", "32 mm"],
            ["Main motor", "160 kW, 161.1 A", "250 kW, 247.6 A"],
            ["Countershaft speed", "960 rpm", "880 rpm"],
            ["Capacity at 25 mm CSS", "160-220 t/h", "270-360 t/h"],
            ["Lubrication oil tank", "380 L", "560 L"],
            ["Crusher mass without motor", "10800 kg", "22500 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Motor currents are rated values at 690 V 3~ 50 Hz. The capacities are for dry granite of 1.6 t/m³ bulk "
        "density, choke fed with 0-150 mm (CC-1000) or 0-200 mm (CC-1300) feed holding no more than 10 % of "
        "material finer than the CSS. Wet, sticky or fine-rich feed crushes slower and packs the chamber.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Stop the feed and let the crusher run empty before stopping it. A crusher stopped full must be emptied "
            "by hand after lock-out, never started under load.",
            "Stones can be thrown out of the feed opening. Keep the hopper guard closed and wear eye protection on "
            "the platforms.",
            "The accumulators of the tramp release hold nitrogen under pressure even when the unit is switched off. "
            "They are opened and checked only by Granthorpe service.",
            "Keep hearing protection on within 10 m of a running crusher; the noise exceeds 95 dB(A).",
        ],
    ),
    ("h", "3. Crushing settings"),
    (
        "cols",
        [
            ("h", "Closed side setting"),
            ("p", "The CSS is the smallest gap between mantle and concave during one revolution of the head. "
             "Measure it with lead as in section 6; do not rely on the bowl position shown by the GCX-3 alone, since "
             "liner wear opens the CSS by several millimetres a week. The CSS must never be set below 10 mm "
             "(CC-1000) or 13 mm (CC-1300), whatever the chamber."),
            ("h", "Choke feeding"),
            ("p", "The crusher works best choke fed: the chamber is kept full and the feed stands 200-400 mm above "
             "the mantle nut. Trickle feeding gives flaky product and uneven liner wear. Feed must fall centrally; "
             "a feed that lands on one side wears the liners unevenly."),
            ("h", "Power draw"),
            ("p", "The average power draw should be 75-90 % of the motor rating. Short peaks to 110 % are allowed, "
             "but an average above 90 % for more than 15 min overloads the drive, and the GCX-3 then cuts the feed "
             "(alarm K09)."),
            ("h", "Tramp release"),
            ("p", "The hydraulic tramp release lets uncrushable metal through by lifting the bowl. The release "
             "pressure and the precharge of the accumulators are set by Granthorpe service at commissioning and "
             "must not be changed. Ring bounce, the bowl lifting again and again without tramp, is a sign of too "
             "small a setting or a packed chamber, and it damages the main frame seat."),
            ("h", "Lubrication oil"),
            ("p", "Use ISO VG 150 where the ambient temperature is above 25 °C and ISO VG 100 below it. The tank "
             "heater keeps the oil at 25 °C or warmer. The crusher may start only with oil at 20 °C or more and a "
             "supply pressure of at least 1.2 bar."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["K01", "Lube oil pressure low", "Below 1.2 bar: the crusher stops after 10 s. Check the pump, the filter "
             "and the oil level."],
            ["K02", "Return oil temperature warning", "At 60 °C. Clean the cooler fins and check the cooler fan."],
            ["K03", "Return oil temperature trip", "At 65 °C the feed stops and the crusher runs empty and stops."],
            ["K04", "Oil too cold to start", "Tank below 20 °C; the heater is on."],
            ["K05", "Lube filter clogged", "Differential pressure over 2.0 bar. Change element GCE-LF-25."],
            ["K06", "Tramp release", "Bowl lifted. Once: tramp metal. Repeated: ring bounce, see section 5."],
            ["K07", "Clamping pressure low", "Bowl clamp lost pressure and the setting may drift. Call Granthorpe "
             "service if it repeats."],
            ["K08", "Main motor overload", "Motor protection tripped."],
            ["K09", "Power draw high", "Average over 90 % for 15 min; the GCX-3 reduces the feed."],
            ["K10", "Chamber level high", "Level sensor over the hopper; the feed is cut."],
            ["K12", "Water in oil", "Moisture sensor over 500 ppm. Take an oil sample; look for a cooler leak."],
            ["K13", "Countershaft bearing hot", "Over 90 °C. Stop and check the oil flow to the countershaft box."],
            ["K14", "Dust seal air low", "Dust seal blower stopped or its filter blocked."],
            ["K15", "Emergency stop", "A stop button or the pull cord is pulled."],
        ],
        (16, 46, 112),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Bowl lifts and drops with loud knocks, no metal in the feed (ring bounce)", "CSS too small, more than "
             "10 % fines, wet or sticky feed", "Open the CSS by 2 mm; screen the fines out of the feed."],
            ["Product coarser than usual", "Liner wear has opened the CSS", "Measure the CSS with lead and close "
             "the setting."],
            ["Power draw swings widely", "Segregated or off-centre feed, trickle feeding", "Centre the feed; keep "
             "the chamber choke fed."],
            ["Return oil temperature rising over days", "Cooler fins dirty, or dust in the oil from a worn dust "
             "seal", "Clean the cooler; have the oil analysed; check the dust seal."],
            ["Oil level rising in the tank", "Water in the oil", "See K12."],
        ],
        (56, 58, 60),
    ),
    ("h", "6. Measuring the CSS with lead"),
    (
        "ol",
        [
            "Run the crusher empty at normal speed. The discharge conveyor keeps running.",
            "Use lead bars about 1.5 times as thick as the expected CSS, tied to a rope, from the service platform.",
            "Lower a lead bar into the chamber at four points 90° apart; never lean over the hopper edge.",
            "Stop and lock out the discharge conveyor and collect the flattened lead pieces.",
            "Measure the thinnest part of each piece with a caliper. The smallest reading is the CSS.",
            "Enter the measured CSS in the GCX-3 so that its bowl position reading is corrected.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Read lube oil pressure, return temperature and tank level; walk round for leaks; look "
             "at the dust seal."],
            ["Weekly", "Measure the CSS with lead; clean the oil cooler; check the V-belt tension."],
            ["Every 1000 h", "Take an oil sample for analysis; change the lube filter element GCE-LF-25."],
            ["Every 4000 h", "Change the oil, 380 L (CC-1000) or 560 L (CC-1300), sooner if the sample fails."],
            ["Mantle worn to 25 mm", "Change mantle and concave together; the work is described in service "
             "instruction GCE-SI-12, supplied with the lifting tools. The backing compound is poured and cured to "
             "its supplier's instructions."],
            ["Yearly", "Main shaft bushings, tramp release and accumulators checked by Granthorpe service."],
        ],
        (38, 136),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Motor base bolts", "M24", "660 Nm"],
            ["Countershaft box bolts", "M20", "390 Nm"],
            ["Feed plate bolts", "M16", "190 Nm"],
            ["Hopper segment bolts", "M12", "80 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "CC-1000", "CC-1300"],
            ["Mantle, standard chamber", "GCE-MA-10S", "GCE-MA-13S"],
            ["Concave, coarse chamber", "GCE-CO-10C", "GCE-CO-13C"],
            ["Concave, fine chamber", "GCE-CO-10F", "GCE-CO-13F"],
            ["Lube filter element", "GCE-LF-25", "GCE-LF-25"],
            ["Dust seal ring", "GCE-DS-10", "GCE-DS-13"],
            ["V-belt set", "GCE-VB-10", "GCE-VB-13"],
            ["Lead bar set", "GCE-LB-1", "GCE-LB-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("scarvell-gs-hydraulic-guillotine-shear.pdf", "Scarvell SCV-OM-GS-02 Ed 3 - GS-3006 / GS-3010", SCARVELL),
        ("planora-ws-wide-belt-sander.pdf", "Planora PLN-OM-WS-05 Ed 1 - WS-1100 / WS-1350", PLANORA),
        ("inyectra-bi-brine-injector.pdf", "Inyectra INY-OM-BI-03 Ed 2 - BI-140 / BI-280", INYECTRA),
        ("granthorpe-cc-cone-crusher.pdf", "Granthorpe GCE-OM-CC-07 Ed 2 - CC-1000 / CC-1300", GRANTHORPE),
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
