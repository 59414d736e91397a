"""Generate the PDF manuals of the eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv8 && /tmp/pdfvenv8/bin/pip install fpdf2
    /tmp/pdfvenv8/bin/python knowledge/samples/eighth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for one page of the checkweigher manual."""
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


# ---------------------------------------------------------------- Baldock VB vertical baler
BALDOCK = [
    ("title", "Baldock VB Series Vertical Balers\nOperation and Maintenance Manual - VB-40 and VB-60"),
    (
        "p",
        "Document BDK-OM-VB-07, Revision C, March 2023. Baldock Balers Ltd. This manual covers the VB-40 and "
        "VB-60 vertical balers for corrugated cardboard, plastic film and paper. The press plate is driven by a "
        "single hydraulic cylinder. Baldock horizontal "
        "channel balers (HC series) and static waste compactors have their own manuals.",
    ),
    (
        "warn",
        "DANGER: Never reach into the baling chamber while the machine is switched on. Never bridge the door "
        "switch S1 or the gate switch S2. Only trained operators aged 18 or over may use the baler.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VB-40", "VB-60"],
            ["Press force", "40 kN", "60 kN"],
            ["Bale size (width x depth)", "700 x 500 mm", "1000 x 700 mm"],
            ["Bale height", "400-600 mm", "500-800 mm"],
            ["Bale weight, cardboard", "40-60 kg", "80-120 kg"],
            ["Feed opening (width x height)", "700 x 450 mm", "1000 x 500 mm"],
            ["Press cycle time (down and up)", "28 s", "35 s"],
            ["Motor", "2.2 kW, 400 V 3 ph", "3.0 kW, 400 V 3 ph"],
            ["Supply fuse", "10 A, type D", "16 A, type D"],
            ["Working pressure", "160 bar", "180 bar"],
            ["Relief valve setting", "170 bar", "190 bar"],
            ["Hydraulic tank capacity", "25 L", "40 L"],
            ["Tying slots in press plate", "3", "4"],
            ["Machine weight", "520 kg", "890 kg"],
        ],
        (74, 43, 43),
    ),
    (
        "p",
        "Conditions: the bale weights apply to dry corrugated cardboard; bales of plastic film weigh about half "
        "as much. The cycle times apply on a 50 Hz supply with the oil at 15 °C or warmer; in a cold building "
        "run five empty cycles first so that the oil warms up.",
    ),
    ("h", "2. Controls"),
    (
        "p",
        "The control box carries the key switch, the PRESS, UP and STOP buttons, the emergency stop, the amber "
        "BALE FULL lamp and a one-digit fault display. The PRESS / EJECT selector is key-operated. The plate "
        "moves down only with the chamber door and the feed gate closed, and returns to the top when the "
        "pressure switch B1 reaches the working pressure. BALE FULL lights when the plate stops above the "
        "bale-full mark on three strokes in a row.",
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Remedy"],
            ["E1", "Emergency stop pressed", "Release the button; turn the key switch off and on"],
            ["E2", "Chamber door open (switch S1)", "Close and latch the door; check the S1 actuator"],
            ["E3", "Feed gate opened during the stroke (switch S2)", "Close the gate, press UP, then PRESS"],
            ["E4", "Motor overload relay F3 tripped", "Let the motor cool for 10 min; reset F3 in the box"],
            ["E5", "Plate not back at the top within 40 s (switch S4)", "Check the oil level; check switch S4"],
            ["E6", "Oil temperature above 70 °C (sensor B2)", "Stop for 30 min; clean the oil cooler fins"],
            ["E8", "Phase missing or wrong phase sequence (relay K9)", "Check the supply fuses; swap two phases at the plug"],
        ],
        (14, 78, 68),
    ),
    (
        "p",
        "E8 usually appears after the baler has been moved to another socket; the motor will not start until "
        "the phase sequence is right. A plate that moves down slowly without a fault code means low or cold oil.",
    ),
    ("h", "4. Tying and ejecting a bale"),
    (
        "ol",
        [
            "Press PRESS; when the plate has come down onto the bale, press STOP. The plate stays down.",
            "Open the chamber door.",
            "Push a wire through each tying slot of the press plate and back through the matching channel in "
            "the chamber floor: 3 wires on the VB-40, 4 on the VB-60. Use 3.0 mm annealed steel wire, 3.2 m "
            "long on the VB-40 or 4.0 m long on the VB-60, or 16 mm PET strap with metal seals.",
            "Twist the ends of each wire together with at least three full turns.",
            "Hook both ends of the ejection chain onto the ejector hook of the press plate (the chain was laid "
            "on the chamber floor before the bale was started).",
            "Turn the selector to EJECT and hold UP: the plate rises and the chain tips the bale out through "
            "the door. Stand to the side of the door, never in front of it.",
            "Unhook the chain, lay it back on the floor, close the door and turn the selector back to PRESS.",
        ],
    ),
    ("h", "5. Hydraulic oil"),
    (
        "p",
        "Use HLP 46 hydraulic oil (ISO VG 46) where the room temperature stays between 5 and 35 °C. In "
        "unheated buildings where it can fall below 5 °C use HLP 32; above 35 °C use HLP 68. Tank capacity: "
        "25 L (VB-40), 40 L (VB-60).",
    ),
    ("h", "6. Checking the oil level"),
    (
        "ol",
        [
            "Raise the plate to the top, then switch off at the key switch and at the main isolator.",
            "Read the sight glass on the tank: the level must be between the MIN and MAX marks.",
            "Top up through the filler breather cap with oil of the same grade. MIN to MAX is 2 L on the "
            "VB-40 and 3 L on the VB-60.",
            "Run two empty cycles and check the level again.",
        ],
    ),
    ("h", "7. Checking the working pressure"),
    (
        "ol",
        [
            "Connect a 0-250 bar gauge to the test point M1 on the valve block.",
            "Close the door and the gate and press PRESS with the chamber empty.",
            "Read the gauge when the plate reaches the bottom of its stroke: 160 bar on the VB-40, 180 bar on "
            "the VB-60, each with a tolerance of plus or minus 10 bar.",
            "If the reading is outside the tolerance, take the baler out of service and report it.",
        ],
    ),
    ("h", "8. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Test door switch S1, gate switch S2 and the emergency stop", "Daily"],
            ["Check the oil level (section 6)", "Weekly"],
            ["Grease the door hinges and the latch (lithium grease NLGI 2)", "Monthly"],
            ["Check the working pressure (section 7)", "Every 6 months"],
            ["Change the hydraulic oil and the return filter BDK-RF-10", "Every 2000 h or 2 years, whichever first"],
            ["Thorough examination by a competent person", "Every 12 months"],
        ],
        (105, 55),
    ),
]

# ---------------------------------------------------------------- Calloway CW checkweigher (two-column page)
CALLOWAY = [
    ("title", "Calloway CW Series Checkweighers\nOperator and Maintenance Manual - CW-30 and CW-60"),
    (
        "p",
        "Document CIS-OM-CW-11, Issue 3, September 2023. Calloway Inspection Systems Ltd. The CW-30 and CW-60 "
        "are in-motion checkweighers: each pack is weighed on the weigh belt as it passes; packs outside the "
        "limits are rejected. The CW-30 rejects with an air-blast nozzle, the "
        "CW-60 with a pneumatic pusher. Calloway metal detectors and X-ray inspection systems are covered by "
        "their own manuals.",
    ),
    (
        "warn",
        "WARNING: Isolate the supply and vent the compressed air before working on the belts or the reject "
        "device. The CW-60 pusher moves fast and without warning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CW-30", "CW-60"],
            ["Weighing range", "5-3000 g", "20-6000 g"],
            ["Display resolution", "0.1 g", "0.5 g"],
            ["Accuracy (2 sigma)", "± 0.2 g", "± 1.0 g"],
            ["Maximum throughput", "150 packs/min", "100 packs/min"],
            ["Belt speed", "10-60 m/min", "10-50 m/min"],
            ["Weigh belt", "CL-WB-350 (350 mm long)", "CL-WB-500 (500 mm long)"],
            ["Reject device", "Air-blast nozzle", "Pneumatic pusher"],
            ["Compressed air", "6 bar, dry and oil-free", "6 bar, dry and oil-free"],
            ["Electrical supply", "230 V 1 ph, 0.5 kVA", "230 V 1 ph, 0.8 kVA"],
            ["Calibration weight", "2000 g, class F2, CL-CW-2000", "5000 g, class F2, CL-CW-5000"],
        ],
        (56, 52, 52),
    ),
    (
        "p",
        "Conditions: the accuracy figures apply at up to 60 packs/min with the draught shield CL-DS fitted on a "
        "floor free of vibration. The maximum throughput applies to packs up to 200 "
        "mm long; longer packs reduce it.",
    ),
    (
        "cols",
        [
            ("h", "2. Starting up"),
            (
                "p",
                "Switch on at the main switch. Allow 15 minutes of warm-up before production so that the load "
                "cell settles; readings taken during warm-up can drift by up to 1 g. Check that the gauge on the "
                "filter regulator reads 6 bar.",
            ),
            ("h", "3. Zeroing"),
            (
                "p",
                "The weigh belt zeroes itself whenever it has been empty for the auto-zero interval P05; the "
                "ZERO key zeroes it by hand. If the zero has moved by more than 2% of the weighing range since "
                "calibration, alarm A04 appears.",
            ),
            ("h", "4. Reject confirmation"),
            (
                "p",
                "A photo-eye at the reject bin entrance confirms each rejected pack. If a rejected pack is not "
                "seen within 2 s, alarm A01 appears and the belt stops.",
            ),
            ("h", "5. Unstable or wrong weights"),
            (
                "p",
                "Unstable readings are almost always mechanical: draughts from doors, fans or air-conditioning "
                "(fit the draught shield CL-DS), vibration carried through the floor (fit the anti-vibration "
                "feet CL-AV4), a guide rubbing on the weigh frame, or product debris on it. A constant error on every pack points to a calibration error: check with "
                "the calibration weight (section 7). Packs closer together than one weigh belt length are "
                "weighed together and show about double weight: increase the gap between packs at the infeed "
                "belt.",
            ),
            (
                "warn",
                "Never lean on the weigh frame or put tools on it. A load cell loaded with more than 150% of its "
                "range is permanently damaged.",
            ),
        ],
    ),
    ("h", "6. Parameters"),
    (
        "table",
        [
            ["Code", "Parameter", "Range", "Default"],
            ["P01", "Target weight", "0 to weighing range", "0"],
            ["P02", "Lower limit (below: UNDER)", "0 to weighing range", "0"],
            ["P03", "Upper limit (above: OVER)", "0 to weighing range", "Weighing range"],
            ["P04", "Belt speed", "10-60 m/min (CW-30), 10-50 m/min (CW-60)", "30 m/min"],
            ["P05", "Auto-zero interval", "0-600 s (0 = off)", "60 s"],
            ["P06", "Reject delay", "0-2000 ms", "250 ms"],
            ["P07", "Reject duration", "20-500 ms", "60 ms (CW-30), 150 ms (CW-60)"],
            ["P08", "Rejects in a row before alarm A03", "0-50 (0 = off)", "5"],
            ["P09", "Weighing filter", "1-9", "4"],
            ["P10", "Reject mode", "1 = UNDER only, 2 = UNDER and OVER", "2"],
        ],
        (14, 56, 52, 38),
    ),
    (
        "p",
        "A higher weighing filter P09 steadies the reading but needs more time on the weigh belt. If packs hit "
        "the edge of the reject nozzle or pusher, adjust the reject delay P06.",
    ),
    ("h", "Alarms"),
    (
        "table",
        [
            ["Code", "Meaning", "Remedy"],
            ["A01", "Reject not confirmed", "Check the air supply, nozzle or pusher and the bin photo-eye"],
            ["A02", "Reject bin full (sensor covered 5 s)", "Empty the bin; press RESET"],
            ["A03", "Too many rejects in a row (P08)", "Check the filler and the product settings"],
            ["A04", "Zero out of range", "Clean the weigh belt and the frame; zero again"],
            ["A05", "Air pressure below 4.5 bar", "Check the supply and the filter regulator"],
            ["A06", "Load cell signal error", "Check the load cell cable and plug"],
            ["A08", "Guard or draught shield open", "Close it"],
        ],
        (14, 66, 80),
    ),
    ("h", "7. Checking and calibrating"),
    (
        "ol",
        [
            "Select the product, run the belt empty and press ZERO.",
            "Stop the belt, place the calibration weight in the centre of the weigh belt and wait for a stable "
            "reading.",
            "The display must read the weight within one display step: 0.1 g on the CW-30, 0.5 g on the CW-60.",
            "If it does not, turn the supervisor key to EDIT, press CAL, enter the value of the weight, place "
            "the weight when prompted and press ENTER. The display shows CAL OK.",
            "Run one pack of known weight through 10 times at production speed; the spread must be within "
            "the accuracy in section 1.",
        ],
    ),
    ("h", "8. Replacing the weigh belt"),
    (
        "ol",
        [
            "Isolate the machine, vent the air and slacken the two tension knobs on the idler side.",
            "Slide the belt off the free (operator) side of the cantilevered weigh conveyor. Do not lift or "
            "press down on the weigh frame.",
            "Fit the new belt, CL-WB-350 (CW-30) or CL-WB-500 (CW-60), with the arrow pointing in the running "
            "direction.",
            "Turn the tension knobs until the marks on both tension scales line up with line 2.",
            "Run the belt empty, check the tracking, zero and check with the calibration weight (section 7).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Reject test with UNDER and OVER test packs", "Start of each shift and after a product change"],
            ["Clean the belts and the weigh frame with a damp cloth (no hose)", "Daily"],
            ["Check belt tracking and wear", "Weekly"],
            ["Check with the calibration weight (section 7)", "Monthly, and after moving the machine"],
            ["Replace the weigh belt", "When cracked or frayed, at the latest every 12 months"],
        ],
        (95, 65),
    ),
]

# ---------------------------------------------------------------- Harcombe PL grease pump
HARCOMBE = [
    (
        "title",
        "Harcombe PL Series Electric Grease Pumps\nInstallation, Operation and Maintenance - PL-4 and PL-8",
    ),
    (
        "p",
        "Document HLS-IOM-PL-05, Edition 2, 2024. Harcombe Lubrication Systems Ltd. The PL-4 and PL-8 are "
        "electric piston pumps for progressive centralised lubrication systems. Each pump element feeds a main "
        "progressive divider, which shares the grease among the lube points in a fixed order through secondary "
        "dividers. An LC-2 control board in the pump housing times the lubrication cycles and monitors them. "
        "Harcombe chain lubricators (CL series) and single-line injector systems have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The system works at up to 350 bar. Depressurise before opening any line: switch off, then "
        "loosen the outlet fitting of the pump element slowly with a cloth over it. Grease injected under the "
        "skin by a high-pressure jet needs immediate hospital treatment, even if the wound looks small.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PL-4", "PL-8"],
            ["Reservoir", "4 L", "8 L"],
            ["Pump elements", "1 to 3", "1 to 3"],
            ["Output per element (K6 piston)", "2.8 cm³/min", "3.5 cm³/min"],
            ["Relief valve setting", "280 bar", "350 bar"],
            ["Supply voltage", "24 V DC", "24 V DC, or 230 V AC (version -AC)"],
            ["Current at 24 V DC", "1.2 A", "1.6 A"],
            ["Low-level warning", "At 10% of reservoir", "At 10% of reservoir"],
            ["Ambient temperature", "-25 to +70 °C", "-25 to +70 °C"],
            ["Protection", "IP6K9K", "IP6K9K"],
        ],
        (64, 48, 48),
    ),
    (
        "p",
        "Conditions: the output figures apply at 20 °C with NLGI 2 grease and a back pressure up to 100 bar. "
        "Grease up to NLGI 2 can be pumped at ambient temperatures down to -10 °C; below -10 °C use NLGI 1 or "
        "softer, and below -20 °C use NLGI 00. Oil can be pumped if its viscosity is at least 40 mm²/s at the "
        "working temperature. Never use greases with more than 5% solid lubricants such as graphite or MoS2.",
    ),
    ("h", "2. LC-2 control board parameters"),
    (
        "p",
        "Open the transparent cover on the front of the housing to reach the display and the keys SET, UP and "
        "DOWN. Hold SET for 3 s to enter the menu.",
    ),
    (
        "table",
        [
            ["Code", "Function", "Range", "Default"],
            ["P1", "Pause time between cycles", "1 min - 99 h", "4 h"],
            ["P2", "Pump run time per cycle (P3 = 0)", "1-30 min", "6 min"],
            ["P3", "Monitoring mode", "0 = none, 1 = cycle switch, 2 = pressure switch", "1"],
            ["P4", "Monitoring time", "1-60 min", "15 min"],
            ["P5", "Reaction to low level", "0 = warning only, 1 = warning and stop", "1"],
            ["P6", "Pre-lubrication at power on", "0 = off, 1 = on", "1"],
        ],
        (14, 58, 60, 28),
    ),
    (
        "p",
        "With P3 = 1 the cycle ends when the cycle switch on the main divider has signalled; with P3 = 2 it ends "
        "when the pressure switch at the end of the main line has switched. If the signal does not arrive "
        "within the monitoring time P4, fault E2 or E4 follows. With P3 = 0 the pump simply runs for the time P2.",
    ),
    ("h", "3. Faults"),
    (
        "table",
        [
            ["Code", "Meaning", "Remedy"],
            ["E1", "Reservoir empty (low-level switch)", "Refill (section 4); vent if the pump ran dry (section 5)"],
            ["E2", "Cycle switch did not signal within P4", "Blocked lube point or divider, or a broken line (section 6)"],
            ["E3", "Motor overcurrent", "Grease too stiff for the temperature, or a blocked element"],
            ["E4", "Pressure switch did not switch within P4", "Leak or broken line, empty reservoir, air in the element"],
            ["E5", "Supply voltage below 18 V", "Check the supply and the cable cross-section"],
            ["E9", "Memory error", "Hold SET and DOWN for 10 s to load defaults, then set P1-P6 again"],
        ],
        (14, 66, 80),
    ),
    (
        "p",
        "A fault lights the red LED and opens the fault contact (terminals 5 and 6, 1 A at 24 V DC). After "
        "removing the cause, acknowledge the fault by pressing SET for 2 s. An extra lubrication cycle can be "
        "started at any time by pressing UP for 2 s.",
    ),
    ("h", "4. Refilling"),
    (
        "ol",
        [
            "Use only clean grease of the grade in use; never mix lithium and polyurea greases.",
            "Wipe the filler nipple clean and connect the filler pump.",
            "Pump until the grease reaches the MAX mark on the reservoir. The vent hole in the lid must stay "
            "free.",
            "Never fill through the lid: dirt in the reservoir blocks the pump elements.",
        ],
    ),
    ("h", "5. Venting after the reservoir has run empty"),
    (
        "ol",
        [
            "Refill the reservoir (section 4).",
            "Disconnect the main line at the outlet of the pump element.",
            "Start an extra cycle (UP for 2 s) and let the pump run until grease free of air bubbles comes out "
            "of the element outlet.",
            "Reconnect the main line. Loosen the inlet fitting of the main divider and run until grease free of "
            "air bubbles comes out there too; retighten it.",
            "Start two extra cycles and check that the cycle switch signals.",
        ],
    ),
    ("h", "6. Finding a blockage"),
    (
        "p",
        "A blocked lube point stops the whole progressive divider it belongs to: no outlet of that divider "
        "delivers and the cycle pin of the divider does not move. Grease escaping at the pump relief valve "
        "confirms a blockage. To locate it, depressurise the system, then loosen the outlets of the main divider "
        "one at a time and start an extra cycle: the outlet whose line is blocked builds pressure, the others "
        "deliver freely. Follow the blocked line to the secondary divider and repeat. Clear or replace the "
        "blocked bearing fitting or line. A divider section that stays blocked must be replaced as a whole "
        "section, never dismantled.",
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Check the grease level", "Weekly"],
            ["Check that the divider cycle pin moves during a cycle", "Monthly"],
            ["Check lines and fittings for damage and leaks", "Monthly"],
            ["Clean the screen in the filler nipple", "Every 6 months"],
            ["Check the relief valve (no grease escaping)", "Every 6 months"],
            ["Replace the reservoir seal; check the stirring paddle", "Every 3 years"],
        ],
        (110, 50),
    ),
    ("p", "The pump gearbox is filled for life with grease and needs no lubrication."),
]

# ---------------------------------------------------------------- Vellmar PFR power factor controller
VELLMAR = [
    ("title", "Vellmar PFR Series Power Factor Controllers\nUser Manual - PFR-6 and PFR-12"),
    (
        "p",
        "Document VPQ-UM-PFR-03, Version 3.2, 2023. Vellmar Power Quality AB. The PFR-6 and PFR-12 switch the "
        "capacitor steps of an automatic power factor correction bank so that the power factor of the plant "
        "stays at the target value. The PFR-6 has 6 relay outputs and an LED display; the PFR-12 has 12 relay "
        "outputs, an LCD that also shows harmonic distortion, a fan relay and a temperature input. Vellmar "
        "capacitor banks (VCB series) and active harmonic filters (AHF series) have their own manuals.",
    ),
    (
        "warn",
        "DANGER: The controller is connected to the mains and to the secondary of a current transformer (CT). "
        "Short-circuit the CT secondary (terminals k and l) before disconnecting the controller; an open CT "
        "secondary produces dangerous voltages. Capacitors stay charged after switch-off: wait at least 5 "
        "minutes before touching capacitor terminals.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PFR-6", "PFR-12"],
            ["Relay outputs (capacitor steps)", "6", "12"],
            ["Output relay contacts", "5 A at 250 V AC", "5 A at 250 V AC"],
            ["Common terminal C, maximum", "10 A", "16 A"],
            ["Alarm relay", "1 changeover contact", "1 changeover contact"],
            ["Fan relay", "-", "1 NO contact"],
            ["Temperature input", "-", "NTC sensor VT-1"],
            ["Supply and measuring voltage", "110-440 V AC, 50/60 Hz", "110-440 V AC, 50/60 Hz"],
            ["Current input", "5 A or 1 A CT secondary", "5 A or 1 A CT secondary"],
            ["Display", "3-digit LED", "LCD, 2 lines"],
            ["Harmonic measurement", "-", "THD-U and THD-I up to the 19th"],
            ["Communication", "-", "RS-485 Modbus RTU (option C)"],
            ["Panel cut-out", "92 x 92 mm", "138 x 138 mm"],
            ["Power consumption", "4 VA", "6 VA"],
        ],
        (64, 48, 48),
    ),
    (
        "p",
        "The output relay rating applies to resistive load. For contactor coils (inductive load) allow 2 A at "
        "250 V AC per output.",
    ),
    ("h", "2. Installation notes"),
    (
        "p",
        "Connect the CT in phase L1 and take the measuring voltage between L2 and L3; the factory setting "
        "assumes this connection. The CT must carry the current of the whole plant including the capacitor "
        "bank, so it must sit upstream of the point where the bank is connected. Use at least 2.5 mm² wire for "
        "the CT circuit. Fit a shorting terminal block for the CT in the cabinet.",
    ),
    ("h", "3. Parameters"),
    (
        "table",
        [
            ["No.", "Parameter", "Range", "Default"],
            ["01", "CT ratio (primary / secondary)", "5-10000", "500"],
            ["02", "Target power factor (cos phi)", "0.80 ind to 0.95 cap", "0.95 ind"],
            ["03", "C/k response value", "0.01-1.99 A", "Set by AUTO"],
            ["04", "Step program", "1:1:1, 1:1:2, 1:2:2, 1:2:4", "1:1:1"],
            ["05", "Number of steps in use", "1-6 (PFR-6), 1-12 (PFR-12)", "6 / 12"],
            ["06", "Switching delay", "1-600 s", "40 s"],
            ["07", "Discharge (reconnection) time", "10-900 s", "60 s"],
            ["08", "Nominal voltage", "100-690 V", "400 V"],
            ["09", "Overvoltage alarm threshold", "105-120%", "110%"],
            ["10", "THD-U alarm threshold (PFR-12)", "3-20%", "7%"],
            ["11", "Fan switch-on temperature (PFR-12)", "20-50 °C", "30 °C"],
            ["12", "Over-temperature alarm (PFR-12)", "30-60 °C", "45 °C"],
        ],
        (14, 64, 50, 32),
    ),
    (
        "p",
        "The discharge time (parameter 07) must be at least as long as the discharge time of the capacitors' "
        "discharge resistors, normally 60 s. A shorter value switches a step back on while it is still "
        "charged, which welds contactor contacts and damages the capacitors. The switching delay (parameter 06) "
        "applies between two switching operations in a row.",
    ),
    ("h", "4. Alarms"),
    (
        "table",
        [
            ["Code", "Meaning", "Controller action"],
            ["A1", "Undercompensation: target not reached with all steps on for 15 min", "Alarm relay; check step fuses and contactors"],
            ["A2", "Overcompensation: capacitive with all steps off for 15 min", "Alarm relay; check the CT connection"],
            ["A3", "Voltage above the threshold of parameter 09", "Steps switched off one by one"],
            ["A4", "Voltage loss longer than 20 ms", "All steps off at once; back on after the discharge time"],
            ["A5", "THD-U above parameter 10 (PFR-12)", "All steps off; check for resonance"],
            ["A6", "Cabinet temperature above parameter 12 (PFR-12)", "All steps off until 5 K below the threshold"],
            ["A7", "Current below 10 mA at the CT secondary", "Steps held; display shows I-LO"],
            ["A8", "A step has lost more than 30% of its kvar (PFR-12)", "Alarm; the step is marked faulty"],
        ],
        (14, 86, 60),
    ),
    ("h", "5. Commissioning with AUTO set-up"),
    (
        "ol",
        [
            "Check the wiring. Remove the CT shorting link only after the controller is connected.",
            "Switch on and set parameter 01 (CT ratio) and parameter 08 (nominal voltage) first.",
            "Make sure the plant load is steady and the CT secondary current is at least 50 mA.",
            "Start AUTO by holding MODE and UP for 5 s; the display shows AUt. The controller switches each "
            "step on and off, measures the change in current, finds the CT phase and polarity and the C/k "
            "value, and stores the step sizes. This takes about 10 minutes on the PFR-6 and about 20 minutes "
            "on the PFR-12.",
            "If AUTO ends with Err, the load changed during the test or the CT is in the wrong place; repeat "
            "with a steadier load.",
            "Switch to automatic operation and check after one hour that the cos phi is close to the target.",
        ],
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Capacitive cos phi shown with no step on", "CT terminals k and l swapped, or CT in another phase", "Run AUTO set-up again, or short the CT and swap k and l"],
            ["Steps switch on and off continuously (hunting)", "C/k too low, or steps larger than the smallest load change", "Increase C/k by 20%; check parameter 06"],
            ["Target cos phi not reached with steps on", "Blown step fuses, worn contactors, aged capacitors", "Measure the step currents; replace faulty parts"],
            ["Display shows I-LO", "Load below the measuring threshold, or CT still shorted", "Remove the CT shorting link"],
        ],
        (52, 56, 52),
    ),
    (
        "p",
        "Maintenance: the controller itself needs none. Once a year measure each step current with a clamp "
        "meter and compare it with the rated current; replace the capacitors of a step that draws less than "
        "70% of its rated current.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("baldock-vb-vertical-baler.pdf", "Baldock BDK-OM-VB-07 Rev C - VB-40 / VB-60", BALDOCK),
        ("calloway-cw-checkweigher.pdf", "Calloway CIS-OM-CW-11 Issue 3 - CW-30 / CW-60", CALLOWAY),
        ("harcombe-pl-grease-lubrication-pump.pdf", "Harcombe HLS-IOM-PL-05 Ed. 2 - PL-4 / PL-8", HARCOMBE),
        ("vellmar-pfr-power-factor-controller.pdf", "Vellmar VPQ-UM-PFR-03 v3.2 - PFR-6 / PFR-12", VELLMAR),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 1, 20, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
