"""Generate the PDF manuals of the hundred-and-seventy-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set171-scratch/venv && /tmp/set171-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set171-scratch/venv/bin/python knowledge/samples/hundredseventyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Dervaunt PU parent reel unwind stands
DERVAUNT = [
    ("title", "Dervaunt PU Parent Reel Unwind Stands\nOperation and Maintenance - PU-24 and PU-28"),
    (
        "p",
        "Document DVT-OM-PU-03, Edition 2, March 2025. Dervaunt Converting Machinery. The PU-24 and PU-28 are "
        "unwind stands for tissue parent reels wound on steel reel shafts (spools). They feed the embossing unit "
        "and the rewinder of toilet tissue and kitchen towel lines. The reel is driven at its surface by a set of "
        "flat belts, pressed against it by a pneumatic swing frame; the web tension is held by a pneumatic dancer "
        "roll. The site crane sets the reel onto two hydraulic lifting arms. The PU-24 takes reels up to 2450 mm "
        "wide, the PU-28 reels up to 2850 mm wide; apart from the "
        "width, the reel size and the items named in this manual, the two stands are built alike. Splices are "
        "made by hand on the splice table; automatic splicers have manuals of their own. The crane, the reel "
        "shafts and the foundation are not part of the Dervaunt supply.",
    ),
    (
        "warn",
        "WARNING: Never stand under a reel hanging from the crane, or resting on the lifting arms before both "
        "shaft locking jaws are closed. A running parent reel stores a great deal of energy: never reach into the "
        "belt frame or into the nip between the reel and the belts while the reel turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PU-24", "PU-28"],
            ["Maximum reel width", "2450 mm", "2850 mm"],
            ["Maximum reel diameter", "2700 mm", "3000 mm"],
            ["Maximum reel mass, reel shaft included (lifting arm capacity)", "3000 kg", "4500 kg"],
            ["Reel shaft journal diameter", "180 mm", "220 mm"],
            ["Mass of the standard Dervaunt reel shaft", "450 kg", "620 kg"],
            ["Maximum web speed", "600 m/min", "700 m/min"],
            ["Web tension setting range", "15-120 N/m", "15-150 N/m"],
            ["Drive belts, flat, 100 mm wide", "4 belts", "5 belts"],
            ["Belt drive motor, AC with inverter", "15 kW", "22 kW"],
            ["Belt frame pressure (swing frame cylinders)", "2.5 bar ±0.2 bar", "3.0 bar ±0.2 bar"],
            ["Dancer loading pressure range", "0.5-4.0 bar", "0.5-4.0 bar"],
            ["Hydraulic working pressure, lifting arms", "120 bar", "140 bar"],
            ["Hydraulic oil HLP 46, tank capacity", "25 L", "32 L"],
            ["Emergency stop time from maximum web speed", "12 s", "15 s"],
            ["Supply 400 V 3~ 50 Hz, fuse", "40 A gG", "63 A gG"],
            ["Compressed air, dry and oil-free", "6 bar, 150 NL/min", "6 bar, 180 NL/min"],
            ["Mass of the stand without reel", "5200 kg", "6400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum web speed holds for round reels of tissue from 14 to 40 g/m² wound on a straight shaft. The "
        "emergency stop times hold for a full reel of the maximum mass; a lighter reel stops sooner.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may load reels or thread the web. The crane driver must hold the site's lifting "
            "authorisation; slinging and the crane itself are the site's business.",
            "Keep the area under the lifting arms clear while they move. The arms lower at no more than 50 mm/s.",
            "Lock out the main switch and the air supply, and lower the dancer onto its stop, before working on the "
            "belts or the dancer.",
            "Tissue dust burns easily. Clean the stand and the floor under it at least once per shift and never "
            "blow dust onto hot motors with compressed air.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Reel mass"),
            (
                "p",
                "The lifting arms carry the reel and its shaft together. Reel mass (kg) = 0.785 x D² (m²) x reel "
                "width (m) x winding density (kg/m³), with D the reel diameter. The formula leaves out the shaft, "
                "whose mass must be added. For tissue of 14-22 g/m² wound at the normal hardness of the paper mill, "
                "use 180 kg/m³; the densities of other grades are given by the paper mill with the reel data. "
                "Example: a reel of 2.5 m diameter and 2.4 m width weighs 0.785 x 6.25 x 2.4 x 180 = 2120 kg, plus "
                "450 kg for a PU-24 shaft, 2570 kg in all.",
            ),
            ("h", "Web tension and taper"),
            (
                "p",
                "The tension is set on the panel in N/m of web width. A good starting value is 40 N/m for two-ply "
                "toilet tissue and 60 N/m for kitchen towel; the final value is found on the line. The taper lowers "
                "the tension as the reel gets smaller: it falls in a straight line from the set value at the full "
                "diameter to the set value x (100 - taper) / 100 at the core. Default taper 20 %, settable 0-40 %. "
                "Example: 80 N/m with a 20 % taper gives 64 N/m at the core.",
            ),
            ("h", "Dancer"),
            (
                "p",
                "The dancer should run within ±20 mm of its mid position. Dancer loading pressure (bar) = set "
                "tension (N/m) x web width (m) / 200 on the PU-24, or / 240 on the PU-28 (the two dancers have "
                "different cylinders). Example: 40 N/m on a 2.4 m web of a PU-24 gives 0.48 bar; the panel raises "
                "it to the 0.5 bar minimum.",
            ),
            ("h", "Belts"),
            (
                "p",
                "The belts may slip by no more than 3 % against the web speed measured at the measuring roll; "
                "above this U06 is shown. Keep the belt frame pressure at 2.5 bar (PU-24) or 3.0 bar (PU-28), each "
                "±0.2 bar. Never raise it to cure slipping belts: a higher pressure crushes the outer layers of the "
                "reel and makes the slip worse.",
            ),
            ("h", "Out-of-round reels"),
            (
                "p",
                "Measure the out-of-round with the reel diameter sensor (menu REEL > ROUND) at crawl speed. Up to "
                "5 mm no limit applies. Between 5 and 15 mm, do not run above 400 m/min. A reel more than 15 mm out "
                "of round must not be unwound; return it to the paper mill.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "The oil temperature must stay below 60 °C. U08 is shown at 60 °C and the arms stop at 65 °C until "
                "the oil has cooled.",
            ),
            ("h", "End of reel"),
            (
                "p",
                "Stop the unwind with at least 15 mm of paper left on the shaft. The panel slows the line at "
                "40 mm and stops it at the set residual, default 20 mm. Running to the bare shaft tears the last "
                "layers into the belt frame.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["U01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "U02",
                "Web break",
                "The web break sensor after the dancer sees no paper. Thread the web again (6.2). Frequent breaks: "
                "see section 5.",
            ],
            [
                "U03",
                "Dancer at upper end",
                "Tension too low for the line demand or the web slack. Check the set tension and the dancer pressure.",
            ],
            [
                "U04",
                "Dancer at lower end",
                "The next machine pulls harder than the set tension. Check its draw setting and the set tension.",
            ],
            [
                "U05",
                "Reel diameter implausible",
                "The ultrasonic sensor reading jumped by more than 50 mm within 1 s. Clean the sensor face; "
                "recalibrate (6.4).",
            ],
            ["U06", "Belt slip", "Slip above 3 %. Check the belt frame pressure and the belts (section 5)."],
            [
                "U07",
                "Hydraulic pressure low",
                "Below 100 bar (PU-24) or 115 bar (PU-28) with the arms loaded. Check the oil level and look for "
                "leaks.",
            ],
            [
                "U08",
                "Hydraulic oil hot",
                "60 °C reached; the arms stop at 65 °C. Check the cooler fan and the oil level.",
            ],
            [
                "U10",
                "Shaft jaws open",
                "A locking jaw is not closed or its sensor is dirty. The drive does not start.",
            ],
            [
                "U11",
                "Air pressure low",
                "Supply below 5 bar. The dancer and the belt frame lose their load; the line is stopped.",
            ],
            [
                "U12",
                "Drive fault",
                "Inverter fault. Read the inverter's own code on its display and see the inverter maker's manual.",
            ],
            ["U13", "Arms not down", "The arms are not fully in the drive position. Lower them fully before starting."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Web wanders to one side, more as the reel gets smaller",
                "Shaft not square (dirt under a journal) or a conical reel",
                "Clean the journals and the jaw seats. A conical reel is a paper mill fault: reduce speed and "
                "report it.",
            ],
            [
                "Tension swings once per reel revolution",
                "Reel out of round",
                "Measure the out-of-round and keep to the speeds in section 3.",
            ],
            [
                "Belts slip (U06), belt surfaces shiny",
                "Belts glazed with dust, or worn thinner than 4 mm",
                "Clean the belts with a dry brush. Replace belts worn below 4 mm, always as a complete set (6.3).",
            ],
            [
                "Belts slip (U06), belts look good",
                "Belt frame pressure low or an air leak at a swing cylinder",
                "Check the gauge on the belt frame: 2.5 bar (PU-24) or 3.0 bar (PU-28). Repair leaks.",
            ],
            [
                "Web breaks in the last 100 mm of the reel",
                "Tension too high at small diameter",
                "Raise the taper in 5 % steps, up to 40 %.",
            ],
            [
                "Dancer hunts by more than ±20 mm at constant speed",
                "Loop gain too high, or the dancer cylinder sticks",
                "Lower the gain P-DANC by 10 %; check that the cylinder moves freely.",
            ],
            [
                "Arms lower jerkily",
                "Air in the hydraulic circuit or oil level low",
                "Top up to the upper mark and cycle the arms 5 times without a reel.",
            ],
        ],
        (55, 50, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Loading a parent reel"),
    (
        "ol",
        [
            "Lower the dancer onto its stop, open the shaft locking jaws and raise the lifting arms to the loading "
            "position (REEL > LOAD).",
            "Read the reel label: width, diameter and grade. Work out the reel mass with the formula in section 3 and "
            "compare it with the arm capacity, 3000 kg (PU-24) or 4500 kg (PU-28) with the shaft.",
            "Have the crane driver set the shaft journals into the arm cradles, drive side (gear mark) on the left "
            "seen from the operator side.",
            "Close the locking jaws (JAWS CLOSE). Both jaw lamps must light and U10 clears.",
            "Lower the arms to the drive position (REEL > RUN). U13 clears when both arms are fully down.",
            "Swing the belt frame onto the reel (BELTS ON) and check the belt frame pressure at the gauge.",
            "Tear off the damaged outer layers (about 5-10 mm) with the reel label, then thread or splice the web "
            "(6.2).",
        ],
    ),
    ("h", "6.2 Threading the web and splicing by hand"),
    (
        "ol",
        [
            "Select THREAD. The belts turn at no more than 15 m/min while the button is held.",
            "Lead the web over the measuring roll, the dancer and the spreader roll to the next machine, as shown on "
            "the threading plate of the stand.",
            "For a splice, lay the tail of the old web on the splice table, lay the new web over it and cut both "
            "with the knife along the groove of the table.",
            "Join the ends with double-sided splice tape 50 mm wide across the full width, then cover the joint with "
            "single-sided tape 25 mm wide.",
            "Switch the dancer on (DANCER ON) and check that it settles near its mid position before starting.",
        ],
    ),
    ("h", "6.3 Replacing the drive belts"),
    (
        "ol",
        [
            "Stop the line, remove the reel or run it off, and lock out the main switch and the air supply.",
            "Swing the belt frame up and rest it on its safety pin (the red pin on the operator side).",
            "Loosen the tension screws of the belt take-up roll until the belts hang slack.",
            "Cut off the old belts. Fit a complete new set (all belts from one production lot, marked on the "
            "packing) with the grooved side outward.",
            "Tension each belt to an elongation of 0.8 % ±0.1 %: mark two lines 1000 mm apart on the slack belt and "
            "tighten until they are 1008 mm apart.",
            "Run at thread speed for 5 min. Each belt must then run within ±3 mm of the centre of its crowned "
            "pulley; correct with the take-up screws.",
            "Remove the safety pin and check the belt frame pressure. Check the elongation again after 8 h of running.",
        ],
    ),
    ("h", "6.4 Calibrating the reel diameter sensor"),
    (
        "ol",
        [
            "Load an empty reel shaft and close the jaws.",
            "Select REEL > CAL. Measure the shaft body circumference with a tape, divide by 3.1416 and enter the "
            "result as the first point.",
            "Load a full reel, measure its circumference the same way and enter the diameter as the second point.",
            "Check: the displayed diameter must agree with the measured one within ±5 mm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the dust off the stand, the belts and the sensors; check the splice table knife"],
            ["Weekly", "Check belt thickness (replace below 4 mm) and tracking; check the hydraulic oil level"],
            [
                "Monthly",
                "Grease the dancer and lifting arm pivots (2 strokes each, NLGI 2 lithium grease); check the jaw "
                "sensors",
            ],
            ["Every 2000 h or 12 months, whichever comes first", "Change the hydraulic filter element"],
            [
                "Every 8000 h or 3 years, whichever comes first",
                "Change the hydraulic oil; replace the dancer cylinder seals (Dervaunt service)",
            ],
            [
                "Yearly",
                "Inspection of the lifting arms and jaws by Dervaunt service. The crane and the reel shafts are "
                "inspected by the site under national rules.",
            ],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "PU-24", "PU-28"],
            ["Drive belt set", "DVT-BS-24 (4 belts)", "DVT-BS-28 (5 belts)"],
            ["Measuring roll bearing", "DVT-BR-6212", "DVT-BR-6212"],
            ["Dancer cylinder seal kit", "DVT-SK-D63", "DVT-SK-D80"],
            ["Hydraulic filter element", "DVT-HF-10", "DVT-HF-10"],
            ["Locking jaw sensor", "DVT-JS-01", "DVT-JS-01"],
            ["Splice table knife blades, 10 pieces", "DVT-KB-10", "DVT-KB-10"],
            ["Ultrasonic diameter sensor", "DVT-US-30", "DVT-US-30"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Praegmont EL embossing and laminating units
PRAEGMONT = [
    ("title", "Praegmont EL Embossing and Laminating Units\nUser Manual - EL-27 and EL-33"),
    (
        "p",
        "Document PGM-UM-EL-11, Edition 1, June 2024. Praegmont Emboss Systems. The EL-27 and EL-33 emboss two "
        "plies of tissue and laminate them into one web for toilet tissue and kitchen towel. Each ply runs through "
        "its own embossing nip, an engraved steel roll against a rubber roll. The glue transfer roll lays a thin "
        "film of laminating glue on the embossed tips of the top ply, and the marrying roll presses the two plies "
        "together. The unit works in nested mode (the tips of one ply sit between those of the other, the default) "
        "or in point-to-point mode (the tips meet). The EL-27 has a working width of 2700 mm, the EL-33 of 3300 mm; "
        "apart from the width and the items named here the two units are built alike. The engraved steel rolls are "
        "ordered separately for each pattern. The glue comes from the site's glue supply unit, whose own manual "
        "covers the glue preparation.",
    ),
    (
        "warn",
        "WARNING: The embossing and marrying nips draw in hands and clothing. Never reach into a nip, even at crawl "
        "speed; thread the plies with the threading rope only. The rubber rolls can be hotter than 70 °C after "
        "running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EL-27", "EL-33"],
            ["Working width", "2700 mm", "3300 mm"],
            ["Maximum speed, nested mode", "500 m/min", "600 m/min"],
            ["Maximum speed, point-to-point mode", "350 m/min", "400 m/min"],
            ["Steel embossing roll diameter", "340 mm", "400 mm"],
            ["Rubber roll diameter, new", "300 mm", "360 mm"],
            ["Rubber roll, smallest diameter after regrinding", "285 mm", "342 mm"],
            ["Rubber hardness, standard cover", "60 Shore A ±3", "60 Shore A ±3"],
            ["Nip load at the maximum cylinder pressure of 6 bar", "35 N/mm", "32 N/mm"],
            ["Marrying roll cover", "85 Shore A", "85 Shore A"],
            ["Glue transfer roll, engraved ceramic, cell volume", "20 cm³/m²", "24 cm³/m²"],
            ["Glue tray volume", "6 L", "8 L"],
            ["Main drives, servo", "2 x 11 kW", "2 x 15 kW"],
            ["Mass of one steel embossing roll with journals", "1400 kg", "2100 kg"],
            ["Roll change time with the changing trolley PGM-CT", "45 min", "60 min"],
            ["Compressed air, dry", "6 bar, 250 NL/min", "6 bar, 300 NL/min"],
            ["Mass of the unit", "14 t", "17.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum speeds hold for two plies of 14-22 g/m² each with the standard rubber of 60 Shore A. Softer and "
        "harder rubber covers are available to order; their speed limits are given with the order confirmation. "
        "In point-to-point mode the two steel rolls must be in register (section 3).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Open the nips (NIPS OPEN) and wait until all rolls stand still before opening a guard. The guards are "
            "locked while any roll turns.",
            "A steel embossing roll weighs 1400 kg (EL-27) or 2100 kg (EL-33). Move it only with the changing "
            "trolley PGM-CT or the site crane with the lifting beam PGM-LB; never sling it by the engraving.",
            "Protect the engraving. A dent from a tool or a dropped bolt marks every sheet; damaged engravings are "
            "repaired only by the roll engraver, which Praegmont arranges.",
            "Laminating glue on the floor is slippery. Wipe up spills at once.",
            "Wear hearing protection: the sound level at the operator side is 84 dB(A) at 500 m/min.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Nip load"),
            (
                "p",
                "Nip load (N/mm) = cylinder pressure (bar) x 5.83 on the EL-27, or x 5.33 on the EL-33. Example: "
                "4 bar on an EL-27 gives 23.3 N/mm. Never run above 6 bar. Use the lowest pressure that gives the "
                "full pattern: every extra bar heats the rubber and wears it.",
            ),
            ("h", "Nip impression"),
            (
                "p",
                "Check the embossing nips with the impression test of section 6.2 after every roll change and "
                "every regrind. At the working pressure the imprint must be 8-10 mm wide on the EL-27 or 10-12 mm "
                "wide on the EL-33, and even across the width within 1 mm.",
            ),
            ("h", "Rubber temperature"),
            (
                "p",
                "Infrared sensors watch the rubber surface. The rubber must stay below 70 °C: M06 warns at 70 °C "
                "and M07 stops the unit at 80 °C. Hot rubber ages fast and loses its hardness.",
            ),
            ("h", "Rubber hardness and regrinding"),
            (
                "p",
                "Measure the hardness with a Shore A durometer at five points across the width, with the rubber "
                "at 20-30 °C. Regrind when the hardness has risen more than 5 Shore A above the nominal value, "
                "when the cover has cracks or flats, or after 2000 h of running, whichever comes first. Take no "
                "more than 1.5 mm off the diameter in one regrind. Below 285 mm (EL-27) or 342 mm (EL-33) the roll "
                "must be recovered with new rubber; recovering is done by a roll covering company, not by "
                "Praegmont.",
            ),
            ("h", "Glue laydown"),
            (
                "p",
                "Glue consumption (g/min) = wet glue laydown (g/m²) x web width (m) x speed (m/min). Start with "
                "0.6 g/m² wet for toilet tissue. Example: 0.6 g/m² on the full 2.7 m width of an EL-27 at "
                "400 m/min is 648 g/min, about 39 kg/h. The glue solids and viscosity are set at the glue supply "
                "unit to the glue maker's data.",
            ),
            ("h", "Glue roll gap"),
            (
                "p",
                "The glue transfer roll must just kiss the embossed tips. Set the gap between the glue roll and "
                "the steel roll to the ply caliper plus 0.05 mm, measured with feeler gauges at both ends; the two "
                "ends must agree within 0.02 mm.",
            ),
            ("h", "Register, point-to-point mode"),
            (
                "p",
                "In point-to-point mode the tips of the two steel rolls must meet within ±0.1 mm. Check the "
                "register with two carbon sheets after every roll change; correct it with the register offset "
                "(menu DRIVE > REG) in steps of 0.02 mm.",
            ),
            ("h", "Marrying pressure"),
            (
                "p",
                "Marrying cylinder pressure 2.0-4.0 bar, starting value 2.5 bar. Raise it only when the plies "
                "separate; too much pressure flattens the embossing.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            [
                "M01",
                "Emergency stop or guard",
                "An emergency stop is pressed or a guard is open. Close it, press RESET.",
            ],
            ["M02", "Web break, top ply", "The top ply sensor sees no paper. Thread the ply again."],
            ["M03", "Web break, bottom ply", "The bottom ply sensor sees no paper. Thread the ply again."],
            [
                "M04",
                "Nip pressure deviation",
                "A nip cylinder pressure is more than 0.2 bar off its setpoint. Check the air supply and the "
                "proportional valve.",
            ],
            [
                "M05",
                "Glue tray level low",
                "Glue level in the tray below 30 mm. The supply from the glue unit has failed; see its manual.",
            ],
            ["M06", "Rubber hot", "Rubber surface at 70 °C. Lower the nip pressure, check the cooling air blowers."],
            ["M07", "Rubber overtemperature", "Rubber surface at 80 °C. The unit stops and the nips open."],
            ["M09", "Drive following error", "A servo lost its position. Check the drive's display; reset."],
            [
                "M10",
                "Trolley not parked",
                "The changing trolley is not in its parking position. The drives are locked.",
            ],
            ["M11", "Marrying roll open", "The marrying roll is not closed. Close it before starting."],
            [
                "M12",
                "Glue roll creep drive",
                "The glue roll must turn at creep speed (2 m/min) while the line stands, or the glue dries on it. "
                "Check its motor and fuse.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Plies come apart in the log saw or in the finished roll",
                "Glue laydown too low, glue roll gap too large or marrying pressure low",
                "Check the glue tray level and set the glue roll gap (6.3). Raise the marrying pressure in 0.5 bar "
                "steps, up to 4 bar.",
            ],
            [
                "Glue shows on the outside of the roll; layers stick together",
                "Too much glue, or glue solids too low",
                "Reduce the glue roll gap by 0.01 mm. Have the solids checked at the glue supply unit.",
            ],
            [
                "Pattern shallow or uneven across the width",
                "Nip load too low, or the rubber worn or hardened",
                "Do the impression test (6.2) and measure the rubber hardness; regrind if due.",
            ],
            [
                "Pin holes in the web on one side",
                "Nip load too high on that side, rubber roll not parallel",
                "Do the impression test and correct the side with the wider imprint.",
            ],
            [
                "M06 appears often",
                "Nip pressure higher than needed, or the cooling air blowers dirty",
                "Lower the pressure to the lowest that gives the full pattern; clean the blower filters.",
            ],
            [
                "Wrinkles in a ply before its nip",
                "Ply tension low or the bowed spreader roll turned wrong",
                "Raise the unwind tension; set the bow of the spreader roll toward the incoming web.",
            ],
            [
                "Glue dries on the glue roll during stops",
                "Creep drive off (M12)",
                "Repair the creep drive; clean the roll at once with warm water.",
            ],
        ],
        (55, 50, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing a steel embossing roll"),
    (
        "ol",
        [
            "Run the line empty, open the nips and let the rubber rolls cool below 40 °C. Lock out the unit and the "
            "air supply.",
            "Swing the rubber roll away and fit the engraving guard PGM-EG over the steel roll.",
            "Undo the drive coupling and the four bearing housing bolts on each side.",
            "Drive the changing trolley PGM-CT to the unit, lift the roll out and park it on the roll stand with the "
            "guard in place.",
            "Fit the new roll the same way. Tighten the bearing housing bolts to 210 Nm (EL-27) or 290 Nm (EL-33) in "
            "a cross pattern.",
            "Refit the coupling, remove the guard, park the trolley (M10 clears) and swing the rubber roll back.",
            "Do the impression test (6.2) and, in point-to-point mode, the register check.",
        ],
    ),
    ("h", "6.2 Nip impression test"),
    (
        "ol",
        [
            "Open the nip and stop the unit at crawl. Lock out the drives.",
            "Lay a strip of white paper with a 0.1 mm carbon paper on top across the full width of the rubber roll.",
            "Close the nip at the working pressure for 5 s, then open it.",
            "Measure the width of the imprint at both ends and in the middle: 8-10 mm (EL-27) or 10-12 mm (EL-33), "
            "with all readings within 1 mm of each other.",
            "If one end is wider, lower the pressure on that side's cylinder by 0.1 bar (menu NIP > TRIM) and repeat.",
        ],
    ),
    ("h", "6.3 Setting the glue roll gap"),
    (
        "ol",
        [
            "Measure the caliper of the embossed top ply with a thickness gauge.",
            "Stop the unit, open the glue roll and clean the roll and the steel roll tips.",
            "Set both adjusting screws so that a feeler gauge of the ply caliper plus 0.05 mm just slides between the "
            "glue roll and the steel roll tips.",
            "Check both ends again; they must agree within 0.02 mm. Lock the screws.",
        ],
    ),
    ("h", "6.4 Cleaning the glue system at the end of production"),
    (
        "ol",
        [
            "Close the glue supply valve and drain the glue tray into a bucket; never into the drain.",
            "Rinse the tray, the glue roll and the pick-up roll with warm water of 30-40 °C, never hotter than "
            "50 °C, with the rolls turning at creep speed.",
            "Wipe the engraved steel roll tips with a soft cloth. Never use a scraper or steel wool.",
            "Leave the tray empty and the glue roll turning until it is dry.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily or at each product change", "Clean the glue tray and the glue roll (6.4)"],
            ["Weekly", "Measure the rubber hardness at five points; clean the windows of the infrared sensors"],
            [
                "Monthly",
                "Grease the embossing roll bearings with Praegmont high-temperature grease PGM-G2, 3 strokes each",
            ],
            ["2000 h, or earlier as in section 3", "Regrind the rubber rolls"],
            ["Yearly", "Praegmont service: drives, register and nip cylinders"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "EL-27", "EL-33"],
            ["Rubber roll complete, 60 Shore A", "PGM-RR-27", "PGM-RR-33"],
            ["Glue transfer roll", "PGM-GR-27", "PGM-GR-33"],
            ["Marrying roll", "PGM-MR-27", "PGM-MR-33"],
            ["Nip cylinder seal kit", "PGM-SK-80", "PGM-SK-100"],
            ["Infrared temperature sensor", "PGM-IR-02", "PGM-IR-02"],
            ["Carbon paper, 0.1 mm, roll of 50 m", "PGM-CP-50", "PGM-CP-50"],
            ["Engraving guard", "PGM-EG-27", "PGM-EG-33"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hulvarth HW spiral core winders
HULVARTH = [
    ("title", "Hulvarth HW Spiral Core Winders\nOperating and Service Manual - HW-70 and HW-120"),
    (
        "p",
        "Document HLV-OM-HW-07, Edition 3, January 2025. Hulvarth Tube Machinery. The HW-70 and HW-120 make "
        "continuous paperboard cores from two or more glued strips of core board, wound on a fixed mandrel by an "
        "endless winding belt, and cut them to length with a flying circular knife. The HW-70 winds cores of 38-70 "
        "mm inside diameter for toilet tissue and kitchen towel; the HW-120 winds cores of 70-120 mm for hand towel "
        "and industrial rolls. Apart from the size range, the drive and the items named here the two winders are "
        "built alike. The cores leave on the outfeed conveyor for the rewinder's core loader, which is covered by "
        "the rewinder's manual. The core specification (board grade, wall thickness, crush strength) is the site "
        "quality department's; the core board comes from the board supplier.",
    ),
    (
        "warn",
        "WARNING: The flying knife runs at 2800 rpm and keeps turning for about 20 s after a stop. Never open the "
        "knife guard before the lamp KNIFE STOPPED lights. The winding belt pulls hands onto the mandrel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HW-70", "HW-120"],
            ["Core inside diameter", "38-70 mm", "70-120 mm"],
            ["Number of plies", "2-4", "2-6"],
            ["Core wall thickness", "0.6-2.0 mm", "1.2-4.0 mm"],
            ["Maximum winding speed (see note)", "100 m/min", "70 m/min"],
            ["Core length, cut", "1000-3400 mm", "1500-4000 mm"],
            ["Core length tolerance", "±1 mm", "±1.5 mm"],
            ["Strip width", "60-150 mm", "100-250 mm"],
            ["Winding belt, endless, width x length", "60 x 4200 mm", "100 x 5600 mm"],
            ["Belt tension cylinder pressure", "3-5 bar", "4-6 bar"],
            ["Main drive motor", "5.5 kW", "11 kW"],
            ["Circular knife, diameter", "200 mm", "250 mm"],
            ["Shortest knife cycle", "1.2 s", "1.8 s"],
            ["Glue pan capacity", "30 L", "50 L"],
            ["Core glue viscosity at 20 °C", "2000-4000 mPa·s", "3000-6000 mPa·s"],
            ["Compressed air", "6 bar, 100 NL/min", "6 bar, 160 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A", "35 A"],
            ["Mass", "1900 kg", "3100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Note: the maximum winding speed holds for three plies of core board 0.30-0.40 mm thick at a hall "
        "temperature of 15-30 °C. With more plies or thicker board, lower the speed until the cores come out round "
        "and firm; no fixed values can be given for this.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the winder. Keep long hair tied back and wear close-fitting clothing.",
            "Lock out the main switch and the air before changing the belt, the mandrel or the knife.",
            "The knife blade is sharp even when dull for cutting; handle it only in the blade holder PL-KH.",
            "Core glue and mandrel oil make the floor slippery; keep it clean.",
            "Core board reels weigh up to 60 kg; use the reel lifter for loading the strip stands.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Output and knife limit"),
            (
                "p",
                "Cores per minute = winding speed (m/min) x 1000 / core length (mm). Example: 60 m/min and 2700 mm "
                "cores give 22 cores per minute. The knife needs at least 1.2 s per cut cycle on the HW-70 or 1.8 s "
                "on the HW-120, so it makes at most 50 or 33 cuts per minute. Short cores at high speed are limited "
                "by the knife, not by the belt: above the knife limit H05 is shown and the winder slows down.",
            ),
            ("h", "Strip gap"),
            (
                "p",
                "The edges of each ply strip must butt with a gap of 0.5-1.0 mm; they must never overlap. Each ply "
                "is offset from the one below by half the strip width ±5 mm, so that the joints do not lie on top "
                "of each other.",
            ),
            ("h", "Glue"),
            (
                "p",
                "The glue roller coats the inner face of the second and each further ply. Keep the level in the "
                "glue pan at 15-25 mm and the glue at 15-30 °C; below 15 °C the glue thickens and the plies slip. "
                "The glue grade and its viscosity are taken from the glue supplier's data sheet within the ranges "
                "of section 1.",
            ),
            ("h", "Mandrel oil"),
            (
                "p",
                "The mandrel is oiled by a drip feeder with Hulvarth mandrel oil HLV-MO: 2-4 drops per minute on "
                "the HW-70 and 4-6 drops per minute on the HW-120. Too little oil makes the belt squeal and the "
                "cores stick; too much stains the inside of the cores.",
            ),
            ("h", "Belt tension"),
            (
                "p",
                "Set the belt tension cylinder within its range, 3-5 bar (HW-70) or 4-6 bar (HW-120), to the lowest "
                "pressure at which the core does not slip on the mandrel. The belt must run within ±10 mm of the "
                "centre of its pulleys.",
            ),
            ("h", "Fresh cores"),
            (
                "p",
                "Fresh cores hold water from the glue. They may go straight to the rewinder when their moisture is "
                "below 10 %; wetter cores must be stored for at least 4 h first.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop or guard", "An emergency stop is pressed or a guard is open."],
            [
                "H02",
                "Strip break",
                "A ply strip sensor sees no board. Rethread the ply; check the strip tension brake.",
            ],
            ["H03", "Strip reel empty", "Splice a new board reel with the strip splicer."],
            ["H04", "Glue level low", "Glue pan level below 15 mm. Top up from the glue container."],
            [
                "H05",
                "Knife cycle overrun",
                "More cuts per minute than the knife can make. Lower the speed or make longer cores (section 3).",
            ],
            ["H06", "Knife motor overload", "Blade dull or jammed core. Check the blade (6.4)."],
            ["H08", "Belt slip or break", "Belt speed differs from the mandrel feed. Check the belt and its tension."],
            ["H09", "Mandrel oil empty", "Fill the drip feeder tank with HLV-MO."],
            [
                "H10",
                "Core length out of tolerance",
                "Three cores in a row outside the tolerance. Clean the measuring wheel, check its spring pressure.",
            ],
            [
                "H11",
                "Core jam at outfeed",
                "A core is stuck on the outfeed conveyor. Clear it with the winder stopped.",
            ],
            ["H12", "Drive fault", "Main drive inverter fault. Read the inverter code."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Cores come out oval",
                "Belt tension too high, cores still wet from the glue, or too few plies for the diameter",
                "Lower the belt tension in 0.5 bar steps. Check the core moisture. Ask the quality department about "
                "a thicker board.",
            ],
            [
                "Plies separate (core delaminates)",
                "Too little glue, glue below 15 °C, or very dry board",
                "Check the glue pan level and the glue temperature; check the glue roller touches the strip fully.",
            ],
            [
                "Gap between strip edges too wide, or strips overlap",
                "Strip angle wrong",
                "Set the strip angle and the gap again (6.2).",
            ],
            [
                "Core twists like a corkscrew",
                "Belt tension too low or belt worn",
                "Raise the belt tension within its range; replace a worn belt (6.3).",
            ],
            [
                "Core length varies more than the tolerance",
                "Measuring wheel slips or is dirty with glue",
                "Clean the wheel and check its spring pressure; see H10.",
            ],
            [
                "Glue squeezes out at the joints",
                "Too much glue",
                "Lower the glue roller pressure; check the doctor gap of the glue roller (0.2 mm).",
            ],
            [
                "Belt squeals, cores stick on the mandrel",
                "Too little mandrel oil",
                "Check the drip rate (section 3) and the tank (H09).",
            ],
            [
                "Ragged or crushed core ends",
                "Knife blade dull or the knife carriage not following the core",
                "Change the blade (6.4); check the carriage speed match on the panel (KNIFE > SYNC).",
            ],
        ],
        (55, 50, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing to another core size"),
    (
        "ol",
        [
            "Empty the winder of cores, stop it and lock out the main switch and the air.",
            "Remove the belt from the mandrel (release the belt tension cylinder) and unbolt the mandrel from its "
            "holder.",
            "Fit the mandrel for the new inside diameter; tighten the holder bolts to 80 Nm (HW-70) or 140 Nm "
            "(HW-120).",
            "Select the new size in the recipe menu (RECIPE > CORE); it loads the strip widths, angle and speed.",
            "Load board reels of the widths given by the recipe on the strip stands.",
            "Refit the belt, set the strip angle and the gap (6.2) and check the first five cores for length and "
            "roundness.",
        ],
    ),
    ("h", "6.2 Setting the strip angle and the gap"),
    (
        "ol",
        [
            "Run at crawl speed with the inner ply only, without glue.",
            "Turn the strip stand of the inner ply on its scale until the edges butt with a gap of 0.5-1.0 mm.",
            "Set the further plies the same way, each offset by half the strip width ±5 mm from the ply below.",
            "Turn the belt frame to the same angle so that the belt runs within ±10 mm of the pulley centres.",
            "Switch the glue on and check the gap again on a cut core.",
        ],
    ),
    ("h", "6.3 Changing the winding belt"),
    (
        "ol",
        [
            "Stop the winder and lock out the main switch and the air.",
            "Release the belt tension cylinder by turning the valve BELT to RELEASE.",
            "Take the old belt off the two pulleys and the mandrel.",
            "Clean the pulleys and the mandrel with a dry cloth; check the pulley lagging for wear.",
            "Fit the new belt, 60 x 4200 mm (HW-70) or 100 x 5600 mm (HW-120), with the arrow in the running "
            "direction and one wrap around the mandrel.",
            "Set the tension cylinder to the lower end of its range, run at crawl and adjust the belt frame until "
            "the belt runs within ±10 mm of the pulley centres.",
            "Run 10 min at half speed and check the tension again; a new belt stretches at first.",
        ],
    ),
    ("h", "6.4 Changing the knife blade"),
    (
        "ol",
        [
            "Stop the winder and wait until the lamp KNIFE STOPPED lights; lock out.",
            "Open the knife guard and fit the blade holder PL-KH over the blade.",
            "Undo the three blade screws and remove the blade in the holder.",
            "Fit the new blade with its bevel toward the winder, and tighten the screws to 12 Nm.",
            "Close the guard and make three test cuts at crawl speed.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean glue off the glue roller, the pan and the measuring wheel; check the mandrel oil"],
            ["Weekly", "Check the belt for wear and cracks; check the knife blade edge"],
            ["Every 300 h of cutting or when the core ends fray", "Change the knife blade (6.4)"],
            ["Monthly", "Grease the knife carriage guides and the strip stand pivots"],
            ["Every 6 months", "Check the gearbox oil level; replace the belt pulley lagging if worn"],
            ["Yearly", "Hulvarth service: knife carriage drive, gearbox oil change, mandrel polishing"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "HW-70", "HW-120"],
            ["Winding belt", "HLV-WB-0642 (60 x 4200 mm)", "HLV-WB-1056 (100 x 5600 mm)"],
            ["Knife blade", "HLV-KB-200", "HLV-KB-250"],
            ["Blade holder", "PL-KH", "PL-KH"],
            ["Glue roller", "HLV-GR-70", "HLV-GR-120"],
            ["Measuring wheel with encoder", "HLV-MW-01", "HLV-MW-01"],
            ["Mandrel oil HLV-MO, 5 L", "HLV-MO-5", "HLV-MO-5"],
        ],
        (60, 55, 55),
    ),
]


# ---------------------------------------------------------------- Strichmoor XP-30 cross perforating unit
STRICHMOOR = [
    ("title", "Strichmoor XP-30 Cross Perforating Unit\nOperation and Maintenance Manual"),
    (
        "p",
        "Document STM-OM-XP30-02, Edition 2, October 2024. Strichmoor Converting Components. The XP-30 cuts the "
        "cross perforation lines into tissue webs up to 3000 mm wide, just before the rewinder. A servo-driven "
        "blade cylinder with four rows of perforating blades works against one stationary anvil (counter blade), "
        "which is set at a helix angle of 2° so that each blade cuts progressively across the web. The distance "
        "between two perforation lines (the sheet length) is set on the panel; the servo keeps the cylinder speed "
        "in step with the web speed signal from the rewinder. The XP-30 is built into the rewinder frame; the "
        "rewinder's manual covers the web path, the guards and the line control.",
    ),
    (
        "warn",
        "WARNING: The perforating blades are razor sharp and the cylinder turns at up to 1300 rpm. Lock out the "
        "unit and fit the blade guard STM-BG before touching the cylinder. Never turn the cylinder by hand against "
        "a closed anvil.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "XP-30"],
            ["Maximum web width", "3000 mm"],
            ["Maximum web speed", "650 m/min"],
            ["Sheet length range, four blade rows", "90-300 mm"],
            ["Sheet length range, two blade rows (two rows removed)", "180-600 mm"],
            ["Maximum cut rate", "5200 cuts/min with four rows, 2600 cuts/min with two rows"],
            ["Maximum cylinder speed", "1300 rpm"],
            ["Blade cylinder diameter over the blades", "190 mm"],
            [
                "Perforating blades, per row",
                "4 segments of 760 mm, hardened tool steel, standard tooth 1.2 mm cut and 0.8 mm bridge",
            ],
            ["Anvil", "one piece, 3100 mm, 60 HRC, helix angle 2°"],
            ["Blade engagement (depth of the blades past the anvil edge)", "0.3-0.6 mm"],
            ["Anvil adjustment", "2 micrometer screws, 0.01 mm per division"],
            ["Servo motor", "7.5 kW, 3000 rpm, belt drive 2:1"],
            ["Cylinder bearings", "spherical roller bearings, central grease lubrication"],
            ["Anvil clamp cylinders, compressed air", "6 bar, 20 NL/min"],
            ["Sound pressure level at 1 m, 600 m/min, 125 mm sheets", "82 dB(A)"],
            ["Mass", "1150 kg"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Blades with a 2.0 mm tooth and a 1.0 mm bridge, for a weaker perforation on kitchen towel, are available "
        "to order (STM-PB-2010). The standard blades suit toilet tissue and facial tissue.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work on the blades only with the unit locked out, the anvil opened (ANVIL OPEN) and the blade guard "
            "STM-BG fitted over the rows you are not working on.",
            "Wear cut-resistant gloves of level D or higher for all blade work.",
            "Wear hearing protection while the line runs; the sound level is given in section 1.",
            "Keep tissue dust off the cylinder and the bearing housings; it can smoulder on hot bearings.",
            "Store used blades in the blade box STM-BX; never leave loose blades on the machine.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Cut rate and web speed"),
            (
                "p",
                "Cut rate (cuts/min) = web speed (m/min) x 1000 / sheet length (mm). With four blade rows the cut "
                "rate must not exceed 5200 cuts/min. The highest web speed for a sheet length is therefore 5.2 x "
                "sheet length (mm) in m/min: 520 m/min for 100 mm sheets and 650 m/min for 125 mm sheets. Above "
                "this limit P04 is shown and the line is held at the limit speed. With two blade rows the limit is "
                "2600 cuts/min, so the highest web speed is 2.6 x sheet length (mm) in m/min.",
            ),
            ("h", "Blade engagement"),
            (
                "p",
                "Start at 0.4 mm for two-ply toilet tissue of 2 x 16-18 g/m² and at 0.5 mm for kitchen towel of 2 x "
                "20-24 g/m². Change the setting in steps of 0.02 mm (two divisions on both micrometers) until the "
                "perforation tears cleanly and still holds in the rewinder. Never set more than 0.6 mm: the blades "
                "then strike the anvil and chip. For other grades the setting is found by trial, starting at 0.3 mm.",
            ),
            ("h", "Parallel setting"),
            (
                "p",
                "The two micrometers must read the same within 0.01 mm after the paper strip test of section 6.2. "
                "A difference shows as a perforation that is strong on one side and weak on the other.",
            ),
            ("h", "Perforation strength"),
            (
                "p",
                "The target perforation strength of each product is set by the site's quality department, which "
                "also tests it. The XP-30 has no device to measure it.",
            ),
            ("h", "Blade and anvil life"),
            (
                "p",
                "Change the blades after 800 h of running or when the perforation becomes uneven, whichever comes "
                "first. The blades are not regrindable. The anvil is reground only by Strichmoor, at most three "
                "times; send it in when its edge shows chips or a radius larger than 0.05 mm. Keep a spare anvil "
                "(STM-AV-31) on site.",
            ),
            ("h", "Bearings"),
            (
                "p",
                "Cylinder bearing temperature below 80 °C: P07 stops the unit at 80 °C. A rise of more than 15 °C "
                "above the usual running temperature within a week points to a lubrication fault.",
            ),
            ("h", "Sheet length accuracy"),
            (
                "p",
                "The sheet length is held within ±0.5 mm when the web speed signal is clean. P03 is shown when the "
                "measured length differs from the set length by more than 0.5 mm for 20 sheets in a row.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop or guard", "An emergency stop is pressed or the rewinder guard is open."],
            ["P02", "Servo fault", "Servo drive tripped. Read the drive's code; reset from the panel."],
            [
                "P03",
                "Sheet length deviation",
                "Length more than 0.5 mm off for 20 sheets. Check the web speed signal and its encoder wheel.",
            ],
            [
                "P04",
                "Cut rate limit",
                "The set speed needs more than 5200 cuts/min. The line is held at the limit speed; see section 3.",
            ],
            ["P05", "Anvil clamp air low", "Air to the anvil clamp cylinders below 5 bar. The line stops."],
            [
                "P07",
                "Bearing temperature",
                "A cylinder bearing reached 80 °C. Check the grease supply and the bearing.",
            ],
            ["P08", "Lubrication pressure low", "The central grease pump did not build pressure. Check its reservoir."],
            [
                "P09",
                "Anvil strike",
                "The vibration sensor detected blades striking the anvil. Reduce the engagement; check for chips.",
            ],
            ["P10", "Blade row not locked", "A blade row clamp is open. Lock all rows before starting."],
            ["P11", "No web speed signal", "The encoder signal from the rewinder is missing. Check cable and wheel."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Web breaks at the perforation in the rewinder; sheets part too easily",
                "Engagement too deep, or the wrong blade type",
                "Reduce the engagement in 0.02 mm steps. Check that the blade type suits the product.",
            ],
            [
                "Sheets tear beside the perforation line instead of on it",
                "Engagement too shallow or the blades worn",
                "Increase the engagement in 0.02 mm steps, up to 0.6 mm at most. Change worn blades (6.1).",
            ],
            [
                "Perforation strong on one side, weak on the other",
                "Anvil not parallel to the cylinder",
                "Do the paper strip test (6.2) and set both micrometers again.",
            ],
            [
                "Gaps in the perforation at the same place on every line",
                "A chipped blade segment",
                "Change the segment, or the row if more than one segment is chipped.",
            ],
            [
                "Knock once per cylinder revolution",
                "A blade segment loose or standing high",
                "Lock out; check the clamp screws of all rows (18 Nm).",
            ],
            [
                "Sheet length drifts during the shift",
                "Encoder wheel slipping or dusty",
                "Clean the wheel and the web contact surface; check the wheel spring.",
            ],
            [
                "Perforation lines not square to the web",
                "Web running crooked into the rewinder",
                "Check the web path and guiding as in the rewinder's manual.",
            ],
        ],
        (55, 50, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing the perforating blades"),
    (
        "ol",
        [
            "Stop the line, open the anvil (ANVIL OPEN) and lock out the unit and the air.",
            "Turn the cylinder with the hand wheel until the first row faces the blade door; fit the blade guard "
            "STM-BG over the other rows.",
            "Loosen the clamp screws of the row and take out the four segments with the blade tongs.",
            "Clean the blade seat with a brush and a dry cloth; no dust may remain under a new segment.",
            "Fit the new segments with the teeth toward the anvil, butting at the joints, and tighten the clamp "
            "screws to 18 Nm from the middle outward.",
            "Repeat for the other three rows. Remove the guard, lock all rows (P10 clears).",
            "Set the engagement from 0.3 mm with the paper strip test (6.2), then raise it in 0.02 mm steps on the "
            "running line until the perforation is right. Note the blade change in the log book.",
        ],
    ),
    ("h", "6.2 Paper strip test for the anvil setting"),
    (
        "ol",
        [
            "Open the anvil and lock out. Set both micrometers to the same starting value.",
            "Close the anvil. Lay strips of the product, 50 mm wide, over the anvil edge at both ends and in the "
            "middle.",
            "Turn the cylinder one turn with the hand wheel.",
            "All strips must be perforated the same on all four rows. If one end is weaker, turn that end's "
            "micrometer in by one division (0.01 mm) and repeat.",
        ],
    ),
    ("h", "6.3 Changing the sheet length"),
    (
        "ol",
        [
            "Select the product recipe or enter the new sheet length on the panel (PERF > LENGTH).",
            "Check that the new length is within 90-300 mm for four rows. For longer sheets remove two rows (6.4).",
            "Check the line speed against the cut rate limit of section 3.",
            "Run and measure ten sheets; the mean must be within ±0.5 mm of the set length.",
        ],
    ),
    ("h", "6.4 Running with two blade rows"),
    (
        "ol",
        [
            "Lock out and fit the blade guard.",
            "Remove the segments of rows 2 and 4 and fit the blank strips STM-BS in their place, clamp screws 18 Nm.",
            "Select ROWS = 2 on the panel; the sheet length range becomes 180-600 mm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Blow dust off the cylinder housing with low-pressure air, cylinder stopped; check P08"],
            ["Weekly", "Check the blade edges with a lamp; clean the encoder wheel"],
            ["800 h, or when the perforation becomes uneven, whichever comes first", "Change the blades (6.1)"],
            ["Monthly", "Fill the central grease reservoir with STM-GR2; check the servo belt tension"],
            ["Yearly", "Strichmoor service: bearings, servo belt, anvil inspection"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Perforating blade segment, 760 mm, 1.2/0.8 mm tooth", "STM-PB-1208"],
            ["Perforating blade segment, 760 mm, 2.0/1.0 mm tooth", "STM-PB-2010"],
            ["Blank strip for two-row running", "STM-BS"],
            ["Anvil, 3100 mm", "STM-AV-31"],
            ["Blade guard", "STM-BG"],
            ["Blade box", "STM-BX"],
            ["Grease for the central lubrication, 400 g cartridge", "STM-GR2"],
            ["Servo belt", "STM-SB-30"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("dervaunt-pu-parent-reel-unwind-stand.pdf", "Dervaunt DVT-OM-PU-03 Ed 2 - PU-24 / PU-28", DERVAUNT),
        ("praegmont-el-embossing-laminating-unit.pdf", "Praegmont PGM-UM-EL-11 Ed 1 - EL-27 / EL-33", PRAEGMONT),
        ("hulvarth-hw-core-winder.pdf", "Hulvarth HLV-OM-HW-07 Ed 3 - HW-70 / HW-120", HULVARTH),
        ("strichmoor-xp-cross-perforating-unit.pdf", "Strichmoor STM-OM-XP30-02 Ed 2 - XP-30", STRICHMOOR),
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
