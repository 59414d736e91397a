"""Generate the PDF manuals of the hundred-and-thirty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set132-scratch/venv && /tmp/set132-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set132-scratch/venv/bin/python knowledge/samples/hundredthirtysecond/make_pdfs.py

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


# ---------------------------------------------------------------- Vapocaju CK cashew steam cookers
VAPOCAJU = [
    ("title", "Vapocaju CK Cashew Steam Cookers\nOperation and Maintenance Manual - CK-250 and CK-500"),
    (
        "p",
        "Document VPC-OM-CK-04, Edition 3, March 2025. Vapocaju Engineering. The CK-250 and CK-500 are batch "
        "pressure cookers that steam raw cashew nuts (RCN) before shelling, so that the shell turns brittle and part "
        "of the cashew nut shell liquid (CNSL) held in the honeycomb of the shell is driven out. Each cooker is a "
        "vertical pressure vessel with a conical bottom, a quick-opening top lid with a locking ring, a pneumatic "
        "bottom discharge door, a perforated steam ring and a drain pot for condensate and CNSL. Apart from the batch "
        "size and the values given for each model in this manual, the two cookers are built alike.",
    ),
    (
        "p",
        "Steam comes from the site's boiler through the site's pressure reducing station; the boiler, the steam mains "
        "and the shelling machines are covered by their own manuals. The registration of the vessel and its periodic "
        "examination by an authorised pressure vessel inspector are the site's responsibility. The test pressures and "
        "the examination intervals are set by the inspector under national rules and are not given in this manual.",
    ),
    (
        "warn",
        "WARNING: Never open the lid or the discharge door while the vessel is under pressure. The lid interlock "
        "releases only below 0.1 bar; never defeat it. Hot CNSL causes severe skin burns: wear nitrile gloves, a face "
        "shield and long sleeves when draining or cleaning the cooker.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CK-250", "CK-500"],
            ["Batch of raw cashew nuts (RCN) of 8-10 % moisture", "250 kg", "500 kg"],
            ["Vessel volume (gross)", "0.45 m³", "0.90 m³"],
            ["Maximum fill, 85 % of the volume (mark on the inside wall)", "0.38 m³", "0.77 m³"],
            ["Vessel inside diameter", "800 mm", "1000 mm"],
            ["Design pressure / design temperature", "6.0 bar / 170 °C", "6.0 bar / 170 °C"],
            ["Maximum working pressure", "4.5 bar", "4.5 bar"],
            ["Safety valve set pressure (sealed)", "5.5 bar", "5.5 bar"],
            ["Safety valve size", "DN 20", "DN 25"],
            ["Steam inlet connection", "DN 25", "DN 40"],
            ["Steam supply at the cooker inlet, dry saturated", "3.0-4.5 bar", "3.0-4.5 bar"],
            ["Steam consumption per batch, standard recipe (2.0 bar, 22 min)", "about 40 kg", "about 72 kg"],
            ["Heat-up to 2.0 bar, full batch at 25 °C", "6 min", "8 min"],
            ["Cycle time from loading to empty, standard recipe", "about 38 min", "about 42 min"],
            ["Vent valve", "DN 25", "DN 40"],
            ["Compressed air, dry and oil-free", "6 bar, 40 NL/min", "6 bar, 60 NL/min"],
            ["Electrical supply 230 V 1~ 50 Hz", "0.4 kW", "0.4 kW"],
            ["Mass, empty", "780 kg", "1240 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "All pressures in this manual are gauge pressures (bar g). The steam consumption and the heat-up time hold "
        "only for a full batch of nuts at 25 °C with dry saturated steam at the inlet; cold nuts, wet steam or a part "
        "batch change both.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the cooker. Maintenance on the steam side needs the steam supply isolated "
            "and locked off at the site's isolating valve, and the vessel vented to 0 bar.",
            "Never adjust or wedge the safety valve. Its set pressure is sealed; only the valve maker or an authorised "
            "body may reset it.",
            "Keep the area round the discharge door clear while the door opens: the nuts come out at about 130 °C.",
            "CNSL is corrosive and a skin sensitiser. Wash splashes off at once with soap and water; never use "
            "solvents "
            "on the skin. CNSL waste is a hazardous product and is disposed of as the site requires.",
        ],
    ),
    ("h", "3. Cooking settings and limits"),
    (
        "cols",
        [
            ("h", "Cooking pressure"),
            (
                "p",
                "The standard recipe cooks at 2.0 bar, which is 133.5 °C in saturated steam. During the cooking time "
                "the pressure must stay within ±0.2 bar of the setpoint; if it is outside this band for more than 30 "
                "s, C04 is shown and the cooking timer stops until the pressure is back in the band. Recipes may be "
                "set from 1.5 to 3.0 bar. Never set more than 3.0 bar, even though the vessel is rated for 4.5 bar.",
            ),
            ("h", "Cooking time"),
            (
                "p",
                "Cooking time (min) = 22 + (200 - N) / 10, where N is the nut count per kg of the batch, rounded to "
                "the nearest whole minute. The result must lie between 18 and 28 min; use 18 or 28 min when the "
                "formula gives less or more. The formula holds only at 2.0 bar and for RCN of 8-10 % moisture. For "
                "example, a batch of 170 nuts per kg cooks for 25 min.",
            ),
            ("h", "Nut moisture"),
            (
                "p",
                "Cook RCN of 8-10 % moisture only. Nuts below 7 % crack badly at shelling and must first be "
                "conditioned in the RCN store; the conditioning method is the site's. No cooking times are given for "
                "nuts above 10 % moisture.",
            ),
            ("h", "Filling"),
            (
                "p",
                "Fill no higher than the 85 % mark on the inside wall. An overfilled vessel steams the top layer "
                "unevenly and nuts can block the vent.",
            ),
            ("h", "Air purge"),
            (
                "p",
                "At the start of each cycle the vent valve stays open for 90 s with steam flowing, to drive the air "
                "out. Air left in the vessel lowers the temperature reached at a given pressure: C08 appears if the "
                "measured temperature is more than 4 °C below the saturation temperature of the measured pressure for "
                "60 s.",
            ),
            ("h", "Venting and opening"),
            (
                "p",
                "At the end of the cooking time the steam valve closes and the vent valve opens. The lid interlock "
                "releases only below 0.1 bar. The drain valve then opens for 20 s to empty the drain pot.",
            ),
            ("h", "Cooling after cooking"),
            (
                "p",
                "Spread the cooked nuts on the cooling floor and let them cool and dry for at least 12 h and no more "
                "than 24 h before shelling. The shelling machine's own manual may ask for more.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "C01",
                "Emergency stop",
                "Emergency stop pressed: the steam valve closes and the vent valve opens. Release it and press RESET.",
            ],
            [
                "C02",
                "Pressure not reached",
                "Pressure more than 0.5 bar below the setpoint 12 min after STEAM ON: steam supply below 3.0 bar, "
                "inlet strainer blocked, steam trap before the cooker failed, or lid gasket leaking.",
            ],
            [
                "C03",
                "Overpressure",
                "Pressure more than 0.5 bar above the setpoint for 10 s. The steam valve closes. Check the control "
                "valve and the pressure transmitter.",
            ],
            [
                "C04",
                "Pressure outside band",
                "Outside ±0.2 bar of the setpoint for more than 30 s during cooking. The cooking timer stops until the "
                "pressure is back in the band.",
            ],
            ["C05", "Lid not locked", "Lid open or locking ring not fully turned; steam cannot be started."],
            [
                "C06",
                "Discharge door not closed",
                "Door limit switch open, often because nuts are trapped in the door seat.",
            ],
            ["C07", "Vent valve fault", "Position feedback of the vent valve differs from the command for 5 s."],
            [
                "C08",
                "Air in vessel",
                "Temperature more than 4 °C below the saturation temperature for 60 s. Lengthen the air purge; check "
                "the vent valve.",
            ],
            [
                "C10",
                "Drain pot full",
                "Level switch of the drain pot high for 60 s: drain valve or drain line blocked with CNSL.",
            ],
            ["C11", "Compressed air low", "Below 4.5 bar: the lid lock, the door and the valves cannot move."],
            ["C12", "Service due", "1500 batches or 6 months since the last service. The cooker still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many broken kernels and uncut shells at the shelling machine",
                "Nuts undercooked (time too short for the nut count, or pressure too low), nuts below 7 % moisture, "
                "or nuts shelled less than 12 h after cooking",
                "Check the recipe against the nut count; check the nut moisture; keep the cooling time",
            ],
            [
                "Kernels scorched or stained with shell oil",
                "Overcooking: time too long for the nut count, or pressure above the setpoint",
                "Recalculate the cooking time; check the pressure transmitter",
            ],
            [
                "Bottom layer of nuts wet and soft",
                "Condensate not drained: drain pot, drain line or trap blocked",
                "Clean the drain pot and the drain line (section 9)",
            ],
            [
                "Heat-up takes more than 12 min",
                "Steam supply low or wet, inlet strainer blocked, air not purged",
                "Check the supply pressure at the inlet gauge; blow down the strainer",
            ],
            [
                "Steam leaking round the lid",
                "Lid gasket worn or hardened by CNSL, or the wedges of the locking ring worn",
                "Replace the gasket (section 7); check the wedges",
            ],
            [
                "Lid will not unlock after the cycle",
                "Pressure still above 0.1 bar: vent line blocked, or the pressure transmitter reading high",
                "Wait and check the vent line; never force the lid",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cooking a batch"),
    (
        "ol",
        [
            "Check that the cooker is empty, the discharge door is closed with no nuts in the door seat, and the drain "
            "pot is empty.",
            "Read the nut count per kg and the moisture of the lot on the RCN store label; select the recipe or "
            "calculate the cooking time (section 3).",
            "Load the nuts through the top hatch up to the 85 % mark, no higher, and level them by hand.",
            "Wipe the lid seat and the gasket free of nut dust, close the lid and turn the locking ring until the "
            "LOCKED light is on.",
            "Press START. The cooker purges the air for 90 s and then heats up to the setpoint.",
            "Watch the pressure during the first batch of each shift: it must stay within ±0.2 bar of the setpoint.",
            "At the end of the cooking time the cooker vents and drains; wait for the READY TO OPEN light.",
            "Place the trolley or the conveyor under the discharge door and press DISCHARGE.",
            "Check that the vessel is empty and close the door.",
            "Record the batch number, the recipe, the pressure curve and the time in the batch log.",
        ],
    ),
    ("h", "7. Replacing the lid gasket"),
    (
        "ol",
        [
            "Let the cooker cool below 50 °C, isolate the steam supply at the site's isolating valve and lock it off.",
            "Open the vent valve by hand (MANUAL > VENT) and check that the gauge reads 0 bar.",
            "Open the lid and secure it in the open position with the lid stay.",
            "Pull the old gasket out of its groove; never lever it out with a screwdriver on the groove edge.",
            "Clean the groove of CNSL residue with a plastic scraper and the cleaning agent the site approves for "
            "CNSL; let it dry.",
            "Press the new gasket VPC-LG-250 or VPC-LG-500 into the groove, starting at the hinge and working round "
            "in both directions; do not stretch it.",
            "Apply a thin film of food-grade silicone grease.",
            "Close and lock the lid; the LOCKED light must come on without extra force on the ring.",
            "Open the steam supply and run an empty cycle at 2.0 bar; check the lid for leaks.",
        ],
    ),
    ("h", "8. Testing the safety valve"),
    (
        "p",
        "Test the safety valve once a month and after any C03 alarm.",
    ),
    (
        "ol",
        [
            "Heat the empty cooker to 2.0 bar (MANUAL > HEAT).",
            "Wear gloves and a face shield and stand clear of the valve outlet.",
            "Lift the valve lever fully for 3-5 s: steam must blow freely from the outlet.",
            "Release the lever: the valve must reseat and stop blowing at once.",
            "If the valve does not blow, does not reseat or keeps simmering, stop the cooker and replace the valve. "
            "Never adjust its setting.",
            "Record the test in the maintenance log.",
        ],
    ),
    ("h", "9. Cleaning the drain pot and the steam ring"),
    (
        "ol",
        [
            "Cool, isolate and vent the cooker as in section 7, steps 1 and 2.",
            "Remove the drain pot cover (4 bolts M12) and scrape the CNSL and nut debris into a metal container.",
            "Flush the drain line with hot water from the cleaning connection.",
            "Remove the inspection plug of the steam ring and check the 4 mm holes with the test pin: no more than "
            "5 % of the holes may be blocked.",
            "Clear blocked holes by hand with the 3.5 mm drill bit.",
            "Refit the plug and the cover with new gaskets; tighten the cover bolts to 60 Nm.",
            "Dispose of the CNSL as the site requires.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each batch", "Check that the lid seat is clean and that the drain pot has emptied (automatic)"],
            ["Daily", "Blow down the inlet strainer; drain the compressed air filter"],
            ["Weekly", "Clean the drain pot and the steam ring (section 9)"],
            ["Monthly", "Safety valve test (section 8); check the wedges of the locking ring for wear"],
            [
                "Every 3 months or 500 batches, whichever comes first, or sooner if hardened or cracked",
                "Replace the lid gasket (section 7)",
            ],
            [
                "6 months or 1500 batches (C12)",
                "Vapocaju service: pressure transmitter, temperature probe, valve actuators",
            ],
            ["As set by the inspector", "Examination of the pressure vessel (site's inspector)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CK-250", "CK-500"],
            ["Lid gasket", "VPC-LG-250", "VPC-LG-500"],
            ["Safety valve, set 5.5 bar, sealed", "VPC-SV-20", "VPC-SV-25"],
            ["Vent valve with actuator", "VPC-VV-25", "VPC-VV-40"],
            ["Steam ring", "VPC-SR-250", "VPC-SR-500"],
            ["Discharge door seal", "VPC-DS-250", "VPC-DS-500"],
            ["Pressure transmitter 0-10 bar", "VPC-PT-10", "VPC-PT-10"],
            ["Temperature probe Pt100", "VPC-TP-100", "VPC-TP-100"],
            ["Drain pot cover gasket", "VPC-DG-12", "VPC-DG-12"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kernadi KS-24 cashew shelling machine
KERNADI = [
    ("title", "Kernadi KS-24 Automatic Cashew Shelling Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document KND-OM-KS24-02, Edition 2, June 2024. Kernadi Machinery. The KS-24 cuts the shell of steam-cooked "
        "raw cashew nuts along their edge and opens it, so that the kernel comes out whole. Nuts graded into one size "
        "grade are fed by a vibratory feeder into the cups of an indexing chain. At each of the 24 cutting heads a "
        "pair "
        "of contoured blades closes round the nut along its seam to the set blade gap, and a splitting pin then twists "
        "the two shell halves apart. Kernels and shell halves fall onto the separating sieve; the shell halves go to "
        "the shell conveyor and the kernels to the kernel chute.",
    ),
    (
        "p",
        "The KS-24 shells cooked and cooled nuts only. Cooking and cooling are covered by the cooker's manual, and "
        "size "
        "grading by the grader's manual. Nuts with more than 260 nuts per kg are not suited to the KS-24 and are "
        "shelled by hand in the site's hand-shelling section. The drying, peeling and grading of the kernels after "
        "shelling are not covered here.",
    ),
    (
        "warn",
        "WARNING: The blades are sharp and coated with cashew nut shell liquid (CNSL), which burns the skin. Lock off "
        "the main switch before opening a guard, and wear cut-resistant gloves with a nitrile coating when handling "
        "blades.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KS-24"],
            ["Cutting heads", "24, in two rows of 12"],
            ["Stroke rate", "50-60 strokes per min, set per grade"],
            ["Throughput of cooked nuts at 90 % cup fill", "about 320-430 kg/h, depending on the grade (section 3)"],
            ["Nut size range", "13-21 mm thick, up to 260 nuts per kg"],
            [
                "Whole kernels, grades G1 to G3, nuts cooked and cooled as their cooker's manual requires",
                "at least 85 %",
            ],
            ["Uncut nuts", "no more than 3 %"],
            ["Blade gap setting range", "6.0-15.0 mm"],
            ["Main drive", "2.2 kW, 400 V 3~ 50 Hz"],
            ["Vibratory feeder", "0.25 kW"],
            ["Supply fuse", "16 A gG"],
            ["Compressed air for the shell ejector", "6 bar, 120 NL/min"],
            ["Blades", "tool steel, hardened to 58-60 HRC"],
            ["Blade height, new / discard", "25.0 mm / 22.0 mm"],
            ["Noise at the operator position, guards closed", "78 dB(A)"],
            ["Mass", "1350 kg"],
            ["Overall size L x W x H", "2650 x 1450 x 1900 mm"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The whole kernel rate of grade G4 depends on the crop and the origin of the nuts and is not guaranteed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run the machine only with all guards closed. The guard switches stop the chain and the heads at once "
            "(S01).",
            "Never reach into the cups or the heads while the machine is switched on, even when it is stopped by S03.",
            "Clear a head jam only with the main switch locked off (section 6 and S05).",
            "Wear nitrile gloves, sleeves and safety glasses when cleaning CNSL from the blades and the cups.",
            "Keep the floor round the machine free of shells: they are slippery with CNSL.",
        ],
    ),
    ("h", "3. Grades and settings"),
    (
        "table",
        [
            ["Size grade", "Nuts per kg", "Nut thickness", "Blade gap", "Stroke rate", "Throughput at 90 % cup fill"],
            ["G1", "below 160", "19-21 mm", "13.5 mm", "50 per min", "about 430 kg/h"],
            ["G2", "160-190", "17-19 mm", "11.5 mm", "55 per min", "about 410 kg/h"],
            ["G3", "190-220", "15-17 mm", "9.5 mm", "60 per min", "about 380 kg/h"],
            ["G4", "220-260", "13-15 mm", "7.5 mm", "60 per min", "about 320 kg/h"],
        ],
        (22, 26, 28, 26, 28, 44),
    ),
    (
        "cols",
        [
            ("h", "Blade gap"),
            (
                "p",
                "Blade gap (mm) = smallest nut thickness of the grade (mm) - 5.5 mm. The blades then enter the shell "
                "by 2.75 mm on each side, which leaves the kernel untouched in a shell at least 3 mm thick. Set the "
                "gap within ±0.2 mm on all 24 heads with the setting gauge KND-SG-4. Never run mixed grades: a nut of "
                "a smaller grade is not cut, and a nut of a larger grade is cut into the kernel.",
            ),
            ("h", "Stroke rate"),
            (
                "p",
                "Use the stroke rate of the grade table. A higher rate does not raise the throughput once the cup "
                "fill drops below 90 %; it only raises the broken kernels.",
            ),
            ("h", "Cup fill"),
            (
                "p",
                "The feeder must fill at least 90 % of the cups for the throughput of the table. Below 70 % for 2 min "
                "the machine shows S04.",
            ),
            ("h", "Nut condition"),
            (
                "p",
                "Shell nuts only after the cooling time their cooker's manual gives. Warm nuts, above 40 °C at the "
                "feeder, smear CNSL on the blades and the kernels.",
            ),
            ("h", "Blade wear"),
            (
                "p",
                "Regrind the blades after 400 h of cutting or when the uncut nuts exceed 3 %, whichever comes first. "
                "Each regrind removes about 0.3 mm. Discard a blade when its height is below 22.0 mm. A blade pair "
                "is always changed together. Blades are reground by Kernadi service or by a workshop working to "
                "drawing KND-D-118; the regrinding method is not part of this manual.",
            ),
            ("h", "Blade cleaning"),
            ("p", "CNSL builds up on the blades. Clean them every 4 h of running (section 8)."),
            ("h", "Lubrication"),
            (
                "p",
                "The central lubrication pump doses the head guides every 30 min with food-grade oil H1 ISO VG 68. "
                "The 0.5 L reservoir lasts about 80 h.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "S01",
                "Guard open or emergency stop",
                "A guard door is open or the emergency stop is pressed. Close it, release the stop and press RESET.",
            ],
            [
                "S02",
                "Main drive overload",
                "Motor protection tripped: head jam, worn torque limiter, or stroke rate too high for the grade.",
            ],
            ["S03", "Feeder empty", "No nuts seen at the cup inlet for 30 s. Refill the feed hopper."],
            [
                "S04",
                "Cup fill low",
                "Below 70 % of the cups filled for 2 min: feeder amplitude too low, nuts sticking together, or the "
                "wrong feeder plate for the grade.",
            ],
            [
                "S05",
                "Head jam",
                "Torque limiter of a head row slipped: a nut stuck between the blades, or a stone. Stop, lock off, "
                "clear the head and reset the limiter.",
            ],
            ["S06", "Air pressure low", "Below 5 bar: the shell ejector is weak and shells stay in the heads."],
            ["S08", "Kernel chute full", "Level sensor in the kernel chute covered for 10 s; kernel conveyor stopped."],
            ["S09", "Lubrication low", "Oil reservoir below the minimum. Top up with H1 ISO VG 68."],
            [
                "S10",
                "Shell conveyor stopped",
                "Shell conveyor motor off or overloaded. Shells pile up under the heads.",
            ],
            ["S11", "Service due", "500 h of running since the last service. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many nuts come out uncut, shell still closed",
                "Blade gap too large for the grade, blunt blades, nuts of a smaller grade mixed in, or undercooked "
                "nuts",
                "Check the gap with the gauge; regrade the nuts; check the blade hours",
            ],
            [
                "Blade cuts in the kernels",
                "Blade gap too small, or nuts of a larger grade mixed in",
                "Reset the gap for the grade; regrade the nuts",
            ],
            [
                "Kernels broken into halves",
                "Nuts too dry or still warm, or the splitting pin set too deep",
                "Check the cooling of the nuts; set the pin stroke (section 7, step 8)",
            ],
            [
                "Kernels stained dark with shell oil",
                "Blades and cups coated with CNSL, or warm nuts",
                "Clean the blades (section 8); let the nuts cool",
            ],
            [
                "Nuts jamming in the cups",
                "Wrong feeder plate or cup inserts for the grade, or mixed grades",
                "Fit the plate and the inserts of the grade",
            ],
            [
                "Shell pieces in the kernel chute",
                "Separating sieve blocked, or ejector air pressure low",
                "Clean the sieve; check the air pressure",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up for a grade"),
    (
        "ol",
        [
            "Empty the feed hopper and the cups; run the machine empty for 1 min.",
            "Stop the machine, lock off the main switch and open the guards.",
            "Fit the feeder plate and the cup inserts marked with the grade (G1 to G4).",
            "Work out the blade gap: smallest nut thickness of the grade minus 5.5 mm (section 3).",
            "Loosen the gap lock nut of head 1, put the setting gauge KND-SG-4 for the gap between the closed blades "
            "and turn the adjuster until the gauge slides with light drag.",
            "Tighten the lock nut to 25 Nm and check the gap again.",
            "Repeat steps 5 and 6 on all 24 heads; every head must be within ±0.2 mm.",
            "Set the stroke rate of the grade on the panel.",
            "Close the guards, run 5 kg of nuts and check: no more than 3 % uncut nuts and no blade marks on the "
            "kernels.",
        ],
    ),
    ("h", "7. Changing a blade pair"),
    (
        "ol",
        [
            "Stop the machine, lock off the main switch and wait until the heads stand in the rest position.",
            "Put on cut-resistant gloves with a nitrile coating.",
            "Remove the two M8 screws of the upper blade and the two of the lower blade.",
            "Clean the blade seats of CNSL and shell dust.",
            "Fit the new or reground pair (upper KND-BL-U, lower KND-BL-L); both blades must be of the same height "
            "within 0.1 mm.",
            "Tighten the screws to 12 Nm.",
            "Set the blade gap of the head (section 6, steps 5 and 6).",
            "Check the splitting pin: it must reach 4 mm beyond the blade edge; adjust it with the pin stop screw.",
            "Turn the head by hand through one stroke and check that the blades do not touch each other.",
            "Record the head number and the blade height in the blade log.",
        ],
    ),
    ("h", "8. Cleaning the blades"),
    (
        "ol",
        [
            "Stop the feeder, let the machine run empty for 1 min, then stop it and lock off the main switch.",
            "Put on nitrile gloves, sleeves and safety glasses.",
            "Spray the blades with the CNSL cleaning agent the site approves and leave it for 2 min.",
            "Brush the blades and the cups with the nylon brush KND-BR-1; never use a wire brush.",
            "Wipe them dry with disposable cloths and dispose of the cloths as CNSL waste.",
            "Close the guards, unlock, and run empty for 1 min before feeding nuts again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h of running", "Clean the blades and the cups (section 8)"],
            ["Daily", "Clean the separating sieve; check the oil level of the lubrication pump"],
            ["Weekly", "Check the torque limiters of both head rows; check the chain tension"],
            [
                "400 h of cutting, or uncut nuts above 3 %, whichever comes first",
                "Regrind the blades (Kernadi service or workshop to drawing KND-D-118)",
            ],
            ["500 h (S11)", "Kernadi service: head guides, cams, chain and drive"],
            ["Blade height below 22.0 mm", "Discard the blade pair"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Blade, upper", "KND-BL-U"],
            ["Blade, lower", "KND-BL-L"],
            ["Splitting pin", "KND-SP-6"],
            ["Cup insert set of one grade (24 inserts)", "KND-CI-G1 to KND-CI-G4"],
            ["Feeder plate of one grade", "KND-FP-G1 to KND-FP-G4"],
            ["Setting gauge set 6.0-15.0 mm", "KND-SG-4"],
            ["Torque limiter, one head row", "KND-TL-12"],
            ["Nylon cleaning brush", "KND-BR-1"],
            ["Lubricating oil H1 ISO VG 68, 1 L", "KND-LO-68"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Juglandor WC walnut cracking machines
JUGLANDOR = [
    ("title", "Juglandor WC Walnut Cracking Machines\nOperation and Maintenance Manual - WC-3 and WC-6"),
    (
        "p",
        "Document JGD-OM-WC-03, Edition 1, August 2024. Juglandor Cracking Systems. The WC-3 and WC-6 crack dried "
        "in-shell walnuts between a ribbed rotating drum and a ribbed, spring-loaded anvil that forms a narrowing gap "
        "under the drum. Each nut is rolled and pressed until its shell breaks. Kernels and shell pieces leave the "
        "machine together and are separated downstream by the site's air legs, shakers and sorters, which are covered "
        "by their own manuals. The WC-6 is the WC-3 with a drum of twice the width; apart from the values given for "
        "each model, the two machines are built alike.",
    ),
    (
        "p",
        "Cracking results depend on the variety, the nut size and the shell moisture. The figures in this manual are "
        "for Chandler walnuts unless stated otherwise. Results for other varieties are found in trials by the "
        "Juglandor test laboratory and are not given here.",
    ),
    (
        "warn",
        "WARNING: Never open the anvil access door or reach into the feeder while the drum turns. The drum runs on for "
        "about 20 s after a stop. Lock off the main switch before any work on the drum, the anvil or the feeder.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WC-3", "WC-6"],
            ["In-shell capacity, Chandler, 28-36 mm, shell moisture 8-10 %", "1.5 t/h", "3.0 t/h"],
            ["Drum diameter x width", "400 x 600 mm", "400 x 1200 mm"],
            ["Drum speed, variable (VFD)", "60-120 rpm, default 90 rpm", "60-120 rpm, default 90 rpm"],
            ["Drum motor", "4.0 kW", "7.5 kW"],
            ["Vibratory feeder", "0.18 kW", "0.37 kW"],
            ["Outlet gap setting range", "15-35 mm", "15-35 mm"],
            ["Anvil springs (stone release), preload each", "2 x 2.5 kN", "4 x 2.5 kN"],
            ["Anvil rib plates", "2", "4"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A gG", "25 A gG"],
            ["Dust extraction connection and airflow", "DN 150, 1200 m³/h", "DN 200, 2200 m³/h"],
            ["Noise at 1 m while cracking", "82 dB(A)", "85 dB(A)"],
            ["Mass", "980 kg", "1620 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Expected results"),
    (
        "p",
        "With Chandler walnuts of one size class, a shell moisture of 8-10 %, a correct gap and ribs within their "
        "wear limits, a WC machine gives:",
    ),
    (
        "table",
        [
            ["Result", "Limit", "How it is measured"],
            ["Uncracked nuts", "no more than 2 %", "count in a 2 kg outlet sample"],
            [
                "Crushed kernels (fines, pieces smaller than 6 mm)",
                "below 4 % of the kernel mass",
                "sieve the kernels of a 2 kg outlet sample on a 6 mm sieve",
            ],
            ["Light halves", "at least 55 % of the kernel mass", "by the site's kernel grading"],
        ],
        (60, 50, 60),
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Size classes"),
            (
                "p",
                "Feed one size class at a time: 28-30, 30-32, 32-34 or 34-36 mm, as sized by the site's sizer. Nuts "
                "below 28 mm or above 36 mm are not covered by the settings below.",
            ),
            ("h", "Anvil gap"),
            (
                "p",
                "Outlet gap (mm) = lower limit of the size class (mm) - 7 mm. The inlet gap is set 8 mm wider than "
                "the outlet gap by the wedge plate. Example: the 32-34 mm class runs at an outlet gap of 25 mm. Set "
                "the gap within ±0.3 mm; the gap display shows the reading of the anvil position sensor.",
            ),
            ("h", "Drum speed"),
            (
                "p",
                "Start at 90 rpm. If more than 2 % of the nuts leave uncracked, close the gap by 0.5 mm before "
                "changing the speed. If the fines exceed 4 %, open the gap by 0.5 mm or lower the speed by 10 rpm. "
                "Never run above 120 rpm.",
            ),
            ("h", "Shell moisture"),
            (
                "p",
                "Crack nuts of 8-10 % shell moisture. Above 12 % the shell tears instead of breaking and pieces stick "
                "to the kernel; below 6 % the kernels are brittle and the fines rise. Drying and conditioning are the "
                "site's.",
            ),
            ("h", "Parallelism"),
            (
                "p",
                "The drum and the anvil must be parallel within 0.3 mm across the width: the gaps measured at the two "
                "ends must not differ by more than 0.3 mm. Check every 250 h and after every change of the anvil rib "
                "plates (section 8).",
            ),
            ("h", "Rib wear"),
            (
                "p",
                "New anvil ribs are 6.0 mm high; replace the rib plates when the ribs are worn to 4.0 mm. New drum "
                "ribs are 5.0 mm high; when they are worn to 3.5 mm the drum is exchanged and re-ribbed by Juglandor "
                "service.",
            ),
            ("h", "Stone release"),
            (
                "p",
                "A stone or a piece of metal lifts the anvil against its springs and trips W03. Each spring is "
                "preloaded to 2.5 kN. Never add washers to the springs to stop the release.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "Emergency stop or the feeder pull cord operated. Release and press RESET."],
            [
                "W02",
                "Drum drive overload",
                "VFD at its current limit for 10 s: overfeeding, gap far too small, or a drum bearing failing.",
            ],
            [
                "W03",
                "Stone release",
                "Anvil lifted against its springs by a stone or metal. Stop, clear the gap, press RESET. Repeated W03 "
                "calls for better precleaning upstream.",
            ],
            ["W04", "Feeder empty", "No nuts on the feeder for 60 s."],
            [
                "W05",
                "Outlet chute blocked",
                "Level switch in the outlet chute covered for 5 s: take-away conveyor stopped or blocked.",
            ],
            [
                "W06",
                "Dust extraction off",
                "The pressure switch in the extraction duct sees no flow. The machine does not start.",
            ],
            [
                "W07",
                "Gap sensor deviation",
                "Measured outlet gap differs from the set gap by more than 0.5 mm for 10 s.",
            ],
            ["W09", "Guard open", "A guard or the anvil access door is open."],
            ["W10", "VFD fault", "Read the fault number on the VFD display and look it up in the VFD manual."],
            [
                "W11",
                "Bearing temperature high",
                "A drum bearing above 80 °C. Stop; check the greasing and the bearing.",
            ],
            ["W12", "Service due", "1000 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "More than 2 % of the nuts leave uncracked",
                "Gap too wide for the size class, smaller nuts mixed in, anvil ribs worn, speed too low",
                "Check the class and the gap; measure the rib height",
            ],
            [
                "Many crushed kernels and fines",
                "Gap too small, nuts too dry (below 6 %), or drum speed too high",
                "Open the gap by 0.5 mm; check the shell moisture",
            ],
            [
                "Cracking uneven across the width",
                "Drum and anvil not parallel, or the feeder spreading the nuts unevenly",
                "Check the parallelism (section 8); adjust the feeder spreader",
            ],
            [
                "Shell pieces stuck to the kernels",
                "Shell moisture above 12 %",
                "Dry the nuts further (site)",
            ],
            [
                "W03 several times an hour",
                "Stones in the nuts",
                "Check the precleaning upstream (site)",
            ],
            [
                "Drum rumbles or vibrates",
                "Drum bearing worn, or drum ribs worn unevenly",
                "Check the bearing temperatures; call Juglandor service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the anvil gap for a size class"),
    (
        "ol",
        [
            "Run the machine empty and stop the feeder.",
            "Select SETTINGS > GAP and enter the lower limit of the size class; the panel works out the outlet gap "
            "(lower limit - 7 mm).",
            "Press MOVE: the anvil motor drives to the new gap.",
            "Stop the drum, lock off and open the anvil access door.",
            "Check the outlet gap at both ends of the drum with the gap gauge JGD-GG-1, at the narrowest point between "
            "the rib tips: within ±0.3 mm of the set gap.",
            "If the gauge and the sensor reading differ by more than 0.3 mm, correct the sensor offset under "
            "SETTINGS > GAP OFFSET.",
            "Close the door, start the drum at 90 rpm and the feeder at 50 %.",
            "After 5 min take a 2 kg sample at the outlet: count the uncracked nuts (no more than 2 %) and sieve the "
            "fines (below 4 %).",
            "Correct the gap in steps of 0.5 mm until both limits are met, and record the setting for the lot.",
        ],
    ),
    ("h", "7. Replacing the anvil rib plates"),
    (
        "ol",
        [
            "Open the gap to 35 mm with SETTINGS > GAP > SERVICE.",
            "Stop the drum, lock off the main switch and open the anvil access door.",
            "Remove the 8 countersunk screws M10 of each rib plate.",
            "Lift the plates out with the two lifting handles JGD-LH-2; each plate weighs 14 kg.",
            "Clean the anvil seat.",
            "Fit the new plates JGD-RP-600 (two on the WC-3, four on the WC-6) with the ribs running across the nut "
            "path.",
            "Tighten the screws to 45 Nm in a cross pattern.",
            "Check the parallelism (section 8) and set the gap (section 6).",
        ],
    ),
    ("h", "8. Checking the parallelism of drum and anvil"),
    (
        "ol",
        [
            "Set the outlet gap to 25 mm, stop the drum, lock off and open the anvil access door.",
            "Turn the drum by hand until a rib tip faces the anvil outlet.",
            "Measure the gap with the feeler gauge set at the left and the right end of the drum, 20 mm in from the "
            "drum edge.",
            "The two readings must not differ by more than 0.3 mm.",
            "If they differ more, loosen the four bolts of the anvil bearing blocks, turn the right-hand eccentric "
            "until the readings agree, and tighten the bolts to 120 Nm.",
            "Check again on two more ribs, 120° apart.",
            "Close the door and record the readings in the machine log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check that the dust extraction runs; clean the feeder tray"],
            ["Weekly", "Grease the drum bearings, lithium complex NLGI 2, 8 g per bearing"],
            ["250 h", "Check the parallelism (section 8); measure the height of the anvil and drum ribs"],
            ["Anvil ribs worn to 4.0 mm", "Replace the anvil rib plates (section 7)"],
            ["Drum ribs worn to 3.5 mm", "Exchange drum, re-ribbing by Juglandor service"],
            ["1000 h (W12)", "Juglandor service: bearings, VFD, gap sensor, springs"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WC-3", "WC-6"],
            ["Anvil rib plate", "JGD-RP-600 (2 needed)", "JGD-RP-600 (4 needed)"],
            ["Anvil spring 2.5 kN", "JGD-AS-25 (2 needed)", "JGD-AS-25 (4 needed)"],
            ["Drum bearing", "JGD-DB-65", "JGD-DB-75"],
            ["Gap gauge", "JGD-GG-1", "JGD-GG-1"],
            ["Anvil position sensor", "JGD-PS-35", "JGD-PS-35"],
            ["Feeder spring set", "JGD-FS-3", "JGD-FS-6"],
            ["Exchange drum", "JGD-XD-3", "JGD-XD-6"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Fumivane VF vacuum fumigation chambers
FUMIVANE = [
    ("title", "Fumivane VF Vacuum Fumigation Chambers\nOperation and Maintenance Manual - VF-12 and VF-24"),
    (
        "p",
        "Document FMV-OM-VF-01, Edition 2, November 2024. Fumivane Storage Protection. The VF-12 and VF-24 are "
        "rectangular steel vacuum chambers for the fumigation of palletised in-shell nuts and kernels (almonds, "
        "walnuts, peanuts and cashew kernels) in bags, cartons or bulk bins. The chamber is evacuated, the fumigant "
        "is brought in by the licensed fumigator and circulated for the exposure time, and the gas is then removed "
        "by air washes through the exhaust stack. The VF-24 is the VF-12 with twice the length and two vacuum pumps; "
        "apart from the values given for each model, the two chambers are built alike.",
    ),
    (
        "p",
        "Fumivane supplies the chamber, its controls and its gas monitoring. The choice of fumigant, the dose, the "
        "exposure time and the clearance of the load are decided by the licensed fumigator according to the product "
        "label and national rules, and are not given in this manual. The chamber sensors are for phosphine (PH3); "
        "sensors for other fumigants are supplied by Fumivane on request. The gas detection in the surrounding area, "
        "the personal monitors, the emergency plan, the foundation and the building are the site's.",
    ),
    (
        "warn",
        "DANGER: Fumigants are highly toxic. Only the licensed fumigator may dose the chamber and release it after "
        "clearance. Never enter the chamber or open the door until the fumigator has cleared it. Keep the door area "
        "marked off during the exposure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VF-12", "VF-24"],
            ["Pallet places, 1200 x 1000 mm, up to 1.9 m high", "12", "24"],
            ["Inside dimensions L x W x H", "7.4 x 2.6 x 2.3 m", "14.6 x 2.6 x 2.3 m"],
            ["Inside volume, empty", "44.3 m³", "87.3 m³"],
            ["Vacuum pumps, dry screw", "1 x 250 m³/h, 5.5 kW", "2 x 250 m³/h, 5.5 kW each"],
            ["Working vacuum (absolute), settable 50-200 mbar", "100 mbar", "100 mbar"],
            ["Evacuation to 100 mbar, empty chamber", "about 25 min", "about 25 min"],
            ["Tightness: pressure rise at 100 mbar", "no more than 5 mbar in 10 min", "no more than 5 mbar in 10 min"],
            ["Circulation fans", "2 x 0.75 kW", "4 x 0.75 kW"],
            ["Air heater, holds the chamber air at 20-30 °C", "6 kW", "12 kW"],
            ["Exhaust fan for aeration", "1500 m³/h", "3000 m³/h"],
            ["Door seal, inflatable silicone, inflation pressure", "1.5 bar ±0.1 bar", "1.5 bar ±0.1 bar"],
            ["Chamber gas sensor (phosphine), range", "0-2000 ppm", "0-2000 ppm"],
            ["Stack gas sensor (phosphine), range", "0-20 ppm", "0-20 ppm"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A", "63 A"],
            ["Compressed air for seal and valves", "6 bar, 30 NL/min", "6 bar, 30 NL/min"],
            ["Mass, empty", "9.8 t", "17.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The evacuation time holds for an empty, dry chamber at 20 °C. With a full load it is shorter, because the "
        "product fills part of the volume.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The door can only be unlocked when the chamber sensor reads below the door release level. The release "
            "level is set by default to 0.3 ppm and can only be changed with the fumigator's key.",
            "Never break the vacuum by opening the drain valve or the dosing port during an exposure.",
            "The exhaust stack must end at least 3 m above the roof ridge and at least 10 m from air intakes, doors "
            "and windows. The stack and its route are the site's.",
            "Keep the test gas cylinder for the sensor test in the ventilated cylinder cabinet when not in use.",
            "After a power failure during an exposure the door stays locked. The fumigator decides how to go on.",
        ],
    ),
    ("h", "3. Cycle and limits"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "Leave at least 100 mm between the pallets and the walls and 300 mm below the ceiling, so that the "
                "gas can circulate. Do not fumigate product that is wet on the surface, and do not wrap pallets in "
                "stretch film for the cycle.",
            ),
            ("h", "Evacuation"),
            (
                "p",
                "The pumps evacuate to the working vacuum, by default 100 mbar absolute. If it is not reached within "
                "45 min, F03 stops the cycle.",
            ),
            ("h", "Tightness test"),
            (
                "p",
                "Before dosing, the chamber holds the vacuum for 10 min with the pumps isolated. A rise of more than "
                "5 mbar fails the test (F04), and the chamber must not be dosed.",
            ),
            ("h", "Dosing"),
            (
                "p",
                "The fumigator connects the fumigant supply to the dosing port (DN 15, at the door end) and doses. "
                "The chamber records the concentration from the chamber sensor every minute. The dose and the "
                "exposure time are entered by the fumigator for the record; the chamber does not calculate them.",
            ),
            ("h", "Exposure"),
            (
                "p",
                "During the exposure the circulation fans run for 10 min in every 30 min. After the first 30 min, a "
                "pressure rise of more than 10 mbar per hour shows a leak (F05).",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The air heater holds the chamber air between 20 and 30 °C. Product colder than 15 °C slows the "
                "fumigation; whether a longer exposure is needed is the fumigator's decision.",
            ),
            ("h", "Aeration"),
            (
                "p",
                "At the end of the exposure the chamber runs air washes: it lets fresh air in through the inlet "
                "filter to atmospheric pressure and evacuates again to the working vacuum through the exhaust stack. "
                "The default is 4 washes; at least 3 are always run. The exhaust fan then ventilates with the door "
                "closed until the chamber sensor reads below the door release level.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "F01",
                "Emergency stop",
                "Pumps, fans and heater stop and the dosing valve closes. Release and press RESET; an exposure in "
                "progress goes on unless the fumigator aborts it.",
            ],
            [
                "F02",
                "Door seal pressure low",
                "Seal below 1.2 bar or door not locked: no evacuation. Check the compressed air and the seal.",
            ],
            [
                "F03",
                "Vacuum not reached",
                "Working vacuum not reached in 45 min: door seal, drain valve open, pump inlet filter blocked, or "
                "pump worn.",
            ],
            [
                "F04",
                "Tightness test failed",
                "Rise of more than 5 mbar in the 10 min hold. Find the leak before dosing (section 7).",
            ],
            [
                "F05",
                "Leak during exposure",
                "Pressure rising more than 10 mbar per hour after the first 30 min of the exposure. Tell the "
                "fumigator at once.",
            ],
            [
                "F06",
                "Gas sensor fault or calibration overdue",
                "Signal of the chamber or stack sensor out of range, failed sensor test, or more than 6 months since "
                "the last calibration.",
            ],
            [
                "F07",
                "Exhaust flow missing",
                "Flow switch of the exhaust fan open during aeration: fan stopped or damper closed. Aeration pauses.",
            ],
            [
                "F08",
                "Door release blocked",
                "Chamber sensor above the door release level. Go on with the aeration; never force the door.",
            ],
            ["F09", "Heater overtemperature", "Chamber air above 35 °C; the heater switches off."],
            [
                "F11",
                "Power failure",
                "Power lost during a cycle. On return the door stays locked and the panel shows the cycle step.",
            ],
            ["F12", "Compressed air low", "Below 4.5 bar: the seal and the valves cannot be held; evacuation stops."],
            ["F13", "Service due", "12 months since the last Fumivane service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Evacuation slow, takes more than 35 min",
                "Pump inlet filter blocked, seal not fully inflated, drain valve not closed, or a worn pump",
                "Check the seal pressure and the inlet filter; close the drain valve",
            ],
            [
                "Tightness test fails again and again",
                "Leak at the door seal, a cable gland, the dosing port cap or the drain valve",
                "Search for the leak (section 7)",
            ],
            [
                "Concentration falls faster than expected during the exposure",
                "A leak, or gas taken up by the product (kernels with much fat take up more gas)",
                "Check the pressure curve; tell the fumigator",
            ],
            [
                "Reading rises again after the door release level was reached",
                "Gas given off by the product after the aeration",
                "Run more air washes; keep the door closed",
            ],
            [
                "Water droplets on the cartons after the aeration",
                "Cold product and warm humid air let in at the air washes",
                "Bring the product above 15 °C before the cycle; use the heater",
            ],
            [
                "Door will not open, seal stays inflated",
                "Door release blocked by F08, or the seal valve stuck",
                "Check for F08 first, then the seal valve",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a fumigation cycle (operator's part)"),
    (
        "ol",
        [
            "Check that the chamber is empty and clean and that the drain valve is closed.",
            "Load the pallets with the clearances of section 3; close the door and turn the handle to LOCKED.",
            "Check that the seal pressure shows 1.5 bar.",
            "Enter the lot numbers and the product, and press EVACUATE.",
            "When the working vacuum is reached the tightness test runs by itself; wait for TEST PASSED.",
            "Hand the chamber over to the fumigator with the TEST PASSED record. The fumigator doses and starts the "
            "exposure.",
            "At the end of the exposure the fumigator starts AERATION; the chamber runs the washes and the exhaust "
            "fan.",
            "Open the door only after the fumigator has cleared the chamber and the door release light is on.",
            "Unload the pallets and print the cycle record.",
        ],
    ),
    ("h", "7. Tightness test and leak search"),
    (
        "ol",
        [
            "Empty the chamber, close and lock the door and check the seal at 1.5 bar.",
            "Select SERVICE > TIGHTNESS and press START: the pumps evacuate to 100 mbar and are isolated.",
            "Watch the pressure for 10 min: the rise must be no more than 5 mbar.",
            "If the rise is larger, evacuate again to 100 mbar and keep the pumps running.",
            "Search for the leak with the ultrasonic leak detector along the door seal, the cable glands, the dosing "
            "port, the drain valve and the sensor connections.",
            "Mark each leak and break the vacuum (SERVICE > VENT) before any repair.",
            "Repair, then repeat the test from step 2 until it passes.",
            "Record the result in the chamber log.",
        ],
    ),
    ("h", "8. Replacing the door seal"),
    (
        "ol",
        [
            "Open the door, switch off the seal air (SERVICE > SEAL OFF) and lock off the compressed air.",
            "Pull the seal out of its channel, starting at the joint.",
            "Clean the channel with water and a mild detergent and let it dry.",
            "Fit the new seal FMV-DS-12 or FMV-DS-24, starting at the air connection; press it in with the seating "
            "roller and do not stretch it.",
            "Connect the air hose to the seal nipple.",
            "Switch on the seal air and check with the door closed that the seal inflates evenly to 1.5 bar ±0.1 bar.",
            "Run a tightness test (section 7).",
        ],
    ),
    ("h", "9. Monthly sensor test"),
    (
        "ol",
        [
            "Connect the test gas cylinder (phosphine 100 ppm in nitrogen) to the sensor test port, with the flow "
            "regulator at 0.5 L/min.",
            "Select SERVICE > SENSOR TEST and apply the gas for 2 min.",
            "The reading must be within ±10 % of the cylinder value (90-110 ppm).",
            "If it is not, F06 is set and the sensor must be calibrated by Fumivane service before the next cycle.",
        ],
    ),
    (
        "p",
        "This test only checks the response of the sensor. The calibration of the chamber and stack sensors is done "
        "every 6 months by Fumivane service and is not described here.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cycle", "Tightness test (automatic)"],
            ["Weekly", "Check the pump inlet filter; check the door seal for cuts"],
            ["Monthly", "Sensor test (section 9); check the stack sensor reading in fresh air"],
            ["6 months", "Calibration of the chamber and stack sensors by Fumivane service"],
            ["12 months (F13)", "Fumivane service"],
            [
                "Every 2 years or 8000 pump hours, whichever comes first",
                "Overhaul of the vacuum pumps by Fumivane service",
            ],
            ["Every 3 years, or when damaged", "Replace the door seal (section 8)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VF-12", "VF-24"],
            ["Door seal", "FMV-DS-12", "FMV-DS-24"],
            ["Pump inlet filter element", "FMV-IF-250 (1 needed)", "FMV-IF-250 (2 needed)"],
            ["Phosphine sensor cell, chamber", "FMV-SC-2000", "FMV-SC-2000"],
            ["Phosphine sensor cell, stack", "FMV-SC-20", "FMV-SC-20"],
            ["Dosing port cap with seal", "FMV-DP-15", "FMV-DP-15"],
            ["Circulation fan", "FMV-CF-075 (2 needed)", "FMV-CF-075 (4 needed)"],
            ["Test gas cylinder, phosphine 100 ppm", "FMV-TG-100", "FMV-TG-100"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vapocaju-ck-cashew-steam-cooker.pdf", "Vapocaju VPC-OM-CK-04 Ed 3 - CK-250 / CK-500", VAPOCAJU),
        ("kernadi-ks24-cashew-shelling-machine.pdf", "Kernadi KND-OM-KS24-02 Ed 2 - KS-24", KERNADI),
        ("juglandor-wc-walnut-cracking-machine.pdf", "Juglandor JGD-OM-WC-03 Ed 1 - WC-3 / WC-6", JUGLANDOR),
        ("fumivane-vf-vacuum-fumigation-chamber.pdf", "Fumivane FMV-OM-VF-01 Ed 2 - VF-12 / VF-24", FUMIVANE),
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
