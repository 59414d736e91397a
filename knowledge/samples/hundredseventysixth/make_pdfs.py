"""Generate the PDF manuals of the hundred-and-seventy-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set176-scratch/venv && /tmp/set176-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set176-scratch/venv/bin/python knowledge/samples/hundredseventysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Tassaro CFM paper cup forming machines
TASSARO = [
    ("title", "Tassaro CFM Paper Cup Forming Machines\nOperation and Maintenance Manual - CFM-85 and CFM-130"),
    (
        "p",
        "Document TSR-OM-CFM-04, Edition 3, March 2025. Tassaro Cup Systems S.r.l. The CFM-85 and CFM-130 form "
        "single-wall paper cups from printed, die-cut sidewall blanks (fans) and a bottom paper web. The blank is "
        "wrapped round a mandrel on the indexing turret, the side seam is sealed with hot air, the bottom disc is "
        "punched from the web, heated, folded and knurled, and the rim is curled before the cup is blown out to "
        "the stacker. The two models share the frame design, the control system and the tooling principle; they "
        "differ in turret size, output, heaters and the items listed in this manual. Double-wall and ripple cups "
        "need an outer wrap applied on a separate wrapping machine, which is not covered here.",
    ),
    (
        "warn",
        "WARNING: The side seam nozzles run at more than 400 °C and stay hot for at least 30 minutes after the "
        "heaters are switched off. Never reach into the turret area unless the machine is stopped with the main "
        "switch locked off and the turret brake engaged.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CFM-85", "CFM-130"],
            ["Cup volume range", "4-12 oz (120-360 mL)", "6-16 oz (180-480 mL)"],
            ["Top diameter", "62-90 mm", "70-98 mm"],
            ["Bottom diameter", "45-60 mm", "50-66 mm"],
            ["Cup height", "55-115 mm", "65-135 mm"],
            [
                "Rated output (8 oz single-wall cup, 250 g/m² board with 15 g/m² PE one side)",
                "85 cups/min",
                "130 cups/min",
            ],
            ["Sidewall board, grammage", "170-350 g/m²", "190-380 g/m²"],
            ["Bottom paper, grammage", "150-300 g/m²", "170-320 g/m²"],
            ["Bottom paper reel, maximum diameter / core", "600 mm / 76 mm", "800 mm / 76 mm"],
            ["Turret stations (mandrels)", "8", "10"],
            ["Side seam hot air heaters", "2 x 1.6 kW", "2 x 2.2 kW"],
            ["Bottom preheat heaters", "2 x 1.5 kW", "3 x 1.5 kW"],
            ["Main motor", "4.0 kW", "5.5 kW"],
            ["Total connected load, 400 V 3~ 50 Hz", "14 kW", "20 kW"],
            ["Supply fuse", "32 A gG", "40 A gG"],
            ["Compressed air, dry and oil-free, 6 bar", "0.4 m³/min", "0.6 m³/min"],
            ["Cam box oil, ISO VG 220 gear oil", "18 L", "24 L"],
            ["Machine mass", "3200 kg", "4100 kg"],
            ["Footprint (L x W)", "2600 x 1400 mm", "2900 x 1500 mm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated output holds only for the cup and board named in the table; larger cups, heavier board and PLA "
        "or aqueous-dispersion coatings need a lower speed. Output figures for other cups are set on the machine "
        "during acceptance and written into the recipe by Tassaro service.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Maintenance inside the guards is for trained fitters only.",
            "All guard doors are interlocked. Opening a door stops the turret and switches the hot air to idle; do "
            "not bridge the switches.",
            "Lock off the main switch and wait until the turret has stopped before clearing a jam at the ejector.",
            "Wear heat-resistant gloves for any work near the side seam nozzles or the bottom heaters.",
            "The knurling and curling tools have sharp edges. Handle them with gloves and store them in their "
            "cases.",
            "Fire: PE-coated board dust and trim can ignite on hot nozzles. Keep the heater area clean and keep a "
            "CO2 extinguisher next to the machine.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Side seam hot air"),
            (
                "p",
                "For PE-coated board with 12-18 g/m² PE the seam air temperature is set between 380 °C and 440 °C. "
                "Start at 400 °C and change in steps of 5 °C. Above 460 °C the heater trips (F05). Settings for PLA "
                "or aqueous-coated board are not given in this manual; ask the board supplier and Tassaro service.",
            ),
            ("h", "Nozzle gap"),
            (
                "p",
                "The gap between the side seam nozzle and the blank is 1.5 ±0.2 mm on both models. A larger gap "
                "gives a weak seam; a smaller gap marks the print.",
            ),
            ("h", "Seam overlap"),
            (
                "p",
                "The overlap of the two blank edges at the side seam is 6-8 mm on the CFM-85 and 7-9 mm on the "
                "CFM-130. It is set by the blank feed stop, not by the die-cut blank.",
            ),
            ("h", "Bottom preheat and knurling"),
            (
                "p",
                "Bottom preheat air is set to 330-380 °C. Knurling pressure is 3.5-4.5 bar on the CFM-85 and "
                "4.0-5.0 bar on the CFM-130. Raise the pressure only when the bottom heat is already in range.",
            ),
            ("h", "Blank magazine"),
            (
                "p",
                "Keep the blank stack between 100 mm and 600 mm high. Below 100 mm the feeder may pick double "
                "blanks; above 600 mm the bottom blanks are pressed together and the suction cups miss.",
            ),
            ("h", "Board condition"),
            (
                "p",
                "Board must have 6-9 % moisture and be stored at least 24 h in the production hall before use. "
                "Below 6 % moisture the rim cracks when it is curled.",
            ),
            ("h", "Output per hour"),
            (
                "p",
                "Good cups per hour = machine speed (cups/min) x 60 x (1 - reject rate). Example: a CFM-130 at 130 "
                "cups/min with 2 % rejects gives 130 x 60 x 0.98 = 7644 good cups per hour.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Do not run the turret faster than the rated output of the model. Speeds above 95 % of the rated "
                "output are allowed only once the heaters have been in range for 15 min.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop button is pressed. Release it and press RESET."],
            ["F02", "Guard open", "A guard door is open or its switch is out of adjustment."],
            ["F03", "Main motor overload", "Turret jammed or running stiff. Check the turret by hand with the "
             "brake released."],
            [
                "F04",
                "Seam heater low",
                "Seam air more than 25 °C below the setpoint for 10 s. Check the heater element and the air flow.",
            ],
            ["F05", "Seam heater over temperature", "Seam air above 460 °C. Heater switched off; check the "
             "thermocouple and the air supply."],
            ["F06", "Bottom heater fault", "Bottom preheat outside 330-380 °C for more than 20 s."],
            ["F07", "No blank", "Blank magazine empty, double blank or blank missing at the mandrel."],
            ["F09", "Bottom web end", "Bottom paper reel empty or web broken."],
            ["F10", "Ejector jam", "Cup photo eye blocked for more than 2 s at the ejector. Clear the cup."],
            ["F11", "Air pressure low", "Compressed air below 5 bar at the machine inlet."],
            ["F12", "Lubrication fault", "Oil level in the central lubrication tank low or pressure not reached."],
            ["F13", "Turret drive fault", "Turret servo drive fault. Read the drive code and call Tassaro service "
             "if it repeats."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Side seam opens or leaks after filling with hot drinks",
                "Seam air too cold, nozzle gap too large or overlap too small",
                "Raise the seam air in 5 °C steps up to 440 °C; check the nozzle gap of 1.5 mm and the overlap",
            ],
            [
                "Brown or scorched seam, smell of burnt PE",
                "Seam air too hot or turret stopped under the nozzle",
                "Lower the seam air; check that the nozzle swings away when the turret stops",
            ],
            [
                "Bottom leaks at the knurl",
                "Bottom preheat too low, knurling pressure too low or worn knurling wheel",
                "Check 330-380 °C bottom air; raise the knurling pressure within its range; check the wheel",
            ],
            [
                "Rim cracks or curls unevenly",
                "Board too dry, curling tool dry or dirty",
                "Check the board moisture (6-9 %); clean and wax the curling tool",
            ],
            [
                "Double blanks or skipped blanks",
                "Stack too low or too high, worn suction cups, static",
                "Keep the stack at 100-600 mm; replace the suction cups; check the ionising bar",
            ],
            [
                "Cups stick together at the stacker",
                "Rim not fully curled, or cups still warm",
                "Check the curling depth; check the cooling air at the ejector",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the machine"),
    (
        "ol",
        [
            "Check that the compressed air is at least 6 bar and that the lubrication tank is above MIN.",
            "Switch on the main switch and select the recipe for the cup to be made.",
            "Switch on the heaters. Heating to the seam setpoint takes about 20 min.",
            "Load blanks into the magazine, printed side out, to a stack height of 100-600 mm.",
            "Thread the bottom paper web through the punch and check the web tension.",
            "Run the turret in INCH mode for one full turn and check that the blanks sit on the mandrels.",
            "Start at 50 % of the rated output and check the first 20 cups for seam, bottom and rim.",
            "Raise the speed in steps once the cups are good and the heaters have been in range for 15 min.",
        ],
    ),
    ("h", "7. Changing the cup size"),
    (
        "ol",
        [
            "Run the machine empty, switch off the heaters and let the nozzles cool for at least 30 min.",
            "Lock off the main switch and engage the turret brake.",
            "Remove the mandrels with the T-key supplied: 8 on the CFM-85, 10 on the CFM-130.",
            "Fit the mandrels of the new size and tighten the screws to 25 Nm.",
            "Change the bottom punch and die, the knurling wheel and the curling tool for the new size.",
            "Set the blank feed stop for the overlap of the model: 6-8 mm (CFM-85) or 7-9 mm (CFM-130).",
            "Set the nozzle gap to 1.5 mm with the feeler gauge on every mandrel.",
            "Load the recipe of the new cup, release the brake and check one turn in INCH mode.",
            "Make 50 test cups and have them checked by quality control before production.",
        ],
    ),
    ("h", "8. Cleaning the side seam nozzles"),
    (
        "ol",
        [
            "Stop the machine, switch off the seam heaters and let them cool to below 60 °C.",
            "Lock off the main switch.",
            "Swing the nozzle arm out and remove the two nozzle screws.",
            "Clean the nozzle slots with the brass brush; never use steel tools.",
            "Check the slots with the 0.8 mm gauge supplied.",
            "Refit the nozzle and set the gap of 1.5 ±0.2 mm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean trim and dust from the turret and the heater area; check the cups from each mandrel"],
            ["Daily", "Clean the side seam nozzles (section 8); check the central lubrication tank"],
            ["Weekly", "Clean and wax the curling tools; check the suction cups of the blank feeder"],
            ["Every 500 h", "Grease the turret cam followers with Tassaro grease TG-2"],
            ["Every 2000 h or 12 months, whichever comes first",
             "Change the cam box oil: 18 L (CFM-85) or 24 L (CFM-130), ISO VG 220"],
            ["Every 8000 h", "Tassaro service: turret bearing check, servo drive inspection"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CFM-85", "CFM-130"],
            ["Side seam heater element", "TSR-HE-16", "TSR-HE-22"],
            ["Side seam nozzle", "TSR-NZ-085", "TSR-NZ-130"],
            ["Blank feeder suction cup, set of 4", "TSR-SC-30", "TSR-SC-30"],
            ["Thermocouple type K, seam air", "TSR-TK-04", "TSR-TK-04"],
            ["Knurling wheel (per cup size)", "TSR-KW-85-xx", "TSR-KW-130-xx"],
            ["Turret grease TG-2, 1 kg", "TSR-TG-2", "TSR-TG-2"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Mandrels, punches and curling tools are made to the cup drawing; order them from Tassaro with the cup "
        "drawing number. Replace the seam heater element only with the machine locked off; the element is changed "
        "complete with its ceramic holder.",
    ),
]

# ---------------------------------------------------------------- Cylvarra RDC rotary die cutters
CYLVARRA = [
    ("title", "Cylvarra RDC Rotary Die Cutters for Cup Board\nOperating and Service Manual - RDC-850 and RDC-1050"),
    (
        "p",
        "Document CYV-SM-RDC-11, Edition 2, January 2025. Cylvarra Converting Machinery. The RDC-850 and RDC-1050 "
        "are web-fed rotary die cutting units that cut printed cup board into sidewall blanks (fans) inline after "
        "the printing press. A flexible steel die is held by a magnetic cylinder and cuts against a hardened anvil "
        "cylinder; the waste matrix is stripped and wound up or extracted, and the blanks are delivered in shingle "
        "to the stacking table. Both models use the same design; they differ in web width, cylinder size, cutting "
        "force and the items listed here. The press ahead of the unit, the web guide and the waste extraction "
        "system beyond the unit's outlet flange each have their own documentation.",
    ),
    (
        "warn",
        "WARNING: Flexible dies are razor sharp. Always carry them in their transport sleeve and wear cut-resistant "
        "gloves class D or higher. Never reach into the nip of the die and anvil cylinders while the main drive is "
        "enabled, not even in INCH mode.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RDC-850", "RDC-1050"],
            ["Maximum web width", "850 mm", "1050 mm"],
            ["Minimum web width", "400 mm", "500 mm"],
            ["Die repeat (magnetic cylinder circumference)", "508.0 mm", "635.0 mm"],
            ["Maximum mechanical speed", "250 m/min", "220 m/min"],
            ["Board grammage (PE-coated or uncoated cup board)", "170-400 g/m²", "170-400 g/m²"],
            ["Flexible die thickness", "0.50 mm", "0.60 mm"],
            ["Cutting force per side, working range", "20-45 kN", "25-60 kN"],
            ["Anvil cylinder surface hardness", "60-62 HRC", "60-62 HRC"],
            ["Main drive (servo)", "15 kW", "22 kW"],
            ["Matrix rewinder, maximum diameter", "900 mm", "1000 mm"],
            ["Compressed air, 6 bar", "150 NL/min", "200 NL/min"],
            ["Total connected load, 400 V 3~ 50 Hz", "28 kW", "38 kW"],
            ["Machine mass", "5200 kg", "6800 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum speed is a mechanical limit. The speed at which a given die cuts cleanly depends on the board, "
        "the die layout and the stripping and is found on the first run; for cup fans on 280 g/m² PE-coated board "
        "most users run the RDC-850 at 160-200 m/min and the RDC-1050 at 140-180 m/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The unit is controlled from the press console and from its own panel. Only one panel can have control "
            "at a time; check the CONTROL lamp before moving the web.",
            "Lock off the main switch and the air before changing a die, the anvil or the matrix rewinder core.",
            "The magnetic cylinder attracts tools, watches and pacemakers may be affected. Persons with active "
            "implants keep at least 0.5 m away from the magnetic cylinder.",
            "The die must be fully seated and the die end clamps closed before the drive is enabled.",
            "Waste matrix and board dust are combustible. Keep the extraction running whenever the unit runs.",
        ],
    ),
    ("h", "3. Cutting settings and limits"),
    (
        "cols",
        [
            ("h", "Cutting force"),
            (
                "p",
                "The cutting force is set per side with the two pressure wheels and read on the load displays. "
                "Start at the low end of the working range, 20 kN (RDC-850) or 25 kN (RDC-1050), and raise both "
                "sides evenly in steps of no more than 2 kN until every blank separates cleanly. The two sides may "
                "differ by no more than 3 kN.",
            ),
            ("h", "Anvil wear"),
            (
                "p",
                "A clean cut needing more than 45 kN per side (RDC-850) or 60 kN per side (RDC-1050) means that the "
                "die is dull or the anvil is worn. Check the anvil: grooves deeper than 0.02 mm under the cutting "
                "lines call for an anvil change. Worn anvils are reground by Cylvarra only; send them in the "
                "transport case.",
            ),
            ("h", "Blanks per minute"),
            (
                "p",
                "Blanks per minute = web speed (m/min) x 1000 / die repeat (mm) x blanks per repeat. Example: an "
                "RDC-1050 at 180 m/min with a die of 8 blanks per repeat (2 along, 4 across) gives 180 000 / 635 = "
                "283.5 repeats per minute, about 2268 blanks per minute.",
            ),
            ("h", "Register"),
            (
                "p",
                "The cut is kept in register with the print by the register mark sensor. Register accuracy is "
                "±0.3 mm at constant speed and ±1.0 mm during acceleration, with a web tension of 150-250 N per "
                "metre of web width.",
            ),
            ("h", "Die seating"),
            (
                "p",
                "Before mounting, the magnetic cylinder and the back of the die must be clean and dry. A die that "
                "has been bent by more than 10 mm out of its curve must not be used.",
            ),
            ("h", "Stripping"),
            (
                "p",
                "The matrix rewinder tension is set between 40 N and 120 N. Small waste pieces (between the fans) "
                "are taken by the extraction at the outlet flange, which needs at least 1800 m³/h at -1500 Pa; the "
                "fan, ducting and cyclone are supplied by the site's extraction contractor.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop is pressed on the unit or the press."],
            ["R02", "Guard open", "Die change guard or matrix guard open."],
            ["R03", "Main drive fault", "Servo drive fault; read the drive code on the drive display."],
            ["R04", "Web break", "Web break sensor before the die unit. Rethread the web."],
            ["R05", "Register lost", "No register mark for 5 repeats. Clean the sensor; check the mark size "
             "(at least 3 x 6 mm)."],
            ["R07", "Cutting force unequal", "The two load displays differ by more than 3 kN. Balance the sides."],
            ["R08", "Cutting force high", "Above 45 kN (RDC-850) or 60 kN (RDC-1050) on either side."],
            ["R09", "Die clamp open", "Die end clamp not closed; the drive cannot be enabled."],
            ["R10", "Matrix break", "Matrix rewinder dancer at its end stop. Rethread the matrix."],
            ["R11", "Extraction low", "Extraction vacuum below -1000 Pa at the outlet flange for 10 s."],
            ["R12", "Air pressure low", "Compressed air below 5 bar."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Blanks still hang together by fibres (angel hair) along one edge",
                "Cutting force too low on that side, or dull die section",
                "Raise that side in 2 kN steps within the range; check the die blade",
            ],
            [
                "Cut drifts away from the print",
                "Register sensor dirty, web tension out of range or marks too small",
                "Clean the sensor; set 150-250 N per metre of width",
            ],
            [
                "Matrix tears between the blanks",
                "Rewinder tension too high or matrix bridges too narrow",
                "Lower the tension toward 40 N; ask the die maker for wider bridges",
            ],
            [
                "Die lifts at the lead edge",
                "Dirt under the die or die bent",
                "Clean the cylinder and die back; replace a bent die",
            ],
            [
                "Cut deep on one side, marks in the anvil",
                "Force unequal or too high",
                "Balance both sides within 3 kN and reduce the force",
            ],
            [
                "Much dust on the blanks",
                "Dull die or worn anvil",
                "Check the die; check the anvil grooves (0.02 mm)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mounting a flexible die"),
    (
        "ol",
        [
            "Stop the unit, open the die change guard and lock off the main switch.",
            "Back off both pressure wheels to zero force on the load displays.",
            "Clean the magnetic cylinder with isopropyl alcohol and a lint-free cloth; let it dry.",
            "Clean the back of the die in the same way.",
            "Place the die lead edge against the register bar with the carrying sleeve, blades outward.",
            "Turn the cylinder slowly in INCH mode from the die panel so that the die rolls onto the cylinder.",
            "Close the two die end clamps; R09 clears.",
            "Close the guard, release the lock-off and set the starting force: 20 kN (RDC-850) or 25 kN "
            "(RDC-1050) per side.",
            "Run 20 repeats at crawl speed and raise the force in steps of no more than 2 kN until the blanks "
            "separate cleanly.",
        ],
    ),
    ("h", "7. Changing the anvil cylinder"),
    (
        "ol",
        [
            "Remove the die (reverse of section 6) and lock off the main switch and the air.",
            "Remove the pressure wheels and the bearing block covers on both sides.",
            "Fit the lifting beam CYV-LB-01 and lift the anvil out with the hall crane.",
            "Clean the bearing seats and fit the new or reground anvil.",
            "Tighten the bearing block screws to 120 Nm (RDC-850) or 180 Nm (RDC-1050).",
            "Refit the pressure wheels and covers and set the force to zero.",
            "Mount the die and find the new cutting force. A new anvil usually cuts at 3-5 kN less than a worn one.",
        ],
    ),
    ("h", "8. Threading the web"),
    (
        "ol",
        [
            "Take control at the unit panel.",
            "Lead the web from the press over the dancer and the register sensor roller.",
            "Pass the web between the die and anvil with the cylinders open.",
            "Lead the matrix to the rewinder core and tape it; lead the blanks onto the delivery belt.",
            "Close the cylinders and set the web tension.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every die change", "Clean the magnetic cylinder and the anvil"],
            ["Daily", "Clean the register sensor and the delivery belt; empty the dust trap"],
            ["Weekly", "Check the anvil for grooves; check the pressure wheel bearings for noise"],
            ["Every 1000 h", "Grease the pressure wheel spindles (two nipples per side)"],
            ["Every 4000 h or 2 years, whichever comes first", "Change the gearbox oil: 6 L (RDC-850) or 9 L "
             "(RDC-1050) of ISO VG 150 gear oil"],
            ["Yearly", "Cylvarra service: cylinder bearing check, gear backlash"],
        ],
        (70, 100),
    ),
    ("h", "10. Safety devices"),
    (
        "p",
        "The die change guard and the matrix guard are interlocked with two-channel safety switches. The emergency "
        "stop circuit is linked to the press; an emergency stop on either machine stops both. Test every emergency "
        "stop and guard switch once a week and record the test.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RDC-850", "RDC-1050"],
            ["Anvil cylinder, new", "CYV-AN-850", "CYV-AN-1050"],
            ["Die end clamp set", "CYV-DC-850", "CYV-DC-1050"],
            ["Pressure wheel with bearing", "CYV-PW-45", "CYV-PW-60"],
            ["Register mark sensor", "CYV-RS-02", "CYV-RS-02"],
            ["Matrix rewinder core shaft", "CYV-MS-850", "CYV-MS-1050"],
            ["Lifting beam for cylinders", "CYV-LB-01", "CYV-LB-01"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Flexible dies are not Cylvarra parts. They are made by a die maker to the blank drawing; the blade height "
        "and the blade angle for a given board are the die maker's choice.",
    ),
]

# ---------------------------------------------------------------- Coatheim ECL extrusion coating laminator
COATHEIM = [
    ("title", "Coatheim ECL-1300 PE Extrusion Coating and Laminating Line\nOperator and Maintenance Manual"),
    (
        "p",
        "Document CTH-OM-ECL-07, Edition 1, June 2024. Coatheim Extrusion Systems GmbH. The ECL-1300 applies a "
        "layer of low-density polyethylene (LDPE) to cup board and food board, or laminates board to a second web "
        "with the PE melt as the bonding layer. The line consists of an unwinder with flying splice, the coating "
        "station (extruder, flat die, chill roll and pressure roll), an edge trim unit and a turret rewinder. The "
        "corona treater ahead of the coating station and the gravimetric dosing unit on the extruder hopper each "
        "have their own manuals; only the settings that concern the coating are given here.",
    ),
    (
        "warn",
        "WARNING: The die, the adapter and the melt are at over 300 °C. Molten PE sticks to skin and causes severe "
        "burns. Wear the face shield, heat-resistant gloves and long sleeves for any work at the die. Never look "
        "into the die or the screen changer while the screw turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ECL-1300"],
            ["Web width (coated)", "600-1300 mm"],
            ["Substrate", "Board 150-400 g/m², paper 40-150 g/m²"],
            ["Line speed, mechanical", "30-400 m/min"],
            ["Extruder", "90 mm screw, L/D 30, 110 kW AC drive"],
            ["Maximum extruder output (LDPE, MFI 4-8 g/10 min)", "280 kg/h"],
            ["Die", "Flat die 1500 mm with internal deckles, 14 heating zones"],
            ["Coat weight range", "10-40 g/m²"],
            ["Chill roll", "800 mm diameter, matte chrome, water cooled"],
            ["Pressure roll", "Silicone 75 Shore A, 300 mm diameter, pneumatic"],
            ["Unwind and rewind reel diameter, maximum", "1500 mm"],
            ["Reel mass, maximum", "2500 kg"],
            ["Chill roll cooling water", "18-25 °C, 25 m³/h"],
            ["Total connected load, 400 V 3~ 50 Hz", "260 kW"],
            ["Compressed air, 6 bar", "0.8 m³/min"],
            ["Line length and mass", "18.5 m, 38 t"],
        ],
        (90, 80),
    ),
    (
        "p",
        "All process values in this manual are for extrusion coating grade LDPE with a melt flow index (MFI) of "
        "4-8 g/10 min. Settings for other resins, such as PP, EVA blends or biopolymers, are worked out with the "
        "Coatheim process laboratory for each resin and are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The line may be run only by trained operators. At least two persons must be present while the die is "
            "hot.",
            "Nip points at the chill roll, the pressure roll and the rewinder are guarded. Web threading is done "
            "with the threading belt at crawl speed, never by hand at the nip.",
            "Fumes from the melt curtain are extracted by the hood above the die. Do not run the extruder with the "
            "hood fan stopped.",
            "Lock off and vent the pressure roll cylinders before working at the nip.",
            "Purged melt is hot inside long after its surface has set. Collect it in the metal purge tray only.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Melt temperature"),
            (
                "p",
                "For good adhesion of LDPE to board, the melt temperature at the die is kept between 300 °C and 325 "
                "°C. Below 300 °C the PE does not oxidise enough in the air gap and peels off; above 330 °C smoke "
                "and odour increase and the coating can taint food.",
            ),
            ("h", "Air gap"),
            (
                "p",
                "The distance from the die lips to the nip is set between 150 mm and 250 mm. A longer air gap "
                "improves adhesion but increases neck-in.",
            ),
            ("h", "Melt pressure"),
            (
                "p",
                "Melt pressure before the screen changer is normally 120-200 bar. The alarm is at 250 bar (E05); "
                "the extruder stops at 300 bar (E06). A rise of more than 30 bar within one shift at constant output "
                "means the screen is blinding.",
            ),
            ("h", "Coat weight"),
            (
                "p",
                "Coat weight (g/m²) = extruder output (kg/h) x 1000 / (line speed (m/min) x 60 x coated width (m)). "
                "Example: 180 kg/h at 200 m/min over a coated width of 1.0 m gives 180 000 / 12 000 = 15.0 g/m². "
                "The coat weight across the web must stay within ±1.5 g/m² of the target.",
            ),
            ("h", "Nip and chill roll"),
            (
                "p",
                "Pressure roll force is set at 3-6 bar on the cylinders. Chill roll water enters at 18-25 °C; if "
                "the water in is above 28 °C the PE sticks to the chill roll.",
            ),
            ("h", "Neck-in and trim"),
            (
                "p",
                "The melt curtain narrows by 30-60 mm per side in the air gap (neck-in). Set the deckles so that the "
                "edge bead falls in the trim, no less than 15 mm per side. The edge trim is recycled by the trim "
                "fan only if it is PE-coated board of the running order.",
            ),
            ("h", "Adhesion"),
            (
                "p",
                "The board surface energy after the corona treater must be at least 38 mN/m. The treater power that "
                "gives this is set on the treater according to its own manual.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["E01", "Emergency stop", "An emergency stop is pressed. Release it and acknowledge."],
            ["E02", "Heating zone deviation", "A barrel, adapter or die zone more than 10 °C from its setpoint."],
            ["E03", "Thermocouple break", "Zone thermocouple open; heating in that zone switched off."],
            ["E04", "Screw start blocked", "Barrel not heat-soaked: the screw cannot start until all zones have "
             "been in range for 45 min."],
            ["E05", "Melt pressure high", "Above 250 bar. Check the screen; reduce screw speed."],
            ["E06", "Melt pressure trip", "Above 300 bar. Extruder stopped. Change the screen before restarting."],
            ["E07", "Drive overload", "Extruder motor current above 110 % for 30 s."],
            ["E08", "Chill water", "Chill roll water flow below 18 m³/h or temperature above 28 °C."],
            ["E09", "Web break", "Web break sensor at the coating station or rewinder."],
            ["E10", "Splice failed", "Unwinder flying splice not made; reel running out."],
            ["E12", "Hood fan", "Fume hood fan stopped or airflow low."],
            ["E13", "Hopper low", "Resin level in the hopper below the low sensor for 60 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "PE peels easily off the board",
                "Melt too cold, air gap too short or board surface energy too low",
                "Check the melt at 300-325 °C; lengthen the air gap; check 38 mN/m after the treater",
            ],
            [
                "Pinholes in the coating",
                "Coat weight too low for the board roughness, or moisture in the resin",
                "Raise the coat weight; check the resin is dry and stored indoors",
            ],
            [
                "Lines along the web in the coating (die lines)",
                "Degraded PE or dirt at the die lips",
                "Clean the lips with the brass lip tool; purge",
            ],
            [
                "Coating sticks to the chill roll",
                "Chill water too warm or melt too hot",
                "Check water in at 18-25 °C; lower the melt temperature",
            ],
            [
                "Coat weight swings across the web",
                "Die bolts set unevenly or heating zone fault",
                "Check the die zones (E02); adjust the die bolts from the centre outwards",
            ],
            [
                "Smoke and strong odour at the die",
                "Melt above 330 °C or hood fan weak",
                "Lower the melt temperature; check the hood (E12)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up and starting"),
    (
        "ol",
        [
            "Check that the chill water, the compressed air and the hood fan are on.",
            "Switch on all heating zones with the start-up recipe.",
            "Wait until every zone is in range, then let the barrel heat-soak for 45 min; E04 clears by itself.",
            "Start the screw at 5 rpm and purge into the purge tray until the melt is clean and free of bubbles.",
            "Thread the web through the line with the threading belt at crawl speed.",
            "Bring the die over the nip, set the air gap and close the pressure roll.",
            "Raise line speed and screw speed together to the recipe values.",
            "Check the coat weight at the edge and in the middle of the web and the adhesion on the first reel.",
        ],
    ),
    ("h", "7. Changing the screen"),
    (
        "ol",
        [
            "Reduce the screw speed to 10 rpm.",
            "Check that a new screen pack (80/120/80 mesh) is in the free slide position.",
            "Press SCREEN CHANGE; the slide moves the new screen into the melt flow.",
            "Purge until the melt is clean again; melt pressure should fall to the normal 120-200 bar.",
            "Remove the used pack from the slide while it is still warm, with the pack tool.",
            "Record the pressure before and after the change in the line log.",
        ],
    ),
    ("h", "8. Purging before a stop or a resin change"),
    (
        "ol",
        [
            "Lift the die away from the nip and stop the web.",
            "Feed the purge compound: about 25 kg through the extruder at 20-30 rpm.",
            "Follow with about 15 kg of the new resin, or of LDPE if the line is to stop.",
            "For a stop longer than 8 h, lower all zones to 180 °C after purging; for a stop longer than 48 h, "
            "switch the heating off.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the die lips; check the melt pressure trend; clean the trim fan inlet"],
            ["Weekly", "Check the chill roll surface; clean the pressure roll with a silicone cleaner"],
            ["Every 2000 h", "Change the extruder gearbox oil, 40 L ISO VG 320"],
            ["Every 6 months", "Check the heater bands and thermocouples of all zones"],
            ["Every 12 months or 6000 h, whichever comes first", "Coatheim service: screw and barrel wear "
             "measurement"],
            ["When lines or deposits cannot be removed at the lips", "Die splitting and cleaning, by Coatheim "
             "service or a die specialist"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Screen pack 80/120/80 mesh, 10 pieces", "CTH-SP-90"],
            ["Heater band, barrel zone", "CTH-HB-90-4"],
            ["Thermocouple type J, barrel", "CTH-TC-J06"],
            ["Die lip cleaning tool, brass", "CTH-LT-01"],
            ["Pressure roll sleeve, silicone 75 Shore A", "CTH-PR-1300"],
            ["Melt pressure transducer, 0-500 bar", "CTH-MP-500"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Dekkaro LF paper lid forming machines
DEKKARO = [
    ("title", "Dekkaro LF Paper Lid Forming Machines\nUser and Maintenance Manual - LF-2 and LF-4"),
    (
        "p",
        "Document DKR-UM-LF-02, Edition 5, October 2024. Dekkaro Formtechnik. The LF-2 and LF-4 press-form "
        "paperboard lids for hot drink cups and food bowls. Printed board is fed from the reel, moistened, "
        "punched into round blanks and formed in heated male and female moulds; the formed lids are stacked in "
        "counted columns. The LF-2 has two forming stations side by side, the LF-4 four. Apart from the number "
        "of stations, the output, the press force, the lid diameter range and the items named here, the two "
        "models are the same. Drink-through openings and vent holes are punched by the optional punching "
        "station, which has its own supplement.",
    ),
    (
        "warn",
        "WARNING: The moulds run at up to 210 °C and the press closes with up to 120 kN. Never reach between the "
        "moulds. The light curtain at the lid outlet stops the press; do not lean over it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LF-2", "LF-4"],
            ["Forming stations", "2", "4"],
            ["Lid diameter", "62-105 mm", "62-90 mm"],
            ["Lid height (skirt and rim)", "8-22 mm", "8-18 mm"],
            ["Output, 80 mm lid from 300 g/m² board", "60 lids/min", "110 lids/min"],
            ["Press strokes, maximum", "32 strokes/min", "30 strokes/min"],
            ["Press force, maximum", "60 kN", "120 kN"],
            ["Board (PE-coated one or two sides)", "230-400 g/m²", "230-400 g/m²"],
            ["Reel width", "140-240 mm", "280-420 mm"],
            ["Reel diameter, maximum (core 76 mm)", "1000 mm", "1200 mm"],
            ["Mould heating per station", "2 x 0.8 kW", "2 x 0.8 kW"],
            ["Hydraulic power pack", "4 kW, 20 L", "7.5 kW, 35 L"],
            ["Total connected load, 400 V 3~ 50 Hz", "11 kW", "19 kW"],
            ["Compressed air, 6 bar", "0.25 m³/min", "0.45 m³/min"],
            ["Mass", "2100 kg", "2900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Output figures hold for the lid and board stated, with the moistening unit in use and the moulds at "
        "setpoint. Deeper lids and heavier board need a longer dwell and so run slower.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The press area is guarded by interlocked doors and by a light curtain at the lid outlet.",
            "Before any work at the moulds, stop the press at top dead centre, lock off the main switch and "
            "relieve the hydraulic pressure (gauge at 0 bar).",
            "Moulds stay hot for over an hour. Use the mould change trolley and heat-resistant gloves.",
            "The moistening unit uses drinking-quality water only. No additives may be put in the water tank.",
            "Blanking knives are sharp: handle them with cut-resistant gloves.",
        ],
    ),
    ("h", "3. Forming settings and limits"),
    (
        "cols",
        [
            ("h", "Board moisture"),
            (
                "p",
                "Board must reach the moulds with 9-12 % moisture. Reel board normally arrives with 6-8 %; the "
                "moistening unit adds the rest. Below 9 % the lid ribs and rim crack; above 12 % the lids blister "
                "and stick in the mould.",
            ),
            ("h", "Water quantity"),
            (
                "p",
                "Water to add (g/min) = lids per minute x blank mass (g) x moisture to add (%) / 100. Example: an "
                "LF-4 at 110 lids/min with 2.4 g blanks, from 7 % to 10 %, needs 110 x 2.4 x 3 / 100 = 7.9 g of "
                "water per minute.",
            ),
            ("h", "Mould temperatures"),
            (
                "p",
                "For board of 230-400 g/m² with PE on the top side, the female mould is set to 160-190 °C and the "
                "male mould 10-20 °C lower. For board with PE on both sides, the female mould must not exceed 175 "
                "°C. The moulds may never be set above 210 °C.",
            ),
            ("h", "Dwell time"),
            (
                "p",
                "The dwell time at full press force is 0.35-0.60 s. Lids deeper than 15 mm need at least 0.5 s.",
            ),
            ("h", "Press force"),
            (
                "p",
                "Set the press force as low as gives sharp ribs: usually 40-55 kN on the LF-2 and 80-110 kN on the "
                "LF-4. The press trips above the maximum of the model (L05).",
            ),
            ("h", "Lid fit"),
            (
                "p",
                "The snap-fit diameter of the lid depends on the mould, the board and the mould temperature. "
                "Measure lids against the cup gauge of the order; the fit tolerance and the removal force are "
                "agreed between the site and its customer and are not set by Dekkaro.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "Emergency stop pressed."],
            ["L02", "Light curtain", "Light curtain at the lid outlet interrupted."],
            ["L03", "Door open", "A press area door is open."],
            [
                "L04",
                "Mould temperature",
                "A mould more than 8 °C from its setpoint. Forming stops until it is back in range.",
            ],
            ["L05", "Press force high", "Press force above 60 kN (LF-2) or 120 kN (LF-4)."],
            ["L06", "Hydraulic oil hot", "Oil in the power pack above 60 °C. Check the oil cooler fan."],
            ["L08", "Reel end", "Board reel empty or web broken before the punch."],
            ["L09", "Water tank empty", "Moistening unit tank below the minimum level."],
            ["L10", "Lid stack full", "Lid column reached its count and was not removed within 20 s."],
            ["L11", "Lid stuck", "Lid not ejected from the female mould; check the ejector air and the mould."],
            ["L12", "Count error", "Lid counter and press stroke counter differ by more than 2 lids in a column. "
             "Clean the counting eye at the stacker."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cracks along the ribs or at the rim",
                "Board too dry (below 9 %) or moulds too cold",
                "Increase the water; check the mould temperatures",
            ],
            [
                "Blisters in the PE on top of the lid",
                "Mould too hot for the coating, or board too wet",
                "Lower the female mould; for PE both sides no more than 175 °C; reduce the water",
            ],
            [
                "Lids stick in the female mould (L11)",
                "Board above 12 % moisture, dirty mould or weak ejector air",
                "Reduce the water; clean the mould; check 6 bar at the ejector valve",
            ],
            [
                "Lids spring back and ribs are soft",
                "Dwell too short or press force too low",
                "Lengthen the dwell within 0.35-0.60 s; raise the force",
            ],
            [
                "Lids do not snap onto the cup",
                "Wrong mould for the cup, mould temperature changed",
                "Check the mould set number against the order; measure lids with the cup gauge",
            ],
            [
                "Off-centre print on the lid",
                "Print register mark sensor dirty or set wrongly",
                "Clean the sensor; reteach the mark",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check the water tank level, the hydraulic oil level and the compressed air (6 bar).",
            "Switch on the main switch and select the recipe of the lid to be made.",
            "Switch on the mould heating; heating from cold takes about 25 min.",
            "Load the board reel with the print on the side shown on the reel stand label and splice it to the "
            "old web, or thread it through the feed rollers to the punch.",
            "Set the water quantity of the moistening unit (section 8).",
            "When L04 has cleared on every station, start the press at 50 % speed.",
            "Check the first lids from every station for cracks, blisters and print position.",
            "Raise the speed to the recipe value and set the lid count per column (default 50).",
        ],
    ),
    ("h", "7. Changing the mould set"),
    (
        "ol",
        [
            "Run the press empty and stop it at top dead centre.",
            "Switch the mould heating to 60 °C and wait until the moulds are below 80 °C.",
            "Lock off the main switch and relieve the hydraulic pressure to 0 bar.",
            "Unplug the heater and thermocouple plugs of each station.",
            "Loosen the four clamps per mould and slide the moulds onto the mould change trolley.",
            "Slide in the new moulds, check the locating pins and tighten the clamps to 40 Nm.",
            "Reconnect the plugs station by station; check the plug numbers.",
            "Load the recipe for the new lid and heat the moulds.",
            "When L04 has cleared, form 20 lids at 50 % speed and check them with the cup gauge.",
        ],
    ),
    ("h", "8. Setting the moistening unit"),
    (
        "ol",
        [
            "Fill the tank with drinking-quality water.",
            "Measure the moisture of the board on the reel with the hand meter.",
            "Work out the water needed with the formula in section 3.",
            "Enter the water quantity in g/min on the panel; the pump follows the press speed.",
            "After 10 min of production, measure the moisture of blanks taken before the moulds: 9-12 %.",
            "Correct the quantity in steps of 0.5 g/min.",
        ],
    ),
    ("h", "9. Replacing a mould heater cartridge"),
    (
        "ol",
        [
            "Let the mould cool below 50 °C and lock off the main switch.",
            "Unplug the cartridge and pull it out with the extractor tool; never drill it out.",
            "Clean the bore and coat the new cartridge with the high-temperature paste DKR-HP-1.",
            "Push the cartridge fully home and plug it in.",
            "Heat the mould and check that its temperature rises at the same rate as the others.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the moulds with the brass brush; remove board dust from the punch"],
            ["Daily", "Drain and refill the water tank; check the light curtain"],
            ["Weekly", "Clean the nozzle of the moistening unit; check the blanking knife edge"],
            ["Every 1000 h or 6 months, whichever comes first", "Change the hydraulic filter"],
            ["Every 4000 h", "Change the hydraulic oil HLP 46: 20 L (LF-2) or 35 L (LF-4)"],
            ["Yearly", "Dekkaro service: press frame alignment, light curtain stopping time"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LF-2", "LF-4"],
            ["Mould heater cartridge 0.8 kW", "DKR-HC-08", "DKR-HC-08"],
            ["Thermocouple, mould", "DKR-TC-K2", "DKR-TC-K2"],
            ["Blanking knife set", "DKR-BK-2", "DKR-BK-4"],
            ["Moistening nozzle", "DKR-MN-2", "DKR-MN-4"],
            ["Hydraulic filter element", "DKR-HF-20", "DKR-HF-35"],
            ["High-temperature paste, 100 g", "DKR-HP-1", "DKR-HP-1"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Mould sets are made to the lid drawing and numbered; they are not interchangeable between the LF-2 and "
        "the LF-4.",
    ),
]

def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("tassaro-cfm-paper-cup-forming-machine.pdf", "Tassaro TSR-OM-CFM-04 Ed 3 - CFM-85 / CFM-130", TASSARO),
        ("cylvarra-rdc-rotary-die-cutter.pdf", "Cylvarra CYV-SM-RDC-11 Ed 2 - RDC-850 / RDC-1050", CYLVARRA),
        ("coatheim-ecl-pe-extrusion-coating-laminator.pdf", "Coatheim CTH-OM-ECL-07 Ed 1 - ECL-1300", COATHEIM),
        ("dekkaro-lf-paper-lid-forming-machine.pdf", "Dekkaro DKR-UM-LF-02 Ed 5 - LF-2 / LF-4", DEKKARO),
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
