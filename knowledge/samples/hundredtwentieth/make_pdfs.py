"""Generate the PDF manuals of the hundred-and-twentieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set120-scratch/venv && /tmp/set120-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set120-scratch/venv/bin/python knowledge/samples/hundredtwentieth/make_pdfs.py

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


# ---------------------------------------------------------------- Skalmark BS egg breaking and separating machines
SKALMARK = [
    ("title", "Skalmark BS Egg Breaking and Separating Machines\nOperation and Maintenance Manual - BS-60 and BS-90"),
    (
        "p",
        "Document SKM-OM-BS-04, Edition 3, March 2025. Skalmark Egg Processing Machines. The BS-60 and BS-90 break "
        "shell eggs and separate them into yolk and white, or collect them as whole egg. Eggs arrive from the loader "
        "in rows of six and are placed in the breaking units on the carousel. In each unit a pair of knives cracks "
        "the shell and opens it over a separating cup set. Each cup set is checked by the camera inspection before it "
        "empties into the yolk or the white collecting tray. The shells fall onto the shell conveyor, which takes them "
        "to the shell centrifuge. The BS-60 carries 60 breaking units on its carousel and the BS-90 carries 90; apart "
        "from this, the drive, the camera equipment and the values given for each model in this manual, the two "
        "machines are built alike. The egg loader, the shell centrifuge and the liquid egg filters after the "
        "collecting trays have their own manuals. Cleaning of the product lines after the collecting trays is part "
        "of the plant CIP and is not described here.",
    ),
    (
        "warn",
        "WARNING: Never reach into the carousel while the machine is running or in jog mode. The knives are sharp "
        "and close with a force of up to 60 N. Stop the machine with the emergency stop and lock the main switch "
        "before any work on the breaking units.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BS-60", "BS-90"],
            ["Breaking units on the carousel", "60", "90"],
            ["Carousel speed, nominal (settable 6-12 rev/min)", "10 rev/min", "10 rev/min"],
            ["Capacity at nominal speed (units x rev/min x 60)", "36 000 eggs/h", "54 000 eggs/h"],
            ["Maximum capacity at 12 rev/min", "43 200 eggs/h", "64 800 eggs/h"],
            ["Egg weight range", "45-78 g", "45-78 g"],
            ["Rows from the loader", "6", "6"],
            ["Camera inspection", "1 colour camera, 1 LED light bar", "2 colour cameras, 2 LED light bars"],
            ["Main drive gear motor", "1.5 kW", "2.2 kW"],
            ["Connected load, 400 V 3~ 50 Hz", "6.5 kW, fuse 16 A", "8.0 kW, fuse 20 A"],
            ["Compressed air at 6 bar, dry and oil-free", "180 NL/min", "260 NL/min"],
            ["Cup wash water at 40-45 °C", "6 L/min", "9 L/min"],
            ["Collecting trays (yolk and white), stainless steel", "2 x 60 L", "2 x 90 L"],
            ["Footprint, length x width", "3.9 x 1.7 m", "5.2 x 1.7 m"],
            ["Mass", "1850 kg", "2450 kg"],
            ["Noise at 1 m, nominal speed", "74 dB(A)", "76 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Separation quality: a yolk dry matter of at least 43 % and an egg white with no more than 0.05 % fat (yolk "
        "in the white) hold only for eggs 3-10 days after laying, at an egg temperature of 12-18 °C, at nominal speed "
        "and with the knives set as in section 3. Older or colder eggs give more broken yolks; no separation figures "
        "are given for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Keep the guards closed in production; opening a guard stops "
            "the carousel (B01).",
            "Wear cut-resistant gloves whenever you handle knife sets or work near the breaking units.",
            "Use jog mode only with the hand-held jog button, and never with a hand in the carousel.",
            "A rotten egg spoils a whole collecting tray. Discard the contents of that tray, clean the tray and the "
            "cup sets the egg went through before going on.",
            "Never use a high-pressure cleaner on the bearings, the drive or the camera housings.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Knife penetration"),
            (
                "p",
                "The knife tips must enter the shell by 3.8 mm ±0.2 mm for eggs of 53-73 g. For batches of small "
                "eggs (45-53 g) set 3.4 mm ±0.2 mm, and for eggs over 73 g set 4.0 mm ±0.2 mm. The penetration is set "
                "on breaking unit 1 with gauge SKM-G4; all other units follow the same cam track.",
            ),
            ("h", "Knife opening"),
            (
                "p",
                "At the end of the stroke the knives open to 28 mm, fixed by the cam. An opening of less than 26 mm "
                "means the cam rollers are worn and must be replaced.",
            ),
            ("h", "Egg temperature and age"),
            (
                "p",
                "Eggs should reach the machine at 12-18 °C. Eggs below 8 °C must not be broken in separating mode: "
                "the yolk membranes break and yolk runs into the white. Tempering is done in the plant's tempering "
                "room; its times are set by the site. For eggs older than 14 days reduce the speed to 8 rev/min.",
            ),
            ("h", "Cup wash"),
            (
                "p",
                "The cup sets are sprayed after each emptying with water at 40-45 °C. Never above 50 °C: hotter water "
                "sets egg white on the cups. B05 shows below 38 °C or above 50 °C.",
            ),
            ("h", "Compressed air"),
            (
                "p",
                "At least 5.5 bar at the machine inlet. Below 5.0 bar B04 shows and the machine stops at the end of "
                "the revolution.",
            ),
            ("h", "Rejects"),
            (
                "p",
                "The camera rejects a cup set when it sees shell, blood or a discoloured egg; the contents go to the "
                "reject bin. If rejects exceed 3 % of the eggs for 10 min, B11 shows: check the egg quality and the "
                "camera window before going on. Default reject sensitivity 5 (scale 1-9).",
            ),
            ("h", "Running time"),
            (
                "p",
                "Clean the machine after no more than 8 h of production, or at once after a rotten egg has spilled "
                "into a collecting tray, whichever comes first.",
            ),
            ("h", "Carousel chain"),
            (
                "p",
                "Chain sag 15-20 mm, measured at the middle of the lower return. Outside this range B03 shows.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Emergency stop", "An emergency stop pressed or a guard open. Close, release and press RESET."],
            [
                "B02",
                "Main drive overload",
                "Carousel blocked or chain too tight. Look for a jammed egg holder; check the chain sag.",
            ],
            [
                "B03",
                "Carousel chain",
                "Chain sag outside 15-20 mm or chain break switch open. Adjust or replace the chain.",
            ],
            ["B04", "Air pressure low", "Below 5.0 bar at the inlet. The machine stops at the end of the revolution."],
            ["B05", "Cup wash temperature", "Wash water below 38 °C or above 50 °C. Check the mixing valve."],
            [
                "B06",
                "Cup wash flow low",
                "Below 4 L/min (BS-60) or 6 L/min (BS-90). Clean the strainer and the nozzles.",
            ],
            ["B07", "Camera fault", "No image from a camera. Check the cable and the LED light bar."],
            ["B08", "No eggs", "No eggs from the loader for 60 s. The carousel goes on at 6 rev/min."],
            [
                "B10",
                "Shell conveyor stopped",
                "Shell conveyor or shell centrifuge stopped. The loader stops at once to keep shells off the floor.",
            ],
            ["B11", "High reject rate", "Rejects above 3 % of the eggs for 10 min. Check the eggs and the camera."],
            ["B12", "Knife unit position", "A knife unit not closed at the reference sensor. Check for a broken spring."],
            ["B13", "Service due", "2000 h or 12 months since the last service. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Yolk in the white, white cloudy or yellow",
                "Eggs colder than 8 °C, eggs older than 14 days with weak yolk membranes, or knives set too deep",
                "Temper the eggs to 12-18 °C; run old eggs at 8 rev/min; check the penetration (section 7)",
            ],
            [
                "Shell pieces in the liquid egg",
                "Knives blunt or nicked, penetration too deep, or thin-shelled eggs from old flocks",
                "Check and replace knife sets; check the penetration; tell the egg supplier",
            ],
            [
                "Contents left in the shells, shells heavy on the shell conveyor",
                "Knife opening below 26 mm because the cam rollers are worn",
                "Replace the cam rollers",
            ],
            [
                "Whole eggs falling uncracked onto the shell conveyor",
                "Loader timing out of step with the carousel",
                "Re-time the loader (loader manual)",
            ],
            [
                "Many good eggs rejected",
                "Camera window dirty or wet, LED light bar failing, or sensitivity set too high",
                "Clean the window; check the light bar; set the sensitivity back to 5",
            ],
            [
                "Foam or water in the yolk tray",
                "Cup wash water dripping into the cups after the spray",
                "Check the nozzle direction and the drip stop valve",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the machine was cleaned after the last production and that the cleaning record is signed.",
            "Switch on the main switch and the compressed air; check at least 5.5 bar on the inlet gauge.",
            "Open the cup wash water valve and wait until the water reaches 40 °C (B05 clears).",
            "Select SEPARATING or WHOLE EGG on the panel.",
            "Check that the collecting trays are empty, clean and in place and that their outlet valves to the liquid "
            "egg filters are open.",
            "Start the shell conveyor and the shell centrifuge (its own manual).",
            "Start the carousel at 6 rev/min without eggs and watch one full revolution: every unit must open and "
            "close and every cup set must tip.",
            "Start the loader and raise the speed to the nominal 10 rev/min.",
            "After the first 200 eggs take a sample from each collecting tray and check it for shell and, in "
            "separating mode, for yolk in the white.",
            "After 10 min check the reject rate on the panel: below 3 %.",
        ],
    ),
    ("h", "7. Setting the knife penetration"),
    (
        "ol",
        [
            "Stop the machine, press the emergency stop and lock the main switch.",
            "Open the front guard and put on cut-resistant gloves.",
            "Turn the carousel with the jog handwheel until breaking unit 1 (red tag) is at the reference mark.",
            "Place gauge SKM-G4, a dummy egg of 57 mm, in the holder of unit 1.",
            "Close the knives on the gauge with the hand lever and read the penetration on the gauge scale.",
            "Set the cam track height with the adjusting screw under the cam: one turn moves it by 0.5 mm, "
            "clockwise gives deeper penetration.",
            "Lock the adjusting screw with its lock nut at 25 Nm.",
            "Check units 15, 30 and 45 (BS-90 also 60 and 75) with the gauge: all must be within ±0.2 mm of the set "
            "value. A unit outside it has a bent knife holder: replace its knife set (section 9).",
            "Close the guard, release the emergency stop and run one test revolution without eggs.",
        ],
    ),
    ("h", "8. Changing between separating and whole egg"),
    (
        "ol",
        [
            "Run the carousel without eggs until all cup sets have emptied, then stop.",
            "Close the outlet valves of both collecting trays.",
            "Fit the whole egg chute, SKM-WC-60 (BS-60) or SKM-WC-90 (BS-90), over the collecting trays.",
            "Select WHOLE EGG on the panel: the two cups of each set now tip together into the white tray.",
            "Open the outlet of the white tray, which now collects whole egg, and route it to the whole egg line.",
            "Restart as in section 6, from step 7.",
        ],
    ),
    ("h", "9. Replacing a knife set"),
    (
        "ol",
        [
            "Stop the machine, press the emergency stop and lock the main switch.",
            "Turn the carousel until the unit is at the service opening.",
            "Wear cut-resistant gloves. Remove the two M5 screws of the knife holder and lift out the knife set.",
            "Fit the new knife set SKM-KS-2 with the cutting edges towards the egg holder.",
            "Tighten the screws to 4 Nm.",
            "Check the penetration of this unit with gauge SKM-G4: within ±0.2 mm of the set value.",
            "Record the unit number in the maintenance log.",
        ],
    ),
    ("h", "10. Cleaning after production"),
    (
        "ol",
        [
            "Stop the loader and run the carousel empty; close the tray outlet valves.",
            "Switch off and lock the main switch.",
            "Remove the cup sets and the collecting trays (quick-release) and take them to the washing sink.",
            "Pre-rinse the carousel, the egg holders and the knives with water at 40-45 °C from the hose.",
            "Apply alkaline foam cleaner at 2-3 % and leave it for 15 min.",
            "Rinse with water at 40-45 °C.",
            "Wash the cup sets and trays by hand and rinse them.",
            "Disinfect with the plant's approved disinfectant; rinse if its label requires it.",
            "Clean the camera windows with a soft cloth, never with an abrasive pad.",
            "Refit cups and trays and leave the machine to dry with the guards open.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Cleaning (section 10); look at the knives for nicks; check the cup wash nozzles"],
            ["Weekly", "Check the penetration on unit 1 and three other units; check the chain sag (15-20 mm)"],
            [
                "Every 500 h",
                "Grease the cam rollers with food-grade grease (NSF H1); check the knife opening (at least 26 mm)",
            ],
            [
                "2000 h or 12 months, whichever comes first (B13)",
                "Replace all knife sets and cup seals; Skalmark service check of the drive and the cameras",
            ],
            ["Every 4000 h", "Replace the cam rollers; replace the carousel chain if the sag cannot be set"],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "BS-60", "BS-90"],
            ["Knife set, one breaking unit", "SKM-KS-2", "SKM-KS-2"],
            ["Separating cup set", "SKM-SC-4", "SKM-SC-4"],
            ["Cam roller", "SKM-CR-8", "SKM-CR-8"],
            ["Carousel chain", "SKM-CH-60", "SKM-CH-90"],
            ["Main drive gear motor", "SKM-GM-15", "SKM-GM-22"],
            ["Camera with lens (BS-90 has two)", "SKM-CAM-1", "SKM-CAM-1"],
            ["LED light bar", "SKM-LB-3", "SKM-LB-3"],
            ["Whole egg chute", "SKM-WC-60", "SKM-WC-90"],
            ["Knife gauge, 57 mm dummy egg", "SKM-G4", "SKM-G4"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Varmstad LP liquid egg pasteurisers
VARMSTAD = [
    ("title", "Varmstad LP Liquid Egg Pasteurisers\nOperation and Maintenance Manual - LP-2500 and LP-5000"),
    (
        "p",
        "Document VMS-OM-LP-02, Edition 2, June 2024. Varmstad Process Engineering. The LP-2500 and LP-5000 are plate "
        "pasteurisers for liquid whole egg, egg yolk and egg white. Raw liquid egg at 2-4 °C flows from the balance "
        "tank through the regeneration section, where the pasteurised product warms it, to the heating section, "
        "which is fed by a closed hot water circuit. It then passes the holding tube, where it is kept at the "
        "holding temperature for the holding time, and the flow diversion valve (FDV). Product that is hot enough "
        "goes back through the regeneration section and the ice water section and leaves at 4 °C or less; product "
        "that is not is diverted to the balance tank. A rotary lobe timing pump after the balance tank fixes the "
        "flow. The two models differ in capacity, plate pack, holding tube, pumps and heating; otherwise they are "
        "alike. The raw and pasteurised product tanks, the ice water plant and the plant CIP station have their own "
        "manuals. Microbiological limits and the release of pasteurised product are set by the site's HACCP plan and "
        "are not given here.",
    ),
    (
        "warn",
        "WARNING: The hot water circuit runs at up to 90 °C and 3 bar, and the CIP solutions are caustic and acid. "
        "Never open a plate pack, a pipe union or the holding tube while it is hot or under pressure. Wear eye "
        "protection and gloves when handling CIP chemicals.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LP-2500", "LP-5000"],
            ["Nominal capacity, whole egg and yolk", "2500 L/h", "5000 L/h"],
            ["Capacity range of the timing pump", "1500-2500 L/h", "3000-5000 L/h"],
            ["Holding tube volume", "125 L", "250 L"],
            ["Holding tube, hygienic tube outside diameter x wall, length", "51 x 1.6 mm, about 70 m", "63.5 x 1.6 mm, about 88 m"],
            ["Holding time at nominal capacity", "180 s", "180 s"],
            ["Plates in the plate pack", "149", "221"],
            ["Tightening dimension A (plates x 3.4 mm)", "507 mm", "751 mm"],
            ["Heat regeneration", "75 %", "75 %"],
            ["Hot water set, steam heated", "60 kW", "110 kW"],
            ["Ice water at 1 °C", "8 m³/h", "15 m³/h"],
            ["Timing pump, rotary lobe", "1.5 kW", "3.0 kW"],
            ["Booster pump, pasteurised side", "1.1 kW", "2.2 kW"],
            ["Balance tank", "100 L", "150 L"],
            ["Product connections", "DN 50", "DN 65"],
            ["Plate pack design pressure", "10 bar", "10 bar"],
            ["Connected load 400 V 3~ 50 Hz, without heating", "9 kW, fuse 25 A", "16 kW, fuse 32 A"],
            ["Mass, empty", "2100 kg", "2900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Holding time (s) = holding tube volume (L) x 3600 / flow (L/h). Example: an LP-2500 run at 2000 L/h holds "
        "for 125 x 3600 / 2000 = 225 s. The holding time is worked out from the mean flow; the settings in section 3 "
        "already include the margin for the fastest product in the tube, so never shorten them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the pasteuriser. Never bridge the FDV, the recorder or a temperature "
            "probe to keep forward flow.",
            "Never send product that has been in divert, or water and egg mixed at start and stop, to a pasteurised "
            "product tank.",
            "Let the plant cool below 40 °C before opening the plate pack or the holding tube.",
            "CIP chemicals: wear face shield, gloves and apron; keep eye wash bottles at the CIP station.",
        ],
    ),
    ("h", "3. Product settings and limits"),
    (
        "cols",
        [
            ("h", "Holding temperatures and times"),
            (
                "p",
                "Whole egg (plain): 64.5 °C, at least 150 s. Egg yolk (plain): 65.5 °C, at least 180 s. Egg white: "
                "56.8 °C, at least 210 s. The maximum flow is the flow at which the holding time is just reached: for "
                "whole egg and yolk the nominal capacity; for egg white 2140 L/h (LP-2500) or 4280 L/h (LP-5000). "
                "Salted, sugared or otherwise blended products are not covered by these settings; their settings come "
                "from the Varmstad process department and must be approved by the site's HACCP team.",
            ),
            ("h", "Flow diversion"),
            (
                "p",
                "The FDV diverts when the temperature at the end of the holding tube falls more than 0.5 °C below the "
                "holding temperature: below 64.0 °C for whole egg, 65.0 °C for yolk and 56.3 °C for egg white. It "
                "also diverts on P04 (flow high). Forward flow resumes only after the temperature has been back at or "
                "above the holding temperature for 30 s.",
            ),
            ("h", "Heating"),
            (
                "p",
                "The hot water entering the heating section must not be more than 4 °C above the holding temperature "
                "for whole egg and yolk, or 2.5 °C above it for egg white. A larger difference burns protein onto the "
                "plates; the controller limits it and shows P08 when it is exceeded.",
            ),
            ("h", "Regenerator pressure"),
            (
                "p",
                "In the regeneration section the pasteurised product must always be at a higher pressure than the raw "
                "product, by at least 0.5 bar, so that a pinhole in a plate cannot let raw egg into pasteurised egg. "
                "The booster pump keeps this difference; P07 stops forward flow if it falls below 0.5 bar.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "Product leaves at 4 °C or less with ice water at 1 °C ±0.5 °C. Ice water above 2 °C gives P09.",
            ),
            ("h", "Run time"),
            (
                "p",
                "Run the pasteuriser for no more than 6 h of product (P13), or until the pressure drop over the "
                "heating section has risen by 1.5 bar from its value at the start of the run (P14), whichever comes "
                "first. Then push out the product and clean (section 7).",
            ),
            ("h", "Thermometers"),
            (
                "p",
                "The holding tube probe and the recorder must agree within ±0.2 °C with a reference thermometer "
                "(monthly check, section 8). The yearly calibration of the reference thermometer and of the recorder "
                "is done by an accredited laboratory chosen by the site.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. Product diverts and the pumps stop."],
            [
                "P02",
                "Holding temperature low",
                "More than 0.5 °C below the holding temperature at the tube outlet. The FDV diverts.",
            ],
            [
                "P03",
                "Holding temperature high",
                "More than 1.5 °C above the holding temperature. Check the hot water control valve.",
            ],
            [
                "P04",
                "Flow high",
                "Flow above the product's maximum flow. The FDV diverts; reduce the timing pump speed.",
            ],
            ["P05", "Flow low", "Below 60 % of the setpoint: balance tank empty, a valve closed or a pump fault."],
            ["P06", "Balance tank low", "Level below 20 %. Raw product supply stopped or too slow."],
            [
                "P07",
                "Regenerator pressure",
                "Pasteurised side less than 0.5 bar above the raw side. Forward flow stops.",
            ],
            [
                "P08",
                "Hot water difference",
                "Hot water more than 4 °C (egg white 2.5 °C) above the holding temperature.",
            ],
            ["P09", "Ice water warm", "Ice water above 2 °C. Product may leave warmer than 4 °C."],
            ["P11", "FDV feedback", "FDV position switches do not match the command. Production stops."],
            ["P12", "Recorder", "The temperature recorder is not recording. Production must not start."],
            ["P13", "Run time", "6 h of product reached. Finish the run and clean."],
            [
                "P14",
                "Pressure drop",
                "Heating section pressure drop up by 1.5 bar since the start of the run. Finish and clean.",
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
                "Frequent diverts although the hot water is at its setpoint",
                "Flow above the product's maximum (egg white above 2140 L/h on the LP-2500 or 4280 L/h on the "
                "LP-5000), or the holding tube probe pocket fouled",
                "Set the flow to section 3; clean the probe pocket",
            ],
            [
                "Product leaves warmer than 4 °C",
                "Ice water too warm or too little, or the ice water section fouled",
                "Check the ice water (P09) and its flow; clean the plant",
            ],
            [
                "Pressure drop rises fast in the first hour",
                "Protein burning on: hot water difference too large, or old raw egg",
                "Check the hot water difference (section 3); ask the site about the age of the raw egg",
            ],
            [
                "White flakes or lumps in the pasteurised egg",
                "Burnt-on protein coming off the heating plates",
                "Stop, push out and clean; check the hot water difference",
            ],
            [
                "Egg white foams in the balance tank",
                "Product falling into the tank from above, or air drawn in at a pump seal",
                "Keep the inlet pipe below the liquid level; check the pump seals",
            ],
            [
                "P07 at the start of every run",
                "Booster pump not started or its outlet valve closed",
                "Start the booster pump before forward flow",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the plant was cleaned after the last run (CIP record) and that the recorder runs with the "
            "right product and date.",
            "Fill the balance tank with water and start the timing pump at the nominal capacity.",
            "Start the hot water set and bring the water at the holding tube outlet to 85 °C.",
            "Keep the FDV in divert and circulate water at 85 °C or more at the holding tube outlet for 20 min. If it "
            "falls below 85 °C, the 20 min start again.",
            "Switch on the ice water and cool the circuit; set the product's holding temperature.",
            "Set the timing pump to the product's flow, never above the maximum flow in section 3.",
            "Start the booster pump and check the regenerator pressure difference: at least 0.5 bar.",
            "Change the balance tank supply from water to raw product. The water is pushed out until product reaches "
            "the outlet (about 3 min on the LP-2500, 4 min on the LP-5000); send the mix to the site's container for "
            "it, never to a pasteurised tank.",
            "Watch the FDV go to forward flow and check the holding temperature on the recorder.",
            "Note the start time for the 6 h run limit.",
        ],
    ),
    ("h", "7. Cleaning (CIP) after production"),
    (
        "ol",
        [
            "Push out the product with water until water shows at the outlet sight glass, and drain.",
            "Connect the pasteuriser to the plant CIP station and set the CIP flow to at least 1.5 times the "
            "production flow: 3750 L/h (LP-2500) or 7500 L/h (LP-5000).",
            "Rinse with water at 45-50 °C for at least 10 min, until it runs clear.",
            "Circulate sodium hydroxide 1.5-2.0 % at 75-80 °C for 30 min; switch the FDV between forward and "
            "divert every 5 min. The hot water set heats the solution; never set it above 90 °C.",
            "Rinse with water for at least 10 min, until the return pH is below 8.5.",
            "Circulate nitric acid 0.8-1.0 % at 60-65 °C for 20 min.",
            "Rinse with water for at least 10 min, until the return pH is above 6.0.",
            "After a run that ended on P14, repeat steps 4 and 5 before the acid.",
            "Record the CIP on the recorder.",
            "Before the next production, sterilise as in section 6.",
        ],
    ),
    ("h", "8. Monthly thermometer and FDV check"),
    (
        "ol",
        [
            "Circulate water at 64.5 °C with the FDV in divert.",
            "Put the reference thermometer in the test pocket next to the holding tube probe and wait 5 min.",
            "Compare: the holding tube probe and the recorder must be within ±0.2 °C of the reference.",
            "If not, correct the offset in SETTINGS > PROBES and record it; if the offset needed is more than "
            "0.5 °C, replace the probe.",
            "Lower the hot water setpoint slowly until the FDV diverts and note the temperature: 64.0 °C ±0.1 °C.",
            "Sign the record.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each run", "CIP (section 7)"],
            ["Daily", "Look for leaks at the pump seals and the plate pack; check the recorder"],
            ["Monthly", "Thermometer and FDV check (section 8)"],
            ["6 months", "Check the timing pump lobes and seals; measure the tightening dimension A"],
            [
                "12 months",
                "Opening of the plate pack and crack test of the plates by Varmstad service; calibration of the "
                "reference thermometer and the recorder by an accredited laboratory",
            ],
            ["3 years, or sooner if a plate pack leaks", "Regasketing of the plate pack by Varmstad service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "LP-2500", "LP-5000"],
            ["Plate, one heating or regeneration plate", "VMS-PL-25", "VMS-PL-50"],
            ["Plate gasket, clip-on", "VMS-GK-25", "VMS-GK-50"],
            ["Holding tube probe Pt100", "VMS-TP-100", "VMS-TP-100"],
            ["FDV seal kit", "VMS-FS-50", "VMS-FS-65"],
            ["Timing pump lobe set", "VMS-LB-15", "VMS-LB-30"],
            ["Timing pump shaft seal", "VMS-SS-15", "VMS-SS-30"],
            ["Recorder, paperless, 6 channels", "VMS-RC-6", "VMS-RC-6"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Frittaro OL continuous omelette lines
FRITTARO = [
    ("title", "Frittaro OL Continuous Omelette Lines\nOperation and Maintenance Manual - OL-40 and OL-60"),
    (
        "p",
        "Document FRT-OM-OL-01, Edition 1, October 2024. Frittaro Cooking Systems. The OL-40 and OL-60 bake liquid "
        "egg mix into a continuous sheet on a PTFE-coated glass fabric belt, fold it and cut it into omelettes. The "
        "mix is pumped from the mix tank to the depositor, which spreads it across the belt through a slot nozzle. "
        "The belt runs over electrically heated bottom platens in two zones, and infrared heaters above it set the "
        "top of the sheet. At the end of the heated length the folding unit leaves the sheet flat or folds it once, "
        "in three or into a roll, and the cross cutter cuts it to length. The OL-40 has a 400 mm belt and a 6.0 m "
        "heated length, the OL-60 a 600 mm belt and a 7.5 m heated length; apart from these and the values given "
        "for each model, the two lines are built alike. The mix preparation, the freezer after the line and the "
        "packing have their own manuals. Recipes, fillings and the baking settings of mixes other than plain whole "
        "egg are set by the site's product development.",
    ),
    (
        "warn",
        "WARNING: The platens and the belt reach 200 °C and the infrared heaters are hotter still. Let the line cool "
        "below 50 °C before cleaning. The cross cutter blade is sharp: lock the main switch before touching it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OL-40", "OL-60"],
            ["Belt width", "400 mm", "600 mm"],
            ["Usable sheet width", "340 mm", "540 mm"],
            ["Heated length", "6.0 m", "7.5 m"],
            ["Belt speed", "0.5-4.0 m/min", "0.5-4.0 m/min"],
            ["Sheet thickness", "3-12 mm", "3-12 mm"],
            ["Bottom platens, two zones, 120-200 °C", "2 x 12 kW", "2 x 21 kW"],
            ["Top infrared heaters", "6 x 1.5 kW", "8 x 2.0 kW"],
            ["Connected load 400 V 3~ 50 Hz", "36 kW, fuse 63 A", "60 kW, fuse 100 A"],
            [
                "Output, plain whole egg mix, 6 mm sheet, 3.0 min baking",
                "250 kg/h at 2.0 m/min",
                "500 kg/h at 2.5 m/min",
            ],
            ["Depositor pump, rotary lobe, 0.75 kW", "1.5-16 L/min", "2.5-26 L/min"],
            ["Cut length", "80-400 mm", "80-400 mm"],
            ["Cut length accuracy at constant speed", "±2 mm", "±2 mm"],
            ["Hood extraction to be provided by the site", "1500 m³/h", "2200 m³/h"],
            ["Belt, PTFE glass fabric 0.35 mm with pin seam, length", "14.2 m", "17.2 m"],
            ["Mass", "1650 kg", "2150 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Belt speed (m/min) = heated length (m) / baking time (min). Deposit (L/min) = usable sheet width (m) x sheet "
        "thickness (mm) x belt speed (m/min). Example for the OL-60: a baking time of 3.0 min gives 7.5 / 3.0 = "
        "2.5 m/min, and a 6 mm sheet then needs 0.54 x 6 x 2.5 = 8.1 L/min of mix. The hood duct and the extraction "
        "fan are the site's, sized by its ventilation contractor.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never put a hand between the belt and the folding unit or into the cutter while the line runs.",
            "Wear heat-resistant gloves when changing the slot nozzle or the scraper on a hot line.",
            "Release oil mist is slippery: keep the floor around the sprayer clean and dry.",
            "Never run the heaters without the hood extraction; the line holds them at 50 % when the airflow switch "
            "does not confirm the extraction (F13).",
        ],
    ),
    ("h", "3. Baking settings and limits"),
    (
        "cols",
        [
            ("h", "Plain whole egg mix"),
            (
                "p",
                "For a plain whole egg mix (whole egg with up to 10 % milk and salt, no fillings), 6 mm thick, the "
                "starting settings are: bottom zone 1 at 160 °C, bottom zone 2 at 150 °C, top heaters at 60 %, "
                "baking time 3.0 min. Mixes with more than 15 % of added ingredients such as cheese, vegetables or "
                "meat need other settings, which the site's product development sets; none are given here.",
            ),
            ("h", "Core temperature"),
            (
                "p",
                "The sheet core must reach at least 75 °C at the end of the heated length. The infrared core sensor "
                "measures every sheet; below 75 °C F12 shows and the cut product goes to the reject bin until the "
                "temperature is reached again.",
            ),
            ("h", "Release oil"),
            (
                "p",
                "The belt is sprayed with release oil before the depositor: no more than 3 g per m² of belt, and at "
                "least 1.5 g. Too little makes the sheet stick; too much gives oily, fried spots. Use only the "
                "food-grade release oil FRT-RO-10.",
            ),
            ("h", "Belt"),
            (
                "p",
                "The belt must run within ±5 mm of the centre; the tracking roller corrects it automatically. More "
                "than 15 mm off centre stops the line (F03). The belt must not exceed 220 °C anywhere: the PTFE "
                "coating breaks down above it.",
            ),
            ("h", "Zone temperatures"),
            (
                "p",
                "Each bottom zone must stay within ±5 °C of its setpoint in production. More than 10 °C off for 2 min "
                "gives F04 (zone 1) or F05 (zone 2).",
            ),
            ("h", "Heating up and stopping"),
            (
                "p",
                "Heat up with the belt running at 1 m/min. The belt must never stand on hot platens for more than "
                "60 s: the standstill protection switches the heating off.",
            ),
            ("h", "Mix"),
            (
                "p",
                "Mix in the tank at 2-6 °C. Never leave mix standing in the depositor for more than 30 min without "
                "flow; push it back to the tank or discard it.",
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
                "Emergency stop or guard",
                "An emergency stop pressed or a guard open. Heaters off; the belt runs on to cool.",
            ],
            ["F02", "Belt drive", "Overload or encoder fault. Look for a fold in the belt or a jam at the folder."],
            ["F03", "Belt tracking", "Belt more than 15 mm off centre. Check the tracking roller and its air supply."],
            ["F04", "Zone 1 temperature", "Bottom zone 1 more than 10 °C off its setpoint for 2 min."],
            ["F05", "Zone 2 temperature", "Bottom zone 2 more than 10 °C off its setpoint for 2 min."],
            ["F06", "Top heater", "An infrared heater or its contactor failed (current monitor)."],
            [
                "F08",
                "Depositor flow",
                "No flow at the depositor for 10 s with the pump running. Check the mix tank and the slot nozzle.",
            ],
            ["F09", "Mix tank low", "Mix below the minimum level. The depositor stops after 60 s."],
            ["F10", "Release oil", "Release oil tank empty or spray nozzle blocked."],
            ["F11", "Cutter", "Blade not in its home position. Look for product wrapped around the blade."],
            ["F12", "Core temperature low", "Core below 75 °C at the end of the heated length. Product to reject."],
            ["F13", "Extraction", "Hood airflow not confirmed. Heaters held at 50 %."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sheet sticks to the belt and tears at the folder",
                "Release oil below 1.5 g/m² or tank empty, belt glazed or worn, or sheet under-baked",
                "Check the oil (F10) and the spray; clean or replace the belt; check the core temperature",
            ],
            [
                "Dark brown spots or a burnt underside",
                "Bottom zones too hot, or the belt slower than the set baking time needs",
                "Lower the zones by 5-10 °C; check the belt speed",
            ],
            [
                "Sheet thicker on one side",
                "Slot nozzle partly blocked, or the nozzle not parallel to the belt",
                "Clean the nozzle; set the nozzle gap to 0.8 mm with a feeler gauge at both ends",
            ],
            [
                "Large blisters on top of the sheet",
                "Air whipped into the mix, or top heaters too hot",
                "Let the mix stand 15 min after mixing; lower the top heaters",
            ],
            [
                "Folds spring open after the folder",
                "Sheet over-baked and dry, or folding plates set too wide",
                "Shorten the baking time; set the folding plates to the sheet thickness",
            ],
            [
                "Cut lengths vary by more than 2 mm",
                "Belt speed changing, or the outfeed conveyor slipping",
                "Check the speed; check the outfeed belt tension",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting the line"),
    (
        "ol",
        [
            "Look over the belt for cuts and frayed edges and check the release oil level.",
            "Switch on the main switch and the hood extraction.",
            "Start the belt at 1 m/min.",
            "Select the recipe; the zones heat to their setpoints (about 25 min from cold).",
            "Fill the mix tank with mix at 2-6 °C and prime the depositor to the return.",
            "Start the release oil spray.",
            "When all zones are at setpoint, set the recipe's belt speed and start depositing.",
            "Check the first sheets: thickness across the width, core temperature (at least 75 °C) and colour.",
            "Start the folder and the cutter and measure the length of five omelettes.",
        ],
    ),
    ("h", "7. Setting up a new product"),
    (
        "ol",
        [
            "Take the baking time, sheet thickness and cut length from the product specification of the site's "
            "product development.",
            "Work out the belt speed: heated length / baking time (OL-40 6.0 m, OL-60 7.5 m).",
            "Work out the deposit: usable width x thickness x belt speed (OL-40 0.34 m, OL-60 0.54 m).",
            "Enter both in a new recipe with the zone and top heater settings.",
            "Calibrate the depositor at the new deposit (section 8).",
            "Run a test sheet and measure its thickness at three points across the width: within ±0.5 mm of the "
            "target.",
            "Check the core temperature at the end of the heated length: at least 75 °C.",
            "Save the recipe and record its release.",
        ],
    ),
    ("h", "8. Calibrating the depositor"),
    (
        "ol",
        [
            "Run the depositor at the set flow into a tared container for 60 s.",
            "Weigh the mix and divide by its density (1.03 kg/L for plain whole egg mix) to get L/min.",
            "The flow must be within ±2 % of the set flow. If not, enter the measured value in the pump "
            "calibration menu and repeat from step 1.",
        ],
    ),
    ("h", "9. Replacing the belt"),
    (
        "ol",
        [
            "Let the line cool below 50 °C and lock the main switch.",
            "Release the belt tension by switching off the air to the tension cylinders.",
            "Pull the pin out of the seam and tie the new belt to the end of the old one.",
            "Pull the new belt through with the old one, running it over all rollers in the same path.",
            "Join the seam and push in the new pin.",
            "Switch the tension air back on: 2.5 bar.",
            "Run at 1 m/min and check that the belt tracks within ±5 mm over three revolutions.",
            "Season the new belt: heat to 180 °C and spray release oil at 3 g/m² for two revolutions before "
            "production.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the belt with the scraper and a damp cloth at 50-60 °C; clean the slot nozzle and cutter"],
            ["Weekly", "Check the belt seam and edges; check the scraper blade; clean the core sensor lens"],
            ["Monthly", "Calibrate the depositor (section 8); check the tracking roller"],
            [
                "6 months or 2000 h, whichever comes first",
                "Check the platen surfaces for wear; test the standstill protection",
            ],
            [
                "When an element fails (F06)",
                "Infrared heater elements are replaced by a qualified electrician following Frittaro service "
                "instruction FRT-SI-07, which is not part of this manual",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "OL-40", "OL-60"],
            ["Belt, PTFE glass fabric with pin seam", "FRT-BT-40", "FRT-BT-60"],
            ["Infrared heater element", "FRT-IR-15", "FRT-IR-20"],
            ["Slot nozzle", "FRT-SN-34", "FRT-SN-54"],
            ["Cutter blade", "FRT-CB-40", "FRT-CB-60"],
            ["Belt scraper blade", "FRT-SB-40", "FRT-SB-60"],
            ["Release oil, food grade, 10 L", "FRT-RO-10", "FRT-RO-10"],
            ["Core temperature sensor, infrared", "FRT-CS-1", "FRT-CS-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Heltsby HR-16 hot room for egg white powder
HELTSBY = [
    ("title", "Heltsby HR-16 Hot Room for Egg White Powder\nOperation and Maintenance Manual"),
    (
        "p",
        "Document HLT-OM-HR16-02, Edition 2, February 2025. Heltsby Climate Rooms. The HR-16 is an insulated room for "
        "the dry heat treatment of spray-dried egg white powder in its sealed packaging. It holds 16 pallets. Four "
        "heater banks and four circulation fans in the ceiling plenum blow warm air down the side walls and across the "
        "pallets. The room controller holds the air temperature and times the treatment from the readings of 16 "
        "product probes, one for each pallet position, and four air probes. The treatment raises the gel strength "
        "and the whipping properties of the powder and lowers its bacterial count. The programme used for each "
        "product and the release of treated batches are the responsibility of the site's quality department. The "
        "spray dryer, the powder packing line and the laboratory tests are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The room air reaches 85 °C. Never enter the room during heat-up or hold; if entry is unavoidable, "
        "stop the programme, wait until the air is below 40 °C and wear heat-resistant gloves. The emergency door "
        "release inside the room must never be blocked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Capacity", "16 pallets of 1200 x 1000 mm, height up to 1.6 m, up to 800 kg each (12 800 kg in total)"],
            ["Internal dimensions (length x width x height)", "8.4 x 4.2 x 2.6 m"],
            ["Walls, ceiling and floor", "150 mm PIR sandwich panels with a stainless steel inner skin; insulated floor"],
            ["Door", "Insulated sliding door 2.0 x 2.4 m with a heated seal"],
            ["Air temperature range", "40-85 °C"],
            ["Heating", "4 heater banks of 12 kW (48 kW)"],
            ["Circulation", "4 fans of 1.1 kW, 6000 m³/h each (24 000 m³/h)"],
            ["Air temperature uniformity, empty room at 67 °C", "±1.0 °C"],
            ["Product temperature uniformity in the hold, full load", "±1.5 °C"],
            [
                "Heat-up time, full load of 25 kg cartons from 20 °C to a product core of 67 °C",
                "about 48 h",
            ],
            ["Cool-down time, full load, from 67 °C to 35 °C", "about 36 h"],
            ["Independent over-temperature cut-out", "90 °C, manual reset"],
            ["Probes", "16 product probes (Pt100, 300 mm lance, 10 m cable) and 4 air probes (Pt100)"],
            ["Data logging", "Every 5 min; 400 days of memory; export by USB and Ethernet"],
            ["Fresh air and exhaust dampers", "2 x DN 200, motorised, open only in the cool-down"],
            ["Supply", "400 V 3~ 50 Hz, 56 kW, fuse 100 A"],
        ],
        (80, 90),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Egg white powder is a combustible dust. Keep the room and the plenum free of powder deposits and never "
            "use compressed air to blow powder off surfaces.",
            "Use only electric pallet trucks approved by the site for the room; switch them off and take them out "
            "before starting a programme.",
            "Never bridge the over-temperature cut-out or the door switch.",
            "The heater banks stay hot for about 30 min after switching off.",
        ],
    ),
    ("h", "3. Programmes and limits"),
    (
        "cols",
        [
            ("h", "Programmes"),
            (
                "p",
                "P1 Standard: product core 67 °C, hold 14 days (336 h). P2 High gel: product core 75 °C, hold 10 days "
                "(240 h). P3 to P9 are free programmes for the settings that the site's quality department sets for "
                "its customers' specifications; Heltsby gives none.",
            ),
            ("h", "Start of the hold"),
            (
                "p",
                "The hold timer starts only when every active product probe reads at least the setpoint minus "
                "1.0 °C (66.0 °C in P1). Positions with no pallet must be switched off on the controller, or their "
                "probes hold the timer back.",
            ),
            ("h", "During the hold"),
            (
                "p",
                "If any active product probe falls more than 2.0 °C below the setpoint for longer than 30 min, H06 "
                "shows and the hold timer pauses; the time spent below does not count. The timer also pauses during "
                "a power failure (H11), and it runs on when all probes are back within 1.0 °C of the setpoint.",
            ),
            ("h", "Air temperature"),
            (
                "p",
                "During heat-up the air may run up to the setpoint plus 5 °C (72 °C in P1), never more; in the hold it "
                "runs at the setpoint plus 0.5 °C. The independent cut-out at 90 °C switches off all heaters.",
            ),
            ("h", "Powder"),
            (
                "p",
                "Treat only powder with a moisture content of no more than 8 %, in sealed bags. Wetter powder cakes "
                "and turns brown in the hold. The moisture is measured by the site's laboratory before loading.",
            ),
            ("h", "Loading"),
            (
                "p",
                "Leave 100 mm between pallets and at least 300 mm between any pallet and the heater wall; the floor "
                "marks show the positions. Remove stretch film from the tops of the pallets.",
            ),
            ("h", "Door"),
            (
                "p",
                "Keep the door closed during heat-up and hold. If it is open for more than 5 min H07 shows and the "
                "heaters stop.",
            ),
            ("h", "Cool-down"),
            (
                "p",
                "After the hold the heaters switch off and the dampers open. Unload only when all product probes "
                "read 35 °C or less; the controller then shows UNLOAD.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed inside or outside the room. Heaters and fans stop."],
            [
                "H02",
                "Over-temperature cut-out",
                "Air above 90 °C. Find the cause before resetting the cut-out by hand.",
            ],
            ["H03", "Air probe fault", "An air probe open or short-circuited. The room runs on the other three."],
            [
                "H04",
                "Product probe fault",
                "A product probe open or short-circuited, or reading below 15 °C at the start (probe not inserted).",
            ],
            ["H05", "Fan fault", "A circulation fan motor protection tripped."],
            [
                "H06",
                "Product below setpoint",
                "An active probe more than 2.0 °C below the setpoint for 30 min in the hold. The hold timer pauses.",
            ],
            ["H07", "Door open", "Door open for more than 5 min. Heaters stop until it is closed."],
            ["H09", "Heater bank fault", "Current of a heater bank outside its range. Check the elements and fuses."],
            ["H10", "Logger memory", "Logger memory 90 % full. Export and clear the old records."],
            ["H11", "Power failure", "Supply lost during a treatment. The hold timer pauses and resumes later."],
            ["H12", "Service due", "12 months since the last Heltsby service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One pallet heats up much more slowly than the others",
                "Pallet closer than 100 mm to its neighbours, stretch film over the top, or the probe in an outer "
                "carton",
                "Keep the 100 mm gaps; take the film off the top; put the probe in the centre carton",
            ],
            [
                "Hold timer does not count",
                "An active probe below the setpoint minus 1.0 °C, or the probe of an empty position still switched on",
                "Check all probe readings; switch off empty positions",
            ],
            [
                "Powder caked or brown after treatment",
                "Powder moisture above 8 %, wrong programme, or a pallet closer than 300 mm to the heater wall",
                "Check the moisture before loading; check the programme; use the floor marks",
            ],
            [
                "Heat-up far longer than 48 h",
                "A heater bank failed (H09), a fan turning backwards after electrical work, or a leaking door seal",
                "Check the heater currents and the fan direction; check the seal heater",
            ],
            [
                "Air temperature swinging by more than 3 °C",
                "Air probe loose or in the heater outlet stream, or controller settings changed",
                "Fix the air probe; restore the controller settings from the backup",
            ],
            [
                "Condensate on the floor at cool-down",
                "Cold outside air meeting warm product when the dampers open",
                "Normal in winter; wipe the floor dry before unloading",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Loading and inserting the probes"),
    (
        "ol",
        [
            "Check that the room is clean and dry and that the record of the last batch is closed.",
            "Check the laboratory's moisture result for each batch: no more than 8 %.",
            "Bring the pallets in and set them on the floor marks: 100 mm between pallets and at least 300 mm from "
            "the heater wall.",
            "Remove the stretch film from the tops of the pallets; the film on the sides may stay.",
            "Insert the product probe of each position into the centre carton of the middle layer, through the "
            "carton's probe port and the bag's probe sleeve, so that the tip sits in the middle of the powder.",
            "Switch off the positions with no pallet on the controller.",
            "Close the door and check that the seal heater lamp is lit.",
        ],
    ),
    ("h", "7. Running a treatment"),
    (
        "ol",
        [
            "Select the programme: P1, P2 or a free programme released by the quality department.",
            "Enter the batch number of each position.",
            "Press START. Heat-up begins with the air limited to the setpoint plus 5 °C.",
            "After 2 h check that all active product probes are rising.",
            "The hold timer starts when all active probes reach the setpoint minus 1.0 °C; the controller shows the "
            "expected end.",
            "After the hold the cool-down runs; wait for UNLOAD (all probes at 35 °C or less).",
            "Export the batch record by USB and hand it to the quality department, which releases the batch.",
        ],
    ),
    ("h", "8. Monthly probe check"),
    (
        "ol",
        [
            "Take out a product probe and put it in a dry block calibrator at 67 °C together with a reference "
            "thermometer.",
            "After 10 min compare the readings: within ±0.3 °C.",
            "Enter an offset of up to 0.5 °C in the controller; replace any probe that needs more.",
            "Repeat for all 20 probes and record the results.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Between batches",
                "Dry cleaning with an industrial vacuum cleaner rated for combustible dust; never hose the room, "
                "the floor has no drain; check probe cables and lances",
            ],
            ["Monthly", "Probe check (section 8); check the door seal heater"],
            [
                "6 months",
                "Clean the fans and heater banks; check the fan bearings; test the over-temperature cut-out with the "
                "test key",
            ],
            ["12 months (H12)", "Heltsby service: insulation test of the heater banks, controller backup, air probe "
             "calibration certificate"],
            ["5 years", "Replace the door seal"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Product probe Pt100 with 300 mm lance and 10 m cable", "HLT-PP-300"],
            ["Air probe Pt100", "HLT-AP-1"],
            ["Heater bank 12 kW", "HLT-HB-12"],
            ["Circulation fan 1.1 kW, complete", "HLT-CF-11"],
            ["Door seal with heater cable, 9 m", "HLT-DS-9"],
            ["Over-temperature cut-out", "HLT-OT-90"],
            ["Damper actuator", "HLT-DA-2"],
        ],
        (120, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("skalmark-bs-egg-breaker-and-separator.pdf", "Skalmark SKM-OM-BS-04 Ed 3 - BS-60 / BS-90", SKALMARK),
        ("varmstad-lp-liquid-egg-pasteuriser.pdf", "Varmstad VMS-OM-LP-02 Ed 2 - LP-2500 / LP-5000", VARMSTAD),
        ("frittaro-ol-continuous-omelette-line.pdf", "Frittaro FRT-OM-OL-01 Ed 1 - OL-40 / OL-60", FRITTARO),
        ("heltsby-hr-egg-white-powder-hot-room.pdf", "Heltsby HLT-OM-HR16-02 Ed 2 - HR-16", HELTSBY),
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
