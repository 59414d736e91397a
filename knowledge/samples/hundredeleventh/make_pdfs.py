"""Generate the PDF manuals of the hundred-and-eleventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set111-scratch/venv && /tmp/set111-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set111-scratch/venv/bin/python knowledge/samples/hundredeleventh/make_pdfs.py

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


# ---------------------------------------------------------------- Carrovane WD stage wagon drives
CARROVANE = [
    ("title", "Carrovane WD Stage Wagon Drives\nOperation and Maintenance Manual - WD-400 and WD-800"),
    (
        "p",
        "Document CRV-OM-WD-03, Edition 2, March 2025. Carrovane Stage Automation. The WD-400 and WD-800 are floor "
        "track drives for tracked scenery wagons. A drive unit at one end of the track turns a grooved rope drum; a "
        "galvanised steel rope runs from the drum along the track slot, round the idler and tensioner at the far end "
        "and back to the drum. A shuttle clamped to the rope runs in the slot, and the guide knife under the wagon "
        "drops into the shuttle, so the wagon follows the rope. Apart from the rated pull, the speeds, the rope and "
        "the items named in this manual, the two drives are built alike. The motion desk that runs the cues has its "
        "own manual (CRV-OM-MD-01), which also describes cue programming and profiles. The track channel, the stage "
        "deck it sits in and the wagons themselves are built by the production's scenic workshop, not by Carrovane.",
    ),
    (
        "warn",
        "WARNING: A moving wagon can crush feet and trap people against scenery and walls. Never run a cue unless "
        "the wagon path has been checked clear and a watcher with a local stop button can see the whole path. "
        "Nobody may ride a wagon unless the production's risk assessment allows it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WD-400", "WD-800"],
            ["Rated pull at the shuttle", "4.0 kN", "8.0 kN"],
            ["Maximum wagon mass, level stage, polyurethane castors", "2000 kg", "4500 kg"],
            ["Maximum wagon speed", "1.2 m/s", "0.8 m/s"],
            ["Maximum acceleration and deceleration in a cue", "0.6 m/s²", "0.4 m/s²"],
            ["Emergency stop deceleration (Category 1 stop)", "1.0 m/s²", "0.8 m/s²"],
            ["Stopping distance from full speed after an emergency stop", "no more than 0.75 m", "no more than 0.45 m"],
            ["Positioning accuracy at the target, after homing", "±2 mm", "±3 mm"],
            ["Maximum track length (slot)", "24 m", "30 m"],
            ["Servo motor with holding brake, 400 V 3~ 50 Hz", "2.2 kW, 5.0 A", "4.0 kW, 8.6 A"],
            ["Supply fuse", "16 A type C", "20 A type C"],
            ["Rope drum diameter (grooved)", "160 mm", "225 mm"],
            ["Drive rope, galvanised steel 7x19", "6 mm", "9 mm"],
            ["Minimum breaking force of the rope", "25.0 kN", "52.0 kN"],
            ["Rope pre-tension", "1.0 kN", "2.0 kN"],
            ["Tensioner spring length at the correct pre-tension", "142 mm", "168 mm"],
            ["Breakaway pin in the shuttle, shears at", "6.0 kN", "11.0 kN"],
            ["Noise at 1 m from the drive unit, 0.5 m/s, no wagon on the track", "41 dB(A)", "44 dB(A)"],
            ["Mass of the drive unit", "118 kg", "172 kg"],
            ["Ambient temperature in use", "5-35 °C", "5-35 °C"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum wagon mass holds only on a level stage (a slope of no more than 1:100), with polyurethane "
        "castors of at least 100 mm diameter in good condition and a rolling resistance of no more than 2 % of the "
        "wagon weight. On a raked stage, or with other castors, air castors or a wagon that rubs on scenery, the "
        "mass allowed is lower and is not given here; Carrovane service works it out for the actual rake and wagon "
        "on request. The rope has a design factor of at least 6 against the rated pull on both models.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Set up each wagon path with the stage manager before the first rehearsal.",
            "Keep the track slot free of screws, sequins, gaffer tape and other debris; anything in the slot can lift "
            "the knife out of the shuttle.",
            "The drive unit must be covered by its guard before any cue is run. The guard switch stops the drive if "
            "the guard is opened.",
            "Lock off the drive at its isolator with your own padlock before working on the rope, the shuttle, the "
            "idler or the drum.",
            "The breakaway pin protects people and scenery, not the drive. Never replace it with a bolt or with a pin "
            "of another rating.",
            "Rope inspection records and the yearly thorough examination of the drive are for a competent person "
            "appointed by the site; this manual does not replace that examination.",
        ],
    ),
    ("h", "3. Motion limits and settings"),
    (
        "cols",
        [
            ("h", "Soft limits"),
            (
                "p",
                "Each axis has two soft limits, set in the motion desk. Set each soft limit at least 300 mm inside "
                "the hard limit switch at that end of the track, so that a wagon stopping from full speed after an "
                "overtravel never reaches the buffers. A cue whose target lies outside the soft limits is refused "
                "by the desk.",
            ),
            ("h", "Hard limits and buffers"),
            (
                "p",
                "A hard limit switch at each end of the track stops the drive with an emergency stop (W08). Behind "
                "the switches, rubber buffers on the track end plates take a wagon of the maximum mass at up to "
                "0.3 m/s. Replace the buffers after any impact faster than 0.3 m/s.",
            ),
            ("h", "Following error"),
            (
                "p",
                "The drive compares the position demanded by the desk with the position measured by the motor "
                "encoder. If they differ by more than 25 mm (WD-400) or 40 mm (WD-800) during a move, the drive "
                "stops with W05. A second encoder on the idler checks the rope: a difference of more than 100 mm "
                "between the two encoders shows that the rope slips on the drum (W06).",
            ),
            ("h", "Rehearsal speed"),
            (
                "p",
                "With the desk in REHEARSAL mode the speed of every axis is limited to 0.3 m/s on both models, "
                "whatever the cue says.",
            ),
            ("h", "Hold-to-run"),
            (
                "p",
                "The operator must hold the GO button on the desk for the whole move. Releasing it stops the wagon "
                "at the cue deceleration (W11 is shown for information).",
            ),
            ("h", "Duty"),
            (
                "p",
                "Both drives are rated for no more than 30 full-load moves per hour, with at least 60 s between two "
                "moves at full speed. Above this the motor thermal protection trips with W02.",
            ),
            ("h", "Wagon mass entry"),
            (
                "p",
                "Enter the wagon mass in the desk, rounded up to the next 50 kg, including any scenery and "
                "performers it carries. The drive sets its torque limit from it: overload (W13) trips at 150 % of "
                "the torque needed for the entered mass for more than 2 s.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "W01",
                "Emergency stop",
                "An emergency stop button, a watcher's local stop or the guard switch is open. Release it and "
                "reset at the desk.",
            ],
            [
                "W02",
                "Motor overtemperature",
                "More than 30 full-load moves per hour, or a wagon that drags. Let the motor cool for 15 min.",
            ],
            ["W03", "Supply fault", "A phase missing or the supply below 360 V. Check the fuses and the supply."],
            [
                "W04",
                "Brake not released",
                "The holding brake did not release within 0.3 s. Check the brake supply (24 V DC) and the air gap.",
            ],
            [
                "W05",
                "Following error",
                "Demand and actual position differ by more than 25 mm (WD-400) or 40 mm (WD-800): wagon blocked, "
                "castors jammed or mass entered too low.",
            ],
            [
                "W06",
                "Rope slip",
                "Motor and idler encoders differ by more than 100 mm: rope tension too low or oil on the rope.",
            ],
            [
                "W07",
                "Soft limit overtravel",
                "Wagon more than 50 mm past a soft limit. Move it back in manual mode at reduced speed.",
            ],
            [
                "W08",
                "Hard limit",
                "A hard limit switch opened. Move the wagon off the switch in manual mode and find out why it got "
                "there.",
            ],
            [
                "W10",
                "Slack rope",
                "The tensioner switch opened: rope broken, shuttle off the rope or tension far too low. Do not "
                "move the axis.",
            ],
            ["W11", "Hold-to-run released", "Information only. The wagon stopped at the cue deceleration."],
            [
                "W12",
                "Not homed",
                "The axis has not been homed since the power was switched on. Home it (section 6).",
            ],
            [
                "W13",
                "Overload",
                "Torque above 150 % of that needed for the entered mass for 2 s: wrong mass entered, wagon rubbing, "
                "castor seized.",
            ],
            [
                "W14",
                "Service due",
                "500 h of running or 12 months since the last Carrovane service, whichever comes first. The drive "
                "still works.",
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
                "Wagon stops a little further off its mark as the show goes on",
                "Rope slipping on the drum: rope tension low or oil on the rope",
                "Check the rope tension (section 7), wipe the rope dry, then home the axis",
            ],
            [
                "Wagon judders when it moves slowly",
                "Rope tension too low, flat spots on the castors or the knife binding in the slot",
                "Check the tension; push the wagon by hand to find tight castors; clean the slot",
            ],
            [
                "Scraping noise along the track",
                "Debris in the slot, or the knife worn through its nylon facing",
                "Vacuum the slot; replace the knife facing (CRV-KF-18)",
            ],
            [
                "Squeal from the far end of the track",
                "Idler or tensioner pulley bearing dry or worn",
                "Replace the pulley bearing (CRV-PB-62)",
            ],
            [
                "Wagon drifts a few millimetres when pushed after a stop",
                "Holding brake air gap too large or brake lining worn",
                "Set the air gap to 0.3-0.5 mm; replace the brake if it cannot be set",
            ],
            [
                "Wagon stays where it is but the shuttle runs on without it",
                "Breakaway pin sheared",
                "Find the cause, then replace the pin (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Homing the axis"),
    (
        "ol",
        [
            "Switch on the drive and the desk; W12 is shown.",
            "Check that the track is clear: the wagon moves during homing.",
            "Select the axis and HOME on the desk.",
            "Hold GO. The wagon moves at 0.1 m/s towards the home switch at the drive end, stops, and backs off "
            "50 mm slowly.",
            "Check that the desk shows the home position (0 mm) and that W12 has cleared.",
            "Move the wagon in REHEARSAL mode to a spike mark and compare the position shown with the mark: they "
            "must agree within ±2 mm (WD-400) or ±3 mm (WD-800).",
            "If they do not agree, check the rope tension (section 7) and home again.",
        ],
    ),
    ("h", "7. Setting the rope tension"),
    (
        "ol",
        [
            "Move the shuttle to the drive end of the track, lock off the drive at its isolator and fit your padlock.",
            "Remove the cover of the tensioner at the idler end of the track.",
            "Measure the length of the tensioner spring between its two washers.",
            "The correct length is 142 mm (WD-400) or 168 mm (WD-800), which gives a pre-tension of 1.0 kN or 2.0 kN.",
            "If the spring is longer, loosen the lock nut and turn the adjusting nut clockwise to compress the "
            "spring; if it is shorter, turn the nut anticlockwise.",
            "Set the length within ±2 mm and tighten the lock nut to 45 Nm.",
            "Refit the cover, remove the padlock and switch on.",
            "Home the axis (section 6) and run the longest cue twice in REHEARSAL mode; W06 must not appear.",
            "If the spring needs more than 10 mm of adjustment within one month, the rope is stretching or "
            "damaged: inspect it (section 9).",
        ],
    ),
    ("h", "8. Replacing the breakaway pin"),
    (
        "ol",
        [
            "Find and remove the cause of the breakaway (wagon blocked, scenery caught, castor jammed).",
            "Lock off the drive at its isolator.",
            "Lift the knife of the wagon out of the shuttle.",
            "Push out the two halves of the sheared pin with a 5 mm drift.",
            "Fit a new pin of the right rating: CRV-BP-6 (6.0 kN, WD-400, yellow) or CRV-BP-11 (11.0 kN, WD-800, red).",
            "Secure the pin with its R-clip.",
            "Drop the knife back into the shuttle, switch on and home the axis.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each performance", "Check the slot is clear; run one cue in REHEARSAL mode; test one emergency stop"],
            ["Weekly", "Vacuum the track slot; check the knife facing and the shuttle for wear"],
            ["Monthly", "Check the rope tension (section 7); check the brake air gap, 0.3-0.5 mm"],
            [
                "Every 3 months or 150 h of running, whichever comes first",
                "Inspect the full length of the rope; check the drum grooves and the pulleys",
            ],
            ["500 h or 12 months (W14)", "Carrovane service: brake, encoders, gearbox oil level"],
            ["Yearly", "Thorough examination by a competent person appointed by the site"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Discard the rope when its diameter at any point has fallen to 5.4 mm (WD-400) or 8.1 mm (WD-800), when more "
        "than 4 broken wires are found within any 200 mm (WD-400) or 300 mm (WD-800) of its length, or when it is "
        "kinked, crushed or corroded. A rope with oil on it must be wiped with a dry cloth only, never with solvent. "
        "The new rope is fitted by Carrovane service or by a rigger trained on the rope kit; the fitting instructions "
        "come with the kit.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WD-400", "WD-800"],
            ["Drive rope kit, cut to the track length", "CRV-R6-7", "CRV-R9-7"],
            ["Breakaway pin, pack of 5", "CRV-BP-6", "CRV-BP-11"],
            ["Shuttle, complete", "CRV-SH-6", "CRV-SH-9"],
            ["Knife facing, nylon", "CRV-KF-18", "CRV-KF-18"],
            ["Pulley bearing", "CRV-PB-62", "CRV-PB-62"],
            ["Tensioner spring", "CRV-TS-142", "CRV-TS-168"],
            ["Buffer set, 2 pieces", "CRV-BU-40", "CRV-BU-60"],
            ["Local stop button with 20 m cable", "CRV-LS-20", "CRV-LS-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fiammora FP flame effect projectors
FIAMMORA = [
    ("title", "Fiammora FP Flame Effect Projectors\nUser and Maintenance Manual - FP-3 and FP-6"),
    (
        "p",
        "Document FMR-UM-FP-02, Edition 3, June 2024. Fiammora Stage Effects. The FP-3 and FP-6 are vertical flame "
        "effect projectors for stages and live events. Liquid propane from a cylinder with a dip tube flows through "
        "two solenoid valves in series to the nozzle; a high-voltage spark ignites the jet above the nozzle and a "
        "thermocouple in the flame head checks that it burns. The projector is fired from a DMX show controller or "
        "from the Fiammora FC-2 hand controller, which has its own manual. Apart from the flame height, the gas use "
        "and the values given for each model, the two projectors are built alike. The permit to use flame effects, "
        "the conditions set by the local fire authority and the approval of the venue's fire officer are for the "
        "production to obtain; this manual does not replace them.",
    ),
    (
        "warn",
        "WARNING: Flame effects can set fire to scenery, costumes, hair and rigging. Only a trained operator who can "
        "see the projector and the space above it may arm and fire it. Keep a fire extinguisher (CO2 or powder, at "
        "least 6 kg) and a fire blanket within reach of every projector.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FP-3", "FP-6"],
            ["Maximum flame height (conditions below)", "3 m", "6 m"],
            ["Flame diameter at full height", "about 0.6 m", "about 1.1 m"],
            ["Fuel", "propane, liquid phase", "propane, liquid phase"],
            ["Propane used per second of flame", "12 g", "30 g"],
            ["Longest single shot", "3 s", "2 s"],
            ["Inlet pressure range", "4-9 bar", "5-9 bar"],
            ["Nozzle bore", "1.8 mm", "2.8 mm"],
            ["Ignition", "high-voltage spark, two electrodes", "high-voltage spark, two electrodes"],
            ["Igniter electrode gap", "3.0-3.5 mm", "3.0-3.5 mm"],
            ["Flame detection", "thermocouple", "thermocouple"],
            ["Tilt cut-off", "more than 10° from vertical", "more than 10° from vertical"],
            ["Supply", "230 V 50 Hz, 60 W", "230 V 50 Hz, 80 W"],
            ["DMX channels", "3", "3"],
            ["Gas hose, LPG rated, 10 mm bore", "up to 10 m", "up to 10 m"],
            ["Mass without hose", "17 kg", "24 kg"],
            ["Ingress protection", "IP54", "IP54"],
            ["Ambient temperature in use", "0-40 °C", "0-40 °C"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The flame heights hold only with the cylinder at 15-25 °C, the projector upright, indoors or outdoors with "
        "wind below 2 m/s, and a clean nozzle. A cold cylinder gives a lower inlet pressure and a shorter flame; "
        "flame heights at other cylinder temperatures are not given. Never warm a cylinder with a flame, a heater "
        "or hot water to raise its pressure.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Use only propane cylinders with a dip tube (liquid off-take), standing upright and chained or strapped. "
            "A cylinder without a dip tube gives vapour and a weak flame.",
            "Store full and empty cylinders outside the building in the store provided by the site; no more than "
            "the cylinders needed for the performance may be kept on stage.",
            "Scenery and drapes within 3 m of the flame axis must be flame retardant; the production keeps the "
            "certificates.",
            "Never leave an armed projector. Disarm it (ARM key off) whenever the operator leaves the firing "
            "position.",
            "Wear gloves when handling the flame head after firing: it stays above 100 °C for several minutes.",
        ],
    ),
    ("h", "3. Safety distances and settings"),
    (
        "cols",
        [
            ("h", "Clear height"),
            (
                "p",
                "The clear height above the nozzle must be at least 1.5 times the set flame height, and never less "
                "than 4 m. Nothing may hang above the projector within this height: no borders, cables, lighting "
                "bars or scenery.",
            ),
            ("h", "Distance to people"),
            (
                "p",
                "While a projector is armed, keep everyone except the operator at least 2.5 m (FP-3) or 4 m (FP-6) "
                "from the nozzle axis. The nearest audience seat must be at least 5 m (FP-3) or 8 m (FP-6) from "
                "the nozzle axis, unless the fire authority sets a larger distance.",
            ),
            ("h", "DMX channels"),
            (
                "p",
                "Channel 1 (safety): a value of 101-140 arms the projector; any other value disarms it. Channel 2 "
                "(fire): 200-255 fires while channel 1 is in its window. Channel 3 (shot length): 0-255 sets the "
                "longest shot from 0.1 s to the maximum of the model; the projector never fires longer, whatever "
                "channel 2 does.",
            ),
            ("h", "Duty"),
            (
                "p",
                "Fire no more than 10 shots per minute, with no more than 30 s of flame in any 5 min. Above this the "
                "flame head overheats and the projector locks out with F05 until it has cooled below 120 °C.",
            ),
            ("h", "Ignition check"),
            (
                "p",
                "The thermocouple must see the flame within 0.5 s of the valves opening. If it does not, both "
                "valves close and F03 is shown. After three F03 in a row the projector stays disarmed until it is "
                "reset at the unit.",
            ),
            ("h", "Wind"),
            (
                "p",
                "Outdoors, stop firing when the wind at the projector exceeds 8 m/s, or when it blows towards the "
                "audience at more than 2 m/s.",
            ),
            ("warn", "Both the ARM key on the projector and the arm switch of the show controller must be on before "
             "the projector will fire."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Tilt", "Projector more than 10° from vertical. Stand it upright and reset."],
            [
                "F02",
                "Low gas pressure",
                "Inlet below 4 bar (FP-3) or 5 bar (FP-6): cylinder valve closed, cylinder cold or nearly empty.",
            ],
            [
                "F03",
                "No flame",
                "The thermocouple did not see the flame within 0.5 s: igniter gap wrong or dirty, or no gas.",
            ],
            [
                "F04",
                "Valve fault",
                "A valve coil open circuit, or pressure found between the two valves while both are closed. Stop "
                "using the projector and return it to Fiammora.",
            ],
            ["F05", "Flame head overtemperature", "Duty exceeded. Wait until the head is below 120 °C."],
            ["F06", "DMX lost", "No DMX for more than 1 s. The projector disarms."],
            ["F08", "ARM key off", "Turn the ARM key on the projector."],
            ["F09", "Igniter fault", "No spark current: igniter lead loose or the ignition transformer faulty."],
            ["F10", "Electronics overtemperature", "Above 70 °C inside. Shade the projector from sun and lights."],
            [
                "F11",
                "Leak test failed",
                "The automatic leak test at start-up found a pressure fall of more than 0.5 bar in 30 s.",
            ],
            [
                "F12",
                "Service due",
                "5000 shots or 12 months since the last Fiammora service, whichever comes first.",
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
                "Flame short and weak, with a hissing sound",
                "Vapour instead of liquid: cylinder without a dip tube, lying down or nearly empty",
                "Use an upright cylinder with a dip tube; change the cylinder",
            ],
            [
                "Flame lazy and yellow, soot on the flame head",
                "Nozzle partly blocked or damaged",
                "Clean the nozzle (section 9); replace it if the bore is damaged",
            ],
            [
                "Fires only every second or third time, with a pop",
                "Igniter gap wrong or electrodes sooted",
                "Clean the electrodes and set the gap to 3.0-3.5 mm",
            ],
            [
                "Flame gets lower through the show",
                "Cylinder cooling down with heavy use",
                "Change to a cylinder at room temperature; allow fewer shots",
            ],
            [
                "Smell of gas between shots",
                "Leak at a hose joint or the cylinder connection",
                "Close the cylinder valve at once and do the leak test (section 7)",
            ],
            [
                "Flame leans to one side indoors",
                "Draught from a door or fan, or a dented nozzle",
                "Find the draught; check the nozzle",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up and test firing"),
    (
        "ol",
        [
            "Place the projector on a firm level surface at its marked position and check the clear height above it.",
            "Stand the cylinder upright within the hose length, chain it, and check its dip tube label.",
            "Connect the hose to the cylinder and to the projector; hand tight, then a quarter turn with a spanner.",
            "Connect the supply and the DMX cable; set the DMX address.",
            "Open the cylinder valve slowly. The projector runs its automatic leak test (F11 if it fails).",
            "Clear the area around the projector to the distances in section 3.",
            "Turn the ARM key and arm the show controller.",
            "Fire one short shot of 0.2 s and check that the flame is straight, blue at the base and lights at once.",
            "Fire one shot of the longest length used in the show and check the flame height against the clear "
            "height.",
            "Disarm at the show controller and turn the ARM key off until the performance.",
        ],
    ),
    ("h", "7. Leak test of the gas path"),
    (
        "ol",
        [
            "Connect the cylinder and the hose as for a show, with the projector disarmed.",
            "Open the cylinder valve, let the pressure settle for 1 min and read the inlet gauge.",
            "Close the cylinder valve.",
            "Watch the gauge: the pressure must fall by no more than 0.2 bar in 10 min.",
            "If it falls further, brush leak detection fluid on every joint from the cylinder to the projector and "
            "look for bubbles.",
            "Tighten or remake a leaking joint (never with PTFE tape on the flare joints) and repeat the test.",
            "Replace a hose that leaks through its wall or is cracked.",
        ],
    ),
    ("h", "8. Shutting down after the show"),
    (
        "ol",
        [
            "Disarm at the show controller.",
            "Close the cylinder valve.",
            "With the area still clear, arm and fire short shots until the flame dies and F02 shows: this burns the "
            "propane left in the hose.",
            "Turn the ARM key off and remove it.",
            "Disconnect the hose at the cylinder and fit the cylinder cap.",
            "Let the flame head cool before covering the projector.",
        ],
    ),
    ("h", "9. Cleaning the nozzle and setting the igniter gap"),
    (
        "ol",
        [
            "Shut down (section 8), disconnect the supply and let the flame head cool.",
            "Unscrew the flame head guard (four M5 screws).",
            "Unscrew the nozzle with a 17 mm socket.",
            "Clean the bore with the Fiammora cleaning wire of the right size (1.8 mm FP-3, 2.8 mm FP-6); never "
            "drill or ream it.",
            "Refit the nozzle to 15 Nm with a new copper washer.",
            "Clean the igniter electrodes with a brass brush and set their gap to 3.0-3.5 mm with a feeler gauge.",
            "Refit the guard and do the leak test (section 7) and a test shot.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each set-up", "Leak test at start-up (automatic); test shots (section 6)"],
            ["After every 500 shots, or weekly in use, whichever comes first", "Clean the nozzle and electrodes (section 9)"],
            ["Monthly", "Manual leak test (section 7); check the hose for cracks and kinks"],
            ["5 years from the date on the hose", "Replace the gas hose, even if it looks good"],
            ["5000 shots or 12 months (F12)", "Fiammora service: valves, thermocouple, tilt switch"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FP-3", "FP-6"],
            ["Nozzle with copper washer", "FMR-NZ-18", "FMR-NZ-28"],
            ["Igniter electrode pair", "FMR-IE-2", "FMR-IE-2"],
            ["Thermocouple", "FMR-TC-3", "FMR-TC-6"],
            ["Gas hose 5 m, LPG rated", "FMR-GH-5", "FMR-GH-5"],
            ["Gas hose 10 m, LPG rated", "FMR-GH-10", "FMR-GH-10"],
            ["Cleaning wire set", "FMR-CW-18", "FMR-CW-28"],
            ["ARM key (pair)", "FMR-AK-1", "FMR-AK-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tarewell LM rigging load monitoring
TAREWELL = [
    ("title", "Tarewell LM Wireless Load Links\nUser Manual - LM-10 and LM-20 with the LM-BS Base Station"),
    (
        "p",
        "Document TRW-UM-LM-04, Edition 1, October 2024. Tarewell Rigging Instruments. The LM-10 and LM-20 are "
        "wireless load links for monitoring the loads on chain hoists and rigging points in entertainment rigging. "
        "A load link is fitted between two shackles, usually between the hoist hook and the truss or bridle, and "
        "sends its load by radio to the LM-BS base station, which shows up to 64 links, stores a log and raises "
        "alarms. The LM-10 has a working load limit of 1000 kg and the LM-20 of 2000 kg; apart from that and the "
        "values given for each model, the two links are built alike. The allowed loads of the venue's roof, grid "
        "and rigging points come from the venue and its structural engineer, and the rating of each hoist from the "
        "hoist manual; the load links measure loads, they do not make them safe.",
    ),
    (
        "warn",
        "WARNING: A load link is part of the load path. Never use a link that has been dropped onto a hard floor, "
        "loaded above its measuring range (L09) or shows cracks or deformed holes until Tarewell has checked it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LM-10", "LM-20"],
            ["Working load limit (WLL)", "1000 kg", "2000 kg"],
            ["Proof load, tested at the factory", "1500 kg", "3000 kg"],
            ["Minimum breaking load", "5000 kg", "10 000 kg"],
            ["Measuring range", "0-1200 kg", "0-2400 kg"],
            ["Resolution", "1 kg", "2 kg"],
            ["Accuracy above 10 % of the WLL", "±1.0 % of reading", "±1.0 % of reading"],
            ["Accuracy below 10 % of the WLL", "±10 kg", "±20 kg"],
            ["Temperature effect on the reading, away from 20 °C", "0.02 % per °C", "0.02 % per °C"],
            ["Hole diameter for the shackle pin", "22 mm", "26 mm"],
            ["Shackle to use (bow shackle, WLL)", "2 t, 19 mm pin", "3.25 t, 22 mm pin"],
            ["Update rate", "1 s, or 0.5 s in FAST mode", "1 s, or 0.5 s in FAST mode"],
            ["Radio", "2.4 GHz, up to 100 m line of sight", "2.4 GHz, up to 100 m line of sight"],
            ["Batteries", "2 x AA lithium", "2 x AA lithium"],
            ["Battery life, lithium cells, 1 s update, 20 °C", "about 800 h", "about 800 h"],
            ["Ambient temperature in use", "-20 to +50 °C", "-20 to +50 °C"],
            ["Mass", "1.1 kg", "2.0 kg"],
            ["Ingress protection", "IP67", "IP67"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The accuracy holds after the link has been zeroed unloaded at the temperature of use, with the load in "
        "line with the link (no side load) and within 12 months of the last Tarewell calibration. FAST mode "
        "roughly halves the battery life. Alkaline AA cells may be used in an emergency; they last much less, "
        "especially in the cold, and no battery life is given for them. The LM-BS base station runs from 100-240 V "
        "or from its internal battery for 8 h, and keeps a 30-day log at a 1 s update.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Use only the shackle sizes given in the technical data, with the pin through the link hole, and never "
            "a hook, a sling or a wire rope directly in the link hole.",
            "Keep the link free to align with the load. A link bearing against a truss chord, a hoist body or "
            "another shackle reads wrong and may be overloaded in bending.",
            "The overload alarm does not stop a hoist unless the base station relay is wired into the hoist "
            "controller; that connection is designed by the rigging company, not by Tarewell.",
            "Never stand under a load to read a link; read it at the base station or the link display.",
        ],
    ),
    ("h", "3. Alarm thresholds and settings"),
    (
        "cols",
        [
            ("h", "Overload threshold"),
            (
                "p",
                "Each link has an overload threshold, by default 100 % of its WLL (1000 kg or 2000 kg). It may be "
                "set lower but never above the WLL. On a hoist, the threshold must not exceed the rated load of "
                "the hoist; the hoist's rating is in its own manual.",
            ),
            ("h", "Warning"),
            (
                "p",
                "A warning (L02) is given at 80 % of the overload threshold by default, settable from 50 to 95 %.",
            ),
            ("h", "Show values and show band"),
            (
                "p",
                "When the rig is complete, STORE saves the load of every link as its show value. During the show "
                "the base station warns (L06) when a load moves outside its show value ±15 % (default, settable "
                "from ±5 to ±50 %) or by more than 20 kg, whichever is larger. Example: a show value of 400 kg "
                "gives a band of 340-460 kg; a show value of 100 kg gives 80-120 kg.",
            ),
            ("h", "Slack alarm"),
            (
                "p",
                "After the show values are stored, a load below 5 % of the link's WLL (50 kg or 100 kg) raises the "
                "slack alarm (L05): a hoist that has lost its load or a load resting on the stage.",
            ),
            ("h", "Peaks"),
            (
                "p",
                "Peaks shorter than 0.3 s are kept in the peak memory but raise the overload alarm only if they "
                "exceed 125 % of the threshold. Read the peak memory after every flying move.",
            ),
            ("h", "Groups"),
            (
                "p",
                "Links can be grouped, for example all the points of one truss; the base station shows the total of "
                "the group and alarms when it exceeds the group limit entered by the rigger. The group limit comes "
                "from the rigging plan; the base station does not work it out.",
            ),
            ("h", "Lost links"),
            (
                "p",
                "A link that has not been heard for 10 s is shown as lost (L03). Metal trusses and road cases "
                "between a link and the base station shorten the range; a repeater (LM-RP) extends it.",
            ),
        ],
    ),
    ("h", "4. Alarm and fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Overload", "Load above the overload threshold. Stop the hoist movement and find the cause."],
            ["L02", "Warning", "Load above the warning level (80 % of the threshold by default)."],
            ["L03", "Link lost", "No radio message for 10 s: range, battery, or a truss shading the antenna."],
            ["L04", "Battery low", "About 20 % left, roughly 160 h at a 1 s update. Change both cells (section 9)."],
            ["L05", "Slack", "Load below 5 % of the WLL after STORE: load landed or hoist unloaded."],
            ["L06", "Outside show band", "Load outside the show value band: a point picking up or shedding load."],
            [
                "L07",
                "Zero drift",
                "Unloaded reading more than 2 % of the WLL (20 kg or 40 kg) from zero at start-up. Zero the link; "
                "if it comes back, return it to Tarewell.",
            ],
            ["L08", "Temperature", "Link outside -20 to +50 °C. The reading is shown but not guaranteed."],
            [
                "L09",
                "Overrange",
                "Load above the measuring range (1200 kg or 2400 kg). Take the link out of service; Tarewell must "
                "check it.",
            ],
            ["L11", "Duplicate ID", "Two links with the same number. Pair one of them again (section 7)."],
            ["L12", "Calibration due", "12 months since the last Tarewell calibration."],
            ["L13", "Log full", "The oldest log entries are being overwritten. Export the log."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Reading jumps by 20-30 kg while the truss hangs still",
                "Side load: link bearing on the truss or twisted between the shackles, or a shackle pin not fully "
                "home",
                "Let the link hang free in line with the load; tighten the shackle pins",
            ],
            [
                "One link keeps dropping off the screen and coming back",
                "Radio shadow from the truss, or the link antenna facing the truss",
                "Turn the link so the antenna faces the base station; add a repeater (LM-RP)",
            ],
            [
                "Link shows 15 kg with nothing on it",
                "Zero drift after a temperature change or transport",
                "Zero the link unloaded (section 8)",
            ],
            [
                "Total of a truss far from the rigging plan",
                "Truss not level, one hoist higher than the others",
                "Level the truss; compare the points again",
            ],
            [
                "Batteries flat after a few days",
                "FAST mode left on, or alkaline cells in the cold",
                "Use lithium cells; switch FAST mode off when not needed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Fitting a link"),
    (
        "ol",
        [
            "Check the link for cracks, deformed holes and a readable serial plate.",
            "Fit a bow shackle of the size given in the technical data to each hole, with the pin through the link "
            "hole and the bow on the load side.",
            "Screw the shackle pins fully home and secure them (mousing wire or cable tie).",
            "Hang the link from the hoist hook or the upper rigging point by its upper shackle.",
            "Attach the load to the lower shackle.",
            "Check that the link hangs freely in line with the load, touching nothing else.",
            "Turn the link so that its display and antenna face the base station.",
        ],
    ),
    ("h", "7. Pairing a link with the base station"),
    (
        "ol",
        [
            "Switch on the base station and select LINKS > ADD.",
            "Enter the link number to use (1-64) and a name, for example the hoist number.",
            "Hold the button on the link for 5 s until its display shows PAIR.",
            "Bring the link within 2 m of the base station.",
            "When the base station shows the serial number of the link, confirm with OK.",
            "Check that the link appears in the list with its load and battery level.",
        ],
    ),
    ("h", "8. Zeroing a link"),
    (
        "ol",
        [
            "Take the load off the link completely; the link may hang from its upper shackle only.",
            "Let the link reach the temperature of the space it works in: at least 15 min after moving it from a "
            "truck or from outside.",
            "Select the link on the base station and ZERO, or press the link button twice.",
            "Check that the reading is 0 kg, or 0-1 kg (LM-10) or 0-2 kg (LM-20).",
            "If the link will not zero, or L07 comes back within a day, return it to Tarewell.",
        ],
    ),
    ("h", "9. Changing the batteries"),
    (
        "ol",
        [
            "Take the link out of the load path or lower the load so the link can be reached safely.",
            "Unscrew the battery cap with a coin.",
            "Replace both cells with new lithium AA cells; never mix old and new cells.",
            "Check the O-ring of the cap, grease it lightly with silicone grease and screw the cap on hand tight.",
            "Check that the link appears again at the base station within 10 s.",
        ],
    ),
    ("h", "10. Checking a link against a known load"),
    (
        "ol",
        [
            "Zero the link (section 8).",
            "Hang a test weight of known mass of at least 20 % of the WLL (200 kg or 400 kg) from the link.",
            "Wait 30 s and read the load.",
            "The reading must agree with the test weight within ±1.0 % plus one digit.",
            "Record the result with the serial number and the date.",
            "A link outside this must not be used; Tarewell recalibrates it. The calibration itself and its "
            "certificate are done only by Tarewell; users cannot adjust the calibration.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each load-in", "Inspect links and shackles; zero each link (section 8)"],
            ["Each show day", "Check the battery levels at the base station; read the peak memory after flying moves"],
            ["Every 3 months or before a tour, whichever comes first", "Check each link against a known load (section 10)"],
            ["12 months (L12)", "Tarewell calibration with certificate"],
            ["After a drop, an overrange (L09) or a crack", "Out of service until checked by Tarewell"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts and accessories"),
    (
        "table",
        [
            ["Part", "LM-10", "LM-20"],
            ["Battery cap with O-ring", "TRW-BC-1", "TRW-BC-1"],
            ["O-ring set (10)", "TRW-OR-32", "TRW-OR-32"],
            ["Bow shackle, rated", "TRW-SH-20", "TRW-SH-32"],
            ["Protective sleeve", "TRW-PS-10", "TRW-PS-20"],
            ["Repeater with mains adapter", "LM-RP", "LM-RP"],
            ["Base station", "LM-BS", "LM-BS"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pluvesta RE-60 stage rain effect system
PLUVESTA = [
    ("title", "Pluvesta RE-60 Stage Rain Effect System\nOperation and Maintenance Manual"),
    (
        "p",
        "Document PLV-OM-RE60-01, Edition 2, January 2025. Pluvesta Stage Effects. The RE-60 is a recirculating "
        "rain effect for the stage. Rain bars flown on a batten drop water onto catch trays on the stage floor; the "
        "water runs from the trays to the tank of the pump unit, where it is strained, filtered, heated and pumped "
        "back to the bars. One pump unit feeds up to 6.75 m of rain bar. The batten or flying bar that carries the "
        "rain bars belongs to the flying system and is covered by its own manual; the stage floor under the trays, "
        "the electrical supply and the water supply are the site's.",
    ),
    (
        "warn",
        "WARNING: Water and electricity on a stage. Supply the pump unit only through a 30 mA RCD and test it before "
        "each performance day. Lighting, sound equipment and cables near the rain must be protected from water; "
        "their protection is decided by the production's lighting and sound departments.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Pump flow, nominal", "60 L/min at 2.0 bar"],
            ["Rain bar", "stainless steel tube 28 mm, sections of 1.5 m and 3.0 m"],
            ["Rain bar holes", "1.0 mm at a 25 mm pitch, two staggered rows"],
            ["Flow per metre of rain bar, at 0.8 bar at the bar inlet", "8 L/min"],
            ["Longest rain bar on one pump unit", "6.75 m (6.0 m from standard sections)"],
            ["Flown weight of the rain bar with water", "1.8 kg per metre, plus 6 kg for the feed hose"],
            ["Tank", "400 L; the pump starts only above 150 L"],
            ["Heater", "9 kW; water setpoint 28-34 °C, default 32 °C"],
            ["Over-temperature cut-out", "38 °C, manual reset on the heater"],
            ["Heating time, full tank from 15 °C to 32 °C", "about 55 min"],
            ["Strainer basket / filter bag", "3 mm / 50 µm"],
            ["Catch tray modules", "2 x 1 m, 100 mm deep, with anti-slip grating"],
            ["Tray return pump", "80 L/min"],
            ["Supply", "400 V 3~ 50 Hz, 16 A, through a 30 mA RCD"],
            ["Pump unit, size and mass empty", "1400 x 800 x 1100 mm, 210 kg"],
            ["Noise of the pump unit at 1 m", "52 dB(A)"],
            ["Water", "mains drinking water only"],
        ],
        (85, 85),
    ),
    (
        "p",
        "The flow per metre holds only for clean 1.0 mm holes, a bar pressure of 0.8 bar and a level bar. Bars with "
        "other hole sizes are made to order; their flows are on the data sheet supplied with them, not in this "
        "manual. The heating time holds for a full tank starting at 15 °C in a room at about 20 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Performers must rehearse every rain scene in water before the first performance. Keep the stage "
            "outside the trays dry and put towels and mats at the exits from the rain.",
            "Warm water standing in a tank is a legionella risk. Drain the tank at the end of each performance day, "
            "never leave water in the system for more than 24 h, and flush the bars after draining. Any "
            "disinfection regime and any water sampling are set by the site's legionella risk assessment; this "
            "manual gives no chemical doses.",
            "The flying system carrying the rain bars must be rated for their flown weight with water; see the "
            "flying system's manual.",
            "Only an electrician may open the electrical cabinet of the pump unit.",
        ],
    ),
    ("h", "3. Flow and temperature settings"),
    (
        "cols",
        [
            ("h", "Bar pressure"),
            (
                "p",
                "Set the pressure at each bar inlet with its balancing valve to 0.8 bar ±0.1 bar, read on the gauge "
                "at the bar inlet. A lower pressure makes the middle of a long bar drip instead of rain; a higher "
                "pressure makes jets instead of drops, and the water splashes beyond the trays.",
            ),
            ("h", "Flow to the bars"),
            (
                "p",
                "Total flow to the bars (L/min) = total bar length (m) x 8. It must not exceed 54 L/min; the other "
                "6 L/min always circulate through the heater bypass. So one pump unit feeds at most 6.75 m of bar; "
                "a longer rain needs a second pump unit.",
            ),
            ("h", "Water temperature"),
            (
                "p",
                "Default setpoint 32 °C, settable from 28 to 34 °C; the choice within this range is the production's. "
                "RAIN is enabled only when the water is within 1 °C of the setpoint (R05 otherwise). The "
                "over-temperature cut-out at 38 °C switches the heater off and must be reset by hand.",
            ),
            ("h", "Levels"),
            (
                "p",
                "The pump stops when the tank holds less than 150 L (R02). A level switch in the trays stops the "
                "rain when the water in a tray is more than 60 mm deep (R04); the return pump keeps running.",
            ),
            ("h", "Start and stop times"),
            (
                "p",
                "Rain starts within 2 s of the cue and stops within 3 s. Drips from the bar go on for about 20 s "
                "after the stop; plan the scene change or the blackout for it.",
            ),
            ("h", "Bar level"),
            (
                "p",
                "Hang each bar level within 10 mm over its length. A bar out of level rains more at its low end.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop button pressed. Release it and press RESET."],
            ["R02", "Tank level low", "Less than 150 L in the tank. Top up with mains water."],
            ["R03", "Pump overload", "Motor protection tripped: pump blocked or a phase missing."],
            ["R04", "Tray level high", "Water more than 60 mm deep in a tray: tray drain blocked or tray not level."],
            [
                "R05",
                "Temperature not reached",
                "Water more than 1 °C below the setpoint. RAIN stays disabled; start heating earlier.",
            ],
            [
                "R07",
                "Over-temperature cut-out",
                "Water reached 38 °C: setpoint sensor faulty or the tank nearly empty. Press the reset on the heater "
                "when the water is below 30 °C.",
            ],
            [
                "R08",
                "Filter blocked",
                "Pressure difference over the filter bag above 0.6 bar. Change the filter bag (section 10).",
            ],
            ["R09", "Earth leakage", "The RCD tripped. Call an electrician before switching on again."],
            ["R10", "Bar pressure low", "Below 0.6 bar at a bar inlet: valve closed, hose kinked or filter blocked."],
            [
                "R11",
                "Service due",
                "1000 h of pump running or 12 months since the last Pluvesta service, whichever comes first.",
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
                "Rain thin in the middle of the bar, normal at the ends",
                "Holes blocked by scale or dirt, or bar pressure below 0.8 bar",
                "Clean and descale the bar (section 9); set the bar pressure",
            ],
            [
                "Jets instead of drops, water splashing beyond the trays",
                "Bar pressure too high, or the bar not level",
                "Reduce the pressure to 0.8 bar; level the bar within 10 mm",
            ],
            [
                "Performers say the rain is cold",
                "Heating started too late, or rain run before the setpoint was reached",
                "Start heating at least 60 min before the rain scene",
            ],
            [
                "Pump loud and rattling, like gravel",
                "Cavitation: tank level low or strainer basket blocked",
                "Top up the tank; empty the strainer basket",
            ],
            [
                "Tray overflows at its downstage edge",
                "Tray drain blocked by costume pieces or leaves, or the tray not level",
                "Clear the drain grating; level the trays",
            ],
            [
                "White crust on the bar and around the holes",
                "Limescale from hard water",
                "Descale the bars (section 9) monthly in hard water areas",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and heating up"),
    (
        "ol",
        [
            "Check that the drain valve of the tank is closed and the strainer basket and filter bag are in place.",
            "Fill the tank with mains water to the FULL mark (400 L) through the filling hose with its backflow "
            "preventer.",
            "Switch on the pump unit and test the RCD with its test button; switch on again.",
            "Set the water temperature (default 32 °C) and select HEAT.",
            "Run the circulation pump for 2 min with the bars closed to vent the heater.",
            "Wait until the display shows the setpoint; R05 clears when the water is within 1 °C of it.",
        ],
    ),
    ("h", "7. Running a rain cue"),
    (
        "ol",
        [
            "Check that the trays are in place, level and connected to the return pump.",
            "Check that the water is at its setpoint and that no message is shown.",
            "Open the balancing valves of the bars to be used.",
            "On the cue, press RAIN (or close the cue contact from the show control).",
            "Check the pressure at each bar inlet on the first run: 0.8 bar ±0.1 bar.",
            "On the stop cue, press STOP; allow about 20 s for the bars to stop dripping.",
        ],
    ),
    ("h", "8. Draining and cleaning after the performance day"),
    (
        "ol",
        [
            "Switch off the heater and let the return pump empty the trays into the tank.",
            "Switch off the pump unit at its isolator.",
            "Open the drain valve and drain the tank to a foul drain, not to a rainwater drain.",
            "Lift out and empty the strainer basket.",
            "Rinse the tank with clean water and drain it again.",
            "Flush each rain bar with mains water through its feed hose for 1 min.",
            "Wipe the trays and gratings and leave them to dry; leave the tank lid open.",
            "Record the draining in the water log kept for the site's legionella risk assessment.",
        ],
    ),
    ("h", "9. Cleaning and descaling the rain bars"),
    (
        "ol",
        [
            "Lower the bars to working height and disconnect the feed hoses.",
            "Lay each bar in a tray or trough.",
            "Fill the bar with Pluvesta descaler PLV-DS-5 diluted 1:10 with water and leave it for 30 min.",
            "Brush the outside of the bar along the holes with a nylon brush.",
            "Rinse the bar through with clean water for at least 2 min.",
            "Check each hole against the light; clear a blocked hole with the 1.0 mm probe PLV-HP-10, never with a "
            "drill.",
            "Reconnect the bars, hang them level and run a test rain to check the pattern.",
        ],
    ),
    ("h", "10. Changing the filter bag"),
    (
        "ol",
        [
            "Stop the pump and close the valves on both sides of the filter housing.",
            "Open the vent screw on the housing lid to release the pressure.",
            "Open the lid (four star knobs) and lift out the bag with its ring.",
            "Fit a new 50 µm bag (PLV-FB-50) and check the lid seal.",
            "Close the lid, open the valves and vent the housing until water comes out, then close the vent screw.",
            "Start the pump; the pressure difference over the filter should now be below 0.2 bar.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each performance day", "Test the RCD; drain and clean after the last performance (section 8)"],
            ["Weekly in use", "Check the bar holes and the rain pattern; clean the tray drain gratings"],
            ["Monthly in hard water areas, or when the pattern thins", "Descale the rain bars (section 9)"],
            ["At R08, or every 200 h of pump running", "Change the filter bag (section 10)"],
            ["1000 h or 12 months (R11)", "Pluvesta service: pump, heater, sensors, safety cut-out test"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Filter bag 50 µm, pack of 5", "PLV-FB-50"],
            ["Strainer basket 3 mm", "PLV-SB-3"],
            ["Rain bar section 1.5 m / 3.0 m", "PLV-RB-15 / PLV-RB-30"],
            ["Balancing valve with gauge", "PLV-BV-28"],
            ["Descaler, 5 L", "PLV-DS-5"],
            ["Hole probe 1.0 mm", "PLV-HP-10"],
            ["Catch tray module 2 x 1 m", "PLV-CT-21"],
            ["Heater element 9 kW", "PLV-HE-9"],
        ],
        (85, 85),
    ),
]

def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("carrovane-wd-stage-wagon-drive.pdf", "Carrovane CRV-OM-WD-03 Ed 2 - WD-400 / WD-800", CARROVANE),
        ("fiammora-fp-flame-effect-projector.pdf", "Fiammora FMR-UM-FP-02 Ed 3 - FP-3 / FP-6", FIAMMORA),
        ("tarewell-lm-rigging-load-monitoring.pdf", "Tarewell TRW-UM-LM-04 Ed 1 - LM-10 / LM-20", TAREWELL),
        ("pluvesta-re-stage-rain-effect-system.pdf", "Pluvesta PLV-OM-RE60-01 Ed 2 - RE-60", PLUVESTA),
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
