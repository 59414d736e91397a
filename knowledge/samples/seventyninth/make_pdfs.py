"""Generate the PDF manuals of the seventy-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set79venv && /tmp/set79venv/bin/pip install fpdf2 pypdf
    /tmp/set79venv/bin/python knowledge/samples/seventyninth/make_pdfs.py

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


# ---------------------------------------------------------------- Oskerby QA quench tank agitators
OSKERBY = [
    ("title", "Oskerby QA Quench Tank Agitators\nOperation and Maintenance - QA-15 and QA-22"),
    (
        "p",
        "Document OSK-OM-QA-03, Edition 3, March 2025. Oskerby Thermal Engineering. The QA-15 and QA-22 are "
        "top-mounted draft tube agitators for the oil quench tank of sealed quench (integral quench) batch furnaces. "
        "Each agitator drives a three-blade propeller inside a draft tube: the propeller pumps the oil down through "
        "the tube and the oil rises through the load standing on the quench elevator. The two models differ in "
        "propeller and draft tube size, motor, speed range and the items named in this manual; otherwise they are "
        "built alike. The number and position of the agitators in a tank, and the agitator speeds for each process, "
        "are set by the furnace maker and by the site's heat treatment engineer, not by Oskerby. The furnace, the "
        "elevator, the oil heaters and oil cooler are covered by the furnace maker's manual; the quench oil, its "
        "data and its analysis by the oil supplier.",
    ),
    (
        "warn",
        "WARNING: Water in quench oil can boil explosively when a hot load enters the oil and throw burning oil out "
        "of the vestibule. Never quench with water in the oil. Never run an agitator with the oil below the minimum "
        "cover: air drawn into the oil causes soft spots, foaming and a fire risk at the oil surface.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QA-15", "QA-22"],
            ["Propeller, three-blade, diameter", "450 mm", "560 mm"],
            ["Draft tube inner diameter", "500 mm", "620 mm"],
            ["Speed range with the inverter", "150-600 rpm", "125-500 rpm"],
            ["Flow through the draft tube at maximum speed, oil at 60 °C", "27 m³/min", "44 m³/min"],
            ["Propeller tip speed at maximum speed", "14.1 m/s", "14.7 m/s"],
            ["Motor 400 V 3~ 50 Hz, inverter duty, IP55, class F", "5.5 kW, 10.6 A", "7.5 kW, 14.2 A"],
            ["Supply fuse for each agitator inverter", "16 A gG", "20 A gG"],
            ["Shaft length below the mounting flange", "1450 mm", "1800 mm"],
            ["Minimum oil cover above the propeller", "600 mm", "750 mm"],
            ["Radial gap between blade tips and draft tube", "25 mm", "30 mm"],
            ["Mounting flange", "DN 500, 16 x M20", "DN 600, 20 x M24"],
            ["Flange bolt torque, in crosswise order", "230 Nm", "400 Nm"],
            ["Propeller hub bolt torque, with thread locker", "85 Nm", "210 Nm"],
            ["Bearing grease per nipple", "15 g", "22 g"],
            ["Seal purge, nitrogen at 0.3 bar", "20-50 L/h", "30-60 L/h"],
            ["Noise at 1 m, maximum speed", "72 dB(A)", "75 dB(A)"],
            ["Mass of the agitator", "185 kg", "260 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Flow and power figures hold for quench oil with a viscosity of no more than 30 mm²/s at 40 °C and a density "
        "of no more than 880 kg/m³ at the working temperature. At a lower speed the flow falls in proportion to the "
        "speed: Q = Q_max x n / n_max, with Q_max the flow at maximum speed from the table. Both models work in oil "
        "at 40-90 °C; hot quench oils used above 90 °C, up to 130 °C, need the HT seal kit.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Lock out the agitator at its isolator before any work on it. The furnace PLC can start the agitators at "
            "any time while the furnace is in automatic mode.",
            "The quench vestibule holds endothermic gas, which is flammable and toxic (carbon monoxide). Opening the "
            "tank cover or lifting an agitator out follows the furnace maker's purge and permit procedure.",
            "Quench oil at working temperature causes burns. Let the oil cool below 60 °C before lifting an agitator "
            "out.",
            "Lift the agitator only at the two lifting eyes (M16) on the motor flange, with a hoist rated for at "
            "least 300 kg (QA-15) or 400 kg (QA-22).",
            "Fire protection of the quench tank and the vestibule is the site's; keep its extinguishing system in "
            "service while the furnace runs.",
        ],
    ),
    ("h", "3. Speed, level and temperature limits"),
    (
        "cols",
        [
            ("h", "Quench and hold speeds"),
            (
                "p",
                "The furnace PLC sends two speed steps. QUENCH (factory setting 100 %) starts the moment the elevator "
                "reaches the bottom; HOLD (factory setting 40 %) follows when the quench time has run out. Both can "
                "be set between 25 % and 100 % of maximum speed. Below 25 % the self-cooled motor overheats, so the "
                "inverter does not accept lower settings. The speeds for each part and process are the site's "
                "process settings; Oskerby does not give them.",
            ),
            ("h", "After the quench"),
            (
                "p",
                "The agitators must run at HOLD speed for at least 10 min after the quench, or until the top and "
                "bottom oil temperature sensors differ by less than 5 °C, whichever takes longer.",
            ),
            ("h", "Oil level"),
            (
                "p",
                "The minimum oil cover above the propeller is 600 mm (QA-15) or 750 mm (QA-22), measured with the "
                "elevator at the top and the oil at working temperature. Less cover lets a vortex draw air into the "
                "oil. Set the level switch LS-2 (alarm A03) no lower than 650 mm (QA-15) or 800 mm (QA-22) above the "
                "propeller.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "40-90 °C with the standard seal kit. Hot oils above 90 °C, up to 130 °C, only with the HT seal kit "
                "fitted. Alarm A04 trips at the set limit: factory 95 °C, or 135 °C with the HT kit. Below 40 °C the "
                "oil is too thick for full speed: the controller limits the speed to 50 % (A05) until the oil "
                "reaches 40 °C.",
            ),
            ("h", "Water in the oil"),
            (
                "p",
                "The optional moisture sensor MS-1 raises A12 at 0.05 % water (500 ppm), and the furnace PLC then "
                "blocks the next quench. Without the sensor, rely on the oil supplier's analysis, at least every 6 "
                "months; the site decides the sampling.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Velocity on the motor bearing housing: up to 2.8 mm/s good, 2.8-4.5 mm/s acceptable, above 4.5 mm/s "
                "warning A07, above 7.1 mm/s trip A09.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 6 starts per hour from standstill. The inverter ramps up in 10 s; do not shorten the "
                "ramp.",
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
                "Inverter overcurrent",
                "Propeller fouled by wire or a fallen part, bearing tight, or oil far too cold. Lock out, check that "
                "the shaft turns freely by hand at the motor fan.",
            ],
            [
                "A02",
                "Motor overtemperature",
                "Speed set below 25 %, fan cover blocked or ambient above 45 °C. Let the motor cool for 30 min.",
            ],
            ["A03", "Oil level low", "LS-2 open. The agitator stops and the PLC blocks the quench. Top up the oil."],
            ["A04", "Oil temperature high", "Check the oil cooler (furnace maker's manual) and the set limit."],
            ["A05", "Oil cold, speed limited", "Oil below 40 °C. Heat the oil with the tank heaters first."],
            [
                "A06",
                "Seal purge flow low",
                "Nitrogen below 20 L/h (QA-15) or 30 L/h (QA-22). Check the nitrogen supply and the flow meter.",
            ],
            ["A07", "Vibration warning", "Above 4.5 mm/s. Keep running; inspect at the next stop."],
            [
                "A09",
                "Vibration trip",
                "Above 7.1 mm/s. Check the propeller, the hub bolt and the blade tip gap; if all are in order, "
                "call Oskerby service for the bearings.",
            ],
            [
                "A10",
                "Speed deviation",
                "Actual speed differs from the set speed by more than 10 % for 10 s. Check the encoder and its "
                "cable.",
            ],
            [
                "A11",
                "Communication lost",
                "No signal from the furnace PLC. The agitators keep running at HOLD speed.",
            ],
            ["A12", "Water in oil", "Moisture sensor above 0.05 %. Do not quench; have the oil tested."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Soft spots or low hardness on parts in the bottom and centre of the load, outer parts good",
                "Agitator turning backwards (pumping up) after electrical work; QUENCH speed set too low; propeller "
                "blade bent or worn",
                "Check the direction of rotation (section 6.1); compare the speeds with the process sheet; inspect "
                "the propeller",
            ],
            [
                "Foam on the oil surface after a quench",
                "Oil level below the minimum cover, so the propeller draws air; or water in the oil",
                "Check the level; stop quenching until the oil has been tested for water",
            ],
            [
                "Knocking noise that rises with the speed",
                "Propeller hub loose, or a blade touching the draft tube",
                "Stop; check the hub bolt torque and the blade tip gap (25 mm or 30 mm)",
            ],
            [
                "Motor current high with the oil at working temperature",
                "Propeller fouled, or aged and thickened oil",
                "Clean the propeller; ask the oil supplier for an analysis",
            ],
            [
                "Oil smoke or smell at the seal housing",
                "Nitrogen purge off or below the minimum; seal worn",
                "Restore the purge; replace the seal kit at the next stop",
            ],
            [
                "More distortion than usual on a known part",
                "Agitation too strong for that part",
                "The speeds are the site's process settings: ask the heat treatment engineer",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Checking the direction of rotation"),
    ("p", "Check the direction after any electrical work on the motor, its cable or the inverter."),
    (
        "ol",
        [
            "Put the furnace in manual mode with the elevator at the top and the oil at working level.",
            "Select the agitator on the local panel LP-QA and run it at 25 % with JOG.",
            "Viewed from above, the motor fan must turn clockwise, as the arrow on the fan cover shows. The propeller "
            "then pumps down through the draft tube.",
            "If it turns the wrong way, lock out and have an electrician swap two motor leads at the inverter output.",
            "Check again and record the check in the furnace log.",
        ],
    ),
    ("h", "6.2 Replacing the propeller"),
    (
        "ol",
        [
            "Stop the furnace and purge the quench vestibule by the furnace maker's procedure.",
            "Let the oil cool below 60 °C. Lock out the agitator at its isolator.",
            "Disconnect the motor cable, the encoder cable and the nitrogen purge line.",
            "Fit the lifting eyes and take the weight with the hoist. Undo the flange bolts.",
            "Lift the agitator out vertically and slowly, and let the oil drip back into the tank for 10 min.",
            "Lay the agitator on the stand OSK-ST-1. Remove the hub bolt and pull the propeller with the puller "
            "OSK-PL-2.",
            "Clean the shaft end and check the key. Fit the new propeller and tighten the hub bolt with thread "
            "locker to 85 Nm (QA-15) or 210 Nm (QA-22).",
            "Turn the shaft by hand and check the blade tip run-out: no more than 2 mm.",
            "Refit the agitator with a new flange gasket and tighten the flange bolts in crosswise order to 230 Nm "
            "(QA-15) or 400 Nm (QA-22).",
            "Reconnect, check the direction of rotation (6.1), run 30 min at HOLD speed and read the vibration: it "
            "must be below 2.8 mm/s.",
        ],
    ),
    ("h", "6.3 Greasing the bearings"),
    (
        "ol",
        [
            "Grease every 2000 running hours or 6 months, whichever comes first.",
            "Use a lithium complex grease, NLGI 2, rated to 150 °C.",
            "With the agitator running at HOLD speed, press 15 g (QA-15) or 22 g (QA-22) into each of the two "
            "nipples.",
            "Wipe the old grease from the relief openings after 30 min.",
        ],
    ),
    ("h", "6.4 Starting after a shutdown of more than 2 weeks"),
    (
        "ol",
        [
            "Have the oil tested for water by the oil supplier, or check that A12 is clear.",
            "Check the oil level against LS-2 and the nitrogen purge flow.",
            "Heat the oil to at least 40 °C with the tank heaters before running above 50 % speed.",
            "Run each agitator for 15 min at HOLD speed and read the vibration before the first quench.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Seal purge flow on the flow meter; oil level; listen for knocking"],
            ["Weekly", "Read and record the vibration of each agitator"],
            ["2000 running hours or 6 months, whichever comes first", "Grease the bearings (section 6.3)"],
            ["12 months", "Inspect the propeller and hub at a planned furnace stop; check the flange bolts"],
            [
                "16000 running hours or 3 years, whichever comes first",
                "Bearings and shaft seal renewed by Oskerby service; bearing replacement is not described in this "
                "manual",
            ],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "QA-15", "QA-22"],
            ["Propeller", "OSK-PR-450", "OSK-PR-560"],
            ["Shaft seal kit, standard, to 90 °C", "OSK-SK-15", "OSK-SK-22"],
            ["Shaft seal kit HT, to 130 °C", "OSK-HT-15", "OSK-HT-22"],
            ["Flange gasket", "OSK-FG-500", "OSK-FG-600"],
            ["Hub bolt with washer", "OSK-HB-12", "OSK-HB-16"],
            ["Vibration sensor", "OSK-VS-1", "OSK-VS-1"],
            ["Moisture sensor MS-1 (option)", "OSK-MS-1", "OSK-MS-1"],
            ["Bearing set (fitted by Oskerby service only)", "OSK-BS-15", "OSK-BS-22"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Carbovell EG endothermic gas generators
CARBOVELL = [
    ("title", "Carbovell EG Endothermic Gas Generators\nOperation and Maintenance - EG-60 and EG-120"),
    (
        "p",
        "Document CBV-OM-EG-07, Edition 2, June 2024. Carbovell Atmosphere Systems. The EG-60 and EG-120 make "
        "endothermic carrier gas for carburising, carbonitriding and neutral hardening furnaces. Natural gas and air "
        "are mixed in a fixed ratio, pumped by the mixing pump through retorts filled with nickel catalyst and heated "
        "electrically to 1040 °C, and the gas is then cooled at once in a water-cooled cooler and sent to the "
        "furnaces. The EG-60 has one retort; the EG-120 has two retorts of the same size in one casing. Apart from "
        "the items named in this manual the two models are built alike. The gas lines to the furnaces, the natural "
        "gas supply up to the generator's isolating valve and the nitrogen supply are the site's. The carbon "
        "potential in the furnaces is set and controlled by the furnaces' own control system and is covered by the "
        "furnace maker's manual, not here.",
    ),
    (
        "warn",
        "WARNING: Endothermic gas contains about 20 % carbon monoxide and 40 % hydrogen. It is toxic and forms "
        "explosive mixtures with air. Never make gas with the retort below 1010 °C, never open a gas line that has "
        "not been purged with nitrogen, and keep the room's carbon monoxide detection in service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EG-60", "EG-120"],
            ["Rated output of endothermic gas", "60 m³/h", "120 m³/h"],
            ["Minimum output, 30 % of rated output", "18 m³/h", "36 m³/h"],
            ["Retorts, heat-resistant alloy, 250 mm bore", "1", "2"],
            ["Nickel catalyst charge", "32 kg", "64 kg"],
            ["Retort temperature set point", "1040 °C", "1040 °C"],
            ["Heating power, 400 V 3~ 50 Hz", "30 kW, 43 A", "54 kW, 78 A"],
            ["Mixing pump motor", "1.1 kW", "2.2 kW"],
            ["Supply fuse", "63 A gG", "100 A gG"],
            ["Natural gas consumption at rated output", "12.5 m³/h", "25 m³/h"],
            ["Natural gas pressure at the inlet", "20-50 mbar", "20-50 mbar"],
            ["Air to gas ratio, factory setting", "2.5:1", "2.5:1"],
            ["Cooling water flow", "0.8 m³/h", "1.6 m³/h"],
            ["Cooling water inlet temperature and pressure", "10-30 °C, 2-4 bar", "10-30 °C, 2-4 bar"],
            ["Gas temperature at the outlet", "below 40 °C", "below 40 °C"],
            ["Gas pressure at the outlet", "30-60 mbar", "30-60 mbar"],
            ["Nitrogen purge flow (supply 4-8 bar)", "10 m³/h", "20 m³/h"],
            ["Internal volume of retorts and cooler", "0.12 m³", "0.24 m³"],
            ["Heating time from cold to 1040 °C", "about 4 h", "about 5 h"],
            ["Mass", "1350 kg", "2100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Gas volumes are normal cubic metres (0 °C, 1013 mbar). The rated output and the gas analysis hold only for "
        "natural gas with at least 92 % methane and no more than 5 mg/m³ of sulphur, with clean catalyst. Typical "
        "gas at a dew point of 0 °C: 40 % H2, 20 % CO, 0.2-0.3 % CO2, below 0.5 % CH4, the rest nitrogen. Propane "
        "needs the Carbovell conversion kit and settings that Carbovell gives with the kit; they are not in this "
        "manual.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only persons trained on the generator and on the site's gas permit procedure may start it or open any "
            "gas-carrying part.",
            "Carbon monoxide detection in the room, its alarm levels and the room ventilation are the site's and "
            "follow national rules.",
            "The bleed burner on top of the generator burns all gas that the furnaces do not take. Keep its pilot "
            "lit whenever the generator makes gas.",
            "The retort casing stays above 60 °C for a day after switching off. Wear heat-resistant gloves.",
            "Used catalyst may hold nickel dust: wear a dust mask (FFP3) when handling it and give it to the site "
            "for disposal as hazardous waste.",
        ],
    ),
    ("h", "3. Atmosphere settings and limits"),
    (
        "cols",
        [
            ("h", "Dew point"),
            (
                "p",
                "Settable from -5 °C to +10 °C, factory 0 °C. The dew point is held by trimming the air to gas "
                "ratio between 2.3:1 and 2.8:1: more air gives a higher dew point and more CO2. The dew point each "
                "furnace process needs is the site's choice. If the dew point stays more than 3 °C from the set "
                "point for 10 min, alarm G10 follows.",
            ),
            ("h", "Retort temperature"),
            (
                "p",
                "Set point 1040 °C. The mixture valve opens only when the retort has been above 1010 °C for at least "
                "30 min. Below 980 °C the catalyst soots: the mixture valve closes and G02 follows. Above 1080 °C "
                "the heating switches off (G01).",
            ),
            ("h", "Turn-down"),
            (
                "p",
                "At least 30 % of the rated output must pass through each retort in use. When the furnaces take "
                "less, the bleed valve sends the rest to the bleed burner. Below the minimum output the catalyst "
                "soots within hours.",
            ),
            ("h", "Catalyst burnout"),
            (
                "p",
                "Burn out the soot every 250 h of gas making or once a week, whichever comes first, and whenever "
                "the dew point and CO2 fall at unchanged settings. Burnout air is 3 m³/h per retort. The retort "
                "must stay below 1065 °C during the burnout. The EG-60 makes no gas while its retort burns out. The "
                "EG-120 burns out one retort at a time and keeps making up to 60 m³/h from the other.",
            ),
            ("h", "Purging"),
            (
                "p",
                "Before the first gas after the generator was opened or stood cold, purge with nitrogen for at "
                "least 5 min at the purge flow, which is more than five times the internal volume. Purging of the "
                "lines to the furnaces follows the site's procedure.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "The cooler takes the gas quickly through the range of 700-400 °C, where it would otherwise form "
                "soot and CO2. The gas must leave below 40 °C; above 50 °C G09 follows.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["G01", "Retort over-temperature", "Above 1080 °C. Heating off. Check the controller and thermocouple."],
            [
                "G02",
                "Retort temperature low",
                "Below 980 °C. Mixture valve closed. Check the heating elements and their contactors, then burn out.",
            ],
            ["G03", "Thermocouple broken", "Type S thermocouple open. Heating off. Replace it (CBV-TC-S)."],
            ["G04", "Natural gas pressure low", "Below 15 mbar at the inlet. Check the site's supply."],
            ["G05", "Natural gas pressure high", "Above 60 mbar. Check the site's regulator."],
            ["G06", "Air filter blocked", "Pressure drop above 8 mbar. Change the air filter element."],
            ["G07", "Mixing pump overload", "Motor protection tripped. Check the pump vanes and the outlet pressure."],
            [
                "G08",
                "Cooling water flow low",
                "Below 0.5 m³/h (EG-60) or 1.0 m³/h (EG-120). Gas making stops. Check valves and the strainer.",
            ],
            ["G09", "Gas outlet hot", "Above 50 °C. Check the cooling water and clean the cooler."],
            ["G10", "Dew point out of band", "More than 3 °C from the set point for 10 min. See section 5."],
            [
                "G12",
                "Bleed burner flame failure",
                "Pilot or main flame lost. Bleed valve closes; gas goes only to the furnaces. Check the ignition "
                "electrode and the pilot gas.",
            ],
            ["G13", "Nitrogen pressure low", "Below 3 bar. No safe purge possible: gas making is blocked."],
            ["G14", "Burnout due", "250 h of gas making since the last burnout. Burn out (section 6.3)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Black smoke or soot at the bleed burner, dew point falling, CO2 below 0.1 %",
                "Catalyst sooted: output below the minimum for long periods, or retort too cold",
                "Burn out the catalyst (section 6.3); keep the output at 30 % or more",
            ],
            [
                "Dew point high and it does not come down when the air is reduced",
                "Catalyst poisoned by sulphur in the natural gas, or the cooler leaking water into the gas",
                "Ask the gas supplier for the sulphur content; pressure test the cooler (section 6.5); a poisoned "
                "catalyst is replaced by Carbovell service",
            ],
            [
                "Output falls, outlet pressure low, mixing pump pressure high",
                "Soot blocking the retort or the cooler",
                "Burn out; clean the cooler tubes at the next stop",
            ],
            [
                "Gas outlet warm, G09",
                "Cooling water flow low or the cooler fouled",
                "Check the flow: 0.8 m³/h (EG-60), 1.6 m³/h (EG-120)",
            ],
            [
                "Methane in the gas above 0.5 %",
                "Retort below set point, too much output for the catalyst, or old catalyst",
                "Check the temperature; reduce the output; burn out",
            ],
            [
                "Parts decarburised in the furnace",
                "Dew point too high, or air entering the furnace",
                "Check the dew point with a hand-held meter (section 6.4); the furnace side is the furnace maker's",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Starting from cold"),
    (
        "ol",
        [
            "Check the cooling water flow (0.8 m³/h or 1.6 m³/h), the nitrogen pressure (4-8 bar) and the natural "
            "gas pressure (20-50 mbar).",
            "Switch on the heating at the control panel. The retort reaches 1040 °C in about 4 h (EG-60) or 5 h "
            "(EG-120).",
            "When the retort has been above 1010 °C for at least 30 min, light the bleed burner pilot.",
            "Purge with nitrogen for at least 5 min at 10 m³/h (EG-60) or 20 m³/h (EG-120).",
            "Start the mixing pump with the outlet to the bleed burner and set the output to at least 30 %.",
            "After 15 min check that the dew point is within 3 °C of the set point and the methane below 0.5 %.",
            "Open the outlet valve to the furnaces and raise the output to the demand.",
        ],
    ),
    ("h", "6.2 Standby and shutdown"),
    (
        "p",
        "For breaks up to 3 days keep the retort at 1040 °C with the mixing pump off and a nitrogen flow of 0.5 "
        "m³/h. For longer breaks, burn out first, then switch off the heating and keep the cooling water running "
        "until the retort is below 300 °C.",
    ),
    ("h", "6.3 Catalyst burnout"),
    (
        "ol",
        [
            "EG-60: arrange with the furnace operators that the furnaces are on nitrogen or idle. EG-120: switch the "
            "other retort to carry the demand, up to 60 m³/h.",
            "Close the mixture valve of the retort and purge it with nitrogen for 5 min.",
            "Open the burnout air valve and set 3 m³/h on its flow meter.",
            "Watch the retort temperature. It must not exceed 1065 °C; if it rises towards it, reduce the air to "
            "1.5 m³/h.",
            "Go on for at least 45 min and until the retort temperature has fallen back to 1040 °C.",
            "Close the burnout air, purge with nitrogen for 5 min and open the mixture at 30 % output or more.",
            "Check the dew point after 15 min and reset the burnout counter (G14).",
        ],
    ),
    ("h", "6.4 Checking the dew point analyser"),
    (
        "p",
        "Monthly, compare the analyser with a hand-held chilled mirror dew point meter at the sample point. The two "
        "must agree within 1 °C. Adjustment of the analyser follows its own manual (supplied with the generator).",
    ),
    ("h", "6.5 Cooler pressure test"),
    (
        "ol",
        [
            "Stop gas making, purge with nitrogen and close the cooler gas inlet and outlet valves.",
            "Keep the cooling water on at 2-4 bar.",
            "Fill the gas side with nitrogen to 0.5 bar and close the nitrogen valve.",
            "Watch the gauge for 10 min. A fall of more than 20 mbar, or water at the drain, means a leak. A leaking "
            "cooler is replaced, not repaired.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Dew point, methane and outlet temperature; bleed burner flame; cooling water flow"],
            ["250 h of gas making or weekly, whichever comes first", "Catalyst burnout (section 6.3)"],
            ["Monthly", "Dew point analyser check (section 6.4); change the air filter element if above 8 mbar"],
            ["6 months", "Mixing pump vanes checked; cooler tubes cleaned"],
            ["12 months", "Cooler pressure test (section 6.5); thermocouple replaced"],
            [
                "3 years or when poisoned",
                "Catalyst replacement and retort inspection by Carbovell service",
            ],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "EG-60", "EG-120"],
            ["Nickel catalyst, 32 kg charge", "CBV-CAT-32 (1)", "CBV-CAT-32 (2)"],
            ["Retort, 250 mm bore", "CBV-RT-250 (1)", "CBV-RT-250 (2)"],
            ["Air filter element", "CBV-AF-60", "CBV-AF-120"],
            ["Mixing pump vane set", "CBV-VN-11", "CBV-VN-22"],
            ["Thermocouple type S", "CBV-TC-S", "CBV-TC-S"],
            ["Bleed burner ignition electrode", "CBV-IE-2", "CBV-IE-2"],
            ["Flashback arrester", "CBV-FA-25", "CBV-FA-40"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ferrantholm GN gas nitriding furnace
FERRANTHOLM = [
    ("title", "Ferrantholm GN-1012 Gas Nitriding Furnace\nOperating and Maintenance Manual"),
    (
        "p",
        "Document FHM-OM-GN-04, Edition 1, January 2025. Ferrantholm Furnace Company. The GN-1012 is an electrically "
        "heated pit furnace with a gas-tight retort for gas nitriding and ferritic nitrocarburising of steel parts. "
        "A fan in the water-cooled lid moves the atmosphere through the load. Ammonia and nitrogen are fed through "
        "mass flow controllers, and the nitriding potential Kn is controlled from the hydrogen content measured in "
        "the exhaust. The spent gas is burned in the exhaust burner. The ammonia store, its evaporator and the "
        "supply lines up to the furnace's inlet valves, the nitrogen supply and the room's ammonia detection are "
        "the site's. Nitrocarburising with CO2 needs the option kit GN-NC, which has its own supplement.",
    ),
    (
        "warn",
        "WARNING: Ammonia is toxic and corrosive; hydrogen from its dissociation is flammable. Never feed ammonia "
        "before the nitrogen purge is complete and the exhaust burner is lit, and never open the lid above 150 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GN-1012"],
            ["Usable workspace (diameter x height)", "1000 x 1200 mm"],
            ["Maximum load, parts and fixtures together", "1500 kg"],
            ["Retort, 1.4841, inside diameter x depth, volume", "1100 x 1500 mm, 1.4 m³"],
            ["Maximum furnace temperature", "650 °C"],
            ["Nitriding temperature range", "480-590 °C"],
            ["Temperature uniformity in the workspace, 490-580 °C, after a 1 h soak", "±5 °C"],
            ["Heating power, three zones", "90 kW"],
            ["Supply 400 V 3~ 50 Hz", "130 A, fuse 160 A gG"],
            ["Circulating fan in the lid", "5.5 kW"],
            ["Cooling blower, outside the retort", "7.5 kW"],
            ["Heating time, empty, 20 to 570 °C", "about 2.5 h"],
            ["Cooling time, 1000 kg load, 570 to 150 °C, blower on", "about 8 h"],
            ["Ammonia flow, mass flow controller", "0.3-6 m³/h"],
            ["Nitrogen flow, mass flow controller", "0.5-15 m³/h"],
            ["Ammonia supply pressure, gaseous", "2-4 bar"],
            ["Nitrogen supply pressure", "4-8 bar, at least 15 m³/h"],
            ["Retort pressure, working", "2-8 mbar"],
            ["Nitriding potential Kn, control range", "0.1-10 bar^-0.5"],
            ["Hydrogen sensor, thermal conductivity", "0-100 % H2"],
            ["Cooling water for lid flange and fan bearings", "0.5 m³/h, at most 30 °C"],
            ["Mass of the furnace", "6800 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The temperature uniformity holds in the nitriding range with the fan running and the load spread over the "
        "workspace as in section 6.1. The controller works out Kn = p(NH3) / p(H2)^1.5 from the hydrogen reading, "
        "with the partial pressures in bar. The Kn and the temperature for each part come from the site's process "
        "sheet and the customer's drawing (case depth, compound layer); Ferrantholm's process department can advise "
        "on new materials. This manual gives no process values for particular steels.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Ammonia detection in the furnace room, its alarm levels and the room ventilation are set by the site's "
            "risk assessment.",
            "Keep a full-face mask with an ammonia filter (type K) at the furnace exit door.",
            "Nitrogen displaces oxygen. Never lean into an open retort until it has stood open for 5 min with the "
            "lid extraction running.",
            "The lid weighs 850 kg. Never work under an open lid without the mechanical lid prop in place.",
            "Heat-resistant gloves and a face shield for loading and unloading.",
        ],
    ),
    ("h", "3. Process limits and gas settings"),
    (
        "cols",
        [
            ("h", "Purge"),
            (
                "p",
                "Before ammonia, purge the retort with nitrogen at 15 m³/h for at least 30 min, which is about five "
                "retort volumes. Heating may run during the purge.",
            ),
            ("h", "Ammonia"),
            (
                "p",
                "Ammonia only after the purge is complete, with the exhaust burner lit and the retort above 350 °C. "
                "Below 350 °C only nitrogen flows. The exhaust burner lights by itself at 300 °C.",
            ),
            ("h", "Over-temperature limiter"),
            (
                "p",
                "The independent limiter is set 30 °C above the process temperature and never above 680 °C. It "
                "switches off the heating and the ammonia (N01).",
            ),
            ("h", "Kn control"),
            (
                "p",
                "The controller holds Kn within the band of the recipe. A deviation of more than 20 % from the set "
                "value for 15 min gives N11. If the ammonia flow reaches 6 m³/h and Kn still stays low, the load "
                "surface is too large for that Kn: split the load.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "The retort runs at 2-8 mbar above atmosphere. Above 15 mbar the ammonia closes and N09 follows; the "
                "water seal relief opens at 25 mbar.",
            ),
            ("h", "Cooling and opening"),
            (
                "p",
                "At the end of the cycle the ammonia closes and nitrogen flows at 10 m³/h for 20 min, then at no "
                "less than 2 m³/h until the load is below 150 °C. Opening above 150 °C discolours the parts (blue, "
                "brown or grey) and can ignite the remaining hydrogen. The lid clamp releases only below 150 °C and "
                "with less than 2 % H2 in the retort.",
            ),
            ("h", "Loading"),
            (
                "p",
                "Parts must be clean, dry and free of oil. Keep at least 20 mm between parts and at least 50 mm "
                "between the load and the retort wall.",
            ),
            ("h", "Retort life"),
            (
                "p",
                "The retort takes up nitrogen and grows. Replace it when its diameter has grown by more than 1 % "
                "(11 mm) or it shows cracks. Retort replacement is done by Ferrantholm service and is not described "
                "here.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["N01", "Over-temperature", "Limiter tripped. Heating and ammonia off. Find the cause before a reset."],
            ["N02", "Thermocouple fault", "Control or load thermocouple open. Replace it (FHM-TC-K)."],
            ["N03", "Fan motor fault", "Fan stopped or overloaded. Heating off; nitrogen continues."],
            ["N04", "Cooling water low", "Lid flange and fan bearing cooling below 0.3 m³/h. Check the site supply."],
            ["N05", "Ammonia pressure low", "Below 2 bar at the inlet. Check the evaporator and supply (site)."],
            [
                "N07",
                "Nitrogen pressure low",
                "Below 3 bar. The safety purge reserve is at risk: ammonia closes and the cycle holds. Restore the "
                "supply at once.",
            ],
            [
                "N08",
                "Exhaust burner flame failure",
                "Ammonia closes and nitrogen purges at 15 m³/h. Check the ignition electrode and the pilot gas.",
            ],
            ["N09", "Retort pressure high", "Above 15 mbar. Ammonia closes. Check the exhaust line for blockage."],
            [
                "N10",
                "Hydrogen sensor fault",
                "Sensor signal out of range or zero drift too large. Check the sensor (section 6.3).",
            ],
            ["N11", "Kn deviation", "More than 20 % from the set value for 15 min. See section 5."],
            ["N12", "Lid not clamped", "Clamp pressure below 120 bar. No gas flow and no heating above 150 °C."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Compound (white) layer too thick or porous",
                "Kn too high for the process, or the hydrogen sensor reading too high, so the controller feeds too "
                "much ammonia",
                "Check the recipe Kn against the process sheet; check the hydrogen sensor with test gas (section "
                "6.3)",
            ],
            [
                "Case depth too shallow or surface hardness low",
                "Temperature or time too low, Kn too low, or parts not clean (oil, or the passive layer of stainless "
                "and high-chromium steels)",
                "Check the cycle record; clean the parts; stainless steels need an activation step that "
                "Ferrantholm's process department specifies",
            ],
            [
                "Case uneven through the load",
                "Fan stopped or slow, or parts packed too tightly",
                "Check the fan; keep 20 mm between parts",
            ],
            [
                "Parts discoloured blue, brown or grey",
                "Lid opened above 150 °C, air leaking in, or water in the ammonia",
                "Cool under nitrogen to below 150 °C; check the lid seal; ask the gas supplier about the ammonia",
            ],
            [
                "Ammonia smell at the lid during a cycle",
                "Lid seal worn or hardened, or the lid clamp pressure low",
                "Check the clamp pressure (at least 120 bar); replace the lid seal (section 6.4) at the end of the "
                "cycle",
            ],
            [
                "Kn does not rise to the set value",
                "Ammonia flow at its 6 m³/h limit for the load surface, a leak, or the hydrogen sensor",
                "Split the load; leak test the lid; check the sensor",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Loading and starting a cycle"),
    (
        "ol",
        [
            "Check that the parts are clean and dry; wash them in the site's washer if needed.",
            "Load the fixtures with at least 20 mm between parts and 50 mm to the retort wall, no more than 1500 kg "
            "with the fixtures.",
            "Lower the load into the retort with the crane, close the lid and clamp it (at least 120 bar).",
            "Select the recipe from the site's process sheet and check the temperature and Kn set values.",
            "Press START. The nitrogen purge runs at 15 m³/h for at least 30 min while the furnace heats.",
            "At 300 °C check that the exhaust burner has lit.",
            "Above 350 °C, with the purge complete, the ammonia valve opens and Kn control starts.",
            "Check the first hour of the temperature and Kn record.",
        ],
    ),
    ("h", "6.2 Ending a cycle and unloading"),
    (
        "ol",
        [
            "At the end of the nitriding time the ammonia closes and nitrogen flows at 10 m³/h for 20 min, then at "
            "2 m³/h.",
            "The cooling blower starts. Cooling from 570 °C to 150 °C takes about 8 h with 1000 kg.",
            "Wait until the load is below 150 °C and the hydrogen reading below 2 %: the clamp releases.",
            "Open the lid, fit the lid prop, and let the retort stand open for 5 min with the lid extraction on.",
            "Lift out the load and check the test pieces as the site's quality plan requires.",
        ],
    ),
    ("h", "6.3 Checking the hydrogen sensor"),
    (
        "ol",
        [
            "Check monthly, and after N10. The retort is cold, or idle under nitrogen only.",
            "Switch the sensor valve to TEST and feed nitrogen of 99.999 % at 30 L/h: the reading must be 0 % H2, "
            "within ±1 %. Adjust ZERO if needed.",
            "Feed the test gas (75 % H2 in nitrogen, supplied by the site) at 30 L/h: the reading must be within ±2 % "
            "of the cylinder value. Adjust SPAN if needed.",
            "If the sensor cannot be adjusted, replace the sensor cell FHM-HS-2.",
            "Switch the valve back to PROCESS and record the check.",
        ],
    ),
    ("h", "6.4 Replacing the lid seal"),
    (
        "ol",
        [
            "Let the retort cool below 50 °C, open the lid and fit the mechanical lid prop.",
            "Pull the old FKM seal cord from the groove in the lid flange.",
            "Clean the groove and check the cooling water flow through the flange.",
            "Fit the new seal FHM-LS-12, supplied as an endless ring, without stretching it.",
            "Wipe it lightly with high-temperature silicone grease.",
            "Close and clamp the lid. Fill the retort with nitrogen to 10 mbar and close the valves: the pressure "
            "must not fall by more than 2 mbar in 5 min.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cycle", "Lid seal and clamp; exhaust burner flame; gas supply pressures"],
            ["Monthly", "Hydrogen sensor check (section 6.3)"],
            [
                "40 cycles or 3 months, whichever comes first",
                "Retort oxidising run to instruction FHM-WI-07 (supplied separately)",
            ],
            [
                "12 months",
                "Temperature uniformity survey and instrument calibration to the site's quality system; retort "
                "diameter measured at three heights",
            ],
            ["20000 h of fan running", "Fan bearings renewed by Ferrantholm service"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Lid seal, FKM, endless ring", "FHM-LS-12"],
            ["Hydrogen sensor cell", "FHM-HS-2"],
            ["Thermocouple type K, control or load", "FHM-TC-K"],
            ["Exhaust burner ignition electrode", "FHM-IE-1"],
            ["Heating element module, one zone", "FHM-HE-30"],
            ["Fan bearing set (fitted by Ferrantholm service)", "FHM-FB-55"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Kelvorn IH induction hardening machines
KELVORN = [
    ("title", "Kelvorn IH Vertical Induction Hardening Machines\nOperation and Maintenance - IH-60 and IH-100"),
    (
        "p",
        "Document KLV-OM-IH-02, Edition 3, October 2024. Kelvorn Induction. The IH-60 and IH-100 are vertical "
        "scanning machines for the surface hardening of shafts, axles and pins. The part turns between centres while "
        "the inductor and the quench ring below it travel along the part; the quench is a polymer quenchant pumped "
        "from the machine's tank. A medium frequency IGBT generator feeds the inductor through a matching "
        "transformer. The two models differ in power, frequency, part size and the items named here. Inductors are "
        "made to order for each part by Kelvorn's inductor department. The quench cooler (chiller), the closed "
        "cooling water circuit outside the machine and the tempering of the hardened parts are the site's.",
    ),
    (
        "warn",
        "WARNING: The generator holds dangerous voltages for up to 5 min after switching off. The magnetic field at a "
        "running inductor can heat rings, watches and implants: persons with active medical implants must keep out "
        "of the marked zone.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IH-60", "IH-100"],
            ["Generator output power", "60 kW", "100 kW"],
            ["Output frequency range", "10-30 kHz", "8-20 kHz"],
            ["Input 400 V 3~ 50 Hz, current at full power", "101 A", "169 A"],
            ["Supply fuse", "125 A gG", "200 A gG"],
            ["Maximum part length between centres", "1000 mm", "1500 mm"],
            ["Maximum part diameter", "150 mm", "250 mm"],
            ["Maximum part mass", "60 kg", "150 kg"],
            ["Scan speed", "1-50 mm/s", "1-40 mm/s"],
            ["Spindle speed", "30-300 rpm", "20-250 rpm"],
            ["Quench tank", "800 L", "1200 L"],
            ["Quench pump flow at 3 bar", "60 L/min", "100 L/min"],
            ["Quench temperature", "20-35 °C", "20-35 °C"],
            ["Cooling water, closed circuit, deionised: flow", "25 L/min", "40 L/min"],
            ["Cooling water inlet temperature", "15-30 °C", "15-30 °C"],
            ["Cooling water conductivity", "no more than 20 µS/cm", "no more than 20 µS/cm"],
            ["Compressed air", "6 bar", "6 bar"],
            ["Machine mass", "2400 kg", "3600 kg"],
            ["Floor area", "1.6 x 2.2 m", "1.8 x 2.6 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Full output power is available only with cooling water at no more than 30 °C at the inlet and at the rated "
        "flow. Between 30 °C and 35 °C the generator limits itself to 80 % of its power (warning H04); above 35 °C it "
        "stops. The input current is for full output with an efficiency of about 90 % and a power factor of about "
        "0.95.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Run the machine only with the doors closed; the door interlock (H10) switches off the generator and the "
            "scan drive.",
            "Polymer quenchant makes the floor slippery. Clean up spills at once.",
            "Never touch the inductor, the busbars or the part during a cycle. The part stays hot after the quench.",
            "Lock out the main switch and wait until the CAP lamp on the generator door is out before opening the "
            "generator or changing an inductor.",
            "Wear safety glasses; quenchant can spray from a worn quench ring.",
        ],
    ),
    ("h", "3. Process window and limits"),
    (
        "cols",
        [
            ("h", "Inductor gap"),
            (
                "p",
                "The radial gap between the inductor face and the part is 1.5-3.0 mm. Below 1.5 mm the part may "
                "arc to the inductor (H09).",
            ),
            ("h", "Run-out"),
            (
                "p",
                "The part run-out at the inductor must be no more than 0.3 mm (total indicator reading). Larger "
                "run-out gives arcing and an uneven pattern.",
            ),
            ("h", "Rotation and scan speed"),
            (
                "p",
                "The spindle speed in rpm must be at least 15 times the scan speed in mm/s, that is at least one "
                "turn per 4 mm of travel; slower rotation leaves a spiral pattern. With its 250 rpm maximum, the "
                "IH-100 is therefore limited to 16 mm/s of scan speed; the IH-60 reaches 20 mm/s at 300 rpm.",
            ),
            ("h", "Quenchant"),
            (
                "p",
                "Polymer (PAG) quenchant at 8-12 % by volume. For Kelvorn KQ-P quenchant: concentration in % = "
                "refractometer reading in °Brix x 2.1. For other quenchants take the factor from the quenchant "
                "maker's data sheet. Water evaporates from the tank, so the concentration rises over time.",
            ),
            ("h", "Quench temperature"),
            (
                "p",
                "20-35 °C, held by the site's quench cooler. Below 20 °C H08 follows and the quench becomes more "
                "severe; above 35 °C hardness falls.",
            ),
            ("h", "Quench flow"),
            (
                "p",
                "If the flow falls below 80 % of the set value, H06 stops the cycle. The part goes to quarantine; "
                "the site's quality department decides whether it is checked or scrapped.",
            ),
            ("h", "Energy monitor"),
            (
                "p",
                "The energy into each part (kWs) is compared with the reference of the recipe. The tolerance is "
                "±5 % (settable 2-10 %). Outside it, H12 marks the part as reject.",
            ),
            ("h", "Process values"),
            (
                "p",
                "Power, frequency, scan speed and the resulting hardness depth for a new part are developed by "
                "Kelvorn's application laboratory or the site; this manual gives none. Temper the parts within 2 h "
                "of hardening, in the site's oven.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["H01", "Generator overcurrent", "Inductor short, wrong inductor for the recipe, or a part touching it."],
            ["H02", "Generator overtemperature", "Heat sink too hot. Check the cooling water flow and temperature."],
            [
                "H03",
                "Cooling water flow low",
                "Below 80 % of the rated flow: 20 L/min (IH-60) or 32 L/min (IH-100). Check valves and filter.",
            ],
            ["H04", "Cooling water warm", "Inlet 30-35 °C: power limited to 80 %. Above 35 °C the generator stops."],
            [
                "H05",
                "Cooling water conductivity high",
                "Above 20 µS/cm. Change the deionising cartridge KLV-DI-6.",
            ],
            [
                "H06",
                "Quench flow low",
                "Below 80 % of the set flow. Cycle aborted; part to quarantine. Check the filter bag and the quench "
                "ring.",
            ],
            ["H08", "Quench temperature out of range", "Below 20 °C or above 35 °C. Check the site's quench cooler."],
            ["H09", "Earth fault", "Arc between part and inductor. Check the gap, centres and run-out."],
            ["H10", "Door open", "Close the doors and press RESET."],
            ["H11", "Axis fault", "Scan or spindle drive fault. Note the drive code and call Kelvorn service."],
            ["H12", "Energy deviation", "Energy outside the tolerance of the reference. Part marked reject."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Spiral soft pattern or bands along the shaft",
                "Rotation too slow for the scan speed",
                "Raise the spindle speed to at least 15 times the scan speed, or scan slower",
            ],
            [
                "Cracks found at the crack test after hardening",
                "Quench too severe: concentration below 8 %, quench below 20 °C; or holes and sharp edges not "
                "plugged",
                "Check the concentration and temperature; plug holes with copper plugs",
            ],
            [
                "Surface hardness low, depth correct",
                "Concentration above 12 %, or quench ring holes blocked",
                "Check the concentration (section 6.2); clean the quench ring (section 6.4)",
            ],
            [
                "Arc marks or burns on the part",
                "Gap below 1.5 mm, run-out above 0.3 mm, or worn centres",
                "Check the centres and run-out; check the gap with the gap gauge",
            ],
            [
                "Quenchant foaming in the tank",
                "Oil or cleaner carried in with the parts, or the pump drawing air at a low level",
                "Top up; skim off oil; ask the quenchant supplier before adding any defoamer",
            ],
            [
                "Hardness pattern shifts from shift to shift",
                "Quench temperature or concentration drifting",
                "Check both at every shift start",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing an inductor"),
    (
        "ol",
        [
            "Move the carriage to the home position. Switch off and lock out the main switch.",
            "Wait at least 5 min, until the CAP lamp on the generator door is out.",
            "Close the cooling water valves to the inductor and open the drain cock.",
            "Undo the two quick-release water couplings and the four busbar bolts (M10).",
            "Remove the inductor. Fit the new one and check that the number on its plate matches the recipe.",
            "Tighten the busbar bolts to 35 Nm on clean, bright contact faces; use no grease.",
            "Reconnect the water, open the valves and check for leaks at 4 bar.",
            "Check the gap with the gap gauge at four points around the part: 1.5-3.0 mm.",
            "Run a test part and compare its energy with the reference: within ±5 %.",
        ],
    ),
    ("h", "6.2 Checking the quenchant concentration"),
    (
        "ol",
        [
            "Take a sample from the tank return with the pump running and let it cool to about 20 °C.",
            "Set the refractometer to zero with distilled water.",
            "Read the sample in °Brix and multiply by the factor: 2.1 for KQ-P.",
            "The result must be 8-12 %.",
            "To lower the concentration, add water: V = tank volume x (actual - target) / target. To raise it, add "
            "quenchant: V = tank volume x (target - actual) / (100 - target). Drain some first if the tank would "
            "overflow.",
            "Run the pump for 15 min and check again.",
        ],
    ),
    ("h", "6.3 Daily start"),
    (
        "ol",
        [
            "Check the quench tank level, the cooling water level and the conductivity (below 20 µS/cm).",
            "Check the concentration (6.2) and the quench temperature (20-35 °C).",
            "Start the cooling water and quench pumps and let them run 5 min.",
            "Run the reference part of the day's recipe and check its energy and hardness pattern.",
        ],
    ),
    ("h", "6.4 Cleaning the quench ring"),
    (
        "p",
        "Monthly, or after H06: remove the quench ring, clean the 1.5 mm holes with the 1.4 mm drill bits of the "
        "cleaning set by hand, flush the ring with water and refit it. Replace the ring if more than 5 % of its "
        "holes are worn oval.",
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Quenchant concentration and temperature; cooling water conductivity"],
            ["Weekly", "Change the quench filter bag (50 µm) if the pressure drop exceeds 0.5 bar"],
            ["Monthly", "Clean the quench ring (section 6.4); check the centres for wear"],
            ["When H05 appears", "Change the deionising cartridge"],
            ["12 months", "Generator capacitor and busbar check by Kelvorn service"],
            [
                "Cracked or leaking inductor",
                "Return to Kelvorn's inductor department; inductor repair is not described in this manual",
            ],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "IH-60", "IH-100"],
            ["Deionising cartridge", "KLV-DI-6", "KLV-DI-6"],
            ["Quench filter bag, 50 µm", "KLV-FB-50", "KLV-FB-50"],
            ["Quench pump seal", "KLV-PS-60", "KLV-PS-100"],
            ["Busbar bolt set M10", "KLV-BB-10", "KLV-BB-10"],
            ["Gap gauge set", "KLV-GG-1", "KLV-GG-1"],
            ["Refractometer 0-32 °Brix", "KLV-RF-1", "KLV-RF-1"],
            ["Quench ring cleaning set", "KLV-QC-14", "KLV-QC-14"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("oskerby-qa-quench-tank-agitator.pdf", "Oskerby OSK-OM-QA-03 Ed 3 - QA-15 / QA-22", OSKERBY),
        ("carbovell-eg-endothermic-gas-generator.pdf", "Carbovell CBV-OM-EG-07 Ed 2 - EG-60 / EG-120", CARBOVELL),
        ("ferrantholm-gn-gas-nitriding-furnace.pdf", "Ferrantholm FHM-OM-GN-04 Ed 1 - GN-1012", FERRANTHOLM),
        ("kelvorn-ih-induction-hardening-machine.pdf", "Kelvorn KLV-OM-IH-02 Ed 3 - IH-60 / IH-100", KELVORN),
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
