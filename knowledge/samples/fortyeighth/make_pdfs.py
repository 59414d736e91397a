"""Generate the PDF manuals of the forty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set48venv && /tmp/set48venv/bin/pip install fpdf2 pypdf
    /tmp/set48venv/bin/python knowledge/samples/fortyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Aquidor FW fresh water generators
AQUIDOR = [
    ("title", "Aquidor FW Fresh Water Generators\nOperation and Maintenance Manual - FW-15 and FW-25"),
    (
        "p",
        "Document AQD-OM-FW-07, Edition 3, March 2025. Aquidor Marine Water Systems. The FW-15 and FW-25 are "
        "single-stage vacuum fresh water generators with titanium plate heat exchangers. The evaporator is heated "
        "by the main engine jacket cooling water; the condenser is cooled by sea water. A combined brine/air "
        "ejector, driven by the ejector pump, keeps the vacuum and removes the brine. The distillate pump delivers "
        "the fresh water through the salinometer to the fresh water tanks. Apart from the capacity, the plate "
        "packs, the pumps and the items named in this manual, the two models are built alike. The main engine "
        "jacket water system, its temperature control and its preheater are covered by the engine maker's "
        "documents. Treatment of the distillate for drinking (mineralisation, disinfection) is done by the ship's "
        "potable water plant and is not covered here.",
    ),
    (
        "warn",
        "WARNING: Do not produce fresh water within 20 nautical miles of the coast or in polluted water, harbours "
        "and estuaries. Sea water there may contain sewage and oil that pass into the distillate.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FW-15", "FW-25"],
            ["Nominal capacity, jacket water inlet 80 °C, sea water 32 °C", "15 t/24 h", "25 t/24 h"],
            ["Heat demand at nominal capacity", "420 kW", "700 kW"],
            ["Jacket water flow through the evaporator", "30 m³/h", "50 m³/h"],
            ["Jacket water temperature drop at nominal capacity", "about 12 K", "about 12 K"],
            ["Sea water flow (condenser and feed)", "48 m³/h", "80 m³/h"],
            ["Feed water to the evaporator, through the feed orifice", "1.9 m³/h", "3.1 m³/h"],
            ["Ejector pump, 440 V 3~ 60 Hz", "15 kW", "22 kW"],
            ["Ejector driving pressure at the ejector inlet", "at least 3.5 bar", "at least 4.0 bar"],
            ["Distillate pump, 440 V 3~ 60 Hz", "1.5 kW", "2.2 kW"],
            ["Evaporator plates (titanium)", "42", "66"],
            ["Condenser plates (titanium)", "48", "76"],
            ["Feed orifice diameter", "8.5 mm", "11.0 mm"],
            ["Salinity of distillate at nominal capacity", "below 2 ppm", "below 2 ppm"],
            ["Mass, dry", "1150 kg", "1480 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The nominal capacity holds only with jacket water entering at 80 °C at the flow given above and sea water "
        "at 32 °C. With jacket water at 70 °C the output falls to about 70 % of nominal. Colder sea water raises "
        "the output slightly; do not try to exceed the nominal capacity by throttling the sea water, as the "
        "boiling temperature then rises and scaling increases.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Stop the generator and close the jacket water valves before opening the evaporator or condenser. "
            "Let the vacuum break through the vacuum breaker valve before opening any cover.",
            "The plate packs are clamped with tie bolts. Never loosen the tie bolts while the unit is under vacuum "
            "or hot.",
            "Cleaning chemicals (Aquidor AQ-Clean acid descaler) are corrosive. Wear goggles, gloves and an apron "
            "and follow the chemical's safety data sheet.",
            "Water produced while the salinity alarm is active is dumped to the bilge automatically. Never bypass "
            "the dump valve to fill the tanks.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Vacuum and boiling temperature"),
            (
                "p",
                "In normal running the vacuum is at least 90 % (shell pressure about 0.10 bar absolute or lower) and "
                "the boiling temperature lies between 40 °C and 60 °C. A boiling temperature above 60 °C means too "
                "little vacuum or too much heat: scale forms much faster on the evaporator plates.",
            ),
            ("h", "Salinometer"),
            (
                "p",
                "The salinometer alarm is factory set at 4 ppm and may be set between 2 and 10 ppm. The dump valve "
                "opens and the distillate pump output goes to the bilge whenever the reading is above the set point. "
                "Check the salinometer cell against the test resistor every month.",
            ),
            ("h", "Jacket water"),
            (
                "p",
                "The jacket water bypass valve must be set so that the main engine jacket water outlet temperature "
                "stays within the range the engine maker gives. The evaporator may take no more than the flow in the "
                "technical data; never reduce the jacket water flow to the engine to raise the output.",
            ),
            ("h", "Anti-scale dosing"),
            (
                "p",
                "Dose Aquidor AQ-Dose anti-scale into the feed water continuously: 2.5 L per 24 h (FW-15) or 4.0 L "
                "per 24 h (FW-25), diluted in the 60 L dosing tank with fresh water.",
            ),
            ("h", "Brine density"),
            (
                "p",
                "The feed orifice is sized for a feed rate of about three times the output. The brine then leaves "
                "the evaporator at a salinity about 1.5 times that of the sea water. Never fit a smaller orifice.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "High salinity", "Reading above the set point for 10 s; distillate dumped. See section 5."],
            ["A02", "Low vacuum", "Shell pressure above 0.20 bar absolute for 60 s: ejector pressure low, air leak "
             "or sea water too warm."],
            ["A03", "Ejector pump overload", "Motor protection tripped. Check the pump and the strainer; reset."],
            ["A04", "Distillate pump overload", "Motor protection tripped. Check for a blocked discharge."],
            ["A05", "Distillate pump dry run", "No distillate for 5 min after start: no boiling, or the pump "
             "has lost its suction."],
            ["A06", "High boiling temperature", "Boiling temperature above 60 °C for 5 min."],
            ["A08", "Jacket water low flow", "Flow switch open: evaporator valves closed or bypass valve fully open."],
            ["A09", "Dosing tank low", "Anti-scale tank below 10 L. Refill (section 3)."],
            ["A10", "Salinometer fault", "Cell open circuit or reading below 0.1 ppm. Check the cell and cable."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Salinity rises slowly over days while the output stays normal",
                "Leaking condenser plate gasket, or a perforated plate",
                "Pressure test the condenser (section 9); replace gaskets or plates",
            ],
            [
                "Salinity jumps high right after start",
                "Boiling too violent: heat supplied before the vacuum was reached, carry-over of brine",
                "Open the jacket water only at 90 % vacuum; reduce the jacket water flow for the first 10 min",
            ],
            [
                "Output falls off gradually over weeks",
                "Scale on the evaporator plates",
                "Check the dosing; clean the plates chemically (section 8)",
            ],
            [
                "Vacuum poor, ejector pump running normally",
                "Air leak at a cover gasket, vacuum breaker valve not closed, or the ejector nozzle worn",
                "Check the gaskets and the valve; measure the ejector pressure; replace a worn nozzle",
            ],
            [
                "Distillate pump noisy, output low",
                "Pump cavitating: water level in the condenser too low, or the pump speed too high",
                "Throttle the distillate discharge valve until the noise stops",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the generator"),
    (
        "ol",
        [
            "Check that the ship is more than 20 nautical miles from the coast.",
            "Open the sea water inlet and outlet valves of the ejector pump and the condenser.",
            "Close the vacuum breaker valve and the drain valves.",
            "Start the ejector pump and check that the ejector driving pressure is at least 3.5 bar (FW-15) or "
            "4.0 bar (FW-25).",
            "Wait until the vacuum reaches at least 90 %; this takes about 10 min.",
            "Open the jacket water inlet and outlet valves slowly, then close the bypass valve gradually.",
            "Boiling starts when the shell temperature falls below the jacket water temperature; watch the sight glass.",
            "Switch the salinometer on and start the distillate pump.",
            "Open the anti-scale dosing valve.",
            "After 15 min check the salinity: the distillate goes to the tank only when the reading is below the set "
            "point. Record the water meter reading.",
        ],
    ),
    ("h", "7. Stopping the generator"),
    (
        "ol",
        [
            "Open the jacket water bypass valve and close the evaporator jacket water inlet and outlet valves.",
            "Stop the distillate pump and switch off the salinometer.",
            "Close the anti-scale dosing valve.",
            "Let the ejector pump run for 5 min to cool the evaporator, then stop it.",
            "Open the vacuum breaker valve.",
            "Close the sea water valves. If the unit stays out of use for more than 7 days, drain the sea water side.",
        ],
    ),
    ("h", "8. Chemical cleaning of the plates"),
    (
        "ol",
        [
            "Stop the generator (section 7) and drain the evaporator.",
            "Connect the cleaning tank and pump to the feed and brine connections as shown in drawing AQD-CL-02.",
            "Fill the cleaning tank with fresh water and mix in AQ-Clean to a 10 % solution.",
            "Circulate the solution at 40-50 °C for at least 4 h, or until no more gas forms. The solution must not "
            "be hotter than 60 °C, as it then attacks the gaskets.",
            "Check the pH of the solution every hour: when it rises above 2, add AQ-Clean.",
            "Drain the solution into a container for disposal ashore and neutralise the tank residues.",
            "Flush with fresh water until the pH of the flushing water is above 6.",
            "Restart the generator and check the output against the water meter after 24 h.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Record vacuum, boiling temperature, salinity, water meter and jacket water temperatures"],
            ["Monthly", "Salinometer check with the test resistor; clean the ejector pump strainer"],
            ["3 months or when the output has fallen by 15 %, whichever comes first",
             "Chemical cleaning of the evaporator plates (section 8)"],
            ["12 months", "Open the plate packs, inspect plates and gaskets; pressure test the condenser at 2 bar "
             "sea water side for 30 min"],
            ["2 years", "Replace the ejector nozzle; overhaul the pumps"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Tightening the plate packs: the pack length A between the frame plate and the pressure plate is given on "
        "the plate of each unit. Tighten the tie bolts evenly in the order on the plate until A is reached; never "
        "tighten below A - 2 mm. A pack that leaks at length A needs new gaskets.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FW-15", "FW-25"],
            ["Evaporator plate gasket set", "AQD-EG-15", "AQD-EG-25"],
            ["Condenser plate gasket set", "AQD-CG-15", "AQD-CG-25"],
            ["Ejector nozzle", "AQD-EN-15", "AQD-EN-25"],
            ["Feed orifice", "AQD-FO-085", "AQD-FO-110"],
            ["Salinometer cell with cable", "AQD-SC-01", "AQD-SC-01"],
            ["Vacuum breaker valve", "AQD-VB-20", "AQD-VB-20"],
            ["AQ-Clean descaler, 25 kg", "AQD-CH-25", "AQD-CH-25"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Helmstad HS steering gear hydraulic units
HELMSTAD = [
    ("title", "Helmstad HS Steering Gear Hydraulic Power Units\nOperation and Maintenance - HS-250 and HS-400"),
    (
        "p",
        "Document HLM-OM-HS-11, Edition 2, June 2024. Helmstad Steering Systems. The HS-250 and HS-400 are "
        "four-ram electro-hydraulic steering gears with two identical power units. Each power unit has an electric "
        "motor, a variable displacement axial piston pump controlled by a floating lever (follow-up) or by solenoid "
        "valves (non-follow-up), a tank and a filter. Either power unit can move the rudder alone; both together "
        "move it at twice the speed. The rams, the tiller and the rudder stock are sized by the shipyard; their "
        "inspection is covered by the class society's survey, not by this manual. The bridge steering stand and "
        "the autopilot have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Before working on the rams, the tiller or a power unit, stop both pumps, lock the starters in the "
        "OFF position at the steering gear room and at the bridge, and secure the rudder with the rudder brake or "
        "the isolating valves. A rudder moved by the sea can crush a person in the tiller area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HS-250", "HS-400"],
            ["Rated torque at working pressure", "250 kNm", "400 kNm"],
            ["Rudder stock diameter in the tiller", "up to 300 mm", "up to 360 mm"],
            ["Maximum rudder angle (electrical limit)", "35° each side", "35° each side"],
            ["Mechanical rudder stops", "37° each side", "37° each side"],
            ["Working pressure at rated torque", "145 bar", "160 bar"],
            ["Relief valve setting (125 % of working pressure)", "180 bar", "200 bar"],
            ["Pump delivery per power unit", "45 L/min", "62 L/min"],
            ["Time 35° one side to 30° other side, one power unit", "24 s", "26 s"],
            ["Time 35° one side to 30° other side, both power units", "12 s", "13 s"],
            ["Motor per power unit, 440 V 3~ 60 Hz", "15 kW, 25 A", "22 kW, 36 A"],
            ["Oil tank per power unit", "150 L", "220 L"],
            ["Storage tank (refill of one complete system)", "300 L", "450 L"],
            ["Hydraulic oil", "ISO VG 46 (HLP 46)", "ISO VG 46 (HLP 46)"],
            ["Filter element, return line", "10 µm", "10 µm"],
            ["Mass, two power units and rams, dry", "5.8 t", "8.1 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rudder times hold at the ship's deepest seagoing draught and maximum ahead service speed, with the "
        "oil at working temperature (30-60 °C). Below 10 °C oil temperature the tank heaters must run before the "
        "gear is tested; times measured with cold oil are not valid for the test record.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only one power unit may be switched off for maintenance while the ship is at sea; the other must be in "
            "service and its isolating valves open.",
            "Never set a relief valve above the value in the technical data. The relief valves are sealed; a broken "
            "seal must be reported to the chief engineer and entered in the log.",
            "Hydraulic oil at 145-200 bar can penetrate the skin. Never feel for leaks with the hand.",
            "The emergency steering instructions and the block diagram of the changeover must be posted in the "
            "steering gear room and on the bridge.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Rudder angle limit switches"),
            (
                "p",
                "The electrical limit switches stop the pump stroke at 35° each side. They must act at least 1.5° "
                "before the mechanical stops. Check after any work on the tiller that the rudder stops at 35° ±0.5° "
                "on the rudder angle indicator in the steering gear room.",
            ),
            ("h", "Rudder angle indicators"),
            (
                "p",
                "The bridge indicator and the local indicator must agree with the mechanical pointer on the rudder "
                "stock within ±1°. With a larger difference adjust the transmitter (section 8).",
            ),
            ("h", "Hydraulic lock"),
            (
                "p",
                "The hydraulic lock alarm (S06) is given when the pump is commanded but the rudder does not move by "
                "more than 0.5° within 3 s. Causes are a stuck valve, air in the system or both units working "
                "against each other. Stop one power unit at once: the rudder must then move with the other.",
            ),
            ("h", "Low level and isolation"),
            (
                "p",
                "Each tank has two level switches. The first gives the low level alarm at 70 % of the normal level. "
                "The second, at 50 %, starts the automatic isolation: the system is split into two, and the half "
                "that loses oil is stopped. The other pair of rams then steers alone at half the rated torque.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Normal working temperature 30-60 °C. The high temperature alarm is set at 70 °C. Above 80 °C the "
                "oil must not be used: stop the unit, find the cause and let it cool.",
            ),
            ("h", "Filter"),
            (
                "p",
                "The filter differential pressure indicator turns red and gives alarm S07 at 2.5 bar. Replace the "
                "element within 24 h of the alarm; the bypass valve opens at 3.5 bar and the oil then passes "
                "unfiltered.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["S01", "Power failure No. 1", "Supply to power unit No. 1 lost. Start No. 2; check the supply breaker."],
            ["S02", "Power failure No. 2", "As S01, power unit No. 2."],
            ["S03", "Phase failure", "One phase lost. The motor is stopped to protect it; start the other unit."],
            ["S04", "Motor overload", "Overload warning only; the motor keeps running (steering motors are not "
             "tripped on overload). Reduce the rudder activity and check the pump."],
            ["S05", "Low oil level", "Tank level below 70 %. Find the leak; top up from the storage tank."],
            ["S06", "Hydraulic lock", "Rudder does not follow the command. Stop one power unit (section 3)."],
            ["S07", "Filter clogged", "Differential pressure 2.5 bar. Replace the element within 24 h."],
            ["S09", "Oil temperature high", "Oil above 70 °C. Check the tank cooler and for a relief valve "
             "blowing off."],
            ["S10", "Control failure", "No signal from the bridge or the autopilot. Change over to the other "
             "control system or to local control."],
            ["S11", "Isolation active", "Low-low level: the system has been split. Steer with the remaining rams."],
            ["S12", "Angle feedback fault", "Rudder angle transmitter signal lost. Steer in non-follow-up."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Rudder moves slower than the times in the data table",
                "Worn pump, relief valve opening early or air in the oil",
                "Measure the time with each unit alone; check the relief valve pressure; bleed the rams",
            ],
            [
                "Rudder drifts away from the ordered angle with the pump stopped",
                "Leaking ram seals or a leaking isolating valve",
                "Close the isolating valves one pair at a time to find the leaking side",
            ],
            [
                "Rudder hunts around the ordered angle",
                "Follow-up linkage loose, or the autopilot gain too high",
                "Check the floating lever joints; the autopilot settings are in its own manual",
            ],
            [
                "Oil foams in the tank, pump noisy",
                "Air drawn in at the suction, or the oil level low",
                "Top up; check the suction pipe joints; bleed the system",
            ],
            [
                "Unit very hot, S09 after a long passage in heavy weather",
                "Continuous rudder activity, tank cooler fouled",
                "Clean the cooler; run both units only when needed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Testing before departure"),
    (
        "ol",
        [
            "Within 12 h before departure, start power unit No. 1 from the bridge.",
            "Move the rudder to 35° port and to 35° starboard and check that it stops at the limits.",
            "Check the bridge and local rudder angle indicators against each other.",
            "Stop No. 1 and repeat steps 1 to 3 with power unit No. 2.",
            "Test the changeover between the two control systems from the bridge.",
            "Switch off the supply of each unit in turn and check alarms S01 and S02 on the bridge.",
            "Test the low level alarm with the test button on each tank.",
            "Check the communication between the bridge and the steering gear room.",
            "Enter the results in the deck log.",
        ],
    ),
    ("h", "7. Changing over to local (emergency) steering"),
    (
        "ol",
        [
            "Establish communication with the bridge by the sound-powered telephone.",
            "Turn the control selector on the power unit starter panel from REMOTE to LOCAL.",
            "Start the power unit that is to steer; check its isolating valves are open.",
            "Follow the rudder orders from the bridge with the non-follow-up push buttons PORT and STBD on the "
            "local panel, watching the local rudder angle indicator.",
            "If both control systems fail, take out the locking pin of the floating lever and steer by moving the "
            "lever by hand: toward the tiller moves the rudder to port.",
            "Confirm each order back to the bridge when the rudder has reached it.",
            "Carry out this changeover as a drill at least every 3 months and record it.",
        ],
    ),
    ("h", "8. Replacing the return filter element"),
    (
        "ol",
        [
            "Stop the power unit and lock its starter in the OFF position. Leave the other unit in service.",
            "Close the isolating valves of the stopped unit.",
            "Open the filter vent screw and let the pressure fall to zero.",
            "Unscrew the filter bowl and remove the element HLM-FE-10.",
            "Check the old element for metal particles: bright particles mean pump wear, report them.",
            "Fit the new element and a new bowl O-ring, lightly oiled.",
            "Tighten the bowl by hand, close the vent screw, open the isolating valves.",
            "Start the unit, run it for 5 min and check for leaks. Top up the tank to the normal level.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check oil levels, leaks, unusual noise; grease the tiller bearing if fitted with nipples"],
            ["Weekly", "Check the storage tank level; test the oil tank heaters"],
            ["3 months", "Emergency steering drill (section 7)"],
            ["6 months or 2000 running hours, whichever comes first", "Oil sample for laboratory analysis"],
            ["12 months", "Check relief valve settings with a test gauge; check the angle transmitters"],
            ["5 years", "Replace the ram seals (Helmstad service or a class-approved workshop)"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Oil analysis: the oil is fit for further use up to cleanliness class 18/16/13 (ISO 4406) and a water "
        "content of no more than 0.05 %. Worse results call for a filter change and a repeat sample within one month.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HS-250", "HS-400"],
            ["Return filter element 10 µm", "HLM-FE-10", "HLM-FE-10"],
            ["Ram seal kit (one ram)", "HLM-RS-250", "HLM-RS-400"],
            ["Relief valve cartridge", "HLM-RV-180", "HLM-RV-200"],
            ["Rudder angle transmitter", "HLM-AT-02", "HLM-AT-02"],
            ["Solenoid valve coil 24 V DC", "HLM-SC-24", "HLM-SC-24"],
            ["Level switch, two-stage", "HLM-LS-2", "HLM-LS-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Thorsgaard TA main air compressors
THORSGAARD = [
    ("title", "Thorsgaard TA Main Air Compressors\nInstruction Manual - TA-160 and TA-250"),
    (
        "p",
        "Document THG-IM-TA-04, Edition 5, November 2024. Thorsgaard Marine Compressors. The TA-160 and TA-250 are "
        "two-stage, water-cooled reciprocating compressors for starting air at 30 bar. The low pressure (LP) and "
        "high pressure (HP) cylinders are in line; intercooler and aftercooler are tube-nest coolers in the "
        "cylinder block water jacket. The compressor is driven by an electric motor through a flexible coupling "
        "and lubricated by a gear pump on the crankshaft. Apart from the capacity, the speed, the motor and the "
        "items named in this manual, the two models are built alike. The starting air receivers, their safety "
        "valves and the automatic drain of the receivers are supplied by the shipyard and are not covered here.",
    ),
    (
        "warn",
        "WARNING: Before opening the compressor, stop it, lock the starter in the OFF position, close the "
        "discharge valve to the receivers and open the drain valves of both stages so that no pressure is left in "
        "the cylinders or coolers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TA-160", "TA-250"],
            ["Free air delivery at 30 bar, suction air 20 °C", "160 m³/h", "250 m³/h"],
            ["Final pressure, maximum", "30 bar", "30 bar"],
            ["Speed", "1180 rpm", "1770 rpm"],
            ["Motor 440 V 3~ 60 Hz", "37 kW", "55 kW"],
            ["LP stage discharge pressure at 30 bar final pressure", "5.5-6.5 bar", "6.0-7.0 bar"],
            ["LP stage safety valve", "8.0 bar", "8.5 bar"],
            ["HP stage safety valve", "33 bar", "33 bar"],
            ["Cooling water flow (fresh water), inlet 36 °C maximum", "2.2 m³/h", "3.4 m³/h"],
            ["Crankcase oil quantity", "9 L", "14 L"],
            ["Lubricating oil", "compressor oil SAE 30", "compressor oil SAE 30"],
            ["Lube oil pressure, normal", "2.5-4.0 bar", "2.5-4.0 bar"],
            ["Air temperature after the aftercooler", "no more than 15 K above cooling water inlet",
             "no more than 15 K above cooling water inlet"],
            ["Mass with motor and base frame", "980 kg", "1240 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The free air delivery holds with suction air at 20 °C and 1 bar and a clean suction filter. Each 10 K of "
        "higher suction temperature reduces it by about 3 %. With two starting air receivers of 2.5 m³ each, one "
        "TA-160 fills both from 0 to 30 bar in about 56 min and one TA-250 in about 36 min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never run the compressor with the discharge valve closed; the HP safety valve would blow continuously "
            "and the valves overheat.",
            "Never use a flammable solvent to clean valves or coolers. Oil carbon on the valves together with hot "
            "air can ignite.",
            "Use only the compressor oil given in the data table. Engine oils form carbon at the HP discharge "
            "valve.",
            "The fusible plug in the HP discharge pipe melts at 120 °C. Replace it after it has melted; never plug "
            "the hole.",
        ],
    ),
    ("h", "3. Protection settings"),
    (
        "cols",
        [
            ("h", "Pressure switch"),
            (
                "p",
                "In automatic mode the pressure switch on the receiver starts the compressor at 25 bar and stops it "
                "at 30 bar. The lead compressor starts at 25 bar, the lag compressor at 23 bar. The setting is on "
                "the receiver panel, which is the shipyard's.",
            ),
            ("h", "Lube oil pressure"),
            (
                "p",
                "Alarm at 1.5 bar, shutdown at 1.2 bar after a start-up delay of 10 s. Normal pressure with warm oil "
                "2.5-4.0 bar.",
            ),
            ("h", "Discharge air temperature"),
            (
                "p",
                "The HP discharge air temperature before the aftercooler is monitored: alarm at 165 °C, shutdown at "
                "180 °C. The LP discharge temperature is normally 130-150 °C.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "Cooling water outlet alarm at 55 °C. The cooling water must flow before the compressor starts: the "
                "solenoid valve in the cooling water inlet opens with the start command. Never let cold water into "
                "a hot, dry jacket.",
            ),
            ("h", "Unloading and drains"),
            (
                "p",
                "The LP and HP drain valves stay open for the first 15 s after a start (unloaded start) and open for "
                "3 s every 15 min while running to drain the coolers.",
            ),
            ("h", "Starts per hour"),
            (
                "p",
                "The motor is rated for no more than 6 starts per hour. If the compressor starts more often, check "
                "the receivers and the starting air lines for leaks.",
            ),
        ],
    ),
    ("h", "4. Alarm and shutdown codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Lube oil pressure low", "Below 1.5 bar: oil level low, oil filter clogged or pump worn."],
            ["C02", "Lube oil pressure shutdown", "Below 1.2 bar. Do not restart before the cause is found."],
            ["C03", "HP discharge temperature high", "Above 165 °C: HP valves leaking or cooling water short."],
            ["C04", "HP discharge temperature shutdown", "Above 180 °C. Inspect the HP valves (section 8)."],
            ["C05", "Cooling water temperature high", "Outlet above 55 °C: flow too low or cooler fouled."],
            ["C06", "Cooling water flow", "Flow switch open after the start: solenoid valve not open."],
            ["C07", "Motor overload", "Motor protection tripped. Check the supply and the compressor for "
             "binding; reset after 5 min."],
            ["C08", "Too many starts", "More than 6 starts in 60 min. Check for air leaks."],
            ["C10", "Drain valve fault", "Drain valve did not close after the unloaded start; the compressor "
             "does not build pressure."],
            ["C11", "Service due", "1000 running hours since the last valve inspection."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "LP stage pressure higher than normal, HP discharge hot",
                "HP suction or delivery valve leaking",
                "Inspect and clean the HP valves (section 8)",
            ],
            [
                "LP stage pressure lower than normal, filling takes longer",
                "LP valves leaking or the suction filter clogged",
                "Clean the suction filter; inspect the LP valves",
            ],
            [
                "LP safety valve lifts",
                "HP suction valve stuck closed or broken",
                "Stop at once and inspect the HP suction valve",
            ],
            [
                "Oil consumption high, oil in the drain water",
                "Worn piston rings or oil scraper ring",
                "Check the rings at the next overhaul; measure the ring gap",
            ],
            [
                "Knocking at each revolution",
                "Loose valve, worn crosshead pin bearing or too little bump clearance",
                "Stop; check the valve bolts; measure the bump clearance",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting by hand"),
    (
        "ol",
        [
            "Check the crankcase oil level: between the marks of the dipstick.",
            "Open the cooling water inlet and outlet valves; check the flow in the sight glass.",
            "Open the discharge valve to the receiver.",
            "Open the LP and HP drain valves.",
            "Turn the compressor one revolution by hand to check that it moves freely.",
            "Start the motor.",
            "After 15 s close the drain valves. Check the lube oil pressure: at least 2.5 bar when warm.",
            "Check the LP stage pressure when the receiver is above 25 bar: 5.5-6.5 bar (TA-160) or 6.0-7.0 bar "
            "(TA-250).",
            "Switch to AUTO when the compressor runs normally.",
        ],
    ),
    ("h", "7. Changing the crankcase oil"),
    (
        "ol",
        [
            "Stop the compressor while the oil is warm and lock the starter in the OFF position.",
            "Drain the oil through the drain plug into a container.",
            "Remove the crankcase door and wipe out the sump with lint-free cloth.",
            "Clean the oil suction strainer; replace the oil filter element THG-OF-1.",
            "Refit the door with a new gasket.",
            "Fill with compressor oil SAE 30: 9 L (TA-160) or 14 L (TA-250), to the upper dipstick mark.",
            "Run the compressor unloaded for 5 min and check the oil pressure and the level.",
        ],
    ),
    ("h", "8. Inspecting the valves"),
    (
        "ol",
        [
            "Stop the compressor and make it pressure-free (see the warning at the start).",
            "Remove the valve covers and lift out the suction and delivery valves with the extractor THG-VX-2.",
            "Clean the valves in a non-flammable cleaner; never scrape the seats.",
            "Check the valve plates for cracks and wear. Replace a plate worn by more than 0.2 mm or with any crack.",
            "Replace the valve springs at every inspection.",
            "Reassemble with new copper gaskets; tighten the valve cover bolts to 90 Nm (LP) and 120 Nm (HP).",
            "Check the bump clearance with lead wire: 0.8-1.2 mm at the LP and 0.5-0.8 mm at the HP piston.",
            "Run the compressor and check the stage pressures; reset the service counter (C11).",
        ],
    ),
    ("h", "8a. Checking the safety valves"),
    (
        "ol",
        [
            "Run the compressor in manual mode with the receiver inlet valve open.",
            "Fit a test gauge of class 1.0 or better to the stage test connection.",
            "Close the receiver inlet valve slowly while watching the HP gauge.",
            "The HP safety valve must open at 33 bar and close again above 30 bar. Open the receiver inlet valve at "
            "once if the pressure passes 34 bar.",
            "To test the LP safety valve, throttle the HP suction with the test valve THG-TV-1: it must open at "
            "8.0 bar (TA-160) or 8.5 bar (TA-250).",
            "Never adjust a safety valve on board. A valve that opens outside ±3 % of its setting is replaced and "
            "the old valve sent to Thorsgaard service for resetting.",
            "Record the opening pressures in the maintenance log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level, the stage pressures and the drains"],
            ["500 h", "Clean the suction filter; check the safety valves (section 8a)"],
            ["1000 h or 12 months, whichever comes first", "Inspect the valves (section 8); change the crankcase "
             "oil (section 7)"],
            ["4000 h", "Clean the coolers; check the piston rings and the bearings"],
            ["8000 h", "Overhaul by Thorsgaard service: crankshaft, connecting rod bearings, cylinder liners"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TA-160", "TA-250"],
            ["LP suction and delivery valve set", "THG-LV-160", "THG-LV-250"],
            ["HP suction and delivery valve set", "THG-HV-160", "THG-HV-250"],
            ["Piston ring set, both stages", "THG-PR-160", "THG-PR-250"],
            ["Oil filter element", "THG-OF-1", "THG-OF-1"],
            ["Suction filter element", "THG-SF-160", "THG-SF-250"],
            ["Fusible plug 120 °C", "THG-FP-120", "THG-FP-120"],
            ["Gasket set", "THG-GS-160", "THG-GS-250"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Calvesk MI-400 shipboard incinerator
CALVESK = [
    ("title", "Calvesk MI-400 Shipboard Incinerator\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document CLV-OM-MI400-02, Edition 2, February 2025. Calvesk Marine Thermal. The MI-400 is a batch-loaded "
        "incinerator for solid ship-generated waste and sludge oil, type approved to IMO resolution MEPC.244(66). "
        "It has a primary combustion chamber with a diesel oil burner and a sludge oil burner, a secondary "
        "(afterburning) chamber, a flue gas fan with dilution air and an ash door. The sludge service tank, its "
        "heating and its transfer pump are part of the ship's installation; their sizes are given below only as "
        "the conditions the MI-400 needs. What may be burnt at sea and in which areas is governed by MARPOL Annex "
        "VI and the ship's garbage management plan, not by this manual.",
    ),
    (
        "warn",
        "WARNING: Never open the loading door while the burner is running or the primary chamber is above "
        "300 °C. Hot gases and flames can blow out of the door. Wear the heat-resistant gloves and face shield "
        "supplied when loading and when removing ash.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MI-400"],
            ["Rated thermal capacity", "400 kW"],
            ["Sludge oil burning rate, at 25 % water content", "up to 45 L/h"],
            ["Solid waste per batch", "no more than 20 kg"],
            ["Solid waste burning rate, mixed ship waste", "about 60 kg/h"],
            ["Diesel oil burner (start and support), marine gas oil DMA", "12 kg/h"],
            ["Secondary chamber temperature, operating", "850-1200 °C"],
            ["Flue gas outlet temperature after dilution", "no more than 350 °C"],
            ["Primary chamber draught (underpressure)", "-0.5 to -2.0 mbar"],
            ["Flue gas fan", "5.5 kW, 440 V 3~ 60 Hz"],
            ["Sludge oil at the burner: temperature", "80-95 °C"],
            ["Sludge oil at the burner: viscosity", "no more than 25 cSt"],
            ["Sludge service tank (ship's), minimum", "1.5 m³, with circulation and heating"],
            ["Flue gas duct, inside diameter", "400 mm"],
            ["Mass, dry", "3.2 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The sludge burning rate holds for sludge with a water content of 25 % and a net calorific value of the "
        "oil part of about 40 MJ/kg. Sludge with more than 30 % water must be settled and drained in the sludge "
        "tank before it is burnt; it does not keep the secondary chamber at 850 °C.",
    ),
    ("h", "2. What must not be burnt"),
    (
        "ul",
        [
            "Annex I, II and III cargo residues and packing materials contaminated with them.",
            "Polychlorinated biphenyls (PCBs), garbage containing more than traces of heavy metals, refined "
            "petroleum products containing halogen compounds.",
            "Polyvinyl chloride (PVC) is burnt only because the MI-400 is type approved for it; never more than "
            "2 kg of PVC in one batch.",
            "Exhaust gas cleaning system residues, batteries, aerosol cans, gas cylinders and closed containers of "
            "any kind (explosion hazard).",
            "Glass and metal: they do not burn and they damage the refractory.",
        ],
    ),
    ("h", "3. Combustion control"),
    (
        "cols",
        [
            ("h", "Start and preheating"),
            (
                "p",
                "The diesel burner heats the secondary chamber first. Sludge oil is released only when the "
                "secondary chamber has reached 650 °C, and solid waste may be loaded only in the cold state or after "
                "a batch has burnt out. The MI-400 runs with the secondary chamber at 850 °C or more; below 850 °C "
                "the diesel burner fires again automatically.",
            ),
            ("h", "Temperature limits"),
            (
                "p",
                "Above 1150 °C the sludge burner rate is reduced; above 1200 °C the sludge burner stops (F05) and "
                "only the flue gas fan runs. The flue gas outlet after dilution must stay at or below 350 °C; the "
                "dilution air damper opens automatically.",
            ),
            ("h", "Draught"),
            (
                "p",
                "The flue gas fan keeps the primary chamber at -0.5 to -2.0 mbar. Positive pressure in the chamber "
                "for more than 5 s stops the burners (F07). Never run the incinerator with the ash door open.",
            ),
            ("h", "Sludge oil"),
            (
                "p",
                "The sludge tank must be circulated and heated to 80-95 °C for at least 2 h before burning. "
                "Drain the water from the tank bottom before each burning period. The sludge burner atomises with "
                "compressed air at 5-6 bar; the sludge pressure at the burner is set by the regulating valve to "
                "2-3 bar.",
            ),
            ("h", "Cooling down"),
            (
                "p",
                "After the burners stop, the flue gas fan runs on until the primary chamber is below 100 °C. Never "
                "stop the fan by switching off the main supply; the refractory and the door seals can be damaged "
                "by the heat.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Flame failure, diesel burner", "No flame within 5 s of ignition: no fuel, ignition electrode "
             "dirty or photocell dirty. Reset after 2 min purge."],
            ["F02", "Flame failure, sludge burner", "Flame lost: water in the sludge, sludge too cold, atomising "
             "air missing."],
            ["F03", "Atomising air pressure low", "Below 5 bar at the sludge burner."],
            ["F04", "Sludge temperature low", "Sludge at the burner below 80 °C. Check the tank heating and the "
             "line heater."],
            ["F05", "Secondary chamber over temperature", "Above 1200 °C: too much sludge or a waste batch with "
             "much plastic."],
            ["F06", "Flue gas outlet temperature high", "Above 350 °C after dilution: damper stuck or fan worn."],
            ["F07", "Chamber pressure positive", "Flue gas fan stopped, flue gas duct blocked or ash door open."],
            ["F08", "Loading door open", "Door switch open while the burners are asked to start."],
            ["F09", "Flue gas fan overload", "Motor protection tripped. Check the fan for deposits."],
            ["F10", "Secondary chamber temperature low", "Below 850 °C for 10 min with sludge burning: sludge too "
             "wet."],
            ["F12", "Thermocouple fault", "A thermocouple open circuit. The burners are stopped."],
            ["F13", "Emergency stop", "Emergency stop pressed. The fan keeps running."],
            ["F14", "Service due", "500 burner hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Black smoke from the funnel",
                "Too much waste or too much plastic in one batch, or too little combustion air",
                "Load smaller batches; check the combustion air damper and fan",
            ],
            [
                "Sludge burner flame goes out every few minutes",
                "Water slugs in the sludge, or the sludge cold",
                "Drain the sludge tank; check that the sludge is at 80-95 °C",
            ],
            [
                "Smoke comes out round the loading door",
                "Chamber pressure positive: fan or duct problem, door seal worn",
                "Check the fan and the duct; replace the door seal rope",
            ],
            [
                "Unburnt waste left in the ash",
                "Batch too large or burning time too short",
                "Burn for at least 60 min per batch; load no more than 20 kg",
            ],
            [
                "Secondary chamber slow to reach 650 °C",
                "Diesel burner nozzle worn or the refractory wet after repairs",
                "Replace the nozzle; dry new refractory as in section 8",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Burning solid waste (batch)"),
    (
        "ol",
        [
            "Check that the incinerator is cold or that the previous batch has burnt out and the primary chamber "
            "is below 300 °C.",
            "Remove the ash from the previous batch (section 7).",
            "Open the loading door and load no more than 20 kg of sorted waste, spread evenly; no more than 2 kg of "
            "PVC.",
            "Close and lock the loading door.",
            "Start the flue gas fan and wait for the 60 s pre-purge.",
            "Start the diesel burner: it heats the secondary chamber to 850 °C, then ignites the waste.",
            "Let the batch burn for at least 60 min; the programme ends when the primary chamber temperature falls.",
            "Record the quantity and the type of waste in the garbage record book.",
        ],
    ),
    ("h", "6a. Burning sludge oil"),
    (
        "ol",
        [
            "Drain the water from the bottom of the sludge service tank until oil comes out.",
            "Check that the sludge has been circulated and heated to 80-95 °C for at least 2 h.",
            "Open the atomising air supply and check 5-6 bar at the burner.",
            "Start the flue gas fan and the diesel burner; wait until the secondary chamber reaches 650 °C.",
            "Select SLUDGE on the panel: the sludge burner starts at its lowest rate.",
            "Raise the rate step by step while the secondary chamber stays between 850 °C and 1150 °C.",
            "Watch the funnel: the smoke must stay light grey or invisible.",
            "To stop, select SLUDGE OFF: the sludge line is flushed with diesel oil for 2 min so that it does not "
            "block when cold.",
            "Record the quantity burnt in the oil record book.",
        ],
    ),
    ("h", "7. Removing the ash"),
    (
        "ol",
        [
            "Wait until the primary chamber is below 60 °C and the flue gas fan has stopped.",
            "Put on gloves, face shield and a dust mask (FFP2 or better).",
            "Open the ash door and rake the ash into the ash container.",
            "Check the refractory for cracks wider than 3 mm and for missing pieces.",
            "Close the ash door and check that the door switch is made.",
            "Store the ash in closed containers and land it ashore as incinerator ash; it must not be discharged "
            "into the sea.",
        ],
    ),
    ("h", "8. Drying new refractory"),
    (
        "ol",
        [
            "After repairs to the refractory, let it air-dry with the doors closed for at least 24 h.",
            "Run the diesel burner only, with the secondary chamber set to 300 °C, for 4 h.",
            "Raise the set point by no more than 100 K per hour up to 850 °C.",
            "Hold 850 °C for 2 h before burning waste.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each use", "Remove the ash; check the refractory and the door seals"],
            ["Weekly", "Clean the photocell and the ignition electrodes; drain water from the sludge tank"],
            ["500 burner hours (F14)", "Replace the diesel burner nozzle; clean the sludge burner; check the "
             "atomising air"],
            ["12 months", "Clean the flue gas duct and the fan impeller; calibrate the thermocouples"],
            ["As needed", "Refractory repair with Calvesk castable CLV-RC-16; major relining by Calvesk service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Diesel burner nozzle 2.5 USgal/h 60°", "CLV-DN-25"],
            ["Sludge burner nozzle", "CLV-SN-45"],
            ["Ignition electrode set", "CLV-IE-2"],
            ["Photocell", "CLV-PC-1"],
            ["Thermocouple type K, secondary chamber", "CLV-TK-12"],
            ["Loading door seal rope, 3 m", "CLV-DS-3"],
            ["Refractory castable, 25 kg", "CLV-RC-16"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("aquidor-fw-fresh-water-generator.pdf", "Aquidor AQD-OM-FW-07 Ed 3 - FW-15 / FW-25", AQUIDOR),
        ("helmstad-hs-steering-gear-hydraulic-unit.pdf", "Helmstad HLM-OM-HS-11 Ed 2 - HS-250 / HS-400", HELMSTAD),
        ("thorsgaard-ta-main-air-compressor.pdf", "Thorsgaard THG-IM-TA-04 Ed 5 - TA-160 / TA-250", THORSGAARD),
        ("calvesk-mi-shipboard-incinerator.pdf", "Calvesk CLV-OM-MI400-02 Ed 2 - MI-400", CALVESK),
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
