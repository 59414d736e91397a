"""Generate the PDF manuals of the hundred-and-fifty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set151-scratch/venv && /tmp/set151-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set151-scratch/venv/bin/python knowledge/samples/hundredfiftyfirst/make_pdfs.py

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



# ---------------------------------------------------------------- Lufthaven LFD flash tube sawdust dryers
LUFTHAVEN = [
    ("title", "Lufthaven LFD Flash Tube Sawdust Dryers\nOperation and Maintenance - LFD-4 and LFD-7"),
    (
        "p",
        "Document LFH-OM-LFD-03, Edition 2, March 2025. Lufthaven Drying Systems. The LFD-4 and LFD-7 are pneumatic "
        "(flash) dryers for sawdust and fine shavings ahead of the hammer mill of a pellet plant. A dosing screw feeds "
        "the wet sawdust into the hot gas at the foot of the vertical drying tube; the gas carries it up the tube and "
        "through the return bend into the product cyclone, where the dried sawdust leaves through a rotary valve and "
        "the gas is drawn off by the exhaust fan. The hot gas comes from a separate hot gas generator, which is not "
        "part of the Lufthaven delivery and is described in its own manual. The two models differ in size, in the fan "
        "and in the items named in this manual; the control and the operating sequence are the same.",
    ),
    (
        "warn",
        "WARNING: Dry, hot sawdust burns and forms explosive dust clouds. Never open an inspection door while the "
        "exhaust fan runs or while the tube is above 60 °C. Keep the discharge area of the explosion vent free.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LFD-4", "LFD-7"],
            ["Dried output at 10 % moisture (rated conditions below)", "4.0 t/h", "7.0 t/h"],
            ["Wet feed at 50 % moisture", "7.2 t/h", "12.6 t/h"],
            ["Water evaporation", "3200 kg/h", "5600 kg/h"],
            ["Inlet gas temperature, maximum", "450 °C", "480 °C"],
            ["Exhaust temperature setpoint range", "95-115 °C", "95-115 °C"],
            ["Drying tube, diameter x developed length", "900 mm x 38 m", "1200 mm x 44 m"],
            ["Gas velocity in the drying tube", "22-28 m/s", "22-28 m/s"],
            ["Product cyclone diameter", "2800 mm", "3600 mm"],
            ["Exhaust fan motor (frequency converter)", "132 kW", "250 kW"],
            ["Exhaust gas flow at 105 °C", "33 000 m³/h", "58 000 m³/h"],
            ["Dosing screw motor (frequency converter)", "5.5 kW", "7.5 kW"],
            ["Rotary valve under the cyclone", "RV-400, 2.2 kW, 18 rpm", "RV-500, 3.0 kW, 15 rpm"],
            ["Largest particle in the feed", "8 mm", "10 mm"],
            ["Explosion vent panel on the cyclone", "1.2 m²", "2.0 m²"],
            ["Installed power (fan, screw, valve, controls), 400 V 3~ 50 Hz", "142 kW", "263 kW"],
            ["Mass of tube, cyclone and fan", "18.5 t", "29 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The output, feed and evaporation figures hold only for softwood sawdust (spruce, pine, fir) of 160-220 kg/m³ "
        "bulk density, at 50 % inlet moisture and 10 % outlet moisture (both wet basis), with the inlet gas at the "
        "maximum temperature of the model and an ambient temperature of 15 °C. No figures are given here for hardwood "
        "sawdust, bark or wood chips; Lufthaven's process department works them out on request.",
    ),
    (
        "p",
        "Water evaporation (kg/h) = dried output (kg/h) x (inlet moisture - outlet moisture) / (100 - inlet moisture), "
        "with both moistures in % wet basis. Example: 4000 kg/h at 50 % in and 10 % out gives 4000 x 40 / 50 = 3200 "
        "kg/h. A model must not be asked to evaporate more than its rated figure: at a wetter feed the output falls.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this dryer and on the hot gas generator may operate them.",
            "The dryer is part of the site's fire and explosion protection concept. The spark detection and "
            "extinguishing in the outlet duct, the zone drawing and the explosion isolation of the connected ducts are "
            "provided by the site and its suppliers, not by Lufthaven.",
            "Keep the area within 8 m in front of the cyclone's vent panel free of people and stored material while "
            "the dryer runs. Replace the panel after every opening; never weld or cover it.",
            "Before opening the tube, the cyclone or the rotary valve: stop the hot gas generator, lock out the fan, "
            "the dosing screw and the rotary valve, and wait until the tube is below 60 °C. Check for smouldering "
            "deposits and measure CO at the door before entering with the upper body.",
            "The fan room exceeds 85 dB(A) while the fan runs: wear hearing protection.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Exhaust temperature control"),
            (
                "p",
                "The controller holds the exhaust temperature, measured in the duct after the cyclone, at its "
                "setpoint by changing the speed of the dosing screw. The setpoint may be set from 95 to 115 °C; start "
                "at 105 °C. As a rule of thumb, each 5 °C higher gives sawdust about 1 percentage point drier; the "
                "rule holds only between 8 and 14 % outlet moisture.",
            ),
            ("h", "Outlet moisture"),
            (
                "p",
                "The target for pellet production is 8-12 %. At a steady feed the outlet moisture stays within ±1.5 "
                "% of the target. The online moisture meter in the outlet chute is another maker's instrument; its "
                "calibration is done as its own manual describes. If its signal is lost (D12), the control goes on "
                "with the exhaust temperature alone.",
            ),
            ("h", "Inlet gas temperature"),
            (
                "p",
                "The hot gas generator holds the inlet temperature with its own control. The dryer control only "
                "watches it: alarm D03 at the maximum of the model (450 °C LFD-4, 480 °C LFD-7) and a trip at 30 °C "
                "above it. Never heat the empty tube with an inlet gas hotter than 250 °C.",
            ),
            ("h", "Exhaust temperature alarms"),
            (
                "p",
                "High alarm D04 at 130 °C. At 145 °C (D05) the dryer stops at once: the hot gas damper closes, the "
                "emergency stack flap opens, the dosing screw stops and the fan stops after 30 s. The cyclone's "
                "water deluge is released by the site's fire protection system, not by the dryer control.",
            ),
            ("h", "Minimum feed"),
            (
                "p",
                "Do not run below 35 % of the rated wet feed (2.5 t/h on the LFD-4, 4.4 t/h on the LFD-7) for longer "
                "than 15 min: the sawdust overdries and the fire risk rises.",
            ),
            ("h", "Tube velocity"),
            (
                "p",
                "The fan speed must keep the gas in the tube at 22-28 m/s. Below 20 m/s the heavier particles fall "
                "back to the tube foot and D06 is shown. Above 28 m/s the wear of the return bend rises steeply.",
            ),
            ("h", "Rotary valve"),
            (
                "p",
                "The gap between the vane tips and the housing must be 0.2-0.4 mm. A larger gap lets air into the "
                "cyclone cone and spoils the separation.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop button pressed or its circuit open. Release it, press RESET."],
            [
                "D02",
                "Exhaust fan fault",
                "Converter or motor fault, or fan vibration above 7.1 mm/s. Read the converter's code; check the "
                "impeller for deposits.",
            ],
            [
                "D03",
                "Inlet gas temperature high",
                "Inlet at the model's maximum. Check the hot gas generator's control; the dryer trips at 30 °C above.",
            ],
            [
                "D04",
                "Exhaust temperature high",
                "Exhaust at 130 °C: feed too low or interrupted. Check the dosing screw and the wet bin.",
            ],
            [
                "D05",
                "Fire alarm, exhaust very high",
                "Exhaust at 145 °C: emergency stop. Do not open any door; follow the site's fire plan.",
            ],
            [
                "D06",
                "Low tube velocity",
                "Venturi differential pressure under its limit: fan speed low, a leaking duct or a blocked cyclone.",
            ],
            ["D07", "Rotary valve stopped", "Speed monitor tripped: valve jammed by a lump or a foreign body."],
            ["D09", "Cyclone level high", "Level probe in the cone covered: rotary valve or outlet conveyor stopped."],
            ["D10", "Dosing screw overload", "Lumps, frozen sawdust or a foreign body in the screw trough."],
            ["D11", "Wet bin empty", "Low level probe in the wet bin uncovered for 60 s."],
            ["D12", "Moisture signal lost", "Moisture meter signal below 3.6 mA. Control on exhaust temperature only."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sawdust comes out wetter than the target with the exhaust temperature at its setpoint",
                "Feed wetter than 55 %, or oversize particles and lumps that do not dry through",
                "Raise the exhaust setpoint in 5 °C steps up to 115 °C; screen out particles above the largest size",
            ],
            [
                "Sawdust too dry, dark or scorched",
                "Exhaust setpoint too high, or the feed below the minimum for too long",
                "Lower the setpoint; keep the feed above 35 % of the rated wet feed",
            ],
            [
                "Exhaust temperature swings by more than ±5 °C",
                "Uneven feed: bridging in the wet bin or a dosing screw running with gaps",
                "Check the bin discharge and the screw; have Lufthaven service retune the controller if it persists",
            ],
            [
                "More dust than usual at the exhaust stack",
                "Rotary valve gap too large, or the cyclone cone worn through",
                "Check the vane gap (0.2-0.4 mm); inspect the cone for holes",
            ],
            [
                "Pressure drop over the return bend rising week by week",
                "Resinous sawdust building up in the bend, often with a wet feed",
                "Clean the bend at the next stop (section 6.4)",
            ],
            [
                "Burnt smell or glowing particles at the outlet",
                "Smouldering deposits at the tube foot or in the bend",
                "Stop as in section 6.2, keep the doors shut and call the site's fire team",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Cold start"),
    (
        "ol",
        [
            "Check that all inspection doors are shut, the vent panel is intact and the emergency stack flap moves "
            "freely.",
            "Check that the wet bin is at least 30 % full.",
            "Start the outlet conveyor and the rotary valve.",
            "Start the exhaust fan and wait until the tube velocity has reached 22 m/s (no D06).",
            "Start the hot gas generator as its own manual describes and heat up without feed until the exhaust "
            "temperature reaches 90 °C.",
            "Start the dosing screw at the minimum feed and switch the exhaust temperature control to AUTO with the "
            "setpoint at 105 °C.",
            "Raise the feed over 15 min to the target.",
            "After 30 min compare the outlet moisture with a laboratory sample and correct the setpoint.",
        ],
    ),
    ("h", "6.2 Normal shutdown"),
    (
        "ol",
        [
            "Stop the filling of the wet bin.",
            "Bring the hot gas generator down as its own manual describes.",
            "Leave the dosing screw in AUTO until the inlet temperature has fallen below 200 °C.",
            "Stop the dosing screw and let the fan and the rotary valve run for at least 10 min without feed to clear "
            "the tube.",
            "Keep the fan running until the exhaust temperature is below 60 °C, then stop it.",
            "Let the rotary valve run on for 5 min after the fan.",
            "Within 30 min of the stop, look at the tube foot and the cyclone cone through the sight glasses for "
            "glowing particles.",
        ],
    ),
    ("h", "6.3 Checking and setting the rotary valve gap"),
    (
        "ol",
        [
            "Stop the dryer as in 6.2 and lock out the rotary valve. Wait until the valve is below 40 °C.",
            "Remove the inspection cover on the outlet side.",
            "Measure the gap at both ends of each vane with feeler gauges. It must be 0.2-0.4 mm.",
            "Where it is larger, loosen the M10 bolts of the tip strip, set the gap to 0.25 mm and tighten the bolts "
            "to 45 Nm.",
            "Replace any tip strip narrower than 25 mm.",
            "Turn the rotor by hand through one full turn: no vane may touch the housing.",
            "Refit the cover with a new gasket.",
        ],
    ),
    ("h", "6.4 Cleaning the return bend and the cyclone cone"),
    (
        "ol",
        [
            "Stop and lock out as in 6.3 and wait until the tube is below 60 °C.",
            "Measure CO at the bend's inspection door before opening it fully.",
            "Scrape the deposits off the bend's wear liner with the wooden scraper supplied; never use steel tools "
            "near the liner.",
            "Check the wear liner: replace it where it is worn to 4 mm or less (new 10 mm).",
            "Clean the cyclone cone from the lower door and check the level probe.",
            "Collect all deposits in a closed metal container and take them out of the building.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Look at the exhaust plume; listen to the rotary valve; check the wet bin level probe"],
            ["Weekly", "Trend of the pressure drop over the return bend; tube foot through the sight glass"],
            ["Weekly", "Clean the window of the moisture meter"],
            ["Monthly", "Rotary valve gap (6.3); fan vibration reading (alarm at 4.5 mm/s, trip at 7.1 mm/s)"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Grease the fan bearings: 25 g per bearing (LFD-4), 40 g per bearing (LFD-7)",
            ],
            ["Yearly", "Vent panel; wall thickness of the cyclone cone (at least 4 mm of the new 6 mm)"],
            ["Yearly", "Emergency stack flap: test that it opens within 3 s of the D05 signal"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "LFD-4", "LFD-7"],
            ["Rotary valve tip strip set", "LFH-RV4-TS", "LFH-RV5-TS"],
            ["Explosion vent panel", "LFH-EV-12", "LFH-EV-20"],
            ["Exhaust temperature sensor PT100", "LFH-TS-100", "LFH-TS-100"],
            ["Dosing screw bearing set", "LFH-DS-55", "LFH-DS-75"],
            ["Return bend wear liner", "LFH-WL-90", "LFH-WL-120"],
            ["Exhaust fan bearing set", "LFH-FB-132", "LFH-FB-250"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rostvard RG moving grates
ROSTVARD = [
    ("title", "Rostvard RG Moving Grates for Biomass Boilers\nOperation and Maintenance - RG-25 and RG-40"),
    (
        "p",
        "Document RVD-OM-RG-11, Edition 4, January 2025. Rostvard Combustion Technology. The RG-25 and RG-40 are "
        "hydraulically driven moving (reciprocating step) grates for hot water and steam boilers fired with wood "
        "chips, sawdust and bark. The grate slopes down from the fuel feed to the ash end; rows of moving bars "
        "alternate with rows of fixed bars and push the fuel bed forward in short strokes. Each grate zone has its own "
        "hydraulic cylinder and its own primary air damper. The fuel feed in front of the grate, the boiler, its "
        "refractory, the combustion control and the ash conveyor under the grate end are described in their own "
        "manuals. The two models differ in size, in the number of zones and in the items named in this manual.",
    ),
    (
        "warn",
        "WARNING: Enter the furnace only when the boiler is shut down, the fuel feed and the grate hydraulics are "
        "locked out, the furnace has cooled below 40 °C and the CO reading at the door is below 30 ppm. A second "
        "person must stay at the door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RG-25", "RG-40"],
            ["Rated fuel input (firing capacity)", "2.5 MW", "4.0 MW"],
            ["Lowest continuous fuel input", "0.75 MW", "1.2 MW"],
            ["Grate area", "5.2 m²", "8.3 m²"],
            ["Grate width x length", "1.6 m x 3.25 m", "2.0 m x 4.15 m"],
            ["Grate zones (cylinders, primary air dampers)", "3", "4"],
            ["Grate slope", "12°", "12°"],
            ["Stroke of the moving bars", "120 mm", "140 mm"],
            ["Stroke time, settable", "8-40 s", "8-40 s"],
            ["Pause between strokes, settable", "20-600 s", "20-600 s"],
            ["Grate bars, cast steel GX40CrNiSi25-12, number", "320", "540"],
            ["Primary air fan", "5.5 kW, 6500 m³/h", "7.5 kW, 10 400 m³/h"],
            [
                "Hydraulic unit: motor / working pressure / relief valve",
                "4.0 kW / 140 bar / 160 bar",
                "5.5 kW / 150 bar / 170 bar",
            ],
            ["Hydraulic oil HLP 46, tank volume", "120 L", "160 L"],
            ["Largest fuel particle", "63 mm", "100 mm"],
            ["Mass of the grate with frame and cylinders", "14.2 t", "21.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated fuel input holds for wood chips, sawdust and bark of 20-50 % moisture (wet basis) with an ash "
        "content of up to 3 % (dry basis) and a sawdust share of no more than 30 % by volume. The grate heat release "
        "at rated input is about 480 kW/m² on both models; it must never exceed 520 kW/m².",
    ),
    (
        "p",
        "Fuel input (kW) = fuel flow (kg/h) x net calorific value (kWh/kg). Grate heat release (kW/m²) = fuel input "
        "(kW) / grate area (m²). Example: 800 kg/h of chips at 3.1 kWh/kg (about 35 % moisture) give 2480 kW; on an "
        "RG-25 this is 2480 / 5.2 = 477 kW/m². The net calorific value of the fuel is the fuel supplier's figure or "
        "the site laboratory's; Rostvard does not give one for a particular fuel.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained boiler operators may change grate settings. Record every change in the boiler log.",
            "Never open the furnace door or the ash end inspection door while the boiler is firing; the furnace runs "
            "under a slight underpressure and a fault of the induced draught fan can blow flames out of an open door.",
            "Lock out the hydraulic unit and release the accumulator pressure before working on a cylinder, a hose "
            "or the moving frame. Pressure stays in the lines for up to 10 min after the pump stops unless released.",
            "Grate bars can be hotter than 100 °C for many hours after a stop. Wear heat-resistant gloves.",
            "Emission limits, the permit and the annual emission measurement are the site's matter and are not "
            "covered in this manual.",
        ],
    ),
    ("h", "3. Grate settings"),
    (
        "cols",
        [
            ("h", "Stroke and pause"),
            (
                "p",
                "The zones stroke one after the other, starting at the ash end, so that each zone has room to push "
                "into. The stroke time sets how fast the bars move, the pause how often they move. At rated input "
                "start with a stroke time of 15 s and the pause given below for the fuel moisture.",
            ),
            ("h", "Pause by fuel moisture"),
            (
                "p",
                "Fuel of 20-30 % moisture: pause 180-300 s. Fuel of 30-40 %: 120-200 s. Fuel of 40-50 %: 60-120 s. "
                "At part load lengthen the pause in proportion to the load; never beyond 600 s. Fuels wetter than 50 "
                "% or drier than 20 %, straw, miscanthus, demolition wood and pellets alone are outside these "
                "settings: ask Rostvard before burning them.",
            ),
            ("h", "Primary air split"),
            (
                "p",
                "RG-25: zone 1 (drying) 25 %, zone 2 (main combustion) 50 %, zone 3 (burnout) 25 % of the primary "
                "air. RG-40: zone 1 20 %, zones 2 and 3 30 % each, zone 4 (burnout) 20 %. With wet fuel move up to 10 "
                "percentage points from the burnout zone to the drying zone.",
            ),
            ("h", "Fuel bed"),
            (
                "p",
                "The flame front should end about two thirds of the way along the burnout zone. The ash layer at the "
                "grate end should be 50-100 mm deep. A bed level sensor at the feed end stops the fuel feed at a bed "
                "height above 450 mm (G10).",
            ),
            ("h", "Grate bar temperature"),
            (
                "p",
                "Two thermocouples sit in bars of the main combustion zone. Alarm G05 at 550 °C. At 600 °C (G06) the "
                "control shortens the pause to 20 s and lowers the fuel feed to 70 % until the bars are below 550 °C.",
            ),
            ("warn", "Never run the grate with a bar missing: the primary air blows through the gap and the bars "
             "beside it burn away within hours."),
            ("h", "Hydraulics"),
            (
                "p",
                "The oil must stay between 30 and 60 °C. G02 warns at 65 °C. The throttle valves of the zones are set "
                "at commissioning and sealed; do not move them to correct the stroke time, use the settings menu.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "G01",
                "Hydraulic pressure low",
                "Pump not building pressure: motor direction, suction filter, oil level.",
            ],
            ["G02", "Oil temperature high", "Oil above 65 °C: oil cooler dirty or relief valve blowing off."],
            [
                "G03",
                "Oil level low",
                "Level switch open. Look for leaks at the cylinders and hoses; top up with HLP 46.",
            ],
            [
                "G04",
                "Stroke timeout",
                "A cylinder did not reach its end position within twice the stroke time. The zone number is shown.",
            ],
            ["G05", "Grate bar temperature high", "550 °C in the main combustion zone. See section 3."],
            ["G06", "Grate bar temperature very high", "600 °C: forced strokes, fuel feed at 70 %."],
            ["G08", "Primary air fan fault", "Converter fault or motor protection tripped."],
            [
                "G09",
                "Furnace underpressure lost",
                "Furnace pressure above -20 Pa for 30 s. Check the induced draught fan and the flue gas path.",
            ],
            ["G10", "Fuel bed too high", "Bed level sensor at the feed end: the grate does not carry the fuel away."],
            ["G11", "Ash discharge stopped", "Signal from the ash conveyor under the grate end."],
            ["G12", "Return filter clogged", "Differential pressure switch of the return filter. Change the element."],
            ["G13", "Service due", "4000 operating hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Unburnt pieces of fuel in the ash",
                "Pause too short for the fuel, too little primary air in the burnout zone, or the fuel wetter than "
                "expected",
                "Lengthen the pause by 20 %; open the burnout zone damper; check the fuel moisture",
            ],
            [
                "Clinker and slag lumps on the grate",
                "Bars too hot, too much primary air in the main zone, or sand, soil or much bark in the fuel",
                "Take 5 percentage points of primary air from the main zone; shorten the pause so the bed keeps "
                "moving; have the fuel checked",
            ],
            [
                "Flame front creeping back towards the feed",
                "Pause too long for a dry fuel",
                "Shorten the pause; check the burnback protection of the feed system (its own manual)",
            ],
            [
                "Gaps between bars wider than before, bent bars",
                "Bars overheated or a bar missing",
                "Check the gaps when cold (section 6.1); replace the bars",
            ],
            [
                "One zone strokes slower than the others",
                "Air in the cylinder after work on the hydraulics, or a worn cylinder seal",
                "Bleed the cylinder (section 6.3); a worn seal is repaired by Rostvard service",
            ],
            [
                "Ash layer at the grate end thicker than 150 mm",
                "Ash conveyor slow or stopped, or the fuel's ash content above 3 %",
                "Check the ash conveyor; shorten the pause of the last zone",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Checking the grate bar gaps"),
    (
        "ol",
        [
            "Shut the boiler down and let the furnace cool below 40 °C. Lock out the fuel feed and the hydraulics.",
            "Enter as the warning at the start of this manual says.",
            "Sweep the ash off the grate with a broom; do not use compressed air.",
            "Measure the gap between neighbouring bars with a taper gauge at the tip and at the middle of each bar.",
            "New bars sit 1.5-2.5 mm apart. Replace bars where the gap is above 6 mm or the bar tip has burnt back "
            "by more than 15 mm.",
            "Note the positions and the gaps in the grate record.",
        ],
    ),
    ("h", "6.2 Replacing a grate bar"),
    (
        "ol",
        [
            "Carry out steps 1 to 3 of 6.1.",
            "Move the zone to its rear end position with the jog function, then lock out the hydraulics again.",
            "Lift the worn bar at its tip and slide it forward off its carrier tube. Use the bar hook RVD-TH-01.",
            "Clean the carrier tube and the side faces of the neighbouring bars.",
            "Slide the new bar on and press it down until it snaps over the carrier tube.",
            "Check that the gap to each neighbour is 1.5-2.5 mm; the side bars are shimmed with the plates supplied.",
            "Run three strokes of the zone with jog and watch the new bar: it must not rise or rub.",
        ],
    ),
    ("h", "6.3 Bleeding a grate cylinder"),
    (
        "ol",
        [
            "Fill the hydraulic tank to the middle of the sight glass.",
            "Set the stroke time of the zone to 40 s and the pause to 20 s.",
            "Open the bleed screw on the rod side of the cylinder by one turn while the cylinder extends; close it "
            "when oil without bubbles comes out.",
            "Repeat on the piston side while the cylinder retracts.",
            "Run ten strokes and check the stroke time against the setting; top up the oil.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Fuel bed shape and flame front through the sight glass; unburnt fuel in the ash"],
            ["Weekly", "Hydraulic oil level and temperature; leaks at cylinders and hoses"],
            ["Monthly", "Grease the rollers of the moving frames (2 strokes of the gun per nipple)"],
            ["Every 4000 h or 12 months, whichever comes first", "Change the return filter element; oil sample"],
            ["Every 8000 h or 2 years, whichever comes first", "Change the hydraulic oil"],
            ["Yearly, boiler cold", "Bar gaps (6.1); side seals; primary air ducts under the grate cleaned"],
            ["Yearly", "Refractory around the grate: inspected by the boiler maker"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "RG-25", "RG-40"],
            ["Grate bar, standard", "RVD-GB-160", "RVD-GB-200"],
            ["Side bar with seal", "RVD-SB-160", "RVD-SB-200"],
            ["Cylinder seal kit (fitted by Rostvard service)", "RVD-SK-63", "RVD-SK-80"],
            ["Return filter element 10 µm", "RVD-RF-10", "RVD-RF-10"],
            ["Thermocouple type K, grate bar", "RVD-TC-K", "RVD-TC-K"],
            ["Bar hook", "RVD-TH-01", "RVD-TH-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Greiflund GKR fuel store grab cranes
GREIFLUND = [
    ("title", "Greiflund GKR Fuel Store Grab Cranes\nOperation and Maintenance - GKR-3 and GKR-5"),
    (
        "p",
        "Document GRF-OM-GKR-02, Edition 3, June 2024. Greiflund Crane Systems. The GKR-3 and GKR-5 are automatic "
        "overhead travelling cranes with a hydraulic clamshell grab for the fuel store of a biomass boiler plant. They "
        "take wood chips and bark from the truck unloading zone, stack and mix them in the store and keep the boiler's "
        "feed hopper filled. In automatic mode the crane works alone; in manual mode it is driven from the radio "
        "remote control, which has its own manual. The crane runway, its rails and the building structure, the feed "
        "hopper and the fire detection in the store are not part of the Greiflund delivery. The two models differ in "
        "size and in the items named in this manual.",
    ),
    (
        "warn",
        "WARNING: Nobody may be in the fuel store while the crane is in automatic mode. The store doors and the "
        "maintenance platform gate are interlocked; never bridge an interlock.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GKR-3", "GKR-5"],
            ["Safe working load (grab and fuel)", "4.0 t", "6.3 t"],
            ["Grab volume (struck)", "3.0 m³", "5.0 m³"],
            ["Grab mass", "2.2 t", "3.0 t"],
            ["Highest fuel bulk density (see formula below)", "600 kg/m³", "660 kg/m³"],
            ["Span", "10-20 m", "14-26 m"],
            ["Lifting height, highest", "16 m", "20 m"],
            ["Hoist speed", "0-30 m/min", "0-25 m/min"],
            ["Trolley speed", "0-40 m/min", "0-40 m/min"],
            ["Bridge speed", "0-60 m/min", "0-50 m/min"],
            ["Hoist motor (frequency converter)", "22 kW", "37 kW"],
            ["Grab hydraulic power pack", "5.5 kW, 180 bar", "7.5 kW, 200 bar"],
            ["Grab closing time / opening time", "7 s / 5 s", "9 s / 6 s"],
            ["Wire ropes, 2 ropes with 2 falls each, diameter", "14 mm", "18 mm"],
            ["Rope discard diameter", "12.6 mm", "16.2 mm"],
            ["Reference cycle time, automatic mode", "75 s", "90 s"],
            ["Classification of the mechanism", "ISO M7", "ISO M7"],
            ["Supply", "400 V 3~ 50 Hz, busbar", "400 V 3~ 50 Hz, busbar"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Highest fuel bulk density (kg/m³) = (safe working load - grab mass) (kg) / grab volume (m³). For the GKR-3: "
        "(4000 - 2200) / 3.0 = 600 kg/m³. Frozen, wet or soil-laden fuel can be heavier than the pile looks; the "
        "overload cut-out (K03) stops the hoist at 110 % of the safe working load.",
    ),
    (
        "p",
        "The reference cycle time is the time for one automatic cycle over a fixed path: grab from the store, lift 12 "
        "m, trolley 8 m, bridge 15 m, empty into the hopper and return. Cycle times for other paths are not given; "
        "the crane's display shows the times it actually reaches. Throughput (m³/h) = 3600 / cycle time (s) x grab "
        "volume (m³) x 0.8 (fill factor). Example for the GKR-3 on the reference path: 3600 / 75 x 3.0 x 0.8 = 115 "
        "m³/h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Greiflund or by the site's trained crane supervisor may drive the crane in manual "
            "mode.",
            "Never lift people with the grab, never ride on the grab and never use the grab to pull trucks or loads "
            "sideways.",
            "Before entering the store or the crane bridge, switch the crane to MAINTENANCE, take the key with you "
            "and lock the main isolator.",
            "The periodic thorough examination of the crane is carried out by a competent person appointed by the "
            "site, at the intervals national rules require. This manual does not replace it.",
            "Fuel stores can hold CO and low oxygen near the pile surface: measure before going down the store "
            "ladder.",
        ],
    ),
    ("h", "3. Automatic mode settings"),
    (
        "cols",
        [
            ("h", "Storage fields"),
            (
                "p",
                "The store is divided into fields of 2 x 2 m (GKR-3) or 2.5 x 2.5 m (GKR-5). The crane learns the pile "
                "height of each field every time the grab touches down: the hoist senses the slack rope and records "
                "the position.",
            ),
            ("h", "Hopper feeding"),
            (
                "p",
                "Feeding the boiler hopper always comes first. The crane starts a feeding cycle when the hopper level "
                "falls below 40 % and stops feeding at 85 %. If the hopper level signal is lost (K13) the crane stops "
                "feeding; it never feeds by time alone.",
            ),
            ("h", "Stacking and mixing"),
            (
                "p",
                "Between feeding cycles the crane clears the unloading zone and stacks the fuel in the storage fields "
                "with the oldest fuel used first. The highest pile is 12 m, and the pile must stay at least 1.5 m "
                "below the grab in its top position and 1.5 m away from the walls.",
            ),
            ("h", "Digging"),
            (
                "p",
                "The grab opens above the pile, lowers until the ropes go slack, waits for the dig time and closes. "
                "The dig time is set from 1.5 to 4.0 s (default 2.0 s); a longer dig time lets the shells sink "
                "deeper into loose fuel.",
            ),
            ("h", "No-go zones"),
            (
                "p",
                "While a truck door is open the crane does not enter the unloading zone (K12). The maintenance "
                "platform is a permanent no-go zone; it can only be reached in manual mode with the key switch.",
            ),
            ("h", "Overload and slack rope"),
            (
                "p",
                "A load cell in the hoist stops lifting above 110 % of the safe working load for 2 s (K03). A slack "
                "rope during lifting stops the hoist (K04).",
            ),
            ("h", "Anti-sway"),
            (
                "p",
                "The anti-sway function shapes the trolley and bridge ramps to the rope length. It must stay on in "
                "automatic mode; after a rope change the rope length must be taught again by Greiflund service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop pressed (crane, radio remote or store door). Release, RESET."],
            ["K02", "Hoist drive fault", "Converter fault or motor protection. Read the converter's code."],
            ["K03", "Overload", "Load above 110 % of the safe working load for 2 s. Open the grab over the pile."],
            ["K04", "Slack rope", "Ropes slack while lifting: grab caught under fuel or a rope off its sheave."],
            ["K05", "Hoist upper limit", "Upper limit switch reached. Lower in manual mode and check the encoder."],
            ["K06", "Trolley end limit", "End limit switch reached; check the encoder and the stop buffers."],
            ["K07", "Bridge end limit", "End limit or anti-collision sensor; check for obstacles on the runway."],
            ["K08", "Grab hydraulics", "Closing pressure not reached or grab oil above 70 °C."],
            ["K09", "Grab power cable", "Cable reel for the grab supply: cable slack or reel motor fault."],
            ["K10", "Bridge skew", "The two bridge encoders differ by more than 50 mm. Check the wheels and encoders."],
            ["K12", "Truck door open", "No-go zone active; the crane waits until the door closes."],
            ["K13", "Hopper level signal lost", "Hopper level signal below 3.6 mA; feeding stops."],
            ["K14", "Hoist brake wear", "Wear switch of the hoist brake lining. Replace the lining within 50 h."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Grab comes up only half full",
                "Dig time too short for the fuel, frozen or compacted pile surface, or worn shell lips",
                "Raise the dig time in 0.5 s steps (up to 4.0 s); check the lips (replace when worn by 20 mm)",
            ],
            [
                "Fuel runs out of the closed grab while it travels",
                "Shell lips worn, or the closing pressure falls off (internal leak)",
                "Check the lips and the closing pressure on the power pack gauge",
            ],
            [
                "Grab swings when the crane stops",
                "Anti-sway switched off, or rope length not taught after a rope change",
                "Switch anti-sway on; call Greiflund service to teach the rope length",
            ],
            [
                "Bridge runs crooked, wheels squeal",
                "Encoder fault, worn wheel flanges, or runway rails out of line",
                "Check encoders and flanges; the runway and rail alignment is for the site to have checked",
            ],
            [
                "Load creeps down when the hoist stops",
                "Hoist brake lining worn or oily",
                "Stop using the crane; replace the lining (K14 should have warned)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Lowering the grab after a power failure"),
    (
        "ol",
        [
            "Keep everyone out of the store and out of the area under the grab.",
            "Switch the main isolator off and lock it.",
            "Climb to the hoist with a second person and fit the brake release lever GRF-BL-01 on the hoist brake.",
            "Lift the lever gently: the grab lowers. Keep the speed low and let go of the lever every metre to stop.",
            "Lower the grab onto the pile, never into the hopper or onto the unloading zone.",
            "Remove the lever, store it in its bracket and enter the event in the crane log.",
        ],
    ),
    ("h", "6.2 Inspecting the wire ropes"),
    (
        "ol",
        [
            "Drive the crane to the maintenance platform in manual mode and switch to MAINTENANCE.",
            "Lower the grab onto the platform's rest until the ropes are just tight.",
            "Clean the rope at three points along the length that runs over the sheaves most often.",
            "Measure the diameter at each point in two directions at right angles with a caliper with wide jaws.",
            "Discard the rope at 12.6 mm (GKR-3) or 16.2 mm (GKR-5), at six or more visible broken wires in a length "
            "of 6 rope diameters, or at any kink, crushing or heavy corrosion.",
            "Ropes are replaced in pairs by Greiflund service, who then teach the rope length again.",
        ],
    ),
    ("h", "6.3 Teaching the hopper position"),
    (
        "ol",
        [
            "Drive the crane in manual mode with the grab closed and empty over the middle of the hopper opening.",
            "Lower the grab until its lowest point is 1.0 m above the hopper grating.",
            "Select SETTINGS > POSITIONS > HOPPER and press TEACH; the display shows the three coordinates.",
            "Run one automatic feeding cycle with a full grab and watch that no fuel falls beside the grating.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Radio remote and emergency stops; limit switches in manual mode; ropes by eye"],
            ["Weekly", "Grab hydraulic oil level; grab hoses and cylinders; shell lips"],
            ["Monthly", "Rope inspection (6.2); hoist brake lining; bridge wheel flanges"],
            ["Every 2000 h or 12 months, whichever comes first", "Grab hydraulic oil and filter (HLP 46, 40 L)"],
            ["Every 10 000 h or 5 years, whichever comes first", "Hoist gearbox oil CLP 220"],
            ["Yearly", "Thorough examination by the site's competent person"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "GKR-3", "GKR-5"],
            ["Wire rope, pair", "GRF-WR-14", "GRF-WR-18"],
            ["Shell lip, hardox, set", "GRF-SL-30", "GRF-SL-50"],
            ["Hoist brake lining set", "GRF-BK-22", "GRF-BK-37"],
            ["Grab closing cylinder seal kit", "GRF-CS-3", "GRF-CS-5"],
            ["Brake release lever", "GRF-BL-01", "GRF-BL-01"],
            ["Load cell", "GRF-LC-40", "GRF-LC-63"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Calorimo LQ-20 lambda combustion controller
CALORIMO = [
    ("title", "Calorimo LQ-20 Lambda Combustion Controller\nfor Biomass Boilers - Installation and Service Manual"),
    (
        "p",
        "Document CLM-SM-LQ20-05, Edition 5, October 2024. Calorimo Controls. The LQ-20 controls the combustion of "
        "an automatic biomass boiler of 0.3 to 5 MW. It sets the fuel feed rate from the boiler load, sets the "
        "primary air in step with the fuel and trims the secondary air so that the residual oxygen in the flue gas, "
        "measured by a heated wideband zirconia probe, follows a setpoint curve. The boiler's safety temperature "
        "limiter, its safety chain and its flame-out monitoring are the boiler maker's and are not replaced by the "
        "LQ-20. The fan drives, the fuel feed and the induced draught fan have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The probe works at about 750 °C inside and its housing can be above 300 °C after removal. Never "
        "touch it without heat-resistant gloves and never lay it on wood, cables or plastic.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Item", "LQ-20"],
            ["Supply", "230 V AC ±10 %, 50 Hz, 45 VA"],
            ["Probe", "Heated wideband zirconia probe LQS-1, heater 12 V, about 10 W"],
            ["Measuring range", "0-21 % O2"],
            [
                "Accuracy",
                "±0.3 % O2 between 2 and 12 % O2, with the flue gas at 120-400 °C at the probe and within 1000 h of an "
                "air calibration",
            ],
            ["Response time T90", "under 5 s"],
            ["Flue gas temperature at the probe", "up to 450 °C continuous"],
            ["Probe cable", "5 m supplied; extension to 10 m at most with cable CLM-PC-05"],
            ["Probe ready after switching on", "about 90 s"],
            ["Analogue outputs", "4 x 0-10 V or 4-20 mA (primary air, secondary air, fuel feed, induced draught fan)"],
            [
                "Analogue inputs",
                "2 x PT1000 (boiler flow, return), 1 x type K (flue gas), 1 x 4-20 mA (furnace pressure)",
            ],
            ["Relay outputs", "6 x 230 V AC, 2 A"],
            ["Communication", "Modbus RTU, RS-485"],
            ["Enclosure, ambient", "IP54, 0-50 °C"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The probe is mounted in the flue gas duct after the boiler and before any economiser or dust separator, at "
        "least 1 m downstream of a bend, with the probe tip pointing downwards at 10-80° from the horizontal so that "
        "condensate cannot run onto the ceramic. Air leaking into the duct upstream of the probe makes the reading "
        "too high.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only electricians and persons trained on the LQ-20 may open the controller or change settings marked "
            "SERVICE.",
            "Switch the boiler to OFF and isolate the controller before working on the terminals; the relay outputs "
            "can carry mains voltage from other circuits.",
            "The controller must not be used to override the boiler's safety chain. A boiler that goes to safety "
            "shutdown is restarted only as the boiler maker's manual says.",
            "Emission limits, the operating permit and the annual emission measurement are the site's; the LQ-20 "
            "oxygen reading is not a certified emission measurement.",
        ],
    ),
    ("h", "3. Control settings"),
    (
        "cols",
        [
            ("h", "Load control"),
            (
                "p",
                "The boiler load (30-100 %) follows the boiler flow temperature: the load rises when the flow is "
                "below its setpoint and falls when it is above. Below 30 % load the LQ-20 switches the boiler to "
                "ember-keeping mode, in which the fuel feed runs in short pulses.",
            ),
            ("h", "Oxygen setpoint curve"),
            (
                "p",
                "Wood chips: 6.5 % O2 at full load and 9.5 % at 30 % load. Wood pellets: 5.5 % O2 at full load and 8.0 "
                "% at 30 % load. Between the two points the setpoint is a straight line: O2 setpoint (%) = O2 at full "
                "load + (O2 at 30 % - O2 at full load) x (100 - load) / 70. Example, wood chips at 65 % load: 6.5 + "
                "3.0 x 35 / 70 = 8.0 % O2.",
            ),
            (
                "p",
                "Curves for other fuels (bark alone, miscanthus, straw, energy crops) are not given in this manual; "
                "they are set at commissioning by the boiler maker or by Calorimo's commissioning engineer.",
            ),
            ("h", "Air ratio"),
            (
                "p",
                "The display shows the air ratio lambda next to the oxygen reading: lambda = 21 / (21 - O2). At 6.5 % "
                "O2 lambda is 21 / 14.5 = 1.45.",
            ),
            ("h", "Oxygen trim"),
            (
                "p",
                "The trim acts on the secondary air fan only. Trim gain (P23) default 1.0, settable 0.2-3.0; trim "
                "time (P24) default 60 s. The trim may move the secondary air by no more than ±25 % around the "
                "value the load calls for.",
            ),
            ("h", "Oxygen limits"),
            (
                "p",
                "Below 3.0 % O2 for 60 s: message L04 and the fuel feed falls to 70 % of its value. Below 2.0 % for 30 "
                "s: L05 and the fuel feed stops until the reading is above 4.0 %. Above 14 % for 10 min at a load "
                "above 50 %: L07.",
            ),
            ("h", "Flue gas temperature"),
            (
                "p",
                "Alarm L08 above 260 °C after the boiler: the boiler tubes are fouled and need cleaning as the boiler "
                "maker's manual says.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Probe heater fault", "Heater current out of range: probe defective or cable broken."],
            ["L02", "Probe not ready", "Probe temperature not reached within 180 s of switching on."],
            ["L03", "Probe signal implausible", "Reading above 22 % or below 0 %: cable, plug or probe."],
            ["L04", "O2 low", "Below 3.0 % for 60 s. Fuel feed at 70 %. Check the air fans and dampers."],
            ["L05", "O2 very low", "Below 2.0 % for 30 s. Fuel feed stopped until O2 is above 4.0 %."],
            ["L07", "O2 high", "Above 14 % for 10 min at over 50 % load: air leak, fuel shortage or probe fault."],
            ["L08", "Flue gas temperature high", "Above 260 °C after the boiler: boiler fouled."],
            ["L09", "Flow sensor fault", "Boiler flow PT1000 open or short circuit. Load held at 50 %."],
            ["L10", "Furnace pressure signal lost", "4-20 mA signal below 3.6 mA."],
            [
                "L11",
                "Fuel shortage",
                "O2 rising although the fuel feed is at 100 % for 5 min: feed system empty or blocked.",
            ],
            ["L12", "Air calibration due", "1000 operating hours since the last air calibration."],
            ["L13", "Probe replacement due", "8000 operating hours or 12 months since the probe was fitted."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "O2 reading stays at about 21 % while the boiler fires",
                "Probe cold (heater fault), probe pulled out of the duct, or a large air leak at the probe port",
                "Check for L01/L02; check the probe is screwed fully in and the port is sealed",
            ],
            [
                "O2 swings up and down by several percent every few minutes",
                "Trim gain too high, or an uneven fuel feed",
                "Lower P23 by 20 % at a time; check the fuel feed for pulses and bridging",
            ],
            [
                "Dark smoke or a CO smell while the O2 reading looks normal",
                "False air entering upstream of the probe makes the reading too high",
                "Seal the inspection doors and duct joints before the probe; then air-calibrate",
            ],
            [
                "O2 low at full load with the secondary air fan at 100 %",
                "Fan impeller dirty, a damper stuck, or the fuel drier and richer than usual",
                "Clean the fan; check the dampers; lower the load limit until fixed",
            ],
            [
                "Reading creeps away from the portable analyser over months",
                "Probe ageing",
                "Air-calibrate (6.1); replace the probe if the calibration fails",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Air calibration of the probe"),
    (
        "ol",
        [
            "Switch the boiler to standby so that the fans stop and the fuel feed is off.",
            "Wearing heat-resistant gloves, unscrew the probe from its port; leave the cable connected.",
            "Hold or hang the probe in clean ambient air, away from the flue and from exhaust gases, and cover the "
            "open port with the blanking plug.",
            "Wait 5 min for the reading to settle.",
            "Select SERVICE > PROBE > AIR CAL and confirm with OK.",
            "The reading must then be 20.9 % ±0.5 %. If it is outside 20.4-21.4 %, replace the probe (6.2).",
            "Refit the probe with a new copper sealing ring, anti-seize paste on the thread only, tightened to 50 Nm.",
        ],
    ),
    ("h", "6.2 Replacing the probe"),
    (
        "ol",
        [
            "Switch the boiler to standby and isolate the LQ-20.",
            "Remove the old probe as in 6.1 and unplug its cable at the controller.",
            "Check the weld-in boss: clean the thread with a M18 x 1.5 tap if needed.",
            "Fit the new probe with a new sealing ring, tightened to 50 Nm; route the cable away from hot surfaces.",
            "Plug the cable in, switch on and wait for the probe to be ready (about 90 s).",
            "Air-calibrate the new probe (6.1) before the boiler restarts.",
            "Reset the probe counter: SERVICE > PROBE > NEW PROBE.",
        ],
    ),
    ("h", "6.3 Checking the oxygen curve"),
    (
        "ol",
        [
            "Run the boiler for at least 30 min at full load with the fuel it normally burns.",
            "Compare the LQ-20 reading with a calibrated portable flue gas analyser at the same point: they should "
            "agree within 0.5 % O2.",
            "Read the CO on the portable analyser. If it is high with the O2 on its setpoint, raise the full-load "
            "point by 0.5 % O2 and check again after 15 min.",
            "Repeat at 30 % load for the low-load point.",
            "Write the points and readings in the commissioning record.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Look at the O2 trend: a flat line at one value means a stuck reading"],
            ["Every 1000 h (L12)", "Air calibration of the probe (6.1)"],
            ["Every 8000 h or 12 months, whichever comes first (L13)", "Replace the probe (6.2)"],
            ["Yearly", "Compare with a portable analyser (6.3); check terminals and the probe cable"],
            ["Every 5 years", "Replace the backup battery of the controller clock (CR2032)"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Wideband probe LQS-1", "CLM-LP-01"],
            ["Probe cable extension 5 m", "CLM-PC-05"],
            ["Copper sealing rings M18, pack of 10", "CLM-SR-18"],
            ["Weld-in boss M18 x 1.5", "CLM-WB-18"],
            ["Blanking plug M18 x 1.5", "CLM-BP-18"],
            ["PT1000 sensor with pocket", "CLM-PT-1000"],
            ["Controller fuse T 500 mA", "CLM-FU-05"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("lufthaven-lfd-flash-tube-sawdust-dryer.pdf", "Lufthaven LFH-OM-LFD-03 Ed 2 - LFD-4 / LFD-7", LUFTHAVEN),
        ("rostvard-rg-biomass-boiler-moving-grate.pdf", "Rostvard RVD-OM-RG-11 Ed 4 - RG-25 / RG-40", ROSTVARD),
        ("greiflund-gkr-fuel-store-grab-crane.pdf", "Greiflund GRF-OM-GKR-02 Ed 3 - GKR-3 / GKR-5", GREIFLUND),
        ("calorimo-lq-lambda-combustion-controller.pdf", "Calorimo CLM-SM-LQ20-05 Ed 5 - LQ-20", CALORIMO),
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
