"""Generate the PDF manuals of the hundred-and-fifty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set159-scratch/venv && /tmp/set159-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set159-scratch/venv/bin/python knowledge/samples/hundredfiftyninth/make_pdfs.py

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




# ---------------------------------------------------------------- Bransholm BT broadloom tufting machines
BRANSHOLM = [
    ("title", "Bransholm BT Broadloom Tufting Machines\nOperation and Maintenance Manual - BT-400 and BT-500"),
    (
        "p",
        "Document BRH-OM-BT-11, Edition 3, March 2025. Bransholm Tufting Systems. The BT-400 and BT-500 are "
        "broadloom tufting machines with one sliding needle bar, servo-driven yarn feed pattern rolls and spiked "
        "backing feed rolls, for loop pile, cut pile and cut-and-loop carpet on woven or nonwoven primary backing. "
        "The BT-400 has a working width of 4.1 m; the BT-500 has a working width of 5.1 m, a longer needle bar "
        "stroke for deeper cut pile and a stronger main drive. Everything else, including the controls, the hook "
        "and knife system and the lubrication, is built alike. The yarn creel, the yarn guide tubes and the "
        "creel tensioners are supplied by the site's creel builder and are described in the creel builder's own "
        "manual. Stitch rates, pile heights and yarn feed per product come from the site's product "
        "specifications; the pattern programs are made with the Bransholm PatternLink software, which has its own "
        "user guide.",
    ),
    (
        "warn",
        "WARNING: The needle bar, the hook bar and the knives can move while the machine is in jog mode. Lock out "
        "the main switch and insert the needle bar locking pin before reaching into the needle area. Knives and "
        "needles are sharp: wear cut-resistant gloves when changing them.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BT-400", "BT-500"],
            ["Working width", "4100 mm", "5100 mm"],
            ["Maximum primary backing width", "4300 mm", "5300 mm"],
            ["Gauges available (needle bar sets)", "1/8 in, 5/32 in, 3/16 in", "1/10 in, 1/8 in, 5/32 in"],
            ["Number of needles at 1/8 in gauge", "1291", "1606"],
            ["Needle bar stroke", "36 mm", "42 mm"],
            ["Maximum speed, loop pile", "1000 rpm", "850 rpm"],
            ["Maximum speed, cut pile up to 16 mm pile height", "900 rpm", "750 rpm"],
            ["Maximum speed, cut pile above 16 mm pile height", "800 rpm", "650 rpm"],
            ["Stitch rate", "2.4-8.0 stitches/cm", "2.4-8.0 stitches/cm"],
            ["Pile height, loop pile", "3-12 mm", "3-12 mm"],
            ["Pile height, cut pile", "5-19 mm", "5-25 mm"],
            ["Yarn feed pattern rolls (servo)", "2 x 8 rolls", "2 x 10 rolls"],
            ["Main drive motor", "37 kW", "55 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "100 A gG", "125 A gG"],
            ["Compressed air, dry and oil-free", "6 bar, 350 NL/min", "6 bar, 450 NL/min"],
            ["Central lubrication oil ISO VG 68 (CLP 68), tank", "40 L", "55 L"],
            [
                "Sound pressure level at 1 m, measured at 800 rpm with loop pile at 1/8 in gauge",
                "91 dB(A)",
                "93 dB(A)",
            ],
            ["Machine mass without creel", "26 t", "32 t"],
        ],
        (86, 44, 44),
    ),
    (
        "p",
        "Backing feed. The spiked backing feed rolls set the stitch rate. The backing speed that the operator "
        "panel shows can be checked with the formula: backing speed (m/min) = machine speed (rpm) / stitch rate "
        "(stitches/cm) / 100. Example: 800 rpm at 4.0 stitches/cm gives 800 / 4.0 / 100 = 2.0 m/min. If the "
        "measured speed at the take-off differs from the computed value by more than 2 %, the spiked rolls are "
        "slipping (message T11).",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "Never exceed the maximum speeds of the technical data. For cut pile above 16 mm pile height the "
                "limit is 800 rpm (BT-400) or 650 rpm (BT-500), whatever the gauge. For the first 30 min after a "
                "needle bar set has been changed, run at no more than 70 % of the maximum speed, so that the new "
                "bearings run in.",
            ),
            ("h", "Hook and needle settings"),
            (
                "p",
                "Loop pile: the side clearance between the hook (looper) and the needle is 0.05-0.15 mm, and the "
                "hook point passes 1.5 mm ±0.2 mm above the top of the needle eye at bottom dead centre. Cut pile: "
                "the knife overlaps the hook by 1.0-1.5 mm and rests against it with light spring pressure; the "
                "knife must never touch the needle.",
            ),
            ("h", "Backing tension"),
            (
                "p",
                "Woven polypropylene primary backing: 10 N/cm of width ±2 N/cm. For nonwoven backings use the "
                "tension given in the backing supplier's data sheet; this manual gives no value for them.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Normal oil pressure at the needle bar manifold is 2-3 bar; below 1.5 bar the machine stops with "
                "T07. Normal oil temperature is 40-55 °C; at 65 °C the machine stops with T08.",
            ),
            ("h", "Room"),
            (
                "p",
                "Room temperature 18-30 °C. For nylon and polyester yarn keep the relative humidity at 55-70 %; "
                "for wool yarn the site's yarn specification applies. Dry air causes static and yarn breaks at the "
                "tubes.",
            ),
            ("h", "Compressed air"),
            (
                "p",
                "6 bar at the machine inlet; the machine stops with T09 below 5.5 bar.",
            ),
            (
                "warn",
                "Fluff and yarn dust are combustible: no welding or grinding near the machine until it has been "
                "cleaned and the site's hot work permit has been issued.",
            ),
        ],
    ),
    ("h", "3. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop button is pressed. Release it and reset on the panel."],
            ["T02", "Guard open", "A front cover or the rear gate is open. Close it; the machine restarts in jog only."],
            [
                "T03",
                "Backing tension lost",
                "The backing has torn or a roll has run out. Splice or change the backing (section 6).",
            ],
            [
                "T04",
                "Main drive overload",
                "Speed too high for the product or a jam in the needle area. Reduce the speed; check for a "
                "broken needle or a wrapped yarn.",
            ],
            [
                "T05",
                "Needle bar position",
                "The needle bar is more than 0.5° away from the master encoder position. Check the shift "
                "servo and its coupling; call Bransholm service if it returns.",
            ],
            ["T06", "Yarn feed following error", "A pattern roll servo cannot follow. Check for yarn wraps on the rolls."],
            ["T07", "Lubrication pressure low", "Below 1.5 bar. Check the oil level and the pressure filter."],
            ["T08", "Oil temperature high", "65 °C reached. Clean the oil cooler fins; check the cooler fan."],
            ["T09", "Air pressure low", "Below 5.5 bar at the inlet. Check the site's supply and the inlet filter."],
            [
                "T11",
                "Backing slip",
                "Take-off speed more than 2 % below the computed backing speed. Clean the spiked rolls.",
            ],
            ["T12", "Hook bar position", "The hook bar shift does not follow the needle bar. Check the hook bar drive."],
            [
                "T13",
                "Pattern file rejected",
                "The program does not match the machine width or gauge. Load the correct program from PatternLink.",
            ],
            ["T14", "Maintenance due", "An interval of section 8 has been reached. Acknowledge after the task is done."],
        ],
        (16, 40, 118),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            [
                "Missing tufts in a line along the carpet",
                "Bent or blunt needle, or a hook not set to its needle",
                "Replace the needle module (section 7); check the hook clearance of 0.05-0.15 mm",
            ],
            [
                "Loops not cut in cut pile areas",
                "Blunt knives or too little knife overlap",
                "Change the knives; set the knife overlap to 1.0-1.5 mm",
            ],
            [
                "Pile height uneven across the width",
                "Needle plate (bed rail) not level",
                "Check the bed rail height at five points: within ±0.1 mm of the setting",
            ],
            [
                "Lengthwise streaks in loop pile",
                "Different yarn tension between creel positions or kinked yarn tubes",
                "Check the tubes and tensioners as the creel builder's manual describes",
            ],
            [
                "Backing wrinkles or runs to one side",
                "Clogged spiked rolls or uneven backing tension",
                "Clean the spiked rolls; set 10 N/cm ±2 N/cm for woven PP backing",
            ],
            [
                "Needles break repeatedly at the same position",
                "Hook touching the needle",
                "Reset the hook (section 5, steps 5 to 8); replace a bent hook",
            ],
            [
                "Oil temperature rises to 60 °C in summer",
                "Cooler fins clogged with fluff",
                "Blow out the cooler with air at no more than 2 bar; T08 follows at 65 °C",
            ],
        ],
        (54, 58, 62),
    ),
    ("h", "5. Setting the hook to the needle (loop pile)"),
    (
        "ol",
        [
            "Select jog mode and turn the machine by hand wheel until the needle bar is at bottom dead centre.",
            "Lock out the main switch and insert the needle bar locking pin.",
            "Loosen the two clamp screws of the hook module to be set.",
            "Slide a 0.10 mm feeler gauge between the hook and the needle: the side clearance must be 0.05-0.15 mm.",
            "Adjust the hook sideways with the eccentric until the clearance is within range.",
            "Check the height: the hook point passes 1.5 mm ±0.2 mm above the top of the needle eye.",
            "Tighten the clamp screws to 8 Nm and check the clearance again.",
            "Remove the locking pin, turn the machine two revolutions by hand and watch that no hook touches a needle.",
        ],
    ),
    ("h", "6. Changing or splicing the primary backing"),
    (
        "ol",
        [
            "Stop the machine with the end of the old backing between the backing feed rolls and the needles.",
            "Place the new roll on the let-off and align its edge with the edge guide marks.",
            "Overlap the new backing on the old by at least 150 mm and join them with the backing splice tape.",
            "Run in jog at no more than 100 rpm until the splice has passed the spiked rolls.",
            "Set the backing tension (10 N/cm ±2 N/cm for woven PP) and reset T03.",
            "Mark the splice for the finishing line: the carpet near a splice is cut out later.",
        ],
    ),
    ("h", "7. Changing a needle module"),
    (
        "ol",
        [
            "Lock out the main switch and insert the needle bar locking pin.",
            "Remove the yarn from the needles of the module (one inch wide) and cut it behind the yarn guides.",
            "Loosen the module clamp screw and pull the module down.",
            "Fit the new module, push it up against the needle bar stop and tighten the clamp screw to 4 Nm.",
            "Check that all needles of the module are in line with their neighbours within 0.1 mm.",
            "Thread the yarn, remove the locking pin and run two revolutions by hand.",
            "After a whole needle bar set has been changed, run at no more than 70 % of the maximum speed for 30 min.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Blow fluff off the hook bar and the needle plate (air at no more than 2 bar); check the oil level"],
            ["Weekly", "Clean the spiked backing rolls; check the knives for wear"],
            ["400 h of cut pile production, or sooner when uncut loops appear", "Change the knives"],
            ["500 h", "Change the lubrication pressure filter"],
            ["2000 h or 12 months, whichever comes first", "Change the central lubrication oil (40 L BT-400, 55 L BT-500)"],
            ["8000 h", "Replace the toothed belts of the yarn feed drives"],
            ["Yearly", "Bransholm service: needle bar bearings, encoder alignment, servo drive parameters"],
        ],
        (70, 104),
    ),
    ("h", "9. Safety notes"),
    (
        "ul",
        [
            "Only trained operators may run the machine; only trained fitters may work in the needle area.",
            "Wear hearing protection: the sound pressure level is above 85 dB(A) at normal speeds.",
            "Never clean the needle area with the machine running, and never with air above 2 bar.",
            "Keep the area free of fluff; the site's fire risk assessment sets the cleaning routine.",
            "The foundation and the machine anchoring are the site's civil contractor's work, to the Bransholm "
            "foundation drawing.",
        ],
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BT-400", "BT-500"],
            ["Needle module 1/8 in gauge (1 in wide)", "BRH-NM-418", "BRH-NM-518"],
            ["Loop pile hook (looper) 1/8 in, pack of 50", "BRH-LH-18", "BRH-LH-18"],
            ["Cut pile hook 1/8 in, pack of 50", "BRH-CH-18", "BRH-CH-18"],
            ["Knife, pack of 50", "BRH-KN-25", "BRH-KN-25"],
            ["Lubrication pressure filter", "BRH-LF-10", "BRH-LF-10"],
            ["Needle bar bearing set", "BRH-NB-36", "BRH-NB-42"],
            ["Spiked roll segment set", "BRH-SR-400", "BRH-SR-500"],
            ["Toothed belt set, yarn feed", "BRH-TB-16", "BRH-TB-20"],
        ],
        (84, 45, 45),
    ),
]


# ---------------------------------------------------------------- Farbreth CDR continuous carpet dye range
FARBRETH = [
    ("title", "Farbreth CDR-50 Continuous Carpet Dye Range\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document FRB-OM-CDR50-04, Edition 4, November 2024. Farbreth Textile Finishing. The CDR-50 dyes broadloom "
        "carpet continuously: a J-scray and entry dancer, a pre-wetting box, a flood applicator with an overflow "
        "weir, a festoon steamer with saturated steam, a three-slot vacuum washer and a vacuum extractor. The "
        "carpet then goes to the dryer, which has its own manual. Dye recipes, auxiliaries and their pH are set by "
        "the site's dye house; the steam boiler belongs to the site's boiler house, and the effluent goes to the "
        "site's effluent treatment plant. The values in this manual are given for nylon cut pile carpet of "
        "1.0-2.0 kg/m² unless another product is named.",
    ),
    (
        "warn",
        "WARNING: The steamer works with saturated steam at about 100 °C. Never open a steamer door while the "
        "steam valve is open. Entry into the steamer is a confined space entry under the site's permit system.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Working width", "5200 mm"],
            ["Carpet width", "3600-5000 mm"],
            ["Carpet mass", "0.8-3.0 kg/m²"],
            ["Line speed", "3-25 m/min"],
            ["Pre-wetting box, liquor temperature", "30-60 °C"],
            ["Applicator pump flow", "40-400 L/min"],
            ["Wet pick-up of the applied liquor, nylon cut pile", "300-500 % of the dry carpet mass"],
            ["Dye liquor temperature at the applicator", "20-30 °C"],
            ["Steamer festoon capacity", "120 m of carpet"],
            ["Steamer temperature (saturated steam)", "100-102 °C"],
            ["Steam supply at the steamer valve", "2.5-4.0 bar, up to 1500 kg/h"],
            ["Washer water flow", "8-12 m³/h at 40-60 °C"],
            ["Vacuum at the washer and extractor slots", "-0.30 to -0.45 bar"],
            ["Residual moisture after the extractor, nylon cut pile 1.5 kg/m²", "about 80 % of the dry carpet mass"],
            ["Installed power, 400 V 3~ 50 Hz", "95 kW"],
            ["Compressed air", "6 bar, 200 NL/min"],
        ],
        (100, 74),
    ),
    (
        "p",
        "Applicator flow. The liquor flow needed for a product is: liquor flow (L/min) = line speed (m/min) x "
        "carpet width (m) x carpet mass (kg/m²) x wet pick-up (%) / 100. Example: a carpet 4.0 m wide of 1.5 "
        "kg/m² at 10 m/min and 400 % pick-up needs 10 x 4.0 x 1.5 x 400 / 100 = 240 L/min of liquor. The flow "
        "must stay within the 40-400 L/min of the pump; for a higher demand reduce the line speed.",
    ),
    (
        "p",
        "Steaming time. The dwell in the steamer is: dwell (min) = festoon length (m) / line speed (m/min). With "
        "the full festoon of 120 m at 15 m/min the dwell is 8 min. Nylon carpet with acid dyes needs at least 6 "
        "min in the steamer; for other fibres and dye classes the dye house gives the time.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Applicator"),
            (
                "p",
                "The overflow weir must be level across the width within ±0.5 mm, measured with the weir gauge at "
                "five points. The liquor temperature at the applicator must stay within ±2 °C of the value "
                "during a lot; a drift of more than 2 °C changes the shade from the start to the end of a roll.",
            ),
            (
                "p",
                "The applicator flow must stay within 5 % of the set flow. A deviation of more than 5 % for 10 s "
                "gives D05 and stops the line.",
            ),
            ("h", "Steamer"),
            (
                "p",
                "Saturated steam at 100-102 °C. If the temperature falls below 98 °C for more than 60 s, D03 stops "
                "the line: carpet steamed below 98 °C is not fixed and must be marked. The steamer roof is heated "
                "to 110 °C so that no condensate drips onto the carpet.",
            ),
            ("h", "Washer and extractor"),
            (
                "p",
                "Water 8-12 m³/h at 40-60 °C. Below 6 m³/h the line stops with D09. The slot vacuum should be "
                "-0.30 to -0.45 bar; D10 warns when it rises above -0.25 bar (less vacuum).",
            ),
            ("h", "Carpet guiding"),
            (
                "p",
                "The edge guider corrects up to ±50 mm. D12 shows when it reaches the end of its travel. The entry "
                "dancer works between 20 % and 80 % of its stroke; outside that D13 stops the drives.",
            ),
            ("h", "Seams"),
            (
                "p",
                "Rolls are joined by the site's seaming machine (see its own manual). A seam may be no thicker "
                "than the carpet plus 3 mm, or it marks the carpet at the nip rolls.",
            ),
            (
                "warn",
                "Dyes, acids and auxiliaries: handle them as their safety data sheets say. The dye house makes "
                "up the liquor; the operator does not change recipes at the range.",
            ),
        ],
    ),
    ("h", "3. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["D01", "Emergency stop", "An emergency stop or pull cord is operated. Release and reset."],
            ["D02", "Steamer door open", "A steamer door switch is open. Close the door; steam stays off until reset."],
            [
                "D03",
                "Steamer temperature low",
                "Below 98 °C for more than 60 s. Check the steam supply (2.5-4.0 bar) and the condensate traps; "
                "mark the carpet steamed since the alarm.",
            ],
            ["D04", "Steam supply pressure low", "Below 2.0 bar at the steamer valve. Inform the boiler house."],
            ["D05", "Applicator flow deviation", "More than 5 % from the set flow for 10 s. Check the pump and the strainer."],
            ["D06", "Liquor tank low", "Less than 200 L left. Ask the dye house for the next batch."],
            ["D07", "Carpet break", "Tension lost at the J-scray. Rethread and splice."],
            ["D09", "Washer water low", "Below 6 m³/h. Check the water valve and the strainer."],
            ["D10", "Vacuum low", "Slot vacuum above -0.25 bar. Check the slot seals and the separator drain."],
            ["D11", "Seam missed", "The seam detector did not see an expected seam. Check the detector lens."],
            ["D12", "Edge guider at end of travel", "More than ±50 mm to correct. Check the carpet entry alignment."],
            ["D13", "Dancer out of range", "Outside 20-80 % of its stroke. Check the drive synchronisation."],
        ],
        (16, 44, 114),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            [
                "Shade differs from one edge to the other (listing)",
                "Weir not level or distribution holes blocked",
                "Level the weir within ±0.5 mm (section 7); clean the distribution holes",
            ],
            [
                "Shade drifts from the start to the end of a roll (tailing)",
                "Liquor temperature drifting or old liquor in the trough",
                "Keep the liquor within ±2 °C; reduce the trough volume",
            ],
            [
                "Light tips, poor fixation",
                "Dwell in the steamer too short",
                "At least 6 min for nylon with acid dyes; slow the line",
            ],
            [
                "Dark spots or water marks",
                "Condensate dripping from the steamer roof",
                "Check the roof heating (110 °C) and the condensate traps",
            ],
            [
                "Washer water strongly coloured",
                "Poor fixation or wrong liquor pH",
                "Check the steamer temperature; the pH is for the dye house to check",
            ],
            [
                "Marks across the carpet at every seam",
                "Seam too thick",
                "No more than carpet thickness plus 3 mm; see the seaming machine's manual",
            ],
        ],
        (56, 56, 62),
    ),
    ("h", "5. Starting the range"),
    (
        "ol",
        [
            "Check that the dryer is ready as its own manual describes and that the effluent drain is open.",
            "Open the steam supply to the roof heating and wait until the roof reaches 110 °C.",
            "Close the steamer doors and open the steam valve; purge for 10 min with the vents open.",
            "Close the vents when the steamer shows 100 °C.",
            "Start the washer water (8-12 m³/h) and the vacuum pumps.",
            "Fill the pre-wetting box and heat it to 30-60 °C as the product sheet says.",
            "Thread the leader cloth and start the line at 3 m/min.",
            "Start the applicator and bring the line to production speed.",
        ],
    ),
    ("h", "6. Checking the applicator flow (bucket test)"),
    (
        "ol",
        [
            "Run the applicator with water at the set flow, without carpet, for 2 min.",
            "Set the collecting trays under the weir at the left edge, the centre and the right edge.",
            "Collect for exactly 60 s and weigh each tray.",
            "Each tray must hold the same quantity within ±3 %.",
            "Compare the total with the flow meter: the meter must read within 2 % of the collected flow.",
            "If the trays differ by more than 3 %, level the weir (section 7) and clean the distribution holes.",
            "Record the result in the range log.",
        ],
    ),
    ("h", "7. Levelling the weir"),
    (
        "ol",
        [
            "Stop the applicator and drain the trough.",
            "Place the weir gauge on the weir at five points across the width.",
            "Adjust the four levelling screws until all five readings are within ±0.5 mm.",
            "Lock the screws and check the five points again.",
            "Refill the trough and repeat the bucket test (section 6).",
        ],
    ),
    ("h", "8. Shade change"),
    (
        "ol",
        [
            "Run the last metres of the lot through the applicator and stop the applicator pump.",
            "Drain the trough and the liquor line into the effluent drain.",
            "Rinse the trough, the weir and the pump with warm water (30-40 °C) for 5 min.",
            "Clean the 250 µm liquor strainer.",
            "Let the dye house connect the next liquor tank and check its temperature: 20-30 °C.",
            "Fill the trough and run 20 m of carpet before the first sample for the shade check.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shade change", "Drain and rinse the trough and the applicator pump"],
            ["Daily", "Clean the liquor strainer (250 µm); check the steamer door seals"],
            ["Weekly", "Bucket test (section 6); clean the washer slot seals"],
            ["Monthly", "Check the condensate traps and the roof heating"],
            ["6 months or 3000 h, whichever comes first", "Replace the vacuum slot seals"],
            ["Yearly", "Farbreth service: festoon rods and their drive chain, roof heating coils"],
        ],
        (70, 104),
    ),
    (
        "p",
        "Replacement of the festoon rods, of their drive chain and of the roof heating coils is done only by "
        "Farbreth service; this manual does not describe it.",
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Hot surfaces: the steamer casing, the steam pipes and the roof reach more than 100 °C.",
            "Wear goggles and gloves when handling dye liquor or cleaning the applicator.",
            "Lock out the drives before working at the nip rolls or the festoon.",
            "Steam and condensate: open drains slowly, away from the face.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Liquor strainer basket 250 µm", "FRB-SB-250"],
            ["Steamer door seal, per door", "FRB-DS-50"],
            ["Vacuum slot seal set", "FRB-VS-52"],
            ["Condensate trap", "FRB-CT-25"],
            ["Applicator pump mechanical seal", "FRB-MS-400"],
            ["Weir gauge", "FRB-WG-01"],
        ],
        (100, 74),
    ),
]


# ---------------------------------------------------------------- Gummelind LF latex compounding and froth units
GUMMELIND = [
    ("title", "Gummelind LF Latex Compounding and Froth Units\nUser Manual - LF-300 and LF-600"),
    (
        "p",
        "Document GML-UM-LF-07, Edition 2, June 2025. Gummelind Foam Technology. The LF units make the latex "
        "compound for carpet backing and turn it into a stable froth. Each unit has a compound tank with a "
        "stirrer and a filler dosing screw, a compound pump, a rotor-stator froth head with air injection and "
        "cooling, an in-line froth density meter and a control cabinet. The LF-300 is sized for one coater "
        "(up to 300 kg/h of compound); the LF-600 has a larger tank, stirrer, pump and froth head for up to 600 "
        "kg/h, or two coaters. The froth is delivered to the backing coater, whose doctor knife, gap and "
        "coating weights are covered by the coater's own manual. The compound recipe (latex type, filler, "
        "froth aids, thickener) is the site's, made by its chemist; this manual gives the order of additions and "
        "the machine settings only.",
    ),
    (
        "warn",
        "WARNING: The stirrer starts automatically in AUTO mode. Lock out the stirrer before opening the tank "
        "manhole. Latex compound irritates skin and eyes: wear gloves and goggles.",
    ),
    (
        "p",
        "Controls. The touch panel shows the tank level, the stirrer speed, the compound flow, the air flow, the "
        "set and measured froth density, the head back pressure and the froth temperature. In AUTO mode the unit "
        "holds the set density by trimming the air flow within ±10 % of its set value; if that is not enough, L06 "
        "or L08 warns and the operator corrects the rotor speed. Up to 50 settings (compound flow, blow ratio, "
        "rotor speed) can be stored under product names; they hold no recipe quantities.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LF-300", "LF-600"],
            ["Compound tank, usable volume", "3000 L", "6000 L"],
            ["Stirrer motor", "11 kW", "18.5 kW"],
            ["Stirrer speed", "20-90 rpm", "15-70 rpm"],
            ["Filler dosing screw", "up to 1500 kg/h", "up to 3000 kg/h"],
            ["Compound throughput of the froth head", "60-300 kg/h", "120-600 kg/h"],
            ["Froth head rotor speed", "100-900 rpm", "100-700 rpm"],
            ["Froth head motor", "5.5 kW", "11 kW"],
            ["Rotor to stator clearance, new", "1.0 mm", "1.2 mm"],
            ["Rotor to stator clearance, replace rotor and stator at", "1.6 mm", "1.8 mm"],
            ["Froth density range", "150-500 g/L", "150-500 g/L"],
            ["Head back pressure, normal / relief valve", "1-4 bar / 6 bar", "1-4 bar / 6 bar"],
            ["Head cooling water, 15-20 °C", "6 L/min", "10 L/min"],
            ["Compressed air, dry and oil-free", "6-8 bar, 80 NL/min", "6-8 bar, 150 NL/min"],
            ["Compound strainer", "250 µm", "250 µm"],
            ["Installed power, 400 V 3~ 50 Hz", "24 kW", "40 kW"],
            ["Mass, empty", "2.4 t", "3.8 t"],
        ],
        (86, 44, 44),
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Compound"),
            (
                "p",
                "Viscosity 8000-14 000 mPa·s, measured with a Brookfield RVT viscometer, spindle 5 at 20 rpm, at "
                "25 °C. Above 14 000 mPa·s the pump cavitates and the froth gets coarse; below 8000 mPa·s the froth "
                "drains on the coater. Filler up to 400 parts per hundred of latex solids.",
            ),
            ("h", "Blow ratio and air flow"),
            (
                "p",
                "Blow ratio = compound density / froth density. Example: a compound of 1450 g/L frothed to 290 "
                "g/L has a blow ratio of 5.0. The air flow the head needs is: air flow (NL/min) = compound flow "
                "(L/min) x (blow ratio - 1). Example: 3.0 L/min of compound at a blow ratio of 5 needs 3.0 x 4 = "
                "12 NL/min of air.",
            ),
            ("h", "Froth density tolerance"),
            (
                "p",
                "The density meter must stay within ±10 % of the set density; outside it L08 warns. Check the "
                "meter once a shift with the density cup (section 6).",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "The froth leaving the head must stay below 35 °C. Cooling water 15-20 °C at the flow of the "
                "technical data; L09 warns below 4 L/min (LF-300) or 7 L/min (LF-600). At 35 °C L10 stops the "
                "head.",
            ),
            ("h", "Air supply"),
            (
                "p",
                "The air supply must be at least 2 bar above the head back pressure, or the air flow becomes "
                "unsteady and the density drifts.",
            ),
            (
                "warn",
                "Never run the froth head dry or against a closed outlet: the relief valve opens at 6 bar and "
                "sprays compound.",
            ),
            ("h", "Stops"),
            (
                "p",
                "After a stop of more than 30 min flush the head with water (section 7), or latex skins form on "
                "the rotor.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["L01", "Emergency stop", "Release the button and reset."],
            ["L02", "Tank guard open", "The manhole or the stirrer guard is open. Close it."],
            ["L03", "Tank low level", "Below 10 % of the tank. Make up the next batch; the compound pump stops at 5 %."],
            ["L04", "Stirrer overload", "Compound too thick or filler added too fast. Reduce the filler rate."],
            [
                "L05",
                "Head back pressure high",
                "Above 5 bar. Check the hose to the coater for kinks and the outlet valve; relief valve at 6 bar.",
            ],
            ["L06", "Air flow deviation", "More than 10 % from the set air flow. Check the air supply and the mass flow controller."],
            ["L08", "Froth density out of tolerance", "More than ±10 % from the set density. Check with the density cup."],
            [
                "L09",
                "Cooling water flow low",
                "Below 4 L/min (LF-300) or 7 L/min (LF-600). Check the strainer and the valve.",
            ],
            ["L10", "Froth temperature high", "35 °C reached. The head stops. Check the cooling water."],
            ["L11", "Compound pump dry run", "No compound at the pump inlet. Check the tank outlet valve and the strainer."],
            ["L12", "Filler scale fault", "The dosing scale reading is implausible. Tare the scale; call Gummelind service."],
        ],
        (16, 46, 112),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            [
                "Froth coarse with large bubbles",
                "Rotor speed too low, air flow too high, or rotor and stator worn",
                "Raise the rotor speed; check the air flow; measure the clearance (section 8), replace at 1.6 mm "
                "(LF-300) or 1.8 mm (LF-600)",
            ],
            [
                "Froth collapses on the coater",
                "Froth too warm or too little froth aid",
                "Keep the froth below 35 °C; the froth aid dosage is a matter for the site's chemist",
            ],
            [
                "Grit or lumps in the compound",
                "Filler added too fast, strainer damaged",
                "Add filler at the stirrer speed of section 5; check the 250 µm strainer",
            ],
            [
                "Density drifts up and down",
                "Air supply not steady",
                "Supply at least 2 bar above the head back pressure; check the regulator",
            ],
            [
                "Skin or lumps of latex in the froth after a stop",
                "Head not flushed",
                "Flush after every stop of more than 30 min (section 7)",
            ],
        ],
        (50, 56, 68),
    ),
    ("h", "5. Making up a batch of compound"),
    (
        "ol",
        [
            "Check that the tank is clean and the outlet valve closed. Quantities are taken from the site's recipe.",
            "Charge the water, then the latex, with the stirrer at 20 rpm.",
            "Add the dispersant and the froth aids as the recipe lists them.",
            "Start the filler dosing screw and raise the stirrer to 60 rpm (LF-300) or 45 rpm (LF-600) while the "
            "filler goes in.",
            "Stir for at least 20 min after the last filler.",
            "Add the thickener slowly and stir 10 min more.",
            "Take a sample and measure the viscosity at 25 °C: 8000-14 000 mPa·s.",
            "Release the batch on the panel; the compound pump may now draw from the tank.",
        ],
    ),
    ("h", "6. Checking the froth density with the cup"),
    (
        "ol",
        [
            "Tare the 1 L density cup on the scale.",
            "Open the sample valve after the head and let froth run for 5 s to clear the line.",
            "Fill the cup without trapping air and strike it off level with the straight edge.",
            "Weigh the cup: the net mass in grams is the froth density in g/L.",
            "Compare it with the density meter reading; they must agree within 5 %.",
            "If they differ by more than 5 %, clean the meter's measuring tube and repeat.",
            "Record the value in the shift log.",
        ],
    ),
    ("h", "7. Flushing the froth head"),
    (
        "ol",
        [
            "Stop the compound pump and close the tank outlet valve.",
            "Switch the head inlet to water and open the flush drain.",
            "Run the rotor at 300 rpm with water for 5 min.",
            "Blow the head dry with air for 1 min.",
            "Close the drain; the head is ready to restart.",
        ],
    ),
    ("h", "8. Measuring the rotor to stator clearance"),
    (
        "ol",
        [
            "Flush the head, lock out the head motor and close the cooling water.",
            "Remove the front stator plate (eight M10 nuts).",
            "Measure the clearance at the tips of the rotor pins with a feeler gauge at four points.",
            "New: 1.0 mm (LF-300) or 1.2 mm (LF-600). Replace rotor and stator at 1.6 mm (LF-300) or 1.8 mm "
            "(LF-600).",
            "Refit the stator plate with a new O-ring and tighten the nuts to 40 Nm crosswise.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Density cup check (section 6); clean the compound strainer"],
            ["Every stop of more than 30 min", "Flush the froth head (section 7)"],
            ["Weekly", "Check the stirrer gearbox oil level; clean the cooling water strainer"],
            ["1000 h", "Measure the rotor to stator clearance (section 8)"],
            ["2000 h or 12 months, whichever comes first", "Replace the head shaft seal; change the stirrer gearbox oil"],
            ["Yearly", "Gummelind service: calibration of the density meter and the filler scale"],
        ],
        (70, 104),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Never enter the tank. Tank entry is a confined space entry under the site's permit.",
            "Filler dust: wear a dust mask when loading bags into the filler hopper.",
            "Compressed air and froth lines are under pressure: release it before opening a coupling.",
            "Ammonia can be released from some latex grades: ventilate as the safety data sheet says.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LF-300", "LF-600"],
            ["Rotor and stator set", "GML-RS-300", "GML-RS-600"],
            ["Head shaft seal", "GML-SS-30", "GML-SS-45"],
            ["Stator plate O-ring", "GML-OR-300", "GML-OR-600"],
            ["Compound strainer 250 µm", "GML-ST-250", "GML-ST-250"],
            ["Density cup 1 L", "GML-DC-1", "GML-DC-1"],
            ["Relief valve 6 bar", "GML-RV-6", "GML-RV-6"],
        ],
        (84, 45, 45),
    ),
]


# ---------------------------------------------------------------- Rakelmund PS vinyl plastisol spreaders
RAKELMUND = [
    ("title", "Rakelmund PS Plastisol Spreading Heads\nOperation and Maintenance - PS-2 and PS-4"),
    (
        "p",
        "Document RKM-OM-PS-03, Edition 5, January 2025. Rakelmund Coating Machines. The PS spreading heads coat "
        "PVC plastisol paste onto a glass fleece carrier or onto an already gelled layer on vinyl flooring lines. "
        "The paste is held in a bank in front of a doctor knife and spread over a chromed, water-tempered backing "
        "roll (knife over roll). Two servo spindles set the knife gap on each side. The PS-2 has a working width "
        "of 2200 mm; the PS-4 has a working width of 4200 mm and a larger backing roll. The gelling drum or oven "
        "after the head, the paste mixing and deaeration room and the coat weight gauge are not part of the "
        "delivery; see their own manuals. Paste formulations and gelling temperatures are the customer's.",
    ),
    (
        "p",
        "Controls. The operator panel on the drive side shows the gap of each side in 0.01 mm, the set and actual "
        "backing roll temperature, the paste bank height and the line speed taken from the line control. Gap "
        "recipes can be stored for up to 200 products; a stored recipe holds the gap, the roll temperature and the "
        "edge dam positions, never the paste formulation. The knife is lifted pneumatically for splices and at "
        "every line stop, and lowered again to the stored gap.",
    ),
    (
        "warn",
        "WARNING: The knife and the backing roll form a nip. Never reach between them while the roll turns. Set "
        "the gap only with the roll stopped and the drive locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-2", "PS-4"],
            ["Working width", "2200 mm", "4200 mm"],
            ["Maximum carrier width", "2150 mm", "4150 mm"],
            ["Line speed", "5-40 m/min", "5-30 m/min"],
            ["Coat weight range", "150-1500 g/m²", "150-1500 g/m²"],
            ["Knife gap setting range / resolution", "0.05-3.00 mm / 0.01 mm", "0.05-3.00 mm / 0.01 mm"],
            ["Backing roll diameter", "400 mm", "500 mm"],
            ["Backing roll runout, maximum", "0.02 mm", "0.02 mm"],
            ["Backing roll temperature (tempering water)", "20-30 °C", "20-30 °C"],
            ["Paste viscosity (Brookfield, 25 °C)", "2000-15 000 mPa·s", "2000-15 000 mPa·s"],
            ["Paste feed pump", "2-25 L/min", "4-50 L/min"],
            [
                "Coat weight tolerance across the width, at line speeds up to 25 m/min on glass fleece",
                "±3 %",
                "±4 %",
            ],
            ["Knife", "hardened steel, 30° bevel", "hardened steel, 30° bevel"],
            ["Installed power, 400 V 3~ 50 Hz", "7.5 kW", "11 kW"],
            ["Compressed air", "6 bar, 50 NL/min", "6 bar, 80 NL/min"],
            ["Mass", "3.1 t", "5.6 t"],
        ],
        (86, 44, 44),
    ),
    (
        "p",
        "Coat weight from the gap. As a starting point: coat weight (g/m²) = gap (mm) x 1000 x paste density "
        "(g/cm³) x 0.9. The factor 0.9 holds for pastes of about 4000 mPa·s at 15 m/min; other pastes and speeds "
        "give other factors, so always confirm with the coat weight gauge. Example: a gap of 0.50 mm with a paste "
        "of 1.25 g/cm³ gives 0.50 x 1000 x 1.25 x 0.9 = 562 g/m².",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Gap"),
            (
                "p",
                "Both sides of the knife must be set within 0.01 mm of each other. The gap zero is set against "
                "the 0.05 mm reference shim (section 6) after every knife change and at least once a month.",
            ),
            ("h", "Paste bank"),
            (
                "p",
                "Keep the paste bank in front of the knife between 30 mm and 60 mm high. A bank below 30 mm gives "
                "starved areas; above 60 mm the paste rolls over the edge dams.",
            ),
            ("h", "Edge dams"),
            (
                "p",
                "Set the edge dams 5-10 mm inside the carrier edge, so that no paste reaches the backing roll.",
            ),
            ("h", "Backing roll"),
            (
                "p",
                "Tempering water 20-30 °C, within ±1 °C during a run. A warmer roll lowers the paste viscosity "
                "and the coat weight rises. The roll runout must be no more than 0.02 mm; check it every 6 months "
                "with a dial gauge.",
            ),
            ("h", "Speed"),
            (
                "p",
                "No more than 40 m/min (PS-2) or 30 m/min (PS-4). The coat weight tolerance of the technical data "
                "applies only up to 25 m/min on glass fleece; above 25 m/min no tolerance is given.",
            ),
            (
                "warn",
                "Plasticiser vapour: the spreading head sits before the gelling drum. Keep the extraction hood "
                "running whenever paste is in the head.",
            ),
            ("h", "Knife"),
            (
                "p",
                "A nick in the knife edge deeper than 0.05 mm cannot be honed out: change the knife.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Release the button and reset."],
            ["P02", "Nip guard open", "The guard in front of the knife is open. Close it."],
            [
                "P03",
                "Gap sides unequal",
                "The two spindles differ by more than 0.01 mm. Re-zero the gap (section 6).",
            ],
            ["P04", "Spindle servo fault", "A gap spindle servo has tripped. Reset; if it repeats call Rakelmund service."],
            ["P05", "Roll temperature deviation", "More than ±1 °C from the set temperature. Check the tempering unit."],
            ["P06", "Paste bank low", "The bank sensor sees less than 30 mm. Check the paste feed pump."],
            ["P07", "Paste bank high", "More than 60 mm. Reduce the pump flow."],
            ["P08", "Backing roll drive overload", "Check for paste dried on the roll ends and the edge dams."],
            [
                "P10",
                "Coat weight deviation",
                "The coat weight gauge reports a deviation beyond the limit set on the gauge. Check the gap and "
                "the roll temperature.",
            ],
            ["P11", "Knife lift cylinder", "The knife did not lift within 2 s. Check the air supply (6 bar)."],
            ["P12", "Extraction off", "The extraction hood fan is not running. The paste pump is blocked."],
            ["P13", "Service due", "A maintenance interval is due; acknowledge after the task."],
        ],
        (16, 46, 112),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            [
                "Lines or streaks along the coat",
                "A particle caught under the knife, or a nick in the knife edge",
                "Clean the knife edge with a plastic scraper; hone a small nick; change the knife if the nick is "
                "deeper than 0.05 mm",
            ],
            [
                "Coat heavier on one side",
                "Gap not parallel",
                "Re-zero the gap on both sides (section 6)",
            ],
            [
                "Bands across the coat, once every roll turn",
                "Backing roll runout",
                "Check the runout with a dial gauge: no more than 0.02 mm; otherwise call Rakelmund service to "
                "regrind the roll",
            ],
            [
                "Bubbles or craters in the coat",
                "Air in the paste",
                "The paste must be deaerated in the mixing room (see that room's equipment manual)",
            ],
            [
                "Coat weight rises slowly during the run",
                "Roll or paste warming up",
                "Check the tempering water, 20-30 °C within ±1 °C",
            ],
            [
                "Starved, thin patches",
                "Paste bank too low",
                "Keep the bank at 30-60 mm",
            ],
        ],
        (50, 54, 70),
    ),
    ("h", "5. Starting a coating run"),
    (
        "ol",
        [
            "Start the tempering unit and wait until the backing roll is at the set temperature (20-30 °C).",
            "Start the extraction hood.",
            "Set the edge dams 5-10 mm inside the carrier edge.",
            "Enter the gap computed from the coat weight formula and let the spindles move.",
            "Start the line at 5 m/min and the paste feed pump.",
            "Build the paste bank to 30-60 mm, then lower the knife.",
            "Raise the line speed in steps of 5 m/min and correct the gap from the coat weight gauge readings.",
        ],
    ),
    ("h", "6. Setting the gap zero"),
    (
        "ol",
        [
            "Lift the knife, stop the line and lock out the backing roll drive.",
            "Clean the knife edge and the roll surface with a lint-free cloth and plasticiser.",
            "Place the 0.05 mm reference shim on the roll under the left end of the knife.",
            "Lower the left spindle in jog until the shim can just be pulled out with light drag.",
            "Press ZERO LEFT on the panel: the display shows 0.05 mm.",
            "Repeat steps 3 to 5 at the right end with ZERO RIGHT.",
            "Check the centre with the shim: the drag must be the same as at the ends.",
            "Remove the shim and the lock-out; the panel shows GAP ZERO OK.",
        ],
    ),
    ("h", "7. Changing the knife"),
    (
        "ol",
        [
            "Empty the paste bank, lift the knife and lock out the drive.",
            "With a second person, support the knife in the knife carrier (PS-2: 24 kg, PS-4: 46 kg).",
            "Loosen the clamping bar screws from the centre outwards.",
            "Lift out the old knife and clean the clamping faces.",
            "Fit the new knife with the bevel facing the paste bank and tighten the screws from the centre outwards "
            "to 25 Nm.",
            "Set the gap zero (section 6).",
        ],
    ),
    ("h", "8. Cleaning at the end of a run"),
    (
        "ol",
        [
            "Stop the paste feed pump and let the line run until the paste bank is used up.",
            "Lift the knife, stop the line and lock out the backing roll drive.",
            "Scrape the remaining paste off the knife and the edge dams into the waste paste container with the "
            "plastic scrapers; never use a metal tool on the knife edge.",
            "Wipe the knife, the edge dams and the roll ends with a lint-free cloth wetted with plasticiser. Never "
            "use solvent.",
            "Inspect the knife edge against the light for nicks.",
            "Leave the tempering water running until the roll has reached room temperature, then switch it off.",
            "Dispose of the waste paste and the cloths as the site's waste rules say.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["End of every run", "Scrape the paste off the knife and the edge dams; wipe with plasticiser, never with solvent"],
            ["Weekly", "Inspect the knife edge for nicks; grease the spindle nuts"],
            ["Monthly", "Set the gap zero (section 6)"],
            ["6 months", "Check the backing roll runout (0.02 mm maximum)"],
            ["Yearly", "Rakelmund service: spindle backlash, servo drives, regrinding of the roll if needed"],
        ],
        (70, 104),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Never use solvents on or near the head: the gelling drum is hot and the vapour can ignite.",
            "Wear nitrile gloves when handling paste or plasticiser.",
            "Two people are needed to change the knife.",
            "The extraction hood must run whenever paste is in the head.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-2", "PS-4"],
            ["Doctor knife", "RKM-DK-22", "RKM-DK-42"],
            ["Edge dam, pair", "RKM-ED-2", "RKM-ED-2"],
            ["Reference shim 0.05 mm", "RKM-RS-05", "RKM-RS-05"],
            ["Spindle nut", "RKM-SN-20", "RKM-SN-25"],
            ["Paste bank sensor", "RKM-BS-1", "RKM-BS-1"],
            ["Plastic scraper, pack of 10", "RKM-PS-10", "RKM-PS-10"],
        ],
        (84, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("bransholm-bt-broadloom-tufting-machine.pdf", "Bransholm BRH-OM-BT-11 Ed 3 - BT-400 / BT-500", BRANSHOLM),
        ("farbreth-cdr-continuous-carpet-dye-range.pdf", "Farbreth FRB-OM-CDR50-04 Ed 4 - CDR-50", FARBRETH),
        ("gummelind-lf-latex-compounding-and-froth-unit.pdf", "Gummelind GML-UM-LF-07 Ed 2 - LF-300 / LF-600", GUMMELIND),
        ("rakelmund-ps-vinyl-plastisol-spreader.pdf", "Rakelmund RKM-OM-PS-03 Ed 5 - PS-2 / PS-4", RAKELMUND),
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
