"""Generate the PDF manuals of the sixty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set67venv && /tmp/set67venv/bin/pip install fpdf2 pypdf
    /tmp/set67venv/bin/python knowledge/samples/sixtyseventh/make_pdfs.py

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



# ---------------------------------------------------------------- Kvellstad MP membrane water extraction presses
KVELLSTAD = [
    ("title", "Kvellstad MP Membrane Water Extraction Presses\nOperation and Maintenance Manual - MP-50 and MP-60"),
    (
        "p",
        "Document KVS-OM-MP-04, Edition 3, March 2025. Kvellstad Laundry Engineering. The MP-50 and MP-60 are "
        "single-can membrane presses for continuous batch washer lines. The wet batch drops from the washer's "
        "discharge chute into the press can; the main ram lowers a water-filled rubber membrane onto the linen and "
        "presses the water out through the perforated can base; the pressed cake is then pushed out onto the shuttle "
        "conveyor. Apart from the batch size, the can, the pressing pressure, the hydraulic unit and the items named "
        "in this manual, the two models are built alike. The hand-over signals between the press, the batch washer "
        "and the shuttle are set out in the line interface document KVS-IF-07 and in the batch washer maker's "
        "documentation; this manual does not cover them. The foundation, the drain and the electrical supply up to "
        "the main switch are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Never reach into the press can or under the ram while the press is switched on. Lock out the main "
        "switch and lower the ram onto the two service blocks before any work inside the can. The hydraulic "
        "accumulator holds pressure after the pump has stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MP-50", "MP-60"],
            ["Batch size, dry linen weight", "25-50 kg", "30-60 kg"],
            ["Press can, inside diameter", "1000 mm", "1100 mm"],
            ["Maximum membrane pressure (pressing pressure on the linen)", "48 bar", "52 bar"],
            ["Main cylinder bore", "500 mm", "550 mm"],
            ["Hydraulic pressure at maximum membrane pressure", "192 bar", "208 bar"],
            ["Relief valve setting", "215 bar", "230 bar"],
            ["Minimum cycle time, cake in to cake out", "95 s", "105 s"],
            ["Hydraulic pump motor, 400 V 3~ 50 Hz", "22 kW, 41 A", "30 kW, 55 A"],
            ["Supply fuse", "63 A gG", "80 A gG"],
            ["Hydraulic oil HLP 46, tank capacity", "280 L", "340 L"],
            ["Oil cooler (air/oil)", "4.5 kW", "6.0 kW"],
            ["Membrane water fill (softened water)", "38 L", "46 L"],
            ["Compressed air, 6 bar", "150 NL per cycle", "180 NL per cycle"],
            ["Cake height after pressing a full batch of cotton terry", "about 420 mm", "about 450 mm"],
            ["Membrane clamping ring bolts", "24 x M16", "28 x M16"],
            ["Sound pressure level at 1 m", "72 dB(A)", "74 dB(A)"],
            ["Mass, oil filled", "6900 kg", "8100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Residual moisture (water left in the cake as a percentage of the dry linen weight) depends on the linen and "
        "the programme. The figures below hold only for a full batch, pressed on the programme named, with the last "
        "rinse at 35 °C or warmer: 100 % cotton terry towels on P3 at the model's full pressure, 48-52 %; 50/50 "
        "polyester-cotton sheets on P5 at 30 bar, 38-42 %. Kvellstad states no residual moisture for other linen "
        "types or for part batches.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the press. The light curtain in front of the can and the interlocked rear "
            "guard must be working; never bridge them.",
            "Never press an empty can: the membrane bulges against the can wall and bursts. The controller refuses "
            "a cycle if the weighing signal from the batch washer is below 10 kg.",
            "The hydraulic accumulator is precharged with nitrogen. Its precharge check and refill are done by "
            "Kvellstad service only; the precharge pressure is on the accumulator's nameplate.",
            "Hydraulic oil at 190 bar and above can penetrate the skin. Never feel for leaks with the hand; use a "
            "piece of card.",
            "Wear hearing protection when working near the press for long periods.",
        ],
    ),
    ("h", "3. Pressing programmes and limits"),
    (
        "cols",
        [
            ("h", "Programme pressures"),
            (
                "p",
                "P1 (blankets, delicates) presses at no more than 12 bar. P2 (mops and microfibre) presses at 20 bar. "
                "P3 (cotton terry) uses the full pressure of the model: 48 bar on the MP-50, 52 bar on the MP-60. "
                "The membrane pressure may not exceed 30 bar for polyester-cotton blends (P5) or 35 bar for "
                "workwear (P6). P4, P7 and P8 are free for the site's own settings; P9 is the service programme.",
            ),
            ("h", "Part batches"),
            (
                "p",
                "Below 50 % of the rated batch (under 25 kg on the MP-50, under 30 kg on the MP-60) the controller "
                "limits the pressure to 25 bar whatever programme is chosen, because a thin cake lets the membrane "
                "bulge against the can wall.",
            ),
            ("h", "Pressure ramp"),
            (
                "p",
                "The pressure rises in two stages: a pre-press to 10 bar, held for 8 s to let the free water run "
                "off, then a rise to the programme pressure at no more than 4 bar/s. If the programme pressure is "
                "not reached within 40 s the press shows A08 and releases.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The oil cooler fan starts above 45 °C. Above 65 °C the display shows A06: the press finishes the "
                "cycle under way and waits until the oil is back below 60 °C. Above 75 °C the press stops at once "
                "(A07). Below 15 °C the pump first runs the warm-up circuit; pressing starts when the oil reaches "
                "15 °C.",
            ),
            ("h", "Membrane water"),
            (
                "p",
                "The level in the sight tube must stay between the MIN and MAX marks with the ram at the top. Top up "
                "with softened water only (hardness below 3 °dH); never with oil or antifreeze.",
            ),
            ("h", "Membrane life"),
            (
                "p",
                "Replace the membrane after 400 000 cycles or 3 years, whichever comes first, and at once if it shows "
                "a cut deeper than 2 mm or a bulge. The cycle counter is under MENU > SERVICE > CYCLES.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it, then press RESET."],
            ["A02", "Guard", "Light curtain interrupted or rear guard open during a cycle."],
            ["A03", "Pump motor overload", "Motor protection tripped. Check the supply and the pump; reset after 10 min."],
            ["A04", "Oil level low", "Level switch in the tank open. Look for leaks, top up with HLP 46."],
            [
                "A05",
                "Oil filter clogged",
                "Pressure filter indicator shows more than 2.5 bar across the element. Change both elements "
                "(section 8).",
            ],
            ["A06", "Oil temperature high", "Above 65 °C. The press finishes the cycle and waits below 60 °C."],
            ["A07", "Oil temperature too high", "Above 75 °C. Stops at once. Check the cooler fan and fins."],
            [
                "A08",
                "Pressure not reached",
                "Programme pressure not reached in 40 s: membrane water low, internal leak, worn pump or relief "
                "valve set too low.",
            ],
            ["A09", "Overpressure", "Membrane pressure sensor reads more than 3 bar above the programme pressure."],
            ["A10", "Ram position", "Ram position sensor signal lost or out of range."],
            ["A11", "Cake not ejected", "Exit photocell still blocked 10 s after the push-out."],
            ["A13", "Line hand-over", "Signal from the batch washer or shuttle missing; see KVS-IF-07."],
            ["A14", "Air pressure low", "Compressed air below 5 bar at the press inlet."],
            ["A15", "Service due", "4000 h or 12 months since the last service. The press still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cake breaks up or splits when it is pushed out",
                "Pressure too high for the linen (blends pressed on P3), or a part batch",
                "Check the programme: polyester-cotton no more than 30 bar (P5)",
            ],
            [
                "Wet patches in the centre of the cake, edges dry",
                "Membrane water low, so the membrane does not bulge fully into the centre",
                "Check the sight tube with the ram up; top up to MAX",
            ],
            [
                "Water runs over the top edge of the can while pressing",
                "Drain holes of the can base blocked with lint",
                "Clean the perforated can base (weekly task)",
            ],
            [
                "Cycle time longer than 130 s",
                "Oil cold, filter clogged or pump worn",
                "Check the oil temperature and the filter indicator; call Kvellstad service if both are normal",
            ],
            [
                "Oil in the tank looks milky",
                "Water in the oil: membrane plate seal leaking",
                "Stop the press and call Kvellstad service",
            ],
            [
                "Dryer times longer than usual after pressing",
                "Wrong programme, rinse water below 35 °C, or A08 now and then",
                "Check the programme and the rinse temperature; check the membrane water",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the press at the start of a shift"),
    (
        "ol",
        [
            "Check the hydraulic oil level in the tank sight glass and the membrane water in the sight tube.",
            "Check that the can is empty and the light curtain is clear.",
            "Switch on the main switch; the controller runs its self-test (about 20 s).",
            "Press PUMP ON. If the oil is below 15 °C, wait for the warm-up circuit to finish.",
            "Select AUTO and the line mode; the press waits for the first batch from the washer.",
            "Watch the first cycle: the pre-press, the full pressure and the push-out must run without an alarm.",
        ],
    ),
    ("h", "7. Replacing the membrane"),
    (
        "ol",
        [
            "Run the last batch out of the press and stop the batch washer's transfer to the press.",
            "Raise the ram to the top, fit the two service blocks KVS-SB-2 on the can rim and lower the ram onto them.",
            "Switch off and lock out the main switch. Let the accumulator discharge: the pressure gauge must read 0 bar.",
            "Open the membrane drain valve and drain the membrane water (38 L on the MP-50, 46 L on the MP-60).",
            "Undo the clamping ring bolts (24 on the MP-50, 28 on the MP-60) and remove the clamping ring.",
            "Remove the old membrane and clean the sealing faces of the membrane plate and the ring.",
            "Fit the new membrane, KVS-MB-50 or KVS-MB-60, with the moulded mark TOP facing the ram.",
            "Refit the clamping ring and tighten the bolts crosswise in three stages, 50 Nm, 100 Nm and finally 140 Nm.",
            "Close the drain valve and fill with softened water through the filler until the sight tube shows MAX.",
            "Open the bleed screw on the membrane plate until water comes out free of air, then close it.",
            "Remove the lockout, raise the ram and take out the service blocks.",
            "Run three cycles with full batches on P1 (12 bar), check for leaks and top up the membrane water.",
            "Reset the cycle counter under MENU > SERVICE > CYCLES.",
        ],
    ),
    ("h", "8. Changing the hydraulic filter elements"),
    (
        "ol",
        [
            "Stop the pump and lock out the main switch. Check that the pressure gauge reads 0 bar.",
            "Place a tray under the pressure filter and unscrew the filter bowl.",
            "Replace the pressure filter element with KVS-HF-10 (10 µm) and its O-ring.",
            "Replace the return filter element in the tank lid with KVS-RF-25 (25 µm).",
            "Refit the bowl hand tight plus a quarter turn.",
            "Start the pump, run one cycle and check for leaks; A05 clears.",
        ],
    ),
    ("h", "9. Checking the membrane pressure sensor"),
    (
        "ol",
        [
            "Connect a calibrated test gauge (0-100 bar, class 0.6 or better) to the test point M2 on the membrane "
            "plate line.",
            "Select P3 and press a full batch of terry.",
            "At the hold, compare the display with the test gauge.",
            "The display must agree with the test gauge within ±1.0 bar. If not, replace the sensor KVS-PT-100; it "
            "cannot be adjusted.",
            "Remove the test gauge and fit the cap on M2.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check for oil and water leaks; wipe the light curtain; look at the membrane for cuts"],
            ["Weekly", "Check the membrane water level; clean the perforated can base"],
            ["Monthly", "Check the hydraulic hoses; grease the four guide column nipples"],
            ["A05, or 2000 h", "Change the pressure and return filter elements (section 8)"],
            ["6 months", "Check the membrane pressure sensor (section 9)"],
            ["4000 h or 12 months (A15)", "Kvellstad service: oil sample, accumulator, relief valve check"],
            [
                "8000 h or 2 years, whichever comes first",
                "Change the hydraulic oil (280 L or 340 L HLP 46), or sooner if the oil sample calls for it",
            ],
            ["400 000 cycles or 3 years", "Replace the membrane (section 7)"],
            ["6 years", "Replace all hydraulic hoses"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MP-50", "MP-60"],
            ["Membrane", "KVS-MB-50", "KVS-MB-60"],
            ["Clamping ring bolt set", "KVS-BS-24", "KVS-BS-28"],
            ["Pressure filter element 10 µm", "KVS-HF-10", "KVS-HF-10"],
            ["Return filter element 25 µm", "KVS-RF-25", "KVS-RF-25"],
            ["Membrane pressure sensor", "KVS-PT-100", "KVS-PT-100"],
            ["Perforated can base", "KVS-CB-100", "KVS-CB-110"],
            ["Service blocks, pair", "KVS-SB-2", "KVS-SB-2"],
            ["Light curtain, pair of bars", "KVS-LC-14", "KVS-LC-14"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Foldwyn TF towel folders
FOLDWYN = [
    ("title", "Foldwyn TF Towel Folders\nOperator and Service Manual - TF-20 and TF-30"),
    (
        "p",
        "Document FWN-OM-TF-02, Edition 2, June 2024. Foldwyn Finishing Machines. The TF-20 and TF-30 fold small "
        "flat pieces: towels, bath mats, pillowcases and tea towels. The operator lays the piece on the feed belt; "
        "the entry photocell measures its length, air jets and fold plates make the lengthwise folds, a knife and "
        "two nip rollers make the crosswise folds, and the folded pieces are sorted by length into the stackers. "
        "The TF-30 has a third stacker, a faster belt drive and a third lengthwise fold; otherwise the two models "
        "are built alike. Larger pieces (sheets, duvet covers, tablecloths) belong on a large-piece folder and are "
        "not covered here. The data link to the laundry's production software is described in the software "
        "supplier's interface documents.",
    ),
    (
        "warn",
        "WARNING: The fold knife and the nip rollers can trap fingers. Never reach into the fold section with the "
        "machine running; open the side door (which stops all drives) and wait until the knife has stopped. Only "
        "Foldwyn service may change the safety PLC parameters.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TF-20", "TF-30"],
            ["Feed belt width", "1400 mm", "1400 mm"],
            ["Piece length (in the feed direction), minimum-maximum", "300-2000 mm", "300-2400 mm"],
            ["Piece width, minimum-maximum", "250-1200 mm", "250-1400 mm"],
            ["Lengthwise folds (air jets and fold plates)", "0-2", "0-3"],
            ["Crosswise folds (knife)", "0-2", "0-2"],
            ["Belt speed", "10-40 m/min", "10-60 m/min"],
            ["Output, bath towels 70 x 140 cm, one operator, two lengthwise and two crosswise folds",
             "up to 1200 pieces/h", "up to 1800 pieces/h"],
            ["Stackers", "2", "3"],
            ["Maximum stack height", "400 mm", "400 mm"],
            ["Stack count setting", "1-50 pieces", "1-50 pieces"],
            ["Compressed air supply", "6-8 bar", "6-8 bar"],
            ["Air consumption at rated output", "120 NL/min", "180 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 3.2 kW", "400 V 3~ 50 Hz, 4.5 kW"],
            ["Supply fuse", "16 A", "16 A"],
            ["Dimensions L x W x H", "4100 x 2200 x 1500 mm", "4900 x 2300 x 1500 mm"],
            ["Mass", "1150 kg", "1420 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The output figures hold only for the pieces and folds named in the table with a skilled operator feeding "
        "without gaps. Small pieces, thick bath mats and pieces with three lengthwise folds give less.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Check the emergency stops and the side door switches at the start of each shift.",
            "Wear close-fitting clothing; no loose sleeves, ties or long hair near the feed belt.",
            "Blow lint out of the machine only with the drives stopped and with air at no more than 2 bar; never "
            "blow lint towards another person.",
            "Lock out the main switch and close the air valve before any work on the knife or the rollers.",
        ],
    ),
    ("h", "3. Fold settings and limits"),
    (
        "cols",
        [
            ("h", "Fold points"),
            (
                "p",
                "The controller works out the fold points from the piece length L measured at the entry "
                "photocell. For a half fold the knife fires when the point L/2 from the leading edge reaches it; for "
                "a fold in three, at L/3 and again at 2L/3. The fold offset (parameter P21) shifts the fold point by "
                "up to ±50 mm, for stretchy or curled pieces.",
            ),
            ("h", "Fold accuracy"),
            (
                "p",
                "Folds land within ±10 mm of the set point at belt speeds up to 40 m/min. Above 40 m/min (TF-30 only) "
                "the accuracy is within ±15 mm.",
            ),
            ("h", "Air jets"),
            (
                "p",
                "The air jets need at least 5.5 bar at the machine's inlet while folding. Below 5.0 bar the feed "
                "belt stops and E14 is shown. The jet time (P12) is 80 ms by default, settable 40-200 ms; thin "
                "pieces need a shorter jet.",
            ),
            ("h", "Feeding gap"),
            (
                "p",
                "Leave at least 300 mm between pieces on the feed belt. Pieces closer together are read as one piece "
                "and the folder stops with E18.",
            ),
            ("h", "Sorting by length"),
            (
                "p",
                "Stacker 1 takes the shortest length class. The class boundaries (P30 and, on the TF-30, P31) must be "
                "at least 100 mm apart. A piece longer than the longest class of the programme gives E19.",
            ),
            ("h", "Stacks"),
            (
                "p",
                "A stack is pushed out when the count is reached or at 400 mm height, whichever comes first. Pieces "
                "must be dry: residual moisture above 10 % makes them stick to the fold plates.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E10", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["E11", "Door open", "Side door or stacker door open. Close it and press RESET."],
            ["E12", "Belt drive fault", "The belt drive VFD tripped. Read its own fault number on the VFD display."],
            ["E13", "Belt drift", "Feed belt tracking sensor: the belt has run off centre by more than 15 mm."],
            ["E14", "Air pressure low", "Below 5.0 bar at the inlet. Check the site supply and the filter regulator."],
            ["E15", "Jam at the knife", "Knife photocell blocked for more than 3 s. Open the door and clear the jam."],
            ["E16", "Stacker full", "A stack has not been taken off the stacker table within 60 s."],
            ["E18", "Pieces too close", "Gap between two pieces under 300 mm; counted as one piece."],
            ["E19", "Piece too long", "Piece longer than the longest length class of the programme."],
            ["E20", "Knife position", "Knife home sensor not reached; check the sensor gap (1-2 mm)."],
            ["E21", "Data link lost", "No connection to the production software. The folder keeps working."],
            ["E22", "Service due", "2000 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Folds uneven, towel edges do not line up",
                "Entry photocell dirty, fold offset wrong, or the belts slipping",
                "Clean and teach the photocells (section 7); check P21 and the belt tension (section 8)",
            ],
            [
                "Lengthwise fold opens again or the piece is blown off the fold plate",
                "Air jet too long or too strong for a thin piece",
                "Shorten the jet time P12 in steps of 10 ms",
            ],
            [
                "Stack count wrong, two towels counted as one",
                "Pieces fed too close together",
                "Feed with at least 300 mm between pieces",
            ],
            [
                "Piece wraps round a nip roller",
                "Roller lagging worn or covered in lint",
                "Clean the rollers; replace the lagging if it is smooth or cracked",
            ],
            [
                "Stack leans and falls over",
                "Stacker table not level or the count too high for thick pieces",
                "Level the table; lower the stack count",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up a new fold programme"),
    (
        "ol",
        [
            "Press MENU and select PROGRAMMES, then a free programme number (1-40).",
            "Enter the name of the article, for example BATH 70x140.",
            "Select the number of lengthwise folds (0-2 on the TF-20, 0-3 on the TF-30) and crosswise folds (0-2).",
            "Enter the length classes for sorting (P30, and P31 on the TF-30), at least 100 mm apart.",
            "Enter the stack count for each stacker.",
            "Leave the fold offset P21 at 0 mm and the jet time P12 at 80 ms for the first trial.",
            "Save, then fold ten pieces and measure the fold positions; adjust P21 if the folds are off centre.",
        ],
    ),
    ("h", "7. Cleaning and teaching the photocells"),
    (
        "ol",
        [
            "Stop the belts with STOP; leave the machine switched on.",
            "Wipe the entry photocell, the knife photocell and their reflectors with a dry, lint-free cloth.",
            "Check that the feed belt under the entry photocell is empty and clean.",
            "Press and hold the TEACH button on the photocell for 3 s until its LED flashes green.",
            "Release the button; the LED goes steady green when the teach is accepted. A red LED means a dirty "
            "reflector or a misaligned beam: clean and repeat.",
            "Repeat for the knife photocell, then fold five pieces to check.",
        ],
    ),
    ("h", "8. Checking and setting the feed belt tension"),
    (
        "ol",
        [
            "Lock out the main switch.",
            "Remove the lower cover under the feed table.",
            "In the middle of the free span, press each feed belt down with a spring balance at 50 N.",
            "The belt must deflect 10 mm ±2 mm.",
            "Adjust with the two tensioning screws at the tail roller, turning both by the same amount so the roller "
            "stays square.",
            "Run the belts for 2 min and check the tracking; E13 must not appear.",
            "Refit the cover.",
        ],
    ),
    ("h", "9. Clearing a jam at the knife (E15)"),
    (
        "ol",
        [
            "Press STOP and open the side door; all drives stop and the knife returns to its home position.",
            "Wait until the knife has stopped. Never pull a piece out while the nip rollers turn.",
            "Turn the nip rollers back by hand with the handwheel on the drive side and take the piece out.",
            "Look for lint or threads wound round the rollers and remove them.",
            "Close the door and press RESET. The knife makes one test stroke.",
            "If E15 comes back without a piece in the knife section, clean the knife photocell and teach it "
            "(section 7).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the photocells and reflectors; remove lint from the fold plates and stacker tables"],
            ["Weekly", "Blow lint out of the drives and the knife section (air at no more than 2 bar)"],
            ["Monthly", "Check the feed belt tension (section 8); check the nip roller lagging"],
            ["6 months", "Oil the knife drive chain; drain the water from the air filter regulator bowl"],
            ["2000 h (E22)", "Foldwyn service: knife drive, bearings, air valves"],
            ["12 months", "Test of the safety circuit by a competent person"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TF-20", "TF-30"],
            ["Feed belt set", "FWN-FB-14", "FWN-FB-14"],
            ["Photocell with reflector", "FWN-PC-3", "FWN-PC-3"],
            ["Nip roller lagging, per roller", "FWN-KL-20", "FWN-KL-30"],
            ["Air jet valve", "FWN-AV-6", "FWN-AV-6"],
            ["Stacker belt", "FWN-SB-40", "FWN-SB-40"],
            ["Belt drive VFD", "FWN-VF-22", "FWN-VF-40"],
            ["Knife blade", "FWN-KB-14", "FWN-KB-14"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vapella GT-1800 garment tunnel finisher
VAPELLA = [
    ("title", "Vapella GT-1800 Garment Tunnel Finisher\nOperation and Maintenance Manual"),
    (
        "p",
        "Document VPL-OM-GT-01, Edition 4, October 2024. Vapella Garment Systems. The GT-1800 finishes washed "
        "garments on hangers: workwear, shirts, trousers, smocks and coats. The garments travel on a chain conveyor "
        "through four zones: a steam zone, where steam from nozzle bars relaxes the creases, two drying zones heated "
        "by steam coils, and a cooling zone. The finisher takes the garments from the site's loading rail and hands "
        "them to the sorting rail; both rails, and the sorting system, are covered by their own makers' documents. "
        "The steam supply, the pressure reducing station, the condensate return and the exhaust ducts outside the "
        "tunnel are the site's.",
    ),
    (
        "warn",
        "WARNING: The zones run at up to 160 °C and the nozzle bars carry live steam. Open the inspection doors "
        "only when the zone temperature display reads below 50 °C. Lock out the main switch and close the steam "
        "valve before any work inside the tunnel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GT-1800"],
            ["Throughput, polyester-cotton workwear shirts and trousers, garment spacing 100 mm",
             "up to 1800 garments/h"],
            ["Tunnel length, entry to exit", "9.6 m"],
            ["Zone lengths: steam / drying 1 / drying 2 / cooling", "1.6 m / 3.2 m / 3.2 m / 1.6 m"],
            ["Conveyor speed, settable", "1.0-6.0 m/min"],
            ["Chain speed and dwell time at rated throughput", "3.0 m/min, 3.2 min"],
            ["Maximum garment length on the hanger", "1400 mm"],
            ["Maximum garment mass including hanger", "2.5 kg"],
            ["Steam supply, saturated", "6-10 bar"],
            ["Steam consumption at rated throughput", "310 kg/h"],
            ["Steam pressure at the nozzle bars (reducing valve)", "1.0 bar"],
            ["Drying air temperature, settable", "80-160 °C"],
            ["Fans", "4 x 4.0 kW"],
            ["Electrical supply", "400 V 3~ 50 Hz, 22 kW, fuse 50 A"],
            ["Compressed air", "6 bar, 60 NL/min"],
            ["Exhaust", "2 x DN 250, 2500 m³/h in total"],
            ["Mass", "5200 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The rated throughput holds only for polyester-cotton workwear entering with a residual moisture of no more "
        "than 25 %, at the 100 mm garment spacing. Vapella states no throughput for other garments.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep hands away from the chain and the hanger dogs at the entry; use the entry stop button to clear a "
            "hanger.",
            "Do not stand in the exit in front of the cooling zone while the tunnel runs; hangers can swing out.",
            "Steam and condensate lines are hot: wear gloves and let them cool before loosening any union.",
            "Only hangers rated for 160 °C or more may enter the tunnel.",
        ],
    ),
    ("h", "3. Zone settings and limits"),
    (
        "cols",
        [
            ("h", "Drying temperature by fabric"),
            (
                "p",
                "100 % polyester: no more than 140 °C. Polyester-cotton: no more than 150 °C. 100 % cotton: up to "
                "160 °C. For garments with reflective tape, transfers or printed logos use the garment maker's "
                "temperature limit; Vapella gives none.",
            ),
            ("h", "Moisture on entry"),
            (
                "p",
                "The drying zones finish garments at the rated speed when they enter with no more than 25 % residual "
                "moisture. Wetter garments need a lower chain speed: v = 3.0 x 25 / RM, with v in m/min and RM the "
                "residual moisture in %. For example 40 % gives 1.9 m/min.",
            ),
            ("h", "Steam zone"),
            (
                "p",
                "The reducing valve on the nozzle supply is set to 1.0 bar. Between 0.8 and 1.2 bar the steam "
                "relaxes the creases without wetting the garments; above 1.2 bar garments leave the steam zone wet. "
                "The steam inlet pressure must stay at or above 5 bar, or T05 is shown.",
            ),
            ("h", "Cooling zone"),
            (
                "p",
                "Garments should leave the tunnel below 45 °C, or creases come back when they are bagged. If they "
                "do not, lower the chain speed or check the cooling fan.",
            ),
            ("h", "Chain"),
            (
                "p",
                "The chain sag at the return, measured midway between the two lower sprockets, must be 25-35 mm. "
                "Lubricate only with the high-temperature chain oil VPL-CO-250, every 250 h; any other oil "
                "carbonises in the drying zones.",
            ),
            ("h", "Hangers"),
            (
                "p",
                "Wire hangers with a hook wire of 3.0-3.5 mm, or plastic hangers rated for 160 °C. Thinner hooks "
                "jump off the chain dogs in the curves.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop pressed or a pull cord pulled. Release it and press RESET."],
            ["T02", "Door open", "An inspection door open. Close it; the fans restart after 30 s."],
            ["T03", "Chain overload", "Chain drive torque limiter tripped: a hanger jammed, usually at a curve."],
            ["T04", "Chain tension", "Chain tension switch open: sag outside 25-35 mm or a broken link."],
            ["T05", "Steam pressure low", "Steam inlet below 5 bar. Check the site supply and the inlet strainer."],
            ["T06", "Drying zone 1 overtemperature", "More than 15 °C above the set temperature. Check the valve."],
            ["T07", "Drying zone 2 overtemperature", "As T06, zone 2."],
            ["T08", "Fan fault, steam zone", "Fan motor protection tripped."],
            ["T09", "Fan fault, drying or cooling", "One of the three other fan motors tripped."],
            ["T10", "Exhaust flow low", "Exhaust pressure switch open: damper closed or duct blocked."],
            [
                "T11",
                "Condensate high",
                "Condensate level in the steam zone sump too high: the nozzle bar steam trap or the sump drain "
                "is blocked.",
            ],
            ["T12", "Entry jam", "Entry photocell blocked for more than 10 s."],
            ["T14", "Exit jam", "Exit photocell blocked for more than 10 s: sorting rail full or stopped."],
            ["T15", "Air pressure low", "Compressed air below 5 bar."],
            ["T16", "Service due", "3000 h since the last Vapella service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Garments leave the tunnel damp",
                "Garments entering wetter than 25 %, drying temperature set too low, or lint filter mats blocked",
                "Lower the chain speed (section 3); check the set temperature and the filter mats",
            ],
            [
                "Creases still in the garments",
                "Nozzle holes blocked, steam pressure at the bars too low, or the chain running too fast",
                "Clean the nozzle bars (section 7); check the reducing valve reads 1.0 bar",
            ],
            [
                "Water drips onto the garments in the steam zone",
                "Steam trap on the nozzle bar failed closed; condensate spits from the nozzles",
                "Test and replace the steam trap VPL-ST-15",
            ],
            [
                "Garments shiny or scorched",
                "Drying temperature above the fabric's limit",
                "Set the temperature for the fabric (section 3)",
            ],
            [
                "Hangers fall off in the curves",
                "Hook wire thinner than 3.0 mm, or chain sag too large",
                "Use the right hangers; check the chain sag (section 8)",
            ],
            [
                "Creases come back after bagging",
                "Garments leaving above 45 °C",
                "Lower the chain speed; check the cooling fan",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the finisher from cold"),
    (
        "ol",
        [
            "Check that the tunnel is empty and all inspection doors are closed.",
            "Open the condensate drain valves of the steam zone and the coils.",
            "Open the main steam valve slowly over about 1 min, then close the drain valves after 2 min.",
            "Switch on the main switch and select the programme for the garments to be finished.",
            "Start the fans and the heating; the chain stays stopped.",
            "Wait until both drying zones are within 5 °C of the set temperature, about 20 min from cold.",
            "Start the chain at the programme speed and the loading rail.",
        ],
    ),
    ("h", "7. Cleaning the steam nozzle bars"),
    (
        "ol",
        [
            "Stop the chain, close the steam valve to the nozzle bars and lock out the main switch.",
            "Wait until the steam zone reads below 50 °C, then open its inspection door.",
            "Release the two quick clamps of each of the four nozzle bars and take the bars out.",
            "Clear each 1.5 mm nozzle hole with the cleaning needle VPL-CN-14; never drill them out.",
            "Flush each bar with water from the inlet end until it runs clear.",
            "Refit the bars with the holes pointing to the garments and close the clamps.",
            "Close the door, open the steam valve and watch the steam pattern from the inspection window: even "
            "plumes from every hole.",
        ],
    ),
    ("h", "8. Checking the chain sag"),
    (
        "ol",
        [
            "Run the chain empty at 1.0 m/min for one full turn, then stop it and lock out the main switch.",
            "Lay a straight edge across the two lower return sprockets.",
            "Measure the sag midway between the sprockets: it must be 25-35 mm.",
            "If it is over 35 mm, turn the tensioner screw clockwise until the sag is 30 mm.",
            "If the tensioner is at the end of its travel, remove two links with the chain link kit VPL-CL-2.",
            "Restart and check that T04 does not appear.",
        ],
    ),
    ("h", "9. Replacing the lint filter mats"),
    (
        "ol",
        [
            "Run the tunnel empty, switch off the heating and let the fans run until the drying zones read below "
            "50 °C.",
            "Stop the fans with the FANS OFF key and lock out the main switch.",
            "Open the filter hatches on top of drying zones 1 and 2; each holds three mats.",
            "Lift out the old mats without shaking them over the tunnel, and bag them.",
            "Vacuum the lint from the filter frames.",
            "Fit the new mats VPL-FM-60 with the printed side upwards, pressed into the frame all round.",
            "Close the hatches, start the fans and check that T10 does not appear.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Drain the steam inlet strainer; check for hangers or fluff on the tunnel floor"],
            ["Weekly", "Replace the lint filter mats of the drying zones (section 9)"],
            ["Monthly", "Clean the nozzle bars (section 7); check the chain sag (section 8)"],
            ["Every 250 h", "Lubricate the chain with VPL-CO-250"],
            ["3 months", "Test the steam traps of the nozzle bars and the coils"],
            ["3000 h (T16)", "Vapella service: fan bearings, coil valves, chain wear; fan motor bearings are "
                             "replaced by Vapella service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Steam nozzle bar", "VPL-NB-16"],
            ["Steam trap, nozzle bar", "VPL-ST-15"],
            ["Lint filter mats, set of six", "VPL-FM-60"],
            ["Chain link kit (two links, pins)", "VPL-CL-2"],
            ["High-temperature chain oil, 5 L", "VPL-CO-250"],
            ["Nozzle cleaning needle", "VPL-CN-14"],
            ["Entry or exit photocell", "VPL-PC-2"],
            ["Zone temperature sensor Pt100", "VPL-TS-100"],
            ["Inspection door seal", "VPL-DS-96"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Caldrossa SG laundry steam generators
CALDROSSA = [
    ("title", "Caldrossa SG Laundry Steam Generators\nOperation and Maintenance Manual - SG-600 and SG-900"),
    (
        "p",
        "Document CDR-OM-SG-03, Edition 2, February 2025. Caldrossa Thermal. The SG-600 and SG-900 are gas-fired "
        "once-through coil steam generators for laundries, supplying ironers, finishers, presses and batch washer "
        "heating. The feed pump drives softened water through the heated coil; the steam leaves through a separator, "
        "which returns the remaining water to the feedwater tank. A modulating burner for natural gas (G20) is "
        "built in. Apart from the output, the coil, the burner size and the items named in this manual, the two "
        "models are built alike. Versions for LPG (G31) are supplied on request and are covered by the supplement "
        "CDR-SUP-G31. The feedwater tank, the water softener and the condensate return have their own documents; "
        "the gas supply, the flue and the boiler house ventilation are designed by the site's gas engineer.",
    ),
    (
        "warn",
        "WARNING: The generator holds steam at up to 12 bar. Never loosen a fitting under pressure. The statutory "
        "inspection of the generator as a pressure system is arranged by the site with its competent person or "
        "insurer; this manual does not replace it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SG-600", "SG-900"],
            ["Steam output, from and at 100 °C", "600 kg/h", "900 kg/h"],
            ["Burner heat input (net)", "430 kW", "640 kW"],
            ["Efficiency at full fire, feedwater at 80 °C", "88 %", "88 %"],
            ["Maximum allowable pressure PS", "12 bar", "12 bar"],
            ["Safety valve set pressure", "12 bar", "12 bar"],
            ["Working pressure, settable", "5-10 bar", "5-10 bar"],
            ["Water content of the coil", "95 L", "140 L"],
            ["Gas consumption at full fire, natural gas G20", "45.5 m³/h", "67.7 m³/h"],
            ["Gas pressure at the gas train inlet", "20-50 mbar", "20-50 mbar"],
            ["Burner turndown", "1:4", "1:4"],
            ["Feed pump motor", "2.2 kW", "3.0 kW"],
            ["Burner fan motor", "1.1 kW", "1.5 kW"],
            ["Electrical supply 400 V 3~ 50 Hz, fuse", "20 A", "25 A"],
            ["Flue outlet diameter", "250 mm", "300 mm"],
            ["Flue gas temperature at full fire, clean coil", "about 210 °C", "about 220 °C"],
            ["Steam outlet / feedwater inlet", "DN 50 / DN 25", "DN 65 / DN 32"],
            ["Mass, filled", "1850 kg", "2400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The steam output is stated from and at 100 °C. With feedwater at 80 °C and steam at 8 bar the generator "
        "delivers about 8 % less. To size a generator, add the steam consumption of all machines that run at the "
        "same time, as stated by their makers, and allow 10 % for losses in the mains; the SG-600 covers up to "
        "545 kg/h of connected demand on that basis, the SG-900 up to 818 kg/h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site may run the generator. Work on the gas train and the burner is for a "
            "registered gas engineer only.",
            "Never run the generator with the safety valve, the pressure limiter or the low water protection "
            "bridged or out of service.",
            "Blowdown water is at up to 180 °C. Stand clear of the blowdown vessel vent while blowing down.",
            "If you smell gas: do not switch anything on or off, close the gas isolating valve outside the boiler "
            "house and call the gas supplier's emergency number.",
        ],
    ),
    ("h", "3. Water and operating limits"),
    (
        "cols",
        [
            ("h", "Feedwater"),
            (
                "p",
                "Softened water with a total hardness of no more than 0.1 °dH and a pH of 8.5-9.5. Keep the "
                "feedwater tank at 80 °C or hotter: below 80 °C dissolved oxygen attacks the coil. Above 95 °C the "
                "feed pump may cavitate.",
            ),
            ("h", "Separator water and blowdown"),
            (
                "p",
                "The separator water conductivity must be no more than 3000 µS/cm; above it L12 is shown and water "
                "carries over with the steam. The continuous blowdown needed is B = S x F / (M - F), with B the "
                "blowdown in kg/h, S the steam output in kg/h, F the feedwater conductivity and M the 3000 µS/cm "
                "limit. For example an SG-600 at full output with feedwater at 150 µS/cm needs 600 x 150 / 2850 = "
                "31.6 kg/h.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "Set the working pressure at least 2 bar below the safety valve, so no more than 10 bar. The "
                "pressure limiter opens at 11 bar (L03) and must be reset by hand.",
            ),
            ("h", "Burner starts"),
            (
                "p",
                "No more than 6 burner starts per hour. If there are more, widen the pressure band (P-DIFF, "
                "0.5-1.5 bar, default 0.8 bar) or lower the minimum modulation.",
            ),
            ("h", "Flue gas temperature"),
            (
                "p",
                "A flue gas temperature more than 40 °C above the clean-coil value at the same firing rate means "
                "scale inside or soot outside the coil: plan a coil inspection. Above 300 °C the burner locks out "
                "(L08).",
            ),
            ("h", "Combustion"),
            (
                "p",
                "The burner is set up on commissioning by a Caldrossa-trained gas engineer, who records the "
                "combustion values on the commissioning sheet kept with the generator. This manual gives no "
                "combustion values.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["L01", "Flame failure", "No flame signal at ignition or flame lost. Reset after 60 s; after three "
                                     "lockouts in one hour call a gas engineer."],
            ["L02", "Coil flow low", "Feed flow below the minimum for the firing rate: pump, strainer or valve."],
            ["L03", "High steam pressure", "Pressure limiter opened at 11 bar. Find the cause, reset by hand."],
            ["L04", "Gas pressure low", "Below 17 mbar at the gas train. Check the supply and the gas filter."],
            ["L05", "Gas pressure high", "Above 55 mbar at the gas train. Call the gas engineer."],
            ["L06", "Air pressure", "Burner fan air pressure switch did not close."],
            ["L07", "Feed pump overload", "Motor protection tripped."],
            ["L08", "Flue gas temperature high", "Above 300 °C: scale or soot on the coil."],
            ["L09", "Coil outlet temperature high", "Above 250 °C: coil running short of water."],
            ["L11", "Feedwater tank low", "Level in the feedwater tank below the low mark."],
            ["L12", "Conductivity high", "Separator water above 3000 µS/cm."],
            ["L13", "Safety chain open", "A limiter or an external safety contact open."],
            ["L14", "Service due", "4000 h or 12 months since the last Caldrossa service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Water spits from the ironer steam traps, wet steam",
                "Separator water conductivity too high, so water carries over",
                "Check the conductivity; blow down the separator (section 8); check the continuous blowdown rate",
            ],
            [
                "Burner starts and stops every few minutes",
                "Pressure band too narrow for the load",
                "Widen P-DIFF towards 1.5 bar; no more than 6 starts per hour",
            ],
            [
                "Flue gas temperature creeps up over weeks",
                "Scale inside the coil (hardness breakthrough) or soot",
                "Check the softener and the hardness tests; plan a coil inspection",
            ],
            [
                "Pressure falls when all ironers start together",
                "Demand above the generator's output",
                "Stagger the start of the ironers",
            ],
            [
                "Feed pump rattles",
                "Cavitation: feedwater above 95 °C or the suction strainer blocked",
                "Clean the strainer; check the tank temperature",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting from cold"),
    (
        "ol",
        [
            "Check the feedwater tank level and that its temperature is 80 °C or more.",
            "Check that the softener is in service and the last hardness test was no more than 0.1 °dH.",
            "Open the feedwater valve and the gas isolating valve; leave the steam main valve closed.",
            "Switch on the main switch and press START. The feed pump fills the coil and the burner starts on low "
            "fire after the pre-purge.",
            "Let the pressure rise on low fire; the controller holds low fire for 10 min from cold.",
            "When the working pressure is reached, open the steam main valve slowly over at least 2 min.",
            "Check the flue gas temperature and note it in the log book.",
        ],
    ),
    ("h", "7. Daily water tests"),
    (
        "ol",
        [
            "Draw a feedwater sample from the sample cooler at the feed pump outlet.",
            "Test the hardness with the test kit CDR-HT-01: no more than 0.1 °dH. If higher, regenerate or check "
            "the softener before going on.",
            "Measure the pH: 8.5-9.5.",
            "Draw a sample of separator water through the sample cooler and read its conductivity: no more than "
            "3000 µS/cm.",
            "Note the results in the log book with the time and your initials.",
        ],
    ),
    ("h", "8. Blowing down the separator"),
    (
        "ol",
        [
            "Do this once a day with the generator at working pressure and low demand.",
            "Check that nobody is near the blowdown vessel vent.",
            "Open the separator blowdown valve fully for 3 s, then close it.",
            "Open the low water column drain valve for 3 s, then close it; L02 or L11 must not latch.",
            "Check the separator water conductivity again after 10 min.",
        ],
    ),
    ("h", "9. Shutting down for more than 3 days"),
    (
        "ol",
        [
            "Reduce the steam demand and switch the burner to low fire with the MANUAL key.",
            "Press STOP. The burner stops, the fan post-purges for 60 s and the feed pump runs on for 2 min to cool "
            "the coil.",
            "Close the steam main valve and the gas isolating valve.",
            "Leave the coil filled with treated feedwater (wet lay-up); never leave it empty and damp.",
            "Keep the feedwater tank dosed and heated, or drain it if the boiler house may freeze.",
            "Before restarting, carry out the water tests of section 7 and start as in section 6.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Water tests (section 7); separator blowdown (section 8); log the flue gas temperature"],
            ["Weekly", "Lift the safety valve test lever at 9 bar or more (75 % of its set pressure)"],
            ["Monthly", "Clean the feed pump suction strainer; check the gas filter pressure drop"],
            ["6 months", "Burner service by a registered gas engineer: electrodes, flame sensor, combustion check"],
            ["4000 h or 12 months (L14)", "Caldrossa service: coil inspection, controls, pressure limiter test"],
            ["5 years", "Replace the safety valve"],
            ["As found", "Descaling or replacing the coil: Caldrossa service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SG-600", "SG-900"],
            ["Safety valve, set 12 bar", "CDR-SV-12-50", "CDR-SV-12-65"],
            ["Feed pump mechanical seal kit", "CDR-PS-22", "CDR-PS-30"],
            ["Feed pump suction strainer element", "CDR-FS-25", "CDR-FS-32"],
            ["Ignition electrode", "CDR-IE-4", "CDR-IE-4"],
            ["UV flame sensor", "CDR-UV-2", "CDR-UV-2"],
            ["Conductivity probe", "CDR-CP-30", "CDR-CP-30"],
            ["Hardness test kit", "CDR-HT-01", "CDR-HT-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kvellstad-mp-membrane-water-extraction-press.pdf", "Kvellstad KVS-OM-MP-04 Ed 3 - MP-50 / MP-60", KVELLSTAD),
        ("foldwyn-tf-towel-folder.pdf", "Foldwyn FWN-OM-TF-02 Ed 2 - TF-20 / TF-30", FOLDWYN),
        ("vapella-gt-garment-tunnel-finisher.pdf", "Vapella VPL-OM-GT-01 Ed 4 - GT-1800", VAPELLA),
        ("caldrossa-sg-laundry-steam-generator.pdf", "Caldrossa CDR-OM-SG-03 Ed 2 - SG-600 / SG-900", CALDROSSA),
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
