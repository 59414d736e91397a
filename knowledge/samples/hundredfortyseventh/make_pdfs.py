"""Generate the PDF manuals of the hundred-and-forty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set147-scratch/venv && /tmp/set147-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set147-scratch/venv/bin/python knowledge/samples/hundredfortyseventh/make_pdfs.py

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


# ---------------------------------------------------------------- Kolbrant RPF rotary piston can fillers
KOLBRANT = [
    ("title", "Kolbrant RPF Rotary Piston Can Fillers\nOperation and Maintenance Manual - RPF-12 and RPF-18"),
    (
        "p",
        "Document KBT-OM-RPF-04, Edition 3, March 2025. Kolbrant Filling Machines. The RPF-12 and RPF-18 are rotary "
        "volumetric piston fillers for open-top food cans. They fill sauces, soups, purees, beans in sauce and "
        "vegetables with pieces into cans running at line speed. Each filling station has a stainless steel piston "
        "working in a cylinder below a common product hopper; a rotary valve connects the cylinder to the hopper "
        "during the suction stroke and to the filling nozzle during the delivery stroke. All pistons follow one "
        "stroke cam whose lift is adjusted from the operator panel. The two models differ in the number of "
        "stations, the piston size, the can range and the items named in this manual; everything else is built "
        "alike. The can seamer that follows the filler has its own manual. Fill volumes, fill weights and headspace "
        "for each product come from the customer's recipe and are checked by the site's quality department; this "
        "manual only tells you how to set the machine to them.",
    ),
    (
        "warn",
        "WARNING: The carousel starts without warning when the line restarts after a stop. Never reach into the "
        "carousel, the can stars or the hopper unless the main switch is off and locked and the air is exhausted "
        "at the lockout valve. Product and parts can be at 95 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RPF-12", "RPF-18"],
            ["Filling stations (pistons)", "12", "18"],
            ["Piston diameter", "80 mm", "95 mm"],
            ["Piston area (used in the fill volume formula, section 6)", "50.3 cm²", "70.9 cm²"],
            ["Piston stroke, adjustable", "20-120 mm", "20-140 mm"],
            ["Fill volume range", "100-600 mL", "140-990 mL"],
            [
                "Maximum output, 73 mm cans up to 425 mL with a water-thin product",
                "180 cans/min",
                "270 cans/min",
            ],
            ["Can diameter (with change parts)", "52-99 mm", "65-127 mm"],
            ["Can height", "50-160 mm", "60-180 mm"],
            ["Largest piece (edge of diced pieces, whole beans, kernels)", "15 mm", "20 mm"],
            ["Product temperature in the hopper", "5-95 °C", "5-95 °C"],
            ["Hopper capacity", "180 L", "260 L"],
            ["Main drive motor, 400 V 3~ 50 Hz", "3.0 kW", "4.0 kW"],
            ["Hopper agitator motor", "0.37 kW", "0.55 kW"],
            ["Compressed air at 6 bar, dry and oil-free", "150 NL/min", "220 NL/min"],
            ["CIP flow through the valve block", "8 m³/h", "12 m³/h"],
            ["Mass, empty", "2400 kg", "3100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Fill accuracy. With a homogeneous product (sauce, soup or puree without pieces) at a constant temperature "
        "the delivered volume stays within ±1.0 % of the set volume. With pieces no larger than the largest piece "
        "in the table the accuracy is ±2.0 %, provided the agitator keeps the pieces evenly spread in the hopper. No "
        "accuracy is given for larger pieces; such products must not be run on the RPF because pieces are cut by "
        "the rotary valve.",
    ),
    (
        "p",
        "Output. The maximum output holds only for 73 mm cans up to 425 mL and a water-thin product. For larger cans "
        "and for viscous products the achievable output depends on the product and is confirmed by Kolbrant for each "
        "order; it is stated on the order confirmation of your machine.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the filler. Maintenance on the cam, the drive and the electrical cabinet "
            "is for trained fitters and electricians only.",
            "The guards are interlocked. Opening a guard door stops the carousel (F02); the carousel does not restart "
            "until the door is shut and RESET is pressed.",
            "Hot product: wear gloves and a face shield when you open the drain valves or the hopper lid while the "
            "product is above 60 °C.",
            "CIP solutions are caustic and acid. Follow the site's cleaning plan and the chemical supplier's safety "
            "data sheets; the detergent type and its concentration are set there, not in this manual.",
            "Never run the pistons dry for more than 10 strokes. Dry running damages the piston seals.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Hopper level"),
            (
                "p",
                "Keep the hopper between 40 % and 80 % full. Below 20 % the filler stops with F04, because the "
                "cylinders would draw in air and the fill volume would fall. Above 95 % F05 stops the product "
                "supply pump. The level probe is a capacitive rod; keep it clean.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "Set the product temperature on the panel as given in the recipe. If the hopper temperature is more "
                "than 5 °C below the setpoint for 30 s the filler shows F06 and goes on filling; the operator must "
                "decide with the quality department whether the cans are kept. Set the fill volume at the running "
                "temperature: a hot product fills a little more volume for the same weight.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "Agitator speed 10-40 rpm. For products with pieces set 20-30 rpm. Never run the agitator above "
                "40 rpm: pieces break up and air is beaten into the product.",
            ),
            ("h", "Nozzle height"),
            (
                "p",
                "The can is lifted so that the flange is 3-5 mm below the nozzle tip during the delivery stroke. A "
                "larger gap splashes product on the flange, which the seamer cannot close over.",
            ),
            ("h", "Compressed air"),
            (
                "p",
                "The no-drip nozzles and the can lift need 6 bar. F11 stops the filler when the pressure is below "
                "5.0 bar for 3 s. Air treatment (filter, dryer) belongs to the site's compressed air system.",
            ),
            ("h", "Station trim"),
            (
                "p",
                "Each station has a trim of ±3 mm on the common stroke, set on the panel. A station that needs more "
                "than 2 mm of trim has a worn seal or valve O-ring; do not trim it further.",
            ),
            ("h", "Cleaning in place"),
            (
                "p",
                "CIP runs through the hopper, the valve block and the nozzles with the CIP cups fitted. Flow at least "
                "8 m³/h (RPF-12) or 12 m³/h (RPF-18); the pistons stroke slowly at 10 strokes per minute during CIP. "
                "The CIP station and its chemicals are the site's.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["F02", "Guard door open", "Close the door and press RESET."],
            [
                "F03",
                "Main drive overload",
                "Drive motor protection tripped: a can jammed in the stars, a piston seized or the cam roller "
                "damaged. Free the carousel by hand with the handwheel before restarting.",
            ],
            ["F04", "Hopper level low", "Level below 20 %. Check the product supply pump and the level probe."],
            ["F05", "Hopper level high", "Level above 95 %. The supply pump is stopped until the level falls."],
            [
                "F06",
                "Product temperature low",
                "More than 5 °C below the setpoint for 30 s. Check the product heater upstream.",
            ],
            ["F07", "Can jam", "No can or a fallen can at the infeed star. Clear the star and the guide."],
            [
                "F08",
                "Leak at a station",
                "The leak sensor in the drip tray under the cylinders is wet: a piston seal or a valve O-ring "
                "leaks. The station number is shown. Replace the seal (section 7).",
            ],
            ["F10", "Stroke out of range", "The set volume needs a stroke outside the range of the model."],
            ["F11", "Air pressure low", "Below 5.0 bar for 3 s. Check the supply and the lockout valve."],
            ["F12", "CIP incomplete", "The CIP programme was stopped before its end. Run it again in full."],
            ["F13", "Lubrication low", "Cam lubricator reservoir low. Top up with food-grade oil H1 ISO VG 220."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One station fills light, the others are right; product in the drip tray",
                "Worn piston seal or damaged valve O-ring at that station",
                "Replace the piston seal and the valve O-ring of that station (section 7)",
            ],
            [
                "All stations light after a stop",
                "Hopper level below 40 %, air in the cylinders",
                "Bring the level to 40-80 %; discard the first 2 carousel turns",
            ],
            [
                "Product on the can flange, seams rejected at the seamer",
                "No-drip nozzle insert worn, nozzle gap above 5 mm, or product too cold and stringy",
                "Replace the insert; reset the can lift; check F06",
            ],
            [
                "Fill weight scatters with a product with pieces",
                "Pieces settling in the hopper, agitator too slow, or pieces larger than allowed",
                "Set the agitator to 20-30 rpm; check the piece size against section 1",
            ],
            [
                "Pistons squeal at the start of production",
                "Pistons run dry, or a film of CIP residue",
                "Flush with water before the product; never run dry for more than 10 strokes",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the fill volume"),
    (
        "p",
        "Fill volume (mL) = piston area (cm²) x stroke (cm). The piston areas are 50.3 cm² (RPF-12) and 70.9 cm² "
        "(RPF-18). Example: 425 mL on an RPF-12 needs 425 / 50.3 = 8.45 cm, so set the stroke to 84.5 mm.",
    ),
    (
        "ol",
        [
            "Take the fill volume (or the fill weight and the product density) from the customer's recipe.",
            "Work out the stroke with the formula above and enter it under SETUP > STROKE.",
            "Start the filler at low speed with the product at its running temperature.",
            "Weigh 10 cans from each station on the check scale and work out the mean of each station.",
            "Correct the common stroke by the mean difference, then trim single stations by no more than ±3 mm.",
            "Weigh 10 cans per station again; all means must be within the tolerance of the recipe.",
            "Save the settings under the product number.",
        ],
    ),
    ("h", "7. Replacing a piston seal"),
    (
        "ol",
        [
            "Run the CIP programme and let the machine cool below 40 °C.",
            "Switch off at the main switch and lock it; exhaust the air at the lockout valve.",
            "Turn the carousel with the handwheel until the station is at the service door.",
            "Remove the two M10 clamp screws of the cylinder and pull the cylinder down off the piston.",
            "Remove the two lip seals and the guide ring with the plastic seal pick; never use metal tools in the "
            "grooves.",
            "Clean the grooves and check the piston for scores. A piston scored deeper than 0.05 mm must be replaced.",
            "Fit the new seal kit, KBT-PS-80 (RPF-12) or KBT-PS-95 (RPF-18), lips facing the product, lightly greased "
            "with food-grade grease H1. Fit a new valve O-ring from the same kit.",
            "Refit the cylinder and tighten the clamp screws crosswise to 25 Nm.",
            "Run 20 strokes with water in CIP mode and check that the drip tray stays dry.",
            "Reset F08 and weigh 10 cans from the station after the restart.",
        ],
    ),
    ("h", "8. Changing to another can size"),
    (
        "ol",
        [
            "Empty the hopper and run the CIP programme if the product changes too.",
            "Switch off and lock the main switch.",
            "Change the infeed screw, the infeed and discharge stars and the centre guide for the new can diameter; "
            "each part is marked with the can diameter.",
            "Set the can lift height with the gauge block for the new can height.",
            "Fit the nozzles for the new can diameter (nozzle diameter about 60 % of the can diameter).",
            "Switch on, select the product number and check the stroke.",
            "Run 20 empty cans through at low speed before filling.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every production day", "CIP; check the drip tray and the leak sensor; check the nozzle inserts"],
            ["Weekly", "Check the cam lubricator level; clean the level probe; check the can stars for wear"],
            ["500 h", "Grease the carousel bearing (2 strokes of H1 grease per nipple)"],
            [
                "Every 2000 h or 12 months, whichever comes first, or at once after F08",
                "Replace all piston seals and valve O-rings",
            ],
            ["Yearly", "Kolbrant service: cam track, cam rollers, main bearing and drive gearbox"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RPF-12", "RPF-18"],
            ["Piston seal kit (2 lip seals, guide ring, valve O-ring)", "KBT-PS-80", "KBT-PS-95"],
            ["Piston", "KBT-PI-80", "KBT-PI-95"],
            ["No-drip nozzle insert", "KBT-NI-12", "KBT-NI-18"],
            ["Leak sensor, drip tray", "KBT-LS-01", "KBT-LS-01"],
            ["Hopper level probe", "KBT-LP-180", "KBT-LP-260"],
            ["Cam roller", "KBT-CR-40", "KBT-CR-47"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The cam track, the main bearing and the drive gearbox are replaced only by Kolbrant service. Order parts "
        "with the serial number from the rating plate.",
    ),
]


# ---------------------------------------------------------------- Brayquist BSD brine and syrup dosing stations
BRAYQUIST = [
    ("title", "Brayquist BSD Brine and Syrup Dosing Stations\nOperating and Service Manual - BSD-24 and BSD-36"),
    (
        "p",
        "Document BQT-OM-BSD-02, Edition 2, June 2024. Brayquist Process Equipment. A BSD station makes up, heats "
        "and doses the covering liquid (salt brine for vegetables, sugar syrup for fruit) into cans that have "
        "already been filled with the solid product. It consists of a make-up tank with a salt and sugar "
        "dissolver and an agitator, a plate heat exchanger heated by steam, an inline concentration sensor and a "
        "rotary level filler with 24 (BSD-24) or 36 (BSD-36) filling valves. Each valve fills the can to the "
        "overflow level set by its tube; the surplus runs back through a 1 mm screen to the make-up tank. Apart "
        "from the number of valves, the tank, the heat exchanger and the items named in this manual, the two models "
        "are built alike. The solids filler before the station and the seamer after it have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Brine and syrup are dosed at up to 95 °C. Scalding risk at the filler bowl, the valves and the "
        "return screen. Close and lock the steam valve before opening the heat exchanger or its pipework.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BSD-24", "BSD-36"],
            ["Filling valves", "24", "36"],
            [
                "Maximum output, 73 mm cans of 425 mL, brine up to 3 % salt",
                "400 cans/min",
                "600 cans/min",
            ],
            ["Can diameter", "52-105 mm", "65-127 mm"],
            ["Can height", "50-180 mm", "60-200 mm"],
            ["Headspace, set by the valve tube depth", "5-15 mm", "5-15 mm"],
            ["Make-up tank, working volume", "1000 L", "1600 L"],
            ["Plate heat exchanger, brine heated from 20 °C to 90 °C", "3.0 m³/h", "4.5 m³/h"],
            ["Steam at the control valve, saturated", "3 bar", "3 bar"],
            [
                "Steam consumption, brine heated from 20 °C to 90 °C at full heat exchanger duty",
                "about 390 kg/h",
                "about 590 kg/h",
            ],
            ["Filler drive motor", "2.2 kW", "3.0 kW"],
            ["Tank agitator motor", "1.1 kW", "1.5 kW"],
            ["Brine pump", "4 m³/h at 3 bar", "6 m³/h at 3 bar"],
            ["Mass, empty", "1850 kg", "2400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Concentration measurement: brine by a conductivity cell, 0-10 % salt, accuracy ±0.05 % salt between 20 °C "
        "and 90 °C (temperature compensated); syrup by an inline refractometer, 0-60 °Brix, accuracy ±0.2 °Brix. The "
        "station runs syrups up to 40 °Brix at 60 °C or hotter. Syrups above 40 °Brix are not covered by this manual: "
        "the valves drip and the output falls; ask Brayquist before running them.",
    ),
    (
        "p",
        "Use pure dry vacuum salt (at least 99.5 % sodium chloride) without iodine or anti-caking agent, and white "
        "sugar. Additives such as calcium chloride, citric acid or ascorbic acid, and their quantities, are part of "
        "the customer's recipe; Brayquist gives no additive quantities.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the station. Work on the steam side is for trained fitters only.",
            "Never open a valve tube or the filler bowl while the station is hot and running.",
            "Wear gloves and goggles when handling salt and acid cleaning solutions; follow the chemical supplier's "
            "safety data sheets.",
            "Keep the floor around the filler clear of spilt syrup; it is slippery when it cools.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Dosing temperature"),
            (
                "p",
                "Setting range 60-95 °C. For cans that are closed without steam injection the brine or syrup must be "
                "at least 85 °C at the valves, so that the can reaches its closing temperature. Where the thermal "
                "process of the product asks for a higher value, the value of the process authority applies. A04 "
                "shows when the temperature is more than 3 °C below the setpoint for 20 s; A05 above 98 °C.",
            ),
            ("h", "Concentration"),
            (
                "p",
                "The station holds the concentration within ±0.1 % of the target for salt brine and within ±0.5 °Brix "
                "for syrup. Outside these bands A06 shows and the batch must be corrected before filling goes on.",
            ),
            ("h", "Batch age"),
            (
                "p",
                "Use a prepared batch within 8 h. A12 shows when a batch is older; discard syrup batches that are "
                "older, because they start to ferment on the return screen. Brine may be reheated and used once "
                "more after a concentration check.",
            ),
            ("h", "Bowl level"),
            (
                "p",
                "Keep the filler bowl at 50-70 % of the sight glass. At least 10 % of the dosed flow must run back "
                "over the overflow; otherwise cans leave with a too large headspace.",
            ),
            ("h", "Headspace"),
            (
                "p",
                "The headspace is equal to the depth of the valve tube below the can flange, within ±1 mm. Set the "
                "tube depth to the headspace of the customer's recipe with the depth gauge BQT-DG-15.",
            ),
            ("h", "Steam"),
            (
                "p",
                "Saturated steam at 3 bar at the control valve. Below 2.5 bar the heat exchanger cannot reach 90 °C "
                "at full duty and A10 may show. The steam supply and the condensate return are the site's.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["A02", "Guard open", "Close the filler guard and press RESET."],
            ["A03", "Drive overload", "Can jammed in the stars or under a valve. Clear it by hand."],
            [
                "A04",
                "Dosing temperature low",
                "More than 3 °C below the setpoint for 20 s: steam pressure low, trap blocked or heat exchanger "
                "fouled. See section 5.",
            ],
            ["A05", "Dosing temperature high", "Above 98 °C. Check the steam control valve and its positioner."],
            [
                "A06",
                "Concentration out of band",
                "Outside ±0.1 % salt or ±0.5 °Brix. Correct the batch (section 6); check the sensor (section 7).",
            ],
            ["A08", "Bowl level low", "Bowl below 50 %. Check the brine pump and the make-up tank level."],
            ["A09", "Make-up tank empty", "Tank below 10 %. Prepare a new batch."],
            ["A10", "No steam", "Steam valve fully open for 60 s without a temperature rise. Check the supply."],
            ["A11", "No cans", "Gap at the infeed or the solids filler stopped. The valves close automatically."],
            ["A12", "Batch age", "Batch older than 8 h. See section 3."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Dosing temperature falls when the line runs at full output",
                "Heat exchanger fouled with scale or sugar, steam below 3 bar, or steam trap blocked",
                "Acid-clean the heat exchanger (section 9); check the steam pressure and the trap",
            ],
            [
                "Brine runs down the outside of the cans",
                "Cans not centred under the valves, or a leaking valve seal drips between cans",
                "Check the star and centring bell; replace the valve seal (section 8)",
            ],
            [
                "Headspace varies from can to can",
                "Bowl level swinging, or valve tubes set at different depths",
                "Keep the bowl at 50-70 %; reset the tube depths with the gauge",
            ],
            [
                "Concentration drifts low during the shift",
                "Rinse water getting into the return, or salt left undissolved in the tank",
                "Check the can rinser drain and the CIP valve; run the agitator at least 15 min per batch",
            ],
            [
                "Syrup foams in the bowl",
                "Return falling freely into the tank, agitator too fast",
                "Check the return pipe dips below the liquid; reduce the agitator speed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Making up a brine or syrup batch"),
    (
        "p",
        "Salt (kg) = water (L) x target concentration (%) / (100 - target concentration (%)). Example: a 2.0 % brine "
        "made from 1000 L of water needs 1000 x 2.0 / 98.0 = 20.4 kg of salt. Sugar (kg) = water (L) x target "
        "°Brix / (100 - target °Brix). Example: a 25 °Brix syrup from 800 L of water needs 800 x 25 / 75 = 267 kg of "
        "sugar.",
    ),
    (
        "ol",
        [
            "Check that the make-up tank is clean and its drain valve closed.",
            "Fill the tank with potable water to the volume wanted (no more than the working volume) and read the "
            "volume on the level gauge.",
            "Start the agitator.",
            "Work out the salt or sugar with the formula above and weigh it out.",
            "Add it slowly through the dissolver grid while the agitator runs.",
            "Add any additives of the customer's recipe in the order the recipe gives.",
            "Run the agitator for at least 15 min after the last addition.",
            "Read the concentration on the panel; correct with water or salt until it is within ±0.1 % of the target "
            "(±0.5 °Brix for syrup).",
            "Enter the batch number; the batch age timer starts.",
            "Start the brine pump and heat the batch to the dosing temperature before opening the filler.",
        ],
    ),
    ("h", "7. Checking the concentration sensor"),
    (
        "ol",
        [
            "Take a 250 mL sample from the sample valve after the heat exchanger.",
            "Cool the sample to 20 °C.",
            "Measure it with the laboratory salinometer (brine) or refractometer (syrup).",
            "Compare with the panel value. A difference of more than 0.1 % salt or 0.5 °Brix calls for a correction.",
            "Enter the laboratory value under SERVICE > SENSOR > OFFSET.",
            "Repeat the check after 1 h.",
        ],
    ),
    ("h", "8. Replacing a filling valve seal"),
    (
        "ol",
        [
            "Stop the station, let the bowl drain and cool below 40 °C.",
            "Lock the main switch.",
            "Unscrew the valve tube by hand (left-hand thread).",
            "Pull out the valve sleeve and remove the old seal BQT-VS-24 (BSD-24) or BQT-VS-36 (BSD-36).",
            "Clean the seat; fit the new seal with the lip towards the bowl.",
            "Refit the sleeve and the tube; check the tube depth with the gauge BQT-DG-15.",
            "Run the station with water and check that the valve does not drip between cans.",
        ],
    ),
    ("h", "9. Cleaning"),
    (
        "p",
        "After every production day run the CIP programme: rinse with water, caustic at 75 °C for 20 min, rinse. "
        "Once a week, and whenever A04 shows at full output, add an acid step at 60 °C for 20 min to remove scale "
        "and sugar. The concentrations are those of the chemical supplier's data sheets. Opening the plate heat "
        "exchanger, cleaning the plates by hand and changing its gaskets are described in the heat exchanger "
        "maker's manual supplied with the station, not here.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "CIP; clean the return screen; check the valves for drips"],
            ["Weekly", "Acid step of the CIP; check the concentration sensor against the laboratory (section 7)"],
            ["Monthly", "Check the steam trap and the strainer before the steam control valve"],
            ["Every 3000 h or 12 months, whichever comes first", "Replace all filling valve seals"],
            ["Every 2 years", "Heat exchanger gaskets (heat exchanger maker's manual)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BSD-24", "BSD-36"],
            ["Filling valve seal", "BQT-VS-24", "BQT-VS-36"],
            ["Valve tube (state the headspace range)", "BQT-VT-24", "BQT-VT-36"],
            ["Return screen 1 mm", "BQT-RS-10", "BQT-RS-16"],
            ["Conductivity cell", "BQT-CC-10", "BQT-CC-10"],
            ["Tube depth gauge", "BQT-DG-15", "BQT-DG-15"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Vapenne VC-400 steam flow closure
VAPENNE = [
    ("title", "Vapenne VC-400 Steam Flow Closure for Glass Jars\nOperation and Maintenance Manual"),
    (
        "p",
        "Document VPN-OM-VC400-01, Edition 1, November 2024. Vapenne Closing Systems. The VC-400 closes filled "
        "glass jars with steel twist-off lug caps. A timing screw spaces the jars; each jar passes under a steam hood "
        "where a flow of low-pressure steam drives the air out of the headspace. A cap is picked from the chute by "
        "the leading edge of the jar and turned down onto the thread by two pressure belts running at different "
        "speeds. As the steam in the headspace condenses it leaves a vacuum that holds the cap down. The VC-400 is "
        "built in one model. The filler before it and the pasteuriser or cooling tunnel after it have their own "
        "manuals. The timing screws are made to order for each jar: send Vapenne two sample jars with the jar "
        "drawing.",
    ),
    (
        "warn",
        "WARNING: Steam at the hood and hot caps in the chute. Never reach under the hood while the machine runs. "
        "Glass breaks: wear safety glasses at the capper and clear broken glass only with the machine stopped and "
        "locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VC-400"],
            ["Output, caps 38-63 mm", "up to 400 jars/min"],
            ["Output, caps 66-82 mm", "up to 300 jars/min"],
            ["Caps", "Steel twist-off lug caps with plastisol compound, 38-82 mm"],
            ["Jar diameter", "40-120 mm"],
            ["Jar height", "50-250 mm"],
            ["Steam at the machine inlet, saturated culinary steam filtered to 5 µm", "3-6 bar"],
            ["Steam pressure at the hood (setting)", "0.2-0.8 bar"],
            ["Headspace for steam flow closing", "6-12 mm"],
            ["Compressed air", "6 bar, 60 NL/min"],
            ["Main drive", "1.5 kW"],
            ["Pressure belts, two motors", "2 x 0.37 kW"],
            ["Electrical supply", "400 V 3~ 50 Hz, 4 kW installed"],
            ["Noise at 1 m, 400 jars/min", "76 dB(A)"],
            ["Mass", "950 kg"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Vacuum. With a headspace of 8-10 mm, product filled at 80 °C or hotter and the hood at 0.4 bar, the "
        "VC-400 gives at least 30 kPa of vacuum in the jar, measured after cooling to 20 °C. The steam use of the "
        "machine depends on the hood setting, the jar size and the output and is not stated here; the steam supply "
        "is sized by the site.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run or set the VC-400.",
            "The guard doors and the hood are interlocked. The pressure belts keep running for up to 2 s after a stop.",
            "Before any work on the steam line close the isolating valve, lock it and let the hood pressure fall to "
            "zero.",
            "Use only the cap sizes and jar shapes the machine has been set up for; a wrong cap can jam the chute and "
            "throw glass.",
        ],
    ),
    ("h", "3. Removal torque"),
    (
        "table",
        [
            ["Cap", "Removal torque after 24 h at 20 °C", "Security check"],
            ["63 mm lug cap", "2.5-5.0 Nm", "Lugs 1-3 mm past the thread start of the jar"],
            ["82 mm lug cap", "4.0-7.5 Nm", "Lugs 1-3 mm past the thread start of the jar"],
        ],
        (40, 65, 65),
    ),
    (
        "p",
        "For the other cap sizes use the removal torque window of the cap maker's specification for the cap and "
        "compound; Vapenne does not give it. Measure the removal torque on jars that have stood for 24 h at 20 °C; "
        "a reading taken earlier is higher and not comparable.",
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Hood steam pressure"),
            (
                "p",
                "Setting range 0.2-0.8 bar. Start with 0.4 bar for a new product and raise it in steps of 0.1 bar "
                "while the vacuum is low. S07 shows when the hood pressure is below 0.2 bar for 5 s, and the jars "
                "closed in that time must be set aside. More than 0.8 bar blows product out of full jars.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "For hot-filled products the product must be at least 70 °C at the capper. Cold-filled products rely "
                "on the steam alone and reach a lower vacuum; no figure is given for them.",
            ),
            ("h", "Headspace"),
            (
                "p",
                "6-12 mm. Less than 6 mm leaves too little steam in the jar and a low vacuum. More than 12 mm gives a "
                "high vacuum that can pull the cap compound in, and the product shrinks away from the cap.",
            ),
            ("h", "Pressure belt height"),
            (
                "p",
                "Pressure belt setting (mm) = jar height with the cap on (mm) - 3 mm. Example: a jar 95 mm high with "
                "the cap on needs the belts at 92 mm on the height scale. Belts set too high leave the lugs short of "
                "the thread; belts set too low cut the compound.",
            ),
            ("h", "Cap chute heating"),
            (
                "p",
                "The caps are warmed by steam in the chute so that the compound softens. Chute temperature 60-80 °C "
                "at the pick-off, shown on the panel. Below 60 °C the compound does not seal well and the removal "
                "torque is low.",
            ),
            ("h", "Preheating"),
            (
                "p",
                "Preheat the hood and the chute for at least 10 min before the first jar. Jars closed during the "
                "first 2 min after a stop longer than 15 min should be checked for vacuum.",
            ),
        ],
    ),
    ("h", "5. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["S02", "Guard door open", "Close the door; the hood must be down."],
            ["S03", "Main drive overload", "A jar jammed at the timing screw or under the belts. Clear it."],
            ["S04", "Cap chute low", "Fewer caps in the chute than the low level sensor. Refill the cap hopper."],
            [
                "S05",
                "Cap jam at pick-off",
                "A cap turned over or a wrong size in the chute. Clear the pick-off with the machine locked.",
            ],
            [
                "S07",
                "Hood steam low",
                "Hood below 0.2 bar for 5 s. Check the inlet pressure (3-6 bar), the reducing valve and the "
                "strainer. Set aside the jars closed during the alarm.",
            ],
            ["S08", "Jar jam at the timing screw", "Jar out of tolerance or fallen. Clear and check the guides."],
            ["S09", "Pressure belt overload", "Belt slipping or jammed. Check belt tension and height."],
            ["S10", "Air low", "Below 4.5 bar. Check the supply."],
            ["S11", "Outlet backup", "The line after the capper is full. The capper stops after 10 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Jars leave the cooler with the safety button up (low or no vacuum)",
                "Hood steam too low, headspace outside 6-12 mm, product below 70 °C, or caps not pulled fully down",
                "Raise the hood pressure in 0.1 bar steps; check the headspace and the product temperature; check "
                "the belt height",
            ],
            [
                "Caps cocked (sitting crooked) on the jars",
                "Cap chute not in line with the jar path, jar guide rails too wide, or the pick-off set too high",
                "Align the chute with the gauge VPN-AG-1; set the guides to jar diameter + 2 mm; reset the pick-off",
            ],
            [
                "Removal torque low, caps turn off easily",
                "Pressure belts worn or set too high, or chute below 60 °C",
                "Check the belt height with the formula; check the belts; check the chute heating",
            ],
            [
                "Compound cut, marks on the cap panel",
                "Belts set too low, or belt speed difference too high",
                "Reset the belt height; set the speed difference to 15-20 %",
            ],
            [
                "Steam clouds at the infeed, water dripping on the caps",
                "Hood drain blocked, hood pressure above 0.8 bar",
                "Clean the hood drain; reduce the hood pressure",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Start-up"),
    (
        "ol",
        [
            "Check that the cap hopper holds caps of the right size and the jar guides are set for the jar.",
            "Open the steam isolating valve slowly and drain the condensate from the line at the drain valve.",
            "Switch on and select the product on the panel.",
            "Preheat the hood and the chute for at least 10 min; the chute must show 60-80 °C.",
            "Set the hood pressure (0.4 bar for a new product).",
            "Start the capper, then the filler.",
            "Check the first jars for cocked caps and the lug position.",
        ],
    ),
    ("h", "8. Changing to another jar or cap size"),
    (
        "ol",
        [
            "Run the capper empty, stop it and lock the main switch. Close and lock the steam valve.",
            "Fit the timing screw made for the new jar (each screw is marked with the jar drawing number).",
            "Set the jar guide rails to jar diameter + 2 mm.",
            "For a new cap size, fit the cap chute and the pick-off shoe for the cap diameter.",
            "Align the chute with the jar path with the alignment gauge VPN-AG-1.",
            "Set the pressure belts to the jar height with the cap on minus 3 mm.",
            "Set the belt speed difference to 15-20 %.",
            "Unlock, preheat (section 7) and close 20 jars; check the lug position and the vacuum of 3 jars.",
        ],
    ),
    ("h", "9. Checking vacuum and removal torque"),
    (
        "ol",
        [
            "Every 30 min take 3 jars after the cooling tunnel.",
            "Check that the safety button of each cap is down.",
            "Pierce one cap with the vacuum gauge and read the vacuum: at least 30 kPa under the conditions of "
            "section 1.",
            "Keep the other two jars for 24 h at 20 °C and measure the removal torque (section 3).",
            "Record the results on the capper log sheet of the site's quality department.",
        ],
    ),
    ("h", "10. Replacing the pressure belts"),
    (
        "ol",
        [
            "Lock the main switch and the steam valve; let the hood cool.",
            "Lift the hood to its service position.",
            "Release the belt tensioner of one belt and remove the belt.",
            "Fit the new belt VPN-PB-40, with the arrow in the running direction.",
            "Tension it so that it deflects 10 mm under 20 N at the middle of the run.",
            "Repeat for the second belt; always change both belts together.",
            "Lower the hood and check the belt height.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the hood drain and the chute; remove glass and caps from the machine bed"],
            ["Weekly", "Check the pressure belts for wear and the tension; clean the steam strainer"],
            ["Every 1500 h or when the removal torque falls, whichever comes first", "Replace both pressure belts"],
            ["Every 6 months", "Check the steam reducing valve and the hood pressure gauge"],
            ["Yearly", "Vapenne service: main gearbox, timing screw drive and bearings"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Number"],
            ["Pressure belt (order two)", "VPN-PB-40"],
            ["Pick-off shoe, state the cap size", "VPN-PS-xx (xx = cap size in mm)"],
            ["Chute alignment gauge", "VPN-AG-1"],
            ["Steam strainer element 5 µm", "VPN-SF-05"],
            ["Hood pressure gauge 0-1.6 bar", "VPN-PG-16"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Orvelstad RCS rotary continuous pressure sterilizers
ORVELSTAD = [
    (
        "title",
        "Orvelstad RCS Rotary Continuous Pressure Sterilizers\nOperating Manual - RCS-73 and RCS-99",
    ),
    (
        "p",
        "Document ORV-OM-RCS-07, Edition 5, January 2025. Orvelstad Thermal Process. The RCS is a reel-and-spiral "
        "continuous sterilizer for closed cans. A rotary feed valve passes the cans into the cooker shell, which is "
        "filled with saturated steam. A reel turns inside the shell and rolls the cans along a spiral on the shell "
        "wall from the feed end to the discharge end. A transfer valve moves the cans into the pressure cooler shell, "
        "where they are cooled in water under air pressure, and a discharge valve passes them on to the "
        "atmospheric cooler. The RCS-73 is built for cans of 65-76 mm diameter and the RCS-99 for cans of 94-105 mm; "
        "apart from the shell sizes, the can positions and the items named in this manual, the two models are built "
        "alike.",
    ),
    (
        "warn",
        "IMPORTANT: Orvelstad does not give process times or temperatures for any product. The scheduled process "
        "(temperature, time, minimum initial temperature, maximum fill, vent schedule) of each product is set by a "
        "recognised process authority and filed by the site. Run the sterilizer only with the scheduled process "
        "loaded and printed on the recorder chart.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RCS-73", "RCS-99"],
            ["Can diameter (reel and spiral change parts)", "65-76 mm", "94-105 mm"],
            ["Can height", "90-120 mm", "100-125 mm"],
            ["Cooker shell, inside diameter x length", "1.52 m x 7.3 m", "1.68 m x 9.1 m"],
            ["Can positions in the cooker shell", "3600", "2400"],
            ["Pressure cooler shell, inside diameter x length", "1.52 m x 4.9 m", "1.68 m x 6.1 m"],
            ["Reel speed (output)", "120-450 cans/min", "60-250 cans/min"],
            ["Process time in the cooker shell at these speeds", "30.0-8.0 min", "40.0-9.6 min"],
            ["Maximum operating temperature, cooker", "130 °C", "130 °C"],
            ["Design pressure, cooker and pressure cooler; safety valves set at", "2.4 bar", "2.4 bar"],
            ["Steam supply before the reducing station", "6-8 bar", "6-8 bar"],
            ["Steam consumption during venting and come-up (about 15 min)", "4500 kg/h", "6000 kg/h"],
            ["Cooling water to the pressure cooler and atmospheric cooler", "25-30 m³/h", "35-40 m³/h"],
            ["Reel drive motor", "5.5 kW", "7.5 kW"],
            ["Compressed air for the pressure cooler and the valves", "7 bar, 400 NL/min", "7 bar, 550 NL/min"],
            ["Mass, empty", "14 t", "19 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The process time is the time the cans spend in the cooker shell only; the time in the feed valve and in "
        "the transfer valve is not counted. Reel speed (cans/min) = can positions in the cooker shell / scheduled "
        "process time (min). Example: a scheduled process time of 15.0 min on an RCS-73 needs 3600 / 15.0 = 240 "
        "cans/min. Never run faster than the result; the panel rounds the speed down to a whole number.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The shells are pressure vessels. Their periodic inspection is arranged by the site with the inspection "
            "body required by national rules; this manual does not replace it.",
            "Never open a shell door or a valve cover while any pressure shows on the shell gauges. Lock the steam "
            "and air valves and open the vents first.",
            "Entry into a shell is confined space work under the site's permit system.",
            "Only trained operators may run the sterilizer; the site names the persons allowed to handle deviations.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Venting"),
            (
                "p",
                "Vent the cooker at every start as laid down in the vent schedule of the process filing. Where the "
                "process authority gives no other schedule, the Orvelstad default applies: all vents and the drain "
                "open for at least 7 min and until the cooker is at 107 °C or above, whichever is later.",
            ),
            ("h", "Bleeders"),
            (
                "p",
                "The bleeders on top of the cooker must emit a visible plume of steam at all times during "
                "processing. R12 shows when a bleeder temperature falls below 100 °C.",
            ),
            ("h", "Cooker temperature"),
            (
                "p",
                "Set the controller at least 0.5 °C above the scheduled temperature. The control holds ±0.3 °C at "
                "a steady reel speed. Any fall below the scheduled temperature, however short, is a deviation "
                "(R05, section 8).",
            ),
            ("h", "Thermometers"),
            (
                "p",
                "The reference thermometer on the cooker is the temperature of record. The recorder must agree with "
                "it within 0.5 °C and must never read higher than it. Compare the two at every start and every 4 h; "
                "R11 shows when the difference is above 0.5 °C.",
            ),
            ("h", "Pressure cooler"),
            (
                "p",
                "Air overpressure in the pressure cooler 1.0-1.6 bar, to hold the can ends while the cans cool. "
                "Never below 0.8 bar while cans are in the transfer valve (R07).",
            ),
            ("h", "Can exit temperature"),
            (
                "p",
                "Cans must leave the atmospheric cooler at 35-40 °C: below 35 °C they do not dry and rust in the "
                "case; above 40 °C they stay hot in the pallet. The water leaving the cooler must hold at least "
                "0.5 mg/L of free chlorine. Dosing and testing the cooling water are done by the site's water "
                "treatment contractor.",
            ),
            ("h", "Steam supply"),
            (
                "p",
                "At least 6 bar before the reducing station at all times. The boiler and the steam mains are the "
                "site's; when other users start, the supply must not fall below 6 bar.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "R01",
                "Emergency stop",
                "Reel, valves and feed stop. Steam stays on. Treat as a deviation if the temperature falls.",
            ],
            [
                "R02",
                "Feed valve jam",
                "Torque limiter tripped: dented can or wrong can height. Clear with the feed stopped.",
            ],
            ["R03", "Transfer valve jam", "As R02, transfer valve. Cans in the cooker stay in steam."],
            ["R04", "Discharge valve jam", "As R02, discharge valve."],
            [
                "R05",
                "Temperature deviation",
                "Cooker below the scheduled temperature. The feed stops automatically. Follow section 8.",
            ],
            ["R06", "Cooker pressure high", "Above 2.2 bar (warning before the safety valve at 2.4 bar)."],
            ["R07", "Pressure cooler low", "Air overpressure below 0.8 bar. Check the air supply and the valve."],
            ["R08", "Cooling water flow low", "Below the minimum of the model. Check the pumps and strainers."],
            ["R09", "Reel drive overload", "Reel blocked or cans jammed on the spiral. Stop the feed."],
            ["R11", "Thermometer difference", "Recorder and reference differ by more than 0.5 °C."],
            ["R12", "Bleeder temperature low", "Bleeder below 100 °C: bleeder blocked. Clean it at once."],
            ["R13", "Can exit temperature", "Cans leaving the cooler outside 35-40 °C. Adjust the cooling water."],
            ["R14", "Chlorine low", "Free chlorine below 0.5 mg/L (only with the optional analyser)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Temperature chart dips for a few seconds when other steam users start",
                "Steam supply falling below 6 bar, or reducing station too slow",
                "Have the site keep the supply at 6 bar or more; a dip below the scheduled temperature is a "
                "deviation (section 8)",
            ],
            [
                "Can ends peaked or buckled at the discharge",
                "Pressure cooler overpressure too low",
                "Keep the overpressure at 1.0-1.6 bar; check the air control valve",
            ],
            [
                "Cans rusty or wet in the cases",
                "Can exit temperature below 35 °C",
                "Reduce the cooling water flow until the cans leave at 35-40 °C",
            ],
            [
                "Cans jam in the feed valve",
                "Dented cans, can height outside the range, wrong change parts",
                "Check the cans before the feed; check the change parts against the can size",
            ],
            [
                "No steam plume from one bleeder",
                "Bleeder blocked by scale or product",
                "Clean the bleeder at once; treat the time without a plume as a deviation",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Load the scheduled process of the product and check it against the process filing.",
            "Check the change parts for the can size and that the shells are empty.",
            "Close the shell doors; start the cooling water and the air to the pressure cooler.",
            "Open all vents and the drain; open the steam slowly.",
            "Vent as laid down in section 3 and record the vent time and temperature on the chart.",
            "Close the vents, leave the bleeders open and bring the cooker to the setpoint.",
            "Compare the recorder with the reference thermometer and note both on the chart.",
            "Set the reel speed for the scheduled process time (section 7) and start the feed.",
        ],
    ),
    ("h", "7. Setting the reel speed for a process"),
    (
        "ol",
        [
            "Read the scheduled process time from the process filing.",
            "Work out the reel speed with the formula in section 1, using the can positions of your model.",
            "Enter the speed under PROCESS > REEL; the panel rounds down.",
            "Check that the speed is within the range of the model; outside it the process cannot be run.",
            "Time one marked can through the cooker shell with a stopwatch at the first start after a change; it "
            "must not be shorter than the scheduled process time.",
        ],
    ),
    ("h", "8. Handling a temperature deviation"),
    (
        "ol",
        [
            "R05 stops the feed valve automatically; the reel keeps turning so that no can stays longer than one "
            "turn at the feed.",
            "Note the time, the lowest temperature and its duration on the recorder chart and sign it.",
            "Bring the cooker back to the setpoint; do not restart the feed until it is there.",
            "Mark the cans that were in the cooker during the deviation: they leave at the discharge during the "
            "next process time.",
            "Put these cans on hold, apart from the rest of the production.",
            "Report the deviation to the process authority, who decides whether the cans are reprocessed, destroyed "
            "or released.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every start and every 4 h", "Compare recorder and reference thermometer"],
            ["Daily", "Check the bleeders; clean the cooling water strainers"],
            ["Weekly", "Check the valve clearances with the feeler gauge (0.3-0.5 mm)"],
            [
                "Every 4000 h or 12 months, whichever comes first",
                "Check the calibration of the reference thermometer against a traceable standard",
            ],
            ["Every 20 000 h", "Orvelstad service: reel bearings, spiral and valve rotors"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The reel bearings, the spiral and the valve rotors are replaced only by Orvelstad service, with the reel "
        "pulled from the shell on the service rails; the work is not described in this manual.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RCS-73", "RCS-99"],
            ["Feed valve rotor seal set", "ORV-FS-73", "ORV-FS-99"],
            ["Bleeder 3 mm", "ORV-BL-03", "ORV-BL-03"],
            ["Torque limiter", "ORV-TL-55", "ORV-TL-75"],
            ["Reference thermometer probe Pt100", "ORV-RT-100", "ORV-RT-100"],
            ["Cooling water strainer basket", "ORV-SB-30", "ORV-SB-40"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kolbrant-rpf-rotary-piston-can-filler.pdf", "Kolbrant KBT-OM-RPF-04 Ed 3 - RPF-12 / RPF-18", KOLBRANT),
        (
            "brayquist-bsd-brine-and-syrup-dosing-station.pdf",
            "Brayquist BQT-OM-BSD-02 Ed 2 - BSD-24 / BSD-36",
            BRAYQUIST,
        ),
        ("vapenne-vc-steam-flow-jar-closure.pdf", "Vapenne VPN-OM-VC400-01 Ed 1 - VC-400", VAPENNE),
        (
            "orvelstad-rcs-rotary-continuous-pressure-sterilizer.pdf",
            "Orvelstad ORV-OM-RCS-07 Ed 5 - RCS-73 / RCS-99",
            ORVELSTAD,
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
