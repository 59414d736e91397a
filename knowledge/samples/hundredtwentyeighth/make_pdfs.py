"""Generate the PDF manuals of the hundred-and-twenty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set128-scratch/venv && /tmp/set128-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set128-scratch/venv/bin/python knowledge/samples/hundredtwentyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Agrumello CX cup-type juice extractors
AGRUMELLO = [
    ("title", "Agrumello CX Cup-Type Citrus Juice Extractors\nOperation and Maintenance Manual - CX-3 and CX-5"),
    (
        "p",
        "Document AGR-OM-CX-04, Edition 3, March 2025. Agrumello Juice Systems. The CX-3 and CX-5 are cup-type "
        "whole-fruit juice extractors for oranges, mandarins, lemons and grapefruit. Each fruit is dropped into a "
        "lower cup, the upper cup comes down and its fingers mesh with those of the lower cup, and the juice and "
        "pulp are pressed through a cutter at the bottom of the fruit into the strainer tube while the peel is "
        "squeezed out between the fingers. The CX-3 has three cups in a row, the CX-5 five; apart from the number of "
        "cups and the values given for each model, the two machines are built alike and use the same cup sets, "
        "strainer tubes and orifice tubes.",
    ),
    (
        "p",
        "The fruit grader upstream, the juice finishers, the pasteuriser and the peel oil recovery system that takes "
        "the spray water are covered by their own manuals. Juice quality limits (peel oil, pulp, bitterness) are set "
        "by the site's laboratory, and the cleaning chemicals and their concentrations by the chemical supplier.",
    ),
    (
        "warn",
        "WARNING: The cups close with a force of several tonnes. Never reach into the cup area while the main switch is "
        "on, even when the machine is stopped. Turn the drive by hand only with the barring tool and with the main "
        "switch locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-3", "CX-5"],
            ["Number of cups", "3", "5"],
            ["Capacity with the small cup set (S) at 95 strokes/min", "285 fruit/min", "475 fruit/min"],
            ["Capacity with the medium cup set (M) at 85 strokes/min", "255 fruit/min", "425 fruit/min"],
            ["Capacity with the large cup set (L) at 75 strokes/min", "225 fruit/min", "375 fruit/min"],
            ["Main drive motor, 400 V 3~ 50 Hz", "4.0 kW, 8.1 A", "7.5 kW, 14.6 A"],
            ["Supply fuse", "16 A gG", "25 A gG"],
            ["Cam gearbox oil, ISO VG 220 gear oil", "9 L", "14 L"],
            ["Central lubrication grease NLGI 00, reservoir", "2 kg", "2 kg"],
            ["Oil recovery spray water, per cup", "2.5 L/min", "2.5 L/min"],
            ["Oil recovery spray water, total at 2.0 bar", "7.5 L/min", "12.5 L/min"],
            ["Juice outlet", "DN 50", "DN 65"],
            ["Peel chute width", "600 mm", "950 mm"],
            ["CIP flow through the juice manifold", "6 m³/h", "10 m³/h"],
            ["Length x width", "1650 x 1300 mm", "2350 x 1300 mm"],
            ["Mass", "2150 kg", "3280 kg"],
            ["Sound pressure level at 1 m, with fruit", "78 dB(A)", "80 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Capacity (fruit/min) = number of cups x stroke rate (strokes/min). The capacities above hold only when every "
        "cup receives a fruit at every stroke and the fruit lies within the range of the cup set fitted.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the extractor. Maintenance inside the guards is done with the main switch "
            "locked off and the spray water closed.",
            "The guard doors are interlocked (J08). Never bridge a guard switch.",
            "CIP solutions are hot and caustic. Wear a face shield and chemical gloves when connecting CIP hoses.",
            "Peel on the floor is slippery. Keep the peel chute and the conveyors under it clear.",
        ],
    ),
    ("h", "3. Cup sets and settings"),
    (
        "cols",
        [
            ("h", "Cup sets"),
            (
                "p",
                "Three cup sets are available. Small (S): fruit of 55-70 mm, mandarins and small lemons, 95 strokes/min. "
                "Medium (M): fruit of 65-85 mm, oranges and lemons, 85 strokes/min. Large (L): fruit of 80-105 mm, large "
                "oranges and grapefruit, 75 strokes/min. At least 90 % of the fruit fed must lie within the range of the "
                "cup set fitted. A fruit more than 5 mm larger than the top of the range can jam between the cups "
                "(J02); fruit below the range is only partly extracted.",
            ),
            ("h", "Cup gap"),
            (
                "p",
                "At the bottom of the stroke the gap between the upper and lower cup fingers must be 2.0 mm ±0.3 mm, "
                "measured with the feeler gauge AGR-FG-20. A smaller gap lets the fingers touch and presses peel oil "
                "into the juice; a larger gap leaves juice in the peel.",
            ),
            ("h", "Strainer tubes"),
            (
                "p",
                "Strainer tubes are made with holes of 0.6 mm (low pulp juice), 1.0 mm (standard) and 1.5 mm (high "
                "pulp juice). Replace a strainer tube when its holes have grown by more than 10 % (for example above "
                "1.1 mm on a 1.0 mm tube) or after 1500 h, whichever comes first.",
            ),
            ("h", "Orifice tubes"),
            (
                "p",
                "The orifice tube at the bottom of the strainer tube sets the pressure on the fruit core. Bores of 14, "
                "16 and 19 mm are available. A smaller bore raises the yield but also the peel oil and the bitterness "
                "of the juice. Start with the 16 mm bore for oranges.",
            ),
            ("h", "Juice yield"),
            (
                "p",
                "With Valencia oranges of 70-80 mm, the medium cup set, the 1.0 mm strainer tube and the 16 mm orifice "
                "tube, the juice yield is typically 50-54 % of the fruit mass. Yields for other fruit and varieties are "
                "not given in this manual; they depend on the fruit and its ripeness.",
            ),
            ("h", "Spray water and gearbox"),
            (
                "p",
                "The spray ring around each cup needs 2.5 L/min at 1.8-2.5 bar; below 1.5 bar J10 stops the machine. "
                "The cam gearbox oil must stay below 80 °C in use; at 85 °C J06 stops the machine.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["J01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "J02",
                "Main drive overload",
                "A jammed fruit, fouled cups or fruit too large for the cup set. Lock off, clear the cups, check the "
                "fruit size.",
            ],
            ["J03", "No fruit", "No fruit seen by the feed sensor for 60 s. Restarts by itself when fruit arrives."],
            [
                "J04",
                "Cup timing",
                "Upper cups not at the top when the feed cups arrive: timing belt slack or slipped. Check the belt "
                "tension and the timing marks.",
            ],
            [
                "J05",
                "Lubrication pressure low",
                "Central lubrication below 15 bar at the end of its cycle: reservoir empty or a line broken.",
            ],
            ["J06", "Gearbox oil hot", "Oil at 85 °C: level low or the oil cooler fins blocked with pulp."],
            ["J08", "Guard open", "A guard door opened while running."],
            [
                "J09",
                "Juice back-pressure high",
                "Juice manifold above 1.2 bar: the finisher downstream stopped or the juice line blocked.",
            ],
            ["J10", "Spray water low", "Spray water below 1.5 bar. Check the supply valve and the spray filter."],
            [
                "J11",
                "Cup set mismatch",
                "The cup set code read by the sensor differs from the recipe selected. Select the right recipe.",
            ],
            ["J12", "Service due", "2000 h since the last Agrumello service. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Juice bitter or oily",
                "Orifice tube bore too small, cup gap too small, or no spray water",
                "Fit the next larger orifice tube; check the cup gap and the spray pressure",
            ],
            [
                "Yield low, peel still wet",
                "Orifice tube too large, strainer tube holes worn, fruit below the cup range",
                "Fit a smaller bore; check the holes; check the fruit size",
            ],
            [
                "Pulp and seeds in the juice",
                "Strainer tube holes worn or the tube torn",
                "Replace the strainer tube (section 8)",
            ],
            [
                "Fruit bounce out of the feed cups",
                "Feed wheel out of timing, or fruit too large",
                "Check the timing marks and the fruit size",
            ],
            [
                "Knocking at every stroke",
                "Cup bolts loose or fingers touching",
                "Lock off; tighten the cup bolts; check the cup gap",
            ],
            [
                "Gearbox hot on warm days",
                "Oil cooler fins blocked with pulp and peel dust",
                "Clean the cooler fins with water at low pressure",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the extractor"),
    (
        "ol",
        [
            "Check the gearbox oil in the sight glass: it must be at the middle mark.",
            "Check that the cup set fitted matches the fruit and the recipe to be selected.",
            "Open the spray water and check 1.8-2.5 bar on the spray gauge.",
            "Close all guard doors.",
            "Start the finishers and the juice pump downstream before the extractor.",
            "Select the recipe and press START. The machine runs empty for 30 s.",
            "Open the fruit feed gate.",
            "After 5 min take a juice sample for the site's laboratory.",
        ],
    ),
    ("h", "7. Changing the cup set"),
    (
        "ol",
        [
            "Stop the machine, lock off the main switch and wait until the flywheel stands still.",
            "Close the spray water.",
            "Open the guard doors and turn the drive with the barring tool AGR-BT-1 until the TDC mark on the flywheel "
            "lines up with the pointer (upper cups at the top).",
            "Remove the four M10 bolts of each upper cup and lift the cups out.",
            "Remove the three M12 bolts of each lower cup and lift out the lower cups with their cutters.",
            "Fit the new lower cups and tighten the M12 bolts to 60 Nm.",
            "Fit the new upper cups and tighten the M10 bolts to 40 Nm.",
            "Turn the drive by hand through one full stroke and check that no finger touches.",
            "At the bottom of the stroke, check the cup gap with the feeler gauge: 2.0 mm ±0.3 mm.",
            "Fit the strainer tubes and orifice tubes for the new fruit.",
            "Close the guards, unlock the main switch and select the recipe of the new cup set; J11 clears.",
        ],
    ),
    ("h", "8. Replacing a strainer tube"),
    (
        "ol",
        [
            "Stop the machine and lock off the main switch.",
            "Turn the drive with the barring tool until the upper cups are at the top.",
            "Unscrew the orifice tube holder under the juice manifold and pull out the orifice tube.",
            "Pull the strainer tube down out of the lower cup.",
            "Check the holes of the old tube with the pin gauge AGR-PG-1 and note the result.",
            "Fit the new strainer tube with a new O-ring, lubricated with food-grade grease.",
            "Refit the orifice tube and its holder, hand tight plus a quarter turn.",
        ],
    ),
    ("h", "9. Cleaning in place"),
    (
        "p",
        "Run CIP at the end of each production day. Rinse with water for 5 min, circulate caustic at 60-70 °C for 20 "
        "min, rinse until the return water is neutral, and once a week circulate acid at ambient temperature for 15 "
        "min and rinse again. The concentrations of caustic and acid are those of the chemical supplier's data sheet. "
        "The CIP flow must reach 6 m³/h (CX-3) or 10 m³/h (CX-5).",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Rinse the cups and the peel chute; check the spray nozzles"],
            ["Daily", "CIP (section 9); check the cup fingers for cracks"],
            ["Weekly", "Check the cup gap; fill the grease reservoir; clean the oil cooler fins"],
            ["500 h", "Check the timing belt tension; check the strainer tube holes with the pin gauge"],
            [
                "1500 h, or when the holes have grown by more than 10 %, whichever comes first",
                "Replace the strainer tubes",
            ],
            ["2000 h or 12 months, whichever comes first", "Change the gearbox oil; Agrumello service (J12)"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The Agrumello service checks the cams, the cam followers and the timing, and replaces worn cup fingers. Cam "
        "and gearbox overhauls are done only by Agrumello service; their procedures are not part of this manual.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number", "Qty CX-3", "Qty CX-5"],
            ["Upper cup, medium set", "AGR-UC-M", "3", "5"],
            ["Lower cup with cutter, medium set", "AGR-LC-M", "3", "5"],
            ["Strainer tube 1.0 mm", "AGR-ST-10", "3", "5"],
            ["Orifice tube 16 mm", "AGR-OT-16", "3", "5"],
            ["Timing belt", "AGR-TB-3 (CX-3), AGR-TB-5 (CX-5)", "1", "1"],
            ["Feeler gauge 2.0 mm", "AGR-FG-20", "1", "1"],
            ["Barring tool", "AGR-BT-1", "1", "1"],
            ["Pin gauge set for strainer tubes", "AGR-PG-1", "1", "1"],
        ],
        (60, 60, 25, 25),
    ),
]

# ---------------------------------------------------------------- Lagerbrant RP robotic carton palletisers
LAGERBRANT = [
    ("title", "Lagerbrant RP Robotic Carton Palletisers\nOperating and Maintenance Instructions - RP-160 and RP-250"),
    (
        "p",
        "Document LGB-OM-RP-02, Edition 1, November 2024. Lagerbrant Palletising Systems. The RP-160 and RP-250 are "
        "palletising cells for packed fruit cartons: a four-axis robot with a combined fork and clamp gripper picks "
        "cartons from the infeed conveyor and stacks them on two pallet stations in the pattern of the selected "
        "recipe. The cell is closed by a 2000 mm fence with an interlocked door and light curtains at the pallet "
        "exits. Apart from the robot, the gripper and the values given for each model, the two cells are built "
        "alike.",
    ),
    (
        "p",
        "The infeed conveyors, the stretch wrapper and the pallet label printer have their own manuals. The pallet "
        "label data come from the site's packhouse system. The risk assessment of the whole line and the position of "
        "the cell in the building are the site's responsibility. The robot reducers are greased for life between "
        "Lagerbrant services; their grease change is done only by Lagerbrant service.",
    ),
    (
        "warn",
        "WARNING: The robot can move at full speed without warning while the cell is in automatic mode. Enter the "
        "cell only through the interlocked door, with the robot in manual mode and the door key in your pocket.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RP-160", "RP-250"],
            ["Robot payload including the gripper", "160 kg", "250 kg"],
            ["Gripper mass", "70 kg", "95 kg"],
            ["Net carton load per pick", "90 kg", "155 kg"],
            ["Cartons per pick, maximum", "4", "8"],
            ["Reach", "2550 mm", "3150 mm"],
            ["Maximum stack height including the pallet", "2200 mm", "2600 mm"],
            ["Picks per hour, standard cycle at rated load (400 mm up, 2000 mm across, 400 mm down)", "720", "600"],
            ["Repeatability", "±0.5 mm", "±0.5 mm"],
            ["Stopping time, light curtain to standstill", "0.38 s", "0.52 s"],
            ["Minimum distance, light curtain to the nearest hazard", "1460 mm", "1690 mm"],
            ["Supply 400 V 3~ 50 Hz", "7.5 kVA, fuse 20 A", "12 kVA, fuse 32 A"],
            ["Compressed air at 6 bar", "150 NL/min", "250 NL/min"],
            ["Robot mass", "1050 kg", "1420 kg"],
            ["Pallet sizes", "1200 x 1000 and 1200 x 800 mm", "1200 x 1000 and 1200 x 800 mm"],
            ["Ambient temperature in use", "0-40 °C", "0-40 °C"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The number of cartons per pick times the carton mass must not exceed the net carton load (90 kg or 155 kg). "
        "The minimum distance of the light curtains is S (mm) = 1600 mm/s x T + 850 mm, with T the stopping time, "
        "rounded up to the next 10 mm. Never move a light curtain closer to the robot than this distance.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Test the light curtains with the 30 mm test rod at the start of every shift (section 10).",
            "Never stand under a raised gripper, even in manual mode. A gripper losing air pressure opens its clamp.",
            "In manual mode (T1) the robot moves at no more than 250 mm/s; keep the enabling switch in the middle "
            "position only while you watch the robot.",
            "Forklift drivers take full pallets only from the exit side and only when the exit lamp is green.",
        ],
    ),
    ("h", "3. Pallet patterns and limits"),
    (
        "cols",
        [
            ("h", "Pallets"),
            (
                "p",
                "The pallet must rest against the stops of its station within ±10 mm. A pallet more than 10 mm out of "
                "square, or one with a broken top board, leads to leaning stacks; reject it before it enters the cell.",
            ),
            ("h", "Cartons"),
            (
                "p",
                "Carton length and width must be within ±5 mm of the values in the recipe, and carton height within ±3 "
                "mm. A layer with cartons of different heights leans the stack above it. Cartons may overhang the "
                "pallet by no more than 20 mm on any side.",
            ),
            ("h", "Clamp pressure"),
            (
                "p",
                "The clamp pressure is set in the recipe between 2.5 and 4.0 bar. For cartons from the cold store or "
                "wet cartons use no more than 2.8 bar. Below 2.5 bar the cartons can slip (E104).",
            ),
            ("h", "Stack height"),
            (
                "p",
                "Stack height = pallet height + number of layers x carton height. It must not exceed 2200 mm (RP-160) "
                "or 2600 mm (RP-250). Example: a 144 mm pallet with nine layers of 228 mm cartons is 2196 mm.",
            ),
            ("h", "Speed"),
            (
                "p",
                "With a pick above 80 % of the net carton load, the robot runs at 80 % speed; the cycle is longer. "
                "Below 10 °C ambient the robot first runs a warm-up of 15 min at 30 % speed after switching on.",
            ),
            ("h", "Slip sheets"),
            (
                "p",
                "The default recipe places a slip sheet every three layers. The sheet dispenser is optional; without "
                "it, slip sheets are placed by hand with the cell stopped.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E101", "Emergency stop", "An emergency stop pressed. Release it, press RESET and restart."],
            [
                "E102",
                "Light curtain interrupted",
                "Curtain broken without a muting signal: a person or a fallen carton in the exit. Clear it, reset.",
            ],
            ["E103", "Door open", "Fence door opened in automatic mode."],
            [
                "E104",
                "Clamp pressure low",
                "Clamp pressure below 2.5 bar: air supply low or the regulator set too low.",
            ],
            ["E105", "Carton lost", "A clamp sensor lost its carton during the move."],
            [
                "E106",
                "Collision",
                "Motor torque above the collision limit: the robot hit a pallet, a carton or the fence. Recover "
                "as in section 7.",
            ],
            ["E107", "Pallet missing", "No pallet at the stops of the station."],
            ["E108", "Layer count mismatch", "Layer counter differs from the pattern after a manual intervention."],
            ["E110", "Axis overtemperature", "A motor above its limit: duty too high or cooling fan blocked."],
            ["E111", "Infeed timeout", "No complete pick formed on the infeed for 120 s."],
            [
                "E112",
                "Encoder battery low",
                "Replace the encoder battery within two weeks, with the power on (section 9).",
            ],
            ["E113", "Service due", "5000 h since the last Lagerbrant service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Stacks lean to one side",
                "Pallet not square or not against the stops; carton heights differ by more than 3 mm",
                "Reject bad pallets; check the stops; measure the cartons",
            ],
            [
                "Cartons crushed by the clamp",
                "Clamp pressure too high for cold store or wet cartons",
                "Set no more than 2.8 bar in the recipe",
            ],
            [
                "Cartons dropped at the corners of the move",
                "Pick heavier than the net carton load, or clamp pads worn",
                "Reduce the cartons per pick; replace the pads",
            ],
            [
                "Robot slower on some recipes",
                "Pick above 80 % of the net carton load",
                "Normal: the robot runs at 80 % speed",
            ],
            [
                "Gaps between cartons in a layer",
                "Recipe carton size larger than the real cartons",
                "Measure the cartons and correct the recipe",
            ],
            [
                "Robot slow for the first minutes of the day",
                "Warm-up below 10 °C",
                "Normal: 15 min at 30 % speed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that nobody is inside the fence and close the door.",
            "Switch on the main switch and the air supply (6 bar).",
            "Reset the safety circuit with the blue RESET button.",
            "Select automatic mode with the key switch and remove the key.",
            "Press HOME: the robot moves to its home position at 10 % speed.",
            "Select the recipe for the carton and pallet in use.",
            "Place empty pallets on both stations and press START.",
        ],
    ),
    ("h", "7. Recovering after a collision (E106)"),
    (
        "ol",
        [
            "Press STOP and leave the robot where it stopped.",
            "Switch to manual mode T1 with the key switch and take the key with you.",
            "Open the fence door and enter the cell.",
            "Look at the gripper, the forks and the clamp pads for damage before moving anything.",
            "Jog the robot clear with the teach pendant at no more than 10 % speed.",
            "Remove the fallen or damaged cartons and straighten the stack.",
            "Check the clamp sensors and the fork fingers; replace any bent finger.",
            "Move the robot to the reference pin REF on the gripper stand and check the tip within ±1 mm of the pin. "
            "If it is further out, stop and call Lagerbrant service; do not restart.",
            "Leave the cell, close the door, reset and correct the layer counter (E108).",
            "Restart in automatic mode and watch the next two layers.",
        ],
    ),
    ("h", "8. Creating a carton recipe"),
    (
        "ol",
        [
            "Measure five cartons of the new type with a tape: length, width and height; enter the mean of each.",
            "Weigh one full carton and enter its mass.",
            "Enter the pallet size and the pallet height.",
            "Choose the number of cartons per pick; the panel refuses a pick heavier than the net carton load.",
            "Choose a pattern from the library or draw one; every second layer is turned by default.",
            "Enter the number of layers; the panel shows the stack height and refuses more than the maximum.",
            "Set the clamp pressure (2.5-4.0 bar, no more than 2.8 bar for cold store cartons).",
            "Save the recipe and run the first pallet at 30 % speed, watching every layer.",
        ],
    ),
    ("h", "9. Replacing the encoder battery"),
    (
        "ol",
        [
            "Leave the robot controller switched on: with the power off the axis positions are lost.",
            "Put the robot in manual mode and press the emergency stop.",
            "Open the battery cover on the robot base.",
            "Unplug the old battery pack and plug in the new pack LGB-EB-4 within 5 min.",
            "Close the cover, release the emergency stop and reset; E112 clears.",
        ],
    ),
    ("h", "10. Light curtain test"),
    (
        "p",
        "At the start of every shift, pass the 30 mm test rod LGB-TR-30 slowly down through each light curtain, at the "
        "top, the middle and the bottom, with the robot moving in automatic mode. The robot must stop each time "
        "(E102). If the robot does not stop, stop the cell and call the electrician.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Light curtain test (section 10); clean the clamp pads"],
            ["Weekly", "Check the fork fingers and clamp pads for wear; drain the air filter"],
            ["1000 h", "Check the gripper cylinders for leaks; check the fence and door switch"],
            ["5000 h or 2 years, whichever comes first", "Lagerbrant service (E113)"],
            ["20 000 h", "Reducer grease change by Lagerbrant service"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "RP-160", "RP-250"],
            ["Clamp pad set", "LGB-CP-160", "LGB-CP-250"],
            ["Fork finger", "LGB-FF-16", "LGB-FF-25"],
            ["Clamp cylinder", "LGB-CC-50", "LGB-CC-63"],
            ["Encoder battery pack", "LGB-EB-4", "LGB-EB-4"],
            ["Test rod 30 mm", "LGB-TR-30", "LGB-TR-30"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Verdanza DRC-8 degreening room controller
VERDANZA = [
    ("title", "Verdanza DRC-8 Degreening Room Controller\nInstallation and User Manual"),
    (
        "p",
        "Document VDZ-IM-DRC8-01, Edition 2, August 2024. Verdanza Ripening Controls. The DRC-8 controls the "
        "degreening of citrus in up to eight rooms. One gas analyser in the controller cabinet samples the rooms one "
        "after the other through sample lines, measures ethylene and carbon dioxide, and doses ethylene gas into "
        "each room through its own dosing valve. In each room the controller reads an air temperature probe, a pulp "
        "temperature probe and a humidity sensor, switches the fresh air vent fan and gives the temperature and "
        "humidity setpoints to the room's refrigeration, heating and humidifier, which are not part of the DRC-8.",
    ),
    (
        "p",
        "The rooms, their air circulation fans and the number of air changes they give are the room builder's "
        "design. The gas detection of the building (flammable gas and CO2 alarms in the corridors) is the site's "
        "system and is not connected to the DRC-8.",
    ),
    (
        "warn",
        "WARNING: Use only the non-flammable mixture of 5 % ethylene in nitrogen with the DRC-8. Pure ethylene is "
        "flammable (lower explosive limit 2.7 % in air) and must never be connected to the controller's gas inlet.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Rooms", "1 to 8"],
            ["Sampling", "Sequential, 4 min per room (3 min purge, 1 min measurement)"],
            ["Full sampling cycle with 8 rooms", "32 min"],
            ["Ethylene sensor", "Electrochemical, 0-20 ppm, resolution 0.1 ppm"],
            [
                "Ethylene accuracy",
                "±0.2 ppm or ±5 % of the reading, whichever is greater, within 90 days of a calibration, at 5-35 °C",
            ],
            ["CO2 sensor", "NDIR, 0-2.00 % (0-20 000 ppm), ±50 ppm ±3 % of the reading"],
            ["Temperature probes", "Pt100, one air and one pulp probe per room, ±0.2 °C"],
            ["Humidity sensor", "Capacitive, ±2 % RH between 10 and 90 % RH"],
            ["Sample pump", "1.0 L/min"],
            ["Sample lines", "6 mm PE tube, no longer than 60 m per room"],
            ["Gas supply", "5 % ethylene in nitrogen, 1.0 bar after the regulator"],
            ["Dosing flow per room", "2.0 L/min of mixture at 1.0 bar (restrictor VDZ-FR-2)"],
            ["Supply", "230 V 1~ 50 Hz, 150 W"],
            ["Enclosure, ambient", "IP54, 0-40 °C"],
        ],
        (70, 100),
    ),
    ("h", "2. Installation"),
    (
        "p",
        "Mount the cabinet outside the rooms, on a wall where the temperature stays between 0 and 40 °C and out of "
        "direct sun. Run one sample line to each room, no longer than 60 m, falling all the way towards the water "
        "trap at the cabinet so that condensed water drains. Place the sample inlet in the return air of the room "
        "fans, about 1.5 m above the floor and at least 2 m from the humidifier. Run the dosing lines in 6 mm "
        "stainless steel or copper tube from the gas panel to each room; plastic tube is not allowed for the gas. "
        "Fit the cylinder regulator and set it to 1.0 bar. The pulp and air probes, the humidity sensor and the door "
        "switch are wired to the room module beside each door; the room modules are linked to the cabinet by one "
        "bus cable of no more than 300 m in all.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Secure gas cylinders upright with a chain. Close the cylinder valve before changing the regulator.",
            "A room whose vent fan has failed can hold more than 0.5 % CO2. Run the vent fan for 15 min before entry "
            "when the last CO2 reading was above 0.5 %.",
            "Enter a room during a cycle only as in section 11: the controller pauses dosing while the door is open.",
            "Keep the sample line inlets away from the humidifier nozzles.",
        ],
    ),
    ("h", "4. Setpoints and limits"),
    (
        "cols",
        [
            ("h", "Ethylene"),
            (
                "p",
                "Setpoint 1.0-10.0 ppm, default 3.0 ppm. The controller doses when a room reads 0.5 ppm or more below "
                "its setpoint. The dose is calculated as: gas mixture (L) = free room volume (m³) x ethylene step (ppm) / "
                "50. Example: 300 m³ raised from 0 to 3.0 ppm needs 18 L of mixture, 9 min of dosing at 2.0 L/min. "
                "Above 15 ppm in any room all dosing valves close (D10).",
            ),
            ("h", "Carbon dioxide"),
            (
                "p",
                "CO2 slows degreening. The vent fan of a room runs when its CO2 is above 0.10 % (1000 ppm) and stops "
                "when it has fallen below 0.05 %. D05 is raised at 0.30 %.",
            ),
            ("h", "Temperature and humidity"),
            (
                "p",
                "Default room setpoint 21 °C and 92 % RH. The cycle timer starts when the pulp temperature is within 1 "
                "°C of the setpoint. Keep the humidity at least 90 %; below 85 % RH for 30 min D07 is raised.",
            ),
            ("h", "Fruit"),
            (
                "p",
                "The default settings are for oranges and mandarins. Settings for lemons, limes and grapefruit are "
                "given by the site's technical department; they are not in this manual.",
            ),
            ("h", "Cycle length"),
            (
                "p",
                "Default 48 h, settable 12-96 h. A cycle ends at the set time or when the operator ends it, whichever "
                "comes first. Degreening for more than 72 h is not recommended: it shortens the shelf life and raises "
                "decay.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["D01", "Power restored", "The cycle resumed after a power failure. Check the cycle time left."],
            [
                "D02",
                "Sample flow low",
                "Sample flow below 0.6 L/min: sample filter blocked, pump worn or a line kinked. No room is measured.",
            ],
            ["D03", "Ethylene sensor fault", "Sensor signal out of range. Check the sensor plug; replace the sensor."],
            [
                "D04",
                "Ethylene deviation",
                "A room more than ±1.0 ppm from its setpoint for two sampling cycles.",
            ],
            ["D05", "CO2 high", "A room above 0.30 % CO2: vent fan failed or the vent blocked."],
            ["D06", "Temperature deviation", "Air temperature more than ±1.5 °C from the setpoint for 30 min."],
            ["D07", "Humidity low", "Below 85 % RH for 30 min. Check the humidifier and its water supply."],
            [
                "D08",
                "Gas supply",
                "No rise in ethylene after two doses: cylinder empty, cylinder valve closed or the regulator failed.",
            ],
            ["D10", "Ethylene high-high", "Above 15 ppm: all dosing closed until reset."],
            ["D11", "Calibration due", "90 days since the last sensor calibration."],
            ["D12", "Sensor end of life", "Ethylene sensor 24 months in service. Replace it."],
            ["D13", "Door open", "Room door switch open during a cycle; dosing of that room paused."],
            ["D14", "Room module lost", "No communication with a room module for 60 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Colour uneven, some pallets still green",
                "Poor air circulation through the pallets, or uneven temperatures in the room",
                "Check the stacking gaps and the room fans; compare the pulp temperatures",
            ],
            [
                "No colour change after 48 h",
                "Temperature too low, CO2 above 0.10 %, or fruit not ready for degreening",
                "Check the vent fan and the temperatures; ask the site's technical department",
            ],
            [
                "Stem-end rind breakdown after degreening",
                "Humidity too low, ethylene too high, or a cycle too long",
                "Keep at least 90 % RH; check the setpoint and the cycle length",
            ],
            [
                "All rooms read 0.0 ppm",
                "Sample pump stopped or sample filter blocked (D02), or a sensor fault",
                "Replace the sample filter; check the pump",
            ],
            [
                "Readings jump from one cycle to the next",
                "Water in the sample lines from condensation",
                "Fit the water trap; route the lines away from cold areas",
            ],
            [
                "Cylinder empties faster than usual",
                "Leak in a dosing line, or a door left open",
                "Leak test the dosing lines with leak spray",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Starting a degreening cycle"),
    (
        "ol",
        [
            "Load the room, leaving gaps of at least 100 mm between pallet rows for the air.",
            "Place the pulp probe in the centre of a fruit in the middle of a pallet.",
            "Close the door and check that the door switch lamp is lit.",
            "Start the room fans.",
            "Select the room, then the recipe (default: oranges and mandarins).",
            "Check the setpoints shown: ethylene, temperature, humidity and cycle length.",
            "Press START. Dosing begins at the next sampling of the room.",
        ],
    ),
    ("h", "8. Calibrating the ethylene sensor"),
    (
        "ol",
        [
            "Switch on the controller at least 1 h before the calibration.",
            "Select SERVICE > CALIBRATE. Sampling of the rooms stops.",
            "Fit the zero filter VDZ-ZF-1 on the calibration inlet and wait 5 min.",
            "Press ZERO when the reading is stable.",
            "Connect the calibration gas, 10.0 ppm ethylene in air, at 0.5 L/min to the calibration inlet.",
            "Wait 5 min and press SPAN.",
            "Check the reading: it must be within ±0.3 ppm of 10.0 ppm. If the controller cannot reach the span, "
            "replace the sensor VDZ-ES-20.",
            "Disconnect the gas, press EXIT; D11 clears and sampling restarts.",
        ],
    ),
    ("h", "9. Replacing the sample filter"),
    (
        "ol",
        [
            "Select SERVICE > PUMP OFF.",
            "Unscrew the filter bowl under the gas panel.",
            "Replace the element with a new VDZ-SF-5 element.",
            "Refit the bowl, select PUMP ON and check 1.0 L/min on the flow display.",
        ],
    ),
    ("h", "10. Changing the gas cylinder"),
    (
        "ol",
        [
            "Select SERVICE > GAS OFF. Dosing stops in all rooms; sampling goes on.",
            "Close the cylinder valve and let the line pressure fall to zero through the vent screw of the regulator.",
            "Unscrew the regulator from the empty cylinder and fit the cap on the cylinder valve.",
            "Chain the full cylinder in place, remove its cap and check the thread and the seal of the regulator.",
            "Fit the regulator, open the cylinder valve slowly and check 1.0 bar on the outlet gauge.",
            "Spray the connections with leak spray: no bubbles may form.",
            "Select SERVICE > GAS ON. D08 clears at the next successful dose.",
        ],
    ),
    ("h", "11. Entering a room during a cycle"),
    (
        "p",
        "Select the room and press DOOR. Dosing of the room pauses and its vent fan runs for 5 min. Open the door; "
        "D13 is shown but no alarm sounds. After closing the door press DOOR again: the controller samples the room "
        "at once and doses if needed.",
    ),
    ("h", "12. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the cylinder pressure and the readings of each room"],
            ["Monthly", "Replace the sample filter; drain the water trap"],
            ["90 days (D11)", "Calibrate the ethylene sensor"],
            ["12 months", "Check the CO2 sensor with 1.00 % CO2 calibration gas; check the pulp probes in iced water"],
            ["24 months (D12)", "Replace the ethylene sensor"],
        ],
        (70, 100),
    ),
    ("h", "13. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Ethylene sensor", "VDZ-ES-20"],
            ["CO2 sensor", "VDZ-CS-2"],
            ["Sample filter element, pack of 5", "VDZ-SF-5"],
            ["Zero filter", "VDZ-ZF-1"],
            ["Sample pump", "VDZ-SP-1"],
            ["Dosing valve", "VDZ-DV-2"],
            ["Flow restrictor 2.0 L/min", "VDZ-FR-2"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Ferventa HT hot water treatment tanks
FERVENTA = [
    ("title", "Ferventa HT Hot Water Treatment Tanks\nOperation and Maintenance Manual - HT-2 and HT-4"),
    (
        "p",
        "Document FRV-OM-HT-03, Edition 1, June 2024. Ferventa Postharvest Equipment. The HT-2 and HT-4 are batch "
        "tanks for the postharvest hot water treatment of fruit in bins. A hoist frame lowers the bins into water held "
        "at a set temperature, a hold-down grid keeps floating fruit under water, and a recirculation pump moves the "
        "water through a plate heat exchanger fed with hot water from the site's boiler. The HT-2 takes two bins per "
        "batch and the HT-4 four; apart from the values given for each model, the two tanks are built alike.",
    ),
    (
        "p",
        "Treatment schedules (temperature and time for each fruit, variety and market) are set by the site's "
        "treatment protocol or by the phytosanitary authority of the importing country, never by this manual. The "
        "boiler and its burner, the cooling of the fruit after treatment and the floor under the tank are the site's "
        "and are covered by their own documents.",
    ),
    (
        "warn",
        "WARNING: Water at 50 °C and above scalds skin within seconds. Never lean over the open tank, and never enter "
        "it before it is drained and cooled below 35 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HT-2", "HT-4"],
            ["Bins per batch", "2", "4"],
            ["Bin size, maximum", "1200 x 1000 x 760 mm", "1200 x 1000 x 760 mm"],
            ["Mass per full bin, maximum", "450 kg", "450 kg"],
            ["Hoist capacity", "1000 kg", "2000 kg"],
            ["Water volume at working level", "4500 L", "8800 L"],
            ["Heat exchanger power, with boiler water at 85 °C", "180 kW", "320 kW"],
            ["Heat-up time from 15 °C to 52 °C", "about 65 min", "about 71 min"],
            ["Recirculation pump", "60 m³/h, 4.0 kW", "110 m³/h, 7.5 kW"],
            ["Temperature probes (Pt100 class A)", "2 water, 2 pulp", "2 water, 4 pulp"],
            ["Setpoint range", "40.0-55.0 °C", "40.0-55.0 °C"],
            ["Over-temperature cut-out, independent", "56.0 °C", "56.0 °C"],
            ["Supply 400 V 3~ 50 Hz", "6.5 kW, fuse 16 A", "11 kW, fuse 25 A"],
            ["Mass, empty", "1850 kg", "3100 kg"],
            ["Floor load, full with bins", "7.3 t", "13.7 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Heat-up time (min) = water volume (L) x 4.19 x (setpoint - start temperature) / (heat exchanger power (kW) "
        "x 60). The power holds only with boiler water at 85 °C and a clean heat exchanger; with colder boiler water "
        "the heat-up takes longer.",
    ),
    (
        "p",
        "Installation: set the tank on a level concrete floor able to carry the full floor load, with at least 1.0 m "
        "free on the operating side and 0.6 m on the other sides. The boiler water supply must deliver at least 85 °C "
        "at the flow the heat exchanger needs: 7.8 m³/h (HT-2) or 13.8 m³/h (HT-4), with a return about 20 °C "
        "colder. The drain needs a floor gully able to take 30 m³/h. The water fill needs potable water at 2-6 bar.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the hold-down grid locked while bins are in the water (T09).",
            "Stand clear of the hoist frame while it moves; the hoist stops when the push button is released.",
            "Wear heat-resistant gloves when placing pulp probes in fruit at the tank.",
            "Before draining, check that the drain leads to the site's drain and that the water is below 45 °C.",
        ],
    ),
    ("h", "3. Treatment settings and limits"),
    (
        "cols",
        [
            ("h", "Control"),
            (
                "p",
                "Without load, the water temperature is held within ±0.3 °C of the setpoint, and the temperature in "
                "the whole tank is even within ±0.5 °C with the pump running.",
            ),
            ("h", "Loading"),
            (
                "p",
                "Lowering a full load of fruit at 20 °C into water at 52 °C lowers the water temperature by about 5 "
                "°C on both models. The controller then recovers the temperature, usually in 8-12 min.",
            ),
            ("h", "Treatment timer"),
            (
                "p",
                "For water temperature treatments the timer starts when both water probes are within ±0.5 °C of the "
                "setpoint. For pulp temperature treatments it starts when every pulp probe has reached the target "
                "pulp temperature. If the water falls more than 1.0 °C below the setpoint for more than 60 s during a "
                "treatment, the timer stops and T11 is raised; the batch record shows the interruption.",
            ),
            ("h", "Fruit"),
            (
                "p",
                "Citrus peel can scald above 54 °C or with exposures longer than the protocol. Cool the fruit as soon "
                "as the treatment ends.",
            ),
            ("h", "Water"),
            (
                "p",
                "Change the water every 5 days or after 400 batches, whichever comes first, and at once if it smells "
                "or foams. Clean the 3 mm recirculation strainer every day.",
            ),
            ("h", "Probes"),
            (
                "p",
                "Place pulp probes in the centre of the largest fruit, in the middle of a bin. Check all probes every "
                "30 days (T13).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "T02",
                "Over-temperature",
                "The 56.0 °C cut-out tripped and closed the heating valve. Reset by hand once the water is below 54 °C.",
            ],
            ["T03", "Water probe fault", "Open or short circuit of a water probe."],
            ["T04", "Pulp probe fault", "Open or short circuit of a pulp probe; check the cable at the plug."],
            [
                "T05",
                "Probe disagreement",
                "The two water probes differ by more than 0.5 °C. Check them (section 8).",
            ],
            ["T06", "Water level low", "Level below the working level. Top up before heating."],
            ["T07", "Recirculation flow low", "Pump stopped or the 3 mm strainer blocked."],
            ["T08", "Hoist overload", "Load above the hoist capacity. Check the bins for water and overfilling."],
            ["T09", "Grid not locked", "Hold-down grid not locked; the hoist will not lower."],
            [
                "T11",
                "Treatment interrupted",
                "Water more than 1.0 °C below the setpoint for more than 60 s. Restart the treatment as the site's "
                "protocol requires.",
            ],
            [
                "T12",
                "Heat-up slow",
                "Rise below 20 °C per hour: scale on the heat exchanger or boiler water too cold.",
            ],
            ["T13", "Probe check due", "30 days since the last probe check."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Brown scald marks on the peel",
                "Water hotter than shown (probes out of calibration), exposure too long, or fruit not cooled",
                "Check the probes (section 8); check the batch record; cool the fruit at once",
            ],
            [
                "Timer keeps stopping (T11)",
                "Boiler water below 85 °C, or the load much colder than 20 °C",
                "Check the boiler supply; temper cold fruit first",
            ],
            [
                "Fruit floating out of the bins",
                "Hold-down grid not fitted, or bins filled above the rim",
                "Fit and lock the grid; fill bins no higher than the rim",
            ],
            [
                "Heat-up slower than usual",
                "Scale on the heat exchanger plates, or boiler water too cold",
                "Descale the heat exchanger (section 10)",
            ],
            ["Foam on the water", "Dirty water or detergent left after cleaning", "Change the water; rinse better"],
            [
                "Temperature differs from one end to the other",
                "Strainer blocked, pump flow low",
                "Clean the strainer; check the pump",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and heating up"),
    (
        "ol",
        [
            "Close the drain valve and open the fill valve until the level lamp shows the working level.",
            "Check that the recirculation strainer is clean and fitted.",
            "Start the recirculation pump.",
            "Open the boiler water valves to the heat exchanger.",
            "Enter the setpoint of the treatment protocol and press HEAT.",
            "Wait until READY is shown: both water probes within ±0.5 °C of the setpoint.",
        ],
    ),
    ("h", "7. Running a batch"),
    (
        "ol",
        [
            "Place the bins on the hoist frame; no more than two (HT-2) or four (HT-4).",
            "Place the pulp probes if the protocol asks for pulp temperature.",
            "Close and lock the hold-down grid.",
            "Enter the batch number and the treatment time, and press LOWER.",
            "The timer starts by itself (section 3). Do not open the grid during the treatment.",
            "When END is shown, press RAISE and let the bins drain over the tank for 60 s.",
            "Take the bins to the cooling at once and print or save the batch record.",
        ],
    ),
    ("h", "8. Checking the temperature probes"),
    (
        "ol",
        [
            "Fill a stirred water bath with water at the working temperature, for example 52 °C.",
            "Place the reference thermometer, calibrated by an accredited laboratory, in the bath.",
            "Place the probe to be checked next to the reference thermometer and wait 3 min.",
            "Compare the readings: the probe must read within ±0.2 °C of the reference thermometer.",
            "If it differs by more than 0.2 °C but no more than 0.5 °C, enter the offset under SERVICE > PROBES.",
            "If it differs by more than 0.5 °C, replace the probe.",
            "Repeat for every probe and record the results; T13 clears.",
        ],
    ),
    ("h", "9. Draining and cleaning"),
    (
        "p",
        "Stop heating and let the water cool below 45 °C. Open the drain valve. Remove leaves and fruit from the "
        "bottom, brush the walls, rinse with clean water and rinse the strainer. Refill as in section 6.",
    ),
    ("h", "10. Descaling the heat exchanger"),
    (
        "ol",
        [
            "Stop heating, close the boiler water valves and let the tank water cool below 45 °C.",
            "Close the valves between the tank and the heat exchanger on the fruit water side.",
            "Connect the descaling pump to the two flushing connections of the heat exchanger.",
            "Fill the descaling pump tank with descaler at the concentration given by its supplier.",
            "Circulate the descaler for 60 min, or longer if its supplier asks for it.",
            "Drain the descaler into a container for disposal as the site's permit requires.",
            "Flush with clean water for 10 min and check that the flush water is neutral.",
            "Disconnect the pump, open the valves and check the gasket joints for leaks.",
        ],
    ),
    (
        "p",
        "If the heat-up time stays more than 20 % longer than the value in section 1 after descaling, with boiler "
        "water at 85 °C, the plates or gaskets may be damaged. Opening the plate pack is done by Ferventa service.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the recirculation strainer; check the grid locks"],
            ["5 days or 400 batches, whichever comes first", "Change the water (section 9)"],
            ["30 days (T13)", "Check the temperature probes (section 8)"],
            ["6 months, or when T12 appears", "Descale the heat exchanger (section 10)"],
            ["12 months", "Hoist chain and brake check by a competent person; test the over-temperature cut-out"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "HT-2", "HT-4"],
            ["Pt100 water probe", "FRV-WP-100", "FRV-WP-100"],
            ["Pt100 pulp probe with 5 m cable", "FRV-PP-5", "FRV-PP-5"],
            ["Recirculation strainer basket 3 mm", "FRV-SB-60", "FRV-SB-110"],
            ["Heat exchanger gasket set", "FRV-HG-180", "FRV-HG-320"],
            ["Hold-down grid lock", "FRV-GL-1", "FRV-GL-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("agrumello-cx-cup-juice-extractor.pdf", "Agrumello AGR-OM-CX-04 Ed 3 - CX-3 / CX-5", AGRUMELLO),
        ("lagerbrant-rp-robotic-carton-palletiser.pdf", "Lagerbrant LGB-OM-RP-02 Ed 1 - RP-160 / RP-250", LAGERBRANT),
        ("verdanza-drc8-degreening-room-controller.pdf", "Verdanza VDZ-IM-DRC8-01 Ed 2 - DRC-8", VERDANZA),
        ("ferventa-ht-hot-water-treatment-tank.pdf", "Ferventa FRV-OM-HT-03 Ed 1 - HT-2 / HT-4", FERVENTA),
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
