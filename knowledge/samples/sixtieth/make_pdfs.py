"""Generate the PDF manuals of the sixtieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set60venv && /tmp/set60venv/bin/pip install fpdf2 pypdf
    /tmp/set60venv/bin/python knowledge/samples/sixtieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second set's
make_pdfs.py, except that render_columns balances the two columns (balance=True); everything else is new.
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
    """Body text flowing in two balanced columns; used for the limit and setting pages."""
    pdf.set_font(FONT, "", 9.5)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=True) as cols:
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


# ---------------------------------------------------------------- Permavel EUF electrocoat ultrafiltration units
PERMAVEL = [
    ("title", "Permavel EUF Electrocoat Ultrafiltration Units\nOperation and Maintenance Manual - EUF-40 and EUF-60"),
    (
        "p",
        "Document PMV-OM-EUF-03, Edition 2, March 2025. Permavel Membrane Systems. The EUF-40 and EUF-60 draw paint "
        "from the electrocoat (E-coat) tank, pass it through spiral-wound ultrafiltration membranes and return the "
        "concentrate to the tank. The permeate (the clear UF filtrate) feeds the closed-loop rinse zones after the "
        "tank and keeps the rinse free of fresh water. The two units are built on one skid design; they differ in "
        "the number of membrane housings and elements, the feed pump and the values given for each model in this "
        "manual. The bath chemistry (solids, pH, conductivity, solvent content) is set by the paint supplier and is "
        "not covered here. The rectifier and the anolyte circuit have their own manuals. Disposal of spent "
        "cleaning solutions and of purged permeate is for the site's wastewater plant.",
    ),
    (
        "warn",
        "WARNING: Never let the membranes run dry, and never leave paint standing in the housings without flow for "
        "more than 30 min: the paint sets on the membrane surface and the elements are lost. Stop the feed pump, "
        "lock it out and release the pressure before opening a housing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EUF-40", "EUF-60"],
            ["Nominal permeate flow, clean membranes, bath at 32 °C", "40 L/min", "60 L/min"],
            ["Membrane elements, 8 in spiral-wound PVDF, 31 m² each", "8 (4 housings x 2)", "12 (6 housings x 2)"],
            ["Feed flow through the unit (recirculation to the tank)", "90 m³/h", "135 m³/h"],
            ["Feed pump motor, 400 V 3~ 50 Hz", "22 kW", "30 kW"],
            ["Inlet pressure, working", "3.2 bar", "3.4 bar"],
            ["Inlet pressure, maximum", "4.0 bar", "4.0 bar"],
            ["Outlet (concentrate) pressure, working", "2.0 bar", "2.0 bar"],
            ["Permeate back pressure", "0.3-0.5 bar", "0.3-0.5 bar"],
            ["Transmembrane pressure (TMP), working", "2.2 bar", "2.3 bar"],
            ["Bag prefilters, 25 µm, in parallel", "4", "6"],
            ["Permeate tank", "2000 L", "3000 L"],
            ["Cleaning tank (on the skid)", "800 L", "1200 L"],
            ["Bath temperature range for operation", "28-35 °C", "28-35 °C"],
            ["Skid footprint (L x W)", "4200 x 1600 mm", "5600 x 1600 mm"],
            ["Mass in operation", "2850 kg", "3600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The nominal permeate flow holds only with clean membranes, a bath at 32 °C and paint within the paint "
        "supplier's specification. Permeate flow rises by about 2.5 % for each degree the bath is warmer and falls "
        "by the same amount for each degree it is cooler. Before comparing a reading with a limit in this manual, "
        "correct it to 32 °C: Q32 = Qmeasured x (1 + 0.025 x (32 - T)), where T is the bath temperature in °C at "
        "the unit inlet.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear chemical goggles and nitrile gloves when taking samples or changing bags. Permeate and paint are "
            "slightly acidic and contain solvent.",
            "Use only cleaning chemicals on the paint supplier's approved list, at the concentration the supplier "
            "gives. Never mix an acid cleaner with an alkaline one in the cleaning tank.",
            "The housings are rated 10 bar at 40 °C. Never close the concentrate return valve with the feed pump "
            "running.",
            "Before work on the feed pump, lock out the motor at the isolator and close the suction valve from the "
            "E-coat tank.",
            "Spilled paint makes the floor slippery. Clean it up with permeate, not with water from the mains.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Pressures"),
            (
                "p",
                "The inlet pressure must not exceed 4.0 bar on either model. The pressure drop across one housing "
                "(inlet minus outlet) is normally 1.0-1.4 bar. Above 1.8 bar the unit warns (A05); above 2.2 bar it "
                "stops the feed pump (A06) to keep the elements from telescoping.",
            ),
            ("h", "Transmembrane pressure"),
            (
                "p",
                "TMP = (P inlet + P outlet) / 2 - P permeate. Keep the TMP at or below 3.0 bar. Raising the pressure "
                "to win back permeate flow only compacts the fouling layer; it is not a remedy for fouled membranes.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Operate with the bath at 28-35 °C. Above 38 °C at the unit inlet the feed pump stops (A03). The PVDF "
                "membranes must never see more than 40 °C, in service or during a cleaning.",
            ),
            ("h", "Permeate flow and cleaning"),
            (
                "p",
                "Record the permeate flow of every housing each shift, corrected to 32 °C. Clean the membranes when "
                "the total corrected flow falls below 70 % of the flow recorded after the last cleaning, or every 8 "
                "weeks, whichever comes first.",
            ),
            ("h", "Permeate quality"),
            (
                "p",
                "Permeate is clear, with a faint straw tint at most. Its conductivity is normally 60-80 % of the bath "
                "conductivity. Milky or coloured permeate means a damaged element or seal.",
            ),
            ("h", "Standstill"),
            (
                "p",
                "Paint may stand in the housings without flow for no more than 30 min. The controller warns after 20 "
                "min (A12). For any longer stop, flush the unit with permeate first (section 7). Flushed housings may "
                "stand full of permeate for up to 7 days; for longer, Permavel storage instructions apply (ask "
                "Permavel service).",
            ),
            ("h", "Prefilter bags"),
            (
                "p",
                "Change all bags of the bank when the differential pressure across the bank is above 0.8 bar "
                "(A11), and in any case at each chemical cleaning.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Feed pump overload", "Motor protection tripped. Check the pump for blockage and the motor current."],
            [
                "A02",
                "E-coat tank level low",
                "Tank level below the low switch at the pump suction. Feed pump stopped; restart after the tank is "
                "topped up.",
            ],
            ["A03", "Temperature high", "Above 38 °C at the unit inlet. Check the bath cooling; feed pump stopped."],
            [
                "A04",
                "Inlet pressure high",
                "Above 4.0 bar: concentrate return valve partly closed or the return line blocked.",
            ],
            [
                "A05",
                "Housing pressure drop high",
                "Above 1.8 bar across one housing: fouling or a blocked feed channel. Plan a cleaning.",
            ],
            [
                "A06",
                "Housing pressure drop very high",
                "Above 2.2 bar: feed pump stopped. Flush with permeate and inspect the element faces.",
            ],
            [
                "A07",
                "Permeate flow low",
                "Total flow corrected to 32 °C below 70 % of the flow after the last cleaning. Clean (section 8).",
            ],
            [
                "A09",
                "Permeate tank high",
                "Rinse zones drawing too little permeate; excess goes to the overflow. Check the rinse pumps.",
            ],
            ["A10", "Permeate tank low", "Rinse pumps stopped to protect them. Check the permeate flow and valves."],
            ["A11", "Prefilter differential high", "Above 0.8 bar across the bag bank. Change all bags."],
            [
                "A12",
                "Standstill warning",
                "Paint in the housings without flow for 20 min. Restart or flush within 10 min.",
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
                "Permeate flow falls slowly over several days",
                "Normal fouling, or a cooler bath making the reading look low",
                "Correct the reading to 32 °C; clean when below 70 % of the post-cleaning flow",
            ],
            [
                "One housing gives much less permeate than the others",
                "Feed channel blocked by paint lumps or a fouled element",
                "Check the prefilter bags for a burst bag; clean; swap the element to another housing to compare",
            ],
            [
                "Permeate milky, cloudy or coloured",
                "Damaged element, brine seal or interconnector O-ring",
                "Close the permeate valves one housing at a time to find the housing; replace the seal or element",
            ],
            [
                "Pressure drop high, permeate flow normal",
                "Debris caught in the feed spacer at the element face, bag bypassed",
                "Flush with permeate, inspect the element face, check that every bag sits in its basket",
            ],
            [
                "Foam in the permeate tank",
                "Air drawn in at the feed pump suction",
                "Check the suction flange gasket and the tank level",
            ],
            [
                "Flow lower right after a cleaning",
                "Cleaner not rinsed out, or the wrong cleaner used",
                "Rinse again with deionised water; check the cleaner against the approved list",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the unit"),
    (
        "ol",
        [
            "Check that the E-coat tank is above the low level and the bath is between 28 and 35 °C.",
            "Check that the housings are full of permeate (after a flush) or of paint from a stop shorter than 30 min.",
            "Open the suction valve, the concentrate return valve fully and the permeate valves of all housings.",
            "Check the prefilter bags sit in their baskets and the bank lids are closed.",
            "Start the feed pump on the panel. The controller ramps it up in 60 s.",
            "Set the inlet pressure with the concentrate throttle valve: 3.2 bar (EUF-40) or 3.4 bar (EUF-60).",
            "After 10 min, record the inlet, outlet and permeate pressures and the permeate flow of each housing.",
            "Divert the first 5 min of permeate after a cleaning to the drain line, then switch to the permeate tank.",
        ],
    ),
    ("h", "7. Flushing with permeate before a standstill"),
    (
        "ol",
        [
            "Close the suction valve from the E-coat tank and open the permeate flush valve V-12.",
            "Keep the feed pump running at reduced speed (40 %) so that permeate pushes the paint back to the tank.",
            "Flush until the concentrate return runs clear, at least 10 min.",
            "Stop the feed pump and close the concentrate return valve.",
            "Leave the housings full of permeate. Do not drain them.",
            "Note the time: flushed housings may stand for up to 7 days.",
        ],
    ),
    ("h", "8. Chemical cleaning"),
    (
        "ol",
        [
            "Flush the paint out with permeate (section 7).",
            "Fill the cleaning tank with deionised water: 800 L (EUF-40) or 1200 L (EUF-60). Warm it to no more "
            "than 35 °C.",
            "Add the cleaner from the paint supplier's approved list at the stated concentration and mix for 5 min.",
            "Set valves V-20 and V-21 to circulate from the cleaning tank; permeate valves open back to the cleaning "
            "tank.",
            "Circulate for 60 min at an inlet pressure of 1.5-2.0 bar. Do not exceed 40 °C in the tank.",
            "Drain the cleaning solution to the site's wastewater line.",
            "Rinse with deionised water until the conductivity of the rinse leaving the unit is below 50 µS/cm.",
            "Fill with permeate, change all prefilter bags and return the unit to paint (section 6).",
            "Record the corrected permeate flow after 1 h in paint: it is the new reference for the 70 % limit.",
        ],
    ),
    ("h", "9. Replacing a membrane element"),
    (
        "ol",
        [
            "Flush with permeate (section 7), stop and lock out the feed pump and drain the housing concerned.",
            "Remove the end cap clamp at the feed end and pull out the end cap.",
            "Pull the elements out from the feed end in the flow direction, with the interconnector between them.",
            "Fit new interconnector O-rings, lightly wetted with permeate. Never use grease or oil on them.",
            "Fit the brine seal on the new element at its feed end, lips open towards the feed.",
            "Push the elements in from the feed end; the second element pushes the first into place.",
            "Refit the end cap and clamp, fill with permeate and check for leaks at 2 bar before return to paint.",
            "Write the serial number and the housing position into the element log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Record pressures and the permeate flow of each housing, corrected to 32 °C"],
            ["Daily", "Check the permeate for clarity; check the feed pump seal for leaks"],
            ["Weekly", "Measure the permeate conductivity; check the bag bank differential pressure"],
            ["8 weeks or flow below 70 %, whichever comes first", "Chemical cleaning (section 8)"],
            ["6 months", "Calibrate the pressure transmitters and the permeate flowmeters"],
            ["12 months", "Permavel service: element integrity test and controller check"],
            ["As national rules require", "Inspection of the pressure housings (site's responsibility)"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Membrane elements typically last 3-4 years in E-coat service; the life depends on the bath and is not "
        "guaranteed. Elements removed because of a fault may be sent to Permavel service for an autopsy.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "EUF-40", "EUF-60"],
            ["Membrane element 8 in, PVDF", "PMV-ME-831", "PMV-ME-831"],
            ["Brine seal", "PMV-BS-8", "PMV-BS-8"],
            ["Interconnector O-ring kit", "PMV-OK-8", "PMV-OK-8"],
            ["Prefilter bag 25 µm, pack of 10", "PMV-BF-25", "PMV-BF-25"],
            ["Feed pump mechanical seal", "PMV-MS-22", "PMV-MS-30"],
            ["Pressure transmitter 0-10 bar", "PMV-PT-10", "PMV-PT-10"],
            ["End cap clamp", "PMV-EC-8", "PMV-EC-8"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Thermorra RTO regenerative thermal oxidisers
THERMORRA = [
    (
        "title",
        "Thermorra RTO Regenerative Thermal Oxidisers for Paint Oven Exhaust\n"
        "Operation and Maintenance Manual - RTO-20 and RTO-35",
    ),
    (
        "p",
        "Document TRM-OM-RTO-07, Edition 3, June 2024. Thermorra Air Systems. The RTO-20 and RTO-35 destroy the "
        "solvent (VOC) in the exhaust of paint curing ovens and flash-off zones. Each unit has three beds of "
        "structured ceramic media under one combustion chamber; poppet valves switch the flow so that one bed "
        "heats the incoming air, one is heated by the outgoing air and the third is purged. A modulating natural "
        "gas burner holds the chamber temperature. The two units are built alike and differ in size, airflow, "
        "burner, fan and the values given for each model. The burner management system and the gas train are "
        "covered by the burner manual supplied with the unit. Emission limits are those of the site's air permit, "
        "and stack emission tests are made by an accredited laboratory; neither is covered here.",
    ),
    (
        "warn",
        "DANGER: The combustion chamber runs at over 800 °C and the ducts and the chamber casing can exceed 60 °C. "
        "Never open an inspection door while the chamber is above 50 °C. Never bypass the purge: an unpurged start "
        "can ignite solvent vapour in the unit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RTO-20", "RTO-35"],
            ["Nominal airflow (0 °C, 1013 mbar)", "20 000 Nm³/h", "35 000 Nm³/h"],
            ["Minimum airflow (turndown 30 %)", "6000 Nm³/h", "10 500 Nm³/h"],
            ["Combustion chamber setpoint", "815 °C", "815 °C"],
            ["Minimum chamber temperature to accept oven exhaust", "760 °C", "760 °C"],
            ["Residence time in the chamber at 815 °C and nominal airflow", "at least 1.0 s", "at least 1.0 s"],
            ["Thermal efficiency (heat recovery)", "95 %", "95 %"],
            ["Burner, natural gas, modulating", "1.2 MW", "2.0 MW"],
            ["Gas pressure at the gas train inlet", "80-150 mbar", "80-150 mbar"],
            ["Main fan motor, 400 V 3~ 50 Hz, with VFD", "75 kW", "132 kW"],
            ["Pressure drop across the unit at nominal airflow, clean media", "45 mbar", "50 mbar"],
            ["Ceramic media per bed", "14 m³", "24 m³"],
            ["Poppet valve cycle time", "120 s", "150 s"],
            ["Internal volume to be purged", "85 m³", "140 m³"],
            ["Purge time before ignition", "125 s", "120 s"],
            ["Compressed air for the valve actuators", "6 bar, dry", "6 bar, dry"],
            ["Mass with media", "58 t", "86 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The design destruction efficiency of 99 % holds only with the chamber at 815 °C or above, the airflow at "
        "or below nominal and a VOC load at the inlet between 0.5 and 3 g/Nm³. Above about 1.5 g/Nm³ the solvent "
        "gives enough heat for the burner to run at minimum fire (self-sustaining operation).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this unit may start it, change setpoints or bypass an interlock. Interlocks may "
            "be bypassed only under the site's permit procedure.",
            "Before entering the chamber or a bed plenum: cool below 50 °C, isolate and lock the gas train, the fan "
            "and the compressed air, and test the atmosphere. Entry is a confined space entry under the site's "
            "rules.",
            "Ceramic media dust irritates the lungs: wear an FFP3 mask when working on the media.",
            "The poppet valves move without warning while the unit is in service. Keep hands out of the valve "
            "housings unless the compressed air is isolated and the actuators are vented.",
        ],
    ),
    ("h", "3. Control settings and limits"),
    (
        "cols",
        [
            ("h", "Purge"),
            (
                "p",
                "Before each ignition the main fan moves at least four volumes of the unit with fresh air at 50 % of "
                "the nominal airflow. Purge time = 4 x V / Q, with V the internal volume and Q the purge airflow. "
                "The times in the table are rounded up from this formula. If the airflow drops below the purge flow "
                "during the purge, the purge restarts from zero (T15 after three attempts).",
            ),
            ("h", "Heat-up"),
            (
                "p",
                "Raise the chamber temperature by no more than 150 °C per hour to protect the media and the ceramic "
                "fibre lining. The controller holds this ramp in automatic; a manual heat-up must follow it too.",
            ),
            ("h", "Accepting oven exhaust"),
            (
                "p",
                "The inlet damper opens to the ovens only when the chamber is at 760 °C or above. If the chamber "
                "falls below 760 °C in service, the oven exhaust goes to the bypass stack (T03) until the chamber is "
                "back above 780 °C.",
            ),
            ("h", "High temperature"),
            (
                "p",
                "Above 870 °C the hot-side bypass damper opens to release surplus heat. An independent thermocouple "
                "trips the burner and sends the exhaust to bypass at 950 °C (T02); reset is manual.",
            ),
            ("h", "Cold face"),
            (
                "p",
                "The gas leaving the beds (cold face) is normally 120-160 °C. Above 200 °C the unit alarms (T04) and "
                "above 230 °C it goes to bypass to protect the outlet valves and duct.",
            ),
            ("h", "LEL"),
            (
                "p",
                "At 20 % of the lower explosive limit at the inlet, the dilution air damper opens (T06). At 25 % of "
                "the LEL the oven exhaust goes to bypass (T07). Never raise these set points.",
            ),
            ("h", "Pressure drop"),
            (
                "p",
                "Oven exhaust carries condensable resins that collect on the cold face of the media. Bake out the "
                "beds when the pressure drop at nominal airflow has risen 20 % above the value after the last "
                "bake-out, or every 4 weeks, whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Alarm and trip codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["T01", "Flame failure", "Burner flame lost. See the burner manual; the unit purges before a restart."],
            [
                "T02",
                "Chamber high limit",
                "950 °C at the independent thermocouple: VOC load too high or bypass damper stuck. Manual reset.",
            ],
            [
                "T03",
                "Chamber temperature low",
                "Below 760 °C: exhaust to bypass. Check the burner modulation and the gas pressure.",
            ],
            ["T04", "Cold face high", "Above 200 °C: media fouled or valve cycle too long. Check the cycle time."],
            [
                "T05",
                "Airflow low",
                "Below the minimum airflow: fan fault, VFD fault or an inlet damper not open.",
            ],
            ["T06", "LEL high", "20 % of LEL at the inlet: dilution air damper open. Tell the paint shop."],
            ["T07", "LEL high-high", "25 % of LEL: exhaust to bypass. Find the cause in the ovens before a reset."],
            [
                "T08",
                "Poppet valve position",
                "Valve not at its end position within 3 s of a command. Check the air, the actuator and the seat.",
            ],
            ["T09", "Gas pressure low", "Below 80 mbar at the train inlet. Check the site supply."],
            ["T10", "Gas pressure high", "Above 150 mbar at the train inlet. Check the site regulator."],
            ["T12", "Combustion air fan", "Combustion air pressure switch open. Check the fan and its filter."],
            [
                "T13",
                "Pressure drop high",
                "Pressure drop 20 % above the value after the last bake-out. Plan a bake-out.",
            ],
            [
                "T14",
                "Compressed air low",
                "Below 5.5 bar at the valve manifold. The unit goes to bypass and purges when air returns.",
            ],
            ["T15", "Purge failed", "Purge airflow not held in three attempts. Check the fan and the dampers."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Gas consumption much higher than usual at the same production",
                "Poppet valve seal leaking, so untreated air passes round the chamber",
                "Check the valve seals (section 9); compare the cold face temperatures of the beds",
            ],
            [
                "Solvent smell at the stack, chamber temperature normal",
                "Poppet valve leaking, or a bed not purged before it switches",
                "Check the valve seals and the purge damper; have the emissions measured if it persists",
            ],
            [
                "Pressure drop rising week by week",
                "Resins condensed on the cold face of the media",
                "Bake out (section 8)",
            ],
            [
                "Chamber temperature swings up and down with each valve switch",
                "Valve cycle time changed, or one bed blocked",
                "Check the cycle time setting; compare the bed pressure drops",
            ],
            [
                "Unit goes to bypass several times a shift with T03",
                "Burner not modulating up fast enough, gas pressure low",
                "Check the gas pressure at the train inlet; see the burner manual for the modulation",
            ],
            [
                "White deposits on the cold face",
                "Silicone in the exhaust turning to silica",
                "Tell the paint shop; silica does not burn out, the media must be cleaned or replaced by "
                "Thermorra service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cold start-up"),
    (
        "ol",
        [
            "Check that all inspection doors are closed and the permit for any work is closed.",
            "Check the compressed air at the valve manifold: at least 5.5 bar.",
            "Check the gas pressure at the train inlet: 80-150 mbar.",
            "Select START on the panel. The main fan starts and the dampers go to the purge position.",
            "The purge runs: 125 s (RTO-20) or 120 s (RTO-35). Do not interrupt it.",
            "The burner ignites under the control of the burner management system.",
            "The chamber heats at no more than 150 °C per hour. From cold this takes about 5 to 6 hours.",
            "At 760 °C the controller reports READY. Open the inlet to the ovens only after READY.",
            "Check the cold face temperatures of the three beds after one hour in service; they should agree "
            "within 20 °C.",
        ],
    ),
    ("h", "7. Normal shutdown"),
    (
        "ol",
        [
            "Ask the paint shop to stop the ovens' solvent load (no bodies in the ovens).",
            "Keep the unit on oven exhaust for 30 min after the last body leaves the ovens to clear the solvent.",
            "Select STOP. The inlet goes to bypass and the burner shuts down.",
            "The main fan keeps running at minimum airflow while the valves keep switching, until the chamber is "
            "below 400 °C.",
            "Below 400 °C the fan stops and the valves close. Leave the compressed air on.",
            "For a stop longer than 48 h, isolate the gas at the train inlet valve.",
        ],
    ),
    ("h", "8. Bake-out of the media"),
    (
        "ol",
        [
            "Run the bake-out only with no paint production: select BAKE-OUT with the inlet on fresh air.",
            "The controller lengthens the valve cycle on one bed at a time so that its cold face rises to 430 °C.",
            "Each bed is held at 430 °C cold face for 2 h; the whole bake-out of three beds takes about 8 h.",
            "Watch the stack: some smoke is normal in the first hour of each bed.",
            "After the bake-out, return to normal cycling and let the cold face fall below 200 °C.",
            "Record the pressure drop at nominal airflow as the new reference for the 20 % limit.",
        ],
    ),
    ("h", "9. Poppet valve seal check"),
    (
        "ol",
        [
            "Stop the unit (section 7) and wait until the chamber is below 50 °C.",
            "Isolate the compressed air and vent the actuators.",
            "Open the valve housing covers.",
            "Check each seal ring for cracks, burnt areas and gaps. Pass a 0.2 mm feeler gauge around the seat with "
            "the valve closed: it must not enter anywhere.",
            "Replace any seal ring that the feeler enters or that is cracked (part TRM-PS-20 or TRM-PS-35).",
            "Check that the actuator stroke ends without a bang; adjust the end cushioning if it does.",
            "Close the covers, restore the air and run each valve ten times in manual mode.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Record chamber temperature, cold face temperatures, pressure drop and gas consumption"],
            ["Weekly", "Check the compressed air filter and drain; check the bypass damper moves freely"],
            ["4 weeks or pressure drop +20 %, whichever comes first", "Bake-out (section 8)"],
            ["3 months", "Poppet valve seal check (section 9); calibrate the LEL analyser"],
            ["12 months", "Gas train and burner inspection by a qualified gas engineer (site's responsibility)"],
            ["12 months", "Thermorra service: chamber lining inspection, thermocouple check, media sampling"],
            ["As the air permit requires", "Stack emission test by an accredited laboratory"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Repairs to the ceramic fibre lining of the chamber and replacement of the media are done by Thermorra "
        "service only.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RTO-20", "RTO-35"],
            ["Poppet valve seal ring", "TRM-PS-20", "TRM-PS-35"],
            ["Chamber thermocouple type K, 1000 mm", "TRM-TC-10", "TRM-TC-10"],
            ["High limit thermocouple type N", "TRM-TN-10", "TRM-TN-10"],
            ["Valve actuator repair kit", "TRM-AK-20", "TRM-AK-35"],
            ["LEL analyser sensor head", "TRM-LS-01", "TRM-LS-01"],
            ["UV flame scanner", "TRM-UV-03", "TRM-UV-03"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Torquenza NR nutrunner fastening system
TORQUENZA = [
    (
        "title",
        "Torquenza NR Electric Nutrunner Fastening System\nOperating and Service Manual - NR-60 and NR-150 with "
        "TC-20 controller",
    ),
    (
        "p",
        "Document TQZ-OM-NR-04, Edition 1, November 2024. Torquenza Fastening Technology. The NR-60 and NR-150 are "
        "handheld electric angle nutrunners with a built-in torque transducer and angle encoder, driven by the TC-20 "
        "controller. The controller stores the tightening programs (Psets), judges each rundown OK or NOK and sends "
        "the result to the line. The two tools are built alike and differ in torque range, speed, square drive, "
        "size and the values given for each model. The torque and angle a joint needs come from the vehicle's "
        "product engineering documents, never from this manual. The fieldbus mapping to the line controller is in "
        "the protocol document TQZ-COM-20.",
    ),
    (
        "warn",
        "WARNING: An angle nutrunner reacts against the operator's hand at the end of each rundown. Hold the tool "
        "with both hands as shown in section 2, and never use a tool above the torque at which this manual calls "
        "for a reaction arm.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NR-60", "NR-150"],
            ["Torque range", "12-60 Nm", "30-150 Nm"],
            ["Maximum free speed", "650 rpm", "310 rpm"],
            ["Square drive", "3/8 in", "1/2 in"],
            ["Length", "520 mm", "610 mm"],
            ["Mass without cable", "2.1 kg", "3.6 kg"],
            ["Reaction arm or torque tube required", "not required", "above 80 Nm"],
            ["Torque accuracy of the transducer, within the torque range", "±3 % of reading", "±3 % of reading"],
            ["Angle resolution", "0.1°", "0.1°"],
            ["Tool cable, standard", "5 m", "5 m"],
            ["Maximum cable length with extensions", "50 m", "30 m"],
            ["Minimum TC-20 hardware revision", "A", "C"],
            ["Noise at the operator's ear, free speed", "72 dB(A)", "75 dB(A)"],
            ["Vibration, hand-arm", "below 2.5 m/s²", "below 2.5 m/s²"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The TC-20 controller: 230 V 1~ 50/60 Hz, 16 A fuse, 16 Psets, 8 multistages (jobs), result memory for "
        "100 000 rundowns, 8 digital inputs and 8 outputs, Ethernet and one fieldbus option card. The same TC-20 "
        "drives either tool and recognises the tool from its memory chip when the cable is plugged in.",
    ),
    (
        "p",
        "The torque accuracy holds only within the tool's torque range, with a calibration done in the last 12 "
        "months and the tool at 10-40 °C. Below the bottom of the range (12 Nm or 30 Nm) the accuracy is not "
        "specified and the controller refuses the Pset.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Hold the tool with one hand on the handle and the other on the angle head housing, never on the socket "
            "or the output square.",
            "Set the reaction arm or torque tube of the NR-150 before any Pset above 80 Nm is released; the TC-20 "
            "asks for the arm switch input for such Psets.",
            "Use only impact-rated or power-tool sockets in good condition. A cracked socket can burst.",
            "Unplug the tool cable only with the controller switched off or the tool disabled.",
            "Wear hearing protection where the line noise calls for it; the tool alone stays below 80 dB(A).",
        ],
    ),
    ("page",),
    ("h", "3. Pset settings and limits"),
    (
        "cols",
        [
            ("h", "Target torque"),
            (
                "p",
                "Enter the target torque from the product engineering document. The controller accepts it only "
                "inside the tool's torque range. Minimum and maximum torque default to the target -5 % and +5 %; "
                "they may be set wider only up to -10 % and +10 %.",
            ),
            ("h", "Angle monitoring"),
            (
                "p",
                "The angle is counted from the threshold torque, default 30 % of the target. Set the angle window "
                "from the product document. Without a window the controller judges torque only and marks the "
                "results with TQ.",
            ),
            ("h", "Speeds"),
            (
                "p",
                "Rundown speed up to the maximum free speed. Final speed: no more than 30 % of the maximum free speed "
                "on hard joints (those that reach the target within 30° after snug). A higher final speed gives "
                "torque overshoot and the tool kicks.",
            ),
            ("h", "Soft start"),
            (
                "p",
                "Soft start runs at 10 % speed for the first 360° so that the nut engages the thread without cross "
                "threading. Leave it on for all Psets on painted or coated threads.",
            ),
            ("h", "Rundown time"),
            (
                "p",
                "Maximum rundown time defaults to 5 s. A rundown not finished in time ends NOK with E104.",
            ),
            ("h", "Loosening"),
            (
                "p",
                "Loosening is allowed up to 120 % of the tool's maximum torque, that is 72 Nm (NR-60) or 180 Nm "
                "(NR-150), for 1 s. A loosened joint is reported to the line and must be retightened as a new "
                "rundown.",
            ),
            ("h", "Duty"),
            (
                "p",
                "The tools are rated for continuous line work at no more than 8 rundowns per minute at the maximum "
                "torque. Above this the motor temperature rises and the controller limits speed (E106).",
            ),
        ],
    ),
    ("h", "4. Controller event codes"),
    (
        "table",
        [
            ["Code", "Event", "Cause and action"],
            ["E101", "Torque low", "Final torque below the minimum: joint stripped, tool released early, socket slipped."],
            ["E102", "Torque high", "Final torque above the maximum: overshoot on a hard joint; lower the final speed."],
            ["E103", "Angle out of window", "Angle below or above the window: wrong bolt length, missing washer, "
             "thread damaged."],
            ["E104", "Rundown time exceeded", "Rundown longer than the set maximum time: cross thread, no nut, "
             "released trigger."],
            ["E105", "Tool not recognised", "Tool memory not read: cable or plug damaged. Check the pins."],
            ["E106", "Motor temperature", "Motor above 80 °C: speed limited. Reduce the duty or let the tool cool."],
            ["E107", "Transducer fault", "Zero offset of the transducer out of limits at tool start. Send for repair."],
            ["E110", "Calibration due", "12 months or 250 000 rundowns since the last calibration. Tool still runs."],
            ["E111", "Reaction arm missing", "Pset above 80 Nm on the NR-150 without the arm switch input."],
            ["E112", "Controller revision", "NR-150 plugged into a TC-20 below hardware revision C."],
            ["E113", "Fieldbus", "No connection to the line controller. Results are buffered up to 5000 rundowns."],
            ["E114", "Memory full", "Result memory 100 000 rundowns full; oldest results overwritten."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tool kicks hard at the end and shows torque high",
                "Final speed too high for a hard joint",
                "Lower the final speed to 30 % of the maximum free speed or less",
            ],
            [
                "Torque OK but angle low on every rundown",
                "Threshold torque set too high, or a different bolt grade or length",
                "Check the threshold (30 % of target) and the part against the product document",
            ],
            [
                "Torque low now and then, socket marks on the nut",
                "Worn socket or socket not fully on",
                "Replace the socket; check the square drive for wear",
            ],
            [
                "Tool stops and restarts while running",
                "Cable damaged near the tool or plug loose",
                "Check the cable in the first metre from the tool; replace it (section 8)",
            ],
            [
                "Tool gets hot and slows down",
                "Duty too high, worn angle head gears",
                "Check the rundown rate; send the tool to Torquenza service if the gears are noisy",
            ],
            [
                "Tool runs but shows no torque",
                "Transducer cable inside the tool broken",
                "Do not use the tool; send it for repair",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Creating a Pset"),
    (
        "ol",
        [
            "Log in to the TC-20 web page with a user of level 2 or higher.",
            "Select Psets, choose a free number (1-16) and give it the joint name from the product document.",
            "Select the strategy: torque control with angle monitoring.",
            "Enter the target torque, then check the minimum and maximum torque (default ±5 %).",
            "Enter the threshold torque (default 30 % of target) and the angle window.",
            "Set the rundown speed and the final speed; on a hard joint, final speed at most 30 % of free speed.",
            "Leave soft start on and set the maximum rundown time (default 5 s).",
            "Save the Pset and run five rundowns on the real joint; check the curves on the web page.",
            "Release the Pset for production in the job list.",
        ],
    ),
    ("h", "7. Tool capability check (Cmk)"),
    (
        "ol",
        [
            "Fit the reference rotary transducer between the tool and the socket, or use the joint rig TQZ-JR-2.",
            "Select the Pset to check; its target must lie within the tool's torque range.",
            "Run 25 rundowns, one after another, at the Pset's speeds.",
            "Read the mean and the standard deviation of the reference transducer values.",
            "Work out Cmk = the smaller of (upper limit - mean) and (mean - lower limit), divided by 3 x standard "
            "deviation.",
            "The tool passes with a Cmk of 1.67 or more. Below 1.67 take the tool out of service and calibrate it.",
            "Record the result in the tool log with the tool serial number.",
        ],
    ),
    ("h", "8. Replacing the tool cable"),
    (
        "ol",
        [
            "Switch off the TC-20.",
            "Unscrew the cable nut at the tool by hand; unplug the cable at the controller.",
            "Check the pins of the tool connector for damage and dirt.",
            "Plug the new cable into the tool, turn the nut until it clicks, then into the controller.",
            "Switch on. The controller reads the tool memory; the display shows the tool type and serial number.",
            "If E105 shows, check the plug on both ends before replacing anything else.",
            "Run one rundown on the joint rig and check that torque and angle are shown.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the socket, the cable and the reaction arm; run a rundown on the rig"],
            ["Weekly", "Clean the tool; check the cable near the tool for kinks"],
            ["3 months or 60 000 rundowns", "Tool capability check (section 7)"],
            ["12 months or 250 000 rundowns, whichever comes first", "Calibration by Torquenza service (E110)"],
            ["500 000 rundowns", "Angle head and gearbox overhaul by Torquenza service"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The tools are sealed. Opening the motor housing or the angle head voids the calibration; gears, bearings "
        "and the transducer are replaced only by Torquenza service.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "NR-60", "NR-150"],
            ["Tool cable 5 m", "TQZ-CB-05", "TQZ-CB-05"],
            ["Extension cable 10 m", "TQZ-CX-10", "TQZ-CX-10"],
            ["Reaction arm, swivel type", "-", "TQZ-RA-150"],
            ["Trigger and start switch kit", "TQZ-TS-60", "TQZ-TS-150"],
            ["Output square drive insert", "TQZ-SQ-38", "TQZ-SQ-12"],
            ["Suspension bail", "TQZ-SB-60", "TQZ-SB-150"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Spurwell WA-4 wheel alignment stand
SPURWELL = [
    ("title", "Spurwell WA-4 End-of-Line Wheel Alignment Stand\nOperation and Maintenance Manual"),
    (
        "p",
        "Document SPW-OM-WA4-02, Edition 2, February 2025. Spurwell Chassis Test Systems. The WA-4 measures and "
        "sets toe and camber on all four wheels of passenger cars and light vans at the end of the final assembly "
        "line. The vehicle drives onto four roller units on floating plates; the rollers turn the wheels so that "
        "rim run-out is compensated, and four non-contact laser sensor heads measure the plane of each wheel. The "
        "operator adjusts the tie rods from the pit while the screen shows the live values. The target values and "
        "tolerances for each vehicle come from the vehicle specification issued by product engineering and are "
        "downloaded from the plant's line system; this manual gives none. Headlamp aiming and driver assistance "
        "camera calibration are done on their own stations. The pit, its foundation and its ventilation are the "
        "site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Never enter the pit while a vehicle is driving on or off the stand. The floating plates move "
        "sideways when released: keep feet and tools off them. The sensor heads carry class 2 lasers: do not "
        "stare into the beam.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WA-4"],
            ["Wheelbase range", "2400-3300 mm"],
            ["Track width range", "1350-1750 mm"],
            ["Tyre outer diameter", "550-800 mm"],
            ["Rim sizes", "15-21 in"],
            ["Maximum axle load", "1600 kg"],
            ["Wheel speed on the rollers during run-out compensation", "60 rpm"],
            ["Toe measuring range, each wheel", "±3°"],
            ["Camber measuring range", "±4°"],
            ["Toe accuracy (2 sigma)", "±0.02°"],
            ["Camber accuracy (2 sigma)", "±0.03°"],
            ["Floating plate travel, lateral", "±50 mm"],
            ["Typical cycle time, drive on to drive off, no adjustment needed", "45 s"],
            ["Supply", "400 V 3~ 50 Hz, 16 A"],
            ["Compressed air (centering and plate locks)", "6 bar, dry, oil-free"],
            ["Laser class of the sensor heads", "2"],
            ["Ambient temperature in use", "10-35 °C"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The accuracies hold only after a warm-up of 30 min, with the floating plates released, the steering wheel "
        "held straight by the steering wheel level, the tyres at the pressure of the vehicle specification and the "
        "master gauge check passed in the current shift. The stand converts toe angles into millimetres for the "
        "screen with toe (mm) = D x sin(toe angle), where D is the rim diameter in millimetres.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only drivers trained on the stand drive vehicles on and off. Drive on at walking pace, no faster than "
            "5 km/h, with the plates locked.",
            "The rollers start only when the light curtain at the pit steps is clear and the pit operator has "
            "pressed READY.",
            "Do not adjust a tie rod while the rollers turn. The screen shows HOLD while the wheels turn.",
            "Use the vehicle maker's tools for the tie rod lock nuts and tighten them to the vehicle specification.",
            "Lock out the stand at the main switch and close the air valve before working on a roller unit.",
        ],
    ),
    ("page",),
    ("h", "3. Measuring conditions and settings"),
    (
        "cols",
        [
            ("h", "Floor and stand level"),
            (
                "p",
                "The four roller units must be level with one another within 0.5 mm, checked with the Spurwell "
                "levelling bar each 6 months. An error in level shows mainly as a camber error.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "The sensor heads need 30 min after switching on to reach a stable temperature. Results taken "
                "earlier are marked WU on the print and may not be used for release.",
            ),
            ("h", "Run-out compensation"),
            (
                "p",
                "The rollers turn each wheel at 60 rpm for at least two full turns. If the rim run-out is above 1.5 "
                "mm the stand shows W07 and asks for a repeat; a second W07 means a damaged rim or a wheel not "
                "seated.",
            ),
            ("h", "Steering wheel"),
            (
                "p",
                "The steering wheel level is fitted on the steering wheel before the measurement. The front toe is "
                "set with the steering wheel within ±1.0° of straight ahead; outside this the screen locks the "
                "front toe values.",
            ),
            ("h", "Master gauge"),
            (
                "p",
                "At the start of each shift, run the master gauge check (section 6). Each head must read within "
                "±0.03° of the value on the master gauge certificate. Above 0.10° stop the stand and call Spurwell "
                "service.",
            ),
            ("h", "Thrust angle"),
            (
                "p",
                "Front toe is always set relative to the thrust line of the rear axle. The thrust angle is half the "
                "difference of the rear individual toe values; it is shown, but it is set only by the rear toe.",
            ),
            ("h", "Units"),
            (
                "p",
                "Angles are shown in degrees with two decimals; 1° is 60 minutes of arc. The mm display uses the "
                "rim diameter from the vehicle data.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop pressed, in the pit or at the driver's side."],
            ["W02", "Light curtain", "Pit step light curtain interrupted while the rollers turn."],
            ["W03", "Sensor head not ready", "Head has no communication or is in warm-up. Check its cable."],
            ["W04", "Laser dirty", "Head window dirty or blocked: too little light returned. Clean the window."],
            [
                "W05",
                "Vehicle data missing",
                "No target values for the VIN from the line system. Call the line system support.",
            ],
            ["W06", "Plates not released", "Floating plate locks still engaged: air pressure or lock valve."],
            [
                "W07",
                "Run-out too high",
                "Rim run-out above 1.5 mm: repeat once; after a second W07 check the rim and wheel seating.",
            ],
            ["W08", "Roller drive", "Roller motor overload or VFD fault. Check for a trapped object."],
            ["W09", "Wheelbase out of range", "Wheelbase outside 2400-3300 mm or vehicle not centred."],
            [
                "W11",
                "Master check due",
                "No master gauge check passed in this shift. Measurements are blocked until it is run.",
            ],
            [
                "W12",
                "Master check failed",
                "A head off by more than 0.03° from the certificate. Calibrate the heads (section 7).",
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
                "Camber differs from a recheck on the same car by more than 0.05°",
                "Roller units not level, plate not released, tyre pressure wrong",
                "Check the tyre pressures; check the plate locks; check the level with the bar",
            ],
            [
                "Front toe values jump while adjusting",
                "Steering wheel moved, or the steering wheel level loose",
                "Refit the steering wheel level; keep the wheel within ±1.0°",
            ],
            [
                "Car pulls to one side on the test track after release",
                "Thrust angle large, rear toe not adjusted, tyre fault",
                "Check the rear toe values; recheck on the stand before changing anything",
            ],
            [
                "All four heads read off in the same direction",
                "Stand moved or master gauge damaged",
                "Run the master check; if it fails on all heads, call Spurwell service",
            ],
            [
                "One head reads zero or dashes",
                "Window dirty or a head cable fault",
                "Clean the window; check the cable; W03 or W04 shows",
            ],
            [
                "Rollers stop and W08 shows",
                "A stone or a tool in the rollers",
                "Lock out and clear the rollers before restarting",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Master gauge check"),
    (
        "ol",
        [
            "Switch on the stand at least 30 min before the check.",
            "Place the master gauge on the front roller units, centred by the guides, with its certificate number "
            "facing the pit.",
            "Release the floating plates.",
            "Select SERVICE > MASTER CHECK and enter the certificate number.",
            "The heads measure the gauge three times; the screen shows each head's deviation.",
            "Move the gauge to the rear roller units and repeat.",
            "All heads within ±0.03°: the check passes and W11 clears for this shift.",
            "A head above 0.03° but not above 0.10°: calibrate the heads (section 7).",
            "A head above 0.10°: stop the stand, lock it out of production and call Spurwell service.",
        ],
    ),
    ("h", "7. Calibrating the sensor heads"),
    (
        "ol",
        [
            "Clean all head windows with the lint-free cloth and lens cleaner.",
            "Place the master gauge on the front roller units and release the plates.",
            "Select SERVICE > CALIBRATE > FRONT and enter the certificate values.",
            "Rotate the gauge 180° on the guides when the screen asks, and confirm.",
            "Repeat on the rear roller units with SERVICE > CALIBRATE > REAR.",
            "Run the master gauge check (section 6) again. It must pass before production.",
            "Print the calibration report and file it in the stand log.",
        ],
    ),
    ("h", "8. Measuring and adjusting a vehicle"),
    (
        "ol",
        [
            "Check the tyre pressures against the vehicle label before the vehicle enters the stand.",
            "Drive on slowly with the plates locked, stop with the wheels on the rollers and switch off the engine "
            "in neutral.",
            "Fit the steering wheel level and centre the steering wheel.",
            "The stand reads the VIN and loads the target values; W05 shows if none are found.",
            "Press READY. The plates release and the rollers run the wheels for the run-out compensation.",
            "The screen shows rear toe, thrust angle, front toe and camber for each wheel.",
            "Set the rear toe first if the vehicle has adjustable rear toe, then the front toe on each tie rod.",
            "Tighten the tie rod lock nuts to the vehicle specification and check that the values stay in "
            "tolerance.",
            "Press END: the result is sent to the line system and printed. Lock the plates and drive off.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Master gauge check (section 6); clean the head windows"],
            ["Weekly", "Clean the rollers and the plates; check the plate locks"],
            ["Monthly", "Check the roller drive belts for wear and tension; drain the air filter"],
            ["6 months", "Check the level of the roller units with the levelling bar (within 0.5 mm)"],
            ["12 months", "Recertification of the master gauge by Spurwell service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Sensor head, complete", "SPW-SH-40"],
            ["Head window with seal", "SPW-HW-40"],
            ["Roller drive belt", "SPW-DB-12"],
            ["Floating plate bearing set", "SPW-PB-04"],
            ["Plate lock cylinder", "SPW-LC-25"],
            ["Steering wheel level", "SPW-SL-02"],
            ["Master gauge with certificate", "SPW-MG-01"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("permavel-euf-electrocoat-ultrafiltration-unit.pdf", "Permavel PMV-OM-EUF-03 Ed 2 - EUF-40 / EUF-60", PERMAVEL),
        (
            "thermorra-rto-paint-oven-thermal-oxidiser.pdf",
            "Thermorra TRM-OM-RTO-07 Ed 3 - RTO-20 / RTO-35",
            THERMORRA,
        ),
        ("torquenza-nr-nutrunner-fastening-system.pdf", "Torquenza TQZ-OM-NR-04 Ed 1 - NR-60 / NR-150", TORQUENZA),
        ("spurwell-wa-wheel-alignment-stand.pdf", "Spurwell SPW-OM-WA4-02 Ed 2 - WA-4", SPURWELL),
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
