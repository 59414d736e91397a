"""Generate the PDF manuals of the hundred-and-eighteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set118-scratch/venv && /tmp/set118-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set118-scratch/venv/bin/python knowledge/samples/hundredeighteenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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




# ---------------------------------------------------------------- Marvallo CQ rotary chocolate conches
MARVALLO = [
    ("title", "Marvallo CQ Rotary Chocolate Conches\nOperation and Maintenance Manual - CQ-3 and CQ-6"),
    (
        "p",
        "Document MVL-OM-CQ-11, Edition 3, March 2025. Marvallo Cocoa Machinery. The CQ-3 and CQ-6 are batch "
        "conches with a horizontal double-jacketed tank and a central rotor carrying shearing arms and wall "
        "scrapers. The rotor turns in two directions: in the shearing direction the arms press the mass against the "
        "wall (dry and plastic phases), in the mixing direction they lift and fold it (liquid phase and discharge). "
        "Apart from the batch size, the drive, the jacket, the discharge pump and the items named in this manual, "
        "the two models are built alike. Refiner flakes come from the five-roll refiner, which has its own manual; "
        "the recipes (times, temperatures, fat and lecithin additions) are the site's and are entered by its process "
        "engineer. Quality targets such as viscosity, yield value and taste are set and checked by the site's "
        "laboratory; this manual gives none.",
    ),
    (
        "warn",
        "WARNING: Never open the inspection hatch or reach into the tank while the rotor turns. The rotor coasts "
        "for up to 90 s after a stop; the hatch interlock stays locked until the rotor is at zero speed. Entering the "
        "tank is confined space work and is allowed only under the site's entry permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CQ-3", "CQ-6"],
            ["Batch capacity (milk chocolate, density 1.25 kg/L)", "3000 kg", "6000 kg"],
            ["Minimum batch (60 % of capacity) for the dry phase", "1800 kg", "3600 kg"],
            ["Tank volume, gross", "2.6 m³", "5.2 m³"],
            ["Main drive motor 400 V 50 Hz", "75 kW", "132 kW"],
            ["Rated current of the main drive at 400 V", "132 A", "233 A"],
            ["Main fuse", "160 A gG", "315 A gG"],
            ["Rotor speed, frequency converter", "20-90 rpm", "15-70 rpm"],
            ["Jacket water flow", "12 m³/h", "20 m³/h"],
            ["Jacket heating power (electric water heater)", "54 kW", "90 kW"],
            ["Jacket water temperature, maximum", "95 °C", "95 °C"],
            ["Exhaust air fan", "1500 m³/h", "2500 m³/h"],
            ["Discharge pump (rotary lobe)", "8 t/h", "12 t/h"],
            ["Emptying time for a full batch", "about 23 min", "about 30 min"],
            ["Discharge pressure, pump stop (C10)", "12 bar", "12 bar"],
            ["Gearbox oil ISO VG 320 CLP, quantity", "60 L", "110 L"],
            ["Empty mass", "9800 kg", "16 500 kg"],
            ["Operating mass with a full batch, for the floor design", "12.8 t", "22.5 t"],
            ["Fat and lecithin dosing accuracy (with the Marvallo dosing unit)", "±0.5 kg", "±1.0 kg"],
        ],
        (90, 40, 44),
    ),
    (
        "p",
        "The batch capacity applies to milk chocolate made from refiner flakes of 26-28 % fat. Dark chocolate "
        "batches of the same mass fit in the tank; compound coatings and fillings are not covered by these figures. "
        "Batches smaller than the minimum batch do not build up enough shear in the dry phase and are allowed only in "
        "the liquid programme (LIQ), not in the full programme (FULL).",
    ),
    ("h", "2. Conching phases and limits"),
    (
        "cols",
        [
            ("h", "Dry phase"),
            (
                "p",
                "The refiner flakes must hold 26-28 % fat for milk chocolate and 27-29 % fat for dark chocolate when "
                "they are loaded. The rotor runs in the shearing direction. Product temperature setpoints in the dry "
                "phase are 75-85 °C for milk chocolate and 80-95 °C for dark chocolate. The product temperature must "
                "not exceed 85 °C for milk chocolate or 95 °C for dark chocolate. For white chocolate the limit "
                "depends on the milk powder and is set by the site's recipe owner; Marvallo gives no value.",
            ),
            (
                "p",
                "Load limiter: the controller lowers the rotor speed so that the motor current stays at no more than "
                "85 % of the rated current, that is 112 A on the CQ-3 and 198 A on the CQ-6. Above 105 % for 10 s the "
                "drive trips (C01).",
            ),
            ("h", "Plastic phase"),
            (
                "p",
                "The plastic phase starts when the motor current has fallen by 20 % from its peak, or at the recipe "
                "time, whichever comes first. Fat is added in steps of no more than 2 % of the batch mass, at least "
                "10 min apart, so that the mass does not turn liquid too early.",
            ),
            ("h", "Liquid phase"),
            (
                "p",
                "The rest of the fat and the lecithin are added at least 30 min before discharge. The rotor turns in "
                "the mixing direction.",
            ),
            ("h", "Conching times"),
            (
                "p",
                "Typical times at a full batch: milk chocolate 8-12 h, dark chocolate 12-18 h. Smaller batches do "
                "not conch faster.",
            ),
            (
                "p",
                "Specific energy (kWh/t) = average motor power (kW) x conching time (h) / batch mass (t). Example "
                "CQ-3: 60 kW x 10 h / 3.0 t = 200 kWh/t. Milk chocolate usually takes 150-250 kWh/t.",
            ),
            ("h", "Discharge and finished mass"),
            (
                "p",
                "Discharge at a product temperature of at least 45 °C and no more than 50 °C. The finished mass must "
                "hold 1.0 % moisture or less (Karl Fischer, measured by the site's laboratory).",
            ),
            (
                "warn",
                "Never set the jacket water above 95 °C. Never add water or water-based flavours to the tank.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Main drive overload: current above 105 % of rated for 10 s", "Check the fat content of the flakes and the batch mass; restart at minimum speed"],
            ["C02", "Jacket water temperature above 95 °C", "Check the heater contactor and the jacket setpoint"],
            ["C03", "Product temperature more than 3 °C above the recipe limit", "Jacket switches to cooling; check the setpoint and the sensor"],
            ["C04", "Product temperature sensor fault (open or short circuit)", "Check the PT100 and its cable; replace MVL-PT100-250"],
            ["C05", "Jacket water flow below 60 % of nominal", "Check the jacket pump, the strainer and the valves"],
            ["C06", "Exhaust fan failure", "Check the fan motor and the hood filter"],
            ["C07", "Lid or inspection hatch open", "Close it; the rotor will not start"],
            ["C09", "Fat dosing deviation more than ±0.5 % of the setpoint", "Check the dosing unit and the fat temperature"],
            ["C10", "Discharge pressure above 12 bar", "Check the route valves and the product temperature"],
            ["C11", "Rotor speed more than 5 rpm from the setpoint for 30 s", "Check the load limiter and the converter"],
            ["C12", "Gearbox oil temperature above 90 °C", "Check the oil level and the gearbox cooler"],
            ["C13", "Emergency stop pressed", "Find the cause, release and reset"],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Mass still crumbly after 4-5 h of dry phase, motor current stays high",
                "Refiner flakes too lean in fat",
                "Have the flake fat checked: it must be 26-28 % for milk chocolate; add fat in steps of no more than 2 % of the batch mass",
            ],
            ["Gritty mouthfeel", "Particles too coarse from the refiner", "The conche cannot correct it; see the refiner manual"],
            [
                "Burnt or cooked taste",
                "Product temperature too high in the dry phase",
                "Check the recipe setpoint against the limits of section 2 and calibrate the sensor (section 8)",
            ],
            [
                "Condensate drips from the hood into the mass",
                "Exhaust fan off, hood filter blocked or duct too cold",
                "Clean the hood filter daily; check the fan (C06)",
            ],
            ["Discharge very slow, C10 trips", "Mass below 45 °C or a route valve closed", "Bring the mass to 45-50 °C; check the route"],
            [
                "Knocking noise from the tank once per turn",
                "Scraper blade loose or worn, gap to the wall more than 3 mm",
                "Stop, lock out and check the scrapers; replace the set",
            ],
        ],
        (55, 55, 64),
    ),
    ("h", "5. Starting a batch"),
    (
        "ol",
        [
            "Check that the lid and the inspection hatch are closed (no C07) and that the jacket water circulates.",
            "Preheat the empty tank with the jacket water at 60 °C for at least 30 min.",
            "Select the recipe in PROGRAM > RECIPE. Only the site's process engineer may change a recipe.",
            "Start the rotor in the shearing direction at minimum speed.",
            "Load the refiner flakes with the loading screw. The dry phase timer starts only when at least the minimum "
            "batch is in the tank (1800 kg CQ-3, 3600 kg CQ-6).",
            "Watch the motor current during the first hour; the load limiter keeps it at 85 % of rated current or less.",
            "Watch the product temperature against the limits of section 2.",
            "At the end of the dry phase the panel asks for the plastic phase fat steps; confirm each step.",
            "In the liquid phase add the rest of the fat and the lecithin at least 30 min before discharge.",
            "Take a sample for the laboratory (moisture, viscosity) before discharge.",
        ],
    ),
    ("h", "6. Discharging"),
    (
        "ol",
        [
            "Set the jacket water to 48 °C and bring the mass to 45-50 °C.",
            "Set the route valves to the storage tank or the tempering machine and check that the line is heated.",
            "Turn the rotor to the mixing direction at 20 rpm (CQ-3) or 15 rpm (CQ-6).",
            "Start the discharge pump. Above 12 bar it stops (C10).",
            "When the load cells show less than 50 kg, stop the pump and then the rotor.",
            "Leave the rest in the tank for the next batch of the same recipe, or flush (section 7).",
        ],
    ),
    ("h", "7. Changing from dark to milk chocolate (flushing)"),
    (
        "ol",
        [
            "Empty the tank as far as possible (section 6).",
            "Load a cocoa butter flush at 50 °C: 150 kg (CQ-3) or 300 kg (CQ-6).",
            "Run the rotor in the mixing direction for 30 min at 40 rpm (CQ-3) or 30 rpm (CQ-6), jacket at 50 °C.",
            "Discharge the flush into a rework container and label it as dark rework.",
            "Lock out the conche, open the hatch and check the walls and scrapers by eye with a torch.",
            "Close the hatch. The first milk batch after a change is released by the site's quality department, which "
            "owns the allergen cleaning validation.",
        ],
    ),
    ("h", "8. Calibrating the product temperature sensor"),
    (
        "ol",
        [
            "Run the tank with at least the minimum batch in the mixing direction at 50 °C.",
            "Insert a calibrated reference thermometer (±0.2 °C) into the sample port next to the sensor.",
            "Wait until both readings are stable for 5 min.",
            "A deviation within ±1.0 °C is acceptable.",
            "If it is larger, enter the difference in SERVICE > PT100 OFFSET; the offset may not exceed ±3.0 °C.",
            "If more than ±3.0 °C would be needed, replace the sensor MVL-PT100-250.",
        ],
    ),
    ("h", "9. Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the conche until the gearbox oil is at 40-60 °C, then stop and lock out.",
            "Drain the oil at the drain plug into a container: 60 L (CQ-3) or 110 L (CQ-6).",
            "Clean the magnetic plug. Metal particles larger than 1 mm are a reason to call Marvallo service.",
            "Refill with ISO VG 320 CLP gear oil (MVL-GO-320) to the middle of the sight glass.",
            "Run for 10 min and check the level again.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the hood filter; check the hood and duct for condensate; listen for scraper noise"],
            ["Weekly", "Grease the rotor shaft bearings with food grade H1 grease NLGI 2, 20 g per nipple; check the shaft seals (more than 5 drops per minute: replace)"],
            ["Monthly", "Check the product temperature sensor (section 8)"],
            ["2000 h", "Check the scraper gap to the wall: no more than 3 mm"],
            ["8000 h or 2 years, whichever comes first", "Change the gearbox oil (section 9)"],
            ["Yearly", "Marvallo service: rotor, gearbox bearings and safety circuit; gearbox overhaul only by Marvallo"],
        ],
        (60, 114),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Lock out the main switch and wait for the hatch interlock to release before opening the hatch.",
            "The jacket and the tank surface reach 95 °C; wear heat-resistant gloves.",
            "Cocoa butter and chocolate on the floor are slippery; clean spills at once.",
            "Only trained operators may run the conche; changes to recipes and limits are the process engineer's.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "CQ-3", "CQ-6"],
            ["Scraper blade set", "MVL-SB-03", "MVL-SB-06"],
            ["Shaft seal kit", "MVL-SS-75", "MVL-SS-132"],
            ["Product temperature sensor PT100", "MVL-PT100-250", "MVL-PT100-250"],
            ["Discharge pump rotor kit", "MVL-DP-08", "MVL-DP-12"],
            ["Hood filter", "MVL-HF-15", "MVL-HF-25"],
            ["Gear oil ISO VG 320 CLP, 20 L", "MVL-GO-320", "MVL-GO-320"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Kandivar MV microfilm vacuum cookers
KANDIVAR = [
    ("title", "Kandivar MV Continuous Microfilm Vacuum Cookers\nfor Hard Candy - MV-250 and MV-400"),
    (
        "p",
        "Document KDV-OM-MV-07, Edition 2, November 2024. Kandivar Thermal Systems. The MV-250 and MV-400 cook "
        "dissolved sugar syrup continuously into hard candy mass. A metering pump feeds the syrup through a steam "
        "heated precooker into a vertical film cooker, where a rotor with hinged blades spreads it into a thin film "
        "on the steam jacketed wall. The mass then falls into the vacuum chamber, where the remaining water "
        "flashes off, and is discharged by the extraction pump to the cooling table. The two models differ in "
        "output, heating surface, rotor and vacuum pump; everything else in this manual applies to both. The syrup "
        "dissolver, the cooling table and the steam supply up to the cooker's main steam valve have their own "
        "manuals or belong to the site.",
    ),
    (
        "warn",
        "WARNING: The mass leaves the cooker at up to 150 °C and sticks to skin. Wear a face shield, long "
        "sleeves and heat-resistant gloves when taking samples or working at the discharge.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MV-250", "MV-400"],
            ["Rated output, hard candy mass at 2.5 % residual moisture (standard recipe, section 2)", "250 kg/h", "400 kg/h"],
            ["Lowest continuous output (40 % of rated)", "100 kg/h", "160 kg/h"],
            ["Syrup feed at rated output, 80 % solids", "305 kg/h", "488 kg/h"],
            ["Water evaporated at rated output", "55 kg/h", "88 kg/h"],
            ["Steam consumption at rated output", "about 80 kg/h", "about 125 kg/h"],
            ["Steam supply at the main valve, saturated and dry", "8-10 bar", "8-10 bar"],
            ["Working steam pressure in the jackets", "4-8 bar", "4-8 bar"],
            ["Steam side safety valve setting", "9 bar", "9 bar"],
            ["Heating surface, precooker and film cooker", "2.2 m²", "3.4 m²"],
            ["Film rotor speed", "400-900 rpm", "350-800 rpm"],
            ["Film rotor motor", "5.5 kW", "7.5 kW"],
            ["Rotor blade clearance to the wall", "1.0 mm ±0.2 mm", "1.0 mm ±0.2 mm"],
            ["Vacuum pump (liquid ring)", "4 kW, 100 m³/h", "5.5 kW, 160 m³/h"],
            ["Cooling water for the vacuum pump, up to 20 °C", "1.5 m³/h", "2.5 m³/h"],
            ["Operating vacuum in the vacuum chamber", "60-100 mbar absolute", "60-100 mbar absolute"],
            ["Installed electrical power, 400 V 50 Hz", "15 kW", "22 kW"],
            ["Mass, empty", "1850 kg", "2400 kg"],
        ],
        (92, 41, 41),
    ),
    ("h", "2. Cooking settings and limits"),
    (
        "cols",
        [
            ("h", "Standard recipe"),
            (
                "p",
                "All outputs and settings in this manual are for a syrup of sucrose and glucose syrup (DE 42) in the "
                "ratio 60:40 on solids. Settings for isomalt and other sugar-free masses are given in the separate "
                "application sheet KDV-AS-ISO; this manual does not cover them.",
            ),
            ("h", "Syrup feed"),
            (
                "p",
                "The syrup must reach the cooker at 78-82 % solids (refractometer, Brix) and 105-115 °C, free of "
                "undissolved crystals. The feed rate follows from the output:",
            ),
            (
                "p",
                "Syrup feed (kg/h) = output (kg/h) x (100 - residual moisture %) / syrup solids %. Example: 250 kg/h "
                "x 97.5 / 80 = 305 kg/h.",
            ),
            ("h", "Residual moisture"),
            (
                "p",
                "The residual moisture of the mass must stay within 2.0-3.0 %. Above 3.0 % the candies turn sticky "
                "and cold-flow in the wrapper. The site's laboratory checks it every 2 h (Karl Fischer).",
            ),
            ("h", "Steam pressure"),
            (
                "p",
                "For 2.5 % residual moisture at 80 mbar absolute and rated output, start with 6.0 bar (MV-250) or "
                "6.5 bar (MV-400). Raising the steam pressure by 0.3 bar lowers the residual moisture by about "
                "0.2 %. Never set the working steam pressure above 8 bar; K01 trips at 8.5 bar.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "After the vacuum pump starts, the chamber must reach 100 mbar absolute or lower within 3 min. "
                "Apply the vacuum only when the syrup flow is steady; applying it to a cold or thin syrup makes "
                "it foam.",
            ),
            ("h", "Temperatures and output"),
            (
                "p",
                "The mass leaves the vacuum chamber at 130-145 °C. It must not exceed 150 °C (K05). Do not run below "
                "40 % of the rated output: the longer time on the hot wall browns the mass.",
            ),
            (
                "warn",
                "Never run the film rotor without product or water flow for more than 60 s: the blades wear the wall.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["K01", "Steam pressure above 8.5 bar for 10 s", "Steam valve closes; check the pressure controller"],
            ["K02", "Steam pressure more than 0.5 bar below the setpoint for 60 s", "Check the supply and the condensate trap"],
            ["K03", "Vacuum above 150 mbar absolute 3 min after the vacuum pump started", "Check the pump water, the discharge valve seal and the chamber gaskets"],
            ["K04", "Vacuum pump cooling water flow low", "Check the water supply and the strainer"],
            ["K05", "Mass temperature at the discharge above 150 °C", "Lower the steam pressure; check the output"],
            ["K06", "No syrup flow: feed pump fault or syrup tank empty", "Check the dissolver and the pump"],
            ["K08", "Film rotor motor overload", "Check for crystallised syrup or a foreign body; check the blades"],
            ["K09", "Rotor vibration above 7.1 mm/s", "Stop; check the blades and the bearings"],
            ["K10", "Syrup temperature at the inlet below 100 °C", "Check the dissolver and the trace heating"],
            ["K11", "Discharge valve or extraction pump fault", "Check the pump drive and the valve actuator"],
            ["K12", "Emergency stop pressed", "Find the cause, release and reset"],
        ],
        (16, 80, 78),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Candies sticky, go soft or lose shape in the wrapper the next day",
                "Residual moisture above 3.0 %: vacuum too weak, steam pressure too low or output above rated",
                "Check the vacuum (K03), raise the steam pressure in steps of 0.3 bar, keep the output at or below rated",
            ],
            [
                "Mass yellowish or brown, caramel taste",
                "Mass too hot or too long on the wall: steam pressure too high, output too low, fouled wall",
                "Lower the steam pressure; do not run below 40 % of rated output; clean the cooker",
            ],
            [
                "Mass cloudy or grainy",
                "Syrup above 82 % solids or with undissolved crystals",
                "Check the syrup solids and the dissolver (its own manual)",
            ],
            [
                "Foam in the vacuum chamber, mass carried into the vacuum line",
                "Syrup below 78 % solids, or vacuum applied before the flow was steady",
                "Correct the syrup solids; break the vacuum and restart it slowly",
            ],
            ["Knocking or vibration from the film cooker", "Blade clearance out of limits, foreign body", "Stop and check the blades (section 7)"],
            ["Water hammer in the steam line", "Condensate trap not working", "The steam system is the site's; call its maintenance"],
        ],
        (55, 60, 59),
    ),
    ("h", "5. Starting up"),
    (
        "ol",
        [
            "Open the cooling water to the vacuum pump and check the flow: 1.5 m³/h (MV-250) or 2.5 m³/h (MV-400).",
            "Open the main steam valve slowly and drain the condensate. Warm the cooker at 2 bar for 10 min.",
            "Start the film rotor at minimum speed.",
            "Start the feed pump on hot water at 90 °C for 5 min to wet the heating surfaces.",
            "Switch the feed to syrup, set the output and raise the steam to the recipe pressure.",
            "Start the vacuum pump. The chamber must reach 100 mbar absolute or lower within 3 min.",
            "Send the first 5 min of mass to rework until the discharge temperature is steady within ±2 °C.",
            "Take a sample for the residual moisture check.",
        ],
    ),
    ("h", "6. Shutting down and cleaning at the end of a shift"),
    (
        "ol",
        [
            "Stop the syrup feed and switch the feed pump to hot water at 90 °C.",
            "Lower the working steam pressure to 3 bar.",
            "Stop the vacuum pump and open the vent valve to break the vacuum.",
            "Run the hot water through the cooker for at least 20 min at full rotor speed, discharging to the drain.",
            "Check the water at the discharge with the refractometer: it must read below 1 % Brix.",
            "Close the steam valve, let the rotor run down and close the water.",
            "Open the discharge chamber and clean the discharge valve and its seal by hand with hot water. Never "
            "use a metal tool on the seal.",
        ],
    ),
    ("h", "7. Checking the rotor blade clearance"),
    (
        "ol",
        [
            "Stop the cooker, close and lock the steam valve and lock out the main switch.",
            "Let the cooker cool to below 40 °C.",
            "Remove the top cover of the film cooker.",
            "With a feeler gauge, measure the gap between each blade and the wall at the top, the middle and the "
            "bottom. It must be 1.0 mm ±0.2 mm.",
            "If any point is over 1.2 mm, turn the blades over (each blade can be turned once) or fit a new blade set.",
            "Turn the rotor one full turn by hand; no blade may touch the wall.",
            "Refit the top cover with a new O-ring.",
        ],
    ),
    (
        "p",
        "The rotor mechanical seal and the rotor bearings are replaced only by Kandivar service; no procedure is "
        "given here.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Shut down and clean (section 6); check the vacuum pump water flow"],
            ["Weekly", "Check the discharge valve seal for wear and cuts; check that the condensate traps discharge"],
            ["1000 h", "Check the rotor blade clearance (section 7)"],
            ["4000 h or 12 months, whichever comes first", "Kandivar service: mechanical seal and rotor bearings"],
            ["Yearly", "Steam safety valve test and pressure equipment inspection: by the site under national rules"],
        ],
        (60, 114),
    ),
    ("h", "9. Safety notes"),
    (
        "ul",
        [
            "The jackets carry steam at up to 8 bar and 175 °C. Lock and tag the steam valve before opening the cooker.",
            "Break the vacuum before opening the vacuum chamber or the discharge.",
            "Hot syrup and candy mass cause deep burns; keep a cold water supply near the discharge.",
        ],
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MV-250", "MV-400"],
            ["Rotor blade set", "KDV-BL-250", "KDV-BL-400"],
            ["Top cover O-ring", "KDV-OR-250", "KDV-OR-400"],
            ["Discharge valve seal", "KDV-DS-60", "KDV-DS-80"],
            ["Vacuum chamber gasket set", "KDV-VG-250", "KDV-VG-400"],
            ["Mass temperature sensor", "KDV-TS-150", "KDV-TS-150"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Gelvonne PM-32 starch mogul
GELVONNE = [
    ("title", "Gelvonne PM-32 Starch Mogul\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document GVN-OI-PM32-04, Edition 4, January 2025. Gelvonne Confectionery Systems. The PM-32 moulds gums, "
        "jellies and similar masses in starch. Empty trays are filled with conditioned moulding starch, levelled "
        "and printed with a mould board; the depositing head fills the impressions with hot mass; the filled trays "
        "are stacked and taken to the stoving room. After stoving, the stacks come back, the trays are tipped over "
        "the sieve, the pieces leave for finishing and the starch returns through the dryer and the cooler to the "
        "buffer. The stoving room, the finishing (oiling or sanding) and the mass cooking have their own manuals; "
        "stoving temperatures and times are given by the site's recipes.",
    ),
    (
        "warn",
        "WARNING: Moulding starch forms explosive dust clouds. The explosion protection zones around the starch "
        "section are defined in the site's explosion protection document. Use only the approved vacuum cleaners "
        "and never blow starch off with compressed air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Tray size, outside (Gelvonne GT-82 plastic trays)", "820 x 410 x 38 mm"],
            ["Tray rate", "8-32 trays/min"],
            ["Cavities per tray", "up to 240, depending on the mould board"],
            ["Depositing head", "24 pistons, 16 mm bore (2.01 cm²), stroke 2-20 mm"],
            ["Piece mass", "1.0-8.0 g"],
            ["Hopper", "80 L, water jacketed, 55-95 °C"],
            ["Output example: 3.0 g pieces, 240 cavities, 32 trays/min", "about 1380 kg/h"],
            ["Trays per stack", "20"],
            ["Starch circulation", "8 t/h, buffer 1.5 m³"],
            ["Sieve", "rotary sieve, 3 mm mesh"],
            ["Starch dryer", "hot air, inlet at most 80 °C"],
            ["Dust extraction at the starch section", "3000 m³/h"],
            ["Installed power 400 V 50 Hz", "45 kW"],
            ["Compressed air", "6 bar, 400 NL/min"],
            ["Mass and footprint", "14 t, 14.0 x 3.0 m"],
        ],
        (100, 74),
    ),
    ("h", "2. Starch conditioning and depositing settings"),
    (
        "cols",
        [
            ("h", "Starch moisture"),
            (
                "p",
                "The moulding starch must hold 6.0-8.0 % moisture at the printing station. Above 8.0 % the "
                "impressions lose their shape; below 6.0 % the starch dusts and forms a crust on the pieces. The "
                "inline moisture sensor must agree with the laboratory's oven method within ±0.5 %; the laboratory "
                "value counts.",
            ),
            ("h", "Starch temperature"),
            (
                "p",
                "The starch must reach the printing station at no more than 35 °C. Warm starch lets the mass run "
                "before it sets.",
            ),
            ("h", "Starch dryer"),
            (
                "p",
                "The dryer inlet air must not exceed 80 °C (M07). Hotter air gelatinises the starch and raises the "
                "dust explosion risk.",
            ),
            ("h", "Piston stroke"),
            (
                "p",
                "Stroke (mm) = piece mass (g) / (mass density (g/cm³) x 2.01 cm²) x 10. Example: 3.0 g of a mass of "
                "1.33 g/cm³ needs 3.0 / (1.33 x 2.01) x 10 = 11.2 mm.",
            ),
            ("h", "Piece mass accuracy"),
            (
                "p",
                "The mean piece mass stays within ±1.5 % of the setpoint for masses of no more than 3000 mPa·s at "
                "the depositing temperature. Thicker masses are outside this figure.",
            ),
            ("h", "Suck-back"),
            (
                "p",
                "After each stroke the pistons draw back 0.3-1.5 mm to cut the thread at the nozzle. Start at 0.5 mm.",
            ),
            ("h", "Mass temperature"),
            (
                "p",
                "The depositing temperature is that of the recipe; the hopper jacket holds 55-95 °C. M03 appears when "
                "the head is more than 5 °C below its setpoint.",
            ),
            (
                "warn",
                "Stoving conditions and times are not set by the PM-32. See the stoving room manual and the recipe.",
            ),
        ],
    ),
    ("h", "3. Messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Tray jam at the infeed", "Stop, lock out and clear; check the tray for damage"],
            ["M02", "Stacker overload or stack not complete", "Check the stacker forks and the stack count"],
            ["M03", "Depositing head more than 5 °C below setpoint", "Check the hopper water heater and flow"],
            ["M04", "Hopper level low", "Call for mass from the cooking department"],
            ["M05", "Piston drive (servo) fault", "Read the drive code; reset once, then call Gelvonne service"],
            ["M06", "Starch moisture outside 6.0-8.0 % for 5 min", "Check the dryer and the sensor"],
            ["M07", "Starch dryer inlet above 80 °C", "Dryer heater off; check the controller"],
            ["M08", "Starch level low in the buffer", "Add new starch; check the sieve return"],
            ["M09", "Sieve drive stopped or sieve blocked", "Lock out and clear the sieve"],
            ["M10", "Dust extraction airflow low", "Check the filter and the fan (their own manual)"],
            ["M12", "Mould board not in position", "Check the board clamps and the board code"],
            ["M13", "Guard door open", "Close the door"],
            ["M14", "Emergency stop pressed", "Find the cause, release and reset"],
        ],
        (16, 76, 82),
    ),
    ("h", "4. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Tails or threads on the deposits, strings between cavities",
                "Mass too cold or too thick; suck-back too small",
                "Raise the hopper temperature by 2-3 °C steps within the recipe range; increase the suck-back by 0.3-0.5 mm",
            ],
            [
                "Pieces misshapen, flat bottoms, impressions collapsed",
                "Starch too moist (above 8.0 %) or too warm (above 35 °C)",
                "Check the dryer and the starch cooler; compare the sensor with the laboratory",
            ],
            [
                "Rough surface, starch crust on the pieces, heavy dust",
                "Starch too dry (below 6.0 %)",
                "Lower the dryer temperature; check the sensor",
            ],
            ["Double deposits or pieces joined", "Tray or board out of position", "Check the tray guides and the board clamps (M12)"],
            [
                "Piece mass differs from nozzle to nozzle",
                "Worn check valves or piston seals, air in the hopper",
                "Calibrate (section 6); replace the seals if a nozzle stays more than 3 % off",
            ],
            [
                "Pieces break at the sieve",
                "Not stoved long enough, or sieve speed too high",
                "Stoving is set by the recipe and the stoving room; lower the sieve speed",
            ],
        ],
        (55, 58, 61),
    ),
    ("h", "5. Starting up"),
    (
        "ol",
        [
            "Check the starch level in the buffer and the moisture reading (6.0-8.0 %).",
            "Start the dust extraction, then the starch circuit (dryer, cooler, sieve) at least 30 min before depositing.",
            "Heat the hopper to the recipe temperature and wait until the head is within ±2 °C.",
            "Check that the mould board for the recipe is fitted (no M12).",
            "Run empty trays at 8 trays/min and check the printing.",
            "Fill the hopper and purge each nozzle into the purge tray.",
            "Set the piece mass (section 6).",
            "Raise the speed in steps of 4 trays/min up to the production rate.",
        ],
    ),
    ("h", "6. Setting the piece mass"),
    (
        "ol",
        [
            "Calculate the stroke with the formula of section 2 and enter it in DEPOSIT > STROKE.",
            "Put the flat check tray (no starch) under the head and deposit 10 strokes.",
            "Weigh the deposits of nozzles 1, 6, 12, 18 and 24 together: 50 deposits.",
            "Mean piece mass = total mass / 50. Correct the stroke: new stroke = old stroke x target / mean.",
            "Repeat until the mean is within ±1.5 % of the target and no single nozzle is more than 3 % off.",
            "Enter the result in the batch record.",
        ],
    ),
    ("h", "7. Changing the mould board"),
    (
        "ol",
        [
            "Stop the mogul at the end of a tray, lock out and open the printing guard.",
            "Release the four board clamps. Boards weigh up to 18 kg: lift them with two people.",
            "Clean the board seat and fit the new board; check that its code matches the recipe.",
            "Close the clamps; M12 must clear.",
            "Print three test trays and check the impressions by eye.",
        ],
    ),
    (
        "p",
        "Mould boards are made to order by Gelvonne for each piece shape; they carry no part number in this manual.",
    ),
    ("h", "8. Shutting down at the end of production"),
    (
        "ol",
        [
            "Stop the mass supply and let the hopper run down to the minimum level (M04).",
            "Deposit the rest into trays marked for rework; do not leave mass in the hopper overnight.",
            "Let the last filled trays reach the stacker and take the last stack to the stoving room.",
            "Keep the starch circuit running for 15 min after the last tray so that no damp starch stays in the buffer.",
            "Stop the starch circuit, then the dust extraction.",
            "Clean the depositing head (section 9).",
        ],
    ),
    ("h", "9. Cleaning the depositing head"),
    (
        "ol",
        [
            "Lock out and let the head cool to below 50 °C.",
            "Drain the hopper and flush it with hot water at 80 °C until the water runs clear.",
            "Remove the piston block (24 pistons) with the lifting handles and put it in the washing trolley.",
            "Wash the pistons, the check valves and the nozzles in hot water at 80 °C; do not use metal brushes on the "
            "nozzle tips.",
            "Dry all parts and apply food grade H1 lubricant to the piston seals.",
            "Refit the block, check the nozzle numbering 1 to 24 and close the guard.",
        ],
    ),
    (
        "p",
        "Trays: inspect the GT-82 trays at the tipping station. Trays that are warped by more than 2 mm over their "
        "length, cracked or with broken corners are taken out of the circuit, because they jam at the infeed (M01) "
        "and print uneven impressions. New trays must be run through the starch circuit twice before the first "
        "deposit so that they are dry and filled with conditioned starch.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the nozzles and the purge tray; check the sieve mesh for holes"],
            ["Weekly", "Check the stacker chains and the tray guides; clean the depositing head (section 9)"],
            ["Monthly", "Compare the inline starch moisture sensor with the laboratory: within ±0.5 %"],
            ["2000 h", "Replace the piston seals"],
            ["4000 h or 12 months, whichever comes first", "Gelvonne service: servo drives, stacker, safety circuit"],
        ],
        (60, 114),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Keep the starch section free of dust deposits; clean with the approved vacuum cleaner only.",
            "The hopper and mass reach 95 °C; wear heat-resistant gloves when filling or purging.",
            "Never reach into the stacker or the tray tipping station while the mogul is in automatic.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Piston seal kit (24 seals)", "GV-PS-16"],
            ["Nozzle set, 24 pieces", "GV-NZ-24"],
            ["Check valve", "GV-CV-16"],
            ["Sieve mesh 3 mm", "GV-SM-3"],
            ["Starch moisture sensor (NIR)", "GV-MS-NIR"],
            ["Dryer inlet temperature sensor", "GV-TS-80"],
        ],
        (100, 74),
    ),
]


# ---------------------------------------------------------------- Kakavell BW cocoa bean breaker-winnowers
KAKAVELL = [
    ("title", "Kakavell BW Cocoa Bean Breaker-Winnowers\nOperation and Maintenance - BW-15 and BW-30"),
    (
        "p",
        "Document KKV-OM-BW-09, Edition 1, June 2025. Kakavell Bean Processing. The BW-15 and BW-30 break roasted "
        "cocoa beans into nibs and separate the shells. A vibrating feeder brings the beans to the impact breaker, "
        "where a rotor throws them against toothed breaker plates. The broken beans fall onto a sieve tower that "
        "grades them by size; each sieve deck discharges into its own aspiration channel, where an upward air "
        "stream lifts the light shells away from the heavier nibs. The shells go to a cyclone and a shell rotary "
        "valve, the nibs to the nib outlet. The two models differ in throughput, rotor, sieve tower and fan; "
        "everything else applies to both. The roaster, the dust filter after the cyclone and the nib grinding "
        "have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The breaker rotor coasts for up to 2 min after a stop. Never open the breaker housing or reach "
        "into the feed before the rotor has stopped and the machine is locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BW-15", "BW-30"],
            ["Throughput, roasted beans (section 2 conditions)", "1500 kg/h", "3000 kg/h"],
            ["Breaker rotor diameter", "500 mm", "650 mm"],
            ["Breaker rotor speed (frequency converter)", "800-1400 rpm", "650-1100 rpm"],
            ["Rotor tip speed at maximum speed", "36.7 m/s", "37.4 m/s"],
            ["Breaker motor", "7.5 kW", "15 kW"],
            ["Breaker plates", "8", "10"],
            ["Sieve decks / aspiration channels", "5 / 5", "6 / 6"],
            ["Sieve meshes from the top deck", "8, 6.5, 5, 3.5, 2 mm", "8, 7, 6, 5, 3.5, 2 mm"],
            ["Total sieve area", "6.0 m²", "11.0 m²"],
            ["Sieve drive, eccentric, 280 strokes/min", "1.5 kW", "2.2 kW"],
            ["Aspiration air, total", "4500 m³/h", "8500 m³/h"],
            ["Aspiration fan motor", "11 kW", "18.5 kW"],
            ["Height", "4.2 m", "4.9 m"],
            ["Mass", "3200 kg", "5400 kg"],
        ],
        (90, 42, 42),
    ),
    ("h", "2. Breaking and winnowing settings and limits"),
    (
        "cols",
        [
            ("h", "Beans"),
            (
                "p",
                "The throughputs hold for roasted West African beans of 2-3 % moisture and 90-110 beans per 100 g. "
                "Above 3.5 % moisture the shells cling to the nibs and the separation fails; the roasting is set in "
                "the roaster manual. Unroasted beans (for nib roasting) and beans treated with steam or infrared "
                "before breaking are not covered; ask Kakavell for figures.",
            ),
            ("h", "Rotor tip speed"),
            (
                "p",
                "Tip speed (m/s) = 3.14 x rotor diameter (m) x speed (rpm) / 60. It must not exceed 38 m/s; higher "
                "speeds make fines. Example BW-15 at 1200 rpm: 3.14 x 0.5 x 1200 / 60 = 31.4 m/s.",
            ),
            ("h", "Nib quality"),
            (
                "p",
                "Shell in the nibs must not exceed 1.5 % by mass. Nibs in the shell fraction: no more than 1.0 % of "
                "the shell mass. Fines (through 2 mm) must stay at or below 3 % of the bean mass. The site's "
                "laboratory takes and judges the samples.",
            ),
            ("h", "Shell fraction"),
            (
                "p",
                "Shell is usually 11-13 % of the bean mass. A shell fraction well above this means nibs are being "
                "carried away; well below, shell stays in the nibs.",
            ),
            ("h", "Aspiration dampers"),
            (
                "p",
                "Each channel has a damper with a scale 0 (closed) to 10 (open). Start every damper at scale 4 and "
                "set it as in section 7. Record the settings for each bean origin.",
            ),
            (
                "warn",
                "Never run the breaker with the aspiration fan stopped: the shell dust settles in the sieve tower.",
            ),
        ],
    ),
    ("h", "3. Operating panel"),
    (
        "p",
        "The touch panel shows the throughput, the rotor speed and tip speed, the aspiration air as a percentage of "
        "the setpoint and the damper positions. Recipes hold the rotor speed, the feed rate and the damper "
        "positions for each bean origin; up to 40 recipes can be stored. In MANUAL mode each drive can be started "
        "on its own for maintenance; the breaker cannot start in any mode while the fan or the sieve drive is "
        "stopped. The counters menu shows the running hours of the breaker and the fan, which the maintenance "
        "table refers to.",
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["W01", "Breaker motor overload", "Check for a stone or metal in the breaker; check the feed rate"],
            ["W02", "Breaker rotor speed more than 5 % from the setpoint", "Check the converter and the belt"],
            ["W03", "Sieve drive stopped", "Check the eccentric drive and its belt"],
            ["W04", "Aspiration fan motor fault", "Check the motor protection; the breaker stops"],
            ["W05", "Aspiration air below 80 % of the setpoint (differential pressure)", "Check the cyclone, the dust filter and the dampers"],
            ["W06", "Feed hopper empty", "Refill from the roaster buffer"],
            ["W07", "Nib outlet blocked (level probe)", "Check the nib conveyor"],
            ["W08", "Shell rotary valve stopped", "Check the valve motor and for a jam"],
            ["W09", "Cyclone rotary valve stopped or cyclone level high", "Check the valve and the shell conveying"],
            ["W11", "Access door open", "Close the door"],
            ["W12", "Emergency stop pressed", "Find the cause, release and reset"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Too much shell in the nibs",
                "Aspiration air too low, sieves blinded, beans above 3 % moisture, feed above the throughput",
                "Open the damper of the channel concerned by one division; clean the sieves; have the bean moisture checked",
            ],
            [
                "Nibs in the shell outlet",
                "Aspiration air too high on a channel",
                "Close the damper of that channel by one division",
            ],
            [
                "Too many fines and dust",
                "Rotor speed too high (tip speed above 38 m/s), worn breaker plates, over-roasted beans",
                "Lower the rotor speed; check the plates (section 8)",
            ],
            [
                "Whole or half beans in the nib outlet",
                "Rotor speed too low, worn plates, uneven feed",
                "Raise the speed within the tip speed limit; replace the plates",
            ],
            [
                "Rattling in the sieve tower",
                "Loose mesh clamps or worn cleaning balls",
                "Tighten the clamps; replace balls worn below 30 mm",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Start the dust filter and the aspiration fan.",
            "Start the cyclone rotary valve, the shell rotary valve and the nib conveyor.",
            "Start the sieve drive.",
            "Start the breaker rotor at the recipe speed.",
            "Start the feeder at 50 % of the throughput for 5 min.",
            "Take samples at the nib and shell windows and check them by eye.",
            "Raise the feed to the throughput.",
        ],
    ),
    ("h", "7. Setting the aspiration dampers"),
    (
        "ol",
        [
            "Run at the production throughput with every damper at scale 4.",
            "Start with the top deck. Open its damper by one division at a time and wait 2 min after each step, "
            "until the first nibs show in the shell window of that channel.",
            "Close that damper again by one division.",
            "Repeat for each deck from the top to the bottom; the bottom deck usually needs the smallest opening.",
            "Have the laboratory check a nib sample: shell in the nibs no more than 1.5 %.",
            "Record the damper positions for the bean origin.",
        ],
    ),
    ("h", "8. Replacing the breaker plates"),
    (
        "ol",
        [
            "Stop the machine, wait for the rotor to stop and lock out.",
            "Open the breaker housing door.",
            "Remove the plates (8 on the BW-15, 10 on the BW-30). Replace them as a set when the teeth are worn by "
            "4 mm or more.",
            "Fit the new plates and tighten the M12 bolts to 80 Nm.",
            "Set the gap between the rotor bars and the plates to 6 mm with a gauge.",
            "Turn the rotor by hand one full turn; it must not touch.",
            "Close the door and run the breaker empty for 2 min before feeding.",
        ],
    ),
    ("h", "9. Shutting down"),
    (
        "ol",
        [
            "Stop the feeder and let the breaker run empty for 2 min.",
            "Stop the breaker rotor.",
            "Let the sieve drive run for a further 3 min so that the decks empty.",
            "Stop the sieve drive, then the nib conveyor and the rotary valves.",
            "Stop the aspiration fan last, after the sieve tower is empty, and then the dust filter.",
        ],
    ),
    ("h", "10. Cleaning the sieves"),
    (
        "ol",
        [
            "Shut down (section 9) and lock out.",
            "Open the sieve tower doors and pull out the decks one at a time on their rails.",
            "Brush the meshes from the top with a soft nylon brush; never knock the frames.",
            "Check each mesh against the light for holes and torn edges; replace a damaged mesh at once, because "
            "whole beans then pass to the finer decks.",
            "Check the cleaning balls under the meshes: new balls are 35 mm; replace any below 30 mm.",
            "Push the decks back in order of mesh size, largest at the top, and close the doors.",
        ],
    ),
    (
        "p",
        "Sampling: take nib and shell samples at the sampling valves below the windows while the machine runs at "
        "its production throughput, never in the first 5 min after a start. A sample of at least 100 g is needed "
        "for the shell count. The laboratory method (hand separation or flotation) is the site's choice; the limits "
        "of section 2 apply whichever method is used.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the nib and shell windows; clear blockages"],
            ["Weekly", "Clean the sieves and check the cleaning balls (section 10)"],
            ["Monthly", "Grease the breaker bearings, 15 g each"],
            ["2000 h", "Check the breaker plates and rotor bars for wear"],
            ["4000 h or 12 months, whichever comes first", "Kakavell service: sieve drive eccentric bearings, fan impeller cleaning and balance check"],
        ],
        (60, 114),
    ),
    ("h", "12. Safety notes"),
    (
        "ul",
        [
            "Cocoa shell dust can form explosive clouds; the zones are set in the site's explosion protection document.",
            "Stones and metal in the beans damage the breaker; the magnet and destoner before it belong to the site.",
            "Wear hearing protection near the breaker.",
        ],
    ),
    ("h", "13. Spare parts"),
    (
        "table",
        [
            ["Part", "BW-15", "BW-30"],
            ["Breaker plate set", "KK-BP-15 (8 plates)", "KK-BP-30 (10 plates)"],
            ["Rotor bar set", "KK-RB-500", "KK-RB-650"],
            ["Cleaning balls 35 mm, bag of 50", "KK-CB-35", "KK-CB-35"],
            ["Sieve drive belt set", "KK-VB-15", "KK-VB-22"],
            ["Shell rotary valve seal", "KK-RV-200", "KK-RV-250"],
            ["Sieve mesh", "KK-SM- plus mesh in mm, e.g. KK-SM-5", "KK-SM- plus mesh in mm, e.g. KK-SM-5"],
        ],
        (70, 52, 52),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("marvallo-cq-rotary-chocolate-conche.pdf", "Marvallo MVL-OM-CQ-11 Ed 3 - CQ-3 / CQ-6", MARVALLO),
        ("kandivar-mv-hard-candy-vacuum-cooker.pdf", "Kandivar KDV-OM-MV-07 Ed 2 - MV-250 / MV-400", KANDIVAR),
        ("gelvonne-pm32-starch-mogul.pdf", "Gelvonne GVN-OI-PM32-04 Ed 4 - PM-32", GELVONNE),
        ("kakavell-bw-cocoa-breaker-winnower.pdf", "Kakavell KKV-OM-BW-09 Ed 1 - BW-15 / BW-30", KAKAVELL),
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
