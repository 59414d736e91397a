"""Generate the PDF manuals of the hundred-and-sixty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set162-scratch/venv && /tmp/set162-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set162-scratch/venv/bin/python knowledge/samples/hundredsixtysecond/make_pdfs.py

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



# ---------------------------------------------------------------- Telarvis TI fabric inspection machines
TELARVIS = [
    ("title", "Telarvis TI Fabric Inspection Machines\nOperation and Maintenance - TI-180 and TI-220"),
    (
        "p",
        "Document TLV-OM-TI-03, Edition 2, March 2025. Telarvis Inspection Systems. The TI-180 and TI-220 are "
        "fabric inspection and rolling machines for woven and knitted fabrics delivered on rolls. The fabric runs "
        "from the unwind station over an inclined, back-lit inspection table past the operator and is wound again "
        "on a new core at the rewind station. A measuring wheel counts the length, an edge sensor keeps the "
        "selvedge aligned while rolling, and the operator records defects on the touch panel, which totals them by "
        "the 4-point system and prints a roll report. Apart from the working width and the parts named in this "
        "manual, the two models are built alike. Colour and shade assessment is not part of inspection on these "
        "machines: it is done by the site's laboratory in its own light cabinet, to the buyer's shade standard. The "
        "roll lift, the floor and the electrical supply up to the main switch are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Keep hands away from the rollers and the winding shafts while the machine runs. Never guide "
        "fabric by hand into the nip of the rewind station. Use the roll lift for rolls above 25 kg.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TI-180", "TI-220"],
            ["Working width", "1800 mm", "2200 mm"],
            ["Largest fabric width", "1750 mm", "2150 mm"],
            ["Roll diameter at the unwind, at most", "500 mm", "500 mm"],
            ["Roll diameter at the rewind, at most", "450 mm", "450 mm"],
            ["Roll mass, at most", "150 kg", "200 kg"],
            ["Inspection speed, forward", "0-60 m/min", "0-50 m/min"],
            ["Speed in reverse", "up to 30 m/min", "up to 30 m/min"],
            ["Inspection table angle", "adjustable 30-60°", "adjustable 30-60°"],
            ["Backlight under the table glass", "6 LED tubes, 36 W each", "8 LED tubes, 36 W each"],
            ["Top light at the table centre, new tubes", "1400 lux", "1300 lux"],
            ["Length counter accuracy", "±0.2 %", "±0.2 %"],
            ["Measuring wheel circumference", "250 mm", "250 mm"],
            ["Edge alignment (EPC) stroke", "±50 mm", "±75 mm"],
            ["Main drive", "1.5 kW", "2.2 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "20 A"],
            ["Compressed air", "6 bar, 20 NL/min", "6 bar, 25 NL/min"],
            ["Mass", "780 kg", "920 kg"],
            ["Length x width x height", "2600 x 2750 x 2150 mm", "2600 x 3150 x 2150 mm"],
        ],
        (74, 48, 48),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Wear close-fitting clothing and tie back long hair.",
            "Stop bars run along both sides of the inspection table. Test them and the emergency stop buttons at "
            "the start of every shift.",
            "Before threading, cleaning or changing a tube, switch off at the main switch and lock it. The EPC "
            "cylinder keeps its air pressure after a stop: vent it with the blue valve before working on it.",
            "The backlight tubes are LED tubes: never fit fluorescent tubes in their place. The table glass is "
            "laminated; if it cracks, do not use the backlight until the glass has been replaced.",
            "Rolls above 25 kg are loaded only with the roll lift or a crane. The lift is not part of the machine "
            "and is covered by its own documents.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "Woven fabrics may be inspected at up to 60 m/min on the TI-180 and up to 50 m/min on the TI-220. "
                "The practical speed depends on the defect density: for first-quality checking of shirting 20-30 "
                "m/min is usual. Knitted fabrics are run in knit mode (tension control off, feed roller overfeed "
                "2-4 %) at no more than 30 m/min on both models; above that the length reading and the roll width "
                "are no longer reliable. Speeds for coated, laminated or bonded fabrics are not given here: Telarvis "
                "has not tested them on the TI machines.",
            ),
            ("h", "Winding tension"),
            (
                "p",
                "Set the rewind tension between 5 and 40 N for woven fabrics; start at 15 N for shirting and 25 N "
                "for denim. In knit mode the tension control is off and the feed roller runs 2-4 % faster than the "
                "rewind.",
            ),
            ("h", "Lighting"),
            (
                "p",
                "Inspect with the top light on, and with the backlight on as well for thin or open fabrics. The top "
                "light must give at least 1000 lux at the table centre; measure it every 6 months with a lux meter. "
                "Below 1000 lux replace the top light tubes as a set. Backlight tubes are replaced one at a time "
                "when one fails or flickers.",
            ),
            ("h", "Defect points (4-point system)"),
            (
                "p",
                "The panel gives points by defect length, in either direction: up to 3 in, 1 point; over 3 in up "
                "to 6 in, 2 points; over 6 in up to 9 in, 3 points; over 9 in, 4 points. Holes and openings: 1 in "
                "or less, 2 points; over 1 in, 4 points. No running yard carries more than 4 points.",
            ),
            (
                "p",
                "Points per 100 square yards = total points x 3600 / (inspected length (yd) x cuttable width "
                "(in)). Example: 28 points on 120 yd of a 58 in cuttable width give 28 x 3600 / (120 x 58) = 14.5 "
                "points per 100 square yards.",
            ),
            (
                "p",
                "A roll is flagged on the report when it is above the acceptance limit, preset to 40 points per "
                "100 square yards and settable from 10 to 80. Which limit applies to an order is the buyer's "
                "decision; Telarvis only presets the panel.",
            ),
            ("h", "Length counter"),
            (
                "p",
                "Check the counter every month over a 10 m length marked with a steel tape. The reading must be "
                "within ±0.2 %, that is within 20 mm on 10 m. If it is not, recalibrate (section 7).",
            ),
            ("h", "Edge alignment"),
            (
                "p",
                "The edge sensor sits 10 mm inside the selvedge. It corrects the edge within its stroke (±50 mm on "
                "the TI-180, ±75 mm on the TI-220); a fabric that wanders further stops the machine with E06.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E01", "Emergency stop", "A stop bar or an emergency stop button is pressed. Release it and press RESET."],
            [
                "E02",
                "Drive overload",
                "The main drive inverter tripped: roll too heavy or the unwind brake dragging. Check the roll mass "
                "and the brake.",
            ],
            ["E03", "Unwind brake air low", "Air below 4.5 bar at the brake. Check the supply and the regulator."],
            ["E04", "Rewind shaft not locked", "The shaft lock is open. Close it before starting."],
            ["E05", "Fabric break", "The dancer fell to its lower limit: fabric torn or end of the roll."],
            [
                "E06",
                "EPC out of range",
                "The edge wandered beyond the EPC stroke. Re-centre the roll on the unwind shaft.",
            ],
            ["E07", "Edge sensor dirty", "Lint on the sensor window. Clean it with a dry brush."],
            [
                "E09",
                "Measuring wheel signal",
                "No encoder pulses while the fabric runs. Check the wheel contact and the cable; replacing the "
                "encoder is a Telarvis service task.",
            ],
            ["E10", "Roll diameter reached", "The rewind roll has reached 450 mm. Cut and doff the roll."],
            ["E11", "Backlight tube", "A backlight tube has failed. Replace it (section 8)."],
            ["E12", "Printer", "Printer out of paper or offline."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Length on the report shorter than the length measured in the cutting room",
                "Measuring wheel slipping: tyre worn or glazed, contact pressure low, lint on the wheel",
                "Clean the wheel, set the wheel contact pressure to 2.5 bar, replace a glazed tyre, then "
                "recalibrate (section 7)",
            ],
            [
                "Knitted fabric rolls narrower than the fabric on the unwind roll",
                "Fabric stretched: knit mode not selected, or speed too high",
                "Select knit mode and keep to 30 m/min or less",
            ],
            [
                "Rewound roll telescopes, edges not square",
                "EPC off, sensor dirty or set at the wrong distance",
                "Switch the EPC on, clean the sensor, set it 10 mm inside the selvedge",
            ],
            [
                "Creases in the rewound roll",
                "Rewind tension too low for the fabric, or a bent core",
                "Raise the tension in steps of 5 N; use straight cores",
            ],
            [
                "Defects hard to see on dark fabrics",
                "Top light below 1000 lux, or table angle too steep",
                "Measure the light; set the table to 35-45°",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Loading a roll and inspecting"),
    (
        "ol",
        [
            "Check the roll mass on its label: no more than 150 kg (TI-180) or 200 kg (TI-220).",
            "Lift the roll with the roll lift onto the unwind shaft and lock the shaft in its cradles.",
            "Fit an empty core on the rewind shaft and close the shaft lock.",
            "Thread the fabric over the tension roller, the inspection table, the measuring wheel and the dancer to "
            "the rewind core, and fix the end with tape.",
            "On the panel, enter the order, the roll number, the fabric type and the cuttable width, and select "
            "woven or knit mode.",
            "Set the speed and, for woven fabric, the rewind tension.",
            "Lower the measuring wheel and reset the length counter to zero.",
            "Switch the EPC on and press START. Stop with the foot pedal at each defect and enter it on the panel "
            "with its length; the panel adds the points.",
            "At the end of the roll, cut the fabric, confirm the final length and print the report. Doff the roll "
            "with the roll lift.",
        ],
    ),
    ("h", "7. Calibrating the length counter"),
    (
        "ol",
        [
            "Select SERVICE > LENGTH CAL on the panel (password level 2).",
            "Thread a dimensionally stable fabric (a woven cotton, not a knit) and mark a start line across it at "
            "the measuring wheel.",
            "Measure 10.000 m from the start line with a steel tape along the selvedge and mark the end line.",
            "Reset the counter and run at 10 m/min until the end line reaches the measuring wheel; stop.",
            "Enter the true length, 10.000 m, on the panel. The panel computes the new wheel factor.",
            "Repeat the run. The reading must now be within 20 mm of 10 m (±0.2 %).",
            "If the new factor differs by more than 1 % from the previous one, check the measuring wheel tyre for "
            "wear before you accept it.",
            "Save, and note the date and the factor in the maintenance record.",
        ],
    ),
    ("h", "8. Replacing a backlight LED tube"),
    (
        "ol",
        [
            "Switch off at the main switch and lock it.",
            "Lift the glass frame of the inspection table on its two gas springs until it locks open.",
            "Turn the failed tube by 90° and take it out of its two holders.",
            "Fit a new tube TLV-LT-36 (36 W, 6500 K) and turn it by 90° until it clicks.",
            "Clean the inside of the glass with a lint-free cloth.",
            "Close the frame, switch on and check that E11 has cleared.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Every shift",
                "Test the stop bars and the emergency stops; clean lint from the edge sensor and the measuring wheel",
            ],
            ["Weekly", "Clean the table glass on both sides; blow lint out of the drive cabinet filter"],
            ["Monthly", "Check the length counter over 10 m (section 3); check the unwind brake pads"],
            ["Every 6 months", "Measure the top light (at least 1000 lux); grease the shaft cradles"],
            ["Every 2 years or 8000 h, whichever comes first", "Replace the measuring wheel tyre"],
        ],
        (58, 112),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TI-180", "TI-220"],
            ["Backlight LED tube 36 W", "TLV-LT-36", "TLV-LT-36"],
            ["Top light tube set", "TLV-TL-180", "TLV-TL-220"],
            ["Measuring wheel tyre", "TLV-MW-25", "TLV-MW-25"],
            ["Edge sensor", "TLV-ES-10", "TLV-ES-10"],
            ["Unwind brake pad set", "TLV-BP-180", "TLV-BP-220"],
            ["Rewind shaft 3 in", "TLV-RS-180", "TLV-RS-220"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Stoffmark LS automatic fabric spreaders
STOFFMARK = [
    ("title", "Stoffmark LS Automatic Fabric Spreaders\nOperating and Service Manual - LS-190 and LS-230"),
    (
        "p",
        "Document SMK-OM-LS-04, Edition 1, June 2024. Stoffmark Cutting Room Systems. The LS-190 and LS-230 are "
        "automatic spreading machines that travel on rails along a cutting table and lay fabric from the roll in "
        "plies of a set length. The roll sits in a motor-driven cradle; a feed belt delivers the fabric without "
        "tension, an edge control keeps the operating-side selvedge aligned, and a rotary crosscut knife cuts each "
        "ply at the end of the lay in the face-one-way mode. The two models differ in width, roll size, speed and "
        "lay height as listed below. The markers and the lay plans come from the cutting room's CAD system. The "
        "cutting table itself, its height, its rails and its air flotation or vacuum belong to the table supplier "
        "and are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The spreader travels on its own. Keep the table aisles clear; the bumper bars at both ends stop "
        "it on contact. Never reach into the cradle while the roll turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LS-190", "LS-230"],
            ["Largest fabric width", "1900 mm", "2300 mm"],
            ["Cutting table width needed", "2000 mm", "2400 mm"],
            ["Rail gauge", "2150 mm", "2550 mm"],
            ["Roll diameter in the cradle, at most", "500 mm", "600 mm"],
            ["Roll mass in the cradle, at most", "80 kg", "120 kg"],
            ["Travel speed while spreading", "up to 100 m/min", "up to 80 m/min"],
            ["Lay height, at most", "200 mm", "250 mm"],
            ["Crosscut knife", "rotary disc, 100 mm", "rotary disc, 125 mm"],
            ["Edge control accuracy", "±2 mm", "±2 mm"],
            ["Edge control stroke", "±40 mm", "±50 mm"],
            ["Travel drive", "1.1 kW servo", "1.5 kW servo"],
            ["Cradle drive", "0.75 kW", "1.1 kW"],
            ["Supply", "400 V 3~ by busbar, 10 A", "400 V 3~ by busbar, 16 A"],
            ["Mass without roll", "650 kg", "780 kg"],
            ["Ply counter", "0-999 plies", "0-999 plies"],
        ],
        (74, 48, 48),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The bumper bars at both ends and the emergency stop buttons on both sides stop the machine. Test them "
            "daily.",
            "The operator walks with the spreader on the operating side only. Nobody may stand at the far end of "
            "the table while the spreader approaches the end catcher.",
            "Switch off and lock the main switch before changing the crosscut blade. The blade is sharp even when "
            "worn: use the blade guard and cut-resistant gloves.",
            "Load rolls above 25 kg with the roll loader or a lift table.",
        ],
    ),
    ("h", "3. Spreading modes, limits and settings"),
    (
        "cols",
        [
            ("h", "Modes"),
            (
                "p",
                "Face-one-way (F1W): every ply is laid in the same direction and cut by the crosscut knife at the "
                "end; the spreader returns empty. Face-to-face (F2F, zig-zag): the fabric is folded at both end "
                "catchers and not cut. Face-one-way is needed for fabrics with a nap, a pile or a one-way print.",
            ),
            ("h", "Ply length"),
            (
                "p",
                "Ply length (mm) = marker length (mm) + 2 x end allowance (mm). The end allowance can be set from 10 "
                "to 30 mm; the default is 15 mm. Example: a 5600 mm marker gives 5600 + 2 x 15 = 5630 mm.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Woven fabrics of 120-350 g/m² may be spread at the full speed of the model. Knits and stretch "
                "fabrics: no more than 50 m/min. Slippery linings and polyester satins: no more than 40 m/min, with "
                "the antistatic bar switched on. Speeds for sequinned, coated or leather-like materials are not "
                "given; ask Stoffmark before spreading them.",
            ),
            ("h", "Feed and overfeed"),
            (
                "p",
                "The feed belt runs at the travel speed plus an overfeed of 0-10 %. Woven fabrics: 0-1 %. Knits: "
                "start at 3 % and raise the overfeed in steps of 1 % until the plies lie flat without waves.",
            ),
            ("h", "Lay height"),
            (
                "p",
                "The machine stops at the set maximum lay height (200 mm on the LS-190, 250 mm on the LS-230), "
                "measured by the height sensor on the top ply. The number of plies is the lower of the ply count in "
                "the lay plan and the lay height divided by the fabric thickness. The spreader does not check "
                "whether the cutter can cut the lay: the cutter's own lay height limit must be kept.",
            ),
            ("h", "Edge control"),
            (
                "p",
                "The edge control aligns the operating-side selvedge to ±2 mm. If a roll is wound with more edge "
                "wander than ±40 mm (LS-190) or ±50 mm (LS-230) the control runs out of stroke and S05 appears.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Emergency stop", "A button or a bumper bar is pressed. Release it and reset."],
            ["S02", "Travel drive fault", "The servo drive tripped. Check the rails for obstructions, then reset."],
            [
                "S03",
                "Roll diameter too large",
                "Roll above the cradle limit of 500 mm (LS-190) or 600 mm (LS-230).",
            ],
            ["S04", "End of roll", "No fabric at the feed sensor. Load a new roll; the ply count is kept."],
            ["S05", "Edge out of stroke", "Edge wander larger than the edge control stroke."],
            ["S06", "Lay height reached", "The height sensor has reached the set maximum."],
            [
                "S07",
                "Knife not in home position",
                "The crosscut carriage stopped on its way. Check the blade and the carriage belt.",
            ],
            [
                "S08",
                "Knife blade worn",
                "Knife motor current high over 20 cuts. Sharpen or replace the blade (section 8).",
            ],
            ["S09", "End catcher not closed", "The end catcher clamp did not close at the turn (F2F)."],
            [
                "S11",
                "Ply length deviation",
                "Encoder length and marker length differ by more than 5 mm. Calibrate the ply length (section 9).",
            ],
            ["S12", "Busbar voltage", "Supply below 360 V."],
            ["S13", "Service due", "1500 operating hours since the last Stoffmark service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Plies lie in waves or ridges (knits)",
                "Overfeed too low, or speed too high for the fabric",
                "Raise the overfeed in steps of 1 %; keep knits at 50 m/min or less",
            ],
            [
                "Plies shorter at the end of the lay than at the start",
                "Fabric stretched by the feed: 0 % overfeed on a stretch fabric, or the cradle brake too strong",
                "Set 3 % overfeed for stretch fabrics; check that the cradle runs free",
            ],
            [
                "Crosscut leaves a frayed or uncut edge",
                "Blade blunt, or blade pressure too low",
                "Sharpen or replace the blade (section 8); see S08",
            ],
            [
                "Fabric slides on the top of the lay (satins)",
                "Static charge, speed too high",
                "Antistatic bar on; no more than 40 m/min",
            ],
            [
                "Selvedge steps out at one side of the lay",
                "Edge sensor dirty, or roll wound with large edge wander",
                "Clean the sensor; re-centre the roll in the cradle",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Loading a roll"),
    (
        "ol",
        [
            "Drive the spreader to the loading end and switch the cradle to LOAD.",
            "Check the roll: no more than 80 kg and 500 mm (LS-190) or 120 kg and 600 mm (LS-230).",
            "Place the roll in the cradle with the roll loader, the face of the fabric as the lay plan shows.",
            "Lead the fabric end over the feed belt, under the edge sensor and through the crosscut knife guide.",
            "Align the operating-side selvedge with the mark of the edge sensor.",
            "Switch the cradle to RUN.",
        ],
    ),
    ("h", "7. Starting a lay"),
    (
        "ol",
        [
            "Select the lay from the list sent by the CAD system, or enter the marker length, the number of plies "
            "and the mode.",
            "Check the end allowance (default 15 mm) and the overfeed for the fabric.",
            "Lay the underlay paper on the table and set the end catchers at both ends of the marker (F2F) or at "
            "the cutting end (F1W).",
            "Press START; the first ply is laid and cut.",
            "Check the first ply with a tape: it must match the ply length within 5 mm.",
            "Continue. The spreader stops at the ply count, at the lay height or at the end of a roll (S04).",
            "At a roll change, start the new roll with the overlap at the splice marks of the lay plan, then press "
            "START.",
        ],
    ),
    ("h", "8. Replacing the crosscut blade"),
    (
        "ol",
        [
            "Drive the knife carriage to the service position on the operating side (SERVICE > KNIFE).",
            "Switch off and lock the main switch. Put on cut-resistant gloves.",
            "Fit the blade guard SMK-BG-100 (LS-190) or SMK-BG-125 (LS-230) over the blade.",
            "Hold the blade with the guard and undo the centre screw; it has a left-hand thread, so turn it "
            "clockwise to loosen it.",
            "Remove the old blade in the guard. Fit the new blade, 100 mm (LS-190) or 125 mm (LS-230), with the "
            "bevel towards the fabric.",
            "Tighten the centre screw to 6 Nm and remove the guard.",
            "Switch on, make five test cuts on scrap fabric and check that S08 does not come back.",
        ],
    ),
    ("h", "9. Calibrating the ply length"),
    (
        "ol",
        [
            "Set a marker length of 5000 mm, an end allowance of 0, one ply and F1W.",
            "Lay one ply of a stable woven fabric.",
            "Measure the ply with a steel tape and enter the measured length under SERVICE > LENGTH.",
            "Repeat. The ply must now be within ±3 mm of 5000 mm.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Test the bumpers and emergency stops; clean lint from the edge sensor and the feed belt"],
            ["Weekly", "Clean the rails and the rail wheels; check the crosscut blade"],
            ["Every 500 h", "Sharpen the crosscut blade, or replace it when S08 appears"],
            [
                "Every 1500 h or 12 months, whichever comes first",
                "Stoffmark service (S13): drive belts, rail wheels, cradle bearings",
            ],
            ["Every 3 years", "Replace the feed belt"],
        ],
        (58, 112),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LS-190", "LS-230"],
            ["Crosscut blade", "SMK-CB-100", "SMK-CB-125"],
            ["Blade guard", "SMK-BG-100", "SMK-BG-125"],
            ["Feed belt", "SMK-FB-190", "SMK-FB-230"],
            ["Edge sensor", "SMK-ES-02", "SMK-ES-02"],
            ["Rail wheel", "SMK-RW-60", "SMK-RW-60"],
            ["Bumper bar switch", "SMK-BS-01", "SMK-BS-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Schnivaro KC CNC multi-ply knife cutters
SCHNIVARO = [
    ("title", "Schnivaro KC CNC Multi-Ply Knife Cutters\nOperator and Maintenance Manual - KC-50 and KC-75"),
    (
        "p",
        "Document SCV-OM-KC-02, Edition 3, January 2025. Schnivaro Cutting Technology. The KC-50 and KC-75 are "
        "conveyorised cutters for multi-ply lays of garment fabric. The lay is held on a bed of bristle blocks by "
        "vacuum under an air-tight polyethylene film, and a vertical reciprocating knife on an X/Y gantry cuts the "
        "pieces of the cut file. Two grinding belts sharpen the knife automatically, and a deflection sensor "
        "corrects the path when the knife bends in a high lay. The conveyor brings the next part of the lay into "
        "the cutting window (bite feeding). The KC-75 is the version for high lays, with a longer knife, a longer "
        "stroke and a larger blower. Cut files come from the cutting room's CAD system. The blower exhaust "
        "ducting and the compressed air supply, including the compressor, are the site's.",
    ),
    (
        "warn",
        "DANGER: The knife cuts through gloves and fingers. Never reach into the cutting window while the cutter is "
        "in AUTO. The light curtains along both sides stop the gantry at once, but the knife runs down for 2 s.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KC-50", "KC-75"],
            ["Lay height compressed under vacuum, at most", "50 mm", "75 mm"],
            ["Knife blade, thickness x width x length", "2.4 x 8 x 295 mm", "2.4 x 8 x 360 mm"],
            ["Knife stroke", "28 mm", "38 mm"],
            ["Knife frequency", "up to 6000 strokes/min", "up to 5000 strokes/min"],
            ["Cutting window, length x width", "1700 x 1800 mm", "1700 x 2200 mm"],
            ["Cutting speed, at most", "60 m/min", "45 m/min"],
            ["Vacuum blower", "18.5 kW", "30 kW"],
            ["Bed vacuum, bed covered, blower at full speed", "up to 280 mbar", "up to 320 mbar"],
            ["Bristle blocks", "100 x 100 mm, 40 mm bristles", "100 x 100 mm, 50 mm bristles"],
            ["Sharpener", "2 belts, grit P80", "2 belts, grit P80"],
            ["Drill", "1 heated drill, 6 mm", "1 heated drill, 6 mm"],
            ["Compressed air", "6.5 bar, 150 NL/min", "6.5 bar, 200 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "63 A", "80 A"],
            ["Mass", "3200 kg", "3900 kg"],
        ],
        (74, 48, 48),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Cut only with the film cover on the lay: the vacuum pulls the film down and holds the plies.",
            "Test the light curtains and the emergency stops on the gantry every shift.",
            "Handle knife blades and sharpener belts with cut-resistant gloves. Used blades go into the blade box, "
            "not into the bin.",
            "The blower is loud: wear hearing protection near the blower housing. The noise at the operator "
            "position is for the site's noise survey to establish.",
            "Lock out the main switch and wait until the knife has stopped (2 s run-down) before opening the knife "
            "head cover.",
        ],
    ),
    ("h", "3. Cutting parameters and limits"),
    (
        "cols",
        [
            ("h", "Lay height"),
            (
                "p",
                "The lay must be no higher than 50 mm (KC-50) or 75 mm (KC-75) once it is compressed under the film "
                "by the vacuum. Uncompressed lays may be higher: a lay of knits can lose up to a third of its height "
                "under vacuum. Measure the compressed height at the highest point of the lay before cutting; the "
                "cutter does not measure it.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "Cutting starts only when the bed vacuum has reached at least 150 mbar. Below 120 mbar during "
                "cutting the cutter stops with K05. Porous fabrics need more vacuum: cover the lay fully and tape "
                "the film at the lay ends. Never run the blower for more than 10 min with the bed uncovered.",
            ),
            ("h", "Knife penetration"),
            (
                "p",
                "At the bottom of its stroke the knife tip must reach 3-5 mm into the bristles. Less, and the bottom "
                "plies are not cut through; more, and the bristles wear fast and the tip breaks. The penetration is "
                "set as the knife depth and checked after each blade change.",
            ),
            ("h", "Sharpening"),
            (
                "p",
                "The sharpening interval is set per material as the cut length between two sharpenings: cotton "
                "shirting 10-15 m, denim 3-5 m, polyester and nylon 2-4 m. A new blade is sharpened before its first "
                "cut. Materials not listed, such as leather or glass fabric, are not covered by this table: ask "
                "Schnivaro.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Cutting speed (m/min) = maximum cutting speed x height factor. The height factor is 1.0 up to half "
                "the maximum lay height, 0.7 up to three quarters of it and 0.5 above. Example: a KC-75 cutting a "
                "compressed lay of 60 mm, which is above three quarters of 75 mm, runs at 45 x 0.5 = 22.5 m/min.",
            ),
            (
                "p",
                "At corners sharper than 30° the knife lifts and turns. Overcut at corners 0.5-1.5 mm. Notches 3-5 "
                "mm deep. Drill holes no closer than 10 mm to a cut line.",
            ),
            ("h", "Bristles"),
            (
                "p",
                "Replace a bristle block when its bristles are 5 mm or more shorter than new, or when pieces of the "
                "bottom ply show uncut threads over it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Emergency stop", "Stop button or light curtain. Release, reset and restart the job."],
            [
                "K02",
                "Knife motor overload",
                "Knife blocked by a hard object (pin, clip) or knife penetration too deep.",
            ],
            [
                "K03",
                "Gantry following error",
                "Gantry blocked or drive belt slipping. Check the path; belt tension is a Schnivaro service task.",
            ],
            ["K04", "Sharpener belt worn", "Belt count reached. Change the belts (section 9)."],
            [
                "K05",
                "Vacuum low",
                "Bed vacuum below 120 mbar: film torn, lay not covered, blower filter clogged.",
            ],
            [
                "K06",
                "Knife deflection high",
                "Deflection sensor above its limit for 2 s: blunt blade, speed too high or lay too high.",
            ],
            ["K07", "Blade broken", "No load on the knife motor. Replace the blade (section 7)."],
            ["K08", "Drill temperature", "Heated drill below its setpoint after 5 min."],
            ["K09", "Conveyor position", "Bite feed did not reach its position within ±1 mm."],
            ["K10", "Air pressure low", "Compressed air below 5.5 bar."],
            ["K12", "Cut file error", "The cut file has open contours or lies outside the window."],
            ["K13", "Blower filter", "Pressure drop over the blower filter high. Clean or replace the filter."],
            ["K14", "Service due", "2000 h since the last Schnivaro service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pieces at the bottom of the lay larger than at the top",
                "Knife bending: blade blunt, sharpening interval too long, or speed too high for the lay height",
                "Shorten the sharpening interval; apply the height factor (section 3); check the K06 history",
            ],
            [
                "Bottom ply not cut through, threads hanging",
                "Knife penetration less than 3 mm, or worn bristles",
                "Set the knife depth to 3-5 mm into the bristles; replace worn blocks",
            ],
            [
                "Fused or melted edges on synthetics",
                "Knife heating up: frequency too high, blade blunt",
                "Lower the knife frequency; sharpen every 2-4 m",
            ],
            [
                "Lay shifts during cutting",
                "Vacuum low, or the film not sealed",
                "Cover the lay fully, tape the film ends, check the blower filter",
            ],
            [
                "Notches missing on the bottom plies",
                "Notch depth too small for a high lay",
                "Set 5 mm notches for lays above half the maximum height",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting a cut job"),
    (
        "ol",
        [
            "Check that the compressed lay will be no higher than 50 mm (KC-50) or 75 mm (KC-75).",
            "Pull the lay onto the cutter conveyor on its paper underlay and cover it with film.",
            "Load the cut file from the CAD system and select the material; the material sets the speed, the knife "
            "frequency, the sharpening interval and the blower speed.",
            "Start the blower and wait until the bed vacuum is at least 150 mbar.",
            "Measure the compressed height at the highest point and enter it.",
            "Set the origin at the corner of the lay with the laser pointer.",
            "Press START. Watch the first pieces and take the pieces of each bite off at the off-load end.",
        ],
    ),
    ("h", "7. Replacing the knife blade"),
    (
        "ol",
        [
            "Move the head to the service position (SERVICE > BLADE); the knife stops at the top of its stroke.",
            "Switch off the main switch, lock it and wait 2 s for the run-down.",
            "Open the knife head cover and put on cut-resistant gloves.",
            "Loosen the two clamp screws of the blade holder and pull the old blade down out of the guide.",
            "Insert the new blade, SCV-KB-295 (KC-50) or SCV-KB-360 (KC-75), sharp edge forward, up to the stop.",
            "Tighten the clamp screws to 8 Nm.",
            "Close the cover, switch on and run SERVICE > DEPTH: the head lowers the knife and shows the "
            "penetration; set it to 3-5 mm.",
            "Run a sharpening cycle and a test cut on a scrap lay.",
        ],
    ),
    ("h", "8. Replacing a bristle block"),
    (
        "ol",
        [
            "Stop the cutter with the bed empty and switch off the blower.",
            "Lift the worn block out with the block hook.",
            "Press in a new block, SCV-BB-40 (KC-50) or SCV-BB-50 (KC-75), bristles up and flush with its "
            "neighbours.",
            "Blocks in the main cutting lanes wear first: once a week swap them with blocks from the edges of the "
            "bed.",
        ],
    ),
    ("h", "9. Changing the sharpener belts"),
    (
        "ol",
        [
            "Select SERVICE > SHARPENER, then switch off and lock the main switch.",
            "Remove the sharpener cover and slacken both belt tensioners.",
            "Fit two new belts SCV-SB-80 with the arrow in the running direction.",
            "Tension the belts, refit the cover and reset the belt counter; K04 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Test the light curtains and the stops; empty the sharpener dust tray"],
            ["Daily", "Check the knife guide rollers; check the bristle bed for cut damage"],
            ["Weekly", "Clean the blower filter; swap worn bristle blocks to the edges"],
            ["Every 500 h", "Grease the knife crank: two nipples, two strokes each"],
            [
                "Every 2000 h or 12 months, whichever comes first",
                "Schnivaro service (K14): gantry belts, linear guides, blower bearings. The blower bearings are "
                "replaced by Schnivaro service only; no procedure is given here.",
            ],
        ],
        (58, 112),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KC-50", "KC-75"],
            ["Knife blade", "SCV-KB-295", "SCV-KB-360"],
            ["Sharpener belt P80, pair", "SCV-SB-80", "SCV-SB-80"],
            ["Bristle block", "SCV-BB-40", "SCV-BB-50"],
            ["Knife guide roller", "SCV-GR-12", "SCV-GR-12"],
            ["Blower filter", "SCV-BF-185", "SCV-BF-300"],
            ["Cover film roll 2.2 m, 20 µm", "SCV-PF-22", "SCV-PF-22"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Klebmoor FP-600 continuous fusing press
KLEBMOOR = [
    ("title", "Klebmoor FP-600 Continuous Fusing Press\nOperation and Maintenance Manual"),
    (
        "p",
        "Document KLB-OM-FP600-05, Edition 2, October 2024. Klebmoor Fusing Systems. The FP-600 bonds fusible "
        "interlinings to garment parts such as fronts, collars, cuffs, facings and waistbands. Parts laid on the "
        "infeed belt are carried between an upper and a lower PTFE-coated conveyor belt through a heating zone with "
        "an upper and a lower heating plate, pressed between two pneumatic pressure rollers and cooled on a cooling "
        "plate before they are taken off at the outfeed. The temperature, the belt speed (which sets the fusing "
        "time) and the roller pressure are set on the panel. The fusing values for an interlining are given by the "
        "interlining supplier; this manual gives the machine's ranges and how to check the result. The fume "
        "extraction above the outfeed is connected to the site's ventilation.",
    ),
    (
        "warn",
        "WARNING: Hot surfaces. The heating plates and the belts reach 200 °C. Keep hands out of the infeed gap; "
        "the safety bar above it stops the belts. Let the machine cool below 50 °C before cleaning the belts.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FP-600"],
            ["Belt width", "600 mm"],
            ["Usable fusing width", "580 mm"],
            ["Heated length (heating zone)", "0.8 m"],
            ["Temperature setting", "80-200 °C in steps of 1 °C"],
            ["Temperature stability at the plates", "±3 °C"],
            ["Belt speed", "1-15 m/min"],
            ["Fusing time", "3.2-48 s, set by the belt speed"],
            ["Roller pressure", "0.5-4.5 bar (air); line force up to 380 N/cm at 4.5 bar"],
            ["Heating power", "9 kW: upper and lower plate, 4.5 kW each"],
            ["Total connected load", "10.5 kW"],
            ["Supply", "400 V 3~ 50 Hz, 20 A"],
            ["Compressed air", "6 bar, 10 NL/min"],
            ["Warm-up from 20 °C to 150 °C", "about 15 min"],
            ["Infeed length", "1200 mm"],
            ["Cooling plate length", "500 mm"],
            ["Mass", "420 kg"],
            ["Length x width x height", "3100 x 1050 x 1250 mm"],
        ],
        (80, 90),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The infeed safety bar stops the belts and lifts the pressure rollers. Test it every shift.",
            "On a power failure the belts would stop in the heat. The battery-backed emergency drive then moves "
            "the belts for 60 s to carry the parts out of the heating zone. Do not switch it off.",
            "Some adhesives give off fumes: keep the extraction on while the machine is hot.",
            "Wear heat-resistant gloves to clear a jam in the heating zone, after pressing BELT RELEASE to lift "
            "the upper belt.",
        ],
    ),
    ("h", "3. Fusing settings and limits"),
    (
        "cols",
        [
            ("h", "Fusing time"),
            (
                "p",
                "Fusing time (s) = heated length (m) x 60 / belt speed (m/min). The heated length of the FP-600 is "
                "0.8 m. Example: a fusing time of 12 s needs 0.8 x 60 / 12 = 4.0 m/min.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The setpoint is the plate temperature. The glue line, between the fabric and the interlining, is "
                "5-15 °C cooler than the setpoint, depending on the fabric thickness and the belt speed. Adjust the "
                "setpoint until the glue line reaches the supplier's temperature, checked with thermo strips "
                "(section 7). Do not run above 180 °C for more than 30 min in a row: the belt coating ages quickly "
                "above that.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "Set 2.0-3.5 bar for most shirtings and suitings. Below 1.0 bar the bond is unreliable, whatever the "
                "temperature. Never set more than 4.5 bar; the regulator is sealed at that value. Velvet, corduroy "
                "and other pile fabrics need a low pressure to avoid marks: start at 0.5-1.0 bar.",
            ),
            ("h", "Feeding"),
            (
                "p",
                "Lay parts at least 30 mm from the belt edges and at least 20 mm apart. The interlining must not "
                "overlap the fabric edge: adhesive on the belt is carried onto the next parts. Do not feed parts "
                "thicker than 6 mm in total.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "Parts must be cooler than 40 °C when they are stacked; the bond is not complete before. At belt "
                "speeds above 8 m/min take parts off only at the outfeed end of the cooling plate.",
            ),
            ("h", "Bond check"),
            (
                "p",
                "Peel a test part by hand after cooling: the interlining must stay fixed or tear fibres off the "
                "fabric. The bond strength needed, in N per 5 cm, is set by the customer's garment specification; "
                "the FP-600 has no peel tester and this manual gives no bond strength values.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Safety bar", "Infeed safety bar pressed or faulty."],
            [
                "H02",
                "Upper plate overtemperature",
                "Upper plate more than 15 °C above its setpoint, or above 215 °C. The heating is switched off.",
            ],
            ["H03", "Lower plate overtemperature", "As H02, for the lower plate."],
            [
                "H04",
                "Temperature not reached",
                "A plate is more than 10 °C below its setpoint 30 min after switching on: heating element or "
                "solid-state relay failed.",
            ],
            [
                "H06",
                "Belt tracking",
                "A belt edge reached the tracking switch: belt more than 15 mm off centre. Correct the tracking "
                "(section 9).",
            ],
            [
                "H07",
                "Belt speed",
                "Speed differs from the setpoint by more than 3 %: drive belt slipping or a jam.",
            ],
            ["H08", "Air pressure", "Supply below 4.0 bar: the pressure rollers cannot close fully."],
            ["H09", "Emergency drive battery", "Battery voltage low. Replace the battery."],
            ["H10", "Extraction", "The extraction airflow switch is open."],
            ["H11", "Thermocouple", "Thermocouple broken; the display shows ----."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Interlining peels off easily after cooling",
                "Glue line too cold (setpoint too low or speed too high), pressure too low, or parts stacked hot",
                "Check the glue line with thermo strips; raise the setpoint or lower the speed; at least 1.0 bar",
            ],
            [
                "Adhesive shows on the face of the fabric (strike-back)",
                "Temperature or pressure too high for a thin fabric, or the wrong interlining",
                "Lower the temperature in 5 °C steps, then the pressure; ask the interlining supplier",
            ],
            [
                "Adhesive comes through the interlining onto the belt (strike-through)",
                "Too much heat or pressure, or an open interlining",
                "Lower the temperature; clean the belt (section 8)",
            ],
            [
                "Shine marks or a colour change on the face",
                "Temperature or pressure too high for the fabric",
                "Lower both; use the pile fabric pressure",
            ],
            [
                "Bubbles or puckers after fusing",
                "Fabric and interlining shrink differently, or parts laid unevenly",
                "Lay parts flat; ask the interlining supplier about the shrinkage",
            ],
            [
                "Belt runs to one side",
                "Tracking out of adjustment, or one belt edge dirty",
                "Clean the belt; correct the tracking (section 9)",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Start-up and warm-up"),
    (
        "ol",
        [
            "Switch on the extraction, then the main switch.",
            "Check that the compressed air supply is at 6 bar.",
            "Select the recipe, or enter the temperature, the belt speed and the pressure.",
            "Start the belts at 2 m/min, then switch on the heating. The belts must always run while the plates "
            "are hot.",
            "Wait until both plates are at the setpoint and stable for 5 min (about 15 min from cold for 150 °C).",
            "Check the glue line temperature with a thermo strip (section 7) at the start of each shift and after "
            "each change of recipe.",
            "Feed a test part and peel it after it has cooled.",
        ],
    ),
    ("h", "7. Checking the glue line temperature with thermo strips"),
    (
        "ol",
        [
            "Take a thermo strip KLB-TS-120; its fields change colour from 120 to 171 °C.",
            "Place the strip between a fabric part and its interlining, where the glue line is.",
            "Feed the part in the centre of the belt at the set speed and pressure.",
            "At the outfeed, read the highest field that has turned black.",
            "Compare the reading with the supplier's glue line temperature; the tolerance is ±5 °C.",
            "If it is outside, correct the setpoint by the difference and repeat with a new strip.",
            "Write the setpoint, the speed and the reading into the recipe.",
        ],
    ),
    ("h", "8. Cleaning the belts"),
    (
        "ol",
        [
            "Let the machine cool below 50 °C with the belts running.",
            "Stop, switch off and lock the main switch.",
            "Wipe adhesive off with Klebmoor belt cleaner KLB-BC-1 on a soft cloth. Never scrape with metal.",
            "For heavy deposits, heat to 120 °C, run at 1 m/min and hold a cleaning block against the belt at the "
            "outfeed, wearing the heat-resistant gloves.",
            "Check the belts for cracks in the coating. A cracked belt must be replaced; belts are changed by "
            "Klebmoor service, and the belt change is not described in this manual.",
        ],
    ),
    ("h", "9. Adjusting the belt tracking"),
    (
        "ol",
        [
            "Run the belts at 3 m/min with the heating off.",
            "Watch the belt edge at the outfeed against the scale.",
            "If the belt runs to one side, turn the tracking screw on that side of the tracking roller a quarter "
            "turn clockwise and wait three belt revolutions.",
            "Repeat until the belt stays within ±5 mm of the centre.",
            "Never turn more than one full turn in total. If the belt still runs off, call Klebmoor service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Test the safety bar; check the glue line temperature"],
            ["Daily", "Wipe the belts; clean the outfeed and the cooling plate"],
            ["Weekly", "Check the belt tracking; clean the extraction grille"],
            ["Monthly", "Lubricate the drive chain; check the pressure roller bearings"],
            [
                "Every 12 months or 4000 h, whichever comes first",
                "Replace the emergency drive battery; Klebmoor service of the heaters and thermocouples",
            ],
            [
                "When the coating is cracked or worn through (typically after 2000-3000 h)",
                "Belts replaced by Klebmoor service",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Upper belt", "KLB-UB-600"],
            ["Lower belt", "KLB-LB-600"],
            ["Heating element 4.5 kW", "KLB-HE-45"],
            ["Thermocouple type J", "KLB-TC-J"],
            ["Pressure roller, silicone", "KLB-PR-60"],
            ["Thermo strips 120-171 °C, pack of 50", "KLB-TS-120"],
            ["Belt cleaner, 1 L", "KLB-BC-1"],
            ["Emergency drive battery 24 V", "KLB-BT-24"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("telarvis-ti-fabric-inspection-machine.pdf", "Telarvis TLV-OM-TI-03 Ed 2 - TI-180 / TI-220", TELARVIS),
        ("stoffmark-ls-automatic-fabric-spreader.pdf", "Stoffmark SMK-OM-LS-04 Ed 1 - LS-190 / LS-230", STOFFMARK),
        ("schnivaro-kc-cnc-multi-ply-knife-cutter.pdf", "Schnivaro SCV-OM-KC-02 Ed 3 - KC-50 / KC-75", SCHNIVARO),
        ("klebmoor-fp-continuous-fusing-press.pdf", "Klebmoor KLB-OM-FP600-05 Ed 2 - FP-600", KLEBMOOR),
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
