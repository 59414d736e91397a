"""Generate the PDF manuals of the hundred-and-twelfth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set112-scratch/venv && /tmp/set112-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set112-scratch/venv/bin/python knowledge/samples/hundredtwelfth/make_pdfs.py

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


# ---------------------------------------------------------------- Borsthaven DH pig dehairing machines
BORSTHAVEN = [
    ("title", "Borsthaven DH Pig Dehairing Machines\nOperation and Maintenance Manual - DH-150 and DH-300"),
    (
        "p",
        "Document BSH-OM-DH-04, Edition 2, March 2025. Borsthaven Slaughterline. The DH-150 and DH-300 remove the "
        "hair and the loose outer skin (scurf) from scalded pig carcasses. Two parallel paddle shafts turning in the "
        "same direction roll the carcass in a trough while a warm water spray washes the loosened hair out through "
        "the grid below. The DH-150 works in batches of two pigs: the tipping cradle of the scalding tank drops them "
        "in, and a tilting gate discharges them after the set dehairing time. The DH-300 works continuously: the "
        "inclined paddle holders move the carcasses along the trough, and they leave over the discharge flap onto "
        "the gambrelling table. Apart from the length, the drive and the items named in this manual, the two models "
        "are built alike. The scalding tank, the gambrelling table and the singeing and polishing line after the "
        "machine are covered by their own manuals. The water and steam supply up to the machine's connections and "
        "the hair removal from the grid channel are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Never reach into the trough or climb onto the machine unless the main switch is off and locked "
        "with your own padlock. The paddle shafts can run on for up to 20 s after a stop. Hot water: the spray "
        "water and the drain water can reach 65 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DH-150", "DH-300"],
            [
                "Throughput, pigs of 90-130 kg carcass weight, correctly scalded",
                "up to 150 pigs/h",
                "up to 300 pigs/h",
            ],
            ["Operation", "batch, 2 pigs per load", "continuous, up to 5 pigs in the trough"],
            ["Trough length, inside", "2400 mm", "4200 mm"],
            ["Paddle holders per shaft", "12", "20"],
            ["Paddles, three per holder, both shafts", "72", "120"],
            ["Shaft speed, default (settable 60-90 rpm)", "80 rpm", "72 rpm"],
            ["Drive motors, 400 V 3~ 50 Hz", "2 x 11 kW, 21 A each", "2 x 18.5 kW, 35 A each"],
            ["Supply fuse", "63 A gG", "100 A gG"],
            ["Largest carcass accepted, mass and length", "200 kg, 1900 mm", "280 kg, 2100 mm"],
            ["Spray water temperature at the spray bars", "60-62 °C", "60-62 °C"],
            ["Spray water flow at 3 bar", "80 L/min", "140 L/min"],
            ["Spray water supply pressure", "2.5-3.5 bar", "2.5-3.5 bar"],
            [
                "Time in the machine",
                "48 s per load (40 s dehairing, 8 s discharge and load)",
                "60 s per carcass at 300 pigs/h",
            ],
            ["Mass of one paddle shaft with holders", "380 kg", "640 kg"],
            ["Mass of the machine, empty", "3400 kg", "5200 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The throughputs hold only for pigs of 90-130 kg carcass weight that are correctly scalded (the hair pulls "
        "out easily by hand at the back and the flank) and with paddles that are not worn below the limit in "
        "section 3. Sows and boars over 130 kg need a lower rate: no more than 90 per hour on the DH-150 and no more "
        "than 180 per hour on the DH-300. Carcasses over the largest mass or length in the table must not be put "
        "through the machine; they are dehaired by hand.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this machine may operate it. Nobody may stand on the infeed side while the "
            "scalding tank cradle tips.",
            "The guard doors on the operating side are interlocked (D04). Never bridge a door switch or run the "
            "machine with a door open.",
            "Wear a waterproof apron, boots and eye protection: the spray water and the drain water are hot.",
            "The machine can exceed 85 dB(A) at full speed. Wear hearing protection as set by the site's noise "
            "assessment.",
            "A paddle shaft must be lifted out only with the lifting beam BSH-LB-40 and a hoist rated for at least "
            "1000 kg. Never lift a shaft by its paddle holders.",
            "A carcass jammed across the shafts must never be pulled out while the main switch is on.",
        ],
    ),
    ("h", "3. Settings and operating limits"),
    (
        "cols",
        [
            ("h", "Spray water"),
            (
                "p",
                "The spray water must be between 60 °C and 62 °C at the spray bars. Below 58 °C for 30 s the "
                "machine shows D05; above 65 °C it shows D06 and the water valve closes. Water that is too hot sets "
                "the skin so that it tears; water that is too cold lets the loosened hair set again.",
            ),
            ("h", "Scalding"),
            (
                "p",
                "The result depends first on the scald. This manual does not give scald temperatures or times: they "
                "are set on the scalding tank, as its own manual describes, and depend on the pigs and the season.",
            ),
            ("h", "Shaft speed"),
            (
                "p",
                "Settable 60-90 rpm on the drive panel, default 80 rpm (DH-150) or 72 rpm (DH-300). Lower the speed "
                "by 10 rpm for sows and boars over 130 kg. Never run above 90 rpm: the paddle tips then tear the "
                "skin.",
            ),
            ("h", "Load and spacing"),
            (
                "p",
                "DH-150: two pigs per load, of which no more than one sow. Dehairing time settable 30-60 s, default "
                "40 s. DH-300: at least 12 s between two carcasses at the infeed; the infeed gate holds the next "
                "carcass while five are in the trough.",
            ),
            ("h", "Paddle wear"),
            (
                "p",
                "A new paddle stands 110 mm out of its holder. Replace it when worn to 85 mm or when its scraper tip "
                "is worn flush with the rubber, whichever comes first. Always replace the three paddles of a holder "
                "together, and the holder in the same position on the other shaft at the same time, so that the "
                "carcass keeps turning.",
            ),
            ("h", "Drive belts"),
            (
                "p",
                "The V-belt deflection must be 8 mm ±2 mm under a force of 50 N in the middle of the span. Always "
                "replace a belt set complete.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it, then press RESET."],
            [
                "D02",
                "Shaft 1 motor overload",
                "Overload, jam or too many pigs. Check for a carcass stuck across the shafts before the reset.",
            ],
            ["D03", "Shaft 2 motor overload", "As D02, shaft 2."],
            ["D04", "Guard door open", "A door opened while running; the shafts stop with the brake."],
            [
                "D05",
                "Spray water cold",
                "Below 58 °C for 30 s. Check the steam valve, the mixing valve and the supply temperature.",
            ],
            ["D06", "Spray water hot", "Above 65 °C. The water valve closes; check the mixing valve thermostat."],
            [
                "D07",
                "Jam",
                "Shaft current above 150 % for 3 s. The machine reverses once for 2 s and stops if the jam persists.",
            ],
            [
                "D09",
                "Discharge not closed",
                "DH-150 tilting gate or DH-300 discharge flap not in its end position within 5 s.",
            ],
            ["D10", "Infeed blocked (DH-300)", "Infeed photocell covered for more than 20 s."],
            [
                "D11",
                "Water flow low",
                "Below 50 % of the set flow for 10 s: strainer blocked or supply pressure under 2.5 bar.",
            ],
            [
                "D12",
                "Paddle check due",
                "1500 running hours since the last paddle check. The machine keeps running.",
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
                "Hair left along the back and the shoulders",
                "Scald too short or too cool, paddles worn, shaft speed too low",
                "Check that the hair pulls out by hand before the machine; measure the paddles; raise the speed "
                "by 5 rpm",
            ],
            [
                "Skin scratched or torn on the flanks",
                "Scraper tips broken with sharp edges, shaft speed too high, or carcasses over-scalded",
                "Replace the damaged paddles; lower the speed by 5 rpm; have the scald checked",
            ],
            [
                "Carcasses slide along the shafts without turning",
                "Spray water flow low, or paddles worn unevenly between the shafts",
                "Clean the strainer; replace paddles in matching positions",
            ],
            [
                "Toes and claws not removed",
                "Toe scrapers worn, or too short a time in the machine",
                "Check the toe scrapers; lengthen the dehairing time (DH-150) by 5 s",
            ],
            [
                "Loud knock once per turn",
                "Paddle holder loose or a paddle missing",
                "Stop at once; check the clamp strip bolts (45 Nm)",
            ],
            [
                "Broken legs or torn ears on heavy pigs",
                "Speed too high for the weight, or too many carcasses in the trough",
                "Lower the speed by 10 rpm for pigs over 130 kg; check the spacing",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the trough is empty, the guard doors are closed and the grid channel is free.",
            "Open the water and steam valves and wait until the display shows 60 °C or more.",
            "Switch on the main switch and press RESET.",
            "Start the shafts with START and check the speed shown on the drive panel.",
            "Start the spray with SPRAY and check that all nozzles spray.",
            "Release the scalding tank cradle (DH-150) or the infeed gate (DH-300).",
            "To stop, hold the scalding tank, let the last carcass leave, then press STOP and close the water.",
        ],
    ),
    ("h", "7. Replacing the paddles"),
    (
        "ol",
        [
            "Stop the machine, switch off the main switch, lock it with your own padlock and close the spray water "
            "valve.",
            "Wait until the shafts have stopped, then open the guard doors.",
            "Turn the shaft by hand with the turning bar BSH-TB-1 until the holder to be changed is on top.",
            "Remove the two M12 bolts of the clamp strip and take out the three paddles.",
            "Clean the holder slot and check the holder for cracks; replace a cracked holder.",
            "Fit three new paddles BSH-PD-110 with the scraper tips facing the direction of rotation.",
            "Refit the clamp strip with new nylock nuts and tighten the M12 bolts to 45 Nm.",
            "Do the same for the holder in the same position on the other shaft. Work on one holder at a time.",
            "Close the guard doors, remove your padlock and run the machine empty for 2 min at 60 rpm; listen for "
            "knocking.",
            "Reset the paddle counter under SERVICE > PADDLES; D12 clears.",
        ],
    ),
    ("h", "8. Cleaning at the end of the shift"),
    (
        "ol",
        [
            "Run the machine empty with the spray on for 5 min.",
            "Stop, switch off and lock the main switch.",
            "Remove the hair from the grid channel and the strainer.",
            "Clean the trough, the paddles and the guard doors with low-pressure water and the site's approved "
            "detergent; keep the jet away from the motors and the bearing units.",
            "Leave the guard doors open to dry.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the trough and strainer; look for missing or broken paddle tips"],
            [
                "Weekly",
                "Grease the four shaft bearings, 2 strokes each, with the grease named in the lubrication chart "
                "BSH-LC-01 (supplied separately); check the belt deflection",
            ],
            ["1500 h (D12)", "Measure the paddles; replace those worn to 85 mm"],
            ["6 months", "Check the spray pattern of every nozzle; check the clamp strip bolts at 45 Nm"],
            [
                "12 months or 6000 h, whichever comes first",
                "Borsthaven service: shaft bearings, gearboxes, brake and guard interlocks",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DH-150", "DH-300"],
            ["Paddle with scraper tip, 110 mm", "BSH-PD-110", "BSH-PD-110"],
            ["Paddle holder", "BSH-PH-150", "BSH-PH-300"],
            ["Clamp strip with bolts and nylock nuts", "BSH-CS-12", "BSH-CS-12"],
            ["Shaft bearing unit", "BSH-BR-150", "BSH-BR-300"],
            ["V-belt set", "BSH-VB-11 (4 x SPB 1800)", "BSH-VB-18 (5 x SPB 2240)"],
            ["Spray nozzle", "BSH-SN-08", "BSH-SN-08"],
            ["Toe scraper", "BSH-TS-150", "BSH-TS-300"],
            ["Turning bar", "BSH-TB-1", "BSH-TB-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Burgavell PF patty forming machines
BURGAVELL = [
    ("title", "Burgavell PF Patty Forming Machines\nOperating and Maintenance Manual - PF-400 and PF-600"),
    (
        "p",
        "Document BGV-OM-PF-07, Edition 3, June 2024. Burgavell Food Forming. The PF-400 and PF-600 form patties "
        "from minced meat with a reciprocating mould plate. A feed screw in the hopper and a hydraulic fill piston "
        "push the product through the fill plate into the cavities of the mould plate; the plate then moves out, "
        "and the knock-out cups push the patties down onto the outfeed belt, onto a sheet of paper when the "
        "interleaver is fitted. The two models differ in the width of the mould plate and in the items named in "
        "this manual; otherwise they are built alike. The mincer and mixer before the former and the freezer after "
        "it are covered by their own manuals. Mould plates are made to order by Burgavell from the customer's patty "
        "drawing; the cavity sizes and the number of cavities are on each plate's data sheet, not in this manual.",
    ),
    (
        "warn",
        "WARNING: The mould plate closes with great force. Never put a hand under the top plate or into the "
        "knock-out area unless the main switch is off and locked and the hydraulic pressure gauge shows 0 bar.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PF-400", "PF-600"],
            ["Mould plate, usable width", "400 mm", "600 mm"],
            ["Mould plate thickness", "6-25 mm", "6-25 mm"],
            ["Stroke rate, settable", "15-60 strokes/min", "15-55 strokes/min"],
            ["Largest round patty", "150 mm", "150 mm"],
            ["Patty weight range", "30-250 g", "30-250 g"],
            ["Hopper capacity", "150 L", "250 L"],
            ["Fill pressure, settable", "4-28 bar", "4-32 bar"],
            ["Main motor (hydraulic pump)", "7.5 kW", "11 kW"],
            ["Feed screw motor", "1.5 kW", "2.2 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "32 A gG"],
            ["Hydraulic oil, food grade H1, ISO VG 46", "60 L", "90 L"],
            ["Compressed air, knock-out and paper", "6 bar, 80 NL/min", "6 bar, 110 NL/min"],
            ["Top plate mass (lifted by two persons)", "42 kg", "58 kg"],
            ["Mass of the machine", "1850 kg", "2400 kg"],
            ["Product temperature at the hopper", "-4 to +2 °C", "-4 to +2 °C"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The stroke rates hold for beef or pork mince of 10-25 % fat, minced through a 3-5 mm plate, at -4 to +2 "
        "°C at the hopper. Plates thicker than 16 mm need a slower rate: no more than 40 strokes/min on either "
        "model. Output (patties per hour) = strokes per minute x cavities per stroke x 60; for example a PF-600 "
        "with a five-cavity plate at 50 strokes/min gives 15 000 patties per hour.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the former. Cleaning staff must be trained in the lock-out described in "
            "section 7.",
            "Never feed product by hand into the hopper while the feed screw turns; use the lifting tipper.",
            "The guards of the mould plate and of the outfeed are interlocked (A02). Never bridge them.",
            "Before any work under the top plate press DEPRESSURISE and wait for 0 bar on the gauge.",
            "Hydraulic oil leaks under pressure can pierce the skin. Never feel for a leak with the hand.",
            "Hydraulic hoses must be replaced at the latest 6 years after their date of manufacture.",
        ],
    ),
    ("h", "3. Fill and forming settings"),
    (
        "cols",
        [
            ("h", "Fill pressure"),
            (
                "p",
                "Start with 12 bar for beef patties from plates of 10-14 mm and change the pressure in steps of 1 bar "
                "until the weight is right. Raise it for thicker plates; lower it when the patties are dense and "
                "rubbery. Settings for poultry, fish and plant-based products are worked out for each product by "
                "Burgavell's application service; this manual gives none.",
            ),
            ("h", "Fill time"),
            (
                "p",
                "Default 0.35 s, settable 0.20-0.80 s. A longer fill time helps with coarse or cold product but "
                "lowers the highest stroke rate.",
            ),
            ("h", "Weight check"),
            (
                "p",
                "At start-up and then at least once an hour, weigh the patties of one full stroke. The mean weight "
                "must be within ±2 % of the target, and no single patty more than 5 % off the target.",
            ),
            ("h", "Hopper level"),
            (
                "p",
                "Keep the hopper at least one third full. A level below the feed screw flights lets air into the "
                "fill and gives light patties with holes (A07 warns).",
            ),
            ("h", "Knock-out"),
            (
                "p",
                "The knock-out cups must travel 3 mm beyond the lower face of the mould plate. Cups that are worn or "
                "out of centre by more than 1 mm leave ragged edges.",
            ),
            ("h", "Paper"),
            (
                "p",
                "The paper must reach at least 10 mm beyond the patty on every side. Use the paper roll width given "
                "on the mould plate's data sheet.",
            ),
            ("h", "Hydraulic oil temperature"),
            (
                "p",
                "Normal 30-50 °C. The cooler fan starts at 45 °C; above 60 °C the former stops with A05.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["A02", "Guard open", "Mould plate guard or outfeed guard open. Close it and press RESET."],
            ["A03", "Hydraulic oil low", "Top up with food grade H1 oil ISO VG 46; look for a leak."],
            [
                "A04",
                "Hydraulic filter blocked",
                "Differential pressure switch at 2 bar. Replace the filter element BGV-HF-25.",
            ],
            ["A05", "Oil temperature high", "Above 60 °C. Clean the cooler fins; check the fan."],
            [
                "A06",
                "Fill pressure not reached",
                "Set pressure not reached within 1.5 s: hopper empty, feed screw stopped or a leak at the fill "
                "plate seals.",
            ],
            ["A07", "Hopper level low", "Level below one third. Refill the hopper."],
            [
                "A08",
                "Mould plate position",
                "Plate not home within 2 s: product or sinew under the plate, or plate gap too small.",
            ],
            ["A09", "Knock-out cups not up", "Cups not back in the top position; check the air pressure."],
            ["A11", "Paper", "Paper roll empty or paper jam in the interleaver."],
            ["A12", "Air pressure low", "Compressed air below 5 bar at the machine."],
            ["A13", "Service due", "2000 running hours since the last service. The former keeps running."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Patty weights uneven from one cavity to the next, some light",
                "Fill plate holes blocked with sinew or bone chips, product too cold, hopper level low",
                "Clean the fill plate; check the product temperature; keep the hopper at least one third full",
            ],
            [
                "Patties stick to the paper or to the knock-out cups",
                "Product warmer than +2 °C, or knock-out cups worn or dirty",
                "Cool the product; clean or replace the knock-out cups",
            ],
            [
                "Ragged edges and tails on the patties",
                "Gap between the mould plate and the top or bottom plate more than 0.1 mm, or knock-out cups out "
                "of centre",
                "Check the plate gap with a feeler gauge; centre the cups",
            ],
            [
                "Patties dense and rubbery",
                "Fill pressure too high for the product",
                "Lower the fill pressure in 1 bar steps",
            ],
            [
                "Holes and air pockets in the patties",
                "Hopper level low, or product too lean and coarse",
                "Keep the hopper at least one third full; lengthen the fill time",
            ],
            [
                "Oil hot, A05 after an hour",
                "Cooler fins blocked with fat, fan stopped",
                "Clean the cooler fins; check the fan fuse",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the former is clean and dry and that the right mould plate and knock-out cups are fitted.",
            "Switch on the main switch and the compressed air; press RESET.",
            "Start the hydraulic pump and let the oil warm up to 30 °C.",
            "Fill the hopper at least one third full with product at -4 to +2 °C.",
            "Select the product recipe; check the fill pressure, fill time and stroke rate.",
            "Run 10 strokes at 15 strokes/min and remove the patties.",
            "Weigh one full stroke and correct the fill pressure, then raise the stroke rate.",
        ],
    ),
    ("h", "7. Changing the mould plate"),
    (
        "ol",
        [
            "Empty the hopper by running until A06 shows, or close the fill slide with product left in the hopper.",
            "Press DEPRESSURISE and wait until the pressure gauge shows 0 bar.",
            "Stop the pump, switch off the main switch and lock it with your own padlock.",
            "Open the mould plate guard.",
            "Loosen the four M16 top plate clamps and lift the top plate off with its handles; two persons are needed.",
            "Pull the two locking pins that hold the mould plate to the drive bar.",
            "Slide the mould plate out towards the outfeed on its support rails.",
            "Clean the bottom plate and check it for scores; for scores deeper than 0.2 mm call Burgavell service.",
            "Slide the new plate in with its number facing the operator and refit the locking pins.",
            "Refit the top plate and tighten the clamps crosswise to 60 Nm.",
            "Fit the knock-out cup set of the new plate and check that the cups are centred over the cavities.",
            "Close the guard, remove your padlock, switch on and run 10 strokes at 15 strokes/min without "
            "product; then start up as in section 6.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Full wash-down; check the knock-out cups and the fill plate seals"],
            ["Weekly", "Check the mould plate gap with a feeler gauge: no more than 0.1 mm"],
            ["500 h", "Replace the hydraulic filter element BGV-HF-25"],
            [
                "2000 h or 12 months, whichever comes first (A13)",
                "Change the hydraulic oil (60 L PF-400, 90 L PF-600) and the filter",
            ],
            ["12 months", "Burgavell service: pump, fill cylinder, valves and hoses"],
            ["6 years from manufacture", "Replace all hydraulic hoses"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "PF-400", "PF-600"],
            ["Fill plate", "BGV-FP-400", "BGV-FP-600"],
            ["Knock-out cup, round 100 mm", "BGV-KC-100", "BGV-KC-100"],
            ["Hydraulic filter element", "BGV-HF-25", "BGV-HF-25"],
            ["Fill cylinder seal kit (fitting by Burgavell service)", "BGV-SK-40", "BGV-SK-60"],
            ["Fill plate seal strip", "BGV-SS-400", "BGV-SS-600"],
            ["Feeler gauge set 0.05-0.30 mm", "BGV-FG-1", "BGV-FG-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Ossavik BX-800 meat-bone separator
OSSAVIK = [
    ("title", "Ossavik BX-800 Meat-Bone Separator\nOperation and Maintenance Manual"),
    (
        "p",
        "Document OSV-OM-BX-02, Edition 1, November 2024. Ossavik Separation Technology. The BX-800 separates meat "
        "from bones under pressure. A feed screw in the hopper delivers the raw material to the separating screw, "
        "which presses it against a perforated sieve in the separation head. Meat and soft tissue pass through the "
        "sieve holes and leave as mechanically separated meat (MSM); the bone residue leaves at the end of the head "
        "through the annular gap set by the back-pressure cone. The raw material must be broken to pieces of no "
        "more than 25 mm by a bone crusher, which is covered by its own manual. Which raw materials may be used, "
        "the storage temperatures of raw material and MSM, how long MSM may be kept, its labelling and its calcium "
        "limit are set by food law and the site's HACCP plan; this manual gives only the limits of the machine.",
    ),
    (
        "warn",
        "WARNING: Never put a hand or a tool into the hopper while the feed screw can turn. The separating screw "
        "runs with a very small clearance: a metal foreign body destroys the screw and the sieve. Keep the magnet "
        "at the crusher outlet clean.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Throughput, chicken frames crushed to 25 mm, 1.0 mm sieve", "up to 800 kg/h"],
            ["Throughput, pork neck and back bones crushed to 25 mm, 1.5 mm sieve", "up to 500 kg/h"],
            ["Sieve hole diameters available", "0.8, 1.0, 1.5 and 2.0 mm"],
            ["Separating screw", "114 mm diameter, speed settable 120-220 rpm, default 180 rpm"],
            ["Main motor, 400 V 3~ 50 Hz", "30 kW, 55 A"],
            ["Feed screw motor", "2.2 kW"],
            ["Supply fuse", "80 A gG"],
            ["Hopper volume", "300 L"],
            ["Screw-to-sieve clearance, new", "0.10-0.15 mm"],
            ["Screw-to-sieve clearance, replacement limit", "0.5 mm"],
            ["Temperature rise, hopper to MSM outlet, normal", "2-4 °C"],
            ["Head jacket cooling water", "2-8 °C, at least 10 L/min"],
            ["Gearbox oil, food grade H1, ISO VG 220", "12 L"],
            ["Separation head with sieve, mass", "about 48 kg"],
            ["Mass of the machine", "1650 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The throughputs hold only for the raw materials named, crushed to no more than 25 mm, at -2 to +4 °C, with "
        "the sieve named and a screw clearance within the new values. Typical yield with chicken frames and the "
        "1.0 mm sieve is 60-68 % of the raw material mass; it depends on the raw material and is not guaranteed. "
        "Ossavik has figures for no other raw material in this manual; other raw materials are tested by Ossavik "
        "on request.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run or clean the separator. Lock the main switch with your own padlock for any "
            "work on the hopper, the head or the residue chute.",
            "The head cover and the hopper grid are interlocked (S02). Never bridge them.",
            "The separation head weighs about 48 kg: move it only with the extraction trolley OSV-ET-1.",
            "The sieve edges and the screw flights are sharp. Wear cut-resistant gloves when handling them.",
            "Frozen raw material must never be fed: it can break the screw.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Raw material"),
            (
                "p",
                "The machine is designed for raw material at -2 to +4 °C at the hopper. Material below -2 °C "
                "blocks the sieve and overloads the screw (S04).",
            ),
            ("h", "Temperature rise"),
            (
                "p",
                "Temperature rise (°C) = MSM temperature at the outlet - raw material temperature at the hopper. "
                "It is normally 2-4 °C at rated throughput with the 1.0 mm sieve and the jacket cooling on. A rise "
                "above 5 °C (S05, warning) points to a blocked sieve, a worn screw or too high a back pressure; "
                "above 7 °C the machine stops (S06).",
            ),
            ("h", "Back pressure"),
            (
                "p",
                "The cone is set with the handwheel on a scale of 0-10. Start at 4. A higher setting raises the "
                "yield but also the bone particles and the temperature. Never set above 8 with the 0.8 mm sieve.",
            ),
            ("h", "Motor load"),
            (
                "p",
                "The display shows the main motor current in % of the rated current. Run at 70-90 %. Above 100 % "
                "for 10 s the feed screw slows down and S04 shows.",
            ),
            ("h", "Sieve"),
            (
                "p",
                "Check the sieve every 250 h with the pin gauge set OSV-PG-1. Replace it when any hole has grown "
                "more than 0.2 mm over its nominal diameter or when a crack is found, whichever comes first.",
            ),
            ("h", "Screw clearance"),
            (
                "p",
                "Measure every 500 h (section 8). New 0.10-0.15 mm; replace the screw, or have it rebuilt by "
                "Ossavik, when the clearance reaches 0.5 mm at any of the three measuring points.",
            ),
            ("h", "Residue"),
            (
                "p",
                "The bone residue should be dry and crumbly. Wet, meaty residue means lost yield.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "Release it and press RESET."],
            ["S02", "Guard open", "Head cover or hopper grid open."],
            ["S03", "Main motor overload", "Motor protection tripped. Find the cause before the reset."],
            [
                "S04",
                "Motor load high",
                "Current above 100 % for 10 s: frozen raw material, blocked sieve or pieces larger than 25 mm.",
            ],
            ["S05", "Temperature rise high", "Rise above 5 °C. Warning only; see section 3."],
            ["S06", "Temperature rise too high", "Rise above 7 °C. The machine stops."],
            [
                "S08",
                "Cooling water flow low",
                "Jacket flow below 10 L/min: valve closed, strainer blocked or supply off.",
            ],
            ["S09", "Hopper empty", "Level probe uncovered for 60 s. The feed screw stops."],
            ["S10", "Residue chute blocked", "Pressure switch in the chute. Clear the chute after lock-out."],
            ["S11", "Head clamp not locked", "Tighten the clamp ring with the hook spanner OSV-HS-1."],
            ["S12", "Service due", "2000 running hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "MSM gritty, bone particles felt between the fingers",
                "Sieve cracked or holes worn oversize, back pressure too high",
                "Check the sieve with the pin gauge; lower the back pressure by one division",
            ],
            [
                "Yield falls, residue wet and meaty",
                "Screw clearance worn towards 0.5 mm, sieve holes blocked, or back pressure too low",
                "Measure the clearance (section 8); clean the sieve; raise the back pressure by one division",
            ],
            [
                "MSM warm and foamy",
                "Screw speed too high, jacket cooling off, or worn screw",
                "Lower the speed by 20 rpm; check the cooling water; measure the clearance",
            ],
            [
                "Throughput low and motor load low",
                "Raw material bridging in the hopper, or pieces too large",
                "Check the crusher setting; keep the hopper filled evenly",
            ],
            [
                "Knocking or grinding noise from the head",
                "Foreign body, or the screw touching the sieve",
                "Stop at once; lock out; open the head and inspect",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the head is clamped (S11 off), the cover is closed and the residue chute is free.",
            "Open the cooling water and check the flow on the display: at least 10 L/min.",
            "Set the back pressure to 4 and the screw speed to 180 rpm.",
            "Start the separating screw, then the feed screw.",
            "Fill the hopper with raw material at -2 to +4 °C.",
            "After 5 min measure the temperatures at the hopper and the outlet and work out the rise.",
            "Adjust the back pressure by one division at a time, waiting 2 min between changes.",
        ],
    ),
    ("h", "7. Changing the sieve"),
    (
        "ol",
        [
            "Run the machine empty until no more residue comes out, then stop it, switch off the main switch and "
            "lock it.",
            "Close the cooling water valves and drain the head jacket through its drain cock.",
            "Open the head cover and release the clamp ring with the hook spanner OSV-HS-1.",
            "Pull the separation head off the screw with the extraction trolley OSV-ET-1.",
            "On the bench, remove the six M10 retaining screws and press the sieve out of the head with the press "
            "ring.",
            "Clean the head seat and check the O-rings; replace flattened O-rings from the set OSV-OR-1.",
            "Press in the new sieve with its hole marking facing out and tighten the M10 screws crosswise to 25 Nm.",
            "Refit the head on the screw with the trolley and tighten the clamp ring until S11 goes out.",
            "Open the cooling water valves and check the jacket for leaks.",
            "Close the cover, run empty for 1 min at 120 rpm, then start production as in section 6.",
        ],
    ),
    ("h", "8. Measuring the screw clearance"),
    (
        "ol",
        [
            "Remove the separation head as in section 7, steps 1-4.",
            "Measure the screw diameter at the inlet, middle and outlet of the sieve zone with a micrometer.",
            "Measure the sieve bore at the same three points with the bore gauge.",
            "Clearance = (bore - screw diameter) / 2 at each point.",
            "Record the three values in the service log; replace or rebuild the screw at 0.5 mm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Dismantle the head, clean all product parts as the site's cleaning plan sets"],
            ["250 h", "Check the sieve with the pin gauge set OSV-PG-1"],
            ["500 h", "Measure the screw clearance (section 8)"],
            [
                "2000 h (S12) or 12 months, whichever comes first",
                "Change the gearbox oil, 12 L food grade H1 ISO VG 220",
            ],
            ["12 months", "Ossavik service: bearings, seals, motor and safety circuits"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Sieve 0.8 mm / 1.0 mm", "OSV-SV-08 / OSV-SV-10"],
            ["Sieve 1.5 mm / 2.0 mm", "OSV-SV-15 / OSV-SV-20"],
            ["Separating screw 114 mm", "OSV-SC-114"],
            ["O-ring set, separation head", "OSV-OR-1"],
            ["Back-pressure cone", "OSV-BC-1"],
            ["Hook spanner", "OSV-HS-1"],
            ["Pin gauge set", "OSV-PG-1"],
            ["Extraction trolley", "OSV-ET-1"],
        ],
        (95, 75),
    ),
]

# ---------------------------------------------------------------- Glacombe CS-24 carcass chill spray system
GLACOMBE = [
    ("title", "Glacombe CS-24 Carcass Chill Spray System\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document GLC-IOM-CS24-05, Edition 2, April 2025. Glacombe Chill Systems. The CS-24 sprays chilled potable "
        "water in short pulses over beef and pork sides hanging in the chill room during the first hours of "
        "chilling. The thin water film evaporates from the surface and reduces the weight loss (shrink) of the "
        "carcasses. The system consists of the CS-24 controller (up to 24 spray zones, one zone for each rail or "
        "pair of rails), a pump skid with a break tank, a 100 µm filter and a UV unit, and stainless spray bars "
        "with flat-fan nozzles above the rails. The chill room, its refrigeration and air flow, the room "
        "temperature probes and the rails are not part of the CS-24 and are covered by their own documents. The "
        "CS-24 reads the room air temperature from the refrigeration controller's probe. Whether and how much the "
        "carcasses may take up water, and how carcass weights are declared, are set by food law and checked by "
        "the official veterinarian; the site must set the program so that it meets them.",
    ),
    (
        "warn",
        "WARNING: Never enter a zone under spray in TEST or AUTO mode without the zone set to OFF: the spray is "
        "cold and makes the floor slippery. Lock the pump skid isolator before opening any pipe or filter housing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Spray zones", "up to 24, one solenoid zone valve each"],
            ["Nozzles per zone", "up to 48"],
            ["Nozzle", "flat fan 80°, 0.8 L/min at 3.0 bar"],
            ["Spray bar height above the top of the carcasses", "300-500 mm"],
            ["Pump skid", "2 pumps (duty and standby), 4.0 kW each, 120 L/min at 4.5 bar"],
            ["Pressure at the zone manifold while spraying", "3.0-4.0 bar"],
            ["Water temperature at the nozzles", "2-10 °C"],
            ["Break tank", "400 L, potable water supply 2-6 bar"],
            ["Filter", "100 µm cartridge, differential pressure alarm 0.8 bar"],
            ["UV unit", "40 mJ/cm² at 120 L/min, lamp life 8000 h"],
            ["Supply", "400 V 3~ 50 Hz, 16 A gG"],
            ["Controller", "CS-24, 7 in touch panel, IP66"],
            ["Zone valves", "1 in, 24 V DC coil"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The nozzle flow of 0.8 L/min holds only at 3.0 bar at the nozzle, with a clean nozzle and strainer. Water "
        "per cycle and zone (L) = nozzles x nozzle flow (L/min) x spray time (s) / 60; for example 40 nozzles x 0.8 "
        "L/min x 60 s / 60 = 32 L. The zones open at the same time must not take more than the 120 L/min of one "
        "pump: at most three zones of 48 nozzles spray together (3 x 48 x 0.8 = 115 L/min). The controller "
        "staggers the zones automatically.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may change a program. Every change is logged with the user name.",
            "The spray water must be potable water. Any chlorination or other treatment of the spray water, and its "
            "level, must be agreed by the site with the competent authority. The CS-24 has a dosing pump output, "
            "but this manual gives no dosing levels.",
            "If the UV unit fails (W08) the CS-24 stops spraying. Never bridge the UV interlock.",
            "Wet floors in a zone under spray are slippery: keep walkways out of the spray pattern.",
            "The zone valves are at ceiling height. Work on them only from a platform, with the zone set to OFF.",
        ],
    ),
    ("h", "3. Program settings and limits"),
    (
        "cols",
        [
            ("h", "Start"),
            (
                "p",
                "A zone starts spraying when its rail is reported full, or 30 min after the first carcass enters it, "
                "whichever comes first.",
            ),
            ("h", "Default program, beef sides"),
            (
                "p",
                "Spray 60 s every 15 min for the first 10 h. Stop spraying no later than 12 h after the first "
                "carcass enters the zone, or 4 h before the zone is unloaded, whichever comes first, so that the "
                "surfaces are dry at dispatch.",
            ),
            ("h", "Default program, pork sides"),
            (
                "p",
                "Spray 45 s every 20 min for the first 6 h. Pork sides must leave the spray at least 3 h before "
                "unloading.",
            ),
            ("h", "Other carcasses"),
            (
                "p",
                "Glacombe gives no programs for lamb, veal or other carcasses. They must be worked out by the site in "
                "trials.",
            ),
            ("h", "Room air"),
            (
                "p",
                "Spraying is blocked while the room air is above 12 °C, and in defrost. The value comes from the "
                "refrigeration controller; the probe and its calibration belong to the refrigeration system.",
            ),
            ("h", "Spray time limits"),
            (
                "p",
                "Spray time settable 10-120 s, interval 5-60 min. The spray time must never exceed a quarter of the "
                "interval.",
            ),
            ("h", "Water"),
            (
                "p",
                "Water at the nozzles must be 2-10 °C. Above 10 °C for 5 min W09 shows and the zones pause until "
                "the water is cold again.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["W01", "Emergency stop", "Emergency stop or pump skid isolator off."],
            ["W02", "Pump 1 fault", "Overload or contactor fault; the standby pump takes over."],
            ["W03", "Pump 2 fault", "As W02, pump 2."],
            [
                "W04",
                "Pressure low",
                "Below 2.5 bar at the manifold for 10 s while spraying: too many zones open, filter blocked, or a "
                "burst hose.",
            ],
            [
                "W05",
                "Pressure high",
                "Above 5.5 bar: the zone valve called did not open. Check the zone shown.",
            ],
            ["W07", "Filter blocked", "Differential pressure above 0.8 bar. Change the cartridge (section 8)."],
            [
                "W08",
                "UV fault",
                "UV lamp failed or intensity low. Spraying stops until the UV unit is back in order.",
            ],
            ["W09", "Water warm", "Above 10 °C at the nozzles for 5 min. Zones pause."],
            [
                "W10",
                "Zone valve fault",
                "Coil current out of range; the zone number is shown. Check the coil and its plug.",
            ],
            ["W11", "Break tank low", "Potable water supply off or below 2 bar."],
            ["W12", "Service due", "UV lamp at 8000 h or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sides dripping, water pooling on the floor under the rails",
                "Spray time too long or interval too short for the room air flow, or spray bar too low",
                "Shorten the spray time in 10 s steps; check the bar height (300-500 mm)",
            ],
            [
                "One rail gets no spray at all",
                "Zone set to OFF in the program, zone valve coil or plug faulty (W10), or the zone ball valve closed",
                "Check the zone status; check the coil; open the ball valve",
            ],
            [
                "Dry stripes on the carcasses",
                "Nozzles blocked with scale, or fans not aligned along the rail",
                "Descale the nozzles (section 7)",
            ],
            [
                "Pressure falls when more zones open",
                "More than three full zones spraying together, or filter blocked",
                "Check the stagger setting; change the filter cartridge",
            ],
            [
                "Carcasses still warm at the end of chilling",
                "Refrigeration or air flow of the room; spraying does not replace refrigeration",
                "Have the room checked as its own documents describe",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Setting up a zone program"),
    (
        "ol",
        [
            "Log in as supervisor and open PROGRAMS.",
            "Select the zone and the carcass type (BEEF or PORK); the default program is loaded.",
            "Enter the number of nozzles fitted on the zone's spray bar.",
            "Change the spray time and interval if needed; the panel refuses a spray time over a quarter of the "
            "interval.",
            "Enter the planned unloading time so that the 4 h (beef) or 3 h (pork) dry-off can be kept.",
            "Save and set the zone to AUTO.",
        ],
    ),
    ("h", "7. Cleaning and descaling the nozzles"),
    (
        "ol",
        [
            "In MAINTENANCE set the zone to OFF; make sure no carcasses hang under the bar.",
            "Close the zone's ball valve and open the drain plug at the end of the bar.",
            "Unscrew the nozzle caps by hand and take out the nozzles and their strainers.",
            "Soak the nozzles and strainers in 5 % citric acid solution at 40 °C for 30 min.",
            "Rinse them with potable water. Clean an orifice only with the soft nozzle brush GLC-NB-1, never with "
            "a wire or a needle.",
            "Refit the nozzles with the slot parallel to the rail.",
            "Close the drain plug, open the ball valve and set the zone to TEST: it sprays for 30 s; check every fan.",
            "Check one nozzle in three: collect its spray for 60 s; it must give 0.8 L ±0.05 L at 3.0 bar. "
            "Replace a nozzle that gives more than 10 % over this (worn orifice).",
            "Set the zone back to AUTO.",
        ],
    ),
    ("h", "8. Changing the filter cartridge"),
    (
        "ol",
        [
            "Switch the system to STANDBY and lock the pump skid isolator.",
            "Close the valves before and after the filter and open the vent on the housing.",
            "Unscrew the housing bowl and take out the cartridge.",
            "Clean the bowl, fit a new cartridge GLC-FC-100 and a new bowl O-ring.",
            "Refit the bowl, close the vent, open the valves and release the isolator.",
            "Vent the housing until water comes out free of air; check the differential pressure.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the alarm list, the manifold pressure and the water temperature"],
            ["Weekly", "Check the filter differential pressure; walk the zones in TEST"],
            ["Quarterly", "Descale all nozzles (section 7)"],
            ["8000 h or 12 months, whichever comes first (W12)", "Replace the UV lamp GLC-UV-40"],
            ["12 months", "Glacombe service: pumps, pressure transmitter, zone valves"],
            ["As set by the site's HACCP plan", "Microbiological sampling of the spray water"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Flat-fan nozzle 80°, 0.8 L/min", "GLC-FN-08"],
            ["Nozzle cap", "GLC-NC-1"],
            ["Nozzle strainer 50 mesh", "GLC-ST-50"],
            ["Soft nozzle brush", "GLC-NB-1"],
            ["Filter cartridge 100 µm", "GLC-FC-100"],
            ["UV lamp", "GLC-UV-40"],
            ["Zone valve 1 in", "GLC-ZV-25"],
            ["Zone valve coil 24 V DC", "GLC-ZC-24"],
        ],
        (90, 80),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("borsthaven-dh-pig-dehairing-machine.pdf", "Borsthaven BSH-OM-DH-04 Ed 2 - DH-150 / DH-300", BORSTHAVEN),
        ("burgavell-pf-patty-forming-machine.pdf", "Burgavell BGV-OM-PF-07 Ed 3 - PF-400 / PF-600", BURGAVELL),
        ("ossavik-bx-meat-bone-separator.pdf", "Ossavik OSV-OM-BX-02 Ed 1 - BX-800", OSSAVIK),
        ("glacombe-cs-carcass-chill-spray-system.pdf", "Glacombe GLC-IOM-CS24-05 Ed 2 - CS-24", GLACOMBE),
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
