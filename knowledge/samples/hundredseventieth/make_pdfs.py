"""Generate the PDF manuals of the hundred-and-seventieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set170-scratch/venv && /tmp/set170-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set170-scratch/venv/bin/python knowledge/samples/hundredseventieth/make_pdfs.py

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



# ---------------------------------------------------------------- Arcwyn OTC orbital TIG frame welding cells
ARCWYN = [
    ("title", "Arcwyn OTC Orbital TIG Frame Welding Cells\nOperating and Maintenance Manual - OTC-38 and OTC-50"),
    (
        "p",
        "Document AWN-OM-OTC-04, Edition 3, March 2025. Arcwyn Automation Ltd. The OTC-38 and OTC-50 are enclosed "
        "welding cells for bicycle frames. A frame fixture on a two-axis positioner holds the tacked frame; two "
        "orbital TIG heads run on split rings around the tube joints while their arc voltage control (AVC) axis "
        "follows the saddle-shaped joint line. The OTC-38 is built for road, gravel and city frames; the OTC-50 for "
        "mountain bike, e-bike and cargo frames with oversized tubes. Apart from the tube range, the power source, "
        "the positioner and the items named in this manual, the two cells are built alike. The frame fixtures are "
        "made by Arcwyn to the customer's frame drawing. The welding procedure specifications (WPS) and the "
        "qualification of welding procedures and operators are the responsibility of the customer's welding "
        "coordinator; the starting values in this manual do not replace a qualified WPS.",
    ),
    (
        "warn",
        "WARNING: The arc gives off intense UV light and the high-frequency (HF) arc start disturbs electronic "
        "devices. Persons with pacemakers or other active implants must not enter the cell area. Argon collects in "
        "closed frames and low spaces: never put your face to a purged tube.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OTC-38", "OTC-50"],
            ["Tube outside diameter at the joint", "19-38 mm", "25-50.8 mm"],
            ["Wall thickness at the joint", "0.6-2.0 mm", "0.8-3.0 mm"],
            ["Orbital heads", "2", "2"],
            ["Head rotation speed", "0.5-12 rpm", "0.3-8 rpm"],
            ["Welding current, DC (steel, titanium)", "5-160 A", "5-250 A"],
            ["Welding current, AC (aluminium)", "10-150 A", "10-220 A"],
            ["Duty cycle at 40 °C ambient, 10 min cycle", "160 A at 40 %, 120 A at 100 %", "250 A at 40 %, 180 A at 100 %"],
            ["Pulse frequency", "0.5-500 Hz", "0.5-500 Hz"],
            ["Arc gap, AVC setting range", "0.8-2.0 mm", "1.0-2.5 mm"],
            ["Tungsten electrodes, WL20 (2 % lanthanated)", "1.6 mm and 2.4 mm", "2.4 mm and 3.2 mm"],
            ["Shielding gas flow, argon 4.6 (99.996 %)", "8-12 L/min", "10-15 L/min"],
            ["Backing (purge) gas flow, argon", "4-6 L/min", "6-10 L/min"],
            ["Gas inlet pressure", "3.5-5 bar", "3.5-5 bar"],
            ["Coolant tank / minimum coolant flow per head", "5 L / 1.0 L/min", "8 L / 1.5 L/min"],
            ["Positioner payload, frame plus fixture", "35 kg", "60 kg"],
            ["Positioner tilt / rotation", "±90° / endless", "±90° / endless"],
            ["Supply 400 V 3~ 50 Hz, fuse", "20 A gG", "32 A gG"],
            ["Cell footprint", "3200 x 2600 mm", "3800 x 3000 mm"],
            ["Mass of the cell", "1450 kg", "1900 kg"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The duty cycle figures hold at 40 °C ambient with a 10 min reference cycle. The current ranges hold with the "
        "water-cooled heads supplied; air-cooled heads are not offered for these cells.",
    ),
    ("h", "2. Starting values"),
    (
        "p",
        "The values below are starting values for joints of equal wall thickness on both tubes, tubes at 15-30 °C, "
        "the standard 2.4 mm electrode and a clean joint. They hold for both cells. Joints of unequal wall "
        "thickness, bottom bracket shells, dropouts and any other combination are set by the customer's WPS.",
    ),
    (
        "table",
        [
            ["Material", "Wall", "Current", "Travel speed", "Notes"],
            ["4130 steel", "0.9 mm", "45-55 A DC, pulsed 2 Hz", "110-130 mm/min", "Backing gas needed"],
            ["4130 steel", "1.2 mm", "60-75 A DC, pulsed 1.5 Hz", "100-120 mm/min", "Backing gas needed"],
            ["6061 aluminium", "1.6 mm", "95-110 A AC, balance 70 % EN", "80-100 mm/min", "Filler 4043, no backing gas"],
            ["7005 aluminium", "2.0 mm", "110-130 A AC, balance 70 % EN", "80-95 mm/min", "Filler 5356, no backing gas"],
            ["Titanium 3Al-2.5V", "0.9 mm", "38-46 A DC", "90-110 mm/min", "Trailing shield 15 L/min and backing gas"],
        ],
        (30, 16, 46, 30, 52),
    ),
    (
        "p",
        "Travel speed (mm/min) = 3.1416 x tube diameter (mm) x head speed (rpm). Example: a 35 mm tube at 1.1 rpm "
        "gives 3.1416 x 35 x 1.1 = 121 mm/min.",
    ),
    (
        "p",
        "Heat input (kJ/mm) = 0.6 x arc voltage (V) x current (A) x 60 / (1000 x travel speed (mm/min)). "
        "Example: 10 V, 50 A and 120 mm/min give 0.6 x 10 x 50 x 60 / 120 000 = 0.15 kJ/mm. Keep the heat input "
        "at or below the limit of the material; higher values soften the heat-affected zone and distort the frame.",
    ),
    (
        "table",
        [
            ["Material", "Heat input, maximum"],
            ["4130 steel", "0.25 kJ/mm"],
            ["Titanium 3Al-2.5V", "0.20 kJ/mm"],
            ["6061 and 7005 aluminium", "0.65 kJ/mm"],
        ],
        (84, 90),
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Gas pre-flow and post-flow"),
            (
                "p",
                "Pre-flow is settable from 0.5 to 3 s; the default is 1.0 s on the OTC-38 and 1.5 s on the OTC-50. "
                "Post-flow must be at least 8 s, plus 1 s for every 10 A above 80 A. On titanium keep the post-flow "
                "and the trailing shield running until the weld is below 400 °C, and never less than 20 s.",
            ),
            ("h", "Backing gas"),
            (
                "p",
                "Steel and titanium joints need backing gas inside the tubes. Before the first arc, purge with at "
                "least five times the closed volume of the frame. The purge oxygen analyser must read below 50 ppm "
                "for titanium and below 500 ppm for 4130 steel before the cell starts; otherwise W07 is shown. "
                "Aluminium is welded without backing gas.",
            ),
            ("h", "Arc voltage control"),
            (
                "p",
                "The AVC holds the arc voltage within ±1.5 V of its set value. If the voltage stays outside this "
                "window for more than 0.5 s, the weld stops with W06.",
            ),
            ("h", "Interpass temperature"),
            (
                "p",
                "Start the next joint only when the previous weld area has cooled to no more than 150 °C on 4130 "
                "steel and titanium, or 90 °C on aluminium. The cell measures the temperature with the pyrometer "
                "on head 1 and waits by itself.",
            ),
            ("h", "Electrode"),
            (
                "p",
                "Tungsten stick-out 4-6 mm. For DC, grind to an included angle of 30° with a flat of 0.2-0.3 mm. "
                "For AC, grind to 60°; the tip rounds by itself during the first welds.",
            ),
            ("h", "Coolant and surroundings"),
            (
                "p",
                "W04 is shown when the coolant returns above 45 °C. Ambient 5-40 °C, humidity up to 80 % without "
                "condensation. Draughts above 0.5 m/s at the torch disturb the gas shield: keep the cell doors "
                "closed and the extraction hood at the set airflow.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "Emergency stop or light curtain. Clear the area, release and press RESET."],
            ["W02", "Gas pressure low", "Inlet below 3.5 bar. Check the cylinder or the ring main and the regulator."],
            ["W03", "Coolant flow low", "Below the minimum flow of a head. Check for kinked hoses and the filter."],
            ["W04", "Coolant hot", "Return above 45 °C. Check the cooler fins and the coolant level."],
            ["W05", "Arc start failed", "No arc after 3 attempts. Check the electrode, the arc gap and the earth clamp."],
            ["W06", "Arc voltage window", "Outside ±1.5 V for more than 0.5 s. Joint gap too wide, tube not round or electrode worn."],
            ["W07", "Purge oxygen high", "Analyser above the limit of the material. Check the purge plugs and flow."],
            ["W08", "Head not at home", "A head did not return to its home position. Check the ring for spatter."],
            ["W09", "Positioner overload", "Frame and fixture heavier than the payload, or the fixture is blocked."],
            ["W10", "Door open", "A cell door opened during a program. The program stops at the end of the joint."],
            ["W12", "Electrode contact", "The electrode touched the work. Change the electrode (section 7)."],
            ["W13", "Fixture code", "The RFID code of the fixture does not match the frame program."],
            ["W14", "Service due", "500 arc hours since the last service. The cell still works."],
        ],
        (16, 40, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Porosity in aluminium welds",
                "Hydrogen from the oxide layer, lubricant residues or damp gas",
                "Clean the joint with acetone and a stainless brush no more than 4 h before welding; check the gas "
                "hoses for leaks",
            ],
            [
                "Inside of steel tubes black and crusty (sugared)",
                "No backing gas or oxygen too high in the purge",
                "Check the purge plugs and the backing gas flow; wait for the analyser (section 8)",
            ],
            [
                "Titanium weld blue or grey",
                "Post-flow too short or trailing shield lifted",
                "Lengthen the post-flow; silver or light straw colours are normal, the acceptance rules are the "
                "customer's",
            ],
            [
                "Undercut at the crown of the joint",
                "Head speed too high where the joint is steepest",
                "Lower the crown speed factor in the joint program from 100 % towards 80 %",
            ],
            [
                "Electrode tip melts on AC",
                "Balance too far towards EP or electrode too thin",
                "Set the balance to 70 % EN; use 2.4 mm (OTC-38) or 3.2 mm (OTC-50)",
            ],
            [
                "Crater crack at the end of an aluminium weld",
                "Crater fill off or down-slope too short",
                "Switch on crater fill and set the down-slope to at least 3 s",
            ],
        ],
        (50, 55, 69),
    ),
    ("h", "6. Loading a frame program and fixture"),
    (
        "ol",
        [
            "Move the positioner to the load position with the key switch and open the cell door.",
            "Fit the frame fixture on the positioner plate and lock the four clamps; the fixture code is read at once.",
            "On the panel select PROGRAMS and the frame program; W13 appears if the fixture and program do not match.",
            "Check the head rings for the tube diameters of the program and change the ring inserts if needed.",
            "Place the tacked frame in the fixture and close the toggle clamps from the head tube backwards.",
            "Fit the purge plugs and connect the backing gas hose (steel and titanium frames only).",
            "Close the door and press START: the cell purges, checks the oxygen and welds the joints in the program order.",
        ],
    ),
    ("h", "7. Changing the tungsten electrode"),
    (
        "ol",
        [
            "Stop the cell at the end of a frame and move the heads to the service position.",
            "Switch off the power source with the lockable switch HS2 and wait 2 min for the head to cool.",
            "Unscrew the back cap and pull the old electrode out of the collet.",
            "Grind the new WL20 electrode lengthwise on the diamond grinder: 30° for DC, 60° for AC.",
            "Insert the electrode and set the stick-out to 5 mm with the gauge AWN-TG-5; tighten the back cap by hand.",
            "Switch the power source on and run AVC CALIBRATE on a scrap tube of the same diameter.",
            "Reset the electrode counter on the panel.",
        ],
    ),
    ("h", "8. Purge check"),
    (
        "ol",
        [
            "Check that the analyser shows a zero of 20.9 % in air (press O2 CHECK with the sampling valve open to air).",
            "Fit the purge plugs in the frame openings; leave the vent plug at the highest point open.",
            "Set the backing gas to the flow of the model: 4-6 L/min (OTC-38) or 6-10 L/min (OTC-50).",
            "Purge for at least the time shown on the panel (five frame volumes).",
            "Read the oxygen at the vent: below 50 ppm for titanium, below 500 ppm for 4130 steel.",
            "If the value does not fall, check the plugs for leaks and the hose for a crack before welding.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check gas nozzles, gas lenses and electrodes; clean spatter off the head rings"],
            ["Weekly", "Clean the oxygen analyser sample filter; check the gas hoses and the earth cables"],
            ["500 arc hours (W14)", "Replace the head slip ring brushes; check the ring gears for wear"],
            ["12 months or 1000 arc hours, whichever comes first", "Change the coolant (Arcwyn AWN-CL-20, 5 L or 8 L)"],
            ["12 months", "Electrical safety check of the power source by a qualified electrician (site)"],
            ["24 months", "Replace the analyser cell; calibration by Arcwyn service"],
        ],
        (70, 104),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "The fume extraction of the cell connects to the site's extraction system; its airflow is laid out by "
            "the site's ventilation contractor, not by Arcwyn.",
            "Only persons trained by Arcwyn or by the customer's welding coordinator may run or teach programs.",
            "Keep the cell doors closed while welding; the viewing windows filter the UV to shade 11.",
            "Heat treatment of aluminium frames after welding is done in the separate heat treatment oven and "
            "is outside this manual.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "OTC-38", "OTC-50"],
            ["Gas lens collet body", "AWN-GL-16", "AWN-GL-24"],
            ["Ceramic nozzle, pack of 5", "AWN-CN-38", "AWN-CN-50"],
            ["Head ring insert set", "AWN-RI-38", "AWN-RI-50"],
            ["Slip ring brush set", "AWN-SB-2", "AWN-SB-2"],
            ["Electrode WL20, pack of 10", "AWN-WL-16 / AWN-WL-24", "AWN-WL-24 / AWN-WL-32"],
            ["Purge plug set", "AWN-PP-38", "AWN-PP-50"],
            ["Oxygen analyser cell", "AWN-OX-5", "AWN-OX-5"],
        ],
        (84, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kestrelby FR frame fatigue test rigs
KESTRELBY = [
    ("title", "Kestrelby FR Frame Fatigue Test Rigs\nUser Manual - FR-2 and FR-3"),
    (
        "p",
        "Document KTS-UM-FR-07, Edition 2, November 2024. Kestrelby Test Systems. The FR-2 and FR-3 are "
        "servo-hydraulic rigs for fatigue tests on bicycle frames and forks: pedalling, horizontal and vertical "
        "force tests. The FR-2 has two actuators and is used for pedalling and horizontal force tests; the FR-3 "
        "has a third actuator for combined and fork tests and larger forces for e-bike and cargo frames. The test "
        "loads, the number of cycles and the pass criteria come from the test standard (for example ISO 4210-6) or "
        "from the customer's test specification and are entered in the test program; they are not given in this "
        "manual. The cooling water supply and the floor are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: A frame can break suddenly during a test. Never stand inside the guard while the actuators are "
        "pressurised. Hydraulic oil at 210 bar can penetrate the skin: never feel for leaks with your hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FR-2", "FR-3"],
            ["Actuators", "2", "3"],
            ["Dynamic force per actuator", "±2.5 kN", "±5.0 kN"],
            ["Static force per actuator", "±3.0 kN", "±6.0 kN"],
            ["Actuator stroke", "±50 mm", "±75 mm"],
            ["Test frequency", "0.1-15 Hz", "0.1-10 Hz"],
            ["Peak actuator velocity, maximum", "300 mm/s", "250 mm/s"],
            ["Hydraulic power unit", "11 kW, 30 L/min", "18.5 kW, 45 L/min"],
            ["System pressure", "210 bar", "210 bar"],
            ["Hydraulic oil HLP 46, tank", "160 L", "250 L"],
            ["Accumulator nitrogen pre-charge at 20 °C", "70 bar", "90 bar"],
            ["Cooling water, 15-25 °C inlet", "20 L/min", "30 L/min"],
            ["Load cells", "5 kN", "10 kN"],
            ["Displacement transducers (LVDT)", "±50 mm, 0.01 mm", "±75 mm, 0.01 mm"],
            ["T-slot bed", "1600 x 1000 mm", "2200 x 1300 mm"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A gG", "50 A gG"],
            ["Noise of the power unit at 1 m, hood closed", "68 dB(A)", "72 dB(A)"],
            ["Mass, rig and power unit", "2300 kg", "3400 kg"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "Load cell accuracy: ±0.5 % of the reading from 10 % to 100 % of the load cell range, within 12 months of a "
        "calibration. Below 10 % of the range no accuracy is stated. The maximum test frequency holds only up to "
        "30 % of the stroke at full force, on a frame with a stiffness of at least 1 kN/mm; otherwise the "
        "controller lowers the frequency by itself.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Kestrelby or by the customer's test laboratory may run the rig.",
            "Close the polycarbonate guard before switching the hydraulics to HIGH PRESSURE.",
            "Depressurise the rig (LOW PRESSURE, then OFF) before touching a specimen, a fixture or a hose.",
            "The accumulator is charged with nitrogen only. Checking and topping up the pre-charge is done by trained "
            "persons with the charging kit KTS-CK-1; the periodic inspection of the accumulator is governed by the "
            "national pressure equipment rules and arranged by the site.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Force and displacement interlocks"),
            (
                "p",
                "Set the force interlock of each actuator to 110 % of its test amplitude and the displacement "
                "interlock to 5 mm beyond the largest peak seen during the first 1000 cycles. A trip gives F05 or "
                "F06 and the rig ramps down to zero force.",
            ),
            ("h", "Peak velocity"),
            (
                "p",
                "Peak velocity (mm/s) = 2 x 3.1416 x frequency (Hz) x displacement amplitude (mm). It must stay at "
                "or below 300 mm/s on the FR-2 and 250 mm/s on the FR-3. Example: 10 Hz at 3 mm amplitude gives 188 "
                "mm/s.",
            ),
            ("h", "Test duration"),
            (
                "p",
                "Test time (h) = number of cycles / (frequency (Hz) x 3600). Example: 100 000 cycles at 5 Hz take "
                "5.6 h.",
            ),
            ("h", "Crack detection (stiffness drift)"),
            (
                "p",
                "At 1000 cycles the rig records the displacement amplitude at constant force as the reference. The "
                "test stops with F07 when the displacement amplitude rises more than 20 % above this reference. "
                "20 % is the default; it can be set from 5 to 50 % when the standard or the customer's "
                "specification asks for another value.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Run the power unit at LOW PRESSURE for 10 min before a test so the oil reaches 40 °C. The working "
                "range is 40-55 °C; F02 stops the rig above 60 °C. Oil cleanliness ISO 4406 17/15/12 or better.",
            ),
            ("h", "Mounting torques"),
            (
                "p",
                "Dropout axle clamps 12 Nm; head tube mandrel 25 Nm; fork dummy axle 8 Nm; actuator rod ends 60 Nm "
                "(FR-2) or 90 Nm (FR-3). Re-check the torques after the first 1000 cycles.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop or guard", "Emergency stop pressed or the guard opened. Close it and press RESET."],
            ["F02", "Oil temperature", "Oil above 60 °C. Check the cooling water flow and temperature."],
            ["F03", "Oil level low", "Level switch in the tank. Look for leaks, top up with HLP 46."],
            ["F04", "Pressure filter", "Clogging indicator of the pressure filter. Change the element."],
            ["F05", "Force interlock", "Force above the interlock. Check the specimen, the fixture and the program."],
            ["F06", "Displacement interlock", "Displacement above the interlock. The frame may be cracked or loose."],
            ["F07", "Stiffness drift", "Displacement amplitude more than the set percentage above the reference."],
            ["F09", "Servo valve", "Servo valve current out of range. Check the plug and cable; call Kestrelby."],
            ["F10", "Load cell signal", "Load cell signal lost or out of range. Check the cable and the connector."],
            ["F11", "Cooling water", "Flow below the minimum of the model for more than 30 s."],
            ["F12", "Accumulator", "Pressure ripple too high: pre-charge low. Check the pre-charge (section 8)."],
            ["F13", "Service due", "2000 pump hours since the last service. The rig still works."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Force overshoots and rings at the peaks",
                "Controller gain too high for a stiff frame",
                "Run AUTO TUNE with the frame mounted at 50 % of the test amplitude",
            ],
            [
                "Hammering noise from the power unit, force ripple",
                "Accumulator pre-charge low",
                "Check the pre-charge (section 8)",
            ],
            [
                "Force amplitude not reached at high frequency",
                "Peak velocity limit reached",
                "Lower the frequency until the peak velocity is within the limit",
            ],
            [
                "Test stops with F07 but no crack is visible",
                "Loose fixture bolts or a dropout clamp that slipped; crack hidden under paint",
                "Re-torque the fixture; the crack inspection (dye penetrant) is done by the customer's laboratory",
            ],
            [
                "Oil temperature climbs above 55 °C",
                "Cooling water warm or flow low, heat exchanger fouled",
                "Check the water supply of the site; clean the heat exchanger",
            ],
            [
                "Force readings drift during the first minutes",
                "Oil and load cells not warm",
                "Run the warm-up of 10 min at LOW PRESSURE",
            ],
        ],
        (52, 56, 66),
    ),
    ("h", "6. Mounting a frame for the pedalling test"),
    (
        "ol",
        [
            "Switch the hydraulics to OFF and open the guard.",
            "Fit the rear dropouts on the dummy axle of the dropout fixture and tighten the clamps to 12 Nm.",
            "Fit the head tube mandrel in the head tube and bolt it to the front support at 25 Nm.",
            "Fit the crank arms of the test fixture to the bottom bracket and connect the actuators' rod ends.",
            "Switch to LOW PRESSURE and move the actuators to zero force with the hand box.",
            "Close the guard and enter or load the test program with the customer's loads and cycles.",
            "Switch to HIGH PRESSURE and start; re-check the torques after the first 1000 cycles.",
        ],
    ),
    ("h", "7. Changing the pressure filter element"),
    (
        "ol",
        [
            "Switch the power unit off and wait until the pressure gauge reads 0 bar.",
            "Open the accumulator drain valve and wait 5 min.",
            "Put a tray under the filter housing and unscrew the bowl.",
            "Replace the element (KTS-PF-3 on both models) and the bowl O-ring.",
            "Screw the bowl in by hand, close the drain valve and run at LOW PRESSURE for 5 min; check for leaks.",
            "Reset the clogging indicator.",
        ],
    ),
    ("h", "8. Checking the accumulator pre-charge"),
    (
        "ol",
        [
            "Switch the power unit off and open the accumulator drain valve until the gauge reads 0 bar.",
            "Remove the gas valve cap and fit the charging kit KTS-CK-1.",
            "Read the pre-charge: 70 bar (FR-2) or 90 bar (FR-3) at 20 °C, correct by 0.3 bar per °C.",
            "If it is more than 10 % low, top up with dry nitrogen only; never with air or oxygen.",
            "Remove the kit, refit the cap and close the drain valve.",
        ],
    ),
    ("h", "9. Installation"),
    (
        "p",
        "The rig stands on a concrete floor at least 250 mm thick (FR-2) or 300 mm thick (FR-3); the T-slot bed is "
        "bolted down with the eight anchors supplied. The power unit may stand up to 10 m from the rig. The "
        "cooling water supply with its shut-off valve and strainer, and the drain, are provided by the site. The "
        "rig must not share a floor slab with measuring machines or alignment tables, because the test vibration "
        "travels through the slab.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each test", "Check the fixture bolts, the hoses and the oil level"],
            ["When the indicator shows, or 1000 pump hours", "Change the pressure filter element (section 7)"],
            ["6 months", "Check the accumulator pre-charge (section 8)"],
            ["2000 pump hours or 12 months, whichever comes first", "Oil analysis; change the oil when the "
             "cleanliness is worse than ISO 4406 17/15/12"],
            ["12 months", "Calibration of the load cells by an accredited laboratory"],
            ["5 years", "Replace all hydraulic hoses"],
        ],
        (70, 104),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FR-2", "FR-3"],
            ["Pressure filter element", "KTS-PF-3", "KTS-PF-3"],
            ["Return filter element", "KTS-RF-2", "KTS-RF-3"],
            ["Actuator seal kit", "KTS-SK-25", "KTS-SK-50"],
            ["Load cell", "KTS-LC-5", "KTS-LC-10"],
            ["Rod end with bolt", "KTS-RE-25", "KTS-RE-50"],
            ["Accumulator charging kit", "KTS-CK-1", "KTS-CK-1"],
        ],
        (84, 45, 45),
    ),
]


# ---------------------------------------------------------------- Radwick LM-36 automatic wheel lacing machine
RADWICK = [
    ("title", "Radwick LM-36 Automatic Wheel Lacing Machine\nOperating Instructions"),
    (
        "p",
        "Document RWS-OI-LM36-02, Edition 4, January 2025. Radwick Wheel Systems. The LM-36 laces spokes into a "
        "hub and a rim and runs the nipples on to a set depth, ready for tensioning and truing. The operator loads "
        "the hub and the rim; the machine takes the spokes from four magazines and the nipples from a bowl feeder. "
        "The LM-36 does not calculate spoke lengths: the lengths come from the wheel specification, worked out "
        "with the hub and rim makers' dimensions. Tensioning and truing are done afterwards on the truing robot, "
        "which has its own manual.",
    ),
    (
        "warn",
        "WARNING: The spoke grippers move fast and without warning. Never reach into the lacing area while the "
        "guard door is open and the machine is in AUTO. Spoke ends are sharp: wear cut-resistant gloves when "
        "loading magazines.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LM-36"],
            ["Wheel sizes", "20-29 in (ISO bead seat diameter 406-622 mm)"],
            ["Rim width, outside", "18-40 mm"],
            ["Spoke count (rim and hub drilled alike)", "24, 28, 32 or 36"],
            ["Lacing patterns", "radial (front wheels only), 1-cross, 2-cross, 3-cross"],
            ["Hub flange diameter", "35-68 mm (rim brake, 6-bolt and centre-lock disc hubs)"],
            ["Spoke length", "180-310 mm"],
            ["Spoke diameter at the thread", "1.8 mm or 2.0 mm, thread pitch 0.45 mm (56 TPI)"],
            ["Nipples", "brass or aluminium, 12 mm or 14 mm long, 3.2 mm square"],
            ["Spoke magazines", "4, each 150 spokes"],
            ["Nipple bowl feeder", "about 2000 nipples of 14 mm brass"],
            ["Nipple driver torque limit", "0.3-1.2 Nm"],
            ["Cycle time, 32 spokes 3-cross, 622 rim", "110 s"],
            ["Compressed air", "6 bar (at least 5.5 bar), 180 NL/min, dry and oil-free"],
            ["Electrical supply", "230 V 1~ 50 Hz, 10 A, 1.2 kW"],
            ["Dimensions (W x D x H)", "1900 x 1500 x 2100 mm"],
            ["Mass", "780 kg"],
            ["Noise at the operator position", "below 72 dB(A)"],
        ],
        (74, 100),
    ),
    (
        "p",
        "The cycle time of 110 s holds with full spoke magazines, a filled nipple feeder and the operator loading "
        "the next hub and rim during the cycle. Wheels per hour = 3600 / cycle time (s); at 110 s this is about 32 "
        "wheels per hour.",
    ),
    ("h", "2. Settings and limits"),
    (
        "cols",
        [
            ("h", "Recipe"),
            (
                "p",
                "Each wheel type is a recipe: rim size and drilling, spoke count, pattern per side, spoke lengths "
                "per side, hub flange diameters, nipple type and run-on depth. Up to 200 recipes are stored; a "
                "barcode on the rim label can select the recipe.",
            ),
            ("h", "Valve hole"),
            (
                "p",
                "The optical sensor finds the valve hole. The machine laces so that the valve hole lies between two "
                "spokes that run almost parallel, giving room for the pump head. With LABEL ON the hub label is also "
                "turned to be read through the valve hole.",
            ),
            ("h", "Nipple run-on depth"),
            (
                "p",
                "Nipple turns = thread engagement (mm) / thread pitch (mm). Example: 4.5 mm of engagement on the "
                "0.45 mm pitch is 10 turns. Set at least 8 turns (3.6 mm) so the nipple head seats in the rim. With "
                "12 mm nipples set no more than 14 turns (6.3 mm), otherwise the spoke may bottom in the nipple.",
            ),
            ("h", "Nipple torque"),
            (
                "p",
                "During lacing the nipples only run on; they carry no tension. Driver torque limits: 0.6 Nm for "
                "aluminium nipples, 1.0 Nm for brass nipples. A nipple that reaches the limit before its depth "
                "gives L08.",
            ),
            ("h", "Spoke gripper pressure"),
            (
                "p",
                "3.5-4.5 bar for 1.8 mm spokes, 4.0-5.0 bar for 2.0 mm spokes. Too high a pressure marks the spoke.",
            ),
            ("h", "Spoke length tolerance"),
            (
                "p",
                "Spokes must be within ±1 mm of the recipe length. A spoke more than 2 mm short does not reach the "
                "nipple and stops the cycle with L05.",
            ),
            ("h", "Rim hole offset"),
            (
                "p",
                "Most rims have the spoke holes offset left and right of the centre line. Enter the offset of the "
                "rim drawing, usually 2-4 mm; a wrong offset makes spokes go into the wrong holes.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop or guard", "Emergency stop pressed or guard door open. Close it and press RESET."],
            ["L02", "Air pressure low", "Supply below 5.5 bar. Check the compressor and the filter regulator."],
            ["L03", "Spoke magazine empty", "A magazine of the recipe is empty. Refill (section 5)."],
            ["L04", "Spoke not gripped", "Gripper lost the spoke. Check the gripper pressure and the jaws."],
            ["L05", "Spoke did not reach", "Spoke end missed the rim hole: spoke too short, wrong offset or bent spoke."],
            ["L06", "Nipple feed", "Nipple feeder empty or jammed in the feed tube."],
            ["L08", "Nipple torque", "Torque limit reached before the depth: cross-threaded nipple or dry thread."],
            ["L09", "Valve hole not found", "Sensor window dirty, rim colour not taught, or no valve hole drilled."],
            ["L10", "Hub not clamped", "Hub clamp open or flange diameter not as in the recipe."],
            ["L11", "Rim not clamped", "Rim size does not match the recipe, or the rim clamps are worn."],
            ["L12", "Service due", "500 000 spokes or 6 months since the last service. The machine still works."],
        ],
        (16, 44, 114),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Spokes bent at the elbow after lacing",
                "Insertion angle too steep for the hub flange, or a sharp flange hole edge",
                "Set the insertion angle in the recipe 2° flatter; report sharp flange holes to the hub supplier",
            ],
            [
                "Nipples stop halfway on many spokes",
                "Dry spoke threads or cross-threading",
                "Use spokes with thread compound as supplied by the spoke maker; check the nipple driver alignment",
            ],
            [
                "Valve hole ends up in the wrong place",
                "Sensor window dirty or rim colour not taught",
                "Clean the window; teach the sensor (section 6)",
            ],
            [
                "Spokes go into the wrong rim holes",
                "Rim hole offset set wrong in the recipe",
                "Enter the offset from the rim drawing",
            ],
            [
                "Spokes cross on the wrong side (over instead of under)",
                "Weave setting of the recipe wrong",
                "Set the weave of the last cross to INTERLACED",
            ],
        ],
        (50, 58, 66),
    ),
    ("h", "5. Loading the spoke magazines"),
    (
        "ol",
        [
            "Check on the panel which magazine holds which spoke length for the active recipe.",
            "Open the magazine flap; the machine finishes the current spoke and stops feeding from that magazine.",
            "Put on cut-resistant gloves and lay the spokes in with the heads to the left, no more than 150 spokes.",
            "Tap the bundle level against the end stop so all heads touch it.",
            "Close the flap and press MAG OK; L03 clears.",
        ],
    ),
    ("h", "6. Teaching the valve hole sensor"),
    (
        "ol",
        [
            "Clean the sensor window with a dry lint-free cloth.",
            "Clamp a rim of the new colour in the machine with the valve hole at the top.",
            "Select SERVICE > VALVE SENSOR > TEACH.",
            "The rim turns once; the sensor learns the rim surface and the hole.",
            "Check the result: the signal margin on the panel must be at least 30 %.",
            "Save the taught values with the recipe.",
        ],
    ),
    ("h", "7. Changing over to a new wheel type"),
    (
        "ol",
        [
            "Finish the last wheel and empty the magazines that hold other spoke lengths.",
            "Select the new recipe or scan the rim barcode.",
            "Change the hub clamp inserts if the axle type changes (quick release or thru-axle).",
            "Set the rim clamps to the new rim size with the scale on the clamp ring.",
            "Fill the magazines and the nipple feeder as the recipe asks.",
            "Lace the first wheel in STEP mode and check the pattern, the valve hole and the nipple depth.",
        ],
    ),
    ("h", "8. Clearing a spoke jam"),
    (
        "ol",
        [
            "Press STOP and wait until the gripper arm has returned to its park position.",
            "Open the guard door; the machine switches to SETUP by itself.",
            "Remove the jammed spoke with pliers; never pull it out with the gripper closed.",
            "Check the spoke: a bent spoke is thrown away, never straightened and reused.",
            "Check the gripper jaws and the feed channel for spoke offcuts.",
            "Close the door, press RESET and select CONTINUE: the machine repeats the last spoke position.",
        ],
    ),
    ("h", "9. Installation"),
    (
        "p",
        "Set the LM-36 on a level floor that carries at least 500 kg/m² and level it within 1 mm per metre with "
        "its four screw feet. Leave at least 800 mm free on the magazine side and 1000 mm in front of the loading "
        "station. The compressed air line (at least 1/2 in) and the socket with its own 10 A circuit are provided "
        "by the site. Radwick service commissions the machine and loads the first recipes from the customer's "
        "wheel specifications.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the valve hole sensor window; empty the spoke offcut tray"],
            ["Weekly", "Grease the gripper rails with Radwick grease RWS-G2; check the jaws for wear"],
            ["250 000 spokes or 3 months, whichever comes first", "Replace the nipple driver bits"],
            ["500 000 spokes or 6 months (L12)", "Radwick service: gripper and feeder check, software update"],
        ],
        (70, 104),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Work in the lacing area only with the guard door open and the machine in SETUP; the grippers then "
            "move only at reduced speed while the hold-to-run button is pressed.",
            "Keep the offcut tray emptied: spoke offcuts are sharp.",
            "Only persons trained by Radwick may change recipes and settings.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Nipple driver bit 3.2 mm", "RWS-NB-32"],
            ["Gripper jaw pair, 1.8 mm spokes", "RWS-GJ-18"],
            ["Gripper jaw pair, 2.0 mm spokes", "RWS-GJ-20"],
            ["Hub clamp insert set, thru-axle", "RWS-HC-TA"],
            ["Valve hole sensor", "RWS-VS-1"],
            ["Grease RWS-G2, 400 g cartridge", "RWS-G2"],
        ],
        (100, 74),
    ),
]


# ---------------------------------------------------------------- Ampello DT e-bike drive unit test benches
AMPELLO = [
    ("title", "Ampello DT E-Bike Drive Unit Test Benches\nOperating Manual - DT-85 and DT-120"),
    (
        "p",
        "Document AMP-OM-DT-03, Edition 2, June 2025. Ampello Test Engineering. The DT-85 and DT-120 are end-of-line "
        "benches for e-bike mid-drive units. A servo motor turns the crank spindle like a rider, a brake loads the "
        "chainring spindle, and a battery emulator supplies the unit. In one program the bench runs the no-load "
        "check, the torque sensor check, the assist check and the noise check in an acoustic hood, and talks to the "
        "unit over CAN. The DT-85 is for units with up to 85 Nm rated assist torque, the DT-120 for units up to 120 "
        "Nm. The pass/fail limits of a drive unit type and its firmware images are supplied by the drive unit maker; "
        "the limits in this manual are Ampello's defaults, to be replaced by the maker's values.",
    ),
    (
        "warn",
        "WARNING: The crank spindle and the brake start without warning when a program runs. Never reach into the "
        "hood with the program running. The battery emulator delivers up to 60 V DC: only trained persons may "
        "open the DUT connector box.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DT-85", "DT-120"],
            ["Drive units tested, rated assist torque", "up to 85 Nm", "up to 120 Nm"],
            ["Crank drive (rider simulation), torque", "0-150 Nm", "0-200 Nm"],
            ["Crank speed", "0-140 rpm", "0-140 rpm"],
            ["Output brake torque", "0-250 Nm", "0-350 Nm"],
            ["Output brake power, continuous", "1.5 kW", "2.5 kW"],
            ["Crank torque accuracy", "±0.1 % of full scale", "±0.1 % of full scale"],
            ["Output torque accuracy", "±0.2 % of full scale", "±0.2 % of full scale"],
            ["Battery emulator", "20-60 V DC, 25 A", "20-60 V DC, 40 A"],
            ["CAN interface", "250 or 500 kbit/s", "250 or 500 kbit/s"],
            ["Background noise in the hood, brake at 80 rpm", "below 30 dB(A)", "below 32 dB(A)"],
            ["Cycle time, standard program", "75 s", "95 s"],
            ["Compressed air", "6 bar, 50 NL/min", "6 bar, 50 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A gG", "25 A gG"],
            ["Footprint", "1600 x 1200 mm", "1800 x 1300 mm"],
            ["Mass", "980 kg", "1240 kg"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The torque accuracies hold after a warm-up of 15 min and within 12 months of a calibration. The cycle "
        "times hold for the standard program with one firmware check and no flashing; flashing firmware adds the "
        "time the drive unit needs.",
    ),
    ("h", "2. Test sequence and settings"),
    (
        "cols",
        [
            ("h", "Warm-up run"),
            (
                "p",
                "Each unit first runs 30 s at 60 rpm crank speed with no load, so the gearbox grease spreads. Do not "
                "shorten this step.",
            ),
            ("h", "No-load current"),
            (
                "p",
                "At 80 rpm, 36 V and no assist, the unit's supply current must be no more than 0.8 A on units tested "
                "on the DT-85 and 1.1 A on the DT-120 (Ampello defaults). A higher current points to a tight "
                "bearing or a rubbing seal.",
            ),
            ("h", "Torque sensor check"),
            (
                "p",
                "The bench turns the crank at 40, 80 and 120 Nm. The unit's own torque reading (over CAN) must agree "
                "with the bench within ±2 Nm or ±3 % of the bench reading, whichever is larger. Example: at 40 Nm "
                "the window is ±2 Nm, at 120 Nm it is ±3.6 Nm.",
            ),
            ("h", "Assist factor"),
            (
                "p",
                "Motor torque (Nm) = output torque (Nm) - rider torque (Nm), for a chainring on the spindle. Assist "
                "factor (%) = motor torque / rider torque x 100. Example: 140 Nm output with 40 Nm rider torque "
                "gives 100 Nm motor torque and an assist factor of 250 %.",
            ),
            ("h", "Noise check"),
            (
                "p",
                "Measured 0.5 m from the unit at 80 rpm and 50 Nm rider torque in the highest assist mode. Default "
                "limit: no more than 48 dB(A). The result is valid only when the background is at least 10 dB below "
                "the unit's level; otherwise D09 is shown and the check repeats.",
            ),
            ("h", "Transducer zero"),
            (
                "p",
                "Before every unit the bench zeroes its torque transducers with the couplings open. A zero that has "
                "moved more than 0.5 % of full scale since the last calibration gives D08.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop or hood", "Emergency stop pressed or hood open during a program."],
            ["D02", "Crank coupling", "Crank coupling not engaged. Check the adapter and the coupling claws."],
            ["D03", "DUT overcurrent", "Emulator current limit reached. Unit faulty or harness short-circuited."],
            ["D04", "No CAN response", "Unit does not answer: wrong adapter harness, worn pins or unit firmware."],
            ["D05", "Brake temperature", "Brake motor above 110 °C. Check the fan filter; let it cool."],
            ["D06", "Crank overload", "Crank torque above the bench range. Check the program and the unit."],
            ["D07", "Speed signal", "Wheel speed simulation not seen by the unit. Check the sensor coil position."],
            ["D08", "Zero drift", "Transducer zero moved more than 0.5 % of full scale. Check (section 6)."],
            ["D09", "Background noise", "Background less than 10 dB below the unit's level. Check the hood seals."],
            ["D11", "Reference check due", "Daily reference unit check not done (section 5)."],
            ["D12", "Air pressure low", "Below 5 bar. The couplings cannot close."],
            ["D13", "Service due", "12 months or 50 000 units since the last service."],
        ],
        (16, 40, 118),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "All units fail the torque sensor check by the same offset",
                "Bench transducer zero drift or crank coupling misaligned",
                "Run the transducer check (section 6) and the reference unit check (section 5)",
            ],
            [
                "Noise failures come and go during the shift",
                "Factory background (forklifts, compressors) or worn hood seals",
                "Check the hood door seals; look at the background value in the result",
            ],
            [
                "Units fail with D04 at random",
                "Worn pins in the adapter harness",
                "Replace the adapter harness (section 7); it is rated for 20 000 mating cycles",
            ],
            [
                "Brake smells hot, D05 after a few units",
                "Fan filter clogged",
                "Clean or replace the fan filter AMP-FF-2",
            ],
            [
                "Units fail the no-load current step in the morning only",
                "Units stored cold, grease stiff",
                "Let units reach the hall temperature (at least 15 °C) before testing",
            ],
        ],
        (52, 56, 66),
    ),
    ("h", "5. Daily reference unit check"),
    (
        "ol",
        [
            "Take the reference unit of the drive unit type from the cabinet (labelled REF with its serial number).",
            "Fit it in the adapter and close the hood.",
            "Select SERVICE > REFERENCE and the reference unit's serial number.",
            "The bench runs the standard program and compares the results with the stored reference values.",
            "All results must be within ±1 % of the reference values (noise within ±1.5 dB(A)).",
            "If a result is outside, do not test production units; run the transducer check (section 6).",
        ],
    ),
    ("h", "6. Transducer check with the calibration lever"),
    (
        "ol",
        [
            "Switch the bench to SERVICE and open the hood.",
            "Fit the calibration lever AMP-CL-05 (0.500 m) to the crank coupling, horizontal.",
            "Zero the crank transducer with the lever unloaded.",
            "Hang the 20 kg weight on the lever end: torque (Nm) = mass (kg) x 9.81 x lever length (m) = 98.1 Nm.",
            "The reading must be within ±0.3 Nm (DT-85) or ±0.4 Nm (DT-120) of 98.1 Nm.",
            "Repeat on the output coupling with the lever AMP-CL-05 and the 40 kg weight (196.2 Nm), within "
            "±0.5 Nm (DT-85) or ±0.7 Nm (DT-120).",
            "If a reading is outside, the bench must not be used; call Ampello service for a calibration.",
        ],
    ),
    ("h", "7. Replacing the adapter harness"),
    (
        "ol",
        [
            "Switch the emulator off with key switch S3 and lock it.",
            "Unplug the harness from the DUT connector box.",
            "Unscrew the two harness clamps on the adapter plate.",
            "Fit the new harness of the drive unit type (AMP-AH-xx, see the adapter list) and tighten the clamps.",
            "Plug in, switch the emulator on and reset the mating counter under SERVICE > COUNTERS.",
            "Run the reference unit check (section 5).",
        ],
    ),
    ("h", "8. Changing over to another drive unit type"),
    (
        "ol",
        [
            "Finish the last unit and open the hood.",
            "Release the two adapter plate clamps with the air valve V2 and slide the adapter plate out.",
            "Slide in the adapter plate of the new drive unit type and close the clamps; the plate code is read.",
            "Fit the crank coupling claw set of the type (AMP-CC-85 or AMP-CC-120).",
            "Select the test program of the type; check that the limits loaded are the drive unit maker's current "
            "release.",
            "Run the reference unit check (section 5) with the reference unit of the new type.",
        ],
    ),
    ("h", "9. Installation"),
    (
        "p",
        "The bench stands on its four vibration mounts on a level concrete floor; no anchoring is needed. Keep "
        "it at least 5 m from presses, riveting machines and compressors, as their noise and vibration disturb "
        "the noise check. The hall should be kept at 15-30 °C. The supply, the compressed air and the network "
        "connection to the factory's quality database are provided by the site; the data interface is agreed "
        "with Ampello for each project.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Reference unit check (section 5); clean the adapter contacts"],
            ["Weekly", "Check the hood door seals; clean the brake fan filter"],
            ["20 000 mating cycles", "Replace the adapter harness (section 7)"],
            ["Monthly", "Transducer check with the calibration lever (section 6)"],
            ["12 months or 50 000 units, whichever comes first (D13)", "Ampello service; calibration of the "
             "transducers by an accredited laboratory"],
            ["12 months", "Check of the sound level meter with a class 1 calibrator by the site's measurement department"],
        ],
        (70, 104),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Battery packs are not tested on these benches and must not be connected to the DUT connector box.",
            "Drive unit firmware is loaded only from the files the drive unit maker releases.",
            "Keep the hood closed during a program; its interlock stops the drives when it opens.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "DT-85", "DT-120"],
            ["Crank coupling claw set", "AMP-CC-85", "AMP-CC-120"],
            ["Output coupling", "AMP-OC-85", "AMP-OC-120"],
            ["Brake fan filter", "AMP-FF-2", "AMP-FF-2"],
            ["Hood door seal, 5 m", "AMP-HS-5", "AMP-HS-5"],
            ["Calibration lever 0.500 m", "AMP-CL-05", "AMP-CL-05"],
            ["Calibration weight 20 kg / 40 kg", "AMP-CW-20 / AMP-CW-40", "AMP-CW-20 / AMP-CW-40"],
        ],
        (84, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("arcwyn-otc-orbital-tig-frame-welding-cell.pdf", "Arcwyn AWN-OM-OTC-04 Ed 3 - OTC-38 / OTC-50", ARCWYN),
        ("kestrelby-fr-frame-fatigue-test-rig.pdf", "Kestrelby KTS-UM-FR-07 Ed 2 - FR-2 / FR-3", KESTRELBY),
        ("radwick-lm-automatic-wheel-lacing-machine.pdf", "Radwick RWS-OI-LM36-02 Ed 4 - LM-36", RADWICK),
        ("ampello-dt-e-bike-drive-unit-test-bench.pdf", "Ampello AMP-OM-DT-03 Ed 2 - DT-85 / DT-120", AMPELLO),
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
