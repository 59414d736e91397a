"""Generate the PDF manuals of the blind2 set (run once; the PDFs are committed).

Run outside the repo's shared virtualenv:
    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2
    /tmp/pdfvenv/bin/python knowledge/samples/blind2/make_pdfs.py

Uses the DejaVu Sans TrueType font (for °C, m³, µm, ±, ·). The text rendered is all here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace

OUT = Path(__file__).resolve().parent / "manuals"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, header_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def header(self) -> None:
        self.set_font("dv", "", 8)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def render(pdf: Manual, blocks: list[tuple]) -> None:
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font("dv", "B", 16)
            pdf.multi_cell(0, 8, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(0, 5, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "warn":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5, rest[0], border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ol":
            pdf.set_font("dv", "", 10)
            for i, item in enumerate(rest[0], 1):
                pdf.multi_cell(0, 5, f"{i}. {item}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, widths = rest[0], rest[1]
            pdf.set_font("dv", "", 9)
            bold = FontFace(emphasis="BOLD")
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, headings_style=bold) as table:
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)


def render_two_column(pdf: Manual, blocks: list[tuple]) -> None:
    """Body text flows in two columns; the title, intro and tables span the page."""
    for kind, *rest in blocks:
        if kind == "cols":
            pdf.set_font("dv", "", 9.5)
            with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15) as cols:
                for sub, text in rest[0]:
                    if sub == "h":
                        cols.write("\n")
                        pdf.set_font("dv", "B", 10.5)
                        cols.write(text + "\n")
                        pdf.set_font("dv", "", 9.5)
                    elif sub == "warn":
                        pdf.set_font("dv", "B", 9.5)
                        cols.write(text + "\n\n")
                        pdf.set_font("dv", "", 9.5)
                    else:
                        cols.write(text + "\n\n")
            pdf.ln(2)
        else:
            render(pdf, [(kind, *rest)])


# ---------------------------------------------------------------- Bramwell NG nitrogen generator
BRAMWELL = [
    (
        "title",
        "Bramwell NG Series PSA Nitrogen Generators\nOperation and Maintenance Manual — Models NG-25 and NG-40",
    ),
    (
        "p",
        "Document BGS-OM-118, Revision B, January 2024. Bramwell Gas Systems Ltd. This manual covers the twin-tower "
        "pressure swing adsorption (PSA) nitrogen generators NG-25 and NG-40 with the N-Link controller. Both models "
        "separate nitrogen from compressed air using carbon molecular sieve (CMS). Larger NG frames and the membrane "
        "generators of the Bramwell MN range have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Nitrogen is an asphyxiant. It has no smell and gives no warning. The generator room must have an "
        "oxygen depletion monitor and ventilation. Isolate the feed air and vent both towers and the buffer tank to "
        "0 bar(g) before opening any valve, filter housing or pipe.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NG-25", "NG-40"],
            ["N2 flow at 99.5 % purity, 7 bar(g)", "25 Nm³/h", "40 Nm³/h"],
            ["N2 flow at 99.99 % purity, 7 bar(g)", "9.5 Nm³/h", "15 Nm³/h"],
            ["Feed air required at 99.5 % purity", "78 Nm³/h", "124 Nm³/h"],
            ["Feed air pressure", "7.5–10 bar(g)", "7.5–10 bar(g)"],
            ["Feed air quality (ISO 8573-1)", "class 1.4.1", "class 1.4.1"],
            ["Max. feed air temperature", "40 °C", "40 °C"],
            ["Half-cycle time", "60 s", "60 s"],
            ["CMS charge per tower", "48 kg", "76 kg"],
            ["Buffer tank volume", "500 L", "1 000 L"],
            ["Power supply", "230 V, 1 ph, 90 W", "230 V, 1 ph, 90 W"],
            ["Weight (without buffer tank)", "610 kg", "890 kg"],
        ],
        (70, 40, 40),
    ),
    (
        "p",
        "Purity and flow are linked: drawing less nitrogen raises purity, drawing more lowers it. The purity setpoint "
        "is entered in the N-Link controller as a maximum residual oxygen content; the factory setting is 0.5 % O2. "
        "Nitrogen that is off specification is vented through the purge valve V7 and not sent to the process.",
    ),
    ("h", "2. Alarm codes (N-Link controller)"),
    (
        "table",
        [
            ["Code", "Alarm", "Action / first checks"],
            ["AL-01", "Feed air pressure low (below 6.0 bar(g))", "Check compressor, prefilter ΔP, feed valve"],
            ["AL-02", "Residual O2 above setpoint", "Reduce N2 demand; check dewpoint; check V1–V4 for leaks"],
            ["AL-03", "O2 sensor signal out of range", "Calibrate; replace sensor BR-OS-220"],
            ["AL-05", "Tower A pressure did not rise", "Check inlet valve V1 and its pilot solenoid"],
            ["AL-06", "Tower B pressure did not rise", "Check inlet valve V2 and its pilot solenoid"],
            ["AL-09", "Prefilter ΔP high (above 0.35 bar)", "Replace prefilter elements"],
            ["AL-12", "Feed air dewpoint high (above +3 °C PDP)", "Check the refrigerated dryer upstream"],
            ["AL-14", "Buffer tank pressure low (below 5.5 bar(g))", "Demand above capacity; check for leaks"],
            ["AL-20", "O2 sensor calibration overdue", "Carry out the air calibration in section 4"],
        ],
        (16, 68, 66),
    ),
    (
        "p",
        "Alarm AL-02 closes the outlet valve V8 and opens purge valve V7 until purity has recovered for 120 s. "
        "If AL-02 appears only at high production rates, the demand is above the rated flow for the purity "
        "setpoint; reduce the draw or raise the permitted residual oxygen. Liquid water or oil carried over from "
        "the feed air damages the CMS permanently; a generator that has had liquid carry-over will not recover "
        "its rated purity.",
    ),
    ("h", "3. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval", "Part number / note"],
            ["Check purity, pressures and alarm log", "Daily", "Log sheet BR-F-11"],
            ["Test automatic drains on prefilters", "Weekly", "Press test button on each drain"],
            ["O2 analyzer air calibration", "Monthly", "Section 4"],
            ["Activated carbon filter element", "Every 4 000 h", "BR-AC-30 (both models)"],
            ["Prefilter elements 1 µm and 0.01 µm", "Every 8 000 h or AL-09", "BR-PF-1 and BR-PF-01"],
            ["Exhaust silencer", "Every 8 000 h", "BR-SL-50"],
            ["Valve diaphragm kit V1–V8", "Every 16 000 h", "NG-25: BR-VK-25, NG-40: BR-VK-40"],
            ["O2 sensor replacement", "Every 2 years", "BR-OS-220"],
            ["CMS settling check (top-up if needed)", "Every 3 years", "Bramwell service only"],
        ],
        (64, 40, 46),
    ),
    ("h", "4. Oxygen analyzer air calibration"),
    (
        "p",
        "The built-in electrochemical O2 sensor drifts slowly and is calibrated against ambient air, "
        "which contains 20.9 % oxygen. Calibrate only in a well-ventilated room.",
    ),
    (
        "ol",
        [
            "On the N-Link panel open Service > O2 Cal and enter the service code 2580.",
            "Turn the sample selector valve V9 to AMBIENT. Wait 3 minutes until the reading is steady.",
            "Press CAL AIR. The analyzer sets the reading to 20.9 %.",
            "Turn V9 back to PROCESS. The reading must fall below the purity setpoint within 5 minutes.",
            "If the ambient reading before calibration was below 18 %, the sensor is worn: replace BR-OS-220.",
            "Record the date on the log sheet; the controller clears AL-20.",
        ],
    ),
    ("h", "5. Start-up after a shutdown longer than one week"),
    (
        "ol",
        [
            "Check the feed air dryer is running and the dewpoint is below +3 °C.",
            "Open the feed air isolating valve slowly over about 30 seconds to avoid shock loading the CMS bed.",
            "Press START. The generator vents off-spec gas through V7 for up to 20 minutes.",
            "Outlet valve V8 opens by itself when residual O2 has been below the setpoint for 120 s.",
        ],
    ),
    (
        "p",
        "Dust at the exhaust silencer outlet means the CMS bed has settled and the sieve is being ground by movement. "
        "Stop the generator and call Bramwell service.",
    ),
]

# ---------------------------------------------------------------- Fennmoor LRV liquid ring vacuum pump
FENNMOOR = [
    (
        "title",
        "Fennmoor LRV Liquid Ring Vacuum Pumps\nInstallation and Maintenance Instructions — LRV-150 and LRV-200",
    ),
    (
        "p",
        "Fennmoor Vacuum Technik GmbH, document FV-IM-LRV-03, edition 2023. Single-stage liquid ring vacuum pumps "
        "in close-coupled design with cast iron casing, stainless steel impeller and single mechanical seal. The "
        "pumps are supplied with water as service liquid (once-through or partial recirculation).",
    ),
    ("h", "1. Technical data (50 Hz, service water at 15 °C)"),
    (
        "table",
        [
            ["Data", "LRV-150", "LRV-200"],
            ["Max. suction capacity", "155 m³/h", "205 m³/h"],
            ["Ultimate pressure", "33 mbar abs", "33 mbar abs"],
            ["Motor", "4 kW, 1 450 rpm", "5.5 kW, 1 450 rpm"],
            ["Service water flow", "6.5 L/min", "8 L/min"],
            ["Max. service water inlet pressure", "1 bar(g)", "1 bar(g)"],
            ["Mechanical seal kit", "FV-MS-28", "FV-MS-32"],
            ["Noise level at 1 m", "72 dB(A)", "74 dB(A)"],
            ["Weight", "128 kg", "156 kg"],
        ],
        (60, 45, 45),
    ),
    (
        "p",
        "The capacity depends on the service water temperature, because the water vapour pressure limits the "
        "vacuum. Multiply the catalogue capacity by the factor below.",
    ),
    (
        "table",
        [
            ["Service water temperature", "15 °C", "25 °C", "35 °C", "45 °C"],
            ["Capacity factor at 100 mbar", "1.00", "0.93", "0.80", "0.58"],
        ],
        (62, 22, 22, 22, 22),
    ),
    ("h", "2. Installation notes"),
    (
        "p",
        "Fit a strainer (mesh 0.5 mm) and a solenoid valve in the service water line; the solenoid valve opens with "
        "the motor contactor. Fit a non-return valve in the suction line when several pumps share one header. The "
        "discharge must be free to drain to a separator; back pressure above 0.2 bar(g) reduces capacity and loads "
        "the motor.",
    ),
    (
        "p",
        "Anti-cavitation connection: when the pump runs below 80 mbar abs, open the anti-cavitation valve on port K "
        "to admit a small air flow into the casing. Without it the vapour bubbles collapse on the impeller and the "
        "pump cavitates.",
    ),
    ("h", "3. Start-up"),
    (
        "ol",
        [
            "Check the rotation by jogging the motor: it must match the arrow on the casing.",
            "Fill the pump with service water up to the shaft centreline, not more.",
            "Start the motor; the service water solenoid valve opens at the same time.",
            "Open the suction valve slowly and check the service water flow against section 1.",
        ],
    ),
    (
        "warn",
        "CAUTION: Never start the pump full of water. Starting flooded overloads the motor and can bend the shaft.",
    ),
    ("h", "4. Shutdown and frost protection"),
    (
        "p",
        "Close the suction valve, stop the motor and close the service water supply. If the pump may freeze, open "
        "the two drain plugs at the bottom of the casing and drain it completely. For storage longer than 3 months, "
        "fill the pump with a rust-inhibiting solution and turn the shaft by hand every month.",
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            ["Pump does not reach vacuum", "Service water flow too low or too warm", "Check strainer and flow"],
            ["Pump does not reach vacuum", "Leak in suction line or seal", "Leak test suction line"],
            ["Crackling noise, like gravel", "Cavitation below 80 mbar", "Open anti-cavitation valve"],
            ["Motor trips at start", "Pump flooded with service water", "Drain to shaft centreline"],
            ["Motor current high in service", "Service water flow too high", "Throttle to table value"],
            ["Water at the seal drain", "Mechanical seal worn", "Replace seal kit (section 1)"],
            ["Capacity falls over months", "Scale on impeller and port plate", "Descale (section 6)"],
        ],
        (50, 52, 48),
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Check service water flow and temperature", "Daily"],
            ["Clean service water strainer", "Monthly"],
            ["Regrease motor-end and pump-end bearings", "Every 3 000 h"],
            ["Descale casing and impeller", "Annually or when capacity falls"],
            ["Replace bearings", "Every 25 000 h"],
        ],
        (100, 50),
    ),
    (
        "p",
        "Bearing grease: lithium complex grease NLGI 2. Quantity per bearing at each regreasing: LRV-150 10 g, "
        "LRV-200 15 g. Descaling: circulate 5 % formic acid solution through the stopped pump for 2 hours, then "
        "flush with clean water for 15 minutes before restarting.",
    ),
]

# ---------------------------------------------------------------- Dunmore EQ electric actuator
DUNMORE = [
    (
        "title",
        "Dunmore EQ Quarter-Turn Electric Actuators\nOperating and Commissioning Manual — EQ-250 and EQ-500",
    ),
    (
        "p",
        "Dunmore Controls Ltd., publication DC-OM-EQ-12, issue 4. Intelligent part-turn actuators for ball, butterfly "
        "and plug valves, with non-intrusive setup from the local control panel, absolute position encoder and "
        "electronic torque measurement. Option M adds a 4–20 mA positioner for modulating duty.",
    ),
    ("h", "1. Specifications"),
    (
        "table",
        [
            ["Specification", "EQ-250", "EQ-500"],
            ["Rated output torque", "250 N·m", "500 N·m"],
            ["Operating time for 90° (50 Hz)", "15 s", "30 s"],
            ["Motor supply", "400 V, 3 ph", "400 V, 3 ph"],
            ["Motor rated current", "0.45 A", "0.70 A"],
            ["Duty, on-off", "S2 – 15 min", "S2 – 15 min"],
            ["Duty, modulating (option M)", "S4 – 25 %, 600 starts/h", "S4 – 25 %, 600 starts/h"],
            ["Valve flange (ISO 5211)", "F07 / F10", "F10 / F12"],
            ["Handwheel turns for 90°", "10 turns", "14 turns"],
            ["Enclosure", "IP68 (8 m, 96 h)", "IP68 (8 m, 96 h)"],
            ["Ambient temperature", "–25 to +70 °C", "–25 to +70 °C"],
            ["Weight", "14 kg", "21 kg"],
        ],
        (58, 46, 46),
    ),
    (
        "p",
        "The gearbox is filled for life with Dunmore GX-1 grease and needs no lubrication in normal service. Do not "
        "exceed the rated torque: the torque limit is adjustable from 40 to 100 % of rated torque in 10 % steps and "
        "must never be set above the maximum torque allowed by the valve manufacturer.",
    ),
    ("h", "2. Manual operation"),
    (
        "p",
        "To operate by hand, push the clutch lever toward the handwheel and turn the handwheel; clockwise closes. The "
        "clutch disengages by itself when the motor starts. Do not use an extension bar on the handwheel: the "
        "handwheel drive has no torque limit.",
    ),
    ("h", "3. Setting the limits"),
    (
        "p",
        "Setup is done with the red selector (LOCAL / STOP / REMOTE) and the black knob (OPEN / CLOSE) without "
        "removing any cover. The display shows P and the parameter number in setup mode.",
    ),
    (
        "ol",
        [
            "Turn the red selector to STOP. Hold the black knob at CLOSE for 5 s until the display shows P01.",
            "Move the valve to fully closed by handwheel (section 2) and check the valve seat position.",
            "Hold the black knob at CLOSE for 3 s: the display shows SET C and the closed limit is stored.",
            "Move the valve to fully open by handwheel, then turn the knob to OPEN for 3 s: the display shows SET O.",
            "Choose closing by limit or by torque in P04 (factory setting: limit).",
            "Turn the red selector to LOCAL and run a full stroke both ways with the black knob to check.",
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E01", "Torque trip, opening", "Valve stuck or obstructed; check valve"],
            ["E02", "Torque trip, closing", "Check seat, debris, torque setting P05"],
            ["E03", "Motor thermostat tripped", "Duty exceeded; resets after cooling"],
            ["E04", "Phase lost", "Check supply fuses and cable"],
            ["E05", "Phase sequence corrected", "Warning only, actuator self-corrects"],
            ["E07", "Position encoder fault", "Call Dunmore service"],
            ["E09", "Limits not set", "Set limits (section 3)"],
            ["E11", "Setpoint below 3.6 mA", "Actuator goes to position set in P12"],
            ["E14", "Internal temperature high", "Above 85 °C inside; check sun shield"],
        ],
        (16, 60, 74),
    ),
    (
        "p",
        "Loss of signal (option M): when the 4–20 mA setpoint falls below 3.6 mA the actuator raises E11 and goes to "
        "the loss-of-signal position in P12: 0 = stay put (factory setting), 1 = close, 2 = open. A torque trip "
        "(E01 or E02) stops the motor in that direction; the actuator will still run the other way.",
    ),
    ("h", "5. Maintenance"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Stroke valves that are not operated in normal service", "Every 3 months"],
            ["Inspect cover seals, cable glands and sun shield", "Every 12 months"],
            ["Read the event log and torque profile", "Every 12 months"],
            ["Gearbox grease change (Dunmore GX-1)", "Every 10 years or 100 000 starts"],
        ],
        (110, 40),
    ),
    (
        "warn",
        "WARNING: Isolate the motor supply and the control supply before removing the terminal cover. Replace the "
        "cover O-ring DC-OR-77 every time the terminal cover has been removed, or the IP68 rating is lost.",
    ),
]

# ---------------------------------------------------------------- Quillon HM hot melt unit (two-column)
QUILLON = [
    (
        "title",
        "Quillon HM Series Hot Melt Adhesive Melters\nService Manual — HM-10 and HM-20",
    ),
    (
        "p",
        "Quillon Adhesive Systems, manual QAS-SM-210, revision 5, 2023. Tank melters with piston pump and heated "
        "hoses, for case and carton sealing with EVA and metallocene hot melt adhesives.",
    ),
    (
        "table",
        [
            ["Data", "HM-10", "HM-20"],
            ["Tank capacity", "10 L", "20 L"],
            ["Melt rate", "11 kg/h", "20 kg/h"],
            ["Hose / gun channels", "4", "6"],
            ["Max. operating temperature", "218 °C", "218 °C"],
            ["Piston pump ratio", "13:1", "13:1"],
            ["Max. adhesive pressure", "90 bar", "90 bar"],
            ["Total heater power", "5.2 kW", "8.4 kW"],
        ],
        (60, 45, 45),
    ),
    (
        "cols",
        [
            ("h", "1. Temperatures"),
            (
                "p",
                "Set the tank, hose and gun temperatures from the adhesive data sheet, usually 160 to 180 °C. "
                "The ready LED lights when all zones are within 5 °C of setpoint; the pump is blocked until then. "
                "Setback: after 20 minutes without a gun trigger the unit lowers all zones by 50 °C to limit "
                "charring; the first trigger restores the setpoints.",
            ),
            (
                "p",
                "An independent overtemperature thermostat cuts heater power at 232 °C. It must be reset by hand: "
                "the red reset button is under the tank lid cover.",
            ),
            ("h", "2. Fault codes"),
            ("p", "F1 — temperature sensor open circuit (RTD broken or unplugged); the zone heater is switched off."),
            ("p", "F2 — temperature sensor short circuit."),
            ("p", "F3 — zone more than 25 °C above setpoint; check the solid-state relay of that zone."),
            (
                "p",
                "F4 — ready delay exceeded: a zone did not reach setpoint within 30 minutes. Check the heater "
                "resistance and the zone fuse. A tank heater is 26 ohm per element on the HM-10.",
            ),
            ("p", "F5 — low level in the tank; the level probe sees less than one third of the tank filled."),
            ("p", "F7 — pump stroke fault: no pump stroke for 10 s while guns trigger, or air below 1.5 bar."),
            ("h", "3. Relieving system pressure"),
            (
                "warn",
                "Hot melt under pressure can spray and cause severe burns. Relieve the pressure before loosening "
                "any hose, gun, filter or fitting. Wear heat-resistant gloves and a face shield.",
            ),
            (
                "p",
                "1. Turn the pump air regulator to 0 bar and switch off the pump. 2. Trigger every gun into a waste "
                "container until adhesive stops flowing. 3. Open the pressure relief valve on the manifold, with "
                "a container under the drain port, and leave it open during the work.",
            ),
            ("h", "4. Outlet filter"),
            (
                "p",
                "The outlet filter element QH-FE-100 (100 mesh) stops char and debris before the hoses. Change it "
                "every 1 000 operating hours, or sooner if gun output falls. Relieve pressure first (section 3), "
                "unscrew the filter plug with a 22 mm spanner while the unit is hot, pull out the element and fit "
                "a new one with a new O-ring. Tighten the plug to 35 N·m.",
            ),
            ("h", "5. Char"),
            (
                "p",
                "Char shows as black specks in the bead and blocked nozzles. Causes: temperature set too high, "
                "adhesive sitting hot for long periods, and letting the level drop so that the tank walls stay "
                "bare. Keep the tank at least one third full, fill little and often, and use setback. Flush and "
                "clean the tank every 6 months, or at each change of adhesive type.",
            ),
            ("h", "6. Routine checks"),
            (
                "p",
                "Daily: check the adhesive level and the bead on the product; look for leaks at hose and gun "
                "fittings. Weekly: clean the gun nozzles with a brass brush while hot, and check the pump air "
                "pressure (normal 2 to 4 bar for 26 to 52 bar adhesive pressure). Monthly: check hoses for kinks, "
                "crushing and burnt covers; a hose must never be bent tighter than a 150 mm radius. Every 2 000 "
                "hours: replace the pump seal kit QH-PS-13.",
            ),
            ("h", "7. First aid"),
            (
                "p",
                "Cool a hot melt burn with cold running water at once. Do not pull the adhesive off the skin. "
                "Get medical help.",
            ),
        ],
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks, two_col in [
        ("bramwell-ng-psa-nitrogen-generator.pdf", "Bramwell BGS-OM-118 Rev B — NG-25 / NG-40", BRAMWELL, False),
        ("fennmoor-lrv-liquid-ring-vacuum-pump.pdf", "Fennmoor FV-IM-LRV-03 — LRV-150 / LRV-200", FENNMOOR, False),
        ("dunmore-eq-electric-valve-actuator.pdf", "Dunmore DC-OM-EQ-12 issue 4 — EQ-250 / EQ-500", DUNMORE, False),
        ("quillon-hm-hot-melt-unit.pdf", "Quillon QAS-SM-210 rev 5 — HM-10 / HM-20", QUILLON, True),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " — "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2024, 9, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        if two_col:
            render_two_column(pdf, blocks)
        else:
            render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
