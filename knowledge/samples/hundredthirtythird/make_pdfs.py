"""Generate the PDF manuals of the hundred-and-thirty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set133-scratch/venv && /tmp/set133-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set133-scratch/venv/bin/python knowledge/samples/hundredthirtythird/make_pdfs.py

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



# ---------------------------------------------------------------- Tranvoss CS centrifugal potato slicers
TRANVOSS = [
    ("title", "Tranvoss CS Centrifugal Potato Slicers\nOperation and Maintenance - CS-8 and CS-12"),
    (
        "p",
        "Document TRV-OM-CS-04, Edition 3, March 2025. Tranvoss Slicing Systems. The CS-8 and CS-12 cut washed "
        "potatoes into flat slices for potato chips. Tubers drop from the feed hopper into the impeller, whose "
        "paddles throw them outwards against the inside of the stationary cutting head; each knife clamped in a "
        "knife station of the head takes one slice every time a tuber passes it. The CS-8 has a head with 8 knife "
        "stations and a 4-paddle impeller, the CS-12 a larger head with 12 knife stations and a 6-paddle impeller. "
        "Apart from the head, the impeller, the drive and the items named in this manual the two models are built "
        "alike. The washer, destoner, peeler, slice washer and fryer are covered by their own manuals. Crinkle "
        "(wave) heads and the cutting of vegetables other than potatoes are not covered; ask the Tranvoss "
        "application laboratory.",
    ),
    (
        "warn",
        "WARNING: The impeller keeps turning after STOP. Never open the hopper guard or reach into the hopper or "
        "the head until the impeller has stopped and the main isolator is locked off. The knives are razor sharp.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CS-8", "CS-12"],
            ["Knife stations in the cutting head", "8", "12"],
            ["Impeller paddles", "4", "6"],
            ["Cutting head inside diameter", "203 mm", "254 mm"],
            ["Impeller speed, rated (default setting)", "260 rpm", "220 rpm"],
            ["Impeller speed, settable range", "180-300 rpm", "150-250 rpm"],
            ["Throughput, raw potatoes, flat knives set to 1.3 mm", "up to 3600 kg/h", "up to 5400 kg/h"],
            ["Tuber size, largest dimension", "40-90 mm", "40-110 mm"],
            ["Slice thickness range, flat knives", "0.8-3.0 mm", "0.8-3.0 mm"],
            ["Drive motor 400 V 3~ 50 Hz, with inverter", "4.0 kW, 8.1 A", "5.5 kW, 11.0 A"],
            ["Supply fuse", "16 A gG", "20 A gG"],
            ["Head lubricating water at 2 bar", "20-30 L/min", "30-40 L/min"],
            ["Knife change interval (counter S12)", "8 h of cutting or 20 t", "8 h of cutting or 30 t"],
            ["Main bearing grease, every 500 h", "25 g", "35 g"],
            ["Mass of the cutting head", "24 kg", "38 kg"],
            ["Noise at 1 m while cutting", "82 dB(A)", "84 dB(A)"],
            ["Mass of the slicer", "410 kg", "520 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput holds for round to oval tubers of 50-75 mm at a tuber temperature of 10-12 °C, with flat "
        "knives set to 1.3 mm. Thinner slices, long or misshapen tubers and crinkle knives lower it; Tranvoss gives "
        "no figure for them. The slice thickness is held within ±0.05 mm of the setting only with knives changed "
        "within the interval, at the rated impeller speed and on tubers with a dry matter of 20-24 %.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "After STOP the brake stops the impeller within 15 s. The hopper guard stays locked until the "
            "zero-speed monitor reports standstill; never defeat the guard lock.",
            "Handle knives only with cut-resistant gloves and the knife carrier KC-1. Put used knives in the sharps "
            "bin. Tranvoss knives are single-use blades: do not regrind them.",
            "Before removing the head, press STOP, lock off the main isolator and close the water valve.",
            "The CS-8 head (24 kg) may be lifted by two persons. Lift the CS-12 head (38 kg) only with the head "
            "trolley HT-2.",
            "Stones in the feed break knives and can throw fragments out of the discharge. The destoner upstream "
            "must be in service (see its own manual).",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Slice thickness"),
            (
                "p",
                "Each knife station has a gate adjusting screw. One full turn moves the gate 0.50 mm; the scale "
                "has 20 divisions of 0.025 mm. All stations of a head must be set within 0.02 mm of each other, "
                "checked with the gauge block set TG-13. The usual setting for potato chips is 1.3 mm.",
            ),
            ("h", "Impeller speed"),
            (
                "p",
                "Use the rated speed unless trials show a reason to change it. A higher speed gives a rougher slice "
                "surface and more slivers. Never set more than 300 rpm (CS-8) or 250 rpm (CS-12); above these S01 "
                "stops the slicer. Below 180 rpm (CS-8) or 150 rpm (CS-12) the tubers no longer hold against the "
                "head. S02 is shown when the speed stays below 90 % of the set speed for more than 5 s.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Keep the hopper between one third and two thirds full. Tubers larger than the maximum size jam "
                "between the paddles and the head; grade them out upstream. Tubers colder than 7 °C are brittle "
                "and give many slivers: temper them to 10-12 °C.",
            ),
            ("h", "Lubricating water"),
            (
                "p",
                "Water at 8-20 °C must flow through the head nozzles whenever the impeller turns with product: at "
                "least 20 L/min (CS-8) or 30 L/min (CS-12). Below this flow S06 stops the feed.",
            ),
            ("h", "Vibration and bearings"),
            (
                "p",
                "In normal cutting the vibration on the bearing housing must not exceed 4.5 mm/s rms. S05 warns at "
                "7.1 mm/s and stops the slicer at 11.0 mm/s. S09 stops it when the main bearing is above 80 °C.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Overspeed", "Speed above 300 rpm (CS-8) or 250 rpm (CS-12): check the inverter setting and "
             "the speed sensor."],
            ["S02", "Underspeed", "Below 90 % of the set speed for more than 5 s: overfeeding, a jammed tuber or "
             "a stone. Stop and clear the head."],
            ["S03", "Guard open", "Hopper guard or discharge cover open. Close it; the slicer restarts only after "
             "RESET."],
            ["S04", "Motor overload", "Inverter current limit: jam, oversize tubers or stones in the feed."],
            ["S05", "Vibration", "Warning at 7.1 mm/s, stop at 11.0 mm/s: worn or broken paddle, starch cake on "
             "the impeller, loose head clamp ring."],
            ["S06", "Water flow low", "Below 20 L/min (CS-8) or 30 L/min (CS-12). Open the valve, clean the "
             "nozzles and the strainer."],
            ["S08", "Hopper overfilled", "Level probe covered for 10 s: slicer stopped or head blocked while the "
             "feed ran on."],
            ["S09", "Bearing temperature", "Main bearing above 80 °C: grease missing or bearing worn."],
            ["S10", "Brake", "Run-down longer than 20 s after STOP. Do not open the guard; call a technician."],
            ["S11", "Head not clamped", "Head clamp ring not turned fully home. Turn it until the sensor lights."],
            ["S12", "Knife change due", "Hours or tonnage of the knife counter reached. Change the knives "
             "(section 6) and reset the counter."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Torn or feathered slice edges, ragged surface", "Dull or chipped knives",
             "Change the knives (section 6), even if the counter is not yet reached"],
            ["Slices thicker on one side (wedge shaped)", "Gate not parallel to the knife, or a worn gate",
             "Set the thickness again (section 7); replace the gate clamp if it is worn"],
            ["Thickness varies by more than 0.1 mm from slice to slice", "Worn impeller paddles, worn head bore or "
             "speed too low", "Check the paddles (section 8) and the set speed"],
            ["Many slivers and small pieces", "Speed too high, tubers under 40 mm or colder than 7 °C",
             "Go back to the rated speed, grade out small tubers, temper the tubers"],
            ["Starch paste building up in the head, motor current rising", "Too little lubricating water or "
             "blocked nozzles", "Clean the nozzles and the strainer; check the water flow"],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Changing the knives"),
    (
        "ol",
        [
            "Press STOP and wait for standstill. Lock off the main isolator and close the water valve.",
            "Open the hopper guard, turn the head clamp ring two quarter turns anticlockwise and lift the head out "
            "(CS-8 by two persons, CS-12 with the head trolley HT-2).",
            "Place the head on the knife bench KB-1 with the knife stations facing up.",
            "At each station loosen the two clamp screws (4 mm hex) by one turn and slide the old knife out with "
            "the knife carrier KC-1.",
            "Clean the station with water and a soft brush. Never scrape the gate with a metal tool.",
            "Slide in a new knife, bevel towards the centre of the head, and push it against both locating pins.",
            "Tighten the clamp screws to 6 Nm, starting with the screw nearer the knife edge.",
            "Check the slice thickness at every station with the gauge block TG-13 (section 7).",
            "Refit the head and turn the clamp ring until the head clamp sensor lights; S11 clears.",
            "Open the water valve, run the impeller empty for 30 s at the rated speed and reset the knife counter "
            "under MENU > KNIVES > RESET; S12 clears.",
            "Cut a trial batch and measure 20 slices with the dial gauge.",
        ],
    ),
    ("h", "7. Setting the slice thickness"),
    (
        "ol",
        [
            "Lock off as for a knife change, remove the head and place it on the knife bench KB-1.",
            "Loosen the gate lock screw of the first station.",
            "Put the gauge block of the wanted thickness (blocks 0.8-3.0 mm in 0.1 mm steps) between the knife "
            "edge and the gate.",
            "Turn the gate adjusting screw until the block just slides with a light drag.",
            "Tighten the gate lock screw to 4 Nm and check again with the block.",
            "Repeat at every station; all must agree within 0.02 mm.",
            "Refit the head, cut 2 kg of tubers and measure 20 slices with a dial gauge with 10 mm flat anvils. "
            "The average must lie within ±0.05 mm of the setting and no single slice may be more than 0.10 mm "
            "off.",
            "If the average is off, correct every station by the same number of divisions (one division is "
            "0.025 mm) and check again.",
        ],
    ),
    ("h", "8. Checking the impeller paddles"),
    (
        "ol",
        [
            "Lock off and remove the head as above.",
            "Measure the height of each paddle tip at both ends with a caliper. A new paddle is 28 mm high.",
            "Replace the paddles when any tip has worn by more than 3 mm, that is below 25 mm. Always replace the "
            "whole set (4 paddles on the CS-8, 6 on the CS-12).",
            "Tighten the paddle screws to 18 Nm.",
            "Refit the head and run the impeller empty at the rated speed. The vibration must stay below 4.5 "
            "mm/s; if not, the impeller must be balanced by Tranvoss service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Wash the head, the impeller and the hopper; check that all water nozzles spray"],
            ["8 h of cutting or 20 t (CS-8) / 30 t (CS-12), whichever comes first (S12)",
             "Change the knives (section 6)"],
            ["Weekly", "Check the paddles (section 8) and the head bore for scoring"],
            ["500 h", "Grease the main bearing: 25 g (CS-8) or 35 g (CS-12) of food-grade H1 grease, NLGI 2"],
            ["2000 h or 12 months", "Replace the shaft seal; bearing play above 0.05 mm: Tranvoss service "
             "replaces the bearings"],
            ["12 months", "Run-down test of the brake (15 s) and check of the guard lock by a competent person"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CS-8", "CS-12"],
            ["Flat knife, pack of 50 (same knife on both)", "TRV-KF-050", "TRV-KF-050"],
            ["Gate clamp", "TRV-GC-08", "TRV-GC-12"],
            ["Impeller paddle set", "TRV-IP-4", "TRV-IP-6"],
            ["Cutting head, complete", "TRV-CH-203", "TRV-CH-254"],
            ["Gauge block set 0.8-3.0 mm", "TRV-TG-13", "TRV-TG-13"],
            ["Water nozzle set", "TRV-WN-08", "TRV-WN-12"],
            ["Shaft seal kit", "TRV-SS-40", "TRV-SS-50"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Condimora TD seasoning tumble drums
CONDIMORA = [
    ("title", "Condimora TD Seasoning Tumble Drums with On-line Applicator\nUser Manual - TD-12 and TD-16"),
    (
        "p",
        "Document CDM-UM-TD-02, Edition 2, June 2024. Condimora Coating Systems. The TD-12 and TD-16 season potato "
        "chips and extruded snacks on-line, straight after the fryer or the dryer. The product is weighed on the "
        "in-feed weigh conveyor and falls into the slowly turning, inclined drum. The on-line applicator, an auger "
        "under the seasoning hopper feeding a vibrating scarf tray across the drum mouth, spreads the seasoning "
        "over the falling product in proportion to the weighed product flow; the flights inside the drum tumble "
        "the product so that the seasoning covers it. Apart from the drum size, the drives, the applicator size and "
        "the items named in this manual the two models are built alike. The oil spray bar for non-fried products is "
        "an option with its own manual (CDM-UM-OS-01). Seasoning recipes and dose levels come from the site's "
        "product specification; allergen validation and release after cleaning belong to the site's food safety "
        "plan.",
    ),
    (
        "warn",
        "WARNING: Do not reach into the drum, the auger outlet or the scarf tray while the line runs. Seasoning dust "
        "can form an explosive cloud: never clean with compressed air and keep the hopper lid closed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TD-12", "TD-16"],
            ["Drum inside diameter x length", "1200 x 3000 mm", "1600 x 4000 mm"],
            ["Drum speed, settable", "8-24 rpm", "6-20 rpm"],
            ["Drum inclination, settable", "2-6°", "2-6°"],
            ["Default drum speed and inclination", "14 rpm, 3°", "12 rpm, 3°"],
            ["Throughput, potato chips", "up to 600 kg/h", "up to 1200 kg/h"],
            ["Throughput, extruded snacks", "up to 350 kg/h", "up to 700 kg/h"],
            ["Seasoning feed rate of the auger", "5-60 kg/h", "10-120 kg/h"],
            ["Seasoning hopper", "60 L", "100 L"],
            ["Dose setting range", "1.0-12.0 % of product mass", "1.0-12.0 % of product mass"],
            ["Dose accuracy (see conditions below)", "±5 % of the setpoint", "±5 % of the setpoint"],
            ["Drum flights", "6, 40 mm high", "8, 50 mm high"],
            ["Drum drive / auger drive", "0.75 kW / 0.37 kW", "1.5 kW / 0.55 kW"],
            ["Scarf tray width", "600 mm", "800 mm"],
            ["In-feed weigh conveyor", "WC-6, 600 mm belt", "WC-8, 800 mm belt"],
            ["Supply 400 V 3~ 50 Hz, fuse", "10 A", "16 A"],
            ["Compressed air for the hopper aerator", "6 bar, 40 NL/min", "6 bar, 60 NL/min"],
            ["Mass", "780 kg", "1240 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The dose accuracy holds only for free-flowing powder seasonings with a bulk density of 0.45-0.75 kg/L, at "
        "product flows above 30 % of the rated throughput and after an auger calibration with the seasoning in use. "
        "For sticky, fatty or sugar-rich seasonings Condimora gives no accuracy; ask the Condimora application "
        "team. The potato chip throughput is for slices of 1.2-1.5 mm.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the line before opening the drum end guard, removing the scarf tray or reaching into the "
            "hopper. The drum can turn back by itself when stopped with product in it.",
            "Wear a dust mask (FFP2) when filling the hopper with seasonings that contain chilli, citric acid or "
            "other irritants.",
            "Clean only with a vacuum cleaner approved for combustible dust, brushes and water; never blow down "
            "with compressed air.",
            "The support rollers and the drum tyres form nip points. Keep the side guards fitted while the drum "
            "turns.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Dose and feed rate"),
            (
                "p",
                "The applicator sets the auger speed from the weighed product flow: seasoning feed rate (kg/h) = "
                "product flow (kg/h) x dose (%) / 100. Example: a TD-12 at 500 kg/h of chips with a dose of 7.0 % "
                "needs 35 kg/h. The result must not exceed the auger maximum, 60 kg/h (TD-12) or 120 kg/h (TD-16); "
                "above it D07 is shown and the dose falls short. At full throughput both models can therefore "
                "dose no more than 10 %.",
            ),
            ("h", "Residence time"),
            (
                "p",
                "The product stays about 20-40 s in the drum. A steeper drum or a higher speed shortens it. "
                "Start with the default settings and change one setting at a time, in steps of 2 rpm or 1°.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "Fried chips must reach the drum within 60 s of leaving the fryer, while the surface oil is still "
                "liquid (product above 40 °C). Colder product takes up less seasoning and more falls through the "
                "drum.",
            ),
            ("h", "Seasoning room"),
            (
                "p",
                "Keep the seasoning hopper and the stock of open bags at no more than 55 % relative humidity. Damp "
                "seasoning bridges in the hopper and forms lumps in the drum.",
            ),
            ("h", "Weigh conveyor"),
            (
                "p",
                "Zero the weigh conveyor daily with the belt empty and running. D08 is shown when the zero has "
                "drifted by more than 2 % of the range since the last zeroing. The span is checked with the test "
                "weight at the yearly service.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["D01", "Drum drive fault", "Inverter trip: check the drum for an obstruction and the drive chain."],
            ["D02", "Drum speed deviation", "Speed more than 10 % off the setpoint for 10 s: chain slipping or "
             "drum overloaded."],
            ["D03", "Auger overload", "Seasoning bridged or lumpy, foreign body in the auger. Empty the hopper "
             "and check the seasoning."],
            ["D04", "Hopper low", "Low level probe uncovered. Refill the hopper; dosing continues."],
            ["D05", "Hopper empty", "Auger running without seasoning for 20 s. The product is no longer seasoned: "
             "the site decides what happens to it."],
            ["D06", "No product", "Weigh conveyor below 5 % of the rated flow for 30 s. The auger stops."],
            ["D07", "Dose not reachable", "The feed rate needed exceeds the auger maximum. Lower the product flow "
             "or the dose."],
            ["D08", "Weigh conveyor zero", "Zero drift above 2 % of the range. Zero the weigh conveyor."],
            ["D10", "Scarf tray", "Vibrator of the scarf tray not running or its amplitude too low."],
            ["D11", "Guard open", "Drum end guard or side guard open."],
            ["D12", "Air pressure low", "Below 4.5 bar at the hopper aerator."],
            ["D13", "Calibration due", "30 days since the last auger calibration, or a new seasoning selected."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Bald patches: some chips carry little or no seasoning", "Product too cold, drum speed too low, scarf "
             "tray not spreading over the full width", "Check the time from the fryer, raise the drum speed by 2 "
             "rpm, check the tray amplitude (D10)"],
            ["Loose seasoning falling through the drum, dusty product", "Residence time too short, product cold, "
             "dose above what the product can hold", "Lower the inclination by 1°, check the product temperature"],
            ["Seasoning lumps and build-up inside the drum", "Damp seasoning or a humid seasoning room",
             "Clean the drum; keep the room at no more than 55 % relative humidity"],
            ["Broken chips at the drum exit", "Drum speed too high or drum overfilled", "Lower the drum speed; "
             "check the throughput against the technical data"],
            ["Dose on the screen correct but the lab salt test high", "Weigh conveyor not zeroed, or the auger "
             "calibration is old", "Zero the weigh conveyor and calibrate the auger (section 6)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Calibrating the auger (catch test)"),
    (
        "ol",
        [
            "Fill the hopper at least half full with the seasoning to be used.",
            "Stop the line, remove the scarf tray and hang the catch tray under the auger outlet.",
            "Select MENU > CAL > AUGER. The auger runs for 60 s at 50 % speed.",
            "Weigh the seasoning caught to the nearest 1 g and enter the weight.",
            "Empty the catch tray and repeat the run. The two catches must agree within 2 %; if not, check the "
            "seasoning for lumps and repeat.",
            "Confirm. The controller stores the factor in g per revolution for this seasoning.",
            "Refit the scarf tray and start the line. D13 clears.",
            "Calibrate again for every new seasoning, and at least every 30 days.",
        ],
    ),
    ("h", "7. Zeroing the weigh conveyor"),
    (
        "ol",
        [
            "Run the weigh conveyor empty for at least 2 min (three belt revolutions).",
            "Brush any crumbs off the belt while it runs.",
            "Select MENU > CAL > ZERO and wait for the zero to settle (about 60 s).",
            "Check that the flow reading is 0 ±1 kg/h; D08 clears.",
        ],
    ),
    ("h", "8. Cleaning for an allergen changeover"),
    (
        "ol",
        [
            "Run the auger into the catch bin until the hopper is empty (MENU > EMPTY).",
            "Stop the line and lock it off.",
            "Remove the scarf tray and the auger tube (tool-free clamps).",
            "Vacuum loose seasoning from the hopper, the drum and the flights. No compressed air.",
            "Wash the drum, hopper, auger and tray with water at 50-60 °C and a neutral detergent, then rinse.",
            "Dry all parts completely. Then, with all guards fitted, run the empty drum at 20 rpm (TD-12) or 16 "
            "rpm (TD-16) for 15 min to dry the flights.",
            "Reassemble and calibrate the auger with the new seasoning (section 6).",
            "Release the line only after the site's allergen check.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Empty and brush the hopper; clean the scarf tray"],
            ["Daily", "Zero the weigh conveyor (section 7)"],
            ["Weekly", "Check the drive chain: sag 10-15 mm at the middle of the free strand"],
            ["30 days or a new seasoning, whichever comes first", "Calibrate the auger (section 6)"],
            ["500 h", "Grease the support roller bearings"],
            ["2000 h or 12 months", "Replace the polyurethane treads of the support rollers if worn below 8 mm; "
             "yearly service with span check of the weigh conveyor by Condimora"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TD-12", "TD-16"],
            ["Support roller with tread", "CDM-SR-12", "CDM-SR-16"],
            ["Auger flight", "CDM-AF-40", "CDM-AF-50"],
            ["Scarf tray", "CDM-ST-600", "CDM-ST-800"],
            ["Weigh conveyor belt", "CDM-WB-600", "CDM-WB-800"],
            ["Drum drive chain", "CDM-DC-12", "CDM-DC-16"],
            ["Hopper level probe", "CDM-LP-01", "CDM-LP-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Piedralta PM-40 masa corn mill
PIEDRALTA = [
    ("title", "Piedralta PM-40 Masa Stone Mill\nOperation and Maintenance Manual"),
    (
        "p",
        "Document PDM-OM-PM40-01, Edition 1, January 2025. Piedralta Mill Works. The PM-40 grinds nixtamal (corn "
        "cooked and steeped in lime water, then washed) into fresh masa for tortilla chips and corn chips. A feed "
        "screw brings the nixtamal to the throat of the mill, where water is added. It passes between a stationary "
        "stone and a rotating stone on the motor shaft; the gap between them, set with the handwheel of the stone "
        "carriage, decides how fine the masa is. Cooking and steeping are covered by the cook tank's manual, and "
        "the sheeter and oven by their own manuals. The masa specification (moisture, texture and particle size) is "
        "part of the site's product specification; this manual gives no figures for it. The PM-40 grinds nixtamal "
        "only: dry corn, other grains or pulses must not be milled on it.",
    ),
    (
        "warn",
        "WARNING: Never let the stones run together without product between them. Never open the housing door "
        "before the stone has stopped and the main isolator is locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PM-40"],
            ["Stones (one pair), synthetic aluminium oxide", "400 mm diameter, 100 mm thick when new"],
            ["Mass of one stone, new", "28 kg"],
            ["Minimum stone thickness (discard)", "60 mm"],
            ["Rotating stone speed, 50 Hz supply", "560 rpm"],
            ["Main motor 400 V 3~ 50 Hz, soft starter", "30 kW, full load current 54 A"],
            ["Motor current in normal milling", "38-46 A (70-85 % of full load)"],
            ["Capacity, coarse masa for chips (standard C grooving)", "up to 1800 kg/h of masa"],
            ["Capacity, fine table masa (F grooving)", "up to 1200 kg/h of masa"],
            ["Nixtamal feed rate", "up to 1550 kg/h"],
            ["Stone gap range on the handwheel scale", "0-1.5 mm"],
            ["Handwheel", "one turn 1.0 mm, 40 divisions of 0.025 mm"],
            ["Feed screw", "1.1 kW, 10-60 rpm"],
            ["Water added at the throat", "2-6 L/min, potable, 10-25 °C"],
            ["Cooling water to the housing jacket", "8 L/min at 15-20 °C"],
            ["Masa temperature at the outlet", "no more than 45 °C"],
            ["Noise at 1 m while milling", "88 dB(A)"],
            ["Mass of the mill", "1350 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The capacities hold for white dent corn nixtamal at 46-50 % moisture with stones dressed within the last "
        "350 h of milling and a motor current within 38-46 A. Mills for a 60 Hz supply are built on request; this "
        "manual covers the 50 Hz version only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The stone runs down for about 40 s after STOP. The housing door is locked until the speed monitor "
            "reports standstill.",
            "Wear hearing protection near the mill while it grinds (88 dB(A) at 1 m).",
            "Use the lifting eye M16 and a hoist to handle the stones (28 kg each). Never lift a stone by hand.",
            "A cracked or chipped stone can burst. Check the stones at every stone change and daily through the "
            "inspection window; replace a cracked stone at once.",
            "Nixtamal and fresh masa hold lime (calcium hydroxide): wear eye protection when washing down.",
        ],
    ),
    ("h", "3. Milling settings"),
    (
        "cols",
        [
            ("h", "Stone gap"),
            (
                "p",
                "Turning the handwheel clockwise closes the gap. Close it slowly, one division (0.025 mm) at a time, "
                "and only with product flowing. Typical gaps are 0.3-0.6 mm for chip masa and 0.1-0.3 mm for table "
                "masa, but the right gap is the one that gives the site's masa texture at a current of 38-46 A.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "The current shows how hard the stones work. Below 38 A the stones are underloaded: raise the feed "
                "or close the gap. Above 46 A open the gap or lower the feed. M03 is shown when the current stays "
                "above 50 A for 10 s; the feed screw stops.",
            ),
            ("h", "Water"),
            (
                "p",
                "Water at the throat cools the stones and sets the masa moisture. Start at 4 L/min and change it in "
                "steps of 0.5 L/min. Below 2 L/min M09 stops the feed.",
            ),
            ("h", "Masa temperature"),
            (
                "p",
                "The masa must not leave the mill above 45 °C: the starch starts to gelatinise and the masa turns "
                "sticky. M07 warns at 45 °C; M08 stops the feed screw at 50 °C. Open the gap or add water.",
            ),
            ("h", "Dressing"),
            (
                "p",
                "Dress (re-cut the grooves of) the stones after 350 h of milling (M11) or when the output at the "
                "same gap and current has dropped by 15 %, whichever comes first. Dressing is done by Piedralta "
                "service or on the SD-4 stone dressing machine following its own instructions.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["M01", "Motor overload", "Thermal relay of the main motor tripped. Let it cool, find the cause "
             "(gap too tight, feed too high) before restarting."],
            ["M02", "Soft starter fault", "Phase missing or soft starter overheated."],
            ["M03", "High current", "Above 50 A for 10 s: gap too tight or feed too high. Feed screw stopped."],
            ["M04", "Feed screw blocked", "Foreign body or nixtamal packed in the screw."],
            ["M05", "Stone contact", "Vibration sensor detected the stones touching. Open the gap at once by at "
             "least one turn."],
            ["M07", "Masa temperature warning", "Masa at 45 °C. Open the gap or add water."],
            ["M08", "Masa temperature stop", "Masa at 50 °C. Feed screw stopped; stones keep turning."],
            ["M09", "Water flow low", "Below 2 L/min at the throat: valve, strainer or nozzle blocked."],
            ["M10", "Door open", "Housing door or throat cover open."],
            ["M11", "Dressing due", "350 h of milling since the last dressing."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Gritty masa, flecks of hull and coarse pieces", "Gap too wide, or the stones worn or glazed",
             "Close the gap by one or two divisions; dress the stones if the current stays low"],
            ["Sticky, gummy or darker masa", "Masa too hot: gap too tight or too little water",
             "Open the gap by one division, add 0.5 L/min of water, check the masa temperature"],
            ["Output down at the same gap and current", "Stones glazed or grooves worn", "Dress the stones"],
            ["Squeal or knocking from the stones", "Stones touching or a stone not running true",
             "Open the gap at once; check M05 and the stone nut"],
            ["Masa moisture varies from batch to batch", "Nixtamal moisture varies from the steep",
             "Check the steep times on the cook tank; adjust the water at the throat"],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Starting and setting the gap"),
    (
        "ol",
        [
            "Check that the housing door and the throat cover are closed and that the cooling water flows.",
            "Open the gap to at least 1.0 mm on the handwheel scale.",
            "Start the main motor. The soft starter ramps up in about 8 s; wait for full speed.",
            "Start the throat water at 4 L/min, then the feed screw at 20 rpm.",
            "Close the gap one division at a time until the current is within 38-46 A and the masa has the wanted "
            "texture.",
            "Raise the feed to the rate needed, keeping the current within 38-46 A.",
            "Check that the masa leaves the mill below 45 °C, then tighten the handwheel lock.",
            "Take a sample for the site's moisture and texture checks.",
        ],
    ),
    ("h", "7. Stopping"),
    (
        "ol",
        [
            "Stop the feed screw and let the mill run for 30 s to clear the stones.",
            "Open the gap to 1.0 mm.",
            "Stop the throat water, then the main motor.",
            "When the stone has stopped, lock off and wash down the throat, housing and stones with warm water.",
        ],
    ),
    ("h", "8. Replacing the stones"),
    (
        "ol",
        [
            "Stop the mill, lock off the main isolator and close the water valves.",
            "Remove the housing front cover (8 bolts M12).",
            "Fit the lifting eye M16 to the rotating stone and take its weight with the hoist.",
            "Hold the shaft with the locking pin and undo the stone nut (left-hand thread) with the stone spanner "
            "PDM-SP-65.",
            "Lift off the rotating stone. Undo the 4 clamps of the stationary stone and lift it out.",
            "Clean the stone seats and check them for burrs.",
            "Fit the new stones, always as a matched pair. Tighten the stone nut to 180 Nm and the clamps to 45 Nm.",
            "With the motor locked off, close the gap until the stones just touch while turning the rotating stone "
            "by hand. Set the handwheel scale to 0, then open the gap to 1.0 mm.",
            "Refit the cover, start as in section 6 and run in with 200 kg of nixtamal at a gap of 0.5 mm. Discard "
            "this masa.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Wash down the throat, housing and stones; check the throat water flow"],
            ["Daily", "Check the stone nut and the stones for cracks through the inspection window"],
            ["Weekly", "Grease the slides of the stone carriage"],
            ["350 h of milling (M11) or output down 15 %, whichever comes first",
             "Dress the stones (Piedralta service or the SD-4)"],
            ["1000 h", "Grease the motor bearings, 20 g each"],
            ["Stones below 60 mm thick", "Replace the stones as a pair (section 8)"],
            ["12 months", "Check of the stone alignment by Piedralta service: face runout no more than 0.05 mm"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Stone pair, standard C grooving (chip masa)", "PDM-SP-400C"],
            ["Stone pair, fine F grooving (table masa)", "PDM-SP-400F"],
            ["Stone nut, left-hand thread", "PDM-SN-65"],
            ["Stone spanner", "PDM-SP-65"],
            ["Throat water nozzle", "PDM-WN-02"],
            ["Feed screw", "PDM-FS-120"],
            ["Shaft seal", "PDM-SS-70"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Estrudella TSE direct-expanded snack extruders
ESTRUDELLA = [
    ("title", "Estrudella TSE Twin-Screw Snack Extruders\nOperating and Maintenance Manual - TSE-52 and TSE-62"),
    (
        "p",
        "Document EST-OM-TSE-07, Edition 2, October 2024. Estrudella Snack Systems. The TSE-52 and TSE-62 are "
        "co-rotating twin-screw extruders for direct-expanded snacks (corn curls, balls and rings). Corn grits from "
        "the loss-in-weight feeder and water from the dosing pump are cooked by the screws under heat and pressure; "
        "the melt expands as it leaves the die inserts and the face cutter cuts it to length. The two models differ "
        "in screw diameter, drive, barrel zones, cutter and the items named in this manual. The feeder, the dryer "
        "(toaster) and the seasoning line after the extruder have their own manuals. Recipes for mixes other than "
        "corn grits (rice, wheat, multigrain) are worked out in the site's trials or by the Estrudella food "
        "laboratory; this manual gives settings for corn curls only.",
    ),
    (
        "warn",
        "WARNING: The die and the barrel run at up to 180 °C and the melt is under pressure. Never loosen the die "
        "plate or a barrel plug while the screws turn or while the die pressure shows more than 0 bar.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TSE-52", "TSE-62"],
            ["Screw diameter / length to diameter ratio", "52 mm / 16:1", "62 mm / 16:1"],
            ["Main motor", "55 kW", "90 kW"],
            ["Maximum screw speed", "500 rpm", "450 rpm"],
            ["Rated torque at the screw shafts (total)", "1050 Nm", "1910 Nm"],
            ["Capacity, corn grits to direct-expanded curls", "150-300 kg/h", "300-550 kg/h"],
            ["Barrel zones, electrically heated and water cooled", "4 zones of 4 kW", "5 zones of 6 kW"],
            ["Highest barrel temperature", "180 °C", "180 °C"],
            ["Die pressure in production", "40-100 bar", "40-100 bar"],
            ["Die pressure warning / stop", "130 / 150 bar", "130 / 150 bar"],
            ["Rupture disc at the die adapter", "180 bar", "180 bar"],
            ["Water dosing pump", "5-30 L/h", "10-55 L/h"],
            ["Face cutter", "4 knives, 300-3000 rpm, 1.5 kW", "6 knives, 300-3000 rpm, 2.2 kW"],
            ["Die plate bolts (8 x M16), torque", "140 Nm", "200 Nm"],
            ["Gearbox oil, ISO VG 220 synthetic, food grade H1", "28 L", "45 L"],
            ["Barrel cooling water, 2-4 bar, below 25 °C", "15 L/min", "25 L/min"],
            ["Mass", "3200 kg", "4600 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold for degermed corn grits of 300-600 µm with less than 1.5 % fat, at a total moisture of "
        "14-16 % in the barrel. The rated torque is reached only at the maximum screw speed and full motor power.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear heat-resistant gloves and a face shield when working at the die, even with the screws stopped.",
            "Before opening the cutter guard, stop the cutter and wait until the knives stand still; the guard "
            "switch (X13) stops the cutter, not the screws.",
            "Never start the screws with a full barrel when the die zone is below 100 °C: the cold melt can build "
            "pressure faster than the pressure stop can react.",
            "A burst rupture disc releases hot melt and steam sideways from the die adapter. Keep the area beside "
            "the adapter clear; replace the disc only with EST-RD-180.",
            "Lock off the main drive and the cutter before reaching into the feed throat.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Torque"),
            (
                "p",
                "Run in production at 60-85 % torque. X03 warns at 90 %; X04 stops the main drive at 100 %. The "
                "safety coupling slips at about 110 % and must then be reset by Estrudella service.",
            ),
            ("h", "Die pressure"),
            (
                "p",
                "Normal 40-100 bar. X05 warns at 130 bar; X06 stops the feeder and the screws at 150 bar. The "
                "rupture disc bursts at 180 bar.",
            ),
            ("h", "Barrel temperatures for corn curls"),
            (
                "p",
                "Feed zone to die, as a starting point: 30 / 60 / 100 / 140 °C (TSE-52) and 30 / 50 / 80 / 120 / "
                "145 °C (TSE-62). X07 is shown when a zone is more than 10 °C off its setpoint for 60 s.",
            ),
            ("h", "Water dosing"),
            (
                "p",
                "Water to add (L/h) = dry feed (kg/h) x (target moisture - feed moisture) / (100 - target "
                "moisture). Example: 250 kg/h of grits at 12 % moisture, target 16 %: 250 x 4 / 84 = 11.9 L/h. "
                "Never run product through the barrel without water.",
            ),
            ("h", "Specific mechanical energy"),
            (
                "p",
                "SME (kWh/t) = shaft power shown on the HMI (kW) / throughput (t/h). Example: 36 kW at 300 kg/h "
                "gives 120 kWh/t. Corn curls usually run at 100-160 kWh/t; a falling SME at the same settings "
                "points to worn screws.",
            ),
            ("h", "Cutter"),
            (
                "p",
                "The spring-loaded knives run lightly against the die face. Set the hub 3 turns past first contact. "
                "Cutter speed sets the product length: double the speed, half the length.",
            ),
        ],
    ),
    ("h", "4. Alarm list"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["X01", "Main drive fault", "Inverter trip or motor overtemperature."],
            ["X02", "Lube oil pressure low", "Gearbox lubrication below 1.0 bar: oil level, pump or filter. The "
             "screws cannot start."],
            ["X03", "Torque high", "90 %: feed too high, too little water or the die partly blocked."],
            ["X04", "Torque stop", "100 %: main drive stopped. Clear the cause before restarting."],
            ["X05", "Die pressure high", "130 bar: die inserts blocking, melt too cold or too dry."],
            ["X06", "Die pressure stop", "150 bar: feeder and screws stopped."],
            ["X07", "Zone temperature", "A zone more than 10 °C off its setpoint for 60 s: heater, thermocouple "
             "or cooling valve."],
            ["X08", "Feeder", "Feeder empty or feeder fault. The screws keep turning for 20 s, then stop."],
            ["X09", "Water dosing", "Water flow more than 10 % off the setpoint: pump, filter or supply."],
            ["X10", "Cutter drive", "Cutter inverter trip or knives jammed."],
            ["X12", "Cooling water low", "Barrel cooling water below 10 L/min (TSE-52) or 18 L/min (TSE-62)."],
            ["X13", "Cutter guard open", "Cutter stopped. Close the guard and reset."],
            ["X14", "Gearbox oil hot", "Gearbox oil above 70 °C: cooler, oil level or overload."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Product hard and dense, poor expansion", "Moisture too high, barrel too cold or SME too low",
             "Lower the water in steps of 0.5 L/h, raise the die zone by 5 °C or the screw speed by 20 rpm"],
            ["Product over-expanded, brittle, with burnt specks", "Moisture too low or barrel too hot",
             "Raise the water, lower the die zone temperature"],
            ["Surging: die pressure and product length pulse", "Grits bridging in the feeder, worn screws or "
             "a pulsing water pump", "Check the feeder and the water pump; check the SME trend"],
            ["Tails and pieces joined together", "Blunt knives or knives not touching the die face",
             "Change the knives and set the cutter hub (section 7)"],
            ["Torque and die pressure creeping up over hours", "Die inserts blocking with burnt melt",
             "Change the die plate (section 7)"],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Start-up from cold"),
    (
        "ol",
        [
            "Check the cooling water, the gearbox oil level and that the feeder is filled with grits.",
            "Heat the barrel to the start-up profile and wait until all zones are within 5 °C of their setpoints, "
            "then let them soak for 20 min.",
            "Start the lube oil pump; X02 must clear.",
            "Start the screws at 150 rpm, empty, for no more than 30 s.",
            "Start the water at 20 % above the running rate, then the feeder at 50 % of the running rate.",
            "When the melt leaves the die steadily, start the cutter at 1000 rpm.",
            "Raise the feed and the screw speed in steps of 10 % every 2 min up to the running values, then bring "
            "the water down to the running rate.",
            "Check the torque (60-85 %) and the die pressure (40-100 bar).",
            "Check the bulk density of the product against the site's specification.",
        ],
    ),
    ("h", "7. Changing the die plate and the cutter knives"),
    (
        "ol",
        [
            "Stop the feeder, let the water and screws run on for 20 s, then stop the water and the screws. Keep "
            "the barrel heating on.",
            "Stop the cutter, lock off the cutter drive and swing the cutter assembly out on its hinge.",
            "Wait until the die pressure shows 0 bar. Loosen the 8 die plate bolts crosswise.",
            "Take the die plate off with the die lifting tool. Soak it in hot water to clean it; never hammer out "
            "the die inserts.",
            "Fit a clean die plate with a new copper gasket. Tighten the bolts crosswise in three steps to 140 Nm "
            "(TSE-52) or 200 Nm (TSE-62).",
            "Fit new knives to the hub, 4 on the TSE-52 or 6 on the TSE-62, screws 8 Nm.",
            "Swing the cutter back and lock it. Advance the hub until the knives touch the die face, then turn it "
            "3 turns further.",
            "Restart as in section 6 from step 3 (the barrel is already hot).",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record the torque, die pressure and SME; clean the cutter and the die face"],
            ["Daily", "Check the gearbox oil level and the barrel cooling water flow"],
            ["Weekly", "Check the cutter knives; change them when chipped or when tails appear"],
            ["2000 h", "Measure the clearance between screws and barrel. New 0.2-0.3 mm; above 0.6 mm the "
             "screw elements and barrel liners are replaced by Estrudella service"],
            ["4000 h or 12 months, whichever comes first", "Change the gearbox oil: 28 L (TSE-52) or 45 L "
             "(TSE-62) and the oil filter"],
            ["2 years, or after it has burst", "Replace the rupture disc"],
        ],
        (70, 100),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "TSE-52", "TSE-62"],
            ["Die plate, blank", "EST-DP-52", "EST-DP-62"],
            ["Die insert 3.0 mm, pack of 10", "EST-DI-30", "EST-DI-30"],
            ["Cutter knife set", "EST-CK-4", "EST-CK-6"],
            ["Die gasket, copper", "EST-DG-52", "EST-DG-62"],
            ["Rupture disc 180 bar", "EST-RD-180", "EST-RD-180"],
            ["Gearbox oil filter", "EST-OF-52", "EST-OF-62"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("tranvoss-cs-centrifugal-potato-slicer.pdf", "Tranvoss TRV-OM-CS-04 Ed 3 - CS-8 / CS-12", TRANVOSS),
        ("condimora-td-seasoning-tumble-drum.pdf", "Condimora CDM-UM-TD-02 Ed 2 - TD-12 / TD-16", CONDIMORA),
        ("piedralta-pm-masa-corn-mill.pdf", "Piedralta PDM-OM-PM40-01 Ed 1 - PM-40", PIEDRALTA),
        ("estrudella-tse-direct-expanded-snack-extruder.pdf", "Estrudella EST-OM-TSE-07 Ed 2 - TSE-52 / TSE-62",
         ESTRUDELLA),
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
