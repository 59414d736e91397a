"""Generate the PDF manuals of the eighty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set82venv && /tmp/set82venv/bin/pip install fpdf2 pypdf
    /tmp/set82venv/bin/python knowledge/samples/eightysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical.
The rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Cannavel KLC cane carriers with leveller knives
CANNAVEL = [
    ("title", "Cannavel KLC Cane Carriers with Leveller Knife Set\nOperation and Maintenance - KLC-20 and KLC-24"),
    (
        "p",
        "Document CNV-OM-KLC-07, Edition 3, March 2025. Cannavel Cane Handling. The KLC-20 and KLC-24 are main "
        "cane carriers: a steel slat conveyor on two strands of chain that runs horizontally under the feeder table "
        "and then rises at 18° to the cane preparation plant, with one leveller knife set mounted over the rising "
        "section. The leveller cuts the top of the cane pile down to an even bed before the cane reaches the second "
        "knife set or the shredder; these machines are not part of this supply and are covered by their own makers' "
        "manuals. Apart from the width, the capacity, the drives, the chain and the items named in this manual, the "
        "two models are built alike. The feeder table, the cane unloading crane, the tramp iron magnet, the motor "
        "control centre (MCC) and the supply cables are the site's.",
    ),
    (
        "warn",
        "DANGER: The leveller rotor runs on for up to 4 minutes after a stop. Never open the leveller hood or enter "
        "the carrier until the rotor has stopped, both drives are locked off at the MCC and the zero-speed lamp on "
        "the local panel is lit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KLC-20", "KLC-24"],
            ["Slat width inside the side plates", "2000 mm", "2400 mm"],
            ["Length between sprocket centres (16 m horizontal, 20 m rising)", "36 m", "36 m"],
            ["Incline of the rising section", "18°", "18°"],
            [
                "Cane capacity, whole-stick burnt cane, 1.2 m bed of 175 kg/m³ at 10 m/min (see below)",
                "250 t/h",
                "300 t/h",
            ],
            ["Carrier speed range (VFD)", "3-12 m/min", "3-12 m/min"],
            ["Carrier drive motor 400 V 3~ 50 Hz, helical-bevel gearbox", "37 kW, 68 A", "45 kW, 81 A"],
            ["Chain, two strands, pitch", "152.4 mm", "152.4 mm"],
            ["Chain breaking load per strand", "450 kN", "560 kN"],
            ["Slat thickness", "8 mm", "10 mm"],
            ["Take-up travel, screw take-up at the tail shaft", "600 mm", "600 mm"],
            ["Leveller rotor diameter over the knife tips", "1500 mm", "1500 mm"],
            ["Leveller speed (V-belts, ratio 3:1)", "500 rpm", "500 rpm"],
            ["Knives, one per 50 mm of working width", "38", "46"],
            ["Leveller motor 690 V 3~ 50 Hz", "200 kW, 199 A", "250 kW, 249 A"],
            ["Knife tip clearance above the slats, settable", "250-500 mm", "250-500 mm"],
            ["Knife tip clearance, factory setting", "350 mm", "400 mm"],
            ["Mass of the carrier with chain and slats", "38 t", "46 t"],
            ["Mass of the leveller rotor with knives", "3.1 t", "3.7 t"],
        ],
        (100, 35, 35),
    ),
    (
        "p",
        "The capacity holds only for whole-stick burnt cane forming a bed of 1.2 m with a bulk density of about "
        "175 kg/m³ at a carrier speed of 10 m/min. Green cane with its trash and chopped (billet) cane from "
        "harvesters lie at other densities; Cannavel gives no capacity figures for them. For such cane the site's "
        "process engineer sets the carrier speed from the crushing rate. The knife tip speed is about 39 m/s at "
        "500 rpm.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Pull-cord emergency stops run along both sides of the carrier. Test every pull-cord once a week.",
            "Never walk on the slats or on the cane bed, whether the carrier runs or not. Use the walkways.",
            "The leveller hood doors are interlocked: the leveller cannot start with a door open. Never bridge the "
            "door switches.",
            "Knives weigh about 11 kg each and are sharp. Wear cut-resistant gloves and lift the knives with the "
            "knife tongs supplied.",
            "Stones, iron and other tramp material break knives. Report every broken knife to the shift supervisor.",
            "Hot work on or near the carrier needs the site's hot work permit: trash and bagasse dust burn easily.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Carrier speed and cane bed"),
            (
                "p",
                "The carrier speed follows the mill feed control (chute level of the first mill) within 3-12 m/min. "
                "Keep the cane pile no higher than 1.5 m above the slats at the leveller inlet; a higher pile chokes "
                "the leveller hood. With wet or muddy cane, limit the speed to 8 m/min so that the cane does not "
                "slide back on the incline.",
            ),
            ("h", "Leveller load control"),
            (
                "p",
                "The carrier slows down by itself when the leveller current exceeds 90 % of the rated current "
                "(179 A on the KLC-20, 224 A on the KLC-24) and speeds up again when it falls below 80 %. At more "
                "than 105 % for longer than 10 s the carrier stops (C05); the leveller keeps running to clear the "
                "hood.",
            ),
            ("h", "Knife clearance"),
            (
                "p",
                "Set the clearance from the knife tips to the slats within 250-500 mm. A lower setting gives a more "
                "even bed but raises the leveller current. Never set it below 250 mm: a lifted slat or a tramp object "
                "would reach the knives. Both rotor ends must be set within 5 mm of each other.",
            ),
            ("h", "Knife wear"),
            (
                "p",
                "Turn or replace a knife when its edge has worn back by 15 mm or more, or when the hard facing has "
                "gone from more than one third of the edge, whichever comes first. Each knife may be turned once.",
            ),
            ("h", "Vibration and bearings"),
            (
                "p",
                "Vibration sensors sit on both leveller bearing housings. Warning C06 above 6.3 mm/s rms; trip C07 "
                "above 10 mm/s rms. Bearing temperature: warning above 85 °C, trip above 95 °C (C09).",
            ),
            ("h", "Chain"),
            (
                "p",
                "Chain elongation is measured over 10 pitches; nominal 1524 mm. Replace both strands when either "
                "measures more than 1570 mm (3 % elongation). The take-up screws on the two sides must stand within "
                "10 mm of each other.",
            ),
            ("warn", "Never weld on the chain, the pins or the slat attachments: the heat ruins their hardening."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Carrier VFD fault", "Read the VFD fault log. Reset once; if it returns, call the electrician."],
            [
                "C02",
                "Carrier overload",
                "Torque above 120 % for 5 s. Look for a choke at the leveller hood or a jammed slat.",
            ],
            [
                "C03",
                "Carrier underspeed",
                "Tail shaft below 50 % of the set speed for 3 s: broken chain or sheared sprocket key possible. "
                "Inspect before any restart.",
            ],
            ["C04", "Take-up end of travel", "Less than 100 mm of take-up travel left. Shorten the chain (section 7)."],
            [
                "C05",
                "Leveller overload",
                "Current above 105 % for 10 s; carrier stopped. Let the leveller clear the hood; raise the knives "
                "by 50 mm if it repeats.",
            ],
            ["C06", "Leveller vibration warning", "Above 6.3 mm/s. Check the knives at the next stop (section 6)."],
            ["C07", "Leveller vibration trip", "Above 10 mm/s. Look for broken or missing knives before restart."],
            ["C09", "Leveller bearing temperature", "Warning 85 °C, trip 95 °C. Check grease and bearing."],
            ["C10", "Downstream not running", "Start the knife set or shredder and the mill tandem first."],
            ["C11", "Pull-cord or emergency stop", "Find and reset the pull-cord; find out why it was pulled."],
            ["C12", "Chain lubricator tank low", "Refill with chain oil CNV-CO-20."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Cane slides back down the incline",
                "Speed too high for wet or muddy cane; slat lips worn",
                "Limit the speed to 8 m/min; replace slats whose lip is worn below 20 mm",
            ],
            [
                "Carrier keeps slowing down although the feed is normal",
                "Knife clearance too low; knives blunt; pile higher than 1.5 m",
                "Raise the clearance in 50 mm steps; turn or replace the knives",
            ],
            [
                "Chain rides up on the sprocket teeth, knocking at the head shaft",
                "Chain elongated beyond 1570 mm per 10 pitches; sprocket teeth hooked",
                "Measure the chain (section 7); change the sprockets with the chain",
            ],
            [
                "Slats run skewed, one side ahead",
                "Take-up screws unequal; one strand longer",
                "Set the take-ups within 10 mm of each other; measure both strands",
            ],
            [
                "Leveller shakes after a knife change",
                "Opposite knives of unequal mass; a knife position left empty",
                "Weigh the knives: opposite knives within 100 g of each other; fill every position",
            ],
            [
                "Leveller bearing runs hot",
                "Too much or too little grease; belts too tight",
                "Grease 60 g per bearing as section 8; check the belt tension",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Starting and stopping"),
    (
        "ol",
        [
            "Check that the C10 lamp is off: the knife set or shredder and the mill tandem must already run.",
            "Check that the leveller hood doors are shut and every pull-cord is reset.",
            "Start the leveller. Wait until it has reached 500 rpm (about 40 s) and its current has fallen back.",
            "Start the carrier at 3 m/min and hand it over to the mill feed control.",
            "To stop: stop the feeder table, run the carrier empty, stop the carrier, then stop the leveller.",
        ],
    ),
    ("p", "6.2 Changing the leveller knives"),
    (
        "ol",
        [
            "Stop the carrier and the leveller, lock off both drives at the MCC and wait for the zero-speed lamp.",
            "Open the leveller hood doors and put the rotor locking pin into the disc hole.",
            "Undo the bolts of one pair of opposite knives and lift the knives out with the tongs.",
            "Weigh the new knives and fit them in opposite pairs whose masses differ by no more than 100 g.",
            "Fit new M24 10.9 bolts and nuts (never reuse them) and tighten them to 900 Nm.",
            "Remove the locking pin, turn the rotor to the next pair, refit the pin and repeat.",
            "Remove the locking pin, close the doors and run the leveller empty for 10 min; the vibration must "
            "stay below 4.5 mm/s.",
            "Retighten all knife bolts to 900 Nm after 8 h of running.",
        ],
    ),
    ("p", "6.3 Setting the knife clearance"),
    (
        "ol",
        [
            "Lock off both drives. Turn the rotor so that one knife points straight down.",
            "Measure from the knife tip to the top of the slat at both rotor ends with the measuring stick.",
            "Slacken the eight M30 frame clamp bolts. Turn the two jacking screws equally: one turn is 5 mm.",
            "Set both ends to the new value, within 5 mm of each other.",
            "Tighten the clamp bolts to 1400 Nm and write the new setting in the log book.",
        ],
    ),
    ("h", "7. Chain elongation and take-up"),
    (
        "ol",
        [
            "Stop the carrier with a clean length of chain on the top run of the horizontal section, under load "
            "of its own weight.",
            "Measure over 10 pitches (11 pins), pin centre to pin centre, on both strands at three places.",
            "Nominal is 1524 mm. Replace both strands and the sprockets when any reading is more than 1570 mm.",
            "Set the take-up screws so that the return run sags 150-250 mm between return rollers, with the two "
            "screws within 10 mm of each other.",
            "When C04 shows, take out two links from each strand, set the take-ups back to 500 mm of travel left "
            "and repeat step 4.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Walk the carrier; look for broken slats and loose attachments; check the chain lubricator"],
            ["Weekly", "Test every pull-cord; check the knife bolts and the take-up positions"],
            [
                "500 h or monthly, whichever comes first",
                "Grease the leveller bearings, 60 g each; check the V-belts",
            ],
            ["2000 h", "Measure the chain elongation (section 7); check the sprocket teeth"],
            [
                "Off-season",
                "Replace worn slats; check shafts, sprockets and bearings; Cannavel service: balance check of the "
                "leveller rotor",
            ],
        ],
        (55, 115),
    ),
    (
        "p",
        "Rebalancing the leveller rotor, replacing its shaft and repairing the knife discs are done by Cannavel "
        "service only. Cannavel does not publish a procedure for them.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "KLC-20", "KLC-24"],
            ["Leveller knife, hard-faced", "CNV-LK-150", "CNV-LK-150"],
            ["Knife bolt set M24 10.9 (bolt, nut, washer)", "CNV-KB-24", "CNV-KB-24"],
            ["Chain, one strand, 10 m length", "CNV-CH-450", "CNV-CH-560"],
            ["Slat", "CNV-SL-20", "CNV-SL-24"],
            ["V-belt set, leveller", "CNV-VB-200", "CNV-VB-250"],
            ["Leveller bearing", "CNV-BR-22240", "CNV-BR-22244"],
            ["Chain oil, 20 L", "CNV-CO-20", "CNV-CO-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Lixandra CDF-400 cane diffuser
LIXANDRA = [
    ("title", "Lixandra CDF-400 Cane Diffuser\nOperating and Maintenance Manual"),
    (
        "p",
        "Document LXD-OM-CDF-11, Edition 1, January 2025. Lixandra Extraction Systems. The CDF-400 is a moving-bed "
        "cane diffuser. Prepared cane travels on a perforated floor, pulled by drag chains, through a long closed "
        "tank while juice is pumped over the bed from stage to stage against the direction of travel. Imbibition "
        "water enters near the discharge end and draft juice is drawn off near the feed end. Cane preparation "
        "(knives and shredder), the dewatering mills after the diffuser, the scalding juice heater and the milk of "
        "lime plant are not part of this supply; they are covered by their own manuals. Steam, water and power "
        "up to the terminal points, the draft juice tank after the juice screen and the bagasse conveyors are the "
        "site's.",
    ),
    (
        "warn",
        "DANGER: The diffuser tank is a confined space holding hot juice, and fermenting juice gives off carbon "
        "dioxide and hydrogen sulphide. Enter only under the site's confined space permit, with the bed removed, all "
        "pumps and drives locked off, the tank ventilated for at least 2 h and the air tested.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CDF-400"],
            ["Nominal cane rate (conditions below)", "400 t/h"],
            ["Bed width inside the tank", "9.0 m"],
            ["Effective bed length, feed chute to last stage", "60 m"],
            ["Bed height, settable", "1.2-1.8 m (nominal 1.6 m)"],
            ["Bed speed range", "0.5-1.5 m/min"],
            ["Retention time at 400 t/h with a 1.6 m bed", "about 65 min"],
            ["Juice stages", "16 stages plus the draft juice tray"],
            ["Stage pumps, one per stage", "200 m³/h at 18 m head, 18.5 kW each"],
            ["Imbibition water", "250-300 % on fibre, at 80-85 °C"],
            ["Draft juice", "about 105-115 % on cane"],
            ["Floor plates, stainless steel 3CR12", "6 mm holes"],
            ["Drag chains", "4 strands, pitch 250 mm, breaking load 900 kN each"],
            ["Chain drive", "2 hydraulic motors on the head shaft; power pack 2 x 37 kW"],
            ["Chain drive pressure: normal / alarm D01 / relief", "90-150 bar / 190 bar / 250 bar"],
            ["Lifting screws (bed loosening) at the discharge", "12 screws of 1.0 m diameter in 2 rows"],
            ["Lifting screw immersion in the bed, settable", "200-600 mm"],
            ["Hydraulic oil", "ISO VG 68 (HM 68), tank 1200 L"],
            ["Mass of the tank, empty / in operation", "420 t / 1350 t"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The nominal rate and the extraction guarantee hold only for cane with a fibre content of 12-16 %, a "
        "preparation index of at least 90, an imbibition of at least 250 % on fibre and a retention time of at "
        "least 60 min. Under these conditions the pol extraction of the diffuser with its dewatering mills is at "
        "least 97.5 %. The preparation index is measured by the site's laboratory by the method the site uses; "
        "this manual does not describe it. Lixandra gives no extraction figure outside these conditions.",
    ),
    (
        "p",
        "Example for the imbibition: 400 t/h of cane with 14 % fibre carry 56 t/h of fibre; 250-300 % on fibre is "
        "then 140-168 t/h of imbibition water.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the inspection doors shut while the diffuser is in operation: juice at 85 °C sprays from the "
            "distributors.",
            "Lock off the chain drive, the lifting screws and every stage pump before putting a hand or a tool "
            "through an inspection door.",
            "The hydraulic chain drive holds up to 250 bar. Relieve the pressure before opening any hydraulic line.",
            "The walkways over the tank are wet and sugary: wear safety boots and keep the wash hoses coiled.",
            "Juice and cleaning chemicals burn skin and eyes: wear a face shield when taking juice samples.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Bed speed and retention"),
            (
                "p",
                "Retention time (min) = 60 m / bed speed (m/min). At 0.93 m/min the retention is about 65 min. "
                "Do not run faster than 1.0 m/min for longer than 30 min: the retention falls below 60 min and the "
                "extraction with it.",
            ),
            ("h", "Bed height"),
            (
                "p",
                "The feed chute level controller holds the bed at the set height. Raise the bed above 1.6 m only "
                "when the preparation is good; a bed above 1.8 m floods at the feed end (D04).",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Keep the bed at 80-88 °C, read at stages 4, 8 and 12. Below 75 °C for more than 10 min D08 comes "
                "on: micro-organisms grow and sucrose is lost as lactic acid and dextran. Above 90 °C (D09) the juice "
                "picks up colour and the bagasse softens, which slows the percolation.",
            ),
            ("h", "pH"),
            (
                "p",
                "Keep the juice at stage 8 at pH 5.8-6.3 by dosing milk of lime into the stage 8 tray. The lime dose "
                "is set by the site's process control.",
            ),
            ("h", "Hygiene"),
            (
                "p",
                "Biocide is dosed into stage 1 and the draft juice tray. The product, the dose and the dosing times "
                "are set by the site's chemist; they are not Lixandra's.",
            ),
            ("h", "Percolation"),
            (
                "p",
                "A stage floods when the juice it receives cannot pass through the bed. Flooding shows as a rising "
                "level in the tray window and as D06 from the level probes above the bed.",
            ),
            ("warn", "Never run a stage pump against a closed spray valve for more than 2 min."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["D01", "Chain drive pressure high", "Above 190 bar for 30 s. Reduce the bed height; see section 5."],
            ["D02", "Chain drive relief", "250 bar reached; chain stopped. Inspect the bed and chains before restart."],
            ["D03", "Chain underspeed", "Head shaft below 50 % of the set speed. Check for a chain off a sprocket."],
            ["D04", "Bed high at feed", "Above 1.8 m. Reduce the cane rate."],
            ["D05", "Bed low at feed", "Below 1.2 m. Juice bypasses the bed; raise the cane rate or slow the bed."],
            ["D06", "Flooding", "Juice above the bed at the stage shown. Clear it (section 6.4)."],
            ["D07", "Stage pump tripped", "Stage shown. Restart once; if it trips again, call the electrician."],
            ["D08", "Bed temperature low", "Below 75 °C for 10 min. Check the scalding juice heater."],
            ["D09", "Bed temperature high", "Above 90 °C. Reduce the heating of the scalding juice."],
            ["D10", "Lifting screw overload", "Raise the screws by 100 mm; check for tramp material."],
            ["D12", "Hydraulic oil temperature high", "Above 65 °C. Check the oil cooler water."],
            ["D13", "Hydraulic oil level low", "Look for leaks; top up with HM 68."],
            ["D14", "Draft juice tray high level", "Check the draft juice pump and the juice screen."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Juice stands on top of the bed at the first stages (flooding)",
                "Poor preparation (index below 90); bed too high; soil and mud with the cane; lifting screws too "
                "shallow",
                "Lower the bed by 0.2 m; ask the preparation plant for a finer cut; set the screws 100 mm deeper",
            ],
            [
                "Pol in bagasse rising, extraction falling",
                "Retention below 60 min; imbibition below 250 % on fibre; bed below 80 °C; channelling",
                "Check the bed speed, the imbibition flow and the temperatures; check the spray distributors",
            ],
            [
                "Chain drive pressure above 190 bar (D01)",
                "Bed too deep; tramp iron; a floor plate lifted; a chain off its sprocket",
                "Reduce the bed height; stop and inspect if the pressure keeps rising",
            ],
            [
                "Draft juice brix low with normal cane",
                "Too much imbibition; imbibition valve passing; wash water entering",
                "Check the imbibition flow against 250-300 % on fibre; check the wash valves",
            ],
            [
                "Sour smell, pH falling in the first stages",
                "Bed below 75 °C; long stop without heating; biocide missed",
                "Bring the bed back to 80-88 °C; tell the site's chemist",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Starting from empty"),
    (
        "ol",
        [
            "Check that the chain drive, the lifting screws and all stage pumps are free and that the hydraulic oil "
            "is at least 20 °C.",
            "Fill the stage trays with hot water of at least 80 °C to the minimum level mark.",
            "Start the chain at 0.5 m/min and start the cane feed; build the bed to 1.6 m at the feed end.",
            "Start each stage pump, from stage 1 onwards, as the bed reaches that stage.",
            "Start the imbibition water when the bed reaches stage 16 and bring it to 250 % on fibre.",
            "Start the lifting screws when the bed reaches them, at 400 mm immersion.",
            "When the bed reaches the discharge, raise the bed speed to the production setting.",
        ],
    ),
    ("p", "6.2 Stops of up to 4 h"),
    (
        "ol",
        [
            "Stop the cane feed and the chain; keep the stage pumps circulating.",
            "Keep the bed at 80 °C or more with the scalding juice heater.",
            "If the stop lasts longer than 4 h, empty the diffuser (6.3).",
        ],
    ),
    ("p", "6.3 Emptying"),
    (
        "ol",
        [
            "Stop the cane feed. Run the chain at 1.0 m/min with the stage pumps on until the bed has left stage 1.",
            "Stop the stage pumps one by one as the bed leaves each stage; keep the imbibition on until the bed "
            "has left stage 16.",
            "Run the chain until the tank is empty, then drain the trays to the site's sweet water tank.",
        ],
    ),
    ("p", "6.4 Clearing a flooded stage"),
    (
        "ol",
        [
            "Note which stage floods (tray window and D06).",
            "Cut the flow to that stage by 25 % with its spray valve.",
            "Lower the bed by 0.2 m at the feed end.",
            "Set the lifting screws 100 mm deeper, but not beyond 600 mm.",
            "If the flooding reaches the next stage, reduce the cane rate by 10 %.",
            "When the level has fallen, restore the flows in steps of 10 % every 5 min.",
        ],
    ),
    ("p", "6.5 Cleaning the floor plates"),
    (
        "ol",
        [
            "Empty the diffuser (6.3) and lock off all drives and pumps.",
            "Wash the floor from the wash ramps with hot water while running the chain at 0.5 m/min for one turn.",
            "Check the plates: clean any plate with more than 20 % of its holes blocked with a high-pressure "
            "washer at no more than 150 bar.",
            "Replace plates with cracks longer than 50 mm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check tray levels, bed temperatures and chain drive pressure; record them"],
            ["Weekly stop", "Clean the floor plates (6.5); check the spray distributors for blockage"],
            ["500 h", "Check the hydraulic oil filters; grease the lifting screw bearings"],
            [
                "Off-season",
                "Measure the drag chain elongation: replace when 10 pitches measure more than 2560 mm (nominal "
                "2500 mm); overhaul the stage pumps; change the hydraulic oil",
            ],
        ],
        (45, 125),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Floor plate, 3CR12, 6 mm holes", "LXD-FP-06"],
            ["Drag chain, 20 links", "LXD-DC-250"],
            ["Stage pump mechanical seal", "LXD-MS-200"],
            ["Hydraulic return filter element", "LXD-HF-68"],
            ["Spray distributor nozzle", "LXD-SN-12"],
            ["Bed temperature probe Pt100", "LXD-TP-100"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Cuitmar BVP batch vacuum pans
CUITMAR = [
    ("title", "Cuitmar BVP Batch Vacuum Pans\nOperation and Maintenance - BVP-60 and BVP-80"),
    (
        "p",
        "Document CTM-OM-BVP-04, Edition 2, June 2024. Cuitmar Sugar Equipment. The BVP-60 and BVP-80 are batch "
        "vacuum pans with a fixed calandria, a central downtake and a mechanical stirrer in the downtake, for "
        "boiling A, B and C massecuites in raw and white sugar factories. Apart from the strike volume, the heating "
        "surface, the stirrer drive and the items named in this manual, the two models are built alike. The "
        "barometric condenser, the vacuum pumps, the injection water and the massecuite receivers are not part of "
        "the pan and are covered by their own makers' manuals. The boiling scheme - which massecuites are boiled, "
        "their purities, the seeding point and the final brix - is set by the factory's chief chemist.",
    ),
    (
        "warn",
        "WARNING: Never enter the pan or open the manhole before the pan has been brought to atmospheric pressure, "
        "the heating vapour and steam-out valves are locked shut and the pan has cooled below 40 °C. Entry is "
        "under the site's confined space permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BVP-60", "BVP-80"],
            ["Strike volume (full pan)", "60 m³", "80 m³"],
            ["Minimum footing volume (calandria covered by 300 mm)", "24 m³", "32 m³"],
            ["Heating surface", "400 m²", "520 m²"],
            ["Calandria tubes, 102 x 2 mm, 1000 mm long", "1300", "1690"],
            ["Pan body diameter", "5.2 m", "5.8 m"],
            ["Central downtake diameter", "2.1 m", "2.3 m"],
            ["Stirrer motor 400 V 3~ 50 Hz, with VFD", "55 kW, 98 A", "75 kW, 133 A"],
            ["Stirrer speed range", "15-45 rpm", "15-45 rpm"],
            ["Heating vapour: normal / maximum", "0.5-0.8 bar g / 1.0 bar g", "0.5-0.8 bar g / 1.0 bar g"],
            ["Calandria design pressure", "2.0 bar g and full vacuum", "2.0 bar g and full vacuum"],
            ["Calandria safety valve set pressure", "2.0 bar g", "2.0 bar g"],
            ["Operating absolute pressure in the pan body", "120-200 mbar", "120-200 mbar"],
            ["Massecuite discharge valve", "DN 600", "DN 700"],
            ["Discharge time, A massecuite at 65 °C", "12 min", "15 min"],
            ["Vapour outlet to the condenser", "DN 1200", "DN 1400"],
            ["Mass empty / full of massecuite", "52 t / 142 t", "66 t / 186 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heating surface is 6.7 m² per m³ of strike volume on the BVP-60 and 6.5 m² per m³ on the BVP-80. The "
        "full mass assumes massecuite of 1.5 t/m³. The condenser must hold the pan at 120-200 mbar absolute with "
        "the heating vapour fully open; its sizing is in the condenser maker's documents.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The calandria is a pressure vessel. Never block the safety valve or raise its setting.",
            "Break the vacuum slowly, over at least 2 min, with the vacuum break valve; a fast break throws "
            "massecuite into the vapour line.",
            "The discharge valve opens with full hydraulic force. Keep hands and tools out of the valve area and "
            "the receiver chute while it moves.",
            "Caustic soda for boiling out burns skin and eyes. Wear goggles, a face shield, gloves and an apron.",
            "Steam-out lines and the pan body reach 120 °C. Keep the insulation in place.",
        ],
    ),
    ("h", "3. Boiling limits and settings"),
    (
        "cols",
        [
            ("h", "Absolute pressure and temperature"),
            (
                "p",
                "Boil at 120-200 mbar absolute. The massecuite temperature must stay at or below 72 °C for A and B "
                "massecuites and at or below 65 °C for C massecuite. A higher temperature means the vacuum is poor: "
                "check the condenser water and the vacuum pumps (their own manuals).",
            ),
            ("h", "Seeding"),
            (
                "p",
                "Seed slurry (sugar milled in isopropanol, from the site's seed mill) is drawn in through the seed "
                "valve. Quantity: 0.4 L per 10 m³ of footing volume, that is 0.96 L for the BVP-60 and 1.28 L for "
                "the BVP-80 at the minimum footing. For a larger footing scale the quantity in proportion. The "
                "seeding brix or supersaturation is the chief chemist's setting.",
            ),
            ("h", "Stirrer"),
            (
                "p",
                "Run the stirrer whenever the calandria is covered; during graining run it at 25 rpm or more. The "
                "stirrer power rises as the massecuite tightens: end the strike when the stirrer power reaches 80 % "
                "of rated, that is 44 kW on the BVP-60 and 60 kW on the BVP-80. Never run above 100 % for more "
                "than 5 min (P04).",
            ),
            ("h", "Heating vapour"),
            (
                "p",
                "Normal heating vapour is 0.5-0.8 bar g. The controller closes the vapour valve at 1.2 bar g in the "
                "calandria (P03). Keep both incondensable gas vents open, at least two turns on the upper vent.",
            ),
            ("h", "Entrainment"),
            (
                "p",
                "Sucrose in the condenser tail water above 20 mg/L means entrainment. The tail water test is made by "
                "the site's laboratory.",
            ),
            ("warn", "Never open the heating vapour valve while the calandria tubes are uncovered: sugar bakes on."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["P01", "Vacuum low", "Absolute pressure above 250 mbar for 2 min. Check condenser water and pumps."],
            ["P02", "Massecuite temperature high", "Above 72 °C (65 °C with the C setting). See section 5."],
            ["P03", "Calandria pressure high", "Above 1.2 bar g; vapour valve closed. Check the controller."],
            ["P04", "Stirrer overload", "Above 100 % for 5 min. Stop feeding; end or dilute the strike."],
            ["P05", "Stirrer stopped", "Stirrer stopped with the calandria covered. Restart at once."],
            ["P07", "Level high", "Above 100 % of the strike volume. Stop the feed."],
            ["P08", "Level low while boiling", "Tubes uncovered. Close the heating vapour; feed to the footing."],
            ["P09", "Brix probe fault", "Change to manual control; clean or replace the RF probe."],
            ["P10", "Discharge valve not closed", "Limit switch not made at cycle start. Check the valve seat."],
            ["P11", "Calandria condensate high", "Condensate not draining; check the condensate pot and pump."],
            ["P12", "Vent temperature low", "Incondensable gases building up; open the vents further."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Slow boiling, weak circulation",
                "Incondensable gases in the calandria; condensate not draining; scale on the tubes",
                "Open the vents; check the condensate pot; boil out (section 6.3)",
            ],
            [
                "False grain (many fine new crystals)",
                "Supersaturation too high after seeding; sudden vacuum rise",
                "Draw in hot water of at least 80 °C to dissolve the fines; keep the vacuum steady",
            ],
            [
                "Conglomerates in the massecuite",
                "Weak circulation while graining; stirrer too slow",
                "Run the stirrer at 25 rpm or more during graining",
            ],
            [
                "Massecuite too hot (above 72 °C for A or B)",
                "Poor vacuum: condenser water warm or short; air leaks",
                "Check the condenser and vacuum pumps; check the sight glass and manhole seals",
            ],
            [
                "Sugar found in the condenser water",
                "Boiling too hard; level above 100 %; entrainment separator blocked",
                "Reduce the heating vapour; keep the level at or below 100 %; clean the separator",
            ],
            [
                "Discharge of an A strike takes more than 20 min",
                "Massecuite too tight or too cold; valve not fully open",
                "Check the final stirrer power; check the valve stroke",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Boiling a strike with full seeding"),
    (
        "ol",
        [
            "Check that the discharge valve is closed (P10 off), the vents are open and the condenser water is on.",
            "Pull the vacuum to below 200 mbar absolute.",
            "Draw in syrup to the minimum footing volume (24 m³ on the BVP-60, 32 m³ on the BVP-80).",
            "Open the heating vapour to 0.5 bar g and start the stirrer at 25 rpm.",
            "Concentrate to the seeding point set by the chief chemist, then draw in the seed slurry.",
            "Feed syrup or molasses in small steps as the crystals grow, keeping the temperature within the limit.",
            "At 100 % strike volume stop feeding and tighten until the stirrer power reaches 80 % of rated.",
            "Close the heating vapour, break the vacuum over at least 2 min and discharge.",
        ],
    ),
    ("p", "6.2 Steaming out"),
    (
        "ol",
        [
            "After discharging, close the discharge valve and open the vacuum break valve fully.",
            "Open the steam-out valve (steam at 2 bar g) for at least 10 min after every C strike, and at least "
            "once every 24 h for A and B pans.",
            "Drain the condensate and sugar solution to the site's sweet water tank.",
        ],
    ),
    ("p", "6.3 Boiling out the calandria with caustic soda"),
    (
        "p",
        "Boil out when the footing takes 25 % longer to concentrate than after the last boil-out, or every 14 days, "
        "whichever comes first.",
    ),
    (
        "ol",
        [
            "Steam out the pan (6.2) and close the discharge valve.",
            "Fill with water to the minimum footing volume, so that the tubes are covered by 300 mm.",
            "Add caustic soda to a strength of 3-5 % NaOH.",
            "Boil at atmospheric pressure for 4 h with the stirrer running at 15 rpm.",
            "Drain to the site's effluent system, which decides on any neutralising.",
            "Rinse twice with hot water and look through the tubes with a lamp; repeat the boil-out if scale remains.",
        ],
    ),
    (
        "p",
        "Calandria tube leaks are located and the tubes plugged by Cuitmar service; the test pressures are on the "
        "calandria nameplate.",
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every strike", "Check the discharge valve closes and seals; check the sight glasses"],
            ["Daily", "Steam out (6.2); check the stirrer gearbox oil level and temperature"],
            ["14 days or slower boiling, whichever comes first", "Boil out the calandria (6.3)"],
            ["Monthly", "Test the calandria safety valve by hand lever; clean the RF brix probe"],
            ["Off-season", "Change the stirrer gearbox oil; inspect the stirrer shaft seal; Cuitmar inspection"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "BVP-60", "BVP-80"],
            ["Discharge valve seal ring", "CTM-DS-600", "CTM-DS-700"],
            ["Stirrer shaft seal set", "CTM-SS-55", "CTM-SS-75"],
            ["Sight glass with gaskets", "CTM-SG-150", "CTM-SG-150"],
            ["RF brix probe", "CTM-RF-02", "CTM-RF-02"],
            ["Tube plug, tapered, 98 mm", "CTM-TP-98", "CTM-TP-98"],
            ["Stirrer gearbox oil ISO VG 320, 20 L", "CTM-GO-320", "CTM-GO-320"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Aridane FDC fluid bed sugar dryer-coolers
ARIDANE = [
    ("title", "Aridane FDC Fluid Bed Sugar Dryer-Coolers\nOperation and Maintenance - FDC-25 and FDC-40"),
    (
        "p",
        "Document ARD-OM-FDC-09, Edition 2, November 2024. Aridane Process Engineering. The FDC-25 and FDC-40 dry "
        "and cool white or raw sugar from the centrifugals on one vibrating fluid bed deck: the sugar enters the "
        "drying zone, fluidised by hot air, passes under a baffle into the cooling zone, fluidised by conditioned "
        "air, and leaves over an adjustable weir. Apart from the deck width, the air flows, the fans, the "
        "vibration motors and the items named in this manual, the two models are built alike. The exhaust air dust "
        "collector, the cooling air conditioning unit, the sugar conveyors and the bins are not part of this supply "
        "and have their own manuals. Explosion protection of the dryer and its ducts (vents, isolation, "
        "suppression) follows the site's explosion protection document.",
    ),
    (
        "warn",
        "WARNING: Sugar dust is explosible. Keep the hood and the ducts closed in operation, remove sugar dust "
        "deposits daily and never use compressed air to clean: it raises a dust cloud. No hot work without the "
        "site's permit and a cleaned, cold dryer.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FDC-25", "FDC-40"],
            ["Sugar throughput (conditions below)", "25 t/h", "40 t/h"],
            ["Deck width", "2.0 m", "3.2 m"],
            ["Drying zone length / area", "4.0 m / 8.0 m²", "4.0 m / 12.8 m²"],
            ["Cooling zone length / area", "5.0 m / 10.0 m²", "5.0 m / 16.0 m²"],
            ["Drying air flow", "20 000 m³/h", "32 000 m³/h"],
            ["Cooling air flow", "25 000 m³/h", "40 000 m³/h"],
            ["Superficial air velocity over the deck", "0.7 m/s", "0.7 m/s"],
            ["Drying air temperature, nominal / maximum", "90 °C / 105 °C", "90 °C / 105 °C"],
            ["Steam air heater, saturated steam, maximum", "3.0 bar g", "3.0 bar g"],
            ["Drying air fan", "30 kW", "45 kW"],
            ["Cooling air fan", "37 kW", "55 kW"],
            ["Exhaust fan (to the dust collector)", "75 kW", "110 kW"],
            ["Vibration motors, two per deck", "2 x 5.5 kW", "2 x 7.5 kW"],
            ["Vibration amplitude / frequency", "4 mm ±0.5 mm / 16 Hz", "4 mm ±0.5 mm / 16 Hz"],
            ["Outlet weir height, settable", "100-200 mm", "100-200 mm"],
            ["Pressure drop across the deck with a fluidised bed", "10-20 mbar", "10-20 mbar"],
            ["Mass of the dryer-cooler", "14 t", "19 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput and the outlet values hold for sugar with a mean aperture of 0.5-0.9 mm and a coefficient "
        "of variation of no more than 35 %, fed with no more than 1.0 % moisture, with drying air at 90 °C and "
        "cooling air at 20 °C and no more than 50 % relative humidity. Under these conditions the sugar leaves with "
        "no more than 0.04 % moisture. The outlet temperature must be at most 35 °C, or no more than 5 °C above the "
        "cooling air inlet temperature, whichever is higher. The retention time on the deck is about 4 min at the "
        "rated throughput.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the three fans and both vibration motors before opening any inspection door.",
            "The deck moves with 4 mm amplitude: keep hands off the deck edges and the flexible connections in "
            "operation.",
            "The steam air heater and its pipes are hot. Let them cool before work.",
            "Wear hearing protection near the fans.",
            "Keep the exhaust duct sprinklers and the explosion vents clear; they belong to the site's protection "
            "system.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Air velocity"),
            (
                "p",
                "Air flow = deck area x 0.7 m/s x 3600. Set the fan dampers to the flows of the table. Below 0.55 m/s "
                "the bed does not fluidise fully and sugar settles on the deck; above 0.85 m/s fine crystals are "
                "blown into the exhaust.",
            ),
            ("h", "Bed depth"),
            (
                "p",
                "The weir sets the bed depth: a 150 mm weir gives a bed of about 120 mm. Lower the weir by 20 mm "
                "steps if the outlet sugar is too warm; raise it if the sugar is not dry enough.",
            ),
            ("h", "Drying air temperature"),
            (
                "p",
                "Nominal 90 °C. Above 105 °C the steam valve closes (F01). White sugar turns yellow if the air "
                "reaching the deck is hotter than 110 °C. Below 70 °C for 5 min F02 comes on.",
            ),
            ("h", "Cooling air"),
            (
                "p",
                "Cooling air must have no more than 50 % relative humidity; damp air makes the sugar cake in the "
                "bins. The conditioning unit that cools and dries the air is covered by its own manual.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "Exhaust air above 60 °C (F12) means either no sugar on the deck or a fire. Exhaust air runs to the "
                "dust collector; dust collector settings are in the collector maker's manual.",
            ),
            ("h", "Deck pressure drop"),
            (
                "p",
                "With a fluidised bed the deck pressure drop is 10-20 mbar. Above 25 mbar (F07) the plate holes "
                "are blinding or the bed is too deep. A clean, empty deck at the rated air flow shows 4-6 mbar; "
                "clean it again if it shows more than 8 mbar.",
            ),
            ("warn", "Never run the drying air fan with the exhaust fan stopped: hot air and dust escape."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Meaning and action"],
            ["F01", "Drying air temperature high", "Above 105 °C; steam valve closed. Check the controller."],
            ["F02", "Drying air temperature low", "Below 70 °C for 5 min. Check steam pressure and the trap."],
            ["F03", "Cooling air humidity high", "Above 60 % RH. Check the conditioning unit."],
            ["F04", "Drying air fan tripped", "Steam valve closes; sugar feed stops."],
            ["F05", "Cooling air fan tripped", "Sugar feed stops."],
            ["F06", "Exhaust fan tripped", "All fans, the steam valve and the feed stop."],
            ["F07", "Deck pressure drop high", "Above 25 mbar. Clean the deck plate (section 6.3)."],
            ["F08", "Deck pressure drop low", "Below 5 mbar with the feed on: no bed, or a torn plate."],
            ["F09", "Vibration motor tripped", "Both motors stop; feed stops. Check the motor and cable."],
            ["F11", "Sugar outlet temperature high", "Above 40 °C. See section 5."],
            ["F12", "Exhaust air temperature high", "Above 60 °C. Stop the feed, check for fire."],
            ["F13", "Explosion protection triggered", "Signal from the site's system; everything stops."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Sugar leaves too warm",
                "Cooling air too warm or too damp; cooling air flow low; bed too deep",
                "Check the conditioning unit; set the cooling air damper; lower the weir by 20 mm",
            ],
            [
                "Sugar leaves damp, lumps in the bins",
                "Feed moisture above 1.0 %; drying air below 80 °C; drying air flow low",
                "Check the centrifugal wash and spinning time; check the steam to the air heater",
            ],
            [
                "Sugar lies in patches on the deck and does not move",
                "Deck holes blinded; vibration amplitude below 3.5 mm",
                "Clean the deck plate (6.3); check the amplitude (6.4)",
            ],
            [
                "Much dust in the exhaust, collector loading fast",
                "Air velocity above 0.85 m/s; many fines from the centrifugals",
                "Reset the air flows to the table; tell the boiling house about the fines",
            ],
            [
                "Bed surges, sugar spills over the side seals",
                "Feed surging from the centrifugals; side seals worn",
                "Even out the feed with the feed screw; replace the side seals",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Start-up"),
    (
        "ol",
        [
            "Start the exhaust fan, then the cooling air fan, then the drying air fan.",
            "Open the steam to the air heater and bring the drying air to 90 °C.",
            "Start the vibration motors.",
            "Start the sugar feed at half rate for 5 min, then raise it to the production rate.",
        ],
    ),
    ("p", "6.2 Shutdown"),
    (
        "ol",
        [
            "Stop the sugar feed.",
            "Keep the fans and the vibration running for 10 min to empty the deck.",
            "Close the steam to the air heater.",
            "When the exhaust air is below 40 °C, stop the drying air fan, the cooling air fan and then the exhaust "
            "fan.",
        ],
    ),
    ("p", "6.3 Washing the deck plate"),
    (
        "ol",
        [
            "Shut down (6.2) and lock off the three fans and the vibration motors.",
            "Open the inspection doors and vacuum up the loose sugar; never blow it off with compressed air.",
            "Wash the deck from above with hot water at 60-70 °C and no more than 5 bar; never use a high-pressure "
            "jet on the plate.",
            "Close the doors and dry the deck with the drying air fan and air at 90 °C for at least 30 min.",
            "Check the pressure drop of the clean empty deck at the rated air flow: 4-6 mbar. Above 8 mbar wash "
            "again.",
        ],
    ),
    ("p", "6.4 Checking the vibration amplitude"),
    (
        "ol",
        [
            "With the dryer running empty, stick the amplitude card on the side of the deck at the feed end.",
            "Read the amplitude where the two lines of the wedge cross: it must be 4 mm ±0.5 mm.",
            "Repeat at the outlet end; the two ends must agree within 0.5 mm.",
            "To adjust, lock off and move the outer weights of both motors by the same number of steps: one step "
            "is about 10 % of amplitude.",
        ],
    ),
    (
        "p",
        "The deck plate itself is replaced by Aridane service; the side seals and the flexible connections may be "
        "changed by the site.",
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove sugar dust from the hood, the floor and the structure; check the outlet moisture"],
            ["Weekly or at F07, whichever comes first", "Wash the deck plate (6.3)"],
            ["Monthly", "Check the vibration amplitude (6.4); check the flexible connections for tears"],
            ["2000 h", "Grease the fan bearings; check the vibration motor bearings and cables"],
            ["Off-season", "Clean the air heater fins; check the fan impellers; Aridane inspection of the deck"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "FDC-25", "FDC-40"],
            ["Side seal strip, per metre", "ARD-SS-20", "ARD-SS-20"],
            ["Flexible connection, feed end", "ARD-FC-200", "ARD-FC-320"],
            ["Vibration motor", "ARD-VM-55", "ARD-VM-75"],
            ["Amplitude card (pack of 10)", "ARD-AC-10", "ARD-AC-10"],
            ["Drying air filter cell", "ARD-AF-592", "ARD-AF-592"],
            ["Outlet temperature probe Pt100", "ARD-TP-100", "ARD-TP-100"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "cannavel-klc-cane-carrier-and-leveller-knives.pdf",
            "Cannavel CNV-OM-KLC-07 Ed 3 - KLC-20 / KLC-24",
            CANNAVEL,
        ),
        ("lixandra-cdf-cane-diffuser.pdf", "Lixandra LXD-OM-CDF-11 Ed 1 - CDF-400", LIXANDRA),
        ("cuitmar-bvp-batch-vacuum-pan.pdf", "Cuitmar CTM-OM-BVP-04 Ed 2 - BVP-60 / BVP-80", CUITMAR),
        ("aridane-fdc-sugar-dryer-cooler.pdf", "Aridane ARD-OM-FDC-09 Ed 2 - FDC-25 / FDC-40", ARIDANE),
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
