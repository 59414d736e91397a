"""Generate the PDF manuals of the seventy-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set71venv && /tmp/set71venv/bin/pip install fpdf2 pypdf
    /tmp/set71venv/bin/python knowledge/samples/seventyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Levanor LRP roll-in rack proofers
LEVANOR = [
    ("title", "Levanor LRP Roll-In Rack Proofers\nOperation and Maintenance Manual - LRP-6 and LRP-10"),
    (
        "p",
        "Document LVN-OM-LRP-03, Edition 2, March 2025. Levanor Bakery Systems. The LRP-6 and LRP-10 are roll-in "
        "proofers for 6 or 10 single bakery racks carrying 600 x 800 mm trays. Warm, humid air is blown down two "
        "side ducts and drawn back through the ceiling plenum by the circulation fans. An electric air heater gives "
        "the heat and an open-element steam generator gives the humidity; both are controlled by the LPC-4 "
        "controller. Apart from the size, the heating and steam power, the number of fans and doors and the items "
        "named in this manual, the two models are built alike. The floor, the floor gully, the water supply and its "
        "treatment, the electrical supply up to the isolator and the ventilation of the bakery are the site's "
        "responsibility. The racks are not part of the supply; their loading limits are in the rack maker's "
        "documents.",
    ),
    (
        "warn",
        "WARNING: Isolate the proofer and let the steam generator cool for at least 30 min before opening its "
        "cover: the water and the elements reach 100 °C. Never roll a rack in or out while a person is inside the "
        "cabinet behind it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LRP-6", "LRP-10"],
            ["Rack capacity (single racks, trays 600 x 800 mm)", "6", "10"],
            ["Internal width x depth x height", "2150 x 2250 x 2200 mm", "3550 x 2250 x 2200 mm"],
            ["Internal volume", "10.6 m³", "17.6 m³"],
            ["Doors, each 800 x 2050 mm clear", "1", "2"],
            ["Temperature setting range", "20-45 °C", "20-45 °C"],
            ["Humidity setting range", "60-95 % RH", "60-95 % RH"],
            ["Control accuracy in steady state, door closed", "±1 °C, ±3 % RH", "±1 °C, ±3 % RH"],
            ["Air heater (three elements, star connected at 230 V)", "6 kW (3 x 2 kW)", "9 kW (3 x 3 kW)"],
            ["Steam generator element", "4.5 kW", "7.5 kW"],
            ["Steam output, supply water at 15 °C", "6.2 kg/h", "10.3 kg/h"],
            ["Steam generator water volume", "9 L", "14 L"],
            ["Circulation fans, 0.55 kW each", "2", "3"],
            ["Air circulation", "4200 m³/h", "6300 m³/h"],
            [
                "Heat-up time from 20 °C / 50 % RH to 38 °C / 85 % RH, empty cabinet, door closed",
                "25 min",
                "35 min",
            ],
            ["Supply 400 V 3N~ 50 Hz, connected load", "11.9 kW, 17.2 A", "18.5 kW, 26.6 A"],
            ["Supply fuse", "20 A", "32 A"],
            ["Water supply", "2-6 bar, 1/2 in", "2-6 bar, 1/2 in"],
            ["Drain (steam generator and floor condensate)", "DN 40 to a trapped gully", "DN 40 to a trapped gully"],
            ["Mass without racks", "480 kg", "690 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The control accuracy and the heat-up times hold only with the doors closed, the ceiling plenum and the side "
        "ducts unobstructed and racks loaded with no more than 18 trays each. Humidity above 90 % RH can be held only "
        "at temperatures of 40 °C or below; above 40 °C the controller limits the humidity setpoint to 90 % RH. The "
        "heat and moisture the proofer gives off into the bakery, and any extraction hood over the doors, are for "
        "the site's ventilation designer; Levanor gives no figures for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained staff may change programmes. The service menu (P parameters) is protected by a code and "
            "is for maintenance staff only.",
            "Keep every rack at least 100 mm from the side ducts and 50 mm from the next rack. A rack touching a "
            "duct blocks the airflow and gives uneven proof.",
            "The cabinet floor is wet with condensate. Wear non-slip footwear and wipe the floor daily.",
            "The steam generator holds hot water even when the proofer is idle. Drain it and let it cool before any "
            "work on it.",
            "The doors can always be opened from inside by pushing the handle bar. Check this every week.",
        ],
    ),
    ("h", "3. Climate settings and limits"),
    (
        "cols",
        [
            ("h", "Temperature"),
            (
                "p",
                "Set in steps of 0.5 °C between 20 °C and 45 °C. An independent over-temperature cut-out with a fixed "
                "setting of 55 °C switches off the heater and the steam generator (E03). Reset it by hand on the "
                "control box, and only after the cause has been found.",
            ),
            ("h", "Humidity"),
            (
                "p",
                "Set in steps of 1 % RH between 60 % and 95 % RH, but no more than 90 % RH at temperatures above "
                "40 °C. The capacitive humidity sensor sits in the return air at the ceiling plenum. Check it every "
                "6 months against a reference hygrometer (section 8). A difference of more than 5 % RH is corrected "
                "with the offset parameter P07, which allows at most ±10 % RH.",
            ),
            ("h", "Steam generator water"),
            (
                "p",
                "The generator fills through a solenoid valve until the level probe is covered. If the probe is not "
                "covered within 6 min the generator stops with E04. The generator drains itself after every 8 h of "
                "steam production and at each switch-off, whichever comes first, and refills with fresh water. Scale "
                "builds up faster with hard water: the descaling interval in the maintenance table holds for water "
                "of no more than 8 °dH. The water treatment is the site's.",
            ),
            ("h", "Doors"),
            (
                "p",
                "Opening a door stops the fans after 2 s and the steam generator at once. A door left open for more "
                "than 3 min gives E08.",
            ),
            ("h", "Programmes"),
            (
                "p",
                "The LPC-4 holds 30 programmes (Prog 1 to Prog 30), each with a temperature, a humidity and a proof "
                "time of 1-240 min. At the end of the proof time the buzzer sounds for 30 s and the proofer holds the "
                "set climate until a door is opened.",
            ),
            ("h", "Heat-up"),
            (
                "p",
                "A cold proofer (below 25 °C inside) heats with the humidity held back to 70 % RH until it is within "
                "3 °C of the setpoint, to avoid condensation on cold walls. Roll in dough only after the READY lamp "
                "lights.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "E01",
                "Air temperature sensor",
                "Pt1000 sensor open or short circuit. Heater and steam stop. Check the plug at the controller; "
                "replace the sensor LVN-TS-01.",
            ],
            [
                "E02",
                "Humidity sensor",
                "Sensor signal outside 4-20 mA. Humidity control stops; the heater still works. Replace the sensor "
                "LVN-RH-01.",
            ],
            [
                "E03",
                "Over-temperature",
                "Cut-out tripped at 55 °C: heater contactor welded, air flow blocked or a fan stopped. Find the cause "
                "before resetting.",
            ],
            [
                "E04",
                "Generator water low",
                "Level probe not covered within 6 min of filling: water tap closed, inlet strainer blocked, drain "
                "valve open or leaking.",
            ],
            [
                "E05",
                "Generator overheat",
                "Element thermostat tripped: element running dry or covered in scale. Descale (section 7).",
            ],
            ["E06", "Fan overload", "Motor protection of a fan tripped. Check that the fan turns freely by hand."],
            ["E08", "Door open", "A door has been open for more than 3 min."],
            [
                "E09",
                "Temperature not reached",
                "Setpoint not reached within 60 min: heater element failed or door seal leaking.",
            ],
            [
                "E10",
                "Humidity low",
                "Humidity more than 10 % RH below the setpoint for 20 min: generator scaled, water supply or element "
                "faulty.",
            ],
            ["E11", "Drain fault", "Generator not empty within 4 min of a drain: drain valve or drain pipe blocked."],
            [
                "E12",
                "Service due",
                "4000 h of operation or 12 months since the last Levanor service, whichever comes first. The proofer "
                "still works.",
            ],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Dough surface dry, skins forming",
                "Humidity too low: sensor drifted, generator scaled, door seal leaking",
                "Check the sensor against a reference hygrometer (section 8); descale; check the door seal",
            ],
            [
                "Water drops on the dough, trays wet",
                "Humidity too high for the temperature, condensation from the ceiling, or dough rolled into a cold "
                "cabinet",
                "Lower the humidity by 5 % RH; roll in only after READY; check that all fans run",
            ],
            [
                "Racks near the door proof slower",
                "Door seal leaking, or racks closer than 100 mm to a side duct",
                "Replace the seal (section 9); keep the racks clear of the ducts",
            ],
            [
                "Generator fills and drains again and again",
                "Level probe scaled, or drain valve not closing",
                "Clean the level probe; check the drain valve",
            ],
            [
                "Temperature rises slowly and humidity overshoots",
                "One air heater element failed",
                "Measure the three elements cold: each about 26.5 ohm (LRP-6) or 17.6 ohm (LRP-10)",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting a proof"),
    (
        "ol",
        [
            "Switch on at the main isolator; the LPC-4 shows the last programme used.",
            "Check that the water tap to the steam generator is open.",
            "Select the programme and check the temperature, humidity and proof time shown.",
            "Press START and wait for the READY lamp (about 25 min on the LRP-6 and 35 min on the LRP-10 from cold).",
            "Roll in the racks one by one, filling the rows from the back, at least 100 mm from the side ducts and "
            "50 mm apart.",
            "Close the door or doors; the proof time starts when the last door closes.",
            "At the buzzer, check the proof and roll the racks out to the oven.",
            "At the end of the day press STOP: the generator drains. Leave the doors ajar so that the cabinet dries.",
        ],
    ),
    ("h", "7. Descaling the steam generator"),
    (
        "p",
        "Descale every 500 h of steam production, or sooner if E05 or E10 comes back. Use the descaler LVN-DC-5 "
        "(citric acid based) only; never hydrochloric acid.",
    ),
    (
        "ol",
        [
            "Press STOP and let the generator drain. Switch off at the isolator and wait 30 min for the water to cool.",
            "Remove the generator cover (four screws) in the technical compartment above the door.",
            "Set the drain valve lever to M (manual, closed).",
            "Pour in the descaling solution, 1 part of descaler to 9 parts of water: 0.9 L of descaler made up to "
            "9 L with water for the LRP-6, or 1.4 L made up to 14 L for the LRP-10.",
            "Refit the cover, switch on and select the service function S3 DESCALE: the element heats the solution "
            "to 60 °C and holds it there for 30 min.",
            "Switch off, set the drain lever back to A (automatic) and let the solution drain.",
            "Run the service function S4 RINSE twice: the generator fills with fresh water and drains.",
            "Wipe the level probe clean with a cloth and look at the element. If more than 2 mm of scale remains, "
            "repeat from step 3.",
            "Reset the descaling counter with parameter P21.",
        ],
    ),
    ("h", "8. Checking the humidity sensor"),
    (
        "ol",
        [
            "Set the proofer to 35 °C and 80 % RH and let it run empty with the doors closed for at least 30 min.",
            "Place the reference hygrometer (calibrated within the last 12 months) in the middle of the cabinet at "
            "1.5 m height, close the door and wait 15 min.",
            "Read the reference and the display at the same moment.",
            "If they differ by no more than 5 % RH, no action is needed.",
            "If the difference is more than 5 % RH, enter the service menu, open P07 and enter the offset: "
            "reference reading minus display reading.",
            "P07 accepts at most ±10 % RH. A sensor that needs more than 10 % RH of offset is drifting: replace it "
            "(LVN-RH-01) and set P07 back to 0.",
            "Record the check in the maintenance log.",
        ],
    ),
    ("h", "9. Replacing a door seal"),
    (
        "ol",
        [
            "Open the door fully and pull the old seal out of its groove, starting at a corner.",
            "Clean the groove with warm water and a brush and let it dry.",
            "Press in the new seal LVN-DS-20 starting at the top hinge corner, without stretching it.",
            "Cut off the surplus, leaving 5 mm, and press the ends together.",
            "Close the door on a strip of paper at 10 points round the door: the paper must be held at every point.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wipe the floor and the door seals; check that the floor gully is free"],
            ["Weekly", "Clean the inlet grids of the side ducts; check the inside door release"],
            ["Monthly", "Paper test of the door seals (section 9); clean the water inlet strainer"],
            [
                "500 h of steam production, or sooner if E05 or E10 comes back",
                "Descale the steam generator (section 7)",
            ],
            ["6 months", "Check the humidity sensor (section 8)"],
            [
                "12 months or 4000 h (E12)",
                "Levanor service: electrical safety, heater elements, fan motors, test of the over-temperature cut-out",
            ],
            ["Fan motors", "Bearings sealed for life; worn motors are replaced as a unit by Levanor service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LRP-6", "LRP-10"],
            ["Air heater element", "LVN-HE-20 (2 kW)", "LVN-HE-30 (3 kW)"],
            ["Steam generator element", "LVN-SE-45", "LVN-SE-75"],
            ["Humidity sensor", "LVN-RH-01", "LVN-RH-01"],
            ["Air temperature sensor Pt1000", "LVN-TS-01", "LVN-TS-01"],
            ["Level probe", "LVN-LP-02", "LVN-LP-02"],
            ["Door seal, one per door", "LVN-DS-20", "LVN-DS-20"],
            ["Fan motor 0.55 kW with impeller", "LVN-FM-055", "LVN-FM-055"],
            ["Descaler, 5 L", "LVN-DC-5", "LVN-DC-5"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Brotmark BB band bread slicers
BROTMARK = [
    ("title", "Brotmark BB Band Bread Slicers\nOperating and Maintenance Instructions - BB-45 and BB-60"),
    (
        "p",
        "Document BRM-BA-BB-07, Edition 3, November 2024. Brotmark Slicing Machines. The BB-45 and BB-60 slice baked "
        "loaves in one pass through a field of endless band blades. The blades run round an upper and a lower wheel "
        "and pass through a blade guide that sets their spacing, and so the slice thickness. The loaves lie "
        "crosswise on the infeed conveyor, so the cutting width is the longest loaf that can be sliced. Apart from "
        "the cutting width, the number of blades, the blade tension, the drive and the items named in this manual, "
        "the two models are built alike. The outfeed table and the bagger downstream are not part of the supply and "
        "have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The blades are extremely sharp even when they are not moving. Wear cut-resistant gloves for any "
        "work on the blade field. The drive stops within 1 s when the blade cover is opened; never defeat the cover "
        "switch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BB-45", "BB-60"],
            ["Cutting width (longest loaf, lying crosswise)", "450 mm", "600 mm"],
            ["Loaf height, maximum", "150 mm", "150 mm"],
            ["Slice thickness with the standard blade guide", "12.5 mm", "12.5 mm"],
            ["Blade guides available", "8, 10, 11, 12.5, 15, 20, 25 mm", "8, 10, 11, 12.5, 15, 20, 25 mm"],
            ["Number of blades with the 12.5 mm guide", "36", "48"],
            ["Blade, endless, scalloped edge", "13 x 0.5 x 2440 mm", "13 x 0.5 x 2440 mm"],
            ["Blade speed (wheels 355 mm at 510 rpm)", "9.5 m/s", "9.5 m/s"],
            ["Blade tension, gauge on the tension cylinders", "4.5 bar", "5.5 bar"],
            ["Infeed conveyor speed", "4-18 m/min", "4-18 m/min"],
            ["Output (bread within the temperature limit of section 3)", "up to 30 loaves/min", "up to 30 loaves/min"],
            ["Drive motor 400 V 3~ 50 Hz", "0.75 kW, 1.7 A", "1.1 kW, 2.5 A"],
            ["Supply fuse", "10 A", "10 A"],
            ["Compressed air, dry (blade tension and crumb air knife)", "6-8 bar, 40 NL/min", "6-8 bar, 55 NL/min"],
            ["Blade oiler tank, food-grade oil H1", "1.0 L", "1.5 L"],
            ["Mass", "420 kg", "510 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The output and the slice quality hold only for bread with a core temperature of no more than 30 °C, "
        "measured with a probe thermometer in the centre of a loaf. Slices thinner than 10 mm need a core "
        "temperature of no more than 25 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may change blades, blade guides or the tracking. Blade work needs two persons on "
            "the BB-60.",
            "Lock the main switch before opening the blade cover for any work other than the hand-turning checks "
            "described here.",
            "Put used and broken blades straight into the used blade box; never leave them on the machine or the "
            "floor.",
            "Never reach into the infeed tunnel to clear a loaf while the machine runs; press STOP first.",
            "Clean the blade field dry. Water on the wheels makes the blades slip and run off.",
        ],
    ),
    ("h", "3. Slicing limits and settings"),
    (
        "cols",
        [
            ("h", "Bread temperature"),
            (
                "p",
                "Slice only bread with a core temperature of no more than 30 °C, or 25 °C for slices thinner than "
                "10 mm. Warmer bread tears, gums the blades and packs crumbs into the blade guide.",
            ),
            ("h", "Blade tension"),
            (
                "p",
                "The tension cylinders push the upper wheel up. Set the pressure at the regulator on the side panel "
                "to 4.5 bar (BB-45) or 5.5 bar (BB-60). A drop of more than 0.5 bar while slicing points to an air "
                "leak at the cylinders (S04). Never run with the tension released: the broken blade detector does not "
                "work without tension.",
            ),
            ("h", "Blade tracking"),
            (
                "p",
                "The blades must run with their back edge 1 to 2 mm in front of the rear flange of each wheel tyre. "
                "Adjust with the tilt screw of the upper wheel (section 8).",
            ),
            ("h", "Blade guide"),
            (
                "p",
                "The slots of the blade guide must not be wider than 0.7 mm (the blade is 0.5 mm thick). Check them "
                "with the slot gauge BRM-FG-07: if the 0.7 mm gauge enters a slot anywhere along its length, the "
                "guide is worn and must be replaced. A worn guide lets the blades wander and gives slices of uneven "
                "thickness.",
            ),
            ("h", "Blade life"),
            (
                "p",
                "Replace all blades as a set after 400 h of slicing, or when more than 3 single blades have been "
                "replaced since the last set change, whichever comes first. A broken blade may be replaced alone "
                "only if the set has run less than 200 h; otherwise change the whole set. Blades are not "
                "resharpened.",
            ),
            ("h", "Infeed speed"),
            (
                "p",
                "Keep a gap of at least 80 mm between loaves. Infeed speed (m/min) = loaves per minute x (loaf width "
                "+ gap, in mm) / 1000. Example: 25 loaves/min of 110 mm wide loaves with an 80 mm gap need 25 x 190 / "
                "1000 = 4.8 m/min.",
            ),
            ("h", "Blade oiler"),
            (
                "p",
                "The oiler feeds a film of food-grade oil H1 to the blades: one drop every 10 s at the standard "
                "setting (dial 3). Rye and seeded bread may need dial 4 or 5.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it and press RESET."],
            ["S02", "Blade cover open", "The blade cover is not closed, or its switch is out of adjustment."],
            [
                "S03",
                "Blade broken",
                "The broken blade detector, a sprung feeler bar under the blade field, has tripped. Replace the blade "
                "or the set (section 3, blade life).",
            ],
            [
                "S04",
                "Air pressure low",
                "Supply below 5 bar, or the tension pressure has dropped by more than 0.5 bar.",
            ],
            ["S05", "Motor overload", "Bread too warm or too hard, blades blunt, or a loaf jammed in the blades."],
            ["S07", "Infeed jam", "Infeed photocell blocked for more than 5 s."],
            ["S08", "Crumb drawer", "Crumb drawer not in place."],
            ["S09", "Oiler empty", "Level switch in the blade oiler tank. Fill with food-grade oil H1."],
            [
                "S10",
                "Blade hours",
                "400 h since the last blade set change. Change the set and reset the counter.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Slices torn or ragged, bread gums on the blades",
                "Bread too warm (core above 30 °C), blades blunt, or oiler empty",
                "Measure the core temperature and let the bread cool; change the set after 400 h; fill the oiler",
            ],
            [
                "Slices wedge-shaped or uneven in thickness",
                "Blade guide slots worn, or blade tension too low",
                "Check the slots with the 0.7 mm gauge; check the tension gauge reading",
            ],
            [
                "Much more crumb than usual",
                "Blades blunt, infeed too fast, dry or stale bread",
                "Reduce the infeed speed; change the blade set",
            ],
            [
                "Blades jump off the wheels",
                "Tension low, tracking wrong, or wheel tyres grooved",
                "Check the tension; adjust the tracking; replace tyres grooved 1 mm deep or more",
            ],
            [
                "Loaves turn or jam at the blades",
                "Loaf higher than 150 mm, gap too short, or infeed guides set too wide",
                "Set the guides 5 mm wider than the loaf; keep a gap of at least 80 mm",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Changing the blade set"),
    (
        "ol",
        [
            "Stop the slicer, switch off at the main switch and lock it.",
            "Open the blade cover. Release the blade tension with the lever on the tension valve (position 0): the "
            "gauge must read 0 bar.",
            "Put on cut-resistant gloves. Remove the blade guide (two knurled knobs) and the broken blade detector "
            "bar.",
            "Take the blades off the wheels one by one, starting at the rear, and put them straight into the used "
            "blade box.",
            "Clean the wheels, the tyres and the blade guide with a dry brush.",
            "Fit the new blades from the front to the rear, each in its slot of the blade guide and over both wheels, "
            "with the scalloped edge facing the infeed.",
            "Refit the blade guide and the detector bar.",
            "Apply the tension (lever to position 1) and check the gauge: 4.5 bar (BB-45) or 5.5 bar (BB-60).",
            "Turn the wheels by hand at least 3 turns and check the tracking: the blade backs 1 to 2 mm in front of "
            "the tyre flanges.",
            "Close the cover, run the slicer empty for 2 min and reset the blade hours counter (S10).",
        ],
    ),
    ("h", "7. Changing the slice thickness"),
    (
        "ol",
        [
            "Remove all the blades as in steps 1 to 4 of section 6. Keep them in order if they are to be used again.",
            "Fit the blade guide for the new thickness.",
            "Fit the number of blades the new guide needs: the cutting width divided by the slice thickness, "
            "rounded down, for example 45 blades on a BB-45 with the 10 mm guide.",
            "Carry on with steps 7 to 10 of section 6.",
            "Set the infeed side guides 5 mm wider than the new loaf.",
        ],
    ),
    ("h", "8. Adjusting the blade tracking"),
    (
        "ol",
        [
            "With the main switch locked and the tension applied, open the blade cover.",
            "Turn the wheels by hand and watch the backs of the blades on the upper wheel.",
            "If the blades run against the flange, turn the tilt screw clockwise by a quarter turn; if they run more "
            "than 2 mm in front of it, turn it anticlockwise by a quarter turn.",
            "After each step turn the wheels 3 turns and look again.",
            "When all blades run 1 to 2 mm in front of the flange, lock the tilt screw with its nut.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the crumb drawer; brush the blade field and the infeed belt dry; check the oiler level"],
            ["Weekly", "Check the blade guide slots with the 0.7 mm gauge; clean the broken blade detector bar"],
            ["400 h (S10), or more than 3 single blades replaced", "Change the blade set (section 6)"],
            ["Monthly", "Check the wheel tyres; replace them when grooved 1 mm deep or more"],
            ["12 months", "Brotmark service: wheel bearings, drive belt, motor, electrical safety"],
            [
                "Wheel bearings, wheel hub nuts, drive belt",
                "Brotmark service only; the part numbers below are for ordering",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BB-45", "BB-60"],
            ["Blade set for the 12.5 mm guide", "BRM-BS-45 (36 blades)", "BRM-BS-60 (48 blades)"],
            ["Single blade 13 x 0.5 x 2440 mm", "BRM-BL-13", "BRM-BL-13"],
            ["Blade guide 12.5 mm", "BRM-BG-45-125", "BRM-BG-60-125"],
            ["Wheel tyre (two per machine)", "BRM-WT-355", "BRM-WT-355"],
            ["Drive belt", "BRM-DB-45", "BRM-DB-60"],
            ["Slot gauge 0.7 mm", "BRM-FG-07", "BRM-FG-07"],
            ["Blade oil H1, 1 L", "BRM-OIL-1", "BRM-OIL-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dosavelle DV-8 piston batter depositor
DOSAVELLE = [
    ("title", "Dosavelle DV-8 Piston Batter Depositor\nOperation and Maintenance Manual"),
    (
        "p",
        "Document DSV-MAN-DV8-01, Edition 1, June 2025. Dosavelle Depositing Systems. The DV-8 deposits cake, "
        "muffin and sponge batters into trays, cups or paper cases carried below it by its indexing tray conveyor. "
        "Eight pistons draw batter from the 80 L hopper through a rotary valve and push it out through eight "
        "nozzles. One servo motor drives all eight pistons; the stroke, and so the deposit volume, is set in the "
        "recipe. The batter recipe and its density, and the legal rules for the weight on the pack, are the site's. "
        "The mixer and aerator upstream and the oven downstream have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never put a hand into the hopper or under the nozzles while the machine is in AUTO or JOG mode. "
        "The pistons and the rotary valve move with great force and do not stop on contact. Lock off the main "
        "switch and vent the air before cleaning or any work on the depositing head.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DV-8"],
            ["Pistons and nozzles", "8, at 75 mm pitch"],
            ["Piston bore", "60 mm"],
            ["Stroke", "5-120 mm, set in steps of 0.1 mm"],
            ["Deposit volume per piston", "2.83 mL per mm of stroke, 14-339 mL"],
            [
                "Depositing speed",
                "up to 40 strokes/min for deposits up to 100 mL; up to 25 strokes/min for deposits above 100 mL",
            ],
            [
                "Deposit accuracy (see the conditions below)",
                "±1 % for homogeneous batter; ±3 % for batter with inclusions",
            ],
            ["Nozzles supplied", "10 mm (standard) and 16 mm (for inclusions)"],
            ["Inclusions, largest piece", "6 mm with the 10 mm nozzles, 10 mm with the 16 mm nozzles"],
            ["Batter viscosity", "1000-60 000 mPa s"],
            ["Batter temperature", "5-35 °C"],
            ["Hopper", "80 L, stainless steel, with level sensor"],
            ["Tray conveyor", "700 mm wide, indexing, trays up to 600 mm wide"],
            ["Working height (top of conveyor)", "850-950 mm, adjustable feet"],
            ["Compressed air", "6 bar, 80 NL/min, dry and oil-free"],
            ["Supply", "400 V 3~ 50 Hz, 3.2 kW, 5.5 A, fuse 10 A"],
            ["Protection", "IP65 except the control cabinet (IP54)"],
            ["Mass", "650 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The deposit accuracy holds only for deposits above 50 mL, with the hopper at least one third full and "
        "after the weight check and nozzle trim of section 7. Below one third the changing batter level changes "
        "the filling of the cylinders and the weights scatter more.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the DV-8; recipe changes and the service menu need the supervisor's code.",
            "Keep the nozzle guard closed in AUTO. The guard and the hopper lid are interlocked (D02).",
            "The servo holds the pistons under power. Before removing the nozzle bar, stop the machine, lock the main "
            "switch and vent the air.",
            "Hose down the frame at low pressure only. Never aim water at the servo motor or the control cabinet.",
            "Batter on the floor is slippery; clean it up at once.",
        ],
    ),
    ("h", "3. Depositing settings"),
    (
        "cols",
        [
            ("h", "Volume and stroke"),
            (
                "p",
                "Deposit volume (mL) = 2.83 x stroke (mm). The stroke for a wanted weight is stroke (mm) = weight "
                "(g) / (2.83 x density in g/mL). Example: 120 g of a batter of 0.85 g/mL needs 120 / (2.83 x 0.85) "
                "= 49.9 mm. The density comes from the site's recipe sheet; check it by weighing a level 1 L cup of "
                "the batter.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Up to 40 strokes/min for deposits up to 100 mL, and no more than 25 strokes/min above 100 mL. Stiff "
                "batters above 30 000 mPa s need a slower start: begin at 20 strokes/min.",
            ),
            ("h", "Suck-back"),
            (
                "p",
                "After each deposit the pistons draw back by 0 to 8 mm (parameter SB, default 2 mm) to cut the batter "
                "off at the nozzle. Too little suck-back leaves tails and strings; too much draws air in, which shows "
                "as light deposits.",
            ),
            ("h", "Nozzle height"),
            (
                "p",
                "The nozzle tips should be 10 to 20 mm above the top of the cup or tray while depositing. Lower "
                "nozzles dip into the batter; higher nozzles give tails and splashes.",
            ),
            ("h", "Nozzle trim"),
            (
                "p",
                "Each cylinder head has a trim screw that changes the volume of that nozzle only, by 0.5 % per full "
                "turn, up to ±5 %. Set the average with the stroke, never with the trim screws.",
            ),
            ("h", "Hopper level"),
            (
                "p",
                "Keep the hopper at least one third full (about 27 L). The level sensor gives D06 below 10 L.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            ["D02", "Guard open", "Nozzle guard or hopper lid interlock open."],
            [
                "D03",
                "Servo fault",
                "Servo drive alarm; the drive shows a sub-code. Switch off for 1 min; if it comes back, call "
                "Dosavelle service.",
            ],
            ["D04", "Air pressure low", "Below 5 bar: the rotary valve cannot turn reliably."],
            ["D06", "Hopper low", "Batter level below 10 L."],
            ["D07", "No tray", "The tray sensor did not see a tray in position within 5 s of indexing."],
            ["D08", "Valve position", "Rotary valve not in the fill or deposit position within 0.5 s."],
            [
                "D09",
                "Piston overload",
                "Servo torque above its limit: nozzle blocked, batter too stiff, or inclusions too big for the "
                "nozzles fitted.",
            ],
            ["D10", "Conveyor drive", "Conveyor motor protection tripped or belt jammed."],
            [
                "D11",
                "Encoder battery",
                "Servo encoder battery low. Replace it (DSV-EB-36) within 2 weeks with the power on, or the stroke "
                "zero is lost.",
            ],
            ["D12", "Service due", "1500 h since the last Dosavelle service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tails or strings of batter between deposits",
                "Suck-back too small, nozzles too high above the cups, or air pressure low",
                "Raise SB by 1 mm at a time; set the nozzles 10 to 20 mm above the cups; check 6 bar",
            ],
            [
                "One nozzle deposits light",
                "Piston seals worn, nozzle partly blocked, or trim screw moved",
                "Weigh per nozzle (section 7); a nozzle more than 3 % light after trimming needs new piston seals",
            ],
            [
                "Batter drips from the nozzles between strokes",
                "Rotary valve seals worn, or batter thinner than usual",
                "Replace the valve seal kit DSV-VS-8",
            ],
            [
                "All deposits vary in weight",
                "Hopper below one third, air in the batter, or inclusions unevenly mixed",
                "Keep the hopper filled; check the batter density with the 1 L cup",
            ],
            [
                "D09 with fruit or chocolate pieces",
                "Pieces larger than the nozzles allow",
                "Fit the 16 mm nozzles (pieces up to 10 mm)",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Start-up and priming"),
    (
        "ol",
        [
            "Check that the nozzles, pistons and rotary valve are assembled and the guards closed.",
            "Switch on and open the air; the gauge must show 6 bar.",
            "Select the recipe and press REF: the servo finds the stroke zero.",
            "Fill the hopper at least one third full.",
            "Place a catch tray under the nozzles and press PRIME: the DV-8 makes 10 strokes at the recipe volume to "
            "fill the cylinders and push out the air.",
            "Discard the primed batter and do the weight check (section 7) before production.",
        ],
    ),
    ("h", "7. Weight check and nozzle trim"),
    (
        "ol",
        [
            "Prime as in section 6 and run at production speed for at least 20 strokes.",
            "Place 8 numbered cups under the nozzles, one per nozzle, each tared on a scale reading to 0.1 g or "
            "better.",
            "Collect 10 deposits from each nozzle in its cup.",
            "Weigh each cup and divide by 10 to get the average deposit of each nozzle.",
            "Work out the overall average of the eight nozzles.",
            "A nozzle within ±1 % of the overall average needs no trim. For a nozzle outside ±1 %, turn its trim "
            "screw: one full turn changes that nozzle by 0.5 % (clockwise less, anticlockwise more).",
            "Repeat steps 3 to 6 until all nozzles are within ±1 %.",
            "A nozzle still more than 3 % light, or one that needs more than ±5 % of trim, has worn piston seals: "
            "replace them (section 8).",
            "Bring the overall average to the wanted weight with the stroke.",
        ],
    ),
    ("h", "8. Replacing the piston seals"),
    (
        "ol",
        [
            "Empty the hopper, clean the machine (section 9), then lock the main switch.",
            "Close the air supply and vent the air.",
            "Remove the nozzle bar (four clamps) and pull the rotary valve out towards the operator side.",
            "Take out the piston clevis pins and pull each piston forward out of its cylinder.",
            "Cut off the old lip seal and O-ring without scratching the groove.",
            "Fit the new seals of kit DSV-PS-60 (one kit per piston), lip towards the batter, greased with "
            "food-grade grease H1 (DSV-GR-H1).",
            "Push the pistons back and refit the clevis pins with new split pins.",
            "Refit the valve and the nozzle bar, switch on and press REF to set the stroke zero.",
            "Prime and do the weight check (section 7).",
        ],
    ),
    ("h", "9. Daily cleaning"),
    (
        "ol",
        [
            "Run the hopper empty and push the remaining batter out with PRIME into a tray.",
            "Lock the main switch, close and vent the air.",
            "Remove the nozzle bar, the rotary valve, the pistons and the hopper.",
            "Wash the parts in water at no more than 60 °C with a neutral detergent; no caustic cleaner on the valve "
            "seals.",
            "Hose the frame at low pressure, keeping the water away from the servo motor and the cabinet.",
            "Dry the parts, grease the valve stems with H1 grease and reassemble.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean (section 9); weight check at the start of each batch (section 7)"],
            ["Weekly", "Grease the valve stems and the piston clevis pins with H1 grease; check the conveyor belt"],
            [
                "1000 h, or when a nozzle is more than 3 % light after trimming, whichever comes first",
                "Replace the piston seals (section 8)",
            ],
            ["2000 h", "Replace the rotary valve seals (DSV-VS-8)"],
            ["1500 h (D12)", "Dosavelle service: servo drive, valve drive, electrical safety"],
            ["When D11 shows", "Replace the servo encoder battery"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Piston seal kit (one piston)", "DSV-PS-60"],
            ["Rotary valve seal kit", "DSV-VS-8"],
            ["Nozzle 10 mm", "DSV-NZ-10"],
            ["Nozzle 16 mm", "DSV-NZ-16"],
            ["Food-grade grease H1, 400 g", "DSV-GR-H1"],
            ["Encoder battery 3.6 V", "DSV-EB-36"],
            ["Hopper lid seal", "DSV-HL-80"],
            ["Servo motor 2.2 kW (fitted by Dosavelle service only)", "DSV-SM-22"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Tinvorra TD vacuum depanners
TINVORRA = [
    ("title", "Tinvorra TD Vacuum Depanners\nOperation and Maintenance Manual - TD-40 and TD-60"),
    (
        "p",
        "Document TVR-OM-TD-04, Edition 2, February 2025. Tinvorra Pan Handling. The TD-40 and TD-60 take baked "
        "loaves out of their pans after the oven. The pans run on the pan conveyor under a perforated vacuum belt; "
        "a fan draws air through the belt, the loaves are lifted against it and carried to the cooling conveyor, "
        "and the empty pans go on to the pan return. Apart from the output, the belt width, the fan and the items "
        "named in this manual, the two models are built alike. The pans, the pan conveyor, the cooling conveyor and "
        "the pan release agent are not part of the supply: loaves that stick in the pans because of the pans or "
        "the release agent are a matter for the pan maker and the supplier of the release agent.",
    ),
    (
        "warn",
        "WARNING: The vacuum belt runs just above the pan rims: hands can be drawn in between belt and pan. Never "
        "reach under the belt while the depanner runs. The fan runs on for up to 60 s after a stop; wait until it "
        "has stopped before opening the fan housing or the filter door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TD-40", "TD-60"],
            ["Output, single pans", "up to 40 pans/min", "up to 60 pans/min"],
            ["Vacuum belt width", "800 mm", "1100 mm"],
            ["Pan width across the conveyor, maximum", "700 mm", "1000 mm"],
            ["Belt height above the pan rims, adjustable", "60-200 mm", "60-200 mm"],
            ["Belt speed", "5-30 m/min", "5-40 m/min"],
            ["Fan motor 400 V 3~ 50 Hz", "5.5 kW, 10.6 A", "7.5 kW, 14.1 A"],
            ["Belt drive motor", "0.75 kW, 1.7 A", "1.1 kW, 2.5 A"],
            ["Supply fuse", "20 A", "25 A"],
            ["Air flow at the nominal vacuum", "2400 m³/h", "3300 m³/h"],
            ["Nominal vacuum at the belt", "25 mbar", "30 mbar"],
            ["Maximum vacuum, fan at 50 Hz", "30 mbar", "40 mbar"],
            ["Fan speed range on the inverter", "25-50 Hz", "25-50 Hz"],
            ["Crumb filter panels, 592 x 592 mm", "2", "3"],
            [
                "Belt: perforated polyester, silicone coated, for loaf surfaces up to",
                "180 °C",
                "180 °C",
            ],
            ["Noise at 1 m, fan at 50 Hz", "78 dB(A)", "80 dB(A)"],
            ["Mass", "780 kg", "1050 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The outputs hold for loaves that leave the pans freely, with the vacuum set by the rule in section 3 and a "
        "clean crumb filter. Loaves that stick in the pans cannot be pulled out by a higher vacuum.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may set the belt height, the vacuum or the speeds.",
            "Keep the side guards and the infeed tunnel closed; they are interlocked (V02).",
            "The belt and the pans are hot. Wear heat-resistant gloves when clearing a pan jam.",
            "Lock the main switch before any work on the belt, the rollers, the fan or the filter.",
            "Never stand on the belt frame; it is not designed to carry a person.",
        ],
    ),
    ("h", "3. Vacuum and speed settings"),
    (
        "cols",
        [
            ("h", "Vacuum needed"),
            (
                "p",
                "A loaf is lifted reliably when the vacuum at the belt is at least: vacuum (mbar) = 78 x loaf mass "
                "(kg) / top area of the loaf (dm²). The top area is the length x width of the loaf top in dm (1 dm = "
                "100 mm). Example: an 800 g loaf with a top of 250 x 100 mm (2.5 dm²) needs 78 x 0.8 / 2.5 = 25 mbar. "
                "The factor 78 includes a safety factor of 2 and the open area of the standard belt.",
            ),
            (
                "p",
                "A loaf that needs more than the maximum vacuum of the model, 30 mbar on the TD-40 and 40 mbar on the "
                "TD-60, cannot be depanned reliably by it.",
            ),
            ("h", "Setting the vacuum"),
            (
                "p",
                "The fan speed on the inverter sets the vacuum. Set the vacuum shown on the display to the value "
                "worked out above plus 2 mbar, but no higher than the maximum of the model.",
            ),
            ("h", "Belt speed"),
            (
                "p",
                "Run the vacuum belt between 3 % and 8 % faster than the pan conveyor, so that the loaves are drawn "
                "clear of the pan rims. Run the cooling conveyor at the belt speed or slightly faster.",
            ),
            ("h", "Belt height"),
            (
                "p",
                "Set the underside of the belt between 5 mm and 10 mm above the top of the tallest loaf. The height "
                "scale on the lifting spindle reads the distance from the pan rims.",
            ),
            ("h", "Empty pan check"),
            (
                "p",
                "A photocell after the belt looks into each pan. Three pans in a row with a loaf left in them stop the "
                "pan conveyor (V07). Single left loaves are counted on the display.",
            ),
            ("h", "Crumb filter"),
            (
                "p",
                "The filter differential pressure is shown on the display. Clean the panels when it exceeds 8 mbar "
                "(V09). If it is still above 5 mbar after cleaning, replace the panels.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["V01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            ["V02", "Guard open", "A side guard or the infeed tunnel is open."],
            [
                "V03",
                "Fan overload",
                "Fan motor protection or inverter fault. Wait for the run-on to end before resetting.",
            ],
            [
                "V05",
                "Vacuum low",
                "Vacuum more than 5 mbar below the setting for 10 s: filter blocked, belt damaged, or a door of the "
                "fan housing open.",
            ],
            ["V06", "Belt drive", "Belt motor protection tripped, or the belt slips on the drive roller."],
            ["V07", "Loaves left in pans", "Three pans in a row with a loaf left in them."],
            ["V08", "Pan jam", "Infeed photocell blocked for more than 4 s."],
            ["V09", "Filter blocked", "Filter differential pressure above 8 mbar."],
            ["V10", "Belt tracking", "Edge sensor: the belt has run more than 15 mm off centre."],
            ["V11", "Service due", "3000 h since the last Tinvorra service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Loaves left in the pans",
                "Vacuum too low for the loaf, belt too high above the loaves, or loaves sticking in the pans",
                "Work out the vacuum (section 3); lower the belt; if loaves stick, take it up with the pan maker and "
                "the release agent supplier",
            ],
            [
                "Loaves dropped before the outfeed",
                "Vacuum low: filter blocked, belt holes blocked with crumbs, belt cut",
                "Clean the filter; brush the belt holes open; check the belt",
            ],
            [
                "Loaf tops marked or crushed",
                "Belt too low",
                "Set the belt 5 mm to 10 mm above the tallest loaf",
            ],
            [
                "Loaves tip over at the outfeed",
                "Cooling conveyor slower than the belt",
                "Run the cooling conveyor at the belt speed or slightly faster",
            ],
            [
                "Belt runs to one side (V10)",
                "Crumbs on the rollers, tracking roller out of adjustment, or belt edge worn",
                "Clean the rollers; adjust the tracking (section 9)",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Setting up for a new product"),
    (
        "ol",
        [
            "Weigh a baked loaf and measure its top length and width and its height above the pan rim.",
            "Work out the vacuum needed (section 3). If it is above the maximum of the model, do not run the product "
            "on this depanner.",
            "Set the belt height 5 mm to 10 mm above the tallest loaf.",
            "Set the vacuum to the worked-out value plus 2 mbar.",
            "Set the belt speed 3 % to 8 % above the pan conveyor speed.",
            "Run 20 pans and watch the left-loaf counter; raise the vacuum by 2 mbar at a time if loaves are left, "
            "up to the maximum of the model.",
        ],
    ),
    ("h", "7. Cleaning and replacing the crumb filter"),
    (
        "ol",
        [
            "Stop the depanner, wait for the fan to stop (up to 60 s) and lock the main switch.",
            "Open the filter door on the fan housing.",
            "Pull out the filter panels (2 on the TD-40, 3 on the TD-60).",
            "Knock out the crumbs and blow the panels out from the clean side with compressed air at no more than "
            "2 bar.",
            "Check for holes or torn pleats; replace any such panel.",
            "Refit the panels with the arrow pointing to the fan and close the door.",
            "Start the fan and read the filter differential pressure. If it is above 5 mbar, replace all panels "
            "(set TVR-CF-40 or TVR-CF-60).",
        ],
    ),
    ("h", "8. Replacing the vacuum belt"),
    (
        "ol",
        [
            "Stop the depanner, wait for the fan run-on to end and lock the main switch.",
            "Raise the belt frame to its highest position (200 mm).",
            "Slacken the two tensioning screws on the tail roller equally until the belt hangs slack.",
            "Remove the four support bolts on the operator side, so that the frame is held from the drive side only.",
            "Pull the old belt off towards the operator side.",
            "Slide the new belt on (TVR-VB-800 or TVR-VB-1100) with its running arrow in the direction of travel.",
            "Refit the support bolts and tighten them to 45 Nm.",
            "Draw two marks 1000 mm apart on the slack belt. Tighten the tensioning screws equally until the marks "
            "are 1005 mm apart (0.5 % stretch).",
            "Run the belt at 10 m/min and adjust the tracking (section 9) until it runs centrally within ±5 mm.",
            "Lower the belt frame to the working height.",
        ],
    ),
    ("h", "9. Adjusting the belt tracking"),
    (
        "ol",
        [
            "Run the belt empty at 10 m/min with the guards closed and watch it through the inspection window.",
            "The belt runs towards the end of the tracking roller that is further forward. To move it towards the "
            "operator side, move the drive-side end of the tracking roller back by turning its adjusting screw a "
            "quarter turn.",
            "Wait for 3 belt revolutions after each adjustment before judging.",
            "When the belt runs centrally within ±5 mm, lock the adjusting screw.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Brush crumbs from the belt and the pan conveyor; read the filter differential pressure"],
            ["Weekly", "Clean the crumb filter (section 7); check that the belt holes are open"],
            ["Monthly", "Check the belt for cuts and edge wear; check the tension (1005 mm over 1000 mm marks)"],
            ["V09, or above 8 mbar", "Clean the filter; replace the panels if above 5 mbar after cleaning"],
            ["3000 h (V11)", "Tinvorra service: fan bearings and impeller, inverter, belt rollers"],
            [
                "Fan impeller and bearings",
                "Tinvorra service only; the impeller must be balanced after any work on it",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TD-40", "TD-60"],
            ["Vacuum belt", "TVR-VB-800", "TVR-VB-1100"],
            ["Crumb filter panel set", "TVR-CF-40 (2 panels)", "TVR-CF-60 (3 panels)"],
            ["Belt tracking edge sensor", "TVR-ES-1", "TVR-ES-1"],
            ["Tail roller bearing", "TVR-RB-30", "TVR-RB-35"],
            ["Belt brush", "TVR-BB-1", "TVR-BB-1"],
            ["Fan impeller (fitted by Tinvorra service)", "TVR-FI-55", "TVR-FI-75"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("levanor-lrp-roll-in-rack-proofer.pdf", "Levanor LVN-OM-LRP-03 Ed 2 - LRP-6 / LRP-10", LEVANOR),
        ("brotmark-bb-band-bread-slicer.pdf", "Brotmark BRM-BA-BB-07 Ed 3 - BB-45 / BB-60", BROTMARK),
        ("dosavelle-dv-piston-batter-depositor.pdf", "Dosavelle DSV-MAN-DV8-01 Ed 1 - DV-8", DOSAVELLE),
        ("tinvorra-td-vacuum-depanner.pdf", "Tinvorra TVR-OM-TD-04 Ed 2 - TD-40 / TD-60", TINVORRA),
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
