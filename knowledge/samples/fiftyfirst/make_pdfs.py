"""Generate the PDF manuals of the fifty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set51venv && /tmp/set51venv/bin/pip install fpdf2 pypdf
    /tmp/set51venv/bin/python knowledge/samples/fiftyfirst/make_pdfs.py

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



# ---------------------------------------------------------------- Elystra PX PEM electrolyser stack modules
ELYSTRA = [
    ("title", "Elystra PX PEM Electrolyser Stack Modules\nOperation and Maintenance Manual - PX-250 and PX-500"),
    (
        "p",
        "Document ELY-OM-PX-03, Edition 2, March 2025. Elystra Hydrogen Systems. The PX-250 and PX-500 are "
        "containerised proton exchange membrane (PEM) electrolyser stack modules that produce hydrogen at up to "
        "30 bar(g) from demineralised water. The PX-250 holds one stack of 130 cells; the PX-500 holds two identical "
        "stacks of 130 cells, connected electrically in series and fed from one water circuit. Apart from the number "
        "of stacks and the values given for each model, the two modules are built alike. The transformer-rectifier, "
        "the feed water treatment plant, the hydrogen dryer downstream and the cooling water circuit outside the "
        "module are supplied by others and have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Hydrogen burns with an almost invisible flame and forms explosive mixtures with air from 4 % to "
        "75 % by volume. The stacks carry up to 600 V DC. Only persons trained by Elystra may open the stack "
        "enclosure, and only after the module has been shut down, isolated and purged with nitrogen as set out in "
        "section 7.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PX-250", "PX-500"],
            ["Rated stack power (DC), beginning of life", "250 kW", "500 kW"],
            ["Stacks x cells per stack", "1 x 130", "2 x 130"],
            ["Active area per cell", "500 cm²", "500 cm²"],
            ["Rated current (current density 2.0 A/cm²)", "1000 A", "1000 A"],
            ["Stack voltage at rated current, beginning of life", "250 V", "500 V"],
            ["Load range", "10-100 % (100-1000 A)", "10-100 % (100-1000 A)"],
            ["Hydrogen production at rated current", "52 Nm³/h (4.7 kg/h)", "104 Nm³/h (9.4 kg/h)"],
            ["Specific energy of the stack at rated current, beginning of life", "4.8 kWh/Nm³", "4.8 kWh/Nm³"],
            ["Hydrogen outlet pressure", "30 bar(g)", "30 bar(g)"],
            ["Oxygen side pressure", "below 0.5 bar(g)", "below 0.5 bar(g)"],
            ["Hydrogen purity at the outlet, before the dryer", "99.9 % dry basis, saturated with water",
             "99.9 % dry basis, saturated with water"],
            ["Feed water consumption at rated current", "about 47 L/h", "about 94 L/h"],
            ["Recirculation water flow, nominal", "4.0 m³/h", "8.0 m³/h"],
            ["Heat to the cooling water at rated current", "about 66 kW", "about 132 kW"],
            ["Cooling water supply temperature", "20-35 °C", "20-35 °C"],
            ["Hydrogen side volume (purge volume)", "40 L", "80 L"],
            ["Nitrogen for purging", "99.999 %, 6-8 bar(g)", "99.999 %, 6-8 bar(g)"],
            ["Mass of the module", "1850 kg", "3400 kg"],
            ["Ambient temperature", "+5 to +40 °C", "+5 to +40 °C"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The production rate and the specific energy hold only at beginning of life, at rated current and with the "
        "stack inlet water at 60 °C. As the cells age the stack voltage rises, so the same current takes more power; "
        "the production per ampere stays the same. The hydrogen production at any current can be estimated with: "
        "production in Nm³/h = 0.052 x current in A x number of stacks. Feed water must have a conductivity of no "
        "more than 0.1 µS/cm at 25 °C; the feed water plant is set up to the water treatment supplier's manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run the module only with the enclosure ventilation running. The enclosure hydrogen detector warns at 20 % "
            "of the lower flammable limit (0.8 % hydrogen in air) and trips the module at 40 % (1.6 % hydrogen).",
            "Water of this purity attacks copper and carbon steel. Use only stainless steel or PVDF parts in the "
            "water circuit.",
            "After a stop the cells keep up to 1.2 V each for several minutes while hydrogen and oxygen remain in "
            "them. Never disconnect the DC busbars unless the rectifier is locked off and the stack voltage reads "
            "below 5 V at the module test points.",
            "The stack tie rods hold the cells under a controlled compression. They are set and re-tensioned only by "
            "Elystra service; never loosen or tighten them on site.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Cell voltage"),
            (
                "p",
                "Every cell voltage is monitored. The average cell voltage at rated current is about 1.92 V at "
                "beginning of life. A single cell above 2.20 V raises F04 and the module reduces the current by "
                "20 %; a cell above 2.40 V trips the module. When the average cell voltage at rated current and "
                "60 °C reaches 2.10 V, the stack has reached its end of life and is exchanged by Elystra service.",
            ),
            ("h", "Gas purity"),
            (
                "p",
                "Hydrogen in oxygen (HTO) is measured at the oxygen separator. Above 1.0 % the module warns (F06); "
                "at 2.0 % it trips (F07) and the oxygen side is flushed with nitrogen. Oxygen in hydrogen (OTH) is "
                "measured after the hydrogen separator: warning at 0.2 %, trip at 0.5 %. Gas crossover rises at low "
                "current density, so the minimum continuous load is 10 %.",
            ),
            ("h", "Water"),
            (
                "p",
                "The recirculation water conductivity at the stack inlet must stay below 1.0 µS/cm. Above 1.0 µS/cm "
                "the module warns (F08); at 2.0 µS/cm it trips. Replace the ion exchange cartridge when the "
                "conductivity after the cartridge exceeds 0.5 µS/cm or after 6 months, whichever comes first.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Stack inlet water 55-65 °C, set point 60 °C. Stack outlet water no more than 70 °C; at 75 °C the "
                "module trips (F03). While the inlet water is below 50 °C the current is limited to 500 A.",
            ),
            ("h", "Pressures"),
            (
                "p",
                "The hydrogen outlet pressure of 30 bar(g) is held by the back-pressure valve. The differential "
                "pressure across the membranes (hydrogen side minus oxygen side) may be no more than 32 bar; the "
                "module trips at 33 bar (F02). The hydrogen relief valve is set at 35 bar(g).",
            ),
            ("h", "Ramp rate"),
            (
                "p",
                "Between 10 % and 100 % load the current may change by no more than 10 % of the rated current per "
                "second (100 A/s). From a cold start below 40 °C the ramp is limited to 2 % per second until the "
                "inlet water reaches 55 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed or safety loop open. Find the cause, release, reset."],
            [
                "F02",
                "Differential pressure",
                "Membrane differential pressure at 33 bar: back-pressure valve stuck closed or the oxygen vent "
                "blocked. The module trips.",
            ],
            [
                "F03",
                "Water temperature high",
                "Stack outlet at 75 °C: cooling water flow low or too warm, or the heat exchanger fouled.",
            ],
            [
                "F04",
                "Cell voltage high",
                "One cell above 2.20 V: current reduced by 20 %. Repeated F04 on the same cell: call Elystra "
                "service.",
            ],
            [
                "F05",
                "Recirculation flow low",
                "Below 70 % of nominal (2.8 m³/h PX-250, 5.6 m³/h PX-500) for 5 s: pump, strainer or a valve "
                "left closed. The module trips.",
            ],
            ["F06", "HTO warning", "Hydrogen in oxygen above 1.0 %. Raise the load if it is low."],
            ["F07", "HTO trip", "Hydrogen in oxygen at 2.0 %. The module trips and flushes the oxygen side."],
            [
                "F08",
                "Conductivity high",
                "Recirculation water above 1.0 µS/cm (warning) or at 2.0 µS/cm (trip). Replace the ion exchange "
                "cartridge (section 8).",
            ],
            [
                "F09",
                "Separator level",
                "Hydrogen or oxygen separator level outside its limits: feed water supply, level sensor or drain "
                "valve.",
            ],
            [
                "F11",
                "Enclosure hydrogen",
                "Enclosure detector at 20 % LFL (warning) or 40 % LFL (trip). Find the leak before restarting.",
            ],
            ["F12", "Ventilation", "Enclosure air flow below its minimum for 30 s. The module trips."],
            [
                "F13",
                "Isolation fault",
                "Stack insulation to earth below 100 kOhm (warning) or 50 kOhm (trip): water on the stack frame, "
                "high conductivity or a damaged cable.",
            ],
            ["F14", "Nitrogen low", "Nitrogen supply below 5 bar(g): purging not possible, start blocked."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Stack voltage higher than usual at the same current and temperature",
                "Normal ageing, low inlet water temperature, or membranes contaminated by poor water",
                "Check the inlet temperature (60 °C) and the conductivity; compare with the commissioning record; "
                "near 2.10 V average at rated current call Elystra service",
            ],
            [
                "Conductivity rises again a few days after a cartridge change",
                "Wrong resin, cartridge not rinsed, or a metal part corroding in the water circuit",
                "Use ELY-IX-20 cartridges only; look for copper, brass or carbon steel parts",
            ],
            [
                "Hydrogen flow lower than the formula gives for the current",
                "Leak on the hydrogen side, or the flow meter not corrected to normal conditions",
                "Carry out the nitrogen leak test (section 9)",
            ],
            [
                "F05 shortly after a start, flow falling",
                "Recirculation strainer blocked, or the pump turning backwards after electrical work",
                "Clean the strainer (ELY-ST-40 or ELY-ST-80); check the pump direction",
            ],
            [
                "Water droplets or white deposits on the stack frame",
                "Small leak at a cell or manifold seal",
                "Shut down and dry the frame; watch for F13. Stack seals are repaired by Elystra service only",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Cold start from standby"),
    (
        "ol",
        [
            "Check that the nitrogen supply is at least 6 bar(g) and that F14 is not shown.",
            "Check that the feed water tank is above its minimum level and the feed water conductivity is no more "
            "than 0.1 µS/cm.",
            "Start the enclosure ventilation and wait for the VENT OK lamp.",
            "Start the recirculation pump (WATER > PUMP ON) and check the flow: 4.0 m³/h (PX-250) or 8.0 m³/h "
            "(PX-500).",
            "Switch on the water heater and wait until the stack inlet water reaches 55 °C.",
            "Select START. The module purges the hydrogen side with five times its volume of nitrogen (200 L on the "
            "PX-250, 400 L on the PX-500) and closes the hydrogen outlet valve.",
            "The rectifier starts at 10 % load and the hydrogen side builds up to 30 bar(g).",
            "When the oxygen in hydrogen is below 0.2 %, the outlet valve opens to the dryer.",
            "Raise the load to the set point; the module limits the ramp to 10 % per second.",
        ],
    ),
    ("h", "7. Controlled shutdown and nitrogen purge"),
    (
        "ol",
        [
            "Reduce the load to 10 % and hold it for 2 min.",
            "Select STOP: the rectifier switches off and the hydrogen outlet valve closes.",
            "The hydrogen side is depressurised through the vent valve to the vent stack down to 0.5 bar(g).",
            "The module purges the hydrogen side and the oxygen side with nitrogen.",
            "Leave the recirculation pump running until the stack outlet water is below 40 °C.",
            "For a stop longer than 7 days, keep the stacks filled with water and the hydrogen side under a nitrogen "
            "blanket of 0.5-1.0 bar(g). Never let the membranes dry out.",
            "Before any work in the stack enclosure, lock off the rectifier and measure below 5 V at the test points "
            "(on the PX-500, at the test points of both stacks).",
        ],
    ),
    ("h", "8. Replacing the ion exchange cartridge"),
    (
        "ol",
        [
            "Check that the new cartridge is an ELY-IX-20 and has been rinsed (rinsed cartridges carry a green "
            "label).",
            "The cartridge may be changed with the module running: switch the polishing loop to BYPASS on the HMI. "
            "The module may run on bypass for no more than 30 min.",
            "Close the inlet and outlet valves of the cartridge housing and open its drain valve.",
            "Open the housing, remove the old cartridge and check the O-rings.",
            "Fit the new cartridge with new O-rings (ELY-OR-IX) wetted with demineralised water, never with grease.",
            "Close the drain valve, open the inlet valve slowly and vent the housing at the top vent screw until the "
            "water comes out free of air.",
            "Open the outlet valve and switch the polishing loop back to NORMAL.",
            "Check that the conductivity after the cartridge falls below 0.1 µS/cm within 15 min, then reset the "
            "cartridge counter (WATER > IX RESET).",
        ],
    ),
    ("h", "9. Nitrogen leak test of the hydrogen side"),
    (
        "ol",
        [
            "Shut down and purge the module (section 7).",
            "Close the hydrogen outlet valve and the vent valve. Fit a test gauge (0-40 bar, class 0.6) at test "
            "point TP-H1.",
            "Keep the oxygen side open to its vent throughout the test.",
            "Pressurise the hydrogen side with nitrogen in steps of 10 bar, holding 2 min at each step and checking "
            "the joints with leak detection spray.",
            "At 30 bar(g) wait 10 min for the temperature to settle, then note the pressure and the stack "
            "temperature.",
            "Hold for 30 min. A fall of more than 0.5 bar in 30 min at constant temperature fails the test.",
            "Release the pressure through the vent valve to 0.5 bar(g) and record the result.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the cell voltage spread, the conductivity, HTO and OTH, and the water skid for leaks"],
            ["Monthly", "Test the enclosure hydrogen detector with its test gas; the warning must come on"],
            [
                "6 months, or conductivity after the cartridge above 0.5 µS/cm, whichever comes first",
                "Replace the ion exchange cartridge (section 8)",
            ],
            [
                "12 months",
                "Nitrogen leak test (section 9); calibrate the HTO and OTH analysers; clean the recirculation "
                "strainer; thermal image of the DC busbar joints under load",
            ],
            ["24 months", "Replace the recirculation pump mechanical seal and the separator level sensor O-rings"],
            [
                "60 000 h, or average cell voltage 2.10 V at rated current",
                "Stack exchange by Elystra service",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PX-250", "PX-500"],
            ["Ion exchange cartridge", "ELY-IX-20 (qty 1)", "ELY-IX-20 (qty 2)"],
            ["O-ring set, cartridge housing", "ELY-OR-IX", "ELY-OR-IX"],
            ["Recirculation pump mechanical seal", "ELY-MS-40", "ELY-MS-80"],
            ["Recirculation strainer element", "ELY-ST-40", "ELY-ST-80"],
            ["Hydrogen relief valve 35 bar(g)", "ELY-RV-35", "ELY-RV-35"],
            ["Cell voltage monitoring board, 26 cells", "ELY-CVM-26 (qty 5)", "ELY-CVM-26 (qty 10)"],
            ["Stack, exchange unit (through Elystra service only)", "ELY-STK-130", "ELY-STK-130 (qty 2)"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Membrell MK diaphragm hydrogen compressors
MEMBRELL = [
    ("title", "Membrell MK Diaphragm Hydrogen Compressors\nOperation and Maintenance Manual - MK-45 and MK-90"),
    (
        "p",
        "Document MBR-OM-MK-04, Edition 3, June 2024. Membrell Compression Ltd. The MK-45 and MK-90 are two-stage, "
        "oil-driven metal diaphragm compressors for hydrogen. At a refuelling station they raise the gas from the "
        "electrolyser or trailer pressure to the storage pressure. A crank drive moves a hydraulic piston in each "
        "compressor head; the oil pressure flexes a set of three metal diaphragm layers that keep the gas apart from "
        "the oil, so the hydrogen is not contaminated. The MK-90 has larger heads and a larger motor on the same "
        "crankcase frame; apart from these and the values given for each model, the two compressors are built "
        "alike. The cooling water plant, the inlet buffer vessel, the gas detection of the compressor room and the "
        "discharge piping beyond the outlet valve are supplied by others.",
    ),
    (
        "warn",
        "WARNING: The discharge side reaches 450 bar. Never loosen a fitting, a head bolt or a valve cover under "
        "pressure. Before any work, isolate and vent the compressor and check that both stage gauges read 0 bar.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MK-45", "MK-90"],
            ["Rated flow at 20 bar(g) suction and 25 °C gas inlet", "45 Nm³/h (4.0 kg/h)", "90 Nm³/h (8.1 kg/h)"],
            ["Suction pressure range", "15-30 bar(g)", "15-30 bar(g)"],
            ["Maximum discharge pressure", "450 bar(g)", "450 bar(g)"],
            ["Interstage pressure at 20 bar(g) suction and 450 bar(g) discharge", "about 95 bar(g)",
             "about 95 bar(g)"],
            ["Second stage relief valve", "495 bar(g)", "495 bar(g)"],
            ["Interstage relief valve", "130 bar(g)", "130 bar(g)"],
            ["Crankshaft speed", "420 rpm", "420 rpm"],
            ["Motor 400 V 3~ 50 Hz, soft starter", "22 kW", "45 kW"],
            ["Supply fuse", "63 A gG", "100 A gG"],
            ["Crankcase oil, ISO VG 150 mineral compressor oil", "28 L", "45 L"],
            ["Lube oil pressure", "2.5-4.0 bar", "2.5-4.0 bar"],
            ["Cooling water flow", "3.0 m³/h", "5.5 m³/h"],
            ["Cooling water inlet temperature", "no more than 30 °C", "no more than 30 °C"],
            ["Diaphragm layers per head", "3", "3"],
            ["First stage head bolts", "12 x M20", "12 x M24"],
            ["Mass", "2600 kg", "3900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated flow holds only at 20 bar(g) suction and a gas inlet temperature of 25 °C. The flow rises with "
        "the suction pressure; flows at other suction pressures are read from the performance curves supplied with "
        "each compressor, not from this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The compressor room needs hydrogen detection and ventilation to the site's hazardous area "
            "classification; the compressor panel does not replace them.",
            "Purge the gas side with nitrogen before the first start and after any opening of the gas side "
            "(section 8, step 10).",
            "Hydrogen escapes through the smallest gap. Check every gas joint that has been opened with a leak "
            "detector at full discharge pressure.",
            "Never bypass the diaphragm leak detection. A compressor with a cracked diaphragm can put oil into the "
            "hydrogen or hydrogen into the crankcase.",
            "The heads reach 120 °C in operation. Let them cool before touching them.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Starts"),
            (
                "p",
                "No more than 6 starts per hour, with at least 3 min between a stop and the next start. The soft "
                "starter counts the starts and blocks a seventh start within the hour (C11).",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Gas discharge temperature of each stage: warning at 140 °C, trip at 150 °C. Crankcase oil 40-65 °C "
                "in operation, warning above 70 °C, trip at 75 °C. The crankcase heater keeps the oil above 15 °C at "
                "standstill; never start with the oil below 10 °C.",
            ),
            ("h", "Pressures"),
            (
                "p",
                "Suction below 15 bar(g) for 10 s stops the compressor (C03); above 30 bar(g) the inlet valve "
                "closes. The compressor stops at the discharge set point (default 450 bar(g), settable 200-450 "
                "bar(g)) and restarts when the storage has fallen by the restart difference (default 40 bar).",
            ),
            ("h", "Diaphragm leak detection"),
            (
                "p",
                "The space between the diaphragm layers of each head is connected to a pressure switch and a gauge. "
                "A pressure above 10 bar(g) in that space means a cracked layer: the compressor trips (C05 first "
                "stage, C06 second stage) and may not be restarted until the diaphragm set has been replaced.",
            ),
            ("h", "Oil overflow valves"),
            (
                "p",
                "The oil pressure in each head exceeds the gas pressure by about 10 %. This is set by the head's "
                "overflow valve at the factory and the valve is sealed. The overflow valves are adjusted by Membrell "
                "service only.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "Inlet no more than 30 °C at the flow given in the technical data. With cooling water above 30 °C "
                "the compressor may only run with the discharge set point at no more than 350 bar(g).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "Emergency stop pressed, or a shutdown from the site gas detection system."],
            [
                "C02",
                "Motor overload",
                "Soft starter overload: check the supply, the discharge pressure and the oil temperature.",
            ],
            [
                "C03",
                "Suction pressure low",
                "Below 15 bar(g) for 10 s: inlet buffer empty, inlet filter blocked or inlet valve closed.",
            ],
            [
                "C04",
                "Discharge temperature high",
                "A stage discharge at 150 °C (warning at 140 °C): cooling water, leaking check valves or gas "
                "leaking back.",
            ],
            [
                "C05",
                "Diaphragm leak, first stage",
                "Leak detection pressure above 10 bar(g). Do not restart; replace the first stage diaphragm set "
                "(section 8).",
            ],
            [
                "C06",
                "Diaphragm leak, second stage",
                "As C05 on the second stage head. The second stage set is replaced by Membrell service.",
            ],
            ["C07", "Oil pressure low", "Lube oil below 2.0 bar for 5 s: oil level, oil pump or oil filter."],
            ["C09", "Oil temperature high", "Crankcase oil at 75 °C: oil cooler fouled or cooling water low."],
            ["C10", "Cooling water flow low", "Flow switch open for 10 s."],
            ["C11", "Starts per hour", "Seventh start within one hour blocked. Wait for the counter to clear."],
            ["C12", "Maintenance due", "4000 h since the last valve and diaphragm inspection. The compressor runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Flow lower than usual at normal suction pressure",
                "Suction or discharge check valve leaking, or a diaphragm not reaching the head contour",
                "Compare the stage discharge temperatures: a stage with leaking valves runs hot. Replace the valves "
                "of that stage",
            ],
            [
                "Interstage pressure well above 95 bar",
                "Second stage valves leaking or second stage diaphragm damaged",
                "Replace the second stage valves; C06 shows a diaphragm",
            ],
            [
                "Interstage pressure well below 95 bar",
                "First stage valves leaking",
                "Replace the first stage valves",
            ],
            [
                "Knocking from a head once per revolution",
                "Air in the hydraulic oil of that head",
                "Bleed the head (section 7, step 9); if the knock stays call Membrell service",
            ],
            [
                "Oil level in the crankcase rising, oil milky",
                "Cooling water leaking into the oil at the oil cooler",
                "Stop; pressure-test the oil cooler and change the oil",
            ],
            [
                "Crankcase breather blowing gas, oil foaming",
                "Hydrogen in the crankcase through a cracked diaphragm with a failed leak switch",
                "Stop at once, vent the compressor and test the leak detection switches",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check the crankcase oil level (middle of the sight glass) and that the oil is at least 15 °C.",
            "Open the cooling water valves and check the flow: 3.0 m³/h (MK-45) or 5.5 m³/h (MK-90).",
            "If the gas side has been opened, check that it has been purged with nitrogen (section 8, step 10).",
            "Open the suction valve slowly and check the suction pressure: 15-30 bar(g).",
            "Open the discharge valve to the storage.",
            "Reset any faults and select AUTO. The compressor starts unloaded through the bypass valve for 20 s.",
            "Over the first 15 min after loading, watch the interstage pressure and both discharge temperatures.",
            "Check the leak detection gauges of both heads: they must read 0 bar(g).",
        ],
    ),
    ("h", "7. Changing the crankcase oil"),
    (
        "p",
        "Change the oil and the oil filter every 8000 h or 12 months, whichever comes first.",
    ),
    (
        "ol",
        [
            "Run the compressor until the oil is at least 40 °C, then stop it, isolate it and vent the gas side.",
            "Lock off the motor.",
            "Drain the crankcase through the drain valve into a container; drain the oil filter housing.",
            "Replace the oil filter element (MBR-OF-10).",
            "Clean the magnetic drain plug and look at it: more than a thin film of fine particles must be reported "
            "to Membrell.",
            "Fill with ISO VG 150 mineral compressor oil: 28 L (MK-45) or 45 L (MK-90), to the middle of the sight "
            "glass.",
            "Turn the crankshaft by hand at least two turns to fill the heads.",
            "Start and run unloaded for 5 min; check the oil pressure: 2.5-4.0 bar.",
            "Bleed each head at its bleed screw until the oil comes out free of bubbles.",
            "Top up to the middle of the sight glass.",
        ],
    ),
    ("h", "8. Replacing the first stage diaphragm set"),
    (
        "p",
        "Only the first stage diaphragm set may be replaced on site, by staff trained by Membrell. The second stage "
        "head works at up to 450 bar; its diaphragms are replaced by Membrell service only.",
    ),
    (
        "ol",
        [
            "Stop, isolate and vent both stages to 0 bar(g), then purge with nitrogen.",
            "Lock off the motor and drain the oil from the first stage head through the head drain.",
            "Loosen the head bolts crosswise in two steps and lift off the gas plate with the lifting eye.",
            "Remove the three diaphragm layers and keep them in order. Note where any crack is and report it to "
            "Membrell with the serial number.",
            "Clean the cavity contours with a lint-free cloth, never with abrasives. Check the perforated plate for "
            "blocked holes.",
            "Fit a new diaphragm set (MBR-DS1-45 or MBR-DS1-90), with the grooved leak detection layer in the "
            "middle, and new O-rings.",
            "Refit the gas plate and tighten the head bolts crosswise in three steps, 30 %, 70 % and 100 % of the "
            "final torque: 380 Nm (MK-45, M20) or 650 Nm (MK-90, M24).",
            "Fill and bleed the head (section 7, steps 7 to 9).",
            "Pressurise the gas side with nitrogen to 30 bar(g) and check the head joints with leak spray; hold for "
            "15 min with no fall of pressure.",
            "Purge: pressurise with nitrogen to 10 bar(g) and vent, five times, before admitting hydrogen.",
            "Retighten the head bolts to the final torque after 24 h of operation.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Read the leak detection gauges (0 bar), the oil level and pressure, the interstage pressure and the "
                "discharge temperatures",
            ],
            [
                "Monthly",
                "Test the leak detection pressure switches with the test pump (switching at 10 bar(g)); test the "
                "cooling water flow switch",
            ],
            [
                "4000 h (C12)",
                "Replace the suction and discharge valves of both stages and the first stage diaphragm set; second "
                "stage diaphragm set by Membrell service",
            ],
            ["8000 h or 12 months, whichever comes first", "Change the crankcase oil and filter (section 7)"],
            [
                "12 months",
                "Relief valves tested by a competent body; check the motor coupling alignment; clean the oil cooler",
            ],
            ["24 000 h", "Crankcase inspection (bearings, crossheads) by Membrell service"],
        ],
        (55, 115),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MK-45", "MK-90"],
            ["Diaphragm set, first stage", "MBR-DS1-45", "MBR-DS1-90"],
            ["Diaphragm set, second stage (Membrell service only)", "MBR-DS2-45", "MBR-DS2-90"],
            ["Valve set, first stage (suction and discharge)", "MBR-VS1-45", "MBR-VS1-90"],
            ["Valve set, second stage (suction and discharge)", "MBR-VS2-45", "MBR-VS2-90"],
            ["Head O-ring kit", "MBR-OK-45", "MBR-OK-90"],
            ["Oil filter element", "MBR-OF-10", "MBR-OF-10"],
            ["Leak detection pressure switch, 10 bar(g)", "MBR-LS-10", "MBR-LS-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cellmark FB fuel cell backup power units
CELLMARK = [
    ("title", "Cellmark FB Fuel Cell Backup Power Units\nInstallation, Operation and Maintenance - FB-5 and FB-10"),
    (
        "p",
        "Document CLM-IOM-FB-02, Edition 4, November 2024. Cellmark Power Systems. The FB-5 and FB-10 are outdoor "
        "PEM fuel cell units that supply 48 V DC backup power to telecom sites and control rooms when the mains "
        "fails. They start automatically when the DC bus voltage falls below the start threshold and run on "
        "hydrogen from cylinders or from a site supply. The FB-10 holds two fuel cell stacks where the FB-5 holds "
        "one; apart from this and the values given for each model, the two units are built alike. The site "
        "batteries that bridge the start, the hydrogen cylinder store with its regulator, and the rectifiers are "
        "supplied by others.",
    ),
    (
        "warn",
        "WARNING: The cabinet contains hydrogen under pressure. Do not open the fuel compartment door while the "
        "unit runs. No smoking, naked flames or non-Ex tools within 3 m of the cylinder store and the fuel "
        "compartment.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FB-5", "FB-10"],
            ["Rated output power (net)", "5.0 kW", "10.0 kW"],
            ["Output voltage", "48 V DC nominal, settable 46.0-56.0 V", "48 V DC nominal, settable 46.0-56.0 V"],
            ["Maximum output current", "104 A", "208 A"],
            ["Fuel cell stacks", "1", "2"],
            ["Hydrogen consumption at rated power", "0.30 kg/h (3.4 Nm³/h)", "0.60 kg/h (6.7 Nm³/h)"],
            ["Hydrogen purity", "at least 99.97 % (ISO 14687 grade D)", "at least 99.97 % (ISO 14687 grade D)"],
            ["Hydrogen inlet pressure", "6-10 bar(g)", "6-10 bar(g)"],
            ["Start threshold (DC bus voltage)", "47.5 V default, settable 44.0-50.0 V",
             "47.5 V default, settable 44.0-50.0 V"],
            ["Time from start signal to rated power, above 0 °C", "45 s", "60 s"],
            ["Electrical efficiency at rated power (LHV)", "50 %", "50 %"],
            ["Operating ambient temperature", "-20 to +45 °C", "-20 to +45 °C"],
            ["Mass", "195 kg", "310 kg"],
            ["Dimensions W x D x H", "800 x 650 x 1500 mm", "1200 x 650 x 1500 mm"],
            ["Enclosure", "IP55", "IP55"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Rated power holds up to 40 °C ambient and 1000 m altitude. Above 40 °C the available power falls by 3 % for "
        "each °C: at 45 °C an FB-5 delivers 4.25 kW and an FB-10 8.5 kW. For sites above 1000 m, ask Cellmark for "
        "the derating.",
    ),
    (
        "p",
        "Runtime in hours = usable hydrogen in kg / consumption in kg/h. A 50 L cylinder filled to 200 bar holds "
        "about 0.75 kg of usable hydrogen when emptied down to 10 bar. Example: a bundle of 12 such cylinders (9 kg) "
        "runs an FB-5 at rated power for 9 / 0.30 = 30 h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The cabinet hydrogen sensor warns at 10 % of the lower explosive limit (0.4 % hydrogen in air). At 25 % "
            "LEL (1.0 % hydrogen) it shuts the unit down and closes the inlet valve.",
            "The exhaust is water vapour only, but in frost it forms ice on the ground below the outlet. Keep the "
            "outlet clear of snow.",
            "Keep at least 1 m clear in front of the air inlet and the exhaust. The layout of the cylinder store, "
            "its distances to buildings and the hazardous area zoning are the site's responsibility.",
            "The DC output terminals stay live from the site batteries when the unit is off. Open the output breaker "
            "and the battery fuses before working on them.",
            "Use only hydrogen of at least 99.97 % purity. Carbon monoxide and sulphur compounds poison the stack "
            "permanently.",
        ],
    ),
    ("h", "3. Settings menu"),
    (
        "cols",
        [
            ("h", "START V"),
            (
                "p",
                "DC bus voltage at which the unit starts: default 47.5 V, settable 44.0-50.0 V. Set it at least "
                "1.0 V below the lowest bus voltage seen in normal operation, or the unit will start on load peaks.",
            ),
            ("h", "STOP DELAY"),
            (
                "p",
                "The unit stops when the mains has been back for the stop delay: default 10 min, settable 1-60 min.",
            ),
            ("h", "OUT V"),
            (
                "p",
                "Output voltage while running: default 53.5 V, settable 46.0-56.0 V, the float voltage of most "
                "lead-acid batteries. For lithium batteries set the value given by the battery maker.",
            ),
            ("h", "BATT I"),
            (
                "p",
                "Part of the output used to recharge the batteries: default 25 A, settable 5-60 A (FB-5) or 5-120 A "
                "(FB-10).",
            ),
            ("h", "EXERCISE"),
            (
                "p",
                "Automatic test run of 15 min at 30 % of rated power into the DC load. Default every 30 days, "
                "settable 7-90 days. A unit that has not run for more than 90 days must be exercised before it is "
                "relied on.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "With a 230 V supply connected, a 400 W heater keeps the cabinet at +5 °C. Without it the unit still "
                "starts down to -20 °C with its freeze start routine, but needs up to 3 min to reach rated power.",
            ),
            ("h", "Anode purge"),
            (
                "p",
                "The anode side is purged every 30 s at rated power, less often at part load. The purged gas is "
                "mixed with the cathode exhaust air to below 25 % LEL before it leaves the unit.",
            ),
        ],
    ),
    ("h", "4. Event codes"),
    (
        "table",
        [
            ["Event", "Meaning", "Cause and action"],
            [
                "201",
                "Hydrogen pressure low",
                "Inlet below 5 bar(g) for 10 s: cylinders empty, regulator or inlet filter. The unit stops.",
            ],
            ["202", "Hydrogen pressure high", "Inlet above 11 bar(g): site regulator faulty. The inlet valve closes."],
            ["203", "Cabinet hydrogen warning", "Sensor at 10 % LEL (0.4 %). The unit runs on; find the leak."],
            [
                "204",
                "Cabinet hydrogen shutdown",
                "Sensor at 25 % LEL (1.0 %). The unit stops, the inlet valve closes and the fans run on.",
            ],
            [
                "205",
                "Stack temperature high",
                "Stack above 75 °C: air filter blocked, fan fault, or ambient above 45 °C.",
            ],
            [
                "206",
                "Cell voltage low",
                "A cell group below 0.50 V under load: stack flooded or dried out, or poisoned by impure hydrogen. "
                "After three 206 events in 24 h the unit locks out; call Cellmark service.",
            ],
            [
                "207",
                "Start failed",
                "No stack voltage after 3 start attempts: no hydrogen, purge valve fault, or DC bus below 42 V.",
            ],
            ["208", "Fan fault", "Cathode air blower or cooling fan speed low."],
            ["210", "Output overload", "Output above the current limit for 10 s."],
            ["211", "Sensor fault", "Hydrogen sensor signal out of range. The unit is blocked from starting."],
            ["212", "Service due", "2000 operating hours or 12 months since the last service."],
            ["213", "Exercise failed", "The test run did not reach 30 % of rated power."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Unit shuts down after some minutes on hot days, output voltage dropping first",
                "Load above the derated power above 40 °C, or a blocked cathode air filter",
                "Check the load against the derating; replace the cathode air filter (section 7)",
            ],
            [
                "Unit does not start although the mains has failed",
                "START V set below the battery voltage under load, or a cylinder valve closed",
                "Check START V and the cylinder and manifold valves",
            ],
            [
                "Hydrogen runs out much sooner than calculated",
                "Leak in the cylinder manifold or supply line, or very frequent exercise runs",
                "Leak test the supply line (section 8); check the exercise interval",
            ],
            [
                "Water dripping under the unit while it runs",
                "Product water, normal",
                "Nothing to do; in frost keep the drain clear",
            ],
            [
                "Output voltage swings when the load changes",
                "Battery fuses open, so the unit runs without batteries",
                "Restore the batteries; the unit is not designed to run without them",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Changing a cylinder bundle"),
    (
        "ol",
        [
            "Close the bundle valve of the empty bundle and the manifold inlet valve.",
            "Vent the pigtail through the manifold vent valve into the vent line.",
            "Disconnect the empty bundle and fit its cap.",
            "Connect the full bundle with a new pigtail seal (CLM-PS-01).",
            "Purge the pigtail: open the bundle valve briefly, close it and vent; do this three times.",
            "Open the bundle valve slowly and check the regulator outlet: 6-10 bar(g).",
            "Check the connection with leak detection spray.",
            "Open the manifold inlet valve and reset event 201 if it is shown.",
        ],
    ),
    ("h", "7. Replacing the cathode air filter"),
    (
        "ol",
        [
            "Tell the site that the unit gives no backup during the work, then select MAINT on the display: the unit "
            "will not start.",
            "Open the air inlet door on the left side with the cabinet key.",
            "Pull out the filter frame and remove the filter: one CLM-AF-05 on the FB-5, two on the FB-10.",
            "The filter has a particle layer and an activated carbon layer that removes sulphur dioxide and other "
            "gases that poison the stack. Always replace the complete filter, never the particle layer alone.",
            "Fit the new filter with the arrow pointing into the unit.",
            "Close the door and reset the filter counter (SERVICE > FILTER).",
            "Leave MAINT and start a test run (TEST > START): the unit must reach 30 % power within 60 s.",
        ],
    ),
    ("h", "8. Leak test of the hydrogen supply line"),
    (
        "ol",
        [
            "With the unit stopped, close the unit's manual inlet valve.",
            "Let the line fill from the regulator to its set pressure, then close the bundle valve.",
            "Note the pressure on the display (INLET P).",
            "Wait 15 min. A fall of more than 0.2 bar in 15 min means a leak.",
            "Find the leak with leak detection spray or a hydrogen detector, never with a flame.",
            "Open the bundle valve and the inlet valve again when the leak has been repaired.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Monthly",
                "Check the result of the exercise run in the event log; read the cylinder pressure; leak test the "
                "supply line (section 8)",
            ],
            [
                "2000 h or 12 months, whichever comes first",
                "Replace the cathode air filter (section 7) and the hydrogen inlet filter CLM-HF-02; test the cabinet "
                "hydrogen sensor with test gas",
            ],
            ["4000 h", "Replace the purge valve"],
            ["2 years", "Replace the cabinet hydrogen sensor CLM-HS-4"],
            ["5 years", "Replace the cooling fans"],
            ["8000 operating hours, or repeated 206 events", "Stack exchange by Cellmark service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FB-5", "FB-10"],
            ["Cathode air filter, particle and carbon layers", "CLM-AF-05 (qty 1)", "CLM-AF-05 (qty 2)"],
            ["Hydrogen inlet filter element", "CLM-HF-02", "CLM-HF-02"],
            ["Cabinet hydrogen sensor", "CLM-HS-4", "CLM-HS-4"],
            ["Anode purge valve", "CLM-PV-05", "CLM-PV-10"],
            ["Pigtail seal", "CLM-PS-01", "CLM-PS-01"],
            ["Cooling fan", "CLM-FN-12 (qty 1)", "CLM-FN-12 (qty 2)"],
            ["Fuel cell stack", "exchange by Cellmark service", "exchange by Cellmark service"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vessgard BS-950 buffer storage bank
VESSGARD = [
    ("title", "Vessgard BS-950 High-Pressure Buffer Storage Bank\nOperation, Inspection and Maintenance Manual"),
    (
        "p",
        "Document VSG-OIM-BS950-01, Edition 2, August 2024. Vessgard Pressure Storage. The BS-950 is a skid-mounted "
        "bank of twelve Type II hydrogen pressure vessels (steel liner, hoop-wrapped with carbon fibre) for 70 MPa "
        "refuelling stations. The vessels are grouped in three banks of four (low, medium and high pressure) so "
        "that the dispenser can draw from them in cascade. The skid carries the bank valves, the pressure relief "
        "devices, the instruments and a local junction box. The compressor that fills the banks, the dispenser and "
        "the station control system that selects the bank are supplied by others; the cascade switching pressures "
        "are set in the station control system, not on the skid.",
    ),
    (
        "warn",
        "WARNING: The vessels hold up to 56 kg of hydrogen at up to 950 bar. Never loosen a fitting, a plug or a "
        "valve gland on a bank that is under pressure. Never weld, grind or drill on the skid or on a vessel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BS-950"],
            ["Number of vessels", "12, in three banks of 4 (LP, MP, HP)"],
            ["Water volume per vessel / total", "90 L / 1080 L"],
            ["Vessel type", "Type II: steel liner, hoop-wrapped with carbon fibre"],
            ["Maximum allowable pressure (PS)", "1000 bar"],
            ["Maximum filling pressure, settled at 15 °C", "950 bar"],
            ["Minimum pressure in service", "20 bar"],
            ["Hydrogen held at 950 bar and 15 °C", "about 56 kg"],
            ["Usable hydrogen between 950 bar and 450 bar, at 15 °C", "about 25 kg"],
            ["Gas temperature range", "-40 to +85 °C"],
            ["Ambient temperature range", "-30 to +50 °C"],
            ["Design pressure cycles", "150000 cycles between 450 bar and 950 bar"],
            ["Relief valve, one per bank", "set at 1000 bar"],
            ["Thermally activated pressure relief device (TPRD), one per vessel", "activates at 110 °C"],
            ["Bank valves", "air-actuated, fail-closed, instrument air 6-8 bar(g)"],
            ["Piping", "9/16 in coned and threaded high pressure tubing"],
            ["Instruments per bank", "pressure transmitter 0-1100 bar, gas temperature sensor, both 4-20 mA"],
            ["Skid mass, empty", "14800 kg"],
            ["Skid dimensions L x W x H", "6.1 x 2.4 x 2.6 m"],
        ],
        (90, 80),
    ),
    (
        "p",
        "Hydrogen quantities hold at 15 °C gas temperature. At 950 bar the pressure changes by about 3 bar for each "
        "°C of gas temperature, so a bank filled warm by the compressor settles to a lower pressure as it cools. "
        "The compressor stop setting that gives 950 bar settled at 15 °C is set in the station control system.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The skid stands in the open air or in an enclosure ventilated to the station's hazardous area "
            "classification. The separation distances to buildings, boundaries and the dispenser are set by the "
            "station's risk assessment and local rules, not by this manual.",
            "The outlets of all relief valves and TPRDs are piped to the station vent stack. Never plug or cap a vent "
            "line.",
            "Do not strike, heat or expose the vessels to chemicals. A vessel with a scratch deeper than 0.5 mm in "
            "the composite, a dent, a burn mark or softened resin must be taken out of service and reported to "
            "Vessgard.",
            "Only persons trained in coned and threaded high pressure fittings may open the piping.",
            "Keep a record of the pressure cycles of each bank; the cycle count is needed for the periodic "
            "inspection.",
        ],
    ),
    ("h", "3. Pressure and temperature limits"),
    (
        "cols",
        [
            ("h", "Filling"),
            (
                "p",
                "The station control stops the compressor when the bank reaches its fill setting. A bank filled "
                "quickly may end the fill 20-30 °C above ambient and settle over several hours.",
            ),
            ("h", "Temperature effect"),
            (
                "p",
                "About 3 bar per °C at 950 bar and about 1.5 bar per °C at 450 bar. Always compare pressures at the "
                "same gas temperature, as shown by the bank's temperature sensor.",
            ),
            ("h", "Leak tightness"),
            (
                "p",
                "A bank that is isolated (no filling, no drawing) may lose no more than 10 bar in 12 h after "
                "correction for the change of gas temperature. A larger loss raises B03.",
            ),
            ("h", "Minimum pressure"),
            (
                "p",
                "Keep every bank at or above 20 bar. Below this, air can enter during work, and the bank must be "
                "purged (section 7) before it is refilled.",
            ),
            ("h", "Cycle count"),
            (
                "p",
                "Each fill of a bank after it fell below 700 bar counts as one cycle. At 150000 cycles the vessels "
                "have reached their design life, whatever their condition. B11 comes on at 90 % (135000 cycles).",
            ),
            ("h", "Relief devices"),
            (
                "p",
                "The bank relief valves open at 1000 bar and reseat above 900 bar. The TPRDs work once only: a TPRD "
                "that has activated empties its vessel completely to the vent stack. It must be replaced, and the "
                "vessel inspected by Vessgard before it is used again.",
            ),
            ("h", "Venting rate"),
            (
                "p",
                "When a bank is vented, the pressure may fall by no more than 50 bar per minute, to keep the gas "
                "above -40 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm list"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "B01",
                "Bank pressure high",
                "A bank above 970 bar: the compressor did not stop at its setting. Stop the compressor and check "
                "the transmitter.",
            ],
            ["B02", "Bank pressure low", "A bank below 20 bar. The station stops drawing from it."],
            [
                "B03",
                "Pressure loss while isolated",
                "More than 10 bar in 12 h after temperature correction: leak. Isolate the bank and leak test it "
                "(section 8).",
            ],
            ["B04", "Gas temperature high", "Above 85 °C: filling too fast, or fire. Stop filling."],
            ["B05", "Gas temperature low", "Below -40 °C: drawing or venting too fast at low ambient."],
            [
                "B06",
                "Valve position",
                "An actuated valve did not reach open or closed within 5 s: instrument air below 6 bar(g), worn "
                "actuator seals or a limit switch.",
            ],
            ["B08", "Instrument air low", "Below 5.5 bar(g): all bank valves close (fail-closed)."],
            ["B09", "Transmitter fault", "Signal below 3.6 mA or above 21 mA."],
            ["B10", "Station shutdown", "Shutdown signal from the station fire and gas system: all bank valves close."],
            ["B11", "Cycle count", "90 % of the design cycles (135000) reached. Plan the replacement with Vessgard."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bank pressure falls overnight with nothing drawn",
                "Gas cooling after a warm fill, or a leak",
                "Correct for the temperature change (about 3 bar per °C at 950 bar); if more than 10 bar in 12 h "
                "remains, leak test the bank (section 8)",
            ],
            [
                "Hissing or ticking at a fitting",
                "Gland loose or cone seat damaged",
                "Isolate and vent the bank (section 6); remake the fitting; a damaged cone is recut or the tube "
                "replaced",
            ],
            [
                "A bank's pressure rises while another bank is filled",
                "Bank valve or check valve leaking through",
                "Isolate and test the valve seat; replace the seat kit VSG-SK-916",
            ],
            [
                "Valve opens slowly, B06 from time to time",
                "Instrument air low or wet, or actuator seals worn",
                "Check the air at 6-8 bar(g) and the air dryer; replace the actuator seal kit VSG-AS-01",
            ],
            [
                "Bank transmitter and dispenser disagree by more than 10 bar",
                "Transmitter drift",
                "Compare with a calibrated test gauge (section 9, step 4)",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Isolating and venting a bank"),
    (
        "ol",
        [
            "Tell the station operator and set the bank to OUT OF SERVICE in the station control system.",
            "Close the bank's actuated valve and its manual isolation valve.",
            "Open the bank's vent valve slowly to the vent stack, so that the pressure falls by no more than 50 bar "
            "per minute.",
            "For work downstream of the isolation valve, vent the line only and keep the vessels at or above 20 bar. "
            "Vent the vessels to 0 bar only if the bank itself must be opened, and purge it (section 7) before it "
            "is refilled.",
            "Close the vent valve and wait 15 min: the pressure on the vented side must not rise. A rise shows a "
            "leaking isolation valve.",
            "Lock and tag the manual valves.",
        ],
    ),
    ("h", "7. Purging a bank after it has been opened"),
    (
        "ol",
        [
            "Connect the nitrogen purge panel to the bank's purge connection.",
            "Pressurise with nitrogen to 10 bar and vent to 1 bar; do this five times.",
            "Check the oxygen content at the vent sample point: it must be below 1 %.",
            "Pressurise with hydrogen to 10 bar and vent to 1 bar; do this three times.",
            "Have the hydrogen purity checked at the sample point with the station's analyser before the bank is "
            "put back into service.",
        ],
    ),
    ("h", "8. Leak test after work on the piping"),
    (
        "ol",
        [
            "After purging (section 7), fill the bank with hydrogen to 100 bar.",
            "Check every fitting that was opened with a hydrogen leak detector; a reading above 10 ppm at a fitting "
            "is a leak.",
            "Raise the pressure in steps to 350, 600 and 950 bar. At each step hold 10 min and check the fittings "
            "again.",
            "At 950 bar isolate the bank and note the pressure and the gas temperature.",
            "After 12 h the loss, corrected for the temperature change, must be no more than 10 bar.",
        ],
    ),
    ("h", "9. Annual inspection (operator's part)"),
    (
        "ol",
        [
            "Inspect the composite of every vessel for scratches, cuts, dents, burn marks and discolouration. "
            "Measure any scratch with a depth gauge; deeper than 0.5 mm: take the vessel out of service and report "
            "to Vessgard.",
            "Check the vessel mountings and straps: no movement, rubber pads in place.",
            "Check that the TPRD outlets and the rain caps of the vent lines are free.",
            "Compare each bank transmitter with a calibrated test gauge at the bank's pressure: the difference must "
            "be within ±5 bar.",
            "Record the cycle count of each bank and send it to the inspection body with the inspection report.",
        ],
    ),
    (
        "p",
        "The five-yearly requalification of the vessels (acoustic emission testing or a hydraulic test of each "
        "vessel) is carried out by the inspection body named by the site. Its test pressure and method are set by "
        "that body and the vessel certificates, not by this manual.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the bank pressures and temperatures on the station display; listen for leaks"],
            [
                "Monthly",
                "Check the instrument air (6-8 bar(g)) and drain its filter; stroke-test each actuated valve: open "
                "and closed within 5 s",
            ],
            [
                "12 months",
                "Annual inspection (section 9); calibrate the pressure transmitters and temperature sensors; "
                "exchange the bank relief valves for bench-tested units",
            ],
            ["5 years", "Requalification of the vessels by the inspection body"],
            ["10 years", "Replace all TPRDs (VSG-TP-110)"],
            ["150000 cycles", "Vessels at the end of their design life: replace them"],
        ],
        (40, 130),
    ),
    ("h", "Gland nut torques"),
    (
        "table",
        [
            ["Fitting size", "Gland nut torque", "Notes"],
            ["1/4 in", "34 Nm", "Instrument lines, transmitters"],
            ["3/8 in", "68 Nm", "Vent and purge lines"],
            ["9/16 in", "150 Nm", "Bank headers and valves; apply anti-seize VSG-AC-100 to the gland threads only"],
        ],
        (40, 40, 90),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Actuated bank valve, complete", "VSG-AV-916"],
            ["Actuator seal kit", "VSG-AS-01"],
            ["Bank valve seat kit", "VSG-SK-916"],
            ["TPRD, 110 °C", "VSG-TP-110"],
            ["Bank relief valve 1000 bar, bench-tested exchange unit", "VSG-RV-1000"],
            ["Pressure transmitter 0-1100 bar", "VSG-PT-1100"],
            ["Gland and collar set 9/16 in", "VSG-GC-916"],
            ["Anti-seize compound for gland threads, 100 g", "VSG-AC-100"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("elystra-px-pem-electrolyser-stack-module.pdf", "Elystra ELY-OM-PX-03 Ed 2 - PX-250 / PX-500", ELYSTRA),
        ("membrell-mk-diaphragm-hydrogen-compressor.pdf", "Membrell MBR-OM-MK-04 Ed 3 - MK-45 / MK-90", MEMBRELL),
        ("cellmark-fb-fuel-cell-backup-power-unit.pdf", "Cellmark CLM-IOM-FB-02 Ed 4 - FB-5 / FB-10", CELLMARK),
        ("vessgard-bs-high-pressure-buffer-storage-bank.pdf", "Vessgard VSG-OIM-BS950-01 Ed 2 - BS-950", VESSGARD),
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
