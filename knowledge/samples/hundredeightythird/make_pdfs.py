"""Generate the PDF manuals of the hundred-and-eighty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set183-scratch/venv && /tmp/set183-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set183-scratch/venv/bin/python knowledge/samples/hundredeightythird/make_pdfs.py

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




# ---------------------------------------------------------------- Kronsted KSP soundboard crowning presses
KRONSTED = [
    ("title", "Kronsted KSP Soundboard Crowning Presses\nOperation and Maintenance - KSP-16 and KSP-28"),
    (
        "p",
        "Document KST-OM-KSP-03, Edition 2, March 2025. Kronsted Soundboard Systems. The KSP-16 and KSP-28 glue "
        "the ribs to a piano soundboard panel and give the board its crown in one pressing. The panel and the "
        "ribs lie on an exchangeable convex crowning form; a silicone membrane in the upper frame is filled with "
        "compressed air and presses the ribs and the panel onto the form, which is heated to cure the glue. The "
        "KSP-16 takes upright soundboards, the KSP-28 grand soundboards. Apart from the board size, the membrane "
        "pressure, the heating and the items named in this manual, the two presses are built alike.",
    ),
    (
        "p",
        "Drying the panel, conditioning the press room and the electrical and compressed air supply up to the "
        "press are the site's responsibility. Crowning forms with radii other than those supplied are made to "
        "order by Kronsted. The glue is chosen by the workshop from the glue maker's data sheet; this manual "
        "gives press settings for three glues only.",
    ),
    (
        "warn",
        "WARNING: Never open the membrane frame while the membrane is under pressure. Keep hands out of the "
        "press while the frame closes; the light curtain stops the frame, not the membrane. The form and the "
        "board can be at 80 °C: wear heat-resistant gloves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KSP-16", "KSP-28"],
            ["Soundboards", "upright", "grand"],
            ["Largest board (length x width)", "1600 x 1400 mm", "2800 x 1650 mm"],
            ["Panel thickness", "6-10 mm", "6-11 mm"],
            ["Crowning forms supplied", "radius 15 m and 20 m", "radius 18 m and 24 m"],
            ["Membrane pressure, working range", "0.5-2.5 bar", "0.5-3.0 bar"],
            ["Safety valve opens at", "2.7 bar", "3.2 bar"],
            ["Form heating (1.2 kW elements)", "3.6 kW, 3 elements", "6.0 kW, 5 elements"],
            ["Form temperature setting", "30-80 °C", "30-80 °C"],
            ["Warm-up from 20 °C to 60 °C", "about 25 min", "about 40 min"],
            ["Frame opening stroke", "350 mm", "350 mm"],
            ["Compressed air, dry and oil-free", "6-8 bar, 300 L/min", "6-8 bar, 450 L/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 25 A"],
            ["Mass without form", "1450 kg", "2600 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the press. The light curtain and both emergency stops must be tested "
            "at the start of every shift.",
            "Lift crowning forms only with the four lifting eyes and a lifting beam rated for at least 500 kg; "
            "the forms of the KSP-28 weigh up to 420 kg.",
            "Urea glue gives off formaldehyde when heated. Run the extraction hood whenever the form is above 50 "
            "°C with urea glue in the press.",
            "Do not stand on the membrane frame. Do not use the press to flatten or straighten boards.",
        ],
    ),
    ("h", "3. Press settings and limits"),
    (
        "cols",
        [
            ("h", "Membrane pressure"),
            (
                "p",
                "Set the membrane pressure between 0.5 and 2.5 bar on the KSP-16 and between 0.5 and 3.0 bar on "
                "the KSP-28. For spruce ribs on a spruce panel 1.5 bar is usual. The press force on the board is: "
                "press force (kN) = membrane pressure (bar) x 100 x board area (m²). Example: a grand board of "
                "1.9 m² pressed at 2.0 bar carries 2.0 x 100 x 1.9 = 380 kN.",
            ),
            ("h", "Crown height"),
            (
                "p",
                "The crown a rib takes from the form is its sagitta: crown height (mm) = L² / (8 x R), with the rib "
                "length L and the form radius R both in mm. Example: a rib of 1200 mm on the 20 m form gives 1200² "
                "/ (8 x 20 000) = 9.0 mm. After cooling, the measured crown must be within ±1.0 mm of the "
                "calculated height.",
            ),
            ("h", "Form temperature and hold time"),
            (
                "p",
                "Hot hide glue: form at 60 °C, hold at least 20 min. PVA (white) glue: form at 40 °C, hold 45 "
                "min. Urea glue: form between 70 and 80 °C, hold 12 min. No hold times are given for other glues. "
                "The form holds its setpoint within ±3 °C. Above 85 °C the overtemperature cut-out trips (F04) and "
                "switches off all heater elements.",
            ),
            ("h", "Panel moisture"),
            (
                "p",
                "The panel must be at 5-7 % moisture content when it goes into the press, measured at five points "
                "with a pin meter set for spruce. A drier panel can crack when it takes up moisture later; a "
                "wetter panel loses crown.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "Leave the board under pressure after the hold until the form has cooled below 40 °C, at least 30 "
                "min. Switch on the form cooling fan (COOL) to shorten this.",
            ),
            ("warn", "Never raise the membrane pressure to make up for ribs that do not fit the panel."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Air pressure low", "Supply below 5.5 bar. Check the compressor and the press filter."],
            [
                "F02",
                "Membrane leak",
                "Membrane pressure fell by more than 0.2 bar in 60 s during a hold. Run the leak test (section 7).",
            ],
            [
                "F03",
                "Temperature deviation",
                "Form more than 5 °C off its setpoint for 3 min. Check the heater elements and the sensor.",
            ],
            ["F04", "Overtemperature", "Form above 85 °C; the cut-out has switched off the heating. Reset after cooling."],
            ["F05", "Frame not locked", "Locking bolts not engaged. Close the frame fully and lock again."],
            ["F06", "Light curtain", "Beam interrupted while the frame moved."],
            ["F07", "Sensor fault", "PT100 form sensor open or short-circuited. Replace the sensor."],
            ["F09", "Hold aborted", "Emergency stop pressed or frame unlocked during the hold. Repeat the pressing."],
            [
                "F10",
                "Safety valve",
                "Membrane pressure reached the opening pressure of the safety valve. Check the pressure regulator.",
            ],
            ["F11", "Heater contactor", "Contactor did not open or close. Call an electrician."],
            ["F12", "Service due", "2000 cycles since the last Kronsted service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ribs lift at their ends, glue line open after pressing",
                "Membrane pressure too low, hold too short, or the glue skinned before the press closed",
                "Raise the pressure within the working range; close the press within the glue's 8 min open time",
            ],
            [
                "Crown more than 1 mm flatter than calculated",
                "Panel above 7 % moisture, or board taken out warm",
                "Check the panel moisture; cool under pressure below 40 °C",
            ],
            [
                "Panel cracks along the grain a few days later",
                "Panel pressed below 5 % moisture",
                "Check the pin meter and the panel drying with the site",
            ],
            [
                "Wrinkle marks across the board",
                "Membrane not tensioned evenly in its clamping frame",
                "Tighten the clamping frame screws to 25 Nm",
            ],
            [
                "Warm-up takes longer than 60 min",
                "One heater element failed",
                "Measure the current of each element: about 5.2 A each",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pressing a soundboard"),
    (
        "ol",
        [
            "Check that the form fitted has the radius the drawing asks for; the radius is stamped on the front "
            "edge of the form.",
            "Set the form temperature for the glue (section 3) and wait until READY shows.",
            "Measure the panel moisture at five points: 5-7 %.",
            "Lay a release film on the form and place the panel on the locating pins.",
            "Apply glue to the ribs and place them on the panel against the rib template within the open time.",
            "Lay the second release film and the felt blanket over the ribs.",
            "Close the frame with both hands on the two-hand control and lock it (LOCK).",
            "Set the membrane pressure and the hold time and press START.",
            "When the hold ends, switch on COOL and wait until the form is below 40 °C.",
            "Vent the membrane (VENT), unlock and open the frame and lift the board out with two people.",
            "Check the crown at the longest rib with the crown gauge and note it on the board label.",
        ],
    ),
    ("h", "7. Membrane leak test"),
    (
        "ol",
        [
            "Place the blank test board (part KST-TB-16 or KST-TB-28) on the cold form.",
            "Close and lock the frame.",
            "Select SERVICE > LEAK and set 1.0 bar.",
            "Press START; the press fills the membrane and closes the inlet valve.",
            "Read the pressure after 10 min. A fall of no more than 0.1 bar in 10 min passes.",
            "If it falls further, spray the clamping frame with leak detection spray. A leak at the frame: "
            "tighten the screws to 25 Nm and repeat. A leak in the membrane itself: the membrane must be "
            "replaced.",
            "Vent the membrane and open the frame.",
        ],
    ),
    ("h", "8. Changing the crowning form"),
    (
        "ol",
        [
            "Switch off the form heating and let the form cool below 40 °C.",
            "Open the frame fully and switch the press to SETUP.",
            "Unplug the heater and sensor connectors at the rear of the form.",
            "Undo the four form clamps and fit the lifting beam to the four lifting eyes.",
            "Lift the form out and set it down on its storage cradle, never on its curved face.",
            "Lift the new form in over the locating pins and tighten the four clamps to 80 Nm.",
            "Plug in the connectors and select the form number under SETUP > FORM.",
            "Heat to 60 °C and check that F03 does not appear within 45 min.",
        ],
    ),
    ("p", "Replacing the membrane is done by Kronsted service only and is not described in this manual."),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Test the light curtain and emergency stops; remove glue from the release films"],
            ["Weekly", "Drain the air filter bowl and check the filter element"],
            ["Monthly", "Lift the safety valve lever once under 1 bar to check it opens"],
            ["Every 500 cycles", "Check the membrane clamping frame screws: 25 Nm"],
            ["12 months", "Check the form sensor with a reference thermometer: within ±2 °C"],
            ["2000 cycles or 3 years, whichever comes first", "Replace the membrane (Kronsted service)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KSP-16", "KSP-28"],
            ["Membrane", "KST-M16-2", "KST-M28-2"],
            ["Safety valve", "KST-SV27 (2.7 bar)", "KST-SV32 (3.2 bar)"],
            ["Heater element 1.2 kW", "KST-HE-12", "KST-HE-12"],
            ["PT100 form sensor", "KST-PT-100", "KST-PT-100"],
            ["Blank test board", "KST-TB-16", "KST-TB-28"],
            ["Release film, roll of 50 m", "KST-RF-50", "KST-RF-50"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Wirvelund WX bass string winding machines
WIRVELUND = [
    ("title", "Wirvelund WX Bass String Winding Machines\nOperating Manual - WX-160 and WX-210"),
    (
        "p",
        "Document WVL-OM-WX-07, Edition 3, January 2025. Wirvelund String Machines. The WX-160 and WX-210 wind "
        "copper or soft iron wire onto a steel core to make piano bass strings, single or double wound. The core "
        "is held between a hook on the headstock spindle and a hook on the tailstock spindle; both spindles are "
        "driven by servo motors kept in step by the controller, and a pneumatic tensioner pulls the tailstock to "
        "set the core tension. The winding wire comes off a spool through a brake and a feed sensor to a guide on "
        "the traverse carriage, which moves along the string by one winding wire diameter per revolution. The "
        "WX-210 has a longer bed and a larger drive; otherwise the two machines are alike.",
    ),
    (
        "p",
        "The string dimensions (core diameter, winding wire diameters, lengths) come from the piano's stringing "
        "scale, supplied by the piano maker or worked out with a string calculation program; they are not part "
        "of this manual. Swaging the core flats before winding is done on the separate WX swaging unit, which has "
        "its own instructions.",
    ),
    (
        "warn",
        "WARNING: A core under tension that breaks whips out of the hooks. Never wind with the guard open or with "
        "the guard interlock bridged. Wear safety glasses when hooking and unhooking the core.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WX-160", "WX-210"],
            ["Longest string between hooks", "1600 mm", "2100 mm"],
            ["Core wire diameter", "0.8-2.5 mm", "0.8-3.2 mm"],
            ["Winding wire diameter, copper", "0.2-2.0 mm", "0.2-2.6 mm"],
            ["Spindle speed", "300-3000 rpm", "200-2400 rpm"],
            ["Core tension (pneumatic tensioner)", "200-1200 N", "200-1800 N"],
            ["Drive", "2 servo motors 0.75 kW", "2 servo motors 1.1 kW"],
            ["Winding wire brake", "5-60 N", "5-60 N"],
            ["Compressed air", "6 bar, 40 L/min", "6 bar, 60 L/min"],
            ["Electrical supply", "230 V 1~ 50 Hz, 10 A", "230 V 1~ 50 Hz, 16 A"],
            ["Machine length", "2450 mm", "2950 mm"],
            ["Mass", "180 kg", "240 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Safety and installation"),
    (
        "ul",
        [
            "Keep the guard closed while the spindles turn. The guard interlock stops both spindles within 1 s.",
            "Cut the winding wire only with the spindles stopped and the tension released (RELEASE).",
            "Copper wire ends are sharp: wear cut-resistant gloves when loading spools.",
            "Never grip the core or the winding wire to slow a turning string, not even with a glove.",
            "Do not wind strings longer than the longest string between hooks of your model.",
        ],
    ),
    (
        "p",
        "Installation: Set the machine on a level floor and level the bed to within 0.1 mm per metre with the machine level on "
        "the bed ways; an uneven bed bends the core while it turns. Leave at least 800 mm free at each end for "
        "hooking strings. The compressed air must be dry and free of oil: water in the tensioner makes the core "
        "tension jump. The room should be free of draughts and dust; copper dust from winding must be vacuumed, "
        "not blown, off electrical parts. Connection to the supply is done by a qualified electrician.",
    ),
    ("h", "3. Winding settings and limits"),
    (
        "cols",
        [
            ("h", "Core tension"),
            (
                "p",
                "Set the core tension to 20 % of the core wire's breaking load: breaking load (N) = tensile "
                "strength (N/mm²) x pi/4 x d², with the core diameter d in mm. Example: a 1.6 mm core of 2200 N/mm² "
                "music wire breaks at 2200 x 2.011 = 4423 N, so set 885 N. Never set more than 25 % of the "
                "breaking load.",
            ),
            ("h", "Spindle speed"),
            (
                "p",
                "Copper winding wire up to 1.0 mm: at most 2400 rpm (WX-160) or 2000 rpm (WX-210). Copper above 1.0 "
                "mm: no more than 1200 rpm on either model. For soft iron winding wire halve these speeds. Above the "
                "limit for the wire diameter entered the controller stops with W06.",
            ),
            ("h", "Traverse feed"),
            (
                "p",
                "The traverse moves by the winding wire diameter plus 0.02 mm per revolution, so that the turns lie "
                "side by side without gaps and without riding over each other. Enter the measured diameter of the "
                "wire on the spool, not the nominal size.",
            ),
            ("h", "Winding wire brake"),
            (
                "p",
                "The brake keeps the winding wire taut as it goes on. Set 10-15 N for copper up to 0.5 mm, 20-30 N "
                "for copper from 0.5 to 1.5 mm and 35-50 N above 1.5 mm.",
            ),
            ("h", "Double-wound strings"),
            (
                "p",
                "Wind the second layer in the same direction as the first. The second layer starts and ends at "
                "least 3 mm inside the ends of the first layer.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "W01",
                "Core tension low",
                "Tension more than 10 % below the set value for 2 s: core slipping in a hook or air supply low.",
            ],
            ["W02", "Core broken", "Tension fell to zero while winding. Remove the broken core with care."],
            ["W03", "Winding wire break", "No wire movement at the feed sensor for 1 s. Rethread the wire."],
            ["W04", "Traverse end", "The carriage reached an end stop. Check the winding start and length."],
            ["W05", "Servo overload", "Drive current too high for 3 s. Check the spindle bearings."],
            ["W06", "Speed limit", "Speed above the limit for the winding wire diameter entered."],
            ["W08", "Air pressure low", "Supply below 5 bar."],
            ["W09", "Guard open", "Guard opened while the spindles turned."],
            [
                "W10",
                "Spindles out of step",
                "Headstock and tailstock more than 2° apart. Stop, release and press SYNC.",
            ],
            ["W11", "Encoder fault", "Encoder signal lost on one spindle. Check the cable."],
            ["W12", "Emergency stop", "Emergency stop pressed."],
            ["W13", "Lubrication due", "500 h of spindle running since the last greasing."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Gaps between the winding turns",
                "Traverse feed too large: a nominal wire size entered instead of the measured one",
                "Measure the wire with a micrometer and enter the measured diameter",
            ],
            [
                "Turns ride over each other",
                "Traverse feed too small, or the brake too weak",
                "Check the diameter entered; set the brake for the wire (section 3)",
            ],
            [
                "String buzzes once fitted in the piano",
                "Winding loose on the core: brake too weak, or the core flats too short",
                "Raise the brake; check the flats on the swaging unit",
            ],
            [
                "Twist marks on the core",
                "Spindles out of step",
                "Press SYNC after every core change; check the encoders",
            ],
            [
                "Copper turns blue or dark while winding",
                "Friction heat: speed too high for the wire",
                "Reduce the speed to the limit for the wire diameter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Winding a single-wound string"),
    (
        "ol",
        [
            "Enter the string data from the scale: core diameter, winding wire diameter (measured), winding length "
            "and start position.",
            "Check the core flats and hook the core loop on the headstock hook and the other end on the tailstock "
            "hook.",
            "Close the guard and press TENSION; the tensioner pulls to the set core tension.",
            "Press SYNC; both spindles turn once slowly and the controller checks they are in step.",
            "Thread the winding wire through the brake, the feed sensor and the carriage guide, and wrap three "
            "turns by hand round the core at the start position.",
            "Set the brake for the wire and press START. The speed ramps up over 3 s.",
            "At the end of the winding the spindles stop; cut the wire and wrap the last turns by hand into the "
            "flat.",
            "Press RELEASE and unhook the string.",
            "Check the string with the go/no-go diameter gauge and hang it on its rack position.",
        ],
    ),
    ("h", "7. Calibrating the core tension load cell"),
    (
        "ol",
        [
            "Release the tension and open the guard.",
            "Fit the calibration pulley WVL-CP-1 at the tailstock end and hang the 50 kg test weight on the "
            "calibration cable.",
            "Select SERVICE > LOAD CELL > CHECK.",
            "The display must show 490 N ±5 N.",
            "If not, select ADJUST, enter 490 N and confirm.",
            "Remove the weight, check that the display returns to 0 N ±2 N, and remove the pulley.",
        ],
    ),
    ("h", "8. Replacing the brake pads"),
    (
        "ol",
        [
            "Switch off the machine and release the core tension.",
            "Take the winding wire out of the brake and turn the brake knob anticlockwise to its stop.",
            "Remove the two cover screws and the brake cover.",
            "Pull out the two felt pads with their holders; clean copper dust out of the brake housing with dry "
            "air, never with oil.",
            "Fit the new pads WVL-BP-05 with the felt side towards the wire.",
            "Refit the cover and set the brake with the spring balance: pull the wire through at a steady speed and "
            "read the force. Replace the pads again when the brake no longer reaches 60 N with the knob fully in.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean copper dust from the bed and the carriage; check the hooks for burrs"],
            ["Weekly", "Check the brake pads; drain the air filter"],
            ["500 h (W13) or 6 months, whichever comes first", "Grease both spindle bearings: 2 g each"],
            ["12 months", "Calibrate the core tension load cell (section 7)"],
            ["After a core breakage", "Check the hooks and the tensioner cylinder for damage"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WX-160", "WX-210"],
            ["Spindle hook set", "WVL-HK-16", "WVL-HK-21"],
            ["Brake pad set", "WVL-BP-05", "WVL-BP-05"],
            ["Carriage wire guide, ceramic", "WVL-WG-20", "WVL-WG-26"],
            ["Calibration pulley", "WVL-CP-1", "WVL-CP-1"],
            ["Spindle bearing grease, 400 g", "WVL-GR-400", "WVL-GR-400"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Trompelli TS bell spinning lathes
TROMPELLI = [
    ("title", "Trompelli TS Bell Spinning Lathes\nOperation and Maintenance - TS-450 and TS-600"),
    (
        "p",
        "Document TRP-OM-TS-04, Edition 1, June 2024. Trompelli Metal Spinning. The TS-450 and TS-600 spin the "
        "flares of brass instrument bells from a brazed brass cone or a flat blank over a mandrel. The mandrel "
        "turns on the spindle; the tailstock holds the blank against it; a hardened steel roller on a hydraulic "
        "cross slide presses the metal onto the mandrel pass by pass. The operator guides the roller with the "
        "joystick in TEACH mode and the controller repeats the recorded passes in PLAYBACK mode. The TS-600 takes "
        "larger blanks and has more roller force; otherwise the two lathes are alike.",
    ),
    (
        "p",
        "Mandrels are made to the bell drawing by Trompelli or by a toolmaker; making a mandrel is not covered here. "
        "Annealing the brass between passes is done in the workshop's annealing furnace, following that furnace's "
        "own manual. Brazing the seam of the cone is a separate operation.",
    ),
    (
        "warn",
        "WARNING: A blank that slips out of the tailstock at speed is thrown from the lathe. Close the sliding "
        "guard before every pass. Never touch the spinning blank or reach over the roller slide; long hair and "
        "loose sleeves must be tied back.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TS-450", "TS-600"],
            ["Largest blank or flare diameter", "450 mm", "600 mm"],
            ["Longest mandrel", "700 mm", "900 mm"],
            ["Brass sheet thickness (CuZn30, annealed)", "0.4-1.2 mm", "0.4-1.5 mm"],
            ["Spindle speed", "100-1800 rpm", "80-1400 rpm"],
            ["Spindle motor", "7.5 kW", "11 kW"],
            ["Roller force, maximum", "8 kN", "12 kN"],
            ["Tailstock force, maximum", "6 kN", "10 kN"],
            ["Hydraulic working pressure", "120 bar", "140 bar"],
            ["Hydraulic oil HLP 46, tank", "60 L", "90 L"],
            ["Roller nose radius supplied", "8 mm", "12 mm"],
            ["Electrical supply", "400 V 3~ 50 Hz, 32 A", "400 V 3~ 50 Hz, 40 A"],
            ["Mass", "2100 kg", "3200 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Safety and installation"),
    (
        "ul",
        [
            "Run the lathe only with the sliding guard closed; opening it stops the spindle (S09).",
            "Spinning wax is flammable. Keep the wax block and rags away from the annealing torch and the "
            "furnace.",
            "Lift mandrels over 25 kg with the jib crane and the mandrel sling.",
            "Wear hearing protection: spinning brass can exceed 85 dB(A) at the operator's position.",
        ],
    ),
    (
        "p",
        "Installation: the lathe stands on its own foundation block, drawn by Trompelli and poured by the site's "
        "builder; it must cure for 28 days before the lathe is anchored. Level the bed to within 0.05 mm per metre "
        "lengthwise and across. The hydraulic unit needs 500 mm free on all sides for the oil cooler air flow. The "
        "supply cable and the main fuse are sized and connected by a qualified electrician from the data in section 1.",
    ),
    ("h", "3. Spinning settings and limits"),
    (
        "cols",
        [
            ("h", "Spindle speed"),
            (
                "p",
                "Work at a constant surface speed: spindle speed (rpm) = surface speed (m/min) x 1000 / (pi x "
                "diameter in mm). Use 250-400 m/min for brass CuZn30, 200-300 m/min for copper and 150-250 m/min "
                "for nickel silver. Example: a flare of 400 mm diameter in brass at 300 m/min needs 300 000 / "
                "(3.1416 x 400) = 239 rpm.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Keep the feed per revolution between 0.3 and 1.5 mm. Use the lower values near the rim of the "
                "flare, where the metal is thinnest.",
            ),
            ("h", "Thinning and annealing"),
            (
                "p",
                "Brass work-hardens while it is spun. Anneal the part when the wall has been thinned by more than "
                "30 % of the starting thickness, and at the latest after six passes, whichever comes first. Check "
                "the wall with the ultrasonic thickness gauge at the rim.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Apply Trompelli spinning wax SW-2 to the blank before each pass. Do not use soap or cutting oil; "
                "they stain the brass and burn onto the roller.",
            ),
            ("h", "Hydraulics"),
            (
                "p",
                "The oil must stay between 20 and 55 °C in use. Above 65 °C the pump stops (S05). Below 15 °C run "
                "the pump for 10 min before spinning.",
            ),
            ("warn", "Never spin a blank thicker than the range given for your model."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Spindle drive fault", "Inverter fault. Read the inverter display and see its manual."],
            ["S02", "Roller force limit", "Force at the model's maximum for 2 s. Reduce the feed or the pass depth."],
            ["S03", "Tailstock pressure low", "Tailstock force below 60 % of the set value. Stop at once."],
            ["S04", "Hydraulic oil low", "Level below the minimum mark on the sight glass."],
            ["S05", "Oil overtemperature", "Oil above 65 °C; the pump has stopped. Check the oil cooler fan."],
            ["S07", "Slide limit", "Cross slide at its end stop. Check the taught pass."],
            ["S08", "Program error", "Recorded pass outside the mandrel profile. Teach the pass again."],
            ["S09", "Guard open", "Guard opened while the spindle turned."],
            ["S10", "Emergency stop", "Emergency stop pressed."],
            ["S11", "Filter clogged", "Pressure filter differential above 5 bar. Change the element."],
            ["S12", "Service due", "2000 h since the last Trompelli service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wrinkles at the edge of the flare",
                "Feed per revolution too high, or too deep a pass on thin metal",
                "Reduce the feed near the rim; take more, shallower passes",
            ],
            [
                "Cracks at the rim part way through the bell",
                "Brass work-hardened: not annealed after 30 % thinning",
                "Anneal before the next pass; check the wall thickness",
            ],
            [
                "Chatter marks in a spiral",
                "Roller bearing worn or the slide gibs loose",
                "Check the roller for play; adjust the gibs",
            ],
            [
                "Bell wobbles, wall thicker on one side",
                "Mandrel runs out more than 0.05 mm",
                "Clean the mandrel seat and mount it again (section 6)",
            ],
            [
                "Deep roller marks on the outside",
                "Roller nose radius too small for the sheet, or a dry blank",
                "Use the larger roller; apply wax before each pass",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mounting a mandrel"),
    (
        "ol",
        [
            "Switch the lathe to SETUP and lock the spindle with the spindle lock pin.",
            "Clean the spindle nose and the mandrel seat with a lint-free cloth; no burrs or wax on the taper.",
            "Lift the mandrel with the jib crane and slide it onto the spindle nose.",
            "Tighten the four mandrel bolts crosswise in two stages: 40 Nm, then 80 Nm.",
            "Remove the spindle lock pin.",
            "Set a dial indicator on the largest diameter of the mandrel and turn the spindle by hand.",
            "The runout must be no more than 0.05 mm. If it is more, loosen the bolts, turn the mandrel by 90° and "
            "tighten again.",
            "Enter the mandrel number under SETUP > MANDREL so that the controller loads its profile.",
        ],
    ),
    ("h", "7. Spinning a bell flare"),
    (
        "ol",
        [
            "Mount the mandrel (section 6) and fit the roller for the sheet thickness.",
            "Wax the blank and clamp it with the tailstock at the force for the blank: 3-4 kN for sheet up to 0.8 "
            "mm, 5-6 kN above.",
            "Close the guard and set the spindle speed for the largest diameter of the first pass.",
            "In TEACH mode, guide the roller with the joystick from the tailstock end towards the rim.",
            "Record each pass with the REC key; check the wall thickness after every two passes.",
            "Anneal when required (section 3) and clamp the part again.",
            "Finish with a planishing pass at a feed of 0.3 mm per revolution.",
            "For the next bells of the same drawing, run the recorded passes in PLAYBACK mode.",
        ],
    ),
    ("h", "8. Changing the spinning roller"),
    (
        "ol",
        [
            "Switch the lathe to SETUP and move the cross slide to its rear position.",
            "Let the roller cool: it can be above 80 °C after long runs.",
            "Undo the axle nut and pull the roller off its axle with the roller puller TRP-RP-1.",
            "Check the axle for scoring; an axle worn by more than 0.02 mm must be replaced.",
            "Push the new roller on with its bearing set, fit the thrust washer and tighten the axle nut to 60 Nm.",
            "Turn the roller by hand: it must turn freely with no axial play.",
            "Enter the roller nose radius under SETUP > ROLLER; the controller corrects the taught passes for it.",
        ],
    ),
    ("h", "9. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Run the lathe for 10 min to warm the oil, then switch off and lock the main switch.",
            "Drain the tank through the drain valve into a clean container: 60 L (TS-450) or 90 L (TS-600).",
            "Replace the pressure filter element TRP-PF-10 and clean the suction strainer.",
            "Fill with new HLP 46 oil through the filler filter to the upper mark of the sight glass.",
            "Start the pump, move the slide and tailstock to both ends three times and top up the oil.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean wax and brass chips off the slide; check the oil level"],
            ["Weekly", "Check the roller for play and marks; grease the tailstock quill"],
            ["500 h", "Check the slide gibs; clean the oil cooler"],
            ["2000 h or 2 years, whichever comes first", "Change the hydraulic oil and the filter element"],
            ["12 months", "Trompelli service: spindle bearings and safety circuit"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TS-450", "TS-600"],
            ["Spinning roller, 8 mm nose", "TRP-R08-45", "TRP-R08-60"],
            ["Spinning roller, 12 mm nose", "TRP-R12-45", "TRP-R12-60"],
            ["Roller bearing set", "TRP-RB-45", "TRP-RB-60"],
            ["Pressure filter element", "TRP-PF-10", "TRP-PF-10"],
            ["Spinning wax SW-2, 1 kg", "TRP-SW-2", "TRP-SW-2"],
            ["Roller puller", "TRP-RP-1", "TRP-RP-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Tamborell DB-24 drum shell steam bending press
TAMBORELL = [
    ("title", "Tamborell DB-24 Drum Shell Steam Bending Press\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document TMB-OI-DB24-02, Edition 2, November 2024. Tamborell Shell Presses. The DB-24 makes one-piece "
        "steam-bent drum shells from solid hardwood planks. The plant has three parts: a steam chest fed by an "
        "electric steam generator, a heated bending form built from exchangeable steel segments for each shell "
        "diameter, and a hydraulic strap unit that wraps a steel backing strap with the plank round the form. The "
        "shell stays on the heated form until it has set. Cutting and gluing the scarf joint, fitting re-rings "
        "and cutting the bearing edges are done after bending and are covered by the instructions of those "
        "machines, not here.",
    ),
    (
        "p",
        "The steam generator is a pressure vessel. Its installation, its periodic inspection under national rules "
        "and the water softener in front of it are the site's responsibility. Planks must come from the timber "
        "supplier air-dried, not kiln-dried (see section 3).",
    ),
    (
        "warn",
        "WARNING: Steam and the form cause severe burns. Open the steam chest door only after the steam has been "
        "switched off for 2 min, and stand behind the door as it opens. The backing strap stores energy: never "
        "stand in line with the strap ends while it is under tension.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Shell diameter", "8-24 in (203-610 mm) with the form segment sets"],
            ["Shell depth (plank width)", "up to 400 mm"],
            ["Plank thickness", "4-10 mm"],
            ["Woods", "maple, ash, oak, birch, beech"],
            ["Steam chest, inside", "2400 x 450 x 450 mm"],
            ["Steam generator", "9 kW, 12 kg/h, safety valve 0.5 bar"],
            ["Steam temperature in the chest", "98-100 °C at atmospheric pressure"],
            ["Form heating", "4 kW, 80-140 °C"],
            ["Strap tension, hydraulic", "up to 25 kN"],
            ["Water for the generator", "softened, hardness below 5 °dH"],
            ["Electrical supply", "400 V 3~ 50 Hz, 32 A"],
            ["Mass, without water", "1800 kg"],
        ],
        (70, 100),
    ),
    ("h", "2. Safety and installation"),
    (
        "ul",
        [
            "Wear heat-resistant gloves and a face shield when taking planks out of the steam chest.",
            "Keep the strap unit guard closed while the strap winds; the two-hand control must be held until "
            "the strap is clamped.",
            "Never block or weight the generator safety valve.",
            "Drain the generator only when it is cold and without pressure.",
        ],
    ),
    (
        "p",
        "Installation: The press needs a floor that carries 1800 kg plus the water in the generator, and a floor drain within 2 m "
        "of the generator for the blow-down. Leave 3 m clear in front of the steam chest door so that planks can be "
        "taken out straight. The steam chest vent must lead outdoors through a pipe of at least 50 mm without "
        "valves. The softener is sized and installed by the site's water treatment contractor. Before the first "
        "bend, heat the empty chest for 2 h to dry the insulation and check the door seal for leaks.",
    ),
    ("h", "3. Bending settings and limits"),
    (
        "cols",
        [
            ("h", "Steaming time"),
            (
                "p",
                "For air-dried planks at 15-20 % moisture: steaming time (min) = 2.5 x plank thickness (mm), and "
                "never less than 15 min. Example: an 8 mm ash plank steams for 2.5 x 8 = 20 min. Kiln-dried planks "
                "need twice the time and still break more often; avoid them.",
            ),
            ("h", "Plank length"),
            (
                "p",
                "Plank length (mm) = pi x (shell diameter - plank thickness) + 40 mm for the scarf overlap. "
                "Example: a 14 in shell (355.6 mm) from a 6 mm plank needs pi x 349.6 + 40 = 1138 mm.",
            ),
            ("h", "Strap tension"),
            (
                "p",
                "4-6 mm planks: 8-12 kN. 7-10 mm planks: 14-20 kN. Strap tension for planks over 10 mm is not "
                "covered; contact Tamborell. Above 25 kN the pressure relief valve of the strap unit opens.",
            ),
            ("h", "Bending"),
            (
                "p",
                "Bend within 60 s of taking the plank out of the chest. The wrap must be finished in no more than 90 "
                "s; a plank that has cooled before it is wrapped breaks on the outside face.",
            ),
            ("h", "Setting on the form"),
            (
                "p",
                "Form at 120 °C: leave the shell on the form at least 30 min for planks up to 6 mm and 45 min for "
                "thicker planks. A shell that opens by more than 5 mm at the scarf when the strap is released has "
                "not set: clamp it again for 15 min.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Generator water low", "Level below the minimum electrode. Check the softener and the feed valve."],
            ["B02", "Steam temperature low", "Chest below 95 °C for 5 min. Check the chest door seal and the generator."],
            ["B03", "Form temperature deviation", "Form more than 10 °C off its setpoint for 5 min."],
            ["B04", "Form overtemperature", "Form above 150 °C; heating switched off."],
            ["B06", "Strap pressure high", "Strap tension reached 25 kN. Check the setting for the plank."],
            ["B07", "Strap slip", "Strap winch turned without tension rising. Check the strap clamp."],
            ["B08", "Door open", "Steam chest door open while steam is on."],
            ["B09", "Guard open", "Strap unit guard opened while the strap moved."],
            ["B10", "Descaling due", "300 h of generator running since the last descaling."],
            ["B11", "Emergency stop", "Emergency stop pressed."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Plank cracks on the outside face while bending",
                "Steamed too short, plank cooled before the wrap, or grain runout",
                "Steam for the full time; wrap within 60 s; choose straight-grained planks",
            ],
            [
                "Wrinkles or crushed fibres on the inside face",
                "Strap tension too low, the strap slips back",
                "Raise the tension within the range for the plank; check the strap clamp",
            ],
            [
                "Shell springs open when the strap is released",
                "Taken off the form too early, or the form too cool",
                "Keep the form at 120 °C and respect the setting time",
            ],
            [
                "Steam leaks round the chest door",
                "Door seal worn or the door latch out of adjustment",
                "Replace the seal TMB-DS-24; adjust the latch",
            ],
            [
                "Shell out of round, flat spots at the segment joints",
                "Segment bolts loose or segments fitted out of order",
                "Check the segment numbers; tighten the bolts to 60 Nm",
            ],
            [
                "Dark stains on maple shells",
                "Iron from a rusty strap or chest rack, or hard water",
                "Clean the rack; check the strap and the water hardness",
            ],
            [
                "Steam output falls, generator cycles often",
                "Scale on the heater elements",
                "Descale the generator (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Bending a shell"),
    (
        "ol",
        [
            "Check that the form segments for the shell diameter are fitted and the form is at 120 °C.",
            "Cut the plank to length (section 3) and mark the outside face.",
            "Put the plank in the steam chest on the rack and start the steam timer.",
            "When the timer ends, switch the steam off, wait 2 min and open the door.",
            "Lay the plank on the strap with the outside face against the strap and clamp the leading end to the "
            "form.",
            "Hold the two-hand control: the strap winds the plank round the form to the set tension.",
            "Clamp the trailing end with the scarf clamp and release the strap tension to the holding value.",
            "Wait the setting time, then release the strap and slide the shell off the form.",
            "Put the shell on the drying rack with a spreader ring for at least 48 h before the scarf is glued.",
        ],
    ),
    ("h", "7. Changing the form segments"),
    (
        "ol",
        [
            "Switch off the form heating and wait until the form is below 50 °C.",
            "Release the strap and park it on its hook.",
            "Unplug the heater connectors of the segments.",
            "Remove the six segment bolts and lift the segments off the form hub, one at a time.",
            "Fit the segments for the new diameter; their numbers must face outwards and run in order.",
            "Tighten the six bolts to 60 Nm.",
            "Plug in the heater connectors and enter the diameter under SETUP > FORM.",
            "Heat to 120 °C and check with the contact thermometer that every segment is within ±5 °C.",
        ],
    ),
    ("h", "8. Descaling the steam generator"),
    (
        "ol",
        [
            "Switch off the generator and let it cool below 40 °C.",
            "Open the drain valve and drain the generator completely.",
            "Close the drain valve and fill through the descaling port with 8 L of 10 % citric acid solution.",
            "Switch the generator to DESCALE: it heats the solution to 60 °C for 60 min without making steam.",
            "Drain the solution and rinse twice with fresh softened water.",
            "Fill normally, switch on and reset B10 under SERVICE.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Blow down the generator for 5 s; wipe sap and resin off the form"],
            ["Weekly", "Check the chest door seal and the strap for kinks or cracks"],
            ["300 h (B10) or 3 months, whichever comes first", "Descale the steam generator (section 8)"],
            ["Monthly", "Check the water hardness after the softener: below 5 °dH"],
            ["12 months", "Change the hydraulic oil of the strap unit, 12 L HLP 32"],
            ["5000 bends", "Replace the backing strap"],
            ["Before each shift", "Check that the strap has no cracks at its clamp holes and no kinks deeper than 1 mm"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Backing strap, stainless, 420 mm wide", "TMB-BS-420"],
            ["Steam chest door seal", "TMB-DS-24"],
            ["Generator heater element 3 kW", "TMB-HE-3"],
            ["Form segment set, one diameter (give the diameter)", "TMB-FS-xx"],
            ["Scarf clamp", "TMB-SC-1"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kronsted-ksp-soundboard-crowning-press.pdf", "Kronsted KST-OM-KSP-03 Ed 2 - KSP-16 / KSP-28", KRONSTED),
        ("wirvelund-wx-bass-string-winding-machine.pdf", "Wirvelund WVL-OM-WX-07 Ed 3 - WX-160 / WX-210", WIRVELUND),
        ("trompelli-ts-bell-spinning-lathe.pdf", "Trompelli TRP-OM-TS-04 Ed 1 - TS-450 / TS-600", TROMPELLI),
        ("tamborell-db24-drum-shell-steam-bending-press.pdf", "Tamborell TMB-OI-DB24-02 Ed 2 - DB-24", TAMBORELL),
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
