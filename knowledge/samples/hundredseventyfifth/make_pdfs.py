"""Generate the PDF manuals of the hundred-and-seventy-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set175-scratch/venv && /tmp/set175-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set175-scratch/venv/bin/python knowledge/samples/hundredseventyfifth/make_pdfs.py

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


# ---------------------------------------------------------------- Karbolund CD CO2 dosing units
KARBOLUND = [
    ("title", "Karbolund CD Pure CO2 Dosing Units\nInstallation, Operation and Maintenance - CD-150 and CD-300"),
    (
        "p",
        "Document KBL-OM-CD-04, Edition 3, March 2025. Karbolund Dosing Systems. The CD-150 and CD-300 take liquid "
        "CO2 from a bulk storage tank, evaporate it, reduce its pressure and dose the gas into the greenhouse "
        "distribution network at the flow asked for by the climate computer. The CD-150 has an electric evaporator "
        "and the CD-300 a hot-water evaporator fed from the site's heating system; apart from this, the capacity and "
        "the items named in this manual, the two models are built alike. The bulk tank, its filling and its "
        "inspection belong to the gas supplier. The CO2 setpoints, the dosing strategy against open vents and the "
        "greenhouse CO2 sensors are set in the climate computer by the grower and are described in its own manual. "
        "The distribution hoses in the greenhouse are laid by the installer to the installer's drawings.",
    ),
    (
        "warn",
        "WARNING: CO2 is heavier than air, has no smell and can suffocate. The plant room must have the room CO2 "
        "sensor of the unit connected and working. Leave the room at once when the room alarm sounds. Liquid CO2 "
        "causes cold burns: wear a face shield and cold-resistant gloves when working on the liquid side.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CD-150", "CD-300"],
            ["Maximum dosing capacity", "150 kg/h", "300 kg/h"],
            ["Minimum controllable flow (10 % of maximum)", "15 kg/h", "30 kg/h"],
            ["Evaporator", "electric, 14 kW", "hot water, 28 kW"],
            ["Heating water for the evaporator", "-", "50-70 °C, at least 3.0 m³/h"],
            ["Liquid inlet pressure from the bulk tank", "12-22 bar", "12-22 bar"],
            ["Outlet pressure (factory setting)", "1.5 bar", "2.0 bar"],
            ["Outlet pressure, settable range", "0.8-2.5 bar", "1.0-3.0 bar"],
            ["Gas outlet temperature at maximum flow", "at least 5 °C", "at least 5 °C"],
            ["Relief valve, liquid side", "25 bar", "25 bar"],
            ["Relief valve, gas side", "4.0 bar", "4.5 bar"],
            ["Flow meter accuracy, above 20 % of maximum flow", "±2 % of reading", "±2 % of reading"],
            ["Control signal from the climate computer", "4-20 mA = 0-150 kg/h", "4-20 mA = 0-300 kg/h"],
            ["Supply", "400 V 3~ 50 Hz, 25 A", "230 V 1~ 50 Hz, 6 A"],
            ["Outlet connection", "DN 40 flange", "DN 50 flange"],
            ["Mass, empty", "95 kg", "120 kg"],
            ["Dimensions (W x D x H)", "800 x 600 x 1600 mm", "1000 x 650 x 1600 mm"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum dosing capacity holds only with a liquid inlet pressure of at least 14 bar and, on the CD-300, "
        "heating water of at least 60 °C. With heating water of 50-60 °C the CD-300 reaches about 220 kg/h. The "
        "flow the unit should be dosing follows from the control signal: flow (kg/h) = (signal (mA) - 4) / 16 x "
        "maximum dosing capacity (kg/h). Example: 12 mA on a CD-300 gives (12 - 4) / 16 x 300 = 150 kg/h. Below "
        "the minimum controllable flow the unit doses in pulses.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Install the unit in a ventilated plant room at floor level, never in a pit or a basement. The room CO2 "
            "sensor is mounted 300 mm above the floor.",
            "Never close two valves on a liquid line at the same time without a relief valve between them: trapped "
            "liquid CO2 expands as it warms and can burst the pipe.",
            "Before any work on the unit, close the bulk tank outlet valve, let the unit dose the line empty and check "
            "that both pressure gauges read 0 bar.",
            "Only persons trained by Karbolund or the gas supplier may work on the liquid side.",
            "The pressure equipment inspections required by national rules are the responsibility of the site.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Room CO2 alarms"),
            (
                "p",
                "The room sensor raises alarm level 1 (C09) at 5000 ppm: the beacon flashes and the horn sounds, "
                "dosing goes on. At 15 000 ppm (alarm level 2, C10) the main solenoid valve at the inlet closes and "
                "dosing stops until the level has fallen below 5000 ppm and RESET is pressed.",
            ),
            ("h", "Outlet pressure"),
            (
                "p",
                "The outlet pressure must stay within 0.3 bar of its setting. A larger difference for more than 30 s "
                "raises C03. Raise the setting only if the far end of the distribution network gets too little gas, "
                "and never above the range in the technical data.",
            ),
            ("h", "Evaporator"),
            (
                "p",
                "The gas leaving the evaporator must be at least 5 °C at maximum flow. Below 0 °C the unit raises "
                "C04 and limits the flow to 50 % of maximum; below -10 °C it stops dosing. The electric evaporator "
                "of the CD-150 keeps its water bath at 45 °C; its element cut-out trips at 80 °C (C05). On the "
                "CD-300, heating water above 90 °C also raises C05.",
            ),
            ("h", "Flow control"),
            (
                "p",
                "The unit compares the measured flow with the setpoint. A difference of more than 10 % of the "
                "setpoint for 120 s raises C06. The controller gain (P) is set to 0.8 at the factory, settable 0.2-2.0; "
                "the integral time is 20 s.",
            ),
            ("h", "Pulse dosing"),
            (
                "p",
                "Below 10 % of the maximum flow the dosing valve opens at the minimum flow for part of a 60 s cycle. "
                "Example: a setpoint of 10 kg/h on a CD-150 opens the valve for 40 s in each 60 s.",
            ),
            ("h", "Signal loss"),
            (
                "p",
                "A control signal below 3.6 mA counts as lost (C08): the unit stops dosing after 10 s. It does not "
                "dose on its own without the climate computer.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Inlet pressure low", "Below 10 bar: bulk tank nearly empty or its outlet valve closed. Call the gas supplier for a delivery."],
            ["C02", "Inlet pressure high", "Above 24 bar: bulk tank pressure building up. The supplier's tank relief valve should stop the rise."],
            ["C03", "Outlet pressure out of range", "More than 0.3 bar from the setting for 30 s. Check the pressure reducer and the filter."],
            ["C04", "Gas outlet temperature low", "Below 0 °C. Evaporator overloaded, heating water too cold (CD-300) or heater element failed (CD-150)."],
            ["C05", "Evaporator overheating", "Element cut-out at 80 °C (CD-150) or heating water above 90 °C (CD-300)."],
            ["C06", "Flow deviation", "Measured flow differs from the setpoint by more than 10 % for 120 s."],
            ["C08", "Control signal lost", "Below 3.6 mA. Check the cable from the climate computer."],
            ["C09", "Room CO2 level 1", "5000 ppm in the plant room. Ventilate and look for the leak with a handheld detector."],
            ["C10", "Room CO2 level 2", "15 000 ppm. Main valve closed. Leave the room; re-enter only with the door open and the level below 5000 ppm."],
            ["C11", "Filter blocked", "Differential pressure across the inlet filter above 0.5 bar. Clean or replace the element (section 7)."],
            ["C12", "Service due", "4000 h of dosing or 12 months, whichever comes first. Dosing goes on."],
        ],
        (14, 40, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Thick ice on the evaporator outlet and the first metres of hose",
                "Flow above what the evaporator can heat, heating water too cold or too little of it (CD-300), heater "
                "element or its contactor failed (CD-150)",
                "Check the heating water temperature and flow or the element current; reduce the maximum flow until "
                "it is repaired",
            ],
            [
                "Greenhouse CO2 stays low although the unit doses at full flow",
                "Vents open, leaks in the distribution hoses, or the greenhouse sensor of the climate computer",
                "Check the vent position and walk the distribution hoses; the greenhouse sensor is checked to the "
                "climate computer's manual",
            ],
            [
                "Flow swings up and down around the setpoint",
                "Controller gain too high or outlet pressure unstable",
                "Lower the gain in steps of 0.2; check the outlet pressure gauge",
            ],
            [
                "Relief valve on the liquid side hisses",
                "Liquid trapped between closed valves and warming, or the inlet pressure above 24 bar",
                "Open the valve downstream slowly; if the tank pressure is high, call the gas supplier",
            ],
            [
                "Unit doses while the climate computer asks for nothing",
                "Signal above 4 mA at zero demand, or the dosing valve leaking",
                "Measure the signal at terminal X2; replace the dosing valve seat if the flow stays above 2 kg/h",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting up after a standstill or a tank change"),
    (
        "ol",
        [
            "Check that the room CO2 sensor shows below 1000 ppm and that no fault is active.",
            "Check that the distribution network valves in the greenhouse are open.",
            "CD-300: open the heating water valves and check at least 60 °C at the inlet. CD-150: switch on the "
            "heater and wait until the bath reaches 45 °C (about 40 min from cold).",
            "Open the bulk tank outlet valve slowly, over about 10 s, and check the inlet gauge: 12-22 bar.",
            "Open the unit's inlet ball valve slowly.",
            "Set the unit to MANUAL and dose 20 % of the maximum flow for 5 min: 30 kg/h (CD-150) or 60 kg/h (CD-300).",
            "Check the outlet pressure (within 0.3 bar of the setting) and the gas outlet temperature (above 5 °C).",
            "Check all joints of the unit with leak detection spray.",
            "Set the unit to AUTO; it now follows the climate computer.",
        ],
    ),
    ("h", "7. Cleaning the inlet filter"),
    (
        "ol",
        [
            "Stop dosing at the climate computer and set the unit to OFF.",
            "Close the bulk tank outlet valve and the unit's inlet ball valve.",
            "Set MANUAL and let the unit dose the line empty until the inlet gauge reads 0 bar, then set OFF.",
            "Open the vent screw on the filter housing slowly, wearing the face shield.",
            "Unscrew the bowl and remove the sintered element (KBL-F-20, 25 µm).",
            "Clean the element in isopropyl alcohol and blow it dry with oil-free air from the inside out, or fit a "
            "new one. Replace a torn or deformed element.",
            "Fit a new O-ring on the bowl and tighten the bowl hand-tight plus a quarter turn.",
            "Close the vent screw and start up as in section 6, from step 4.",
        ],
    ),
    ("h", "8. Testing the room CO2 alarm"),
    (
        "ol",
        [
            "Tell the growers and the boiler house that the alarm will sound.",
            "Set the unit to TEST ALARM on the display; dosing continues.",
            "Fit the calibration cap on the room sensor and apply the 1 % test gas (10 000 ppm) at 0.5 L/min.",
            "After no more than 60 s the display must read 9000-11 000 ppm and alarm level 1 must be active.",
            "Remove the test gas; the reading must fall below 5000 ppm within 3 min.",
            "If the reading is outside 9000-11 000 ppm, the sensor must be recalibrated: call Karbolund service.",
            "Press RESET and set the unit back to AUTO. Write the result in the log book.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the inlet pressure and the dosed quantity; look for ice and for faults in the log"],
            ["Weekly", "Check the hoses and joints of the unit with leak detection spray"],
            ["Every 3 months, or at C11", "Clean the inlet filter (section 7)"],
            ["Every 6 months", "Test the room CO2 alarm (section 8)"],
            ["Every 4000 h of dosing or 12 months, whichever comes first", "Karbolund service: flow meter check, dosing valve seat, room sensor calibration"],
            ["Every 5 years", "Replace both relief valves"],
            ["As the supplier sets", "Bulk tank inspection by the gas supplier"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CD-150", "CD-300"],
            ["Inlet filter element, 25 µm", "KBL-F-20", "KBL-F-20"],
            ["O-ring set, filter bowl", "KBL-OR-20", "KBL-OR-20"],
            ["Relief valve, liquid side 25 bar", "KBL-RV-25", "KBL-RV-25"],
            ["Relief valve, gas side", "KBL-RV-40 (4.0 bar)", "KBL-RV-45 (4.5 bar)"],
            ["Dosing valve complete", "KBL-DV-15", "KBL-DV-30"],
            ["Dosing valve seat kit", "KBL-DS-15", "KBL-DS-30"],
            ["Heater element 14 kW", "KBL-HE-14", "-"],
            ["Room CO2 sensor, 0-3 %", "KBL-RS-3", "KBL-RS-3"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Nutrivaart NM fertigation mixing units
NUTRIVAART = [
    ("title", "Nutrivaart NM Fertigation Mixing Units\nOperation and Maintenance Manual - NM-10 and NM-25"),
    (
        "p",
        "Document NVT-OM-NM-11, Edition 2, January 2025. Nutrivaart Fertigation. The NM-10 and NM-25 mix irrigation "
        "water with concentrated nutrient stock solutions (A and B) and acid, control the EC and the pH of the mix "
        "and pump it into the drip irrigation network of the greenhouse. Water is taken from a day tank (rain water, "
        "well water and disinfected drain water mixed as the grower sets). The dosing channels are venturi "
        "injectors with a flow meter and a proportional valve each. The two models differ in flow, pump, mixing tank "
        "and the items named here. The nutrient recipe, the stock solution concentrations and the irrigation "
        "schedule are the grower's; the drain water disinfection unit, the day tank and the valves in the "
        "greenhouse have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Nitric and phosphoric acid cause severe burns. Wear goggles, an acid-proof apron and gloves when "
        "working on the acid channel or the stock tanks. Never pour A stock into B stock or the other way round: "
        "calcium in A and sulphate and phosphate in B form deposits that block lines and injectors.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NM-10", "NM-25"],
            ["Nominal flow", "10 m³/h", "25 m³/h"],
            ["Outlet pressure at nominal flow", "3.5 bar", "4.0 bar"],
            ["Main pump motor", "3.0 kW", "7.5 kW"],
            ["Dosing channels (standard + optional)", "3 + 1", "4 + 2"],
            ["Capacity per dosing channel", "10-300 L/h", "20-600 L/h"],
            ["Motive pressure difference for the venturis", "at least 1.5 bar", "at least 1.8 bar"],
            ["Mixing tank", "120 L", "250 L"],
            ["EC measuring range", "0.0-10.0 mS/cm", "0.0-10.0 mS/cm"],
            ["pH measuring range", "2.0-10.0", "2.0-10.0"],
            ["EC and pH sensors", "2 EC, 2 pH (duplicated)", "2 EC, 2 pH (duplicated)"],
            ["Water temperature", "5-35 °C", "5-35 °C"],
            ["Inlet filter", "130 µm disc filter, 2 in", "130 µm disc filter, 3 in"],
            ["Supply 400 V 3~ 50 Hz", "16 A", "25 A"],
            ["Mass, empty", "310 kg", "480 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The channel capacities hold with stock solution of a density up to 1.4 kg/L at 20 °C and with the motive "
        "pressure difference above. The rate a channel must dose is dosing rate (L/h) = water flow (m³/h) x 1000 / "
        "dilution ratio. Example: stock made up for 1:100, water flow 10 m³/h, gives 10 x 1000 / 100 = 100 L/h for "
        "the A channel and 100 L/h for the B channel. If the rate needed is above the channel capacity, lower the "
        "water flow or make up stronger stock; the recipe is the grower's.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Switch the unit to OFF and close the stock tank valves before opening any dosing line.",
            "Keep the acid channel last in the mixing tank, downstream of the A and B injectors.",
            "Keep an eye-wash bottle and a water hose within 10 m of the unit.",
            "The unit must not be connected to the drinking water mains without a break tank or a type BA backflow "
            "preventer, as the water authority requires.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "EC control"),
            (
                "p",
                "The mix EC is the average of the two EC sensors, compensated to 25 °C (2.0 % per °C). If the two "
                "sensors differ by more than 0.2 mS/cm the unit raises F06 and goes on with the lower reading. An "
                "EC more than 0.3 mS/cm from the setpoint for 60 s gives F04 (warning); more than 0.5 mS/cm for 60 s "
                "stops irrigation (F05).",
            ),
            ("h", "pH control"),
            (
                "p",
                "pH is lowered with acid only; the unit cannot raise the pH. A pH more than 0.5 from the setpoint "
                "for 60 s gives F07. A mix below pH 4.0 stops irrigation at once, whatever the setpoint (F08).",
            ),
            ("h", "Water sources"),
            (
                "p",
                "Drain water may make up no more than 50 % of the day tank water unless it has passed the "
                "disinfection unit; the share is set by the grower. Water above 35 °C must not enter the unit: the "
                "sensors and the PVC lines are rated for 35 °C at the working pressure.",
            ),
            ("h", "Pump protection"),
            (
                "p",
                "The pump stops when the mixing tank level falls below 20 % (F02). Dry running for more than 30 s "
                "damages the mechanical seal. The pump must not run against closed valves for more than 2 min; the "
                "minimum flow is 2 m³/h (NM-10) or 5 m³/h (NM-25).",
            ),
            ("h", "Sensor calibration"),
            (
                "p",
                "EC: two points, 1.413 mS/cm and 12.88 mS/cm buffer at 25 °C. pH: two points, pH 7.00 and pH "
                "4.00. Replace a pH electrode whose slope is below 90 % or whose offset is more than 30 mV, or after "
                "12 months, whichever comes first.",
            ),
            ("h", "Start of irrigation"),
            (
                "p",
                "After a stop of more than 1 h the unit circulates the mix in the tank for 90 s before it opens the "
                "first valve, so that EC and pH are settled. This pre-mix time is settable 30-300 s.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Inlet pressure low", "Below 0.3 bar at the inlet: day tank empty, inlet valve closed or the disc filter blocked."],
            ["F02", "Mixing tank level low", "Below 20 %. Pump stopped. Check the inlet float valve."],
            ["F03", "Outlet pressure low", "More than 0.8 bar below the setting: pipe burst, too many valves open or the pump worn."],
            ["F04", "EC deviation", "More than 0.3 mS/cm from the setpoint for 60 s. Warning only."],
            ["F05", "EC alarm", "More than 0.5 mS/cm from the setpoint for 60 s. Irrigation stopped."],
            ["F06", "EC sensors differ", "The two EC sensors differ by more than 0.2 mS/cm. Clean and calibrate both."],
            ["F07", "pH deviation", "More than 0.5 from the setpoint for 60 s."],
            ["F08", "pH too low", "Mix below pH 4.0. Irrigation stopped; check the acid valve for a leak."],
            ["F10", "Channel flow low", "A dosing channel delivered less than 80 % of its setpoint for 120 s."],
            ["F11", "Stock tank empty", "Level switch in a stock tank open."],
            ["F12", "Pump motor overload", "Motor protection switch tripped."],
            ["F13", "Calibration due", "30 days since the last EC or pH calibration."],
        ],
        (14, 40, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "A dosing channel draws nothing or its float sticks at the bottom",
                "Channel filter blocked, air in the suction line, venturi clogged with deposits, or motive pressure "
                "too low",
                "Clean the channel (section 8); check the motive pressure difference",
            ],
            [
                "EC slowly falling during the day with the same setpoint",
                "Stock tank nearly empty, or the stock made up weaker than the dilution ratio entered",
                "Check the stock levels and the ratio entered in SETTINGS > CHANNELS",
            ],
            [
                "pH keeps creeping up and the acid channel is at its maximum",
                "Acid stock used up or diluted, or more well water (high bicarbonate) in the day tank",
                "Check the acid stock; the water mix is set by the grower",
            ],
            [
                "White or grey crust in the mixing tank and on the EC sensors",
                "A and B stock brought together in strong form, or the pH above 6.5 for long periods",
                "Clean the tank and sensors with 5 % nitric acid; check the stock lines",
            ],
            [
                "Pump rattles and the outlet pressure drops",
                "Cavitation: tank level low, inlet filter blocked or water above 35 °C",
                "Clean the disc filter and check the tank level and the water temperature",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Calibrating the EC sensors"),
    (
        "ol",
        [
            "Stop irrigation and set the unit to SERVICE.",
            "Close the sensor block valves and open the drain cock of the sensor block.",
            "Remove the first EC sensor, rinse it with clean water and dry it with a soft tissue.",
            "Put the sensor into the 1.413 mS/cm buffer at 20-25 °C and wait until the reading is steady (about 30 s).",
            "Select CALIBRATE > EC1 > POINT 1 and confirm.",
            "Rinse the sensor, put it into the 12.88 mS/cm buffer and confirm POINT 2.",
            "The unit shows the cell constant. Accept a value within ±10 % of the value on the sensor label; outside "
            "this, clean the sensor with 5 % nitric acid and repeat, or replace it.",
            "Refit the sensor and repeat steps 3 to 7 for the second EC sensor.",
            "Close the drain cock, open the sensor block valves and set the unit to AUTO.",
        ],
    ),
    ("h", "7. Calibrating the pH sensors"),
    (
        "ol",
        [
            "Stop irrigation, set SERVICE and empty the sensor block as for the EC sensors.",
            "Rinse the first pH electrode with clean water; never wipe the glass bulb, dab it.",
            "Put it into the pH 7.00 buffer, wait for a steady reading and confirm CALIBRATE > PH1 > POINT 1.",
            "Rinse it, put it into the pH 4.00 buffer and confirm POINT 2.",
            "Read the slope and the offset: replace the electrode if the slope is below 90 % or the offset is more "
            "than 30 mV.",
            "Repeat for the second pH electrode, refill the block and set AUTO.",
            "Never store an electrode dry; keep spare electrodes in 3 mol/L KCl.",
        ],
    ),
    ("h", "8. Cleaning a dosing channel"),
    (
        "ol",
        [
            "Set the unit to SERVICE and close the stock tank valve of the channel.",
            "Put the channel suction hose into a bucket of clean water and run the channel on MANUAL at 50 % for 2 min "
            "to flush it.",
            "Stop, close the channel ball valve and unscrew the channel filter bowl; rinse the 300 µm screen.",
            "Remove the venturi (two unions) and soak it in 5 % nitric acid for 30 min if it shows deposits; never "
            "use a wire or a drill in the throat.",
            "Refit the venturi with new O-rings and the filter bowl.",
            "Put the suction hose back into the stock tank, open the valves and run the channel on MANUAL until the "
            "flow meter float is steady with no air bubbles.",
            "Set AUTO and watch the channel flow for one irrigation start.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Compare the EC and pH readings with a handheld meter at the dripper; check the stock levels"],
            ["Weekly", "Clean the disc filter; check the dosing channels for air and deposits"],
            ["Every 30 days (F13)", "Calibrate the EC and pH sensors (sections 6 and 7)"],
            ["Every 12 months, or at a slope below 90 %, whichever comes first", "Replace the pH electrodes"],
            ["Every 3 months", "Clean the dosing channels (section 8) and the mixing tank"],
            ["Every 20 000 h", "Replace the pump mechanical seal (Nutrivaart service)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "NM-10", "NM-25"],
            ["EC sensor with cable", "NVT-EC-2", "NVT-EC-2"],
            ["pH electrode", "NVT-PH-1", "NVT-PH-1"],
            ["Venturi injector", "NVT-VI-10", "NVT-VI-25"],
            ["Channel flow meter", "NVT-FM-300 (10-300 L/h)", "NVT-FM-600 (20-600 L/h)"],
            ["Channel filter screen 300 µm", "NVT-CS-300", "NVT-CS-300"],
            ["Disc filter element 130 µm", "NVT-DF-2", "NVT-DF-3"],
            ["Pump mechanical seal kit", "NVT-MS-30", "NVT-MS-75"],
            ["Calibration set (EC and pH buffers)", "NVT-CAL-1", "NVT-CAL-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Schermholt SD energy screen drives
SCHERMHOLT = [
    ("title", "Schermholt SD Energy Screen Drives\nInstallation and Service Manual - SD-400 and SD-600"),
    (
        "p",
        "Document SHS-IM-SD-07, Edition 5, October 2024. Schermholt Screen Systems. The SD-400 and SD-600 are gear "
        "motor drives for horizontal energy and shade screens in glasshouses with trellis girders. The drive sits in "
        "the middle of a drive line; a drive shaft runs to both sides along the girder and carries one pinion at "
        "each push-pull tube. The pinion moves a toothed rack fixed to the push-pull tube, which pulls the screen "
        "cloth open or closed over its support wires. The SD-600 has the stronger gear motor and the longer drive "
        "shaft; the rest is built alike. The screen cloth, its support wires and its cleaning are covered by the "
        "cloth maker's instructions. The screen positions and gaps are set in the climate computer.",
    ),
    (
        "warn",
        "WARNING: A moving drive shaft catches clothing and hair. Switch the drive to LOCAL - OFF and lock the "
        "isolator before working on a drive line. Never stand on the girder or a push-pull tube while the screen "
        "can move.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SD-400", "SD-600"],
            ["Rated output torque", "400 Nm", "600 Nm"],
            ["Output speed", "2.5 rpm", "2.0 rpm"],
            ["Motor 400 V 3~ 50 Hz, with brake", "0.55 kW, 1.6 A", "0.75 kW, 2.0 A"],
            ["Duty", "S3 40 %", "S3 40 %"],
            ["Pinion", "16 teeth, module 4, pitch diameter 64 mm", "16 teeth, module 4, pitch diameter 64 mm"],
            ["Screen travel speed", "about 0.50 m/min", "about 0.40 m/min"],
            ["Maximum stroke", "5.0 m", "5.0 m"],
            ["Maximum screened area per drive", "6000 m²", "9000 m²"],
            ["Maximum drive shaft length on each side of the drive", "50 m", "70 m"],
            ["Drive shaft tube", "Ø 42.4 x 2.6 mm", "Ø 48.3 x 3.2 mm"],
            ["Gearbox oil CLP PG 220 (synthetic)", "0.9 L", "1.4 L"],
            ["Hand crank, turns per 100 mm of screen travel", "32", "40"],
            ["Protection", "IP55", "IP55"],
            ["Ambient temperature", "-10 to +50 °C", "-10 to +50 °C"],
            ["Mass", "42 kg", "58 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum screened area holds for screen cloth of up to 80 g/m² on support wires tensioned to the "
        "wire maker's values, with all push-pull tubes in line. Heavier blackout cloth reduces it: ask Schermholt "
        "for the figure. The time for a full stroke follows from the travel speed: full travel time (s) = stroke "
        "(mm) / travel speed (mm/min) x 60. Example: a 4000 mm stroke on an SD-400 (503 mm/min) takes 4000 / 503 x "
        "60 = 477 s.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The drive starts without warning when the climate computer asks for a screen movement.",
            "Work on the drive line only from a pipe rail trolley or a mobile platform, never from a ladder leaning "
            "on the girder.",
            "Before turning the hand crank, switch off and lock the isolator: the crank socket switch stops the "
            "motor, but it is not an isolator.",
            "Only an electrician may open the motor terminal box or the limit switch box.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Screen gaps"),
            (
                "p",
                "The climate computer opens a gap in the closed screen by running the drive for a set time from the "
                "closed limit: position (%) = run time from fully closed (s) / full travel time (s) x 100. Example: "
                "a 3 % gap on a full travel time of 477 s is 14 s of running. Enter the full travel time measured "
                "on the drive line (section 7), not the one calculated.",
            ),
            ("h", "Reference run"),
            (
                "p",
                "Because the position is counted by time, small errors add up. The screen must reach one of its "
                "operating limits at least once every 24 h; without this, gaps drift by up to 1 % of the stroke a "
                "day.",
            ),
            ("h", "Starts and short runs"),
            (
                "p",
                "No more than 20 starts per hour and no runs shorter than 3 s. Shorter runs do not move the screen "
                "because of the backlash of the drive line, but they wear the brake.",
            ),
            ("h", "Rack and pinion"),
            (
                "p",
                "The rack must engage at least two thirds of the 20 mm tooth width of the pinion. Backlash between "
                "rack and pinion 0.2-0.5 mm. The pinion set screws are tightened to 12 Nm.",
            ),
            ("h", "Running current"),
            (
                "p",
                "Measured over a full stroke, the motor current must not exceed 85 % of the rated current: 1.36 A "
                "(SD-400) or 1.70 A (SD-600). A higher current means a stiff drive line, a badly aligned tube or too "
                "much screen on the drive.",
            ),
            ("h", "Cold and wet conditions"),
            (
                "p",
                "A screen frozen to its wires or heavy with condensate can overload the drive. Below -5 °C in the "
                "greenhouse, do not open a screen that has been closed all night until it has thawed. Opening the "
                "screen against snow on the roof is set in the climate computer, not in the drive.",
            ),
        ],
    ),
    ("h", "4. Fault codes (drive control box)"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Motor overload", "Motor protection switch tripped. Find the stiff spot before resetting; do not reset more than twice."],
            ["S02", "Safety limit OPEN", "Screen ran past the operating limit OPEN. Check the cam and the operating switch."],
            ["S03", "Safety limit CLOSED", "As S02, closed side."],
            ["S04", "Running time exceeded", "A full stroke took more than 120 % of the learned full travel time."],
            ["S05", "Phase failure", "A phase missing or the sequence wrong at the control box."],
            ["S06", "Limit switches both active", "Both operating limits closed at once: switch or wiring fault."],
            ["S07", "Motor overtemperature", "Thermal contact in the winding opened (130 °C). Let it cool; check the starts per hour."],
            ["S09", "Local control", "Selector at LOCAL. The climate computer cannot move the screen."],
            ["S10", "Emergency stop", "An emergency stop on the drive line pressed."],
            ["S11", "Direction error", "The cams move the wrong way for the command: two phases swapped after work on the supply."],
        ],
        (14, 40, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Screen closes unevenly, one end of the bay lags behind",
                "A pinion slipping on the drive shaft, a shaft coupling loose, or a rack that has jumped a tooth",
                "Check the pinion set screws (12 Nm) and the couplings; realign the push-pull tubes (section 9)",
            ],
            [
                "Screen cloth torn along one push-pull tube",
                "Tube out of line with its neighbours by more than 20 mm",
                "Realign the tubes; the cloth is repaired to the cloth maker's instructions",
            ],
            [
                "Drive trips on cold mornings",
                "Screen frozen to the wires or heavy with condensate",
                "Wait until the screen has thawed; check the running current",
            ],
            [
                "Gaps not the same size from one day to the next",
                "No reference run, or a wrong full travel time entered",
                "Make the climate computer run to a limit every 24 h; measure the travel time again",
            ],
            [
                "Knock once per pinion turn",
                "A damaged tooth on the pinion or the rack",
                "Replace the pinion and rack as a pair (section 9)",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Setting the limit switches"),
    (
        "ol",
        [
            "Switch the selector to LOCAL and run the screen to about 200 mm before fully open.",
            "Switch off and lock the isolator. Open the limit switch box on the drive.",
            "Move the screen to the wanted open position with the hand crank.",
            "Turn cam 1 (OPEN) until the switch just clicks, and tighten its screw.",
            "Set cam 3 (safety OPEN) 10° further on in the same direction.",
            "Remove the crank, unlock the isolator and run the screen in LOCAL to about 200 mm before fully closed.",
            "Repeat steps 2 to 5 for the closed position with cam 2 (CLOSED) and cam 4 (safety CLOSED). The screen "
            "is closed when the cloth overlaps the gutter or the next screen by 100-150 mm.",
            "Run one full stroke each way in LOCAL and check that the drive stops on cams 1 and 2.",
            "Switch back to REMOTE and measure the full travel time (section 7).",
        ],
    ),
    ("h", "7. Measuring the full travel time"),
    (
        "ol",
        [
            "Run the screen fully closed in REMOTE or LOCAL.",
            "Select SETUP > LEARN on the control box and start an opening run.",
            "The box stops the clock when cam 1 switches and shows the time in seconds.",
            "Run the screen closed again; the box measures the closing time.",
            "The two times should agree within 3 %. A larger difference means a slipping or stiff drive line.",
            "Enter the mean of the two times as the full travel time in the climate computer.",
        ],
    ),
    ("h", "8. Moving the screen by hand"),
    (
        "ol",
        [
            "Switch off and lock the isolator.",
            "Remove the rubber cap from the crank socket on the motor end; the socket switch opens.",
            "Fit the crank and release the motor brake with the brake lever (hold it up while turning).",
            "Turn: 32 turns (SD-400) or 40 turns (SD-600) move the screen 100 mm.",
            "Never crank past the safety limits; the crank has no end stop.",
            "Let go of the brake lever, remove the crank and refit the cap before switching on again.",
        ],
    ),
    ("h", "9. Replacing a pinion and rack"),
    (
        "ol",
        [
            "Run the screen fully open, switch off and lock the isolator.",
            "Support the push-pull tube with two tube hooks so that it cannot drop when the rack is free.",
            "Loosen the two set screws and slide the pinion along the shaft away from the rack.",
            "Unbolt the rack (two M8 clamps) from the push-pull tube.",
            "Fit the new rack on the tube with its end 20 mm from the same mark as the racks on the neighbouring "
            "tubes, so that all tubes stay in line within 20 mm.",
            "Slide the new pinion into mesh, check the backlash of 0.2-0.5 mm and tighten the set screws to 12 Nm.",
            "Remove the hooks, unlock the isolator and run one full stroke in LOCAL, watching the tube.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Walk the drive line: racks in mesh, tubes in line, no torn cloth"],
            ["Every 6 months", "Check the pinion set screws (12 Nm) and the shaft couplings"],
            ["Every 12 months", "Measure the running current over a full stroke; check the brake air gap 0.3-0.6 mm"],
            ["Every 20 000 h of running or 8 years, whichever comes first", "Change the gearbox oil (0.9 L or 1.4 L CLP PG 220)"],
            ["When worn", "Replace pinions and racks in pairs"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SD-400", "SD-600"],
            ["Gear motor complete", "SHS-GM-400", "SHS-GM-600"],
            ["Pinion 16 teeth, bore to suit the shaft", "SHS-PN-42", "SHS-PN-48"],
            ["Rack module 4, 5.5 m", "SHS-RK-55", "SHS-RK-55"],
            ["Shaft coupling", "SHS-CP-42", "SHS-CP-48"],
            ["Limit switch box, 4 cams", "SHS-LS-4", "SHS-LS-4"],
            ["Hand crank", "SHS-HC-1", "SHS-HC-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Sortavel OG-8 optical tomato grader
SORTAVEL = [
    ("title", "Sortavel OG-8 Optical Tomato Grader\nOperator and Maintenance Manual"),
    (
        "p",
        "Document SRT-OM-OG8-02, Edition 2, June 2025. Sortavel Grading. The OG-8 grades loose round and beef "
        "tomatoes on eight lanes of tipping cups. Each fruit is singulated into a cup, weighed by the load cell "
        "under its lane and seen by a colour camera that measures its diameter and colour and looks for blemishes. "
        "The cup then tips the fruit onto a padded cross belt at the outlet of its class. The OG-8 has 20 outlets. "
        "The crate tipper at the infeed, the packing tables and the box conveyors after the outlets have their own "
        "manuals. Grade limits are loaded as a grading plan made by the packhouse from its customers' "
        "specifications; this manual explains how to load one, not which limits to use.",
    ),
    (
        "warn",
        "WARNING: The cup chain and the cross belts start from the control desk without warning at the outlets. "
        "Never reach into the cup lanes while the chain runs. Clear a jam only with the chain stopped and the "
        "lane's isolator locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OG-8"],
            ["Lanes", "8"],
            ["Cup rate per lane", "up to 10 cups/s"],
            ["Fruit", "round and beef tomatoes, 45-120 mm diameter, 40-450 g"],
            ["Outlets", "20, padded cross belts"],
            ["Weighing accuracy, fruit up to 250 g", "±1 g at up to 8 cups/s, ±2 g at 9-10 cups/s"],
            ["Diameter accuracy (camera)", "±1 mm"],
            ["Colour classes", "1-12, to the Sortavel colour card SRT-CC-12"],
            ["Length x width", "22.4 x 3.6 m"],
            ["Supply", "400 V 3~ 50 Hz, 32 A"],
            ["Compressed air (outlet flaps)", "6 bar, 80 NL/min, dry and oil-free"],
            ["Hall temperature", "8-30 °C, no condensation on the fruit"],
            ["Noise at the operator desk", "below 72 dB(A)"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Capacity depends on the fruit: capacity (t/h) = lanes x cup rate (cups/s) x fill rate x mean fruit weight "
        "(kg) x 3.6. Example: 8 lanes x 10 cups/s x 0.8 fill rate x 0.085 kg x 3.6 = 19.6 t/h. A fill rate of 0.8 "
        "(80 % of the cups filled) is normal with an even supply from the crate tipper. Beef tomatoes above 250 g "
        "may run at no more than 7 cups/s. Cherry, cocktail and plum tomatoes under 45 mm need the small-fruit cup "
        "set, which has its own supplement; no figures for them are given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Emergency stop buttons are at the control desk, at the infeed and at every fourth outlet.",
            "Do not step onto the grader frame; use the walkway over lanes 4 and 5.",
            "Keep guards closed: the cup chain return under the lanes is a pinching point.",
            "Wash-down with a water hose is allowed only on the cross belts and the frame, never on the camera "
            "cabinet or the load cells.",
        ],
    ),
    ("h", "3. Grading settings and limits"),
    (
        "cols",
        [
            ("h", "Grading plan"),
            (
                "p",
                "A grading plan holds up to 20 classes, each defined by weight or diameter, colour class and "
                "blemish level, and assigned to an outlet. Plans are made by the packhouse and loaded with a USB "
                "stick under PLANS > IMPORT. Only the supervisor password can change a plan on the desk.",
            ),
            ("h", "Automatic zero"),
            (
                "p",
                "The load cells are zeroed on empty cups every 200 cups. If a zero differs from the last "
                "calibration by more than 3 g, the lane shows G05 and its fruit goes to the recirculation outlet "
                "until the lane is calibrated (section 7).",
            ),
            ("h", "White reference"),
            (
                "p",
                "At every start the camera checks the white reference tile. If any colour channel differs by more "
                "than 5 % from the value stored at installation, the desk shows G08 and grading by colour stops; "
                "grading by weight goes on.",
            ),
            ("h", "Singulator"),
            (
                "p",
                "The singulator rollers run 5-10 % faster than the cup chain so that fruit drops one by one. Too "
                "fast throws fruit over the cups; too slow gives double fruit in a cup.",
            ),
            ("h", "Drop heights"),
            (
                "p",
                "Fruit must nowhere fall more than 30 mm onto a hard surface. The cross belt pads must be at least "
                "8 mm thick; replace them when they are worn to 5 mm.",
            ),
            ("h", "Cold fruit"),
            (
                "p",
                "Fruit from a cold store must be at least 2 °C warmer than the dew point of the hall before it is "
                "graded. Wet fruit is seen as blemished by the camera and sticks in the cups.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "Release it, close the guards and press RESET."],
            ["G02", "Cup chain overload", "Drive current above its limit: a cup jammed at the tipping rail or a broken cup pin."],
            ["G03", "Camera not answering", "Network cable or camera power. Grading by weight goes on if the plan allows it."],
            ["G04", "Lighting low", "LED panels in the camera cabinet below 80 % of their brightness at installation."],
            ["G05", "Zero drift", "A lane zero more than 3 g from its calibration. Clean under the lane and calibrate it."],
            ["G06", "Outlet full", "The outlet photocell blocked for more than 5 s: packing table full or box conveyor stopped."],
            ["G07", "Tip solenoid", "Open circuit on a tipping solenoid. The lane number and outlet are shown."],
            ["G08", "White reference", "A colour channel more than 5 % off. Clean the lens and the tile (section 8)."],
            ["G09", "Chain elongation", "Encoder count per revolution more than 0.5 % above the value at installation."],
            ["G11", "Cross belt motor", "A cross belt motor protection tripped."],
            ["G12", "Service due", "4000 h or 12 months since the last Sortavel service."],
        ],
        (14, 40, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fruit bruised or split at some outlets",
                "Cross belt pads worn thin, tip delay wrong so that fruit hits the edge, or a drop of more than 30 mm",
                "Check the pad thickness (at least 8 mm new, replace at 5 mm) and the tip delay of the outlet",
            ],
            [
                "Boxes come out heavier than the plan says",
                "Load cell zero drifted or a lane out of calibration",
                "Calibrate the lanes (section 7); check the count of G05 messages",
            ],
            [
                "Green fruit in a red colour class",
                "Dirty lens or tile, a dim LED panel, or colour limits of the plan",
                "Clean the camera cabinet (section 8); the limits are the packhouse's",
            ],
            [
                "Two fruits in one cup",
                "Singulator too slow or the feed belt overfilled",
                "Set the singulator 5-10 % faster than the chain; reduce the crate tipper speed",
            ],
            [
                "Cups do not tip at one outlet",
                "Tipping solenoid or its plug (G07), or the tipping rail worn",
                "Check the solenoid plug; replace the solenoid",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Check that the guards are closed, the walkway is clear and no tools lie on the lanes.",
            "Switch on the main switch and the compressed air; check 6 bar at the regulator.",
            "Start the desk and log in. Select the grading plan for the batch.",
            "Start the cup chain empty and let it run for at least 3 min: the camera checks the white reference and "
            "the lanes zero themselves.",
            "Check that no G05 or G08 message is shown.",
            "Put the check weight of 250 g in a cup of each lane in turn (PLANS > TEST): every lane must show "
            "249-251 g. A lane outside this range must be calibrated before use.",
            "Start the cross belts, the packing tables and the box conveyors, then the crate tipper.",
        ],
    ),
    ("h", "7. Calibrating the weighing of a lane"),
    (
        "ol",
        [
            "Stop the feed and let the cups run empty.",
            "Stop the cup chain and lock the isolator of the lane. Clean the load cell area of the lane of juice and "
            "leaves with a damp cloth, never with a hose.",
            "Unlock, start the chain empty and select SERVICE > WEIGHING > LANE n > ZERO. Wait for 200 cups.",
            "Select SPAN and put the 100 g test weight into the marked cup (number 1 of the lane); let it pass five "
            "times.",
            "Replace it with the 250 g test weight and let it pass five times.",
            "Accept the calibration if the five readings of each weight lie within ±1 g. Otherwise check the cup "
            "and the load cell for rubbing and repeat.",
            "Remove the test weight and save. Test weights are class M1 and must be verified every 2 years.",
        ],
    ),
    ("h", "8. Cleaning the camera cabinet"),
    (
        "ol",
        [
            "Stop the cup chain and switch off the camera lighting at the desk (SERVICE > LIGHT OFF).",
            "Open the camera cabinet doors; do not touch the LED panels, they can be hot.",
            "Wipe the lens window with the lens cloth and isopropyl alcohol; never use a cleaner with ammonia.",
            "Wipe the white reference tile with a damp lint-free cloth and dry it.",
            "Remove leaves and juice from the cabinet floor.",
            "Close the doors, switch the lighting on and run SERVICE > CAMERA > WHITE CHECK.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check weight test on each lane (section 6); clean the cups and cross belts"],
            ["Weekly", "Clean the camera cabinet (section 8); check the pad thickness at the outlets"],
            ["Monthly, or at G05", "Calibrate the weighing of each lane (section 7)"],
            ["Every 2000 h", "Lubricate the cup chain with food-grade chain oil H1"],
            ["At G09, or when 2 % longer than new, whichever comes first", "Replace the cup chain (Sortavel service)"],
            ["Every 4000 h or 12 months", "Sortavel service: camera, lighting and load cell check"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Tipping cup, round and beef tomato", "SRT-CUP-T8"],
            ["Cup pin with clip", "SRT-CP-2"],
            ["Tipping solenoid 24 V DC", "SRT-TS-24"],
            ["Cross belt pad, 8 mm, per metre", "SRT-PAD-8"],
            ["Load cell, one lane", "SRT-LC-1"],
            ["LED panel, camera cabinet", "SRT-LED-4"],
            ["Test weight set 100 g and 250 g, class M1", "SRT-TW-2"],
            ["Colour card", "SRT-CC-12"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("karbolund-cd-co2-dosing-unit.pdf", "Karbolund KBL-OM-CD-04 Ed 3 - CD-150 / CD-300", KARBOLUND),
        ("nutrivaart-nm-fertigation-mixing-unit.pdf", "Nutrivaart NVT-OM-NM-11 Ed 2 - NM-10 / NM-25", NUTRIVAART),
        ("schermholt-sd-energy-screen-drive.pdf", "Schermholt SHS-IM-SD-07 Ed 5 - SD-400 / SD-600", SCHERMHOLT),
        ("sortavel-og-optical-tomato-grader.pdf", "Sortavel SRT-OM-OG8-02 Ed 2 - OG-8", SORTAVEL),
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
