"""Generate the PDF manuals of the seventieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set70venv && /tmp/set70venv/bin/pip install fpdf2 pypdf
    /tmp/set70venv/bin/python knowledge/samples/seventieth/make_pdfs.py

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




# ---------------------------------------------------------------- Gierholt YD yaw drive and yaw brake
GIERHOLT = [
    ("title", "Gierholt YD Yaw Drive and Yaw Brake System\nOperation and Maintenance - YD-30 and YD-45"),
    (
        "p",
        "Document GHD-OM-YD-04, Edition 3, March 2025. Gierholt Drive Systems. The YD-30 and YD-45 yaw systems "
        "turn the nacelle of a horizontal-axis wind turbine into the wind and hold it there. Each system consists "
        "of electric yaw drives (a motor with a spring-applied brake, a four-stage planetary gearbox and an output "
        "pinion) meshing with the external gear of the yaw bearing, and a hydraulic yaw brake whose calipers act on "
        "the brake disc of the yaw ring. The YD-30 is fitted to turbines of up to 3.6 MW, the YD-45 to turbines of "
        "up to 4.8 MW. Apart from the items in the tables, the two systems are built alike.",
    ),
    (
        "p",
        "The yaw control logic runs in the turbine controller and is set by the turbine maker. The yaw bearing "
        "itself, its raceway lubrication and the pretension of its bolts are covered by the turbine maker's and "
        "the bearing maker's documents, not by this manual. The hydraulic power unit (HPU) feeding the brake "
        "belongs to the turbine; only its yaw brake settings are given here.",
    ),
    (
        "warn",
        "WARNING: Never stand between the yaw drives or reach into the pinion mesh while the yaw system can move. "
        "Before any work on the drives or the brake, stop the turbine, set the service switch to SERVICE, switch "
        "off and lock the yaw motor supply Q-YAW and keep the yaw brake applied at parked pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "YD-30", "YD-45"],
            ["Turbine rating", "up to 3.6 MW", "up to 4.8 MW"],
            ["Number of yaw drives", "4", "6"],
            ["Yaw motor 400 V 3~ 50 Hz, 4-pole, S3 40 %", "2.2 kW, 4.6 A", "3.0 kW, 6.1 A"],
            ["Motor brake holding torque", "30 Nm", "40 Nm"],
            ["Motor brake air gap, new / adjust when reached", "0.3 mm / 0.6 mm", "0.35 mm / 0.7 mm"],
            ["Planetary gearbox ratio", "1800 : 1", "2000 : 1"],
            ["Gearbox oil, synthetic PAO ISO VG 220, per drive", "4.5 L", "6.0 L"],
            ["Output pinion, module and teeth", "m 16, 14 teeth", "m 18, 14 teeth"],
            ["Yaw ring gear, teeth and pitch diameter", "168 teeth, 2688 mm", "196 teeth, 3528 mm"],
            ["Yaw speed, motor at 1450 rpm", "0.40 °/s", "0.31 °/s"],
            ["Pinion to ring backlash", "0.5-0.9 mm", "0.6-1.0 mm"],
            ["Drive fixing bolts, per drive, property class 10.9", "12 x M20, 540 Nm", "12 x M24, 930 Nm"],
            ["Number of brake calipers", "10", "14"],
            ["Brake pad thickness, new / wear limit", "12 mm / 4 mm", "15 mm / 5 mm"],
            ["Brake disc thickness, new / minimum", "40 mm / 37 mm", "45 mm / 42 mm"],
            ["Brake pressure, parked (full brake)", "160 bar ±5 bar", "180 bar ±5 bar"],
            ["Residual brake pressure while yawing", "20-25 bar", "25-30 bar"],
            ["Brake accumulator nitrogen precharge, at 0 bar oil pressure", "90 bar", "100 bar"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "Yaw speed = 1450 rpm / gearbox ratio / (ring teeth / pinion teeth) x 6 °/s per rpm: 1450 / 1800 / 12 x 6 "
        "= 0.40 °/s for the YD-30 and 1450 / 2000 / 14 x 6 = 0.31 °/s for the YD-45. The parked brake pressure holds the "
        "nacelle only with clean, dry pads and disc: oil or grease on the disc can halve the holding torque.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained for work in wind turbines may work on the yaw system. Never work alone in the "
            "nacelle.",
            "The brake stays pressurised from the accumulator after the HPU is switched off. Release the pressure "
            "at the needle valve V-YB3 before opening a brake hose.",
            "Work on the brake only when the 10-min mean wind speed at hub height is below 10 m/s. Never work on "
            "the pads of more than two calipers at a time; all other calipers stay applied at parked pressure.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Brake pressures"),
            (
                "p",
                "Parked, the brake is fully applied at 160 bar ±5 bar (YD-30) or 180 bar ±5 bar (YD-45). While the "
                "nacelle yaws the brake is not released fully: a residual pressure of 20-25 bar (YD-30) or 25-30 bar "
                "(YD-45) damps the movement and stops the nacelle from rocking. The residual pressure is set with "
                "the valve V-YB2 on the yaw block of the HPU; turning it clockwise raises the pressure. Y03 is shown "
                "when the parked pressure stays below 140 bar (YD-30) or 160 bar (YD-45) for 10 s, Y04 when the "
                "pressure while yawing is above 35 bar (YD-30) or 40 bar (YD-45).",
            ),
            ("h", "Cable twist"),
            (
                "p",
                "The yaw encoder counts the nacelle position from the untwisted zero. At ±2.5 turns (±900°) the "
                "controller requests an untwist at the next low-wind period (Y05). At ±3 turns (±1080°) the cam "
                "limit switch cuts the yaw motors (Y06). Y06 can be reset only on the service panel, and only after "
                "the cable loop in the tower has been inspected.",
            ),
            ("h", "Backlash"),
            (
                "p",
                "The backlash between each pinion and the ring is measured at the three points of the ring marked "
                "with yellow paint, the high points of the ring's runout. It must be within 0.5-0.9 mm (YD-30) or "
                "0.6-1.0 mm (YD-45) at all three marks.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "The yaw system must not be operated below -30 °C. Below -20 °C the gearbox heaters must have run "
                "for at least 2 h before the first yaw movement.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["Y01", "Yaw motor overload", "Motor protection switch tripped. Check the motor brake air gap, then "
             "reset it."],
            ["Y02", "Motor overtemperature", "Let the motors cool for 30 min; check for a dragging motor brake."],
            ["Y03", "Parked brake pressure low", "Below 140 bar (YD-30) or 160 bar (YD-45) for 10 s. Check the "
             "HPU, the accumulator precharge and the brake hoses."],
            ["Y04", "Residual pressure high", "Above 35 bar (YD-30) or 40 bar (YD-45) while yawing. Set V-YB2 "
             "again; check the dump valve."],
            ["Y05", "Untwist request", "±2.5 turns reached. Automatic, no action."],
            ["Y06", "Cable twist limit", "±3 turns, limit switch. Inspect the cable loop, reset on the service "
             "panel and untwist by hand (section 8)."],
            ["Y07", "Yaw encoder", "Signal lost or implausible. Check the plug X-YE."],
            ["Y09", "Yaw misalignment", "Yaw error above 20° for more than 60 s while yawing is requested: a "
             "drive not turning or the brake not released."],
            ["Y10", "Brake pump runtime", "The HPU pump needs more than 30 s to restore the parked pressure: "
             "leak or low accumulator precharge."],
            ["Y11", "Pad wear", "A pad wear sensor reached the wear limit. Replace the pads of that caliper "
             "(section 7)."],
            ["Y12", "Pinion lubrication", "The automatic pinion lubrication unit reports no pressure or an "
             "empty cartridge."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Loud groaning or creaking while the nacelle yaws",
                "Residual brake pressure too high, glazed pads, or dry pinion and ring teeth",
                "Measure the residual pressure and set it to 20-25 bar (YD-30) or 25-30 bar (YD-45) at V-YB2; "
                "check the pinion lubrication; replace glazed pads",
            ],
            [
                "Nacelle slips in gusts while parked",
                "Parked pressure low, or oil or grease on the disc or pads",
                "Check the parked pressure; clean the disc with brake cleaner; replace oil-soaked pads",
            ],
            [
                "One motor much hotter than the others after yawing",
                "Motor brake not releasing fully, air gap above the adjust value",
                "Measure and adjust the air gap (section 9)",
            ],
            [
                "Knocking from the drives when yawing starts",
                "Backlash too large, or loose drive fixing bolts",
                "Check the backlash (section 6) and the bolt torque",
            ],
            [
                "Y10 after every yaw movement",
                "Accumulator precharge low",
                "Check the precharge with the oil pressure at 0 bar: 90 bar (YD-30) or 100 bar (YD-45)",
            ],
        ],
        (52, 58, 60),
    ),
    ("h", "6. Checking the pinion backlash"),
    (
        "ol",
        [
            "Stop the turbine, set the service switch to SERVICE and yaw until the first yellow mark on the ring is "
            "at the drive to be checked.",
            "Switch off and lock Q-YAW. Keep the brake applied at parked pressure.",
            "Insert a feeler gauge between the unloaded flanks of the pinion and the ring, at the top and at the "
            "bottom of the face width, and note the smaller value.",
            "The value must be 0.5-0.9 mm (YD-30) or 0.6-1.0 mm (YD-45).",
            "Unlock Q-YAW, yaw to the second and then the third yellow mark and repeat the measurement for every "
            "drive.",
            "If a value is out of range, loosen the fixing bolts of that drive, turn its eccentric flange with the "
            "adjusting lever GHD-TL-EX until the backlash is in range, and tighten the bolts crosswise to 540 Nm "
            "(YD-30) or 930 Nm (YD-45).",
            "Check the backlash again at all three marks and write the values in the service report.",
        ],
    ),
    ("h", "7. Replacing the brake pads"),
    (
        "ol",
        [
            "Check that the 10-min mean wind speed at hub height is below 10 m/s. Stop the turbine and set the "
            "service switch to SERVICE.",
            "Close the ball valve of the caliper to be worked on and open its bleed screw slowly to let the "
            "pressure out into a container. All other calipers stay applied.",
            "Remove the pad retaining plate (4 x M12) and pull the pads out with the pad hook GHD-TL-PH.",
            "Replace both pads of the caliper if either is at or below the wear limit, 4 mm (YD-30) or 5 mm "
            "(YD-45), or if a pad is oily.",
            "Push the pistons back with the piston press. Clean the disc at the caliper with brake cleaner and "
            "check that it is at least 37 mm (YD-30) or 42 mm (YD-45) thick.",
            "Fit the new pads and the retaining plate; tighten the M12 screws to 85 Nm.",
            "Close the bleed screw, open the ball valve and let the HPU build the parked pressure. Bleed the "
            "caliper until the oil comes out free of bubbles.",
            "When all pads are changed, bed them in by yawing one full turn in each direction.",
        ],
    ),
    ("h", "8. Manual yawing and untwisting"),
    (
        "ol",
        [
            "Set the service switch to SERVICE; automatic yaw is then off.",
            "After Y06, have a second person inspect the cable loop in the tower: not kinked, not chafed, hanging "
            "free.",
            "Turn the key switch RESET Y06 on the service panel.",
            "Press YAW CW or YAW CCW. The display shows the cable twist in turns; yaw towards 0.0.",
            "While a yaw button is pressed the brake drops to the residual pressure; 2 s after release it returns "
            "to parked pressure.",
            "Stop at 0.0 turns (±0.1) and set the switch back to AUTO.",
        ],
    ),
    ("h", "9. Adjusting the motor brake air gap"),
    (
        "ol",
        [
            "Switch off and lock Q-YAW and the motor brake supply. Remove the fan cover of the motor.",
            "Measure the gap between the armature plate and the magnet body with a feeler gauge at three points "
            "120° apart.",
            "If the gap has reached 0.6 mm (YD-30) or 0.7 mm (YD-45), loosen the three fixing screws and turn the "
            "adjusting sleeves until the gap is 0.3 mm (YD-30) or 0.35 mm (YD-45) at all three points.",
            "Tighten the fixing screws to 10 Nm. If the brake rotor is thinner than 8.5 mm (new 10 mm), replace "
            "it with the brake rotor kit.",
            "Refit the fan cover and check that the brake releases with a click.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["6 months", "Parked and residual brake pressures; pad thickness at the wear indicators; pinion "
             "lubrication cartridge level; oil leaks"],
            ["12 months", "Backlash (section 6); motor brake air gaps (section 9); gearbox oil level; accumulator "
             "precharge; 10 % of the drive fixing bolts at their torque, all of them if one has turned"],
            ["12 months or 400 yaw hours, whichever comes first", "Gearbox oil sample of every drive to a "
             "laboratory; the laboratory's report decides an early oil change"],
            ["5 years, or earlier if the oil analysis calls for it", "Gearbox oil change, 4.5 L (YD-30) or 6.0 L "
             "(YD-45) per drive"],
            ["At Y11 or at the wear limit", "Brake pads (section 7)"],
            ["At Y12", "Pinion lubrication cartridge; grease type as in the turbine maker's lubrication chart"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "YD-30", "YD-45"],
            ["Brake pad set (2 pads, one caliper)", "GHD-BP-12", "GHD-BP-15"],
            ["Motor brake rotor kit", "GHD-MB-30", "GHD-MB-45"],
            ["Output shaft seal kit", "GHD-SK-30", "GHD-SK-45"],
            ["Output pinion", "GHD-PN-16", "GHD-PN-18"],
            ["Caliper piston seal kit", "GHD-CS-60", "GHD-CS-60"],
            ["Yaw encoder", "GHD-EN-02", "GHD-EN-02"],
            ["Gearbox oil PAO ISO VG 220, 20 L", "GHD-OIL-220", "GHD-OIL-220"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Internal gearbox repairs (bearings, planet stages), the replacement of an output pinion and the exchange "
        "of a complete yaw drive are carried out by Gierholt service or under its supervision; no procedure for "
        "them is given in this manual.",
    ),
]


# ---------------------------------------------------------------- Solmerra TRC-1 tracker row controller
SOLMERRA = [
    ("title", "Solmerra TRC-1 Tracker Row Controller\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document SOL-IM-TRC1-02, Edition 2, June 2024. Solmerra Tracking Systems. The TRC-1 controls one row of a "
        "horizontal single-axis solar tracker. It drives the row's slew drive motor, reads the row angle with its "
        "own inclinometer, calculates the sun position and applies backtracking. It is powered by a 30 W PV module "
        "on the row and a LiFePO4 battery, and it talks over an 868 MHz radio mesh to the network control unit "
        "(NCU), which sends the stow commands from the plant's anemometer, snow sensor and SCADA.",
    ),
    (
        "p",
        "The NCU is described in its own manual, SOL-IM-NCU-01. The tracker structure, the piles, the bearings and "
        "the slew drive, with their lubrication and bolt torques, are covered by the tracker structure manual, not "
        "by this one. The plant SCADA is the site's.",
    ),
    (
        "warn",
        "WARNING: A row in AUTO can move at any time without warning. Before working within reach of a row, set "
        "the TRC-1 to SERVICE with the service app. Never put hands between the torque tube and a post or bearing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Tracking range", "-55° to +55° (0° = modules flat, negative = facing east)"],
            ["Tracking accuracy", "±1° with a calibrated inclinometer"],
            ["Inclinometer", "Dual-axis MEMS, resolution 0.01°, accuracy ±0.1° from -20 °C to +60 °C"],
            ["Motor output", "24 V DC brushed motor, up to 8 A; current limit 8 A for 2 s (T01)"],
            ["Rotation speed", "About 0.35 °/s; the full range of 110° in about 5 min 15 s"],
            ["Battery", "LiFePO4 25.6 V, 10 Ah (256 Wh) with built-in battery management"],
            ["Battery charging", "Only at cell temperatures between 0 °C and 45 °C"],
            ["PV module", "30 W, mounted on the row, open-circuit voltage up to 22 V"],
            ["Radio", "868 MHz mesh; up to 150 TRC-1 per NCU; up to 800 m between nodes in line of sight"],
            ["Stow reserve", "At least 30 stow movements from 55° to 0° from a full battery"],
            ["Enclosure", "IP65, UV-stabilised polycarbonate"],
            ["Operating temperature", "-30 °C to +65 °C"],
            ["Mounting", "On the torque tube, no more than 1 m from the slew drive"],
            ["Mass", "3.2 kg with battery"],
        ],
        (50, 120),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "SERVICE mode holds the row where it is for 60 min, then the TRC-1 returns to AUTO unless SERVICE is "
            "set again in the app.",
            "Do not work on rows when the wind is above 12 m/s. Keep out of the rows while a wind stow is running.",
            "The PV module of the controller is live whenever light falls on it.",
            "Never short the battery terminals. Sending batteries by road or air is governed by the dangerous goods "
            "rules; ask the site's dangerous goods adviser before shipping a battery.",
            "Never force a blocked row with the motor; find and remove the cause first.",
        ],
    ),
    ("h", "3. Stow modes and settings"),
    (
        "cols",
        [
            ("h", "Wind stow"),
            (
                "p",
                "On a command from the NCU the row turns to the wind stow angle, default 0°, settable 0-30°. The NCU "
                "sends the command when a 3-s gust exceeds 18 m/s (default, settable 14-22 m/s) or when the 10-min "
                "mean wind speed exceeds 13 m/s. The rows stay in stow until the 10-min mean has stayed below 12 m/s "
                "for 15 min. Any change to the wind stow settings must be approved by the tracker structure's "
                "engineer; how they are changed is described in the NCU manual.",
            ),
            ("h", "Communication-loss stow"),
            (
                "p",
                "If a TRC-1 has heard nothing from the NCU for more than 5 min, it goes to the wind stow angle by "
                "itself and shows T08. It returns to tracking 2 min after the link is back.",
            ),
            ("h", "Snow and hail stow"),
            (
                "p",
                "Snow stow turns the row to 55° so that snow slides off; hail stow turns it to 55° towards the side "
                "set at the NCU. Both are NCU commands and end when the NCU lifts them.",
            ),
            ("h", "Night position and backtracking"),
            (
                "p",
                "After sunset the row goes flat (0°). In the morning and evening the TRC-1 backtracks so that rows "
                "do not shade each other, using the ground coverage ratio (GCR) and the row slope entered at "
                "commissioning. The GCR and the slope of every row come from the plant designer's layout; Solmerra "
                "does not supply them.",
            ),
            ("h", "Battery limits"),
            (
                "p",
                "Below 24.0 V the TRC-1 stops tracking, turns the row flat and shows T05; it tracks again above "
                "25.6 V. At 23.2 V it shuts down. Replace the battery when the capacity test shows less than 70 % "
                "of the rated capacity (7.0 Ah) or after 8 years, whichever comes first.",
            ),
            ("h", "Angle and motor limits"),
            (
                "p",
                "T04 is shown when the measured angle differs from the target by more than 2° for 5 min. T02 is "
                "shown when a target is not reached within 10 min.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Cause and action"],
            ["T01", "Motor overcurrent", "More than 8 A for 2 s: row blocked, ice, seized slew drive. The TRC-1 "
             "retries three times at 5 min intervals, then stops."],
            ["T02", "Motor timeout", "Target not reached within 10 min: motor wiring, slew drive coupling, low "
             "battery."],
            ["T03", "Inclinometer fault", "No signal, or an angle above 60°. Check the plug; replace the "
             "inclinometer."],
            ["T04", "Angle deviation", "More than 2° from the target for 5 min."],
            ["T05", "Low battery", "Below 24.0 V; the row goes flat and tracking stops."],
            ["T06", "Battery over temperature", "Above 60 °C; charging and movement stop."],
            ["T07", "Charging blocked", "Cell temperature below 0 °C. Normal on winter mornings."],
            ["T08", "Communication lost", "No NCU message for 5 min; communication-loss stow."],
            ["T09", "Wind stow", "Information: wind stow active."],
            ["T11", "Snow stow", "Information: snow stow active."],
            ["T12", "End stop", "A limit switch was reached. Check the inclinometer calibration."],
            ["T13", "Configuration mismatch", "GCR, slope or row ID differ from the NCU. Send the "
             "configuration again from the NCU."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One row is a few degrees off its neighbours",
                "Inclinometer offset, or the TRC-1 mounted on a twisted section of tube",
                "Check the row angle with a digital level and calibrate (section 7)",
            ],
            [
                "Row goes flat by itself on calm days, then comes back",
                "Radio link lost for more than 5 min (T08): antenna loose or damaged, or a neighbouring node "
                "switched off",
                "Check the antenna and its cable and the next nodes; check the link quality in the app: a signal "
                "below -105 dBm is too weak",
            ],
            [
                "Battery low every morning, fine in the afternoon",
                "PV module soiled or shaded, or battery capacity low",
                "Clean the module; run the battery capacity test (section 8)",
            ],
            [
                "Motor hums, row does not move, T01",
                "Row blocked by vegetation, ice, a snow drift or a transport lock left in; slew drive seized",
                "Remove the blockage; check the slew drive as in the tracker structure manual",
            ],
            [
                "Row shakes in strong wind",
                "Row not in wind stow",
                "Check that the row shows T09 and that the NCU anemometer works",
            ],
            [
                "Rows shade each other early in the morning",
                "GCR or slope wrong, or backtracking switched off",
                "Compare GCR and slope with the plant layout and send the configuration again",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Commissioning a row"),
    (
        "ol",
        [
            "Mount the TRC-1 bracket on the torque tube no more than 1 m from the slew drive, with the arrow on "
            "the housing along the row axis pointing north.",
            "Connect the motor cable to X1 (red +, black -) and the limit switch cable to X2. Leave the battery "
            "unplugged.",
            "Fit the antenna vertically on top of the bracket.",
            "Plug in the battery at X3. The LED flashes green and amber.",
            "Connect the service app over Bluetooth and enter the row ID from the layout. The NCU then sends the "
            "GCR, the slope and the stow angles.",
            "Check the inclinometer (section 7).",
            "Run test moves to +30° and -30° and back to 0°. A positive target must turn the modules to face west.",
            "Set the row to AUTO.",
        ],
    ),
    ("h", "7. Calibrating the inclinometer"),
    (
        "ol",
        [
            "Move the row to 0° with the service app and wait 1 min for it to settle.",
            "Place a calibrated digital level (accuracy 0.1° or better) across the flat top of the torque tube, "
            "no more than 1 m from the TRC-1.",
            "Read the level and the TRC-1 angle in the app.",
            "If they differ by more than 0.5°, enter the level reading in CAL > OFFSET; the TRC-1 stores the "
            "offset.",
            "Move the row to +30° and compare again: the two must agree within 0.5°, otherwise replace the "
            "inclinometer.",
            "Write the offset in the row log.",
        ],
    ),
    ("h", "8. Battery capacity test"),
    (
        "ol",
        [
            "Test only with the battery between 15 °C and 35 °C.",
            "Let the battery charge fully: the app shows 100 %.",
            "Start BATTERY TEST in the app. The TRC-1 discharges the battery through its test load at 2 A down to "
            "24.0 V; the row stays flat.",
            "Read the capacity in Ah. Below 7.0 Ah the battery must be replaced.",
            "The row stays flat until the battery is recharged above 25.6 V.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["6 months", "PV module clean, antenna secure, cable glands tight; read the event log"],
            ["12 months", "Inclinometer check at 0° (section 7); motor and limit switch cables free of chafing at "
             "the slew drive"],
            ["2 years", "Battery capacity test (section 8)"],
            ["8 years, or capacity below 70 %, whichever comes first", "Replace the battery"],
            ["As the tracker structure manual says", "Slew drive lubrication, structure bolts, bearings"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["TRC-1 controller, complete", "SOL-TRC1"],
            ["Battery pack LiFePO4 25.6 V 10 Ah", "SOL-BAT-2510"],
            ["Inclinometer", "SOL-INC-02"],
            ["Antenna 868 MHz", "SOL-ANT-868"],
            ["PV module 30 W", "SOL-PV-30"],
            ["Motor cable 3 m", "SOL-MC-3"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Klimmark KSL tower service lift
KLIMMARK = [
    ("title", "Klimmark KSL Tower Service Lifts\nOperation and Maintenance - KSL-240 and KSL-320"),
    (
        "p",
        "Document KMA-OM-KSL-03, Edition 3, January 2025. Klimmark Access Systems. The KSL-240 and KSL-320 are "
        "wire-rope service lifts for wind turbine towers. The cab climbs the suspension wire rope with a traction "
        "hoist; the rope runs through the hoist and its free end hangs down the tower. A separate safety wire rope "
        "runs through the fall arrest device (the safety device) on the cab roof, and two tensioned guide wires "
        "keep the cab from swinging. The lift serves the platforms between the tower base and the top platform. "
        "Apart from the items in the tables, the two models are built alike.",
    ),
    (
        "p",
        "Not part of the delivery and not covered here: the rope anchor beam at the top platform (the turbine "
        "maker's), the tower ladder and its fall arrest system (the ladder maker's manual), the rescue plan for "
        "the tower (the site's) and the periodic thorough examination, whose interval and examiner are set by the "
        "national rules.",
    ),
    (
        "warn",
        "WARNING: Ride the lift only wearing a full body harness with the lanyard attached to the anchor point in "
        "the cab. No more than two persons. Never ride on the cab roof and never use the lift as a goods hoist "
        "with nobody in control.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KSL-240", "KSL-320"],
            ["Rated load, persons and material together", "240 kg, at most 2 persons", "320 kg, at most 2 persons"],
            ["Cab mass, empty", "180 kg", "205 kg"],
            ["Travel speed at 50 Hz", "18 m/min", "20 m/min"],
            ["Traction hoist motor 400 V 3~ 50 Hz", "1.5 kW, 3.6 A", "2.2 kW, 4.8 A"],
            ["Supply fuse", "10 A gG", "16 A gG"],
            ["Suspension and safety ropes, diameter and minimum breaking force", "8.3 mm, 57 kN", "9.0 mm, 68 kN"],
            ["Rope discard diameter, measured across the crowns", "below 7.8 mm", "below 8.5 mm"],
            ["Safety device tripping speed", "30 m/min", "33 m/min"],
            ["Overload limiter trips at", "252-300 kg", "336-400 kg"],
            ["Maximum travel height", "150 m", "180 m"],
            ["Guide wire spring length, tensioned", "110 mm ±5 mm", "125 mm ±5 mm"],
            ["Cab floor, inside", "0.65 x 0.75 m", "0.75 x 0.85 m"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The overload limiter trips between 105 % and 125 % of the rated load. The discard diameter is about 94 % "
        "of the nominal rope diameter, and the safety device trips at about 1.65 times the travel speed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons instructed on this lift, and trained for work in wind turbines, may ride it.",
            "Material in the cab counts towards the rated load. Long items must not stick out of the cab.",
            "Keep the landing gates closed. Never open a gate while the cab is not at the platform.",
            "In a thunderstorm, or when the turbine maker's rules forbid tower access because of the weather, do "
            "not use the lift.",
            "After any real arrest by the safety device, the lift must not be used again until the device has been "
            "inspected by Klimmark.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Temperature and duty"),
            (
                "p",
                "Operating range -25 °C to +40 °C. Below -10 °C make one full trip with the cab empty before "
                "carrying persons. The hoist is rated for no more than four full-height trips per hour; the motor "
                "thermal protection trips above that (C11).",
            ),
            ("h", "Safety device"),
            (
                "p",
                "The safety device locks on the safety rope when the rope runs through it faster than 30 m/min "
                "(KSL-240) or 33 m/min (KSL-320), or when the cab tilts more than 14°. In the daily test it must "
                "lock within 300 mm. It is returned to Klimmark for inspection after 250 h of travel or 5 years, "
                "whichever comes first, and after every real arrest.",
            ),
            ("h", "Ropes"),
            (
                "p",
                "Discard a rope when its diameter is below 7.8 mm (KSL-240) or 8.5 mm (KSL-320) at any point, when "
                "10 or more wires are broken within a length of 30 x d, or at any kink, birdcage, crushing or "
                "corrosion pitting. Never grease or oil the ropes; wipe them clean with a dry cloth. Replace both "
                "ropes after 10 years whatever their state.",
            ),
            ("h", "Guide wires"),
            (
                "p",
                "The guide wires are tensioned at their bottom anchors by compressing the springs to 110 mm ±5 mm "
                "(KSL-240) or 125 mm ±5 mm (KSL-320). Slack guide wires let the cab swing against the ladder.",
            ),
            ("h", "Manual descent"),
            (
                "p",
                "With the brake lifted by hand, the centrifugal brake of the hoist limits the descent speed to no "
                "more than 25 m/min. Descend in stages of no more than 20 m with a pause of 1 min, so that the "
                "brake does not overheat.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Emergency stop", "An emergency stop in the cab or on a platform is pressed. Release it."],
            ["C02", "Cab door open", "Close the door until the interlock clicks."],
            ["C03", "Landing gate open", "A platform gate interlock is open. Close the gate."],
            ["C04", "Overload", "Reduce the load; the limiter trips at 105-125 % of the rated load."],
            ["C05", "Top limit", "Top limit switch reached. Drive down."],
            ["C06", "Floor obstacle plate", "Obstacle under the cab floor or bottom limit switch. Drive up 0.5 m "
             "and remove the obstacle."],
            ["C08", "Roof obstacle plate", "The roof plate touched something. Drive down and check above the cab."],
            ["C09", "Slack rope", "Suspension rope slack: the cab sits on an obstacle. Drive up carefully."],
            ["C10", "Safety device locked", "The safety device has locked on the safety rope (section 8)."],
            ["C11", "Motor overtemperature", "Let the motor cool for 30 min; keep to four trips per hour."],
            ["C12", "Phase failure", "A phase missing or the phase sequence wrong. Call an electrician."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cab stops between platforms and the display is dark",
                "Supply lost: breaker at the tower base tripped or the trailing cable plug pulled",
                "Descend with the manual descent (section 7); have the supply checked before the next trip",
            ],
            [
                "Cab jerks or shudders going up",
                "Suspension rope dirty or oily, or the rope guide in the hoist worn",
                "Wipe the rope clean; have the hoist and rope guide checked",
            ],
            [
                "Safety device locks during a normal descent (C10)",
                "Safety rope dirty or twisted, or the cab too fast (wrong supply frequency)",
                "Free the device (section 8); clean the rope; check the speed",
            ],
            [
                "Cab swings and knocks against the ladder",
                "Guide wires slack",
                "Tension the guide wires to 110 mm ±5 mm (KSL-240) or 125 mm ±5 mm (KSL-320) spring length",
            ],
            [
                "Motor trips (C11) after several trips",
                "More than four full-height trips per hour, overload or low voltage",
                "Let the motor cool for 30 min; keep to the duty limit",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Daily check before use"),
    (
        "ol",
        [
            "Check the ropes where they enter the cab for broken wires, kinks and dirt.",
            "Check that the cab door and every landing gate stop the lift when opened.",
            "Press each emergency stop in turn: the lift must not start.",
            "Pull the test lever of the safety device: it must lock the safety rope within 300 mm. Reset it.",
            "Drive to the top and the bottom limit switch and press the obstacle plates by hand: the cab must stop.",
            "Check the spring length of both guide wires.",
            "Write the check in the logbook. Do not use the lift if any point fails.",
        ],
    ),
    ("h", "7. Manual descent"),
    (
        "ol",
        [
            "Stay in the cab with your lanyard attached to the cab anchor point.",
            "Press the emergency stop in the cab.",
            "Take the brake release lever from its holder on the hoist and fit it into the brake lever socket.",
            "Pull the lever up slowly. The cab descends; the centrifugal brake keeps the speed below 25 m/min.",
            "Descend in stages of no more than 20 m and let go of the lever for 1 min between stages.",
            "Stop level with the next platform below, open the cab door with the emergency key and step out onto "
            "the platform.",
            "Report the stop to the site. The lift stays out of use until the cause has been found and put right.",
        ],
    ),
    ("h", "8. Freeing the safety device after it has locked"),
    (
        "ol",
        [
            "Find out why the device locked (C10) before anything else. A real arrest (rope break, hoist failure) "
            "means the lift is out of use and the device goes to Klimmark.",
            "After a trip caused by a test or by a dirty rope, drive the cab up about 100 mm with the hoist to take "
            "the load off the device.",
            "Turn the reset lever of the device fully until it latches open.",
            "Inspect the safety rope where the device gripped it; discard the rope if it is crushed.",
            "Drive down 1 m and up again: the device must run freely.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each day of use", "Daily check (section 6)"],
            ["3 months", "Wipe both ropes along their full length; check the rope ends and the rope weights"],
            ["12 months, by a competent person", "Rope diameter at 10 m intervals and at the anchor; guide wire "
             "springs; hoist brake; overload limiter with test weights (must not trip at 100 %, must trip at "
             "125 %)"],
            ["250 h of travel or 5 years, whichever comes first", "Safety device to Klimmark for inspection"],
            ["10 years", "Replace the suspension and safety ropes"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KSL-240", "KSL-320"],
            ["Wire rope, per length L in metres", "KMA-WR83-L", "KMA-WR90-L"],
            ["Safety device, exchange unit", "KMA-SD-30", "KMA-SD-33"],
            ["Rope guide insert for the hoist", "KMA-RG-83", "KMA-RG-90"],
            ["Brake release lever", "KMA-BL-01", "KMA-BL-01"],
            ["Door interlock switch", "KMA-DS-02", "KMA-DS-02"],
            ["Obstacle plate switch", "KMA-OP-02", "KMA-OP-02"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Repairs inside the traction hoist (gear, traction sheaves, brake) are carried out by Klimmark service. "
        "This manual gives no procedure for them.",
    ),
]


# ---------------------------------------------------------------- Gelidra BCU battery container cooling units
GELIDRA = [
    ("title", "Gelidra BCU Battery Container Cooling Units\nOperation and Maintenance - BCU-12 and BCU-18"),
    (
        "p",
        "Document GEL-OM-BCU-05, Edition 1, April 2025. Gelidra Thermal Systems. The BCU-12 and BCU-18 are liquid "
        "cooling units for battery energy storage containers. Mounted outside on the container end wall, they cool "
        "or heat a water and ethylene glycol coolant to a set temperature and pump it through the cold plates of "
        "the battery racks. They take their setpoint and commands from the battery management system (BMS) over "
        "Modbus. Apart from the items in the tables, the two models are built alike.",
    ),
    (
        "p",
        "Not covered here: the coolant pipework inside the container, the racks and cold plates, the BMS and the "
        "battery temperature limits (all the battery integrator's), and the container's fire detection and "
        "suppression (the site's). Work on the refrigerant circuit (charging, brazing, leak detection with "
        "instruments, compressor exchange) may be done only by technicians certified for the refrigerant under "
        "national rules; this manual describes none of it.",
    ),
    (
        "warn",
        "WARNING: The EC fans can restart by themselves after the supply is restored. Switch off and lock the "
        "isolator on the unit and wait until the fans have stopped before opening a panel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BCU-12", "BCU-18"],
            ["Cooling capacity, coolant outlet 18 °C, ambient 35 °C, nominal flow", "12 kW", "18 kW"],
            ["Heating capacity, PTC heater", "3 kW", "5 kW"],
            ["Refrigerant R454B (A2L), factory charge", "2.9 kg", "4.2 kg"],
            ["Compressor", "Inverter scroll", "Inverter scroll"],
            ["Condenser fans (EC)", "2", "3"],
            ["Coolant", "Ethylene glycol 50 % premix", "Ethylene glycol 50 % premix"],
            ["Coolant volume in the unit", "18 L", "25 L"],
            ["Nominal coolant flow", "60 L/min", "90 L/min"],
            ["Available external pressure at nominal flow", "150 kPa", "170 kPa"],
            ["Coolant connections", "G 1 1/4 female", "G 1 1/2 female"],
            ["Expansion vessel, nitrogen precharge", "12 L, 0.8 bar", "18 L, 0.8 bar"],
            ["Coolant safety valve", "3 bar", "3 bar"],
            ["Supply 400 V 3~ 50 Hz, maximum current", "14 A", "21 A"],
            ["Recommended fuse", "20 A gG", "32 A gG"],
            ["Sound power level", "72 dB(A)", "75 dB(A)"],
            ["Mass, empty", "265 kg", "340 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The cooling capacity holds at the rated point only: coolant outlet at 18 °C, ambient 35 °C, clean "
        "condenser and nominal flow. Above 35 °C ambient the capacity falls by about 3 % per kelvin:",
    ),
    (
        "table",
        [
            ["Ambient temperature", "BCU-12", "BCU-18"],
            ["35 °C", "12.0 kW", "18.0 kW"],
            ["40 °C", "10.2 kW", "15.3 kW"],
            ["45 °C", "8.4 kW", "12.6 kW"],
            ["50 °C (upper limit of operation)", "6.6 kW", "9.9 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Above 50 °C ambient the compressor stops to protect itself; the pump keeps running. The unit works down to "
        "-30 °C ambient.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "R454B is mildly flammable (A2L). No open flames or sparks near the compressor compartment. The leak "
            "sensor in that compartment stops the compressor (A13).",
            "The coolant is harmful if swallowed. Wear gloves and glasses when filling or draining; collect all "
            "coolant and dispose of it under local rules.",
            "The coolant circuit is under pressure. Let the pressure out at the drain valve before opening the "
            "strainer or a connection.",
            "Never clean the condenser coil with a high-pressure washer.",
        ],
    ),
    ("h", "3. Control settings and limits"),
    (
        "cols",
        [
            ("h", "Setpoint"),
            (
                "p",
                "Coolant outlet setpoint: default 18 °C, settable 15-25 °C. The BMS normally sets it; the local "
                "setpoint on the display applies only when the BMS link is lost (A12). Cooling starts when the "
                "coolant return is more than 3 K above the setpoint. The heater switches on when the coolant "
                "return falls below 12 °C and off again at 15 °C.",
            ),
            ("h", "Coolant pressure"),
            (
                "p",
                "Fill to 1.2 bar ±0.2 bar with the system cold (below 25 °C). A03 is shown below 0.6 bar; below 0.3 "
                "bar the pump stops to protect itself. The safety valve opens at 3 bar.",
            ),
            ("h", "Coolant flow"),
            (
                "p",
                "A04 is shown when the flow stays below 50 % of nominal for 10 s, that is below 30 L/min (BCU-12) or "
                "45 L/min (BCU-18).",
            ),
            ("h", "Glycol concentration"),
            (
                "p",
                "Keep the ethylene glycol concentration at 45-55 % by volume, checked with a refractometer. Below 45 "
                "% the freeze protection is lost; above 55 % the cooling capacity falls. Top up only with the "
                "Gelidra 50 % premix, and correct the concentration as in section 9; never mix in propylene glycol "
                "or another inhibitor.",
            ),
            ("h", "Refrigerant and F-gas"),
            (
                "p",
                "R454B has a GWP of 466: the charge is 1.35 t CO2 equivalent (BCU-12) or 1.96 t (BCU-18). Whether "
                "periodic leak checks are required, and how often, is for the operator to establish under the F-gas "
                "rules that apply at the site.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "High refrigerant pressure", "Switch opens at 42 bar: condenser dirty, fan fault, ambient above "
             "50 °C. Resets by itself three times in 1 h, then locks."],
            ["A02", "Low refrigerant pressure", "Refrigerant shortage or leak. Call a certified technician."],
            ["A03", "Coolant pressure low", "Below 0.6 bar. Look for leaks, top up (section 6), check the "
             "expansion vessel precharge."],
            ["A04", "Coolant flow low", "Below 30 L/min (BCU-12) or 45 L/min (BCU-18) for 10 s: strainer "
             "blocked, valve closed, air in the circuit, pump."],
            ["A05", "Coolant outlet high", "Above 30 °C for 5 min."],
            ["A06", "Coolant outlet low", "Below 5 °C."],
            ["A07", "Compressor inverter", "Reset once; if it comes back, call Gelidra service."],
            ["A08", "Fan fault", "Check the fan plug and the fan for ice or debris."],
            ["A09", "Pump fault", "Check the pump supply; check for air."],
            ["A10", "Heater overtemperature", "Heater cut-out opened: flow too low while heating."],
            ["A12", "BMS link lost", "No message from the BMS for 60 s; the unit runs on the local setpoint."],
            ["A13", "Refrigerant leak sensor", "Compressor stops, fans run at full speed, alarm to the BMS. Reset "
             "only by a certified technician."],
            ["A14", "Strainer clogged", "Pressure difference across the Y-strainer above 0.5 bar. Clean it "
             "(section 8)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Battery temperatures rise in the afternoon although the unit runs flat out",
                "Condenser coil fouled, or the capacity reduced at high ambient",
                "Clean the coil (section 7); compare with the derating table",
            ],
            [
                "Coolant pressure falls slowly over weeks",
                "Small leak at a rack connection, or the expansion vessel has lost its precharge",
                "Check the connections in the container; check the precharge: 0.8 bar with the circuit at 0 bar",
            ],
            [
                "Pump noisy and gurgling, flow reading jumps",
                "Air in the circuit",
                "Vent the circuit (section 6, steps 5 to 7)",
            ],
            [
                "Frost on the suction line, low capacity",
                "Refrigerant shortage",
                "Call a certified technician; never add refrigerant yourself",
            ],
            [
                "Water dripping under the unit in humid weather",
                "Condensate on uninsulated cold pipes",
                "Normal; insulate the pipes",
            ],
        ],
        (52, 58, 60),
    ),
    ("h", "6. Filling and venting the coolant circuit"),
    (
        "ol",
        [
            "Check that the battery integrator has finished and pressure-tested the pipework in the container.",
            "With the circuit empty, check the expansion vessel precharge: 0.8 bar.",
            "Connect a filling pump with Gelidra premix GEL-GLY-50 to the fill valve V1 at the bottom of the unit. "
            "Open the automatic air vents at the high points.",
            "Fill slowly until the pressure reads 1.5 bar.",
            "Start the pump in SERVICE > VENT: it runs at 30 % speed for 5 min, then at 100 % for 5 min, three "
            "times over.",
            "Open the manual vent screws on the racks as the integrator's instructions say.",
            "Top up to 1.2 bar ±0.2 bar with the system cold.",
            "Check that the flow reaches 60 L/min (BCU-12) or 90 L/min (BCU-18) without air noise.",
            "Check the glycol concentration with a refractometer: 45-55 %.",
        ],
    ),
    ("h", "7. Cleaning the condenser coil"),
    (
        "ol",
        [
            "Switch off and lock the isolator; wait until the fans have stopped.",
            "Remove the fan guards.",
            "Blow the coil through with compressed air, or rinse it with low-pressure water, from the inside out, "
            "against the normal airflow.",
            "Straighten bent fins with a fin comb.",
            "Refit the guards and switch on; check that all fans run (no A08).",
        ],
    ),
    ("h", "8. Cleaning the Y-strainer"),
    (
        "ol",
        [
            "Stop the unit in SERVICE. Close the isolating valves V3 and V4 on both sides of the strainer.",
            "Let the pressure out at the drain valve V5 into a container.",
            "Unscrew the strainer cap and pull out the screen.",
            "Wash the screen in clean water; replace it if it is torn.",
            "Refit the screen with a new cap gasket. Open V3 and V4, vent, and top up to 1.2 bar ±0.2 bar.",
        ],
    ),
    ("h", "9. Checking the glycol concentration"),
    (
        "ol",
        [
            "Run the pump for at least 10 min so that the coolant is mixed.",
            "Take a sample of about 50 mL at the sampling valve V6 into a clean container; let it cool to room "
            "temperature.",
            "Put two drops on a clean, zeroed refractometer with an ethylene glycol scale and read the concentration.",
            "Between 45 % and 55 %: no action. Below 45 %: drain some coolant, top up with Gelidra concentrate "
            "GEL-GLY-100 and test again. Above 55 %: drain some coolant, top up with demineralised water and test "
            "again.",
            "Write the value and the date on the label inside the door.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Coolant pressure cold, 1.2 bar ±0.2 bar; alarm log"],
            ["6 months (monthly on dusty, pollen or coastal sites)", "Clean the condenser coil (section 7) and the "
             "Y-strainer (section 8)"],
            ["12 months", "Glycol concentration 45-55 % (section 9); expansion vessel precharge; electrical terminals"],
            ["5 years, or sooner if a coolant analysis calls for it", "Replace the coolant"],
            ["As the operator sets under the F-gas rules", "Leak check of the refrigerant circuit by a certified "
             "technician"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BCU-12", "BCU-18"],
            ["Y-strainer screen", "GEL-YS-32", "GEL-YS-40"],
            ["Coolant pump", "GEL-PU-12", "GEL-PU-18"],
            ["EC condenser fan", "GEL-FN-500", "GEL-FN-500"],
            ["Refrigerant leak sensor", "GEL-LS-A2L", "GEL-LS-A2L"],
            ["Coolant pressure sensor", "GEL-PS-06", "GEL-PS-06"],
            ["Glycol premix 50 %, 20 L", "GEL-GLY-50", "GEL-GLY-50"],
            ["Glycol concentrate, 20 L", "GEL-GLY-100", "GEL-GLY-100"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("gierholt-yd-yaw-drive-and-brake.pdf", "Gierholt GHD-OM-YD-04 Ed 3 - YD-30 / YD-45", GIERHOLT),
        ("solmerra-trc-solar-tracker-row-controller.pdf", "Solmerra SOL-IM-TRC1-02 Ed 2 - TRC-1", SOLMERRA),
        ("klimmark-ksl-tower-service-lift.pdf", "Klimmark KMA-OM-KSL-03 Ed 3 - KSL-240 / KSL-320", KLIMMARK),
        ("gelidra-bcu-battery-container-cooling-unit.pdf", "Gelidra GEL-OM-BCU-05 Ed 1 - BCU-12 / BCU-18", GELIDRA),
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
