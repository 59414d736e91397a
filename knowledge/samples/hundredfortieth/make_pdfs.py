"""Generate the PDF manuals of the hundred-and-fortieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set140-scratch/venv && /tmp/set140-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set140-scratch/venv/bin/python knowledge/samples/hundredfortieth/make_pdfs.py

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


# ---------------------------------------------------------------- Mahlroda WG soybean wet grinding mills
MAHLRODA = [
    ("title", "Mahlroda WG Soybean Wet Grinding Mills\nOperating and Maintenance Manual - WG-15 and WG-30"),
    (
        "p",
        "Document MRD-BA-WG-04, Edition 3, March 2025. Mahlroda Food Machinery. The WG-15 and WG-30 grind soaked "
        "soybeans together with grinding water into a fine slurry (go) for soy milk and tofu production. The beans "
        "and the water enter the hopper together and are ground between a stationary and a rotating corundum disc; "
        "the slurry leaves through the outlet at the bottom of the grinding chamber and is pumped on to the okara "
        "separation. Apart from the throughput, the disc diameter, the motor and the items named in this manual, the "
        "two models are built alike. The soaking of the beans is governed by the soaking tanks and the site's soaking "
        "schedule, the okara separation and the slurry pump by their own manuals, and the cleaning chemicals by the "
        "site's cleaning plan and the chemical supplier; none of these is covered here.",
    ),
    (
        "warn",
        "WARNING: The rotor turns at up to 2900 rpm and runs on for about 40 s after a stop. Never reach into the "
        "hopper or open the inspection cover before the rotor has stopped and the mill is isolated and locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WG-15", "WG-30"],
            ["Throughput, dry bean equivalent (beans soaked 10-14 h in water at 15-20 °C)", "150 kg/h", "300 kg/h"],
            ["Water-to-bean ratio, dry bean basis, settable", "1:6 to 1:10", "1:6 to 1:10"],
            ["Grinding disc diameter", "300 mm", "400 mm"],
            ["Disc thickness new / discard", "30 mm / 18 mm", "36 mm / 22 mm"],
            ["Disc gap, settable range", "0.15-0.60 mm", "0.15-0.60 mm"],
            ["Disc gap, factory setting", "0.30 mm", "0.35 mm"],
            ["Rotor speed", "2900 rpm", "1480 rpm"],
            ["Motor 400 V 3~ 50 Hz", "11 kW, 21 A", "22 kW, 40 A"],
            ["Supply fuse", "35 A gG", "63 A gG"],
            ["Grinding water supply, cold", "2-4 bar, at least 25 L/min", "2-4 bar, at least 50 L/min"],
            ["Seal flush water", "1.5 L/min at 1-2 bar", "2.5 L/min at 1-2 bar"],
            ["Hot grinding (HG kit, water 80-90 °C)", "not available", "option MRD-HG-30"],
            ["Hopper volume", "40 L", "80 L"],
            ["Slurry outlet", "DN 50 clamp", "DN 65 clamp"],
            ["Slurry fineness at factory gap and ratio 1:7, residue on a 100 µm sieve", "10 % or less", "12 % or less"],
            ["Noise at 1 m, grinding", "79 dB(A)", "82 dB(A)"],
            ["Mass, empty", "420 kg", "690 kg"],
            ["Footprint", "900 x 750 mm", "1150 x 900 mm"],
        ],
        (80, 46, 46),
    ),
    (
        "p",
        "The throughputs hold for yellow soybeans soaked as stated. For black soybeans, split or dehulled beans, "
        "figures are not given; the mill may be used, but the gap and ratio must be found by trial.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Bean condition"),
            (
                "p",
                "Soaked beans should weigh 2.1 to 2.3 times their dry mass. Beans below 2.0 times their dry mass are "
                "under-soaked: they overload the motor (M01) and give a coarse slurry. Stones and metal are held by "
                "the foreign matter trap under the hopper, which must be emptied daily.",
            ),
            ("h", "Grinding water"),
            (
                "p",
                "Grinding water (L/h) = dry bean equivalent (kg/h) x (ratio - 1.2). The 1.2 is the water the soaked "
                "beans already hold, about 1.2 kg for each kg of dry beans after a full soak. Example: a WG-15 at "
                "150 kg/h and a ratio of 1:7 needs 150 x (7 - 1.2) = 870 L/h, or 14.5 L/min. The panel works this "
                "out from the ratio and the throughput entered. The supply must give the flow needed at 1:10 too, "
                "hence the minimum supply flows of the technical data.",
            ),
            ("h", "Disc gap"),
            (
                "p",
                "One division of the gap handwheel is 0.01 mm. Never close the gap below 0.15 mm while the mill runs; "
                "the discs must never touch. Change the gap in steps of no more than 0.05 mm and wait 2 min after each "
                "step before judging the slurry.",
            ),
            ("h", "Motor load"),
            (
                "p",
                "In steady grinding the motor current should be 60-85 % of the rated current. Above 95 % of the "
                "rated current for 20 s the mill trips (M01). Below 60 % the mill is underfed or the gap is too wide.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "The slurry must leave the mill no more than 8 °C warmer than the grinding water. A larger rise means "
                "the gap is too narrow or the discs are glazed. Hot grinding (WG-30 with the HG kit only): grinding "
                "water 80-90 °C; the seal flush must stay cold, below 30 °C. Bearings: warning at 80 °C, trip at "
                "90 °C (M08).",
            ),
            ("h", "Vibration and starts"),
            (
                "p",
                "Vibration on the bearing housing: warning at 4.5 mm/s, trip at 7.1 mm/s (M12). No more than 6 "
                "starts per hour. Never run the discs without water for more than 5 s.",
            ),
            ("warn", "Never open the gap handwheel lock while the mill is grinding at a gap below 0.20 mm."),
        ],
    ),
    ("h", "3. Fault messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Motor overload: current above 95 % of rated for 20 s", "Open the gap by 0.05 mm; check the soak (2.1-2.3 times dry mass) and the bean feed"],
            ["M02", "Grinding water flow below 80 % of the setpoint for 10 s", "Check the supply pressure (at least 2 bar) and clean the water strainer"],
            ["M03", "Bean feed interrupted: hopper level low for 60 s", "Refill the hopper; check the feed screw"],
            ["M04", "Gap actuator fault or position lost", "Check the actuator plug; carry out the zero setting (section 6)"],
            ["M05", "Seal flush water missing", "Open the flush valve; check 1-2 bar on the flush gauge"],
            ["M06", "Grinding chamber pressure above 0.5 bar: outlet blocked", "Check the outlet valve and the slurry pump downstream"],
            ["M08", "Bearing temperature: warning 80 °C, trip 90 °C", "Grease as in section 9; if it returns, call Mahlroda service"],
            ["M09", "Guard or hopper lid open", "Close it; reset on the panel"],
            ["M10", "Hot grinding water outside 80-90 °C (WG-30 with HG kit)", "Check the hot water supply and the HG kit mixing valve"],
            ["M11", "Emergency stop pressed", "Release it when safe; reset"],
            ["M12", "Vibration: warning 4.5 mm/s, trip 7.1 mm/s", "Check the disc fastening, disc wear and the foreign matter trap"],
        ],
        (16, 70, 86),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Slurry gritty, okara yield high", "Gap too wide; discs worn; beans under-soaked", "Close the gap by 0.02-0.05 mm; measure the discs; check the soak"],
            ["Slurry leaves much warmer than the water", "Gap too narrow; discs glazed", "Open the gap; dress or replace the discs"],
            ["Heavy foam at the outlet", "Air drawn in with the beans; hopper run nearly empty", "Keep the hopper above the MIN mark; foam is removed downstream by the defoamer"],
            ["Water dripping at the shaft", "Seal flush missing; shaft seal worn", "Check the flush; replace the seal (section 9)"],
            ["Motor current swings by more than 10 %", "Uneven bean feed; stones in the chamber", "Check the feed screw; empty the foreign matter trap"],
            ["Scraping noise", "Discs touching", "Stop at once; open the gap; repeat the zero setting"],
            ["Slurry too thin or too thick for the recipe", "Wrong ratio or throughput entered", "Check the ratio and throughput on the panel"],
        ],
        (52, 58, 62),
    ),
    ("h", "5. Starting and grinding"),
    (
        "ol",
        [
            "Check that the guard and the hopper lid are closed and the outlet valve to the slurry pump is open.",
            "Open the seal flush water and check 1-2 bar on the flush gauge.",
            "Open the grinding water and set the ratio on the panel (default 1:7) and the throughput.",
            "Check that the gap shown is the product setting (factory 0.30 mm on the WG-15, 0.35 mm on the WG-30).",
            "Start the mill and let the water run for 30 s.",
            "Start the bean feed screw; it ramps up to the set throughput over 60 s.",
            "After 5 min check the slurry temperature rise (no more than 8 °C) and the motor current (60-85 %).",
            "To stop, stop the feed, run the water for 2 min to flush, stop the mill, close the grinding water and close "
            "the seal flush last.",
        ],
    ),
    ("h", "6. Setting the disc gap (zero setting)"),
    (
        "ol",
        [
            "Stop the mill, isolate and lock it off. The seal flush may stay closed.",
            "Remove the hopper lid and the inspection cover.",
            "Turn the rotor by hand with the turning tool MRD-TW-1 while turning the gap handwheel clockwise until the "
            "rotor just drags.",
            "Loosen the dial lock screw, set the dial to 0.00 and tighten the lock screw.",
            "Turn the handwheel anticlockwise to the gap wanted: 30 divisions for 0.30 mm.",
            "Lock the handwheel with the clamp lever.",
            "Refit the inspection cover and the lid, start with water only and listen: there must be no scraping.",
            "Grind for 10 min and check the fineness with the 100 µm sieve: residue as in the technical data.",
        ],
    ),
    ("h", "7. Replacing the grinding discs"),
    (
        "p",
        "Replace both discs as a set when either is worn to the discard thickness (18 mm WG-15, 22 mm WG-30), or when "
        "the fineness of the technical data cannot be reached at a gap of 0.15 mm, whichever comes first.",
    ),
    (
        "ol",
        [
            "Isolate and lock off the mill and close the grinding and flush water.",
            "Drain the chamber through the outlet and remove the hopper.",
            "Hold the rotor with the turning tool and undo the rotor disc nut; it has a left-hand thread.",
            "Pull the rotor disc with the puller MRD-PL-30 (WG-15) or MRD-PL-40 (WG-30).",
            "Remove the six screws of the stationary disc and take it out.",
            "Clean the seats; fit the new discs with new O-rings.",
            "Tighten the rotor disc nut to 60 Nm (WG-15) or 90 Nm (WG-30) and the stationary disc screws crosswise to "
            "12 Nm.",
            "Carry out the zero setting (section 6).",
            "Run in with water only for 10 min at a gap of 0.40 mm, then set the product gap.",
        ],
    ),
    ("h", "8. Cleaning after production"),
    (
        "ol",
        [
            "Flush with cold water for 5 min at the full water flow.",
            "Open the gap to 0.60 mm for the whole cleaning.",
            "Run the site's cleaning programme. The concentrations, temperatures and times are those of the site's "
            "cleaning plan; the mill tolerates caustic up to 2 % at no more than 80 °C and nitric acid up to 1 % at no "
            "more than 60 °C.",
            "Rinse until the pH at the outlet is the same as that of the rinse water.",
            "Once a week open the inspection cover and check for bean residue behind the discs.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the foreign matter trap; check the seal flush flow; clean the hopper"],
            ["Weekly", "Look at the discs through the inspection cover; check the dial reads 0.00 at the zero setting"],
            ["Every 250 h", "Grease the motor bearings: 15 g (WG-15) or 25 g (WG-30) of food-grade grease NSF H1"],
            ["Every 500 h", "Measure the disc thickness; clean the water strainer"],
            ["Every 2000 h or 12 months, whichever comes first", "Replace the shaft seal"],
            ["Yearly", "Vibration trend measurement by Mahlroda service"],
        ],
        (60, 112),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Isolate and lock off before opening the hopper, the inspection cover or the outlet.",
            "The WG-30 exceeds 80 dB(A) while grinding: wear hearing protection near it.",
            "With hot grinding, the chamber, outlet and slurry are at up to 90 °C: wear gloves and keep the guard closed.",
            "Only trained staff may set the gap or replace the discs.",
            "The electrical installation up to the main switch is the site's; it must be done by a qualified electrician.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "WG-15", "WG-30"],
            ["Grinding disc set (rotor and stationary disc)", "MRD-GD-300", "MRD-GD-400"],
            ["Shaft seal", "MRD-SS-15", "MRD-SS-30"],
            ["O-ring set", "MRD-OR-15", "MRD-OR-30"],
            ["Disc puller", "MRD-PL-30", "MRD-PL-40"],
            ["Turning tool", "MRD-TW-1", "MRD-TW-1"],
            ["Water strainer insert", "MRD-WS-20", "MRD-WS-25"],
            ["Hot grinding kit", "-", "MRD-HG-30"],
        ],
        (80, 46, 46),
    ),
]

# ---------------------------------------------------------------- Gyokora CC continuous coagulation machines
GYOKORA = [
    ("title", "Gyokora CC Continuous Coagulation Machines\nOperating Manual - CC-8 and CC-16"),
    (
        "p",
        "Document GYK-OM-CC-02, Edition 2, November 2024. Gyokora Machinery. The CC-8 and CC-16 make tofu curd "
        "continuously. Hot soy milk and a coagulant solution are dosed together into an in-line static mixer and "
        "filled into a chain of stainless steel coagulation cells. The cells move slowly through a heated tunnel, "
        "where the curd sets, and are tipped at the end of the tunnel onto the curd breaker or the press infeed. Apart "
        "from the flow, the number and size of the cells, the heating and the items named in this manual, the two "
        "models are built alike. The soy milk is made and heated upstream (the cooker and its manual); the coagulant "
        "and its dose are the customer's recipe; the curd breaker and the press have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Soy milk, tunnel water and cleaning solution are hot (up to 90 °C). The cell chain moves without "
        "warning when production runs: keep hands out of the tipping station and stop the chain before any work.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CC-8", "CC-16"],
            ["Soy milk flow", "400-800 L/h", "800-1600 L/h"],
            ["Soy milk concentration", "10-14 °Brix", "10-14 °Brix"],
            ["Soy milk temperature at the mixer", "70-85 °C", "70-85 °C"],
            ["Number of cells (of these in the heated tunnel)", "24 (20)", "36 (30)"],
            ["Cell volume / fill volume, settable", "15 L / 8-12 L", "22.5 L / 12-18 L"],
            ["Coagulation time, resulting range", "about 12-36 min", "about 13-40 min"],
            ["Tunnel heating, hot water jacket", "6 kW", "12 kW"],
            ["Coagulant dosing pump (peristaltic)", "2-40 L/h", "4-80 L/h"],
            ["Coagulant tank with agitator", "60 L", "120 L"],
            ["Cell chain drive", "0.37 kW", "0.55 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A", "40 A"],
            ["Cleaning (CIP) supply at the spray nozzles", "3 bar, 2.5 m³/h", "3 bar, 4 m³/h"],
            ["Length x width", "5.2 x 1.1 m", "7.4 x 1.3 m"],
            ["Mass, empty", "1350 kg", "2100 kg"],
        ],
        (80, 46, 46),
    ),
    (
        "p",
        "Coagulation times hold for soy milk of 10-14 °Brix entering at 70-85 °C, with the tunnel water at 80-90 °C. "
        "Curd for silken (filled) tofu is not made on this machine.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Soy milk"),
            (
                "p",
                "Soy milk temperature at the mixer: 70-85 °C and within ±2 °C of the recipe setpoint. Below 70 °C the "
                "machine gives G02 and the curd sets poorly. Concentration 10-14 °Brix; below 10 °Brix the curd is "
                "weak. The concentration is measured upstream by the site's inline refractometer, not by this machine.",
            ),
            ("h", "Coagulant flow"),
            (
                "p",
                "Coagulant flow (L/h) = soy milk flow (L/h) x dose (%) / 100. Example: 800 L/h of soy milk with a "
                "dose of 2.0 % needs 16 L/h of coagulant solution. The dose and the coagulant are the customer's "
                "recipe. Typical starting points only: magnesium chloride (nigari) solution of 20 % at 1.5-2.5 %; "
                "calcium sulphate slurry of 10 % at 2-3 %.",
            ),
            ("h", "Coagulation time"),
            (
                "p",
                "Coagulation time (min) = cells in the tunnel x cell fill (L) x 60 / soy milk flow (L/h). Example: a "
                "CC-8 with 20 cells in the tunnel, a fill of 10 L and 800 L/h gives 20 x 10 x 60 / 800 = 15 min. The "
                "cell fill must never exceed 80 % of the cell volume (12 L on the CC-8, 18 L on the CC-16).",
            ),
            ("h", "Tunnel and curd"),
            (
                "p",
                "Tunnel jacket water 80-90 °C (G08 outside). The curd must leave the tunnel at 65 °C or more for "
                "pressing; a colder curd presses badly.",
            ),
            ("h", "Coagulant tank"),
            (
                "p",
                "Keep magnesium chloride solution below 30 °C. Calcium sulphate slurry settles: the agitator must run "
                "the whole time the tank holds slurry. Low level warning at 10 % (G04).",
            ),
            ("h", "Pump accuracy"),
            (
                "p",
                "After a calibration the coagulant pump must deliver within ±3 % of the set flow. G05 shows a "
                "difference of more than ±5 % for 20 s between the set flow and the flowmeter.",
            ),
            ("warn", "When changing from one coagulant to another, flush the coagulant line with water for 5 min."),
        ],
    ),
    ("h", "3. Alarm messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Soy milk flow more than 10 % below the setpoint for 30 s", "Check the soy milk supply pump and the cooker"],
            ["G02", "Soy milk at the mixer below 70 °C", "Check the heating upstream; the machine diverts the soy milk to the return line"],
            ["G03", "Soy milk at the mixer above 90 °C", "Check the heating upstream"],
            ["G04", "Coagulant tank below 10 %", "Prepare and fill coagulant"],
            ["G05", "Coagulant flow differs by more than ±5 % for 20 s", "Check the pump tube; calibrate the pump (section 6)"],
            ["G06", "Cell chain overload or jam", "Stop, isolate, remove the obstruction; check the chain tension"],
            ["G07", "Cell not back in position after tipping", "Check the tipping cam and its sensor"],
            ["G08", "Tunnel water outside 80-90 °C", "Check the heater and the circulation pump"],
            ["G09", "Coagulant tank agitator fault", "Check the agitator motor; never leave calcium sulphate slurry standing"],
            ["G10", "Cleaning supply pressure below 2 bar", "Check the site's CIP supply"],
            ["G12", "Guard door open", "Close the door; reset"],
            ["G13", "Emergency stop pressed", "Release when safe; reset"],
            ["G14", "Chain index sensor: pulses missing", "Clean and adjust the sensor, gap 2-3 mm"],
        ],
        (16, 70, 86),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Curd soft, does not set; whey milky", "Too little coagulant; soy milk too cold; soy milk too thin", "Calibrate the coagulant pump (section 6); check the temperature and the °Brix against the recipe"],
            ["Curd hard and crumbly, tastes bitter, whey yellow and very clear", "Too much coagulant", "Check the dose entered and calibrate the pump"],
            ["Curd differs from cell to cell", "Pump tube worn (pulsing flow); static mixer fouled", "Replace the pump tube (section 7); clean the mixer"],
            ["Curd broken up in the cells", "Chain jerking; chain too slack", "Check the chain tension: 10-15 mm sag at mid-span"],
            ["Cells do not empty fully at the tipping station", "Cell surfaces fouled; curd too cold", "Clean the cells; check the tunnel temperature"],
            ["Foam layer on the curd", "Foam in the soy milk", "Check the defoaming upstream (its own manual)"],
        ],
        (52, 58, 62),
    ),
    ("h", "5. Starting production"),
    (
        "ol",
        [
            "Check that the cleaning programme has finished and the cells are drained.",
            "Fill the coagulant tank according to the recipe; start the agitator.",
            "Switch on the tunnel heating and wait until the jacket water is at 80-90 °C.",
            "Select the recipe: soy milk flow, cell fill, dose. The panel shows the coagulation time.",
            "Start the cell chain.",
            "Open the soy milk supply; the soy milk goes to the return line until it is at least 70 °C at the mixer.",
            "Press PRODUCTION: the coagulant pump starts and the cells are filled.",
            "Check the first cells at the tipping station: the curd must be set and at 65 °C or more.",
        ],
    ),
    ("h", "6. Calibrating the coagulant pump"),
    (
        "ol",
        [
            "Select SERVICE > PUMP CAL.",
            "Place the 2 L graduated beaker under the test valve and open the valve.",
            "Press START: the pump runs for 60 s at the recipe flow.",
            "Read the volume. Expected volume (mL) = set flow (L/h) x 1000 / 60; for 16 L/h about 267 mL.",
            "Enter the measured volume; the machine corrects its pump factor.",
            "Repeat the run: the volume must now be within ±3 % of the expected volume.",
            "If the pump factor is outside 0.85-1.15, replace the pump tube (section 7).",
            "Close the test valve and return the coagulant in the beaker to the tank.",
        ],
    ),
    ("h", "7. Replacing the pump tube"),
    (
        "ol",
        [
            "Stop production, close the coagulant tank valve and empty the line through the test valve.",
            "Open the pump head cover; turn the rotor by hand to release the tube.",
            "Remove the tube and the two clamp rings.",
            "Fit the new tube GYK-PT-8 (CC-8) or GYK-PT-16 (CC-16); do not twist it.",
            "Close the cover, open the tank valve and run the pump for 30 s to fill the line.",
            "Calibrate the pump (section 6).",
        ],
    ),
    ("h", "8. Cleaning"),
    (
        "p",
        "Run the cleaning programme after each production day and before a change of coagulant type. The machine "
        "runs the cell chain slowly while the spray nozzles wash the cells; the mixer and the soy milk line are "
        "cleaned in the same circuit. The detergents, their strengths and temperatures come from the site's cleaning "
        "plan; the machine is built for caustic up to 1.5 % at no more than 85 °C. Check the spray nozzles weekly for "
        "blockages; a blocked nozzle leaves curd film on the cells.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the cells at the tipping station; clean the static mixer if curd differs from cell to cell"],
            ["Weekly", "Check the spray nozzles; check the chain sag (10-15 mm at mid-span)"],
            ["Every 500 h or 3 months, whichever comes first", "Replace the coagulant pump tube"],
            ["Every 2000 h", "Lubricate the chain guides with food-grade grease NSF H1; check the tipping cam"],
            ["Yearly", "Check the tunnel heater and the temperature sensors against a reference thermometer"],
        ],
        (60, 112),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Stop and isolate the cell chain before working at the chain, the cells or the tipping station.",
            "Wear a face shield and gloves when handling coagulant concentrate and when opening hot lines.",
            "Never run the tunnel heating with the jacket empty.",
            "The installation of the hot water, CIP and electrical supplies is the site's.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CC-8", "CC-16"],
            ["Coagulant pump tube", "GYK-PT-8", "GYK-PT-16"],
            ["Static mixer element", "GYK-SM-25", "GYK-SM-32"],
            ["Coagulation cell, complete", "GYK-CE-15", "GYK-CE-22"],
            ["Chain (per metre)", "GYK-CH-12", "GYK-CH-12"],
            ["Spray nozzle", "GYK-SN-03", "GYK-SN-03"],
            ["Tunnel temperature sensor Pt100", "GYK-TS-100", "GYK-TS-100"],
        ],
        (80, 46, 46),
    ),
]

# ---------------------------------------------------------------- Oshimaru BP continuous tofu presses
OSHIMARU = [
    ("title", "Oshimaru BP Continuous Tofu Presses\nInstruction Manual - BP-24 and BP-36"),
    (
        "p",
        "Document OSM-OM-BP-03, Edition 1, June 2024. Oshimaru Tofu Machinery. The BP-24 and BP-36 press broken curd "
        "into a continuous sheet of firm tofu. The curd is spread on the lower filter belt between two side bands; "
        "the upper filter belt closes over it and pneumatic pressure rollers press out the whey in zones of rising "
        "pressure. At the outlet the sheet passes onto the transfer belt of the cutter. Apart from the sheet width, "
        "the pressing length, the number of zones and the items named in this manual, the two models are built alike. "
        "The curd comes from the coagulation machine and the curd breaker (their own manuals); cutting and packing are "
        "covered by the cutter's manual.",
    ),
    (
        "warn",
        "WARNING: The belts draw in hands and cloths at every roller. Never reach between the belts while the press "
        "runs. The pull cords along both sides stop the press at once.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BP-24", "BP-36"],
            ["Sheet width", "240 mm", "360 mm"],
            ["Sheet thickness after pressing", "25-60 mm", "25-60 mm"],
            ["Output of firm tofu (sheet 40 mm, belt speed 0.5 m/min)", "about 300 kg/h", "about 450 kg/h"],
            ["Belt speed", "0.2-1.2 m/min", "0.2-1.2 m/min"],
            ["Pressing length", "6.0 m", "7.5 m"],
            ["Pressure zones", "3", "4"],
            ["Roller pressure, zone 1 / 2 / 3", "0.3-1.0 / 0.5-2.0 / 1.0-3.0 bar", "0.3-1.0 / 0.5-2.0 / 1.0-3.0 bar"],
            ["Roller pressure, zone 4", "-", "1.5-4.0 bar"],
            ["Filter belts, polyester monofilament, width", "300 mm", "420 mm"],
            ["Belt length, upper / lower", "14.2 m / 15.6 m", "17.4 m / 18.8 m"],
            ["Belt washing water", "3-4 bar, 50-60 °C, 12 L/min", "3-4 bar, 50-60 °C, 16 L/min"],
            ["Compressed air, dry and oil-free", "6 bar, 150 NL/min", "6 bar, 200 NL/min"],
            ["Drive", "1.1 kW", "1.5 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "20 A"],
            ["Length x width", "8.2 x 1.1 m", "9.8 x 1.25 m"],
            ["Mass", "1900 kg", "2600 kg"],
        ],
        (80, 46, 46),
    ),
    (
        "p",
        "The outputs hold for firm tofu from curd of soy milk at 10-14 °Brix, broken to pieces of 10-30 mm and "
        "reaching the infeed at 60 °C or warmer. The presses are not meant for silken or soft tofu, which is not "
        "pressed. Extra-firm and pressed dried tofu need longer pressing times and higher pressures within the ranges "
        "above; Oshimaru gives no outputs for them, and they must be found by a product trial (section 6).",
    ),
    ("h", "2. Pressing settings and limits"),
    (
        "cols",
        [
            ("h", "Pressing time"),
            (
                "p",
                "Pressing time (min) = pressing length (m) / belt speed (m/min). Example: a BP-24 at 0.5 m/min presses "
                "for 6.0 / 0.5 = 12 min; a BP-36 at the same speed for 15 min.",
            ),
            ("h", "Output"),
            (
                "p",
                "Output (kg/h) = sheet width (m) x sheet thickness (m) x belt speed (m/min) x 60 x 1050. The 1050 "
                "kg/m³ is the density of firm tofu; for other products use the density from the customer's product "
                "specification. Example: BP-24, 40 mm sheet, 0.5 m/min: 0.24 x 0.04 x 0.5 x 60 x 1050 = 302 kg/h.",
            ),
            ("h", "Zone pressures"),
            (
                "p",
                "The pressure must rise from zone to zone: never set a zone lower than the zone before it. Start new "
                "products at the low end of each range. A jump of more than 1.0 bar from one zone to the next splits "
                "the sheet edges. The pressures for each product are the customer's recipe; the ranges of the "
                "technical data are the machine's limits.",
            ),
            ("h", "Curd"),
            (
                "p",
                "The curd must reach the infeed at 60 °C or warmer. Colder curd does not knit into a sheet and "
                "cracks. Pieces of broken curd should be 10-30 mm.",
            ),
            ("h", "Belts"),
            (
                "p",
                "Belt tracking is corrected automatically by the steering rollers; the belt edge should run within "
                "±5 mm of its centre position. At 15 mm off centre the press stops (P02, P03). Belt tension 1.5-2.0 "
                "bar on the tensioning cylinders. Washing water 50-60 °C at 3-4 bar; below 45 °C P12 appears and curd "
                "builds up on the belts.",
            ),
            ("h", "Air"),
            ("p", "Supply 6 bar; below 5 bar the press stops (P01) and the rollers lift."),
            ("warn", "Never run the belts dry for more than 10 min: switch on the washing water first."),
        ],
    ),
    ("h", "3. Alarm messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P01", "Compressed air below 5 bar", "Check the supply and the filter regulator"],
            ["P02", "Upper belt 15 mm or more off centre", "Check the steering roller; adjust the tracking (section 7)"],
            ["P03", "Lower belt 15 mm or more off centre", "As P02, on the lower belt"],
            ["P04", "Belt washing water below 2.5 bar", "Check the washing supply and the spray bar nozzles"],
            ["P06", "Drive overload", "Check for a jam at the outlet or under the belts"],
            ["P07", "Curd level in the infeed hopper high", "Reduce the curd supply or raise the belt speed"],
            ["P08", "Infeed hopper empty for more than 2 min", "Check the curd supply upstream"],
            ["P09", "Side band sensor: band broken or off its guide", "Stop; refit or replace the side band"],
            ["P10", "Guard open", "Close the guard; reset"],
            ["P11", "Emergency stop or pull cord", "Find the cause; release and reset"],
            ["P12", "Belt washing water below 45 °C", "Check the hot water supply"],
        ],
        (16, 70, 86),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Sheet soft and wet", "Pressure too low; belt speed too high; belts blinded by curd", "Raise the last zone in steps of 0.2 bar; lower the speed; clean the belts"],
            ["Sheet edges split or crack", "Pressure rises too steeply; curd too cold", "Keep each zone within 1.0 bar of the one before; check curd at 60 °C or more"],
            ["Sheet thicker on one side", "Side band worn; belt tension uneven", "Replace the side band; set both tensioning cylinders alike"],
            ["Deep cloth marks, rough surface", "Last zone pressure too high", "Lower the last zone by 0.2-0.5 bar"],
            ["Curd sticks to the upper belt", "Washing water too cold or nozzles blocked", "Check 50-60 °C and the spray bar"],
            ["Belt wanders and stops the press", "Steering roller sticking; belt edge damaged", "Free the steering roller; check the belt"],
        ],
        (52, 58, 62),
    ),
    ("h", "5. Starting production"),
    (
        "ol",
        [
            "Check the air (6 bar) and the washing water (3-4 bar, 50-60 °C).",
            "Close the guards and switch on; select the product recipe.",
            "Start the belts at 0.3 m/min with the washing water on; check the tracking for one belt revolution.",
            "Set the zone pressures of the recipe; the rollers stay lifted until curd arrives.",
            "Start the curd supply; the rollers lower zone by zone as the curd reaches them.",
            "Raise the belt speed to the recipe value once the sheet has reached the outlet.",
            "Check the first metre of sheet for thickness, edge quality and water content, and discard it.",
        ],
    ),
    ("h", "6. Setting the zone pressures for a new product"),
    (
        "ol",
        [
            "Set every zone to the low end of its range and the belt speed to 0.4 m/min.",
            "Run curd until a sheet of 2 m has left the press.",
            "Measure the sheet thickness at both edges and the centre.",
            "Raise the last zone in steps of 0.2 bar until the thickness is reached; wait one pressing time after each step.",
            "Raise the earlier zones so that the pressure rises evenly from zone to zone, never more than 1.0 bar from one "
            "zone to the next.",
            "Check the edges for cracks and the surface for cloth marks.",
            "Store the settings under a new recipe number and record them in the customer's product specification.",
        ],
    ),
    ("h", "7. Adjusting the belt tracking by hand"),
    (
        "ol",
        [
            "Run the belts at 0.3 m/min with the washing water on; stop the curd supply.",
            "Switch the steering of the belt concerned to MANUAL on the panel.",
            "Turn the adjusting screw of the steering roller a quarter turn: clockwise moves the belt towards the drive "
            "side.",
            "Wait one belt revolution and read the edge position on the scale.",
            "Repeat until the belt runs within ±5 mm of its centre position.",
            "Switch the steering back to AUTO.",
        ],
    ),
    ("h", "8. Replacing a filter belt"),
    (
        "ol",
        [
            "Stop the press, isolate it and vent the air.",
            "Release the belt tension by setting the tensioning valve to 0 bar.",
            "Open the belt joint (clipper seam) and pull out the pin.",
            "Pull the new belt through with the old one, joined at the seam; note the running direction arrow.",
            "Close the seam with a new pin and check the seam is square to the belt edge.",
            "Set the tension to 1.5-2.0 bar.",
            "Run the belt with the washing water for 15 min before production; check the tracking.",
        ],
    ),
    (
        "p",
        "At the end of each production day run the belts for 20 min with the washing water on and the rollers "
        "lifted, then clean the frame, the infeed hopper and the side bands following the site's cleaning plan. "
        "Belts and side bands tolerate cleaning agents of pH 2-12 at no more than 70 °C. Do not leave the belts "
        "tensioned over a shutdown of more than 3 days: set the tension to 0 bar.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the belts and side bands; clean the spray bar nozzles; drain the air filter"],
            ["Weekly", "Check the roller bearings for noise; check the belt seams"],
            ["Every 1000 h", "Grease the roller bearings with food-grade grease NSF H1"],
            ["Every 3000 h or when the sheet surface roughens, whichever comes first", "Replace the filter belts"],
            ["Yearly", "Check the pressure regulators against a test gauge"],
        ],
        (60, 112),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Never remove guards or reach between the belts while the press runs.",
            "Vent the air before working at the pressure rollers: they can drop.",
            "The washing water is hot; wear gloves when cleaning the spray bar.",
            "The supply of air, water and power to the press is the site's.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BP-24", "BP-36"],
            ["Filter belt, upper", "OSM-FB-24U", "OSM-FB-36U"],
            ["Filter belt, lower", "OSM-FB-24L", "OSM-FB-36L"],
            ["Side band (pair)", "OSM-SB-24", "OSM-SB-36"],
            ["Seam pin (pack of 5)", "OSM-SP-05", "OSM-SP-05"],
            ["Spray bar nozzle", "OSM-NZ-08", "OSM-NZ-08"],
            ["Pressure roller bearing", "OSM-RB-30", "OSM-RB-35"],
        ],
        (80, 46, 46),
    ),
]

# ---------------------------------------------------------------- Trancelle CT-4 tofu cutter and tray packer
TRANCELLE = [
    ("title", "Trancelle CT-4 Tofu Cutter and Tray Packer\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document TRC-OM-CT4-01, Edition 2, January 2025. Trancelle Packaging Systems. The CT-4 cuts a pressed tofu "
        "sheet into blocks under chilled water and places the blocks into trays on four lanes. The sheet arrives "
        "from the press on the infeed belt and runs into the cutting tank, where circular knives cut it lengthwise "
        "and a cross knife cuts it into blocks. A servo paddle gripper lifts four blocks at a time out of the water "
        "and sets them into the trays, which are then topped up with water and passed on to the tray sealer. The tray "
        "sealer and the checkweigher downstream have their own manuals; the chilled water comes from the site's "
        "chiller.",
    ),
    (
        "warn",
        "WARNING: The circular knives and the cross knife are very sharp and are under the water, where they cannot "
        "be seen. Never put a hand into the cutting tank before the knives are stopped and the knife guard is locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-4"],
            ["Lanes", "4"],
            ["Output", "up to 60 trays/min (15 cycles/min), blocks up to 400 g"],
            ["Sheet width accepted", "200-360 mm"],
            ["Block length (in the flow) / width / height", "50-120 mm / 50-100 mm / 20-60 mm (sheet thickness)"],
            ["Cutting accuracy, firm tofu at tank water 4-10 °C", "length ±1.0 mm, width ±0.5 mm"],
            ["Tray footprint / depth", "95-130 x 75-110 mm / 30-70 mm"],
            ["Water top-up per tray", "20-80 mL, accuracy ±3 mL"],
            ["Cutting tank water temperature", "4-10 °C"],
            ["Fresh water make-up", "10-20 L/min"],
            ["Compressed air, dry and oil-free", "6 bar, 300 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 9 kW, fuse 32 A"],
            ["Noise at the operator position", "74 dB(A)"],
            ["Mass", "1650 kg"],
        ],
        (80, 92),
    ),
    (
        "p",
        "The output of 60 trays/min holds for blocks of firm tofu of 250-400 g in trays of the sizes above, with the "
        "sheet arriving without gaps. For soft tofu the paddle speed must be lowered and the output falls; Trancelle "
        "gives no figure for it, it must be found by trial on site. Trays of PP or PET may be used; which tray and "
        "lidding film suit the product is agreed between the customer and the film supplier.",
    ),
    ("h", "2. Settings and limits"),
    (
        "cols",
        [
            ("h", "Block size and mass"),
            (
                "p",
                "Block mass (g) = length (cm) x width (cm) x height (cm) x 1.05. The 1.05 g/cm³ is the density of "
                "firm tofu; for other products use the density in the customer's product specification. Example: a "
                "block of 10.0 x 7.0 x 4.5 cm has 315 cm³ and weighs 315 x 1.05 = 331 g.",
            ),
            ("h", "Cutting"),
            (
                "p",
                "The knife spacers set the block width; the cross knife timing sets the length. The tank water must "
                "stay at 4-10 °C: above 12 °C T01 appears and soft sheets tear at the knives. The accuracy of the "
                "technical data holds only for firm tofu; for soft tofu no accuracy is given.",
            ),
            ("h", "Knives"),
            (
                "p",
                "Replace the circular knives after 400 h of cutting or as soon as the block edges tear, whichever "
                "comes first. The cross knife is reground by Trancelle service after 800 h; never regrind it on site.",
            ),
            ("h", "Gripper"),
            (
                "p",
                "Paddle lift speed 0.3-0.8 m/s. Start soft products at 0.3 m/s. Above 0.6 m/s blocks softer than "
                "firm tofu can break at pick-up.",
            ),
            ("h", "Water top-up"),
            (
                "p",
                "Set 20-80 mL per tray. The water must leave at least 5 mm of free space below the tray rim for the "
                "sealer; more water splashes onto the sealing flange and the seal fails at the sealer.",
            ),
            ("h", "Air"),
            ("p", "6 bar. Below 5 bar the machine stops at the end of the cycle (T08)."),
            ("warn", "Only the knife tool TRC-KT-1 may be used to handle the circular knives."),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["T01", "Cutting tank water above 12 °C", "Check the chilled water supply from the site's chiller"],
            ["T02", "Cutting tank water level low", "Check the make-up water (10-20 L/min) and the overflow"],
            ["T03", "Cross knife not in its home position", "Stop; check for a jammed block under the knife"],
            ["T04", "Circular knife drive overload", "Check for foreign matter; check the knives are free"],
            ["T05", "Gripper position error (servo)", "Home the gripper; if it returns, call Trancelle service"],
            ["T06", "Tray missing at a lane position for 3 cycles", "Check the denester and the tray magazine"],
            ["T07", "Tray jam at the denester", "Clear the jam; check the tray stack is straight"],
            ["T08", "Compressed air below 5 bar", "Check the supply"],
            ["T09", "Water top-up flow error", "Check the top-up valves and the dosing nozzles"],
            ["T11", "Guard door open", "Close; reset"],
            ["T12", "Emergency stop", "Release when safe; reset"],
            ["T13", "No sheet at the infeed for 30 s", "Check the press outlet"],
        ],
        (16, 70, 86),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Block edges torn or ragged", "Circular knives blunt; tank water too warm", "Replace the knives (section 8); check 4-10 °C"],
            ["Blocks break when lifted", "Gripper too fast; product softer than firm tofu", "Lower the paddle speed to 0.3-0.5 m/s"],
            ["Blocks of uneven length", "Infeed belt slipping; sheet stretched", "Check the infeed belt tension; check the sheet thickness"],
            ["Seal failures at the sealer with water on the flange", "Top-up volume too high; nozzles dripping", "Calibrate the top-up (section 7); leave 5 mm below the rim"],
            ["Trays tipping on the lane", "Tray guides set too wide", "Set the guides to the tray size + 2 mm"],
            ["Block placed off centre in the tray", "Lane offset wrong after a format change", "Set the lane offsets in the format (section 6)"],
        ],
        (52, 58, 62),
    ),
    ("h", "5. Starting production"),
    (
        "ol",
        [
            "Fill the cutting tank with chilled water; wait until the panel shows 4-10 °C and the level is correct.",
            "Check the air (6 bar) and fill the tray magazines.",
            "Select the format of the product on the panel and check the knife spacers fitted match it.",
            "Close the guard doors and lock the knife guard; reset the machine.",
            "Start the knives and the tray lanes; start the water make-up at 10-20 L/min.",
            "Let the first sheet run in; the cross knife starts when the sheet reaches the sensor.",
            "Check the first 20 trays for block size, position and water level, and hold them back for the "
            "customer's release check.",
        ],
    ),
    ("h", "6. Changing the block format"),
    (
        "ol",
        [
            "Run the machine empty and stop it; lock the knife guard.",
            "Select the format on the panel, or create a new one under FORMAT > NEW.",
            "Fit the knife spacers for the block width on the circular knife shaft with the knife tool TRC-KT-1.",
            "Enter the block length; the panel sets the cross knife timing.",
            "Set the tray guides to the tray size + 2 mm.",
            "Change the tray magazine inserts for the tray size.",
            "Run five cycles with sheet and check the blocks are centred; correct the lane offsets if needed.",
            "Weigh ten blocks and compare with the block mass worked out in section 2.",
        ],
    ),
    ("h", "7. Calibrating the water top-up"),
    (
        "ol",
        [
            "Place an empty tray under each of the four top-up nozzles.",
            "Select SERVICE > TOP-UP TEST; each nozzle doses the set volume five times.",
            "Weigh each tray; 1 g is 1 mL of water.",
            "Divide by five and compare with the set volume: each nozzle within ±3 mL.",
            "Correct the nozzle factor on the panel for a nozzle outside the limit and repeat the test.",
            "If a nozzle drips after dosing, replace its valve seal TRC-VS-04.",
        ],
    ),
    ("h", "8. Replacing the circular knives"),
    (
        "ol",
        [
            "Stop the machine, isolate it and lock the knife guard open.",
            "Drain the cutting tank to below the knife shaft.",
            "Loosen the shaft nut and pull the knife shaft out on its slide.",
            "Take off the knives and spacers one by one with the knife tool TRC-KT-1; put them in the knife box.",
            "Fit the new knives TRC-CK-150 with the spacers of the format in the same order.",
            "Tighten the shaft nut to 35 Nm.",
            "Slide the shaft back, fill the tank and run ten cycles; check the block edges.",
        ],
    ),
    ("h", "9. Cleaning"),
    (
        "p",
        "Clean at the end of each production day: drain the cutting tank, remove blocks and crumbs, take off the "
        "paddles and the tray guides, foam-clean and rinse. The cleaning agents and their strengths follow the site's "
        "cleaning plan; the machine tolerates foam cleaners of pH 2-12 at no more than 60 °C. Never clean with a "
        "high-pressure jet closer than 30 cm to the servo motors and the sensors.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean as in section 9; check the knives for nicks"],
            ["Weekly", "Check the water top-up (section 7); check the infeed belt tension"],
            ["Every 400 h of cutting or when edges tear, whichever comes first", "Replace the circular knives"],
            ["Every 800 h", "Cross knife regrinding by Trancelle service"],
            ["Every 2000 h", "Replace the top-up valve seals; check the gripper servo belts"],
        ],
        (60, 112),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Wear cut-resistant gloves when handling knives, even with the knife tool.",
            "Lock the knife guard before any work in the cutting tank.",
            "Keep the floor around the tank dry; water on the floor is a slipping hazard.",
            "The chilled water, fresh water, air and power supplies are the site's.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Circular knife 150 mm", "TRC-CK-150"],
            ["Cross knife", "TRC-XK-400"],
            ["Knife spacer set 50-100 mm", "TRC-KS-SET"],
            ["Knife tool", "TRC-KT-1"],
            ["Top-up valve seal", "TRC-VS-04"],
            ["Gripper paddle", "TRC-GP-04"],
            ["Infeed belt", "TRC-IB-360"],
        ],
        (100, 72),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("mahlroda-wg-soybean-wet-grinding-mill.pdf", "Mahlroda MRD-BA-WG-04 Ed 3 - WG-15 / WG-30", MAHLRODA),
        ("gyokora-cc-continuous-coagulation-machine.pdf", "Gyokora GYK-OM-CC-02 Ed 2 - CC-8 / CC-16", GYOKORA),
        ("oshimaru-bp-continuous-tofu-press.pdf", "Oshimaru OSM-OM-BP-03 Ed 1 - BP-24 / BP-36", OSHIMARU),
        ("trancelle-ct-tofu-cutter-and-tray-packer.pdf", "Trancelle TRC-OM-CT4-01 Ed 2 - CT-4", TRANCELLE),
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
