"""Generate the PDF manuals of the hundred-and-fiftieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set150-scratch/venv && /tmp/set150-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set150-scratch/venv/bin/python knowledge/samples/hundredfiftieth/make_pdfs.py

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


# ---------------------------------------------------------------- Haverstrom KC gypsum kettle calciners
HAVERSTROM = [
    ("title", "Haverstrom KC Gypsum Kettle Calciners\nOperation and Maintenance - KC-18 and KC-24"),
    (
        "p",
        "Document HVS-OM-KC-04, Edition 3, March 2025. Haverstrom Thermal Process. The KC-18 and KC-24 are "
        "continuous kettle calciners that turn ground gypsum (landplaster) into stucco, calcium sulphate "
        "hemihydrate, for wallboard. Landplaster is fed into the top of a vertical steel kettle, kept moving by a "
        "bottom agitator with sweep arms and heated through the dished kettle bottom and through horizontal fire "
        "tubes by a gas burner firing into the combustion chamber below. Stucco leaves continuously over the "
        "overflow pipe into the hot pit. The two models differ in size, burner rating, agitator drive and the items "
        "named in this manual; otherwise they are built alike. The burner and its gas train are covered by the "
        "burner maker's own manual, the vapour and dust filter and its fan by the filter manual. The values in this "
        "manual are for natural gypsum of at least 90 % purity. For FGD (synthetic) gypsum, ask Haverstrom for the "
        "settings: they are not given here.",
    ),
    (
        "warn",
        "WARNING: Hot stucco at 150 °C flows like a liquid and causes severe burns. Never open an inspection door "
        "or the hot pit cover while the kettle is full or the agitator runs. Entry into the kettle, the combustion "
        "chamber or the hot pit needs the site's confined space permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KC-18", "KC-24"],
            ["Kettle inner diameter", "3.0 m", "3.6 m"],
            ["Working volume up to the overflow pipe", "18 m³", "24 m³"],
            [
                "Stucco output, continuous (natural gypsum of 93 % purity, free moisture of the feed below 1 %)",
                "11 t/h",
                "15 t/h",
            ],
            ["Landplaster feed at rated output", "13.1 t/h", "17.9 t/h"],
            ["Burner rating, natural gas", "5.2 MW", "7.0 MW"],
            ["Horizontal fire tubes", "4", "6"],
            ["Agitator motor, 400 V 3~ 50 Hz", "75 kW", "110 kW"],
            ["Agitator speed", "22 rpm", "18 rpm"],
            ["Agitator gearbox oil, ISO VG 320 synthetic gear oil", "180 L", "260 L"],
            ["Kettle bottom plate thickness, new", "38 mm", "45 mm"],
            ["Kettle bottom plate, minimum thickness (replace below)", "28 mm", "33 mm"],
            ["Hot pit volume", "10 m³", "14 m³"],
            ["Vapour off-take to the filter, design flow at 120 °C", "9000 m³/h", "12000 m³/h"],
            ["Mass, empty", "62 t", "88 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The stucco output holds only for natural gypsum of 93 % purity ground as stated in section 3, with a free "
        "moisture of the feed below 1 % and a product temperature of 152-155 °C. Wetter feed lowers the output: "
        "allow about 4 % less output for each 1 % of free moisture above 1 %. Landplaster of lower purity gives "
        "more stucco per tonne of feed but stucco of lower strength; the plant's quality laboratory decides what "
        "purity is accepted.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this calciner and on the burner may start it, change settings or clear "
            "faults.",
            "Lock out the agitator drive, the feed screw and the burner, and close the manual gas valve, before any "
            "work on or inside the kettle.",
            "Let the kettle cool to below 50 °C before entering it, and empty the hot pit first. The atmosphere in "
            "the combustion chamber must be tested before entry.",
            "Wear a heat-resistant face shield, gloves and a long-sleeved jacket when taking stucco samples at the "
            "sample port.",
            "The vapour leaving the kettle is nearly saturated: keep the off-take duct insulated and never cool it "
            "with water.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Product temperature"),
            (
                "p",
                "In continuous operation the stucco temperature at the overflow is held at 152-155 °C by the burner "
                "controller. Do not set it outside 148-158 °C. Below 148 °C some gypsum stays uncalcined; above "
                "158 °C soluble anhydrite forms. K07 stops the burner at 165 °C; K09 warns when the temperature "
                "stays below 140 °C for 5 min in continuous operation.",
            ),
            ("h", "Feed rate"),
            (
                "p",
                "Landplaster feed (t/h) = stucco output (t/h) x 1.19. Example: for 11 t/h of stucco, 11 x 1.19 = "
                "13.1 t/h of landplaster. Change the feed rate by no more than 10 % in any 10 min. Landplaster must "
                "be at least 90 % finer than 150 µm, with nothing coarser than 2 mm.",
            ),
            ("h", "Heating up"),
            (
                "p",
                "After a standstill of more than 72 h, heat the refractory of the combustion chamber at no more than "
                "50 °C per hour up to 600 °C. After shorter stops the burner may go to full fire as soon as the "
                "agitator runs.",
            ),
            ("h", "Combustion"),
            (
                "p",
                "Combustion chamber temperature no more than 1150 °C. Flue gas leaving the fire tubes: alarm K10 "
                "above 480 °C. Oxygen in the flue gas 3-5 % by volume, dry. The burner settings themselves (gas "
                "pressure, air ratio, flame monitoring) are in the burner maker's manual.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "The agitator must run whenever there is material in the kettle and the burner is on. Normal motor "
                "current at rated output is 95-120 A (KC-18) or 140-170 A (KC-24). K05 trips the agitator at 110 % "
                "of the motor rated current held for 10 s.",
            ),
            ("h", "Kettle draft"),
            (
                "p",
                "The space above the material must stay at a slight negative pressure, between -0.5 and -2.0 mbar. "
                "Dust coming out at the feed chute or the doors means the draft is too low.",
            ),
            ("h", "Combined water"),
            (
                "p",
                "Stucco from natural gypsum of 93 % purity: combined water 5.8 % ±0.2 %. Higher values mean "
                "undercalcined stucco, lower values overcalcined stucco. The method is in section 7.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Flame failure", "Burner flame lost. See the burner manual; the agitator keeps running."],
            ["K02", "Combustion air low", "Air pressure switch open: fan stopped, filter blocked or damper closed."],
            ["K03", "Gas pressure low", "Below the gas train minimum. Check the supply and the manual valve."],
            ["K04", "Gas pressure high", "Above the gas train maximum. Have the regulator checked by the gas fitter."],
            [
                "K05",
                "Agitator overload",
                "Motor current above 110 % for 10 s: feed too fast, crust broken off the wall, or kettle overfilled. "
                "Reduce the feed; do not restart with the burner on until the cause is known.",
            ],
            ["K06", "Agitator stopped", "Speed monitor: no pulses for 5 s. Burner and feed stop at once."],
            ["K07", "Product temperature high", "165 °C at the overflow. Burner stops; feed continues."],
            [
                "K09",
                "Product temperature low",
                "Below 140 °C for 5 min in continuous operation. Feed too high or too wet.",
            ],
            ["K10", "Flue gas temperature high", "Above 480 °C: fire tubes crusted or sooted, or overfiring."],
            ["K11", "Kettle level high", "Radar level above the overflow by 300 mm: overflow pipe blocked."],
            ["K12", "Feed screw stopped", "Feed screw overload or speed monitor. Burner goes to low fire."],
            ["K13", "Filter fan stopped", "Interlock from the filter. Burner and feed stop."],
            ["K14", "Gearbox oil hot", "Agitator gearbox oil above 85 °C. Check the oil level and the cooler."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Stucco sets too fast at the board line, combined water above 6.0 %",
                "Undercalcined: product temperature too low or feed too high",
                "Raise the product temperature setpoint by 2 °C or reduce the feed by 5 %",
            ],
            [
                "Stucco needs more water, combined water below 5.6 %",
                "Overcalcined: product temperature too high, soluble anhydrite",
                "Lower the setpoint by 2 °C; check the temperature sensor at the overflow",
            ],
            [
                "Kettle surges and boils over at the overflow",
                "Feed interrupted and restarted at full rate, or a wet slug of feed",
                "Restart the feed at 50 % and raise it by 10 % every 10 min",
            ],
            [
                "Agitator current creeping up over weeks at the same output",
                "Crust building on the kettle wall or the fire tubes",
                "Plan a cool-down and inspection; remove the crust",
            ],
            [
                "Flue gas temperature rising at the same output",
                "Crust or soot on the fire tubes",
                "Clean the fire tubes at the next stop",
            ],
            [
                "Dust at the feed chute and doors",
                "Draft too low: filter fan, filter bags or damper",
                "Check the draft (-0.5 to -2.0 mbar); see the filter manual",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up the calciner"),
    (
        "ol",
        [
            "Check that the hot pit discharge is running and that the hot pit is no more than half full.",
            "Check the agitator gearbox oil level at the sight glass.",
            "Start the filter fan and check the kettle draft: -0.5 to -2.0 mbar.",
            "Start the agitator with the kettle empty or filled with stucco from the last run; never start the "
            "burner before the agitator runs.",
            "Start the burner in low fire. After a standstill of more than 72 h, follow the heating rate of "
            "section 3.",
            "When the kettle contents reach 120 °C, start the landplaster feed at 30 % of the rated feed.",
            "When the overflow temperature reaches 145 °C, raise the feed in steps of no more than 10 % every 10 min "
            "up to the rated feed.",
            "Switch the burner controller to AUTO with the product temperature setpoint at 152-155 °C.",
            "After 1 h at steady output, take a stucco sample and measure the combined water (section 7).",
        ],
    ),
    ("h", "7. Measuring the combined water"),
    (
        "ol",
        [
            "Take about 200 g of stucco at the sample port into a closed metal can and let it cool to room "
            "temperature in the closed can.",
            "Dry an empty porcelain dish at 230 °C and weigh it when cool.",
            "Weigh 50.00 g of stucco into the dish (m1).",
            "Heat the dish in the oven at 230 °C for 2 h.",
            "Let it cool in a desiccator for 30 min and weigh the stucco again (m2).",
            "Combined water (%) = (m1 - m2) / m1 x 100. Example: 50.00 g before and 47.10 g after gives "
            "2.90 / 50.00 x 100 = 5.8 %.",
            "Compare the result with 5.8 % ±0.2 % and correct the product temperature as in section 5.",
        ],
    ),
    ("h", "8. Checking the kettle bottom thickness"),
    (
        "ol",
        [
            "Stop the feed, run the kettle empty, and stop the burner. Keep the agitator running until the "
            "contents have left the kettle.",
            "Lock out the agitator, the feed screw and the burner and close the manual gas valve.",
            "Let the kettle cool to below 50 °C and get the site's confined space permit.",
            "Remove the stucco left on the bottom and brush the bottom plate clean at the 12 marked points.",
            "Measure the plate thickness at each point with an ultrasonic thickness gauge.",
            "Record the readings in the kettle log. The bottom must be replaced when any reading is below 28 mm "
            "(KC-18) or 33 mm (KC-24); order the replacement from Haverstrom service when a reading is within "
            "3 mm of that limit.",
            "Check the sweep arm tips: the gap to the bottom must be 10-15 mm.",
        ],
    ),
    ("h", "9. Controlled shutdown"),
    (
        "ol",
        [
            "Stop the landplaster feed.",
            "Keep the burner in AUTO until the overflow stops, then stop the burner.",
            "Keep the agitator and the filter fan running for at least 30 min after the burner has stopped.",
            "For a stop of more than 24 h, run the kettle empty through the bottom dump valve into the hot pit "
            "before stopping the agitator.",
            "After a power failure with a full kettle, do not start the agitator under a full load: empty the "
            "kettle through the bottom dump valve first, then start the agitator.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the agitator current, the draft and the product temperature trend"],
            ["Weekly", "Check the gearbox oil level; clean the overflow pipe and the sample port"],
            ["Every 2000 h or 3 months, whichever comes first", "Take a gearbox oil sample for analysis"],
            ["Every 8000 h or 12 months, whichever comes first", "Change the gearbox oil (180 L or 260 L)"],
            ["Every 12 months", "Kettle bottom thickness check (section 8); clean the fire tubes"],
            ["Every 12 months", "Burner service by the burner maker or its appointed service company"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KC-18", "KC-24"],
            ["Sweep arm with wear tips", "HVS-SA-180", "HVS-SA-240"],
            ["Wear tip set", "HVS-WT-180", "HVS-WT-240"],
            ["Product temperature sensor Pt100, 600 mm", "HVS-TS-600", "HVS-TS-600"],
            ["Agitator shaft seal kit", "HVS-SK-180", "HVS-SK-240"],
            ["Inspection door gasket", "HVS-DG-01", "HVS-DG-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ostervind FIM-30 flash calcining impact mill
OSTERVIND = [
    ("title", "Ostervind FIM-30 Flash Calcining Impact Mill\nOperating and Maintenance Manual"),
    (
        "p",
        "Document OSV-OM-FIM-07, Edition 1, June 2024. Ostervind Milling Systems. The FIM-30 grinds, dries and "
        "calcines natural gypsum in one pass. Crushed gypsum is fed into the mill housing, where a horizontal-shaft "
        "rotor with 24 beater plates throws it against the liner plates. Hot gas from a separate hot gas generator "
        "enters below the rotor, dries and calcines the particles in suspension and carries them up through the "
        "dynamic classifier, which returns the coarse particles to the rotor. The stucco leaves with the gas and is "
        "separated in the product filter. The degree of calcination is controlled through the mill outlet "
        "temperature. The hot gas generator, the product filter, the main fan and the feeder come with their own "
        "manuals and are not covered here.",
    ),
    (
        "warn",
        "WARNING: The rotor runs on for several minutes after the motor is switched off. Never open an inspection "
        "door before the rotor has stopped, the main motor is locked out and the mill has cooled to below 60 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FIM-30"],
            ["Rotor tip circle diameter", "1600 mm"],
            ["Rotor speed (variable frequency drive)", "900-1200 rpm"],
            ["Tip speed at 1200 rpm", "100 m/s"],
            ["Beater plates", "24 (6 rows of 4)"],
            ["Main motor", "315 kW, 690 V, 50 Hz"],
            ["Classifier wheel", "1250 mm, 80-250 rpm, 37 kW motor"],
            [
                "Stucco output (natural gypsum, free moisture of the feed up to 8 %, feed size 0-30 mm)",
                "up to 30 t/h",
            ],
            ["Feed size", "0-30 mm"],
            ["Free moisture of the feed", "up to 8 %; up to 12 % at reduced output"],
            ["Hot gas temperature at the mill inlet", "450-600 °C, trip at 650 °C"],
            ["Mill outlet temperature (calcination setpoint)", "145-160 °C"],
            ["Gas flow at the mill outlet, actual at 150 °C", "65000 m³/h"],
            ["Mill pressure drop, inlet to outlet", "25-40 mbar"],
            ["Product fineness, residue on the 90 µm sieve (set by the classifier speed)", "2-15 %"],
            ["Main bearings", "2 spherical roller bearings, grease OG-2 (lithium complex, NLGI 2)"],
            ["Bearing temperature", "alarm 85 °C, trip 95 °C"],
            ["Vibration at the bearing housings (RMS)", "alarm 7.1 mm/s, trip 11.0 mm/s"],
            ["Mass of the mill without motor", "28 t"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The output of 30 t/h holds only for natural gypsum with a free moisture of up to 8 % and a hot gas inlet "
        "temperature of 600 °C. Between 8 % and 12 % free moisture the output falls by about 2 t/h for each "
        "further 1 % of moisture. Output figures for FGD gypsum, phosphogypsum or blends are given by Ostervind on "
        "request for the actual material.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the main motor, the classifier drive and the feeder, and close the hot gas damper, before "
            "opening any door.",
            "The rotor must be blocked with the rotor lock pin before anyone reaches into the housing.",
            "Hot stucco deposits inside the housing can stay above 100 °C for hours after a stop.",
            "Never run the mill with an inspection door open or a door switch bridged.",
            "Wear hearing protection near the running mill: the sound pressure at 1 m is about 92 dB(A).",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tip speed"),
            (
                "p",
                "Tip speed (m/s) = 3.14 x tip circle diameter (m) x rotor speed (rpm) / 60. Example: 3.14 x 1.6 x "
                "1050 / 60 = 88 m/s. Never run the rotor above 1200 rpm (100 m/s). Higher tip speed gives a finer "
                "product and more wear.",
            ),
            ("h", "Outlet temperature"),
            (
                "p",
                "The outlet temperature setpoint sets the degree of calcination. Start with 150 °C for natural "
                "gypsum and change it in steps of no more than 2 °C, waiting 20 min between steps. The target "
                "combined water of the stucco is set by the plant's quality laboratory, not by this manual.",
            ),
            ("h", "Hot gas"),
            (
                "p",
                "The hot gas generator raises or lowers the inlet temperature to hold the outlet setpoint. An inlet "
                "temperature above 600 °C for 5 min raises A03: the mill is overfed or the feed is too wet. At "
                "650 °C the hot gas generator and the feeder trip (A04).",
            ),
            ("h", "Feed"),
            (
                "p",
                "Start the feed only when the outlet temperature is above 140 °C, at no more than 30 % of the "
                "output. Raise it by no more than 2 t/h every 5 min. A pressure drop above 40 mbar means the mill "
                "holds too much material; at 45 mbar the feeder stops (A11).",
            ),
            ("h", "Classifier"),
            (
                "p",
                "A higher classifier speed gives a finer product: as a guide, 10 rpm more lowers the residue on the "
                "90 µm sieve by about 1 percentage point. Never run the classifier below 80 rpm with the feed on.",
            ),
            ("h", "Bearings"),
            (
                "p",
                "Regrease each main bearing with 60 g of OG-2 every 400 h, with the rotor turning. A rise of up "
                "to 10 °C in bearing temperature in the first 2 h after greasing is normal.",
            ),
            ("h", "Beater plates"),
            (
                "p",
                "Replace the beater plates as a complete set when any plate tip is worn by 15 mm or more, or when "
                "the output at the same motor power has fallen by 10 % or more, whichever comes first. Plates come "
                "as weighed sets; two plates opposite each other must differ by no more than 50 g.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Main motor overload", "Current above the set limit for 20 s. Reduce the feed; check the rotor."],
            ["A02", "Classifier drive fault", "Drive tripped or speed lost. The feeder stops."],
            ["A03", "Inlet gas hot", "Above 600 °C for 5 min: overfeeding or wet feed. Reduce the feed."],
            ["A04", "Inlet gas trip", "650 °C: hot gas generator and feeder stop."],
            [
                "A05",
                "Outlet temperature low",
                "Below 140 °C for 3 min: feeder stops to prevent undercalcined stucco reaching the filter.",
            ],
            ["A07", "Bearing hot", "Bearing above 85 °C. Check the grease and the vibration trend."],
            ["A08", "Bearing trip", "Bearing at 95 °C: mill stops."],
            ["A09", "Vibration alarm", "7.1 mm/s at a bearing housing. Plan an inspection of the beater plates."],
            ["A10", "Vibration trip", "11.0 mm/s: mill stops. Inspect before restarting."],
            ["A11", "Pressure drop high", "45 mbar: feeder stops until the pressure drop is below 35 mbar."],
            ["A12", "Door open", "An inspection door switch is open. The mill cannot start."],
            ["A13", "Feeder stopped", "Feeder fault or no material. Hot gas goes to minimum."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Stucco too coarse, residue on 90 µm above target",
                "Classifier speed too low, beater plates worn, or gas flow too high",
                "Raise the classifier speed by 10 rpm; check the plate wear",
            ],
            [
                "Combined water high (undercalcined)",
                "Outlet setpoint too low, or the feed wetter than usual",
                "Raise the outlet setpoint by 2 °C; check the feed moisture",
            ],
            [
                "Vibration rising slowly over days",
                "Uneven wear of the beater plates or stucco build-up on the rotor",
                "Inspect the rotor at the next stop; replace the plate set if needed",
            ],
            [
                "Sudden jump in vibration",
                "Broken beater plate or tramp metal in the mill",
                "Stop the mill at once and inspect before restarting",
            ],
            [
                "Main motor power and pressure drop both high",
                "Mill overfed",
                "Reduce the feed by 2 t/h steps until the pressure drop is below 40 mbar",
            ],
            [
                "Outlet temperature swinging by more than 5 °C",
                "Irregular feed or changing feed moisture",
                "Check the feeder (feeder manual) and the raw gypsum storage",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the mill"),
    (
        "ol",
        [
            "Check that all inspection doors are closed and the rotor lock pin is in its parking position.",
            "Start the product filter and the main fan (their own manuals) and check the draft at the mill inlet.",
            "Start the classifier at 150 rpm.",
            "Start the main motor and run the rotor up to 900 rpm.",
            "Start the hot gas generator and heat the mill until the outlet temperature is above 140 °C.",
            "Start the feeder at no more than 30 % of the output (9 t/h).",
            "Raise the feed by no more than 2 t/h every 5 min, and the rotor speed as needed for the fineness.",
            "Set the outlet temperature setpoint (150 °C as a starting value) and switch the hot gas control to AUTO.",
            "After 30 min at steady output, have the quality laboratory check the fineness and the combined water.",
        ],
    ),
    ("h", "7. Stopping the mill"),
    (
        "ol",
        [
            "Stop the feeder.",
            "Let the hot gas control run on AUTO for 10 min to empty the mill.",
            "Stop the hot gas generator and let the mill outlet cool to below 100 °C with the main fan running.",
            "Stop the main motor; the rotor runs down in about 6 min.",
            "Stop the classifier, then the main fan and the filter.",
            "After a trip (A04, A08 or A10), do not restart until the cause has been found and the rotor has been "
            "inspected.",
        ],
    ),
    ("h", "8. Replacing the beater plates"),
    (
        "ol",
        [
            "Stop the mill as in section 7, lock out all drives and close the hot gas damper.",
            "Wait until the mill has cooled to below 60 °C, open the two rotor doors and fit the rotor lock pin.",
            "Mark each plate position (rows 1-6, positions A-D) before removal.",
            "Remove the plate bolts (M24) and take out the plates one row at a time.",
            "Clean the plate seats on the rotor arms; check them for cracks.",
            "Fit the new weighed set in the positions given on the set's weight list, so that plates opposite each "
            "other differ by no more than 50 g.",
            "Fit new bolts and nuts and tighten them to 650 Nm.",
            "Remove the lock pin, turn the rotor by hand and check the gap between the plate tips and the liner: "
            "at least 8 mm all round.",
            "Close the doors, start the mill and record the vibration after 1 h; retighten the bolts to 650 Nm "
            "after 8 h of running.",
        ],
    ),
    ("h", "9. Checking the classifier seal gap"),
    (
        "ol",
        [
            "Stop the mill and lock out the classifier drive.",
            "Open the classifier door and measure the gap between the wheel and the outlet seal ring at four points "
            "with feeler gauges.",
            "The gap must be 2-3 mm at every point.",
            "Adjust it with the three adjusting screws of the seal ring, then lock the screws.",
            "A larger gap lets coarse particles pass into the product.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check bearing temperatures, vibration, pressure drop and outlet temperature trend"],
            ["Every 400 h", "Regrease the main bearings, 60 g each"],
            ["Every 1000 h", "Inspect the beater plates and the liner through the doors"],
            ["Every 2000 h", "Check the classifier seal gap (section 9)"],
            ["15 mm tip wear or 10 % output loss, whichever comes first", "Replace the beater plates (section 8)"],
            ["Every 16000 h", "Main bearing replacement and rotor balancing by Ostervind service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Beater plate set, 24 plates, weighed", "OSV-BP-30-24"],
            ["Beater plate bolt M24 with nut, set of 48", "OSV-BB-24"],
            ["Liner plate, housing", "OSV-LP-30"],
            ["Classifier seal ring", "OSV-CS-125"],
            ["Main bearing grease OG-2, 18 kg", "OSV-OG2-18"],
            ["Door switch", "OSV-DS-01"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Verrasco PM board line pin mixers
VERRASCO = [
    ("title", "Verrasco PM Board Line Pin Mixers\nOperation and Maintenance - PM-76 and PM-96"),
    (
        "p",
        "Document VRC-OM-PM-11, Edition 2, January 2025. Verrasco Mixing Technology. The PM-76 and PM-96 are "
        "continuous pin mixers for gypsum wallboard slurry. Stucco, gauging water with its additives and "
        "pre-generated foam enter through the lid; a horizontal rotor disc carrying pins turns close under the "
        "pins of the stationary lid; the slurry leaves through the main discharge at the side of the housing and "
        "through two edge outlets that feed the board edges. The two models differ in size, speed, drive and the "
        "items named in this manual. The slurry recipe (water to stucco ratio, foam, accelerator, retarder, starch "
        "and the other additives) is the plant's own and is not given here. The stucco feeder, the foam generator "
        "and the water and additive dosing are covered by their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never open the lid or put a hand or a tool into an outlet while the rotor can turn. Lock out the "
        "main motor and wait until the rotor has stopped. The lid is heavy: work under it only when it rests on "
        "its two mechanical props.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PM-76", "PM-96"],
            ["Mixing chamber inner diameter", "760 mm", "960 mm"],
            ["Pin circle diameter, outer row", "740 mm", "940 mm"],
            ["Rotor speed (variable frequency drive)", "300-500 rpm", "250-400 rpm"],
            ["Main motor, 400 V 3~ 50 Hz", "90 kW", "160 kW"],
            ["Stucco throughput", "10-35 t/h", "20-60 t/h"],
            ["Typical board line speed for 12.5 mm board", "up to 60 m/min", "up to 100 m/min"],
            ["Rotor pins / lid pins", "48 / 40", "72 / 60"],
            ["Pin diameter (hardened, replaceable)", "25 mm", "30 mm"],
            ["Gap between rotor pins and lid (set with shims)", "3-5 mm", "4-6 mm"],
            ["Main discharge", "DN 150", "DN 200"],
            ["Edge outlets", "2 x DN 25", "2 x DN 32"],
            ["Shaft seal water", "2-4 L/min at 2 bar", "3-5 L/min at 2 bar"],
            ["Rotor bearing grease, every 250 h", "40 g", "60 g"],
            ["Lid lifting: two hydraulic cylinders, working pressure", "120 bar", "150 bar"],
            ["Mass", "3.2 t", "4.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold for stucco of 0.9-1.1 kg/L loose bulk density at a water to stucco ratio of "
        "0.60-0.85. Slurries with a ratio below 0.55 are too stiff to leave the edge outlets reliably and are "
        "outside the design of both mixers.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the main motor, the stucco feeder, the water and foam supply and the hydraulic unit before "
            "opening the lid.",
            "Set slurry is chipped off with the plastic and brass tools supplied; never use a steel hammer on the "
            "pins or the rotor disc.",
            "Wear eye protection when cleaning: set gypsum splinters fly.",
            "Never run the rotor with the lid open, even slowly, and never bridge the lid switch (P03) or the "
            "clamp switches (P04).",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Stucco demand"),
            (
                "p",
                "Stucco feed (kg/min) = line speed (m/min) x board width (m) x dry board weight (kg/m²) x 0.85. "
                "Example: 40 m/min x 1.2 m x 8.5 kg/m² x 0.85 = 347 kg/min, about 20.8 t/h. The factor 0.85 is "
                "the share of the dry board weight that comes from stucco in a typical board; the plant's recipe "
                "gives the exact value.",
            ),
            ("h", "Rotor speed"),
            (
                "p",
                "Pin tip speed (m/s) = 3.14 x pin circle diameter (m) x rotor speed (rpm) / 60. Keep it at no more "
                "than 20 m/s: 500 rpm on the PM-76 gives 19.4 m/s, 400 rpm on the PM-96 gives 19.7 m/s. A higher "
                "speed mixes foam in more finely but breaks more of it.",
            ),
            ("h", "Start and stop"),
            (
                "p",
                "Water always enters before the stucco and stops after it. Start the wash-out within 2 min of the "
                "stucco stopping; slurry that has begun to set on the pins cannot be washed out and must be chipped "
                "off.",
            ),
            ("h", "Pin gap"),
            (
                "p",
                "Set the gap between the rotor pins and the lid to 3-5 mm (PM-76) or 4-6 mm (PM-96) with shims of "
                "0.5 mm and 1.0 mm under the lid flange. A gap larger than 8 mm on either model means the pins are "
                "worn out.",
            ),
            ("h", "Pin wear"),
            (
                "p",
                "Replace a pin when it is worn by 6 mm in length or is bent, whichever comes first. Replace rotor "
                "pins in opposite pairs.",
            ),
            ("h", "Build-up"),
            (
                "p",
                "Stop and clean the mixer when the motor current at the same throughput has risen by more than "
                "15 % above its value after the last cleaning. Typical cleaning intervals are 8-24 h; they depend "
                "on the recipe.",
            ),
            ("h", "Discharge pressure"),
            (
                "p",
                "Slurry pressure in the main discharge: normally 0.2-0.5 bar. P08 stops the stucco feed at 0.8 bar.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Main motor overload", "Current above the set limit for 5 s: build-up, lumps or overfeed."],
            ["P02", "Drive fault", "Variable frequency drive tripped. Read the drive's own fault code."],
            ["P03", "Lid open", "Lid switch open. The rotor cannot start."],
            ["P04", "Lid clamps not locked", "One of the 8 lid clamps is not locked."],
            [
                "P05",
                "Water flow low",
                "Gauging water below 80 % of its setpoint for 5 s. The stucco feeder stops; the wash-out starts.",
            ],
            ["P06", "Stucco feed stopped", "Signal from the stucco feeder. Water runs on for the wash-out."],
            ["P07", "Foam fault", "Signal from the foam generator. The line keeps running without foam."],
            ["P08", "Discharge pressure high", "0.8 bar in the main discharge: blocked outlet or boot."],
            ["P10", "Bearing temperature high", "Rotor bearing above 80 °C."],
            ["P11", "Seal water low", "Below 2 L/min (PM-76) or 3 L/min (PM-96)."],
            ["P12", "Wash-out incomplete", "Wash-out stopped before its set time of 90 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Hard lumps in the board face or pulled through the paper",
                "Set slurry breaking off the lid, the pins or the outlet",
                "Clean the mixer; shorten the cleaning interval",
            ],
            [
                "Motor current rising over the shift at the same throughput",
                "Build-up on the lid and pins",
                "Clean when the rise passes 15 %",
            ],
            [
                "Voids and large bubbles under the paper",
                "Foam entering too late or too coarse, or rotor speed too low",
                "Check the foam (foam generator manual) and the rotor speed",
            ],
            [
                "Board edges hollow or soft",
                "Edge outlet partly blocked or edge hose kinked",
                "Clean the edge outlets and hoses at the next stop",
            ],
            [
                "Slurry leaking at the shaft",
                "Shaft seal worn or seal water low",
                "Check the seal water flow; replace the seal kit",
            ],
            [
                "Slurry too stiff, P08 now and then",
                "Water to stucco ratio too low for the recipe, or accelerator dosed too high",
                "Check the water and additive dosing against the recipe",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a run"),
    (
        "ol",
        [
            "Check that the lid is closed and all 8 clamps are locked (no P03 or P04).",
            "Open the shaft seal water and check the flow: 2-4 L/min (PM-76) or 3-5 L/min (PM-96).",
            "Start the rotor and run it up to the speed in the recipe.",
            "Start the gauging water at the recipe flow.",
            "Start the stucco feeder at the recipe rate, then the foam.",
            "Watch the discharge pressure (0.2-0.5 bar) and the slurry at the forming plate.",
            "Note the motor current after 10 min at full throughput as the reference for the cleaning rule.",
        ],
    ),
    ("h", "7. Stopping and wash-out"),
    (
        "ol",
        [
            "Stop the foam.",
            "Stop the stucco feeder.",
            "Within 2 min, start the wash-out: the rotor runs at 200 rpm and the wash water at full flow for 90 s.",
            "Let the wash water run out through the main discharge and the edge outlets into the reject chute.",
            "Stop the rotor and then the gauging water.",
            "Close the seal water when the rotor has stopped.",
        ],
    ),
    ("h", "8. Opening the lid and cleaning"),
    (
        "ol",
        [
            "Stop and wash out as in section 7.",
            "Lock out the main motor, the stucco feeder, the water and foam supply.",
            "Unlock the 8 lid clamps and raise the lid with the hydraulic cylinders to its top position.",
            "Fit both mechanical props and lower the lid onto them.",
            "Chip set slurry off the lid pins, the rotor pins, the rotor disc and the wall with the tools supplied.",
            "Clean the main discharge and both edge outlets down to the hoses.",
            "Check the pins for wear and bending (section 3).",
            "Remove the props, lower the lid, lock the clamps and check that P03 and P04 clear.",
        ],
    ),
    ("h", "9. Adjusting the pin gap"),
    (
        "ol",
        [
            "Open the lid as in section 8, steps 1 to 4.",
            "Place lead wire of 10 mm diameter on the rotor pins at three points 120° apart.",
            "Lower the lid and lock the clamps, then raise the lid again onto the props.",
            "Measure the squashed lead wire: the gap is its thickness.",
            "Add or remove shims under the lid flange to get 3-5 mm (PM-76) or 4-6 mm (PM-96), the same at all "
            "three points within 0.5 mm.",
            "Close the lid, turn the rotor by hand one full turn and check that no pin touches.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the motor current trend, discharge pressure and seal water"],
            ["8-24 h, or at a 15 % current rise", "Open and clean the mixer (section 8)"],
            ["Every 250 h", "Grease the rotor bearings: 40 g (PM-76), 60 g (PM-96)"],
            ["Every 500 h", "Check the pin gap (section 9) and the pin wear"],
            ["Every 4000 h or 12 months, whichever comes first", "Replace the shaft seal kit; hydraulic hoses check"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PM-76", "PM-96"],
            ["Rotor pin with nut", "VRC-RP-25", "VRC-RP-30"],
            ["Lid pin with nut", "VRC-LP-25", "VRC-LP-30"],
            ["Shim set 0.5 mm and 1.0 mm", "VRC-SH-76", "VRC-SH-96"],
            ["Shaft seal kit", "VRC-SK-76", "VRC-SK-96"],
            ["Edge outlet liner", "VRC-EL-25", "VRC-EL-32"],
            ["Cleaning tool set (plastic and brass)", "VRC-CT-01", "VRC-CT-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Trennholm RK board line rotary knives
TRENNHOLM = [
    ("title", "Trennholm RK Board Line Rotary Knives\nOperation and Maintenance - RK-12 and RK-14"),
    (
        "p",
        "Document TRH-OM-RK-03, Edition 5, October 2024. Trennholm Cutting Systems. The RK-12 and RK-14 cut the "
        "continuous gypsum board into single boards at the end of the forming line. Two knife drums, one above and "
        "one below the board, each carry one blade; two servo motors turn the drums once per cut so that the "
        "blades meet the board at line speed and shear it. The board length is measured by a spring-loaded "
        "measuring wheel running on the board face. The RK-12 is built for boards up to 1250 mm wide and the RK-14 "
        "for boards up to 1400 mm wide and faster lines; apart from the items named in this manual they are alike. "
        "Whether the board is set hard enough at the knife depends on the recipe, the line speed and the belt "
        "length, which are the plant's matter: the knife does not measure it.",
    ),
    (
        "warn",
        "WARNING: The drums can start at any moment while the line runs. Never reach into the knife area or open "
        "a guard without locking out both servo drives. Blades are razor-sharp: handle them only in the blade "
        "carrier supplied, with cut-resistant gloves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RK-12", "RK-14"],
            ["Board width, maximum", "1250 mm", "1400 mm"],
            ["Board thickness", "6.5-25.4 mm", "9.5-25.4 mm"],
            ["Line speed", "10-75 m/min", "10-120 m/min"],
            ["Cut length", "1800-4800 mm", "2000-6000 mm"],
            ["Cut rate, maximum", "30 cuts/min", "45 cuts/min"],
            [
                "Cut length accuracy (constant line speed, clean measuring wheel, board set for cutting)",
                "±1.0 mm",
                "±1.5 mm",
            ],
            ["Knife circle diameter / circumference", "509 mm / 1600 mm", "637 mm / 2000 mm"],
            ["Servo motors", "2 x 22 kW", "2 x 37 kW"],
            ["Blade length x height, new", "1350 x 75 mm", "1500 x 75 mm"],
            ["Blade overlap at the cut", "0.3-0.5 mm", "0.4-0.6 mm"],
            ["Blade bolts per blade, M12 10.9", "14", "16"],
            ["Measuring wheel circumference", "1000.0 mm", "1000.0 mm"],
            ["Drum bearing grease, every 500 h", "20 g", "30 g"],
            ["Mass", "4.6 t", "6.1 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out both servo drives at the main switch of the knife cabinet before opening a guard. The safe "
            "torque off of the drives alone is not a lock-out.",
            "Turn the drums by hand only with the hand crank fitted to the upper drum, never by pulling on a blade.",
            "Keep the reject chute under the knife clear: rejected boards drop without warning.",
            "Only persons trained by Trennholm or by a trained plant fitter may change blades.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Cut rate"),
            (
                "p",
                "Cut rate (cuts/min) = line speed (m/min) x 1000 / cut length (mm). Example: 60 m/min and 2500 mm "
                "boards give 60 x 1000 / 2500 = 24 cuts/min. The cut rate may not exceed 30 cuts/min (RK-12) or "
                "45 cuts/min (RK-14); the controller refuses a length that would exceed it (R09).",
            ),
            ("h", "Synchronisation"),
            (
                "p",
                "At the moment of the cut the blade speed matches the line speed within ±0.5 %. Parameter S12 "
                "(blade speed offset) is 0.0 % by default and can be set from -2.0 to +2.0 %. A small positive "
                "offset helps when the paper tears at the trailing edge of the cut; change it in steps of 0.2 %.",
            ),
            ("h", "Blade overlap"),
            (
                "p",
                "The blades overlap by 0.3-0.5 mm (RK-12) or 0.4-0.6 mm (RK-14) at the cut. Never set less than "
                "0.2 mm: the board is then only scored and breaks later on the transfer.",
            ),
            ("h", "Blade life"),
            (
                "p",
                "A pair of blades cuts about 2 million boards, or less when the cut edge frays. Blades can be "
                "reground up to 3 times, removing no more than 0.5 mm each time; below a blade height of 73.5 mm "
                "the blade must be scrapped.",
            ),
            ("h", "Measuring wheel"),
            (
                "p",
                "The measuring wheel presses on the board face with 60-80 N. Clean its rubber tyre every shift. A "
                "tyre worn to a circumference below 998.0 mm must be replaced, even when the calibration can still "
                "correct it.",
            ),
            ("h", "Squareness"),
            (
                "p",
                "On a cut board the two diagonals may differ by no more than 2 mm for boards up to 3000 mm long and "
                "3 mm above.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop or a guard switch is open."],
            ["R02", "Upper drive fault", "Upper servo drive tripped. Read the drive display."],
            ["R03", "Lower drive fault", "Lower servo drive tripped. Read the drive display."],
            [
                "R04",
                "Following error",
                "A drum lagged its profile by more than 2°: blades dull, overlap too tight or bearing damage.",
            ],
            ["R05", "Measuring wheel no pulses", "Wheel lifted, encoder cable or wheel slipping on wet paper."],
            ["R07", "Line speed out of range", "Below 10 m/min or above the model's maximum."],
            ["R08", "Length deviation", "Three boards in a row outside the set tolerance at the length gauge."],
            ["R09", "Cut rate too high", "The length set would need more than 30 or 45 cuts/min."],
            ["R10", "Drum not in home position", "Drums did not reach home after a stop. Home them."],
            ["R11", "Guard open", "Knife guard opened while the drives were enabled."],
            ["R12", "Bearing temperature", "Drum bearing above 75 °C."],
            ["R13", "Blade counter", "Set number of cuts reached; check the blades."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Board ends crushed or ragged, gypsum crumbles at the cut",
                "Board not set hard enough at the knife, or blades dull",
                "Check the blades; the board hardness is for the plant (recipe, line speed)",
            ],
            [
                "Paper torn or left hanging at the cut",
                "Blade overlap too small, or blades dull",
                "Set the overlap (section 7); try S12 +0.2 %",
            ],
            [
                "Lengths wandering by several mm",
                "Measuring wheel dirty, worn or slipping",
                "Clean the wheel, check its pressure, recalibrate (section 8)",
            ],
            [
                "All boards too long or too short by the same amount",
                "Calibration out after a wheel change",
                "Calibrate the cut length (section 8)",
            ],
            [
                "Cut not square",
                "Drums not parallel or board running skew",
                "Check the diagonals; have the drum alignment checked by Trennholm service",
            ],
            [
                "Loud knock at every cut",
                "Overlap too tight or a loose blade bolt",
                "Stop, lock out, check the blade bolts and the overlap",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the blades"),
    (
        "ol",
        [
            "Stop the line or divert it to the reject, home the drums and lock out both servo drives.",
            "Open the knife guards and fit the hand crank to the upper drum.",
            "Turn the drums until the upper blade faces the blade carrier.",
            "Fit the blade carrier over the blade and clamp it.",
            "Remove the blade bolts (14 on the RK-12, 16 on the RK-14) and lift the blade out in the carrier.",
            "Clean the blade seat; check it for nicks.",
            "Fit the new or reground blade with the carrier and tighten the bolts from the centre outwards to "
            "110 Nm.",
            "Repeat steps 3 to 7 for the lower blade.",
            "Set the blade overlap (section 7) and reset the blade counter.",
        ],
    ),
    ("h", "7. Setting the blade overlap"),
    (
        "ol",
        [
            "With the drives locked out, turn the drums with the hand crank until the blades meet.",
            "Fit the dial gauge holder to the lower drum and set the gauge to zero on the lower blade edge.",
            "Measure the overlap at both ends and in the middle of the blade.",
            "Adjust it with the eccentric bushes of the upper drum to 0.3-0.5 mm (RK-12) or 0.4-0.6 mm (RK-14).",
            "The readings at the three points must agree within 0.05 mm.",
            "Lock the eccentric bushes to 80 Nm and measure again.",
        ],
    ),
    ("h", "8. Calibrating the cut length"),
    (
        "ol",
        [
            "Run the line at its normal speed with the board set for cutting and a clean measuring wheel.",
            "Cut 10 boards at the usual length and take them off after the transfer.",
            "Measure each board along its centre line with the steel tape.",
            "Work out the average of the 10 lengths.",
            "Correction (mm) = set length - average measured length.",
            "Enter the correction under SETUP > LENGTH > CAL and confirm.",
            "Cut 10 more boards and check that each is within ±1.0 mm (RK-12) or ±1.5 mm (RK-14) of the set "
            "length.",
        ],
    ),
    ("h", "9. Homing the drums"),
    (
        "ol",
        [
            "Homing is needed after R10, after a blade change and after any work with the hand crank.",
            "Remove the hand crank and close all knife guards; R11 must be clear.",
            "Divert the line to the reject, or stop it: homing is not possible with board under the knife.",
            "Select SETUP > DRUMS > HOME and press START.",
            "The drums turn slowly (about 2 rpm) until both home sensors are reached, then stop with the blades "
            "pointing away from the board.",
            "Check on the display that the angle difference between the drums is 0.0° ±0.2°; repeat once if not, "
            "then call Trennholm service.",
            "Release the line: the first board after homing is cut as a reject automatically.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the measuring wheel; check the cut ends and the squareness"],
            ["Weekly", "Check the blade bolts (110 Nm) and the overlap"],
            ["Every 500 h", "Grease the drum bearings: 20 g (RK-12), 30 g (RK-14)"],
            [
                "About 2 million cuts, or when the cut edge frays, whichever comes first",
                "Change the blades (section 6)",
            ],
            ["Every 12 months", "Drum alignment and servo tuning check by Trennholm service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RK-12", "RK-14"],
            ["Blade, new", "TRH-BL-1350", "TRH-BL-1500"],
            ["Blade bolt set M12 10.9", "TRH-BB-14", "TRH-BB-16"],
            ["Measuring wheel tyre", "TRH-MW-1000", "TRH-MW-1000"],
            ["Blade carrier", "TRH-BC-12", "TRH-BC-14"],
            ["Drum bearing", "TRH-DB-12", "TRH-DB-14"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("haverstrom-kc-gypsum-kettle-calciner.pdf", "Haverstrom HVS-OM-KC-04 Ed 3 - KC-18 / KC-24", HAVERSTROM),
        ("ostervind-fim-flash-calcining-impact-mill.pdf", "Ostervind OSV-OM-FIM-07 Ed 1 - FIM-30", OSTERVIND),
        ("verrasco-pm-board-line-pin-mixer.pdf", "Verrasco VRC-OM-PM-11 Ed 2 - PM-76 / PM-96", VERRASCO),
        ("trennholm-rk-board-line-rotary-knife.pdf", "Trennholm TRH-OM-RK-03 Ed 5 - RK-12 / RK-14", TRENNHOLM),
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
