"""Generate the PDF manuals of the ninety-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set99venv && /tmp/set99venv/bin/pip install fpdf2 pypdf
    /tmp/set99venv/bin/python knowledge/samples/ninetyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
everything else is new.
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



# ---------------------------------------------------------------- Pistavel PR constant current regulators
PISTAVEL = [
    ("title", "Pistavel PR Constant Current Regulators\nOperation and Maintenance - PR-4 and PR-10"),
    (
        "p",
        "Document PST-OM-PR-03, Edition 2, March 2025. Pistavel Airfield Power. The PR-4 (4 kW) and PR-10 (10 kW) "
        "are thyristor-controlled constant current regulators (CCR) for airfield lighting series circuits. They hold "
        "the circuit current at the selected brightness step within the load limits given below. Apart from the "
        "rating, the cooling and the items named for each model, the two regulators are built alike. The airfield "
        "lighting control system (ALCS) that sends the brightness commands, the changeover panel between duty and "
        "standby regulators, the isolating transformers and the lamps are not covered here; see their own "
        "documents. The number of failed lamps allowed in a circuit is set by the aerodrome operator under the "
        "rules of the aviation authority.",
    ),
    (
        "warn",
        "DANGER: The output of a regulator reaches 606 V (PR-4) or 1515 V (PR-10) at full load, and far more on an "
        "open circuit. A series circuit is dangerous at every brightness step. Never open a connection in a series "
        "circuit while the regulator is switched on: the open circuit protection is not a safety device.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PR-4", "PR-10"],
            ["Rated output", "4 kW", "10 kW"],
            ["Maximum output current", "6.6 A", "6.6 A"],
            ["Output voltage at rated output and 6.6 A", "606 V", "1515 V"],
            ["Supply", "400 V 1~ 50 Hz, between two phases", "400 V 1~ 50 Hz, between two phases"],
            ["Input tap links", "380 / 400 / 415 V", "380 / 400 / 415 V"],
            ["Input current at rated output", "12.1 A", "30.2 A"],
            ["Supply fuse", "20 A gG", "40 A gG"],
            ["Efficiency at rated output", "at least 92 %", "at least 92 %"],
            ["Power factor at rated output", "at least 0.90", "at least 0.90"],
            ["Output current accuracy (see the note below the table)", "±0.1 A", "±0.1 A"],
            ["Open circuit trip: 130 % of the rated output voltage for 2 s", "790 V", "1970 V"],
            ["Cooling", "natural convection", "fan, switched on above 45 °C inside the cabinet"],
            ["Ambient temperature", "-20 to +55 °C", "-20 to +55 °C"],
            ["Dimensions W x D x H", "600 x 500 x 1000 mm", "600 x 600 x 1300 mm"],
            ["Mass", "180 kg", "310 kg"],
            ["Insulation fault detector, test voltage", "500 V DC", "500 V DC"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The ±0.1 A accuracy holds on every step only with a circuit load between 30 % and 100 % of the rated "
        "output and a supply voltage within -10 % / +6 % of the tap setting (360-424 V on the 400 V tap). Above "
        "1000 m altitude the rated output falls by 1 % per 100 m. Size a regulator so that the calculated circuit "
        "load is between 50 % and 90 % of its rated output when the circuit is new; this leaves room for ageing "
        "transformers and for lamps added later.",
    ),
    (
        "p",
        "Circuit load (VA) = sum of the lamp ratings (W) / 0.85 + 6.6² x R, where 0.85 is the usual efficiency of "
        "an isolating transformer at full load and R is the loop resistance of the primary cable in ohm (6 mm² "
        "copper: about 3.1 ohm per km of cable). Use the transformer maker's efficiency where it is known.",
    ),
    ("h", "2. Brightness steps"),
    (
        "table",
        [
            ["Step", "5-step mode", "Allowed band", "3-step mode", "Allowed band"],
            ["B1", "2.8 A", "2.7-2.9 A", "4.8 A", "4.7-4.9 A"],
            ["B2", "3.4 A", "3.3-3.5 A", "5.5 A", "5.4-5.6 A"],
            ["B3", "4.1 A", "4.0-4.2 A", "6.6 A", "6.5-6.7 A"],
            ["B4", "5.2 A", "5.1-5.3 A", "-", "-"],
            ["B5", "6.6 A", "6.5-6.7 A", "-", "-"],
        ],
        (26, 36, 36, 36, 36),
    ),
    (
        "p",
        "The step mode (3 or 5 steps) is chosen in the settings menu to match the ALCS. A step current outside its "
        "band for more than 10 s gives F12. The currents are true RMS values: an averaging clamp meter reads low "
        "at the lower steps because of the chopped thyristor waveform.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only electricians trained for airfield lighting series circuits may work on the regulator or the "
            "circuit, under the site's permit-to-work system.",
            "Before any work on the circuit: regulator off, supply isolated and locked, cutout plug removed and "
            "kept by the person doing the work.",
            "Work on the airfield needs the aerodrome operator's clearance; the site's runway and taxiway access "
            "rules apply.",
            "The thyristor module and the capacitors may stay charged for up to 5 min after switch-off.",
        ],
    ),
    ("h", "4. Settings menu"),
    (
        "cols",
        [
            ("h", "Step mode"),
            ("p", "3 or 5 steps. Factory setting: 5 steps. Changing the mode needs the service code."),
            ("h", "Remote control"),
            (
                "p",
                "Parallel 24 V DC inputs on terminals X3 (one input per step plus ON), or RS-485 Modbus RTU on X5, "
                "address 1-247 (factory 1). LOCAL on the selector switch overrides both. If no valid remote "
                "command arrives for 5 s the regulator shows F11 and goes to the fallback step: OFF, last step or "
                "any step; factory setting last step.",
            ),
            ("h", "Insulation fault detector"),
            (
                "p",
                "Measures the insulation resistance of the series circuit to earth at 500 V DC while the regulator "
                "runs. Warning level (F08), factory 20 Mohm; alarm level (F09), factory 5 Mohm; both settable "
                "1-100 Mohm, the warning level always above the alarm level. The reading is shown under MENU > IFD "
                "and updated every 60 s.",
            ),
            ("h", "Lamp failure detector"),
            (
                "p",
                "Counts failed lamps from the change in the output voltage and waveform, to within ±1 lamp in "
                "circuits of 20 lamps or more. Limit settable 1-30 failed lamps, or OFF (factory setting). The "
                "limit for each circuit is given by the aerodrome operator; Pistavel does not recommend one.",
            ),
            ("h", "Protections"),
            (
                "p",
                "Open circuit: output voltage above 130 % of the rated output voltage for 2 s; the regulator "
                "switches off (F01) and stays off until RESET. Overcurrent: above 6.9 A for more than 5 s, or "
                "above 8.3 A at once; the regulator switches off (F02). Both are always active and cannot be set.",
            ),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "F01",
                "Open circuit",
                "Output voltage above 130 % of rated for 2 s: circuit open, cutout plug not fully home or a cable "
                "broken. Find the open point before pressing RESET.",
            ],
            [
                "F02",
                "Overcurrent",
                "Above 6.9 A for 5 s or above 8.3 A: control board or thyristor fault. Restart once only; call "
                "Pistavel service if it returns.",
            ],
            ["F03", "Supply voltage low", "Below 340 V on the 400 V tap. Check the supply and the tap links."],
            ["F04", "Supply voltage high", "Above 440 V on the 400 V tap. Check the supply and the tap links."],
            [
                "F05",
                "Overtemperature",
                "Heatsink above 85 °C: air inlets blocked, ambient too high or (PR-10) fan stopped.",
            ],
            ["F06", "Fan fault", "PR-10 only: no fan current when the fan should run. Check fan fuse F6 (2 A)."],
            [
                "F08",
                "Insulation warning",
                "Circuit insulation below the warning level (factory 20 Mohm). Plan a fault search.",
            ],
            [
                "F09",
                "Insulation alarm",
                "Circuit insulation below the alarm level (factory 5 Mohm). Locate and repair the fault.",
            ],
            ["F10", "Lamp failure", "More failed lamps than the set limit. Replace them, then reset the count."],
            ["F11", "Remote lost", "No valid remote command for 5 s. The regulator goes to the fallback step."],
            [
                "F12",
                "Current out of band",
                "A step current outside its band for 10 s. Check the load; calibrate (section 8).",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lights flicker at B1 and B2 only, steady at the higher steps",
                "Loose or corroded primary connector or a failing isolating transformer; arcing shows most at low "
                "current",
                "Do the insulation test (section 9); at night, look along the circuit at B1 for the lights that "
                "flicker first",
            ],
            [
                "B1 to B4 correct but B5 low (for example 6.3 A), display shows the output at 100 %",
                "Circuit load above the rated output: lamps added, cable longer than planned or transformers of "
                "the wrong size",
                "Measure the output voltage at B5 and compare with 606 V (PR-4) or 1515 V (PR-10); work out the "
                "load (section 1); reduce it or fit a larger regulator",
            ],
            [
                "F05 on hot afternoons",
                "Air inlets blocked, room ventilation off or (PR-10) filter mat clogged",
                "Clean the inlets and the filter mat; check that the fan starts above 45 °C inside",
            ],
            [
                "Insulation reading falls after rain and recovers in dry weather",
                "Water in primary connector kits or in a cable splice",
                "Split the circuit and test each part; replace the wet connector kits",
            ],
            [
                "Regulator ignores the ALCS but works in LOCAL",
                "Selector left in LOCAL, 24 V DC remote supply missing or wrong Modbus address",
                "Check the selector, the 24 V DC at terminals X3 and the address under MENU > COM",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Commissioning"),
    (
        "ol",
        [
            "Check that the supply is isolated and locked off and that the supply fuses are 20 A gG (PR-4) or "
            "40 A gG (PR-10).",
            "Measure the supply voltage and set the input tap links to the nearest tap: 380, 400 or 415 V.",
            "Connect the series circuit to the output terminals through the cutout and tighten the terminals to "
            "12 Nm (M8).",
            "Test the insulation of the series circuit (section 9). A new circuit must read at least 50 Mohm.",
            "Insert the cutout plug fully, close the doors and switch the supply on. The display shows the self-test, "
            "then OFF.",
            "Put the selector in LOCAL and select B1. Check the current with a true-RMS clamp meter on the output "
            "cable.",
            "Step up one step at a time to the top step, checking each current against its band in section 2.",
            "At the top step write the output voltage and the load in % shown on the commissioning sheet.",
            "Set the step mode, the fallback step, the insulation levels and the lamp failure limit agreed with the "
            "aerodrome operator.",
            "Switch the selector to REMOTE and check every step from the ALCS.",
        ],
    ),
    ("h", "8. Calibrating the output current"),
    (
        "ol",
        [
            "Calibrate with the real circuit connected; the load must be at least 30 % of the rated output.",
            "Put the selector in LOCAL and clamp a true-RMS ammeter with an accuracy of 1 % or better on the output "
            "cable. The regulator's own display is not a reference.",
            "Enter MENU > CAL with the service code.",
            "Select the top step (B5, or B3 in 3-step mode) and wait 30 s for the current to settle.",
            "Adjust with the UP and DOWN keys until the ammeter reads 6.60 A ±0.03 A, then press ENTER to store.",
            "Go down one step at a time and repeat for each step, to the step value ±0.03 A.",
            "Leave MENU > CAL, run through all steps up and down and check that each current is within its band.",
            "Record the readings and the meter used, and switch the selector back to REMOTE.",
        ],
    ),
    ("h", "9. Insulation test of the series circuit"),
    (
        "ol",
        [
            "Agree the work with the aerodrome operator; the lights of the circuit are off during the test.",
            "Switch the regulator off, open the supply isolator and lock it.",
            "Wait 5 min, then pull the cutout plug: this disconnects both circuit leads from the regulator.",
            "Connect a 1000 V insulation tester between one circuit lead and the earth bar.",
            "Test at 1000 V DC for 60 s and read the value at the end of the minute.",
            "Discharge the circuit to earth for at least 60 s before touching the leads.",
            "Judge the result: a new circuit at least 50 Mohm; below 20 Mohm plan a fault search; below 5 Mohm do "
            "not put the circuit back in service until the fault is repaired.",
            "Refit the cutout plug fully, remove the lock and switch on.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily (airfield operations)",
                "Check that the circuit answers the ALCS on all steps and that no F code is shown",
            ],
            [
                "Monthly",
                "Read the step currents and the insulation reading on the display; record them and compare with the "
                "month before",
            ],
            [
                "6 months",
                "Clean the air inlets; PR-10: clean the filter mat, replace it if torn; look for heat discoloration "
                "on the terminals",
            ],
            [
                "12 months",
                "Calibrate the output current (section 8); insulation test (section 9); tighten the power terminals "
                "to 12 Nm (M8) and 20 Nm (M10); check the surge arrester indicators",
            ],
            [
                "5 years or 30 000 fan hours, whichever comes first",
                "PR-10: replace the fan PST-FA-10 and the filter mat PST-FM-10",
            ],
            ["10 years", "Pistavel service: capacitors, thyristor module and control board check"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PR-4", "PR-10"],
            ["Control board", "PST-CB-20", "PST-CB-20"],
            ["Display and keypad", "PST-DK-20", "PST-DK-20"],
            ["Thyristor module (fitted by Pistavel service only)", "PST-TM-40", "PST-TM-90"],
            ["Fan assembly", "-", "PST-FA-10"],
            ["Filter mat", "-", "PST-FM-10"],
            ["Supply fuse link", "PST-FU-20", "PST-FU-40"],
            ["Output surge arrester", "PST-SA-06", "PST-SA-15"],
            ["Output current transformer", "PST-CT-01", "PST-CT-01"],
            ["Cutout plug", "PST-CO-01", "PST-CO-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Halvarden DG-60 visual docking guidance
HALVARDEN = [
    ("title", "Halvarden DG-60 Visual Docking Guidance System\nOperation and Maintenance Manual"),
    (
        "p",
        "Document HLV-OM-DG60-01, Edition 3, May 2025. Halvarden Apron Systems. The DG-60 guides the pilot of an "
        "arriving aircraft onto the stop position of a contact or remote stand. A laser scanner in the display unit "
        "measures the position and speed of the aircraft and checks its shape against the type selected; the "
        "LED display in front of the cockpit shows the type, the lateral guidance arrows, the closing-rate bar and "
        "the stop signal. The system consists of the display unit (laser scanner, display, heaters and controller), "
        "the operator panel and two emergency stop buttons. The stop positions and the stand markings belong to the "
        "airport's stand planning, approved under the rules of the aviation authority. The aircraft database is "
        "prepared by Halvarden from the stand data the airport supplies. The interlock with the boarding bridge is "
        "described in the bridge maker's manual, and the marshalling procedures in the airport's ground handling "
        "instructions.",
    ),
    (
        "warn",
        "WARNING: The DG-60 is an aid to the pilot. The operator must watch every docking from the operator panel "
        "with a hand on the emergency stop. Whenever the display shows DOWNGRADE, ID FAIL or a V code that blocks "
        "guidance, the aircraft is docked by a marshaller under the airport's procedures.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Sensor", "Scanning laser, horizontal and vertical scan, 905 nm, laser class 1"],
            [
                "Capture distance",
                "up to 60 m before the stop position, with a visibility of at least 400 m; less in fog, snow or "
                "heavy rain",
            ],
            ["Distance accuracy", "±0.1 m in the last 15 m; ±0.5 m from 15 m to 60 m"],
            ["Lateral (azimuth) accuracy", "±0.1 m at the nose gear"],
            ["Closing-rate bar", "from 20 m before the stop: 1 m steps down to 3 m, then 0.2 m steps"],
            ["Display", "amber LED matrix, 3 lines of 12 characters, red STOP field; character height 320 mm"],
            ["Display brightness", "automatic from the photocell, 16 levels, or manual"],
            ["Aircraft database", "up to 120 types and variants; up to 6 stop positions per stand"],
            ["Mounting height, centre of the display above the apron", "5.0 to 9.0 m, set by stand planning"],
            ["Supply", "230 V 1~ 50 Hz, 10 A fuse"],
            ["Power", "250 W; 1050 W with the window heater (300 W) and the display heater (500 W) on"],
            ["Ambient temperature", "-40 to +55 °C; window heater on below +5 °C"],
            ["Protection", "IP65"],
            ["Display unit mass", "145 kg"],
            ["Links", "RS-485 to the operator panel; Ethernet to the airport's gate system (option)"],
        ],
        (65, 105),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The laser is class 1 and safe in normal use. Do not look into the scanner window through binoculars "
            "or other optical instruments at close range.",
            "Work on the display unit is work at height: follow the site's rules for platforms and harnesses.",
            "Isolate the supply and lock it before opening the rear door; there is 230 V inside.",
            "Block the stand on the operator panel before any cleaning, check or repair, so that no docking can "
            "start.",
            "Never let an aircraft continue on the display after ID FAIL, TOO FAR or an emergency stop.",
        ],
    ),
    ("h", "3. Docking rules and limits"),
    (
        "cols",
        [
            ("h", "Before docking"),
            (
                "p",
                "The stand must be clear of vehicles, equipment and people, and the bridge in its parked position. "
                "With the bridge interface fitted, the DG-60 will not start a docking unless the bridge reports "
                "parked.",
            ),
            ("h", "Capture and verification"),
            (
                "p",
                "The display shows the selected type and scrolling arrows until the aircraft is captured. The "
                "aircraft must be verified against the selected type by 12 m before the stop position. If it is "
                "not, the display shows STOP and ID FAIL (V12). Never restart the docking on the display after ID "
                "FAIL: a marshaller takes over.",
            ),
            ("h", "Closing speed"),
            (
                "p",
                "SLOW is shown when the aircraft closes faster than 2.5 m/s (9 km/h) while more than 12 m from the "
                "stop position, or faster than 1.0 m/s (3.6 km/h) in the last 12 m.",
            ),
            ("h", "Lateral guidance"),
            (
                "p",
                "Arrows appear when the nose gear is more than 0.25 m from the stand centreline. Guidance is given "
                "for the nose gear, not for the wing tips; wing tip clearance is part of the stand planning.",
            ),
            ("h", "Stop and overshoot"),
            (
                "p",
                "STOP appears at the stop position, then OK when the nose stops within ±0.5 m of it. If the nose "
                "goes more than 0.5 m past the stop position the display shows TOO FAR. The aircraft must not be "
                "moved forward; any push back is arranged by the ground handler.",
            ),
            ("h", "Visibility"),
            (
                "p",
                "If the capture distance falls below 30 m the display shows DOWNGRADE (V03) and docking is done "
                "with a marshaller.",
            ),
            ("h", "Objects"),
            (
                "p",
                "An object nearer than the aircraft inside the docking area stops the docking (V11, STOP). Remove "
                "it and restart only when the stand is clear.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Meaning and action"],
            [
                "V01",
                "Laser warming up",
                "After switch-on, or below -10 °C, up to 15 min. No docking possible until it clears.",
            ],
            [
                "V02",
                "Window dirty",
                "Return signal below 40 % of the reference. Clean the laser window (section 8).",
            ],
            ["V03", "DOWNGRADE", "Capture distance below 30 m (fog, snow, rain). Docking by marshaller."],
            ["V04", "Type not in database", "Selected type missing or not allowed on this stand. Call Halvarden."],
            [
                "V05",
                "Calibration check failed",
                "Reference target measured more than 0.05 m from its distance. Marshalling only; call Halvarden "
                "service.",
            ],
            ["V06", "Panel link lost", "No RS-485 link with the operator panel. Check the cable and connector."],
            ["V07", "Display module fault", "More than 5 % of the LEDs of one module dark. Replace the module."],
            [
                "V08",
                "Heater fault",
                "Window heater current outside 1.0-1.6 A. Check the heater fuse and element.",
            ],
            ["V10", "Emergency stop", "An emergency stop button is pressed. Release it and press RESET."],
            ["V11", "Object in the docking area", "Something nearer than the aircraft. Clear the stand."],
            ["V12", "ID FAIL", "Aircraft not verified by 12 m before the stop. Marshaller takes over."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Display shows WAIT for a long time and captures the aircraft only late, in clear weather",
                "Laser window dirty (de-icing fluid, insects, exhaust soot); V02 may not show yet",
                "Clean the laser window (section 8); after cleaning the return signal under MENU > DIAG must be at "
                "least 70 %",
            ],
            [
                "Aircraft stop short or long by the same distance every time",
                "Display unit moved (loose bolts, unit struck) or calibration drift",
                "Do the calibration check (section 7) and check the mounting bolts",
            ],
            [
                "Arrows bring the aircraft in off the centreline",
                "Azimuth alignment lost after the unit was moved or struck",
                "Dock by marshaller on that stand; Halvarden service realigns the laser",
            ],
            [
                "SLOW shown although the crew say they are taxiing slowly",
                "Closing speed above the limit, which is lower in the last 12 m",
                "Normal; tell the airline through the ground handler",
            ],
            [
                "Parts of the characters missing",
                "LED module fault (V07)",
                "Replace the module (section 9)",
            ],
            [
                "Display dim in daylight",
                "Photocell dirty or brightness left on manual",
                "Clean the photocell; set brightness to AUTO",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Docking an aircraft"),
    (
        "ol",
        [
            "Check that the stand is clear of equipment and people and that the bridge is in its parked position.",
            "On the operator panel select the aircraft type and variant announced for the flight.",
            "Check that the type shown on the display is the type selected.",
            "Press START. The display shows the type and scrolling arrows until the aircraft is captured.",
            "Stay at the operator panel with a hand near the emergency stop for the whole docking.",
            "When the aircraft is captured, watch the closing-rate bar and the lateral arrows.",
            "If ID FAIL, DOWNGRADE or STOP appears unexpectedly, or SLOW is ignored, press the emergency stop and "
            "call the marshaller.",
            "At STOP check that the display shows OK. If it shows TOO FAR, tell the ground handler; the aircraft "
            "must not move forward.",
            "Wait until the engines are off and the chocks are in before the bridge is driven to the aircraft.",
            "Press END to close the docking.",
        ],
    ),
    ("h", "7. Calibration check"),
    (
        "ol",
        [
            "Choose a time when the stand is free and block it on the operator panel (MENU > STAND > BLOCK).",
            "Place the reference target HLV-RT-01 (a white board of 1.0 m x 1.0 m on a stand) on the calibration "
            "mark painted on the stand centreline, 20.00 m before the stop position.",
            "Turn the target squarely to the display and set it upright with the spirit level on its stand.",
            "Select MENU > SERVICE > CAL CHECK. The unit measures the target 10 times and shows the mean distance "
            "and the lateral offset.",
            "The distance must be within ±0.05 m of 20.00 m and the lateral offset within ±0.05 m.",
            "If both are within these limits, press ACCEPT; the result is logged.",
            "If not, set the target again and repeat once. If it is still outside, the unit shows V05: dock by "
            "marshaller on this stand and call Halvarden service.",
            "Remove the target and unblock the stand.",
        ],
    ),
    ("h", "8. Cleaning the laser window"),
    (
        "ol",
        [
            "Block the stand on the operator panel.",
            "Reach the display unit with a platform under the site's rules for work at height.",
            "Rinse the window with clean water to remove grit.",
            "Clean it with a soft lint-free cloth and isopropyl alcohol. Never use abrasives, a scraper or a "
            "pressure washer.",
            "Dry the window and clean the photocell in the same way.",
            "Check the return signal under MENU > DIAG: at least 70 %.",
            "Unblock the stand.",
        ],
    ),
    ("h", "9. Replacing an LED display module"),
    (
        "ol",
        [
            "Block the stand, then isolate the display supply and lock it.",
            "Open the rear door with the key.",
            "Unplug the power and data connectors of the module.",
            "Remove the four M5 nuts and take the module out.",
            "Fit the new module HLV-LM-08 and tighten the nuts to 3 Nm.",
            "Plug in the connectors and close the door.",
            "Switch on and run MENU > SERVICE > DISPLAY TEST: every LED must light.",
            "Unblock the stand.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily, start of the first shift",
                "Run the display test; check that no V code is shown and that both emergency stop lamps work",
            ],
            ["Weekly, and after every de-icing at or near the stand", "Clean the laser window (section 8)"],
            ["Monthly", "Calibration check (section 7); test both emergency stop buttons"],
            [
                "6 months",
                "Check the mounting bolts (M16, 180 Nm) and the door seals; before winter check both heaters",
            ],
            [
                "12 months",
                "Halvarden service: laser alignment, database update, controller and heater check",
            ],
        ],
        (65, 105),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["LED display module", "HLV-LM-08"],
            ["Laser window with heater", "HLV-LW-03"],
            ["Photocell", "HLV-PC-01"],
            ["Emergency stop button with lamp", "HLV-ES-02"],
            ["Operator panel", "HLV-OP-06"],
            ["Reference target with stand", "HLV-RT-01"],
            ["Controller board (Halvarden service)", "HLV-CB-12"],
            ["Laser scanner module (Halvarden service only)", "HLV-LS-60"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Brezzamor AS air start units
BREZZAMOR = [
    ("title", "Brezzamor AS Air Start Units\nOperation and Maintenance - AS-150 and AS-200"),
    (
        "p",
        "Document BRZ-OM-AS-04, Edition 1, June 2025. Brezzamor Ground Power. The AS-150 and AS-200 are towable, "
        "diesel-driven air start units that supply hot compressed air to the pneumatic ground connection of an "
        "aircraft to start its main engines. A diesel engine drives an oil-free twin-screw compressor through a "
        "step-up gearbox; a bypass valve holds the outlet pressure at the set value. Apart from the air flow, the "
        "pressures, the engine and the items named for each model, the two units are built alike. The diesel "
        "engine is covered by its maker's operation manual, supplied with the unit. The air pressure and flow an "
        "aircraft needs for a start, and the engine intake and exhaust danger zones, are given in the aircraft "
        "maker's documents; the communication with the flight crew follows the airport's procedures.",
    ),
    (
        "warn",
        "WARNING: The delivered air reaches 240 °C and the hose surface up to 90 °C. Never connect or disconnect "
        "the hose while it is under pressure. Keep out of the engine intake and exhaust danger zones during a start.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AS-150", "AS-200"],
            ["Rated air flow", "68 kg/min (150 lb/min)", "91 kg/min (200 lb/min)"],
            ["Outlet pressure at rated flow", "2.8 bar(g)", "3.1 bar(g)"],
            ["Outlet pressure setting range", "1.0-2.8 bar(g)", "1.0-3.1 bar(g)"],
            ["Outlet air temperature at rated flow", "180-220 °C", "180-220 °C"],
            ["Relief valve setting", "3.6 bar(g)", "3.9 bar(g)"],
            ["Diesel engine, 6 cylinders, EU Stage V", "260 kW", "340 kW"],
            ["Fuel tank", "400 L", "500 L"],
            ["Fuel consumption at rated flow", "55 L/h", "75 L/h"],
            ["Running time on a full tank at rated flow", "7.3 h", "6.7 h"],
            ["Engine oil", "28 L", "32 L"],
            ["Gearbox oil, Brezzamor BZ-GO 68 synthetic", "12 L", "14 L"],
            ["Coolant", "45 L", "52 L"],
            ["Air hose", "3 in (76 mm) x 15 m", "3 in (76 mm) x 15 m"],
            ["Noise at 7 m, rated flow", "80 dB(A)", "82 dB(A)"],
            ["Mass, ready to run", "4200 kg", "4900 kg"],
            ["Dimensions L x W x H", "4.6 x 2.0 x 2.1 m", "5.0 x 2.1 x 2.2 m"],
            ["Tyre pressure", "6.5 bar", "6.5 bar"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The rated flow holds at an ambient temperature up to 35 °C and up to 300 m above sea level. Above 35 °C "
        "the flow falls by about 1 % per °C, and above 300 m by about 1 % per 100 m. The unit is built for engine "
        "starts; it is not a cabin conditioning unit, and continuous delivery at rated flow is limited to 30 min, "
        "after which the unit must idle for at least 10 min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the unit and on the airport's engine start procedure may operate it.",
            "Park the unit at least 3 m from the aircraft, outside the engine danger zones, with its exhaust pointing "
            "away from the aircraft; apply the parking brake and chock the wheels.",
            "Wear hearing protection and heat-resistant gloves when handling the hose.",
            "Disconnect the hose only when the outlet gauge reads below 0.2 bar.",
            "If oil mist or an oil smell is noticed in the air, stop using the unit and never connect it to an "
            "aircraft until it has been repaired.",
            "Tow the unit no faster than 20 km/h, with the hose stowed and the drawbar locked.",
        ],
    ),
    ("h", "3. Air delivery settings and limits"),
    (
        "cols",
        [
            ("h", "Presets"),
            (
                "p",
                "Eight presets, A1 to A8, each hold a pressure setpoint and a ramp time. They are empty on delivery: "
                "the site enters them from the aircraft makers' starting data under MENU > PRESETS with the "
                "supervisor code. Brezzamor gives no values for particular aircraft types.",
            ),
            ("h", "Pressure control"),
            (
                "p",
                "The bypass valve holds the setpoint within ±0.1 bar at steady flow. The setpoint can never exceed "
                "2.8 bar(g) on the AS-150 or 3.1 bar(g) on the AS-200.",
            ),
            ("h", "Ramp"),
            (
                "p",
                "After AIR ON the pressure rises to the setpoint in the ramp time, settable 5-20 s (factory 10 s), "
                "to avoid a pressure surge in the aircraft duct.",
            ),
            ("h", "Protections"),
            (
                "p",
                "Outlet pressure above the setpoint + 0.3 bar for 3 s: the delivery valve closes (E05). The relief "
                "valve lifts at 3.6 bar(g) (AS-150) or 3.9 bar(g) (AS-200). Outlet air above 240 °C: the unit "
                "stops (E04).",
            ),
            ("h", "Warm-up and cool-down"),
            (
                "p",
                "AIR ON is accepted only when the coolant is above 40 °C, about 5 min after a start in mild "
                "weather. After a delivery let the engine idle for 3 min before stopping it.",
            ),
            ("h", "Hose"),
            (
                "p",
                "Lay the hose without kinks, with a bend radius of at least 600 mm. Never use more than one 15 m "
                "hose: a longer hose lowers the pressure at the aircraft. Inspect the connector seal before every "
                "start.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Emergency stop", "One of the two emergency stop buttons pressed. Release it and RESET."],
            [
                "E02",
                "Engine oil pressure low",
                "Below 1.5 bar at idle or below 3.0 bar above 1500 rpm. Check the oil level; see the engine manual.",
            ],
            ["E03", "Coolant temperature high", "Above 105 °C. Radiator blocked, fan belt or coolant level."],
            [
                "E04",
                "Outlet air temperature high",
                "Above 240 °C: unit stops. Hot ambient, inlet filter restricted or unit in its own exhaust.",
            ],
            ["E05", "Outlet overpressure", "Above setpoint + 0.3 bar for 3 s: delivery valve closes."],
            ["E06", "Gearbox oil temperature high", "Above 95 °C. Check the gearbox oil level and cooler."],
            ["E07", "Inlet filter restricted", "Pressure drop above 50 mbar. Replace the filter element."],
            ["E09", "Fuel low", "Below 10 % in the tank."],
            [
                "E10",
                "Delivery valve fault",
                "Outlet pressure not below 0.2 bar within 10 s of AIR OFF. Do not disconnect; vent with the manual "
                "vent valve.",
            ],
            ["E11", "Engine overspeed", "Above 2300 rpm: engine stops. Call Brezzamor service."],
            ["E12", "Service due", "500 h or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Aircraft engine slow to light or hung start; the crew report a low duct pressure",
                "Preset wrong for the type, hose kinked, more than one hose, or the connector seal leaking",
                "Check the preset against the aircraft maker's data; lay the hose straight; replace the seal "
                "BRZ-CS-03",
            ],
            [
                "Unit stops with E04 on hot afternoons",
                "Ambient above 35 °C together with a restricted inlet filter, or the unit parked in its own exhaust",
                "Park with the air inlet upwind; check the inlet filter (E07 at 50 mbar) and replace it if it is "
                "dirty",
            ],
            [
                "Oil smell or oil mist in the delivered air",
                "Compressor shaft seal leaking gearbox oil into the air",
                "Stop using the unit at once; do not connect it to an aircraft; call Brezzamor service",
            ],
            [
                "Outlet pressure hunts by about ±0.3 bar",
                "Bypass valve positioner dirty or its control air line leaking",
                "Clean the positioner filter; check the control line for leaks",
            ],
            [
                "Black smoke at AIR ON",
                "Engine loaded before it was warm, or the engine air filter blocked",
                "Wait for the coolant to pass 40 °C; check the engine air filter",
            ],
            [
                "Relief valve lifts during every start",
                "Setpoint too close to the relief setting, or a weak valve",
                "Check the preset; test the relief valve (section 9)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Supplying air for an engine start"),
    (
        "ol",
        [
            "Carry out the daily checks (section 8).",
            "Tow the unit to the aircraft at no more than 20 km/h. Park it at least 3 m from the aircraft, outside "
            "the engine danger zones, exhaust pointing away; apply the parking brake and chock the wheels.",
            "Start the engine and let it warm until the coolant is above 40 °C.",
            "Lay out the hose without kinks (bend radius at least 600 mm) and connect it to the aircraft ground "
            "connection; check that the locking ring is fully engaged.",
            "Select the preset for the aircraft type and check the setpoint shown.",
            "Establish communication with the flight crew by headset or by hand signals, as the airport's procedure "
            "requires.",
            "On the crew's request press AIR ON; the pressure rises to the setpoint within the ramp time.",
            "Watch the outlet pressure and temperature during the start.",
            "When the crew signal that the start is complete, press AIR OFF.",
            "Wait until the outlet gauge reads below 0.2 bar before disconnecting the hose.",
            "Disconnect and stow the hose, and let the engine idle for 3 min before stopping it.",
        ],
    ),
    ("h", "7. Replacing the compressor inlet filter"),
    (
        "ol",
        [
            "Stop the engine and remove the key.",
            "Open the right-hand side door and release the four clips of the filter cover.",
            "Pull the element out slowly so that no dirt falls into the housing.",
            "Wipe the housing with a damp cloth; never blow it out with compressed air.",
            "Fit the new element, BRZ-AF-15 (AS-150) or BRZ-AF-20 (AS-200), with its seal towards the housing.",
            "Refit the cover, with the dust valve pointing down, and close the clips.",
            "Reset the filter indicator and start the unit; E07 must not show.",
        ],
    ),
    ("h", "8. Daily checks"),
    (
        "ol",
        [
            "Engine oil and coolant levels; fuel level (at least 25 % before a night shift).",
            "Gearbox oil level in the sight glass, engine stopped: between the marks.",
            "Hose: no cracks in the outer cover, no crushed sections; connector seal present and undamaged.",
            "Both emergency stop buttons: press each, check that the engine will not start, release.",
            "Tyre pressure 6.5 bar, wheel nuts, lights and drawbar lock.",
        ],
    ),
    ("h", "9. Testing the relief valve"),
    (
        "ol",
        [
            "Fit the test cap with gauge BRZ-TC-03 to the hose end.",
            "Start the unit and warm it up; select SERVICE > RELIEF TEST with the supervisor code.",
            "Raise the pressure slowly with the UP key.",
            "The valve must open at 3.6 bar(g) ±0.1 bar (AS-150) or 3.9 bar(g) ±0.1 bar (AS-200).",
            "Release the key; the valve must close again and the pressure fall.",
            "If the valve opens outside these limits, replace it (BRZ-RV-36 or BRZ-RV-39). Never adjust it.",
            "Press AIR OFF, wait for less than 0.2 bar and remove the test cap.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 8"],
            ["6 months", "Relief valve test (section 9)"],
            [
                "500 h or 12 months, whichever comes first",
                "Engine oil and filter, fuel filter, engine air filter check; reset E12",
            ],
            ["At E07, or 1000 h", "Replace the compressor inlet filter (section 7)"],
            ["2000 h or 2 years, whichever comes first", "Change the gearbox oil"],
            ["2 years", "Change the coolant"],
            ["3 years, or earlier if the outer cover is cracked", "Replace the air hose"],
            ["10 000 h", "Brezzamor service: compressor air end inspection"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "AS-150", "AS-200"],
            ["Compressor inlet filter element", "BRZ-AF-15", "BRZ-AF-20"],
            ["Engine oil filter", "BRZ-OF-26", "BRZ-OF-34"],
            ["Fuel filter", "BRZ-FF-01", "BRZ-FF-01"],
            ["Air hose 3 in x 15 m with connector", "BRZ-AH-315", "BRZ-AH-315"],
            ["Connector seal", "BRZ-CS-03", "BRZ-CS-03"],
            ["Relief valve", "BRZ-RV-36", "BRZ-RV-39"],
            ["Gearbox oil BZ-GO 68, 20 L", "BRZ-GO-20", "BRZ-GO-20"],
            ["Relief valve test cap with gauge", "BRZ-TC-03", "BRZ-TC-03"],
            ["Compressor shaft seal kit (Brezzamor service)", "BRZ-SK-15", "BRZ-SK-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cargaveld BL baggage belt loaders
CARGAVELD = [
    ("title", "Cargaveld BL-8 Baggage Belt Loaders\nOperator and Maintenance Manual - BL-8D and BL-8E"),
    (
        "p",
        "Document CGV-OM-BL8-02, Edition 2, February 2025. Cargaveld Ground Equipment. The BL-8D (diesel) and "
        "BL-8E (electric, lithium-ion battery) are self-propelled belt loaders for loading bags and loose cargo into "
        "the bulk holds of aircraft. The conveyor, the lift, the bumpers, the approach sensors and the controls are "
        "the same on both; they differ in the drive, the energy supply, the speeds, the tyres and the items named "
        "for each model. The diesel engine has its own maker's manual. The hold door sill heights and the contact "
        "areas of each aircraft are in the aircraft maker's airport planning documents, and the approach signals "
        "and turnaround procedures are those of the airport and the ground handler. The charger socket is "
        "installed by the site's electrician.",
    ),
    (
        "warn",
        "WARNING: Never ride on the conveyor belt. Never let the loader touch the aircraft. Keep hands and clothing "
        "away from the belt drums while the belt runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BL-8D", "BL-8E"],
            ["Drive", "diesel engine 36 kW, EU Stage V", "AC motor 15 kW, 80 V"],
            ["Energy", "fuel tank 60 L", "lithium-ion battery 80 V 300 Ah (24 kWh)"],
            [
                "Use per tank or charge",
                "about 2.5 L/h in typical turnaround use",
                "about 8 h of typical turnaround use (12-14 turns) at 15-30 °C",
            ],
            ["Charging time, 20-100 %", "-", "3 h with the 100 A charger"],
            ["Maximum drive speed", "25 km/h", "20 km/h"],
            ["Drive speed with the conveyor front above 1.6 m", "5 km/h", "5 km/h"],
            ["Conveyor length / belt width", "8.0 m / 610 mm", "8.0 m / 610 mm"],
            ["Belt speed, both directions", "0.45 m/s", "0.45 m/s"],
            ["Height of the belt front end", "1.05-4.25 m", "1.05-4.25 m"],
            ["Load on the conveyor", "900 kg spread along the belt", "900 kg spread along the belt"],
            ["Hydraulic oil ISO VG 32 HV", "28 L", "24 L"],
            ["Relief valve", "160 bar", "160 bar"],
            ["Tyres", "pneumatic 6.00-9, 7.0 bar", "solid 6.00-9"],
            ["Gradient, loaded conveyor lowered", "up to 15 %", "up to 10 %"],
            ["Turning radius", "5.2 m", "5.0 m"],
            ["Noise at the driver's seat", "82 dB(A)", "68 dB(A)"],
            ["Mass", "2650 kg", "2900 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained drivers holding the airport's airside driving permit may drive the loader.",
            "Approach an aircraft only when it is chocked, its anti-collision lights are off and the ground handler "
            "has given the signal.",
            "Never raise the conveyor with a person on it. One person may stand on the front walkway, no more than "
            "120 kg, with the handrails up.",
            "Chock the loader at the aircraft and apply the parking brake.",
            "Do not park under a wing or an engine, and never leave the loader in the path of a moving aircraft.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Load"),
            (
                "p",
                "No more than 900 kg on the belt at any time, and no more than 120 kg on any 1 m length of belt. "
                "Bags and parcels heavier than 32 kg are carried one at a time, with a clear metre before and after "
                "them.",
            ),
            ("h", "Wind"),
            (
                "p",
                "Do not raise the conveyor front above 2.5 m when gusts exceed 60 km/h. When gusts exceed 80 km/h, "
                "lower the conveyor fully and park the loader across the wind away from the aircraft.",
            ),
            ("h", "Approach"),
            (
                "p",
                "Stop 3 m from the aircraft and test the brakes. Four ultrasonic sensors in the front bumper limit "
                "the speed to 3 km/h within 2.0 m of the fuselage and stop the loader at 0.15 m. The last part is "
                "driven with the INCH button at 0.5 km/h, to leave a gap of about 50 mm between the bumper and the "
                "fuselage.",
            ),
            ("h", "Height at the door"),
            (
                "p",
                "Set the belt front end 50-100 mm below the hold door sill. The loader has no automatic levelling: "
                "the aircraft settles by up to 150 mm as the hold is loaded, so check the gap often and lower the "
                "front as it closes.",
            ),
            ("h", "Driving"),
            (
                "p",
                "With the conveyor front above 1.6 m the drive speed is limited to 5 km/h. Lower it below 1.6 m and "
                "fold the handrails before driving between stands. Park only on slopes below 5 %.",
            ),
            ("h", "Battery (BL-8E)"),
            (
                "p",
                "Below 20 % charge the display shows L06 and the drive speed is limited to 5 km/h; below 10 % the "
                "conveyor stops. Charge only with the battery between 0 and 40 °C. Below 0 °C the usable capacity "
                "falls to about 70 %.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "An emergency stop button pressed. Release it and turn the key off and on."],
            [
                "L02",
                "Approach sensor fault",
                "A sensor dirty, iced or faulty: drive limited to 3 km/h everywhere until cleared.",
            ],
            ["L03", "Seat switch open", "Driver not seated: drive off."],
            ["L04", "Hydraulic oil hot", "Above 80 °C. Check the oil level and the cooler fins."],
            [
                "L05",
                "Engine oil pressure (BL-8D) / motor controller hot (BL-8E)",
                "BL-8D: stop the engine, check the level. BL-8E: let the controller cool.",
            ],
            ["L06", "Battery low (BL-8E)", "Below 20 %: drive speed limited to 5 km/h. Charge the battery."],
            [
                "L08",
                "Belt motor overload",
                "Motor current above 110 % for 10 s: belt overloaded or jammed. Spread the load.",
            ],
            ["L09", "Speed cut", "Conveyor front above 1.6 m: drive speed limited to 5 km/h."],
            ["L10", "Charger connected (BL-8E)", "Drive inhibited while the charger plug is in."],
            ["L11", "Hydraulic oil level low", "Top up with ISO VG 32 HV oil; look for leaks."],
            ["L12", "Service due", "500 h or 12 months since the last service."],
        ],
        (16, 48, 106),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Belt stalls or slips with heavy bags on it",
                "More than 120 kg on one metre of belt or more than 900 kg in all, or belt tension low",
                "Spread the bags along the belt; check the belt tension (section 8)",
            ],
            [
                "Belt runs off to one side",
                "Tracking out after a belt change or a tension adjustment",
                "Adjust the tail drum (section 8)",
            ],
            [
                "Conveyor front creeps down when parked raised",
                "Lift cylinder holding valve dirty or a piston seal leaking",
                "Do the drift check (section 9): no more than 20 mm in 10 min",
            ],
            [
                "Loader only creeps, even away from aircraft",
                "Approach sensors dirty, iced or covered in de-icing fluid (L02)",
                "Clean the four sensors in the front bumper",
            ],
            [
                "Loader will not drive and shows L10",
                "Charger plug still connected",
                "Unplug and stow the charger lead",
            ],
            [
                "BL-8E battery does not last a shift in winter",
                "Battery below 0 °C: capacity falls to about 70 %",
                "Park indoors or on charge between shifts; charge after every shift",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Positioning at an aircraft hold door"),
    (
        "ol",
        [
            "Check that the aircraft is chocked and its anti-collision lights are off, and wait for the ground "
            "handler's signal.",
            "Drive to the aircraft with the conveyor front below 1.6 m and the handrails folded.",
            "Stop 3 m from the aircraft and test the brakes.",
            "Raise the conveyor front to about the height of the hold door sill.",
            "Approach straight towards the door at no more than 3 km/h, with a guide person if your view is blocked.",
            "The approach sensors stop the loader at 0.15 m; close the last part with INCH to a gap of about 50 mm "
            "between the bumper and the fuselage.",
            "Set the belt front end 50-100 mm below the door sill.",
            "Apply the parking brake, switch the drive off and put the chock in front of a rear wheel.",
            "Raise the handrails.",
            "During loading check the gap every few minutes and lower the front as the aircraft settles.",
            "To leave, fold the handrails, lower the front by 100 mm, reverse away slowly and lower the front below "
            "1.6 m before driving off.",
        ],
    ),
    ("h", "7. Charging the battery (BL-8E)"),
    (
        "ol",
        [
            "Park in the charging area on level ground and apply the parking brake.",
            "Turn the key off.",
            "Connect the charger plug of the CGV-CH-100 charger; the display shows L10.",
            "Charging starts: the charger LED flashes green.",
            "From 20 % the battery is full in about 3 h; the LED then stays green.",
            "Unplug the charger and stow the lead before turning the key on.",
        ],
    ),
    ("h", "8. Tensioning and tracking the belt"),
    (
        "ol",
        [
            "Lower the conveyor fully, switch off and remove the key.",
            "Loosen the bearing locks of the tail drum on both sides.",
            "Turn both tension screws equally, half a turn at a time.",
            "Check the tension: pressing the belt down in the middle of the conveyor with a force of 10 kg should "
            "deflect it by 20-30 mm.",
            "Run the belt empty at full speed for 2 min.",
            "Watch the belt at the tail drum: it must stay within 10 mm of the centre.",
            "If it runs to one side, tighten the tension screw on that side by a quarter turn and run it again.",
            "Tighten the bearing locks to 45 Nm.",
        ],
    ),
    ("h", "9. Drift check"),
    (
        "ol",
        [
            "Raise the conveyor front to 3.0 m with the belt empty, then switch the drive off.",
            "Mark the position of the lift arm on the frame.",
            "After 10 min measure how far the front has come down.",
            "Up to 20 mm in 10 min is acceptable. If more, clean the holding valve and check again; if it is still "
            "more, stop using the loader and call Cargaveld service for the lift cylinder.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Walk-round check, brakes, approach sensors clean, emergency stops, belt condition, tyres (BL-8D: "
                "7.0 bar)",
            ],
            ["Weekly", "Belt tension and tracking check (section 8)"],
            ["250 h", "Grease the eight lift and steering pivots"],
            [
                "500 h or 12 months, whichever comes first",
                "BL-8D engine oil and filter; hydraulic return filter; brake check; reset L12",
            ],
            ["1000 h or 2 years, whichever comes first", "Change the hydraulic oil"],
            [
                "12 months",
                "BL-8E: battery health check by Cargaveld service; drift check (section 9)",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BL-8D", "BL-8E"],
            ["Conveyor belt, endless, 610 mm", "CGV-BT-8061", "CGV-BT-8061"],
            ["Front bumper foam", "CGV-FB-02", "CGV-FB-02"],
            ["Approach sensor", "CGV-PS-04", "CGV-PS-04"],
            ["Hydraulic return filter", "CGV-HF-10", "CGV-HF-10"],
            ["Engine oil filter", "CGV-OF-36", "-"],
            ["Charger 80 V 100 A", "-", "CGV-CH-100"],
            ["Lift cylinder holding valve", "CGV-HV-02", "CGV-HV-02"],
            ["Lift cylinder seal kit (Cargaveld service)", "CGV-SK-70", "CGV-SK-70"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("pistavel-pr-constant-current-regulator.pdf", "Pistavel PST-OM-PR-03 Ed 2 - PR-4 / PR-10", PISTAVEL),
        ("halvarden-dg-visual-docking-guidance-system.pdf", "Halvarden HLV-OM-DG60-01 Ed 3 - DG-60", HALVARDEN),
        ("brezzamor-as-air-start-unit.pdf", "Brezzamor BRZ-OM-AS-04 Ed 1 - AS-150 / AS-200", BREZZAMOR),
        ("cargaveld-bl-baggage-belt-loader.pdf", "Cargaveld CGV-OM-BL8-02 Ed 2 - BL-8D / BL-8E", CARGAVELD),
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
