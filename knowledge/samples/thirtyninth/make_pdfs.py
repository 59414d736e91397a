"""Generate the PDF manuals of the thirty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set39venv && /tmp/set39venv/bin/pip install fpdf2 pypdf
    /tmp/set39venv/bin/python knowledge/samples/thirtyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirty-eighth set's
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


# ---------------------------------------------------------------- Kaltenbrunn SL T-bar surface lifts
KALTENBRUNN = [
    ("title", "Kaltenbrunn SL T-Bar Surface Lifts\nOperating and Maintenance Manual - SL-800 and SL-1200"),
    (
        "p",
        "Document KBS-OM-SL-06, Edition 3, September 2025. Kaltenbrunn Seilbahnbau GmbH. The SL-800 and SL-1200 "
        "are fixed-grip T-bar surface lifts with the drive at the top station and a counterweight tensioner at the "
        "valley station. The number gives the greatest inclined length in metres. Apart from the items listed in "
        "this manual, the two lifts are built alike. The SL-1200 has an auxiliary hydraulic drive with its own "
        "manual, KBS-OM-AUX-02. The haul rope is supplied with a certificate from the rope maker; its inspection and "
        "splicing are not described here. The lift may only be run by staff trained and named by the operator.",
    ),
    (
        "warn",
        "WARNING: Before work on the drive, the tensioner or a tower, stop the lift, lock the main switch and apply "
        "the emergency brake. Never climb a tower or stand in the rope line while the rope can move.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SL-800", "SL-1200"],
            ["Greatest inclined length", "800 m", "1200 m"],
            ["Greatest vertical rise", "220 m", "330 m"],
            ["Haul rope, 6x19 Seale, fibre core", "14 mm", "16 mm"],
            ["Rope speed with passengers", "1.0-3.0 m/s", "1.0-3.5 m/s"],
            ["Capacity at full speed, two persons per T-bar, hangers 18 m apart", "1200 p/h", "1400 p/h"],
            ["Number of T-bar hangers, at most", "88", "133"],
            ["Drive motor with frequency converter", "90 kW", "132 kW"],
            ["Full-load current at 400 V 3~ 50 Hz", "155 A", "228 A"],
            ["Drive bullwheel diameter", "3.2 m", "3.6 m"],
            ["Counterweight at the valley station", "6.5 t", "9.0 t"],
            ["Auxiliary drive, hydraulic, diesel 30 kW", "none", "0.8 m/s"],
            ["Gearbox oil, ISO VG 220 synthetic PAO", "95 L", "140 L"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "Capacity and the number of hangers assume the standard hanger spacing of 18 m. The full-load current is "
        "that of the motor at rated power; the supply cable and its protection are sized by the operator's "
        "electrician. Kaltenbrunn gives no capacity figures for other hanger spacings.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The lift must not open to the public until the daily opening inspection (section 4) is complete and "
            "recorded in the log book.",
            "A stop button must be within reach of the attendant at each station. Never bridge a safety line "
            "switch or a rope catcher switch to keep the lift running.",
            "Grip bolts are safety parts. Never loosen a grip on a rope under tension, and never reuse grip bolts.",
            "The emergency brake acts on the bullwheel rim. Keep oil and grease off the rim and the brake pads.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Wind"),
            (
                "p",
                "Measured with the anemometer at the top station. Up to 15 m/s in gusts the lift runs at any speed "
                "of its range. Between 15 and 20 m/s run at no more than 2.0 m/s and close the lift to beginners. "
                "Above 20 m/s the control stops the lift (T12); unload the line and do not restart until the wind "
                "has stayed below 15 m/s for 10 min.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below -20 °C ambient, run the lift empty at 1.0 m/s for at least 15 min before the first "
                "passengers, so that the gearbox oil warms up. The lift must not run below -30 °C.",
            ),
            ("h", "Rope speed"),
            (
                "p",
                "Passenger speed must not exceed 3.0 m/s on the SL-800 or 3.5 m/s on the SL-1200. For children's "
                "ski school groups set no more than 2.0 m/s. The overspeed monitor trips at 10 % above the set speed.",
            ),
            ("h", "Counterweight"),
            (
                "p",
                "The counterweight hangs free in its pit. In normal running it must stay between the two painted "
                "marks, at least 1.0 m above the lower stop and 0.5 m below the upper stop. A new rope stretches "
                "by up to 0.3 % of its length in the first season; when the counterweight reaches the lower mark "
                "the rope must be shortened by a certified splicer.",
            ),
            ("h", "Gearbox"),
            (
                "p",
                "Gearbox oil warning at 80 °C; the lift stops at 85 °C (T07). Restart only when the oil is below "
                "70 °C and the cause is found.",
            ),
        ],
    ),
    ("h", "4. Daily opening inspection"),
    (
        "ol",
        [
            "Read the anemometer and the temperature. Check the wind and cold limits of section 3.",
            "Walk or ride the line. Check that no tree, snow cornice or groomer track is within 1.5 m of the rope "
            "line and that every tower ladder is closed.",
            "Test the stop buttons at both stations and at least one safety line switch on the line; each must "
            "stop the lift.",
            "Run the lift empty for at least one full rope revolution at 1.5 m/s. Watch the rope on every tower "
            "and check that each T-bar retracts fully at the top.",
            "Brake test: from full speed, stop with the service brake. The deceleration on the display must be "
            "between 0.6 and 1.5 m/s². Then trip the emergency brake at 1.5 m/s; it must stop the rope without "
            "slip marks on the rim.",
            "Check that the counterweight is between its marks.",
            "Check the loading and unloading areas: snow level, track depth and the exit ramp slope.",
            "Record the results and your name in the log book. Open only if every check passed.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause", "Action"],
            ["T01", "Overspeed", "Rope 10 % over set speed", "Emergency brake applied; check converter and encoder"],
            ["T02", "Rope off sheave", "Rope catcher switch on a tower broken", "Find the tower, refit the rope, replace the breaking rod"],
            ["T03", "Counterweight high", "Rope too short, ice in the pit", "Clear the pit; check the rope length"],
            ["T04", "Counterweight low", "Rope stretched", "Rope to be shortened (section 3)"],
            ["T05", "Service brake worn", "Lining below 5 mm", "Replace both linings"],
            ["T06", "Emergency brake pressure", "Hydraulic pressure low", "Check the pump and the accumulator"],
            ["T07", "Gearbox hot", "Oil at 85 °C", "Check oil level, cooler fan and load"],
            ["T09", "Motor hot", "Winding thermistor", "Let it cool; check the converter ramp"],
            ["T10", "Top overrun", "Skier past the stop gate", "Free the skier; check the gate"],
            ["T11", "T-bar not retracted", "Spring box weak or cord caught", "Check the hanger at the top"],
            ["T12", "Wind", "Over 20 m/s", "See section 3"],
            ["T13", "Safety line open", "Line switch or cable", "Check the towers in order"],
            ["T14", "Converter fault", "See converter display", "Converter maker's manual"],
        ],
        (16, 36, 54, 64),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["T-bars drag on the snow on the return side", "Spring box cord not retracting", "Replace the cord or the spring box"],
            ["Rope rides on the flange of a sheave", "Liner worn or tower misaligned", "Check liners; alignment by Kaltenbrunn service"],
            ["Squealing from a tower", "Dry sheave bearing or cracked liner", "Grease the bearing; replace the liner"],
            ["Lift stops on cold mornings at full load", "Cold gearbox oil, converter current limit", "Run the warm-up of section 3"],
            ["Jerk at start", "Service brake not fully released", "Check the air gap: 1.0-1.5 mm"],
            ["Counterweight creeps down over weeks", "Rope stretch, normal in the first season", "Watch the lower mark"],
        ],
        (58, 56, 56),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Opening inspection, section 4"],
            ["Weekly", "Sheave liners and rope catchers, visual, from the tower ladder"],
            ["Monthly", "Grease tower sheave bearings, 10 g each, lithium grease NLGI 2"],
            ["Every 500 h", "Service brake air gap and lining thickness"],
            ["Every 5000 h or 2 years, whichever comes first", "Gearbox oil change"],
            ["Every 3 seasons or 150 000 cycles", "Spring box cords"],
            ["Yearly", "Rope inspection and brake test under load by the inspection body"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Brake linings are 12 mm thick new and must be replaced when thinner than 5 mm. Replace a sheave liner "
        "when its groove is worn 5 mm or more, or when it is cracked. The haul rope discard criteria, the "
        "magnetic rope test and the yearly load test are set by the inspection body and the rope standard; they are "
        "not given in this manual.",
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Size, grade", "Torque"],
            ["Grip bolt, T-bar hanger", "M12, 10.9", "95 Nm"],
            ["Sheave axle clamp", "M20, 8.8", "410 Nm"],
            ["Crossarm to tower head", "M24, 8.8", "710 Nm"],
            ["Brake caliper mount", "M16, 10.9", "300 Nm"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "After fitting a grip, run the lift empty for one revolution and check the torque again. A grip must not "
        "slip on the rope at a pull of 1.6 kN along the rope.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "SL-800", "SL-1200"],
            ["Sheave liner, 250 mm sheave", "KBS-SL-250", "KBS-SL-250"],
            ["Spring box, complete", "KBS-HB-08", "KBS-HB-12"],
            ["Spring box cord, 7.5 m", "KBS-HC-75", "KBS-HC-75"],
            ["Service brake lining set", "KBS-BL-3", "KBS-BL-4"],
            ["Rope catcher breaking rod", "KBS-RC-1", "KBS-RC-1"],
            ["Grip bolt set", "KBS-GB-12", "KBS-GB-12"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Glacivo IR-E electric ice resurfacers
GLACIVO = [
    ("title", "Glacivo IR-E Electric Ice Resurfacers\nOperator and Maintenance Manual - IR-E5 and IR-E7"),
    (
        "p",
        "Document GLV-OM-IRE-02, Edition 4, August 2025. Glacivo Eistechnik AG. The IR-E5 and IR-E7 are battery "
        "electric ice resurfacers. The conditioner at the rear shaves the ice with a blade, a horizontal and a "
        "vertical auger carry the snow into the snow tank, and a spreader towel lays hot water behind the blade. "
        "The IR-E5 is sized for rinks up to 56 x 26 m, the IR-E7 for rinks up to 61 x 30 m; apart from the items "
        "listed here the two machines are built alike. A lithium battery is offered for the IR-E7 only, with its own "
        "instructions GLV-IS-LI7; this manual covers the lead-acid traction battery. The battery charger has its "
        "maker's manual.",
    ),
    (
        "warn",
        "WARNING: The blade is razor sharp. Wear cut-resistant gloves and use the blade guard whenever the "
        "conditioner is raised or the blade is handled. Charge the battery only in the ventilated charging bay: a "
        "charging lead-acid battery gives off hydrogen.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IR-E5", "IR-E7"],
            ["Blade length", "1960 mm", "2130 mm"],
            ["Snow tank volume, compacted", "2.6 m³", "3.3 m³"],
            ["Ice-making water tank", "760 L", "950 L"],
            ["Wash water tank (board brush and wash)", "200 L", "250 L"],
            ["Traction battery, lead-acid, 40 cells", "80 V, 560 Ah", "80 V, 700 Ah"],
            ["Resurfacings per charge, 60 x 30 m rink, ice at -5 °C", "12", "16"],
            ["Traction motor", "15 kW", "18 kW"],
            ["Top speed / resurfacing speed", "14 km/h / 8-10 km/h", "14 km/h / 8-10 km/h"],
            ["Mass, empty / with full water tank and snow tank", "3900 kg / 6400 kg", "4600 kg / 7800 kg"],
            ["Turning circle, outer", "7.8 m", "8.6 m"],
            ["Charging time from 20 % charge with the standard charger", "8 h", "8.5 h"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The number of resurfacings per charge holds for a 60 x 30 m rink at -5 °C ice, a resurfacing speed of "
        "9 km/h and a battery in good condition; colder ice, deep cuts and an ageing battery give fewer. Glacivo "
        "gives no figures for other rinks.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "No person may be on the ice while the resurfacer is on it, apart from the driver. Open the rink door "
            "only when the machine stands in front of it.",
            "The seat switch stops the traction when the driver leaves the seat (A31). Never defeat it.",
            "Wear acid-proof gloves and goggles when topping up the battery. Add only demineralised water, only "
            "after charging, up to the level indicator.",
            "Lift the conditioner only on the hydraulic cylinders with the mechanical prop in place.",
        ],
    ),
    ("h", "3. Ice and water settings"),
    (
        "cols",
        [
            ("h", "Water"),
            (
                "p",
                "Fill the ice-making tank with water at 55-65 °C. Hot water melts the top of the shaved ice and "
                "bonds. The tank water must not exceed 70 °C: hotter water softens the tank liner and the spreader "
                "towel, and the control shows A28.",
            ),
            ("h", "Amount"),
            (
                "p",
                "On a 60 x 30 m rink with ice between -7 °C and -4 °C, lay 400-600 L per resurfacing: less for "
                "hockey ice, more for figure skating or after heavy use. For other ice temperatures the rink's ice "
                "technician sets the amount.",
            ),
            ("h", "Cut"),
            (
                "p",
                "Set the blade with the hand wheel so that it takes off no more than 1.5 mm of ice in one pass. "
                "Overlap each pass by 100-150 mm. A deeper cut overfills the augers and spills snow at the sides "
                "of the conditioner.",
            ),
            ("h", "Driving"),
            (
                "p",
                "Resurface at 8-10 km/h. Keep the board brush at least 50 mm clear of the kick plates. Turn only "
                "with the conditioner down and the water closed.",
            ),
            ("h", "Battery"),
            (
                "p",
                "Under load the battery must stay at 78 V or above. Below 78 V the control reduces the speed (A21); "
                "at 72 V the traction stops (A22). Never discharge the battery below 20 % charge; charge after every "
                "shift and give an equalising charge once a week.",
            ),
        ],
    ),
    ("h", "4. Changing the blade"),
    (
        "ol",
        [
            "Park the machine on the blade change stand, switch off and remove the key.",
            "Raise the conditioner, fit the mechanical prop and put on cut-resistant gloves.",
            "Fit the blade guard on the old blade. Loosen the blade bolts from the centre outwards and lift the "
            "blade out with the two blade handles.",
            "Clean the blade seat and check the blade bar for nicks; file off any burr.",
            "Lay the new blade in the seat with the bevel facing up and the guard on, and fit the bolts by hand.",
            "Tighten the bolts from the centre outwards in two passes, first to 10 Nm, then to 27 Nm.",
            "Remove the guard, lower the conditioner and set the blade depth with the hand wheel on a test pass.",
            "Enter the blade change in the log; the counter of resurfacings starts again from zero.",
        ],
    ),
    (
        "p",
        "Change the blade after 25-40 resurfacings, or sooner if the ice is left rough. Blades are reground by a "
        "blade grinding service; Glacivo gives no minimum width for a reground blade.",
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause", "Action"],
            ["A21", "Battery low", "Below 78 V under load", "Finish the pass and drive to the charger"],
            ["A22", "Battery empty", "72 V, traction stopped", "Tow the machine off; charge"],
            ["A23", "Traction motor hot", "Long climbs, low tyre pressure", "Let it cool; check tyres at 3.5 bar"],
            ["A24", "Hydraulic oil hot", "Oil above 75 °C", "Check oil level and cooler"],
            ["A25", "Snow tank full", "Tank sensor", "Dump snow in the pit"],
            ["A26", "Water low", "Ice-making tank empty", "Refill at 55-65 °C"],
            ["A28", "Water hot", "Tank water above 70 °C", "Drain part and refill cooler"],
            ["A29", "Conditioner position", "Limit switch, cylinder", "Check switch and hoses"],
            ["A30", "Auger overload", "Too deep a cut, ice lump", "Raise the blade; clear the auger"],
            ["A31", "Seat switch", "Driver left the seat", "Sit down and reset"],
            ["A32", "Charge incomplete", "Charger stopped early", "Charger maker's manual"],
            ["A33", "Board brush overload", "Brush caught at a kick plate", "Free the brush"],
        ],
        (16, 38, 56, 60),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Ice left rough with fine ridges after resurfacing", "Dull blade, or blade not level", "Change the blade (section 4)"],
            ["Snow spills out at the sides of the conditioner", "Cut too deep or snow tank full", "Cut no more than 1.5 mm; dump snow"],
            ["Dry streaks behind the towel", "Towel worn or spreader holes blocked", "Clean the spreader pipe; replace the towel"],
            ["White, brittle ice where water was laid", "Water too cold, or too much water", "Fill at 55-65 °C; lay less"],
            ["Wheels spin on the ice", "Studs worn, tyre pressure wrong", "Tyres at 3.5 bar; replace worn tyres"],
            ["Conditioner slow to rise after a cold night", "Cold hydraulic oil", "Run the pump 5 min before use"],
        ],
        (60, 56, 54),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["After each resurfacing", "Dump snow, rinse the snow tank and the augers"],
            ["Daily", "Battery electrolyte after charging; tyre pressure 3.5 bar; towel"],
            ["Weekly", "Equalising charge; grease auger bearings, 2 strokes each"],
            ["Every 250 h", "Hydraulic filter; check auger chain tension, 10-15 mm sag"],
            ["Every 1000 h or yearly, whichever comes first", "Hydraulic oil HVLP 32, gear oil of the drive axle"],
        ],
        (60, 110),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Size", "Torque"],
            ["Blade bolts", "M10", "27 Nm"],
            ["Wheel nuts", "M18 x 1.5", "270 Nm"],
            ["Auger bearing bolts", "M12", "75 Nm"],
            ["Conditioner hinge pin bolts", "M16", "190 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "IR-E5", "IR-E7"],
            ["Blade", "GLV-BL-1960", "GLV-BL-2130"],
            ["Spreader towel", "GLV-ST-19", "GLV-ST-21"],
            ["Board brush", "GLV-BB-1", "GLV-BB-1"],
            ["Horizontal auger flight set", "GLV-HA-19", "GLV-HA-21"],
            ["Studded tyre, complete wheel", "GLV-TW-5", "GLV-TW-7"],
            ["Hydraulic filter element", "GLV-HF-10", "GLV-HF-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Proscenia FB motorised fly bar hoists
PROSCENIA = [
    ("title", "Proscenia FB Motorised Fly Bar Hoists\nOperating and Maintenance Manual - FB-250 and FB-500"),
    (
        "p",
        "Document PRS-OM-FB-04, Edition 2, June 2025. Proscenia Bühnentechnik GmbH. The FB-250 and FB-500 are "
        "variable-speed drum hoists for stage fly bars, mounted on the grid and controlled from the stage "
        "machinery console. The number gives the safe working load in kilograms. Each hoist has a grooved "
        "single-layer drum, two independent spring-applied brakes, a load cell and two position encoders. Apart "
        "from the items listed here the two hoists are built alike. The console has its own manual, PRS-OM-CON-07. "
        "The hoists are not rated for lifting people; performer flying needs separate equipment.",
    ),
    (
        "warn",
        "WARNING: Never stand under a bar that is moving or loaded unless the rules of section 3 allow it. Before "
        "work on a hoist, lock its isolator at the grid and put the bar down on the stage or on its stops.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FB-250", "FB-500"],
            ["Safe working load, evenly distributed along the bar", "250 kg", "500 kg"],
            ["Lifting lines, galvanised steel wire rope 7x19", "5 x 5 mm", "6 x 6 mm"],
            ["Bar length, steel tube", "up to 15 m, 48.3 mm", "up to 18 m, 60.3 mm"],
            ["Speed", "0-1.2 m/s", "0-1.0 m/s"],
            ["Travel", "22 m", "24 m"],
            ["Motor, with frequency converter", "3.0 kW", "5.5 kW"],
            ["Full-load current at 400 V 3~", "7.0 A", "11.5 A"],
            ["Repeat positioning accuracy", "±1 mm", "±1 mm"],
            ["Overload cut-out, per cent of safe working load", "110 %", "110 %"],
            ["Hoist mass without lines", "240 kg", "310 kg"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The speed range holds at the safe working load and a 400 V supply. The safe working load is that of the "
        "hoist with its standard lines and a steel tube bar; a longer bar, a truss in place of the tube or extra "
        "lines change the rating and must be approved by Proscenia in writing. The overload cut-out uses the load "
        "cell, which is calibrated at commissioning and again after any change of the lines. The weight of each "
        "bar with its lines is entered in the console as the tare.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only trained operators named by the venue may run the hoists. Every move is hold-to-run; the operator "
            "must see the bar or have a spotter on the stage with a radio.",
            "Each brake alone holds at least 1.6 times the safe working load. A hoist whose brake fails a test must "
            "not be used until Proscenia service has checked it.",
            "Periodic inspection of the complete installation by an expert is required by the venue's local "
            "regulations; their intervals are set by those regulations.",
            "Stopping distances are measured at commissioning and recorded in the acceptance report; they are not "
            "given here.",
        ],
    ),
    ("h", "3. Load and speed limits"),
    (
        "cols",
        [
            ("h", "Distributed load"),
            (
                "p",
                "The safe working load holds for a load spread evenly along the bar, including the weight of "
                "cables, clamps and safety wires. The bar itself and its lines are not counted.",
            ),
            ("h", "Point loads"),
            (
                "p",
                "A single point load must not exceed 80 kg on the FB-250 or 150 kg on the FB-500, and it must hang "
                "within 300 mm of a lifting line. Two point loads must be at least 1.0 m apart.",
            ),
            ("h", "Speed over people"),
            (
                "p",
                "With people on stage under the bar, run at no more than 0.5 m/s and never lower a bar below 2.5 m "
                "above the stage floor. Full speed is only for scene changes with the stage clear under the bar.",
            ),
            ("h", "Acceleration"),
            (
                "p",
                "Set the ramp to at least 1.0 s for loads over 80 % of the safe working load. Shorter ramps give "
                "load peaks that trip the overload cut-out (H01).",
            ),
            ("h", "Snag detection"),
            (
                "p",
                "While lowering, the hoist stops if the load falls by more than 25 kg below the value weighed at "
                "the start of the move (H02): the bar may be resting on scenery.",
            ),
        ],
    ),
    ("h", "4. Trimming a bar level"),
    (
        "ol",
        [
            "Remove all load from the bar. Fly the bar in to 1.5 m above the stage floor.",
            "Measure the height from the stage floor to the underside of the bar at every lifting line with a "
            "tape. The readings must agree within 5 mm.",
            "To adjust a line, loosen the lock nut of its turnbuckle and turn the body. One full turn changes the "
            "line length by 4 mm.",
            "Never use more than two thirds of the turnbuckle thread; if a line needs more, the lines must be "
            "re-terminated by Proscenia service.",
            "Tighten the lock nuts to 60 Nm and fit the safety wire through the turnbuckle.",
            "Fly the bar twice through its full travel, bring it back to 1.5 m and measure again.",
            "Record the readings and the date in the hoist log.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause", "Action"],
            ["H01", "Overload", "Load over 110 % of safe working load, or short ramp", "Reduce the load; ramp at least 1.0 s"],
            ["H02", "Snag", "Load fell more than 25 kg while lowering", "Raise slowly; check the bar"],
            ["H03", "Soft limit", "Bar at a programmed limit", "Move in the other direction"],
            ["H04", "Ultimate limit", "Hard limit switch passed", "Reset by key; find why the soft limit failed"],
            ["H05", "Brake not released", "Brake coil or rectifier", "Proscenia service"],
            ["H07", "Encoder mismatch", "Encoders differ by more than 20 mm", "Check the drum and rope grooves"],
            ["H08", "Converter fault", "See converter code", "Converter maker's manual"],
            ["H09", "Motor hot", "Thermistor", "Let it cool; reduce duty"],
            ["H10", "Emergency stop", "Any emergency stop pressed", "Release and reset at the console"],
            ["H11", "Slack line", "Line switch at the head block", "Check lines and the head block"],
            ["H12", "No console", "Network lost for more than 0.5 s", "Check the network switch"],
            ["H13", "Group sync", "Hoists in a group more than 30 mm apart", "Stop; move each hoist alone to level"],
        ],
        (16, 36, 58, 60),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Bar hangs lower at one end", "Lines unequal, or the load is not spread evenly", "Spread the load; trim the bar (section 4)"],
            ["Hoist stops part way, positions disagree", "Rope off its groove or slipping at the drum clamp", "Check the drum; clamp plates at 25 Nm"],
            ["Hoist stops when a heavy bar starts to move", "Load peak at start", "Longer ramp, section 3"],
            ["Bar creeps down when parked", "Brake worn", "Take out of use; Proscenia service"],
            ["Rope rubs at the head block", "Fleet angle, block misaligned", "Realign the loft block"],
        ],
        (56, 60, 54),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Before each performance", "Run every bar used in the show through its cues"],
            ["Weekly", "Brake test: stop with load, drift no more than 2 mm in 1 min"],
            ["Monthly", "Lines, terminations and blocks, visual; trim check"],
            ["Every 2000 h or yearly, whichever comes first", "Gear oil level; drum bearings"],
            ["Yearly", "Brake air gap and linings, by Proscenia service"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Lines with broken wires, kinks, crushing or corrosion are replaced as a set by Proscenia service. The "
        "brakes are adjusted and replaced only by Proscenia service.",
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Size", "Torque"],
            ["Drum rope clamp plates", "M8", "25 Nm"],
            ["Turnbuckle lock nuts", "M16", "60 Nm"],
            ["Hoist frame to grid beam", "M16, 8.8", "210 Nm"],
            ["Loft block clamp", "M12, 8.8", "86 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "FB-250", "FB-500"],
            ["Lifting line set", "PRS-LL-5", "PRS-LL-6"],
            ["Turnbuckle", "PRS-TB-16", "PRS-TB-16"],
            ["Loft block", "PRS-LB-125", "PRS-LB-150"],
            ["Position encoder", "PRS-EN-2", "PRS-EN-2"],
            ["Load cell", "PRS-LC-3", "PRS-LC-6"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Veltrom ES escalators
VELTROM = [
    ("title", "Veltrom ES Escalators\nMaintenance Manual - ES-30 and ES-35"),
    (
        "p",
        "Document VLT-MM-ES-07, Edition 5, March 2025. Veltrom Fördertechnik GmbH. The ES-30 and ES-35 are "
        "escalators for public buildings such as stations, leisure centres, stadiums and shopping centres, built to "
        "EN 115-1. The number gives the inclination in degrees. Apart from the inclination, the rise, the speeds "
        "and the items listed here, the two escalators are built alike and share the step, the step chain and the "
        "handrail. The controller has its own manual, VLT-MM-CTL-04. Replacing the step chain, the drive chain or "
        "the main drive is work for Veltrom service and is not described here.",
    ),
    (
        "warn",
        "WARNING: Before opening a landing plate, stop the escalator, set the barriers at both landings, switch "
        "the maintenance switch to LOCAL and lock the main switch. Never ride a moving step band with steps "
        "removed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ES-30", "ES-35"],
            ["Inclination", "30°", "35°"],
            ["Greatest rise", "8.0 m", "6.0 m"],
            ["Step width", "600, 800 or 1000 mm", "600, 800 or 1000 mm"],
            ["Rated speed", "0.5 or 0.65 m/s", "0.5 m/s only"],
            ["Flat steps at each landing", "2 (3 at 0.65 m/s)", "3"],
            ["Theoretical capacity, 1000 mm steps at 0.5 m/s", "9000 p/h", "9000 p/h"],
            ["Drive motor, depending on rise and width", "7.5-15 kW", "7.5-11 kW"],
            ["Step chain pitch", "133.33 mm", "133.33 mm"],
            ["Outdoor version with heaters", "available", "not available"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The theoretical capacity is the figure of EN 115-1 for a full step band; real traffic reaches about "
        "two thirds of it. The motor power for a given escalator is on its rating plate and in the acceptance "
        "documents.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only competent persons trained on the ES escalators may open the truss or work on the safety "
            "devices. Never bridge a safety switch, not even for a test run.",
            "When a step is removed, run the step band only in inspection mode at the maintenance control and "
            "never let the gap pass the combs.",
            "Keep the pits clean and dry. Oil-soaked debris in the truss is a fire risk.",
        ],
    ),
    ("h", "3. Clearances and limits"),
    (
        "cols",
        [
            ("h", "Step to skirt"),
            (
                "p",
                "The gap between a step and the skirt must be no more than 4 mm on either side, and the two sides "
                "added together no more than 7 mm, measured at any point of the inclined part and the landings.",
            ),
            ("h", "Between steps"),
            (
                "p",
                "In the inclined part, the gap between two steps measured at the tread must not exceed 6 mm.",
            ),
            ("h", "Combs"),
            (
                "p",
                "The comb teeth must reach at least 4 mm into the step grooves. Replace a comb segment with one "
                "broken tooth at once; never leave a gap in the comb.",
            ),
            ("h", "Handrail"),
            (
                "p",
                "The handrail runs at the step speed to 2 % faster, never slower. The monitor stops the "
                "escalator if the handrail speed differs from the step speed by more than 15 % for more than "
                "15 s (F04).",
            ),
            ("h", "Braking distance"),
            (
                "p",
                "Measured without load, running down: 0.20-1.00 m at 0.5 m/s and 0.30-1.30 m at 0.65 m/s. The "
                "braking test under load is made by the inspection body; its values are in the inspection "
                "report, not in this manual.",
            ),
            ("h", "Outdoor version"),
            (
                "p",
                "On the outdoor ES-30, the comb and truss heaters switch on below +3 °C and must be on before the "
                "escalator starts in frost.",
            ),
        ],
    ),
    ("h", "4. Measuring the braking distance"),
    (
        "ol",
        [
            "Set the barriers at both landings and make sure nobody is on the escalator.",
            "Run the escalator down at rated speed, without load, for at least one minute.",
            "Put a chalk mark on a step tread and a matching mark on the skirt beside it.",
            "When the marked step passes a fixed point, press the stop button at the landing.",
            "Measure the distance along the skirt between the stop point and where the step mark came to rest.",
            "The distance must be 0.20-1.00 m at 0.5 m/s or 0.30-1.30 m at 0.65 m/s. Repeat three times; every "
            "result must be within the range.",
            "If a result is outside the range, take the escalator out of service and check the brake (section 7).",
            "Record the three results in the log book.",
        ],
    ),
    ("h", "Replacing a comb segment"),
    (
        "ol",
        [
            "Stop the escalator, set the barriers and lock the main switch as in the warning above.",
            "Remove the two comb segment screws and lift the segment out of the comb plate.",
            "Clean the seat of the segment and check the comb plate for cracks.",
            "Fit the new segment and tighten the screws to 8 Nm.",
            "Run the escalator in inspection mode and check that every tooth reaches at least 4 mm into the step "
            "grooves without touching the groove bottom.",
            "Test the comb plate switch by pushing the comb plate back; the escalator must stop (F01).",
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Device", "Cause", "Action"],
            ["F01", "Comb plate switch", "Object caught at a comb, comb struck by a step", "Clear; check comb engagement"],
            ["F02", "Skirt switch", "Object caught between step and skirt", "Clear; check the gap"],
            ["F03", "Handrail inlet", "Hand or object at the inlet", "Clear; check the inlet brush"],
            ["F04", "Handrail speed", "Deviation over 15 % for 15 s", "Check handrail drive and tension"],
            ["F05", "Missing step", "Gap in the step band", "Inspection mode only; refit the step"],
            ["F06", "Step sag", "Step roller worn or broken", "Replace the step rollers"],
            ["F07", "Drive chain", "Chain broken or stretched", "Veltrom service"],
            ["F08", "Overspeed", "Over 120 % of rated speed", "Check the drive; Veltrom service"],
            ["F09", "Reversal", "Unintended change of direction", "Veltrom service"],
            ["F11", "Brake wear", "Lining worn to 3 mm", "Replace the linings"],
            ["F12", "Brake not lifting", "Coil, rectifier or air gap", "Check air gap 0.4-0.6 mm"],
            ["F13", "Motor hot", "Thermistor", "Let it cool; check the load"],
            ["F14", "Supply", "Phase missing or wrong order", "Check the supply"],
            ["F15", "Pit water", "Water in the lower pit", "Pump out; find the leak"],
            ["F16", "Stop button", "Stop pressed at a landing", "Find why; restart with key"],
        ],
        (16, 36, 60, 58),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Handrail lags behind the steps", "Drive rollers worn or handrail tension low", "Replace rollers; set tension"],
            ["Handrail warm to the touch", "Tension too high or dirty guides", "Set tension; clean the guides"],
            ["Clunk as steps reach the comb", "Comb teeth engaging too little, or step out of line", "Set combs to at least 4 mm"],
            ["Rub marks on the step sides", "Step to skirt gap uneven", "Measure the gap; realign the skirt"],
            ["Rumble from the step band", "Flat spots on step rollers", "Replace the rollers"],
        ],
        (56, 62, 52),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Weekly", "Chain oiler level; combs; stop buttons"],
            ["Monthly", "Braking distance, section 4; safety switches; handrail speed"],
            ["Every 3 months", "Step to skirt gaps; step rollers; brake air gap 0.4-0.6 mm"],
            ["Yearly", "Brake linings; handrail tension; pits cleaned; inspection by the inspection body"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Brake linings are 8 mm thick new; replace both when one is worn to 3 mm (F11). Step chain elongation is "
        "measured by Veltrom service.",
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Size", "Torque"],
            ["Step to step axle", "M8", "20 Nm"],
            ["Comb segment screws", "M6", "8 Nm"],
            ["Skirt panel screws", "M6", "10 Nm"],
            ["Handrail drive roller nuts", "M16", "120 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "ES-30", "ES-35"],
            ["Step, 1000 mm", "VLT-ST-1030", "VLT-ST-1035"],
            ["Step roller set", "VLT-SR-76", "VLT-SR-76"],
            ["Comb segment", "VLT-CS-3", "VLT-CS-3"],
            ["Handrail drive roller", "VLT-HR-1", "VLT-HR-1"],
            ["Brake lining set", "VLT-BL-2", "VLT-BL-2"],
            ["Handrail inlet brush", "VLT-IB-1", "VLT-IB-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kaltenbrunn-sl-t-bar-surface-lift.pdf", "Kaltenbrunn KBS-OM-SL-06 Ed 3 - SL-800 / SL-1200", KALTENBRUNN),
        ("glacivo-ir-electric-ice-resurfacer.pdf", "Glacivo GLV-OM-IRE-02 Ed 4 - IR-E5 / IR-E7", GLACIVO),
        ("proscenia-fb-motorised-fly-bar-hoist.pdf", "Proscenia PRS-OM-FB-04 Ed 2 - FB-250 / FB-500", PROSCENIA),
        ("veltrom-es-escalator.pdf", "Veltrom VLT-MM-ES-07 Ed 5 - ES-30 / ES-35", VELTROM),
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
