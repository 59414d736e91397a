"""Generate the PDF manuals of the hundred-and-twenty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set121-scratch/venv && /tmp/set121-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set121-scratch/venv/bin/python knowledge/samples/hundredtwentyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Lixivor RX rotary cell solvent extractors
LIXIVOR = [
    ("title", "Lixivor RX Rotary Cell Solvent Extractors\nOperation and Maintenance - RX-400 and RX-600"),
    (
        "p",
        "Document LXV-OM-RX-04, Edition 3, March 2025. Lixivor Extraction Systems. The RX-400 and RX-600 are "
        "rotary cell (carousel) extractors for the hexane extraction of oil from soybean flakes and from pre-pressed "
        "rapeseed cake. A vertical rotor with 18 open-bottomed cells turns slowly above a fixed wedge wire bottom "
        "screen. Each cell is filled at the feed station, washed counter-current by miscella from the spray stages, "
        "washed last with fresh hexane, left to drain and emptied through the discharge opening into the meal "
        "hopper below. The miscella runs through the screen into the stage hoppers, from which the stage pumps lift "
        "it to the spray pipe of the previous stage. Apart from the size, the number of spray stages, the drive and "
        "the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The seed preparation plant (conditioner, flaking mills, presses), the desolventiser-toaster, the miscella "
        "distillation and the vent gas system have their own manuals. The hazardous area classification of the "
        "extraction building, the gas detection, the fire protection and the entry permits are the site's "
        "responsibility; this manual does not replace them.",
    ),
    (
        "warn",
        "WARNING: The extractor holds hexane liquid and vapour. Never open an inspection door while the extractor "
        "holds solvent. Entry into the extractor only under the site's confined space permit, after steaming out "
        "and ventilating, with the atmosphere below 10 % of the lower explosive limit (LEL) and at least 19.5 % "
        "oxygen, measured at three heights.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RX-400", "RX-600"],
            [
                "Rated capacity, soybean flakes 0.30-0.35 mm thick, 55-60 °C, 9.5-11 % moisture",
                "400 t/d",
                "600 t/d",
            ],
            [
                "Rated capacity, pre-pressed rapeseed cake with 16-20 % residual oil, cake pieces under 12 mm",
                "250 t/d",
                "375 t/d",
            ],
            ["Number of cells", "18", "18"],
            ["Rotor diameter", "7.2 m", "8.6 m"],
            ["Bed depth in the cells", "2.0 m", "2.2 m"],
            ["Cell volume per revolution, all 18 cells", "75 m³", "118 m³"],
            ["Rotor revolution time, settable", "50-120 min", "50-120 min"],
            ["Spray stages (stage pumps)", "8", "9"],
            ["Stage pump motor, each", "5.5 kW", "7.5 kW"],
            ["Rotor drive: hydraulic motor and power pack", "22 kW", "30 kW"],
            ["Drive pressure in normal running", "80-120 bar", "90-130 bar"],
            ["Drive pressure alarm (X04)", "170 bar", "185 bar"],
            ["Relief valve setting", "200 bar", "220 bar"],
            ["Hydraulic oil HLP 46, tank", "250 L", "320 L"],
            ["Rotor support wheels", "12", "16"],
            ["Mass empty / in operation", "68 t / 152 t", "92 t / 214 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Both models: solvent commercial hexane (boiling range 64-70 °C); solvent ratio 1.0-1.1 kg of hexane per kg "
        "of material; full miscella leaving at 25-30 % oil; housing pressure -0.5 to -2.0 mbar. The residual oil in "
        "the meal leaving the extractor is no more than 0.8 % (dry basis) with soybean flakes at rated capacity; "
        "with rapeseed cake it is no more than 1.5 %. These figures hold only with flakes and cake of the stated "
        "thickness, temperature and moisture. Capacities and residual oil for sunflower cake, cottonseed and other "
        "materials are given by Lixivor on request for each project and are not covered here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Hexane vapour is heavier than air and collects in pits and low points. Keep the floor drains and the "
            "cellar sumps of the extraction building free; never store material in them.",
            "Use only non-sparking tools and the site's approved portable lamps inside the hazardous area. Hot work "
            "only under the site's hot work permit, after the extractor has been steamed out and gas-freed.",
            "Never run the rotor with an inspection door open. The door switches stop the drive (X13).",
            "Keep the feed hopper material seal: the feed conveyor must leave at least 1.5 m of material in the "
            "feed hopper, so that no vapour escapes back into the preparation building.",
            "Before any work on the drive or the stage pumps, isolate and lock off the power pack and the pump "
            "motors at the motor control centre.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Feed"),
            (
                "p",
                "Soybean flakes 0.30-0.35 mm thick, at 55-60 °C and 9.5-11 % moisture. Flakes thicker than 0.40 mm "
                "raise the residual oil in the meal; the flake thickness is set on the flaking mills (their own "
                "manual). Feed must not be hotter than 65 °C. Above 12 % moisture the percolation falls and the "
                "cells may flood.",
            ),
            ("h", "Revolution time"),
            (
                "p",
                "Revolution time (min) = 60 x cell volume per revolution (m³) x bulk density (t/m³) / throughput "
                "(t/h). Example: soybean flakes of 0.38 t/m³ at 16.7 t/h on an RX-400: 60 x 75 x 0.38 / 16.7 = 102 "
                "min. Never set less than 50 min: the last cells do not drain and the meal carries hexane to the "
                "desolventiser-toaster.",
            ),
            ("h", "Fresh solvent"),
            (
                "p",
                "Fresh hexane 55-60 °C; it must not exceed 62 °C (X07). Its water content must be no more than 0.5 %. "
                "Fresh solvent flow (m³/h) = throughput (t/h) x solvent ratio / 0.66. Example: an RX-600 at 25 t/h "
                "with a ratio of 1.05: 25 x 1.05 / 0.66 = 39.8 m³/h.",
            ),
            ("h", "Cell level"),
            (
                "p",
                "The miscella must not stand more than 150 mm above the bed surface in any cell. The level probes in "
                "stages 2 and 6 give X10 when it does; the feed is cut back by 10 % until the level falls.",
            ),
            ("h", "Housing pressure"),
            (
                "p",
                "The vent system keeps the housing at -0.5 to -2.0 mbar. At 0 mbar or above X06 is given; at +5 "
                "mbar the feed conveyor stops. Never correct a positive pressure by opening an inspection door.",
            ),
            ("h", "Drive"),
            (
                "p",
                "Normal drive pressure 80-120 bar (RX-400) or 90-130 bar (RX-600). A slow rise of 10 bar or more over "
                "a week points to worn support wheels or material under the rotor.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "X01",
                "Rotor stopped",
                "No pulse from the rotor speed sensor for 90 s. Check the drive and the sensor gap (3-5 mm).",
            ],
            ["X02", "Feed hopper high", "Feed hopper above 90 %. Feed conveyor slowed; check the revolution time."],
            [
                "X03",
                "Feed seal low",
                "Less than 1.5 m of material in the feed hopper. Feed conveyor stopped until the level returns.",
            ],
            [
                "X04",
                "Drive pressure high",
                "Above 170 bar (RX-400) or 185 bar (RX-600). Look for a foreign body under the rotor or seized "
                "support wheels.",
            ],
            [
                "X05",
                "Rotor stalled",
                "Drive pressure at the relief setting for 10 s. Drive stopped. Do not restart before the cause is "
                "found.",
            ],
            [
                "X06",
                "Housing pressure",
                "Housing at 0 mbar or above: vent system fan or condenser fault (vent system manual).",
            ],
            ["X07", "Fresh solvent hot", "Fresh hexane above 62 °C. Check the solvent heater steam valve."],
            [
                "X09",
                "Stage pump trip",
                "A stage pump motor tripped; the stage number is shown. The stage runs without spray.",
            ],
            ["X10", "Cell flooding", "Miscella more than 150 mm above the bed. Feed cut back by 10 %."],
            ["X11", "Meal hopper high", "Discharge conveyor stopped or blocked. Rotor stops after 60 s."],
            ["X12", "Hydraulic oil hot", "Power pack oil above 65 °C. Check the oil cooler water."],
            ["X13", "Door open", "An inspection door switch is open. Drive and stage pumps stopped."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Residual oil in the meal above 0.8 % with soybean flakes",
                "Flakes thicker than 0.40 mm, revolution time too short, solvent ratio below 1.0, fresh hexane below "
                "55 °C",
                "Check the flakes are 0.30-0.35 mm; lengthen the revolution time; raise the ratio to 1.05-1.1",
            ],
            [
                "Miscella standing on the bed, X10 repeated",
                "Fines in the feed, feed moisture above 12 %, bottom screen blinded",
                "Reduce the feed; check the conditioning; clean the bottom screen (section 8)",
            ],
            [
                "Rotor turns in jerks, drive pressure peaks",
                "Foreign body between rotor and screen, worn or seized support wheels",
                "Stop; empty and steam out; inspect the screen and wheels",
            ],
            [
                "Full miscella cloudy, fines in the miscella",
                "Screen slots worn wider than 0.9 mm, cell seal strips worn",
                "Measure the slots; renew screen segments and seal strips",
            ],
            [
                "Meal leaves wet with hexane, DT overloaded",
                "Drain zone too short: revolution time under 50 min or drain stage flooded",
                "Set at least 50 min; check the last stage pump",
            ],
        ],
        (50, 65, 55),
    ),
    ("h", "6. Starting the extractor"),
    (
        "ol",
        [
            "Check that the vent system, the desolventiser-toaster and the miscella distillation are running and "
            "ready to receive (their own manuals).",
            "Check the housing pressure: -0.5 to -2.0 mbar.",
            "Start the hydraulic power pack and the rotor at a revolution time of 60 min, empty.",
            "Start the meal discharge conveyor and the feed conveyor. Fill the feed hopper until the material seal "
            "of 1.5 m is reached.",
            "Open the fresh hexane valve at 20 % of the calculated flow; check the fresh solvent is at 55-60 °C.",
            "Start the stage pumps from the last stage to the first as the stage hoppers fill.",
            "Raise the feed in steps of 10 % every 15 min to the planned throughput and set the fresh solvent flow "
            "and the revolution time by the formulas in section 3.",
            "After one full revolution send the first meal sample for residual oil.",
        ],
    ),
    ("h", "7. Stopping and emptying"),
    (
        "ol",
        [
            "Stop the feed conveyor. Keep the rotor turning.",
            "Keep the fresh hexane on until the last filled cell has passed the fresh solvent stage, then close it.",
            "Let the cells drain for one further revolution; stop the stage pumps from the first stage to the last "
            "as their hoppers empty.",
            "Run the rotor until all cells have passed the discharge opening, then stop the discharge conveyor.",
            "For a stop of more than 24 h, pump the miscella left in the stage hoppers to the miscella tank.",
        ],
    ),
    ("h", "8. Inspecting and cleaning the bottom screen"),
    (
        "ol",
        [
            "Empty the extractor (section 7) and pump out the stage hoppers.",
            "Steam out the extractor for at least 4 h with the vent system running, then ventilate with air.",
            "Obtain the site's entry permit; gas test below 10 % LEL and at least 19.5 % oxygen.",
            "Lock off the drive, the stage pumps and the conveyors.",
            "Inspect the screen segments under each cell from the inspection doors. Brush the slots clean with a "
            "nylon brush; never use a steel brush or a chisel.",
            "Measure the slots with a feeler gauge at five points on each segment: new 0.6 mm; renew a segment where "
            "the slots are wider than 0.9 mm.",
            "Check the cell seal strips: renew them where the gap to the screen is more than 3 mm.",
            "Turn each support wheel by hand; a wheel that does not turn freely is renewed.",
            "Close the doors with new PTFE door gaskets and remove the locks.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record the drive pressure, housing pressure and fresh solvent temperature"],
            ["Weekly", "Check the stage pump seals for leaks; check the hydraulic oil level"],
            ["Every 2000 h or 6 months, whichever comes first", "Change the hydraulic oil filter element"],
            [
                "Every 8000 h or yearly shutdown, whichever comes first",
                "Change the hydraulic oil; inspect the bottom screen (section 8)",
            ],
            ["Yearly shutdown", "Inspect the rotor support wheels and the rail; Lixivor service check of the drive"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RX-400", "RX-600"],
            ["Bottom screen segment, wedge wire 0.6 mm", "LXV-BS-400", "LXV-BS-600"],
            ["Rotor support wheel with bearing", "LXV-RW-40", "LXV-RW-60"],
            ["Stage pump mechanical seal", "LXV-MS-55", "LXV-MS-75"],
            ["Hydraulic oil filter element", "LXV-HF-22", "LXV-HF-30"],
            ["Cell seal strip set", "LXV-SS-400", "LXV-SS-600"],
            ["Inspection door gasket, PTFE", "LXV-DG-01", "LXV-DG-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tostaverra DT desolventiser-toasters
TOSTAVERRA = [
    ("title", "Tostaverra DT Desolventiser-Toasters\nOperating and Service Manual - DT-28 and DT-36"),
    (
        "p",
        "Document TSV-SM-DT-11, Edition 2, October 2024. Tostaverra Process Engineering. The DT-28 and DT-36 are "
        "vertical desolventiser-toasters (DT) that remove the hexane from the extracted meal and toast it. The meal "
        "from the solvent extractor falls onto the pre-desolventising trays, passes down through the steam-heated "
        "counter-current trays and reaches the sparge tray, where live steam is blown into it through hollow "
        "sparge tubes. The steam rises through the meal layers by the vapour tubes, condenses on the cold meal and "
        "evaporates the hexane, which leaves with the water vapour through the vapour dome. A common shaft carries "
        "one sweep arm per tray. The two models differ in diameter, number of trays and drive; otherwise they are "
        "built alike.",
    ),
    (
        "p",
        "The dryer-cooler after the DT, the vapour scrubber on the vapour dome, the condensers and the vent system "
        "have their own manuals. The urease activity and protein solubility targets of the meal are set by the "
        "site's quality department. The tray jackets are pressure equipment: their pressure tests and periodic "
        "inspections are made by the site's inspection body at the intervals it sets, and are not described here.",
    ),
    (
        "warn",
        "WARNING: Meal leaving the extractor holds up to 32 % hexane. Never open a manhole while the DT holds meal "
        "or solvent vapour. The sweep arms start without warning when the agitator is switched on from the control "
        "room: lock off the main drive before any entry.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DT-28", "DT-36"],
            [
                "Rated capacity, soybean meal from the extractor with up to 32 % hexane (meal leaving the DT)",
                "300 t/d",
                "550 t/d",
            ],
            ["Shell inside diameter", "2.8 m", "3.6 m"],
            ["Pre-desolventising trays", "2", "2"],
            ["Counter-current trays (steam-heated, with vapour tubes)", "4", "5"],
            ["Sparge tray", "1", "1"],
            ["Heated tray surface, total", "37 m²", "71 m²"],
            ["Agitator speed", "18 rpm", "15 rpm"],
            ["Main drive motor and gearbox", "75 kW", "132 kW"],
            ["Gearbox oil CLP 320", "180 L", "260 L"],
            ["Jacket steam, saturated, working pressure", "8-10 bar g", "8-10 bar g"],
            ["Jacket design pressure and safety valve setting", "12 bar g", "12 bar g"],
            ["Sparge steam supply pressure", "2-3 bar g", "2-3 bar g"],
            ["Discharge rotary valve", "DN 400, 5.5 kW", "DN 500, 7.5 kW"],
            ["Mass empty / in operation", "58 t / 96 t", "94 t / 165 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold for soybean meal extracted from flakes of 0.30-0.35 mm, with the jacket steam at 8-10 "
        "bar g and the sparge steam at its calculated rate. For rapeseed meal the capacity is 80 % of the soybean "
        "figure: 240 t/d (DT-28) and 440 t/d (DT-36). Other meals are not covered.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The jacket steam must not exceed 10 bar g. The safety valves on the steam header are set to 12 bar g "
            "and must never be blocked or reset on site.",
            "Hot meal and steam: the meal leaves at over 100 °C. Wear heat-resistant gloves and a face shield when "
            "taking samples at the discharge.",
            "Entry into the DT only under the site's confined space permit, after emptying, steaming out and gas "
            "testing (below 10 % LEL, at least 19.5 % oxygen), with the main drive locked off.",
            "Never leave meal on the trays during a stop of more than 8 h: it packs as it cools and the agitator "
            "cannot restart.",
            "Do not walk on the top cover while the DT is running; the vapour dome and the sight glasses are hot.",
        ],
    ),
    ("h", "3. Operating settings"),
    (
        "cols",
        [
            ("h", "Jacket steam"),
            (
                "p",
                "Saturated steam at 8-10 bar g on all heated trays. Heat up slowly: no more than 3 bar g for the first "
                "30 min after a cold start. Each jacket drains through its own steam trap; a flooded jacket (D12) "
                "heats only a part of its tray.",
            ),
            ("h", "Sparge steam"),
            (
                "p",
                "Sparge steam (kg/h) = meal throughput (t/h) x 60 kg/t. Example: a DT-36 at 550 t/d is 22.9 t/h, so "
                "22.9 x 60 = 1375 kg/h. Keep the rate between 50 and 70 kg/t; never more than 90 kg/t, which blows "
                "meal dust into the vapour dome. Below 40 kg/t D07 is given.",
            ),
            ("h", "Tray levels"),
            (
                "p",
                "Pre-desolventising trays 300-400 mm, counter-current trays 600-900 mm, sparge tray 900-1100 mm. The "
                "levels are held by the hydraulic gates between the trays and measured by a radar sensor on each tray.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Vapour outlet (dome) 70-75 °C. Below 68 °C (D08) the sparge steam is too low for the hexane load; "
                "above 80 °C (D09) too much steam is passing the meal. Meal at the discharge 103-107 °C; below 100 °C "
                "D10 is given.",
            ),
            ("h", "Toasting"),
            (
                "p",
                "Soybean meal must stay at least 20 min at 103 °C or more on the lower trays. Longer toasting darkens "
                "the meal and lowers its protein solubility. The DT adjusts the toasting by the levels of the lower "
                "trays, within the quality targets set by the site.",
            ),
            ("h", "Meal leaving the DT"),
            (
                "p",
                "Residual hexane no more than 500 ppm; moisture 16-20 %, which the dryer-cooler brings down (its own "
                "manual).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "D01",
                "Agitator current high",
                "Above 110 % of rated current for 30 s: meal packed on a tray, gate stuck closed, or a foreign body. "
                "Drive stops at 125 %.",
            ],
            ["D02", "Agitator stopped", "Speed monitor on the shaft gives no pulse for 20 s."],
            ["D03", "Tray level high", "Level above the high limit on the tray shown; the gate below opens fully."],
            ["D04", "Tray level low", "Level below the low limit: vapour may bypass the meal. Check the gate below."],
            ["D06", "Jacket steam high", "Steam header above 10 bar g. Check the pressure reducing valve."],
            ["D07", "Sparge steam low", "Sparge steam below 40 kg/t of meal. Check the flow control valve."],
            ["D08", "Vapour temperature low", "Vapour outlet below 68 °C. Raise the sparge steam."],
            ["D09", "Vapour temperature high", "Vapour outlet above 80 °C. Lower the sparge steam; check the levels."],
            ["D10", "Meal temperature low", "Meal at the discharge below 100 °C. Check the jacket steam and traps."],
            [
                "D11",
                "Discharge valve stopped",
                "Discharge rotary valve or the dryer-cooler stopped; feed stops after 60 s.",
            ],
            ["D12", "Jacket flooded", "Condensate level high in a tray jacket: steam trap fault on the tray shown."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Meal smells of hexane, flash test after the dryer-cooler fails",
                "Sparge steam too low, vapour outlet below 70 °C, counter-current tray levels too low",
                "Raise the sparge steam to 60-70 kg/t; keep the vapour at 70-75 °C and the levels at 600-900 mm",
            ],
            [
                "Meal dark, protein solubility low",
                "Over-toasted: lower tray levels too high or meal above 107 °C",
                "Lower the levels of the lower trays; check the jacket steam pressure",
            ],
            [
                "Agitator trips on high current after a restart",
                "Meal packed and cooled on the trays during the stop",
                "Do not make more than two restart attempts; clear the trays (section 8)",
            ],
            [
                "Wet lumps and balls in the meal",
                "Steam condensing on cold meal: feed started before the trays were hot",
                "Heat the trays for at least 60 min before the feed starts",
            ],
            [
                "Meal dust in the vapour scrubber",
                "Sparge steam above 90 kg/t, or a vapour tube blocked",
                "Lower the sparge steam; inspect the vapour tubes at the next stop",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting from cold"),
    (
        "ol",
        [
            "Check that the vapour scrubber, the condensers and the vent system are running (their own manuals).",
            "Open the bypass of each jacket steam trap to drain the condensate, then close it.",
            "Admit jacket steam at no more than 3 bar g for 30 min, then raise it to 8-10 bar g.",
            "Start the agitator, the discharge rotary valve and the dryer-cooler empty.",
            "Heat the trays for at least 60 min in total before the feed starts.",
            "Start the sparge steam at 30 % of the calculated rate.",
            "Start the extractor discharge. Keep each gate closed until its tray reaches its level.",
            "When meal reaches the sparge tray, raise the sparge steam to the calculated rate (section 3).",
            "Check the vapour outlet at 70-75 °C and the meal at the discharge at 103-107 °C.",
            "After 60 min of steady running, send a meal sample for residual hexane.",
        ],
    ),
    ("h", "7. Normal stop"),
    (
        "ol",
        [
            "When the extractor feed stops, keep the jacket and sparge steam on.",
            "Open the gates tray by tray from the bottom upwards and run the agitator until all trays are empty.",
            "Reduce the sparge steam as the sparge tray empties; close it when the tray is empty.",
            "Close the jacket steam and keep the agitator running for a further 30 min.",
            "Stop the discharge rotary valve and the dryer-cooler.",
        ],
    ),
    ("h", "8. Clearing packed trays"),
    (
        "ol",
        [
            "After two failed restart attempts with D01, lock off the main drive.",
            "Keep the vent system running. Steam out the DT through the sparge tray for 2 h, then ventilate.",
            "Obtain the site's entry permit and gas test the atmosphere.",
            "Open the manholes from the top tray downwards and dig out the packed meal by hand with non-sparking "
            "tools until the sweep arms are free.",
            "Check the sweep arm scrapers: the gap to the tray floor must be 10-15 mm.",
            "Close the manholes with new gaskets, remove the locks and restart as in section 6.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record the jacket steam pressure, vapour and meal temperatures, sparge steam rate"],
            ["Monthly", "Test every jacket steam trap; check the gate hydraulics for leaks"],
            [
                "Every 4000 h or 12 months, whichever comes first",
                "Change the gearbox oil; check the sweep arm scraper gaps (10-15 mm)",
            ],
            ["Yearly shutdown", "Inspect the vapour tubes and sparge tubes; clean blocked tubes"],
            ["At the intervals set by the site's inspection body", "Inspection and pressure test of the tray jackets"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DT-28", "DT-36"],
            ["Sweep arm scraper blade set, one tray", "TSV-SB-28", "TSV-SB-36"],
            ["Manhole gasket", "TSV-MG-500", "TSV-MG-600"],
            ["Jacket steam trap, float type", "TSV-ST-25", "TSV-ST-25"],
            ["Sparge tube", "TSV-SP-28", "TSV-SP-36"],
            ["Gate cylinder seal kit", "TSV-GC-28", "TSV-GC-36"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Scheidholm SX degumming and neutralising separators
SCHEIDHOLM = [
    ("title", "Scheidholm SX Degumming and Neutralising Separators\nOperating Instructions - SX-15 and SX-25"),
    (
        "p",
        "Document SHD-OI-SX-07, Edition 4, January 2025. Scheidholm Separators. The SX-15 and SX-25 are "
        "self-cleaning disc stack centrifuges for edible oil refineries. In water or acid degumming they separate "
        "the hydrated gums from the oil; in neutralising they separate the soapstock formed by the caustic lye from "
        "the neutral oil. The light phase (oil) leaves through a paring disc under back pressure; the heavy phase "
        "(gums or soapstock) leaves through the second paring disc. Solids collect at the bowl periphery and are "
        "ejected by partial discharges, when the sliding piston opens the ports for a fraction of a second. The two "
        "models differ in bowl size, speed and drive; the controls are the same.",
    ),
    (
        "p",
        "The lye and acid dosing, the mixers and the reaction vessels before the separator, the wash separator and "
        "the vacuum dryer after it have their own manuals. The acid dosing and the reaction times of degumming are "
        "set by the site's process department. The bowl is opened and its parts are inspected only by Scheidholm "
        "service engineers with the bowl tools; bowl disassembly is not described in this manual.",
    ),
    (
        "warn",
        "WARNING: The bowl stores a very large energy. Never loosen the hood, the bowl lock ring or any part of the "
        "frame while the bowl turns. The run-down without brake takes about 25 min (SX-15) or 30 min (SX-25); wait "
        "for the standstill lamp. Never run the separator above its rated speed or with a bowl part from another "
        "separator.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-15", "SX-25"],
            [
                "Capacity, neutralising soybean or rapeseed oil with FFA up to 3 %, feed at 80-90 °C",
                "15 t/h",
                "25 t/h",
            ],
            ["Capacity, water degumming, feed at 70-80 °C", "18 t/h", "30 t/h"],
            ["Bowl speed", "4800 rpm", "4200 rpm"],
            ["Bowl inside diameter", "580 mm", "720 mm"],
            ["Drive motor (flat belt)", "37 kW", "55 kW"],
            ["Run-up time to rated speed", "about 8 min", "about 10 min"],
            ["Run-down time without brake", "about 25 min", "about 30 min"],
            ["Vibration alarm (H02) / trip (H03)", "9 mm/s / 14 mm/s", "7.1 mm/s / 11.2 mm/s"],
            ["Partial discharge volume", "4 L", "6 L"],
            ["Lubricating oil ISO VG 150 (synthetic), gear housing", "4.5 L", "6.0 L"],
            ["Mass of the bowl / total mass", "410 kg / 1850 kg", "690 kg / 2900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Both models: oil outlet back pressure 2.0-3.5 bar; operating water 3-6 bar at the valve block; feed "
        "temperature never above 95 °C. With correct settings the soap in the neutral oil is no more than 300 ppm "
        "and its moisture no more than 0.3 %. These figures hold only for crude or degummed soybean and rapeseed "
        "oils with up to 3 % FFA at the rated capacity. For oils with more than 3 % FFA (palm, rice bran) physical "
        "refining is recommended; Scheidholm gives neutralising settings and capacities for them on request only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Caustic lye and phosphoric acid cause severe burns. Wear goggles, a face shield and chemical gloves "
            "when taking samples of soapstock or gums.",
            "The soapstock outlet and the hood are hot (up to 95 °C). Do not touch them while the separator runs.",
            "Never stand in line with the bowl when the separator is started after work on the frame.",
            "At H03 (vibration trip) the separator stops. Do not restart it until the cause is found; a separator "
            "that trips twice must be checked by Scheidholm service.",
            "Isolate and lock off the motor and close the operating water before any work on the separator.",
        ],
    ),
    ("h", "3. Settings"),
    (
        "cols",
        [
            ("h", "Back pressure"),
            (
                "p",
                "Set the oil outlet back pressure to 2.5 bar at the start and adjust it within 2.0-3.5 bar. A higher "
                "back pressure moves the interface outwards: the oil gets cleaner but more oil leaves with the "
                "soapstock. A lower back pressure does the opposite. Change it in steps of 0.2 bar and wait 10 min "
                "before the next sample.",
            ),
            ("h", "Partial discharges"),
            (
                "p",
                "Neutralising: a partial discharge every 20-40 min. Water degumming: every 30-60 min. Start with the "
                "shorter interval; lengthen it while the vibration after a discharge stays below the alarm level. A "
                "full discharge is made only at the end of a run.",
            ),
            ("h", "Caustic lye"),
            (
                "p",
                "The lye quantity is worked out for each oil: lye (kg/t) = FFA (%) x 1.42 x (1 + excess/100) / (lye "
                "strength (%)/100). Example: FFA 1.5 %, 10 % excess, lye of 16 % NaOH: 1.5 x 1.42 x 1.10 / 0.16 = 14.6 "
                "kg/t. Use an excess of 5-15 %; more excess raises the neutral oil loss.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Neutralising 80-90 °C, water degumming 70-80 °C. Never feed above 95 °C (H08): the water in the "
                "heavy phase starts to boil in the paring chamber.",
            ),
            ("h", "Operating water"),
            (
                "p",
                "Clean, soft water at 3-6 bar. Hardness no more than 4 °dH, or lime builds up in the piston and the "
                "bowl stops discharging.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Speed low", "Bowl speed below 95 % of rated: belt slipping or motor overloaded. Stop the feed."],
            [
                "H02",
                "Vibration alarm",
                "Above 9 mm/s (SX-15) or 7.1 mm/s (SX-25). Make a partial discharge; watch the trend.",
            ],
            [
                "H03",
                "Vibration trip",
                "Above 14 mm/s (SX-15) or 11.2 mm/s (SX-25). Separator stopped, feed closed. Do not restart before the "
                "cause is found.",
            ],
            ["H04", "Back pressure low", "Oil outlet below 2.0 bar: outlet valve open too far or paring disc worn."],
            ["H05", "Operating water low", "Below 3 bar at the valve block. Clean the strainer (section 8)."],
            [
                "H06",
                "Discharge not detected",
                "No pressure drop seen at the discharge: piston stuck, water nozzle blocked.",
            ],
            ["H08", "Feed too hot", "Feed above 95 °C. Check the heater before the separator."],
            ["H09", "Feed flow low", "Feed below 50 % of the set flow for 60 s."],
            ["H10", "Motor overload", "Motor current above rated for 120 s. Check the belt and the bowl for solids."],
            ["H11", "Oil outlet pressure high", "Above 4.5 bar: a valve after the separator closed."],
            ["H12", "Service due", "8000 running hours since the last Scheidholm service."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Soap in the neutral oil above 300 ppm",
                "Back pressure too low, feed above capacity, feed temperature below 80 °C",
                "Raise the back pressure in steps of 0.2 bar; check the flow and the temperature",
            ],
            [
                "Much neutral oil in the soapstock",
                "Back pressure too high, too much lye excess",
                "Lower the back pressure in steps of 0.2 bar; check the lye calculation",
            ],
            [
                "Vibration rises after each discharge",
                "Solids left unevenly in the bowl, disc stack fouled",
                "Make a full discharge and clean in place (section 7); if it persists, call Scheidholm service",
            ],
            [
                "Bowl does not discharge (H06)",
                "Operating water pressure low or strainer blocked, hard water scale in the piston",
                "Clean the strainer; check the water hardness (no more than 4 °dH)",
            ],
            [
                "Separator slow to reach speed",
                "Flat belt worn or oily",
                "Replace the belt (SHD-FB-15 or SHD-FB-25); never dress it",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting"),
    (
        "ol",
        [
            "Check the oil level in the gear housing sight glass: middle of the glass.",
            "Check that the hood and the bowl lock ring are closed and the feed is shut.",
            "Open the operating water and check 3-6 bar at the valve block.",
            "Start the motor and wait for the run-up: about 8 min (SX-15) or 10 min (SX-25), until the speed lamp "
            "shows.",
            "Close the bowl from the control panel and feed hot water at 85-90 °C for 2 min.",
            "Switch the feed from water to oil, set the back pressure to 2.5 bar and the discharge interval.",
            "After 15 min take samples of the oil (soap, moisture) and the soapstock (neutral oil).",
        ],
    ),
    ("h", "7. Stopping and cleaning in place"),
    (
        "ol",
        [
            "Switch the feed from oil to hot water at 85-90 °C for 5 min.",
            "Make three partial discharges, then a full discharge.",
            "Circulate hot lye of 1-2 % NaOH at 80 °C through the separator for 30 min.",
            "Rinse with hot water at 85-90 °C for 10 min and make a full discharge.",
            "Switch off the motor. Keep the operating water on until the bowl has stopped.",
            "Wait for the standstill lamp (about 25 min on the SX-15, 30 min on the SX-25) before opening any cover.",
        ],
    ),
    ("h", "8. Cleaning the operating water strainer"),
    (
        "ol",
        [
            "Stop the separator (section 7) and close the operating water supply valve.",
            "Open the drain cock on the strainer housing to release the pressure.",
            "Unscrew the cover and pull out the 100 micron screen.",
            "Clean it with water and a soft brush; replace it if the mesh is torn.",
            "Refit the screen with a new O-ring and close the drain cock.",
            "Open the supply valve and check 3-6 bar at the valve block.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level; record vibration, back pressure and operating water pressure"],
            ["Weekly", "Clean the operating water strainer (section 8)"],
            ["Every 2000 h", "Change the gear housing lubricating oil"],
            ["Every 4000 h or 12 months, whichever comes first", "Replace the flat belt"],
            [
                "Every 8000 h (H12) or 2 years, whichever comes first",
                "Scheidholm service: bowl inspection, seals, bearings",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-15", "SX-25"],
            ["Flat belt", "SHD-FB-15", "SHD-FB-25"],
            ["Operating water strainer screen 100 micron", "SHD-WS-01", "SHD-WS-01"],
            ["Minor service kit (O-rings, piston seals)", "SHD-MK-15", "SHD-MK-25"],
            ["Paring disc, light phase", "SHD-PD-15L", "SHD-PD-25L"],
            ["Lubricating oil ISO VG 150, 5 L", "SHD-LO-150", "SHD-LO-150"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Desodra CD-300 continuous deodoriser
DESODRA = [
    ("title", "Desodra CD-300 Continuous Deodoriser\nOperation and Maintenance Manual"),
    (
        "p",
        "Document DSD-OM-CD3-05, Edition 1, June 2025. Desodra Refining Systems. The CD-300 is a continuous "
        "deodoriser for edible oils. Bleached oil is deaerated, heated in the economiser by the outgoing oil and "
        "brought to the deodorising temperature in the final heater with thermal oil. It then flows down a packed "
        "stripping column against the stripping steam and through five stripping trays, where sparge steam is "
        "blown into it. The volatile matter (free fatty acids, odour compounds, tocopherols in part) leaves with the "
        "steam to the fatty acid scrubber, where it condenses as distillate. The deodorised oil gives up its heat in "
        "the economiser, is cooled and leaves to storage.",
    ),
    (
        "p",
        "The vacuum unit (steam ejectors and condensers, Desodra manual DSD-OM-VU-02), the thermal oil heater, the "
        "polishing filter after the cooler and the oil storage tanks have their own manuals. Contaminant limits of "
        "the finished oil (3-MCPD and glycidyl esters, trans fatty acids) are set by the site's quality department "
        "under food law; the deodoriser only keeps within the temperatures given here.",
    ),
    (
        "warn",
        "WARNING: The oil is at up to 265 °C under vacuum. Never break the vacuum with air while any oil in the "
        "deodoriser is above 100 °C: hot oil and air can ignite and the oil oxidises. Use nitrogen. Never open a "
        "sight glass cover, a manhole or a flange while the vessel is under vacuum or hot.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            [
                "Rated capacity, neutralised and bleached soybean, rapeseed or sunflower oil (chemical refining)",
                "300 t/d (12.5 t/h)",
            ],
            ["Rated capacity, bleached palm oil, physical refining", "240 t/d (10 t/h)"],
            ["Stripping trays", "5 trays of 2.8 m³ each"],
            [
                "Retention on the stripping trays (14 m³ at about 0.79 t/m³ = 11 t of oil)",
                "about 53 min at 12.5 t/h, about 66 min at 10 t/h",
            ],
            ["Packed column", "structured packing, 2.0 m high, 1.6 m diameter"],
            ["Operating vacuum at the top of the deodoriser", "2-3 mbar"],
            ["Thermal oil supply to the final heater", "270-285 °C, never above 290 °C"],
            ["Stripping steam", "dry, 3 bar g, superheated by at least 10 °C"],
            ["Economiser heat recovery", "about 75 % of the heat needed"],
            ["Fatty acid scrubber circulation", "55-65 °C"],
            ["Oil leaving to storage", "no hotter than 50 °C"],
            ["Citric acid dosing (as 20 % solution)", "20-50 ppm, dosed at 100-120 °C"],
            ["Vessel design", "full vacuum to 2 bar g at 300 °C"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The finished oil has no more than 0.05 % FFA (as oleic acid) when the feed holds no more than 0.1 % FFA "
        "(chemical refining) or no more than 5 % FFA (palm oil, physical refining), the vacuum is 2-3 mbar and the "
        "stripping steam and temperature are as in section 3. Fish oils and other oils sensitive to high "
        "temperatures are not covered by this manual; Desodra gives settings for them on request.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Thermal oil at up to 290 °C: a leak can ignite. Keep the insulation dry and free of oil; replace "
            "oil-soaked insulation at once.",
            "Fatty acid distillate is corrosive to skin and eyes when hot. Wear goggles and gloves at the distillate "
            "tank.",
            "Entry into the deodoriser only under the site's confined space permit, after cooling below 40 °C, "
            "breaking the vacuum with air once the oil is drained and cold, and ventilating.",
            "The deodoriser must not run with a safety valve or a bursting disc removed.",
        ],
    ),
    ("h", "3. Process settings"),
    (
        "cols",
        [
            ("h", "Deodorising temperature"),
            (
                "p",
                "Soft oils (chemical refining): 230-240 °C. Palm oil (physical refining): 250-260 °C. Never above "
                "265 °C (V02): above it trans fatty acids and glycidyl esters rise quickly. Use the lowest temperature "
                "that gives the FFA and the taste wanted, and hold it within ±3 °C of the setpoint.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "2-3 mbar at the top. At 4 mbar V03 warns. Above 6 mbar for 5 min (V04) the thermal oil valve "
                "closes and the feed goes to recirculation. The vacuum depends on the vacuum unit and its cooling "
                "water (manual DSD-OM-VU-02).",
            ),
            ("h", "Stripping steam"),
            (
                "p",
                "Soft oils 0.6-1.0 % of the oil flow; palm oil 1.0-1.5 %. Steam (kg/h) = oil flow (t/h) x 1000 x "
                "steam (%) / 100. Example: soft oil at 12.5 t/h with 0.8 %: 12.5 x 1000 x 0.8 / 100 = 100 kg/h. Below "
                "0.5 % V05 is given.",
            ),
            ("h", "Scrubber"),
            (
                "p",
                "Keep the distillate circulation at 55-65 °C (V09): colder, palm fatty acids set in the packing; "
                "warmer, fatty acids pass to the vacuum unit.",
            ),
            ("h", "Cooling and citric acid"),
            (
                "p",
                "Citric acid 20-50 ppm, dosed at 100-120 °C after the economiser. The oil must leave to storage no "
                "hotter than 50 °C (V12); hotter oil darkens and oxidises in the tank.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["V01", "Thermal oil high", "Supply above 290 °C. Thermal oil heater fault (its own manual)."],
            ["V02", "Oil temperature high", "Oil after the final heater above 265 °C. Thermal oil valve closes."],
            ["V03", "Vacuum poor", "Top pressure at 4 mbar or above. Check the vacuum unit and air leaks."],
            [
                "V04",
                "Vacuum lost",
                "Above 6 mbar for 5 min. Thermal oil closed, feed to recirculation. Do not break the vacuum.",
            ],
            ["V05", "Stripping steam low", "Below 0.5 % of the oil flow. Check the steam supply and flow valve."],
            ["V06", "Tray level high", "Level high on the tray shown: overflow pipe blocked or outlet pump slow."],
            ["V07", "Tray level low", "Level low on the tray shown: sparge steam passes without oil."],
            ["V09", "Scrubber temperature", "Distillate circulation outside 55-65 °C."],
            ["V10", "Distillate tank high", "Distillate tank above 85 %. Pump it out to the distillate storage."],
            ["V11", "Feed pump stopped", "No feed: thermal oil valve closes after 2 min."],
            ["V12", "Oil to storage hot", "Oil leaving the cooler above 50 °C. Check the cooling water."],
            ["V13", "Citric acid fault", "Citric acid dosing pump stopped or its tank empty."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "FFA in the deodorised oil above 0.05 %",
                "Vacuum poorer than 3 mbar, stripping steam too low, temperature below its range",
                "Bring the vacuum back to 2-3 mbar (vacuum unit manual); raise the stripping steam; check the "
                "temperature",
            ],
            [
                "Neutral oil in the fatty acid distillate",
                "Entrainment: stripping steam above its range, or foaming from soap or water in the feed",
                "Lower the stripping steam; the feed must hold no soap and no more than 0.1 % water",
            ],
            [
                "Oil tastes off or goes rancid in storage within days",
                "Air leak into the deodoriser, no citric acid, oil to storage hotter than 50 °C",
                "Leak test (section 8); check V13; check the cooler",
            ],
            [
                "Palm oil colour too red after deodorising",
                "Heat bleaching incomplete: temperature below 250 °C or bleaching upstream poor",
                "Raise to 250-260 °C; check the bleached oil colour",
            ],
            [
                "Vacuum swings every few minutes",
                "Motive steam pressure falling, cooling water warm, leaking sight glass gasket",
                "Check the vacuum unit (manual DSD-OM-VU-02); leak test",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting"),
    (
        "ol",
        [
            "Start the vacuum unit (its own manual) and evacuate the empty deodoriser to below 3 mbar.",
            "Start the scrubber circulation and bring it to 55-65 °C.",
            "Start the feed at 60 % of the planned flow on the start-up loop: final heater and back to the feed tank.",
            "Open the thermal oil and heat the circulating oil to the deodorising temperature for the oil.",
            "Open the stripping steam at the calculated rate (section 3).",
            "Switch the oil from the start-up loop to the column and the trays.",
            "Send the oil leaving the cooler to the off-spec tank until two samples 30 min apart show no more than "
            "0.05 % FFA.",
            "Start the citric acid dosing and switch the oil to the product tank.",
            "Raise the feed to the planned flow in steps of 10 % every 15 min.",
        ],
    ),
    ("h", "7. Shutting down"),
    (
        "ol",
        [
            "Stop the feed. Keep the stripping steam and the vacuum on.",
            "Close the thermal oil. Let the oil cool on the trays under vacuum with the stripping steam on until it "
            "is below 150 °C.",
            "Drain the trays through the economiser and the cooler to the off-spec tank.",
            "Close the stripping steam when the last tray is empty, and stop the citric acid dosing.",
            "Keep the vacuum until all oil in the deodoriser and its piping is below 100 °C.",
            "Break the vacuum with nitrogen, then stop the vacuum unit (its own manual).",
        ],
    ),
    ("h", "8. Leak test"),
    (
        "ol",
        [
            "With the deodoriser empty and at ambient temperature, evacuate it to below 3 mbar.",
            "Close the main vacuum valve between the deodoriser and the vacuum unit.",
            "Record the pressure at the top every 5 min for 15 min.",
            "The pressure must not rise by more than 2 mbar in 15 min.",
            "If it rises more, pressurise with nitrogen to 0.5 bar g and find the leak with leak spray at the "
            "flanges, sight glasses and instrument nozzles.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record the vacuum, temperatures, stripping steam and scrubber temperature"],
            ["Weekly", "Sample the distillate for neutral oil; check the citric acid tank"],
            ["Every 3 months", "Leak test (section 8) at a planned stop"],
            [
                "Every 8000 h or yearly shutdown, whichever comes first",
                "Inspect the sparge pipes (holes 3 mm, clear them), the packing and the demister",
            ],
            ["Yearly shutdown", "Renew the sight glass gaskets; inspect the economiser plates"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Sight glass gasket set, graphite", "DSD-SG-100"],
            ["Sparge pipe, one tray", "DSD-SP-300"],
            ["Demister pad", "DSD-DM-160"],
            ["Structured packing element", "DSD-PK-160"],
            ["Citric acid dosing pump diaphragm", "DSD-CD-04"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("lixivor-rx-rotary-cell-solvent-extractor.pdf", "Lixivor LXV-OM-RX-04 Ed 3 - RX-400 / RX-600", LIXIVOR),
        ("tostaverra-dt-desolventiser-toaster.pdf", "Tostaverra TSV-SM-DT-11 Ed 2 - DT-28 / DT-36", TOSTAVERRA),
        (
            "scheidholm-sx-degumming-and-neutralising-centrifuge.pdf",
            "Scheidholm SHD-OI-SX-07 Ed 4 - SX-15 / SX-25",
            SCHEIDHOLM,
        ),
        ("desodra-cd-continuous-deodoriser.pdf", "Desodra DSD-OM-CD3-05 Ed 1 - CD-300", DESODRA),
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
