"""Generate the PDF manuals of the seventy-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set76venv && /tmp/set76venv/bin/pip install fpdf2 pypdf
    /tmp/set76venv/bin/python knowledge/samples/seventysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Hochvald LHC lift hill chain drives
HOCHVALD = [
    ("title", "Hochvald LHC Lift Hill Chain Drives\nOperation and Maintenance - LHC-30 and LHC-45"),
    (
        "p",
        "Document HVD-OM-LHC-03, Edition 3, March 2025. Hochvald Ride Engineering. The LHC-30 and LHC-45 are chain "
        "lift drives for roller coaster lift hills of 30 m and 45 m vertical height. One endless roller chain runs in "
        "a steel trough along the centre line of the lift track. The chain dogs under each train engage the chain at "
        "the foot of the lift and release at the crest. The drive station at the crest holds the motor, the gearbox, "
        "the holding brake and the drive sprocket; the take-up station at the foot holds the return sprocket on a "
        "hydraulic take-up carriage. Apart from the values in the table, the two models are "
        "built alike. The ride control system (block zones, train detection, dispatch), the trains with "
        "their chain dogs and anti-rollback dogs, and the track structure belong to the ride maker and are not "
        "described here.",
    ),
    (
        "warn",
        "WARNING: Never enter the lift hill or the chain trough unless the drive is locked out: main isolator off and "
        "locked, holding brake applied. A stopped chain can still move when a train rolls back onto the "
        "anti-rollback or when the take-up pressure is released.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LHC-30", "LHC-45"],
            ["Vertical lift height", "30 m", "45 m"],
            ["Lift angle", "35°", "40°"],
            ["Chain length along the slope, between sprocket centres", "52.3 m", "70.0 m"],
            ["Chain speed, nominal (adjustable from 2.0 m/s up to nominal)", "3.0 m/s", "3.5 m/s"],
            ["Time from the foot to the crest at nominal speed", "17.4 s", "20.0 s"],
            ["Maximum train mass, loaded", "6500 kg", "9000 kg"],
            ["Chain pull of a train at maximum mass, incl. 2 % rolling resistance", "37.9 kN", "58.5 kN"],
            ["Chain type and pitch", "Roller chain, pitch 101.6 mm", "Roller chain, pitch 127.0 mm"],
            ["Minimum breaking load of the chain", "800 kN", "1100 kN"],
            ["Drive sprocket, teeth and pitch diameter", "12 teeth, 392.6 mm", "12 teeth, 490.7 mm"],
            ["Sprocket speed at nominal chain speed", "146 rpm", "136 rpm"],
            ["Motor 400 V 3~ 50 Hz, on a frequency converter", "160 kW, 278 A", "250 kW, 427 A"],
            ["Holding brake, static torque at the motor shaft", "2400 Nm", "3600 Nm"],
            ["Gearbox oil, ISO VG 320 synthetic (PAO)", "95 L", "140 L"],
            ["Take-up: hydraulic cylinder stroke", "400 mm", "400 mm"],
            ["Take-up pressure, working (gauge at the take-up station)", "60 bar", "85 bar"],
            ["Chain oil tank (ISO VG 220 chain oil)", "30 L", "30 L"],
            ["Mass of the drive station without oil", "7.8 t", "11.2 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Only one train may be on the lift at a time on either model. The chain speed and the lift time hold with a "
        "supply of 400 V ±10 % and a train no heavier than the maximum mass; with a heavier train the converter "
        "limits the torque and the train slows down. The minimum breaking load of the chain is more than 15 times the "
        "pull of a fully loaded train on both models.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Anyone on the lift hill wears a harness clipped to the catwalk lifeline. The park's work-at-height "
            "procedure applies.",
            "Never stand in line with the take-up carriage while the take-up is under pressure. Releasing the "
            "pressure lets the carriage move by up to 400 mm.",
            "Never weld on the chain, the sprockets or the chain dogs.",
            "Evacuation of riders from a train stopped on the lift follows the park's evacuation plan; it is not "
            "described in this manual.",
            "Wind and weather limits for running the ride are set in the ride maker's operating manual, not here.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "The nominal speed is set in converter parameter P2.01. The chain ramps up in 4 s. An encoder on the "
                "return sprocket checks the chain speed: if it differs from the drive speed by more than 5 % for 1 s, "
                "the drive stops, the holding brake applies and C05 is shown.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below 5 °C air temperature the chain oiler is switched off and the lift runs at no more than 2.5 m/s "
                "until the gearbox oil has reached 20 °C. Do not override this.",
            ),
            ("h", "Gearbox temperature"),
            (
                "p",
                "Above 90 °C C07 is shown and the train on the lift may finish; the drive trips at 100 °C.",
            ),
            ("h", "Take-up"),
            (
                "p",
                "The HMI shows the take-up carriage position in mm, from 0 (fully retracted) to 400 mm. When the "
                "carriage reaches 320 mm, 80 % of its stroke, shorten the chain by two pitches (section 8). Removing "
                "two pitches moves the carriage back by one pitch: 101.6 mm (LHC-30) or 127.0 mm (LHC-45). At 360 mm "
                "C04 is shown. The take-up pressure must stay within ±5 bar of the working value; below 50 bar "
                "(LHC-30) or 75 bar (LHC-45) C09 is shown.",
            ),
            ("h", "Chain oiler"),
            (
                "p",
                "Every 20 chain revolutions the oiler gives a 2 s shot from each of the four nozzles onto the pins. "
                "Never grease the chain.",
            ),
            ("h", "Lift time"),
            (
                "p",
                "A train must reach the crest within 125 % of the lift time at the speed in use; at nominal speed "
                "this is 21.8 s (LHC-30) or 25.0 s (LHC-45). If not, C11 is shown and the ride control holds the "
                "next train.",
            ),
            ("h", "Holding brake"),
            (
                "p",
                "The brake air gap must be 0.5 to 1.2 mm. At 1.2 mm or more, set it back to 0.5 mm. Replace the "
                "linings when they are worn to 8 mm (new 12 mm).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "An emergency stop of the lift or of the ride control pressed. Release it and "
             "reset at the lift panel."],
            ["C02", "Converter fault", "The converter has tripped; read its own fault number on its display and see "
             "the converter maker's manual."],
            ["C03", "Motor overtemperature", "Motor PTC tripped. Let the motor cool for 30 min."],
            ["C04", "Take-up near end of travel", "Carriage at 360 mm. Shorten the chain (section 8) before the next "
             "operating day."],
            ["C05", "Chain speed deviation", "Encoder and drive speed differ by more than 5 % for 1 s: chain slipping "
             "on the sprocket, broken chain or encoder fault. Do not restart before the chain has been inspected."],
            ["C06", "Holding brake not released", "Brake feedback switch not open within 1 s. Check the brake air gap "
             "and the brake supply."],
            ["C07", "Gearbox oil hot", "Above 90 °C. Check the oil level and the oil type."],
            ["C09", "Take-up pressure low", "Below 50 bar (LHC-30) or 75 bar (LHC-45). Check the accumulator, the "
             "hoses and the cylinder for leaks."],
            ["C10", "Chain oil low", "Oiler tank below 5 L. Refill with ISO VG 220 chain oil."],
            ["C11", "Train overtime on the lift", "Train not at the crest within 125 % of the lift time at the speed in "
             "use."],
            ["C12", "Car passing signal missing", "A car-passing sensor on the lift missed a car. Check the sensor "
             "and its target."],
            ["C13", "Service due", "2000 operating hours or 12 months since the last service. The lift still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chain surges or jerks on the lift with a train on it",
                "Chain too slack because the take-up pressure is low; chain dry; sprocket teeth worn",
                "Check the take-up pressure against the working value and C09; check the oiler nozzles; measure "
                "the elongation (section 7)",
            ],
            [
                "Chain climbs the sprocket teeth at the crest",
                "Chain elongated beyond the limit or sprocket teeth hooked",
                "Measure the elongation; replace the chain and both sprockets together",
            ],
            [
                "Train slows down on the lift, C11",
                "Train above the maximum mass, supply voltage low, converter in torque limit",
                "Check the supply voltage and the train load; read the converter current",
            ],
            [
                "Loud squeal along the lift",
                "Trough wear strips worn, chain running on steel",
                "Check the wear strips; replace at 6 mm remaining thickness (new 12 mm)",
            ],
            [
                "No clack from the anti-rollback on one car",
                "Anti-rollback dog on the car stuck or its spring broken",
                "Take the train out of service; the dogs are repaired as the train maker's manual says",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Check that nobody is on the lift hill and that the catwalk gates are closed.",
            "Check the gearbox oil level at the sight glass, drive stopped: between MIN and MAX.",
            "Check that the chain oil tank is at least half full.",
            "Read the take-up pressure on the gauge: 60 bar (LHC-30) or 85 bar (LHC-45), within ±5 bar.",
            "Reset the drive at the lift panel and release the holding brake.",
            "Run the empty chain for at least 3 chain revolutions at 2.0 m/s while listening at the drive and the "
            "take-up stations.",
            "Raise to nominal speed and run 2 more revolutions.",
            "Read the take-up carriage position on the HMI and write it in the log book.",
            "Send the test trains required by the ride maker's daily inspection. Each must reach the crest within the "
            "normal time shown on the HMI.",
        ],
    ),
    ("h", "7. Measuring chain elongation"),
    (
        "ol",
        [
            "Lock out the drive: main isolator off and locked, holding brake applied.",
            "Choose a straight length of chain on the slope, held taut by the take-up, not over a sprocket.",
            "Clean the pins at the measuring points.",
            "Measure over 10 pitches, from the centre of one pin to the centre of the pin ten pitches further, with a "
            "steel tape or the chain gauge. Nominal length: 1016 mm (LHC-30) or 1270 mm (LHC-45).",
            "Repeat at three places at least 10 m apart.",
            "Work out elongation % = (measured length - nominal length) / nominal length x 100 and record the "
            "highest value.",
        ],
    ),
    (
        "p",
        "Replace the chain when the elongation reaches 2 % (1036 mm or 1295 mm over 10 pitches), or after 8 years, "
        "whichever comes first. Between 1.5 % and 2 % measure every month instead of every 3 months. Always replace "
        "the drive and return sprockets together with the chain.",
    ),
    ("h", "8. Shortening the chain"),
    (
        "ol",
        [
            "Run the chain until the connecting link is at the marked working position of the take-up station.",
            "Lock out the drive.",
            "Fit the chain clamp pair HVD-CC-30 or HVD-CC-45 on both sides of the working position and tighten the "
            "clamp bolts.",
            "Release the take-up pressure slowly to 0 bar with valve V3.",
            "Remove the connecting link and take out two pitches (one inner and one outer link).",
            "Join the chain with a new connecting link HVD-CL-30 or HVD-CL-45 and new cotter pins.",
            "Remove the chain clamps.",
            "Restore the take-up pressure: 60 bar (LHC-30) or 85 bar (LHC-45).",
            "Check the carriage position: it must be about one pitch lower than before.",
            "Run the empty chain for 3 revolutions and check that the connecting link passes both sprockets smoothly.",
        ],
    ),
    ("h", "9. Holding brake test (monthly)"),
    (
        "ol",
        [
            "With no train on the lift, turn the key switch on the lift panel to BRAKE TEST.",
            "The converter drives the motor at 150 % of its rated torque against the applied brake for 10 s.",
            "The encoder must show no rotation (no more than 2 increments).",
            "If the drive turns, the test has failed: do not use the lift. Set the air gap and repeat; if it fails "
            "again, call Hochvald service.",
            "Measure the air gap with feeler gauges at three points and record it with the test result.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up checks (section 6)"],
            ["Weekly", "Check that the oiler nozzles hit the pins; check the trough wear strips for loose fixings"],
            ["Monthly", "Holding brake test (section 9); check the anti-rollback strip fixings on the track"],
            ["Every 3 months or 500 operating hours, whichever comes first",
             "Measure the chain elongation (section 7); check the sprocket teeth and the encoder"],
            ["12 months", "Gearbox oil sample to a laboratory; brake linings; take-up hoses (C13 service)"],
            ["10 000 operating hours or 2 years, whichever comes first", "Change the gearbox oil: 95 L (LHC-30) or "
             "140 L (LHC-45)"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The gearbox is overhauled only as described in the gearbox maker's manual. The periodic examination of the "
        "ride by the inspection body is arranged by the park under its national rules.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LHC-30", "LHC-45"],
            ["Chain, 5 m section with connecting links", "HVD-CH-30", "HVD-CH-45"],
            ["Connecting link with cotter pins", "HVD-CL-30", "HVD-CL-45"],
            ["Drive sprocket, 12 teeth", "HVD-SD-30", "HVD-SD-45"],
            ["Return sprocket", "HVD-SR-30", "HVD-SR-45"],
            ["Chain clamp pair", "HVD-CC-30", "HVD-CC-45"],
            ["Brake lining set", "HVD-BL-160", "HVD-BL-250"],
            ["Trough wear strip, UHMW-PE, 2 m", "HVD-WS-12", "HVD-WS-12"],
            ["Chain speed encoder", "HVD-EN-01", "HVD-EN-01"],
            ["Chain oil ISO VG 220, 20 L", "HVD-CO-220", "HVD-CO-220"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vertimag EMB drop tower magnetic brakes
VERTIMAG = [
    ("title", "Vertimag EMB Permanent Magnet Brakes for Drop Towers\nInspection and Maintenance - EMB-50 and EMB-70"),
    (
        "p",
        "Document VMG-IM-EMB-07, Edition 2, January 2025. Vertimag Brake Systems. The EMB brakes are passive eddy "
        "current brakes for free-fall drop towers. Magnet modules with neodymium magnets in steel housings are bolted "
        "in pairs along the tower, facing each other across a slot; copper fins on the gondola pass through the slot "
        "and the moving field brakes them. The brake needs no power and no control: it works even in a total power "
        "failure. Because the braking force falls with the speed, the magnets cannot hold the gondola still. The "
        "final stop is made by the pneumatic friction brakes of the end zone, and the hydraulic end buffers catch the "
        "gondola if the end zone does not stop it. The EMB-50 is for towers with a free fall of up to 35 m, the "
        "EMB-70 for up to 50 m; apart from the values in the table they are built alike. The gondola with its fins, "
        "the lift and catch system and the ride control belong to the ride maker.",
    ),
    (
        "warn",
        "WARNING: The magnets are always active. Persons with a pacemaker or another active implant must keep at least "
        "2 m from any magnet module. Two modules, or a module and a steel part, can snap together with a force that "
        "crushes fingers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EMB-50", "EMB-70"],
            ["Free fall height above the brake entry, at most", "35 m", "50 m"],
            ["Speed at brake entry, v = sqrt(2 x g x h)", "26.2 m/s", "31.3 m/s"],
            ["Maximum gondola mass, loaded", "4800 kg", "6200 kg"],
            ["Length of the magnetic brake section", "20.0 m", "28.0 m"],
            ["Magnet module pairs, 0.5 m each", "40", "56"],
            ["Braking distance at maximum mass and full height", "17.5 m", "25.0 m"],
            ["Mean deceleration in the brake section", "2.0 g", "2.0 g"],
            ["Peak deceleration, at most", "3.0 g", "3.0 g"],
            ["Exit speed from the magnetic section, at most", "3.0 m/s", "3.5 m/s"],
            ["Copper fin thickness, new", "20 mm", "24 mm"],
            ["Slot width between opposite magnet faces", "36.0 mm ±1.5 mm", "42.0 mm ±1.5 mm"],
            ["Air gap per side with the fin centred", "8.0 mm", "9.0 mm"],
            ["Field at the reference point, new (rating plate)", "450 mT", "480 mT"],
            ["End zone friction brakes (6.0 bar air)", "4 calipers", "6 calipers"],
            ["Hydraulic end buffer stroke", "600 mm", "800 mm"],
            ["Drops per hour, at most", "24", "20"],
            ["Fin temperature, at most", "90 °C", "90 °C"],
            ["Module fixing bolts (4 per module), M16 8.8", "210 Nm", "210 Nm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The braking distance, the decelerations and the exit speed hold for a gondola at the maximum mass dropped "
        "from the full height, with every module within its field limit and the slot within tolerance. A lighter "
        "gondola brakes in a shorter distance and leaves the section slower.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work in the brake section, the gondola is brought to the station, the ride is locked out as "
            "the ride maker's manual says and the gondola is secured with its maintenance pins.",
            "Climb the tower only with a harness on the ladder's fall arrest rail, as the park's work-at-height "
            "procedure says.",
            "Take off watches, keys, phones, knives and bank cards before going near the modules. Use only the "
            "non-magnetic tool kit VMG-TK-01 (brass and aluminium).",
            "Keep new or removed modules in their shielded transport box VMG-SB-01 until they are fitted. Never put "
            "two unboxed modules within 1 m of each other.",
            "Never grind, cut or drill on the tower near the brake section without covering the modules: the magnets "
            "collect the swarf and it scores the fins.",
            "Magnet modules are not scrapped on site; return them to Vertimag in the shielded box.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Slot width and centring"),
            (
                "p",
                "The slot between opposite magnet faces must be 36.0 mm (EMB-50) or 42.0 mm (EMB-70), ±1.5 mm, at "
                "both ends of each pair. The slot centre must be within ±1.0 mm of the fin path, measured from the "
                "guide rail with the centring gauge. The left and right gaps of one pair must not differ by more than "
                "2.0 mm, or the fin is pulled to one side.",
            ),
            ("h", "Magnet field"),
            (
                "p",
                "Measure with a calibrated Hall probe at the reference point, the punched dot in the centre of each "
                "module face. The field falls by about 0.1 % per °C of magnet temperature, so correct each reading "
                "to 20 °C: corrected = reading x (1 + 0.001 x (T - 20)), T in °C. Replace a module whose corrected "
                "value is below 90 % of its rating plate value (below 405 mT on the EMB-50, below 432 mT on the "
                "EMB-70). Between 90 % and 95 % the module may stay in service but is measured again every 3 months.",
            ),
            ("h", "Fins"),
            (
                "p",
                "The fins belong to the gondola. A fin must be at least 19 mm (EMB-50) or 23 mm (EMB-70) thick, with "
                "no score deeper than 1 mm and straight within 2 mm per metre. A fin outside these limits is "
                "replaced by the ride maker.",
            ),
            ("h", "Temperature and drop rate"),
            (
                "p",
                "An infrared sensor at the station reads the fin temperature after each drop. Above 90 °C the ride "
                "control blocks the next drop until the fins are below 70 °C (B05). Blue or brown discolouring of a "
                "fin shows that it has been overheated.",
            ),
            ("h", "Exit speed"),
            (
                "p",
                "The ride's speed sensor at the end of the magnetic section reports the exit speed of every drop to "
                "the monitoring unit EMU-2. Compare it with the commissioning value written in the log book: a rise "
                "of more than 10 % calls for a slot and field check even if the speed is still below the limit.",
            ),
            ("h", "End zone"),
            (
                "p",
                "The friction brakes need 6.0 bar air; below 5.5 bar B08 is shown. Replace the caliper pads when "
                "they are worn to 4 mm.",
            ),
        ],
    ),
    ("h", "4. Monitoring unit codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["B01", "Monitoring unit supply fault", "24 V supply of the EMU-2 missing. The brake itself still "
             "works, but the ride control blocks drops until the unit is back."],
            ["B02", "Entry speed high", "Above 105 % of the design entry speed (27.5 m/s or 32.9 m/s). The ride "
             "maker must check the release height."],
            ["B03", "Exit speed above limit", "Above 3.0 m/s (EMB-50) or 3.5 m/s (EMB-70). Stop the ride; measure "
             "slot and field; check the gondola load."],
            ["B04", "Exit speed rise", "More than 10 % above the commissioning value."],
            ["B05", "Fin hot", "Fin above 90 °C; next drop blocked until below 70 °C."],
            ["B06", "Fin temperature sensor fault", "Sensor signal missing or lens dirty. Clean the lens."],
            ["B08", "End zone air low", "Below 5.5 bar. Check the compressor and the air receiver."],
            ["B09", "Caliper not released", "Position switch of a caliper still shows applied."],
            ["B10", "Buffer not extended", "A buffer not back to full stroke within 30 s after a stop."],
            ["B11", "Field check overdue", "More than 180 days since the last field check date entered."],
            ["B12", "Drop count", "50 000 drops since the last Vertimag inspection."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Gondola comes into the end zone faster than usual, harder stop",
                "Weak magnet modules, slot too wide, gondola above the maximum mass",
                "Measure the magnet field (section 7) and the slot (section 6); check the load",
            ],
            [
                "Scraping noise in the brake section, bright marks on the magnet faces",
                "Fin out of line, slot below tolerance, loose module",
                "Stop the ride; measure the slot; check the module bolts (210 Nm)",
            ],
            [
                "Dark deposit or steel particles on the magnet faces",
                "Swarf from work on the tower, wear dust from the guide wheels",
                "Remove with adhesive tape or the cleaning pad of the kit; never with steel tools",
            ],
            [
                "Fin discoloured blue or brown",
                "Fin overheated: too many drops per hour or sensor fault",
                "Keep to the drop limit; check the fin temperature sensor",
            ],
            [
                "Deceleration feels uneven, with jolts",
                "A module fitted with the wrong polarity after a replacement",
                "Check the polarity arrows of all replaced modules",
            ],
            [
                "Gondola not fully stopped at the station",
                "End zone air low, pads worn",
                "Check the air pressure; replace the pads at 4 mm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Measuring the slot (every 3 months)"),
    (
        "ol",
        [
            "Secure the gondola in the station and lock out the ride (section 2).",
            "Climb to the brake section with the non-magnetic tool kit.",
            "At the upper and lower end of each module pair, measure the slot width with the brass inside caliper.",
            "Hook the centring gauge on the guide rail and read the offset of the slot centre.",
            "Record all values in the magnet log and mark any pair outside tolerance.",
            "To correct a pair, loosen the four M16 bolts of one module, add or remove 0.5 mm stainless shims "
            "VMG-SH-05 behind its base and tighten the bolts to 210 Nm.",
            "Never put more than 3 mm of shims under one module.",
            "Measure the pair again and clean the magnet faces.",
        ],
    ),
    ("h", "7. Magnet field check (every 6 months)"),
    (
        "ol",
        [
            "Secure the gondola and lock out the ride.",
            "Read the air temperature at the brake section; use it as the magnet temperature if the tower has been "
            "in the shade for at least 2 h, otherwise measure the module housing with a contact thermometer.",
            "Zero the gaussmeter at least 2 m away from any module.",
            "Place the probe flat on the reference point of the module face and note the highest reading.",
            "Correct the reading to 20 °C with the formula of section 3.",
            "Compare the corrected value with the rating plate: below 90 % replace the module (section 8); between "
            "90 % and 95 % mark it for a check in 3 months.",
            "Enter the date of the check in the EMU-2 to clear B11.",
        ],
    ),
    ("h", "8. Replacing a magnet module"),
    (
        "ol",
        [
            "Secure the gondola and lock out the ride.",
            "Lift the new module, still in its shielded box, to the brake section with the aluminium lifting jig "
            "VMG-LJ-01.",
            "Remove the four M16 bolts of the old module. Use the jacking screw of the jig to pull it off; its "
            "neighbours and the opposite module hold it firmly.",
            "Put the old module straight into the shielded box.",
            "Fit the new module with its polarity arrow pointing the same way as the arrow on the tower bracket; the "
            "pattern alternates along the tower.",
            "Keep the shims of the old module, fit the bolts and tighten them to 210 Nm.",
            "Measure the slot and the field of the new module and record them.",
            "Make three test drops with the water dummies at the maximum mass and check the exit speed.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Look at the brake section from the ground with binoculars; read the EMU-2 codes; end zone "
             "air at 6.0 bar"],
            ["Weekly", "Compare the exit speed log with the commissioning value"],
            ["Every 3 months", "Slot and centring (section 6); fin thickness; caliper pads"],
            ["Every 6 months or 10 000 drops, whichever comes first", "Magnet field check (section 7)"],
            ["12 months", "Check the torque of all module bolts; buffer oil level"],
            ["50 000 drops (B12)", "Inspection by Vertimag service"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The periodic examination of the ride by the inspection body is set by the national rules and is not "
        "described here.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "EMB-50", "EMB-70"],
            ["Magnet module", "VMG-MM-50", "VMG-MM-70"],
            ["Stainless shim 0.5 mm", "VMG-SH-05", "VMG-SH-05"],
            ["Caliper pad set (one caliper)", "VMG-BP-01", "VMG-BP-01"],
            ["Fin temperature sensor", "VMG-TS-02", "VMG-TS-02"],
            ["Monitoring unit EMU-2", "VMG-EMU-2", "VMG-EMU-2"],
            ["Non-magnetic tool kit", "VMG-TK-01", "VMG-TK-01"],
            ["Module lifting jig", "VMG-LJ-01", "VMG-LJ-01"],
            ["Shielded transport box", "VMG-SB-01", "VMG-SB-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cascora BL-12 flume boat lift
CASCORA = [
    ("title", "Cascora BL-12 Log Flume Boat Lift\nOperation and Maintenance Manual"),
    (
        "p",
        "Document CSC-OM-BL12-02, Edition 2, February 2025. Cascora Water Rides. The BL-12 lifts log flume boats from "
        "the lower channel to the upper channel on an inclined cleated rubber belt. The foot of the lift stands in the "
        "flume water: a boat floats onto the belt, a cleat catches its keel and the belt carries it up the trough "
        "between two guide rails with plastic rubbing strips. Spring-loaded rollback pawls in the trough catch the keel "
        "if a boat slides back. At the head the boat slides over the transfer rollers "
        "into the upper channel. The drive station at the head holds the motor with its frequency converter, the "
        "gearbox with a built-in backstop and the lagged drive pulley; the tail pulley at the foot sits on two screw "
        "take-ups. Spray nozzles keep the belt wet. The flume channels, the flume pumps and their water treatment, "
        "the station, the boats and the ride control belong to the ride maker or the park and are not described "
        "here.",
    ),
    (
        "warn",
        "WARNING: Never walk on the belt or in the trough while the lift is not locked out. The belt is wet and steep: "
        "use the catwalk beside the trough only, with the handrail.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BL-12"],
            ["Lift height, lower to upper water level", "12.0 m"],
            ["Slope of the belt", "28°"],
            ["Belt length along the slope, between pulley centres", "25.6 m"],
            ["Belt speed, normal (SLOW setting 0.6 m/s)", "0.9 m/s"],
            ["Time for a boat from the foot to the head at normal speed", "28.4 s"],
            ["Boat mass, empty / loaded, at most", "450 kg / 1000 kg"],
            ["Riders per boat, at most", "5"],
            ["Boats on the lift at one time, at most", "2"],
            ["Minimum boat spacing on the belt, nose to nose", "12 m"],
            ["Pull of one loaded boat along the slope", "4.6 kN"],
            ["Belt", "1200 mm wide, four-ply rubber, to the belt maker's data sheet"],
            ["Cleats, moulded rubber, 60 mm high, bolted", "every 1000 mm"],
            ["Drive pulley, rubber lagged / tail pulley", "630 mm / 500 mm diameter"],
            ["Drive pulley speed at 0.9 m/s", "27.3 rpm"],
            ["Motor 400 V 3~ 50 Hz, on frequency converter", "15 kW, 28 A"],
            ["Gearbox oil, ISO VG 220 mineral", "24 L"],
            ["Take-up travel, screw, each side", "300 mm"],
            ["Guide rail rubbing strips, UHMW-PE", "15 mm new, replace at 8 mm"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The limit of two boats on the lift holds only when each boat weighs no more than 1000 kg. A heavier boat, "
        "such as a maintenance boat carrying tools, rides the lift alone. At the SLOW setting a boat needs 42.7 s "
        "from the foot to the head.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the lift at its isolator before any work on the belt, the pulleys, the spray nozzles or the "
            "trough. The backstop holds the belt only against running backwards; it is not a lock.",
            "The belt must never be run backwards, not even by hand.",
            "Keep clear of the in-running nips at the pulleys.",
            "Riders stay in the boat if the lift stops. Unloading riders from a boat on the lift follows the park's "
            "evacuation procedure, which is not part of this manual.",
            "Do not run the lift with water in the trough below 2 °C air temperature: ice on the belt lets the boats "
            "slip.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Boat spacing"),
            (
                "p",
                "Photo-eye PE1 at the foot sees each boat arrive and PE2 at the head sees it leave. The lift PLC "
                "releases the next boat from the lower channel gate only when the boat ahead has travelled 12 m up "
                "the belt, 13.3 s at 0.9 m/s. A boat at PE1 too early stops the lift with L08.",
            ),
            ("h", "Belt slip"),
            (
                "p",
                "A speed sensor on the tail pulley is compared with the drive pulley speed. A slip of more than 5 % "
                "for 3 s stops the lift (L04).",
            ),
            ("h", "Boat transit"),
            (
                "p",
                "A boat must reach PE2 within 35 s of passing PE1 at normal speed (50 s at SLOW); otherwise L07 "
                "stops the lift.",
            ),
            ("h", "Belt tracking"),
            (
                "p",
                "The belt edge must run within 25 mm of the centre marks at the head and at the tail. Edge switches "
                "at 40 mm stop the lift (L05).",
            ),
            ("h", "Take-up"),
            (
                "p",
                "Measure the extension of both take-up screws from the frame. The two sides must not differ by more "
                "than 3 mm. When 250 mm of the 300 mm travel has been used, the belt must be shortened and "
                "re-spliced; this is done by a belt vulcanising contractor, not by the park.",
            ),
            ("h", "Gearbox"),
            (
                "p",
                "Gearbox oil normally runs at 45-70 °C; above 85 °C L10 stops the lift at the end of the running "
                "boat's trip.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "An emergency stop of the lift or of the station pressed."],
            ["L02", "Converter fault", "Read the converter's own fault number; see the converter maker's manual."],
            ["L03", "Motor overtemperature", "Motor PTC tripped. Check for an overloaded boat or a dragging pulley "
             "bearing."],
            ["L04", "Belt slip", "Slip above 5 % for 3 s: belt slack, belt or pulley oily, boat overloaded."],
            ["L05", "Belt off track", "Edge switch at 40 mm. Do not restart; correct the tracking (section 7)."],
            ["L07", "Boat stalled", "PE2 not reached within 35 s (50 s at SLOW). Restart as section 8."],
            ["L08", "Spacing", "A boat arrived at PE1 before the boat ahead had travelled 12 m."],
            ["L09", "Rollback pawl", "A pawl sensor in the trough shows a pawl stuck down or broken."],
            ["L10", "Gearbox hot", "Oil above 85 °C. Check the level and the oil type."],
            ["L11", "Service due", "1500 operating hours or 6 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Boat slips back on the belt partway up while the belt keeps running",
                "Belt or keels soapy or oily, cleats worn or torn, boat overloaded, take-up slack",
                "Check the boat load; clean the belt; check the cleats; check the take-up screws",
            ],
            [
                "Belt runs to one side",
                "Take-up screws unequal, dirt or flume debris on the tail pulley",
                "Clean the tail pulley; correct the tracking (section 7)",
            ],
            [
                "Boats jolt at the head transfer",
                "Transfer rollers worn or seized, upper channel water low",
                "Check the rollers turn freely; the upper channel level is the park's",
            ],
            [
                "Squealing from the boat hulls on the lift",
                "Spray nozzles blocked, belt running dry",
                "Clean the spray nozzles",
            ],
            [
                "Lift stops with a boat on it and will not restart normally",
                "L07 or L04 with a loaded boat",
                "Restart as section 8",
            ],
            [
                "Gearbox noisy or hot",
                "Oil level low, wrong oil, backstop worn",
                "Check the oil level and type; call Cascora service for the backstop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Check that the lower channel water is at its level mark.",
            "Walk the catwalk: no debris in the trough, rubbing strips complete, no torn cleats.",
            "Check the gearbox oil level at the sight glass.",
            "Start the empty lift and run it for 3 minutes, about three belt revolutions.",
            "Check the tracking: belt edge within 25 mm of the centre marks at the head and the tail.",
            "Check that all spray nozzles spray onto the belt.",
            "Send one empty boat; it must reach PE2 in less than 35 s.",
            "Record the checks in the log book.",
        ],
    ),
    ("h", "7. Adjusting the belt tracking"),
    (
        "ol",
        [
            "Lock out the lift.",
            "Measure the extension of both take-up screws and note them.",
            "Clean the tail pulley and the return side of the belt.",
            "Loosen the bearing bolts of the tail pulley on both sides.",
            "Tighten the take-up screw on the side towards which the belt runs by half a turn (1.5 mm).",
            "Tighten the bearing bolts and remove the lockout.",
            "Run the empty belt for three revolutions and watch the edge at the tail.",
            "Repeat in half turns until the belt runs within 25 mm of the centre marks.",
            "Check that the two screw extensions differ by no more than 3 mm; if more is needed, call Cascora "
            "service.",
        ],
    ),
    ("h", "8. Restarting with a boat on the lift"),
    (
        "ol",
        [
            "Never reverse the belt. The backstop holds the boat where it is.",
            "Look at the boat on the CCTV monitor; the operator tells the riders to stay seated.",
            "Read the fault code. After L05 (belt off track) do not restart: call maintenance.",
            "Reset at the lift panel with the key.",
            "Restart at the SLOW setting (0.6 m/s).",
            "When the boat has passed PE2, switch back to normal speed.",
            "If the belt slips again with the boat (L04), stop. The riders are unloaded as the park's evacuation "
            "procedure says.",
        ],
    ),
    ("h", "9. Replacing a rubbing strip"),
    (
        "ol",
        [
            "Lock out the lift.",
            "Remove the countersunk screws of the worn strip (stainless M8).",
            "Fit the new strip CSC-RS-15 with its chamfered end facing down the slope, so that boats cannot catch "
            "on it.",
            "Tighten the screws to 12 Nm; the heads must sit at least 2 mm below the strip surface.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up (section 6)"],
            ["Weekly", "Clean the spray nozzles; check the cleats for tears; check the rollback pawls"],
            ["Monthly", "Take-up screw extension; grease the pulley bearings, 2 strokes each, lithium complex EP2"],
            ["1500 operating hours or 6 months, whichever comes first (L11)",
             "Pulley lagging, transfer rollers, backstop check, gearbox oil sample"],
            ["10 000 operating hours or 3 years, whichever comes first", "Change the gearbox oil (24 L)"],
            ["12 months", "Belt splices inspected by the belt vulcanising contractor"],
            ["Off season", "Drain the trough; run the belt for 10 min every 2 weeks so it does not set round the "
             "pulleys"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Cleat, moulded, with bolts", "CSC-CL-60"],
            ["Rubbing strip UHMW-PE 15 mm x 2 m", "CSC-RS-15"],
            ["Spray nozzle", "CSC-SN-04"],
            ["Photo-eye set PE1/PE2", "CSC-PE-02"],
            ["Tail pulley bearing", "CSC-TB-500"],
            ["Drive pulley bearing", "CSC-DB-630"],
            ["Rollback pawl with spring", "CSC-RP-01"],
            ["Belt speed sensor", "CSC-SS-01"],
            ["Gearbox oil ISO VG 220, 20 L", "CSC-GO-220"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Rotundel OW observation wheel drive
ROTUNDEL = [
    ("title", "Rotundel OW Observation Wheel Drive System\nOperation and Maintenance - OW-40 and OW-55"),
    (
        "p",
        "Document RDL-OM-OW-05, Edition 1, October 2024. Rotundel Wheel Systems. The OW drive turns an observation "
        "wheel by friction: drive units at the foot of the wheel press pairs of pneumatic tyres against the outer "
        "drive rim. Each drive unit has a gearmotor with a spring-applied brake, a pressing arm loaded by a coil "
        "spring and a tyre pressure sensor. Some units also carry a hydraulic rescue motor. The OW-40 drives wheels "
        "of 40 m rim diameter, the OW-55 wheels of 55 m; apart from the values in the table they are built alike. The "
        "wheel structure with its spokes and bearings, the gondolas, the boarding platform, the lighting and the "
        "lightning protection are the wheel builder's and the site's, and are not described here.",
    ),
    (
        "warn",
        "WARNING: Never reach between a tyre and the rim, even with the wheel stopped: the wheel can move when the "
        "brakes of other units are released. Lock out a drive unit at its own isolator before touching it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OW-40", "OW-55"],
            ["Wheel diameter at the drive rim", "40 m", "55 m"],
            ["Gondolas / persons per gondola, at most", "24 / 6", "32 / 8"],
            ["Drive units / tyres per unit", "8 / 2", "12 / 2"],
            ["Drive units with a hydraulic rescue motor", "4", "6"],
            ["Tyre size (on steel rim)", "8.25-15, 14 ply", "8.25-15, 14 ply"],
            ["Tyre pressure, cold", "7.0 bar", "8.0 bar"],
            ["Pressing force per tyre (spring length when set)", "28 kN (412 mm)", "34 kN (438 mm)"],
            ["Gearmotor per unit, 400 V 3~ 50 Hz", "5.5 kW, 11.2 A", "7.5 kW, 15.0 A"],
            ["Gearbox oil per unit, ISO VG 220", "6.5 L", "9.0 L"],
            ["Rim speed, normal", "0.26 m/s", "0.26 m/s"],
            ["Time for one revolution at normal speed", "8.0 min", "11.0 min"],
            ["Boarding speed", "0.13 m/s", "0.13 m/s"],
            ["Rescue drive speed", "0.05 m/s", "0.05 m/s"],
            ["One revolution on the rescue drive", "about 42 min", "about 58 min"],
            ["Rescue power pack, diesel", "18 kW, tank for at least 4 h", "18 kW, tank for at least 4 h"],
            ["Wheel nuts per tyre, M18", "8, 270 Nm", "8, 270 Nm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The normal rim speed holds with every drive unit in service. With one unit isolated for repair the wheel may "
        "run at no more than the boarding speed of 0.13 m/s until the unit is back in service; with two or more units "
        "isolated it must not run except on the rescue drive.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only one drive unit may be isolated at a time for work during opening hours, and only with the wheel at "
            "boarding speed or stopped.",
            "Before releasing a pressing arm, make sure that the brakes of the other units are applied.",
            "Inflate tyres only inside the tyre cage of the workshop, never on the drive unit.",
            "Riders are unloaded in a power failure with the rescue drive (section 8). Any other evacuation of the "
            "gondolas follows the site's emergency plan.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Speeds"),
            (
                "p",
                "Normal 0.26 m/s, boarding 0.13 m/s, jog 0.05 m/s. The converter ramps between speeds in 10 s.",
            ),
            ("h", "Tyre pressure"),
            (
                "p",
                "Set and check the pressure cold, before the first run of the day: 7.0 bar (OW-40) or 8.0 bar "
                "(OW-55), ±0.3 bar. The two tyres of one unit must be within 0.2 bar of each other. The sensors "
                "raise W11 below 6.3 bar (OW-40) or 7.2 bar (OW-55).",
            ),
            ("h", "Pressing force"),
            (
                "p",
                "The spring length between the spring plates sets the pressing force: 412 mm (OW-40) or 438 mm "
                "(OW-55), ±2 mm. A shorter spring presses harder.",
            ),
            ("h", "Tyre wear"),
            (
                "p",
                "Replace a tyre when its tread is worn to 3 mm. Replace both tyres of a unit together; the tyres of "
                "one unit must not differ in tread depth by more than 2 mm.",
            ),
            ("h", "Slip and load sharing"),
            (
                "p",
                "A rim encoder is compared with the motor speeds. Slip of up to 2 % is normal on a wet rim; above "
                "3 % for 5 s W05 is shown and the wheel slows to boarding speed. The converters share the torque: "
                "each unit's current must stay within ±10 % of the mean of all units, otherwise W06 is shown after "
                "60 s.",
            ),
            ("h", "Wind"),
            (
                "p",
                "The anemometer on the hub gives stage 1 (W07) at gusts of 15 m/s: boarding stops and the wheel is "
                "emptied at normal speed. Stage 2 (W08) at 20 m/s stops the wheel once it is empty. These settings "
                "come from the wheel builder's structural design and may only be changed with the builder's written "
                "approval.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop on the platform or at the drive pressed."],
            ["W02", "Converter fault, unit n", "See the converter maker's manual for the number on its display."],
            ["W03", "Motor overtemperature", "Check the unit's current against the others; brake dragging?"],
            ["W04", "Pressing arm not engaged", "Arm proximity switch open: arm released or spring broken."],
            ["W05", "Slip", "More than 3 % for 5 s. Wheel slows to boarding speed."],
            ["W06", "Load sharing", "A unit's current more than 10 % from the mean for 60 s."],
            ["W07", "Wind stage 1", "Gusts of 15 m/s: boarding stops, the wheel is emptied."],
            ["W08", "Wind stage 2", "Gusts of 20 m/s: the wheel stops when empty."],
            ["W09", "Rim encoder fault", "Encoder wheel slipping on the rim or dirty; clean it."],
            ["W11", "Tyre pressure low", "Below 6.3 bar (OW-40) or 7.2 bar (OW-55)."],
            ["W12", "Rescue drive engaged", "A rescue selector is not in NORMAL."],
            ["W13", "Service due", "2000 operating hours or 12 months."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wheel judders or jerks at boarding speed",
                "Tyre pressures uneven, pressing springs set unevenly, oil or grease on the rim",
                "Check every tyre pressure and spring length; clean the rim with a degreaser",
            ],
            [
                "Tyres squeal and W05 comes up in rain",
                "Wet rim with low pressing force",
                "Check the spring lengths; run at boarding speed until the rim is dry",
            ],
            [
                "One unit draws more current and runs hotter than the others",
                "Its tyre pressure higher than the others, so it carries more load; brake dragging",
                "Set the tyre pressures; check the brake air gap of that unit",
            ],
            [
                "Rubber dust on the platform, fast tyre wear",
                "Tyre not square to the rim after an arm repair",
                "Align the arm so the tyre runs square to the rim",
            ],
            [
                "Wheel stops at a random place, W09",
                "Rim encoder dirty or slipping",
                "Clean the encoder wheel and check its spring",
            ],
            [
                "A tyre loses pressure overnight",
                "Valve core leaking or puncture",
                "Replace the tyre (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Read the wind speed on the anemometer display; do not open above stage 1.",
            "Walk past every drive unit: no oil on the rim, arms engaged, no cuts in the tyres.",
            "Read the cold tyre pressures on the HMI page TYRES and compare them with section 3.",
            "Release the brakes and run the empty wheel one full revolution at normal speed.",
            "Check the slip value and the unit currents on the HMI.",
            "Record the readings in the log book.",
        ],
    ),
    ("h", "7. Replacing a drive tyre"),
    (
        "ol",
        [
            "Empty the wheel of riders or stop it at boarding speed; only one unit may be isolated.",
            "Lock out the unit at its isolator; the brakes of the other units hold the wheel.",
            "Fit the release screw RDL-RS-01 to the pressing arm and turn it until the tyre is 20 mm clear of the rim.",
            "Remove the eight M18 wheel nuts and take off the wheel.",
            "Fit the new tyre on its rim, inflated in the tyre cage to 7.0 bar (OW-40) or 8.0 bar (OW-55).",
            "Tighten the wheel nuts crosswise to 270 Nm.",
            "Back off the release screw until the spring length is 412 mm (OW-40) or 438 mm (OW-55) and remove it.",
            "Check that the tyre runs square to the rim.",
            "Remove the lockout and run the wheel one revolution at boarding speed; check the load sharing.",
            "Check the wheel nut torque again after 50 h of running.",
        ],
    ),
    ("h", "8. Rescue drive (power failure with riders)"),
    (
        "ol",
        [
            "The operator tells the riders over the gondola speakers that they will be brought down slowly.",
            "Switch off and lock the main supply, so that the wheel cannot restart on its own.",
            "Start the rescue power pack.",
            "Turn the rescue selectors of the rescue units to RESCUE: the hydraulic motors engage.",
            "Release the motor brakes with the hand pump of the power pack.",
            "Drive the wheel at 0.05 m/s in the direction that brings the heavier side down first.",
            "Stop each gondola at the platform and unload it.",
            "When the wheel is empty, stop, let the brakes apply and return the selectors to NORMAL.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up (section 6)"],
            ["Weekly", "Tyre pressures by hand gauge to check the sensors; rim clean and dry"],
            ["Monthly", "Spring lengths; rescue drive run for 15 min, a quarter turn of the wheel"],
            ["2000 operating hours or 12 months, whichever comes first (W13)",
             "Grease the arm pivots; brake air gaps; encoder; tyre tread depths"],
            ["10 000 operating hours or 2 years, whichever comes first", "Change the gearbox oil of every unit"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The wheel structure, spokes and main bearings are inspected as the wheel builder's inspection plan says, "
        "and the annual examination of the ride is arranged by the site with the inspection body.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "OW-40", "OW-55"],
            ["Tyre 8.25-15 on steel rim, complete", "RDL-TW-825", "RDL-TW-825"],
            ["Pressing spring", "RDL-PS-40", "RDL-PS-55"],
            ["Gearmotor with brake", "RDL-GM-5K5", "RDL-GM-7K5"],
            ["Brake pad set", "RDL-BP-01", "RDL-BP-01"],
            ["Rim encoder", "RDL-EN-02", "RDL-EN-02"],
            ["Release screw", "RDL-RS-01", "RDL-RS-01"],
            ["Hydraulic rescue motor", "RDL-HM-40", "RDL-HM-55"],
            ["Tyre pressure sensor", "RDL-TP-01", "RDL-TP-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("hochvald-lhc-lift-hill-chain-drive.pdf", "Hochvald HVD-OM-LHC-03 Ed 3 - LHC-30 / LHC-45", HOCHVALD),
        ("vertimag-emb-drop-tower-magnetic-brake.pdf", "Vertimag VMG-IM-EMB-07 Ed 2 - EMB-50 / EMB-70", VERTIMAG),
        ("cascora-bl-flume-boat-lift.pdf", "Cascora CSC-OM-BL12-02 Ed 2 - BL-12", CASCORA),
        ("rotundel-ow-observation-wheel-drive.pdf", "Rotundel RDL-OM-OW-05 Ed 1 - OW-40 / OW-55", ROTUNDEL),
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
