"""Generate the PDF manuals of the forty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set49venv && /tmp/set49venv/bin/pip install fpdf2 pypdf
    /tmp/set49venv/bin/python knowledge/samples/fortyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign,
superscripts; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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


# ---------------------------------------------------------------- Kavendry VX vacuum circuit breakers
KAVENDRY = [
    ("title", "Kavendry VX Withdrawable Vacuum Circuit Breakers\nOperation and Maintenance - VX-12 and VX-24"),
    (
        "p",
        "Document KVD-OM-VX-03, Edition 2, March 2024. Kavendry Switchgear. The VX-12 and VX-24 are three-pole "
        "indoor vacuum circuit breakers on a withdrawable truck for metal-clad medium-voltage switchgear at utility "
        "substations and large industrial sites. Each pole holds one sealed vacuum interrupter in an epoxy pole "
        "tube. The breaker is closed and opened by a stored-energy spring mechanism, charged by a motor or by hand. "
        "The two models share the mechanism, the truck, the secondary plug and the control wiring; they differ in "
        "rated voltage, insulation, breaking current, pole centres, contact travel and mass. The switchgear panel, "
        "its busbars, the protection relay and the earthing switch are covered by their own manuals. Setting the "
        "protection is the responsibility of the site.",
    ),
    (
        "warn",
        "DANGER: The closing spring stores enough energy to cause serious injury. Before working on the mechanism, "
        "open the breaker, switch off the motor supply and discharge the spring by a CLOSE followed by an OPEN "
        "operation. The indicator must show SPRING DISCHARGED and OPEN.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VX-12", "VX-24"],
            ["Rated voltage", "12 kV", "24 kV"],
            ["Rated power-frequency withstand voltage, 1 min", "28 kV", "50 kV"],
            ["Rated lightning impulse withstand voltage", "75 kV", "125 kV"],
            ["Rated normal current (ambient up to 40 °C)", "1250 A", "1250 A"],
            ["Rated short-circuit breaking current", "31.5 kA", "25 kA"],
            ["Rated short-time withstand current, 3 s", "31.5 kA", "25 kA"],
            ["Rated short-circuit making current (peak)", "80 kA", "63 kA"],
            ["Rated operating sequence", "O - 0.3 s - CO - 3 min - CO", "O - 0.3 s - CO - 3 min - CO"],
            ["Opening time (opening coil, rated voltage)", "35-45 ms", "38-48 ms"],
            ["Closing time (closing coil, rated voltage)", "50-65 ms", "55-70 ms"],
            ["Contact gap (stroke) of the interrupter", "9 ± 1 mm", "14 ± 1 mm"],
            ["Contact wipe (contact spring travel)", "3.5 ± 0.5 mm", "4.0 ± 0.5 mm"],
            ["Main circuit resistance per pole, new, plug-in contact to plug-in contact", "35 micro-ohm max.",
             "45 micro-ohm max."],
            ["Pole centres", "210 mm", "275 mm"],
            ["Spring charging motor, 110 V DC, 220 V DC or 230 V AC", "150 W", "200 W"],
            ["Spring charging time with the motor", "10 s max.", "12 s max."],
            ["Strokes of the charging handle for a full charge", "about 25", "about 32"],
            ["Crank turns between TEST and SERVICE position", "20", "26"],
            ["Mechanical endurance (class M2)", "10 000 operations", "10 000 operations"],
            ["Operations at rated short-circuit breaking current", "50", "30"],
            ["Mass of the breaker on its truck", "135 kg", "190 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated values hold for an ambient temperature of -5 °C to +40 °C inside the switchgear room and an "
        "altitude of no more than 1000 m above sea level. For installation above 1000 m the insulation levels must "
        "be corrected; contact Kavendry with the altitude, no correction factor is given here. The opening and "
        "closing times are measured at rated coil voltage and 20 °C with the spring fully charged.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only persons authorised under the site's switching rules may rack, operate or maintain the breaker. "
            "Racking is done with the panel door closed.",
            "Withdraw the breaker to the DISCONNECTED position and remove it from the panel before any work on the "
            "poles. The shutters close over the fixed contacts; never open them by hand while the busbars are live.",
            "The vacuum interrupters can emit weak X-rays when a test voltage above the rated power-frequency "
            "withstand voltage is applied across the open contacts. Never exceed the test voltages of section 8 and "
            "keep at least 2 m from the poles during the test.",
            "Use only the Kavendry charging handle KVD-CH-1 and racking crank KVD-RC-1. Never use a power tool on "
            "the racking shaft.",
            "The breaker is heavy: use the service trolley KVD-ST-1 to move it outside the panel.",
        ],
    ),
    ("h", "3. Limits, settings and interlocks"),
    (
        "cols",
        [
            ("h", "Ambient temperature above 40 °C"),
            (
                "p",
                "Above 40 °C the rated normal current must be reduced. Between 40 °C and 55 °C the current allowed "
                "is Ir = 1250 A x (1 - 0.015 x (T - 40)), where T is the air temperature in °C measured inside the "
                "switchgear room at the height of the breaker compartment, that is 1.5 % less for every kelvin above "
                "40 °C. Above 55 °C the breaker must not be operated in service.",
            ),
            ("h", "Coil and motor supply"),
            (
                "p",
                "The closing coil must close the breaker at any supply voltage from 85 % to 110 % of its rated "
                "voltage. The opening coils must open it from 70 % to 110 % of rated voltage (DC) and must not "
                "operate at or below 30 %. The charging motor must charge the spring at 85 % to 110 % of its rated "
                "voltage within the charging time of section 1.",
            ),
            ("h", "Interlocks"),
            (
                "p",
                "The truck can be racked only with the breaker open. The breaker can be closed only in the TEST or "
                "SERVICE position, never between them. The breaker cannot be racked into SERVICE while the panel's "
                "earthing switch is closed, and the earthing switch cannot be closed while the breaker is in "
                "SERVICE. In SERVICE the secondary plug is locked in its socket.",
            ),
            ("h", "Anti-pumping"),
            (
                "p",
                "If a close and an open command are present at the same time, the breaker opens and stays open "
                "until the close command has been removed for at least 100 ms.",
            ),
            ("h", "Racking force"),
            (
                "p",
                "The racking crank needs no more than 25 Nm. If more is needed, stop: an interlock is blocking the "
                "truck. Never force the crank.",
            ),
        ],
    ),
    ("h", "4. Condition monitoring module CM-1 (option)"),
    (
        "p",
        "Breakers ordered with the CM-1 module record the number of operations, the spring charging time, the "
        "opening time of every trip and the contact wear. The contact wear is the sum of the squares of the "
        "currents broken, in kA². The wear limit of one interrupter is 49 600 kA² on the VX-12 (50 x 31.5²) and "
        "18 750 kA² on the VX-24 (30 x 25²). The CM-1 raises M09 at 80 % of the limit, that is 39 700 kA² (VX-12) "
        "and 15 000 kA² (VX-24). The codes are shown on the module's display and sent to the station control "
        "system.",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Spring not charged 15 s after the motor started",
             "Check the motor supply MCB F1 and the motor brushes. Charge by hand to operate; repair before the "
             "next close."],
            ["M02", "Charging motor current above the limit", "Mechanism stiff or motor worn. Inspect and lubricate "
             "the mechanism (section 9); replace the motor if the current stays high."],
            ["M03", "Closing coil circuit open", "Check coil YC, its wiring and the auxiliary contact. Measure the "
             "coil resistance against the value on the coil label."],
            ["M04", "Opening coil 1 circuit open", "Check coil YO1 and its wiring. The breaker can still trip on "
             "YO2; repair without delay."],
            ["M05", "Opening coil 2 circuit open", "Check coil YO2 and its wiring."],
            ["M06", "Operation count reached the service interval", "Carry out the 2000-operation service "
             "(section 9) and reset the counter."],
            ["M08", "Opening time above 50 ms (VX-12) or 53 ms (VX-24)", "Mechanism slow: check lubrication, the "
             "opening spring and the coil voltage. Measure the opening time with a breaker analyser."],
            ["M09", "Contact wear at 80 % of the limit", "Plan replacement of the poles by Kavendry service."],
            ["M10", "Auxiliary supply below 85 % of rated", "Check the station battery and the supply wiring."],
            ["M11", "Truck between TEST and SERVICE for more than 60 s", "Complete the racking in either "
             "direction."],
        ],
        (18, 62, 90),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Breaker does not close; the indicator shows SPRING CHARGED, no CM-1 code",
             "Truck between positions; undervoltage release YU (if fitted) not energised; earthing switch "
             "interlock; close command blocked by the anti-pumping relay",
             "Rack fully to TEST or SERVICE; check the supply to YU; remove the close command for at least "
             "100 ms and give it again"],
            ["Charging motor runs for a moment and stops, spring not charged", "Motor supply low, worn motor, "
             "limit switch S1 out of adjustment", "Measure the supply at the motor terminals; adjust or replace "
             "S1; see M01"],
            ["Charging motor does not stop after charging", "Limit switch S1 stuck or misadjusted",
             "Switch off F1 at once; adjust S1 so that it opens 1 to 2 mm before the spring latch engages"],
            ["Truck cannot be racked in", "Breaker closed; earthing switch closed; secondary plug not "
             "connected; door open", "Open the breaker, open the earthing switch, connect the plug, close the "
             "door"],
            ["High main circuit resistance", "Dirty or dry plug-in contact fingers; loose terminal bolts",
             "Clean the fingers, grease them thinly with KVD-GR-2 and tighten the terminals to 70 Nm"],
            ["Breaker trips without an obvious fault", "Protection relay operation, not a breaker fault",
             "Read the relay's event record before testing the breaker"],
            ["Flashover during the vacuum check", "Interrupter has lost its vacuum",
             "Do not return the breaker to service; the pole must be replaced by Kavendry service"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Charging the spring and operating by hand"),
    (
        "ol",
        [
            "Rack the breaker to TEST or withdraw it. Switch off the motor supply MCB F1.",
            "Insert the charging handle KVD-CH-1 in the charging socket on the front plate.",
            "Pump the handle up and down, about 25 strokes (VX-12) or 32 strokes (VX-24), until the indicator shows "
            "SPRING CHARGED and the handle runs free.",
            "Remove the handle.",
            "To close, press the mechanical CLOSE push button; to open, press OPEN. The position indicator shows "
            "CLOSED or OPEN.",
            "Switch F1 back on when the work is done.",
        ],
    ),
    ("h", "7. Racking the breaker"),
    (
        "ol",
        [
            "Check that the breaker is OPEN and the earthing switch of the panel is open.",
            "Connect the secondary plug (in the TEST position).",
            "Close the panel door.",
            "Insert the racking crank KVD-RC-1 through the door and turn clockwise: 20 turns (VX-12) or 26 turns "
            "(VX-24) bring the truck from TEST to SERVICE. Stop when the crank runs against the end stop and the "
            "position indicator shows SERVICE.",
            "Remove the crank. The breaker can now be closed.",
            "To withdraw, open the breaker and turn the crank anticlockwise the same number of turns to TEST.",
        ],
    ),
    ("h", "8. Measurements"),
    ("p", "Main circuit resistance (after every 2000 operations and after a short-circuit trip):"),
    (
        "ol",
        [
            "Withdraw the breaker from the panel and close it.",
            "Connect a micro-ohmmeter with a test current of at least 100 A DC between the upper and lower plug-in "
            "contacts of one pole.",
            "Read the resistance and record it with the ambient temperature.",
            "A value above the maximum of section 1, or more than 20 % above the value recorded at commissioning, "
            "calls for cleaning of the plug-in contacts and a second measurement.",
        ],
    ),
    ("p", "Vacuum check of the interrupters (every 4 years, and before returning a breaker that was stored):"),
    (
        "ol",
        [
            "Withdraw the breaker from the panel and open it. Keep the contact gap as set.",
            "Short the three upper terminals together and the three lower terminals together; earth the frame.",
            "Apply a power-frequency test voltage across the open contacts of all poles: 22 kV for the VX-12 or "
            "40 kV for the VX-24, raised over 10 s and held for 1 min.",
            "No flashover may occur. A flashover or a test set trip means the interrupter has lost its vacuum.",
            "Discharge and earth the terminals before removing the test leads.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every year", "Visual check, cleaning of the poles with a dry lint-free cloth, operation counter "
             "reading"],
            ["Every 2000 operations or 4 years, whichever comes first",
             "Lubricate the mechanism with KVD-GR-2, check the contact wipe, measure the main circuit resistance, "
             "check the opening and closing times, vacuum check"],
            ["After a trip at more than 50 % of the rated breaking current", "Visual check of the poles, main "
             "circuit resistance"],
            ["10 000 operations", "Mechanism overhaul by Kavendry service"],
            ["M09 or interrupter flashover", "Pole replacement by Kavendry service"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The vacuum interrupters are sealed for life and cannot be repaired or adjusted on site. Replacing a pole or "
        "an interrupter and resetting the contact gap is done only by Kavendry service.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VX-12", "VX-24"],
            ["Pole assembly with interrupter (Kavendry service)", "KVD-P12-1250", "KVD-P24-1250"],
            ["Plug-in contact finger set, one pole", "KVD-CF-1250", "KVD-CF-1250"],
            ["Closing coil YC, 110 V DC / 220 V DC", "KVD-YC-110 / KVD-YC-220", "KVD-YC-110 / KVD-YC-220"],
            ["Opening coil YO1 or YO2, 110 V DC / 220 V DC", "KVD-YO-110 / KVD-YO-220", "KVD-YO-110 / KVD-YO-220"],
            ["Spring charging motor, 110 V DC", "KVD-MO-150", "KVD-MO-200"],
            ["Limit switch S1", "KVD-S1", "KVD-S1"],
            ["Mechanism grease, 400 g", "KVD-GR-2", "KVD-GR-2"],
            ["Charging handle / racking crank", "KVD-CH-1 / KVD-RC-1", "KVD-CH-1 / KVD-RC-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Torbrecht RT on-load tap changers
TORBRECHT = [
    ("title", "Torbrecht RT On-Load Tap Changers\nOperating and Maintenance Instructions - RT-350 and RT-600"),
    (
        "p",
        "Document TBR-OM-RT-07, Edition 3, June 2023. Torbrecht Transformer Components. The RT-350 and RT-600 are "
        "in-tank on-load tap changers for power transformers, built from a tap selector in the transformer oil and "
        "a diverter switch with transition resistors in its own oil compartment. The diverter compartment has its "
        "own conservator, breather and oil-surge relay. Each tap changer is operated by a motor drive unit MDU-5 "
        "mounted on the transformer tank. The two models differ in rated through-current, step voltage, insulation "
        "level, oil volume and contact life; the motor drive and the procedures are the same. The transition "
        "resistor values, the tap winding connection and the number of positions used are given on the "
        "order-specific data sheet supplied with each transformer, not in this document.",
    ),
    (
        "warn",
        "WARNING: Never open the diverter compartment, take oil samples or work on the drive shafts with the "
        "transformer energised. Before any work on the motor drive, switch off its motor supply and its control "
        "supply and lock the switch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RT-350", "RT-600"],
            ["Maximum rated through-current Ium", "350 A", "600 A"],
            ["Maximum rated step voltage", "3000 V", "3300 V"],
            ["Rated step capacity (step voltage x through-current)", "1050 kVA", "1980 kVA"],
            ["Highest voltage for equipment Um", "72.5 kV", "123 kV"],
            ["Number of operating positions", "up to 19", "up to 19"],
            ["Short-circuit test current, 2 s", "5 kA", "8 kA"],
            ["Oil volume of the diverter compartment", "150 L", "210 L"],
            ["Mechanical endurance", "800 000 operations", "800 000 operations"],
            ["Arcing contact life at Ium", "200 000 operations", "150 000 operations"],
            ["Oil-surge relay TRS-1, trip at oil flow velocity", "1.0 m/s", "1.2 m/s"],
            ["Overcurrent blocking of tap changes (2 x Ium)", "700 A", "1200 A"],
            ["Motor drive MDU-5, motor 400 V 3~ 50 Hz", "0.75 kW, 1.9 A", "0.75 kW, 1.9 A"],
            ["Time for one tap change (motor)", "about 5.5 s", "about 5.5 s"],
            ["Turns of the hand crank for one tap change", "33", "33"],
            ["Mass of the tap changer without oil", "290 kg", "410 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The gas that collects in the diverter compartment after switching is flammable. Keep open flames and "
            "sparks away when opening the compartment or its conservator.",
            "Do not operate the tap changer by hand crank while the transformer is energised unless the motor "
            "drive has stopped between positions (section 6). Never crank beyond an end position.",
            "After a trip of the oil-surge relay the transformer must not be re-energised until the diverter "
            "switch has been inspected (section 5, F09).",
            "Wear oil-resistant gloves and eye protection when handling diverter oil. Dispose of it as hazardous "
            "waste; it contains carbon from switching.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Load current"),
            (
                "p",
                "Tap changes are allowed up to 1.5 times Ium during overloads permitted by the transformer loading "
                "guide. The overcurrent blocking relay in the MDU-5 stops a tap change from starting above 2 x Ium "
                "(700 A or 1200 A); a change already running is always completed.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The tap changer may operate at a top oil temperature of -25 °C to +105 °C. Below -25 °C the MDU-5 "
                "blocks electrical operation because the diverter oil is too viscous; the block lifts at -20 °C. "
                "Do not operate by hand crank below -25 °C either.",
            ),
            ("h", "Diverter oil"),
            (
                "p",
                "Without an oil filter unit the diverter oil must have a breakdown voltage of at least 30 kV "
                "(2.5 mm gap) and a water content of no more than 30 ppm. With the oil filter unit OF-2 fitted, "
                "the limits are at least 40 kV and no more than 20 ppm, because the filter keeps the oil cleaner "
                "and the interval between oil changes is longer. Oil outside these limits must be changed.",
            ),
            ("h", "Motor drive"),
            (
                "p",
                "The MDU-5 runs one step per command. The step-by-step relay prevents a second step until the "
                "command has been released. A step that takes longer than 10 s raises F02. The cabinet heater (50 "
                "W) keeps the inside above +5 °C; the drive may be installed for ambients of -25 °C to +50 °C.",
            ),
            ("h", "Parallel operation"),
            (
                "p",
                "Transformers in parallel must have their tap changers in step. The MDU-5 compares positions "
                "through the parallel control; a difference of more than one step for longer than 20 s raises "
                "F12 and blocks further changes.",
            ),
        ],
    ),
    ("h", "4. Motor drive fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Motor protective switch Q1 tripped", "Check the motor supply and the drive shafts for binding. "
             "Reset Q1 once; if it trips again, do not operate."],
            ["F02", "Tap change not completed within 10 s", "Supply lost or shaft blocked during a change. Complete "
             "the change by hand crank (section 6) before any further operation."],
            ["F03", "End position reached", "Highest or lowest position. Commands in that direction are ignored."],
            ["F04", "Phase failure of the motor supply", "Check the three phases and the supply MCB."],
            ["F05", "Position transmitter fault", "Signal missing or out of range. Check the transmitter wiring; "
             "read the mechanical position indicator."],
            ["F06", "Hand crank inserted", "Electrical operation is blocked while the crank is in its socket."],
            ["F07", "Operation counter did not count", "Check the counter and its cam switch."],
            ["F08", "Cabinet heater circuit open", "Check the heater and its thermostat."],
            ["F09", "Oil-surge relay TRS-1 tripped", "Transformer tripped. Do not re-energise. Inspection of the "
             "diverter switch by Torbrecht service or staff trained by Torbrecht."],
            ["F11", "Maintenance interval reached", "Carry out the inspection of section 9; reset the counter."],
            ["F12", "Parallel transformers out of step", "Bring the tap changers to the same position by single "
             "commands; check the parallel control."],
        ],
        (18, 55, 97),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Drive runs through several positions on one command", "Step-by-step relay K20 faulty or contactor "
             "K1 welded", "Stop with the EMERGENCY OFF button, replace K20 or K1, check the position"],
            ["Drive stopped between two positions after a supply dip", "Supply lost during the change (F02)",
             "Finish the change by hand crank in the direction shown by the arrow on the indicator"],
            ["Diverter conservator oil level falling", "Leak at the diverter head gasket or between the diverter "
             "compartment and the transformer tank", "Check the head gasket; an internal leak is repaired only "
             "by Torbrecht service"],
            ["Breather silica gel turns pink within weeks", "Breather seal damaged or oil cup dry",
             "Replace the gel and check the seal and oil cup"],
            ["Position indicator and remote position differ", "Transmitter out of adjustment (F05)",
             "Trust the mechanical indicator; adjust the transmitter"],
            ["Oil dark, breakdown voltage low", "Carbon from switching, moisture", "Change the diverter oil "
             "(section 8)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Operating with the hand crank"),
    (
        "ol",
        [
            "Switch off the motor supply Q1 of the MDU-5.",
            "Open the cabinet door and insert the hand crank in its socket. F06 is shown and electrical operation "
            "is blocked.",
            "Look at the direction arrow next to the position indicator. If the drive stopped between positions, "
            "crank only in the direction of the arrow.",
            "Turn the crank: one tap change needs 33 turns. Count them; the change is complete when the red mark "
            "of the indicator lies in the middle of the green zone.",
            "Never crank beyond an end position. The mechanical end stop is not designed to take the crank force.",
            "Remove the crank, close the door and switch Q1 back on. Check that the mechanical and remote position "
            "indications agree.",
        ],
    ),
    ("h", "7. Taking an oil sample from the diverter compartment"),
    (
        "ol",
        [
            "De-energise and earth the transformer under the site's switching rules.",
            "Wait until the oil is above 20 °C, or take the sample within 2 h of de-energising, so that the water "
            "content reading is representative.",
            "Remove the cap of the sampling valve on the diverter head and fit a clean hose.",
            "Drain 2 L into a waste container to flush the valve and hose.",
            "Fill a clean, dry 1 L glass bottle, leaving no air space, and close it at once.",
            "Close the valve, refit the cap and top up the diverter conservator if the level is below MIN.",
            "Send the bottle for breakdown voltage and water content tests and compare them with section 3.",
        ],
    ),
    ("h", "8. Changing the diverter oil"),
    (
        "ol",
        [
            "De-energise and earth the transformer. Close the valve between the diverter conservator and the "
            "diverter head.",
            "Connect an oil pump to the suction pipe on the diverter head and pump out all oil, 150 L (RT-350) or "
            "210 L (RT-600).",
            "Rinse the compartment with 20 L of new oil and pump it out.",
            "Fill with new mineral insulating oil to IEC 60296 through the filling valve, filtered through a 1 "
            "micron filter, until the conservator shows the level for the present oil temperature.",
            "Open the conservator valve and vent the diverter head and the oil-surge relay at their bleed screws.",
            "Wait at least 1 h before energising, so that air bubbles can rise.",
            "Test the oil-surge relay (section 10) before returning the transformer to service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every month", "Read the operation counter, check the breather and the diverter conservator level"],
            ["Every year", "Oil sample of the diverter compartment (section 7); check the MDU-5 heater, "
             "contactors and terminals"],
            ["RT-350: 7 years or 100 000 operations, whichever comes first (with OF-2: 150 000 operations)",
             "Inspection of the diverter switch, oil change, oil-surge relay test"],
            ["RT-600: 7 years or 70 000 operations, whichever comes first (with OF-2: 100 000 operations)",
             "Inspection of the diverter switch, oil change, oil-surge relay test"],
            ["Arcing contact life reached (section 1)", "Replacement of the diverter switch insert by Torbrecht "
             "service"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The inspection of the diverter switch includes lifting out the diverter insert and measuring the arcing "
        "contact wear and the transition resistors. It is carried out by Torbrecht service or staff trained by "
        "Torbrecht; the lifting and measuring steps are in the service manual TBR-SM-RT, not in this document.",
    ),
    ("h", "10. Testing the oil-surge relay TRS-1"),
    (
        "ol",
        [
            "With the transformer de-energised, switch on the trip circuit supply of the transformer breaker and "
            "close the breaker in its test position.",
            "Remove the cover of the TRS-1 terminal box.",
            "Press the TRIP test button. The flap falls to the tripped position and the transformer breaker must "
            "open.",
            "Press the RESET button. The flap returns to the operating position.",
            "Refit the cover and record the test.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RT-350", "RT-600"],
            ["Diverter switch insert (Torbrecht service)", "TBR-DI-350", "TBR-DI-600"],
            ["Diverter head gasket", "TBR-G-350", "TBR-G-600"],
            ["Oil-surge relay TRS-1", "TBR-TRS1-10", "TBR-TRS1-12"],
            ["Step-by-step relay K20", "TBR-K20", "TBR-K20"],
            ["Motor contactor K1 / K2", "TBR-K1", "TBR-K1"],
            ["Breather silica gel, 2 kg", "TBR-SG-2", "TBR-SG-2"],
            ["Oil filter unit / its cartridge", "TBR-OF2 / TBR-OF2-C", "TBR-OF2 / TBR-OF2-C"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Quillmere QF-70 feeder protection relay
QUILLMERE = [
    ("title", "Quillmere QF-70 Numerical Feeder Protection Relay\nUser and Maintenance Manual"),
    (
        "p",
        "Document QLM-UM-QF70-04, Edition 4, November 2024. Quillmere Protection Systems. The QF-70 is a numerical "
        "overcurrent and earth fault relay for medium-voltage feeders, transformer feeders and incomers. It "
        "measures three phase currents and the residual current and trips the circuit breaker through its output "
        "relays. It also supervises the trip circuit, detects breaker failure and carries out auto-reclosing on "
        "overhead lines. The relay sits in a draw-out case; the case stays wired in the panel when the relay unit "
        "is withdrawn. The settings needed for a given feeder are given by the site's protection coordination "
        "study; the values in this manual are ranges and factory defaults only. Communication (IEC 61850, Modbus "
        "TCP, Modbus RTU) is described in the communication manual QLM-CM-QF70, which also holds the data model "
        "and the register map.",
    ),
    (
        "warn",
        "WARNING: Current transformer circuits must never be opened while the primary carries current. The case "
        "shorts the CT inputs automatically when the relay unit is withdrawn; if the case or its shorting contacts "
        "are damaged, short the CTs at the test block first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QF-70"],
            ["Auxiliary supply, rated", "24-250 V DC or 100-240 V AC"],
            ["Auxiliary supply, operating range", "19-300 V DC or 80-265 V AC"],
            ["Burden of the auxiliary supply", "8 W quiescent, 12 W with all outputs operated"],
            ["Current inputs", "3 phase + 1 residual, rated current In 1 A or 5 A, chosen by the terminal used"],
            ["Thermal withstand of the current inputs", "4 x In continuous, 100 x In for 1 s"],
            ["Binary inputs", "8, threshold selectable 19 V, 88 V or 176 V DC"],
            ["Output relays", "6 + 1 watchdog contact"],
            ["Trip contacts", "make and carry 30 A for 0.2 s, 8 A continuous; break 0.25 A at 220 V DC, "
             "L/R 40 ms"],
            ["Operate time, high-set stage I>>> at 2 x setting", "30 ms or less"],
            ["Accuracy of the operate value", "±5 % of the setting"],
            ["Accuracy of the IDMT operate time", "±5 % or ±30 ms, whichever is greater"],
            ["Event recorder", "1024 events, time-stamped to 1 ms"],
            ["Disturbance recorder", "up to 8 records of 3 s each, 32 samples per cycle"],
            ["Ports", "front USB, rear Ethernet RJ45, rear RS-485"],
            ["Operating temperature", "-25 °C to +55 °C"],
            ["Degree of protection", "IP54 front, IP20 rear"],
            ["Mass of the relay in its case", "3.2 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Choose the binary input threshold for the station battery: 19 V for 24 V DC and 48 V DC systems, 88 V for "
        "110 V DC systems and 176 V for 220 V DC systems. A threshold below half the battery voltage makes the "
        "inputs sensitive to induced voltages on long cable runs.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Before injection tests, isolate the trip outputs at the test block so that the breaker does not trip, "
            "unless a trip test is intended.",
            "The relay terminals carry the auxiliary supply and CT circuits. Switch off the auxiliary supply MCB "
            "before working on the rear terminals.",
            "Changing settings on a relay in service can trip or block the feeder. Agree every change with the "
            "control room and work from the approved settings sheet.",
            "Handle the withdrawn relay unit by its frame, never by the boards; it is sensitive to static.",
        ],
    ),
    ("h", "3. Protection functions and setting ranges"),
    (
        "cols",
        [
            ("h", "Phase overcurrent 50/51"),
            (
                "p",
                "Stage I>: 0.05-4.00 x In, curve IEC standard inverse (SI), very inverse (VI), extremely inverse "
                "(EI) or definite time; time multiplier TMS 0.025-1.200. Stage I>>: 0.5-40 x In, definite time "
                "0.00-60.00 s. Stage I>>>: 1-40 x In, instantaneous. Factory default: I> 1.00 x In, SI, TMS 0.10; "
                "I>> and I>>> off.",
            ),
            ("h", "Inverse time curves"),
            (
                "p",
                "With M the current divided by the setting I>: SI t = TMS x 0.14 / (M^0.02 - 1); VI t = TMS x "
                "13.5 / (M - 1); EI t = TMS x 80 / (M² - 1). The curves hold for M from 1.1 to 20; above 20 the "
                "operate time is the time at M = 20. Example: SI, TMS 0.10, M = 10 gives 0.14 / 0.0471 x 0.10 = "
                "0.30 s.",
            ),
            ("h", "Earth fault 50N/51N"),
            (
                "p",
                "Stage Io>: 0.01-2.00 x In, same curves as I>. Stage Io>>: 0.05-20 x In, definite time. Factory "
                "default: Io> 0.20 x In, definite time 0.50 s.",
            ),
            ("h", "Inrush blocking"),
            (
                "p",
                "Blocks I> and Io> while the second harmonic exceeds the set ratio of the fundamental: 10-50 %, "
                "factory default off. When energising transformers, set 15 % as a starting value.",
            ),
            ("h", "Breaker failure 50BF"),
            (
                "p",
                "Current level 0.05-1.00 x In, time 0.06-1.00 s, factory default 0.15 s. Operates output relay 5 to "
                "trip the upstream breaker.",
            ),
            ("h", "Auto-reclose 79"),
            (
                "p",
                "Up to 4 shots, dead times 0.1-300 s, reclaim time 1-300 s. Use only on overhead lines; the site "
                "decides the number of shots.",
            ),
            ("h", "Trip circuit supervision 74TC"),
            (
                "p",
                "Supervises the trip coil circuit in both breaker positions through binary inputs 7 and 8. With the "
                "breaker open, the current path runs through a resistor across the 52b contact: 33 kohm 5 W for "
                "110 V DC or 68 kohm 10 W for 220 V DC. Alarm after 20 s (SE05).",
            ),
        ],
    ),
    ("h", "4. Self-supervision messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["SE01", "Auxiliary supply below 19 V DC", "Check the station battery and supply wiring. The relay "
             "restarts when the supply returns."],
            ["SE02", "Analogue input module fault", "Protection blocked, watchdog contact open. Replace the relay "
             "unit and return it to Quillmere."],
            ["SE03", "Setting checksum error", "Protection blocked. Reload the settings from the approved file "
             "with QF-Set; if SE03 returns, replace the relay unit."],
            ["SE04", "Clock not synchronised for 10 min", "Check the SNTP server or the IRIG-B signal."],
            ["SE05", "Trip circuit supervision alarm", "Trip circuit open. Check the trip coil, wiring and the "
             "52b resistor."],
            ["SE06", "Breaker failure operated", "The breaker did not clear the fault within the 50BF time. "
             "Inspect the breaker before closing it again."],
            ["SE08", "Ethernet link down", "Check the cable and the station switch port."],
            ["SE09", "Internal temperature above 70 °C", "Check the panel ventilation and the room temperature."],
            ["SE10", "Disturbance recorder memory full", "Download and delete the records, or set overwrite to ON."],
            ["SE11", "Three restarts within 24 h", "Replace the relay unit; send the event log to Quillmere."],
        ],
        (18, 62, 90),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Feeder trips on I> or Io> when a transformer at the far end is energised, no fault found",
             "Magnetising inrush current", "Enable inrush blocking with a second harmonic ratio of 15 %; check "
             "the settings with the protection engineer"],
            ["Io> trips on a cable feeder with no earth fault", "CT star point wired on the wrong side, or the "
             "cable screen earth not passed back through the core balance CT", "Check the CT polarity and the "
             "screen earth routing"],
            ["SE05 only while the breaker is open", "Resistor across the 52b contact missing, open or of the "
             "wrong value", "Fit 33 kohm 5 W (110 V DC) or 68 kohm 10 W (220 V DC)"],
            ["Display dark, green LED off", "No auxiliary supply", "Check the supply MCB and the voltage at "
             "terminals 1 and 2"],
            ["Binary input shows ON with the contact open", "Threshold too low for the battery; induced voltage "
             "on a long cable", "Set the threshold for the battery voltage (section 1)"],
            ["Measured currents read too low by a factor of 5", "CT wired to the 1 A terminals with 5 A CTs",
             "Rewire to the 5 A terminals; never change the In setting instead"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a setting from the front panel"),
    (
        "ol",
        [
            "Press MENU and select SETTINGS. Enter the setting level password (factory 1111; change it at "
            "commissioning).",
            "Select the setting group (1 or 2) and the function.",
            "Move to the value with the arrow keys and press ENTER. The value flashes.",
            "Change it with the up and down keys and press ENTER.",
            "Press ESC until the relay asks SAVE CHANGES?, then select YES. The relay stores the settings and "
            "restarts the protection within 1 s.",
            "Print or download the settings with QF-Set and file them with the settings sheet.",
        ],
    ),
    ("h", "7. Secondary injection test of stage I>"),
    (
        "ol",
        [
            "Isolate the trip outputs at the test block, unless the breaker is to trip as well.",
            "Insert the test plug QLM-TP-10 into the test block. The CT circuits are shorted on the CT side.",
            "Inject a single-phase current into phase L1 and raise it slowly until I> starts. The start value must "
            "lie within ±5 % of the setting.",
            "Switch the current off. Then inject 2 x Is suddenly and measure the time to trip with the test set.",
            "Compare the time with the curve formula of section 3 (for SI with M = 2: t = TMS x 10.03). It must lie "
            "within ±5 % or ±30 ms, whichever is greater.",
            "Repeat for L2, L3 and the residual input.",
            "Remove the test plug, restore the trip outputs and reset the LEDs.",
        ],
    ),
    ("h", "8. Replacing the relay unit"),
    (
        "ol",
        [
            "Inform the control room: the feeder is unprotected while the unit is out.",
            "Open the front cover. Pull the two handles to withdraw the unit; the CT shorting contacts close before "
            "the current contacts open.",
            "Fit the new unit and push it fully home until both handles latch.",
            "Load the approved settings file with QF-Set through the front USB port.",
            "Check the measured currents against the panel ammeter and carry out the injection test of section 7 "
            "for at least one stage.",
            "Close the front cover.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every year", "Check that the green LED is on and no SE message is shown; check the clock; download "
             "the event log"],
            ["After every trip", "Read the event and disturbance records before resetting the LEDs"],
            ["Every 4 years", "Secondary injection test of all enabled stages, trip circuit supervision test, "
             "binary input test, trip test of the breaker"],
            ["After a change of settings", "Injection test of the changed stage"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Relay draw-out unit, complete", "QLM-QF70-U"],
            ["Case with automatic CT shorting contacts", "QLM-QF70-C"],
            ["Test plug for the test block", "QLM-TP-10"],
            ["Front cover with seal", "QLM-FC-70"],
            ["TCS resistor 33 kohm 5 W / 68 kohm 10 W", "QLM-R33 / QLM-R68"],
            ["USB cable for QF-Set", "QLM-USB-1"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Haldmoor MD disconnector motor mechanisms
HALDMOOR = [
    ("title", "Haldmoor MD Motor Operating Mechanisms for Disconnectors\nInstallation and Maintenance - MD-20 and "
     "MD-40"),
    (
        "p",
        "Document HLD-IM-MD-02, Edition 2, January 2025. Haldmoor Substation Equipment. The MD-20 and MD-40 are "
        "motor operating mechanisms for outdoor high-voltage disconnectors and earthing switches. A DC motor "
        "drives the output shaft through a worm gearbox and a slip clutch; the output shaft turns the vertical "
        "drive tube of the disconnector. A hand crank allows operation without supply. The mechanism holds the "
        "motor control, the position signal contacts, a heater and the control module SM-3. The MD-20 is for "
        "disconnectors needing up to 200 Nm, the MD-40 for those needing up to 400 Nm; otherwise they are built "
        "alike. The disconnector itself, its linkage adjustment, its contact pressure and its lubrication are "
        "covered by the disconnector maker's manual.",
    ),
    (
        "warn",
        "WARNING: The disconnector can move at any time while the motor and control supplies are on. Before "
        "working on the linkage or inside the mechanism, switch off both supplies, set the LOCAL/REMOTE switch to "
        "LOCAL and padlock the mechanism door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MD-20", "MD-40"],
            ["Rated output torque", "200 Nm", "400 Nm"],
            ["Slip clutch setting (factory set and sealed)", "300 Nm", "600 Nm"],
            ["Rotation of the output shaft, factory setting (adjustable 90-220°)", "180°", "180°"],
            ["Operating time for 180° at rated voltage and +20 °C", "6 s ± 1 s", "8 s ± 1 s"],
            ["Operating time supervision (motor off, code 2)", "12 s", "16 s"],
            ["Motor, 110 V DC or 220 V DC", "250 W", "370 W"],
            ["Rated motor current at 110 V DC / 220 V DC", "3.2 A / 1.6 A", "4.8 A / 2.4 A"],
            ["Motor MCB F1 (DC rated, curve C)", "6 A", "10 A"],
            ["Hand crank turns for 180°", "28", "42"],
            ["Position signal contacts (auxiliary switch)", "12 NO + 12 NC", "16 NO + 16 NC"],
            ["Heaters", "15 W permanent + 50 W thermostat", "15 W permanent + 50 W thermostat"],
            ["Output shaft, square / clamp bolts", "40 mm / 2 x M12", "50 mm / 2 x M16"],
            ["Mechanical endurance (class M2)", "10 000 operations", "10 000 operations"],
            ["Degree of protection, enclosure", "IP55, aluminium", "IP55, aluminium"],
            ["Mass", "42 kg", "58 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Never operate a disconnector under load. The interlocking with the circuit breaker and earthing switch "
            "is part of the substation's interlocking scheme, not of the mechanism.",
            "Inserting the hand crank opens the crank interlock switch S5, which breaks the motor circuit. Never "
            "bridge S5.",
            "Keep hands away from the drive tube and the linkage during operation; the torque can break bones.",
            "If the disconnector does not reach its end position, do not operate it again electrically before the "
            "cause is found. Repeated starts against a blocked linkage slip the clutch and wear it.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Supply voltages"),
            (
                "p",
                "The motor must run at 85 % to 110 % of its rated voltage, the control circuit at 80 % to 110 %. "
                "At 85 % the operating time may rise by up to 20 %. The starting current is about five times the "
                "rated current for 0.2 s; size the supply cables for it.",
            ),
            ("h", "Low temperature"),
            (
                "p",
                "The operating times of section 1 hold at +20 °C. At -40 °C the operation may take up to 50 % "
                "longer because the grease in the gearbox stiffens; this is not a fault as long as the supervision "
                "time is not reached. The mechanism may be installed for ambients of -40 °C to +55 °C. The 50 W "
                "heater switches on below +10 °C.",
            ),
            ("h", "Ice"),
            (
                "p",
                "After freezing rain, make no more than three attempts to operate. If the disconnector does not "
                "move, the ice must be removed from the contacts and linkage first.",
            ),
            ("h", "Operating frequency"),
            (
                "p",
                "No more than 10 operations in succession, then let the motor cool for 30 min. Motors are rated "
                "for short-time duty only.",
            ),
            ("h", "End positions"),
            (
                "p",
                "The motor limit switch must open 5° before the mechanical end stop; the motor runs on by inertia "
                "to the end stop. The position signal contacts must change over within the last 10° of travel, "
                "never earlier.",
            ),
        ],
    ),
    ("h", "4. Control module codes"),
    (
        "p",
        "The red LED of the control module SM-3 flashes a code after a fault: count the flashes between the "
        "pauses. The code is cleared by the next good operation or by pressing RESET on the module.",
    ),
    (
        "table",
        [
            ["Flashes", "Fault", "Action"],
            ["1", "Motor overcurrent", "Motor stalled or linkage blocked. Check the linkage for ice or binding; "
             "check the disconnector by hand crank."],
            ["2", "Operating time exceeded (12 s MD-20, 16 s MD-40)", "Motor stopped by the supervision. Look for "
             "ice, low supply voltage or a slipping clutch; finish the operation by hand crank."],
            ["3", "End position not reached", "Limit switch did not operate. Check the cam setting (section 8)."],
            ["4", "Both position signals made at the same time", "Auxiliary switch or its wiring faulty. Check the "
             "auxiliary switch block."],
            ["5", "Control voltage below 80 %", "Check the station battery and the control MCB F2."],
            ["6", "Crank interlock open", "Remove the hand crank; check switch S5."],
            ["8", "Heater circuit open", "Check the heaters and the thermostat."],
            ["9", "Module memory fault", "Replace the control module SM-3."],
        ],
        (18, 62, 90),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Motor does not start on a command", "LOCAL/REMOTE switch in the wrong position; hand crank "
             "inserted; F1 or F2 off", "Set the switch, remove the crank, check F1 and F2"],
            ["Motor runs, drive tube does not turn", "Coupling clamp bolts loose; clutch slipping",
             "Re-tighten the clamp bolts (section 7); if the clutch slips below its setting, Haldmoor service"],
            ["Disconnector stops short of its end position", "Linkage out of adjustment; limit switch cam set too "
             "early", "Adjust the linkage to the disconnector manual; set the cam (section 8)"],
            ["F1 trips at start on cold mornings", "Ice on the contacts; grease stiff", "De-ice; check that the "
             "heaters work"],
            ["Water or condensation inside", "Door seal damaged; heater off", "Replace the door seal; check the "
             "heaters and the breather plug"],
            ["Position shown in the control room differs from the disconnector", "Auxiliary switch out of "
             "adjustment", "Set the auxiliary switch (section 8)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Operating with the hand crank"),
    (
        "ol",
        [
            "Set the LOCAL/REMOTE switch to LOCAL and switch off the motor MCB F1.",
            "Open the door and insert the hand crank HLD-HC-1 on the crank shaft. Switch S5 opens the motor circuit "
            "and the SM-3 shows code 6.",
            "Turn the crank clockwise to close and anticlockwise to open: 28 turns (MD-20) or 42 turns (MD-40) for a "
            "full 180° operation.",
            "Stop when the pointer lies in the CLOSED or OPEN window and the crank becomes hard. Do not force it "
            "past the end stop.",
            "Remove the crank, switch F1 back on and set LOCAL/REMOTE as required.",
        ],
    ),
    ("h", "7. Coupling the mechanism to the disconnector"),
    (
        "ol",
        [
            "Mount the mechanism on the disconnector support with four M16 bolts so that the output shaft is "
            "vertically below the disconnector's drive lever, within 2 mm.",
            "Bring the disconnector to its fully OPEN position by hand (see the disconnector manual).",
            "Bring the mechanism to OPEN with the hand crank: the pointer lies in the OPEN window.",
            "Slide the drive tube over the output shaft and the disconnector's drive lever and fit the coupling.",
            "Tighten the clamp bolts to 80 Nm (M12, MD-20) or 195 Nm (M16, MD-40).",
            "Crank the mechanism to mid-travel and back to OPEN, watching the disconnector follow without binding.",
            "Crank a full CLOSE and OPEN operation and check that both end positions of the disconnector are "
            "reached.",
            "Switch on the supplies and carry out three electrical operations in LOCAL, measuring the operating time "
            "(section 9).",
        ],
    ),
    ("h", "8. Setting the limit switch and auxiliary switch cams"),
    (
        "ol",
        [
            "Switch off both supplies and insert the hand crank.",
            "Crank to within 5° of the CLOSED end stop (about 1 turn on the MD-20, 1.2 turns on the MD-40, before "
            "the stop).",
            "Loosen the limit switch cam and turn it until the CLOSE limit switch just opens; tighten the cam "
            "screw to 4 Nm.",
            "Repeat for the OPEN end position.",
            "Check the auxiliary switch: its contacts must change over within the last 10° of travel. Adjust its "
            "linkage rod if needed.",
            "Remove the crank and check three electrical operations.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every year", "Visual check, heater function, door seal, terminals; one CLOSE and OPEN operation if "
             "the disconnector has not been operated"],
            ["Every 2 years or 1000 operations, whichever comes first",
             "Measure the operating time and the motor current at rated voltage; the current must not exceed "
             "the rated current of section 1 by more than 25 %"],
            ["5000 operations", "Check the gear backlash: Haldmoor service"],
            ["10 000 operations", "Replace the mechanism or have it overhauled by Haldmoor"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The gearbox is lubricated for life and must not be opened; opening it voids the warranty. Gearbox and slip "
        "clutch repairs are carried out by Haldmoor service only.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MD-20", "MD-40"],
            ["Motor 110 V DC / 220 V DC", "HLD-M20-110 / HLD-M20-220", "HLD-M40-110 / HLD-M40-220"],
            ["Control module SM-3", "HLD-SM3", "HLD-SM3"],
            ["Auxiliary switch block", "HLD-AS12", "HLD-AS16"],
            ["Limit switch with cam", "HLD-LS-1", "HLD-LS-1"],
            ["Heater 50 W with thermostat", "HLD-H50", "HLD-H50"],
            ["Door seal", "HLD-DS-20", "HLD-DS-40"],
            ["Hand crank", "HLD-HC-1", "HLD-HC-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kavendry-vx-vacuum-circuit-breaker.pdf", "Kavendry KVD-OM-VX-03 Ed 2 - VX-12 / VX-24", KAVENDRY),
        ("torbrecht-rt-on-load-tap-changer.pdf", "Torbrecht TBR-OM-RT-07 Ed 3 - RT-350 / RT-600", TORBRECHT),
        ("quillmere-qf70-feeder-protection-relay.pdf", "Quillmere QLM-UM-QF70-04 Ed 4 - QF-70", QUILLMERE),
        ("haldmoor-md-disconnector-motor-mechanism.pdf", "Haldmoor HLD-IM-MD-02 Ed 2 - MD-20 / MD-40", HALDMOOR),
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
