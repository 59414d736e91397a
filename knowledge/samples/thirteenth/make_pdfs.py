"""Generate the PDF manuals of the thirteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2 pypdf
    /tmp/pdfvenv/bin/python knowledge/samples/thirteenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the cut settings (plasma) and set-up (tablet press) pages."""
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


# ---------------------------------------------------------------- Plazmor CP CNC plasma cutting table
PLAZMOR = [
    ("title", "Plazmor CP Series CNC Plasma Cutting Tables\nOperating and Maintenance Manual - CP-1530 and CP-2060"),
    (
        "p",
        "Document PZM-OM-CP-02, Revision B, January 2024. Plazmor Cutting Systems Ltd. This manual covers the "
        "CP-1530 and CP-2060 CNC plasma cutting tables with the PZ-Control CNC, automatic torch height control "
        "(THC) and a water table. The CP-1530 is fitted with the PZ-65 air plasma source, the CP-2060 with the "
        "PZ-105 air plasma source.",
    ),
    (
        "warn",
        "WARNING: The plasma source has an open-circuit voltage of up to 300 V DC. Switch the plasma source off "
        "and wait 30 seconds before touching the torch or its consumables. Watch the arc only through a filter "
        "of at least shade 9 up to 65 A and at least shade 11 above 65 A.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CP-1530", "CP-2060"],
            ["Cutting area (X x Y)", "1500 x 3000 mm", "2000 x 6000 mm"],
            ["Plasma source", "PZ-65, 65 A", "PZ-105, 105 A"],
            ["Max. pierce thickness, mild steel", "16 mm", "22 mm"],
            ["Max. severance cut, mild steel", "25 mm", "38 mm"],
            ["Rapid traverse speed", "30 m/min", "35 m/min"],
            ["Positioning accuracy", "± 0.2 mm", "± 0.2 mm"],
            ["Plasma air supply", "6.2-8.3 bar, 190 L/min", "6.2-8.3 bar, 260 L/min"],
            ["Water table volume", "900 L", "2400 L"],
            ["Power supply, 400 V 3~ 50 Hz", "32 A", "63 A"],
            ["Weight, empty", "1150 kg", "2900 kg"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "The thickness values hold for mild steel S235 cut with compressed air. For stainless steel 1.4301 and for "
        "aluminium the max. pierce thickness is 12 mm on the CP-1530 and 16 mm on the CP-2060. Plate thicker than "
        "the pierce value, up to the severance value, must be started from the plate edge. The supply air must be "
        "dry and oil-free: pressure dew point of 3 °C or lower and oil content no more than 0.1 mg/m³.",
    ),
    ("h", "2. Cut settings"),
    (
        "cols",
        [
            ("h", "Choosing the consumables"),
            (
                "p",
                "On the CP-1530 use the 45 A consumables for plate up to 6 mm and the 65 A set from 6 mm to 16 mm. "
                "On the CP-2060 use the 85 A set up to 12 mm and the 105 A set above 12 mm. Never run a nozzle above "
                "its rated current; the orifice burns oval within minutes.",
            ),
            ("h", "Pierce height and cut height"),
            (
                "p",
                "Pierce height is 3.8 mm for the 45 A and 65 A sets and 4.5 mm for the 85 A and 105 A sets. Cut "
                "height is 1.5 mm with the 65 A set and 2.0 mm with the 105 A set. The pierce delay rises with the "
                "thickness (see the cut chart); too short a delay blows molten metal back into the nozzle.",
            ),
            ("h", "Torch height control"),
            (
                "p",
                "The THC reads the arc voltage and moves the torch to hold the set voltage. It samples only after "
                "the pierce delay plus 0.5 s. Raising the arc voltage set point by 1 V lifts the torch by about "
                "0.1 mm. Switch the THC off for cuts shorter than 20 mm.",
            ),
            ("h", "Reading the dross"),
            (
                "p",
                "Low-speed dross is a heavy, bubbly bead that breaks off easily: raise the speed. High-speed dross, "
                "a small and hard bead rolled over the bottom edge, means the speed is too high: lower the speed. "
                "Top spatter means the speed is too high or the nozzle is worn.",
            ),
            (
                "warn",
                "Never pierce at cut height. The pierce splash destroys the shield and the nozzle in one start.",
            ),
        ],
    ),
    (
        "table",
        [
            ["Model", "Current", "Mild steel", "Cut speed", "Arc voltage", "Pierce delay"],
            ["CP-1530", "45 A", "3 mm", "3800 mm/min", "118 V", "0.2 s"],
            ["CP-1530", "65 A", "6 mm", "2600 mm/min", "128 V", "0.4 s"],
            ["CP-1530", "65 A", "12 mm", "1100 mm/min", "140 V", "0.8 s"],
            ["CP-2060", "85 A", "10 mm", "2000 mm/min", "136 V", "0.6 s"],
            ["CP-2060", "105 A", "12 mm", "2100 mm/min", "142 V", "0.7 s"],
            ["CP-2060", "105 A", "20 mm", "900 mm/min", "158 V", "1.5 s"],
        ],
        (26, 22, 24, 30, 28, 28),
    ),
    (
        "p",
        "The cut chart is for mild steel with new consumables and the air pressure at the source set to 5.5 bar "
        "(PZ-65) or 5.9 bar (PZ-105) with gas flowing.",
    ),
    ("h", "3. Changing the torch consumables"),
    (
        "ol",
        [
            "Stop the program, raise the torch to the top position and switch the plasma source off. Wait 30 s.",
            "Unscrew the shield and the retaining cap by hand.",
            "Pull off the nozzle and the swirl ring.",
            "Pull the electrode out with the electrode tool PZ-T01.",
            "Replace the electrode when the pit in the hafnium insert is deeper than 1.0 mm. Replace the nozzle "
            "when the orifice is oval or has a burnt edge.",
            "Always replace the electrode and the nozzle together.",
            "Fit the new parts in the reverse order; tighten the retaining cap hand tight only, never with pliers.",
            "Switch on, select TEST GAS and check the air pressure at the source, then make a test cut.",
        ],
    ),
    (
        "table",
        [
            ["Consumable", "Part number"],
            ["Electrode, 45-65 A", "PZ-220181"],
            ["Nozzle, 45 A", "PZ-220941"],
            ["Nozzle, 65 A", "PZ-220819"],
            ["Shield, 45-65 A", "PZ-220817"],
            ["Swirl ring, 45-65 A", "PZ-220857"],
            ["Retaining cap, all currents", "PZ-220854"],
            ["Electrode, 85-105 A", "PZ-220971"],
            ["Nozzle, 105 A", "PZ-220990"],
            ["Shield, 85-105 A", "PZ-220976"],
            ["Swirl ring, 85-105 A", "PZ-220994"],
            ["Air filter element, 5 µm", "PZ-8804"],
            ["Water table inhibitor PZ-INH, 5 L", "PZ-9120"],
        ],
        (100, 60),
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and remedy"],
            ["E01", "Air pressure low", "Below 4.8 bar at the source. Check the supply, the filter element and the hose."],
            ["E02", "Air pressure high", "Above 9.0 bar at the source. Set the regulator."],
            ["E03", "Cap sensor", "Retaining cap not fitted or loose. Fit the cap hand tight."],
            ["E04", "Arc transfer failed", "No transfer to the plate within 2 s. Check the work clamp, pierce height and plate surface."],
            ["E05", "Arc lost", "Arc lost during the cut. Worn nozzle, cut off the plate edge, or speed too high."],
            ["E06", "Source overtemperature", "Duty cycle exceeded or cooling air blocked. Let the fan run; clean the source inlet."],
            ["E08", "Torch collision", "The magnetic breakaway tripped. Clear the tip-up and seat the torch holder."],
            ["E09", "THC voltage out of range", "Arc voltage more than 20 V from the set point. Check the consumables and the set point."],
            ["E10", "Axis following error", "Gantry blocked or drive fault. Check the rails for slag."],
            ["E11", "Limit switch", "An axis reached its limit switch. Jog back in MANUAL."],
            ["E12", "Extraction off", "Fume extraction not running. Start the extraction."],
        ],
        (16, 42, 102),
    ),
    ("h", "5. Cut quality faults"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Bevelled edge on one side of the cut", "Worn nozzle or torch not square to the plate", "Replace the nozzle; square the torch"],
            ["Short consumable life", "Wet air, pierce too low, arc stretched at end of cut", "Drain the filter; check the pierce height"],
            ["Cut does not go through", "Speed too high, wrong current or worn nozzle", "Use the cut chart; replace the nozzle"],
        ],
        (48, 56, 56),
    ),
    ("h", "6. Water table and maintenance"),
    (
        "p",
        "Keep the water level 10-20 mm below the bottom of the plate. Add the inhibitor at 1 L per 100 L of water. "
        "Change the water every 6 months, or sooner when the slag sludge is deeper than 50 mm. The water must not "
        "freeze; the hall must stay at least 5 °C. Turn or replace the slats when they are worn down by a third. "
        "For dry cutting the extraction must move at least 2500 m³/h on the CP-1530 and at least 4000 m³/h on the "
        "CP-2060.",
    ),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Drain the air filter bowl; inspect the consumables; clean slag from the torch"],
            ["Weekly", "Wipe the rails and racks dry; check the breakaway"],
            ["Monthly", "Grease the racks and pinions with PZ-G2; check the gantry rollers"],
            ["Every 6 months", "Change the table water; check the work lead"],
            ["Yearly", "Resistance between table and work lead terminal below 0.1 ohm"],
        ],
        (45, 115),
    ),
]

# ---------------------------------------------------------------- Brakeholm HB hydraulic press brake
BRAKEHOLM = [
    ("title", "Brakeholm HB Hydraulic Press Brakes\nOperator and Maintenance Manual - HB-40 and HB-60"),
    (
        "p",
        "Document BHM-OM-HB-04, Edition 3, June 2023. Brakeholm Machine Tools AB. The HB-40 and HB-60 are "
        "downstroking hydraulic press brakes with two synchronised cylinders (Y1 and Y2), a CNC backgauge (X axis) "
        "and the BH-Touch control. Both use the same punch and die holders, so tools can be moved between them.",
    ),
    (
        "warn",
        "DANGER: The ram closes with up to 600 kN. The laser guard must be switched on for every job. It mutes "
        "6 mm above the sheet; below the mute point the ram speed is limited to 10 mm/s. Never reach between the "
        "tools while the foot pedal is pressed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HB-40", "HB-60"],
            ["Nominal force", "400 kN", "600 kN"],
            ["Bending length", "1600 mm", "2050 mm"],
            ["Distance between frames", "1300 mm", "1700 mm"],
            ["Stroke", "160 mm", "200 mm"],
            ["Open height (daylight)", "380 mm", "420 mm"],
            ["Approach speed", "120 mm/s", "100 mm/s"],
            ["Bending speed", "10 mm/s", "9 mm/s"],
            ["Return speed", "110 mm/s", "95 mm/s"],
            ["Backgauge X travel", "500 mm", "650 mm"],
            ["Main motor, 400 V 50 Hz", "5.5 kW", "7.5 kW"],
            ["Hydraulic oil HLP 46", "60 L", "95 L"],
            ["Crowning", "Manual wedge", "CNC motorised"],
            ["Weight", "3100 kg", "4600 kg"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "Speeds are given at 50 Hz. The force per metre must never exceed the rating stamped on the tools "
        "(standard Brakeholm tools: 800 kN/m). Bend in the middle of the machine; a part shorter than 300 mm may "
        "be bent off-centre only with the force limited to 150 kN on the HB-40 and 200 kN on the HB-60.",
    ),
    ("h", "2. Bending force"),
    (
        "table",
        [
            ["Sheet thickness", "Die opening V", "Force per metre", "Min. flange", "Inside radius"],
            ["1 mm", "V8", "70 kN/m", "6 mm", "1.3 mm"],
            ["2 mm", "V16", "150 kN/m", "11 mm", "2.6 mm"],
            ["3 mm", "V24", "220 kN/m", "17 mm", "4 mm"],
            ["4 mm", "V32", "290 kN/m", "22 mm", "5 mm"],
            ["6 mm", "V50", "420 kN/m", "35 mm", "8 mm"],
        ],
        (32, 32, 32, 32, 32),
    ),
    (
        "p",
        "The table is for air bending of mild steel with a tensile strength of 420 N/mm² and a die opening of about "
        "8 x the thickness. Stainless steel 1.4301 needs 1.5 times the force, aluminium AlMg3 0.5 times. Multiply "
        "the force per metre by the bend length in metres; the result must stay below the nominal force of the "
        "machine. A narrower die raises the force; a die opening below 6 x the thickness is not allowed.",
    ),
    ("h", "3. Crowning"),
    (
        "p",
        "The bed deflects under load, so a long bend comes out more open in the middle. The HB-60 corrects this "
        "automatically from the force calculated by the BH-Touch. On the HB-40 set the crowning wedge by hand with "
        "the scale on the front of the bed: scale 0 for bends shorter than 500 mm, scale 3 for full-length bends "
        "in 2 mm sheet, scale 5 for full-length bends in 3 mm sheet. Correct by one division for each 0.5° the "
        "middle differs from the ends.",
    ),
    ("h", "4. Changing the punch and die"),
    (
        "ol",
        [
            "Select MANUAL and lower the ram slowly until the punch rests in the die with no force.",
            "Switch off the pump, press the emergency stop and lock out the main switch.",
            "Release the quick clamps of the punch holder one by one, holding each segment.",
            "Slide the punch segments out sideways. Never pull a punch out downwards past your hands.",
            "Release the die clamp screws and slide the die out of the lower holder.",
            "Clean the holders; fit the new die and the new punch segments with no gap between segments.",
            "Tighten the die clamp screws to 40 Nm and close the punch quick clamps.",
            "Enter the new tools on the BH-Touch screen TOOLS, switch on and run REF before the first bend.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["A01", "Oil temperature high", "Oil above 60 °C. Stop and let the oil cool; check the cooler and the oil level."],
            ["A02", "Oil level low", "Top up with HLP 46 to the upper mark; check for leaks."],
            ["A03", "Filter clogged", "Return filter indicator red. Replace the element BH-4021."],
            ["A04", "Y1/Y2 synchronisation", "Ends differ by more than 0.5 mm. Run REF; check the linear scales."],
            ["A05", "X axis following error", "Backgauge blocked or drive fault. Check the ballscrew for chips."],
            ["A07", "Laser guard interrupted", "Beam broken during fast closing. Remove the obstacle and re-start."],
            ["A08", "Safety valve monitoring", "Valve spool position not confirmed. Call service; do not bridge."],
            ["A09", "Motor overload", "Overload relay tripped. Check the supply and the pump."],
            ["A10", "Reference missing", "Axes not referenced after power-on. Run REF in MANUAL."],
        ],
        (16, 42, 102),
    ),
    ("h", "6. Bending faults"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Angle more open in the middle than at the ends", "Crowning too low", "Raise the crowning (HB-40: one scale division per 0.5°)"],
            ["Angle varies from part to part", "Sheet thickness or hardness varies", "Check the sheet; correct the angle per batch"],
            ["Ram does not reach the bending depth", "Force limit reached", "Check the force needed against the table; use a wider die"],
            ["Ram drifts down when stopped", "Check valve leaking", "More than 1 mm in 10 minutes: call service"],
            ["Bend line not parallel to the edge", "Backgauge fingers not at the same X", "Check the finger positions and the X reference"],
        ],
        (48, 56, 56),
    ),
    ("h", "7. Maintenance"),
    (
        "p",
        "Keep the hydraulic oil between 30 and 50 °C in operation; the oil temperature must not exceed 60 °C. "
        "Ambient temperature for operation: 5-40 °C.",
    ),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level; test the laser guard with the test piece"],
            ["Weekly", "Clean and oil the backgauge ballscrew and guides"],
            ["Every 2000 h or yearly", "Replace the return filter element"],
            ["Every 4000 h or 2 years", "Change the hydraulic oil (HLP 46)"],
            ["Yearly", "Measure the stopping distance of the ram"],
        ],
        (45, 115),
    ),
    (
        "table",
        [
            ["Item", "Part number"],
            ["Return filter element, 10 µm", "BH-4021"],
            ["Standard punch 88°, R0.8, 835 mm", "BH-P88"],
            ["Die V16, 88°, 835 mm", "BH-D16"],
            ["Die V24, 88°, 835 mm", "BH-D24"],
            ["Die V32, 88°, 835 mm", "BH-D32"],
            ["Laser guard test piece", "BH-7702"],
            ["Backgauge finger", "BH-5310"],
        ],
        (100, 60),
    ),
]

# ---------------------------------------------------------------- Tablora RT rotary tablet press
TABLORA = [
    ("title", "Tablora RT Series Rotary Tablet Presses\nOperating Manual - RT-16 and RT-20"),
    (
        "p",
        "Document TBL-OM-RT-06, Revision D, September 2023. Tablora Pharmatech S.r.l. The RT-16 and RT-20 are "
        "single-sided rotary tablet presses with a forced feeder, pre-compression and main compression stations, "
        "and the TabView control with force monitoring and automatic weight control. The two models share the "
        "frame and the drive and differ in the turret and the tooling.",
    ),
    (
        "warn",
        "WARNING: Run the turret only with all guard doors closed. Turn the turret by hand only with the handwheel "
        "and with the main switch locked off. Punch tips are sharp; handle them with gloves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RT-16", "RT-20"],
            ["Number of stations", "16", "20"],
            ["Tooling", "EU-D", "EU-B"],
            ["Max. round tablet diameter", "25 mm", "16 mm"],
            ["Max. main compression force", "80 kN", "60 kN"],
            ["Pre-compression force", "up to 20 kN", "up to 20 kN"],
            ["Max. fill depth", "20 mm", "17 mm"],
            ["Max. turret speed at 50 Hz", "30 rpm", "36 rpm"],
            ["Max. output at 50 Hz", "28,800 tablets/h", "43,200 tablets/h"],
            ["Main motor", "4 kW", "4 kW"],
            ["Weight", "1450 kg", "1420 kg"],
        ],
        (80, 40, 40),
    ),
    (
        "p",
        "Output values are for single-layer round tablets. For bevel-edged or embossed punches the compression "
        "force is limited to the rating of the tooling, normally 60 % of the flat-face value. Oblong tablets up to "
        "25 mm long can be pressed on the RT-16 only. Room conditions: 18-25 °C and a relative humidity below 55 %.",
    ),
    ("h", "2. Setting up"),
    (
        "cols",
        [
            ("h", "Fill depth and tablet weight"),
            (
                "p",
                "The fill depth sets the tablet weight. Start with the fill cam at the value on the product sheet "
                "and adjust in steps of 0.1 mm. Weigh 20 tablets after each change. The automatic weight control "
                "works from the main compression force; switch it on only when the weight is within 2 % of target.",
            ),
            ("h", "Tablet thickness and hardness"),
            (
                "p",
                "The main compression roller height sets the thickness and with it the hardness. Lowering the upper "
                "roller by 0.1 mm raises the force by about 3-5 kN with a typical granulate. The main compression "
                "force must not exceed the maximum of the model nor the rating of the tooling, whichever is lower.",
            ),
            ("h", "Pre-compression"),
            (
                "p",
                "Pre-compression removes air from the granulate before the main compression. Set it to 10-20 % of "
                "the main compression force. Raise it when tablets cap.",
            ),
            ("h", "Feeder"),
            (
                "p",
                "Set the feeder paddle speed to 20-40 rpm. A higher paddle speed fills the dies better at high "
                "turret speed, but can break a fragile granulate and raise the weight.",
            ),
            (
                "warn",
                "Never run the turret faster than the granulate can fill the dies: the weight drifts down and the "
                "tablets lose hardness.",
            ),
        ],
    ),
    ("h", "3. Fitting punches and dies"),
    (
        "ol",
        [
            "Lock out the main switch and open the guard doors. Remove the feeder and the scraper blade.",
            "Clean the die bores and the punch guides with a lint-free cloth and isopropanol.",
            "Loosen the die lock screws on the turret rim by one turn.",
            "Insert each die with the die driver until it sits flush with the die table.",
            "Tighten the die lock screws to 12 Nm; check that no die stands proud by more than 0.02 mm.",
            "Oil the upper punch barrels lightly with H1 punch oil and insert the upper punches.",
            "Insert the lower punches from below through the lower punch access door.",
            "Turn the turret one full revolution with the handwheel; it must turn without tight spots.",
            "Refit the feeder with a gap of 0.05-0.1 mm to the die table, and the scraper blade.",
        ],
    ),
    (
        "p",
        "Measure the punch working length before each campaign. Reject a punch whose working length differs by "
        "more than 0.05 mm from the mean of its set; a short punch makes light and soft tablets.",
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["T01", "Compression overload", "Main force above the set limit. Overfill or punch tight; reduce the fill."],
            ["T02", "Upper punch tight", "Punch drag above the limit. Clean and oil the upper punch guides."],
            ["T03", "Lower punch tight", "Lower punch drag above the limit. Clean the lower guides; check the seals."],
            ["T04", "Feeder motor", "Feeder motor overload or blocked. Check for lumps in the feeder."],
            ["T05", "Hopper level low", "Granulate below the level sensor. Refill the hopper."],
            ["T06", "Guard door open", "A guard door opened. Close it and acknowledge."],
            ["T07", "Lubrication pressure low", "Central lube pressure not reached. Refill the H1 oil; check the lines."],
            ["T09", "Weight out of tolerance", "Reject rate above 5 % for 1 minute. Check the fill and the granulate flow."],
            ["T10", "Turret drive overtemperature", "Inverter or motor too hot. Clean the cabinet filter."],
            ["T11", "Emergency stop", "An emergency stop is pressed. Release it and acknowledge."],
        ],
        (16, 42, 102),
    ),
    ("h", "5. Tablet faults"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Capping (top comes off)", "Air in the granulate, too little pre-compression", "Raise the pre-compression; slow the turret"],
            ["Sticking or picking on the punch face", "Moisture in the granulate or worn punch faces", "Check the room humidity; polish or replace the punches"],
            ["Weight varies", "Poor flow or feeder speed too low", "Raise the paddle speed; check the hopper level"],
            ["Black specks on the tablets", "Punch oil dragged into the die", "Use less punch oil; replace the dust seals"],
        ],
        (48, 56, 56),
    ),
    ("h", "6. Lubrication and maintenance"),
    (
        "p",
        "The central lubrication pump doses H1 oil ISO VG 100 to the cam tracks for 2 s every 15 minutes of "
        "running. Upper punch oil: food-grade H1 only, no more than 1 drop per punch per shift.",
    ),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every product change", "Clean the turret, dies, punches and feeder; inspect the punch tips"],
            ["Weekly", "Check the oil level of the central lubrication tank"],
            ["Every 1000 h", "Replace the upper and lower punch dust seals"],
            ["Every 4000 h", "Change the gearbox oil; check the cam track wear"],
        ],
        (45, 115),
    ),
    (
        "table",
        [
            ["Item", "Part number"],
            ["Upper punch dust seal, EU-D", "TBL-1041"],
            ["Upper punch dust seal, EU-B", "TBL-1042"],
            ["Lower punch dust seal, EU-D", "TBL-1051"],
            ["Lower punch dust seal, EU-B", "TBL-1052"],
            ["Scraper blade", "TBL-2210"],
            ["H1 lubricating oil ISO VG 100, 1 L", "TBL-9010"],
            ["Die driver tool", "TBL-3300"],
        ],
        (100, 60),
    ),
]

# ---------------------------------------------------------------- Bevlon PB-8 pipe bevelling machine
BEVLON = [
    ("title", "Bevlon PB-8 Electric Pipe Bevelling Machine\nUser Manual"),
    (
        "p",
        "Document BVL-UM-PB8-01, Issue 2, February 2024. Bevlon Pipe Tools Ltd. The PB-8 is a portable, "
        "ID-mounted pipe end bevelling machine. An expanding mandrel clamps it inside the pipe; a rotating tool "
        "head machines the weld bevel, a face or a counterbore on the pipe end. It is driven by an electric motor "
        "with a reduction gearbox and fed by hand with the feed wheel.",
    ),
    (
        "warn",
        "WARNING: The tool head rotates with high torque. Keep hands, gloves and rags away from the tool head "
        "while it runs. Wear safety glasses; chips are hot and sharp. Unplug the machine before changing a tool "
        "bit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Mounting range (pipe ID)", "48-200 mm"],
            ["Max. pipe OD", "219 mm (8 in)"],
            ["Max. wall thickness, carbon steel", "20 mm"],
            ["Max. wall thickness, stainless steel", "12 mm"],
            ["Tool head speed, no load", "42 rpm"],
            ["Axial feed travel", "50 mm"],
            ["Motor", "1800 W, 230 V 50 Hz"],
            ["Weight with mandrel", "18 kg"],
            ["Sound pressure level", "84 dB(A)"],
        ],
        (90, 70),
    ),
    (
        "p",
        "The wall thickness limits hold for a full bevel cut with one tool bit in carbon steel up to P265 or "
        "S235. For stainless steel and for duplex use the slow feed and cutting oil; for duplex the wall is limited "
        "to 8 mm. The tool head speed is given at 50 Hz.",
    ),
    ("h", "2. Mandrel block sets"),
    (
        "table",
        [
            ["Block set", "Pipe ID range", "Part number"],
            ["A", "48-70 mm", "BV-MA"],
            ["B", "68-105 mm", "BV-MB"],
            ["C", "100-150 mm", "BV-MC"],
            ["D", "145-200 mm", "BV-MD"],
        ],
        (40, 60, 60),
    ),
    ("h", "3. Mounting the machine in the pipe"),
    (
        "ol",
        [
            "Choose the block set for the pipe ID and fit the three blocks to the mandrel with their screws.",
            "Cut the pipe end roughly square; the machine corrects no more than 3 mm of out-of-square.",
            "Slide the mandrel into the pipe until the tool head is 5-10 mm from the pipe end.",
            "Turn the draw bar nut clockwise with the 24 mm spanner until the blocks grip the pipe firmly.",
            "Check that the machine does not move when you pull and twist the motor housing.",
            "Wind the feed wheel back so that the tool bit is clear of the pipe end before starting the motor.",
        ],
    ),
    ("h", "4. Tool bits"),
    (
        "table",
        [
            ["Tool bit", "Use", "Part number"],
            ["Bevel 37.5°", "Standard weld bevel, ASME B16.25", "BV-375"],
            ["Bevel 30°", "Weld bevel to EN ISO 9692-1", "BV-300"],
            ["Facing bit 0°", "Squaring and land (root face)", "BV-000"],
            ["Counterbore bit", "Inside counterbore for fit-up", "BV-CB1"],
            ["Bevel 37.5°, carbide tipped", "Stainless steel and duplex", "BV-375C"],
        ],
        (50, 70, 40),
    ),
    (
        "p",
        "Carbide tipped bits are for stainless steel and duplex only; on carbon steel the HSS bits last longer. "
        "Regrind an HSS bit when the cutting edge is chipped or the bevel shows tearing.",
    ),
    ("h", "5. Changing a tool bit"),
    (
        "ol",
        [
            "Unplug the machine.",
            "Wind the feed wheel back and turn the tool head by hand until the bit holder faces you.",
            "Loosen the two bit clamp screws with the 5 mm hex key and remove the old bit.",
            "Clean the bit seat; chips under the bit cause chatter.",
            "Insert the new bit against the stop and tighten the clamp screws to 8 Nm.",
            "Set the bit projection with the setting gauge BV-G1 so that it cuts the full wall in one pass.",
        ],
    ),
    ("h", "6. Cutting"),
    (
        "p",
        "Start the motor with the bit clear of the pipe, then feed slowly with the feed wheel: about one quarter "
        "turn of the feed wheel per revolution of the tool head. Carbon steel may be cut dry; stainless steel must "
        "be cut with cutting oil. Cut the bevel first, then the land with the facing bit. The root face (land) is "
        "normally 1.0-1.6 mm.",
    ),
    (
        "p",
        "A counterbore is cut with the counterbore bit after the bevel, to bring the inside diameter of two "
        "pipes to the same size for fit-up. Cut no deeper than the land plus 10 mm, and never leave less than "
        "the minimum wall required by the piping specification. Check the bevel angle with the bevel gauge after "
        "the first pipe; the tolerance for weld bevels is ± 2.5°.",
    ),
    (
        "p",
        "Power supply: use the machine only on a supply protected by a residual current device (30 mA). An "
        "extension cable must have a cross-section of at least 2.5 mm² and may be no longer than 25 m; a longer "
        "or thinner cable drops the voltage and the motor stalls in the cut.",
    ),
    ("h", "7. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Chatter, rough bevel", "Mandrel not tight, bit projecting too far, feed too fast", "Tighten the draw bar; reset the bit; feed slower"],
            ["Bevel not square to the pipe", "Mandrel blocks worn or wrong set", "Check the blocks; use the correct set"],
            ["Motor stalls in the cut", "Feed too heavy or bit blunt", "Feed slower; change or regrind the bit"],
            ["Motor runs, tool head does not turn", "Shear pin in the gearbox broken", "Replace the shear pin BV-SP4"],
            ["Sparks at the motor", "Carbon brushes worn", "Replace the brushes"],
        ],
        (48, 56, 56),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each use", "Blow the chips out of the tool head and the mandrel"],
            ["Every 50 operating hours", "Grease the feed screw (lithium EP2)"],
            ["Every 100 operating hours", "Regrease the gearbox through the grease nipple, 10 g"],
            ["Every 200 operating hours", "Check the carbon brushes; replace them when shorter than 6 mm"],
        ],
        (55, 105),
    ),
    (
        "table",
        [
            ["Spare part", "Part number"],
            ["Carbon brush pair", "BV-CB230"],
            ["Shear pin (pack of 5)", "BV-SP4"],
            ["Bit clamp screw M6", "BV-S06"],
            ["Setting gauge", "BV-G1"],
            ["Draw bar with nut", "BV-DB2"],
        ],
        (100, 60),
    ),
    (
        "p",
        "The gearbox housing may run up to 60 °C in continuous use. If it gets hotter, stop and let it cool and "
        "check the grease.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("plazmor-cp-cnc-plasma-table.pdf", "Plazmor PZM-OM-CP-02 Rev B - CP-1530 / CP-2060", PLAZMOR),
        ("brakeholm-hb-hydraulic-press-brake.pdf", "Brakeholm BHM-OM-HB-04 Ed 3 - HB-40 / HB-60", BRAKEHOLM),
        ("tablora-rt-rotary-tablet-press.pdf", "Tablora TBL-OM-RT-06 Rev D - RT-16 / RT-20", TABLORA),
        ("bevlon-pb8-pipe-bevelling-machine.pdf", "Bevlon BVL-UM-PB8-01 Issue 2 - PB-8", BEVLON),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 5, 2, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
