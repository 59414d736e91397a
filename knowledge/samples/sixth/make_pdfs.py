"""Generate the PDF manuals of the sixth set (run once; the PDFs are committed).

Run outside the repo's shared virtualenv:
    python3 -m venv /tmp/pdfvenv6 && /tmp/pdfvenv6/bin/pip install fpdf2
    /tmp/pdfvenv6/bin/python knowledge/samples/sixth/make_pdfs.py

Uses the DejaVu Sans TrueType font (for °C, m³, ±, Ω, ·). The text rendered is all here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace

OUT = Path(__file__).resolve().parent / "manuals"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, header_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def header(self) -> None:
        self.set_font("dv", "", 8)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def render(pdf: Manual, blocks: list[tuple]) -> None:
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font("dv", "B", 16)
            pdf.multi_cell(0, 8, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(0, 5, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "warn":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5, rest[0], border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ol":
            pdf.set_font("dv", "", 10)
            for i, item in enumerate(rest[0], 1):
                pdf.multi_cell(0, 5, f"{i}. {item}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, widths = rest[0], rest[1]
            pdf.set_font("dv", "", 9)
            bold = FontFace(emphasis="BOLD")
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, headings_style=bold) as table:
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)


def render_two_column(pdf: Manual, blocks: list[tuple]) -> None:
    """Body text flows in two columns; the title, intro and tables span the page."""
    for kind, *rest in blocks:
        if kind == "cols":
            pdf.set_font("dv", "", 9.5)
            with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15) as cols:
                for sub, text in rest[0]:
                    if sub == "h":
                        cols.write("\n")
                        pdf.set_font("dv", "B", 10.5)
                        cols.write(text + "\n")
                        pdf.set_font("dv", "", 9.5)
                    elif sub == "warn":
                        pdf.set_font("dv", "B", 9.5)
                        cols.write(text + "\n\n")
                        pdf.set_font("dv", "", 9.5)
                    else:
                        cols.write(text + "\n\n")
            pdf.ln(2)
        else:
            render(pdf, [(kind, *rest)])


# ---------------------------------------------------------------- Tollgate SLT scissor lift table
TOLLGATE = [
    (
        "title",
        "Tollgate SLT Series Hydraulic Scissor Lift Tables\nOperation and Maintenance Manual — SLT-1000 and SLT-2000",
    ),
    (
        "p",
        "Document TLS-OM-207, Revision C, March 2024. Tollgate Lift Systems Ltd. This manual covers the stationary "
        "single-scissor lift tables SLT-1000 and SLT-2000 with electro-hydraulic power pack and 24 V pendant "
        "control. Double-scissor, tandem and tilting tables of the Tollgate range have their own manuals.",
    ),
    (
        "warn",
        "DANGER: Never work under a raised platform or between the scissor arms unless both yellow maintenance "
        "props are engaged and the main isolator is locked off. The velocity fuses in the cylinders are not a "
        "substitute for the maintenance props.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SLT-1000", "SLT-2000"],
            ["Rated load, evenly distributed", "1 000 kg", "2 000 kg"],
            ["Platform size (L × W)", "1 300 × 800 mm", "1 600 × 1 000 mm"],
            ["Lowered height", "205 mm", "240 mm"],
            ["Raised height", "1 010 mm", "1 050 mm"],
            ["Lifting time at rated load", "16 s", "22 s"],
            ["Lowering time at rated load", "18 s", "20 s"],
            ["Motor", "0.75 kW, 400 V 3 ph", "1.5 kW, 400 V 3 ph"],
            ["Relief valve setting", "150 bar", "180 bar"],
            ["Number of lift cylinders", "1", "2"],
            ["Oil tank capacity", "6 L", "9 L"],
            ["Hydraulic oil", "ISO VG 32", "ISO VG 32"],
            ["Weight", "215 kg", "390 kg"],
        ],
        (70, 40, 40),
    ),
    (
        "p",
        "Load limits: a load placed over one end of the platform must not exceed 50 % of the rated load; a load "
        "placed along one side must not exceed 40 % of the rated load. Drive-over loading with a hand pallet truck "
        "is allowed only on the SLT-2000 fitted with bridge plate BP-2, and only with the platform fully lowered. "
        "Motor duty: at most 60 starts per hour; more frequent cycling trips the motor thermal overload.",
    ),
    ("h", "2. Controls and safety devices"),
    (
        "p",
        "The pendant has UP and DOWN hold-to-run buttons and a red emergency stop. Upper limit switch S1 stops the "
        "pump at full height. The toe guard, a safety edge around the underside of the platform, stops lowering "
        "as soon as it is pressed; the amber TOE GUARD lamp on the control box lights until the edge is free. "
        "Each lift cylinder carries a velocity fuse that locks the cylinder if a hose bursts.",
    ),
    ("h", "3. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            [
                "Motor runs, platform does not rise",
                "Oil level low, or motor turning backwards",
                "Top up; swap two phases",
            ],
            ["Will not lift rated load", "Relief valve set low or pump worn", "Check pressure at test port M1"],
            ["Creeps down more than 10 mm in 10 min", "Lowering valve Y1 leaking", "Clean or replace TL-SV-12"],
            ["Creeps down, valve Y1 is new", "Cylinder seals worn", "Fit seal kit TL-SK-45"],
            ["Stops lowering, amber lamp on", "Toe guard pressed or edge cable broken", "Clear edge; check circuit"],
            ["Platform lowers in jerks", "Air in the cylinders", "Bleed the system (section 6)"],
            ["Motor thermal overload trips", "More than 60 starts per hour", "Reduce cycling; let motor cool"],
        ],
        (52, 54, 44),
    ),
    ("h", "4. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Test toe guard, emergency stop and pendant buttons", "Daily"],
            ["Check for oil leaks at cylinders, hoses and power pack", "Daily"],
            ["Grease roller tracks and pivot pins (6 grease nipples)", "Monthly"],
            ["Check oil level on dipstick (platform fully lowered)", "Monthly"],
            ["Check scissor pins, circlips and pendant cable", "Every 6 months"],
            ["Thorough examination and load test by a competent person", "Every 12 months"],
            ["Change hydraulic oil and clean suction strainer", "Every 12 months"],
            ["Replace hydraulic hoses", "Every 5 years"],
        ],
        (110, 40),
    ),
    ("h", "5. Engaging the maintenance props"),
    (
        "ol",
        [
            "Remove all load from the platform.",
            "Raise the platform to full height with the UP button.",
            "Swing both yellow maintenance props down from their parked clips into the stops on the base frame.",
            "Press DOWN until the scissor arms rest on the props and the platform stops.",
            "Switch off the main isolator and fit your personal lock before reaching under the platform.",
            "To remove the props, raise the platform a few centimetres, park the props in their clips, then lower.",
        ],
    ),
    ("h", "6. Oil change and bleeding"),
    (
        "ol",
        [
            "Lower the platform fully, with no load, so that the cylinders are retracted.",
            "Isolate and lock off. Remove the drain plug on the tank and drain the oil into a container.",
            "Remove the suction strainer, clean it in solvent and refit it.",
            "Fill with ISO VG 32 oil to the upper dipstick mark (SLT-1000: 6 L, SLT-2000: 9 L).",
            "Bleed: with no load, raise and lower the platform over the full stroke three times.",
            "Check the oil level again with the platform fully lowered and top up.",
        ],
    ),
    ("h", "7. Emergency lowering"),
    (
        "p",
        "If the power fails with the platform raised, it can be lowered by hand. Check that nobody is under or "
        "beside the platform. Push in the knurled knob on lowering valve Y1 and turn it counterclockwise; the "
        "platform lowers at a speed limited by the flow control valve. Turn the knob fully clockwise again when "
        "the platform is down, or the table will not lift when power returns.",
    ),
]

# ---------------------------------------------------------------- Hygrelle DR desiccant dehumidifier
HYGRELLE = [
    (
        "title",
        "Hygrelle DR Desiccant Rotor Dehumidifiers\nInstallation, Operation and Service Manual — DR-600 and DR-900",
    ),
    (
        "p",
        "Hygrelle AB, manual HY-IOM-DR-05, edition 2024. The DR-600 and DR-900 remove moisture from air with a "
        "rotating silica gel rotor. Process air passes through 3/4 of the rotor face and is dried; reactivation "
        "air is heated by an electric heater and passes through the remaining 1/4 in the opposite direction, "
        "driving the moisture out of the rotor as warm wet air. Both models use the HC-2 controller.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DR-600", "DR-900"],
            ["Nominal process air flow", "600 m³/h", "900 m³/h"],
            ["Reactivation air flow", "150 m³/h", "220 m³/h"],
            ["Moisture removal at 20 °C, 60 % RH", "4.2 kg/h", "6.3 kg/h"],
            ["Reactivation heater power", "6 kW (3 × 2 kW)", "9 kW (3 × 3 kW)"],
            ["Heater element resistance, cold", "80 ohm ± 5 %", "53 ohm ± 5 %"],
            ["Reactivation heater setpoint", "130 °C", "130 °C"],
            ["Rotor diameter (silica gel)", "350 mm", "450 mm"],
            ["Rotor speed", "10 rev/h", "10 rev/h"],
            ["Total power, 400 V 3 ph", "7.1 kW", "10.6 kW"],
            ["Available external pressure, process", "300 Pa", "300 Pa"],
            ["Rotor drive belt", "HY-DB-35", "HY-DB-45"],
            ["Filter set (process + reactivation)", "HY-F-600", "HY-F-900"],
            ["Weight", "145 kg", "210 kg"],
        ],
        (72, 39, 39),
    ),
    (
        "p",
        "In normal operation the wet air leaves the reactivation outlet at 45 to 55 °C. An outlet temperature "
        "above 70 °C means the rotor is not taking up moisture (rotor stopped or reactivation air flow too low). "
        "The factory humidity setpoint on the HC-2 is 45 % RH; with option P the heater power is modulated to "
        "hold the setpoint, otherwise the unit cycles on and off.",
    ),
    ("h", "2. Alarm codes (HC-2 controller)"),
    (
        "table",
        [
            ["Code", "Alarm", "Action / first checks"],
            ["A1", "Rotor stopped: no rotation pulse for 120 s", "Check drive belt, belt tensioner, rotor motor"],
            ["A2", "Reactivation overheat, high limit 150 °C", "Check reactivation fan and filter; reset STB"],
            ["A3", "Reactivation air flow low (switch PS2)", "Check reactivation filter and outlet duct"],
            ["A4", "Process air flow low (switch PS1)", "Check process filter and dampers"],
            ["A5", "Humidity sensor signal out of range", "Below 3.8 mA or above 20.5 mA; sensor HY-RH-05"],
            ["A7", "Filter change due (hours counter)", "Replace filters; reset counter in menu 4.2"],
            ["A8", "Heater on without reactivation fan", "Heater contactor K2 welded; isolate, call service"],
        ],
        (14, 68, 68),
    ),
    (
        "p",
        "After alarm A2 the heater is switched off and the high-limit thermostat (STB) on the heater housing must "
        "be reset by hand: remove the black cap and press the reset pin once the heater has cooled below 80 °C. "
        "Whenever the unit stops, the reactivation fan runs on for 5 minutes to cool the heater. Do not switch "
        "the unit off at the isolator while the heater is hot, except in an emergency: use the STOP key.",
    ),
    ("h", "3. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Inspect process and reactivation filters", "Monthly"],
            ["Replace both filters", "Every 3 months or at A7"],
            ["Check rotor drive belt tension and wear", "Every 6 months"],
            ["Replace rotor drive belt", "Every 2 years"],
            ["Inspect rotor faces and rotor seals", "Every 12 months"],
            ["Measure heater element resistance", "Every 12 months"],
            ["Check humidity sensor against a reference", "Every 12 months"],
        ],
        (100, 50),
    ),
    (
        "p",
        "Rotor cleaning: remove dust from the rotor faces with a vacuum cleaner and a soft brush. Never wash the "
        "rotor with water or detergent, and never use compressed air above 2 bar on the rotor face. A rotor that "
        "has been soaked with liquid water must be dried by running the unit normally for at least 24 hours.",
    ),
    ("h", "4. Replacing the rotor drive belt"),
    (
        "ol",
        [
            "Stop the unit with the STOP key and wait until the reactivation fan has stopped (5 minutes).",
            "Switch off the isolator and lock it off.",
            "Remove the rotor access panel (8 screws).",
            "Swing the drive motor bracket toward the rotor to take the tension off the spring tensioner.",
            "Slide the old belt off the rotor rim and fit the new belt in the rim groove.",
            "Release the bracket; the spring tensioner sets the belt tension by itself.",
            "Turn the rotor by hand one full turn to check that the belt stays in the groove.",
            "Refit the panel, start the unit and check that the rotor turns and A1 does not appear.",
        ],
    ),
    (
        "warn",
        "WARNING: The reactivation heater and its housing stay above 100 °C for several minutes after a stop. "
        "Live parts are behind every panel marked with the lightning symbol.",
    ),
]

# ---------------------------------------------------------------- Feedwell VBF vibratory bowl feeder (two-column)
FEEDWELL = [
    (
        "title",
        "Feedwell VBF-400 Vibratory Bowl Feeder with VC-3 Controller\nUser and Service Manual",
    ),
    (
        "p",
        "Feedwell Automation Ltd, manual FA-UM-400, issue 2, 2023. The VBF-400 drive unit carries a 400 mm bowl "
        "with customer tooling; the VC-3 controller sets the vibration amplitude and stops the feeder when the "
        "outfeed track is full.",
    ),
    (
        "table",
        [
            ["Data", "VBF-400 drive / VC-3 controller"],
            ["Bowl diameter", "400 mm"],
            ["Max. bowl weight with tooling", "18 kg"],
            ["Magnet coils", "2, connected in parallel"],
            ["Magnet air gap (factory)", "1.2 mm"],
            ["Spring packs", "3, each up to 6 leaves, at 15°"],
            ["Vibration frequency", "100 Hz (full wave) or 50 Hz (half wave)"],
            ["Controller output", "0–200 V, max. 3 A"],
            ["Controller fuse", "T4A, 5 × 20 mm"],
            ["Track full sensor input", "24 V DC, PNP"],
        ],
        (70, 80),
    ),
    (
        "cols",
        [
            ("h", "1. Safety"),
            (
                "warn",
                "Isolate the VC-3 before touching the bowl tooling or the drive unit. The magnet creates a strong "
                "field: persons with a pacemaker must keep at least 0.5 m from the drive unit.",
            ),
            (
                "p",
                "Noise can exceed 80 dB(A) with metal parts in an unlined bowl. Use the sound enclosure or wear "
                "hearing protection.",
            ),
            ("h", "2. How the feeder works"),
            (
                "p",
                "The magnet pulls the bowl down and round against the inclined spring packs; the springs throw it "
                "back. Parts climb the spiral track in small hops. The feeder runs best when its natural "
                "frequency lies 3 to 5 % above the excitation frequency. Adding spring leaves raises the natural "
                "frequency; adding weight to the bowl lowers it.",
            ),
            ("h", "3. VC-3 settings"),
            (
                "p",
                "The front knob sets the amplitude from 0 to 100 %. Parameters, reached by holding SET for 3 s: "
                "P1 maximum output (default 90 %); P2 soft start time (0–5 s, default 1 s); P3 track full ON "
                "delay (default 2 s); P4 track full OFF delay (default 1 s); P5 frequency mode (100 or 50 Hz).",
            ),
            (
                "p",
                "When the track full sensor sees parts for longer than the P3 delay, the output stops and the "
                "yellow FULL LED lights. The feeder restarts when the sensor has been clear for the P4 delay. "
                "If the feeder stops and starts every few seconds, lengthen P3 and P4.",
            ),
            ("h", "4. Fault codes"),
            ("p", "E1 — output overcurrent: short circuit in the coil cable, or armature striking the magnet."),
            ("p", "E2 — heatsink above 85 °C: check the cabinet ventilation."),
            ("p", "E3 — track full sensor wiring fault (input above 30 V or short circuit)."),
            ("p", "E4 — mains frequency not detected; check the supply."),
            ("p", "Reset a fault with the SET key once the cause is cleared."),
            ("h", "5. Setting the air gap"),
            (
                "p",
                "A hammering or knocking noise means the armature strikes the magnet: the air gap is too small "
                "or the amplitude too high. 1. Isolate the controller. 2. Loosen the two magnet clamp screws. "
                "3. Insert a 1.2 mm feeler gauge between armature and magnet. 4. Push the magnet against the "
                "gauge and tighten the clamp screws to 12 N·m. 5. Remove the gauge and run at 70 %.",
            ),
            ("h", "6. Retuning after a tooling change"),
            (
                "p",
                "If the feed rate is low even at 100 % after heavier tooling was fitted, the bowl is tuned too "
                "low. Add one leaf to each spring pack, the same on all three. If the parts bounce and the feed "
                "is erratic at low settings, the feeder is too close to resonance: remove one leaf from each "
                "pack. Tighten the spring clamp bolts (M10) to 40 N·m after any change.",
            ),
            ("h", "7. Maintenance"),
            (
                "p",
                "Weekly: clean the bowl and track with isopropyl alcohol; never oil the track. Monthly: check "
                "the spring clamp bolt torque and the coil cable. Every 6 months: check the rubber feet and the "
                "spring leaves for cracks; replace a cracked leaf with FW-SL-400. The polyurethane bowl lining "
                "is renewed by Feedwell only.",
            ),
        ],
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks, two_col in [
        ("tollgate-slt-scissor-lift-table.pdf", "Tollgate TLS-OM-207 Rev C — SLT-1000 / SLT-2000", TOLLGATE, False),
        ("hygrelle-dr-desiccant-dehumidifier.pdf", "Hygrelle HY-IOM-DR-05 — DR-600 / DR-900", HYGRELLE, False),
        ("feedwell-vbf-vibratory-bowl-feeder.pdf", "Feedwell FA-UM-400 issue 2 — VBF-400 / VC-3", FEEDWELL, True),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " — "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2024, 11, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        if two_col:
            render_two_column(pdf, blocks)
        else:
            render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
