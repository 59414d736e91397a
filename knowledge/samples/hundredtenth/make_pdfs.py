"""Generate the PDF manuals of the hundred-and-tenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set110-scratch/venv && /tmp/set110-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set110-scratch/venv/bin/python knowledge/samples/hundredtenth/make_pdfs.py

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


# ---------------------------------------------------------------- Treppmark PS passenger stair trucks
TREPPMARK = [
    ("title", "Treppmark PS Passenger Stair Trucks\nOperation and Maintenance - PS-40 and PS-56"),
    (
        "p",
        "Document TMK-OM-PS-03, Edition 2, March 2025. Treppmark Airside Equipment. The PS-40 and PS-56 are "
        "self-propelled passenger stairs built on a diesel truck chassis, for boarding and deplaning passengers and "
        "crew at aircraft doors on open stands. The stair is a single flight carried on a parallelogram frame and "
        "raised by two hydraulic cylinders, so the treads stay level over the whole height range. The top platform "
        "has a front extension with a rubber nose, two side gates and a folding bumper with a proximity sensor. Four "
        "hydraulic stabilisers take the truck off its springs while passengers use the stair. Apart from the height "
        "range, the stair width, the loads and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "This manual covers the stair, the hydraulic system and the controls. The chassis (engine, gearbox, brakes, "
        "steering, tyres, wheels and road lights) is covered by the chassis maker's manual supplied with the truck: "
        "wheel nut torques, tyre sizes, engine oil and brake service are found there, not here. The optional canopy "
        "has its own supplement, TMK-SUP-07.",
    ),
    (
        "warn",
        "WARNING: Never drive with persons on the stair. Never raise the stair or leave it at an aircraft in gusts "
        "above the wind limit of the model (section 3). Passengers may use the stair only when the stabilisers are "
        "down, the handrails are locked up and the bumper touches no part of the aircraft.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-40", "PS-56"],
            ["Door sill height range served", "2.20-4.00 m", "3.10-5.60 m"],
            ["Number of risers", "20", "28"],
            ["Step rise at the highest / lowest position", "200 / 110 mm", "200 / 111 mm"],
            ["Tread depth", "300 mm", "300 mm"],
            ["Clear stair width between the handrails", "1100 mm", "1200 mm"],
            ["Top platform, width x depth", "1600 x 1400 mm", "1800 x 1500 mm"],
            ["Platform front extension", "0-600 mm", "0-600 mm"],
            ["Maximum number of persons on the stair and platform together", "25 persons", "35 persons"],
            ["Maximum load on the top platform alone", "500 kg", "600 kg"],
            ["Hydraulic working pressure / relief valve setting", "160 / 175 bar", "180 / 195 bar"],
            ["Hydraulic oil, tank and system (HVLP 32)", "45 L", "60 L"],
            ["Lifting time, lowest to highest position", "35 s", "50 s"],
            ["Chassis engine", "diesel, 75 kW", "diesel, 90 kW"],
            ["Maximum driving speed, stair lowered", "25 km/h", "25 km/h"],
            ["Overall length x width, stair lowered", "8.9 x 2.3 m", "10.6 x 2.5 m"],
            ["Unladen mass", "5900 kg", "7400 kg"],
            ["Tyre pressure, all wheels, cold", "4.5 bar", "5.0 bar"],
            ["Wind limit for raising the stair and for use at the aircraft", "gusts up to 60 km/h", "gusts up to 50 km/h"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained on the PS stair and authorised by the site for airside driving may position the "
            "truck at an aircraft. A second person guides the truck over the final approach.",
            "Approach an aircraft only when it is chocked, its anti-collision lights are off and the ground crew has "
            "given the signal.",
            "The aircraft door is opened and closed by the cabin crew only. Never position the stair against a door "
            "that is moving, and never touch the door or the fuselage with the platform.",
            "The treads and the platform must be free of ice and snow. Use only de-icing agents that the site has "
            "approved for aluminium treads.",
            "At night the tread lights must work on both sides before passengers use the stair.",
            "Never use the stair with a hydraulic leak, a damaged handrail or a stabiliser that does not reach the "
            "ground.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Wind"),
            (
                "p",
                "Raise the stair and keep it at an aircraft only while gusts stay below 60 km/h (PS-40) or 50 km/h "
                "(PS-56), as given by the site's apron wind information or the optional anemometer (S11). When the "
                "limit is reached, stop boarding, lower the stair to its lowest position and withdraw it from the "
                "aircraft. With the optional canopy fitted the limits are lower; they are given in the canopy "
                "supplement TMK-SUP-07, not in this manual.",
            ),
            ("h", "Approach speed"),
            (
                "p",
                "The driving speed is limited to 25 km/h with the stair lowered and the stabilisers up. Within 20 m "
                "of the aircraft select CREEP: the speed is then limited to 4 km/h, and to 1 km/h when the bumper "
                "proximity sensor sees the fuselage at 2 m or less. When the stair is above its lowest position the "
                "truck can only be driven in CREEP.",
            ),
            ("h", "Bumper gap"),
            (
                "p",
                "Stop with the platform bumper no closer than 50 mm and no more than 150 mm from the fuselage. Then "
                "run out the platform extension until its rubber nose is no more than 30 mm from the door sill; it "
                "must never touch the door or the fuselage.",
            ),
            ("h", "Height tracking"),
            (
                "p",
                "The aircraft rises as passengers and baggage leave it and sinks when it is loaded or refuelled. With "
                "AUTO LEVEL on, the platform follows the sill within a tracking range of ±150 mm from the height at "
                "which AUTO LEVEL was set. A movement of more than 100 mm gives warning S09; at 150 mm the tracking "
                "stops (S10) and the operator must set the platform height again by hand.",
            ),
            ("h", "Step rise"),
            (
                "p",
                "Step rise = sill height / number of risers. At the highest position the rise is 200 mm on both "
                "models. Never use the platform extension or packing to reach a sill above the highest position.",
            ),
            ("h", "Slope of the stand"),
            (
                "p",
                "Position the truck only on a stand whose slope is no more than 2 % in any direction. The stabilisers "
                "level the chassis up to 3 %; beyond that the tilt warning S06 shows and the stair cannot be raised.",
            ),
        ],
    ),
    ("h", "4. Fault and message codes"),
    (
        "p",
        "Codes show on the cab display and on the platform panel. A code with a red lamp stops the movement named; a "
        "code with a yellow lamp is a warning only.",
    ),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["S01", "Emergency stop", "An emergency stop (cab, platform or rear) is pressed. Release it and press RESET."],
            ["S02", "Hydraulic oil low", "Oil below MIN. Top up with HVLP 32 and look for leaks before lifting."],
            ["S03", "Oil temperature high", "Oil above 85 °C. Stop lifting, let the oil cool and check the cooler fan."],
            [
                "S04",
                "Drive interlock",
                "A stabiliser is not fully up, the canopy is not retracted or the platform extension is not fully in. "
                "The truck will not drive.",
            ],
            ["S05", "Stabilisers not down", "Lifting above 300 mm is blocked until all four stabilisers touch the ground."],
            ["S06", "Tilt", "Chassis tilt above 3 %. Move the truck to a flatter part of the stand."],
            [
                "S08",
                "Bumper contact",
                "The bumper switch has touched the aircraft. Movements towards the aircraft stop; move away in CREEP "
                "and report the contact to the aircraft engineer.",
            ],
            ["S09", "Tracking warning", "The sill has moved more than 100 mm since AUTO LEVEL was set."],
            ["S10", "Tracking stopped", "150 mm reached. Set the platform height by hand and switch AUTO LEVEL on again."],
            ["S11", "Wind alarm", "Anemometer option: gusts above the model's limit. Stop boarding and withdraw."],
            ["S12", "Service due", "500 h since the last service."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Truck will not drive, buzzer sounds when a gear is selected",
                "Canopy or platform extension not fully in, or a stabiliser not fully up (S04)",
                "Retract the canopy and the extension fully, raise the stabilisers; check limit switches B21-B24",
            ],
            [
                "Stair rises slowly or stops part way on a cold morning",
                "Hydraulic oil cold (below -10 °C) or low",
                "Run the engine at 1200 rpm for 5 min with the stair lowered; check the oil level",
            ],
            [
                "Platform no longer level with the sill after deplaning",
                "AUTO LEVEL off, or tracking stopped at 150 mm (S10)",
                "Set the height with the joystick and switch AUTO LEVEL on again",
            ],
            [
                "Stair sinks slowly with the engine off",
                "Lowering valve or cylinder seal leaking; a sink of more than 20 mm in 10 min is a fault",
                "Lower fully, take the truck out of service and call Treppmark service",
            ],
            [
                "Tread lights off on one side",
                "Fuse F14 blown or LED strip failed",
                "Replace fuse F14 (5 A) or the LED strip",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Positioning the stair at an aircraft door"),
    (
        "ol",
        [
            "Walk round the truck: treads clear, handrails locked up, stabiliser pads fitted, no leaks.",
            "Start the engine and wait until the warnings S02 and S03 are off.",
            "Wait until the aircraft is chocked, its anti-collision lights are off and the ground crew gives the signal.",
            "Drive to within 20 m of the door, select CREEP and approach square to the fuselage, guided by a second "
            "person.",
            "With the truck stopped about 5 m from the aircraft, raise the stair until the platform floor is about "
            "50 mm below the door sill.",
            "Creep forward until the bumper is 50 to 150 mm from the fuselage; the speed drops to 1 km/h from 2 m.",
            "Apply the parking brake, select neutral and lower the four stabilisers (STAB DOWN) until the green lamp "
            "lights.",
            "Set the platform height level with the sill, then run out the extension until its nose is no more than "
            "30 mm from the sill.",
            "Close the platform side gates.",
            "Switch AUTO LEVEL on and tell the cabin crew that the stair is in position. The crew open the door.",
        ],
    ),
    ("h", "7. Withdrawing the stair"),
    (
        "ol",
        [
            "Wait until the cabin crew have closed the door or given clearance, and until no one is on the stair.",
            "Switch AUTO LEVEL off.",
            "Run the platform extension fully in and open the side gates.",
            "Lower the platform by about 200 mm.",
            "Raise the stabilisers fully (STAB UP) and check that S04 has cleared.",
            "Reverse away in CREEP with a guide for at least 5 m before lowering the stair fully.",
            "Lower the stair to its lowest position before leaving CREEP.",
        ],
    ),
    ("h", "8. Emergency lowering of the stair"),
    (
        "p",
        "Use this procedure when the engine or the hydraulic pump has failed with the stair raised. The hand pump and "
        "the valves are behind the panel marked EMERGENCY on the right-hand side behind the cab.",
    ),
    (
        "ol",
        [
            "Make sure that no one is on the stair and warn the aircraft crew.",
            "Open the EMERGENCY panel and fit the hand pump lever.",
            "If the platform extension is out, set the selector valve V7 to EXTENSION and pump until the extension "
            "is fully in.",
            "Set the selector valve V7 to STAIR.",
            "Turn the red knob of the emergency lowering valve V9 slowly anticlockwise; the stair lowers under its "
            "own weight. Do not open it more than one turn, so that the stair lowers no faster than in normal use.",
            "Close valve V9 when the stair is fully down.",
            "Set V7 to STAB and raise the stabilisers with the hand pump.",
            "Tow the truck away only with the stair fully lowered, with a towbar on the front towing eye, at no more "
            "than 10 km/h.",
            "Report the failure. The truck must not be used until it has been repaired.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Walk-round: treads, handrails, tread lights, stabiliser pads, bumper and proximity sensor"],
            ["Weekly", "Grease the parallelogram pins and the extension slides (6 points)"],
            [
                "500 h or 6 months, whichever comes first",
                "Change the hydraulic return filter; check the cylinder pins for wear; check the relief valve setting "
                "(175 bar PS-40, 195 bar PS-56)",
            ],
            ["2000 h or 2 years, whichever comes first", "Change the hydraulic oil: 45 L (PS-40) or 60 L (PS-56), HVLP 32"],
            [
                "12 months",
                "Periodic examination of the stair by a competent person appointed by the site; chassis service to the "
                "chassis maker's schedule",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-40", "PS-56"],
            ["Hydraulic return filter element", "TMK-RF-40", "TMK-RF-40"],
            ["Platform bumper rubber", "TMK-BR-16", "TMK-BR-18"],
            ["Stabiliser pad", "TMK-SP-04", "TMK-SP-05"],
            ["Emergency lowering valve V9", "TMK-LV-09", "TMK-LV-09"],
            ["Tread LED strip, one side", "TMK-LS-11", "TMK-LS-12"],
            ["Anti-slip tread", "TMK-TR-110", "TMK-TR-120"],
            ["Fuse F14, 5 A, tread lights", "TMK-FU-05", "TMK-FU-05"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kombuvik CH catering high-loaders
KOMBUVIK = [
    ("title", "Kombuvik CH Catering High-Loaders\nOperator and Maintenance Manual - CH-55 and CH-75"),
    (
        "p",
        "Document KBV-OM-CH-11, Edition 1, October 2024. Kombuvik Airside Vehicles. The CH-55 and CH-75 carry "
        "catering trolleys, containers and bonded stores between the flight kitchen and the aircraft galley doors. An "
        "insulated box body sits on a scissor frame that two hydraulic cylinders raise from the driving position to "
        "the height of the galley door. At the front of the body a platform with a powered extension and side shift "
        "bridges the gap to the door sill; two rear stabilisers steady the truck while the body is raised. The "
        "hydraulic pump is driven by a power take-off (PTO) on the chassis gearbox. Apart from the lifting height, the "
        "body length, the payload, the hydraulics and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The chassis (engine, gearbox, brakes, tyres, lights and their service) is covered by the chassis maker's "
        "manual. The optional refrigeration unit is described in option sheet KBV-OS-21, which also gives its mass; "
        "with the unit fitted the payload is lower by that mass. The periodic thorough examination of the lifting "
        "equipment is arranged by the site under its national rules.",
    ),
    (
        "warn",
        "DANGER: Never go under the raised body or into the scissor frame without the maintenance prop fitted "
        "(section 8). The lift cylinders and their pipe rupture valves are not a support for work under the body.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CH-55", "CH-75"],
            ["Body floor height, lowered / fully raised", "1.10 m / 5.50 m", "1.15 m / 7.50 m"],
            ["Body inside length x width x height", "6.8 x 2.35 x 2.1 m", "7.4 x 2.35 x 2.1 m"],
            ["Payload in the body, spread over the floor", "4500 kg", "3800 kg"],
            ["Front platform load", "500 kg", "500 kg"],
            ["Front platform extension / side shift", "0-1100 mm / ±250 mm", "0-1100 mm / ±300 mm"],
            ["Lifting time, lowered to fully raised, rated payload", "60 s", "85 s"],
            ["Lowering time", "55 s", "75 s"],
            ["Hydraulic working pressure", "190 bar", "210 bar"],
            ["Hydraulic oil, tank and system", "95 L", "120 L"],
            ["Hydraulic oil grade", "HVLP 32", "HVLP 32"],
            ["Driving speed, body lowered", "80 km/h", "80 km/h"],
            ["Driving speed, body raised more than 300 mm", "5 km/h", "5 km/h"],
            ["Chassis gross vehicle mass", "15 000 kg", "18 000 kg"],
            ["Unladen mass", "10 200 kg", "13 900 kg"],
            ["Overall length / width / height, body lowered", "9.6 / 2.55 / 3.95 m", "10.3 / 2.55 / 4.00 m"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators authorised by the site may drive the truck airside and dock it at an aircraft. Docking "
            "needs two persons: the driver and a guide at the front of the truck.",
            "At most three persons may ride in the body while it moves; each counts as 90 kg in the payload.",
            "Secure every trolley and container with the body's locking bars before the body moves or the truck "
            "drives.",
            "The galley door is opened and closed by the cabin crew only. Never push the platform against the door.",
            "Never drive with the platform extended or the stabilisers down; the drive is blocked (H05).",
            "Keep the scissor frame clear of persons whenever the body moves.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Apron slope"),
            (
                "p",
                "Raise the body only on a stand with a slope of no more than 2 % in any direction. The tilt sensor "
                "blocks lifting when the chassis leans more than 3 % (H06).",
            ),
            ("h", "Wind"),
            (
                "p",
                "Do not raise the body above 3 m in gusts above 55 km/h (both models). When gusts reach that speed "
                "with the body docked, finish the transfer in progress, undock and lower the body below 3 m.",
            ),
            ("h", "Loading the body"),
            (
                "p",
                "The payload must be spread over the floor: no more than two thirds of the payload may stand in "
                "either the front or the rear half of the body. A full-size trolley counts as 90 kg and a half-size "
                "trolley as 50 kg unless it is weighed. The number of full-size trolleys is the payload divided by "
                "90, rounded down: 50 on the CH-55 and 42 on the CH-75.",
            ),
            ("h", "Docking"),
            (
                "p",
                "Approach the aircraft square to the door at no more than 5 km/h with the body raised, and at creep "
                "speed (1 km/h) over the last 3 m. The platform bumper must stop 30-80 mm from the fuselage; the "
                "extension bridges the gap to the sill.",
            ),
            ("h", "Door sill"),
            (
                "p",
                "Set the platform floor level with the door sill or no more than 25 mm below it, never above it, so "
                "that trolleys do not roll against the door.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below -10 °C run the hydraulic pump for 5 min with the body down before the first lift of the shift. "
                "HVLP 32 suits ambient temperatures down to -25 °C; for colder sites an arctic oil must be agreed "
                "with Kombuvik service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Meaning and action"],
            ["H01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["H02", "Oil level low", "Hydraulic oil below MIN. Top up with HVLP 32; look for leaks."],
            ["H03", "Oil temperature high", "Oil above 80 °C. Let it cool; check the cooler and its fan."],
            [
                "H04",
                "Overload",
                "Body load sensor above the payload plus 10 % (4950 kg CH-55, 4180 kg CH-75). Lifting is blocked; "
                "unload until the code clears.",
            ],
            ["H05", "Drive interlock", "Stabilisers not up or platform extension not in. The truck will not drive."],
            ["H06", "Tilt", "Chassis leans more than 3 %. Lower the body and move to flatter ground."],
            ["H07", "Body not level", "Front-to-rear tilt of the body above 2°. Lower fully; call service."],
            ["H08", "Bumper contact", "The platform bumper has touched the aircraft. Movements towards it stop."],
            ["H10", "Top limit", "Body at its highest position."],
            [
                "H11",
                "Maintenance prop",
                "The prop is not in its stowage clip: lifting above 2 m is blocked and lowering stops on the prop.",
            ],
            ["H12", "PTO not engaged", "Engage the PTO with the engine at idle."],
            ["H13", "Service due", "500 h since the last service."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Body rises slowly and jerkily on a cold morning",
                "Hydraulic oil cold and thick",
                "Run the pump for 5 min with the body down to warm the oil",
            ],
            [
                "Body stops rising with H04 though the load seems normal",
                "Trolleys heavier than 90 kg, or load sensor out of calibration",
                "Weigh a trolley; have the load sensor checked by Kombuvik service",
            ],
            [
                "Body creeps down when parked raised",
                "Lowering valve leaking or cylinder seals worn; a sink of more than 30 mm in 15 min is a fault",
                "Lower the body and take the truck out of service",
            ],
            [
                "Front platform extension will not run out",
                "Body below 1.8 m, or the platform handrails not raised",
                "Raise the body above 1.8 m; lift and lock both handrails",
            ],
            [
                "Trolleys roll towards the galley door",
                "Platform set above the sill",
                "Set the platform level with the sill or up to 25 mm below it",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Docking at the aircraft"),
    (
        "ol",
        [
            "Check that the load is secured with the locking bars and that the rear door of the body is closed.",
            "Wait for the ground crew's signal: aircraft chocked, anti-collision lights off.",
            "Drive to about 10 m from the door and raise the body to about 300 mm below the sill height.",
            "Approach at no more than 5 km/h with the guide in view; use creep speed over the last 3 m.",
            "Stop with the platform bumper 30-80 mm from the fuselage.",
            "Apply the parking brake and lower the stabilisers until the green lamp lights.",
            "Raise the body until the platform floor is level with the sill or no more than 25 mm below it.",
            "Raise and lock the platform handrails, then run out the extension and the side shift until the extension "
            "meets the sill without touching the door.",
            "Tell the cabin crew that the truck is docked. The crew open the door.",
            "To undock, reverse these steps: extension in, handrails down, stabilisers up, reverse 3 m, then lower.",
        ],
    ),
    ("h", "7. Lowering the body with the hand pump"),
    (
        "ol",
        [
            "Make sure no one is in the scissor frame or under the platform.",
            "Run the extension in with the hand pump on the front valve block (selector to EXT).",
            "Raise the stabilisers only after the body is fully down.",
            "Open the emergency lowering valve under the body slowly with the knurled knob; the body lowers under "
            "its own weight.",
            "Close the valve when the body is down, set the selector to STAB and raise the stabilisers.",
        ],
    ),
    ("h", "8. Fitting the maintenance prop"),
    (
        "ol",
        [
            "Empty the body and park on level ground; apply the parking brake and lower the stabilisers.",
            "Raise the body to about 1.9 m, where the yellow mark on the scissor arm lines up with the arrow on the "
            "chassis frame.",
            "Switch off the PTO and the engine and remove the key.",
            "Unhook the red maintenance prop from its stowage clip on the left-hand scissor arm and swing it down "
            "onto its seat on the chassis frame.",
            "Push the locking pin through the prop and the seat.",
            "Start the engine, engage the PTO and lower the body slowly until the scissor frame rests on the prop; "
            "the lowering stops by itself (H11).",
            "Switch off the engine, remove the key and hang the DO NOT OPERATE tag on the steering wheel.",
            "To remove the prop, raise the body by 50 mm, pull the pin and swing the prop back into its clip; H11 "
            "clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Walk-round: bumper, handrails, platform, lights, body door seals, locking bars"],
            ["Weekly", "Grease the scissor pins and rollers (14 points)"],
            [
                "500 h or 6 months, whichever comes first",
                "Change the return filter; check the scissor pins and rollers for wear; check the overload sensor with "
                "a known load",
            ],
            ["2000 h or 2 years, whichever comes first", "Change the hydraulic oil: 95 L (CH-55) or 120 L (CH-75)"],
            [
                "12 months, or sooner where national rules require",
                "Thorough examination of the lifting equipment by a competent person (arranged by the site)",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CH-55", "CH-75"],
            ["Return filter element", "KBV-RF-22", "KBV-RF-22"],
            ["Scissor roller", "KBV-SR-55", "KBV-SR-75"],
            ["Platform bumper", "KBV-PB-10", "KBV-PB-10"],
            ["Lift cylinder seal kit", "KBV-SK-55", "KBV-SK-75"],
            ["Hand pump lever", "KBV-HP-01", "KBV-HP-01"],
            ["Body door seal", "KBV-DS-68", "KBV-DS-74"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Druvelle HT-30 hydraulic test rig
DRUVELLE = [
    ("title", "Druvelle HT-30 Aircraft Hydraulic Test Rig\nOperation and Maintenance Manual"),
    (
        "p",
        "Document DRV-OM-HT30-04, Edition 4, June 2025. Druvelle Aero Systems. The HT-30 is a diesel-driven, "
        "trailer-mounted hydraulic ground power unit. It supplies clean hydraulic fluid under pressure to an aircraft "
        "hydraulic system during maintenance, so that flight controls, landing gear, brakes and doors can be operated "
        "and checked with the engines off, and it can fill or drain aircraft reservoirs. A variable-displacement "
        "piston pump driven by the engine delivers the flow; a pressure compensator holds the outlet pressure, and a "
        "flow limiter caps the flow.",
    ),
    (
        "p",
        "The HT-30 is built for phosphate ester aviation fluids (types IV and V) only. Its seals are of ethylene "
        "propylene rubber, which mineral fluid destroys. Units for mineral fluids are the HT-30M, covered by their own "
        "manual DRV-OM-HT30M; never connect an HT-30 to an aircraft system that uses mineral fluid. What the aircraft "
        "needs (which system, which pressure, which sequence) is given by the aircraft maintenance manual, not here.",
    ),
    (
        "warn",
        "WARNING: Phosphate ester fluid irritates the eyes and the skin: wear goggles and butyl rubber gloves. Never "
        "feel for a leak with the hand. A fine jet at 200 bar passes through the skin; if it happens, get medical help "
        "at once even if the wound looks small.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HT-30"],
            ["Delivery flow, variable", "0-114 L/min (0-30 US gal/min)"],
            ["Delivery pressure, adjustable", "10-210 bar (150-3045 psi)"],
            ["Compensator setting at delivery", "207 bar (3000 psi)"],
            ["System relief valve", "230 bar"],
            ["Pump", "axial piston, variable displacement, 50 cm³/rev"],
            ["Engine", "4-cylinder diesel, 74 kW at 2300 rpm"],
            ["Fuel tank", "120 L"],
            ["Reservoir, usable / total", "95 L / 110 L"],
            ["Pressure filter", "3 µm absolute, beta ratio 200 or more, 5 bar differential indicator"],
            ["Return filter", "3 µm absolute, bypass at 3.5 bar"],
            ["Fluid cooler", "air-oil, thermostatic fan"],
            ["Hoses", "15 m pressure hose 3/4 in and 15 m return hose 1 in, dry-break couplings"],
            ["Flow meter", "turbine, ±2 % of reading from 10 to 114 L/min"],
            ["Pressure gauge", "0-350 bar, class 1.0"],
            ["Built-in particle counter", "NAS 1638 and ISO 4406 classes"],
            ["Ambient temperature in use", "-30 to +50 °C"],
            ["Mass, ready to use", "1650 kg"],
            ["Length x width x height", "3.4 x 1.6 x 1.5 m"],
        ],
        (70, 100),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Connect the rig only when the aircraft maintenance staff have made the aircraft ready: control surfaces "
            "and gear areas clear, landing gear pins fitted, and the system to be pressurised agreed.",
            "Set the pressure to the aircraft system value before connecting. Never exceed it.",
            "Park the rig clear of wing tips and engine danger areas, at least 3 m from fuel tank vents, with the "
            "exhaust pointing away from the aircraft. Chock the trailer wheels.",
            "Refuel the rig with diesel only and with the engine stopped.",
            "Keep dust caps on every coupling when it is not connected. Dirt in one coupling can contaminate a whole "
            "aircraft system.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Fluid cleanliness"),
            (
                "p",
                "The fluid in the rig must be NAS 1638 class 6 or better (ISO 4406 17/15/12) before the rig is "
                "connected to an aircraft. Check it with the built-in particle counter (menu FLUID > COUNT) after 10 "
                "min in bypass. Where the aircraft maker asks for a cleaner class, the aircraft maker's value applies.",
            ),
            ("h", "Water and acid"),
            (
                "p",
                "The water content must be no more than 0.6 % by mass, measured by the laboratory (Karl Fischer) on a "
                "sample taken as in section 8. The acid number and the chlorine content are reported by the "
                "laboratory as well; their limits are those of the fluid maker, and the laboratory report states "
                "whether the fluid may stay in service.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "Set the pressure with the outlet valve closed (bypass) to the system pressure given in the aircraft "
                "maintenance manual, but never above 207 bar. The relief valve opens at 230 bar; it is a safety "
                "device, not a setting.",
            ),
            ("h", "Flow and power"),
            (
                "p",
                "Hydraulic power (kW) = pressure (bar) x flow (L/min) / 600. At 207 bar and 114 L/min this is 39.3 "
                "kW; the engine must deliver this divided by the pump efficiency of about 0.85, that is 46.3 kW, "
                "which leaves a reserve for the cooler fan and the alternator. Set the flow limiter 10 % above the "
                "demand of the aircraft system. The full 114 L/min is reached only at an engine speed of 2300 rpm "
                "with the fluid between 30 and 70 °C.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The cooler fan switches on at 55 °C. Warning D02 shows at 70 °C; at 80 °C the pump unloads and the "
                "engine stops (D03). Below 10 °C ambient run the rig in bypass until the fluid reaches 20 °C before "
                "connecting it.",
            ),
            ("h", "Reservoir"),
            (
                "p",
                "Keep the level between MIN and MAX on the sight glass. When the rig fills an aircraft reservoir its "
                "own level falls; it must not go below MIN (D04).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Meaning and action"],
            ["D01", "Engine oil pressure", "Engine oil pressure low; the engine stops. See the engine manual."],
            ["D02", "Fluid warm", "Fluid above 70 °C. Reduce the flow demand; check the cooler and its fan."],
            [
                "D03",
                "Fluid overtemperature",
                "Fluid at 80 °C: the pump unloads and the engine stops. Clean the cooler fins, check the fan and its "
                "fuse F6.",
            ],
            ["D04", "Reservoir low", "Level below MIN. Top up with the same fluid type through the fill filter."],
            ["D06", "Pressure filter", "Differential above 5 bar. Change the pressure filter element (section 9)."],
            ["D07", "Return filter bypass", "Return filter bypass open at 3.5 bar. Change the return element."],
            [
                "D08",
                "Particle count high",
                "Fluid dirtier than class 6. Do not connect; run in bypass; change the filters if it stays high.",
            ],
            ["D09", "Overpressure", "Outlet more than 10 bar above the setting: compensator fault. Stop; call service."],
            ["D10", "Flow meter", "Flow meter signal lost. Check the sensor plug."],
            ["D11", "Fuel low", "Less than 15 L of fuel."],
            ["D12", "Service due", "250 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Outlet pressure fluctuates and will not hold steady",
                "Air in the fluid: reservoir level low or a loose suction fitting",
                "Top up the reservoir, tighten the fitting and bleed the rig in bypass for 10 min",
            ],
            [
                "Rig stops during a long test with D03",
                "Fluid too hot: cooler fins blocked, cooler fan not running, or ambient above 40 °C",
                "Clean the cooler fins, check fuse F6, let the fluid cool before restarting",
            ],
            [
                "Fluid foams in the reservoir sight glass",
                "Return hose not fully coupled, or air drawn in at the pump shaft seal",
                "Check the dry-break coupling; call service if the foam stays",
            ],
            [
                "Full flow not reached",
                "Engine below 2300 rpm, flow limiter set low, or fluid below 30 °C",
                "Check the engine speed and the limiter; warm up the fluid",
            ],
            [
                "Fluid dark with a burnt smell",
                "Fluid overheated",
                "Take a laboratory sample (section 8) before further use",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Connecting to an aircraft and pressurising"),
    (
        "ol",
        [
            "Position and chock the rig as in section 2.",
            "Check the fuel, the engine oil and the reservoir level.",
            "Start the engine with the outlet valve closed and run it in bypass at 1500 rpm for 10 min, until the "
            "fluid is above 20 °C. Check that the particle count is class 6 or better.",
            "With the outlet valve still closed, set the pressure with the compensator knob and set the flow limiter.",
            "Return the engine to idle; the pump unloads.",
            "Wipe the dry-break couplings with a lint-free cloth, remove the dust caps from the aircraft ground "
            "service couplings, connect the return hose first and then the pressure hose.",
            "Confirm with the aircraft maintenance staff that the aircraft is ready.",
            "Bring the engine to 2300 rpm and open the outlet valve slowly.",
            "Watch the pressure, the flow and the fluid temperature, and the aircraft reservoir level as the aircraft "
            "maintenance manual requires.",
            "To finish, close the outlet valve, return to idle, disconnect the pressure hose first and then the "
            "return hose, and fit all dust caps.",
        ],
    ),
    ("h", "7. Bleeding the rig"),
    (
        "p",
        "After a filter change, after the reservoir has run low, or when the pressure fluctuates, run the rig with the "
        "outlet valve closed (bypass) at 1500 rpm for 10 min and open the bleed screw on the pressure filter head until "
        "fluid without bubbles comes out; close it and top up the reservoir.",
    ),
    ("h", "8. Taking a fluid sample"),
    (
        "ol",
        [
            "Run the rig in bypass for at least 10 min with the fluid between 30 and 60 °C, so that the sample "
            "represents the whole fluid.",
            "Clean the sampling valve on the pressure filter housing and the area round it with a lint-free cloth.",
            "Open the sampling valve and let at least 200 mL run into a waste container to flush the valve.",
            "Without closing the valve, fill a certified clean sample bottle DRV-SB-250 to its shoulder.",
            "Close the valve and cap the bottle at once.",
            "Label the bottle with the rig serial number, the hour meter reading, the date and the fluid type.",
            "Send the bottle to the laboratory; the report gives the particle count, the water content, the acid "
            "number and the chlorine content.",
            "Record the sample in the rig log.",
        ],
    ),
    ("h", "9. Changing the pressure filter element"),
    (
        "ol",
        [
            "Stop the engine and wait 5 min; open the outlet valve with the hoses capped to release the pressure "
            "and check that the gauge reads 0 bar.",
            "Place a tray under the filter. Unscrew the bowl and remove the old element.",
            "Fit a new element DRV-PF-03 and a new bowl O-ring; tighten the bowl by hand and then a quarter turn.",
            "Reset the differential indicator.",
            "Bleed the rig (section 7) and check the bowl for leaks.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Reservoir level, leaks, hoses, couplings and dust caps; particle count"],
            ["250 h or 3 months, whichever comes first", "Engine oil and filter (engine manual); coupling seals"],
            ["500 h or 6 months, whichever comes first", "Pressure and return filter elements; fluid sample to the laboratory"],
            [
                "12 months",
                "Proof test of the hoses by Druvelle service or an approved test house (not part of this manual); "
                "calibration of the gauge and the flow meter by Druvelle service",
            ],
            ["When the laboratory report says so", "Change the fluid"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Pressure filter element, 3 µm", "DRV-PF-03"],
            ["Return filter element, 3 µm", "DRV-RF-03"],
            ["Dry-break coupling seal kit", "DRV-CS-34"],
            ["Pressure hose, 15 m", "DRV-PH-15"],
            ["Return hose, 15 m", "DRV-RH-15"],
            ["Sample bottle, certified clean, pack of 10", "DRV-SB-250"],
            ["Cooler fan fuse F6, 15 A", "DRV-FU-15"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Glykora GR glycol recovery vehicles
GLYKORA = [
    ("title", "Glykora GR Glycol Recovery Vehicles\nOperation and Maintenance - GR-6 and GR-9"),
    (
        "p",
        "Document GLK-OM-GR-02, Edition 3, August 2025. Glykora Airside Environmental. The GR-6 and GR-9 collect "
        "spent aircraft de-icing fluid (glycol, water and melted snow) from de-icing pads and stands before it "
        "reaches the storm drains. A suction head between the axles, as wide as the vehicle, is pulled over the "
        "surface; a vacuum blower draws the fluid into a vacuum tank with two compartments. An inline refractometer "
        "measures the glycol content and a diverter sends strong fluid to compartment A (for recycling) and weak "
        "fluid to compartment B. A front spray bar loosens frozen or dried fluid. The tank is emptied by pressure "
        "from the same blower. Apart from the tank, the head width, the speed and the items named here, the two "
        "models are built alike.",
    ),
    (
        "p",
        "The chassis is covered by the chassis maker's manual. Where each compartment may be emptied, and what may go "
        "to the sewer or to treatment, is decided by the site's environmental department under its discharge permit. "
        "The de-icing of aircraft itself is covered by the de-icing truck's manual. The vacuum tank is a pressure "
        "vessel: its periodic inspection is arranged by the site with an inspector.",
    ),
    (
        "warn",
        "CAUTION: Collect only on lanes closed to aircraft and de-icing trucks, with the pad controller's clearance. "
        "Spent fluid is slippery: wear boots with a safety sole when leaving the cab on the pad.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GR-6", "GR-9"],
            ["Tank volume, total", "6.0 m³", "9.0 m³"],
            ["Compartment A / compartment B", "4.0 / 2.0 m³", "6.0 / 3.0 m³"],
            ["Pickup stops (float switch at 95 %)", "5.70 m³", "8.55 m³"],
            ["Payload", "6000 kg", "9000 kg"],
            ["Suction head working width", "2.5 m", "3.0 m"],
            ["Collecting speed, head down", "up to 8 km/h", "up to 6 km/h"],
            ["Vacuum blower air flow", "2400 m³/h", "3000 m³/h"],
            ["Maximum vacuum / vacuum relief valve", "0.50 / 0.55 bar", "0.50 / 0.55 bar"],
            ["Emptying pressure", "0.5 bar", "0.5 bar"],
            ["Emptying time, full tank, 100 mm hose", "6 min", "9 min"],
            ["Front spray bar pressure", "150 bar", "150 bar"],
            ["Clean water tank for the spray bar", "400 L", "600 L"],
            ["Chassis gross vehicle mass", "18 000 kg", "26 000 kg"],
            ["Unladen mass, fuel and water tanks full", "11 600 kg", "16 400 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never open a tank hatch while the tank is under vacuum or pressure; vent it first (VENT) and check that "
            "the gauge reads 0.",
            "Never enter the tank. Cleaning is done from outside with the rinse nozzles.",
            "Keep hands and clothing away from the suction head while the blower runs.",
            "Do not point the spray bar lance at persons, aircraft or vehicles.",
            "Raise the suction head before reversing and before driving off the pad.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Filling and density"),
            (
                "p",
                "With the tank filled to the float switch, the payload holds only for fluid with a density of up to "
                "1.05 kg/L, which covers spent fluid diluted by snow and rain: 5.70 m³ x 1.05 = 5985 kg on the GR-6 "
                "and 8.55 m³ x 1.05 = 8978 kg on the GR-9. Denser fluid, such as undiluted concentrate from a spill, "
                "must be filled to no more than payload / density; stop the pickup by hand. The density of a given "
                "fluid is on its maker's data sheet.",
            ),
            ("h", "Sorting"),
            (
                "p",
                "The refractometer sends fluid with a glycol content of 10 % or more to compartment A and weaker "
                "fluid to compartment B. The sorting point can be set from 5 to 25 % in SETTINGS > SORT; which value "
                "to use is set by the site according to its recycling contract.",
            ),
            ("h", "Collecting"),
            (
                "p",
                "Drive at no more than 8 km/h (GR-6) or 6 km/h (GR-9) with the head down; faster leaves a wet trail. "
                "Keep the working vacuum between 0.30 and 0.45 bar. Never collect across drain grates or grooved "
                "runway surfaces: the lips catch and tear.",
            ),
            ("h", "Squeegee lips"),
            (
                "p",
                "The front and rear rubber lips of the suction head are 40 mm high when new. Replace both when either "
                "has worn to 25 mm or less, or at once if one is torn.",
            ),
            ("h", "Cold"),
            (
                "p",
                "The GR works down to -25 °C. Below -5 °C drain the spray bar after use and keep the blower heater "
                "on. At the end of each shift empty and rinse the tank so that fluid does not freeze in the valves.",
            ),
            ("h", "Emptying"),
            (
                "p",
                "Empty the tank only with the vehicle standing on a slope of no more than 3 %, so that the level "
                "reading is right and the bottom valve drains fully.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Meaning and action"],
            ["G01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["G02", "Tank full", "Float switch at 95 %: the pickup stops. Raise the head and go to empty."],
            ["G03", "Compartment A full", "The diverter sends all fluid to B; when B is full, G02 follows."],
            [
                "G04",
                "Vacuum low",
                "Less than 0.30 bar for 30 s: head raised, lips worn, hatch seal leaking or vent open.",
            ],
            ["G05", "Vacuum relief open", "0.55 bar reached: suction hose or head blocked. Stop and clear it."],
            ["G06", "Blower hot", "Blower outlet above 110 °C. Stop the blower and let it cool; check the air filter."],
            ["G07", "Refractometer", "No valid reading: prism dirty or sensor fault. Clean and zero (section 9)."],
            ["G09", "Spray water empty", "Clean water tank empty. Refill with clean water only."],
            ["G10", "Head position", "Head not down or height sensor fault."],
            ["G11", "Tank overpressure", "More than 0.5 bar while emptying: the pressure relief opens. Check the outlet."],
            ["G12", "Service due", "250 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wet trail left behind the suction head",
                "Squeegee lips worn or torn, head set too high, or driving too fast",
                "Check the lips and replace them at 25 mm; set the head height; slow down",
            ],
            [
                "Pickup weak though the gauge shows high vacuum",
                "Suction hose or head blocked by ice or debris",
                "Stop the blower, open the head inspection flap and clear it",
            ],
            [
                "All fluid goes to compartment B",
                "Refractometer prism dirty or zero drifted, or compartment A full",
                "Clean the prism and zero the refractometer (section 9)",
            ],
            [
                "Foam coming out of the blower exhaust",
                "Tank overfilled with foaming fluid, float switch sticking",
                "Stop at once; empty the tank; clean the float switch and the foam trap",
            ],
            [
                "Tank does not empty fully",
                "Bottom valve partly blocked",
                "Flush through the rinse nozzle with clean water",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Collecting on a de-icing pad"),
    (
        "ol",
        [
            "Get the pad controller's clearance for the lane; no aircraft may be de-iced on it while you collect.",
            "Check the compartment levels on the display and the clean water tank.",
            "Start the blower (BLOWER ON) and let it reach the working vacuum.",
            "Lower the suction head (HEAD DOWN) and check the green lamp.",
            "Drive at no more than the model's collecting speed in overlapping strips, about 0.3 m of overlap.",
            "Use the spray bar on frozen or dried patches, then collect over them again.",
            "Watch the vacuum (0.30-0.45 bar) and the tank level; when G02 shows, raise the head.",
            "Raise the head before reversing or turning off the pad.",
            "Let the blower run 1 min with the head raised to clear the hose, then stop it.",
        ],
    ),
    ("h", "7. Emptying the tank"),
    (
        "ol",
        [
            "Drive to the discharge point the site assigns to the compartment: A to the recycling tank, B to the "
            "low-concentration tank or to treatment.",
            "Stand on a slope of no more than 3 % and apply the parking brake.",
            "Connect the 100 mm hose to the compartment outlet and to the station inlet; open the station valve.",
            "Select EMPTY A or EMPTY B: the blower pressurises the tank to 0.5 bar.",
            "Open the compartment outlet valve.",
            "When the level shows 0 and air blows through the hose, close the valve and vent the tank (VENT).",
            "Disconnect the hose and fit the caps.",
            "Write the volumes and the glycol reading on the delivery note.",
        ],
    ),
    ("h", "8. Replacing the squeegee lips"),
    (
        "ol",
        [
            "Raise the head fully, stop the blower and switch off the engine.",
            "Fit the head service props under both ends of the head.",
            "Undo the clamping strip bolts and pull out the old lip.",
            "Slide in the new lip with its bevel towards the inside of the head.",
            "Refit the clamping strip and tighten the bolts to 12 Nm, working from the middle outwards.",
            "Remove the props, lower the head and check that the lip touches the ground along its full width.",
        ],
    ),
    ("h", "9. Zeroing the refractometer"),
    (
        "ol",
        [
            "Stop the blower and open the refractometer cover on the diverter block.",
            "Clean the prism with a soft cloth and clean water, then dry it.",
            "Fill the measuring cell with distilled water at about 20 °C from the wash bottle.",
            "Select SETTINGS > REFRACT > ZERO. Within 30 s the display must show 0.0 %.",
            "Drain the cell and fill it with the test fluid GLK-TF-30: the reading must be 30 % ±1 %.",
            "If it is outside, clean the prism and repeat; if it is still outside, replace the sensor GLK-RS-01.",
            "Drain the cell and close the cover.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["End of each shift", "Empty and rinse the tank; check the squeegee lips; below -5 °C drain the spray bar"],
            ["Weekly", "Zero the refractometer; clean the foam trap and the float switch; grease the head pivots"],
            ["250 h or 3 months, whichever comes first", "Blower oil and air filter; hatch seals"],
            ["12 months", "Vacuum tank inspection by an inspector (arranged by the site); chassis to the maker's schedule"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "GR-6", "GR-9"],
            ["Squeegee lip, front", "GLK-SL-25F", "GLK-SL-30F"],
            ["Squeegee lip, rear", "GLK-SL-25R", "GLK-SL-30R"],
            ["Refractometer sensor", "GLK-RS-01", "GLK-RS-01"],
            ["Test fluid, 30 % glycol", "GLK-TF-30", "GLK-TF-30"],
            ["Float switch", "GLK-FS-95", "GLK-FS-95"],
            ["Hatch seal", "GLK-HS-600", "GLK-HS-700"],
            ["Blower air filter", "GLK-AF-24", "GLK-AF-30"],
        ],
        (80, 45, 45),
    ),
]



def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("treppmark-ps-passenger-airstair-truck.pdf", "Treppmark TMK-OM-PS-03 Ed 2 - PS-40 / PS-56", TREPPMARK),
        ("kombuvik-ch-catering-high-loader.pdf", "Kombuvik KBV-OM-CH-11 Ed 1 - CH-55 / CH-75", KOMBUVIK),
        ("druvelle-ht-aircraft-hydraulic-test-rig.pdf", "Druvelle DRV-OM-HT30-04 Ed 4 - HT-30", DRUVELLE),
        ("glykora-gr-glycol-recovery-vehicle.pdf", "Glykora GLK-OM-GR-02 Ed 3 - GR-6 / GR-9", GLYKORA),
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
