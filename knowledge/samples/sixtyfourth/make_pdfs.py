"""Generate the PDF manuals of the sixty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set64venv && /tmp/set64venv/bin/pip install fpdf2 pypdf
    /tmp/set64venv/bin/python knowledge/samples/sixtyfourth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Plievaro FG folder-gluers
PLIEVARO = [
    ("title", "Plievaro FG Folder-Gluers\nOperation and Maintenance - FG-1100 and FG-1450"),
    (
        "p",
        "Document PLV-OM-FG-11, Edition 3, March 2025. Plievaro Converting Machines. The FG-1100 and FG-1450 are "
        "straight-line folder-gluers for folding cartons, with a crash-lock bottom module as standard. The machine "
        "is built from modules: belt feeder with vacuum, aligner (side register), prebreaker, crash-lock module, "
        "lower gluer, folding section, transfer and pressing section. Apart from the working width, the speed, the "
        "drives and the items named in this manual, the two models are built alike. Cartons with four or six "
        "corners need the optional 4/6-corner module, which has its own manual PLV-OM-46C and is not covered here. "
        "The optional inspection camera is covered by PLV-CAM-02. A hot melt gun system can be fitted above the "
        "folding section; it is supplied and documented by its own maker. The compressed air network up to the "
        "machine connection and the glue supply from the drum are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Belts and folding rods can restart without warning while a fault is being reset. Switch off and "
        "lock the main switch before reaching into the folding section, the crash-lock module or the pressing "
        "section.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FG-1100", "FG-1450"],
            ["Maximum sheet width, across the machine", "1100 mm", "1450 mm"],
            ["Minimum sheet width, straight-line carton", "90 mm", "110 mm"],
            ["Maximum sheet length, in running direction", "800 mm", "1000 mm"],
            ["Minimum sheet length", "80 mm", "100 mm"],
            ["Folding boxboard", "200-800 g/m²", "200-800 g/m²"],
            ["Corrugated board, largest flute", "E and F flute, up to 1.5 mm", "E, F and B flute, up to 3 mm"],
            ["Maximum belt speed, straight-line cartons", "300 m/min", "250 m/min"],
            ["Maximum belt speed, crash-lock bottom cartons", "180 m/min", "150 m/min"],
            [
                "Output, straight-line cartons of 500 mm (FG-1100) or 600 mm (FG-1450) with a 100 mm gap",
                "up to 30 000 cartons/h",
                "up to 21 400 cartons/h",
            ],
            ["Main drive motor, on a VFD", "11 kW", "15 kW"],
            ["Installed power", "18 kW", "24 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "40 A gG", "50 A gG"],
            ["Compressed air at 6 bar, consumption", "250 NL/min", "350 NL/min"],
            ["Feeder vacuum pump", "3 kW", "4 kW"],
            ["Lower glue units, standard / maximum", "2 / 4", "2 / 4"],
            ["Glue tank per glue unit", "20 L", "20 L"],
            ["Feeder stack height, maximum", "600 mm", "700 mm"],
            ["Pressing section length", "4.0 m", "5.0 m"],
            ["Machine length", "14.5 m", "17.2 m"],
            ["Mass", "6800 kg", "9200 kg"],
            ["Sound pressure level at the operator side, 200 m/min", "82 dB(A)", "84 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum belt speed holds only for straight-line cartons of folding boxboard. With corrugated board "
        "run no faster than 200 m/min on either model. The output figures assume a constant gap of 100 mm between "
        "cartons; a larger gap lowers the output in proportion.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the folder-gluer. With a guard open the machine runs only in inch mode, "
            "by hold-to-run, at no more than 10 m/min.",
            "Never reach between the carrier belts while the machine moves, not even in inch mode.",
            "Vent the pressing section (valve on the operator side) before opening its upper belt frame.",
            "Cold glue is a PVAc dispersion. Wear gloves and wash glue off the skin with water.",
            "Wear hearing protection: the sound level reaches 82 dB(A) on the FG-1100 and 84 dB(A) on the FG-1450 "
            "at 200 m/min, and is higher at full speed.",
            "Blanks in the feeder can fall when the stack is higher than the feeder guides. Never stack above the "
            "maximum feeder stack height.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Feeder gate"),
            (
                "p",
                "Set the gap at the feed gate to 1.5 times the board thickness for folding boxboard, and to the board "
                "thickness plus 0.5 mm for corrugated board. A smaller gap jams the feeder (F04), a larger one lets "
                "double sheets through (F05).",
            ),
            ("h", "Prebreaking"),
            (
                "p",
                "Prebreak the first and third creases to 180° and open them again. The other creases need at least "
                "135°. Cartons that are not prebroken fold unevenly and skew in the delivery.",
            ),
            ("h", "Glue wheel"),
            (
                "p",
                "Gap between the glue wheel and the scraper 0.1-0.2 mm. The glue bead must be 3-5 mm wide and lie at "
                "least 2 mm from the flap edge. Run the glue wheel 2-5 % faster than the belts (setting 102-105 %).",
            ),
            ("h", "Glue"),
            (
                "p",
                "Use PVAc cold glue with a viscosity of 1500-2500 mPa·s at 20 °C. Keep the glue in the tank between "
                "15 °C and 30 °C. Above 30 °C the glue skins on the wheel and the seams open; below 15 °C it "
                "thickens and the bead breaks up.",
            ),
            ("h", "Pressing section"),
            (
                "p",
                "Start at 1.5 bar and raise the pressure in steps of 0.5 bar, to no more than 3 bar. Cold glue "
                "needs a dwell of at least 6 s under pressure. Dwell (s) = pressing section length (m) x 60 / press "
                "belt speed (m/min). The FG-1100 reaches the 6 s with the press belt at up to 40 m/min, the FG-1450 at "
                "up to 50 m/min.",
            ),
            ("h", "Carrier belts"),
            (
                "p",
                "Tension a belt until a 1000 mm mark made on the slack belt measures 1015 mm (1.5 % elongation), "
                "within ±2 mm. Both belts of a pair must be tensioned alike. Replace a belt worn to 3.0 mm or less "
                "(new thickness 4.0 mm), or one whose cover is cut.",
            ),
            ("h", "Compressed air"),
            (
                "p",
                "At least 5.5 bar at the machine connection. If the pressure falls below 5 bar, F06 stops the machine.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop is pressed or its circuit is open. Release it, then RESET."],
            ["F02", "Guard open", "A guard interlock is open. Close the guard; in setting mode use inch mode only."],
            [
                "F03",
                "Main drive fault",
                "The VFD of the main drive has tripped. Read the VFD code on the drive display; overload, phase loss "
                "or overtemperature.",
            ],
            [
                "F04",
                "Feeder jam",
                "No sheet seen at the feeder photocell within 2 s of a feed. Check the gate gap, the vacuum and warped "
                "blanks.",
            ],
            ["F05", "Double sheet", "Two sheets seen by the double sheet sensor. Reduce the gate gap."],
            ["F06", "Air pressure low", "Below 5 bar at the machine. Check the supply and the filter regulator."],
            ["F07", "Glue level low", "The level probe of a glue tank is dry. Refill the tank (unit number shown)."],
            [
                "F08",
                "Glue missing",
                "The glue sensor saw no bead on a carton. Check the glue wheel, the scraper gap and the tank.",
            ],
            [
                "F09",
                "Jam in folding section",
                "A jam photocell was blocked for more than 0.5 s. Lock off, clear the cartons, check the folding rods.",
            ],
            ["F10", "Delivery full", "The shingle in the pressing section has reached the end. Unload the delivery."],
            [
                "F12",
                "Belt tension",
                "A belt tension switch opened: belt broken, slipped off or far too slack. Lock off and check.",
            ],
            ["F13", "Vacuum pump overload", "Motor protection of the feeder vacuum pump tripped. Check its filter."],
            ["F14", "Ejector fault", "The kicker that ejects faulty cartons did not move. Check its air supply."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Glue seam opens after the pressing section",
                "Too little glue; glue skinned (above 30 °C); dwell under 6 s",
                "Check the bead and the scraper gap; cool the glue; slow the press belt; raise the pressure in steps "
                "of 0.5 bar, no more than 3 bar",
            ],
            [
                "Cartons arrive skewed (fishtail) in the delivery",
                "Carrier belts of a pair tensioned differently; creases not prebroken",
                "Retension the pair to 1015 mm; prebreak the first and third creases to 180°",
            ],
            [
                "Glue squeezed out, cartons stuck together",
                "Bead too wide, glue wheel too fast or too high",
                "Set the bead to 3-5 mm; set the wheel to 102-105 %",
            ],
            [
                "Crash-lock bottom does not lock",
                "Hooks of the crash-lock module out of position; speed too high",
                "Reset the hooks to the creases; run crash-lock cartons no faster than the table value",
            ],
            [
                "Print scuffed on the outside of the cartons",
                "Carrier belts slipping, upper belts pressing too hard",
                "Check belt tension and wear; open the upper belts by 0.2 mm",
            ],
            [
                "Feeder stops often, blanks jam at the gate",
                "Gate gap too small, warped blanks, vacuum filter clogged",
                "Set the gate gap; flatten or turn the stack; clean the vacuum filter",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Make-ready for a straight-line carton"),
    (
        "ol",
        [
            "Load the job from the job memory, or enter the sheet width and length: the side frames move to their "
            "positions.",
            "Put a flat sheet in the feeder and set the side guides to the sheet width, leaving 1 mm clearance on each "
            "side.",
            "Set the feed gate gap (section 3).",
            "Run one sheet at crawl speed (30 m/min) through the aligner and check it against the side register.",
            "Set the prebreaking hooks to the first and third creases.",
            "Set the glue wheel to the glue flap (section 7).",
            "Set the folding belts and the folding rods so that the flaps close square.",
            "Set the pressing section to 1.5 bar and choose a press belt speed that gives at least 6 s of dwell.",
            "Run 20 sheets and check the cartons: open, square, glue seam. Only then raise the speed, in steps of no "
            "more than 50 m/min.",
        ],
    ),
    ("h", "7. Setting the lower glue unit"),
    (
        "ol",
        [
            "Fill the glue tank to the MAX mark (20 L).",
            "Move the glue unit across with its handwheel until the bead will lie at least 2 mm from the flap edge.",
            "Set the scraper gap to 0.1-0.2 mm with a feeler gauge.",
            "Set the top of the glue wheel 0.5 mm above the level of the carrier belts.",
            "Set the glue wheel speed to 102-105 % of the belt speed.",
            "Run sheets at crawl speed and check that the bead is continuous and 3-5 mm wide. Check that the glue "
            "sensor sees the bead: F08 must not appear.",
        ],
    ),
    ("h", "8. Changing a carrier belt"),
    (
        "ol",
        [
            "Stop the machine, switch off the main switch and lock it.",
            "Release the tension with the tension screw of the belt.",
            "Remove the outboard support bracket (two M10 screws) so that the belt can be pulled off the "
            "cantilevered pulleys.",
            "Fit the new belt with the arrow in the running direction.",
            "Mark 1000 mm on the slack belt and tension it until the mark measures 1015 mm.",
            "Refit the bracket and tighten the M10 screws to 45 Nm.",
            "Run in inch mode for 2 min and check that the belt runs straight. Retension it after 8 operating hours.",
        ],
    ),
    ("h", "9. Cleaning the glue system"),
    (
        "p",
        "Clean the glue system at the end of each shift and at any stop longer than 30 min.",
    ),
    (
        "ol",
        [
            "Lift the glue wheel off the belt level.",
            "Pump the glue back to the drum with the pump in return mode.",
            "Fill the tank with warm water, no hotter than 40 °C, and run the glue wheel for 5 min.",
            "Drain the tank. Clean the scraper with a brush, never with a metal tool.",
            "Before a stop over a weekend, dry the glue wheel and coat it with release agent PLV-RA-1.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Every shift",
                "Clean the glue system (section 9); check the air pressure; clean the feeder vacuum filter",
            ],
            ["Weekly", "Check the tension and wear of the carrier belts; clean the photocells and the glue sensor"],
            ["500 operating hours", "Grease the pressing section bearings, NLGI 2, two strokes each"],
            [
                "2000 operating hours or 12 months, whichever comes first",
                "Change the main drive gearbox oil, CLP 220: 2.5 L (FG-1100) or 3.5 L (FG-1450)",
            ],
            ["12 months", "Plievaro service: check of the guard interlocks and of the safety circuit"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FG-1100", "FG-1450"],
            ["Lower carrier belt, 40 mm", "PLV-CB40-1100", "PLV-CB40-1450"],
            ["Upper carrier belt, 30 mm", "PLV-CB30-1100", "PLV-CB30-1450"],
            ["Glue wheel 60 mm, stainless steel", "PLV-GW-60", "PLV-GW-60"],
            ["Glue scraper blade", "PLV-GS-10", "PLV-GS-10"],
            ["Feeder vacuum filter", "PLV-VF-3", "PLV-VF-4"],
            ["Jam photocell", "PLV-PC-12", "PLV-PC-12"],
            ["Release agent, 1 L", "PLV-RA-1", "PLV-RA-1"],
            ["Gearbox oil CLP 220, 5 L", "PLV-OIL-220", "PLV-OIL-220"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kaschmund SL solventless laminators
KASCHMUND = [
    ("title", "Kaschmund SL Solventless Laminators\nOperating Manual - SL-1300 and SL-1700"),
    (
        "p",
        "Document KSM-BA-SL-07, Edition 1, June 2025. Kaschmund Laminiertechnik. The SL-1300 and SL-1700 laminate "
        "two webs of film, foil or paper with a two-component solventless polyurethane adhesive. The web path is: "
        "unwind 1 (primary web, usually the printed film), five-roll coating unit, laminating nip, where the "
        "secondary web from unwind 2 joins, and rewind. Both unwinds and the rewind are turrets with automatic "
        "splicing. The KM-2 meter-mix unit is built in. Apart from the width, the speed, the reel sizes and the items "
        "named here, the two models are built alike. The choice of adhesive, its mix ratio, the curing conditions "
        "and the release of laminates for food contact (migration and primary aromatic amine tests) are the "
        "converter's responsibility, with the adhesive supplier's data sheet; Kaschmund gives no curing times. The "
        "extraction above the coating unit is connected to the site's system.",
    ),
    (
        "warn",
        "WARNING: Isocyanate component (A) can cause allergic reactions of the skin and the airways. Wear nitrile "
        "gloves and goggles when filling, cleaning or taking ratio shots, and keep the extraction above the coating "
        "unit running whenever adhesive is in the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SL-1300", "SL-1700"],
            ["Maximum web width", "1300 mm", "1700 mm"],
            ["Minimum web width", "500 mm", "600 mm"],
            ["Maximum coating width", "1280 mm", "1680 mm"],
            ["Maximum mechanical speed", "450 m/min", "400 m/min"],
            ["Unwind reel diameter, maximum", "800 mm", "1000 mm"],
            ["Rewind reel diameter, maximum", "1000 mm", "1200 mm"],
            ["Reel mass per station, maximum", "800 kg", "1500 kg"],
            ["Cores (air shafts)", "76 mm and 152 mm", "76 mm and 152 mm"],
            ["Web tension range, unwinds and rewind", "50-500 N", "60-650 N"],
            ["Coating weight range", "0.8-3.5 g/m²", "0.8-3.5 g/m²"],
            ["Metering roll temperature", "30-60 °C", "30-60 °C"],
            ["Laminating roll temperature", "up to 70 °C", "up to 70 °C"],
            ["Laminating nip pressure, pneumatic", "0.5-4 bar", "0.5-5 bar"],
            ["KM-2 meter-mix output", "0.5-6 kg/min", "0.5-8 kg/min"],
            ["Adhesive reservoir between the metering rolls, maximum fill", "1.5 kg", "2 kg"],
            ["Installed power", "85 kW", "110 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "160 A", "200 A"],
            ["Compressed air at 6 bar", "400 NL/min", "500 NL/min"],
            ["Mass", "18 000 kg", "22 500 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum mechanical speed is not a laminating speed for every material. With aluminium foil thinner than "
        "12 µm run no faster than 250 m/min, and with PE webs thinner than 30 µm no faster than 300 m/min, on "
        "either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Nips between rolls draw in hands and clothing. Thread webs only in inch mode with the threading "
            "belt, never by hand between turning rolls.",
            "The laminating roll and the metering rolls are heated and can reach 70 °C.",
            "Reels are heavy: load them only with the reel lift, never by hand.",
            "Cleaning agents for the coating unit are flammable. No open flames, and no hot work near the machine "
            "while cleaning.",
            "Before entering the web path, lock off the main switch and vent the nip cylinders.",
        ],
    ),
    ("h", "3. Coating unit settings"),
    (
        "cols",
        [
            ("h", "Coating weight"),
            (
                "p",
                "Coating weight (g/m²) = adhesive used (g/min) / (line speed (m/min) x coating width (m)). For "
                "example 1.8 g/m² at 300 m/min on a 1.2 m coating width needs 648 g/min from the KM-2.",
            ),
            (
                "p",
                "Check the coating weight by weighing (procedure 6). The coating weight must be within ±0.2 g/m² of "
                "the target at the left, the centre and the right of the web.",
            ),
            ("h", "Metering rolls"),
            (
                "p",
                "Set the gap between metering rolls 1 and 2 to 0.02-0.05 mm with feeler gauges. The two metering "
                "rolls must be within 5 °C of each other; a larger difference gives stripes in the coating and "
                "alarm A07. Transfer roll 3 runs at 5-40 % of the line speed; the applicator roll 4 and the chrome "
                "roll 5 run at line speed.",
            ),
            ("h", "Mixed adhesive"),
            (
                "p",
                "Mixed adhesive may stay in the reservoir no more than 20 min. At any stop longer than 10 min, "
                "empty and clean the reservoir. If the data sheet gives a shorter pot life, the data sheet applies.",
            ),
            ("h", "Components"),
            (
                "p",
                "Keep the isocyanate component (A) at 40-50 °C and the polyol component (B) at 25-40 °C in the KM-2 "
                "tanks. Never heat either component above 60 °C.",
            ),
            ("h", "Mix ratio"),
            (
                "p",
                "Enter the ratio from the adhesive data sheet. The KM-2 doses within ±1 % of the set ratio. Check "
                "it once a shift with a ratio shot (procedure 7).",
            ),
            ("h", "Laminating nip and tension"),
            (
                "p",
                "Start at 2 bar nip pressure. Keep the secondary web tension 10-20 % below the primary web tension "
                "for film to film laminates. Rewind taper: default 30 %, so that the tension falls to 70 % of the "
                "starting value at full diameter.",
            ),
            ("h", "Deckles"),
            (
                "p",
                "Set the deckles of the metering rolls 5 mm inside the web edges. Adhesive outside the web ends up "
                "on the laminating roll.",
            ),
        ],
    ),
    ("h", "4. Alarms"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed. Release it and reset."],
            ["A02", "Guard door open", "A guard door of the coating unit or the rewind is open."],
            ["A03", "Web break unwind 1", "The web break sensor after unwind 1 sees no web. Rethread."],
            ["A04", "Web break unwind 2", "The web break sensor after unwind 2 sees no web. Rethread."],
            ["A05", "Web break rewind", "No web before the rewind. Rethread and check the splice."],
            ["A06", "Splice failed", "The turret splice did not take. Check the splice tape and the new reel."],
            [
                "A07",
                "Metering roll temperature",
                "A metering roll more than 5 °C away from its setpoint. Check the heating circuit and its water.",
            ],
            [
                "A08",
                "Laminating roll temperature",
                "The laminating roll more than 5 °C away from its setpoint. Check the heating circuit.",
            ],
            ["A09", "Adhesive level low", "The reservoir level sensor has seen no adhesive for 30 s."],
            [
                "A10",
                "Mix ratio deviation",
                "The KM-2 flow meters show more than 1 % from the set ratio. Take a ratio shot (procedure 7).",
            ],
            ["A11", "Component A low", "The isocyanate tank of the KM-2 is low. Refill."],
            ["A12", "Component B low", "The polyol tank of the KM-2 is low. Refill."],
            ["A14", "Air pressure low", "Below 5 bar. Check the supply."],
            ["A15", "Drive fault", "A drive has tripped; the axis is named on the screen."],
            ["A16", "Rewind diameter reached", "The rewind reel has reached the set or the maximum diameter."],
        ],
        (16, 45, 109),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Tunnels (wrinkles of the secondary web lifted off the primary web)",
                "Tension mismatch between the webs; nip pressure too low",
                "Lower the secondary web tension to 10-20 % below the primary; raise the nip pressure in steps "
                "of 0.5 bar",
            ],
            [
                "Mottled, orange peel look of the laminate",
                "Coating weight too low; metering rolls too cold; gap uneven",
                "Check the coating weight by weighing; check the roll temperatures; reset the gap",
            ],
            [
                "Stripes in the running direction",
                "Metering rolls more than 5 °C apart; damaged roll surface",
                "Check the roll temperatures (A07); inspect the rolls",
            ],
            [
                "Poor bond after curing",
                "Mix ratio wrong; adhesive past its pot life; laminate not cured",
                "Take a ratio shot; empty the reservoir at stops over 10 min; follow the data sheet's curing time",
            ],
            [
                "Laminate curls after curing",
                "Tensions of the two webs not matched",
                "Adjust the secondary web tension; check the rewind taper",
            ],
            [
                "Adhesive builds up at the web edges",
                "Deckles outside the web",
                "Set the deckles 5 mm inside the web edges",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Setting the coating weight"),
    (
        "ol",
        [
            "Enter the target coating weight, the coating width and the line speed in the recipe. The KM-2 output is "
            "calculated by the formula in section 3.",
            "Set the metering gap and the transfer roll ratio from the recipe and bring the rolls to temperature.",
            "Run at least 500 m at production speed.",
            "Cut three samples of 10 x 10 cm (100 cm²) from the laminate at the left, the centre and the right, "
            "and three samples of each uncoated web.",
            "Weigh the samples to 0.001 g. Coating weight (g/m²) = (laminate mass - primary web mass - secondary web "
            "mass) x 100.",
            "If a sample is more than ±0.2 g/m² from the target, correct the transfer roll ratio and repeat from "
            "step 3.",
        ],
    ),
    ("h", "7. Ratio shot"),
    (
        "ol",
        [
            "Put on gloves and goggles.",
            "Place two tared cups under the test valves of the KM-2.",
            "Select SERVICE > RATIO SHOT. The KM-2 doses both components for 10 s into the cups.",
            "Weigh both cups. The ratio is the mass of A divided by the mass of B.",
            "The measured ratio must be within ±1 % of the set ratio. If it is not, repeat the shot; if it is "
            "still outside, stop production and call Kaschmund service. Calibration of the KM-2 flow meters is "
            "done by Kaschmund service only.",
            "Dispose of the cups as adhesive waste after the contents have reacted.",
        ],
    ),
    ("h", "8. Cleaning the coating unit"),
    (
        "ol",
        [
            "Stop the KM-2 and let the reservoir run empty at crawl speed.",
            "Lock off the main switch and open the rolls with the gap handwheel.",
            "Scrape the remaining adhesive off the metering rolls with the plastic scraper KSM-SC-1, never with a "
            "metal tool.",
            "Wipe the rolls with cleaning agent KSM-CL-5 on a lint-free cloth, with the rolls warm (40 °C or less).",
            "Clean the deckles and the drip tray.",
            "Close the gap to the recipe value before the next start.",
        ],
    ),
    ("h", "9. Changing the rubber sleeve of the applicator roll"),
    (
        "ol",
        [
            "Lock off the main switch and let the rolls cool below 40 °C.",
            "Open the nip and swing the applicator roll 4 out with the roll change arm.",
            "Connect air at 6 bar to the sleeve valve at the roll end. The sleeve floats on the air cushion.",
            "Pull the old sleeve off, and push the new sleeve KSM-AS-1300 or KSM-AS-1700 on while the air flows.",
            "Disconnect the air: the sleeve locks on the core.",
            "Swing the roll back in, close the nip and run 100 m at crawl speed before production.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Ratio shot (procedure 7); check the reservoir level sensor"],
            ["At every job end and every stop over 10 min", "Clean the coating unit (procedure 8)"],
            ["Weekly", "Clean the web break sensors; check the splice knives"],
            ["1000 operating hours", "Grease the air shaft bearings; check the nip cylinders for leaks"],
            [
                "6000 operating hours or 2 years, whichever comes first",
                "Change the rubber sleeve of the applicator roll; Kaschmund service checks the KM-2 flow meters",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SL-1300", "SL-1700"],
            ["Rubber sleeve, applicator roll 4", "KSM-AS-1300", "KSM-AS-1700"],
            ["Deckle pair", "KSM-DK-13", "KSM-DK-17"],
            ["Plastic scraper", "KSM-SC-1", "KSM-SC-1"],
            ["Cleaning agent, 10 L", "KSM-CL-5", "KSM-CL-5"],
            ["Web break sensor", "KSM-WB-2", "KSM-WB-2"],
            ["KM-2 static mixer, pack of 10", "KSM-SM-10", "KSM-SM-10"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ionfeld CT corona treaters
IONFELD = [
    ("title", "Ionfeld CT Corona Treaters\nInstallation, Operation and Maintenance - CT-6 and CT-12"),
    (
        "p",
        "Document IFD-OM-CT-04, Edition 2, January 2025. Ionfeld Surface Treatment. The CT-6 and CT-12 raise the "
        "surface energy of plastic films before printing, laminating or coating. Each system has a generator, a "
        "high voltage transformer and a treater station in which ceramic electrodes sit above a silicone-covered "
        "treater roll. The discharge produces ozone, which the exhaust takes out of the station. Apart from the "
        "output, the width and the items named here, the two systems are built alike. This manual covers the "
        "covered-roll stations only: the bare-roll station CT-M for metallised and conductive films has its own "
        "manual IFD-OM-CTM. The exhaust fan and the duct to outside are the site's; this manual gives only the "
        "airflow the station needs. The surface energy that an ink, an adhesive or a coating needs is set by its "
        "supplier: Ionfeld does not give target levels.",
    ),
    (
        "warn",
        "DANGER: High voltage up to 20 kV at the electrodes. Open the station only with the generator off and "
        "locked. After switching off, wait 5 min before touching the electrodes; then earth them with the earthing "
        "rod kept at the station.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-6", "CT-12"],
            ["Generator rated output", "6 kW", "12 kW"],
            ["Output frequency, automatic tuning", "15-40 kHz", "15-40 kHz"],
            ["Output voltage at the electrodes, maximum", "18 kV", "20 kV"],
            ["Generator supply 400 V 3~ 50/60 Hz, fuse", "16 A", "32 A"],
            ["Maximum treated width", "1300 mm", "2600 mm"],
            ["Line speed range", "10-400 m/min", "10-600 m/min"],
            ["Electrodes, ceramic", "2 x 650 mm", "4 x 650 mm"],
            ["Electrode air gap", "1.5-2.0 mm", "1.5-2.0 mm"],
            ["Treater roll diameter", "200 mm", "250 mm"],
            ["Roll covering", "silicone, 3 mm", "silicone, 3 mm"],
            ["Ozone exhaust airflow, minimum", "400 m³/h", "800 m³/h"],
            ["Negative pressure at the station spigot", "at least 800 Pa", "at least 1000 Pa"],
            ["Speed signal input", "0-10 V", "0-10 V"],
            ["Generator enclosure", "IP54", "IP54"],
            ["Generator mass", "65 kg", "95 kg"],
            ["Treater station mass", "320 kg", "540 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated output holds up to an ambient temperature of 35 °C at the generator. Above 35 °C the output must "
        "be reduced by 2 % per °C; the generator must not be run above 45 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The station doors are interlocked with the generator (C02). Never bridge the interlock.",
            "Ozone irritates the eyes and the lungs. Never run the generator without the exhaust running; C03 stops "
            "the generator when the exhaust fails.",
            "People with pacemakers must keep at least 2 m away from the treater station while it runs.",
            "Keep the film from touching the electrodes: a wrapped web can catch fire from the discharge.",
            "Clean electrodes only with isopropyl alcohol, never with flammable solvents while the station is warm.",
        ],
    ),
    ("h", "3. Watt density and settings"),
    (
        "cols",
        [
            ("h", "Watt density"),
            (
                "p",
                "The treatment depends on the energy per unit of film area. Watt density (W·min/m²) = generator "
                "power (W) / (line speed (m/min) x treated width (m)). The power a job needs is therefore the watt "
                "density times the line speed times the treated width.",
            ),
            ("h", "Output limits"),
            (
                "p",
                "Do not run the generator above 90 % of its rated output for more than 30 min. Above that the "
                "generator reduces its output by itself and shows C07. Below 10 % of the rated output the discharge "
                "becomes unstable: on the CT-12, switch off electrodes 3 and 4 for webs up to 1300 mm wide so that "
                "the remaining electrodes run at a higher share.",
            ),
            ("h", "Speed follow"),
            (
                "p",
                "The output follows the line speed through the 0-10 V input, so that the watt density stays constant. "
                "Below 10 m/min the generator switches off.",
            ),
            ("h", "Electrode gap"),
            (
                "p",
                "Electrode air gap 1.5-2.0 mm. The gap must be the same across the width within 0.2 mm. A gap "
                "below 1.5 mm causes arcing (C04); a gap above 2.0 mm lowers the treatment.",
            ),
            ("h", "Web path"),
            (
                "p",
                "The film must wrap the treater roll by at least 120° and lie flat on it. Air trapped under the film "
                "is treated too, and the back of the film picks up treatment. A rubber nip roller before the station "
                "presses the air out.",
            ),
            ("h", "Measuring"),
            (
                "p",
                "Measure the treatment level within 1 h of treatment (procedure 6). Treatment decays over days, "
                "faster with slip additives in the film. Ionfeld gives no figures for the decay.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "The line emergency stop or the generator stop is pressed."],
            ["C02", "Station door open", "A door of the treater station is open. Close it; never bridge it."],
            [
                "C03",
                "Exhaust airflow low",
                "The negative pressure at the spigot has been below 500 Pa for 5 s. Check the fan, the duct and the "
                "damper.",
            ],
            [
                "C04",
                "Overcurrent",
                "Arcing or a flashover. Dirty electrodes, a gap below 1.5 mm or a damaged roll covering.",
            ],
            ["C05", "Tuning failed", "The generator found no resonance. Check the HV cable and the electrodes."],
            [
                "C06",
                "Generator overtemperature",
                "The heat sink is above 75 °C. Check the fan filter and the ambient.",
            ],
            [
                "C07",
                "Output reduced",
                "Warning: above 90 % of rated output for more than 30 min, or ambient above 35 °C.",
            ],
            [
                "C08",
                "Roll covering breakdown",
                "Current to earth through the roll covering. Stop and inspect the covering (procedure 9).",
            ],
            ["C10", "Speed signal lost", "The 0-10 V line speed signal is missing. Check the cable from the line."],
            ["C11", "Phase missing", "A supply phase is missing. Check the fuses."],
            [
                "C12",
                "Electrodes not in working position",
                "The electrode carrier is swung out. Swing it in until it locks.",
            ],
        ],
        (16, 45, 109),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Treatment level too low at the test",
                "Watt density too low; gap above 2.0 mm; dirty electrodes; slip additive in the film",
                "Raise the power; reset the gap; clean the electrodes; measure within 1 h",
            ],
            [
                "Back of the film treated, blocking in the reel",
                "Air under the film; wrap angle too small",
                "Check the nip roller; wrap the roll by at least 120°",
            ],
            [
                "Pinholes or burn marks in the film",
                "Damaged roll covering; arcing at the electrodes",
                "Inspect the covering (procedure 9); clean and reset the electrodes",
            ],
            [
                "Repeated C04 trips",
                "Electrode gap below 1.5 mm; dirt on the electrodes; damaged covering",
                "Set the gap to 1.5-2.0 mm; clean the electrodes; inspect the covering",
            ],
            [
                "Ozone smell near the station",
                "Exhaust airflow too low; leaking duct",
                "Check the negative pressure at the spigot; have the site check the duct",
            ],
            [
                "Treatment uneven across the web",
                "Gap not even across the width; one electrode dirty",
                "Reset the gap to within 0.2 mm; clean the electrodes",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Measuring the treatment level"),
    (
        "ol",
        [
            "Take a sample from the treated side within 1 h of treatment. Do not touch the area to be tested.",
            "Lay the sample flat on a clean glass plate.",
            "Draw a stroke about 10 cm long with a test pen of the expected level (test pens of 30-56 mN/m).",
            "If the stroke stays continuous for at least 2 s, the surface energy is at least the pen's value: repeat "
            "with the next higher pen.",
            "If the stroke breaks up into droplets within 2 s, repeat with the next lower pen.",
            "The treatment level is the value of the highest pen whose stroke stays continuous for 2 s. Record it with "
            "the power, the line speed and the width.",
        ],
    ),
    ("h", "7. Cleaning the electrodes"),
    (
        "ol",
        [
            "Stop the generator, lock it off and wait 5 min.",
            "Open the station and earth the electrodes with the earthing rod.",
            "Swing the electrode carrier out.",
            "Wipe the ceramic with isopropyl alcohol on a lint-free cloth. Remove stubborn deposits with the "
            "nylon brush IFD-BR-1, never with a metal tool or abrasive paper.",
            "Check the ceramic for cracks; a cracked electrode must be replaced.",
            "Swing the carrier back in until it locks (C12 clears) and close the station.",
        ],
    ),
    ("h", "8. Setting the electrode gap"),
    (
        "ol",
        [
            "Stop, lock off, wait 5 min and earth the electrodes.",
            "Loosen the two clamping levers of each electrode.",
            "Put the 1.5 mm and 2.0 mm feeler gauges IFD-FG-2 between electrode and roll at both ends of each "
            "electrode.",
            "Set each end with its adjusting screw until the 1.5 mm gauge passes and the 2.0 mm gauge does not.",
            "Tighten the clamping levers and check again at both ends: within 0.2 mm across the width.",
        ],
    ),
    ("h", "9. Inspecting the treater roll covering"),
    (
        "ol",
        [
            "Stop, lock off, wait 5 min and earth the electrodes; swing the carrier out.",
            "Turn the roll by hand and look for pinholes, cuts, burn spots and swelling over the whole face.",
            "Run a hand in a clean glove over the covering to feel for bumps and soft areas.",
            "A roll with any hole through the covering must not be used: it causes C08 and burns the film. "
            "Re-covering is done by Ionfeld or a roll coverer approved by Ionfeld; this manual does not describe it.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the exhaust (negative pressure shown on the generator); look at the electrodes"],
            ["Weekly", "Clean the electrodes (procedure 7); inspect the roll covering (procedure 9)"],
            ["Monthly", "Check the electrode gap (procedure 8); clean the generator fan filter"],
            [
                "12 months or 8000 operating hours, whichever comes first",
                "Ionfeld service: check of the HV transformer, the HV cable and the interlocks",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CT-6", "CT-12"],
            ["Ceramic electrode 650 mm", "IFD-CE-650", "IFD-CE-650"],
            ["HV cable, 5 m", "IFD-HV-06", "IFD-HV-12"],
            ["Generator fan filter mat", "IFD-FM-06", "IFD-FM-12"],
            ["Nylon brush", "IFD-BR-1", "IFD-BR-1"],
            ["Feeler gauge pair 1.5 / 2.0 mm", "IFD-FG-2", "IFD-FG-2"],
            ["Test pen set 30-56 mN/m", "IFD-TP-56", "IFD-TP-56"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Vireck WG-40 web guide system
VIRECK = [
    ("title", "Vireck WG-40 Web Guide System\nInstallation and Operating Manual"),
    (
        "p",
        "Document VRK-OM-WG40-02, Edition 2, October 2024. Vireck Web Control. The WG-40 keeps the edge or the "
        "centre line of a moving web in position on printing, laminating and slitting lines. The system is made of "
        "the WGC-40 controller, the AX-40 electromechanical actuator, an edge sensor (US-2 ultrasonic or IR-2 "
        "infrared) and a guide: an offset pivot guide frame (OPG) with two rollers, or an unwind or rewind stand "
        "that the actuator shifts sideways. The fieldbus interface (option) is described in VRK-FB-01, and the "
        "line sensor for printed lines (option LS-3) in VRK-LS-03; neither is covered here. The guide frame's "
        "rollers and their bearings are sized for the line by Vireck for each order.",
    ),
    (
        "warn",
        "WARNING: The actuator can move at any time while the controller is in AUTO. Switch the controller to MANUAL "
        "before working near the guide frame, and lock off the line before reaching into the web path.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Controller", "WGC-40, panel mounting, 4-line display"],
            ["Supply", "24 V DC ±10 %, 5 A"],
            ["Actuator", "AX-40, brushless DC motor with ball screw"],
            ["Actuator stroke", "100 mm (±50 mm from centre)"],
            ["Actuator thrust, continuous / peak", "2500 N / 4000 N"],
            ["Actuator speed, maximum", "40 mm/s"],
            ["Guiding accuracy", "±0.2 mm"],
            ["Web speed, maximum", "600 m/min"],
            ["Edge sensor US-2, ultrasonic", "range 10 mm (±5 mm); transparent and opaque webs, also paper and foil"],
            ["Edge sensor IR-2, infrared", "range 10 mm (±5 mm); opaque webs only"],
            ["Sensor fork opening", "20 mm; the web runs in the middle of the fork"],
            ["Sensor cable", "5 m standard, extension cables up to 25 m in total"],
            ["Unwind or rewind shifting, maximum stand mass", "1500 kg, on linear guides"],
            ["Ambient temperature", "5-45 °C"],
            ["Protection", "IP54 controller, IP65 actuator and sensors"],
            ["Actuator mass", "7.5 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The guiding accuracy of ±0.2 mm holds only with the sensor mounted after the exit roller of the guide "
        "frame, an entry span of at least 1.5 times the web width, and a web speed of no more than 600 m/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guide frame moves sideways with up to 4000 N. Keep hands out of the frame while the controller is in "
            "AUTO or SERVO CENTRE.",
            "The US-2 sensor emits ultrasound above the range of hearing; it is harmless at the levels used.",
            "Do not open the actuator. It contains no parts the user can service.",
            "Run the sensor cables apart from motor cables of drives; interference makes the edge position jump.",
        ],
    ),
    ("h", "3. Installation geometry"),
    (
        "cols",
        [
            ("h", "Spans"),
            (
                "p",
                "Entry span, from the last fixed roller before the guide to the entry roller of the guide frame: at "
                "least 1.5 times the web width, and no more than 4 times. Exit span, from the exit roller of the "
                "frame to the next fixed roller: between 0.5 and 1 times the web width. For a 1000 mm web the entry "
                "span is therefore 1500-4000 mm.",
            ),
            ("h", "Wrap"),
            (
                "p",
                "The web wraps the entry and the exit roller of the frame by 90° each, never by less than 70°. A "
                "smaller wrap lets the web slip sideways on the rollers.",
            ),
            ("h", "Pivot"),
            (
                "p",
                "The pivot point of the offset pivot guide lies at the entry roller. The frame turns about it, so the "
                "web is not twisted in the entry span.",
            ),
            ("h", "Roller alignment"),
            (
                "p",
                "All rollers of the line near the guide must be parallel within 0.2 mm per metre of roller length. "
                "Misaligned rollers push the web to one side, and the guide uses up its stroke correcting them.",
            ),
            ("h", "Sensor"),
            (
                "p",
                "Mount the sensor no more than 100 mm after the exit roller, with the web edge in the middle of the "
                "fork. The US-2 must be kept out of air currents above 2 m/s (dryer exhaust, air knives, open doors).",
            ),
            ("h", "Control settings"),
            (
                "p",
                "Gain 1-10, default 4. For films thinner than 20 µm start at 3. Dead band 0.1-2.0 mm, default "
                "0.3 mm. The IR-2 must be calibrated for every new material; the US-2 needs no calibration for a "
                "change of material.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Sensor not connected", "The sensor cable is unplugged or broken. Check plugs and cable."],
            [
                "W02",
                "Sensor signal weak",
                "The sensor signal is below 20 % of its calibrated level: dirt in the fork or a failing sensor. Clean "
                "the fork.",
            ],
            [
                "W03",
                "Web lost",
                "The web covers less than 10 % of the range for 2 s. Check that the web runs in the fork.",
            ],
            ["W04", "End of stroke, operator side", "The actuator is at its limit. See section 5."],
            ["W05", "End of stroke, drive side", "The actuator is at its limit. See section 5."],
            [
                "W06",
                "Actuator overload",
                "The current was above the peak value for 1 s. The frame is blocked or binding.",
            ],
            ["W07", "Supply voltage low", "The supply is below 21.6 V. Check the power supply and its wiring."],
            ["W09", "Communication error", "The fieldbus (option) has no connection. See VRK-FB-01."],
            [
                "W10",
                "Position feedback fault",
                "The actuator position sensor gives no signal. Check the actuator cable; replace the actuator.",
            ],
        ],
        (16, 45, 109),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "The web swings from side to side (hunting)",
                "Gain too high; dead band too small",
                "Lower the gain in steps of 1; raise the dead band to 0.3-0.5 mm",
            ],
            [
                "The web drifts slowly to one side and the actuator reaches its end of stroke (W04 or W05)",
                "Rollers not parallel; conical or telescoped reel; the guide can correct only ±50 mm",
                "Align the rollers within 0.2 mm per metre; check the reel; centre the actuator",
            ],
            [
                "No guiding on clear film: the controller sees no web",
                "IR-2 sensor on a transparent web",
                "Fit the US-2 ultrasonic sensor, which detects transparent webs",
            ],
            [
                "Edge position jumps although the web is still",
                "Air currents at the US-2; dust in the fork; sensor cable beside motor cables",
                "Shield the sensor from air above 2 m/s; clean the fork; reroute the cable",
            ],
            [
                "Wrinkles in the web at the guide",
                "Entry span too short; wrap below 70°; web tension too low",
                "Lengthen the entry span to at least 1.5 times the web width; correct the wrap",
            ],
            [
                "Guiding slow, web edge off by several mm after a splice",
                "Gain too low",
                "Raise the gain in steps of 1",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Mounting the sensor"),
    (
        "ol",
        [
            "Switch the controller to MANUAL.",
            "Fix the sensor bracket to the line frame so that the sensor sits no more than 100 mm after the exit "
            "roller of the guide frame.",
            "Align the fork square to the web edge, with the web in the middle of the 20 mm fork opening.",
            "Connect the sensor cable to input S1 of the controller and fix the cable away from motor cables.",
            "Press SERVO CENTRE: the actuator moves to the middle of its stroke. Move the sensor across until the "
            "controller shows an edge position of 0.0 mm.",
            "Tighten the bracket. With an IR-2, calibrate it (procedure 7).",
        ],
    ),
    ("h", "7. Calibrating the IR-2 sensor"),
    (
        "ol",
        [
            "Calibrate at every new material, with the line stopped and the web threaded.",
            "Switch the controller to MANUAL.",
            "Pull the web out of the fork so that the fork is empty, and press CAL 1.",
            "Move the web fully into the fork, so that it covers the whole 10 mm range, and press CAL 2.",
            "Move the web back to the middle of the fork: the controller must show 0.0 mm ±0.3 mm.",
            "If the display shows CAL FAIL, the material lets too much infrared through for the IR-2: use the "
            "US-2.",
        ],
    ),
    ("h", "8. Setting the gain"),
    (
        "ol",
        [
            "Start the line at about half its production speed with the controller in AUTO and the gain at the "
            "default of 4 (3 for films thinner than 20 µm).",
            "Push the web off its position by pressing JOG LEFT for 1 s, then release: the guide brings it back.",
            "If the web overshoots and swings more than once, lower the gain by 1 and repeat.",
            "If the web returns slowly without overshooting, raise the gain by 1 and repeat.",
            "Stop at the highest gain at which the web returns with no more than one small overshoot. Repeat the "
            "test at full production speed.",
        ],
    ),
    ("h", "9. Centring the actuator and setting the stroke limits"),
    (
        "ol",
        [
            "Switch the controller to MANUAL and press SERVO CENTRE.",
            "Check that the guide frame is square to the line: measure from the frame to the line frame at both "
            "ends, the same within 1 mm.",
            "Select SETUP > LIMITS. Jog the actuator towards the operator side until the frame is 5 mm from its "
            "mechanical stop, and press SET.",
            "Repeat towards the drive side.",
            "The soft limits must stay inside the ±50 mm stroke. Save with ENTER.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Clean the sensor fork with a dry brush or oil-free compressed air"],
            ["Monthly", "Check the cable glands and the actuator rod boot for damage"],
            ["6 months", "Check the rollers of the guide frame for free running and the frame pivot for play"],
            [
                "20 000 operating hours or 5 years, whichever comes first",
                "Exchange the AX-40 actuator through Vireck service; the ball screw is not replaced on site",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Actuator AX-40, complete", "VRK-AX-40"],
            ["Ultrasonic edge sensor US-2", "VRK-US-2"],
            ["Infrared edge sensor IR-2", "VRK-IR-2"],
            ["Sensor cable 5 m", "VRK-SC-05"],
            ["Sensor extension cable 10 m", "VRK-SC-10"],
            ["Actuator rod boot", "VRK-RB-40"],
            ["Controller WGC-40", "VRK-WGC-40"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("plievaro-fg-folder-gluer.pdf", "Plievaro PLV-OM-FG-11 Ed 3 - FG-1100 / FG-1450", PLIEVARO),
        ("kaschmund-sl-solventless-laminator.pdf", "Kaschmund KSM-BA-SL-07 Ed 1 - SL-1300 / SL-1700", KASCHMUND),
        ("ionfeld-ct-corona-treater.pdf", "Ionfeld IFD-OM-CT-04 Ed 2 - CT-6 / CT-12", IONFELD),
        ("vireck-wg-web-guide-system.pdf", "Vireck VRK-OM-WG40-02 Ed 2 - WG-40", VIRECK),
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
