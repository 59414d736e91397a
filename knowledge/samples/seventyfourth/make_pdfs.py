"""Generate the PDF manuals of the seventy-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set74venv && /tmp/set74venv/bin/pip install fpdf2 pypdf
    /tmp/set74venv/bin/python knowledge/samples/seventyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Cramvell CGT in-line grip force testers
CRAMVELL = [
    ("title", "Cramvell CGT In-Line Grip Force Testers\nOperation and Maintenance - CGT-60 and CGT-90"),
    (
        "p",
        "Document CMV-OM-CGT-04, Edition 3, June 2024. Cramvell Ropeway Test Systems. The CGT-60 and CGT-90 "
        "measure the clamping force of every detachable grip each time its carrier leaves the station. The tester "
        "sits on the departure side of the station, just after the grip has closed on the haul rope. A measuring "
        "rail lifts the grip's operating roller by the test stroke; this compresses the grip springs by a fraction "
        "of a millimetre without letting the jaws leave the rope, and two load cells under the rail measure the "
        "roller force. The tester converts the roller force into the clamping force of the grip, compares it with "
        "the limits set for the grip type and reports to the ropeway control through two relay contacts. Apart from "
        "the measuring range, the rail and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The grips themselves, their nominal clamping force, their lever ratio and their overhaul are covered by the "
        "grip maker's documents. What the ropeway control does when the tester opens a relay (which stop, which "
        "brake) is set out in the control system's documentation. The tester does not replace the grip "
        "inspections and non-destructive tests required by the authority and the grip maker.",
    ),
    (
        "warn",
        "WARNING: Never step onto the measuring rail or reach between rail and carrier while the lift is running. "
        "Lock the lift out according to the ropeway's operating rules before any work on the rail.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CGT-60", "CGT-90"],
            ["Clamping force measuring range", "15-60 kN", "25-90 kN"],
            ["Roller force range of the load cells", "0-12 kN", "0-18 kN"],
            ["Load cells under the rail", "2 x 10 kN", "2 x 15 kN"],
            ["Grip lever ratio k, settable per grip type", "3.0-8.0", "3.0-8.0"],
            ["Measuring rail length", "1200 mm", "1600 mm"],
            ["Test stroke (roller lift above the closed grip position)", "2.0 mm", "2.5 mm"],
            ["Carrier speed through the tester", "1.0-6.0 m/s", "1.0-5.0 m/s"],
            ["Accuracy of the clamping force (see conditions below)", "±1.5 % of full scale (±0.9 kN)",
             "±1.5 % of full scale (±1.35 kN)"],
            ["Resolution", "0.1 kN", "0.1 kN"],
            ["Carriers per rope loop held in the log", "up to 400", "up to 400"],
            ["Supply, including cabinet heating 2 x 200 W", "230 V 50 Hz, 600 W", "230 V 50 Hz, 600 W"],
            ["Operating temperature", "-30 to +40 °C", "-30 to +40 °C"],
            ["Mass of the measuring rail assembly", "85 kg", "118 kg"],
            ["Outputs to the ropeway control", "2 relay contacts (warning, stop), 24 V DC",
             "2 relay contacts (warning, stop), 24 V DC"],
            ["Protection class, rail / cabinet", "IP65 / IP54", "IP65 / IP54"],
        ],
        (78, 46, 46),
    ),
    (
        "p",
        "The clamping force is worked out as F_clamp = k x F_roller, where k is the lever ratio of the grip type "
        "taken from the grip maker's data sheet. Example: a roller force of 7.5 kN on a grip with k = 5.6 gives "
        "42.0 kN. The accuracy in the table holds only after a calibration check within the last 12 months, with "
        "the measuring rail free of ice and snow and with the carrier speed inside the range of the table. At a "
        "carrier speed outside the range the tester shows '---' for that carrier and does not judge the grip.",
    ),
    ("h", "2. Limits and settings"),
    (
        "cols",
        [
            ("h", "Nominal clamping force"),
            (
                "p",
                "The nominal clamping force F_nom is entered for each grip type from the grip maker's data. The "
                "tester has no value of its own for it and Cramvell cannot supply one.",
            ),
            ("h", "Warning limit"),
            (
                "p",
                "Default 95 % of F_nom, settable 92-98 %. A reading below the warning limit closes the warning "
                "relay and shows WARN with the carrier number. Take that carrier off the line at the end of the "
                "operating day and have the grip checked to the grip maker's manual. A carrier below the warning "
                "limit on three passes in a row is treated as below the stop limit.",
            ),
            ("h", "Stop limit"),
            (
                "p",
                "Default 90 % of F_nom, settable 85-93 %, and never above the warning limit. A reading below the "
                "stop limit opens the stop relay; the ropeway control then stops the lift. Remove the carrier "
                "from the line before the lift is restarted.",
            ),
            ("h", "Upper limit"),
            (
                "p",
                "A reading above 110 % of F_nom gives a warning: a wrong grip type assigned to the carrier, a "
                "lever that binds or a spring pack assembled wrongly.",
            ),
            ("h", "Trend"),
            (
                "p",
                "A carrier whose reading falls more than 4 % below its own mean of the last 50 passes gets a trend "
                "message T in the log. The trend message never stops the lift.",
            ),
            ("h", "Zero"),
            (
                "p",
                "Between two carriers the unloaded rail must read within 0.2 kN (CGT-60) or 0.3 kN (CGT-90) of "
                "zero. The tester re-zeros itself in every gap longer than 4 s; a larger offset gives G09.",
            ),
            ("h", "Cold"),
            (
                "p",
                "Below -30 °C in the cabinet the tester switches to bypass and shows G05. Whether the lift may "
                "then run, and how the grips are to be tested meanwhile, is laid down in the ropeway's operating "
                "rules, not in this manual.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Left load cell signal out of range", "Cable or plug damaged, or the cell overloaded. Check "
             "the cable at the junction box; replace the cell (section 7)."],
            ["G02", "Right load cell signal out of range", "As G01, right cell."],
            ["G03", "Left and right cells disagree", "The two cells differ by more than 15 % on 10 carriers in a "
             "row: rail not level or ice under one cell. Clean, then check the rail height."],
            ["G04", "Speed signal missing", "Inductive speed sensor on the rail; gap to the target must be "
             "3-5 mm. All carriers show '---'."],
            ["G05", "Cabinet too cold", "Cabinet below -30 °C or heater failed. Tester in bypass."],
            ["G06", "Carrier count mismatch", "Reference carrier (carrier 1, magnet target) not seen at the "
             "expected count. The count re-synchronises on its next pass."],
            ["G07", "Calibration overdue", "More than 12 months since the last calibration check (section 6)."],
            ["G09", "Zero drift", "Unloaded offset above 0.2 kN (CGT-60) or 0.3 kN (CGT-90). Clean the rail, "
             "then MENU > SERVICE > ZERO."],
            ["G10", "Relay feedback fault", "The ropeway control did not confirm a relay state. The lift must "
             "not carry passengers until the fault is cleared."],
            ["G11", "Log memory full", "Export the log to USB (MENU > LOG > EXPORT)."],
            ["G12", "Supply voltage low", "Supply below 200 V for more than 10 s."],
        ],
        (16, 52, 102),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["All carriers read 5-10 % low after a snowfall or a cold night",
             "Ice or packed snow under the rail or on the load cells",
             "Stop, de-ice the rail and the cells with warm air (never with a hammer), check the zero"],
            ["One carrier always reads low but stays above the stop limit",
             "Tired grip springs or a worn lever bearing on that grip",
             "Report the carrier number to the technical manager; the grip is checked to the grip maker's manual"],
            ["Readings of the same carrier scatter by more than ±3 % from pass to pass",
             "Rail bolts loose, roller worn flat, or speed at the top of the range",
             "Tighten the rail bolts to 85 Nm, check the roller, run at a lower speed to compare"],
            ["Readings creep up during the first hour of the day",
             "Electronics cold: cabinet heater failed or its thermostat set wrong",
             "Check both 200 W heaters and the thermostat (set to +5 °C)"],
            ["Every carrier shows '---'",
             "Carrier speed outside the range, or speed sensor fault (G04)",
             "Check the speed sensor gap of 3-5 mm and the lift speed"],
            ["Stop relay opens though no carrier is below the stop limit",
             "Relay feedback or wiring fault (G10)",
             "Check the relay module and the wiring to the ropeway control"],
        ],
        (55, 55, 60),
    ),
    ("h", "5. Daily stop test"),
    (
        "p",
        "Before the lift opens to the public, prove that a low grip stops the lift.",
    ),
    (
        "ol",
        [
            "Run the lift empty at its normal operating speed.",
            "On the tester panel select MENU > TEST > STOP TEST.",
            "Enter the number of a carrier that is about to leave the station.",
            "The tester treats that carrier's reading as below the stop limit: the stop relay must open and the "
            "lift must stop.",
            "Check that the log shows TEST STOP with the carrier number.",
            "Press RESET on the tester panel and restart the lift from the control desk.",
            "Record the test in the daily logbook. If the lift did not stop, it must not carry passengers until "
            "the fault is found.",
        ],
    ),
    ("h", "6. Calibration check"),
    (
        "p",
        "Every 12 months or after replacing a load cell, whichever comes first. You need the calibration frame "
        "with its hydraulic hand pump and reference gauge (CMV-CF-60 for the CGT-60, CMV-CF-90 for the CGT-90).",
    ),
    (
        "ol",
        [
            "Stop the lift and lock it out according to the ropeway's operating rules.",
            "Clean the rail and the load cells and remove all ice.",
            "Fit the calibration frame across the rail at the centre mark.",
            "Zero the tester: MENU > SERVICE > ZERO.",
            "With the hand pump apply the three check loads, read on the reference gauge: 3, 6 and 9 kN "
            "(CGT-60) or 5, 10 and 15 kN (CGT-90).",
            "At each load the roller force shown by the tester must agree with the reference gauge within 1 % "
            "of the roller force range: 0.12 kN (CGT-60) or 0.18 kN (CGT-90).",
            "If any point is outside, select MENU > SERVICE > SPAN, follow the screen and repeat step 5.",
            "Release the pump, remove the frame and enter the date of the check; G07 clears.",
        ],
    ),
    ("h", "7. Replacing a load cell"),
    (
        "ol",
        [
            "Lock the lift out. Remove the rail cover (6 screws).",
            "Unplug the cell cable at the junction box and note its terminal numbers.",
            "Undo the four M12 bolts and lift the cell out.",
            "Fit the new cell, CMV-LC-10 (CGT-60) or CMV-LC-15 (CGT-90), and tighten the bolts to 60 Nm.",
            "Set the rail height with the setting gauge so that the roller lift equals the test stroke, 2.0 mm "
            "(CGT-60) or 2.5 mm (CGT-90).",
            "Reconnect the cable, zero the tester and carry out the calibration check (section 6).",
        ],
    ),
    ("h", "8. Entering a new grip type"),
    (
        "ol",
        [
            "Select MENU > GRIPS > NEW.",
            "Enter the grip type name as written in the grip maker's data.",
            "Enter the lever ratio k (3.0-8.0) and the nominal clamping force F_nom from the grip maker's data sheet.",
            "Check the warning and stop limits (default 95 % and 90 %).",
            "Assign the grip type to the carrier numbers that carry it.",
            "Run one full loop empty and check that every carrier reads between 95 % and 110 % of F_nom.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily, before opening", "Stop test (section 5); look at the rail for ice and snow"],
            ["Weekly", "Clean the rail and the load cells; check the zero (0.2 kN CGT-60, 0.3 kN CGT-90)"],
            ["Monthly", "Check the rail bolts (85 Nm) and the roller contact strip for wear; export the log"],
            ["12 months or after replacing a load cell, whichever comes first", "Calibration check (section 6)"],
            ["Before each winter season", "Check both cabinet heaters, the thermostat and the door seal"],
            ["When the wear strip is worn to 3 mm (new 6 mm)", "Replace the rail wear strip"],
        ],
        (70, 100),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "The tester is a monitoring aid. A carrier that passes the tester is not thereby proved safe; the grip "
            "inspections of the grip maker and the authority still apply.",
            "Never raise the stop limit above the warning limit, and never lower the limits to keep a low carrier "
            "on the line.",
            "Only persons trained by Cramvell or by the ropeway's technical manager may change limits or grip types.",
            "Keep the calibration frame's hand pump below 200 bar; its relief valve is set at 210 bar.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CGT-60", "CGT-90"],
            ["Load cell", "CMV-LC-10", "CMV-LC-15"],
            ["Rail wear strip", "CMV-WS-12", "CMV-WS-16"],
            ["Inductive speed sensor", "CMV-SS-1", "CMV-SS-1"],
            ["Calibration frame with hand pump and gauge", "CMV-CF-60", "CMV-CF-90"],
            ["Cabinet heater 200 W", "CMV-HT-200", "CMV-HT-200"],
            ["Relay module", "CMV-RM-2", "CMV-RM-2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hochmarr HDS ropeway main drives
HOCHMARR = [
    ("title", "Hochmarr HDS Ropeway Main Drives\nMain Drive and Service Brake - HDS-315 and HDS-500"),
    (
        "p",
        "Document HMR-OM-HDS-07, Edition 2, March 2024. Hochmarr Drive Systems. The HDS-315 and HDS-500 are main "
        "drive units for detachable chairlifts and gondolas. Each consists of a squirrel-cage motor fed by a "
        "frequency converter, a bevel-helical gearbox with a vertical output shaft carrying the drive bullwheel, "
        "and a service brake: two spring-applied, hydraulically released calipers acting on a disc on the motor "
        "shaft. Apart from the power, the bullwheel, the brake disc and the items named in this manual, the two "
        "models are built alike.",
    ),
    (
        "p",
        "Not covered here: the emergency brake acting on the bullwheel rim (Hochmarr document HMR-OM-EB-03), the "
        "auxiliary diesel drive and the rope tensioning system (their makers' manuals), the safety circuit of the "
        "ropeway control (the control system maker's documents) and the acceptance tests with load, which are "
        "carried out as the authority requires. The converter parameters are set by Hochmarr service at "
        "commissioning and must not be changed by site staff.",
    ),
    (
        "warn",
        "WARNING: Work on the service brake only with the emergency brake applied and the drive locked out. Never "
        "release both brakes while the rope is under load, except for an evacuation drive carried out as laid down "
        "in the ropeway's rescue plan.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HDS-315", "HDS-500"],
            ["Motor rated power", "315 kW", "500 kW"],
            ["Motor voltage and rated current", "690 V, 316 A", "690 V, 501 A"],
            ["Motor rated speed", "1490 rpm", "1490 rpm"],
            ["Gearbox ratio", "i = 65.0", "i = 72.8"],
            ["Drive bullwheel pitch diameter", "5.0 m", "5.6 m"],
            ["Maximum rope speed", "6.0 m/s", "6.0 m/s"],
            ["Rated output torque at the bullwheel shaft", "126 kNm", "224 kNm"],
            ["Gearbox oil, synthetic PAO ISO VG 320", "180 L", "260 L"],
            ["Service brake disc (diameter x thickness)", "800 x 30 mm", "1000 x 30 mm"],
            ["Spring force per caliper", "8 kN", "10 kN"],
            ["Nominal service brake torque on the motor shaft (friction coefficient 0.4, two calipers)",
             "4.6 kNm", "7.4 kNm"],
            ["Brake release pressure", "110 bar", "130 bar"],
            ["Pressure switch 'brake released'", "95 bar", "115 bar"],
            ["Brake hydraulic unit oil, HVLP 15", "8 L", "8 L"],
            ["Mass of motor, gearbox and brake", "9.8 t", "14.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated torque and the maximum rope speed hold only with the gearbox oil between 10 °C and 85 °C. With "
        "colder oil the converter limits the rope speed to 3.0 m/s (message D03) until the oil has warmed up.",
    ),
    ("h", "2. Limits and settings"),
    (
        "cols",
        [
            ("h", "Service brake deceleration"),
            (
                "p",
                "Empty or loaded, uphill or downhill, a stop on the service brake alone must give a mean "
                "deceleration between 0.5 m/s² and 1.2 m/s². The stopping distance follows from s = v² / (2 a): "
                "from the full 6.0 m/s it must lie between 15 m and 36 m. For tests at other speeds use the "
                "formula.",
            ),
            ("h", "Brake timing"),
            (
                "p",
                "From the trip signal to full brake torque: no more than 0.4 s. On a normal stop the converter "
                "ramps down and the brake applies only below 0.1 m/s, as a holding brake.",
            ),
            ("h", "Air gap and linings"),
            (
                "p",
                "Air gap between lining and disc with the brake released: 1.0 mm each side with new linings; "
                "adjust when it exceeds 1.5 mm. Lining thickness new 12 mm, minimum 5 mm. The wear switch of each "
                "caliper signals at 6 mm (D07): change the linings within 100 operating hours after D07 appears. "
                "Brake disc minimum thickness 27 mm.",
            ),
            ("h", "Gearbox"),
            (
                "p",
                "Oil temperature warning 85 °C, stop 95 °C. Starting is allowed with the oil above -20 °C; the 2 kW "
                "oil heater switches on below +5 °C. Housing vibration (velocity, rms): warning above 4.5 mm/s, "
                "stop above 7.1 mm/s.",
            ),
            ("h", "Motor"),
            (
                "p",
                "Winding temperature (PT100): warning 140 °C, stop 155 °C.",
            ),
            ("h", "Speed monitoring"),
            (
                "p",
                "Overspeed: rope speed above 110 % of the set speed stops the drive and also trips the emergency "
                "brake. Rope slip: if the rope speed measured on the deflection sheave and the bullwheel speed "
                "differ by more than 3 %, the drive stops (D11).",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Converter fault", "See the converter display and the converter maker's manual."],
            ["D02", "Motor overtemperature", "Winding above 155 °C. Check the motor fan and the air inlet."],
            ["D03", "Gearbox oil cold", "Oil below 10 °C: speed limited to 3.0 m/s until warm."],
            ["D04", "Gearbox oil hot", "Warning at 85 °C, stop at 95 °C. Check oil level and cooler."],
            ["D05", "Brake not released", "Pressure below 95 bar (HDS-315) or 115 bar (HDS-500) within 3 s "
             "of the release command."],
            ["D06", "Brake not applied", "Pressure switch still shows 'released' 1 s after the apply command. "
             "Lift must not run."],
            ["D07", "Lining wear", "Wear switch at 6 mm lining. Change the linings within 100 operating hours."],
            ["D08", "Brake oil level low", "Top up with HVLP 15; look for leaks at the calipers."],
            ["D10", "Overspeed", "Rope speed above 110 % of the set speed. Emergency brake also trips."],
            ["D11", "Rope slip", "Rope and bullwheel speeds differ by more than 3 %. Check the bullwheel "
             "liner and the rope tension."],
            ["D12", "Encoder fault", "Motor encoder signal lost or implausible."],
            ["D13", "Gearbox vibration", "Above 7.1 mm/s. Do not restart before the cause is known."],
            ["D14", "Brake test due", "More than 7 days since the last stopping distance test."],
        ],
        (16, 46, 108),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["D05 at the first start on cold mornings, fine later",
             "Brake oil thick: the unit heater has failed or is switched off",
             "Check the brake unit heater; the pressure must reach the release pressure within 3 s"],
            ["Stopping distance from full speed longer than 36 m",
             "Linings glazed or oily, air gap too large, or a weak spring pack",
             "Clean or change the linings, set the air gap (section 5), check the spring force"],
            ["Brake squeals, smell of hot linings after a run",
             "Brake dragging: release pressure too low, caliper piston sticking",
             "Check the release pressure at the calipers; free the piston"],
            ["Gearbox oil climbs above 80 °C on warm days at full load",
             "Oil level low, cooler fins dirty or cooler fan stopped",
             "Check the level, clean the cooler, check the fan"],
            ["Jerk when the lift starts",
             "Brake releasing late against the starting torque",
             "Check the release time; the pressure switch must change within 3 s"],
            ["Knock from the gearbox once per bullwheel revolution",
             "Damage in the output stage",
             "Stop; do not run the lift; call Hochmarr service"],
        ],
        (55, 57, 58),
    ),
    ("h", "5. Checking and adjusting the brake air gap"),
    (
        "ol",
        [
            "Stop the lift, apply the emergency brake and lock the drive out.",
            "Release the service brake with the hand pump of the brake unit: 110 bar (HDS-315) or 130 bar "
            "(HDS-500).",
            "Measure the gap between lining and disc on both sides of each caliper with feeler gauges, at the top "
            "and at the bottom of the lining.",
            "The gap should be 1.0 mm each side. If it is more than 1.5 mm on either side, adjust it.",
            "Loosen the lock nut, turn the adjusting sleeve until the gap is 1.0 mm, and tighten the lock nut to "
            "120 Nm.",
            "Release the hand pump pressure: the brake applies and the pressure switch must change state.",
            "Repeat on the second caliper and enter the gaps in the brake log.",
        ],
    ),
    ("h", "6. Stopping distance test"),
    (
        "p",
        "Weekly (D14) and after any work on the service brake.",
    ),
    (
        "ol",
        [
            "Run the lift empty at full speed, 6.0 m/s.",
            "On the drive panel select BRAKE TEST; the drive control records speed and distance from the encoder.",
            "Press the service stop button: the converter switches off and the service brake applies alone.",
            "Read the stopping distance and the mean deceleration on the panel.",
            "The result is acceptable between 0.5 and 1.2 m/s², that is 15 m to 36 m from 6.0 m/s.",
            "Enter the result in the brake log; D14 clears. Tests with load are made only as the authority requires.",
        ],
    ),
    ("h", "7. Replacing the brake linings"),
    (
        "ol",
        [
            "Lock out as in section 5, step 1, and release the brake with the hand pump.",
            "Remove the retaining plates and pull the worn linings out sideways.",
            "Fit new linings, HMR-BL-800 (HDS-315) or HMR-BL-1000 (HDS-500). Always change the linings of both "
            "calipers together.",
            "Set the air gap to 1.0 mm (section 5).",
            "Bed the linings in: 10 stops from 1.0 m/s with the lift empty.",
            "Check the air gap again and carry out a stopping distance test (section 6).",
        ],
    ),
    ("h", "8. Changing the gearbox oil"),
    (
        "p",
        "Every 10000 operating hours or 2 years, whichever comes first.",
    ),
    (
        "ol",
        [
            "Run the lift until the oil is at 40-60 °C, then stop and lock out.",
            "Drain the oil through the drain valve into a clean container.",
            "Flush with 20 L of fresh oil and drain again.",
            "Fill with 180 L (HDS-315) or 260 L (HDS-500) of synthetic PAO oil ISO VG 320.",
            "Wait 10 min and check that the level is at the middle mark of the sight glass.",
            "Replace the breather filter HMR-BF-1.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Look for oil leaks at gearbox and calipers; listen to the gearbox at start-up"],
            ["Weekly", "Air gap check (section 5) and stopping distance test (section 6)"],
            ["Monthly", "Lining thickness, disc surface, brake oil level, gearbox vibration reading"],
            ["Every 2000 operating hours or at the start of each season", "Oil sample from the gearbox to a "
             "laboratory; replace the brake unit return filter HMR-RF-10"],
            ["10000 operating hours or 2 years, whichever comes first", "Change the gearbox oil (section 8)"],
            ["5 years", "Replace the caliper spring packs"],
        ],
        (70, 100),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Never stand between the bullwheel and the station structure while the drive can be started.",
            "Hot oil: let the gearbox cool below 60 °C before opening the drain valve.",
            "Keep brake discs and linings free of oil and grease; replace linings that have been soaked in oil.",
            "After any brake work the lift carries passengers only after a stopping distance test within the limits.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HDS-315", "HDS-500"],
            ["Brake lining set (one caliper)", "HMR-BL-800", "HMR-BL-1000"],
            ["Caliper spring pack", "HMR-SP-8", "HMR-SP-10"],
            ["Pressure switch 'brake released'", "HMR-PS-95", "HMR-PS-115"],
            ["Gearbox breather filter", "HMR-BF-1", "HMR-BF-1"],
            ["Brake unit return filter", "HMR-RF-10", "HMR-RF-10"],
            ["Motor encoder", "HMR-EN-2048", "HMR-EN-2048"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Vendhalm WW-45 piste machine winch
VENDHALM = [
    ("title", "Vendhalm WW-45 Winch for Piste Machines\nOperator and Maintenance Manual"),
    (
        "p",
        "Document VDH-OM-WW45-02, Edition 4, October 2024. Vendhalm Winch Technology. The WW-45 is a hydraulic "
        "rope winch mounted behind the cab of a tracked piste machine. Tethered to an anchor at the top of a slope, "
        "it holds a set rope force while the machine grooms steep slopes, uphill and downhill. The rope runs from "
        "the drum over a boom that slews freely through 360°. The winch is driven by the piste machine's hydraulic "
        "system; the vehicle, its hydraulic pump, its hydraulic oil and its controls are described in the piste "
        "machine maker's manual. Anchor points are provided, rated and marked by the ski area.",
    ),
    (
        "warn",
        "WARNING: A rope under tension can cut, whip or lift off the snow without warning. Nobody may stand in the "
        "rope's path or between rope and machine. Slopes with winch work must be closed to the public as the ski "
        "area decides.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WW-45"],
            ["Rope force, set point range", "0.5-4.5 t (4.9-44.1 kN)"],
            ["Rope", "11.5 mm, compacted strands, galvanised, 1050 m"],
            ["Rope minimum breaking force", "132 kN"],
            ["Usable rope length (to the red end marking)", "1000 m"],
            ["Rope speed, paying out and hauling in", "0-5.6 m/s (0-20 km/h)"],
            ["Drum core diameter", "380 mm"],
            ["Hydraulic supply from the piste machine", "closed circuit, up to 420 bar, up to 160 L/min"],
            ["Drum brake release pressure", "at least 18 bar"],
            ["Drum gearbox", "planetary, gear oil 80W-90 GL-5, 4.5 L"],
            ["Mass without rope / rope 1050 m", "1650 kg / 610 kg"],
            ["Operating temperature", "-35 to +20 °C"],
            ["Hydraulic oil temperature for the full rope force", "30-80 °C"],
        ],
        (85, 85),
    ),
    (
        "p",
        "The rope minimum breaking force is three times the maximum rope force (3 x 44.1 kN = 132 kN). The full "
        "rope force of 4.5 t is available only with the hydraulic oil between 30 °C and 80 °C; below 30 °C the "
        "force is limited to 3.0 t and the display shows W02 until the oil is warm.",
    ),
    ("h", "2. Limits and settings"),
    (
        "cols",
        [
            ("h", "Rope force"),
            (
                "p",
                "Set in steps of 0.1 t on the cab terminal. The winch holds the set force within ±10 % while the "
                "machine travels at up to 10 km/h, and within ±20 % above 10 km/h. Start each run at no more than "
                "1.0 t and raise the force once the rope runs straight over the boom.",
            ),
            ("h", "Anchor"),
            (
                "p",
                "The anchor must hold at least 132 kN, the rope's minimum breaking force. Vendhalm does not rate "
                "anchors; the ski area has them designed, tested and marked.",
            ),
            ("h", "Rope end"),
            (
                "p",
                "At least 5 full turns must stay on the drum. The red marking at 1000 m paid out stops paying out "
                "(W05); only HAUL IN is then possible.",
            ),
            ("h", "Rope discard"),
            (
                "p",
                "Discard the rope, or the damaged length, when any of these is found: 4 or more broken wires over "
                "a length of 6 x d (69 mm); 8 or more broken wires over 30 x d (345 mm); the diameter reduced to "
                "10.4 mm (10 % below nominal) at any point; a kink, a birdcage, crushing or heat damage. In "
                "addition, replace the whole rope after 1500 winch operating hours or 3 seasons, whichever comes "
                "first.",
            ),
            ("h", "Shortening"),
            (
                "p",
                "A rope damaged within its outer 100 m may be shortened and re-terminated as long as at least 800 m "
                "remain. Pressing a new end sleeve is done only by Vendhalm service or a rope workshop approved by "
                "Vendhalm; it is not described in this manual.",
            ),
            ("h", "Spooling"),
            (
                "p",
                "Rope wound under less than 0.5 t lies loose on the drum and is crushed by the next layers. Never "
                "wind more than 200 m at a force below 1.0 t.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Rope force sensor fault", "Pressure transducer signal lost. The winch holds the drum with "
             "the brake; drive back to the anchor with the rope slack and call service."],
            ["W02", "Hydraulic oil cold", "Oil below 30 °C: force limited to 3.0 t. Warm up the machine."],
            ["W03", "Hydraulic oil hot", "Oil above 90 °C: winch stops. Check the vehicle's oil cooler."],
            ["W04", "Rope slack", "Drum turns but the rope force is near zero: rope loose on the drum. Stop "
             "and rewind under tension (section 6)."],
            ["W05", "End of rope", "Red marking reached at 1000 m. Haul in only."],
            ["W07", "Boom slewing sensor", "Angle signal lost; the boom still slews freely."],
            ["W08", "Drum brake not released", "Brake pressure below 18 bar. Check the brake valve."],
            ["W09", "Rope length counter", "Counter signal lost; the end marking must then be watched by eye."],
            ["W10", "Force deviation", "Actual force differs from the set force by more than 20 % for 5 s."],
            ["W11", "CAN fault", "No communication with the piste machine control."],
        ],
        (16, 44, 110),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Rope force hunts and jerks at slow travel",
             "Air in the winch circuit, force sensor faulty or drum brake dragging",
             "Bleed the circuit, check the sensor signal, check the brake release pressure"],
            ["Rope lies loose and crosses over itself on the drum",
             "Rope wound under too little force",
             "Pay out and rewind the affected length under at least 1.0 t"],
            ["Machine is pulled back up the slope when driving downhill",
             "Set force too high for the slope and the snow",
             "Reduce the set force in steps of 0.2 t"],
            ["Rope flattened at the same place again and again",
             "Boom roller seized, or the machine driven over the rope",
             "Free or replace the boom roller; never drive over the rope"],
            ["W02 still shown after 30 min of work",
             "Oil not warming: the vehicle's hydraulic heating or thermostat",
             "See the piste machine maker's manual"],
            ["Oil on the drum flange",
             "Drum gearbox seal leaking",
             "Check the gearbox level; fit seal kit VDH-SK-45"],
        ],
        (55, 55, 60),
    ),
    ("h", "5. Connecting to an anchor"),
    (
        "ol",
        [
            "Check that the anchor is marked as approved by the ski area and free of ice.",
            "Stop the machine 3-5 m below the anchor with the boom pointing at it.",
            "Switch the winch to FREE and pull the rope out over the boom by hand.",
            "Fit the rope end shackle VDH-SH-12 to the anchor, screw the pin home and secure it with the split pin.",
            "Set the rope force to 1.0 t and switch to AUTO.",
            "Drive off slowly and watch the rope run over the boom roller.",
            "Raise the force to the value needed for the slope.",
        ],
    ),
    ("h", "6. Winding on a new rope"),
    (
        "ol",
        [
            "Lay the new rope out straight and untwisted down a groomed slope, full length (1050 m).",
            "Fix the inner end in the drum clamp and tighten the three clamp bolts to 95 Nm.",
            "Wind 10 turns by hand control at low speed and check that they lie tight side by side.",
            "Fasten the outer end to an approved anchor with the shackle.",
            "Drive the machine slowly up towards the anchor with the winch in AUTO at 1.5 t, so that the whole rope "
            "is wound under tension.",
            "After the first 10 operating hours pay out the rope on a slope and rewind it under 2.0 t.",
            "Enter the rope's certificate number and the date in the rope log.",
        ],
    ),
    ("h", "7. Daily rope check"),
    (
        "ol",
        [
            "Before each shift pay out the first 100 m on the flat and look at them at walking pace.",
            "Check the end sleeve and the shackle for cracks and wear.",
            "Measure the diameter at three places with a caliper, turning it by 90° between readings.",
            "Compare with the discard criteria (section 2) and write the readings in the rope log.",
        ],
    ),
    ("h", "8. Working on the slope and end of season"),
    (
        "p",
        "The rope force needed depends on the slope, the snow and the direction of travel: start low and raise "
        "the force until the tracks neither spin nor are pulled backwards. The steepest slope on which the machine "
        "may work with the winch is set by the piste machine maker and the ski area; the WW-45 has no slope limit "
        "of its own. Keep the rope as straight as possible between anchor and boom; where it must run over a "
        "ridge or past a lift tower, the ski area marks the line and fits rope guides.",
    ),
    (
        "p",
        "The winch is connected to the piste machine by four hoses (two working lines, case drain and brake line) "
        "and one CAN cable. Connecting, bleeding and changing these hoses are described in the piste machine "
        "maker's manual. At the end of the season wind the rope in completely under at least 1.0 t, grease it "
        "with the rope lubricant named in the rope certificate, lock the boom with the locking pin VDH-LP-3 and "
        "store the machine under cover.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Daily rope check (section 7); boom roller turns freely"],
            ["50 operating hours", "Grease the boom slewing ring and the roller bearings (6 strokes each)"],
            ["500 operating hours or each season, whichever comes first",
             "Change the drum gearbox oil: 4.5 L of 80W-90 GL-5"],
            ["Each season", "Check the drum clamp bolts (95 Nm) and the shackle; test the W05 end stop"],
            ["1500 winch operating hours or 3 seasons, whichever comes first", "Replace the rope"],
        ],
        (70, 100),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Mark the rope's path with warning signs or lights as the ski area's rules require.",
            "Never drive over the rope and never let the rope run across the track downhill of the machine.",
            "Never use the winch to tow vehicles, to lift loads or to pull out a stuck machine.",
            "Never touch the rope or the boom while the drum can turn.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rope 11.5 mm x 1050 m with end sleeve", "VDH-R-1150"],
            ["Rope end shackle", "VDH-SH-12"],
            ["Boom roller with bearings", "VDH-BR-22"],
            ["Rope force pressure transducer", "VDH-PT-450"],
            ["Drum gearbox seal kit", "VDH-SK-45"],
            ["Drum clamp bolt set", "VDH-CB-16"],
            ["Boom locking pin", "VDH-LP-3"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Lumarek LSM-4 splice monitoring system
LUMAREK = [
    ("title", "Lumarek LSM-4 Haul Rope Splice Monitoring System\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document LMK-OM-LSM4-01, Edition 2, January 2025. Lumarek Rope Monitoring. The LSM-4 watches the long "
        "splices of the haul rope of a ropeway while the lift runs. A measuring head in the station, where the "
        "rope runs straight and steady, holds four line-scan cameras around the rope and two laser micrometers. On "
        "every pass of a splice it measures the position of each tuck (the points where a pair of strand ends is "
        "tucked into the rope core), the splice length from the first to the last tuck and the rope diameter over "
        "the splice, and compares them with the reference taken after the splice was made.",
    ),
    (
        "p",
        "The LSM-4 does not count broken wires and does not replace the visual splice inspections or the magnetic "
        "rope tests required by the authority. Making or remaking a splice is the work of a qualified splicer; "
        "whether a splice must be remade or a rope discarded is decided by the rope expert and the ropeway's "
        "technical manager, not by this system.",
    ),
    (
        "warn",
        "WARNING: The laser micrometers are class 2 lasers: do not stare into the beam. Lock the ropeway out "
        "before opening the head; the rope moves without warning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LSM-4"],
            ["Rope diameters", "22-64 mm"],
            ["Rope speed during a measurement", "0.5-7.0 m/s"],
            ["Splices per rope loop", "up to 6"],
            ["Tuck position accuracy", "±3 mm up to 5 m/s; ±5 mm from 5 to 7 m/s"],
            ["Diameter accuracy (laser micrometers)", "±0.1 mm on a dry rope"],
            ["Cameras", "4 line-scan cameras, 4096 pixels, LED flash lighting"],
            ["Splice detection", "stainless marker band ahead of each splice, confirmed by the tuck pattern"],
            ["Head, dimensions and mass", "620 x 540 x 480 mm, 48 kg"],
            ["Supply", "230 V 50 Hz, 450 W including window heating 2 x 80 W"],
            ["Operating temperature", "-30 to +35 °C"],
            ["Outputs", "2 relay contacts (warning, alarm) to the ropeway control; Ethernet to the LSM server"],
            ["Data kept", "every splice pass for 5 years"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The nominal rope diameter and the rope construction are entered from the rope maker's certificate. Rope "
        "diameter readings are judged only on a dry rope; with a wet, iced or freshly greased rope the head marks "
        "the pass VIS and does not judge it.",
    ),
    ("h", "2. Limits and settings"),
    (
        "cols",
        [
            ("h", "Run-in and reference"),
            (
                "p",
                "A new splice settles during its first hours. The reference may be taken only after the splice has "
                "run for at least 50 operating hours; until then the LSM-4 records but does not judge (status "
                "RUN-IN). The reference is the mean of 10 passes.",
            ),
            ("h", "Tuck position"),
            (
                "p",
                "Warning when a tuck has moved more than 25 mm from its reference position; alarm above 50 mm. "
                "Independently, a tuck whose position changes by more than 10 mm within 24 h gives an alarm, even "
                "if it is still inside 25 mm.",
            ),
            ("h", "Splice length"),
            (
                "p",
                "Warning when the length differs from the reference by more than 0.15 %; alarm above 0.3 %. "
                "Example: a 48 mm rope with a splice of 1300 x d = 62.4 m gives a warning at 94 mm and an alarm at "
                "187 mm.",
            ),
            ("h", "Diameter"),
            (
                "p",
                "Warning when the mean diameter over any 1 m of the splice is more than 4 % below nominal; alarm "
                "more than 7 % below nominal, or a local increase of more than 8 % at a tuck (a strand end "
                "lifting). For a 48 mm rope: warning below 46.1 mm, alarm below 44.6 mm or above 51.8 mm.",
            ),
            ("h", "Visibility"),
            (
                "p",
                "Snow, ice or fog on the windows or on the rope give VIS: the pass is stored but not judged. Three "
                "passes of the same splice in a row without a valid measurement give S05.",
            ),
            ("h", "Relays"),
            (
                "p",
                "What the ropeway control does on a warning or an alarm (message, slow-down or stop) is set in "
                "the control by the ropeway's technical manager. Never take a new reference to clear an alarm.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Camera fault", "Camera number shown. Check the cable; replace the camera (section 8)."],
            ["S02", "Laser micrometer fault", "Laser window dirty or unit failed. Clean, then laser check."],
            ["S03", "Marker band not found", "Band missing, damaged or moved, or the band sensor gap is above "
             "15 mm."],
            ["S04", "Speed out of range", "Rope speed outside 0.5-7.0 m/s during the splice pass."],
            ["S05", "No valid measurement", "Three passes of one splice in a row marked VIS."],
            ["S06", "Window heating fault", "Heater or thermostat; windows mist over in cold weather."],
            ["S08", "Tuck count mismatch", "More or fewer tucks found than taught for that splice."],
            ["S09", "Server connection lost", "Data kept in the head for 30 days."],
            ["S10", "Reference missing", "Splice taught but no reference taken yet."],
            ["S11", "Head too warm", "Inside the head above 50 °C."],
            ["S12", "Clock not synchronised", "Time server not reached for 24 h."],
        ],
        (16, 46, 108),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["All tucks of one splice shift by the same amount in the same direction",
             "The marker band has slipped along the rope",
             "Check the band position against the mark made at fitting; refit it, do not take a new reference"],
            ["Diameter reads high on every splice after freezing rain",
             "Ice on the rope",
             "Passes are marked VIS; wait for the rope to clear"],
            ["S01 at night in cold weather, gone by midday",
             "Window heating failed, condensation inside the head",
             "Check both 80 W window heaters (S06)"],
            ["Splice length of one splice grows slowly over weeks",
             "Tucks slipping in the splice",
             "Report to the technical manager; the splice is inspected by the rope expert"],
            ["S03 after rope work at the station",
             "Marker band removed or damaged",
             "Refit or replace the band (section 5)"],
            ["One tuck jumps by more than 10 mm overnight",
             "Strand end moving",
             "Alarm as set out in section 2; report at once"],
        ],
        (58, 52, 60),
    ),
    ("h", "5. Teaching a new splice"),
    (
        "ol",
        [
            "After the splice has been made and accepted, fit a marker band on the rope 2.0 m ahead of the first "
            "tuck in the running direction: LMK-MB-40 for ropes of 22-40 mm, LMK-MB-64 for 41-64 mm.",
            "Tighten the band screws to 8 Nm and paint a mark on the rope at the band edge.",
            "On the LSM terminal select SPLICE, then NEW; enter the splice number, the nominal rope diameter and "
            "the rope construction.",
            "The splice is in RUN-IN: the LSM-4 records but does not judge.",
            "After at least 50 operating hours select SPLICE, then REFERENCE; the next 10 passes are averaged.",
            "Check the reference report: all tucks found (six for a six-strand rope), splice length as stated by "
            "the splicer.",
            "Sign the report and file it with the splice records.",
        ],
    ),
    ("h", "6. Weekly window cleaning and laser check"),
    (
        "ol",
        [
            "Stop and lock out the ropeway and open the head cover.",
            "Clean the four camera windows and the two laser windows with isopropanol and a lint-free cloth. "
            "Never scrape ice off; use the window heating or warm air below 60 °C.",
            "Put the test cylinder LMK-TC-40 (40.00 mm) into the holder in the centre of the head.",
            "Select SERVICE, then LASER CHECK: the reading must be 40.00 mm ±0.05 mm.",
            "If it is outside, select SERVICE, then LASER CAL, and repeat the check.",
            "Remove the test cylinder, close the cover and restart; the next splice pass must be valid.",
        ],
    ),
    ("h", "7. Splice report for an inspection"),
    (
        "ol",
        [
            "Select SPLICE, then REPORT, and choose the splice and the period.",
            "The report shows each tuck's position, the splice length and the diameter, as trends.",
            "Export it as PDF and CSV to a USB stick, or print it from the LSM server.",
        ],
    ),
    ("h", "8. Replacing a camera"),
    (
        "ol",
        [
            "Lock out, open the head and unplug the camera cable.",
            "Undo the two M6 screws and take the camera out; its focus is set at the factory.",
            "Fit the new camera LMK-CAM-4K, tighten the screws to 4 Nm and plug in the cable.",
            "Put in the test cylinder and select SERVICE, then CAMERA ALIGN. The references are not affected.",
        ],
    ),
    ("h", "9. Installation requirements"),
    (
        "p",
        "The head is mounted where the rope runs free and straight for at least 6 m, away from sheaves, rope "
        "catchers and the grip opening rails, and where the rope moves sideways by no more than ±10 mm in "
        "operation. The head is centred on the rope within ±10 mm and clamped to the station steelwork with the "
        "bracket supplied. The 230 V supply, the cable routes, the Ethernet link to the server room and the "
        "wiring of the two relay contacts into the ropeway control are provided by the site; the relay contacts "
        "are rated 24 V DC, 2 A. The LSM server runs in the server room of the ski area at 10-35 °C.",
    ),
    (
        "p",
        "A marker band is fitted ahead of each splice; the band sensor in the head must sit 8-15 mm from the "
        "band surface. Lumarek commissions the system, teaches the existing splices and trains the staff.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Window cleaning and laser check (section 6)"],
            ["Monthly", "Marker bands tight (8 Nm) and at their painted marks"],
            ["Each season", "Head centred on the rope within ±10 mm; window heaters work"],
            ["Yearly", "Lumarek service inspection of the head and the server"],
            ["After any rope work (shortening, new splice)", "Teach the affected splices again (section 5)"],
        ],
        (70, 100),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "A green status does not mean a splice is fit for service. The splice inspections and the decisions "
            "on splices stay with the rope expert and the authority.",
            "Do not stare into the laser beams; fit the head cover before the ropeway runs.",
            "Never touch the rope or the head while the ropeway is not locked out.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Marker band, ropes 22-40 mm", "LMK-MB-40"],
            ["Marker band, ropes 41-64 mm", "LMK-MB-64"],
            ["Line-scan camera", "LMK-CAM-4K"],
            ["Head window", "LMK-WIN-2"],
            ["Laser micrometer", "LMK-LM-70"],
            ["Test cylinder 40.00 mm", "LMK-TC-40"],
            ["Window heater 80 W", "LMK-HT-80"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("cramvell-cgt-grip-force-tester.pdf", "Cramvell CMV-OM-CGT-04 Ed 3 - CGT-60 / CGT-90", CRAMVELL),
        ("hochmarr-hds-ropeway-drive-and-service-brake.pdf", "Hochmarr HMR-OM-HDS-07 Ed 2 - HDS-315 / HDS-500",
         HOCHMARR),
        ("vendhalm-ww-piste-machine-winch.pdf", "Vendhalm VDH-OM-WW45-02 Ed 4 - WW-45", VENDHALM),
        ("lumarek-lsm-haul-rope-splice-monitor.pdf", "Lumarek LMK-OM-LSM4-01 Ed 2 - LSM-4", LUMAREK),
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
