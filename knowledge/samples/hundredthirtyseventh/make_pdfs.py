"""Generate the PDF manuals of the hundred-and-thirty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set137-scratch/venv && /tmp/set137-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set137-scratch/venv/bin/python knowledge/samples/hundredthirtyseventh/make_pdfs.py

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


# ---------------------------------------------------------------- Brahmora RV tea rotorvanes
BRAHMORA = [
    ("title", "Brahmora RV Tea Rotorvanes\nOperation and Maintenance Manual - RV-15 and RV-20"),
    (
        "p",
        "Document BRM-OM-RV-04, Edition 3, March 2024. Brahmora Tea Machinery. The RV-15 and RV-20 rotorvanes "
        "condition withered tea leaf before the CTC (crush-tear-curl) line, or cut orthodox leaf after the rollers. A "
        "feed screw pushes the leaf through a horizontal barrel; vanes on the rotor and adjustable resistor vanes in "
        "the barrel twist and tear the leaf, and an end plate at the outlet holds the leaf back so that it is worked "
        "evenly. The two models differ in barrel size, rotor, drive and the items named in this manual; otherwise "
        "they are built alike. The feed conveyor and the leaf spreader have their own manuals. The CTC machines "
        "downstream, and the setting of their rollers, are covered by the CTC maker's manual. Withering targets are "
        "set by the factory's tea maker, not by this manual. The electrical supply up to the isolator is the "
        "site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The rotor can draw in a hand or a sleeve in a fraction of a second. Never reach into the feed "
        "hopper or the outlet while the isolator is on. Lock the isolator off before opening the end door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RV-15", "RV-20"],
            ["Barrel bore", "380 mm", "508 mm"],
            ["Barrel length, feed end to end plate", "1120 mm", "1420 mm"],
            ["Rotor speed (fixed, 50 Hz supply)", "38 rpm", "32 rpm"],
            ["Rotor vanes / barrel resistor vanes", "10 / 8", "14 / 12"],
            [
                "Throughput, withered leaf of 64-70 % moisture (wet basis), 40 % end plate, resistors at 15°",
                "1000-1400 kg/h",
                "2000-2600 kg/h",
            ],
            ["Main motor 400 V 3~ 50 Hz, S1 duty, star-delta start", "15 kW, 28 A", "30 kW, 55 A"],
            ["Supply fuse (aM)", "40 A", "80 A"],
            ["Feed hopper capacity", "60 kg", "110 kg"],
            ["Rotor to barrel clearance, new", "1.5 mm ±0.3 mm", "2.0 mm ±0.3 mm"],
            ["Gearbox oil ISO VG 320 (CLP 320), quantity", "9 L", "16 L"],
            ["Noise at 1 m, running with leaf", "82 dB(A)", "84 dB(A)"],
            ["Mass, empty", "1450 kg", "2380 kg"],
            ["Overall length x width x height", "2650 x 900 x 1550 mm", "3200 x 1100 x 1750 mm"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The throughput figures hold only for withered leaf of 64-70 % moisture with the 40 % end plate and the "
        "resistors at 15°, fed evenly. Throughput figures for other leaf, for example unwithered or rain-wet leaf, "
        "are not given; such leaf should not be run through the rotorvane.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the rotorvane. Keep the area round the outlet chute clear while the "
            "rotor turns.",
            "The end door is interlocked (R08). Never bridge the interlock switch, not even for cleaning.",
            "Wear hearing protection near the running machine: the noise at 1 m is above 80 dB(A) on both models.",
            "Wash water must be no hotter than 60 °C. Never point a hose or a pressure washer at the motor, the "
            "gearbox breather or the control box.",
            "A stone or a piece of metal in the leaf can break a vane. Stop at once if a knocking noise starts and "
            "lock the isolator off before looking inside.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Leaf"),
            (
                "p",
                "Withered leaf of 64-70 % moisture (wet basis) works best. Below 62 % the leaf breaks into flaky "
                "pieces and dust. Above 72 % it mashes, juice runs out of the outlet and the throughput falls.",
            ),
            ("h", "End plates"),
            (
                "p",
                "Four end plates are supplied, with 30 %, 40 %, 50 % and 60 % open area. Start with the 40 % plate. "
                "A plate with less open area works the leaf harder. One step means the next plate in this list.",
            ),
            ("h", "Barrel resistors"),
            (
                "p",
                "Each barrel resistor vane can be set at 0°, 15°, 30° or 45°. The standard setting is 15° for both "
                "models. Never set more than half of the resistors at 45°.",
            ),
            ("h", "Specific energy"),
            (
                "p",
                "The panel shows the power drawn by the main motor in kW. Specific energy (kWh/t) = power drawn "
                "(kW) / throughput (t/h). For example, an RV-15 drawing 12.0 kW at 1200 kg/h (1.2 t/h) works at 10 "
                "kWh/t. The normal range is 8-12 kWh/t for the RV-15 and 9-14 kWh/t for the RV-20. The leaf is being "
                "over-worked above 14 kWh/t on the RV-15 and above 16 kWh/t on the RV-20: open the end plate one "
                "step or set the resistors back to 15°.",
            ),
            ("h", "Leaf temperature"),
            (
                "p",
                "The leaf may gain no more than 5 °C between the feed hopper and the outlet. The outlet leaf "
                "temperature must stay below 35 °C: R11 shows at 35 °C and the feed stops at 38 °C.",
            ),
            ("h", "Running empty and starts"),
            (
                "p",
                "Never run the rotor with an empty barrel for more than 2 min: the vanes rub on the barrel and heat "
                "up. Keep the hopper at least one third full while running. The main motor allows no more than 6 "
                "starts per hour.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            [
                "R02",
                "Main motor overload",
                "Motor thermistor tripped: too many starts, barrel overfilled or wet leaf. Let the motor cool for "
                "at least 15 min before a restart.",
            ],
            [
                "R03",
                "Rotor blocked",
                "Motor current above 140 % of rated for 3 s. Lock off, open the end door and clear the barrel.",
            ],
            ["R04", "Hopper empty", "No leaf at the hopper level sensor for 2 min. The rotor stops."],
            ["R05", "Outlet blocked", "Leaf backed up in the outlet chute. Check the conveyor to the CTC line."],
            ["R06", "Gearbox hot", "Gearbox oil above 85 °C. Check the oil level and grade."],
            ["R08", "End door open", "End door interlock open. Close and lock the door, press RESET."],
            ["R09", "Speed low", "Rotor below 80 % of its rated speed for 5 s: slipping coupling or overload."],
            ["R10", "Grease pump", "Automatic grease pump for the rotor bearings empty or blocked."],
            ["R11", "Leaf hot", "Outlet leaf temperature at 35 °C. At 38 °C the feed stops."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Leaf comes out mashed and pasty, juice at the outlet",
                "Leaf under-withered (above 72 % moisture) or end plate too closed",
                "Ask for better withered leaf; open the end plate one step",
            ],
            [
                "Large uncut pieces and twisted lumps in the outlet",
                "Vanes worn, clearance too large or end plate too open",
                "Check the clearance (section 9); fit the next closed end plate",
            ],
            [
                "Output low while the motor power is high",
                "Resistors set too steep, or the barrel coated with dried sap",
                "Set the resistors back to 15°; wash the barrel (section 10)",
            ],
            [
                "Knocking once every rotor turn",
                "Loose vane bolt or a foreign object in the barrel",
                "Stop, lock off, open the end door and check the vanes",
            ],
            [
                "Leaf at the outlet much warmer than in the hopper",
                "Leaf over-worked: end plate too closed, vanes blunt, or feed too high",
                "Work out the specific energy (section 3); open the end plate one step",
            ],
            [
                "Gearbox hot, R06",
                "Oil level low or wrong oil grade",
                "Top up or change the oil with CLP 320",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the end plate is bolted and the end door closed and locked.",
            "Check the gearbox oil level at the sight glass.",
            "Switch on the isolator and press RESET; the panel shows READY.",
            "Start the conveyor to the CTC line first, then the rotorvane (START). Wait until the motor has "
            "switched from star to delta (about 8 s).",
            "Start the feed conveyor. Keep the hopper at least one third full.",
            "After 5 min check the specific energy and the outlet leaf temperature.",
            "To stop, stop the feed first and let the rotor clear the barrel; press STOP within 2 min of the "
            "hopper running empty.",
        ],
    ),
    ("h", "7. Changing the end plate"),
    (
        "ol",
        [
            "Stop the rotorvane and lock the isolator off.",
            "Open the end door. Wear gloves: the plate edges are sharp.",
            "Remove the six M12 nuts and lift the end plate off its studs with the lifting handle.",
            "Clean the seat and check the end plate gasket; replace it if it is torn.",
            "Fit the new plate with the stamped open area facing outwards and tighten the nuts crosswise to 60 Nm.",
            "Close and lock the end door, release the isolator and press RESET.",
            "Note the new plate in the shift log.",
        ],
    ),
    ("h", "8. Fitting resistor vanes"),
    (
        "p",
        "The resistor vanes are set from outside the barrel: loosen the clamp nut, turn the square shaft to the "
        "marked angle (0°, 15°, 30° or 45°) and tighten the nut to 40 Nm. Set the resistors only with the rotor "
        "stopped.",
    ),
    ("h", "9. Checking and setting the rotor clearance"),
    (
        "ol",
        [
            "Stop the rotorvane, lock the isolator off and remove the end plate (section 7).",
            "Turn the rotor by hand with the turning bar until a vane tip is at the bottom of the barrel.",
            "Measure the gap between the vane tip and the barrel with a feeler gauge at the feed end and at the "
            "outlet end.",
            "The clearance must be 1.5 mm ±0.3 mm (RV-15) or 2.0 mm ±0.3 mm (RV-20) at both points.",
            "If it is too large, loosen the two bearing housing bolts at each end, lower the rotor with the "
            "jacking screws and check again. Tighten the housing bolts to 210 Nm.",
            "Turn the rotor by hand one full turn: no vane may touch the barrel.",
            "Refit the end plate. If the clearance cannot be set because the vanes are worn, see section 11.",
        ],
    ),
    ("h", "10. Washing the barrel and rotor"),
    (
        "ol",
        [
            "At the end of the shift run the barrel empty (no more than 2 min) and stop.",
            "Lock the isolator off and remove the end plate.",
            "Wash the barrel, the rotor and the end plate with water at no more than 60 °C and a soft brush. Use "
            "the site's approved food-safe detergent if sap has dried on.",
            "Rinse and leave the end door open to dry.",
            "Refit the end plate before the next shift.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift end", "Wash the barrel, rotor and end plate (section 10)"],
            ["Daily", "Check the gearbox oil level; check the vane bolts for tightness"],
            [
                "Weekly",
                "Check the automatic grease pump; if it is empty, grease the rotor bearings by hand: 2 strokes "
                "(RV-15) or 4 strokes (RV-20) of lithium EP2 grease each",
            ],
            ["Every 500 h", "Check the rotor clearance (section 9)"],
            ["2000 h or 12 months, whichever comes first", "Change the gearbox oil (CLP 320)"],
            [
                "Vanes worn by more than 3 mm at the tip",
                "Rebuild the vanes by hardfacing (Brahmora service or a welder approved by Brahmora; the "
                "procedure is not part of this manual) or fit a new vane set",
            ],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "RV-15", "RV-20"],
            ["Rotor vane set", "BRM-15-VS10", "BRM-20-VS14"],
            ["Barrel resistor vane", "BRM-15-BR", "BRM-20-BR"],
            ["End plate 40 %", "BRM-15-EP40", "BRM-20-EP40"],
            ["End plate gasket", "BRM-15-EG", "BRM-20-EG"],
            ["Gearbox oil seal kit", "BRM-15-GS", "BRM-20-GS"],
            ["Rotor bearing, feed end", "22216 E", "22220 E"],
            ["Outlet leaf temperature probe PT100", "BRM-TP-100", "BRM-TP-100"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Oxivara CFM continuous fermenting machines
OXIVARA = [
    ("title", "Oxivara CFM Continuous Tea Fermenting Machines\nUser Manual - CFM-12 and CFM-18"),
    (
        "p",
        "Document OXV-UM-CFM-02, Edition 5, January 2025. Oxivara Process Systems. The CFM-12 and CFM-18 oxidise "
        "(ferment) CTC dhool continuously. A spreader lays the dhool from the CTC line on a slowly moving belt of "
        "perforated stainless steel trays; a levelling roller sets the bed depth, and conditioned air, cooled and "
        "humidified by a high-pressure fog system, is blown up through the bed. At the end of the belt the dhool "
        "drops into the dryer feed. The two models differ in belt length and width, fans, fog pumps and the items "
        "named in this manual. The CTC line and the dryer have their own manuals. The fermentation time for a "
        "given leaf is decided by the factory's tea maker, by colour and by tasting; this manual gives the settings "
        "and the limits of the machine, not a fermentation time for any clone or season.",
    ),
    (
        "warn",
        "WARNING: The belt moves slowly but with great force. Never step onto the belt, never reach between the "
        "trays and the side frame, and stop the belt with the pull cord before clearing a blockage at the spreader.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CFM-12", "CFM-18"],
            ["Effective fermenting length", "12.0 m", "18.0 m"],
            ["Belt width", "1.5 m", "1.8 m"],
            ["Belt speed range", "0.10-0.60 m/min", "0.15-0.90 m/min"],
            ["Fermentation time range", "20-120 min", "20-120 min"],
            ["Bed depth, set by the levelling roller", "60-120 mm", "60-120 mm"],
            [
                "Throughput, CTC dhool of 350 kg/m³ bulk density, 100 mm bed, 80 min fermentation",
                "about 470 kg/h",
                "about 850 kg/h",
            ],
            ["Conditioned air fans", "2 x 4500 m³/h", "3 x 4700 m³/h"],
            ["Fan motors", "2 x 2.2 kW", "3 x 2.2 kW"],
            ["Belt drive motor with inverter", "0.75 kW", "1.1 kW"],
            ["Fog system water demand at 70 bar", "40 L/h", "60 L/h"],
            ["Fog pump motor", "1.5 kW", "1.5 kW"],
            ["Fog nozzles (0.2 mm orifice)", "24", "36"],
            ["Total connected load, 400 V 3~ 50 Hz", "7.0 kW", "9.5 kW"],
            ["Supply fuse (gG)", "20 A", "25 A"],
            ["Belt chain pitch (tray pitch)", "100 mm", "100 mm"],
            ["Mass, empty", "3900 kg", "5600 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Working out time and throughput"),
    (
        "p",
        "Fermentation time (min) = effective fermenting length (m) / belt speed (m/min). For example, a CFM-12 "
        "running at 0.15 m/min gives 12.0 / 0.15 = 80 min. To get a wanted time, divide the effective fermenting "
        "length of your model by the time and set the result as the belt speed.",
    ),
    (
        "p",
        "Throughput (kg/h) = belt width (m) x bed depth (m) x bulk density (kg/m³) x belt speed (m/min) x 60. For "
        "example, a CFM-12 with a 100 mm bed of dhool at 350 kg/m³ and 0.15 m/min carries 1.5 x 0.10 x 350 x 0.15 x "
        "60 = 472.5 kg/h. The bulk density of the dhool depends on the leaf and the CTC setting; measure it with "
        "the 10 L box supplied (net mass in kg x 100 = kg/m³).",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Pull cords run along both sides of the belt. Test each pull cord once a week.",
            "The fog pump works at 70 bar. Never loosen a fog line or a nozzle while the pump runs or the line "
            "is under pressure; open the drain valve first.",
            "The fermenting room floor is wet. Wear safety shoes with slip-resistant soles.",
            "Lock the isolator off before entering under the belt for cleaning.",
            "Use only the detergents and sanitisers named in the site's hygiene plan on the belt trays.",
        ],
    ),
    ("h", "4. Settings menu and operating limits"),
    (
        "cols",
        [
            ("h", "TIME"),
            (
                "p",
                "Enter the fermentation time in minutes (20-120 min). The panel works out the belt speed from the "
                "effective fermenting length and shows it. If the speed would be outside the range of the model, "
                "the entry is refused.",
            ),
            ("h", "BED"),
            (
                "p",
                "Bed depth 60-120 mm, set with the handwheel of the levelling roller and shown on the scale. Beds "
                "deeper than 100 mm need all fans at 100 %. Keep the bed level across the width within ±10 mm.",
            ),
            ("h", "AIR"),
            (
                "p",
                "Supply air 22-28 °C with a relative humidity of at least 95 %. A08 shows when the humidity stays "
                "below 90 % for 5 min. Fan speed 40-100 %, default 80 %.",
            ),
            ("h", "FOG"),
            (
                "p",
                "The fog pump runs at 70 bar; A05 shows below 50 bar. Use softened water of no more than 5 °dH; "
                "the softener and the water supply are the site's and are not covered here.",
            ),
            ("h", "DHOOL TEMP"),
            (
                "p",
                "Keep the dhool below 30 °C. A07 shows at 32 °C. Above 34 °C the liquor turns soft and dull. To "
                "cool the bed, raise the fan speed, lower the bed depth or lower the supply air temperature.",
            ),
            ("h", "WASH"),
            (
                "p",
                "The belt wash nozzles under the return run spray the trays with water at 2-3 bar. Set WASH ON "
                "for the whole last belt revolution of the day.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Emergency stop pressed or a pull cord pulled. Reset the cord, press RESET."],
            ["A02", "Belt drive overload", "Tray caught on the frame or a seized roller. Stop and check the belt run."],
            [
                "A03",
                "Belt off centre",
                "Tracking sensor: belt more than 25 mm off centre. Adjust the tracking at the tail shaft.",
            ],
            ["A04", "Fan fault", "A fan motor overload or inverter fault; the panel shows the fan number."],
            ["A05", "Fog pressure low", "Below 50 bar: water filter blocked, pump valve leaking or a line burst."],
            ["A07", "Dhool hot", "Dhool at 32 °C. Raise the fan speed or reduce the bed depth."],
            ["A08", "Humidity low", "Supply air below 90 % RH for 5 min. Check the fog nozzles (section 9)."],
            ["A09", "Water tank low", "Fog water tank below the minimum level. Check the site's water supply."],
            ["A10", "Spreader fault", "The spreader chute stopped or its limit switch failed."],
            ["A11", "Wash pump fault", "Belt wash pump overload or no water."],
            ["A12", "Infeed blocked", "Dhool backed up in the infeed chute. Check the spreader and the belt speed."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Colour uneven across the width, coppery at one side and green at the other",
                "Bed not level, or the spreader stroke set off centre",
                "Level the bed within ±10 mm; set the spreader stroke to the full belt width",
            ],
            [
                "Dry crust on the bed surface and green specks in the dhool",
                "Supply air too dry: fog nozzles blocked or fog pressure low",
                "Clean the fog nozzles (section 9); check A05 and A08",
            ],
            [
                "Dhool too hot at the discharge end",
                "Bed too deep for the fan setting, or warm supply air",
                "Reduce the bed depth or raise the fan speed to 100 %",
            ],
            [
                "Dhool left stuck on the trays after discharge",
                "Belt wash nozzles blocked or wash not run",
                "Clean the wash nozzles; run WASH ON for a full belt revolution",
            ],
            [
                "Belt wanders and A03 shows",
                "Tail shaft out of square or dhool built up on one side rollers",
                "Clean the rollers; adjust the tail shaft (section 10)",
            ],
            [
                "Bright, underdone dhool although the time is right",
                "Bed too deep or dhool too cold",
                "Reduce the bed depth; ask the tea maker to check the time",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Starting a run"),
    (
        "ol",
        [
            "Check that the belt is clean and dry and that the wash is OFF.",
            "Check the fog water tank level and open the water supply valve.",
            "Switch on; press RESET. Start the fans and the fog pump and let the air reach 95 % RH (about 10 min).",
            "Enter the fermentation time given by the tea maker under TIME; check the belt speed shown.",
            "Set the bed depth with the handwheel.",
            "Start the belt, then the spreader, then ask the CTC line to start.",
            "Check the bed depth and the dhool temperature at the discharge end after the first full "
            "fermentation time.",
        ],
    ),
    ("h", "8. Cleaning the belt and trays at the end of the day"),
    (
        "ol",
        [
            "Stop the spreader when the last dhool has been laid; let the belt carry it to the discharge.",
            "Set WASH ON and let the belt run one complete revolution.",
            "Stop the belt and lock the isolator off.",
            "Brush off any remaining dhool, then apply the detergent of the site's hygiene plan and rinse.",
            "Empty and clean the drip trays under the return run.",
            "Leave the side doors open so that the trays dry overnight.",
        ],
    ),
    ("h", "9. Cleaning and replacing the fog nozzles"),
    (
        "ol",
        [
            "Stop the fog pump and open the fog line drain valve until the gauge shows 0 bar.",
            "Unscrew each nozzle from the manifold with the nozzle key (no pliers).",
            "Soak the nozzles for 30 min in the descaling solution OXV-DS-1 mixed 1:10 with water, then clean "
            "them for 5 min in an ultrasonic bath.",
            "Hold each nozzle against the light: the 0.2 mm orifice must be round and clear. Never push a pin or a "
            "wire through it.",
            "Replace any nozzle that stays blocked or sprays a jet instead of a fine fog.",
            "Screw the nozzles in hand tight plus a quarter turn, close the drain valve and start the pump.",
            "Check that every nozzle fogs evenly and that the pressure returns to 70 bar.",
        ],
    ),
    ("h", "10. Adjusting the belt tracking"),
    (
        "p",
        "With the belt running empty at its highest speed, turn the tracking screw on the side to which the belt runs "
        "by one flat (a sixth of a turn) and watch the belt for two full revolutions before the next step. The belt "
        "must run within ±10 mm of the centre mark.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the belt and trays (section 8); check the fog pattern of every nozzle"],
            ["Weekly", "Test the pull cords; clean the fog water filter; clean the nozzles if A08 shows (section 9)"],
            ["Every 250 h", "Lubricate the belt chains with food-grade chain oil (H1)"],
            [
                "Monthly",
                "Measure the chain elongation over 20 links (nominal 2000 mm); replace the chain when it measures "
                "more than 2040 mm (2 % elongation)",
            ],
            ["1000 h or 12 months, whichever comes first", "Change the fog pump crankcase oil (0.6 L, SAE 30)"],
            ["Yearly", "Calibrate the humidity and dhool temperature sensors (Oxivara service)"],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "CFM-12", "CFM-18"],
            ["Fog nozzle 0.2 mm", "OXV-FN-02", "OXV-FN-02"],
            ["Perforated belt tray", "OXV-BT-15", "OXV-BT-18"],
            ["Belt chain, per metre", "OXV-CH-100", "OXV-CH-100"],
            ["Fog pump valve and seal kit", "OXV-PK-40", "OXV-PK-60"],
            ["Fog water filter element 5 µm", "OXV-WF-5", "OXV-WF-5"],
            ["Dhool temperature probe", "OXV-TP-2", "OXV-TP-2"],
            ["Descaling solution OXV-DS-1, 5 L", "OXV-DS-1", "OXV-DS-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Jadewell PF rotary tea panners
JADEWELL = [
    ("title", "Jadewell PF Rotary Tea Panners (Pan-Firing Machines)\nOperating Instructions - PF-80 and PF-110"),
    (
        "p",
        "Document JDW-OI-PF-11, Edition 2, June 2024. Jadewell Tea Equipment. The PF-80 and PF-110 fix (kill "
        "green) fresh tea leaf for pan-fired green tea. A gas burner heats a slowly turning, slightly inclined drum "
        "of heat-resistant steel; the leaf tumbles against the hot wall, the enzymes are stopped and the leaf loses "
        "part of its water before it goes on to the rollers. An exhaust fan draws the steam away through a hood. "
        "The two models differ in drum size, speed, burner rating and the items named here. The burner is a "
        "bought-in unit with its own manufacturer's manual, which covers its adjustment, its ignition parts and its "
        "service; the gas supply pipework up to the machine's gas valve, and the exhaust duct beyond the spigot, "
        "are the site's and must be designed and installed by a registered gas engineer and the site's contractor.",
    ),
    (
        "warn",
        "WARNING: The drum wall runs at about 300 °C and stays hot for a long time after the burner is off. Never "
        "touch the drum, the riding rings or the hood. A hot drum that stops turning warps within minutes.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PF-80", "PF-110"],
            ["Drum inner diameter", "800 mm", "1100 mm"],
            ["Drum length", "3000 mm", "4000 mm"],
            ["Drum wall, heat-resistant steel 1.4828", "6 mm", "8 mm"],
            ["Drum speed, adjustable by inverter", "20-34 rpm", "16-28 rpm"],
            ["Drum inclination, adjustable", "2-6°", "2-6°"],
            [
                "Fresh leaf throughput, first-flush leaf of 74-78 % moisture, drum wall at 280-300 °C",
                "150-250 kg/h",
                "350-500 kg/h",
            ],
            ["Burner rating (natural gas G20 at 20 mbar or LPG G31 at 37 mbar)", "90 kW", "150 kW"],
            ["Gas consumption at full fire, natural gas G20", "9.5 m³/h", "15.9 m³/h"],
            ["Heating-up time from cold to 280 °C", "about 20 min", "about 30 min"],
            ["Drum motor (geared, inverter)", "1.5 kW", "3.0 kW"],
            ["Exhaust fan", "0.75 kW, 1800 m³/h", "1.1 kW, 3000 m³/h"],
            ["Exhaust spigot", "200 mm", "250 mm"],
            ["Electrical supply 400 V 3~ 50 Hz", "16 A", "20 A"],
            ["Mass", "1850 kg", "3100 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may light and run the panner. Never leave a lit panner unattended.",
            "Keep a clear space of at least 1 m round the drum housing. Store no leaf bags, oil or cleaning cloths "
            "on the hood.",
            "If you smell gas: do not switch anything on or off, close the gas isolating valve, open the doors and "
            "call the gas engineer.",
            "The hand crank for turning the drum is kept in its holder on the drive side. Never remove it from the "
            "machine.",
            "Scrape the drum only when it is below 50 °C and the isolator is locked off.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Drum temperature"),
            (
                "p",
                "The pyrometer reads the drum wall in the middle of the drum. Set 280-300 °C for first-flush leaf "
                "and 300-320 °C for coarser summer leaf. Never set above 340 °C; P04 trips the burner at 350 °C.",
            ),
            ("h", "Leaf at the outlet"),
            (
                "p",
                "The fixed leaf must leave the drum at 85 °C or more (probe thermometer pushed into a handful of "
                "leaf). Below that the enzymes are not fully stopped and the stems turn red.",
            ),
            ("h", "Fixed-leaf ratio"),
            (
                "p",
                "Fixed-leaf ratio (%) = mass of fixed leaf out (kg) / mass of fresh leaf in (kg) x 100. For example, "
                "100 kg of fresh leaf giving 63 kg of fixed leaf is 63 %. Aim for 60-66 % with first-flush leaf. "
                "Above 68 % the leaf is under-fixed: raise the drum temperature by 10 °C or reduce the feed. Below "
                "58 % it is over-fixed: lower the temperature or raise the feed.",
            ),
            ("h", "Inclination and speed"),
            (
                "p",
                "A steeper drum and a faster speed shorten the time the leaf spends in the drum. Start at 4° and "
                "28 rpm (PF-80) or 22 rpm (PF-110). Change one setting at a time and wait 10 min before judging.",
            ),
            ("h", "Hot drum"),
            (
                "p",
                "Never stop the drum while it is above 150 °C. After the burner is off, keep the drum turning for "
                "at least 25 min, or until it is below 100 °C, whichever takes longer.",
            ),
            ("h", "Gas"),
            (
                "p",
                "The gas pressure at the machine's test point must be 17-25 mbar for natural gas and 30-45 mbar for "
                "LPG with the burner at full fire. P03 shows below 15 mbar (G20) or 30 mbar (G31).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Release the emergency stop and press RESET. The drum keeps turning."],
            [
                "P02",
                "Flame failure",
                "Burner locked out. Check the gas valve is open and P03 is not shown, then reset at the burner "
                "control. Reset no more than twice; if it locks out again call the gas engineer.",
            ],
            ["P03", "Gas pressure low", "Gas pressure below the minimum. Check the isolating valve and the supply."],
            ["P04", "Drum overtemperature", "Drum wall at 350 °C. Burner off; the drum keeps turning."],
            [
                "P06",
                "Drum drive fault",
                "Drum motor or inverter fault. Turn the drum by hand at once if it is hot (section 8).",
            ],
            ["P07", "Drum stopped hot", "Rotation monitor: drum still above 150 °C. Turn it by hand (section 8)."],
            ["P08", "Exhaust fan fault", "The burner stops. Check the fan motor and the duct for blockage."],
            ["P09", "Combustion air fan", "Burner fan motor overload or air pressure switch open."],
            ["P10", "Infeed conveyor", "Leaf infeed conveyor stopped; the burner drops to low fire."],
            ["P11", "Pyrometer fault", "Lens dirty or sensor failed. Clean the lens with a dry cloth."],
            ["P12", "Hood door open", "Close the inspection door of the hood."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Red stems, grassy smell, leaf still springy",
                "Under-fixed: drum too cool, feed too high, or drum too steep or too fast",
                "Check the fixed-leaf ratio; raise the drum temperature by 10 °C or reduce the feed",
            ],
            [
                "Scorched spots, brown edges, smoky smell",
                "Over-fixed: drum too hot, feed too low or uneven",
                "Lower the drum temperature; feed evenly at the rated throughput",
            ],
            [
                "Leaf sticks to the drum wall",
                "Drum not hot enough when the feed started, or burnt residue on the wall",
                "Start the feed only at 280 °C; scrape the drum when cold",
            ],
            [
                "Steam comes out at the infeed",
                "Exhaust fan weak or the duct blocked",
                "Check the fan and clean the duct; ask the site to check the duct",
            ],
            [
                "Rumbling or knocking once every turn",
                "Riding ring or trunnion roller worn, or drum out of round",
                "Check the rollers (section 10); call Jadewell service",
            ],
            [
                "Burner locks out again and again",
                "Gas pressure low, ignition fault",
                "See P02 and P03; call the gas engineer",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up and starting"),
    (
        "ol",
        [
            "Open the gas isolating valve and check the gas pressure at the test point.",
            "Switch on; start the exhaust fan and the drum (START DRUM) at the start speed.",
            "Set the drum temperature and press BURNER ON. The burner purges for 30 s and lights.",
            "Wait until the drum reaches the set temperature: about 20 min (PF-80) or 30 min (PF-110) from cold.",
            "Start the infeed conveyor and feed evenly at the rated throughput.",
            "After 10 min weigh a batch in and out and work out the fixed-leaf ratio.",
            "Check the outlet leaf temperature with the probe thermometer every hour.",
        ],
    ),
    ("h", "7. Shutting down and cooling"),
    (
        "ol",
        [
            "Stop the infeed and let the drum empty.",
            "Press BURNER OFF. The exhaust fan and the drum keep running.",
            "Keep the drum turning for at least 25 min, or until it is below 100 °C, whichever takes longer.",
            "Close the gas isolating valve.",
            "Stop the drum and the exhaust fan; switch off.",
        ],
    ),
    ("h", "8. Turning the drum by hand after a power cut"),
    (
        "ol",
        [
            "Close the gas isolating valve. The burner is already off.",
            "Switch the isolator off so that the drum cannot start while you turn it.",
            "Take the hand crank from its holder and fit it on the square end of the drive shaft.",
            "Turn the drum half a turn every 30 s.",
            "Go on until the power returns or the drum has cooled below 150 °C.",
            "Remove the crank and put it back in its holder before switching on again.",
        ],
    ),
    ("h", "9. Setting the inclination"),
    (
        "p",
        "Stop the feed. Loosen the four frame clamp bolts, turn the jacking screw at the outlet end until the "
        "pointer shows the wanted angle, and tighten the clamp bolts to 180 Nm. The inclination may be changed with "
        "the drum turning and hot.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the pyrometer lens; brush the hood; scrape burnt leaf out of the cold drum"],
            ["Weekly", "Grease the four trunnion roller bearings (2 strokes each of high-temperature grease)"],
            [
                "Every 500 h",
                "Check the riding rings and trunnion rollers for wear; a groove deeper than 2 mm calls for Jadewell "
                "service",
            ],
            ["Every 1000 h or 6 months, whichever comes first", "Check the drive chain sag (10-15 mm) and oil it"],
            ["Yearly", "Burner service and gas soundness test by the gas engineer, to the burner manual"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PF-80", "PF-110"],
            ["Trunnion roller with bearings", "JDW-80-TR", "JDW-110-TR"],
            ["Drive chain", "JDW-80-DC (16B-1)", "JDW-110-DC (20B-1)"],
            ["Pyrometer lens", "JDW-PL-1", "JDW-PL-1"],
            ["Hood door seal", "JDW-80-HS", "JDW-110-HS"],
            ["Leaf scraper set", "JDW-80-SC", "JDW-110-SC"],
            ["Hand crank", "JDW-HC-1", "JDW-HC-1"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Burner parts (ignition electrode, flame sensor, nozzle) are listed in the burner manufacturer's manual and "
        "are ordered from the burner supplier.",
    ),
]

# ---------------------------------------------------------------- Tinbury CF-4 tea caddy filler
TINBURY = [
    ("title", "Tinbury CF-4 Tea Caddy Filler\nOperator and Maintenance Manual"),
    (
        "p",
        "Document TNB-OM-CF4-07, Edition 1, October 2024. Tinbury Packaging Machines. The CF-4 fills loose tea into "
        "round or square tins and caddies, settles it, weighs every tin and presses the lid on. Four telescopic "
        "measuring cups on a turntable take the tea from the hopper; a vibrator settles the tea in the tin, the "
        "built-in checkweigher rejects tins outside the set tolerance, and an optional nitrogen lance flushes the "
        "head space. The nitrogen generator, the labeller and the case packer are separate machines with their own "
        "manuals. The legal tolerances for packaged goods are set by the site under the rules that apply to it; "
        "Tinbury gives no values for them.",
    ),
    (
        "warn",
        "WARNING: The turntable and the lid press move without warning when the machine is in AUTO. Open the "
        "guard doors only in STOP; the doors are interlocked (E02).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CF-4"],
            ["Filling principle", "4 telescopic volumetric cups on a turntable, vibratory settling"],
            ["Fill weight range", "50-500 g"],
            [
                "Cup volume range",
                "small cup set 130-420 cm³, large cup set 400-1300 cm³ (one set fitted at a time)",
            ],
            ["Tin diameter, round", "60-110 mm"],
            ["Tin size, square (with square format parts)", "55-95 mm across flats"],
            ["Tin height", "70-180 mm"],
            [
                "Output",
                "up to 30 tins/min with 100 g of CTC BOP; other products and fill weights run slower, no figures "
                "are given",
            ],
            [
                "Fill accuracy (2 standard deviations)",
                "±1.5 % for CTC grades from 100 g; ±3 % for whole-leaf orthodox grades",
            ],
            ["Checkweigher", "0-1000 g, 0.1 g division"],
            ["Hopper", "40 L, with level sensor"],
            ["Compressed air", "6 bar (5.5-7 bar), dry and oil-free, 150 NL/min"],
            ["Nitrogen (option N2)", "2-3 bar, 25 NL/min, purity at least 99.5 %"],
            ["Residual oxygen with option N2", "below 2 % in the head space"],
            ["Electrical supply", "230 V 1~ 50 Hz, 2.2 kW, 16 A"],
            ["Noise", "below 75 dB(A)"],
            ["Mass", "780 kg"],
        ],
        (60, 110),
    ),
    ("h", "2. Cup volume and bulk density"),
    (
        "p",
        "Cup volume (cm³) = fill weight (g) / bulk density (g/cm³). Measure the bulk density of each new grade with "
        "the 1 L density cup supplied: fill it loosely, strike it level and weigh it; the net mass in g divided by "
        "1000 is the bulk density in g/cm³. CTC grades usually lie at 0.33-0.45 g/cm³, whole-leaf orthodox grades "
        "at 0.15-0.25 g/cm³.",
    ),
    (
        "p",
        "Example: 100 g of BOP at 0.38 g/cm³ needs 100 / 0.38 = 263 cm³, so the small cup set is used. Fit the large "
        "cup set for any volume above 420 cm³. A volume above 1300 cm³ cannot be filled in one cup; such products "
        "are not covered by the CF-4.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the CF-4. Format changes are done by a trained setter.",
            "Never put a hand in the tin infeed star wheel. Clear jams only in STOP (section 10).",
            "Isolate the compressed air at the ball valve and let the pressure fall before working on the lid "
            "press.",
            "Nitrogen can displace the air in a closed room. The site must ventilate the packing room as its risk "
            "assessment requires.",
            "Tea dust is a combustible dust. Keep the machine and the floor clean; do not blow dust off with "
            "compressed air.",
        ],
    ),
    ("h", "4. Settings menu"),
    (
        "cols",
        [
            ("h", "FILL"),
            (
                "p",
                "Target fill weight in g (50-500 g). After a change, the machine asks for the cup volume, or works it "
                "out if the bulk density has been entered under GRADE.",
            ),
            ("h", "TOLERANCE"),
            (
                "p",
                "Upper and lower reject limits in g, entered by the site to its own legal and commercial rules. The "
                "CF-4 rejects any tin outside them. E11 shows after three rejects in a row.",
            ),
            ("h", "TRIM"),
            (
                "p",
                "The automatic cup trim compares the mean of every 10 tins with the target and corrects the cup "
                "volume by at most 2 % per step. TRIM OFF is only for tests.",
            ),
            ("h", "VIBRATOR"),
            (
                "p",
                "Amplitude 0-100 %, default 40 %. Settling time 0.8-1.5 s, default 1.0 s. Raise the settling time "
                "if the tea stands above the rim of the tin; never above 1.5 s, as the leaf breaks.",
            ),
            ("h", "N2"),
            (
                "p",
                "Nitrogen lance ON or OFF, flush time 0.5-2.0 s. With the lance ON, the residual oxygen stays below "
                "2 % only at a flush time of at least 1.2 s and an output of no more than 24 tins/min.",
            ),
            ("h", "SPEED"),
            (
                "p",
                "Output in tins/min, up to 30. Reduce the speed for whole-leaf grades and heavy fills until the "
                "reject rate is below 1 %.",
            ),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["E02", "Guard door open", "Close the door. The machine restarts only with START."],
            ["E03", "Air pressure low", "Supply below 5 bar. Check the site's compressed air and the ball valve."],
            ["E04", "No tin", "No tin at the filling station for 10 s: infeed empty or tins fallen over."],
            ["E05", "Tin jam", "Tin jammed in the infeed star wheel. Clear it (section 10)."],
            ["E06", "Hopper low", "Tea below the level sensor. Refill the hopper."],
            ["E07", "Turntable overload", "Cup turntable blocked by tea or a foreign object."],
            ["E08", "No lid", "Lid sensor sees no lid at the press: lid magazine empty or lids stuck together."],
            [
                "E10",
                "Weigher unstable",
                "The checkweigher reading does not settle: draught, vibration from a nearby machine, or tea on the "
                "weigh plate.",
            ],
            ["E11", "Three rejects in a row", "Check the fill weight, the bulk density and the cup volume."],
            ["E12", "Reject bin full", "Empty the locked reject bin (key held by the shift leader)."],
            ["E13", "Nitrogen pressure low", "Option N2: supply below 2 bar. Check the nitrogen generator."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many underweight rejects after a change of grade",
                "The new grade has a lower bulk density, so the cups hold too little",
                "Measure the bulk density and set the cup volume again (section 8)",
            ],
            [
                "Weights wander up and down during the shift",
                "Hopper level low, or the grade is segregating in the hopper",
                "Keep the hopper more than half full; check the vibrator setting",
            ],
            [
                "Tea stands above the rim and the lid is not pressed fully",
                "Settling time too short or cup volume too large",
                "Raise the settling time (up to 1.5 s); check the cup volume",
            ],
            [
                "Checkweigher readings jump, E10",
                "Draught from a door or fan, or tea on the weigh plate",
                "Close the cover; clean the weigh plate; check the test weight reading",
            ],
            [
                "Lids crooked after the press",
                "Wrong lid guide for the tin, or press pad worn",
                "Fit the correct format parts; replace the press pad",
            ],
            [
                "Tea dust on the table and round the cups",
                "Cup seals worn or dust extraction not running",
                "Replace the cup seals; ask the site to check its dust extraction",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Changing over to another tin size"),
    (
        "ol",
        [
            "Run the machine empty and press STOP; set the selector to SETUP.",
            "Remove the infeed star wheel, the tin guides and the lid guide (quick-release knobs).",
            "Fit the format parts marked with the new tin size. Format parts for tins outside the ranges in "
            "section 1 are made to order by Tinbury.",
            "Set the lid press height with the handwheel to the new tin height plus 2 mm.",
            "Select the new format in the FORMAT menu.",
            "Run ten empty tins and ten lids through in SETUP at low speed to check the transfer.",
        ],
    ),
    ("h", "8. Setting the cup volume for a new grade"),
    (
        "ol",
        [
            "Measure the bulk density with the 1 L density cup (section 2).",
            "Enter the bulk density under GRADE and the fill weight under FILL; the machine shows the cup volume.",
            "If the volume is above 420 cm³, fit the large cup set.",
            "Fill ten tins with TRIM OFF and weigh them on the checkweigher.",
            "If the mean is more than 1 % off the target, correct the cup volume by hand in steps of 1 %.",
            "Switch TRIM ON and start production.",
        ],
    ),
    ("h", "9. Calibrating the checkweigher"),
    (
        "ol",
        [
            "Stop the machine, close the cover and wait 2 min for the weigher to settle.",
            "Clean the weigh plate with a dry brush.",
            "Select WEIGHER > ZERO with the plate empty.",
            "Place the 200 g test weight (class M1) in the middle of the plate. The reading must be 200.0 g "
            "±0.2 g.",
            "If it is not, select WEIGHER > CAL, enter 200.0 g and confirm with the weight on the plate.",
            "Remove the weight, check that the display returns to 0.0 g, and record the check in the log.",
        ],
    ),
    ("h", "10. Clearing a tin jam"),
    (
        "p",
        "Press STOP and open the infeed door. Remove the jammed tin by hand, never with a tool against the star "
        "wheel. Check the tins behind it for dents; a dented tin jams again. Close the door and press RESET and "
        "START.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the cups, the turntable and the weigh plate; check the weigher with the 200 g weight"],
            ["Weekly", "Lubricate the turntable guide with food-grade H1 grease; check the cup seals"],
            ["Monthly", "Replace the compressed air filter element"],
            [
                "Every 2000 h or 12 months, whichever comes first",
                "Replace the vibrator rubber mounts and the lid press pad",
            ],
            [
                "Yearly",
                "Tinbury service: safety circuit test, weigher calibration check with a full set of weights",
            ],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Cup set, small (130-420 cm³)", "TNB-CS-S"],
            ["Cup set, large (400-1300 cm³)", "TNB-CS-L"],
            ["Cup seal kit (4 cups)", "TNB-CSK-4"],
            ["Test weight 200 g, class M1", "TNB-TW-200"],
            ["Vibrator rubber mount", "TNB-VM-4"],
            ["Lid press pad", "TNB-LP-1"],
            ["Compressed air filter element", "TNB-AF-5"],
            ["Infeed star wheel", "made to order for the tin size, TNB-SW-(diameter)"],
        ],
        (90, 80),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brahmora-rv-tea-rotorvane.pdf", "Brahmora BRM-OM-RV-04 Ed 3 - RV-15 / RV-20", BRAHMORA),
        ("oxivara-cfm-continuous-tea-fermenting-machine.pdf", "Oxivara OXV-UM-CFM-02 Ed 5 - CFM-12 / CFM-18", OXIVARA),
        ("jadewell-pf-rotary-tea-panner.pdf", "Jadewell JDW-OI-PF-11 Ed 2 - PF-80 / PF-110", JADEWELL),
        ("tinbury-cf-tea-caddy-filler.pdf", "Tinbury TNB-OM-CF4-07 Ed 1 - CF-4", TINBURY),
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
