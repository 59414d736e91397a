"""Generate the PDF manuals of the hundred-and-seventy-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set172-scratch/venv && /tmp/set172-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set172-scratch/venv/bin/python knowledge/samples/hundredseventysecond/make_pdfs.py

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


# ---------------------------------------------------------------- Ceravell MT jacketed wax melt tanks
CERAVELL = [
    ("title", "Ceravell MT Jacketed Wax Melt Tanks\nOperation and Maintenance Manual - MT-500 and MT-1000"),
    (
        "p",
        "Document CRV-OM-MT-04, Edition 3, March 2025. Ceravell Process Equipment. The MT-500 and MT-1000 are "
        "stainless steel tanks for melting and holding candle waxes: paraffin, soy, rapeseed, palm and coconut "
        "waxes, beeswax and blends of them. The inner tank is surrounded by a jacket filled with "
        "heat transfer oil, heated by three electric elements in the lower part of the jacket. A slow anchor "
        "stirrer with PTFE scraper blades keeps the molten wax at an even temperature and the wall clean. Slabs "
        "are loaded through the hinged lid onto a stainless melting grid; the molten wax leaves through a heated "
        "bottom ball valve. The heated wax pump and the transfer lines to the blending vessels are covered by "
        "their own manuals. Apart from the size, the heater power, the stirrer, the outlet and the items named "
        "in this manual, the two models are built alike. The electrical supply up to the main switch, the "
        "earthing, the floor and the extraction above the tank are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Molten wax causes deep burns, and a wax fire cannot be put out with water. Never pour water onto "
        "hot wax. Keep a fire blanket and a suitable extinguisher (class F or foam) next to the tank. Never heat "
        "the tank without a working over-temperature cutout.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MT-500", "MT-1000"],
            [
                "Working capacity, molten wax",
                "500 L (about 390 kg of paraffin at 80 °C)",
                "1000 L (about 780 kg of paraffin at 80 °C)",
            ],
            ["Total volume to the rim", "620 L", "1210 L"],
            ["Inner diameter x cylindrical height", "900 x 980 mm", "1200 x 1070 mm"],
            ["Jacket heaters, three elements in delta", "3 x 4 kW = 12 kW", "3 x 6 kW = 18 kW"],
            ["Rated current at 400 V 3~ 50 Hz, heaters and stirrer", "18.4 A", "27.3 A"],
            ["Supply fuse", "25 A gG", "32 A gG"],
            ["Jacket heat transfer oil (mineral thermal fluid, ISO VG 32)", "85 L", "140 L"],
            ["Expansion tank", "15 L", "25 L"],
            ["Jacket oil temperature, highest setpoint", "140 °C", "140 °C"],
            ["Over-temperature cutout in the jacket, manual reset", "150 °C", "150 °C"],
            ["Wax setpoint range", "50-110 °C", "50-110 °C"],
            ["Melting rate, paraffin slabs (conditions below)", "95 kg/h", "150 kg/h"],
            ["Anchor stirrer, gear motor", "0.37 kW, 24 rpm", "0.55 kW, 20 rpm"],
            ["Bottom outlet, heated ball valve", "DN 40, 150 W valve heater", "DN 50, 200 W valve heater"],
            ["Empty mass with jacket oil", "410 kg", "640 kg"],
            ["Overall height, lid closed / lid open", "1650 / 2380 mm", "1900 / 2820 mm"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The melting rates hold only for paraffin slabs with a melting point of 58-60 °C, loaded at 20 °C or "
        "warmer, with the jacket oil at 120 °C, a wax setpoint of 80 °C and the stirrer running once the wax "
        "covers the anchor. No melting rates are given for soy, rapeseed, palm or coconut waxes, for beeswax or "
        "for pastilles; measure them in the first runs on site. Heating time from cold (h) = wax mass (kg) / "
        "melting rate (kg/h) + 1 h for heating up the jacket. Example: 450 kg of paraffin slabs in an MT-1000 "
        "take 450 / 150 + 1 = 4.0 h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a face shield, heat-resistant gauntlets and long sleeves when loading, sampling or draining.",
            "Never load wet, frozen or snow-covered slabs. Water trapped in a slab boils under the molten wax and "
            "can throw hot wax out of the tank. Slabs stored outside are brought in at least 24 h before use.",
            "Keep the lid closed while heating. Wax vapour from overheated wax is flammable; the extraction hood "
            "and its airflow are designed by the site.",
            "Never heat the outlet valve with a torch or a heat gun and never hit a frozen valve handle. Use the "
            "valve heater.",
            "Lock off the main switch before opening the terminal box or touching the stirrer. Let the jacket cool "
            "below 50 °C before any work on the jacket, the elements or the sensors.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Wax temperature"),
            (
                "p",
                "Set the wax about 15-20 °C above the melting point of the wax, for most container and pillar "
                "blends 70-85 °C. Never set more than 110 °C, whatever the wax. Soy, rapeseed and coconut waxes: no "
                "more than 85 °C, as above this they yellow and lose scent throw later.",
            ),
            ("h", "Holding time"),
            (
                "p",
                "Natural waxes (soy, rapeseed, coconut) must not be held molten for longer than 72 h above 70 °C, "
                "or 5 days at 60-70 °C, whichever comes first; after that the site's QA decides whether the batch "
                "may still be used. Paraffin may be held up to 14 days at no more than 85 °C. Beeswax is held no "
                "longer than 48 h.",
            ),
            ("h", "Jacket oil setpoint"),
            (
                "p",
                "Melting: jacket at 120 °C. Holding: jacket 10-15 °C above the wax setpoint. Never more than 140 "
                "°C. While holding, the jacket must not be more than 25 °C hotter than the wax, or wax scorches on "
                "the wall.",
            ),
            ("h", "Over-temperature protection"),
            (
                "p",
                "M08 warns when the wax has been more than 10 °C above its setpoint for 5 min; at 15 °C above, the "
                "heaters switch off. Independently, a capillary cutout in the jacket trips at 150 °C and must be "
                "reset by hand once the cause is found (M03).",
            ),
            ("h", "Stirrer"),
            (
                "p",
                "The stirrer is enabled only when the wax sensor reads at least 55 °C and the lid is closed. While "
                "holding it runs continuously for natural waxes, or in interval mode (5 min on, 10 min off) for "
                "paraffin. A stirrer started in solid wax trips its motor protection (M05).",
            ),
            ("h", "Jacket oil level"),
            (
                "p",
                "Cold jacket: the level is between MIN and the middle of the sight glass on the expansion tank. "
                "With the jacket at 120 °C the level rises to about MAX. A level below MIN with a hot jacket shows "
                "a leak; M04 blocks the heaters at the low-level switch.",
            ),
            ("h", "Melting grid"),
            (
                "p",
                "Load no more than 60 kg on the grid at a time, slabs lying flat. Pastilles may be poured straight "
                "into the tank once at least 100 mm of molten wax covers the bottom.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "M01",
                "Wax sensor fault",
                "PT100 open or shorted (reading below -20 °C or above 250 °C); heaters off. Check the plug and the "
                "sensor (about 131 ohm at 80 °C).",
            ],
            ["M02", "Jacket sensor fault", "As M01, jacket sensor."],
            [
                "M03",
                "Jacket cutout tripped",
                "The capillary cutout opened at 150 °C. Let the jacket cool below 120 °C, find the cause, then press "
                "the reset button under the cap on the control box.",
            ],
            [
                "M04",
                "Jacket oil low",
                "Level switch in the expansion tank open; heaters blocked. Top up when cold and look for leaks.",
            ],
            [
                "M05",
                "Stirrer overload",
                "Motor protection tripped: started in solid wax, scraper jammed, or gear motor fault. Wait until the "
                "wax sensor reads 55 °C, then reset.",
            ],
            [
                "M06",
                "No temperature rise",
                "Jacket rose less than 10 °C in 30 min with the heaters on. Measure the element currents: 10 A each "
                "(MT-500) or 15 A each (MT-1000); a failed element reads 0 A.",
            ],
            [
                "M08",
                "Wax over-temperature",
                "More than 10 °C above the setpoint for 5 min (warning); heaters off at 15 °C above.",
            ],
            [
                "M09",
                "Valve heater fault",
                "Valve heater current below 0.3 A (open circuit). The outlet will freeze up.",
            ],
            ["M10", "Lid open", "Lid switch open: the stirrer stops, the heaters keep running."],
            [
                "M11",
                "Melting timeout",
                "Wax not at setpoint within 8 h (MT-500) or 10 h (MT-1000): overloaded grid, a failed element or wet "
                "slabs.",
            ],
            ["M12", "Service due", "2000 operating hours or 12 months since the last service. The tank still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wax yellower or darker than the incoming slabs",
                "Natural wax held too long or too hot; jacket too far above the wax; scorched wax on the wall",
                "Lower the setpoint (section 3), keep the jacket within 25 °C of the wax, clean the wall at the next "
                "changeover",
            ],
            [
                "Wax spits and crackles, foam on the surface",
                "Water in the wax: wet or frozen slabs, or condensate dripping from the lid",
                "Stop loading. Paraffin only: hold at 100-105 °C with the stirrer running and the lid open a crack "
                "for 1 h. Natural wax batches are set aside for QA",
            ],
            [
                "Melting takes much longer than the rated time",
                "A heater element failed, jacket oil low, jacket setpoint low, or cold slabs",
                "Measure the element currents (M06), check the oil level, load slabs stored at 20 °C or warmer",
            ],
            [
                "Outlet valve will not turn, or nothing flows",
                "Wax solidified in the valve: valve heater off or failed (M09), or the valve was left full in a cold "
                "room",
                "Switch on the valve heater and wait at least 20 min. Never use a torch and never hit the handle",
            ],
            [
                "Wax film left on the wall, stirrer squeals",
                "Scraper blades worn below 3 mm (new 8 mm)",
                "Replace the scraper blade set",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting up and melting a charge"),
    (
        "ol",
        [
            "Check the expansion tank level (section 3) and that the outlet valve is closed.",
            "Switch on the main switch; the controller shows the wax and jacket temperatures.",
            "Set the jacket to 120 °C and the wax setpoint for the wax (section 3).",
            "Switch on the outlet valve heater.",
            "Open the lid and load the first slabs onto the melting grid, no more than 60 kg at a time. Close the lid.",
            "When the molten wax covers the anchor and the wax sensor reads at least 55 °C, start the stirrer.",
            "Load further slabs as the grid empties, until the level reaches the 500 L or 1000 L mark on the dip "
            "scale.",
            "When the wax reaches its setpoint, lower the jacket to 10-15 °C above the wax setpoint for holding.",
            "Enter the wax type, lot number and time in the tank log; the holding time counts from this entry.",
        ],
    ),
    ("h", "7. Testing the over-temperature cutout (every 6 months)"),
    (
        "ol",
        [
            "Empty the tank, or leave no more than 100 L of paraffin in it. Never test with natural wax or scented "
            "wax in the tank.",
            "Enter the service menu (code 2240) and select CUTOUT TEST. The controller raises the jacket limit from "
            "140 °C to 160 °C and keeps the heaters on.",
            "Watch the jacket temperature. The cutout must trip at 150 °C ±5 °C (145-155 °C): the heaters drop out "
            "and M03 appears.",
            "If the jacket passes 155 °C without a trip, switch off the main switch at once. Do not use the tank "
            "until the cutout has been replaced.",
            "Let the jacket cool below 120 °C. The test mode ends by itself after 30 min.",
            "Unscrew the cap on the side of the control box and press the red reset button.",
            "Record the trip temperature in the tank log.",
        ],
    ),
    ("h", "8. Draining and cleaning for a wax changeover"),
    (
        "ol",
        [
            "Pump the wax out with the site's heated wax pump at 70-80 °C until the pump loses suction.",
            "Drain the rest through the outlet valve into a heated drum or a lined tray, with the valve heater on.",
            "With the jacket at 80 °C and the main switch locked off, wipe the wall, the anchor and the grid with "
            "lint-free cloths. Never use solvents on hot surfaces.",
            "Close the valve and melt a flush charge of the new wax: 30 kg (MT-500) or 50 kg (MT-1000). Stir for "
            "15 min and drain it into the rework drum.",
            "Record the changeover and the flush in the tank log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Expansion tank level, lid gasket, valve heater working; tank log filled in"],
            ["Weekly", "Clean the melting grid; look at the scraper blades"],
            ["Monthly", "Measure the element currents (10 A or 15 A, ±10 %); check the earth bond"],
            ["Every 6 months", "Cutout test (section 7); gear motor oil level"],
            [
                "Every 12 months or 2000 h, whichever comes first",
                "Service: scraper blades, terminals retightened, heater insulation resistance at least 1 megohm at "
                "500 V",
            ],
            [
                "Every 3 years",
                "Jacket oil sample to the oil supplier's laboratory; change the oil if its report calls for it",
            ],
        ],
        (60, 110),
    ),
    (
        "p",
        "Topping up the jacket oil: only with the jacket below 50 °C, with the same thermal fluid, through the filler "
        "on the expansion tank up to the middle of the sight glass. The limits for the oil analysis are those of the "
        "oil supplier's laboratory. A failed heater element is replaced as a complete flanged element with a new "
        "gasket, after draining the jacket below the flange; this is work for Ceravell service or an electrician "
        "trained by Ceravell and is described in the service manual CRV-SM-MT, not here.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MT-500", "MT-1000"],
            ["Heater element, flanged, with gasket", "CRV-HE-4K0", "CRV-HE-6K0"],
            ["PT100 sensor, 250 mm (wax and jacket)", "CRV-PT-250", "CRV-PT-250"],
            ["Scraper blade set, PTFE, four blades", "CRV-SB-09", "CRV-SB-12"],
            ["Lid gasket, silicone", "CRV-LG-09", "CRV-LG-12"],
            ["Outlet valve heater", "CRV-VH-40", "CRV-VH-50"],
            ["Over-temperature cutout 150 °C", "CRV-TC-150", "CRV-TC-150"],
            ["Heat transfer oil, 20 L can", "CRV-HT-32", "CRV-HT-32"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tintara BCV-800 blending and colouring vessel
TINTARA = [
    ("title", "Tintara BCV-800 Wax Blending and Colouring Vessel\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document TNT-OI-BCV-800, Revision C, June 2024. Tintara Process Vessels. The BCV-800 blends molten candle "
        "wax with dyes and fragrance oils in batches of up to 800 L. The vessel has a hot water jacket, heated by "
        "an 18 kW electric water heater with its own circulation pump, and stands on three load cells, so that "
        "dyes and fragrance are added by weight through the charging port. One variable-speed drive turns a "
        "three-blade pitched turbine and a wall scraper frame together. Wax arrives from the site's melt tanks "
        "through a heated line; the blended wax leaves through the heated discharge valve to the filling "
        "machines. Melt tanks, transfer pumps, fragrance drum pumps and the filling machines have their own "
        "manuals. The recipes (wax, dye and fragrance per product) are the customer's or the site's product "
        "development's, not part of these instructions.",
    ),
    (
        "warn",
        "WARNING: Fragrance oils are flammable and many are skin sensitisers. Read the supplier's safety data sheet "
        "before handling a new fragrance; wear nitrile gloves and goggles at the charging port. Never add fragrance "
        "to wax hotter than the limit in section 3.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BCV-800"],
            ["Working volume", "800 L (about 620 kg of molten wax at 75 °C)"],
            ["Minimum batch (turbine blades covered)", "200 L"],
            ["Jacket medium", "Softened water, no more than 95 °C and 3 bar"],
            ["Jacket water heater / circulation pump", "18 kW / 0.25 kW"],
            ["Wax temperature range", "55-90 °C"],
            ["Agitator drive", "2.2 kW with frequency inverter, 20-90 rpm"],
            ["Weighing", "Three load cells of 1000 kg each, display resolution 0.1 kg"],
            ["Weighing accuracy (conditions below)", "±0.5 kg up to 400 kg net, ±0.2 % of the net weight above 400 kg"],
            ["Charging port", "DN 150, hinged cover with a 2 mm sieve"],
            ["Discharge valve / sample valve", "DN 50 heated ball valve / DN 15"],
            ["High level probe", "820 L"],
            ["Supply", "400 V 3~ 50 Hz, 32 A rated current, 40 A gG fuse"],
            ["Mass empty / full", "720 kg / 1420 kg"],
            ["Overall height / vessel diameter", "2350 mm / 1250 mm"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The weighing accuracy holds only after a passed zero and span check (section 8), with every hose and pipe "
        "connected through its flexible section, at a steady wax temperature and with the agitator stopped. While "
        "the agitator runs, the display is for guidance only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Open the charging port cover only to add dye or fragrance; with the cover open the agitator is held "
            "at 20 rpm (B06). Never reach into the port.",
            "Lock off the main switch before entering the vessel or touching the agitator. Entry into the vessel "
            "is confined-space work under the site's permit.",
            "The jacket safety valve opens at 3 bar and discharges hot water at the back of the vessel: keep its "
            "outlet pipe free.",
            "Spilt wax and fragrance make the platform slippery; clean spills at once with the absorbent from the "
            "spill kit.",
        ],
    ),
    ("h", "3. Blending limits and settings"),
    (
        "cols",
        [
            ("h", "Fragrance load"),
            (
                "p",
                "Fragrance (kg) = wax mass (kg) x load (%) / 100. Example: 500 kg of wax at 8 % takes 500 x 8 / "
                "100 = 40 kg of fragrance. Never more than 12 % of the wax mass in this vessel, even where the wax "
                "supplier allows more; most container blends take 6-10 %.",
            ),
            ("h", "Fragrance temperature"),
            (
                "p",
                "Add fragrance with the wax at 70-80 °C, and in any case at least 10 °C below the flash point of "
                "the fragrance. The flash point is taken from the fragrance supplier's safety data sheet; it is not "
                "listed here. Lower the jacket to 75 °C before adding.",
            ),
            ("h", "Mixing after the fragrance"),
            (
                "p",
                "Mix for at least 20 min at 60 rpm before sampling; at lower speeds mix longer. With less than 400 "
                "L in the vessel run no faster than 45 rpm, or the vortex draws air into the blend.",
            ),
            ("h", "Dyes"),
            (
                "p",
                "Liquid dyes: 0.02-0.2 % of the wax mass, added at 75 °C, mixed for at least 10 min. Dye chips and "
                "powder dyes: added at 80-85 °C and mixed for at least 30 min; they must be fully dissolved before "
                "the fragrance goes in. Pigment dispersions are not covered; ask Tintara before using them.",
            ),
            ("h", "Colour approval"),
            (
                "p",
                "A sample from the sample valve is poured into a test glass and compared with the customer's master "
                "sample in the QC light box. The colour tolerance is set by the customer or by the site's QC, not "
                "by Tintara.",
            ),
            ("h", "Holding scented wax"),
            (
                "p",
                "Hold blended (scented) wax at no more than 75 °C and pour it within 24 h of adding the fragrance.",
            ),
            ("h", "Jacket water"),
            (
                "p",
                "Pressure 1.0-2.5 bar; the heater stops below 0.8 bar (B04). Jacket water above 98 °C gives B03, "
                "and the safety thermostat (105 °C) needs a manual reset.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Wax sensor fault", "PT100 in the vessel open or shorted; heating stops. Check plug and sensor."],
            ["B02", "Jacket sensor fault", "As B01, jacket water sensor."],
            [
                "B03",
                "Jacket over-temperature",
                "Jacket water above 98 °C. Check the heater contactor; reset the safety thermostat if it tripped at "
                "105 °C.",
            ],
            ["B04", "Jacket pressure low", "Below 0.8 bar. Vent and top up the jacket (section 9); look for leaks."],
            ["B05", "Agitator drive fault", "The inverter shows its own code; see the inverter manual."],
            ["B06", "Charging port open", "Cover switch open: agitator held at 20 rpm until the cover is shut."],
            ["B07", "Weighing overload", "Net weight above 700 kg, or a load cell above its range."],
            ["B08", "Weighing unstable", "Reading moves more than 0.5 kg in 10 s with the agitator stopped."],
            ["B10", "Discharge valve heater fault", "Valve heater open circuit; the valve will freeze up."],
            ["B11", "Level high", "Level probe at 820 L reached; the transfer valve closes."],
            ["B12", "Service due", "2500 h or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Colour streaks or small specks in the poured candles",
                "Dye not fully dissolved: chips added below 80 °C, mixed too short, or added after the fragrance",
                "Add dye chips at 80-85 °C and mix for at least 30 min before the fragrance. For a streaky batch, "
                "reheat to 80 °C and mix 30 min",
            ],
            [
                "Oil droplets on the candle surface (sweating)",
                "Fragrance load too high for the wax, or fragrance added to wax below 70 °C and not mixed in",
                "Check the load against the wax supplier's limit and the 12 % limit of this vessel; mix at least 20 "
                "min at 60 rpm",
            ],
            [
                "Weight display drifts or does not return to zero with the vessel empty",
                "A hose or cable pulling on the vessel, wax built up under a load cell foot, or a damp load cell cable",
                "Check that every flexible hose section hangs slack, clean round the load cell feet, then run the "
                "zero and span check (section 8)",
            ],
            [
                "Air bubbles and foam in the blend",
                "Vortex: agitator too fast for the level",
                "No more than 45 rpm below 400 L",
            ],
            [
                "Jacket heats slowly",
                "Air in the jacket, low water pressure or scale",
                "Vent the jacket (section 9); pressure 1.0-2.5 bar",
            ],
            [
                "Weak scent in the finished candles",
                "Fragrance added too hot, or scented wax held too long",
                "Add at 70-80 °C; hold at no more than 75 °C and pour within 24 h",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Preparing a coloured and scented batch"),
    (
        "ol",
        [
            "Check that the vessel is clean and the discharge valve is closed. Press TARE with the vessel empty.",
            "Transfer wax from the melt tank to the target mass, for example 500 kg, and close the transfer valve.",
            "Bring the wax to 80-85 °C if dye chips are used, otherwise to 75 °C.",
            "Start the agitator at 60 rpm (no more than 45 rpm below 400 L).",
            "Press TARE, add the dye by weight through the charging port and mix: 30 min for chips, 10 min for "
            "liquid dye.",
            "Take a sample from the sample valve for the colour check by QC.",
            "Lower the jacket to 75 °C. With the wax at 70-80 °C, press TARE and add the fragrance by weight, slowly, "
            "over at least 2 min.",
            "Mix for at least 20 min at 60 rpm.",
            "Record the batch (wax lot, dye, fragrance, masses, times) and release it for pouring within 24 h.",
        ],
    ),
    ("h", "7. Colour changeover cleaning"),
    (
        "ol",
        [
            "Drain the batch through the discharge valve at 75 °C. Run the agitator at 20 rpm while draining until "
            "the level is below the turbine, then stop it.",
            "Wipe the residue from the charging port and the sieve.",
            "Charge 50 kg of uncoloured wax at 80 °C, run the agitator at 60 rpm for 10 min and drain the flush into "
            "the rework drum marked with the old colour.",
            "Going from a dark colour (red, brown, black, deep blue) to white or a pastel, repeat step 3 a second "
            "time.",
            "Pour a sample of the last flush: against white paper in the light box it must show no colour.",
            "Flush the discharge line to the filler with 10 kg of uncoloured wax.",
            "Record the changeover.",
        ],
    ),
    ("h", "8. Zero and span check of the weighing"),
    (
        "ol",
        [
            "Empty and clean the vessel, stop the agitator and leave the jacket at a steady temperature for at "
            "least 1 h.",
            "Check that every flexible hose section and cable hangs slack.",
            "Press ZERO. The display must show 0.0 kg and stay within ±0.2 kg for 1 min.",
            "Place the four 25 kg test weights (100 kg) on the weight platform on the lid.",
            "The reading must be 100.0 kg ±0.3 kg. If it is not, do not adjust anything: the calibration is done by "
            "Tintara service or the site's weighing contractor.",
            "Remove the weights. The display must return to 0.0 kg ±0.2 kg.",
            "Record the readings in the vessel log.",
        ],
    ),
    ("h", "9. Venting and topping up the jacket"),
    (
        "p",
        "With the heater off and the jacket below 60 °C, open the vent valve on top of the jacket until water "
        "without air comes out, then top up through the filling valve to 1.5 bar cold and restart the circulation "
        "pump. Use softened water only; the corrosion inhibitor and its dose are set by the site's water treatment "
        "contractor.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Sieve of the charging port clean; batch record complete"],
            ["Weekly", "Jacket pressure; scraper blades; agitator shaft seal for wax weeping"],
            ["Monthly", "Zero and span check (section 8)"],
            ["Every 6 months", "Gearbox oil level; safety valve lifted by hand once"],
            [
                "Every 12 months or 2500 h, whichever comes first",
                "Service: scraper blades, shaft seal inspection, heater contactor, earth bonds",
            ],
            ["Every 2 years", "Gearbox oil change (CLP 220, 3.5 L)"],
        ],
        (60, 110),
    ),
    (
        "p",
        "A weeping agitator shaft seal is changed complete with its sleeve by Tintara service; the drive has to be "
        "lifted off for this, and the work is not described in these instructions.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Load cell 1000 kg with cable", "TNT-LC-1000"],
            ["Agitator mechanical seal with sleeve, 45 mm", "TNT-MS-45"],
            ["Scraper blade set, PTFE", "TNT-SB-800"],
            ["Charging port sieve 2 mm", "TNT-CS-150"],
            ["Discharge valve heater", "TNT-VH-50"],
            ["Jacket safety valve 3 bar", "TNT-SV-3"],
            ["PT100 sensor, 200 mm", "TNT-PT-200"],
            ["Test weight 25 kg, set of four", "TNT-TW-100"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Immerlund DC candle dipping carousels
IMMERLUND = [
    ("title", "Immerlund DC Candle Dipping Carousels\nOperating Manual - DC-16 and DC-24"),
    (
        "p",
        "Document IML-BA-DC-07, Edition 1, January 2025. Immerlund Candle Machinery. The DC-16 and DC-24 make dipped "
        "taper and dinner candles. Wick frames hang from the arms of a carousel that turns slowly over the floor. "
        "At the dipping station a lift lowers each frame into the heated wax vat and raises it again; the frame "
        "then travels round through the cooling sector, where fans blow room air across the candles, and comes "
        "back for its next dip. Each dip adds one layer of wax. The wicks are strung in loops over the frame bars "
        "and held straight by tension clips at the bottom of each loop, so that every loop gives a pair of "
        "candles. After the last dip the frames are lifted off and the candles are cut apart and butted on the "
        "site's cutting and butting machine, which has its own manual. Colour and lacquer over-dipping is done in "
        "the separate over-dipping vat OV-2 (own manual); the colours and lacquers for it come from the customer's "
        "specification and the wax supplier. Apart from the number of frames, the vat and the items named, the "
        "two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The carousel starts without warning after a pause. Stop it with the key switch before entering the "
        "ring, and never reach under a frame that hangs on the lift. The vat holds molten wax at up to 85 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DC-16", "DC-24"],
            ["Wick frames (arms)", "16", "24"],
            ["Wick loops per frame / candles per frame", "24 / 48", "30 / 60"],
            ["Candles per batch", "768", "1440"],
            ["Frame load, maximum (frame, wicks and wax)", "12 kg", "18 kg"],
            ["Dipping vat, usable volume", "280 L", "420 L"],
            ["Vat heaters", "3 x 3 kW = 9 kW", "4 x 3 kW = 12 kW"],
            ["Vat temperature range", "65-85 °C", "65-85 °C"],
            ["Dip depth, maximum", "320 mm", "380 mm"],
            ["Candle length, maximum, measured from the wick loop", "300 mm", "360 mm"],
            ["Candle diameter, maximum", "28 mm", "32 mm"],
            ["Revolution time (one dip per frame)", "90-240 s", "120-300 s"],
            ["Dwell time in the wax", "1-10 s", "1-10 s"],
            ["Lift speed in and out, adjustable", "20-120 mm/s", "20-120 mm/s"],
            ["Cooling fans", "4 x 0.25 kW", "6 x 0.25 kW"],
            ["Carousel drive", "0.75 kW gear motor", "1.1 kW gear motor"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "32 A gG"],
            ["Carousel diameter / floor space needed", "3.6 m / 5.0 x 5.0 m", "4.8 m / 6.2 x 6.2 m"],
            ["Mass with the vat empty", "1150 kg", "1640 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The figures for diameter gain and batch time in section 3 hold only for paraffin dipping wax with a "
        "melting point of 56-58 °C, a vat at 72 °C, a room at 18-24 °C and a revolution time of at least 150 s.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The ring is fenced; the gate is interlocked (D01). Only one person loads frames, with the carousel "
            "stopped by the key switch.",
            "Wear heat-resistant gloves and a face shield at the vat. Top up the vat only while the lift is up.",
            "Never add solid slabs to the vat during a run: they make the level jump and can splash.",
            "The floor round the vat becomes slippery with wax drips; scrape it every shift.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Dipping room"),
            (
                "p",
                "18-24 °C and free of draughts. Below 16 °C the layers crack; above 26 °C one revolution no longer "
                "cools the candles enough and they sag.",
            ),
            ("h", "Vat temperature"),
            (
                "p",
                "Build-up dips at 70-74 °C. The last two or three smoothing dips 2-4 °C hotter. The vat must be "
                "within ±1 °C of the setpoint before a run starts (READY lamp, otherwise D05).",
            ),
            ("h", "Diameter gain and number of dips"),
            (
                "p",
                "Under the conditions of section 1, each dip adds 0.6-0.8 mm to the diameter. Number of dips = "
                "(target diameter (mm) - 2) / gain per dip (mm), rounded up. Example: 22 mm dinner candles at 0.7 mm "
                "per dip need (22 - 2) / 0.7 = 28.6, so 29 dips. No gains are given for other vat temperatures or "
                "waxes; dip a test frame and measure it.",
            ),
            ("h", "Batch time"),
            (
                "p",
                "Batch time (min) = number of dips x revolution time (s) / 60 + 10 min for loading. Example: 29 dips "
                "x 150 s / 60 = 72.5 min, plus 10 min, about 83 min.",
            ),
            ("h", "Cooling between dips"),
            (
                "p",
                "The fans run whenever the carousel turns. A candle must come back to the dipping station with its "
                "surface no warmer than 35 °C (check with the IR thermometer); if it is warmer, lengthen the "
                "revolution time.",
            ),
            ("h", "Wick tension"),
            (
                "p",
                "One 50 g tension clip at the bottom of each loop; two clips per loop for candles over 300 mm on the "
                "DC-24. Use primed wick only.",
            ),
            ("h", "Vat level"),
            (
                "p",
                "Keep the level 20-40 mm below the overflow mark. Top up with molten wax from the melt tank no more "
                "than 10 °C hotter than the vat. More than 60 mm below the mark gives D04.",
            ),
            ("h", "Balance"),
            (
                "p",
                "Frames on opposite arms may differ by no more than 1.5 kg (DC-16) or 2 kg (DC-24); above this D11 "
                "stops the carousel. Leave no gaps: run empty frames opposite part-loaded ones.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "D01",
                "Guard open / emergency stop",
                "Ring gate open or an emergency stop pressed. Close, release, press RESET.",
            ],
            ["D02", "Vat sensor fault", "PT100 in the vat open or shorted; heating off."],
            [
                "D03",
                "Vat over-temperature",
                "Vat above 90 °C. The safety thermostat trips at 95 °C and needs a manual reset.",
            ],
            ["D04", "Vat level low", "More than 60 mm below the overflow mark. Top up with molten wax."],
            ["D05", "Vat not ready", "Vat more than 1 °C off its setpoint at the start of a run."],
            [
                "D06",
                "Lift overload",
                "Frame heavier than 12 kg (DC-16) or 18 kg (DC-24): too many dips for the diameter, or wax dripped "
                "onto the frame bars.",
            ],
            ["D07", "Lift position", "Lift limit switch or encoder fault; the lift stops at the top."],
            ["D08", "Carousel drive", "Drive motor protection or inverter fault."],
            ["D09", "Fan fault", "A fan motor protection tripped; the carousel stops after the current revolution."],
            ["D11", "Out of balance", "Opposite arms differ by more than 1.5 kg (DC-16) or 2 kg (DC-24)."],
            ["D12", "Service due", "1500 h or 6 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Layers crack, or candles split when cut",
                "Room below 16 °C, fans blowing hard on the candles from close by, or a long stop between dips",
                "Keep the room at 18-24 °C, turn the fan deflectors away from the frames, avoid stops in the middle "
                "of a batch",
            ],
            [
                "Candles hang crooked or bend",
                "Tension clips missing or too light, frames out of balance, a fan blowing from one side",
                "Fit one 50 g clip per loop; balance the frames; set the deflectors evenly",
            ],
            [
                "Drips, lumps or a beard at the bottom end",
                "Lift coming out too fast, or the vat too cold",
                "Slow the lift out to 30-40 mm/s; vat at 70-74 °C",
            ],
            [
                "Rings at the dip line, rough surface",
                "Vat level moving between dips, or candles too warm when they are dipped again",
                "Keep the level 20-40 mm below the mark; check the 35 °C rule",
            ],
            [
                "Blisters or pinholes in the layers",
                "Water in the vat, or unprimed wick",
                "Drain water from the vat bottom valve; use primed wick only",
            ],
            [
                "Candles thinner than planned after the set dips",
                "Vat too hot, dwell too long (wax melts back) or the wrong wax",
                "Vat at 70-74 °C, dwell 2-4 s; dip a test frame",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Stringing the wick frames"),
    (
        "ol",
        [
            "Stop the carousel with the key switch and lift the empty frame onto the loading stand.",
            "Tie the primed wick to the first hook of the top bar and lead it down round the bottom guide and up "
            "to the next hook, so that each loop forms one pair of candles.",
            "Continue over all 24 loops (DC-16) or 30 loops (DC-24) and tie off at the last hook.",
            "Hang one 50 g tension clip in the bottom of each loop; two clips per loop on the DC-24 for candles over "
            "300 mm.",
            "Check that the loops hang straight and 25 mm apart and that no wick touches its neighbour.",
            "Weigh the strung frame on the stand scale and note the mass on the frame tag.",
            "Hang the frame on its arm; load opposite arms one after the other to keep the balance.",
        ],
    ),
    ("h", "7. Starting a dipping run"),
    (
        "ol",
        [
            "Check the room temperature (18-24 °C) and the vat level (20-40 mm below the mark).",
            "Set the vat temperature (70-74 °C) and wait for the READY lamp.",
            "Enter the recipe: number of dips, revolution time, dwell time and lift speeds.",
            "Switch on the fans and check that all of them run.",
            "Turn the key switch to AUTO and press START. The first frame dips after one quarter turn.",
            "After the first three revolutions, check one candle surface with the IR thermometer at the dipping "
            "station: no warmer than 35 °C.",
            "After ten dips, measure a candle with the caliper and correct the number of dips if the gain is outside "
            "0.6-0.8 mm.",
            "At the end of the run the carousel stops with the lift up; raise the vat temperature for the smoothing "
            "dips only if the recipe asks for them.",
        ],
    ),
    ("h", "8. Emptying and cleaning the vat"),
    (
        "ol",
        [
            "Stop the carousel and remove all frames.",
            "Keep the vat at 70 °C and pump the wax back to the melt tank with the site's heated pump.",
            "Open the bottom valve into a lined tray to remove the remaining wax and any water.",
            "Switch the heaters off and lock off the main switch.",
            "Scrape the vat walls and the heater guards while the wax is still soft; never use solvents on hot "
            "surfaces.",
            "Inspect the heater guards and the level probes, close the valve and refill with molten wax.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Scrape the floor round the vat; check the tension clips for wax build-up"],
            ["Weekly", "Clean the fan guards and deflectors; check the lift belt for wear"],
            ["Monthly", "Grease the carousel slewing ring (6 points); check the arm hooks"],
            [
                "Every 6 months or 1500 h, whichever comes first",
                "Service: lift belt tension, drive chain, vat heater currents (13 A each, elements wired at 230 V), "
                "safety thermostat test",
            ],
            ["Yearly", "Gear motor oil change; insulation test of the vat heaters"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DC-16", "DC-24"],
            ["Vat heater element 3 kW", "IML-VH-3000", "IML-VH-3000"],
            ["Tension clips 50 g, pack of 100", "IML-TC-50", "IML-TC-50"],
            ["Wick frame, complete", "IML-WF-16", "IML-WF-24"],
            ["Fan motor 0.25 kW with blade", "IML-FM-025", "IML-FM-025"],
            ["Lift toothed belt", "IML-LB-320", "IML-LB-380"],
            ["PT100 vat sensor", "IML-PT-150", "IML-PT-150"],
            ["Safety thermostat 95 °C", "IML-ST-95", "IML-ST-95"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Formacera PM pillar candle moulding machines
FORMACERA = [
    ("title", "Formacera PM Pillar Candle Moulding Machines\nOperation and Maintenance - PM-72 and PM-144"),
    (
        "p",
        "Document FMC-OM-PM-11, Edition 2, October 2024. Formacera Candle Systems. The PM machines mould pillar "
        "candles in rows of aluminium mould tubes set in a water jacket, the mould table. Each tube has a piston "
        "at its lower end; the wick comes up from a spool below the machine through a guide in the piston. The "
        "molten wax is poured over the table and fills all tubes at once. Cold water flowing through the jacket "
        "sets the candles; the excess wax on the table is scraped off; the pistons then push the candles up into "
        "the clamp frame, pulling fresh wick through behind them; the wicks are cut above the clamp and the table "
        "is ready for the next pour. The PM-72 ejects with a hand wheel and a rack and pinion, the PM-144 with a "
        "hydraulic power pack. Hot water for preheating and cold water for cooling come from the site's "
        "temperature control unit and chiller, which have their own manuals; the machine's valves switch "
        "between them. Apart from the number of tubes, the ejection and the items named, the two models are "
        "built alike.",
    ),
    (
        "warn",
        "WARNING: Keep hands off the table while the pistons move. On the PM-144 the ejection is hydraulic: lower "
        "the pistons fully and switch off the power pack before reaching into the clamp frame or changing tubes.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PM-72", "PM-144"],
            ["Mould tubes", "72 (6 rows of 12)", "144 (12 rows of 12)"],
            ["Tube sets available (diameter)", "50, 60, 70 and 80 mm", "50, 60 and 70 mm"],
            ["Candle length, maximum", "250 mm", "220 mm"],
            ["Cooling water flow, minimum", "20 L/min", "35 L/min"],
            ["Cooling water inlet temperature", "12-15 °C", "12-15 °C"],
            ["Cooling water pressure", "2-4 bar", "2-4 bar"],
            ["Preheating water", "55-60 °C, 20 L/min", "55-60 °C, 35 L/min"],
            ["Ejection", "Hand wheel, rack and pinion", "Hydraulic, 1.5 kW power pack, 90 bar"],
            ["Ejection force, maximum", "6 kN", "18 kN"],
            ["Table heating (keeps the excess wax soft)", "2 kW", "4 kW"],
            ["Wick spools", "72, on the lower rack", "144, on two lower racks"],
            ["Supply", "230 V 1~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 16 A"],
            ["Mass, empty", "780 kg", "1350 kg"],
            ["Footprint", "1.6 x 1.1 m", "2.4 x 1.6 m"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear heat-resistant gloves and a face shield when pouring; pour from the pouring jug or the filling "
            "lance, never from an open bucket.",
            "Keep the wick cutter blade in its holder when not in use.",
            "Drain the water jacket before the machine stands in a room that may fall below 5 °C (section 9).",
            "Hydraulic hoses (PM-144) are replaced every 6 years, or sooner if damaged.",
        ],
    ),
    ("h", "3. Moulding limits and settings"),
    (
        "cols",
        [
            ("h", "Pouring temperature"),
            (
                "p",
                "72-80 °C for paraffin-stearin pillar blends. Never pour hotter than 85 °C: hotter wax shrinks "
                "more and sticks in the tubes.",
            ),
            ("h", "Preheating"),
            (
                "p",
                "Before the first pour of a shift, run hot water at 55-60 °C through the jacket for at least 10 min. "
                "Cold tubes give frost marks and pour lines (C10 if the pour starts sooner).",
            ),
            ("h", "Cooling times"),
            (
                "p",
                "Time from the pour to ejection for a paraffin blend with 10 % stearin, poured at 75 °C, with "
                "water at 12-15 °C and at least the minimum flow: 50 mm tubes 18 min, 60 mm 25 min, 70 mm 32 min, "
                "80 mm 40 min (PM-72 only). Times for palm, soy or beeswax pillars are not given; find them with "
                "test pours. Water above 18 °C lengthens every time by about a third.",
            ),
            ("h", "Second pour"),
            (
                "p",
                "The candles shrink as they cool and leave a cavity round the wick. Make the second (top-up) pour "
                "after about a third of the cooling time, when the table wax has a skin but the centres are still "
                "soft, 5-8 °C hotter than the first pour and no more than 10 % of its volume.",
            ),
            ("h", "Ejection"),
            (
                "p",
                "Eject when the core probe in the test tube reads 35 °C or less. PM-144: set the ejection pressure "
                "to 60-90 bar. Candles that need more than 90 bar are too warm or too cold, or the tubes are dirty "
                "(C05 at 95 bar).",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "Inlet 12-15 °C. Water below 10 °C gives cracks and frost marks. The flow must reach 20 L/min "
                "(PM-72) or 35 L/min (PM-144); below this for 30 s, C02 stops the cycle.",
            ),
            ("h", "Release agents"),
            (
                "p",
                "Clean tubes need no release agent. Never use silicone sprays: they spoil the burn. Any release "
                "agent must first be approved by the site's QA.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            [
                "C02",
                "Cooling water flow low",
                "Below 20 L/min (PM-72) or 35 L/min (PM-144) for 30 s. Check the chiller, the strainer and the valves.",
            ],
            ["C03", "Cooling water too warm", "Inlet above 18 °C. Check the chiller setpoint."],
            ["C04", "Table heater fault", "Table heater open circuit or its thermostat tripped."],
            [
                "C05",
                "Ejection overpressure",
                "PM-144: 95 bar reached. Stop, find the cause (section 5); never raise the relief valve.",
            ],
            ["C06", "Hydraulic oil hot", "PM-144: oil above 60 °C. Let it cool; check the cooler fins."],
            ["C07", "Clamp frame not locked", "Clamp frame latch open; ejection is blocked."],
            [
                "C09",
                "Wick spool empty",
                "Wick break sensor on a spool. Fit a new spool and thread it as in section 7, step 10.",
            ],
            ["C10", "Preheat not done", "Pour started less than 10 min after the start of preheating."],
            ["C11", "Service due", "20 000 cycles or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Candles stick in the tubes, ejection needs a lot of force",
                "Ejected too warm or too cold, poured too hot, tubes scratched or coated with old wax",
                "Eject at a core of 35 °C or less, pour at 72-80 °C, clean the tubes (section 8); replace scratched "
                "tubes",
            ],
            [
                "Cavity or sinkhole round the wick at the top",
                "Second pour missing, too early or too cold",
                "Second pour after a third of the cooling time, 5-8 °C hotter than the first",
            ],
            [
                "Frost marks or white mottling on the surface",
                "Tubes cold at the pour, or water below 10 °C",
                "Preheat for at least 10 min; water at 12-15 °C",
            ],
            [
                "Wick off centre",
                "Wick guide in the piston worn, or the wick not pulled taut before the pour",
                "Replace the piston wick guide; pull every wick taut in the clamp before pouring",
            ],
            [
                "Cracks across the candle",
                "Cooled too fast, or ejected too cold and knocked",
                "Raise the water to 12-15 °C; eject at 30-35 °C core",
            ],
            [
                "Some candles rise less than others at ejection",
                "Piston rod bent, or a tube dented",
                "Check the rods on the ejection plate; replace a dented tube",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. The moulding cycle"),
    (
        "ol",
        [
            "Preheat the tubes with hot water at 55-60 °C for at least 10 min.",
            "Pull every wick taut and close the clamp frame latch.",
            "Switch the jacket to cooling water and pour at 72-80 °C until the wax stands 5 mm above the tubes.",
            "After about a third of the cooling time, make the second pour, 5-8 °C hotter.",
            "When the cooling time is over and the core probe reads 35 °C or less, scrape the excess wax off the "
            "table into the return trough.",
            "Eject: PM-72 with the hand wheel, PM-144 with the EJECT button at 60-90 bar.",
            "Cut the wicks 10 mm above the candle tops, lift out the clamp frame with the candles and fit an empty "
            "frame.",
            "Lower the pistons fully; the table is ready for the next pour.",
        ],
    ),
    ("h", "7. Changing a tube set (size change)"),
    (
        "ol",
        [
            "Finish the last cycle, eject and remove the clamp frame.",
            "Drain the water jacket: close the inlet and outlet valves and open the drain valve.",
            "Lower the pistons fully (PM-144: switch off the power pack afterwards) and unscrew the piston heads "
            "from the rods.",
            "Undo the tube clamping plate (16 M10 screws on the PM-72, 24 on the PM-144).",
            "Lift the tube set out with the lifting bar; it weighs up to 95 kg (PM-72) or 150 kg (PM-144): use the "
            "hoist.",
            "Clean the jacket seats and fit new O-rings to the new tube set.",
            "Lower the new tube set in, fit the clamping plate and tighten the screws crosswise to 35 Nm.",
            "Fit the piston heads of the new size with new wick guides.",
            "Close the drain valve, fill the jacket and check for leaks at 4 bar for 10 min.",
            "Thread each wick up through its piston and into the clamp frame of the new size.",
        ],
    ),
    ("h", "8. Cleaning the tubes"),
    ("p", "Weekly, or whenever candles start to stick."),
    (
        "ol",
        [
            "Preheat the tubes with hot water at 55-60 °C for at least 10 min.",
            "Push the pistons to the top (PM-144: EJECT at 60 bar) and remove the clamp frame.",
            "Wipe each tube with the felt swab on the cleaning rod, twice, turning the rod as you push it.",
            "Wipe the piston heads and the wick guides with a warm cloth.",
            "Look into each tube with the inspection lamp. A tube with a scratch that catches a fingernail is "
            "replaced. Never use steel wool or scrapers in the tubes.",
            "Lower the pistons and switch the jacket back to cooling water.",
        ],
    ),
    ("h", "9. Standstill and frost"),
    (
        "p",
        "Before a standstill of more than 2 weeks, or if the room may fall below 5 °C, drain the jacket and blow it "
        "out with compressed air at no more than 2 bar. Leave the drain valve open.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Scrape the table and the return trough; check the wick spools"],
            ["Weekly", "Clean the tubes (section 8); clean the water strainer"],
            ["Monthly", "Check the piston wick guides; grease the rack and pinion (PM-72)"],
            [
                "Every 12 months or 20 000 cycles, whichever comes first",
                "Service: O-rings, piston seals, hydraulic oil and filter (PM-144, HLP 46, 25 L)",
            ],
            ["Every 6 years", "Replace the hydraulic hoses (PM-144)"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The seals of the PM-144 ejection cylinder (seal kit FMC-SK-144) are replaced by Formacera service; the "
        "cylinder has to come out of the frame, and this manual does not describe the work.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PM-72", "PM-144"],
            ["Piston wick guide, pack of 12", "FMC-WG-12", "FMC-WG-12"],
            ["Tube set O-ring kit", "FMC-OR-72", "FMC-OR-144"],
            ["Mould tube 60 mm, single", "FMC-MT-60", "FMC-MT-60"],
            ["Clamp frame 60 mm", "FMC-CF-72-60", "FMC-CF-144-60"],
            ["Ejection cylinder seal kit", "-", "FMC-SK-144"],
            ["Hydraulic filter element", "-", "FMC-HF-10"],
            ["Water strainer insert", "FMC-WS-25", "FMC-WS-32"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ceravell-mt-wax-melt-tank.pdf", "Ceravell CRV-OM-MT-04 Ed 3 - MT-500 / MT-1000", CERAVELL),
        ("tintara-bcv-wax-blending-and-colouring-vessel.pdf", "Tintara TNT-OI-BCV-800 Rev C - BCV-800", TINTARA),
        ("immerlund-dc-candle-dipping-carousel.pdf", "Immerlund IML-BA-DC-07 Ed 1 - DC-16 / DC-24", IMMERLUND),
        ("formacera-pm-pillar-candle-moulding-machine.pdf", "Formacera FMC-OM-PM-11 Ed 2 - PM-72 / PM-144", FORMACERA),
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
