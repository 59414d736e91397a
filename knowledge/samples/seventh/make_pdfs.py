"""Generate the PDF manuals of the seventh set (run once; the PDFs are committed).

Run outside the repo's shared virtualenv:
    python3 -m venv /tmp/pdfvenv7 && /tmp/pdfvenv7/bin/pip install fpdf2
    /tmp/pdfvenv7/bin/python knowledge/samples/seventh/make_pdfs.py

Uses the DejaVu Sans TrueType font (for °C, m³, ±, µ, ·). The text rendered is all here.
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


# ---------------------------------------------------------------- Wexbury WCT uniform case sealer
WEXBURY = [
    (
        "title",
        "Wexbury WCT Series Uniform Case Sealers\nOperation and Maintenance Manual — WCT-450 and WCT-600",
    ),
    (
        "p",
        "Document WPK-OM-118, Revision B, June 2023. Wexbury Packaging Machinery Ltd. This manual covers the "
        "WCT-450 and WCT-600 uniform case sealers: side belt drive, width and height set by handwheels, and TH-2 "
        "tape heads top and bottom. A uniform sealer seals one case size at a time; reset the width and height "
        "whenever the case size changes. Wexbury random case sealers and carton erectors have their own manuals.",
    ),
    (
        "warn",
        "DANGER: The tape head knife blades are razor sharp. Keep the blade guards in place, never reach into a "
        "tape head while the machine is running, and switch off and lock the main isolator before clearing a "
        "jam. Never bridge the top guard switch S3.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WCT-450", "WCT-600"],
            ["Case length", "150–500 mm", "200–650 mm"],
            ["Case width", "120–450 mm", "150–600 mm"],
            ["Case height", "100–450 mm", "120–600 mm"],
            ["Belt speed", "20 m/min", "22 m/min"],
            ["Maximum throughput", "15 cases/min", "12 cases/min"],
            ["Tape width", "48 mm", "48 mm"],
            ["Tape leg length (TH-2 head)", "60 mm", "70 mm"],
            ["Drive motors", "2 × 0.18 kW, 230 V 1 ph", "2 × 0.25 kW, 400 V 3 ph"],
            ["Maximum case weight", "25 kg", "35 kg"],
            ["Working height (table top)", "600–750 mm", "620–780 mm"],
            ["Side drive belt", "WX-DB-1450", "WX-DB-1720"],
            ["Machine weight", "240 kg", "310 kg"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Conditions: the maximum throughput applies to cases up to 400 mm long, fed at a steady pitch. The "
        "maximum case weight applies only with the infeed roller table RT-1 fitted; without RT-1 the limit is "
        "15 kg on both models. 72 mm tape can be used with the optional 72 mm tape head kit TH-3. Tape rolls: "
        "76 mm core, outside diameter up to 400 mm, polypropylene or PVC tape.",
    ),
    ("h", "2. Controls and fault codes"),
    (
        "p",
        "The control panel on the infeed side has a green START button, a red STOP button, a RESET button and a "
        "two-digit display. Emergency stop buttons are fitted on both sides of the machine. On a fault the "
        "display shows the code and the amber FAULT lamp lights; press RESET after clearing the cause. A blank "
        "display with the white POWER lamp off means no supply: check the main isolator and fuse F1 (10 A).",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Remedy"],
            ["F01", "Emergency stop pressed", "Release the button, press RESET"],
            ["F02", "Top guard open (switch S3)", "Close the guard; check the S3 actuator"],
            ["F03", "Left drive motor overload (Q1)", "Clear the jam, reset Q1 in the cabinet"],
            ["F04", "Right drive motor overload (Q2)", "Clear the jam, reset Q2 in the cabinet"],
            ["F05", "Case jam: photo-eye B1 blocked for more than 8 s", "Remove the case; check width and height"],
            ["F06", "Column lock not engaged (switch S5)", "Tighten the column lock lever"],
            ["F08", "24 V control supply below 20 V", "Check power supply PS1 and fuse F2 (2 A)"],
        ],
        (16, 72, 72),
    ),
    ("h", "3. Setting the machine to a new case size"),
    (
        "ol",
        [
            "Press STOP and switch off the main isolator.",
            "Fold the top flaps of a filled sample case and place it on the infeed table in front of the belts.",
            "Turn the width handwheel until both side belts touch the case, then a further half turn, so that "
            "each belt presses about 3 mm into the case side.",
            "Release the column lock lever and turn the height handwheel until the top flap compressor rests "
            "lightly on the closed flaps.",
            "Tighten the column lock lever; switch S5 closes and F06 clears.",
            "Switch on, press START and run the sample case. Both tape legs must be equal within 5 mm; if not, "
            "recheck the height setting.",
        ],
    ),
    ("h", "4. Threading the TH-2 tape head"),
    (
        "ol",
        [
            "Isolate the machine. Lift the top tape head out by its two handles; the bottom head slides out "
            "toward the infeed.",
            "Fit the tape roll on the tape drum with the adhesive side facing the application roller.",
            "Lead the tape around the one-way roller and the knurled roller, adhesive side against the knurl.",
            "Pull the tape through until it lies 10 mm past the application roller, adhesive side out.",
            "Cut off the excess with scissors. Never cut tape by hand on the knife blade of the head.",
            "Refit the head and check that it locks in place.",
        ],
    ),
    (
        "p",
        "Tape drum brake: if the tape overruns and forms loops, tighten the drum brake nut a quarter turn; if "
        "cases are pulled back or the tape tears, loosen it a quarter turn.",
    ),
    ("h", "5. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Remove adhesive residue from tape head rollers with citrus cleaner", "Daily"],
            ["Test both emergency stops and guard switch S3", "Daily"],
            ["Check side drive belt tension and wear", "Weekly"],
            ["Oil tape head pivot points (1 drop of light machine oil each)", "Monthly"],
            ["Grease column lead screws (lithium grease NLGI 2)", "Monthly"],
            ["Replace knife blades (WX-KB-48)", "When tape ends are ragged, at the latest every 500 000 cases"],
            ["Replace side drive belts", "When the grip pattern is worn smooth"],
        ],
        (95, 65),
    ),
    (
        "p",
        "The drive gearmotors are lubricated for life and need no oil change. Never use solvents on the side "
        "drive belts; clean them with warm water and mild soap.",
    ),
    ("h", "6. Adjusting side drive belt tension"),
    (
        "ol",
        [
            "Isolate and lock off the machine and open the belt guard.",
            "Loosen the two M8 clamp screws on the idler pulley bracket.",
            "Turn the tension screw until the belt deflects 8 mm at mid-span when pushed with 20 N.",
            "Tighten the M8 clamp screws to 22 N·m and tighten the tension screw lock nut.",
            "Repeat on the other side; both belts must have the same tension or the case will skew.",
            "Close the belt guard and run a case to check that it travels straight.",
        ],
    ),
]

# ---------------------------------------------------------------- Thornvale IH induction bearing heater
THORNVALE = [
    (
        "title",
        "Thornvale IH Series Induction Bearing Heaters\nOperating Instructions — IH-12 and IH-25",
    ),
    (
        "p",
        "Thornvale Induction Tools GmbH, document TV-BA-IH-04, edition 2024. The IH-12 (bench model) and IH-25 "
        "(floor model with swivel arm) heat rolling bearings, gears, couplings and bushes by induction so that "
        "they can be shrink-fitted onto a shaft. The workpiece is heated; the yoke and the coil stay cool. At the "
        "end of each cycle the heater demagnetises the workpiece automatically (residual magnetism below 2 A/cm).",
    ),
    (
        "warn",
        "WARNING: Persons with a pacemaker or other active implant must stay at least 5 m away from the heater "
        "in operation. Remove watches, rings and metal objects before use. Always wear the heat-resistant gloves "
        "TV-G1 (rated 250 °C). Do not switch on without a yoke in place.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IH-12", "IH-25"],
            ["Supply", "230 V 1 ph, 50/60 Hz", "400 V 2 ph, 50/60 Hz"],
            ["Maximum power", "3.6 kVA", "10 kVA"],
            ["Supply fuse (slow)", "16 A", "25 A"],
            ["Maximum workpiece weight", "40 kg", "120 kg"],
            ["Bearing bore, with supplied yokes", "20–180 mm", "30–300 mm"],
            ["Maximum workpiece outside diameter", "400 mm", "600 mm"],
            ["Heating time, bearing 22220 (19 kg), 20 to 110 °C", "9 min", "4 min"],
            ["Temperature setting range", "40–240 °C", "40–240 °C"],
            ["Time mode range", "0.1–60 min", "0.1–60 min"],
            ["Supplied yokes (cross-section)", "14, 25, 45 mm", "20, 40, 70 mm"],
            ["Yoke part numbers", "TV-Y14, TV-Y25, TV-Y45", "TV-Y20, TV-Y40, TV-Y70"],
            ["Weight without yokes", "19 kg", "58 kg"],
        ],
        (74, 43, 43),
    ),
    (
        "p",
        "The heating times apply at full power, with the largest yoke that fits the bore and the bearing lying "
        "horizontal. A yoke can be used for a bore larger than about 1.4 times its cross-section; for example "
        "the 25 mm yoke fits bores from 35 mm. Yokes are not interchangeable between the two models. Both models "
        "use the same magnetic temperature probe TV-TP-1 (type K).",
    ),
    ("h", "2. Operating modes and temperature limits"),
    (
        "p",
        "TEMP mode (default): the heater runs until the probe on the workpiece reaches the target temperature, "
        "demagnetises, then sounds a signal for 10 s. The factory target is 110 °C. With HOLD switched on, the "
        "heater keeps the workpiece at the target ±3 °C for up to 30 min. TIME mode: the heater runs for the set "
        "time without a probe; use it only for series of identical parts, once the time has been found in TEMP "
        "mode. The POWER key switches between 100 % and 50 %. Use 50 % for bearings with a bore below 50 mm and "
        "for thin-walled parts, so that the inner ring does not heat much faster than the outer ring.",
    ),
    (
        "p",
        "Do not heat standard open bearings above 120 °C, or precision bearings (class P5 or better) above 70 °C. "
        "Bearings with seals or shields and pre-greased bearings must not exceed 80 °C. The usual mounting "
        "temperature of 110 °C expands the bore by about 0.1 mm per 100 mm of bore diameter.",
    ),
    ("h", "3. Heating a bearing"),
    (
        "ol",
        [
            "Choose the largest yoke that passes through the bearing bore. Clean the contact faces of the yoke "
            "and the core.",
            "Place the bearing on the yoke. On the IH-25, swing the support arm in and lay the bearing "
            "horizontal; on the IH-12 the bearing hangs on the yoke and rests on the two support bars.",
            "Lower the yoke onto the core so that the contact faces meet squarely.",
            "Attach the magnetic probe to the face of the inner ring, close to the bore.",
            "Select TEMP mode, check the target temperature and the power level, and press START.",
            "When the signal sounds the workpiece is demagnetised. Put on the gloves, lift the yoke and remove "
            "the bearing. Mount it at once.",
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Remedy"],
            ["E01", "Probe not connected or probe cable broken", "Plug in TV-TP-1; replace a damaged probe"],
            ["E02", "Temperature rises less than 1 °C in 30 s", "Probe not on the workpiece, or yoke too small"],
            ["E03", "Coil overtemperature (thermal switch 130 °C)", "Let the heater cool for at least 30 min"],
            ["E04", "Yoke missing or contact faces not closed", "Fit the yoke; clean the contact faces"],
            ["E05", "Supply voltage out of range", "IH-12: 207–253 V; IH-25: 360–440 V"],
            ["E07", "Probe reading above 250 °C", "Stop; check the probe and the workpiece"],
        ],
        (16, 72, 72),
    ),
    (
        "p",
        "A loud humming or rattling during heating usually means that the yoke contact faces are dirty or the "
        "yoke is not seated squarely. If the heater trips the supply breaker at start, check that a D-curve "
        "breaker or a slow fuse of the stated rating is fitted.",
    ),
    ("h", "5. Maintenance"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Clean yoke and core contact faces; apply a thin film of anti-corrosion oil", "Weekly"],
            ["Check the probe cable and magnet for damage", "Monthly"],
            ["Check the supply cable and plug", "Monthly"],
            ["Check demagnetisation with a field indicator (below 2 A/cm)", "Every 6 months"],
            ["Electrical safety test by a qualified electrician", "Every 12 months"],
        ],
        (115, 45),
    ),
    (
        "p",
        "The coil and the electronics contain no user-serviceable parts. Spare parts: probe TV-TP-1, gloves "
        "TV-G1, support bar set TV-SB-12 (IH-12), swivel arm pad TV-AP-25 (IH-25).",
    ),
]

# ---------------------------------------------------------------- Saxby SCB side channel blower (two-column)
SAXBY = [
    (
        "title",
        "Saxby SCB-40 and SCB-55 Side Channel Blowers\nInstallation and Maintenance Instructions",
    ),
    (
        "p",
        "Saxby Air Movement Ltd, document SX-IM-SCB-02, March 2024. Single-stage side channel blowers for "
        "pressure or vacuum operation with clean, dry air: aeration, pneumatic conveying and vacuum hold-down. "
        "Saxby rotary lobe blowers and centrifugal fans have separate instructions.",
    ),
    (
        "table",
        [
            ["Data (50 Hz, 25 °C inlet air)", "SCB-40", "SCB-55"],
            ["Motor power", "4.0 kW", "5.5 kW"],
            ["Supply", "400 V Δ / 690 V Y, 3 ph", "400 V Δ / 690 V Y, 3 ph"],
            ["Rated current at 400 V", "8.1 A", "10.6 A"],
            ["Maximum air flow", "318 m³/h", "410 m³/h"],
            ["Max. pressure, pressure operation", "400 mbar", "500 mbar"],
            ["Max. vacuum, vacuum operation", "300 mbar", "350 mbar"],
            ["Noise at 1 m, with silencers", "72 dB(A)", "75 dB(A)"],
            ["Inlet filter element", "SX-FE-40", "SX-FE-55"],
            ["Pressure relief valve", "SX-RV-400", "SX-RV-500"],
            ["Weight", "52 kg", "68 kg"],
        ],
        (74, 43, 43),
    ),
    (
        "cols",
        [
            ("h", "1. Safety"),
            (
                "warn",
                "The blower housing and the outlet pipe can exceed 100 °C at maximum pressure. Fit a guard or "
                "insulation where people can touch them. Never put a hand into the inlet or outlet port: the "
                "impeller can turn when the blower is back-fed by a running system.",
            ),
            (
                "p",
                "The blowers are for air only. They must not handle explosive, flammable or aggressive gases, or "
                "air carrying water droplets or dust. Wear hearing protection near a blower without silencers.",
            ),
            ("h", "2. Installation"),
            (
                "p",
                "Mount the blower horizontal, or vertical with the motor below, on a rigid base. Keep 100 mm "
                "free space around the motor fan cover for cooling. Ambient temperature: -15 to +40 °C; at 40 "
                "to 50 °C ambient the motor power must be reduced by 10 %. Fit the inlet filter for pressure "
                "operation and an in-line filter for vacuum operation, and fit the pressure relief valve close "
                "to the outlet. Never run the blower against a closed valve.",
            ),
            ("h", "3. Electrical connection and rotation"),
            (
                "p",
                "Connect the motor in delta for a 400 V supply and set the motor protection to the rated "
                "current. Check the rotation: jog the motor and compare with the arrow on the housing. Wrong "
                "rotation gives much lower flow and the blower gets hot quickly. Operation on a frequency "
                "inverter is permitted between 20 and 50 Hz; above 50 Hz only with written approval from "
                "Saxby. Below 20 Hz the motor fan does not cool the motor enough.",
            ),
            ("h", "4. Start-up"),
            (
                "p",
                "Open all valves in the line and start the blower. Close the throttle valve slowly while "
                "watching the pressure gauge: the pressure must stay below the maximum in the table. Measure "
                "the motor current; it must not exceed the rated current. After 1 hour of operation check that "
                "all pipe joints are tight. The relief valves are factory set to the maximum pressure of the "
                "model and must not be set higher.",
            ),
            ("h", "5. Fault finding"),
            (
                "p",
                "Flow too low: inlet filter clogged, wrong rotation, or relief valve leaking. Blower runs very "
                "hot: pressure above the maximum, filter clogged, or ambient too hot. Loud whistling: leaking "
                "pipe joint, or the relief valve is blowing off. Metallic scraping or rumbling: bearing failure "
                "or impeller rubbing on the housing; stop the blower at once. Motor protection trips: pressure "
                "too high, supply voltage low, or one phase missing.",
            ),
            ("h", "6. Maintenance"),
            (
                "p",
                "Check the inlet filter weekly. Clean the element by blowing it out with compressed air from "
                "the inside to the outside, at most 3 bar. Replace the element every 6 months, or sooner when "
                "the pressure drop across the filter exceeds 30 mbar. Check every 12 months that the relief "
                "valve opens at its set pressure. The bearings (two per blower, 6306-2Z C3) are sealed and "
                "greased for life and need no lubrication. Replace them after 20 000 operating hours or 4 "
                "years, whichever comes first.",
            ),
            ("h", "7. Replacing the inlet filter element"),
            (
                "p",
                "1. Stop the blower and lock off the isolator. 2. Wait until the housing has cooled below "
                "50 °C. 3. Undo the three wing nuts and remove the filter cover. 4. Take out the element and "
                "wipe the filter housing clean; make sure no dirt falls into the inlet. 5. Fit the new element "
                "with its seal facing the housing. 6. Refit the cover and tighten the wing nuts by hand.",
            ),
            ("h", "8. Accessories"),
            (
                "p",
                "Outlet silencer SX-SL-40 (SCB-40) or SX-SL-55 (SCB-55); in-line vacuum filter SX-VF-2; "
                "flexible connector set SX-FC-2; vibration mounts SX-AV-4 (set of 4).",
            ),
            ("h", "9. Storage"),
            (
                "p",
                "Store the blower in a dry room with the ports capped. If it stands unused for more than 3 "
                "months, turn the impeller by hand through a few turns once a month.",
            ),
        ],
    ),
]

# ---------------------------------------------------------------- Inkora CJ-300 continuous inkjet coder
INKORA = [
    (
        "title",
        "Inkora CJ-300 Continuous Inkjet Coder\nOperator and Maintenance Guide",
    ),
    (
        "p",
        "Inkora Marking Systems S.r.l., guide IK-OMG-300, revision 4, 2024. The CJ-300 prints up to 4 lines of "
        "text, dates, times and counters on moving products with a single continuous ink jet. The standard print "
        "head has a 60 µm nozzle; the 70 µm nozzle (head option H70) is for larger characters. This guide covers "
        "the CJ-300 with software 3.x. Inkora thermal transfer overprinters are covered by their own guides.",
    ),
    (
        "warn",
        "WARNING: Ink IK-101 and make-up MU-101 are based on MEK: highly flammable, vapour irritating. No naked "
        "flames within 3 m; keep the room ventilated; wear nitrile gloves and safety glasses when handling "
        "fluids or cleaning the head. Clean the print head only with Inkora wash solution WS-101.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Item", "Value"],
            ["Print lines", "1 to 4"],
            ["Character height", "1.8 to 8.5 mm (60 µm nozzle); up to 12 mm (70 µm nozzle)"],
            ["Maximum line speed", "4.5 m/s, one line, 5 × 7 font"],
            ["Ink (black, MEK based)", "IK-101, 0.8 L cartridge"],
            ["Make-up fluid", "MU-101, 0.8 L cartridge"],
            ["Make-up consumption", "about 3 mL/h at 20 °C"],
            ["Operating ambient", "5 to 40 °C, 10 to 90 % RH, non-condensing"],
            ["Umbilical length", "3 m (6 m option)"],
            ["Positive air (option PA)", "2 to 6 bar, dry and oil-free"],
            ["Protection class", "IP55 (IP65 with stainless cabinet option)"],
            ["Supply", "100–240 V AC, 50/60 Hz, 120 W"],
            ["Ink core filter", "IK-F-300, every 3 000 h"],
        ],
        (60, 100),
    ),
    (
        "p",
        "Make-up consumption rises with temperature and with air movement around the print head; the value "
        "above is for 20 °C in still air. Cartridges can be changed while the printer is printing. Never refill "
        "a cartridge and never mix ink or make-up of other types into the system.",
    ),
    ("h", "2. Print parameters"),
    (
        "table",
        [
            ["Parameter", "Meaning", "Range / default"],
            ["Print delay", "Distance from product detector to start of print", "0–9999 mm, default 100 mm"],
            ["Character width", "Stretch of each character along the product", "1–9, default 4"],
            ["Print direction", "Left to right or right to left", "default left to right"],
            ["Bold", "Each dot column printed 1 to 9 times", "1–9, default 1"],
            ["Gap", "Spacing between prints in continuous mode", "0–999 mm, default 0"],
            ["Speed source", "Shaft encoder or fixed speed", "default fixed, 1.0 m/s"],
        ],
        (35, 70, 55),
    ),
    (
        "p",
        "If prints come out stretched, the product moves faster than the fixed speed setting; if they come out "
        "squashed, it moves slower. Correct the fixed speed, or fit a shaft encoder on lines whose speed varies. "
        "If the print starts too late on the product, reduce the print delay.",
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Action"],
            ["F10", "Phase fault: drops not charged correctly", "Clean the head; check the charge electrode"],
            ["F12", "Gutter fault: ink not returning to the gutter", "Clean nozzle and gutter with WS-101"],
            ["F15", "EHT trip: high voltage shorting to earth", "Dry the deflector plates; remove ink build-up"],
            ["F20", "Viscosity out of range", "Check make-up level; allow 30 min after start"],
            ["F22", "Ink cartridge empty", "Replace the IK-101 cartridge"],
            ["F23", "Make-up cartridge empty", "Replace the MU-101 cartridge"],
            ["F30", "Ink pump pressure low", "Check the ink core filter; call service"],
            ["W05", "Ink core filter change due", "Order and fit IK-F-300"],
        ],
        (16, 72, 72),
    ),
    ("h", "4. Clean start and clean stop"),
    (
        "p",
        "Always stop the printer with the STOP JET key (clean stop), which flushes the nozzle with make-up for "
        "about 2 minutes before the pump stops. Switching off at the mains without a clean stop leaves ink in "
        "the nozzle, where it dries and blocks it. After a clean stop the printer can stand switched off for up "
        "to 3 weeks.",
    ),
    ("h", "5. Cleaning the print head"),
    (
        "ol",
        [
            "Stop the jet with STOP JET and wait until the display shows JET OFF.",
            "Unscrew the knurled ring and slide off the print head cover.",
            "Hold the head over the wash station beaker with the nozzle pointing down.",
            "Rinse the nozzle, charge electrode, deflector plates and gutter with WS-101 from the wash bottle.",
            "Let the head dry for at least 5 minutes. The deflector plates must be completely dry before the "
            "jet is started, or an EHT trip (F15) follows.",
            "Refit the cover, start the jet with START JET and print a test message.",
        ],
    ),
    ("h", "6. Maintenance intervals"),
    (
        "table",
        [
            ["Task", "Interval"],
            ["Clean the print head (section 5)", "Daily, or every shift on dusty lines"],
            ["Check ink and make-up levels", "Each shift"],
            ["Check the umbilical for kinks and wear", "Weekly"],
            ["Replace the ink core filter IK-F-300", "Every 3 000 h (warning W05)"],
            ["Replace the cabinet air filter IK-AF-30", "Every 6 months"],
            ["Service module (pump and valves)", "Every 9 000 h, by Inkora service"],
        ],
        (95, 65),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks, two_col in [
        ("wexbury-wct-uniform-case-sealer.pdf", "Wexbury WPK-OM-118 Rev B — WCT-450 / WCT-600", WEXBURY, False),
        ("thornvale-ih-induction-bearing-heater.pdf", "Thornvale TV-BA-IH-04 — IH-12 / IH-25", THORNVALE, False),
        ("saxby-scb-side-channel-blower.pdf", "Saxby SX-IM-SCB-02 — SCB-40 / SCB-55", SAXBY, True),
        ("inkora-cj300-continuous-inkjet-coder.pdf", "Inkora IK-OMG-300 rev 4 — CJ-300", INKORA, False),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " — "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2024, 12, 2, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        if two_col:
            render_two_column(pdf, blocks)
        else:
            render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
