"""Generate the PDF manuals of the sixty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set66venv && /tmp/set66venv/bin/pip install fpdf2 pypdf
    /tmp/set66venv/bin/python knowledge/samples/sixtysixth/make_pdfs.py

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



# ---------------------------------------------------------------- Sorbatek DH desiccant hopper dryers
SORBATEK = [
    ("title", "Sorbatek DH Desiccant Hopper Dryers\nOperation and Maintenance - DH-60 and DH-120"),
    (
        "p",
        "Document SBT-OM-DH-04, Edition 3, March 2025. Sorbatek Drying Systems. The DH-60 and DH-120 are twin-tower "
        "desiccant dryers with a drying hopper mounted on the same frame, for drying hygroscopic plastics pellets "
        "(PA, PC, PBT, PET, ABS, PMMA and similar) before injection moulding or extrusion. Dry air from one "
        "desiccant tower is heated and blown up through the material in the hopper; the moist return air goes back "
        "through a filter to the dryer, while the second tower is regenerated with hot ambient air. The vacuum loader "
        "that carries the dried material to the machine is not part of the supply and has its own manual. Apart from "
        "the airflow, the hopper, the heaters and the items named in this manual, the two models are built alike. "
        "Drying temperatures and times for a given material come from the material maker's data sheet; this manual "
        "gives ABS only as an example.",
    ),
    (
        "warn",
        "WARNING: Never dry PVC or any material containing PVC in a DH dryer: it releases hydrochloric acid vapour "
        "that destroys the desiccant and corrodes the heaters. Never open a heater housing or a desiccant tower "
        "before the main switch is locked off and the part has cooled.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DH-60", "DH-120"],
            ["Process airflow, nominal", "60 m³/h", "120 m³/h"],
            ["Hopper volume", "150 L", "300 L"],
            [
                "Throughput, ABS dried at 80 °C, 3 h residence time, bulk density 0.65 kg/L",
                "32 kg/h",
                "65 kg/h",
            ],
            ["Drying temperature range (P01)", "50-160 °C", "50-180 °C"],
            ["Process heater", "3.6 kW", "6.0 kW"],
            ["Regeneration heater", "2.4 kW", "4.0 kW"],
            ["Regeneration temperature (service setting P06)", "250 °C", "250 °C"],
            ["Process blower", "0.55 kW", "1.1 kW"],
            ["Regeneration blower", "0.18 kW", "0.25 kW"],
            ["Dew point at the dryer outlet, rated airflow", "-40 °C or lower", "-40 °C or lower"],
            ["Dew point sensor", "Option DP", "Standard"],
            ["Desiccant, molecular sieve 4A, per tower", "9 kg", "18 kg"],
            ["Return air filter cartridge", "10 µm", "10 µm"],
            ["Supply 400 V 3~ 50 Hz, connected load", "6.8 kW", "11.5 kW"],
            ["Supply fuse", "16 A gG", "25 A gG"],
            ["Compressed air for the tower valves, dry and oil-free", "5-7 bar", "5-7 bar"],
            ["Noise at 1 m", "68 dB(A)", "72 dB(A)"],
            ["Mass, empty", "210 kg", "320 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold only for ABS under the conditions in the table. For any other material work out the "
        "hopper volume needed: hopper volume (L) = throughput (kg/h) x residence time (h) / bulk density (kg/L). The "
        "result must not be larger than the hopper volume of your model. In production keep the hopper at least "
        "two-thirds full, because the residence time falls with the level.",
    ),
    (
        "p",
        "The dew point of -40 °C or lower is reached within 60 min of a start from cold, at rated airflow and with "
        "the return air at no more than 60 °C. With return air between 60 °C and 80 °C expect a dew point of about "
        "-30 °C. Above 80 °C return air temperature the optional return-air cooler must be fitted; it is described "
        "in its own installation sheet SBT-IS-RAC and is not covered here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The hopper, the air hoses and the heater housings reach the drying temperature; the regeneration "
            "outlet and the tower tops reach 250 °C. Wear heat-resistant gloves when working near them.",
            "Lock off the main switch and shut off the compressed air before any work inside the cabinet.",
            "The hopper is not a pressure vessel. Never close the hopper lid airtight or connect compressed air to it.",
            "Keep the return air filter clean: fine dust collecting near the heater is a fire risk.",
            "Some materials give off vapours while drying. Extraction at the regeneration outlet is the site's "
            "responsibility.",
            "Only Sorbatek service may change the regeneration temperature (P06).",
        ],
    ),
    ("h", "3. Controller and settings"),
    (
        "cols",
        [
            ("h", "P01 Drying temperature"),
            (
                "p",
                "Set from 50 °C up to 160 °C (DH-60) or 180 °C (DH-120) in steps of 1 °C. After the start-up phase "
                "the controller holds the air at the hopper inlet within ±3 °C of P01. Use the material maker's "
                "value; as an example, ABS is dried at 80 °C for 2 to 4 h.",
            ),
            ("h", "P02 Alarm band"),
            (
                "p",
                "Default ±10 °C, settable from 5 to 20 °C. If the hopper inlet temperature stays outside the band for "
                "more than 15 min, A02 is shown and the dryer keeps running.",
            ),
            ("h", "P03 Setback"),
            (
                "p",
                "OFF or ON. With ON, and only with the hopper level sensor option LS fitted, the dryer lowers the "
                "process temperature to 60 °C when no material has been drawn for 45 min, and returns to P01 as soon "
                "as the loader draws again. Without the level sensor setback cannot be switched on.",
            ),
            ("h", "P04 Dew point limit"),
            (
                "p",
                "Default -30 °C. A07 is shown when the dew point stays above P04 for 30 min. Only with a dew point "
                "sensor (standard on the DH-120, option DP on the DH-60).",
            ),
            ("h", "P05 Weekly timer"),
            (
                "p",
                "Up to 14 start and stop times a week, so the material is dry when the shift starts. Allow the full "
                "residence time plus 60 min for the dew point after a cold start.",
            ),
            ("h", "Tower cycle"),
            (
                "p",
                "Each tower adsorbs for 3 h while the other is regenerated: 2 h of heating at 250 °C, then 1 h of "
                "cooling. On the DH-120 (and a DH-60 with option DP) dew point switching can extend the adsorption "
                "time up to 6 h while the dew point stays below -40 °C; this saves regeneration energy. Set DP "
                "SWITCH = ON in the user menu.",
            ),
            ("warn", "P06 regeneration temperature is a service setting. A wrong value shortens desiccant life."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Process heater safety thermostat",
                "Thermostat tripped at 220 °C (manual reset). Let the heater cool for 30 min and find the cause "
                "(blower stopped, airflow blocked) before pressing the reset button on the heater housing.",
            ],
            [
                "A02",
                "Process temperature outside band",
                "Outside P02 for more than 15 min. Check the heater fuses F3 to F5, the heater contactor and sensor B1.",
            ],
            [
                "A03",
                "Regeneration too cold",
                "Regeneration temperature not reached within 40 min. Measure the heater current: about 3.5 A "
                "(DH-60) or 5.8 A (DH-120) per phase.",
            ],
            [
                "A04",
                "Regeneration overtemperature",
                "Above 300 °C. Check that the regeneration blower runs and its inlet filter is not blocked.",
            ],
            ["A05", "Process blower overload", "Motor protection Q1 tripped. Check the return air filter and reset Q1."],
            [
                "A06",
                "Tower valve fault",
                "A tower valve did not reach its end position within 20 s. Check the air supply (5-7 bar) and "
                "solenoids Y1 and Y2.",
            ],
            [
                "A07",
                "Dew point high",
                "Dew point above P04 for 30 min. Check the regeneration (A03), leaking hoses and the age of the "
                "desiccant.",
            ],
            [
                "A08",
                "Return air filter",
                "Differential pressure across the filter above 25 mbar. Clean or replace the cartridge (section 7).",
            ],
            [
                "A10",
                "Return air too hot",
                "Return air above 80 °C. Fit the return-air cooler (SBT-IS-RAC) or lower the drying temperature.",
            ],
            ["A11", "Hopper level low", "Option LS only. Check the loader filling the hopper."],
            ["A12", "Supply phase", "A phase missing or the phase sequence wrong. Have an electrician check the supply."],
            ["A13", "Sensor fault", "PT100 sensor B1 to B4 open or short (number shown). Replace the sensor."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Moulded parts show splay (silver streaks) although the dew point reading is good",
                "Residence time too short: throughput higher than the hopper allows, or hopper level low",
                "Compare the throughput with section 1 and the formula; keep the hopper at least two-thirds full",
            ],
            [
                "Dew point creeps up over several weeks",
                "Desiccant at the end of its life, or one phase of the regeneration heater open",
                "Measure the regeneration heater current; replace the desiccant (section 8) if due",
            ],
            [
                "Material yellowed or discoloured after a long stop",
                "Material held too long at drying temperature",
                "Use setback (P03) with the level sensor; lower P01 as far as the material maker allows",
            ],
            [
                "Pellets stick together in the hopper",
                "Drying temperature above the softening range of the material",
                "Lower P01; check the material data sheet",
            ],
            [
                "Hopper inlet temperature low, dryer outlet correct",
                "Air hose to the hopper not insulated or leaking",
                "Insulate the hose; check the clamps",
            ],
            [
                "Return air filter blocks within days",
                "Material with many fines; dust jar under the cyclone full",
                "Empty the dust jar daily; clean the filter more often",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the dryer for a material"),
    (
        "ol",
        [
            "Check that the hopper is empty and clean and the discharge slide under it is closed.",
            "Switch on the main switch. The controller shows the last settings.",
            "Enter the drying temperature P01 from the material maker's data sheet; on a unit with a dew point "
            "sensor, check P04.",
            "Press START. The process blower starts first and the heater follows after 10 s.",
            "Fill the hopper to at least two-thirds with the loader or by hand.",
            "Do not convey material to the machine until the full residence time has passed since filling.",
            "Open the discharge slide and start the machine's loader.",
        ],
    ),
    ("h", "7. Cleaning or replacing the return air filter"),
    (
        "ol",
        [
            "Press STOP and wait until the blower stops; it runs on for 3 min to cool the heater.",
            "Open the filter housing on the side of the cabinet (four wing nuts).",
            "Pull out the cartridge and blow it out from inside to outside with air at no more than 3 bar.",
            "Replace the cartridge instead of cleaning it after five cleanings, or at once if a pleat is torn.",
            "Check the seal, refit the cartridge and close the housing.",
            "Press START; A08 clears when the differential pressure is below 25 mbar.",
        ],
    ),
    ("h", "8. Replacing the desiccant"),
    (
        "ol",
        [
            "Stop the dryer and let it cool until both towers are below 50 °C (at least 2 h after the last "
            "regeneration).",
            "Lock off the main switch and shut off the compressed air.",
            "Remove the top cover of each tower (eight M8 screws).",
            "Suck the old molecular sieve out with an industrial vacuum cleaner. Dispose of it as the site rules "
            "require: it may hold vapours adsorbed from the material.",
            "Check the bottom sieve of each tower for damage.",
            "Fill each tower with new molecular sieve 4A: 9 kg per tower (DH-60) or 18 kg per tower (DH-120). Tap "
            "the tower to settle the beads. Always change both towers together.",
            "Fit a new cover gasket and tighten the screws crosswise to 20 Nm.",
            "Switch on and select SERVICE > NEW DESICCANT: each tower runs a double-length regeneration of 4 h "
            "before production. Then reset the desiccant hour counter.",
        ],
    ),
    ("h", "9. Emptying the hopper for a material change"),
    (
        "ol",
        [
            "Stop the loader and close the discharge slide.",
            "Put a container under the cleanout door at the base of the hopper and open it.",
            "Open the discharge slide and let the material run out; vacuum out what remains on the cone.",
            "Wipe the hopper and the inside of the cleanout door with a dry lint-free cloth.",
            "Close the cleanout door and set the new material's temperature before filling.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the dust jar under the cyclone; check the hopper level and the alarm list"],
            ["Weekly", "Clean the return air filter (section 7)"],
            ["Monthly", "Check hoses, clamps and insulation; drain the filter on the valve air supply"],
            ["6 months", "Run SERVICE > VALVE TEST: both tower valves must switch within 20 s"],
            [
                "12 months",
                "Sorbatek service: the dew point sensor is exchanged for a calibrated one (SBT-DPS-EX)",
            ],
            [
                "20 000 h or 4 years, whichever comes first",
                "Replace the desiccant in both towers (section 8)",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "DH-60", "DH-120"],
            ["Return air filter cartridge 10 µm", "SBT-RF-60", "SBT-RF-120"],
            ["Molecular sieve 4A, pail of 9 kg", "SBT-MS-09, 2 pails", "SBT-MS-09, 4 pails"],
            ["Process heater element", "SBT-PH-36", "SBT-PH-60"],
            ["Regeneration heater element", "SBT-RH-24", "SBT-RH-40"],
            ["Tower valve, pneumatic 3-way", "SBT-TV-40", "SBT-TV-50"],
            ["PT100 sensor with 2 m cable", "SBT-PT-02", "SBT-PT-02"],
            ["Tower cover gasket", "SBT-TG-60", "SBT-TG-120"],
            ["Dew point sensor, exchange unit", "SBT-DPS-EX (option DP)", "SBT-DPS-EX"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Filmtrave BF-1250 blown film line
FILMTRAVE = [
    ("title", "Filmtrave BF-1250 Blown Film Line\nOperation and Maintenance Manual"),
    (
        "p",
        "Document FTV-OM-BF-11, Edition 2, November 2024. Filmtrave Film Machinery. The BF-1250 is a mono-layer "
        "blown film line for LDPE, LLDPE and their blends, making film of 20 to 150 µm. It consists of a 65 mm "
        "single-screw extruder, a spiral mandrel die of 200 mm, a dual-lip air ring, a collapsing frame and nip rolls "
        "on a fixed tower, and a two-shaft surface winder. The loader on the extruder hopper, the optional corona "
        "treater and the main drive frequency converter have their own manuals, supplied with the line; this manual "
        "refers to them where needed. Foundations, cooling water and compressed air up to the line's connection "
        "points are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The die, the adapter and the barrel run at up to 250 °C and hold molten polymer under pressure. "
        "Never stand in front of the die adapter or the breaker plate clamp while the screw is started. Wear a face "
        "shield and heat-resistant gloves for any work at the die.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BF-1250"],
            ["Extruder screw diameter / length", "65 mm / 30 D"],
            ["Screw speed, maximum", "110 rpm"],
            ["Main motor, AC with frequency converter", "55 kW"],
            ["Barrel heating", "5 zones, 28 kW, with cooling fans"],
            ["Die, spiral mandrel, diameter", "200 mm"],
            ["Die heating", "4 zones, 12 kW"],
            ["Die gap, standard die ring", "1.2 mm"],
            ["Die gap, LLDPE die ring (option FTV-DR-22)", "2.2 mm"],
            ["Output, LDPE of MFI 0.3 to 2 g/10 min, standard die ring", "up to 150 kg/h"],
            ["Output, LLDPE (butene grade), with the 2.2 mm die ring", "up to 110 kg/h"],
            ["Blow-up ratio (BUR)", "1.5 to 4.0"],
            ["Layflat width", "470 to 1250 mm"],
            ["Film thickness", "20 to 150 µm"],
            ["Haul-off speed", "5 to 80 m/min"],
            ["Nip roll face width", "1400 mm"],
            ["Tower height, floor to nip", "7.5 m"],
            ["Air ring blower, with frequency converter", "7.5 kW"],
            ["Winder, two-shaft surface winder, maximum roll diameter", "800 mm on 76 mm (3 in) cores"],
            ["Melt pressure rupture disc", "550 bar"],
            ["Feed throat cooling water", "0.5 m³/h at no more than 20 °C"],
            ["Compressed air, dry", "6 bar"],
            ["Installed power, 400 V 3~ 50 Hz", "125 kW"],
            ["Supply fuse", "250 A gG"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The outputs hold only for the materials named, with a clean screen pack and the melt temperature inside "
        "the window of section 3. Outputs for other materials (HDPE, EVA, or blends with more than 30 % LLDPE in the "
        "standard die ring) are not given in this manual; ask Filmtrave before running them.",
    ),
    (
        "p",
        "Layflat width = 1.571 x die diameter x BUR (half the bubble circumference). With the 200 mm die a BUR of "
        "2.5 gives a layflat of 785 mm. The haul-off speed for a film thickness follows from the output: v = Q / "
        "(0.11 x W x t), with v in m/min, Q the output in kg/h, W the layflat width in m and t the thickness in µm, "
        "for polyethylene of density 0.92 g/cm³. For example, 120 kg/h at 785 mm layflat and 40 µm needs about 35 "
        "m/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The nip rolls and the winder's contact roll draw in hands and clothing. Thread film only with the line at "
            "threading speed and the nip open, using the threading rope.",
            "Work on the tower platform only with the guard rail closed. Do not climb the tower while the bubble is "
            "being inflated.",
            "The rupture disc on the adapter vents molten polymer sideways if it bursts. Keep the vent area free. "
            "Replace a burst disc only with a disc of the same rating, never a higher one.",
            "Lock off the main switch and the heating before opening a heater cover or a terminal box.",
            "Molten polymer and purge material cause severe burns. Let purge material cool in the purge tray.",
        ],
    ),
    ("h", "3. Process window and settings"),
    (
        "cols",
        [
            ("h", "Temperatures"),
            (
                "p",
                "Typical barrel profile for LDPE: 160 °C at the feed zone rising to 185 °C at zone 5, die zones "
                "185-195 °C. The melt temperature at the die inlet should be 190-210 °C for LDPE and 200-225 °C for "
                "LLDPE. The four die zones must be within ±5 °C of each other, or the film will show thickness "
                "bands.",
            ),
            ("h", "Frost line"),
            (
                "p",
                "The frost line is normally 3 to 4 times the die diameter, 600 to 800 mm above the die. Above 1000 "
                "mm the bubble becomes unstable. Raise the air ring airflow to lower the frost line.",
            ),
            ("h", "Melt pressure"),
            (
                "p",
                "Normal melt pressure before the breaker plate is 200 to 320 bar. F01 warns at 350 bar; at 400 bar "
                "the screw stops. The rupture disc bursts at 550 bar. Note the melt pressure with a new screen pack "
                "at the production screw speed: this is the clean value for section 8.",
            ),
            ("h", "Screw start"),
            (
                "p",
                "Start the screw from cold at no more than 10 rpm, and only after the heat soak of section 6. Raise "
                "the speed only once melt comes out evenly all round the die.",
            ),
            ("h", "Nip and winder"),
            (
                "p",
                "Nip roll pressure 2 to 4 bar; F08 appears below 2 bar. Winding tension is set as a percentage of "
                "the haul-off pull, default 12 %. A roll reaching 800 mm diameter is changed automatically to the "
                "second shaft.",
            ),
            ("h", "Feed throat"),
            (
                "p",
                "The feed throat is water-cooled with no more than 20 °C water at 0.5 m³/h. F06 appears above 50 °C "
                "at the feed throat: pellets start to stick and the output drops.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "F01",
                "Melt pressure high",
                "Above 350 bar warning; at 400 bar the screw stops. Check the screen pack (section 8), the melt "
                "temperature and a cold die zone.",
            ],
            [
                "F02",
                "Melt pressure sensor",
                "Signal outside 4-20 mA. Check the cable and the sensor. Never run the screw without a pressure "
                "reading.",
            ],
            ["F03", "Zone deviation", "A heating zone more than 15 °C from its setpoint for 5 min. Check the heater "
             "band, its fuse and contactor."],
            ["F04", "Thermocouple open", "Zone number shown; the zone output stops. Replace the thermocouple."],
            [
                "F05",
                "Main drive fault",
                "The frequency converter has tripped. Its fault number is shown on the converter's own display; "
                "see the converter maker's manual supplied with the line.",
            ],
            ["F06", "Feed throat hot", "Above 50 °C. Check the cooling water flow and temperature."],
            ["F07", "Air ring blower", "Blower converter tripped or blower inlet filter blocked."],
            ["F08", "Nip pressure low", "Below 2 bar. Check the compressed air supply and the nip cylinders."],
            ["F09", "Web break", "Winder dancer at its end position. Rethread the film."],
            ["F10", "Emergency stop", "An emergency stop button or the tower gate circuit is open."],
            ["F11", "Hopper empty", "Low level at the extruder hopper for 60 s. Check the loader."],
            ["F13", "Treater fault", "Option. See the corona treater's own manual."],
            [
                "F14",
                "Gearbox lubrication",
                "Gearbox oil pressure below 0.8 bar for 10 s; the screw stops. Check the oil level and the "
                "lubrication pump.",
            ],
            ["F15", "Shaft change failed", "Automatic roll change did not complete. Finish it by hand in JOG mode."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Bubble breathes or wanders from side to side",
                "Air ring airflow too high, frost line above 1000 mm, draughts from open doors",
                "Reduce the airflow in small steps; lower the frost line; close doors or fit a draught screen",
            ],
            [
                "Thick and thin bands around the film (gauge bands)",
                "Die not centred, die zones uneven, dirt on the air ring lips",
                "Check the die zones are within ±5 °C; clean the air ring lips; centre the die (section 9)",
            ],
            [
                "Wrinkles at the nip",
                "Bubble not centred in the collapsing frame, uneven nip pressure",
                "Centre the bubble; check the nip pressure on both sides",
            ],
            [
                "Gels or fish eyes",
                "Screen pack torn, degraded material after a long stop, contamination",
                "Change the screen pack; purge (section 7)",
            ],
            [
                "Rough matt surface, sharkskin, on LLDPE film",
                "Shear too high in the standard 1.2 mm die gap",
                "Fit the 2.2 mm LLDPE die ring; meanwhile raise the die zones by 10 °C",
            ],
            [
                "Film layers stick together on the roll (blocking)",
                "Film still warm at the nip",
                "Increase cooling or lower the output; check the antiblock level with the material supplier",
            ],
            [
                "Output falls at constant screw speed and melt pressure rises",
                "Screen pack clogging",
                "Change the screen pack when the pressure is 50 bar above the clean value",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up from cold"),
    (
        "ol",
        [
            "Check that the feed throat cooling water is on and the compressed air is at 6 bar.",
            "Switch on the heating of all barrel and die zones at their setpoints.",
            "When every zone has reached its setpoint, wait a further 60 min heat soak so that the die is heated "
            "through, before turning the screw.",
            "Start the screw at no more than 10 rpm and watch the melt pressure; it must stay below 350 bar.",
            "When clean melt comes out all round the die, pull the tube up with heat-resistant gloves and tie it to "
            "the threading rope.",
            "Pull the tube through the collapsing frame and the closed nip at threading speed.",
            "Open the bubble air valve to inflate the bubble, start the air ring and set the frost line.",
            "Raise screw and haul-off speed step by step to the target; check the layflat and the thickness.",
        ],
    ),
    ("h", "7. Shutdown and purging"),
    (
        "ol",
        [
            "For a stop longer than 4 h, purge with purge compound at 30 rpm until clean melt comes out, about 15 "
            "min.",
            "Stop the screw and the haul-off; cut the film below the nip.",
            "For a stop of up to 8 h, lower all zones to 150 °C. For a longer stop switch the heating off.",
            "Keep the feed throat cooling water on until the barrel is below 80 °C.",
        ],
    ),
    ("h", "8. Changing the screen pack"),
    (
        "p",
        "Change the screen pack when the melt pressure is 50 bar above the clean value at the same screw speed and "
        "melt temperature, or when gels appear.",
    ),
    (
        "ol",
        [
            "Note the melt pressure. Stop the screw and the haul-off and cut the bubble.",
            "Keep the heating on. Put on a face shield and heat-resistant gloves.",
            "Loosen the six M20 bolts of the hinged adapter clamp and swing the die adapter aside.",
            "Pull out the breaker plate with the extraction tool and remove the old screen pack.",
            "Fit a new pack; from the screw side: 40, 80, 120 and 40 mesh.",
            "Refit the breaker plate, close the clamp and tighten the bolts crosswise to 250 Nm.",
            "Restart the screw at 10 rpm and note the new clean melt pressure.",
        ],
    ),
    ("h", "9. Centring the die"),
    (
        "ol",
        [
            "Run the line at steady conditions for at least 20 min.",
            "Cut a sample across the layflat and measure the thickness at 16 points around the circumference.",
            "Loosen the die ring clamp screws by a quarter turn.",
            "Turn the centring bolt on the thick side in, and the opposite bolt out, by no more than a quarter turn "
            "each.",
            "Tighten the clamp screws and wait 10 min before measuring again.",
            "Repeat until the thickness is within ±8 % of the average.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Compare the melt pressure with the clean value; clean the air ring lips; check the feed throat "
             "water flow"],
            ["Weekly", "Clean the nip rolls with a soft cloth and isopropanol; check the winder shafts and cores"],
            ["Monthly", "Check the gearbox oil level; check that the collapsing frame rollers turn freely"],
            ["3 months", "Clean or replace the air ring blower inlet filter"],
            ["6000 h or 12 months, whichever comes first", "Change the gearbox oil: ISO VG 320 gear oil, 22 L"],
            ["12 months", "Check the melt pressure sensor zero at operating temperature with no melt pressure"],
            ["12 months", "Filmtrave service: screw and barrel wear measurement; nip roll covering inspection"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Melt pressure sensor 0-700 bar, 1/2-20 UNF", "FTV-MP-700"],
            ["Rupture disc 550 bar", "FTV-RD-550"],
            ["Barrel heater band, zones 1 to 5", "FTV-HB-65"],
            ["Die ring for LLDPE, 2.2 mm gap", "FTV-DR-22"],
            ["Screen packs 40/80/120/40 mesh, box of 20", "FTV-SP-65"],
            ["Air ring lip set", "FTV-AL-200"],
            ["Breaker plate extraction tool", "FTV-BT-65"],
            ["Threading rope, 12 m", "FTV-TR-12"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Tubrava HC pipe haul-off and cutter
TUBRAVA = [
    ("title", "Tubrava HC Pipe Haul-Off and Cutter Units\nOperation and Maintenance - HC-250 and HC-315"),
    (
        "p",
        "Document TBR-OM-HC-07, Edition 1, June 2024. Tubrava Extrusion Downstream. The HC-250 and HC-315 combine a "
        "caterpillar haul-off and a planetary saw cutter in one frame, for PE and PP pressure pipe at the end of a "
        "pipe extrusion line. The caterpillar tracks pull the pipe at line speed through the cooling tanks; the saw "
        "sits on a carriage that clamps the pipe, travels with it and cuts it to length. The haul-off speed is set "
        "on its own panel or taken from the line controller as a 0-10 V signal. The chip extractor is supplied by "
        "the site and only its connection and interlock are described here. The servo drives of the tracks have "
        "their own manual, TBR-SD-01. Apart from the pipe range, the number of tracks, the saw and the items named "
        "in this manual, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The tracks draw in hands and clothing and the saw blade runs behind a guard that must never be "
        "bridged. Feed a start-up pipe only with the tracks at threading speed, standing at the side of the unit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HC-250", "HC-315"],
            ["Pipe outside diameter", "20-250 mm", "40-315 mm"],
            ["Caterpillar tracks", "3", "4"],
            ["Contact length per track", "1200 mm", "1600 mm"],
            ["Haul-off speed", "0.3-15 m/min", "0.2-10 m/min"],
            ["Maximum pulling force", "8 kN", "15 kN"],
            ["Track drives, servo", "3 x 0.75 kW", "4 x 1.1 kW"],
            ["Track clamping, pneumatic", "0.5-6 bar", "0.5-6 bar"],
            ["Saw", "planetary circular saw", "planetary circular saw"],
            ["Saw blade diameter, carbide tipped", "400 mm", "500 mm"],
            ["Saw motor", "2.2 kW", "3.0 kW"],
            ["Maximum pipe wall thickness that can be cut", "25 mm", "30 mm"],
            ["Cut length setting", "1000-12 000 mm", "1000-12 000 mm"],
            ["Cut length tolerance, line speed up to 5 m/min", "±2 mm", "±2 mm"],
            ["Cut length tolerance, line speed above 5 m/min", "±5 mm", "±5 mm"],
            ["Saw carriage travel", "1500 mm", "1500 mm"],
            ["Chip extraction connection", "DN 100", "DN 125"],
            ["Compressed air, dry", "6 bar, 150 NL/min", "6 bar, 200 NL/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "32 A gG"],
            ["Mass", "1850 kg", "2600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum wall thickness covers SDR 11 pipe up to the largest diameter of each model (22.7 mm at 250 mm, "
        "28.6 mm at 315 mm). The cut length tolerance holds only with a clean encoder wheel, calibrated as in section "
        "8, and measured on pipe that has cooled to room temperature.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The saw starts only with the guard closed and the chip extractor running. Never bridge the guard "
            "switches or the extractor interlock.",
            "Lock off the saw isolator before touching the blade; the blade runs on for up to 20 s after a stop.",
            "Wear cut-resistant gloves when handling saw blades.",
            "Cut pipe ends are sharp and heavy pipes roll. The pipe table and the pipe tipping device are the site's "
            "and have their own instructions.",
            "Only use the track clamping pressures given in section 3; higher pressures deform the pipe.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Track clamping pressure"),
            (
                "p",
                "Start value: p (bar) = OD / 50, with the outside diameter OD in mm. A 160 mm pipe starts at 3.2 bar. "
                "For SDR 26 and thinner walls use half this value. Never set more than 6 bar. Raise the pressure in "
                "steps of 0.2 bar, and only if H04 (pipe slip) appears.",
            ),
            ("h", "Line speed and pulling force"),
            (
                "p",
                "The haul-off must pull the pipe without exceeding 8 kN (HC-250) or 15 kN (HC-315). The panel shows "
                "the pulling force from the servo torque; above 90 % of the maximum it flashes.",
            ),
            ("h", "Cut length"),
            (
                "p",
                "Set from 1000 to 12 000 mm in steps of 1 mm. The length is measured by an encoder wheel of 200 mm "
                "circumference that runs on the pipe, pressed on with 1.5 bar.",
            ),
            ("h", "Saw feed and carriage travel"),
            (
                "p",
                "The saw feed rate is set in percent, default 60 %. For PP and for cold thick-walled pipe use 40 %. "
                "The cut must be finished within the carriage travel: the time available is carriage travel / line "
                "speed, so at 10 m/min the 1500 mm travel gives 9 s. If the cut takes longer, H07 stops the line.",
            ),
            ("h", "Chip extraction"),
            (
                "p",
                "The saw starts only when the site's extractor gives its running signal on input X12. Airflow and "
                "filter of the extractor are chosen by the site.",
            ),
            ("warn", "Never remove chips from the saw hood with the saw isolator switched on."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "H01",
                "Track drive fault",
                "A servo drive tripped (track number shown). Its own code is on the drive display; see the servo "
                "drive manual TBR-SD-01.",
            ],
            ["H02", "Track speed mismatch", "Track speeds differ by more than 1 %. Check the servo motor encoders."],
            [
                "H03",
                "Clamping pressure low",
                "Actual pressure below the setpoint minus 0.3 bar for 5 s. Check the air supply and the track "
                "cylinders for leaks.",
            ],
            [
                "H04",
                "Pipe slip",
                "Encoder wheel speed differs from track speed by more than 3 %. Clean the pads, dry the pipe, raise "
                "the pressure in 0.2 bar steps.",
            ],
            ["H05", "Saw not at home", "Saw head not back at its home position at the start of a cut cycle."],
            ["H06", "Saw motor overload", "Blade dull or feed rate too high. Change the blade or lower the feed."],
            [
                "H07",
                "Carriage end before cut",
                "The carriage reached the end of its 1500 mm travel before the cut was finished. Raise the feed rate "
                "or lower the line speed.",
            ],
            ["H09", "Guard open", "Saw guard or track guard open."],
            ["H10", "Encoder wheel fault", "No pulses from the encoder wheel while the tracks run."],
            ["H11", "Chip extraction", "No running signal from the site's extractor on input X12."],
            ["H12", "Emergency stop", "An emergency stop pressed or the line's stop circuit open."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Flats or track marks on the pipe",
                "Clamping pressure too high for the wall, or the pipe still warm at the haul-off",
                "Set the pressure as in section 3 (half the start value for SDR 26 and thinner); check the cooling",
            ],
            [
                "Cut lengths vary more than the tolerance",
                "Encoder wheel dirty or slipping, wheel pressure low, or line speed above 5 m/min",
                "Clean the wheel, check its 1.5 bar, calibrate the length measurement (section 8)",
            ],
            [
                "Cut face not square to the pipe axis",
                "Pipe not centred in the carriage clamp, wrong jaw inserts",
                "Fit the jaw inserts for the pipe OD",
            ],
            [
                "Burrs or smeared edges on PP pipe",
                "Blade dull, or feed so slow that the blade heats the cut",
                "Change the blade; set the feed rate to 40 %",
            ],
            [
                "Chips inside the pipe",
                "Extraction too weak or the chip hood not closed",
                "Close the hood; have the site check its extractor",
            ],
            [
                "Pipe oscillates or jumps between the tracks",
                "Tracks not on the line axis",
                "Set the track centre height to the line axis (section 6)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up for a new pipe size"),
    (
        "ol",
        [
            "Select SETUP on the panel and open the tracks fully.",
            "Set the track centre height to the line axis, 1050 mm ±50 mm above the floor on a standard line.",
            "Fit the carriage jaw inserts for the pipe OD (TBR-JI plus the OD, for example TBR-JI-160).",
            "Set the clamping pressure start value (section 3).",
            "Feed the start-up pipe between the tracks at threading speed and close the tracks.",
            "Enter the cut length and the saw feed rate.",
            "Check the encoder wheel sits on the pipe with 1.5 bar.",
        ],
    ),
    ("h", "7. Changing the saw blade"),
    (
        "ol",
        [
            "Switch cutting off (CUT OFF), let the saw return home and lock off the saw isolator.",
            "Open the saw guard and insert the blade locking pin.",
            "Loosen the arbor nut; it has a left-hand thread.",
            "Fit the new blade with its rotation arrow matching the arrow on the guard.",
            "Tighten the arbor nut to 60 Nm (HC-250) or 80 Nm (HC-315).",
            "Remove the locking pin, close the guard and make a test cut on a scrap piece.",
        ],
    ),
    ("h", "8. Calibrating the length measurement"),
    (
        "ol",
        [
            "Set the cut length to 6000 mm.",
            "Cut three pipes at a line speed of no more than 5 m/min.",
            "Let them cool to room temperature and measure each with a steel tape. Work out the average.",
            "New factor = old factor x 6000 / average measured length.",
            "Enter the new factor under SETUP > ENCODER FACTOR.",
            "Cut three more pipes: each must be within ±2 mm of 6000 mm.",
        ],
    ),
    ("h", "9. Replacing the track pads"),
    (
        "ol",
        [
            "Open the tracks fully and lock off the main switch.",
            "Remove the two screws of each pad and take the pads off. Always replace all pads of one track together.",
            "Fit V-shaped pads (TBR-PV-25) for pipe up to 63 mm OD and flat pads above 63 mm.",
            "Tighten the pad screws to 8 Nm.",
            "Close the tracks on a pipe and check that every pad touches it.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the encoder wheel; empty the chip bin; check the guard switches stop the saw"],
            ["Weekly", "Check the track pads for wear and cuts; check the saw blade teeth"],
            [
                "Monthly",
                "Check the track chain tension: 10 to 15 mm deflection at the middle of the lower run",
            ],
            ["6 months", "Grease the carriage guide rails (lithium grease NLGI 2)"],
            ["2000 h", "Check the oil level of the track gearboxes"],
            ["12 months", "Tubrava service: check of the safety circuits and the servo drives"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HC-250", "HC-315"],
            ["Saw blade, carbide tipped", "TBR-SB-400", "TBR-SB-500"],
            ["Track pad, V-shaped, up to 63 mm OD", "TBR-PV-25", "TBR-PV-25"],
            ["Track pad, flat", "TBR-PF-25", "TBR-PF-35"],
            ["Encoder wheel with tyre", "TBR-EW-200", "TBR-EW-200"],
            ["Track chain, one track", "TBR-TC-12", "TBR-TC-16"],
            ["Carriage jaw inserts, per OD", "TBR-JI-(OD)", "TBR-JI-(OD)"],
            ["Blade locking pin", "TBR-LP-01", "TBR-LP-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rinnvalt FM-8 mould cooling flow monitor
RINNVALT = [
    ("title", "Rinnvalt FM-8 Mould Cooling Flow Monitor\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document RVT-OM-FM8-02, Edition 2, January 2025. Rinnvalt Process Monitoring. The FM-8 is a water manifold "
        "with eight circuits that measures the flow and the return temperature of each cooling circuit of an "
        "injection mould, and the supply temperature of the whole manifold. It sits between the temperature control "
        "unit (TCU) and the mould. Each circuit has a vortex flow sensor with a PT1000 temperature sensor in one "
        "module, in the return line, so the FM-8 sees a blocked, leaking or disconnected channel at once and can "
        "stop the moulding machine through its alarm relay. The TCU, the mould and the wiring of the relay into the "
        "machine's interlock are not part of the supply: the interlock wiring follows the machine maker's "
        "instructions. The OPC UA interface is an option described in its own document, RVT-COM-02.",
    ),
    (
        "warn",
        "WARNING: The water can be at up to 90 °C and under pressure. Never open a circuit, a sensor module or a "
        "bleed screw before the TCU is switched off, the water has cooled below 40 °C and the circuit is relieved.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FM-8"],
            ["Circuits", "8, sensor module in the return of each circuit"],
            ["Flow measurement", "vortex, no moving parts"],
            ["Flow range per circuit", "2-40 L/min"],
            ["Flow accuracy", "±2 % of reading from 5 to 40 L/min; ±0.1 L/min below 5 L/min"],
            ["Temperature sensors", "PT1000 in each return and one in the supply manifold, ±0.5 °C"],
            ["Medium", "water, or water with up to 30 % glycol"],
            ["Maximum water temperature", "90 °C"],
            ["Maximum pressure", "10 bar at 20 °C; 6 bar at 90 °C"],
            ["Pressure drop per circuit at 40 L/min", "0.35 bar"],
            ["Ports", "circuits G 1/2 female; manifolds G 1 1/2 female"],
            ["Inlet strainer in the supply manifold", "500 µm"],
            ["Display", "7 in colour touch screen"],
            ["Supply", "24 V DC ±10 %, 1.5 A"],
            ["Alarm relays", "2 changeover contacts, 30 V DC 2 A"],
            ["Interface", "RS-485 Modbus RTU; OPC UA option"],
            ["Protection", "IP65"],
            ["Mass, filled", "14 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Between 20 °C and 90 °C the maximum pressure falls in a straight line, so at 55 °C it is 8 bar. Readings "
        "below 2 L/min are shown as 0.0 L/min: the vortex sensor does not measure below the start of its range. "
        "With glycol in the water the readings are up to 5 % low unless MEDIUM is set to GLYCOL and the percentage "
        "is entered.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The FM-8 does not replace the moulding machine's own safety devices. A flow alarm stops the machine only "
            "if the relay is wired into its interlock.",
            "Hoses and couplings must be rated for the TCU's highest temperature and pressure.",
            "Keep the display and the connectors away from water jets during mould changes.",
            "Drain the water into a drain or container, never onto the floor near electrical equipment.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Learned reference"),
            (
                "p",
                "LEARN stores the flow and the temperature difference (return minus supply, dT) of each active "
                "circuit once the process has been stable for at least 10 min (section 7). All flow limits are "
                "percentages of the learned flow.",
            ),
            ("h", "Flow limits"),
            (
                "p",
                "Low limit default 80 % of the learned flow, settable from 50 to 95 %. High limit default 120 %. A "
                "flow above the high limit usually means a hose has come off or a channel is open to the air.",
            ),
            ("h", "Temperature limits"),
            (
                "p",
                "Return temperature high limit, default 70 °C. dT limit: default 5 °C, settable from 1 to 20 °C. The "
                "supply temperature is compared with the TCU setpoint entered on the FM-8; W09 appears if it "
                "differs by more than ±3 °C.",
            ),
            ("h", "Turbulence"),
            (
                "p",
                "If the channel diameter of a circuit is entered (4 to 30 mm), the FM-8 works out the Reynolds "
                "number Re = 21221 x Q / (d x v), with Q the flow in L/min, d the channel diameter in mm and v the "
                "kinematic viscosity of the water in mm²/s at the measured temperature. W05 appears when Re falls "
                "below the limit, default 10 000, settable from 4000 to 20 000. Example: an 8 mm channel at 4 L/min "
                "with water at 40 °C (v = 0.66 mm²/s) gives Re of about 16 000.",
            ),
            ("h", "Alarm delay and relays"),
            (
                "p",
                "Every alarm waits for the alarm delay, default 5 s, settable 1 to 60 s. Relay 1 switches on any flow "
                "alarm (W01, W02, W05, W11), relay 2 on any temperature alarm (W03, W04, W09).",
            ),
            ("warn", "A circuit set inactive is not monitored. Check the list of active circuits after every LEARN."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["W01", "Flow low", "Flow below the low limit. Check for a kinked hose, a closed valve or a blocked "
             "channel."],
            ["W02", "Flow high", "Flow above the high limit. Check for a hose off the mould or an open channel."],
            ["W03", "Return temperature high", "Return temperature above its limit (default 70 °C)."],
            [
                "W04",
                "dT high",
                "Return minus supply above the dT limit (default 5 °C). Flow too low for the heat load, or the "
                "process has changed since LEARN.",
            ],
            ["W05", "Turbulence low", "Re below its limit. Raise the flow of the circuit or check the diameter "
             "entered."],
            ["W06", "Sensor fault", "No signal or signal out of range from the module of the circuit shown. Check "
             "the M12 plug; replace the module (section 8)."],
            ["W08", "Supply pressure low", "Option P only: supply pressure below 2 bar."],
            ["W09", "Supply temperature", "Supply more than ±3 °C from the TCU setpoint entered."],
            ["W10", "Machine link", "No Modbus poll from the machine for 10 s."],
            [
                "W11",
                "Flow balance",
                "Option main flow meter only: the sum of the circuits differs from the main flow by more than 10 %, "
                "which points to a leak between the manifolds.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "A circuit reads 0.0 L/min though water comes out of its return hose",
                "Flow below 2 L/min, sensor module fitted against the flow arrow, or supply and return hoses swapped",
                "Check the arrow points into the return manifold; check the hoses; raise the flow above 2 L/min",
            ],
            [
                "Flow reading of a circuit jumps by 20 % or more",
                "Air in the water: TCU level low, a leaking suction, or the manifold not vented",
                "Top up the TCU; vent at the bleed screw on the return manifold",
            ],
            [
                "All circuits slowly lose flow",
                "Inlet strainer or TCU filter clogging, supply pressure falling",
                "Clean the inlet strainer; check the TCU pump and filter",
            ],
            [
                "One circuit loses flow over weeks while the others stay steady",
                "Scale or corrosion products building up in that mould channel",
                "Have the mould channel cleaned to the site's or the mould maker's procedure",
            ],
            [
                "dT high on one circuit with normal flow",
                "More heat in that part of the mould after a process change, shorter cycle",
                "Check the process change; run LEARN again if the new state is correct",
            ],
            [
                "All readings about 5 % low",
                "Glycol in the water, MEDIUM set to WATER",
                "Set MEDIUM to GLYCOL and enter the percentage",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Installing and connecting"),
    (
        "ol",
        [
            "Mount the FM-8 on a stand or on the machine beside the mould, with the manifolds horizontal and the "
            "supply manifold at the bottom.",
            "Connect the supply manifold to the TCU outlet and the return manifold to the TCU return.",
            "Connect supply port n to the inlet of mould circuit n, and the outlet of that circuit to return port n. "
            "The arrow on each sensor module must point into the return manifold.",
            "Switch on the TCU and open the bleed screw on top of the return manifold until water without bubbles "
            "comes out.",
            "Connect the 24 V DC supply and wire the alarm relays into the machine interlock as the machine maker "
            "instructs.",
            "Check every joint for leaks at working pressure and temperature.",
        ],
    ),
    ("h", "7. Learning a new mould"),
    (
        "ol",
        [
            "Select MOULD > NEW and enter the mould number. Enter the channel diameter of each circuit if the "
            "turbulence check is wanted.",
            "Start production and wait until the mould is at working temperature and the cycle is stable.",
            "Wait until flows and temperatures have been stable for at least 10 min.",
            "Press LEARN. The FM-8 stores the flow and dT of each circuit; circuits below 2 L/min are set inactive.",
            "Check the limits (default 80 % and 120 %) and change them if needed.",
            "Press SAVE. The settings are recalled with the mould number at the next mould change.",
        ],
    ),
    ("h", "8. Replacing a sensor module"),
    (
        "ol",
        [
            "Switch off the TCU, let the water cool below 40 °C, close the two ball valves of the circuit and relieve "
            "it at the bleed screw.",
            "Unplug the M12 connector and remove the four screws of the module.",
            "Fit the new module with new O-rings (RVT-OR-18), its arrow pointing into the return manifold.",
            "Tighten the screws to 4 Nm, open the valves, vent and check for leaks.",
            "Plug in the M12 connector. The module carries its own calibration data and is recognised at once; no "
            "calibration is needed on site.",
        ],
    ),
    ("h", "9. Checking a flow reading"),
    (
        "ol",
        [
            "With the mould running at a steady flow, put the return hose of the circuit into a container marked "
            "at 10 L.",
            "Time how long it takes to fill 10 L.",
            "Flow in L/min = 600 / time in s. For example, 60 s gives 10 L/min.",
            "Compare with the FM-8 reading: the two must agree within ±5 %, which allows for the container test.",
            "If they do not agree, replace the module (section 8). Modules cannot be recalibrated on site; send the "
            "old one to Rinnvalt.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the alarm list and look for leaks"],
            ["Monthly", "Clean the 500 µm inlet strainer in the supply manifold"],
            ["6 months", "Check one circuit with the container test (section 9)"],
            ["Every mould change", "Check that the right mould number is loaded and the active circuits match the "
             "mould"],
            ["5 years", "Exchange the sensor modules for recalibrated ones (Rinnvalt exchange service)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Flow and temperature sensor module, 2-40 L/min", "RVT-SM-40"],
            ["O-ring set for sensor module, 10 pieces", "RVT-OR-18"],
            ["Inlet strainer 500 µm", "RVT-ST-500"],
            ["Ball valve G 1/2", "RVT-BV-12"],
            ["Display unit 7 in", "RVT-DU-07"],
            ["Supply pressure sensor (option P)", "RVT-PS-16"],
            ["M12 sensor cable, 0.5 m", "RVT-CB-05"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("sorbatek-dh-desiccant-hopper-dryer.pdf", "Sorbatek SBT-OM-DH-04 Ed 3 - DH-60 / DH-120", SORBATEK),
        ("filmtrave-bf-blown-film-line.pdf", "Filmtrave FTV-OM-BF-11 Ed 2 - BF-1250", FILMTRAVE),
        ("tubrava-hc-pipe-haul-off-and-cutter.pdf", "Tubrava TBR-OM-HC-07 Ed 1 - HC-250 / HC-315", TUBRAVA),
        ("rinnvalt-fm-mould-cooling-flow-monitor.pdf", "Rinnvalt RVT-OM-FM8-02 Ed 2 - FM-8", RINNVALT),
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
