"""Generate the PDF manuals of the eighty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set83venv && /tmp/set83venv/bin/pip install fpdf2 pypdf
    /tmp/set83venv/bin/python knowledge/samples/eightythird/make_pdfs.py

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


# ---------------------------------------------------------------- Vendemar VDC destemmer crushers
VENDEMAR = [
    ("title", "Vendemar VDC Destemmer Crushers\nOperation and Maintenance - VDC-8 and VDC-14"),
    (
        "p",
        "Document VDM-OM-VDC-03, Edition 2, June 2024. Vendemar Cellar Machinery. The VDC-8 and VDC-14 separate "
        "grape berries from the stems and, if wanted, crack them between two rubber rollers. Bunches are fed from a "
        "hopper by a feed screw into a perforated stainless steel cage. A beater shaft with rubber-tipped paddles "
        "turns inside the cage and knocks the berries off; the berries fall through the holes onto the crusher "
        "rollers and then into the must tray, while the stems leave at the open end of the cage. The beater shaft "
        "and the cage have separate drives with frequency inverters. Apart from the capacity, the sizes, the drives "
        "and the items named in this manual, the two models are built alike. The must pump, the stem conveyor and "
        "the electrical supply up to the main isolator are not part of the delivery; they are the site's "
        "responsibility and are covered by their own makers' documents.",
    ),
    (
        "warn",
        "WARNING: Never reach into the hopper, the cage or the must tray while the machine is energised. The feed "
        "screw and the beater shaft can start without warning when a fault is reset. Isolate and lock off at the "
        "main isolator before any work inside the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VDC-8", "VDC-14"],
            ["Destemming capacity, hand-picked whole bunches (see the conditions below)", "6-8 t/h", "10-14 t/h"],
            ["Hopper volume", "0.6 m³", "0.9 m³"],
            ["Hopper opening, width x length", "800 x 1400 mm", "1000 x 1800 mm"],
            ["Feed screw diameter and speed range", "200 mm, 8-24 rpm", "250 mm, 6-18 rpm"],
            ["Cage inside diameter x length", "420 x 1200 mm", "520 x 1500 mm"],
            ["Standard cage, hole diameter", "25 mm", "27 mm"],
            ["Optional cage for small berries, hole diameter", "23 mm", "25 mm"],
            ["Beater shaft speed range (inverter limits)", "250-450 rpm", "200-360 rpm"],
            ["Paddle tip diameter, new", "400 mm", "500 mm"],
            ["Number of paddles", "16", "20"],
            ["Cage speed range", "25-45 rpm", "20-36 rpm"],
            ["Crusher rollers, diameter x length", "160 x 400 mm", "200 x 600 mm"],
            ["Roller gap", "4-30 mm", "4-30 mm"],
            ["Must outlet", "DN 80 flange", "DN 100 flange"],
            [
                "Motors: beater / cage / feed screw / rollers",
                "2.2 / 0.55 / 0.75 / 0.75 kW",
                "4.0 / 0.75 / 1.1 / 1.5 kW",
            ],
            ["Total installed power", "4.25 kW", "7.35 kW"],
            ["Supply, 400 V 3~ 50 Hz, fuse", "16 A gG", "20 A gG"],
            ["Cage gearbox oil, ISO VG 220 food grade (H1)", "0.9 L", "1.4 L"],
            ["Mass, empty", "480 kg", "720 kg"],
            ["Sound pressure at 1 m, running empty", "76 dB(A)", "78 dB(A)"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The capacity holds only for hand-picked whole bunches at a fruit temperature of 10-25 °C with no more than "
        "2 % leaves and other material other than grapes (MOG), with the standard cage and the factory speeds. "
        "Machine-harvested fruit is already largely destemmed; feed it with the beater at the lowest speed and the "
        "feed screw at no more than half speed. No capacity is stated for machine-harvested fruit.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the machine. Keep the hopper guard grid closed while running; its switch "
            "stops all drives when the grid is lifted (D02).",
            "The hopper guard grid has a mesh of 120 x 120 mm. Never stand on the grid or on the hopper edge, and "
            "never push fruit through the grid by hand or with a tool.",
            "Wear eye protection during wash-down. Do not aim water at the motors, the inverter box or the bearings "
            "from less than 1 m, and never use water above 30 bar on the machine.",
            "Crush pads and cellars can hold carbon dioxide during the harvest. Gas detection and ventilation are "
            "the site's responsibility.",
            "The machine is designed for grapes only.",
        ],
    ),
    ("h", "3. Settings by fruit"),
    (
        "cols",
        [
            ("h", "Beater shaft speed"),
            (
                "p",
                "Set the beater speed so that the paddle tips run at 6-9 m/s. The tip speed is v = pi x D x n / 60, "
                "with D the tip diameter in m and n the speed in rpm. Never exceed a tip speed of 9.5 m/s: that is "
                "450 rpm on the VDC-8 and 360 rpm on the VDC-14, the top of each inverter range. The factory setting "
                "is 400 rpm (VDC-8) and 320 rpm (VDC-14), both about 8.4 m/s. Small-berried, ripe varieties need "
                "the lower end of the range; firm, unripe fruit the upper end.",
            ),
            ("h", "Cage speed"),
            (
                "p",
                "The cage turns in the same direction as the beater at roughly one tenth of its speed. A slower cage "
                "keeps the stems longer in the cage and removes more berries, but tears more stems. Factory setting: "
                "35 rpm (VDC-8) and 28 rpm (VDC-14).",
            ),
            ("h", "Roller gap"),
            (
                "p",
                "Measured between the lobes at the narrowest point. White varieties for direct pressing: 6-8 mm. Red "
                "varieties for fermentation: 8-12 mm. Whole-berry fermentation: open the rollers fully (30 mm) or "
                "swing them out with the quick release. Never set a gap below 4 mm: seeds are cracked and the must "
                "takes up bitter tannins.",
            ),
            ("h", "Feed screw"),
            (
                "p",
                "Feed so that the cage is never more than one third full at its inlet end. The feed is set with the "
                "FEED potentiometer; 0-100 % is 8-24 rpm (VDC-8) or 6-18 rpm (VDC-14).",
            ),
            ("h", "Must tray level"),
            (
                "p",
                "A conductive level probe in the must tray stops the feed screw when the must reaches 80 % of the "
                "tray depth (D09). The must pump, supplied by others, must be able to take at least the rated "
                "capacity; its interlock is wired to terminal X4 by the site's electrician as shown in wiring "
                "diagram VDM-WD-VDC-03.",
            ),
            ("warn", "Do not bridge the level probe. A full tray floods the roller bearings."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "p",
        "The control panel shows the active fault as Dnn. Reset with the RESET key once the cause is removed; the "
        "drives do not restart by themselves.",
    ),
    (
        "table",
        [
            ["Code", "Fault", "What to do"],
            [
                "D01",
                "Emergency stop pressed or pull wire tripped",
                "Find and release the stop; find out why it was used",
            ],
            ["D02", "Hopper guard grid lifted", "Close the grid; check the switch actuator"],
            [
                "D03",
                "Beater motor overload",
                "Check for stones or bin parts in the cage; check the paddles turn freely",
            ],
            [
                "D04",
                "Cage drive overload",
                "Check for stems wound round the cage support rollers; check the gearbox oil",
            ],
            ["D05", "Feed screw overload", "Feed too high or a foreign body in the screw; isolate and clear it"],
            [
                "D06",
                "Crusher roller torque limiter tripped",
                "Isolate, open the rollers and remove the object; the limiter resets at restart",
            ],
            ["D07", "Cage inspection door open", "Close and latch the door"],
            ["D09", "Must tray level high", "Check that the must pump runs and the outlet is not blocked"],
            ["D10", "Inverter fault", "Read the inverter's own code and see the inverter maker's manual"],
            ["D11", "Phase missing or wrong phase sequence", "Have the supply checked by an electrician"],
            [
                "D12",
                "Service due, every 500 running hours",
                "Carry out the 500 h service, then reset the counter in the SERVICE menu",
            ],
        ],
        (16, 64, 94),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Stem pieces and torn stems in the must",
                "Beater speed too high; cage holes too large for the variety; paddle tips worn to a sharp edge",
                "Lower the beater speed in steps of 20 rpm; for small berries fit the optional cage (23 mm on the "
                "VDC-8, 25 mm on the VDC-14); replace worn tips",
            ],
            [
                "Whole berries leave with the stems",
                "Beater speed too low; feed too high; cage holes blocked by leaves",
                "Raise the beater speed in steps of 20 rpm up to the limit; reduce the feed; stop and clean the cage",
            ],
            [
                "Cracked seeds in the must, bitter taste",
                "Roller gap below 4 mm, or rollers worn unevenly",
                "Open the gap (section 3); replace the rollers if the lobes are worn by more than 3 mm",
            ],
            [
                "Juice overflows the must tray",
                "Must pump stopped or too small; outlet blocked",
                "See D09; see the must pump's own manual",
            ],
            [
                "Machine shakes at high speed",
                "Missing or broken paddle; stems wound on the beater shaft",
                "Isolate; check all 16 (VDC-8) or 20 (VDC-14) paddles; clean the shaft",
            ],
            [
                "Feed screw stops again and again with D05",
                "Overfeeding from the bin tipper; stones or metal in the fruit",
                "Slow the tipping; remove foreign bodies; the feed screw is not a stone trap",
            ],
            [
                "Stems come out wet and heavy with juice",
                "Cage speed too low for the fruit; very ripe fruit",
                "Raise the cage speed by 3-5 rpm",
            ],
        ],
        (50, 56, 68),
    ),
    ("h", "6. Start-up and shutdown"),
    (
        "ol",
        [
            "Check that the hopper, the cage and the must tray are clean and empty and that the guard grid and the "
            "inspection door are closed.",
            "Check that the must pump and the stem conveyor are ready; both are started from their own controls.",
            "Set the roller gap for the fruit (section 3).",
            "Switch on at the main isolator and reset D01 if it is shown.",
            "Press START: the cage starts first, the beater 3 s later, the rollers 3 s after that and the feed screw "
            "last.",
            "Set the beater and cage speeds, start the feed with the FEED potentiometer at 30 %, then raise it while "
            "watching the cage inlet.",
            "To stop, turn the feed to 0, let the machine run empty for at least 2 min, then press STOP.",
        ],
    ),
    ("h", "7. Changing the cage"),
    (
        "ol",
        [
            "Stop the machine, isolate and lock off at the main isolator.",
            "Open the cage inspection door and the end cover at the stem outlet.",
            "Undo the four M12 clamping bolts of the cage hub flange at the drive end (19 mm spanner).",
            "Fit the two cage support rails VDM-CR-08 (VDC-8) or VDM-CR-14 (VDC-14) in the slots under the stem "
            "outlet.",
            "Slide the cage out along the rails towards the stem outlet. Two persons are needed: the cage weighs "
            "38 kg (VDC-8) or 55 kg (VDC-14).",
            "Clean the hub flange and the seal ring; fit a new seal ring if it is cut or hard.",
            "Slide the other cage in along the rails with the drive pins in line with the flange holes.",
            "Fit the four clamping bolts and tighten them crosswise to 60 Nm.",
            "Remove the rails and close the end cover and the inspection door.",
            "Turn the cage slowly by hand: the paddle tips must clear the cage by 8-12 mm all round.",
        ],
    ),
    ("h", "8. Replacing the paddle tips"),
    (
        "ol",
        [
            "Isolate and lock off, then remove the cage (section 7).",
            "Unscrew the two M8 screws of each rubber tip and remove the tip.",
            "Fit the new tips from set VDM-PT-08 or VDM-PT-14 with the chamfer facing the direction of rotation.",
            "Tighten the screws to 12 Nm; above 15 Nm the rubber cracks.",
            "Check that all tips are at the same radius: the tip diameter must be 400 mm ±2 mm (VDC-8) or 500 mm "
            "±2 mm (VDC-14).",
            "Refit the cage and check the clearance (section 7, last step).",
        ],
    ),
    ("h", "9. Cleaning"),
    (
        "p",
        "Clean at the end of every working day and after every change of variety. Rinse with cold water first, then "
        "with water at no more than 60 °C. A detergent approved for food contact may be used at the strength its "
        "supplier gives; rinse it off completely. Do not use chlorine products on the rubber rollers and tips. The "
        "choice of cleaning and sanitising agents is the winery's; Vendemar gives no concentrations.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean (section 9); check the paddle tips and the roller lobes for damage"],
            [
                "Weekly",
                "Grease the four beater and roller bearings, 2 strokes each, with NLGI 2 food-grade grease (H1)",
            ],
            [
                "500 running hours (D12)",
                "Check the cage gearbox oil level; check the cage drive chain: 10-15 mm slack at mid span; check the "
                "tip clearance",
            ],
            [
                "End of season or 2000 h, whichever comes first",
                "Change the cage gearbox oil (0.9 L VDC-8, 1.4 L VDC-14); replace the tips if the clearance exceeds "
                "15 mm",
            ],
            [
                "Every 3 seasons",
                "Check the roller lobes (replace the rollers if worn by more than 3 mm); Vendemar service checks the "
                "inverters and the bearings",
            ],
        ],
        (60, 114),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VDC-8", "VDC-14"],
            ["Standard cage (25 mm / 27 mm holes)", "VDM-CG-25-08", "VDM-CG-27-14"],
            ["Optional cage (23 mm / 25 mm holes)", "VDM-CG-23-08", "VDM-CG-25-14"],
            ["Paddle tip set with screws (16 / 20 tips)", "VDM-PT-08", "VDM-PT-14"],
            ["Crusher roller pair", "VDM-RR-08", "VDM-RR-14"],
            ["Cage seal ring", "VDM-SR-08", "VDM-SR-14"],
            ["Cage support rails, pair", "VDM-CR-08", "VDM-CR-14"],
            ["Must tray level probe", "VDM-LP-01", "VDM-LP-01"],
            ["Gearbox oil ISO VG 220 H1, 1 L", "VDM-OIL-220", "VDM-OIL-220"],
        ],
        (84, 45, 45),
    ),
]

# ---------------------------------------------------------------- Clarivelle CX crossflow wine filters
CLARIVELLE = [
    ("title", "Clarivelle CX Crossflow Wine Filters\nOperating and Maintenance Manual - CX-4 and CX-6"),
    (
        "p",
        "Document CLF-OM-CX-11, Edition 3, March 2025. Clarivelle Filtration. The CX-4 and CX-6 clarify wine in one "
        "pass, without filter aids, through hollow fibre membranes of polyethersulfone (PES) with a nominal pore "
        "size of 0.2 µm. The feed pump draws wine from the feed tank into the loop; the recirculation pump drives it "
        "at high speed along the fibres, so that the solids stay in the loop (retentate) while clear wine "
        "(permeate) passes through the fibre walls. At set intervals the permeate is pushed back through the "
        "fibres with compressed air (backflush) to lift the layer of solids. The CX-4 has four modules and the CX-6 "
        "six; apart from the items named in this manual the two models are built alike. The feed and receiving "
        "tanks, their cooling, the nitrogen or carbon dioxide used to purge them, the compressed air and the "
        "treatment of the final retentate (lees) are the site's; the retentate is not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The cleaning chemicals (sodium hydroxide, citric acid) burn skin and eyes. Wear goggles, gloves "
        "and an apron when preparing them. Never open a module or a pipe clamp while the loop is under pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-4", "CX-6"],
            ["Membrane modules, hollow fibre PES 0.2 µm, 10 m² each", "4", "6"],
            ["Membrane area", "40 m²", "60 m²"],
            ["Filtration rate, indicative (see the conditions below)", "1000-2000 L/h", "1500-3000 L/h"],
            ["Recirculation pump", "30 m³/h, 7.5 kW", "45 m³/h, 11 kW"],
            ["Feed pump", "1.1 kW", "1.5 kW"],
            ["Loop hold-up volume", "45 L", "60 L"],
            ["Lowest final retentate volume", "60 L", "80 L"],
            ["CIP tank", "200 L", "300 L"],
            ["Maximum inlet pressure (P1)", "3.0 bar", "3.0 bar"],
            ["Maximum transmembrane pressure (TMP)", "1.5 bar", "1.5 bar"],
            ["Permeate outlet", "DN 40", "DN 50"],
            ["Supply, 400 V 3~ 50 Hz, fuse", "32 A", "40 A"],
            ["Compressed air, oil-free and dry", "6-8 bar, 50 NL/min", "6-8 bar, 60 NL/min"],
            ["Mass, empty", "780 kg", "960 kg"],
        ],
        (90, 42, 42),
    ),
    (
        "p",
        "The filtration rate is indicative only. It applies to a white or rosé wine settled or racked to below "
        "200 NTU, at 12-18 °C, with no bentonite in suspension, and clean membranes. Red wines, wines with lees and "
        "wines filtered cold give lower rates, which depend on the wine and are not stated here. Clarivelle does not "
        "guarantee a rate for any wine.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the filter. Keep the module covers closed while the loop runs.",
            "Prepare cleaning solutions in the CIP tank only, adding the chemical to the water, never water to the "
            "chemical.",
            "Never use chlorine or chlorine-releasing products: they destroy the membranes.",
            "Tanks purged with nitrogen or carbon dioxide are not safe to enter. Tank entry is covered by the site's "
            "confined space rules.",
            "Lock off the main switch and vent the compressed air before work on the pumps or valves.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Transmembrane pressure"),
            (
                "p",
                "TMP = (P1 + P2) / 2 - P3, with P1 the pressure at the module inlet, P2 the pressure at the "
                "retentate outlet and P3 the permeate pressure, all in bar. The TMP set point is 0.8 bar from the "
                "factory, settable 0.3-1.2 bar. The TMP must never exceed 1.5 bar: above 1.5 bar for 30 s the filter "
                "stops with A03. The inlet pressure P1 must never exceed 3.0 bar (A04).",
            ),
            ("h", "Backflush"),
            (
                "p",
                "Interval 15 min from the factory, settable 5-30 min; duration 2 s; air pressure on the backflush "
                "vessel 2.5 bar. A shorter interval holds the rate longer on difficult wines but returns more "
                "permeate to the loop.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Wine during filtration: 5-25 °C; above 25 °C the filter stops with A05. The recirculation pump "
                "heats the wine; in a small, uncooled feed tank it can warm by 2-3 °C per hour. Cleaning solutions: "
                "no more than 55 °C (A06); the cleaning programme works at 45-50 °C.",
            ),
            ("h", "Cleaning solutions"),
            (
                "p",
                "Caustic: 1 % sodium hydroxide (NaOH) by mass in softened water. Acid: 1 % citric acid. The "
                "solutions must stay within pH 2-12. The water for cleaning and push-out must be softened to no "
                "more than 0.5 mmol/L hardness. Storage: if the filter stands more than 2 days, fill it with 1 % "
                "citric acid containing 50 mg/L of sulphur dioxide.",
            ),
            ("h", "Water flux"),
            (
                "p",
                "The clean water flux is measured at 20 °C ±2 °C and a TMP of 1.0 bar. The value at commissioning, "
                "about 10 000 L/h (CX-4) or 15 000 L/h (CX-6), is written on the commissioning sheet that "
                "Clarivelle fills in at start-up. After cleaning the flux must be at least 70 % of the commissioning "
                "value. Below 60 % even after the intensive clean, contact Clarivelle service.",
            ),
            ("warn", "Never let the membranes dry out. A dry PES fibre cannot be wetted again."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Action"],
            ["A01", "Emergency stop pressed", "Release the stop after the cause is cleared; reset"],
            ["A02", "Feed tank low level, feed pump stopped (dry run protection)", "Refill or end the run"],
            ["A03", "TMP above 1.5 bar for 30 s", "See section 5; lower the TMP set point"],
            ["A04", "Inlet pressure P1 above 3.0 bar", "Check the retentate valve is open; check P2"],
            ["A05", "Wine above 25 °C", "Cool the feed tank; wait for the temperature to fall"],
            ["A06", "Cleaning solution above 55 °C", "Check the heater and its thermostat"],
            ["A07", "Recirculation pump motor overload", "Check the pump turns freely; call an electrician"],
            ["A08", "Feed pump motor overload", "Check the suction line for blockage"],
            ["A09", "Compressed air below 5.5 bar", "Check the site supply and the air filter"],
            ["A11", "Backflush failed, no permeate pressure rise", "Check the backflush valve and the vessel"],
            ["A12", "Integrity test failed", "Test each module separately (section 8)"],
            ["A13", "Permeate turbidity above 1.0 NTU (turbidimeter option)", "Stop; integrity test"],
            ["A14", "Cleaning due: more than 20 h of filtration since the last cleaning", "Clean (section 7)"],
        ],
        (16, 84, 74),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Filtration rate low from the start",
                "Wine poorly settled (above 200 NTU) or very cold; membranes not clean after the last run",
                "Settle or rack the wine first; check the water flux (section 7) before the next run",
            ],
            [
                "Rate falls fast in the first hour and the TMP climbs to A03",
                "Colloid fouling, typical of unfined red wines and pressed fractions",
                "Shorten the backflush interval to 10 min and lower the TMP set point to 0.5 bar; any enzyme or "
                "fining treatment is the winemaker's decision",
            ],
            [
                "Permeate hazy, or A13",
                "Broken fibres in a module",
                "Stop and run the integrity test (section 8)",
            ],
            [
                "Wine in the feed tank warms up",
                "Heat from the recirculation pump; feed tank small or not cooled",
                "Cool the feed tank (the site's cooling) or use a larger tank; A05 stops the filter above 25 °C",
            ],
            [
                "Foam in the feed tank, bubbles in the permeate sight glass",
                "Air drawn in at the feed pump suction",
                "Check the suction hose, its gaskets and the clamp at the pump inlet",
            ],
            [
                "Water flux stays below 70 % after cleaning",
                "Cleaning too weak or too cool; scale from hard water",
                "Repeat the caustic step for 60 min (intensive clean); check the water hardness",
            ],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Starting a filtration run"),
    (
        "ol",
        [
            "Check that the filter has been cleaned and rinsed and that the storage solution has been rinsed out "
            "until the permeate pH is above 6.0.",
            "Connect the feed tank to the feed inlet and the receiving tank to the permeate outlet; purge the "
            "receiving tank with inert gas if the winemaker requires it.",
            "Select FILTRATION and enter the TMP set point and the backflush interval.",
            "Press START. The loop fills with wine and pushes the water to drain; the permeate is sent to drain "
            "until the set displacement volume has passed (factory 60 L on the CX-4, 90 L on the CX-6), then to the "
            "receiving tank.",
            "Watch P1, P2, P3 and the permeate flow during the first 15 min.",
            "When the feed tank is empty (A02), the filter concentrates the loop down to the final retentate volume "
            "that was set and stops.",
            "Push the retentate out to the lees tank and push the wine out of the loop with water (PUSH-OUT).",
        ],
    ),
    ("h", "7. Cleaning and water flux check"),
    (
        "ol",
        [
            "After the push-out, drain the loop to the drain.",
            "Rinse with softened water at 20-30 °C until the retentate runs clear, at least 10 min.",
            "Fill the CIP tank with softened water and add sodium hydroxide for a 1 % solution: 2.0 kg of NaOH on "
            "the CX-4 (200 L) or 3.0 kg on the CX-6 (300 L).",
            "Heat to 45-50 °C and circulate for 30 min at a TMP of 0.5-1.0 bar with the permeate returned to the "
            "CIP tank; the backflush runs every 5 min.",
            "Drain and rinse with softened water until the permeate pH is below 8.5.",
            "Acid step: 1 % citric acid (2.0 kg on the CX-4, 3.0 kg on the CX-6) at 35-40 °C for 20 min.",
            "Rinse until the permeate pH is above 6.0.",
            "Water flux check: circulate clean water at 20 °C ±2 °C, set the TMP to 1.0 bar and read the permeate "
            "flow. It must be at least 70 % of the commissioning value.",
            "If the filter will stand for more than 2 days, fill it with the storage solution (section 3).",
        ],
    ),
    ("h", "8. Integrity test"),
    (
        "ol",
        [
            "Clean the membranes and keep them wet; drain the retentate side.",
            "Close the permeate outlet valves and open the permeate vent.",
            "Apply compressed air to the retentate side at 1.0 bar through test valve V20 and let it settle for 2 min.",
            "Close V20 and watch the pressure for 5 min.",
            "Pass: a fall of no more than 50 mbar in 5 min for the whole filter.",
            "If it falls more, test each module on its own with the isolating valves: a module that loses more than "
            "20 mbar in 5 min is faulty.",
            "Isolate a faulty module with its blind plates and contact Clarivelle service, who repair or replace "
            "it. The filter may run with one module isolated, at a correspondingly lower rate.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every run", "Clean the 500 µm pre-filter screen upstream of the feed pump"],
            [
                "After every run, at the latest after 20 h of filtration (A14)",
                "Cleaning and water flux check (section 7)",
            ],
            ["Weekly during use", "Integrity test (section 8)"],
            ["Monthly", "Drain the air filter regulator; check the backflush valve"],
            ["2000 h of the recirculation pump", "Replace the pump's mechanical seal (CLF-MS-30 or CLF-MS-45)"],
            ["Yearly", "Clarivelle service calibrates the pressure transmitters and the temperature sensor"],
            [
                "Typically 3-5 years",
                "Membrane modules are replaced by Clarivelle service when the water flux cannot be restored",
            ],
        ],
        (70, 104),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CX-4", "CX-6"],
            ["Membrane module 10 m²", "CLF-MD-10", "CLF-MD-10"],
            ["Module gasket set", "CLF-GS-10", "CLF-GS-10"],
            ["Recirculation pump mechanical seal", "CLF-MS-30", "CLF-MS-45"],
            ["Pre-filter screen 500 µm", "CLF-PS-500", "CLF-PS-500"],
            ["Pressure transmitter 0-6 bar", "CLF-PT-6", "CLF-PT-6"],
            ["Backflush valve diaphragm", "CLF-BV-25", "CLF-BV-25"],
        ],
        (84, 45, 45),
    ),
]

# ---------------------------------------------------------------- Remuvia RM gyropalettes
REMUVIA = [
    ("title", "Remuvia RM Gyropalettes\nAutomatic Riddling Machines - RM-500 and RM-700 - User Manual"),
    (
        "p",
        "Document RVG-UM-RM-07, Edition 1, January 2025. Remuvia Sparkling Equipment. The RM-500 and RM-700 riddle "
        "bottle-fermented sparkling wine: a cage of bottles, neck down, is turned and tilted step by step over "
        "several days so that the yeast deposit slides from the bottle wall into the neck, ready for disgorging. "
        "The cage is set on the machine's platform by forklift. Two gearmotors move the platform: one turns it about "
        "its axis, the other tilts it. A controller runs the riddling programmes and keeps them through a power "
        "failure. The RM-500 takes the 504-bottle cage and the RM-700 the 720-bottle cage; apart from these, the "
        "loads, the drives and the items named in this manual, the two models are built alike. The floor, the "
        "forklift, the electrical supply, the choice of yeast and riddling aid and the disgorging are outside this "
        "manual.",
    ),
    (
        "warn",
        "WARNING: The platform moves without warning while a programme runs, day and night. Keep out of the marked "
        "1 m zone around the machine; the light curtain stops the move in progress (R11) but does not stop the "
        "programme. Never stand under a cage held by a forklift.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RM-500", "RM-700"],
            ["Cage capacity, 75 cl bottles", "504", "720"],
            ["Cage capacity, 150 cl magnums, with the magnum insert", "216", "312"],
            ["Maximum load on the platform (cage and full bottles)", "900 kg", "1300 kg"],
            ["Cage outer size, L x W x H", "1100 x 1100 x 1000 mm", "1250 x 1250 x 1150 mm"],
            ["Cage mass, empty", "80 kg", "110 kg"],
            ["Machine footprint", "1300 x 1300 mm", "1500 x 1500 mm"],
            ["Machine mass", "380 kg", "520 kg"],
            ["Load on each of the four feet, fully loaded", "320 kg", "455 kg"],
            ["Tilt range, bottle axis from the horizontal, neck down", "15-80°", "15-80°"],
            ["Tilt gearmotor / rotation gearmotor", "0.37 kW / 0.25 kW", "0.55 kW / 0.37 kW"],
            ["Tilt gearbox oil, ISO VG 320", "0.6 L", "0.8 L"],
            ["Supply, 230 V 1~ 50 Hz, fuse", "10 A", "16 A"],
            ["Forklift needed to load a full cage, at least", "1.5 t", "2 t"],
            ["Programmes", "9 fixed, 10 user", "9 fixed, 10 user"],
        ],
        (90, 42, 42),
    ),
    (
        "p",
        "The maximum loads assume full 75 cl bottles of about 1.6 kg each. Operate the machine in a cellar at "
        "8-25 °C with no condensation on the electrical parts. The floor must carry at least 1000 kg/m² spread "
        "over the footprint; this must be confirmed by the site's structural engineer before installation.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may load, unload and program the machine.",
            "Load and unload only with the platform in the LOAD position (level, rotation at home) and the machine "
            "stopped with the key switch.",
            "Bottles of sparkling wine are under pressure and can burst. Wear safety glasses and gloves when "
            "handling cages and broken bottles.",
            "Never climb on the cage or the platform.",
            "Bottle-fermenting cellars can hold carbon dioxide; gas detection is the site's responsibility.",
        ],
    ),
    ("h", "3. Programmes and settings"),
    (
        "cols",
        [
            ("h", "How a programme works"),
            (
                "p",
                "A programme is a series of moves at a fixed interval. In each move the platform turns the cage by "
                "45° (one eighth of a turn), in the direction pattern of the programme, and raises the bottles by "
                "one tilt step. The tilt runs from 15° at the start to 80° at the end (bottle axis from the "
                "horizontal); with 24 moves each step is about 2.7°. At the end the bottles stand on their necks "
                "and the machine shows R12.",
            ),
            ("h", "Fixed programmes"),
            (
                "p",
                "P1 Standard: 24 moves, every 6 h, 6 days. P2 Fast, for yeasts with a riddling aid: 24 moves, every "
                "3 h, 3 days. P3 Slow, for difficult wines: 24 moves, every 8 h, 8 days. P4 Magnum: 24 moves, every "
                "7 h, 7 days. P5 Finish: the last 8 moves only, every 4 h, to repeat the end of a programme. P6 to "
                "P9 are special programmes whose moves are listed on the programme sheet RVG-PS-07 supplied with the "
                "machine; they are not reproduced here.",
            ),
            ("h", "User programmes"),
            (
                "p",
                "U1 to U10: interval 1-12 h in steps of 0.5 h, 8-48 moves, rotation 45° or 90° per move, end tilt "
                "60-80°. Enter them in the PROG menu (section 7).",
            ),
            ("h", "Cellar temperature"),
            (
                "p",
                "Riddle at 10-14 °C. Below 10 °C the deposit slides poorly and the programme may need to be "
                "repeated; above 14 °C the pressure in the bottles rises. The choice of programme, yeast and "
                "riddling aid is the cellar master's; Remuvia cannot advise on the wine.",
            ),
            ("h", "Power failure"),
            (
                "p",
                "The controller keeps the programme and the time through a power failure (clock battery CR2032). "
                "When the power returns, the machine shows R09 and waits; press CONT to carry on from the next move. "
                "Moves missed while the power was off are not caught up.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "What to do"],
            ["R01", "Emergency stop pressed", "Release the stop; press CONT"],
            [
                "R02",
                "Cage not locked: a locking pin is not fully home",
                "Push both pins fully in; check the pin sensors",
            ],
            ["R03", "Tilt motor overload", "Check the load is not above the maximum and the cage is centred"],
            ["R04", "Rotation motor overload", "Check nothing touches the cage; check the slewing ring"],
            ["R05", "Tilt sensor reads outside 10-85°", "Stop; call Remuvia service"],
            ["R06", "Tilt move not finished within 60 s", "Check the tilt chain and the load; reset"],
            ["R08", "Rotation home sensor not found", "Clean the sensor; check the target plate"],
            ["R09", "Power failure, programme paused", "Press CONT to carry on"],
            ["R10", "Clock battery low", "Replace the battery (section 8)"],
            ["R11", "Light curtain interrupted during a move", "Clear the zone; the move repeats after 60 s"],
            ["R12", "Programme finished", "Unload the cage (section 6)"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Deposit still stuck on the bottle wall at the end of the programme",
                "Programme too fast for the wine; cellar too cold; no riddling aid",
                "Check the cellar is at 10-14 °C; run P5 to repeat the last moves, or use P3 for the next cages; a "
                "riddling aid is the cellar master's decision",
            ],
            [
                "Deposit in the neck in most bottles but not in a few",
                "Bottles loaded with the paint marks pointing different ways; bottles from another batch",
                "Load with all marks the same way (section 6); riddle odd bottles separately",
            ],
            [
                "Cage knocks at each rotation",
                "Locking pins not fully home; worn pin bushings",
                "Check the pins; replace the bushings (RVG-LB-05 or RVG-LB-07)",
            ],
            [
                "Machine has not moved for hours, display shows R09",
                "Power failure",
                "Press CONT; the moves missed are not made up",
            ],
            [
                "Tilt stops short with R06",
                "Cage off centre or overloaded; tilt chain slack",
                "Check the load and the corner cones; tension the chain to 8-12 mm slack",
            ],
        ],
        (50, 56, 68),
    ),
    ("h", "6. Loading and unloading a cage"),
    (
        "ol",
        [
            "Press LOAD: the platform returns to level with the rotation at home. Wait until the LOAD lamp is on "
            "steadily, then turn the key switch to STOP.",
            "Check the bottles: all neck down, all paint marks pointing the same way, no cracked bottles.",
            "Lift the cage with a forklift of at least 1.5 t (RM-500) or 2 t (RM-700) capacity; the forklift is "
            "covered by its own manual.",
            "Set the cage on the platform so that the four corner cones engage in the cage feet.",
            "Push both locking pins fully in; the two green pin lamps come on.",
            "Leave the 1 m zone, turn the key switch to RUN, select the programme and press START.",
            "To unload after R12, press LOAD, turn the key to STOP, pull both pins and lift the cage out. Keep the "
            "bottles neck down from here on and take them to disgorging; see the disgorging machine's manual.",
        ],
    ),
    ("h", "7. Entering a user programme"),
    (
        "ol",
        [
            "Press PROG and choose a free user number U1 to U10.",
            "Enter the interval (1-12 h), the number of moves (8-48), the rotation per move (45° or 90°) and the end "
            "tilt (60-80°).",
            "The controller works out the tilt step and shows the total time; check it against the plan.",
            "Press SAVE. User programmes can be copied to a USB stick in the same menu.",
        ],
    ),
    ("h", "8. Replacing the clock battery"),
    (
        "ol",
        [
            "Wait for the end of a programme, or for a pause between moves of at least 30 min.",
            "Switch off and isolate the machine.",
            "Open the controller cover (four screws) and slide out the old CR2032 cell.",
            "Fit the new cell RVG-BAT-2032 with the + side up within 2 min; the time and the programme are kept for "
            "that long by a capacitor.",
            "Close the cover, switch on and check the time; R10 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Clean the platform and the corner cones; check the locking pins and the pin lamps"],
            ["Monthly", "Grease the slewing ring, 4 nipples, 2 strokes each; check the tilt chain: 8-12 mm slack"],
            [
                "Every 2000 moves or 12 months, whichever comes first",
                "Check the tilt gearbox oil (0.6 L RM-500, 0.8 L RM-700)",
            ],
            ["Every 2 years, or at R10", "Replace the clock battery (section 8)"],
            ["Every 5 years", "Remuvia service checks the slewing ring bolts and calibrates the tilt sensor"],
        ],
        (70, 104),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RM-500", "RM-700"],
            ["Locking pin", "RVG-LP-01", "RVG-LP-01"],
            ["Locking pin bushing", "RVG-LB-05", "RVG-LB-07"],
            ["Corner cone", "RVG-CC-05", "RVG-CC-07"],
            ["Magnum insert for the cage", "RVG-MI-05", "RVG-MI-07"],
            ["Clock battery CR2032", "RVG-BAT-2032", "RVG-BAT-2032"],
            ["Tilt sensor", "RVG-TS-01", "RVG-TS-01"],
            ["Tilt chain", "RVG-CH-05", "RVG-CH-07"],
        ],
        (84, 45, 45),
    ),
]

# ---------------------------------------------------------------- Givrando NFD-600 neck freezer and disgorger
GIVRANDO = [
    ("title", "Givrando NFD-600 Neck Freezer and Disgorger\nInstruction Manual"),
    (
        "p",
        "Document GVR-IM-NFD-02, Edition 4, October 2024. Givrando Sparkling Machinery. The NFD-600 freezes a plug "
        "of wine and yeast deposit in the necks of riddled bottles and then removes the crown cap, so that the "
        "pressure in the bottle throws the ice plug out. Bottles arrive neck down from the riddling cages and are "
        "carried, still neck down, through a bath of propylene glycol and water cooled by the built-in refrigeration "
        "unit. At the end of the bath a turning star sets them upright, and the disgorging head grips the crown cap "
        "with a claw and lifts it off under a guard; the plug flies into the plug catcher. The bottles then go on to "
        "the dosage unit and the corker, which are covered by their own manuals (GVR-IM-DS-01 for the Givrando "
        "dosage unit). The dosage liqueur, its sugar content and the wine itself are the cellar master's matters.",
    ),
    (
        "warn",
        "WARNING: Bottles of sparkling wine are under a pressure of about 6 bar. Disgorge only with the guard closed "
        "and wear safety glasses near the machine. The glycol bath is at about -25 °C: touching it or the cooled "
        "necks with bare hands causes cold burns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Output, 75 cl bottles at 6-10 °C, freeze time 10 min", "600 bottles/h"],
            ["Output, 150 cl magnums at 6-10 °C, freeze time 17 min", "350 bottles/h"],
            ["Bottle positions in the bath", "100"],
            ["Bottle sizes with the neck guide sets", "37.5 cl, 75 cl, 150 cl"],
            ["Crown caps", "29 mm (standard claw); 26 mm with claw kit GVR-CK-26"],
            ["Bath volume", "120 L of propylene glycol and water, 50 % v/v"],
            ["Bath temperature, set point / range", "-25 °C / -30 to -20 °C"],
            ["Neck immersion depth", "30-40 mm"],
            ["Refrigeration unit", "R449A, 3.2 kg charge, 4.8 kW at -32 °C evaporating, air-cooled"],
            ["Pull-down of the bath from 15 °C to -25 °C", "about 45 min"],
            ["Supply", "400 V 3~ 50 Hz, 20 A fuse"],
            ["Compressed air, dry", "6 bar, 120 NL/min"],
            ["Mass, with the bath filled", "650 kg"],
            ["Sound pressure at the operator position", "74 dB(A)"],
        ],
        (90, 84),
    ),
    (
        "p",
        "The bath holds 100 bottles, so the output in bottles per hour is 6000 divided by the freeze time in "
        "minutes; the conveyor speed follows the freeze time that is set. The outputs above hold only for bottles "
        "entering at 6-10 °C and a bath at -25 °C. Half bottles (37.5 cl) run with their own neck guide set; their "
        "freeze time must be found by trial on the first bottles, and no output is stated for them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the machine. Never open the disgorging guard while bottles are in the "
            "head; the guard is locked while the head moves (G02).",
            "Use only food-grade propylene glycol in the bath, never ethylene glycol.",
            "Wear safety glasses, cold-protective gloves and an apron when handling bottles, plugs and the bath.",
            "Work on the refrigeration circuit and the leak checks required by the F-gas regulation may only be "
            "done by a certified refrigeration technician, arranged by the site.",
            "Broken glass goes into the marked glass bin, never into the plug catcher.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Bath temperature"),
            (
                "p",
                "Set point -25 °C. Do not feed bottles before the bath is below -22 °C; the display then shows "
                "READY. If the bath rises above -18 °C after the pull-down the machine stops feeding (G03). Below "
                "-32 °C it stops with G04.",
            ),
            ("h", "Glycol concentration"),
            (
                "p",
                "Keep the bath at 50 % v/v propylene glycol (freezing point about -33 °C). Water from the bottles "
                "and condensation dilute the bath; check it weekly with the refractometer GVR-RF-01. Never let it "
                "fall below 45 % v/v: at -25 °C the bath then starts to freeze on the evaporator coil and the "
                "cooling weakens.",
            ),
            ("h", "Freeze time and immersion"),
            (
                "p",
                "75 cl: 9-12 min, factory 10 min. Magnums: 15-18 min, factory 17 min. The necks are immersed by "
                "30-40 mm; this gives an ice plug of 20-30 mm. A longer plug takes more wine with it; a shorter one "
                "lets wine gush.",
            ),
            ("h", "Bottles and wine loss"),
            (
                "p",
                "Bottles should enter at 6-10 °C and never above 12 °C: warm wine foams when the plug leaves. A "
                "loss of 5-10 mL per bottle is normal; above 15 mL, check the points in section 5.",
            ),
            ("h", "Claw height"),
            (
                "p",
                "The claw grips the crown cap skirt 2.5 mm above the glass lip, set with the gauge block GVR-GB-01. "
                "Set too low, the claw chips the glass.",
            ),
            ("warn", "Never put bottles that were not riddled to the end into the machine: the plug does not form."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "What to do"],
            ["G01", "Emergency stop pressed", "Clear the cause, release the stop, reset"],
            ["G02", "Disgorging guard open", "Close the guard"],
            ["G03", "Bath above -18 °C after pull-down", "Check the refrigeration unit and the glycol concentration"],
            ["G04", "Bath below -32 °C", "Check the set point and the bath sensor"],
            ["G05", "Bath level low", "Top up with 50 % mix (section 7)"],
            [
                "G06",
                "Refrigeration high pressure switch",
                "Clean the condenser; if it repeats, call a refrigeration technician",
            ],
            ["G07", "Refrigeration low pressure switch", "Call a refrigeration technician"],
            [
                "G08",
                "Compressor motor protection tripped",
                "Let it cool; call a refrigeration technician if it repeats",
            ],
            ["G10", "Claw did not grip the crown, three bottles in a row", "See section 5"],
            ["G11", "Bottle jam at the infeed star", "Stop, clear the jam with gloves on"],
            ["G12", "Compressed air below 5 bar", "Check the site supply"],
            ["G13", "Plug catcher full or bin not in place", "Empty and refit the bin"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Ice plug small or missing, wine gushes, high wine loss",
                "Bath too warm; freeze time too short; bottles too warm; necks not deep enough",
                "Bring the bath to -25 °C; lengthen the freeze time; cool the bottles to 6-10 °C; set the immersion "
                "to 30-40 mm",
            ],
            [
                "Plug stays in the neck after the crown is off",
                "Plug too long (immersion too deep or freeze too long); low pressure in the bottle",
                "Reduce the immersion or the freeze time; bottle pressure is checked by the cellar laboratory",
            ],
            [
                "Crown not removed, G10",
                "Claw worn; wrong claw for the crown size; claw height wrong",
                "Check the claw size (26 or 29 mm) and the height (2.5 mm); replace the claw after 300 000 bottles "
                "or sooner if worn",
            ],
            [
                "Chipped bottle lips, glass in the plug catcher",
                "Claw set too low",
                "Reset the claw height with the gauge block GVR-GB-01",
            ],
            [
                "Cooling weak, ice on the coil, G03",
                "Glycol diluted below 45 %; condenser dirty",
                "Check and correct the concentration (section 7); clean the condenser",
            ],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Start-up and disgorging"),
    (
        "ol",
        [
            "Check the bath level at the mark and the plug catcher bin; fit the neck guide set for the bottle size.",
            "Switch on and set the bath to -25 °C. The pull-down from 15 °C takes about 45 min.",
            "Set the freeze time; the conveyor speed follows it.",
            "When READY is shown, load the first bottles neck down from the riddling cage.",
            "Check the first 10 bottles: plug length 20-30 mm, wine loss 5-10 mL.",
            "Adjust the freeze time by 1 min at a time if needed, then run.",
            "At the end of the shift, run the bath empty, stop the conveyor, empty the plug catcher and clean the "
            "claw. Leave the refrigeration on if disgorging goes on the next day.",
        ],
    ),
    ("h", "7. Checking and correcting the glycol concentration"),
    (
        "ol",
        [
            "Take a sample from the middle of the bath with the sample cup and let it warm to room temperature.",
            "Read the concentration C (% v/v) on the refractometer GVR-RF-01.",
            "If C is below 48 %, work out the quantity to exchange: litres = 120 x (50 - C) / (100 - C).",
            "Stop the conveyor. Drain that quantity from the bath through the drain valve into a clean container.",
            "Add the same quantity of pure propylene glycol (GVR-PG-20, 20 L cans) and run the bath circulation "
            "for 10 min.",
            "Measure again; the reading should be 50 % ±2 %.",
            "Take the drained mix to the site's waste disposal; do not pour it down a drain.",
        ],
    ),
    ("h", "8. Changing the claw"),
    (
        "ol",
        [
            "Stop the machine, isolate it and shut and vent the compressed air.",
            "Open the disgorging guard.",
            "Unscrew the claw retaining nut (24 mm spanner) and take off the claw.",
            "Fit the new claw, GVR-CL-29 for 29 mm crowns or the claw from kit GVR-CK-26 for 26 mm crowns, and "
            "tighten the nut to 25 Nm.",
            "Set the claw height to 2.5 mm above the glass lip with the gauge block GVR-GB-01.",
            "Close the guard, restore the air and run five test bottles in JOG mode.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the plug catcher; clean the claw, the catcher and the infeed"],
            ["Weekly", "Check the glycol concentration (section 7)"],
            ["Monthly", "Clean the condenser fins with a soft brush; check the claw for wear"],
            ["300 000 bottles or when worn, whichever comes first", "Replace the claw (section 8)"],
            ["Yearly", "Leak check of the refrigeration circuit by a certified technician; Givrando service"],
            ["Every 2 years", "Replace the bath: 60 L of propylene glycol and 60 L of water"],
        ],
        (70, 104),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Claw for 29 mm crowns", "GVR-CL-29"],
            ["Claw kit for 26 mm crowns", "GVR-CK-26"],
            ["Claw height gauge block", "GVR-GB-01"],
            ["Propylene glycol, food grade, 20 L", "GVR-PG-20"],
            ["Refractometer", "GVR-RF-01"],
            ["Plug catcher bin", "GVR-PB-01"],
            ["Neck guide set 37.5 cl / 75 cl / 150 cl", "GVR-NG-37 / GVR-NG-75 / GVR-NG-150"],
            ["Bath temperature sensor Pt100", "GVR-TS-100"],
        ],
        (90, 84),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vendemar-vdc-destemmer-crusher.pdf", "Vendemar VDM-OM-VDC-03 Ed 2 - VDC-8 / VDC-14", VENDEMAR),
        ("clarivelle-cx-crossflow-wine-filter.pdf", "Clarivelle CLF-OM-CX-11 Ed 3 - CX-4 / CX-6", CLARIVELLE),
        ("remuvia-rm-gyropalette-riddling-machine.pdf", "Remuvia RVG-UM-RM-07 Ed 1 - RM-500 / RM-700", REMUVIA),
        ("givrando-nfd-neck-freezer-and-disgorger.pdf", "Givrando GVR-IM-NFD-02 Ed 4 - NFD-600", GIVRANDO),
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
