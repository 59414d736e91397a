"""Generate the PDF manuals of the hundred-and-sixty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set164-scratch/venv && /tmp/set164-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set164-scratch/venv/bin/python knowledge/samples/hundredsixtyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Pyrevant MB cremator main burner systems
PYREVANT = [
    ("title", "Pyrevant MB Cremator Main Burner Systems\nInstallation, Operation and Maintenance - MB-22 and MB-32"),
    (
        "p",
        "Document PYR-IOM-MB-04, Edition 3, March 2025. Pyrevant Combustion Engineering. The MB-22 and MB-32 are "
        "forced-draught, fully modulating natural gas burners for the main (primary) chamber of cremators. Each "
        "system is made up of the burner with its combustion air fan, the gas train (manual isolating valve, gas "
        "filter, pressure governor, two safety shut-off valves V1 and V2 with valve proving, gas butterfly), the "
        "two servo motors for air and gas, and the BC-7 burner controller with its UV flame cell. Apart from the "
        "firing rate and the values given for each model, the two systems are built alike. The firing demand "
        "(0-100 %) and the release to fire come from the cremator control, which is the cremator maker's; the "
        "chamber temperatures and the cremation programme are set there, not in the burner. The gas pipework up to "
        "the inlet of the gas train, the gas meter and any gas booster are the site's and must be installed and "
        "tested by the site's registered gas engineer.",
    ),
    (
        "warn",
        "WARNING: Work on the gas train, the gas filter and the governor only by a person competent for gas work. "
        "Never bridge the flame monitoring, the air pressure switch or the gas pressure switches, not even for a "
        "test. After a lockout, find the cause before pressing RESET a second time.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MB-22", "MB-32"],
            ["Maximum firing rate", "220 kW", "320 kW"],
            ["Minimum firing rate (turndown 5:1)", "44 kW", "64 kW"],
            ["Ignition load", "60 kW", "80 kW"],
            ["Gas", "Natural gas G20 (2H)", "Natural gas G20 (2H)"],
            ["Gas flow at maximum firing, G20 at 15 °C and 1013 mbar", "23.3 m³/h", "33.9 m³/h"],
            ["Gas pressure at the gas train inlet, burner at maximum firing", "35-60 mbar", "45-60 mbar"],
            ["Burner head gas pressure at maximum firing", "8.5 mbar", "11.0 mbar"],
            ["Gas train size", "Rp 1 (DN 25)", "DN 40 flanged"],
            ["Combustion air fan, 400 V 3~ 50 Hz", "0.75 kW, 1.9 A", "1.1 kW, 2.6 A"],
            ["Combustion air flow at maximum firing", "290 m³/h", "420 m³/h"],
            ["Flame tube length / diameter", "350 mm / 160 mm", "420 mm / 190 mm"],
            ["Pre-purge time at full air", "30 s", "45 s"],
            ["Safety time at ignition", "3 s", "3 s"],
            ["Ignition transformer", "2 x 7.5 kV", "2 x 7.5 kV"],
            ["Flame monitoring", "UV cell PYR-UV3", "UV cell PYR-UV3"],
            ["Control supply", "230 V 1~ 50 Hz, 6 A fuse", "230 V 1~ 50 Hz, 6 A fuse"],
            ["Mass of the burner without gas train", "48 kg", "62 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The gas flows and firing rates are for natural gas G20 with a net calorific value of 9.45 kWh/m³. LPG "
        "versions of both burners exist but are built to order; their data are given by Pyrevant on request and "
        "are not in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The burner fires into a chamber that may hold a coffin. Never look into the chamber through the burner "
            "sight glass without the darkened glass fitted.",
            "Before opening the burner or removing the flame tube, close the manual isolating valve, switch off and "
            "lock the burner isolator and let the chamber cool below 300 °C.",
            "The flame tube and the burner front stay hot for hours after a shutdown. Wear heat-resistant gloves.",
            "Check every joint you have opened on the gas side with leak detection spray before the burner is "
            "started again.",
            "If you smell gas, close the manual isolating valve, do not operate electrical switches in the room and "
            "call the site's gas emergency number.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Combustion"),
            (
                "p",
                "Set at commissioning with the chamber empty and hot, and checked every 6 months: at maximum firing "
                "the oxygen in the flue gas is 3.0-4.5 % (dry), at minimum firing 5.0-7.0 %. CO must stay below 50 "
                "ppm at every point of the curve. The air ratio follows from the oxygen reading: air ratio (lambda) "
                "= 21 / (21 - O2 %). Example: 3.5 % O2 gives 21 / 17.5 = 1.20.",
            ),
            ("h", "Gas pressure"),
            (
                "p",
                "The pressure at the gas train inlet must not fall by more than 10 mbar between standstill and "
                "maximum firing. The low gas pressure switch is set to 30 mbar (MB-22) or 38 mbar (MB-32); the high "
                "gas pressure switch to 70 mbar on both models. Both switches lock the burner out (L05, L06).",
            ),
            ("h", "Air pressure switch"),
            (
                "p",
                "Set to 2.5 mbar (MB-22) or 3.0 mbar (MB-32). It must open when the fan stops and close within 10 s "
                "of the fan starting.",
            ),
            ("h", "Flame signal"),
            (
                "p",
                "The BC-7 shows the UV current in µA under INFO > FLAME. For stable operation it should be at "
                "least 70 µA at every firing rate. Below 40 µA the controller treats the flame as lost. A reading "
                "that falls slowly over weeks points to a dirty sight glass, not to the cell.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 6 burner starts per hour. The cremator control normally keeps the burner at minimum "
                "firing between cremations instead of switching it off.",
            ),
            ("h", "Valve proving"),
            (
                "p",
                "Before each start the BC-7 checks V1 and V2 for tightness in 10 s. A rise or fall of more than 5 "
                "mbar in the space between the valves is a leak (L07 for V1, L09 for V2).",
            ),
            ("h", "Refractory dry-out"),
            (
                "p",
                "After a relining or a repair of the chamber lining the refractory must be dried out slowly. The "
                "dry-out curve is the refractory supplier's; set it in the cremator control. The burner only follows "
                "the demand it is given.",
            ),
        ],
    ),
    ("h", "4. Lockout codes of the BC-7"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "L01",
                "No flame at the end of the safety time",
                "No gas (valve closed, air in the pipe), ignition faulty, or UV cell not seeing the flame. "
                "Check the gas pressure and the electrodes.",
            ],
            [
                "L02",
                "Flame lost during operation",
                "Gas pressure drop, dirty sight glass, flame lifted off by too much air at low fire.",
            ],
            ["L03", "Air pressure switch did not close", "Fan not running, hose blocked or switch faulty."],
            ["L04", "Air pressure switch closed at start", "Switch contact stuck, or hose blocked with the fan off."],
            [
                "L05",
                "Low gas pressure",
                "Inlet pressure below the switch setting. Check the supply, the gas filter and the booster.",
            ],
            ["L06", "High gas pressure", "Inlet pressure above 70 mbar: governor or booster fault."],
            ["L07", "Valve proving: V1 leaking", "Have V1 checked and replaced by a gas engineer."],
            ["L09", "Valve proving: V2 leaking", "Have V2 checked and replaced by a gas engineer."],
            [
                "L10",
                "Extraneous light",
                "UV cell sees a signal during pre-purge: ageing cell (self-firing) or ignition spark seen by "
                "the cell. Replace the cell.",
            ],
            ["L11", "Air servo position error", "Linkage slipped, servo faulty or end position not reached."],
            ["L12", "Gas servo position error", "As L11, gas butterfly."],
            ["L13", "Fan motor overload", "Motor protection tripped. Check the current and the impeller."],
            ["L14", "Controller internal fault", "Switch off for 10 s. If it stays, replace the BC-7."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "First start of the day fails, second start is fine",
                "Air in the gas pipe after work on the supply, or the booster not yet running",
                "Check that the booster runs before the burner starts; have the pipe purged",
            ],
            [
                "Yellow smoky flame, soot on the flame tube",
                "Too little air: fan inlet dirty or the air damper linkage slipped",
                "Clean the fan inlet; check the air servo linkage; combustion check (section 7)",
            ],
            [
                "Burner pulses or rumbles at minimum firing",
                "Too much air at the low end of the curve",
                "Have the low fire point of the curve reset by Pyrevant service",
            ],
            [
                "Flame signal falls slowly over several weeks",
                "Dust or condensate on the sight glass in front of the UV cell",
                "Clean the sight glass (section 8)",
            ],
            [
                "L10 keeps coming back after a new start",
                "UV cell worn out",
                "Replace the UV cell; cells last about 10 000 h",
            ],
            [
                "Lockout L05 only when the burner goes to maximum firing",
                "Supply cannot deliver the flow: pressure falls by more than 10 mbar",
                "Measure standing and running pressure; check the gas filter and the booster",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the burner from cold"),
    (
        "ol",
        [
            "Check that the cremator control is in manual or preheat mode and the hearth door is closed.",
            "Open the manual isolating valve slowly and read the inlet pressure on the gauge: 35-60 mbar (MB-22) or "
            "45-60 mbar (MB-32).",
            "Switch on the burner isolator. The BC-7 shows STANDBY.",
            "Give the release from the cremator control. The fan starts, the air servo opens fully and the pre-purge "
            "of 30 s (MB-22) or 45 s (MB-32) runs.",
            "The air servo moves to the ignition position, the spark starts and V1 and V2 open.",
            "Within the 3 s safety time the flame must be seen; the display shows RUN and the flame current.",
            "Hold the burner at minimum firing for at least 20 min on a cold chamber before the cremator control may "
            "raise the demand.",
            "Read the inlet pressure again at maximum firing: it must not have fallen by more than 10 mbar.",
        ],
    ),
    ("h", "7. Checking the combustion"),
    (
        "ol",
        [
            "Heat the chamber to its working temperature with no coffin inside.",
            "Insert the flue gas analyser probe in the test port at the main chamber outlet.",
            "Select SET > MANUAL on the BC-7 and drive the burner to maximum firing (100 %).",
            "After 3 min read O2 and CO: O2 3.0-4.5 %, CO below 50 ppm.",
            "Drive the burner to 50 % and then to minimum firing and read again at each point; at minimum firing O2 "
            "5.0-7.0 %.",
            "Read the flame current at each point: at least 70 µA.",
            "If a value is outside its range, do not adjust the curve yourself: the curve is set by Pyrevant service "
            "with the access code.",
            "Return the BC-7 to AUTO and record the readings in the burner log.",
        ],
    ),
    ("h", "8. Cleaning the sight glass and the electrodes"),
    (
        "ol",
        [
            "Let the chamber cool below 300 °C, switch off and lock the isolator, close the manual isolating valve.",
            "Unscrew the UV cell from its holder and remove the sight glass behind it; clean the glass with a dry "
            "cloth, never with water.",
            "Loosen the four M8 nuts of the burner front and swing the burner head out on its hinge.",
            "Check the ignition electrodes: gap between the tips 3 mm ±0.5 mm, tips 5 mm in front of the diffuser. "
            "Replace cracked insulators.",
            "Swing the head back, tighten the nuts to 20 Nm and refit the sight glass and the UV cell.",
            "Open the gas, start the burner and check the flame current.",
        ],
    ),
    ("h", "9. Replacing the UV cell"),
    (
        "ol",
        [
            "Switch off the burner isolator.",
            "Unplug the cell cable and unscrew the cell PYR-UV3 from its holder.",
            "Fit the new cell hand-tight; do not touch the glass bulb.",
            "Switch on and start the burner: the flame current must be at least 70 µA, and no L10 may appear in "
            "three starts.",
            "Enter the date in the burner log; the BC-7 hour counter for the cell is reset under SET > SERVICE.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read and record the flame current at minimum and maximum firing (at least 70 µA)"],
            ["Monthly", "Clean the sight glass in front of the UV cell; clean the fan inlet grille"],
            ["6 months", "Electrodes (section 8); combustion check (section 7)"],
            [
                "12 months",
                "Valve proving test and leak check of the gas train by a gas engineer; check the gas pressure "
                "switches",
            ],
            [
                "When the pressure drop across the gas filter exceeds 10 mbar, or every 2 years, whichever comes "
                "first",
                "Replace the gas filter element (gas engineer)",
            ],
            ["10 000 h of operation or 2 years", "Replace the UV cell (section 9)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MB-22", "MB-32"],
            ["UV cell", "PYR-UV3", "PYR-UV3"],
            ["Ignition electrode set", "PYR-IE-22", "PYR-IE-32"],
            ["Ignition cable set", "PYR-IC-2", "PYR-IC-2"],
            ["Sight glass with seal", "PYR-SG-1", "PYR-SG-1"],
            ["Flame tube", "PYR-FT-22", "PYR-FT-32"],
            ["Fan impeller", "PYR-FI-22", "PYR-FI-32"],
            ["Gas filter element", "PYR-GF-25", "PYR-GF-40"],
            ["Servo motor (air or gas)", "PYR-SM-4", "PYR-SM-4"],
            ["Burner controller BC-7", "PYR-BC7", "PYR-BC7"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Calvorne AB-40 afterburner
CALVORNE = [
    ("title", "Calvorne AB-40 Afterburner\nSecondary Chamber Burner - Operating and Service Manual"),
    (
        "p",
        "Document CLV-OSM-AB40-02, Edition 2, November 2024. Calvorne Thermal Ltd. The AB-40 is a modulating "
        "natural gas burner for the secondary chamber (afterburner chamber) of cremators. It heats the secondary "
        "chamber before the first cremation of the day and then holds the gases leaving the main chamber at the "
        "temperature the site's permit requires. The burner fires through a water-free, air-cooled burner head "
        "into a refractory quarl. Flame monitoring is by an ionisation flame rod. The BX-4 burner controller "
        "takes its demand from the cremator control. The chamber, its refractory and its volume are the cremator "
        "maker's; whether a given cremator meets the residence time of its permit is shown by the cremator maker's "
        "calculation and the site's emission tests, not by this manual.",
    ),
    (
        "warn",
        "WARNING: The secondary chamber may be above 1000 °C. Never open the burner mounting or the inspection "
        "port while the chamber is above 300 °C. The combustion air fan cools the burner head: never switch it "
        "off at the isolator while the chamber is hot.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AB-40"],
            ["Maximum firing rate", "400 kW"],
            ["Minimum firing rate", "80 kW"],
            ["Gas", "Natural gas G20 (2H), net calorific value 9.45 kWh/m³"],
            ["Gas flow at maximum firing, G20 at 15 °C and 1013 mbar", "42.3 m³/h"],
            ["Gas pressure at the gas train inlet, burner at maximum firing", "45-60 mbar"],
            ["Low gas pressure switch", "36 mbar"],
            ["High gas pressure switch", "70 mbar"],
            ["Combustion air fan, 400 V 3~ 50 Hz", "1.5 kW, 3.3 A"],
            ["Combustion air flow at maximum firing, including cooling air", "560 m³/h"],
            ["Cooling air with the burner off (fan at 20 %)", "about 110 m³/h"],
            ["Pre-purge", "40 s at full air"],
            ["Safety time at ignition", "3 s"],
            ["Flame monitoring", "Ionisation rod CLV-FR-40, Kanthal, 6 mm"],
            ["Burner head", "Heat-resisting steel 1.4841, air-cooled"],
            ["Quarl", "Cast refractory, supplied with the burner, fitted by the cremator maker"],
            ["Mass of the burner without gas train", "71 kg"],
        ],
        (90, 80),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the cremator and on the AB-40 may operate the burner controller.",
            "Flue gas contains carbon monoxide. Keep the inspection ports closed and report any smell of flue gas in "
            "the plant room.",
            "Before any work on the burner: chamber below 300 °C, burner isolator locked off, manual gas valve closed "
            "and locked.",
            "The flame rod carries up to 230 V AC while the controller is on.",
            "Gas work on the gas train is for gas engineers only.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Secondary chamber temperature"),
            (
                "p",
                "The cremator control releases a charge only when the secondary chamber is at 850 °C or more. The "
                "AB-40 holds the chamber between 850 °C and 900 °C. Above 1000 °C the burner goes to minimum firing "
                "and stays there; the heat then comes from the cremation itself. The independent high temperature "
                "limit (thermocouple type N with its own limiter) trips the burner at 1150 °C (A08).",
            ),
            ("h", "Residence time"),
            (
                "p",
                "Residence time (s) = chamber volume (m³) / actual flue gas flow (m³/s). The actual flow is the "
                "normal flow corrected to the chamber temperature. Example: 2400 Nm³/h at 850 °C is 2400 x (850 + "
                "273) / 273 = 9873 m³/h, or 2.74 m³/s; a chamber of 6.0 m³ then gives 6.0 / 2.74 = 2.2 s. The volume "
                "and the flue gas flow of a given cremator are the cremator maker's.",
            ),
            ("h", "Flame current"),
            (
                "p",
                "With the burner running the ionisation current should be at least 5 µA. Below 2 µA the BX-4 treats "
                "the flame as lost (A02). Read it under MENU > 4 > FLAME.",
            ),
            ("h", "Cooling air"),
            (
                "p",
                "When the burner is off and the chamber is above 300 °C, the fan runs at 20 % to cool the burner "
                "head. A power failure stops the cooling: after a power failure of more than 10 min with a hot "
                "chamber, inspect the burner head before the next start.",
            ),
            ("h", "Heating up"),
            (
                "p",
                "From cold (below 200 °C) the burner runs at no more than 50 % for the first 30 min, then follows "
                "the demand. The heat-up rate of the refractory is set in the cremator control by the cremator "
                "maker. From cold to 850 °C usually takes 60 to 90 min.",
            ),
            ("h", "Starts"),
            ("p", "No more than 4 burner starts per hour. The BX-4 blocks the fifth start (A11)."),
        ],
    ),
    ("h", "4. Alarm codes of the BX-4"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "No flame at ignition",
                "No gas, ignition electrode, or flame rod not touching the flame. Check the gas pressure and the "
                "rod position.",
            ],
            [
                "A02",
                "Flame lost",
                "Flame current below 2 µA: rod sooted or bent, rod insulator cracked, poor earth of the burner "
                "head.",
            ],
            ["A03", "Air pressure", "Fan not running, air hose blocked or switch faulty."],
            ["A04", "Low gas pressure", "Below 36 mbar at the gas train inlet."],
            ["A05", "High gas pressure", "Above 70 mbar at the gas train inlet."],
            ["A07", "Valve proving failed", "One of the two safety valves leaking. Gas engineer to check."],
            [
                "A08",
                "High temperature limit",
                "Chamber reached 1150 °C. Reset only after the chamber has fallen below 1000 °C and the cause is "
                "known (overloaded chamber, burner stuck at high fire).",
            ],
            ["A09", "Thermocouple fault", "Control thermocouple open or shorted."],
            ["A10", "Servo fault", "Air or gas servo not at its position."],
            ["A11", "Too many starts", "More than 4 starts in one hour. Wait for the next hour."],
            ["A12", "Fan overload", "Motor protection tripped."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Burner stays at minimum firing while the chamber is above 1000 °C",
                "Normal: the cremation itself supplies the heat",
                "Nothing; it returns to modulation below 1000 °C",
            ],
            [
                "Flame fails (A02) a few minutes after a good start",
                "Flame rod sooted or bent away from the flame, or the rod insulator cracked",
                "Clean and reset the rod (section 7)",
            ],
            [
                "Secondary chamber slow to reach 850 °C",
                "Low gas pressure at high fire, air leaks at the inspection ports, or the heat-up limited by the "
                "cremator control",
                "Check the running gas pressure and the port seals",
            ],
            [
                "Burner head glowing red through the sight glass",
                "Cooling air missing: fan stopped while the chamber was hot",
                "Shut down, let it cool, inspect the head for distortion (section 8)",
            ],
            [
                "Black smoke at the stack at the start of a cremation",
                "Secondary chamber below 850 °C when the charge was released, or the burner at minimum firing",
                "Check the release temperature and the thermocouple",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up before the first cremation"),
    (
        "ol",
        [
            "Check that the chamber inspection ports are closed and the manual gas valve is open.",
            "Read the gas inlet pressure at standstill: at least 45 mbar.",
            "Select PREHEAT on the cremator control. The BX-4 starts the fan and the 40 s pre-purge.",
            "The burner ignites at minimum firing; check that the flame current is at least 5 µA.",
            "For the first 30 min the burner runs at no more than 50 %.",
            "Watch the chamber temperature rise on the cremator control.",
            "When the chamber reaches 850 °C, the cremator control shows READY and the first charge may be released.",
        ],
    ),
    ("h", "7. Cleaning and setting the flame rod"),
    (
        "ol",
        [
            "Chamber below 300 °C, isolator locked off, gas valve closed.",
            "Unplug the flame rod cable and pull the burner insert out of the housing.",
            "Clean the rod with fine emery cloth; never file it.",
            "Check the insulator for cracks; replace the rod CLV-FR-40 if it is cracked or the rod is bent.",
            "Set the rod tip 10 mm into the flame zone beyond the edge of the burner disc, and 4 mm from the disc "
            "rim.",
            "Refit the insert and tighten the fixing screws to 12 Nm.",
            "Start the burner and read the flame current: at least 5 µA.",
        ],
    ),
    ("h", "8. Inspecting the burner head"),
    (
        "ol",
        [
            "Let the chamber cool below 100 °C; lock off the isolator and the gas valve.",
            "Remove the gas train union and the six M10 nuts of the burner flange.",
            "Lift the burner off with a hoist (71 kg).",
            "Check the burner head for distortion and cracks; a head out of round by more than 3 mm must be replaced.",
            "Look at the quarl through the burner opening; report cracks wider than 5 mm to the cremator maker.",
            "Refit the burner with a new flange gasket CLV-FG-40 and tighten the nuts crosswise to 35 Nm.",
            "Have the gas union leak checked by a gas engineer before the first start.",
        ],
    ),
    ("h", "9. Testing the high temperature limit"),
    (
        "ol",
        [
            "Carry out the test with the chamber hot and no cremation in progress.",
            "On the limiter, press and hold TEST: the setpoint drops to the actual temperature minus 20 °C.",
            "The burner must shut off at once and A08 must show on the BX-4.",
            "Release TEST. The limiter stays tripped.",
            "Press the limiter reset, then RESET on the BX-4; the burner restarts after the pre-purge.",
            "Record the test in the cremator log book.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the flame current during preheat (at least 5 µA)"],
            ["Monthly", "Clean and set the flame rod (section 7)"],
            ["3 months", "Test the high temperature limit (section 9)"],
            ["6 months", "Combustion check by Calvorne service or a trained technician"],
            ["12 months or 2000 h of operation, whichever comes first", "Inspect the burner head (section 8)"],
            ["12 months", "Gas train leak check and valve proving test (gas engineer)"],
            ["3 years", "Replace the control thermocouple"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The quarl is part of the chamber lining. Its repair or replacement is done by Calvorne service together "
        "with the cremator maker and is not described here.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Flame rod with insulator", "CLV-FR-40"],
            ["Ignition electrode", "CLV-IE-40"],
            ["Burner head", "CLV-BH-40"],
            ["Burner flange gasket", "CLV-FG-40"],
            ["Control thermocouple type N, 600 mm", "CLV-TC-N6"],
            ["Burner controller BX-4", "CLV-BX4"],
            ["Fan impeller", "CLV-FI-15"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Loddenhall HC hydraulic coffin chargers
LODDENHALL = [
    ("title", "Loddenhall HC Hydraulic Coffin Chargers\nOperation and Maintenance Manual - HC-22 and HC-25"),
    (
        "p",
        "Document LDH-OM-HC-07, Edition 1, June 2025. Loddenhall Crematory Equipment. The HC-22 and HC-25 are "
        "rail-mounted hydraulic charging machines that place a coffin on the hearth of a cremator quickly and "
        "evenly, so that the hearth door is open for as short a time as possible. The coffin rests on a roller "
        "table with a charging fork (three steel tines with a ceramic fibre heat shield). A hydraulic cylinder "
        "drives the fork carriage into the chamber; the fork is pulled back while a stop plate holds the coffin on "
        "the hearth. Load cells under the roller table weigh every coffin. The HC-25 is the heavy-duty version for "
        "large coffins; apart from the values given for each model the two chargers are built alike. The charger "
        "takes its release from the cremator control, which opens and closes the hearth door. Which coffins and "
        "coffin materials are accepted for cremation is set by the site's coffin acceptance rules, agreed with the "
        "funeral directors, and not by this manual.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand between the charger and the cremator, or on the rails, while the charger is "
        "released. The fork comes out of the chamber hot: do not touch the tines or the heat shield for at least "
        "10 min after a charge.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HC-22", "HC-25"],
            ["Maximum coffin length", "2200 mm", "2500 mm"],
            ["Maximum coffin width, including handles", "750 mm", "950 mm"],
            ["Maximum coffin mass, including contents", "200 kg", "350 kg"],
            ["Charging stroke of the fork", "2600 mm", "2900 mm"],
            ["Fork speed, fast / creep", "0.45 m/s / 0.10 m/s", "0.40 m/s / 0.08 m/s"],
            ["Charging time, fork in and out", "14 s", "18 s"],
            ["Height of the roller table (top of rollers)", "850 mm", "900 mm"],
            ["Hydraulic power pack, 400 V 3~ 50 Hz", "4.0 kW", "5.5 kW"],
            ["Working pressure", "110 bar", "130 bar"],
            ["Relief valve setting", "125 bar", "145 bar"],
            ["Hydraulic oil HLP 46, tank / total", "40 L / 48 L", "55 L / 66 L"],
            ["Supply fuse", "16 A gG", "20 A gG"],
            ["Rail gauge", "1200 mm", "1400 mm"],
            ["Mass of the charger, empty", "780 kg", "1050 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The charging times hold with the oil at 30-50 °C and the coffin within the maximum mass. The maximum "
        "coffin height is not limited by the charger but by the hearth door opening of the cremator; see the "
        "cremator maker's data.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The charger may only be used by crematorium staff trained on it and on the cremator.",
            "Keep the rails clear. The rail end stops and the two rail sweepers must be in place.",
            "The emergency stop on the charger stops the fork at once; the cremator control then closes the hearth "
            "door only after the fork has been retracted (section 7 if there is no power).",
            "Never charge a coffin that has been refused by the weighing (C07) by switching to manual.",
            "Work under the roller table only with the table lowered onto its two service props.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Release conditions"),
            (
                "p",
                "The charger may move into the chamber only when the cremator control gives CHARGE: hearth door "
                "fully open, secondary chamber at temperature, and the charger locked to the cremator by its "
                "docking pin (switch S4).",
            ),
            ("h", "Fork in the chamber"),
            (
                "p",
                "The fork may stay inside the hot chamber for no more than 6 s. If it has not started to retract "
                "after 6 s the charger retracts by itself and shows C05.",
            ),
            ("h", "Charges per hour"),
            (
                "p",
                "No more than 4 charges per hour, so that the heat shield and the tines can cool. The tine "
                "temperature sensor blocks the next charge above 80 °C (C09).",
            ),
            ("h", "Weighing"),
            (
                "p",
                "The load cells weigh each coffin to ±2 kg. The charger refuses a coffin heavier than the maximum "
                "mass plus 5 %, that is above 210 kg (HC-22) or 367 kg (HC-25), and shows C07. The weight is passed "
                "to the cremator control for the cremation record.",
            ),
            ("h", "Coffin position"),
            (
                "p",
                "Place the coffin in the middle of the roller table within ±25 mm, against the stop plate. The "
                "head or foot end towards the cremator as the site's procedure says.",
            ),
            ("h", "Door open time"),
            (
                "p",
                "Door open time (s) = door opening time + charging time + door closing time. With a hearth door "
                "that opens in 6 s and closes in 7 s, an HC-22 gives 6 + 14 + 7 = 27 s. The door times are those of "
                "the door drive, given in its own manual.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The oil must be between 20 °C and 55 °C. Below 10 °C the tank heater switches on and the "
                "charger is blocked until the oil has reached 20 °C; above 60 °C it stops with C08.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["C02", "Not docked", "Docking pin switch S4 not made. Move the charger fully against the cremator."],
            ["C03", "No release", "CHARGE not given by the cremator control (door not open, chamber not ready)."],
            [
                "C04",
                "Stroke not completed",
                "Fork did not reach its front position: obstruction on the hearth, pressure too low, or encoder "
                "fault.",
            ],
            ["C05", "Fork dwell time", "Fork more than 6 s in the chamber; retracted automatically."],
            ["C06", "Pressure high", "Pressure switch above the working pressure plus 10 bar during the stroke."],
            [
                "C07",
                "Coffin too heavy",
                "Weighed mass above the maximum plus 5 %. Do not charge; refer to the site's procedure.",
            ],
            ["C08", "Oil temperature", "Above 60 °C: too many charges, or the oil cooler fan stopped."],
            ["C09", "Tines hot", "Tine temperature above 80 °C. Wait until it falls."],
            ["C11", "Oil level low", "Level switch open. Look for leaks and top up with HLP 46."],
            ["C12", "Load cell fault", "Signal out of range or a cable broken."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Coffin slides off the fork sideways when charging",
                "Coffin not in the middle, or the tines bent",
                "Place it within ±25 mm; check the tines are straight within 5 mm",
            ],
            [
                "Coffin pulled back out with the fork",
                "Stop plate not lowered, or the tine heat shield damaged and catching",
                "Check the stop plate cylinder and the heat shield",
            ],
            [
                "Fork slows down halfway in",
                "Hearth deposits or a previous coffin's remains in the way; oil cold",
                "Check the hearth; wait for the oil to reach 20 °C",
            ],
            [
                "Weights shown vary by more than 5 kg for the same coffin",
                "Roller table touching the frame, or a load cell damaged",
                "Check the table is free; test with a known weight (section 9)",
            ],
            [
                "Charger moves in jerks along the rails",
                "Rail sweepers missing or dirt on the rails",
                "Clean the rails; refit the sweepers",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Charging a coffin"),
    (
        "ol",
        [
            "Check the coffin's identity against the cremation documents as the site's procedure requires.",
            "Place the coffin on the roller table in the middle, against the stop plate.",
            "Read the weight on the display; the charger refuses a coffin above the maximum mass plus 5 %.",
            "Move the charger against the cremator until the docking pin locks (C02 clears).",
            "Press READY. When the cremator control has opened the hearth door it gives CHARGE.",
            "Press and hold both CHARGE buttons: the fork runs in fast, creeps over the last 300 mm and stops.",
            "The stop plate lowers and the fork retracts; release the buttons when the fork is home.",
            "The cremator control closes the hearth door.",
            "Undock the charger and move it back to the loading position.",
        ],
    ),
    ("h", "7. Retracting the fork without power"),
    (
        "ol",
        [
            "Press the emergency stop and switch off the main isolator of the charger.",
            "Fit the hand pump lever into the hand pump on the power pack.",
            "Turn the selector valve on the power pack to RETRACT (anticlockwise, red mark).",
            "Pump until the fork is fully out of the chamber; about 45 strokes on the HC-22 and 60 on the HC-25.",
            "Turn the selector valve back to NORMAL.",
            "Close the hearth door from the cremator control, or by hand as the door drive's manual describes.",
            "Do not use the charger again until the cause of the power loss is known.",
        ],
    ),
    ("h", "8. Changing the hydraulic oil and filter"),
    (
        "ol",
        [
            "Run the charger for five charges without a coffin to warm the oil.",
            "Retract the fork fully, switch off and lock the isolator.",
            "Drain the tank through the drain valve into a container of at least 50 L (HC-22) or 70 L (HC-25).",
            "Replace the return filter element LDH-RF-10.",
            "Fill with HLP 46 through the filler filter to the top mark: 40 L (HC-22) or 55 L (HC-25).",
            "Run five charges without a coffin and top up to the top mark.",
        ],
    ),
    ("h", "9. Checking the weighing"),
    (
        "ol",
        [
            "Clear the roller table and press ZERO: the display shows 0 kg ±1 kg.",
            "Place the 100 kg test weight set (four 25 kg weights) in the middle of the table.",
            "The display must show 100 kg ±2 kg.",
            "Move the weights 500 mm towards each end in turn: the reading must stay within ±2 kg.",
            "If it does not, do not adjust it: the load cells are calibrated by Loddenhall service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the tines and the heat shield; clean the rails"],
            ["Weekly", "Check the oil level and the hoses; test the emergency stops"],
            ["Monthly", "Check the weighing (section 9)"],
            ["Every 6 months", "Grease the carriage rollers and the docking pin"],
            ["2000 h of the power pack or 2 years, whichever comes first", "Change the oil and the filter"],
            ["12 months", "Loddenhall service: load cell calibration, pressure settings, heat shield"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HC-22", "HC-25"],
            ["Charging fork tine, each", "LDH-FT-22", "LDH-FT-25"],
            ["Ceramic fibre heat shield", "LDH-HS-22", "LDH-HS-25"],
            ["Return filter element", "LDH-RF-10", "LDH-RF-10"],
            ["Load cell, 250 kg / 500 kg", "LDH-LC-250", "LDH-LC-500"],
            ["Hand pump lever", "LDH-HP-1", "LDH-HP-1"],
            ["Rail sweeper", "LDH-RS-12", "LDH-RS-14"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Mahlgren RP cremated remains processors
MAHLGREN = [
    ("title", "Mahlgren RP Cremated Remains Processors\nUser and Service Manual - RP-5 and RP-8"),
    (
        "p",
        "Document MHG-USM-RP-03, Edition 4, February 2025. Mahlgren Crematory Systems. The RP-5 and RP-8 reduce "
        "cremated remains, after cooling and after the metal has been removed, to a fine even granulate. The "
        "remains are placed in a stainless steel bowl; a rotor with four hardened blades turns at the bottom of the "
        "bowl and the granulate leaves through a sieve insert into the urn container below. A built-in extraction "
        "fan with an H13 filter keeps the dust inside the machine. The RP-8 has the larger bowl and rotor for big "
        "batches; apart from the values given for each model the two processors are built alike. Each batch holds "
        "the remains of one cremation only. The identification of the remains (the cremation card or disc that "
        "goes with them) follows the site's own procedure, which this manual does not replace.",
    ),
    (
        "warn",
        "WARNING: Never put a hand in the bowl unless the main switch is off and locked. The rotor runs down for "
        "up to 20 s after STOP; the lid stays locked until the rotor has stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RP-5", "RP-8"],
            ["Bowl capacity", "5 L", "8 L"],
            ["Largest batch, remains of one cremation", "4.5 kg", "7.0 kg"],
            ["Rotor diameter / speed", "240 mm / 1400 rpm", "290 mm / 960 rpm"],
            ["Motor, 400 V 3~ 50 Hz", "1.1 kW", "1.5 kW"],
            ["Processing time, programme P1 (default)", "90 s", "120 s"],
            ["Processing time, settable", "30-300 s", "30-300 s"],
            ["Granulate size with the standard 3 mm sieve insert", "below 3 mm", "below 3 mm"],
            ["Sieve inserts available", "3 mm (standard), 2 mm", "3 mm (standard), 2 mm"],
            ["Extraction fan / filter", "250 m³/h, H13", "320 m³/h, H13"],
            ["Noise at 1 m while processing", "72 dB(A)", "75 dB(A)"],
            ["Urn container", "4.0 L", "6.5 L"],
            ["Supply fuse", "10 A gG", "10 A gG"],
            ["Width x depth x height", "560 x 620 x 1180 mm", "640 x 700 x 1260 mm"],
            ["Mass", "165 kg", "210 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The processing times and the granulate size hold for remains that have been cooled and cleared of metal, "
        "with sharp blades and a clean sieve. Other sieve sizes are not made for the RP processors.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a dust mask of class FFP2, safety glasses and gloves when emptying the filter or cleaning the bowl.",
            "Never run the processor with the lid interlock bridged or with the filter removed.",
            "Keep metal out of the bowl: a piece of metal can break a blade and throw it against the lid.",
            "Recovered metal, implants and prostheses are kept apart and dealt with as the site's policy says (for "
            "example by a recycling contractor). This manual does not cover them.",
        ],
    ),
    ("h", "3. Programme settings and limits"),
    (
        "cols",
        [
            ("h", "Programmes"),
            (
                "p",
                "P1 standard: 90 s (RP-5) or 120 s (RP-8) with the 3 mm sieve. P2 fine: 150 s (RP-5) or 200 s "
                "(RP-8) with the 2 mm sieve. P3 small batches below 1 kg: 45 s (RP-5) or 60 s (RP-8). Times can be "
                "changed under SETUP with the supervisor code; the site decides which programme it uses.",
            ),
            ("h", "Temperature of the remains"),
            (
                "p",
                "Remains must be cooled below 50 °C before they are put into the bowl. The bowl temperature "
                "sensor blocks the start above 60 °C (R04). Hot remains damage the filter and the lid seal.",
            ),
            ("h", "Metal"),
            (
                "p",
                "Remove all metal before processing: nails, screws, staples, and implants. Use the hand magnet on the "
                "cooling tray, then sort the rest by hand. Non-magnetic metal (titanium, stainless steel, cobalt "
                "chrome) is not picked up by the magnet and must be found by eye.",
            ),
            ("h", "Blade wear"),
            (
                "p",
                "New blades are 40 mm wide. Replace all four when any one is worn to 35 mm width, or after 3000 "
                "cycles, whichever comes first. The cycle counter is under INFO > CYCLES.",
            ),
            ("h", "Filter"),
            (
                "p",
                "The display shows the pressure drop across the H13 filter. Below 150 Pa the filter is clean. At 250 "
                "Pa R08 appears and the filter must be changed; above 300 Pa the processor will not start.",
            ),
            ("h", "Duty"),
            (
                "p",
                "No more than 10 cycles per hour. The motor thermal protection trips above this (R05). Let the bowl "
                "stand open for 1 min between batches.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Lid open", "Lid not closed or its switch faulty."],
            ["R02", "Rotor blocked", "Motor current high, rotor stopped: metal or a large piece in the bowl."],
            ["R03", "Container missing", "Urn container not in place under the sieve."],
            ["R04", "Remains too hot", "Bowl temperature above 60 °C. Let the remains cool on the tray."],
            ["R05", "Motor overtemperature", "More than 10 cycles per hour, or the rotor dragging."],
            ["R07", "Fan fault", "Extraction fan not running or its airflow switch open."],
            ["R08", "Filter due", "Pressure drop across the filter 250 Pa or more."],
            ["R09", "Blades due", "3000 cycles since the last blade change."],
            ["R10", "Vibration", "Rotor out of balance: a blade broken or missing. Stop and inspect."],
            ["R11", "Lid lock fault", "Lid lock did not release or did not lock."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Loud bang, rotor stops, R02 shown",
                "A piece of metal left in the remains",
                "Lock off, open the lid, remove the metal piece and check the blades",
            ],
            [
                "Dust escapes around the lid while processing",
                "Filter clogged, fan stopped, or the lid seal damaged",
                "Check the filter pressure drop and the fan; replace the lid seal MHG-LS-5 / MHG-LS-8",
            ],
            [
                "Granulate coarse, pieces larger than the sieve",
                "Sieve insert torn or not seated",
                "Check the sieve insert and reseat it (section 7)",
            ],
            [
                "Processing takes much longer than the programme time to clear the bowl",
                "Blades worn, or remains damp",
                "Measure the blades; make sure the remains are cool and dry",
            ],
            [
                "Machine shakes, R10",
                "Blade broken or missing, rotor nut loose",
                "Stop at once; replace all four blades (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Processing remains"),
    (
        "ol",
        [
            "Check that the remains have cooled below 50 °C and that all metal has been removed.",
            "Place an empty urn container under the sieve and push it in until R03 clears.",
            "Place the identification card in the holder on the front of the processor.",
            "Pour the remains into the bowl with the scoop; no more than 4.5 kg (RP-5) or 7.0 kg (RP-8).",
            "Close the lid and select the programme: P1 as a rule.",
            "Press START. The lid locks and the fan starts before the rotor.",
            "When the programme ends, wait for the lid to unlock.",
            "Check the bowl is empty; brush any remains left into the sieve and run 15 s more if needed.",
            "Remove the container, close it and transfer the card with it.",
        ],
    ),
    ("h", "7. Changing the sieve insert"),
    (
        "ol",
        [
            "Switch off and lock the main switch.",
            "Remove the urn container and the container guide.",
            "Turn the sieve insert 30° anticlockwise and lower it out of its bayonet.",
            "Brush the seat clean.",
            "Fit the other insert (3 mm or 2 mm), turn it 30° clockwise until it clicks.",
            "Select the matching programme: P1 with the 3 mm insert, P2 with the 2 mm insert.",
        ],
    ),
    ("h", "8. Replacing the rotor blades"),
    (
        "ol",
        [
            "Switch off and lock the main switch; open the lid.",
            "Brush the bowl clean and wear gloves: the blade edges are sharp.",
            "Hold the rotor with the rotor key MHG-RK-1 and unscrew the central rotor nut (left-hand thread).",
            "Lift the rotor out and remove the four blade screws of each blade.",
            "Fit four new blades (set MHG-BL-5 or MHG-BL-8), with the bevelled edge leading in the direction of "
            "rotation.",
            "Tighten the blade screws to 25 Nm and the rotor nut to 60 Nm.",
            "Turn the rotor by hand: it must turn freely with at least 2 mm clearance to the bowl wall.",
            "Reset the cycle counter under INFO > CYCLES > RESET; R09 clears.",
        ],
    ),
    ("h", "9. Changing the filter"),
    (
        "ol",
        [
            "Switch off; put on the FFP2 mask, glasses and gloves.",
            "Open the filter door at the back and pull out the H13 filter cartridge.",
            "Put the old filter straight into the bag supplied with the new one and seal it.",
            "Fit the new filter MHG-HF-13 with the arrow towards the fan.",
            "Close the door, switch on and check the pressure drop on the display: below 150 Pa.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each batch", "Check the bowl is empty; brush the lid seal"],
            ["Daily", "Clean the bowl and the sieve insert with the brush; check the filter pressure drop"],
            ["Weekly", "Check the blades for wear (35 mm limit) and the rotor nut"],
            ["At 250 Pa (R08), or every 12 months, whichever comes first", "Change the filter (section 9)"],
            ["3000 cycles (R09) or at 35 mm", "Replace all four blades (section 8)"],
            ["24 months", "Mahlgren service: motor bearings, lid lock, vibration sensor"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RP-5", "RP-8"],
            ["Blade set (four blades with screws)", "MHG-BL-5", "MHG-BL-8"],
            ["Sieve insert 3 mm", "MHG-SV-53", "MHG-SV-83"],
            ["Sieve insert 2 mm", "MHG-SV-52", "MHG-SV-82"],
            ["Lid seal", "MHG-LS-5", "MHG-LS-8"],
            ["H13 filter cartridge", "MHG-HF-13", "MHG-HF-13"],
            ["Rotor key", "MHG-RK-1", "MHG-RK-1"],
            ["Urn container", "MHG-UC-40", "MHG-UC-65"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("pyrevant-mb-cremator-main-burner-system.pdf", "Pyrevant PYR-IOM-MB-04 Ed 3 - MB-22 / MB-32", PYREVANT),
        ("calvorne-ab-afterburner-secondary-chamber-burner.pdf", "Calvorne CLV-OSM-AB40-02 Ed 2 - AB-40", CALVORNE),
        ("loddenhall-hc-hydraulic-coffin-charger.pdf", "Loddenhall LDH-OM-HC-07 Ed 1 - HC-22 / HC-25", LODDENHALL),
        ("mahlgren-rp-cremated-remains-processor.pdf", "Mahlgren MHG-USM-RP-03 Ed 4 - RP-5 / RP-8", MAHLGREN),
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
