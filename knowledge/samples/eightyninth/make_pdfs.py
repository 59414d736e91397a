"""Generate the PDF manuals of the eighty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set89venv && /tmp/set89venv/bin/pip install fpdf2 pypdf
    /tmp/set89venv/bin/python knowledge/samples/eightyninth/make_pdfs.py

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



# ---------------------------------------------------------------- Strudelholm SRM submersible propeller mixers
STRUDELHOLM = [
    ("title", "Strudelholm SRM Submersible Propeller Mixers\nOperation and Maintenance - SRM-11 and SRM-15"),
    (
        "p",
        "Document SDH-OM-SRM-04, Edition 3, March 2025. Strudelholm Mixing Technology. The SRM-11 and SRM-15 are "
        "submersible propeller mixers for digesters, post-digesters and digestate stores of biogas plants. Each "
        "mixer has a three-blade propeller driven by a submersible motor through a planetary gearbox, and runs on a "
        "stainless guide mast so that its height and direction can be changed from the digester roof. The two "
        "models differ in motor, gearbox ratio, propeller, mast and the items named in this manual; otherwise they "
        "are built alike. The digester, the roof passage and the service opening belong to the digester maker; the "
        "frequency converter, if used, has its own manual; the explosion protection document and the work permits "
        "are the site's. This manual does not replace them.",
    ),
    (
        "warn",
        "DANGER: The gas space of a digester is an explosive atmosphere (zone 1) and holds hydrogen sulphide. Never "
        "open the service opening or lift a mixer without the site's written permit, gas measurement and a second "
        "person present. Never stand under a mixer hanging from the winch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SRM-11", "SRM-15"],
            ["Motor rated power P2", "11 kW", "15 kW"],
            ["Rated current at 400 V 50 Hz", "21.5 A", "28.7 A"],
            ["Motor speed (4 pole)", "1475 rpm", "1475 rpm"],
            ["Planetary gearbox ratio", "4.0 : 1", "4.5 : 1"],
            ["Propeller speed at 50 Hz", "370 rpm", "330 rpm"],
            ["Propeller diameter, three blades, stainless 1.4571", "720 mm", "820 mm"],
            ["Blade tip speed at 50 Hz", "14.0 m/s", "14.2 m/s"],
            ["Thrust at 50 Hz, measured in clean water to ISO 21630", "4200 N", "5600 N"],
            ["Starting method", "direct on line allowed", "soft starter or frequency converter only"],
            ["Supply fuse", "35 A gG", "50 A gG"],
            ["Cable, 15 m standard (power + control)", "4 x 6 mm² + 6 x 1.5 mm²", "4 x 10 mm² + 6 x 1.5 mm²"],
            ["Guide mast, stainless 1.4571 square tube", "100 x 100 x 5 mm", "120 x 120 x 6 mm"],
            ["Minimum substrate above the blade tips", "1.0 m", "1.2 m"],
            ["Gearbox oil CLP HC 220 (synthetic, ISO VG 220)", "1.6 L", "2.1 L"],
            ["Seal chamber oil, medicinal white oil ISO VG 15", "0.9 L", "1.2 L"],
            ["Mass without cable", "410 kg", "480 kg"],
            ["Bearing temperature sensor PT100", "not fitted", "fitted"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Both models: motor insulation class H, enclosure IP68, maximum immersion depth 20 m, equipment marking "
        "II 2G Ex db IIB T4 Gb for use in zone 1. Substrate up to 12 % dry matter, 10 °C to 55 °C, pH 6.5 to 9. "
        "The thrust figures are for clean water at 50 Hz; no thrust values are given for substrates, whose "
        "viscosity depends on dry matter, fibre content and temperature. The mixing layout of the digester (number "
        "of mixers, heights and directions) is worked out by the plant designer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate the mixer at the main switch and lock it before any work on the mixer, the cable or the mast. "
            "The SMR-2 monitoring relay does not isolate the motor.",
            "Before the service opening is opened, the digester gas pressure must be brought down to the value set "
            "in the site's permit and the gas flow to the gas holder must be safeguarded; no naked flame or "
            "unprotected electrical equipment within the zone.",
            "Wear a personal H2S monitor. At 10 ppm H2S or more on the roof, leave the roof and report to the "
            "site's responsible person.",
            "The winch and rope must have a safe working load of at least twice the mixer mass (820 kg for the "
            "SRM-11, 960 kg for the SRM-15). The 1000 kg winch supplied covers both models.",
            "Substrate is a biological hazard. Wear gloves and eye protection when cleaning the propeller, and wash "
            "before eating or smoking.",
        ],
    ),
    ("h", "3. Positioning and operating limits"),
    (
        "cols",
        [
            ("h", "Height on the mast"),
            (
                "p",
                "The mixer slides on the mast on four guide rollers and hangs from the winch rope. Lower position, "
                "against sediment: propeller axis 1.0 to 1.5 m above the floor. Upper position, against floating "
                "layers: blade tips at least 1.0 m (SRM-11) or 1.2 m (SRM-15) below the lowest substrate level. In "
                "every position the blade tips must stay at least 0.6 m above the floor and at least 1.0 m from the "
                "wall, the heating pipes and any other internal part.",
            ),
            ("h", "Direction"),
            (
                "p",
                "The mast turns in its roof bearing through ±60° from the radial position and is locked in 10° steps "
                "with the turning handle. Unless the plant designer gives other values, point the mixer 20° to 30° "
                "out of the tangent, in the direction of the circulation.",
            ),
            ("h", "Running"),
            (
                "p",
                "The mixer may run continuously or in intervals. In interval operation it must run at least 5 min "
                "at each start, with no more than 10 starts per hour. Above 10 % dry matter run it continuously. "
                "Never run the propeller in reverse for longer than 30 s, and only to throw off fibres.",
            ),
            ("h", "Frequency converter"),
            (
                "p",
                "With a converter the mixer may run between 35 Hz and 50 Hz (at 35 Hz the propeller turns at "
                "259 rpm on the SRM-11 and 231 rpm on the SRM-15). Below 35 Hz the motor is not cooled enough. "
                "Never above 50 Hz. Ramp up in 5 to 10 s. The motor thermistors must be wired to the converter or "
                "to the SMR-2 in every case.",
            ),
            ("h", "Monitoring relay SMR-2"),
            (
                "p",
                "The SMR-2 trips on overcurrent at 110 % of the rated current for 10 s (23.7 A on the SRM-11, "
                "31.6 A on the SRM-15) and on underload below 60 % of the rated current for 30 s (12.9 A and "
                "17.2 A). Enter the rated current of the model on the relay at commissioning.",
            ),
            ("h", "Level interlock"),
            (
                "p",
                "The site must wire a digester level signal to the SMR-2. When the level falls below the minimum "
                "submergence the relay stops the mixer and shows M09; it restarts by itself 10 min after the level "
                "is back.",
            ),
        ],
    ),
    ("h", "4. Alarm codes of the SMR-2 monitoring relay"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["M01", "Motor overtemperature", "A PTC thermistor in the winding tripped (140 °C). Check for fibres on "
             "the propeller, low level and voltage; the motor restarts only after RESET once cooled."],
            ["M02", "Leakage in seal chamber", "The probe in the seal chamber senses water or substrate. Check the "
             "seal chamber oil (section 8) within 7 days."],
            ["M03", "Leakage in motor housing", "Float switch in the motor housing. Do not restart; lift the mixer "
             "out and call Strudelholm service."],
            ["M04", "Overcurrent", "Above 110 % of rated current for 10 s. Fibres on the propeller, sediment round "
             "the propeller after a long stop, or substrate too thick."],
            ["M05", "Underload", "Below 60 % of rated current for 30 s. Propeller damaged or lost, or the "
             "propeller is drawing gas because the level is low."],
            ["M06", "Phase failure", "A phase is lost or the phase currents differ by more than 10 %. Check "
             "fuses, contactor and cable."],
            ["M07", "Vibration (option)", "Vibration above 11 mm/s. Damaged blade, fibres on one blade only, or "
             "the mixer touching the mast stop."],
            ["M09", "Level too low", "Site level signal below the minimum submergence. Restart is automatic."],
            ["M10", "Too many starts", "More than 10 starts within one hour. The mixer is held off until the hour "
             "is over; check the interval settings."],
            ["M11", "Bearing temperature", "SRM-15 only: PT100 at the lower bearing above 110 °C. Lift out and call "
             "Strudelholm service."],
            ["M12", "Relay fault", "Internal fault of the SMR-2. Replace the relay."],
        ],
        (18, 42, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Current creeps up over days or weeks at the same level and frequency",
             "Fibres (straw, grass, hair, twine) wrapping round the hub and the blade roots",
             "If the current is more than 10 % above the value noted at commissioning, clear the fibres "
             "(section 7); ask for shorter chopped substrate."],
            ["Floating layer builds up although the mixer runs",
             "Mixer set too low or pointing the wrong way; run time too short",
             "Move it to the upper position, run it continuously for 24 h, then go back to intervals."],
            ["Sediment builds up, heating pipes covered",
             "Mixer only used in the upper position",
             "Run it in the lower position for at least 2 h a day."],
            ["Current low and unsteady, gurgling noise",
             "Level too low: the propeller draws gas from the surface vortex",
             "Raise the level or lower the mixer; check the M09 interlock."],
            ["Mixer trips with M04 a few seconds after start",
             "Sediment round the propeller after a long stop",
             "Start it up to three times with 2 min between starts; if it still trips, lift it out."],
            ["Knocking noise, vibration",
             "Blade bent by a foreign body, or a guide roller worn",
             "Lift out, check blades and rollers; never run with a bent blade."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Lifting the mixer out"),
    (
        "ol",
        [
            "Obtain the site's written permit for work at the service opening and agree the gas pressure.",
            "Stop the mixer, isolate it at the main switch and lock it.",
            "Measure methane and H2S at the service opening with a calibrated gas detector; continue only within "
            "the limits of the permit.",
            "Open the service opening and the cable gland of the roof passage.",
            "Lift the mixer with the winch at an even pace, guiding the cable by hand; nobody under the load.",
            "Stop with the mixer 0.5 m below the surface and let the substrate drain for 5 min.",
            "Lift the mixer out, swing it onto the service platform and set it down on timber.",
            "Close the service opening with the blind cover while the mixer is out.",
            "To refit, work in the reverse order and check that the mixer runs down the mast to the stop.",
        ],
    ),
    ("h", "7. Clearing fibres from the propeller"),
    (
        "ol",
        [
            "First try reverse running: with the converter, run in reverse at 35 Hz for no more than 30 s, then "
            "forward again. Repeat no more than three times.",
            "If the current does not fall to the commissioning value, lift the mixer out (section 6).",
            "Cut the fibres away from the hub with a hook knife; never use a grinder on the blades.",
            "Check the blades for cracks and bends and the shaft seal area for wound-in twine.",
            "Note the current after refitting as the new reference value.",
        ],
    ),
    ("h", "8. Seal chamber check and gearbox oil change"),
    (
        "ol",
        [
            "Lift the mixer out and lay it down with the seal chamber plug on top.",
            "Open the seal chamber plug slowly: there may be pressure.",
            "Take an oil sample. If it is milky or holds more than 10 % water or substrate by volume, the "
            "mechanical seal must be replaced by Strudelholm service; do not refill.",
            "If the sample is clean, drain and refill with white oil ISO VG 15: 0.9 L (SRM-11) or 1.2 L (SRM-15).",
            "Turn the mixer so that the gearbox drain plug is at the bottom, drain the gearbox oil and refill with "
            "CLP HC 220: 1.6 L (SRM-11) or 2.1 L (SRM-15). Never mix with mineral oil.",
            "Fit new seal rings SDH-SR-10 to both plugs and tighten them to 40 Nm.",
        ],
    ),
    ("h", "9. Insulation check"),
    (
        "p",
        "Measure between each phase and earth at 1000 V DC with the cable disconnected in the panel. A new mixer "
        "reads at least 20 MOhm; in service at least 2 MOhm is acceptable. Below 2 MOhm the mixer must not be "
        "started; lift it out and call Strudelholm service.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read and log the current; compare it with the commissioning value"],
            ["4000 h or 12 months, whichever comes first", "Seal chamber check (section 8), insulation check "
             "(section 9), guide rollers and mast fixings"],
            ["8000 h or 2 years, whichever comes first", "Gearbox oil change (section 8)"],
            ["16 000 h or 4 years", "Mechanical seals and bearings: Strudelholm service only"],
            ["As set by the site's rules", "Winch, rope and lifting points: inspection by a competent person"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SRM-11", "SRM-15"],
            ["Propeller, complete with hub", "SDH-PR-72", "SDH-PR-82"],
            ["Mechanical seal set (fitted by Strudelholm service)", "SDH-MS-11", "SDH-MS-15"],
            ["Mast bracket with four guide rollers", "SDH-MB-100", "SDH-MB-120"],
            ["Gearbox oil CLP HC 220, 5 L", "SDH-OL-220", "SDH-OL-220"],
            ["White oil ISO VG 15, 1 L", "SDH-OL-W15", "SDH-OL-W15"],
            ["Plug seal rings, pack of 10", "SDH-SR-10", "SDH-SR-10"],
            ["Monitoring relay SMR-2", "SDH-SMR-2", "SDH-SMR-2"],
            ["Winch rope, stainless 6 mm, 25 m", "SDH-WR-6", "SDH-WR-6"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Tholvenn DMS double-membrane gas holders
THOLVENN = [
    ("title", "Tholvenn DMS Double-Membrane Gas Holders\nOperating and Maintenance Manual - DMS-1800 and DMS-3000"),
    (
        "p",
        "Document TGS-BA-DMS-07, Edition 2, June 2024. Tholvenn Gas Storage Systems. The DMS-1800 and DMS-3000 are "
        "ground-mounted double-membrane gas holders in the form of a three-quarter sphere, for low-pressure storage "
        "of biogas between the digesters and the gas users. The outer membrane is kept in shape by support air from "
        "two blowers; the inner (gas) membrane and the bottom membrane enclose the gas. The support air pressure "
        "sets the gas pressure. The two models differ in size, maximum pressure, blowers, anchoring and the items "
        "named here; otherwise they are alike. The concrete ring foundation, the gas pipework, the over/underpressure "
        "safety device on the gas line, the flare and the gas users are not part of the Tholvenn supply.",
    ),
    (
        "warn",
        "DANGER: Biogas is flammable and toxic (H2S). The space between the inner and outer membrane can hold "
        "biogas if the inner membrane leaks. Never enter the support air space, and never walk on a membrane.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DMS-1800", "DMS-3000"],
            ["Usable gas volume (0-100 % on the level display)", "1800 m³", "3000 m³"],
            ["Geometric volume of the outer membrane", "2020 m³", "3325 m³"],
            ["Diameter at the foundation / height", "16.6 m / 12.5 m", "19.6 m / 14.7 m"],
            ["Gas pressure, factory setting", "3.0 mbar", "3.0 mbar"],
            ["Maximum operating pressure", "5.0 mbar", "4.2 mbar"],
            ["Storm mode pressure", "4.5 mbar", "4.0 mbar"],
            ["Support air blowers, two (duty and standby)", "0.55 kW, 1100 m³/h", "0.75 kW, 1600 m³/h"],
            ["Outer membrane, PVC-coated polyester, tensile strength warp/weft",
             "type III, 4200/4200 N/5 cm", "type IV, 5600/5600 N/5 cm"],
            ["Gas inlet and outlet through the foundation", "DN200", "DN250"],
            ["Clamping rail segments of 2.5 m / anchor bolts M16 A4", "21 / 210", "25 / 250"],
            ["Anchor bolt torque", "80 Nm", "80 Nm"],
            ["Wind speed, normal operation", "up to 30 m/s", "up to 30 m/s"],
            ["Wind speed, storm mode with both blowers available", "up to 38 m/s", "up to 38 m/s"],
            ["Ambient temperature", "-30 °C to +60 °C", "-30 °C to +60 °C"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The wind speeds hold only with the outer membrane undamaged, the inspection hatch closed and, for 38 m/s, "
        "storm mode active with both blowers available. The usable volume is 90 % of the geometric volume; the rest "
        "is the support air cushion that keeps the outer membrane taut at full gas level. The inner and bottom "
        "membranes are of gas-tight PVC-coated polyester with a gas barrier layer; their material data are in the "
        "material certificate supplied with the holder.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The zone around the exhaust air flap (3 m radius) and the gas connections is zone 2 according to the "
            "site's explosion protection document. No naked flames, smoking or unprotected tools there.",
            "Never open the inspection hatch while the holder holds gas.",
            "Work at the crown (level sensor) only from a mobile elevating work platform, never from the membrane.",
            "If the methane sensor in the exhaust air alarms (A12), keep people out of the 3 m zone and inform the "
            "site's responsible person.",
            "Sharp objects, fireworks and hot work near the membranes are forbidden. Keep grass cut and keep a clear "
            "strip of 1 m round the foundation.",
        ],
    ),
    ("h", "3. Pressures and settings"),
    (
        "cols",
        [
            ("h", "Setting the gas pressure"),
            (
                "p",
                "The gas pressure is set by the weights on the support air relief flap. The bare flap opens at 2.0 "
                "mbar; each weight disc adds 0.5 mbar. The factory setting is two discs, 3.0 mbar. Never fit more "
                "than six discs (DMS-1800, 5.0 mbar) or four discs (DMS-3000, 4.0 mbar): the maximum operating "
                "pressure of the DMS-3000, 4.2 mbar, is lower because the larger sphere puts more stress on the "
                "membrane at the same pressure.",
            ),
            ("h", "Storm mode"),
            (
                "p",
                "In storm mode the panel closes the motorised storm damper in front of the relief flap and both "
                "blowers run; the support air then escapes through the storm relief valve, set at 4.5 mbar "
                "(DMS-1800) or 4.0 mbar (DMS-3000). Switch it on when the weather service warns of gusts above "
                "25 m/s. The gas users then see the storm pressure; check that the gas train and the CHP accept it.",
            ),
            ("h", "Blower switching"),
            (
                "p",
                "The duty blower runs continuously. If the support air pressure stays below 1.5 mbar for 60 s, the "
                "standby blower starts and A01 is shown. The duty role changes every 168 h so that both blowers wear "
                "evenly. The non-return flap on each blower keeps air from escaping through the idle one.",
            ),
            ("h", "Fill level"),
            (
                "p",
                "An ultrasonic sensor at the crown of the outer membrane measures the distance to the inner "
                "membrane and gives 4-20 mA for 0-100 % of the usable volume. Alarms: high at 90 % (A07), high-high "
                "at 95 % (A08, flare request to the site's control), low at 15 % (A09), low-low at 10 % (A10, "
                "CHP stop request). The flare and the CHP are controlled by the site; the panel only sends the "
                "requests.",
            ),
            ("h", "Gas line safety device"),
            (
                "p",
                "The over/underpressure safety device on the gas line protects the holder if the gas users stop or "
                "the digesters draw gas back. Its type, size and setting are the plant designer's and are not "
                "covered here.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["A01", "Support air pressure low", "Below 1.5 mbar for 60 s; standby blower started. Check the duty "
             "blower, its filter and the inspection hatch."],
            ["A02", "Support air pressure high", "Above 6.0 mbar. Relief flap stuck or storm damper closed in error. "
             "Open the manual relief valve on the air duct."],
            ["A03", "Blower 1 fault", "Motor protection tripped or no pressure rise. Reset once; if it recurs, "
             "check the motor and the impeller."],
            ["A04", "Blower 2 fault", "As A03 for blower 2."],
            ["A05", "Both blowers failed", "The outer membrane will sag. Restore one blower at once; keep the gas "
             "level below 70 % until then."],
            ["A07", "Fill level high", "90 %. Check that the gas users run."],
            ["A08", "Fill level high-high", "95 %. Flare request sent to the site's control."],
            ["A09", "Fill level low", "15 %. Check the digesters and the gas users."],
            ["A10", "Fill level low-low", "10 %. CHP stop request sent to the site's control."],
            ["A11", "Level sensor fault", "Signal below 3.6 mA or above 21 mA. Sensor wet, iced or cable broken."],
            ["A12", "Methane in exhaust air", "Above 20 % LEL (0.88 % vol methane) at the exhaust air flap. Leak "
             "at the inner membrane or the clamping rail."],
            ["A13", "Mains failure", "The panel runs on its UPS for 30 min; blowers stopped."],
        ],
        (18, 45, 107),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Outer membrane creases or flaps in the wind", "Support air pressure low; intake filter blocked",
             "Check the pressure on the panel, clean or change the filter, switch to storm mode if gusts are "
             "forecast."],
            ["Blower runs all the time, pressure does not reach the setting",
             "Tear in the outer membrane, hatch seal leaking or support air drain left open",
             "Close the drain, check the hatch seal, look for tears; patch tears up to 50 mm (section 8), "
             "longer tears by Tholvenn service."],
            ["Level jumps or drops to 0 % without cause", "Condensate or ice on the ultrasonic sensor",
             "Clean and dry the sensor face from a work platform; fit the heated sensor cap in winter."],
            ["Gas smell near the exhaust air flap, A12", "Leak in the inner membrane or at the clamping rail",
             "Keep the 3 m zone clear, inform the site; leak search and repair by Tholvenn service."],
            ["Water runs from the air duct, wet patches inside the sight window",
             "Condensate drain of the support air space blocked",
             "Clear the drain (section 7)."],
            ["Gas pressure at the users varies by ±0.3 mbar during the day",
             "Sun warming the support air", "Normal; no action."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Switching storm mode on and off"),
    (
        "ol",
        [
            "Check on the panel that both blowers are available (no A03 or A04).",
            "Check that the gas train and the CHP accept 4.5 mbar (DMS-1800) or 4.0 mbar (DMS-3000).",
            "Select STORM on the panel: the storm damper closes and the second blower starts.",
            "Wait until the support air pressure is steady at the storm pressure, at most 10 min.",
            "Check at the relief valve that air escapes through the storm relief valve only.",
            "After the storm, select NORMAL: the damper opens, the standby blower stops after 5 min and the "
            "pressure returns to the flap setting.",
            "Walk round the holder and look for damage to the outer membrane and the clamping rail.",
        ],
    ),
    ("h", "7. Draining the support air space"),
    (
        "ol",
        [
            "Open the drain valve at the lowest point of the clamping ring, next to the blowers, slowly.",
            "Let the condensate run into a bucket until only air escapes, then close the valve.",
            "If nothing runs although water is seen inside, the drain is blocked: close the valve, remove the drain "
            "cap and clear the pipe with a plastic rod, never with wire.",
            "Refit the cap and check it for leaks with leak spray while the blower runs.",
        ],
    ),
    ("h", "8. Patching a small tear in the outer membrane"),
    (
        "ol",
        [
            "Only tears up to 50 mm long, in dry weather above 10 °C, reached from a work platform.",
            "Clean the area 100 mm round the tear with the cleaner from kit TGS-RP-PVC and let it dry.",
            "Cut a round patch at least 80 mm larger than the tear on every side.",
            "Apply the adhesive to the membrane and the patch, wait 5 min, press the patch on with the roller.",
            "Do not raise the pressure above the factory setting for 24 h.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read level, pressure and alarms on the panel"],
            ["Weekly", "Walk round: membrane, clamping rail, exhaust air flap; drain the support air space"],
            ["Monthly", "Switch the duty blower by hand and check the standby start; check the intake filters"],
            ["6 months", "Replace the intake filters; test the methane sensor with test gas (site's gas detection "
             "contractor)"],
            ["12 months", "Check the anchor bolt torque (80 Nm) and the hatch seal; membrane inspection by a "
             "competent person"],
            ["As found", "Inner and bottom membrane repair or replacement: Tholvenn service only"],
        ],
        (40, 130),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DMS-1800", "DMS-3000"],
            ["Support air blower complete", "TGS-BL-055", "TGS-BL-075"],
            ["Intake filter element", "TGS-AF-160", "TGS-AF-200"],
            ["Weight disc 0.5 mbar for the relief flap", "TGS-WD-160", "TGS-WD-200"],
            ["Ultrasonic level sensor with heated cap", "TGS-US-20", "TGS-US-20"],
            ["Methane sensor for the exhaust air", "TGS-GS-CH4", "TGS-GS-CH4"],
            ["Repair kit for the outer membrane", "TGS-RP-PVC", "TGS-RP-PVC"],
            ["Clamping rail segment 2.5 m with 10 bolts", "TGS-CR-25", "TGS-CR-25"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Skarnholt SMU-400 membrane upgrading unit
SKARNHOLT = [
    ("title", "Skarnholt SMU-400 Membrane Biogas Upgrading Unit\nOperating Manual"),
    (
        "p",
        "Document SKH-OM-SMU400-02, Edition 1, January 2025. Skarnholt Gas Separation. The SMU-400 upgrades biogas "
        "to biomethane in a 40 ft container. Raw biogas is compressed by an oil-injected screw compressor, cooled "
        "to 5 °C to remove water, freed of oil aerosols in a coalescing filter, polished in two activated carbon "
        "filters in series (lead and lag) and warmed again before it passes three stages of hollow-fibre "
        "membranes. Carbon dioxide permeates the membranes and leaves in the off-gas; the methane-rich retentate "
        "is the product. The gas supply line, the flare, the off-gas treatment, the grid injection station "
        "(metering, odorisation, calorific value adjustment) and the power supply up to the main switch are the "
        "site's. Grid quality of the biomethane is settled between the site and the grid operator.",
    ),
    (
        "warn",
        "DANGER: The unit contains biogas and biomethane at up to 16 bar. Never open a flange, filter housing or "
        "drain until the section has been isolated, depressurised to the off-gas and purged as in section 7.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Raw biogas flow (dry, 0 °C, 1013 mbar)", "250 to 400 Nm³/h"],
            ["Raw gas pressure at the inlet flange", "10 to 50 mbar(g)"],
            ["Raw gas methane content", "50 to 65 % vol"],
            ["Raw gas hydrogen sulphide", "at most 500 ppm"],
            ["Raw gas oxygen", "warning above 0.5 % vol, trip above 1.0 % vol"],
            ["Product methane content (dry), factory setpoint", "97.0 % vol (settable 96.0 to 98.5 % vol)"],
            ["Product flow at 400 Nm³/h raw gas with 55 % methane and 97.0 % setpoint", "about 226 Nm³/h"],
            ["Product pressure", "12.0 to 15.0 bar(g)"],
            ["Methane slip (methane in the off-gas as a share of the methane fed)", "no more than 0.5 %"],
            ["Off-gas flow at the same point / methane in the off-gas", "about 174 Nm³/h / about 0.6 % vol"],
            ["Specific electrical energy at 400 Nm³/h", "0.24 kWh per Nm³ raw gas"],
            ["Screw compressor motor, with frequency converter", "110 kW"],
            ["Installed power / main fuse at 400 V", "140 kW / 250 A"],
            ["Compressor oil, synthetic for biogas service", "45 L"],
            ["Safety valve, compressor discharge", "16.0 bar(g)"],
            ["Activated carbon, KI-impregnated, lead and lag filter", "2 x 350 kg"],
            ["Membrane modules (stage 1 / 2 / 3)", "12 (6 / 4 / 2)"],
            ["Ambient temperature", "-20 °C to +35 °C"],
            ["Container / mass", "40 ft / 18 t"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The product values hold only while the raw gas stays within the limits above, the flow is between 250 "
        "and 400 Nm³/h and the membranes are within their first 5 years. Above 35 °C ambient the controller "
        "reduces the raw gas flow by 2 % for every kelvin. The methane slip limit that applies to the site is set "
        "by the authority in the permit; where it requires, the off-gas must go to the site's off-gas treatment.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The container has a gas detector. At 20 % LEL the ventilation runs at high speed; at 40 % LEL the unit "
            "shuts down, the inlet and product valves close and the off-gas valve opens (U113).",
            "Enter the container only with a personal gas monitor (methane and H2S) and with the ventilation "
            "running.",
            "The safety valve and the pressure vessels are subject to periodic inspection by the inspection body "
            "chosen by the site.",
            "Compressor oil and condensate are hazardous waste; collect them for the site's licensed disposal.",
            "The container roof is not a work area.",
        ],
    ),
    ("h", "3. Process settings"),
    (
        "cols",
        [
            ("h", "Product quality"),
            (
                "p",
                "The controller holds the product methane at the setpoint by the feed pressure: a higher pressure "
                "gives more methane in the product and less slip, at a higher energy use. It moves the pressure "
                "between 12.0 and 15.0 bar(g), by no more than 0.5 bar in 10 min.",
            ),
            ("h", "Recirculation"),
            (
                "p",
                "If the product methane stays below the setpoint for 60 s, the product valve closes and the "
                "product is led back to the compressor inlet (U110). The product valve opens again when the "
                "methane has been above the setpoint for 5 min without a break.",
            ),
            ("h", "Flow"),
            (
                "p",
                "The raw gas flow follows the flow setpoint or the level of the site's gas holder (4-20 mA). Below "
                "250 Nm³/h the compressor recirculates part of the gas, so the energy per Nm³ rises; below 200 "
                "Nm³/h the unit stops and waits for gas.",
            ),
            ("h", "Off-gas"),
            (
                "p",
                "Methane in the off-gas is normally 0.4 to 0.8 % vol. Above 1.5 % vol U112 is shown. The off-gas "
                "may only be released to air where the permit allows it.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Gas cooler outlet 5 °C (alarm above 10 °C). Membrane feed 20 to 30 °C after the reheater (alarm "
                "below 15 °C or above 40 °C). Compressor discharge normally 75 to 90 °C, trip at 105 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["U101", "Raw gas methane low", "Below 45 % vol. Check the digesters and the raw gas analyser."],
            ["U102", "Raw gas oxygen high", "Above 0.5 % vol warning, above 1.0 % vol trip. Check the site's air "
             "dosing for desulphurisation and the gas line for air leaks."],
            ["U103", "H2S after lead filter", "Above 5 ppm between the lead and lag filter: lead carbon exhausted. "
             "Change it within 14 days (section 6)."],
            ["U104", "Compressor discharge temperature", "Above 105 °C: trip. Oil cooler dirty, oil low or "
             "container ventilation blocked."],
            ["U105", "Compressor oil pressure low", "Below 2.0 bar. Check the oil level and the oil filter."],
            ["U106", "Gas cooler outlet temperature high", "Above 10 °C. Check the chiller and its glycol."],
            ["U107", "Condensate drain", "Level high in the condensate separator. Drain valve or strainer blocked."],
            ["U109", "Membrane feed temperature", "Below 15 °C or above 40 °C. Check the reheater."],
            ["U110", "Product methane low", "Below the setpoint for 60 s; product led back to the inlet."],
            ["U111", "Product pressure high", "Above 15.5 bar(g). Product line blocked or the site's station "
             "not taking gas."],
            ["U112", "Off-gas methane high", "Above 1.5 % vol. Feed pressure too low or a membrane module leaking."],
            ["U113", "Gas in container", "20 % LEL: ventilation high. 40 % LEL: shutdown."],
            ["U114", "Emergency stop", "An emergency stop button was pressed."],
        ],
        (18, 45, 107),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Product methane below setpoint, unit keeps recirculating (U110)",
             "Raw gas methane fell or raw gas flow too high for the pressure",
             "Check raw gas methane; lower the flow setpoint by 10 % and let the controller settle for 30 min."],
            ["Product methane falls slowly over months with the pressure already at 15.0 bar(g)",
             "Membranes fouled by oil carry-over or ageing",
             "Change the coalescing element; if no better in 2 weeks, Skarnholt service checks the modules."],
            ["Compressor trips on discharge temperature (U104) on hot afternoons",
             "Oil cooler fins dirty or container ventilation filters blocked",
             "Clean the oil cooler with compressed air from the inside out; replace the vent filter mats."],
            ["Lead carbon exhausted long before the planned change",
             "Raw gas H2S above 500 ppm",
             "Improve the site's upstream desulphurisation; log raw gas H2S daily."],
            ["Oil in the coalescing filter sight glass",
             "Coalescing element saturated or compressor oil level too high",
             "Replace element SKH-CF-25; check the oil level with the compressor stopped."],
            ["Condensate alarm U107 repeats", "Strainer of the drain valve blocked",
             "Isolate, depressurise and clean the strainer."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Changing the lead carbon"),
    (
        "ol",
        [
            "Switch the unit to STOP and wait for the compressor to run down.",
            "Isolate the lead filter with its inlet and outlet valves and open the lag filter bypass valve.",
            "Depressurise the lead filter to the off-gas and purge it with nitrogen three times to 2 bar(g).",
            "Open the lid, remove the spent carbon into sealed drums and keep it wet; spent carbon can heat up in air.",
            "Fill 350 kg of new carbon SKH-AC-350 and level it; fit a new lid seal.",
            "Close the lid, pressurise with nitrogen to 10 bar(g) and check the flanges with leak spray.",
            "Set the filter with new carbon as the lag filter and the former lag filter as the lead filter with the "
            "changeover valves; close the bypass.",
            "Start the unit and confirm that U103 has cleared.",
        ],
    ),
    ("h", "7. Starting after a shutdown"),
    (
        "ol",
        [
            "Check that no alarms are active and that the chiller runs with the gas cooler below 10 °C.",
            "Check the compressor oil level in the sight glass (between MIN and MAX with the compressor stopped).",
            "Open the raw gas inlet valve and check the inlet pressure: 10 to 50 mbar(g).",
            "Select START. The unit purges the compressor and membranes with raw gas to the off-gas line for 3 min.",
            "The compressor ramps up to 12.0 bar(g); the product goes back to the inlet until the methane has been "
            "above the setpoint for 5 min.",
            "The product valve opens. Check product methane, product pressure and off-gas methane.",
            "Log the start in the operating log.",
        ],
    ),
    ("h", "8. Product analyser check"),
    (
        "p",
        "Every month, connect the test gas, 97.0 % methane in carbon dioxide, to the test port of the product "
        "analyser. If the reading differs by more than 0.2 % vol, calibrate the analyser as in its own manual.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Log flows, product and off-gas methane, pressures and temperatures"],
            ["Weekly", "Check the condensate drains and the coalescing filter sight glass"],
            ["2000 h", "Check the oil filter differential pressure; clean the oil cooler"],
            ["4000 h or 12 months", "Change compressor oil and oil filter; replace the coalescing element"],
            ["U103 or 8000 h", "Change the lead carbon (section 6)"],
            ["12 months", "Gas detector calibration; safety valve check by the site's inspection body"],
            ["5 to 7 years", "Membrane modules: exchange by Skarnholt service"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Activated carbon, KI-impregnated, 350 kg fill", "SKH-AC-350"],
            ["Compressor oil, 20 L", "SKH-CO-20"],
            ["Compressor oil filter", "SKH-OF-110"],
            ["Coalescing filter element", "SKH-CF-25"],
            ["Condensate drain valve with strainer", "SKH-DV-15"],
            ["Membrane module (exchanged by Skarnholt service)", "SKH-MM-8"],
            ["Vent filter mats, set of 4", "SKH-VF-4"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Calvorin HY digestate hygienisation units
CALVORIN = [
    ("title", "Calvorin HY Batch Hygienisation Units\nOperation and Maintenance - HY-8 and HY-15"),
    (
        "p",
        "Document CPH-OM-HY-03, Edition 4, October 2024. Calvorin Process Heat. The HY-8 and HY-15 pasteurise "
        "(hygienise) pumpable substrates and digestate in three insulated stainless batch tanks that are filled, "
        "heated, held at temperature and emptied in turn. Each tank has its own circulation loop through a "
        "tube-in-tube heat exchanger heated with hot water from the site's boiler or CHP. A recorder logs every "
        "batch. The two models differ in tank volume, heat exchanger, pump, valves and times; otherwise they are "
        "alike. The feed pump, the macerator or screen that limits the particle size, the buffer tanks, the heating "
        "water supply, the odour treatment and the approval of the process are the site's.",
    ),
    (
        "warn",
        "WARNING: Tanks, pipes and digestate reach 75 °C. Digestate and its vapours can hold H2S and ammonia. "
        "Never open a tank hatch or a pipe during a batch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HY-8", "HY-15"],
            ["Batch tanks / working volume per tank", "3 / 8 m³", "3 / 15 m³"],
            ["Fill time / heating time / holding time / emptying time (factory programme)",
             "40 / 80 / 60 / 20 min", "60 / 110 / 60 / 30 min"],
            ["Cycle time of one tank", "200 min", "260 min"],
            ["Throughput, three tanks", "up to 172 m³/d", "up to 249 m³/d"],
            ["Heat exchanger duty (tube-in-tube)", "370 kW", "500 kW"],
            ["Heating water 90 °C flow / about 70 °C return, flow rate", "16 m³/h", "21.5 m³/h"],
            ["Heat demand without heat recovery, at full throughput", "about 10 600 kWh/d", "about 15 200 kWh/d"],
            ["Circulation pump per tank", "7.5 kW, 60 m³/h", "11 kW, 90 m³/h"],
            ["Inlet and outlet knife gate valves, pneumatic", "DN100", "DN150"],
            ["Heat exchanger pressure drop, clean, at nominal flow", "0.6 bar", "0.7 bar"],
            ["Tank diameter / height", "2.2 m / 2.6 m", "2.8 m / 3.0 m"],
            ["Mass, empty / full", "7.5 t / 32 t", "11 t / 56 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Both models: substrate up to 12 % dry matter, particles no larger than 12 mm, heating water at most 95 °C "
        "and 6 bar, supply 400 V 50 Hz. The times and throughputs hold for feed at 15 °C and heating water at 90 °C "
        "with a clean heat exchanger; colder feed or cooler heating water lengthens the heating time. The heat "
        "demand is worked out with a specific heat of 4.0 kJ/(kg K) and a rise from 15 °C to 70 °C; the optional "
        "heat recovery exchanger has its own data sheet and is not covered in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate and lock the pump, valves and heating water before opening any part of a circulation loop; let "
            "it cool below 40 °C.",
            "The tank vents are connected to the site's odour treatment; never run the unit with a vent closed.",
            "Wear gloves, face shield and boots when taking samples.",
            "Entry into a tank is confined space work under the site's permit only.",
            "The compressed air for the valves must be isolated and vented before work on a valve.",
        ],
    ),
    ("h", "3. Programme and limits"),
    (
        "cols",
        [
            ("h", "Batch steps"),
            (
                "p",
                "FILL: the inlet valve opens until the tank is full. HEAT: both valves closed, the pump circulates "
                "the batch through the heat exchanger until the lower of the two tank sensors reaches the holding "
                "temperature. HOLD: the hold timer runs while both sensors stay at or above the holding temperature "
                "and both valves are proven closed by their limit switches. EMPTY: the outlet valve opens to the "
                "site's buffer tank for hygienised material.",
            ),
            ("h", "Holding temperature and time"),
            (
                "p",
                "Factory values: 70.0 °C for 60 min, the standard pasteurisation of the animal by-product rules. "
                "The holding temperature can be set from 70.0 °C to 75.0 °C and the time from 60 to 90 min. The "
                "values that apply to the site are those of its approval by the authority; only the site's "
                "responsible person may change them (password level 3).",
            ),
            ("h", "Falling below the holding temperature"),
            (
                "p",
                "If either sensor falls below the holding temperature during HOLD, the hold timer restarts from "
                "zero (H02) once both sensors are back at temperature. The batch is not discharged until it has "
                "completed a full holding time without a break.",
            ),
            ("h", "Sensors"),
            (
                "p",
                "Each tank has two PT100 sensors (class A), one at mid-height and one in the outlet. The lower "
                "reading always counts. If they differ by more than 1.0 K, H01 is shown; if the difference lasts "
                "10 min the batch is stopped until the sensors are checked (section 7).",
            ),
            ("h", "Invalid batch"),
            (
                "p",
                "A batch is invalid if a valve is not proven closed during HOLD (H07, H08) or power fails during "
                "HOLD (H13). An invalid batch must be heated and held again in full in the same tank; it may never "
                "be emptied to the buffer for hygienised material.",
            ),
            ("h", "Particle size"),
            (
                "p",
                "The unit does not check the particle size. The site's macerator or screen must keep particles to "
                "12 mm or less.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["H01", "Sensors differ", "The two sensors of a tank differ by more than 1.0 K. Check them (section 7)."],
            ["H02", "Below holding temperature", "A sensor fell below the holding temperature in HOLD; hold timer "
             "restarts from zero."],
            ["H03", "Heating time exceeded", "Heating took more than 150 % of the normal time. See section 5."],
            ["H04", "Heating water cold", "Heating water flow below 80 °C. Heating continues more slowly; inform "
             "the boiler or CHP operator."],
            ["H05", "Circulation pump fault", "Motor protection or dry running protection of the pump tripped."],
            ["H06", "Tank level high-high", "Overfill switch. Inlet valve closed; check the level transmitter."],
            ["H07", "Outlet valve not closed", "Limit switch lost during HOLD: batch invalid."],
            ["H08", "Inlet valve not closed", "Limit switch lost during HOLD: batch invalid."],
            ["H09", "Emptying incomplete", "Level above 5 % at the end of the emptying time. Outlet blocked or "
             "buffer tank full."],
            ["H11", "Recorder fault", "Recorder memory full or faulty. No new batch starts until it records "
             "again."],
            ["H12", "Heat exchanger pressure drop", "Above 1.5 bar at nominal flow: heat exchanger fouled."],
            ["H13", "Power failure", "Power failed during a batch. A batch in HOLD is invalid and is heated and "
             "held again."],
            ["H14", "Sensor check due", "12 months since the last sensor check."],
        ],
        (18, 45, 107),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Heating takes much longer than usual, H03", "Heat exchanger fouled (H12) or heating water too cold "
             "(H04)", "Flush the heat exchanger (section 8); check the heating water temperature."],
            ["Batches marked invalid with H07 or H08 again and again",
             "Fibres in the knife gate seat stop the valve closing fully",
             "Open and clean the valve; fit seal kit CPH-VS-100 (HY-8) or CPH-VS-150 (HY-15)."],
            ["The two sensors of one tank drift apart", "Deposit on a sensor well, or a faulty sensor",
             "Clean the wells; check both sensors against a reference (section 7)."],
            ["Emptying incomplete, H09", "Sand or fibres settled at the outlet; buffer tank full",
             "Check the buffer level; flush the outlet with the flushing connection."],
            ["Level reading unsteady during HEAT", "Foam on the batch",
             "Reduce foam as the site's process rules say; never open the hatch during a batch."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Starting automatic operation"),
    (
        "ol",
        [
            "Check that heating water at 80 °C or more is available and that the buffer tank for hygienised "
            "material has room for at least one batch.",
            "Check that the recorder shows RECORDING and that no alarm is active.",
            "Check the compressed air for the valves: 6 bar.",
            "Select AUTO for each tank. Tank 1 starts to fill; tanks 2 and 3 follow with an offset of one third of "
            "the cycle time.",
            "Watch the first batch through all four steps and check the recorder trace.",
        ],
    ),
    ("h", "7. Checking the temperature sensors"),
    (
        "ol",
        [
            "Use a reference thermometer with a valid calibration certificate and an uncertainty of ±0.1 K or "
            "better.",
            "During HOLD, insert the reference probe into the check pocket next to the sensor and wait 5 min.",
            "Read the reference and the sensor value on the panel at the same moment; note both in the sensor log.",
            "Repeat for the second sensor of the tank.",
            "If a sensor differs from the reference by more than 0.5 K, replace it (part CPH-PT-100) and check "
            "the new one the same way.",
            "Acknowledge H14 on the panel; the next check is due in 12 months.",
        ],
    ),
    ("h", "8. Flushing the heat exchanger"),
    (
        "ol",
        [
            "Take the tank out of AUTO once it has emptied.",
            "Close the heating water valves and the loop valves, and connect the flushing hose to the flushing "
            "connection.",
            "Flush with water at about 60 °C against the normal flow direction for 20 min.",
            "Drain the flushing water to the site's digestate pit.",
            "Reconnect, put the tank back to AUTO and note the pressure drop at nominal flow: it should be near "
            "0.6 bar (HY-8) or 0.7 bar (HY-15).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the recorder traces and the alarm list"],
            ["Weekly", "Open and close each valve by hand and check its limit switches"],
            ["Monthly", "Log the heat exchanger pressure drop; flush when above 1.2 bar"],
            ["12 months (H14)", "Check all sensors against a reference (section 7)"],
            ["2 years or as found", "Replace knife gate seals"],
            ["As its own manual says", "Circulation pumps: maintenance to the pump maker's manual"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HY-8", "HY-15"],
            ["PT100 sensor with well, class A", "CPH-PT-100", "CPH-PT-100"],
            ["Knife gate seal kit", "CPH-VS-100", "CPH-VS-150"],
            ["Limit switch for knife gate", "CPH-LS-1", "CPH-LS-1"],
            ["Heat exchanger gasket set", "CPH-HG-80", "CPH-HG-100"],
            ["Recorder backup battery", "CPH-RB-3", "CPH-RB-3"],
            ["Differential pressure transmitter", "CPH-PD-16", "CPH-PD-16"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("strudelholm-srm-submersible-propeller-mixer.pdf", "Strudelholm SDH-OM-SRM-04 Ed 3 - SRM-11 / SRM-15",
         STRUDELHOLM),
        ("tholvenn-dms-double-membrane-gas-holder.pdf", "Tholvenn TGS-BA-DMS-07 Ed 2 - DMS-1800 / DMS-3000",
         THOLVENN),
        ("skarnholt-smu-membrane-biogas-upgrading-unit.pdf", "Skarnholt SKH-OM-SMU400-02 Ed 1 - SMU-400", SKARNHOLT),
        ("calvorin-hy-digestate-hygienisation-unit.pdf", "Calvorin CPH-OM-HY-03 Ed 4 - HY-8 / HY-15", CALVORIN),
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
