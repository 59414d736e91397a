"""Generate the PDF manuals of the hundred-and-fifty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set157-scratch/venv && /tmp/set157-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set157-scratch/venv/bin/python knowledge/samples/hundredfiftyseventh/make_pdfs.py

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


# ---------------------------------------------------------------- Brinmarsh ED electrostatic crude desalters
BRINMARSH = [
    ("title", "Brinmarsh ED Electrostatic Crude Desalters\nOperation and Maintenance Manual - ED-30 and ED-42"),
    (
        "p",
        "Document BSM-OM-ED-04, Edition 3, March 2025. Brinmarsh Separation Technology. The ED-30 and ED-42 are "
        "single-stage horizontal electrostatic desalters for the crude distillation unit. Crude oil from the cold "
        "preheat train is mixed with wash water in a globe-type mixing valve, enters the vessel through a "
        "distributor below the grids, and is treated in an alternating electric field between energised grid "
        "electrodes. The salt-laden water settles to the bottom and leaves through the effluent valve under "
        "interface level control; desalted crude leaves at the top. The two models differ in vessel size, number "
        "of grids and transformers, and in the settings named in this manual; the panel, the interface probe type "
        "and the mud wash system are built alike.",
    ),
    (
        "p",
        "The pressure vessel itself, its relief valves and its periodic inspection are the site's responsibility "
        "under its pressure equipment scheme. The demulsifier type and dose rate are set by the site's chemical "
        "supplier, and the wash water source and quality by the site. The effluent water goes to the site's sour "
        "water and wastewater treatment, which this manual does not cover.",
    ),
    (
        "warn",
        "DANGER - HIGH VOLTAGE: the grids run at up to 23 kV. Never open a transformer terminal box, a bushing cover "
        "or a vessel manway unless the transformers are isolated, locked off and the earthing switch is closed "
        "(section 9). Crude and effluent water release H2S: wear a personal H2S monitor at the vessel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ED-30", "ED-42"],
            ["Vessel inside diameter", "3.0 m", "4.2 m"],
            ["Length, tangent to tangent", "18.0 m", "24.0 m"],
            ["Liquid volume, full", "127 m³", "333 m³"],
            [
                "Rated crude throughput (crude of 25-35 °API at the desalting temperature)",
                "6360 m³/d (40 000 bbl/d)",
                "15 900 m³/d (100 000 bbl/d)",
            ],
            ["Design pressure / design temperature", "20 barg / 160 °C", "20 barg / 160 °C"],
            ["Electrode grids", "2", "3"],
            ["Transformers (with current-limiting reactor)", "1 x 100 kVA", "2 x 150 kVA"],
            ["Primary supply, each transformer", "400 V 50 Hz single-phase, 250 A", "400 V 50 Hz single-phase, 375 A"],
            ["Secondary taps (off-circuit)", "16.5 / 19.5 / 23 kV", "16.5 / 19.5 / 23 kV"],
            ["Rated secondary current at 23 kV, each transformer", "4.3 A", "6.5 A"],
            ["Wash water rate, percent of crude flow", "3-6 %", "4-7 %"],
            ["Mixing valve pressure drop: default / maximum", "1.0 bar / 1.5 bar", "0.8 bar / 1.2 bar"],
            ["Interface probe (RF admittance), range from vessel bottom", "0-1800 mm", "0-2400 mm"],
            ["Interface setpoint, normal, from vessel bottom", "900 mm", "1200 mm"],
            ["Mud wash headers / nozzles", "2 / 24", "3 / 40"],
            ["Mud wash water flow", "25 m³/h", "40 m³/h"],
            ["Mass, empty / operating", "48 t / 160 t", "96 t / 380 t"],
        ],
        (84, 43, 43),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this desalter and authorised by the site may switch the transformers or change "
            "taps. The tap switch is off-circuit: change taps only with the transformer switched off.",
            "Never bypass the low level switch (D03). An energised grid in vapour or gas can arc and ignite it.",
            "After a transformer trip, do not switch on again more than twice. A third trip calls for an "
            "investigation (section 5) and, for a grid short, Brinmarsh service.",
            "Vessel entry is confined space work under the site's entry permit, with the atmosphere tested by the "
            "site. Sludge in the vessel bottom can hold pyrophoric iron sulphide: keep it wet.",
            "The effluent water and the bottom sludge contain benzene and H2S. Sample only through closed sample "
            "coolers.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Desalting temperature"),
            (
                "p",
                "120-145 °C for crude of 25-35 °API; 110-125 °C for crude lighter than 35 °API. Never above 150 °C. "
                "The vessel pressure must stay at least 2 bar above the vapour pressure of the crude at the "
                "desalting temperature, so that no vapour forms under the grids (D03).",
            ),
            ("h", "Wash water"),
            (
                "p",
                "3-6 % (ED-30) or 4-7 % (ED-42) of the crude flow. Wash water rate (m³/h) = crude flow (m³/h) x wash "
                "water (%) / 100. Example: an ED-30 at its rated 265 m³/h with 5 % needs 13.3 m³/h. The site decides "
                "the source of the wash water; Brinmarsh recommends a pH of 6-7 at the mixing valve.",
            ),
            ("h", "Mixing valve"),
            (
                "p",
                "Start-up setting 0.6 bar. Default 1.0 bar (ED-30) or 0.8 bar (ED-42); never more than 1.5 bar "
                "(ED-30) or 1.2 bar (ED-42). Change the setting in steps of 0.1 bar, no more than one step every "
                "30 min (section 7).",
            ),
            ("h", "Interface level"),
            (
                "p",
                "Setpoint 900 mm (ED-30) or 1200 mm (ED-42) from the vessel bottom. D04 and D05 alarm at 300 mm "
                "above or below the setpoint. At 1500 mm (ED-30) or 1900 mm (ED-42) the transformers trip, because "
                "water is then too close to the lower grid.",
            ),
            ("h", "Transformer loading"),
            (
                "p",
                "Normal secondary current is 20-60 % of rated. Above 80 % for more than 10 min: D01 alarm. At 100 % "
                "for 30 s the transformer trips. A steady rise over hours points to an emulsion band growing at the "
                "interface.",
            ),
            ("h", "Performance"),
            (
                "p",
                "Salt removal (%) = (inlet salt - outlet salt) / inlet salt x 100. Guarantee: outlet salt no more "
                "than 3 PTB (8.6 mg/L as NaCl) and salt removal at least 90 %, with BS&W in the desalted crude no "
                "more than 0.2 vol %. The guarantee holds only for crude of 25-35 °API with inlet salt up to 50 PTB, "
                "at the rated throughput or less, with the demulsifier rate agreed with the chemical supplier. "
                "Heavier crude and blends with more than 10 % opportunity crude are not covered; Brinmarsh assesses "
                "them separately on request.",
            ),
            ("h", "Effluent water"),
            (
                "p",
                "Oil in the effluent water no more than 200 mg/L (D11 alarm). The limits at the wastewater plant "
                "inlet are the site's.",
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
                "Transformer current high",
                "Secondary current above 80 % of rated for 10 min. Emulsion band at the grids, interface high, too "
                "much wash water or mixing. See section 5.",
            ],
            [
                "D02",
                "Transformer oil temperature",
                "Alarm at 85 °C, trip at 95 °C. Check the load, the cooling fins and the ambient temperature.",
            ],
            [
                "D03",
                "Low level / gas in vessel",
                "Top level switch open: vessel not full or vapour forming. Transformers trip at once. Vent, check "
                "the vessel pressure against the crude vapour pressure.",
            ],
            ["D04", "Interface high", "300 mm above setpoint; trip at 1500 mm (ED-30) or 1900 mm (ED-42)."],
            ["D05", "Interface low", "300 mm below setpoint. Oil carry-under into the effluent."],
            [
                "D06",
                "Interface probe fault",
                "Signal below 3.6 mA or above 21 mA. The effluent valve holds its position. Control by hand from the "
                "try-cocks.",
            ],
            [
                "D07",
                "Grid short",
                "Secondary voltage below 5 kV with the current at 100 %. Water or sludge bridging, or a fallen grid.",
            ],
            [
                "D08",
                "Earthing / access interlock",
                "Earthing switch closed or terminal box open. The transformers cannot be switched on.",
            ],
            ["D10", "Mud wash valve open", "A mud wash valve not closed within 60 s after the end of the mud wash."],
            ["D11", "Effluent oil high", "Oil-in-water analyser above 200 mg/L for 5 min."],
            ["D12", "Primary undervoltage", "Supply below 360 V. Check the substation feeder."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Amps climb steadily over hours while the secondary volts fall",
                "Emulsion band building at the interface; interface or mixing too high",
                "Check the interface profile at the try-cocks; lower the interface 100 mm; reduce the mixing "
                "valve by 0.1 bar; ask the chemical supplier to review the demulsifier",
            ],
            [
                "Effluent water brown and oily",
                "Interface too low, mixing too hard, or the emulsion band drawn off with the water",
                "Bring the interface back to setpoint; reduce the mixing valve by 0.1 bar; watch D11",
            ],
            [
                "Desalted crude salt high, amps low and steady",
                "Too little wash water or too little mixing",
                "Raise the wash water within its range; raise the mixing valve in 0.1 bar steps (section 7)",
            ],
            [
                "Volts swing, transformer trips and recovers",
                "Slug of wet crude from a tank (tank water not drained before charging)",
                "Check the crude BS&W at the inlet; ask the tank farm to drain the charge tank",
            ],
            [
                "Interface rises although the effluent valve is wide open",
                "Sludge blocking the water outlet; mud wash overdue",
                "Mud wash (section 8); check the effluent line for sludge",
            ],
            [
                "D07 every time the transformer is switched on",
                "Fallen grid or broken hanger insulator",
                "Stop after two attempts; call Brinmarsh service",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Energising the grids at start-up"),
    (
        "ol",
        [
            "Check that the vessel is full of crude and has been vented at the top vent until liquid appears, and "
            "that D03 is not shown.",
            "Set the interface at 900 mm (ED-30) or 1200 mm (ED-42) with the water already in the vessel; do not "
            "start the wash water yet.",
            "Open the earthing switch and close the terminal box; D08 must clear.",
            "With the transformers off, set the tap switch of every transformer to 16.5 kV.",
            "Switch on. The secondary voltage must reach the tap voltage within 5 s and the current stay below 40 %.",
            "If the current goes to 100 % (D07), switch off and let the vessel settle for 30 min before trying "
            "again. After two failed attempts call Brinmarsh service.",
            "Start the wash water at the low end of its range (3 % on the ED-30, 4 % on the ED-42) and set the "
            "mixing valve to 0.6 bar.",
            "After 1 h with steady amps, switch off, change the tap to 19.5 kV and switch on again; go on to 23 kV "
            "in the same way if the current stays below 60 %.",
            "Raise the wash water and the mixing valve to the normal settings (section 3).",
        ],
    ),
    ("h", "7. Setting the mixing valve pressure drop"),
    (
        "ol",
        [
            "Run at a steady crude rate and desalting temperature for at least 2 h.",
            "Record the secondary current, the desalted crude salt (laboratory) and the effluent oil-in-water.",
            "Raise the mixing valve pressure drop by 0.1 bar.",
            "Wait 30 min and record the same values again.",
            "Repeat while the salt falls and the current rises by less than 20 % per step.",
            "Stop and go back one step when the current rises by 20 % or more in one step, when the effluent oil "
            "passes 150 mg/L, or when the pressure drop reaches 1.5 bar (ED-30) or 1.2 bar (ED-42).",
            "Record the final setting in the unit log.",
        ],
    ),
    ("h", "8. Mud washing"),
    (
        "ol",
        [
            "Check that the mud wash water pressure is at least 4 bar above the vessel pressure.",
            "Lower the interface setpoint by 150 mm.",
            "Keep the interface control in automatic so that the effluent valve can open fully.",
            "Open header 1 for 15 min (ED-30) or 12 min (ED-42).",
            "Close it and open the next header. Wash one header at a time, never two at once.",
            "After the last header, set the interface back to its normal setpoint.",
            "Check that D10 clears: every mud wash valve must be closed within 60 s.",
        ],
    ),
    ("h", "9. Isolating the transformers for work"),
    (
        "ol",
        [
            "Switch the transformers off at the desalter panel and open the primary breaker in the substation "
            "under the site's electrical permit.",
            "Lock and tag the breaker.",
            "Wait at least 5 min for the grids to discharge.",
            "Close the earthing switch; D08 is shown.",
            "Prove absence of voltage at the primary terminals with an approved tester.",
            "Only then open the terminal box or the bushing cover.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Record secondary volts and amps, interface, temperature and mixing valve pressure drop"],
            ["Every 24 h", "Mud wash (section 8); desalted crude salt and BS&W by the laboratory"],
            ["Weekly", "Transformer oil level; silica gel breather, change when two thirds has turned pink"],
            ["Monthly", "Interface probe against the try-cocks: within ±50 mm"],
            [
                "12 months",
                "Transformer oil dielectric strength at least 30 kV (2.5 mm gap); below this filter or change the oil",
            ],
            [
                "Each turnaround (4-6 years)",
                "Internal inspection of grids, hangers, insulators, bushings, distributor and mud wash nozzles, "
                "recommended with Brinmarsh service",
            ],
        ],
        (50, 120),
    ),
    (
        "p",
        "Grid, hanger and insulator repairs inside the vessel are done by Brinmarsh service; they are not "
        "described in this manual.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "ED-30", "ED-42"],
            ["Entrance bushing 23 kV", "BSM-EB-23", "BSM-EB-23"],
            ["Grid hanger insulator", "BSM-HI-30", "BSM-HI-42"],
            ["RF interface probe", "BSM-IP-18", "BSM-IP-24"],
            ["Mixing valve trim", "BSM-MV-08", "BSM-MV-12"],
            ["Transformer with reactor", "BSM-TR-100", "BSM-TR-150"],
            ["Mud wash nozzle", "BSM-MN-20", "BSM-MN-20"],
            ["Silica gel breather", "BSM-SB-01", "BSM-SB-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Coqueval DK steam-air decoking skids
COQUEVAL = [
    ("title", "Coqueval DK Steam-Air Decoking Skids\nOperating and Maintenance Manual - DK-4 and DK-8"),
    (
        "p",
        "Document CQV-OM-DK-07, Edition 2, June 2024. Coqueval Heater Services Equipment. The DK-4 and DK-8 are "
        "trailer-mounted skids for the steam-air decoking of fired heater coils, for example the crude and vacuum "
        "heaters of the crude distillation unit. The skid feeds a metered flow of steam to each heater pass to "
        "spall the coke off the tube walls, then adds plant air to burn out the rest. The effluent from the passes "
        "is collected in a header, quenched with water in the skid's effluent quench drum and vented to a safe "
        "place. The DK-4 serves up to four passes, the DK-8 up to eight; their controls, analyser and quench drum "
        "design are alike.",
    ),
    (
        "p",
        "The heater itself stays under the site's control: its isolation from the process, the firing of the "
        "burners during the decoke and its own heat-up and cool-down follow the heater's decoking procedure, "
        "written by the site. The skid does not read the heater's tube skin thermocouples directly; their signals "
        "are taken from the site's control system, and the skin temperature limits are entered from the heater "
        "data sheet. Coqueval gives no default skin limits.",
    ),
    (
        "warn",
        "WARNING: The effluent carries steam, CO, CO2 and hot coke particles. Keep the quench drum vent and the area "
        "around the drum free of people while air is being added. Never add air to a pass whose steam flow is not "
        "proven.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DK-4", "DK-8"],
            ["Passes served at the same time", "up to 4", "up to 8"],
            ["Steam per pass, maximum", "4.5 t/h", "3.0 t/h"],
            ["Total steam, maximum", "18 t/h", "24 t/h"],
            ["Steam supply at the skid inlet", "10-14 barg, up to 250 °C", "10-14 barg, up to 250 °C"],
            ["Air per pass, maximum (plant air 6-8 barg)", "600 Nm³/h", "450 Nm³/h"],
            ["Coil tube sizes, spalling (at least 60 kg/m²s)", "up to 6 in", "up to 5 in"],
            ["Coil tube sizes, burn-out (at least 30 kg/m²s)", "3 in to 8 in", "3 in to 6 in"],
            ["Pass connection spools", "4 in class 300", "3 in class 300"],
            ["Quench water", "30 m³/h at 4 barg", "55 m³/h at 4 barg"],
            ["Effluent quench drum", "6 m³, design 3.5 barg", "10 m³, design 3.5 barg"],
            ["Effluent analyser (dry basis)", "CO2 0-20 vol %, O2 0-25 vol %", "CO2 0-20 vol %, O2 0-25 vol %"],
            ["Steam flowmeters, one per pass", "vortex, ±1.5 % of reading", "vortex, ±1.5 % of reading"],
            ["Power 400 V 3~ 50 Hz", "18 kW", "30 kW"],
            ["Mass, empty", "7.8 t", "12.6 t"],
            ["Footprint", "6.0 x 2.4 m", "9.0 x 2.6 m"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Tubes larger than 8 in (DK-4) or 6 in (DK-8) are not covered by this manual. Ask Coqueval for coils of "
        "other sizes.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The heater must be isolated from the process by the site (blinds as listed in the site's isolation "
            "list) and its coils steamed out before any skid spool is fitted.",
            "Wear hearing protection near the quench drum and the pass spools while steam flows.",
            "A CO detector must be worn by everyone working within 10 m of the quench drum while air is added.",
            "Hot spools and hoses stay above 200 °C for hours after the decoke. Do not break a connection until "
            "it has cooled below 60 °C.",
            "Never exceed 3.5 barg in the quench drum. The drum relief valve is set at 3.5 barg.",
        ],
    ),
    ("h", "3. Decoking limits and settings"),
    (
        "cols",
        [
            ("h", "Steam mass flux"),
            (
                "p",
                "The panel calculates the steam rate per pass from the tube size and schedule entered. Steam rate "
                "(kg/h) = mass flux (kg/m²s) x flow area (m²) x 3600. Example: a 4 in schedule 80 tube (inside "
                "diameter 97.2 mm, flow area 0.00742 m²) at 80 kg/m²s needs 2140 kg/h. Spalling needs 60-100 "
                "kg/m²s; burn-out at least 30 kg/m²s.",
            ),
            ("h", "Thermal cycling"),
            (
                "p",
                "During spalling, lower the coil outlet temperature by about 100 °C and raise it again, 3 to 5 "
                "times, to crack the coke layer. The heater firing to do this follows the site's heater procedure.",
            ),
            ("h", "Pass differential pressure"),
            (
                "p",
                "Normal 0.5-1.5 bar per pass during spalling. K03 alarms at 3.0 bar. Never let a pass run above 3.0 "
                "bar: spalled coke is plugging a return bend.",
            ),
            ("h", "Air addition"),
            (
                "p",
                "Start the burn-out with the coil outlet at 550-600 °C. Start air at 50 Nm³/h per pass and raise it "
                "by 25 Nm³/h no faster than one step every 15 min, as long as the coil outlet stays below 650 °C, "
                "no skin temperature reaches its entered limit, and the effluent CO2 stays below 12 vol %.",
            ),
            ("h", "End of burn-out"),
            (
                "p",
                "The burn-out is complete when the effluent CO2 has stayed below 0.5 vol % for at least 30 min with "
                "full air on every pass, and the O2 reads above 19 vol %.",
            ),
            ("h", "Quench drum"),
            (
                "p",
                "Drum outlet gas no hotter than 80 °C (K07). Level 30-70 %; K09 at 70 %. Quench water at least 4 "
                "barg at the skid inlet.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Steam supply low", "Below 9 barg at the skid inlet for 60 s. Air is closed on every pass."],
            [
                "K02",
                "Pass steam flow low",
                "Below 50 % of setpoint for 2 min: control valve stuck, condensate in the header or a plugged pass.",
            ],
            [
                "K03",
                "Pass differential pressure high",
                "Above 3.0 bar. Coke plugging a return bend. Air on that pass is held. See section 5.",
            ],
            [
                "K04",
                "Coil outlet temperature high",
                "Above 650 °C. Air to the pass is closed automatically until the outlet is below 620 °C.",
            ],
            [
                "K05",
                "Skin temperature high",
                "A skin signal from the site's control system reached its entered limit. Air to that pass goes to zero.",
            ],
            ["K06", "Effluent CO2 high", "Above 12 vol %: burning too fast. Air on every pass is cut by half."],
            ["K07", "Quench drum temperature", "Drum outlet above 80 °C. Check the quench water flow and pressure."],
            ["K09", "Quench drum level high", "Above 70 %. Check the drum drain pump and the strainer."],
            ["K10", "Analyser fault", "Sample flow low or cell failure. Air held at the present step, no increase."],
            ["K11", "Air supply low", "Plant air below 5.5 barg."],
            ["K12", "Emergency stop", "Air closed, steam held at the last setpoint."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One pass dP rises sharply during spalling",
                "Spalled coke collecting in a return bend",
                "Reduce steam on that pass by 20 %, then return it to setpoint; repeat up to three times. If the dP "
                "stays above 3.0 bar, stop spalling that pass and tell the site's heater engineer",
            ],
            [
                "CO2 and coil outlet temperature climb fast after an air step",
                "Burn front running too fast",
                "Go back to the previous air step and wait 30 min before stepping again",
            ],
            [
                "No CO2 rise after air is added to a pass",
                "No coke left, or air not reaching the pass",
                "Check the pass air check valve and the air flow reading",
            ],
            [
                "Steam flow reads zero on one pass with the valve open",
                "Condensate in the steam header or a meter fault",
                "Drain the steam header at the skid drain points; check the meter (section 9)",
            ],
            [
                "Black water and heavy coke at the drum drain",
                "Normal during spalling; strainer filling",
                "Clean the drum strainer; keep the level within 30-70 %",
            ],
        ],
        (50, 50, 70),
    ),
    ("h", "6. Connecting the skid to the heater"),
    (
        "ol",
        [
            "Check with the site that the heater is isolated from the process and the coils have been steamed out.",
            "Remove the crossover pieces named in the site's isolation list and fit the Coqueval pass spools, one "
            "per pass, with new class 300 gaskets.",
            "Connect every pass outlet to the effluent header and the header to the quench drum.",
            "Connect the steam supply and the plant air. Drain condensate from the steam header for at least 10 min, "
            "until dry steam shows.",
            "Test the connections with steam at 5 barg; there must be no leaks.",
            "Enter the tube size and schedule of every pass on the panel; the panel calculates the steam rates.",
            "Enter the skin temperature limits from the heater data sheet, and check that every skin signal from "
            "the site's control system is live.",
        ],
    ),
    ("h", "7. Spalling phase"),
    (
        "ol",
        [
            "Check that the heater is fired as the site's heater decoking procedure requires.",
            "Start steam at 50 % of the calculated spalling rate on all passes.",
            "Raise to 100 % over 30 min.",
            "Carry out the thermal cycling (section 3), 3 to 5 cycles.",
            "Watch every pass dP; act on K03 as in section 5.",
            "Empty the drum strainer every 2 h and weigh the coke collected.",
            "Spalling is finished when no more coke is collected in the strainer for 1 h.",
        ],
    ),
    ("h", "8. Air burn-out phase"),
    (
        "ol",
        [
            "Reduce the steam to the burn-out rate (at least 30 kg/m²s).",
            "Bring the coil outlet temperature to 550-600 °C.",
            "Start air at 50 Nm³/h per pass.",
            "Raise the air by 25 Nm³/h every 15 min or slower, while the coil outlet stays below 650 °C and the "
            "effluent CO2 below 12 vol %.",
            "Go on up to the maximum air: 600 Nm³/h per pass (DK-4) or 450 Nm³/h per pass (DK-8).",
            "Hold full air until the CO2 has been below 0.5 vol % for 30 min and the O2 reads above 19 vol %.",
            "Close the air, keep the steam on, and hand the heater back to the site for its cool-down.",
        ],
    ),
    ("h", "9. Checking the steam flowmeters"),
    (
        "ol",
        [
            "With the steam isolated and the header drained, check that every pass meter reads zero.",
            "Open the steam and set all passes to the same rate.",
            "Compare the sum of the pass meters with the header meter: within ±3 %.",
            "Replace a pass meter that differs by more than 5 % from the mean of the others.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Before each decoke",
                "Calibrate the analyser with span gas (10 vol % CO2 in N2) and with air for O2 (20.9 vol %)",
            ],
            ["After each decoke", "Flush the quench drum; clean the strainer; renew the spool gaskets"],
            ["12 months", "Check the flowmeters (section 9); test the drum relief valve (site's valve shop)"],
            ["2 years", "Internal inspection of the quench drum by the site's inspector"],
            ["5 years or when the drift exceeds 2 % of span", "Analyser cell replaced by Coqueval service"],
        ],
        (55, 115),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DK-4", "DK-8"],
            ["Pass spool set", "CQV-PS-4", "CQV-PS-3"],
            ["Vortex flowmeter", "CQV-VF-40", "CQV-VF-30"],
            ["Analyser cell CO2/O2", "CQV-AC-20", "CQV-AC-20"],
            ["Span gas cylinder 10 % CO2", "CQV-SG-10", "CQV-SG-10"],
            ["Quench pump mechanical seal", "CQV-MS-30", "CQV-MS-55"],
            ["Drum strainer basket", "CQV-SB-6", "CQV-SB-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pyrosulf RF SRU reaction furnace
PYROSULF = [
    ("title", "Pyrosulf RF-140 Sulphur Recovery Unit Reaction Furnace\nOperation and Maintenance Manual"),
    (
        "p",
        "Document PYS-OM-RF140-01, Edition 1, November 2024. Pyrosulf Thermal Engineering. The RF-140 is the "
        "thermal stage of a Claus sulphur recovery unit: a horizontal, refractory-lined combustion chamber with a "
        "high-intensity swirl burner at its front end and a checker wall (choke ring) before the outlet to the "
        "waste heat boiler. About one third of the H2S in the acid gas is burnt to SO2, which then reacts with the "
        "rest to sulphur in the furnace and in the catalytic converters downstream. Ammonia from sour water "
        "stripper (SWS) gas is destroyed in the same flame.",
    ),
    (
        "p",
        "Other documents cover the rest of the unit: the burner management system (BMS) and its purge and "
        "ignition sequence have their own manual; the waste heat boiler, its ceramic ferrules and its water "
        "treatment are covered by the boiler manual; the combustion air blower, the tail gas analyser and the "
        "converters are covered by their makers' manuals and by the site's unit procedures. Oxygen-enriched "
        "operation is not covered by this manual.",
    ),
    (
        "warn",
        "DANGER: Acid gas contains H2S at lethal concentrations. Never open a sightport, a pyrometer nozzle or a "
        "drain while the furnace is under pressure without the site's permit, a personal H2S monitor and breathing "
        "air where the permit requires it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RF-140"],
            ["Sulphur capacity", "140 t/d with acid gas of 90 mol % H2S, no SWS gas"],
            ["Sulphur capacity with full SWS gas", "125 t/d"],
            ["Acid gas, design flow", "4700 Nm³/h"],
            ["SWS gas, maximum", "900 Nm³/h with up to 35 mol % NH3"],
            ["Combustion air, design", "10 500 Nm³/h (blower by others)"],
            ["Burner turndown on acid gas", "4:1 (down to 25 % of design flow)"],
            ["Combustion chamber, inside diameter x length (hot face)", "2.0 m x 6.0 m"],
            ["Residence time at design flow", "at least 1.0 s"],
            ["Shell outside diameter", "2.9 m"],
            [
                "Refractory lining",
                "230 mm brick of 90 % alumina (hot face), 115 mm insulating firebrick, 100 mm insulating castable",
            ],
            ["Design pressure / operating pressure", "3.5 barg / 0.4-0.7 barg"],
            ["Shell design temperature", "350 °C"],
            ["Temperature measurement", "2 infrared pyrometers 900-1600 °C, 2 type B thermocouples in thermowells"],
            ["Sightports", "2, purged with air or nitrogen, at least 15 Nm³/h each"],
            ["Mass, lined", "58 t"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Capacity with leaner acid gas is not given here: it depends on the process licensor's design of the "
        "whole unit (acid gas preheat, split flow or bypass).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The furnace is only lit and relit through the BMS sequence. Never light a burner by hand.",
            "Keep the shell, the burner front and the sightport platforms free of people during the BMS light-off.",
            "Shell temperatures of up to 320 °C are normal. The rain shield around the shell must stay in place; it "
            "keeps the shell above the acid dew point.",
            "Liquid sulphur drains and seals are at 130-150 °C and release H2S. Keep their covers closed.",
            "Refractory dust contains crystalline silica. Wear a P3 respirator during refractory work.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Furnace temperature"),
            (
                "p",
                "Normal 1050-1350 °C at the choke ring, read by the pyrometers. On acid gas alone keep at least "
                "1050 °C for a stable flame and the destruction of hydrocarbons. With SWS gas in service keep at "
                "least 1250 °C for ammonia destruction. Alarm at 1400 °C (R01), trip through the BMS at 1450 °C (R02).",
            ),
            ("h", "Combustion air"),
            (
                "p",
                "Air (Nm³/h) = 2.38 x H2S (Nm³/h) + 3.57 x NH3 (Nm³/h) + 9.52 x hydrocarbons as CH4 (Nm³/h). "
                "Example: 4230 Nm³/h H2S, no NH3 and 50 Nm³/h hydrocarbons need 10067 + 476 = 10543 Nm³/h. The main "
                "air valve delivers about 90 % of this; the trim air valve, driven by the tail gas analyser, adds the "
                "rest to hold H2S/SO2 at 2.0 in the tail gas. Trim range ±10 % of the main air.",
            ),
            ("h", "Fuel gas firing"),
            (
                "p",
                "For heat-up and hot standby the burner fires fuel gas at 90-95 % of stoichiometric air, with "
                "moderating steam of 0.5-1.0 kg per kg of fuel gas, so that no free oxygen reaches the converters. "
                "Never fire fuel gas with more than 100 % of stoichiometric air once the converters hold catalyst.",
            ),
            ("h", "Heat-up and cool-down"),
            (
                "p",
                "From cold: no faster than 50 °C/h up to 550 °C, then no faster than 100 °C/h. Cool-down no faster "
                "than 50 °C/h. These rates apply to a lining in service. After a reline or a repair, the dryout "
                "schedule is set by the refractory installer.",
            ),
            ("h", "Shell temperature"),
            (
                "p",
                "Keep the shell between 150 °C and 320 °C. Below 150 °C sulphuric acid condenses behind the lining "
                "and corrodes the shell (R08). Above 350 °C, the shell design temperature, the lining behind that "
                "spot is damaged (R07).",
            ),
            ("h", "Furnace pressure"),
            (
                "p",
                "Normal 0.4-0.7 barg. Alarm at 0.9 barg (R09), trip through the BMS at 1.1 barg. A slow rise over "
                "weeks points to plugging in the boiler tubes, a condenser or a sulphur seal downstream.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["R01", "Furnace temperature high", "Above 1400 °C. Check the air ratio and the acid gas composition."],
            ["R02", "Furnace temperature high-high", "Above 1450 °C. The BMS trips the burner."],
            [
                "R03",
                "Furnace temperature low",
                "Below 1050 °C for 10 min. Lean acid gas, water carry-over or low air. See section 5.",
            ],
            [
                "R04",
                "Ammonia destruction temperature low",
                "SWS gas in service and below 1250 °C for 5 min. The BMS diverts the SWS gas to the flare.",
            ],
            [
                "R05",
                "Pyrometer deviation",
                "The two pyrometers differ by more than 50 °C. Usually a dirty lens or low purge (section 8).",
            ],
            ["R06", "Pyrometer purge low", "Lens purge below 10 Nm³/h."],
            ["R07", "Shell temperature high", "A shell sensor above 350 °C. Survey the shell (section 9)."],
            ["R08", "Shell temperature low", "A shell sensor below 150 °C. Check the rain shield."],
            ["R09", "Furnace pressure high", "Above 0.9 barg. Check downstream for plugging."],
            [
                "R11",
                "Air ratio deviation",
                "Trim air at its ±10 % limit for 15 min. Check the acid gas flowmeter and the tail gas analyser.",
            ],
            ["R12", "Sightport purge low", "Sightport purge below 15 Nm³/h."],
            ["R13", "Thermocouple failure", "Open circuit. Control goes on with the pyrometers."],
        ],
        (16, 48, 106),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Dark flame and soot at the sightport, dark sulphur at the rundowns",
                "Air short of demand, or hydrocarbons (amine carry-over) in the acid gas",
                "Check the air ratio and the trim position; ask for an acid gas analysis; raise the main air within "
                "the trim range",
            ],
            [
                "Furnace temperature falling with a steady acid gas flow",
                "Leaner acid gas (more CO2) or water carried over from the acid gas knock-out drum",
                "Check the H2S content; ask the site to drain the acid gas knock-out drum",
            ],
            [
                "Hot spot on the shell (red at night, or above 320 °C on the infrared camera)",
                "Cracked or missing refractory behind the spot",
                "Survey weekly (section 9); above 350 °C reduce the throughput and report to the site's inspector "
                "and Pyrosulf",
            ],
            [
                "Ammonium salts plugging the condensers",
                "Furnace below 1250 °C with SWS gas in service",
                "Raise the furnace temperature or reduce the SWS gas",
            ],
            [
                "Pyrometers read lower than the thermocouples",
                "Dirty lens or low purge flow",
                "Clean the lens (section 8)",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Heating up from cold"),
    (
        "ol",
        [
            "Check that the BMS purge is complete (see the BMS manual) and that the sightport and pyrometer purges "
            "are flowing.",
            "Light the fuel gas burner through the BMS, at 90-95 % of stoichiometric air with moderating steam.",
            "Raise the temperature no faster than 50 °C/h up to 550 °C.",
            "Hold at 550 °C for 2 h.",
            "Raise no faster than 100 °C/h up to 1000 °C.",
            "Read the shell temperatures every 2 h during the heat-up.",
            "When the converters are at temperature (the site's unit procedure), change over to acid gas "
            "(section 7).",
        ],
    ),
    ("h", "7. Changing over from fuel gas to acid gas"),
    (
        "ol",
        [
            "Check that the furnace is at 1000 °C or above on fuel gas and the whole shell at 150 °C or above.",
            "Put the air control in manual.",
            "Admit acid gas at 25 % of design (1175 Nm³/h) and add 2.38 Nm³/h of air for every Nm³/h of H2S.",
            "Reduce the fuel gas in steps while the acid gas is raised, keeping the furnace above 1050 °C.",
            "Stop the fuel gas when the temperature is steady above 1050 °C on acid gas alone.",
            "Put the air ratio in automatic and the trim air in cascade with the tail gas analyser.",
            "Admit SWS gas only when the furnace is above 1250 °C.",
        ],
    ),
    ("h", "8. Cleaning a pyrometer lens"),
    (
        "ol",
        [
            "Check that the lens purge is flowing at 10 Nm³/h or more.",
            "Put the pyrometer in HOLD in the control system; the other pyrometer controls.",
            "Close the isolating ball valve between the pyrometer and the furnace nozzle.",
            "Remove the pyrometer head, wearing gloves and a personal H2S monitor.",
            "Clean the lens with a lint-free cloth and isopropanol; remove any sulphur deposit.",
            "Refit the head, open the ball valve and release HOLD.",
            "Check that the two pyrometers agree within 50 °C.",
        ],
    ),
    ("h", "9. Shell temperature survey"),
    (
        "ol",
        [
            "Use an infrared camera with the emissivity set to 0.90 for the painted shell.",
            "Lift the rain shield panels one at a time; read the shell on a grid of 1 m.",
            "Record the hottest reading of every grid square on the shell map.",
            "Repeat a spot above 320 °C weekly; report a spot above 350 °C at once.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the pyrometer and sightport purges; clean the lenses if R05 has been shown"],
            ["Monthly", "Shell temperature survey (section 9)"],
            ["12 months", "Replace the type B thermocouples; check the sightport glasses"],
            [
                "Each turnaround (about 4 years)",
                "Internal inspection of the lining, the choke ring and the burner tip with the refractory "
                "contractor; the boiler ferrules by the boiler manual",
            ],
        ],
        (55, 115),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Infrared pyrometer head", "PYS-IR-16"],
            ["Type B thermocouple", "PYS-TB-12"],
            ["Ceramic thermowell", "PYS-TW-12"],
            ["Sightport glass", "PYS-SG-80"],
            ["Burner tip", "PYS-BT-140"],
            ["Choke ring brick set", "PYS-CR-20"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Granbeck CA FCC catalyst addition systems
GRANBECK = [
    ("title", "Granbeck CA Fresh Catalyst Addition Systems for FCC Units\nUser Manual - CA-3 and CA-6"),
    (
        "p",
        "Document GBK-UM-CA-03, Edition 4, February 2025. Granbeck Fluid Solids. The CA-3 and CA-6 add fresh "
        "catalyst to the regenerator of a fluid catalytic cracking (FCC) unit in weighed batches (shots). A weigh "
        "hopper on three load cells is filled by gravity from the site's fresh catalyst storage hopper, closed, "
        "pressurised with dry air and emptied through the transport line into the regenerator. The panel counts "
        "the weight of every shot and keeps a daily total. The two models differ in hopper size, load cells, "
        "transport line and air flow; the controls and valves are alike.",
    ),
    (
        "p",
        "The daily addition rate is set by the unit's process engineer from the equilibrium catalyst results; this "
        "manual does not give addition rates for any unit. The storage hopper, its filling from road tankers and "
        "the regenerator injection nozzle and block valve are the site's. The units are built for fresh FCC "
        "catalyst of 0.70-0.95 t/m³ bulk density and 60-90 µm mean particle size. Additives of other size or "
        "density (for example ZSM-5, SOx or metals-trap additives) are not covered; ask Granbeck before using a "
        "CA unit for them.",
    ),
    (
        "warn",
        "WARNING: The weigh hopper and the transport line are under pressure during a shot. Never open a flange, an "
        "inspection cover or a drain of the hopper or the line unless the panel shows VENTED and the hopper gauge "
        "reads zero. Catalyst dust is a respiratory hazard: follow the catalyst safety data sheet.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CA-3", "CA-6"],
            ["Addition rate", "0.2-3.0 t/d", "0.5-6.0 t/d"],
            ["Weigh hopper volume", "0.25 m³", "0.50 m³"],
            ["Batch size, minimum / maximum", "30 kg / 150 kg", "60 kg / 300 kg"],
            ["Load cells", "3 x 250 kg", "3 x 500 kg"],
            ["Weighing resolution / accuracy", "0.1 kg / ±0.5 kg", "0.2 kg / ±1.0 kg"],
            ["Weigh hopper design pressure", "7.0 barg", "7.0 barg"],
            ["Regenerator pressure, maximum", "3.0 barg", "3.0 barg"],
            ["Conveying air, dew point -20 °C or lower", "120-200 Nm³/h", "200-350 Nm³/h"],
            ["Transport line", "2 in schedule 80", "3 in schedule 80"],
            ["Transport line, maximum equivalent length", "150 m", "220 m"],
            ["Minimum interval between shots", "15 min", "20 min"],
            ["Valves", "ceramic-lined ball valves, pneumatic", "ceramic-lined ball valves, pneumatic"],
            ["Actuator air", "5.5-7.0 barg", "5.5-7.0 barg"],
            ["Control supply", "230 V AC, 0.5 kW", "230 V AC, 0.5 kW"],
            ["Storage hopper connection", "8 in flange", "10 in flange"],
            ["Mass, empty", "1.4 t", "2.1 t"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the actuator air and the conveying air, and vent the hopper, before any work on the valves.",
            "Close the regenerator injection block valve before opening the transport line anywhere. The "
            "regenerator side can blow back hot catalyst at up to 700 °C.",
            "Wear a dust mask (at least FFP2), goggles and gloves when handling catalyst or emptying a line.",
            "Never stand on the weigh hopper or hang loads from it: the load cells are damaged by more than 150 % of "
            "their rated load.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Shots"),
            (
                "p",
                "Shots per day = daily addition (kg/d) / batch size (kg). Example: 2.4 t/d with 100 kg batches is 24 "
                "shots, one every 60 min. The panel rejects a setting whose interval is shorter than 15 min (CA-3) or "
                "20 min (CA-6); use a larger batch instead.",
            ),
            ("h", "Pressurising"),
            (
                "p",
                "Before the discharge valve opens, the hopper must be at least 1.5 bar above the regenerator "
                "pressure. If this is not reached within 3 min the shot is aborted (A01).",
            ),
            ("h", "Conveying"),
            (
                "p",
                "A shot normally empties in 3-6 min. The shot ends when the hopper weight is below 2 kg (CA-3) or "
                "4 kg (CA-6); the line is then purged with air for 60 s. A shot that has not ended after 10 min "
                "raises A04.",
            ),
            ("h", "Transport line length"),
            (
                "p",
                "Equivalent length (m) = horizontal length (m) + 2 x vertical rise (m) + 8 m for every bend. "
                "Example: 80 m horizontal, 20 m rise and 5 bends give 80 + 40 + 40 = 160 m, within the 220 m of a "
                "CA-6 but over the 150 m of a CA-3. Use long-radius bends (at least 10 pipe diameters) only.",
            ),
            ("h", "Weighing"),
            (
                "p",
                "The empty hopper is zeroed automatically before every fill. A zero outside ±2 kg (CA-3) or ±4 kg "
                "(CA-6) raises A09 and stops the unit; a growing zero usually means catalyst caked in the hopper "
                "or a stressed flexible connector.",
            ),
            ("h", "Fill"),
            (
                "p",
                "The fill stops at the batch weight less the in-flight allowance (default 3 kg CA-3, 6 kg CA-6). "
                "A fill that takes more than 5 min raises A02.",
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
                "Pressurising failed",
                "Hopper not 1.5 bar above the regenerator within 3 min: conveying air low, vent valve passing.",
            ],
            [
                "A02",
                "Fill time exceeded",
                "More than 5 min to fill: storage hopper empty, or catalyst bridging above the inlet valve.",
            ],
            ["A03", "Overfill", "Batch more than 10 % above setpoint: inlet valve closing slowly or worn seat."],
            [
                "A04",
                "Conveying time exceeded",
                "Hopper not empty after 10 min: transport line plugged, conveying air low, or block valve closed.",
            ],
            ["A05", "Discharge valve position", "Valve not open or not closed within 10 s."],
            ["A06", "Inlet valve position", "Valve not open or not closed within 10 s."],
            ["A08", "Conveying air flow low", "Below the minimum of the range for 30 s during a shot."],
            ["A09", "Zero out of range", "Empty hopper outside ±2 kg (CA-3) or ±4 kg (CA-6)."],
            ["A10", "Vent valve position", "Vent valve not closed before pressurising."],
            ["A11", "Regenerator pressure signal", "Signal from the site below 3.6 mA or above 21 mA."],
            ["A12", "Daily target not reached", "Less than 90 % of the daily addition at midnight."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Hopper weight stays high or falls only slowly after the discharge valve opens",
                "Transport line plugged or conveying air too low",
                "Stop the shot and clear the line (section 7); check the air flow against the range",
            ],
            [
                "Empty weight drifts upwards day by day",
                "Catalyst caked on the hopper wall, or a flexible connector stressed",
                "Clean the hopper; check the flexible connectors for tension; zero again",
            ],
            [
                "Batches overshoot the setpoint (A03)",
                "Inlet valve closing slowly, worn seat, or over-aerated (flooding) catalyst in the storage hopper",
                "Check the valve closing time (under 3 s); reduce the storage hopper aeration",
            ],
            [
                "Hopper pressure falls while waiting for the next shot",
                "Discharge or vent valve seat leaking",
                "Replace the seats (section 9)",
            ],
            [
                "Regenerator pressure surges at the start of a shot",
                "Hopper pressurised far above the regenerator pressure",
                "Check the pressurising setpoint: regenerator pressure + 1.5 bar",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Starting automatic addition"),
    (
        "ol",
        [
            "Enter the daily addition rate given by the unit's process engineer.",
            "Enter the batch size, between the minimum and maximum of the model.",
            "Check the shots per day and the interval shown; the interval must not be shorter than 15 min (CA-3) or "
            "20 min (CA-6).",
            "Check that the conveying air is at least 1.5 bar above the regenerator pressure, and that the site has "
            "opened the regenerator injection block valve.",
            "Select AUTO and press START.",
            "Watch the first shot through fill, pressurise, convey and purge.",
            "Compare the shot weight with the fall in the storage hopper level over the first day.",
        ],
    ),
    ("h", "7. Clearing a plugged transport line"),
    (
        "ol",
        [
            "Press STOP; the discharge valve closes.",
            "Ask the site to close the regenerator injection block valve.",
            "Vent the weigh hopper to the storage hopper; wait for VENTED.",
            "Open the blow-down valve at the low point of the line.",
            "Blow the line with conveying air at the top of its range in pulses: 10 s open, 10 s closed, for 5 min.",
            "If the line is not clear after three attempts, tap along it to find the plug by its dull sound. Never "
            "open a flange while the line is under pressure.",
            "Close the blow-down valve, have the block valve reopened, and restart with a half batch.",
        ],
    ),
    ("h", "8. Checking the load cells with test weights"),
    (
        "ol",
        [
            "Empty the hopper and zero it.",
            "Hang certified test weights on the three lifting lugs: 50 kg on each (CA-3) or 100 kg on each (CA-6).",
            "The reading must be within ±0.5 kg of 150 kg (CA-3) or ±1.0 kg of 300 kg (CA-6).",
            "Remove the weights; the zero must return within ±0.2 kg.",
            "If the reading is outside the tolerance, call Granbeck service. Recalibration of the load cells is done "
            "by Granbeck service and is not described in this manual.",
        ],
    ),
    ("h", "9. Replacing the discharge valve seats"),
    (
        "ol",
        [
            "Stop the unit, vent the hopper and lock off the actuator and conveying air.",
            "Have the regenerator injection block valve closed and tagged by the site.",
            "Remove the actuator, then the valve, supporting it with a sling.",
            "Remove the seats and clean the seat pockets; check the ceramic ball for chips.",
            "Fit the new seats from kit GBK-SK-2 (CA-3) or GBK-SK-3 (CA-6).",
            "Refit the valve with new gaskets and tighten the body bolts to 65 Nm (CA-3) or 95 Nm (CA-6).",
            "Refit the actuator and check that the valve opens and closes within 10 s.",
            "Pressurise the hopper to 4 bar: the pressure must not fall by more than 0.1 bar in 10 min.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the daily total against the target; check that every shot empties fully"],
            ["Weekly", "Drain the conveying air filter; check the flexible connectors"],
            ["Quarterly", "Load cell check with test weights (section 8)"],
            [
                "Every 3 months or 20 000 shots, whichever comes first",
                "Valve seat leak test: 4 bar, no more than 0.1 bar fall in 10 min",
            ],
            [
                "12 months",
                "Wall thickness of the transport line bends measured by the site's inspector; replace a bend that "
                "has lost more than half its wall",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CA-3", "CA-6"],
            ["Discharge valve seat kit", "GBK-SK-2", "GBK-SK-3"],
            ["Inlet valve complete", "GBK-IV-8", "GBK-IV-10"],
            ["Load cell", "GBK-LC-250", "GBK-LC-500"],
            ["Flexible connector", "GBK-FC-8", "GBK-FC-10"],
            ["Conveying air filter element", "GBK-AF-05", "GBK-AF-05"],
            ["Long-radius bend, wear-back", "GBK-LB-2", "GBK-LB-3"],
        ],
        (80, 45, 45),
    ),
]



def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brinmarsh-ed-electrostatic-crude-desalter.pdf", "Brinmarsh BSM-OM-ED-04 Ed 3 - ED-30 / ED-42", BRINMARSH),
        ("coqueval-dk-fired-heater-decoking-skid.pdf", "Coqueval CQV-OM-DK-07 Ed 2 - DK-4 / DK-8", COQUEVAL),
        ("pyrosulf-rf-sru-reaction-furnace.pdf", "Pyrosulf PYS-OM-RF140-01 Ed 1 - RF-140", PYROSULF),
        ("granbeck-ca-fcc-catalyst-addition-system.pdf", "Granbeck GBK-UM-CA-03 Ed 4 - CA-3 / CA-6", GRANBECK),
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
