"""Generate the PDF manuals of the eighty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set84venv && /tmp/set84venv/bin/pip install fpdf2 pypdf
    /tmp/set84venv/bin/python knowledge/samples/eightyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Terrathal PHX pitch undersoil heating plants
TERRATHAL = [
    ("title", "Terrathal PHX Pitch Undersoil Heating Plants\nOperation and Maintenance - PHX-800 and PHX-1200"),
    (
        "p",
        "Document TPS-OM-PHX-03, Edition 2, June 2024. Terrathal Pitch Systems. The PHX-800 and PHX-1200 are "
        "packaged plant room modules for the undersoil heating of natural and hybrid turf pitches. Each module "
        "takes heat from a primary hot water supply through a plate heat exchanger and pumps an inhibited "
        "propylene glycol solution through the field pipework buried in the rootzone. A module holds the heat "
        "exchanger, two secondary pumps (duty and standby), the expansion vessel, the pressurisation and glycol "
        "make-up unit, the strainer, the heat meter and the PHC controller with its six rootzone sensors. Apart "
        "from the output, the pumps, the volumes and the items named in this manual, the two models are built "
        "alike.",
    ),
    (
        "p",
        "The field pipework (its layout, the depth and spacing of the pipes and the position of the rootzone "
        "sensors) is designed and installed by the pitch contractor; see the as-built drawings handed over with "
        "the pitch. The primary heat source (boiler plant or district heating), its controls, its flue and its "
        "settings are the responsibility of the site and are covered by the boiler maker's manual, not by this one.",
    ),
    (
        "warn",
        "WARNING: The primary side can reach 90 °C. Isolate the primary valves and let the heat exchanger cool "
        "below 40 °C before opening any joint. Glycol solution makes floors slippery; contain spills at once.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PHX-800", "PHX-1200"],
            ["Nominal heat output", "800 kW", "1200 kW"],
            ["Largest heated area at a design loss of 100 W/m² (pitch and run-off)", "8000 m²", "12 000 m²"],
            ["Secondary flow rate at nominal output and 10 K flow-return difference", "73 m³/h", "109 m³/h"],
            ["Secondary pumps, duty and standby, motor each", "11 kW", "15 kW"],
            ["Pump head at nominal flow", "28 m", "30 m"],
            ["Primary flow needed at 80/60 °C", "35 m³/h", "53 m³/h"],
            ["Secondary flow temperature, highest", "40 °C", "40 °C"],
            ["Heat transfer fluid", "propylene glycol 30 % vol, inhibited", "propylene glycol 30 % vol, inhibited"],
            ["Freeze protection of the solution", "-13 °C", "-13 °C"],
            ["System volume including the field pipework, typical", "12 m³", "18 m³"],
            ["Glycol concentrate for a first fill of the typical volume", "3.6 m³", "5.4 m³"],
            ["Expansion vessel / pre-charge", "800 L / 1.5 bar", "1000 L / 1.5 bar"],
            ["Cold fill pressure at the module", "2.0 bar", "2.0 bar"],
            ["Safety valve", "4.0 bar", "4.0 bar"],
            ["Heat exchanger plates", "96", "142"],
            ["Secondary connections", "DN125", "DN150"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A", "40 A"],
            ["Dimensions L x W x H", "3200 x 1400 x 2100 mm", "3800 x 1500 x 2100 mm"],
            ["Mass, filled", "2350 kg", "3100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heated area holds for a design heat loss of 100 W/m². Where the pitch designer used a higher loss "
        "for an exposed or shaded pitch, the largest heated area is the output divided by that loss; for example "
        "800 kW at 125 W/m² heats 6400 m². The secondary flow rate holds for the 30 % solution; with water alone "
        "the plant must not be run.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Terrathal or the site may operate the controller in HAND mode.",
            "Use pre-mixed 30 % solution for every top-up. Never add mains water to the system: it dilutes the "
            "glycol and the pitch pipes can freeze and split.",
            "Propylene glycol is of low toxicity but must not reach the surface water drains; collect drained "
            "solution in closed containers and hand it to the site's waste contractor.",
            "The plant room must be ventilated; the pumps give off up to 2 kW of heat each.",
            "Never close both the flow and the return valve of a zone while the plant runs warm; the trapped "
            "solution expands.",
        ],
    ),
    ("h", "3. Controller settings and limits"),
    (
        "cols",
        [
            ("h", "Modes"),
            (
                "p",
                "OFF, FROST, GROW and MELT, each in AUTO; HAND runs the duty pump without heat demand for venting "
                "and tests. The controller reads the six rootzone sensors (PT1000, placed at 75 mm depth) and a "
                "weather forecast through the site network.",
            ),
            ("h", "FROST"),
            (
                "p",
                "Holds the coldest rootzone sensor at no less than 3 °C (settable 1-6 °C). FROST starts by itself "
                "when the forecast shows an air temperature below 2 °C in the next 24 h. For a match with frost "
                "forecast, start FROST 48 h before kick-off or as soon as the forecast shows frost, whichever comes "
                "first.",
            ),
            ("h", "GROW"),
            (
                "p",
                "Holds the average of the rootzone sensors at the set point, default 12 °C, settable 8-16 °C. Use "
                "GROW only with the groundsman's agreement: it is the largest user of heat.",
            ),
            ("h", "MELT"),
            (
                "p",
                "For snow on the pitch: flow temperature at its highest, 40 °C. MELT runs for no longer than 72 h "
                "and then falls back to FROST.",
            ),
            ("h", "Flow temperature"),
            (
                "p",
                "Never above 40 °C. The controller raises the flow temperature by no more than 5 K per hour, so a "
                "cold system at 8 °C needs about 6.4 h to reach 40 °C. Above 42 °C for 60 s the controller closes "
                "the primary valve (H01).",
            ),
            ("h", "Rootzone sensors"),
            (
                "p",
                "A sensor reading more than 3 K away from the average of the others for over 2 h is flagged (H04) "
                "and left out of the control.",
            ),
            ("h", "Pressure and flow"),
            (
                "p",
                "Cold fill 2.0 bar at the module. The make-up unit tops up below 1.5 bar. Below 1.2 bar the pumps "
                "stop (H05); above 3.5 bar H06 is shown; the safety valve opens at 4.0 bar. Low flow (H10): the "
                "differential pressure across the field below 50 % of its commissioned value for 30 s. If the "
                "make-up unit adds more than 20 L in 24 h, H12 is shown.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "H01",
                "Flow temperature high",
                "Above 42 °C for 60 s. Primary valve closed. Check the primary valve actuator and the flow sensor.",
            ],
            ["H02", "Flow sensor fault", "Open or short circuit. Plant runs at a fixed 30 °C flow until repaired."],
            ["H03", "Return sensor fault", "Open or short circuit. Heat meter reading invalid."],
            [
                "H04",
                "Rootzone sensor fault",
                "Sensor number shown. Open, short, or more than 3 K from the others for over 2 h.",
            ],
            [
                "H05",
                "Low system pressure",
                "Below 1.2 bar: pumps stopped. Find the leak, top up with pre-mixed solution (section 8).",
            ],
            [
                "H06",
                "High system pressure",
                "Above 3.5 bar: expansion vessel pre-charge lost or make-up unit valve passing.",
            ],
            ["H07", "Duty pump fault", "Standby pump started. Reset the motor protection; check the pump."],
            [
                "H08",
                "Both pumps failed",
                "No circulation. Heat demand stopped. Call Terrathal service if the pumps do not restart.",
            ],
            ["H10", "Low flow", "Strainer blocked, zone valves closed or air in the field pipework."],
            [
                "H11",
                "Heat source not available",
                "Primary flow below 60 °C for 15 min. The boiler plant or district heating is not delivering.",
            ],
            [
                "H12",
                "Leak suspected",
                "Make-up unit added more than 20 L in 24 h. Walk the headers and the plant room; check the field.",
            ],
            ["H13", "Forecast link lost", "No forecast for 6 h. FROST then runs on the rootzone sensors only."],
            ["H14", "Service due", "12 months since the last Terrathal service. The plant still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Frost stays on one area of the pitch while the rest is clear",
                "Air in the field circuit of that zone, or its balancing valve closed further than commissioned",
                "Vent the zone (section 7); check the balancing valve against the commissioning sheet",
            ],
            [
                "Pressure falls slowly over several days, no H12",
                "Expansion vessel pre-charge lost",
                "Check the pre-charge: 1.5 bar with the vessel isolated and drained on the fluid side",
            ],
            [
                "Grass thin and dry in lines over the pipe runs",
                "Flow temperature near 40 °C for long periods in GROW; rootzone drying",
                "Limit the GROW flow temperature to 35 °C and agree irrigation with the groundsman",
            ],
            [
                "Pump noisy, sound of gravel in the casing",
                "Cavitation: pressure too low at the pump inlet",
                "Check the pressure; top up to 2.0 bar cold",
            ],
            [
                "Solution dark brown, sour smell",
                "Glycol broken down by overheating or by air drawn in",
                "Test the solution (section 6); replace it if the pH is below 7.5",
            ],
            [
                "Full output on the heat meter but rootzone rising less than 1 K a day",
                "Heat exchanger fouled, or primary flow below 70 °C",
                "Check the primary temperatures; have the heat exchanger cleaned by Terrathal service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Testing the glycol solution"),
    (
        "ol",
        [
            "Run the duty pump for at least 30 min so that the solution is mixed.",
            "Draw 0.5 L from the sample valve on the return header into a clean bottle.",
            "Let the sample cool to about 20 °C.",
            "Read the concentration with the PG-scale refractometer TPS-RF-PG: it must be 28-32 % vol.",
            "Measure the pH with the test strips supplied: it must be 8.0-10.0.",
            "If the concentration is below 28 %, drain solution and replace it with concentrate. Volume to replace "
            "= system volume x (30 - measured) / (100 - measured). Example: a PHX-1200 with the typical 18 m³ "
            "reading 27 % needs 18 000 x 3 / 73 = 740 L. Use the system volume from the commissioning sheet.",
            "If the pH is below 7.5 the inhibitor is spent: the whole fill must be replaced. Ask Terrathal service; "
            "do not add inhibitor yourself.",
            "Record concentration, pH and the date in the plant log.",
        ],
    ),
    ("h", "7. Venting a field zone"),
    (
        "ol",
        [
            "Set the controller to HAND with the duty pump running.",
            "At the header, close the zone's return valve, then its flow valve.",
            "Connect the purge hose from the zone's purge point to the purge drum filled with pre-mixed solution "
            "and to the purge pump.",
            "Open the zone flow valve and run the purge pump for at least 20 min, until no more bubbles return in "
            "the clear section of the hose.",
            "Close the purge point and open the zone return valve.",
            "Check the module pressure and top up to 2.0 bar cold (section 8).",
            "Return to AUTO. After 24 h compare the zone's rootzone sensor with the others.",
        ],
    ),
    ("h", "8. Topping up with the make-up unit"),
    (
        "ol",
        [
            "Fill the make-up tank with pre-mixed 30 % solution only (IBC TPS-PG30-1000).",
            "Check that the make-up unit is in AUTO; it pumps when the pressure falls below 1.5 bar and stops at "
            "2.0 bar.",
            "For a manual top-up press FILL and hold until the gauge shows 2.0 bar with the plant cold, or 2.5 bar "
            "with the flow at 40 °C.",
            "Note the litres added from the make-up counter in the plant log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily in the heating season", "Read pressure, flow temperature and alarms; record in the log"],
            ["Weekly", "Automatic pump changeover (Monday 06:00); check that both pumps have run"],
            ["Monthly", "Clean the strainer when its differential pressure is above 0.3 bar"],
            [
                "Before each season",
                "Test the solution (section 6), vent the zones that showed frost, check the vessel pre-charge",
            ],
            ["12 months", "Test the safety valve; Terrathal service (H14)"],
            [
                "3 years or 20 000 pump hours, whichever comes first",
                "Replace the pump mechanical seals (Terrathal service)",
            ],
            ["5 years", "Heat exchanger opened, cleaned and regasketed by Terrathal service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PHX-800", "PHX-1200"],
            ["Pump mechanical seal set", "TPS-MS-11", "TPS-MS-15"],
            ["Heat exchanger gasket set", "TPS-HG-96", "TPS-HG-142"],
            ["Rootzone sensor PT1000, 30 m cable", "TPS-RS-30", "TPS-RS-30"],
            ["Strainer basket", "TPS-SB-125", "TPS-SB-150"],
            ["Safety valve 4.0 bar", "TPS-SV-40", "TPS-SV-40"],
            ["Refractometer, PG scale", "TPS-RF-PG", "TPS-RF-PG"],
            ["Pre-mixed solution 30 %, 1000 L IBC", "TPS-PG30-1000", "TPS-PG30-1000"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tectavar TRD-24 retractable roof drive
TECTAVAR = [
    ("title", "Tectavar TRD-24 Retractable Roof Drive\nOperation and Maintenance Manual"),
    (
        "p",
        "Document TRD-OM-24-01, Edition 3, March 2025. Tectavar Roof Drives. The TRD-24 drive moves the two "
        "panels (north and south) of a retractable stadium roof along two parallel rails (east and west). Each "
        "panel runs on six bogies, three on each rail. Each bogie has four wheels, two of them driven by a geared "
        "motor with a spring-applied brake, so each panel has 12 driven wheels and the roof 24. The drive "
        "comprises the geared motors, the variable frequency drives (VFDs), the absolute encoders, the storm "
        "locks with their hydraulic unit, the rail heating, the anemometer input and the roof control system "
        "with its main panel in the control room.",
    ),
    (
        "p",
        "The roof steelwork, the rails and their supports, the roof membrane and the structural design loads "
        "(wind, snow and the loads on the parked or moving panels) are not part of the drive; they are given in "
        "the structural engineer's documents for the stadium. The decision to open or close the roof for an "
        "event lies with the stadium's event control. Any link between the roof and the fire alarm or smoke "
        "control is set by the stadium's fire strategy, not by this manual.",
    ),
    (
        "warn",
        "WARNING: Nobody may be on the rails, the bogie walkways or under the panel edges while a panel moves. "
        "Never release a brake by hand on a panel that is not held by its storm locks: the rails have a slope "
        "of up to 4 % and the panel can run away.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TRD-24"],
            ["Panels driven", "2 (north and south)"],
            ["Bogies per panel / wheels per bogie", "6 / 4 (2 driven)"],
            ["Driven wheels", "24 (12 per panel)"],
            ["Geared motor per driven wheel", "5.5 kW, 400 V, with spring-applied brake"],
            ["Brake torque at the motor shaft", "75 Nm"],
            ["Brake supply", "205 V DC"],
            ["VFDs", "4 x 37 kW (one per rail and panel, each feeding 6 motors)"],
            ["Mass of one panel", "380 t"],
            ["Largest wheel load", "16 t"],
            ["Rail slope, largest", "4 %"],
            ["Travel per panel", "84 m"],
            ["Speed, normal", "6 m/min"],
            ["Creep speed (last 2 m before an end position, after a skew warning, in reduced drive)", "1.5 m/min"],
            ["Time to open or close at normal speed", "15 min"],
            ["Wheel diameter, new / discard", "630 mm / 620 mm"],
            ["Wheel flange thickness, new / discard", "25 mm / 20 mm"],
            ["Gearbox oil", "CLP PG 220 synthetic, 4.0 L per gearbox"],
            ["Storm locks", "4 per panel, hydraulic pins at both end positions"],
            ["Rail heating", "45 W/m self-regulating cable under each rail"],
            ["Encoders", "absolute, on one idler wheel of each bogie, 1 mm resolution"],
            ["Operating air temperature", "-10 °C to +40 °C"],
            ["Main supply", "400 V 3~ 50 Hz, 250 A"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The 15 min follow from 82 m at 6 m/min (13.7 min) and the last 2 m at creep speed (1.3 min). The drive "
        "can finish a movement at creep speed with one motor per rail and panel switched out (reduced drive).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only roof operators trained by Tectavar and named by the site may run the roof.",
            "A rail observer with a radio stands at each rail end for every movement.",
            "Work on a bogie only with the panel in an end position, the storm locks engaged and the VFD of that "
            "rail locked off.",
            "Snow and ice can fall from a moving panel: keep the zones below the panel edges closed.",
            "Work at height on the rail walkways follows the site's permit and rescue plan.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Wind"),
            (
                "p",
                "A movement may start only when the 10 min mean wind speed at the roof anemometer is no more than "
                "12 m/s and no gust above 18 m/s has been recorded in the last 10 min. If a gust above 18 m/s "
                "occurs during a movement, the panels decelerate, stop and the brakes set (R03). The movement may "
                "resume only when the mean has stayed below 10 m/s for 10 min.",
            ),
            ("h", "Snow and ice"),
            (
                "p",
                "Do not move with snow or ice on the rails, or more than 50 mm of snow lying on a panel. In frost the "
                "rail heating must run for at least 4 h before a movement; it starts by itself below +3 °C air "
                "temperature when a movement is booked in the next 12 h.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Movements only between -10 °C and +40 °C air temperature. Below -10 °C the gearbox oil is too "
                "thick for the rated starting torque.",
            ),
            ("h", "Skew"),
            (
                "p",
                "The control keeps the east and west bogies of each panel within 20 mm of each other by trimming "
                "the VFD speeds. At 50 mm the skew warning R04 sets creep speed; at 80 mm the panel stops and the "
                "brakes set (R05). Above 120 mm the panel must not be moved again before the structural engineer "
                "has inspected it.",
            ),
            ("h", "End positions"),
            (
                "p",
                "Creep speed for the last 2 m. The storm locks engage by themselves at the end positions; the panel "
                "must stand within ±10 mm of the lock position for the pins to enter.",
            ),
            ("h", "Duty"),
            (
                "p",
                "No more than 4 complete movements (open or close) per hour. Gearbox housings must stay below 80 °C; "
                "a housing above 80 °C after a movement is a fault (see section 5).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "R01",
                "Emergency stop",
                "An emergency stop pressed in the control room, at a rail end or on a bogie walkway.",
            ],
            [
                "R02",
                "Wind above limit",
                "10 min mean above 12 m/s or a gust above 18 m/s in the last 10 min. Start blocked.",
            ],
            [
                "R03",
                "Gust stop",
                "Gust above 18 m/s during a movement. Wait until the mean stays below 10 m/s for 10 min.",
            ],
            ["R04", "Skew warning", "East and west bogies 50 mm apart. Creep speed; the control corrects the skew."],
            ["R05", "Skew stop", "80 mm apart. Panel stopped. Recover as in section 7."],
            ["R06", "VFD fault", "VFD number and its own fault code shown. See the VFD maker's manual."],
            [
                "R07",
                "Motor overtemperature",
                "Motor winding thermistor. Too many movements per hour or a brake dragging.",
            ],
            [
                "R08",
                "Brake not released",
                "No release feedback within 0.3 s. Brake coil, rectifier or air gap (section 8).",
            ],
            ["R09", "Rail obstruction", "Rail sweep switch at a bogie hit an object. Walk the rail before resetting."],
            ["R10", "Storm lock", "A lock pin not withdrawn before a start, or not engaged at an end position."],
            ["R11", "Overtravel", "Final limit switch beyond an end position reached. Tectavar service must reset it."],
            ["R13", "Rail heating fault", "Heating circuit tripped or no current. Movement in frost is blocked."],
            ["R14", "Encoder mismatch", "Encoder differs from the wheel count by more than 100 mm."],
            ["R15", "Bogie communication", "Link to a bogie's remote I/O lost. Panel stopped."],
            ["R16", "Service due", "12 months or 400 movements since the last Tectavar service."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wheels slip at the start, panel jerks and R04 shows on wet or frosty days",
                "Rail wet or iced, rail heating not run long enough",
                "Check R13; run the rail heating for at least 4 h; start the move with MOVE SLOW (creep speed)",
            ],
            [
                "The same bogie lags on every movement, R04 each time",
                "A brake dragging on that bogie: air gap too small or brake not fully released",
                "Measure the air gaps on that bogie (section 8)",
            ],
            [
                "Squeal or grinding from one bogie",
                "Wheel flange running hard on the rail head",
                "Stop; check flange wear; report the rail alignment to the site and call Tectavar service",
            ],
            [
                "Gearbox housing above 80 °C after a movement",
                "Oil level low, wrong oil, or a brake dragging",
                "Check the oil level and grade; check the air gap",
            ],
            [
                "Panel stops 10-30 mm short, storm locks do not enter (R10)",
                "End position drift of the encoder",
                "Move the panel 1 m away at creep speed and back; if it happens again, call Tectavar service",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Checks before every movement"),
    (
        "ol",
        [
            "Obtain the instruction from event control and enter it in the roof log.",
            "Read the wind display: 10 min mean no more than 12 m/s, no gust above 18 m/s in the last 10 min.",
            "Check by CCTV, or by walking, that the rails and bogie walkways are clear of people, tools and debris.",
            "Check that there is no snow or ice on the rails; in frost, the rail heating must have run for 4 h.",
            "Close the zone barriers under the panel edges and test the beacons and sirens.",
            "Put the rail observers in place with radios.",
            "Select the panel or panels and the direction on the main panel; turn the key to ENABLE.",
            "Press START: the storm locks withdraw (about 40 s), the brakes release and the panels accelerate to "
            "6 m/min.",
            "Watch the skew display throughout the movement.",
            "At the end position check that all four storm lock lamps of each panel show LOCKED, then record the "
            "movement time, the largest skew and the wind in the roof log.",
        ],
    ),
    ("h", "7. Recovering from a skew stop (R05)"),
    (
        "ol",
        [
            "Do not reset at once. Send the observer to the lagging rail and look for an obstruction, ice or a "
            "damaged wheel.",
            "Read on the main panel which rail lags and by how much.",
            "If the skew is above 120 mm, stop here: the panel must not be moved before the structural engineer "
            "has inspected it. Call Tectavar service.",
            "When the cause is found and cleared, turn the key at the panel's control cabinet to SKEW CORRECT and "
            "select the lagging rail.",
            "Hold the CORRECT button: only the lagging rail moves, at 0.5 m/min, until the skew is below 10 mm.",
            "Reset R05 at the main panel.",
            "Continue at creep speed to the nearest end position.",
            "Before the next movement measure the brake air gaps on the lagging bogies (section 8).",
        ],
    ),
    ("h", "8. Checking and adjusting a brake air gap"),
    (
        "ol",
        [
            "Park the panel in an end position with its storm locks engaged and lock off the VFD of that rail.",
            "Remove the fan cowl of the motor.",
            "Measure the air gap with feeler gauges at three points 120° apart. Nominal gap 0.4 mm. Adjust when "
            "the gap has reached 0.8 mm or when the three readings differ by more than 0.1 mm.",
            "Loosen the three lock nuts and turn the adjusting sleeves until a 0.4 mm gauge just slides at all "
            "three points.",
            "Tighten the lock nuts to 9 Nm and measure again.",
            "Check the brake rotor lining: replace the rotor (TRD-BR-75) when it is thinner than 7.5 mm (new 10 mm).",
            "Refit the cowl, remove the lock-off and run BRAKE TEST on the main panel: each brake is released in "
            "turn and must report released within 0.3 s.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before every movement", "Checks of section 6"],
            ["Monthly", "BRAKE TEST; walk both rails; storm lock hydraulic oil level"],
            ["3 months", "Brake air gaps (section 8); wheel and flange wear; grease the bogie pivot bearings"],
            [
                "12 months or 400 movements",
                "Gearbox oil sample; Tectavar service (R16); anemometer check by the site's weather station supplier",
            ],
            ["10 000 h or 2 years, whichever comes first", "Change the gearbox oil, 4.0 L CLP PG 220 each"],
            [
                "At 620 mm diameter or 20 mm flange",
                "Wheel replacement by Tectavar service to its own method statement (the panel is jacked)",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Geared motor 5.5 kW with brake", "TRD-GM-55"],
            ["Brake rotor", "TRD-BR-75"],
            ["Brake coil 205 V DC", "TRD-BC-205"],
            ["Brake rectifier", "TRD-RC-02"],
            ["Absolute encoder", "TRD-EN-01"],
            ["Storm lock seal kit", "TRD-SL-SK"],
            ["Gearbox oil CLP PG 220, 20 L", "TRD-OIL-220"],
            ["Rail sweep switch", "TRD-SW-09"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Velumair VIU ETFE cushion inflation units
VELUMAIR = [
    ("title", "Velumair VIU ETFE Cushion Inflation Units\nOperation and Maintenance - VIU-300 and VIU-600"),
    (
        "p",
        "Document VLM-OM-VIU-02, Edition 1, October 2024. Velumair Cushion Systems. The VIU-300 and VIU-600 keep "
        "the ETFE foil cushions of stadium roofs and facades inflated with filtered, dried air. Each unit holds "
        "two fans (duty and standby, with automatic changeover), an inlet filter, a refrigerant dryer, a "
        "non-return damper, the pressure sensors, a controller with a wind input and a snow mode, and a 48 V "
        "battery that keeps one fan running when the mains fails. The unit feeds the cushions through a ring main "
        "of air ducts with a branch valve and a flexible inlet hose at each cushion. Apart from the values given "
        "for each model, the two units are built alike.",
    ),
    (
        "p",
        "The cushions (the foils, their thickness and printing, the clamping profiles), the ring main and the "
        "branch hoses are supplied and maintained by the roof contractor. The design pressures of the cushions "
        "are set by the roof designer and entered by Velumair at commissioning. Foil repairs are made by the roof "
        "contractor only.",
    ),
    (
        "warn",
        "WARNING: Access to the roof walkways and the cushion test points is work at height under the site's roof "
        "access permit. Never walk on a cushion. Never close all branch valves while a fan runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VIU-300", "VIU-600"],
            ["Largest cushion area served", "3000 m²", "6000 m²"],
            ["Fans, duty and standby, motor each", "1.1 kW", "2.2 kW"],
            ["Largest air flow of one fan", "600 m³/h", "1100 m³/h"],
            ["Largest fan pressure", "1200 Pa", "1200 Pa"],
            ["Normal cushion pressure, factory setting (settable 200-350 Pa)", "250 Pa", "250 Pa"],
            ["Storm mode pressure", "450 Pa", "450 Pa"],
            ["Snow mode pressure", "600 Pa", "600 Pa"],
            ["Pressure relief valve", "800 Pa", "800 Pa"],
            ["Dryer, electrical input", "0.37 kW", "0.55 kW"],
            ["Supply air dew point, inlet air at 5-35 °C", "+3 °C or lower", "+3 °C or lower"],
            ["Inlet filter, class ePM1 55 %", "592 x 592 mm", "592 x 592 mm, double depth"],
            ["Battery, 4 blocks 12 V 100 Ah", "48 V", "48 V"],
            ["Battery runtime, one fan holding 250 Pa, battery new and fully charged", "about 6 h", "about 4 h"],
            ["Duct connection", "DN160", "DN200"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "16 A"],
            ["Noise at 1 m, one fan at full speed", "62 dB(A)", "66 dB(A)"],
            ["Mass", "420 kg", "560 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The battery runtime holds only for a roof whose fan duty in normal mode is below 30 % (see section 3) "
        "and at battery temperatures of 15-25 °C; storm and snow mode are not available on battery.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate the unit at its main switch and lock it off before opening the fan or dryer compartments. "
            "The battery circuit stays live: open the battery fuse F10 as well.",
            "The dryer holds refrigerant R513A. Work on the refrigerant circuit only by a certified technician.",
            "The cushions keep their pressure for some minutes with both fans stopped, as the non-return damper "
            "closes. Do not stop the unit for longer than 20 min, and never in storm or snow conditions.",
            "Pressure above 800 Pa can overstress the foils. Never block the relief valve.",
        ],
    ),
    ("h", "3. Pressure control and settings"),
    (
        "cols",
        [
            ("h", "Normal mode"),
            (
                "p",
                "The controller holds the ring main at the set pressure, 250 Pa from the factory, within ±25 Pa, "
                "by the speed of the duty fan. The setting may be changed only within 200-350 Pa and only as the "
                "roof designer allows.",
            ),
            ("h", "Storm mode"),
            (
                "p",
                "When the 10 min mean wind at the unit's wind input exceeds 15 m/s (settable 10-20 m/s), the "
                "pressure is raised to 450 Pa. Normal mode returns when the mean has been below 12 m/s for 30 min.",
            ),
            ("h", "Snow mode"),
            (
                "p",
                "Selected by the site on the unit or through the BMS, or by the optional snow sensor. The pressure "
                "rises to 600 Pa, and both fans run together if one cannot hold it. Select snow mode at least 2 h "
                "before snow is expected to settle.",
            ),
            ("h", "Fan duty"),
            (
                "p",
                "A tight roof needs the duty fan for less than 30 % of the time in normal mode. If the fan runs for "
                "more than 60 % of the time over 24 h, P09 is shown and a leak search is due.",
            ),
            ("h", "Changeover"),
            (
                "p",
                "The duty fan changes every 24 h at 03:00. On a fan fault the standby fan starts within 10 s (P01).",
            ),
            ("h", "Alarms on pressure"),
            (
                "p",
                "Low pressure P04: below 150 Pa for 5 min. High pressure P05: above 700 Pa. The relief valve opens "
                "at 800 Pa.",
            ),
            ("h", "Mains failure"),
            (
                "p",
                "On battery one fan holds normal pressure at reduced speed (P10). If the mains stays off longer "
                "than the battery runtime, the cushions lose pressure slowly and the site must follow the roof "
                "contractor's emergency plan.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Duty fan fault", "Standby fan started. Check the motor protection and the fan impeller."],
            ["P02", "Both fans faulty", "No air supply. Cushions lose pressure. Call Velumair service at once."],
            [
                "P03",
                "Pressure sensor fault",
                "Sensor or its sensing line. Unit runs the duty fan at a fixed 60 % speed.",
            ],
            [
                "P04",
                "Low pressure",
                "Below 150 Pa for 5 min. Large leak, branch valve or relief valve open, fan fault.",
            ],
            ["P05", "High pressure", "Above 700 Pa. Sensor line blocked or set pressure wrong."],
            ["P06", "Inlet filter dirty", "Filter differential pressure above 250 Pa. Replace the filter (section 7)."],
            ["P08", "Dryer fault", "High discharge pressure, or supply air dew point above +8 °C."],
            ["P09", "Excessive fan running", "Fan ran more than 60 % of the time over 24 h. Search for leaks."],
            ["P10", "On battery", "Mains failure. Storm and snow mode not available."],
            ["P11", "Battery fault", "Below 44 V, or the monthly battery test failed."],
            ["P12", "Wind input lost", "No wind signal. The unit goes to storm mode as a precaution."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Rainwater ponding in the middle of one cushion",
                "Pressure low in that cushion: branch valve partly closed, split inlet hose or a leak at the clamping",
                "Measure at the cushion test point (section 6); check the branch valve and the inlet hose",
            ],
            [
                "Fan runs almost all the time, P09",
                "Leak in the ring main, a torn cushion, or the relief valve not closing",
                "Search for the leak (section 9); report torn foils to the roof contractor",
            ],
            [
                "Water droplets or mist inside the cushions",
                "Dryer not working (P08) or wet air in the ring main",
                "Check the dryer and drain the condensate traps of the ring main",
            ],
            [
                "Whistling at a cushion edge in wind",
                "Clamping profile loose or foil edge damaged",
                "Report to the roof contractor; do not work on the clamping yourself",
            ],
            [
                "Pressure swings and the fan speed hunts",
                "Water in the pressure sensing line",
                "Drain the sensing line at its low point",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Checking the pressure in a cushion"),
    (
        "ol",
        [
            "Take the digital manometer (0-2000 Pa) and the test adapter VLM-TA-01 to the roof walkway under the "
            "site's roof access permit.",
            "Find the test point on the cushion's inlet hose.",
            "Zero the manometer with its hose open to air.",
            "Push the adapter onto the test point and wait 30 s.",
            "The reading must be within 50 Pa of the ring main pressure shown on the unit.",
            "If it is lower, check that the branch valve is fully open and the inlet hose is not split or kinked.",
            "Record the reading with the cushion number in the roof log.",
        ],
    ),
    ("h", "7. Replacing the inlet filter"),
    (
        "ol",
        [
            "Replace the filter when P06 shows (250 Pa) or every 6 months, whichever comes first. Choose a time "
            "with the mean wind below 10 m/s and no snow forecast.",
            "Select SERVICE on the controller: both fans stop and the non-return damper closes. The unit must be "
            "back in AUTO within 20 min.",
            "Open the filter door (two quarter-turn locks).",
            "Pull out the filter and put it in a bag.",
            "Fit the new filter, VLM-F7-592 (VIU-300) or VLM-F7-592D (VIU-600), with the air flow arrow towards "
            "the fans.",
            "Close the door and select AUTO.",
            "Reset the filter counter under MENU > SERVICE > FILTER.",
            "With a fan running, check that the filter differential pressure shows less than 80 Pa.",
        ],
    ),
    ("h", "8. Selecting snow mode"),
    (
        "ol",
        [
            "Check that the mains supply is healthy (no P10): snow mode is not available on battery.",
            "Select SNOW on the unit or through the BMS at least 2 h before snow is expected.",
            "Check that the pressure reaches 600 Pa within 30 min.",
            "If it does not, check that the second fan has started and look for P04 or P09.",
            "Select AUTO when the snow has cleared from the roof.",
        ],
    ),
    ("h", "9. Searching for leaks (P09)"),
    (
        "ol",
        [
            "Read the fan duty of the last 24 h under MENU > STATUS > DUTY.",
            "Check the relief valve: a hiss at its outlet means the disc does not seat.",
            "With the roof contractor's agreement, close the branch valves of one roof sector at a time for 30 min "
            "and watch the fan duty; the sector whose closing lowers the duty most holds the leak.",
            "In that sector walk the ring main and listen at the duct joints; check each branch hose and cushion "
            "inlet.",
            "Seal leaking duct joints; report foil tears and clamping leaks to the roof contractor.",
            "Reopen all branch valves; never leave a sector closed for more than 30 min.",
            "After 24 h check that the fan duty is below 30 %.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read the display: pressure, fan duty, alarms"],
            ["Monthly", "Battery test from the menu: 30 min on battery, the voltage must stay above 46 V"],
            ["6 months or P06, whichever comes first", "Replace the inlet filter (section 7)"],
            ["12 months", "Clean the dryer condenser; test the relief valve; check the fan bearings; Velumair service"],
            ["4 years", "Replace the four battery blocks"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VIU-300", "VIU-600"],
            ["Inlet filter", "VLM-F7-592", "VLM-F7-592D"],
            ["Fan with motor", "VLM-FAN-11", "VLM-FAN-22"],
            ["Battery block 12 V 100 Ah (4 needed)", "VLM-BAT-100", "VLM-BAT-100"],
            ["Pressure relief valve 800 Pa", "VLM-RV-800", "VLM-RV-800"],
            ["Pressure sensor 0-2000 Pa", "VLM-PS-2K", "VLM-PS-2K"],
            ["Test adapter", "VLM-TA-01", "VLM-TA-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Brydmore SPC scoreboard cooling and power cabinets
BRYDMORE = [
    (
        "title",
        "Brydmore SPC Video Scoreboard Cooling and Power Cabinets\nOperation and Maintenance - SPC-30 and SPC-45",
    ),
    (
        "p",
        "Document BRY-OM-SPC-04, Edition 2, February 2025. Brydmore Enclosure Systems. The SPC-30 and SPC-45 "
        "cabinets stand in the enclosed service space behind a large LED video scoreboard. Each holds the "
        "incoming main switch, type 1+2 surge protection, the distribution to the LED cabinets of the board "
        "(outgoing RCBOs), a closed-loop cooling unit that cools the air of the board's rear service space, an "
        "anti-condensation heater, temperature and humidity sensors and the BMC monitoring controller, which "
        "reports to the stadium network and asks the video processor to reduce the brightness when the rear "
        "space gets too hot. Apart from the rated load and the values given for each model, the two cabinets are "
        "built alike.",
    ),
    (
        "p",
        "The LED modules, their power supplies, the video processor, the content system and the brightness and "
        "colour settings of the board are supplied by the display maker and are covered by its manual. The "
        "incoming cable, its size and its protection upstream are designed by the site's electrical designer. "
        "The earthing and lightning protection of the scoreboard structure are the site's.",
    ),
    (
        "warn",
        "WARNING: 400 V inside. The LED circuits are fed from several RCBOs; switching off one RCBO does not make "
        "the board dead. Isolate at the main switch and lock it off before working on any LED cabinet wiring.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SPC-30", "SPC-45"],
            ["Rated LED load", "30 kW", "45 kW"],
            ["Outgoing circuits, RCBO 16 A C-curve 30 mA", "24", "36"],
            ["Largest continuous LED load on one circuit (80 % of 16 A at 230 V)", "2.9 kW", "2.9 kW"],
            ["Cooling capacity at 35 °C outside air and 30 °C return air", "9.0 kW", "13.5 kW"],
            ["Cooling unit electrical input", "3.6 kW", "5.4 kW"],
            ["Refrigerant R513A, charge", "1.8 kg", "2.6 kg"],
            ["Cooled air flow", "2400 m³/h", "3500 m³/h"],
            ["Rear space air set point", "30 °C", "30 °C"],
            ["Anti-condensation heater", "1.0 kW", "1.5 kW"],
            ["Main switch and incoming breaker", "63 A", "100 A"],
            ["Supply", "400 V 3~ N PE 50 Hz", "400 V 3~ N PE 50 Hz"],
            ["Surge protection, plug-in cartridges", "type 1+2, 12.5 kA", "type 1+2, 12.5 kA"],
            ["Outside air temperature in use", "-20 °C to +45 °C", "-20 °C to +45 °C"],
            ["Protection", "IP55", "IP55"],
            ["Dimensions W x D x H", "1200 x 600 x 2000 mm", "1600 x 600 x 2000 mm"],
            ["Mass", "380 kg", "470 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cooling capacity is sized for 30 % of the rated LED load reaching the rear space as heat. It holds "
        "only up to 35 °C outside air; above that it falls by about 3 % per K, and above 45 °C the cooling unit "
        "stops on high pressure (C07).",
    ),
    (
        "p",
        "The BMC logs the rear space temperature and humidity, the cooling unit state and every RCBO state once "
        "a minute and keeps 90 days of records. It reports to the stadium network by SNMP and through a web page, "
        "and has a volt-free common alarm relay for the site's BMS. Network addresses and alarm routing are set "
        "by the site's IT department; the BMC default address is given on the label inside the door.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only electrically skilled persons may open the power section. The cooling section may be opened by "
            "trained persons with the cooling unit isolated at its breaker Q2.",
            "The refrigerant circuit may be worked on only by a certified refrigeration technician. Leak checks "
            "required by law are arranged by the site with its refrigeration contractor.",
            "Work behind the board is work at height; follow the site's permit and rescue plan.",
            "Never leave the cabinet door open in rain; the door switch raises C12 after 30 min.",
        ],
    ),
    ("h", "3. Temperature, humidity and power limits"),
    (
        "cols",
        [
            ("h", "Rear space temperature"),
            (
                "p",
                "Set point 30 °C, measured at the top of the rear space. At 40 °C the BMC asks the video processor "
                "for 60 % brightness (C01); at 45 °C for 30 % (C02). At 50 °C for 2 min the BMC switches the LED "
                "circuits off (C04) and the board goes dark. Full brightness returns when the rear space has been "
                "below 36 °C for 10 min.",
            ),
            ("h", "Humidity"),
            (
                "p",
                "Above 70 % RH in the rear space the heater and the cooling unit dehumidify. If the board has been "
                "off for more than 12 h and the RH is above 80 %, run PREHEAT for at least 2 h before switching the "
                "LED circuits on; otherwise condensation can form on the modules.",
            ),
            ("h", "Circuit loading"),
            (
                "p",
                "No more than 2.9 kW continuous on one circuit. At the rated load the circuits carry 1.25 kW each "
                "on average. No more than 10 LED power supplies on one 30 mA RCBO: their leakage currents add up. "
                "Full white test patterns for no longer than 10 min.",
            ),
            ("h", "Switching on"),
            (
                "p",
                "The BMC switches the LED circuits on in groups of six, 5 s apart (SEQUENCE), to limit the inrush "
                "current. Never switch all RCBOs on by hand at once.",
            ),
            ("h", "Condenser filter"),
            (
                "p",
                "Replace the condenser filter when its differential pressure is above 150 Pa (C09). A clean filter "
                "on a clean coil reads below 60 Pa.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Rear space 40 °C", "Brightness reduced to 60 %. Check the cooling unit, filter and coil."],
            ["C02", "Rear space 45 °C", "Brightness reduced to 30 %. As C01; check that the cooling unit runs."],
            ["C03", "Temperature sensor fault", "BMC assumes 40 °C and keeps the board at 60 %."],
            [
                "C04",
                "Overtemperature shutdown",
                "50 °C for 2 min. LED circuits off. Reset after the space is below 36 °C.",
            ],
            ["C06", "Humidity high", "Above 80 % RH. Heater on; check the door seals and the condensate drain."],
            [
                "C07",
                "Cooling high pressure",
                "Condenser coil or filter blocked, condenser fan stopped, outside air above 45 °C.",
            ],
            [
                "C08",
                "Cooling low pressure",
                "Refrigerant leak or low charge. Call a certified refrigeration technician.",
            ],
            ["C09", "Condenser filter dirty", "Differential pressure above 150 Pa. Replace the filter (section 7)."],
            ["C10", "Surge protection", "A cartridge has failed (red window). Replace it (section 8)."],
            ["C11", "RCBO tripped", "Circuit number shown. See section 5."],
            ["C12", "Door open", "Door open more than 30 min."],
            ["C13", "Processor link lost", "BMC cannot reach the video processor; brightness limits are not applied."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Board dims on hot afternoons, C01 in the log",
                "Condenser coil or filter dirty, condenser fan fault, or sun on the cabinet",
                "Clean the coil (section 7) and replace the filter; check the condenser fan",
            ],
            [
                "An RCBO trips when the circuit is switched on",
                "More than 10 power supplies on the circuit (leakage) or a damaged cable",
                "Count the power supplies on the circuit; have the circuit insulation tested",
            ],
            [
                "An RCBO trips on bright content after some minutes",
                "Circuit loaded above 2.9 kW",
                "Move LED cabinets to a lighter circuit with the display maker",
            ],
            [
                "Water on the cabinet floor",
                "Condensate drain blocked, or frozen in winter",
                "Clear the drain; check the drain heater BRY-DH-01 below 0 °C",
            ],
            [
                "Mist on the LED faces on cold mornings",
                "Board switched on damp without PREHEAT",
                "Switch off, run PREHEAT for 2 h",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Switching on after a long stop"),
    (
        "ol",
        [
            "Check the BMC display: no active alarm, door closed.",
            "Read the rear space humidity. If the board has been off for more than 12 h and the RH is above 80 %, "
            "start PREHEAT and wait at least 2 h, until the RH is below 60 %.",
            "Check that the cooling unit runs and the rear space is below 36 °C.",
            "Select SEQUENCE: the LED circuits switch on in groups of six, 5 s apart.",
            "Check that all RCBOs are on and no C11 is shown.",
            "Tell the video control room that the board is powered.",
        ],
    ),
    ("h", "7. Cleaning the condenser coil"),
    (
        "ol",
        [
            "Switch the board off, or have the video control room hold it at no more than 30 % brightness.",
            "Switch the cooling unit to OFF on the BMC, then isolate it at its breaker Q2 and lock it off.",
            "Remove the outside air grille (six screws).",
            "Pull out the condenser filter.",
            "Blow the coil through with compressed air at no more than 6 bar, from the inside outwards, against "
            "the normal air flow. A foaming coil cleaner may be used, rinsed with low-pressure water; never use a "
            "pressure washer.",
            "Straighten bent fins with a fin comb.",
            "Fit a new filter, BRY-CF-30 (SPC-30) or BRY-CF-45 (SPC-45).",
            "Refit the grille, remove the lock-off and switch the cooling unit on. Check that C09 has cleared and "
            "the filter differential pressure reads below 60 Pa.",
        ],
    ),
    ("h", "8. Replacing a surge protection cartridge"),
    (
        "ol",
        [
            "C10 shows and a cartridge window is red.",
            "Switch the board off through the BMC, then switch off the main switch, lock it off and test dead.",
            "Pull the failed cartridge.",
            "Plug in a new cartridge BRY-SPD-C of the same type.",
            "Switch on; the window must be green and C10 must clear.",
            "If a cartridge fails again within 30 days, ask the site to check the earthing and lightning protection.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Read the alarm log; check the condensate drain and the door seals"],
            ["3 months, or monthly in the pollen season", "Replace the condenser filter at 150 Pa or sooner"],
            ["6 months", "Clean the condenser coil (section 7); check the fans"],
            [
                "12 months",
                "Thermal image of the terminals with the board above 50 % load; press the RCBO test buttons; "
                "torque check",
            ],
            ["5 years", "Replace the cabinet fans"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SPC-30", "SPC-45"],
            ["Condenser filter", "BRY-CF-30", "BRY-CF-45"],
            ["RCBO 16 A C 30 mA", "BRY-RCBO-16", "BRY-RCBO-16"],
            ["Surge protection cartridge", "BRY-SPD-C", "BRY-SPD-C"],
            ["Temperature and humidity sensor", "BRY-TH-01", "BRY-TH-01"],
            ["Cabinet fan", "BRY-FN-250", "BRY-FN-315"],
            ["Condensate drain heater", "BRY-DH-01", "BRY-DH-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "terrathal-phx-pitch-undersoil-heating-plant.pdf",
            "Terrathal TPS-OM-PHX-03 Ed 2 - PHX-800 / PHX-1200",
            TERRATHAL,
        ),
        ("tectavar-trd-retractable-roof-drive.pdf", "Tectavar TRD-OM-24-01 Ed 3 - TRD-24", TECTAVAR),
        ("velumair-viu-etfe-cushion-inflation-unit.pdf", "Velumair VLM-OM-VIU-02 Ed 1 - VIU-300 / VIU-600", VELUMAIR),
        (
            "brydmore-spc-scoreboard-cooling-and-power-cabinet.pdf",
            "Brydmore BRY-OM-SPC-04 Ed 2 - SPC-30 / SPC-45",
            BRYDMORE,
        ),
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
