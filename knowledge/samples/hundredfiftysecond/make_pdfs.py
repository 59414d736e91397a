"""Generate the PDF manuals of the hundred-and-fifty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set152-scratch/venv && /tmp/set152-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set152-scratch/venv/bin/python knowledge/samples/hundredfiftysecond/make_pdfs.py

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


# ---------------------------------------------------------------- Penvarde PBV penstock inlet butterfly valves
PENVARDE = [
    ("title", "Penvarde PBV Penstock Inlet Butterfly Valves\nOperation and Maintenance - PBV-16 and PBV-20"),
    (
        "p",
        "Document PNV-OM-PBV-04, Edition 3, March 2025. Penvarde Hydro Valves. The PBV-16 (DN 1600) and PBV-20 "
        "(DN 2000) are double-eccentric butterfly valves fitted at the end of the penstock, directly upstream of the "
        "turbine spiral case. They are the turbine inlet (guard) valve: they isolate the turbine for maintenance and "
        "close against the full flow if the turbine cannot be stopped with its wicket gates. The disc is opened by a "
        "single-acting hydraulic cylinder and closed by a counterweight, so the valve closes without any electrical "
        "or hydraulic power. A motorised bypass valve fills the spiral case and balances the pressure before the "
        "main disc opens. Apart from the size, the pressure class and the items named in this manual, the two models "
        "are built alike. The penstock, the dismantling joint, the intake gate and the turbine are not part of the "
        "Penvarde delivery; their own documents apply.",
    ),
    (
        "warn",
        "WARNING: Never enter the spiral case or the penstock with the valve held closed only by its counterweight. "
        "Insert the mechanical lock pin in the closed position, close and lock the intake gate and drain the penstock "
        "section according to the site's isolation rules before anybody goes in.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PBV-16", "PBV-20"],
            ["Nominal diameter", "DN 1600", "DN 2000"],
            ["Pressure class", "PN 16", "PN 10"],
            ["Maximum static head at the valve", "140 m", "90 m"],
            ["Maximum design flow (the highest flow the valve may close against)", "14 m³/s", "22 m³/s"],
            ["Face-to-face length", "800 mm", "950 mm"],
            ["Bypass valve, motorised", "DN 150", "DN 200"],
            ["Opening cylinder, bore / stroke", "200 / 630 mm", "250 / 800 mm"],
            ["Counterweight mass", "3.2 t", "5.6 t"],
            ["Opening time, adjustable", "60-120 s", "90-180 s"],
            ["Closing, fast stage (100 % to 20 % open)", "18 s ±2 s", "25 s ±3 s"],
            ["Closing, slow stage (20 % open to closed)", "30 s ±5 s", "40 s ±5 s"],
            ["Hydraulic working pressure", "120 bar", "140 bar"],
            ["Relief valve setting", "135 bar", "155 bar"],
            ["Accumulator 32 L, nitrogen precharge at 20 °C", "80 bar ±3 bar", "95 bar ±3 bar"],
            ["Hydraulic oil ISO VG 46, tank", "160 L", "250 L"],
            ["Pump motor 400 V 3~ 50 Hz", "5.5 kW", "7.5 kW"],
            ["Allowed leakage past the closed disc at full static head", "0.48 L/min", "0.60 L/min"],
            ["Valve mass without counterweight", "14.5 t", "24.0 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The closing times hold with the oil at 30-50 °C and the valve closing against still water (wicket gates "
        "closed, no flow). Closing against the full flow, the hydraulic torque on the disc shortens the fast stage "
        "by up to 20 %; the damper still holds the slow stage. The disc and the body are coated with a solvent-free "
        "epoxy system; damaged coating is repaired by Penvarde service. The shaft runs in self-lubricating bronze "
        "bushes that need no grease.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep clear of the counterweight arm whenever the valve is open or the hydraulic unit is switched on: "
            "the counterweight drops without warning on a closing command, a trip or a loss of oil pressure.",
            "The lock pin holds the disc closed; it is not designed to hold the disc open. Never insert it with the "
            "disc in any other position.",
            "Release the accumulator pressure (valve BV3) before opening any hydraulic connection. The accumulator "
            "keeps the pressure even with the pump switched off.",
            "Fill the accumulator with nitrogen only. Never use compressed air or oxygen.",
            "Lifting the counterweight or the cylinder needs the powerhouse crane and the site's lifting plan.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Pressure balance before opening"),
            (
                "p",
                "The main disc must not be opened against a pressure difference above 2.0 bar. The bypass opens "
                "first; the control opens the main disc only when the downstream pressure has reached at least 95 % "
                "of the upstream pressure. If this has not happened 10 min after the bypass opened, V07 is shown and "
                "the bypass closes again. Filling an empty penstock after dewatering follows the site's filling "
                "programme; the bypass is not meant for it.",
            ),
            ("h", "No throttling"),
            (
                "p",
                "The valve is either fully open or fully closed. Never use it to control the flow: positions between "
                "10 % and 90 % open are allowed only while the disc is moving. A disc held part open cavitates, "
                "vibrates and damages its seal.",
            ),
            ("h", "Seat leakage"),
            (
                "p",
                "Allowed leakage (L/min) = 0.3 x nominal diameter (m), at full static head. Example for the PBV-16: "
                "0.3 x 1.6 = 0.48 L/min. For the PBV-20: 0.3 x 2.0 = 0.60 L/min. Measure it at the spiral case drain "
                "with the bypass closed and the spiral case drained, after the valve has been closed for at least "
                "30 min.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Working range 10-55 °C. The tank heater switches on below 10 °C; V02 is shown at 60 °C. Below 5 °C "
                "the closing times can be up to 30 % longer than set.",
            ),
            ("h", "Pump restarts"),
            (
                "p",
                "With the valve open the pump restarts when the accumulator pressure has fallen to 105 bar (PBV-16) or "
                "125 bar (PBV-20) and stops at the working pressure. Up to 4 restarts per hour are normal; more "
                "give V10.",
            ),
            ("h", "After an emergency closure"),
            (
                "p",
                "After a closure against a flow above 50 % of the maximum design flow, inspect the disc seal, the "
                "closed-position stop and the damper before the next opening.",
            ),
            ("h", "Water"),
            (
                "p",
                "Raw water at 0-30 °C with no more than 200 mg/L of sand. With more sand the seal wears faster; "
                "Penvarde offers a harder seal on request.",
            ),
            ("h", "Penstock pressure rise"),
            (
                "p",
                "Never shorten the fast closing stage below its range. The pressure rise in the penstock during "
                "closure must stay within the value the penstock designer allowed; Penvarde does not know it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["V01", "Oil level low", "Tank level switch open. Look for leaks at the cylinder and pipes; top up with ISO VG 46."],
            ["V02", "Oil temperature high", "Oil above 60 °C: pump running too often (see V10) or heater contactor stuck."],
            ["V03", "Pump motor overload", "Motor protection tripped. Check the supply, the motor and the pump."],
            [
                "V04",
                "Pressure low",
                "Accumulator below 100 bar (PBV-16) or 115 bar (PBV-20) with the valve open. The lock valve on the "
                "cylinder keeps the disc open; find the leak.",
            ],
            [
                "V05",
                "Opening time exceeded",
                "Not fully open within 150 s (PBV-16) or 210 s (PBV-20): pressure not balanced, opening throttle "
                "closed too far, cold oil.",
            ],
            [
                "V06",
                "Closing time exceeded",
                "Closed-position switch not reached within 60 s (PBV-16) or 75 s (PBV-20) of the closing command: "
                "damper, stiff bushes, debris under the disc.",
            ],
            [
                "V07",
                "Pressure not balanced",
                "Downstream pressure below 95 % of upstream 10 min after the bypass opened: spiral case drain open, "
                "wicket gates leaking, bypass not open.",
            ],
            ["V09", "Position sensor", "Position signal outside 4-20 mA. The disc holds its position; check the sensor."],
            [
                "V10",
                "Valve creeping",
                "More than 4 pump restarts per hour, or the disc has drifted below 95 % open: cylinder piston seal or "
                "lock valve leaking.",
            ],
            ["V11", "Lock pin", "Lock pin not withdrawn. Opening is blocked."],
            ["V12", "Pressure filter", "Filter differential pressure above 5 bar. Replace the element PNV-HF-10."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Leakage past the closed disc above the allowed value",
                "Seal worn, clamping ring loose on one section, or debris on the seat",
                "Open the bypass for 1 min to flush the seat. If the leakage stays too high, readjust the clamping "
                "ring (section 9), then replace the seal",
            ],
            [
                "Disc does not reach full open (V05)",
                "Pressure not balanced, cold oil, opening throttle closed too far",
                "Check the downstream pressure and the oil temperature; reset the opening throttle",
            ],
            [
                "Knock at the end of closing",
                "Slow stage set too fast, or damper oil low",
                "Set the slow stage again (section 7)",
            ],
            [
                "Water dripping at the shaft gland",
                "Gland packing worn or loose",
                "Tighten the gland nuts evenly by a sixth of a turn; replace the packing when no adjustment is left",
            ],
            [
                "Pump restarts several times an hour with the valve open",
                "Cylinder piston seal or lock valve leaking internally",
                "V10. Replace the cylinder seal kit or the lock valve",
            ],
            [
                "Disc vibrates, rumbling from the pipe",
                "Valve held part open",
                "Never throttle with the valve; open or close it fully",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Opening the valve"),
    (
        "ol",
        [
            "Check that the turbine wicket gates are closed and that the spiral case drain and manhole are closed.",
            "Check the oil level, the accumulator pressure and that no V code is shown.",
            "Withdraw the mechanical lock pin; V11 clears.",
            "Select LOCAL or REMOTE on the valve panel and give the OPEN command.",
            "The bypass valve opens and the spiral case fills. Watch the downstream pressure gauge.",
            "When the downstream pressure has reached 95 % of the upstream pressure, the main disc starts to open.",
            "The disc opens in the set opening time; the bypass closes when the disc is fully open.",
            "Check the open indicator and the pump: it must stop within 2 min after the disc is fully open.",
        ],
    ),
    ("h", "7. Setting the closing times"),
    (
        "ol",
        [
            "Close the turbine wicket gates and balance the pressure, so that the valve closes against still water.",
            "Check the oil temperature: 30-50 °C.",
            "Open the valve fully.",
            "Loosen the lock nut of the fast-stage throttle valve FV1 on the cylinder manifold.",
            "Turn FV1 clockwise to lengthen the fast stage, anticlockwise to shorten it; half a turn changes the time "
            "by about 2 s.",
            "Give the CLOSE command and time the fast stage from 100 % to 20 % open on the position indicator: 18 s "
            "±2 s (PBV-16) or 25 s ±3 s (PBV-20).",
            "Set the slow stage in the same way with the damper throttle FV2: 30 s ±5 s (PBV-16) or 40 s ±5 s "
            "(PBV-20) from 20 % open to closed.",
            "Repeat until three closings in a row are inside the ranges, then tighten the lock nuts and seal them "
            "with wire.",
            "Write the times in the commissioning record.",
        ],
    ),
    ("h", "8. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Close the valve, insert the lock pin and switch off the pump.",
            "Open the accumulator drain valve BV3 slowly until the oil pressure gauge reads zero.",
            "Remove the protective cap of the gas valve and fit the charging and gauging unit PNV-CG-1.",
            "Read the precharge and the temperature next to the accumulator.",
            "The precharge must be 80 bar ±3 bar (PBV-16) or 95 bar ±3 bar (PBV-20) at 20 °C. At other temperatures "
            "correct the value with the accumulator maker's table supplied with the valve.",
            "Top up with nitrogen from a bottle with a pressure reducer, or let gas out with the unit.",
            "Remove the unit, refit the cap, close BV3 and switch the pump on.",
        ],
    ),
    ("h", "9. Readjusting the seal clamping ring"),
    (
        "ol",
        [
            "Close the valve, insert the lock pin, close and lock the intake gate and have the penstock section and "
            "the spiral case drained under the site's isolation rules.",
            "Enter through the spiral case manhole and find the section of the seal with leakage marks.",
            "Loosen the clamping ring screws on that section by half a turn each.",
            "Fit seal shims PNV-SS-05 (0.5 mm) behind the seal on that section, no more than 2 shims (1.0 mm) in one "
            "place.",
            "Tighten the clamping ring screws M16 A4-70 to 85 Nm in a cross pattern.",
            "Close the disc and check with a 0.05 mm feeler gauge: it must not enter anywhere along the seal.",
            "Leave the spiral case, refill it through the bypass and measure the leakage again (section 3).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Oil level, accumulator pressure, pump restarts per day from the log"],
            ["Every 6 months", "Gland leakage; counterweight arm, pins and their split pins"],
            [
                "Yearly",
                "Closing test with the times measured (section 7); accumulator precharge (section 8); oil sample to "
                "the laboratory",
            ],
            ["Every 2 years or 20 000 pump starts, whichever comes first", "Replace the pressure filter element PNV-HF-10"],
            ["Every 6 years", "Seal inspection from the spiral case; bush clearance check by Penvarde service"],
            ["After an emergency closure above 50 % of the design flow", "Inspect the seal, the closed stop and the damper"],
            ["When the oil analysis calls for it, at the latest every 8 years", "Change the hydraulic oil"],
        ],
        (75, 95),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PBV-16", "PBV-20"],
            ["Disc seal, EPDM, complete", "PNV-DS-16", "PNV-DS-20"],
            ["Seal shims 0.5 mm, set of 20", "PNV-SS-05", "PNV-SS-05"],
            ["Gland packing set", "PNV-GP-16", "PNV-GP-20"],
            ["Cylinder seal kit", "PNV-CS-200", "PNV-CS-250"],
            ["Pressure filter element 10 µm", "PNV-HF-10", "PNV-HF-10"],
            ["Accumulator bladder 32 L", "PNV-AB-32", "PNV-AB-32"],
            ["Position sensor 4-20 mA", "PNV-PS-420", "PNV-PS-420"],
            ["Charging and gauging unit", "PNV-CG-1", "PNV-CG-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fieldtorr SX static excitation systems
FIELDTORR = [
    ("title", "Fieldtorr SX Static Excitation Systems\nOperation and Maintenance - SX-800 and SX-1250"),
    (
        "p",
        "Document FTC-OM-SX-07, Edition 2, June 2024. Fieldtorr Power Controls. The SX-800 and SX-1250 are static "
        "excitation systems for salient-pole hydro generators. An excitation transformer connected to the generator "
        "terminals feeds fully controlled thyristor bridges, which supply the rotor field through the field breaker "
        "and the slip rings. A dual-channel digital automatic voltage regulator (AVR) fires the bridges; channel 1 "
        "and channel 2 are identical and the standby channel follows the active one. Field flashing from the station "
        "battery builds up the voltage at start. The SX-800 is for field currents up to 800 A and is naturally "
        "cooled; the SX-1250 is for field currents up to 1250 A and is fan-cooled. Otherwise they are built alike. "
        "The generator with its slip rings and brushes, the excitation transformer and the station battery have "
        "their own manuals.",
    ),
    (
        "warn",
        "DANGER: The field circuit carries up to about 700 V DC and the bridges are connected to the generator "
        "terminals. Work inside the cubicles only with the unit stopped, the field breaker open and racked out, the "
        "excitation transformer isolated and earthed and the field flashing supply switched off and locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-800", "SX-1250"],
            ["Rated (continuous) field current", "800 A", "1250 A"],
            ["Ceiling field current, for 10 s", "1600 A", "2500 A"],
            ["Rated field voltage", "180 V", "260 V"],
            ["Ceiling field voltage at 100 % generator voltage", "about 495 V", "about 704 V"],
            ["Excitation transformer, cast resin, 3-phase", "400 kVA, secondary 380 V", "900 kVA, secondary 540 V"],
            ["Thyristor bridges", "2 x 100 %", "3 x 50 %"],
            ["Cooling", "natural air", "forced air, 2 fans per bridge"],
            ["Heatsink alarm / trip", "80 °C / 90 °C", "80 °C / 90 °C"],
            ["Field breaker", "DC 1000 A", "DC 1600 A"],
            ["Crowbar discharge resistor", "0.25 Ohm", "0.18 Ohm"],
            ["Field flashing from the station battery", "220 V DC, 60 A for at most 10 s", "220 V DC, 100 A for at most 10 s"],
            ["Control supplies", "220 V DC and 230 V AC", "220 V DC and 230 V AC"],
            ["Voltage regulation accuracy", "±0.5 %", "±0.5 %"],
            ["Cubicles, W x D x H", "2400 x 800 x 2200 mm", "3200 x 800 x 2200 mm"],
            ["Mass", "1850 kg", "2700 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Ceiling field voltage (V) = 1.35 x transformer secondary voltage (V) x cos alpha min, with the smallest firing "
        "angle alpha min = 15°. Example for the SX-800 at 100 % generator voltage: 1.35 x 380 x 0.966 = 495 V. With one "
        "bridge isolated the SX-800 keeps its full rating; the SX-1250 keeps its rated field current, but its "
        "ceiling current falls to about 1670 A.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons authorised for high-voltage and DC work on the site may open the cubicle doors.",
            "Wait at least 5 min after isolating before touching a bridge: the snubber capacitors hold a charge.",
            "Never rack the field breaker out or in with the unit running.",
            "Use only the insulated fuse puller supplied to remove bridge fuses.",
            "Keep the cubicle doors closed in operation; the SX-1250 cooling air flow depends on it.",
        ],
    ),
    ("h", "3. Limiters and operating limits"),
    (
        "cols",
        [
            ("h", "Voltage setpoint"),
            (
                "p",
                "90-110 % of the rated generator voltage, changed by the raise and lower commands at 0.3 % per second.",
            ),
            ("h", "Volts per hertz limiter"),
            (
                "p",
                "Limits the generator voltage to 1.10 x rated voltage x (actual frequency / rated frequency). Below "
                "90 % of the rated frequency the excitation is switched off on a stop.",
            ),
            ("h", "Overexcitation limiter (OEL)"),
            (
                "p",
                "Lets the field current rise to the ceiling current for 10 s, then ramps it down to 105 % of the rated "
                "field current. The time curve between these two points is set at commissioning and written in the "
                "commissioning report.",
            ),
            ("h", "Underexcitation limiter (UEL)"),
            (
                "p",
                "Keeps the operating point inside the generator capability curve, entered at commissioning from the "
                "generator maker's data.",
            ),
            ("h", "Rotor earth fault monitor"),
            (
                "p",
                "Injects a square wave of ±50 V at 1 Hz between the field circuit and earth. Alarm X11 below 20 kOhm; "
                "trip below 5 kOhm after 2 s. After a standstill of more than two weeks in a damp powerhouse, readings "
                "of 20-50 kOhm are common and usually rise once the rotor is warm.",
            ),
            ("h", "Field flashing"),
            (
                "p",
                "Switches on with the EXCITATION ON command and off at 40 % of the rated generator voltage; the bridges "
                "take over from there. If 40 % is not reached within 10 s, flashing stops and X05 is shown. Do not try "
                "more than 3 times in 10 min: the flashing resistor must cool.",
            ),
            ("h", "Power system stabiliser"),
            (
                "p",
                "The PSS gains and time constants come from the grid connection study. They are set by the "
                "commissioning engineer and may be changed only with the grid operator's agreement.",
            ),
            ("h", "Channel changeover"),
            (
                "p",
                "On a fault of the active channel (X06 voltage transformer failure, internal fault) the standby "
                "channel takes over with a step of no more than 1 % of the generator voltage. If both channels fail, "
                "the field current regulator (FCR, manual mode) takes over.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["X01", "Field overcurrent", "Instantaneous field current above 2.2 x rated. The unit trips; check the rotor and the bridge."],
            ["X02", "Bridge fuse blown", "Fuse indicator of a bridge fuse popped out. Replace the fuse (section 8)."],
            ["X03", "Fan failure", "SX-1250 only: a fan or its supply failed; the bridge is limited to 50 % current."],
            ["X04", "Heatsink temperature", "Above 80 °C alarm, 90 °C trip. Check fans, filter mats, cubicle ambient."],
            ["X05", "Field flashing failed", "40 % of the rated voltage not reached within 10 s of EXCITATION ON."],
            ["X06", "VT failure", "Voltage transformer fuse or wiring; the standby channel or FCR takes over."],
            ["X08", "OEL active", "Overexcitation limiter is limiting. Reduce reactive power."],
            ["X09", "UEL active", "Underexcitation limiter is limiting. Raise the voltage setpoint or reduce absorption."],
            ["X10", "V/Hz limiter active", "Voltage too high for the frequency, usually during start or stop."],
            ["X11", "Rotor earth fault", "Insulation below 20 kOhm (alarm) or 5 kOhm (trip)."],
            ["X12", "Channel changeover", "Standby channel took over. Read the event list before resetting."],
            ["X13", "Crowbar fired", "Overvoltage on the field: pole slip, asynchronous running or a breaker fault."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "No voltage build-up at start, X05",
                "Flashing fuse F31 blown, flashing contactor K31 not closing, battery supply off, or the field breaker "
                "not closed",
                "Check F31 (100 A), K31 and the 220 V DC supply; check that the field breaker is racked in and closes",
            ],
            [
                "Generator voltage and reactive power swing after synchronising",
                "AVR gain too high or the PSS switched off",
                "Check the PSS status; compare the AVR gain with the commissioning report",
            ],
            [
                "Rotor earth fault alarm after a long standstill",
                "Damp rotor insulation",
                "Run at no-load excitation for 30 min; if the reading stays below 20 kOhm, measure the rotor "
                "insulation as the generator manual describes",
            ],
            [
                "Bridge currents differ by more than 15 %",
                "Firing pulse board, a blown fuse or a bridge isolator left open",
                "Check X02, the pulse boards FTC-PB-4 and the isolators",
            ],
            [
                "Heatsink temperature rising on the SX-1250",
                "Fan failed or filter mats clogged",
                "Check X03; clean or replace the filter mats",
            ],
            [
                "Field breaker trips on a normal stop",
                "Breaker opened before the bridges inverted the field",
                "Check the stop sequence: invert first, open the breaker below 10 % field current",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Excitation start"),
    (
        "ol",
        [
            "Check that no X code is active and that both AVR channels show READY.",
            "Check the 220 V DC flashing supply: at least 200 V on the panel voltmeter.",
            "Select AUTO (voltage regulation) on the active channel.",
            "When the turbine has reached at least 95 % of rated speed, give EXCITATION ON.",
            "The field breaker closes and field flashing starts.",
            "At 40 % of the rated voltage flashing stops and the voltage rises on a soft-start ramp to the preset "
            "value in about 8 s.",
            "Compare the no-load field current with the commissioning record.",
            "Hand over to the synchroniser.",
        ],
    ),
    ("h", "7. Changing from AUTO to manual (FCR)"),
    (
        "ol",
        [
            "Check on the HMI that the FCR setpoint follows the actual field current (indicator TRACKING lit).",
            "Press FCR on the active channel. The field current stays where it was.",
            "From now on the generator voltage changes with the load: adjust the field current by hand with raise "
            "and lower.",
            "Keep the reactive power inside the capability curve yourself; the UEL still acts, the V/Hz limiter does not.",
            "To return, press AUTO: the voltage regulator takes over without a step.",
        ],
    ),
    ("h", "8. Replacing a bridge fuse"),
    (
        "ol",
        [
            "Note the bridge that shows X02 and the fuse whose indicator has popped out.",
            "Isolate that bridge with its AC isolator (Q21, Q22 or Q23) and its DC isolator; the firing pulses of "
            "that bridge are blocked automatically.",
            "Check with a voltmeter that the bridge is dead on the AC and DC sides and wait 5 min for the snubber "
            "capacitors.",
            "Remove the fuse with the insulated fuse puller.",
            "Test the two thyristors of that leg with the thyristor tester FTC-TT-2 (forward and reverse blocking). "
            "If a thyristor is short-circuited, do not fit a new fuse: thyristors are replaced by Fieldtorr service "
            "only.",
            "Fit a new fuse of the same type: FTC-FU-900 (SX-800) or FTC-FU-700 (SX-1250). Never fit a fuse of "
            "another rating.",
            "Close the isolators, reset X02 and check that the bridge currents share within 15 %.",
        ],
    ),
    ("h", "9. Testing the rotor earth fault monitor"),
    (
        "ol",
        [
            "With the unit running at any load, select TEST > EARTH FAULT > ALARM on the HMI.",
            "The monitor connects its internal 10 kOhm test resistor; X11 must appear within 10 s and the reading "
            "must be 9-11 kOhm.",
            "Select TEST > END; the alarm resets and the reading returns to the rotor value.",
            "The trip test (internal 3.3 kOhm) is done only with the unit stopped and the field breaker open.",
            "Write the readings in the test log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Alarm list; field current and voltage in the log"],
            ["Monthly", "Channel changeover test; rotor earth fault monitor test (section 9)"],
            ["Every 3 months", "SX-1250: clean or replace the fan filter mats FTC-FM-12"],
            [
                "Yearly",
                "Thermographic check of the bridges and busbars at full load; tighten the connections with the unit "
                "stopped; crowbar test; field breaker contact inspection",
            ],
            ["Every 4 years or 10 000 field breaker operations, whichever comes first", "Field breaker overhaul by Fieldtorr service"],
            ["Every 6 years", "SX-1250: replace the fans; check the snubber capacitors"],
        ],
        (75, 95),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-800", "SX-1250"],
            ["Bridge fuse", "FTC-FU-900", "FTC-FU-700"],
            ["Flashing fuse F31, 100 A", "FTC-FU-100", "FTC-FU-100"],
            ["Firing pulse board", "FTC-PB-4", "FTC-PB-4"],
            ["AVR controller card", "FTC-AC-2", "FTC-AC-2"],
            ["Bridge fan 230 V", "-", "FTC-FN-230"],
            ["Filter mat set", "-", "FTC-FM-12"],
            ["Thyristor tester", "FTC-TT-2", "FTC-TT-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Lagerholt GO-60 guide bearing oil system
LAGERHOLT = [
    ("title", "Lagerholt GO-60 Turbine Guide Bearing Oil System\nOperation and Maintenance Manual"),
    (
        "p",
        "Document LGH-OM-GO60-02, Edition 2, November 2024. Lagerholt Bearing Systems. The GO-60 is the oil "
        "circulation and cooling unit for the oil-bath turbine guide bearing of vertical Francis and Kaplan units. "
        "It draws oil from the bearing housing, filters it, cools it in a plate heat exchanger against the unit "
        "cooling water and returns it to the housing. It holds two identical screw pumps (one duty, one standby), a "
        "duplex filter, the plate heat exchanger, two tank heaters and the instruments for the bearing protection. "
        "The guide bearing itself, with its pads, housing and clearances, is part of the turbine and is described "
        "in the turbine maker's manual. The trip signals go to the unit protection, which belongs to the site.",
    ),
    (
        "warn",
        "CAUTION: Hot oil. The oil in the unit can be at 60 °C. Never open a filter half, a drain or the heat "
        "exchanger while it is under pressure, and never work on the bearing housing with the unit turning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GO-60"],
            ["Oil", "Turbine oil ISO VG 68, zinc-free, with rust and oxidation inhibitors"],
            ["Oil volume in the bearing housing", "about 850 L"],
            ["Oil volume in the unit tank and piping", "about 250 L (tank 180 L)"],
            ["Circulation flow, nominal", "60 L/min"],
            ["Pumps", "2 x 100 % screw pumps, 3.0 kW each, 400 V 3~ 50 Hz"],
            ["Pump discharge pressure", "2.5-4.0 bar"],
            ["Duplex filter", "25 µm absolute, change indicator at 1.5 bar differential pressure"],
            ["Filter bypass valve", "opens at 3.5 bar differential pressure"],
            [
                "Plate heat exchanger duty",
                "45 kW with cooling water at 9 m³/h and 25 °C inlet, and oil at 60 L/min and 50 °C inlet",
            ],
            ["Cooling water", "9 m³/h at 2-6 bar, inlet no warmer than 28 °C"],
            ["Tank heaters", "2 x 3 kW"],
            ["Pad temperature sensors", "8 x Pt100, 3-wire, one in each pad"],
            ["Electrical connection", "400 V 3~ 50 Hz, 10 kW"],
            ["Mass, filled", "1100 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Heat removed (kW) = water flow (m³/h) x 1.16 x (water outlet temperature - water inlet temperature) (K). "
        "Example: 9 m³/h with the water warming from 25.0 °C to 29.3 °C gives 9 x 1.16 x 4.3 = 44.9 kW, the full duty. "
        "When the heat removed at the same load and water temperature has fallen below 80 % of the value recorded "
        "after the last cleaning, clean the plates.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate and lock both pump motors and the heaters before opening the unit.",
            "Wear oil-resistant gloves and safety glasses when changing filters or taking samples.",
            "Collect all oil in containers; used oil and filter elements are hazardous waste.",
            "The heaters must never be switched on without a pump running: oil standing on a heater cokes.",
            "Only the unit control may bypass a trip; never bridge a trip contact on the unit terminal strip.",
        ],
    ),
    ("h", "3. Alarm and trip settings"),
    (
        "cols",
        [
            ("h", "Pad temperatures"),
            (
                "p",
                "Eight Pt100 sensors, one in each pad. Alarm G01 at 80 °C on any pad. Trip G02 when two pads are above "
                "85 °C (two-out-of-eight voting). A single pad above 85 °C gives G03 only, as a broken sensor reads "
                "high. Normal running: 55-70 °C, all pads within 6 °C of each other.",
            ),
            ("h", "Oil temperature in the housing"),
            ("p", "Alarm G04 at 60 °C, trip at 65 °C. Normal running 40-52 °C."),
            ("h", "Oil level"),
            (
                "p",
                "Guided-wave level transmitter in the bearing housing. With the unit stopped the level is at the mark "
                "on the housing sight glass ±20 mm; running, it is 10-30 mm lower. Low alarm G05 at 40 mm below the "
                "mark, low trip at 60 mm below. High alarm G07 at 40 mm above the mark: a rising level means water in "
                "the oil, a leaking heat exchanger or an overfilled housing.",
            ),
            ("h", "Water in oil"),
            (
                "p",
                "Capacitive sensor in the return line. Alarm G10 at 300 ppm. At 500 ppm stop the unit at the next "
                "opportunity and find the source.",
            ),
            ("h", "Flow"),
            (
                "p",
                "Flow switch in the supply line. Alarm G08 below 45 L/min; the standby pump starts after 5 s. Trip if "
                "the flow stays below 30 L/min for 60 s.",
            ),
            ("h", "Heaters and cold start"),
            (
                "p",
                "The heaters switch on below 15 °C oil temperature and off at 25 °C, and only while a pump runs. The "
                "turbine must not start with the oil colder than 10 °C.",
            ),
            ("h", "Oil supply temperature"),
            (
                "p",
                "The three-way valve on the water side keeps the oil leaving the heat exchanger at 40 °C ±3 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["G01", "Pad temperature high", "One or more pads above 80 °C. Check the oil temperature and the flow."],
            ["G02", "Pad temperature trip", "Two pads above 85 °C. The unit stops."],
            ["G03", "Sensor fault", "A Pt100 reads outside -20 to 150 °C, or a single pad above 85 °C. Check the sensor."],
            ["G04", "Oil temperature high", "Housing oil above 60 °C; trip at 65 °C."],
            ["G05", "Oil level low", "40 mm below the mark; trip at 60 mm below. Look for leaks."],
            ["G07", "Oil level high", "40 mm above the mark: water in the oil, heat exchanger leak or overfilled."],
            ["G08", "Flow low", "Below 45 L/min; the standby pump has started."],
            ["G09", "Filter dirty", "Differential pressure above 1.5 bar. Change over and replace the element (section 7)."],
            ["G10", "Water in oil", "Above 300 ppm. Take an oil sample (section 8) and find the source."],
            ["G11", "Pump changeover", "The weekly automatic pump changeover did not complete."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Level rising, oil milky or cloudy",
                "Water entering through a leaking plate heat exchanger, or condensation in the housing",
                "Read the water-in-oil value, take an oil sample and pressure-test the heat exchanger: water side at "
                "6 bar, oil side drained, no water at the oil side drain within 30 min",
            ],
            [
                "Pad temperatures creeping up over weeks at the same load",
                "Heat exchanger fouled on the water side",
                "Work out the heat removed (section 1); clean the plates if it has fallen below 80 % of the last value",
            ],
            [
                "One pad 8 °C or more above the others",
                "Pad set wrongly, or a sensor fault",
                "Compare with the commissioning record. Pad setting is the turbine maker's work",
            ],
            [
                "Flow low (G08) with a clean filter",
                "Pump suction strainer blocked, air drawn in at the suction, or a valve not fully open",
                "Check the suction strainer and the valves; bleed the pump",
            ],
            [
                "Oil foaming in the sight glass",
                "Air drawn in at a suction joint, or contaminated oil",
                "Tighten the suction joints; take an oil sample",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the oil system before a unit start"),
    (
        "ol",
        [
            "Check the oil level in the bearing housing sight glass: at the mark ±20 mm.",
            "Check the oil temperature: at least 10 °C. If colder, start a pump and switch the heaters on.",
            "Open the cooling water isolating valves V21 and V22.",
            "Select the duty pump (P1 or P2) and AUTO.",
            "Start the oil system. The flow must exceed 45 L/min within 30 s.",
            "Let it run for at least 10 min before the unit starts, so that oil reaches all the pads.",
            "Check that no G code is active and give the READY signal to the unit control.",
        ],
    ),
    ("h", "7. Replacing the filter element"),
    (
        "ol",
        [
            "Check on the differential pressure gauge that the half to be changed is the dirty one (G09, above 1.5 bar).",
            "Slowly open the filling valve between the two halves to fill the clean half, and vent it at its vent "
            "screw until oil without bubbles comes out.",
            "Turn the changeover lever fully to the clean half. The differential pressure must drop below 0.5 bar.",
            "Close the filling valve.",
            "Open the vent screw and then the drain valve of the dirty half and drain it into a container.",
            "Remove the cover (4 screws M12), take out the element and check the bowl for metal particles; keep any "
            "particles for the laboratory.",
            "Fit a new element LGH-FE-25 with a new O-ring LGH-OR-150, refit the cover and tighten the screws to 40 Nm.",
            "Close the drain valve and the vent screw. The half stays ready as the standby.",
        ],
    ),
    ("h", "8. Taking an oil sample"),
    (
        "ol",
        [
            "Take the sample with a pump running and the oil at working temperature, at least 30 min after the start.",
            "Use the sample valve SV1 in the return line, upstream of the filter.",
            "Wipe the valve clean, open it and let at least 1 L run into a waste container to flush the line.",
            "Fill a clean 250 mL laboratory bottle to about 80 % without closing the valve in between.",
            "Close the valve, cap the bottle and label it: unit, bearing, date, running hours, oil temperature.",
            "Send it to the oil laboratory. The limits for viscosity, acid number, water and particle count are those "
            "of the oil supplier's laboratory; Lagerholt does not give them.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Level, pad and oil temperatures, flow and water-in-oil value in the log"],
            ["Weekly", "Automatic pump changeover (G11 if it did not complete)"],
            ["Monthly", "Drain water from the tank bottom drain valve; check the water-in-oil trend"],
            ["Every 3 months, or at G09, whichever comes first", "Replace the filter element (section 7)"],
            ["Every 6 months", "Oil sample (section 8)"],
            [
                "When the heat removed has fallen below 80 % of the last value, at the latest every 2 years",
                "Clean the plate heat exchanger on the water side; new gaskets LGH-PG-45",
            ],
            ["Every 2 years", "Loop check of the Pt100 sensors and the trip chain with the site's protection test"],
            ["On the oil analysis result", "Change the oil in the housing and the unit"],
        ],
        (75, 95),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Filter element 25 µm", "LGH-FE-25"],
            ["Filter cover O-ring", "LGH-OR-150"],
            ["Screw pump with motor, complete", "LGH-SP-60"],
            ["Pump shaft seal kit", "LGH-SK-60"],
            ["Plate heat exchanger gasket set", "LGH-PG-45"],
            ["Pt100 pad sensor", "LGH-RT-100"],
            ["Water-in-oil sensor", "LGH-WS-1"],
            ["Heater element 3 kW", "LGH-HE-3"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Wehrstad RGH spillway radial gate hoists
WEHRSTAD = [
    ("title", "Wehrstad RGH Spillway Radial Gate Hoists\nOperation and Maintenance - RGH-160 and RGH-250"),
    (
        "p",
        "Document WHM-OM-RGH-03, Edition 1, February 2025. Wehrstad Hydromechanik. The RGH-160 and RGH-250 are "
        "electric wire rope hoists for spillway radial (Tainter) gates. The hoist stands on the operating deck above "
        "the gate and lifts it with two ropes, one at each side, wound on two drums coupled by a line shaft, so both "
        "sides move together. A brake motor drives the line shaft through a helical-bevel gearbox and an open gear "
        "stage. The gate lowers under its own weight, braked by the motor. The number in the model name is the rated "
        "force per rope in kN. The gate with its trunnions, seals, heating and embedded parts is the gate "
        "supplier's. The discharge through the gate at a given opening and reservoir level is in the dam operator's "
        "rating tables, and when and how far a gate is opened is set by the dam operator's spillway rules.",
    ),
    (
        "warn",
        "WARNING: A spillway gate can release a flood wave downstream. Move a gate only on the instruction of the "
        "dam operator's control room and after the downstream warning the spillway rules require.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RGH-160", "RGH-250"],
            ["Rated force per rope", "160 kN", "250 kN"],
            ["Ropes per gate", "2", "2"],
            ["Rope, 6x36 WS IWRC, 1960 N/mm², galvanised, diameter", "26 mm", "32 mm"],
            ["Minimum breaking force of the rope", "560 kN", "880 kN"],
            ["Hoisting speed", "0.30 m/min", "0.25 m/min"],
            ["Rope travel, gate closed to fully open", "9.5 m", "12.0 m"],
            ["Time to open fully", "about 32 min", "about 48 min"],
            ["Drum diameter", "720 mm", "900 mm"],
            ["Brake motor 400 V 3~ 50 Hz, duty S3 40 %", "15 kW", "22 kW"],
            ["Motor brake torque", "200 Nm", "320 Nm"],
            ["Gearbox oil CLP 220, quantity", "65 L", "110 L"],
            ["Overload cut-out (110 % of rated force)", "176 kN per rope", "275 kN per rope"],
            ["Slack rope cut-out (10 % of rated force)", "16 kN per rope", "25 kN per rope"],
            ["Emergency lowering speed, centrifugal brake", "no more than 0.6 m/min", "no more than 0.6 m/min"],
            ["Mass of the hoist", "7.8 t", "12.4 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rope safety factor is the minimum breaking force divided by the rated force per rope and must be at "
        "least 3.5: 560 / 160 = 3.5 for the RGH-160 and 880 / 250 = 3.52 for the RGH-250. Use only ropes of the "
        "listed construction and breaking force. Ropes are lubricated with Wehrstad rope lubricant WHM-RL-5, "
        "applied by brush over the full working length.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate and lock the hoist main switch before working on the drums, ropes or gears. A gate held by its "
            "brake can still move if the brake is lifted.",
            "Before working under or beside a raised gate, lower it onto its sill or onto the maintenance latches "
            "of the gate; never rely on the hoist brake alone.",
            "Keep hands and tools away from the open gear and the rope inlet at the drums while the hoist runs.",
            "Wear a harness on the pier deck wherever the railing is removed.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Rope load difference"),
            (
                "p",
                "Load cells in the rope anchorages measure both sides. A difference of more than 25 % of the higher "
                "force gives H07 and stops raising; lowering is still allowed.",
            ),
            ("h", "Positions"),
            (
                "p",
                "An absolute encoder on the line shaft shows the gate opening as rope travel, accurate to ±10 mm. The "
                "upper end position stops the hoist at full travel. The upper final limit switch, 150 mm above it, "
                "switches the motor off and sets the brake (H03). Closed position: the slack rope cut-out stops "
                "lowering when the gate sits on its sill.",
            ),
            ("h", "Small openings"),
            (
                "p",
                "The gate may be held at any opening. Below 300 mm the flow can make the gate vibrate; hold it there "
                "only as long as the spillway rules allow.",
            ),
            ("h", "Ice"),
            (
                "p",
                "Do not move the gate with ice frozen to it or to the side seals. The gate heating is part of the gate "
                "supply and has its own manual.",
            ),
            ("h", "Motor duty"),
            (
                "p",
                "The motor is rated S3 40 %. After a full run let it stand for at least 1.5 times the running time "
                "before the next full run: 48 min after a full opening of the RGH-160, 72 min after one of the RGH-250.",
            ),
            ("h", "Temperatures"),
            ("p", "-25 °C to +40 °C, with the motor and panel anti-condensation heaters switched on."),
            ("h", "Emergency lowering"),
            (
                "p",
                "Without power the gate can be lowered by lifting the motor brake with its hand lever. A centrifugal "
                "brake on the line shaft limits the speed to no more than 0.6 m/min. Raising without power is not "
                "possible.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed on the panel or the deck."],
            ["H02", "Motor overtemperature", "PTC in the motor winding: duty exceeded or brake dragging. Let it cool."],
            ["H03", "Upper final limit", "Final limit switch reached. Lower 200 mm in the reset mode, check the encoder."],
            ["H04", "Overload", "Above 110 % of the rated force on one rope. Raising stops. Find the cause before moving on."],
            ["H06", "Slack rope", "Below 10 % of the rated force on one rope while lowering: gate sitting on something."],
            ["H07", "Rope load difference", "More than 25 % difference between the sides. Raising stops."],
            ["H08", "Encoder fault", "Encoder signal lost or implausible. Only lowering in the reset mode is allowed."],
            ["H09", "Brake not released", "Brake release switch not made within 1 s of the start. Check the rectifier and the air gap."],
            ["H10", "Phase failure", "A phase missing or the wrong phase sequence on the supply."],
            ["H11", "Panel too cold", "Panel temperature below -25 °C. Check the panel heater."],
            ["H12", "Gearbox oil level", "Oil level switch open. Check for leaks and top up with CLP 220."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Raising stops and one rope carries far more than the other (H07)",
                "Gate jammed at one side: ice, debris or a dry side seal, or a stiff trunnion bearing",
                "Lower 200 mm, inspect the side seals, the side guide rollers and the trunnion; never override H07",
            ],
            [
                "Gate stops shortly after lowering starts (H06)",
                "Gate sitting on debris or a floating log, or frozen to the sill",
                "Raise 200 mm, remove the obstruction, lower again",
            ],
            [
                "Gate moves slowly, motor hot",
                "Brake dragging: air gap too small or the rectifier faulty",
                "Check the brake air gap, 0.3-0.6 mm",
            ],
            [
                "Rope winds unevenly or jumps a groove",
                "Rope went slack when the gate sat on an obstacle",
                "Lower to the sill, check the rope in every groove before raising",
            ],
            [
                "Opening shown differs from the gate scale by more than 50 mm",
                "Encoder slipped on its shaft or lost its reference",
                "Close the gate fully and reference the encoder (parameter P12)",
            ],
            ["Squealing from the open gear", "Open gear grease worn off", "Grease the open gear with WHM-OG-2"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Raising and lowering from the local panel"),
    (
        "ol",
        [
            "Get the instruction from the control room and check that the downstream warning has been given.",
            "Switch the panel from REMOTE to LOCAL with the key switch.",
            "Check that no H code is shown and that both rope forces are displayed.",
            "Enter the target opening in mm, or hold RAISE or LOWER.",
            "Watch both rope forces while the gate moves: they should stay within 10 % of each other.",
            "At the target the hoist stops and the brake sets. Check the opening on the display and on the gate scale.",
            "Report the new opening and the time to the control room and switch back to REMOTE.",
        ],
    ),
    ("h", "7. Emergency lowering without power"),
    (
        "ol",
        [
            "Get the instruction from the control room; emergency lowering cannot be stopped quickly.",
            "Switch off and lock the main switch, so that the motor cannot start when the power returns.",
            "Fit the brake hand lever WHM-BL-1 to the motor brake.",
            "Pull the lever slowly: the brake lifts and the gate starts to lower. The centrifugal brake holds the "
            "speed at no more than 0.6 m/min.",
            "Watch the gate scale and let the lever go to stop: the brake sets by spring force.",
            "Never block the lever in the lifted position and never leave it unattended.",
            "Remove the lever and record the opening. Before the next powered run, reference the encoder if the gate "
            "was lowered to the sill.",
        ],
    ),
    ("h", "8. Inspecting the ropes"),
    (
        "ol",
        [
            "Raise the gate fully so that the working length of each rope is on the drums and lower it in steps of "
            "1 m, inspecting each length from the deck.",
            "Measure the rope diameter with a caliper across the crowns of the strands at three points of each "
            "rope, including the part that lies on the drum when the gate is closed.",
            "Discard the rope when its diameter has fallen by 7 % or more from nominal: at 24.2 mm or less (RGH-160) "
            "or 29.8 mm or less (RGH-250).",
            "Discard it also at 10 or more broken wires over a length of 6 x d, or at any kink, bird-cage or "
            "corrosion pitting.",
            "Check the rope anchorages and the load cell pins at the gate.",
            "Lubricate the ropes with WHM-RL-5 and record the measurements in the rope log.",
        ],
    ),
    ("h", "9. Changing the gearbox oil"),
    (
        "ol",
        [
            "Lower the gate onto its sill and isolate the hoist.",
            "Run the oil warm beforehand if possible (a short run of 10 min).",
            "Place a container under the drain valve and remove the breather and the drain plug.",
            "Flush with 10 L of fresh oil, let it drain and refit the drain plug with a new seal.",
            "Fill with CLP 220 to the middle of the sight glass: about 65 L (RGH-160) or 110 L (RGH-250).",
            "Refit the breather, run the hoist for 5 min and check the level again.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Test run: raise 300 mm and close again, with the control room's agreement"],
            ["Every 3 months", "Grease the open gear (WHM-OG-2) and the line shaft bearings"],
            ["Yearly", "Rope inspection (section 8); brake air gap; overload and slack rope cut-out test"],
            ["Every 3 years or 10 000 h, whichever comes first", "Change the gearbox oil (section 9)"],
            ["Every 5 years", "Load cell calibration by Wehrstad service"],
            ["Every 10 years or at discard", "Replace the ropes (a rope change is done by Wehrstad service)"],
        ],
        (75, 95),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RGH-160", "RGH-250"],
            ["Wire rope, per metre", "WHM-WR-26", "WHM-WR-32"],
            ["Rope anchorage load cell pin", "WHM-LC-16", "WHM-LC-25"],
            ["Brake disc and lining set", "WHM-BD-15", "WHM-BD-22"],
            ["Brake rectifier", "WHM-BR-1", "WHM-BR-1"],
            ["Brake hand lever", "WHM-BL-1", "WHM-BL-1"],
            ["Absolute encoder", "WHM-EN-12", "WHM-EN-12"],
            ["Rope lubricant, 5 kg", "WHM-RL-5", "WHM-RL-5"],
            ["Open gear grease, 2 kg", "WHM-OG-2", "WHM-OG-2"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("penvarde-pbv-penstock-inlet-butterfly-valve.pdf", "Penvarde PNV-OM-PBV-04 Ed 3 - PBV-16 / PBV-20", PENVARDE),
        ("fieldtorr-sx-static-excitation-system.pdf", "Fieldtorr FTC-OM-SX-07 Ed 2 - SX-800 / SX-1250", FIELDTORR),
        ("lagerholt-go-turbine-guide-bearing-oil-system.pdf", "Lagerholt LGH-OM-GO60-02 Ed 2 - GO-60", LAGERHOLT),
        ("wehrstad-rgh-spillway-radial-gate-hoist.pdf", "Wehrstad WHM-OM-RGH-03 Ed 1 - RGH-160 / RGH-250", WEHRSTAD),
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
