"""Generate the PDF manuals of the thirty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set35-venv && /tmp/set35-venv/bin/pip install fpdf2 pypdf
    /tmp/set35-venv/bin/python knowledge/samples/thirtyfifth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode, so ohms are written "kOhm" and "mOhm"). The text rendered is all here. A
fixed creation date makes reruns byte-identical. The rendering helpers (Manual, render, render_columns) are those
of the thirty-fourth set's make_pdfs.py.
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


# ---------------------------------------------------------------- Kelmarsh CE CHP gas engine modules
KELMARSH = [
    ("title", "Kelmarsh CE Combined Heat and Power Modules\nOperating and Maintenance Manual - CE-250 and CE-400"),
    (
        "p",
        "Document KPS-OM-CE-04, Edition 4, May 2025. Kelmarsh Power Systems Ltd. The CE-250 and CE-400 are "
        "containerised combined heat and power (CHP) modules for hospitals, leisure centres, district heating "
        "schemes and industrial sites. A turbocharged lean-burn natural gas engine drives a synchronous generator "
        "that runs in parallel with the grid; the heat of the jacket water, the oil cooler and the exhaust is "
        "recovered into the site heating water through a plate heat exchanger and an exhaust heat exchanger. The "
        "model number is the electrical output in kW. This manual is for operators and site technicians. The gas "
        "train (filter, zero pressure regulator, double solenoid valves and valve proving system) is described in "
        "its own manual KPS-OM-GT-02. The biogas versions CE-250B and CE-400B have their own manual, KPS-OM-CEB.",
    ),
    (
        "warn",
        "WARNING: The module starts automatically on a heat or power demand, and after a grid fault it restarts "
        "by itself. Before any work, switch the control panel key switch to OFF, lock it, and close and lock the "
        "gas isolating valve outside the enclosure. Surfaces of the exhaust system reach 550 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CE-250", "CE-400"],
            ["Electrical output at the generator terminals (conditions below)", "250 kW", "400 kW"],
            ["Thermal output, heating water 70/90 °C", "340 kW", "490 kW"],
            ["Fuel input (lower heating value)", "641 kW", "988 kW"],
            ["Electrical / thermal efficiency", "39.0 % / 53.0 %", "40.5 % / 49.6 %"],
            ["Engine", "V8, 14.6 L, lean-burn", "V12, 21.9 L, lean-burn"],
            ["Speed", "1500 rpm", "1500 rpm"],
            ["Generator rating at cos phi 0.8, 400 V", "313 kVA, 452 A", "500 kVA, 722 A"],
            ["Natural gas use at full load (10.0 kWh/m³)", "64.1 m³/h", "98.8 m³/h"],
            ["Gas pressure at the gas train inlet", "25-100 mbar", "25-100 mbar"],
            ["Lowest methane number", "70", "80"],
            ["Heating water flow at full load, 70/90 °C", "15.0 m³/h", "21.5 m³/h"],
            ["Lube oil, engine sump / with day tank", "105 L / 405 L", "160 L / 460 L"],
            ["Exhaust temperature after the exhaust heat exchanger", "120 °C", "120 °C"],
            ["Sound level 1 m from the enclosure", "68 dB(A)", "71 dB(A)"],
            ["Module mass in enclosure", "7.2 t", "10.5 t"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "Outputs and efficiencies hold to ISO 3046-1 at 100 kPa air pressure, intake air up to 25 °C, altitude up "
        "to 500 m, natural gas of at least the lowest methane number in the table, and a heating water return "
        "of 70 °C or cooler. Outside these conditions the controller reduces the electrical output by itself; the "
        "derating curves are in the data sheet KPS-DS-CE and are not repeated here. "
        "The gas use is the fuel input divided by a heating value of 10.0 kWh/m³, for example "
        "641 kW / 10.0 = 64.1 m³/h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "A gas detector in the enclosure raises an alarm at 10 % of the lower explosive limit (LEL). At 20 % "
            "LEL it closes the gas valves, stops the module and starts the enclosure fan at full speed (code C11).",
            "Only a qualified gas engineer works on the gas train. Site staff may close the isolating valve and "
            "read the gauges, nothing more.",
            "The grid protection relay is set and sealed to the distribution network operator's connection "
            "agreement. Site staff must not change, bridge or reset its settings; its values are not in this "
            "manual.",
            "Exhaust parts stay hot for 2 hours after a stop. Let the engine cool below 50 °C before work on the "
            "ignition system or the oil system.",
            "Batteries: switch off the 24 V battery isolator before work on the starter or the control wiring.",
        ],
    ),
    ("h", "3. Daily checks"),
    (
        "ol",
        [
            "Read the running hours, the electrical output and any stored codes on the controller display.",
            "Check the oil level in the day tank sight glass: between MIN and MAX. The day tank tops up the sump "
            "automatically.",
            "Check the heating water flow and return temperatures and the system pressure (1.5 to 4.0 bar).",
            "Look for leaks of oil, coolant and exhaust gas, and listen for unusual noise.",
            "Check that the enclosure ventilation louvres are open and not blocked.",
            "Record the readings in the module log.",
        ],
    ),
    ("h", "4. Operating limits"),
    (
        "cols",
        [
            ("h", "Heating water return"),
            ("p", "The module gives full output with a heating water return up to 70 °C. Between 70 and 75 °C "
             "the controller reduces the output step by step, without a code, to keep the engine cool. At 75 °C "
             "the module stops (C04) and restarts when the return has fallen below 68 °C. A buffer tank or a "
             "lower heating return is the cure; the site heating design is not part of this manual."),
            ("h", "Heating water flow"),
            ("p", "The module needs at least 60 % of the design flow in section 1. Below that it stops with C05. "
             "The heating circuit pump is controlled by the module and runs on for 5 min after a stop."),
            ("h", "Gas pressure"),
            ("p", "While the module runs at full load the pressure at the gas train inlet must be at least "
             "25 mbar. The static pressure at standstill must never exceed 100 mbar. A drop of more than 10 mbar "
             "between standstill and full load points to an undersized supply pipe or a blocked gas filter."),
            ("h", "Gas quality"),
            ("p", "Gas of a lower methane number than the table value makes the engine knock. The knock control "
             "first retards the ignition, then reduces the output (C06). Propane added to the gas lowers the "
             "methane number; tell Kelmarsh before the gas supplier changes the gas."),
            ("h", "Lube oil"),
            ("p", "Oil pressure at 1500 rpm is normally 4.5 to 5.5 bar; the warning comes at 3.0 bar and the "
             "module stops at 2.5 bar (C03). Oil consumption is normally 0.1 to 0.3 g/kWh; above 0.5 g/kWh "
             "take an oil sample and call Kelmarsh service."),
            ("h", "Starts and running"),
            ("p", "No more than 4 starts per hour. Each run should last at least 30 min, so the exhaust heat "
             "exchanger warms above the dew point of the exhaust gas. The enclosure air must stay between 5 and "
             "40 °C."),
            ("warn", "Never run the module with the enclosure doors open: the ventilation and the gas detection "
             "only work with the doors closed."),
        ],
    ),
    ("h", "5. Controller codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["C01", "Gas pressure low", "Below 25 mbar for 5 s while running. Check the supply pressure, the gas "
             "filter and the isolating valve."],
            ["C02", "Valve proving failed", "The gas train leak test found a passing valve. Call the gas engineer "
             "(KPS-OM-GT-02)."],
            ["C03", "Oil pressure low", "2.5 bar reached; the module stops. Check the oil level and the oil "
             "filter."],
            ["C04", "Heating return too hot", "75 °C reached. Check the heat demand, the buffer tank and the "
             "circuit pump."],
            ["C05", "Heating water flow low", "Below 60 % of the design flow. Check the pump, the valves and the "
             "strainer."],
            ["C06", "Knock limit", "Output reduced by the knock control. Check the gas quality and the intake "
             "air temperature."],
            ["C08", "Misfire", "One cylinder misfires. Check the spark plug, the coil and its lead."],
            ["C09", "Jacket water too hot", "Engine outlet at 95 °C (warning at 92 °C). Check the coolant level "
             "and the heat exchanger."],
            ["C10", "Grid protection trip", "The grid protection relay opened the breaker. The module "
             "reconnects by itself when the grid is stable, as set in the relay."],
            ["C11", "Gas alarm", "20 % LEL in the enclosure. Do not enter; close the gas valve outside; call "
             "the gas engineer."],
            ["C12", "Exhaust too hot", "Above 180 °C after the exhaust heat exchanger. The exchanger is fouled."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Output drops on warm afternoons, no code", "Intake air over 25 °C, return 70-75 °C",
             "Check the enclosure fans and louvres; check the heating return temperature."],
            ["Module stops in summer when the heat demand is low", "Heating return reaches 75 °C (C04)",
             "Use the buffer tank; set the module to follow heat demand."],
            ["Starts, then stops after a few seconds with C01", "Pressure drop at start: blocked gas filter, "
             "supply pipe too small", "Read the gas pressure at standstill and at start; call the gas engineer."],
            ["Rough running, output swings", "Misfire from a worn spark plug or a cracked lead",
             "Check the misfire counter per cylinder; replace the plugs (section 7)."],
            ["Oil level falls faster than usual", "Oil consumption over 0.5 g/kWh",
             "Take an oil sample; call Kelmarsh service."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Replacing the spark plugs"),
    (
        "p",
        "Replace all spark plugs together every 4000 running hours, or earlier when the electrode gap has worn to "
        "0.50 mm or the controller shows an ignition voltage demand above 28 kV. Use plugs KPS-SP-18 and the plug "
        "socket KPS-SW-18.",
    ),
    (
        "ol",
        [
            "Stop the module, switch the key switch to OFF and lock it, close the gas isolating valve and let the "
            "engine cool below 50 °C.",
            "Remove the ignition coil covers and pull each coil straight up; do not twist it.",
            "Blow the plug wells clean with dry compressed air before loosening any plug.",
            "Remove the old plugs with the plug socket KPS-SW-18.",
            "Check the gap of each new plug with a wire gauge: 0.30 mm. Set it only by bending the earth "
            "electrode, never the centre electrode.",
            "Screw the new plugs in by hand, then tighten them to 45 Nm on the cold engine. Use no grease or "
            "anti-seize: the threads are coated.",
            "Refit the coils and the covers; tighten the coil screws to 10 Nm.",
            "Reset the spark plug counter, run the module at 50 % load for 10 min and check the misfire counters.",
        ],
    ),
    ("h", "8. Oil"),
    (
        "p",
        "Use a low-ash gas engine oil of viscosity SAE 40 with a sulphated ash of at most 0.6 %, from the list "
        "KPS-TI-OIL. Take an oil sample every 1000 h; the oil is changed when the analysis "
        "asks for it, and at the latest after 4000 h. The oil filter is changed with the oil.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 3."],
            ["Every 1000 h", "Oil sample; air filter restriction reading."],
            ["Every 2000 h", "Air filter elements; crankcase breather filter; gas filter by the gas engineer."],
            ["Every 4000 h", "Spark plugs (section 7); oil and oil filter at the latest; valve clearances by "
             "Kelmarsh service."],
            ["Every 8000 h", "Clean the exhaust heat exchanger and the intercooler."],
            ["30,000 h", "Cylinder heads overhauled by Kelmarsh service."],
            ["60,000 h", "Major overhaul by Kelmarsh service."],
        ],
        (40, 134),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "CE-250", "CE-400"],
            ["Spark plug M18 x 1.5, cold engine", "45 Nm", "45 Nm"],
            ["Ignition coil screws M6", "10 Nm", "10 Nm"],
            ["Exhaust manifold nuts M12", "75 Nm", "75 Nm"],
            ["Spark plug (8 / 12 per set)", "KPS-SP-18", "KPS-SP-18"],
            ["Oil filter element", "KPS-OF-8", "KPS-OF-12 (2 per change)"],
            ["Air filter element set", "KPS-AF-250", "KPS-AF-400"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Skarvik HPC wind turbine pitch systems
SKARVIK = [
    ("title", "Skarvik HPC Electric Pitch Systems\nService Manual - HPC-20 and HPC-30"),
    (
        "p",
        "Document SKW-OM-HPC-03, Edition 3, February 2025. Skarvik Windtech AS. The HPC-20 (for turbines of "
        "2.0-2.5 MW) and the HPC-30 (3.0-3.6 MW) turn the three blades of a wind turbine rotor about their own "
        "axes. Each blade has its own axis: an axis cabinet with a pitch converter and an ultracapacitor bank, a "
        "pitch motor with a spring-applied brake and an encoder, and a planetary gearbox whose pinion meshes with "
        "the ring gear of the blade bearing. A hub cabinet links the three axes to the turbine controller through "
        "the slip ring. If the supply or the link fails, each axis turns its blade to feather (90°) on the energy "
        "of its own ultracapacitors. The blade bearing with its bolts and its lubrication system, the slip ring, "
        "the rotor lock and the pitch parameters in the turbine controller belong to the turbine maker and are "
        "covered in the turbine maker's manuals.",
    ),
    (
        "warn",
        "DANGER: Enter the hub only with the rotor locked as the turbine maker's manual describes. The pitch "
        "system is not a lock. Ultracapacitors keep their charge when the supply is off: before opening an axis "
        "cabinet, turn its discharge switch S3 and wait until the DC voltage at test terminals X9 is below 60 V "
        "(about 10 min).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HPC-20", "HPC-30"],
            ["Turbine size", "2.0-2.5 MW, rotor up to 116 m", "3.0-3.6 MW, rotor up to 140 m"],
            ["Pitch motor per axis, AC servo with brake", "5.5 kW", "7.5 kW"],
            ["Motor brake holding torque", "75 Nm", "100 Nm"],
            ["Pitch gearbox ratio", "1:158", "1:182"],
            ["Pinion", "13 teeth, module 12", "14 teeth, module 14"],
            ["Pitch range in operation", "-2° to 90°", "-2° to 90°"],
            ["Limit switches, feather end / fine end", "92° / -4°", "92° / -4°"],
            ["Highest pitch rate, normal operation", "8 °/s", "7 °/s"],
            ["Feathering rate on backup", "7 °/s", "6 °/s"],
            ["Feathering time 0° to 90° on backup, max", "13 s", "15 s"],
            ["Ultracapacitor bank per axis", "3 modules 125 V 63 F, 375 V, 21 F",
             "4 modules 125 V 63 F, 500 V, 15.75 F"],
            ["Stored energy at full charge", "1.48 MJ", "1.97 MJ"],
            ["Gearbox oil, synthetic ISO VG 220", "4.5 L", "6.0 L"],
            ["Axis cabinet mass", "145 kg", "170 kg"],
        ],
        (74, 50, 50),
    ),
    (
        "p",
        "The feathering rates and times hold with the ultracapacitors fully charged, a hub temperature of -20 to "
        "+40 °C and a blade bearing friction within the turbine maker's design value. The pitch system runs in hub "
        "temperatures from -30 to +50 °C; below -20 °C the cabinet heaters must first have warmed the cabinets to "
        "at least -10 °C before the turbine starts. For sites where the hub gets colder than -30 °C, consult "
        "Skarvik. The stored energy is half the capacitance times the square of the voltage: "
        "0.5 x 21 F x (375 V)² = 1.48 MJ and 0.5 x 15.75 F x (500 V)² = 1.97 MJ.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work in the hub with at least two people, both trained for rescue from the hub.",
            "Fit the turbine maker's blade lock before any work on a pitch drive, gearbox or motor brake; the "
            "motor brake alone must not be relied on to hold a blade.",
            "Move a blade with the hand box SKW-HB-2 only with the rotor locked. Move only one blade out of "
            "feather at a time, and only in a mean wind speed below 10 m/s (or the lower limit the turbine maker "
            "gives).",
            "Never bridge a limit switch. A blade that has reached its 92° switch is moved back only with the "
            "hand box in the limit-override mode, which works at 1 °/s.",
            "Ultracapacitor modules weigh 14 kg each and can deliver a very high short-circuit current; use "
            "insulated tools and fit the terminal covers before moving a module.",
        ],
    ),
    ("h", "3. Pitch operation and limits"),
    (
        "cols",
        [
            ("h", "Blade angle agreement"),
            ("p", "In operation the turbine controller sends one angle to all three axes. The blades must agree "
             "within 2°: if one blade differs from the others by more than 2° for 1 s, the axes feather on "
             "backup and the turbine stops with P04."),
            ("h", "Encoders"),
            ("p", "Each axis has an encoder on the motor and a second encoder on the blade bearing ring gear. The "
             "two must agree within 1°; a larger difference gives P05, and the axis feathers."),
            ("h", "Backup test"),
            ("p", "Every 24 h, with the turbine idling in low wind, each axis in turn feathers from 60° on its "
             "ultracapacitors alone. The cabinet measures the capacitance and the internal resistance (ESR) of "
             "the bank during the test. Replace a bank when its capacitance is below 80 % of rated, that is below "
             "16.8 F (HPC-20) or 12.6 F (HPC-30), or when its ESR has risen to twice the new value. New banks "
             "measure 54 mOhm (HPC-20) or 72 mOhm (HPC-30)."),
            ("h", "Gear mesh"),
            ("p", "The backlash between the pinion and the ring gear is 0.4 to 0.8 mm when new, measured at the "
             "pinion's three marked teeth. If it exceeds 1.2 mm at any marked tooth, turn the gearbox's eccentric "
             "flange to reset it (section 7); if the flange is at the end of its travel, the pinion is worn and "
             "is replaced. Grease the pinion and the ring gear with SKW-GR-OG open gear grease from the "
             "automatic pinion lubricator (a 400 g cartridge lasts about 6 months)."),
            ("h", "Temperatures"),
            ("p", "The motor winding trips at 150 °C (P09). The inside of an axis cabinet must stay between -10 "
             "and +60 °C (P12)."),
            ("warn", "A turbine must not run with one axis on its backup only. After any P-code that fed an axis "
             "from its backup, find the cause before restarting."),
        ],
    ),
    ("h", "4. Pitch system codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Backup test failed", "Feathering on backup took longer than 13 s (HPC-20) or 15 s (HPC-30), "
             "or stopped before 90°. Check the bank, then the motor brake and the gear."],
            ["P02", "Capacitance low", "Bank below 80 % of its rated capacitance. Replace the bank."],
            ["P03", "Bank voltage low", "Below 320 V (HPC-20) or 430 V (HPC-30) while the turbine runs. Check "
             "the charger in the axis converter."],
            ["P04", "Blade angle deviation", "One blade more than 2° from the others for 1 s."],
            ["P05", "Encoder mismatch", "Motor and blade encoders differ by more than 1°."],
            ["P07", "Feather limit switch", "Blade at 92°. Check the feather position calibration."],
            ["P08", "Fine limit switch", "Blade at -4°. Check the encoder and the converter."],
            ["P09", "Motor overtemperature", "Winding at 150 °C. Check the brake release and the gear."],
            ["P10", "Brake fault", "Brake does not release or does not apply. Check the brake air gap and "
             "supply."],
            ["P11", "Link timeout", "No command from the hub cabinet for 100 ms; the axis feathers on backup."],
            ["P12", "Cabinet temperature", "Inside an axis cabinet below -10 °C or above 60 °C."],
        ],
        (16, 42, 116),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Turbine stops on gusty days, one blade lagging (P04)", "High blade bearing friction, motor brake "
             "dragging, converter at its current limit", "Check the brake air gap; report the bearing friction to "
             "the turbine maker."],
            ["Backup test fails only in winter", "Cold bank, ESR risen, cabinet heater failed",
             "Check the heater; read the ESR trend; replace the bank if needed."],
            ["Knocking from the pitch gear at small angles", "Backlash over 1.2 mm",
             "Measure the backlash and reset it (section 7)."],
            ["Blade runs to the 92° switch at every stop", "Feather position offset",
             "Recalibrate to the blade zero mark with the turbine maker's procedure."],
            ["Motor hot, smell of brake lining", "Brake not releasing fully (P10)",
             "Measure the brake air gap: 0.3 mm new, adjust or replace the brake at 0.6 mm."],
        ],
        (50, 55, 69),
    ),
    ("h", "6. Manual backup test"),
    (
        "p",
        "Carry out this test yearly for every axis, and after a bank, a converter or a motor has been replaced.",
    ),
    (
        "ol",
        [
            "Stop the turbine and lock the rotor as the turbine maker's manual describes. Keep everyone clear of "
            "the blade and the pitch gear of the axis under test.",
            "Switch the hub cabinet to service mode and move the blade to 0° with the service panel.",
            "Read the bank voltage on the axis display: at least 370 V (HPC-20) or 495 V (HPC-30), which is a "
            "full charge.",
            "Switch off the axis supply with switch S1, so that the axis runs on its ultracapacitors only.",
            "Select BACKUP TEST on the service panel; the axis feathers to 90°.",
            "Read the time taken: within 13 s (HPC-20) or 15 s (HPC-30). The bank voltage at the end must "
            "still be above 200 V (HPC-20) or 270 V (HPC-30).",
            "Switch S1 on and wait about 3 min until the bank is charged again.",
            "Test the other two axes the same way, one at a time, and record the times and voltages.",
        ],
    ),
    ("h", "7. Measuring and resetting the backlash"),
    (
        "ol",
        [
            "Lock the rotor and fit the blade lock, with the blade at 90°.",
            "Fix a dial gauge on the hub with its tip on a marked pinion tooth, at the pitch circle.",
            "Release the motor brake with the brake release tool SKW-BR-1 and rock the pinion by hand between the "
            "ring gear teeth; read the backlash.",
            "Repeat at the other two marked teeth. If any reading is over 1.2 mm, slacken the gearbox flange "
            "bolts by one turn and turn the eccentric flange until the smallest reading is 0.4 mm.",
            "Tighten the flange bolts crosswise to their torque (section 9) and measure again.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 24 h, automatic", "Backup test of each axis."],
            ["Every 6 months", "Pinion lubricator cartridge; cables and plugs; cabinet filters."],
            ["Yearly", "Manual backup test (section 6); backlash (section 7); brake air gap; bolt torques on "
             "10 % of the bolts."],
            ["Every 5 years", "Gearbox oil change."],
            ["10 years, or at P02", "Ultracapacitor bank."],
        ],
        (45, 129),
    ),
    ("h", "9. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "HPC-20", "HPC-30"],
            ["Gearbox to hub flange, 10.9", "M20, 510 Nm", "M24, 880 Nm"],
            ["Motor to gearbox, 8.8", "M12, 80 Nm", "M12, 80 Nm"],
            ["Ultracapacitor module terminals", "20 Nm", "20 Nm"],
            ["Ultracapacitor module", "SKW-UC-125", "SKW-UC-125"],
            ["Axis converter", "SKW-PC-55", "SKW-PC-75"],
            ["Hand box / brake release tool", "SKW-HB-2 / SKW-BR-1", "SKW-HB-2 / SKW-BR-1"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Corrieburn HG hydro turbine governors
CORRIEBURN = [
    ("title", "Corrieburn HG Hydro Turbine Governors\nOperating and Maintenance Manual - HG-15 and HG-40"),
    (
        "p",
        "Document CHC-OM-HG-02, Edition 2, November 2024. Corrieburn Hydro Controls Ltd. The HG-15 and HG-40 are "
        "digital electro-hydraulic governors for small Francis and Pelton turbines from 200 kW to 5 MW. Each "
        "consists of the CG-7 governor controller and a hydraulic power unit (HPU) with two pumps, bladder "
        "accumulators, a proportional valve and an emergency shutdown valve, which moves the guide vane "
        "servomotor (Francis) or the needle and deflector servomotors (Pelton). The number is the work capacity "
        "of the servomotors the HPU can drive, in kNm. The turbine itself, its bearings and its mechanical "
        "overspeed device belong to the turbine maker's manual; the main inlet valve has its own manual and "
        "hydraulics.",
    ),
    (
        "warn",
        "WARNING: The accumulators hold oil under pressure even when the pumps are off, and the guide vanes or "
        "needles can move without warning. Before work on the HPU or a servomotor, close the inlet valve, switch "
        "off the pumps, and drain the accumulators to 0 bar through the drain valve.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HG-15", "HG-40"],
            ["Servomotor work capacity", "15 kNm", "40 kNm"],
            ["Nominal oil pressure", "63 bar", "100 bar"],
            ["Pump cut-in / cut-out", "56 / 63 bar", "90 / 100 bar"],
            ["Low pressure alarm (H01)", "50 bar", "80 bar"],
            ["Low pressure shutdown (H02)", "44 bar", "70 bar"],
            ["Relief valve setting", "70 bar", "110 bar"],
            ["Pumps", "2 x 3.0 kW, 9 L/min", "2 x 5.5 kW, 16 L/min"],
            ["Bladder accumulators", "2 x 32 L", "2 x 50 L"],
            ["Nitrogen precharge at 20 °C", "40 bar", "63 bar"],
            ["Oil tank", "160 L", "250 L"],
            ["Oil", "ISO VG 46, HM mineral", "ISO VG 46, HM mineral"],
            ["Pressure filter", "10 µm absolute", "10 µm absolute"],
            ["Oil cooler", "air, on the tank", "oil/water, cooling water 20 L/min"],
            ["Controller", "CG-7", "CG-7"],
        ],
        (74, 50, 50),
    ),
    (
        "p",
        "The precharge is a gas pressure and changes with temperature. The table values hold at 20 °C; at another "
        "temperature T (in °C) the correct precharge is the table value x (T + 273) / 293. Example for the HG-40 "
        "in an oil room at 30 °C: 63 bar x 303 / 293 = 65.2 bar. The precharge lies below the shutdown pressure, so "
        "that the accumulators still hold oil for one full closing stroke when the shutdown pressure is reached.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Charge the accumulators with dry nitrogen only, never with oxygen or compressed air.",
            "The guide vane, needle and deflector closing times are set at commissioning with the throttle "
            "valves on the servomotors, from the pressure rise calculation of the penstock designer. Never "
            "change them: a faster closure can burst the penstock. The values are on the commissioning sheet "
            "kept in the governor cabinet, not in this manual.",
            "The settings for grid operation (droop, deadband, frequency response) follow the grid operator's "
            "requirements and are changed only by the commissioning engineer.",
            "The accumulators are pressure vessels; their periodic inspection is done by the competent person "
            "under the national pressure equipment rules.",
            "Clean up oil spills at once: the turbine pit floor becomes slippery.",
        ],
    ),
    ("h", "3. Governor settings"),
    (
        "cols",
        [
            ("h", "Operating modes"),
            ("p", "In grid-parallel mode the CG-7 controls the power output to the plant's set point, corrected "
             "by the droop. In isolated mode it controls the speed. In level mode it holds the intake water "
             "level; the level set points come from the plant's water abstraction licence and are entered by the "
             "operator."),
            ("h", "Droop and deadband"),
            ("p", "The permanent droop is 4 % as delivered (range 0 to 10 %). The frequency deadband is "
             "±0.02 % as delivered. Both are changed only on the instruction of the grid operator."),
            ("h", "Speed sensing"),
            ("p", "Two proximity sensors read a toothed wheel of 60 teeth on the turbine shaft. The gap between "
             "sensor and tooth is 1.0-1.5 mm. The two speed signals must agree within 1 %; a larger difference "
             "gives H07 and the governor uses the higher signal. The electrical overspeed trip acts at 115 % of "
             "rated speed (H08) and closes the emergency shutdown valve; the turbine's mechanical overspeed "
             "device is set by the turbine maker."),
            ("h", "Oil temperature"),
            ("p", "The oil should run between 20 and 50 °C. Below 10 °C the tank heater switches on; do not open "
             "the turbine with oil colder than 5 °C. At 60 °C the governor raises H05; at 65 °C it stops the "
             "turbine."),
            ("h", "Pump duty"),
            ("p", "The duty pump changes every 24 h. A pump normally runs less than a third of the time with the "
             "turbine running steadily. More than 12 pump starts in an hour (HG-15) or 8 (HG-40) gives H03: "
             "internal leakage or low precharge."),
            ("warn", "Do not operate the hand pump on the HPU except during commissioning or on the instruction "
             "of Corrieburn: it can open the guide vanes with the governor out of control."),
        ],
    ),
    ("h", "4. Governor codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["H01", "Oil pressure low", "Pressure at the alarm value of section 1. Check the pumps and the "
             "relief valve."],
            ["H02", "Oil pressure low shutdown", "Pressure at the shutdown value; the emergency shutdown valve "
             "closes the turbine."],
            ["H03", "Pump starts too often", "Above the starts per hour of section 3. Check the precharge and "
             "look for internal leakage."],
            ["H04", "Oil level low", "Tank level below the low mark. Look for leaks before filling."],
            ["H05", "Oil temperature high", "60 °C reached. Check the cooler and the cooling water."],
            ["H06", "Filter blocked", "Differential pressure indicator at 5 bar. Change the element."],
            ["H07", "Speed sensor mismatch", "Signals differ by more than 1 %. Check the gaps and the cables."],
            ["H08", "Overspeed", "115 % reached; the turbine is shut down."],
            ["H10", "Position error", "Servomotor position more than 2 % from the demand for 2 s."],
            ["H11", "Breaker opened", "Generator breaker opened without a stop command (load rejection)."],
            ["H12", "Link lost", "No communication with the plant PLC."],
        ],
        (16, 42, 116),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Pump starts every few minutes with the turbine stopped", "Leakage in the proportional valve or "
             "the servomotor seals, low precharge", "Check the precharge (section 6); call Corrieburn for the "
             "valve."],
            ["Power output swings in grid-parallel mode", "Loose position transducer, wrong gains",
             "Check the transducer clamp (8 Nm); report to the commissioning engineer."],
            ["Turbine slow to open after a cold night", "Oil colder than 10 °C", "Check the tank heater."],
            ["Speed above 115 % after a load rejection", "Closing too slow for the load",
             "Report to the commissioning engineer; do not change the closing times."],
            ["Oil milky", "Water from the cooler (HG-40)", "Take an oil sample; pressure test the cooler."],
        ],
        (50, 55, 69),
    ),
    ("h", "6. Checking the accumulator precharge"),
    (
        "p",
        "Check the precharge of each accumulator every year, and whenever the pump starts more often than usual. "
        "Recharge an accumulator whose precharge, corrected to 20 °C, is more than 2 bar below the table value. "
        "Use the charging and gauge kit CHC-CK-1.",
    ),
    (
        "ol",
        [
            "Stop the turbine and close the main inlet valve as its own manual describes.",
            "Switch off both pumps and lock their isolator.",
            "Open the accumulator drain valve and let the oil pressure fall to 0 bar; check it on the HPU gauge.",
            "Remove the protective cap from the gas valve and fit the charging and gauge kit CHC-CK-1.",
            "Read the precharge and the oil room temperature, and correct the reading to 20 °C (section 1).",
            "If it is more than 2 bar low, connect a nitrogen cylinder with a pressure reducer to the kit and "
            "charge slowly to 40 bar (HG-15) or 63 bar (HG-40), corrected for the room temperature.",
            "Remove the kit, check the gas valve with leak spray and refit the cap hand tight.",
            "Close the drain valve, switch on the pumps and check that they cut out at the nominal pressure.",
        ],
    ),
    ("h", "7. Oil and filter"),
    (
        "p",
        "Take an oil sample every year. The oil must be ISO 4406 17/15/12 or cleaner, with water below 200 ppm. "
        "Change the oil when the analysis asks for it, and at the latest every 5 years. Change the pressure filter "
        "element CHC-FE-10 when its indicator shows red (5 bar), or every 2 years.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Oil level and temperature; pump starts counter; leaks."],
            ["Every 6 months", "Filter indicator; speed sensor gaps; transducer clamps."],
            ["Yearly", "Accumulator precharge (section 6); oil sample; emergency shutdown test by the plant's "
             "responsible engineer."],
            ["Every 2 years", "Pressure filter element CHC-FE-10."],
            ["10 years", "Accumulator bladders, or as the competent person's inspection requires."],
        ],
        (45, 129),
    ),
    ("h", "9. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "HG-15", "HG-40"],
            ["Speed sensor lock nut M18", "25 Nm", "25 Nm"],
            ["Position transducer clamp", "8 Nm", "8 Nm"],
            ["Filter bowl", "40 Nm", "40 Nm"],
            ["Pressure filter element", "CHC-FE-10", "CHC-FE-10"],
            ["Bladder kit", "CHC-BK-32", "CHC-BK-50"],
            ["Speed sensor / charging kit", "CHC-SS-2 / CHC-CK-1", "CHC-SS-2 / CHC-CK-1"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Solenne SX string inverters
SOLENNE = [
    ("title", "Solenne SX Three-Phase String Inverters\nInstallation and Service Manual - SX-50 and SX-60"),
    (
        "p",
        "Document SPE-OM-SX-05, Edition 5, April 2025. Solenne Power Electronics. The SX-50 and SX-60 are "
        "transformerless three-phase string inverters for commercial roofs and ground-mounted arrays. Each has "
        "four maximum power point (MPP) trackers with two string inputs each, an integrated DC switch, type 2 "
        "surge protection on the DC and AC sides, and a residual current monitoring unit. The number is the rated "
        "AC power in kW. The data logger and the monitoring portal are described in SPE-IM-LOG; the optional "
        "night-time PID recovery box in its own manual, SPE-OM-PID.",
    ),
    (
        "warn",
        "DANGER: PV strings are live whenever light falls on the modules, and the DC switch isolates only the "
        "inverter, not the cables and connectors before it. After switching off the AC and the DC, wait 5 min "
        "for the capacitors to discharge before opening the connection area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-50", "SX-60"],
            ["Rated AC power", "50 kW", "60 kW"],
            ["Highest AC apparent power", "55 kVA", "66 kVA"],
            ["Rated / highest AC current at 400 V", "72.2 A / 79.4 A", "86.6 A / 95.3 A"],
            ["Grid connection", "3/N/PE, 230/400 V, 50 Hz", "3/N/PE, 230/400 V, 50 Hz"],
            ["Highest DC input voltage", "1100 V", "1100 V"],
            ["Start voltage / MPP voltage range", "250 V / 200-1000 V", "250 V / 200-1000 V"],
            ["MPP voltage range at full power", "400-850 V", "480-850 V"],
            ["MPP trackers / strings per tracker", "4 / 2", "4 / 2"],
            ["Highest input current per tracker", "32 A", "32 A"],
            ["Highest short-circuit current per tracker", "40 A", "40 A"],
            ["Highest / European efficiency", "98.7 % / 98.3 %", "98.8 % / 98.4 %"],
            ["Full power up to an ambient of", "45 °C", "40 °C"],
            ["Operating ambient", "-25 to +60 °C", "-25 to +60 °C"],
            ["Cooling fans", "3", "4"],
            ["Enclosure / mass", "IP66 / 62 kg", "IP66 / 65 kg"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "Rated values hold at 400 V grid voltage, cos phi 1, altitudes up to 2000 m and ambient temperatures up to "
        "the value in the table. At a cos phi other than 1 the active power is limited by the highest apparent "
        "power. Above the full-power ambient the inverter reduces its output to protect itself; the derating "
        "curves are in the data sheet SPE-DS-SX and are not given here. The full-power MPP range starts at the "
        "voltage where four trackers at 32 A carry the rated power: 50 kW / 128 A = 391 V and 60 kW / 128 A = "
        "469 V, rounded up.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only qualified electricians install, connect and service the inverter.",
            "Never pull a DC connector under load. Switch the DC switch off first and check with a DC clamp meter "
            "that the string current is zero, then unplug with the unlock tool SPE-UT-4.",
            "The country setting and the grid protection settings are chosen at commissioning to the grid "
            "operator's requirements and are protected by the installer password. Site staff must not change "
            "them; their values are not listed in this manual.",
            "Do not clean the inverter with a pressure washer or a water jet.",
            "The heatsink reaches 75 °C in operation: do not touch it.",
        ],
    ),
    ("h", "3. String design and DC limits"),
    (
        "cols",
        [
            ("h", "Voltage"),
            ("p", "The open-circuit voltage of every string at the lowest expected module temperature must not "
             "exceed 1100 V. Above 1100 V the inverter shows E103 and disconnects, and damage from overvoltage "
             "is not covered by the warranty. The lowest module temperature for the site and the module data "
             "come from the system designer."),
            ("h", "Strings per tracker"),
            ("p", "The two strings on one tracker must have the same number of modules of the same type and the "
             "same orientation and tilt. Up to two strings per tracker need no string fuses. Never connect more "
             "than two strings in parallel to one tracker without an external combiner box with string fuses."),
            ("h", "Insulation"),
            ("p", "Each morning, before it connects to the grid, the inverter measures the insulation resistance "
             "(Riso) of the PV array to earth. It needs at least 100 kOhm; some countries require more, and the "
             "country setting then sets the higher limit. Below the limit it shows E104, stays disconnected and "
             "measures again every 10 min."),
            ("h", "Residual current"),
            ("p", "The residual current monitoring unit disconnects the inverter at a continuous residual current "
             "of 300 mA, or at a sudden rise of 30 mA (E105)."),
            ("h", "String current"),
            ("p", "A string that delivers less than 80 % of the mean current of the other strings for 30 min "
             "gives E110. Shading, soiling or a faulty module or connector is the usual cause."),
            ("warn", "A string connected with reversed polarity gives E102. Do not operate the DC switch while "
             "E102 is shown; wait until the current is low (evening) or cover the modules, then correct it."),
        ],
    ),
    ("h", "4. Event codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E101", "Grid voltage out of range", "Grid voltage outside the country setting. Check the grid and "
             "the AC cable voltage drop."],
            ["E102", "String polarity reversed", "See section 3."],
            ["E103", "DC overvoltage", "A string above 1100 V. Check the string design."],
            ["E104", "Insulation low", "Riso below the limit. Find the earth fault in the array or the cables."],
            ["E105", "Residual current", "Residual current trip. Check for damaged cables and wet connectors."],
            ["E107", "Overtemperature", "Heatsink above 90 °C; the inverter stops and restarts at 70 °C."],
            ["E108", "Fan fault", "A fan does not turn or draws too much current. Replace the fan (section 6)."],
            ["E109", "Grid frequency out of range", "Frequency outside the country setting."],
            ["E110", "String current low", "See section 3."],
            ["E111", "Surge protection tripped", "Replace the cartridge SPE-SPD-DC or SPE-SPD-AC."],
            ["E112", "Logger link lost", "Check the RS485 or LAN cable; see SPE-IM-LOG."],
        ],
        (16, 42, 116),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Output flat at midday in summer, no code", "Ambient above the full-power value, blocked fan "
             "inlets, no space round the inverter", "Clean the fan inlets; keep 500 mm free above and below the "
             "inverter."],
            ["No start on damp mornings (E104)", "Water in a connector, damaged cable insulation",
             "Measure each string's insulation; replace the faulty connector pair SPE-DC4."],
            ["Trips on sunny afternoons (E101)", "Grid voltage rise along the AC cable",
             "Measure the voltage at the inverter; report to the grid operator or the designer."],
            ["One tracker gives less than the others", "Shading, soiling, a faulty string (E110)",
             "Measure the open-circuit voltage and current of its strings."],
            ["Loud hum at full load", "Normal magnetic noise and fan noise", "No action."],
        ],
        (50, 55, 69),
    ),
    ("h", "6. Replacing a fan"),
    (
        "p",
        "The fans sit in a tray under the heatsink. Replace a fan when E108 is shown, and replace all fans every "
        "7 years in dusty or hot sites.",
    ),
    (
        "ol",
        [
            "Switch off the AC breaker in the distribution board and turn the DC switch to OFF.",
            "Wait 5 min for the capacitors to discharge.",
            "Remove the four T25 screws of the fan tray and pull the tray out until the fan plugs can be reached.",
            "Unplug the faulty fan and remove it from the tray.",
            "Fit the new fan SPE-FN-120 with its air flow arrow pointing towards the heatsink, and plug it in.",
            "Push the tray back and tighten its screws to 2.5 Nm.",
            "Switch the DC and then the AC on. In the service menu run FAN TEST: every fan must start and E108 "
            "must clear.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 6 months", "Clean the fan inlets and the heatsink fins (more often on farms and dusty sites)."],
            ["Yearly", "Check the cable glands, the surge protection indicators and the AC terminal torques; run "
             "FAN TEST."],
            ["Every 7 years", "All fans, in dusty or hot sites."],
            ["After a lightning storm", "Check the surge protection indicators (E111)."],
        ],
        (45, 129),
    ),
    ("h", "8. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "SX-50", "SX-60"],
            ["AC terminals L1, L2, L3, N", "M8, 12 Nm", "M10, 20 Nm"],
            ["PE terminal", "M8, 12 Nm", "M8, 12 Nm"],
            ["Connection cover screws", "3 Nm", "3 Nm"],
            ["Fan tray screws", "2.5 Nm", "2.5 Nm"],
            ["Fan", "SPE-FN-120", "SPE-FN-120"],
            ["DC connector pair / unlock tool", "SPE-DC4 / SPE-UT-4", "SPE-DC4 / SPE-UT-4"],
            ["Surge cartridge DC / AC", "SPE-SPD-DC / SPE-SPD-AC", "SPE-SPD-DC / SPE-SPD-AC"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kelmarsh-ce-chp-gas-engine-module.pdf", "Kelmarsh KPS-OM-CE-04 Ed 4 - CE-250 / CE-400", KELMARSH),
        ("skarvik-hpc-wind-turbine-pitch-system.pdf", "Skarvik SKW-OM-HPC-03 Ed 3 - HPC-20 / HPC-30", SKARVIK),
        ("corrieburn-hg-hydro-turbine-governor.pdf", "Corrieburn CHC-OM-HG-02 Ed 2 - HG-15 / HG-40", CORRIEBURN),
        ("solenne-sx-string-solar-inverter.pdf", "Solenne SPE-OM-SX-05 Ed 5 - SX-50 / SX-60", SOLENNE),
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
