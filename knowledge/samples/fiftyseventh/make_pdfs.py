"""Generate the PDF manuals of the fifty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set57venv && /tmp/set57venv/bin/pip install fpdf2 pypdf
    /tmp/set57venv/bin/python knowledge/samples/fiftyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, multiplication sign; no other unicode). The text rendered is all here. A fixed creation date makes
reruns byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second
set's make_pdfs.py; everything else is new.
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


# ---------------------------------------------------------------- Arcmund LFR ladle furnace electrode regulation
ARCMUND = [
    ("title", "Arcmund LFR Electrode Regulation Systems\nOperation and Maintenance Manual - LFR-40 and LFR-70"),
    (
        "p",
        "Document ARM-OM-LFR-04, Edition 3, March 2025. Arcmund Melt Controls. The LFR-40 and LFR-70 regulate the "
        "three graphite electrodes of an AC ladle furnace. Each electrode hangs in a clamp at the end of a current-"
        "conducting arm carried by a mast; a hydraulic cylinder moves each mast up and down through a proportional "
        "valve. The controller measures the secondary current and voltage of each phase and moves the masts so that "
        "the arc impedance stays at its setpoint. The LFR-40 is built for ladle furnaces of 35-45 t with an 8 MVA "
        "furnace transformer, the LFR-70 for 60-80 t with a 14 MVA transformer. Apart from the values given for each "
        "model, the two systems are built alike. The furnace transformer, its on-load tap changer, the roof and the "
        "electrode adding station have manuals of their own; the choice of tap and setpoint for each process step "
        "belongs to the site's melting practice and is not given here.",
    ),
    (
        "warn",
        "DANGER: The electrode arms, the clamps and the masts carry the secondary current. Never touch them and never "
        "enter the furnace platform unless the furnace circuit breaker is open, earthed and locked and the hydraulic "
        "pump is stopped with the accumulators discharged.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LFR-40", "LFR-70"],
            ["Ladle size", "35-45 t", "60-80 t"],
            ["Furnace transformer rating", "8 MVA", "14 MVA"],
            ["Secondary voltage taps", "160-260 V, 9 taps", "190-310 V, 11 taps"],
            ["Maximum electrode current", "24 kA", "36 kA"],
            ["Graphite electrode diameter (UHP)", "350 mm", "450 mm"],
            ["Mast stroke", "2400 mm", "2800 mm"],
            ["Maximum raising speed", "200 mm/s", "170 mm/s"],
            ["Maximum lowering speed", "120 mm/s", "100 mm/s"],
            ["Hydraulic cylinder bore, one per mast", "160 mm", "200 mm"],
            ["Proportional valve size", "NG10", "NG16"],
            ["Working pressure", "90 bar", "110 bar"],
            ["Low pressure alarm (A01)", "below 75 bar", "below 95 bar"],
            ["Accumulators, nitrogen precharge at 20 °C", "2 x 50 L, 55 bar", "3 x 50 L, 65 bar"],
            ["Hydraulic fluid, HFC water glycol ISO VG 46, tank", "800 L", "1200 L"],
            ["Current transformer ratio", "25 kA / 1 A", "40 kA / 1 A"],
            ["Impedance setpoint range", "4.0-12.0 mOhm", "3.0-9.0 mOhm"],
            ["Clamp force (disc springs)", "320 kN", "480 kN"],
            ["Clamp opening pressure, maximum", "75 bar", "90 bar"],
            ["Controller cycle time", "10 ms", "10 ms"],
            ["Controller supply", "24 V DC, 6 A", "24 V DC, 6 A"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum electrode current holds only on the lowest taps and for no more than 20 min in any 60 min; on "
        "the upper taps the current is limited by the transformer rating. The setpoint ranges hold with the "
        "standard current transformers; with others, the ranges must be re-entered by Arcmund service.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site on the furnace and on this system may change settings. Settings "
            "marked SERVICE are protected by the key switch and are for Arcmund service only.",
            "Before any work at the masts, lower the electrodes onto their parking blocks or raise them to the "
            "upper end stop and fit the mechanical mast locks; a mast held only by oil can sink.",
            "Discharge the accumulators through the manual dump valve and check the gauge reads 0 bar before "
            "opening any hydraulic line.",
            "HFC fluid is slippery and irritates the eyes. Wear goggles and nitrile gloves and clean up spills at "
            "once.",
            "Never stand under a suspended electrode column. Broken electrode pieces are removed only with the "
            "furnace switched off.",
        ],
    ),
    ("h", "3. Regulation settings and limits"),
    (
        "cols",
        [
            ("h", "Impedance control"),
            (
                "p",
                "Each phase is controlled to its impedance setpoint Z = U / I, phase voltage over phase current. "
                "The controller does not move a mast while the measured impedance is within the deadband of ±2 % of "
                "the setpoint. Outside it, the mast speed rises in proportion to the error up to the maximum speed. "
                "The proportional gain is set from 1.0 to 5.0, default 2.5; the deadband is fixed.",
            ),
            ("h", "Bore-in"),
            (
                "p",
                "For the first 3 min after arc ignition on a cold ladle, or until the arc is covered by slag, the "
                "controller works on the bore-in setpoint, which is 20 % above the refining setpoint. The current "
                "accuracy of ±3 % of setpoint applies in steady refining only, not during bore-in.",
            ),
            ("h", "Short circuit"),
            (
                "p",
                "If the current of one phase is above 130 % of its setpoint for longer than 0.5 s, that mast is "
                "raised at maximum speed until the current is back inside the deadband. Three such events within "
                "60 s set A06.",
            ),
            ("h", "Current unbalance"),
            (
                "p",
                "Unbalance = (Imax - Imin) / Iavg x 100 %. An unbalance of more than 10 % for more than 5 s sets "
                "A05, and the controller lowers the tap request by one step.",
            ),
            ("h", "Hydraulic fluid"),
            (
                "p",
                "Normal fluid temperature 20-50 °C. Above 55 °C A02 is set; above 60 °C the pump stops and the masts "
                "are held by the accumulators and the check valves. The water content of the HFC fluid must stay "
                "between 35 % and 45 %; check it monthly with the refractometer. Cleanliness ISO 4406 17/15/12 or "
                "better.",
            ),
            ("h", "Accumulators"),
            (
                "p",
                "The accumulators supply the raising speed on a short circuit. Their precharge must be checked every "
                "6 months; a precharge that has fallen by more than 10 % must be restored. The precharge is given at "
                "20 °C; correct the reading by about 0.2 bar per °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Hydraulic pressure low", "Pump stopped, leak, or accumulator precharge lost. Check the pump and "
             "the accumulators."],
            ["A02", "Fluid temperature high", "Above 55 °C: cooler fouled or cooling water off. Check the water flow "
             "through the cooler."],
            ["A03", "Fluid level low", "Level switch open. Look for leaks at the masts and top up with HFC fluid of the "
             "same type."],
            ["A04", "Filter clogged", "Pressure filter differential above 5 bar. Change the element."],
            ["A05", "Current unbalance", "Unbalance above 10 % for more than 5 s. Check electrode lengths and the "
             "slag cover."],
            ["A06", "Repeated short circuit", "Three short-circuit raises within 60 s. Check for scrap or an electrode "
             "tip in the bath."],
            ["A07", "Electrode break", "Current of one phase dropped to zero while the other two are above 50 % of "
             "setpoint. Raise all masts and inspect the column."],
            ["A08", "Mast upper limit", "Mast at its upper end stop while the controller asks to raise."],
            ["A10", "Mast lower limit", "Mast at its lower end stop while the controller asks to lower: the column "
             "is too short. Slip the electrode (section 7)."],
            ["A11", "Clamp not closed", "Clamp pressure switch still pressurised 3 s after the close command."],
            ["A12", "Position encoder", "Encoder signal lost or jumps more than 50 mm in one cycle."],
            ["A13", "Valve feedback", "Spool position differs from the command by more than 10 % for 1 s."],
            ["A14", "Roof contact", "Current in the roof earth monitor above 200 A: an electrode or arm touches the "
             "roof. Open the furnace breaker."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Mast hunts up and down at a steady tap and setpoint",
                "Gain too high for the slag practice, or a worn valve spool",
                "Reduce the gain in steps of 0.5; if it persists, check A13 history and the valve",
            ],
            [
                "One phase stays below its setpoint with the mast fully down",
                "Electrode column too short",
                "Slip the electrode (section 7)",
            ],
            [
                "Raising on a short circuit is slow",
                "Accumulator precharge low",
                "Check the precharge (section 8)",
            ],
            [
                "Electrode slides down in the clamp",
                "Graphite dust on the clamp pads or disc springs tired",
                "Clean the pads; check the clamp opening pressure",
            ],
            [
                "Arc loud and flaring, current swings",
                "Arc uncovered: slag too thin or setpoint too high",
                "Lower the setpoint or ask the process team about slag foaming",
            ],
            [
                "Fluid temperature rises over a shift",
                "Cooler fouled on the water side",
                "Clean the cooler at the next stop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting regulation on a heat"),
    (
        "ol",
        [
            "Check that no alarm is shown and the hydraulic pressure is at least 90 bar (LFR-40) or 110 bar "
            "(LFR-70).",
            "Check that the roof is down and the ladle car is in the heating position.",
            "Select the tap and the setpoint curve given by the melting practice.",
            "Switch the regulation to AUTO; the masts stay raised.",
            "Close the furnace circuit breaker.",
            "Press START ARC: the masts lower at no more than 50 mm/s until current flows on all three phases.",
            "Watch the bore-in: the controller holds the bore-in setpoint for 3 min.",
            "When the arcs are covered, the controller switches to the refining setpoint by itself; check that all "
            "three currents settle within ±3 % of setpoint.",
            "To end heating, press STOP ARC: the masts raise 300 mm and the breaker opens.",
        ],
    ),
    ("h", "7. Slipping an electrode"),
    (
        "ol",
        [
            "Stop heating and open the furnace circuit breaker.",
            "Raise the mast of the phase to be slipped to its upper end stop.",
            "Lower the electrode column with the slipping device until its tip rests on the slipping block.",
            "Open the clamp from the panel: it must open at no more than 75 bar (LFR-40) or 90 bar (LFR-70).",
            "Lower the mast by the length to be slipped, at most 600 mm in one step, while the column stays on the "
            "block.",
            "Close the clamp and wait for the pressure switch to drop; A11 must not appear.",
            "Raise the mast 100 mm and check that the column has not slid in the clamp.",
            "Enter the new column length on the ELECTRODE page.",
        ],
    ),
    ("h", "8. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Stop the pump and lock it off.",
            "Open the manual dump valve and wait until the gauge reads 0 bar.",
            "Remove the cap of the gas valve and fit the charging and gauging unit ARM-CG-01.",
            "Read the precharge and the ambient temperature.",
            "Correct the reading to 20 °C by 0.2 bar per °C.",
            "If the corrected precharge is below 49.5 bar (LFR-40) or 58.5 bar (LFR-70), fill with dry nitrogen to "
            "55 bar or 65 bar. Never use air or oxygen.",
            "Remove the unit, refit the cap, close the dump valve and start the pump.",
        ],
    ),
    ("h", "9. Calibrating a mast encoder"),
    (
        "ol",
        [
            "Select SERVICE > ENCODER with the key switch.",
            "Raise the mast to its upper end stop and press SET TOP.",
            "Lower the mast to its lower end stop at creep speed and press SET BOTTOM.",
            "Check that the stroke shown is 2400 mm (LFR-40) or 2800 mm (LFR-70) within ±5 mm.",
            "Save and return the key switch to RUN.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each heat", "Look for arcing marks on the clamp pads and the arm tips"],
            ["Weekly", "Clean graphite dust from the clamp pads; check the fluid level"],
            ["Monthly", "Water content of the HFC fluid with the refractometer (35-45 %)"],
            ["6 months", "Accumulator precharge (section 8); fluid sample for cleanliness"],
            ["12 months or A04, whichever comes first", "Change the pressure filter element"],
            ["2 years", "Replace the clamp disc springs"],
            ["5 years", "Replace the accumulator bladders"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LFR-40", "LFR-70"],
            ["Proportional valve with electronics", "ARM-PV-10", "ARM-PV-16"],
            ["Clamp pad set, one clamp", "ARM-CP-350", "ARM-CP-450"],
            ["Clamp disc spring stack", "ARM-DS-32", "ARM-DS-48"],
            ["Mast encoder", "ARM-EN-01", "ARM-EN-01"],
            ["Accumulator bladder 50 L", "ARM-AB-50", "ARM-AB-50"],
            ["Pressure filter element 10 µm", "ARM-FE-10", "ARM-FE-10"],
            ["Charging and gauging unit", "ARM-CG-01", "ARM-CG-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kokillor KO hydraulic mould oscillators
KOKILLOR = [
    ("title", "Kokillor KO Hydraulic Mould Oscillators\nOperating and Maintenance Instructions - KO-12 and KO-20"),
    (
        "p",
        "Document KOK-OMI-KO-07, Edition 2, June 2024. Kokillor Casting Technology. The KO-12 and KO-20 oscillate "
        "the mould of a continuous caster with two servo-hydraulic cylinders under a common oscillation table. The "
        "table is guided by pre-loaded leaf springs, so there are no sliding guides. Stroke, frequency and the "
        "non-sinusoidal form can be changed while casting. The KO-12 is for billet and bloom strands with an "
        "oscillating mass (mould, water jacket and table) of up to 12 t, the KO-20 for slab strands up to 20 t. "
        "Apart from the values given for each model, the two oscillators are built alike. The stroke and "
        "frequency to be used at each casting speed are set in the caster's casting practice, which the site's "
        "process engineering draws up; the breakout prediction system and the mould cooling water have their own "
        "documents.",
    ),
    (
        "warn",
        "WARNING: The table can move at any time while the hydraulic unit runs. Before working on or under the "
        "oscillator, stop the hydraulic unit, fit the two table locking pins and lock off the power pack. The "
        "oscillator area is a hot zone during casting: no work there while a strand is running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KO-12", "KO-20"],
            ["Strand type", "billet and bloom", "slab"],
            ["Oscillating mass, maximum", "12 t", "20 t"],
            ["Stroke, peak to peak", "0-12 mm", "0-10 mm"],
            ["Frequency", "50-400 cpm", "40-300 cpm"],
            ["Non-sinusoidal factor", "0-40 %", "0-30 %"],
            ["Cylinders, bore x stroke", "2 x 125 mm x 40 mm", "2 x 160 mm x 40 mm"],
            ["Servo valve rated flow at 70 bar drop", "63 L/min", "100 L/min"],
            ["System pressure", "160 bar", "180 bar"],
            ["Hydraulic fluid HFDU (synthetic ester) ISO VG 46, tank", "400 L", "630 L"],
            ["Position sensor", "magnetostrictive, 0.005 mm", "magnetostrictive, 0.005 mm"],
            ["Stroke accuracy at the table", "±0.1 mm", "±0.1 mm"],
            ["Lateral deviation of the table, maximum", "0.15 mm", "0.20 mm"],
            ["Leaf spring packs", "4", "6"],
            ["Power pack pumps", "2 x 30 kW, one standby", "2 x 45 kW, one standby"],
            ["Accumulators, nitrogen precharge", "2 x 10 L, 100 bar", "2 x 20 L, 100 bar"],
            ["Mass of the oscillator without mould", "6.8 t", "11.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The full stroke is available only up to 250 cpm (KO-12) or 200 cpm (KO-20). Above these frequencies the "
        "largest stroke the servo valves can drive falls in proportion: at 400 cpm the KO-12 gives at most 7.5 mm, "
        "at 300 cpm the KO-20 at most 6.7 mm. The stroke accuracy holds with the fluid at 35-50 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The oscillator may only be started with the table locking pins removed and stowed in their holders; "
            "the pin switches block the start otherwise.",
            "Never put a hand between the table and the frame. The gap closes by up to the full stroke.",
            "HFDU fluid is used because of the fire risk near liquid steel. Never top up with mineral oil or with "
            "water glycol; mixing fluids voids the fire protection.",
            "After a breakout, the oscillator must be cleaned and inspected before it runs again. Steel splashes on "
            "the leaf springs are removed by grinding only under the conditions in section 10.",
        ],
    ),
    ("h", "3. Oscillation settings and limits"),
    (
        "cols",
        [
            ("h", "Negative strip time"),
            (
                "p",
                "For a sinusoidal curve the negative strip time is tN = 60 / (pi x f) x arccos(1000 x vc / (pi x s x "
                "f)), with tN in s, f the frequency in cpm, s the stroke in mm and vc the casting speed in m/min. "
                "Kokillor recommends keeping tN between 0.08 s and 0.15 s. Example: KO-20, s = 5 mm, f = 140 cpm, "
                "vc = 1.2 m/min gives tN = 0.14 s. For a non-sinusoidal curve the controller shows the value it "
                "computes on the OSC page.",
            ),
            ("h", "Stroke error"),
            (
                "p",
                "The controller compares the measured stroke with the set stroke every cycle. A difference of more "
                "than ±0.3 mm for 10 cycles sets O05 (warning). A difference of more than ±0.5 mm for 10 cycles sets "
                "O06, and the caster is asked to reduce the casting speed.",
            ),
            ("h", "Friction monitoring"),
            (
                "p",
                "The mould friction is computed from the cylinder pressures. A friction value above 150 % of the "
                "running 5-min average for 3 cycles in a row sets O09 and is passed to the breakout prediction "
                "system, which decides what to do.",
            ),
            ("h", "Fluid"),
            (
                "p",
                "Fluid temperature 35-50 °C in operation; the heater keeps the tank at least at 30 °C when the unit "
                "is idle. Above 60 °C O03 is set. Cleanliness ISO 4406 16/14/11 or better for the servo valves. "
                "Water content of the HFDU no more than 0.1 %.",
            ),
            ("h", "Changing settings while casting"),
            (
                "p",
                "Stroke changes are ramped at no more than 0.5 mm/s and frequency changes at no more than 20 cpm/s, "
                "whatever is entered. Never change the non-sinusoidal factor by more than 10 % in one step while "
                "casting.",
            ),
            ("h", "Leaf springs"),
            (
                "p",
                "Replace all spring packs of an oscillator together, every 2 years or when the lateral deviation "
                "exceeds the maximum in the table, whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["O01", "System pressure low", "Below 140 bar (KO-12) or 160 bar (KO-20). Standby pump starts; check the "
             "running pump."],
            ["O02", "Fluid level low", "Level switch open. Look for leaks at the cylinders and hoses."],
            ["O03", "Fluid temperature high", "Above 60 °C: cooler or cooling water fault."],
            ["O04", "Filter clogged", "Differential across the pressure filter above 3.5 bar."],
            ["O05", "Stroke deviation", "Measured stroke differs by more than ±0.3 mm for 10 cycles."],
            ["O06", "Stroke deviation high", "More than ±0.5 mm for 10 cycles; casting speed reduction requested."],
            ["O07", "Cylinder out of phase", "The two cylinders differ by more than 0.4 mm at the same moment."],
            ["O09", "Friction high", "Friction above 150 % of the 5-min average for 3 cycles."],
            ["O10", "Position sensor", "Sensor signal lost or out of range. Oscillation stops; strand must be "
             "stopped by the caster."],
            ["O11", "Servo valve", "Valve spool feedback differs from command by more than 15 %."],
            ["O12", "Locking pin", "A table locking pin is not in its holder."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Deep or uneven oscillation marks on the strand",
                "Negative strip time outside 0.08-0.15 s, or stroke error",
                "Check tN on the OSC page and the stroke trend",
            ],
            [
                "Knocking noise at each stroke reversal",
                "Loose leaf spring clamp bolts or a cracked spring",
                "Stop at the next cast end; check the bolt torque (section 9)",
            ],
            [
                "Measured stroke slowly falls below the set stroke",
                "Servo valve contaminated or pump wear",
                "Check the filter and the system pressure; change the servo valve",
            ],
            [
                "Table moves sideways, marks on one face only",
                "Leaf springs worn or one pack damaged",
                "Measure the lateral deviation",
            ],
            [
                "O07 after a mould change",
                "Cylinder zero positions not matched",
                "Calibrate the stroke (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the oscillator before a cast"),
    (
        "ol",
        [
            "Check that the mould is clamped on the table and the mould water is flowing.",
            "Remove both table locking pins and put them in their holders; O12 clears.",
            "Start the power pack and wait until the system pressure reaches 160 bar (KO-12) or 180 bar (KO-20) and "
            "the fluid is at least at 30 °C.",
            "Enter or load the casting practice for the start speed.",
            "Press OSC ON: the table starts at 60 cpm and 2 mm and ramps to the practice values.",
            "Check the stroke trend: measured stroke within ±0.1 mm of set.",
            "Report ready to the caster pulpit. Oscillation must run before the tundish slide gate opens.",
        ],
    ),
    ("h", "7. Stroke calibration"),
    (
        "ol",
        [
            "Stop the cast and run the oscillator at 60 cpm and 6 mm.",
            "Fit a dial gauge with magnetic base on the frame, touching the top of the table at the middle of each "
            "side in turn.",
            "Read the peak-to-peak movement at the two sides; they must agree within 0.1 mm.",
            "Compare with the stroke shown. If they differ by more than 0.1 mm, select SERVICE > SENSOR and enter "
            "the dial gauge reading.",
            "Stop the oscillator, select ZERO MATCH and let the controller match the two cylinders.",
            "Repeat step 3 to check.",
        ],
    ),
    ("h", "8. Changing a servo valve"),
    (
        "ol",
        [
            "Stop the oscillator, fit the locking pins and stop and lock off the power pack.",
            "Open the accumulator dump valve; the gauge must read 0 bar.",
            "Unplug the valve and remove the four mounting screws.",
            "Fit the new valve KOK-SV-63 (KO-12) or KOK-SV-100 (KO-20) with new O-rings, screws tightened crosswise "
            "to 32 Nm.",
            "Flush: run the power pack for 30 min with the valve on its flushing plate if the fluid was opened for "
            "more than a few minutes.",
            "Plug in, start and run the stroke calibration (section 7).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cast", "Look for steel splashes and fluid leaks"],
            ["Weekly", "Check the lateral deviation with the dial gauge at 60 cpm"],
            ["Monthly", "Torque check of the leaf spring clamp bolts: 420 Nm (KO-12), 610 Nm (KO-20)"],
            ["3 months", "Fluid sample: cleanliness and water content"],
            ["12 months", "Change the filter elements; check the accumulator precharge"],
            ["2 years or lateral deviation over the limit", "Replace all leaf spring packs"],
        ],
        (70, 100),
    ),
    ("h", "10. Leaf springs after a breakout"),
    (
        "p",
        "Steel splashes on a spring pack may be removed by careful grinding only if no spring leaf is notched deeper "
        "than 0.5 mm and the splash covered less than 20 mm of the leaf length. Otherwise replace the pack and, if "
        "it carried a splash over its clamping zone, all packs. Check the lateral deviation before the next cast.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KO-12", "KO-20"],
            ["Servo valve", "KOK-SV-63", "KOK-SV-100"],
            ["Leaf spring pack", "KOK-LS-12", "KOK-LS-20"],
            ["Cylinder seal kit", "KOK-CS-125", "KOK-CS-160"],
            ["Position sensor", "KOK-PS-40", "KOK-PS-40"],
            ["Pressure filter element 3 µm", "KOK-FE-03", "KOK-FE-03"],
            ["Table locking pin", "KOK-LP-1", "KOK-LP-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Zunderhaus ZP-260 descaling pump set
ZUNDERHAUS = [
    ("title", "Zunderhaus ZP-260 High-Pressure Descaling Pump Set\nOperation and Maintenance Manual"),
    (
        "p",
        "Document ZH-BA-ZP260-02, Edition 5, November 2024. Zunderhaus Pumpen. The ZP-260 supplies the "
        "high-pressure water for the descaling headers of a hot strip mill: the primary descaler after the "
        "reheating furnace, the roughing mill headers and the finishing mill entry descaler. It is a horizontal "
        "ten-stage centrifugal pump in a forged barrel casing, with a balance drum, sleeve radial bearings and a "
        "tilting-pad thrust bearing, driven directly through a disc coupling by a two-pole medium-voltage motor. "
        "The pump runs continuously while the mill rolls; between descaling sprays the flow returns to the scale "
        "pit through the automatic recirculation valve (ARV). The descaling headers, their nozzles, the header "
        "valves and the pressure needed at the nozzles are covered in the descaler manual of the mill builder; "
        "the internals of the pump are overhauled by Zunderhaus service only.",
    ),
    (
        "warn",
        "DANGER: A jet of water at 250 bar cuts through skin and clothing. Never loosen a fitting or a flange while "
        "the system is pressurised, never look for leaks with your hand, and keep clear of the headers during a "
        "spray. An injection injury needs a hospital at once, even if it looks small.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ZP-260"],
            ["Rated flow", "280 m³/h"],
            ["Differential pressure at rated flow", "250 bar"],
            ["Shut-off differential pressure", "285 bar"],
            ["Number of stages", "10"],
            ["Speed", "2980 rpm"],
            ["Suction pressure, required at the pump inlet", "4-10 bar"],
            ["Minimum continuous flow (through the ARV)", "70 m³/h"],
            ["Water temperature, maximum", "45 °C"],
            ["Motor, 6.6 kV 50 Hz, two-pole, air-water cooled", "3.2 MW, 326 A"],
            ["Lube oil ISO VG 46, tank / flow to the bearings", "400 L / 40 L/min"],
            ["Lube oil pressure at the bearing header", "1.5-2.5 bar"],
            ["Balance drum leak-off flow, new pump", "6 m³/h"],
            ["Shaft seals", "two mechanical seal cartridges, 110 mm"],
            ["Coupling", "disc coupling, spacer 250 mm"],
            ["Mass, pump on baseplate / motor", "14.5 t / 11.0 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The rated flow and pressure hold for water at no more than 45 °C and a suction pressure of at least 4 bar. "
        "The minimum flow of 70 m³/h is 25 % of the rated flow; the pump must never run below it for more than "
        "30 s.",
    ),
    ("h", "2. Water quality"),
    (
        "p",
        "The pump takes descaling water from the high-pressure water treatment of the mill. At the pump inlet the "
        "water must be filtered to 200 µm, with suspended solids no more than 30 mg/L and oil no more than 5 mg/L. "
        "Scale particles larger than this wear the balance drum and the wear rings quickly. The duplex suction "
        "strainer in front of the pump is the last protection, not the water treatment.",
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Lube oil"),
            (
                "p",
                "The auxiliary lube oil pump must run before the main motor starts. Start permissive: oil pressure at "
                "least 1.5 bar and oil temperature at least 25 °C. In operation the shaft-driven pump takes over. "
                "Below 1.2 bar alarm P02; below 0.8 bar trip P03. Oil to the bearings at 40-50 °C.",
            ),
            ("h", "Bearing temperatures"),
            (
                "p",
                "Sleeve and thrust bearings, measured by Pt100 in the pads: normal 60-75 °C, alarm at 85 °C (P04), "
                "trip at 95 °C (P05).",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Velocity, rms, on the bearing housings: up to 2.8 mm/s is normal for a pump in good order; alarm at "
                "4.5 mm/s (P06), trip at 7.1 mm/s (P08).",
            ),
            ("h", "Balance drum leak-off"),
            (
                "p",
                "The leak-off returns to the suction. It grows as the drum and its bush wear. New: 6 m³/h. Above "
                "10 m³/h P10 is set: plan an overhaul with Zunderhaus service. The pump may run on until the "
                "overhaul as long as the discharge pressure at rated flow stays at 240 bar or above.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 3 starts per hour and no more than 2 starts in a row from cold. After any trip, "
                "whatever the cause, wait at least 15 min before a restart so the motor winding can cool.",
            ),
            ("h", "Seals"),
            (
                "p",
                "Each mechanical seal may leak up to 10 drops per minute. A steady trickle or a spray means the seal "
                "cartridge must be replaced at the next stop.",
            ),
            ("h", "Coupling alignment"),
            (
                "p",
                "Cold alignment, checked with the laser tool: offset within 0.05 mm and angularity within 0.05 mm per "
                "100 mm, with the motor shaft set 0.10 mm lower than the pump shaft to allow for its thermal growth.",
            ),
        ],
    ),
    ("h", "4. Alarm and trip codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Suction pressure low", "Below 4 bar: booster pumps, strainer or suction valve. Below 3 bar for "
             "5 s the pump trips."],
            ["P02", "Lube oil pressure low", "Below 1.2 bar: oil filter clogged, oil level low or shaft pump worn. "
             "The auxiliary oil pump starts."],
            ["P03", "Lube oil pressure trip", "Below 0.8 bar. Pump trips. Do not restart before the cause is found."],
            ["P04", "Bearing temperature high", "85 °C in a bearing. Check oil temperature, pressure and vibration."],
            ["P05", "Bearing temperature trip", "95 °C in a bearing. Inspect the bearing before a restart."],
            ["P06", "Vibration high", "4.5 mm/s. Check alignment, coupling and the flow at the time."],
            ["P08", "Vibration trip", "7.1 mm/s. Pump trips."],
            ["P09", "Minimum flow", "Flow below 70 m³/h for more than 30 s: ARV stuck or blocked. Pump trips."],
            ["P10", "Leak-off high", "Balance drum leak-off above 10 m³/h. Plan an overhaul."],
            ["P11", "Strainer clogged", "Differential across the duty strainer basket above 0.5 bar. Switch over "
             "and clean (section 7)."],
            ["P12", "Motor winding temperature", "Alarm at 130 °C, trip at 145 °C: motor air cooler or cooling "
             "water."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Discharge pressure low at rated flow",
                "Worn internals (check leak-off), strainer clogged, or a header valve passing",
                "Compare leak-off and suction pressure with the limits",
            ],
            [
                "Crackling noise like gravel in the pump",
                "Cavitation: suction pressure too low",
                "Check the booster pumps and the strainer differential",
            ],
            [
                "Pump trips on minimum flow between bars",
                "ARV stuck closed or its bypass blocked with scale",
                "Inspect the ARV; check the water quality",
            ],
            [
                "Bearing temperature and vibration rise together",
                "Misalignment after work on the motor or baseplate",
                "Check the alignment (section 8)",
            ],
            [
                "Seal drips more than 10 drops per minute",
                "Seal faces worn or damaged by solids",
                "Replace the seal cartridge at the next stop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the pump set"),
    (
        "ol",
        [
            "Check that the suction valve is fully open and the duty strainer basket is clean.",
            "Check that the booster pumps run and the suction pressure is at least 4 bar.",
            "Vent the barrel casing at the top vent valve until water comes out without air.",
            "Start the auxiliary lube oil pump; wait for at least 1.5 bar and at least 25 °C.",
            "Check that the ARV is free and the discharge isolation valve is open; all header valves closed.",
            "Check that no alarm is active and the last start was more than 20 min ago (3 starts per hour).",
            "Start the motor. The pump runs up in about 8 s with the flow through the ARV.",
            "Check the discharge pressure, about 285 bar at minimum flow, and the bearing temperatures.",
            "After 10 min, check that the auxiliary oil pump has stopped and the oil pressure stays in 1.5-2.5 bar.",
            "Report ready to the mill pulpit.",
        ],
    ),
    ("h", "7. Cleaning a strainer basket"),
    (
        "ol",
        [
            "Turn the change-over lever slowly to the clean basket; the pump keeps running.",
            "Close the vent of the basket to be cleaned and open its drain to release the pressure.",
            "Check that the pressure gauge of that side reads 0 bar.",
            "Remove the cover (8 bolts) and lift out the basket ZH-SB-300.",
            "Wash the basket with a water jet from the inside outward; replace it if the mesh is torn.",
            "Refit with a new cover gasket and tighten the bolts crosswise to 180 Nm.",
            "Close the drain, fill the side slowly through the equalising valve and vent it.",
        ],
    ),
    ("h", "8. Checking the coupling alignment"),
    (
        "ol",
        [
            "Stop the pump and lock off the motor circuit breaker and the auxiliary oil pump.",
            "Let the pump and motor cool to ambient for at least 8 h.",
            "Remove the coupling guard and fit the laser alignment tool on both shaft hubs.",
            "Take readings at 9, 12 and 3 o'clock by turning both shafts together.",
            "Correct with shims under the motor feet until the offset is within 0.05 mm and the angularity within "
            "0.05 mm per 100 mm, motor 0.10 mm low.",
            "Tighten the motor foot bolts to 650 Nm and take a final reading.",
            "Refit the guard.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Bearing temperatures, vibration, leak-off flow, seal leakage, strainer differential"],
            ["Weekly", "Lube oil level; switch the lube oil filter"],
            ["Monthly", "Function test of the ARV at minimum flow"],
            ["6 months", "Lube oil sample: water no more than 0.1 %, ISO 4406 18/16/13 or better"],
            ["12 months", "Coupling alignment check; motor insulation resistance"],
            ["16000 h or leak-off above 10 m³/h, whichever comes first", "Overhaul by Zunderhaus service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Mechanical seal cartridge 110 mm", "ZH-MS-110"],
            ["Suction strainer basket 200 µm", "ZH-SB-300"],
            ["Lube oil filter element", "ZH-OF-25"],
            ["Coupling disc pack", "ZH-CD-32"],
            ["Radial bearing shell set", "ZH-RB-140"],
            ["Thrust bearing pad set", "ZH-TB-12"],
            ["ARV trim set", "ZH-AR-150"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Caldorne FH reheating furnace burner system
CALDORNE = [
    ("title", "Caldorne FH Reheating Furnace Burner System\nOperation and Maintenance - FH-20 and FH-35 Burners"),
    (
        "p",
        "Document CLD-OM-FH-11, Edition 1, February 2025. Caldorne Combustion. The FH-20 and FH-35 are nozzle-mixing "
        "natural gas burners for the side walls and the roof of walking beam and pusher reheating furnaces, fired "
        "with combustion air preheated in the furnace's central recuperator. Each burner has a gas pilot, an "
        "ignition electrode and a self-checking UV flame scanner and is worked by the burner management system "
        "(BMS) of its zone. The FH-20 is rated 2.0 MW, the FH-35 3.5 MW; apart from the values given for each model "
        "they are built alike. This manual covers natural gas only; for coke oven gas, mixed gas or fuel oil ask "
        "Caldorne. The recuperator, the combustion air fan and the furnace's temperature control have manuals of "
        "their own. Emission limits are those of the site's permit.",
    ),
    (
        "warn",
        "DANGER: Gas leaks and unburnt gas in a hot furnace can explode. Never bypass a BMS interlock, a pressure "
        "switch or a flame scanner. Never re-light a burner by hand, and never try to light a burner again after a "
        "lockout before the cause is found.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FH-20", "FH-35"],
            ["Rated firing rate (natural gas, LHV)", "2.0 MW", "3.5 MW"],
            ["Turndown", "8:1", "10:1"],
            ["Natural gas flow at rated firing, LHV 36 MJ/m³ (n)", "200 m³/h (n)", "350 m³/h (n)"],
            ["Combustion air flow at rated firing, 10 % excess air", "2110 m³/h (n)", "3700 m³/h (n)"],
            ["Gas pressure at the burner inlet, rated firing", "80 mbar", "120 mbar"],
            ["Air pressure at the burner inlet, rated firing, hot air", "45 mbar", "60 mbar"],
            ["Combustion air preheat, maximum", "450 °C", "450 °C"],
            ["Pilot burner", "50 kW", "50 kW"],
            ["Ignition transformer", "7.5 kV", "7.5 kV"],
            ["Pilot trial for ignition (safety time)", "5 s", "5 s"],
            ["Main flame trial (safety time)", "3 s", "3 s"],
            ["Burner quarl (tile) bore", "240 mm", "310 mm"],
            ["Mass of the burner without quarl", "165 kg", "230 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated firing rate holds with hot combustion air at 350-450 °C and the gas and air pressures in the "
        "table. With cold air (start-up, recuperator bypassed) the burner gives no more than 70 % of its rated "
        "firing rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site on the furnace BMS may start, stop or adjust the burners.",
            "Before any work on a burner, close and lock the zone's manual gas isolating valve and the burner's "
            "manual valve, and vent the pipe section between them.",
            "Check for gas with a portable detector before opening any gas joint and before hot work near the "
            "burners.",
            "Burners and their air ducts are hot: wear heat-resistant gloves; the air duct can be at 450 °C.",
            "Keep the burner peepholes closed: flames and hot gas can blow out when the furnace pressure rises.",
        ],
    ),
    ("h", "3. Combustion settings"),
    (
        "cols",
        [
            ("h", "Pre-purge"),
            (
                "p",
                "Before the first burner of a cold furnace is lit, the furnace chamber must be purged with at least "
                "5 volume changes of air: t = 5 x V / Q, with V the chamber volume in m³ and Q the purge air flow in "
                "m³/s. The site enters the chamber volume; the BMS computes the time, never less than 60 s. "
                "Example: 400 m³ purged with 20000 m³/h (5.56 m³/s) needs 360 s.",
            ),
            ("h", "Air-gas ratio"),
            (
                "p",
                "The ratio is set for 10 % excess air. Checked in the flue gas of the zone: O2 1.5-3.0 % (dry), CO no "
                "more than 100 ppm. At low fire (below 25 % of the rated rate) O2 up to 5 % is normal.",
            ),
            ("h", "High-temperature mode"),
            (
                "p",
                "Above 750 °C in the zone, measured by two independent thermocouples, the BMS may switch the zone to "
                "high-temperature mode: burners may then be started without a pilot and the flame scanners are no "
                "longer used to trip the zone. Below 750 °C flame supervision is always active. The site decides "
                "whether high-temperature mode may be used at all, in its risk assessment.",
            ),
            ("h", "Gas pressure switches"),
            (
                "p",
                "Low gas pressure at 60 % and high gas pressure at 130 % of the rated burner inlet pressure: 48 and "
                "104 mbar (FH-20), 72 and 156 mbar (FH-35).",
            ),
            ("h", "Valve proving"),
            (
                "p",
                "Before each zone start the BMS tests the two safety shut-off valves. The test volume must not lose "
                "more than 10 mbar in 20 s with the downstream valve tested, nor gain more than 10 mbar in 20 s with "
                "the upstream valve tested. A failed test locks out the zone (L04).",
            ),
            ("h", "Quarl"),
            (
                "p",
                "Replace a quarl with cracks wider than 3 mm or with more than a quarter of its bore edge broken "
                "away.",
            ),
        ],
    ),
    ("h", "4. Lockout codes"),
    (
        "table",
        [
            ["Code", "Lockout", "Cause and action"],
            ["L01", "No pilot flame", "No UV signal within the 5 s pilot trial: electrode gap, ignition cable, pilot "
             "gas or scanner."],
            ["L02", "No main flame", "Pilot proven but no main flame within 3 s: main gas valve, gas pressure or "
             "air-gas ratio."],
            ["L03", "Flame failure in operation", "Flame lost while firing; often a dirty scanner window or too "
             "much excess air at low fire."],
            ["L04", "Valve proving failed", "A safety shut-off valve leaks. Do not restart; have the valve checked."],
            ["L05", "Gas pressure low", "Below 60 % of the rated inlet pressure."],
            ["L06", "Gas pressure high", "Above 130 % of the rated inlet pressure."],
            ["L07", "Air pressure low", "Air pressure switch open: fan stopped or air valve closed."],
            ["L08", "Purge not complete", "Purge air flow fell below the minimum during the purge."],
            ["L09", "Scanner self-check", "The UV scanner failed its shutter self-check. Replace the scanner."],
            ["L11", "Flame signal before ignition", "UV signal seen with the gas valves closed: scanner faulty or "
             "sees another burner's flame."],
            ["L12", "Air preheat high", "Air at the burner above 480 °C: recuperator protection."],
            ["L13", "Zone temperature sensor", "The two zone thermocouples differ by more than 25 K."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Long yellow lazy flame, soot on the quarl",
                "Too little air: air valve stuck or ratio drifted",
                "Check the flue gas O2 and CO; readjust the ratio (section 8)",
            ],
            [
                "Flame lifts off the quarl and is noisy",
                "Too much air, usually at low fire",
                "Check the low-fire ratio; O2 up to 5 % at low fire only",
            ],
            [
                "Pilot sparks but the burner locks out after a few seconds",
                "Pilot lights but the scanner does not see it, or pilot gas too low",
                "Clean the scanner window; check the pilot gas pressure (25 mbar)",
            ],
            [
                "Burner nozzle glowing or burnt",
                "Burner fired at very low rate for a long time with hot air, or cooling air off",
                "Keep the minimum cooling air on idle burners",
            ],
            [
                "Zone cannot reach its temperature",
                "Air preheat low, gas pressure low or quarl damaged",
                "Check the air temperature and the inlet pressures",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a zone from cold"),
    (
        "ol",
        [
            "Check that the combustion air fan runs and all burner air valves are at their purge position.",
            "Open the zone's manual gas isolating valve; check the gas pressure upstream of the valve train.",
            "Reset any lockout on the BMS only after its cause has been found.",
            "Press PURGE: the BMS purges the chamber for the computed time (at least 5 volume changes).",
            "When PURGE COMPLETE shows, the BMS runs the valve proving of the zone.",
            "Select the burners to be lit; the BMS lights them one after the other.",
            "For each burner, the pilot lights (5 s trial) and then the main flame (3 s trial).",
            "Hold the zone at low fire until the furnace temperature control releases it.",
            "Check the flame through the peephole and the flue gas O2 when the zone reaches normal firing.",
        ],
    ),
    ("h", "7. Cleaning and checking the UV scanner"),
    (
        "ol",
        [
            "Stop the burner (the zone may keep firing) and close its manual gas valve.",
            "Unplug the scanner, turn it a quarter turn and pull it out of its sight tube.",
            "Clean the quartz window with a soft cloth and alcohol; never use abrasives.",
            "Check that the sight tube is free; blow it out with instrument air.",
            "Refit the scanner and its cooling air hose (at least 5 m³/h (n) cooling air).",
            "Start the burner and check the flame signal on the BMS: at least 20 µA.",
        ],
    ),
    ("h", "8. Adjusting the air-gas ratio"),
    (
        "ol",
        [
            "Put the zone in manual and fire it at 100 % of the rated rate with hot air.",
            "Measure the gas and air pressures at the burner test points: 80 mbar gas and 45 mbar air (FH-20) or "
            "120 mbar gas and 60 mbar air (FH-35).",
            "Measure the flue gas of the zone: O2 must be 1.5-3.0 % dry.",
            "Correct the air with the ratio regulator screw; a quarter turn changes O2 by about 0.3 %.",
            "Repeat at 50 % and at low fire.",
            "Record the readings in the burner log and return the zone to automatic.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Look at the flames through the peepholes; check for lockout records"],
            ["Monthly", "Clean the UV scanner windows (section 7); check the ignition electrode gap 2.5-3.0 mm"],
            ["3 months", "Flue gas check at 100 %, 50 % and low fire; leak test of the gas joints with the detector"],
            ["12 months or after a lockout L04", "Leak tightness check of the safety shut-off valves by the site's "
             "gas engineer"],
            ["Each furnace stop", "Inspect the quarls and the nozzles"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FH-20", "FH-35"],
            ["Gas nozzle", "CLD-GN-20", "CLD-GN-35"],
            ["Burner quarl", "CLD-BQ-240", "CLD-BQ-310"],
            ["Pilot burner", "CLD-PB-50", "CLD-PB-50"],
            ["Ignition electrode", "CLD-IE-03", "CLD-IE-03"],
            ["UV scanner, self-checking", "CLD-UV-7", "CLD-UV-7"],
            ["Scanner quartz window", "CLD-QW-1", "CLD-QW-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("arcmund-lfr-ladle-furnace-electrode-regulation.pdf", "Arcmund ARM-OM-LFR-04 Ed 3 - LFR-40 / LFR-70",
         ARCMUND),
        ("kokillor-ko-continuous-caster-mould-oscillator.pdf", "Kokillor KOK-OMI-KO-07 Ed 2 - KO-12 / KO-20",
         KOKILLOR),
        ("zunderhaus-zp-hot-strip-descaling-pump.pdf", "Zunderhaus ZH-BA-ZP260-02 Ed 5 - ZP-260", ZUNDERHAUS),
        ("caldorne-fh-reheating-furnace-burner-system.pdf", "Caldorne CLD-OM-FH-11 Ed 1 - FH-20 / FH-35", CALDORNE),
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
