"""Generate the PDF manuals of the fiftieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set50venv && /tmp/set50venv/bin/pip install fpdf2 pypdf
    /tmp/set50venv/bin/python knowledge/samples/fiftieth/make_pdfs.py

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




# ---------------------------------------------------------------- Aerhavn BC breathing air compressors
AERHAVN = [
    (
        "title",
        "Aerhavn BC Breathing Air Compressors with Cylinder Filling Station\n"
        "Operation and Maintenance Manual - BC-280 and BC-450",
    ),
    (
        "p",
        "Document AHV-OM-BC-03, Edition 2, March 2025. Aerhavn Breathing Air Systems. The BC-280 and BC-450 are "
        "stationary electric high-pressure compressors for filling the breathing apparatus (BA) cylinders of a fire "
        "station. Each unit has a compressor block, a purification system (oil and water separators and a purifier "
        "cartridge), an automatic condensate drain and a fill panel with a fragmentation-proof fill enclosure. The "
        "BC-280 has a three-stage, splash-lubricated block and a two-place fill enclosure; the BC-450 has a "
        "four-stage block with a pressure-lubricated crankshaft and a four-place enclosure. Apart from these items "
        "and the values given for each model, the two units are built alike. The periodic inspection and "
        "hydrostatic test of the BA cylinders are left to the cylinder maker and an approved testing station, and "
        "the air quality test by an accredited laboratory is the fire service's responsibility; this manual does "
        "not cover them.",
    ),
    (
        "warn",
        "WARNING: Air at 300 bar can kill. Never fill a cylinder whose test date has expired, that is damaged, or "
        "that is not rated for the selected fill pressure. Never open the fill enclosure while a fill valve is open.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BC-280", "BC-450"],
            ["Free air delivery, filling 0-300 bar, 20 °C intake", "280 L/min", "450 L/min"],
            ["Compression stages", "3", "4"],
            ["Final pressure, selectable", "200 bar or 300 bar", "200 bar or 300 bar"],
            ["Final safety valve", "330 bar", "330 bar"],
            ["Block speed", "1250 rpm", "1150 rpm"],
            ["Lubrication", "splash", "pressure, oil pump"],
            ["Compressor oil AC-100, capacity", "1.6 L", "2.9 L"],
            ["Motor 400 V 3~ 50 Hz", "5.5 kW, 10.7 A", "11 kW, 20.5 A"],
            ["Supply fuse", "16 A gG", "32 A gG"],
            ["Starting", "direct on line", "star-delta"],
            ["Fill whips on the panel", "2", "4"],
            ["Places in the fill enclosure (6.8 L or 9 L cylinders)", "2", "4"],
            ["Time to fill one 6.8 L cylinder 0-300 bar", "about 7.3 min", "about 4.5 min"],
            ["Purifier cartridge", "AHV-P61", "AHV-P82"],
            ["Cooling air flow", "1800 m³/h", "3200 m³/h"],
            ["Sound pressure at 1 m", "82 dB(A)", "76 dB(A), enclosed"],
            ["Carbon monoxide monitor", "option", "standard"],
            ["Mass", "210 kg", "395 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The free air delivery and the fill times hold at 20 °C intake temperature and sea level; a hot plant room "
        "or high altitude lowers them. The fill times are for one cylinder at a time, empty at the start.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The compressor must draw clean outside air. Breathing air is only as good as the air drawn in: "
            "vehicle exhaust, smoke or solvent vapour at the intake passes through the purifier.",
            "Fill only cylinders inside the fill enclosure, with its door closed and latched.",
            "Never fill a 200 bar cylinder with the selector at 300 bar. The whip safety valves (220 bar on a 200 "
            "bar whip, 330 bar on a 300 bar whip) protect the whips, not a wrongly rated cylinder.",
            "Switch off and bleed the system to 0 bar before any work on a part under pressure. The gauges must "
            "read 0 bar and the bleed valves stay open while you work.",
            "Do not use the compressor oil of another maker. Mineral oil forms carbon deposits in the final stage "
            "and can ignite.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Pressure maintaining valve"),
            (
                "p",
                "A pressure maintaining valve after the purifier keeps the purifier at 150 bar ±10 bar before any "
                "air reaches the fill panel. The purifier dries properly only under pressure: below this the "
                "water content of the delivered air rises. Do not remove or bypass the valve.",
            ),
            ("h", "Fill rate"),
            (
                "p",
                "Fill composite cylinders (type 3 and 4) no faster than 60 bar/min and steel cylinders no faster "
                "than 100 bar/min. A BC-450 filling a single 6.8 L cylinder reaches about 66 bar/min: fill at least "
                "two cylinders at a time or throttle the fill valve. The BC-280 stays below 60 bar/min on a 6.8 L "
                "cylinder.",
            ),
            ("h", "Purifier cartridge life"),
            (
                "p",
                "The controller counts the cartridge life in running hours corrected for the plant room "
                "temperature. At 20 °C the AHV-P61 lasts 38 h on the BC-280 and the AHV-P82 lasts 30 h on the "
                "BC-450. At 30 °C multiply by 0.55 (21 h and 17 h), at 40 °C by 0.32 (12 h and 10 h). Replace the "
                "cartridge when A06 shows or after 6 months in the housing, whichever comes first, even if the "
                "hours are not used up.",
            ),
            ("h", "Condensate drain"),
            (
                "p",
                "The separators drain automatically every 15 min for 6 s while the compressor runs, and once when it "
                "stops. The condensate container holds 10 L; empty it before it is two-thirds full. The condensate "
                "is oily waste and is disposed of by the site.",
            ),
            ("h", "Intake"),
            (
                "p",
                "The intake must be at least 3 m from any vehicle exhaust, flue or ventilation outlet and point "
                "away from them. An intake hose of 32 mm bore may be up to 10 m long; from 10 m to 20 m use 40 mm "
                "bore. Longer intakes are not allowed.",
            ),
            ("h", "Plant room"),
            (
                "p",
                "Room temperature 5 °C to 45 °C in use. Above 45 °C the final temperature switch stops the "
                "compressor (A04). The room must have an opening for the cooling air of at least 0.25 m² (BC-280) "
                "or 0.45 m² (BC-450).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Motor overload", "Thermal relay tripped: low voltage, a phase missing or the block stiff."],
            ["A02", "Phase sequence", "Wrong rotation. An electrician swaps two phases at the supply."],
            [
                "A03",
                "Oil pressure low (BC-450 only)",
                "Below 1.5 bar 10 s after start. Check the oil level, then the oil pump. Not used on the BC-280.",
            ],
            [
                "A04",
                "Final air temperature high",
                "Above 70 °C after the final cooler: room too hot, cooling fan or cooler blocked, or a final stage "
                "valve leaking.",
            ],
            ["A05", "Condensate drain fault", "Drain valve did not open or the drain line is blocked."],
            ["A06", "Cartridge expired", "Purifier cartridge life used up. Fill stops; replace the cartridge."],
            ["A07", "Cartridge missing", "Cartridge sensor finds no cartridge in the housing."],
            [
                "A08",
                "Carbon monoxide",
                "CO at the intake above 5 ml/m³. Fill stops. Find the source; check the intake position.",
            ],
            ["A09", "Final pressure", "Final pressure switch did not switch off by 315 bar."],
            ["A11", "Service due", "1000 h or 12 months since the last service. The unit still runs."],
            [
                "A12",
                "Housing cycles",
                "Purifier housing has reached its 35,000 load cycles. Call Aerhavn service; the unit still runs for "
                "50 h.",
            ],
            ["A13", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["A14", "Enclosure door", "Fill enclosure door opened during a fill; the fill valves closed."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fill takes much longer than usual",
                "Intake filter blocked, a stage valve leaking, or a leak at a whip or fill valve",
                "Replace the intake filter; compare the stage pressures with the service sheet; listen for leaks",
            ],
            [
                "A stage safety valve blows while the compressor runs",
                "Valve of the next stage leaking or stuck",
                "Stop the compressor. Stage valves are serviced by Aerhavn service",
            ],
            [
                "Air smells of oil or the cylinder is oily",
                "Cartridge expired or wet, or the pressure maintaining valve open too early",
                "Stop filling, quarantine the cylinders, replace the cartridge and have the air tested",
            ],
            [
                "Water in the drain line after every cycle",
                "Normal: condensate from the separators",
                "No action; empty the container",
            ],
            [
                "Compressor stops with A04 on hot days",
                "Plant room above 45 °C or the cooling air short-circuits",
                "Ventilate the room; keep 0.8 m free in front of the cooling air inlet",
            ],
            [
                "Oil level rises between changes",
                "Condensate in the crankcase from short runs",
                "Run at least 30 min at a time; change the oil if milky",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling cylinders"),
    (
        "ol",
        [
            "Check the cylinders: valid test date, rated pressure, no damage, valve free of dirt and oil.",
            "Set the fill pressure selector to the rated pressure of the cylinders (200 bar or 300 bar).",
            "Place the cylinders in the fill enclosure and connect the whips hand-tight.",
            "Close and latch the enclosure door.",
            "Open the cylinder valves, then the fill valves on the panel.",
            "Start the compressor. The pressure maintaining valve opens at about 150 bar; only then does air flow "
            "to the whips.",
            "Watch the fill rate on the panel gauge: no faster than 60 bar/min for composite cylinders.",
            "The compressor stops at the selected final pressure. Wait 2 min for the cylinders to cool; top up if "
            "the pressure has fallen more than 10 % below the rated pressure.",
            "Close the cylinder valves, then the fill valves.",
            "Vent the whips with the whip vent valves and disconnect the cylinders.",
            "Record the fill in the fill log.",
        ],
    ),
    ("h", "7. Changing the purifier cartridge"),
    (
        "ol",
        [
            "Stop the compressor and bleed the purifier housing to 0 bar with its bleed valve.",
            "Unscrew the housing cap with the spanner supplied (anticlockwise).",
            "Pull out the old cartridge and check the inside of the housing for oil and water.",
            "Check the O-rings of the cap and replace them if flattened; grease them lightly with Aerhavn O-ring "
            "grease.",
            "Take the new cartridge (AHV-P61 or AHV-P82) from its sealed pack just before fitting it; a cartridge "
            "left open to the air is spent within hours.",
            "Push the cartridge in as far as it goes and screw the cap on hand-tight.",
            "Close the bleed valve and reset the cartridge counter under SERVICE > CARTRIDGE; A06 clears.",
            "Run the compressor to the final pressure and check the cap for leaks.",
        ],
    ),
    ("h", "8. Changing the compressor oil"),
    (
        "ol",
        [
            "Run the compressor for 10 min to warm the oil, then stop it and isolate the supply.",
            "Place a container under the drain hose and open the drain valve.",
            "Let the oil drain fully and close the drain valve.",
            "Fill with Aerhavn AC-100 through the filler: 1.6 L (BC-280) or 2.9 L (BC-450).",
            "Check the level in the sight glass: between the MIN and MAX marks with the block stopped.",
            "On the BC-450, replace the oil filter AHV-OF45 at every oil change.",
            "Run the compressor and check for leaks; on the BC-450 check that A03 does not show.",
        ],
    ),
    ("h", "9. Function test of the final safety valve"),
    (
        "ol",
        [
            "Connect the test gauge AHV-TG400 to the test port on the fill panel.",
            "Close all fill valves.",
            "Hold the key switch at TEST: the final pressure switch is bridged and the pressure rises.",
            "The final safety valve must blow within ±3 % of 330 bar, between 320 and 340 bar.",
            "Release the key at once when the valve blows, or at 340 bar if it has not blown.",
            "A valve that does not blow by 340 bar must be replaced before the unit is used again. The valve is "
            "sealed: never adjust it.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each use", "Check the oil level, the drain container and the cartridge hours left"],
            ["50 h", "Clean the cooler fins; check the V-belt"],
            ["250 h", "Replace the intake filter element AHV-IF20"],
            ["1000 h or 12 months, whichever comes first", "Change the oil; check the stage valves; A11 service"],
            ["12 months", "Function test of the final safety valve (section 9)"],
            ["2000 h", "Replace the valves of the last two stages (Aerhavn service)"],
            ["Every 3 months", "Air quality test by an accredited laboratory (site)"],
            ["35,000 load cycles (A12)", "Purifier housing replaced by Aerhavn service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BC-280", "BC-450"],
            ["Purifier cartridge", "AHV-P61", "AHV-P82"],
            ["Intake filter element", "AHV-IF20", "AHV-IF20"],
            ["Compressor oil AC-100, 1 L", "AHV-OIL100", "AHV-OIL100"],
            ["Oil filter", "-", "AHV-OF45"],
            ["Fill whip 300 bar with valve", "AHV-FW300", "AHV-FW300"],
            ["Fill whip 200 bar with valve", "AHV-FW200", "AHV-FW200"],
            ["Condensate drain valve", "AHV-DV28", "AHV-DV45"],
            ["V-belt", "AHV-VB28", "AHV-VB45"],
            ["CO sensor cell", "AHV-CO5 (option)", "AHV-CO5"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Spumaro FP foam proportioning systems
SPUMARO = [
    (
        "title",
        "Spumaro FP Direct Injection Foam Proportioning Systems\nInstallation, Operation and Service - FP-20 and FP-45",
    ),
    (
        "p",
        "Document SPM-IOS-FP-07, Edition 3, June 2024. Spumaro Foam Technology. The FP-20 and FP-45 inject foam "
        "concentrate from the appliance's foam tank into the discharge side of the fire pump, downstream of the "
        "pump, in proportion to the water flow measured by a paddlewheel flowmeter. The operator sets the rate on "
        "the control display at the pump panel; the controller adjusts the speed of the concentrate pump so that "
        "the rate holds as the water flow changes. The FP-20 works out the concentrate flow from the pump speed "
        "and has a brushed motor; the FP-45 has its own concentrate flowmeter and a brushless motor. Apart from "
        "these items and the values given for each model, the two systems are built alike. The fire pump, the "
        "foam tank and its level switch, and the choice of the foam concentrate and its rate are not covered "
        "here: the correct rate for a concentrate is on the concentrate maker's data sheet.",
    ),
    (
        "warn",
        "WARNING: Foam concentrate irritates skin and eyes. Wear gloves and eye protection when filling the tank or "
        "working on the concentrate side. Never mix concentrates of different types or makers in the tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FP-20", "FP-45"],
            ["Concentrate flow range", "0.4-20 L/min", "1.0-45 L/min"],
            ["Rate setting range", "0.1-3.0 %", "0.1-6.0 %"],
            ["Setting steps", "0.1 % up to 1.0 %, then 0.5 %", "0.1 % up to 1.0 %, then 0.5 %"],
            ["Highest water flow at 1 %", "2000 L/min", "4500 L/min"],
            ["Highest water flow at 3 %", "666 L/min", "1500 L/min"],
            ["Water flowmeter, discharge pipe", "DN65", "DN100"],
            ["Lowest water flow measured", "60 L/min", "150 L/min"],
            ["Concentrate flow measured by", "pump speed", "concentrate flowmeter"],
            ["Motor, 24 V DC", "1.2 kW brushed, 65 A maximum", "2.4 kW brushless, 120 A maximum"],
            ["Circuit breaker", "80 A", "150 A"],
            ["Supply cable up to 6 m", "25 mm²", "50 mm²"],
            ["Highest concentrate viscosity", "1500 mPa·s", "3500 mPa·s"],
            ["Suction hose from the foam tank, bore", "25 mm", "32 mm"],
            ["Highest pressure at the injection point", "25 bar", "25 bar"],
            ["Concentrate temperature in use", "-5 °C to +50 °C", "-5 °C to +50 °C"],
            ["Mass of the pump and motor unit", "28 kg", "46 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The highest water flows hold only for the rate named: the concentrate pump limits the water flow it can "
        "serve, and the higher the rate the lower the water flow. The concentrate flow range holds for concentrates "
        "up to the viscosity given, at a suction hose no longer than 3 m.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Switch the system off at the display and open the circuit breaker before any work on the pump, the "
            "motor or the wiring.",
            "Relieve the pressure in the discharge pipe before removing the injection check valve.",
            "Foam solution in drinking water systems is not allowed. Connect no hydrant or mains water directly to "
            "the foam side.",
            "Used concentrate and flushing water containing concentrate must be collected and disposed of as the "
            "local rules require.",
        ],
    ),
    ("h", "3. Proportioning limits and settings"),
    (
        "cols",
        [
            ("h", "Accuracy"),
            (
                "p",
                "The actual rate must be no less than the set rate, and no more than 30 % above it or 1 percentage "
                "point above it, whichever is less. At a set rate of 3 % the actual rate must be between 3.0 % and "
                "3.9 %; at 0.5 % between 0.5 % and 0.65 %. This holds for water flows between the lowest flow "
                "measured and the highest flow for the rate.",
            ),
            ("h", "Low water flow"),
            (
                "p",
                "Below 60 L/min (FP-20) or 150 L/min (FP-45) the flowmeter reading is not reliable. The display "
                "shows LO FLO and injection stops until the flow rises again.",
            ),
            ("h", "Simulated flow"),
            (
                "p",
                "If the water flowmeter fails, SIM mode injects concentrate as if the water flow were 500 L/min "
                "(FP-20) or 1000 L/min (FP-45), whatever the real flow. Use SIM only with the nozzles open for about "
                "that flow; the rate is not controlled.",
            ),
            ("h", "Foam tank low"),
            (
                "p",
                "When the tank low switch opens, the display flashes F01 and the pump runs on for 10 s, then stops "
                "to protect it from running dry. It restarts by itself when the tank is refilled.",
            ),
            ("h", "Flushing"),
            (
                "p",
                "After every use with concentrate, and at once after a class B or alcohol-resistant concentrate, "
                "flush with water for at least 2 min at a water flow of at least 200 L/min, until the discharge is "
                "clear. Concentrate that dries in the pump or the check valve sets hard.",
            ),
            ("h", "Changing the concentrate"),
            (
                "p",
                "When another concentrate type is filled, empty and rinse the tank, flush the system, and run the "
                "concentrate injection test (section 9), because the pump output changes with the viscosity. On the "
                "FP-20 also enter the new viscosity class (L, M or H) under SETUP > CONC.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Concentrate low", "Foam tank low switch open. Pump stops after 10 s. Refill the tank."],
            [
                "F02",
                "No water flow signal",
                "Flowmeter signal lost with the pump running: paddlewheel fouled or cable damaged. Use SIM until "
                "repaired.",
            ],
            [
                "F03",
                "Motor overcurrent",
                "Above 70 A (FP-20) or 130 A (FP-45): pump blocked, concentrate too thick or set hard.",
            ],
            ["F04", "Low voltage", "Supply below 21 V at the controller. Run the engine; check the cable."],
            ["F05", "High voltage", "Supply above 30 V. Check the alternator regulator."],
            [
                "F06",
                "Rate not reached",
                "The pump cannot reach the set rate within 10 s: strainer blocked, suction hose kinked or air leak, "
                "or the water flow above the highest flow for the rate.",
            ],
            ["F07", "Motor overtemperature", "Motor above 110 °C. Let it cool; check the duty and the fan cover."],
            ["F09", "Display link", "No communication between display and controller. Check the plug."],
            ["F10", "Flush reminder", "Concentrate was injected and no flush followed within 2 h."],
            ["F11", "Calibration lost", "Flowmeter factor set back to default. Calibrate (section 8)."],
            [
                "F12",
                "Concentrate flowmeter (FP-45 only)",
                "Concentrate flowmeter signal lost. The FP-45 goes on by pump speed, accuracy not held.",
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
                "Foam watery, display shows the set rate",
                "Flowmeter reads too high (fouled paddlewheel, wrong factor) or concentrate not reaching the "
                "injection point",
                "Clean the paddlewheel; calibrate the flowmeter; run the injection test",
            ],
            [
                "Foam too stiff, concentrate used up fast",
                "Flowmeter reads too low, or SIM mode left on",
                "Check that SIM is off; calibrate the flowmeter",
            ],
            [
                "Pump runs but the concentrate flow is zero",
                "Tank valve closed, suction hose sucking air, or strainer blocked",
                "Open the tank valve; check the hose clamps; clean the strainer",
            ],
            [
                "Water in the foam tank",
                "Injection check valve leaking",
                "Replace the check valve; drain and refill the tank",
            ],
            [
                "Display dark",
                "Breaker open or battery isolator off",
                "Check the breaker and the supply",
            ],
            [
                "F03 at first start in winter",
                "Concentrate below its lowest use temperature, too thick",
                "Warm the appliance bay; check the concentrate data sheet",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Producing foam"),
    (
        "ol",
        [
            "Check that the foam tank valve is open and the flush valve closed.",
            "Start the fire pump and open the discharge to be used.",
            "Switch the display on and check the concentrate type and the rate shown.",
            "Set the rate from the concentrate data sheet with the UP and DOWN keys.",
            "Press FOAM. The green lamp lights and the display shows the water flow and the concentrate flow.",
            "Keep the water flow above the lowest flow measured and below the highest flow for the rate.",
            "To stop foam, press FOAM again; the pump stops and the lamp goes out.",
            "Flush the system (section 7).",
        ],
    ),
    ("h", "7. Flushing after use"),
    (
        "ol",
        [
            "Close the foam tank valve.",
            "Open the flush valve to the water supply.",
            "Run the fire pump with a discharge open at a flow of at least 200 L/min.",
            "Press FLUSH: the concentrate pump runs with water for 2 min.",
            "Check that the discharge runs clear; repeat FLUSH if not.",
            "Close the flush valve and open the foam tank valve ready for the next use.",
            "F10 clears after a complete flush.",
        ],
    ),
    ("h", "8. Calibrating the water flowmeter"),
    (
        "ol",
        [
            "Fit a calibrated flow measuring device (flow tester or calibrated nozzle with gauge) to the discharge.",
            "Run water only at 500 L/min (FP-20) or 1000 L/min (FP-45) as read on the device.",
            "Select CAL > FLOW on the display.",
            "Adjust the value shown with UP and DOWN until it matches the device.",
            "Press ENTER to store the new factor.",
            "Check at a second flow of about half the first: the display must agree with the device within ±3 %.",
            "If it does not, clean the paddlewheel and repeat from step 2.",
        ],
    ),
    ("h", "9. Concentrate injection test"),
    (
        "ol",
        [
            "Close the injection check valve and connect the test hose to the calibration port.",
            "Put the end of the test hose into a calibrated container of at least 25 L (FP-20) or 50 L (FP-45).",
            "Set the rate to 1.0 %.",
            "Select CAL > CONC: the pump runs for 60 s as if the water flow were 1000 L/min (FP-20) or 2000 L/min "
            "(FP-45).",
            "The container must then hold 10 L (FP-20) or 20 L (FP-45), within ±3 %: 9.7-10.3 L or 19.4-20.6 L.",
            "Outside this range, enter the measured quantity under CAL > CONC > ADJ and repeat the test.",
            "Return the concentrate to the tank only if it is clean, and reopen the injection check valve.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each use", "Flush (section 7)"],
            ["Weekly", "Check the foam tank level and the suction hose; clean the strainer if used"],
            ["Monthly", "Run FLUSH once; operate the tank and flush valves"],
            ["12 months", "Calibrate the water flowmeter and run the injection test"],
            ["FP-20: 500 h of pump running or 2 years", "Replace the motor brushes (kit SPM-BR20)"],
            ["1000 h of pump running", "Pump overhaul by Spumaro service"],
            ["5 years", "Replace the suction hose and the injection check valve"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FP-20", "FP-45"],
            ["Paddlewheel sensor", "SPM-PW65", "SPM-PW100"],
            ["Injection check valve", "SPM-CV25", "SPM-CV32"],
            ["Strainer element, 0.8 mm mesh", "SPM-ST25", "SPM-ST32"],
            ["Motor brush kit", "SPM-BR20", "-"],
            ["Concentrate flowmeter", "-", "SPM-CF45"],
            ["Control display", "SPM-CD1", "SPM-CD1"],
            ["Tank low switch", "SPM-LS1", "SPM-LS1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Stellhoff OC aerial ladder outrigger control
STELLHOFF = [
    (
        "title",
        "Stellhoff OC Outrigger Control for Turntable Ladders\nOperating and Maintenance Instructions - OC-30 and OC-42",
    ),
    (
        "p",
        "Document STH-OM-OC-04, Edition 1, October 2024. Stellhoff Aerial Appliances. The OC-30 is fitted to "
        "turntable ladders with a 30 m rescue height and the OC-42 to ladders with a 42 m rescue height. Each "
        "consists of four swing-out outriggers with vertical rams, a load cell in each foot, two inclinometers on "
        "the turntable base, two control panels at the rear of the vehicle and the outrigger controller, which "
        "tells the ladder controller which support width is set. Apart from the dimensions, the loads and the "
        "values given for each model, the two systems are built alike. The ladder set, its working envelope and "
        "its wind limits are covered by the ladder operating manual STH-OM-DL; the chassis by the vehicle maker. "
        "The annual inspection by an expert required by national rules is the fire service's responsibility.",
    ),
    (
        "warn",
        "WARNING: The outriggers move with great force. Nobody may stand within 1 m of an outrigger while it "
        "moves. Watch the foot you are moving; if you cannot see it, post a second person who can.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OC-30", "OC-42"],
            ["Support width, full", "4.80 m", "5.60 m"],
            ["Support width, intermediate", "3.60 m", "4.20 m"],
            ["Support width, narrow (within vehicle width)", "2.50 m", "2.55 m"],
            ["Vertical ram stroke", "520 mm", "580 mm"],
            ["Highest load on one foot", "95 kN", "140 kN"],
            ["Foot pad", "400 x 400 mm", "450 x 450 mm"],
            ["Ground pressure at highest foot load, pad only", "0.59 N/mm²", "0.69 N/mm²"],
            ["Load distribution plate", "800 x 800 mm", "900 x 900 mm"],
            ["Ground pressure at highest foot load, on the plate", "0.15 N/mm²", "0.17 N/mm²"],
            ["Steepest ground for set-up, any direction", "7°", "6°"],
            ["Ground contact threshold per foot", "10 kN", "15 kN"],
            ["Outrigger circuit pressure", "210 bar", "240 bar"],
            ["Automatic set-up time, level ground", "35 s", "45 s"],
            ["Hand pump strokes to retract one outrigger", "about 60", "about 85"],
            ["Control voltage", "24 V DC", "24 V DC"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The set-up times hold on level, firm ground with the engine at the set-up speed of 1200 rpm. The ground "
        "pressures are the highest the ladder can cause in its full working envelope; the ground must carry them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Set up only on ground that carries the pressures in the technical data. On soft ground, grass, "
            "covers, cellar lights or kerbs, always use the load distribution plates, centred under the pads.",
            "Never place a pad on a manhole cover, a hydrant cover or within 1 m of the edge of an excavation or "
            "embankment.",
            "The rear wheels must stay in contact with the ground after set-up. Never lift the vehicle clear of "
            "the ground with the outriggers.",
            "Do not override a ground contact or overload message with the emergency override key except to bring "
            "the ladder back to rest.",
            "Apply the parking brake and fit the wheel chocks before setting up.",
        ],
    ),
    ("h", "3. Set-up limits"),
    (
        "cols",
        [
            ("h", "Ground slope"),
            (
                "p",
                "The outriggers can level the turntable on ground sloping up to 7° (OC-30) or 6° (OC-42) in any "
                "direction. On steeper ground S04 shows and the ladder stays locked at rest. After set-up the "
                "turntable base must be level within ±0.5°; the controller does not release the ladder until it "
                "is.",
            ),
            ("h", "Support widths"),
            (
                "p",
                "Each side can be set to full, intermediate or narrow width on its own, so that one side can stay "
                "narrow next to parked cars or a wall. The controller reports the widths to the ladder controller, "
                "which reduces the outreach over the narrow side. The outreach for each combination is given in "
                "the ladder operating manual, not here.",
            ),
            ("h", "Ground contact"),
            (
                "p",
                "Each foot must carry at least 10 kN (OC-30) or 15 kN (OC-42) before the ladder is released. If a "
                "foot drops below this while the ladder is in use, S03 shows, the movements that would increase "
                "the load on the unloaded side stop, and only movements back towards rest remain possible.",
            ),
            ("h", "Foot overload"),
            (
                "p",
                "Above 95 kN (OC-30) or 140 kN (OC-42) on any foot, S10 shows and the ladder movements stop except "
                "those that reduce the load. Overload usually means that a pad has sunk and the vehicle has tilted.",
            ),
            ("h", "Sinking pads"),
            (
                "p",
                "During long operations check the pads every 30 min. If the turntable has tilted by more than 1° "
                "from its set-up level, bring the ladder to rest and set up again on plates.",
            ),
            ("h", "Engine speed"),
            (
                "p",
                "The outriggers work with the power take-off engaged and the engine at 1200 rpm. At idle speed the "
                "set-up is slower and S05 may show.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET on the panel."],
            [
                "S02",
                "Beam not at a width position",
                "An outrigger beam is between two width positions. Move it fully to a position.",
            ],
            [
                "S03",
                "Ground contact lost",
                "A foot carries less than the threshold (10 kN or 15 kN). Pad sunk, ground washed out, or a "
                "wheel lifting the vehicle.",
            ],
            ["S04", "Slope too steep", "Ground steeper than 7° (OC-30) or 6° (OC-42). Move the vehicle."],
            [
                "S05",
                "Levelling time out",
                "Level not reached within 60 s: engine speed low, oil low, or a ram at its end of stroke.",
            ],
            [
                "S06",
                "Inclinometers disagree",
                "The two inclinometers differ by more than 0.5°. Calibrate (section 9) or replace.",
            ],
            ["S08", "Pressure low", "Outrigger circuit below 150 bar: PTO not engaged or pump fault."],
            [
                "S09",
                "Transport lock",
                "A beam transport lock is not engaged when stowed. Driving is blocked by the vehicle interlock.",
            ],
            ["S10", "Foot overload", "A foot above 95 kN (OC-30) or 140 kN (OC-42)."],
            ["S11", "Ladder link", "No CAN link to the ladder controller. Ladder stays locked at rest."],
            ["S12", "Service due", "12 months since the last service. The system still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One outrigger lowers slower than the others",
                "Sequence valve or ram seal of that outrigger, or a pinched hose",
                "Compare the pressures at the test points; check the hoses",
            ],
            [
                "Vehicle settles overnight when left set up",
                "Ram seal or pilot check valve leaking",
                "Do not leave the vehicle set up unattended; have the ram checked",
            ],
            [
                "Ladder will not leave rest, all lamps green",
                "Ladder controller waiting for the width report",
                "Check S11; restart both controllers",
            ],
            [
                "Foot loads on the display jump by several kN",
                "Load cell cable damaged or water in the plug",
                "Dry and seal the plug; replace the cable",
            ],
            [
                "Outrigger does not swing out",
                "Swing lock pin not released, or ice in the swing joint",
                "Release the pin; de-ice the joint",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up"),
    (
        "ol",
        [
            "Park with the turntable as close to the level as possible, apply the parking brake and fit the chocks.",
            "Engage the power take-off; the engine runs up to 1200 rpm.",
            "Check the ground under each foot; place the load distribution plates where needed.",
            "On each control panel, select the support width for that side.",
            "Press SWING OUT: the beams swing to the widths selected and lock.",
            "Press AUTO LEVEL and hold it. The feet lower, take the load and level the turntable.",
            "Release the key when the LEVEL lamp is steady green; all four foot lamps must be green.",
            "Check by eye that each pad sits squarely on the ground or plate.",
            "The ladder is now released; the widths are shown on the ladder control stand.",
        ],
    ),
    ("h", "7. Stowing the outriggers"),
    (
        "ol",
        [
            "Bring the ladder fully to rest; the REST lamp lights.",
            "Press and hold RAISE ALL: the feet lift fully and the vehicle settles on its wheels.",
            "Press SWING IN: the beams swing in and the transport locks engage.",
            "Check that S09 is not shown and the four LOCK lamps are green.",
            "Collect the load distribution plates and stow them in their brackets.",
            "Disengage the power take-off.",
        ],
    ),
    ("h", "8. Emergency retraction with the hand pump"),
    (
        "ol",
        [
            "The ladder must be at rest. If it is not, bring it back with the ladder's emergency drive first (see "
            "the ladder operating manual).",
            "Open the cover of the emergency panel at the rear left.",
            "Turn the selector valve to the outrigger to be raised.",
            "Fit the pump lever and pump: about 60 strokes (OC-30) or 85 strokes (OC-42) raise one foot fully.",
            "Repeat for the other outriggers, diagonal pairs first.",
            "Swing the beams in by hand with the swing lever and fit the transport lock pins.",
            "Turn all selector valves back to NORMAL and report the fault; the vehicle must not be used for ladder "
            "work until repaired.",
        ],
    ),
    ("h", "9. Calibrating the inclinometers"),
    (
        "ol",
        [
            "Set up on level, firm ground with the ladder at rest.",
            "Place a precision level with a resolution of 0.1° on the machined reference face of the turntable "
            "base, first along and then across the vehicle.",
            "Adjust the outriggers by hand (MANUAL mode) until the level reads 0.0° both ways.",
            "Select SERVICE > INCL > ZERO and confirm with the service code.",
            "Check: both inclinometers must read within ±0.2° of each other and of the precision level.",
            "Tilt the turntable by about 2° with one outrigger and check that both readings follow within ±0.2°.",
            "Level again and leave the service menu.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Set up and stow once; check the pads, plates and foot lamps"],
            ["Monthly", "Grease the swing joints and the pad ball joints"],
            ["6 months", "Check the hydraulic hoses; test the hand pump on one outrigger"],
            ["12 months or 500 set-ups, whichever comes first", "Calibrate the inclinometers; S12 service"],
            ["12 months", "Expert inspection under national rules (fire service)"],
            ["2 years", "Change the outrigger circuit oil filter element"],
            ["6 years", "Crack test of the outrigger beams and ram mountings (Stellhoff service)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "OC-30", "OC-42"],
            ["Foot pad with ball joint", "STH-FP40", "STH-FP45"],
            ["Load distribution plate", "STH-LP80", "STH-LP90"],
            ["Load cell", "STH-LC100", "STH-LC150"],
            ["Inclinometer", "STH-IN2", "STH-IN2"],
            ["Ram seal kit", "STH-RS30", "STH-RS42"],
            ["Oil filter element", "STH-OF10", "STH-OF10"],
            ["Control panel", "STH-CP4", "STH-CP4"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rescavo PU-2 rescue tool power unit
RESCAVO = [
    ("title", "Rescavo PU-2 Hydraulic Rescue Tool Power Unit\nUser and Maintenance Manual"),
    (
        "p",
        "Document RSV-UM-PU2-05, Edition 5, February 2025. Rescavo Rescue Systems. The PU-2 is a portable power "
        "unit with a four-stroke petrol engine driving a twin two-stage pump. It supplies two hydraulic rescue "
        "tools at the same time and independently, each through its own output valve and coaxial CX-1 coupler. "
        "Each pump stage delivers a high flow at low pressure for fast opening and closing, and switches "
        "automatically to the high-pressure stage when the tool meets resistance. The tools (spreaders, cutters, "
        "combination tools, rams), their forces and the hose reels are covered by their own manuals. The PU-2E "
        "electric version has a manual of its own and is not covered here.",
    ),
    (
        "warn",
        "WARNING: Exhaust gas contains carbon monoxide. Never run the PU-2 in a closed room, a trench or a vehicle "
        "interior. Keep the exhaust away from casualties and crews. Hydraulic oil at 720 bar penetrates skin: "
        "never feel for leaks with the hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PU-2"],
            ["Engine", "4-stroke petrol, single cylinder, 3.0 kW at 3600 rpm"],
            ["Outputs", "2, simultaneous and independent"],
            ["Highest working pressure", "720 bar"],
            ["Flow per output, low-pressure stage (up to 180 bar)", "2.1 L/min"],
            ["Flow per output, high-pressure stage (180-720 bar)", "0.6 L/min"],
            ["Low-pressure relief valve", "200 bar"],
            ["Hydraulic tank, total / usable oil", "4.0 L / 3.0 L"],
            ["Hydraulic oil", "Rescavo RH-10, ISO VG 10, mineral"],
            ["Highest hydraulic oil temperature", "70 °C"],
            ["Fuel", "Unleaded petrol, 95 octane or higher, E10 allowed"],
            ["Fuel tank", "2.5 L"],
            ["Running time on one tank, both outputs at full load", "about 75 min"],
            ["Engine oil SAE 10W-30", "0.55 L"],
            ["Ambient temperature in use", "-20 °C to +55 °C"],
            ["Sound pressure at 1 m", "86 dB(A)"],
            ["Mass, ready for use", "34 kg"],
            ["Dimensions L x W x H", "540 x 390 x 460 mm"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The flows hold at the rated engine speed of 3600 rpm with oil between 20 °C and 50 °C. With cold oil the "
        "tools move more slowly at first. The running time is for continuous use at full load; in normal rescue "
        "work one tank lasts longer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Use only tools rated for 720 bar with CX-1 couplers. Tools of other makers with coaxial couplers may be "
            "used only if their maker confirms they are rated for 720 bar and RH-10 oil.",
            "Connect and disconnect tools only with the output valve at 0 (neutral). The CX-1 coupler cannot be "
            "joined under pressure; do not force it.",
            "Never refuel with the engine running or hot. Let it cool for at least 2 min and keep 3 m from any "
            "casualty or ignition source.",
            "Place the unit on firm ground, level within 20°, at least 1 m from the tool operator and out of the "
            "path of any moving load.",
            "Wear hearing protection within 2 m of the running unit.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Oil volume"),
            (
                "p",
                "The usable oil volume is 3.0 L. The oil displaced by the tools connected at the same time, plus "
                "the oil taken up by the hoses or hose reels, must not exceed 2.4 L (80 % of the usable volume). "
                "The oil demand of each tool is on its rating plate. A telescopic ram with an oil demand above "
                "1.2 L may only be used with the other output at 0.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Above 70 °C the P2 lamp lights. Let the unit run at idle with both outputs at 0 for 5 min to cool; "
                "do not stop the engine. If P2 does not go out, stop and let the unit cool. Oil above 70 °C ages "
                "quickly and the seals of the tools wear.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below -10 °C run the engine with both outputs at 0 for 3 min before using a tool, so that the oil "
                "warms. Do not use RH-10 below -20 °C; the unit is not approved for lower temperatures.",
            ),
            ("h", "Tilt"),
            (
                "p",
                "The engine is lubricated by splash and may run tilted up to 20° continuously and up to 30° for no "
                "more than 1 min. Beyond this it can draw air and lose oil pressure; P1 stops the engine.",
            ),
            ("h", "Hoses"),
            (
                "p",
                "Hoses of up to 10 m may be joined between unit and tool without a loss of speed you can notice. "
                "With longer hoses or hose reels the tools move more slowly; the reel maker gives the oil taken up "
                "by the reel.",
            ),
        ],
    ),
    ("h", "4. Status lamp codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Cause and action"],
            [
                "P1",
                "Engine oil low",
                "Engine stops or will not start. Top up the engine oil; check the unit is not tilted over 20°.",
            ],
            ["P2", "Hydraulic oil hot", "Above 70 °C. Run at idle with both outputs at 0 (section 3)."],
            [
                "P3",
                "Hydraulic oil low",
                "Tank level below the minimum with all tools retracted. Top up RH-10; check for leaks.",
            ],
            ["P4", "Service due", "50 h since the last engine oil change. The unit still works."],
            ["P5", "Hour meter battery low", "Replace the CR2032 cell in the hour meter."],
            [
                "P6",
                "Overpressure",
                "Pressure sensor reads above 740 bar: relief valve fault. Stop using the unit; Rescavo service.",
            ],
            ["P8", "Low fuel", "Less than 0.4 L in the tank (about 10 min at full load)."],
            ["P9", "Sensor fault", "A sensor reading out of range. The unit still works; Rescavo service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tool opens and closes slowly",
                "Engine speed low, choke on, oil cold or very long hoses",
                "Check the throttle is at RUN; let the oil warm; shorten the hose run",
            ],
            [
                "Tool stalls before full force",
                "Pressure too low: relief valve worn or an internal leak in the pump or the tool",
                "Check the pressure (section 8); try the tool on the other output",
            ],
            [
                "Tool moves with the output valve at 0",
                "Output valve worn or wrongly set",
                "Stop using that output; Rescavo service",
            ],
            [
                "Foam in the tank, tools jerk",
                "Air in the system after a hose was changed, or oil level low",
                "Top up; cycle each tool fully 3 times with the tool tips down",
            ],
            [
                "Oil at the coupler when it is disconnected",
                "Coupler seal damaged or dirt in the coupler",
                "Clean; replace the coupler seal kit RSV-CS1",
            ],
            [
                "Engine will not start, no lamp",
                "Fuel tap closed, stale fuel or spark plug fouled",
                "Open the tap; drain stale fuel; clean or replace the plug",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and connecting tools"),
    (
        "ol",
        [
            "Place the unit on firm ground, within 20° of level, with the exhaust pointing away from the casualty "
            "and the crew.",
            "Check the engine oil and the hydraulic oil in the sight glass.",
            "Set both output valves to 0.",
            "Connect the tools: remove the dust caps, push the CX-1 couplers together and turn the sleeve until it "
            "clicks.",
            "Open the fuel tap, set the choke if the engine is cold and the throttle to START.",
            "Pull the starter rope slowly until you feel resistance, then pull firmly.",
            "When the engine runs, open the choke gradually and set the throttle to RUN.",
            "Set the output valve of the tool to be used to 1. Move the tool fully open and closed once before "
            "use.",
            "After use, set the output valves to 0 before stopping the engine or disconnecting a tool.",
        ],
    ),
    ("h", "7. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Retract and close all tools fully, set the output valves to 0 and stop the engine.",
            "Let the oil cool below 40 °C.",
            "Place the unit on a bench and put a container of at least 5 L under the drain plug.",
            "Remove the filler cap and the drain plug and let the oil drain fully.",
            "Clean the magnetic drain plug, fit a new sealing ring and refit it: 25 Nm.",
            "Fill with RH-10 to the MAX mark in the sight glass (about 3.6 L).",
            "Connect one tool, start the engine and cycle the tool fully 3 times; repeat on the other output.",
            "With all tools closed, top up to the MAX mark.",
        ],
    ),
    ("h", "8. Checking the relief pressure"),
    (
        "ol",
        [
            "Connect the test gauge RSV-TG1000 (0-1000 bar) with its CX-1 coupler to output A.",
            "Start the engine and let it run at RUN speed.",
            "Set output A to 1 and read the gauge when the needle stops rising.",
            "The pressure must be 720 bar +0 / -3 %, that is 698-720 bar.",
            "Set output A to 0 and repeat on output B.",
            "A reading outside the range means the relief valve must be set by Rescavo service. The relief valve is "
            "sealed; never adjust it yourself.",
        ],
    ),
    ("h", "9. Changing the engine oil"),
    (
        "ol",
        [
            "Run the engine for 2 min to warm the oil, then stop it.",
            "Tilt the unit towards the engine drain side with the fuel tap closed.",
            "Remove the dipstick and the drain plug and drain the oil into a container.",
            "Refit the drain plug and fill with 0.55 L SAE 10W-30.",
            "Check the level on the dipstick resting on the filler neck, not screwed in.",
            "Reset the service counter: hold the P-lamp button for 5 s; P4 goes out.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each use", "Clean the unit; check the oil levels; refuel; fit dust caps"],
            ["Monthly", "Run for 10 min with both outputs cycled once"],
            ["50 h or 12 months, whichever comes first", "Change the engine oil; clean the air filter"],
            ["100 h or 2 years, whichever comes first", "Change the hydraulic oil; replace the spark plug"],
            ["12 months", "Check the relief pressure (section 8)"],
            ["300 h or 3 years", "Pump and valve service by Rescavo service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Hydraulic oil RH-10, 5 L", "RSV-RH10-5"],
            ["CX-1 coupler, female", "RSV-CX1F"],
            ["Coupler seal kit", "RSV-CS1"],
            ["Air filter element", "RSV-AF2"],
            ["Spark plug", "RSV-SP2"],
            ["Drain plug sealing ring", "RSV-SR14"],
            ["Test gauge 0-1000 bar with CX-1 coupler", "RSV-TG1000"],
            ["Starter rope", "RSV-SR2"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "aerhavn-bc-breathing-air-compressor-filling-station.pdf",
            "Aerhavn AHV-OM-BC-03 Ed 2 - BC-280 / BC-450",
            AERHAVN,
        ),
        ("spumaro-fp-foam-proportioning-system.pdf", "Spumaro SPM-IOS-FP-07 Ed 3 - FP-20 / FP-45", SPUMARO),
        ("stellhoff-oc-aerial-ladder-outrigger-control.pdf", "Stellhoff STH-OM-OC-04 Ed 1 - OC-30 / OC-42", STELLHOFF),
        ("rescavo-pu-hydraulic-rescue-tool-power-unit.pdf", "Rescavo RSV-UM-PU2-05 Ed 5 - PU-2", RESCAVO),
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
