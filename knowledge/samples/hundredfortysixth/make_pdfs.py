"""Generate the PDF manuals of the hundred-and-forty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set146-scratch/venv && /tmp/set146-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set146-scratch/venv/bin/python knowledge/samples/hundredfortysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Flocarra FM flash mixer and flocculator
FLOCARRA = [
    ("title", "Flocarra FM Flash Mixer and Flocculator\nOperation and Maintenance Manual - FM-250 and FM-400"),
    (
        "p",
        "Document FLC-OM-FM-04, Edition 3, March 2025. Flocarra Process Mixing. An FM package is the mixing "
        "equipment of one coagulation and flocculation stream: a flash (rapid) mixer with a four-blade pitched "
        "turbine in a square mixing chamber, followed by three flocculation stages in series, each with a "
        "vertical-shaft three-blade hydrofoil flocculator on a geared motor and a variable speed drive (VFD). The "
        "FM-250 is sized for 250 L/s and the FM-400 for 400 L/s; apart from the sizes, drives and values given for "
        "each model, the two packages are built alike. The concrete tanks are built by the site's civil contractor "
        "to Flocarra's drawings. The coagulant and polymer dosing systems, the clarifiers downstream and the works "
        "control system are not part of the supply and have manuals of their own. Coagulant and polymer doses and "
        "the coagulation pH are set by the site from jar tests; they are not part of this manual.",
    ),
    (
        "warn",
        "WARNING: Isolate and lock off both the local isolator and the VFD before any work on a drive, a shaft or "
        "an impeller. A stopped flocculator can be turned by the water flow: secure the impeller before working on "
        "the gearbox. Entry into a drained tank is confined space work under the site's permit system.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FM-250", "FM-400"],
            ["Rated flow", "250 L/s (900 m³/h)", "400 L/s (1440 m³/h)"],
            ["Flash mixing chamber volume", "5.0 m³", "8.0 m³"],
            ["Detention time in the flash mixer at rated flow", "20 s", "20 s"],
            ["Flash mixer impeller, four-blade pitched turbine, diameter", "800 mm", "1000 mm"],
            ["Flash mixer speed (fixed)", "145 rpm", "118 rpm"],
            ["Flash mixer motor, 400 V 3~ 50 Hz", "2.2 kW", "3.0 kW"],
            ["Power absorbed by the flash mixer impeller", "1.5 kW", "2.2 kW"],
            ["Velocity gradient G in the flash mixer, water at 10 °C", "about 480 1/s", "about 460 1/s"],
            ["Flocculation stages in series", "3", "3"],
            ["Volume of each flocculation stage", "100 m³", "160 m³"],
            ["Flocculation time at rated flow (three stages)", "20 min", "20 min"],
            ["Flocculator impeller, three-blade hydrofoil, diameter", "2200 mm", "2800 mm"],
            ["Flocculator speed range on the VFD", "6-26 rpm", "5-20 rpm"],
            ["Default speeds, stage 1 / stage 2 / stage 3", "24 / 16 / 10 rpm", "19 / 13 / 8 rpm"],
            ["Flocculator motors, each", "0.75 kW", "1.1 kW"],
            ["Gear oil ISO VG 220, flash mixer gearbox", "4.5 L", "6.5 L"],
            ["Gear oil ISO VG 220, each flocculator gearbox", "2.8 L", "3.6 L"],
            ["Shaft length below the drive bridge", "3.9 m", "4.6 m"],
            ["Mass of one flocculator drive with shaft and impeller", "410 kg", "620 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The detention and flocculation times hold at the rated flow with all three stages in service. The G "
        "values are worked out for water at 10 °C with G (1/s) = square root of (P / (µ x V)), where P is the "
        "power absorbed (W), µ the dynamic viscosity (0.00131 Pa s at 10 °C) and V the chamber volume (m³). "
        "Example for the FM-250: square root of (1500 / (0.00131 x 5.0)) = 479 1/s. Viscosities at other water "
        "temperatures are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work over open tanks only from the drive bridges with their handrails in place; wear a life jacket "
            "where the site's rules call for one.",
            "Ferric and aluminium coagulants are acidic and corrosive. Wear the protective equipment named in the "
            "chemical's safety data sheet when working near the dosing points.",
            "Never put a hand or a tool near a turning shaft. The flocculators turn slowly but with a high torque.",
            "Do not climb onto a drive bridge during a thunderstorm or in icy conditions.",
            "Lift a flocculator drive only with the lifting eyes on the gearbox and a hoist rated for the mass in "
            "section 1.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Impeller tip speed"),
            (
                "p",
                "Tip speed (m/s) = 3.14 x impeller diameter (m) x speed (rpm) / 60. Example, FM-250 stage 3 at "
                "10 rpm: 3.14 x 2.2 x 10 / 60 = 1.15 m/s. In stage 1 the tip speed must never exceed 3.0 m/s, "
                "which sets the top of the VFD range (26 rpm on the FM-250, 20 rpm on the FM-400). In stage 3 the "
                "tip speed must be no more than 1.5 m/s, or the floc formed in stages 1 and 2 is broken up again: "
                "no more than 13 rpm (FM-250) or 10 rpm (FM-400).",
            ),
            ("h", "Tapered mixing"),
            (
                "p",
                "The speeds fall from stage to stage. Each stage must run at least 2 rpm slower than the stage "
                "before it. The default speeds in section 1 suit most surface waters; the site's process staff may "
                "change them after jar tests within the limits given here.",
            ),
            ("h", "Low flow"),
            (
                "p",
                "Below 40 % of the rated flow (100 L/s on the FM-250, 160 L/s on the FM-400) the flocculation time "
                "becomes long enough for floc to settle in the tanks. Set stage 1 to 18 rpm (FM-250) or 15 rpm "
                "(FM-400) and keep stages 2 and 3 at their defaults. Return to the default speeds when the flow is "
                "back above 40 %.",
            ),
            ("h", "Lowest speeds"),
            (
                "p",
                "Below 6 rpm (FM-250) or 5 rpm (FM-400) the VFD does not run the flocculator, because floc then "
                "settles on the tank floor.",
            ),
            ("h", "Starts and water level"),
            (
                "p",
                "No more than 6 starts per hour on any drive (M10). Never start a flocculator with the water level "
                "less than 0.5 m above the top of its impeller, and never run the flash mixer with the water level "
                "less than 1.2 m above its impeller: the flash mixer stops on the low level switch (M07).",
            ),
            ("h", "Gear oil"),
            (
                "p",
                "ISO VG 220 mineral gear oil with EP additives suits ambient temperatures from -10 °C to 40 °C at "
                "the drives. For drives in unheated buildings that get colder than this, ask Flocarra for a "
                "suitable oil. Oil temperature in service: normally 45-70 °C; M08 at 90 °C.",
            ),
            ("h", "Speed monitoring"),
            (
                "p",
                "Each flocculator shaft carries a proximity switch target. A measured speed more than 10 % off the "
                "setpoint for 30 s gives M09; the drive keeps running.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Emergency stop", "An emergency stop on a bridge pressed. Release it, then press RESET."],
            [
                "M02",
                "Flash mixer overload",
                "Motor current too high: rags or debris on the impeller, ice, a loose blade or gearbox damage. "
                "Isolate and inspect the impeller.",
            ],
            ["M03", "Stage 1 drive fault", "VFD or motor fault on stage 1. Read the VFD's own fault code."],
            ["M04", "Stage 2 drive fault", "As M03, stage 2."],
            ["M05", "Stage 3 drive fault", "As M03, stage 3."],
            [
                "M07",
                "Low level, flash mixing chamber",
                "Water less than 1.2 m above the flash mixer impeller. The flash mixer stops until the level is "
                "back.",
            ],
            [
                "M08",
                "Gear oil temperature high",
                "Flash mixer gear oil at 90 °C: oil level low, oil overdue or wrong grade, or overload.",
            ],
            ["M09", "Speed deviation", "Flocculator more than 10 % off its setpoint for 30 s. Check the sensor."],
            ["M10", "Too many starts", "More than 6 starts in 60 min on one drive. Wait until M10 clears."],
            ["M11", "Service due", "8000 running hours since the last service reset."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Small, broken floc (pin floc) leaving stage 3 and carried over to the clarifiers",
                "Stage 3 running too fast, tip speed above 1.5 m/s; or the coagulant dose or pH wrong",
                "Work out the tip speed (section 3) and slow stage 3 down; ask the site's process staff to check "
                "the dose by jar test",
            ],
            [
                "Flash mixer knocks or vibrates, motor current higher than usual",
                "Rags or debris on the impeller, or a loose blade",
                "Isolate, lower the level, remove the debris; tighten the blade bolts to 210 Nm",
            ],
            [
                "Flocculator shaft wobbles where it passes the water surface",
                "Steady bearing bush at the tank floor worn",
                "Check the radial play (section 8)",
            ],
            [
                "Sludge building up on the floor of stage 3",
                "Stage 3 too slow, or the low flow setting not used",
                "Raise stage 3 within its limits; see Low flow in section 3",
            ],
            [
                "Gearbox oil dark, M08 comes up in summer",
                "Oil overdue or wrong grade",
                "Change the oil (section 7)",
            ],
            [
                "Foam or scum on stage 1",
                "Polymer overdosed or dosed at the wrong point",
                "Ask the site's process staff; polymer goes to the stage 2 inlet",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting after a drain-down"),
    (
        "ol",
        [
            "Check that no one is in the tanks, that all tools are out and that the tank hatches are closed.",
            "Check the oil level of every gearbox in its sight glass.",
            "Remove the locks from the isolators and switch on the VFDs.",
            "Let raw water into the flash mixing chamber. Do not start the flash mixer before the water is at least "
            "1.2 m above its impeller; M07 clears by itself.",
            "Start the flash mixer and check that it turns in the direction of the arrow on the gearbox.",
            "Let the flocculation stages fill. Start each flocculator only when the water is at least 0.5 m above "
            "the top of its impeller, at its lowest speed.",
            "Raise each flocculator to its set speed over 2 min.",
            "Ask the site's process staff to start the coagulant dosing.",
            "After 30 min check the floc in stage 3 by eye and the speeds on the display.",
        ],
    ),
    ("h", "7. Changing the gear oil of the flash mixer"),
    (
        "ol",
        [
            "Run the flash mixer for 15 min to warm the oil, then stop it and isolate it.",
            "Put a container of at least 8 L under the drain plug.",
            "Remove the breather and then the drain plug; let the oil drain fully while it is warm.",
            "Clean the magnetic drain plug and check it for metal particles. More than a thin film of fine "
            "particles calls for a gearbox inspection by Flocarra service.",
            "Refit the drain plug with a new sealing ring and tighten it to 40 Nm.",
            "Fill with ISO VG 220 mineral gear oil through the breather hole: 4.5 L (FM-250) or 6.5 L (FM-400), to "
            "the middle of the sight glass.",
            "Refit the breather, remove the locks and run the mixer for 10 min.",
            "Stop it, check the level in the sight glass again and look for leaks.",
            "Dispose of the used oil as waste oil under the site's rules.",
        ],
    ),
    ("h", "8. Checking the steady bearings"),
    (
        "ol",
        [
            "Stop and isolate the flocculator, then drain the stage under the site's procedure.",
            "Enter the tank under the confined space permit and clean the steady bearing at the foot of the shaft.",
            "Push the shaft end sideways by hand and measure the radial play between the shaft sleeve and the bush "
            "with feeler gauges.",
            "A radial play of no more than 3 mm is acceptable. With more than 3 mm the bush must be replaced; this "
            "is done by Flocarra service, because the shaft has to be lifted.",
            "Check the shaft sleeve for grooves deeper than 1 mm.",
            "Record the play in the maintenance log and refill the stage (section 6).",
        ],
    ),
    ("h", "9. Setting the flocculator speeds"),
    (
        "ol",
        [
            "Agree the new speeds with the site's process staff; the speeds are part of the site's process "
            "settings.",
            "Work out the tip speed of each stage with the formula in section 3.",
            "Check that stage 1 stays at or below 3.0 m/s and stage 3 at or below 1.5 m/s.",
            "Check that each stage is at least 2 rpm slower than the stage before it.",
            "Enter the speeds under SETTINGS > SPEEDS; the VFDs ramp to the new speeds over 2 min.",
            "Check the floc in stage 3 after 30 min and record the speeds.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Listen to the drives; check for oil leaks and for floating debris in the flash mixer"],
            ["Weekly", "Compare the displayed speeds with the setpoints"],
            ["3 months", "Check the blade bolts of the flash mixer impeller (210 Nm) from the bridge opening"],
            ["4000 h", "Grease the output shaft bearings of all drives: 20 g of lithium EP2 grease each"],
            ["10 000 h or 2 years, whichever comes first", "Change the gear oil of all gearboxes"],
            ["Yearly", "Drain each stage in turn and check the steady bearing (section 8)"],
            ["5 years", "Gearbox inspection and bearing renewal by Flocarra service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FM-250", "FM-400"],
            ["Flash mixer impeller, complete", "FLC-FI-800", "FLC-FI-1000"],
            ["Blade bolt kit, flash mixer", "FLC-BB-12", "FLC-BB-16"],
            ["Hydrofoil blade (one)", "FLC-HB-22", "FLC-HB-28"],
            ["Steady bearing bush", "FLC-SB-60", "FLC-SB-80"],
            ["Gearbox seal kit", "FLC-GS-250", "FLC-GS-400"],
            ["Speed sensor with bracket", "FLC-PS-01", "FLC-PS-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Trevellan HL high-lift pump sets
TREVELLAN = [
    ("title", "Trevellan HL High-Lift Pump Sets\nInstallation, Operation and Maintenance - HL-250 and HL-300"),
    (
        "p",
        "Document TRV-IOM-HL-02, Edition 2, June 2024. Trevellan Pumps. An HL set pumps treated water from the "
        "treated water tank of a works into the rising main to the service reservoirs. Each set has three "
        "horizontal, axially split-case, double-suction pumps (duty, assist and standby), each driven through a "
        "flexible pin-and-bush coupling by a four-pole motor on a variable speed drive, with a common control "
        "panel. The HL-250 and the HL-300 are built alike apart from the sizes and values given for each model. "
        "The motors and the VFDs have their makers' manuals. The surge protection of the rising main has its own "
        "manual, and its settings come from the site's surge study. The foundations, the pipework and valves "
        "outside the set and the electrical supply are the site's.",
    ),
    (
        "warn",
        "WARNING: Isolate and lock off the motor and its VFD and wait at least 5 min for the VFD to discharge "
        "before opening a terminal box. Close the suction and discharge valves and drain the casing before "
        "opening a pump. A pump that turns backwards must never be started.",
    ),
    ("h", "1. Technical data (each pump)"),
    (
        "table",
        [
            ["Parameter", "HL-250", "HL-300"],
            ["Suction / discharge branch", "DN250 / DN200", "DN300 / DN250"],
            ["Rated duty point", "250 L/s at 62 m", "320 L/s at 70 m"],
            ["Pump efficiency at the duty point", "86 %", "87 %"],
            ["Power absorbed at the duty point", "177 kW", "253 kW"],
            ["Motor, 690 V 3~ 50 Hz, four-pole", "200 kW", "280 kW"],
            ["Speed at 50 Hz", "1485 rpm", "1488 rpm"],
            ["Head at closed valve (shut-off)", "78 m", "88 m"],
            ["Minimum continuous flow", "75 L/s", "96 L/s"],
            ["NPSH required at the duty point", "4.5 m", "5.2 m"],
            ["Impeller diameter, new / smallest after trimming", "485 mm / 440 mm", "540 mm / 495 mm"],
            ["Wear ring diametral clearance, new", "0.40 mm", "0.45 mm"],
            ["Wear ring diametral clearance, renew the rings at", "0.80 mm", "0.90 mm"],
            ["Casing rating / hydrostatic test pressure", "PN16 / 24 bar", "PN16 / 24 bar"],
            ["Grease per pump bearing, lithium complex NLGI 2", "25 g", "35 g"],
            ["Gap between coupling hubs", "5 mm ±0.5 mm", "6 mm ±0.5 mm"],
            ["Mass of the upper casing half", "420 kg", "610 kg"],
            ["Mass of the pump", "1350 kg", "1900 kg"],
            ["Mass of pump, motor and baseplate", "3100 kg", "4300 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The duty point, efficiency and NPSH values hold for clean cold water (up to 25 °C) at 50 Hz with the "
        "impeller at its new diameter. Power absorbed (kW) = flow (m³/s) x head (m) x 9.81 / efficiency. Example "
        "for the HL-250: 0.250 x 62 x 9.81 / 0.86 = 177 kW.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never run a pump with the coupling guard removed.",
            "Lift the upper casing half only with the two lifting lugs cast on it and a hoist rated for its mass.",
            "Treated water is drinking water: wear clean gloves and use only lubricants and jointing compounds "
            "approved for contact with drinking water inside the pump.",
            "The pump casing and bearing housings can be hotter than 60 °C after a run against a closed valve.",
            "The motors are heavy: use the motor's own lifting eyes, never the pump's.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Starting"),
            (
                "p",
                "Start each pump with the discharge valve closed. The valve must start opening within 30 s of the "
                "start (H11). Never run a pump against the closed valve for more than 60 s: the water in the "
                "casing heats up.",
            ),
            ("h", "Starts per hour"),
            (
                "p",
                "No more than 4 starts per hour on any one pump, with at least 10 min between a stop and the next "
                "start of the same pump.",
            ),
            ("h", "Speed range"),
            (
                "p",
                "The VFD runs the pump between 75 % and 100 % of full speed (37.5-50 Hz). The pumps must not run "
                "faster than 50 Hz.",
            ),
            ("h", "Minimum flow"),
            (
                "p",
                "Each pump needs at least its minimum continuous flow (75 L/s HL-250, 96 L/s HL-300). Below it "
                "for more than 5 min the pump stops with H06, because it heats up and the bearings suffer from "
                "recirculation.",
            ),
            ("h", "Suction conditions"),
            (
                "p",
                "The NPSH available at the pump suction must be at least 1.0 m above the NPSH required. The low "
                "level trip of the treated water tank (H07) is set by the site, at a level that keeps this margin "
                "with all pumps running.",
            ),
            ("h", "Bearing temperature"),
            (
                "p",
                "Normal running: 50-70 °C on the bearing housing. Alarm H04 at 85 °C, trip H05 at 95 °C. A newly "
                "greased bearing can run up to 10 °C warmer for the first 24 h.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Velocity in mm/s rms, measured on the bearing housings: a new pump runs below 2.8 mm/s. Alarm H09 "
                "at 4.5 mm/s, trip H10 at 7.1 mm/s. Between 2.8 and 4.5 mm/s plan a check at the next stop.",
            ),
            ("h", "Mechanical seals"),
            (
                "p",
                "Cartridge seals, no adjustment. Up to 10 drops per minute of leakage in the first 24 h after a "
                "seal change is normal. More than 10 drops per minute in service means the seal is worn; the seal "
                "is then exchanged by Trevellan service or to the seal maker's instructions.",
            ),
            ("h", "Motor bearings"),
            (
                "p",
                "The grease type, quantity and interval of the motor bearings are on the motor nameplate and in "
                "the motor maker's manual.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Emergency stop", "Local emergency stop pressed. Release it and reset at the panel."],
            ["H02", "VFD fault", "Read the VFD's own fault code and follow the VFD manual."],
            ["H03", "Motor winding temperature", "PTC thermistor tripped: overload, cooling air blocked, high ambient."],
            ["H04", "Bearing temperature alarm", "Bearing housing at 85 °C. Check the grease and the alignment."],
            ["H05", "Bearing temperature trip", "Bearing housing at 95 °C. The pump stops; the standby starts."],
            [
                "H06",
                "Low flow",
                "Flow below the minimum continuous flow for 5 min. Check the discharge valve and the demand.",
            ],
            ["H07", "Suction level low", "Treated water tank below the site's low level. All pumps stop."],
            ["H09", "Vibration alarm", "4.5 mm/s rms on a bearing housing."],
            ["H10", "Vibration trip", "7.1 mm/s rms on a bearing housing. The pump stops; the standby starts."],
            [
                "H11",
                "Discharge valve",
                "Discharge valve not opening within 30 s of the start, or not closed at a stop. Check the actuator "
                "and its limit switches.",
            ],
            ["H12", "Seal leakage", "Water in the seal drain sump above the float switch for 60 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Crackling noise like gravel passing through the pump, discharge pressure unsteady",
                "Cavitation: NPSH available too low (low tank level, suction valve partly closed, suction strainer "
                "blocked)",
                "Open the suction valve fully, clean the strainer and keep the tank above the low level; NPSH "
                "available must be at least 1.0 m above NPSH required",
            ],
            [
                "Flow short of the curve at full speed",
                "Wear rings worn beyond 0.80 mm (HL-250) or 0.90 mm (HL-300), or impeller worn",
                "Measure the clearance at the next overhaul and renew the wear rings",
            ],
            [
                "Bearing temperature rises soon after greasing",
                "Too much grease",
                "Remove the grease drain plug and run the pump for 2 h so that the surplus escapes",
            ],
            [
                "Pump turns backwards after a stop",
                "Non-return valve not closing",
                "Close the discharge valve; check the non-return valve before the next start",
            ],
            [
                "Vibration rising slowly over weeks",
                "Misalignment, worn coupling bushes or bearing wear",
                "Check the alignment (section 8) and the coupling bushes",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a pump by hand"),
    (
        "ol",
        [
            "Check that the suction valve is fully open and the discharge valve closed.",
            "Vent the casing at the vent cock on the top of the casing until water comes out free of air.",
            "Turn the shaft by hand at the coupling: it must turn freely.",
            "Select MANUAL for the pump on the panel and check that no alarm is active.",
            "Press START. The VFD ramps the pump to 75 % speed and the discharge valve starts to open.",
            "Check that the valve is fully open within 60 s and that the discharge pressure has risen.",
            "Raise the speed to the value needed for the flow.",
            "Check the seal for leakage and listen for unusual noise.",
            "After 30 min check the bearing temperatures and the vibration.",
            "Return the selector to AUTO when the pump is to be run by the control system.",
        ],
    ),
    ("h", "7. Changing over the duty and standby pumps"),
    (
        "ol",
        [
            "In AUTO the duty order rotates every 168 running hours. To change it by hand, open DUTY ORDER on "
            "the panel.",
            "Select the new duty pump and confirm. The new duty pump starts first (section 6 applies).",
            "When its discharge valve is fully open, the old duty pump ramps down and stops with its valve "
            "closing.",
            "Check that the non-return valve of the stopped pump has closed: the shaft must not turn backwards.",
            "Note the hours of each pump in the log.",
        ],
    ),
    ("h", "8. Checking the coupling alignment"),
    (
        "ol",
        [
            "Isolate the motor and the VFD and remove the coupling guard.",
            "Check the gap between the hubs: 5 mm ±0.5 mm (HL-250) or 6 mm ±0.5 mm (HL-300).",
            "Fit two dial indicators (or a laser alignment tool) on the pump hub, one on the rim and one on the "
            "face of the motor hub.",
            "Turn both shafts together and read the indicators at 0, 90, 180 and 270 degrees.",
            "The parallel offset must be no more than 0.05 mm and the angular error no more than 0.05 mm per "
            "100 mm of hub diameter.",
            "Correct by moving the motor only, with stainless steel shims under its feet; never shim the pump.",
            "Tighten the motor foot bolts and read the indicators again.",
            "Refit the coupling guard. Check the alignment again after 24 h of running at working temperature.",
        ],
    ),
    ("h", "9. Greasing the pump bearings"),
    (
        "ol",
        [
            "Grease every 2000 running hours, with the pump running if it can be reached safely from outside the "
            "guard.",
            "Clean the grease nipple and remove the grease drain plug under the bearing housing.",
            "Press in lithium complex grease NLGI 2: 25 g (HL-250) or 35 g (HL-300) per bearing.",
            "Let the pump run for 2 h with the drain plug out, then refit the plug.",
            "Expect the bearing to run up to 10 °C warmer for a day.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check for seal leakage, noise and the bearing temperatures on the panel"],
            ["Weekly", "Run the standby pump for at least 15 min if it has not run"],
            ["Monthly", "Measure the vibration on all bearing housings and record it"],
            ["2000 h", "Grease the pump bearings (section 9)"],
            ["Yearly", "Check the coupling alignment (section 8) and the coupling bushes"],
            [
                "Every 5 years or when the flow falls short of the curve, whichever comes first",
                "Open the casing, measure the wear ring clearance and inspect the impeller (Trevellan service)",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HL-250", "HL-300"],
            ["Cartridge mechanical seal", "TRV-MS-250", "TRV-MS-300"],
            ["Wear ring pair (casing)", "TRV-WR-250", "TRV-WR-300"],
            ["Bearing set, both ends", "TRV-BS-250", "TRV-BS-300"],
            ["Coupling bush set", "TRV-CB-250", "TRV-CB-300"],
            ["Casing gasket", "TRV-CG-250", "TRV-CG-300"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kalvesta LS lime saturators
KALVESTA = [
    ("title", "Kalvesta LS Lime Saturators\nOperation and Maintenance Manual - LS-20 and LS-35"),
    (
        "p",
        "Document KLV-OM-LS-03, Edition 1, October 2024. Kalvesta Lime Systems. The LS saturators make clear "
        "lime water (a near-saturated solution of calcium hydroxide) for the pH correction and remineralisation "
        "of treated water. Milk of lime is fed into the central inlet cone, dilution water enters at the bottom, a "
        "slow stirrer keeps the sludge bed in the lower cone loose, and clear lime water rises and overflows into "
        "the launder at the top. The milk of lime comes from the slaker or the lime slurry tank, which have their "
        "own manuals. The lime dose, the final pH of the treated water and the purchase specification of the "
        "lime are set by the site's water quality team. Apart from the sizes and values given for each model, the "
        "LS-20 and LS-35 are built alike.",
    ),
    (
        "warn",
        "WARNING: Lime water and milk of lime are strongly alkaline (pH above 12) and harm the eyes. Wear goggles or "
        "a face shield and gloves at sampling points, at the launder and during desludging. Keep an eye wash "
        "station within 10 m of the saturator.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LS-20", "LS-35"],
            ["Rated lime water output", "20 m³/h", "35 m³/h"],
            ["Vessel diameter (cylindrical part)", "5.2 m", "7.0 m"],
            ["Surface area at the overflow", "21.2 m²", "38.5 m²"],
            ["Upflow velocity at rated output", "0.94 m/h", "0.91 m/h"],
            ["Largest output with dilution water above 25 °C (80 % of rated)", "16 m³/h", "28 m³/h"],
            ["Overall height", "7.8 m", "9.2 m"],
            ["Working volume", "110 m³", "230 m³"],
            ["Lime water concentration at rated output, water at 10 °C", "about 1.4 g/L as Ca(OH)2", "about 1.4 g/L as Ca(OH)2"],
            ["Lime dissolved at rated output, as Ca(OH)2", "28 kg/h", "49 kg/h"],
            ["Milk of lime fed, concentration", "5-10 % w/w", "5-10 % w/w"],
            ["Stirrer speed", "3 rpm", "2 rpm"],
            ["Stirrer motor, 400 V 3~ 50 Hz", "0.55 kW", "0.75 kW"],
            ["Stirrer gearbox oil", "ISO VG 460 synthetic (PAO)", "ISO VG 460 synthetic (PAO)"],
            ["Desludge valve, pneumatic pinch valve", "DN100", "DN150"],
            ["Dilution water inlet", "DN80", "DN100"],
            ["Mass, empty", "9.5 t", "15.8 t"],
            ["Mass in operation", "125 t", "252 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The concentration of 1.4 g/L is given for dilution water at 10 °C and the rated output, with a hydrated "
        "lime of at least 90 % Ca(OH)2. The lime water of a working saturator is a little below full saturation; "
        "concentrations at other water temperatures are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never look into the launder or the sampling cock from above with the flow running without eye "
            "protection.",
            "Hydrochloric acid for weir cleaning (section 9) must never be mixed with other chemicals, and must be "
            "kept away from hypochlorite.",
            "The vessel roof is walkable only on the gratings. Do not stand on the launder edge.",
            "Before entering the vessel, drain it, wash it out and follow the site's confined space permit.",
            "The desludge line discharges strongly alkaline sludge: keep clear of its outlet at the sludge tank.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Output"),
            (
                "p",
                "Never run above the rated output. Above an upflow velocity of 1.0 m/h the sludge bed lifts and the "
                "lime water turns cloudy. Short changes of output are best made in steps of no more than 20 % of "
                "the rated output every 15 min.",
            ),
            ("h", "Warm water"),
            (
                "p",
                "Lime dissolves less well in warm water. With dilution water between 4 °C and 25 °C the full rated "
                "output may be drawn. Above 25 °C run no more than 80 % of the rated output: no more than 16 m³/h "
                "(LS-20) or 28 m³/h (LS-35).",
            ),
            ("h", "Lime water flow needed"),
            (
                "p",
                "Lime water flow (m³/h) = treated water flow (m³/h) x lime dose (mg/L as Ca(OH)2) / 1400. Example: "
                "1500 m³/h at 12 mg/L needs 1500 x 12 / 1400 = 12.9 m³/h, which one LS-20 can give.",
            ),
            ("h", "Milk of lime feed"),
            (
                "p",
                "Lime fed (kg/h as Ca(OH)2) = lime water output (m³/h) x 1.4 x 1.1. The factor 1.1 covers the "
                "grit and the undissolved lime drawn off with the sludge. Example, LS-20 at rated output: 20 x 1.4 "
                "x 1.1 = 30.8 kg/h.",
            ),
            ("h", "Lime water quality"),
            (
                "p",
                "A correctly working saturator gives lime water of pH 12.3 or higher, measured at 20 °C, and a "
                "turbidity below 5 NTU at the overflow. Above 10 NTU (L06, with the optional turbidity monitor) "
                "reduce the output and desludge.",
            ),
            ("h", "Sludge bed and desludging"),
            (
                "p",
                "Keep the top of the sludge bed at least 2.0 m below the overflow. The desludge valve opens every "
                "8 h for 90 s (LS-20) or 120 s (LS-35) by default; more often with a lime rich in grit.",
            ),
            ("h", "Stirrer"),
            (
                "p",
                "The stirrer must run whenever milk of lime is fed. Torque alarm L03 at 80 % of the rated torque, "
                "trip L02 at 100 %.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["L01", "Emergency stop", "Emergency stop on the roof or at the panel pressed. Release and reset."],
            ["L02", "Stirrer trip", "Torque at 100 %: sludge compacted in the cone. Desludge, then restart in JOG."],
            ["L03", "Stirrer torque high", "Torque at 80 %. Desludge now; check the sludge bed level."],
            [
                "L05",
                "Desludge valve",
                "Pinch valve did not open: air supply below 4 bar at the valve, or the sleeve blocked by grit.",
            ],
            ["L06", "Turbidity high", "Lime water above 10 NTU at the overflow (optional turbidity monitor)."],
            [
                "L07",
                "Dilution water low",
                "Dilution water flow below 50 % of its setpoint for 60 s. The milk of lime feed stops.",
            ],
            ["L08", "Lime feed fault", "Fault signal from the milk of lime feed pump. See the pump's own manual."],
            ["L09", "Launder level high", "Lime water outlet blocked by scale, or the outlet valve closed."],
            ["L10", "Service due", "12 months since the last service reset."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lime water cloudy or milky at the overflow",
                "Output above the rated value (or above 80 % with water over 25 °C), sludge bed too high, or the "
                "stirrer stopped",
                "Reduce the output and desludge by hand (section 8); check that the stirrer turns",
            ],
            [
                "White scale on the overflow weir and in the launder, overflow uneven along the weir",
                "Calcium carbonate formed by carbon dioxide from the air; normal",
                "Clean the weir with inhibited hydrochloric acid (section 9); level it within 2 mm",
            ],
            [
                "pH of the lime water below 12.0",
                "Too little lime in the vessel: feed pump stopped, milk of lime too thin, or short-circuiting",
                "Check the feed and the milk of lime concentration; raise the feed",
            ],
            [
                "Stirrer torque alarm after a standstill",
                "Sludge compacted in the cone",
                "Desludge for 5 min before restarting the stirrer in JOG mode",
            ],
            [
                "Desludge line blocked",
                "Grit and carbonate in the line",
                "Flush the line with dilution water at 3 bar through the flushing connection",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting an empty saturator"),
    (
        "ol",
        [
            "Close the desludge valve and the drain. Check that the stirrer turns freely in JOG.",
            "Fill the vessel with dilution water to 1 m above the stirrer arms, then start the stirrer.",
            "Go on filling until the water reaches the overflow, with the lime water outlet to drain.",
            "Seed the vessel: feed milk of lime at the rated feed rate for 4 h without drawing lime water, so that "
            "a sludge bed builds up in the cone.",
            "Start the dilution water at 50 % of the rated output.",
            "Sample the overflow every 30 min. Send lime water to the treated water only when its pH is above 12.0 "
            "and its turbidity below 5 NTU.",
            "Raise the output to the value needed in steps of no more than 20 % every 15 min.",
            "Switch the desludge timer to AUTO.",
        ],
    ),
    ("h", "7. Checking the lime water"),
    (
        "ol",
        [
            "Open the sampling cock at the launder and let it run for 30 s.",
            "Fill a clean bottle, close it at once to keep out air, and cool the sample to 20 °C.",
            "Measure the pH at 20 °C with a meter calibrated with a pH 12.45 buffer; it must be 12.3 or higher.",
            "Measure the turbidity; it must be below 5 NTU.",
            "Send a sample to the site's laboratory for the concentration if the pH is low.",
        ],
    ),
    ("h", "8. Desludging by hand"),
    (
        "ol",
        [
            "Select MANUAL for the desludge valve at the panel.",
            "Check that the sludge tank has room for at least 3 m³.",
            "Open the desludge valve for 90 s (LS-20) or 120 s (LS-35).",
            "Watch the sludge at the sight glass of the desludge line: stop when it runs thin and grey.",
            "Close the valve and wait 15 min before a second desludge.",
            "Return the valve to AUTO.",
        ],
    ),
    ("h", "9. Cleaning the overflow weir"),
    (
        "ol",
        [
            "Reduce the output to 50 % so that the weir runs low.",
            "Wear goggles, a face shield and acid-resistant gloves.",
            "Brush the weir and the launder with inhibited hydrochloric acid of 5 % to dissolve the white scale.",
            "Rinse with plenty of water; the rinse runs into the lime water, which neutralises it.",
            "Check the weir with a level: the crest must be level within 2 mm all round.",
            "Return to the required output.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the lime water pH and turbidity; check the desludge sight glass"],
            ["Weekly", "Clean the overflow weir (section 9)"],
            ["Monthly", "Check the stirrer gearbox oil level and the pinch valve sleeve"],
            ["6 months or 4000 h, whichever comes first", "Grease the stirrer shaft bearing (lithium EP2, 30 g)"],
            ["2 years", "Change the stirrer gearbox oil (ISO VG 460 synthetic)"],
            ["5 years", "Drain the vessel and inspect the coating and the stirrer arms"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LS-20", "LS-35"],
            ["Pinch valve sleeve", "KLV-PS-100", "KLV-PS-150"],
            ["Stirrer arm scraper blades, set", "KLV-SB-52", "KLV-SB-70"],
            ["Stirrer shaft bearing", "KLV-SX-20", "KLV-SX-35"],
            ["Sampling cock", "KLV-SC-15", "KLV-SC-15"],
            ["Weir plate segment", "KLV-WP-20", "KLV-WP-35"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pulvacarb PD-150 PAC dosing unit
PULVACARB = [
    ("title", "Pulvacarb PD-150 Powdered Activated Carbon Dosing Unit\nOperation and Maintenance Manual"),
    (
        "p",
        "Document PVB-OM-PD150-02, Edition 2, February 2025. Pulvacarb Dosing Systems. The PD-150 doses powdered "
        "activated carbon (PAC) as a slurry into the raw water, mainly against tastes, odours and pesticides. It "
        "consists of a big bag discharge frame with an electric chain hoist, a spout massager and a dust hood with "
        "a cartridge filter; a 250 L hopper on three load cells; a loss-in-weight twin-screw feeder; a wetting "
        "funnel with a water eductor; and the slurry line to the dosing point. The unit is set up for PAC with a "
        "bulk density of 0.35-0.50 kg/L and a mean particle size (d50) of 15-35 µm. The PAC dose and the choice of "
        "product are the site's, from its water quality team. The explosion protection document of the site sets "
        "the zones in and around the unit; the unit is supplied to the zoning given in the order.",
    ),
    (
        "warn",
        "WARNING: PAC dust is combustible and can form an explosive dust cloud. No hot work, naked flames or "
        "smoking within 10 m of the unit. Never stand under a suspended big bag. Wear a dust mask of class FFP2 or "
        "better when opening a bag or the hopper.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PD-150"],
            ["Feed range, PAC of 0.45 kg/L", "3-150 kg/h"],
            ["Feeder", "Loss-in-weight, twin concave screws 2 x 50 mm, 0.55 kW on a VFD"],
            [
                "Feeder accuracy (PAC 0.35-0.50 kg/L, 10-100 % of the feed range, averaged over 60 s)",
                "±1 % of the setpoint",
            ],
            ["Hopper", "250 L, about 110 kg of PAC at 0.45 kg/L, on three 200 kg load cells"],
            ["Big bags", "up to 1.1 x 1.1 x 1.8 m, no more than 600 kg"],
            ["Hoist", "electric chain hoist, 1000 kg"],
            ["Motive water for the eductor", "3.5-6.0 bar, 4.5 m³/h at 4 bar"],
            ["Slurry concentration at 150 kg/h", "about 3.3 %"],
            ["Slurry line", "DN40, no more than 150 m long, bends of at least 5 x the pipe diameter"],
            ["Dust filter", "4 cartridges, 6 m² in all, pulse-cleaned with compressed air"],
            ["Compressed air", "5-7 bar, oil-free and dry, 40 NL/min on average"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A"],
            ["Ambient temperature", "0-40 °C, indoors"],
            ["Mass, empty", "1150 kg"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The feeder accuracy is given for PAC within the bulk density range above and for a feeder calibrated in "
        "the last 3 months. For other powders, or carbon outside this range, ask Pulvacarb.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep PAC bags dry and away from oxidising chemicals such as permanganate, hypochlorite and ozone; "
            "damp carbon contaminated with oil can heat up by itself.",
            "Earth the big bag (type C bags) with the clamp on the frame before opening the spout.",
            "Never put a hand into the hopper or the feeder inlet with the feeder switched on.",
            "Clean up spilt carbon with the vacuum cleaner rated for the site's zone, never with compressed air.",
            "Carbon slurry stains and is slippery on floors: clean spills at once with water.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Feed rate"),
            (
                "p",
                "Feed rate (kg/h) = water flow (m³/h) x PAC dose (mg/L) / 1000. Example: 2000 m³/h at 15 mg/L gives "
                "2000 x 15 / 1000 = 30 kg/h. Below 3 kg/h the accuracy is not guaranteed.",
            ),
            ("h", "Hopper refill"),
            (
                "p",
                "The hopper refills from the big bag when it falls to 20 % (about 22 kg) and the refill stops at "
                "80 % (about 88 kg). During a refill the feeder runs volumetrically at its last speed; a refill "
                "lasting more than 90 s gives C07.",
            ),
            ("h", "Motive water"),
            (
                "p",
                "The eductor needs 3.5-6.0 bar. Below 3.5 bar it cannot draw away all the wetted carbon, which then "
                "backs up in the wetting funnel (C08, then C09). Above 6.0 bar the eductor wears quickly.",
            ),
            ("h", "Stopping and flushing"),
            (
                "p",
                "After every stop the slurry line is flushed with motive water for 5 min. Never leave slurry "
                "standing in the line for more than 30 min: carbon settles and blocks it.",
            ),
            ("h", "Flow aid"),
            (
                "p",
                "Two vibrator pads on the hopper run for 2 s every 20 s while the feeder runs. Their timing is "
                "set under SETTINGS > FLOW AID (1-10 s on, 10-120 s off).",
            ),
            ("h", "Dust filter"),
            (
                "p",
                "The cartridges are pulse-cleaned every 60 s during a refill. A pressure drop above 15 mbar over "
                "the filter gives C10.",
            ),
            ("h", "Deviation alarm"),
            (
                "p",
                "If the actual feed differs from the setpoint by more than 5 % for 120 s, C03 is shown; the feeder "
                "keeps running.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["C02", "Feeder motor fault", "VFD or motor fault; read the VFD display."],
            [
                "C03",
                "Feed rate deviation",
                "Actual feed more than 5 % from the setpoint for 120 s: bridging in the hopper, blocked screw, or "
                "load cells disturbed.",
            ],
            ["C04", "Hopper low", "Hopper below 10 % and no refill possible. Hang a new bag."],
            ["C06", "Big bag empty", "No weight gain in the hopper for 60 s during a refill."],
            ["C07", "Refill too long", "Refill longer than 90 s: bag spout blocked or bag nearly empty."],
            ["C08", "Motive water low", "Motive water pressure below 3.5 bar for 10 s."],
            ["C09", "Wetting funnel level high", "Carbon or water backing up in the funnel. The feeder stops."],
            ["C10", "Dust filter", "Pressure drop above 15 mbar, or no compressed air for the pulse cleaning."],
            ["C11", "Load cell error", "Signal out of range, cable damage, or a load cell overloaded."],
            ["C12", "Calibration overdue", "More than 3 months since the last calibration (section 7)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Screws turn but the hopper weight hardly falls; feed rate drops and C03 comes up",
                "Bridging of the carbon in the hopper, often with carbon that has taken up moisture",
                "Check that the vibrator pads work; stop the feeder and break the bridge through the inspection "
                "port; keep the bags dry",
            ],
            [
                "Black water comes back up out of the vent of the wetting funnel",
                "Motive water pressure below 3.5 bar, or the slurry line partly blocked",
                "Raise the motive water to 3.5-6.0 bar; flush the slurry line (section 8)",
            ],
            [
                "Black dust around the bag spout during a refill",
                "Spout not sealed in the iris valve, or dust filter blocked",
                "Re-seat the spout; check the filter pressure drop and the pulse cleaning",
            ],
            [
                "Feed rate jumps while a new bag is being hung",
                "Hoist chain or a person touching the hopper or frame, disturbing the load cells",
                "Let the bag hang free; do not lean on the hopper while it feeds",
            ],
            [
                "Dose correct but tastes and odours still get through",
                "Contact time, dosing point or product choice",
                "Not a fault of the unit; refer to the site's water quality team",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a big bag"),
    (
        "ol",
        [
            "Wait for C06 or C04, or for the hopper to be at or below 20 %.",
            "Put on a dust mask and gloves. Close the iris valve and raise the empty bag clear of the hood.",
            "Tie off the empty bag's spout, lower the bag and take it away for disposal.",
            "Hook a full bag of no more than 600 kg onto the four loops of the lifting frame.",
            "Lift the bag over the hood; never stand under it.",
            "Pull the spout through the iris valve, clamp it, connect the earth clamp and untie the spout.",
            "Open the iris valve and press REFILL. Check that the hopper weight rises.",
        ],
    ),
    ("h", "7. Calibrating the feeder"),
    (
        "ol",
        [
            "Calibrate every 3 months, after a change of PAC product, and after work on the feeder.",
            "Fill the hopper to at least 60 %.",
            "Remove the wetting funnel cover and hang the catch bag under the feeder outlet.",
            "Select SERVICE > CAL. The feeder runs at 50 % speed for 60 s into the catch bag.",
            "Weigh the catch bag on a scale with a resolution of 1 g and enter the net mass.",
            "Repeat twice more. The three results must be within ±2 % of each other and of the weight loss shown "
            "by the load cells.",
            "If they are not, check for bridging and for anything touching the hopper, and repeat.",
            "Confirm the calibration; C12 clears. Return the carbon to the hopper and refit the cover.",
        ],
    ),
    ("h", "8. Flushing the slurry line by hand"),
    (
        "ol",
        [
            "Stop the feeder and let the eductor run with motive water.",
            "Open the flushing valve at the start of the slurry line.",
            "Flush for at least 5 min, until clear water arrives at the dosing point.",
            "For a blocked line, close the dosing point valve and flush back from the flushing connection at the "
            "dosing point to the drain at the unit.",
            "Close the flushing valve and return to AUTO.",
        ],
    ),
    ("h", "9. Replacing the dust filter cartridges"),
    (
        "ol",
        [
            "Stop the unit, close the iris valve and isolate the compressed air.",
            "Open the filter housing from the clean-air side.",
            "Unscrew the four cartridges and put each straight into a plastic bag.",
            "Clean the sealing faces and fit four new cartridges PVB-DF-15, hand-tight.",
            "Close the housing and restore the compressed air. Check the pressure drop during the next refill.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check for carbon on the floor, the motive water pressure and the slurry at the dosing point"],
            ["Weekly", "Check the vibrator pads and the iris valve seal"],
            ["3 months", "Calibrate the feeder (section 7)"],
            ["6 months", "Check the screws and the screw tube for wear"],
            ["12 months or a pressure drop above 15 mbar, whichever comes first", "Replace the dust filter cartridges"],
            ["2 years", "Replace the eductor nozzle"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Dust filter cartridge (one)", "PVB-DF-15"],
            ["Concave screw pair", "PVB-SP-50"],
            ["Eductor nozzle", "PVB-EN-40"],
            ["Iris valve sleeve", "PVB-IS-30"],
            ["Vibrator pad", "PVB-VP-02"],
            ["Load cell 200 kg", "PVB-LC-200"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("flocarra-fm-flash-mixer-and-flocculator.pdf", "Flocarra FLC-OM-FM-04 Ed 3 - FM-250 / FM-400", FLOCARRA),
        ("trevellan-hl-high-lift-pump-set.pdf", "Trevellan TRV-IOM-HL-02 Ed 2 - HL-250 / HL-300", TREVELLAN),
        ("kalvesta-ls-lime-saturator.pdf", "Kalvesta KLV-OM-LS-03 Ed 1 - LS-20 / LS-35", KALVESTA),
        ("pulvacarb-pd-pac-dosing-unit.pdf", "Pulvacarb PVB-OM-PD150-02 Ed 2 - PD-150", PULVACARB),
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
