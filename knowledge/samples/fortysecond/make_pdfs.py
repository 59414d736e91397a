"""Generate the PDF manuals of the forty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set42venv && /tmp/set42venv/bin/pip install fpdf2 pypdf
    /tmp/set42venv/bin/python knowledge/samples/fortysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the fortieth set's
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


# ---------------------------------------------------------------- Kordell TP two-post vehicle lifts
KORDELL = [
    ("title", "Kordell TP Two-Post Vehicle Lifts\nInstallation, Operation and Maintenance - TP-35 and TP-50"),
    (
        "p",
        "Document KDL-OM-TP-05, Edition 2, September 2024. Kordell Lifting Systems. The TP-35 and TP-50 are "
        "electro-hydraulic two-post lifts with a clear floor between the columns, for cars, vans and light commercial "
        "vehicles. Each column holds one single-acting hydraulic cylinder; the two carriages are kept level by two "
        "crossed steel synchronisation cables. Mechanical safety locks in each column engage automatically while the "
        "lift rises. Apart from the capacity, the column height, the power pack and the items named in this manual, "
        "the two models are built alike. The concrete floor, the electrical supply up to the main switch and the "
        "periodic thorough examination required by national rules are the site's responsibility; this manual does "
        "not replace the examination.",
    ),
    (
        "warn",
        "WARNING: Never work under a vehicle that is held only by hydraulic pressure. Always lower the lift onto the "
        "safety locks before going under it. Never lift a vehicle whose weight or centre of gravity is not known.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TP-35", "TP-50"],
            ["Rated capacity", "3500 kg", "5000 kg"],
            ["Maximum load per arm", "875 kg", "1250 kg"],
            ["Maximum load on one pair of arms (front or rear), 60 % of rated capacity", "2100 kg", "3000 kg"],
            ["Lifting height, top of pads at full height", "1950 mm", "2050 mm"],
            ["Minimum pad height, lowered", "95 mm", "115 mm"],
            ["Arm reach, front arms (three-stage)", "560-1080 mm", "600-1190 mm"],
            ["Arm reach, rear arms (two-stage)", "880-1420 mm", "960-1560 mm"],
            ["Lifting time to full height, rated load", "45 s", "55 s"],
            ["Lowering time from full height", "40 s", "45 s"],
            ["Clear width between columns", "2800 mm", "3000 mm"],
            ["Overall width", "3420 mm", "3660 mm"],
            ["Column height", "3850 mm", "4250 mm"],
            ["Motor 400 V 3~ 50 Hz, S3 duty", "2.2 kW, 4.9 A", "3.0 kW, 6.4 A"],
            ["Supply fuse", "10 A gG", "16 A gG"],
            ["Working pressure at rated load", "175 bar", "195 bar"],
            ["Pressure switch (alarm E08)", "185 bar", "205 bar"],
            ["Relief valve setting", "195 bar", "215 bar"],
            ["Hydraulic oil ISO VG 32 (HLP 32), tank", "12 L", "16 L"],
            ["Synchronisation cables, diameter", "9.5 mm", "11 mm"],
            ["Anchor bolts per column", "6 x M16", "8 x M20"],
            ["Concrete floor C20/25, minimum thickness", "150 mm", "200 mm"],
            ["Mass of the lift", "640 kg", "890 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated capacity holds only with the load spread over all four arms and the vehicle's centre of gravity "
        "between the two columns. No more than 60 % of the rated capacity may rest on one pair of arms. Lifting a "
        "vehicle from the front or rear only, on two arms, is not allowed on either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons over 18 may operate the lift. Keep other people out of the lifting area while the "
            "lift moves.",
            "Use the vehicle maker's lifting points. Fit the height adapters in pairs, never stacked more than one on "
            "top of the other.",
            "Raise the vehicle about 100 mm, stop and shake it gently at the front and rear bumper to check that it "
            "sits firmly on the pads before lifting further.",
            "Removing heavy parts (engine, gearbox, rear axle) moves the centre of gravity. Support the vehicle with "
            "stands rated for the load before removing them.",
            "The lift is not designed for outdoor use, for wash bays or for lifting people.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Safety locks"),
            (
                "p",
                "The locks engage in the lock bars every 100 mm from 450 mm pad height upwards. You hear them click "
                "on both columns at the same moment. To lower, the lift first rises about 30 mm, the two lock "
                "solenoids (24 V DC) pull, and lowering starts. If a solenoid does not pull within 2 s the lift stays "
                "where it is and E05 or E06 is shown.",
            ),
            ("h", "Foot protection stop"),
            (
                "p",
                "When lowering, the lift stops by itself at 180 mm pad height and the display shows FP. Check that "
                "no feet are under the arms, release DOWN and press it again: the lift lowers fully with the beeper "
                "sounding.",
            ),
            ("h", "Carriage level"),
            (
                "p",
                "Measured at the same lock position, the two carriages must be level within 5 mm. A larger "
                "difference calls for the cable adjustment in section 8. A slack cable switch on each carriage stops "
                "lowering at once if a cable goes slack (E04).",
            ),
            ("h", "Duty"),
            (
                "p",
                "The power pack is rated for no more than 20 lifting cycles per hour. Above this the motor thermal "
                "protection trips (E02).",
            ),
            ("h", "Floor and anchors"),
            (
                "p",
                "Concrete of class C20/25 at least 150 mm thick (TP-35) or 200 mm thick (TP-50), cured for at least "
                "28 days. The floor under the two columns must be level within 10 mm; shim under the base plate with "
                "the shims supplied, no more than 12 mm per column. Keep each anchor at least 150 mm from a slab edge "
                "or an expansion joint. Tighten the anchors to 110 Nm (M16) or 180 Nm (M20).",
            ),
            ("h", "Arm locks"),
            (
                "p",
                "The arm locks engage as soon as the carriages leave the lowest position and release when the lift is "
                "fully down. An arm that can still be swung when the vehicle is lifted must be repaired before the "
                "lift is used again.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            [
                "E02",
                "Motor overtemperature",
                "More than 20 cycles per hour, low supply voltage or a phase missing. Let the motor cool for 20 min.",
            ],
            [
                "E03",
                "Phase sequence",
                "Phase sequence wrong or a phase lost. Have an electrician swap two phases at "
                "the supply plug; never at the motor.",
            ],
            [
                "E04",
                "Slack cable",
                "A cable slack or broken, or a carriage caught on an obstacle while lowering. "
                "Raise 50 mm, find the cause, check both cables.",
            ],
            [
                "E05",
                "Left lock not released",
                "Left solenoid did not pull within 2 s. Check the coil and the plunger for dirt.",
            ],
            ["E06", "Right lock not released", "As E05, right column."],
            ["E07", "Upper limit", "Upper limit switch reached or switch faulty."],
            ["E08", "Overpressure", "Pressure switch opened: vehicle too heavy or load on one pair of arms too high."],
            ["E10", "Lowering valve", "Lowering valve coil open circuit or plug loose."],
            ["E11", "Low oil", "Oil level switch in the tank open. Top up with HLP 32."],
            ["E12", "Service due", "2000 cycles or 12 months since the last service. The lift still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Motor runs but the lift does not rise",
                "Motor turning backwards (E03 not fitted on early units), oil level low, or the lowering valve "
                "stuck open",
                "Check the motor direction and the oil level; clean the lowering valve",
            ],
            [
                "Lift rises in jerks and chatters",
                "Air in the cylinders after an oil change or a leak",
                "Bleed the cylinders (section 9, step 8)",
            ],
            [
                "Locks click one after the other, one side lower",
                "Synchronisation cables stretched",
                "Adjust the cables (section 8)",
            ],
            [
                "Lift sinks slowly when stopped off the locks",
                "Lowering valve or check valve leaking, or a cylinder seal leak",
                "Clean or replace the lowering valve; check the cylinders for oil",
            ],
            [
                "Lift does not lower, lock solenoids click",
                "Lift resting on the locks: the 30 mm rise was blocked",
                "Check for the E08 code; remove any obstacle above the vehicle",
            ],
            [
                "Lift stops at 180 mm",
                "Normal foot protection stop",
                "Release DOWN and press it again",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Lifting a vehicle"),
    (
        "ol",
        [
            "Check that the lift is fully lowered and the arms are swung fully out of the way.",
            "Drive the vehicle between the columns with its centre of gravity between them; on most front-engined "
            "cars the front doors are level with the columns.",
            "Stop the engine, apply the parking brake and leave the doors closed.",
            "Swing the arms under the vehicle maker's lifting points and adjust the pad height.",
            "Check that all four pads touch the vehicle at the same time; fit height adapters if needed.",
            "Press UP and raise the vehicle until the wheels are about 100 mm off the floor.",
            "Stop and check that the vehicle sits firmly on all four pads.",
            "Raise to the working height.",
            "Press DOWN briefly to lower the lift onto the nearest lock: both locks must click.",
            "Check that all four arm locks are engaged before going under the vehicle.",
        ],
    ),
    ("h", "7. Daily checks"),
    (
        "ul",
        [
            "Arm locks engage and release; rubber pads not worn or split.",
            "Lock clicks heard on both columns at the same time.",
            "No oil under the power pack or at the cylinder fittings.",
            "Emergency stop stops the lift; foot protection stop works at 180 mm.",
        ],
    ),
    ("h", "8. Adjusting the synchronisation cables"),
    (
        "ol",
        [
            "Raise the lift without a load to about 1000 mm and lower it onto the locks.",
            "Measure the height of each carriage from the floor to the same point of the carriage.",
            "If the difference is 5 mm or less, no adjustment is needed.",
            "Raise the lift to the next lock position and lower it onto the locks again, so that both locks carry "
            "the carriages and the cables are unloaded.",
            "At the top of the lower carriage, loosen the lock nut of the cable end.",
            "Tighten the adjusting nut until the carriage is level with the other one. Never tighten a cable so far "
            "that it lifts its carriage off its lock.",
            "Tighten the lock nut to 60 Nm while holding the adjusting nut.",
            "Check the tension of both cables: pressed by hand with about 50 N at mid height of the column, each "
            "cable should move 10-15 mm. Adjust the other cable in the same way if needed.",
            "Run the lift up and down three times without a load.",
            "Measure again at two lock positions. The locks must click at the same moment.",
            "Record the adjustment in the lift log book.",
        ],
    ),
    (
        "p",
        "Replace a synchronisation cable when six or more wires are broken in one lay length, when it is kinked or "
        "crushed, or when its diameter has fallen below 8.6 mm (TP-35) or 10.0 mm (TP-50). Always replace both "
        "cables together.",
    ),
    ("h", "9. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Lower the lift fully, with no vehicle on it, and switch off and lock the main switch.",
            "Place a drip tray of at least 20 L under the power pack.",
            "Remove the drain plug of the tank and let the oil drain; then disconnect the hose at the bottom of each "
            "cylinder and drain it into the tray.",
            "Clean the magnetic drain plug and the suction filter in the tank.",
            "Refit the drain plug with a new seal (25 Nm) and reconnect the cylinder hoses.",
            "Fill the tank with new ISO VG 32 hydraulic oil: 12 L (TP-35) or 16 L (TP-50).",
            "Switch on and raise the lift without a load to about 500 mm.",
            "Open the bleed screw at the top of each cylinder by half a turn until oil without bubbles comes out, "
            "then close it (10 Nm).",
            "Raise the lift fully and lower it fully three times.",
            "With the lift fully down, top up to the MAX mark on the dipstick.",
        ],
    ),
    ("h", "10. Lowering without power"),
    (
        "p",
        "If the power fails with a vehicle raised, the lift can be lowered by hand. Two persons are needed.",
    ),
    (
        "ol",
        [
            "Switch off and lock the main switch.",
            "Clear the area under the vehicle.",
            "If the lift rests on the locks, it must first be lifted off them: the lift cannot be lowered by hand "
            "from the locks. Wait for the power to return, or call Kordell service.",
            "If the lift is off the locks, pull the lock release levers on both columns and hold them; the second "
            "person operates the valve.",
            "Turn the knurled manual lowering screw on the valve block anticlockwise slowly, at most one turn.",
            "Let the lift lower at a walking pace; close the screw at once if one side lags.",
            "When the lift is fully down, close the screw fully (hand-tight).",
            "Release the lock levers and check that both locks spring back.",
            "Do not use the lift again until it has been checked after the power returns.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 7"],
            ["Monthly", "Grease the carriage slide blocks and arm pins; check the lock bars and springs"],
            ["After the first 10 lifts, then every 6 months", "Check the anchor bolt torque"],
            ["6 months", "Check cable tension and carriage level (section 8); check the cable pulleys"],
            [
                "12 months",
                "Kordell service (E12 resets); thorough examination by a competent person per national rules",
            ],
            ["2 years or 4000 cycles, whichever comes first", "Change the hydraulic oil (section 9)"],
            ["6 years", "Replace the hydraulic hoses"],
        ],
        (60, 110),
    ),
    ("h", "12. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Anchor bolts M16", "110 Nm"],
            ["Anchor bolts M20", "180 Nm"],
            ["Arm pin retaining bolt M12", "75 Nm"],
            ["Cable end lock nut", "60 Nm"],
            ["Tank drain plug", "25 Nm"],
            ["Cylinder bleed screw", "10 Nm"],
        ],
        (110, 60),
    ),
    ("h", "13. Spare parts"),
    (
        "table",
        [
            ["Part", "TP-35", "TP-50"],
            ["Synchronisation cable (each)", "KDL-SC-095", "KDL-SC-110"],
            ["Rubber pad", "KDL-RP-120", "KDL-RP-140"],
            ["Lock solenoid 24 V DC", "KDL-LS-24", "KDL-LS-24"],
            ["Cylinder seal kit", "KDL-SK-35", "KDL-SK-50"],
            ["Lowering valve", "KDL-LV-08", "KDL-LV-10"],
            ["Height adapter set (4)", "KDL-HA-4", "KDL-HA-4"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Balvanto WB-72 wheel balancer
BALVANTO = [
    ("title", "Balvanto WB-72 Wheel Balancer\nOperator and Service Manual"),
    (
        "p",
        "Document BVT-OM-WB72-03, Edition 3, February 2025. Balvanto Garage Equipment. The WB-72 is a motor-driven "
        "wheel balancer for car, van and motorcycle wheels (motorcycle wheels with the adapter kit BVT-MC-1). It "
        "measures the rim distance and diameter with an automatic gauge arm and the rim width by hand with the rim "
        "calliper. The measuring spin runs with the wheel guard closed and the wheel stops at the end of each spin. "
        "Truck wheels, tyre changing and wheel alignment are not covered; the tyre changer and the aligner have their "
        "own manuals.",
    ),
    (
        "warn",
        "WARNING: Never start a spin with the wheel guard open or with tools on the tyre. Keep long hair, loose "
        "clothing and cloths away from the shaft. Remove stones from the tread and old weights before measuring.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Maximum wheel mass", "75 kg"],
            ["Rim diameter, settable", "10-30 in"],
            ["Rim diameter, measured by the gauge arm", "13-24 in"],
            ["Rim width, settable", "1.5-20 in"],
            ["Maximum wheel diameter", "1000 mm"],
            ["Maximum wheel width", "530 mm"],
            ["Shaft diameter", "40 mm"],
            ["Measuring speed", "160 rpm"],
            ["Cycle time, 15 in steel wheel", "6 s"],
            ["Resolution", "1 g (0.05 oz)"],
            ["Accuracy", "±1 g"],
            ["Supply", "230 V 1~ 50 Hz, 10 A slow fuse"],
            ["Power consumption", "0.4 kW"],
            ["Noise at the operator position", "below 70 dB(A)"],
            ["Mass", "128 kg"],
        ],
        (100, 70),
    ),
    ("h", "2. Installation"),
    (
        "p",
        "Stand the balancer on a flat concrete floor, on its three feet, with at least 500 mm free behind it and "
        "enough room in front to mount a wheel. It must not touch a wall or a workbench. Fix it to the floor with "
        "the three M10 anchor bolts supplied, tightened to 40 Nm. A balancer that rocks, or that stands on a wooden "
        "floor or a steel platform, gives readings that change from spin to spin. Connect it to a socket with a "
        "protective earth; the earth is also the electrical reference of the measuring sensors.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Do not brake the wheel with the hand. The wheel is braked electrically and stops within 6 s.",
            "The shaft threads and cones are precision parts: never hammer on the shaft or the quick nut.",
            "Switch off at the main switch before cleaning the machine or opening a cover.",
            "Use only the weights recommended by the wheel or vehicle maker; adhesive weights on a clean, dry, "
            "grease-free rim only.",
        ],
    ),
    ("h", "4. Settings menu"),
    (
        "cols",
        [
            ("h", "Threshold"),
            (
                "p",
                "Imbalance below the threshold is shown as 0. Default 5 g; settable 1 g, 5 g or 10 g. With the 5 g "
                "threshold the display also rounds to 5 g steps. Press FINE to see the exact value for one spin.",
            ),
            ("h", "Units"),
            (
                "p",
                "Imbalance in grams or ounces; rim diameter and width in inches or millimetres. Default g and in.",
            ),
            ("h", "Hood start"),
            (
                "p",
                "When on, closing the wheel guard starts the spin. Default on. Opening the guard during a spin stops "
                "and brakes the wheel and shows Err 5.",
            ),
            ("h", "Operators"),
            (
                "p",
                "Three operator profiles keep their own wheel dimensions, so two technicians can work on the same "
                "machine without retyping them. Select the profile with the OP key.",
            ),
            ("h", "Balancing programs"),
            (
                "p",
                "DYN places clip-on weights on both rim flanges. STAT gives one weight in the centre of the rim, for "
                "narrow wheels of 3.5 in or less and motorcycle wheels. ALU 1 to ALU 5 are for alloy wheels with "
                "adhesive weights at different positions; ALU-P takes both planes with the gauge arm and the weights "
                "are fitted with the arm. SPLIT hides an outer adhesive weight behind two spokes.",
            ),
            ("h", "Optimisation (OPT)"),
            (
                "p",
                "OPT turns the tyre on the rim so that the high point of the tyre meets the low point of the rim, "
                "which lowers the weight needed and the radial runout. OPT is proposed when the static imbalance "
                "is above 30 g.",
            ),
        ],
    ),
    ("h", "5. Balancing a wheel"),
    (
        "ol",
        [
            "Clean the wheel: remove stones, mud and all old weights, and check the tyre pressure.",
            "Wipe the shaft and the cone with a clean dry cloth.",
            "Choose the cone that fits the centre bore; push the wheel on from the back of the cone for most "
            "steel wheels, or with the cone from the front for alloy wheels with a deep bore.",
            "Fit the pressure cup and tighten the quick nut firmly by hand.",
            "Select the balancing program (DYN for steel wheels with clip-on weights, an ALU program for adhesive "
            "weights).",
            "Pull the gauge arm out to the rim flange, hold it still until the beep, and let it return; the distance "
            "and the diameter are stored.",
            "Measure the rim width with the calliper and enter it with the arrow keys.",
            "Close the wheel guard; the spin starts (hood start on) or press START.",
            "Wait for the wheel to stop, then open the guard.",
            "Turn the wheel by hand until the centre LED of the inner side lights, and fit the inner weight at 12 "
            "o'clock.",
            "Do the same for the outer side.",
            "Spin again. Both sides must show 0 with the set threshold; if not, correct with the weight shown.",
        ],
    ),
    ("h", "6. Self-calibration"),
    (
        "p",
        "Calibrate when the weekly check fails, after moving the machine and after replacing a sensor or the "
        "electronic board. Use the 100 g calibration weight BVT-CW-100 supplied with the machine, never a weight "
        "from the stock.",
    ),
    (
        "ol",
        [
            "Mount a steel wheel of 14-16 in in good condition, with the correct cone, and balance it to 0.",
            "Enter its dimensions with the gauge arm and the calliper.",
            "Open the menu SET > CAL > SPIN and confirm with ENTER; the display shows CAL 1.",
            "Close the guard and spin the wheel with no weight added.",
            "When CAL 2 shows, fit the 100 g calibration weight on the outer rim flange at 12 o'clock.",
            "Close the guard and spin.",
            "When CAL 3 shows, move the calibration weight to the inner rim flange at 12 o'clock.",
            "Close the guard and spin. The display shows CAL End and stores the values.",
            "Remove the calibration weight and spin: both sides must show 0.",
            "Check: fit the calibration weight on the outer flange and spin. The outer side must show 100 g ±2 g "
            "with the weight at 12 o'clock, and the inner side no more than 5 g.",
            "If the check fails, repeat from step 3 once; if it fails again, call Balvanto service.",
        ],
    ),
    ("h", "7. Gauge arm calibration"),
    (
        "ol",
        [
            "Open SET > CAL > GAUGE. The display shows d 0.",
            "With the gauge arm fully retracted at rest, press ENTER.",
            "When d 1 shows, pull the arm out and rest its tip on the flange of the shaft adapter, then press ENTER.",
            "When dia shows, lay the arm tip on the outer edge of the calibration cone (diameter engraved on the "
            "cone) and press ENTER.",
            "Check on a wheel of known size: the diameter read must be within 0.2 in of the nominal value.",
        ],
    ),
    ("h", "8. Error codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Cause and action"],
            ["Err 1", "No rotation", "Wheel did not turn: motor, belt or motor board. Check the belt first."],
            [
                "Err 2",
                "Speed too low",
                "Speed below 60 rpm during the measurement: wheel too heavy, belt slipping, brake dragging.",
            ],
            ["Err 3", "Imbalance too large", "More than 800 g on one side. Check the mounting; pre-balance the wheel."],
            ["Err 4", "Wrong direction", "Wheel turned backwards, or the position encoder reversed. Call service."],
            ["Err 5", "Guard opened", "Guard opened during the spin. Close it and spin again."],
            ["Err 6", "Guard not closed", "Start pressed with the guard open, or the guard switch out of adjustment."],
            [
                "Err 7",
                "Calibration error",
                "Calibration weight missing in step CAL 2 or CAL 3, or the wheel moved on "
                "the shaft. Repeat the self-calibration.",
            ],
            ["Err 8", "Memory error", "Calibration data lost. Repeat both calibrations."],
            ["Err 10", "Gauge arm", "Gauge arm potentiometer out of range. Repeat the gauge calibration."],
            ["Err 11", "Sensor signal", "No signal from a piezo sensor: connector loose or sensor broken."],
            ["Err 12", "Supply voltage", "Supply below 200 V or above 250 V."],
        ],
        (18, 40, 112),
    ),
    ("h", "9. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Readings change from one spin to the next by more than 5 g",
                "Machine not anchored or rocking; wheel not centred; dirt on the shaft or cone",
                "Anchor the machine (section 2); clean shaft and cone; remount the wheel",
            ],
            [
                "Wheel balanced to 0 but the car shakes at 90-110 km/h",
                "Radial runout of the tyre or rim, or the wheel not centred on the car hub",
                "Check the runout; use OPT; check the hub and the centring ring",
            ],
            [
                "Small residual imbalance moves round the wheel after each correction",
                "Threshold set to 1 g, or the wheel slipping on the cone",
                "Use the 5 g threshold; tighten the quick nut; use a better fitting cone",
            ],
            [
                "Diameter read wrongly by the gauge arm",
                "Gauge arm out of calibration",
                "Gauge arm calibration (section 7)",
            ],
            [
                "Adhesive weights fall off",
                "Rim not cleaned or cold; weight not pressed",
                "Clean with the cleaner, fit at room temperature, press firmly",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wipe the shaft, cones and pressure cup; never use solvents or grease on them"],
            [
                "Weekly",
                "Check with a balanced wheel: turn it by 180° on the shaft and spin; both sides must stay below 5 g",
            ],
            ["Monthly", "Check the belt tension and the guard switch; check with the calibration weight"],
            ["12 months", "Balvanto service: shaft runout, sensors, calibration"],
            ["When the threads are worn", "Replace the quick nut"],
        ],
        (50, 120),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Calibration weight 100 g", "BVT-CW-100"],
            ["Quick nut", "BVT-QN-40"],
            ["Cone set 43-116 mm (4 cones)", "BVT-CS-4"],
            ["Pressure cup with protector", "BVT-PC-1"],
            ["Drive belt", "BVT-DB-72"],
            ["Piezo sensor", "BVT-PS-2"],
            ["Motorcycle adapter kit", "BVT-MC-1"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Dynorra RB roller brake testers
DYNORRA = [
    ("title", "Dynorra RB Roller Brake Testers\nOperation and Maintenance Manual - RB-4 and RB-13"),
    (
        "p",
        "Document DYN-OM-RB-02, Edition 4, May 2025. Dynorra Test Systems. The RB-4 and RB-13 are pit-mounted roller "
        "brake testers. The RB-4 tests cars and vans up to 4000 kg axle load; the RB-13 tests trucks, buses and "
        "trailers up to 13 000 kg axle load and, with the switchable low range, cars and vans as well. Each tester has "
        "two roller sets, one per wheel, each driven by its own geared motor through a chain, with a free-running "
        "sensor roller between the two rollers that detects the wheel and its slip. The brake force is measured by a "
        "strain gauge load cell on the swinging gear motor. Apart from the values given for each model, both are "
        "built alike. The pit, its drainage and the national limits for brake efficiency are the test station's; the "
        "limits are entered in the test software by the station and are not given here.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand in front of or behind the vehicle, or walk over the rollers, while a test is "
        "running. The rollers start by themselves when both sensor rollers are pressed down.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RB-4", "RB-13"],
            ["Maximum axle load for testing", "4000 kg", "13 000 kg"],
            ["Maximum axle load for driving over", "5000 kg", "15 000 kg"],
            ["Test speed", "5.0 km/h", "2.5 km/h"],
            ["Brake force measuring range per wheel", "0-6 kN", "0-40 kN (low range 0-8 kN)"],
            ["Display resolution", "0.01 kN", "0.1 kN (low range 0.01 kN)"],
            ["Accuracy", "±2 % of reading", "±2 % of reading"],
            ["Roller diameter", "202 mm", "265 mm"],
            ["Roller length", "700 mm", "1000 mm"],
            ["Track width, minimum-maximum", "800-2200 mm", "900-2800 mm"],
            ["Roller surface", "Corundum in epoxy", "Welded hard-metal studs"],
            ["Slip cut-off", "30 %", "25 %"],
            ["Drive motors", "2 x 3.7 kW", "2 x 11 kW, star-delta start"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "63 A gG"],
            ["Pit per roller set, L x W x D", "2350 x 720 x 300 mm", "3300 x 1000 x 420 mm"],
            ["Mass per roller set", "380 kg", "1150 kg"],
            ["Chain", "3/4 in simplex", "1 1/4 in duplex"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Accuracy holds above 10 % of the measuring range, with the tester calibrated within the last 12 months. "
        "The RB-13 low range is selected by the software for axles under 3500 kg.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Switch off and lock the main switch before entering the pit or removing a cover plate.",
            "Do not test vehicles with the tyre pressure far below the maker's value, with studded or chained tyres, "
            "or with tracks: they damage the roller surface.",
            "Vehicles with permanent four-wheel drive or a viscous coupling may only be tested if the vehicle maker "
            "allows it, and with the test mode 4WD, which turns the two rollers in opposite directions.",
            "Keep the pit covers in place when the tester is not in use.",
        ],
    ),
    ("h", "3. Test sequence and settings"),
    (
        "cols",
        [
            ("h", "Start"),
            (
                "p",
                "The motors start 3 s after both sensor rollers are pressed down and the wheels have stopped moving. "
                "With only one sensor roller pressed the motors do not start (display: ONE WHEEL).",
            ),
            ("h", "Slip cut-off"),
            (
                "p",
                "When the speed of a sensor roller falls by the cut-off slip (30 % on the RB-4, 25 % on the RB-13) "
                "compared with the rollers, both motors stop at once. The maximum force reached before the cut-off "
                "is stored. The motors restart after 3 s if the wheels are still on the rollers.",
            ),
            ("h", "Imbalance"),
            (
                "p",
                "Imbalance is the difference between the left and right brake force of an axle, as a percentage "
                "of the larger force: (larger - smaller) / larger x 100 %. It is shown red above the imbalance limit, "
                "default 30 %, settable 10-50 %. It is taken over the whole pedal stroke, not only at the maximum.",
            ),
            ("h", "Fluctuation (ovality)"),
            (
                "p",
                "With a light, steady pedal force the tester records the brake force over one wheel turn. "
                "Fluctuation is (highest - lowest) / highest x 100 %. Default limit 20 %, settable 10-40 %. A high "
                "fluctuation points to oval drums or discs with runout or thickness variation.",
            ),
            ("h", "Rolling resistance"),
            (
                "p",
                "Measured in the first 2 s after the start with no pedal force. A value above 0.5 kN per wheel "
                "(RB-4) or 1.5 kN per wheel (RB-13) is flagged: a dragging brake, seized caliper or handbrake on.",
            ),
            ("h", "Exit aid"),
            (
                "p",
                "After the test the rollers are held by the motor brakes for 10 s so that the vehicle can drive out. "
                "Leave within this time; afterwards the rollers turn freely.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "T01",
                "Motor protection left",
                "Motor circuit breaker tripped. Too many tests in a row or a heavy axle on the RB-4; wait 15 min.",
            ],
            ["T02", "Motor protection right", "As T01, right roller set."],
            ["T03", "Load cell left", "Signal out of range or cable broken. Check the plug in the pit."],
            ["T04", "Load cell right", "As T03, right roller set."],
            [
                "T05",
                "Sensor roller left",
                "No pulse from the sensor roller. Check that it turns freely and the sensor gap is 1-2 mm.",
            ],
            ["T06", "Sensor roller right", "As T05, right roller set."],
            ["T07", "Phase sequence", "Rollers would turn backwards. Electrician to swap two phases at the supply."],
            [
                "T08",
                "Zero drift",
                "Load cell reading more than 0.1 kN (RB-4) or 0.5 kN (RB-13) with the rollers "
                "standing. Let it warm 10 min; re-zero; calibrate.",
            ],
            ["T10", "Axle overload", "Axle weight above the test limit (scale option only). Do not test."],
            ["T11", "Communication", "No data between the pit electronics and the display console."],
            ["T12", "Calibration due", "12 months since the last calibration."],
            ["T13", "Emergency stop", "Emergency stop pressed."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Motors stop at once at the start, no force shown",
                "Handbrake on, or a seized brake: slip cut-off at the start",
                "Release the handbrake; check the rolling resistance",
            ],
            [
                "Motors do not start with the vehicle on the rollers",
                "One sensor roller not pressed (narrow track or small wheel), or a sensor roller stuck",
                "Check the display message; free the sensor roller",
            ],
            [
                "Low forces on all vehicles, wheels slip early",
                "Roller surface worn smooth or wet",
                "Dry the rollers; renew the coating when the grit is worn off",
            ],
            [
                "Left and right forces differ on every vehicle in the same way",
                "Calibration of one side out",
                "Calibration check (section 7)",
            ],
            [
                "Chain noise, jerky start",
                "Chain too slack or dry",
                "Adjust and lubricate the chains (section 8)",
            ],
            [
                "Forces jump up and down with the wheel turn",
                "Oval drum or disc with thickness variation on the vehicle",
                "Read the fluctuation value; the tester is working",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Carrying out a brake test"),
    (
        "ol",
        [
            "Check the tyre pressures and that the tyres are free of stones and water.",
            "Enter the vehicle data in the test software and select the test mode (2WD or 4WD).",
            "Drive the first axle straight onto the rollers at walking pace and stop with the wheels in the middle of "
            "the rollers.",
            "Put the gearbox in neutral (automatic: N), release the handbrake and take the feet off the pedals.",
            "Wait for the motors to start. Read the rolling resistance during the first 2 s.",
            "Press the brake pedal lightly and steadily for one wheel turn to record the fluctuation.",
            "Increase the pedal force slowly and steadily until the slip cut-off stops the rollers, or until the "
            "maximum force is reached.",
            "Release the pedal. Wait for the rollers to restart.",
            "For the axle with the parking brake, apply the parking brake slowly until the cut-off.",
            "Leave the rollers within the 10 s of the exit aid and drive the next axle on.",
            "Repeat steps 4-9 for each axle.",
            "Check the results: imbalance and fluctuation against the limits set, efficiency against the national "
            "limits entered by the station.",
            "Print or store the test report.",
        ],
    ),
    ("h", "7. Calibration check"),
    (
        "p",
        "The calibration lever DYN-CL-4 (RB-4) or DYN-CL-13 (RB-13) is bolted to the gear motor housing. Its "
        "weight hanger is at five times the roller radius on the RB-4 and ten times the roller radius on the RB-13, "
        "so the display shows five or ten times the force of the weights hung on it.",
    ),
    (
        "ol",
        [
            "Switch off and lock the main switch; remove the cover plate over the roller set.",
            "Let the electronics warm up for at least 10 min after switching the console on.",
            "Bolt the calibration lever to the gear motor housing of the left roller set with the two M12 bolts.",
            "Select SERVICE > CAL CHECK LEFT on the console. With the lever fitted and no weights, press ZERO.",
            "Hang the test weights: 100 kg on the RB-4 lever, 300 kg on the RB-13 lever.",
            "Read the force. It must be 4.91 kN (RB-4) or 29.43 kN (RB-13) within ±2 %: 4.81-5.00 kN or "
            "28.84-30.02 kN.",
            "Remove the weights; the reading must return to within 0.05 kN (RB-4) or 0.2 kN (RB-13) of zero.",
            "If the reading is outside the band, select CAL ADJUST and follow the console, or call Dynorra service.",
            "Remove the lever and repeat steps 3-8 on the right roller set.",
            "Refit the cover plates.",
            "Record the results; the console resets T12.",
        ],
    ),
    ("h", "8. Chains"),
    (
        "p",
        "Check the chain sag at the middle of the lower strand, pressing by hand: 8-12 mm on the RB-4, 15-20 mm on the "
        "RB-13. Adjust with the tensioner bolts of the gear motor base, keeping the sprockets in line, and lubricate "
        "the chain with chain spray. A chain that has lengthened by 2 % or more over its pitch must be replaced "
        "together with its sprockets.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the sensor rollers turn freely; remove stones and grit from the rollers"],
            ["Weekly", "Clean the pits; check the pit drain; check the cover plates are tight"],
            ["3 months", "Check chain sag, lubricate the chains; grease the roller bearings (2 strokes each)"],
            ["12 months", "Calibration check (section 7); check the roller coating; Dynorra service"],
            ["When the grit is worn through", "Renew the roller coating (RB-4) or re-stud the rollers (RB-13)"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RB-4", "RB-13"],
            ["Load cell", "DYN-LC-06", "DYN-LC-40"],
            ["Sensor roller proximity sensor", "DYN-PS-18", "DYN-PS-18"],
            ["Chain", "DYN-CH-34", "DYN-CH-54"],
            ["Calibration lever", "DYN-CL-4", "DYN-CL-13"],
            ["Roller coating kit", "DYN-RC-4", "-"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Frigomark AR refrigerant recovery stations
FRIGOMARK = [
    ("title", "Frigomark AR Refrigerant Recovery Stations\nUser and Maintenance Manual - AR-34 and AR-YF"),
    (
        "p",
        "Document FGM-UM-AR-06, Edition 1, January 2025. Frigomark Service Equipment. The AR-34 (R134a) and AR-YF "
        "(R1234yf) are fully automatic stations for the recovery, recycling, evacuation and recharging of vehicle "
        "air conditioning systems. Each station works with one refrigerant only, and its service couplers fit only "
        "that refrigerant. Apart from the refrigerant and the values given for each model, the two stations are "
        "built alike. The vehicle database and the refrigerant quantities of each vehicle are supplied with the "
        "database updates; hybrid and electric vehicles with electric compressors need the oil set out in the "
        "vehicle data, which this manual does not give.",
    ),
    (
        "warn",
        "WARNING: Wear safety glasses and refrigerant-proof gloves: liquid refrigerant causes frostbite. R1234yf is "
        "mildly flammable (class A2L): no naked flames or sparks, and work in a ventilated area. Only persons "
        "certified for vehicle air conditioning work may use the station.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AR-34", "AR-YF"],
            ["Refrigerant", "R134a", "R1234yf"],
            ["Internal tank capacity", "20 kg", "12 kg"],
            ["Maximum fill of the tank (80 %)", "16.0 kg", "9.6 kg"],
            ["Recovery rate, liquid", "up to 450 g/min", "up to 400 g/min"],
            ["Vacuum pump displacement", "142 L/min", "170 L/min"],
            ["Final vacuum of the pump", "0.05 mbar", "0.02 mbar"],
            ["Vacuum pump oil", "280 mL", "350 mL"],
            ["Scale accuracy", "±10 g", "±5 g"],
            ["Charge accuracy", "±15 g", "±10 g"],
            ["Refrigerant identifier", "option", "built in"],
            ["Filter drier replacement", "100 kg recovered or 12 months", "60 kg recovered or 12 months"],
            ["High pressure switch", "20 bar", "20 bar"],
            ["Service hoses", "3 m", "3 m"],
            ["Supply 230 V 1~ 50 Hz", "1.0 kW", "1.1 kW"],
            ["Ambient temperature in use", "10-50 °C", "10-50 °C"],
            ["Mass, tank empty", "92 kg", "98 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never recover a refrigerant of unknown type into the station. If the identifier rejects the gas "
            "(AL05), recover it with a separate recovery unit into a cylinder marked for contaminated refrigerant.",
            "Never fill the internal tank beyond its maximum fill; the station stops recovery at 80 % (AL03).",
            "Move the station only with the tank valves closed and the scale transport lock engaged.",
            "Do not release refrigerant to the atmosphere. Used oil from the waste oil bottle is hazardous waste.",
        ],
    ),
    ("h", "3. Programme settings"),
    (
        "cols",
        [
            ("h", "Recovery"),
            (
                "p",
                "Recovery ends when the pressure has stayed at or below -0.2 bar for 60 s. The station then waits "
                "3 min; if the pressure has risen above 0.0 bar in that time it recovers again. The recovered oil is "
                "drained into the waste oil bottle and weighed.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "Default vacuum time 20 min, settable 1-99 min. If the pressure is not below 20 mbar after 8 min the "
                "station stops with AL04. A system that has been open for repairs should be evacuated for at least "
                "30 min.",
            ),
            ("h", "Leak test"),
            (
                "p",
                "After the vacuum the station holds for 3 min. The pressure must be below 5 mbar when the hold "
                "starts. A rise of more than 10 mbar in the hold time fails the leak test (AL07) and the station "
                "does not charge.",
            ),
            ("h", "Oil injection"),
            (
                "p",
                "By default the station injects the quantity of oil drained during recovery. Add the quantity for "
                "replaced parts from the vehicle data. Oil is injected under vacuum, before the refrigerant. Never "
                "inject oil into a system that is not under vacuum.",
            ),
            ("h", "Hose compensation"),
            (
                "p",
                "The refrigerant left in the two 3 m service hoses is taken into account automatically: the station "
                "adds 30 g to the charge. With other hose lengths enter the length in SET > HOSES.",
            ),
            ("h", "Non-condensable purge"),
            (
                "p",
                "The station compares the tank pressure with the saturation pressure of the refrigerant at the tank "
                "temperature. When it is more than 1.5 bar above, air is purged automatically at the end of the "
                "recovery.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "AL01",
                "High pressure",
                "Above 20 bar: condenser fan of the station stopped, ambient above 50 °C or a tank valve closed.",
            ],
            [
                "AL02",
                "Tank low",
                "Less refrigerant in the tank than the charge plus 1.0 kg. Refill the tank (section 8).",
            ],
            ["AL03", "Tank full", "Tank at its maximum fill. Transfer refrigerant to an external cylinder."],
            [
                "AL04",
                "Vacuum not reached",
                "Not below 20 mbar after 8 min: leak in the vehicle or the hoses, coupler "
                "not opened, or vacuum pump oil worn out.",
            ],
            [
                "AL05",
                "Refrigerant rejected",
                "Identifier: purity below 98.0 % or wrong refrigerant. Do not recover into the station.",
            ],
            [
                "AL06",
                "System empty",
                "Vehicle pressure below 0.5 bar at the start: nothing to recover. Go on to the vacuum and leak test.",
            ],
            [
                "AL07",
                "Leak test failed",
                "Pressure rise of more than 10 mbar during the hold. Find and repair the leak before charging.",
            ],
            ["AL08", "Fresh oil low", "Fresh oil bottle below 50 mL."],
            ["AL09", "Scale error", "Scale transport lock engaged, or the scale out of range."],
            ["AL11", "Filter drier due", "Recovered quantity or time for the filter drier reached."],
            ["AL12", "Vacuum pump oil due", "10 h of vacuum pump running since the last oil change."],
            ["AL13", "Service due", "12 months since the last Frigomark service."],
            [
                "AL14",
                "Charge incomplete",
                "Vehicle pressure equalised with the station before the full quantity was "
                "charged. Start the engine and the A/C and charge the rest through the low side.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Recovery very slow, frost on the hoses",
                "Low ambient temperature, coupler half open, or a blocked orifice tube in the vehicle",
                "Open both couplers fully; work above 15 °C if possible",
            ],
            [
                "Tank pressure high after recovery, station warm",
                "Air (non-condensables) in the tank",
                "Let the tank cool to ambient; the purge runs at the next recovery",
            ],
            [
                "Vacuum pump oil milky or cloudy",
                "Moisture drawn from an open system",
                "Change the vacuum pump oil at once (section 7)",
            ],
            [
                "Charge stops short with AL14",
                "Vehicle system warm, pressure equal to the tank",
                "Charge the rest with the engine and A/C running",
            ],
            [
                "Oil level in the waste bottle does not change",
                "Drain solenoid stuck, or a system with very little oil",
                "Check the solenoid; compare with the vehicle data",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Automatic service"),
    (
        "ol",
        [
            "Check the tank contents on the display: at least the charge quantity plus 1.0 kg.",
            "Check the fresh oil bottle (and the UV dye bottle, if used) and empty the waste oil bottle.",
            "Switch off the vehicle engine and the A/C.",
            "Connect the high side (red) and low side (blue) couplers to the vehicle service ports and open them by "
            "turning the knobs clockwise.",
            "Select the vehicle in the database, or enter the charge quantity from the label under the bonnet.",
            "Select AUTO and check the settings shown: vacuum time, leak test, oil, charge.",
            "Press START. The station identifies the refrigerant (AR-YF; AR-34 with the identifier option).",
            "Recovery runs and the recovered quantity and the drained oil are shown.",
            "The vacuum runs for the set time, followed by the 3 min leak test.",
            "Oil (and dye) are injected under vacuum.",
            "The refrigerant is charged through the high side.",
            "When END shows, close both couplers (anticlockwise) and remove them from the vehicle.",
            "Press HOSES: the station recovers the refrigerant left in the hoses.",
            "Start the engine and the A/C and check the outlet temperature and the pressures.",
            "Print the report and fit the caps on the service ports.",
        ],
    ),
    ("h", "7. Changing the vacuum pump oil"),
    (
        "ol",
        [
            "Run the vacuum pump for 5 min with the hoses closed to warm the oil (SET > SERVICE > PUMP).",
            "Switch off and unplug the station.",
            "Remove the rear panel.",
            "Place a container under the pump and remove the drain plug; let the oil drain fully.",
            "Refit the drain plug.",
            "Remove the filler plug and fill with Frigomark vacuum pump oil VP-46: 280 mL (AR-34) or 350 mL (AR-YF), "
            "to the middle of the sight glass.",
            "Refit the filler plug and the rear panel.",
            "Switch on and reset the counter under SET > SERVICE > RESET OIL; AL12 clears.",
            "Dispose of the used oil as hazardous waste.",
        ],
    ),
    ("h", "8. Refilling the internal tank"),
    (
        "ol",
        [
            "Use a new cylinder of the station's refrigerant only (R134a or R1234yf).",
            "Connect the cylinder to the high side hose; for a cylinder without a dip tube, turn it upside down so "
            "that liquid comes out.",
            "Open the cylinder valve.",
            "Select SET > TANK FILL and enter the quantity; the station limits it to the maximum fill.",
            "Press START. The station fills the tank by recovery.",
            "When the display shows END, close the cylinder valve.",
            "Press HOSES to clear the hose and disconnect the cylinder.",
            "Check the tank contents: no more than 16.0 kg (AR-34) or 9.6 kg (AR-YF).",
        ],
    ),
    ("h", "9. Replacing the filter drier"),
    (
        "ol",
        [
            "Recover the refrigerant from the hoses (HOSES) and close both tank valves.",
            "Switch off and unplug the station.",
            "Remove the front panel.",
            "Put on glasses and gloves. Loosen the two filter unions slowly to let the remaining pressure out.",
            "Remove the old filter drier and fit the new one FGM-FD-34 (AR-34) or FGM-FD-YF (AR-YF) with the flow "
            "arrow pointing to the compressor, with new seals.",
            "Tighten the unions to 25 Nm.",
            "Open the tank valves and switch the station on.",
            "Select SET > SERVICE > FILTER: the station evacuates the filter for 15 min.",
            "Check the unions with a leak detector.",
            "Refit the front panel and reset the filter counter; AL11 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the hoses and couplers for damage; empty the waste oil bottle"],
            ["10 h of vacuum pump running (AL12)", "Change the vacuum pump oil (section 7)"],
            ["100 kg (AR-34) or 60 kg (AR-YF) recovered, or 12 months", "Replace the filter drier (section 9)"],
            ["Monthly", "Check the scale with a known weight of 5 kg"],
            ["12 months", "Frigomark service (AL13): leak check of the station, scale calibration"],
            ["3 years", "Replace the service hoses"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "AR-34", "AR-YF"],
            ["Filter drier", "FGM-FD-34", "FGM-FD-YF"],
            ["Service hose set 3 m", "FGM-HS-34", "FGM-HS-YF"],
            ["High side coupler", "FGM-CH-34", "FGM-CH-YF"],
            ["Low side coupler", "FGM-CL-34", "FGM-CL-YF"],
            ["Vacuum pump oil VP-46, 1 L", "FGM-VP-46", "FGM-VP-46"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kordell-tp-two-post-vehicle-lift.pdf", "Kordell KDL-OM-TP-05 Ed 2 - TP-35 / TP-50", KORDELL),
        ("balvanto-wb-wheel-balancer.pdf", "Balvanto BVT-OM-WB72-03 Ed 3 - WB-72", BALVANTO),
        ("dynorra-rb-roller-brake-tester.pdf", "Dynorra DYN-OM-RB-02 Ed 4 - RB-4 / RB-13", DYNORRA),
        ("frigomark-ar-refrigerant-recovery-station.pdf", "Frigomark FGM-UM-AR-06 Ed 1 - AR-34 / AR-YF", FRIGOMARK),
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
