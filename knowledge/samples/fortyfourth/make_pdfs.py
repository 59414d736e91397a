"""Generate the PDF manuals of the forty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set44venv && /tmp/set44venv/bin/pip install fpdf2 pypdf
    /tmp/set44venv/bin/python knowledge/samples/fortyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Vacuvell MVP medical vacuum plants
VACUVELL = [
    ("title", "Vacuvell MVP Medical Vacuum Plants\nInstallation, Operation and Maintenance - MVP-40 and MVP-63"),
    (
        "p",
        "Document VVL-OM-MVP-03, Edition 1, March 2025. Vacuvell Medical Gas Systems. The MVP-40 and MVP-63 are "
        "packaged medical vacuum plants for hospital piped medical gas systems. Each plant has three oil-lubricated "
        "rotary vane pumps, two vacuum vessels, a duplex bacteria filter assembly with drain flasks and a duty "
        "control panel, built on one skid. The two models differ in pump size, vessel size, filters and the other "
        "items named in the tables; the control panel, its settings and the procedures are the same. The pipeline, "
        "the terminal units, the area valve service units and the hospital's medical gas alarm system are not part "
        "of the plant: they are designed, tested and kept by the site under its own medical gas pipeline "
        "procedures, and the plant may only be connected to or isolated from the pipeline with a permit from the "
        "site's Authorised Person (MGPS).",
    ),
    (
        "warn",
        "WARNING: The bacteria filters, the drain flasks and the pump inlet side can hold infectious material. Wear "
        "gloves, an apron and eye protection when opening them, and treat every used element, flask content and "
        "inlet screen as clinical waste.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MVP-40", "MVP-63"],
            ["Pumps, rotary vane, oil-lubricated, displacement each at 50 Hz", "3 x 40 m³/h", "3 x 63 m³/h"],
            ["Plant capacity with one pump on standby (two pumps running)", "80 m³/h", "126 m³/h"],
            ["Ultimate pressure of each pump", "2 mbar absolute", "2 mbar absolute"],
            ["Motor per pump, 400 V 3~ 50 Hz", "1.1 kW, 2.5 A", "1.5 kW, 3.4 A"],
            ["Supply fuse", "16 A gG", "20 A gG"],
            ["Pump oil VV-100, quantity per pump", "1.0 L", "2.0 L"],
            ["Vacuum vessels", "2 x 250 L", "2 x 500 L"],
            ["Bacteria filters, duplex, rated flow of each filter", "90 m³/h", "140 m³/h"],
            ["Plant inlet connection / exhaust connection", "DN 50 / DN 40", "DN 65 / DN 50"],
            ["Sound pressure at 1 m, two pumps running", "66 dB(A)", "70 dB(A)"],
            ["Heat given off to the plant room, two pumps running", "1.9 kW", "2.6 kW"],
            ["Ambient temperature in operation", "5-40 °C", "5-40 °C"],
            ["Skid, length x width x height", "1850 x 900 x 1750 mm", "2300 x 1000 x 1950 mm"],
            ["Mass, empty", "520 kg", "780 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Pump displacements and plant capacities are given at 50 Hz, at the pump inlet, in free air. The plant "
        "capacity counts one pump as held in reserve: the plant must meet the design flow with its largest pump out "
        "of service. Plants built for 60 Hz supplies have a separate data sheet and the values in this manual do "
        "not apply to them. The design flow of the pipeline, and whether a plant is large enough for it, is decided "
        "by the site's medical gas designer, not by this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons appointed as Competent Persons (MGPS) under the site's procedures may work on the plant. A "
            "permit from the Authorised Person is needed before a pump, a filter or a vessel is isolated.",
            "Keep at least two pumps available at all times. Never isolate both bacteria filters or both vessels at "
            "the same time: the pipeline would lose its vacuum.",
            "The pump exhaust may carry infectious aerosols and oil mist. It must discharge outdoors, away from air "
            "intakes, windows and doors; the position of the outlet is the site's design and is not given here.",
            "Pump surfaces reach 85 °C in operation. Let a pump cool for at least 30 min before changing its oil.",
            "Switch a pump to OFF and lock its isolator at the panel before removing a guard or a coupling cover.",
        ],
    ),
    ("h", "3. Control settings"),
    (
        "cols",
        [
            ("h", "Switching points"),
            (
                "p",
                "The panel keeps the plant vacuum between the start and stop points of the lead pump, measured by "
                "the vacuum transmitter on the vessel header. All values are gauge pressures in kPa; a more negative "
                "value is a deeper vacuum. Lead pump: starts at -70 kPa and stops at -85 kPa. Lag pump: starts at "
                "-65 kPa and stops with the lead pump. Standby pump: starts at -60 kPa. The switching points are "
                "factory set and must stay within ±2 kPa of these values; a larger drift means the transmitter needs "
                "a check by Vacuvell service.",
            ),
            ("h", "Low vacuum alarm"),
            (
                "p",
                "When the vacuum at the header weakens to -53 kPa (the pressure rises above -53 kPa) for 10 s, the "
                "panel signals A01 to the site's medical gas alarm system. The alarm clears when the vacuum is back "
                "below -60 kPa.",
            ),
            ("h", "Duty rotation"),
            (
                "p",
                "The lead, lag and standby roles rotate every 24 h at 06:00 and after any pump fault, so that the "
                "running hours stay even. A pump with a fault is taken out of the rotation until the fault is reset "
                "at the panel.",
            ),
            ("h", "Run-on and starts"),
            (
                "p",
                "Once started, a pump runs for at least 3 min. No more than 10 starts per hour per pump are allowed; "
                "if the lead pump would start more often, the panel keeps it running. Frequent starts point to a "
                "leak or an open vessel drain (see the symptom table).",
            ),
            ("h", "Exhaust temperature"),
            (
                "p",
                "A sensor in each pump exhaust stops the pump above 110 °C (alarm A09). The pump can be reset once "
                "the exhaust has cooled below 80 °C.",
            ),
            ("h", "Emergency supply"),
            (
                "p",
                "After a mains failure the panel restarts the pumps one at a time, 5 s apart, when the essential "
                "supply returns. While the plant runs on the generator, A12 is shown for information.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Low plant vacuum",
                "Header pressure above -53 kPa for 10 s. Check the demand, pump faults and leaks. Signalled to the "
                "site's medical gas alarm system.",
            ],
            [
                "A02",
                "Pump 1 fault",
                "Motor protection tripped or pump failed to run. Check the motor current against the data "
                "(2.5 A or 3.4 A) and the coupling.",
            ],
            ["A03", "Pump 2 fault", "As A02, for pump 2."],
            ["A04", "Pump 3 fault", "As A02, for pump 3."],
            [
                "A05",
                "Filter differential high",
                "Pressure drop across the filter in service above 10 kPa. Change over to the standby filter and "
                "replace the element (section 6).",
            ],
            [
                "A06",
                "Drain flask full",
                "Liquid in the drain flask of a bacteria filter has reached the level switch. Empty the flask as "
                "clinical waste.",
            ],
            [
                "A07",
                "Phase failure",
                "A phase missing or wrong phase sequence on the supply. Never run the pumps in reverse.",
            ],
            [
                "A09",
                "Exhaust overtemperature",
                "Exhaust above 110 °C: oil level low, exhaust filter blocked or poor ventilation of the plant room.",
            ],
            ["A10", "Service due", "5000 h on a pump or 12 months since its last oil change."],
            [
                "A11",
                "Vacuum transmitter fault",
                "Signal outside 4-20 mA. The panel runs the pumps on the back-up vacuum switch at fixed points "
                "(start -65 kPa, stop -80 kPa) until the transmitter is repaired.",
            ],
            ["A12", "On emergency supply", "Information only."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lead pump runs nearly all the time, vacuum recovers slowly",
                "Leak in the plant (flask seal, vessel drain valve open), inlet screen blocked, worn vanes",
                "Leak test each vessel (section 8); clean the inlet screen; if the pump is still weak, call Vacuvell "
                "service",
            ],
            [
                "Blue haze or oil smell at the exhaust outlet",
                "Exhaust filter saturated, oil above the MAX mark",
                "Replace the exhaust filter; drain oil down to the middle of the sight glass",
            ],
            [
                "Oil milky or cloudy in the sight glass",
                "Water drawn into the pump past the filters, pump running cold",
                "Change the oil at once (section 7); check the drain flasks and filter bowls for liquid",
            ],
            [
                "Pump knocks or rattles when it starts",
                "Vanes sticking after a long stop, wrong oil",
                "Let it run for 5 min; use VV-100 only; if the noise stays, call Vacuvell service",
            ],
            [
                "Vacuum falls quickly once the lead pump stops",
                "Non-return valve of a pump passing, vessel drain valve open",
                "Isolate each pump in turn and watch the header gauge; leak test the vessels",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a bacteria filter element"),
    (
        "ol",
        [
            "Obtain the permit from the Authorised Person (MGPS). The plant stays in service on the other filter.",
            "Check that the standby filter's differential gauge reads zero and that its drain flask is empty.",
            "Open the inlet and outlet valves of the standby filter, then close the inlet and outlet valves of the "
            "filter to be changed. The panel shows which filter is in service.",
            "Open the vent valve on the isolated filter housing slowly to bring it up to atmospheric pressure.",
            "Wearing gloves, apron and eye protection, unscrew the filter bowl and the drain flask.",
            "Lift the element straight into a clinical waste bag and seal the bag; never knock or blow out an "
            "element.",
            "Wipe the bowl and the flask inside with the site's approved disinfectant wipes and let them dry.",
            "Fit a new element VV-BF-40 (MVP-40) or VV-BF-63 (MVP-63) with new O-rings, and refit the bowl and the "
            "flask hand tight.",
            "Close the vent valve, open the outlet valve and then the inlet valve slowly.",
            "With the plant running, check that the differential gauge of the new element reads no more than 2 kPa, "
            "and record the change in the plant log.",
        ],
    ),
    (
        "p",
        "Elements are changed every 12 months or when the differential exceeds 10 kPa (A05), whichever comes first. "
        "Change both elements on the same visit, one after the other.",
    ),
    ("h", "7. Changing the pump oil"),
    (
        "ol",
        [
            "Switch the pump to OFF at the panel; the other two pumps keep the plant in service.",
            "Close the pump's inlet isolating valve.",
            "Let the pump cool for at least 30 min.",
            "Place a tray under the drain plug, remove the filler plug and then the drain plug, and let the oil drain "
            "fully.",
            "Refit the drain plug with a new seal.",
            "Fill with VV-100 oil: 1.0 L (MVP-40) or 2.0 L (MVP-63), to the middle of the sight glass. Never mix "
            "another oil with VV-100.",
            "Refit the filler plug, open the inlet valve and switch the pump to AUTO.",
            "Run the pump for 10 min and check the level again; top up to the middle of the sight glass if needed.",
            "Reset the counter under SERVICE > PUMP n > OIL RESET; A10 clears.",
            "Dispose of the used oil as contaminated waste: it may hold material drawn from the pipeline.",
        ],
    ),
    ("h", "8. Leak test of a vessel"),
    (
        "ol",
        [
            "Obtain the permit. The other vessel keeps the plant in service during the test.",
            "Close the inlet valve of the vessel to be tested (the valve from the filters) and let the pumps draw "
            "the vessel down to the stop point of -85 kPa.",
            "Close the vessel's outlet valve to the pumps and note the reading of the vessel gauge.",
            "Wait 60 min without touching the valves.",
            "Read the gauge again. The vacuum must not fall by more than 5 kPa in 60 min, for example from -85 kPa "
            "to no weaker than -80 kPa.",
            "If it falls further, check the drain valve, the gauge connection and the flask seals with an "
            "ultrasonic leak detector, repair and repeat the test.",
            "Open the outlet valve and then the inlet valve, and record the result in the plant log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the panel for alarms, the header vacuum and the oil level of each pump in its sight glass"],
            ["Weekly", "Check the drain flasks; empty any liquid as clinical waste"],
            ["3 months", "Check that all three pumps start (panel TEST); check the exhaust outlet for oil"],
            ["6 months", "Clean the pump inlet screens; leak test each vessel (section 8)"],
            ["5000 h or 12 months, whichever comes first", "Change the pump oil (section 7)"],
            [
                "12 months or 10 kPa differential (A05), whichever comes first",
                "Change both bacteria filter elements (section 6)",
            ],
            ["10 000 h", "Replace the exhaust filters"],
            ["20 000 h", "Vane and bearing inspection by Vacuvell service"],
            [
                "As the site's procedures require",
                "Calibration of the vacuum transmitter and check of the alarm points, by Vacuvell service with the "
                "Authorised Person",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MVP-40", "MVP-63"],
            ["Bacteria filter element with O-rings", "VV-BF-40", "VV-BF-63"],
            ["Drain flask with level switch", "VV-DF-01", "VV-DF-01"],
            ["Exhaust filter", "VV-EF-40", "VV-EF-63"],
            ["Pump inlet screen", "VV-IS-40", "VV-IS-63"],
            ["Pump oil VV-100, 5 L", "VV-OIL-100", "VV-OIL-100"],
            ["Drain plug seals, pack of 10", "VV-SL-10", "VV-SL-10"],
            ["Vane set", "service only", "service only"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Vanes, bearings, shaft seals and motors are replaced by Vacuvell service only; no procedure for them is "
        "given in this manual.",
    ),
]

# ---------------------------------------------------------------- Sanivora IW instrument washer-disinfectors
SANIVORA = [
    ("title", "Sanivora IW Instrument Washer-Disinfectors\nOperation and User Maintenance - IW-8 and IW-12"),
    (
        "p",
        "Document SNV-UM-IW-02, Edition 3, January 2025. Sanivora Reprocessing Systems. The IW-8 and IW-12 are "
        "single-chamber, front-loading washer-disinfectors for surgical instruments and hollowware in a sterile "
        "services department. They prewash, clean with an alkaline detergent, neutralise, rinse and disinfect "
        "thermally with purified water, then dry the load with HEPA-filtered hot air. The IW-8 takes 8 DIN 1/1 "
        "trays on four levels and the IW-12 takes 12 trays on four levels in a wider chamber; the controls, the "
        "programmes and the procedures are the same. Validation and periodic testing to EN ISO 15883 are carried "
        "out by the site's test person; the validated programmes must not be changed outside that validation.",
    ),
    (
        "warn",
        "WARNING: The chamber, the load and the door glass are hot at the end of a cycle (up to 93 °C water during "
        "disinfection and 115 °C air during drying). Detergent and neutraliser are corrosive: wear gloves and eye "
        "protection when changing containers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IW-8", "IW-12"],
            ["Load, DIN 1/1 trays", "8 (4 levels x 2)", "12 (4 levels x 3)"],
            ["Chamber volume", "230 L", "330 L"],
            ["Water per wash or rinse phase, standard load carriers", "18 L", "24 L"],
            ["Water per phase with the injector carrier for hollowware", "21 L", "28 L"],
            ["Chamber heating", "12 kW", "18 kW"],
            ["Drying heater / drying air temperature", "3.5 kW / 115 °C", "4.5 kW / 115 °C"],
            ["Total connected load, 400 V 3N~ 50 Hz", "16 kW", "23 kW"],
            ["Supply fuse", "32 A", "40 A"],
            ["Circulation pump", "800 L/min", "1100 L/min"],
            ["Default drying time", "15 min", "20 min"],
            ["Water supplies: cold, hot (max 65 °C), purified", "2-6 bar each", "2-6 bar each"],
            ["Final rinse water conductivity", "no more than 30 µS/cm", "no more than 30 µS/cm"],
            ["Width x depth x height", "900 x 750 x 1950 mm", "1150 x 750 x 1950 mm"],
            ["Mass, empty", "310 kg", "380 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cycle times given in section 3 apply with a hot water supply of at least 55 °C; with cold water only, "
        "each heated phase takes about 8 min longer. The purified water for the final rinse comes from the site's "
        "reverse osmosis plant, which has its own manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained staff may load and run the machine. Only Sanivora service or persons trained by Sanivora "
            "may open the service panels other than the top drying panel (section 8).",
            "Never open the door during a cycle with the emergency release; the chamber holds hot water and "
            "detergent.",
            "Use only low-foaming alkaline detergents and neutralisers meant for washer-disinfectors, at the "
            "concentration the validation fixed. The choice of product is the site's, with its chemical supplier.",
            "A load from a failed cycle is not disinfected. Handle it as contaminated and reprocess it.",
            "Do not load items that the device maker says may not be processed in a washer-disinfector.",
        ],
    ),
    ("h", "3. Programme data"),
    (
        "cols",
        [
            ("h", "Programme 1 - Instruments"),
            (
                "p",
                "Prewash with cold water below 40 °C, 2 min. Wash with alkaline detergent at 55 °C for 5 min, dose "
                "5 mL/L. Neutralise at 35 °C for 2 min, dose 1 mL/L. Rinse 1 min. Thermal disinfection with purified "
                "water at 90 °C for 5 min (A0 3000). Drying at 115 °C. Cycle time about 55 min on the IW-8 and 60 min "
                "on the IW-12.",
            ),
            ("h", "Programme 2 - Thermolabile"),
            (
                "p",
                "As programme 1, but disinfection at 80 °C for 10 min (A0 600) and drying at 80 °C. Use it only for "
                "items whose maker states that they cannot withstand 90 °C.",
            ),
            ("h", "A0 value"),
            (
                "p",
                "A0 is counted from the chamber temperature once it is above 65 °C: A0 = sum of 10^((T - 80)/10) x "
                "dt, with T in °C and dt in seconds. At 90 °C each second counts 10, so 300 s give A0 3000; at 80 °C "
                "each second counts 1. The hold ends only when the set A0 is reached on both chamber sensors.",
            ),
            ("h", "Detergent dose"),
            (
                "p",
                "The dose is a concentration in the phase water. At 5 mL/L, the dose per wash phase with the "
                "standard load carriers is 90 mL on the IW-8 and 120 mL on the IW-12. A flow meter in each dosing "
                "line checks the dose; a dose more than 10 % below the set value stops the cycle (F07).",
            ),
            ("h", "Temperature supervision"),
            (
                "p",
                "Two independent sensors measure the chamber water. If they differ by more than 1.0 °C during "
                "disinfection, the cycle fails (F08). During the hold the chamber must stay between 90 °C and 93 °C; "
                "below 90 °C the A0 count stops until the temperature is back.",
            ),
            ("h", "Prewash temperature"),
            (
                "p",
                "The prewash must stay below 40 °C, or protein is fixed on the instruments. If the cold supply is "
                "warmer than 35 °C the display shows PREWASH WARM; the cycle continues.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Door not locked", "Lock switch not confirmed within 5 s. Close the door firmly; check the seal."],
            [
                "F02",
                "Water intake",
                "Level not reached within 120 s. Check the supply valves, a supply pressure of at least 2 bar and "
                "the inlet strainers.",
            ],
            [
                "F03",
                "Drain",
                "Chamber not empty within 90 s. Clean the sump filters (section 7); check the drain hose for kinks.",
            ],
            [
                "F04",
                "Heating time",
                "Set temperature not reached within 25 min. Check the supply and the fuses; a heater fault is for "
                "Sanivora service.",
            ],
            [
                "F05",
                "Spray pressure low",
                "Pressure at the spray arms below 0.4 bar for more than 10 s: sump filters blocked, foam, or items "
                "blocking the arms.",
            ],
            [
                "F06",
                "Spray arm rotation",
                "An arm turns slower than 20 rpm: blocked nozzles, load touching the arm, worn arm bearing.",
            ],
            [
                "F07",
                "Dosing",
                "Dose more than 10 % below the set value: container empty, air in the dosing line, suction lance "
                "blocked.",
            ],
            [
                "F08",
                "Sensor difference",
                "The chamber sensors differ by more than 1.0 °C. Cycle failed; reprocess the load and call Sanivora "
                "service.",
            ],
            ["F09", "A0 not reached", "Set A0 not reached within 20 min of disinfection. Cycle failed; reprocess."],
            [
                "F11",
                "Rinse conductivity",
                "Final rinse water above 30 µS/cm. Check the purified water plant; reprocess the load if its use "
                "requires it.",
            ],
            ["F12", "Drying air high", "Drying air above 130 °C; heater stopped. Check the fan and the HEPA filter."],
            [
                "F13",
                "HEPA filter",
                "1000 h of drying since the last filter change, or pressure drop too high. Replace the filter "
                "(section 8).",
            ],
            [
                "F14",
                "Service due",
                "12 months or 1500 cycles since the last Sanivora service, whichever comes first.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Instruments still wet at the end of the cycle",
                "Load too dense, hollowware not on the injector carrier, HEPA filter blocked",
                "Load less densely; use the injector carrier; extend drying by up to 10 min within the validated "
                "limits; check F13",
            ],
            [
                "White spots or a film on the instruments",
                "Final rinse water not purified or conductivity high; too little neutraliser",
                "Check the purified water supply (30 µS/cm or less) and the neutraliser container and dose",
            ],
            [
                "Blood or tissue left on instruments after the cycle",
                "Prewash too warm, soil dried on before processing, joints closed, spray arm blocked",
                "Keep the prewash below 40 °C; open hinged instruments; check that every spray arm turns",
            ],
            [
                "Foam in the chamber, spray pressure fault",
                "Wrong detergent, detergent dosed too cold, residues of manual cleaning agents",
                "Use only low-foaming machine detergent; rinse manually cleaned items before loading",
            ],
            [
                "Brown or rust stains on instruments",
                "Rust from damaged instruments in the load, chlorides in the water",
                "Remove damaged instruments from circulation; have the water quality checked",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up checks"),
    (
        "ol",
        [
            "Check the detergent and neutraliser containers; replace a container that is below 20 %.",
            "Clean the sump filters (section 7).",
            "Turn every spray arm by hand: it must turn freely, and no nozzle may be blocked.",
            "Check the door seal for cuts and soil.",
            "Run the empty test cycle (programme 9, TEST) and check its record: A0 reached, no fault.",
            "Record the checks in the machine log.",
        ],
    ),
    ("h", "7. Cleaning the sump filters"),
    (
        "ol",
        [
            "Open the door at the end of a cycle and let the chamber cool below 50 °C.",
            "Remove the lower load carrier.",
            "Lift the coarse filter out of the sump by its handle, then the fine filter below it.",
            "Rinse both filters under running water and brush off fibres and debris; never use a wire brush.",
            "Check the fine filter mesh for holes, and replace it (SNV-SF-02) if it is damaged.",
            "Refit the fine filter first, then the coarse filter, both pressed fully down: a filter that is not "
            "seated lets debris reach the circulation pump.",
            "Refit the load carrier and close the door.",
        ],
    ),
    ("h", "8. Replacing the HEPA drying filter"),
    (
        "ol",
        [
            "Switch off at the main switch and lock it off.",
            "Let the drying unit cool for at least 20 min.",
            "Remove the top service panel (four screws).",
            "Release the two clamps, pull out the old filter and put it in a bag.",
            "Fit the new H13 filter, SNV-HF-08 (IW-8) or SNV-HF-12 (IW-12), with the airflow arrow pointing towards "
            "the chamber.",
            "Close the clamps, refit the panel and switch on.",
            "Reset the counter under SERVICE > HEPA RESET; F13 clears.",
            "Run a drying-only cycle of 10 min before the next load.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cycle", "Check the cycle record: A0, temperatures, no fault"],
            ["Daily", "Start-up checks (section 6), including the sump filters"],
            ["Weekly", "Clear the spray arm nozzles with the nozzle pin; wipe the door seal"],
            ["Monthly", "Check the dosing lines for leaks and kinks; clean the suction lances"],
            ["1000 h of drying (F13)", "Replace the HEPA filter (section 8)"],
            [
                "12 months or 1500 cycles, whichever comes first",
                "Sanivora service: door seal, dosing pump calibration, check of the temperature sensors",
            ],
            ["As the site's validation plan requires", "Periodic tests to EN ISO 15883 by the site's test person"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "IW-8", "IW-12"],
            ["HEPA filter H13", "SNV-HF-08", "SNV-HF-12"],
            ["Coarse sump filter", "SNV-SF-01", "SNV-SF-01"],
            ["Fine sump filter", "SNV-SF-02", "SNV-SF-02"],
            ["Door seal", "SNV-DS-08", "SNV-DS-12"],
            ["Upper spray arm", "SNV-SA-08", "SNV-SA-12"],
            ["Suction lance with level switch", "SNV-SL-01", "SNV-SL-01"],
            ["Nozzle pin", "SNV-NP-01", "SNV-NP-01"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Temperature sensors, heaters, the circulation pump and the door lock are replaced and calibrated by "
        "Sanivora service only.",
    ),
]

# ---------------------------------------------------------------- Hydrelva BS cold water booster sets
HYDRELVA = [
    ("title", "Hydrelva BS Cold Water Booster Sets\nInstallation, Operation and Maintenance - BS-2 and BS-3"),
    (
        "p",
        "Document HYD-OM-BS-04, Edition 2, June 2024. Hydrelva Pump Systems. The BS-2 and BS-3 boost mains or "
        "break tank water to the cold water services of hospitals and large buildings. Each set has vertical "
        "multistage stainless steel pumps, each with its own motor-mounted frequency inverter (VFD), common suction "
        "and discharge manifolds, an isolating valve on each side of every pump, a non-return valve for each pump, "
        "a diaphragm pressure vessel, a pressure transmitter and the BSC controller. The BS-2 has two pumps (one "
        "duty, one standby); the BS-3 has three (two duty, one standby). Pumps, inverters and controller are the "
        "same on both. Sets with four pumps (BS-4) and sets for hot water have their own manuals. The break tank, "
        "its float valves and its cleaning and disinfection, the backflow protection at the mains connection and "
        "the water hygiene risk assessment of the building are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The set starts by itself whenever the pressure falls. Isolate it at the main switch and wait 5 min "
        "for the inverter capacitors to discharge before opening a terminal box.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BS-2", "BS-3"],
            ["Pumps, duty + standby", "1 + 1", "2 + 1"],
            ["Rated flow of the set at 60 m head", "10 m³/h", "20 m³/h"],
            ["Duty point of one pump", "10 m³/h at 60 m", "10 m³/h at 60 m"],
            ["Shut-off head of one pump at 50 Hz", "76 m (7.5 bar)", "76 m (7.5 bar)"],
            ["Motor per pump, with VFD, 400 V 3~", "4.0 kW, 8.1 A", "4.0 kW, 8.1 A"],
            ["Supply fuse", "25 A gG", "32 A gG"],
            ["Diaphragm pressure vessel", "24 L", "50 L"],
            ["Maximum working pressure of the set", "10 bar", "10 bar"],
            ["Minimum inlet pressure at rated flow", "0.8 bar", "0.8 bar"],
            ["Water temperature", "2-40 °C", "2-40 °C"],
            ["Suction and discharge manifolds", "DN 65", "DN 80"],
            ["Length x width x height", "1100 x 750 x 1350 mm", "1400 x 750 x 1350 mm"],
            ["Mass, empty", "230 kg", "320 kg"],
            ["Sound pressure at 1 m, duty pumps at 50 Hz", "62 dB(A)", "64 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated flow is the flow of the duty pumps together at 60 m head, at 50 Hz and with water at 20 °C; the "
        "standby pump is not counted. Pump curves, NPSH values and efficiencies are in data sheet HYD-DS-BS, not in "
        "this manual. The inlet pressure plus the shut-off pressure of one pump must never exceed the 10 bar rating "
        "of the set: with the 7.5 bar shut-off pressure the inlet pressure may be at most 2.5 bar. On a higher "
        "mains pressure, fit a pressure reducing valve upstream of the set.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Electrical work only by a qualified electrician. The inverters hold a charge for 5 min after switching "
            "off.",
            "Never run a pump against a closed discharge valve for more than 2 min: the water in it heats up.",
            "Never run the set dry: the mechanical seals are damaged within seconds. Fill and vent before the first "
            "start.",
            "The set carries drinking water. Use only fittings and lubricants approved for drinking water, disinfect "
            "parts before refitting them, and flush after any work that opened the water side.",
            "Never use the air valve of the pressure vessel to release water pressure.",
        ],
    ),
    ("h", "3. Controller settings"),
    (
        "cols",
        [
            ("h", "Setpoint"),
            (
                "p",
                "Default 5.0 bar at the discharge manifold, settable 2.0-9.0 bar. The inverters hold the setpoint "
                "within ±0.1 bar at steady flow. Never set it higher than the shut-off pressure of one pump less "
                "0.5 bar, that is 7.0 bar at 50 Hz.",
            ),
            ("h", "Start and stop"),
            (
                "p",
                "A pump starts when the pressure falls 0.5 bar below the setpoint (the start pressure, 4.5 bar at "
                "the default setpoint). At low flow the controller tests for zero flow every 60 s by slowing the "
                "running pump; if the pressure holds, the pump stops and the vessel supplies the building until the "
                "start pressure is reached again.",
            ),
            ("h", "Cascade and standby"),
            (
                "p",
                "BS-3: the second duty pump starts when the first has run at 50 Hz for 5 s without holding the "
                "setpoint, and stops when both run below 30 Hz. On both sets the standby pump runs only when a duty "
                "pump has a fault.",
            ),
            ("h", "Pump change-over"),
            (
                "p",
                "The lead pump changes after every stop, and at least every 6 h of continuous running, so that all "
                "pumps share the running hours.",
            ),
            ("h", "Pump exercise"),
            (
                "p",
                "A pump that has not run for 24 h is run for 10 s at 30 Hz, so that no water stands in it and the "
                "seals do not stick.",
            ),
            ("h", "Dry-running protection"),
            (
                "p",
                "On a mains supply, the inlet pressure switch stops the set below 0.3 bar and allows a restart when "
                "the pressure has been back above 0.6 bar for 30 s (E101). On a break tank, the low-level float "
                "switch in the tank stops the set; it restarts 30 s after the level has returned.",
            ),
            ("h", "Vessel precharge"),
            (
                "p",
                "The vessel precharge must be 0.9 x the start pressure, measured with the water side drained. At the "
                "default setpoint of 5.0 bar the start pressure is 4.5 bar and the precharge 4.0 bar (0.9 x 4.5 = "
                "4.05 bar). Check the precharge again after any change of setpoint.",
            ),
            ("h", "Frequency limits"),
            ("p", "Minimum 25 Hz, maximum 50 Hz. Ramp up 2 s, ramp down 2 s."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "E101",
                "Dry running",
                "Inlet pressure below 0.3 bar, or break tank low level. Check the supply or the tank; the set "
                "restarts by itself.",
            ],
            [
                "E102",
                "High pressure",
                "Discharge above setpoint + 2.0 bar for 5 s; all pumps stop. Transmitter fault, failed pressure "
                "reducing valve upstream or wrong setpoint.",
            ],
            [
                "E103",
                "Low pressure",
                "Discharge more than 1.5 bar below setpoint for 60 s with all available pumps at 50 Hz: burst pipe, "
                "demand above the set's capacity, air in the pumps.",
            ],
            [
                "E104",
                "Transmitter fault",
                "Signal below 3.5 mA or above 21 mA. The set runs pump 1 at a fixed 45 Hz, protected by the "
                "high-pressure switch, until the transmitter is repaired.",
            ],
            [
                "E105",
                "Pump 1 fault",
                "Inverter tripped (overcurrent, overtemperature, phase loss). Read the inverter's own code on its "
                "display.",
            ],
            ["E106", "Pump 2 fault", "As E105, for pump 2."],
            ["E107", "Pump 3 fault", "BS-3 only. As E105, for pump 3."],
            [
                "E109",
                "Motor overtemperature",
                "PTC in the motor winding tripped. Check the motor fan and the plant room temperature (40 °C at "
                "most).",
            ],
            [
                "E110",
                "Too many starts",
                "More than 20 starts in one hour: vessel precharge low or diaphragm burst (section 7).",
            ],
            [
                "E111",
                "Running without demand",
                "A pump has run for 30 min without a zero-flow stop: leaking outlets, passing non-return valve, low "
                "vessel precharge.",
            ],
            ["E112", "Service due", "8000 h on the lead pump or 24 months, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pumps start and stop every few seconds",
                "Vessel precharge low or vessel diaphragm burst",
                "Check the precharge (section 7); water at the air valve means the diaphragm has failed",
            ],
            [
                "Gravelly noise from a pump at high flow, pressure dips",
                "Cavitation: inlet pressure below 0.8 bar at full flow, inlet strainer blocked, inlet valve partly "
                "closed",
                "Clean the inlet strainer; open the inlet valves fully; check the mains pressure or tank level",
            ],
            [
                "Pressure swings up and down around the setpoint",
                "Vessel isolated or without its air charge, transmitter fitted in a turbulent spot",
                "Open the vessel valve; check the precharge",
            ],
            [
                "Set never stops at night",
                "Leak in the building, a WC or float valve passing, a pump non-return valve passing",
                "Close the discharge valve for 5 min: if the set stops, the leak is in the building",
            ],
            [
                "Water drips between pump and motor",
                "Mechanical seal worn",
                "Isolate the pump (section 8) and call Hydrelva service; seals are replaced by service only",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling, venting and first start"),
    (
        "ol",
        [
            "Check the supply voltage and, by a short start, the direction of rotation at each motor fan (arrow on "
            "the motor).",
            "Check the vessel precharge with the water side empty (section 7).",
            "Open the inlet isolating valves; leave the discharge isolating valves closed.",
            "Open the vent screw at the top of each pump until water runs out free of air, then close it.",
            "Switch on. Run each pump by hand at 30 Hz for no more than 30 s with its discharge valve just open, and "
            "listen for noise.",
            "Open the discharge valves slowly, switch all pumps to AUTO and check that the set holds the setpoint.",
            "Flush the risers and have water samples taken as the site's water hygiene plan requires.",
        ],
    ),
    ("h", "7. Checking the vessel precharge"),
    (
        "ol",
        [
            "Close the vessel isolating valve.",
            "Open the vessel drain valve and let all water out of the water side.",
            "Remove the cap of the air valve and read the pressure with a calibrated tyre gauge.",
            "Compare it with 0.9 x the start pressure: 4.0 bar at the default setpoint.",
            "Raise the precharge with nitrogen or dry air, or release some, until it is within ±0.1 bar of the "
            "value.",
            "If water comes out of the air valve, the diaphragm has failed: fit diaphragm kit HYD-VD-24 (BS-2) or "
            "HYD-VD-50 (BS-3).",
            "Close the drain valve, refit the cap and open the isolating valve slowly.",
        ],
    ),
    ("h", "8. Isolating one pump"),
    (
        "ol",
        [
            "Set the pump to OFF on the controller; the other pumps take over.",
            "Close its inlet and discharge isolating valves.",
            "Switch off the pump's inverter at its own isolator and wait 5 min.",
            "Open the drain plug to release the pressure.",
            "After the work, close the drain plug, open the inlet valve, vent the pump as in section 6, open the "
            "discharge valve and switch the pump back to AUTO.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the display for faults and the start counter; look for leaks"],
            ["Monthly", "Check in the event log that the pump exercise ran; check each pump's starts per hour"],
            ["6 months", "Check the vessel precharge (section 7); clean the inlet strainer"],
            [
                "12 months",
                "Check the transmitter against a test gauge (within ±0.1 bar); check each non-return valve by "
                "isolating the pumps in turn",
            ],
            [
                "8000 h or 24 months, whichever comes first",
                "Hydrelva service: mechanical seals, bearings, inverter cooling fans",
            ],
            ["5 years", "Replace the vessel diaphragm"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BS-2", "BS-3"],
            ["Vessel diaphragm kit", "HYD-VD-24", "HYD-VD-50"],
            ["Pressure transmitter 0-16 bar, 4-20 mA", "HYD-PT-16", "HYD-PT-16"],
            ["Inlet pressure switch", "HYD-PS-03", "HYD-PS-03"],
            ["Pump non-return valve", "HYD-NRV-40", "HYD-NRV-40"],
            ["Inverter cooling fan", "HYD-FN-4", "HYD-FN-4"],
            ["Inlet strainer basket", "HYD-ST-65", "HYD-ST-80"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Brandwick CT-1000 storage calorifier
BRANDWICK = [
    ("title", "Brandwick CT-1000 Storage Calorifier with Thermal Disinfection\nOperation and Maintenance"),
    (
        "p",
        "Document BRW-OM-CT1000-01, Edition 1, November 2024. Brandwick Calorifiers Ltd. The CT-1000 is a vertical, "
        "unvented storage calorifier of 1000 L in duplex stainless steel, with a removable primary coil heated by "
        "low temperature hot water (LTHW), a destratification (shunt) pump and the TDC-3 controller. The controller "
        "holds the stored water at a safe temperature and carries out a scheduled thermal disinfection "
        "(pasteurisation) of the whole vessel. The boiler plant, the primary pumps and pipework, the hot water "
        "distribution and its circulating pump, the thermostatic mixing valves (TMVs) at the outlets, the "
        "building's water safety plan and the written scheme of examination of the vessel under the pressure "
        "systems regulations are the site's responsibility and are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: During thermal disinfection the hot water system reaches 70 °C and more. Outlets without working "
        "TMVs will scald. Carry out a disinfection only under the site's water safety plan, with the outlets "
        "controlled or signed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-1000", "Condition or note"],
            ["Stored volume", "1000 L", ""],
            ["Design pressure / test pressure, secondary", "6.0 bar / 9.0 bar", ""],
            ["Expansion relief valve", "6.0 bar", "on the cold feed"],
            ["Temperature and pressure (T&P) relief valve", "7.0 bar / 90 °C", "at the top of the vessel"],
            ["Cold feed pressure reducing valve", "3.5 bar", "outlet pressure"],
            ["Expansion vessel", "80 L, precharge 3.5 bar", "precharge measured with the water side drained"],
            [
                "Primary coil output",
                "120 kW",
                "primary 82 °C flow / 71 °C return, secondary heated from 10 °C to 60 °C",
            ],
            ["Primary flow rate", "9.4 m³/h", "at 120 kW and 11 K"],
            ["Primary pressure drop", "25 kPa", "at 9.4 m³/h only"],
            ["Recovery rate, continuous draw-off", "2060 L/h", "from 10 °C to 60 °C, at 120 kW"],
            ["Heat-up time from cold", "29 min", "1000 L from 10 °C to 60 °C, no draw-off, at 120 kW"],
            ["Maximum primary temperature / pressure", "95 °C / 6 bar", "LTHW only; the coil is not rated for steam"],
            ["Coil heating surface", "2.4 m²", ""],
            ["Shunt pump", "0.8 m³/h, 45 W, 230 V", "runs as set in section 3"],
            ["Controller supply", "230 V 1~ 50 Hz, 6 A fuse", ""],
            ["Connections", "cold feed and hot flow DN 50, secondary return DN 32, primary DN 50, base drain DN 25", ""],
            ["Diameter / height", "1100 mm insulated / 2050 mm", ""],
            ["Mass, empty / full", "290 kg / 1290 kg", "floor loading is the site's to check"],
            ["Sensors S1 top, S2 base, S3 secondary return, S4 primary flow", "Pt1000 in pockets", ""],
        ],
        (60, 50, 60),
    ),
    (
        "p",
        "Outputs, recovery rate and heat-up time hold only with a primary flow of 82 °C at the design flow of "
        "9.4 m³/h. With a lower primary temperature the output falls. Pressure drops at other primary flows are not "
        "given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The calorifier is a pressure system. Never alter or plug a relief valve or its discharge pipe; the "
            "tundish must stay visible.",
            "Water discharged from the relief valves is scalding; the discharge pipe must end in a safe place.",
            "Isolate the primary and the electrical supply before any work on the coil or the controller.",
            "Drained water may be 60 °C or hotter; lead it to a drain with a hose rated for 90 °C.",
            "Stored water below 50 °C can grow Legionella. Before returning a calorifier that has been off and full "
            "for more than 48 h to service, carry out a thermal disinfection (section 6).",
        ],
    ),
    ("h", "3. TDC-3 controller settings"),
    (
        "cols",
        [
            ("h", "Storage temperature"),
            (
                "p",
                "Setpoint 62 °C at the top sensor S1, settable 60-65 °C. The primary valve modulates to hold it "
                "within ±2 °C. The water leaving the calorifier must be at least 60 °C at all times.",
            ),
            ("h", "Return temperature"),
            (
                "p",
                "The secondary return at the calorifier (S3) must be at least 50 °C. Below 50 °C for 30 min the "
                "controller signals TD-02. A low return usually means a stopped circulating pump or a poorly "
                "balanced circulation, both outside the calorifier.",
            ),
            ("h", "Destratification"),
            (
                "p",
                "The shunt pump moves water from the top of the vessel to the base. It starts when the base sensor "
                "S2 is more than 5 K below S1 and stops when the difference is below 2 K. It runs all the time "
                "during a disinfection.",
            ),
            ("h", "Thermal disinfection"),
            (
                "p",
                "Default weekly, Sunday 02:00; the day and time can be set, or the function switched off. The "
                "setpoint is raised to 70 °C and the shunt pump runs. The hold starts when the base sensor S2 "
                "reaches 70 °C and lasts 60 min. If S2 falls below 68 °C during the hold, the hold starts again "
                "(TD-05). If 70 °C is not reached at S2 within 90 min of the start, the disinfection has failed "
                "(TD-04). After the hold the setpoint returns to normal and the stored water cools with the draw-off.",
            ),
            ("h", "High limit"),
            (
                "p",
                "An independent high-limit thermostat on the vessel closes the primary valve at 85 °C and must be "
                "reset by hand (TD-09). The T&P valve at 90 °C is the last protection.",
            ),
            ("h", "Records"),
            (
                "p",
                "The controller stores the last 100 disinfections with start time, lowest S2 temperature in the hold "
                "and result, and exports them by USB as a CSV file. Keeping the records the water safety plan asks "
                "for is the site's task.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "TD-01",
                "Top temperature low",
                "S1 below 60 °C for 30 min: primary not available, primary valve stuck, demand above the recovery "
                "rate.",
            ],
            [
                "TD-02",
                "Return temperature low",
                "S3 below 50 °C for 30 min: circulating pump stopped or circulation out of balance (site).",
            ],
            ["TD-03", "Top temperature high", "S1 above 80 °C outside a disinfection: primary valve passing."],
            ["TD-04", "Disinfection failed", "70 °C not reached at S2 within 90 min, or three restarts of the hold."],
            [
                "TD-05",
                "Hold restarted",
                "S2 fell below 68 °C during the hold. Information; check the draw-off and the primary temperature.",
            ],
            ["TD-06", "Shunt pump fault", "No flow confirmed by the flow switch within 20 s of the pump starting."],
            ["TD-07", "Sensor fault", "A sensor open or short circuit. The display names the sensor."],
            [
                "TD-09",
                "High limit tripped",
                "The 85 °C thermostat has opened. Find the cause before resetting it by hand.",
            ],
            ["TD-10", "Primary valve fault", "Valve position feedback does not follow the control signal."],
            ["TD-11", "Cold feed pressure low", "Below 1.0 bar at the cold inlet for 60 s."],
            ["TD-12", "Service due", "12 months since the last Brandwick annual service."],
        ],
        (18, 42, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Hot water at the outlets only lukewarm in the morning",
                "Demand above the recovery rate, primary off overnight, primary valve stuck",
                "Check that the primary is available overnight (boiler time clock) and the S1 trend; see TD-01",
            ],
            [
                "Water dribbles into the tundish of the expansion relief valve",
                "Expansion vessel precharge lost or diaphragm failed; cold feed pressure reducing valve passing",
                "Check the expansion vessel precharge, 3.5 bar with the water side drained (section 8); check "
                "that the cold feed stays at 3.5 bar",
            ],
            [
                "Water and steam from the T&P valve",
                "Overheating: primary valve passing and high limit failed",
                "Isolate the primary at once and call Brandwick service",
            ],
            [
                "Base much colder than the top outside a disinfection",
                "Shunt pump stopped or air-locked, its non-return valve stuck",
                "Check that the pump runs and is vented; see TD-06",
            ],
            [
                "Rumbling or banging while heating",
                "Scale on the coil, sludge at the base",
                "Blow down the base (section 7); descaling the coil is for Brandwick service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a thermal disinfection by hand"),
    (
        "ol",
        [
            "Agree the time with the site's responsible person for water and warn the wards; the outlets must be "
            "controlled as the water safety plan requires.",
            "Check that the primary is available at 82 °C and that the shunt pump runs.",
            "On the TDC-3 select MENU > DISINFECT > START NOW.",
            "The controller raises the setpoint to 70 °C. Heating from 62 °C takes about 5 min without draw-off.",
            "The 60 min hold starts when S2 reaches 70 °C; the display counts down.",
            "If TD-05 shows, the hold has restarted: reduce the draw-off and check the primary temperature.",
            "At the end the display shows PASS and the setpoint returns to normal.",
            "Export or write down the record (start time, lowest S2 in the hold, result) for the water safety log.",
        ],
    ),
    ("h", "7. Blowing down the base"),
    (
        "ol",
        [
            "Connect a hose rated for 90 °C to the base drain valve and lead it to a drain.",
            "Open the drain valve fully for at least 1 min, until the water runs clear.",
            "Close the drain valve.",
            "Note in the log how the water looked (clear, discoloured, sludge). Sludge every month means the cold "
            "feed quality should be checked.",
        ],
    ),
    ("h", "8. Checking the expansion vessel"),
    (
        "ol",
        [
            "Close the isolating valve under the expansion vessel.",
            "Drain the water side through the vessel's drain valve.",
            "Read the precharge at the air valve: it must be 3.5 bar, equal to the cold feed pressure reducing valve "
            "setting.",
            "Correct it to 3.5 bar with nitrogen or dry air.",
            "If water comes out of the air valve, the diaphragm has failed: replace the vessel (BRW-EV-80).",
            "Close the drain valve and open the isolating valve.",
        ],
    ),
    ("h", "9. Testing the relief valves"),
    (
        "ol",
        [
            "Check that the tundish and the discharge pipe are clear and visible.",
            "Twist the cap of the expansion relief valve until water runs into the tundish for a few seconds, then "
            "let go: the valve must reseat and stop completely.",
            "Do the same with the lever of the T&P valve.",
            "Replace a valve that does not reseat, or that drips afterwards (BRW-RV-6 or BRW-TP-7). Never adjust a "
            "relief valve.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the disinfection record (PASS), the S1 and S3 readings and the tundish"],
            ["Monthly", "Blow down the base (section 7); check that the return at the calorifier is at least 50 °C"],
            ["6 months", "Test the relief valves (section 9); check the expansion vessel precharge (section 8)"],
            [
                "12 months",
                "Brandwick annual service: coil inspection, sensor check, high-limit test, controller update",
            ],
            [
                "5 years, or when the heat-up time has risen by more than 25 %, whichever comes first",
                "Removal and descaling of the primary coil by Brandwick service",
            ],
            [
                "As the written scheme of examination requires",
                "Examination of the vessel by the competent person (not described here)",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Expansion relief valve 6.0 bar", "BRW-RV-6"],
            ["T&P relief valve 7.0 bar / 90 °C", "BRW-TP-7"],
            ["Expansion vessel 80 L", "BRW-EV-80"],
            ["Cold feed pressure reducing valve 3.5 bar", "BRW-PRV-35"],
            ["Pt1000 sensor with pocket", "BRW-S1000"],
            ["Shunt pump", "BRW-SP-08"],
            ["High-limit thermostat 85 °C", "BRW-HL-85"],
            ["Coil flange gasket", "BRW-CG-1000"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vacuvell-mvp-medical-vacuum-plant.pdf", "Vacuvell VVL-OM-MVP-03 Ed 1 - MVP-40 / MVP-63", VACUVELL),
        ("sanivora-iw-instrument-washer-disinfector.pdf", "Sanivora SNV-UM-IW-02 Ed 3 - IW-8 / IW-12", SANIVORA),
        ("hydrelva-bs-cold-water-booster-set.pdf", "Hydrelva HYD-OM-BS-04 Ed 2 - BS-2 / BS-3", HYDRELVA),
        ("brandwick-ct-hot-water-calorifier.pdf", "Brandwick BRW-OM-CT1000-01 Ed 1 - CT-1000", BRANDWICK),
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
