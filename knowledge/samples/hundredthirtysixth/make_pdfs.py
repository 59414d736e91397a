"""Generate the PDF manuals of the hundred-and-thirty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set136-scratch/venv && /tmp/set136-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set136-scratch/venv/bin/python knowledge/samples/hundredthirtysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Rimbrecht SM stick novelty moulding lines
RIMBRECHT = [
    ("title", "Rimbrecht SM Stick Novelty Moulding Lines\nOperation and Maintenance Manual - SM-18 and SM-24"),
    (
        "p",
        "Document RBF-OM-SM-04, Edition 3, March 2025. Rimbrecht Freezing Lines. The SM-18 and SM-24 are in-line "
        "moulding lines for stick novelties (water ice, milk ice and ice cream bars). Stainless steel mould strips move intermittently through a bath of calcium chloride brine. The products "
        "are released with a warm brine spray and pulled out by their sticks. The SM-18 carries mould strips of 18 pockets "
        "(two rows of 9), the SM-24 strips of 24 pockets (two rows of 12); apart from the width, the brine system and "
        "the items named in this manual the two lines are built alike. The ammonia refrigeration plant that cools "
        "the brine, the chocolate dipping unit and the flow wrapper are covered by their own documents and are not "
        "described here.",
    ),
    (
        "warn",
        "WARNING: Calcium chloride brine at -38 °C causes cold burns and severe eye damage. Wear the face shield, "
        "insulated gauntlets and apron whenever the tank covers are open or brine is sampled.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SM-18", "SM-24"],
            ["Pockets per mould strip", "18 (2 rows of 9)", "24 (2 rows of 12)"],
            ["Mould strip pitch", "110 mm", "110 mm"],
            ["Mould strips in the brine bath", "216", "216"],
            ["Maximum speed", "24 strokes/min", "22 strokes/min"],
            [
                "Maximum output (water ice 90 mL, brine at -38 °C)",
                "25 920 pieces per hour",
                "31 680 pieces per hour",
            ],
            ["Pocket volume (mould sets available)", "45-110 mL", "45-110 mL"],
            ["Brine", "calcium chloride, 29 % by mass", "calcium chloride, 29 % by mass"],
            ["Brine volume in the tank", "7.2 m³", "9.4 m³"],
            ["Brine temperature setpoint, freezing section", "-38 °C", "-38 °C"],
            ["Refrigeration duty at -38 °C brine (evaporating at -44 °C)", "380 kW", "500 kW"],
            ["Brine circulation pumps", "2 x 30 kW, 420 m³/h in total", "2 x 37 kW, 550 m³/h in total"],
            ["Defrost (warm) brine tank", "1.8 m³ at +18 °C, heater 36 kW", "2.4 m³ at +18 °C, heater 48 kW"],
            ["Stick magazine", "10 000 sticks", "14 000 sticks"],
            ["Sticks, birch", "93 or 114 mm", "93 or 114 mm"],
            ["Compressed air, dry, 6 bar", "900 NL/min", "1150 NL/min"],
            ["Supply 400 V 3~ 50 Hz, connected load without the brine pumps", "58 kW", "71 kW"],
            ["Wash water for the mould washer, 55-60 °C", "1.2 m³/h", "1.6 m³/h"],
            ["Length x width", "14.6 x 2.9 m", "14.6 x 3.6 m"],
            ["Mass in operation, with brine", "26 t", "33 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The maximum output holds only for water ice of 90 mL in brine at -38 °C. Milk ice and ice cream with "
        "overrun freeze more slowly; the line speed then follows from the freezing time the product needs "
        "(section 3). The sizing of the ammonia plant is the site's and its refrigeration contractor's.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Rimbrecht may run the line in AUTO or work on it.",
            "Brine splashes: rinse skin and eyes at once with plenty of water. The site must provide an eye wash "
            "station within 10 m of the brine tank.",
            "Never stand on the brine tank covers. A cover panel carries no more than 100 kg and is not a walkway.",
            "Brine may be drained to a sewer only as local discharge rules allow; ask the site's environmental "
            "officer before draining any brine.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Line speed and freezing time"),
            (
                "p",
                "The time a product spends in the brine is the number of mould strips in the bath divided by the "
                "speed: freezing time (min) = 216 / speed (strokes/min). At the maximum speed this is 9.0 min on the "
                "SM-18 and 9.8 min on the SM-24. Set the speed from the freezing time the product needs, never the "
                "other way round: speed (strokes/min) = 216 / freezing time (min), rounded down. At -38 °C, water "
                "ice of up to 90 mL needs at least 9 min, milk ice at least 10 min and ice cream with up to 80 % "
                "overrun at least 12 min; for ice cream the speed is therefore at most 18 strokes/min on either "
                "line. For products of more than 110 mL, or with a centre filling, ask the Rimbrecht product "
                "laboratory for the freezing time.",
            ),
            ("h", "Brine temperature"),
            (
                "p",
                "Setpoint -38 °C. In production the brine in the freezing section must stay within ±1.5 °C of the "
                "setpoint. Above -35 °C for more than 3 min the line stops filling (M01) and the strips already "
                "filled run on to extraction. Never set the brine below -42 °C: it becomes viscous and the pumps "
                "cavitate.",
            ),
            ("h", "Brine concentration"),
            (
                "p",
                "The brine is 29 % calcium chloride by mass, with a density of 1.28 kg/L at 15 °C and a freezing "
                "point of about -50 °C. Measure the density of a sample warmed to 15 °C with the hydrometer "
                "supplied; it must be between 1.27 and 1.29 kg/L. Water from condensation and washing dilutes the "
                "brine over time. For each 0.01 kg/L below 1.28 kg/L add about 30 kg of calcium chloride flakes "
                "(77 %) per m³ of brine (section 7). Example: an SM-18 reading 1.26 kg/L needs 2 x 30 x 7.2 = 432 "
                "kg of flakes. Above 1.29 kg/L add water of drinking quality.",
            ),
            ("h", "Stick insertion"),
            (
                "p",
                "The stick inserter can be placed over any strip position from 8 to 30 after the filler. The stick "
                "must go in when the product has a frozen shell but a soft core. As a starting point use position 12 "
                "for water ice and position 16 for milk ice and ice cream at 18 strokes/min; at other speeds move it "
                "in proportion to the speed. The sticks go in to a depth of 45 mm (±3 mm) for 93 mm sticks and 60 mm "
                "(±3 mm) for 114 mm sticks.",
            ),
            ("h", "Defrost and extraction"),
            (
                "p",
                "At the extraction station the mould strip is sprayed from below with warm brine at +18 °C (±2 °C) "
                "for 4 to 10 s, default 6 s. The grippers then pull the products out by their sticks. The pull-out "
                "force must not exceed 180 N per gripper; above it the gripper opens and M07 is shown. The defrost "
                "brine returns to the defrost tank, where its heater keeps it between +16 and +20 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "M01",
                "Brine temperature high",
                "Freezing-section brine above -35 °C for 3 min. Check the brine pumps and the refrigeration plant "
                "(site); the line stops filling.",
            ],
            [
                "M02",
                "Brine level low",
                "Brine more than 60 mm below the mark on the level gauge. Top up with brine of the right density, "
                "never with water only.",
            ],
            [
                "M03",
                "Brine flow low",
                "Flow below 70 % of nominal: pump tripped, suction strainer blocked or a valve closed. Clean the "
                "strainers.",
            ],
            [
                "M04",
                "Filler piston error",
                "Dosing piston not at its end position within 0.5 s. Check the piston seals and the product supply "
                "pressure (1.0-2.5 bar).",
            ],
            ["M05", "Stick magazine empty", "Refill the magazine; the line stops after 10 more strokes."],
            [
                "M06",
                "Stick missing",
                "The stick check camera found a pocket without a stick. Check the stick feed and the inserter fingers.",
            ],
            [
                "M07",
                "Extraction failed",
                "A gripper opened at 180 N or a product stayed in its pocket. Lengthen the defrost in steps of 1 s; "
                "check the defrost brine temperature.",
            ],
            ["M08", "Defrost brine cold", "Defrost brine below +14 °C. Check the heater elements and their contactor."],
            [
                "M09",
                "Strip drive overload",
                "Drive torque above 120 % for 2 s: a strip jammed in the guides.",
            ],
            ["M10", "Air pressure low", "Below 5.0 bar at the line inlet."],
            ["M12", "Wash water cold", "Mould washer water below 50 °C."],
            ["M13", "Guard open", "A guard door or tank cover is open in AUTO."],
            [
                "M14",
                "Brine density out of range",
                "The in-line density meter reads outside 1.27-1.29 kg/L (corrected to 15 °C). Check with the "
                "hydrometer before correcting.",
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
                "Sticks come out of the products at extraction, products left in the moulds",
                "Defrost too short or defrost brine too cold",
                "Lengthen the defrost by 1 s at a time, up to 10 s; check that the defrost brine is at +18 °C",
            ],
            [
                "Sticks crooked or leaning",
                "Stick inserted too early, product still liquid",
                "Move the inserter 2 positions later",
            ],
            [
                "Sticks not deep enough, split sticks",
                "Stick inserted too late, frozen shell too thick",
                "Move the inserter 2 positions earlier",
            ],
            [
                "Products soft or breaking at extraction",
                "Brine too warm, or the line too fast for the product",
                "Check the brine at -38 °C and the freezing time; reduce the speed",
            ],
            [
                "White bloom or a salty taste on the products",
                "Brine splashing into the pockets: level too high or a leaking pocket",
                "Check the brine level; leak test the strips (section 8)",
            ],
            [
                "Holes at the tip of the products, ice in the pockets",
                "Water left in the pockets after washing",
                "Check the air knife pressure, at least 4.5 bar",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the refrigeration plant has brought the brine to -38 °C and that M01 is not active.",
            "Check the brine density (section 3) at the start of each week and after every long wash down.",
            "Fill the defrost brine tank to the mark and switch on its heater; wait until it shows +18 °C.",
            "Check that the mould washer water is at 55-60 °C and the air knife pressure at least 4.5 bar.",
            "Fill the stick magazine with sticks of the length set in the recipe.",
            "Select the recipe on the operator panel: product, pocket volume, speed, stick position, defrost time.",
            "Connect the product line and vent the filler until product comes out without air.",
            "Start the line in JOG and check one strip at the filler: fill level 3-5 mm below the pocket rim.",
            "Switch to AUTO. The first products reach extraction after the freezing time.",
            "Check the first 20 products for stick position, shape and weight before releasing the line.",
        ],
    ),
    ("h", "7. Correcting the brine concentration"),
    (
        "ol",
        [
            "Take a 1 L sample from the sample valve at the pump delivery, wearing the face shield and gauntlets.",
            "Let the sample warm to 15 °C and measure its density with the hydrometer.",
            "Work out the quantity of calcium chloride flakes: (1.28 - measured density) / 0.01 x 30 kg x brine "
            "volume in m³ (7.2 m³ on the SM-18, 9.4 m³ on the SM-24).",
            "Stop filling and let the strips in the bath run out; keep the brine pumps running.",
            "Add the flakes slowly through the dissolving basket on the return side, no more than 50 kg at a time. "
            "Dissolving releases heat and raises the brine temperature.",
            "Wait 30 min after the last addition with the pumps running, take a new sample and measure again.",
            "Repeat until the density is between 1.27 and 1.29 kg/L. Record the quantity added in the brine log.",
        ],
    ),
    ("h", "8. Replacing and testing mould strips"),
    (
        "ol",
        [
            "Stop the line at the end of production with the strip to be replaced at the strip changing station "
            "after the washer.",
            "Select MAINTENANCE > STRIP CHANGE; the drive is limited to JOG at 10 % speed.",
            "Lock out the main switch.",
            "Remove the two retaining clips of the strip on the drive chain with the clip tool.",
            "Lift the strip out by its handles; a strip of the SM-18 weighs 9 kg and one of the SM-24 12 kg.",
            "Fit the new or repaired strip with the pocket numbers towards the operator side and fit new clips.",
            "Run at least two full rounds in JOG and check that the strip passes the filler, inserter and extractor "
            "without touching.",
        ],
    ),
    (
        "p",
        "Leak test of a strip: fill the pockets with water at 20 °C, put the strip on the test rig, pressurise it to "
        "0.5 bar and watch for bubbles for 2 min. A pocket that leaks takes the strip out of service. Leaking "
        "pockets are re-welded only by Rimbrecht service; the repair is not described in this manual.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the filler and the stick inserter; check the brine level and the temperature log"],
            ["Weekly", "Check the brine density with the hydrometer; clean the brine pump suction strainers"],
            [
                "Monthly",
                "Check the brine pH, 8.5-9.5; add Rimbrecht corrosion inhibitor RBF-INH-2 as its data sheet says",
            ],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Change the gearbox oil of the strip drive (ISO VG 220, 9 L)",
            ],
            ["Every 6 months", "Leak test all mould strips (section 8)"],
            [
                "Yearly",
                "Rimbrecht service: drive chain elongation (replace at 2 % or more over 20 links), gripper forces, "
                "density meter calibration",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SM-18", "SM-24"],
            ["Mould strip 90 mL, complete", "RBF-MS18-090", "RBF-MS24-090"],
            ["Gripper bar", "RBF-GB18", "RBF-GB24"],
            ["Stick inserter finger set", "RBF-SF-18", "RBF-SF-24"],
            ["Filler piston seal kit", "RBF-PS-40", "RBF-PS-40"],
            ["Brine pump mechanical seal", "RBF-BPS-30", "RBF-BPS-37"],
            ["Defrost heater element 12 kW", "RBF-HE-12 (3 fitted)", "RBF-HE-12 (4 fitted)"],
            ["Hydrometer 1.20-1.30 kg/L", "RBF-HY-130", "RBF-HY-130"],
            ["Corrosion inhibitor, 25 kg", "RBF-INH-2", "RBF-INH-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Ostwalder WC wafer cone baking ovens
OSTWALDER = [
    ("title", "Ostwalder WC Wafer Cone Baking Ovens\nOperating and Maintenance Instructions - WC-36 and WC-48"),
    (
        "p",
        "Document OBS-BA-WC-02, Edition 2, November 2024. Ostwalder Baking Systems. The WC-36 and WC-48 are automatic "
        "gas-heated ovens for moulded wafer cones for ice cream. A closed chain of baking tongs runs round the oven; "
        "each tong holds a bottom mould plate with eight cavities and a top plate with eight cores. At the front the "
        "depositor fills batter into the open cavities, the cores close the tong, the tong runs through the baking "
        "chamber over the gas burners and opens at the front again, the cores lift and the cones are pushed out, "
        "trimmed and carried to the cooling conveyor. The WC-36 has 36 tongs and the WC-48 has 48; apart from the "
        "number of tongs, the burners and the items named in this manual the two ovens are built alike. The gas "
        "supply up to the oven's isolating valve, the flue and the batter mixing plant are the site's "
        "responsibility.",
    ),
    (
        "warn",
        "WARNING: The tongs run at up to 205 °C and the oven casing at up to 70 °C. Open the inspection doors only "
        "with the oven stopped and wear heat-resistant gloves. If you smell gas, close the main gas valve, do not "
        "switch anything on or off, and call the site's gas emergency contact.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WC-36", "WC-48"],
            ["Baking tongs", "36", "48"],
            ["Cavities per tong", "8", "8"],
            ["Bake time, settable", "90-180 s", "90-180 s"],
            ["Chain revolution time", "1.25 x bake time", "1.25 x bake time"],
            ["Output at 120 s bake time (150 s revolution)", "6912 cones per hour", "9216 cones per hour"],
            ["Tong surface temperature, working range", "175-205 °C", "175-205 °C"],
            ["Burners", "36 ramp burners in 3 zones", "48 ramp burners in 4 zones"],
            ["Heat input, natural gas G20", "190 kW", "250 kW"],
            ["Gas flow, G20, at full heat input", "20.1 m³/h", "26.5 m³/h"],
            ["Gas inlet pressure, G20", "20-25 mbar", "20-25 mbar"],
            ["Flue gas fan", "2800 m³/h", "3600 m³/h"],
            ["Depositor", "8-nozzle piston depositor, 4-16 g per cavity", "8-nozzle piston depositor, 4-16 g per cavity"],
            ["Batter hopper", "60 L", "80 L"],
            ["Electrical supply 400 V 3~ 50 Hz", "14 kW", "17 kW"],
            ["Length x width x height", "6.9 x 1.9 x 2.1 m", "8.6 x 1.9 x 2.1 m"],
            ["Mass", "9.8 t", "12.6 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "Outputs are for cones of 5.5 g baked for 120 s. Heat inputs and gas flows are for natural gas G20 "
        "(9.45 kWh/m³) at 20 mbar. For liquefied petroleum gas the oven must be converted with the Ostwalder "
        "conversion kit by a qualified gas engineer, following the kit's own instructions; the nozzle sizes and "
        "settings for LPG are given there, not here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only staff trained on the oven may run it. Work on gas parts only by a qualified gas engineer registered "
            "under the national rules.",
            "Never bypass the flame supervision or the air switch of the flue fan.",
            "Before the burners light, the flue fan purges the chamber for at least 60 s. Never shorten the purge.",
            "Keep the area in front of the ejector clear: the cone pusher moves without warning.",
            "The tongs hold their heat: after switching off they need at least 3 h to cool below 50 °C.",
        ],
    ),
    ("h", "3. Baking settings"),
    (
        "cols",
        [
            ("h", "Output"),
            (
                "p",
                "Output (cones/h) = number of tongs x 8 x 3600 / revolution time (s), where the revolution time is "
                "1.25 times the bake time. At 120 s bake time: WC-36, 36 x 8 x 3600 / 150 = 6912 cones/h; WC-48, "
                "48 x 8 x 3600 / 150 = 9216 cones/h.",
            ),
            ("h", "Tong temperature"),
            (
                "p",
                "Set 190 °C as the starting point for standard cones. The measured temperature of each zone must be "
                "within ±5 °C of its setpoint in production. More than 10 °C below the setpoint for 60 s stops the "
                "depositor (B05). Above 215 °C the burners of that zone shut off (B06). Heat up from cold no faster "
                "than 3 °C per minute; from cold to 190 °C this takes about 60 min.",
            ),
            ("h", "Bake time"),
            (
                "p",
                "Standard cones of 5.5 g: 120 s at 190 °C. For heavier cones or a sugar-rich batter lengthen the "
                "bake time rather than raise the temperature, by about 10 s for each gram above 5.5 g. The oven is "
                "not suitable for rolled sugar cones or wafer cups.",
            ),
            ("h", "Batter"),
            (
                "p",
                "Batter temperature 18-24 °C at the depositor; B11 stops the depositor outside 16-26 °C. The batter "
                "viscosity, measured with the Ford cup No. 4 supplied, must be 35-50 s. Thicker batter leaves cones "
                "with incomplete rims; thinner batter runs over the cavity edge and forms flash. The recipe is the "
                "customer's; Ostwalder gives no batter recipe.",
            ),
            ("h", "Dose"),
            (
                "p",
                "Dose = target cone mass x 1.6, because about 38 % of the batter mass leaves as steam. A cone of "
                "5.5 g needs 8.8 g of batter per cavity. The dose of the eight nozzles may differ from the target by "
                "no more than ±0.3 g.",
            ),
            ("h", "Moisture"),
            (
                "p",
                "Cones leave the oven with 1.0-2.5 % moisture. Cones above 3 % go soft and jam in the cone dispenser "
                "of the filler. Store them in closed boxes at no more than 50 % relative humidity.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "B01",
                "Flame failure",
                "A zone's flame sensor lost the flame and the zone locked out. Reset once; if it locks out again, "
                "call a gas engineer.",
            ],
            ["B02", "Gas pressure low", "Inlet pressure below 17 mbar (G20)."],
            ["B03", "Gas pressure high", "Inlet pressure above 30 mbar (G20): the site's governor is faulty."],
            [
                "B04",
                "Flue air failure",
                "Air switch of the flue fan open: fan stopped, belt broken or flue blocked. All burners off.",
            ],
            ["B05", "Tong temperature low", "More than 10 °C below the setpoint for 60 s; the depositor stops."],
            ["B06", "Overtemperature", "Above 215 °C; the burners of the zone stay off until it is below 200 °C."],
            ["B07", "Batter level low", "Less than 10 L in the hopper."],
            [
                "B09",
                "Cone not ejected",
                "The ejector sensor saw a cone left in a cavity. The depositor skips that tong in the next round.",
            ],
            [
                "B10",
                "Chain overload",
                "Shear pin of the chain drive broken. Find the cause before fitting a new pin; never fit a stronger "
                "pin.",
            ],
            ["B11", "Batter temperature", "Batter outside 16-26 °C."],
            ["B12", "Lubrication fault", "The tong hinge lubricator did not reach its pressure."],
            ["B13", "Door open", "An inspection door or the ejector guard is open."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cones stick in the cavities or tear at the rim",
                "Moulds too cold, new moulds not seasoned, or batter low in fat",
                "Check the zone temperatures; new mould plates must be seasoned (OBS-SI-07)",
            ],
            [
                "Pale, soft cones that bend",
                "Bake time too short or temperature too low",
                "Lengthen the bake time by 10 s",
            ],
            [
                "Dark or burnt tips, pale rims",
                "Uneven heat in a zone or a burner partly blocked",
                "Lower the zone by 5 °C and check the flame picture of each burner",
            ],
            [
                "Incomplete rims or holes in the cones",
                "Dose too low or batter too thick",
                "Check the dose (section 7) and the viscosity, 35-50 s",
            ],
            [
                "Flash on the rim, heavy trimming",
                "Batter too thin or dose too high",
                "Reduce the dose in steps of 0.2 g",
            ],
            [
                "Cones go soft in store",
                "Moisture above 3 % or a humid store",
                "Store at no more than 50 % relative humidity",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up and starting production"),
    (
        "ol",
        [
            "Open the main gas valve and check the inlet pressure on the gauge: 20-25 mbar.",
            "Switch on the main switch; the flue fan starts and purges the chamber for 60 s.",
            "Start the chain in HEAT mode: the tongs must move while the burners are on.",
            "Select the recipe: bake time, zone setpoints and dose.",
            "Start the burners. The oven heats at no more than 3 °C per minute; wait until all zones are within "
            "±5 °C of their setpoint.",
            "The automatic lubricator runs one cycle when the zones reach 150 °C.",
            "Fill the hopper with batter at 18-24 °C and run the depositor pump to vent it.",
            "Switch to BAKE. Discard the cones of the first two chain revolutions.",
            "Check 10 cones for mass, colour and moisture before releasing the production.",
        ],
    ),
    ("h", "7. Checking and setting the batter dose"),
    (
        "ol",
        [
            "With the oven in BAKE, select SERVICE > DOSE CHECK; the depositor fills one tong's dose into the check "
            "tray instead of the cavities.",
            "Weigh the batter from each of the eight nozzles separately on the 0.1 g scale.",
            "Work out the target: cone mass x 1.6.",
            "Adjust the piston stroke knob: one division changes the dose of all nozzles by 0.2 g.",
            "Correct single nozzles with their needle screws: a quarter turn changes that nozzle by about 0.1 g.",
            "Repeat the check until all eight nozzles are within ±0.3 g of the target.",
            "Record the results in the oven log.",
        ],
    ),
    ("h", "8. Changing a baking tong"),
    (
        "ol",
        [
            "Stop the depositor and let the chain run empty for one revolution.",
            "Bring the tong to be changed to the tong changing door with the JOG button.",
            "Switch the burners off, leave the flue fan running and lock out the chain drive.",
            "Wait until the tong is below 60 °C, and wear heat-resistant gloves.",
            "Remove the two hinge pins and the cam roller bolt and lift the tong out with the lifting tool; a tong "
            "weighs 38 kg.",
            "Fit the new tong with new hinge pin circlips and tighten the cam roller bolt to 45 Nm.",
            "Check with a feeler gauge that the closed tong has a gap of 0.05-0.10 mm between the plates at the "
            "mould lock.",
            "Heat up as in section 6 and check the first cones from the new tong.",
        ],
    ),
    (
        "p",
        "New mould plates must be seasoned before they bake for sale. Seasoning follows Ostwalder instruction "
        "OBS-SI-07, which is supplied with the plates; it is not part of this manual.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Brush the ejector and trimmer, empty the crumb trays, check the flames through the sight glasses"],
            ["Weekly", "Check the depositor nozzles; clean the depositor with warm water"],
            ["Every 500 h", "Grease the bearings of the chain drive"],
            [
                "Every 2000 h or 12 months, whichever comes first",
                "Gas safety inspection and combustion check by a qualified gas engineer; CO in the flue gas no more "
                "than 100 ppm",
            ],
            ["Every 4000 h", "Measure the chain elongation over 10 links; replace the chain at 1.5 %"],
            ["Yearly", "Ostwalder service: tong gap of every tong, lubricator, burner zones"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WC-36", "WC-48"],
            ["Baking tong, complete, 8 cavities", "OBS-T8-100", "OBS-T8-100"],
            ["Hinge pin set", "OBS-HP-10", "OBS-HP-10"],
            ["Ramp burner", "OBS-RB-360", "OBS-RB-360"],
            ["Flame sensor", "OBS-FS-2", "OBS-FS-2"],
            ["Depositor nozzle", "OBS-DN-8", "OBS-DN-8"],
            ["Chain drive shear pin", "OBS-SP-36", "OBS-SP-48"],
            ["Flue fan belt", "OBS-FB-28", "OBS-FB-36"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kryssand XL extrusion lines
KRYSSAND = [
    ("title", "Kryssand XL Ice Cream Extrusion Lines with Ultrasonic Cutter\nUser Manual - XL-6 and XL-8"),
    (
        "p",
        "Document KRX-UM-XL-05, Edition 1, June 2025. Kryssand Extrusion Systems. The XL-6 and XL-8 extrude ice "
        "cream from a continuous freezer through a row of nozzles onto a tray conveyor and cut it into pieces with "
        "an ultrasonic blade: bars, slices, slabs and small cakes. The XL-6 has six lanes and the XL-8 eight; apart "
        "from the lanes, the cutter and the items named in this manual the two lines are built alike. The trays carry "
        "the products into a hardening tunnel. The continuous freezer, the hardening tunnel and the stick inserter "
        "option are covered by their own manuals.",
    ),
    (
        "warn",
        "WARNING: The ultrasonic blade cuts fingers as easily as ice cream and gives no sign that it is vibrating. "
        "Never touch the blade or the sonotrode while the generator is switched on. The ultrasound itself is above "
        "the hearing range, but the cutter also makes audible noise of up to 84 dB(A) at 1 m: wear hearing "
        "protection at the cutter.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "XL-6", "XL-8"],
            ["Lanes", "6", "8"],
            ["Lane pitch", "115 mm", "86 mm"],
            ["Largest product width", "100 mm", "72 mm"],
            ["Tray", "700 x 380 mm, stainless steel", "700 x 380 mm, stainless steel"],
            ["Cutting rate", "8-30 cuts/min", "8-26 cuts/min"],
            ["Maximum output, one piece per lane per cut", "10 800 pieces per hour", "12 480 pieces per hour"],
            ["Ice cream throughput at the nozzles", "up to 1500 L/h", "up to 1800 L/h"],
            ["Ice cream temperature at the nozzle manifold", "-5.5 to -7.0 °C", "-5.5 to -7.0 °C"],
            ["Product pressure at the nozzle manifold", "1.5-4.0 bar", "1.5-4.0 bar"],
            ["Ultrasonic cutter", "1 sonotrode with a 740 mm blade", "2 sonotrodes with 370 mm blades"],
            ["Generator", "1 x 2.0 kW, 20 kHz", "2 x 1.2 kW, 20 kHz"],
            ["Blade amplitude, peak to peak", "up to 60 µm", "up to 60 µm"],
            ["Cutter stroke", "60 mm", "60 mm"],
            ["Compressed air, 6 bar, dry and oil-free", "450 NL/min", "520 NL/min"],
            ["Supply 400 V 3~ 50 Hz", "9 kW", "11 kW"],
            ["Mass", "2.9 t", "3.3 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The highest cutting rate needs ice cream at -6.0 °C or colder; with ice cream at -5.5 °C the rate must stay "
        "at or below 22 cuts/min. The cutter must not be used on products with whole nuts, frozen fruit pieces "
        "larger than 6 mm or chocolate layers thicker than 2 mm: these chip the blade.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The cutter area is guarded by interlocked doors. Opening one stops the cutter and switches the "
            "generator off within 0.5 s.",
            "Never let the blade oscillate in air for more than 5 s (CUTTER TEST): it heats up and may crack.",
            "Handle blades only with the blade guard fitted.",
            "Release the product pressure with the vent valve on the manifold before opening a nozzle plate: frozen "
            "product under 4 bar can shoot out.",
            "Never spray water at the converters or the generator (IP54); wipe them with a damp cloth only.",
        ],
    ),
    ("h", "3. Cutter settings"),
    (
        "cols",
        [
            ("h", "Piece length and flow"),
            (
                "p",
                "The product is extruded continuously and cut at the set rate. Piece length (mm) = extrusion speed "
                "(mm/s) x 60 / cutting rate (cuts/min). At 30 cuts/min and 50 mm/s a piece is 100 mm long. The "
                "flow of one lane (L/h) = nozzle cross-section (cm²) x extrusion speed (mm/s) x 0.36. Example: a "
                "60 x 20 mm nozzle (12 cm²) at 50 mm/s gives 216 L/h per lane, 1296 L/h on six lanes and 1728 L/h "
                "on eight, within the throughput of both lines.",
            ),
            ("h", "Ultrasonic settings"),
            (
                "p",
                "Frequency 20 kHz. At each start the generator scans and locks on the resonance of the sonotrode; "
                "the working frequency must lie within ±500 Hz of 20 000 Hz, that is between 19.5 and 20.5 kHz. The "
                "amplitude is set in percent of the 60 µm maximum. Start at 70 % (42 µm) for plain ice cream and "
                "raise it in steps of 5 % for products with inclusions, up to 100 %. The blade oscillates only "
                "during the cut, from 50 ms before contact to the end of the stroke.",
            ),
            ("h", "Ice cream temperature"),
            (
                "p",
                "Extrusion needs stiff ice cream: -5.5 to -7.0 °C at the nozzle manifold, read on the manifold "
                "sensor. Warmer ice cream sags and the pieces lose their shape (X04 warns above -5.0 °C); colder ice "
                "cream raises the manifold pressure above 4.0 bar (X05). The draw temperature is set on the freezer, "
                "following its own manual.",
            ),
            ("h", "Cut height"),
            (
                "p",
                "The blade must cut to within 1 mm of the tray without touching it. Set the lower end of the stroke "
                "1.0 mm (±0.3 mm) above the tray surface.",
            ),
            ("h", "Blade condition"),
            (
                "p",
                "Replace a blade with a nick deeper than 0.5 mm, a crack of any length or a worn edge. Blades are "
                "never reground or straightened. Replace every blade after 2000 h of cutting or 12 months, whichever "
                "comes first, even if it looks good.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "X01",
                "Generator overload",
                "Power above 100 % for 1 s: blade touching the tray, blade loose or cracked, or product too cold.",
            ],
            [
                "X02",
                "Resonance not found",
                "The frequency scan found no resonance between 19.5 and 20.5 kHz: blade loose or cracked, wrong "
                "blade, or ice on the sonotrode.",
            ],
            [
                "X03",
                "Converter temperature",
                "Converter above 60 °C. Check the cooling air (0.5 bar on its regulator) and its filter.",
            ],
            ["X04", "Product too warm", "Above -5.0 °C at the manifold."],
            [
                "X05",
                "Manifold pressure high",
                "Above 4.0 bar: nozzle blocked, product too cold or freezer output too high.",
            ],
            ["X06", "Manifold pressure low", "Below 1.5 bar: freezer stopped or air in the product."],
            ["X07", "Tray missing", "No tray under the nozzles at the cut."],
            ["X08", "Tray jam", "Tray conveyor torque above 110 %."],
            ["X09", "Cutter position", "The cutter did not reach its top position within 300 ms."],
            ["X11", "Door open", "A cutter door is open."],
            ["X12", "Air pressure low", "Below 5 bar."],
            ["X13", "Blade hours", "The blade has cut for 800 h since the last check: inspect it (section 9)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cut faces ragged or torn, crumbs on the tray",
                "Amplitude too low or blade edge worn",
                "Raise the amplitude by 5 %; inspect the blade",
            ],
            [
                "Product sticks to the blade and is lifted with it",
                "Amplitude too low, or the blade not oscillating before contact",
                "Check the 50 ms lead time in the recipe; raise the amplitude",
            ],
            [
                "Pieces slump, lean or lose their shape after the cut",
                "Ice cream too warm",
                "Draw the ice cream colder at the freezer, -6.0 °C or below",
            ],
            [
                "Pieces of different weight from lane to lane",
                "Flow differs between the lanes",
                "Balance the lanes (section 7)",
            ],
            [
                "Loud whistling from the cutter, X01 or X02",
                "Blade screws loose or blade cracked",
                "Stop, check the screws at 18 Nm and the blade for cracks",
            ],
            [
                "Cut marks on the trays",
                "Lower end of the stroke too low",
                "Set it 1.0 mm above the tray",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the line"),
    (
        "ol",
        [
            "Check that the hardening tunnel is running and at its temperature (see its manual).",
            "Fit the nozzle plate for the product and close its clamps.",
            "Select the recipe: cutting rate, amplitude, piece length and tray pattern.",
            "Press CUTTER TEST: the generator scans and shows the frequency, which must read 19.5 to 20.5 kHz.",
            "Start the tray conveyor.",
            "Start the freezer and open the product valve; vent the manifold until ice cream comes out without air.",
            "Check the manifold temperature, -5.5 to -7.0 °C, and pressure, 1.5-4.0 bar.",
            "Start extruding and cutting. Weigh 10 pieces from each lane and balance the lanes if needed.",
            "Release the production when the pieces are within ±3 % of the target mass.",
        ],
    ),
    ("h", "7. Balancing the lanes"),
    (
        "ol",
        [
            "Run at the production rate for at least 2 min.",
            "Collect 5 pieces from each lane and weigh them.",
            "Work out the mean mass of all lanes.",
            "Open the lane valve of a light lane by a quarter turn, or close that of a heavy lane.",
            "Repeat after 2 min until every lane is within ±2 % of the mean.",
        ],
    ),
    ("h", "8. Changing the ultrasonic blade"),
    (
        "ol",
        [
            "Stop the line, switch the generator off and lock out the main switch.",
            "Open the cutter doors and fit the blade guard over the old blade.",
            "Undo the M8 blade screws: 6 on the 740 mm blade of the XL-6, 4 on each 370 mm blade of the XL-8.",
            "Clean the face of the sonotrode with a lint-free cloth and alcohol; it must be free of ice, product and "
            "old paste.",
            "Fit the new blade with its bevel towards the nozzles.",
            "Tighten the screws from the middle outwards to 18 Nm with the torque wrench supplied.",
            "Set the lower end of the stroke 1.0 mm above a tray with the feeler gauge.",
            "Close the doors, switch on and press CUTTER TEST: the scan must find the resonance between 19.5 and "
            "20.5 kHz.",
            "Reset the blade hour counter (X13).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "After each production",
                "Clean the nozzles, manifold and blade with warm water of no more than 50 °C; no high-pressure hoses",
            ],
            ["Weekly", "Check the blade for nicks and cracks"],
            ["Every 800 h (X13)", "Inspect the blade with a magnifier; replace it at any crack"],
            ["Monthly", "Clean the filter of the converter cooling air"],
            ["Every 2000 h or 12 months, whichever comes first", "Replace the blade"],
            ["Yearly", "Kryssand service: generator and converter check, sonotrode check"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "XL-6", "XL-8"],
            ["Ultrasonic blade", "KRX-BL-740", "KRX-BL-370 (2 needed)"],
            ["Blade screw set", "KRX-BS-6", "KRX-BS-4 (2 needed)"],
            ["Sonotrode", "KRX-SO-740", "KRX-SO-370"],
            ["Converter", "KRX-CV-20", "KRX-CV-20 (2 fitted)"],
            ["Generator", "KRX-GN-2000", "KRX-GN-1200 (2 fitted)"],
            ["Manifold gasket set", "KRX-MG-6", "KRX-MG-8"],
            ["Lane valve", "KRX-LV-25", "KRX-LV-25"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cornatti CFM-6 cone filling machine
CORNATTI = [
    ("title", "Cornatti CFM-6 Cone Filling Machine\nOperator and Maintenance Manual"),
    (
        "p",
        "Document CRN-OM-CFM6-03, Edition 3, January 2025. Cornatti Filling Machines. The CFM-6 is a linear machine "
        "with intermittent motion that fills ice cream cones in six lanes. Cone holders on a chain carry the cones "
        "under the stations: sleeve and cone placing, ice cream filling, sauce topping, dry topping, lid placing, "
        "lid closing, and the ejector that pushes the finished cones onto the outfeed conveyor to the hardening "
        "tunnel. The cones arrive already sprayed inside with chocolate coating. The cone spraying machine, the "
        "continuous freezer, the sleeve making machine and the hardening tunnel have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The lid closing heads press with up to 1.5 kN and the chain indexes without warning. Never reach "
        "into the machine in AUTO. The interlocked guards stop it; for any work inside, stop the machine and lock "
        "out both the main switch and the air supply.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Lanes", "6"],
            ["Speed", "8-24 strokes/min"],
            ["Maximum output", "8640 cones per hour"],
            ["Cone sizes, with change parts", "rim diameter 52-64 mm, length 110-160 mm"],
            ["Ice cream fill volume", "60-160 mL per cone"],
            ["Fill accuracy, volumetric", "±2 % of the set volume"],
            ["Ice cream supply temperature", "-4.5 to -6.0 °C"],
            ["Ice cream supply pressure", "1.0-3.0 bar"],
            ["Filling heads", "6 rotary valve heads with twist nozzle drive"],
            ["Sauce topping", "6 nozzles, 2-10 g per cone"],
            ["Dry topping dispenser", "volumetric drum, 1-6 g per cone, particles under 5 mm"],
            ["Lid magazine", "1200 lids per lane"],
            ["Sleeve magazine", "1000 sleeves per lane"],
            ["Chain", "54 bars of 6 cone holders"],
            ["Compressed air, 6 bar", "700 NL/min"],
            ["Vacuum pump for sleeve and lid pick-up", "4 kW rotary vane pump, -0.6 bar"],
            ["Supply 400 V 3~ 50 Hz", "12 kW"],
            ["Mass", "3.1 t"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The maximum output holds for a straight fill of up to 120 mL. With the twist nozzles running, or for a fill "
        "above 120 mL, the speed is limited to 20 strokes/min (7200 cones per hour). The fill accuracy holds for "
        "ice cream of 80-110 % overrun at -5 °C; Cornatti gives no fill accuracy for sorbet or water ice, which "
        "must be tested on site with Cornatti's application engineers.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained on the CFM-6 may run it; maintenance only by the site's trained fitters.",
            "The dry topping drum has a sharp doctor blade; clean it with the machine locked out and cut-resistant "
            "gloves.",
            "After a product with nuts or other allergens, clean as the site's allergen changeover procedure "
            "requires. This manual does not replace that procedure.",
            "Never run the machine with the outfeed guard removed.",
            "Vent the ice cream supply line before opening a filling head.",
        ],
    ),
    ("h", "3. Filling settings"),
    (
        "cols",
        [
            ("h", "Fill volume and mass"),
            (
                "p",
                "The filler doses by volume. Fill mass (g) = fill volume (mL) x mix density (g/mL) / (1 + overrun / "
                "100). With a mix density of 1.10 g/mL and 100 % overrun, 120 mL of ice cream weighs 66 g. Check the "
                "mass, not the volume: each hour weigh six filled cones, one from each lane, and six empty ones.",
            ),
            ("h", "Fill height"),
            (
                "p",
                "The ice cream must stand 8-12 mm above the cone rim for a flat lid, or 20-25 mm for a twisted top "
                "under a dome lid. The lid must not touch the ice cream: check with a clear lid at start-up.",
            ),
            ("h", "Sauce and dry topping"),
            (
                "p",
                "Sauce 2-10 g per cone, settable in steps of 0.5 g; sauce temperature 20-35 °C. Dry topping 1-6 g "
                "per cone; the drum speed follows the machine speed. Particles must be smaller than 5 mm or they "
                "bridge in the drum.",
            ),
            ("h", "Lid closing"),
            (
                "p",
                "The closing head presses each lid with 600-900 N, default 750 N, held for 0.3 s. More than 900 N "
                "cracks the cone rim. A closed lid must not come off when the cone is turned upside down and shaken "
                "lightly.",
            ),
            ("h", "Ice cream supply"),
            (
                "p",
                "Supply at -4.5 to -6.0 °C and 1.0-3.0 bar. Colder than -6.0 °C the rotary valves do not cut "
                "cleanly and the fill drops (A03); warmer than -4.5 °C the ice cream runs down the cone.",
            ),
            ("h", "Speed"),
            (
                "p",
                "8-24 strokes/min; no more than 20 strokes/min with the twist nozzles running or with fills above "
                "120 mL.",
            ),
            ("h", "Sleeves and cones"),
            (
                "p",
                "Sleeves arrive in nested stacks from the sleeve machine and are picked by vacuum. The pick-up "
                "vacuum must be -0.5 bar or stronger; A07 and A02 appear when it is weaker. Cones from the oven must "
                "be used within the time the site sets for them; cones that have taken up moisture jam in the "
                "magazine and break at the placing station.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Cone missing", "The camera found an empty cone holder before the filler; that lane is not filled."],
            ["A02", "Sleeve missing", "No sleeve picked, or sleeve magazine empty."],
            [
                "A03",
                "Fill low",
                "The level sensor saw a fill below the set height in a lane. Check the supply temperature and the "
                "rotary valve.",
            ],
            ["A04", "Supply pressure low", "Ice cream supply below 1.0 bar."],
            ["A05", "Supply pressure high", "Ice cream supply above 3.0 bar."],
            [
                "A07",
                "Lid missing",
                "Lid magazine empty, or the pick-up vacuum weaker than -0.5 bar.",
            ],
            ["A08", "Closing force", "Lid closing force outside 600-900 N."],
            [
                "A09",
                "Topping drum stopped",
                "Drum motor overload: topping bridged, moist topping or a foreign body.",
            ],
            ["A10", "Chain overload", "Chain drive torque above 120 %: a cone or holder jammed."],
            ["A11", "Guard open", "A guard door is open in AUTO."],
            ["A12", "Air pressure low", "Below 5.0 bar."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ice cream runs down the outside of the cones",
                "Supply too warm, or fill too high",
                "Supply at -4.5 °C or colder; lower the fill height",
            ],
            [
                "Cone rims crack when the lid is closed",
                "Closing force too high, or cones too dry and brittle",
                "Reduce the force towards 600 N; check the cones' moisture with the oven team",
            ],
            [
                "Cones soft and soggy after hardening",
                "Chocolate coating inside the cone missing or too thin",
                "Check the cone spraying machine (its own manual)",
            ],
            [
                "Fill mass differs from lane to lane",
                "Worn rotary valve seals, or air in the ice cream",
                "Replace the seals (kit CRN-RV-6); vent the supply line",
            ],
            [
                "Topping missing on some cones",
                "Topping bridging in the drum: particles of 5 mm or more, or moist topping",
                "Use topping under 5 mm; keep the topping bin closed",
            ],
            [
                "Lids lift off after hardening",
                "Closing force too low, or ice cream touching the lid",
                "Raise the force towards 900 N; lower the fill height",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Format change"),
    (
        "ol",
        [
            "Run the machine empty and stop it at the format change position (SERVICE > FORMAT).",
            "Lock out the main switch and close the air valve.",
            "Remove the six sleeve and cone magazines (two knurled screws each).",
            "Change the cone holder inserts on the chain: 6 per bar, a quarter turn each, 324 inserts in all.",
            "Change the filling nozzles and the lid pick-up cups for the new size.",
            "Fit the magazines for the new size and set their guide width with the scale to the cone rim diameter "
            "plus 2 mm.",
            "Restore power and air and select the recipe for the new format.",
            "Run 5 strokes empty in JOG and check that cones, sleeves and lids are placed centrally.",
            "Fill the first strokes and check the fill height and mass before production.",
        ],
    ),
    ("h", "7. Checking the fill mass"),
    (
        "ol",
        [
            "Once an hour, and after every change of recipe, take six empty cones with sleeves from the cone "
            "magazines, one per lane, and weigh them together on the 0.1 g scale.",
            "Stop the machine before the lid station with the STOP AFTER FILL button and take out one filled cone "
            "from each lane.",
            "Weigh the six filled cones together; subtract the empty mass and divide by six.",
            "Compare the mean with the target from the recipe. It must be within ±2 % of the target.",
            "Weigh the six filled cones singly. A lane more than 4 % from the mean points to a worn rotary valve "
            "seal or air in that head.",
            "Correct the fill volume on the panel in steps of 1 mL, never more than 5 mL at a time, and check again.",
            "Enter the results in the hourly check sheet.",
        ],
    ),
    ("h", "8. Cleaning at the end of production"),
    (
        "ol",
        [
            "Stop the ice cream supply and let the filler run empty.",
            "Rinse the filling heads with water at 40-45 °C through the supply connection until it runs clear.",
            "Remove the nozzles and rotary valves and wash them by hand with the detergent of the site's cleaning "
            "plan.",
            "Empty the dry topping drum and brush it out dry; never wash it wet in place.",
            "Wipe the cone holders, the lid pick-up cups and the closing heads.",
            "Refit the rotary valves with their seals greased with food-grade grease.",
            "Sanitise as the site's cleaning plan requires and let the machine dry with the guards open.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Cleaning (section 8); check the lid pick-up cups for tears"],
            ["Weekly", "Check the rotary valve seals; check the chain tension"],
            ["Every 1000 h", "Replace the rotary valve seals (kit CRN-RV-6)"],
            [
                "Every 3000 h or 12 months, whichever comes first",
                "Measure the chain elongation; replace the chain at more than 1.5 %",
            ],
            ["Yearly", "Cornatti service: closing head force calibration, valve drive backlash"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rotary valve seal kit, one head", "CRN-RV-6"],
            ["Twist nozzle, 58 mm", "CRN-TN-58"],
            ["Lid pick-up cup, 64 mm", "CRN-LC-64"],
            ["Closing head pad", "CRN-CH-6"],
            ["Dry topping drum", "CRN-DT-1"],
            ["Vacuum pump vane set", "CRN-VV-4"],
            ["Cone holder insert, 58 mm rim", "CRN-CI-58"],
        ],
        (90, 80),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rimbrecht-sm-stick-novelty-moulding-line.pdf", "Rimbrecht RBF-OM-SM-04 Ed 3 - SM-18 / SM-24", RIMBRECHT),
        ("ostwalder-wc-wafer-cone-baking-oven.pdf", "Ostwalder OBS-BA-WC-02 Ed 2 - WC-36 / WC-48", OSTWALDER),
        ("kryssand-xl-extrusion-line-ultrasonic-cutter.pdf", "Kryssand KRX-UM-XL-05 Ed 1 - XL-6 / XL-8", KRYSSAND),
        ("cornatti-cfm-cone-filling-machine.pdf", "Cornatti CRN-OM-CFM6-03 Ed 3 - CFM-6", CORNATTI),
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
