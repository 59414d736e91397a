"""Generate the PDF manuals of the hundred-and-twenty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set126-scratch/venv && /tmp/set126-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set126-scratch/venv/bin/python knowledge/samples/hundredtwentysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Pemberlin PG saw gin stands
PEMBERLIN = [
    ("title", "Pemberlin PG Saw Gin Stands\nOperation and Maintenance - PG-136 and PG-176"),
    (
        "p",
        "Document PMB-OM-PG-11, Edition 3, June 2024. Pemberlin Ginning Machinery. The PG-136 and PG-176 are saw "
        "gin stands for upland seed cotton. Seed cotton from the PGF extractor-feeder on top of the stand falls "
        "through the huller front into the roll box, where it forms a rotating seed roll. The saws pull the fibre "
        "through the ginning ribs; the seed is too large to pass the ribs and falls out of the roll onto the seed "
        "conveyor. A brush cylinder doffs the lint from the saws into the lint flue. The two models differ in the "
        "number of saws, the width, the motors, the belts and the masses named in this manual; everything else is "
        "built alike. The PGF feeder has its own manual (PMB-OM-PGF-04). The lint cleaners, the lint flue, the seed "
        "conveyor and the spark detection in the lint flue are not covered here; the fire protection of the gin "
        "and the electrical supply up to the stand's main switch are the site's.",
    ),
    (
        "warn",
        "WARNING: The saw cylinder runs on for up to 4 min after a stop and the brush cylinder for up to 6 min. "
        "Never open the front or the brush door before the ZERO SPEED lamp is lit and the stand is locked out. "
        "Never reach into the roll box or the huller front while the saws turn.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PG-136", "PG-176"],
            ["Number of saws", "136", "176"],
            ["Saw diameter, new", "406 mm (16 in)", "406 mm (16 in)"],
            ["Saw discard diameter", "398 mm", "398 mm"],
            ["Saw plate thickness / teeth per saw", "0.95 mm / 330", "0.95 mm / 330"],
            ["Saw spacing (pitch) and length of the saw cylinder", "15.9 mm, 2162 mm", "15.9 mm, 2798 mm"],
            ["Saw speed", "730 rpm", "730 rpm"],
            ["Brush cylinder diameter and speed", "610 mm, 1750 rpm", "610 mm, 1750 rpm"],
            [
                "Rated ginning capacity, machine-picked upland cotton at 6.0-7.5 % moisture",
                "up to 12 bales/h",
                "up to 16 bales/h",
            ],
            ["Saw motor 400 V 50 Hz, full-load current", "90 kW, 159 A", "110 kW, 194 A"],
            ["Brush motor, full-load current", "37 kW, 68 A", "45 kW, 82 A"],
            ["Saw drive belts (SPC)", "6 belts", "8 belts"],
            ["Seed roll agitator and huller motor", "2.2 kW", "3.0 kW"],
            ["Mass of the saw cylinder with saws", "680 kg", "860 kg"],
            ["Mass of the stand without the feeder", "5400 kg", "6600 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "A bale here is 227 kg of lint, so the rated capacity is about 20 kg of lint per saw and hour on either "
        "model. The rated capacity holds only for machine-picked upland cotton dried to 6.0-7.5 % moisture (wet "
        "basis) at the feeder, pre-cleaned by at least one cylinder cleaner and one stick machine, with saws above "
        "the discard diameter. No capacity is given for stripper-harvested cotton or for extra-long staple cotton; "
        "for these ask Pemberlin before ginning.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the saw motor, the brush motor and the feeder before opening any door. The breast must be in "
            "the OUT position (roll box lifted away from the saws) for any work at the ribs.",
            "Wear cut-resistant gloves when handling saws or the saw cylinder; the teeth are sharp even when worn.",
            "A burning smell or smoke from the roll box means a spark or foreign matter at the saws: press BREAST "
            "OUT, stop the feeder and follow the site's fire procedure. Do not open the roll box while it smoulders.",
            "Lift the saw cylinder only with the two Pemberlin lifting clamps PMB-LC-2 at the marked points.",
            "Only trained gin staff may change settings; a record of every setting change is kept in the gin log.",
        ],
    ),
    ("h", "3. Feed control and limits"),
    (
        "cols",
        [
            ("h", "Load control"),
            (
                "p",
                "The feeder speed is controlled to hold the saw motor current at the load setpoint. The default is "
                "85 % of the full-load current, that is 135 A on the PG-136 and 165 A on the PG-176; the setpoint "
                "may be set between 60 % and 95 %. Raise it in steps of no more than 5 % and watch the seed for "
                "lint left on it before the next step.",
            ),
            ("h", "Overload"),
            (
                "p",
                "If the saw motor current stays above 100 % for more than 10 s the feeder stops (G03). Above 110 % "
                "for 2 s, or when the roll choke switch opens, the breast moves out at once (G04).",
            ),
            ("h", "Seed cotton moisture"),
            (
                "p",
                "Seed cotton at the feeder must be between 6.0 % and 7.5 % moisture. Below 5.0 % the fibre breaks "
                "and the lint carries more neps; above 8.0 % the roll chokes and the seed comes out with lint on "
                "it. The drying is set at the drier, not at the stand.",
            ),
            ("h", "Ribs"),
            (
                "p",
                "The rib gap is 3.2 mm and the saw plate 0.95 mm thick, so a centred saw has 1.1 mm on each side. "
                "Each saw must run centred in its rib gap within ±0.2 mm, leaving at least 0.9 mm on each side. "
                "Replace a rib whose groove from the saw is deeper than 0.5 mm.",
            ),
            ("h", "Brush"),
            (
                "p",
                "The brush bristles overlap the saw tips by 3 mm ±1 mm. The brush speed must be at least 1500 rpm; "
                "below this the stand goes breast out (G05) because lint would wrap on the saws.",
            ),
            ("h", "Seed board"),
            (
                "p",
                "The seed board opening sets how long the seed stays in the roll. Start at 25 mm. Close it to clean "
                "the seed better, open it to lower the roll density; never close it below 15 mm.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and press RESET."],
            [
                "G02",
                "Saw motor overload",
                "Thermal relay tripped after repeated overloads or a start with a full roll. Empty the roll box "
                "before restarting.",
            ],
            [
                "G03",
                "Feeder stopped on load",
                "Saw motor current above 100 % for more than 10 s. The feeder restarts when the current falls below "
                "the setpoint.",
            ],
            [
                "G04",
                "Breast out",
                "Current above 110 % for 2 s or the roll choke switch open. Clear the roll (section 6).",
            ],
            ["G05", "Brush speed low", "Brush below 1500 rpm: belts slipping or brush motor tripped."],
            ["G06", "Door open", "Front, brush or seed door switch open."],
            ["G07", "Seed conveyor stopped", "Signal from the seed conveyor. The feeder stops, the saws run on."],
            [
                "G09",
                "Lint flue blocked",
                "Pressure switch in the flue. Breast out; check the lint cleaner bypass and the flue.",
            ],
            ["G10", "Fire signal", "From the site's spark detection in the lint flue. Breast out, feeder stops."],
            ["G11", "Moisture out of range", "Seed cotton outside 6.0-7.5 % for 5 min. Warning only."],
            ["G12", "Service due", "1500 h since the last service. The stand keeps working."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Seed comes out rough, with lint left on it",
                "Saws dull or worn to the discard diameter, seed board too open, roll too loose",
                "Check the saw diameter; close the seed board by 5 mm; raise the load setpoint by 5 %",
            ],
            [
                "Cut seed and seed coat pieces in the lint",
                "Saw off centre in the rib gap, ribs grooved, roll too tight",
                "Check the rib clearance (section 7); lower the load setpoint by 5 %",
            ],
            [
                "Saw motor current swings by more than 20 A",
                "Uneven feed: lumps from the module feeder, feeder rolls worn, feed control too fast",
                "Check the feeder; reduce the load controller gain one step (menu 3.2)",
            ],
            [
                "Lint in the seed conveyor",
                "Brush worn or slipping, brush overlap less than 2 mm",
                "Check the brush speed and the overlap of 3 mm",
            ],
            [
                "Roll keeps choking, breast goes out",
                "Seed cotton above 8.0 % moisture, seed board closed too far, seed conveyor slow",
                "Check the moisture at the drier; open the seed board to 25 mm",
            ],
            [
                "Saws spark or ring, burning smell",
                "Metal or stones at the saws, a saw rubbing a rib",
                "Breast out at once; follow the site's fire procedure; then check the saws and ribs",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Clearing a choked roll"),
    (
        "ol",
        [
            "Press BREAST OUT if the stand has not done so itself (G04) and stop the feeder.",
            "Let the saws run: with the breast out the roll turns free and most of it empties onto the seed "
            "conveyor within 2 min.",
            "If the roll does not empty, stop the saws and the brush and wait for the ZERO SPEED lamp.",
            "Lock out the saw motor, the brush motor and the feeder.",
            "Open the roll box door and pull the remaining seed cotton out with the Pemberlin roll hook PMB-RH-1; "
            "never by hand near the saws.",
            "Check the ribs for seed cotton wedged in the gaps and clear them from the front.",
            "Close the door, remove the lockout and start the brush, then the saws.",
            "Start the feeder at 60 % load setpoint, move the breast IN and raise the setpoint to the normal value "
            "over 2 min.",
            "Find the cause before the next choke: moisture, seed board, seed conveyor.",
        ],
    ),
    ("h", "7. Checking the rib clearance"),
    (
        "ol",
        [
            "Move the breast OUT, stop and lock out the stand.",
            "Turn the saw cylinder by hand with the turning bar until a marked saw is at the rib gauge window.",
            "Insert the Pemberlin feeler set PMB-FG-09 on both sides of every tenth saw.",
            "Each saw must have at least 0.9 mm on each side; a 0.9 mm blade must pass on both sides.",
            "If a group of saws is off centre, loosen the rib rail screws and move the rail with the adjusting screw "
            "at each end; one turn moves the rail 0.5 mm.",
            "Tighten the rail screws to 45 Nm and check again.",
            "Record the readings in the gin log.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the saws through the inspection door for broken teeth; clean the huller ribs"],
            ["Every 250 h", "Grease the saw shaft and brush bearings: 2 strokes each, Pemberlin grease PMB-GR-2"],
            ["Every 500 h or monthly, whichever comes first", "Check the rib clearance (section 7) and the belts"],
            [
                "End of season or 1500 h, whichever comes first",
                "Measure the saws; exchange the saw cylinder if saws are at 398 mm; replace worn brush strips",
            ],
            ["When a rib groove is deeper than 0.5 mm", "Replace the rib"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Saws are not sharpened on the stand. A worn saw cylinder is exchanged complete; restacking saws on the "
        "mandrel is done by Pemberlin service or a gin shop with the Pemberlin stacking press, and is not described "
        "here.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "PG-136", "PG-176"],
            ["Saw 406 mm, 330 teeth", "PMB-S406-330", "PMB-S406-330"],
            ["Ginning rib", "PMB-GR-16", "PMB-GR-16"],
            ["Brush strip, set", "PMB-BS-136", "PMB-BS-176"],
            ["Saw drive belt set", "PMB-VB-136 (6 x SPC)", "PMB-VB-176 (8 x SPC)"],
            ["Saw shaft bearing", "PMB-BR-22320", "PMB-BR-22320"],
            ["Exchange saw cylinder", "PMB-SC-136", "PMB-SC-176"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Tullivant TLC lint cleaners
TULLIVANT = [
    ("title", "Tullivant TLC Saw-Type Lint Cleaners\nOperation and Maintenance - TLC-66 and TLC-86"),
    (
        "p",
        "Document TVC-OM-TLC-07, Edition 2, March 2025. Tullivant Fibre Machinery. The TLC-66 and TLC-86 are "
        "controlled-batt saw-type lint cleaners placed after the gin stand. Lint from the lint flue is collected on "
        "the cleaner's condenser drum and formed into a batt. Feed rollers hold the batt over the feed plate, where "
        "the saw cylinder combs it. The saw carries the fibre past five grid bars, which knock out trash and motes, "
        "and a doffing brush strips the cleaned lint into the lint duct. A bypass valve sends the lint around the "
        "cleaner when it chokes or when cleaning is not wanted. The two models differ in working width, motors and "
        "masses; settings are the same. The lint duct fan, the condenser exhaust and the waste (motes) system are "
        "part of the gin's air system and are not covered here. How many stages of lint cleaning are used for a "
        "given cotton is decided by the gin manager.",
    ),
    (
        "warn",
        "WARNING: The saw cylinder runs on for about 3 min after a stop. Wait for the ZERO SPEED lamp and lock "
        "out the cleaner before opening any door. Never clear a choke at the feed rollers with the rollers "
        "energised.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TLC-66", "TLC-86"],
            ["Working width", "1676 mm (66 in)", "2184 mm (86 in)"],
            ["Rated capacity, upland lint", "up to 12 bales/h", "up to 16 bales/h"],
            ["Saw cylinder diameter, wound with saw-tooth wire", "406 mm", "406 mm"],
            ["Saw speed / surface speed", "960 rpm / 20.4 m/s", "960 rpm / 20.4 m/s"],
            ["Saw motor", "22 kW", "30 kW"],
            ["Doffing brush diameter and speed", "508 mm, 1280 rpm", "508 mm, 1280 rpm"],
            ["Brush motor", "15 kW", "18.5 kW"],
            ["Feed rollers, diameter and speed range", "76 mm, 120-230 rpm", "76 mm, 120-230 rpm"],
            ["Feed roller drive (frequency converter)", "1.5 kW", "2.2 kW"],
            ["Condenser drum diameter / air flow through the drum", "914 mm / 3.0 m³/s", "914 mm / 3.9 m³/s"],
            ["Grid bars", "5", "5"],
            ["Mass of the saw cylinder", "320 kg", "410 kg"],
            ["Mass of the cleaner", "3900 kg", "4800 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The rated capacity holds for upland lint at 5.0-7.5 % moisture with the grid bars at their standard "
        "setting and a combing ratio between 25 and 40. Settings for extra-long staple cotton are not given in "
        "this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the saw, brush, feed roller and condenser drives before opening the cleaner.",
            "The saw-tooth wire cuts: wear cut-resistant gloves and fit the wire guard TVC-WG-1 over the saw before "
            "working at the grid bars.",
            "Lint dust burns: keep the cleaner and the floor around it free of lint and motes.",
            "Lift the saw cylinder only with the lifting beam TVC-LB-2 at the two bearing housings.",
            "The bypass valve moves with air at 6 bar: shut off and vent its air supply before working at the "
            "valve.",
            "Do not run the cleaner with a door open or a guard removed, even for a test.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Combing ratio"),
            (
                "p",
                "Combing ratio = saw surface speed / feed roller surface speed. At 960 rpm the saw surface speed is "
                "20.4 m/s. With 76 mm feed rollers a ratio of 30 needs about 171 rpm, a ratio of 25 about 205 rpm "
                "and a ratio of 40 about 128 rpm. The ratio must stay between 25 and 40; the default is 30. Below 25 "
                "the batt is too heavy for the saw and the cleaner warns (L05).",
            ),
            ("h", "Grid bars"),
            (
                "p",
                "Grid bar to saw tooth clearance 0.40 mm ±0.05 mm on all five bars, set with the feeler gauge at "
                "both ends of each bar. A bar worn round at its edge by more than 1 mm is turned or replaced.",
            ),
            ("h", "Feed plate"),
            (
                "p",
                "Feed plate to saw tooth clearance 0.30 mm ±0.05 mm over the whole width.",
            ),
            ("h", "Brush"),
            (
                "p",
                "The doffing brush overlaps the saw teeth by 3 mm. Below 1150 rpm the brush cannot doff the saw: "
                "the cleaner opens the bypass (L04).",
            ),
            ("h", "Lint moisture"),
            (
                "p",
                "Lint at the cleaner must be at least 5.0 % moisture. Drier lint breaks and neps form; the moisture "
                "is set by the drying ahead of the gin stand, not at the cleaner. Above 8.0 % the batt sticks to the "
                "feed plate and chokes.",
            ),
            ("h", "Bypass"),
            (
                "p",
                "The bypass valve must reach its position within 3 s (L11). In bypass, lint goes straight to the "
                "next stage or the condenser of the press.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "Release and press RESET."],
            ["L02", "Saw motor overload", "Thermal relay tripped; check for a choke before restarting."],
            [
                "L03",
                "Choke at the feed rollers",
                "Feed roller torque high or batt sensor blocked. The bypass opens; clear the rollers locked out.",
            ],
            ["L04", "Brush speed low", "Below 1150 rpm: belts slipping or brush motor tripped. Bypass opens."],
            ["L05", "Combing ratio low", "Ratio below 25: lint flow too high for the cleaner. Warning only."],
            ["L06", "Condenser drum stopped", "Drum speed sensor. Bypass opens."],
            ["L07", "Door open", "A door switch open."],
            ["L08", "Feed roller drive fault", "Frequency converter fault; the code is on the converter."],
            ["L09", "Lint duct pressure high", "Blocked lint duct after the brush; check the duct and the fan."],
            ["L11", "Bypass valve position", "Valve not in position within 3 s; check the air cylinder."],
            ["L12", "Fire signal", "From the site's spark detection. Bypass opens, feed stops."],
            ["L13", "Service due", "1000 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Much good white fibre in the motes",
                "Grid bars set too wide or worn, combing ratio below 25, saw wire dull",
                "Set the grid bars to 0.40 mm (section 7); check the ratio; have the wire checked",
            ],
            [
                "High neps and short fibre in the classing results",
                "Lint below 5.0 % moisture, combing ratio above 40, too many cleaning stages",
                "Raise the moisture ahead of the gin stand; lower the ratio; ask the gin manager about the stages",
            ],
            [
                "Cleaner chokes again and again at the feed rollers",
                "Lint above 8.0 % moisture, condenser screen blinded, feed plate set too close",
                "Check the moisture and the condenser screen; set the feed plate to 0.30 mm",
            ],
            [
                "Lint wraps on the doffing brush",
                "Brush strips worn, brush speed low",
                "Check the speed (1280 rpm) and replace worn strips (section 8)",
            ],
            [
                "Cleaner runs in bypass all the time",
                "Bypass switch left in BYPASS, L04 or L06 active, air cylinder sticking",
                "Check the display codes; check the valve air supply at 6 bar",
            ],
            [
                "Sticky deposits build up on the feed plate",
                "Honeydew or other sticky cotton",
                "Clean the feed plate every 4 h while it lasts; no setting cures it",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that all doors are closed and the bypass valve is in BYPASS.",
            "Start the lint duct fan (the gin's) and check the duct pressure on the display.",
            "Start the doffing brush, then the saw cylinder; wait until both show full speed.",
            "Start the condenser drum and the feed rollers.",
            "Switch the bypass valve to CLEAN when lint arrives; the feed roller speed follows the lint flow.",
            "To stop, switch to BYPASS, let the cleaner run empty for 1 min, then stop the feed rollers, the "
            "condenser drum, the saw and the brush in this order.",
        ],
    ),
    ("h", "7. Setting the grid bars"),
    (
        "ol",
        [
            "Stop the cleaner, wait for the ZERO SPEED lamp and lock out all drives.",
            "Open the grid bar door on the drive side and the one opposite.",
            "Fit the wire guard TVC-WG-1 over the upper half of the saw.",
            "Loosen the two clamping screws of the first grid bar at each end.",
            "Place the 0.40 mm blade of the feeler set TVC-FG-5 between the bar edge and the saw tooth tips at the "
            "drive side and turn the adjusting cam until the blade drags lightly.",
            "Repeat at the opposite side; a 0.45 mm blade must not enter at either end.",
            "Tighten the clamping screws to 30 Nm and check both ends again.",
            "Repeat for the other four bars, from the feed plate towards the brush.",
            "Remove the wire guard, close the doors, remove the lockout and run the cleaner empty for 5 min "
            "before feeding lint.",
        ],
    ),
    ("h", "8. Replacing the brush strips"),
    (
        "ol",
        [
            "Stop the cleaner, wait for the ZERO SPEED lamp and lock out all drives.",
            "Open the brush door and turn the brush by hand until a strip clamp faces the door.",
            "Loosen the clamp screws and slide the old strip out sideways.",
            "Slide a new strip in, centre it and tighten the clamp screws to 12 Nm.",
            "Repeat for all strips; always replace the complete set (TVC-BS-66 or TVC-BS-86), never single strips, "
            "or the brush runs out of balance.",
            "Check the overlap of 3 mm on the saw at both ends with the gauge TVC-OG-3.",
            "Close the door, remove the lockout and run the brush alone for 2 min; stop it if it vibrates.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h", "Clean the feed plate and the condenser screen when ginning sticky cotton"],
            ["Daily", "Check the motes for good fibre; check the bypass valve"],
            ["Every 500 h", "Check the grid bar and feed plate clearances; grease the bearings (3 strokes)"],
            [
                "End of season or 1000 h, whichever comes first",
                "Check the saw wire for worn or bent teeth; replace the brush strips if shorter than 40 mm",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "Saw cylinders with worn wire are rewound at the Tullivant works; send the cylinder with the exchange "
        "form. Rewinding is not described in this manual.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TLC-66", "TLC-86"],
            ["Grid bar", "TVC-GB-66", "TVC-GB-86"],
            ["Feed plate", "TVC-FP-66", "TVC-FP-86"],
            ["Brush strip set", "TVC-BS-66", "TVC-BS-86"],
            ["Feed roller", "TVC-FR-66", "TVC-FR-86"],
            ["Exchange saw cylinder", "TVC-SC-66", "TVC-SC-86"],
            ["Feeler set 0.25-0.50 mm", "TVC-FG-5", "TVC-FG-5"],
            ["Brush overlap gauge", "TVC-OG-3", "TVC-OG-3"],
            ["Wire guard", "TVC-WG-1", "TVC-WG-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hollisford UPX-230 up-packing bale press
HOLLISFORD = [
    ("title", "Hollisford UPX-230 Up-Packing Bale Press\nOperation and Maintenance"),
    (
        "p",
        "Document HLF-OM-UPX-02, Edition 4, January 2025. Hollisford Press Works. The UPX-230 is a fixed-platen, "
        "double-box, up-packing press for universal density bales of cotton lint. Lint from the condenser comes "
        "down the lint slide and is packed into the tramping box by the hydraulic tramper. When the lint scale in "
        "the slide reaches the bale weight setpoint, the two boxes turn about the centre post; the main ram then "
        "packs the bale upwards against the fixed platen while the next bale is tramped in the other box. After the "
        "ties are applied the doors open and the bale is pushed onto the bale conveyor. The condenser, the "
        "moisture restoration system, the bale tying system, the bale scale, bagging and sampling have their own "
        "manuals. The foundation and the pit are built by the site to the Hollisford foundation drawing "
        "HLF-FD-230.",
    ),
    (
        "warn",
        "DANGER: Never enter the press box, the tramper chamber or the pit while the hydraulic power unit runs or "
        "the accumulator is charged. A tramper or ram moved by stored pressure can kill.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UPX-230"],
            ["Box inside, width x length", "530 x 1400 mm"],
            ["Bale weight, target / setting range", "227 kg / 200-250 kg"],
            ["Tied bale height at 227 kg, upland lint at 6.0-7.5 % moisture", "680 mm ±50 mm"],
            ["Bale density at 227 kg and 680 mm", "about 450 kg/m³"],
            ["Capacity", "up to 30 bales/h"],
            ["Main ram diameter / stroke", "450 mm / 3350 mm"],
            ["Main system working pressure / relief valve", "250 bar / 275 bar"],
            ["Press force at 250 bar", "3.98 MN (about 405 t)"],
            ["Tramper cylinder / stroke / speed", "200 mm / 1500 mm / 12-16 strokes per min"],
            ["Box turn time", "12 s"],
            ["Main pump motor / tramper pump motor / turn and door pump motor", "132 kW / 37 kW / 11 kW"],
            ["Hydraulic oil ISO VG 46, tank", "2300 L"],
            ["Height above the floor / pit depth", "9.2 m / 3.6 m"],
            ["Mass of the press", "68 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The bale height and density hold for upland lint at 6.0-7.5 % moisture pressed at 250 bar. Drier lint "
        "springs back more after the ties are applied and gives a taller bale. The press force follows from the "
        "ram area, 0.159 m², times the working pressure. Never raise the relief valve above 275 bar.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The light curtain at the bale door stops all movement when broken (P01). Never bridge it.",
            "Keep the ties and the tying heads clear of people while the ram holds the bale: the bale stores energy "
            "and a tie that breaks lashes out.",
            "Before any work in the box, the tramper chamber or the pit, follow section 7.",
            "Hot oil: the oil may be up to 70 °C. Let it cool before opening hydraulic lines.",
            "Lint fires: keep the pit and the press base clean of lint; the site's fire procedure applies.",
        ],
    ),
    ("h", "3. Press settings and limits"),
    (
        "cols",
        [
            ("h", "Bale weight"),
            (
                "p",
                "The lint scale in the slide totals the lint tramped into the box. At the bale weight setpoint the "
                "box turns. At a steady lint flow the bale weighs within ±2 kg of the setpoint; with a surging "
                "flow the error is larger. The weight on the certified bale scale (the site's) is the one that "
                "counts.",
            ),
            ("h", "Pressing"),
            (
                "p",
                "The main ram rises fast up to 30 bar, then presses. It must reach 250 bar within 45 s (P02) and "
                "holds there for 4 s before the tying system is released. It then lowers to 40 bar and holds while "
                "the ties are applied.",
            ),
            ("h", "Tramper"),
            (
                "p",
                "The tramper runs at 12-16 strokes per min, faster with a higher lint flow, and waits at its top "
                "position while no lint comes down the slide. If the slide photo eye stays blocked for 10 s the "
                "slide is choked (P09) and the condenser stops.",
            ),
            ("h", "Turning the boxes"),
            (
                "p",
                "The boxes turn only with the ram fully down, the tramper at its top position and both lock pins "
                "out. After the turn both lock pins must be in within 2 s (P06).",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Normal 40-55 °C. Above 60 °C P03 warns; above 70 °C P04 stops the press at the end of the cycle. "
                "The oil cooler is cleaned daily.",
            ),
            ("h", "Lint moisture"),
            (
                "p",
                "Lint at the press should be 6.0-7.5 %. The moisture restoration system, not the press, sets it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop or light curtain. Clear and press RESET."],
            [
                "P02",
                "Pressure not reached",
                "250 bar not reached within 45 s: pump worn, relief valve leaking or set low, main valve leaking.",
            ],
            ["P03", "Oil temperature high", "Above 60 °C. Check the cooler fins and fan."],
            ["P04", "Oil temperature stop", "Above 70 °C. The press stops at the end of the cycle."],
            ["P05", "Oil level low", "Tank level switch. Look for a leak before topping up."],
            ["P06", "Box not locked", "A lock pin not in within 2 s after the turn."],
            ["P07", "Door latch open", "One of the four door latches not closed."],
            ["P08", "Tramper position", "Tramper not at its top position within 5 s."],
            ["P09", "Lint slide choke", "Slide photo eye blocked for 10 s. Clear the slide."],
            ["P10", "Tying system not ready", "Signal from the bale tying system. See its manual."],
            ["P12", "Ram not down", "Ram not fully down within 30 s after tying."],
            ["P13", "Return filter", "Filter pressure drop above 2.5 bar. Change the element."],
            ["P14", "Service due", "2000 h or 12 months since the last service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bales too tall, spring back, ties hard to apply",
                "Lint below 6.0 % moisture, or the ram stops short of 250 bar",
                "Check the lint moisture at the slide; check the pressure gauge at the end of the stroke",
            ],
            [
                "Bale weights differ from the bale scale by more than 2 kg",
                "Lint scale drift or lint caught on the scale section",
                "Clean the scale section; calibrate the lint scale (section 8)",
            ],
            [
                "Oil hot, boxes turn slowly",
                "Cooler fins blocked with lint, cooler fan stopped",
                "Clean the cooler with compressed air from the fan side",
            ],
            [
                "Ram creeps down while the ties are applied",
                "Pilot check valve leaking, main cylinder packing worn",
                "Clean or replace the pilot check valve; packing work only by Hollisford service",
            ],
            [
                "Bale wedge-shaped, one end taller",
                "Lint spread unevenly in the box, spreader flaps worn",
                "Check the slide spreader flaps and the lint flow across the slide",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start"),
    (
        "ol",
        [
            "Walk round the press: doors, latches, light curtain, no people in the pit.",
            "Check the oil level in the sight glass and the oil cooler fins.",
            "Start the hydraulic power unit and let the oil warm to at least 25 °C.",
            "Run one empty cycle in manual mode: tramper, turn, ram, doors.",
            "Check that both lock pins go in after the turn and that the ram reaches 250 bar.",
            "Set the bale weight and switch to AUTO.",
        ],
    ),
    ("h", "7. Entering the press box or the tramper chamber"),
    (
        "ol",
        [
            "Finish the cycle in progress and stop the lint flow at the condenser.",
            "Lower the main ram fully and bring the tramper to its top position.",
            "Insert the tramper safety bar HLF-SB-1 under the tramper head.",
            "Stop the hydraulic power unit and lock out its main switch with your own lock.",
            "Open the accumulator dump valve and check that the gauge reads 0 bar.",
            "Lock out the condenser and the lint slide drives.",
            "Open the box door and check that the lock pins are in.",
            "Enter only with a second person outside at the door.",
            "After the work, remove the safety bar last, close the dump valve and remove the locks.",
        ],
    ),
    ("h", "8. Calibrating the lint scale"),
    (
        "ol",
        [
            "Stop the lint flow and clean the scale section of the slide.",
            "Select SET > SCALE > ZERO with the section empty.",
            "Place the 50 kg test weight HLF-TW-50 at the centre of the section.",
            "Select SET > SCALE > SPAN and enter 50.0 kg.",
            "Remove the weight; the reading must return to 0.0 ±0.2 kg.",
            "Press ten bales and compare with the bale scale; adjust the correction factor if the mean differs by "
            "more than 1 kg.",
        ],
    ),
    ("h", "9. Changing the return filter element (P13)"),
    (
        "ol",
        [
            "Finish the cycle in progress and stop the hydraulic power unit.",
            "Open the accumulator dump valve and check that the gauge reads 0 bar.",
            "Place a tray under the filter housing and unscrew the bowl.",
            "Remove the element and look at it: metal particles mean a pump or cylinder problem; report them.",
            "Fit the new element HLF-RF-25 with a new bowl O-ring, oiled.",
            "Screw the bowl on hand-tight plus a quarter turn.",
            "Close the dump valve, start the power unit and check the housing for leaks.",
            "Reset P13 at the panel.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the oil cooler; clean the pit and the press base of lint; check the light curtain"],
            ["Weekly", "Grease the centre post bearing and the door hinges"],
            ["Every 500 h", "Check the door latches and lock pins for wear; check the tramper guides"],
            ["2000 h or 12 months, whichever comes first", "Hollisford service (P14): oil sample, accumulator"],
            ["Every 4000 h or when the oil sample says so", "Change the hydraulic oil and the filters"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element", "HLF-RF-25"],
            ["Pilot check valve", "HLF-PC-32"],
            ["Door latch proximity switch", "HLF-PS-12"],
            ["Tramper guide shoe", "HLF-GS-200"],
            ["Slide spreader flap set", "HLF-SF-14"],
            ["Test weight 50 kg", "HLF-TW-50"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Fenwarde FTD tower driers
FENWARDE = [
    ("title", "Fenwarde FTD Tower Driers for Seed Cotton\nInstallation, Operation and Maintenance - FTD-24 and FTD-30"),
    (
        "p",
        "Document FNW-IOM-FTD-05, Edition 1, August 2024. Fenwarde Drying Systems. The FTD-24 and FTD-30 are "
        "tower driers: seed cotton enters the hot air stream at the mix point, rises into the tower and is carried "
        "back and forth over a series of shelves (24 or 30) by the drying air before it leaves at the top outlet to "
        "the cleaner that follows. The two models differ in the number of shelves, width, air flow, burner rating "
        "and masses. The burner and its gas train have their own manual and are set by the gas installer; the "
        "drying fan, the ducting and the deluge water supply are the site's.",
    ),
    (
        "warn",
        "WARNING: Never start the burner before the drying fan runs and the seed cotton feed control is ready. "
        "Never open an inspection door while cotton or hot air is in the tower.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FTD-24", "FTD-30"],
            ["Shelves", "24", "30"],
            ["Shelf width", "1520 mm", "1830 mm"],
            ["Capacity, machine-picked upland seed cotton", "up to 12 bales/h", "up to 16 bales/h"],
            ["Drying air flow at 20 °C", "7.5 m³/s", "9.5 m³/s"],
            ["Burner rating (gas)", "1.5 MW", "1.9 MW"],
            ["Mix-point temperature, setting range", "40-177 °C", "40-177 °C"],
            ["Time of the cotton in the tower", "about 12 s", "about 15 s"],
            ["Pressure drop at rated air flow, clean", "1.6 kPa", "1.9 kPa"],
            ["Deluge nozzles DN 50", "6", "8"],
            ["Inspection doors", "4", "5"],
            ["Height / mass", "7.3 m / 4200 kg", "8.8 m / 5600 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The burner ratings allow the rated air flow to be heated from 20 °C to the 177 °C maximum: 7.5 m³/s is "
        "about 9.0 kg/s of air, times 1.006 kJ/kg K times 157 K gives 1.42 MW; 9.5 m³/s gives 1.80 MW. The "
        "capacities hold for machine-picked upland seed cotton of up to 12 % moisture as it comes from the module "
        "feeder. Wetter cotton cannot be dried to ginning moisture in one pass; no settings are given for it.",
    ),
    ("h", "2. Installation"),
    (
        "p",
        "The tower stands on a level concrete base built by the site; the anchor loads are on the installation "
        "drawing FNW-ID-24 or FNW-ID-30. The hot air duct from the burner to the mix point and the duct from the "
        "tower outlet to the next cleaner are sized by the site's gin engineer for an air velocity of 20-25 m/s. "
        "Keep at least 1.0 m clear in front of every inspection door. The deluge nozzles are connected to the "
        "site's fire water main; the water flow, the pressure and the duration of the supply are designed by the "
        "site's fire protection contractor, not by Fenwarde.",
    ),
    (
        "p",
        "The drying fan must give the rated air flow against the drier's pressure drop plus that of the ducts, "
        "the burner and the cleaners in the same air line; its selection is the gin engineer's. Fit the mix-point "
        "sensor 1 m after the cotton inlet, as shown on the drawing.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Drier fires start from sparks, hot spots and overheated cotton. Keep the shelves clean (section 10) "
            "and never exceed the mix-point limit.",
            "Before entering the tower, lock out the fan, the burner and the feed control, close the manual gas "
            "valve and let the tower cool below 40 °C.",
            "The deluge system floods the tower when it opens. Stand clear of the bottom drain.",
            "Work on the gas train only by the gas installer or the burner's service.",
        ],
    ),
    ("h", "4. Temperature control and limits"),
    (
        "cols",
        [
            ("h", "Mix-point temperature"),
            (
                "p",
                "The mix-point temperature must not exceed 177 °C. It is measured by the sensor 1 m after the point "
                "where the cotton enters the hot air; the limits hold only for this sensor position. A separate "
                "high-limit thermostat shuts the burner at 190 °C and locks it out (D02).",
            ),
            ("h", "Choosing the setpoint"),
            (
                "p",
                "Start at 65 °C. Raise the setpoint in steps of 10 °C, with 10 min between steps, until the seed "
                "cotton at the gin stand feeder is at 6.0-7.5 % moisture. Use the lowest temperature that gives "
                "this: over-dried cotton gins with short fibre and more neps.",
            ),
            ("h", "Warming up"),
            (
                "p",
                "Raise the mix-point temperature by no more than 15 °C per minute. Without cotton in the air "
                "stream do not go above 95 °C.",
            ),
            ("h", "Air flow"),
            (
                "p",
                "The air flow must be at least 80 % of the rated flow (6.0 m³/s FTD-24, 7.6 m³/s FTD-30). Below "
                "this the cotton settles on the shelves and D04 stops the feed and the burner.",
            ),
            ("h", "Fire detection"),
            (
                "p",
                "An outlet temperature rising more than 25 °C above its running value within 30 s means a fire in "
                "the tower (D07): the feed and the burner stop, the fan stops and the deluge valve opens.",
            ),
            ("h", "Choke"),
            (
                "p",
                "A pressure drop above 130 % of the clean value at the same air flow means cotton is building up on "
                "the shelves (D08).",
            ),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "Release and press RESET."],
            [
                "D02",
                "High limit",
                "Thermostat at 190 °C. Burner locked out; reset by hand at the burner panel after finding the cause.",
            ],
            ["D03", "Flame failure", "From the burner control. See the burner's manual."],
            ["D04", "Low air flow", "Below 80 % of rated flow. Check the fan, its belts and the dampers."],
            ["D06", "Outlet temperature high", "Outlet above 90 °C. Lower the setpoint; check the feed."],
            ["D07", "Fire", "Outlet rise of more than 25 °C in 30 s. Deluge opens. Follow section 7."],
            ["D08", "Shelf choke", "Pressure drop above 130 % of clean. Feed stops; clear the shelves (section 10)."],
            ["D09", "Mix sensor fault", "Sensor open or shorted. The burner goes to low fire."],
            ["D10", "Door open", "An inspection door switch open."],
            ["D11", "Gas pressure low", "From the gas train pressure switch. Call the gas installer."],
            ["D12", "Service due", "1200 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cotton still too wet at the gin stand with the mix point above 150 °C",
                "Air flow low, cold air drawn in at open or leaking doors, cotton wetter than 12 %",
                "Check the air flow (at least 80 % of rated) and the door seals; check the module moisture",
            ],
            [
                "Cotton builds up on the shelves, D08",
                "Air flow below 80 %, feed surges, wet lumps from the module feeder",
                "Stop the feed, clear the shelves (section 10), check the fan and the feed control",
            ],
            [
                "Lint yellowish and brittle, short fibre in the classing",
                "Over-drying: setpoint too high for the cotton",
                "Lower the setpoint by 10 °C steps; never above 177 °C",
            ],
            [
                "Mix-point temperature swings by more than 10 °C",
                "Feed surges, burner modulation badly tuned",
                "Steady the feed; have the burner service tune the modulation",
            ],
            [
                "Burner trips on the high limit during warming up",
                "Warming up faster than 15 °C per minute, fan damper closed",
                "Warm up slower; check the damper",
            ],
            [
                "Seed cotton leaves the tower in wet lumps",
                "Lumps from the module feeder not opened, condensation on cold shelves at the start",
                "Check the module feeder; warm up for 10 min before the feed on cold mornings",
            ],
            [
                "Smell of burning at the outlet without D07",
                "Smouldering lint caught at a shelf edge or a door seal",
                "Stop the feed and the burner, run the fan, inspect from the doors when below 40 °C",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. After a fire in the tower (D07)"),
    (
        "ol",
        [
            "Check that the feed, the burner and the fan have stopped and the deluge valve has opened.",
            "Call the site's fire team and keep everyone away from the doors.",
            "Stop the cotton flow to the cleaners and the gin stands that follow, so that burning cotton is not "
            "carried on.",
            "Let the deluge run for at least 10 min after the last sign of fire.",
            "Close the deluge valve and open the bottom drain.",
            "Only when the outlet temperature is below 40 °C, open the lowest inspection door and look for "
            "glowing cotton.",
            "Remove all wet and burnt cotton from every shelf, working from the bottom up.",
            "Check the shelves, the door seals and the mix sensor for damage.",
            "Reset D07 at the panel and start again as after a cold start, with a fire watch for 1 h.",
        ],
    ),
    ("h", "8. Starting the drier"),
    (
        "ol",
        [
            "Check that all inspection doors are closed and the deluge valve is set.",
            "Start the drying fan and check the air flow on the display.",
            "Release the burner; it lights at low fire.",
            "Warm up to 65 °C at no more than 15 °C per minute.",
            "Start the seed cotton feed.",
            "Adjust the setpoint as in section 4 after 10 min.",
        ],
    ),
    ("h", "9. Shutting down"),
    (
        "ol",
        [
            "Stop the seed cotton feed at the module feeder.",
            "Let the tower run empty for at least 2 min, until no cotton leaves the outlet.",
            "Switch the burner off; the fan keeps running.",
            "Run the fan until the outlet temperature is below 50 °C.",
            "Stop the fan and close the manual gas valve at the end of the day.",
        ],
    ),
    ("h", "10. Clearing and cleaning the shelves"),
    (
        "ol",
        [
            "Stop the feed and the burner and let the fan run until the outlet is below 40 °C.",
            "Stop the fan; lock out the fan, the burner and the feed control and close the manual gas valve.",
            "Open the inspection doors from the bottom up.",
            "Pull the cotton off each shelf with the Fenwarde shelf rake FNW-SR-1, working from the bottom shelf "
            "up; do not use water.",
            "Brush the shelves and the shelf edges free of lint and leaf.",
            "Check the door seals; replace a seal that is torn or hard.",
            "Close the doors from the top down and check the door switches (D10 must clear).",
            "Remove the locks and start as in section 8.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Look through the doors for cotton on the shelves; check the door seals"],
            ["Weekly, or after every choke", "Clean the shelves (section 10); no water"],
            ["Monthly", "Check the mix sensor against a reference thermometer: within ±3 °C"],
            ["1200 h or end of season, whichever comes first", "Service (D12): seals, sensors, deluge test"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "FTD-24", "FTD-30"],
            ["Door seal set", "FNW-DS-24", "FNW-DS-30"],
            ["Mix-point sensor Pt100", "FNW-TS-100", "FNW-TS-100"],
            ["High-limit thermostat", "FNW-HL-190", "FNW-HL-190"],
            ["Deluge nozzle DN 50", "FNW-DN-50", "FNW-DN-50"],
            ["Shelf plate", "FNW-SP-152", "FNW-SP-183"],
            ["Shelf rake", "FNW-SR-1", "FNW-SR-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("pemberlin-pg-saw-gin-stand.pdf", "Pemberlin PMB-OM-PG-11 Ed 3 - PG-136 / PG-176", PEMBERLIN),
        ("tullivant-tlc-saw-lint-cleaner.pdf", "Tullivant TVC-OM-TLC-07 Ed 2 - TLC-66 / TLC-86", TULLIVANT),
        ("hollisford-upx-up-packing-bale-press.pdf", "Hollisford HLF-OM-UPX-02 Ed 4 - UPX-230", HOLLISFORD),
        ("fenwarde-ftd-seed-cotton-tower-drier.pdf", "Fenwarde FNW-IOM-FTD-05 Ed 1 - FTD-24 / FTD-30", FENWARDE),
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
