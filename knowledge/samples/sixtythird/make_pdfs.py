"""Generate the PDF manuals of the sixty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set63venv && /tmp/set63venv/bin/pip install fpdf2 pypdf
    /tmp/set63venv/bin/python knowledge/samples/sixtythird/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical.
The rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
everything else is new.
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


# ---------------------------------------------------------------- Brenvald GS gas singeing machines
BRENVALD = [
    ("title", "Brenvald GS Gas Singeing Machines\nOperating and Maintenance Manual - GS-180 and GS-220"),
    (
        "p",
        "Document BRV-OM-GS-04, Edition 3, March 2025. Brenvald Finishing Machinery. The GS-180 and GS-220 are "
        "open-width gas singeing machines for woven fabrics of cotton, viscose, linen and their blends with "
        "polyester. The fabric passes a pre-brushing section with four brush rollers, two line burners that can "
        "singe one face twice or both faces once, two water-cooled guide rollers and a quench trough. The burners "
        "are premix burners: gas and combustion air are mixed before the burner slot and the flame intensity is set "
        "by the mixture pressure. Apart from the working width and the values given for each model in this manual, "
        "the two machines are built alike. The gas supply up to the machine's main gas cock, the exhaust duct beyond "
        "the machine's fan and the fire protection of the room are the site's responsibility and are not covered "
        "here.",
    ),
    (
        "warn",
        "WARNING: Open flames at about 1300 °C. Never reach into the burner area while the burners are lit or in the "
        "first 10 min after shut-down. Never bridge the flame monitoring, the valve proving or the swivel end "
        "switches. Keep a CO2 extinguisher within reach of the operator's position.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GS-180", "GS-220"],
            ["Maximum fabric width", "1800 mm", "2200 mm"],
            ["Burner slot length", "1900 mm", "2300 mm"],
            ["Number of burners", "2", "2"],
            ["Fabric speed", "40-150 m/min", "40-140 m/min"],
            ["Maximum heat output per burner (natural gas)", "190 kW", "230 kW"],
            ["Natural gas consumption, both burners at maximum", "38 m³/h", "46 m³/h"],
            ["Gas supply pressure at the main gas cock, natural gas G20", "20-50 mbar", "20-50 mbar"],
            ["Combustion air blower", "4.0 kW", "5.5 kW"],
            ["Cooling water for the guide rollers", "1.5 m³/h", "1.8 m³/h"],
            ["Exhaust airflow required at the hood", "4500 m³/h", "5500 m³/h"],
            ["Installed electrical power, 400 V 3~ 50 Hz", "22 kW", "27 kW"],
            ["Compressed air, dry and oil-free", "6 bar", "6 bar"],
            ["Mass of the machine", "6800 kg", "7900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat output and gas consumption hold for natural gas G20 with at least 20 mbar at the main gas cock. "
        "Machines for propane G31 have other nozzles and another gas/air ratio; conversion between gases is done only "
        "by Brenvald service and is not described in this manual. The cooling water must reach the rollers at 2-4 bar "
        "and no warmer than 25 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained on this machine may light the burners. The line must never run unattended while "
            "the burners are lit.",
            "Before any work in the burner area: burners off, main gas cock closed and locked, main switch locked.",
            "Lint and fibre fly are flammable. Keep the hood, the brush section and the floor around the machine "
            "clean; never blow lint into the burner area with compressed air.",
            "Do not singe fabrics that are wet, coated with solvent-based finishes, or lighter than 60 g/m².",
            "A gas smell at the machine: close the main gas cock, stop the line, ventilate, and call the site's gas "
            "engineer. Do not switch electrical equipment on or off in the area.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Flame intensity"),
            (
                "p",
                "The intensity is set by the mixture pressure at the burner, between 8 and 22 mbar. Higher pressure "
                "gives a longer, hotter flame. Start new qualities at 12 mbar and raise the pressure in steps of "
                "2 mbar until the singeing grade is reached.",
            ),
            ("h", "Minimum fabric speed"),
            (
                "p",
                "The fabric speed must never be lower than the value of this formula:\n"
                "minimum speed (m/min) = 4 x mixture pressure (mbar)\n"
                "At 15 mbar the fabric must run at 60 m/min or faster. "
                "Slower running scorches the fabric. Above 18 mbar on both burners, do not singe fabrics lighter than "
                "100 g/m².",
            ),
            ("h", "Burner distance"),
            (
                "p",
                "The distance between the burner slot and the fabric is settable from 6-12 mm with the handwheel on "
                "each burner. The default is 8 mm. Set both ends of a burner within ±0.5 mm of each other, or the "
                "singeing will differ across the width.",
            ),
            ("h", "Fabric stop"),
            (
                "p",
                "When the fabric stops, breaks or slows below 35 m/min, the burners swivel away from the fabric "
                "within 1 s and the gas is reduced to the pilot flame. They swivel back only after the line is "
                "above 40 m/min again and the operator presses FLAME ON.",
            ),
            ("h", "Ignition and flame monitoring"),
            (
                "p",
                "Before each light-up the exhaust fan purges the hood for 30 s and the valve proving system tests "
                "the two safety shut-off valves. A UV sensor watches each burner. If no flame is seen within 3 s of "
                "ignition, the gas closes; after three failed attempts the burner locks out (A01 or A02) and must be "
                "reset by hand after a further 60 s purge.",
            ),
            ("h", "Pressures"),
            (
                "p",
                "Gas pressure switch low at 15 mbar (A03), high at 60 mbar (A04). Combustion air pressure switch "
                "low at 40 mbar (A05). The valve proving fails if the test pressure changes by more than 2 mbar in "
                "its 10 s test (A06).",
            ),
            ("h", "Cooling water and quench"),
            (
                "p",
                "The guide rollers need a flow of at least 1.2 m³/h (GS-180) or 1.4 m³/h (GS-220); the outlet "
                "must stay at or below 45 °C (A07). The water level in the quench trough must be at least 40 mm "
                "above the immersion roller (A14).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Flame failure burner 1", "No flame seen within 3 s, three times. Check the ignition electrode, "
             "the UV sensor window and the gas pressure; reset after the 60 s purge."],
            ["A02", "Flame failure burner 2", "As A01, burner 2."],
            ["A03", "Gas pressure low", "Below 15 mbar. Check the main gas cock and the gas filter; call the site's "
             "gas engineer if the supply is low."],
            ["A04", "Gas pressure high", "Above 60 mbar. Site governor faulty. Do not restart; call the site's gas "
             "engineer."],
            ["A05", "Combustion air low", "Below 40 mbar. Blower air filter blocked, blower belt slack or the "
             "blower motor tripped."],
            ["A06", "Valve proving failed", "A safety shut-off valve leaks. Do not restart; the valves are checked "
             "by a qualified gas engineer."],
            ["A07", "Cooling water", "Flow below the minimum or outlet above 45 °C. Check the supply valve, the "
             "strainer and the rotary joints."],
            ["A08", "Swivel position", "A burner did not reach its end switch within 2 s. Check the air supply and "
             "the swivel cylinder."],
            ["A10", "Fabric tension", "Dancer out of its range: fabric break, or the entry brake set too high."],
            ["A11", "Exhaust airflow low", "Exhaust fan stopped or the hood airflow switch open. Burners cannot be "
             "lit."],
            ["A12", "Emergency stop", "An emergency stop button pressed or its circuit open."],
            ["A13", "Lint filter", "Pressure drop across the lint filter above 800 Pa. Clean the filter."],
            ["A14", "Quench level low", "Water less than 40 mm above the immersion roller. Check the fill valve."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Singeing uneven across the width, lighter stripes in the warp direction",
                "Burner slot partly blocked by lint or deposits, or the two ends of a burner at different distances",
                "Clean the burner slot (section 7); set the distance (section 8)",
            ],
            [
                "Fabric yellowed or scorched",
                "Fabric speed too low for the mixture pressure, or burner distance too small",
                "Raise the speed to at least 4 x the mixture pressure; check the distance",
            ],
            [
                "Protruding fibres remain after singeing",
                "Mixture pressure too low, burner too far away, or brush rollers worn",
                "Raise the pressure in 2 mbar steps; check the brushes",
            ],
            [
                "Flame noisy, lifting off the slot, yellow tips",
                "Gas/air ratio wrong or blower air filter blocked",
                "Clean the air filter; the ratio is set only by Brenvald service",
            ],
            [
                "Burned creases in the fabric",
                "Fabric not spread flat before the burner; expander roller worn",
                "Check the expander roller and the fabric guiding",
            ],
            [
                "Sparks or glowing fibres after the quench",
                "Quench level low or the quench too far from the last burner",
                "Check the quench level (at least 40 mm above the roller)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the singeing line"),
    (
        "ol",
        [
            "Check that the lint filter, the hood and the brush section are clean.",
            "Open the cooling water and check the flow on the flowmeter: at least 1.2 m³/h (GS-180) or 1.4 m³/h "
            "(GS-220).",
            "Fill the quench trough and check the level.",
            "Open the main gas cock and check the gas pressure on the gauge: 20-50 mbar.",
            "Start the exhaust fan and the combustion air blower.",
            "Thread the fabric, start the line at creep speed and check that it runs flat and central.",
            "Raise the fabric speed above 40 m/min.",
            "Press IGNITION. The hood is purged, the valves are proved and the pilots light.",
            "Set the mixture pressure for the quality, then press FLAME ON: the burners swivel to the fabric.",
            "Check the singeing grade on the first metres against the reference sample and correct the pressure.",
        ],
    ),
    ("h", "7. Cleaning the burner slots"),
    (
        "ol",
        [
            "Shut the burners down, close and lock the main gas cock and wait at least 10 min for the burners to cool.",
            "Swivel the burners to the service position with the SERVICE key switch.",
            "Remove the slot cover plate (six M6 screws).",
            "Clean the slot along its full length with the brass brush supplied; never use a steel brush or a "
            "scraper on the ceramic insert.",
            "Blow the loosened dust out of the slot with compressed air at no more than 2 bar, from the inside "
            "outwards.",
            "Check the ceramic insert for cracks. Replace an insert with a crack longer than 20 mm.",
            "Refit the cover plate and tighten the screws to 8 Nm.",
            "Swivel the burners back, open the gas and light them. Check that the flame is even and blue along the "
            "whole slot.",
        ],
    ),
    ("h", "8. Setting the burner distance"),
    (
        "ol",
        [
            "Stop the line with the burners off and the fabric threaded.",
            "Swivel the burner to the working position with the SERVICE key switch.",
            "Place the setting gauge BRV-SG-08 between the slot and the fabric at the drive-side end.",
            "Turn the handwheel until the gauge just touches both the slot and the fabric.",
            "Repeat at the operator-side end with the second handwheel.",
            "Check both ends again: they must be within ±0.5 mm of each other.",
            "Lock both handwheels and note the distance on the quality card.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the burner slots (section 7); check the quench level and the flame picture"],
            ["Weekly", "Clean the lint filter and the UV sensor windows; check the brush rollers"],
            ["Monthly", "Check the burner swivel and its end switches; check the rotary joints of the guide rollers "
             "for leaks"],
            ["6 months", "Check the ignition electrode gap, 3 mm ±0.5 mm; record the valve proving results"],
            ["12 months", "Brenvald service: combustion analysis and gas/air ratio; leak test of the gas train by a "
             "qualified gas engineer"],
            ["When bristles are shorter than 25 mm", "Replace the brush rollers (new bristle length 35 mm)"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GS-180", "GS-220"],
            ["Ceramic burner slot insert", "BRV-BI-190", "BRV-BI-230"],
            ["Brush roller", "BRV-BR-18", "BRV-BR-22"],
            ["Lint filter cartridge", "BRV-LF-180", "BRV-LF-220"],
            ["UV flame sensor", "BRV-UV-02", "BRV-UV-02"],
            ["Ignition electrode", "BRV-IE-05", "BRV-IE-05"],
            ["Rotary joint, guide roller", "BRV-RJ-40", "BRV-RJ-40"],
            ["Swivel cylinder seal kit", "BRV-SK-63", "BRV-SK-63"],
            ["Burner distance setting gauge", "BRV-SG-08", "BRV-SG-08"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Amidell WS warp sizing machines
AMIDELL = [
    ("title", "Amidell WS Warp Sizing Machines\nOperation and Maintenance Manual - WS-8 and WS-12"),
    (
        "p",
        "Document AMD-OM-WS-02, Edition 2, June 2024. Amidell Weaving Preparation. The WS-8 and WS-12 size the "
        "warp sheet drawn from a creel of warper's beams and wind it onto a weaver's beam. Each machine has a beam "
        "creel, a double-dip, double-nip size box, a cylinder dryer with PTFE-coated drying cylinders of 800 mm "
        "diameter, a split field with lease rods and a headstock with a beam press roller. The WS-8 has 8 drying "
        "cylinders and the WS-12 has 12; the headstock, the creel and the values given for each model also differ. "
        "The size recipe, the cooking of the size and the size kitchen are the weaving mill's and are not covered "
        "by this manual. The steam supply up to the machine's main steam valve and the condensate return are the "
        "site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Hot size (up to 98 °C), steam-heated cylinders up to about 150 °C and nips between the rollers. "
        "Never piece broken ends at the squeeze rollers or the drying cylinders while the machine runs. Use creep "
        "speed and the inch button only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WS-8", "WS-12"],
            ["Drying cylinders (800 mm, PTFE coated)", "8", "12"],
            ["Maximum sizing speed", "100 m/min", "150 m/min"],
            ["Creep speed", "1-5 m/min", "1-5 m/min"],
            ["Working width", "2200 mm", "2200 mm"],
            ["Evaporation capacity at 4.0 bar steam", "600 kg/h", "900 kg/h"],
            ["Steam consumption at full evaporation", "about 780 kg/h", "about 1170 kg/h"],
            ["Maximum steam pressure in the cylinders", "4.0 bar", "4.0 bar"],
            ["Safety valve, steam header", "4.5 bar", "4.5 bar"],
            ["Size box volume", "450 L", "450 L"],
            ["Squeeze roller pressure", "5-40 kN", "5-50 kN"],
            ["Size temperature", "60-98 °C", "60-98 °C"],
            ["Creel capacity (warper's beams)", "12 beams", "16 beams"],
            ["Weaver's beam flange diameter, maximum", "1000 mm", "1250 mm"],
            ["Beaming tension", "500-6000 N", "500-9000 N"],
            ["Installed electrical power", "55 kW", "72 kW"],
            ["Mass of the machine", "18 t", "23 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The evaporation capacity holds with saturated steam at 4.0 bar in all cylinders and a warp sheet that fills "
        "the working width. Capacities at lower steam pressures are not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before cleaning the size box or working between the cylinders: machine stopped, main switch locked, "
            "steam valve closed and locked, size drained or cooled below 50 °C.",
            "Wear heat-resistant gloves to handle the size box covers and the immersion roller.",
            "Beams are heavy: use the beam lifting device and never stand under a lifted beam.",
            "The steam header safety valve is set at 4.5 bar and sealed. Never change it or block its outlet.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Size add-on"),
            (
                "p",
                "The add-on is the dry size on the yarn as a percentage of the unsized yarn mass. It follows from "
                "the wet pick-up and the size concentration:\n"
                "add-on (%) = wet pick-up (%) x size concentration (%) / 100\n"
                "A higher squeeze roller pressure lowers the wet pick-up. The target add-on belongs to the size "
                "recipe.",
            ),
            ("h", "Residual moisture"),
            (
                "p",
                "The moisture sensor before the headstock measures the residual moisture of the sized sheet. For "
                "cotton and viscose keep it at 7-9 %; for polyester/cotton blends at 3-5 %. Below 6 % on cotton the "
                "yarn is over-dried: the size film cracks and sheds at the loom. Above 10 % the ends stick together "
                "on the beam.",
            ),
            ("h", "Stretch"),
            (
                "p",
                "Stretch is measured by the machine between the creel, the size box and the headstock. For cotton "
                "the stretch between creel and size box must be no more than 1.0 % and the total stretch no more "
                "than 1.5 %. Stretch limits for filament yarns are set by the yarn maker.",
            ),
            ("h", "Size box"),
            (
                "p",
                "The size temperature is held within ±2 °C of the set value and the level within ±5 mm. When the "
                "machine stops, the immersion roller lifts out of the size after 60 s. Below 10 m/min the squeeze "
                "roller pressure is reduced automatically to 5 kN.",
            ),
            ("h", "Cylinder temperatures"),
            (
                "p",
                "The first two cylinders are the pre-drying cylinders. Keep them at or below 130 °C, or a skin of "
                "size forms on the outside of the sheet before it is dry inside. The other cylinders may run up to "
                "140 °C; above 140 °C alarm F13 is given. The steam pressure is limited to 4.0 bar (about 152 °C).",
            ),
            ("h", "Beaming"),
            (
                "p",
                "Set the beaming tension from the article card. The press roller pressure must be equal on both "
                "sides within ±0.2 bar. Use only weaver's beams whose flanges run true within 1 mm.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop button or a pull cord pressed. Release it and press RESET."],
            ["F02", "Sheet break", "Warp sheet sensor before the headstock: ends broken or a lapper. Piece up at "
             "creep speed."],
            ["F03", "Size level low", "Level more than 20 mm below set. Check the size supply pump and the kitchen."],
            ["F04", "Size temperature low", "More than 5 °C below set. Check the steam valve of the size box "
             "heating."],
            ["F05", "Steam pressure high", "Above 4.2 bar in the cylinders. Check the pressure reducing valve."],
            ["F06", "Cylinder flooded", "A cylinder is more than 15 °C colder than its neighbours: condensate not "
             "removed. Check the steam trap and the siphon."],
            ["F07", "Moisture out of range", "Residual moisture more than 1.5 % from the set value."],
            ["F08", "Squeeze pressure", "Pressure more than 2 kN from set. Check the air supply and the cylinder "
             "seals."],
            ["F09", "Creel brake air", "Beam brake air below 3 bar."],
            ["F10", "Beam not clamped", "Weaver's beam not clamped on both sides. Check the clamp switches."],
            ["F12", "Stretch too high", "Stretch above the set limit. Check the creel brakes and the drive "
             "settings."],
            ["F13", "Cylinder temperature", "A cylinder above 140 °C."],
            ["F14", "Drive fault", "A drive (VFD) has tripped; the sub-code is on the drive display."],
            ["F15", "Service due", "4000 running hours since the last Amidell service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Size dust falls from the warp at the looms",
                "Sheet over-dried (residual moisture too low) or add-on too low",
                "Check the moisture at the headstock and the wet pick-up; the size recipe is the mill's",
            ],
            [
                "Ends stuck together after the split rods, crossed ends on the beam",
                "Sheet not dry enough, or split rods dirty",
                "Raise the cylinder temperatures or lower the speed; clean the split rods",
            ],
            [
                "Hard, glossy crust on the outside of the sheet",
                "Pre-drying cylinders too hot",
                "Keep the first two cylinders at or below 130 °C",
            ],
            [
                "Weaver's beam harder on one side",
                "Press roller pressure unequal, or the squeeze roller cover worn unevenly",
                "Check the press roller pressure; an uneven squeeze roller must be reground by Amidell service",
            ],
            [
                "Moisture swings up and down every few minutes",
                "Steam trap or siphon of one cylinder faulty",
                "Look for F06; check the steam traps",
            ],
            [
                "Ends lapping round the squeeze roller",
                "Broken end carried into the nip, or the size too cold and sticky",
                "Check the size temperature; remove the lap at creep speed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Doffing a full weaver's beam"),
    (
        "ol",
        [
            "Let the machine slow to creep speed at the set length; it stops with the lease at the headstock.",
            "Insert the lease cords in the split field and tape the sheet across the width.",
            "Cut the sheet behind the tape and fix the loose end to the full beam with adhesive tape.",
            "Lift the press roller and open the beam clamps.",
            "Lower the full beam onto the beam trolley with the beam lifting device.",
            "Place the empty beam, close the clamps and check that F10 clears.",
            "Tape the sheet end evenly across the new beam barrel.",
            "Lower the press roller and set the beaming tension from the article card.",
            "Start at creep speed and raise the speed only after three full turns of the beam.",
        ],
    ),
    ("h", "7. Emptying and cleaning the size box"),
    (
        "ol",
        [
            "Stop the machine at the end of the set with the immersion roller lifted.",
            "Close the size supply valve and the steam valve of the size box heating.",
            "Open the drain valve and drain the size into the return tank; never into the sewer.",
            "Let the size box cool below 50 °C and lock the main switch.",
            "Lift the squeeze rollers to the cleaning position.",
            "Rinse the box, the immersion and squeeze rollers with hot water at no more than 3 bar; no high-pressure "
            "cleaner on the roller covers.",
            "Remove size skin from the level sensor and the temperature probe with a soft cloth.",
            "Clean the size circulation filter and check it for damage.",
            "Close the drain valve, lower the rollers and refill before the next set.",
        ],
    ),
    ("h", "8. Checking the moisture sensor"),
    (
        "ol",
        [
            "Run the machine at a steady speed for at least 10 min on one article.",
            "Note the moisture shown on the display.",
            "Cut a sample of about 20 g from the full width of the sheet before the headstock and seal it in a bag "
            "at once.",
            "Weigh the sample, dry it in an oven at 105 °C until the mass no longer changes, and weigh it again.",
            "Moisture (%) = (wet mass - dry mass) / dry mass x 100.",
            "If the oven value and the display differ by more than 0.5 %, enter the oven value under SET > "
            "MOISTURE > OFFSET.",
            "Repeat the check after cleaning the sensor electrodes if the difference was more than 2 %.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each set", "Empty and clean the size box (section 7)"],
            ["Daily", "Clean the split rods and the moisture sensor electrodes; check the steam traps for blowing "
             "steam"],
            ["Weekly", "Check the PTFE coating of the cylinders for damage; check the creel brakes"],
            ["Monthly", "Check the moisture sensor (section 8); grease the headstock bearings"],
            ["4000 h (F15) or 12 months, whichever comes first", "Amidell service"],
            ["When the cover is worn unevenly", "Regrinding of the squeeze roller cover, by Amidell service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WS-8", "WS-12"],
            ["Squeeze roller, rubber covered, complete", "AMD-SQ-220", "AMD-SQ-220"],
            ["Rotary steam joint, drying cylinder", "AMD-RJ-50", "AMD-RJ-50"],
            ["Steam trap", "AMD-ST-15", "AMD-ST-15"],
            ["Moisture sensor electrode set", "AMD-MS-22", "AMD-MS-22"],
            ["Split rod set", "AMD-SP-12", "AMD-SP-16"],
            ["PTFE repair kit for cylinder coating", "AMD-PT-01", "AMD-PT-01"],
            ["Size circulation filter", "AMD-SF-100", "AMD-SF-100"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Strellmark DR draw frames
STRELLMARK = [
    ("title", "Strellmark DR Draw Frames\nOperating Instructions - DR-8 and DR-11"),
    (
        "p",
        "Document STM-OI-DR-03, Edition 4, November 2024. Strellmark Spinning Systems. The DR-8 and DR-11 are "
        "single-delivery draw frames with autoleveller for cotton, man-made fibres and their blends up to 80 mm "
        "staple length. Up to eight slivers are fed from cans, drawn in a 4-over-3 drafting system with a pressure "
        "bar and laid into a can by the coiler. The autoleveller measures the fed slivers at the scanning rollers and "
        "corrects the main draft. Apart from the speeds, the coiler, the drive power and the values given for each "
        "model, the two draw frames are built alike. Trumpet sizes for each sliver count are listed in the spare "
        "parts catalogue STM-SP-DR, not in these instructions.",
    ),
    (
        "warn",
        "WARNING: Rotating rollers draw in hands, hair and clothing. Open the drafting system cover only with the "
        "machine stopped; the cover is interlocked (D12). Never reach into the coiler or under the can changer "
        "while the machine is switched on.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DR-8", "DR-11"],
            ["Maximum delivery speed", "800 m/min", "1100 m/min"],
            ["Maximum delivery speed on man-made fibres", "650 m/min", "900 m/min"],
            ["Doublings (feed cans)", "up to 8", "up to 8"],
            ["Drafting system", "4-over-3, pressure bar", "4-over-3, pressure bar"],
            ["Total draft", "4.5-11.6", "4.5-11.6"],
            ["Delivered sliver count", "2.5-7.0 ktex", "2.5-7.0 ktex"],
            ["Delivery can, diameter x height", "600 x 1200 mm", "1000 x 1200 mm"],
            ["Feed can diameter, maximum", "1000 mm", "1000 mm"],
            ["Autoleveller correction range", "±25 %", "±25 %"],
            ["Top roller diameter, new", "40 mm", "40 mm"],
            ["Main motor", "7.5 kW", "11 kW"],
            ["Suction airflow required", "1200 m³/h", "1600 m³/h"],
            ["Compressed air", "6 bar", "6 bar"],
            ["Mass of the machine", "2100 kg", "2600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum delivery speeds hold only with the suction running at its required airflow and with top roller "
        "cots in good condition. Man-made fibres include polyester, viscose and acrylic, also in blends with more "
        "than 50 % of them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock the main switch before changing top rollers, trumpets or the coiler plate.",
            "Keep the area of the can changer clear: full cans are pushed out automatically and weigh up to 80 kg.",
            "Never remove a lap with a knife while the rollers can turn. Use the lap hook supplied.",
            "Wear close-fitting clothing; tie back long hair.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Draft"),
            (
                "p",
                "The total draft follows from the doublings and the sliver counts:\n"
                "total draft = doublings x feed count (ktex) / delivered count (ktex)\n"
                "It must stay within 4.5-11.6. The break draft is 1.16-1.3 for cotton and up to 1.7 for man-made "
                "fibres.",
            ),
            ("h", "Roller settings"),
            (
                "p",
                "Main draft zone: staple length plus 3-6 mm for cotton, plus 6-10 mm for man-made fibres. Break draft "
                "zone: main draft setting plus 4 mm. Use the staple length of the longest fibre component in a "
                "blend.",
            ),
            ("h", "Top rollers"),
            (
                "p",
                "The cots have a hardness of 80 Shore A. Buff them every 1500 h or sooner if they are damaged. A top "
                "roller with a diameter below 37 mm must be scrapped. Buffing is done in the mill's roller shop; "
                "the settings of the buffing machine are in its own manual.",
            ),
            ("h", "Room climate"),
            (
                "p",
                "For lap-free running the draw frame needs 50-60 % relative humidity and 22-28 °C at the machine. "
                "Below 45 % the slivers become static and wrap the rollers.",
            ),
            ("h", "Sliver monitoring"),
            (
                "p",
                "The machine stops with D05 when the mean count over 100 m deviates by more than ±1.5 % from the set "
                "count, and with D06 when the CV of 1 m lengths exceeds the set limit (default 3.5 %).",
            ),
            ("h", "Autoleveller"),
            (
                "p",
                "Calibrate the autoleveller after each change of fibre, blend or feed count (section 7). The "
                "autoleveller corrects feed variations up to ±25 %; a larger variation stops the machine with D05.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["D02", "Feed sliver break", "Creel stop motion: a feed sliver broken or a can empty."],
            ["D03", "Delivery sliver break", "No sliver in the delivery trumpet. Piece up at the coiler."],
            ["D04", "Lap on roller", "Lap sensor on the top or bottom rollers. Remove the lap (section 6)."],
            ["D05", "Count deviation", "Mean count more than ±1.5 % from set, or feed variation beyond ±25 %."],
            ["D06", "CV limit", "CV of 1 m lengths above the set limit."],
            ["D08", "Can change", "Full can not pushed out or empty can not in place within 15 s."],
            ["D09", "Suction airflow low", "Suction filter blocked or the central suction off."],
            ["D10", "Top roller pressure low", "Air below 5 bar at the loading cylinders."],
            ["D11", "Drive fault", "Main or servo drive (VFD) tripped; sub-code on the drive."],
            ["D12", "Cover open", "Drafting system cover or coiler cover open."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sliver wraps round the front top roller again and again",
                "Room humidity too low (static), cots worn or dirty, or a finish problem on man-made fibres",
                "Check the humidity at the machine (50-60 %); clean or buff the cots",
            ],
            [
                "Count drifts after a blend change",
                "Autoleveller not calibrated for the new material",
                "Calibrate the autoleveller (section 7)",
            ],
            [
                "Periodic thick places in the sliver",
                "Damaged or eccentric top roller",
                "Replace the top roller (section 8)",
            ],
            [
                "Drafting waves, sliver uneven",
                "Break draft too close to 1.0 or roller setting too narrow",
                "Check the break draft and the roller settings",
            ],
            [
                "Sliver breaks at the coiler",
                "Wrong trumpet for the count, or coiler plate dirty",
                "Fit the trumpet from STM-SP-DR; clean the coiler plate",
            ],
            [
                "Neps and hairy sliver surface",
                "Pressure bar set too deep or the suction too weak",
                "Check the pressure bar setting and D09",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Removing a lap"),
    (
        "ol",
        [
            "Stop the machine and wait until all rollers have stopped.",
            "Open the drafting system cover and relieve the top roller loading with the lever.",
            "Lift out the pressure arm with the top rollers.",
            "Cut the lap along the roller with the lap hook and pull it off; never use a knife on the cots.",
            "Clean the rollers and the clearer strips of fibre remains.",
            "Check the cots for cuts or flat spots; replace a damaged top roller (section 8).",
            "Close the pressure arm, load the rollers and close the cover.",
            "Piece up the slivers at creep speed and check the sliver at the coiler before starting.",
        ],
    ),
    ("h", "7. Calibrating the autoleveller"),
    (
        "ol",
        [
            "Run the machine with the new material for at least 5 min.",
            "Select SERVICE > LEVELLER > CALIBRATE. The machine delivers test sliver with the full number of "
            "doublings and then with one sliver fewer.",
            "Cut 5 lengths of 5 m from each test and weigh them to 0.01 g.",
            "Enter the masses. The machine computes the new leveller factor.",
            "Accept the new factor if it is within 0.85-1.15; outside this range, check the scanning rollers and "
            "repeat.",
            "Run 100 m and check the count with a further 5 lengths of 5 m: it must be within ±1.0 % of set.",
        ],
    ),
    ("h", "8. Replacing a top roller"),
    (
        "ol",
        [
            "Lock the main switch and open the drafting system cover.",
            "Relieve the loading and lift the pressure arm.",
            "Pull the top roller out of its holders.",
            "Fit the new or buffed roller STM-TR-40 with its bearing ends fully in the holders.",
            "Check the diameter of buffed rollers: at least 37 mm.",
            "Close the pressure arm and load the rollers; check that the pressure gauge reads 5-6 bar.",
            "Run the machine without sliver for 1 min and check that the roller turns freely.",
        ],
    ),
    ("h", "9. Changing to a new article"),
    (
        "ol",
        [
            "Run out the cans of the old article and let the machine stop with D02.",
            "Enter the new article on the display: fibre, doublings, feed count, delivered count, can length.",
            "Check that the total draft shown is within 4.5-11.6; if not, change the doublings or the feed count.",
            "Set the break draft: 1.16-1.3 for cotton, up to 1.7 for man-made fibres.",
            "Lock the main switch and set the roller settings with the setting gauges for the staple length.",
            "Fit the trumpet for the delivered count from STM-SP-DR.",
            "Set the delivery speed; on man-made fibres no more than 650 m/min (DR-8) or 900 m/min (DR-11).",
            "Calibrate the autoleveller (section 7) before the first full can.",
        ],
    ),
    (
        "p",
        "A change from cotton to man-made fibres also needs clean cots and clearer strips: fibre finish left on the "
        "rollers is the most common cause of laps in the first hour after an article change. The can length entered "
        "on the display sets when the can changer works; a can filled beyond its rated length spills sliver at the "
        "next process and is not counted by the machine.",
    ),
    ("h", "10. Daily checks"),
    (
        "ul",
        [
            "Clearer strips turn and are free of fibre build-up.",
            "Top roller loading gauge reads 5-6 bar and D10 is not shown.",
            "Creel stop motion stops the machine when a feed sliver is lifted out of its guide.",
            "Can changer pushes out a full can and places an empty one without D08.",
            "Suction airflow indicator in the green range.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the drafting system and the clearer strips; check the coiler plate"],
            ["Weekly", "Clean the suction filter; check the can changer"],
            ["1500 h", "Buff the top roller cots in the roller shop"],
            ["3000 h", "Check the bottom roller bearings and the toothed belts"],
            ["6 months", "Check the scanning rollers for wear; lubricate the coiler gear"],
            ["12 months", "Strellmark service: drives, leveller electronics, safety circuit"],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "DR-8", "DR-11"],
            ["Top roller, complete", "STM-TR-40", "STM-TR-40"],
            ["Pressure bar", "STM-PB-01", "STM-PB-01"],
            ["Coiler plate", "STM-CP-600", "STM-CP-1000"],
            ["Suction filter", "STM-SF-12", "STM-SF-16"],
            ["Clearer strip set", "STM-CS-04", "STM-CS-04"],
            ["Toothed belt set, drafting drive", "STM-TB-08", "STM-TB-11"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kompfeld KS-20 sanforizer
KOMPFELD = [
    ("title", "Kompfeld KS-20 Sanforizer\nCompressive Shrinking Range - Operation and Maintenance"),
    (
        "p",
        "Document KPF-OM-KS20-01, Edition 1, February 2025. Kompfeld Finishing Systems. The KS-20 shrinks woven "
        "cotton and cotton-rich fabrics in the warp direction by compression, so that the finished fabric shrinks "
        "little when it is washed. The range consists of an entry with weft straightener, a spray damper and a "
        "steaming cylinder, the rubber belt unit with a steam-heated shrinking cylinder, and a felt calender that "
        "dries and sets the shrunk fabric. The entry frame, the batcher and the plaiter are described in their own "
        "manuals. The residual shrinkage wanted and the wash test used to check it are set by the customer's "
        "specification, not by this manual.",
    ),
    (
        "warn",
        "WARNING: The nip between the rubber belt and the shrinking cylinder and the felt calender draw in hands. "
        "Thread fabric only with the leader cloth at threading speed. Steam-heated cylinders and the felt are hot: "
        "wear gloves and let them cool before cleaning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KS-20"],
            ["Working width (rubber belt width 2100 mm)", "2000 mm"],
            ["Maximum fabric width", "1900 mm"],
            ["Fabric speed", "10-80 m/min"],
            ["Fabric weight", "80-450 g/m²"],
            ["Compressive shrinkage", "up to 16 %"],
            ["Rubber belt thickness, new", "67 mm"],
            ["Rubber belt thickness, minimum", "50 mm"],
            ["Shrinking cylinder diameter", "570 mm"],
            ["Steam pressure, shrinking cylinder, maximum", "3.5 bar"],
            ["Felt calender cylinder diameter", "2500 mm"],
            ["Steam pressure, felt calender, maximum", "4.0 bar"],
            ["Steam supply", "6 bar, up to 900 kg/h"],
            ["Cooling water for the rubber belt", "at least 3 m³/h, 10-25 °C"],
            ["Compressed air", "6 bar"],
            ["Installed electrical power, 400 V 3~ 50 Hz", "48 kW"],
            ["Mass of the range", "24 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "Shrinkage up to 16 % is reached only on fabric entering the rubber belt unit with 12-15 % moisture and with "
        "the belt at full compression. Lighter fabrics below 120 g/m² reach about 10 %.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work at the rubber belt unit: range stopped, compression released, main switch and steam "
            "valves locked.",
            "The belt grinding device works only with its guard closed and at grinding speed; never touch the belt "
            "or the stone during grinding.",
            "Never leave the rubber belt compressed on a stopped range: flat spots form within minutes and the belt "
            "then must be ground.",
            "Felt dust and fluff are flammable: clean the felt calender area every shift.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Shrinkage"),
            (
                "p",
                "The compressive shrinkage set on the range is the difference between the entry and exit speeds:\n"
                "shrinkage (%) = (entry speed - exit speed) / entry speed x 100\n"
                "Example: 50 m/min in, 45 m/min out gives 10 %. The range sets the exit speed from the shrinkage "
                "entered on the display.",
            ),
            ("h", "Belt compression"),
            (
                "p",
                "The belt compression is set from 2-8 mm (default 4 mm). As a guide, each 1 mm more gives about 2 % "
                "more shrinkage. Within 10 s of a stop the compression is released automatically.",
            ),
            ("h", "Belt temperature"),
            (
                "p",
                "The rubber belt is cooled by water sprayed on its inner face. The belt surface must stay below "
                "60 °C, measured with an infrared thermometer on the exit side. A hotter belt hardens and cracks. "
                "Never run the belt without cooling water for more than 1 min.",
            ),
            ("h", "Fabric moisture"),
            (
                "p",
                "Fabric entering the rubber belt unit must carry 12-15 % moisture. Below 12 % the fibres do not "
                "shrink evenly and alarm K09 is given; above 15 % the fabric slips on the belt.",
            ),
            ("h", "Felt calender"),
            (
                "p",
                "The felt is tensioned by air cylinders at 4-6 bar. Replace the felt when it is thinner than 10 mm "
                "(new 15 mm) or when it is glazed. The felt calender steam must be lowered when the fabric face "
                "becomes shiny.",
            ),
            ("h", "Residual shrinkage"),
            (
                "p",
                "Set the range so that the residual shrinkage in the wash test is within ±1 % of the customer's "
                "target. Check it at each new article and after each belt grinding.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop or a pull cord pressed."],
            ["K02", "Compression not released", "The belt was not released within 10 s of a stop. Check the "
             "hydraulic unit at once; release by hand with the valve on the unit."],
            ["K03", "Cooling water low", "Flow below 2.5 m³/h. Check the strainer and the spray pipe nozzles."],
            ["K04", "Belt temperature high", "Belt surface 60 °C or hotter. Check the cooling water; lower the "
             "shrinking cylinder steam."],
            ["K05", "Belt off centre", "Belt more than 15 mm off centre at the edge sensors. Check the guide roller "
             "and its air supply."],
            ["K06", "Shrinking cylinder steam high", "Above 3.5 bar. Check the pressure reducing valve."],
            ["K07", "Felt off centre", "Felt guider at its end position. Check the felt guider and the felt "
             "tension."],
            ["K08", "Fabric guider", "Selvedge guider at its end position or the edge sensor dirty."],
            ["K09", "Fabric moisture low", "Below 12 % at the entry of the rubber belt unit. Check the spray damper "
             "nozzles and the steaming cylinder."],
            ["K11", "Drive fault", "A drive (VFD) tripped; the sub-code is on the drive display."],
            ["K12", "Felt tension low", "Felt tension air below 4 bar."],
            ["K13", "Service due", "3000 h since the last Kompfeld service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Residual shrinkage too high in the wash test",
                "Compression too low, fabric too dry at the entry, or belt worn thin",
                "Raise the compression in 1 mm steps; check the moisture (12-15 %) and the belt thickness",
            ],
            [
                "Fabric face shiny or glazed",
                "Shrinking cylinder or felt calender too hot",
                "Lower the steam of the shrinking cylinder and the felt calender",
            ],
            [
                "Fine creases (cockling) across the fabric",
                "Uneven moisture across the width, or the belt surface worn unevenly",
                "Check the spray damper; grind the belt (section 7)",
            ],
            [
                "Cracks in the belt surface",
                "Belt overheated or run without cooling water",
                "Grind the belt; check the cooling water and K04 history",
            ],
            [
                "Shrinkage differs between the selvedges and the middle",
                "Belt thickness uneven across the width",
                "Measure the belt at five points; grind if they differ by more than 0.5 mm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the range"),
    (
        "ol",
        [
            "Open the cooling water of the rubber belt and check the flow: at least 3 m³/h.",
            "Start the belt at 10 m/min without compression and run it for 10 min to warm it evenly.",
            "Open the steam of the shrinking cylinder slowly up to the set pressure, no more than 3.5 bar.",
            "Heat the felt calender; start the felt before opening its steam.",
            "Thread the fabric with the leader cloth at threading speed.",
            "Switch on the spray damper and check the fabric moisture at the belt entry: 12-15 %.",
            "Apply the compression from the article card and enter the shrinkage.",
            "Raise the speed to the working speed and check the belt surface temperature after 15 min.",
        ],
    ),
    ("h", "7. Grinding the rubber belt"),
    (
        "ol",
        [
            "Run out the fabric and the leader cloth; release the compression.",
            "Measure the belt thickness at five points across the width with the belt gauge KPF-BG-01.",
            "If the thinnest point is less than 51 mm, do not grind: the belt must be replaced.",
            "Close the grinding guard and select GRIND on the display; the belt runs at grinding speed.",
            "Start the cooling water and the grinding stone.",
            "Feed the stone by no more than 0.3 mm per pass. Grind until the cracks and flat spots are gone.",
            "Measure the thickness again at the five points. Enter the new thickness on the display.",
            "Clean the rubber dust from the belt and the machine with a vacuum cleaner.",
            "Carry out a residual shrinkage test on the next article.",
        ],
    ),
    (
        "p",
        "Belt replacement needs the rubber unit to be opened and the new belt to be vulcanised or fitted endless; it "
        "is carried out only by Kompfeld service.",
    ),
    ("h", "8. Residual shrinkage test"),
    (
        "ol",
        [
            "Cut a sample of 50 x 50 cm from the full-width fabric after the felt calender, at least 1 m from the "
            "fabric start.",
            "Mark three pairs of points 35 cm apart in the warp direction and three in the weft direction.",
            "Wash and dry the sample by the customer's specified method.",
            "Condition the sample for at least 4 h and measure the distances again.",
            "Residual shrinkage (%) = (35 cm - measured distance) / 35 cm x 100, as the mean of the three pairs.",
            "If the warp value is outside ±1 % of the target, change the shrinkage setting by the difference and "
            "test again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the felt calender area; check the spray damper nozzles"],
            ["Daily", "Measure the belt surface temperature; check the cooling water strainer"],
            ["Weekly", "Check the belt for cracks and measure its thickness"],
            ["800 h, or sooner when cracks appear", "Grind the rubber belt (section 7)"],
            ["3000 h (K13)", "Kompfeld service: hydraulic unit, bearings, steam joints"],
            ["When thinner than 10 mm or glazed", "Replace the felt"],
        ],
        (60, 110),
    ),
    ("h", "Daily checks"),
    (
        "ul",
        [
            "Cooling water spray covers the full belt width; no blocked nozzles.",
            "Compression releases when STOP is pressed (watch the belt indicator move to RELEASED within 10 s).",
            "Belt runs central; the edge sensors are clean.",
            "Felt guider moves freely and the felt runs without folds.",
            "No steam leaks at the rotary joints of the shrinking cylinder and the felt calender.",
        ],
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rubber belt 67 mm, endless (fitted by Kompfeld service)", "KPF-RB-67"],
            ["Grinding stone", "KPF-GS-02"],
            ["Belt thickness gauge", "KPF-BG-01"],
            ["Felt, 15 mm", "KPF-FL-20"],
            ["Infrared belt temperature sensor", "KPF-IR-60"],
            ["Spray damper nozzle", "KPF-SN-11"],
            ["Rotary steam joint, shrinking cylinder", "KPF-RJ-57"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brenvald-gs-gas-singeing-machine.pdf", "Brenvald BRV-OM-GS-04 Ed 3 - GS-180 / GS-220", BRENVALD),
        ("amidell-ws-warp-sizing-machine.pdf", "Amidell AMD-OM-WS-02 Ed 2 - WS-8 / WS-12", AMIDELL),
        ("strellmark-dr-draw-frame.pdf", "Strellmark STM-OI-DR-03 Ed 4 - DR-8 / DR-11", STRELLMARK),
        ("kompfeld-ks-sanforizer.pdf", "Kompfeld KPF-OM-KS20-01 Ed 1 - KS-20", KOMPFELD),
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
