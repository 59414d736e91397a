"""Generate the PDF manuals of the twenty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/twentyfirst/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the forehearth, stenter and sand mixer operating pages."""
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


# ---------------------------------------------------------------- Vitrador FH glass forehearths
VITRADOR = [
    ("title", "Vitrador FH Series Gas-Fired Glass Forehearths\nOperation and Maintenance Manual - FH-610 and FH-860"),
    (
        "p",
        "Document VTD-OM-FH-04, Revision 2, January 2025. Vitrador Glass Engineering S.r.l. The FH-610 and FH-860 "
        "are gas-fired forehearths for container glass. They bring molten glass from the working end of the furnace "
        "to a uniform temperature at the feeder spout. Both have the same 6.1 m channel length, "
        "three control zones (two cooling zones and one equalising zone), premix gas-air burners along both sides "
        "and the FC-5 zone controller; the FH-860 has a wider channel and larger burner nozzles for higher pulls. "
        "Glass stirrers (option S, two stirrers in the equalising zone) can be ordered for the FH-860 only.",
    ),
    (
        "warn",
        "WARNING: Molten glass at 1050-1300 °C. Wear an aluminised face shield and gloves at the ports and the "
        "spout. Close the zone gas valves and the main gas valve before any work on a burner manifold.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FH-610", "FH-860"],
            ["Channel width (glass)", "610 mm", "860 mm"],
            ["Channel length", "6.1 m", "6.1 m"],
            ["Glass depth, nominal", "150 mm", "150 mm"],
            ["Glass pull", "30-90 t/day", "60-160 t/day"],
            ["Glass temperature at the spout", "1050-1250 °C", "1050-1250 °C"],
            ["Premix burners (both sides)", "96", "96"],
            ["Max. natural gas flow", "40 Nm³/h", "56 Nm³/h"],
            ["Premix blower", "500 Nm³/h", "700 Nm³/h"],
            ["Cooling air blower", "6000 Nm³/h", "8500 Nm³/h"],
            ["Gas pressure at the train inlet", "50-100 mbar", "50-100 mbar"],
            ["Premix air pressure", "35-45 mbar", "35-45 mbar"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The pull ranges hold for soda-lime flint glass at the nominal glass depth of 150 mm. Amber and green glass "
        "absorb more heat radiation, cool more slowly and are rated at 80 % of these pulls. The maximum gas flow is "
        "needed at a glass entry temperature of 1250 °C and the top of the pull range. The premix blower delivers "
        "1.25 times the stoichiometric air (about 10 Nm³ of air per Nm³ of natural gas) at the maximum gas flow. "
        "The gas pressure at the train inlet must be no more than 100 mbar; above that the zone regulators cannot "
        "hold the burner pressure.",
    ),
    ("h", "2. Operation"),
    (
        "cols",
        [
            ("h", "Zone control"),
            (
                "p",
                "Each zone has a roof thermocouple (type R); the FC-5 sets the zone gas flow and the zone cooling air "
                "dampers. The equalising zone only evens out the temperature across the channel and normally runs "
                "with its cooling dampers closed.",
            ),
            ("h", "Gas-air ratio"),
            (
                "p",
                "With the ratio set correctly the oxygen in the flue gas at the zone exhaust port is 1.0-2.5 %. Below "
                "1.0 % the flames turn lazy and form CO; above 2.5 % the glass surface cools unevenly.",
            ),
            ("h", "Thermal homogeneity"),
            (
                "p",
                "Measure the glass temperature at the spout entry with the 9-point thermocouple grid (three depths at "
                "left, centre and right). The spread of the nine readings must not exceed 8 °C on the FH-610 or 10 °C "
                "on the FH-860. The gob temperature must stay within ±2 °C of its setpoint over one hour.",
            ),
            ("h", "Glass level"),
            (
                "p",
                "The glass level is set by the furnace, not by the forehearth. It must be held within ±0.5 mm; a "
                "level deviation above 1.5 mm raises alarm G10.",
            ),
            ("h", "Changing the pull"),
            (
                "p",
                "Change the pull in steps of no more than 10 t/day per hour and let the zone temperatures settle for "
                "30 minutes after each step. Temperature setpoint steps must be 10 °C or less.",
            ),
            ("h", "Casing temperature"),
            (
                "p",
                "The steel casing below the channel blocks must stay at or below 120 °C. A hotter casing means worn "
                "channel blocks or missing insulation.",
            ),
            ("warn", "Never bypass a flame failure relay; relight a zone only as in section 5."),
        ],
    ),
    ("h", "3. FC-5 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Flame failure, zone 1 (first cooling zone)", "Check the UV detector and the premix air pressure; relight (section 5)"],
            ["G02", "Flame failure, zone 2 (second cooling zone)", "Check the UV detector and the premix air pressure; relight (section 5)"],
            ["G03", "Flame failure, equalising zone", "Check the UV flame detector and the burner nozzles; relight as in section 5"],
            ["G04", "Gas pressure low at the train inlet, below 50 mbar", "Check the site gas supply and the gas filter on the train"],
            ["G05", "Gas pressure high at the train inlet, above 100 mbar", "Check the site pressure regulator; the zone gas valves close"],
            ["G06", "Premix air pressure low", "Check the premix blower, its filter and its belt"],
            ["G07", "Cooling air blower fault", "Check the motor overload and the inverter; the cooling zones lose control"],
            ["G08", "Roof thermocouple broken (zone shown)", "Change the thermocouple (section 6); the zone holds its last gas flow"],
            ["G10", "Glass level deviation above 1.5 mm", "Check the level probe and tell the furnace operator"],
            ["G11", "Stirrer motor fault (option S only)", "Check the stirrer drive; the stirrers stop in the raised position"],
            ["G12", "Damper motor not in position", "Check the damper linkage and the damper motor"],
            ["G13", "Spout glass temperature more than 5 °C from setpoint", "Check the zone setpoints and the pull; check the spout thermocouple"],
            ["G14", "Controller battery low", "Change the battery FC-BAT3 within two weeks"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Seeds or blisters in the ware", "Reboil after a temperature jump; worn channel blocks", "Keep setpoint steps at 10 °C or less; check the casing temperatures"],
            ["Cords (streaks) in the ware", "Poor thermal homogeneity; equalising zone dampers open", "Check the 9-point spread; close the equalising zone dampers"],
            ["Stones or devitrification at the channel edges", "Glass at the channel sides too cold; long dwell at low pull", "Raise the side burner flow; do not run below the minimum pull"],
            ["Burner popping or flashback", "Nozzle dirty or worn oversize; premix too lean", "Clean or change the nozzle; check the flue gas O2"],
            ["Roof blocks cracking", "Cooling air opened too fast on a hot roof", "Open the dampers no more than 10 % per minute"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Relighting a zone after a flame failure"),
    (
        "ol",
        [
            "Find and clear the cause of the flame failure shown on the FC-5 (G01 to G03).",
            "Check that the premix blower runs and the premix air pressure is 35-45 mbar.",
            "Press PURGE on the zone panel; the zone manifold is purged with air for 60 s.",
            "Hold the hand torch at the burner next to the UV flame detector.",
            "Press ZONE GAS ON within 10 s; the UV detector must see the flame within 5 s or the zone valve closes again.",
            "Check every flame through the sight ports: short, blue and steady.",
            "Return the zone to AUTO.",
        ],
    ),
    ("h", "6. Changing a roof thermocouple"),
    (
        "ol",
        [
            "Switch the zone to MANUAL; it holds its last gas flow.",
            "Loosen the gland and withdraw the thermocouple slowly, no faster than 100 mm per minute for the last 300 mm.",
            "Insert the new type R thermocouple VTD-TCR6 at the same speed until its stop collar touches the gland.",
            "Compare the reading with the neighbouring zone and return the zone to AUTO after 15 minutes.",
        ],
    ),
    ("h", "7. Gas-air ratio check"),
    (
        "ol",
        [
            "Insert the flue gas analyser probe in the exhaust port of the zone.",
            "Read the O2 with the zone firing steadily for at least 10 minutes.",
            "Turn the zone ratio valve a quarter turn at a time until the O2 is 1.0-2.5 %.",
            "Write the reading in the forehearth log.",
        ],
    ),
    (
        "p",
        "Replacing channel blocks, cover blocks or the spout bowl (hot repair) is done by Vitrador service to "
        "instruction VTD-SI-14 and is not described here. Heat-up after a cold repair follows the refractory "
        "supplier's heat-up curve. The stirrer gear units (option S) are overhauled only by Vitrador service; "
        "contact Vitrador service when a stirrer runs rough. The cooling air blower bearings are greased with VTD-GR3 "
        "every 2000 hours: 20 g per bearing on the FH-610 blower and 30 g on the FH-860 blower.",
    ),
    ("h", "8. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the flames through the sight ports; read the casing temperatures"],
            ["Weekly", "Flue gas O2 check in every zone; clean the premix blower filter"],
            ["Monthly", "Check the 9-point temperature spread; check the damper linkages"],
            ["Every 2000 h", "Grease the cooling air blower bearings"],
            ["Yearly", "Test the flame failure relays and the gas pressure switches; change the controller battery"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "FH-610", "FH-860"],
            ["Burner nozzle", "VTD-BN3", "VTD-BN4"],
            ["Burner block, refractory", "VTD-BB10", "VTD-BB10"],
            ["UV flame detector", "VTD-UV2", "VTD-UV2"],
            ["Roof thermocouple, type R", "VTD-TCR6", "VTD-TCR6"],
            ["Premix blower filter", "VTD-PF5", "VTD-PF7"],
            ["Blower bearing grease, 400 g", "VTD-GR3", "VTD-GR3"],
            ["Sight port glass, cobalt", "VTD-SG1", "VTD-SG1"],
            ["Controller battery", "FC-BAT3", "FC-BAT3"],
            ["Stirrer paddle, platinum-clad (option S)", "-", "VTD-SP86"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Tendrix ST stenter frames
TENDRIX = [
    ("title", "Tendrix ST Series Stenter Frames\nOperating and Maintenance Manual - ST-6 and ST-8"),
    (
        "p",
        "Document TDX-OM-ST-22, Edition 4, June 2024. Tendrix Finishing Machinery GmbH. The ST-6 and ST-8 are "
        "gas-heated stenter frames for drying, heat-setting and finishing woven and knitted fabrics. Both have the "
        "same 3 m chambers with top and bottom air nozzles, a two-bowl padder at the entry, a combined pin and clip "
        "chain and the TC-20 control system. The ST-6 has six chambers (18 m heated length) and the ST-8 has eight "
        "(24 m). An air-to-air exhaust heat recovery unit (option HR) is available for the ST-8 only.",
    ),
    (
        "warn",
        "WARNING: The chain runs at up to 150 m/min and the pin plates are sharp. Never reach into the entry between "
        "the chain and the overfeed rollers while the machine runs. The chambers reach 230 °C: let them cool below "
        "50 °C before entering for cleaning, and lock off the burners and the fans first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ST-6", "ST-8"],
            ["Chambers (3 m each)", "6", "8"],
            ["Heated length", "18 m", "24 m"],
            ["Nominal rail width", "3400 mm", "3400 mm"],
            ["Fabric width", "800-3200 mm", "800-3200 mm"],
            ["Chain speed", "5-120 m/min", "5-150 m/min"],
            ["Max. air temperature", "230 °C", "230 °C"],
            ["Gas burner output per chamber", "250 kW", "250 kW"],
            ["Total burner output", "1500 kW", "2000 kW"],
            ["Circulation fans", "12 x 11 kW", "16 x 11 kW"],
            ["Exhaust air volume, max.", "12000 m³/h", "16000 m³/h"],
            ["Overfeed", "0 to +40 %", "0 to +40 %"],
            ["Padder nip load, max.", "40 N/mm", "40 N/mm"],
            ["Gas pressure at the burner trains", "30-50 mbar", "30-50 mbar"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The air temperature must never be set above 230 °C; an independent limiter switches the burners off at "
        "240 °C. The maximum chain speed is mechanical; the speed you can dry at depends on the fabric. The "
        "evaporation capacity holds for cotton woven fabric of 150-250 g/m² dried from 65 % to 8 % residual "
        "moisture with 150 °C air: about 1100 kg of water per hour on the ST-6 and 1470 kg per hour on the ST-8.",
    ),
    ("h", "2. Operating the stenter"),
    (
        "cols",
        [
            ("h", "Dwell time"),
            (
                "p",
                "The dwell time is the heated length divided by the chain speed. Heat-setting polyester and its "
                "blends needs 30 s at 190-210 °C: that is a chain speed of no more than 36 m/min on the ST-6 and "
                "48 m/min on the ST-8. Knitted fabrics with elastane are set at no more than 190 °C air temperature.",
            ),
            ("h", "Overfeed"),
            (
                "p",
                "Set the overfeed for the shrinkage you want to allow, typically 5-15 % for cotton knits. Overfeed "
                "above 30 % makes the fabric bag between the pins.",
            ),
            ("h", "Width"),
            (
                "p",
                "Set the exit width to the finished width. Never stretch the fabric more than 10 % wider than its "
                "width at the entry; most wovens tolerate only 3-5 %.",
            ),
            ("h", "Exhaust humidity"),
            (
                "p",
                "The exhaust humidity sensor controls the exhaust dampers. Run at 0.08-0.12 kg of water per kg of dry "
                "air. Lower humidity wastes heat; higher humidity slows the drying and condensate drips onto the "
                "fabric.",
            ),
            ("h", "Chain lubrication"),
            (
                "p",
                "The chain is oiled automatically with TDX-CO3 high-temperature chain oil every 4 hours of running. "
                "The chain oil tank holds 20 L on the ST-6 and 25 L on the ST-8. Excess oil causes oil spots on the "
                "fabric edges.",
            ),
            ("h", "Flammable vapours"),
            (
                "p",
                "Finishing chemicals and spinning oils release vapours. The LEL monitor in the exhaust duct warns at "
                "25 % of the lower explosive limit (alarm S06) and stops the burners and the chain at 50 % (S07). Do "
                "not run with the concentration above 25 % LEL: raise the exhaust volume instead.",
            ),
            ("warn", "Do not restart the burners after an LEL shutdown before the chambers have been purged for 5 minutes with the exhaust at full volume."),
        ],
    ),
    ("h", "3. TC-20 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Burner flame failure (chamber number shown)", "Check the ignition electrode and the flame rod; reset the burner"],
            ["S02", "Gas pressure low at a burner train", "Check the gas supply; it must be 30-50 mbar at the burner train"],
            ["S03", "Air temperature limiter tripped at 240 °C", "Burners off; check the chamber thermocouple and the gas valve before reset"],
            ["S04", "Circulation fan fault", "Check the fan motor overload and the fan belt"],
            ["S05", "Exhaust fan fault", "The burners stop; check the exhaust fan and its dampers"],
            ["S06", "LEL alarm, 25 % of the lower explosive limit", "Raise the exhaust volume; check the chemicals in the padder"],
            ["S07", "LEL shutdown, 50 % of the lower explosive limit", "Burners and chain stop; purge for 5 minutes before a restart"],
            ["S08", "Chain tension low (chain slack)", "Check the tensioning station and measure the chain elongation"],
            ["S10", "Left and right chain out of step", "Check the chain drive sprockets and the width spindles"],
            ["S11", "Edge sensor or selvedge uncurler fault", "Clean the edge sensor; check the uncurler rollers"],
            ["S12", "Pinning brush not down", "Check the brush cylinder and its air supply"],
            ["S13", "Padder pressure low", "Check the compressed air (6 bar) and the padder cylinders"],
            ["S14", "Fabric break or fabric off the pins", "Stop and pin the fabric again at the entry"],
            ["S15", "Heat recovery unit clogged (option HR)", "Clean the heat recovery unit"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Bowed or skewed weft", "Weft straightener not set; chains out of step", "Set the straightener; see alarm S10"],
            ["Shade differs between left and right", "Air temperature or nozzle flow uneven across the width", "Clean the filter screens; check the nozzle dampers"],
            ["Fabric drops off the pins", "Pinning brush worn; overfeed too high", "Change the brush; reduce the overfeed"],
            ["Yellowing", "Temperature too high or dwell too long; burner badly set", "Lower the temperature or raise the speed; have the burners checked"],
            ["Oil spots along the edges", "Too much chain oil", "Check the chain oiler; wipe the rails"],
            ["Shrinkage out of specification", "Wrong overfeed or dwell time", "Check the overfeed and the chain speed"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Start-up and heat-up"),
    (
        "ol",
        [
            "Check that the chamber doors are closed and the lint filter screens are in place.",
            "Start the exhaust fans, then the circulation fans.",
            "The TC-20 purges the chambers for 3 minutes, then lights the burners.",
            "Heat to the setpoint. From cold to 180 °C takes about 20 minutes on the ST-6 and 25 minutes on the ST-8.",
            "Start the chain at 10 m/min and pin the lead-in cloth.",
            "Bring the fabric up to the production speed.",
        ],
    ),
    ("h", "6. Cleaning the lint filter screens"),
    (
        "ol",
        [
            "Switch the burners off and let the chamber air cool below 50 °C with the fans running.",
            "Stop the fans and lock off.",
            "Pull out the two filter screens of each chamber and brush them off over a lint bag; never blow them out inside the chamber.",
            "Check the screens for holes and replace damaged screens (TDX-FS30).",
            "Refit the screens with the mesh side facing the fan.",
        ],
    ),
    (
        "p",
        "The chain rails are aligned by Tendrix service to instruction TDX-SI-03 after a collision, or when alarm S10 "
        "comes back after the sprockets have been checked. Burner tuning and flue gas measurement are done by "
        "Tendrix service or a gas-certified contractor; contact Tendrix service. Measure the chain elongation over "
        "20 links every 6 months: 20 new links measure 1000 mm, and the chain must be replaced when 20 links measure "
        "more than 1018 mm. The circulation fan bearings get 10 g of TDX-GR4 each every 1000 hours.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the lint filter screens when running knits; check the chain oil level"],
            ["Daily", "Clean the lint filter screens when running wovens; check the pinning brushes"],
            ["Weekly", "Clean the lint traps of the exhaust ducts; clean the heat recovery unit (option HR)"],
            ["Monthly", "Check the padder roll surfaces; test the LEL monitor with test gas"],
            ["Every 6 months", "Measure the chain elongation; check the burner ignition electrodes"],
            ["Yearly", "Burner service and flue gas measurement (Tendrix service)"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "ST-6", "ST-8"],
            ["Lint filter screen", "TDX-FS30", "TDX-FS30"],
            ["Pin plate", "TDX-PP12", "TDX-PP12"],
            ["Clip, complete", "TDX-CL7", "TDX-CL7"],
            ["Chain oil, high temperature, 20 L", "TDX-CO3", "TDX-CO3"],
            ["Ignition electrode", "TDX-IE2", "TDX-IE2"],
            ["Circulation fan belt", "TDX-VB11", "TDX-VB11"],
            ["Pinning brush", "TDX-PB4", "TDX-PB4"],
            ["Fan bearing grease, 400 g", "TDX-GR4", "TDX-GR4"],
            ["LEL test gas cylinder", "TDX-LG1", "TDX-LG1"],
            ["Heat recovery gasket set (option HR)", "-", "TDX-HR8"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Sandrova CM continuous no-bake sand mixers
SANDROVA = [
    ("title", "Sandrova CM Continuous Mixers for No-Bake Sand\nOperating Manual - CM-12 and CM-25"),
    (
        "p",
        "Document SDV-OM-CM-09, Revision B, October 2024. Sandrova Foundry Equipment Ltd. The CM-12 and CM-25 are "
        "continuous high-speed trough mixers on a swivel arm, for chemically bonded no-bake moulding and core sand "
        "with furan resin and acid catalyst. Both have the same arm design (feed screw and mixing trough), resin and "
        "catalyst gear pumps with flow meters and the SC-4 controller; the CM-25 has a longer arm, a longer trough "
        "and about twice the capacity. A sand temperature sensor with automatic catalyst compensation (option TC) "
        "is available on the CM-25 only.",
    ),
    (
        "warn",
        "WARNING: The mixing blades run at 600 rpm and take 8 s to stop. Never open the trough cover or reach into "
        "the discharge while the mixer can start. Acid catalyst is corrosive: wear goggles and acid-resistant gloves "
        "when you handle catalyst hoses, filters and pumps.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CM-12", "CM-25"],
            ["Sand capacity, adjustable", "3-12 t/h", "6-25 t/h"],
            ["Arm reach (swivel radius)", "4.0 m", "6.0 m"],
            ["Swivel range", "270°", "270°"],
            ["Mixing trough length", "1.6 m", "2.0 m"],
            ["Mixing shaft speed", "600 rpm", "600 rpm"],
            ["Mixer motor", "7.5 kW", "15 kW"],
            ["Resin pump range", "0.5-3.0 kg/min", "1.0-6.5 kg/min"],
            ["Catalyst pump range", "0.2-1.5 kg/min", "0.4-3.2 kg/min"],
            ["Sand hopper", "2 t", "4 t"],
            ["Compressed air", "6 bar, 0.5 Nm³/min", "6 bar, 0.8 Nm³/min"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold for dry silica sand, new or reclaimed, with a grain fineness of AFS 45-60. The resin "
        "addition is normally 0.8-1.2 % of the sand weight and must not exceed 1.5 %. The catalyst is set as a "
        "percentage of the resin, normally 30-50 %, and never above 50 %. The pump ranges cover 1.5 % resin and 50 % "
        "catalyst at full sand capacity.",
    ),
    ("h", "2. Mixing and sand quality"),
    (
        "cols",
        [
            ("h", "Sand temperature"),
            (
                "p",
                "The sand temperature sets the speed of the reaction. Keep it at 20-30 °C. Below 15 °C the moulds "
                "stay soft for a long time; above 35 °C the bench life is too short to fill large moulds. Correct "
                "for the sand temperature with the catalyst, never with the resin.",
            ),
            ("h", "Bench life and strip time"),
            (
                "p",
                "With resin at 1.0 % and catalyst at 40 % of the resin, sand at 20 °C gives a bench life of about 6 "
                "minutes and a strip time of about 20 minutes. Every 10 K warmer roughly halves both times.",
            ),
            ("h", "Reclaimed sand"),
            (
                "p",
                "Reclaimed sand must have a loss on ignition (LOI) of no more than 3.0 % and at most 1.0 % fines "
                "below 0.1 mm. With a higher LOI the resin demand rises and gas defects appear in the castings.",
            ),
            ("h", "Option TC"),
            (
                "p",
                "On a CM-25 with option TC the SC-4 reads the sand temperature at the hopper outlet and changes the "
                "catalyst percentage between the two values you set for 15 °C and 30 °C, for example 50 % and 30 %.",
            ),
            ("h", "Start and end of a run"),
            (
                "p",
                "The first 15 kg of every run are off-ratio and go to the reject chute automatically. At the end of "
                "a run the SC-4 stops the resin and the catalyst first and purges the trough with sand only for 5 s.",
            ),
            ("h", "Sand flow check"),
            (
                "p",
                "Check the sand flow monthly by catching the sand for 10 s in a bin with resin and catalyst off. At "
                "full capacity that is about 33 kg on the CM-12 and 69 kg on the CM-25.",
            ),
            ("warn", "Never run resin and catalyst into the trough without sand flowing: they react violently and the mix sets in the trough."),
        ],
    ),
    ("h", "3. SC-4 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["SM01", "Sand flow low: hopper gate open but no sand", "Check the hopper level and the gate; resin and catalyst stop"],
            ["SM02", "Resin flow more than 5 % from setpoint", "Check the resin filter and the pump; calibrate the pumps (section 5)"],
            ["SM03", "Catalyst flow more than 5 % from setpoint", "Check the catalyst filter and the pump; calibrate the pumps (section 5)"],
            ["SM04", "Resin day tank low", "Refill the resin day tank"],
            ["SM05", "Catalyst day tank low", "Refill the catalyst day tank"],
            ["SM06", "Mixer motor overload", "Look for set sand in the trough; clean the trough (section 6)"],
            ["SM07", "Feed screw motor overload", "Check the screw for lumps and the sand for moisture"],
            ["SM08", "Sand temperature below 15 °C or above 35 °C (option TC)", "Heat or cool the sand; the mixer keeps running"],
            ["SM10", "Trough cover open", "Close the cover; check its switch"],
            ["SM11", "Compressed air below 5 bar", "Check the air supply; the gates cannot close"],
            ["SM12", "Swivel brake not released", "Check the brake air and the brake pads"],
            ["SM13", "Emergency stop", "Find the cause, release and reset"],
            ["SM14", "Flow meter signal lost (resin or catalyst)", "Check the flow meter cable and its plug"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Moulds stay soft, slow to strip", "Sand too cold; catalyst too low; wet sand", "Check the sand temperature; raise the catalyst within 30-50 %"],
            ["Mould edges crumble (friable)", "Bench life exceeded before filling; sand too warm", "Fill faster; cool the sand; reduce the catalyst"],
            ["Lumps in the mix", "Set sand build-up in the trough; worn blades", "Clean the trough; check the blades"],
            ["Gas defects in the castings", "Too much resin; high LOI of the reclaimed sand", "Keep the resin at or below 1.2 %; check the LOI"],
            ["Strength varies from mould to mould", "Pumps off calibration; blocked injector nozzle", "Calibrate the pumps; clean the injector nozzles"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Calibrating the resin and catalyst pumps"),
    (
        "ol",
        [
            "Close the sand gate and select CAL on the SC-4.",
            "Put a clean, tared container under the resin test valve.",
            "Press START: the SC-4 runs the resin pump for 60 s at its setpoint and stops.",
            "Weigh the resin and enter the weight in kg; the SC-4 corrects the pump factor.",
            "Repeat for the catalyst, using an acid-resistant container under the catalyst test valve.",
            "Repeat the test until the weighed quantity is within ±2 % of the setpoint.",
        ],
    ),
    ("h", "6. Cleaning the mixing trough"),
    (
        "ol",
        [
            "Let the SC-4 finish its sand-only purge, then stop the mixer.",
            "Lock off and open the trough cover.",
            "Scrape set sand off the trough walls, the shaft and the blades with the plastic scraper.",
            "Check the blades: new blades are 95 mm long; turn or replace a blade worn shorter than 85 mm.",
            "Close the cover and run a test mix into the reject chute.",
        ],
    ),
    (
        "p",
        "The mixing shaft carries 24 blades on the CM-12 and 30 blades on the CM-25. The resin and catalyst gear pumps "
        "are overhauled to instruction SDV-SI-11. The sand reclamation plant has its own manual. Workplace exposure "
        "limits for furfuryl alcohol, formaldehyde and sulphur dioxide are set by national regulations, and the "
        "foundry's air monitoring is not described here. The swivel bearing is greased monthly with SDV-GR2: 40 g on "
        "the CM-12 and 60 g on the CM-25. The feed screw gearbox oil is changed every 2000 hours: 3 L on the CM-12 and "
        "5 L on the CM-25.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the trough and the blades; check the resin and catalyst filters"],
            ["Weekly", "Calibrate the resin and catalyst pumps; clean the injector nozzles"],
            ["Monthly", "Grease the swivel bearing; check the blade wear; check the sand flow"],
            ["Every 2000 h", "Change the feed screw gearbox oil"],
            ["Yearly", "Overhaul the resin and catalyst gear pumps (SDV-SI-11)"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "CM-12", "CM-25"],
            ["Mixing blade, hardened, with bolt", "SDV-MB12", "SDV-MB12"],
            ["Trough liner, polyurethane", "SDV-TL16", "SDV-TL20"],
            ["Resin filter element", "SDV-RF1", "SDV-RF1"],
            ["Catalyst filter element, PVDF", "SDV-CF1", "SDV-CF1"],
            ["Injector nozzle, resin", "SDV-IN3", "SDV-IN3"],
            ["Injector nozzle, catalyst", "SDV-IN4", "SDV-IN4"],
            ["Resin gear pump", "SDV-GP3", "SDV-GP6"],
            ["Swivel bearing grease, 400 g", "SDV-GR2", "SDV-GR2"],
            ["Sand temperature sensor (option TC)", "-", "SDV-TS25"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Rockbane JC jaw crushers
ROCKBANE = [
    ("title", "Rockbane JC Single-Toggle Jaw Crushers\nOperation and Maintenance Manual - JC-1070 and JC-1280"),
    (
        "p",
        "Document RBN-OM-JC-15, Issue 5, February 2025. Rockbane Crushing Systems Ltd. The JC-1070 and JC-1280 are "
        "single-toggle jaw crushers for the primary crushing of quarried rock and recycled concrete. Both have the same pitman and toggle design, spring-loaded tension rods, "
        "a V-belt drive from the motor to the flywheel and the RC-2 monitoring unit. The closed side setting (CSS) "
        "of the JC-1070 is set with shims; the JC-1280 can be ordered with hydraulic setting adjustment (option H) "
        "instead of shims.",
    ),
    (
        "warn",
        "WARNING: Never stand on the crusher or look into the crushing chamber while it runs or can start: rock is "
        "thrown out. Lock off the motor and fit the flywheel lock before any work in the chamber, on the toggle or "
        "on the belts. The flywheels store energy and run down for several minutes.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "JC-1070", "JC-1280"],
            ["Feed opening", "1000 x 700 mm", "1200 x 800 mm"],
            ["Max. feed size", "560 mm", "640 mm"],
            ["Closed side setting (CSS)", "70-200 mm", "100-250 mm"],
            ["Eccentric shaft speed", "260 rpm", "230 rpm"],
            ["Motor", "110 kW", "160 kW"],
            ["V-belts", "8 x SPC", "10 x SPC"],
            ["Flywheel diameter", "1600 mm", "1800 mm"],
            ["Weight without motor", "44 t", "66 t"],
        ],
        (80, 45, 45),
    ),
    (
        "table",
        [
            ["Capacity at CSS", "JC-1070", "JC-1280"],
            ["70 mm", "150-195 t/h", "-"],
            ["100 mm", "210-275 t/h", "260-340 t/h"],
            ["150 mm", "310-400 t/h", "380-495 t/h"],
            ["200 mm", "400-520 t/h", "490-640 t/h"],
            ["250 mm", "-", "600-780 t/h"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities are for granite with a bulk density of 1.6 t/m³ and a compressive strength up to 250 MPa, fed "
        "dry with the fines below the CSS removed by the feeder grizzly. Wet, sticky or clay-bearing feed lowers the "
        "capacity by up to 30 %. The maximum feed size is 80 % of the gape (the smaller dimension of the feed "
        "opening). The CSS must never be set below 70 mm on the JC-1070 or below 100 mm on the JC-1280.",
    ),
    ("h", "2. Operation and limits"),
    (
        "p",
        "Start the crusher empty and let it reach full speed (about 20 s); the RC-2 holds the feeder until then. "
        "Feed evenly across the width. A choke-fed chamber, about two-thirds full, gives the "
        "best product shape and the most even jaw wear. The crusher is not protected against tramp iron: the feed "
        "must pass a magnet or metal detector before the crusher.",
    ),
    (
        "ul",
        [
            "Eccentric bearing temperature: normally 40-65 °C; it must stay at or below 80 °C (alarm), and the RC-2 stops the crusher at 90 °C.",
            "Motor power: the 10-minute average must be no more than 90 % of the rated motor power.",
            "Vibration at the bearing housings: below 7.1 mm/s RMS.",
            "Tension rod springs: compressed length 360-370 mm on the JC-1070 and 410-420 mm on the JC-1280.",
            "V-belt tension: 16 mm deflection at the middle of the span under a 100 N load.",
            "Toggle seats: change when worn more than 5 mm deep.",
        ],
    ),
    (
        "p",
        "The toggle plate length selects the CSS range. On the JC-1070 the 850 mm toggle is used for CSS 70-135 mm "
        "and the 750 mm toggle for 135-200 mm; on the JC-1280 the 1000 mm toggle is used for 100-175 mm and the "
        "900 mm toggle for 175-250 mm. Within each range the CSS is set with shims (or hydraulically with option H).",
    ),
    ("h", "3. RC-2 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C301", "Eccentric bearing temperature high, left side (above 80 °C)", "Check the grease quantity and the labyrinth seals; reduce the feed"],
            ["C302", "Eccentric bearing temperature high, right side (above 80 °C)", "Check the grease quantity and the labyrinth seals; reduce the feed"],
            ["C303", "Bearing temperature trip at 90 °C", "The crusher stops; find the cause before a restart and contact Rockbane service if a bearing is damaged"],
            ["C304", "Eccentric shaft speed low (belt slip)", "Check the V-belt tension; check the chamber for a blockage"],
            ["C305", "Motor overload", "Check the feed rate and the CSS; clear the chamber"],
            ["C306", "Chamber blocked, crusher stalled", "Clear the chamber as in section 6"],
            ["C307", "Toggle plate broken (toggle sensor)", "Lock off and change the toggle plate; look for tramp iron"],
            ["C308", "Tension rod spring length out of range", "Re-tension the springs to the length for the model"],
            ["C310", "Hydraulic setting pressure low (option H)", "Check the oil level of the hydraulic unit and its accumulator"],
            ["C311", "Automatic grease pump fault", "Check the grease barrel and the pump"],
            ["C312", "Vibration high", "Check the foundation bolts and the flywheel balance"],
            ["C313", "Feeder interlock: crusher not at speed", "The feeder is held; start the crusher first"],
            ["C314", "Emergency stop or pull wire operated", "Find the cause, release and reset"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Product too coarse", "CSS opened up by jaw wear", "Measure and reset the CSS (section 5)"],
            ["Slabby or flaky product", "Chamber not choke fed; jaw plates worn flat", "Keep the chamber full; turn or change the jaw plates"],
            ["Capacity low", "Fines not removed; sticky feed; jaws worn at the bottom", "Check the grizzly; turn the jaw plates"],
            ["Knocking at every stroke", "Toggle seats worn or toggle loose; tension rods slack", "Check the toggle seats and the spring length"],
            ["Belts squeal or smoke at start", "Belts slack", "Tension the belts to 16 mm deflection"],
            ["Hot eccentric bearing", "Too much or too little grease; damaged seal", "Grease as specified; check the seals"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Adjusting the CSS with shims"),
    (
        "ol",
        [
            "Stop the feeder and the crusher, lock off and fit the flywheel lock.",
            "Measure the CSS at the bottom of the jaws with the setting gauge, from a tooth tip on one jaw to a tooth root on the other.",
            "Slacken the tension rod nuts by 20 mm.",
            "Push the toggle block back with the two hydraulic setting jacks and add or remove shims behind it. The shims are 10, 20 and 40 mm thick and change the CSS by the same amount.",
            "Retract the jacks and tighten the tension rods to the spring length for the model (section 2).",
            "Measure the CSS again and write it in the crusher log.",
        ],
    ),
    (
        "p",
        "On a JC-1280 with option H the CSS is set from the RC-2 panel and no shims are used; the hydraulic unit has "
        "its own instructions.",
    ),
    ("h", "6. Clearing a blocked chamber"),
    (
        "ol",
        [
            "Stop the feeder. Lock off the crusher and the feeder and fit the flywheel lock.",
            "Do not try to restart a stalled crusher with rock in the chamber more than once.",
            "Lift the blocking rock out with lifting chains and a crane, or break it with the rock breaker. Never use wedges or explosives in the chamber.",
            "On a JC-1280 with option H, press RELEASE to open the setting hydraulically and free the rock.",
            "Remove the flywheel lock and start the crusher empty.",
        ],
    ),
    ("h", "7. Jaw plates"),
    (
        "ol",
        [
            "Turn the fixed and swing jaw plates end for end when the teeth at the bottom are worn by half.",
            "Change the plates when the teeth at the bottom are worn flat or the plate has cracked.",
            "Clean the jaw seats before fitting the plates.",
            "Tighten the wedge bolts, run the crusher for one hour and tighten them again.",
        ],
    ),
    (
        "p",
        "The eccentric shaft bearings are changed to instruction RBN-SI-05; removing the pitman or a flywheel needs "
        "Rockbane service, so contact Rockbane service. The eccentric bearings are greased every 8 hours with "
        "RBN-GR1: 60 g per bearing on the JC-1070 and 80 g per bearing on the JC-1280.",
    ),
    ("h", "8. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 8 h", "Grease the eccentric bearings; check the jaw plates and the wedge bolts"],
            ["Weekly", "Check the V-belt tension and the tension rod spring length"],
            ["Monthly", "Check the toggle seats and the toggle plate; check the foundation bolts"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "JC-1070", "JC-1280"],
            ["Fixed jaw plate, standard tooth", "RBN-FJ107", "RBN-FJ128"],
            ["Swing jaw plate, standard tooth", "RBN-SJ107", "RBN-SJ128"],
            ["Toggle plate, 750 mm", "RBN-TP75", "-"],
            ["Toggle plate, 850 mm", "RBN-TP85", "-"],
            ["Toggle plate, 900 mm", "-", "RBN-TP90"],
            ["Toggle plate, 1000 mm", "-", "RBN-TP100"],
            ["Toggle seat", "RBN-TS1", "RBN-TS2"],
            ["Tension rod spring", "RBN-TR36", "RBN-TR41"],
            ["Setting shim set, 10/20/40 mm", "RBN-SH107", "RBN-SH128"],
            ["V-belt SPC, matched set", "RBN-VB8", "RBN-VB10"],
            ["Bearing grease EP2, 18 kg", "RBN-GR1", "RBN-GR1"],
            ["Setting cylinder seal kit (option H)", "-", "RBN-HS128"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vitrador-fh-glass-forehearth.pdf", "Vitrador VTD-OM-FH-04 Rev 2 - FH-610 / FH-860", VITRADOR),
        ("tendrix-st-textile-stenter.pdf", "Tendrix TDX-OM-ST-22 Ed 4 - ST-6 / ST-8", TENDRIX),
        ("sandrova-cm-no-bake-sand-mixer.pdf", "Sandrova SDV-OM-CM-09 Rev B - CM-12 / CM-25", SANDROVA),
        ("rockbane-jc-jaw-crusher.pdf", "Rockbane RBN-OM-JC-15 Issue 5 - JC-1070 / JC-1280", ROCKBANE),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 9, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
