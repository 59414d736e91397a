"""Generate the PDF manuals of the eighty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set88venv && /tmp/set88venv/bin/pip install fpdf2 pypdf
    /tmp/set88venv/bin/python knowledge/samples/eightyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Glanzwick GX rollover car wash gantries
GLANZWICK = [
    ("title", "Glanzwick GX Rollover Car Wash Gantries\nOperating and Maintenance Manual - GX-3 and GX-5"),
    (
        "p",
        "Document GWS-OM-GX-04, Edition 4, March 2025. Glanzwick Wash Systems. The GX-3 and GX-5 are rollover "
        "gantries for cars and small vans: the vehicle stands still in the wash bay and the gantry travels over it "
        "on two floor rails. The GX-3 carries three foam brushes (two side brushes and one roof brush). The GX-5 "
        "carries the same three brushes plus two wheel brushes and a high-pressure wheel wash pump, and its frame is "
        "wider and taller. Apart from these items and the values in the tables, the two models are built alike. "
        "The wash bay, its floor, drainage, oil separator and heating, the water reclaim plant and the payment "
        "terminal are not part of the gantry; they are covered by the site and by their own manuals.",
    ),
    (
        "warn",
        "WARNING: Nobody may be inside the wash bay while the gantry is moving. The driver stays in the closed "
        "vehicle. Before entering the bay for any work, switch off and lock the main switch (lockout).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GX-3", "GX-5"],
            ["Brushes", "3 (2 side, 1 roof)", "5 (2 side, 1 roof, 2 wheel)"],
            ["Maximum vehicle height (washing height)", "2.30 m", "2.50 m"],
            ["Maximum vehicle width including mirrors", "2.10 m", "2.35 m"],
            ["Maximum vehicle length", "5.40 m", "5.80 m"],
            ["Clear passage width between the uprights", "2.60 m", "2.85 m"],
            ["Rail length / minimum bay length", "11.0 m / 12.0 m", "12.0 m / 13.0 m"],
            ["Rail gauge (centre to centre)", "3.20 m", "3.45 m"],
            ["Side and roof brush diameter, new (foam filament)", "1000 mm", "1000 mm"],
            ["Wheel brush diameter, new", "-", "450 mm"],
            ["Brush motors", "3 x 1.1 kW", "3 x 1.1 kW + 2 x 0.37 kW"],
            ["Travel drive", "2 x 0.37 kW", "2 x 0.55 kW"],
            ["Dryer blowers (roof + 2 side)", "3 x 4.0 kW", "3 x 5.5 kW"],
            ["High-pressure wheel wash pump", "-", "5.5 kW, 70 bar, 21 L/min"],
            ["Total connected load", "16.3 kW", "27.4 kW"],
            ["Supply 400 V 3~ N PE 50 Hz, fuse", "35 A gG", "50 A gG"],
            [
                "Fresh water supply, dynamic pressure and flow",
                "3-6 bar, at least 40 L/min",
                "3-6 bar, at least 60 L/min",
            ],
            ["Water per wash, programme 3, fresh water only", "140 L", "190 L"],
            ["Compressed air, dry and oil-free, 6-8 bar", "50 NL/min", "70 NL/min"],
            ["Noise at 1 m, washing with the dryer off", "72 dB(A)", "74 dB(A)"],
            ["Mass of the gantry", "2100 kg", "2650 kg"],
        ],
        (78, 48, 48),
    ),
    (
        "p",
        "Cycle times are for programme 3 (wash, wax and dry) and a car 4.8 m long: 5 min 40 s on the GX-3 and "
        "6 min 20 s on the GX-5 (the wheel wash adds one pass). Longer vehicles and extra options take longer. The "
        "water figures are for programme 3 with fresh water only; with a water reclaim plant the fresh water share "
        "depends on that plant and is not given here.",
    ),
    ("h", "2. Programme settings and limits"),
    (
        "cols",
        [
            ("h", "Programmes"),
            (
                "p",
                "Programme 1: wash only, one brush pass. Programme 2: wash and dry. Programme 3: pre-wash, wash, "
                "wax and dry. Programme 4: as 3 with a second brush pass. Programme 5: dry only. Programme 6: "
                "wash without brushes (touch-free rinse with the low-pressure arch), for vehicles with open "
                "roof racks or loose parts. On the GX-5 the wheel wash can be added to programmes 1 to 4.",
            ),
            ("h", "Brush speed"),
            (
                "p",
                "The side and roof brushes turn at 110 rpm by default. The tip speed of a brush must not exceed "
                "6.0 m/s, so with new 1000 mm brushes the speed may be set to no more than 114 rpm. Worn brushes "
                "may turn slightly faster, but the setting is never raised above 120 rpm.",
            ),
            ("h", "Brush contact"),
            (
                "p",
                "The brushes find the vehicle by their motor current. The contact setting is the rise of the "
                "current above the idle current that the brush holds while it washes. Side brushes: default "
                "+0.8 A, settable from +0.4 A to +1.2 A. Roof brush: default +0.6 A, settable from +0.4 A to "
                "+1.0 A. A brush retracts at once when its current rises 1.6 A above idle. These settings apply "
                "to the closed-cell foam filament supplied by Glanzwick only; for textile brushes the settings "
                "are given by Glanzwick service.",
            ),
            ("h", "Travel"),
            (
                "p",
                "Washing travel speed 6-14 m/min, drying 3-9 m/min. The roof dryer nozzle follows the vehicle at "
                "80-120 mm above the roof. The travel wheels are 150 mm new; replace them below 146 mm.",
            ),
            ("h", "Rails and floor"),
            (
                "p",
                "The rails must be level within ±3 mm over their full length and parallel within ±2 mm. The "
                "floor under the rails must carry at least 20 kN per wheel. The floor slope towards the drain, the "
                "drain itself and the oil separator are designed by the site.",
            ),
            ("h", "Frost"),
            (
                "p",
                "Below +3 °C at the gantry's temperature sensor the frost programme drains the water lines after "
                "each wash (F14 shows as information). Do not wash with the bay below -5 °C. Bay heating and the "
                "frost protection of the supply pipes are the site's.",
            ),
            (
                "warn",
                "The chemical concentrations are set at the dosing pumps to the chemical supplier's data "
                "sheet. Glanzwick does not specify chemical products or their concentrations.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "p",
        "Faults show on the display of the control cabinet and on the entry signal as a red light. Codes F01 to F08 "
        "and F10 to F14 are used.",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            [
                "F01",
                "Emergency stop pressed or bay door safety circuit open",
                "Check the bay, release the button, reset at the cabinet",
            ],
            [
                "F02",
                "Travel drive overload",
                "Check the rails and travel wheels for dirt or damage; reset the motor protection",
            ],
            ["F03", "Left side brush overload", "Check the brush for a trapped object; reset"],
            ["F04", "Right side brush overload", "Check the brush for a trapped object; reset"],
            ["F05", "Roof brush overload", "Check the brush and its lifting belt; reset"],
            ["F06", "Roof brush encoder fault (position lost)", "Calibrate the encoder (procedure 5.5)"],
            [
                "F07",
                "Water pressure below 1.5 bar for 10 s",
                "Check the supply valve, the filter and the reclaim plant",
            ],
            ["F08", "Chemical container empty (level switch)", "Replace the container; bleed the dosing pump"],
            [
                "F10",
                "Vehicle position light barrier blocked or dirty",
                "Clean both light barrier lenses; check the alignment",
            ],
            ["F11", "Dryer blower overload", "Check the blower intake for foreign objects; reset"],
            ["F12", "Wheel brush fault (GX-5 only)", "Check the wheel brush arm and its proximity switch"],
            [
                "F13",
                "High-pressure pump pressure below 50 bar while running (GX-5 only)",
                "Check the pump inlet filter, the nozzles and the unloader valve",
            ],
            [
                "F14",
                "Frost programme active (information, not a fault)",
                "None; the gantry drains the lines after each wash",
            ],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Side brushes hit the mirrors hard",
                "Side brush contact setting too high",
                "Reduce the side brush contact setting in steps of 0.2 A (procedure 5.2)",
            ],
            [
                "Rear of hatchbacks and estates not clean",
                "Roof brush rear tracking switched off",
                "Switch on rear tracking in the programme menu",
            ],
            [
                "Swirl marks or streaks on dark paint",
                "Brushes too dry or dirty; pre-wet nozzles blocked",
                "Clean the pre-wet nozzles; rinse the brushes in programme 6; check the chemical levels",
            ],
            [
                "Vehicle still wet after drying",
                "Roof nozzle too high or drying speed too fast",
                "Set the roof nozzle to 80-120 mm; lower the drying speed by 1 m/min",
            ],
            [
                "Gantry jerks while travelling",
                "Dirt on the rails or worn travel wheels",
                "Clean the rails; replace wheels below 146 mm",
            ],
            [
                "Wheels not clean (GX-5)",
                "High-pressure nozzles worn or wheel brush worn",
                "Replace the nozzle set; check the wheel brush diameter",
            ],
            [
                "No foam from the foam arch",
                "Air in the dosing pump or empty container",
                "Bleed the pump; replace the container",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Daily start-up"),
    (
        "ol",
        [
            "Walk through the bay: no objects on the floor or the rails.",
            "Check the chemical containers and the water supply valve.",
            "Switch on the main switch; the gantry drives to its home position.",
            "Run programme 6 once without a vehicle to wet and rinse the brushes.",
            "Check that the entry signal shows green.",
        ],
    ),
    ("h", "5.2 Setting the side brush contact"),
    (
        "ol",
        [
            "Select SERVICE > BRUSHES > SIDE on the cabinet display (service code needed).",
            "Let the side brushes run free for 30 s; the display shows the idle current, about 1.6 A.",
            "Enter the new contact setting as a rise above idle, in steps of 0.2 A, between +0.4 A and +1.2 A.",
            "Wash a test vehicle in programme 1 and watch the brushes at the mirrors and the rear corners.",
            "If the brushes still press hard, lower the setting by another 0.2 A; if they skip the doors, raise it.",
            "Save the setting; the same setting is used for the left and the right brush.",
        ],
    ),
    ("h", "5.3 Replacing the filament of a side brush"),
    (
        "ol",
        [
            "Drive the gantry to its home position and lock off the main switch.",
            "Swing the side brush to the service position and fit the transport lock pin.",
            "Undo the six M10 bolts of the filament segments from the top down.",
            "Remove the old segments and fit the new segments GWS-BF-1000 in the same order.",
            "Tighten the bolts to 25 Nm.",
            "Remove the transport lock pin, switch on and let the brush run free for 2 min.",
            "Check the idle current (about 1.6 A) and wash a test vehicle.",
        ],
    ),
    ("h", "5.4 Releasing a vehicle after a power failure"),
    (
        "ol",
        [
            "Tell the driver to stay in the vehicle with the engine off.",
            "Switch off and lock the main switch so that the gantry cannot restart when power returns.",
            "Open both side brushes outwards with the brush release lever on each upright.",
            "Raise the roof brush with the hand crank at the top of the right upright until it is clear of the "
            "vehicle.",
            "Release the travel brake with the brake release lever and push the gantry by hand to the end of the rails "
            "away from the vehicle.",
            "Guide the driver out of the bay.",
            "When power is back, reset the cabinet and run the gantry to its home position before the next wash.",
        ],
    ),
    ("h", "5.5 Calibrating the roof brush encoder"),
    (
        "ol",
        [
            "Empty the bay and select SERVICE > ROOF > CALIBRATE.",
            "The roof brush drives up to its top limit switch; the encoder is set to the top position.",
            "The roof brush then drives down to the lower stop; check that the display shows 2300 mm (GX-3) or 2500 mm "
            "(GX-5) of travel, ±10 mm.",
            "Confirm with OK; F06 clears.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Procedure 5.1; clean the light barrier lenses; remove debris from the rails"],
            ["Weekly", "Check the brush filament for tears; clean the pre-wet and high-pressure nozzles"],
            ["Monthly", "Grease the travel wheel bearings (two strokes each); check the roof brush lifting belt"],
            [
                "40,000 washes or brush diameter worn to 880 mm, whichever comes first",
                "Replace the side and roof brush filament (procedure 5.3)",
            ],
            ["25,000 washes or worn to 400 mm, whichever comes first (GX-5)", "Replace the wheel brushes"],
            [
                "500 h of the high-pressure pump (GX-5)",
                "Change the pump oil, SAE 15W-40, 0.9 L (first change after 50 h)",
            ],
            ["12 months", "Glanzwick service inspection: frame, drives, electrical safety check"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety notes"),
    (
        "ul",
        [
            "Only trained staff may open the control cabinet or use the service menu.",
            "Keep the bay doors and the entry signal working; never bridge the bay door safety circuit.",
            "Wear eye protection and gloves when handling the wash chemicals; follow their safety data sheets.",
            "The electrical supply up to the main switch is installed and tested by the site's electrician to local "
            "rules.",
            "Never ride on the gantry or climb it while it can move.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "GX-3", "GX-5"],
            ["Foam filament set, side or roof brush 1000 mm", "GWS-BF-1000", "GWS-BF-1000"],
            ["Wheel brush 450 mm", "-", "GWS-WB-450"],
            ["Travel wheel 150 mm", "GWS-TW-150", "GWS-TW-150"],
            ["Travel gear motor", "GWS-TD-037", "GWS-TD-055"],
            ["Dryer nozzle set", "GWS-DN-3", "GWS-DN-5"],
            ["Light barrier set", "GWS-LB-2", "GWS-LB-2"],
            ["Roof brush encoder", "GWS-EN-12", "GWS-EN-12"],
            ["High-pressure pump seal kit", "-", "GWS-HP-SK70"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Drevmont RT tunnel car wash conveyors
DREVMONT = [
    ("title", "Drevmont RT Tunnel Car Wash Conveyors\nInstallation, Operation and Maintenance - RT-30 and RT-40"),
    (
        "p",
        "Document DTS-IOM-RT-02, Edition 2, June 2024. Drevmont Tunnel Systems. The RT-30 and RT-40 are "
        "roller-on-demand chain conveyors that pull cars through a tunnel car wash. The driver places the left wheels "
        "in the entry correlator and the guide rail, puts the vehicle in neutral and takes the foot off the brake; a "
        "roller rises behind the left front wheel and pushes the car through the tunnel. The two models differ in "
        "length, drive and the values in the tables; otherwise they are built alike. The wash machines in the "
        "tunnel, the tunnel controller and its sequence, the trench and its foundation and the tunnel heating are "
        "not part of the conveyor. The trench is built by the site to drawing DTS-FD-30 or DTS-FD-40 under the "
        "site's civil engineer; the drive's frequency inverter is set up to its own maker's manual and the "
        "commissioning sheet.",
    ),
    (
        "warn",
        "WARNING: Nobody may walk on the conveyor or in the tunnel while the chain can move. Lock off the main "
        "switch and the air supply before working in the trench. A moving roller can trap a foot or a hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RT-30", "RT-40"],
            ["Conveyor length, sprocket centres", "29.87 m", "40.03 m"],
            ["Chain, 101.6 mm pitch (4 in), heavy roller chain", "600 pitches", "800 pitches"],
            ["Rollers (one every 25 pitches, 2.54 m apart)", "24", "32"],
            ["Conveyor speed, set on the inverter", "4-9 m/min", "4-12 m/min"],
            ["Maximum throughput at the lowest vehicle spacing", "106 cars/h", "141 cars/h"],
            ["Vehicles on the conveyor at the same time, at most", "6", "8"],
            ["Drive geared motor 400 V 3~ 50 Hz", "5.5 kW, 11.0 A", "7.5 kW, 14.8 A"],
            ["Supply fuse", "20 A gG", "25 A gG"],
            ["Gearbox oil CLP 220", "9.5 L", "13.0 L"],
            ["Rated chain pull", "18 kN", "24 kN"],
            ["Take-up travel (screw and spring, entry end)", "300 mm", "400 mm"],
            ["Roller-up gate, compressed air 6-8 bar", "20 NL/min", "20 NL/min"],
            ["Chain oiler, chain oil ISO VG 100, tank", "5 L", "5 L"],
            ["Trench width x depth", "410 x 360 mm", "410 x 360 mm"],
            ["Mass of the conveyor", "4.2 t", "5.5 t"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "Vehicles: cars and light vans up to 3500 kg gross mass, tyre width 155-285 mm, wheelbase at least 2.0 m, "
        "no twin rear wheels. Vehicles with a towbar-mounted bike carrier, a lowered body with less than 100 mm ground "
        "clearance, or run-flat tyres that are flat are refused at the entry.",
    ),
    (
        "p",
        "Throughput (cars per hour) = conveyor speed (m/min) x 60 / vehicle spacing (m). The lowest vehicle spacing is "
        "two roller spaces, 5.08 m, for vehicles up to 4.9 m long; longer vehicles need three roller spaces, "
        "7.62 m. The "
        "figures in the table are for the top speed and the lowest spacing; the tunnel controller usually limits the "
        "speed to what its slowest machine can wash.",
    ),
    ("h", "2. Settings and limits"),
    (
        "cols",
        [
            ("h", "Chain tension"),
            (
                "p",
                "The chain tension is checked at the inspection window in the return run, 3 m from the exit "
                "sprocket. With the chain stopped, the return strand must sag 40-60 mm below the straight edge "
                "marked on the window. More sag makes the conveyor surge; less sag wears the bearings and the "
                "sprockets.",
            ),
            ("h", "Chain wear"),
            (
                "p",
                "Measure 12 pitches on the top run under tension. New: 1219 mm. Replace the chain when 12 "
                "pitches measure more than 1235 mm (1.3 % elongation). Chain replacement, and shortening the "
                "chain when the take-up travel is used up (alarm C04 that returns after adjustment), are done "
                "by Drevmont service.",
            ),
            ("h", "Rollers"),
            (
                "p",
                "The roller wheels are polyurethane, 127 mm new. Replace a roller when its wheel is worn below "
                "120 mm, flat-spotted by more than 3 mm or when its bearing is loose. Replace the rollers on a "
                "conveyor in sets of four or more, never one worn roller next to a new one in the same "
                "vehicle spacing.",
            ),
            ("h", "Loading"),
            (
                "p",
                "The roller rises only after the left front wheel has passed the roller-up sensor, 450 mm "
                "ahead of the gate. While a vehicle is being loaded the conveyor speed must be no more than "
                "6 m/min on either model; the tunnel controller raises it to the wash speed once the roller "
                "has reached the wheel.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "The chain oiler gives one shot on every tenth roller passing. Grease the shaft bearings every "
                "250 operating hours with lithium grease NLGI 2, four strokes each, or monthly, whichever "
                "comes first.",
            ),
            (
                "warn",
                "The chain oil must be biodegradable ISO VG 100 chain oil, because it reaches the wash water. "
                "Never use gear oil or grease on the chain.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "p",
        "Alarms show on the conveyor panel and are passed to the tunnel controller, which stops the wash machines. "
        "Codes C01 to C06 and C08 to C12 are used.",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Emergency stop pressed (panel, entry or exit)", "Check the tunnel, release the button, reset"],
            ["C02", "Drive motor overload", "Check for a vehicle braking on the conveyor or a jammed roller; reset"],
            ["C03", "Frequency inverter fault", "Read the inverter's own code and see its maker's manual"],
            ["C04", "Chain tension out of range (take-up switch)", "Check the sag and adjust (procedure 5.2)"],
            ["C05", "Roller-up gate not in position", "Check the air supply and the gate cylinder sensor"],
            ["C06", "Exit sensor blocked for more than 10 s", "A vehicle was not driven off; clear the exit"],
            ["C08", "Chain oiler tank empty", "Fill with ISO VG 100 chain oil"],
            ["C09", "Air pressure below 5 bar", "Check the compressor and the air filter regulator"],
            ["C10", "Chain position pulse lost", "Clean the pulse sensor at the exit sprocket; gap 3-5 mm"],
            [
                "C11",
                "Vehicle stopped on the conveyor (entry sensor sees no movement for 8 s)",
                "Driver braking or in gear; stop, tell the driver to select neutral",
            ],
            ["C12", "Gearbox oil temperature above 90 °C", "Check the oil level; reduce the load; let it cool"],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Rollers jump the tyre at the entry",
                "Loading speed above 6 m/min, or roller-up sensor dirty so the roller rises too early",
                "Limit the loading speed to 6 m/min; clean the roller-up sensor; check its distance of 450 mm",
            ],
            [
                "Conveyor surges or jerks",
                "Chain sag more than 60 mm, or dry chain",
                "Adjust the sag to 40-60 mm; check the oiler",
            ],
            [
                "Rims scuffed on the guide rail",
                "Vehicle entered at an angle; correlator rollers seized",
                "Free the correlator rollers; check the entry signage",
            ],
            [
                "Squeal from the entry end",
                "Take-up bearing or a roller bearing dry",
                "Grease the bearings; replace the roller if its bearing is loose",
            ],
            [
                "C04 returns soon after adjusting",
                "Take-up travel used up by chain wear",
                "Measure the chain wear; call Drevmont service",
            ],
            [
                "Black oily film on the vehicles",
                "Too much chain oil",
                "Set the oiler to one shot on every tenth roller",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Daily start-up"),
    (
        "ol",
        [
            "Check the trench and the conveyor for objects; check the oiler tank.",
            "Switch on the air supply and check 6-8 bar at the regulator.",
            "Switch on the conveyor panel and run the empty conveyor for one full chain circuit.",
            "Watch every roller pass the roller-up gate; note any that stick.",
            "Hand the conveyor over to the tunnel controller (AUTO).",
        ],
    ),
    ("h", "5.2 Checking and adjusting the chain tension"),
    (
        "ol",
        [
            "Run the conveyor until no roller is within 2 m of the inspection window, then stop it.",
            "Lock off the main switch.",
            "Measure the sag of the return strand below the straight edge on the window: it must be 40-60 mm.",
            "To adjust, loosen the four lock nuts of the take-up bearing blocks at the entry end.",
            "Turn both take-up screws by the same amount: one turn moves the sprocket 4 mm.",
            "Tighten the lock nuts to 120 Nm and check the sprocket is square to the conveyor within 2 mm.",
            "Run the chain for one circuit and measure the sag again.",
        ],
    ),
    ("h", "5.3 Replacing a roller"),
    (
        "ol",
        [
            "Jog the conveyor until the roller is at the service opening at the exit end.",
            "Lock off the main switch and the air supply.",
            "Remove the two circlips and the roller pin.",
            "Fit the new roller DTS-RL-127 with a new pin and new circlips.",
            "Turn the roller by hand: it must run freely, with no play.",
        ],
    ),
    ("h", "5.4 Moving a vehicle off the conveyor after a stop"),
    (
        "ol",
        [
            "Stop the wash machines from the tunnel controller.",
            "Tell the driver to keep the vehicle in neutral with the foot off the brake.",
            "Select JOG on the conveyor panel and hold the forward button; the conveyor runs at 4 m/min while it "
            "is held.",
            "Move the vehicle to the exit, then let the driver drive off.",
            "Reverse jog is limited to 0.5 m and is used only to free a roller from a wheel.",
        ],
    ),
    ("h", "5.5 Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the conveyor for 15 min to warm the oil, then lock off the main switch.",
            "Remove the drain plug and let the oil drain into a container.",
            "Refit the drain plug with a new seal.",
            "Fill with CLP 220 gear oil to the middle of the sight glass: 9.5 L (RT-30) or 13.0 L (RT-40).",
            "Run the conveyor for 10 min and check the level again.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Procedure 5.1; check the oiler tank"],
            ["Weekly", "Check the chain sag (procedure 5.2); clean the pulse sensor and the roller-up sensor"],
            [
                "250 h or monthly, whichever comes first",
                "Grease the shaft bearings and the take-up bearings, NLGI 2, four strokes each",
            ],
            ["Every 3 months", "Measure the chain wear over 12 pitches; check the roller wheels for wear below 120 mm"],
            ["10,000 h or 2 years, whichever comes first", "Change the gearbox oil (procedure 5.5)"],
            ["Yearly", "Drevmont service inspection of the drive, the sprockets and the chain"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety notes"),
    (
        "ul",
        [
            "Never enter the trench unless the main switch and the air supply are locked off.",
            "Keep the entry and exit signs in place; the driver must know to select neutral and release the brake.",
            "Keep the emergency stop buttons at the entry, the exit and the panel free and tested weekly.",
            "Use the jog function only with a clear view of the whole conveyor.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "RT-30", "RT-40"],
            ["Roller assembly 127 mm with pin and circlips", "DTS-RL-127", "DTS-RL-127"],
            ["Chain, 10-pitch section with connecting link", "DTS-CH-10", "DTS-CH-10"],
            ["Drive sprocket 12 teeth", "DTS-SP-12", "DTS-SP-12"],
            ["Geared motor", "DTS-GM-55", "DTS-GM-75"],
            ["Take-up spring", "DTS-TS-300", "DTS-TS-400"],
            ["Roller-up gate cylinder", "DTS-GC-63", "DTS-GC-63"],
            ["Pulse sensor M18", "DTS-PS-18", "DTS-PS-18"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Metrelle TG-8 automatic tank gauge
METRELLE = [
    ("title", "Metrelle TG-8 Automatic Tank Gauge\nOperation and Service Manual - console TG-8 with MP-2 probes"),
    (
        "p",
        "Document MTG-OSM-TG8-05, Edition 5, January 2025. Metrelle Tank Gauging. The TG-8 console measures the "
        "product level, the water level and the temperature in up to eight underground fuel tanks with MP-2 "
        "magnetostrictive probes, works out the volumes, raises alarms, records deliveries and runs static leak "
        "tests. It also reads up to eight LS-1 liquid sensors in the tank sumps, dispenser sumps or the interstitial "
        "space of double-wall tanks. The tanks, their risers and manholes, the hazardous area wiring up to the "
        "console and the forecourt controller are not part of the gauge. Work in a manhole or on a tank is done under "
        "the site's permit to work by staff trained for hazardous areas.",
    ),
    (
        "warn",
        "WARNING: The probes sit in Zone 0. Connect them only through the intrinsically safe barriers inside the "
        "console, never through any other device. Switch off the console before opening a probe junction box.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Probes / liquid sensors per console", "up to 8 MP-2 probes / up to 8 LS-1 sensors"],
            ["Console supply", "230 V AC 50 Hz, 45 W; indoors, 0 to +40 °C"],
            ["Probe lengths", "1.5 m to 4.0 m in steps of 0.1 m"],
            ["Probe ambient temperature", "-30 °C to +60 °C"],
            ["Probe cable", "2-core shielded, 1.0 mm², no more than 300 m per probe"],
            ["Product level resolution / accuracy", "0.01 mm / ±1 mm"],
            ["Water level range / accuracy", "15 mm to 150 mm above the tank bottom / ±2 mm"],
            ["Temperature", "5 sensors along the probe, ±0.2 °C"],
            ["Product floats", "PF-P for petrol (0.72-0.78 kg/L), PF-D for diesel (0.82-0.86 kg/L)"],
            ["Water float", "WF-1, sinks in fuel and floats on water"],
            ["Relay outputs", "4, 230 V AC 2 A (overfill horn and beacon, pump stop)"],
            ["Interfaces", "RS-232 to the forecourt controller, Ethernet, USB"],
            ["Printer", "thermal, 57 mm paper"],
            ["Event memory", "400 alarms and 400 deliveries"],
        ],
        (70, 104),
    ),
    (
        "p",
        "Volumes come from the tank chart (the volume for each level) entered for each tank. The chart is supplied "
        "by the tank maker or by a tank calibration company; the built-in chart for a horizontal cylinder assumes a "
        "perfect, level cylinder and is meant for commissioning only. The volume accuracy is therefore that of the "
        "chart, not of the probe.",
    ),
    (
        "p",
        "The net volume at 15 °C is worked out from the average temperature of the sensors below the product "
        "level: V15 = V x (1 - k x (T - 15)), with k = 0.00120 per °C for petrol and k = 0.00084 per °C for diesel. "
        "Example: 20,000 L of petrol at 25 °C is 20,000 x (1 - 0.00120 x 10) = 19,760 L at 15 °C.",
    ),
    ("h", "2. Alarm limits and leak test settings"),
    (
        "cols",
        [
            ("h", "Product alarms"),
            (
                "p",
                "Defaults in percent of the tank capacity from the chart: overfill 95 % (horn, beacon and relay 1), "
                "high product 90 %, delivery needed 20 %, low product 10 %. The low product limit protects the "
                "submersible pump; the pump maker's minimum cover over the pump inlet takes precedence if it is "
                "higher.",
            ),
            ("h", "Water alarms"),
            (
                "p",
                "The high water alarm (A03) is set at 50 mm by default, settable 20-100 mm; the high water "
                "warning comes at 30 mm. Water below 15 mm cannot be measured: the water float rests on its "
                "stop and the console shows 0 mm.",
            ),
            ("h", "Sudden loss"),
            (
                "p",
                "A fall of more than 40 L within 1 min while no dispenser on that tank is authorised raises A07. "
                "The dispenser signal comes from the forecourt controller; without it the sudden loss alarm "
                "must be switched off.",
            ),
            ("h", "Deliveries"),
            (
                "p",
                "A rise of more than 50 L within 5 min starts a delivery record. The delivery report is printed "
                "15 min after the level has settled, with the gross and the net (15 °C) volume delivered.",
            ),
            ("h", "Static leak test"),
            (
                "p",
                "Two thresholds can be chosen: 0.8 L/h (periodic test, 4 h) and 0.4 L/h (precision test, 6 h). "
                "A test is valid only if the tank is at least 50 % full (at least 90 % full for the 0.4 L/h "
                "test), there has been no delivery for at least 6 h, no dispensing from the tank during the "
                "test, and the product temperature changes by less than 0.5 °C per hour. Otherwise the test ends "
                "with A09 (invalid). Which test, how often, and whether it meets the rules for the tank is "
                "decided by the site and the authority, not by Metrelle.",
            ),
            (
                "warn",
                "A passed leak test says only that the loss during the test stayed under the threshold. It does "
                "not test the suction or pressure lines.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    ("p", "Codes A01 to A10 and A12 to A14 are used."),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A01", "Probe communication lost", "Check the probe cable and the junction box; check the barrier fuse"],
            ["A02", "Probe fault, no float signal", "Float stuck or missing; check the floats (procedure 5.1)"],
            ["A03", "High water (above the high water alarm)", "Remove the water; find out how it enters the tank"],
            ["A04", "Overfill, 95 %", "Stop the delivery at once"],
            ["A05", "High product, 90 %", "Tell the driver; the delivery is nearly complete"],
            ["A06", "Low product, 10 %", "Order a delivery; protect the submersible pump"],
            ["A07", "Sudden loss", "Check for theft, a leak or a missing dispenser signal"],
            ["A08", "Leak test failed", "Repeat the test; if it fails again, report to the site manager at once"],
            ["A09", "Leak test invalid (conditions not met)", "Check the test conditions in section 2"],
            ["A10", "Liquid at a sump or interstitial sensor", "Inspect the sump; find the source of the liquid"],
            ["A12", "Liquid sensor open circuit", "Check the sensor cable and the junction box"],
            ["A13", "Temperature sensor fault on a probe", "Probe repair by Metrelle service"],
            ["A14", "Printer paper out", "Fit a new roll (procedure 5.5)"],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Water found with water paste but the console shows 0 mm",
                "Water layer below 15 mm, under the measuring range",
                "Normal below 15 mm; pump the water out if the site's rules require it",
            ],
            [
                "Volume differs from the dip chart by more than 1 %",
                "Built-in cylinder chart in use, or the tank is tilted",
                "Enter the tank maker's or a calibration company's chart (procedure 5.3)",
            ],
            [
                "Level jumps when dispensing starts",
                "Product float rubbing in the riser; probe not vertical",
                "Check the float and that the probe hangs freely",
            ],
            [
                "Leak tests end invalid (A09)",
                "Dispensing or a delivery in the test window, or the tank too empty",
                "Schedule the test when the site is closed, at least 6 h after the last delivery, with the tank "
                "at least 50 % full",
            ],
            [
                "Diesel tank volume wrong after refitting a probe",
                "Petrol float PF-P fitted in a diesel tank",
                "Fit the PF-D float; floats are not interchangeable",
            ],
            [
                "Temperature shown as ----",
                "All sensors above the product level (tank nearly empty)",
                "Normal; the net volume uses the last valid temperature",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Fitting a probe in the tank riser"),
    (
        "ol",
        [
            "Obtain the site's permit to work for the manhole and isolate the tank's dispensers.",
            "Switch off the console.",
            "Slide the water float WF-1 onto the probe first, then the product float (PF-P or PF-D), both with "
            "the marking UP towards the probe head.",
            "Fit the float stop ring 25 mm above the probe foot.",
            "Lower the probe into the riser until the foot rests on the tank bottom; fit the riser cap adapter.",
            "Connect the probe to the cable in the junction box, seal the box and refit the manhole lid with its seal.",
            "Switch on the console and check that the level, water and temperature are shown for the tank.",
        ],
    ),
    ("h", "5.2 Running a manual leak test"),
    (
        "ol",
        [
            "Check that the tank is at least 50 % full (at least 90 % for the 0.4 L/h test).",
            "Check that the last delivery to the tank was at least 6 h ago.",
            "Stop dispensing from the tank: set its dispensers to closed at the forecourt controller.",
            "Select MENU > TEST > LEAK, choose the tank and the threshold (0.8 L/h or 0.4 L/h).",
            "Press START. The test runs for 4 h (0.8 L/h) or 6 h (0.4 L/h).",
            "Do not dispense from the tank until the report is printed.",
            "Read the result: PASS, FAIL (A08) or INVALID (A09). Keep the report for the site's records.",
        ],
    ),
    ("h", "5.3 Entering a tank chart"),
    (
        "ol",
        [
            "Select MENU > SETUP > TANK, choose the tank and then CHART.",
            "Choose the number of points: 20, 50 or 100 (at least 50 for tanks over 30,000 L).",
            "Enter the level (mm) and the volume (L) of each point from the chart, from the bottom up.",
            "Enter the tank capacity at the top of the chart; the alarm limits follow it.",
            "Print the chart and compare it with the source document.",
        ],
    ),
    ("h", "5.4 Function test of a liquid sensor"),
    (
        "ol",
        [
            "Take the LS-1 sensor out of the sump and hold it in a bucket of water.",
            "A10 must appear within 10 s.",
            "Dry the sensor and refit it at the lowest point of the sump; A10 clears.",
        ],
    ),
    ("h", "5.5 Fitting a printer roll"),
    (
        "ol",
        [
            "Open the printer cover on the front of the console.",
            "Fit a 57 mm thermal roll with the paper coming off the top of the roll.",
            "Pull out 5 cm of paper and close the cover; A14 clears.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the console for alarms; check the inventory report against the sales"],
            ["Monthly", "Function test of every liquid sensor (procedure 5.4); check the overfill horn"],
            [
                "Every 12 months or after any work on a tank, whichever comes first",
                "Check every probe against a manual dip; clean the floats",
            ],
            ["Every 5 years", "Metrelle service check of the console and the barriers"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety notes"),
    (
        "ul",
        [
            "Only intrinsically safe equipment may be connected to the probe and sensor circuits.",
            "Keep open flames, phones and non-certified tools out of the manholes.",
            "The wiring between the console and the manholes, its certification and inspection are the site's.",
            "Repairs of probes and of the barrier board are done by Metrelle service only.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Product float, petrol", "MTG-PF-P"],
            ["Product float, diesel", "MTG-PF-D"],
            ["Water float", "MTG-WF-1"],
            ["Float stop ring", "MTG-SR-2"],
            ["Liquid sensor LS-1 with 6 m cable", "MTG-LS-1"],
            ["Thermal paper 57 mm, 10 rolls", "MTG-TP-57"],
            ["Barrier fuse set", "MTG-BF-8"],
        ],
        (100, 74),
    ),
]

# ---------------------------------------------------------------- Fulgora HC DC fast chargers
FULGORA = [
    ("title", "Fulgora HC DC Fast Chargers\nOperation and Maintenance Manual - HC-90 and HC-150"),
    (
        "p",
        "Document FCS-OM-HC-03, Edition 3, October 2024. Fulgora Charging Systems. The HC-90 and HC-150 are "
        "free-standing DC chargers for electric vehicles at fuel stations, car washes and car parks. The HC-90 has "
        "one CCS2 cable and one CHAdeMO cable and charges one vehicle at a time. The HC-150 has two CCS2 cables and "
        "can charge two vehicles at once, sharing its power. Both are built from 30 kW power modules and are run "
        "by the charge point operator through OCPP. The supply up to the charger's isolator, the earthing, the "
        "foundation and the notice to the network operator are the site's; the back office, tariffs and user "
        "accounts are the charge point operator's; the optional card terminal has its own manual.",
    ),
    (
        "warn",
        "WARNING: The charger holds up to 1000 V DC and capacitors stay charged for 5 min after switching off. "
        "Only staff trained by Fulgora may open the power compartment. Site staff may open the filter doors only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HC-90", "HC-150"],
            ["Rated output power", "90 kW", "150 kW"],
            ["Output voltage", "150-1000 V DC", "150-1000 V DC"],
            ["Maximum output current, CCS2", "200 A", "300 A"],
            ["Connectors", "1 x CCS2, 1 x CHAdeMO (50 kW, 125 A)", "2 x CCS2"],
            ["Vehicles charged at the same time", "1", "2 (power shared, 75 kW each when both are in use)"],
            ["Power modules, 30 kW each", "3", "5"],
            ["CCS2 cable, 5.0 m", "natural cooling", "liquid cooled, 1.5 L coolant"],
            ["AC input 400 V 3~ PE 50 Hz ±10 %, current", "140 A", "230 A"],
            ["Upstream protection (site)", "160 A", "250 A"],
            ["Efficiency at rated power", "at least 95 %", "at least 95 %"],
            ["Standby consumption", "60 W", "80 W"],
            ["Air filter mats", "2", "3"],
            ["Noise at 1 m, full power", "55 dB(A)", "60 dB(A)"],
            ["Dimensions H x W x D", "1950 x 800 x 600 mm", "2100 x 900 x 750 mm"],
            ["Mass", "320 kg", "460 kg"],
        ],
        (70, 52, 52),
    ),
    (
        "p",
        "Both models: enclosure IP54 and IK10; ambient -30 °C to +50 °C up to 2000 m altitude; OCPP 1.6J and 2.0.1 "
        "over Ethernet or the built-in 4G modem; a DC energy meter on each output. Whether the meter may be used "
        "for billing by the kWh in a given country is for the charge point operator to check with the authority.",
    ),
    (
        "p",
        "The rated power is reached only when the vehicle asks for it and its battery voltage is at least 450 V "
        "(HC-90) or 500 V (HC-150). At a lower battery voltage the power is the voltage times the maximum current: "
        "a vehicle with a 400 V battery gets at most 80 kW from an HC-90 and 120 kW from an HC-150.",
    ),
    ("h", "2. Limits and settings"),
    (
        "cols",
        [
            ("h", "Temperature derating"),
            (
                "p",
                "Full power is available up to +40 °C ambient. Above +40 °C the output falls by 2 % of the "
                "rated power per °C. Above +50 °C, or when the internal temperature reaches 75 °C, the charger "
                "stops with E15 and restarts by itself when it has cooled by 10 °C.",
            ),
            ("h", "Connector temperature"),
            (
                "p",
                "Each connector has two temperature sensors at the DC pins. Above 80 °C the current is reduced; "
                "above 90 °C the session stops with E17.",
            ),
            ("h", "Insulation monitoring"),
            (
                "p",
                "Before each session the charger tests the insulation of the DC circuit including the vehicle. "
                "It warns below 500 ohm per volt of the output voltage and stops with E16 below 100 ohm per volt "
                "(80 kohm at 800 V).",
            ),
            ("h", "Power sharing (HC-150)"),
            (
                "p",
                "With one vehicle connected the HC-150 gives up to 150 kW. When a second vehicle connects, "
                "the modules are split and each output gets at least 75 kW; a vehicle that takes less leaves the "
                "rest to the other.",
            ),
            ("h", "Site power limit"),
            (
                "p",
                "The operator can set a site limit in kW through OCPP or on the service screen, for example "
                "for a shared supply. The charger never takes more than the limit set, whatever the vehicle asks.",
            ),
            ("h", "Free mode"),
            (
                "p",
                "If the back office is offline (E22) the charger either refuses new sessions or charges for free, "
                "as set by the operator. The default is refuse.",
            ),
            (
                "warn",
                "Never use an extension, an adapter or a damaged cable. A cable with a cut jacket or a cracked "
                "handle must be taken out of service at once.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    ("p", "Codes E10 to E18 and E20 to E24 are used. The code shows on the screen and is sent to the back office."),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E10", "Emergency stop pressed", "Check for danger, release the button, reset (procedure 5.2)"],
            ["E11", "Power compartment door open", "Close the door; only Fulgora-trained staff open it"],
            ["E12", "Input phase missing", "Check the upstream protection; call the site's electrician"],
            ["E13", "Input voltage outside 400 V ±10 %", "Report to the site's electrician or the network operator"],
            [
                "E14",
                "Power module fault",
                "The charger runs on the other modules at reduced power; call Fulgora service",
            ],
            ["E15", "Over temperature", "Check the filters and the air inlet; the charger restarts when cool"],
            [
                "E16",
                "Insulation fault below 100 ohm/V",
                "Try another vehicle; if E16 repeats with every vehicle, call Fulgora service",
            ],
            ["E17", "Connector over 90 °C", "Let it cool; check the pins for dirt or burn marks"],
            ["E18", "Vehicle communication failed", "Check the connector pins; see section 4"],
            ["E20", "Output contactor welded", "Take the charger out of service; call Fulgora service"],
            ["E21", "Residual current detected", "Take the cable out of service and check it for damage"],
            ["E22", "Back office offline", "Check the network; the operator sees it too"],
            ["E23", "Card terminal fault", "See the card terminal's own manual"],
            ["E24", "Air filter blocked (pressure switch)", "Replace the filter mats (procedure 5.3)"],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Charging slower than the rated power",
                "Battery voltage below 450 V / 500 V, battery above 80 % or cold, ambient above 40 °C, or a second "
                "vehicle on the HC-150",
                "Normal behaviour; check the session log for derating",
            ],
            [
                "Session starts and stops within 30 s (E18)",
                "Dirty or bent signal pins, or the vehicle's software",
                "Clean the connector; try another vehicle; vehicle issues go to the vehicle maker",
            ],
            [
                "Connector stays locked after the session",
                "Session not ended on the screen or the app",
                "Press STOP, wait 10 s; if still locked, procedure 5.4",
            ],
            ["Fans loud at low power", "Air filter mats blocked", "Replace the mats (procedure 5.3)"],
            [
                "Charger shown as unavailable in the app",
                "Back office offline (E22)",
                "Check the network; contact the operator",
            ],
            ["Cable handle hot to the touch (HC-150)", "Coolant low", "Check the coolant level (procedure 5.5)"],
        ],
        (52, 60, 62),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Daily check by site staff"),
    (
        "ol",
        [
            "Look at each cable and connector: no cuts, no cracks, no exposed wires.",
            "Check that the cables are hung on their holders and not lying on the ground.",
            "Check the screen shows AVAILABLE or a session in progress, with no fault code.",
            "Report any damage to the operator and take the cable out of service on the screen.",
        ],
    ),
    ("h", "5.2 Resetting after an emergency stop"),
    (
        "ol",
        [
            "Make sure the reason for pressing the button is cleared and nobody is in danger.",
            "Turn the emergency stop button clockwise to release it.",
            "On the service screen select RESET and enter the site PIN.",
            "Wait for the self-test (about 60 s); the screen shows AVAILABLE.",
        ],
    ),
    ("h", "5.3 Replacing the air filter mats"),
    (
        "ol",
        [
            "End any session and switch the charger off at its isolator.",
            "Unlock the filter doors on both sides with the triangular key.",
            "Pull out the old filter mats: two on the HC-90, three on the HC-150.",
            "Fit new mats FCS-AF-2 (HC-90) or FCS-AF-3 (HC-150) with the arrow pointing into the charger.",
            "Close and lock the doors and switch the isolator on.",
            "Reset the filter counter under SERVICE > FILTER; E24 clears.",
        ],
    ),
    ("h", "5.4 Releasing a locked connector"),
    (
        "ol",
        [
            "Press STOP on the screen or in the app and wait 10 s.",
            "If the connector is still locked, switch the charger off at its isolator and wait 5 min.",
            "Open the left filter door and pull the red release cord of the locked connector once.",
            "Remove the connector from the vehicle and hang it on its holder.",
            "Close the door, switch on and report the lock fault to the operator.",
        ],
    ),
    ("h", "5.5 Checking the cable coolant (HC-150)"),
    (
        "ol",
        [
            "Switch the charger off at its isolator and let the cable cool for 30 min.",
            "Open the right filter door; the coolant reservoir is behind it.",
            "The level must be between MIN and MAX. Top up only with Fulgora coolant FCS-CL-15.",
            "If more than 0.2 L is needed within a month, look for a leak and call Fulgora service.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Procedure 5.1"],
            [
                "Monthly",
                "Clean the connectors with a dry brush; check the CHAdeMO cable (HC-90) or the coolant level (HC-150)",
            ],
            ["6 months or at E24, whichever comes first", "Replace the air filter mats (procedure 5.3)"],
            ["12 months", "Fulgora service: electrical tests, insulation monitor, contactors, firmware"],
            ["10,000 plug cycles of a CCS2 cable or any damage", "Fulgora service replaces the cable"],
            ["3 years (HC-150)", "Fulgora service replaces the cable coolant"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety notes"),
    (
        "ul",
        [
            "Never open the power compartment; it holds lethal voltages even when switched off.",
            "Never charge with a damaged cable, connector or vehicle inlet.",
            "Keep the area around the air inlets free for 0.5 m; never block the outlets on the roof.",
            "In case of fire, press the emergency stop and switch off the upstream supply; use a CO2 extinguisher "
            "on the charger only when the supply is off.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "HC-90", "HC-150"],
            ["Air filter mat set", "FCS-AF-2", "FCS-AF-3"],
            ["CCS2 cable assembly", "FCS-CC-200", "FCS-CC-300L"],
            ["CHAdeMO cable assembly", "FCS-CH-125", "-"],
            ["Power module 30 kW", "FCS-PM-30", "FCS-PM-30"],
            ["Emergency stop button", "FCS-ES-1", "FCS-ES-1"],
            ["Cable coolant, 1 L", "-", "FCS-CL-15"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("glanzwick-gx-rollover-car-wash-gantry.pdf", "Glanzwick GWS-OM-GX-04 Ed 4 - GX-3 / GX-5", GLANZWICK),
        ("drevmont-rt-tunnel-car-wash-conveyor.pdf", "Drevmont DTS-IOM-RT-02 Ed 2 - RT-30 / RT-40", DREVMONT),
        ("metrelle-tg-automatic-tank-gauge.pdf", "Metrelle MTG-OSM-TG8-05 Ed 5 - TG-8 / MP-2", METRELLE),
        ("fulgora-hc-dc-fast-charger.pdf", "Fulgora FCS-OM-HC-03 Ed 3 - HC-90 / HC-150", FULGORA),
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
