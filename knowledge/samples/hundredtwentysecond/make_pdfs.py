"""Generate the PDF manuals of the hundred-and-twenty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set122-scratch/venv && /tmp/set122-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set122-scratch/venv/bin/python knowledge/samples/hundredtwentysecond/make_pdfs.py

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



# ---------------------------------------------------------------- Zugvera ZP profile puller with hot saw
ZUGVERA = [
    ("title", "Zugvera ZP Profile Puller with Hot Saw\nOperation and Maintenance - ZP-16 and ZP-25"),
    (
        "p",
        "Document ZGV-OM-ZP-03, Edition 2, March 2025. Zugvera Handling Systems. The ZP-16 and ZP-25 are single "
        "pullers for aluminium extrusion presses, each with a hot saw at the press exit. The puller carriage runs on "
        "a rail beside the run-out table, grips the profile ends at the platen with pneumatic jaws and pulls the "
        "strands along the table at the press exit speed plus a small lead, so that the hot profiles stay straight. "
        "The hot saw cuts the strands at the end of each billet while the press is in its dead cycle. The ZP-16 "
        "serves presses up to 22 MN, the ZP-25 presses up to 35 MN; apart from the values given for each model in "
        "this manual the two are built alike. The run-out table, its cooling fans, the cooling table transfer and "
        "the press itself have their own manuals. The press speed signal comes from the press control; its "
        "scaling is set by the press maker.",
    ),
    (
        "warn",
        "WARNING: Profiles at the press exit are at 480-560 °C and look no different from cold metal. Never touch a "
        "profile on the run-out table without heat-resistant gloves. Never reach past the saw guard or stand in the "
        "puller track while the system is in AUTO.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ZP-16", "ZP-25"],
            ["Press size served", "up to 22 MN", "up to 35 MN"],
            ["Pulling force, settable", "100-1600 N", "150-2500 N"],
            ["Puller speed, maximum (pulling)", "90 m/min", "75 m/min"],
            ["Return speed, maximum", "240 m/min", "200 m/min"],
            ["Puller travel (usable run-out length)", "45 m", "52 m"],
            ["Largest profile envelope gripped (width x height)", "250 x 120 mm", "320 x 160 mm"],
            ["Strands gripped, maximum", "4", "6"],
            ["Puller drive, servo motor", "11 kW", "15 kW"],
            ["Jaw clamping, pneumatic", "6 bar", "6 bar"],
            ["Jaw pads, aramid-graphite", "rated to 560 °C", "rated to 560 °C"],
            ["Hot saw blade, carbide-tipped", "500 mm, 120 teeth", "610 mm, 144 teeth"],
            ["Blade bore / kerf", "40 mm / 4.0 mm", "50 mm / 4.4 mm"],
            ["Saw spindle speed", "2300 rpm", "1900 rpm"],
            ["Saw motor", "5.5 kW", "7.5 kW"],
            ["Saw feed stroke", "320 mm", "400 mm"],
            ["Smallest blade diameter after regrinding", "490 mm", "598 mm"],
            ["Spray lubrication oil per cut", "0.4 mL", "0.6 mL"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A", "40 A"],
            ["Compressed air, dry and oil-free", "6-7 bar, 250 NL/min", "6-7 bar, 320 NL/min"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The pulling forces and speeds above hold for profiles of the 6xxx alloys (6060, 6063, 6005A, 6082) at exit "
        "temperatures of 480-560 °C. For other alloys Zugvera gives no settings; ask Zugvera before pulling them. "
        "Both blades cut at a rim speed of about 3600 m/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the puller. The press operator and the puller operator must be able to "
            "see each other or speak over the intercom at all times in AUTO.",
            "The puller track is fenced on the aisle side. Entry through the fence gate stops the puller (Z01); the "
            "pull-cords along the run-out table stop the puller and the press.",
            "Lock out the saw motor and the puller drive at the main isolator before changing a blade or jaw pads. "
            "The blade runs on for up to 40 s after the saw motor is switched off: wait for it to stop.",
            "The saw blade teeth are sharp even when worn. Carry blades in their case and wear cut-resistant gloves.",
            "The spray oil is a light mineral oil; clean up spills on the table at once, they burn on hot profiles.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Pulling force"),
            (
                "p",
                "The pulling force must not exceed 1.0 N per mm² of the total cross-section of all strands gripped, "
                "and never the maximum of the model. Example: 4 strands of 280 mm² each are 1120 mm², so the force "
                "may be set to at most 1120 N. For thin strands, under 50 mm² each, use no more than 0.6 N per mm². "
                "A force below 100 N (ZP-16) or 150 N (ZP-25) cannot be set; pull such profiles by hand.",
            ),
            ("h", "Speed lead"),
            (
                "p",
                "The puller runs ahead of the press exit speed by the speed lead, default 1.0 %, settable 0.5-3.0 %. "
                "If the puller falls behind the exit speed by more than 5 % for 2 s the press is slowed and Z05 is "
                "shown. A lead above 3.0 % stretches the hot profile and is locked out.",
            ),
            ("h", "Gripping"),
            (
                "p",
                "The jaws must hold at least 60 mm of every strand. The jaw pads are rated to 560 °C; their life "
                "falls sharply above 540 °C, so check the exit temperature on the press pyrometer before the first "
                "billet of a hot die.",
            ),
            ("h", "Hot saw"),
            (
                "p",
                "The saw cuts only while the press is in its dead cycle and the strands are at rest. Feed rate: "
                "default 60 mm/s for solid profiles, 40 mm/s for hollow profiles with walls under 2 mm. One cut "
                "takes the stroke divided by the feed rate plus 1.5 s for the return: 320 mm at 60 mm/s gives about "
                "6.8 s on the ZP-16.",
            ),
            ("h", "Blade regrinding"),
            (
                "p",
                "Have the blade reground when the burr on the cut face exceeds 0.3 mm or after 8000 cuts, whichever "
                "comes first. A blade may be reground until it reaches the smallest diameter in the technical data; "
                "below that it must be scrapped. Regrinding is done by the blade supplier.",
            ),
            ("h", "Air and oil"),
            (
                "p",
                "Keep at least 5.5 bar at the puller. Below 5.0 bar the jaws can open under load; Z07 stops the "
                "puller. The 5 L spray oil tank lasts about 12 500 cuts (ZP-16) or 8300 cuts (ZP-25).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["Z01", "Stop circuit open", "Emergency stop, pull-cord or fence gate. Clear the cause, press RESET."],
            [
                "Z02",
                "Puller drive fault",
                "Servo drive tripped; read the code on the drive display. Reset once; if it comes back call "
                "Zugvera service.",
            ],
            [
                "Z03",
                "Pulling force exceeded",
                "Measured force above the set force +15 % for 1 s: a strand dragging on the table or caught on a "
                "roller. Stop, check the table.",
            ],
            [
                "Z04",
                "Profile lost",
                "Force fell below 20 % of the set force while pulling: a strand slipped out of the jaws or broke.",
            ],
            ["Z05", "Puller lagging", "Puller more than 5 % behind the exit speed for 2 s. Check the track and drive."],
            ["Z06", "End of travel", "Puller reached the far limit switch before the cut. Shorten the billet."],
            ["Z07", "Air pressure low", "Below 5.0 bar at the puller. Check the supply and the filter regulator."],
            ["Z08", "Saw not home", "Saw carriage not back in its home position within 3 s after a cut."],
            ["Z09", "Saw motor overload", "Thermistor or overload relay. Blade dull, or feed too fast. Let cool."],
            ["Z11", "Saw guard open", "Guard switch open. The saw will not start."],
            ["Z12", "Spray oil empty", "Level switch in the 5 L tank. Refill with Zugvera SL-22 oil."],
            [
                "Z13",
                "Press signal missing",
                "Exit speed signal from the press below 3.6 mA. Check the cable; scaling is set by the press maker.",
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
                "Profile twists or bows just behind the puller",
                "Pulling force too low for the section, or the jaw pads worn unevenly",
                "Raise the force within the 1.0 N per mm² limit; replace the jaw pads as a set",
            ],
            [
                "Strands slip out of the jaws halfway down the table (Z04)",
                "Jaw pads worn smooth, air below 5.5 bar at the puller, or less than 60 mm of the strand gripped",
                "Replace the pads (section 7); check the air; let the strands run further into the jaws",
            ],
            [
                "Deep jaw marks on the profile ends",
                "Force set above the limit for thin strands, or pads glazed and hard",
                "Use 0.6 N per mm² for strands under 50 mm²; replace the pads",
            ],
            [
                "Burrs or smeared cut faces",
                "Blade dull, spray nozzle blocked, or feed too fast for hollow profiles",
                "Clean the nozzle; use 40 mm/s for thin hollows; regrind the blade",
            ],
            [
                "Blade discoloured blue, saw squeals",
                "No spray oil reaching the blade",
                "Check the tank, the nozzle and the air to the spray valve",
            ],
            [
                "Puller shakes at high speed",
                "Rail dirty, or guide rollers worn to more than 0.5 mm play",
                "Clean the rail; replace the guide rollers",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a run"),
    (
        "ol",
        [
            "Check that the run-out table is clear and the fence gate is closed.",
            "Select the die recipe: number of strands, cross-section per strand, speed lead.",
            "Check that the pulling force proposed by the recipe is within 1.0 N per mm² of the total cross-section.",
            "Move the puller to the platen in JOG and open the jaws.",
            "When the strands come out of the die, let them run at least 60 mm into the open jaws.",
            "Close the jaws and switch to AUTO. The puller takes over and follows the exit speed.",
            "Watch the first billet: the strands must run straight without sagging between the puller and the die.",
            "At the end of the billet the saw cuts; the puller carries the strands to the end of the table, "
            "releases them and returns to the platen.",
        ],
    ),
    ("h", "7. Replacing the jaw pads"),
    (
        "ol",
        [
            "Park the puller at the service position and lock out the puller drive.",
            "Close the air valve on the puller and release the air from the jaw cylinders.",
            "Let the jaws cool to below 60 °C.",
            "Remove the two M8 screws of each pad holder and take out the old pads.",
            "Clean the holders; fit the new pads ZGV-JP-16 or ZGV-JP-25 with new screws, tightened to 12 Nm.",
            "Replace all pads of a jaw set together, never one alone.",
            "Open the air valve and check that the jaws close evenly over their full width.",
        ],
    ),
    ("h", "8. Changing the saw blade"),
    (
        "ol",
        [
            "Stop the press in its dead cycle and switch the saw motor off.",
            "Wait for the blade to stop (up to 40 s), then lock out the saw motor at the main isolator.",
            "Open the saw guard and fit the blade lock pin in the flange.",
            "Loosen the four flange screws and remove the outer flange and the old blade.",
            "Clean the flanges; check that the bore fits the new blade (40 mm ZP-16, 50 mm ZP-25).",
            "Fit the new blade with the arrow in the direction of rotation.",
            "Refit the outer flange and tighten the four flange screws crosswise to 35 Nm.",
            "Remove the lock pin, close the guard and remove the lockout.",
            "Run the saw empty for 30 s and listen for any rubbing before the next cut.",
            "Enter the blade change under SERVICE > SAW so that the cut counter restarts at zero.",
        ],
    ),
    ("h", "9. Checking the pulling force"),
    (
        "ol",
        [
            "Fix the test load cell ZGV-LC-3 between the jaws and the anchor point at the platen end.",
            "Select SERVICE > FORCE TEST and set 500 N.",
            "Start the test: the puller pulls against the load cell for 10 s.",
            "The load cell must read within ±5 % of the set force (475-525 N).",
            "Repeat at the maximum force of the model (1600 N or 2500 N).",
            "If a reading is outside ±5 %, do not adjust the drive yourself; call Zugvera service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the jaw pads, the spray oil level and the saw guard switch"],
            ["Weekly", "Clean the puller rail; check the guide rollers for play (no more than 0.5 mm)"],
            ["8000 cuts or a burr over 0.3 mm, whichever comes first", "Change the saw blade and have it reground"],
            ["Monthly", "Check the pulling force with the load cell (section 9)"],
            ["Every 2000 h", "Grease the saw carriage guides and the puller drive pinion"],
            ["Yearly", "Zugvera service: servo drive, rail alignment, toothed rack"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "ZP-16", "ZP-25"],
            ["Jaw pad set (one jaw)", "ZGV-JP-16", "ZGV-JP-25"],
            ["Hot saw blade", "ZGV-SB-500", "ZGV-SB-610"],
            ["Guide roller set", "ZGV-GR-16", "ZGV-GR-25"],
            ["Spray nozzle", "ZGV-SN-04", "ZGV-SN-06"],
            ["Spray oil SL-22, 5 L", "ZGV-OIL-22", "ZGV-OIL-22"],
            ["Test load cell", "ZGV-LC-3", "ZGV-LC-3"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Dehnmark DSX profile stretchers
DEHNMARK = [
    ("title", "Dehnmark DSX Profile Stretchers\nOperating and Service Manual - DSX-25 and DSX-40"),
    (
        "p",
        "Document DMK-OM-DSX-07, Edition 1, October 2024. Dehnmark Stretching Systems. The DSX-25 and DSX-40 are "
        "hydraulic stretchers for extruded aluminium profiles, placed at the end of the cooling table. A fixed head "
        "and a moving tail head grip the two ends of the profiles; the main cylinder in the fixed head then "
        "stretches them by a set permanent elongation, which straightens them and evens out the stresses left by "
        "cooling. The tail head travels on the stretcher bed to suit the profile length. The DSX-25 and the DSX-40 "
        "differ in force, stroke, jaw opening and the items named in this manual; the rest is alike. The cooling "
        "table and the finishing saw have their own manuals. The hydraulic accumulator is pressure equipment: its "
        "inspection and its pre-charge check are the duty of the site's pressure equipment inspector.",
    ),
    (
        "warn",
        "WARNING: A profile that breaks under tension whips back along the bed. Nobody may stand in the light "
        "curtain zone along the bed or at the ends of the heads while a profile is stretched.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DSX-25", "DSX-40"],
            ["Stretching force, maximum", "250 kN", "400 kN"],
            ["Main cylinder bore", "115 mm", "145 mm"],
            ["Stretch stroke", "1200 mm", "1500 mm"],
            ["Profile length between the jaws", "8-45 m", "8-52 m"],
            ["Jaw opening (width x height)", "250 x 150 mm", "320 x 200 mm"],
            ["Stretch speed, settable", "10-40 mm/s", "8-30 mm/s"],
            ["Tail head travel speed", "60 m/min", "60 m/min"],
            ["Working pressure, maximum", "250 bar", "250 bar"],
            ["Relief valve setting", "265 bar", "265 bar"],
            ["Jaw clamping pressure (solid / hollow profiles)", "180 bar / 120 bar", "180 bar / 120 bar"],
            ["Power pack motor", "22 kW", "30 kW"],
            ["Hydraulic oil HLP 46, tank", "400 L", "550 L"],
            ["Oil cooler (air), rated", "8 kW", "12 kW"],
            ["Stretches per hour, maximum", "90", "70"],
            ["Mass of the fixed head", "6.8 t", "9.4 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum force is reached at the maximum working pressure: 250 bar on the 115 mm bore gives 260 kN, on "
        "the 145 mm bore 413 kN, leaving a margin above the rated forces. The stretches per hour hold with the oil "
        "cooler clean and an ambient temperature up to 35 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The light curtains along the bed stop the stretch at once (H12). Never bridge them, not even for a test.",
            "Stand behind the operator desk, at the side of the fixed head, while stretching.",
            "Never stretch a profile that is still warm; see the temperature limit in section 3.",
            "Before work on the hydraulics, stop the power pack, open the accumulator drain valve and check that the "
            "pressure gauge reads 0 bar.",
            "The jaw inserts are heavy (up to 14 kg each). Use the lifting tool DMK-LT-1 to change them.",
        ],
    ),
    ("h", "3. Stretch settings"),
    (
        "cols",
        [
            ("h", "Permanent stretch"),
            (
                "p",
                "Settable 0.5-3.0 % of the length between the jaws. Default 1.0 % for 6060 and 6063, 1.5 % for "
                "6005A and 6082. Never set more than 3.0 %. Elongation (mm) = length between the jaws (mm) x "
                "stretch (%) / 100; a 40 m profile at 1.0 % needs 400 mm.",
            ),
            ("h", "Stroke limit"),
            (
                "p",
                "The stroke must cover the whole elongation. At the longest profile the stroke limits the stretch to "
                "2.6 % (DSX-25, 1200 mm over 45 m) or 2.8 % (DSX-40, 1500 mm over 52 m). If the stroke ends before the "
                "set stretch is reached, H08 is shown and the profile is not finished.",
            ),
            ("h", "Force needed"),
            (
                "p",
                "Force (kN) = total cross-section (mm²) x yield strength (N/mm²) / 1000 x 1.1. Use 90 N/mm² for "
                "6060 and 6063 and 130 N/mm² for 6005A and 6082, as extruded (T4) and cold. Example: 2000 mm² of "
                "6063 needs 2000 x 90 / 1000 x 1.1 = 198 kN, within the DSX-25. Yield values for other alloys are "
                "not given here.",
            ),
            ("h", "Profile temperature"),
            (
                "p",
                "Profiles must be at 60 °C or below when stretched. Warmer profiles yield unevenly and may break "
                "at the jaw. The cooling table must bring them down; its fans are set in its own manual.",
            ),
            ("h", "Gripping"),
            (
                "p",
                "At least 150 mm of profile in each jaw. Plan at least 350 mm of scrap at each end for the crushed "
                "length. Hollow profiles with walls under 3 mm are clamped at 120 bar with plugs (dummy inserts) in "
                "the hollows.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Oil temperature 30-55 °C in use. H02 stops the stretcher at 65 °C. Filter pressure drop above 5 bar "
                "gives H04.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "H02",
                "Oil too hot",
                "Oil above 65 °C: oil cooler dirty, fan stopped, or more stretches per hour than rated.",
            ],
            ["H03", "Oil level low", "Level switch in the tank. Look for leaks before topping up with HLP 46."],
            ["H04", "Filter clogged", "Pressure drop above 5 bar across the pressure filter. Change the element."],
            [
                "H05",
                "Clamping pressure low",
                "Jaw pressure below 150 bar (solid) or 100 bar (hollow) during the stretch. Check the "
                "clamping valve and the cylinder seals.",
            ],
            ["H07", "Overforce", "Stretch force above the rated force +5 %. Stretch stopped, pressure released."],
            [
                "H08",
                "Stroke end",
                "Stroke used up before the set stretch was reached. Reduce the stretch or the length.",
            ],
            ["H09", "Position encoder", "Tail head encoder signal lost. Check the cable and the magnetic tape."],
            [
                "H10",
                "Profile break",
                "Force fell by more than 50 % within 0.2 s. Pressure released; remove the pieces.",
            ],
            ["H11", "Tail head blocked", "Tail head did not reach its position within 60 s. Check the bed rails."],
            ["H12", "Light curtain", "A light curtain along the bed was interrupted during the stretch."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Profile breaks at the jaw edge (H10)",
                "Profile warmer than 60 °C, stretch set too high, or inserts with sharp worn edges",
                "Let the profiles cool; reduce the stretch; replace the inserts",
            ],
            [
                "Hollow profile crushed at the ends",
                "Clamped at the solid pressure, or no plugs fitted",
                "Clamp at 120 bar and fit plugs in the hollows",
            ],
            [
                "Profile still bowed after the stretch",
                "Stretch set too low, or the profile slipped in the jaws",
                "Raise the stretch within the limits; check the inserts and the clamping pressure",
            ],
            [
                "Drag marks along the profile from the jaw",
                "Profile slipping: inserts worn, clamping below 150 bar",
                "Replace the inserts (section 8); check H05",
            ],
            [
                "Stretches slow down, oil hot",
                "Oil cooler fins blocked with dust",
                "Clean the cooler; check the cooler fan",
            ],
            [
                "Tail head stops short of its position",
                "Scrap pieces or profile ends on the bed rails",
                "Clean the rails (H11)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the stretcher each shift"),
    (
        "ol",
        [
            "Walk along the bed and check that no scrap or tools lie on the rails or in the jaws.",
            "Start the power pack and let the oil circulate until it reaches at least 30 °C.",
            "Test each light curtain with the test rod DMK-TR-30 at the top, middle and bottom: the panel must show "
            "H12 each time.",
            "Close and open both jaws empty, once at the solid and once at the hollow clamping pressure.",
            "Move the tail head to the length of the first recipe and back to check the drive.",
            "Check the force reading on the panel at rest: it must show 0 kN ±2 kN; otherwise call Dehnmark service.",
        ],
    ),
    ("h", "7. Setting up for a new profile"),
    (
        "ol",
        [
            "Select a free recipe number on the operator panel and enter the profile name.",
            "Enter the profile length between the jaws and the number of profiles per stretch.",
            "Enter the total cross-section and the alloy; the panel shows the force needed.",
            "Check that the force needed is below the rated force of the stretcher.",
            "Enter the stretch (default 1.0 % or 1.5 %, never more than 3.0 %) and check it against the stroke limit.",
            "Select solid or hollow clamping; for hollow profiles prepare the plugs.",
            "Save the recipe and move the tail head to the length in AUTO.",
            "Stretch the first profiles and measure them on the flat table: bow no more than 1 mm per metre.",
        ],
    ),
    ("h", "8. Changing the jaw inserts"),
    (
        "ol",
        [
            "Open the jaws fully and stop the power pack.",
            "Open the accumulator drain valve and check that the gauge reads 0 bar.",
            "Lock out the power pack at the main isolator.",
            "Remove the four M12 retaining screws of the upper insert.",
            "Lift the insert out with the lifting tool DMK-LT-1; do the same for the lower insert.",
            "Clean the seats and check them for cracks.",
            "Fit the new inserts DMK-JI-25 or DMK-JI-40 and tighten the screws to 85 Nm.",
            "Close the drain valve, remove the lockout and start the power pack.",
            "Close the jaws on a test piece and check that the serrations bite over the full width.",
        ],
    ),
    ("h", "9. Changing the pressure filter element"),
    (
        "ol",
        [
            "Stop the power pack and release the pressure as in section 8, steps 1 to 3.",
            "Place a tray under the filter housing and unscrew the bowl.",
            "Remove the element and the O-ring; clean the bowl.",
            "Fit a new element DMK-FE-10 (10 µm) and a new O-ring, oiled with clean HLP 46.",
            "Screw the bowl back hand-tight and then a quarter turn more.",
            "Start the power pack and check the filter for leaks; H04 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the light curtains with the test rod; clean the bed rails"],
            ["Weekly", "Check the jaw inserts for worn serrations and sharp edges"],
            ["Monthly", "Clean the oil cooler; check the oil level"],
            ["2000 h or 12 months, whichever comes first", "Change the pressure filter element (section 9)"],
            ["Every 8000 h", "Oil analysis; change the oil if the analysis calls for it"],
            ["Yearly", "Dehnmark service: force calibration, cylinder seals, tail head drive"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DSX-25", "DSX-40"],
            ["Jaw insert, serrated (one)", "DMK-JI-25", "DMK-JI-40"],
            ["Plug set for hollows", "DMK-PL-25", "DMK-PL-40"],
            ["Pressure filter element 10 µm", "DMK-FE-10", "DMK-FE-10"],
            ["Light curtain test rod", "DMK-TR-30", "DMK-TR-30"],
            ["Insert lifting tool", "DMK-LT-1", "DMK-LT-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Reifholt RA-6 ageing oven
REIFHOLT = [
    ("title", "Reifholt RA-6 Ageing Oven\nOperation and Maintenance Manual"),
    (
        "p",
        "Document RFH-OM-RA6-02, Edition 2, January 2025. Reifholt Thermal Plant. The RA-6 is a gas-fired batch "
        "oven for the artificial ageing of extruded aluminium profiles (tempers T5 and T6). The profiles are loaded "
        "in baskets on a loading car; the car runs into the chamber on rails and the vertical door closes. Two "
        "nozzle-mix burners fire into a combustion chamber behind the working space, and a circulation fan drives "
        "the hot air through the load, reversing its direction every 30 min. Four load thermocouples, placed in the "
        "profiles, control the soak. The gas supply up to the oven's manual shut-off valve, the flue and the "
        "hardness tests of the aged profiles are the site's responsibility; the annual inspection of the gas train "
        "is carried out by a qualified gas engineer under national rules.",
    ),
    (
        "warn",
        "WARNING: Never open the door while the burners are firing. Never enter the chamber unless the oven is "
        "locked out, the air inside is below 40 °C and a second person stands at the door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RA-6"],
            ["Working space (length x width x height)", "7400 x 2400 x 2200 mm"],
            ["Charge, maximum (aluminium)", "12 000 kg, plus baskets and car up to 3000 kg"],
            ["Baskets on the loading car", "6 (3 x 2)"],
            ["Operating temperature range", "150-230 °C"],
            ["Design temperature", "250 °C"],
            ["Temperature uniformity in the working space, after the soak has started", "±3 °C at 185 °C"],
            ["Heating time, full charge from 30 °C to 185 °C", "about 2.5 h"],
            ["Burners, natural gas, nozzle-mix", "2 x 500 kW"],
            ["Gas supply pressure at the oven valve", "50-300 mbar"],
            ["Circulation fan", "55 kW, 120 000 m³/h"],
            ["Exhaust fan", "1.5 kW, 1500 m³/h"],
            ["Load thermocouples", "4, type K, mineral insulated, 3 mm"],
            ["Control and limiter thermocouples", "type K, in the air stream at the fan outlet"],
            ["Electrical supply 400 V 3~ 50 Hz", "125 A"],
            ["Compressed air (door, dampers)", "6 bar"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The heating time holds for a full charge of 6063 profiles with open packing (at least 300 mm between baskets "
        "and to the walls). Denser loads and heavy-walled profiles heat more slowly.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may start a cycle. The burner control may be reset once after a lockout; "
            "a second lockout must be reported to maintenance.",
            "The purge before each ignition cannot be shortened. Do not bridge the airflow switch or the door switch.",
            "The oven walls and the car are hot after a cycle. Wear heat-resistant gloves to handle baskets.",
            "Keep the area in front of the door clear: the car moves out automatically at the end of a cycle if AUTO "
            "UNLOAD is selected.",
            "Gas smell: close the manual gas valve, do not switch anything on or off, leave the area and call the gas "
            "engineer.",
        ],
    ),
    ("h", "3. Cycle settings and limits"),
    (
        "cols",
        [
            ("h", "Standard recipes"),
            (
                "p",
                "Reifholt defaults, at metal temperature; where the alloy supplier gives other values, theirs take "
                "precedence. 6060 / 6063 T5: 185 °C for 5 h. 6060 / 6063 T5, slow: 175 °C for 8 h. 6005A T6: "
                "175 °C for 8 h. 6082 T6: 170 °C for 10 h. Recipes for 2xxx and 7xxx alloys are not supplied; the "
                "RA-6 is not classified for aerospace heat treatment.",
            ),
            ("h", "Soak time"),
            (
                "p",
                "The soak time counts from the moment the coldest load thermocouple reaches the setpoint minus 5 °C. "
                "The air setpoint may run up to 20 °C above the recipe temperature during heating; it falls back to "
                "the recipe temperature when the first load thermocouple is within 5 °C.",
            ),
            ("h", "Thermocouple spread"),
            (
                "p",
                "After the soak has started, the four load thermocouples must stay within 10 °C of each other. A "
                "larger spread for 15 min gives A09 and the soak timer stops until the spread is back within 10 °C.",
            ),
            ("h", "Over-temperature limiter"),
            (
                "p",
                "The independent limiter shuts the gas valves and keeps the fan running. Set it no more than 15 °C "
                "above the highest recipe temperature in use, and never above 245 °C. Reset is by key only.",
            ),
            ("h", "Purge and ignition"),
            (
                "p",
                "Before each ignition the fan and the exhaust fan run with the exhaust damper open for at least 90 "
                "s. Three failed ignitions in a row lock the burner out (A01 or A02).",
            ),
            ("h", "End of cycle"),
            (
                "p",
                "At the end of the soak the burners stop and the exhaust damper opens. The door opens when the air "
                "is below 150 °C. The profiles then cool in still air outside the oven.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Burner 1 lockout", "No flame after three tries, or flame lost. Check the flame rod and the gas."],
            ["A02", "Burner 2 lockout", "As A01, burner 2."],
            ["A03", "Gas pressure low", "Below 35 mbar after the governor. Check the supply valve and the filter."],
            ["A04", "Gas pressure high", "Above 60 mbar after the governor. Governor faulty: call the gas engineer."],
            ["A05", "Circulation air", "Airflow switch open: fan stopped, belt broken or fan running backwards."],
            [
                "A06",
                "Over-temperature",
                "Independent limiter tripped. Find the cause before the key reset: control "
                "thermocouple, setpoint, stuck gas valve.",
            ],
            ["A07", "Door", "Door not fully closed or seal not inflated."],
            ["A08", "Load thermocouple open", "Broken thermocouple or plug pulled. Replace it (section 8)."],
            [
                "A09",
                "Thermocouple spread",
                "More than 10 °C between the load thermocouples for 15 min after the soak started.",
            ],
            ["A10", "Exhaust fan", "Exhaust fan not running or exhaust damper not open."],
            ["A12", "Combustion air", "Combustion air pressure switch open. Check the blower and its filter."],
            ["A13", "Purge incomplete", "Purge interrupted. The purge restarts from zero."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Heating takes much longer than 2.5 h",
                "Exhaust damper stuck open, door seal leaking, load packed too densely",
                "Check the damper actuator and the door seal; keep 300 mm between baskets",
            ],
            [
                "One load thermocouple lags the others by more than 10 °C (A09)",
                "Baskets less than 300 mm apart or against a wall, or the thermocouple not inside a profile",
                "Reposition the baskets and the thermocouple",
            ],
            [
                "Air overshoots the setpoint by more than 5 °C",
                "Control thermocouple loose in its sheath, or the gas valve closing slowly",
                "Check the thermocouple; have the gas valve checked",
            ],
            [
                "Burner locks out just after ignition",
                "Flame rod dirty or cracked insulator, gas pressure low",
                "Clean the flame rod; check the gas pressure (A03)",
            ],
            [
                "Profiles too soft after ageing",
                "Soak too short or too cold, or the wrong recipe",
                "Check the cycle record; test the hardness as the site's quality plan requires",
            ],
            [
                "Fan vibrates",
                "Aluminium dust or scale on the impeller",
                "Clean the impeller; call Reifholt if it persists",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and starting a cycle"),
    (
        "ol",
        [
            "Load the baskets on the car with at least 300 mm between baskets and 300 mm to the side walls.",
            "Push the four load thermocouples into profiles: one in the middle of the heaviest basket, one in the "
            "top front basket, one in the bottom rear basket, one in the middle of the load.",
            "Plug the thermocouples into the car socket.",
            "Run the car into the oven and close the door.",
            "Select the recipe for the alloy and temper and check the over-temperature limiter setting.",
            "Press START. The purge runs, then the burners ignite.",
            "Check after 30 min that all four load thermocouples are rising.",
            "At the end of the cycle, print or save the cycle record with the batch number.",
        ],
    ),
    ("h", "7. Monthly system accuracy check"),
    (
        "ol",
        [
            "Run the empty oven at 185 °C for at least 1 h.",
            "Insert the reference thermocouple (calibrated, with its certificate) next to the control thermocouple, "
            "tips no more than 50 mm apart.",
            "Wait 10 min and read both on the same instrument.",
            "The control thermocouple must read within ±2 °C of the reference.",
            "Repeat for the limiter thermocouple.",
            "If a reading is outside ±2 °C, replace the thermocouple and repeat the check.",
            "Record the readings and the reference's serial number in the oven log.",
        ],
    ),
    ("h", "8. Replacing a load thermocouple"),
    (
        "ol",
        [
            "Wait until the car is outside and cooled below 60 °C.",
            "Unplug the thermocouple at the car socket and pull it out of its guide tube.",
            "Feed the new thermocouple RFH-TC-K3 (type K, 3 mm, 6 m) through the guide tube.",
            "Plug it in, observing the polarity (red minus).",
            "Check that it reads room temperature within ±3 °C of the other three.",
        ],
    ),
    ("h", "9. Daily checks"),
    (
        "ul",
        [
            "Door seal: no torn or flattened sections of the rope; the door closes without a gap at the corners.",
            "Loading car: wheels turn freely, rails clean, the thermocouple socket undamaged.",
            "Gas pressure at the oven valve within 50-300 mbar on the gauge.",
            "No alarm left unacknowledged on the panel; the cycle records of the last day saved.",
            "Exhaust damper moves fully open and closed when tested from the service menu.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cycle", "Check the load thermocouples for kinks and damaged sheaths"],
            ["Weekly", "Check the door seal; clean the flame rods"],
            ["Monthly", "System accuracy check (section 7); clean the combustion air filter"],
            ["Every 3 months", "Temperature uniformity survey at 185 °C, nine points, by Reifholt or the site"],
            ["Every 4000 h or 12 months, whichever comes first", "Replace the fan belts; grease the fan bearings"],
            ["Yearly", "Gas train inspection by a qualified gas engineer; limiter trip test"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Load thermocouple type K, 3 mm, 6 m", "RFH-TC-K3"],
            ["Control / limiter thermocouple", "RFH-TC-K6"],
            ["Flame rod with insulator", "RFH-FR-500"],
            ["Door seal rope, per metre", "RFH-DS-30"],
            ["Fan belt set (4 belts)", "RFH-FB-55"],
            ["Combustion air filter mat", "RFH-AF-02"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Kryndel KN-2 liquid nitrogen die cooling unit
KRYNDEL = [
    ("title", "Kryndel KN-2 Liquid Nitrogen Die Cooling Unit\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document KRY-OM-KN2-01, Edition 3, June 2024. Kryndel Cryo Systems. The KN-2 feeds liquid nitrogen to the "
        "extrusion die to cool the die bearing, and nitrogen gas to the exit of the die to blanket the hot profile. "
        "Channel A carries liquid through a vacuum-jacketed hose to the cooling channels of the die or backer; "
        "channel B carries gas from the site's ambient vaporiser to the purge ring at the platen. Cooling the bearing "
        "allows a higher extrusion speed and a longer die life, by how much depends on the die and the alloy; "
        "Kryndel gives no figures for either. The bulk liquid nitrogen tank, its vaporiser and the supply line up to "
        "the KN-2 inlet valve belong to the site and its gas supplier. The ventilation of the press pit and the "
        "placing of the oxygen sensors follow the site's risk assessment.",
    ),
    (
        "warn",
        "WARNING: Liquid nitrogen at -196 °C burns skin and makes metal brittle. Nitrogen gas displaces oxygen without "
        "any smell or warning: 1 L of liquid gives about 0.68 m³ of gas at room temperature. Never enter the press "
        "pit during an oxygen alarm.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KN-2"],
            ["Liquid supply pressure at the inlet", "3.0-6.0 bar"],
            ["Design pressure of the unit", "10 bar"],
            ["Relief valves on each section between two valves", "12 bar"],
            ["Channel A, liquid flow, settable", "5-40 kg/h"],
            ["Channel B, gas flow, settable", "5-30 Nm³/h"],
            ["Liquid control valve", "cryogenic proportional valve, Kv 0.3"],
            ["Hose to the die, vacuum-jacketed", "DN 10, 4 m"],
            ["Die coupling", "bayonet coupling, stainless steel, KRY-BC-10"],
            ["Line temperature sensor", "Pt100 at the die end of the hose"],
            ["Oxygen monitor, 2 sensors, alarm thresholds", "19.5 % and 18.0 % O2 by volume"],
            ["Supply, control", "230 V 50 Hz, 0.3 kW; 24 V DC control"],
            ["Signals from the press", "ram moving, press in AUTO (24 V DC)"],
            ["Enclosure", "stainless steel, IP54, 85 kg"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The liquid flow range holds with liquid at the inlet at 3.0-6.0 bar and the line cooled down (section 6). "
        "With a warm line or a supply below 3.0 bar part of the flow arrives as gas and the flow reading is not "
        "reliable. One kilogram of liquid nitrogen gives 0.8 Nm³ of gas.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a face shield and loose-fitting cryogenic gloves when connecting or disconnecting the die coupling.",
            "Never close two valves on a liquid line without a relief valve between them: trapped liquid boils and "
            "the pressure rises until something bursts.",
            "A relief valve that hisses briefly after a stop is normal. A relief valve that blows continuously means "
            "the supply is too high; close the inlet valve and call the gas supplier.",
            "At the first oxygen alarm (19.5 %) leave the pit. At the second (18.0 %) the KN-2 closes both channels "
            "and sounds the horn; re-entry only after the reading is back above 20.5 % and the site has allowed it.",
            "Do not modify the vacuum-jacketed hose. Its vacuum can only be restored by Kryndel service.",
        ],
    ),
    ("h", "3. Flow settings and limits"),
    (
        "cols",
        [
            ("h", "Starting flow"),
            (
                "p",
                "Starting flow for channel A (kg/h) = die diameter (mm) / 25. A 300 mm die starts at 12 kg/h. "
                "Adjust in steps of no more than 20 % per billet, watching the exit temperature on the press "
                "pyrometer. Do not exceed 40 kg/h.",
            ),
            ("h", "When the flow runs"),
            (
                "p",
                "Liquid flows while the ram moves, with a pre-flow of 3 s and a post-flow of 5 s. In the dead cycle "
                "only a keep-cold flow of 2 kg/h runs, so the line stays cold.",
            ),
            ("h", "Hot die only"),
            (
                "p",
                "Start liquid only after the first billet has been pushed through the die. Never cool a die whose "
                "bearing is below 420 °C: the thermal shock cracks the bearing.",
            ),
            ("h", "Exit purge"),
            (
                "p",
                "Channel B: 10-15 Nm³/h suits most profiles. More than 25 Nm³/h blows the blanket away from the "
                "profile and wastes gas.",
            ),
            ("h", "Line cool-down"),
            (
                "p",
                "At the start of each shift cool the line for at least 10 min, until the line temperature sensor "
                "reads below -150 °C. If it is not below -150 °C after 15 min, N06 is shown.",
            ),
            ("h", "Supply"),
            (
                "p",
                "Below 2.5 bar at the inlet N04 closes channel A. Above 7.0 bar N05 closes the inlet valve.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["N01", "Oxygen low, first alarm", "O2 below 19.5 % at a sensor. Leave the pit; find the leak."],
            [
                "N02",
                "Oxygen low, second alarm",
                "O2 below 18.0 %. Both channels closed, horn on. Re-entry as in section 2.",
            ],
            ["N03", "Oxygen sensor fault", "Sensor signal lost or sensor past its life. Replace the sensor."],
            ["N04", "Supply pressure low", "Below 2.5 bar at the inlet. Bulk tank low or its valve closed."],
            ["N05", "Supply pressure high", "Above 7.0 bar at the inlet. Inlet valve closed; call the gas supplier."],
            ["N06", "Line not cold", "Line sensor above -150 °C after 15 min of cool-down."],
            [
                "N07",
                "Flow deviation",
                "Measured flow more than 20 % off the setpoint for 30 s: gas in the line, coupling iced, or the "
                "valve sticking.",
            ],
            ["N09", "Press signal", "No ram signal from the press while in AUTO."],
            ["N10", "Valve position", "Proportional valve feedback does not follow the setpoint."],
            ["N11", "Anti-icing heater", "Heater on the inlet valve block has failed; ice builds on the valve."],
            ["N12", "Enclosure door", "Enclosure door open in AUTO."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Thick ice on the vacuum-jacketed hose",
                "Vacuum in the jacket lost",
                "The hose can no longer insulate; exchange it and send it to Kryndel service",
            ],
            [
                "Only gas spurting at the die, no liquid",
                "Line not cooled down, supply pressure low, or keep-cold flow switched off",
                "Cool the line for at least 10 min until below -150 °C; check the supply",
            ],
            [
                "Ice on the die coupling only",
                "Coupling seal worn or coupling not turned fully home",
                "Turn the coupling fully home; replace the seal KRY-CS-10",
            ],
            [
                "Profile surface still streaky at the exit",
                "Purge gas too low or purge ring misaligned",
                "Set 10-15 Nm³/h; align the ring with the die opening",
            ],
            [
                "Oxygen alarm at the pit with no leak found",
                "Pit ventilation off, or purge gas above 25 Nm³/h",
                "Check the pit ventilation; reduce the purge",
            ],
            [
                "Relief valve blows continuously",
                "Supply above 7.0 bar",
                "Close the inlet valve; call the gas supplier",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up and line cool-down"),
    (
        "ol",
        [
            "Check that both oxygen monitors show 20.9 % and no alarm.",
            "Check the supply pressure at the inlet gauge: 3.0-6.0 bar.",
            "Connect the hose to the die coupling (section 7) or to the parking coupling on the press.",
            "Open the inlet valve slowly.",
            "Select COOL-DOWN. The unit opens channel A to the keep-cold flow.",
            "Wait at least 10 min until the line sensor reads below -150 °C.",
            "Select AUTO. Liquid now flows with the ram after the first billet has been pushed.",
        ],
    ),
    ("h", "7. Connecting a die"),
    (
        "ol",
        [
            "Put on the face shield and cryogenic gloves.",
            "Select STANDBY: channel A closes and the line vents through the phase separator.",
            "Wait 30 s, then turn the bayonet coupling anticlockwise and pull it off the parking coupling.",
            "Check the coupling seal; replace it if it is cracked or flattened.",
            "Push the coupling onto the die connection and turn it clockwise fully home.",
            "Select AUTO and watch the coupling for ice in the first minutes of flow.",
        ],
    ),
    ("h", "8. Weekly bump test of the oxygen sensors"),
    (
        "ol",
        [
            "Tell the press crew; the horn will sound.",
            "Fit the test cap KRY-TC-1 on the first sensor.",
            "Open the test gas cylinder (nitrogen with 15.0 % O2) at 0.5 L/min.",
            "Both alarms must come on within 30 s.",
            "Close the cylinder, remove the cap and wait until the reading is back at 20.9 %.",
            "Acknowledge the alarms and repeat for the second sensor.",
            "If an alarm does not come on within 30 s, replace the sensor and repeat the test.",
            "Record the test in the log.",
        ],
    ),
    ("h", "9. Shutting down at the end of production"),
    (
        "ol",
        [
            "After the last billet, select STANDBY: the liquid flow stops and the purge gas runs on for 2 min.",
            "Close the inlet valve. The line warms up and vents through the phase separator and, briefly, through "
            "the relief valves.",
            "Leave the hose connected until the ice on the coupling has melted; never pull a frozen coupling.",
            "Move the coupling to the parking coupling on the press when it is free of ice.",
            "Switch the channel B gas off at its valve when the press is stopped for more than one shift.",
            "Leave the oxygen monitors switched on at all times; they are powered separately from the KN-2 main "
            "switch.",
            "Note the day's liquid consumption from the totaliser in the log; the gas supplier's delivery "
            "schedule is agreed by the site.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Line cool-down; check the hose and coupling for ice"],
            ["Weekly", "Bump test of both oxygen sensors (section 8)"],
            ["Monthly", "Check the relief valves for frost or weeping; clean the inlet strainer"],
            ["Every 2 years or when N03 shows, whichever comes first", "Replace the oxygen sensors KRY-OS-2"],
            ["Every 3 years", "Relief valves replaced or re-certified by Kryndel"],
            ["When the hose ices over", "Hose exchanged; vacuum restored by Kryndel service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Vacuum-jacketed hose DN 10, 4 m", "KRY-VH-10"],
            ["Bayonet coupling", "KRY-BC-10"],
            ["Coupling seal (PTFE)", "KRY-CS-10"],
            ["Oxygen sensor", "KRY-OS-2"],
            ["Test cap for the bump test", "KRY-TC-1"],
            ["Relief valve 12 bar", "KRY-RV-12"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("zugvera-zp-profile-puller-and-hot-saw.pdf", "Zugvera ZGV-OM-ZP-03 Ed 2 - ZP-16 / ZP-25", ZUGVERA),
        ("dehnmark-dsx-profile-stretcher.pdf", "Dehnmark DMK-OM-DSX-07 Ed 1 - DSX-25 / DSX-40", DEHNMARK),
        ("reifholt-ra6-ageing-oven.pdf", "Reifholt RFH-OM-RA6-02 Ed 2 - RA-6", REIFHOLT),
        ("kryndel-kn2-liquid-nitrogen-die-cooling-unit.pdf", "Kryndel KRY-OM-KN2-01 Ed 3 - KN-2", KRYNDEL),
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
