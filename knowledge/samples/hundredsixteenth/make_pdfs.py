"""Generate the PDF manuals of the hundred-and-sixteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set116-scratch/venv && /tmp/set116-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set116-scratch/venv/bin/python knowledge/samples/hundredsixteenth/make_pdfs.py

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



# ---------------------------------------------------------------- Rillmark FDR flat-die thread rolling machines
RILLMARK = [
    ("title", "Rillmark FDR Flat-Die Thread Rolling Machines\nOperation and Maintenance - FDR-12 and FDR-16"),
    (
        "p",
        "Document RLK-OM-FDR-04, Edition 3, March 2025. Rillmark Rolling Machines. The FDR-12 and FDR-16 roll "
        "external ISO metric threads on headed blanks (bolts and screws) between one stationary and one "
        "reciprocating flat die. Blanks come from the step feeder down the feed rail; at the start of each ram "
        "stroke the starter finger pushes one blank between the dies. The ram is driven by a crank from a flywheel through a pneumatic clutch "
        "and brake. The stationary die block rests on a hydraulic overload cushion, and the cushion pressure is "
        "shown on the display as the rolling force. Apart from the items named in this manual, the two models are "
        "built alike.",
    ),
    (
        "p",
        "The step feeder has its own manual (RLK-OM-SF-02). Thread rolling dies are not supplied by Rillmark: "
        "order them from the die maker with the part drawing. The foundation, the electrical supply up to the main "
        "switch and the oil mist extraction are the site's responsibility, and so are the thread gauges and the "
        "sampling plan of the quality department.",
    ),
    (
        "warn",
        "WARNING: The flywheel runs on for up to 90 s after STOP. The die guard stays locked until the flywheel "
        "is below 10 rpm. Never bridge the guard lock and never reach into the die area in RUN or INCH.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FDR-12", "FDR-16"],
            ["Thread range, ISO metric coarse and fine", "M5-M12", "M8-M16"],
            ["Maximum blank diameter (rolling diameter)", "11.0 mm", "15.0 mm"],
            ["Blank length under the head", "8-120 mm", "12-160 mm"],
            ["Maximum thread length", "65 mm", "90 mm"],
            ["Maximum head diameter", "22 mm", "30 mm"],
            [
                "Dies, stationary / moving, length x height x thickness",
                "230 / 255 x 75 x 40 mm",
                "305 / 335 x 100 x 50 mm",
            ],
            ["Ram stroke", "300 mm", "390 mm"],
            ["Stroke rate, one part per stroke", "60-220 /min", "40-160 /min"],
            ["Maximum rolling force", "120 kN", "180 kN"],
            ["Overload cushion piston / overload valve setting", "85 mm / 210 bar", "100 mm / 230 bar"],
            ["Main motor 400 V 3~ 50 Hz", "11 kW", "18.5 kW"],
            ["Die oil (neat oil ISO VG 22), tank and flow", "120 L, 8-12 L/min", "160 L, 12-18 L/min"],
            ["Slide lubrication, way oil ISO VG 68, reservoir", "2.0 L", "3.0 L"],
            ["Compressed air at 6 bar", "80 NL/min", "120 NL/min"],
            ["Mass without the step feeder", "4200 kg", "6800 kg"],
            ["Sound pressure level at the operator position, highest stroke rate", "84 dB(A)", "86 dB(A)"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The stroke rates hold for blanks of carbon steel up to 800 N/mm² tensile strength. Stainless steel blanks "
        "(A2, A4) must be rolled at no more than 65 % of the highest stroke rate: 143 /min on the FDR-12 and "
        "104 /min on the FDR-16. Blanks for property classes 10.9 and 12.9: whether they are rolled before or after "
        "heat treatment, and the blank hardness, are set by the site's process specification; this manual gives no "
        "figures for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained setters may change dies or adjust the die size, parallelism or match.",
            "Before any work in the die area other than a visual check, stop the flywheel, switch off and lock the "
            "main switch and close and lock the air valve.",
            "Wear safety glasses and cut-resistant, oil-resistant gloves when handling dies: the die teeth are sharp "
            "and the moving die of the FDR-16 weighs about 13 kg. Use the die lifter for the FDR-16 dies.",
            "Never bridge the overload cushion and never raise the overload valve above the setting on the data "
            "plate (210 bar on the FDR-12, 230 bar on the FDR-16).",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Blank diameter"),
            (
                "p",
                "A rolled thread grows from the blank: the material pressed out of the roots forms the crests. As a "
                "starting value for ISO metric threads in steel take blank diameter = nominal diameter - 0.65 x pitch. "
                "Example M8 x 1.25: 8 - 0.65 x 1.25 = 7.19 mm. Correct the blank diameter after the first gauge check; "
                "the final value is the one on the site's process sheet.",
            ),
            ("h", "Die size (penetration)"),
            (
                "p",
                "The stationary die block is set by a wedge. One division of the size dial moves the die 0.01 mm. "
                "Close the dies by no more than 0.05 mm (5 divisions) in one step, and check the thread with the ring "
                "gauges before the next step.",
            ),
            ("h", "Die parallelism"),
            (
                "p",
                "The working faces of the two dies must be parallel within 0.02 mm over the length of the stationary "
                "die, measured with the die gauge RLK-DG-1 at both ends. Dies that are not parallel roll a tapered "
                "thread.",
            ),
            ("h", "Die match"),
            (
                "p",
                "The dies are matched "
                "within ±0.03 mm along the die axis with the match screw of the moving die holder; one division of "
                "the match screw collar is 0.02 mm. A mismatch rolls double or split crests.",
            ),
            ("h", "Rolling force"),
            (
                "p",
                "Rolling force (kN) = cushion pressure (bar) x cushion piston area (cm²) / 100. For continuous "
                "production keep the force at or below 85 % of the maximum rolling force: 102 kN on the FDR-12, "
                "153 kN on the FDR-16. Above 90 % (108 kN, 162 kN) for 10 strokes in a row R04 is shown. At the "
                "overload valve setting the valve opens, the clutch disengages and R03 stops the machine.",
            ),
            ("h", "Starter timing"),
            (
                "p",
                "The starter finger must push the blank in when the start end of the moving die leads the start end "
                "of the stationary die by 3 to 5 mm. Earlier entry chips the die teeth; later entry lets the blank "
                "fall out or roll crooked.",
            ),
            ("h", "Die life"),
            (
                "p",
                "About 250 000 parts per die set on carbon steel blanks up to property class 8.8. Each die has two working ends: turn it end for end once "
                "before it is sent for regrinding. Rillmark states no die life for stainless steel or for "
                "heat-treated blanks; ask the die maker.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Emergency stop", "Release the button and press RESET."],
            ["R02", "Guard open", "Die guard or rear guard open, or the guard lock not locked."],
            [
                "R03",
                "Overload",
                "The rolling force reached the overload valve setting: double blank, oversize blank or dies closed "
                "too far. Clear the die area and reset the overload (section 9).",
            ],
            [
                "R04",
                "Rolling force high",
                "Above 90 % of the maximum rolling force for 10 strokes in a row. Check the blank diameter and the "
                "die size setting.",
            ],
            [
                "R05",
                "Die oil flow low",
                "Below 6 L/min (FDR-12) or 10 L/min (FDR-16) for 5 s. Check the tank level, the filter and the nozzles.",
            ],
            ["R06", "Slide lubrication", "Lubrication pressure switch not made within 3 lubrication cycles."],
            ["R07", "Feed rail empty", "No blank at the starter for 30 s. Check the step feeder (its own manual)."],
            [
                "R09",
                "Blank not started",
                "Blank jammed at the rail end, or rail gap too narrow.",
            ],
            ["R10", "Main motor overload", "Thermal relay tripped. Let the motor cool for 15 min; check the belts."],
            [
                "R11",
                "Brake time long",
                "The ram took more than 250 ms to stop at the brake test. Replace the brake lining.",
            ],
            ["R12", "Die oil hot", "Die oil above 60 °C. Check the oil cooler fan and the oil level."],
            ["R13", "Die count reached", "The die life count set for the part is reached. Turn or change the dies."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Thread tapered, larger at one end",
                "Dies not parallel",
                "Check with the die gauge and set the dies parallel within 0.02 mm (section 8)",
            ],
            [
                "Double or split crests (drunken thread)",
                "Dies out of match",
                "Reset the match within ±0.03 mm (section 8)",
            ],
            [
                "Major diameter too small, crests flat",
                "Blank too small or dies open too far",
                "Check the blank diameter; close the dies in steps of no more than 0.05 mm",
            ],
            [
                "Flaked or seamed crests",
                "Blank too large or dies closed too far",
                "Reduce the blank diameter or open the dies",
            ],
            [
                "Blanks fall out between the dies or roll crooked",
                "Starter timing late, or feed rail gap too wide",
                "Set the starter timing (3 to 5 mm lead); set the rail gap to the shank diameter + 0.2 to 0.4 mm",
            ],
            [
                "Die teeth chipped at the start end",
                "Blank entering too early, or double blanks",
                "Check the starter timing and the feed rail end",
            ],
        ],
        (50, 50, 70),
    ),
    ("h", "6. Setting up for a new part"),
    (
        "ol",
        [
            "Measure 10 blanks with a micrometer: all must be within the blank diameter of the process sheet.",
            "Fit the dies for the thread (section 7).",
            "Set the feed rail gap to the shank diameter + 0.2 to 0.4 mm, and the rail height so that the heads ride "
            "0.5 mm clear of the rail.",
            "Set the die height with the shim pack so that the thread ends at the distance from the head given on "
            "the drawing.",
            "Check the die parallelism with the die gauge: within 0.02 mm.",
            "Open the size dial by 0.20 mm from the expected setting.",
            "Roll single blanks in INCH mode and close the dies in steps of no more than 0.05 mm until the GO ring "
            "gauge screws on and the NO-GO ring gauge does not.",
            "Check the first threads for double crests and correct the match if needed (section 8).",
            "Run 20 parts at a low stroke rate (no more than 100 /min on the FDR-12, 80 /min on the FDR-16), check "
            "them with the gauges, then raise the rate.",
            "Enter the die life count for R13.",
        ],
    ),
    ("h", "7. Changing the dies"),
    (
        "ol",
        [
            "Stop the machine and wait for the flywheel to stop. Switch off and lock the main switch; close and lock "
            "the air valve.",
            "Open the die guard and loosen the four clamp screws of the moving die and the four clamp screws of the stationary die.",
            "Lift the dies out (FDR-16: with the die lifter).",
            "Clean the die pockets and backing plates; remove all chips and burrs. Replace a backing plate with an "
            "indentation deeper than 0.02 mm.",
            "Insert the new dies on the same shim pack; the longer die is the moving die and goes in the ram.",
            "Tighten the clamp screws crosswise in two stages to 140 Nm (FDR-12) or 210 Nm (FDR-16).",
            "Check the parallelism with the die gauge: within 0.02 mm (section 8).",
            "Close the guard, remove the locks and continue with section 6 from step 7.",
            "Reset the die life counter.",
        ],
    ),
    ("h", "8. Die parallelism and match"),
    (
        "p",
        "Parallelism: place the die gauge RLK-DG-1 across the dies at the start end and at the exit end of the "
        "stationary die. If the readings differ by more than 0.02 mm, turn the two rear taper screws of the "
        "stationary die block until they agree. Match:",
    ),
    (
        "ol",
        [
            "Roll one part in INCH mode and look at the thread under the magnifier: double or split crests mean a "
            "mismatch.",
            "Lock out as in section 7, step 1.",
            "Loosen the two lock nuts of the match screw on the moving die holder.",
            "Turn the match screw by two divisions (0.04 mm) in the direction of the arrow on the label.",
            "Tighten the lock nuts to 60 Nm.",
            "Roll another part and repeat until no double crests are left: the dies are then matched within ±0.03 "
            "mm.",
        ],
    ),
    ("h", "9. Resetting after an overload (R03)"),
    (
        "ol",
        [
            "Press STOP and wait for the flywheel to stop.",
            "Lock out the main switch and the air valve.",
            "Open the die guard and remove the jammed blanks with the brass extractor hook, never by hand.",
            "Inspect both dies for chipped teeth; a chipped die must be turned or replaced.",
            "Close the guard, remove the locks and switch on.",
            "Press OVERLOAD RESET for 3 s. The pump recharges the cushion; READY shows when the cushion is back at "
            "its preload of 50 bar.",
            "Roll a single blank in INCH mode and gauge it before restarting production.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the die oil level and flow; clean the die area"],
            ["Weekly", "Check the feed rail wear strips and the starter finger; check the slide lubrication reservoir"],
            [
                "500 h or 3 months, whichever comes first",
                "Change the die oil filter cartridge; clean the magnet in the oil tank",
            ],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the die oil; check the flywheel belt tension; run the brake test",
            ],
            ["When R11 shows, at the latest every 4000 h", "Replace the brake lining"],
            ["12 months", "Rillmark service: clutch, brake, crank bearings and overload cushion"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FDR-12", "FDR-16"],
            ["Die gauge", "RLK-DG-1", "RLK-DG-1"],
            ["Starter finger", "RLK-SF-12", "RLK-SF-16"],
            ["Feed rail wear strips, pair", "RLK-WS-12", "RLK-WS-16"],
            ["Die oil filter cartridge 25 µm", "RLK-OF-25", "RLK-OF-25"],
            ["Brake lining set", "RLK-BL-12", "RLK-BL-16"],
            ["Overload cushion seal kit", "RLK-CS-85", "RLK-CS-100"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Muttrell MNT nut tapping machines
MUTTRELL = [
    ("title", "Muttrell MNT Automatic Nut Tapping Machines\nOperation and Maintenance Manual - MNT-4 and MNT-6"),
    (
        "p",
        "Document MUT-OM-MNT-07, Edition 2, June 2024. Muttrell Tapping Systems. The MNT-4 and MNT-6 tap hex nuts "
        "and flange nuts with bent-shank taps. Nut blanks come from the hopper elevator into one feed chute per "
        "spindle. A pusher drives each nut onto the rotating tap; the tapped nuts travel along the bent shank, "
        "through the tap holder and out into the discharge chute, so the machine never has to reverse. All spindles "
        "are driven by one motor through a gear train, and each spindle has its own slip clutch. The MNT-4 has four "
        "spindles and the MNT-6 six; apart from the spindle count and the items named in this manual the two models "
        "are built alike.",
    ),
    (
        "p",
        "The hopper elevator has its own manual (MUT-OM-HE-03). Taps are bought from the tap maker; Muttrell does "
        "not regrind taps, and regrinding is left to the tap maker or a regrinding service. The sampling plan for "
        "the thread gauges is set by the site's quality department.",
    ),
    (
        "warn",
        "WARNING: The taps turn as soon as the spindle drive runs, also with no nuts in the chutes. Stop the drive "
        "and lock the main switch before opening a spindle guard. Tapping oil at 50 °C and chips with sharp edges "
        "are in the spindle area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MNT-4", "MNT-6"],
            ["Spindles", "4", "6"],
            ["Nut thread range", "M4-M16", "M4-M16"],
            ["Nut width across flats", "7-24 mm", "7-24 mm"],
            ["Maximum nut height", "20 mm", "20 mm"],
            ["Spindle speed", "200-1200 rpm", "200-1000 rpm"],
            [
                "Output, M8 steel hex nuts of property class 8, machine total",
                "up to 240 /min",
                "up to 330 /min",
            ],
            ["Bent-shank tap, overall length", "180-260 mm", "180-260 mm"],
            ["Drive motor 400 V 3~ 50 Hz", "7.5 kW", "11 kW"],
            ["Tapping oil tank", "250 L", "350 L"],
            ["Oil pump flow", "40 L/min", "60 L/min"],
            ["Oil filter", "25 µm", "25 µm"],
            ["Compressed air at 6 bar", "100 NL/min", "150 NL/min"],
            ["Mass", "1900 kg", "2600 kg"],
            ["Sound pressure level at 1 m, M8 nuts", "82 dB(A)", "83 dB(A)"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The output holds for M8 steel hex nuts of property class 8 at 750 rpm with new taps and tapping oil at "
        "20-45 °C. Smaller nuts do not run faster than the pushers allow: 70 strokes per minute per spindle.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may change taps or set the clutches. Lock out the main switch before any work "
            "behind a spindle guard.",
            "Wear safety glasses and cut-resistant gloves when handling taps, nuts and chips.",
            "The tapping oil is a sulphurised neat oil. Avoid skin contact; use the barrier cream provided at the "
            "machine and change oil-soaked clothing.",
            "Never clear a chute with the pusher running. Stop the spindle with its STOP key first.",
            "Keep the floor around the machine free of oil: the drip trays must be emptied each shift.",
        ],
    ),
    ("h", "3. Speeds, clutches and taps"),
    (
        "cols",
        [
            ("h", "Cutting speed"),
            (
                "p",
                "Cutting speed v (m/min) = 3.14 x d (mm) x n (rpm) / 1000, with d the nominal thread diameter and n "
                "the spindle speed. For steel nuts of property classes 5, 6 and 8 keep v within 12-20 m/min. For "
                "class 10 nuts v must not exceed 12 m/min. Example: M10 at 500 rpm gives 3.14 x 10 x 500 / 1000 = "
                "15.7 m/min. The spindle speed for a wanted cutting speed is n = 1000 x v / (3.14 x d); M16 at 12 "
                "m/min needs 239 rpm. Muttrell gives no cutting speeds for stainless steel or non-ferrous nuts: ask "
                "the Muttrell application service.",
            ),
            ("h", "Slip clutch settings"),
            (
                "p",
                "Set each spindle clutch with the torque key to the value for the thread size: M4 3 Nm, M5 5 Nm, M6 "
                "8 Nm, M8 15 Nm, M10 25 Nm, M12 40 Nm, M14 60 Nm, M16 80 Nm. These settings are for steel nuts of "
                "property class 8 with the tapping oil in use. For class 10 nuts add 20 % (M8: 18 Nm). Never set a "
                "clutch above the M16 value.",
            ),
            ("h", "Tap life"),
            (
                "p",
                "Change a tap after 30 000 nuts (M8, steel, class 8) or at the first gauge failure, whichever comes "
                "first. The tap life counter of each spindle (T12) is set in the spindle menu. Mark used taps and "
                "keep them apart for regrinding.",
            ),
            ("h", "Thread check"),
            (
                "p",
                "After every tap change, check the first 5 nuts of the spindle with the GO and NO-GO plug gauges "
                "(tolerance class 6H), and then every 2 h of production.",
            ),
            ("h", "Tapping oil"),
            (
                "p",
                "Sulphurised neat tapping oil of viscosity ISO VG 15 to 22. The oil cooler fan runs above 45 °C; "
                "the oil temperature must not exceed 50 °C (T08).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "Release the button and press RESET."],
            ["T02", "Guard open", "A spindle guard or the gear cover is open."],
            [
                "T03",
                "Clutch slipping (spindle shown)",
                "Tap overload: nut hole too small, nut too hard, tap worn or clutch set too low. Check the nut blank "
                "and the clutch table (section 3).",
            ],
            [
                "T04",
                "Nut jam in feed chute (spindle shown)",
                "No nut reached the tap for 5 s with the pusher running. Clear the chute (spindle stopped).",
            ],
            [
                "T05",
                "No nuts out (spindle shown)",
                "The discharge sensor saw no nut for 20 s while the spindle ran: tap broken or shank blocked by "
                "chips.",
            ],
            ["T06", "Oil flow low", "Below 30 L/min (MNT-4) or 45 L/min (MNT-6). Clean the filter, check the pump."],
            ["T08", "Oil hot", "Tapping oil above 50 °C. Check the cooler fan and the oil level."],
            ["T09", "Oil level low", "Top up with the same tapping oil."],
            ["T10", "Motor overload", "Thermal relay of the drive motor tripped."],
            ["T11", "Air pressure low", "Below 5 bar at the machine inlet."],
            ["T12", "Tap life count reached (spindle shown)", "Change the tap (section 7)."],
        ],
        (16, 48, 106),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Torn or rough threads",
                "Cutting speed too high, tap worn, oil flow low or oil hot",
                "Reduce the speed into the 12-20 m/min range (class 8); change the tap; check the oil flow and "
                "temperature",
            ],
            [
                "GO plug gauge does not enter",
                "Tap worn undersize",
                "Change the tap",
            ],
            [
                "NO-GO plug gauge enters",
                "Wrong tap, chips packed on the tap, tap wobbling in the holder",
                "Check the tap marking; clean the tap; check the holder slot",
            ],
            [
                "Thread not square to the nut face",
                "Pusher tip or chute end worn",
                "Replace the pusher tip if worn by more than 0.5 mm; check the chute",
            ],
            [
                "Nuts pile up on the shank, spindle stalls",
                "Chips in the bend of the shank, or nuts higher than the tap allows",
                "Clean the shank; use a tap with a longer shank for high nuts",
            ],
            [
                "Clutch slips on every nut",
                "Nut hole too small or clutch set too low",
                "Check the nut hole against the nut drawing; set the clutch by the table in section 3",
            ],
            [
                "Oil foams in the tank",
                "Oil level low or air drawn in at the pump suction",
                "Top up; check the suction hose clamps",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Start of shift"),
    (
        "ol",
        [
            "Check the tapping oil level in the tank sight glass and empty the drip trays.",
            "Check the air pressure at the inlet: at least 5 bar.",
            "Switch on and start the oil pump; check that oil flows on every spindle.",
            "Start the spindle drive and let it run for 2 min with no nuts.",
            "Start the hopper elevator and the feed, one spindle after the other.",
            "Check the first 5 nuts of each spindle with the GO and NO-GO plug gauges.",
        ],
    ),
    ("h", "7. Changing a tap"),
    (
        "ol",
        [
            "Stop the spindle drive and wait until the spindles stand still. Switch off and lock the main switch.",
            "Open the guard of the spindle.",
            "Push the nuts that are still on the tap shank through to the discharge with the brass rod.",
            "Loosen the tap holder clamp screw (hex 6 mm) and pull the tap forward out of the holder.",
            "Clean the holder slot and the end of the feed chute. Check the pusher tip: replace it if it is worn "
            "by more than 0.5 mm.",
            "Check the new tap: size, pitch, tolerance class and a shank long enough for the nut height.",
            "Fit the tap with the bend pointing to the discharge and push it fully home.",
            "Tighten the clamp screw to 12 Nm.",
            "Set the slip clutch for the thread size (section 3).",
            "Close the guard, unlock and run the spindle at 200 rpm for 30 s with oil and without nuts.",
            "Tap 5 nuts and check them with the GO and NO-GO plug gauges.",
            "Reset the tap life counter of the spindle.",
        ],
    ),
    ("h", "8. Setting a slip clutch"),
    (
        "ol",
        [
            "Stop the drive and lock out.",
            "Open the gear cover of the spindle.",
            "Loosen the clutch lock ring with the hook spanner.",
            "Fit the torque key on the clutch nut and turn the nut until the key reads the torque of section 3 when "
            "the clutch slips.",
            "Tighten the lock ring and check the slipping torque again.",
            "Close the gear cover.",
        ],
    ),
    ("h", "9. Cleaning the oil filter and tank"),
    (
        "ol",
        [
            "Stop the drive and the oil pump and lock out.",
            "Close the filter isolating valve and open the filter housing.",
            "Replace the 25 µm cartridge; do not wash and reuse it.",
            "Lift out the chip basket and empty it into the chip bin for oily swarf.",
            "Once a month, or when T06 shows twice in a week, pump the oil into a clean container, scrape the sludge "
            "out of the tank and refill.",
            "Open the isolating valve, start the pump and check for leaks and flow.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Oil level; drip trays; chip basket; gauge check every 2 h"],
            ["Weekly", "Pusher tips and chute ends; clutch slipping torque on one spindle in turn"],
            ["250 h or 1 month, whichever comes first", "Replace the oil filter cartridge (section 9)"],
            ["2000 h or 12 months, whichever comes first", "Change the tapping oil; clean the cooler"],
            ["4000 h", "Change the gear train oil (ISO VG 220, 8 L)"],
            ["12 months", "Muttrell service: gear train, spindle bearings and clutches"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MNT-4", "MNT-6"],
            ["Tap holder, complete", "MUT-TH-20", "MUT-TH-20"],
            ["Pusher tip", "MUT-PT-04", "MUT-PT-04"],
            ["Feed chute end, per size range", "MUT-CE-xx", "MUT-CE-xx"],
            ["Slip clutch disc set", "MUT-CD-4", "MUT-CD-6"],
            ["Oil filter cartridge 25 µm", "MUT-OF-40", "MUT-OF-60"],
            ["Oil pump", "MUT-OP-40", "MUT-OP-60"],
            ["Discharge sensor", "MUT-DS-01", "MUT-DS-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Lamellor DSM-60 zinc flake dip-spin coater
LAMELLOR = [
    ("title", "Lamellor DSM-60 Dip-Spin Coating Machine\nfor zinc flake coatings - Operating and Maintenance Instructions"),
    (
        "p",
        "Document LAM-OI-DSM60-02, Edition 2, January 2025. Lamellor Coating Systems. The DSM-60 applies zinc "
        "flake basecoats and topcoats to fasteners in bulk, one batch at a time. The operator loads the basket "
        "(600 mm diameter) with parts at the loading station; the built-in hoist lowers it into the coating tank "
        "(dip), lifts it out and spins it to throw off the surplus coating. The basket can be tilted during the "
        "spin so that recesses drain. The coated parts are then tipped onto the mesh belt of the curing oven.",
    ),
    (
        "p",
        "The curing oven, the coatings and the thinners are not part of the DSM-60: for curing temperatures and "
        "times see the oven's own manual and the coating maker's data sheets. The number of coats and the coating "
        "weight are set by the coating specification of the customer; the site laboratory measures the coating "
        "weight. The exhaust system beyond the hood connection, the explosion protection document (zones) and the "
        "disposal of coating waste are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Zinc flake coatings contain solvents. Keep ignition sources away from the hood, run the exhaust "
        "whenever the tank lid is open, and never spin with the hood door open.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DSM-60"],
            ["Basket, inside diameter x height", "600 x 350 mm"],
            ["Basket working volume", "60 L"],
            ["Maximum load of parts per batch", "100 kg, and no more than 60 % of the basket volume"],
            ["Hoist safe working load (basket and parts)", "150 kg"],
            ["Spin speed", "150-450 rpm, default 280 rpm"],
            ["Tilt angle during the spin", "0-45°"],
            ["Dip time", "5-60 s, default 15 s"],
            ["Coating tank volume / minimum level", "300 L / 180 L"],
            ["Coating temperature (chiller controlled)", "18-25 °C, setpoint 20 °C"],
            ["Spin motor / agitator motor", "5.5 kW / 0.55 kW"],
            ["Exhaust at the hood connection", "1200 m³/h; air velocity at the loading opening at least 0.5 m/s"],
            ["Compressed air", "6 bar, 50 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 25 A"],
            ["Mass without coating", "2800 kg"],
            ["Cycle time for one coat (load, dip 15 s, spin 2 x 10 s, tip)", "about 3 min"],
        ],
        (90, 80),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear solvent-resistant gloves, safety glasses and the apron when handling coating, thinner or freshly "
            "coated parts.",
            "Never open the hood door while the basket turns. The door stays locked until the spin has stopped.",
            "Never stand under the raised basket. The hoist is rated 150 kg for the basket and its load together.",
            "Keep the tank lid closed when the machine is not dipping: the lid limits solvent loss and vapour.",
            "Coating-soaked rags go into the closed metal bin at the machine, never into the general waste.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Load"),
            (
                "p",
                "No more than 100 kg of parts, and no more than 60 % of the basket volume. Parts that nest or cling "
                "together (washers, flat heads, thin-walled parts) no more than 40 % of the basket volume. The load "
                "cell under the hoist shows the load of each batch.",
            ),
            ("h", "Spin"),
            (
                "p",
                "The spin runs in two directions: first spin, reverse, second spin, each 5-20 s (default 10 s). Spin "
                "speeds above 350 rpm are allowed only with loads of 60 kg or less; the controller limits the speed "
                "when the load cell reads more than 60 kg. If the coating data sheet gives an acceleration instead of "
                "a speed, convert it: acceleration at the basket wall (in g) = 1.118 x 10^-5 x radius (cm) x speed² "
                "(rpm). At 280 rpm: 1.118 x 10^-5 x 30 x 280² = 26.3 g.",
            ),
            ("h", "Coating temperature"),
            (
                "p",
                "Keep the coating between 18 and 25 °C. Above 28 °C D04 blocks the dip: solvent evaporates and the "
                "pot life of the coating shortens.",
            ),
            ("h", "Viscosity"),
            (
                "p",
                "Measured with the DIN 4 mm flow cup at 20 °C ±0.5 °C (section 7). The viscosity must be within "
                "±3 s of the value on the coating maker's data sheet. Correct a high viscosity with the coating "
                "maker's thinner, at most 2 % of the tank contents per addition (6 L for a full tank of 300 L).",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The air velocity at the loading opening must be at least 0.5 m/s whenever the lid is open. A "
                "differential pressure switch at the hood connection stands for it: below the set point D03 blocks "
                "the dip.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "A vibration sensor on the spin bearing housing stops the spin at 6.0 mm/s (D07). Up to 4.0 mm/s "
                "is normal with a well spread load.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D01", "Emergency stop", "Release the button, press RESET."],
            ["D02", "Hood door open", "Close the door; the cycle cannot start."],
            [
                "D03",
                "Exhaust low",
                "Air velocity at the loading opening below 0.5 m/s. Check the site exhaust fan and its filter; "
                "dipping is blocked.",
            ],
            ["D04", "Coating too warm", "Above 28 °C. Check the chiller (D11) and keep the lid closed."],
            ["D05", "Coating level low", "Below 180 L. Top up with fresh coating of the same batch type."],
            ["D06", "Agitator stopped", "Motor protection tripped or coupling broken. Do not dip unstirred coating."],
            [
                "D07",
                "Spin imbalance",
                "Vibration at 6.0 mm/s or more: the spin stops. The load lies to one side.",
            ],
            ["D08", "Hoist overload", "More than 150 kg on the hoist. Reduce the load."],
            ["D10", "Basket lock open", "The basket is not locked on the spin head."],
            ["D11", "Chiller fault", "Chiller off or its flow switch open."],
            ["D12", "Spin motor hot", "Motor thermistor tripped. Let it cool; check the cycle rate."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Drips, tears or thick edges on the parts",
                "Spin speed too low, spin time too short, or viscosity too high",
                "Raise the spin speed in steps of 20 rpm; check the viscosity (section 7)",
            ],
            [
                "Coating filling hex sockets and recesses",
                "No tilt during the spin",
                "Set the tilt to 30-45° and use the reverse spin",
            ],
            [
                "Bare spots, parts stuck together after curing",
                "Basket overfilled or parts nesting",
                "Load no more than 60 % of the basket (40 % for nesting parts)",
            ],
            [
                "Coating too thin (site laboratory)",
                "Spin speed too high or viscosity too low",
                "Lower the spin speed in steps of 20 rpm; check the viscosity",
            ],
            [
                "Spin stops, basket shaking",
                "Load lying to one side of the basket (D07)",
                "Spread the load evenly and restart the spin",
            ],
            [
                "Coating thickens, skin on the surface",
                "Coating too warm, lid left open, little coating used",
                "Check the chiller; keep the lid closed; check the viscosity daily",
            ],
            [
                "Solvent smell at the loading station",
                "Exhaust low",
                "Check D03 and the site exhaust system",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. A coating cycle"),
    (
        "ol",
        [
            "Check that the coating is between 18 and 25 °C, the level is above 180 L and the agitator runs.",
            "Open the tank lid with the exhaust running.",
            "Load the basket at the loading station: no more than 100 kg and 60 % of the volume.",
            "Lock the basket on the spin head; D10 clears.",
            "Select the recipe (dip time, spin speed, spin times, tilt) and close the hood door.",
            "Press START: the hoist lowers the basket into the coating for the dip time.",
            "The basket rises above the tank, tilts and spins: first spin, reverse, second spin.",
            "The basket returns upright and moves over the oven belt, and the parts are tipped out.",
            "Check the first parts of each batch for drips and filled recesses.",
            "Close the lid when no further batch follows.",
        ],
    ),
    ("h", "7. Measuring and correcting the viscosity"),
    (
        "ol",
        [
            "Run the agitator for at least 10 min.",
            "Take 200 mL of coating from the sample tap in the middle of the tank.",
            "Bring the sample to 20 °C ±0.5 °C in the water bath.",
            "Set the DIN 4 mm flow cup level on its stand, close the outlet with a finger, fill the cup until it "
            "overflows and strike off the top with the glass plate.",
            "Open the outlet and start the stopwatch; stop it at the first break of the stream.",
            "Compare the time with the coating maker's data sheet: within ±3 s.",
            "If the time is too long, add thinner: at most 2 % of the tank contents per addition (6 L for 300 L). "
            "Run the agitator for 15 min and measure again.",
            "If the time is too short, add fresh coating, never thinner, and measure again.",
            "Record the result, the temperature and any addition in the tank log.",
            "Clean the cup with thinner straight away.",
        ],
    ),
    ("h", "8. Cleaning the basket"),
    (
        "ol",
        [
            "Switch off and lock the main switch; take the basket off the spin head with the hoist.",
            "Soak the basket in the cleaning tank with the coating maker's cleaner for at least 2 h.",
            "Brush off the loosened coating; never burn it off.",
            "Check the mesh for tears and the lock lugs for wear: the lug slot may be worn by no more than 1 mm.",
            "Dry the basket before it goes back into the coating.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Viscosity and temperature check; coating level; lid seal"],
            ["Weekly", "Clean one basket in turn (section 8); check the hoist chain"],
            ["Monthly", "Check the exhaust differential pressure switch; grease the tilt bearings"],
            ["6 months or 1500 h, whichever comes first", "Replace the spin shaft seals; check the spin belt"],
            ["12 months", "Lamellor service: spin bearings, hoist brake, vibration sensor test"],
            ["As required by the site", "Empty and clean the coating tank (coating maker's procedure)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Basket 600 mm, mesh 3 mm", "LAM-BK-603"],
            ["Basket 600 mm, mesh 5 mm", "LAM-BK-605"],
            ["Spin shaft seal set", "LAM-SS-60"],
            ["Spin belt", "LAM-SB-60"],
            ["Vibration sensor", "LAM-VS-01"],
            ["Tank lid seal", "LAM-LS-300"],
            ["DIN 4 mm flow cup with stand", "LAM-FC-4"],
        ],
        (90, 80),
    ),
]


# ---------------------------------------------------------------- Zugvell UT fastener testing machines
ZUGVELL = [
    ("title", "Zugvell UT Fastener Testing Machines\nOperating Manual - UT-300 and UT-600"),
    (
        "p",
        "Document ZUG-BA-UT-05, Edition 4, October 2024. Zugvell Testing Machines. The UT-300 and UT-600 are "
        "vertical servo-hydraulic testing machines for full-size bolts, screws, studs and nuts: tensile tests, "
        "wedge tensile tests and proof load tests of bolts, and proof load tests of nuts on a hardened test "
        "mandrel. A cylinder in the base pulls the lower crosshead down; the load cell sits in the upper crosshead. "
        "The ZugLab software on the control PC runs the test programs and writes the reports. The two models differ "
        "only in capacity and in the items named in this manual.",
    ),
    (
        "p",
        "The tests follow ISO 898-1 (bolts, screws and studs) and ISO 898-2 (nuts). The loads and limits of the "
        "standards - proof loads, minimum tensile loads, wedge angles for special cases, mandrel data - are not "
        "repeated in this manual; the test plans come from the site's quality department. The load measurement is "
        "calibrated once a year to ISO 7500-1 by an accredited calibration laboratory, not by the user. Test "
        "mandrels and special adapters are site items.",
    ),
    (
        "warn",
        "WARNING: A breaking bolt releases its energy at once; fragments can fly out. Test only with the safety "
        "shield closed. Above 5 kN the machine does not load with the shield open (U02).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UT-300", "UT-600"],
            ["Capacity, tension", "300 kN", "600 kN"],
            ["Load measurement class 0.5 (ISO 7500-1)", "from 3 kN to 300 kN", "from 6 kN to 600 kN"],
            ["Largest bolt to be broken, class 10.9 / class 8.8", "M20 / M24", "M30 / M33"],
            ["Clear height between the adapter seats", "50-700 mm", "50-900 mm"],
            ["Piston stroke", "250 mm", "300 mm"],
            ["Piston speed, no load", "0.1-100 mm/min", "0.1-80 mm/min"],
            ["Maximum working pressure", "210 bar", "210 bar"],
            ["Hydraulic power unit motor", "3 kW", "5.5 kW"],
            ["Hydraulic oil HLP 46, tank", "60 L", "100 L"],
            ["Displacement resolution", "1 µm", "1 µm"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "25 A"],
            ["Mass", "1650 kg", "2900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The largest bolt sizes are those whose minimum ultimate tensile load stays below the capacity: an M20 "
        "bolt of class 10.9 needs 255 kN (UT-300), an M30 bolt of class 10.9 needs 583 kN (UT-600). Larger sizes "
        "must not be broken on the machine, even when they fit the adapters. The load measurement class holds "
        "only within 12 months of the last calibration certificate and with the oil at 20-55 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained testers may run the machine. Keep other persons out of the marked area while a test runs.",
            "Never reach between the crossheads while the power unit runs. Use the JOG keys only with the shield "
            "closed.",
            "Never load an adapter, wedge or mandrel above the load marked on it, even within the machine capacity.",
            "Broken bolt ends are sharp and may be hot after a fast test: use the tongs.",
            "Hydraulic oil under pressure: never loosen a fitting with the power unit running or the accumulator "
            "charged.",
        ],
    ),
    ("h", "3. Test settings"),
    (
        "cols",
        [
            ("h", "Test speed"),
            (
                "p",
                "In tensile and wedge tensile tests the free-running crosshead speed must not exceed 25 mm/min. The "
                "default programs run at 10 mm/min up to the proof load and at 20 mm/min above it.",
            ),
            ("h", "Free thread length"),
            (
                "p",
                "Between the threaded adapter (or the test nut) and the thread run-out, leave at least one diameter "
                "(1 d) of free loaded thread: 12 mm for an M12 bolt.",
            ),
            ("h", "Wedge tensile test"),
            (
                "p",
                "Wedge angle 10° for bolts up to M20 and 6° above M20, for bolts with a plain shank of at least 2 d. "
                "For bolts with a shorter plain shank and for fully threaded screws the standard gives the angle; it "
                "is not repeated here. Fit the wedge with the hole edge radius towards the head.",
            ),
            ("h", "Proof load test of bolts"),
            (
                "p",
                "Measure the bolt length with the length gauge ZUG-LG-1, load to the proof load of the test plan, "
                "hold for 15 s and unload. The bolt length after unloading must be the same as before within ±12.5 "
                "µm. The machine holds the load within ±1 % of the proof load during the hold; a fall of more than "
                "1 % is reported as HOLD FAIL.",
            ),
            ("h", "Proof load test of nuts"),
            (
                "p",
                "The nut is loaded on the hardened test mandrel and held for 15 s. After unloading it must come off "
                "by hand, or with a wrench for no more than half a turn.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "With the oil below 20 °C run the power unit for 10 min at no load before the first test; cold oil "
                "makes the load control jerky.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["U01", "Emergency stop", "Release the button; the load is released at once."],
            ["U02", "Safety shield open", "Loading above 5 kN is blocked until the shield is closed."],
            [
                "U03",
                "Overload",
                "Load above 102 % of the capacity (306 kN on the UT-300, 612 kN on the UT-600). The valve closes "
                "and the pressure is released. Have the load cell checked before further tests.",
            ],
            ["U04", "Oil hot", "Oil above 55 °C. Pause the test series; check the cooler."],
            ["U05", "Oil filter clogged", "Differential pressure above 5 bar. Replace the element (section 9)."],
            ["U06", "End of stroke", "The piston reached its end position. Reposition the adapters."],
            ["U07", "Load signal fault", "Load cell signal out of range or cable fault."],
            [
                "U09",
                "Calibration overdue",
                "More than 12 months since the date of the last calibration certificate entered in ZugLab.",
            ],
            ["U10", "Pressure not reached", "Working pressure not reached within 10 s: pump or valve fault."],
            [
                "U11",
                "Break not detected",
                "The test ran to the end of the stroke without a load drop. Check the stop criteria of the program.",
            ],
            ["U12", "PC link lost", "The test was aborted and the load released. Restart ZugLab."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bolt breaks in the adapter thread, not in the free thread",
                "Free thread length too short, or adapter thread worn",
                "Leave at least 1 d of free thread; check the adapter thread with the gauge and replace a worn adapter",
            ],
            [
                "Load falls during the proof load hold",
                "Leak at the valve or cylinder, or the bolt yielding",
                "A fall of more than 1 % in the 15 s hold: repeat with a reference bolt; if it falls again, call "
                "Zugvell service",
            ],
            [
                "Jerky load curve, load noise",
                "Oil cold or air in the hydraulics",
                "Warm up for 10 min at no load; bleed the cylinder (Zugvell service)",
            ],
            [
                "Load reading not zero with no specimen",
                "Adapters not tared, load cell drift",
                "Press TARE with the adapters fitted; above 0.5 % of the capacity call Zugvell service",
            ],
            [
                "Head comes off in the wedge test",
                "May be a real failure of the part; wrong wedge angle",
                "Check the wedge angle and the hole; record the result; the quality department decides",
            ],
            [
                "U04 during long test series",
                "Cooler dirty, room too warm",
                "Clean the cooler fins; leave 5 min between breaks of large bolts",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Check the oil level in the power unit sight glass and look for leaks.",
            "Switch on the machine and the PC; start ZugLab.",
            "With the oil below 20 °C, run the power unit for 10 min at no load.",
            "Close the shield and move the crosshead over its full stroke once with the JOG keys.",
            "Fit the adapters of the first test and press TARE.",
        ],
    ),
    ("h", "7. Wedge tensile test"),
    (
        "ol",
        [
            "Select the wedge tensile program and enter the bolt size, property class and lot number.",
            "Fit the wedge for the size in the upper adapter: 10° for bolts up to M20, 6° above M20 (bolts with a "
            "plain shank of at least 2 d).",
            "Fit the threaded adapter for the thread in the lower crosshead.",
            "Put the bolt through the wedge with the head on the wedge face and screw it into the threaded adapter, "
            "leaving at least 1 d of free thread.",
            "Move the crosshead with JOG until the bolt is just free of load, and press TARE.",
            "Close the safety shield.",
            "Press START. The machine preloads to 1 % of the expected load, pulls at 10 mm/min up to the proof "
            "load and at 20 mm/min until the break; the speed never exceeds 25 mm/min.",
            "After the break the load is released. Open the shield and take out the pieces with the tongs.",
            "Judge the fracture location by ISO 898-1 and enter it; ZugLab records the maximum load only.",
            "Save the report.",
        ],
    ),
    ("h", "8. Proof load test of a bolt"),
    (
        "ol",
        [
            "Measure the bolt length with the length gauge ZUG-LG-1 and enter it.",
            "Fit the bolt in the threaded adapters with at least 1 d of free thread; press TARE; close the shield.",
            "Start the proof load program: the machine loads to the proof load of the test plan and holds it for "
            "15 s.",
            "After unloading, measure the bolt length again: it must be the same within ±12.5 µm.",
            "If HOLD FAIL shows, repeat the test with a reference bolt before judging the part.",
        ],
    ),
    ("h", "9. Replacing the oil filter element"),
    (
        "ol",
        [
            "Switch off the power unit and wait 5 min for the pressure to fall; check the gauge reads 0 bar.",
            "Place a tray under the filter housing and unscrew the bowl.",
            "Replace the element ZUG-FE-10 (10 µm) and the bowl O-ring.",
            "Screw on the bowl hand-tight plus a quarter turn.",
            "Start the power unit, check for leaks and reset the filter indicator.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Oil level, leaks, shield; TARE check"],
            ["Weekly", "Clean the adapters and wedges; check the adapter threads with the gauges"],
            ["1000 h or 12 months, whichever comes first", "Replace the oil filter element (section 9)"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil (HLP 46)"],
            ["12 months", "Calibration to ISO 7500-1 by an accredited calibration laboratory"],
            ["12 months", "Zugvell service: cylinder seals, valve, accumulator precharge"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "UT-300", "UT-600"],
            ["Oil filter element 10 µm", "ZUG-FE-10", "ZUG-FE-10"],
            ["Wedge 10°, per size", "ZUG-W10-xx", "ZUG-W10-xx"],
            ["Wedge 6°, per size", "ZUG-W06-xx", "ZUG-W06-xx"],
            ["Threaded adapter, per thread", "ZUG-TA3-xx", "ZUG-TA6-xx"],
            ["Length gauge", "ZUG-LG-1", "ZUG-LG-1"],
            ["Safety shield panel", "ZUG-SP-3", "ZUG-SP-6"],
            ["Cylinder seal kit", "ZUG-CS-3", "ZUG-CS-6"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rillmark-fdr-flat-die-thread-rolling-machine.pdf", "Rillmark RLK-OM-FDR-04 Ed 3 - FDR-12 / FDR-16", RILLMARK),
        ("muttrell-mnt-nut-tapping-machine.pdf", "Muttrell MUT-OM-MNT-07 Ed 2 - MNT-4 / MNT-6", MUTTRELL),
        ("lamellor-dsm-zinc-flake-dip-spin-coating-machine.pdf", "Lamellor LAM-OI-DSM60-02 Ed 2 - DSM-60", LAMELLOR),
        ("zugvell-ut-fastener-tensile-testing-machine.pdf", "Zugvell ZUG-BA-UT-05 Ed 4 - UT-300 / UT-600", ZUGVELL),
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
