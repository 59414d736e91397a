"""Generate the PDF manuals of the hundred-and-thirteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set113-scratch/venv && /tmp/set113-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set113-scratch/venv/bin/python knowledge/samples/hundredthirteenth/make_pdfs.py

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



# ---------------------------------------------------------------- Kalverstone CX cupping presses
KALVERSTONE = [
    ("title", "Kalverstone CX Cupping Presses\nOperation and Maintenance - CX-14 and CX-16"),
    (
        "p",
        "Document KVS-OM-CX-07, Edition 3, March 2025. Kalverstone Press Systems. The CX-14 and CX-16 are "
        "double-action mechanical cupping presses. They cut round blanks from lubricated aluminium coil and draw "
        "them into shallow cups, which the cup conveyors carry to the bodymakers of a two-piece beverage can line. "
        "The CX-14 carries 14 tool pockets and the CX-16 carries 16, in two staggered rows. Apart from the pocket "
        "count, the bed width, the drive and the items named in this manual, the two models are built alike. The "
        "uncoiler, the coil lubricator and the cup conveyors have their own manuals. The coil specification and its "
        "acceptance are agreed between the site and its coil supplier; this manual does not set them.",
    ),
    (
        "warn",
        "WARNING: Never reach into the tool area, the feed or the scrap chopper unless the press is stopped, the "
        "flywheel has come to rest and the main isolator is locked off. The flywheel runs on for up to 3 min after "
        "the drive is switched off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-14", "CX-16"],
            ["Tool pockets (rows x pockets per row)", "14 (2 x 7)", "16 (2 x 8)"],
            ["Rated press force, reached 6 mm above bottom dead centre", "2200 kN", "2500 kN"],
            ["Stroke", "140 mm", "140 mm"],
            ["Maximum stroke rate", "200 strokes/min", "185 strokes/min"],
            ["Cup output at the maximum stroke rate, all pockets running", "2800 cups/min", "2960 cups/min"],
            ["Feed progression per stroke", "247 mm", "247 mm"],
            ["Coil width", "1090 mm", "1230 mm"],
            ["Coil material", "aluminium 3104-H19, 0.245-0.280 mm", "aluminium 3104-H19, 0.245-0.280 mm"],
            ["Blank diameter / cup diameter", "140.0 mm / 89.5 mm", "140.0 mm / 89.5 mm"],
            ["Main motor", "75 kW", "90 kW"],
            ["Clutch and brake air", "5.5-6.5 bar", "5.5-6.5 bar"],
            ["Cushion (draw pad) air pressure", "3.8-5.2 bar", "4.2-5.6 bar"],
            ["Brake stopping time, trip at 90° of the downstroke, limit", "180 ms", "200 ms"],
            ["Press lubricating oil ISO VG 220, tank", "180 L", "220 L"],
            ["Shut height, motorised adjustment", "525-585 mm", "525-585 mm"],
            ["Mass of the press without tooling", "38 t", "43 t"],
        ],
        (80, 47, 47),
    ),
    ("h", "2. How the press works"),
    (
        "p",
        "A servo roll feed pushes the strip forward by one feed progression at every stroke. On the downstroke the "
        "outer slide brings the cut edges down and cuts a blank in each pocket; the draw pad then clamps the blank "
        "against the draw ring with the force of the air cushion, and the inner slide pushes the draw punch through "
        "to form the cup. On the upstroke the cups are stripped from the punches and blown out onto the cup "
        "conveyor. The scrap skeleton runs on to the scrap chopper at the rear of the press and from there to the "
        "site's scrap system. A tonnage monitor reads four strain gauges, one on each corner of the frame, at every "
        "stroke; the load on any corner above 105 % of its share of the rated force stops the press at the top of "
        "the stroke (A12).",
    ),
    ("h", "3. Press settings and limits"),
    (
        "cols",
        [
            ("h", "Cushion pressure"),
            (
                "p",
                "The draw pad holds the blank flat while the cup is drawn. Start at 4.5 bar on the CX-14 or 4.9 bar "
                "on the CX-16 and change in steps of 0.2 bar. Too little pressure lets the flange wrinkle; too much "
                "thins the wall at the bottom radius and splits cups. The cushion ranges hold only for 3104-H19 of "
                "0.245-0.280 mm with the lubricant film below. Other alloys or gauges need settings from "
                "Kalverstone's applications engineers.",
            ),
            ("h", "Lubricant film"),
            (
                "p",
                "The coil lubricator upstream must put 250 mg/m² ±50 mg/m² of cupping lubricant on each side of "
                "the strip. The lubricant itself, its supply and the lubricator's settings are covered by the "
                "lubricator manual. A dry strip scores the draw rings within minutes.",
            ),
            ("h", "Stroke rate"),
            (
                "p",
                "The maximum stroke rate holds only with coil inside the material range and all pockets running. "
                "After a tool change or a new coil, run at no more than 60 strokes/min for the first 50 strokes. "
                "Never exceed the maximum stroke rate of the model; the controller refuses a higher setpoint.",
            ),
            ("h", "Cup height"),
            (
                "p",
                "Check one cup from each pocket every 4 h. Cup height must stay within ±0.25 mm of the nominal 33.5 "
                "mm. The wavy top edge of a cup (earing) comes from the coil; earing limits are agreed between the "
                "site and its coil supplier.",
            ),
            ("h", "Shut height"),
            (
                "p",
                "Set in steps of 0.01 mm with the motorised adjustment; the display shows the shut height. Never "
                "adjust with the press running or under load. After a change, run 10 single strokes and measure "
                "cups from the four corner pockets.",
            ),
            ("h", "Clutch and brake"),
            (
                "p",
                "Air below 5.0 bar stops the press (A03). The brake monitor measures the stopping time at every "
                "stop from continuous running. A time above the limit of the model (180 ms CX-14, 200 ms CX-16) "
                "stops the press (A04); the monthly check of section 5.3 confirms the brake.",
            ),
            ("warn", "Never bridge the brake monitor and never run the press while A04 is shown."),
        ],
    ),
    ("h", "4. Operation"),
    ("h", "4.1 Threading a new coil"),
    (
        "ol",
        [
            "Stop the press at top dead centre and switch the feed to JOG.",
            "Load the coil on the uncoiler (see its manual). Cut off the first 2 m if the outer wraps are damaged.",
            "Check that the lubricator is on and its film is set to 250 mg/m² per side.",
            "Open the feed rolls, pass the strip through the straightener and the feed rolls up to the tool line, "
            "and close the rolls.",
            "Set the loop sensor to AUTO.",
            "Run 3 single strokes in INCH. Remove the first cups and check that every pocket has cut a full blank.",
            "Run at no more than 60 strokes/min for 50 strokes. Check one cup from each pocket for wrinkles and "
            "splits, then raise the speed to production.",
        ],
    ),
    ("h", "4.2 Setting the cushion pressure"),
    (
        "ol",
        [
            "Run the press at 60 strokes/min with coil in.",
            "Set the starting pressure of the model (4.5 bar CX-14, 4.9 bar CX-16).",
            "Take one cup from each pocket and look at the flange and at the bottom radius.",
            "Wrinkles on the flange of any pocket: raise the pressure by 0.2 bar. Splits at the bottom radius: "
            "lower it by 0.2 bar. Never leave the range of the model.",
            "Repeat step 3 after 20 strokes. If neither change cures a pocket, stop and inspect the draw ring and "
            "draw pad of that pocket.",
            "Record the final pressure in the press log.",
        ],
    ),
    ("h", "5. Checks and maintenance"),
    ("h", "5.1 Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop button is pressed. Release it and reset."],
            ["A02", "Guard door open", "Close the door; the interlock resets at the panel."],
            ["A03", "Clutch air low", "Air below 5.0 bar. Check the site supply and the clutch air filter."],
            ["A04", "Brake stopping time exceeded", "Lock the press out and carry out the check of section 5.3."],
            ["A05", "Lube oil pressure low", "Below 1.5 bar. Check the oil level, the pump and the filter."],
            ["A06", "Lube oil temperature high", "Above 60 °C. Check the oil cooler and its water supply."],
            ["A07", "Coil loop low", "Uncoiler not keeping up or coil end. Check the uncoiler."],
            ["A09", "Misfeed", "Feed error more than ±0.5 mm. Check the feed rolls and the strip edge."],
            ["A10", "Cup discharge jam", "Photo eye blocked for more than 2 s. Clear the cup chute."],
            ["A11", "Cushion pressure out of range", "Reading outside the range of the model. Check the regulator."],
            ["A12", "Tonnage overload", "Corner load above 105 %. Check for a double blank or a wrong shut height."],
            ["A13", "Scrap chopper overload", "Clear the chopper; check its knives."],
        ],
        (16, 50, 108),
    ),
    ("h", "5.2 Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Wrinkled flanges on the cups of one or more pockets",
                "Cushion pressure too low, or worn draw pad",
                "Raise the cushion pressure by 0.2 bar (section 4.2); inspect the pad",
            ],
            [
                "Cups split at the bottom radius",
                "Cushion pressure too high, dry strip, worn draw ring radius",
                "Lower the pressure by 0.2 bar; check the lubricator; polish or change the draw ring",
            ],
            [
                "Score lines on the outside of the cup wall",
                "Aluminium pick-up on the draw ring",
                "Stop, polish the draw ring with the Kalverstone polishing kit; check the lubricant film",
            ],
            [
                "Burrs on the blank edge, slivers in the cup chute",
                "Blunt cut edge",
                "Regrind the cut edges (section 5.4)",
            ],
            [
                "Cup height low on all pockets",
                "Coil gauge at the bottom of the range, or shut height set high",
                "Measure the gauge; check the shut height",
            ],
            [
                "Press slows at each stroke, clutch hisses",
                "Clutch air low or clutch lining worn",
                "Check the air (A03 at 5.0 bar); call Kalverstone service",
            ],
        ],
        (52, 55, 67),
    ),
    ("h", "5.3 Monthly brake stopping time check"),
    (
        "ol",
        [
            "Fit the brake test key to the panel and select BRAKE TEST.",
            "Open the feed rolls so that no coil is fed, and run the press in continuous at the maximum stroke rate "
            "of the model.",
            "Press the brake test button. The controller trips the clutch and brake at 90° of the downstroke and "
            "shows the time until the crank stands still.",
            "Repeat three times and take the longest of the three times.",
            "The longest time must not exceed 180 ms on the CX-14 or 200 ms on the CX-16. If it does, lock the "
            "press out and replace the brake friction discs or call Kalverstone service.",
            "A time within 10 % of the limit (162 ms or more on the CX-14, 180 ms or more on the CX-16) means the "
            "friction discs are due: plan their change within 4 weeks.",
            "Record the three times and the date in the press log and remove the test key.",
        ],
    ),
    ("h", "5.4 Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h", "Cup height from each pocket (section 3)"],
            ["Daily", "Lube oil level; scrap chopper knives; clean the cup discharge and photo eyes"],
            ["Weekly", "Drain the clutch air filter; tonnage monitor zero: with no load the reading must be within "
             "±1 % of the rated force"],
            ["Monthly", "Brake stopping time check (section 5.3)"],
            ["Every 40 million strokes, or when the burr on the blanks exceeds 0.03 mm, whichever comes first",
             "Regrind the cut edges; no more than 0.8 mm may be ground off a cut edge in its life"],
            ["4000 h", "Change the lube oil filter element and send an oil sample for analysis"],
            ["Yearly", "Kalverstone service: gib clearances, crank bearings, clutch and brake overhaul"],
        ],
        (70, 104),
    ),
    ("h", "6. Safety notes"),
    (
        "ul",
        [
            "Only trained setters may change tooling or work inside the guards.",
            "Lock off the main isolator and the air supply and wait for the flywheel to stop before any work in the "
            "tool area.",
            "Use the slide blocks supplied with the press whenever a hand goes under the slide.",
            "Wear cut-resistant gloves when handling cups, blanks, scrap or coil edges.",
            "Hearing protection is required around the running press; the noise survey is the site's.",
        ],
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Part", "CX-14", "CX-16"],
            ["Cut edge, one pocket", "KVS-CE-1400", "KVS-CE-1400"],
            ["Draw ring, one pocket", "KVS-DR-895", "KVS-DR-895"],
            ["Draw pad, one pocket", "KVS-DP-895", "KVS-DP-895"],
            ["Brake friction disc set", "KVS-BF-14", "KVS-BF-16"],
            ["Lube oil filter element", "KVS-OF-220", "KVS-OF-220"],
            ["Cushion air regulator", "KVS-CR-60", "KVS-CR-60"],
            ["Feed roll covers, pair", "KVS-FR-1090", "KVS-FR-1230"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Ormsley BD can bodymakers
ORMSLEY = [
    ("title", "Ormsley BD Can Bodymakers\nOperation and Maintenance - BD-33 and BD-50"),
    (
        "p",
        "Document ORM-OM-BD-11, Edition 2, June 2024. Ormsley Can Machinery. The BD-33 and BD-50 are horizontal, "
        "crank-driven bodymakers. At every stroke the ram pushes a cup through the redraw die and three ironing "
        "dies, which thin and lengthen the wall, and forms the dome in the can bottom against the domer at the end "
        "of the stroke. The BD-33 makes 330 ml cans and the BD-50 makes 500 ml cans, both of 66.2 mm diameter; the "
        "BD-50 has the longer stroke and toolpack. Apart from these and the items named in this manual, the two "
        "models are built alike. Cups come from the cupping press; cans go on to the trimmer. Coolant comes from "
        "the site's central coolant system; this manual gives only the limits at the machine.",
    ),
    (
        "warn",
        "WARNING: The ram reaches more than 10 m/s. Never open the toolpack guard or reach into the cup feed while "
        "the main drive runs or the flywheel turns. Lock off the main isolator before any work on the toolpack.",
    ),
    ("h", "1. How the bodymaker works"),
    (
        "p",
        "Cups drop down the cup chute into the cup feed star, which places one cup in front of the redraw sleeve at "
        "every stroke. The redraw sleeve clamps the cup against the redraw die with the redraw sleeve air while the "
        "punch on the ram pushes it through. The punch then carries the can through the three ironing dies and "
        "against the domer. On the return stroke the stripper fingers hold the can back, air through the punch "
        "blows it off, and the discharge transfer belt carries it away under vacuum. Coolant floods the toolpack "
        "through the die spacers at every stroke. The ram runs in hydrostatic bearings fed by their own oil pump; "
        "the machine will not start until the bearing oil pressure has been up for 30 s.",
    ),
    ("h", "2. Technical data"),
    (
        "table",
        [
            ["Parameter", "BD-33", "BD-50"],
            ["Can made", "330 ml, 66.2 mm diameter", "500 ml, 66.2 mm diameter"],
            ["Ram stroke", "560 mm", "660 mm"],
            ["Maximum speed (one can per stroke)", "340 cans/min", "300 cans/min"],
            ["Untrimmed can height", "124.0 mm ±1.0 mm", "176.5 mm ±1.0 mm"],
            ["Wall thickness, thinnest point (mid-wall)", "0.097 mm", "0.102 mm"],
            ["Wall thickness, thick top band", "0.160 mm", "0.165 mm"],
            ["Dome depth", "10.20 mm ±0.10 mm", "10.60 mm ±0.10 mm"],
            ["Main motor", "90 kW", "110 kW"],
            ["Coolant flow at the toolpack", "110 L/min", "130 L/min"],
            ["Coolant pressure at the toolpack inlet", "3.5-5.0 bar", "3.5-5.0 bar"],
            ["Ram bearing oil ISO VG 68, flow to the hydrostatic bearings", "18 L/min", "22 L/min"],
            ["Redraw sleeve air (hold-down)", "3.0-4.0 bar", "3.2-4.2 bar"],
            ["Domer air (overload cushion)", "5.5 bar", "6.0 bar"],
            ["Mass of the machine", "19 t", "22 t"],
        ],
        (80, 47, 47),
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Coolant"),
            (
                "p",
                "At the toolpack inlet the coolant must be at 45 °C ±3 °C, at a concentration of 4.5-5.5 %, with "
                "no more than 2 % tramp oil by volume. Concentration (%) = refractometer reading (°Brix) x 1.6 for "
                "Ormsley coolant ORM-CL40. For any other coolant the factor comes from its supplier. The central "
                "system is corrected in the coolant room; never add concentrate at the machine.",
            ),
            ("h", "Tear-offs"),
            (
                "p",
                "A tear-off is a can torn off the punch during ironing; the stripper sensor stops the machine "
                "(B06). Up to 3 tear-offs per 10 000 cans over a shift are normal. Above that, make the checks of "
                "section 5. At more than 10 per 10 000 stop the machine and inspect the toolpack.",
            ),
            ("h", "Speed"),
            (
                "p",
                "The maximum speeds hold only for cups made to the cup drawing of the can size and with the "
                "coolant inside its limits. After a toolpack change, run at 200 cans/min for the first 15 min. "
                "Other can sizes need an Ormsley conversion kit; their speeds are given with the kit.",
            ),
            ("h", "Can height"),
            (
                "p",
                "A can more than 1.5 mm shorter than the nominal untrimmed height is a short can (B05) and is blown "
                "off at the discharge. Three short cans in a row stop the machine.",
            ),
            ("h", "Dome"),
            (
                "p",
                "Check the dome depth on one can every 2 h with the dome depth gauge ORM-DG-1; it must stay within "
                "±0.10 mm of the value of the model. Dome reversal pressure is tested by the site's can laboratory; "
                "its limit comes from the site's can specification.",
            ),
            ("h", "Toolpack alignment"),
            (
                "p",
                "The redraw die, the ironing dies and the domer must run concentric to the ram within 0.025 mm, "
                "measured with the alignment bar ORM-AB-66. Check after every toolpack change and whenever the wall "
                "thickness differs by more than 0.005 mm around one can.",
            ),
        ],
    ),
    ("h", "4. Procedures"),
    ("h", "4.1 Changing the toolpack"),
    (
        "ol",
        [
            "Stop the machine with the ram at the back of its stroke and lock off the main isolator and the "
            "coolant valve.",
            "Open the toolpack guard and drain the coolant from the toolpack tray.",
            "Release the four toolpack clamps and slide the toolpack out on the change cart ORM-TC-2.",
            "Slide in the prepared toolpack; the die stack must be set on the bench to the toolpack sheet.",
            "Tighten the clamps in a cross pattern to 180 Nm.",
            "Check the alignment with the alignment bar ORM-AB-66: within 0.025 mm.",
            "Close the guard, open the coolant and inch the ram through two full strokes without cups.",
            "Start with cups at 200 cans/min for 15 min, measuring wall thickness, height and dome on the first "
            "five cans.",
        ],
    ),
    ("h", "4.2 Checking the coolant concentration"),
    (
        "ol",
        [
            "Take a 100 mL sample from the toolpack return at the machine, not from the central tank.",
            "Let it settle for 5 min in the graduated tube, so that tramp oil rises to the top. Read the oil "
            "layer: no more than 2 %.",
            "Put two drops of the lower layer on the prism of the refractometer and read the °Brix value.",
            "Concentration (%) = reading x 1.6 (ORM-CL40). Example: 3.1 °Brix gives 5.0 %.",
            "Between 4.5 and 5.5 %: record the value. Outside: tell the coolant room.",
            "Clean the prism with water and dry it.",
        ],
    ),
    ("h", "4.3 Setting the dome depth"),
    (
        "ol",
        [
            "Measure the dome depth of three cans with the gauge ORM-DG-1 and take the average.",
            "Stop the machine and lock off the main isolator.",
            "Remove the domer cover. The shim pack sits behind the domer body; shims are 0.05 mm thick.",
            "Adding a shim makes the dome deeper by 0.05 mm; removing one makes it shallower.",
            "Refit the cover, tighten its screws to 60 Nm and set the domer air back to the value of the model.",
            "Run and measure three cans again.",
        ],
    ),
    ("h", "5. Faults and symptoms"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Emergency stop", "Release the button and reset."],
            ["B02", "Toolpack guard open", "Close the guard."],
            ["B03", "Cup missing", "Cup chute empty. Check the cup conveyor and the cupping press."],
            ["B04", "Double cup", "Two cups at the redraw. Clear and check the cup feed star."],
            ["B05", "Short can", "More than 1.5 mm short. Check the cups and the redraw sleeve air."],
            ["B06", "Tear-off", "Clear the toolpack; see the tear-off row of the symptom table."],
            ["B07", "Coolant pressure low", "Below 3.5 bar at the toolpack. Check the filters and valves."],
            ["B08", "Coolant temperature high", "Above 52 °C. Tell the coolant room."],
            ["B09", "Ram bearing oil pressure low", "Stop at once. Check the oil level and the filter."],
            ["B10", "Main motor overload", "Check for a jam in the toolpack."],
            ["B12", "Redraw air out of range", "Check the regulator and the sleeve seals."],
            ["B13", "Domer overload", "A can or scrap was crushed at the domer. Clear and check the dome."],
            ["B14", "Discharge vacuum low", "Check the transfer belt and the vacuum blower."],
        ],
        (16, 50, 108),
    ),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "More than 3 tear-offs per 10 000 cans",
                "Coolant concentration low, split or scratched cups, worn third ironing die, toolpack out of line",
                "Check the coolant (section 4.2), the cups and the alignment; change the ironing die",
            ],
            [
                "Score lines running along the can wall",
                "Aluminium pick-up on an ironing die, or fines in the coolant",
                "Polish the die or change it; tell the coolant room to check the filters",
            ],
            [
                "Short cans",
                "Short cups, redraw sleeve air low",
                "Check the cupping press; set the redraw air",
            ],
            [
                "Cracks in the dome",
                "Dome set too deep, worn dome plug",
                "Check the depth (section 4.3); change the dome plug",
            ],
            [
                "Wall thicker on one side",
                "Toolpack not concentric",
                "Check with the alignment bar; within 0.025 mm",
            ],
            [
                "Knocking from the ram at the front of the stroke",
                "Ram bearing oil pressure low",
                "Stop at once (B09); call Ormsley service if the pressure is right",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 2 h", "Dome depth of one can"],
            ["Every shift", "Coolant concentration and tramp oil (section 4.2); wall thickness of one can"],
            ["Weekly", "Clean the toolpack tray and the coolant return screen"],
            ["Every 1.5 million cans or when score lines appear, whichever comes first",
             "Change the ironing dies; the dies go back to the site's tool room for regrinding"],
            ["2000 h", "Change the ram bearing oil filter"],
            ["8000 h", "Change the ram bearing oil (60 L)"],
            ["Yearly", "Ormsley service: crank and ram bearings, hydrostatic bearing clearances"],
        ],
        (70, 104),
    ),
    (
        "p",
        "The hydrostatic ram bearings are overhauled only by Ormsley service; this manual gives no procedure for "
        "them.",
    ),
    ("h", "7. Safety notes"),
    (
        "ul",
        [
            "The coolant is an irritant: wear gloves and glasses when taking samples.",
            "Never stand in line with the ram when the guard is open.",
            "Ironing dies are tungsten carbide and break when dropped: carry them in their cases.",
            "Hearing protection is required in the bodymaker area.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "BD-33", "BD-50"],
            ["Ironing die set (three dies)", "ORM-ID-33", "ORM-ID-50"],
            ["Punch sleeve", "ORM-PS-33", "ORM-PS-50"],
            ["Redraw sleeve", "ORM-RS-66", "ORM-RS-66"],
            ["Dome plug", "ORM-DP-1020", "ORM-DP-1060"],
            ["Stripper fingers, set", "ORM-SF-66", "ORM-SF-66"],
            ["Ram bearing oil filter", "ORM-OF-68", "ORM-OF-68"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Pictarro MD-8 can decorator
PICTARRO = [
    ("title", "Pictarro MD-8 Can Decorator\nOperation and Maintenance"),
    (
        "p",
        "Document PCT-OM-MD8-04, Edition 4, January 2025. Pictarro Decorating Machines. The MD-8 is a "
        "continuous-motion dry offset decorator for two-piece can bodies of 66 mm diameter (211). Eight inkers "
        "each ink one printing plate; the plates pass their colours to the blankets on the blanket wheel, and each "
        "blanket prints the whole design onto a can turning on a mandrel. The overvarnish unit then coats the "
        "printed can, and a vacuum transfer wheel puts the can onto a pin of the pin oven chain. The basecoater "
        "that applies a white base coat, the pin oven and the inks are not covered here: see their own manuals and "
        "the ink supplier's data sheets.",
    ),
    (
        "warn",
        "WARNING: Ink rollers, plate cylinders and the blanket wheel form in-running nips. Never clean or wipe a "
        "roller while the machine turns; use the INCH button with the guards closed, and the wash-up position for "
        "cleaning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Cans", "66 mm diameter (211), trimmed height 92-170 mm"],
            ["Maximum speed, 330 ml cans (115 mm trimmed height)", "1800 cans/min"],
            ["Maximum speed, 500 ml cans (168 mm trimmed height)", "1600 cans/min"],
            ["Inkers (colours)", "8"],
            ["Mandrels on the mandrel wheel", "24"],
            ["Blankets on the blanket wheel", "12, changed as a set"],
            ["Blanket thickness", "1.95 mm ±0.02 mm, self-adhesive on an aluminium segment"],
            ["Printing plates", "photopolymer on a steel base, 0.94 mm"],
            ["Mandrel vacuum (holding the can)", "0.55-0.70 bar below atmosphere"],
            ["Overvarnish, dry film on a 330 ml can", "95 mg ±10 mg"],
            ["Ink train temperature", "24-28 °C, by chilled water of 18 °C"],
            ["Main drive", "45 kW servo"],
            ["Compressed air", "6 bar, 40 m³/h"],
            ["Mass", "24 t"],
        ],
        (90, 84),
    ),
    (
        "p",
        "The maximum speeds hold only with the ink train in its temperature range and the pin oven able to take "
        "that rate (its chain speed is set from the decorator; see the pin oven manual). Other can diameters need a "
        "Pictarro change parts kit.",
    ),
    ("h", "2. How the decorator works"),
    (
        "p",
        "Washed and dried cans arrive from the washer in a single line. The infeed screw spaces them and the "
        "loading star slides each can onto a mandrel, where the mandrel vacuum pulls it against the mandrel stop. "
        "The mandrel wheel carries the can past the blanket wheel: the can turns once against one blanket and "
        "takes the whole design. It then passes the overvarnish applicator roller, which coats the printed wall. "
        "Air through the mandrel pushes the finished can off onto the vacuum transfer wheel, which hands it to a "
        "pin of the pin oven chain. The inkers are set by the operator from the ink keys on the console; every "
        "ink key position is stored with the job.",
    ),
    ("h", "3. Print settings"),
    (
        "cols",
        [
            ("h", "Impression"),
            (
                "p",
                "The impression is the interference between a can on its mandrel and the blanket: 0.10-0.15 mm. It "
                "is set for the whole mandrel wheel with the impression eccentric, graduated in 0.01 mm. More "
                "impression smears the image and wears blankets; less gives weak, patchy print.",
            ),
            ("h", "Plate to blanket"),
            (
                "p",
                "Each plate cylinder is set 0.08-0.12 mm into the blankets. Set it with a new blanket set and do "
                "not change it to correct colour strength; correct colour at the inker.",
            ),
            ("h", "Ink train"),
            (
                "p",
                "The ink train must run at 24-28 °C. Above 30 °C the ink thins and flies off the rollers as mist "
                "and M07 is shown. Below 24 °C the ink transfers poorly and the print looks starved.",
            ),
            ("h", "Mandrel trip"),
            (
                "p",
                "The can sensor checks each mandrel three positions before the blanket. A mandrel with no can, or "
                "with a can seated more than 2 mm off its stop, is tripped away from the blanket and its can is "
                "blown off at the discharge: no can, no print. The mandrel vacuum must be at least 0.55 bar below "
                "atmosphere (M03). More than 5 trips per 1000 cans shows M06.",
            ),
            ("h", "Blankets"),
            (
                "p",
                "Change the blanket set every 1.5 million impressions per blanket, or at once when a blanket is "
                "cut, embossed or swollen, whichever comes first. Each blanket prints one can in twelve, so at "
                "1800 cans/min a blanket makes 150 impressions per minute and reaches 1.5 million after about "
                "167 h.",
            ),
            ("h", "Register"),
            (
                "p",
                "The colours must be in register within 0.1 mm. Each plate cylinder can be moved ±2 mm round the "
                "can and ±1.5 mm along it with its register motors.",
            ),
        ],
    ),
    ("h", "4. Procedures"),
    ("h", "4.1 Changing the blanket set"),
    (
        "ol",
        [
            "Stop the decorator, select BLANKET CHANGE and lock off the main drive.",
            "Turn the blanket wheel with the handwheel until segment 1 faces the access door.",
            "Release the two segment screws and lift the segment off.",
            "Peel the old blanket off and clean the segment with the Pictarro segment cleaner; it must be dry and "
            "free of adhesive.",
            "Apply the new blanket from the leading edge, pressing it down with the roller tool so that no air "
            "stays under it.",
            "Refit the segment and tighten its screws. Repeat for the other 11 segments.",
            "Reset the blanket counter and run 200 cans at crawl speed to the reject, then check the impression "
            "(0.10-0.15 mm) and the register.",
        ],
    ),
    ("h", "4.2 Registering a new plate set"),
    (
        "ol",
        [
            "Mount the plates on their cylinders with the register pins.",
            "Run at crawl speed and print 20 cans to the reject.",
            "Check the register marks on a printed can with the 10x magnifier.",
            "Move each colour round the can or along it with its register motor until it sits on the key colour.",
            "Print 20 more cans and check again; all colours within 0.1 mm.",
            "Store the register positions under the job number.",
        ],
    ),
    ("h", "4.3 Washing an inker at a colour change"),
    (
        "ol",
        [
            "Stop the decorator and select WASH for the inker.",
            "Remove the ink from the fountain with the ink knife.",
            "Run the wash-up blade against the rollers and apply the wash solution in three small doses.",
            "Wipe the fountain roller and the ductor by hand only with the inker stopped.",
            "Lift the wash-up blade, clean it and put in the new ink.",
        ],
    ),
    ("h", "4.4 Checking the overvarnish film weight"),
    (
        "ol",
        [
            "Select OV TEST. The decorator sends 5 cans with the overvarnish lifted off and then 5 cans with "
            "overvarnish through the pin oven to the sample chute.",
            "Let the cans cool for 10 min.",
            "Weigh each can on the laboratory balance to 0.1 mg.",
            "Dry film weight = average mass of the cans with overvarnish - average mass of the cans without.",
            "It must be 95 mg ±10 mg on a 330 ml can. Adjust the metering roller gap in steps of 0.01 mm and "
            "repeat the test.",
            "Record the result in the decorator log.",
        ],
    ),
    ("h", "5. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Emergency stop", "Release the button and reset."],
            ["M02", "Guard open", "Close the guard."],
            ["M03", "Mandrel vacuum low", "Vacuum less than 0.55 bar below atmosphere. Check the vacuum pump and "
             "the mandrel seals."],
            ["M04", "Infeed jam", "Clear the infeed; check the can supply from the trimmer and washer."],
            ["M05", "Transfer vacuum low", "Vacuum transfer wheel to the pin oven. Check its blower and seals."],
            ["M06", "Mandrel trips high", "More than 5 trips per 1000 cans. See the unprinted cans row below."],
            ["M07", "Ink train temperature high", "Above 30 °C. Check the chilled water."],
            ["M08", "Overvarnish low", "Refill the overvarnish tank; check the pump."],
            ["M09", "Blanket wheel overload", "Check for a crushed can between mandrel and blanket."],
            ["M11", "Pin oven not ready", "The pin oven is not at temperature or its chain is stopped."],
            ["M12", "Main drive fault", "Read the drive fault on the drive display; call Pictarro service."],
        ],
        (16, 50, 108),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Double image or shadow beside the print",
                "Impression too high, a loose or swollen blanket, worn mandrel bearing",
                "Set the impression to 0.10-0.15 mm; check the blankets; check the mandrel for play",
            ],
            [
                "Unprinted cans at the discharge",
                "Mandrel trips: cans not seated, mandrel vacuum low",
                "Check the can infeed and the mandrel vacuum (at least 0.55 bar below atmosphere)",
            ],
            [
                "Weak or patchy print",
                "Impression too low, ink train too cold, worn blankets",
                "Check the impression and the ink train temperature; change the blanket set",
            ],
            [
                "Ink mist around the inkers",
                "Ink train above 30 °C, too much ink",
                "Check the chilled water; reduce the ink feed",
            ],
            [
                "One colour drifts out of register",
                "Plate cylinder clamp loose, register motor fault",
                "Tighten the clamp; register again (section 4.2)",
            ],
            [
                "Ink on the can bottom or inside the can",
                "Ink on the mandrels after a trip failed",
                "Stop; clean the mandrels; check the trip",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 2 h", "Print quality and register of one can from each blanket"],
            ["Daily", "Clean the mandrels and the can sensor; check the overvarnish film weight"],
            ["1.5 million impressions per blanket or damage, whichever comes first", "Change the blanket set"],
            ["Weekly", "Clean the ink train with the wash solution; check the mandrel vacuum at each mandrel"],
            ["Monthly", "Check the mandrel bearings for play (no more than 0.02 mm); grease the eccentric"],
            ["Yearly", "Pictarro service: main drive, wheel bearings, register motors"],
        ],
        (70, 104),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Inks, overvarnish and wash solutions are flammable: no open flames, and keep rags in the closed bins.",
            "Wear nitrile gloves and glasses when handling ink and wash solution.",
            "Never bridge the mandrel trip; ink on mandrels is carried into cans.",
            "Lock off the main drive before any work in the blanket wheel area.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Blanket set (12 blankets)", "PCT-BL-12"],
            ["Blanket segment", "PCT-BS-66"],
            ["Mandrel assembly", "PCT-MA-66"],
            ["Mandrel bearing kit", "PCT-MB-02"],
            ["Ink form roller", "PCT-FR-08"],
            ["Overvarnish applicator roller", "PCT-OV-66"],
            ["Vacuum pump vane set", "PCT-VP-40"],
        ],
        (90, 84),
    ),
]


# ---------------------------------------------------------------- Caldrith PO pin ovens
CALDRITH = [
    ("title", "Caldrith PO Pin Ovens\nOperation and Maintenance - PO-18 and PO-24"),
    (
        "p",
        "Document CAL-OM-PO-09, Edition 1, October 2024. Caldrith Thermal Systems. The PO-18 and PO-24 are "
        "gas-fired convection ovens that dry the inks and the overvarnish put on two-piece aluminium cans by the "
        "decorator. The cans ride through the oven upside down on the pins of a pin chain and are taken off the "
        "pins after the oven onto the conveyor to the inside spray machines. The PO-18 serves decorators of up to "
        "1800 cans/min and the PO-24 decorators of up to 2400 cans/min; the PO-24 has the longer chain path and the "
        "larger burners. Apart from these and the items named in this manual, the two models are built alike. The "
        "internal bake oven (IBO) that cures the inside lacquer after the inside spray machines has its own manual. "
        "The exhaust goes to the site's thermal oxidiser, and the gas supply up to the inlet of the oven's gas train "
        "is the site's.",
    ),
    (
        "warn",
        "WARNING: Air inside the oven reaches 230 °C. Never enter the oven unless it has cooled below 45 °C, the "
        "gas is isolated and locked off, the oven has been purged and the site has issued a confined space permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PO-18", "PO-24"],
            ["Maximum can rate", "1800 cans/min", "2400 cans/min"],
            ["Pin pitch on the chain", "76.2 mm", "76.2 mm"],
            ["Chain speed at the maximum can rate", "137.2 m/min", "182.9 m/min"],
            ["Chain path inside the oven", "57.2 m", "76.2 m"],
            ["Dwell time inside the oven at the maximum can rate", "25 s", "25 s"],
            ["Heating zones", "2", "2"],
            ["Burner rating, per zone (natural gas)", "350 kW", "450 kW"],
            ["Gas pressure at the gas train inlet", "50-100 mbar", "50-100 mbar"],
            ["Recirculation fans", "2 x 30 kW", "2 x 37 kW"],
            ["Exhaust fan", "11 kW, 6500 m³/h", "15 kW, 8500 m³/h"],
            ["Pre-purge time before ignition (4 oven volumes)", "3 min", "4 min"],
            ["Chain drive", "5.5 kW", "7.5 kW"],
            ["Overall length", "9.8 m", "12.4 m"],
            ["Mass", "21 t", "27 t"],
        ],
        (80, 47, 47),
    ),
    ("h", "2. How the oven works"),
    (
        "p",
        "The transfer wheel of the decorator puts each can onto a pin, where a short blast of air holds it until "
        "the chain turns onto its first vertical run. The chain runs up and down through zone 1 and zone 2 on guide "
        "sprockets, and heated air from the recirculation fans blows onto the cans through slotted nozzle ducts. "
        "Zone 1 brings the cans up to temperature and zone 2 holds them there. At the discharge an air knife blows "
        "the cans off the pins into the take-off conveyor. The chain speed follows the decorator speed; when the "
        "decorator stops, the chain keeps running empty and the burners go to low fire after 2 min. The zone "
        "setpoints do not follow the can rate: after a lasting change of speed the setpoints are corrected by hand "
        "with a PMT run.",
    ),
    ("h", "3. Temperatures and settings"),
    (
        "cols",
        [
            ("h", "Zone temperatures"),
            (
                "p",
                "Start with 205 °C in zone 1 (heat-up) and 195 °C in zone 2 (hold). Each zone must hold within "
                "±3 °C of its setpoint. A deviation of more than 5 °C for 60 s shows O08.",
            ),
            ("h", "Peak metal temperature"),
            (
                "p",
                "Inks and overvarnish are dry when the can wall reaches a peak metal temperature (PMT) of 185 °C "
                "±5 °C and stays at 180 °C or above for at least 10 s. These figures hold for aluminium cans with "
                "conventional inks and overvarnish. Settings for steel cans or other coatings are not covered "
                "here; ask the coating supplier and Caldrith.",
            ),
            ("h", "Dwell time"),
            (
                "p",
                "Dwell time (s) = 60 x chain path (m) / (can rate (cans/min) x 0.0762). A lower can rate gives a "
                "longer dwell: at 1500 cans/min the PO-18 gives 30 s. When the dwell grows, lower the zone "
                "setpoints and confirm with a PMT run (section 4.2).",
            ),
            ("h", "Exhaust and LEL"),
            (
                "p",
                "The LEL monitor in the exhaust duct alarms at 25 % LEL (O04) and shuts the burners and stops the "
                "chain at 40 % LEL (O05). Never reduce the exhaust fan speed below the commissioning setting "
                "written on the fan panel.",
            ),
            ("h", "Pin chain"),
            (
                "p",
                "Twenty pitches of a new chain measure 20 x 76.2 = 1524 mm. Replace the chain at 2 % elongation, "
                "that is when 20 pitches measure 1554 mm or more. The chain oiler gives one shot of high "
                "temperature chain oil every 8 h.",
            ),
            ("h", "Cool-down"),
            (
                "p",
                "After the burners are off, keep the fans and the chain running until the oven air is below 80 "
                "°C. Stopping earlier warps pins and stretches the chain.",
            ),
            ("warn", "Never bridge the LEL monitor or the high limit thermostat (240 °C, O09)."),
        ],
    ),
    ("h", "4. Procedures"),
    ("h", "4.1 Cold start"),
    (
        "ol",
        [
            "Check that the site's gas supply is open and the gas pressure at the train inlet is 50-100 mbar.",
            "Start the exhaust fan, then the recirculation fans.",
            "Start the pin chain at the lowest speed with no cans.",
            "Select START. The oven pre-purges for 3 min (PO-18) or 4 min (PO-24) and then lights the burners.",
            "Let both zones reach their setpoints; the READY lamp lights when both are within ±3 °C.",
            "Tell the decorator operator; the decorator starts only when the oven signals READY.",
        ],
    ),
    ("h", "4.2 PMT run"),
    (
        "ol",
        [
            "Run the line at the production can rate.",
            "Fix the thermocouple of the data logger CAL-DL-6 to the wall of a printed can at mid-height with the "
            "heat-resistant tape.",
            "Put the logger in its heat shield on the logger carrier and hook the carrier onto the chain next to "
            "the test can.",
            "Put the test can on a pin at the infeed and start the logger.",
            "Take the can and the carrier off at the discharge with heat-resistant gloves.",
            "Read the peak metal temperature and the time at 180 °C or above: 185 °C ±5 °C and at least 10 s.",
            "Too low: raise the zone 2 setpoint by 3 °C; too high: lower it by 3 °C. Repeat the run after 15 min.",
            "Record the result with the can rate and the setpoints.",
        ],
    ),
    ("h", "4.3 Chain elongation check"),
    (
        "ol",
        [
            "Stop the chain with the measuring section at the inspection door and lock off the chain drive.",
            "Measure over 20 pitches on the straight run with the steel tape.",
            "Measure at three places round the chain.",
            "1554 mm or more at any place: order a new chain.",
            "Record the three lengths.",
        ],
    ),
    ("h", "4.4 Shutdown"),
    (
        "ol",
        [
            "Stop the decorator; let the last cans leave the oven.",
            "Select STOP: the burners go off.",
            "Keep the fans and the chain running until the oven air is below 80 °C.",
            "Stop the chain, then the fans.",
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["O01", "Emergency stop", "Release the button and reset."],
            ["O02", "Flame failure zone 1", "Check the ignition electrode and the UV flame sensor."],
            ["O03", "Flame failure zone 2", "As O02."],
            ["O04", "LEL alarm", "25 % LEL. Check the exhaust fan and the damper."],
            ["O05", "LEL shutdown", "40 % LEL: burners off, chain stopped. Find the cause before a restart."],
            ["O06", "Recirculation airflow", "Airflow switch open. Check the fan and its belt."],
            ["O08", "Zone temperature deviation", "More than 5 °C off setpoint for 60 s. Check the burner."],
            ["O09", "High limit", "Air above 240 °C. Burners off; reset by hand after the cause is found."],
            ["O10", "Chain drive overload", "Chain blocked. Check for fallen cans and bent pins."],
            ["O11", "Gas pressure", "Outside 50-100 mbar at the train inlet. Tell the site."],
            ["O12", "Cans missing on pins", "More than 10 empty pins in 1000. Check the transfer from the decorator."],
            ["O13", "Exhaust fan fault", "Burners stay off. Check the fan motor."],
        ],
        (16, 50, 108),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Ink or overvarnish still tacky at the oven exit",
                "PMT too low: zone setpoints low, can rate raised without a new PMT run",
                "Make a PMT run (section 4.2) and raise zone 2 in 3 °C steps",
            ],
            [
                "Overvarnish yellow or brittle",
                "PMT too high, long dwell after a slowdown",
                "Make a PMT run and lower the setpoints",
            ],
            [
                "Cans falling off the pins inside the oven",
                "Bent pins, chain vibration, cans not fully on the pins",
                "Straighten or change the pins; check the chain and the transfer",
            ],
            [
                "Chain jerks on the vertical runs",
                "Chain dry or stretched",
                "Check the chain oiler; check the elongation (section 4.3)",
            ],
            [
                "Solvent smell in the hall near the oven",
                "Exhaust too low, doors leaking",
                "Check the exhaust fan setting and the door seals",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the pins at the discharge; remove fallen cans from the oven floor trays"],
            ["Weekly", "PMT run at the production can rate; clean the flame sensors"],
            ["Monthly", "Chain elongation (section 4.3); test the LEL monitor with the test gas"],
            ["6 months or 4000 h, whichever comes first", "Clean the recirculation fan wheels and the filters"],
            ["Yearly", "Caldrith service: burners, gas train leak test, combustion check"],
        ],
        (70, 104),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Hot cans and pins at the discharge: wear heat-resistant gloves.",
            "The gas train is worked on only by gas-qualified persons.",
            "Never restart after O05 until the cause of the high LEL is known.",
            "The exhaust duct and the thermal oxidiser are the site's; report leaks to the site.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "PO-18", "PO-24"],
            ["Pin assembly, 10 pieces", "CAL-PA-10", "CAL-PA-10"],
            ["Pin chain, 10 m section", "CAL-PC-762", "CAL-PC-762"],
            ["Ignition electrode", "CAL-IE-35", "CAL-IE-45"],
            ["UV flame sensor", "CAL-UV-2", "CAL-UV-2"],
            ["High temperature chain oil, 20 L", "CAL-CO-20", "CAL-CO-20"],
            ["Door seal, per metre", "CAL-DS-1", "CAL-DS-1"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kalverstone-cx-cupping-press.pdf", "Kalverstone KVS-OM-CX-07 Ed 3 - CX-14 / CX-16", KALVERSTONE),
        ("ormsley-bd-can-bodymaker.pdf", "Ormsley ORM-OM-BD-11 Ed 2 - BD-33 / BD-50", ORMSLEY),
        ("pictarro-md8-can-decorator.pdf", "Pictarro PCT-OM-MD8-04 Ed 4 - MD-8", PICTARRO),
        ("caldrith-po-pin-oven.pdf", "Caldrith CAL-OM-PO-09 Ed 1 - PO-18 / PO-24", CALDRITH),
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
