"""Generate the PDF manuals of the hundred-and-forty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set145-scratch/venv && /tmp/set145-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set145-scratch/venv/bin/python knowledge/samples/hundredfortyfifth/make_pdfs.py

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



# ---------------------------------------------------------------- Kaltirra TGC wet chlorine gas coolers
KALTIRRA = [
    ("title", "Kaltirra TGC Wet Chlorine Gas Coolers\nOperation and Maintenance Manual - TGC-40 and TGC-65"),
    (
        "p",
        "Document KHT-OM-TGC-03, Edition 2, March 2025. Kaltirra Heat Transfer. The TGC-40 and TGC-65 are "
        "vertical two-section shell-and-tube coolers for the hot, water-saturated chlorine gas leaving a membrane "
        "cell room. The gas flows down inside titanium tubes: the upper (primary) section is cooled by cooling "
        "water, the lower (secondary) section by chilled water. The water condensed from the gas (chlorine water) "
        "drains from the bottom channel through a liquid seal to the site's chlorine water tank. Apart from the "
        "throughput, the heat transfer areas, the number of tubes, the nozzle sizes, the water flows and the other "
        "items named in this manual, the two models are built alike. The chilled water unit, the cooling water "
        "system, the pressure control of the cell room chlorine header and the treatment of the chlorine water are "
        "not part of Kaltirra's supply; they are covered by their own documents and by the site.",
    ),
    (
        "warn",
        "WARNING: Titanium burns in dry chlorine. The cooler must only ever carry wet chlorine gas from the cells. "
        "Never install it downstream of the drying towers, and never blow it through with dry chlorine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TGC-40", "TGC-65"],
            [
                "Rated chlorine throughput (gas inlet 88 °C, saturated with water vapour, cooling water 28 °C, "
                "chilled water 8 °C)",
                "40 t/d (1670 kg/h)",
                "65 t/d (2710 kg/h)",
            ],
            ["Gas inlet temperature, design maximum", "95 °C", "95 °C"],
            ["Gas outlet temperature, primary section", "38-45 °C", "38-45 °C"],
            ["Gas outlet temperature, secondary section, setpoint range", "12-15 °C", "12-15 °C"],
            ["Titanium Grade 2 tubes 25 x 1.2 mm, number per section", "204", "323"],
            ["Tube length, primary / secondary section", "3000 mm / 1900 mm", "3000 mm / 1900 mm"],
            ["Heat transfer area, primary / secondary section", "48 m² / 30 m²", "76 m² / 48 m²"],
            ["Cooling water (primary), inlet 28 °C maximum, flow", "95 m³/h", "150 m³/h"],
            ["Chilled water (secondary), inlet 8-10 °C, flow", "12 m³/h", "20 m³/h"],
            ["Gas pressure drop, both sections, clean tubes, rated throughput", "10 mbar", "12 mbar"],
            ["Design pressure, gas side / water side", "-0.1 to 1.0 bar g / 6 bar g", "-0.1 to 1.0 bar g / 6 bar g"],
            ["Design temperature, gas side", "120 °C", "120 °C"],
            ["Gas nozzles, inlet and outlet", "DN 300", "DN 400"],
            ["Chlorine water condensed at rated throughput", "about 0.8 m³/h", "about 1.3 m³/h"],
            ["Condensate seal depth", "400 mm water column", "400 mm water column"],
            ["Mass empty / full of water", "3.4 t / 6.1 t", "4.9 t / 8.8 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated throughput holds only at the conditions in the first row. With cooling water warmer than 28 °C "
        "the throughput at which the primary outlet stays within 38-45 °C falls by about 4 % for each kelvin above "
        "28 °C. Kaltirra gives no rating for cooling water above 32 °C.",
    ),
    (
        "p",
        "The heat taken by a water circuit can be checked from the water side: Q (kW) = water flow (m³/h) x 1.163 x "
        "temperature rise (K). For example 95 m³/h of cooling water warming from 28 °C to 33 °C carries 95 x 1.163 x "
        "5 = 552 kW.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Chlorine is toxic. Wear the site's chlorine escape mask on the cooler platform and a full-face mask with "
            "a B2 filter, or breathing air, for any work that opens the gas side.",
            "Before the gas side is opened, the cell room must be shut down and the cooler purged with air until the "
            "vent reads below 1 ppm chlorine. The purge is part of the site's cell room shutdown procedure.",
            "The cooler channels are confined spaces. Entry only with a permit, gas testing and a standby person.",
            "Keep the water side pressure at least 1 bar above the gas side pressure at all times, so that a leaking "
            "tube lets water into the gas and not chlorine into the water.",
            "Hot work on or near the cooler only with the gas side purged and free of chlorine and hydrogen.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Chlorine hydrate"),
            (
                "p",
                "Chlorine hydrate, a solid, forms on cold surfaces below about 9.6 °C at the cell gas pressure and "
                "blocks the secondary tubes within hours. Keep the secondary gas outlet at 12-15 °C and never set it "
                "below 11 °C. The chilled water inlet must be at least 8 °C: colder water forms hydrate on the tube "
                "walls even when the gas outlet reads warmer.",
            ),
            ("h", "Gas outlet control"),
            (
                "p",
                "The chilled water valve controls the secondary gas outlet, default setpoint 13 °C. Alarm K03 sounds "
                "above 17 °C. Below 11 °C for 2 min the controller raises K04 and drives the chilled water valve to "
                "its minimum opening of 10 %.",
            ),
            ("h", "Pressure drop"),
            (
                "p",
                "The clean pressure drop over both sections at rated throughput is 10 mbar (TGC-40) or 12 mbar "
                "(TGC-65). Salt carried over from the cells builds up on the tube walls. Wash the gas side when the "
                "pressure drop, read at the same throughput, reaches 1.5 times the clean value (K06).",
            ),
            ("h", "Throughput"),
            (
                "p",
                "Between 30 % and 110 % of the rated throughput. Below 30 % the gas outlet control hunts; run the "
                "chilled water valve in manual at 20-30 % opening.",
            ),
            ("h", "Condensate seal"),
            (
                "p",
                "The 400 mm seal holds a pressure difference of up to 35 mbar either way. If the header pressure goes "
                "beyond -35 mbar the seal is sucked empty and air enters the gas (K07). Fill the seal with water "
                "before every start-up.",
            ),
            ("h", "Plugged tubes"),
            (
                "p",
                "No more than 5 % of the tubes of one section may be plugged: 10 tubes on the TGC-40 and 16 tubes on "
                "the TGC-65. With more, the rating cannot be kept and the bundle must be retubed by Kaltirra "
                "service.",
            ),
            ("h", "Water side"),
            (
                "p",
                "Cooling water outlet no hotter than 45 °C. Flow at least 70 % of the rated flow on both circuits "
                "(K10, K11). The water must be free of chlorine: more than 0.2 mg/L free chlorine at the cooling water "
                "outlet means a tube leak (K09).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Gas inlet hot", "Above 95 °C. Cell room temperature too high; inform the cell room operator."],
            [
                "K02",
                "Primary outlet hot",
                "Primary gas outlet above 48 °C: cooling water flow low, water too warm or the water side fouled.",
            ],
            ["K03", "Secondary outlet hot", "Above 17 °C: chilled water flow low or too warm, or tubes fouled."],
            [
                "K04",
                "Secondary outlet cold",
                "Below 11 °C for 2 min: hydrate risk. Chilled water valve driven to its minimum; check the setpoint.",
            ],
            [
                "K05",
                "Chilled water cold",
                "Chilled water inlet below 8 °C. Raise the supply temperature at the chilled water unit (see its "
                "own manual).",
            ],
            ["K06", "Pressure drop high", "1.5 times the clean value: wash the gas side (section 7)."],
            [
                "K07",
                "Seal level low",
                "Condensate seal empty or low: header vacuum beyond -35 mbar, or the seal drain valve left open.",
            ],
            [
                "K09",
                "Chlorine in cooling water",
                "Free chlorine above 0.2 mg/L at the cooling water outlet: tube leak likely (section 9).",
            ],
            ["K10", "Cooling water flow low", "Below 70 % of the rated flow."],
            ["K11", "Chilled water flow low", "Below 70 % of the rated flow."],
            ["K12", "Sensor fault", "A PT100 reads open or short circuit. The controller holds the last valve output."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Secondary gas outlet creeps up over days and the pressure drop rises slowly",
                "Salt deposits from brine mist carried over from the cells",
                "Wash the gas side (section 7); ask the cell room to check the gas-liquid separators",
            ],
            [
                "Pressure drop shoots up within hours while the gas outlet reads cold",
                "Chlorine hydrate in the secondary tubes",
                "Thaw the hydrate (section 8); check the chilled water inlet is at least 8 °C",
            ],
            [
                "Cooling water outlet smells of chlorine, its pH falls",
                "Leaking tube, or water pressure below the gas pressure",
                "Find and plug the tube (section 9); restore the water pressure margin",
            ],
            [
                "Chlorine smell at the chlorine water tank, seal bubbling",
                "Seal level low, or header pressure above +35 mbar",
                "Refill the seal; have the site check the header pressure control",
            ],
            [
                "Knocking in the shell at start-up",
                "Air trapped in the water side",
                "Vent at the shell high points until water flows without air",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the gas side is closed and that all blinds fitted for maintenance have been removed.",
            "Fill the condensate seal with water to its overflow.",
            "Open the cooling water and vent the primary shell at its high point until no air comes out.",
            "Open the chilled water, vent the secondary shell and check that the chilled water inlet is 8-10 °C.",
            "Check that the water side pressure is at least 1 bar above the expected gas pressure.",
            "Put the gas outlet controller in automatic with a setpoint of 13 °C.",
            "Tell the cell room operator that the cooler is ready. Gas is admitted when the cell room starts up.",
            "During the first hour read the gas outlet temperatures and the pressure drop every 15 min and record the "
            "pressure drop as the clean value for this throughput.",
        ],
    ),
    ("h", "7. Washing the gas side"),
    (
        "ol",
        [
            "Agree a washing window with the cell room; the cooler is washed with the cells off and the gas side "
            "purged to below 1 ppm chlorine.",
            "Close the gas inlet and outlet valves and fit the wash spray lance in the top channel nozzle N5.",
            "Leave the condensate seal drain open to the chlorine water tank.",
            "Spray demineralised water at 40-60 °C, 3 m³/h (TGC-40) or 5 m³/h (TGC-65), for 30 min.",
            "Check the conductivity of the drain water: washing is complete when it is below 50 µS/cm.",
            "Drain the channels fully and remove the lance; refit the blind on N5 with a new gasket.",
            "Refill the condensate seal and start up as in section 6. Record the new clean pressure drop.",
        ],
    ),
    ("h", "8. Thawing chlorine hydrate"),
    (
        "ol",
        [
            "Switch the gas outlet controller to manual.",
            "Raise the chilled water supply to 10-12 °C, or close the chilled water valve to 10 %.",
            "Let the gas outlet rise to 18-20 °C; the cell room may keep running at reduced load.",
            "Watch the pressure drop: it falls back as the hydrate melts, normally within 1-2 h.",
            "When the pressure drop is back to the clean value, return the controller to automatic at 13 °C.",
            "Never thaw hydrate with steam or hot water on the outside of the shell.",
        ],
    ),
    ("h", "9. Finding and plugging a leaking tube"),
    (
        "ol",
        [
            "Shut down, purge and open the gas side as in section 2; remove both channel covers of the section.",
            "Keep the shell full of water and raise the water side to 4 bar with the site's test pump.",
            "Inspect the tube ends from the channels: a leaking tube shows water running or dripping out.",
            "Mark the tube and drain the water side.",
            "Drive a Kaltirra titanium taper plug KHT-TP-25 into each end of the tube and seal-weld it only if the "
            "site holds a titanium welding procedure; otherwise the plugs are fitted dry.",
            "Record the tube position on the tube sheet map in the cooler file. Do not exceed the 5 % limit.",
            "Refit the channel covers with new gaskets, tightening the bolts crosswise in three passes.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record the gas temperatures, the water temperatures and the pressure drop"],
            ["Weekly", "Check the condensate seal level; test the cooling water outlet for free chlorine"],
            ["Monthly", "Compare the pressure drop with the clean value at the same throughput"],
            [
                "When the pressure drop reaches 1.5 times the clean value, or every 6 months, whichever comes first",
                "Wash the gas side (section 7)",
            ],
            ["Each planned shutdown, at least every 24 months", "Open the channels, inspect the tube ends and the tube "
             "sheet lining; replace the channel gaskets"],
            ["As set by the site's inspection body", "Periodic inspection of the cooler as a pressure vessel"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TGC-40", "TGC-65"],
            ["Channel cover gasket, PTFE envelope", "KHT-CG-300", "KHT-CG-400"],
            ["Gas nozzle gasket", "KHT-NG-300", "KHT-NG-400"],
            ["Titanium taper tube plug, 25 mm (pack of 10)", "KHT-TP-25", "KHT-TP-25"],
            ["Gas outlet PT100 sensor with thermowell", "KHT-PT-100T", "KHT-PT-100T"],
            ["Condensate seal sight glass", "KHT-SG-50", "KHT-SG-50"],
            ["Wash spray lance", "KHT-WL-40", "KHT-WL-65"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Cryndale CLQ chlorine liquefiers
CRYNDALE = [
    ("title", "Cryndale CLQ Chlorine Liquefiers\nOperating and Service Instructions - CLQ-25 and CLQ-50"),
    (
        "p",
        "Document CRY-OSI-CLQ-07, Edition 1, June 2024. Cryndale Refrigeration. The CLQ-25 and CLQ-50 are "
        "horizontal shell-and-tube condensers for dry, compressed chlorine gas. The chlorine condenses on the "
        "outside of the tubes (shell side); a refrigerated coolant flows inside the tubes. Liquid chlorine drains "
        "from the shell to the site's storage tanks; the gas that does not condense (tail gas: inerts, hydrogen and "
        "some chlorine) leaves through the tail gas pressure control valve to the hypochlorite unit. The two models "
        "differ in capacity, heat transfer area, coolant flow, hold-up and mass; everything else is common. The "
        "refrigerating unit that cools the coolant has its own manual. The compressors and the drying towers "
        "upstream are described in their makers' manuals.",
    ),
    (
        "warn",
        "DANGER: Hydrogen collects in the tail gas as chlorine is liquefied. Hydrogen and chlorine form an explosive "
        "mixture above about 4 % hydrogen by volume. Never run the liquefier with the tail gas hydrogen analyser out "
        "of service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CLQ-25", "CLQ-50"],
            [
                "Liquefaction capacity (gas 3.0 bar g, coolant inlet -20 °C, 95 % liquefaction efficiency)",
                "25 t/d",
                "50 t/d",
            ],
            ["Gas inlet pressure, operating range", "2.5-4.0 bar g", "2.5-4.0 bar g"],
            ["Gas inlet temperature, maximum", "40 °C", "40 °C"],
            ["Moisture in the feed gas, maximum", "20 ppm by weight", "20 ppm by weight"],
            ["Heat transfer area", "62 m²", "118 m²"],
            ["Refrigeration duty", "95 kW", "190 kW"],
            ["Coolant (potassium formate solution), inlet -20 °C, flow", "22 m³/h", "44 m³/h"],
            ["Liquid chlorine outlet temperature", "-10 to -5 °C", "-10 to -5 °C"],
            ["Liquid chlorine hold-up in the shell, normal level", "180 kg", "340 kg"],
            ["Design pressure, shell / tubes", "16 bar g / 10 bar g", "16 bar g / 10 bar g"],
            ["Design temperature", "-40 to +60 °C", "-40 to +60 °C"],
            ["Shell and tubes", "carbon steel, impact tested at -40 °C", "carbon steel, impact tested at -40 °C"],
            ["Safety valves (two, with changeover)", "set 16 bar g", "set 16 bar g"],
            ["Mass empty", "4.2 t", "7.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacity holds only at the conditions given in the first row. A lower gas pressure or a warmer coolant "
        "reduces it; Cryndale gives no capacity figures for other conditions, and the selection for other duties is "
        "done by Cryndale's application engineers.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only dry chlorine may enter the liquefier. Wet chlorine corrodes carbon steel fast and forms ice and "
            "hydrate in the shell.",
            "The safety valves discharge to the hypochlorite unit. Never blind off the discharge line.",
            "Liquid chlorine trapped between two closed valves expands strongly when it warms and can burst the pipe. "
            "Never close two valves on a line full of liquid without an expansion chamber or a relief path.",
            "The liquefier is not designed to remove nitrogen trichloride (NCl3). The limits for NCl3 in the liquid "
            "chlorine and the control of ammonium in the brine are the site's.",
            "Work on the shell side only after the liquefier has been emptied and purged as in section 8.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tail gas hydrogen"),
            (
                "p",
                "The tail gas analyser measures hydrogen continuously. Warning L05 at 3.0 % by volume; at 3.5 % the "
                "liquefier trips (L06): the coolant valve closes and the chlorine leaves as tail gas to the "
                "hypochlorite unit. The hydrogen in the tail gas can be estimated from the feed analysis:",
            ),
            (
                "p",
                "tail gas (% of feed volume) = chlorine in the feed (%) x (1 - efficiency / 100) + hydrogen (%) + "
                "other inerts (%); hydrogen in the tail gas (%) = hydrogen in the feed (%) / tail gas (% of feed "
                "volume) x 100.",
            ),
            (
                "p",
                "Example: feed 97.0 % chlorine, 0.1 % hydrogen and 2.9 % other inerts, 95 % liquefied: tail gas = "
                "97.0 x 0.05 + 0.1 + 2.9 = 7.85 % of the feed; hydrogen in the tail gas = 0.1 / 7.85 x 100 = 1.3 %.",
            ),
            ("h", "Liquefaction efficiency"),
            (
                "p",
                "Liquefaction efficiency (%) = liquid chlorine produced (kg/h) / chlorine in the feed (kg/h) x 100. "
                "It is set by the coolant temperature. Lower the efficiency by raising the coolant setpoint in steps "
                "of 1 K, no faster than one step every 10 min.",
            ),
            ("h", "Feed gas moisture"),
            (
                "p",
                "No more than 20 ppm by weight. Above 50 ppm the moisture alarm L08 is raised; above 100 ppm for "
                "15 min the feed valve closes. The dryness of the gas is the job of the drying towers (see their "
                "manual).",
            ),
            ("h", "Coolant"),
            (
                "p",
                "Coolant inlet -20 °C at design, settable -28 to -10 °C. Never colder than -35 °C (L11): the steel "
                "is impact tested at -40 °C. Coolant freezing point at least 10 K below the lowest coolant "
                "temperature; check it monthly with the refractometer.",
            ),
            ("h", "Cooling down and warming up"),
            (
                "p",
                "Cool the shell down and warm it up no faster than 20 K per hour. The liquid level is controlled at "
                "30-50 % of the gauge glass; L09 above 70 %.",
            ),
            ("h", "Load range"),
            ("p", "40-105 % of the rated capacity. Below 40 % the level control becomes unstable."),
        ],
    ),
    ("h", "4. Alarm and trip codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Gas pressure high", "Above 4.5 bar g: tail gas valve not opening, or coolant too warm."],
            ["L02", "Gas pressure low", "Below 2.2 bar g: compressor unloaded or a feed valve throttled."],
            ["L03", "Coolant warm", "Coolant inlet above -15 °C: refrigerating unit fault (see its manual)."],
            ["L04", "Coolant flow low", "Below 60 % of the rated flow: coolant pump, strainer or valve."],
            [
                "L05",
                "Tail gas H2 warning",
                "3.0 % by volume. Raise the coolant setpoint to lower the liquefaction efficiency (section 7).",
            ],
            [
                "L06",
                "Tail gas H2 trip",
                "3.5 % by volume. Coolant valve closes; gas goes on as tail gas. Find the cause before a restart.",
            ],
            ["L08", "Feed gas moisture high", "Above 50 ppm; feed closes above 100 ppm for 15 min."],
            ["L09", "Liquid level high", "Above 70 %: liquid outlet valve, or back pressure from the storage tank."],
            ["L10", "Liquid level low", "Below 10 %: gas may pass to the liquid line."],
            ["L11", "Coolant too cold", "Coolant inlet below -35 °C. The coolant valve closes."],
            [
                "L12",
                "Analyser fault",
                "H2 analyser self-test failed or sample flow low. The liquefier runs on for 30 min, then trips as "
                "L06.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Liquid output falls while the shell pressure climbs",
                "Inerts collecting in the shell: tail gas valve stuck or set too high",
                "Check the tail gas valve and its setpoint; check the coolant temperature",
            ],
            [
                "Frost or ice on the feed line, L08",
                "Moisture in the feed gas",
                "Have the drying towers checked (acid strength and flow); keep the feed closed above 100 ppm",
            ],
            [
                "Tail gas hydrogen rising with a steady feed",
                "Liquefaction efficiency too high: coolant colder than needed",
                "Raise the coolant setpoint in 1 K steps (section 7)",
            ],
            [
                "Coolant expansion tank pressure rising, smell of chlorine at its vent",
                "Tube leak: chlorine passing into the coolant",
                "Trip the liquefier, isolate the coolant circuit and call Cryndale service",
            ],
            [
                "Liquid level swinging, L09 and L10 in turn",
                "Liquid outlet valve hunting, or storage tank back pressure changing",
                "Tune the level loop; check the storage tank pressure",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up after a shutdown"),
    (
        "ol",
        [
            "Check that the tail gas H2 analyser has passed its daily check (section 9) and shows a reading.",
            "Start the coolant pump and the refrigerating unit with the coolant setpoint at -10 °C.",
            "Cool the shell down at no more than 20 K per hour until the shell reads below 0 °C.",
            "Open the tail gas valve in automatic with its pressure setpoint at 3.0 bar g.",
            "Open the feed gas valve slowly while the compressors load.",
            "When liquid shows in the gauge glass, put the level control in automatic at 40 %.",
            "Lower the coolant setpoint in 1 K steps, one every 10 min, to -20 °C while watching the tail gas "
            "hydrogen.",
            "Check that the liquid outlet temperature settles at -10 to -5 °C.",
        ],
    ),
    ("h", "7. Lowering the liquefaction efficiency"),
    (
        "ol",
        [
            "Read the tail gas hydrogen and the feed gas analysis.",
            "Estimate the efficiency at which the tail gas stays below 2.5 % hydrogen with the formula in section 3.",
            "Raise the coolant setpoint by 1 K.",
            "Wait 10 min and read the tail gas hydrogen again.",
            "Repeat until the tail gas hydrogen is below 2.5 %.",
            "Tell the hypochlorite unit operator: more chlorine now goes to the tail gas.",
            "Record the new setpoint and the reason in the shift log.",
        ],
    ),
    ("h", "8. Emptying and purging for maintenance"),
    (
        "ol",
        [
            "Close the feed gas valve and let the level control run the liquid out to storage.",
            "Close the liquid outlet valve when the gauge glass is empty.",
            "Stop the coolant and let the shell warm up at no more than 20 K per hour; the remaining chlorine "
            "evaporates to the tail gas line.",
            "When the shell pressure no longer rises, purge with dry air (dew point -40 °C or drier) to the "
            "hypochlorite unit.",
            "Purge until the vent reads below 1 ppm chlorine.",
            "Fit blinds on the feed, liquid and tail gas nozzles before opening the shell.",
        ],
    ),
    ("h", "9. Checking the tail gas H2 analyser"),
    (
        "ol",
        [
            "Switch the analyser to CHECK; the liquefier keeps running on the last value for up to 30 min.",
            "Connect the zero gas (nitrogen) and wait 3 min: the reading must be 0.0 % ±0.1 %.",
            "Connect the span gas, 2.0 % hydrogen in nitrogen, and wait 3 min: the reading must be 2.0 % ±0.1 %.",
            "If a reading is outside the tolerance, adjust with ZERO or SPAN and repeat the check.",
            "If it cannot be adjusted, leave the analyser in CHECK and call the site's analyser workshop; L12 will "
            "trip the liquefier after 30 min.",
            "Switch back to MEASURE and record the readings.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Zero and span check of the tail gas H2 analyser (section 9)"],
            ["Every shift", "Record pressures, temperatures, level and tail gas hydrogen"],
            ["Monthly", "Check the coolant freezing point with the refractometer"],
            ["Every 12 months", "Have the safety valves tested by the site's approved valve workshop"],
            [
                "Every 3 years or at 25 000 h of operation, whichever comes first",
                "Clean the coolant side of the tubes and pressure test the bundle (Cryndale service)",
            ],
            ["As in the site's pressure equipment inspection plan", "Internal inspection of the shell"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CLQ-25", "CLQ-50"],
            ["Shell cover gasket, spiral wound, chlorine service", "CRY-SG-25", "CRY-SG-50"],
            ["Gauge glass set with frost shield", "CRY-GG-12", "CRY-GG-12"],
            ["Safety valve, 16 bar g, Monel trim", "CRY-SV-16", "CRY-SV-16"],
            ["Tail gas control valve trim", "CRY-TV-25", "CRY-TV-40"],
            ["H2 analyser sample filter", "CRY-AF-02", "CRY-AF-02"],
            ["Span gas 2.0 % H2 in N2, 10 L cylinder", "CRY-CG-H2", "CRY-CG-H2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Graphorn HSU hydrochloric acid synthesis units
GRAPHORN = [
    ("title", "Graphorn HSU Hydrochloric Acid Synthesis Burners\nOperating Manual - HSU-12 and HSU-20"),
    (
        "p",
        "Document GPE-OM-HSU-11, Edition 3, January 2025. Graphorn Process Equipment. The HSU-12 and HSU-20 burn "
        "chlorine in a slight excess of hydrogen to make hydrogen chloride gas, which is absorbed in demineralised "
        "water in the same unit to give hydrochloric acid of 31-33 %. The unit is a vertical column of impregnated "
        "graphite: a silica burner at the bottom, a water-cooled combustion chamber, a falling film absorber and a "
        "small tail gas scrubber on top. The two models differ in capacity, gas and water flows, purge volume, size "
        "and mass; the burner management system, the instruments and the procedures are the same. The tail gas fan "
        "and the emission limits of the vent are the site's; the acid storage and loading are not covered here.",
    ),
    (
        "warn",
        "DANGER: Chlorine and hydrogen form explosive mixtures. Never admit chlorine to the combustion chamber "
        "before the hydrogen flame is proven by the UV flame scanner. Never bypass the purge.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HSU-12", "HSU-20"],
            ["Capacity, as 100 % HCl", "12 t/d (500 kg/h)", "20 t/d (833 kg/h)"],
            ["Acid product at 33 %", "36.4 t/d", "60.6 t/d"],
            ["Chlorine feed at rated capacity (dry or wet, at least 97 % by volume)", "154 Nm³/h", "256 Nm³/h"],
            ["Hydrogen feed at rated capacity, 10 % excess", "169 Nm³/h", "282 Nm³/h"],
            ["Chlorine / hydrogen supply pressure at the unit", "1.0-1.5 / 0.8-1.2 bar g", "1.0-1.5 / 0.8-1.2 bar g"],
            ["Absorber water, demineralised, at most 5 µS/cm", "about 1.0 m³/h", "about 1.7 m³/h"],
            ["Cooling water, inlet 28 °C maximum", "60 m³/h", "95 m³/h"],
            ["Acid outlet temperature", "35-45 °C", "35-45 °C"],
            ["Combustion chamber volume (purge volume)", "1.4 m³", "2.3 m³"],
            ["Rupture disc on the chamber top, graphite", "bursts at 0.6 bar g", "bursts at 0.6 bar g"],
            ["Design pressure, process side / cooling water side", "1 bar g / 6 bar g", "1 bar g / 6 bar g"],
            ["Overall height / mass", "9.2 m / 5.8 t", "10.5 m / 7.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The hydrogen flow follows the chlorine flow through the ratio controller: H2 flow (Nm³/h) = Cl2 flow "
        "(Nm³/h) x (1 + excess / 100). For example, 154 Nm³/h of chlorine with a 10 % excess needs 154 x 1.10 = 169 "
        "Nm³/h of hydrogen. The flows are corrected to 0 °C and 1.013 bar by the flow computer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Hydrochloric acid and hydrogen chloride gas are corrosive. Wear acid-proof gloves, a face shield and "
            "acid-proof clothing for sampling and any work on acid lines.",
            "Keep the area around the rupture disc outlet free: it discharges upwards through the roof.",
            "The burner may be ignited only by persons trained on this unit, with the burner management system in "
            "operation. Never ignite by hand.",
            "After a flame failure, find the cause before any restart. A second flame failure within 1 h needs the "
            "approval of the shift supervisor.",
            "Graphite is brittle. Never strike the column, and never stand on the cooling water connections.",
        ],
    ),
    ("h", "3. Firing limits and settings"),
    (
        "cols",
        [
            ("h", "Purge"),
            (
                "p",
                "Before every ignition the chamber is purged with nitrogen for at least five chamber volumes: 7 m³ "
                "(HSU-12) or 11.5 m³ (HSU-20). At the purge flow of 30 Nm³/h this takes 14 min (HSU-12) or 23 min "
                "(HSU-20). The burner management system counts the purge only while the nitrogen flow is at least "
                "30 Nm³/h (G03).",
            ),
            ("h", "Ignition"),
            (
                "p",
                "Pilot burner on hydrogen and air, ignited by a spark; the pilot must be proven within 10 s. The main "
                "hydrogen opens at 30 % of its rated flow; chlorine follows 15 s after the main flame is proven. "
                "Three failed attempts lock the sequence out (G02).",
            ),
            ("h", "Hydrogen excess"),
            (
                "p",
                "Settable 5-15 %, default 10 %. Below 5 % free chlorine appears in the acid and the tail gas (G06); "
                "above 15 % unburnt hydrogen loads the tail gas (G07). With at least 5 % excess the unit keeps free "
                "chlorine in the acid below 10 mg/kg. Tighter product limits are set by the customer's specification.",
            ),
            ("h", "Load changes"),
            (
                "p",
                "30-110 % of the rated capacity. Change the load no faster than 10 % of the rated capacity per "
                "minute.",
            ),
            ("h", "Acid strength"),
            (
                "p",
                "Set by the absorber water flow. At 20 °C a density of 1.164 g/cm³ is 33 % and 1.154 g/cm³ is 31 %; "
                "each 0.005 g/cm³ is about 1 %. Keep the product at 31-33 %.",
            ),
            ("h", "Trips"),
            (
                "p",
                "On any trip the chlorine valves close first, the hydrogen valves 2 s later, and the nitrogen purge "
                "starts automatically for five chamber volumes.",
            ),
        ],
    ),
    ("h", "4. Burner management codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "G01",
                "Flame failure",
                "UV scanner lost the flame: trip. Check the scanner window and the gas pressures.",
            ],
            [
                "G02",
                "Ignition lockout",
                "Pilot not proven within 10 s, three times. Check the spark plug, the pilot hydrogen and air.",
            ],
            ["G03", "Purge not complete", "Nitrogen flow below 30 Nm³/h or purge interrupted; purge restarts."],
            ["G04", "Chlorine pressure low", "Below 0.8 bar g at the unit: trip."],
            ["G05", "Hydrogen pressure low", "Below 0.6 bar g at the unit: trip."],
            ["G06", "Hydrogen excess low", "Below 5 %: check the flow meters and the ratio setting."],
            ["G07", "Hydrogen excess high", "Above 15 %."],
            ["G08", "Cooling water flow low", "Below 70 % of the rated flow: trip."],
            ["G09", "Cooling water hot", "Cooling water outlet above 45 °C."],
            [
                "G11",
                "Absorber water low",
                "Absorber water flow below 60 % of the value needed for 31 %; the acid gets too strong and HCl "
                "passes to the tail gas.",
            ],
            ["G12", "Rupture disc", "Burst detector wire broken: trip. Replace the disc (section 9)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Yellow-green flame in the sight glass (a good flame is whitish blue)",
                "Chlorine excess: hydrogen flow meter drift or ratio set too low",
                "Check the G06 alarm and the ratio; compare the flow meters with the gas balance",
            ],
            [
                "Acid below 31 % (density below 1.154 g/cm³ at 20 °C)",
                "Too much absorber water, or load reduced without the water following",
                "Lower the absorber water flow; check the ratio to the load",
            ],
            [
                "White fumes at the tail gas vent",
                "HCl passing the absorber: absorber water low (G11) or acid too strong",
                "Restore the absorber water flow; check the tail gas scrubber water",
            ],
            [
                "Acid yellow",
                "Iron from the steel chlorine or hydrogen lines, or free chlorine",
                "Check free chlorine in the acid; inspect the gas line strainers",
            ],
            [
                "Flame lifts or flickers, scanner signal unstable",
                "Hydrogen pressure swinging, or burner nozzle damaged",
                "Check the hydrogen pressure control; inspect the burner at the next shutdown",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cold start"),
    (
        "ol",
        [
            "Start the cooling water and check the flow is at least the rated flow.",
            "Start the absorber water at 50 % of its rated flow and the tail gas scrubber water.",
            "Check the chlorine and hydrogen supply pressures at the unit.",
            "Press PURGE: the nitrogen purge runs for five chamber volumes (14 min HSU-12, 23 min HSU-20).",
            "Press IGNITE: the pilot lights and is proven by the UV scanner.",
            "The main hydrogen opens at 30 % of its rated flow; check the flame in the sight glass.",
            "Chlorine opens 15 s after the main flame is proven; check that the flame turns whitish blue.",
            "Raise the load at no more than 10 % of the rated capacity per minute to the required load.",
            "Adjust the absorber water until the acid density is 1.159-1.164 g/cm³ at 20 °C.",
        ],
    ),
    ("h", "7. Normal shutdown"),
    (
        "ol",
        [
            "Reduce the load to 30 % at no more than 10 % per minute.",
            "Press STOP: chlorine closes first, hydrogen 2 s later, and the nitrogen purge starts.",
            "Keep the absorber water running for 10 min to wash HCl out of the absorber.",
            "Keep the cooling water running for at least 30 min after the flame is out.",
            "Close the manual isolation valves of chlorine and hydrogen and fit the lock on each.",
        ],
    ),
    ("h", "8. Checking the flame scanner"),
    (
        "ol",
        [
            "With the unit running at 30-50 % load, read the scanner signal: at least 60 % on the display.",
            "Press SCANNER TEST: the system simulates a flame loss for 1 s without tripping; the display shows OK.",
            "If the signal is below 60 %, plan a shutdown to clean the quartz scanner window.",
            "To clean the window, shut down as in section 7, remove the scanner and wipe the window with "
            "demineralised water only.",
        ],
    ),
    ("h", "9. Replacing the rupture disc"),
    (
        "ol",
        [
            "Shut down as in section 7 and let the nitrogen purge finish.",
            "Wait until the column is below 40 °C.",
            "Remove the vent pipe above the disc holder and lift out the burst disc and its gaskets.",
            "Clean the holder faces; check them for cracks or chips.",
            "Fit a new graphite disc GPE-RD-06 with new PTFE gaskets, the domed side up.",
            "Tighten the holder bolts crosswise to 25 Nm, no more: graphite discs crack when over-tightened.",
            "Reconnect the burst detector wire and check that G12 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the flame colour, the acid density and the tail gas vent"],
            ["Weekly", "Flame scanner test (section 8); check free chlorine in the acid"],
            ["Monthly", "Calibrate the chlorine and hydrogen flow meters against the gas balance"],
            ["Every 12 months or after a burst, whichever comes first", "Replace the rupture disc (section 9)"],
            ["Every 24 months", "Inspect the burner nozzle and the chamber through the burner opening"],
            ["Cracked or leaking graphite", "Repair by Graphorn service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HSU-12", "HSU-20"],
            ["Silica burner nozzle", "GPE-BN-12", "GPE-BN-20"],
            ["Rupture disc, graphite, 0.6 bar g", "GPE-RD-06", "GPE-RD-06"],
            ["UV flame scanner with quartz window", "GPE-UV-1", "GPE-UV-1"],
            ["Pilot spark plug", "GPE-SP-3", "GPE-SP-3"],
            ["PTFE gasket set, column flanges", "GPE-GS-12", "GPE-GS-20"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Volbrecht SS-25 electrolyser shorting switch
VOLBRECHT = [
    ("title", "Volbrecht SS-25 Electrolyser Shorting Switch\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document VPE-IOM-SS25-02, Edition 2, October 2024. Volbrecht Power Equipment. The SS-25 is a pneumatically "
        "operated shorting switch for one bipolar membrane electrolyser in a series DC circuit. When closed it "
        "carries the line current past the electrolyser, so that the electrolyser can be taken out of the circuit "
        "while the rectifier keeps the other electrolysers running. It is mounted on the busbars beside the "
        "electrolyser and connected between the busbar coming in and the busbar going out. The rectifier, its "
        "current ramps and its protection are described in the rectifier maker's manual; draining, isolating and "
        "opening the electrolyser are described in the electrolyser maker's manual.",
    ),
    (
        "warn",
        "WARNING: Open or close the switch only with the line current reduced to no more than 3 kA. The rectifier "
        "must confirm the reduced current through the interlock; switching at a higher current burns the contact "
        "fingers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SS-25"],
            ["Rated continuous current (ambient up to 45 °C)", "25 kA DC"],
            ["Short-time withstand current, 2 s", "100 kA DC"],
            ["Switching current, closing and opening", "3 kA DC maximum"],
            ["Voltage across the open contacts", "600 V DC maximum"],
            ["Contact resistance, closed, new (measured at 100 A DC)", "no more than 4 micro-ohm"],
            ["Contact system", "48 silver-plated copper finger pairs"],
            ["Drive", "pneumatic cylinder, instrument air 5-7 bar, dew point -20 °C or drier"],
            ["Closing time / opening time", "1.5 s / 1.2 s"],
            ["Mechanical endurance", "2000 operations"],
            ["Busbar connection", "aluminium or copper, 4 bars 300 x 100 mm each side"],
            ["Connection bolts", "M16 stainless A4-80 with disc springs, 170 Nm"],
            ["Insulation test, poles to frame", "2.5 kV AC for 1 min"],
            ["Ambient temperature", "-10 to +55 °C (derated above 45 °C)"],
            ["Control supply", "24 V DC, 2 A"],
            ["Mass", "420 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "Above an ambient temperature of 45 °C the continuous current is reduced by 1.5 % for each kelvin, up to "
        "55 °C. The heat developed in the closed contacts is: power loss (W) = current (A) x current (A) x contact "
        "resistance (ohm). For example 25 000 A through 4 micro-ohm (0.000 004 ohm) gives 25 000 x 25 000 x "
        "0.000 004 = 2500 W.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The busbars carry direct current and strong magnetic fields. People with pacemakers or other implants "
            "keep out of the cell room. Remove watches, keys and magnetic tools before working near the busbars.",
            "The voltage of the electrolyser to earth can be several hundred volts. Use only insulated tools and "
            "stand on the insulating mats provided by the site.",
            "Work on the switch contacts only with the rectifier off, locked and earthed according to the site's "
            "switching and permit-to-work procedure.",
            "The air cylinder stores energy. Exhaust the air and lock the air valve before putting hands between the "
            "fingers.",
            "Brine or caustic dripping from the electrolyser onto the switch insulators can cause tracking. Clean "
            "and dry the insulators before switching.",
        ],
    ),
    ("h", "3. Switching limits and settings"),
    (
        "cols",
        [
            ("h", "Switching current"),
            (
                "p",
                "The controller accepts an OPEN or CLOSE command only while the rectifier signal CURRENT REDUCED is "
                "on, which the rectifier gives at 3 kA or less. With the signal off the command is refused (A05).",
            ),
            ("h", "Key interlock"),
            (
                "p",
                "The interlock key is released by the rectifier panel once the current is reduced. The switch "
                "operates only with the key inserted (A10). The key cannot be removed while the switch is moving.",
            ),
            ("h", "Contact temperature"),
            (
                "p",
                "Four PT100 sensors sit in the contact block. Warning A07 above 90 °C; above 105 °C A08 asks the "
                "rectifier to lower the current by 10 %. In normal service the block runs at 50-75 °C at full "
                "current.",
            ),
            ("h", "Voltage across the closed switch"),
            (
                "p",
                "With the switch closed and the current above 10 kA the voltage across it should be below 0.15 V. "
                "Above 0.3 V the fingers are not all making contact (A09).",
            ),
            ("h", "Air supply"),
            (
                "p",
                "5-7 bar at the switch. Below 4.5 bar A01 blocks switching. The air receiver holds enough air for one "
                "close and one open operation after the supply fails.",
            ),
            ("h", "Thermography"),
            (
                "p",
                "With the current at 20 kA or more, a bolted joint should be no more than 15 K warmer than the busbar "
                "1 m away. A difference above 15 K calls for the joint to be opened, cleaned and retightened at the "
                "next shutdown; above 30 K reduce the current and do it at once.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Air pressure low", "Below 4.5 bar at the switch: switching blocked. Check the supply and filter."],
            [
                "A02",
                "Not closed",
                "CLOSED limit switch not reached within 3 s: air pressure, cylinder seals, jammed linkage.",
            ],
            ["A03", "Not opened", "OPEN limit switch not reached within 3 s."],
            ["A04", "Position discrepancy", "OPEN and CLOSED limit switches disagree, or both on."],
            ["A05", "Current too high", "Command refused: the rectifier has not confirmed 3 kA or less."],
            ["A07", "Contact temperature high", "Above 90 °C: measure the contact resistance at the next shutdown."],
            [
                "A08",
                "Contact temperature very high",
                "Above 105 °C: current reduction by 10 % requested from the rectifier.",
            ],
            ["A09", "Contacts not made", "Above 0.3 V across the closed switch at more than 10 kA."],
            ["A10", "Key missing", "Interlock key not inserted."],
            ["A11", "Control supply", "24 V DC below 20 V or missing."],
            ["A12", "Operations", "2000 operations reached: replace the finger set."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Contact block temperature creeping up over weeks at the same current",
                "Contact resistance rising: oxidised fingers or loose busbar bolts",
                "Measure the contact resistance (section 8); retighten the bolts to 170 Nm",
            ],
            [
                "Switch closes but the electrolyser voltage does not fall to near zero",
                "Fingers not making contact, or the switch is on the wrong electrolyser",
                "Check A09 and the position flag; check the busbar labels",
            ],
            [
                "Switch moves slowly, A02 or A03",
                "Low air pressure, worn cylinder seals, dry linkage",
                "Check 5-7 bar at the switch; grease the linkage; replace the seal kit",
            ],
            [
                "Burn marks and pitting on the finger tips",
                "Switched at more than 3 kA, or interlock bypassed",
                "Replace the affected fingers (section 9); check the interlock",
            ],
            [
                "White crust on the insulators",
                "Brine dripping from the electrolyser above",
                "Clean with demineralised water, dry, and have the electrolyser leak repaired",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Taking an electrolyser out of the circuit"),
    (
        "ol",
        [
            "Agree the operation with the cell room supervisor and the rectifier operator.",
            "Have the rectifier ramp the line current down to 3 kA or less.",
            "Take the interlock key from the rectifier panel and insert it in the switch control box.",
            "Check the air pressure (5-7 bar) and that the insulators are clean and dry.",
            "Press CLOSE. The switch closes in about 1.5 s; the CLOSED lamp lights and the flag shows red.",
            "Check that the voltage across the electrolyser has fallen below 1 V.",
            "Return the key; the rectifier ramps the current back up to the required value.",
            "At more than 10 kA check that the voltage across the switch stays below 0.15 V.",
            "The electrolyser can now be drained and isolated as in its maker's manual.",
        ],
    ),
    ("h", "7. Returning an electrolyser to the circuit"),
    (
        "ol",
        [
            "Check with the cell room supervisor that the electrolyser is filled and ready for current as in its "
            "maker's manual.",
            "Have the rectifier ramp the line current down to 3 kA or less.",
            "Insert the interlock key and press OPEN. The switch opens in about 1.2 s.",
            "Check that the electrolyser now carries the current and its voltage rises.",
            "Return the key; the rectifier ramps the current up.",
        ],
    ),
    ("h", "8. Measuring the contact resistance"),
    (
        "ol",
        [
            "With the rectifier off, locked and earthed, close the switch.",
            "Connect a micro-ohmmeter with a 100 A DC test current across the switch, the current leads on the "
            "busbar stubs and the voltage leads on the contact block terminals T1 and T2.",
            "Read the resistance. New switches read 2.5-4 micro-ohm.",
            "Up to 6 micro-ohm: clean the fingers with a lint-free cloth and Volbrecht contact grease VG-2 at the next "
            "shutdown. Above 6 micro-ohm: replace the finger set (section 9).",
            "Record the value in the switch log with the date and the operation count.",
        ],
    ),
    ("h", "9. Replacing the finger set"),
    (
        "ol",
        [
            "Isolate as in section 8 and open the switch; exhaust the air and lock the air valve.",
            "Remove the contact block cover (eight M10 bolts).",
            "Remove the finger retaining bars and lift out the fingers and springs in pairs.",
            "Clean the contact surfaces of the fixed bar with a lint-free cloth; never use abrasive paper on "
            "silver plating.",
            "Fit the new fingers and springs from set VPE-FS-25; apply a thin film of grease VG-2.",
            "Refit the retaining bars and tighten to 40 Nm.",
            "Operate the switch five times with air and no current, then measure the contact resistance: no more "
            "than 4 micro-ohm.",
            "Reset the operation counter (A12 clears).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Thermography of the bolted joints at 20 kA or more (section 3)"],
            ["Every 6 months", "Clean the insulators; drain the air filter"],
            [
                "Every 12 months or 500 operations, whichever comes first",
                "Measure the contact resistance (section 8); grease the fingers and the linkage",
            ],
            ["2000 operations (A12), or above 6 micro-ohm", "Replace the finger set (section 9)"],
            ["Every 5 years", "Replace the cylinder seals (seal kit VPE-CS-80)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Finger set, 48 pairs with springs", "VPE-FS-25"],
            ["Contact grease VG-2, 500 g", "VPE-VG-2"],
            ["Cylinder seal kit", "VPE-CS-80"],
            ["PT100 sensor for the contact block", "VPE-PT-4"],
            ["Limit switch set (OPEN, CLOSED)", "VPE-LS-2"],
            ["Interlock key and lock", "VPE-KL-1"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kaltirra-tgc-chlorine-gas-cooler.pdf", "Kaltirra KHT-OM-TGC-03 Ed 2 - TGC-40 / TGC-65", KALTIRRA),
        ("cryndale-clq-chlorine-liquefier.pdf", "Cryndale CRY-OSI-CLQ-07 Ed 1 - CLQ-25 / CLQ-50", CRYNDALE),
        (
            "graphorn-hsu-hydrochloric-acid-synthesis-burner.pdf",
            "Graphorn GPE-OM-HSU-11 Ed 3 - HSU-12 / HSU-20",
            GRAPHORN,
        ),
        ("volbrecht-ss-electrolyser-shorting-switch.pdf", "Volbrecht VPE-IOM-SS25-02 Ed 2 - SS-25", VOLBRECHT),
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
