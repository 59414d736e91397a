"""Generate the PDF manuals of the twelfth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/tw-venv && /tmp/tw-venv/bin/pip install fpdf2 pypdf
    /tmp/tw-venv/bin/python knowledge/samples/twelfth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the tooling set-up pages of the tube bender manual."""
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


# ---------------------------------------------------------------- Curvex RB rotary draw tube bender
CURVEX = [
    ("title", "Curvex RB Series Rotary Draw Tube Benders\nOperating and Maintenance Manual - RB-38 and RB-50"),
    (
        "p",
        "Document CVX-OM-RB-03, Revision C, March 2023. Curvex Bending Systems GmbH. This manual covers the RB-38 "
        "and RB-50 electro-hydraulic rotary draw tube benders with the BendPad controller, a hydraulic clamp die "
        "and a hydraulic pressure die. Both models bend with or without a mandrel. Tooling (bend die, clamp die, "
        "pressure die, wiper die and mandrel) is ordered per tube size from the Curvex tooling catalogue.",
    ),
    (
        "warn",
        "WARNING: The bend arm swings with high force. Keep out of the swing area marked on the floor while a "
        "program runs. The light curtain and the two-hand foot pedal must never be bridged.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RB-38", "RB-50"],
            ["Max. tube OD, mild steel E235, wall up to 2 mm", "38 mm", "50.8 mm"],
            ["Max. tube OD, copper and aluminium", "42 mm", "60 mm"],
            ["Max. bend angle", "190°", "190°"],
            ["Centre line radius (CLR)", "1.5 x D to 200 mm", "1.5 x D to 250 mm"],
            ["Bend arm speed at 50 Hz", "6 rpm", "4 rpm"],
            ["Angle repeatability", "± 0.1°", "± 0.1°"],
            ["Drive motor, 400 V 50 Hz", "1.5 kW", "2.2 kW"],
            ["Hydraulic pump motor", "1.1 kW", "1.5 kW"],
            ["Hydraulic tank, HLP 46", "20 L", "30 L"],
            ["Bend head gearbox oil, CLP 220", "2.5 L", "4.0 L"],
            ["Stored programs", "200", "200"],
            ["Weight", "480 kg", "720 kg"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "The mild steel capacities hold for welded or seamless tube of E235 with a wall thickness up to 2 mm and "
        "a CLR of at least 2 x D. For stainless steel 1.4301 the maximum tube OD is 30 mm on the RB-38 and "
        "42.4 mm on the RB-50. Thin-walled tube (wall below 0.05 x D) must always be bent over a mandrel. At 60 Hz "
        "the bend arm runs 20% faster; all other data are unchanged.",
    ),
    ("h", "2. Setting up the tooling"),
    (
        "cols",
        [
            ("h", "Bend die and clamp die"),
            (
                "p",
                "Fit the bend die on the bend head spigot with the key in its slot and tighten the bend die retaining "
                "bolt to 120 Nm. Fit the clamp die to the clamp block so that its groove lines up with the bend die "
                "groove. Set the clamp pressure on the BendPad (screen TOOL) to 80-100 bar for steel; aluminium and "
                "copper need 50-70 bar so that the tube is not crushed.",
            ),
            ("h", "Pressure die"),
            (
                "p",
                "The pressure die supports the tube behind the tangent point and follows it during the bend. Set the "
                "pressure die pressure to 40-60 bar for mild steel and 60-80 bar for stainless steel. Too much "
                "pressure stretches the outer wall; too little lets the tube wrinkle.",
            ),
            ("h", "Wiper die"),
            (
                "p",
                "The wiper die prevents wrinkles on the inside of the bend. Set its tip no more than 1 mm behind the "
                "tangent point, with a rake of 1-2° away from the tube. Replace a wiper die whose tip is worn thinner "
                "than 0.5 mm.",
            ),
            ("h", "Mandrel"),
            (
                "p",
                "Set the mandrel nose 1-3 mm past the tangent point (towards the bend). Check the mandrel position "
                "with a test bend: a flat outside means the mandrel is too far back, a hump or cracking on the "
                "outside means it is too far forward.",
            ),
            ("h", "Lubrication of the tooling"),
            (
                "p",
                "Lubricate the mandrel and the wiper die only, with Curvex BL-2 bending lubricant. Never lubricate "
                "the bend die or the clamp die; the tube must grip them.",
            ),
            (
                "warn",
                "Springback: mild steel springs back about 2-3°, stainless steel 4-6°. Enter the correction on the "
                "BendPad screen ANGLE after the first test bend.",
            ),
        ],
    ),
    ("h", "3. Changing the bend die set"),
    (
        "ol",
        [
            "Run the bend arm to its home position and switch the hydraulic pump off with key switch S2.",
            "Press the emergency stop and lock out the main switch.",
            "Pull the mandrel rod back and remove the mandrel.",
            "Remove the wiper die from its holder.",
            "Open the clamp die and pressure die fully by hand with the release valve V3.",
            "Undo the bend die retaining bolt and lift the bend die off the spigot with the lifting eye.",
            "Remove the clamp die and the pressure die insert.",
            "Clean the spigot, key and die seats; fit the new set in the reverse order.",
            "Tighten the bend die retaining bolt to 120 Nm.",
            "Enter the new tube size and CLR on the BendPad screen TOOL.",
            "Switch on, zero the bend axis on the screen SETUP and make one test bend.",
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["A01", "Emergency stop", "An emergency stop is pressed. Release it and acknowledge with RESET."],
            ["A02", "Light curtain", "The protective field was interrupted. Clear the field and press RESET."],
            ["A03", "Oil temperature high", "Hydraulic oil above 60 °C. Let the unit cool; check the oil level and the cooler fins."],
            ["A04", "Pressure not reached", "Pump worn, relief valve set too low or oil level low."],
            ["A05", "Clamp not closed", "Clamp die did not reach the closed switch. Check the tube size set against the tooling."],
            ["A06", "Encoder fault", "Bend axis encoder signal lost. Check the cable and plug X12."],
            ["A07", "Drive overload", "Drive motor overload relay tripped. Tube too large or pressure die pressure too high."],
            ["A08", "Overtravel", "Bend arm passed the software limit. Reduce the angle or the springback value."],
            ["A10", "Mandrel not in position", "Mandrel rod not at its forward switch. Check the rod cylinder and the switch B7."],
            ["A11", "Oil level low", "Top up with HLP 46 to the middle of the sight glass."],
            ["A12", "Foot pedal fault", "Both pedal contacts not in agreement. Check the pedal cable; replace the pedal."],
        ],
        (16, 42, 102),
    ),
    ("h", "5. Bending faults"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Wrinkles on the inside of the bend", "Wiper die too far behind the tangent point or too much rake; pressure die pressure too low", "Move the wiper die closer to the tangent point, reduce the rake; raise the pressure die pressure"],
            ["Tube flattened (oval) in the bend", "Mandrel too far back or no mandrel on thin wall", "Move the mandrel forward; use a mandrel with balls"],
            ["Tube cracks on the outside", "Mandrel too far forward or pressure die pressure too high", "Move the mandrel back; lower the pressure die pressure"],
            ["Tube slips in the clamp die, marks on the tube", "Clamp pressure too low or lubricant on the clamp die", "Clean the clamp die; raise the clamp pressure; use a serrated clamp die insert"],
            ["Bend angle varies from part to part", "Different material batches or hardness", "Re-enter the springback after a test bend of each batch"],
        ],
        (48, 56, 56),
    ),
    ("h", "6. Maintenance and consumables"),
    (
        "p",
        "The hydraulic oil temperature must not exceed 60 °C in operation; at ambient temperatures above 35 °C "
        "fit the optional oil cooler kit. Permissible ambient temperature: 5-40 °C.",
    ),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level in the sight glass; clean the dies; test the light curtain"],
            ["Weekly", "Grease the pressure die slide and the clamp slide (grease nipples, lithium EP2)"],
            ["Every 500 h", "Check the gearbox oil level; check the bend die key for wear"],
            ["Every 2000 h or yearly", "Change the hydraulic oil and the return filter element"],
            ["Every 4000 h", "Change the bend head gearbox oil"],
        ],
        (45, 115),
    ),
    (
        "table",
        [
            ["Item", "Part number"],
            ["Return filter element, 10 µm", "CVX-4120"],
            ["Bending lubricant BL-2, 5 L", "CVX-9005"],
            ["Foot pedal, two-channel", "CVX-7731"],
            ["Bend axis encoder", "CVX-6210"],
            ["Serrated clamp die insert (per tube size)", "CVX-CI-[OD]"],
        ],
        (100, 60),
    ),
]

# ---------------------------------------------------------------- Ironbeck IW hydraulic ironworker
IRONBECK = [
    ("title", "Ironbeck IW Hydraulic Ironworkers\nInstruction Manual - IW-55 and IW-75"),
    (
        "p",
        "Document IBK-IM-IW-11, Edition 4, November 2022. Ironbeck Fabrication Machinery Ltd. The IW-55 and IW-75 "
        "are single-cylinder hydraulic ironworkers with five work stations: punching, flat bar shearing, angle "
        "shearing, round and square bar shearing, and notching. One operator works at one station at a time.",
    ),
    (
        "warn",
        "DANGER: Never put hands under the punch stripper or between the shear blades. Set the stroke limit so "
        "that the punch opens no more than 6 mm above the material. Wear safety glasses at all stations.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IW-55", "IW-75"],
            ["Punching force", "55 t", "75 t"],
            ["Max. punch diameter x plate thickness", "25 x 20 mm", "30 x 22 mm"],
            ["Throat depth (punching)", "250 mm", "300 mm"],
            ["Flat bar shearing, 90°", "300 x 15 mm", "350 x 20 mm"],
            ["Angle shearing, 90°", "120 x 120 x 12 mm", "150 x 150 x 13 mm"],
            ["Round bar / square bar", "40 mm / 35 mm", "45 mm / 40 mm"],
            ["Notching thickness", "8 mm", "10 mm"],
            ["Strokes per minute (20 mm stroke)", "28", "24"],
            ["Motor, 400 V 50 Hz", "4.0 kW", "5.5 kW"],
            ["Hydraulic tank, HLP 46", "50 L", "75 L"],
            ["Weight", "1350 kg", "1980 kg"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "All capacities are for mild steel S275 with a tensile strength up to 450 N/mm². For stainless steel use "
        "no more than 65 % of the listed thickness; for steel of 600 N/mm² use 75 %. The punch diameter must be "
        "at least equal to the material thickness: a 16 mm plate needs a punch of 16 mm or more.",
    ),
    ("h", "2. Punching"),
    (
        "p",
        "Choose the die according to the plate thickness. For material up to 10 mm the die bore is 1.0 mm larger "
        "than the punch; for over 10 mm up to 16 mm it is 1.5 mm larger; above 16 mm it is 2.0 mm larger. Example: "
        "a 22 mm punch in 12 mm plate needs the die IBK-D23.5. Set the stripper so that it sits 1-2 mm above the "
        "material; it holds the plate down while the punch withdraws.",
    ),
    ("h", "3. Changing the punch and die"),
    (
        "ol",
        [
            "Select the punching station and set the stroke to the top position.",
            "Switch off the motor, press the emergency stop and lock out the main switch.",
            "Raise the stripper to its top position and lock it with the two clamp screws.",
            "Loosen the punch retaining nut with the C-spanner supplied (turn anti-clockwise).",
            "Remove the nut and take out the punch.",
            "Loosen the die clamp screw at the front of the bolster and slide the die out.",
            "Clean the punch seat, the nut thread and the die bore in the bolster.",
            "Insert the new die with its bevelled side down and tighten the die clamp screw.",
            "Insert the new punch, fit the retaining nut and tighten it firmly with the C-spanner.",
            "Switch on and inch the punch down slowly in set-up mode: it must enter the die centrally without touching.",
            "Lower the stripper to 1-2 mm above the material and lock it.",
        ],
    ),
    ("h", "4. Shear blades"),
    (
        "p",
        "The flat bar shear blades have four cutting edges each. When the cut shows burrs larger than 0.5 mm, "
        "turn both blades to a fresh edge; replace them when all four edges are worn. Set the blade gap to "
        "0.1-0.2 mm with the adjusting screws on the side of the moving blade carrier. The angle shear and the "
        "section shear blades are reground, not turned; return them to Ironbeck for regrinding.",
    ),
    ("h", "5. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Punch sticks in the plate and lifts it on the return stroke", "Stripper set too high or not locked; punch blunt", "Lower the stripper to 1-2 mm above the material and lock it; regrind or replace the punch"],
            ["Ragged hole, heavy burr under the plate", "Wrong die clearance or worn die", "Choose the die by thickness (section 2); replace the die"],
            ["Machine slow, cylinder creeps", "Oil cold (below 10 °C) or pump worn", "Run the machine without load for 10 minutes; check the pump pressure"],
            ["Cylinder does not return", "Return spring valve or solenoid Y1 fault", "Check coil Y1 and the control fuse F3 (2 A)"],
            ["Oil hot, above 65 °C", "Low oil level or continuous operation at full force", "Top up; let the machine cool; clean the tank fins"],
        ],
        (48, 56, 56),
    ),
    (
        "p",
        "The hydraulic oil temperature in operation is max. 65 °C. The machine is designed for ambient "
        "temperatures of 5-40 °C.",
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level; lubricate the punch with a few drops of oil"],
            ["Weekly", "Grease the ram guide and the blade carrier (6 grease nipples, lithium EP2)"],
            ["Every 1000 h", "Clean the suction strainer in the tank"],
            ["Every 2000 h or every 2 years", "Change the hydraulic oil and the return filter element"],
        ],
        (55, 105),
    ),
    ("h", "7. Spare parts and consumables"),
    (
        "table",
        [
            ["Item", "IW-55", "IW-75"],
            ["Return filter element", "IBK-3310", "IBK-3310"],
            ["Flat bar blade set (2 blades)", "IBK-B300", "IBK-B350"],
            ["Round punch, 6.5-30 mm", "IBK-P + diameter", "IBK-P + diameter"],
            ["Round die", "IBK-D + bore", "IBK-D + bore"],
            ["Punch retaining nut", "IBK-4105", "IBK-4107"],
            ["Stroke limit switch", "IBK-5520", "IBK-5520"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Example order numbers: a 22 mm punch is IBK-P22, its die for 12 mm plate IBK-D23.5. Square and oblong "
        "punches are made to order.",
    ),
]

# ---------------------------------------------------------------- Veloria SB dry filter spray booth
VELORIA = [
    ("title", "Veloria SB Series Dry Filter Spray Booths\nOperation and Maintenance Manual - SB-30 and SB-40"),
    (
        "p",
        "Document VLF-OM-SB-07, Issue 2, August 2023. Veloria Finishing Equipment. The SB-30 and SB-40 are open-front "
        "dry filter spray booths for solvent-based and water-based wet paints. Overspray is caught by paint-arrestor "
        "pads in the rear wall; a direct-drive axial fan exhausts the air to outside through the roof duct.",
    ),
    (
        "warn",
        "WARNING: The inside of the booth is ATEX Zone 1 and the area within 1 m of the open front is Zone 2 while "
        "spraying. No naked flames, grinding or smoking in these zones. Earth all containers and the workpiece.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SB-30", "SB-40"],
            ["Open front width x height", "3.0 x 2.4 m", "4.0 x 2.4 m"],
            ["Booth depth", "2.5 m", "2.5 m"],
            ["Exhaust airflow, clean filters, 50 Hz", "10,400 m³/h", "13,800 m³/h"],
            ["Face velocity at the open front", "0.40 m/s", "0.40 m/s"],
            ["Fan motor, 400 V 50 Hz, ATEX", "4.0 kW", "5.5 kW"],
            ["Paint-arrestor pads, 500 x 500 mm", "18 pads", "24 pads"],
            ["LED luminaires, ATEX", "8", "12"],
            ["Illuminance at 1 m height", "1000 lux", "1000 lux"],
            ["Noise at the open front", "72 dB(A)", "74 dB(A)"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "The airflow values hold with clean paint-arrestor pads. With pads at the change limit the airflow falls "
        "to about 8,600 m³/h on the SB-30 and 11,400 m³/h on the SB-40; the face velocity must not fall below "
        "0.30 m/s. Spraying may only start when the booth air is at least 10 °C; for best results the paint and "
        "the booth air should be at 15-25 °C.",
    ),
    ("h", "2. Operation"),
    (
        "p",
        "Switch on the booth with the key switch on the control panel. The fan starts and runs a purge of 3 "
        "minutes; the lamp READY lights when the purge is complete and the airflow switch proves the airflow. "
        "Only then does the compressed air solenoid open and release air to the spray guns. If the airflow "
        "drops during spraying, the solenoid closes and the guns stop. After spraying, leave the fan running "
        "for at least 10 minutes to clear the solvent vapour.",
    ),
    (
        "p",
        "The differential pressure gauge on the side wall shows the pressure drop across the paint-arrestor pads. "
        "With new pads it reads 30-50 Pa. Change the paint-arrestor pads when the gauge reads 120 Pa or after 40 "
        "hours of spraying, whichever comes first.",
    ),
    (
        "p",
        "Water-based paints: the same pads are used, but the booth air must be at least 15 °C and the relative "
        "humidity no more than 70 %, or the paint dries too slowly and runs. Do not spray solvent-based and "
        "water-based paints in the same booth without changing the pads in between.",
    ),
    ("h", "3. Changing the paint-arrestor pads"),
    (
        "ol",
        [
            "Finish spraying and let the fan run for 10 minutes to clear the vapour.",
            "Switch the booth off and lock out the main switch.",
            "Put on gloves and a dust mask; pads loaded with paint may be sticky.",
            "Unhook the pad retaining wires from the rear wall frame.",
            "Remove the used pads from the top row downwards and put them straight into a metal bin with a lid.",
            "Scrape loose paint from the frame and the floor of the filter plenum.",
            "Fit the new pads with the printed side (air inlet side) facing into the booth.",
            "Make sure the pads butt together with no gaps at the edges.",
            "Refit the retaining wires.",
            "Switch on and check that the gauge reads 30-50 Pa.",
        ],
    ),
    (
        "warn",
        "Used pads can self-heat and ignite. Keep them in a closed metal bin and remove them from the building "
        "at the end of the shift.",
    ),
    ("h", "4. Fault codes"),
    (
        "p",
        "The controller shows a fault code on its display and the lamp FAULT lights. Spraying is blocked until "
        "the fault is cleared and acknowledged.",
    ),
    (
        "table",
        [
            ["Code", "Fault", "Cause and remedy"],
            ["F01", "Fan motor overload", "Motor protection switch Q1 tripped. Check the motor current (SB-30 8.1 A, SB-40 11.0 A) and reset Q1."],
            ["F02", "Airflow not proven", "Airflow switch B1 did not close: pads blocked, duct damper closed or fan turning backwards after electrical work."],
            ["F03", "Filter pressure high", "Gauge switch above 120 Pa. Change the paint-arrestor pads."],
            ["F04", "Fire damper closed", "Thermal fuse in the duct damper melted (72 °C). Find the cause, then replace the fuse."],
            ["F05", "Phase failure", "Check the supply and the fuses F1-F3."],
            ["F07", "Lighting fault", "Luminaire circuit breaker Q3 tripped. Check the luminaires and their cables."],
            ["F08", "Compressed air low", "Air supply to the gun solenoid below 4 bar. Check the compressor and the main valve."],
            ["F09", "Purge interrupted", "Airflow lost during the 3-minute purge. The purge restarts automatically."],
        ],
        (16, 40, 104),
    ),
    ("h", "5. Exhaust duct and installation"),
    (
        "p",
        "The exhaust duct must discharge at least 1 m above the roof ridge and at least 8 m away from any air "
        "intake or opening window. Use galvanised steel duct of 500 mm diameter (SB-30) or 630 mm (SB-40) with "
        "no more than 3 bends of 90°; each extra bend lowers the airflow by about 4 %. Replacement air must "
        "enter the room through a louvre with a free area of at least 1.2 m² (SB-30) or 1.6 m² (SB-40); "
        "without it the room goes into negative pressure and the airflow falls.",
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the gauge reading; remove paint cans and rags from the booth"],
            ["Weekly", "Clean the luminaire glass; check the earth cables"],
            ["Monthly", "Renew the strippable booth coating on the walls where it is thick with paint"],
            ["Every 6 months", "Check the fan impeller for paint build-up; test the airflow switch"],
            ["Yearly", "Measure the face velocity at 9 points over the open front; record the results"],
        ],
        (40, 120),
    ),
    ("h", "7. Consumables and spares"),
    (
        "table",
        [
            ["Item", "Part number"],
            ["Paint-arrestor pad 500 x 500 mm, box of 20", "VLF-PA500"],
            ["Strippable booth coating, 10 L", "VLF-SC10"],
            ["Differential pressure gauge 0-300 Pa", "VLF-DP300"],
            ["Airflow switch", "VLF-AS02"],
            ["Duct damper thermal fuse 72 °C", "VLF-TF72"],
            ["LED luminaire tube, ATEX", "VLF-LT18"],
        ],
        (100, 60),
    ),
]

# ---------------------------------------------------------------- Koldane CS circular cold saw
KOLDANE = [
    ("title", "Koldane CS Series Circular Cold Saws\nUser and Maintenance Manual - CS-315 and CS-370"),
    (
        "p",
        "Document KDS-UM-CS-05, Revision E, January 2024. Koldane Sawing Machines. The CS-315 and CS-370 are "
        "manual-down-feed circular cold saws for steel sections and tube, with a swivelling head (45° left and "
        "45° right), a two-speed motor and a worm gearbox. The CS-370 can be fitted with the optional hydraulic "
        "feed unit KD-HF370 for a semi-automatic cycle, giving a feed rate of 10-400 mm/min.",
    ),
    (
        "warn",
        "WARNING: Never remove the blade guard. Clamp the workpiece in the vice before starting the cut. Do not "
        "cut pieces shorter than 20 mm without a support block.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CS-315", "CS-370"],
            ["Blade (diameter x thickness x bore)", "315 x 2.5 x 40 mm", "370 x 3.0 x 40 mm"],
            ["Blade speeds at 50 Hz", "20 / 40 rpm", "16 / 32 rpm"],
            ["Round bar / tube at 90°", "100 mm", "120 mm"],
            ["Square at 90°", "90 mm", "100 mm"],
            ["Rectangle at 90°", "120 x 80 mm", "140 x 90 mm"],
            ["Round / square at 45°", "90 mm / 80 mm", "110 mm / 90 mm"],
            ["Motor, two-speed, 400 V", "1.1 / 1.5 kW", "1.5 / 2.2 kW"],
            ["Coolant tank", "25 L", "30 L"],
            ["Gearbox oil, ISO VG 460 synthetic", "1.2 L", "1.8 L"],
            ["Weight", "210 kg", "285 kg"],
        ],
        (80, 40, 40),
    ),
    ("h", "2. Choosing the blade and the speed"),
    (
        "p",
        "Use the low blade speed (20 rpm on the CS-315, 16 rpm on the CS-370 at 50 Hz) for stainless steel, tool "
        "steel and tube with a wall over 5 mm, and the high speed for mild steel sections and thin-walled tube. Choose the tooth pitch so that at least 3 teeth are "
        "always in the cut: fine pitch (more teeth) for thin walls, coarse pitch for solid bar. Non-ferrous "
        "metals need a special blade with alternate top bevel teeth and a speed of at least 80 rpm, which these "
        "saws do not reach; do not cut aluminium on the CS-315 or CS-370.",
    ),
    (
        "p",
        "Blades can be reground about 10 times. Do not use a blade reground below 295 mm diameter on the CS-315 "
        "or below 350 mm on the CS-370: the teeth no longer clear the vice jaws.",
    ),
    ("h", "3. Operating the saw"),
    (
        "p",
        "Set the mitre angle with the head lever released, using the scale on the turntable, and lock the lever. "
        "Clamp the work in the vice with the jaw moved up to the material; for mitre cuts move the movable jaw "
        "to the matching position. Set the length stop. Start the blade with the trigger switch in the handle "
        "and lower the head with an even pressure; let the blade cut, do not force it. Release the trigger at "
        "the end of the cut and let the head return under its spring. The feed is right when the chips are "
        "curled and silver; thin needles mean too little feed, blue chips too much feed or no coolant.",
    ),
    (
        "p",
        "The head return spring is set at the factory so that the head rises slowly from the bottom of the cut. "
        "Use the vice quick-release lever for repeated cuts of the same section.",
    ),
    ("h", "4. Coolant"),
    (
        "p",
        "Use a water-miscible cutting fluid at 5-8 % concentration, checked with a refractometer. Never cut dry: "
        "the blade overheats and loses its temper. Top up with premixed fluid only. Clean the chip tray and "
        "the coolant strainer weekly.",
    ),
    ("h", "5. Changing the blade"),
    (
        "ol",
        [
            "Raise the head fully and switch off at the main switch; lock it out.",
            "Wait until the blade has stopped; put on cut-resistant gloves.",
            "Swing the movable blade guard up and hold it with its catch.",
            "Lock the blade with the locking pin on the gearbox flange.",
            "Undo the blade flange screw. It has a LEFT-HAND thread: turn it clockwise to loosen.",
            "Remove the screw, the outer flange and the blade.",
            "Clean the flanges and the spindle; burrs or chips on a flange make the blade run out.",
            "Fit the new blade with the teeth pointing in the direction of the arrow on the guard.",
            "Fit the outer flange and tighten the flange screw anti-clockwise to 45 Nm.",
            "Remove the locking pin and release the blade guard.",
            "Run the saw for 30 seconds without cutting and watch for run-out.",
            "Make the first cuts with half the normal feed pressure to run the new blade in.",
        ],
    ),
    ("h", "6. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Teeth chip or break", "Feed pressure too high; fewer than 3 teeth in the cut; work not clamped", "Feed more gently; use a finer pitch; clamp the work tightly"],
            ["Blade chatters and squeals", "Speed too high for the material; pitch too fine for solid bar", "Use the low speed; use a coarser pitch"],
            ["Cut not square", "Blade blunt; vice jaw not square to the blade", "Regrind the blade; set the jaw square with an engineer's square"],
            ["Heavy burr on the cut", "Blade blunt or speed too low", "Regrind the blade; check the speed chosen"],
            ["Motor stalls in the cut", "Feed too high at the low speed; blade blunt", "Reduce the feed; regrind"],
            ["Blue chips, blade hot", "No coolant or concentration too low", "Check the coolant pump and the concentration"],
        ],
        (48, 56, 56),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean chips from the vice and the guard; check the coolant level"],
            ["Weekly", "Clean the chip tray and coolant strainer; oil the vice screw"],
            ["Monthly", "Check the gearbox oil level in the sight glass"],
            ["Every 2000 h or 2 years", "Change the gearbox oil (ISO VG 460 synthetic)"],
        ],
        (45, 115),
    ),
    (
        "p",
        "The gearbox housing may reach 70 °C in continuous cutting; if it runs hotter, check the oil level.",
    ),
    ("h", "8. Blades and spares"),
    (
        "table",
        [
            ["Item", "Part number"],
            ["Blade HSS-DMo5 315 x 2.5 x 40, Z160 (solid bar)", "KD-315-160"],
            ["Blade HSS-DMo5 315 x 2.5 x 40, Z220 (tube and sections)", "KD-315-220"],
            ["Blade HSS-DMo5 370 x 3.0 x 40, Z140 (solid bar)", "KD-370-140"],
            ["Blade HSS-DMo5 370 x 3.0 x 40, Z180 (tube and sections)", "KD-370-180"],
            ["Cutting fluid concentrate KC-5, 5 L", "KD-9505"],
            ["Vice jaw set", "KD-4410"],
            ["Blade flange screw (left-hand)", "KD-2208"],
        ],
        (110, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("curvex-rb-rotary-draw-tube-bender.pdf", "Curvex CVX-OM-RB-03 Rev C - RB-38 / RB-50", CURVEX),
        ("ironbeck-iw-hydraulic-ironworker.pdf", "Ironbeck IBK-IM-IW-11 Ed 4 - IW-55 / IW-75", IRONBECK),
        ("veloria-sb-dry-filter-spray-booth.pdf", "Veloria VLF-OM-SB-07 Issue 2 - SB-30 / SB-40", VELORIA),
        ("koldane-cs-circular-cold-saw.pdf", "Koldane KDS-UM-CS-05 Rev E - CS-315 / CS-370", KOLDANE),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 5, 2, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
