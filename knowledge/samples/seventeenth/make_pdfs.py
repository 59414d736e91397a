"""Generate the PDF manuals of the seventeenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/seventeenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the dryer, compressor and flotation operating pages."""
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


# ---------------------------------------------------------------- Harvane MF mixed-flow grain dryers
HARVANE = [
    ("title", "Harvane MF Series Mixed-Flow Grain Dryers\nOperation and Maintenance Manual - MF-15 and MF-25"),
    (
        "p",
        "Document HRV-OM-MF-03, Revision B, June 2024. Harvane Agri-Systems Ltd. The MF-15 and MF-25 are "
        "continuous mixed-flow tower dryers for cereals, maize, rapeseed and pulses. Wet grain moves down by "
        "gravity through the drying sections, heated by a natural gas burner, and then through the cooling "
        "sections. Metering rollers at the bottom set the discharge rate and so the time the grain spends in "
        "the dryer. The DC-5 controller runs the burner, the fans and the rollers and shows alarm codes.",
    ),
    (
        "warn",
        "WARNING: Dust and fines in a grain dryer burn. Clean the plenum, the roof and the ducts as this manual "
        "requires; most dryer fires start in fines that were left to build up. Never enter the dryer column or "
        "the garner bin while they contain grain: flowing grain engulfs a person within seconds. Lock off the "
        "main isolator and close the manual gas valve before any work inside the dryer.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MF-15", "MF-25"],
            ["Drying capacity, wheat 20 % to 14 %", "15 t/h", "25 t/h"],
            ["Holding capacity, whole column", "28 m³", "46 m³"],
            ["Drying sections / cooling sections", "6 / 2", "10 / 3"],
            ["Burner output, natural gas", "1.6 MW", "2.6 MW"],
            ["Gas supply pressure", "50-150 mbar", "50-150 mbar"],
            ["Main fans", "2 x 15 kW", "2 x 22 kW"],
            ["Airflow, total", "60 000 m³/h", "98 000 m³/h"],
            ["Metering roller drive", "0.75 kW, inverter", "1.1 kW, inverter"],
            ["Roller speed range", "0.5-12 rpm", "0.5-12 rpm"],
            ["Overall height", "14.2 m", "19.8 m"],
            ["Empty weight", "11.5 t", "17.8 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Drying capacities hold for wheat dried from 20 % to 14 % moisture (wet basis) with a hot air "
        "temperature of 80 °C, at an ambient temperature of 10 °C and 70 % relative humidity. For maize dried "
        "from 25 % to 15 %, count on about 55 % of the wheat capacity at 100 °C hot air. Rapeseed must be "
        "cleaned before drying; its fines content must be no more than 2 %. The MF-15 burner is approved for "
        "natural gas only. The MF-25 can be supplied for propane with burner kit HRV-LP25.",
    ),
    ("h", "2. Hot air temperature limits"),
    (
        "p",
        "Set the hot air (plenum) temperature by what the grain will be used for, not by the capacity you need.",
    ),
    (
        "table",
        [
            ["Use of the grain", "Max. hot air temperature"],
            ["Seed grain, all species", "43 °C"],
            ["Malting barley", "50 °C"],
            ["Milling wheat", "65 °C"],
            ["Rapeseed and pulses", "70 °C"],
            ["Feed wheat and feed barley", "90 °C"],
            ["Feed maize", "110 °C"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Whatever the grain, the hot air temperature must not exceed 110 °C on either model. The limit "
        "thermostat above the burner trips at 125 °C and must be reset by hand.",
    ),
    ("h", "3. Operation"),
    (
        "cols",
        [
            ("h", "Filling"),
            (
                "p",
                "Fill the dryer with the fans and the burner off until the top level sensor in the garner bin is "
                "covered. Never start the burner with the column partly empty: the hot air takes the shortest "
                "path through the empty ducts and overheats the roof.",
            ),
            ("h", "Starting"),
            (
                "p",
                "Start the main fans first. The DC-5 purges the plenum for 60 seconds before it tries to ignite "
                "the burner. Start the metering rollers once the hot air temperature is within 5 °C of the "
                "setpoint.",
            ),
            ("h", "Moisture control"),
            (
                "p",
                "In automatic mode the DC-5 sets the roller speed from the moisture sensor at the discharge and "
                "the target moisture you enter. In manual mode, slow the rollers to dry more: as a rule, 10 % "
                "less roller speed removes about 0.5 % more moisture. Change the speed in small steps and wait "
                "one full retention time (the holding capacity divided by the flow) before judging the result.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "Grain leaving the dryer must be no more than 8 °C above the ambient temperature. Warm grain "
                "sweats in the silo and goes mouldy. If the grain is warmer, slow the rollers or open the "
                "cooling air damper fully.",
            ),
            ("h", "Stopping"),
            (
                "p",
                "Stop the burner first and let the fans run on for at least 15 minutes. Never leave wet grain "
                "in the column for more than 12 hours with the fans off.",
            ),
            ("h", "Exhaust temperature"),
            (
                "p",
                "The exhaust air leaving the drying sections is normally between 25 and 45 °C. A rising exhaust "
                "temperature with a steady hot air temperature means dry or burning grain in the column; the "
                "DC-5 stops the burner at 60 °C (G06).",
            ),
        ],
    ),
    ("h", "4. DC-5 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Flame failure: no flame after 3 ignition attempts", "Check the gas supply, the ignition electrode and the UV flame sensor; reset"],
            ["G02", "Gas pressure low: below 40 mbar at the burner inlet", "Check the supply and the gas train filter"],
            ["G03", "Gas pressure high: above 170 mbar", "Check the supply regulator"],
            ["G04", "Hot air more than 15 °C above the setpoint for 30 s", "Burner held off until the temperature falls; check the modulating valve"],
            ["G05", "Limit thermostat tripped (125 °C)", "Find the cause before resetting the thermostat by hand"],
            ["G06", "Exhaust temperature above 60 °C", "Possible fire: follow section 6"],
            ["G07", "Main fan 1 motor overload", "Check the fan belts and the motor"],
            ["G08", "Main fan 2 motor overload", "Check the fan belts and the motor"],
            ["G10", "Top level sensor uncovered for more than 10 minutes", "Wet grain supply stopped; burner goes to low fire"],
            ["G11", "Garner bin overfull", "Stop the wet grain conveyor"],
            ["G12", "Metering roller stalled", "Foreign body or lump: lock off and clear the rollers"],
            ["G13", "Discharge conveyor stopped", "Rollers stop; restart the conveyor"],
            ["G14", "Moisture sensor signal out of range", "Clean the sensor; the DC-5 holds the last roller speed"],
        ],
        (16, 77, 77),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Grain too wet at the discharge", "Rollers too fast; hot air temperature low; wetter grain coming in", "Slow the rollers; check the temperature against section 2"],
            ["Cracked or discoloured kernels", "Hot air too hot for the grain; cooling too fast", "Lower the temperature for the use of the grain"],
            ["Grain warm at the discharge", "Rollers too fast for the cooling sections; cooling damper closed", "Slow the rollers; open the damper"],
            ["Smoke or burning smell", "Fines burning on the plenum floor or in the column", "Follow section 6"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Fire in the dryer"),
    (
        "warn",
        "Do not open any door or hatch on a dryer that may be on fire: fresh air turns smouldering grain into "
        "flames.",
    ),
    (
        "ol",
        [
            "Press the burner emergency stop and close the manual gas valve.",
            "Stop the main fans and close the cooling air damper.",
            "Stop the wet grain supply but keep the column full.",
            "Call the fire service and tell them it is a grain dryer fire.",
            "With the fire service present, discharge the grain at full roller speed onto a clear concrete area "
            "away from the silos.",
            "Do not restart the dryer until every duct has been inspected and cleaned.",
        ],
    ),
    ("h", "7. Calibrating the moisture sensor"),
    (
        "ol",
        [
            "Run the dryer steadily for at least one retention time.",
            "Take three samples at the discharge 10 minutes apart and note the moisture the DC-5 shows for each.",
            "Test the samples with a calibrated laboratory meter or by oven drying.",
            "Enter the difference between the average laboratory value and the average DC-5 value as the offset "
            "in menu 4.2.",
            "The offset must be no more than ±2.0 %. A larger difference means a dirty or faulty sensor: clean it "
            "and repeat.",
        ],
    ),
    ("h", "8. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean fines from the plenum floor, the burner housing and the roof; check the discharge for lumps"],
            ["Weekly", "Clean the UV flame sensor window; check the fan belt tension"],
            ["Every 250 h", "Grease the main fan bearings with lithium EP2 grease: 15 g per bearing on the MF-15, 25 g on the MF-25"],
            ["Before each season", "Clean all ducts; gas train leak test by a qualified gas engineer; calibrate the moisture sensor"],
            ["Every 3 seasons", "Replace the ignition electrode"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "MF-15", "MF-25"],
            ["UV flame sensor", "HRV-UV1", "HRV-UV1"],
            ["Ignition electrode", "HRV-IE16", "HRV-IE26"],
            ["Limit thermostat 125 °C", "HRV-LT125", "HRV-LT125"],
            ["Moisture sensor", "HRV-MS4", "HRV-MS4"],
            ["Fan belt set", "HRV-FB15 (3 x SPB 1600)", "HRV-FB25 (4 x SPB 2000)"],
            ["Metering roller bearing", "HRV-RB30", "HRV-RB35"],
        ],
        (60, 55, 55),
    ),
]

# ---------------------------------------------------------------- Coldreach RC ammonia compressors
COLDREACH = [
    ("title", "Coldreach RC Series Ammonia Reciprocating Compressors\nInstallation, Operation and Maintenance - RC-4 and RC-6"),
    (
        "p",
        "Document CRF-IOM-RC-11, Issue 4, February 2024. Coldreach Refrigeration A/S. The RC-4 and RC-6 are "
        "open, single-stage reciprocating compressors for ammonia (R717) with four and six cylinders. They share "
        "the same cylinders, pistons, valves and shaft seal and are driven by a direct-coupled electric motor "
        "through a flexible coupling. Capacity is controlled by unloading cylinders in pairs with "
        "oil-pressure-operated unloaders. The CP-20 compressor controller protects the machine, controls the "
        "capacity from the suction pressure and shows alarm codes.",
    ),
    (
        "warn",
        "DANGER: Ammonia is toxic and, at 15 to 28 % in air, flammable. Only persons trained for ammonia systems "
        "may open any part of the refrigerant circuit. Wear a full-face mask with an ammonia filter (type K), "
        "gloves and goggles when draining oil or opening the compressor. Never heat a closed, liquid-filled "
        "section of pipe or a valved-off compressor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RC-4", "RC-6"],
            ["Cylinders", "4", "6"],
            ["Bore x stroke", "110 x 85 mm", "110 x 85 mm"],
            ["Swept volume at 1450 rpm", "281 m³/h", "421 m³/h"],
            ["Speed range", "750-1500 rpm", "750-1500 rpm"],
            ["Cooling capacity, -10 °C / +35 °C", "160 kW", "240 kW"],
            ["Cooling capacity, -25 °C / +35 °C", "62 kW", "93 kW"],
            ["Shaft power, -10 °C / +35 °C", "46 kW", "69 kW"],
            ["Motor", "55 kW, 4-pole", "75 kW, 4-pole"],
            ["Capacity steps", "100 / 50 %", "100 / 67 / 33 %"],
            ["Oil charge", "14 L", "19 L"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Capacities and shaft power are given at 1450 rpm with 5 K suction superheat and no subcooling; the first "
        "temperature is the evaporating, the second the condensing temperature. The pressure ratio (absolute "
        "discharge pressure over absolute suction pressure) must not exceed 9 in single-stage running; for lower "
        "evaporating temperatures use two-stage compression.",
    ),
    ("h", "2. Operating limits"),
    (
        "table",
        [
            ["Item", "Limit"],
            ["Discharge temperature", "must not exceed 140 °C"],
            ["Net oil pressure (oil pressure minus crankcase pressure)", "2.5-4.0 bar in running; trip below 1.5 bar"],
            ["Crankcase oil temperature", "40-60 °C in running, max. 70 °C"],
            ["Suction superheat", "at least 5 K"],
            ["Starts per hour", "no more than 6"],
            ["Cooling water to heads and oil cooler", "1.2 m³/h (RC-4), 1.8 m³/h (RC-6), inlet 15-30 °C"],
            ["Running below 1000 rpm", "only at evaporating temperatures of -20 °C and above"],
        ],
        (85, 85),
    ),
    ("h", "3. Operation"),
    (
        "cols",
        [
            ("h", "Before the first start and after a long stop"),
            (
                "p",
                "Switch on the crankcase heater at least 12 hours before starting. At the start the crankcase "
                "oil must be at least 30 °C; the CP-20 blocks the start below 25 °C (N09). Check that the oil "
                "level is between 1/4 and 3/4 of the sight glass.",
            ),
            ("h", "Starting"),
            (
                "p",
                "The compressor always starts unloaded: the unloaders hold the suction valves open until the "
                "oil pump builds pressure. Open the suction stop valve slowly after the start and listen for "
                "liquid knock. The CP-20 ignores low oil pressure for the first 45 seconds (P08).",
            ),
            ("h", "Capacity control"),
            (
                "p",
                "The CP-20 loads and unloads cylinder pairs to hold the suction pressure setpoint (P01) within "
                "the neutral zone (P02). A step is changed no more often than every 30 seconds (P03). Running "
                "fully unloaded for hours heats the discharge.",
            ),
            ("h", "Oil"),
            (
                "p",
                "Use only Coldreach CRO-68 mineral refrigeration oil (ISO VG 68). Do not mix it with synthetic "
                "PAO or PAG oils. Oil carried over into an ammonia plant collects in the separator and the "
                "low-pressure vessels; drain it from there and never return it to the compressor.",
            ),
            ("h", "Water cooling"),
            (
                "p",
                "The heads and the oil cooler are water-cooled. Set the water flow so that the outlet is 5-10 K "
                "above the inlet. Open the water before starting and close it 10 minutes after stopping; cold "
                "water left flowing through a stopped compressor condenses ammonia in the heads.",
            ),
            ("h", "Shaft seal"),
            (
                "p",
                "A shaft seal may drip oil: no more than 3 drops per minute in running is normal. More than "
                "that, or a smell of ammonia at the seal, means the seal must be replaced.",
            ),
        ],
    ),
    ("h", "4. CP-20 parameters"),
    (
        "table",
        [
            ["No.", "Function", "Range", "Factory"],
            ["P01", "Suction pressure setpoint", "-0.5 to 6.0 bar g", "1.9 bar g"],
            ["P02", "Neutral zone around P01", "0.1-1.0 bar", "0.3 bar"],
            ["P03", "Delay between capacity steps", "10-120 s", "30 s"],
            ["P04", "Low suction pressure cut-out", "-0.8 to 4.0 bar g", "0.5 bar g"],
            ["P05", "High discharge pressure alarm", "10-18 bar g", "16 bar g"],
            ["P06", "Minimum run time", "1-15 min", "5 min"],
            ["P07", "Minimum stop time", "1-15 min", "3 min"],
            ["P08", "Oil pressure delay at start", "20-60 s", "45 s"],
            ["P09", "Maximum starts per hour", "1-6", "6"],
            ["P10", "Discharge temperature alarm", "100-135 °C", "130 °C"],
        ],
        (15, 75, 45, 35),
    ),
    ("h", "5. CP-20 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["N01", "High discharge pressure: safety switch at 19 bar g", "Reset by hand at the switch; check the condenser fans and pumps"],
            ["N02", "Suction pressure below P04", "Check the evaporator feed and the suction strainer"],
            ["N03", "Net oil pressure below 1.5 bar after the P08 delay", "Check the oil level, the oil filter and the oil for foaming"],
            ["N04", "Discharge temperature above 140 °C", "Check the superheat, the valves and the water cooling"],
            ["N05", "Crankcase oil temperature above 70 °C", "Check the oil cooler water flow"],
            ["N06", "Motor overload or motor protection relay", "Check the supply and the motor; reset"],
            ["N07", "Cooling water flow low", "Open the water; check the flow switch"],
            ["N08", "Liquid carry-over: suction superheat below 2 K for 60 s", "Check the expansion valve and the separator level"],
            ["N09", "Oil too cold to start: below 25 °C", "Check the crankcase heater; wait"],
            ["N10", "Suction pressure transmitter fault", "Check the cable and the 4-20 mA transmitter"],
            ["N11", "Discharge pressure transmitter fault", "Check the cable and the 4-20 mA transmitter"],
            ["N13", "Machine room ammonia detector at 500 ppm", "Compressor stopped, emergency ventilation on; enter only with breathing apparatus"],
            ["N14", "Emergency stop pressed", "Release and reset"],
            ["N15", "Start blocked: P09 starts per hour reached", "Wait; find out why the compressor cycles"],
        ],
        (16, 77, 77),
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Knocking, frost on the suction line and the crankcase", "Liquid ammonia returning to the compressor", "Throttle the suction stop valve; check the expansion device and the separator level"],
            ["Oil foams in the sight glass at start", "Ammonia dissolved in cold oil", "Check the crankcase heater; warm the oil before starting"],
            ["Oil level keeps falling", "Oil carried over into the plant", "Check the oil separator; drain oil from the low-side vessels"],
            ["One head hot, capacity low", "Broken or leaking discharge valve", "Check the valves of the hot cylinder"],
        ],
        (50, 60, 60),
    ),
    ("h", "7. Pumping down the compressor for service"),
    (
        "ol",
        [
            "Stop the compressor and close the suction stop valve.",
            "Start the compressor by hand, fully unloaded, and let it pump the crankcase down to 0.2 bar g. Stop "
            "it and close the discharge stop valve. Never pump the crankcase into vacuum.",
            "Lock off the motor isolator.",
            "Wait 10 minutes. If the crankcase pressure has risen above 0.5 bar g, ammonia is boiling out of the "
            "oil: open the discharge stop valve and repeat step 2.",
            "Release the remaining pressure through the purge valve into a drum of water, never into the machine "
            "room air.",
            "With the mask on, open the compressor at the service point.",
        ],
    ),
    ("h", "8. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Log the suction, discharge and oil pressures, the discharge temperature and the oil level"],
            ["After the first 500 h", "Change the oil and the oil filter; clean the suction strainer"],
            ["Every 4000 h", "Oil analysis; check the shaft seal and the coupling alignment"],
            ["Every 8000 h or yearly", "Change the oil and the oil filter; inspect the suction and discharge valves"],
            ["Every 24000 h", "Overhaul: valves, piston rings, bearings and shaft seal"],
        ],
        (45, 125),
    ),
    (
        "p",
        "Cylinder head bolts M16: tighten crosswise to 210 Nm. Coupling alignment: no more than 0.05 mm radial "
        "offset and 0.05 mm per 100 mm angular.",
    ),
    (
        "table",
        [
            ["Spare part", "RC-4", "RC-6"],
            ["Suction valve kit, per cylinder", "CRF-SV110", "CRF-SV110"],
            ["Discharge valve kit, per cylinder", "CRF-DV110", "CRF-DV110"],
            ["Piston ring set, per cylinder", "CRF-PR110", "CRF-PR110"],
            ["Shaft seal", "CRF-SS55", "CRF-SS55"],
            ["Oil filter cartridge", "CRF-OF20", "CRF-OF20"],
            ["Suction strainer", "CRF-SF80", "CRF-SF100"],
            ["CRO-68 oil, 20 L", "CRF-OIL68-20", "CRF-OIL68-20"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Flottex DF dissolved air flotation units
FLOTTEX = [
    ("title", "Flottex DF Series Dissolved Air Flotation Units\nOperation and Maintenance Manual - DF-10 and DF-25"),
    (
        "p",
        "Document FTX-OM-DF-09, Revision 3, September 2023. Flottex Water Systems B.V. The DF-10 and DF-25 "
        "remove suspended solids and fats, oils and grease (FOG) from industrial wastewater, mainly from food and "
        "drink plants. Coagulant and flocculant are dosed into a pipe flocculator ahead of the unit. Part of the "
        "clarified water is pumped back (recycled) into the saturator, where it takes up compressed air at 5-6 "
        "bar g; released through the release valve into the contact zone, it forms micro-bubbles that attach to "
        "the flocs and float them to the surface. A chain-and-flight skimmer pushes the float sludge over the "
        "beach into the sludge hopper, and heavy solids settle in the bottom hoppers. A lamella pack enlarges the "
        "separation area. The two models differ in size; the controls, alarms and procedures are the same.",
    ),
    (
        "warn",
        "WARNING: The saturator is a pressure vessel. Never loosen a fitting on the saturator or the recycle line "
        "before its gauge reads 0 bar. Float sludge from food waste gives off hydrogen sulphide when it stands: "
        "ventilate the sludge tank and never enter it without a gas test and a permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DF-10", "DF-25"],
            ["Hydraulic capacity", "10 m³/h", "25 m³/h"],
            ["Separation area (lamella, projected)", "4 m²", "10 m²"],
            ["Tank volume", "7.5 m³", "18 m³"],
            ["Recycle flow", "2-3 m³/h", "5-7.5 m³/h"],
            ["Recycle pump", "3 kW", "5.5 kW"],
            ["Saturator volume", "120 L", "250 L"],
            ["Saturator pressure", "5-6 bar g", "5-6 bar g"],
            ["Compressed air supply, min.", "7 bar g", "7 bar g"],
            ["Skimmer drive", "0.18 kW", "0.25 kW"],
            ["Bottom sludge valves", "2 x DN 100", "3 x DN 100"],
            ["Empty weight", "2.9 t", "5.6 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The hydraulic capacities hold for a feed temperature of 10-35 °C, suspended solids of no more than "
        "2000 mg/L and FOG of no more than 1000 mg/L. Between 35 and 45 °C less air dissolves: reduce the feed "
        "to 80 % of the hydraulic capacity. The feed temperature must never exceed 45 °C. The recycle flow should "
        "be 20 to 30 % of the feed flow. Tank, saturator and pipework are stainless steel 1.4404 (316L).",
    ),
    ("h", "2. Operation"),
    (
        "cols",
        [
            ("h", "Start-up"),
            (
                "p",
                "Fill the tank with clean water or effluent up to the outlet weir. Start the compressed air, then "
                "the recycle pump, and set the saturator pressure with the pressure regulating valve to 5.5 bar "
                "g. Wait until the contact zone turns milky white, about 5 minutes, before starting the feed and "
                "the dosing.",
            ),
            ("h", "Saturator level"),
            (
                "p",
                "The saturator runs half full of water with an air cushion above. The level probes open the air "
                "solenoid when the level rises above the upper probe and close it below the lower probe. A "
                "saturator full of water dissolves too little air; an empty one blows large bubbles into the "
                "tank.",
            ),
            ("h", "Dosing"),
            (
                "p",
                "Dose the coagulant first and the flocculant (polymer) at least 20 s of pipe flow later. Find the "
                "doses with a jar test each time the wastewater changes. Make up the polymer solution at "
                "0.1-0.3 % and let it age at least 45 minutes before use. The pH after the coagulant should be "
                "6.0-7.5 for iron or aluminium salts.",
            ),
            ("h", "Skimmer"),
            (
                "p",
                "Let the float sludge build up to a layer 50-150 mm thick before skimming. The skimmer runs on a "
                "timer; the factory setting is 2 minutes on and 8 minutes off. A thicker layer gives drier "
                "sludge, but above 150 mm it breaks off and sinks. Float sludge normally holds 3-6 % dry solids.",
            ),
            ("h", "Bottom sludge"),
            (
                "p",
                "Open the bottom sludge valves for 10-20 seconds each, once per shift, or more often when the "
                "feed carries sand or grit. Open one valve at a time.",
            ),
            ("h", "Shut-down"),
            (
                "p",
                "Stop the feed and the dosing, skim until the surface is clear, then stop the recycle pump and "
                "the air. For stops longer than 48 hours drain the tank and rinse it: standing float sludge "
                "turns septic.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E31", "Recycle pump motor overload", "Check the pump and the strainer ahead of it"],
            ["E32", "Saturator pressure below 4.5 bar g for 60 s", "Check the recycle pump; check the release valve for wear"],
            ["E33", "Saturator pressure above 7 bar g", "Check the release valve for blockage; the safety valve opens at 8 bar g"],
            ["E34", "Saturator level high for more than 5 minutes", "Air supply failed: check the compressed air and the solenoid"],
            ["E35", "Saturator level low for more than 5 minutes", "Air solenoid stuck open or level probe dirty"],
            ["E36", "Compressed air supply below 6.5 bar g", "Check the compressor and the air filter"],
            ["E37", "Skimmer overload or shear pin broken", "Check for a jammed flight; replace the shear pin"],
            ["E39", "Sludge hopper level high", "Check the sludge pump; the skimmer stops"],
            ["E40", "Feed pump no flow", "Check the feed pump and the feed tank level"],
            ["E41", "Coagulant dosing pump fault", "Check the pump and the day tank"],
            ["E42", "Flocculant dosing pump fault", "Check the pump and the polymer make-up unit"],
            ["E43", "Feed pH outside 5.5-9.5", "Check the pH correction and the probe"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Cloudy effluent with fine flocs", "Coagulant dose wrong; pH outside range", "Jar test; check the pH after the coagulant"],
            ["Flocs float but break up at the skimmer", "Flocculant dose too low or polymer not aged", "Check the make-up and the dose"],
            ["Large bubbles, surface boils at the inlet", "Saturator level low; release valve worn", "Check the level probes; replace the release valve insert"],
            ["Float layer sinks in patches", "Layer thicker than 150 mm; skimmer off time too long", "Skim more often"],
            ["Wet, runny float sludge", "Skimmer running too often", "Lengthen the off time"],
            ["Milky effluent", "Recycle flow too high for the feed", "Lower the recycle to 20-30 % of the feed"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Cleaning the release valve"),
    (
        "ol",
        [
            "Stop the recycle pump and close the air supply.",
            "Open the saturator vent valve and wait until the gauge reads 0 bar.",
            "Close the isolating valves on each side of the release valve.",
            "Remove the valve insert and clean the orifice with water and a soft brush; never use a drill or wire, "
            "which enlarges the orifice.",
            "Replace the insert if the orifice edge is rounded or the seat is scored.",
            "Refit it, open the isolating valves, start the air and the pump and set the saturator pressure to "
            "5.5 bar g.",
        ],
    ),
    ("h", "6. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the effluent, the float layer and the saturator pressure; blow down the bottom sludge"],
            ["Weekly", "Clean the pH probe; check the skimmer chain sag (20-30 mm between sprockets)"],
            ["Monthly", "Clean the release valve; check the flights for wear"],
            ["Every 6 months", "Drain the tank; hose down the lamella pack and the bottom hoppers"],
            ["Yearly", "Inspection of the saturator as a pressure vessel; test the safety valve"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "DF-10", "DF-25"],
            ["Release valve insert", "FTX-RV25", "FTX-RV40"],
            ["Skimmer flight", "FTX-SF10", "FTX-SF25"],
            ["Skimmer chain, per metre", "FTX-CH12", "FTX-CH12"],
            ["Shear pin, pack of 10", "FTX-SP6", "FTX-SP8"],
            ["Saturator safety valve, 8 bar", "FTX-SV8", "FTX-SV8"],
            ["Recycle pump mechanical seal", "FTX-MS3", "FTX-MS55"],
            ["Lamella module", "FTX-LM1", "FTX-LM1"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Pulvrett HX hammer mills
PULVRETT = [
    ("title", "Pulvrett HX Hammer Mills\nOperating and Maintenance Manual - HX-37 and HX-55"),
    (
        "p",
        "Document PLV-OM-HX-02, Edition 6, November 2023. Pulvrett Milling Systems GmbH. The HX-37 and HX-55 "
        "are full-circle screen hammer mills for grinding cereals, maize, oilseed cake and dry feed ingredients. "
        "The rotor carries swinging hammers on four pins and turns inside a screen that surrounds it; the ground "
        "material leaves through the screen holes and is drawn off by an air system. A variable-speed feeder "
        "with a plate magnet spreads the material across the full rotor width. The MC-2 mill controller sets the "
        "feeder speed to hold the motor current at a setpoint and shows fault codes. The two models have the "
        "same rotor diameter, hammers and controls; the HX-55 has a wider rotor.",
    ),
    (
        "warn",
        "WARNING: The rotor runs down for up to 3 minutes after the motor stops. The door stays locked until the "
        "standstill monitor confirms that the rotor has stopped; never defeat the door lock. Tramp metal and "
        "stones cause sparks and damage the rotor: clean the magnet every shift. Grinding makes combustible "
        "dust; keep the mill room clean.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HX-37", "HX-55"],
            ["Motor", "37 kW, 2-pole", "55 kW, 2-pole"],
            ["Rated motor current at 400 V", "68 A", "98 A"],
            ["Rotor speed at 50 Hz", "2980 rpm", "2980 rpm"],
            ["Rotor diameter", "560 mm", "560 mm"],
            ["Hammer tip speed", "87 m/s", "87 m/s"],
            ["Grinding chamber width", "400 mm", "600 mm"],
            ["Hammers", "48 (4 rows of 12)", "72 (4 rows of 18)"],
            ["Hammer size", "180 x 50 x 6 mm", "180 x 50 x 6 mm"],
            ["Hammer tip to screen", "10 mm", "10 mm"],
            ["Screen holes available", "2, 3, 4 and 6 mm", "2, 3, 4 and 6 mm"],
            ["Capacity, maize, 3 mm screen", "6 t/h", "9 t/h"],
            ["Capacity, wheat, 3 mm screen", "5 t/h", "7.5 t/h"],
            ["Airflow required", "30 m³/min", "45 m³/min"],
            ["Weight", "1450 kg", "1900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Capacities hold for grain with no more than 14 % moisture, new hammers and screen and the stated "
        "airflow through the screen. Wetter grain grinds slower and heats the mill: at 16 % moisture expect "
        "about 20 % less. With a 2 mm screen the capacity is about half of that with a 3 mm screen. The mill "
        "must not be run from an inverter above 50 Hz: the rotor is balanced and rated for 2980 rpm at most.",
    ),
    ("h", "2. Operation"),
    (
        "p",
        "Start the air system first, then the mill. Wait until the motor has reached full speed (star-delta "
        "changeover after about 8 s) before the MC-2 releases the feeder. The MC-2 ramps the feeder up until the "
        "motor current reaches the setpoint, normally 85-95 % of the rated current: 58-65 A on the HX-37 and "
        "83-93 A on the HX-55.",
    ),
    (
        "p",
        "To stop, stop the feeder first and let the mill run empty for at least 30 seconds so that the screen "
        "clears, then stop the motor. Keep the air system running until the rotor has stopped.",
    ),
    (
        "p",
        "Vibration on the bearing housings must be below 4.5 mm/s rms in normal running; the MC-2 trips the mill "
        "at 7.1 mm/s (M5). Bearing temperatures must not exceed 90 °C.",
    ),
    (
        "p",
        "Reverse the rotation at each hammer change, or at least every 500 hours, so that both edges of the "
        "hammers wear: switch the direction selector on the MC-2 with the mill stopped. The MC-2 asks you to "
        "confirm the direction at the next start (M12).",
    ),
    ("h", "3. MC-2 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M1", "Main motor overload relay tripped", "Check for overfeeding or a blocked screen; reset"],
            ["M2", "Motor current above 110 % of rated for 10 s", "Feeder stops; check the screen and the air system"],
            ["M3", "Drive end bearing above 90 °C", "Stop; check the lubrication and the bearing"],
            ["M4", "Non-drive end bearing above 90 °C", "Stop; check the lubrication and the bearing"],
            ["M5", "Vibration above 7.1 mm/s", "Check for missing or broken hammers and unequal hammer sets"],
            ["M6", "Door open or screen clamp not locked", "Close the door and lock the clamp"],
            ["M7", "Standstill monitor fault", "Door stays locked; check the speed sensor"],
            ["M8", "Feeder drive fault", "Check the feeder inverter"],
            ["M9", "Air system fault: differential pressure too low", "Check the fan and the filter"],
            ["M10", "Magnet cleaning due (every 8 h of running)", "Clean the magnet and confirm on the MC-2"],
            ["M12", "Rotation direction not confirmed", "Confirm the direction on the MC-2"],
            ["M13", "Emergency stop", "Release and reset"],
            ["M14", "Feeder running with the rotor below 90 % speed", "Check the motor and the star-delta starter"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Capacity falls over weeks", "Hammers and screen worn", "Turn or replace the hammers; replace the screen"],
            ["Capacity falls suddenly", "Screen blinded; air system weak", "Check the airflow and the filter"],
            ["Product coarser than usual", "Screen torn or holes worn; screen not seated", "Inspect and replace the screen"],
            ["Product warm, too many fines", "Too little air through the screen; moist grain", "Check the airflow; grain no wetter than 14 %"],
            ["Vibration after a hammer change", "Hammers not fitted as a weighed set", "Fit the hammers as a matched set"],
            ["Loud knock, then vibration", "Foreign body; broken hammer", "Stop at once; inspect the rotor and the screen"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the screen"),
    (
        "ol",
        [
            "Stop the mill, wait until the standstill monitor releases the door lock and lock off the main isolator.",
            "Open the mill door and release the screen clamp.",
            "Pull the screen out with the screen hook; wear gloves, the edges are sharp.",
            "Check the screen guides and seals for wear.",
            "Slide the new screen in until it seats against the rear stop.",
            "Lock the clamp and close the door; at the next start check the fineness of the product.",
        ],
    ),
    ("h", "6. Turning and replacing hammers"),
    (
        "ol",
        [
            "Stop the mill, wait for the door lock release and lock off the main isolator.",
            "Remove the screen (section 5).",
            "Pull the hammer pins one at a time with the pin puller, keeping the hammers and spacers of each row "
            "in order.",
            "Turn each hammer end for end to bring the unused corners forward, or fit new hammers when a hammer "
            "is worn to a length of 170 mm or less.",
            "Always replace hammers as a complete weighed set; the weights of two opposite rows must differ by "
            "no more than 10 g.",
            "Refit the pins with new retaining rings, refit the screen and run the mill empty for 2 minutes while "
            "watching the vibration.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the magnet; listen for unusual noise and check the vibration"],
            ["Weekly", "Inspect the hammers and the screen; check the door seal"],
            ["Every 500 h", "Reverse the rotation if it was not done at a hammer change"],
            ["Every 1000 h", "Grease the motor and rotor bearings with polyurea high-temperature grease: 25 g per bearing on the HX-37, 35 g on the HX-55"],
            ["Yearly", "Check the rotor balance and the pins for wear; test the standstill monitor"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "HX-37", "HX-55"],
            ["Hammer set, weighed", "PLV-HS48", "PLV-HS72"],
            ["Hammer pin", "PLV-HP25", "PLV-HP25"],
            ["Screen, 2 mm", "PLV-SC37-20", "PLV-SC55-20"],
            ["Screen, 3 mm", "PLV-SC37-30", "PLV-SC55-30"],
            ["Screen, 4 mm", "PLV-SC37-40", "PLV-SC55-40"],
            ["Screen, 6 mm", "PLV-SC37-60", "PLV-SC55-60"],
            ["Rotor bearing", "PLV-BR2316", "PLV-BR2318"],
            ["Rotor, complete, balanced", "-", "PLV-RT55"],
            ["Door seal", "PLV-DS37", "PLV-DS55"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("harvane-mf-mixed-flow-grain-dryer.pdf", "Harvane HRV-OM-MF-03 Rev B - MF-15 / MF-25", HARVANE),
        ("coldreach-rc-ammonia-compressor.pdf", "Coldreach CRF-IOM-RC-11 Issue 4 - RC-4 / RC-6", COLDREACH),
        ("flottex-df-dissolved-air-flotation.pdf", "Flottex FTX-OM-DF-09 Rev 3 - DF-10 / DF-25", FLOTTEX),
        ("pulvrett-hx-hammer-mill.pdf", "Pulvrett PLV-OM-HX-02 Ed 6 - HX-37 / HX-55", PULVRETT),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 8, 4, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
