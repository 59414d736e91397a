"""Generate the PDF manuals of the fifty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set58venv && /tmp/set58venv/bin/pip install fpdf2 pypdf
    /tmp/set58venv/bin/python knowledge/samples/fiftyeighth/make_pdfs.py

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




# ---------------------------------------------------------------- Moltrand MR vertical roller mills
MOLTRAND = [
    ("title", "Moltrand MR Vertical Roller Mills\nOperation and Maintenance - MR-36 and MR-42 (raw meal)"),
    (
        "p",
        "Document MTD-OM-MR-04, Edition 3, March 2025. Moltrand Grinding Systems. The MR-36 and MR-42 are vertical "
        "roller mills for grinding cement raw meal. Three rollers, each pressed down by its own hydraulic cylinder, "
        "roll on a rotating grinding table; the ground material is carried up by the hot gas from the kiln preheater, "
        "dried on the way and classified by a dynamic separator on top of the mill casing. Coarse particles fall back "
        "onto the table. Apart from the sizes and the values given for each model in this manual, the two mills are "
        "built alike.",
    ),
    (
        "p",
        "This manual covers the mill body, the hydraulic grinding system, the roller lubrication unit, the separator, "
        "the water injection and the sealing air system. The main gearbox and its lubrication unit are covered by the "
        "gearbox maker's manual delivered with the mill. The raw mill circuit (feed, mill fan, gas flow and product "
        "quality) is run by the plant's control system and is not described here.",
    ),
    (
        "warn",
        "WARNING: Before anyone enters the mill, stop and lock out the main drive, the separator and the mill fan, "
        "relieve the hydraulic system to 0 bar and lower the rollers onto their mechanical stops. A roller held up "
        "only by hydraulic pressure can drop when the pressure is released.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MR-36", "MR-42"],
            ["Grinding table diameter", "3600 mm", "4200 mm"],
            ["Rollers (number x diameter)", "3 x 2100 mm", "3 x 2500 mm"],
            [
                "Raw meal capacity at 12 % residue on 90 µm, feed moisture up to 6 %, Bond work index up to 11 kWh/t",
                "210 t/h",
                "300 t/h",
            ],
            ["Main drive motor, 6.6 kV", "2500 kW", "3550 kW"],
            ["Grinding table speed", "29.5 rpm", "27.3 rpm"],
            ["Separator motor, frequency-controlled", "160 kW", "200 kW"],
            ["Separator rotor speed range", "60-150 rpm", "50-130 rpm"],
            ["Working pressure of the grinding cylinders", "80-140 bar", "90-160 bar"],
            ["Relief valve, grinding circuit", "165 bar", "185 bar"],
            ["Nitrogen precharge of the accumulators, at 20 °C", "48 bar", "54 bar"],
            ["Accumulators per roller", "2 x 50 L", "3 x 50 L"],
            ["Hydraulic oil HLP 68, tank volume", "1200 L", "1600 L"],
            ["Roller bearing oil ISO VG 320 (synthetic), nominal flow per roller", "18 L/min", "25 L/min"],
            ["Grinding bed thickness, normal operation", "40-80 mm", "50-100 mm"],
            ["Gap between roller and table on the mechanical stops", "15 mm", "18 mm"],
            ["Mill differential pressure, normal operation", "45-60 mbar", "50-65 mbar"],
            ["Water injection, maximum", "6 m³/h", "8 m³/h"],
            ["Sealing air fan", "15 kW", "18.5 kW"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold only for raw meal at the stated residue, feed moisture and grindability. A finer product, "
        "wetter feed or a harder raw mix lowers them. No capacities are given here for cement, slag or other "
        "materials; a process guarantee for them must be asked from Moltrand.",
    ),
    (
        "p",
        "Specific energy of the main drive: kWh/t = main drive power in kW / feed rate in t/h. With sound grinding "
        "surfaces it stays between 9 and 12 kWh/t on both models. Above 14 kWh/t on the MR-36, or above 13 kWh/t on "
        "the MR-42, at the normal residue, measure the roller and table wear and check the working pressure.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this mill may operate it or work on it. Entry into the mill, the separator or "
            "the hot gas ducts needs the site's confined space permit and a gas test.",
            "The accumulators hold nitrogen at pressure even when the hydraulic unit is stopped. Work on the "
            "accumulator block only after the oil side has been relieved to 0 bar.",
            "Never stand in line with an inspection door while the mill fan runs; the mill works under negative "
            "pressure but a fan trip can reverse it and blow out hot meal.",
            "The water injection nozzles are fed with plant water at up to 10 bar. Isolate and drain the line before "
            "working on a nozzle.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Mill vibration"),
            (
                "p",
                "Vibration is measured as velocity RMS on the gearbox housing. Alarm M02 comes at 6 mm/s. Trip M03 "
                "comes when the vibration stays above 8 mm/s for more than 5 s. After a vibration trip the mill may "
                "be restarted only once before the cause has been found.",
            ),
            ("h", "Working pressure"),
            (
                "p",
                "Set the working pressure within the range of the technical data. Change it in steps of no more "
                "than 5 bar and wait at least 10 min between two steps. A pressure too low for the feed makes the "
                "bed thick and raises the differential pressure; a pressure too high makes the mill run rough.",
            ),
            ("h", "Mill outlet temperature"),
            (
                "p",
                "Keep the gas at the mill outlet at 90 °C ±5 °C. Not below 80 °C: the meal stays damp and the bag "
                "filter may blind. Above 105 °C the water injection valve opens fully. Above 115 °C the feed stops "
                "and M07 is shown.",
            ),
            ("h", "Water injection"),
            (
                "p",
                "Water is sprayed onto the bed to stabilise it when the feed is very dry or very fine. Use no more "
                "than 3 % of the feed mass, and never more than the maximum of the technical data.",
            ),
            ("h", "Sealing air"),
            (
                "p",
                "The sealing air at the roller shaft seals must stay at least 20 mbar above the pressure inside the "
                "mill. If it stays below this for 30 s, M10 is shown and the feed stops.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Tank temperature in operation 35-50 °C. The heater runs below 20 °C and the oil cooler fan above "
                "45 °C. At 60 °C M06 is shown.",
            ),
            ("h", "Roller lubrication"),
            (
                "p",
                "Each roller needs at least 70 % of its nominal oil flow, 12.6 L/min on the MR-36 and 17.5 L/min on "
                "the MR-42; below this M08 is shown and the mill stops after 60 s. Return oil above 85 °C gives M09.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Main drive trip", "Motor protection or gearbox lube unit not ready. See the gearbox manual."],
            ["M02", "Vibration alarm", "6 mm/s reached. Check the bed thickness, the feed and the water injection."],
            [
                "M03",
                "Vibration trip",
                "Above 8 mm/s for more than 5 s. Find the cause before a second restart (see section 3).",
            ],
            [
                "M04",
                "Working pressure low",
                "More than 10 bar below the set value for 20 s. Check the pump, the relief valve and the cylinders "
                "for leaks.",
            ],
            ["M05", "Working pressure high", "Relief valve setting reached. Check the bed and the setpoint."],
            ["M06", "Hydraulic oil hot", "60 °C reached. Check the cooler fan and the cooler fins."],
            ["M07", "Mill outlet hot", "Above 115 °C. Feed stopped. Check the water injection and the hot gas."],
            ["M08", "Roller oil flow low", "Below 70 % of nominal. Check the lube pump, filter and lines."],
            ["M09", "Roller oil hot", "Return oil above 85 °C. Check the oil cooler and the roller bearings."],
            ["M10", "Sealing air low", "Less than 20 mbar above the mill for 30 s. Check the fan and its filter."],
            ["M12", "Bed thickness low", "Roller position below the bed limit. Raise the feed or add water."],
            ["M13", "Separator fault", "Separator drive tripped or speed deviation. See the drive display."],
            ["M14", "Gearbox lube fault", "Signal from the gearbox lube unit. See the gearbox maker's manual."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Mill runs rough, vibration rising after a change of feed",
                "Bed too thin: feed too dry, too fine or feed rate too low for the working pressure",
                "Add water injection, raise the feed or lower the working pressure in 5 bar steps",
            ],
            [
                "Differential pressure keeps rising, main drive power rising",
                "Mill overfilling: too much material circulating inside the mill",
                "Reduce the feed, check the separator speed and the nozzle ring for blockage",
            ],
            [
                "Product too coarse at normal separator speed",
                "Worn separator rotor blades or a gap at the rotor seal",
                "Inspect the rotor at the next stop; replace worn blades",
            ],
            [
                "Specific energy above the limit of section 1",
                "Worn roller tyres and table liners, working pressure set low",
                "Measure the wear profile; rebuild or replace the grinding parts",
            ],
            [
                "Roller does not turn with the table running",
                "Roller bearing damage or bed far too thin",
                "Stop the mill at once and inspect the roller",
            ],
            [
                "Roller oil milky or with meal in it",
                "Sealing air too low, worn shaft seal",
                "Check the sealing air (M10 history); change the oil; replace the seal",
            ],
            [
                "Working pressure falls slowly with the pump stopped",
                "Leaking cylinder seal or valve",
                "Check the cylinders and the valve block for oil",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the mill"),
    (
        "ol",
        [
            "Check that all permits are returned, all doors are closed and nobody is inside the mill.",
            "Start the hydraulic unit, the roller lubrication unit and the gearbox lube unit. Wait until each roller "
            "has at least 70 % of its nominal oil flow and the gearbox lube unit shows ready.",
            "Start the sealing air fan and check that the sealing air is at least 20 mbar above the mill pressure.",
            "Lift the rollers to their upper position.",
            "Start the mill fan and heat the mill with hot gas until the outlet temperature reaches 80 °C.",
            "Start the separator at the lowest speed of its range.",
            "Start the main drive with the rollers lifted.",
            "Start the feed at 60 % of the rated capacity: 126 t/h on the MR-36, 180 t/h on the MR-42.",
            "When the bed has reached the lower limit of the normal bed thickness, lower the rollers and set the "
            "working pressure to the lowest value of its range.",
            "Raise the feed and the working pressure in steps (no more than 5 bar per 10 min) to the operating point, "
            "and set the separator speed for the required residue.",
        ],
    ),
    ("h", "7. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Stop the mill and the hydraulic unit and lower the rollers onto their mechanical stops.",
            "Open the drain valve of the accumulator block and relieve the oil side to 0 bar. Check the gauge.",
            "Close the isolating valve between the accumulators and the grinding cylinders.",
            "Remove the protective cap and fit the charging and gauging kit MTD-CK-250 on the gas valve.",
            "Read the gas pressure p in bar, and the shell temperature t of the accumulator in °C with a contact "
            "thermometer.",
            "Correct the reading to 20 °C: p20 = p x 293 / (273 + t).",
            "The corrected value must be within ±2 bar of the precharge of the technical data. If it is lower, top up "
            "with dry nitrogen (class 4.0 or better) through a pressure reducer. Never use compressed air or oxygen.",
            "If an accumulator has lost more than 10 bar since the last check, its bladder must be replaced. Bladder "
            "replacement is done by Moltrand service or a workshop certified for pressure equipment.",
            "Remove the kit, refit the cap, open the isolating valve and close the drain valve. Record the values.",
        ],
    ),
    ("h", "8. Replacing the hydraulic return filter element"),
    (
        "ol",
        [
            "Replace the element when the clogging indicator shows red (2.5 bar) or every 12 months, whichever comes "
            "first.",
            "Stop the hydraulic unit with the rollers on their stops and wait 10 min for the return line to drain.",
            "Open the filter cover on the tank and pull out the element.",
            "Look into the bowl: bronze or steel particles point to pump or cylinder wear; keep them for Moltrand.",
            "Fit a new element MTD-HF-10 (10 µm) with a new cover O-ring lightly oiled with clean HLP 68.",
            "Tighten the cover bolts crosswise to 40 Nm.",
            "Start the unit, check for leaks and check that the indicator is green.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Vibration trend, roller oil flows and temperatures, sealing air, hydraulic oil level"],
            ["Every mill stop longer than 8 h", "Look at the nozzle ring and the dam ring through the inspection door"],
            ["Every 1500 h", "Measure the roller and table wear with the profile gauge"],
            ["Every 3 months or 2000 operating hours, whichever comes first", "Check the accumulator precharge"],
            ["Every 4000 h", "Inspect the separator rotor blades and the rotor seal"],
            [
                "Every 12 months",
                "Hydraulic oil analysis (cleanliness ISO 4406 18/16/13 or better); replace the return filter element",
            ],
            [
                "8000 h, or when the analysis shows more than 0.1 % water",
                "Change the roller bearing oil",
            ],
            ["As given by the gearbox maker", "Main gearbox oil and its lube unit"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Roller tyres and table liners are hardfaced in place when the wear reaches 25 mm at the deepest point of "
        "the profile, or when the output falls by more than 10 % at the same residue, whichever comes first. The "
        "hardfacing is done by Moltrand hardfacing service with its own welding procedure.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MR-36", "MR-42"],
            ["Roller tyre segment set, one roller", "MTD-36-RT", "MTD-42-RT"],
            ["Table liner segment", "MTD-36-TL", "MTD-42-TL"],
            ["Grinding cylinder seal kit", "MTD-CS-200", "MTD-CS-250"],
            ["Accumulator bladder kit 50 L", "MTD-AB-50", "MTD-AB-50"],
            ["Return filter element 10 µm", "MTD-HF-10", "MTD-HF-10"],
            ["Roller lube filter element 25 µm", "MTD-LF-25", "MTD-LF-25"],
            ["Nozzle ring louvre", "MTD-36-NR", "MTD-42-NR"],
            ["Separator rotor blade", "MTD-36-SB", "MTD-42-SB"],
            ["Charging and gauging kit", "MTD-CK-250", "MTD-CK-250"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kalthorne GC-40 clinker grate cooler
KALTHORNE = [
    ("title", "Kalthorne GC-40 Reciprocating Grate Clinker Cooler\nOperation and Maintenance"),
    (
        "p",
        "Document KTH-OM-GC40-02, Edition 2, October 2024. Kalthorne Pyro Equipment. The GC-40 cools the clinker "
        "leaving a rotary kiln of 4000 t/d. The hot clinker falls onto a fixed inclined inlet grate and is moved along "
        "the cooler by two reciprocating grates, each driven by its own hydraulic cylinders, while cooling air from "
        "nine fans is blown up through the grate plates and the clinker bed. At the end of the cooler a hammer breaker "
        "crushes the clinker before it falls onto the clinker conveyor. The hot air goes back to the kiln as secondary "
        "air and to the calciner as tertiary air; the rest goes to the cooler exhaust filter.",
    ),
    (
        "p",
        "This manual covers the grates, the hydraulic drives, the cooling fans as a group and the controls of the "
        "cooler. The hammer breaker is described in its own manual KTH-OM-HB-03. The data of each cooling fan (flow, "
        "pressure, motor, bearings) are on the fan data sheets in the plant documentation. The cooler exhaust filter, "
        "the clinker conveyor and the kiln are not covered.",
    ),
    (
        "warn",
        "WARNING: Clinker on the grate can be above 1000 °C at the inlet and hot clinker can stay glowing under a dark "
        "crust for many hours. Never enter the cooler, the under-grate compartments or the breaker housing unless the "
        "conditions of section 7 are all met.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GC-40"],
            ["Nominal clinker capacity", "4000 t/d"],
            ["Short-term capacity, no more than 8 h in any 24 h", "4400 t/d"],
            ["Grate width x length", "4.0 m x 23.0 m"],
            ["Effective grate area", "92 m²"],
            ["Specific grate load at nominal capacity", "43.5 t/m² per day"],
            ["Fixed inlet grate: rows, inclination", "6 rows of air-beam plates, 15°"],
            ["Grate 1 length, hydraulic drive H1", "9.0 m"],
            ["Grate 2 length, hydraulic drive H2", "11.0 m"],
            ["Stroke length", "125 mm"],
            ["Stroke rate, grate 1 / grate 2", "4-22 / 4-18 strokes/min"],
            ["Cooling fans", "9, under-grate compartments 1 to 9"],
            [
                "Cooling air at nominal capacity (all fans together, normal kiln operation)",
                "1.9-2.1 Nm³/kg clinker",
            ],
            [
                "Clinker temperature after the breaker, at nominal capacity, with the cooling air above",
                "ambient + 65 K",
            ],
            ["Hydraulic pumps, 37 kW each", "3 (one per drive, one standby)"],
            ["Hydraulic working pressure / relief valve", "120-180 bar / 230 bar"],
            ["Hydraulic oil HLP 46, tank volume", "2500 L"],
            ["Grate plate, heat-resistant cast steel GX40CrNiSi25-12", "36 kg each"],
            ["Clinker size after the hammer breaker", "25 mm and smaller"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The cooling air of 1.9-2.1 Nm³/kg is about 5300-5800 Nm³/min for the whole cooler at 4000 t/d. The clinker "
        "temperature after the breaker holds only at nominal capacity, with this air and with the kiln in normal "
        "operation; during kiln upsets (flushes of fine clinker, coating falls) and above nominal capacity it is "
        "higher and is not guaranteed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The cooler runs under a slight negative pressure at the kiln hood. A fan trip or a kiln flush can blow "
            "hot dust and clinker out of any open door. Keep the doors closed and stand to the side when opening a "
            "peephole.",
            "The hydraulic drives move the grates with forces of several hundred kN. Lock out the hydraulic unit and "
            "relieve the accumulators before working on a cylinder or a grate.",
            "The cooler fans can start automatically. Lock them out at the motor isolator, not at the control system.",
            "Wear heat-resistant clothing, face shield and gloves when working at the kiln hood or the peepholes.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Bed depth and grate speed"),
            (
                "p",
                "Grate 1 speed is controlled on the under-grate pressure of compartment 1, which follows the bed "
                "depth. Normal setpoint 65-75 mbar. If the pressure in compartment 1 stays above 95 mbar for more "
                "than 2 min, grate 1 goes to its highest stroke rate and C05 is shown. Grate 2 follows grate 1 with "
                "a ratio set at commissioning (normally 0.8).",
            ),
            ("h", "Grate plate temperature"),
            (
                "p",
                "Thermocouples in the plates of rows 1 to 3 of grate 1 read normally below 150 °C. At 250 °C C10 is "
                "shown: check the air flow of fans 1 and 2 and the bed depth. A plate that stays above 250 °C burns "
                "away within days.",
            ),
            ("h", "Clinker outlet"),
            (
                "p",
                "Clinker after the breaker above 120 °C gives C12. The clinker conveyor is rated for 150 °C; above "
                "this the site's conveyor instructions apply.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Tank temperature 35-55 °C. The heater runs below 25 °C. At 65 °C C04 is shown as an alarm; at 70 °C "
                "the pumps stop and the grates stand still. The return filter indicator trips at 2.5 bar (C11).",
            ),
            ("h", "Plate gaps"),
            (
                "p",
                "The gap between a moving row and the fixed row next to it must be 2-4 mm along the whole width. "
                "Replace the plates when the gap exceeds 6 mm at any point. The side seal plates must stay 3-5 mm "
                "from the side walls.",
            ),
            ("h", "Overload"),
            (
                "p",
                "The cooler may run at up to 110 % of nominal capacity (4400 t/d) for no more than 8 h in any 24 h. "
                "Above this, or for longer, the plates of grate 1 overheat.",
            ),
            ("warn", "Never run the grates with fans 1 to 3 stopped while there is clinker on the grate."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["C01", "Pump H1 trip", "Motor protection. The standby pump can take over (section 9)."],
            ["C02", "Pump H2 trip", "As C01, drive H2."],
            ["C03", "Oil level low", "Tank level switch. Look for a leak at the cylinders and hoses before topping up."],
            ["C04", "Oil temperature high", "65 °C reached. Check the oil cooler water flow. At 70 °C the pumps stop."],
            [
                "C05",
                "Under-grate pressure high",
                "Compartment 1 above 95 mbar for more than 2 min. Grate 1 at maximum stroke rate. Check the kiln "
                "output and the clinker fall.",
            ],
            [
                "C06",
                "Stroke not completed",
                "A drive did not reach its end position within 8 s. Check the pressure, the valve and the "
                "stroke sensor.",
            ],
            ["C07", "Fan trip", "One of the nine fans tripped; the display gives the number."],
            ["C09", "Breaker blocked", "Hammer breaker overload or standstill. See KTH-OM-HB-03."],
            ["C10", "Plate temperature high", "250 °C in rows 1 to 3. Check fans 1 and 2 and the bed depth."],
            ["C11", "Return filter clogged", "Filter indicator at 2.5 bar. Change the element."],
            ["C12", "Clinker outlet hot", "Clinker after the breaker above 120 °C. See section 5."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Red river: a stream of glowing clinker running down one side of the grate",
                "Fine clinker segregated to one side at the inlet; the fine side lets less air through",
                "Open the sector dampers of fans 1 and 2 on the affected side; lower the grate 1 stroke rate a little "
                "to thicken the bed; tell the kiln operator",
            ],
            [
                "Snowman: build-up of sticky clinker on the fixed inlet",
                "Sticky clinker from the kiln (high alkali or sulphur, burning zone too long)",
                "Remove by lancing following the site's hot-work instructions; tell the kiln operator",
            ],
            [
                "Under-grate pressure swings widely",
                "Kiln flushes, or the grate speed control reacts too strongly",
                "Check the kiln; lower the controller gain by one step",
            ],
            [
                "Grate moves in jerks or creeps",
                "Air in a drive cylinder, dirty proportional valve",
                "Bleed the cylinder; check the return filter and the valve",
            ],
            [
                "Clinker after the breaker hot although the fans run at full flow",
                "Bed on grate 2 too thin, or broken plates letting air bypass the bed",
                "Lower the grate 2 ratio; inspect the plates at the next stop",
            ],
            [
                "Much clinker falling into the under-grate hoppers",
                "Broken plates or plate gaps above 6 mm",
                "Inspect and replace plates at the next stop",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Daily checks"),
    (
        "ul",
        [
            "Compartment 1 pressure and grate 1 stroke rate steady; no C05 in the alarm list.",
            "Plate temperatures of rows 1 to 3 below 150 °C.",
            "Hydraulic oil level, temperature and filter indicator; no leaks at cylinders and hoses.",
            "Under-grate hoppers and dump flaps working; no clinker build-up in the hoppers.",
            "Look through the peepholes for red rivers and snowmen.",
        ],
    ),
    ("h", "7. Preparing the cooler for entry"),
    (
        "ol",
        [
            "Run the grates until the cooler is as empty as the kiln stop allows.",
            "Keep all cooling fans running for at least 8 h after the kiln has stopped.",
            "Measure the temperature at the entry point: entry is allowed only below 50 °C.",
            "Stop the grates, lock out the hydraulic unit and relieve the accumulators to 0 bar.",
            "Stop and lock out all cooling fans, the hammer breaker and the clinker conveyor.",
            "Obtain the site's confined space permit, including the gas test.",
            "Check for hot clinker under the crust with a bar before standing on the bed.",
        ],
    ),
    ("h", "8. Replacing a grate plate"),
    (
        "ol",
        [
            "Prepare the cooler for entry (section 7).",
            "Remove the clinker from the plates around the damaged one.",
            "Unscrew the two M20 fixing nuts under the plate from the under-grate compartment. Burnt nuts may be cut "
            "off; never use a cutting torch on the cross beam.",
            "Lift out the plate (36 kg) with two persons or a lifting aid.",
            "Clean the seat on the cross beam and check the beam for cracks.",
            "Fit the new plate KTH-GP-40 with new bolts and new self-locking nuts KTH-BN-20.",
            "Tighten the nuts to 250 Nm.",
            "Check the gap to the next row: 2-4 mm along the whole width. Correct with the shims KTH-SH-1.",
            "Move the grate through a full stroke by hand jog before the cooler is closed.",
        ],
    ),
    ("h", "9. Switching a drive to the standby pump"),
    (
        "ol",
        [
            "Set the affected drive to local control on the hydraulic panel.",
            "Close the pressure valve of the tripped pump.",
            "Open the crossover valve to the standby pump (valve V3 for H1, V4 for H2).",
            "Start the standby pump and check the pressure: 120-180 bar.",
            "Return the drive to automatic and record the change.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 6"],
            ["Weekly", "Grease the drive cylinder pivots (4 strokes each); check the hopper dump flaps"],
            ["Every 3 months", "Oil sample from the hydraulic tank; check the accumulator precharge (90 bar)"],
            ["Every 12 months or 8000 h, whichever comes first", "Change the return filter element"],
            ["At every kiln stop longer than 3 days", "Inspect the plates, the gaps and the side seals"],
            ["Every 5 years or when the analysis shows it", "Change the hydraulic oil"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Grate plate, moving or fixed row", "KTH-GP-40"],
            ["Air-beam plate, fixed inlet", "KTH-AB-40"],
            ["Side seal plate", "KTH-SS-40"],
            ["Plate bolt with self-locking nut M20", "KTH-BN-20"],
            ["Gap shim 1 mm", "KTH-SH-1"],
            ["Drive cylinder seal kit", "KTH-CS-180"],
            ["Return filter element 10 µm", "KTH-RF-10"],
            ["Thermocouple for grate plate, type K", "KTH-TC-K"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Saccovia RP rotary cement packers
SACCOVIA = [
    ("title", "Saccovia RP Rotary Cement Packers\nOperation and Maintenance - RP-8 and RP-12"),
    (
        "p",
        "Document SCV-OM-RP-03, Edition 5, February 2025. Saccovia Packaging Machines. The RP-8 (8 filling spouts) "
        "and the RP-12 (12 filling spouts) are rotary packers that fill valve bags with cement. Each spout has its own "
        "impeller filling unit and its own electronic weigher with one load cell. The packer turns continuously: an "
        "empty bag is put on a spout at the applying position, filled while the packer turns, and thrown off at the "
        "discharge position when its weight is reached. Apart from the number of spouts and the values given for each "
        "model in this manual, the two packers are built alike.",
    ),
    (
        "p",
        "The bag applicator that puts the empty bags on the spouts is covered by its own manual SCV-OM-BA-02. The "
        "check-weigher, the bag conveyors and the palletiser after the packer, the cement silo and the dedusting "
        "filter belong to the site and are not described here.",
    ),
    (
        "warn",
        "WARNING: The packer turns without warning when it is in automatic mode. Never reach into the packer, the "
        "spouts or the discharge area unless the packer is stopped and locked out at the main switch. Compressed air "
        "stays in the bag clamps and spout sleeves after the stop; vent it at valve V1 before working on a spout.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RP-8", "RP-12"],
            ["Filling spouts", "8", "12"],
            [
                "Output, 50 kg valve bags, cement up to 80 °C with normal flowability",
                "2400 bags/h",
                "3600 bags/h",
            ],
            ["Output, 25 kg valve bags, same conditions", "2800 bags/h", "4200 bags/h"],
            ["Rotation speed, maximum", "6.0 rpm", "6.0 rpm"],
            ["Pitch circle diameter of the spouts", "2.6 m", "3.6 m"],
            ["Impeller motor, each spout", "7.5 kW", "7.5 kW"],
            ["Rotary drive motor", "4.0 kW", "5.5 kW"],
            ["Total installed power", "66 kW", "98 kW"],
            ["Load cell per spout", "150 kg, C3", "150 kg, C3"],
            ["Scale division", "20 g", "20 g"],
            [
                "Weighing accuracy, 50 kg bags, standard deviation, after calibration, steady cement flow",
                "0.15 kg",
                "0.15 kg",
            ],
            ["Compressed air, 6 bar, dry", "45 Nm³/h", "65 Nm³/h"],
            ["Dedusting air at the packer hood", "8000 m³/h", "12000 m³/h"],
            ["Spout tube, 50 kg bags / 25 kg bags", "55 mm / 48 mm", "55 mm / 48 mm"],
            ["Mass of the packer", "12.5 t", "17.0 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The outputs hold only with the bag applicator keeping up, bags of the valve size for which the spouts are "
        "fitted, and cement up to 80 °C. Between 80 °C and 110 °C the output falls by about 10 %. Cement above "
        "110 °C must not be packed: the impeller seals and the spout sleeves are damaged. Outputs for other bag "
        "sizes than 25 kg and 50 kg are not given here; ask Saccovia.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear dust mask FFP2 or better, goggles and gloves near the packer; cement dust burns wet skin and eyes.",
            "Keep the guards and the light curtain at the discharge position closed and working. The packer stops "
            "when the light curtain is broken.",
            "Never clear a blocked spout with the impeller running. Stop the spout at its selector switch and wait "
            "until the impeller stands still (about 20 s).",
            "Hot cement (above 60 °C) can cause burns when a bag bursts.",
        ],
    ),
    ("h", "3. Weighing and filling settings"),
    (
        "cols",
        [
            ("h", "Target weight and cut-offs"),
            (
                "p",
                "The target weight is set per product (default 50.00 kg). Each spout fills with coarse flow up to "
                "the coarse cut-off, by default 94 % of the target weight (47.0 kg for a 50 kg bag), then with fine "
                "flow up to the final cut-off. The in-flight correction is learned from the last 10 bags of the "
                "spout.",
            ),
            ("h", "Reject limits"),
            (
                "p",
                "A bag outside ±0.5 kg of the target weight (default; settable from ±0.2 kg to ±1.0 kg) is thrown "
                "onto the reject belt. When 3 bags in a row from the same spout are rejected, the spout is switched "
                "off and P06 is shown. Legal limits for the packed bags and the settings of the check-weigher are "
                "the site's, under its national rules.",
            ),
            ("h", "Fill time"),
            (
                "p",
                "A 50 kg bag normally fills in 9 s. If a spout has not reached its weight within 15 s, P05 is shown "
                "and the bag is rejected.",
            ),
            ("h", "Calibration"),
            (
                "p",
                "Calibrate each spout every 3 months, after replacing a load cell, and after any P07. P13 is shown "
                "when the 3 months have passed. Use two test weights of 10 kg, class M1.",
            ),
            ("h", "Compressed air"),
            (
                "p",
                "The bag clamps and spout sleeves need at least 5 bar. Below 5 bar P08 is shown and the packer "
                "finishes the bags on the spouts and stops.",
            ),
            ("h", "Cement temperature"),
            ("p", "See the note below the technical data: up to 80 °C full output, never above 110 °C."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop or the light curtain. Reset after checking the area."],
            ["P02", "Rotary drive overload", "Packer blocked by a bag or a fallen part. Check the discharge area."],
            ["P03", "Impeller overload", "The display gives the spout. Foreign body or cement lumps in the impeller."],
            [
                "P04",
                "No bag on spout",
                "The bag fell off or was not applied. Check the bag clamp pressure and the applicator.",
            ],
            ["P05", "Fill time exceeded", "More than 15 s. Check the cement flow and the spout sleeve."],
            [
                "P06",
                "Spout switched off",
                "3 rejects in a row from one spout. Check the cut-off sleeve, the load cell and the bag valve.",
            ],
            ["P07", "Load cell out of range", "Cable, load cell or overload. Calibrate after repair."],
            ["P08", "Air pressure low", "Below 5 bar. Check the supply and the filter regulator."],
            ["P10", "Dedusting fan off", "The packer does not start without the dedusting fan signal."],
            ["P11", "Bin level low", "Cement bin above the packer low. The packer finishes the bags and waits."],
            ["P12", "Encoder fault", "Position encoder of the rotary drive. Check the cable and the coupling."],
            ["P13", "Calibration due", "3 months since the last calibration. The packer still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bags burst at the valve during filling",
                "Spout sleeve worn, bag valve too tight for the spout tube, or coarse flow too strong",
                "Replace the sleeve (section 7); check the bag valve size; lower the coarse flow",
            ],
            [
                "One spout gives light bags and is switched off",
                "Cut-off sleeve leaking or worn, load cell fault",
                "Check the cut-off sleeve; calibrate the spout (section 6)",
            ],
            [
                "Dust blowing out around the bag valve",
                "Spout sleeve not inflated: air pressure low or sleeve torn",
                "Check the sleeve pressure (3.0 bar) and the sleeve",
            ],
            [
                "Cement flushing out of the spout like a liquid",
                "Cement too aerated (fresh from the mill) or too hot",
                "Let the cement settle in the silo; check its temperature",
            ],
            [
                "All spouts drifting heavy or light together",
                "Change of cement flowability or density",
                "Let the in-flight correction settle for 10 bags; check the coarse cut-off",
            ],
            [
                "Bags fall off before the discharge position",
                "Bag clamp pressure low, or the discharge set too early",
                "Check P08 history and the clamp; check the discharge angle",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Calibrating a spout"),
    (
        "ol",
        [
            "Stop the packer in manual mode with the spout to be calibrated at the service position.",
            "Remove any bag and clean the spout saddle of cement.",
            "Select CALIBRATE and the spout number on the operator panel.",
            "With the saddle empty, press ZERO. The reading must settle at 0.00 kg.",
            "Hang the two 10 kg test weights (class M1, 20 kg together) on the saddle hook.",
            "Press SPAN and enter 20.00 kg.",
            "Remove the weights and put them on again: the reading must be within ±0.04 kg of 20.00 kg.",
            "If not, repeat from step 4. If the reading still does not repeat, replace the load cell.",
            "Press SAVE. The calibration date is stored and P13 is cleared for that spout.",
        ],
    ),
    ("h", "7. Replacing a spout sleeve"),
    (
        "ol",
        [
            "Stop the packer, lock it out and vent the compressed air at valve V1.",
            "Switch the spout off at its selector switch.",
            "Unscrew the sleeve nut at the spout tip and pull the old rubber sleeve off the spout tube.",
            "Clean the tube; it must be free of cement crust.",
            "Slide on the new sleeve SCV-SL-55 (SCV-SL-48 for 25 kg bags) up to the stop and fit the sleeve nut, hand "
            "tight plus a quarter turn.",
            "Restore the air, set the sleeve pressure to 3.0 bar and check that the sleeve inflates evenly.",
            "Fill three bags and check their weight before switching the spout back to automatic.",
        ],
    ),
    ("h", "8. Changing over to 25 kg bags"),
    (
        "ol",
        [
            "Empty the spouts by running the packer without bags in manual until no cement comes out.",
            "Stop and lock out the packer and vent the air.",
            "Replace the spout tubes with the 48 mm tubes and fit the matching sleeves.",
            "Change the bag saddles to the short saddles SCV-SD-25.",
            "Select the 25 kg product on the panel; the target weight and the cut-offs are loaded with it.",
            "Fill ten bags per spout and check the weights before starting production.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the saddles and the discharge area; check the sleeves for wear"],
            ["Weekly", "Check the impeller housings for wear and lumps; drain the air filter"],
            ["Every 3 months", "Calibrate all spouts (section 6)"],
            ["Every 2000 h", "Grease the slewing ring (6 points, 2 strokes each)"],
            ["Every 6000 h or 12 months, whichever comes first", "Replace the impeller wear plates"],
            ["As required", "Impeller bearings: exchanged by Saccovia service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RP-8", "RP-12"],
            ["Spout sleeve 55 mm", "SCV-SL-55", "SCV-SL-55"],
            ["Spout sleeve 48 mm", "SCV-SL-48", "SCV-SL-48"],
            ["Cut-off sleeve", "SCV-CO-08", "SCV-CO-12"],
            ["Impeller wear plate set, one spout", "SCV-WP-75", "SCV-WP-75"],
            ["Load cell 150 kg C3", "SCV-LC-150", "SCV-LC-150"],
            ["Short saddle, 25 kg bags", "SCV-SD-25", "SCV-SD-25"],
            ["Rotary joint for compressed air", "SCV-RJ-08", "SCV-RJ-12"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Brekstone PB pedestal rock breakers
BREKSTONE = [
    ("title", "Brekstone PB Pedestal Rock Breaker Systems\nOperation and Maintenance - PB-45 and PB-60"),
    (
        "p",
        "Document BRK-OM-PB-02, Edition 2, May 2024. Brekstone Quarry Systems. The PB-45 and PB-60 are fixed "
        "pedestal booms carrying a hydraulic hammer, mounted beside the grizzly or the feed hopper of a primary "
        "crusher to break oversize rock and clear bridges. Each system has a slewing pedestal, a two-part boom, a "
        "hydraulic power unit in its own cabinet and a radio remote control with a cable backup. Apart from the "
        "reach, the power unit and the values given for each model in this manual, the two systems are built alike.",
    ),
    (
        "p",
        "The hydraulic hammer fitted to the boom is covered by the hammer maker's manual delivered with it: its "
        "impact energy, blow rate, tool (chisel), bushings and gas charge are not described here. The pedestal "
        "foundation is designed by the site's civil engineer from the loads on the foundation drawing.",
    ),
    (
        "warn",
        "WARNING: Keep everybody out of the slewing and fly-rock zone of the boom, at least 10 m from the tool, while "
        "the system is switched on. Never use the boom to lift loads or people: it is not a crane.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PB-45", "PB-60"],
            ["Horizontal reach from the slewing centre", "4.5 m", "6.0 m"],
            ["Vertical reach below the pedestal top", "2.8 m", "3.9 m"],
            ["Slewing angle", "170°", "170°"],
            ["Hammer fitted, operating mass", "650 kg", "1100 kg"],
            ["Power unit motor, 400 V 50 Hz", "30 kW", "45 kW"],
            ["Pump flow", "80 L/min", "120 L/min"],
            ["Boom circuit pressure", "180 bar", "190 bar"],
            ["Hammer circuit relief valve", "160 bar", "170 bar"],
            ["Hydraulic oil HVLP 46, tank volume", "300 L", "450 L"],
            ["Pedestal anchor bolts", "8 x M30", "12 x M30"],
            ["Anchor bolt torque", "1200 Nm", "1200 Nm"],
            ["Slewing ring bolts M20 10.9, torque", "580 Nm", "580 Nm"],
            ["Mass of boom and pedestal, without hammer", "3.2 t", "5.1 t"],
            ["Radio remote control", "433 MHz, cable backup 25 m", "433 MHz, cable backup 25 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The reaches are measured to the tool tip with the hammer hanging vertically. The power unit data hold for "
        "an ambient temperature of -20 °C to +40 °C; above 40 °C the optional large oil cooler is needed (ask "
        "Brekstone).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the system. The operator must see the tool and the grizzly at all times, "
            "directly or on the site's camera.",
            "Stop the crusher feed before breaking rock in the crusher opening, if the site's rules require it.",
            "Wear hearing protection: the sound level at the operator position can reach 105 dB(A).",
            "Before any work on the boom, lower the tool onto the grizzly or a support, stop the power unit, lock "
            "out the main switch and press the hammer trigger twice to release the pressure.",
            "Never stand under the boom, even when it is stopped.",
            "Keep the transmitter switched off and in its holder when leaving the operator position, so that nobody "
            "can move the boom by accident.",
        ],
    ),
    (
        "p",
        "The radio receiver is in the power unit cabinet. Each transmitter is paired to one receiver at the factory; "
        "a spare transmitter must be paired by the radio supplier before use. The cable backup plugs into the socket "
        "X5 on the cabinet and works with the same controls as the transmitter; with the cable plugged in, the radio "
        "is switched off.",
    ),
    ("h", "3. Working limits"),
    (
        "cols",
        [
            ("h", "Hammering"),
            (
                "p",
                "Never hammer for more than 30 s on the same spot. If the rock has not broken after 30 s, lift the "
                "tool and place it at another point, nearer the edge of the rock. The controller stops the hammer "
                "after 30 s of continuous firing (B09). Release the trigger as soon as the rock breaks: firing "
                "without rock contact (blank firing) damages the hammer.",
            ),
            ("h", "Moving rock"),
            (
                "p",
                "Pushing rock across the grizzly with the tool is allowed with the hammer stopped and the tool at no "
                "more than 45° from vertical. Never lever or pry with the tool and never drag rock with the side "
                "of the hammer.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Normal oil temperature in work 30-65 °C. Above 75 °C B03 is shown and the hammer works at reduced "
                "flow; at 85 °C the power unit stops (B04). Below 0 °C the controller starts in warm-up mode (B11): "
                "the hammer is locked and the pump circulates oil until it reaches 20 °C. Do not start the system "
                "below -20 °C.",
            ),
            ("h", "Tool greasing"),
            (
                "p",
                "Grease the tool of the hammer every 2 hours of hammering, 10-15 strokes of the grease gun with the "
                "tool pressed down on rock, using the chisel paste the hammer maker specifies.",
            ),
            ("h", "Working zone"),
            (
                "p",
                "Limit switches on the slewing ring and the boom keep the tool out of the zones set at "
                "commissioning (crusher jaws, walls, walkways). Entering a blocked zone stops the boom and shows "
                "B10.",
            ),
            ("warn", "Never bridge a zone limit switch. A change of the zones is a commissioning task."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Emergency stop", "Emergency stop on the cabinet or the transmitter. Release and reset."],
            [
                "B02",
                "Radio link lost",
                "Boom stops within 0.5 s. Check the transmitter battery and the distance; use the cable backup.",
            ],
            ["B03", "Oil temperature high", "Above 75 °C. Reduced hammer flow. Clean the oil cooler."],
            ["B04", "Oil temperature trip", "85 °C. Power unit stopped. Let the oil cool and clean the cooler."],
            ["B05", "Oil level low", "Level switch. Look for leaks at hoses and the hammer before topping up."],
            ["B06", "Return filter clogged", "Indicator at 2 bar. Change the element BRK-RF-25."],
            ["B08", "Pump motor overload", "Motor protection tripped. Check the supply and the pump."],
            ["B09", "Hammer time limit", "30 s of continuous firing. Release the trigger and reposition the tool."],
            ["B10", "Zone limit", "Boom in a blocked zone. Move back out of the zone with the joystick."],
            ["B11", "Warm-up", "Oil below 0 °C. Hammer locked until the oil reaches 20 °C."],
            ["B12", "Transmitter battery low", "Change the battery within the next hour of work."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Boom sinks slowly when stopped",
                "Load holding valve leaking, or a cylinder seal leak",
                "Clean or replace the load holding valve; check the cylinder for oil at the rod",
            ],
            [
                "Hammer blows weak or slow",
                "Oil too hot or too cold, low pump flow, or the hammer's own gas charge",
                "Check the oil temperature and the flow; the gas charge is checked as the hammer manual says",
            ],
            [
                "Slewing jerky",
                "Air in the slew motor circuit, or the slewing ring short of grease",
                "Bleed the slew motor; grease the slewing ring",
            ],
            [
                "Oil foaming in the tank sight glass",
                "Air drawn in at the pump suction, oil level low",
                "Check the suction hose clamps and the oil level",
            ],
            [
                "Boom stops now and then while working",
                "Radio link lost (B02): weak battery, metal in the way, too far from the receiver",
                "Change the battery; move nearer; use the cable backup",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting work"),
    (
        "ol",
        [
            "Walk around the boom: no persons in the zone, no oil leaks, tool and retainer pins in place.",
            "Switch on the main switch of the power unit cabinet.",
            "Switch on the transmitter and press START. If B11 is shown, wait until the warm-up is finished.",
            "Move every boom function slowly once in both directions.",
            "Grease the tool if 2 hours of hammering have passed since the last greasing.",
            "Start breaking.",
        ],
    ),
    ("h", "7. Lowering the boom after a power failure"),
    (
        "ol",
        [
            "Keep everybody out of the zone under the boom and the tool.",
            "Open the power unit cabinet and find the manual lowering valve MV1 on the boom valve block.",
            "Turn the knurled screw of MV1 slowly anticlockwise, no more than one turn. The boom lowers under its own "
            "weight.",
            "Lower the tool onto the grizzly bars or a support, never onto a person or a walkway.",
            "Close MV1 fully (clockwise, hand tight). The boom will not move when power returns if MV1 is left "
            "open.",
            "Record the event in the log book.",
        ],
    ),
    ("h", "8. Changing the return filter element"),
    (
        "ol",
        [
            "Stop the power unit and lock out the main switch.",
            "Wait until the oil is below 40 °C.",
            "Open the filter cover on the tank top and take out the element.",
            "Fit the new element BRK-RF-25 (25 µm) and a new cover seal.",
            "Close the cover, start the unit and check for leaks.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 2 h of hammering", "Grease the hammer tool (section 3)"],
            ["Daily", "Grease the boom pins (9 points) and the slewing ring (2 points); check hoses and oil level"],
            ["Weekly", "Clean the oil cooler; check the tool retainer pins"],
            ["After the first 100 h, then every 1000 h", "Check the slewing ring bolts at 580 Nm"],
            ["Every 500 h or when B06 is shown", "Change the return filter element"],
            ["Every 2000 h or 12 months, whichever comes first", "Change the hydraulic oil; check the anchor bolts"],
            ["As the hammer maker's manual says", "Hammer tool, bushings and gas charge"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PB-45", "PB-60"],
            ["Return filter element 25 µm", "BRK-RF-25", "BRK-RF-25"],
            ["Boom cylinder seal kit", "BRK-SK-45", "BRK-SK-60"],
            ["Load holding valve", "BRK-LH-20", "BRK-LH-20"],
            ["Hammer hose set", "BRK-HH-45", "BRK-HH-60"],
            ["Transmitter battery pack", "BRK-TB-01", "BRK-TB-01"],
            ["Boom pin with bushing, main pivot", "BRK-PN-45", "BRK-PN-60"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("moltrand-mr-vertical-roller-mill.pdf", "Moltrand MTD-OM-MR-04 Ed 3 - MR-36 / MR-42", MOLTRAND),
        ("kalthorne-gc-clinker-grate-cooler.pdf", "Kalthorne KTH-OM-GC40-02 Ed 2 - GC-40", KALTHORNE),
        ("saccovia-rp-rotary-cement-packer.pdf", "Saccovia SCV-OM-RP-03 Ed 5 - RP-8 / RP-12", SACCOVIA),
        ("brekstone-pb-pedestal-rock-breaker.pdf", "Brekstone BRK-OM-PB-02 Ed 2 - PB-45 / PB-60", BREKSTONE),
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
