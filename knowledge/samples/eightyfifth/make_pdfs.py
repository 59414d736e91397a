"""Generate the PDF manuals of the eighty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set85venv && /tmp/set85venv/bin/pip install fpdf2 pypdf
    /tmp/set85venv/bin/python knowledge/samples/eightyfifth/make_pdfs.py

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


# ---------------------------------------------------------------- Pietrovell DS green coffee destoners
PIETROVELL = [
    ("title", "Pietrovell DS Green Coffee Destoners\nOperation and Maintenance Manual - DS-30 and DS-60"),
    (
        "p",
        "Document PVL-OM-DS-03, Edition 2, March 2025. Pietrovell Coffee Cleaning Machines. The DS-30 and DS-60 "
        "remove stones, glass, clods and other heavy foreign bodies from green coffee before roasting. The beans "
        "run over an inclined, vibrating perforated deck through which a fan blows air upwards. The air lifts the "
        "beans so that they flow down the deck like a liquid, while the heavier stones stay in contact with the "
        "deck and are carried up the slope by the vibration to the stone outlet. A permanent magnet drawer in the "
        "inlet catches iron parts. Apart from the deck size, the fan, the vibration motors and the items named in "
        "this manual, the two models are built alike. The dust filter or cyclone after the machine, the exhaust "
        "ducting, the feed conveyor and the zone classification of the room are not part of the supply; they are "
        "the site's responsibility and are covered by their own documents.",
    ),
    (
        "warn",
        "WARNING: Never open the inspection door or reach into the stone outlet while the fan or the vibration "
        "motors run. Lock the main switch off and wait until the deck has stopped moving before any work.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DS-30", "DS-60"],
            [
                "Rated throughput, green coffee of bulk density 0.65-0.72 kg/L and moisture 10.0-12.5 %",
                "3000 kg/h",
                "6000 kg/h",
            ],
            ["Deck size (width x length)", "600 x 1200 mm", "1000 x 1400 mm"],
            ["Deck area", "0.72 m²", "1.40 m²"],
            ["Deck inclination, adjustable (factory setting)", "4-10° (7°)", "4-10° (7°)"],
            ["Vibration motors, two per machine, 1500 rpm", "2 x 0.37 kW", "2 x 0.75 kW"],
            ["Vibration stroke (factory setting)", "4.0-5.0 mm (4.5 mm)", "4.5-5.5 mm (5.0 mm)"],
            ["Fan, direct drive", "4.0 kW, 4800 m³/h at 2200 Pa", "7.5 kW, 9000 m³/h at 2400 Pa"],
            ["Deck differential pressure, normal operation with a full bed", "900-1300 Pa", "1000-1400 Pa"],
            ["Full load current, 400 V 3~ 50 Hz", "10.1 A", "18.1 A"],
            ["Supply fuse", "16 A gG", "25 A gG"],
            ["Exhaust air outlet", "Ø 250 mm", "Ø 355 mm"],
            ["Stone box volume", "40 L", "60 L"],
            ["Compressed air for the stone flap, dry and oil-free", "5-7 bar", "5-7 bar"],
            ["Mass", "620 kg", "980 kg"],
            ["Sound pressure at 1 m, with product", "78 dB(A)", "81 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated throughput holds only for green coffee within the stated bulk density and moisture and with "
        "no more than 0.5 % foreign matter. For decaffeinated coffee, steam-treated coffee and coffee with "
        "parchment residues, reduce the feed to 70 % of the rated throughput. With the machine set up as in "
        "section 3 and the tracer test of section 6 passed, the destoner removes at least 98 % of stones of 5 mm "
        "and larger. Beans reaching the stone box should be no more than 0.1 % of the feed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may set and operate the destoner. Wear hearing protection near the running machine.",
            "Green coffee dust is combustible. The standard machine is built for a non-hazardous area. A machine "
            "for Zone 22 inside the hood is supplied only with option EX22. The zone classification of the room "
            "and of the machine is set by the site's explosion protection document, not by Pietrovell.",
            "Keep the exhaust ducting and the dust filter connected and running whenever the fan runs; the "
            "machine must never blow dust into the room.",
            "The magnet drawer is strong: keep watches, cards and pacemakers away and pull the drawer out slowly.",
            "Stones, glass and metal from the stone box are waste; never return them to the product.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Air"),
            (
                "p",
                "Start with the air damper 60 % open. With the right air flow the bed looks like a boiling liquid "
                "over the lower two thirds of the deck and the stones gather in the top 150 mm of the deck. Change "
                "the damper in steps of no more than 5 % and wait at least 2 min after each step. Too little air: "
                "the beans are not lifted and travel up with the stones. Too much air: stones are lifted and flow "
                "down with the beans, and beans are blown into the exhaust.",
            ),
            ("h", "Deck pressure"),
            (
                "p",
                "The gauge on the hood shows the differential pressure across the deck and the bed. In normal "
                "operation it reads 900-1300 Pa (DS-30) or 1000-1400 Pa (DS-60). Below 600 Pa (DS-30) or 700 Pa "
                "(DS-60) for 10 s the controller shows A04; above 1600 Pa (DS-30) or 1700 Pa (DS-60) it shows A05.",
            ),
            ("h", "Inclination"),
            (
                "p",
                "If beans reach the stone box, increase the inclination by 1° at a time. If stones reach the bean "
                "outlet, reduce it by 1° at a time. Never set the deck outside 4-10°.",
            ),
            ("h", "Stroke"),
            (
                "p",
                "A larger stroke carries the stones up the deck harder. Both motors must always be set to the same "
                "weight position (section 7); a difference makes the deck twist.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Feed no more than the rated throughput, evenly across the whole deck width. Keep the inlet hopper "
                "at least one third full so that the inlet gate seals against the air.",
            ),
            ("h", "Stone flap"),
            (
                "p",
                "Interval 60-600 s (factory 180 s), opening time 1.0-3.0 s (factory 1.5 s). Shorten the interval "
                "when the feed holds many stones.",
            ),
            ("h", "Levelling"),
            ("p", "The machine frame must be level across the deck width within 1 mm per metre."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Fan overload", "Motor protection tripped. Check the damper, the impeller and the supply."],
            ["A02", "Vibration motor 1 overload", "Check the motor, its cable and the weight setting."],
            ["A03", "Vibration motor 2 overload", "As A02, motor 2."],
            [
                "A04",
                "Air flow low",
                "Deck pressure below the low limit for 10 s: damper closed, deck screen blocked, filter full or "
                "feed missing.",
            ],
            [
                "A05",
                "Air flow high",
                "Deck pressure above the high limit: bed too deep, feed above rating or exhaust blocked.",
            ],
            ["A06", "Feed low", "Inlet hopper below one third. The feed gate closes after 30 s."],
            ["A07", "Stone box full", "Empty the stone box (section 9)."],
            ["A09", "Emergency stop", "Release the emergency stop and press RESET."],
            ["A10", "Inspection door open", "Close the door; the machine cannot start with the door open."],
            ["A11", "Magnet drawer out", "Push the magnet drawer fully home."],
            [
                "A12",
                "Dust filter alarm",
                "Signal from the site's dust filter. See the filter maker's manual; the destoner stops the feed.",
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
                "Good beans in the stone box (more than 0.1 % of the feed)",
                "Air too low, deck too flat or stroke too large",
                "Check the deck pressure; open the damper in 5 % steps; increase the inclination by 1°",
            ],
            [
                "Stones in the clean bean outlet",
                "Air too high, feed above rating, deck too steep or deck screen blocked",
                "Reduce the air; check the feed rate; reduce the inclination by 1°; clean the screen",
            ],
            [
                "Beans in the dust filter or cyclone",
                "Air far too high or the hood seal torn",
                "Close the damper in 5 % steps; check the hood seal",
            ],
            [
                "Beans bunch on one side of the deck",
                "Frame not level, one vibration motor stopped, or the motor weights set differently",
                "Level the frame; check both motors and their weight settings",
            ],
            [
                "Loud rattling, machine walks",
                "Anti-vibration mounts worn or motor bolts loose",
                "Replace the mounts; tighten the motor bolts to 85 Nm",
            ],
            [
                "Dust escaping from the hood",
                "Exhaust fan or filter not running, ducting leak",
                "Check the site's filter and ducting",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting, stopping and the tracer test"),
    (
        "ol",
        [
            "Check that the stone box is empty, the magnet drawer is home and the inspection door is closed.",
            "Start the site's dust filter and check the compressed air (5-7 bar).",
            "Set the damper to 60 % and start the fan.",
            "Start the vibration motors.",
            "Open the feed and bring it up to the rated throughput within about 1 min.",
            "After 2 min, read the deck pressure and set the air as in section 3.",
            "To stop: close the feed, let the deck run empty (about 30 s), stop the vibration motors, then the fan.",
        ],
    ),
    (
        "p",
        "Carry out the tracer test after every change of setting, every change of coffee origin and at least once "
        "a week:",
    ),
    (
        "ol",
        [
            "Run the destoner with coffee at the normal feed for at least 5 min.",
            "Empty the stone box.",
            "Drop the 50 tracer stones (red, 8-12 mm, set PVL-TS-50) into the inlet hopper together with the coffee.",
            "Run for 3 min.",
            "Collect the tracer stones from the stone box and count them.",
            "Search the bean outlet sample tray for the rest.",
            "No more than 1 tracer stone may reach the bean outlet. If 2 or more do, adjust the air and the "
            "inclination (section 3) and repeat the test.",
            "Record the result and the settings in the destoner log.",
        ],
    ),
    ("h", "7. Adjusting the vibration stroke"),
    (
        "ol",
        [
            "Lock the main switch off.",
            "Remove the end covers of both vibration motors.",
            "Loosen the outer weight on each end of the motor shaft.",
            "Turn the outer weights to the same scale mark at both ends of both motors: a higher mark gives a larger "
            "stroke.",
            "Tighten the weights to 45 Nm and refit the covers.",
            "Run the machine empty and read the stroke on the triangle label on the deck side: the stroke is "
            "where the two lines of the triangle seem to meet.",
            "Check that the stroke is within 4.0-5.0 mm (DS-30) or 4.5-5.5 mm (DS-60).",
        ],
    ),
    ("h", "8. Replacing the deck screen"),
    (
        "ol",
        [
            "Lock the main switch off and let the deck stop.",
            "Open the inspection door and remove the hood (eight M10 nuts).",
            "Remove the clamping strips on both sides of the screen.",
            "Lift the old screen out; two persons are needed for the DS-60 screen.",
            "Clean the deck frame and check its rubber seal; replace a hardened seal.",
            "Lay the new screen with the raised rasp side up and the arrow pointing to the stone outlet.",
            "Refit the clamping strips and tighten the screws to 25 Nm from the middle outwards.",
            "Refit the hood (25 Nm) and close the door.",
            "Run the tracer test of section 6.",
        ],
    ),
    ("h", "9. Emptying the stone box and cleaning the magnet"),
    (
        "ol",
        [
            "Stop the feed and the machine as in section 6.",
            "Pull out the stone box and empty it into the waste bin; check it for beans and record their weight.",
            "Pull the magnet drawer out slowly and wipe the iron parts off the bars with a gloved hand, away from "
            "the inlet.",
            "Push the drawer and the stone box fully home; A07 and A11 clear.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Empty the stone box and clean the magnet (section 9)"],
            ["Weekly", "Tracer test; check the deck screen for blocked holes and brush it clean"],
            ["500 h", "Check the anti-vibration mounts for cracks and the motor bolts (85 Nm)"],
            [
                "2000 h or 12 months, whichever comes first",
                "Regrease the vibration motor bearings: 12 g (DS-30) or 18 g (DS-60) per bearing, grease PVL-GR-2",
            ],
            ["4000 h", "Check the fan impeller for dust build-up and wear"],
            ["Yearly", "Pietrovell service visit; fan impeller balancing if vibration is found (service only)"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DS-30", "DS-60"],
            ["Deck screen, perforated stainless steel with rasp surface", "PVL-SC-30", "PVL-SC-60"],
            ["Vibration motor", "PVL-VM-037", "PVL-VM-075"],
            ["Anti-vibration mount (set of 4)", "PVL-AV-30", "PVL-AV-60"],
            ["Hood seal", "PVL-HS-30", "PVL-HS-60"],
            ["Magnet drawer", "PVL-MD-200", "PVL-MD-200"],
            ["Tracer stone set, 50 stones", "PVL-TS-50", "PVL-TS-50"],
            ["Bearing grease, 400 g", "PVL-GR-2", "PVL-GR-2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Molvardi MG-450 roller coffee grinder
MOLVARDI = [
    ("title", "Molvardi MG-450 Industrial Roller Coffee Grinder\nOperation and Maintenance Manual"),
    (
        "p",
        "Document MLV-OM-MG450-02, Edition 1, November 2024. Molvardi Grinding Systems. The MG-450 grinds roasted "
        "coffee beans in three stages of corrugated, counter-rotating rolls: the cracker stage breaks the beans, "
        "stage 2 grinds them coarse and stage 3 fine. A normaliser under stage 3 mixes the ground coffee and sets "
        "its bulk density. The roll gaps are set by stepper motors from the touch panel, where up to 40 grind "
        "recipes are stored. The cooling water supply, the conveyor after the grinder, the packing machine and the "
        "analysis of the grind (particle size) are not part of this manual; they are the site's.",
    ),
    (
        "warn",
        "WARNING: The rolls pull in hands, cloths and brushes. Never reach into the roll housing while the rolls "
        "turn. Lock the main switch off and wait for the rolls to stop (up to 40 s) before opening a housing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MG-450"],
            ["Rated capacity, filter grind (D50 650 µm), medium roast", "450 kg/h"],
            ["Grinding stages", "Cracker, stage 2, stage 3, each one pair of rolls"],
            ["Roll diameter x length (all stages)", "150 x 400 mm"],
            ["Roll speeds, cracker (both rolls)", "650 rpm"],
            ["Roll speeds, stages 2 and 3 (fast / slow roll, 1.8:1)", "1150 / 640 rpm"],
            ["Gap range: cracker / stage 2 / stage 3", "1.50-4.00 / 0.30-2.00 / 0.05-1.50 mm"],
            ["Gap adjustment", "Stepper motors, steps of 0.01 mm"],
            ["Motors: cracker / stage 2 / stage 3", "5.5 / 7.5 / 7.5 kW"],
            ["Normaliser motor, frequency inverter 0-1500 rpm", "3.0 kW"],
            ["Feed roll motor", "0.55 kW"],
            ["Full load current, 400 V 3~ 50 Hz", "46 A"],
            ["Supply fuse", "63 A gG"],
            ["Roll cooling water, stages 2 and 3", "8 L/min at 12-18 °C, 2-6 bar"],
            ["Compressed air (outlet gates)", "6 bar ±0.5 bar, 60 NL/min"],
            ["Feed hopper with magnet grid", "60 L"],
            ["Bulk density of the ground coffee, set by the normaliser", "330-420 g/L"],
            ["Mass", "1450 kg"],
            ["Sound pressure at 1 m, grinding", "82 dB(A)"],
        ],
        (100, 70),
    ),
    ("h", "2. Capacity by grind"),
    (
        "table",
        [
            ["Grind", "D50", "Stages used", "Capacity"],
            ["Coarse (French press, percolator)", "1000 µm", "Cracker and stage 2", "600 kg/h"],
            ["Filter (drip, batch brewer)", "650 µm", "All three", "450 kg/h"],
            ["Fine filter and moka pot", "450 µm", "All three", "300 kg/h"],
            ["Espresso", "300 µm", "All three", "180 kg/h"],
        ],
        (60, 25, 50, 35),
    ),
    (
        "p",
        "The capacities hold for a medium roast, beans at 18-30 °C and below 5 % moisture. Dark roasts grind about "
        "10 % faster, light roasts about 15 % slower. For grinds coarser than D50 1000 µm or finer than D50 300 µm "
        "ask Molvardi; no capacities are given here. Never feed beans warmer than 35 °C straight from the roaster "
        "cooler: they smear the corrugations.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate, clean or set the grinder.",
            "Wear hearing protection in the grinder room.",
            "Ground coffee dust is combustible; keep the housings closed and the dust extraction running. The zone "
            "classification of the room is the site's.",
            "The roll housings are interlocked (G10). Never bridge an interlock switch.",
            "Roll surfaces can be sharp; wear cut-resistant gloves when cleaning rolls that stand still.",
        ],
    ),
    ("h", "4. Gap settings and limits"),
    (
        "cols",
        [
            ("h", "Zero point"),
            (
                "p",
                "The gap shown on the panel is only right after the zero point has been set (section 7). Set it "
                "after every roll change, after re-corrugation, after a G09 alarm and at least every 3 months.",
            ),
            ("h", "Minimum gap"),
            (
                "p",
                "Never set stage 3 below 0.05 mm. The rolls must never touch: touching rolls heat up and ruin the "
                "corrugations within seconds.",
            ),
            ("h", "Parallelism"),
            (
                "p",
                "The two rolls of a pair must be parallel within 0.01 mm over the roll length, checked at both ends "
                "with feeler gauges (section 8).",
            ),
            ("h", "Roll temperature"),
            (
                "p",
                "Infrared sensors watch the rolls of stages 2 and 3. Above 40 °C the panel shows the warning G06; "
                "at 45 °C the grinder stops with G07. Warm rolls expand and close the gap, so the grind drifts "
                "finer as the rolls heat up.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "8 L/min at 12-18 °C and 2-6 bar. Below 6 L/min the panel shows G08. Water colder than 12 °C makes "
                "the rolls sweat and the coffee stick; never more than 6 bar at the inlet.",
            ),
            ("h", "Normaliser"),
            (
                "p",
                "A higher normaliser speed gives a higher bulk density. Most recipes run at 300-900 rpm. Change it "
                "in steps of 50 rpm and check the bulk density after each step.",
            ),
            ("h", "Re-corrugation"),
            (
                "p",
                "Have the rolls re-corrugated when the capacity at a recipe has fallen below 80 % of the value of "
                "section 2, or after 2000 t of coffee, whichever comes first. Re-corrugation is done by Molvardi "
                "service only; the procedure is not part of this manual.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["G01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["G02", "Cracker motor overload", "Foreign body or wet beans. Clear the rolls, check the magnet."],
            ["G03", "Stage 2 motor overload", "Feed above the capacity of the recipe, or gap too small."],
            ["G04", "Stage 3 motor overload", "As G03."],
            ["G05", "Normaliser fault", "Inverter fault; read the inverter code and see the inverter manual."],
            ["G06", "Roll temperature warning", "Roll above 40 °C. Check the cooling water."],
            ["G07", "Roll temperature stop", "Roll at 45 °C. Let the rolls cool; check the cooling water."],
            ["G08", "Cooling water low", "Flow below 6 L/min. Check the valve, filter and supply."],
            [
                "G09",
                "Gap position error",
                "A stepper motor lost steps. The displayed gap is not reliable; set the zero point (section 7).",
            ],
            ["G10", "Housing open", "Close the roll housings and the normaliser cover."],
            ["G12", "Compressed air low", "Below 5 bar; check the supply."],
            [
                "G13",
                "Outlet blocked",
                "Level probe under the normaliser covered; check the conveyor after the grinder.",
            ],
            ["G14", "Service due", "500 h since the last service. The grinder still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Grind gets finer and finer as the grinder warms up",
                "Rolls heating up and closing the gap: cooling water flow low or water too warm",
                "Check 8 L/min at 12-18 °C; clean the water filter; watch the roll temperature (40 °C warning)",
            ],
            [
                "Grind too coarse at the usual setting, capacity down",
                "Corrugations worn",
                "Check the capacity against section 2; below 80 %, have the rolls re-corrugated",
            ],
            [
                "Too many fines and too many large particles at once (wide spread)",
                "Rolls of stage 3 not parallel",
                "Check the parallelism (section 8)",
            ],
            [
                "Stage 2 or 3 motor trips when grinding fine",
                "Feed above the capacity for that grind (espresso 180 kg/h)",
                "Reduce the feed roll speed to the capacity of section 2",
            ],
            [
                "Whole beans in the ground coffee",
                "Cracker gap above 4.00 mm or a roll pair bypassed",
                "Check the cracker gap and the recipe",
            ],
            [
                "Ground coffee sticks in the normaliser, flakes",
                "Beans too warm or oily dark roast, cooling water too cold",
                "Feed beans at 18-30 °C; keep the water at or above 12 °C; clean the rolls",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Setting the zero point"),
    (
        "ol",
        [
            "Run the grinder empty for 10 min with the cooling water on so that the rolls are at working temperature.",
            "Stop the rolls and lock the main switch off.",
            "Open the housing of the stage to be set.",
            "Select SERVICE > GAP > ZERO on the panel (the panel stays live with the main drives locked off).",
            "Close the gap with the jog keys until a 0.05 mm feeler gauge, pushed in at the middle of the rolls, "
            "just drags.",
            "Check with the feeler gauge at both ends: it must drag the same. If not, check the parallelism "
            "(section 8) first.",
            "Press SET 0.05. The panel now shows 0.05 mm.",
            "Open the gap to at least 0.50 mm with the jog keys before removing the feeler gauge.",
            "Close the housing, unlock the main switch and run a test grind.",
            "Repeat for the other stages; the cracker uses a 1.50 mm gauge and SET 1.50.",
        ],
    ),
    ("h", "8. Checking roll parallelism"),
    (
        "ol",
        [
            "Set the stage to 0.20 mm on the panel and lock the main switch off.",
            "Open the housing and measure the gap at both ends of the rolls with feeler gauges.",
            "If the two readings differ by more than 0.01 mm, loosen the two clamp screws of the adjustable "
            "bearing block on the drive side.",
            "Turn the adjusting screw of that block: one division moves the roll end by 0.005 mm.",
            "Tighten the clamp screws to 60 Nm and measure again.",
            "When both ends agree within 0.01 mm, set the zero point (section 7).",
        ],
    ),
    ("h", "9. Cleaning the rolls and replacing the drive belts"),
    (
        "p",
        "Brush the rolls dry with the nylon roll brush MLV-RB-40 at the end of each day, with the rolls standing "
        "still; never use water or solvents on the rolls. Oily dark roasts need cleaning every 8 h. To replace "
        "the drive belts:",
    ),
    (
        "ol",
        [
            "Lock the main switch off and remove the belt guard of the stage.",
            "Loosen the four motor base bolts and the tensioning screw.",
            "Remove the old belts; always change the whole set of a stage.",
            "Fit the new belts (stage 2 and 3: 3 x SPA 1250; cracker: 2 x SPA 1180).",
            "Tension with the tensioning screw until a force of 25 N at the middle of the span deflects each belt "
            "by 6 mm.",
            "Tighten the motor base bolts to 45 Nm and refit the guard.",
            "Check the tension again after 24 h of running.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Brush the rolls; clean the hopper magnet grid; check the cooling water flow on the panel"],
            ["Weekly", "Clean the cooling water filter; check the normaliser paddles for build-up"],
            ["500 h (G14)", "Check the belt tension; regrease the roll bearings, 8 g each, grease MLV-GR-3"],
            ["3 months", "Set the zero point of all stages (section 7)"],
            [
                "Capacity below 80 % or 2000 t, whichever comes first",
                "Re-corrugation of the rolls by Molvardi service",
            ],
            ["Yearly", "Molvardi service inspection, gear and bearing check"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Roll pair, cracker", "MLV-RP-C150"],
            ["Roll pair, stage 2", "MLV-RP-2150"],
            ["Roll pair, stage 3", "MLV-RP-3150"],
            ["Belt set stage 2 or 3 (3 x SPA 1250)", "MLV-BS-1250"],
            ["Belt set cracker (2 x SPA 1180)", "MLV-BS-1180"],
            ["Roll brush", "MLV-RB-40"],
            ["Infrared roll temperature sensor", "MLV-IR-02"],
            ["Cooling water filter insert", "MLV-WF-08"],
            ["Roll bearing grease, 400 g", "MLV-GR-3"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Dhoolwick WT tea withering troughs
DHOOLWICK = [
    ("title", "Dhoolwick WT Tea Withering Troughs\nInstallation, Operation and Maintenance - WT-24 and WT-30"),
    (
        "p",
        "Document DHW-OM-WT-04, Edition 3, January 2025. Dhoolwick Tea Engineering. The WT-24 and WT-30 are open "
        "withering troughs for green tea leaf. The leaf lies on a mesh bed over a plenum, and a reversible axial "
        "fan at one end blows air through the plenum and up through the leaf. A motorised damper can mix hot air "
        "from the factory's heater into the fan inlet. A controller measures the dry bulb and wet bulb "
        "temperatures in the plenum and runs the fan, the reversal and the damper. Apart from the length, the "
        "fan and the items named in this manual, the two models are built alike. The heater or hot air furnace, "
        "its ducting and its settings are not supplied by Dhoolwick; see the heater maker's manual. The wither "
        "targets for orthodox manufacture are set by the factory's tea maker.",
    ),
    (
        "warn",
        "WARNING: Never enter the plenum while the fan can start. Lock the fan isolator off and block the fan "
        "blades: wind through the building can turn a stopped fan.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WT-24", "WT-30"],
            ["Trough length", "24 m", "30 m"],
            ["Bed width", "1.83 m", "1.83 m"],
            ["Bed area", "43.9 m²", "54.9 m²"],
            ["Rated load of green leaf, at 28 kg/m²", "1230 kg", "1540 kg"],
            ["Axial fan, reversible, diameter", "1250 mm", "1400 mm"],
            ["Fan motor", "7.5 kW, 15.0 A at 400 V", "11 kW, 21.2 A at 400 V"],
            ["Fan air flow at the stated static pressure", "40000 m³/h at 250 Pa", "50000 m³/h at 280 Pa"],
            ["Supply fuse", "25 A gG", "35 A gG"],
            ["Hot air damper, motorised", "DN 800", "DN 900"],
            ["Bed height above the floor", "0.90 m", "0.90 m"],
            ["Bed mesh, nylon-coated steel wire, aperture", "6 mm", "6 mm"],
            ["Mass, empty", "2100 kg", "2600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Both models deliver about 0.25 m³/s of air per m² of bed, so the air passes the leaf at about 0.25 m/s. "
        "The air flow holds only with the bed mesh clean and the leaf spread within the loading limits of "
        "section 3. The fan blade pitch is set at the factory and sealed; do not change it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the fan guard and the plenum access panels closed while the fan can run (W11).",
            "Hot air from the heater can be far hotter than the leaf limit. Never open the hot air damper by hand "
            "when the controller has closed it.",
            "Walk on the leaf only on the boards supplied; never stand on the bare mesh.",
            "Keep a clear way around the trough for unloading and for the fire service.",
            "The electrical supply, the building ventilation and the fire protection are the site's.",
        ],
    ),
    ("h", "3. Withering rules and settings"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "Spread 20-28 kg of green leaf per m² of bed, never more than 30 kg/m². At 28 kg/m² the WT-24 takes "
                "1230 kg and the WT-30 1540 kg. Spread the leaf loosely and evenly; a thick spot withers slowly and "
                "heats up.",
            ),
            ("h", "Hygrometric difference"),
            (
                "p",
                "The difference between the dry bulb and the wet bulb temperature in the plenum shows how much "
                "water the air can take up. During the moisture removal phase keep it at 2-5 °C. If it is below "
                "2 °C, open the hot air damper. The controller does this in AUTO.",
            ),
            ("h", "Temperature limits"),
            (
                "p",
                "Hot air may raise the plenum temperature by no more than 5 °C above the ambient air, and never "
                "above 35 °C, whichever is lower. Above 35 °C the controller closes the damper and shows W03.",
            ),
            ("h", "Reversal"),
            (
                "p",
                "Reverse the air flow (down through the leaf) for 15 min every 2 h to dry the top layer. Never run "
                "reversed for more than 30 min at a time.",
            ),
            ("h", "Fan stops"),
            (
                "p",
                "Never leave loaded leaf without air for more than 30 min: it heats up and starts to ferment. The "
                "controller shows W09 after 20 min.",
            ),
            ("h", "Wither time and target"),
            (
                "p",
                "A wither usually takes 12-18 h. For CTC manufacture, wither to 68-70 % leaf moisture (wet basis). "
                "The withered leaf mass is: green leaf mass x (100 - green leaf moisture) / (100 - withered leaf "
                "moisture). Example: 1000 kg of green leaf at 78 % moisture withered to 70 % gives 1000 x 22 / 30 "
                "= 733 kg, a physical wither of 73 %.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["W01", "Fan motor overload", "Check the mesh for blockage, the supply and the fan blades."],
            ["W02", "Fan motor overtemperature", "PTC in the motor tripped. Let it cool; check the cooling fins."],
            [
                "W03",
                "Plenum above 35 °C",
                "Damper closed by the controller. Check the heater setting and the damper.",
            ],
            ["W04", "Dry bulb sensor fault", "Sensor open or short circuit. Check the cable; replace the sensor."],
            ["W05", "Wet bulb wick dry", "Fill the wick water reservoir with clean water; replace a hard wick."],
            [
                "W06",
                "Air saturated",
                "Hygrometric difference below 1 °C for 30 min. Open the damper or check the heater.",
            ],
            ["W08", "Damper position fault", "The damper did not reach its position within 60 s."],
            ["W09", "Fan stopped with leaf", "Fan stopped for 20 min with the trough loaded. Restart the fan."],
            ["W10", "Power failure", "Shown after the power returns during a wither. Check the leaf."],
            ["W11", "Access panel open", "Close the fan guard and the plenum panels."],
            ["W12", "Wither time elapsed", "Set time reached. Check the leaf and unload."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Leaf still too wet at the end of the wither",
                "Air nearly saturated (hygrometric difference below 2 °C), trough overloaded, or too long in reverse",
                "Open the hot air damper within the 35 °C limit; load no more than 28 kg/m²; check the reversal times",
            ],
            [
                "Warm, reddish leaf in patches",
                "Thick spots above 30 kg/m², bruised leaf, or the fan stopped",
                "Spread evenly; loosen the thick spots by hand; never stop the fan for more than 30 min",
            ],
            [
                "Leaf at the fan end much drier than at the far end",
                "Plenum baffles moved or missing",
                "Check and refit the baffles; a difference of up to 2 % moisture is normal",
            ],
            [
                "Low air flow, leaf hardly moving in the air",
                "Bed mesh blocked by leaf and stalk debris",
                "Clean the mesh (section 9)",
            ],
            [
                "Fan vibrates or is noisy",
                "Blade damaged or dirty, fixing bolts loose",
                "Stop the fan, check and clean the blades, tighten the bolts; call Dhoolwick service for "
                "damaged blades",
            ],
            [
                "Wet bulb reads the same as the dry bulb",
                "Wick dry or dirty",
                "Fill the reservoir; replace the wick; check the sensors (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and running a wither"),
    (
        "ol",
        [
            "Check that the bed mesh is clean and the access panels are closed.",
            "Weigh the green leaf and note its moisture from the factory's moisture test.",
            "Start the fan at low air flow (40 % on the controller) so that the leaf does not blow about.",
            "Spread the leaf evenly along the trough at 20-28 kg/m²; loosen lumps by hand.",
            "Enter the green leaf mass, its moisture and the target moisture on the controller; the controller "
            "shows the target withered leaf mass.",
            "Set the fan to 100 % and select AUTO.",
            "Check the hygrometric difference every 2 h; the controller opens the damper when it is below 2 °C.",
            "Halfway through the wither, turn the leaf by hand for loads above 25 kg/m².",
            "When W12 shows or the target is reached, check the leaf by hand and with the factory's moisture test.",
        ],
    ),
    ("h", "7. Unloading"),
    (
        "ol",
        [
            "Close the hot air damper and set the fan to 40 %.",
            "Roll the leaf towards the unloading end, starting at the far end.",
            "Push the leaf into the chute to the rolling section; do not trample it.",
            "Stop the fan when the bed is empty and brush the remaining leaf into the chute.",
        ],
    ),
    ("h", "8. Checking the humidity sensors"),
    (
        "ol",
        [
            "Run the fan at 100 % with the damper closed and the trough empty for 10 min.",
            "Wet the wick of a sling psychrometer with clean water.",
            "Whirl it in the plenum air at the sensor access port for 1 min and read the wet bulb.",
            "Repeat until two readings in a row agree, then read the dry bulb.",
            "Compare both readings with the controller (SERVICE > SENSORS).",
            "If a sensor differs by more than 0.5 °C, enter the offset under SERVICE > OFFSET.",
            "If an offset of more than 2.0 °C would be needed, replace the sensor.",
            "Refill the wick reservoir and record the check.",
        ],
    ),
    ("h", "9. Cleaning the bed mesh"),
    (
        "ol",
        [
            "Unload the trough and stop the fan.",
            "Sweep the leaf and stalk debris off the mesh with a soft broom.",
            "Reverse the fan at 60 % for 5 min to blow debris out of the mesh.",
            "Lock the fan isolator off and block the blades.",
            "Open the plenum access panels and remove the debris from the plenum floor.",
            "Close the panels and unlock the isolator.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each wither", "Sweep the mesh; refill the wick reservoir"],
            ["Weekly", "Clean the bed mesh and the plenum (section 9); replace the wet bulb wick"],
            ["Monthly", "Check the humidity sensors (section 8); check the damper movement"],
            ["6 months", "Check the fan blades and bolts; check the mesh for tears"],
            [
                "12 months or 8000 h, whichever comes first",
                "Regrease the fan motor bearings, 15 g (WT-24) or 20 g (WT-30) per bearing",
            ],
            ["Before each season", "Dhoolwick service inspection of the fan and controller"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "WT-24", "WT-30"],
            ["Bed mesh panel, 1.83 x 2.00 m", "DHW-MP-183", "DHW-MP-183"],
            ["Fan blade set (factory pitch)", "DHW-FB-1250", "DHW-FB-1400"],
            ["Fan motor", "DHW-FM-075", "DHW-FM-110"],
            ["Dry bulb / wet bulb sensor pair", "DHW-TS-02", "DHW-TS-02"],
            ["Wet bulb wick, pack of 10", "DHW-WK-10", "DHW-WK-10"],
            ["Damper actuator", "DHW-DA-800", "DHW-DA-900"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Nilvarra CX triplex CTC machines
NILVARRA = [
    ("title", "Nilvarra CX Triplex CTC Machines\nOperation and Maintenance Manual - CX-36 and CX-48"),
    (
        "p",
        "Document NVR-OM-CX-07, Edition 1, June 2024. Nilvarra Tea Machinery. The CX-36 and CX-48 cut, tear and "
        "curl (CTC) withered tea leaf between three pairs of toothed rollers in series, the three cuts. In each "
        "pair a fast roller runs ten times faster than the slow roller, so the leaf is torn and curled as it "
        "passes. Each cut has its own motor and gearbox. The leaf normally comes from a rotorvane or another "
        "preconditioner, which is not part of this manual, and the dhool goes on to fermenting. Apart from the "
        "roller length, the motors and the items named in this manual, the two models are built alike. Roller "
        "re-cutting is done in a roller workshop; it is not described here.",
    ),
    (
        "warn",
        "WARNING: The rollers draw in anything that touches them. Never clear leaf from the rollers while any cut "
        "runs. Stop all three cuts, lock the main switch off and wait until the fast rollers have stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-36", "CX-48"],
            ["Roller length", "914 mm (36 in)", "1219 mm (48 in)"],
            ["Roller diameter, new / discard", "203 mm / 195 mm", "203 mm / 195 mm"],
            ["Roller speed, fast / slow (10:1)", "700 / 70 rpm", "700 / 70 rpm"],
            ["Roller teeth, standard (option)", "8 TPI (10 TPI)", "8 TPI (10 TPI)"],
            [
                "Capacity, withered leaf at 68-70 % moisture after preconditioning",
                "1100 kg/h",
                "1450 kg/h",
            ],
            ["Motor per cut, 400 V 3~ 50 Hz", "11 kW, 21 A", "15 kW, 28.5 A"],
            ["Supply fuse, whole machine", "80 A gG", "100 A gG"],
            ["Gearbox oil ISO VG 220, per gearbox", "6 L", "8 L"],
            ["Mass of one roller", "95 kg", "125 kg"],
            ["Mass of the machine", "3200 kg", "4000 kg"],
            ["Roller gap setting", "0.05 mm", "0.05 mm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacity holds only for leaf withered to 68-70 % moisture and preconditioned in a rotorvane, fed "
        "evenly over the whole roller length. Under-withered leaf (above 70 %) cuts slowly and forms lumps. TPI is "
        "the number of teeth per inch of roller circumference; 10 TPI rollers give smaller grades and about 10 % "
        "less capacity.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run or set the machine. Keep the roller guards closed (C07).",
            "Use the roller lifting tongs and a hoist rated for at least 250 kg to change rollers; never lift a "
            "roller by hand.",
            "Roller teeth are sharp: wear cut-resistant gloves when handling rollers.",
            "Wash down only with the main switch locked off. Never spray water on the motors or the panel.",
            "Keep stones and metal out of the leaf: a stone breaks teeth on all three cuts.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Start and stop order"),
            (
                "p",
                "Start cut 3 first, then cut 2, then cut 1, and start the leaf feed last. Stop in the reverse "
                "order: feed first, then cut 1, cut 2 and cut 3. The controller refuses a start out of order "
                "(C06).",
            ),
            ("h", "Roller gap"),
            (
                "p",
                "Set each pair to 0.05 mm at the start of every shift (section 7). Never set a gap below 0.03 mm: "
                "rollers that touch knock, heat and lose their teeth.",
            ),
            ("h", "Dhool temperature"),
            (
                "p",
                "The dhool leaving cut 3 should be no more than 35 °C. A rise of more than 3 °C at the same load "
                "and leaf shows that the rollers are getting blunt.",
            ),
            ("h", "Motor load"),
            (
                "p",
                "The motor current of each cut may stay at the rated value (21 A on the CX-36, 28.5 A on the "
                "CX-48) without limit and may exceed it by up to 20 % for no more than 60 s. Longer overloads show "
                "C11 and then trip the motor.",
            ),
            ("h", "Roller life"),
            (
                "p",
                "Change a roller pair after 200 h of running or when the cut gets poor (long leaf pieces over 5 mm "
                "in the dhool, or the dhool temperature rising as above), whichever comes first. Each re-cut takes "
                "about 1 mm off the diameter; discard a roller below 195 mm. The controller counts the hours for "
                "each cut and shows C10 at 200 h.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Feed the leaf evenly across the whole roller length. A feed concentrated in the middle wears the "
                "middle of the rollers and leaves the ends sharp.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["C02", "Cut 1 motor overload", "Feed surge, foreign body or gap too small."],
            ["C03", "Cut 2 motor overload", "As C02."],
            ["C04", "Cut 3 motor overload", "As C02."],
            ["C06", "Start order", "A cut was started out of order. Stop all cuts and start 3, 2, 1."],
            ["C07", "Guard open", "Close the roller guards."],
            ["C08", "Gearbox oil hot", "Oil above 80 °C. Check the oil level and the gearbox breather."],
            ["C09", "Feed interlock", "The preconditioner or the feed conveyor has stopped."],
            ["C10", "Roller hours", "200 h reached on one cut. Change the roller pair."],
            ["C11", "Motor current high", "Above the rated current for more than 60 s. Reduce the feed."],
            [
                "C12",
                "Belt slip",
                "Slow roller below 63 rpm (10 % under 70 rpm). Check the V-belt tension and the feed.",
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
                "Dhool leaves cut 3 hotter than 35 °C",
                "Rollers blunt, gap too small, feed above capacity, or leaf over-withered",
                "Check the roller hours and the gap; reduce the feed; check the wither",
            ],
            [
                "Long leaf pieces and whole leaf in the dhool",
                "Gap too large, rollers blunt or the feed uneven",
                "Set the gap to 0.05 mm; change the rollers if over 200 h; spread the feed",
            ],
            [
                "Dhool in wet lumps and balls",
                "Leaf under-withered (above 70 % moisture)",
                "Check the wither; reduce the feed until the leaf is right",
            ],
            [
                "Knocking noise from one cut",
                "Rollers touching (gap below 0.03 mm) or a bearing worn",
                "Stop at once; set the gap; check the bearings",
            ],
            [
                "One cut trips again and again",
                "Foreign body between the rollers, or a feed surge",
                "Lock off, clear the rollers, check for broken teeth; check the magnet in the feed",
            ],
            [
                "Leaf wraps round the slow roller",
                "Scraper worn or set too far off",
                "Set the scraper to 0.5 mm from the roller; replace a worn scraper",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the guards are closed and the rollers are clear.",
            "Check the gaps (section 7) if this is the first start of the shift.",
            "Start cut 3, wait until it runs at full speed (about 5 s), then start cut 2 and then cut 1.",
            "Start the preconditioner and the leaf feed.",
            "Bring the feed up to the capacity over about 2 min, watching the motor currents.",
            "After 10 min, measure the dhool temperature at the outlet of cut 3.",
            "To stop: stop the feed, let the rollers run empty for 1 min, then stop cut 1, cut 2 and cut 3.",
        ],
    ),
    ("h", "7. Setting the roller gap"),
    (
        "ol",
        [
            "Stop all cuts and lock the main switch off.",
            "Open the roller guards of the cut.",
            "Loosen the lock nuts of the two gap screws of the slow roller.",
            "Turn both gap screws back until the rollers are clearly apart.",
            "Put a 0.05 mm feeler strip between the rollers at the drive end and turn the drive-end gap screw in "
            "until the strip just drags.",
            "Repeat at the other end.",
            "Turn the fast roller by hand one full turn: the strip must drag the same all round. If it binds at "
            "one point, the roller is out of round and must go for re-cutting.",
            "Tighten the lock nuts to 80 Nm while holding the gap screws, and check the gap again at both ends.",
            "Close the guards and record the gap in the shift log.",
        ],
    ),
    ("h", "8. Changing a roller pair"),
    (
        "ol",
        [
            "Stop all cuts, lock the main switch off and open the guards.",
            "Remove the V-belts of the cut and the coupling guard.",
            "Open both gap screws fully.",
            "Remove the bearing cap bolts at both ends of the roller.",
            "Lift the roller out with the roller tongs and the hoist; lay it on the roller rack, never on its teeth.",
            "Clean the bearing seats and check the bearings.",
            "Lift the new roller in and fit the bearing caps. Tighten the end cap bolts to the torque stamped on the "
            "roller's end plate.",
            "Do the same for the second roller of the pair.",
            "Refit the belts and the coupling guard.",
            "Set the gap (section 7) and reset the hour counter of the cut under SERVICE > HOURS.",
        ],
    ),
    ("h", "9. Cleaning and oil change"),
    (
        "p",
        "At the end of every shift, run the cuts empty, stop them, lock the main switch off and wash the rollers "
        "and the hopper with a low pressure hose (no more than 3 bar). Brush the teeth clean with the roller brush. "
        "To change the gearbox oil:",
    ),
    (
        "ol",
        [
            "Run the machine for 15 min to warm the oil, then lock the main switch off.",
            "Place a drip tray under the gearbox and remove the drain plug.",
            "Let the oil drain fully; clean the magnetic drain plug and refit it with a new seal.",
            "Fill with ISO VG 220 gear oil: 6 L (CX-36) or 8 L (CX-48) per gearbox, to the middle of the sight glass.",
            "Clean the breather and check for leaks after 10 min of running.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the gaps (section 7); clean the rollers at the end of the shift"],
            ["200 h per cut (C10)", "Change the roller pair and send it for re-cutting"],
            ["Weekly", "Check the scraper setting (0.5 mm) and the V-belt tension"],
            ["1000 h", "Regrease the roller bearings: 20 g (CX-36) or 25 g (CX-48) per bearing"],
            [
                "4000 h or 12 months, whichever comes first",
                "Change the gearbox oil (section 9)",
            ],
            ["Before each season", "Nilvarra service inspection of the gearboxes and bearings"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CX-36", "CX-48"],
            ["Roller pair, 8 TPI", "NVR-RP-36-8", "NVR-RP-48-8"],
            ["Roller pair, 10 TPI", "NVR-RP-36-10", "NVR-RP-48-10"],
            ["Scraper blade", "NVR-SB-36", "NVR-SB-48"],
            ["Roller bearing", "NVR-BR-22220", "NVR-BR-22222"],
            ["V-belt set, one cut", "NVR-VB-36", "NVR-VB-48"],
            ["Feeler strip set 0.03-0.10 mm", "NVR-FS-01", "NVR-FS-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("pietrovell-ds-green-coffee-destoner.pdf", "Pietrovell PVL-OM-DS-03 Ed 2 - DS-30 / DS-60", PIETROVELL),
        ("molvardi-mg-roller-coffee-grinder.pdf", "Molvardi MLV-OM-MG450-02 Ed 1 - MG-450", MOLVARDI),
        ("dhoolwick-wt-tea-withering-trough.pdf", "Dhoolwick DHW-OM-WT-04 Ed 3 - WT-24 / WT-30", DHOOLWICK),
        ("nilvarra-cx-ctc-tea-rolling-machine.pdf", "Nilvarra NVR-OM-CX-07 Ed 1 - CX-36 / CX-48", NILVARRA),
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
