"""Generate the PDF manuals of the hundred-and-seventy-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set177-scratch/venv && /tmp/set177-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set177-scratch/venv/bin/python knowledge/samples/hundredseventyseventh/make_pdfs.py

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


# ---------------------------------------------------------------- Formclara FW former washing lines
FORMCLARA = [
    ("title", "Formclara FW Former Washing Lines\nOperation and Maintenance Manual - FW-30 and FW-45"),
    (
        "p",
        "Document FCL-OM-FW-04, Edition 3, March 2025. Formclara Line Systems. The FW-30 and FW-45 are inline "
        "cleaning sections for glove dipping lines. The hand formers (glazed porcelain) pass on the line chain "
        "through five stations in this order: the acid tank, the cold rinse, the alkali tank, the brush station and "
        "the hot rinse. The FW-30 is built for lines of up "
        "to 30 000 formers per hour and the FW-45 for up to 45 000; apart from the sizes and the values given for "
        "each model, the two sections are built alike.",
    ),
    (
        "p",
        "The line chain, the former holders and the line speed control belong to the dipping line and are covered "
        "by the line maker's manual. Steam, fresh water, the exhaust fan and its duct, and the treatment of the "
        "dumped baths are the site's; the chemicals' safety data sheets come from the chemical supplier. "
        "All acid values in this manual are for nitric acid; other acids are not "
        "covered.",
    ),
    (
        "warn",
        "WARNING: Nitric acid and caustic soda cause severe burns. Wear a face shield, acid-resistant gloves, apron "
        "and boots when sampling, dosing or draining. Always add acid or caustic to water, never water to acid. "
        "Never enter a tank without the site's confined space permit and a locked-out section.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FW-30", "FW-45"],
            ["Line capacity, formers per hour", "30 000", "45 000"],
            ["Chain speed at rated capacity (double former line, 100 mm holder pitch)", "25 m/min", "37.5 m/min"],
            ["Acid and alkali tanks, working volume each", "3.2 m³ (3200 L)", "4.6 m³ (4600 L)"],
            ["Cold rinse and hot rinse tanks, working volume each", "2.2 m³", "3.3 m³"],
            ["Immersed length in the acid and alkali tanks", "4.2 m", "6.3 m"],
            ["Immersion time at rated capacity", "10 s", "10 s"],
            ["Acid tank: nitric acid, working concentration", "2.0-3.0 %", "2.0-3.0 %"],
            ["Alkali tank: caustic soda with detergent, working concentration", "1.5-2.5 %", "1.5-2.5 %"],
            ["Heating: steam coils, 3 bar saturated steam, duty per heated tank", "95 kW", "140 kW"],
            ["Heat-up time of all tanks from 20 °C, steam at 3 bar", "2.5 h", "3 h"],
            ["Circulation pump per tank", "16 m³/h, 1.5 kW", "24 m³/h, 2.2 kW"],
            ["Brush station: pairs of rotating nylon brushes, 0.55 kW each", "2 pairs", "3 pairs"],
            ["Fresh water make-up to the cold rinse, maximum", "1.2 m³/h", "1.8 m³/h"],
            ["Exhaust air needed at the acid and alkali hoods (fan by the site)", "2800 m³/h", "4000 m³/h"],
            ["Electrical supply 400 V 3~ 50 Hz, connected load", "11 kW", "16 kW"],
            ["Mass, empty", "4.1 t", "5.6 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The eye wash and safety shower at the acid tank are provided by the site and must be reachable within "
            "10 s. Test them weekly.",
            "Keep the hood doors closed while the tanks are hot. Nitric acid fumes rise quickly above 55 °C.",
            "Never mix the acid and alkali baths; the dumped baths go separately to the site's effluent plant.",
            "Lock out the brush motors before reaching into the brush station.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Bath temperatures"),
            (
                "p",
                "Acid tank 50-55 °C. Alkali tank 60-65 °C. Hot rinse 70 °C ±3 °C. Each heated tank has its own "
                "overtemperature thermostat, independent of the controller: above 60 °C in the acid tank (F04) or "
                "above 72 °C in the alkali tank (F06) it closes the steam valve. Below 65 °C in the hot rinse for "
                "5 min the section shows F08; formers then leave too cold for the coagulant dip.",
            ),
            ("h", "Immersion time"),
            (
                "p",
                "Immersion time (s) = immersed length (m) / chain speed (m/min) x 60. Example: FW-30 at 25 m/min, "
                "4.2 / 25 x 60 = 10 s. The immersion time in the acid and in the alkali tank must be at least 8 s; "
                "below that the formers are not cleaned fully.",
            ),
            ("h", "Dosing"),
            (
                "p",
                "Stock to add (L) = working volume (L) x (target % - measured %) / stock %. Example: FW-30 acid "
                "tank, 3200 L, measured 1.8 %, target 2.5 %, 60 % nitric acid: 3200 x 0.7 / 60 = 37.3 L, so add "
                "38 L. The formula ignores the density of the stock; round up and titrate again after 15 min of "
                "circulation. Use 50 % caustic soda for the alkali tank in the same way. Add no more than 20 L of "
                "stock at a time.",
            ),
            ("h", "Bath life"),
            (
                "p",
                "Dump the acid tank every 4 weeks or when the dissolved calcium reaches 3 g/L, whichever comes "
                "first (calcium test kit FCL-TK-CA). Dump the alkali tank every 8 weeks.",
            ),
            ("h", "Brushes"),
            (
                "p",
                "The brushes overlap the former surface by 5-8 mm. More than 10 mm wears the former glaze. Brush "
                "speed 150-250 rpm. New bristles are 50 mm long; change the roller when they are worn below 35 mm.",
            ),
            ("h", "Clean former test"),
            (
                "p",
                "A clean former holds an unbroken water film for at least 10 s after the hot rinse (water-break "
                "test). The hot rinse overflow may be no more than 200 µS/cm above the fresh water.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["F02", "Acid pump overload", "Motor protection tripped. Check the strainer basket and the impeller."],
            ["F03", "Alkali pump overload", "As F02, alkali tank."],
            ["F04", "Acid tank overtemperature", "Above 60 °C. Check the steam valve for leakage and the controller setpoint."],
            ["F05", "Low level", "Level below the coil cover. Top up with water; find the leak or the open drain."],
            ["F06", "Alkali tank overtemperature", "Above 72 °C. As F04."],
            ["F07", "Brush motor overload", "Brush jammed or overlap too large. Reset the overlap to 5-8 mm."],
            ["F08", "Hot rinse cold", "Below 65 °C for 5 min. Check steam pressure (3 bar) and the steam trap."],
            ["F10", "Exhaust airflow low", "Hood pressure switch below 80 Pa. Check the damper; the fan is the site's."],
            ["F11", "Make-up water low", "Cold rinse make-up below 0.3 m³/h. Check the site supply and the valve."],
            ["F12", "Steam valve feedback", "Valve position differs from the signal by more than 10 %. Check the actuator."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Water film breaks into drops on the formers after the hot rinse",
                "Alkali concentration or alkali temperature low, or the brushes worn",
                "Titrate the alkali tank, check 60-65 °C, check the bristle length",
            ],
            [
                "White scale spots on the formers",
                "Acid weak, or dissolved calcium too high",
                "Titrate the acid tank; dump it at 3 g/L calcium",
            ],
            [
                "Yellow stains or an acid smell on the formers at the alkali tank",
                "Cold rinse make-up too low, acid carried over",
                "Raise the make-up flow; check for F11",
            ],
            [
                "Formers knocked or chipped at the brush station",
                "Brush overlap too large or brushes running against each other",
                "Set the overlap to 5-8 mm; check the brush directions",
            ],
            [
                "Heavy fumes at the acid hood",
                "Exhaust airflow low, or acid tank above 55 °C",
                "Check the hood damper and F10; lower the setpoint",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the section from cold"),
    (
        "ol",
        [
            "Check that all drains are closed and the tanks are filled to the level marks.",
            "Start the five circulation pumps and check that the overflows run.",
            "Start the exhaust fan (site) and check that F10 is clear.",
            "Open the main steam valve slowly and switch the controllers to AUTO.",
            "Wait for the tanks to reach their setpoints: about 2.5 h (FW-30) or 3 h (FW-45) from 20 °C.",
            "Titrate the acid and alkali tanks (section 7) and correct them before formers run.",
            "Start the brushes and the make-up water when the line starts.",
        ],
    ),
    ("h", "7. Titrating the acid and alkali tanks"),
    (
        "ol",
        [
            "Let the tank circulate for at least 15 min.",
            "Take 100 mL from the sample valve on the pump delivery, wearing a face shield and gloves.",
            "Cool the sample below 30 °C.",
            "Pipette 10 mL of the sample into a flask and add 50 mL of deionised water.",
            "Acid tank: add 3 drops of phenolphthalein and titrate with 1 N sodium hydroxide until the first pink "
            "colour stays for 30 s. Nitric acid (%) = mL of 1 N NaOH x 0.63.",
            "Alkali tank: add 3 drops of phenolphthalein and titrate with 1 N hydrochloric acid until the pink colour "
            "is gone. Caustic soda (%) = mL of 1 N HCl x 0.40.",
            "Record the result in the shift log and dose if it is outside the working range (section 3).",
        ],
    ),
    ("h", "8. Changing a brush roller"),
    (
        "ol",
        [
            "Stop the line with the formers clear of the brush station and lock out the brush motors.",
            "Open the brush station guard and lift the brush frame with the two jack screws.",
            "Undo the coupling and the two bearing blocks and lift out the old roller.",
            "Fit the new roller (FCL-BR-30 or FCL-BR-45) with its arrow in the running direction.",
            "Lower the frame until the bristles overlap a former by 5-8 mm, measured with the depth gauge.",
            "Tighten the bearing blocks to 45 Nm and run the brush for 5 min without formers.",
        ],
    ),
    ("h", "9. Dumping and refilling the acid tank"),
    (
        "ol",
        [
            "Tell the site's effluent plant before draining; the acid goes to it through the acid drain line only.",
            "Stop the steam and let the tank cool below 40 °C.",
            "Drain the tank and rinse it twice with fresh water to the same drain.",
            "Inspect the coils and the weld seams; report any crack to Formclara service. Weld repairs on the acid "
            "tank are done by Formclara service only.",
            "Fill with fresh water to 80 % of the working level.",
            "Add the nitric acid slowly through the dosing funnel with the pump running, acid to water.",
            "Top up to the level mark, heat up and titrate.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Titrate the acid and alkali tanks; check the temperatures; water-break test on 5 formers"],
            ["Daily", "Check the brush overlap; empty the pump strainer baskets"],
            ["Weekly", "Measure the bristle length; clean the hood filters; test the eye wash (site)"],
            ["4 weeks or 3 g/L calcium, whichever comes first", "Dump and refill the acid tank"],
            ["8 weeks", "Dump and refill the alkali tank"],
            ["6 months", "Descale the steam coils; check the pump seals; test the overtemperature thermostats"],
            ["12 months", "Formclara service inspection, including a wall thickness check of the acid tank"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FW-30", "FW-45"],
            ["Brush roller, complete", "FCL-BR-30", "FCL-BR-45"],
            ["Circulation pump seal kit", "FCL-PS-16", "FCL-PS-24"],
            ["Overtemperature thermostat, acid tank (60 °C)", "FCL-TS-60", "FCL-TS-60"],
            ["Overtemperature thermostat, alkali tank (72 °C)", "FCL-TS-72", "FCL-TS-72"],
            ["Steam valve actuator", "FCL-SV-25", "FCL-SV-32"],
            ["Titration kit", "FCL-TK-01", "FCL-TK-01"],
            ["Calcium test kit", "FCL-TK-CA", "FCL-TK-CA"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Former life and the criteria for replacing worn or chipped formers are given by the former supplier, not "
        "by Formclara.",
    ),
]

# ---------------------------------------------------------------- Koagmont CT coagulant dip tanks
KOAGMONT = [
    ("title", "Koagmont CT Coagulant Dip Tanks\nUser and Maintenance Manual - CT-20 and CT-32"),
    (
        "p",
        "Document KGM-UM-CT-03, Edition 2, June 2024. Koagmont Process Tanks. The CT-20 and CT-32 hold the "
        "coagulant (a calcium nitrate solution with wetting and release agents) into which the warm, clean formers "
        "of a glove dipping line are dipped before the latex dip. The tank heats the coagulant electrically, "
        "circulates it through a bag filter and a bottom spray pipe, and keeps the level constant at an overflow "
        "weir. The CT-20 holds 2.0 m³ and the CT-32 3.2 m³; apart from the values given for each model, they are "
        "built alike.",
    ),
    (
        "p",
        "The coagulant recipe (calcium nitrate strength, density, wetting agent, release agent) is set by the "
        "site's process engineering and mixed in the site's coagulant kitchen; this manual only tells how the tank "
        "holds it. The dipping depth is set by the height of the dipping line's rail and the former temperature by "
        "the former oven; both are in the line maker's manual.",
    ),
    (
        "warn",
        "WARNING: Calcium nitrate is an oxidiser. Do not let dried coagulant collect on wood, rags or oily "
        "surfaces. The coagulant is held at up to 65 °C: wear gloves and a face shield when sampling. Never switch "
        "the heaters on with the tank empty or the pump stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-20", "CT-32"],
            ["Working volume", "2.0 m³ (2000 L)", "3.2 m³ (3200 L)"],
            ["Inside length x width x depth", "3.6 x 0.55 x 0.9 m", "5.4 x 0.55 x 0.9 m"],
            ["Immersion heaters, Incoloy sheath, 400 V", "3 x 8 kW = 24 kW", "4 x 9 kW = 36 kW"],
            ["Circulation pump", "10 m³/h, 1.1 kW", "16 m³/h, 1.5 kW"],
            ["Bag filter housings, 50 µm bags", "1", "2 in parallel"],
            ["Temperature setpoint range", "50-65 °C", "50-65 °C"],
            ["Temperature control band at setpoint, circulation running", "±2 °C", "±2 °C"],
            ["Overtemperature thermostat (C04)", "75 °C", "75 °C"],
            ["Level at the overflow weir, circulation running", "±3 mm", "±3 mm"],
            ["Sludge drain valve", "DN 40", "DN 50"],
            ["Tank material", "316L", "316L"],
            ["Electrical supply 400 V 3~ 50 Hz, total", "26 kW, 40 A", "38 kW, 63 A"],
            ["Mass, empty / filled", "650 / 2850 kg", "880 / 4400 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The heaters are interlocked with the flow switch on the pump delivery (C03). Never bridge the flow "
            "switch: a heater without flow over it burns out within minutes and can crack its sheath.",
            "Spilled coagulant is slippery and, when dry, an oxidiser. Hose spills down to the floor drain at once.",
            "Lock out the heaters and the pump before opening a filter housing or entering the tank area below the "
            "line.",
            "Electrical work on the heaters and the control cabinet is for qualified electricians only.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Temperature"),
            (
                "p",
                "Set between 50 and 65 °C as the recipe requires; the tank holds ±2 °C with the circulation "
                "running. Above 75 °C the overtemperature thermostat switches off all heaters (C04); it must be "
                "reset by hand at the cabinet. The coagulant must not be kept above 70 °C: the wetting agent "
                "separates.",
            ),
            ("h", "Heat-up time"),
            (
                "p",
                "Heat-up time (h) = volume (L) x temperature rise (K) / (heater power (kW) x 800). Example: CT-20 "
                "from 20 to 60 °C, 2000 x 40 / (24 x 800) = 4.2 h. If the set temperature is not reached within 8 h, "
                "C11 is shown.",
            ),
            ("h", "Density"),
            (
                "p",
                "The recipe gives a density at 60 °C. Keep the tank within ±0.004 g/mL of it. Measure with the "
                "hydrometer every 2 h. A sample at another temperature is corrected with: corrected density = "
                "reading + 0.0005 x (sample temperature - 60). Example: 1.095 g/mL read at 50 °C is 1.095 - 0.005 "
                "= 1.090 g/mL at 60 °C. Correct a low density with stock from the coagulant kitchen and a high one "
                "with hot water, no more than 50 L at a time.",
            ),
            ("h", "Filter"),
            (
                "p",
                "Change the bags when the differential pressure reaches 0.8 bar (C07). Above 1.2 bar the relief "
                "valve opens and unfiltered coagulant passes the filter.",
            ),
            ("h", "Sludge"),
            (
                "p",
                "Open the sludge drain valve for 10 s at the start of every shift. Clean the tank (section 8) every "
                "2 weeks, or sooner when more than 5 mm of sludge lies on the bottom.",
            ),
            ("h", "Level"),
            (
                "p",
                "The weir holds the level within ±3 mm while the pump runs. Below -15 mm the heaters switch off "
                "(C05). The coagulant kitchen tops the tank up through the level valve; its stock strength is the "
                "site's.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["C02", "Pump overload", "Motor protection tripped. Check for a blocked suction strainer."],
            ["C03", "No flow", "Flow switch open for 5 s. Heaters off. Check the pump, the valves and the filter."],
            ["C04", "Overtemperature", "Above 75 °C. Check the controller and the heater contactors; reset by hand."],
            ["C05", "Level low", "Level 15 mm below the weir. Check the top-up valve and the coagulant kitchen."],
            ["C06", "Level high", "Overflow blocked. Clean the overflow pipe and the return trough."],
            ["C07", "Filter differential pressure", "0.8 bar reached. Change the filter bags (section 7)."],
            ["C09", "Temperature sensor", "Pt100 open or short. Heaters off. Replace the sensor KGM-PT-100."],
            ["C10", "Heater current", "Phase currents differ by more than 15 %. A heater element or contactor failed."],
            ["C11", "Setpoint not reached", "Setpoint not reached within 8 h. Check the heaters and for scale on them."],
            ["C12", "Service due", "4000 running hours since the last service. The tank still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Coagulant runs down the formers and leaves drip lines on the gloves",
                "Formers entering too cold to dry the coagulant, or density too low",
                "Check the former temperature (former oven, line maker's manual) and the density",
            ],
            [
                "Thin or bare patches in the coagulant film",
                "Formers not clean, or wetting agent low",
                "Water-break test on the formers; ask the coagulant kitchen to check the wetting agent",
            ],
            [
                "Foam on the tank surface",
                "Level low so the spray pipe draws air, or the return falls freely into the tank",
                "Restore the level; lengthen the return pipe below the surface",
            ],
            [
                "Filter bags block within one shift",
                "Sludge stirred up, or release agent badly dispersed",
                "Drain the sludge; clean the tank; ask the kitchen to check the pre-mix",
            ],
            [
                "Temperature overshoots the setpoint by more than 3 °C",
                "Sensor outside its pocket, or a heater contactor welded",
                "Refit the sensor; check the contactors (C10)",
            ],
            [
                "Heaters on but the temperature rises slowly",
                "Scale on the heater sheaths",
                "Descale the heaters (3-month task)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and heating up"),
    (
        "ol",
        [
            "Close the sludge drain and the tank drain valves.",
            "Fill with coagulant from the coagulant kitchen to 50 mm below the weir.",
            "Start the pump and check that the flow switch closes and the level settles at the weir.",
            "Check the level again after 5 min and top up.",
            "Enter the setpoint from the recipe and switch the heaters to AUTO.",
            "Measure the density when the setpoint is reached and correct it before the line starts dipping.",
        ],
    ),
    ("h", "7. Changing the filter bags"),
    (
        "ol",
        [
            "Stop the pump; the heaters switch off with it (C03 is normal here).",
            "Close the inlet and outlet valves of the filter housing (CT-32: of one housing at a time, so the "
            "other keeps running).",
            "Open the vent valve and drain the housing into a bucket.",
            "Open the lid, lift out the basket and pull out the old bag.",
            "Fit a new 50 µm bag KGM-FB-50 and push its ring fully into the seat.",
            "Check the lid O-ring, close the lid and tighten the swing bolts by hand.",
            "Open the outlet valve, then the inlet valve slowly, and vent until coagulant comes out.",
            "Restart the pump and check that the differential pressure is below 0.2 bar.",
        ],
    ),
    ("h", "8. Draining and cleaning the tank"),
    (
        "ol",
        [
            "Switch off the heaters and let the coagulant cool below 45 °C with the pump running.",
            "Pump the coagulant back to the coagulant kitchen's holding tank, if the kitchen accepts it.",
            "Drain the rest and the sludge to the site's effluent drain.",
            "Scrape and hose the sludge off the bottom and the spray pipe.",
            "Check the heater sheaths for scale and the weir for deposits.",
            "Rinse with hot water, drain, and refill (section 6).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Drain the sludge valve for 10 s; check the temperature and the level"],
            ["Every 2 h", "Measure the density"],
            ["Daily", "Check the filter differential pressure and the foam"],
            ["2 weeks, or more than 5 mm of sludge", "Drain and clean the tank (section 8)"],
            ["3 months", "Descale the heater sheaths; check the flow switch"],
            ["4000 h (C12)", "Koagmont service: heaters, contactors, pump seal"],
            ["12 months", "Test the overtemperature thermostat and the earth leakage protection (site electrician)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CT-20", "CT-32"],
            ["Heater element", "KGM-HE-08 (8 kW)", "KGM-HE-09 (9 kW)"],
            ["Filter bag 50 µm, pack of 10", "KGM-FB-50", "KGM-FB-50"],
            ["Pump mechanical seal kit", "KGM-PS-10", "KGM-PS-16"],
            ["Overtemperature thermostat 75 °C", "KGM-OT-75", "KGM-OT-75"],
            ["Flow switch", "KGM-FS-01", "KGM-FS-01"],
            ["Temperature sensor Pt100", "KGM-PT-100", "KGM-PT-100"],
            ["Hydrometer 1.000-1.200 g/mL", "KGM-HY-12", "KGM-HY-12"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Clorquin OC-40 online chlorination unit
CLORQUIN = [
    ("title", "Clorquin OC-40 Online Glove Chlorination Unit\nOperation and Maintenance Manual"),
    (
        "p",
        "Document CLQ-OM-OC40-02, Edition 2, October 2024. Clorquin Surface Systems. The OC-40 chlorinates the "
        "surface of nitrile gloves while they are still on the formers, after the post-leach, so that the gloves "
        "do not stick together and are easy to don. It has three tanks in line: the chlorination tank, the "
        "neutraliser tank (sodium thiosulphate) and the rinse tank. Chlorine water is made continuously in the "
        "dosing skid by metering sodium hypochlorite and hydrochloric acid into the dilution water through a static "
        "mixer. The unit suits lines of up to 40 000 gloves per hour.",
    ),
    (
        "p",
        "The free chlorine setpoint of each product is set by the site's product recipe within the range below. "
        "All values in this manual are for nitrile gloves; natural rubber latex gloves are not covered. The "
        "exhaust fan, its duct and the scrubber, the bulk chemical tanks and the gas detector calibration contract "
        "are the site's.",
    ),
    (
        "warn",
        "DANGER: Sodium hypochlorite and hydrochloric acid release chlorine gas when they meet undiluted. Never "
        "connect a hypochlorite container to the acid line or the reverse; the couplings are different on purpose. "
        "Keep the hood closed and the exhaust running whenever there is chlorine water in the tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Line capacity", "up to 40 000 gloves/h"],
            ["Chlorination tank, working volume / immersed length", "1.6 m³ / 3.0 m"],
            ["Neutraliser tank and rinse tank, working volume each", "1.2 m³"],
            ["Tank material", "PP, hood PVC-U"],
            ["Free chlorine setpoint range (nitrile gloves)", "400-1200 mg/L"],
            ["Free chlorine control band", "±50 mg/L of the setpoint"],
            ["pH range of the chlorine water", "2.0-2.8"],
            ["Hypochlorite dosing pump (10-13 % NaOCl)", "0-20 L/h"],
            ["Acid dosing pump (30-33 % HCl)", "0-12 L/h"],
            ["Dilution (make-up) water", "600-1500 L/h"],
            ["Free chlorine analyser, amperometric, membrane-covered", "0-2000 mg/L"],
            ["Sensor sample flow through the flow cell", "30-60 L/h"],
            ["Neutraliser: sodium thiosulphate solution", "0.2-0.5 %"],
            ["Chlorine gas detectors (hood and dosing skid)", "warning 0.5 ppm, shutdown 1.0 ppm"],
            ["Exhaust air at the hood, minimum (fan and scrubber by the site)", "3000 m³/h"],
            ["Electrical supply 400 V 3~ 50 Hz", "5.5 kW"],
        ],
        (100, 70),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Wear a face shield, chemical gloves and apron when handling the chemicals. The escape respirators at "
            "the skid are provided and maintained by the site.",
            "On a gas warning, leave the hood area and follow section 9. Do not return until both detectors read "
            "below 0.5 ppm.",
            "Never open the hood while the dosing runs. Open it only after section 9 or after 10 min of exhaust with "
            "the dosing stopped.",
            "Legal exposure limits for chlorine are set by national rules and are not given here; follow the "
            "site's occupational health rules.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Free chlorine"),
            (
                "p",
                "Setpoint 400-1200 mg/L as the recipe sets it; the unit holds ±50 mg/L. Above 1500 mg/L the "
                "dosing stops and the make-up water opens fully (H03) until the reading falls below the setpoint.",
            ),
            ("h", "Hypochlorite dosing"),
            (
                "p",
                "NaOCl (L/h) = make-up water (L/h) x setpoint (mg/L) / available chlorine of the stock (g/L) / "
                "1000. Example: 1000 L/h of make-up, 800 mg/L, stock with 150 g/L: 1000 x 800 / 150 / 1000 = "
                "5.3 L/h. The controller trims this from the analyser reading.",
            ),
            ("h", "pH"),
            (
                "p",
                "Keep the pH between 2.0 and 2.8. Below 1.8 (H05) chlorine gas escapes from the bath and the acid "
                "dosing stops. Above 3.2 (H06) the chlorination slows and gloves leave under-chlorinated.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The chlorine water must stay at or below 30 °C; above 32 °C H04 is shown, as chlorine is lost to "
                "the air. Formers should enter at no more than 45 °C. The cooling zone before the unit is part of "
                "the dipping line.",
            ),
            ("h", "Contact time"),
            (
                "p",
                "Contact time (s) = immersed length (m) / chain speed (m/min) x 60. Example: 3.0 m at 25 m/min = "
                "7.2 s. It must be at least 6 s, so the OC-40 allows up to 30 m/min.",
            ),
            ("h", "Analyser check"),
            (
                "p",
                "Check the analyser against a DPD titration every day. If they differ by more than 10 % of the "
                "titration value, calibrate the analyser (section 7).",
            ),
            ("h", "Neutraliser"),
            (
                "p",
                "A test strip on a glove after the rinse tank must show less than 1 mg/L of chlorine. If not, raise "
                "the thiosulphate within 0.2-0.5 %.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Emergency stop", "Dosing and pumps stopped. Release and press RESET."],
            ["H02", "Make-up water low", "Below 600 L/h. Dosing stops. Check the site supply and the strainer."],
            ["H03", "Free chlorine high", "Above 1500 mg/L. Dosing stops, make-up fully open. Check the analyser."],
            ["H04", "Temperature high", "Above 32 °C. Check the formers' temperature and the make-up water."],
            ["H05", "pH low", "Below 1.8. Acid dosing stops. Check the pH probe and the acid pump."],
            ["H06", "pH high", "Above 3.2. Check the acid supply and the acid injection valve."],
            ["H08", "Gas warning", "0.5 ppm at a detector. Exhaust to high speed. Find the cause."],
            ["H09", "Gas shutdown", "1.0 ppm at a detector. All dosing stops. Follow section 9."],
            ["H10", "Dosing pump", "No stroke feedback for 30 s. Air in the pump head, or an empty container."],
            ["H11", "Analyser flow", "Sample flow below 30 L/h. Clean the flow cell strainer."],
            ["H12", "Exhaust airflow low", "Hood pressure switch open. Dosing stops. Check the site's fan."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Gloves tacky inside, stick together in the bag and are hard to don",
                "Under-chlorinated: free chlorine low, pH above 3.2, or the analyser reading too high",
                "Check the analyser against DPD; check the pH; check the contact time",
            ],
            [
                "Gloves yellowish, brittle, low elongation at QA",
                "Over-chlorinated: setpoint too high or the analyser reading too low",
                "Check the analyser against DPD; ask for the recipe setpoint",
            ],
            [
                "Chlorine smell in the hall, H08 warnings",
                "pH too low, exhaust weak, or bath above 30 °C",
                "Check the pH, the exhaust (H12) and the bath temperature",
            ],
            [
                "Free chlorine reading swings by more than 150 mg/L",
                "Low sensor flow, air in the hypochlorite pump, or poor mixing",
                "Clean the flow cell; vent the pump; check the static mixer",
            ],
            [
                "Test strip shows chlorine after the rinse tank",
                "Thiosulphate too weak or rinse overflow low",
                "Raise the thiosulphate; check the rinse overflow",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check the chemical levels in the day containers and that the containers sit on the right couplings.",
            "Start the exhaust (site) and check that H12 clears.",
            "Fill the three tanks with water; make up the neutraliser to the set thiosulphate strength.",
            "Start the circulation and the make-up water at 1000 L/h.",
            "Switch the pH control to AUTO and wait for a pH below 2.8.",
            "Switch the chlorine control to AUTO with the recipe setpoint.",
            "When the reading has been within ±50 mg/L for 10 min, check it against DPD before gloves enter.",
        ],
    ),
    ("h", "7. Checking and calibrating the chlorine analyser"),
    (
        "ol",
        [
            "Take a 100 mL sample from the flow cell outlet while the reading is steady; note the reading.",
            "Dilute 5 mL of the sample to 100 mL with deionised water (the DPD kit reads up to 100 mg/L).",
            "Add the DPD reagent from kit CLQ-DPD-100 and titrate with FAS solution until the red colour is gone.",
            "Free chlorine (mg/L) = mL of FAS x 20 for the 5 mL sample; the kit card gives other dilutions.",
            "Compare with the reading. Within 10 %: record it, nothing more to do.",
            "More than 10 % apart: open CAL > SLOPE, enter the titration value and confirm.",
            "If the slope leaves 60-140 %, replace the membrane cap and electrolyte and calibrate again after 2 h.",
        ],
    ),
    ("h", "8. Calibrating the pH probe"),
    (
        "ol",
        [
            "Stop the acid dosing (CAL > PH holds the output).",
            "Remove the probe, rinse it with deionised water and dab it dry.",
            "Put it in pH 2.00 buffer, wait for a steady reading and confirm.",
            "Rinse, put it in pH 4.01 buffer, wait and confirm.",
            "Check that the slope is 90-103 %; otherwise replace the probe CLQ-PH-02.",
            "Refit the probe and return the control to AUTO.",
        ],
    ),
    ("h", "9. Responding to a chlorine gas alarm"),
    (
        "ol",
        [
            "On H09 all dosing stops and the exhaust runs at high speed; leave the area upwind.",
            "Tell the shift leader, who follows the site emergency plan.",
            "Only persons with the site's breathing protection may approach the skid.",
            "Check for a leak at the skid, a low pH or a wrong container coupling.",
            "Restart only when both detectors read below 0.5 ppm and the cause has been removed.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Analyser check against DPD; test strip after the rinse tank; chemical levels"],
            ["Weekly", "Calibrate the pH probe; clean the flow cell strainer"],
            ["Monthly", "Clean the analyser sensor tip; check the injection valves"],
            ["3 months", "Replace the sensor membrane cap and electrolyte"],
            ["6 months", "Dosing pump valves and diaphragms (see the dosing pump maker's manual)"],
            ["12 months", "Gas detector calibration (site contract); Clorquin service of the skid"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Free chlorine sensor 0-2000 mg/L", "CLQ-CS-2000"],
            ["Membrane cap kit", "CLQ-MC-01"],
            ["Electrolyte, 50 mL", "CLQ-EL-50"],
            ["pH electrode", "CLQ-PH-02"],
            ["Buffer set pH 2.00 / 4.01", "CLQ-BF-24"],
            ["Hypochlorite dosing pump head", "CLQ-DP-20"],
            ["Injection valve", "CLQ-IV-12"],
            ["DPD / FAS titration kit, 100 tests", "CLQ-DPD-100"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Blasvind AS air-blow glove strippers
BLASVIND = [
    ("title", "Blasvind AS Air-Blow Glove Strippers\nOperating and Service Manual - AS-20 and AS-30"),
    (
        "p",
        "Document BLV-OM-AS-05, Edition 1, February 2025. Blasvind Stripping Technology. The AS-20 and AS-30 take "
        "the finished gloves off the formers at the end of a double-former dipping line. A rotating cuff brush "
        "lifts the beaded cuff away from the former, a short blast of compressed air from the nozzle blocks "
        "inflates the glove and blows it off the former inside out, and a suction fan carries the glove through a "
        "duct to the collection bins. The AS-20 is for lines of up to 20 000 gloves per hour and has two nozzle "
        "blocks; the AS-30 is for up to 30 000 gloves per hour and has three. Apart from this and the values given "
        "for each model they are built alike.",
    ),
    (
        "p",
        "The compressed air supply (compressor, dryer, main filters and the ring main up to the machine's inlet "
        "valve) is the site's and is sized by the site's compressed air supplier. The bins, the beading of the "
        "cuffs (see the beading unit's manual) and the line chain (see the line maker's manual) are not part of "
        "the stripper.",
    ),
    (
        "warn",
        "WARNING: Air blasts of up to 5.5 bar can drive dirt into the eyes. Wear safety glasses at the machine. Keep "
        "the guard doors closed while the line runs; the formers and the cuff brush do not stop when a glove jams.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AS-20", "AS-30"],
            ["Stripping capacity", "20 000 gloves/h", "30 000 gloves/h"],
            ["Nozzle blocks (4 nozzles each)", "2", "3"],
            ["Air supply at the inlet valve", "6-8 bar", "6-8 bar"],
            ["Air consumption at rated capacity, size M gloves (240 mm)", "130 Nm³/h", "195 Nm³/h"],
            ["Air receiver on the machine", "500 L", "750 L"],
            ["Blow pressure at the nozzles (regulator)", "3.5-5.0 bar", "3.5-5.0 bar"],
            ["Blow time, settable (default 80 ms)", "60-120 ms", "60-120 ms"],
            ["Cuff brush: diameter new / motor / speed", "120 mm / 0.37 kW / 300-450 rpm", "120 mm / 0.37 kW / 300-450 rpm"],
            ["Suction fan for the glove duct", "4.0 kW", "5.5 kW"],
            ["Noise at 1 m, guard doors closed", "83 dB(A)", "85 dB(A)"],
            ["Electrical supply 400 V 3~ 50 Hz", "7.5 kW", "10 kW"],
            ["Mass", "1.4 t", "1.9 t"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Lock out the machine and vent the air receiver with the manual dump valve before working inside the "
            "guards. The gauge must read 0 bar.",
            "Never clear a glove jam in the duct with the suction fan running.",
            "The cuff brush is driven separately from the line and keeps turning until the guard is opened (S02).",
            "Hearing protection is required in the stripping area if the site's noise survey calls for it.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Air supply"),
            (
                "p",
                "The supply must be 6-8 bar at the inlet valve. Below 5.5 bar the machine stops stripping and "
                "shows S03. The air must be dry and clean: pressure dew point +3 °C or lower, oil 0.1 mg/m³ or "
                "less, particles filtered to 1 µm.",
            ),
            ("h", "Air consumption"),
            (
                "p",
                "Air consumption (Nm³/h) = gloves per hour x litres per glove / 1000. A size M glove (240 mm) "
                "takes 6.5 NL at the default blow time. Example: 20 000 x 6.5 / 1000 = 130 Nm³/h. Figures for "
                "other sizes are not given here; ask Blasvind.",
            ),
            ("h", "Blow pressure"),
            (
                "p",
                "Set the nozzle regulator between 3.5 and 5.0 bar. Above 5.5 bar at the nozzles the cuffs tear. "
                "Start at 4.0 bar and raise it in steps of 0.2 bar only while gloves stay on the formers.",
            ),
            ("h", "Blow timing"),
            (
                "p",
                "The phase sensor sees each former holder. The blast must start when the nozzle stands at the "
                "middle of the cuff, within a phase window of ±4 mm. Blow time 60-120 ms, default 80 ms; a blow "
                "time that is too short leaves the fingers inverted on the former.",
            ),
            ("h", "Nozzles"),
            (
                "p",
                "Nozzle tip 10 mm ±2 mm from the cuff edge, aimed 15° off the former axis towards the fingers.",
            ),
            ("h", "Strip rate"),
            (
                "p",
                "At least 99.5 % of the gloves must come off. The photo eye after the stripper counts formers still "
                "carrying a glove; above 2 % over 5 min the stripper stops the line (S09).",
            ),
            ("h", "Cuff brush"),
            (
                "p",
                "The brush touches the cuff 3-5 mm below the bead. Replace it when its diameter is below 100 mm.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["S02", "Guard door open", "Close the door. The cuff brush and the blasts stop while it is open."],
            ["S03", "Supply air low", "Below 5.5 bar at the inlet. Check the site's supply and the inlet filter."],
            ["S04", "Blow valve", "Coil open circuit or valve stuck. Replace the valve BLV-BV-12."],
            ["S05", "Brush motor overload", "Brush jammed by a glove. Lock out, clear, reset."],
            ["S07", "Phase sensor", "No former holder seen for 5 s while the chain runs. Clean or adjust the sensor gap to 4 mm."],
            ["S08", "Suction fan overload", "Duct blocked or fan dirty. Clean the duct and the fan impeller."],
            ["S09", "Strip failure", "More than 2 % of formers still carry a glove over 5 min. See section 5."],
            ["S10", "Duct jam", "Pressure switch in the duct. Stop the fan, open the clean-out door, remove the gloves."],
            ["S11", "Service due", "8000 h or 12 months, whichever comes first. The machine still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many gloves left on the formers after the stripper",
                "Cuff not lifted (brush worn or too far away), blast out of phase, or bead too small",
                "Check the brush (100 mm) and its contact; check the phase window; check the bead",
            ],
            [
                "Gloves stay on only at the fingers, inside out",
                "Blow time too short or blow pressure low",
                "Raise the blow time in steps of 10 ms, then the pressure",
            ],
            [
                "Cuffs torn at the stripper",
                "Nozzle pressure above 5.5 bar, nozzle too close to the cuff, or thin cuffs",
                "Set 3.5-5.0 bar; set the nozzle to 10 mm; report thin cuffs to QA",
            ],
            [
                "Gloves stick to the formers although the blast is right",
                "Gloves tacky: chlorination or coating too weak",
                "Tell the shift leader; check the chlorination or coating unit",
            ],
            [
                "Wet spots on the gloves after stripping",
                "Water in the blow air",
                "Drain the receiver and the filter; have the site check its dryer",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the blow timing"),
    (
        "ol",
        [
            "Run the line at its normal speed with the stripper in SET mode (blasts on, suction on).",
            "Open SETUP > PHASE and watch the strobe on the nozzle block.",
            "Adjust the phase offset in 1 mm steps until the strobe shows the nozzle at the middle of the cuff.",
            "Check the strip rate on the display over 5 min: at least 99.5 %.",
            "Save the setting under the product number.",
        ],
    ),
    ("h", "7. Aligning the nozzles"),
    (
        "ol",
        [
            "Stop the line with a former in front of the first nozzle block and lock out; vent the receiver.",
            "Loosen the nozzle clamp screws.",
            "Set each nozzle tip 10 mm from the cuff edge with the setting gauge BLV-SG-10.",
            "Turn each nozzle to 15° off the former axis, pointing towards the fingers, using the angle plate.",
            "Tighten the clamp screws to 6 Nm.",
            "Repeat on every nozzle block, remove the lockout and check the strip rate.",
        ],
    ),
    ("h", "8. Replacing the cuff brush"),
    (
        "ol",
        [
            "Lock out the machine and open the guard door.",
            "Undo the brush shaft nut (left-hand thread) and pull the brush off the shaft.",
            "Fit the new brush BLV-CB-120 and tighten the nut to 25 Nm.",
            "Set the brush so that it touches a cuff 3-5 mm below the bead.",
            "Close the guard, remove the lockout and run the brush for 2 min before the line starts.",
        ],
    ),
    ("h", "9. Clearing a duct jam (S10)"),
    (
        "ol",
        [
            "Stop the stripper with the STOP button; the line keeps running and the gloves stay on the formers, so "
            "tell the line operator first.",
            "Switch off the suction fan and wait until it has stopped (about 40 s).",
            "Open the clean-out door nearest the pressure switch and pull the gloves out by hand, wearing gloves.",
            "Look along the duct with a torch for gloves caught at the bends and the bin diverter.",
            "Close the clean-out door; the door switch must be made before the fan restarts.",
            "Start the fan, then the stripper, and check that the duct pressure reading is back to normal.",
            "If S10 comes back within one shift, check the bin diverter flap and the fan impeller (S08).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Drain the air receiver and the inlet filter bowl; check the strip rate"],
            ["Daily", "Clean the photo eye and the phase sensor; check the cuff brush"],
            ["Weekly", "Clean the glove duct and the suction fan inlet screen"],
            ["Monthly", "Check the nozzle alignment; replace the inlet filter element if its indicator is red"],
            ["8000 h or 12 months, whichever comes first", "Blasvind service (S11): blow valves, receiver inspection"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "AS-20", "AS-30"],
            ["Nozzle block with 4 nozzles", "BLV-NB-4", "BLV-NB-4"],
            ["Blow valve", "BLV-BV-12", "BLV-BV-12"],
            ["Cuff brush 120 mm", "BLV-CB-120", "BLV-CB-120"],
            ["Inlet filter element 1 µm", "BLV-IF-20", "BLV-IF-30"],
            ["Suction fan impeller", "BLV-FI-40", "BLV-FI-55"],
            ["Phase sensor", "BLV-PS-01", "BLV-PS-01"],
            ["Nozzle setting gauge 10 mm", "BLV-SG-10", "BLV-SG-10"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("formclara-fw-former-washing-line.pdf", "Formclara FCL-OM-FW-04 Ed 3 - FW-30 / FW-45", FORMCLARA),
        ("koagmont-ct-coagulant-dip-tank.pdf", "Koagmont KGM-UM-CT-03 Ed 2 - CT-20 / CT-32", KOAGMONT),
        ("clorquin-oc-online-glove-chlorination-unit.pdf", "Clorquin CLQ-OM-OC40-02 Ed 2 - OC-40", CLORQUIN),
        ("blasvind-as-air-blow-glove-stripper.pdf", "Blasvind BLV-OM-AS-05 Ed 1 - AS-20 / AS-30", BLASVIND),
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
