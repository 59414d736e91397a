"""Generate the PDF manuals of the fifty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set56venv && /tmp/set56venv/bin/pip install fpdf2 pypdf
    /tmp/set56venv/bin/python knowledge/samples/fiftysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Ascendra TC traction lift controllers
ASCENDRA = [
    ("title", "Ascendra TC Traction Lift Controllers\nInstallation and Service Manual - TC-11 and TC-22"),
    (
        "p",
        "Document ASC-SM-TC-04, Edition 3, March 2025. Ascendra Lift Controls. The TC-11 and TC-22 are "
        "microprocessor lift controllers with an integrated frequency inverter for geared and gearless traction "
        "machines, installed in a machine room or at the top of the shaft (machine-room-less). The two models share the main board, the software, the "
        "operating panel and the wiring diagram; they differ in the inverter module, the braking resistor, the "
        "brake supply and the values given for each model in this manual. The machine, the machine brake, the "
        "overspeed governor and the safety gear are not part of the controller: their settings and tests are in "
        "their makers' documents. The acceptance tests of the lift, the periodic examination and any adjustment "
        "of the machine brake torque are outside the scope of this manual.",
    ),
    (
        "warn",
        "WARNING: Switch off and lock the main switch before working inside the cabinet. The DC bus capacitors of "
        "the inverter stay charged after switch-off: wait at least 5 min and check that the voltage between "
        "terminals +DC and -DC is below 50 V DC before touching the inverter module or the braking resistor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TC-11", "TC-22"],
            ["Inverter rated output power", "11 kW", "22 kW"],
            ["Rated output current, continuous, up to 40 °C ambient", "24 A", "45 A"],
            ["Peak output current for 10 s (180 % of rated)", "43 A", "81 A"],
            ["Supply 400 V 3~ ±10 %, 50/60 Hz: main fuse gG", "32 A", "63 A"],
            ["Maximum rated speed of the lift", "1.75 m/s", "2.5 m/s"],
            ["Maximum number of stops", "16", "24"],
            ["Braking resistor, lowest resistance allowed", "27 ohm", "15 ohm"],
            ["Braking resistor, continuous power", "2.2 kW", "4.5 kW"],
            ["Brake supply output (rectified, switched by two contactors)", "180 V DC, 2.5 A max", "207 V DC, 4.0 A max"],
            ["Safety chain voltage", "110 V AC", "110 V AC"],
            ["Heat dissipated in the cabinet at rated current", "420 W", "780 W"],
            ["Cabinet W x H x D", "600 x 1200 x 250 mm", "800 x 1400 x 300 mm"],
            ["Mass of the cabinet", "68 kg", "95 kg"],
            ["Encoder input", "TTL or sin/cos, 512-8192 pulses/rev", "TTL or sin/cos, 512-8192 pulses/rev"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated output current holds up to 40 °C ambient at the default switching frequency of 8 kHz. Above "
        "40 °C the output current must be reduced by 2 % per °C, up to 50 °C at most; the controller must not be "
        "run above 50 °C. At a switching frequency of 12 kHz reduce the output current by a further 10 %. The "
        "rated current on the motor nameplate must not be higher than the output current available under the "
        "conditions of the site.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on lift controllers may work on the TC. Put the lift in inspection mode or switch "
            "it off before anyone enters the car roof or the pit.",
            "Never bridge a contact of the safety chain. The landing door bypass of the service menu (menu 7.5) "
            "works only in inspection mode and for one run at a time.",
            "Keep the cabinet door closed in service: the cooling air is drawn through the filter in the door.",
            "The braking resistor can reach 200 °C. Mount it where nobody can touch it and keep cables away from it.",
            "After a main board, an inverter module or a safety relay has been replaced, the lift must pass the "
            "checks set by the national rules before it returns to service.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Speeds"),
            (
                "p",
                "Rated speed P1.01 up to 1.75 m/s (TC-11) or 2.5 m/s (TC-22). Inspection speed P1.04 default "
                "0.30 m/s; it can never be set above 0.63 m/s. Levelling speed P1.05 default 0.04 m/s. Rescue "
                "speed P5.02 default 0.15 m/s; it is used when a rescue device supplies the controller.",
            ),
            ("h", "Ride comfort"),
            (
                "p",
                "Acceleration and deceleration P2.01 default 0.6 m/s², settable 0.3-1.0 m/s². Jerk P2.02 default "
                "0.8 m/s³, settable 0.4-1.5 m/s³. On goods lifts with loose loads keep the acceleration at or "
                "below 0.5 m/s². The brake open delay P2.08 (default 0.30 s) is the time the inverter holds the "
                "motor at zero speed after the brake command before the car moves.",
            ),
            ("h", "Stopping and levelling"),
            (
                "p",
                "The stopping accuracy must stay within ±10 mm and the levelling accuracy within ±20 mm at every "
                "load from empty to rated load. With the doors open, re-levelling starts when the car has moved "
                "more than 10 mm away from the floor level and ends within ±3 mm of it. The floor positions are "
                "learnt in the teach run (section 7) and can be corrected by ±30 mm in steps of 1 mm in menu 3.4.",
            ),
            ("h", "Travel time limiter"),
            (
                "p",
                "P4.10 is the longest time the machine may run without a new floor signal. Set it to the time for "
                "the full travel at rated speed plus 10 s, but no more than 45 s. When it runs out, the controller "
                "stops the lift with F10, which is reset only by switching the main switch off and on.",
            ),
            ("h", "Brake monitoring"),
            (
                "p",
                "Each brake circuit has its own switch. Both switches must change state within 0.5 s of every "
                "brake command, on opening and on closing. If one does not, the controller ends the run normally, "
                "then blocks the lift with F08. F08 is stored and is reset in menu 7.2 once the cause is found.",
            ),
            ("h", "Unintended car movement"),
            (
                "p",
                "The two door zone sensors mark the unlocking zone of ±150 mm around each floor level. If the car "
                "leaves this zone while a landing door or the car door is not closed and locked, the controller "
                "drops the brakes and the inverter at once and shows F11. F11 is kept in non-volatile memory and "
                "survives a power cut; only a competent person can reset it, at menu 7.3.",
            ),
            ("h", "Fire recall"),
            (
                "p",
                "Input X9.3 sends the car to the recall floor set in P6.01 and parks it with the doors open. The "
                "choice of the recall floor, the firefighters' service and the link to the fire alarm system "
                "follow the building's fire strategy and the local rules; this manual does not give them.",
            ),
            ("h", "Rescue device interface"),
            (
                "p",
                "Terminals X14.1 to X14.6 accept an automatic rescue device. Its choice, wiring and settings are "
                "in the rescue device maker's instructions. During a rescue the controller picks the travel "
                "direction itself and runs at the rescue speed P5.02.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Landing door chain open", "A landing door contact or lock opened during travel. Check the locks from the top floor down."],
            ["F02", "Car door contact open", "Car door contact opened during travel, or the door operator lost its closing force."],
            ["F03", "Inverter overcurrent", "Short circuit at the motor, wrong motor data, brake not opening, or acceleration set too high."],
            [
                "F04",
                "DC bus overvoltage",
                "Braking resistor open, its resistance too high, or its wiring loose; deceleration too steep. "
                "Measure the resistor: 27 ohm (TC-11) or 15 ohm (TC-22), +10 % at most.",
            ],
            ["F05", "DC bus undervoltage", "Supply below 360 V or a phase missing."],
            ["F06", "Motor overtemperature", "Motor PTC tripped: too many starts, motor fan stopped, or brake dragging."],
            ["F07", "Encoder fault", "Pulses missing or counting the wrong way: cable, shield or encoder coupling."],
            ["F08", "Brake monitoring", "A brake switch did not change state within 0.5 s. Lift blocked; reset in menu 7.2."],
            ["F10", "Travel time exceeded", "No floor signal within P4.10: ropes slipping, machine blocked, or P4.10 too short."],
            ["F11", "Unintended car movement", "Car left the unlocking zone with a door open. Find the cause; reset at menu 7.3 only."],
            ["F12", "Overspeed (encoder)", "Speed more than 10 % above the set speed for 0.5 s. Check the encoder and the motor data."],
            ["F13", "Door zone sensors", "Sensors DZ1 and DZ2 disagree for more than 1 s: sensor gap, magnet missing or cable."],
            ["F14", "Braking resistor hot", "Thermal switch of the resistor open: too many starts, or a resistor of too low power."],
            ["F15", "Supply phase", "Phase lost or wrong phase sequence at the main switch."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Car stops a few mm short at one or two floors only",
                "Floor magnet or vane slightly out of place",
                "Correct the floor position in menu 3.4",
            ],
            [
                "Car stops short with a full car and overshoots when empty, at every floor",
                "Wrong motor data or slip compensation",
                "Repeat the static autotune (section 6); check the slip compensation P2.05",
            ],
            [
                "Car rolls back briefly when it starts (gearless machines)",
                "Zero-speed hold too weak",
                "Set P2.12 (zero-speed gain) higher in steps of 10 %",
            ],
            [
                "Jerk felt when the car starts, brake heard late",
                "Brake open delay P2.08 too short",
                "Increase P2.08 in steps of 0.05 s",
            ],
            [
                "F04 when a full car travels down or an empty car travels up",
                "Energy fed back cannot go into the braking resistor",
                "Measure the resistor and its fuse; check that its value is not below the lowest resistance",
            ],
            [
                "Lift runs in inspection but not in normal mode; LRN shown",
                "Teach run not done or floor table lost",
                "Carry out the teach run (section 7)",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Static motor autotune"),
    (
        "ol",
        [
            "Enter the motor nameplate data in menu 2.1: power, current, voltage, speed, frequency and pole pairs.",
            "Switch the lift to inspection mode on the controller (switch S1 to INSP).",
            "Make sure the car is empty and nobody is on the car roof or in the pit.",
            "Select menu 2.4 AUTOTUNE and choose STATIC. The brake stays closed during the whole test.",
            "Press and hold ENTER for 3 s. The motor contactors close and the motor hums for about 60 s.",
            "When DONE is shown, the measured stator resistance and inductance are stored in P2.20 to P2.23.",
            "If ERR 2 is shown, a motor phase is open: check the motor cable and the contactors and repeat.",
            "Carry out a test run at inspection speed in both directions and check that the car moves the way the "
            "button says. If not, swap the encoder direction in P2.30, not the motor phases.",
        ],
    ),
    ("h", "7. Shaft teach run"),
    (
        "ol",
        [
            "Check that all floor magnets and the two terminal slow-down switches are fitted as shown in the shaft "
            "drawing, with a gap of 5-10 mm between each door zone sensor and its magnets.",
            "In inspection mode, drive the car down until the lower terminal slow-down switch opens.",
            "Select menu 3.1 TEACH and press ENTER. The display shows LRN.",
            "Switch from inspection to normal mode on the controller within 30 s.",
            "The car travels up at 0.25 m/s to the top terminal switch, recording each floor magnet, then returns "
            "to the bottom floor.",
            "Check that the number of floors counted equals the number of stops; the table is saved automatically.",
            "Send the car to every floor and measure the step at the sill with a rule.",
            "Correct any floor that is more than 3 mm out in menu 3.4, in steps of 1 mm.",
        ],
    ),
    ("h", "8. Checking the brake monitoring"),
    (
        "ol",
        [
            "Park the empty car at a middle floor, switch to inspection mode and keep the landing doors closed.",
            "Open menu 7.2 BRAKE: the state of switches BK1 and BK2 is shown for each brake circuit.",
            "Start an inspection run: both switches must change to OPEN within 0.5 s.",
            "Stop the run: both switches must change to CLOSED within 0.5 s.",
            "Disconnect the plug of BK1 and start an inspection run; the run must end normally and F08 must then "
            "block the lift.",
            "Refit the plug, reset F08 in menu 7.2 and repeat with BK2.",
        ],
    ),
    ("h", "9. Resetting after an unintended car movement (F11)"),
    (
        "ol",
        [
            "Do not switch the controller off: the fault record in menu 8.1 shows the floor, the distance moved and "
            "the door state at the moment of F11.",
            "Free any trapped passengers by the building's rescue procedure before any other work.",
            "Find the cause: brake not holding, a door opened outside the zone, a sensor or magnet fault.",
            "Have the brake checked by the competent person if the car moved with the brake closed.",
            "Enter the service code and open menu 7.3 UCM RESET.",
            "Confirm with ENTER; the controller runs a brake test at standstill before it releases the lift.",
            "Make one run to each terminal floor in normal mode and watch the levelling.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Read the fault log (menu 8.1); check the cabinet fan and the door filter"],
            ["6 months", "Clean or replace the door air filter; check the terminal tightness of the power cables"],
            ["12 months", "Check the brake monitoring (section 8); measure the braking resistor; check the door zone sensor gaps"],
            ["5 years or when F05 appears at normal supply", "Replace the DC bus capacitor set of the inverter (Ascendra service)"],
            ["7 years", "Replace the cabinet fan"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TC-11", "TC-22"],
            ["Main board", "ASC-MB-3", "ASC-MB-3"],
            ["Inverter module", "ASC-INV-11", "ASC-INV-22"],
            ["Braking resistor", "ASC-BR-27", "ASC-BR-15"],
            ["Brake rectifier module", "ASC-BRM-180", "ASC-BRM-207"],
            ["Door zone sensor (pair)", "ASC-DZ-2", "ASC-DZ-2"],
            ["Cabinet fan", "ASC-FAN-120", "ASC-FAN-172"],
            ["Motor contactor", "ASC-K-32", "ASC-K-65"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Hevrond VP hydraulic platform lifts
HEVROND = [
    ("title", "Hevrond VP Hydraulic Platform Lifts\nOperation and Maintenance Manual - VP-300 and VP-400"),
    (
        "p",
        "Document HVR-OM-VP-02, Edition 2, November 2024. Hevrond Access Lifts. The VP-300 and VP-400 are "
        "hydraulic vertical platform lifts for wheelchair users and persons with reduced mobility, built into a "
        "self-supporting shaft enclosure. A single-acting cylinder beside the mast lifts the platform through two "
        "leaf chains (indirect drive, 2:1), so the platform moves twice as far and twice as fast as the plunger. "
        "The platform is driven with hold-to-run buttons; the landings have call stations. Apart from the rated "
        "load, the platform size, the travel and the values given for each model, the two lifts are built alike. "
        "The pit, the supporting wall, the enclosure glazing and the electrical supply up to the lockable "
        "isolator are the responsibility of the site, and the periodic examination follows the national rules.",
    ),
    (
        "warn",
        "WARNING: Never stand or work under the platform unless the mechanical prop is in place and the isolator "
        "is locked off. A platform held by the oil alone can sink if a valve or a hose fails.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VP-300", "VP-400"],
            ["Rated load", "300 kg", "400 kg"],
            ["Platform size, width x length", "900 x 1400 mm", "1100 x 1400 mm"],
            ["Maximum travel height", "3000 mm", "4000 mm"],
            ["Maximum number of landings", "2", "3"],
            ["Rated speed, up and down", "0.15 m/s", "0.15 m/s"],
            ["Pit depth (or 0 mm with the access ramp kit)", "50 mm", "60 mm"],
            ["Motor 400 V 3~ 50 Hz", "2.2 kW, 4.8 A", "3.0 kW, 6.6 A"],
            ["Supply fuse", "10 A gG", "16 A gG"],
            ["Plunger diameter", "50 mm", "60 mm"],
            ["Pump delivery", "9 L/min", "13 L/min"],
            ["Working pressure with the rated load centred on the platform", "56 bar", "49 bar"],
            ["Pressure relief valve setting (140 % of working pressure)", "78 bar", "69 bar"],
            ["Hydraulic oil ISO VG 46, tank", "12 L", "16 L"],
            ["Suspension leaf chains (two)", "LH1034, pitch 15.875 mm", "LH1244, pitch 19.05 mm"],
            ["Mass of the platform with its frame", "260 kg", "310 kg"],
            ["Overload detection (110 % of rated load)", "330 kg", "440 kg"],
            ["Emergency battery", "24 V, 2 x 12 V 7 Ah", "24 V, 2 x 12 V 7 Ah"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated load holds only with the load spread over the platform: one wheelchair user with one "
        "attendant at most. The lift is not a goods lift; goods may only be carried together with the person "
        "who uses the lift. The enclosure, the landing doors and the glazing types are listed in the order "
        "documents of each lift and are not covered here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the emergency lowering key and the hand pump lever in the locked box at the lowest landing; only "
            "trained persons may use them.",
            "Check the safety edges under the platform and on the ramp flaps at every visit: the platform must stop "
            "within 20 mm of travel when an edge is pressed.",
            "A landing door unlocks only when the platform stands within ±25 mm of that landing.",
            "Oil spills on the pit floor make it slippery: clean them before going into the pit.",
            "Use only ISO VG 46 hydraulic oil. Never mix oil types.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "The flow control valve sets the lowering speed to 0.15 m/s ±10 % at rated load. A full travel "
                "therefore takes about 20 s on a VP-300 (3000 mm) and about 27 s on a VP-400 (4000 mm). The rupture "
                "valve at the cylinder closes if the platform goes down faster than 0.3 m/s, for example after a "
                "hose has burst.",
            ),
            ("h", "Run time"),
            (
                "p",
                "The pump motor stops if the platform has not reached a landing after 30 s (VP-300) or 40 s "
                "(VP-400) of running. The display then shows A06.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "A thermostat in the tank blocks the lift at 60 °C (A04) and releases it when the oil has cooled to "
                "50 °C. The standard lift is for rooms kept above 5 °C. For unheated rooms an oil heater is needed; "
                "it is not part of the standard lift and must be ordered from Hevrond for the lift concerned.",
            ),
            ("h", "Duty"),
            (
                "p",
                "No more than 15 starts per hour on either model. Above this the motor thermal protection can trip "
                "(A05) and the oil warms up quickly.",
            ),
            ("h", "Chains"),
            (
                "p",
                "With the platform at the lowest landing and no load, the two chains must be equally tensioned: "
                "push each chain sideways at mid-length with about 50 N; the two deflections must not differ by "
                "more than 5 mm. A slack chain switch on each chain anchor stops the lift (A07). Replace both chains "
                "when 20 pitches measure more than 3 % over the nominal length: over 327 mm on a VP-300 "
                "(20 x 15.875 = 317.5 mm new) or over 392 mm on a VP-400 (20 x 19.05 = 381 mm new).",
            ),
            ("h", "Overload"),
            (
                "p",
                "A pressure switch on the valve block senses the load. With more than 110 % of the rated load on "
                "the platform it shows A09 and the platform does not go up; it can still go down.",
            ),
            ("h", "Emergency battery"),
            (
                "p",
                "The 24 V battery powers the lowering valve, the display and the alarm during a power cut, for at "
                "least 5 trips down. A11 is shown when its voltage at rest has fallen below 23 V.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["A01", "Emergency stop", "Stop button on the platform or in the pit pressed. Release it."],
            ["A02", "Landing door", "A landing door not closed or its lock not made. Check the lock and its contact."],
            ["A03", "Safety edge", "An edge under the platform or on a ramp flap pressed. Remove the object; check the edge."],
            ["A04", "Oil temperature", "Oil above 60 °C. Let it cool to 50 °C; check the number of starts per hour."],
            ["A05", "Motor overload", "Thermal relay of the pump motor tripped. Reset it after 10 min of cooling."],
            ["A06", "Run time", "No landing reached within 30 s (VP-300) or 40 s (VP-400): oil low, pump worn, valve stuck."],
            ["A07", "Slack chain", "A chain slack or broken, or the platform resting on an obstacle. Do not lower further."],
            ["A09", "Overload", "More than 330 kg (VP-300) or 440 kg (VP-400) on the platform, or the switch set wrong."],
            ["A10", "Supply", "A phase lost or wrong phase sequence."],
            ["A11", "Battery low", "Emergency battery below 23 V at rest. Check the charger fuse; replace the batteries."],
            ["A12", "Service due", "12 months or 5000 starts since the last service, whichever comes first. The lift still works."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Platform sinks at a landing, more than 10 mm in 10 min",
                "Lowering valve seat dirty, check valve leaking, or cylinder seal worn",
                "Clean the lowering valve; check the cylinder head for oil",
            ],
            [
                "Platform goes up in jerks and shudders",
                "Air in the cylinder after work on the hydraulics, or oil too cold",
                "Bleed the cylinder at its bleed screw (section 8, step 9)",
            ],
            [
                "Motor runs but the platform does not go up, A09 with nobody on it",
                "Oil level low so the pump draws air, or the overload switch set too low",
                "Check the oil level; set the overload switch again (section 9)",
            ],
            [
                "Lowering takes much longer than usual",
                "Oil cold or the flow control valve partly blocked",
                "Check the oil temperature; clean the flow control valve screen",
            ],
            [
                "Platform stops on the way down, A03",
                "Object or dirt under the platform edge",
                "Remove it; check that the edge moves freely",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Emergency lowering by hand"),
    (
        "ol",
        [
            "Talk to the user and tell them that the platform will be lowered by hand.",
            "Switch off and lock the isolator.",
            "Open the valve cover at the lowest landing with the triangular key.",
            "Turn the red knob of the manual lowering valve slowly anticlockwise; the platform moves down at no more "
            "than 0.15 m/s.",
            "Close the knob when the platform is level with the lowest landing.",
            "Open the landing door with the emergency unlocking key and help the user out.",
            "Close the landing door and check that it locks before leaving the lift.",
        ],
    ),
    ("h", "7. Raising with the hand pump"),
    (
        "ol",
        [
            "Switch off and lock the isolator and check that the red knob of the lowering valve is closed.",
            "Fit the pump lever into the hand pump socket on the valve block.",
            "Pump with full strokes. One stroke delivers 12 cm³, so the platform rises by about 100 mm every "
            "8 strokes on a VP-300 or every 12 strokes on a VP-400.",
            "Stop when the platform is level with the landing; the check valve holds it.",
            "Open the landing door with the emergency unlocking key.",
            "Remove the lever and put it back in the locked box.",
        ],
    ),
    ("h", "8. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Lower the platform fully onto its buffers and switch off and lock the isolator.",
            "Place a container of at least 20 L under the tank drain.",
            "Open the drain valve and let the oil run out.",
            "Remove and clean the suction strainer in the tank; replace it if it is torn.",
            "Close the drain valve.",
            "Fill with new ISO VG 46 oil: 12 L (VP-300) or 16 L (VP-400), to the upper mark of the dipstick.",
            "Switch on and run the platform up to the first landing without a load.",
            "Stop it 100 mm below the landing.",
            "Open the bleed screw at the top of the cylinder half a turn until oil comes out without bubbles, then "
            "close it.",
            "Run the platform through its full travel three times and check the level again.",
        ],
    ),
    ("h", "9. Setting the overload switch"),
    (
        "ol",
        [
            "Place test weights on the platform equal to the rated load plus 10 %: 330 kg (VP-300) or 440 kg "
            "(VP-400), spread over the floor.",
            "Remove the cap of the overload pressure switch on the valve block.",
            "Call the platform up. Turn the adjusting screw clockwise until the platform no longer starts and A09 "
            "is shown; then turn it back until A09 just disappears and turn it a quarter turn clockwise again.",
            "Check: with the test weights A09 must be shown; with the rated load only (300 kg or 400 kg) the "
            "platform must run up normally.",
            "Seal the adjusting screw with paint and refit the cap.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly (site)", "Test the safety edges, the landing door locks and the alarm button"],
            ["6 months", "Clean and oil the chains; check chain tension and the slack chain switches"],
            ["12 months or 5000 starts, whichever comes first (A12)", "Hevrond service: relief valve check with a gauge, chain elongation, battery test"],
            ["4 years or 20 000 starts, whichever comes first", "Change the hydraulic oil (section 8)"],
            ["4 years", "Replace the emergency batteries"],
            ["8 years", "Replace the hydraulic hose"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VP-300", "VP-400"],
            ["Leaf chain, pair", "HVR-CH-1034", "HVR-CH-1244"],
            ["Cylinder seal kit", "HVR-SK-50", "HVR-SK-60"],
            ["Lowering valve solenoid 24 V", "HVR-LV-24", "HVR-LV-24"],
            ["Overload pressure switch", "HVR-PS-100", "HVR-PS-100"],
            ["Safety edge, under platform", "HVR-SE-900", "HVR-SE-1100"],
            ["Emergency battery 12 V 7 Ah (two needed)", "HVR-BAT-7", "HVR-BAT-7"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Portellis DO lift door operators
PORTELLIS = [
    ("title", "Portellis DO Lift Car Door Operators\nInstallation and Adjustment Manual - DO-2C and DO-2S"),
    (
        "p",
        "Document PTL-SM-DO-07, Edition 1, June 2025. Portellis Door Systems. The DO-2C (two panels, centre "
        "opening) and the DO-2S (two panels, side opening, telescopic) are car door operators with a brushless "
        "24 V DC motor, a toothed belt drive and the DCU-4 door control unit. The coupler (vane) on the car door "
        "engages the rollers of the landing door lock at each floor, so the car door drives the landing door. "
        "Apart from the panel arrangement and the values given for each model, the two operators are built alike "
        "and use the same DCU-4 software. The landing doors, their locks and their closers are the lift maker's "
        "and are not covered by this manual, nor is the lift controller that sends the open and close commands.",
    ),
    (
        "warn",
        "WARNING: Before working on the operator from the car roof, switch the lift to inspection mode. The DCU-4 "
        "can move the doors whenever it has supply; switch it off at the car roof isolator before putting hands "
        "near the belt or the coupler.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DO-2C", "DO-2S"],
            ["Door arrangement", "2 panels, centre opening", "2 panels, side opening"],
            ["Clear opening width", "700-1400 mm", "700-1200 mm"],
            ["Car door panels, total mass", "up to 140 kg", "up to 120 kg"],
            ["Total moving mass, car door and landing door together", "up to 280 kg", "up to 240 kg"],
            ["Motor", "24 V DC brushless, 100 W", "24 V DC brushless, 100 W"],
            ["Supply to the DCU-4", "230 V 1~ 50/60 Hz, 1.0 A", "230 V 1~ 50/60 Hz, 1.0 A"],
            ["Opening speed, highest setting", "0.5 m/s per panel", "0.8 m/s fast panel"],
            ["Static closing force (stall) at the leading edge", "no more than 150 N", "no more than 150 N"],
            ["Toothed belt", "HTD 5M, 15 mm wide", "HTD 5M, 15 mm wide"],
            ["Belt deflection at mid span under 20 N", "10 mm", "8 mm"],
            ["Coupler blade to landing door roller, each side", "5 mm ±1 mm", "5 mm ±1 mm"],
            ["Operator mass for a 900 mm opening", "36 kg", "32 kg"],
            ["Ambient temperature", "-10 to +50 °C", "-10 to +50 °C"],
            ["Light curtain (car entrance)", "PTL-LC-2000, 154 beams", "PTL-LC-2000, 154 beams"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never disable the light curtain or the force limit to get a lift back into service.",
            "Keep fingers away from the gap between the panels and the frame when testing.",
            "The DCU-4 must be earthed through its supply plug; the door panels through the hanger bolts.",
            "After any change of door panels, fit the new mass in the learning run (section 6) before use.",
            "The car door lock switch is part of the lift's safety chain; test it after every adjustment of the "
            "coupler.",
        ],
    ),
    ("h", "3. Settings menu"),
    (
        "cols",
        [
            ("h", "Kinetic energy"),
            (
                "p",
                "With the average closing speed, the kinetic energy of all moving parts of the car door and the "
                "landing door together must be no more than 10 J. The DCU-4 works out the highest average closing "
                "speed from the mass found in the learning run: v = sqrt(2 x 10 J / m). For checking by hand: "
                "100 kg allows 0.44 m/s, 150 kg allows 0.36 m/s, 200 kg allows 0.31 m/s and 250 kg allows "
                "0.28 m/s. On the DO-2S the whole moving mass is counted as if it moved at the speed of the fast "
                "panel.",
            ),
            ("h", "Closing force"),
            (
                "p",
                "Menu C.04 sets the force at which closing stops and the doors reopen: default 130 N, settable "
                "80-150 N in steps of 10 N. The DCU-4 measures the force from the motor current; a force gauge "
                "check is described in section 9.",
            ),
            ("h", "Nudging"),
            (
                "p",
                "Menu C.07: if closing is kept from finishing for longer than the nudging time (default 20 s, "
                "settable 10-60 s), the doors close at reduced speed with the buzzer sounding and the light "
                "curtain ignored. The kinetic energy while nudging is limited to 4 J.",
            ),
            ("h", "Speeds and cushioning"),
            (
                "p",
                "Menus O.01 to O.03 set opening speed, acceleration and the end cushioning distance (default "
                "50 mm). Menus C.01 to C.03 do the same for closing. The closing speed can never be set above the "
                "value the kinetic energy rule allows.",
            ),
            ("h", "Holding"),
            (
                "p",
                "Menu H.01 sets the holding current that keeps the doors closed during travel (default 25 % of "
                "the motor current) and H.02 the current that holds them open (default 15 %).",
            ),
            ("h", "Learning run"),
            (
                "p",
                "Menu L.01 starts the learning run, in which the DCU-4 measures the clear opening width, the "
                "friction and the moving mass. It must be repeated after any change to the panels, the hangers "
                "or the belt.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["d01", "Motor overcurrent", "Doors jammed, a hanger roller seized, or a foreign body in the sill groove."],
            ["d02", "Encoder", "Motor encoder signals missing. Check the encoder plug at the motor."],
            ["d03", "Not learnt", "No valid learning run stored. Carry out the learning run (section 6)."],
            ["d04", "Closing time", "Doors not closed within 20 s after the nudging time ran out."],
            ["d05", "Opening time", "Doors not fully open within 10 s: obstruction or belt slipping."],
            ["d06", "Supply low", "Supply to the DCU-4 below 190 V."],
            ["d07", "DCU-4 hot", "Heat sink above 85 °C: doors working against friction or a high holding current."],
            ["d08", "Light curtain", "Light curtain failed its self-test. Clean the strips; check the cable."],
            ["d09", "Car door lock", "Car door lock contact not made 2 s after the doors reached closed."],
            ["d11", "Mass too high", "Moving mass learnt above 280 kg (DO-2C) or 240 kg (DO-2S)."],
            ["d12", "Controller link", "No messages from the lift controller on the CAN bus for 1 s."],
        ],
        (16, 36, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Doors reopen just before they are fully closed, nothing in the way, at all floors",
                "Closing force C.04 set too low for the friction, or the car door sill groove dirty",
                "Clean the sill grooves; raise C.04 by 10 N at a time, never above 150 N",
            ],
            [
                "Landing door does not follow the car door at one floor only",
                "Coupler out of line with that landing door's rollers",
                "Check the roller clearance at that floor (section 8)",
            ],
            [
                "Doors judder and a clicking comes from the operator",
                "Belt too slack and jumping teeth",
                "Set the belt tension (section 7)",
            ],
            [
                "Doors slam at the end of closing",
                "Mass learnt too low after a panel change, or cushioning too short",
                "Repeat the learning run; set the cushioning in C.03",
            ],
            [
                "Doors always close slowly with the buzzer",
                "Nudging every time: light curtain dirty or out of line",
                "Clean and align the light curtain strips",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Learning run"),
    (
        "ol",
        [
            "Switch the lift to inspection mode and park the car at a floor, with the coupler engaged on that "
            "floor's landing door.",
            "Check by hand that the doors run freely over their whole width, with no rubbing in the sill.",
            "On the DCU-4, set the DIP switch 1 to the operator type: OFF for DO-2C, ON for DO-2S.",
            "Select menu L.01 and press OK for 3 s.",
            "The doors close slowly, open fully, then close and open twice at normal speed.",
            "The display shows the width in mm and the mass in kg; check that the width is the clear opening width "
            "within 10 mm.",
            "If d11 is shown, the mass is too high for the operator: check the panels and hangers before anything "
            "else.",
            "Switch back to normal mode and watch ten door cycles.",
        ],
    ),
    ("h", "7. Adjusting the belt tension"),
    (
        "ol",
        [
            "Switch off the DCU-4 at the car roof isolator.",
            "Close the doors by hand.",
            "Press the belt at the middle of its longest free span with a spring scale set to 20 N.",
            "Read the deflection: 10 mm (DO-2C) or 8 mm (DO-2S) is correct.",
            "To adjust, loosen the two fixing screws of the idler pulley bracket.",
            "Turn the tensioning screw until the deflection is right.",
            "Tighten the bracket screws to 12 Nm.",
            "Switch on and run the learning run (section 6).",
        ],
    ),
    ("h", "8. Aligning the coupler"),
    (
        "ol",
        [
            "Move the car in inspection mode until the coupler is level with the landing door rollers at the floor "
            "to be checked.",
            "Measure the clearance between each coupler blade and the roller beside it: 5 mm ±1 mm each side.",
            "Measure the gap between the coupler blades and the landing door sill: at least 6 mm and no more than "
            "10 mm.",
            "If only one floor is out, adjust the landing door lock at that floor (lift maker's instructions).",
            "If every floor is out in the same way, loosen the coupler on the car door hanger and move it sideways; "
            "tighten to 20 Nm.",
            "Check at every floor that the landing door opens with the car door and locks when closed.",
        ],
    ),
    ("h", "9. Checking the closing force"),
    (
        "ol",
        [
            "Hold a force gauge with a 50 mm wide pad at the leading edge of the car door, at the middle third of "
            "the closing travel and at about 1 m height.",
            "Give a close command.",
            "Read the highest force: it must be no more than 150 N.",
            "If it is higher, lower C.04 by 10 N and measure again.",
            "Record the value and the C.04 setting in the lift log book.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every visit", "Clean the sill grooves; watch ten door cycles"],
            ["6 months", "Check belt tension, hanger rollers and the coupler clearances at every floor"],
            ["12 months", "Check the closing force (section 9); test the light curtain by interrupting each zone"],
            ["4 million cycles or 8 years, whichever comes first", "Replace the toothed belt and the hanger rollers"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DO-2C", "DO-2S"],
            ["DCU-4 door control unit", "PTL-DCU-4", "PTL-DCU-4"],
            ["Motor with encoder", "PTL-M100", "PTL-M100"],
            ["Toothed belt HTD 5M", "PTL-TB-2C", "PTL-TB-2S"],
            ["Hanger roller set", "PTL-HR-2C", "PTL-HR-2S"],
            ["Coupler (vane)", "PTL-CV-2", "PTL-CV-2"],
            ["Light curtain pair", "PTL-LC-2000", "PTL-LC-2000"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Grippvald RG-13 rope gripper
GRIPPVALD = [
    ("title", "Grippvald RG-13 Rope Gripper\nInstallation, Operation and Maintenance Manual"),
    (
        "p",
        "Document GRV-IM-RG13-05, Edition 5, February 2025. Grippvald Brake Technology. The RG-13 is a rope brake "
        "that clamps the suspension ropes of a traction lift between two lined jaws. It is used as the braking "
        "element against ascending car overspeed and against unintended car movement. Springs close the jaws; a "
        "24 V DC holding magnet keeps them open, and a geared reset motor opens them again after a trip. The "
        "RG-13 is triggered by the overspeed switch of the governor or by the lift controller's movement "
        "monitoring, through the GRC-2 control box. The choice of the trigger devices, the brake calculation of "
        "the complete lift and the tests at acceptance are the lift maker's.",
    ),
    (
        "warn",
        "WARNING: The spring pack stores a large force. Never open the jaw housing or loosen the spring pack "
        "bolts (red paint). Springs and linings are changed only by Grippvald service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RG-13"],
            ["Rope set", "up to 6 ropes of 8-13 mm, side by side within 110 mm"],
            ["Braking force, set at the factory to the order and sealed", "S1 12 kN, S2 18 kN or S3 24 kN"],
            ["Highest rope speed at the moment of tripping", "4.0 m/s"],
            ["Response time, trigger signal to jaws on the ropes", "no more than 60 ms"],
            ["Clearance between each open jaw and the ropes", "3-5 mm"],
            ["Lining thickness, new", "7 mm"],
            ["Lining thickness, wear limit", "4 mm"],
            ["Holding magnet", "24 V DC, 0.75 A"],
            ["Reset motor", "24 V DC gear motor, reset in about 40 s"],
            ["Supply to the GRC-2 control box", "24 V DC ±10 %, 4 A"],
            ["Ambient temperature", "-10 to +45 °C"],
            ["Mass", "46 kg"],
            ["Fixing", "four M16 bolts, property class 8.8, into the machine frame"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The tightening torque of the four fixing bolts depends on the machine frame and is given by the lift "
        "maker. The RG-13 must sit so that the ropes run through the middle of the jaws, within ±1° of the jaw "
        "axis, at a point where they do not swing more than 5 mm sideways in travel.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work on the RG-13 only with the lift switched off and locked, the car held, and the jaws closed.",
            "Before opening the jaws by hand, make sure the car cannot move: brake closed and the car on its "
            "buffer or held by the safety gear.",
            "Keep oil and grease away from the ropes and the linings. An oily rope can halve the braking force.",
            "Never paint over the seal of the spring pack. A broken seal ends the type approval of the unit.",
        ],
    ),
    ("h", "3. Function and settings"),
    (
        "cols",
        [
            ("h", "Braking force"),
            (
                "p",
                "The braking force is chosen by the lift maker for the lift and set by Grippvald with one of three "
                "spring packs: S1 12 kN, S2 18 kN or S3 24 kN. The setting is stamped on the type plate. Changing "
                "it on site is not allowed; the unit must be returned to Grippvald service.",
            ),
            ("h", "Retardation check"),
            (
                "p",
                "For a quick check of a setting, the mean retardation is a = F / M, where F is the braking force "
                "and M the total moving mass: car, counterweight, ropes, travelling cables, and the inertia of the "
                "sheave and the motor as an equivalent mass from the lift maker. With the empty car going up, "
                "a must not exceed 9.81 m/s² (1 g). Example: M = 2500 kg with S3 gives 24 000 N / 2500 kg = "
                "9.6 m/s², which is allowed.",
            ),
            ("h", "Triggering"),
            (
                "p",
                "The GRC-2 drops the holding magnet when its trigger input opens: the governor switch (input T1) "
                "or the controller's movement monitoring (input T2). It also drops the magnet if the 24 V DC "
                "supply has been missing for more than 2 s, so the RG-13 engages after every longer power cut. "
                "The buffer module GRV-BM-2 bridges supply gaps of up to 3 s.",
            ),
            ("h", "Reset"),
            (
                "p",
                "After the cause has been cleared, a reset at the GRC-2 (RESET button for 3 s) runs the reset "
                "motor, which compresses the springs until the magnet holds the jaws open. If the jaws are not open "
                "within 90 s, the reset stops with G06. Without power the jaws can be opened with the hand crank "
                "(section 7).",
            ),
            ("h", "Switches"),
            (
                "p",
                "The jaw position switch opens the safety chain as soon as the jaws leave the open position. A "
                "lining wear switch gives G07 when the lining reaches the 4 mm wear limit; the lift then finishes "
                "its run and is blocked at the next floor.",
            ),
            ("h", "Daily self-test"),
            (
                "p",
                "Every 24 h, with the car parked, the GRC-2 cuts the holding current for 50 ms and checks that the "
                "jaw position switch starts to move. A failed test gives G09 and blocks the lift.",
            ),
        ],
    ),
    ("h", "4. GRC-2 codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Tripped by governor switch (T1)", "Find the cause of the overspeed with the lift maker; reset."],
            ["G02", "Tripped by movement monitoring (T2)", "Find why the car moved; reset only after the controller fault is cleared."],
            ["G03", "Supply lost for more than 2 s", "Normal after a power cut. Reset when the supply is back."],
            ["G05", "Jaws not open after reset", "Jaw position switch still open: check the switch and its cam."],
            ["G06", "Reset timeout", "Jaws not open within 90 s: reset spindle stiff or reset motor faulty."],
            ["G07", "Lining worn", "Lining at 4 mm or less. Call Grippvald service for a lining change."],
            ["G08", "Magnet coil", "Holding magnet open circuit or shorted. Measure the coil: 32 ohm ±10 %."],
            ["G09", "Self-test failed", "Jaws did not start to move in the daily self-test. Call Grippvald service."],
            ["G10", "GRC-2 overtemperature", "Temperature in the box above 60 °C. Check the ventilation of the machine room."],
        ],
        (16, 56, 98),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "RG-13 engages at every short mains dip, car stuck between floors",
                "24 V supply without buffering drops for more than 2 s",
                "Fit the buffer module GRV-BM-2 (bridges 3 s) in the 24 V supply",
            ],
            [
                "Polished, shiny marks on the ropes after normal running",
                "A jaw lining touching the ropes: clearance too small or ropes out of line",
                "Set the jaw clearance to 3-5 mm on each side (section 9); check the rope line",
            ],
            [
                "Squeal or rubbing noise at the gripper during travel",
                "Ropes swinging into the jaws",
                "Check the position of the RG-13; ropes must not swing more than 5 mm",
            ],
            [
                "Reset runs but the lift stays blocked, G05",
                "Jaw position switch cam loose or switch worn",
                "Check and set the cam; replace the switch GRV-PS-1",
            ],
            [
                "Car stopped by the RG-13 slides a long way on the ropes",
                "Oil or grease on the ropes or linings",
                "Take the lift out of service; clean the ropes; call Grippvald service for the linings",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Installation"),
    (
        "ol",
        [
            "Check the type plate: the braking force setting must be the one in the lift maker's calculation.",
            "Lift the RG-13 onto the machine frame with the two lifting eyes; never lift it by the reset motor.",
            "Fit the four M16 bolts loosely.",
            "Close the jaws by hand with the hand crank turned fully anticlockwise so that the ropes are centred.",
            "Move the unit until every rope runs in the middle of the jaws and within ±1° of the jaw axis.",
            "Tighten the bolts to the torque given by the lift maker and mark them.",
            "Wire the GRC-2: supply, magnet, reset motor, switches, trigger inputs T1 and T2, safety chain.",
            "Reset the RG-13 and check the jaw clearance (section 9).",
            "Carry out the function test (section 8).",
        ],
    ),
    ("h", "7. Reset after a trip"),
    (
        "ol",
        [
            "Find and clear the cause shown by the GRC-2 code. Never reset after G02 before the controller fault "
            "is known.",
            "Make sure nobody is in the car or that the passengers have been told the car will move.",
            "With power: press RESET on the GRC-2 for 3 s and wait about 40 s until the READY lamp lights.",
            "Without power: switch off and lock the main switch, fit the hand crank on the reset spindle and turn "
            "it clockwise, about 45 turns, until the jaws stand fully open and the pawl clicks in.",
            "The hand pawl holds the jaws open only until the power returns; the magnet then takes over.",
            "Check the jaw clearance by eye on both sides, then move the car at inspection speed over one floor.",
            "Record the trip and the cause in the lift log book.",
        ],
    ),
    ("h", "8. Function test"),
    (
        "ol",
        [
            "Bring the empty car to a middle floor and switch the lift to inspection mode.",
            "Start an upward inspection run.",
            "Press the TEST button on the GRC-2: the jaws must close and the car must stop.",
            "Check that the jaw position switch opened the safety chain and the GRC-2 shows G01.",
            "Mark the ropes at the jaws with chalk, reset, and check that no rope has slipped in its groove at "
            "the sheave.",
            "Repeat once in the down direction.",
            "Note the stopping distance shown by the controller in the lift log book.",
        ],
    ),
    ("h", "9. Checking jaw clearance and lining wear"),
    (
        "ol",
        [
            "Reset the RG-13 so that the jaws are open, then switch off and lock the main switch.",
            "Measure the clearance between each jaw lining and the nearest rope with feeler gauges at the top and "
            "the bottom of the jaw: 3-5 mm.",
            "Measure the lining thickness at the inspection window: at least 4 mm.",
            "To correct the clearance, loosen the two clamping screws of the jaw carrier and turn the adjusting "
            "screw; one turn moves the jaw by 1 mm. Tighten the clamping screws to 45 Nm.",
            "Check that both jaws have the same clearance within 1 mm.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Read the GRC-2 log; look for rope marks at the jaws"],
            ["6 months", "Check jaw clearance and lining thickness (section 9); grease the reset spindle"],
            ["12 months", "Function test (section 8)"],
            ["Lining at 4 mm, or 6 years, whichever comes first", "Lining change by Grippvald service"],
            ["10 years", "Spring pack exchange by Grippvald service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Holding magnet 24 V DC", "GRV-HM-24"],
            ["Reset gear motor 24 V DC", "GRV-RM-24"],
            ["Jaw position switch", "GRV-PS-1"],
            ["GRC-2 control box", "GRV-GRC-2"],
            ["Buffer module, 3 s", "GRV-BM-2"],
            ["Hand crank", "GRV-HC-1"],
            ["Lining set (fitted by Grippvald service only)", "GRV-LS-13"],
        ],
        (90, 80),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ascendra-tc-traction-lift-controller.pdf", "Ascendra ASC-SM-TC-04 Ed 3 - TC-11 / TC-22", ASCENDRA),
        ("hevrond-vp-hydraulic-platform-lift.pdf", "Hevrond HVR-OM-VP-02 Ed 2 - VP-300 / VP-400", HEVROND),
        ("portellis-do-lift-door-operator.pdf", "Portellis PTL-SM-DO-07 Ed 1 - DO-2C / DO-2S", PORTELLIS),
        ("grippvald-rg-rope-gripper.pdf", "Grippvald GRV-IM-RG13-05 Ed 5 - RG-13", GRIPPVALD),
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
