"""Generate the PDF manuals of the hundred-and-sixty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set163-scratch/venv && /tmp/set163-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set163-scratch/venv/bin/python knowledge/samples/hundredsixtythird/make_pdfs.py

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



# ---------------------------------------------------------------- Kipprand RWT rotary wagon tipplers
KIPPRAND = [
    ("title", "Kipprand RWT Rotary Wagon Tipplers\nOperation and Maintenance Manual - RWT-100 and RWT-125"),
    (
        "p",
        "Document KPR-OM-RWT-04, Edition 3, March 2024. Kipprand Materials Handling. The RWT-100 and RWT-125 are "
        "rotary (O-type) wagon tipplers for unloading open coal wagons into a track hopper without uncoupling. "
        "The wagon is pushed in by the site's wagon positioner, held against the side wall and clamped from above "
        "by hydraulic top clamps, and the whole cage turns on two roller rings to 160°. Each model has two "
        "electric main drives with spring-applied disc brakes, one at each roller ring. Apart from the wagon "
        "size, the drives, the clamps and the other values given for each model, the two tipplers are built alike. "
        "The wagon positioner, the track hopper, its grating and the dust suppression system are not supplied by "
        "Kipprand; refer to their own manuals and to the site's rail traffic rules.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand on a wagon, on the platforms of the cage or on the hopper grating while the "
        "tippler turns. Entry into the track hopper is confined space work and needs the site's entry permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RWT-100", "RWT-125"],
            ["Maximum wagon gross mass", "100 t", "125 t"],
            ["Maximum coal load per wagon", "78 t", "98 t"],
            ["Wagon length over buffers", "11.0-15.5 m", "12.5-17.0 m"],
            ["Maximum wagon width", "3.20 m", "3.40 m"],
            ["Wagon height above rail", "3.0-4.2 m", "3.2-4.6 m"],
            ["Track gauge", "1435 mm", "1435 mm"],
            ["Normal tipping angle / final limit", "160° / 170°", "160° / 170°"],
            ["Cage speed at full speed", "1.1 rpm", "0.95 rpm"],
            ["Tipping cycle 0°-160°-0° with a rated wagon, hold time 8 s", "55 s", "62 s"],
            ["Main drives, 690 V, frequency converter", "2 x 110 kW", "2 x 160 kW"],
            ["Main drive gearbox oil CLP 320, per gearbox", "120 L", "170 L"],
            ["Hydraulic top clamps", "8", "10"],
            ["Clamp pressure setting", "140 bar", "160 bar"],
            ["Clamp circuit relief valve", "165 bar", "185 bar"],
            ["Accumulator pre-charge (nitrogen), at 20 °C", "90 bar", "100 bar"],
            ["Hydraulic oil HLP 46, tank", "400 L", "550 L"],
            ["Side wall travel", "0-450 mm", "0-520 mm"],
            ["Roller ring diameter", "7.2 m", "7.8 m"],
            ["Mass of the cage with counterweights", "168 t", "212 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cycle times hold for a wagon of the rated gross mass with free-flowing coal and the default hold time "
        "of 8 s at 160°. A longer hold time adds to the cycle second for second.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out both main drives, the hydraulic power unit and the wagon positioner before any work in the "
            "cage. Engage the mechanical cage lock pin at 0° before entering the cage.",
            "Never release the brakes of both drives at the same time by hand while the cage is out of balance, "
            "for example with a wagon clamped in it.",
            "Never tip a wagon with open side doors, a broken body or a load above its rated mass.",
            "Keep the roller ring area clear: the rollers and the ring form crushing points along the whole "
            "circumference.",
            "Nitrogen accumulators stay under pressure when the power unit is stopped. Discharge them before opening "
            "any clamp circuit.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tipping angle"),
            (
                "p",
                "The normal tipping angle is 160°. The drives slow to creep speed (20 % of full speed) from 140° and "
                "stop at 160°. An operating limit switch at 162° stops the drives; the final limit switch at 170° "
                "cuts the drive supply and applies all brakes (A06). After A06 the tippler may only be returned in "
                "manual mode after the cause is found.",
            ),
            ("h", "Rest position and rail alignment"),
            (
                "p",
                "At 0° the cage rails must line up with the approach rails within 3 mm vertically and 2 mm "
                "sideways. The rail locks then engage; the positioner is released only when both rail locks are "
                "engaged (A09 otherwise).",
            ),
            ("h", "Clamping"),
            (
                "p",
                "The clamps lower until the set pressure is reached, 140 bar (RWT-100) or 160 bar (RWT-125), within "
                "15 s (A04 otherwise). Pilot-operated check valves then hold the clamps. Read at 90°, the clamp "
                "pressure must be within ±5 bar of the setting. A fall of more than 10 bar in one cycle stops the "
                "rotation (A05).",
            ),
            ("h", "Hold time"),
            (
                "p",
                "The cage waits at 160° for the hold time: default 8 s, settable 0-30 s. For wet or frozen coal "
                "raise it up to 30 s. Never swing or shake the cage to free coal. Thawing frozen wagons is the "
                "site's business (thaw shed); the tippler is not designed for it.",
            ),
            ("h", "Dust suppression signal"),
            (
                "p",
                "The tippler gives a volt-free contact at 30° on the way up to start the site's dust suppression "
                "sprays and opens it 20 s after the cage is back at 0°. The sprays, their pump, nozzles and water "
                "quality are not supplied by Kipprand.",
            ),
            ("h", "Capacity"),
            (
                "p",
                "Wagons per hour = 3600 / (tipping cycle (s) + indexing time (s)). Example: with an indexing time "
                "of 90 s the RWT-100 does 24 wagons per hour and the RWT-125 does 23 wagons per hour (rounded "
                "down). The indexing time is set by the wagon positioner. The braking resistors allow no more than "
                "30 cycles per hour.",
            ),
            ("h", "Wind"),
            (
                "p",
                "On open installations, stop tipping when the mean wind speed at the tippler exceeds 20 m/s and "
                "park the cage at 0° with the rail locks and the cage lock pin engaged.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it, then RESET."],
            ["A02", "Drive fault", "Frequency converter of the left or right drive tripped. Read its own code."],
            [
                "A03",
                "Brake not released",
                "Brake lift switch not made within 2 s of the release command. Check the air gap and the coil.",
            ],
            [
                "A04",
                "Clamp pressure not reached",
                "Set pressure not reached within 15 s: wagon too low, clamp at the end of its stroke, pump or "
                "relief valve fault.",
            ],
            [
                "A05",
                "Clamp pressure lost",
                "Fall of more than 10 bar during one cycle. Return in slow speed; test the check valves and the "
                "accumulator pre-charge.",
            ],
            ["A06", "Final limit", "Cage at 170°. Find the cause before returning in manual mode."],
            ["A07", "Wagon position", "Wagon not between the position photocells, or length outside the range."],
            ["A09", "Rail locks", "Rail locks not engaged at 0°: rail alignment outside 3 mm / 2 mm."],
            ["A10", "Oil temperature", "Hydraulic oil above 65 °C (warning); the power unit stops at 75 °C."],
            ["A11", "Oil level", "Hydraulic oil level low. Look for leaks before topping up with HLP 46."],
            ["A12", "Side wall", "Side wall pressure switch not made: wagon not against the wall."],
            [
                "A13",
                "Torque imbalance",
                "Torque of the two drives differs by more than 15 %: a brake dragging, or a load far off centre.",
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
                "Coal left in the wagons, worse in winter",
                "Wet or frozen coal, sticky fines",
                "Raise the hold time up to 30 s; have frozen wagons thawed by the site",
            ],
            [
                "Clamps creep up during tipping, A05 now and then",
                "Pilot check valve leaking, or accumulator pre-charge low",
                "Check the pre-charge (section 7); test and replace the check valve",
            ],
            [
                "Cage stops short of 0°, rail locks do not engage",
                "Encoder zero drifted, brake lining worn",
                "Check the brake air gap (section 8); reset the zero with Kipprand service",
            ],
            [
                "Knocking once per turn of the cage",
                "Flat spot on a support roller or loose roller ring segment bolts",
                "Inspect the rollers; check the segment bolts",
            ],
            [
                "Hydraulic oil hot, A10 on warm days",
                "Oil cooler fins blocked with coal dust",
                "Clean the cooler with compressed air from the fan side",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Tipping a wagon (automatic cycle)"),
    (
        "ol",
        [
            "Check that the cage is at 0°, the rail locks are engaged and the hopper grating is clear.",
            "Let the positioner push the wagon in until both position photocells are covered.",
            "Release the positioner arm and move it clear of the cage (positioner manual).",
            "Select AUTO and press START. The side wall moves against the wagon until its pressure switch makes.",
            "The clamps lower and build up the set pressure; the rail locks withdraw.",
            "The cage turns at full speed, slows from 140° and stops at 160°. The dust suppression contact closes "
            "at 30°.",
            "The cage holds for the set hold time, then returns to 0°.",
            "The rail locks engage, the clamps rise and the side wall withdraws.",
            "Check through the window that the wagon is empty; the positioner may then index the next wagon.",
        ],
    ),
    ("h", "7. Checking the clamp pressure and the accumulators"),
    (
        "ol",
        [
            "Clamp an empty test wagon (or a loaded wagon) in manual mode.",
            "Connect a calibrated gauge (0-250 bar) to test point MP3 on the clamp manifold.",
            "Read the pressure: 140 bar (RWT-100) or 160 bar (RWT-125), within ±5 bar.",
            "Correct it at pressure reducing valve PRV-2 if needed and lock the valve.",
            "Turn the cage to 90° in manual mode and read the gauge again after 60 s: a fall of more than 5 bar "
            "calls for a check valve test.",
            "Return to 0°, unclamp, stop the power unit and discharge the accumulators at valve DV-1.",
            "Check the nitrogen pre-charge of each accumulator with the charging kit: 90 bar (RWT-100) or 100 bar "
            "(RWT-125) at 20 °C. Top up with dry nitrogen only, never with air or oxygen.",
            "Record the readings in the tippler log.",
        ],
    ),
    ("h", "8. Adjusting the drive brakes"),
    (
        "ol",
        [
            "Park the cage at 0°, engage the cage lock pin and lock out both drives.",
            "Remove the brake cover of one drive.",
            "Measure the air gap between the armature plate and the magnet body at three points with feeler gauges.",
            "Adjust when the gap has reached 1.8 mm: loosen the three hollow screws, turn the adjusting sleeves "
            "until the gap is 0.8-1.2 mm at all three points, and retighten the hollow screws to 45 Nm.",
            "Measure the lining thickness. Replace the rotor when the lining is 4 mm or thinner.",
            "Refit the cover, repeat on the other drive, and remove the lock pin.",
            "Make ten cycles with an empty wagon and check that A03 and A13 do not appear.",
        ],
    ),
    ("h", "9. Returning the cage to 0° after a power failure"),
    (
        "ol",
        [
            "Keep everyone out of the cage and off the wagon.",
            "Switch the tippler main switch to EMERGENCY SUPPLY; the site's emergency supply feeds only the left "
            "drive and the control panel.",
            "Select MANUAL and RETURN. The left drive turns the cage at creep speed only; the right brake is "
            "released by the control system.",
            "Watch the cage all the way down; stop at once if the torque display of the left drive exceeds 120 %.",
            "At 0° check that the rail locks engage.",
            "Do not tip again until the normal supply is back and both drives run.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Walk round: clamp pads, rail locks, oil leaks, hydraulic oil level, hopper grating"],
            ["Weekly", "Check the central lubrication reservoir and that grease reaches all support rollers"],
            ["Monthly", "Clamp pressure and accumulator pre-charge (section 7); brake air gap (section 8)"],
            ["1000 h", "Replace the hydraulic return filter element"],
            ["5000 h or 2 years, whichever comes first", "Change the main drive gearbox oil"],
            ["12 months", "Hydraulic oil analysis; check the roller ring segment bolts and the rollers"],
            ["6 years", "Replace all hydraulic hoses"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RWT-100", "RWT-125"],
            ["Clamp pad, polyurethane", "KPR-CP-100", "KPR-CP-125"],
            ["Clamp cylinder seal kit", "KPR-SK-C100", "KPR-SK-C125"],
            ["Brake rotor with lining", "KPR-BR-110", "KPR-BR-160"],
            ["Accumulator bladder", "KPR-AB-10", "KPR-AB-16"],
            ["Hydraulic return filter element", "KPR-FE-46", "KPR-FE-46"],
            ["Cage position encoder", "KPR-EN-01", "KPR-EN-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tressbury TPF travelling paddle feeder
TRESSBURY = [
    ("title", "Tressbury TPF-1200 Travelling Paddle Feeder\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document TRB-OMI-TPF12-02, Edition 2, June 2023. Tressbury Bulk Machinery. The TPF-1200 is a travelling "
        "paddle (rotary plough) feeder for reclaiming coal from the shelf of a slot-type track hopper onto the "
        "belt conveyor below it. A vertical-shaft paddle wheel with six arms sweeps coal off the shelf into the "
        "slot while the feeder travels to and fro on rails along the hopper. Speed, travel and interlocks are set "
        "in the feeder's own PLC; the conveyor below, its belt weigher and the hopper itself are the site's and are "
        "described in their own documents.",
    ),
    (
        "warn",
        "WARNING: Never reach or step into the hopper slot or onto the shelf while the feeder is energised. "
        "Clearing a blocked paddle is done only with the paddle drive, the travel drives and the conveyor below "
        "locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TPF-1200"],
            ["Feed rate, coal of 0.85 t/m³", "400-1200 t/h"],
            ["Paddle wheel diameter over the tips / number of arms", "3.6 m / 6"],
            ["Paddle speed range (frequency converter)", "3.0-9.0 rpm"],
            ["Paddle drive", "75 kW, 415 V, helical bevel gearbox"],
            ["Paddle gearbox oil CLP 220", "95 L"],
            ["Travel speed, feeding / fast travel without feeding", "2-10 m/min / 18 m/min"],
            ["Travel drives, geared brake motors", "4 x 3.0 kW"],
            ["Rail gauge / wheel load, maximum", "3.5 m / 95 kN"],
            ["Maximum lump size", "300 mm"],
            ["Paddle tip clearance above the shelf", "25-40 mm"],
            ["Wear tip thickness, new / replace at", "40 mm / 15 mm"],
            ["Power supply", "415 V 3~ 50 Hz via motorised cable reel, 160 m cable"],
            ["Sound pressure level at 1 m, feeding", "82 dB(A)"],
            ["Mass in working order", "38 t"],
        ],
        (100, 70),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Pull cords run along both sides of the feeder walkway; a pulled cord stops the paddle and the travel "
            "(P01) and must be reset on the spot.",
            "The paddle may only run when the conveyor below is running; this interlock (P02) must never be "
            "bridged.",
            "Before travelling, check that nobody is on the rails or in the gap between the feeder and the hopper "
            "wall. The travel horn sounds for 5 s before any travel.",
            "Storm clamps: engage the rail clamps whenever the feeder is left parked in an open hopper building.",
            "Wear hearing protection near a feeding paddle (82 dB(A) at 1 m).",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Feed rate"),
            (
                "p",
                "Feed rate (t/h) = 157 x paddle speed (rpm) x bulk density (t/m³). Example: at 6 rpm with coal of "
                "0.85 t/m³, 157 x 6 x 0.85 = 801 t/h. The factor 157 holds only for free-flowing coal up to 10 % "
                "surface moisture with lumps up to 300 mm, a full shelf and a tip clearance of 25-40 mm. For wetter "
                "or sticky coal no factor is given: set the speed from the reading of the belt weigher on the "
                "conveyor below.",
            ),
            ("h", "Coal bed"),
            (
                "p",
                "Keep at least 300 mm of coal on the shelf in front of the paddle. With a thinner bed the arms "
                "throw lumps over the skirt boards; reduce the paddle speed to 4 rpm or less until the hopper is "
                "refilled.",
            ),
            ("h", "Paddle torque"),
            (
                "p",
                "The converter limits the paddle torque. Warning at 100 % of rated motor torque held for 5 s; trip "
                "at 115 % (P03). After three P03 trips within 10 min the feeder locks and must be inspected before "
                "a reset.",
            ),
            ("h", "Travel"),
            (
                "p",
                "In shuttle mode the feeder travels between two end points A and B, set in the PLC at least 10 m "
                "apart. Slow-down limits act 5 m before each end of the rails, stop limits at the end, and final "
                "limits 0.5 m beyond them (P06). With two feeders on one hopper the anti-collision laser keeps them "
                "at least 8 m apart (P10).",
            ),
            ("h", "Tip clearance"),
            (
                "p",
                "New tips run 25-40 mm above the shelf. Re-shim the paddle wheel or fit new tips when the clearance "
                "has grown to 60 mm. Never set it below 25 mm: the tips then strike the shelf plates.",
            ),
            ("h", "Gearbox"),
            (
                "p",
                "Paddle gearbox oil temperature: warning at 80 °C, trip at 85 °C (P09). Ambient in the hopper "
                "gallery -10 °C to +40 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Pull cord / emergency stop", "A cord pulled or a stop pressed. Reset it on the spot, then RESET."],
            ["P02", "Conveyor not running", "Speed monitor of the conveyor below shows no belt movement."],
            [
                "P03",
                "Paddle overload",
                "Paddle torque at 115 %: lump or tramp iron wedged under the shelf lip, frozen coal, or feed too "
                "high for the bed.",
            ],
            ["P04", "Paddle converter fault", "Read the converter's own code on its keypad."],
            ["P05", "Travel drive fault", "Motor protection of a travel motor tripped, or a brake did not release."],
            ["P06", "Travel final limit", "Feeder beyond the stop limit. Move back in manual mode at slow speed."],
            ["P08", "Cable reel", "Cable slack or over-tensioned; reel torque setting wrong or cable snagged."],
            ["P09", "Gearbox temperature", "Paddle gearbox oil above 85 °C. Check the oil level and the breather."],
            ["P10", "Anti-collision", "The other feeder closer than 8 m."],
            ["P11", "Rail clamps", "Travel started with the storm clamps engaged."],
            ["P12", "Service due", "2000 running hours since the last service. The feeder still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Feed rate low even at 9 rpm",
                "Wear tips worn, clearance over 60 mm; wet coal; coal bridging above the shelf",
                "Measure the tip clearance (section 8); check the hopper for bridging",
            ],
            [
                "Lumps thrown over the skirt boards, rate surging",
                "Coal bed on the shelf thinner than 300 mm",
                "Reduce the paddle speed to 4 rpm or less until the hopper is refilled",
            ],
            [
                "Paddle trips on overload (P03) at the same place each pass",
                "Tramp iron or an oversize lump wedged under the shelf lip",
                "Lock out, remove the object, check the tips for damage",
            ],
            [
                "Feeder crabs or travels in jerks",
                "One travel brake not releasing, or a worn wheel flange",
                "Check the brakes (section 9) and the wheel flanges",
            ],
            [
                "Knocking from the paddle gearbox",
                "Low oil level, bearing damage",
                "Check the oil level; have the gearbox inspected by Tressbury service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping feeding"),
    (
        "ol",
        [
            "Check that the storm clamps are released, the rails are clear and nobody is in the hopper building "
            "gallery near the feeder.",
            "Check that the hopper holds coal along the section to be reclaimed.",
            "Start the conveyor below from the central control room; wait for the P02 interlock to clear.",
            "Set the end points A and B and the paddle speed on the feeder panel or from the control room.",
            "Press START FEED: the horn sounds, the paddle starts at 3 rpm and ramps to the set speed in 20 s, "
            "and the feeder starts to travel.",
            "Watch the belt weigher reading and adjust the paddle speed.",
            "To stop, press STOP FEED: the paddle ramps down and stops, then the travel stops.",
            "Let the conveyor run on until the belt is empty before stopping it.",
        ],
    ),
    ("h", "7. Replacing the paddle wear tips"),
    (
        "ol",
        [
            "Travel the feeder to the maintenance position at the hopper end and engage the storm clamps.",
            "Lock out the paddle drive, the travel drives and the conveyor below.",
            "Turn the paddle wheel by hand with the barring lever until the arm to be worked on faces the walkway.",
            "Remove the four M20 bolts of the wear tip and take the tip off; use a lifting eye, a tip weighs 28 kg.",
            "Clean the seat on the arm and check the arm for cracks.",
            "Fit the new tip TRB-WT-40 with new bolts, grade 10.9, tightened to 410 Nm.",
            "Replace the tips of all six arms together, so that the wheel stays balanced.",
            "Measure the tip clearance above the shelf at each arm (section 8).",
            "Remove the locks, release the storm clamps and run the paddle empty for 5 min.",
        ],
    ),
    (
        "p",
        "Replace the tips when they are worn to 15 mm thickness (new 40 mm), or sooner if a tip is cracked.",
    ),
    ("h", "8. Measuring and setting the tip clearance"),
    (
        "ol",
        [
            "Lock out as in section 7, steps 1-2.",
            "Sweep the shelf clean below the paddle over a width of 1 m.",
            "Turn each arm in turn over the cleaned spot and measure the gap between the tip and the shelf plate.",
            "If the smallest gap is 25-40 mm, no setting is needed.",
            "Otherwise lift the paddle carriage with the two 30 t jacks at the jacking points, add or remove shims "
            "under the gearbox mounting (2 mm and 5 mm shims), lower it and tighten the mounting bolts to 610 Nm.",
            "Measure again and record the values.",
        ],
    ),
    ("h", "9. Checking the travel brakes"),
    (
        "ol",
        [
            "Park the feeder on a clear section of rail with the paddle stopped.",
            "In manual mode, release the brakes of one travel motor at a time at the brake test button and listen "
            "for the click.",
            "With the power off, measure the brake air gap: 0.4-0.6 mm; readjust at 1.0 mm.",
            "Travel 10 m at fast speed and stop: the feeder must stop within 1.0 m.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Pull cords, horn, spillage on the rails, visual check of the tips"],
            ["Weekly", "Tip clearance at one arm; cable reel and cable; travel wheel flanges"],
            ["500 h", "Grease the paddle wheel bearing (Tressbury grease EP2, 120 g); travel brakes (section 9)"],
            ["2000 h (P12)", "Tressbury service: gearbox inspection, oil sample, bolts of the paddle arms"],
            ["8000 h or 2 years, whichever comes first", "Change the paddle gearbox oil (95 L CLP 220)"],
            ["5 years", "Replace the reel cable"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The main paddle wheel bearing is replaced only by Tressbury service; this manual does not describe it.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Wear tip, 40 mm, with bolts", "TRB-WT-40"],
            ["Tip bolt set M20 grade 10.9 (4 bolts, nuts, washers)", "TRB-BS-20"],
            ["Travel motor brake rotor", "TRB-TB-30"],
            ["Skirt board rubber, 1 m", "TRB-SR-10"],
            ["Pull cord switch", "TRB-PC-01"],
            ["Shim set 2 mm and 5 mm", "TRB-SH-25"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Calverro PRS mill pyrites reject systems
CALVERRO = [
    ("title", "Calverro PRS Mill Pyrites Reject Systems\nOperation and Maintenance - PRS-20 and PRS-35"),
    (
        "p",
        "Document CLV-OM-PRS-07, Edition 1, October 2024. Calverro Milling Systems. The PRS-20 and PRS-35 collect "
        "the rejects (pyrites, stones, tramp iron and some coal) that fall from the reject chute of a vertical "
        "roller coal mill. Each system has an upper isolating knife gate, a lined reject hopper with a level "
        "switch and a temperature probe, a lower discharge slide gate and a mobile reject skip. The gates are "
        "worked by pneumatic cylinders and interlocked so that the mill is never open to the skip. Apart from the "
        "size and the values given for each model, the two systems are built alike. The mill, its primary air, its "
        "reject scraper and its inerting system are described in the mill maker's manual.",
    ),
    (
        "warn",
        "WARNING: The hopper is connected to a pressurised mill full of coal dust. Never open an inspection door "
        "or the lower gate while the upper gate is open. Rejects can be hot and can smoulder.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PRS-20", "PRS-35"],
            ["For mills with a coal throughput up to", "45 t/h", "75 t/h"],
            ["Reject hopper volume", "2.0 m³", "3.5 m³"],
            ["Maximum reject mass in the hopper", "3.0 t", "5.2 t"],
            ["Upper isolating knife gate", "DN 400", "DN 500"],
            ["Lower discharge slide gate", "DN 400", "DN 500"],
            ["Gate cylinder bore / stroke", "100 mm / 450 mm", "125 mm / 560 mm"],
            ["Gate closing time", "6 s or less", "8 s or less"],
            ["Instrument air, dry and oil-free", "5.0-7.0 bar", "5.0-7.0 bar"],
            ["Air used per emptying cycle", "30 NL", "48 NL"],
            ["Hopper design pressure", "+0.35 / -0.05 bar(g)", "+0.35 / -0.05 bar(g)"],
            ["Hopper wear liner, new / minimum", "12 mm / 6 mm", "12 mm / 6 mm"],
            ["Mobile reject skip", "2.5 m³, PRS-SK25", "4.0 m³, PRS-SK40"],
            ["Mass of gates, hopper and frame", "2.6 t", "3.9 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a face shield, heat-resistant gloves and a dust mask when emptying the hopper.",
            "Keep the skip area free of oil, rags and other combustible material.",
            "Before any work on the gates, close the upper gate, lock out its air supply with the mill running or "
            "stopped, and vent the hopper.",
            "Poking rods may be used only through the poke holes of the hopper, with the upper gate closed and "
            "locked.",
            "Rejects are heavy: a full PRS-35 skip weighs over 5 t. Move skips only with the site's forklift or "
            "skip loader.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Emptying"),
            (
                "p",
                "Empty the hopper at least once per shift, and at once when the level switch trips (R03). Rejects "
                "should not stay in the hopper longer than 8 h: pyrites with coal can heat up by themselves. R11 "
                "warns when 8 h have passed since the last emptying.",
            ),
            ("h", "Gate interlock"),
            (
                "p",
                "The lower gate can open only when the closed limit switch of the upper gate is made and the "
                "hopper has been vented for 10 s. The upper gate can open only when the lower gate is closed. Never "
                "bridge these interlocks.",
            ),
            ("h", "Reject rate"),
            (
                "p",
                "Reject rate (%) = rejects collected (kg/h) / (coal feed (t/h) x 10). Example: 45 kg/h from a mill "
                "at 50 t/h gives 45 / 500 = 0.09 %. Up to 0.1 % is normal for most coals. A rate above 0.3 % for "
                "more than 4 h points to a mill problem such as low primary air flow or a worn throat ring; the "
                "PRS cannot cure it. Report it to the site's combustion engineer and see the mill manual.",
            ),
            ("h", "Hopper temperature"),
            (
                "p",
                "Alarm at 80 °C (R04). At 110 °C (R05) the PRS requests inerting steam from the mill's inerting "
                "system and blocks the lower gate. Do not empty the hopper until the temperature is below 60 °C.",
            ),
            ("h", "Seal air"),
            (
                "p",
                "Seal air to the upper gate packing must be at least 30 mbar above the mill under-bowl pressure "
                "(R09 otherwise). The under-bowl pressure of your mill is given in the mill manual.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below +5 °C ambient the trace heating of the gate cylinders and the air filter switches on. Drain "
                "the air filter bowl daily in frost.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["R01", "Emergency stop", "A stop pressed at the local panel or the skip area."],
            [
                "R02",
                "Upper gate not closed",
                "Closed limit switch not made within 6 s (PRS-20) or 8 s (PRS-35): rejects in the gate track, low "
                "air, worn knife.",
            ],
            ["R03", "Hopper full", "Level switch at 75 % of the hopper height. Empty the hopper now."],
            ["R04", "Hopper hot", "Hopper temperature above 80 °C."],
            [
                "R05",
                "Hopper very hot",
                "Above 110 °C: inerting steam requested, lower gate blocked. Wait until it is below 60 °C.",
            ],
            ["R07", "Lower gate not closed", "Closed limit switch of the lower gate not made; rejects in the way."],
            ["R08", "Instrument air low", "Air pressure below 5.0 bar at the valve terminal."],
            ["R09", "Seal air low", "Seal air less than 30 mbar above the mill under-bowl pressure."],
            ["R10", "Skip not in position", "Proximity switch of the skip not made; lower gate blocked."],
            ["R11", "Emptying overdue", "8 h since the hopper was last emptied."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Rejects hot and smoking when dropped into the skip",
                "Too much coal in the rejects, hopper emptied too seldom",
                "Empty more often; wait for below 60 °C; report the coal content to the mill team",
            ],
            [
                "Dust or air blows out when the lower gate opens",
                "Upper gate packing worn, or seal air too low",
                "Replace the packing (section 7); check the seal air (at least 30 mbar above the under-bowl)",
            ],
            [
                "Upper gate closes only at the second attempt (R02)",
                "Rejects lying in the gate track, or low air",
                "Flush the gate track through the cleaning port; check the instrument air",
            ],
            [
                "Hopper does not empty fully",
                "Wet rejects bridging above the lower gate",
                "Clear the bridge through the poke holes (section 9)",
            ],
            [
                "Far more rejects than usual",
                "Mill problem (primary air, throat ring, coal quality)",
                "Work out the reject rate; above 0.3 % for 4 h see the mill manual",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Emptying the reject hopper"),
    (
        "ol",
        [
            "Check that an empty skip stands under the lower gate and its proximity switch is made.",
            "Read the hopper temperature: below 60 °C before going on.",
            "Select EMPTY on the local panel. The upper gate closes; wait for its closed lamp.",
            "The vent valve opens and vents the hopper for 10 s.",
            "The lower gate opens and the rejects drop into the skip. Stand clear of the skip while they drop.",
            "When the hopper is empty (level and weight display), press CLOSE: the lower gate closes.",
            "The vent valve closes and the upper gate opens again; the hopper is back in service.",
            "Record the reject mass and the time in the mill log; R11 resets.",
            "Take the skip to the site's reject bay when it is full.",
        ],
    ),
    ("h", "7. Replacing the upper gate packing"),
    (
        "ol",
        [
            "With the mill stopped and isolated per the site's permit, close the upper gate and lock out its "
            "air supply.",
            "Vent and empty the hopper.",
            "Remove the packing gland follower (eight M12 nuts).",
            "Pull out the old packing rings with a packing hook; there are four rings of 16 mm square braid.",
            "Clean the packing chamber and the knife surface.",
            "Fit four new rings PRS-PK-16 with the joints staggered by 90°.",
            "Refit the follower and tighten the nuts evenly to 25 Nm, then a further quarter turn after the first "
            "ten gate strokes.",
            "Restore the air and check for leaks at the gland with the seal air on.",
        ],
    ),
    ("h", "8. Setting the gate limit switches"),
    (
        "ol",
        [
            "Close the gate in manual mode.",
            "Slide the closed limit switch along its bracket until it just makes, then a further 3 mm.",
            "Open the gate fully; set the open switch the same way.",
            "Make five full strokes and check the closing time: 6 s or less (PRS-20) or 8 s or less (PRS-35).",
        ],
    ),
    ("h", "9. Clearing a bridged hopper"),
    (
        "ol",
        [
            "Close and lock the upper gate; vent the hopper.",
            "Check that the hopper temperature is below 60 °C.",
            "Open the lower gate in manual mode with a skip in position.",
            "Open one poke hole cap at a time and break the bridge with the poking rod, working from the lowest "
            "poke hole upwards.",
            "Close the caps and the lower gate and return to automatic.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Empty the hopper; read the hopper temperature; check the skip"],
            ["Weekly", "Watch a full stroke of each gate; check the closing times; listen for air leaks"],
            ["Monthly", "Retighten the packing gland; check the limit switches (section 8)"],
            ["6 months", "Measure the knife edge: replace the knife when worn by more than 3 mm"],
            ["12 months", "Measure the hopper wear liner; replace below 6 mm"],
            ["5 years or 100 000 strokes, whichever comes first", "Gate body overhaul by Calverro service"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PRS-20", "PRS-35"],
            ["Upper gate knife", "PRS-KN-400", "PRS-KN-500"],
            ["Packing set, 4 rings 16 mm", "PRS-PK-16", "PRS-PK-16"],
            ["Gate cylinder seal kit", "PRS-CS-100", "PRS-CS-125"],
            ["Lower gate slide plate", "PRS-SP-400", "PRS-SP-500"],
            ["Hopper temperature probe Pt100", "PRS-TP-01", "PRS-TP-01"],
            ["Wear liner plate set", "PRS-WL-20", "PRS-WL-35"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Aldenrode RAH rotary regenerative air preheaters
ALDENRODE = [
    ("title", "Aldenrode RAH Rotary Regenerative Air Preheaters\nOperating and Maintenance Manual - RAH-30 and RAH-34"),
    (
        "p",
        "Document ALD-OMM-RAH-11, Edition 4, February 2025. Aldenrode Heat Recovery. The RAH-30 and RAH-34 are "
        "vertical-shaft, trisector rotary regenerative air preheaters for pulverised coal boilers: the rotor, "
        "packed with heating element baskets, turns slowly through the flue gas sector and the primary and "
        "secondary air sectors. The rotor is carried on a support bearing at the bottom and held by a guide "
        "bearing at the top, and is turned by a pin rack on its rim. Each preheater has a main electric drive, a "
        "standby electric drive and an air motor drive. Apart from the rotor size and the values given for each "
        "model, the two are built alike. The sootblowers, the fire detection system and the steam coil air heaters "
        "are supplied by others and have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never enter the preheater or its ducts unless the rotor is stopped, the drives and the air motor "
        "are locked out, the fans are isolated and the site's confined space permit has been issued. Hot ash "
        "deposits can stay hot for days.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RAH-30", "RAH-34"],
            ["Rotor diameter", "9.4 m", "10.6 m"],
            ["Rotor speed, main or standby drive", "1.0 rpm", "0.9 rpm"],
            ["Rotor speed, air motor drive", "0.25 rpm", "0.20 rpm"],
            ["Main and standby drive motors, each", "15 kW", "22 kW"],
            ["Air motor, air at 5.5 bar", "4.5 Nm³/min", "6.0 Nm³/min"],
            ["Heating element depth, hot end + cold end (enamelled)", "1000 + 300 mm", "1100 + 300 mm"],
            ["Maximum flue gas inlet temperature", "400 °C", "400 °C"],
            ["Design air leakage with new seals, at full load", "6.0 %", "6.5 %"],
            ["Support bearing oil ISO VG 320", "180 L", "240 L"],
            ["Guide bearing oil ISO VG 150", "45 L", "60 L"],
            ["Hot end sector plate, cold setting at the rotor post", "3.5 mm", "4.5 mm"],
            ["Cold end radial seals, cold setting at the rim", "9 mm", "11 mm"],
            ["Axial seals, cold setting", "6 mm", "7 mm"],
            ["Rotor mass with elements", "310 t", "420 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The rotor must never be stopped while flue gas above 150 °C passes through it: a standing rotor warps "
            "and deposits in it can catch fire.",
            "Fires in the preheater are fought with the deluge and washing nozzles according to the site's fire "
            "plan. Keep the rotor turning during a fire unless the fire plan says otherwise.",
            "Work on the seals is done only with the rotor locked by the rotor lock bolt at the drive end.",
            "The air motor starts automatically. Treat the drive as live whenever the air supply is open.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Start and stop"),
            (
                "p",
                "Start the preheater before the first fan is started and before firing. After the boiler has been "
                "shut down keep the rotor turning until the flue gas inlet temperature has fallen below 150 °C.",
            ),
            ("h", "Rotor stop protection"),
            (
                "p",
                "A zero speed switch watches the rotor. If the rotor stops (AH02) the standby motor starts "
                "automatically; if it has not started within 10 s (AH03) the air motor starts. If the rotor "
                "cannot be turned at all, the boiler must be tripped if the rotor has stood for 10 min with the gas "
                "inlet above 200 °C.",
            ),
            ("h", "Cold-end average temperature"),
            (
                "p",
                "Cold-end average temperature (°C) = (air inlet temperature + gas outlet temperature) / 2. For coal "
                "with up to 1.0 % sulphur keep it at or above 68 °C, raising the air inlet temperature with the "
                "steam coil air heaters if needed. For coal with more sulphur, use the boiler maker's limit curve. "
                "AH11 warns when it has been below the setpoint for 30 min.",
            ),
            ("h", "Air leakage"),
            (
                "p",
                "Air leakage (%) = (O2 out - O2 in) / (21 - O2 out) x 90, with the dry O2 measured in the gas inlet "
                "and gas outlet ducts. Example: 3.5 % in and 5.0 % out give 1.5 / 16.0 x 90 = 8.4 %. The design "
                "values with new seals are 6.0 % (RAH-30) and 6.5 % (RAH-34) at full load. When the leakage exceeds "
                "9 %, plan a seal check and adjustment at the next outage.",
            ),
            ("h", "Gas side pressure drop"),
            (
                "p",
                "A rise of more than 30 % above the clean pressure drop at the same load shows fouling. Increase the "
                "sootblowing (sootblower manual) and, if it does not recover, water wash at the next outage (section "
                "9).",
            ),
            ("h", "Bearings"),
            (
                "p",
                "Bearing oil temperature alarm at 70 °C (AH05, AH07); at 80 °C (AH06) reduce the boiler load and "
                "check the oil cooler water. The oil level must be between the marks of the sight glass.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["AH01", "Main drive trip", "Motor protection or converter trip. The standby drive takes over."],
            ["AH02", "Rotor stopped", "Zero speed switch: no rotor movement for 20 s."],
            [
                "AH03",
                "Standby drive failed",
                "Standby motor not running 10 s after AH02. The air motor starts; check its air pressure.",
            ],
            ["AH04", "Air motor air low", "Air at the air motor inlet below 4.5 bar."],
            ["AH05", "Support bearing hot", "Support bearing oil above 70 °C."],
            ["AH06", "Support bearing very hot", "Support bearing oil above 80 °C. Reduce load; check the cooler."],
            ["AH07", "Guide bearing hot", "Guide bearing oil above 70 °C."],
            ["AH08", "Oil level low", "Support bearing oil level below the lower mark."],
            ["AH10", "Fire alarm", "Signal from the fire detection system. Follow the site's fire plan."],
            ["AH11", "Cold end too cold", "Cold-end average temperature below the setpoint for 30 min."],
            [
                "AH12",
                "Drive current high",
                "Main drive current above 120 % of its running value for 60 s: seals rubbing, a foreign body, or "
                "a damaged pin rack.",
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
                "O2 rise across the preheater growing, fans near their limit",
                "Seals worn or clearances opened up",
                "Work out the leakage; above 9 % plan a seal check at the next outage",
            ],
            [
                "Drive current swinging, AH12 after a hot restart",
                "Rotor rubbing the seals while it is still distorted",
                "Run on the main drive; if the current does not settle within 2 h, check the seal clearances",
            ],
            [
                "Gas side pressure drop climbing",
                "Ash fouling, or sticky deposits from the SCR upstream",
                "Increase sootblowing; water wash at the next outage (section 9)",
            ],
            [
                "Cold end elements corroded or plugged",
                "Cold-end average temperature too low",
                "Use the steam coil air heaters to keep it at the limit",
            ],
            [
                "Knock once per rotor turn at the drive",
                "Broken pin in the pin rack, worn drive pinion",
                "Inspect the pin rack and the pinion at the next stop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the air preheater"),
    (
        "ol",
        [
            "Check the oil levels of the support and guide bearings and that the oil cooler water is on.",
            "Check that the rotor lock bolt is withdrawn and all access doors are closed.",
            "Check that the air supply to the air motor is open and its pressure is at least 5.5 bar.",
            "Select the main drive and START; the rotor reaches speed within 30 s.",
            "Check that the zero speed switch lamp goes out and note the drive current.",
            "Test the changeover: stop the main drive from the panel and check that the standby drive starts "
            "within 10 s; return to the main drive.",
            "Report the preheater ready to the control room; the fans may now be started.",
        ],
    ),
    ("h", "7. Changing over to the air motor drive"),
    (
        "ol",
        [
            "Check the air pressure at the air motor inlet: at least 5.5 bar for full speed, alarm below 4.5 bar.",
            "Switch the drive selector to AIR; the electric drives are blocked.",
            "Open the air motor isolating valve slowly; the air motor engages through its overrunning clutch.",
            "Check the rotor speed: 0.25 rpm (RAH-30) or 0.20 rpm (RAH-34).",
            "Drain the air line filter; watch the lubricator drip rate of one drop per minute.",
            "To return to the electric drive, start the main drive, then close the air motor valve and set the "
            "selector to AUTO.",
        ],
    ),
    ("h", "8. Setting the hot end sector plates"),
    (
        "ol",
        [
            "With the boiler off and the preheater at ambient temperature, lock the rotor and issue the permit.",
            "Turn the rotor by hand (air motor in inching mode) until a radial seal is under the sector plate.",
            "Measure the gap between the seal strip and the sector plate at the rotor post and at the rim.",
            "Set the gap at the rotor post to 3.5 mm (RAH-30) or 4.5 mm (RAH-34) with the sector plate adjusting "
            "screws; the gap at the rim follows from the rotor cone setting.",
            "Lock the adjusting screws and repeat the measurement with three further radial seals.",
            "Record the gaps in the seal log; the cold end and the axial seals are set the same way to their own "
            "values.",
        ],
    ),
    ("h", "9. Offline water washing"),
    (
        "ol",
        [
            "Boiler off, fans stopped, gas inlet below 80 °C; keep the rotor turning on the main drive.",
            "Open the hopper drains to the site's wash water system.",
            "Open the wash water to the fixed washing nozzles at 6-8 bar; washing water at least 60 °C if "
            "available.",
            "Wash until the drain water runs clear and its pH is above 5.5, usually 2-4 h.",
            "Close the water and let the rotor dry: turn it with the fans running at low load and the gas inlet "
            "below 150 °C for at least 4 h before firing.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Oil levels and temperatures; drive current; air motor lubricator"],
            ["Weekly", "Test the changeover to the standby drive and the air motor"],
            ["3 months", "Oil samples of both bearings; grease the pin rack"],
            ["Each major outage", "Seal clearances (section 8), element inspection, pin rack and pinion"],
            ["24 000 h or 4 years, whichever comes first", "Change the support and guide bearing oil"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Replacing heating element baskets and the support bearing are major outage tasks carried out by Aldenrode "
        "service and are not described in this manual.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RAH-30", "RAH-34"],
            ["Radial seal strip set, hot end", "ALD-RS-30H", "ALD-RS-34H"],
            ["Radial seal strip set, cold end", "ALD-RS-30C", "ALD-RS-34C"],
            ["Drive pin set with bushes", "ALD-PN-30", "ALD-PN-34"],
            ["Air motor vane kit", "ALD-AM-45", "ALD-AM-60"],
            ["Zero speed switch", "ALD-ZS-01", "ALD-ZS-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kipprand-rwt-rotary-wagon-tippler.pdf", "Kipprand KPR-OM-RWT-04 Ed 3 - RWT-100 / RWT-125", KIPPRAND),
        ("tressbury-tpf-travelling-paddle-feeder.pdf", "Tressbury TRB-OMI-TPF12-02 Ed 2 - TPF-1200", TRESSBURY),
        ("calverro-prs-mill-pyrites-reject-system.pdf", "Calverro CLV-OM-PRS-07 Ed 1 - PRS-20 / PRS-35", CALVERRO),
        (
            "aldenrode-rah-rotary-regenerative-air-preheater.pdf",
            "Aldenrode ALD-OMM-RAH-11 Ed 4 - RAH-30 / RAH-34",
            ALDENRODE,
        ),
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
