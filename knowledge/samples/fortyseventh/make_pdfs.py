"""Generate the PDF manuals of the forty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set47venv && /tmp/set47venv/bin/pip install fpdf2 pypdf
    /tmp/set47venv/bin/python knowledge/samples/fortyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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



# ---------------------------------------------------------------- Kerbury KS road sweeper suction system
KERBURY = [
    ("title", "Kerbury KS Truck-Mounted Sweeper Suction System\nOperation and Maintenance - KS-4 and KS-6"),
    (
        "p",
        "Document KBY-OM-KS-11, Edition 3, March 2025. Kerbury Street Cleansing Ltd. The KS-4 and KS-6 are "
        "suction sweeper bodies for truck chassis. Two side brushes sweep debris into the path of a suction mouth; "
        "a centrifugal fan driven by an auxiliary diesel engine draws the debris up the suction hose into the "
        "hopper, where the air slows down, drops the debris and leaves through the screens. Water from the clean "
        "water tank is sprayed at the brushes and the mouth to keep the dust down. The two models share the fan "
        "housing, the controls and the brush gear; they differ in hopper size, water tank, fan, auxiliary engine "
        "and the chassis they are built on. The truck chassis, its brakes, steering and tipping approval are covered "
        "by the chassis maker's handbook. The auxiliary engine has its own engine maker's manual, which governs its "
        "oil, filters and service intervals.",
    ),
    (
        "warn",
        "WARNING: Never open the hopper door or reach into the suction mouth while the fan is turning. After "
        "switching the fan off, wait at least 60 s for the impeller to run down before opening any inspection "
        "hatch. Never stand or work under a raised hopper unless both hopper props are in place.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KS-4", "KS-6"],
            ["Hopper volume, gross", "4.0 m³", "6.0 m³"],
            ["Maximum hopper payload (sweepings at about 1.25 t/m³)", "5000 kg", "7500 kg"],
            ["Clean water tank", "600 L", "900 L"],
            ["Minimum chassis gross vehicle weight", "12 t", "18 t"],
            ["Auxiliary diesel engine, rated power", "55 kW at 2600 rpm", "74 kW at 2400 rpm"],
            ["Fan impeller diameter", "720 mm", "800 mm"],
            ["Fan speed, sweeping", "2600 rpm", "2400 rpm"],
            ["Airflow at sweeping fan speed, clean screens, door closed", "10,500 m³/h", "13,200 m³/h"],
            ["Suction mouth width / suction hose bore", "750 mm / 250 mm", "850 mm / 300 mm"],
            ["Wander hose (rear mounted), bore x length", "200 mm x 4 m", "200 mm x 4 m"],
            ["Side brush diameter, speed", "850 mm, 0-120 rpm", "850 mm, 0-120 rpm"],
            ["Sweeping width with both side brushes", "2400 mm", "2700 mm"],
            ["Dust suppression water pump, pressure", "6 bar", "6 bar"],
            ["Hydraulic system, working pressure", "180 bar", "200 bar"],
            ["Hydraulic oil ISO VG 46, tank", "70 L", "95 L"],
            ["Hopper tipping angle", "50°", "50°"],
            ["Maximum sweeping speed", "15 km/h", "15 km/h"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The airflow figures hold only at the sweeping fan speed with clean hopper screens and the hopper door "
        "closed and sealed; they are not given for the wander hose or for partly blocked screens. The hopper "
        "payload is a mass limit, not a volume: wet leaves, silt and gully arisings can reach the payload long "
        "before the hopper is full by volume. Never exceed the payload, whatever the hopper level indicator shows.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Sweep only with the beacons and the rear work lights on. The driver is responsible for the traffic "
            "management required by the site's or the highway authority's rules; this manual does not set them.",
            "Tip the hopper only with the vehicle on firm, level ground, no more than 3° side slope, and with no "
            "overhead lines within 5 m of the raised hopper.",
            "Fit both hopper props before any work under the raised hopper. The props are rated for the empty "
            "hopper only.",
            "Do not use the suction system for liquids, fuel spills, asbestos or clinical waste. Such spills are "
            "for a specialist contractor.",
            "Hearing protection is required within 3 m of the rear while the fan runs.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Fan speed"),
            (
                "p",
                "The fan speed is set by the engine governor and shown on the cab display. Sweeping speed is 2600 "
                "rpm on the KS-4 and 2400 rpm on the KS-6. Economy mode runs the fan at 80 % of sweeping speed for "
                "light debris. Never run the fan above the sweeping speed: the impeller tip speed is then close to "
                "its limit of 100 m/s.",
            ),
            ("h", "Impeller wear"),
            (
                "p",
                "Replace the impeller when any blade is worn to less than 4 mm thickness at the tip or after 2500 "
                "fan hours, whichever comes first. A worn impeller is never rebalanced on site; balancing and "
                "re-blading are done by Kerbury service only.",
            ),
            ("h", "Water"),
            (
                "p",
                "Dust suppression must be on whenever the brushes turn. The spray stops automatically when the tank "
                "is below 10 % (alarm F06). Below 2 °C ambient the water system must be drained at the end of the "
                "shift (section 9); the water pump is not frost protected.",
            ),
            ("h", "Fan bearings"),
            (
                "p",
                "The fan bearing sensor warns at 85 °C (F04) and stops the fan at 95 °C. Normal running temperature "
                "is 50-70 °C. A bearing that repeatedly runs above 80 °C must be checked for lubrication and wear.",
            ),
            ("h", "Suction mouth height"),
            (
                "p",
                "Set the front skid of the suction mouth 15 mm above the road, within ±3 mm, with the mouth lowered "
                "on a level floor. A mouth set too high loses pick-up; set too low, it pushes debris and wears the "
                "rubber flap.",
            ),
            ("h", "Hopper door seal"),
            (
                "p",
                "The rubber door seal must be replaced when it is split or permanently flattened by more than 5 mm. "
                "A leaking door seal lets air in and reduces suction at the mouth.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed in the cab or at the rear. Release and press RESET."],
            ["F02", "Aux engine oil pressure", "Engine stopped by its own protection. See the engine maker's manual."],
            ["F03", "Aux engine temperature", "Radiator blocked by dust or coolant low. Clean the radiator core."],
            ["F04", "Fan bearing hot", "Bearing above 85 °C. Stop the fan, check grease and bearing play."],
            ["F05", "Hopper door open", "Door not closed or its proximity switch out of adjustment (gap 3-5 mm)."],
            ["F06", "Water low", "Clean water tank below 10 %. Refill; spray stopped."],
            ["F07", "Hopper full (mass)", "Load cells read more than the payload. Stop sweeping and empty the hopper."],
            ["F08", "Hydraulic oil hot", "Oil above 80 °C. Check the oil cooler fan and the cooler fins."],
            ["F10", "Brush overload", "Side brush stalled by an obstacle or wire wrapped round the hub."],
            ["F11", "Prop not stowed", "Hopper prop switch open with the hopper down. Stow the props."],
            ["F12", "Service due", "500 fan hours since the last service. The system still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Debris left behind, poor pick-up at the mouth",
                "Hopper screens blocked, door seal leaking, suction hose holed or mouth set too high",
                "Wash the screens, check the door seal and the hose, reset the mouth to 15 mm",
            ],
            [
                "Dust cloud behind the vehicle",
                "Spray nozzles blocked, water tank empty or the screens torn",
                "Clean the nozzles and the water filter; check the screens",
            ],
            [
                "Loud rattle and vibration from the fan housing",
                "Debris stuck on the impeller, or the impeller worn and out of balance",
                "Stop at once, wait 60 s, inspect; a worn impeller is for Kerbury service",
            ],
            [
                "Brushes slow down on hills",
                "Hydraulic oil hot or the pump worn",
                "Check the oil level and the cooler; measure the pressure (180 bar / 200 bar)",
            ],
            [
                "Hopper will not tip",
                "Door lock not released, F11 prop switch, or the vehicle not in neutral with the parking brake on",
                "Release the door lock first; stow the props; apply the parking brake",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting to sweep"),
    (
        "ol",
        [
            "Check the water tank level, the hopper door closed and locked and both props stowed.",
            "Start the auxiliary engine from the cab panel and let it idle for 2 min.",
            "Lower the suction mouth and the side brushes with the joystick.",
            "Switch on the dust suppression and check the spray at both brushes.",
            "Select SWEEP: the engine rises to the sweeping fan speed.",
            "Drive off at no more than 15 km/h; 6-10 km/h gives the best pick-up on kerb lines.",
            "Raise the brushes and the mouth before reversing; the mouth flap is damaged when reversed on the road.",
        ],
    ),
    ("h", "7. Tipping the hopper"),
    (
        "ol",
        [
            "Drive to the tipping point approved by the site. Disposal of the sweepings follows the site's waste "
            "permit, not this manual.",
            "Park on firm ground with no more than 3° side slope; apply the parking brake.",
            "Stop the fan and wait at least 60 s.",
            "Release the hopper door lock and open the door fully.",
            "Raise the hopper slowly to 50° and let the load slide out; use the wash-down gun for stuck material.",
            "Lower the hopper fully, close the door and check that F05 is cleared.",
        ],
    ),
    ("h", "8. Inspecting the fan impeller"),
    (
        "ol",
        [
            "Stop the auxiliary engine, remove the key and wait at least 60 s.",
            "Open the fan inspection hatch (8 x M10 bolts) and lock the impeller with the locking pin.",
            "Clean the blades and measure the thickness at the tip of each blade with a caliper.",
            "Replace the impeller if any blade is below 4 mm; do not weld or grind the blades.",
            "Check the liner plate for holes; a holed liner lets air bypass the hopper.",
            "Remove the locking pin, refit the hatch with a new gasket and torque the bolts to 45 Nm.",
        ],
    ),
    ("h", "9. Draining the water system for frost"),
    (
        "ol",
        [
            "Park on level ground and empty the water tank through the drain valve at the rear.",
            "Open the filter bowl and remove the filter element.",
            "Run the water pump for no more than 30 s to blow out the lines, then switch it off.",
            "Open the low point drain at the front spray bar and leave it open overnight.",
            "Leave a tag on the cab panel: WATER SYSTEM DRAINED.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wash the hopper and the screens; check the brushes, spray nozzles and mouth flap; grease the brush arms"],
            ["Weekly", "Check the suction hose for holes and the door seal; check the fan bearing temperature on the display"],
            ["500 fan hours", "Grease the fan bearings (30 g each, lithium EP2); check the impeller thickness"],
            ["1000 fan hours or 12 months", "Change the hydraulic oil return filter; check the hydraulic hoses"],
            ["2000 fan hours or 24 months, whichever comes first", "Change the hydraulic oil (ISO VG 46)"],
            ["2500 fan hours", "Replace the impeller"],
        ],
        (50, 120),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KS-4", "KS-6"],
            ["Fan impeller, balanced", "KBY-4410", "KBY-6410"],
            ["Hopper door seal, per metre", "KBY-2201", "KBY-2201"],
            ["Suction hose with cuffs", "KBY-4630 (250 mm)", "KBY-6630 (300 mm)"],
            ["Side brush, steel and polypropylene", "KBY-1185", "KBY-1185"],
            ["Mouth rubber flap", "KBY-4702", "KBY-6702"],
            ["Spray nozzle, 80° flat jet", "KBY-0915", "KBY-0915"],
            ["Hydraulic return filter element", "KBY-3312", "KBY-3312"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tipplund TL refuse truck bin lifter
TIPPLUND = [
    ("title", "Tipplund TL Rear Bin Lifter\nOperator and Service Manual - TL-500 and TL-700"),
    (
        "p",
        "Document TPL-SM-TL-07, Edition 2, January 2025. Tipplund Refuse Systems. The TL-500 and TL-700 are "
        "hydraulic bin lifters fitted to the rear of a refuse collection body. A split comb lifts one or two "
        "two-wheeled bins; the TL-700 adds trunnion arms for four-wheeled containers. Lifting, tipping and the "
        "shake at the top are controlled by a programmable control unit. Both models are built alike apart from "
        "the trunnion arms, the cylinders, the lifting load and the cycle time. The refuse body, its compaction "
        "mechanism, the tailgate and the PTO are covered by the body maker's manual. The periodic thorough "
        "examination of the lifter required by national rules is arranged by the vehicle operator and is not "
        "described here.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand in the danger zone, 1 m either side of the lifter and 2 m behind it, while the "
        "lifter moves. Never ride on the footboard while the lifter is in use. Never clear a jammed bin with your "
        "hands while the hydraulics are live.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TL-500", "TL-700"],
            ["Rated lifting load, total", "500 kg", "700 kg"],
            ["Load per comb half (two bins lifted together)", "250 kg", "250 kg"],
            ["Two-wheeled bins (EN 840-1), 80-360 L", "yes, one or two", "yes, one or two"],
            ["Four-wheeled containers (EN 840-2/3), 660-1100 L, trunnion arms", "no", "yes, one at a time"],
            ["Maximum load on the trunnion arms", "-", "700 kg"],
            ["Cycle time, up, shake and down, two-wheeled bins", "7 s", "8 s"],
            ["Cycle time, four-wheeled container", "-", "11 s"],
            ["Tipping angle from vertical", "45°", "45°"],
            ["Hydraulic working pressure", "160 bar", "180 bar"],
            ["Oil flow required from the body pump", "25 L/min", "35 L/min"],
            ["Lifting cylinders, bore x stroke", "2 x 50 x 320 mm", "2 x 63 x 320 mm"],
            ["Control supply", "24 V DC", "24 V DC"],
            ["Mass of the lifter", "410 kg", "520 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated lifting load includes the bin or container itself. The cycle times hold only with the body "
        "hydraulic oil between 30 °C and 60 °C and the engine at the PTO speed given by the body maker; with cold "
        "oil the cycle is slower, and the TL-500 cycle time with cold oil is not stated. The TL-500 is not fitted "
        "with trunnion arms and cannot be converted to them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained crew may operate the lifter. Operate it only from the control station at the side of the "
            "body, from where the danger zone can be seen.",
            "The lifter is locked out while the vehicle moves faster than 3 km/h and while the footboard sensors "
            "detect a person.",
            "Never lift a bin that is overloaded, damaged or has a broken lid hinge or handle. Report it to the "
            "container owner; repairs to bins are not covered here.",
            "Never lift hot ashes, liquids, gas cylinders or bins that are frozen to the ground.",
            "Before any work on the lifter, lower it fully, stop the engine, switch off the PTO and fit the "
            "maintenance lock bar.",
        ],
    ),
    ("h", "3. Control settings"),
    (
        "cols",
        [
            ("h", "Shake"),
            (
                "p",
                "At the top of the cycle the lifter shakes the bin to empty it. The shake count is set in the "
                "service menu, default 2, settable 0-3. No more than 3 shakes per cycle are allowed: each shake "
                "strikes the bin against the stop and wears the comb rubbers.",
            ),
            ("h", "Speed"),
            (
                "p",
                "The lifter slows down for the last 10° before the top stop and before the bottom rest position. "
                "The slow-down points are set by the angle sensor and must not be moved without a new angle "
                "calibration (section 8).",
            ),
            ("h", "Comb lock"),
            (
                "p",
                "The comb lock flap closes over the bin rim at 15° of lift. If the bin rim is not detected by the "
                "comb lock switch within 1.5 s the lifter stops and returns to the rest position (L04).",
            ),
            ("h", "Overload"),
            (
                "p",
                "The pressure transducer compares the lifting pressure with the rated load. Above 110 % of the rated "
                "lifting load the lift stops and the bin is lowered (L03). Repeated overloads are logged and count "
                "towards the service interval.",
            ),
            ("h", "Weighing"),
            (
                "p",
                "Where an approved weighing kit is fitted, the weighing functions and their calibration are described "
                "in the weighing kit's own manual; the lifter control only passes the signal on.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below 0 °C run the lifter through five empty cycles before the first bin. Below -15 °C the "
                "hydraulic oil must be the winter grade ISO VG 22 given by the body maker.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "An emergency stop button pressed. Release it and press RESET."],
            ["L02", "Footboard occupied", "A person on the footboard, or its sensor faulty. Step off; check the sensor."],
            ["L03", "Overload", "Lifting pressure above 110 % of the rated load. Bin too heavy: do not lift it."],
            ["L04", "Comb lock not closed", "Bin rim not detected within 1.5 s. Check the rim and the comb lock switch."],
            ["L05", "Angle sensor", "Angle signal out of range. Check the plug, then recalibrate (section 8)."],
            ["L06", "Vehicle speed", "Vehicle above 3 km/h. Stop the vehicle; the lifter is locked out."],
            ["L08", "Trunnion arms not home", "TL-700 only: trunnion arms not fully retracted before a comb lift."],
            ["L09", "Oil temperature", "Body oil above 80 °C. Check the body oil cooler (body maker's manual)."],
            ["L10", "Service due", "40,000 cycles or 6 months. The lifter still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bins slip off the comb at the top",
                "Comb lock flap worn or bent, comb rubbers worn, or bin rim broken",
                "Check the flap gap (8-12 mm to the rim); replace the comb rubbers",
            ],
            [
                "Lifter creeps down when stopped half way",
                "Load holding valve leaking or cylinder seal worn",
                "Clean or replace the load holding valve; check the cylinders",
            ],
            [
                "Lifter slow, bins only half emptied",
                "Cold oil, PTO speed too low, or shake count set to 0",
                "Warm up the oil; check the PTO speed; set the shake count to 2",
            ],
            [
                "Lifter stops at odd points and returns",
                "Angle sensor loose or out of calibration",
                "Tighten the sensor bracket and recalibrate (section 8)",
            ],
            [
                "Lifter will not start at all, no code",
                "Control fuse (7.5 A) blown or PTO not engaged",
                "Engage the PTO; check fuse F3 in the control box",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Emptying a four-wheeled container (TL-700)"),
    (
        "ol",
        [
            "Check the container for damage and an open or loose lid; close the lid.",
            "Select TRUNNION on the control station: the comb folds away and the trunnion arms extend.",
            "Push the container centrally against the lifter until both trunnion pins are under the arms.",
            "Press and hold LIFT: the arms close on the trunnions and lift the container.",
            "Keep the button held until the container is back on the ground and the arms have opened.",
            "Pull the container clear and select COMB to retract the trunnion arms (L08 until they are home).",
        ],
    ),
    ("h", "7. Replacing the comb rubbers"),
    (
        "ol",
        [
            "Lower the lifter fully, stop the engine, switch off the PTO and fit the maintenance lock bar.",
            "Remove the six M8 countersunk screws of each comb rubber strip.",
            "Clean the comb face and fit the new strips with new screws and thread lock.",
            "Tighten the screws to 20 Nm.",
            "Check the comb lock flap gap: 8-12 mm to the rim of a new 240 L bin.",
        ],
    ),
    ("h", "8. Calibrating the angle sensor"),
    (
        "ol",
        [
            "Enter the service menu with the service key and select ANGLE CAL.",
            "Lower the lifter fully to the rest position and press ENTER to store the bottom point.",
            "Raise the lifter slowly in manual mode to the top stop and press ENTER to store the top point.",
            "Run three empty cycles and check that the slow-down starts about 10° before each end.",
            "If the difference between the stored points is less than 150° or more than 170°, the sensor or its "
            "bracket is faulty: L05 remains and the lifter must not be used.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the emergency stops, footboard sensors and comb lock; look for oil leaks"],
            ["Weekly", "Grease the pivot pins (6 points) and the trunnion arm slides (TL-700)"],
            ["10,000 cycles", "Check the comb rubbers and the comb lock flap; check the pivot pin play (max 1 mm)"],
            ["40,000 cycles or 6 months, whichever comes first", "Full service: hoses, load holding valves, cylinder seals, pressure check"],
            ["Every 3 years", "Replace all hydraulic hoses of the lifter, whatever their condition"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TL-500", "TL-700"],
            ["Comb rubber strip, each", "TPL-3108", "TPL-3108"],
            ["Comb lock flap", "TPL-3120", "TPL-3120"],
            ["Lifting cylinder", "TPL-5050", "TPL-5063"],
            ["Cylinder seal kit", "TPL-5051", "TPL-5064"],
            ["Load holding valve", "TPL-6602", "TPL-6602"],
            ["Angle sensor", "TPL-7710", "TPL-7710"],
            ["Trunnion arm, pair", "-", "TPL-8800"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Saltrevo GS gritter salt spreader
SALTREVO = [
    ("title", "Saltrevo GS Demountable Gritter\nOperation, Calibration and Maintenance - GS-6 and GS-9"),
    (
        "p",
        "Document SLV-OM-GS-04, Edition 5, August 2024. Saltrevo Winter Equipment. The GS-6 and GS-9 are "
        "demountable gritter bodies for municipal trucks. A stainless steel hopper feeds dry rock salt by a "
        "hydraulically driven conveyor belt to a spinner disc at the rear; brine from the side tanks can be added "
        "at the spinner (pre-wetting). The cab controller sets the spread rate and width and doses the salt in "
        "proportion to the road speed. The two models differ in hopper and brine tank size and in mass; the "
        "conveyor, spinner and controller are the same. Spread rates and routes are set by the highway "
        "authority's winter service plan; this manual gives the machine's ranges, not the rates to use. The "
        "brine itself is made in the depot's brine plant, which has its own manual.",
    ),
    (
        "warn",
        "WARNING: Never enter the hopper or reach over the conveyor while the hydraulics are on. Stop the engine and "
        "remove the key before clearing a blockage. Keep clear of the spinner: it can start without warning when "
        "the vehicle moves with the controller on.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GS-6", "GS-9"],
            ["Hopper volume, heaped", "6 m³", "9 m³"],
            ["Salt load at 1.2 t/m³ (dry rock salt)", "7.2 t", "10.8 t"],
            ["Brine tanks, total", "2400 L", "3600 L"],
            ["Mass empty, with brine system", "2350 kg", "3100 kg"],
            ["Minimum chassis gross vehicle weight", "18 t", "26 t"],
            ["Spread width", "2-12 m", "2-12 m"],
            ["Spread rate, dry salt", "5-40 g/m²", "5-40 g/m²"],
            ["Pre-wet ratio (brine share of the total)", "0-30 %", "0-30 %"],
            ["Road speed range for calibrated spreading", "5-60 km/h", "5-60 km/h"],
            ["Conveyor belt width", "400 mm", "400 mm"],
            ["Spinner disc diameter, speed", "550 mm, 200-700 rpm", "550 mm, 200-700 rpm"],
            ["Hydraulic oil flow required", "45 L/min at 180 bar", "45 L/min at 180 bar"],
            ["Brine pump delivery", "60 L/min", "60 L/min"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The salt load holds for dry rock salt of 1.2 t/m³ only. Damp salt is heavier: never load more than the "
        "chassis allows, whatever the hopper volume. The spread rate range holds with salt of 0-6 mm grain size; "
        "the controller is not calibrated for sand, grit or salt-sand mixes, and no rates are given for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Load the hopper only with the body mounted and locked on the chassis (all four twist locks closed).",
            "Salt is corrosive. Wear gloves and eye protection when loading and when clearing the spinner.",
            "Never spread with the amber beacons off. Spreading above 60 km/h is stopped by the controller.",
            "Demount the body only on firm, level ground with all four legs down and their pins fitted, and only "
            "with the hopper and the brine tanks empty.",
            "The ladder and the hopper top walkway may be used only with the vehicle stopped and the engine off.",
        ],
    ),
    ("h", "3. Controller settings and limits"),
    (
        "cols",
        [
            ("h", "Spread rate and width"),
            (
                "p",
                "The driver sets the rate in steps of 5 g/m² and the width in steps of 1 m. The controller doses "
                "the salt in proportion to the road speed. The salt needed per kilometre is rate x width x 1000 "
                "m, so 20 g/m² over 8 m uses 160 kg per km.",
            ),
            ("h", "Symmetry"),
            (
                "p",
                "Symmetry shifts the spread pattern to the left or right by up to 3 m, for example to keep salt off a "
                "footway. It does not change the total rate.",
            ),
            ("h", "Pre-wetting"),
            (
                "p",
                "The pre-wet ratio is the share of brine in the total mass spread, default 30 %. Pre-wetting is "
                "switched off automatically below -15 °C road temperature, where the brine is not effective, and "
                "when a brine tank is below 5 %.",
            ),
            ("h", "Blast"),
            (
                "p",
                "BLAST spreads at the maximum rate of 40 g/m² for 30 s, for junctions and hills. It may be used at "
                "no more than 30 km/h.",
            ),
            ("h", "Conveyor speed sensor"),
            (
                "p",
                "The conveyor speed is measured at the drive roller. The controller accepts a deviation of no more "
                "than ±10 % between the set and the measured conveyor speed; above this the spread is stopped and "
                "G05 is shown.",
            ),
            ("h", "Calibration"),
            (
                "p",
                "The salt calibration factor must be checked at the start of each winter season and after every "
                "change of salt supplier. The spread rate is then accurate within ±5 % over the rate range, at "
                "road speeds of 5-60 km/h.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "No speed signal", "No road speed from the vehicle (tachograph or CAN). Check the cable; spread manual mode only."],
            ["G02", "Hopper empty", "Conveyor runs but no salt is detected at the spinner for 20 s."],
            ["G03", "Conveyor stalled", "Belt blocked by lumps or frozen salt. Stop, clear the grid and the belt."],
            ["G04", "Spinner stalled", "Spinner blocked or its motor faulty. Stop and clear the chute."],
            ["G05", "Conveyor speed deviation", "Set and measured conveyor speed differ by more than ±10 %."],
            ["G06", "Brine tank low", "A brine tank below 5 %. Pre-wetting stopped; dry spreading continues."],
            ["G07", "Brine pump", "Pump runs but no flow: filter blocked or suction valve closed."],
            ["G08", "Hydraulic oil hot", "Oil above 85 °C. Check the oil cooler and the chassis pump."],
            ["G09", "Over speed", "Vehicle above 60 km/h. Spreading stopped until below 55 km/h."],
            ["G10", "Body not locked", "A twist lock sensor open. Lock the body before spreading."],
            ["G12", "Road temperature sensor", "Sensor open or shorted. Pre-wetting follows the manual setting."],
            ["G13", "Calibration overdue", "No calibration since the start of the season (1 October default)."],
            ["G14", "Service due", "250 spreading hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Salt lands mostly on one side of the road",
                "Symmetry set, chute deflector bent or spinner vanes worn",
                "Reset the symmetry to 0; straighten the deflector; replace the vanes",
            ],
            [
                "Salt runs out much sooner than planned",
                "Calibration factor wrong after a change of salt, or the hopper gate open too far",
                "Calibrate (section 6); check the gate at mark 4",
            ],
            [
                "Salt bridges in the hopper, conveyor runs empty",
                "Damp salt caked over the belt",
                "Fit the anti-bridging bar; cover the salt store; do not leave salt in the hopper over summer",
            ],
            [
                "White crust on the spinner and the rear lights",
                "Brine dripping after spreading, or a leaking brine valve",
                "Check the brine valve; wash down after each run",
            ],
            [
                "Conveyor jerks and stops with G03",
                "Lumps over 20 mm or frozen salt on the grid",
                "Clear the grid; screen the salt",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Calibrating the salt"),
    (
        "ol",
        [
            "Fill the hopper with at least 1 t of the salt to be used and set the hopper gate at mark 4.",
            "Remove the spinner guard and hang the calibration bag under the conveyor discharge.",
            "In the controller select CALIBRATE and start: the conveyor runs for 60 s at the calibration speed.",
            "Weigh the salt in the bag and subtract the bag mass.",
            "Enter the salt mass in kg. The controller computes the new calibration factor.",
            "Repeat once; the two factors must agree within 3 %, otherwise calibrate a third time and check the "
            "conveyor speed sensor.",
            "Refit the spinner guard before spreading.",
        ],
    ),
    ("h", "7. Pre-season check"),
    (
        "ol",
        [
            "Check the conveyor belt tension: the belt must lift no more than 25 mm at mid-length with a hand pull.",
            "Check the spinner vanes; replace them when worn to less than 3 mm.",
            "Fill the brine tanks with water and run the brine pump for 5 min; check for leaks.",
            "Check the road temperature sensor against a thermometer: within ±1 °C.",
            "Calibrate the salt (section 6) and reset G13.",
        ],
    ),
    ("h", "8. End of season"),
    (
        "ol",
        [
            "Empty the hopper completely and wash it, the conveyor and the spinner with fresh water.",
            "Drain the brine tanks and flush the brine system with fresh water for 10 min.",
            "Slacken the conveyor belt tensioners by 5 turns for the summer.",
            "Spray the conveyor chains and the spinner shaft with the protective oil SLV-9001.",
            "Store the body on its legs under cover.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each run", "Wash down the hopper, conveyor, spinner and the rear of the vehicle with fresh water"],
            ["Weekly in season", "Grease the conveyor bearings (4 points) and the spinner bearing; check the belt tension"],
            ["250 spreading hours or each season, whichever comes first", "Change the hydraulic return filter; check the hoses and the spinner vanes"],
            ["Each season", "Calibrate the salt; check the road temperature sensor"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GS-6", "GS-9"],
            ["Conveyor belt", "SLV-1406", "SLV-1409"],
            ["Spinner disc with vanes", "SLV-2550", "SLV-2550"],
            ["Spinner vane set (4)", "SLV-2554", "SLV-2554"],
            ["Conveyor speed sensor", "SLV-3100", "SLV-3100"],
            ["Brine pump", "SLV-4060", "SLV-4060"],
            ["Brine filter element", "SLV-4061", "SLV-4061"],
            ["Road temperature sensor", "SLV-5200", "SLV-5200"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Drennick SJ sewer jetting unit
DRENNICK = [
    ("title", "Drennick SJ-160 Sewer Jetting Unit\nOperator's Manual"),
    (
        "p",
        "Document DRN-OP-SJ160-02, Edition 2, November 2024. Drennick Drainage Machinery. The SJ-160 is a "
        "trailer- or van-mounted high pressure water jetter for clearing and cleaning gravity sewers and drains "
        "from 100 mm to 450 mm bore. A diesel engine drives a triplex plunger pump through a gearbox; the water "
        "comes from the unit's own tank. The jetting hose is wound on a hydraulically driven reel with a "
        "level-wind. The vehicle or trailer and its road use are covered by their own documents. Surveying the "
        "sewer by CCTV, entry into manholes and confined spaces, and the traffic management at the work site are "
        "covered by the site's or the sewer owner's procedures and permits, not by this manual.",
    ),
    (
        "warn",
        "WARNING: A water jet at 180 bar cuts skin and can inject water and dirt under it. Never point the jetting "
        "hose or the hand lance at a person. Never pull the hose out of a pipe while the pump is under pressure. "
        "Any injection injury needs hospital treatment at once, even if it looks small.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SJ-160"],
            ["Pump type", "Triplex plunger pump, ceramic plungers"],
            ["Maximum pressure at the pump", "180 bar"],
            ["Flow at maximum pressure", "160 L/min"],
            ["Engine", "4-cylinder diesel, 63 kW at 2500 rpm, water cooled"],
            ["Water tank", "2000 L, polyethylene, with level gauge and 2 in filling coupling"],
            ["Jetting hose on the reel", "120 m x 1 in (25 mm bore), 250 bar working pressure"],
            ["Hand lance hose", "30 m x 1/2 in, on a separate hand reel"],
            ["Pipe bores cleaned", "100-450 mm"],
            ["Pump gearbox oil", "SAE 80W-90, 1.8 L (gearbox service by Drennick only)"],
            ["Pump crankcase oil", "SAE 30 non-detergent, 3.2 L"],
            ["Antifreeze circuit tank", "25 L, propylene glycol mix"],
            ["Fuel tank", "90 L diesel"],
            ["Mass with full water tank", "3480 kg"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The flow and pressure hold at rated engine speed with the water at 5-35 °C and the supply to the pump "
        "free of air. At full flow the 2000 L tank lasts about 12 min. The pressure at the nozzle is always lower "
        "than at the pump: the 120 m hose loses about 25 bar at 160 L/min when fully unwound. No pressure loss is "
        "given for hoses of other lengths or bores, which must not be fitted.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Two trained operators are required: one at the controls, one at the manhole.",
            "Feed the hose into the pipe at least 1 m, nozzle first, before raising the pressure above 50 bar.",
            "Fit the hose guide roller at the manhole so that the hose does not rub on the manhole edge.",
            "Mark the hose 5 m from the nozzle with the red warning sleeve; when the sleeve comes out of the pipe "
            "the pressure must be reduced to idle at once.",
            "Wear a face visor, waterproof gloves and safety boots. Hearing protection is needed within 2 m of the "
            "engine.",
            "Never jet into a pipe where people may be working downstream.",
        ],
    ),
    ("h", "3. Limits and operating values"),
    (
        "cols",
        [
            ("h", "Pressure"),
            (
                "p",
                "Set the working pressure with the unloader handwheel. For clay and concrete pipes up to 180 bar "
                "may be used. For plastic pipes and pitch fibre pipes no more than 120 bar is allowed. For "
                "brick sewers and pipes of unknown condition start at 80 bar and raise the pressure only after a "
                "CCTV survey; the survey itself is not part of this manual.",
            ),
            ("h", "Dry running"),
            (
                "p",
                "The pump must never run without water for more than 30 s. The low water switch in the tank stops "
                "the engine when the level falls below 5 % (J03).",
            ),
            ("h", "Nozzles"),
            (
                "p",
                "The standard nozzle set is sized for 160 L/min at 180 bar: the total jet area of each nozzle is "
                "the same. For pipes over 450 mm use the nozzles and the flow recommended by the nozzle supplier; "
                "Drennick gives no data for them.",
            ),
            ("h", "Hose"),
            (
                "p",
                "Discard the jetting hose when its outer cover is worn through to the braid, when it is kinked, or "
                "when a coupling has pulled out by 3 mm or more. Never repair a jetting hose with clamps.",
            ),
            ("h", "Frost"),
            (
                "p",
                "Below 3 °C ambient, fill the pump and the hose with antifreeze after work (section 8). Never start "
                "the pump with ice in it: warm the unit in a heated building first.",
            ),
            ("h", "Reel"),
            (
                "p",
                "The reel speed is set with the flow control knob, no faster than 1 m/s when winding in near the end "
                "of the hose.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["J01", "Engine oil pressure", "Engine stopped. Check the engine oil level; do not restart until it is found."],
            ["J02", "Engine temperature", "Coolant hot. Clean the radiator; check the fan belt."],
            ["J03", "Water tank low", "Level below 5 %: engine stopped to protect the pump. Refill."],
            ["J04", "Pump overpressure", "Pressure above 195 bar: unloader stuck or nozzle blocked. Reduce the pressure."],
            ["J05", "Pump oil temperature", "Crankcase above 80 °C: oil low or wrong grade."],
            ["J06", "Reel brake", "Reel brake not released: low hydraulic pressure or brake valve."],
            ["J07", "Battery voltage", "Below 11.5 V. Check the alternator and the belt."],
            ["J09", "Pressure sensor", "Signal out of range. Pressure is shown only on the mechanical gauge."],
            ["J10", "Service due", "250 engine hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pressure will not rise above about 100 bar",
                "Nozzle worn or wrong size, unloader set low, or a pump valve stuck",
                "Fit a new nozzle from the standard set; reset the unloader; check the pump valves",
            ],
            [
                "Pressure gauge needle jumps, pump knocks",
                "Air in the suction, filter blocked, or a valve spring broken",
                "Clean the suction filter; check the suction hose for leaks; replace the valve",
            ],
            [
                "Water leaks from under the pump",
                "Plunger seals worn",
                "Replace the plunger seals (kit DRN-2218) within 50 hours",
            ],
            [
                "Hose will not go round a bend",
                "Nozzle too heavy or wrong jet angle",
                "Use the 15° bend nozzle; lower the pressure while passing the bend",
            ],
            [
                "Milky oil in the pump crankcase",
                "Water past the plunger seals",
                "Stop; replace the seals and change the oil at once",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Jetting a sewer"),
    (
        "ol",
        [
            "Set up at the downstream manhole and jet upstream, against the flow, unless the work order says otherwise.",
            "Fill the water tank and check the level gauge.",
            "Fit the hose guide roller at the manhole and choose the nozzle for the pipe.",
            "Start the engine and let it warm up for 3 min at idle with the unloader open.",
            "Feed the hose at least 1 m into the pipe.",
            "Close the unloader and raise the pressure to the value for the pipe material.",
            "Let the hose advance; pull it back every 10-15 m to flush the debris to the manhole.",
            "When the red warning sleeve appears, reduce to idle before the nozzle leaves the pipe.",
            "Remove the debris from the manhole with the vacuum unit or by hand; do not let it flow downstream.",
        ],
    ),
    ("h", "7. Changing the pump crankcase oil"),
    (
        "ol",
        [
            "Run the pump for 5 min to warm the oil, then stop the engine.",
            "Remove the drain plug and drain the oil into a container.",
            "Refit the plug with a new seal and fill 3.2 L of SAE 30 non-detergent oil.",
            "Check the level at the middle of the sight glass after 1 min.",
        ],
    ),
    ("h", "8. Winterising"),
    (
        "ol",
        [
            "Empty the water tank through the drain valve.",
            "Open the antifreeze valve and close the tank valve.",
            "Start the engine and run the pump at idle with the hose fully unwound until antifreeze comes out of the "
            "nozzle, then wind the hose in.",
            "Hold the hand lance over a bucket and run it until antifreeze comes out.",
            "Stop the engine and close the antifreeze valve. Catch the antifreeze in the bucket and return it to the "
            "25 L tank.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the engine oil, the pump oil, the fuel, the hose and the couplings; clean the suction filter"],
            ["50 hours", "First change of the pump crankcase oil (new pump)"],
            ["250 hours or 12 months, whichever comes first", "Change the pump crankcase oil; engine service to the engine maker's schedule"],
            ["500 hours", "Check the pump valves and plunger seals"],
            ["Every 2 years", "Pump gearbox oil change and inspection by Drennick service"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Plunger seal kit (3 plungers)", "DRN-2218"],
            ["Valve kit (suction and delivery, 6 valves)", "DRN-2230"],
            ["Suction filter element", "DRN-1104"],
            ["Jetting hose 120 m x 1 in with couplings", "DRN-5120"],
            ["Nozzle, 3 rear jets, penetrating", "DRN-7031"],
            ["Nozzle, 15° bend nozzle", "DRN-7015"],
            ["Nozzle, rotating root cutter", "DRN-7090"],
            ["Hose guide roller", "DRN-6010"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kerbury-ks-road-sweeper-suction-system.pdf", "Kerbury KBY-OM-KS-11 Ed 3 - KS-4 / KS-6", KERBURY),
        ("tipplund-tl-refuse-truck-bin-lifter.pdf", "Tipplund TPL-SM-TL-07 Ed 2 - TL-500 / TL-700", TIPPLUND),
        ("saltrevo-gs-gritter-salt-spreader.pdf", "Saltrevo SLV-OM-GS-04 Ed 5 - GS-6 / GS-9", SALTREVO),
        ("drennick-sj-sewer-jetting-unit.pdf", "Drennick DRN-OP-SJ160-02 Ed 2 - SJ-160", DRENNICK),
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
