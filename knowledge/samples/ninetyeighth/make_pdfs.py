"""Generate the PDF manuals of the ninety-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set98venv && /tmp/set98venv/bin/pip install fpdf2 pypdf
    /tmp/set98venv/bin/python knowledge/samples/ninetyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Puravapo PSG pure steam generators
PURAVAPO = [
    ("title", "Puravapo PSG Pure Steam Generators\nOperation and Maintenance Manual - PSG-250 and PSG-500"),
    (
        "p",
        "Document PVP-OM-PSG-04, Edition 3, March 2025. Puravapo Process Systems. The PSG-250 and PSG-500 make "
        "pure steam for sterilisers, for the steam-in-place of vessels and lines and for clean room "
        "humidification, by evaporating purified water with plant steam in one vertical column. Droplets are "
        "removed in a centrifugal separator in the top of the column. Apart from the output and the values given "
        "for each model, the two generators are built alike. The purified water supply, the plant steam supply, "
        "the pure steam distribution with its traps, and the laboratory tests of the pure steam condensate "
        "(conductivity, TOC, bacterial endotoxins) are the site's. Puravapo gives no release limits for the "
        "condensate: they are set by the site's quality unit.",
    ),
    (
        "warn",
        "WARNING: Pure steam, plant steam and the column reach 175 °C. Never open a clamp, a sample valve or a "
        "drain on a unit under pressure. Let the unit cool below 60 °C and check that both pressure gauges show "
        "0 bar before any work on the pressure parts.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PSG-250", "PSG-500"],
            [
                "Pure steam output at 3.0 bar g, with plant steam at 6 bar g at the inlet and feed water at 15-25 °C",
                "250 kg/h",
                "500 kg/h",
            ],
            ["Output with plant steam at 4 bar g (lowest allowed), pure steam at 3.0 bar g", "about 100 kg/h", "about 200 kg/h"],
            ["Pure steam pressure, settable", "1.5-4.5 bar g", "1.5-4.5 bar g"],
            ["Plant steam pressure at the inlet of the control valve", "4-8 bar g", "4-8 bar g"],
            ["Plant steam consumption at rated output", "285 kg/h", "570 kg/h"],
            ["Feed water (purified water) at rated output, blowdown included", "275 L/h", "550 L/h"],
            ["Feed water supply pressure", "1.0-4.0 bar g", "1.0-4.0 bar g"],
            ["Continuous blowdown, 10 % of the output", "25 kg/h", "50 kg/h"],
            ["Heating surface of the column", "2.4 m²", "4.6 m²"],
            ["Cooling water for the sample and blowdown coolers, at no more than 25 °C", "0.6 m³/h", "1.0 m³/h"],
            ["Feed pump motor, 400 V 3~ 50 Hz", "1.1 kW, 2.6 A", "1.5 kW, 3.4 A"],
            ["Compressed air, instrument quality, 6 bar g", "40 NL/min", "60 NL/min"],
            ["Design pressure, pure steam side and plant steam side, at 180 °C", "6 bar g / 10 bar g", "6 bar g / 10 bar g"],
            ["Safety valve, pure steam side", "5.5 bar g", "5.5 bar g"],
            ["Safety valve, plant steam side", "9.0 bar g", "9.0 bar g"],
            ["Pure steam outlet, clamp connection", "DN40", "DN50"],
            ["Dimensions W x D x H", "1200 x 900 x 2900 mm", "1400 x 1000 x 3400 mm"],
            ["Free height above the unit to lift out the separator", "600 mm", "800 mm"],
            ["Operating mass", "780 kg", "1150 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated output holds only with plant steam at 6 bar g or more at the inlet of the control valve, clean "
        "heating surfaces and feed water reaching the preheater at 15-25 °C. With less plant steam pressure the "
        "output falls with the temperature difference across the heating surface; below 4 bar g the generator "
        "stops heating (P07). Set the pure steam pressure at least 1.0 bar below the plant steam pressure at the "
        "inlet.",
    ),
    (
        "p",
        "Measured at the generator outlet after at least 30 min of steady running, the steam meets the EN 285 "
        "limits: non-condensable gases no more than 3.5 mL per 100 mL of condensate, superheat no more than 25 K "
        "on expansion to atmospheric pressure, and a dryness value of at least 0.95. At the users the steam "
        "quality also depends on the site's distribution, which Puravapo does not supply.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this generator may operate it. The generator is a pressure system: its "
            "examination under the national pressure equipment rules follows the site's written scheme of "
            "examination.",
            "Never run the generator with a safety valve isolated, gagged or piped to a closed drain.",
            "Cooling water must flow through the sample cooler before the sample valve is opened; the uncooled "
            "sample is above 140 °C.",
            "The blowdown leaves the cooler below 60 °C only while cooling water flows. Never stop the cooling "
            "water while the generator is hot.",
            "Before opening any pressure part, close and lock both plant steam valves (double block) and the main "
            "pure steam valve, and open the drains.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Pure steam pressure"),
            (
                "p",
                "Setpoint 3.0 bar g by default, settable 1.5-4.5 bar g, and always at least 1.0 bar below the plant "
                "steam pressure. P03 shows when the pressure stays more than 0.5 bar below the setpoint for 5 min; "
                "P04 shows at 0.5 bar above the setpoint and the plant steam valve closes. The safety valve lifts at "
                "5.5 bar g.",
            ),
            ("h", "Start-up dump"),
            (
                "p",
                "After every start the steam goes to the drain through the dump valve for at least 10 min and until "
                "the condensate conductivity has stayed below its limit for 2 min without a break. Only then does "
                "the panel show STEAM READY.",
            ),
            ("h", "Condensate conductivity"),
            (
                "p",
                "Measured all the time on the cooled sample (below 30 °C) and compensated to 25 °C. Factory limit "
                "1.3 µS/cm, settable 0.5-2.0 µS/cm by the site. Above the limit the dump valve opens, the main valve "
                "closes and P08 shows.",
            ),
            ("h", "Feed water"),
            (
                "p",
                "Purified water to the site's specification. The feed conductivity alarm P01 is set to 2.0 µS/cm at "
                "25 °C at the factory; the site may set a lower value. The feed preheater heats the feed to at least "
                "85 °C with the blowdown and the plant steam condensate, so that dissolved gases leave through the "
                "degassing vent.",
            ),
            ("h", "Blowdown"),
            (
                "p",
                "Continuous, 10 % of the output, set by the blowdown orifice. Fit the 15 % orifice if the column "
                "needs descaling more often than once a year. Never run without blowdown.",
            ),
            ("h", "Column level"),
            (
                "p",
                "The feed valve keeps the level between the two marks of the lower sight glass. The high level "
                "probe stops the feed (P05); the low level probe closes the plant steam valve (P06).",
            ),
            ("h", "Steam quality sampling"),
            (
                "p",
                "Sample points for the non-condensable gas, superheat and dryness tests are fitted at the outlet. The "
                "test equipment is not supplied, and the tests are run under the site's validation plan.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "P01",
                "Feed water conductivity high",
                "Feed above the set limit for 60 s. The generator stops feeding and heating. Check the site's "
                "purified water system.",
            ],
            ["P02", "Feed pump fault", "Motor protection tripped or pump dry. Check the feed supply pressure and the strainer."],
            [
                "P03",
                "Pure steam pressure low",
                "More than 0.5 bar below the setpoint for 5 min: demand above the output, plant steam pressure low, "
                "or a steam trap of the column condensate blocked.",
            ],
            ["P04", "Pure steam pressure high", "0.5 bar above the setpoint. Plant steam valve closes. Check the control valve for sticking."],
            [
                "P05",
                "Column level high",
                "Feed valve leaking or level probe dirty. Risk of carry-over: the steam is dumped until the level is "
                "back between the marks.",
            ],
            ["P06", "Column level low", "Feed too low: strainer blocked, feed pump worn or supply pressure below 1.0 bar g."],
            ["P07", "Plant steam pressure low", "Below 4 bar g at the control valve inlet. The generator stops heating."],
            [
                "P08",
                "Condensate conductivity high",
                "Above the limit on the sample. Steam dumped. Check the feed water, the blowdown and the column level.",
            ],
            ["P10", "Sample temperature high", "Sample above 30 °C: cooling water flow too low or above 25 °C."],
            ["P11", "Compressed air low", "Below 4.5 bar g. Valves go to their safe positions."],
            ["P12", "Service due", "4000 h of running or 12 months since the last service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wet loads reported by the sterilisers",
                "Column level too high, separator O-ring damaged, or condensate left in the site's distribution",
                "Check the level marks and the separator O-ring; have the site check the traps and line falls",
            ],
            [
                "Output falls over weeks at the same plant steam pressure",
                "Scale on the heating surface",
                "Descale the column (section 9) and check the blowdown orifice",
            ],
            [
                "Pure steam pressure hunts up and down",
                "Plant steam pressure unsteady or control valve sticking",
                "Check the plant steam pressure; stroke the valve in manual",
            ],
            [
                "Water hammer in the plant steam line at start",
                "Plant steam line not drained, isolation valve opened too fast",
                "Open the drains and open the valve over at least 1 min",
            ],
            [
                "Condensate conductivity creeps up over days",
                "Blowdown orifice partly blocked, or feed water quality falling",
                "Clean the orifice; ask the site for the feed water records",
            ],
            [
                "Feed pump noisy, level hard to hold",
                "Feed strainer blocked or feed supply below 1.0 bar g",
                "Clean the strainer (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the generator from cold"),
    (
        "ol",
        [
            "Check that the site's purified water supply is in service and that PI-101 shows 1.0-4.0 bar g.",
            "Open the cooling water to the sample and blowdown coolers and check FI-102: at least 0.6 m³/h (PSG-250) "
            "or 1.0 m³/h (PSG-500).",
            "Open the compressed air and check 6 bar g on PI-103.",
            "Open the drains before the plant steam control valve, then open the plant steam isolation valve slowly "
            "over at least 1 min.",
            "Check that the main pure steam valve is closed and the dump valve is in AUTO.",
            "Select AUTO and press START. The feed pump fills the column to the working level and the plant steam "
            "control valve opens.",
            "The degassing vent stays open until the column reaches 100 °C.",
            "The steam goes to the drain for at least 10 min and until the condensate conductivity has stayed below "
            "the limit for 2 min.",
            "When STEAM READY shows, open the main pure steam valve slowly.",
            "Record the pure steam pressure, the plant steam pressure and the condensate conductivity in the log.",
        ],
    ),
    ("h", "7. Stopping the generator"),
    (
        "ol",
        [
            "Tell the users of pure steam; close the main pure steam valve.",
            "Press STOP. The plant steam valve closes and the feed stops after 2 min.",
            "For a stop longer than 72 h, drain the column through the bottom drain once it is below 60 °C.",
            "Leave the cooling water on until the column is below 60 °C.",
        ],
    ),
    ("h", "8. Cleaning the feed strainer"),
    (
        "ol",
        [
            "Stop the generator and close the purified water inlet valve.",
            "Open the strainer drain and release the clamp of the strainer cover.",
            "Take out the 100 µm element and rinse it with purified water; replace it if the mesh is damaged.",
            "Fit the element with a new cover gasket and tighten the clamp by hand.",
            "Open the inlet valve and check the cover for leaks.",
        ],
    ),
    ("h", "9. Descaling the column"),
    (
        "p",
        "Descale when the output at 6 bar g plant steam has fallen by more than 10 %, or when the plant steam "
        "valve stays more than 90 % open at rated output. Use only the Puravapo descaling agent PVP-DA-1 (citric "
        "acid based) at 5 % in purified water, circulated at 60 °C for 4 h with the circulation kit PVP-CK-1, then "
        "rinse until the rinse water conductivity is within 0.5 µS/cm of the feed water. Derouging of the pure "
        "steam side is not descaling: it is done by a specialist contractor under the site's procedure when the "
        "site's rouge inspection calls for it.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Log pressures and condensate conductivity; check the sight glass level"],
            ["Weekly", "Check the blowdown flow at the drain funnel and the degassing vent"],
            ["Monthly", "Clean the feed strainer (section 8)"],
            ["6 months", "Check the conductivity cell with the 5.0 µS/cm reference solution: reading within ±2 %"],
            ["4000 h or 12 months, whichever comes first (P12)", "Puravapo service: feed pump seal, valves, clamp gaskets of the pure steam side"],
            ["12 months", "Safety valves tested by the site's competent person under the written scheme"],
            ["When output falls by more than 10 %", "Descale the column (section 9)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PSG-250", "PSG-500"],
            ["Feed pump mechanical seal", "PVP-MS-11", "PVP-MS-15"],
            ["Conductivity cell", "PVP-CC-01", "PVP-CC-01"],
            ["Reference solution 5.0 µS/cm, 250 mL", "PVP-RS-5", "PVP-RS-5"],
            ["Feed strainer element 100 µm", "PVP-FS-25", "PVP-FS-50"],
            ["Clamp gasket set, pure steam side (EPDM)", "PVP-GS-40", "PVP-GS-50"],
            ["Separator O-ring (PTFE)", "PVP-OR-250", "PVP-OR-500"],
            ["Blowdown orifice 10 % / 15 %", "PVP-BO-25 / PVP-BO-25H", "PVP-BO-50 / PVP-BO-50H"],
            ["Safety valve, pure steam side, 5.5 bar g", "PVP-SV-40", "PVP-SV-50"],
            ["Descaling agent PVP-DA-1, 25 kg", "PVP-DA-1", "PVP-DA-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Granvelda HSG high shear mixer granulators
GRANVELDA = [
    ("title", "Granvelda HSG High Shear Mixer Granulators\nOperating and Maintenance Instructions - HSG-150 and HSG-300"),
    (
        "p",
        "Document GRV-OM-HSG-07, Edition 2, June 2024. Granvelda Pharma Machinery. The HSG-150 and HSG-300 are "
        "top-driven high shear mixer granulators for wet granulation of pharmaceutical powders with aqueous "
        "binders. A three-blade impeller turns in a conical bowl of stainless steel 316L, a four-blade chopper "
        "enters through the bowl wall, and the binder is sprayed in through the lid. Apart from the bowl size, "
        "the drives and the values given for each model, the two machines are built alike. The process "
        "parameters of each product (impeller and chopper speeds, binder rate, wet massing time and end point) "
        "come from the product's batch record: Granvelda gives no end-point values. The explosion protection "
        "concept of the installation is set out in the separate document GRV-EX-HSG and in the site's explosion "
        "protection document; this manual gives no explosion values.",
    ),
    (
        "warn",
        "WARNING: The impeller and the chopper can cut off hands. Never reach into the bowl or the discharge "
        "chute before the main isolator is locked off and both drives show 0 rpm. Never bridge the lid or the "
        "discharge safety switches.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HSG-150", "HSG-300"],
            ["Bowl gross volume", "150 L", "300 L"],
            ["Working volume, 20-80 % of the gross volume", "30-120 L", "60-240 L"],
            ["Batch mass of dry powder with a bulk density of 0.5 kg/L", "15-60 kg", "30-120 kg"],
            ["Impeller diameter (three blades)", "700 mm", "880 mm"],
            ["Impeller speed, inverter driven", "30-300 rpm", "25-240 rpm"],
            ["Impeller tip speed at the highest speed", "11.0 m/s", "11.1 m/s"],
            ["Impeller motor, 400 V 3~ 50 Hz", "22 kW, 40 A", "37 kW, 65 A"],
            ["Gap between the impeller blades and the bowl bottom", "2-4 mm", "3-5 mm"],
            ["Chopper diameter (four blades)", "200 mm", "250 mm"],
            ["Chopper speed / motor", "300-3000 rpm / 4 kW", "300-3000 rpm / 5.5 kW"],
            ["Binder pump flow / spray nozzle bore", "0.5-5 L/min / 1.0 mm", "1-10 L/min / 1.5 mm"],
            ["Discharge valve", "DN150", "DN200"],
            ["Bowl jacket, water, at no more than 3 bar g", "up to 80 °C", "up to 80 °C"],
            ["Wash in place water at 3-4 bar g, up to 80 °C", "80 L/min", "120 L/min"],
            ["Supply fuse, 400 V 3~", "63 A gG", "100 A gG"],
            ["Compressed air, oil-free, 6 bar g", "150 NL/min", "200 NL/min"],
            ["Noise at 1 m, empty bowl at the highest speed", "78 dB(A)", "80 dB(A)"],
            ["Mass of the machine", "2400 kg", "3600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The batch mass range holds only for powders with a bulk density of 0.5 kg/L. For other powders the "
        "batch mass is the filled volume in litres times the bulk density in kg/L, with the dry powder filling "
        "20-80 % of the gross volume before any binder is added. The impeller tip speed is v = pi x D x n / 60 "
        "(D in m, n in rpm).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the granulator. Maintenance on the drives and the electrical cabinet "
            "is for trained maintenance staff.",
            "The lid has two safety switches and the discharge chute one. The impeller and the chopper start only "
            "when all three are made.",
            "Granulation with organic solvents is allowed only with the solvent kit GRV-SK and under GRV-EX-HSG; "
            "the standard machine is for aqueous binders.",
            "Wear the respiratory protection set by the site's risk assessment when opening the lid with dry "
            "powder in the bowl.",
            "Never run the chopper with the impeller stopped, and never run the impeller in the empty bowl above 60 "
            "rpm for more than 1 min, except during wash in place with the lid closed.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Filling"),
            (
                "p",
                "The dry powder must fill 20-80 % of the gross volume. Below 20 % the chopper does not reach the "
                "product and the granules grow large; above 80 % the wet mass rises into the lid.",
            ),
            ("h", "Impeller"),
            (
                "p",
                "The impeller speed comes from the recipe. The tip speed shown on the panel is calculated from the "
                "actual speed. The impeller must be turning before the binder is added.",
            ),
            ("h", "Binder addition"),
            (
                "p",
                "Spray pressure at the nozzle 1.5-2.5 bar, nozzle tip 200-300 mm above the still product. If the "
                "pump delivers less than 80 % of the set flow for 10 s, G09 stops the addition.",
            ),
            ("h", "End point"),
            (
                "p",
                "The panel records the impeller power and torque. When the torque rise set in the recipe is "
                "reached, G11 shows and wet massing ends. End-point values are taken from the batch record only.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "Measured by the probe in the bowl wall. Limit 45 °C by default, settable 20-70 °C; above it G07 "
                "stops the impeller and the chopper.",
            ),
            ("h", "Shaft seal purge"),
            (
                "p",
                "The impeller and chopper seals are purged with filtered, oil-free air at 0.5-1.0 bar above the "
                "bowl pressure. Below 0.5 bar G06 stops both drives. Too much purge air blows fines out of the "
                "product.",
            ),
            ("h", "Jacket"),
            (
                "p",
                "Water at no more than 80 °C and 3 bar g. The jacket is for cooling the product and warming the "
                "bowl before the batch, never for drying a batch.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["G02", "Lid not locked", "One of the two lid switches open. Close the lid fully and check both locking pins."],
            ["G03", "Discharge not closed", "Discharge valve open or its switch dirty. Close the valve; clean the switch."],
            [
                "G04",
                "Impeller overload",
                "Torque above 110 % of rated for 10 s: batch too large, too wet or too dense. Stop, do not restart "
                "at full speed; discharge part of the batch under QA instruction.",
            ],
            ["G05", "Chopper overload", "Chopper blades blocked by wet mass or worn bearings."],
            ["G06", "Seal purge low", "Purge air less than 0.5 bar above the bowl pressure. Check the purge filter and regulator."],
            ["G07", "Product temperature high", "Above the set limit. Cool with the jacket; check the wet massing time."],
            [
                "G09",
                "Binder flow low",
                "Less than 80 % of the set flow for 10 s: nozzle blocked, binder too viscous, or pump hose worn.",
            ],
            ["G10", "Jacket temperature high", "Jacket water above 80 °C. Check the site's temperature control unit."],
            ["G11", "End point reached", "Information: the torque rise of the recipe was reached."],
            ["G12", "Wash water pressure low", "Below 3 bar g during wash in place."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lumps and oversized granules",
                "Binder added too fast or as a stream from a dripping nozzle; chopper off or too slow",
                "Check the spray pattern and the nozzle; run the chopper at the batch record speed",
            ],
            [
                "Too many fines after drying",
                "Too little binder or wet massing too short",
                "Calibrate the binder pump (section 7); check the quantities against the batch record",
            ],
            [
                "Wet mass sticks to the lid and the walls",
                "Nozzle too high, bowl too cold, or bowl filled above 80 %",
                "Lower the nozzle to 200-300 mm; warm the bowl with the jacket before the batch",
            ],
            [
                "Knocking or strong vibration at high speed",
                "Product built up under the impeller, impeller gap wrong, or central bolt loose",
                "Clean under the impeller; check the gap (section 8)",
            ],
            [
                "Powder leaks at the impeller shaft",
                "Purge pressure too low or the seal cartridge worn",
                "Check the purge pressure; call Granvelda service for the seal",
            ],
            [
                "End point reached much earlier than usual",
                "Binder pump over-delivering or wetter raw materials",
                "Calibrate the pump; tell QA before the next batch",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Check that the bowl, impeller and chopper are clean and dry and that the site's line clearance is signed.",
            "Check the purge air on PI-201: 0.5-1.0 bar above the bowl pressure.",
            "Load the dry powders through the lid ports; the filled volume must be within 20-80 % of the gross volume.",
            "Close the lid; G02 clears when both switches are made.",
            "Select the recipe of the batch record and check the speeds and times shown.",
            "Start the dry mix: impeller and chopper at the recipe speeds for the recipe time.",
            "Start the binder addition and watch the spray pattern through the sight glass.",
            "Wet mass until G11 shows or the recipe time ends.",
            "Open the discharge valve with the impeller turning at 60-80 rpm (HSG-150) or 50-70 rpm (HSG-300).",
            "Print or save the torque and temperature curves for the batch record.",
        ],
    ),
    ("h", "7. Calibrating the binder pump"),
    (
        "ol",
        [
            "Fill the binder tank with purified water.",
            "Take the hose off the spray nozzle and put its end into a tared beaker on a balance.",
            "Run the pump in MANUAL at the recipe flow for exactly 2 min.",
            "Weigh the water and divide by 2: this is the flow in g/min, about the same as mL/min.",
            "If the flow differs from the set flow by more than ±3 %, enter the measured flow under SET > BINDER > "
            "CAL and repeat from step 3.",
        ],
    ),
    ("h", "8. Checking the impeller gap"),
    (
        "ol",
        [
            "Lock off the main isolator and open the lid.",
            "Clean and dry the bowl bottom and the impeller.",
            "Turn the impeller by hand and measure the gap under each blade tip with a feeler gauge at three points "
            "around the bowl, 120° apart.",
            "The gap must be 2-4 mm (HSG-150) or 3-5 mm (HSG-300) at every point, and the three blades must not "
            "differ by more than 1 mm.",
            "If it is out of range, lift off the impeller and change the 0.5 mm shim rings under the hub.",
            "Tighten the central bolt to 120 Nm (HSG-150) or 200 Nm (HSG-300) and measure again.",
        ],
    ),
    ("h", "9. Changing the chopper blades"),
    (
        "ol",
        [
            "Lock off the main isolator and open the lid.",
            "Hold the chopper shaft with the holding tool GRV-HT and undo the blade nut (left-hand thread).",
            "Fit a new blade set; never mix new and worn blades.",
            "Tighten the nut to 40 Nm and run the chopper for 1 min at 1000 rpm with the lid closed.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Wash in place or manual cleaning to the site's cleaning procedure"],
            ["Weekly", "Check the lid gasket, the discharge valve seal and the spray nozzle"],
            ["Monthly", "Check the impeller gap (section 8); calibrate the binder pump (section 7)"],
            ["6 months", "Replace the purge air filter element; check the chopper blades for wear"],
            ["5000 h or 2 years, whichever comes first", "Granvelda service: impeller and chopper seal cartridges, gearbox oil"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HSG-150", "HSG-300"],
            ["Chopper blade set (four blades, nut)", "GRV-CB-200", "GRV-CB-250"],
            ["Lid gasket (silicone)", "GRV-LG-150", "GRV-LG-300"],
            ["Discharge valve seal", "GRV-DS-150", "GRV-DS-200"],
            ["Spray nozzle", "GRV-SN-10", "GRV-SN-15"],
            ["Shim ring set, 0.5 mm", "GRV-SR-150", "GRV-SR-300"],
            ["Purge air filter element", "GRV-PF-01", "GRV-PF-01"],
            ["Impeller shaft seal cartridge (fitted by Granvelda service only)", "GRV-SC-150", "GRV-SC-300"],
            ["Binder pump hose", "GRV-PH-05", "GRV-PH-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fialetta AFS-8 ampoule filling and sealing machine
FIALETTA = [
    ("title", "Fialetta AFS-8 Ampoule Filling and Sealing Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document FLT-OM-AFS8-02, Edition 1, November 2024. Fialetta Sterile Packaging. The AFS-8 fills and seals "
        "open glass ampoules of 1 to 20 mL (ISO 9187-1, forms B and C) under a unidirectional airflow hood with "
        "H14 filters. The ampoules arrive washed and depyrogenated from the tunnel upstream, which has its own "
        "manual. A walking beam carries them in groups of eight through pre-gassing, filling, post-gassing and "
        "sealing. Eight ceramic rotary piston pumps fill the product; the ampoules are closed by pull sealing "
        "with natural gas and oxygen burners. The product, its sterile filtration, the sterilisation of the pump "
        "set, the environmental monitoring and the container closure integrity test of the sealed ampoules are "
        "the site's. The pump set and the needles are sterilised in the site's autoclave with the site's "
        "validated cycle; Fialetta gives no cycle.",
    ),
    (
        "warn",
        "WARNING: Oxygen and natural gas. Keep oil and grease away from every oxygen fitting. Close both gas "
        "valves at the machine at the end of each shift. Sealed tips stay hot for about 30 s and broken ampoule "
        "glass cuts: use the tongs and the glass box, never bare hands.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AFS-8"],
            ["Ampoule sizes", "1, 2, 5, 10 and 20 mL, ISO 9187-1 forms B and C"],
            ["Filling pumps and needles", "8 ceramic rotary piston pumps"],
            ["Output with 1 mL and 2 mL ampoules", "up to 12000 ampoules/h (25 cycles/min)"],
            ["Output with 5 mL ampoules", "up to 9000 ampoules/h"],
            ["Output with 10 mL ampoules", "up to 6000 ampoules/h"],
            ["Output with 20 mL ampoules", "up to 3600 ampoules/h"],
            ["Pump sizes and fill ranges", "P2: 0.5-2.5 mL; P10: 2-10 mL; P25: 8-25 mL"],
            [
                "Fill accuracy, liquids up to 5 mPa s at 20-25 °C, mean of each needle",
                "±1 % from 2 mL; ±2 % below 2 mL",
            ],
            ["Nitrogen at the machine, after the site's 0.2 µm gas filter", "1.5-2.5 bar g; 40 NL/min at full output"],
            ["Natural gas at the machine", "20-25 mbar"],
            ["Oxygen at the machine", "1.0-1.5 bar g"],
            [
                "Gas use at 12000 ampoules/h with 2 mL ampoules",
                "natural gas 1.2 m³/h, oxygen 2.0 m³/h",
            ],
            ["Airflow hood: air velocity 150 mm above the ampoule necks", "0.45 m/s ±20 % (0.36-0.54 m/s)"],
            ["Burner fume extraction, to the site's exhaust", "300 m³/h"],
            ["Supply", "400 V 3~ 50 Hz, 5.5 kW, fuse 20 A gG"],
            ["Compressed air, oil-free", "6 bar g, 150 NL/min"],
            ["Dimensions L x W x H / mass", "3200 x 1500 x 2300 mm / 1900 kg"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The outputs hold with ampoules to ISO 9187-1 fed without gaps from the tunnel. The fill accuracy holds "
        "only for the mean of each needle over 24 ampoules, with water-like liquids of up to 5 mPa s at 20-25 °C "
        "and the pumps primed free of air. For other liquids the accuracy is established by the site.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained in aseptic filling and on this machine may run it. Interventions in the Grade A "
            "zone follow the site's aseptic procedures.",
            "The guard doors are interlocked. Opening a door stops the beam, the pumps and the burners (F02).",
            "Never light the burners with the hood fan off or with the fume extraction stopped.",
            "Test the gas hoses for leaks with leak spray at every format change; replace a hose that is cracked "
            "or older than 2 years.",
        ],
    ),
    ("h", "3. Filling and sealing settings"),
    (
        "cols",
        [
            ("h", "Gassing"),
            (
                "p",
                "Pre-gassing blows nitrogen into each empty ampoule for 0.3 s; post-gassing blows it over the "
                "filled ampoule until the neck enters the sealing station. The residual oxygen in the sealed "
                "ampoule depends on the product and the settings and is measured by the site's QC.",
            ),
            ("h", "Needle movement"),
            (
                "p",
                "The needle goes down to 8 mm above the ampoule bottom and rises while filling, so that the tip "
                "stays just above the liquid. The needle must never touch the neck: the gap all round is at least "
                "0.5 mm.",
            ),
            ("h", "Suck-back"),
            (
                "p",
                "After each fill the pump draws back 0.02-0.10 mL (default 0.05 mL) so that no drop hangs on the "
                "needle tip. Change it in steps of 0.01 mL.",
            ),
            ("h", "Sealing"),
            (
                "p",
                "The ampoule turns at 300-400 rpm on the rollers while two preheat burners heat the neck and the "
                "sealing burner melts it. The tongs pull off the tip 1.2-1.8 s after sealing starts (default 1.5 s "
                "for 2 mL ampoules). The flame must be blue with a sharp inner cone 8-10 mm long; a yellow flame "
                "means too little oxygen.",
            ),
            ("h", "Airflow"),
            (
                "p",
                "The hood fan keeps 0.45 m/s ±20 % at 150 mm above the necks. Below 0.36 m/s for 10 s the machine "
                "stops filling (F03). The H14 filter leak test and the airflow qualification are done by the site "
                "or its contractor.",
            ),
            ("h", "Broken ampoules"),
            (
                "p",
                "When an ampoule breaks at the filling or sealing station the machine stops (F13). The glass is "
                "removed with tongs; the decision on the ampoules around it follows the site's procedure.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed. Release it and press RESET; the burners must be lit again."],
            ["F02", "Guard door open", "A door of the Grade A zone opened. Close it and follow the site's intervention procedure."],
            [
                "F03",
                "Airflow low",
                "Hood air velocity below 0.36 m/s for 10 s: prefilter blocked, fan fault or a door open. Filling "
                "stops; ampoules under the hood are rejected.",
            ],
            ["F04", "Nitrogen low", "Nitrogen below 1.5 bar g. Check the site's supply and the 0.2 µm gas filter."],
            ["F05", "Natural gas low", "Gas below 20 mbar. The burners go out."],
            ["F06", "Oxygen low", "Oxygen below 1.0 bar g. The burners go out."],
            ["F07", "Flame failure", "The flame sensor of a burner row sees no flame. Clean the burner nozzles and relight."],
            ["F08", "Infeed jam", "Ampoules jammed at the infeed starwheel. Clear them with tongs."],
            ["F09", "No ampoule at needle", "A gap in the group: the needle does not fill that position."],
            ["F10", "Outfeed tray full", "Change the tray."],
            ["F12", "Pump drive fault", "Servo drive of the pump block tripped. Check for a seized piston."],
            ["F13", "Broken ampoule", "Glass detected at the filling or sealing station. Remove it as in section 3."],
            ["F14", "Service due", "1500 h or 6 months since the last service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Black or brown deposit on the sealed tips",
                "Product on the neck: a drop on the needle, suck-back too small, or a needle off centre",
                "Raise the suck-back in steps of 0.01 mL; centre the needles",
            ],
            [
                "Open tips or fine holes found by the site's leak test",
                "Flame too weak, tongs pulling too early, or gas pressure low",
                "Check the gas pressures and the flame; raise the pull time in steps of 0.1 s",
            ],
            [
                "Fat, bulbous tips",
                "Neck heated too long or tongs pulling too late",
                "Shorten the pull time in steps of 0.1 s",
            ],
            [
                "Cracks at the neck or shoulder after sealing",
                "Flame hitting the shoulder, or a draught on the hot neck",
                "Align the burners to the neck; check that the guard doors are closed",
            ],
            [
                "Fill volume drifts during the batch",
                "Product temperature changing, air in a pump, or a worn piston",
                "Check the product temperature; prime again; run the fill check (section 7)",
            ],
            [
                "Ampoules broken at the filling station",
                "Needle off centre or wrong format parts",
                "Check the format parts for the ampoule size; centre the needles",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a batch"),
    (
        "ol",
        [
            "Check that the hood air velocity on the panel is within 0.36-0.54 m/s and that the site's environmental "
            "monitoring has started.",
            "Check the gases: nitrogen 1.5-2.5 bar g, natural gas 20-25 mbar, oxygen 1.0-1.5 bar g.",
            "Fit the sterilised pump set, tubing and needles as the site's aseptic procedure requires.",
            "Select PRIME and run the pumps into the reject tray until every needle gives a clean jet without "
            "drops.",
            "Press IGNITE and check each flame: blue, inner cone 8-10 mm.",
            "Run the fill check (section 7).",
            "Start production. The first 3 cycles (24 ampoules) are rejected automatically.",
        ],
    ),
    ("h", "7. Fill check and fill volume adjustment"),
    (
        "ol",
        [
            "Work out the target fill mass: nominal fill volume x density of the product at the fill temperature "
            "(from the batch record).",
            "Weigh 10 empty ampoules of the same lot and note their mean mass.",
            "Select FILL CHECK. The machine fills 3 cycles without sealing and sends the 24 ampoules to the check "
            "tray in needle order.",
            "Weigh each filled ampoule and subtract the mean empty mass.",
            "The mean of each needle must be within ±1 % of the target mass (±2 % below 2 mL).",
            "Turn the stroke screw of a pump that is out of range: one division is 0.005 mL on P2, 0.02 mL on P10 "
            "and 0.05 mL on P25.",
            "Repeat from step 3 until all eight needles are within range, and record the results.",
            "Discard the check ampoules.",
        ],
    ),
    ("h", "8. Format change"),
    (
        "ol",
        [
            "Stop production, close the gas valves and let the burners cool for 10 min.",
            "Change the infeed starwheel, the beam combs, the roller set and the outfeed guides for the new size.",
            "Change the pump block if the new fill volume needs another pump size.",
            "Set the needle stroke and the burner height from the format table on the panel (SET > FORMAT).",
            "Leak-test the gas hoses and run 5 cycles with empty ampoules and the burners off to check the transfer.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Clean the machine surfaces to the site's procedure; clean the burner nozzles"],
            ["Weekly", "Check the rollers and the tongs for wear; check the hood prefilter pressure drop"],
            ["Monthly", "Leak-test the gas hoses and connections; lubricate the beam guides (food-grade grease only)"],
            ["1500 h or 6 months, whichever comes first (F14)", "Fialetta service: beam drive, pump drive, flame sensors"],
            ["2 years", "Replace the gas hoses"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Ceramic pump P2 / P10 / P25", "FLT-CP-02 / FLT-CP-10 / FLT-CP-25"],
            ["Filling needle set (8), 1-2 mL / 5-20 mL", "FLT-NS-12 / FLT-NS-520"],
            ["Sealing burner nozzle", "FLT-BN-01"],
            ["Roller set for 1-2 mL / 5 mL / 10-20 mL", "FLT-RS-12 / FLT-RS-05 / FLT-RS-20"],
            ["Tongs, pair", "FLT-TG-01"],
            ["Flame sensor", "FLT-FS-01"],
            ["Gas hose set", "FLT-GH-01"],
            ["Hood prefilter", "FLT-PF-01"],
        ],
        (80, 90),
    ),
]

# ---------------------------------------------------------------- Pulvistra VT vacuum powder transfer systems
PULVISTRA = [
    ("title", "Pulvistra VT Vacuum Powder Transfer Systems\nUser and Maintenance Manual - VT-30 and VT-60"),
    (
        "p",
        "Document PLV-OM-VT-03, Edition 2, February 2025. Pulvistra Containment Systems. The VT-30 and VT-60 "
        "convey powders and granules by vacuum from drums, bins and mills to tablet presses, granulators, "
        "blenders and capsule fillers. Each system has a receiver of stainless steel 316L with PTFE membrane "
        "filter cartridges, a compressed-air multistage ejector as vacuum pump, a pneumatic butterfly discharge "
        "valve, a suction lance with hose, and a controller. Apart from the receiver, the filter, the ejector, "
        "the discharge valve and the values given for each model, the two systems are built alike. The machines "
        "that receive the powder have their own manuals. The containment performance of an installation depends "
        "on its connections and working practices and is verified by the site with a surrogate powder test; "
        "Pulvistra states no OEL or OEB value for the VT. The explosion protection zoning is the site's.",
    ),
    (
        "warn",
        "WARNING: Never put a hand or a tool into the receiver or the discharge valve while compressed air is "
        "connected: the valve closes with a force that can crush fingers. Lock the air valve closed and vented "
        "before any work inside.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VT-30", "VT-60"],
            ["Receiver volume", "30 L", "60 L"],
            [
                "Conveying rate, free-flowing granulate of bulk density 0.5 kg/L, 10 m horizontal plus 3 m vertical",
                "up to 600 kg/h",
                "up to 1500 kg/h",
            ],
            ["Conveying hose, conductive", "DN40", "DN50"],
            ["Longest conveying distance (hose length)", "20 m, of which no more than 6 m vertical", "30 m, of which no more than 10 m vertical"],
            ["Ejector air use while sucking, at 6 bar g", "900 NL/min", "1800 NL/min"],
            ["Compressed air supply, oil-free, pressure dew point +3 °C or lower", "6-7 bar g", "6-7 bar g"],
            ["Highest vacuum", "-0.85 bar g", "-0.85 bar g"],
            ["Filter cartridges, PTFE membrane, 1.2 m² each", "1 (1.2 m²)", "2 (2.4 m²)"],
            ["Safety filter on the exhaust, class H13", "1", "1"],
            ["Discharge valve, pneumatic butterfly", "DN150", "DN200"],
            ["Product temperature, highest", "80 °C", "80 °C"],
            ["Noise with the exhaust silencer, at 1 m", "72 dB(A)", "75 dB(A)"],
            ["Mass without product", "65 kg", "95 kg"],
            ["Controller supply", "230 V 1~, 50 W", "230 V 1~, 50 W"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The conveying rates hold only for a free-flowing granulate of 0.5 kg/L over 10 m of hose plus 3 m of "
        "rise, with a clean filter and the default cycle times. The ejector uses air only while it sucks: with the "
        "default 10 s suction and 5 s discharge it runs two thirds of the time, so the mean air use is 600 NL/min "
        "(VT-30) or 1200 NL/min (VT-60). Size the site's compressed air supply for the full figure of the table.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the system. Wear the protective equipment set by the site's risk "
            "assessment for the powder handled, in particular when changing a filter or opening the receiver.",
            "Every metal part must be bonded to the earth point, and the earth clamp fitted to the source "
            "container before conveying starts.",
            "Never convey a product above 80 °C, a liquid, or a powder for which the site has not approved the "
            "system.",
            "Keep the exhaust silencer fitted. Do not run the ejector with the safety filter removed.",
        ],
    ),
    ("h", "3. Cycle settings and limits"),
    (
        "cols",
        [
            ("h", "Suction time"),
            (
                "p",
                "Default 10 s, settable 3-60 s. The level sensor ends suction early when the receiver is full. "
                "Shorter cycles convey less per cycle but keep the hose from blocking with cohesive powders.",
            ),
            ("h", "Discharge time"),
            (
                "p",
                "Default 5 s, settable 2-30 s. The discharge valve opens only when the vacuum has decayed above "
                "-0.05 bar g.",
            ),
            ("h", "Filter cleaning"),
            (
                "p",
                "During each discharge the reverse jet gives 3 pulses of 0.1 s at 5 bar g into the cartridges. The "
                "panel shows the filter pressure drop after each cleaning.",
            ),
            ("h", "Filter limits"),
            (
                "p",
                "A pressure drop above 80 mbar for 3 cycles in a row after cleaning gives V04: the cartridge is "
                "blinded and must be changed. A safety filter pressure drop above 30 mbar (V09) means that powder "
                "has passed the cartridge: stop and change both filters.",
            ),
            ("h", "Suction lance"),
            (
                "p",
                "The air sleeve of the lance lets in air beside the powder. Start with the sleeve 10 mm open; open "
                "it further if the hose blocks, close it if the rate is low and the hose runs lean.",
            ),
            ("h", "Products"),
            (
                "p",
                "Rates are given for free-flowing granulate only. Conveying rates for cohesive or very fine "
                "powders, such as active ingredients, magnesium stearate or lactose below 50 µm, are not given: "
                "they are found by trials with the product.",
            ),
            ("h", "Earthing"),
            (
                "p",
                "Resistance from any metal part to the earth point: no more than 10 ohm. Conveying hose: no more "
                "than 1 Mohm end to end. Check both every month.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["V01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["V02", "Air pressure low", "Compressed air below 5 bar g at the ejector. Check the site's supply and the filter regulator."],
            [
                "V03",
                "Vacuum not reached",
                "Not below -0.3 bar g within 5 s of the start of suction: hose loose or split, lance inlet open to "
                "air, lid or discharge valve seal leaking.",
            ],
            ["V04", "Filter blinded", "Pressure drop above 80 mbar for 3 cycles after cleaning. Change the cartridge (section 7)."],
            ["V05", "Receiver overfilled", "Level sensor covered at the start of suction. Check the discharge into the machine below."],
            ["V06", "Discharge valve position", "Valve not closed within 2 s. Check for product on the valve seat."],
            [
                "V08",
                "Receiver not emptied",
                "Level sensor still covered after discharge: product bridging. Lengthen the discharge time or fit "
                "the flow aid.",
            ],
            ["V09", "Safety filter", "Safety filter pressure drop above 30 mbar. Stop; change the cartridge and the safety filter."],
            ["V10", "Earth monitor", "Earth clamp of the source container not fitted (earth monitor option)."],
            ["V11", "Service due", "500000 cycles or 12 months since the last service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Conveying rate lower than usual",
                "Hose leaking or longer than the limit, lance sleeve set wrong, or filter partly blinded",
                "Check the hose and the pressure drop; set the lance sleeve again",
            ],
            [
                "Hose blocks with a plug of powder",
                "Too little air at the lance, or suction time too long for a cohesive powder",
                "Open the sleeve further; shorten the suction time",
            ],
            [
                "Receiver does not empty fully",
                "Powder bridging above the discharge valve, or discharge time too short",
                "Lengthen the discharge time; fit the flow aid PLV-FA",
            ],
            [
                "Powder seen at the exhaust silencer",
                "Cartridge damaged or its gasket not seated",
                "Stop at once; change the cartridge and the safety filter",
            ],
            [
                "Static shocks from the hose or the receiver",
                "Earth bond broken or a non-conductive hose fitted",
                "Check the earthing (section 3); fit a Pulvistra conductive hose",
            ],
            [
                "Vacuum high but no powder moves",
                "Lance buried in the powder with the sleeve closed, or a blockage at the receiver inlet",
                "Lift the lance; open the sleeve; clear the inlet",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Vacuum hold test"),
    (
        "ol",
        [
            "Close the discharge valve and fit the blind cap PLV-BC on the product inlet.",
            "Select TEST > HOLD. The ejector evacuates the receiver to -0.5 bar g and stops.",
            "The vacuum must not fall by more than 50 mbar in 60 s.",
            "If it falls more, check the blind cap, the lid gasket, the discharge valve seal and the cartridge seat, "
            "and repeat the test.",
            "Record the result. Do not convey until the test is passed.",
        ],
    ),
    ("h", "7. Changing the filter cartridge"),
    (
        "ol",
        [
            "Run 3 cycles with the lance out of the powder to clear the receiver and the hose.",
            "Close and lock the compressed air valve; check that the gauge shows 0 bar.",
            "Put on the protective equipment set by the site for the powder handled.",
            "Fit a new safe-change bag PLV-BB over the ring of the filter housing.",
            "Open the filter lid clamp and pull the cartridge into the bag. Tie the bag twice and cut between the "
            "ties.",
            "Fit the new cartridge through a new bag, seat it with its gasket and close the lid clamp by hand. "
            "On the VT-60 change both cartridges at the same time.",
            "Run the vacuum hold test (section 6).",
            "Reset the filter counter and record the change. Dispose of the old cartridge as the site requires.",
        ],
    ),
    ("h", "8. Dismantling for cleaning"),
    (
        "ol",
        [
            "Clear the receiver (3 cycles), close and lock the compressed air valve.",
            "Take out the cartridges as in section 7.",
            "Open the clamps and take the receiver apart: lid, body, discharge valve.",
            "Wash the parts by hand or in the site's parts washer to the site's cleaning procedure. Never wash the "
            "cartridges or the safety filter.",
            "Dry the parts fully, assemble with new gaskets if they are marked or hard, and run the vacuum hold "
            "test.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every product change", "Dismantle and clean (section 8); vacuum hold test"],
            ["Weekly", "Check the hose for wear and the lance sleeve"],
            ["Monthly", "Check the earth resistances (section 3)"],
            ["V04, or 12 months", "Change the filter cartridge (section 7)"],
            ["500000 cycles or 12 months, whichever comes first (V11)", "Pulvistra service: ejector, valves, level sensor, safety filter"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VT-30", "VT-60"],
            ["Filter cartridge, PTFE membrane, 1.2 m²", "PLV-FC-12", "PLV-FC-12 (two needed)"],
            ["Safety filter H13", "PLV-SF-30", "PLV-SF-60"],
            ["Safe-change bag", "PLV-BB", "PLV-BB"],
            ["Gasket set (lid, body, valve)", "PLV-GS-30", "PLV-GS-60"],
            ["Discharge valve seat", "PLV-VS-150", "PLV-VS-200"],
            ["Conductive hose, per metre", "PLV-CH-40", "PLV-CH-50"],
            ["Suction lance with air sleeve", "PLV-SL-40", "PLV-SL-50"],
            ["Flow aid (vibrator)", "PLV-FA", "PLV-FA"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("puravapo-psg-pure-steam-generator.pdf", "Puravapo PVP-OM-PSG-04 Ed 3 - PSG-250 / PSG-500", PURAVAPO),
        ("granvelda-hsg-high-shear-mixer-granulator.pdf", "Granvelda GRV-OM-HSG-07 Ed 2 - HSG-150 / HSG-300", GRANVELDA),
        ("fialetta-afs-ampoule-filling-and-sealing-machine.pdf", "Fialetta FLT-OM-AFS8-02 Ed 1 - AFS-8", FIALETTA),
        ("pulvistra-vt-vacuum-powder-transfer-system.pdf", "Pulvistra PLV-OM-VT-03 Ed 2 - VT-30 / VT-60", PULVISTRA),
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
