"""Generate the PDF manuals of the hundredth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set100venv && /tmp/set100venv/bin/pip install fpdf2 pypdf
    /tmp/set100venv/bin/python knowledge/samples/hundredth/make_pdfs.py

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


# ---------------------------------------------------------------- Kontiva CPX continuous presses
KONTIVA = [
    ("title", "Kontiva CPX Continuous Double-Belt Presses\nOperation and Maintenance - CPX-28 and CPX-36"),
    (
        "p",
        "Document KTV-OM-CPX-04, Edition 3, March 2025. Kontiva Panel Presses. The CPX-28 and CPX-36 are "
        "continuous double-belt presses for three-layer particleboard bonded with UF or MUF resin. An upper and a "
        "lower endless steel belt carry the mat through the press. Hydraulic cylinders in the press frames push the "
        "heated platens against the belts, with a circulating carpet of roller rods between each platen and its "
        "belt. The two models differ in heated length, "
        "number of frames, belt length, drives and the other items named in this manual; they are otherwise built "
        "alike. The forming station, the thermal oil heater and the board cooling and stacking line are supplied "
        "with their own manuals. The periodic inspection of the hydraulic accumulators and of the thermal oil "
        "piping is pressure equipment work that the site arranges under national rules; this manual does not give "
        "its intervals.",
    ),
    (
        "warn",
        "WARNING: Never enter the press, the drum area or the rod carpets until the press is stopped, the "
        "accumulators are discharged (gauge at 0 bar) and the main switch and the thermal oil valves are locked. "
        "Platens and belts stay above 150 °C for many hours after the heating is switched off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CPX-28", "CPX-36"],
            ["Heated press length", "28.8 m", "36.0 m"],
            ["Press frames, at a pitch of 600 mm", "48", "60"],
            ["Hydraulic cylinders per frame, bore", "5 x 230 mm", "5 x 230 mm"],
            ["Maximum hydraulic pressure in the frame cylinders", "300 bar", "300 bar"],
            [
                "Maximum specific pressure on the board, infeed zone, full production width, at 300 bar",
                "4.0 N/mm²",
                "4.0 N/mm²",
            ],
            ["Production width after trimming", "2620 mm", "2620 mm"],
            ["Steel belts, width x thickness", "3100 x 2.0 mm", "3100 x 2.0 mm"],
            ["Steel belt length, each belt", "68.4 m", "82.8 m"],
            ["Belt tension, each belt", "150 kN", "150 kN"],
            ["Board thickness range", "8-40 mm", "6-40 mm"],
            ["Maximum belt speed", "1200 mm/s", "1500 mm/s"],
            ["Heating zones in each platen (upper and lower)", "5", "6"],
            ["Maximum platen temperature", "245 °C", "245 °C"],
            ["Thermal oil flow required by the whole press, from the heater plant", "420 m³/h", "520 m³/h"],
            ["Main drives at the outlet drums", "2 x 132 kW", "2 x 160 kW"],
            ["Hydraulic power unit", "90 kW", "110 kW"],
            ["Hydraulic oil HLP 46, tank", "6000 L", "7500 L"],
            ["Roller rods 20 x 3300 mm, per rod carpet", "2900", "3580"],
            ["Mass of the press without belts", "1450 t", "1780 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum specific pressure of 4.0 N/mm² is reached only in the infeed zone, over the full production "
        "width of 2620 mm and at 300 bar; for a narrower mat the frame pressures are lowered in proportion to the width. The "
        "daily output is about 1000 m³ (CPX-28) or 1250 m³ (CPX-36) of 18 mm particleboard of 650 kg/m³ at a "
        "press time factor of 6.5 s/mm and 24 h of production.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work in the press, on the drums or on the rod carpets: stop the press, close and lock the "
            "thermal oil valves, discharge the accumulators and lock the main switch. Check on the gauge that the "
            "frame pressure is 0 bar.",
            "Wear heat-resistant gloves, a face shield and long sleeves when working on belts or platens above 60 °C.",
            "Keep the hood extraction above the press running whenever the press is above 80 °C. The fire detection "
            "and the sprinkler system of the press are the site's; their settings are not covered here.",
            "The steel belts hold 150 kN of tension each. Never loosen a tension cylinder or open a belt. Changing, "
            "welding or grinding a steel belt is done only by Kontiva service.",
        ],
    ),
    ("h", "3. Pressure profile and temperatures"),
    (
        "cols",
        [
            ("h", "Pressure profile"),
            (
                "p",
                "The frames form four zones: infeed (frames 1 to 8), main, calibration (the last quarter of the "
                "frames: 12 frames on the CPX-28, 15 on the CPX-36) and outlet (the last 2 frames). In the infeed "
                "zone the specific pressure may be set up to 4.0 N/mm². In the main zone it must fall to 1.5 N/mm² "
                "or less. The calibration zone works on distance, not on pressure: its frames hold the target "
                "thickness plus the sanding allowance, which the site's quality department sets. In the outlet zone "
                "the pressure is lowered to 0.3-0.6 N/mm² so that the steam can escape before the board leaves "
                "the press.",
            ),
            ("h", "Platen temperatures"),
            (
                "p",
                "For UF-bonded particleboard: infeed zone 225-245 °C, main zone 210-235 °C, outlet zone "
                "180-210 °C. Each zone must stay within ±3 °C of its setpoint; P01 appears when a zone is more "
                "than 5 °C off for 60 s. Never set a zone above 245 °C. The thermal oil supply temperature is "
                "controlled at the heater (its own manual) and must be at least 15 °C above the hottest zone "
                "setpoint.",
            ),
            ("h", "Heating up and cooling down"),
            (
                "p",
                "Heat up from ambient with both belts running at 50-100 mm/s, and no faster than 60 °C per hour. "
                "Cool down no faster than 40 °C per hour, with the belts running, until every zone is below "
                "80 °C. Stopping the belts while the platens are above 80 °C leaves a print of the rods on the "
                "belts.",
            ),
            ("h", "Press time factor"),
            (
                "p",
                "Belt speed (mm/s) = heated length (mm) / (factor (s/mm) x board thickness (mm)). Example: 18 mm "
                "board at 6.5 s/mm gives 28 800 / 117 = 246 mm/s on the CPX-28 and 36 000 / 117 = 308 mm/s on the "
                "CPX-36. The factor depends on the resin, the mat moisture and the density; the site's process "
                "engineers set it for each product. Factors for other products are not given in this manual.",
            ),
            ("h", "Mat moisture"),
            (
                "p",
                "At the press infeed the face layers must hold 11-13 % moisture and the core layer 6-8 %. A wetter "
                "core makes steam blisters (blows) at the outlet; a drier face layer gives a pre-cured, sandy "
                "surface.",
            ),
            ("h", "Belt tracking"),
            (
                "p",
                "A hydraulic steering drum at the infeed of each belt keeps it central. In production the belt "
                "edge must run within ±15 mm of its centre position. P02 warns at 25 mm and stops the press at "
                "40 mm.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "P01",
                "Zone temperature",
                "A heating zone more than 5 °C from its setpoint for 60 s. Check the zone control valve and the "
                "oil supply temperature from the heater.",
            ],
            [
                "P02",
                "Belt tracking",
                "Belt edge 25 mm from its centre position (warning); at 40 mm the press stops. Check the steering "
                "cylinder and the belt cleaning; correct as in section 7.",
            ],
            [
                "P03",
                "Belt tension",
                "Tension below 130 kN on a belt. Check the pre-charge of the tension accumulator and the tension "
                "cylinder seals.",
            ],
            [
                "P04",
                "Frame pressure",
                "A frame more than 10 bar from its setpoint. Check the servo valve and the pressure transmitter of "
                "that frame.",
            ],
            [
                "P05",
                "Mat height",
                "The mat at the infeed is higher than the set maximum; the reject flap opens.",
            ],
            [
                "P06",
                "Metal in the mat",
                "The metal detector before the press found metal and the mat section is rejected. Find the source "
                "upstream. Never override P06.",
            ],
            [
                "P07",
                "Rod carpet",
                "The rod monitor found a missing, bent or skewed roller rod. Stop at once and replace the rod "
                "(section 8). Never restart with P07 active.",
            ],
            [
                "P08",
                "Blow detector",
                "The ultrasonic blow detector after the press found a blister. Check the mat moisture and the "
                "outlet pressure (section 3).",
            ],
            [
                "P10",
                "Thickness",
                "Board thickness after the press more than 0.3 mm from the target. Check the calibration zone "
                "distance and the frame pressures.",
            ],
            [
                "P11",
                "Hydraulic oil temperature",
                "Oil above 60 °C. Check the cooling water to the oil cooler.",
            ],
            [
                "P12",
                "Lubrication",
                "Rod carpet chain lubrication: pressure low or oil tank below minimum. Refill with Kontiva HT-220 "
                "chain oil.",
            ],
            [
                "P13",
                "Drive overload",
                "Main drive current above 110 % for 10 s: mat too dense or pre-cured, or a foreign body on the belt.",
            ],
            [
                "P14",
                "Accumulator pre-charge",
                "Nitrogen pre-charge low at the weekly automatic test. Have it recharged with nitrogen only.",
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
                "Blisters (blows) in the board, or boards that burst at the outlet",
                "Core layer too wet, or the outlet pressure too high for the steam to escape",
                "Check the mat moisture against section 3; lower the outlet pressure or the speed by 5 %",
            ],
            [
                "Board thinner on one edge",
                "Uneven spreading across the mat, or frame cylinders of one side out of level",
                "Check the cross profile of the mat (forming station manual) and the frame pressures",
            ],
            [
                "Soft, sandy face with loose particles",
                "Face layer too dry, or the mat lay on the hot belt too long before the pressure",
                "Check the face moisture; check the infeed gap and the mat transfer",
            ],
            [
                "Dark spots or resin build-up on the board face",
                "Dirt on the steel belt, belt cleaning brushes worn",
                "Replace brushes with bristles shorter than 25 mm; clean the belt",
            ],
            [
                "Belt runs to one side after a restart",
                "Resin or dust on a drum, or uneven temperature across the belt",
                "Clean the drum; let the temperatures settle; correct as in section 7",
            ],
            [
                "Rod marks: fine lines across the board",
                "Belts stopped while hot, or a bent rod",
                "Check the rod monitor log; never stop the belts above 80 °C",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that every heating zone is at its setpoint within ±3 °C and that the belts have run at "
            "temperature for at least 30 min.",
            "Check on the HMI that both belts are at 150 kN and tracking within ±15 mm.",
            "Select the product recipe. Check the belt speed against the press time factor (section 3).",
            "Start the forming line at 50 % of the recipe speed; the first 20 m of board go to the reject.",
            "Raise the speed in steps of no more than 10 % per minute up to the recipe speed.",
            "Watch the thickness and the blow detector for the first 100 m of board and correct the pressures of the "
            "calibration and outlet zones.",
            "Release the board to the cooling turner when the thickness stays within ±0.2 mm of the target.",
        ],
    ),
    ("h", "7. Correcting the belt tracking"),
    (
        "ol",
        [
            "Read the edge position of both belts on the HMI page TRACK.",
            "If a belt is more than 15 mm off centre, switch its steering to MANUAL.",
            "Move the steering drum in steps of 0.5 mm, no more often than once per belt revolution (about 3.8 min "
            "on the CPX-28 and 4.6 min on the CPX-36 at 300 mm/s).",
            "Watch the edge for the next two revolutions. When the belt runs within ±15 mm, switch the steering back "
            "to AUTO.",
            "If the belt does not respond after 4 mm of total drum movement, stop correcting and check the drums for "
            "resin build-up and the temperatures across the belt.",
            "Record the correction in the press log.",
        ],
    ),
    ("h", "8. Replacing a roller rod"),
    (
        "ol",
        [
            "Note the position of the faulty rod given with P07 on the HMI (rod counter number).",
            "Stop the press, cool it down to below 80 °C as in section 3 and lock it out as in section 2.",
            "Run the rod carpet in jog mode at 10 mm/s until the faulty rod is at the rod change window at the "
            "infeed.",
            "Open the window, remove the two chain clips and pull the rod out with the rod extractor.",
            "Fit a new rod KTV-RR-2033 with new clips. Never refit a bent rod or try to straighten it.",
                        "Close the window, clear P07 and run the carpet one full turn at 50 mm/s while watching the rod monitor.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the belt surfaces and the brushes; check the lubrication tank levels"],
            ["Weekly", "Accumulator pre-charge test (automatic, P14); check the rod monitor log"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Replace the hydraulic return and pressure filters; take an oil sample",
            ],
            ["Every 4000 h", "Check the drum bearings for temperature and vibration; regrease them"],
            ["Every 12 months", "Kontiva service inspection: belts, drums, frames, rod carpets, steering"],
            ["As found by the inspection", "Belt grinding or belt repair by Kontiva service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CPX-28", "CPX-36"],
            ["Roller rod 20 x 3300 mm", "KTV-RR-2033", "KTV-RR-2033"],
            ["Rod chain clips, set of 50", "KTV-CL-50", "KTV-CL-50"],
            ["Belt cleaning brush", "KTV-BR-31", "KTV-BR-31"],
            ["Hydraulic filter set", "KTV-HF-90", "KTV-HF-110"],
            ["Chain oil HT-220, 200 L", "KTV-HT-220", "KTV-HT-220"],
            ["Steering cylinder seal kit", "KTV-SK-12", "KTV-SK-12"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Strewald MF-26 mat forming station
STREWALD = [
    ("title", "Strewald MF-26 Mat Forming Station\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document STW-BA-MF26-02, Edition 2, June 2024. Strewald Forming Systems. The MF-26 forms the three-layer "
        "mat for particleboard made on a continuous press. Two face layer heads and two core layer heads, each with "
        "its own dosing bunker, spread resinated particles onto the forming belt in the order face, core, core, "
        "face. A scalper roll levels the mat, a belt scale weighs it, and the pre-press and the press follow. The "
        "MF-26 forms mats up to 2750 mm wide. The resin blenders, the pre-press, the metal detector and the mat "
        "reject are not part of the MF-26 and have their own manuals. The explosion protection of the bunkers and of "
        "the dust extraction connections is set out in the site's explosion protection document; Strewald gives "
        "only the connection data.",
    ),
    (
        "warn",
        "WARNING: Never reach into a bunker, a spreading head or the scalper while the line is energised. The "
        "spreading rollers run on for up to 90 s after a stop. Enter a bunker only under the site's confined space "
        "permit, with the bunker empty and the drives locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MF-26"],
            ["Forming width", "2750 mm"],
            ["Production width after trimming at the press outlet (trim 65 mm each side)", "2620 mm"],
            ["Forming heads, in the order of spreading", "4: face, core, core, face"],
            ["Bunker volume, face head / core head", "18 m³ / 32 m³"],
            ["Bunker bottom belt speed", "0.1-1.5 m/min"],
            ["Spreading rollers, face head (disc rollers, which also sort the particles by size)", "24 per head"],
            ["Spreading rollers, core head (spiked rollers)", "14 per head"],
            ["Forming belt speed", "2-75 m/min"],
            ["Mat area weight range", "5-30 kg/m²"],
            ["Face layer share of the mat mass", "30-45 %"],
            ["Throughput of resinated particles", "up to 62 t/h"],
            ["Belt scale accuracy (see the conditions below the table)", "±0.5 % of the area weight"],
            ["Scalper roll height adjustment", "0-120 mm"],
            [
                "Dust extraction: 4 connections DN 400 at the bunker tops and the scalper hood",
                "36 000 m³/h in total at 1800 Pa suction",
            ],
            ["Installed power", "132 kW"],
            ["Compressed air", "6 bar, dry, 180 NL/min"],
            ["Supply", "400 V 3~ 50 Hz, 250 A"],
            ["Mass", "58 t"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The throughput holds for particles with a bulk density of 150-250 kg/m³. The belt scale accuracy of ±0.5 % "
        "holds only above 5 kg/m², after a calibration with the test weights (section 8) and with the belt at a "
        "steady speed; below 5 kg/m² the scale reading is for information only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the line at the main switch and at the local isolator of the head before opening a guard or a "
            "bunker door.",
            "Resinated particles irritate skin and eyes: wear gloves and safety glasses, and wash off resin at once.",
            "Never run the line with the dust extraction off: S09 stops the heads after 30 s.",
            "Keep the bunker doors closed: they are part of the explosion protection. The explosion vents and the "
            "suppression system are covered by the site's explosion protection document.",
            "Only one person at a time may adjust the scalper or a spreading head, using the local control box in "
            "jog mode.",
        ],
    ),
    ("h", "3. Mat settings and limits"),
    (
        "cols",
        [
            ("h", "Area weight"),
            (
                "p",
                "Set the mat area weight from the target board: area weight (kg/m²) = target density (kg/m³) x "
                "(target thickness + sanding allowance) (mm) / 1000 x (1 + mat moisture / 100). Example: 650 "
                "kg/m³, 18 mm board, 1.0 mm sanding allowance and 10 % mat moisture give 650 x 19.0 / 1000 x 1.10 "
                "= 13.6 kg/m². The target density, the sanding allowance and the resin content are set by the site "
                "for each product.",
            ),
            ("h", "Weight tolerance"),
            (
                "p",
                "Along the length of the mat, the area weight measured by the belt scale must stay within ±2 % "
                "of the setpoint. S05 warns when it is more than 2 % off for 20 s and sends the mat to the reject "
                "at 4 %. Across the width the edges may be no more than 3 % lighter than the centre, measured by "
                "weighing three samples of 300 x 300 mm cut from the left, the centre and the right of the mat.",
            ),
            ("h", "Face layer share"),
            (
                "p",
                "Set the face share from the product recipe, between 30 % and 45 % of the mat mass. Each face head "
                "spreads half of the face share. Example: a 36 % face share on a mat of 13.6 kg/m² is 4.9 kg/m² of "
                "face material, that is 2.45 kg/m² from each face head, and 8.7 kg/m² of core material.",
            ),
            ("h", "Bunker level"),
            (
                "p",
                "Keep each bunker between 30 % and 80 % full. Below 30 % the particles no longer settle evenly on "
                "the bottom belt and the area weight varies along the mat; above 80 % the particles compact and "
                "bridge. S02 warns at 25 % and at 85 %.",
            ),
            ("h", "Scalper"),
            (
                "p",
                "The scalper roll takes off the top of the mat so that it leaves the station level. Set it to take "
                "off 3-6 % of the mat weight; the scalped particles return to the core bunker. Scalping more than 8 % "
                "means that the heads spread too much: reduce the bottom belt speeds, not the scalper height.",
            ),
            ("h", "Forming belt speed"),
            (
                "p",
                "The forming belt runs 0.5 % faster than the press infeed, set automatically from the press speed "
                "signal. Never run it slower than the press.",
            ),
        ],
    ),
    ("h", "4. Status and fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop or a safety door of the station is open. Close it and reset."],
            [
                "S02",
                "Bunker level",
                "A bunker below 25 % or above 85 %. Check the feed from the blender and the bunker level sensor.",
            ],
            [
                "S03",
                "Bottom belt drive",
                "A bottom belt stopped or slipping (speed monitor). Check the belt tension and the drive.",
            ],
            [
                "S04",
                "Spreading roller",
                "A spreading roller stopped, or more than 10 % below its set speed. Check for wrapped fibres or a "
                "blockage; clear it with the head locked out.",
            ],
            [
                "S05",
                "Area weight",
                "More than 2 % from the setpoint for 20 s (warning); at 4 % the mat goes to the reject. Check the "
                "bunker levels and the bottom belt speeds.",
            ],
            [
                "S06",
                "Belt scale",
                "Scale signal out of range, or a zero drift of more than 0.2 kg/m² at the automatic zero check. Clean "
                "the scale idlers and calibrate (section 8).",
            ],
            [
                "S07",
                "Scalper",
                "Scalper motor overload, or scalped share above 8 %. Reduce the spreading; check the scalper roll.",
            ],
            [
                "S09",
                "Dust extraction",
                "Suction at a head below 1200 Pa for 30 s; the heads stop. Check the dampers and the site's "
                "extraction system.",
            ],
            [
                "S10",
                "Forming belt",
                "Forming belt more than 20 mm off track, or slipping. Check the tracking roller and the belt tension.",
            ],
            [
                "S11",
                "Compressed air",
                "Below 5 bar. The bunker door seals and the belt tracking do not work.",
            ],
            ["S12", "Press not ready", "The press has not accepted the mat; the mat goes to the reject."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Area weight swings up and down along the mat every few minutes",
                "Bunker level too low or too high; bridging in a bunker",
                "Keep the bunkers between 30 % and 80 %; check the level sensors and the feed from the blender",
            ],
            [
                "Light edges: edge samples more than 3 % lighter than the centre",
                "Side walls of a head set too wide, or worn disc rollers at the edges",
                "Set the side walls to the forming width; check the disc roller gaps at the edges (section 7)",
            ],
            [
                "Coarse particles in the face layer, rough board surface",
                "Disc roller gap too wide in a face head",
                "Reset the disc roller gap (section 7)",
            ],
            [
                "Glue lumps or resin balls in the mat",
                "Resin dosing or the blender",
                "See the blender manual; the MF-26 cannot remove lumps",
            ],
            [
                "Stripes along the mat",
                "A spreading roller blocked or running slow (S04), or a bent comb",
                "Clear the roller in jog mode; straighten or replace the comb",
            ],
            [
                "Scalper takes off more than 8 %",
                "Bottom belt speeds too high for the area weight",
                "Reduce the bottom belt speeds; do not raise the scalper",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the forming line"),
    (
        "ol",
        [
            "Check that the dust extraction is running with a suction of at least 1500 Pa at all four heads.",
            "Check the compressed air: 6 bar on the gauge of the station.",
            "Select the product recipe: area weight, face share and forming belt speed.",
            "Fill the bunkers from the blenders to at least 50 % before starting the bottom belts.",
            "Start the spreading rollers and wait 30 s until all run at their set speed.",
            "Start the bottom belts and the forming belt; the first 10 m of mat go to the reject.",
            "Compare the belt scale reading with the setpoint and check the scalped share (3-6 %).",
            "Cut three 300 x 300 mm samples across the mat and weigh them (section 3).",
            "Switch the mat to the press when the area weight is within ±2 % of the setpoint.",
        ],
    ),
    ("h", "7. Setting the disc roller gap (face heads)"),
    (
        "ol",
        [
            "Empty the bunker of the face head and lock out the head.",
            "Open the side door of the disc roller deck.",
            "Measure the gap between neighbouring disc rollers with a feeler gauge at both ends and in the middle "
            "of each pair.",
            "The gap must be 0.8 mm ±0.1 mm. A gap over 1.2 mm that cannot be reset means that the discs are worn: "
            "replace the roller (STW-DR-26).",
            "Loosen the two bearing housing bolts, set the gap with the adjusting screw and tighten the bolts to "
            "85 Nm.",
            "Turn the rollers by hand: no disc may touch its neighbour.",
            "Close the door and run the head empty for 2 min.",
        ],
    ),
    ("h", "8. Calibrating the belt scale"),
    (
        "ol",
        [
            "Run the forming belt empty for 10 min at 30 m/min so that it is warm and clean.",
            "Clean the scale idlers and the underside of the belt at the scale.",
            "Select SCALE > ZERO. The zero check runs over three belt revolutions.",
            "Stop the belt and lock it out. Hang the four 25 kg test weights (STW-TW-25) on the weight carrier above "
            "the scale idlers.",
            "Remove the lockout, select SCALE > SPAN and enter the test load of 100 kg.",
            "Run the span check over three belt revolutions. The reading must be within ±0.5 % of the test load; "
            "if it is not, accept the new span factor the scale proposes.",
            "Remove the test weights and repeat the zero check.",
            "Record the zero, the span factor and the date in the scale log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the bunker level sensors, the scalped share and the extraction suction"],
            ["Weekly", "Clean the scale idlers; check the disc roller gaps of the face heads at the edges"],
            ["Monthly", "Calibrate the belt scale (section 8); check the forming belt tracking and its joint"],
            ["Every 3000 h", "Grease the spreading roller bearings with Strewald grease SG-2, 10 g per bearing"],
            [
                "Every 12 months or 8000 h, whichever comes first",
                "Strewald service: heads, drives, scale, bottom belts; forming belt replacement when needed",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Disc roller, face head", "STW-DR-26"],
            ["Spiked roller, core head", "STW-SR-26"],
            ["Bottom belt, face bunker", "STW-BB-18"],
            ["Bottom belt, core bunker", "STW-BB-32"],
            ["Test weight 25 kg", "STW-TW-25"],
            ["Bunker level sensor", "STW-LS-04"],
            ["Grease SG-2, 5 kg", "STW-SG-2"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Decorvik KT short-cycle presses
DECORVIK = [
    ("title", "Decorvik KT Short-Cycle Melamine Presses\nOperating Manual - KT-30 and KT-40"),
    (
        "p",
        "Document DCV-OM-KT-07, Edition 1, January 2025. Decorvik Press Lines. The KT-30 and KT-40 are "
        "single-daylight short-cycle presses that laminate melamine-impregnated decor paper onto particleboard and "
        "MDF. The package of paper, board and paper is laid up at the lay-up station, carried into the press, "
        "pressed between two heated platens fitted with press pads and chromium-plated press plates, and carried "
        "out to the cooling and stacking line. The KT-30 takes boards up to 5600 x 2100 mm and the KT-40 boards up "
        "to 5600 x 2800 mm; the models differ mainly in platen size and in the number of main cylinders. The "
        "lay-up station with its paper feeders, the board cleaning brush and the thermal oil heater have their own "
        "manuals. The press plates are made, structured and rechromed by their maker; Decorvik gives only the "
        "fitting instructions.",
    ),
    (
        "warn",
        "WARNING: The press closes with up to 40 MN. Never reach between the platens. The platens run at up to "
        "210 °C: cool them to below 80 °C before a press plate or a press pad is changed, and wear heat-resistant "
        "gloves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KT-30", "KT-40"],
            ["Maximum board size", "5600 x 2100 mm", "5600 x 2800 mm"],
            ["Platen size", "5750 x 2250 mm", "5750 x 2950 mm"],
            ["Main cylinders, bore", "6 x 550 mm", "8 x 550 mm"],
            ["Maximum hydraulic pressure", "210 bar", "210 bar"],
            ["Maximum press force", "30 MN", "40 MN"],
            ["Specific pressure on a full-size board at maximum press force", "2.55 N/mm²", "2.55 N/mm²"],
            ["Daylight (platen opening)", "120 mm", "120 mm"],
            ["Board thickness range", "6-45 mm", "6-45 mm"],
            ["Platen temperature, working range", "150-210 °C", "150-210 °C"],
            ["Press time, settable", "8-60 s", "8-60 s"],
            ["Dry cycle time: close, pressure up, pressure down, open", "9.5 s", "11 s"],
            ["Board transport time in and out", "8 s", "9 s"],
            ["Cycles per hour at 20 s press time", "96", "90"],
            ["Thermal oil flow", "65 m³/h", "85 m³/h"],
            ["Hydraulic power unit", "55 kW", "75 kW"],
            ["Hydraulic oil HLP 46, tank", "2500 L", "3200 L"],
            ["Press plate thickness, chromium plated", "8 mm", "8 mm"],
            ["Mass of one press plate", "about 810 kg", "about 1070 kg"],
            ["Mass of the press", "96 t", "128 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum press force is reached only at 210 bar. The specific pressure of 2.55 N/mm² holds only for a "
        "full-size board; for a smaller board the press lowers the force so that the specific pressure stays at its "
        "setpoint: press force (MN) = specific pressure (N/mm²) x board area (m²). Example: 2.2 N/mm² on a board of "
        "2800 x 2070 mm (5.80 m²) needs 12.8 MN. Boards smaller than 2440 x 1220 mm may not be pressed. A cycle "
        "lasts the press time plus the dry cycle time plus the transport time.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The press is loaded and unloaded automatically. Enter the press area only through the interlocked doors "
            "with the press in SETUP mode; the doors stay locked while the press is in AUTO.",
            "Change press plates only with the plate changing trolley. Never stand under an upper press plate that "
            "is not held by its clamping bars or resting on the trolley.",
            "Formaldehyde vapour is released each time the press opens: keep the hood extraction running (K13).",
            "The accumulators hold pressure when the pump is off. Discharge them before any work on the hydraulics.",
            "Replacing the main cylinder seals is done only by Decorvik service.",
        ],
    ),
    ("h", "3. Press settings"),
    (
        "cols",
        [
            ("h", "Temperature"),
            (
                "p",
                "Standard setting for melamine paper on particleboard and MDF: 190-200 °C on both platens. The "
                "temperature across each press plate must be within ±3 °C; check it with the contact thermometer "
                "at 15 points (5 along each long edge and 5 along the centre line). For high-gloss plates use "
                "170-180 °C unless the paper maker gives other values.",
            ),
            ("h", "Specific pressure"),
            (
                "p",
                "Set 2.0-2.5 N/mm². Deep-structured plates need the upper value. Never set more than 2.55 N/mm², "
                "and never set a board size larger than the board actually pressed: the press would then apply too "
                "much force to the smaller board.",
            ),
            ("h", "Press time"),
            (
                "p",
                "Take the press time from the paper maker's data; it is usually 15-30 s at 190 °C. Too short a time "
                "leaves a porous, dull surface. Too long a time over-cures the melamine, which then cracks hours or "
                "days later, often only in the stack.",
            ),
            ("h", "Cure check"),
            (
                "p",
                "Check the cure at the start of each shift and after every change of paper: put a drop of the "
                "Decorvik test fluid TF-2 on the surface of a board and cover it for 20 min. A surface that turns "
                "dull or white under the drop is under-cured: raise the press time by 2 s, or the temperature by "
                "5 °C, and check again.",
            ),
            ("h", "Board before pressing"),
            (
                "p",
                "The board must hold 6-9 % moisture, be sanded and free of dust. Boards with more than 9 % moisture "
                "make blisters. Board temperature at the lay-up: 20-50 °C.",
            ),
            ("h", "Press pads"),
            (
                "p",
                "The press pads under the press plates even out the pressure and the heat; they lose their "
                "cushion with use. Replace them after 40 000 cycles or when gloss differences appear, whichever "
                "comes first. K12 counts the cycles.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Emergency stop / door", "An emergency stop pressed, or a door opened in AUTO."],
            [
                "K02",
                "Platen temperature",
                "A platen zone more than 5 °C from its setpoint. Check the thermal oil supply and the zone valve.",
            ],
            [
                "K03",
                "Pressure build-up",
                "Set pressure not reached within 3 s. Check the pump, the accumulator pre-charge and the main "
                "cylinder seals.",
            ],
            [
                "K04",
                "Pressure drop",
                "Pressure fell by more than 5 bar during the press time. Check the main cylinders for internal leaks.",
            ],
            [
                "K05",
                "Platen parallelism",
                "The four corner distance sensors differ by more than 0.5 mm on closing. Check for a double board or "
                "debris; check the platen guides.",
            ],
            [
                "K06",
                "Double board",
                "The thickness sensor at the infeed found two boards or an oversized package. The press does not "
                "close.",
            ],
            [
                "K07",
                "Paper position",
                "Paper edge more than 5 mm from the board edge at the lay-up camera. Check the lay-up station (its "
                "own manual).",
            ],
            ["K08", "Transport", "Infeed or outfeed carrier not in position within 10 s."],
            ["K09", "Hydraulic oil", "Oil above 55 °C, or tank level low."],
            ["K11", "Accumulator", "Accumulator pre-charge low at the daily check."],
            ["K12", "Press pad counter", "40 000 cycles since the last press pad change."],
            [
                "K13",
                "Hood extraction",
                "Hood fan off or airflow low; the press stops at the end of the cycle.",
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
                "Dull or matt patches, gloss differences across the board",
                "Uneven platen temperature, or worn press pads",
                "Measure the plate temperature at the 15 points; replace the press pads (section 9)",
            ],
            [
                "Fine white spots or a porous surface",
                "Press time too short, temperature or pressure too low, or paper with little resin flow",
                "Raise the press time by 2 s; check the cure (section 3)",
            ],
            [
                "Surface cracks that appear hours or days after pressing",
                "Melamine over-cured: press time too long or temperature too high",
                "Shorten the press time; check the paper maker's data",
            ],
            [
                "Paper sticks to the press plate",
                "Plate dirty, release agent of the paper used up, or temperature too high",
                "Clean the plate (section 8); check the paper",
            ],
            [
                "Blisters, or paper lifting from the board",
                "Board moisture above 9 %, or dust on the board",
                "Check the board moisture and the board cleaning brush",
            ],
            [
                "Loose paper at the board edges",
                "Paper placed off the board, or a board size set wrongly",
                "Check the paper position (K07) and the board size in the recipe",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up the press"),
    (
        "ol",
        [
            "Start the hood extraction and the hydraulic unit.",
            "Open the thermal oil valves of both platens.",
            "Set the platen temperature; the press heats at no more than 3 °C per minute.",
            "Keep the press open and empty until both platens are within ±3 °C of the setpoint for 15 min.",
            "Press two scrap boards with paper and check the cure (section 3) before production.",
        ],
    ),
    ("h", "7. Changing a press plate"),
    (
        "ol",
        [
            "Cool the platens to below 80 °C with the press open.",
            "Switch to SETUP, lock out the hydraulic unit and discharge the accumulators.",
            "Move the plate changing trolley (DCV-PT-1 for the KT-30, DCV-PT-2 for the KT-40) to the press front "
            "and lock its wheels.",
            "Lower plate: unscrew the front and rear clamping bars and slide the plate onto the trolley rollers.",
            "Upper plate: raise the trolley table to 5 mm below the plate, unscrew the clamping bars and let the "
            "plate down onto the table.",
            "Check the press pad behind the plate for damage and wear.",
            "Clean the platen face. Fit the new plate with its structured side towards the board and locate it on "
            "the two pins.",
            "Tighten the clamping bar screws to 60 Nm, working from the centre outwards.",
            "Heat up as in section 6 and press two test boards; check the cure and the match of the structure "
            "with the decor.",
        ],
    ),
    ("h", "8. Cleaning the press plates"),
    (
        "ol",
        [
            "Lower the platen temperature to 140 °C.",
            "Lay up a cleaning board: a scrap board with Decorvik cleaning paper CP-1 on both faces.",
            "Press it three times for 60 s each at 1.5 N/mm².",
            "Check the plates with a lamp; repeat with a new cleaning board if resin spots remain.",
            "Raise the temperature to the production setting and check the cure.",
        ],
    ),
    ("h", "9. Replacing the press pads"),
    (
        "ol",
        [
            "Remove the press plate as in section 7, steps 1 to 5.",
            "Peel off the old pad and clean the platen face of silicone residue.",
            "Fit the new pad (DCV-PP-30 or DCV-PP-40) with its printed side towards the platen, without folds.",
            "Refit the press plate as in section 7.",
            "Run 10 cycles with a scrap board at 2.0 N/mm² to settle the pad, then reset the counter (K12).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Cure check; look at the plates for resin spots and damage"],
            ["Weekly", "Clean the press plates (section 8); check the corner distance sensors"],
            ["40 000 cycles or when gloss differences appear", "Replace the press pads (section 9)"],
            ["Every 2000 h", "Replace the hydraulic filters"],
            ["Every 12 months", "Decorvik service: cylinders, guides, parallelism, hydraulics, safety circuit"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KT-30", "KT-40"],
            ["Press pad", "DCV-PP-30", "DCV-PP-40"],
            ["Clamping bar screw set", "DCV-CS-12", "DCV-CS-16"],
            ["Main cylinder seal kit (fitted by Decorvik service)", "DCV-MS-550", "DCV-MS-550"],
            ["Hydraulic filter set", "DCV-HF-55", "DCV-HF-75"],
            ["Corner distance sensor", "DCV-DS-4", "DCV-DS-4"],
            ["Plate changing trolley", "DCV-PT-1", "DCV-PT-2"],
            ["Test fluid TF-2, 100 mL", "DCV-TF-2", "DCV-TF-2"],
            ["Cleaning paper CP-1, 50 sheets", "DCV-CP-1", "DCV-CP-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Silvarro SA sweep-arm silo dischargers
SILVARRO = [
    ("title", "Silvarro SA Sweep-Arm Silo Dischargers\nInstallation, Operation and Maintenance - SA-6 and SA-8"),
    (
        "p",
        "Document SLV-IOM-SA-03, Edition 2, October 2024. Silvarro Bulk Handling. The SA-6 and SA-8 discharge "
        "sawdust, shavings and fine chips from flat-bottomed round silos of 6.0 m and 8.0 m inside diameter. A "
        "screw conveyor on a sweep arm turns slowly around the centre of the silo floor and pushes the material into "
        "the central outlet, where the outlet screw (not part of the discharger) takes it away. A hydraulic motor "
        "on the central slewing ring turns the arm; the screw has its own electric motor and gearbox. The silo, its "
        "roof and explosion vents, the level measurement, the temperature and CO monitoring and the outlet screw "
        "belong to the silo builder and the site and are not covered here.",
    ),
    (
        "warn",
        "DANGER: Never enter a silo that holds material, and never enter any silo without the site's confined space "
        "permit, a gas test and a standby person. Sawdust can bridge and collapse without warning. Lock out the "
        "screw drive and the hydraulic unit before anyone enters.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SA-6", "SA-8"],
            ["Silo inside diameter", "6.0 m", "8.0 m"],
            ["Sweep arm screw length", "2.9 m", "3.9 m"],
            ["Screw diameter / pitch, new", "400 / 320 mm", "500 / 400 mm"],
            ["Screw speed", "42 rpm", "36 rpm"],
            ["Screw drive, motor with gearbox", "22 kW", "37 kW"],
            ["Time for one revolution of the arm, settable", "6-40 min", "8-50 min"],
            ["Hydraulic power unit for the slewing drive (motor on the slewing ring)", "5.5 kW", "7.5 kW"],
            ["Relief valve of the slewing circuit", "180 bar", "200 bar"],
            ["Maximum fill height above the arm", "18 m", "22 m"],
            ["Silo volume at maximum fill", "509 m³", "1106 m³"],
            [
                "Discharge capacity for sawdust and shavings of 180-260 kg/m³ with up to 55 % moisture",
                "up to 40 m³/h",
                "up to 70 m³/h",
            ],
            ["Gearbox oil CLP 220", "45 L", "65 L"],
            ["Slewing ring grease EP 2, per monthly greasing", "400 g", "600 g"],
            ["Outlet opening in the silo floor", "800 x 800 mm", "1000 x 1000 mm"],
            ["Mass of the discharger", "6.8 t", "11.2 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The discharge capacity holds for sawdust and shavings of 180-260 kg/m³ with up to 55 % moisture, with the "
        "screw fully covered and the arm at its shortest revolution time. Capacities for wood chips, bark and other "
        "materials are given by Silvarro on request, for the material in question. The maximum fill height is the "
        "height of material the arm is designed to carry; the silo structure may allow less (see the silo "
        "builder's documents).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The discharger starts automatically on demand from the outlet conveyor. Lock out at the main switch "
            "before any work.",
            "Sawdust in a silo can heat up by itself. The temperature and CO alarm levels of the silo, and what to "
            "do on an alarm, are set by the site with its fire brigade. Never open a silo door when a fire inside is "
            "suspected.",
            "Compacted material can give way suddenly and the arm can jump forward. Keep clear of the outlet "
            "opening.",
            "Work inside the silo is confined space work under the site's permit system.",
            "Replacing the slewing ring and overhauling the screw gearbox are done only by Silvarro service.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Slewing and screw"),
            (
                "p",
                "The screw always runs at its fixed speed. The discharge rate is set by the arm's revolution time: "
                "the shorter the time, the more material. The control slows the arm automatically when the "
                "slewing pressure rises above 150 bar (SA-6) or 170 bar (SA-8), and the arm stops when the "
                "pressure reaches the relief setting of 180 bar or 200 bar (F02).",
            ),
            ("h", "Start after a standstill"),
            (
                "p",
                "Material settles and compacts while it stands. After a standstill of more than 48 h, start in "
                "START-UP mode (section 6): the arm turns at one third of its set speed for the first full "
                "revolution. After more than 14 days, or when the material may have frozen, first let the screw "
                "run for 10 min with the arm stopped, so that it digs itself free, before the arm turns.",
            ),
            ("h", "Frost"),
            (
                "p",
                "Ambient temperature in use: -25 to +40 °C. Wet sawdust freezes to the silo floor below -5 °C. In "
                "frost, run the discharger at least once every 8 h, or the arm may not break free.",
            ),
            ("h", "Fill level"),
            (
                "p",
                "In production keep at least 1 m of material above the arm, so that the screw stays covered and the "
                "discharge rate stays even. Run the silo empty only for an inspection (section 9).",
            ),
            ("h", "Motor load"),
            (
                "p",
                "The HMI shows the current of the screw drive. Above 90 % of the rated current for 30 s the arm "
                "slows down; above 110 % for 10 s the screw stops (F05).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop pressed, or the silo door switch open."],
            [
                "F02",
                "Slewing pressure high",
                "The arm stopped at the relief pressure (180 bar SA-6, 200 bar SA-8): compacted or frozen material, "
                "or a foreign body at the arm. Restart in START-UP mode (section 6).",
            ],
            [
                "F03",
                "Arm not turning",
                "No slewing ring pulses for 120 s with the slewing on. Check the hydraulic motor, the pinion and the "
                "pulse sensor.",
            ],
            [
                "F04",
                "Screw speed",
                "Screw stopped or below 80 % of its speed. Check the coupling and the gearbox; a screw may be broken.",
            ],
            ["F05", "Screw overload", "Screw drive above 110 % of its rated current for 10 s."],
            ["F06", "Hydraulic oil", "Oil level low, or oil above 70 °C in the slewing power unit."],
            [
                "F07",
                "Outlet blocked",
                "The level switch in the outlet chute has been covered for 20 s: the outlet screw or conveyor is "
                "stopped or blocked. Check the outlet conveyor (its own manual).",
            ],
            ["F08", "Gearbox temperature", "Screw gearbox above 95 °C."],
            ["F09", "Slewing ring lubrication", "Automatic lubricator empty or blocked."],
            ["F10", "Standstill", "More than 48 h since the last run: START-UP mode is needed."],
            ["F12", "Silo level", "The site's level signal shows less than 1 m of material above the arm."],
            ["F13", "Communication", "No signal from the site's control system for 10 s; the discharger stops."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Discharge rate falls although the arm turns",
                "Material bridging above the arm, or a rat hole above the outlet",
                "Shorten the revolution time; check the level signal. Never enter the silo to break a bridge",
            ],
            [
                "The arm stops again and again with F02 after a weekend",
                "Material compacted while standing",
                "Start in START-UP mode; after more than 14 days let the screw dig free first (section 3)",
            ],
            [
                "Discharge surges once every revolution",
                "Screw flights worn at the outer end, or material wetter on one side of the silo",
                "Check the flight wear at the next inspection (section 9)",
            ],
            [
                "Screw drive current above 90 %, motor hot",
                "Material too dense or too wet, or the outlet conveyor running slow",
                "Compare the material with the capacity conditions; check the outlet conveyor",
            ],
            [
                "Knocking noise once per revolution",
                "Slewing ring short of grease, or a loose pinion",
                "Check the lubricator (F09) and the pinion bolts",
            ],
            [
                "Hydraulic unit hot (F06)",
                "Arm running at high pressure most of the time, or the oil cooler dirty",
                "Clean the cooler; check the material and the fill height",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting after a standstill"),
    (
        "ol",
        [
            "Check on the HMI that no fault is active and that the outlet conveyor is ready.",
            "Check the silo level: at least 1 m of material above the arm.",
            "If the standstill lasted more than 14 days, or the material may be frozen, run the screw alone for "
            "10 min with the slewing off.",
            "Select START-UP mode: the arm turns at one third of its set speed.",
            "Watch the slewing pressure. If the arm stops at the relief pressure (F02), reverse the arm for 30 s and "
            "then go forward again; try no more than three times.",
            "After one full revolution, select AUTO.",
            "If the arm has not completed a revolution after three tries, stop and call Silvarro service. Do not "
            "enter the silo.",
        ],
    ),
    ("h", "7. Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the screw for 15 min so that the oil is warm, then stop and lock out the screw drive.",
            "Place a container under the gearbox drain in the drive room below the silo floor.",
            "Remove the breather and the drain plug and let the oil drain fully.",
            "Clean the magnetic drain plug and refit it with a new seal.",
            "Fill with CLP 220 through the breather opening to the middle of the sight glass: 45 L (SA-6) or 65 L "
            "(SA-8).",
            "Refit the breather, remove the lockout and check for leaks after 1 h of running.",
        ],
    ),
    ("h", "8. Greasing the slewing ring"),
    (
        "ol",
        [
            "Check the automatic lubricator every week: cartridge level and no F09.",
            "Once a month, with the arm turning, press EP 2 grease into the six grease nipples of the slewing ring "
            "from the drive room: 400 g in total on the SA-6, 600 g on the SA-8.",
            "Replace the lubricator cartridge (SLV-LC-500) when it is empty.",
        ],
    ),
    ("h", "9. Inspecting the screw"),
    (
        "ol",
        [
            "Once a year, run the silo empty and lock out the screw drive, the hydraulic unit and the filling "
            "conveyor.",
            "Enter the silo only under the site's confined space permit, with a gas test and a standby person.",
            "Measure the outside diameter of the screw flights at five points along the arm.",
            "Replace the bolted wear segments where the diameter has worn by more than 20 mm, that is below 380 mm "
            "(SA-6) or below 480 mm (SA-8). Segments: SLV-WS-400 (SA-6) or SLV-WS-500 (SA-8).",
            "Tighten the M16 segment bolts to 210 Nm.",
            "Check the arm for cracks at the root and the floor scraper at the arm tip for wear.",
            "Remove all tools, close the silo door and remove the lockouts.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Look at the slewing pressure and the screw current trends; listen for noises"],
            ["Weekly", "Check the lubricator (section 8); check the hydraulic oil level"],
            ["Monthly", "Grease the slewing ring by hand (section 8); clean the oil cooler"],
            ["Every 10 000 h or 2 years, whichever comes first", "Change the gearbox oil (section 7)"],
            ["Every 12 months", "Inspect the screw with the silo empty (section 9); replace the hydraulic filter"],
            ["When needed", "Slewing ring replacement and gearbox overhaul by Silvarro service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SA-6", "SA-8"],
            ["Screw wear segment, with bolts", "SLV-WS-400", "SLV-WS-500"],
            ["Lubricator cartridge EP 2, 500 g", "SLV-LC-500", "SLV-LC-500"],
            ["Slewing pulse sensor", "SLV-PS-2", "SLV-PS-2"],
            ["Hydraulic filter element", "SLV-HF-55", "SLV-HF-75"],
            ["Screw coupling insert", "SLV-CI-22", "SLV-CI-37"],
            ["Outlet chute level switch", "SLV-LS-1", "SLV-LS-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kontiva-cpx-continuous-particleboard-press.pdf", "Kontiva KTV-OM-CPX-04 Ed 3 - CPX-28 / CPX-36", KONTIVA),
        ("strewald-mf-mat-forming-station.pdf", "Strewald STW-BA-MF26-02 Ed 2 - MF-26", STREWALD),
        ("decorvik-kt-short-cycle-melamine-press.pdf", "Decorvik DCV-OM-KT-07 Ed 1 - KT-30 / KT-40", DECORVIK),
        ("silvarro-sa-sweep-arm-silo-discharger.pdf", "Silvarro SLV-IOM-SA-03 Ed 2 - SA-6 / SA-8", SILVARRO),
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
