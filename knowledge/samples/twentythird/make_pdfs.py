"""Generate the PDF manuals of the twenty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/twentythird/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the cold header, centrifugal and tempering furnace operating pages."""
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



# ---------------------------------------------------------------- Kopfmann KH cold headers
KOPFMANN = [
    ("title", "Kopfmann KH Series Single-Die Two-Blow Cold Headers\nOperation and Maintenance Manual - KH-8 and KH-12"),
    (
        "p",
        "Document KCF-OM-KH-04, Edition 2, March 2025. Kopfmann Cold Forming GmbH. The KH-8 and KH-12 are "
        "single-die, two-blow (1D2B) cold headers that cut blanks from coiled wire and form the heads of screw "
        "blanks, rivets and pins. Both have a wire straightener, feed rolls, a sliding cut-off, a shifting punch "
        "slide with a coning and a finishing punch, a die kickout and the KC-3 control. The KH-12 is the larger frame. A tonnage monitor (option T) that measures the "
        "heading force on every blow is available for the KH-12 only.",
    ),
    (
        "warn",
        "WARNING: Never reach into the die area or open the tool guard while the flywheel turns. The flywheel runs "
        "on for up to 40 s; wait until it stops, then lock out the motor and the air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KH-8", "KH-12"],
            ["Wire diameter", "2.5-8 mm", "4-12 mm"],
            ["Cut-off length", "6-80 mm", "10-120 mm"],
            ["Heading force, maximum", "250 kN", "560 kN"],
            ["Head diameter, maximum", "16 mm", "24 mm"],
            ["Output", "60-160 pcs/min", "40-110 pcs/min"],
            ["Main motor", "11 kW", "22 kW"],
            ["Die (outside diameter x length)", "30 x 60 mm", "45 x 80 mm"],
            ["Compressed air (clutch and brake)", "6 bar", "6 bar"],
            ["Machine weight", "4.8 t", "9.6 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The wire diameters hold for spheroidise-annealed low-carbon wire (C4C, C10C, 10B21) with a tensile strength "
        "of up to 500 N/mm². For wire above 500 N/mm² (annealed medium-carbon and alloy steels such as 23MnB4 and "
        "34CrMo4) the largest wire is 6.5 mm on the KH-8 and 10 mm on the KH-12. Austenitic stainless wire (A2, A4) "
        "is headed up to 5 mm on the KH-8 and 8 mm on the KH-12. The maximum outputs hold for blanks no longer than "
        "half the maximum cut-off length.",
    ),
    ("h", "2. Heading operation"),
    (
        "cols",
        [
            ("h", "Upsetting limits"),
            (
                "p",
                "The free length of wire upset in one blow must not exceed 2.3 times the wire diameter. With the "
                "coning first blow the two blows together may gather up to 4.5 times the wire diameter. On 6 mm "
                "wire this is at most 13.8 mm in one blow and 27 mm in two. Longer upsets buckle and must be made "
                "on a two-die machine.",
            ),
            ("h", "Cut-off"),
            (
                "p",
                "The radial clearance between the cut-off quill and the cut-off knife must be 0.02-0.05 mm. The "
                "cut-off length must repeat within ±0.1 mm; check 10 blanks every hour with a height gauge.",
            ),
            ("h", "Punch alignment"),
            (
                "p",
                "Both punches must be centred on the die within 0.02 mm, measured at the punch face. The punch "
                "slide shifts between the blows; its two end positions are set with the two shift stop screws.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Circulating oil feeds the crank, the slides and the tools. Keep the oil pressure at 2.0-3.5 bar; "
                "the header stops below 1.5 bar. The oil temperature must stay at or below 55 °C, as the slide "
                "clearances close when the oil runs hotter. The oil tank holds 180 L on the KH-8 and 320 L on the "
                "KH-12 of headers oil KCF-HO46 (ISO VG 46).",
            ),
            (
                "warn",
                "Never run the header with the clutch and brake air below 5 bar: the brake holds the slide only "
                "with 5 bar or more.",
            ),
        ],
    ),
    ("h", "3. KC-3 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Emergency stop pressed or tool guard open", "Reset the emergency stop, close the guard and acknowledge on the KC-3"],
            ["H02", "Main motor overload or motor protection tripped", "Check the blank volume; let the motor cool for 15 min"],
            ["H03", "Lube oil pressure below 1.5 bar, header stopped", "Check the oil level and the suction strainer; change the pressure filter element KCF-OF20"],
            ["H04", "Lube oil temperature above 55 °C", "Check the oil cooler and its water flow; lower the output until the oil has cooled"],
            ["H05", "Short feed: wire fed more than 0.3 mm short of the set length", "Check the feed roll pressure and the roll grooves; check the wire for scale and soap build-up"],
            ["H06", "No blank at the die (transfer sensor)", "Check the cut-off quill and knife; look for a blank stuck in the knife"],
            ["H07", "Kickout overload: blank stuck in the die", "Stop; free the die with the kickout pin in inching mode; check the die for cracks"],
            ["H08", "Clutch and brake air pressure below 5 bar", "Check the air supply and the clutch valve; never bypass the pressure switch"],
            ["H10", "Wire end: coil empty or wire broken before the straightener", "Load a new coil and thread the wire end through the straightener"],
            ["H11", "Brake stopping time above 250 ms", "Stop using the header and contact Kopfmann service for a brake check"],
            ["H12", "Punch slide not in position at the blow", "Check the shift cam roller and the shift stop screws"],
            ["H13", "Heading force outside the set window (option T only)", "Check the blank length, the wire size and the tools; set the window again after a tool change"],
            ["H14", "Flywheel speed more than 10 % below the set speed", "Check the V-belt tension and the clutch for slip"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Cracks around the rim of the head", "Wire too hard or decarburised; upset too long for one blow", "Check the wire certificate; keep each blow within 2.3 times the wire diameter"],
            ["Flash or fin on one side of the head", "Punch not centred on the die", "Centre the punches within 0.02 mm (section 6)"],
            ["Underfilled head with rounded corners", "Blank too short; cut-off length varying", "Lengthen the cut-off; check the feed rolls"],
            ["Shank bent or buckled under the head", "Free upset length too long", "Gather in two blows or shorten the free length"],
            ["Burr or torn face on the cut end", "Quill or knife worn; clearance too large", "Change the quill and knife; set 0.02-0.05 mm"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the die"),
    (
        "ol",
        [
            "Stop the header, wait until the flywheel has stopped and lock out the main motor and the compressed air.",
            "Back off the kickout pin and loosen the die clamp screw.",
            "Push the die out of the die block towards the front with the die extractor (KCF-DX1 on the KH-8, KCF-DX2 on the KH-12).",
            "Clean the die pocket and the kickout pin bore; a chip behind the die tilts it.",
            "Fit the new die with its locating flat upwards and tighten the die clamp screw.",
            "Set the kickout stroke so that the kickout pin stops 0.5-1.0 mm below the die face at the blow.",
            "Turn the header through two full cycles with the inching drive before running it under power.",
        ],
    ),
    (
        "p",
        "Tighten the die clamp screw to 90 N·m on the KH-8 and to 160 N·m on the KH-12.",
    ),
    ("h", "6. Centring the punches"),
    (
        "ol",
        [
            "Fit the centring gauge KCF-CG1 in the die.",
            "Set a dial indicator on the punch holder and inch the first punch forward to 1 mm before the die face.",
            "Adjust the punch holder screws until the first punch sits within 0.02 mm of the die centre at the top, the bottom and both sides.",
            "Shift the slide to the second punch and repeat.",
            "Remove the gauge, run 20 blanks and check the heads for flash.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the lube oil level; clean scale and soap from the straightener and the feed rolls; check 10 blanks for length"],
            ["Weekly", "Check the V-belt tension; drain the water from the air filter"],
            ["Every 500 h", "Change the lube oil pressure filter element KCF-OF20"],
            ["Every 2000 h", "Change the lube oil (KCF-HO46); clean the tank and the suction strainer"],
            ["Every 6 months", "Measure the brake stopping time: 250 ms at most"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The crank bearings are changed to service instruction KCF-SI-14 by Kopfmann service. The flywheel brake is "
        "relined by Kopfmann service only; contact Kopfmann service when the brake stopping time is longer than "
        "250 ms.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "KH-8", "KH-12"],
            ["Cut-off knife", "KCF-CK8", "KCF-CK12"],
            ["Cut-off quill, 5.0 mm", "KCF-Q50", "-"],
            ["Cut-off quill, 6.0 mm", "KCF-Q60", "KCF-Q60"],
            ["Cut-off quill, 8.0 mm", "KCF-Q80", "KCF-Q80"],
            ["Cut-off quill, 10.0 mm", "-", "KCF-Q100"],
            ["Cut-off quill, 12.0 mm", "-", "KCF-Q120"],
            ["Feed roll pair", "KCF-FR8", "KCF-FR12"],
            ["Die extractor", "KCF-DX1", "KCF-DX2"],
            ["Centring gauge", "KCF-CG1", "KCF-CG1"],
            ["Lube oil pressure filter element", "KCF-OF20", "KCF-OF20"],
            ["Headers oil ISO VG 46, 200 L drum", "KCF-HO46", "KCF-HO46"],
            ["V-belt set", "KCF-VB5", "KCF-VB8"],
            ["Tonnage monitor strain sensor (option T)", "-", "KCF-TS12"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Dulcevar DBC batch sugar centrifugals
DULCEVAR = [
    ("title", "Dulcevar DBC Series Batch Sugar Centrifugals\nOperation and Maintenance Manual - DBC-1350 and DBC-1800"),
    (
        "p",
        "Document DSM-OM-DBC-05, Revision 3, November 2024. Dulcevar Sugar Machinery S.A. The DBC-1350 and DBC-1800 "
        "are fully automatic batch centrifugals that separate white and raw sugar crystals from A- and "
        "B-massecuite. Both have a suspended perforated basket of 1600 mm diameter driven from above by an AC motor "
        "with a frequency converter and regenerative braking, a feed gate with a layer feeler, water and steam "
        "wash, a discharge plough and the DC-9 control. The DBC-1800 has a taller basket; otherwise the two machines "
        "are the same. A laser layer sensor (option K), which measures the massecuite layer without touching it, is "
        "available for the DBC-1800 only; the DBC-1350 always uses the mechanical layer feeler.",
    ),
    (
        "warn",
        "WARNING: Never open the curb cover or reach into the basket until the basket has stopped and the drive is "
        "locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DBC-1350", "DBC-1800"],
            ["Massecuite charge, maximum", "1350 kg", "1800 kg"],
            ["Basket diameter x height", "1600 x 1000 mm", "1600 x 1300 mm"],
            ["Basket speed, maximum", "1050 rpm", "1050 rpm"],
            ["Loading speed", "200-250 rpm", "200-250 rpm"],
            ["Discharge (plough) speed", "40-60 rpm", "40-60 rpm"],
            ["Cycles per hour, maximum", "24", "22"],
            ["Drive motor", "250 kW", "315 kW"],
            ["Steam for steam wash", "2-3 bar g", "2-3 bar g"],
            ["Machine weight", "9.5 t", "11.8 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "At 1050 rpm the basket wall runs at about 985 g. The charges are for A-massecuite of 1.5 t/m³: 0.90 and "
        "1.20 m³, which fill the baskets to a layer of about 205 mm in the DBC-1350 and 212 mm in the DBC-1800. The "
        "cycle rates hold for white sugar A-massecuite of 60-70 °C with crystals of 0.5-0.8 mm and a purity of 88 % "
        "or more. B-massecuite runs at 16 cycles per hour on the DBC-1350 and 15 on the DBC-1800. At 24 and 22 cycles "
        "per hour an A-massecuite of about 50 % crystal content gives about 16 t/h and 20 t/h of sugar. "
        "C-massecuite must not be run in these machines; it belongs on continuous centrifugals.",
    ),
    ("h", "2. The centrifugal cycle"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "The basket turns at 200-250 rpm while the feed gate is open. The feeler (on a DBC-1800 with option "
                "K, the laser) closes the gate when the layer reaches its set thickness. The layer must never be "
                "thicker than 215 mm. Massecuite colder than 55 °C loads unevenly and makes the basket run out of "
                "balance.",
            ),
            ("h", "Spinning and washing"),
            (
                "p",
                "The basket then accelerates to its spinning speed of 950-1050 rpm. The water wash uses water of "
                "75-85 °C, 1.5-3.0 % of the charge mass: 20-40 L on the DBC-1350 and 27-54 L on the DBC-1800. Start "
                "the wash only after the mother syrup has drained. A steam wash at 2-3 bar g for 10-20 s at the end "
                "of the spin dries the crystals.",
            ),
            ("h", "Discharge"),
            (
                "p",
                "The drive brakes the basket regeneratively to 40-60 rpm and the plough moves in to 3-5 mm from the "
                "screen. The plough must never come closer than 3 mm, or it tears the screen. The screen is washed "
                "with water before the next charge.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "In normal running the basket vibration stays at or below 7 mm/s RMS. The DC-9 warns at 9 mm/s and "
                "stops the basket at 11 mm/s. The out-of-balance switch stops the basket when the spindle deflects "
                "more than 8 mm.",
            ),
            ("warn", "Never restart a stopped, loaded basket above loading speed: wash it out at 50 rpm first."),
        ],
    ),
    ("h", "3. DC-9 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Emergency stop pressed or curb cover open", "Reset the emergency stop, close the cover and acknowledge"],
            ["C02", "Drive converter fault (converter fault code shown)", "Note the converter code and look it up in the converter maker's manual"],
            ["C03", "Overspeed: basket above 1060 rpm", "Stop; check the speed encoder; contact Dulcevar service before the next start"],
            ["C04", "Out-of-balance switch: spindle deflection above 8 mm", "Wash the basket out at 50 rpm; check the massecuite temperature and the feed distributor"],
            ["C05", "Vibration warning: above 9 mm/s", "Finish the cycle; check the screens and the load distribution"],
            ["C06", "Vibration trip: 11 mm/s reached, basket stopped", "Wash out at 50 rpm; check the screens, the clamping rings and the buffer"],
            ["C07", "Layer feeler or laser sensor gave no signal within the 60 s feed time", "Check the feeler arm or clean the laser window (option K); check the feed gate"],
            ["C08", "Feed gate not closed at the end of loading", "Check the gate cylinder and its limit switch"],
            ["C09", "Wash water flow low", "Clean the wash nozzles; check the wash valve and the water pressure"],
            ["C11", "Plough not at its home position", "Check the plough cylinder and the home switch; never spin with the plough out"],
            ["C12", "Discharge valve not open at discharge", "Check the valve cylinder and its air supply"],
            ["C13", "Spindle bearing temperature above 80 °C", "Check the bearing greasing; contact Dulcevar service if it returns"],
            ["C14", "Holding brake lining worn", "Contact Dulcevar service; the brake is changed by Dulcevar service only"],
            ["C15", "Steam wash pressure below 2 bar g", "Check the steam valve and the steam supply pressure"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Sugar too wet at discharge", "Spin too short; screens blinded; steam wash off", "Lengthen the spinning time; wash the screens; check the steam wash"],
            ["Sugar colour high, syrup left on the crystals", "Too little wash water; wash started too early", "Raise the wash within 1.5-3.0 %; wash after the syrup has drained"],
            ["Crystals in the run-off syrup", "Working screen torn or slots too wide", "Change the working screen (section 5)"],
            ["Basket runs rough while loading", "Massecuite too cold or too viscous; uneven feed", "Warm the massecuite to 60-70 °C; check the feed distributor"],
            ["Sugar layer left on the screen", "Plough gap too large", "Set the plough gap to 3-5 mm (section 6)"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the working screen"),
    (
        "ol",
        [
            "Stop the machine, wash out the basket, lock out the drive and close the massecuite feed valve.",
            "Open the curb cover and fit the basket lock DSM-BL1.",
            "Remove the screen clamping rings at the top and the bottom of the basket.",
            "Pull out the old working screen segments and check the backing screen beneath them for holes.",
            "Fit the new segments with the slots vertical, overlapping by 20-30 mm, each overlap trailing in the direction of rotation.",
            "Refit the clamping rings and tighten the clamping ring bolts to 45 N·m.",
            "Remove the basket lock and run the empty basket to 1050 rpm; the vibration must be at or below 7 mm/s.",
        ],
    ),
    ("p", "The working screen of the DBC-1350 is made of 6 segments, that of the DBC-1800 of 8 segments."),
    ("h", "6. Setting the plough gap"),
    (
        "ol",
        [
            "Lock out the drive and fit the basket lock DSM-BL1.",
            "Move the plough in by hand to its working stop.",
            "Measure the gap between the plough blade tip and the working screen with feeler gauges at the top, the middle and the bottom: 3-5 mm at every point.",
            "Adjust the plough stop screw and lock its nut.",
            "Remove the basket lock, run the plough in and out three times at discharge speed with the basket empty and check the gap again.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the working screens for tears; check the wash nozzles"],
            ["Weekly", "Grease the plough guides; check the clamping ring bolts at 45 N·m"],
            ["Every 2000 h", "Grease the spindle bearings with grease DSM-GL3"],
            ["Yearly", "Change the working screens if not changed before; check the backing screens"],
            ["Every 5 years or 40000 h", "Basket crack inspection by Dulcevar service"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Each greasing of the spindle bearings takes 150 g on the DBC-1350 and 200 g on the DBC-1800. The basket is "
        "inspected for cracks (dye penetrant and ultrasonic testing) to service instruction DSM-SI-03 by Dulcevar "
        "service. The spindle bearings and the holding brake are changed by Dulcevar service only; contact "
        "Dulcevar service.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "DBC-1350", "DBC-1800"],
            ["Working screen set, slot 0.06 mm", "DSM-WS13-06", "DSM-WS18-06"],
            ["Working screen set, slot 0.09 mm", "DSM-WS13-09", "DSM-WS18-09"],
            ["Backing screen set", "DSM-BS13", "DSM-BS18"],
            ["Clamping ring bolt set", "DSM-CR13", "DSM-CR18"],
            ["Plough blade", "DSM-PB13", "DSM-PB18"],
            ["Wash nozzle", "DSM-WN2", "DSM-WN2"],
            ["Layer feeler paddle", "DSM-LF1", "DSM-LF1"],
            ["Laser layer sensor window (option K)", "-", "DSM-LK18"],
            ["Basket lock", "DSM-BL1", "DSM-BL1"],
            ["Spindle bearing grease, 5 kg", "DSM-GL3", "DSM-GL3"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Brasvik TG glass tempering furnaces
BRASVIK = [
    ("title", "Brasvik TG Series Flat Glass Tempering Furnaces\nOperation and Maintenance Manual - TG-2442 and TG-2850"),
    (
        "p",
        "Document BGM-OM-TG-09, Issue 4, June 2025. Brasvik Glass Machinery AB. The TG-2442 and TG-2850 are "
        "horizontal roller-hearth furnaces that heat and quench flat float glass into fully tempered safety glass "
        "to EN 12150-1. Both have a loading table, an oscillating electric furnace with fused-silica rollers and top "
        "and bottom radiant heating, an air quench with upper and lower nozzle boxes, an unloading table and the "
        "TC-6 control. The TG-2850 has the larger bed. Top convection heating (option C), which low-emissivity "
        "coated glass needs, is available for the TG-2850 only.",
    ),
    (
        "warn",
        "WARNING: Never walk under the raised upper nozzle box without the mechanical safety props fitted.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TG-2442", "TG-2850"],
            ["Glass size, maximum", "2440 x 4200 mm", "2800 x 5000 mm"],
            ["Glass size, minimum", "100 x 250 mm", "100 x 250 mm"],
            ["Glass thickness", "3.2-19 mm", "3.2-19 mm"],
            ["Heating power", "640 kW", "900 kW"],
            ["Furnace setpoint range", "600-730 °C", "600-730 °C"],
            ["Rollers", "Fused silica, 60 mm", "Fused silica, 60 mm"],
            ["Quench blowers", "2 x 132 kW", "2 x 200 kW"],
            ["Capacity, 4 mm clear glass", "164 m²/h", "224 m²/h"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold for 4 mm clear float glass at 80 % bed loading, a heating time of 160 s and about 20 "
        "loads per hour: 8.2 m² per load on the TG-2442 and 11.2 m² on the TG-2850. Clear glass up to 12 mm is "
        "heated for about 40 s per mm of thickness and 15 and 19 mm glass for about 45 s per mm; tinted glass is "
        "heated about 10 % shorter than clear glass of the same thickness. These times hold for a furnace setpoint "
        "of 700 °C. Low-emissivity glass (coating up) is heated with top convection, and its heating time is set by "
        "test loads.",
    ),
    ("h", "2. Heating and quenching"),
    (
        "cols",
        [
            ("h", "Furnace temperature"),
            (
                "p",
                "Set the furnace to 690-710 °C for clear glass of 4-10 mm. The furnace must never be set above "
                "730 °C, as the rollers and the heating wires age quickly above it. Before the first load all top "
                "and bottom zones must read within ±5 °C of their setpoints.",
            ),
            ("h", "Exit temperature"),
            (
                "p",
                "The glass must leave the furnace at 620-640 °C, read by the exit pyrometer. Glass below 610 °C does "
                "not temper fully and may break in the quench; above 650 °C roller wave and optical distortion grow.",
            ),
            ("h", "Quench pressure"),
            (
                "p",
                "The quench air pressure depends on the thickness: 12-16 kPa for 4 mm glass, 5-7 kPa for 6 mm, "
                "2.5-3.5 kPa for 8 mm, 1.5-2.5 kPa for 10 mm and 0.8-1.5 kPa for 12 mm and thicker. The glass "
                "stays under quench for at least 3 s per mm of thickness and is then cooled below 70 °C before "
                "it is unloaded.",
            ),
            ("h", "Oscillation"),
            (
                "p",
                "The glass oscillates in the furnace at 150-250 mm/s. The oscillation stroke must be no shorter "
                "than 600 mm, so that each part of the glass passes several rollers.",
            ),
            ("h", "Quality limits"),
            (
                "p",
                "Overall bow: no more than 3 mm per 1000 mm of edge length. Roller wave: at or below 0.15 mm peak "
                "to valley. Fragmentation to EN 12150-1 (section 6): at least 40 particles for 4-12 mm glass, at "
                "least 30 for 15 and 19 mm, at least 15 for 3.2 mm.",
            ),
            ("warn", "Never stop the rollers while the furnace is above 300 °C: hot rollers sag within minutes."),
        ],
    ),
    ("h", "3. TC-6 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Emergency stop pressed or light curtain at the loading or unloading table interrupted", "Clear the area, reset and acknowledge"],
            ["G02", "Roller drive fault (drive code shown)", "Note the drive code; check the drive chain and the roller drive motor"],
            ["G03", "Zone thermocouple broken (zone shown)", "Change the thermocouple BGM-TC6; until then the zone runs at the mean of its neighbours"],
            ["G04", "Zone more than 15 °C below its setpoint for 5 min", "Check the heating element and its thyristor fuse; do not load until it clears"],
            ["G05", "Over-temperature: furnace above 740 °C, heating off", "Check the zone controllers; contact Brasvik service before heating again"],
            ["G06", "Exit temperature of the last load outside 610-650 °C", "Correct the heating time; clean the exit pyrometer lens"],
            ["G07", "Quench blower fault or blower inverter trip", "Check the blower motor and inverter; reset"],
            ["G08", "Quench air pressure more than 10 % below setpoint", "Clean the blower inlet filters; check the damper"],
            ["G09", "Glass broken in the furnace (glass detector)", "Stop loading; remove the cullet with the hot cullet rake BGM-CR2 through the side doors"],
            ["G10", "Glass left on the loading table past the load time", "Check the loading table drive and the glass sensors"],
            ["G11", "Oscillation stroke shorter than 600 mm", "Check the oscillation settings"],
            ["G13", "Convection blower fault (option C only)", "Check the convection blower; run coated glass only after it clears"],
            ["G14", "Roller bearing cooling water flow low", "Check the cooling water supply and the flow switch"],
            ["G15", "Mains failure: rollers oscillating on the UPS", "Restore the mains within 20 min or start the emergency roller drive"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Glass breaks in the quench", "Glass under-heated, exit below 610 °C; edge damage", "Lengthen the heating time; seam the edges before tempering"],
            ["Too few particles in the fragmentation test", "Quench pressure too low; exit temperature too low", "Raise the quench pressure for the thickness; raise the exit temperature within 620-640 °C"],
            ["White haze or marks on the lower surface", "Glass too hot; dirty rollers", "Lower the exit temperature; clean the rollers"],
            ["Edges lift in the furnace", "Top heat too low against the bottom heat", "Raise the top zones or lower the bottom zones"],
            ["Roller wave above 0.15 mm", "Glass too hot; oscillation too slow", "Lower the exit temperature; raise the oscillation speed"],
            ["Quench pattern (iridescence) visible", "Nozzle boxes uneven or nozzles blocked", "Check the nozzle box distances; clean the nozzles"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a roller"),
    (
        "ol",
        [
            "Cool the furnace below 80 °C with the rollers oscillating, then stop the rollers and lock out the roller drive and the heating.",
            "Open the side door at the broken roller and remove the roller clamp on the drive side.",
            "Pull the broken roller out from the idle side onto the roller trolley BGM-RT1.",
            "Check the roller bearings and the drive ring; clean off all glass fragments.",
            "Slide the new roller in, fit the drive ring and the clamp, and check the runout at the middle of the roller: 0.3 mm at most.",
            "Close the door and heat the furnace with the TC-6 warm-up programme (about 8 h) with the rollers oscillating.",
        ],
    ),
    (
        "p",
        "At a roller pitch of 100 mm the TG-2442 furnace has 44 rollers 2900 mm long and the TG-2850 has 52 rollers "
        "3250 mm long.",
    ),
    ("h", "6. Fragmentation test"),
    (
        "ol",
        [
            "Temper a test pane of 1100 x 360 mm of the thickness to be checked, with the usual settings.",
            "Lay it flat and frame it so that the fragments cannot scatter.",
            "Break it with a pointed hammer 13 mm in from the middle of one long edge.",
            "Between 4 and 5 min after the break, lay the 50 x 50 mm counting mask BGM-FM5 on the coarsest area, outside a 100 mm radius round the impact point and a 25 mm band along the edges.",
            "Count the particles in the mask and compare them with the limit in section 2; record the count with the settings used.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the rollers for glass chips; clean the exit pyrometer lens"],
            ["Weekly", "Check the nozzle boxes for blocked nozzles; check the safety props"],
            ["Monthly", "Clean the blower inlet filters; check the roller drive chain tension"],
            ["Yearly", "Measure the heating element resistances; test the UPS under load"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Heating elements are changed to service instruction BGM-SI-11. The quench blower impellers are balanced by "
        "Brasvik service only; contact Brasvik service if a blower's vibration exceeds 7.1 mm/s. Heat soaking to "
        "EN 14179 takes place in a separate heat soak oven and is not described in this manual.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "TG-2442", "TG-2850"],
            ["Fused-silica roller", "BGM-R29", "BGM-R32"],
            ["Roller bearing set", "BGM-RB60", "BGM-RB60"],
            ["Zone thermocouple, type K", "BGM-TC6", "BGM-TC6"],
            ["Exit pyrometer lens", "BGM-PL1", "BGM-PL1"],
            ["Blower inlet filter set", "BGM-BF13", "BGM-BF20"],
            ["Roller drive chain", "BGM-DC29", "BGM-DC32"],
            ["Convection nozzle set (option C)", "-", "BGM-CN28"],
            ["Hot cullet rake", "BGM-CR2", "BGM-CR2"],
            ["Roller trolley", "BGM-RT1", "BGM-RT1"],
            ["Counting mask, 50 x 50 mm", "BGM-FM5", "BGM-FM5"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Extrovar EX aluminium extrusion presses
EXTROVAR = [
    ("title", "Extrovar EX Series Aluminium Extrusion Presses\nOperation and Maintenance Manual - EX-18 and EX-25"),
    (
        "p",
        "Document EXP-OM-EX-03, Edition 5, January 2025. Extrovar Press Systems S.p.A. The EX-18 and EX-25 are "
        "front-loading, short-stroke direct extrusion presses for aluminium profiles. Both have a main cylinder "
        "with two side cylinders, a moving container with electric heating, a two-station die slide, a hot shear, "
        "a billet loader and the XP-5 control. The EX-25 is the larger press. A double puller (option D), in which "
        "one puller takes the profile while the other returns, is available for the EX-25 only; the EX-18 has a "
        "single puller.",
    ),
    (
        "warn",
        "WARNING: Never stand in line with the container, the stem or the die while the press is under pressure. "
        "Lock out the pump motors and vent the pilot accumulator before working on the press. Keep water and wet "
        "tools away from the container and the billet loader.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EX-18", "EX-25"],
            ["Extrusion force", "18 MN", "25 MN"],
            ["Container bore", "184 mm", "209 mm"],
            ["Billet diameter", "178 mm (7 in)", "203 mm (8 in)"],
            ["Billet length", "400-750 mm", "450-850 mm"],
            ["Specific pressure on the billet", "677 MPa", "729 MPa"],
            ["Ram speed, extrusion", "0.2-20 mm/s", "0.2-20 mm/s"],
            ["Dead cycle time", "18 s", "20 s"],
            ["Main system pressure", "280 bar", "280 bar"],
            ["Main pumps", "3 x 160 kW", "4 x 160 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The specific pressure is the extrusion force over the area of the container bore: 18 MN on 0.0266 m² and "
        "25 MN on 0.0343 m². At 20 mm/s the full force needs 360 kW of hydraulic power on the EX-18 and 500 kW on the "
        "EX-25, within the 480 and 640 kW of the main pumps. A billet of full length weighs about 50 kg on the EX-18 "
        "and 74 kg on the EX-25. The ram speeds hold for 6060 and 6063 alloys. For 6082 and 6061 the ram speed must "
        "be no more than 8 mm/s. Other alloys (2xxx, 5xxx and 7xxx) are extruded to settings from Extrovar process "
        "support.",
    ),
    ("h", "2. Extrusion operation"),
    ("h", "2.1 Temperatures"),
    (
        "ul",
        [
            "Billets: 460-500 °C for 6060 and 6063, 480-520 °C for 6082 and 6061.",
            "Container: 420-450 °C, and always 30-50 °C cooler than the billet.",
            "Dies: preheated in the die oven to 450-480 °C for at least 2 h and no longer than 10 h; longer heating softens the die steel.",
            "Profile exit temperature for press quenching of 6060 and 6063: 500-530 °C. Above 550 °C the surface tears.",
        ],
    ),
    ("h", "2.2 Butt, lubrication and alignment"),
    (
        "ul",
        [
            "Leave a butt of 25-35 mm on the EX-18 and 30-40 mm on the EX-25; a thinner butt draws the oxide skin of the billet into the profile.",
            "Never lubricate the container or the billet surface. Only the shear blade and the billet end facing the dummy block get boron nitride release agent EXP-BN5.",
            "Run the burp (decompression) cycle on every billet: it lets out air trapped between the billet and the container.",
            "The container must be centred on the stem within ±0.2 mm.",
            "Hydraulic oil: ISO VG 46, at or below 55 °C in the tank.",
        ],
    ),
    ("h", "3. XP-5 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["X01", "Emergency stop pressed or press guard open", "Reset the emergency stop, close the guard and acknowledge"],
            ["X02", "Main pump motor overload (pump number shown)", "Let the motor cool; check the pump for noise and the oil temperature"],
            ["X03", "Hydraulic oil temperature above 55 °C", "Check the oil cooler and its cooling water; lower the cycle rate"],
            ["X04", "Hydraulic oil level low", "Find the leak; top up with ISO VG 46 oil"],
            ["X05", "Press stalled: full pressure for more than 10 s without breakthrough", "Withdraw the stem; check the billet temperature and length; check the die for a blocked opening"],
            ["X06", "Container temperature outside its window (zone shown)", "Check the container heating elements and thermocouples of that zone"],
            ["X07", "Container sealing pressure low against the die", "Check the container cylinders and the die stack height"],
            ["X08", "Die slide not locked in the press position", "Check the slide lock cylinder and its limit switch"],
            ["X09", "Billet loader: billet not in line with the container", "Check the loader arms and the billet diameter"],
            ["X10", "Shear not at its top position", "Check the shear cylinder and its limit switch"],
            ["X12", "Puller 2 fault (option D only)", "Check puller 2's gripper and drive; run with puller 1 alone"],
            ["X13", "Profile exit temperature above 550 °C", "Lower the ram speed or the billet temperature"],
            ["X14", "Hydraulic filter clogged (differential pressure high)", "Change the filter element EXP-HF40"],
            ["X15", "Dummy block not detected after the stroke: dummy stuck in the container", "Stop; free the dummy block with the container stripping stroke; check the dummy for wear"],
            ["X16", "Billet temperature from the billet oven out of range", "Hold the billet in the oven until it is within range"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Tearing (speed cracks) on profile corners", "Exit temperature too high; ram too fast", "Lower the ram speed; lower the billet temperature"],
            ["Blisters on the profile surface", "Trapped air: burp cycle skipped or too short", "Run the burp cycle on every billet"],
            ["Oxide streaks at the back end of the profile", "Butt too thin", "Leave the butt given in section 2.2"],
            ["Die lines along the profile", "Die bearings worn or aluminium pick-up", "Send the die to the die shop"],
            ["Press stalls at full force", "Billet too cold or too long", "Raise the billet temperature; use a shorter billet"],
            ["Profile twists or wall thickness uneven", "Die deflection; uneven puller force", "Check the die support tooling and the puller force"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the die"),
    (
        "ol",
        [
            "Extrude the last billet, shear the butt and move the die slide to its outer station.",
            "Lift the die stack (die, backer and bolster) off the slide with the die change trolley.",
            "Take the new die stack from the die oven; it must have been held at 450-480 °C for at least 2 h.",
            "Set it on the slide, push the slide to the press position and lock it; X08 goes out.",
            "Seal the container against the die.",
            "Extrude the first billet at no more than 2 mm/s until the profile runs out evenly, then raise the speed.",
        ],
    ),
    ("h", "6. Checking the container alignment"),
    (
        "ol",
        [
            "With the container at working temperature, fit the alignment gauge on the stem (EXP-AG18 on the EX-18, EXP-AG25 on the EX-25).",
            "Move the stem slowly into the container mouth.",
            "Measure the gap between the gauge and the liner at the top, the bottom and both sides with feeler gauges.",
            "If the top and bottom gaps, or the two side gaps, differ by more than 0.4 mm, adjust the container guides with the wedge screws.",
            "Check again and record the gaps.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the shear blade; clean the die slide; check the dummy block for wear"],
            ["Weekly", "Check the container liner for scoring; check the hydraulic oil level"],
            ["Every 1000 h", "Change the hydraulic filter elements EXP-HF40"],
            ["Every 2000 h", "Have the hydraulic oil analysed; change it when the analysis says so"],
            ["Yearly", "Check the container alignment (section 6)"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The hydraulic tank holds 5000 L on the EX-18 and 7000 L on the EX-25. The container liner is changed (shrunk "
        "in hot) to service instruction EXP-SI-12 by Extrovar service. The main cylinder seals are changed by "
        "Extrovar service only; contact Extrovar service for a main cylinder leak. Die correction and nitriding "
        "are die shop work and are not described here.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "EX-18", "EX-25"],
            ["Fixed dummy block", "EXP-DB178", "EXP-DB203"],
            ["Container liner", "EXP-CL184", "EXP-CL209"],
            ["Stem", "EXP-ST178", "EXP-ST203"],
            ["Shear blade", "EXP-SB18", "EXP-SB25"],
            ["Container heating element set", "EXP-HE18", "EXP-HE25"],
            ["Hydraulic filter element", "EXP-HF40", "EXP-HF40"],
            ["Boron nitride release agent, 5 kg", "EXP-BN5", "EXP-BN5"],
            ["Alignment gauge", "EXP-AG18", "EXP-AG25"],
            ["Puller 2 gripper jaw set (option D)", "-", "EXP-PJ25"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kopfmann-kh-cold-header.pdf", "Kopfmann KCF-OM-KH-04 Ed 2 - KH-8 / KH-12", KOPFMANN),
        ("dulcevar-dbc-batch-sugar-centrifugal.pdf", "Dulcevar DSM-OM-DBC-05 Rev 3 - DBC-1350 / DBC-1800", DULCEVAR),
        ("brasvik-tg-glass-tempering-furnace.pdf", "Brasvik BGM-OM-TG-09 Issue 4 - TG-2442 / TG-2850", BRASVIK),
        ("extrovar-ex-aluminium-extrusion-press.pdf", "Extrovar EXP-OM-EX-03 Ed 5 - EX-18 / EX-25", EXTROVAR),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 9, 15, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
