"""Generate the PDF manuals of the hundred-and-sixty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set161-scratch/venv && /tmp/set161-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set161-scratch/venv/bin/python knowledge/samples/hundredsixtyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Kollerhof NK wet pan mills
KOLLERHOF = [
    ("title", "Kollerhof NK Wet Pan Mills\nOperation and Maintenance Manual - NK-28 and NK-36"),
    (
        "p",
        "Document KHF-BA-NK-07, Edition 3, March 2025. Kollerhof Ceramic Machinery. The NK-28 and NK-36 are wet pan "
        "mills (edge runner mills) for the preparation of brick and roof tile clays. The pan turns on a vertical main "
        "shaft driven from below through a bevel-helical gearbox; two heavy mullers run freely on fixed axles and are "
        "turned by the clay. The mullers press the clay, with the water added in the mill, through the slotted screen "
        "plates in the pan floor; the prepared clay falls onto the discharge plate under the pan and is carried away by "
        "the outlet belt. Scrapers keep the clay in the path of the mullers. Apart from the size, the drive and the "
        "items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The foundation is designed by the customer's civil engineer from the Kollerhof load plan; this manual gives "
        "no foundation or anchor bolt data. The box feeder upstream and the outlet belt are covered by their own "
        "manuals. The clay body, its moisture and the slot width to use are chosen by the plant's laboratory.",
    ),
    (
        "warn",
        "WARNING: Never enter the pan unless the main switch is locked off, both mullers are lifted and held by the "
        "two mechanical props, and the pan is blocked with the locking bolt. A muller weighs several tonnes and the "
        "pan can turn under the weight of the clay.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NK-28", "NK-36"],
            ["Pan inside diameter", "2800 mm", "3600 mm"],
            ["Mullers (2), diameter x width", "1400 x 450 mm", "1800 x 550 mm"],
            ["Mass of one muller with tyre", "5.5 t", "9.0 t"],
            ["Pan speed", "22 rpm", "18 rpm"],
            ["Main motor 400 V 50 Hz, soft starter", "75 kW", "132 kW"],
            ["Rated motor current", "136 A", "232 A"],
            ["Slotted screen plates in the pan floor", "12", "16"],
            ["Standard slot width (others 6, 10, 12 mm)", "8 mm", "8 mm"],
            ["Screen plate thickness, new", "40 mm", "40 mm"],
            ["Muller tyre thickness, new / minimum", "100 mm / 45 mm", "120 mm / 55 mm"],
            ["Muller gap above the screen plates", "2-4 mm", "3-5 mm"],
            ["Throughput, brick clay at 18-22 % moisture, 8 mm slots", "25-35 t/h", "45-60 t/h"],
            ["Water addition, nozzle ring", "up to 3 m³/h", "up to 5 m³/h"],
            ["Gearbox oil CLP 320 (ISO VG 320)", "180 L", "320 L"],
            ["Muller lifting cylinders, working pressure", "160 bar", "180 bar"],
            ["Mass of the mill, empty", "38 t", "62 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput is given for brick clay of 18-22 % moisture (wet basis) with 8 mm slots, new screen plates "
        "and an even feed. For other clays, shales and marls Kollerhof gives no throughput figures; ask Kollerhof "
        "with a sample.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the inspection doors closed while the pan turns. The door switches stop the mill (K05); never bridge "
            "them.",
            "Lock off the main switch and the outlet belt before any work in or under the pan.",
            "Lift the mullers only with the hydraulic lifting unit and fit both props before any work under a muller.",
            "Wear hearing protection near the running mill. Noise at the operator position has to be measured by the "
            "site; Kollerhof gives no figure for the installed mill.",
            "Stones and tramp metal in the feed can be thrown out of the pan. Keep the feed free of stones larger than "
            "the box feeder manual allows.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Clay moisture"),
            (
                "p",
                "The mill works with clay between 16 % and 24 % moisture after the water addition. Above 24 % the "
                "clay smears the slots and the mullers slide instead of rolling; below 16 % the plates wear fast "
                "and the motor current rises.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Feed evenly and continuously, no more than 35 t/h (NK-28) or 60 t/h (NK-36) of brick clay. Never "
                "fill the pan with the mill stopped. Start empty, or with the pan no more than a third full; the "
                "soft starter ramps the motor up in 20 s.",
            ),
            ("h", "Other slot widths"),
            (
                "p",
                "Throughput at another slot width (t/h) = rated throughput at 8 mm (t/h) x slot factor. Slot factors: "
                "6 mm 0.70, 8 mm 1.00, 10 mm 1.20, 12 mm 1.35. Example: an NK-36 with 6 mm plates for roof tile clay "
                "gives about 60 x 0.70 = 42 t/h.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "In steady running the current stays below 90 % of the rated current. Above 110 % of the rated "
                "current for 30 s the mill stops with K09. A current that swings by more than 20 % points in a "
                "minute shows an uneven feed.",
            ),
            ("h", "Gearbox oil temperature"),
            (
                "p",
                "Normal below 70 °C. The display warns at 80 °C and the mill stops at 85 °C (K03). The lubrication "
                "pump must give at least 0.8 bar within 10 s of the start (K04).",
            ),
            ("h", "Wear limits"),
            (
                "p",
                "Turn or replace a screen plate when its slots have widened by more than 2 mm over the nominal width "
                "or the plate is thinner than 25 mm, whichever comes first. Replace the muller tyres at 45 mm "
                "(NK-28) or 55 mm (NK-36). Re-set the muller gap after every plate or tyre change.",
            ),
            ("h", "Water addition"),
            (
                "p",
                "The water setpoint comes from the laboratory as litres per tonne of clay. The mill controls the "
                "flow to the feed rate and stops with K07 when the flow is more than 15 % off the setpoint for 60 s.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop pressed or its circuit open. Release, then press RESET."],
            ["K02", "Main motor overload", "Motor protection tripped. Check the feed and the muller gap; let the motor cool."],
            [
                "K03",
                "Gearbox oil over temperature",
                "Oil above 85 °C. Check the oil level, the cooler fan and the cooler fins; do not restart above 70 °C.",
            ],
            [
                "K04",
                "Gearbox oil pressure low",
                "Below 0.8 bar after 10 s. Check the pump, the suction strainer and the oil level.",
            ],
            ["K05", "Inspection door open", "A door switch open. Close the door; never bridge the switch."],
            [
                "K06",
                "Muller bearing temperature",
                "A muller hub above 80 °C. Check the grease and the seals; Kollerhof service replaces hub bearings.",
            ],
            ["K07", "Water flow deviation", "Flow more than 15 % off the setpoint for 60 s. Check the valve and nozzles."],
            [
                "K09",
                "Motor current high",
                "Above 110 % of the rated current for 30 s: too much feed, clay too dry or a muller gap too small.",
            ],
            ["K10", "Pan speed sensor", "No pulses for 5 s with the motor running. Check the sensor gap (2 mm)."],
            ["K11", "Muller lift pressure low", "Lifting unit pressure below the working pressure. Check for leaks."],
            ["K12", "Service due", "2000 operating hours since the last service. The mill still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lumps larger than the slot width in the clay after the mill",
                "Slots worn wider than nominal + 2 mm, a cracked plate or a plate lifted from its seat",
                "Measure the slots; turn or replace the plates (section 7); check the plate wedges",
            ],
            [
                "Throughput falls off, pan runs full",
                "Slots smeared shut by clay that is too wet, or worn scrapers",
                "Reduce the water; clean the plates; set the scrapers to 3-5 mm above the plates",
            ],
            [
                "Mullers stand still or slide",
                "Clay too wet or muller gap too large",
                "Reduce the water; re-set the gap (section 8)",
            ],
            [
                "Heavy knocking once per pan revolution",
                "A stone or tramp metal caught under a muller, or a loose plate",
                "Stop, lock off, remove the object; check the plate wedges",
            ],
            [
                "Motor current swings strongly",
                "Uneven feed from the box feeder",
                "Check the box feeder (its own manual)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the pan is empty or no more than a third full and that the inspection doors are closed.",
            "Start the outlet belt.",
            "Start the gearbox lubrication pump and wait for the pressure (at least 0.8 bar).",
            "Start the main motor; wait until the soft starter has finished its 20 s ramp.",
            "Start the water addition and then the box feeder.",
            "Raise the feed slowly to the working rate while watching the motor current.",
            "To stop, stop the box feeder and the water, let the mill run empty for about 2 min, then stop the main "
            "motor and, last, the outlet belt.",
        ],
    ),
    ("h", "7. Changing the screen plates"),
    (
        "ol",
        [
            "Run the mill empty and stop it; lock off the main switch and the outlet belt.",
            "Lift both mullers with the lifting unit to the upper stop and fit both mechanical props.",
            "Turn the pan by hand with the turning bar until the plate to change is under the inspection door; fit "
            "the pan locking bolt.",
            "Clean the plate and drive out its two wedges from below with a brass drift.",
            "Lift the plate out with the plate hook (NK-28 plates weigh about 95 kg, NK-36 plates about 120 kg).",
            "Clean the seat. A plate worn on one side only may be turned once end for end.",
            "Fit the turned or new plate and drive in new wedges from below.",
            "Repeat for the other plates, then remove the locking bolt.",
            "Remove the props and lower the mullers; re-set the muller gap (section 8).",
        ],
    ),
    ("h", "8. Setting the muller gap"),
    (
        "ol",
        [
            "With the mill locked off and empty, lower the mullers onto the adjusting stops.",
            "Slide a feeler strip under each muller at its lowest point over a plate.",
            "Turn the stop screws until the gap is 2-4 mm (NK-28) or 3-5 mm (NK-36) over the whole muller width.",
            "Tighten the stop lock nuts to 350 Nm.",
            "Check the gap again at three plates around the pan; record the values in the machine log.",
        ],
    ),
    ("h", "9. Changing the gearbox oil"),
    (
        "ol",
        [
            "Change the oil warm, within 30 min of stopping the mill.",
            "Lock off the main switch and place a container of at least 200 L (NK-28) or 350 L (NK-36) under the drain.",
            "Open the drain valve and the breather and let the oil run out.",
            "Clean the magnetic drain plug and the suction strainer of the lubrication pump.",
            "Close the drain valve and fill with CLP 320: 180 L (NK-28) or 320 L (NK-36), to the middle of the sight "
            "glass.",
            "Run the lubrication pump for 5 min and top up to the mark.",
            "Reset the oil counter in the service menu.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the screen plates and scrapers; clean the discharge plate; check for oil leaks"],
            ["Weekly", "Grease the muller hubs, 200 g per hub (NK-28) or 300 g per hub (NK-36), lithium EP 2"],
            ["500 h", "Check the scraper height (3-5 mm above the plates) and the muller gap"],
            ["2000 h (K12)", "Oil sample from the gearbox; check the lifting unit and the props"],
            ["8000 h or 2 years, whichever comes first", "Change the gearbox oil (section 9)"],
            ["Yearly", "Kollerhof service: gearbox inspection, hub bearings, pan bearing play"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "NK-28", "NK-36"],
            ["Screen plate, 8 mm slots", "KHF-SP-28-08", "KHF-SP-36-08"],
            ["Screen plate, 6 mm slots", "KHF-SP-28-06", "KHF-SP-36-06"],
            ["Plate wedge (set of 2)", "KHF-WD-20", "KHF-WD-20"],
            ["Muller tyre", "KHF-MT-1445", "KHF-MT-1855"],
            ["Scraper blade", "KHF-SB-28", "KHF-SB-36"],
            ["Muller hub seal kit", "KHF-HS-28", "KHF-HS-36"],
            ["Muller hub bearing set (fitted by Kollerhof service)", "KHF-HB-28", "KHF-HB-36"],
            ["Water nozzle", "KHF-WN-3", "KHF-WN-3"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tegulor RVP roof tile revolver presses
TEGULOR = [
    ("title", "Tegulor RVP Roof Tile Revolver Presses\nOperating and Service Manual - RVP-5 and RVP-6"),
    (
        "p",
        "Document TGL-OSM-RVP-04, Edition 2, November 2024. Tegulor Press Systems. The RVP-5 and RVP-6 press "
        "interlocking roof tiles and fittings from clay slugs (batts) cut from the extruded column. The lower moulds "
        "sit on the faces of a turning drum: five faces on the RVP-5, six on the RVP-6, each face carrying two lower "
        "moulds side by side. The drum indexes one face per stroke; at the top face the upper mould on the "
        "crank-driven ram presses the two batts, at the lower faces the pressed tiles are blown off the moulds onto "
        "the take-off belt and the moulds are cleaned. The ram is driven by a flywheel through a pneumatic clutch "
        "and brake. A hydraulic overload cushion protects the press frame.",
    ),
    (
        "p",
        "Plaster moulds are made by the site's mould shop from the master moulds of the tile design owner; their "
        "plaster mix and drying are not covered here. The extruder, the batt cutter and the dryer racks have their "
        "own manuals.",
    ),
    (
        "warn",
        "WARNING: The drum and the ram can move after a stop while the flywheel runs down. Before reaching into the "
        "press, wait until the flywheel has stopped (the FLYWHEEL lamp goes out), lock off the main switch and close "
        "the air supply valve.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RVP-5", "RVP-6"],
            ["Drum faces / lower moulds", "5 / 10", "6 / 12"],
            ["Nominal press force", "2000 kN", "2500 kN"],
            ["Hydraulic overload trip (P03)", "280 bar", "300 bar"],
            ["Largest mould (per mould)", "520 x 340 mm", "470 x 310 mm"],
            ["Stroke rate, steel or rubber-lined moulds", "up to 14 /min", "up to 16 /min"],
            ["Output, two tiles per stroke", "up to 28 tiles/min", "up to 32 tiles/min"],
            ["Ram stroke", "180 mm", "160 mm"],
            ["Main motor", "37 kW", "45 kW"],
            ["Clutch and brake air pressure", "6 bar (P05 below 5 bar)", "6 bar (P05 below 5 bar)"],
            ["Brake stopping time at the top, maximum", "250 ms", "280 ms"],
            ["Compressed air consumption (free air)", "1.2 m³/min", "1.5 m³/min"],
            ["Batt thickness from the cutter", "22-28 mm", "20-26 mm"],
            ["Central lubrication, oil", "CLP 220, 8 L tank", "CLP 220, 8 L tank"],
            ["Mass of the press", "24 t", "29 t"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guard doors are interlocked (P02). The press runs with open guards only in SET-UP mode at inching "
            "speed, with the two-hand control.",
            "Test the brake stopping time every week (section 8). A press whose stopping time is above the maximum "
            "must not run in production.",
            "Never stand on the drum. Use the mould change platform and the drum locking pin.",
            "Release oil mist can make the floor slippery; clean it every shift.",
            "The noise at the operator position depends on the building and has to be measured by the site.",
        ],
    ),
    ("h", "3. Press settings and limits"),
    (
        "cols",
        [
            ("h", "Press force"),
            (
                "p",
                "Press force (kN) = specific pressure (N/mm²) x mould area (mm²) x number of moulds / 1000. Example: "
                "two moulds of 420 x 260 mm (109 200 mm² each) at 8 N/mm² need 2 x 109 200 x 8 / 1000 = 1747 kN. Never "
                "set more than the nominal press force of the model.",
            ),
            ("h", "Specific pressure"),
            (
                "p",
                "Plaster moulds: no more than 10 N/mm². Steel moulds: up to 14 N/mm². Rubber-lined moulds: the value "
                "given by the liner maker on the mould card.",
            ),
            ("h", "Stroke rate"),
            (
                "p",
                "With plaster moulds no more than 12 strokes per minute on either model: the plaster needs the time "
                "to take up the water from the tile face. With steel or rubber-lined moulds up to the rate in the "
                "technical data.",
            ),
            ("h", "Release agents"),
            (
                "p",
                "Plaster moulds run without release oil. Rubber-lined moulds: 1-2 g of release oil per tile. Steel "
                "moulds: 2-4 g per tile, sprayed onto both moulds before each stroke.",
            ),
            ("h", "Blow-off air"),
            (
                "p",
                "The tiles are blown off the moulds with 2.5-3.5 bar. Never set more than 4 bar with plaster moulds: "
                "the air lifts the plaster face off its backing.",
            ),
            ("h", "Batt mass"),
            (
                "p",
                "The batt should weigh the finished pressed tile plus 8-12 % for the flash. Less gives unfilled "
                "edges and nibs; more gives a thick flash and a high press force.",
            ),
            ("h", "Plaster mould life"),
            (
                "p",
                "Change plaster moulds after 10 000 pressings or as soon as an edge is chipped, whichever comes "
                "first. Set the mould counter (P13) to the pressings allowed.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["P02", "Guard door open", "A guard door opened in AUTO. Close it and press RESET."],
            [
                "P03",
                "Overload",
                "Overload cushion tripped: a double batt, a foreign body or a force set too high. Clear the cause; "
                "the cushion refills itself in 30 s.",
            ],
            ["P04", "Drum index", "Index position not reached within 1.5 s. Check the index cam and the clay on the drum."],
            ["P05", "Air pressure low", "Clutch and brake air below 5 bar. Check the supply and the filter."],
            [
                "P06",
                "Brake stopping time",
                "Stopping time above 250 ms (RVP-5) or 280 ms (RVP-6). Adjust or reline the brake; do not run in AUTO.",
            ],
            ["P08", "Release oil low", "Release oil tank below 10 %."],
            ["P09", "No batt", "No batt on the infeed at the stroke. The press waits one stroke, then stops."],
            ["P10", "Double batt", "Batt thickness above 35 mm at the infeed sensor. Remove the batts."],
            ["P11", "Lubrication pressure", "Central lubrication pressure low. Check the tank and the lines."],
            ["P12", "Main motor overload", "Motor protection tripped. Let it cool; check the force setting."],
            ["P13", "Mould counter", "The pressings set for the mould set are reached. Change the moulds."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tiles stick in the upper mould",
                "Upper mould too wet (plaster), no release oil (steel), or the upper blow-off air too low or too late",
                "Dry or change the plaster mould; check the spray nozzles; set the upper blow-off to 3 bar and earlier",
            ],
            [
                "Thick flash along the tile edge",
                "Batt too heavy, or the mould edges worn",
                "Cut lighter batts (tile mass + 8-12 %); check the mould edges",
            ],
            [
                "Tile thickness uneven from one face to the next",
                "Clay or dirt under a lower mould, or a mould loose on its face",
                "Clean the mould seats and tighten the mould clamps to 60 Nm",
            ],
            [
                "Tiles torn or cracked at the nibs",
                "Blow-off air too strong or too early, or the batt too light",
                "Lower the blow-off pressure; check the batt mass",
            ],
            [
                "Press stops with P03 at every few strokes",
                "Force set too high for the mould area, or double batts",
                "Check the force with the formula in section 3; check the batt cutter",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Changing the lower moulds"),
    (
        "ol",
        [
            "Finish the tiles on the drum in SINGLE STROKE mode and stop with the face to change at the change "
            "position (the lowest face).",
            "Wait for the flywheel to stop, lock off the main switch and close the air supply valve.",
            "Fit the drum locking pin.",
            "Loosen the four mould clamps of each mould and slide the moulds out onto the change trolley.",
            "Clean the mould seats; no clay or plaster crumbs may remain.",
            "Slide in the new moulds with their code facing outwards and tighten the clamps to 60 Nm in a cross "
            "pattern.",
            "Remove the locking pin, index the drum by one face in SET-UP mode and repeat for every face.",
            "Enter the new mould set in the recipe and reset the mould counter.",
        ],
    ),
    ("h", "7. Changing the upper mould"),
    (
        "ol",
        [
            "Run the ram to the top position in SET-UP mode and fit the two ram props.",
            "Lock off and close the air supply valve.",
            "Undo the air hose of the upper mould and the six carrier screws.",
            "Lower the mould onto the change trolley with the mould lifter.",
            "Fit the new upper mould, tighten the carrier screws to 120 Nm and reconnect the air hose.",
            "Remove the props and make three strokes in SET-UP mode without batts; check the closed height with the "
            "gauge: the gap between upper and lower mould edges must be 1.5 mm ±0.3 mm all round.",
        ],
    ),
    ("h", "8. Weekly brake stopping time test"),
    (
        "ol",
        [
            "Run the press empty in AUTO at the production stroke rate.",
            "Select SERVICE > BRAKE TEST. The press stops from the top position by itself.",
            "Read the stopping time on the display.",
            "Repeat three times; the highest value counts.",
            "It must not exceed 250 ms (RVP-5) or 280 ms (RVP-6). Above this, adjust the brake air gap to 1.0 mm or "
            "reline the brake before production.",
            "Enter the result in the brake log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the drum faces, the mould seats and the take-off belt; clean the floor"],
            ["Weekly", "Brake stopping time test (section 8); check the release oil nozzles"],
            ["500 h", "Check the brake air gap (1.0 mm); check the index cam followers"],
            ["2000 h or 12 months, whichever comes first", "Change the central lubrication filter; check the crank bearings"],
            ["5000 h", "Replace the clutch and brake linings; Tegulor checks the overload cushion"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RVP-5", "RVP-6"],
            ["Clutch and brake lining kit", "TGL-CB-5", "TGL-CB-6"],
            ["Index cam follower", "TGL-CF-40", "TGL-CF-40"],
            ["Mould clamp (set of 4)", "TGL-MC-4", "TGL-MC-4"],
            ["Release oil spray nozzle", "TGL-RN-02", "TGL-RN-02"],
            ["Guard door switch", "TGL-GS-1", "TGL-GS-1"],
            ["Overload cushion seal kit (fitted by Tegulor)", "TGL-OC-5", "TGL-OC-6"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dorrsted KDX chamber dryer control
DORRSTED = [
    ("title", "Dorrsted KDX-40 Chamber Dryer Fans and Humidity Control\nUser and Maintenance Manual"),
    (
        "p",
        "Document DRS-UM-KDX40-02, Edition 1, June 2025. Dorrsted Drying Technology. The KDX-40 controls up to "
        "eight drying chambers for green bricks, blocks and roof tiles. In each chamber four to eight axial "
        "recirculation fans on variable speed drives move the air over the ware; the fans reverse at set intervals. "
        "Hot air comes from the kiln's cooling zone through a hot air damper; humid air leaves through an exhaust "
        "damper. The controller runs a drying programme of temperature and relative humidity steps over time for "
        "each chamber.",
    ),
    (
        "p",
        "The hot air supply is part of the kiln plant and is covered by the kiln manual. A booster burner, where "
        "fitted, has its own manual and is set up by the burner supplier under the gas regulations. Drying "
        "programmes for the plant's products are set by the plant's technologist from drying trials; Dorrsted "
        "supplies only the starting programme below.",
    ),
    (
        "warn",
        "WARNING: Do not enter a chamber while a programme runs. Chamber air can be above 100 °C and the fans start "
        "without warning when they reverse. Stop the programme, lock off the chamber's fan isolator and let the "
        "chamber cool below 40 °C first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KDX-40"],
            ["Chambers per controller", "up to 8"],
            ["Recirculation fans per chamber", "4 to 8"],
            ["Fan type", "axial, 1000 mm, 6 blades, reversible"],
            ["Fan motor", "5.5 kW, 1450 rpm at 50 Hz, insulation class H"],
            ["Fan speed range (variable speed drive)", "20-60 Hz"],
            ["Airflow per fan at 50 Hz and 150 Pa", "32 000 m³/h"],
            ["Temperature sensors", "Pt100, 0-150 °C, ±0.5 °C"],
            ["Humidity sensor (capacitive)", "0-100 % RH, ±2 % RH between 10 % and 90 % RH at 20-80 °C"],
            ["Wet bulb sensor (option, for chamber air above 80 °C)", "Pt100 with wick and water cup"],
            ["Damper actuators, hot air and exhaust", "0-100 %, 90 s running time"],
            ["Highest chamber temperature setpoint", "110 °C"],
            ["Safety thermostat (D04)", "120 °C"],
            ["Programmes / steps per programme", "99 / 20"],
            ["Supply", "400 V 3~ 50 Hz; controls 24 V DC"],
        ],
        (85, 85),
    ),
    (
        "p",
        "The airflow of 32 000 m³/h holds for one fan at 50 Hz against 150 Pa, with clean blades and chamber air at "
        "20 °C; the fan curve for other pressures is not part of this manual. The fans are rated for chamber air up "
        "to 120 °C continuously. The humidity sensor accuracy holds only between 10 % and 90 % RH and at 20-80 °C; "
        "above 80 °C the controller uses the wet bulb sensor where one is fitted.",
    ),
    (
        "p",
        "Loading: set the dryer racks or cars so that the air can pass between the layers, with at least 50 mm "
        "between the ware and the chamber walls. Close the chamber door before the programme starts; the programme "
        "does not start with a door open.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Each chamber's fans have a lockable isolator at the chamber door. Lock it off before entering.",
            "The fans reverse without warning. Keep clear of the fan guards while a programme runs.",
            "Chamber doors are monitored (D12). Opening a door pauses the programme and stops the fans of that "
            "chamber.",
            "Hot surfaces: dampers and ducts can be above 150 °C.",
        ],
    ),
    ("h", "3. Drying programme settings and limits"),
    (
        "cols",
        [
            ("h", "Starting programme"),
            (
                "p",
                "Phase 1, warming: 30-40 °C at 85-95 % RH for 4-8 h, fans at 30 Hz. Phase 2, shrinkage: raise the "
                "temperature by no more than 5 °C per hour while the ware shrinks, and lower the RH step by step to "
                "60 %. Phase 3, final drying: up to 110 °C below 20 % RH, fans at 50 Hz. Adapt to the product only "
                "after drying trials.",
            ),
            ("h", "Temperature difference"),
            (
                "p",
                "In phase 1 the chamber air must not be more than 10 °C warmer than the ware, or water condenses on "
                "cold ware.",
            ),
            ("h", "Fan reversing"),
            (
                "p",
                "Settable 10-30 min, default 15 min. The fans ramp down to 20 Hz, stop for 20 s and start in the "
                "other direction.",
            ),
            ("h", "Reduced fan speed"),
            (
                "p",
                "Airflow (m³/h) = 32 000 x fan frequency (Hz) / 50, and power rises with the cube of the speed. "
                "Example: at 35 Hz one fan moves 32 000 x 35 / 50 = 22 400 m³/h and takes about 5.5 x (35/50)³ = "
                "1.9 kW.",
            ),
            ("h", "Exhaust control"),
            (
                "p",
                "The exhaust damper opens when the RH is more than 3 % RH above its setpoint and closes when it is "
                "more than 3 % RH below. The hot air damper follows the temperature setpoint.",
            ),
            ("h", "Deviation alarms"),
            (
                "p",
                "D03 when the chamber temperature is more than 10 °C above its setpoint for 5 min. D10 when the RH is "
                "more than 8 % RH off its setpoint for 30 min. D11 when the hot air from the kiln is below 150 °C.",
            ),
            ("h", "Residual moisture"),
            (
                "p",
                "The ware should leave the dryer below 2 % residual moisture. The residual moisture is measured by "
                "the plant's laboratory by weighing and drying samples; the KDX-40 does not measure it.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["D01", "Temperature sensor", "Pt100 open or short circuit. Check the sensor and its cable."],
            ["D02", "Humidity sensor", "RH signal outside 4-20 mA. Check the sensor and its supply."],
            [
                "D03",
                "Over temperature",
                "More than 10 °C above the setpoint for 5 min. Check the hot air damper and the exhaust.",
            ],
            ["D04", "Safety thermostat", "Chamber air at 120 °C. Hot air damper closes. Reset at the chamber panel."],
            ["D06", "Fan drive fault", "A fan drive tripped. Read its fault code in the drive display."],
            [
                "D07",
                "Fan vibration",
                "Vibration above 7.1 mm/s. Clean the blades, check the blade angles and the bearings.",
            ],
            [
                "D08",
                "Hot air damper",
                "Damper more than 10 % off its command for 120 s. Check the actuator and the linkage.",
            ],
            ["D09", "Exhaust damper", "As D08, exhaust damper."],
            ["D10", "Humidity deviation", "RH more than 8 % RH off the setpoint for 30 min."],
            ["D11", "Hot air low", "Hot air from the kiln below 150 °C. See the kiln manual."],
            ["D12", "Chamber door", "A chamber door opened during a programme. Programme paused."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cracks at the edges and corners of the ware early in the programme",
                "Drying too fast in phase 1 or early phase 2: RH too low or temperature rise too quick",
                "Raise the RH setpoint of phase 1 towards 95 %; slow the temperature rise; lower the fan speed",
            ],
            [
                "Ware still damp at the end of the programme",
                "Programme too short, airflow too low, or hot air from the kiln too cold",
                "Extend phase 3; check the fan speed and D11",
            ],
            [
                "Top layers dry, bottom layers wet",
                "Fans not reversing, or reversing interval too long",
                "Check the reversing; set 10-15 min",
            ],
            [
                "Water drops on the ware at the start",
                "Chamber air more than 10 °C warmer than the cold ware",
                "Start phase 1 cooler; warm the ware slowly",
            ],
            [
                "RH reading stays at 100 % at high temperature",
                "Condensate on the capacitive sensor, or the sensor above its 80 °C range",
                "Dry and check the sensor (section 7); use the wet bulb sensor above 80 °C",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Entering a drying programme"),
    (
        "ol",
        [
            "Log in at level 2 (technologist).",
            "Select PROGRAMMES, choose a free number (1-99) and enter the product name.",
            "For each step enter the time, the temperature setpoint, the RH setpoint and the fan frequency.",
            "Check that no step raises the temperature by more than 5 °C per hour during shrinkage.",
            "Enter the fan reversing interval (default 15 min).",
            "Save the programme and assign it to the chamber.",
            "Start the chamber at the chamber panel after the doors are closed.",
        ],
    ),
    ("h", "7. Checking the humidity sensor"),
    (
        "ol",
        [
            "Remove the sensor from its holder at the chamber wall when the chamber is below 40 °C.",
            "Let it dry for 30 min if condensate is visible; clean the sintered filter cap or replace it.",
            "Place the sensor and a calibrated reference hygrometer together in the calibration box for 30 min.",
            "Compare the readings. A difference of up to ±3 % RH may be corrected with the offset in SERVICE > RH "
            "OFFSET.",
            "If the difference is more than ±5 % RH, replace the sensor.",
            "Refit the sensor with the filter cap pointing down and record the check.",
        ],
    ),
    ("h", "8. Replacing a fan motor"),
    (
        "ol",
        [
            "Stop the chamber programme and let the chamber cool below 40 °C.",
            "Lock off the fan isolator and check that the fan is dead.",
            "Mark the blade position and pull the hub with the puller; do not hit the blades.",
            "Undo the motor cable and the four motor bolts and lift the motor out with the chamber hoist.",
            "Fit the new motor, tighten the bolts to 85 Nm and refit the hub to the mark.",
            "Check the blade tip clearance: at least 8 mm all round.",
            "Connect the motor, check the direction at 20 Hz in both directions and run the chamber for 10 min; "
            "the vibration must stay below 4.5 mm/s.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read the alarm log; check the dampers open and close fully"],
            ["Monthly", "Check the fan vibration (alarm at 7.1 mm/s); check each humidity sensor (section 7)"],
            ["3 months", "Replace the sintered filter caps of the humidity sensors"],
            ["4000 h", "Grease the fan motor bearings, 15 g each, high temperature grease"],
            ["Yearly", "Calibrate the Pt100 sensors; check the damper actuators and linkages"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Fan motor 5.5 kW class H", "DRS-FM-55H"],
            ["Fan blade set, 1000 mm", "DRS-FB-1000"],
            ["Capacitive humidity sensor", "DRS-RH-80"],
            ["Sintered filter cap (5 pieces)", "DRS-FC-5"],
            ["Wet bulb wick (10 pieces)", "DRS-WW-10"],
            ["Pt100 sensor, 250 mm", "DRS-PT-250"],
            ["Damper actuator, 90 s", "DRS-DA-90"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Kaskavor CA cascade adsorbers
KASKAVOR = [
    ("title", "Kaskavor CA Flue Gas Cascade Adsorbers\nOperation and Maintenance Manual - CA-25 and CA-40"),
    (
        "p",
        "Document KSK-OM-CA-03, Edition 4, January 2025. Kaskavor Emission Systems. The CA-25 and CA-40 clean the "
        "flue gas of tunnel kilns for bricks and roof tiles by dry sorption on granular limestone. The limestone "
        "flows slowly down through a cascade of baffles in the reactor while the flue gas crosses it; hydrogen "
        "fluoride (HF), hydrogen chloride and part of the sulphur oxides react with the surface of the granules. A "
        "rotary discharge valve under the reactor takes off the spent lime at a set rate into the spent lime "
        "container; a bucket elevator fills the reactor from the fresh lime silo. The CA-25 has one reactor "
        "module, the CA-40 two modules side by side with a common silo.",
    ),
    (
        "p",
        "The induced draught fan and the kiln pressure control are part of the kiln plant and are covered by the "
        "kiln maker's manual. The emission limits, the measuring points and the reporting are set by the plant's "
        "operating permit; the continuous emission monitor is supplied and calibrated by others. Spent lime "
        "contains fluorides; its disposal or reuse is arranged by the site with a licensed contractor.",
    ),
    (
        "warn",
        "WARNING: Flue gas contains HF and carbon monoxide. Never open a reactor door with the kiln connected: close "
        "the inlet and outlet dampers, open the bypass, purge with fresh air for at least 30 min and measure before "
        "entry under the site's confined space permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CA-25", "CA-40"],
            ["Nominal flue gas flow (wet, 0 °C, 1013 mbar)", "25 000 Nm³/h", "40 000 Nm³/h"],
            ["Reactor modules", "1", "2"],
            ["Limestone fill of the reactor(s)", "38 t", "60 t"],
            ["Fresh lime silo", "30 m³", "50 m³"],
            ["Spent lime discharge rate, settable", "40-120 kg/h", "70-200 kg/h"],
            ["Pressure drop at nominal flow", "6-10 mbar", "8-12 mbar"],
            ["Pressure drop alarm (A03)", "15 mbar", "18 mbar"],
            ["Flue gas temperature at the inlet, operating", "120-250 °C", "120-250 °C"],
            ["Bypass opens / closes", "above 300 °C / below 260 °C", "above 300 °C / below 260 °C"],
            ["Discharge valve motor", "0.55 kW", "2 x 0.55 kW"],
            ["Bucket elevator", "15 m³/h, 3 kW", "15 m³/h, 3 kW"],
            ["Casing material", "steel S235, inside coated", "steel S235, inside coated"],
            ["Footprint (reactor and silo)", "4.5 x 3.2 m", "6.8 x 3.2 m"],
            ["Mass, empty / filled", "21 t / 59 t", "33 t / 93 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "HF removal is at least 98 % at inlet concentrations up to 100 mg/Nm³, with flue gas between 150 °C and 220 "
        "°C and limestone of the grade in section 3. Removal of SO2 depends on the temperature and the sulphur "
        "content of the clay and is not guaranteed; Kaskavor gives no figure for it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a dust mask (FFP3), gloves and goggles when handling spent lime.",
            "Lock off the discharge valve and the bucket elevator before clearing them.",
            "The casing can be above 200 °C. Keep the insulation cladding closed.",
            "The silo roof has a filter and a pressure relief flap; do not stand on the roof while a tanker blows in "
            "lime.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Limestone grade"),
            (
                "p",
                "Granules of 2-6 mm, CaCO3 at least 95 %, no more than 5 % below 2 mm, moisture below 1 %. Finer "
                "lime raises the pressure drop and is carried out with the gas.",
            ),
            ("h", "Flue gas temperature"),
            (
                "p",
                "Keep the inlet between 120 °C and 250 °C, best 150-220 °C. Below 120 °C for 15 min the adsorber "
                "gives A02: acids condense and the lime cakes. Above 300 °C the bypass opens (A01) and closes again "
                "below 260 °C.",
            ),
            ("h", "Discharge rate"),
            (
                "p",
                "Starting value: discharge rate (kg/h) = flue gas flow (Nm³/h) / 1000 x 3. Example: a CA-25 at 20 000 "
                "Nm³/h starts at 20 x 3 = 60 kg/h. Then adjust in steps of no more than 10 % per day by the HF "
                "emission read on the emission monitor.",
            ),
            ("h", "Pressure drop"),
            (
                "p",
                "Read the pressure drop at the same gas flow. A rise of more than 2 mbar in a week at the same flow "
                "shows fines or caking. Below 3 mbar (A04) the gas runs past the lime: an empty cascade, a door "
                "leak or the bypass open.",
            ),
            ("h", "Fresh lime"),
            (
                "p",
                "Keep the silo above 20 % (A06). The reactor must always be full: the bucket elevator refills it "
                "automatically from the level probe.",
            ),
            ("h", "Kiln stop"),
            (
                "p",
                "For a kiln stop of up to 48 h leave the adsorber connected with the discharge stopped. For a longer "
                "stop empty the lower cascade by discharging 2 t (CA-25) or 3 t (CA-40) before the gas cools below "
                "120 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Inlet temperature high", "Above 300 °C: bypass opens. Check the kiln firing."],
            ["A02", "Inlet temperature low", "Below 120 °C for 15 min. Risk of caking; check the kiln and the ducts."],
            [
                "A03",
                "Pressure drop high",
                "Above 15 mbar (CA-25) or 18 mbar (CA-40). Fines or caked lime; raise the discharge, check the grade.",
            ],
            ["A04", "Pressure drop low", "Below 3 mbar. Cascade empty, door leak or bypass open."],
            ["A05", "Discharge valve", "Valve stopped or blocked. Lock off, clear lumps."],
            ["A06", "Silo level low", "Fresh lime below 20 %. Order lime."],
            ["A07", "Bucket elevator", "Elevator stopped: belt slip or overload."],
            ["A08", "Bypass damper", "Damper not in its commanded position within 60 s."],
            ["A10", "Emission alarm", "Signal from the emission monitor: HF above the alarm value set by the site."],
            ["A11", "Spent lime container full", "Change the container."],
            ["A12", "Service due", "4000 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "HF emission rising while the pressure drop is normal",
                "Discharge too slow (granule surfaces used up), or lime of the wrong grade",
                "Raise the discharge rate by 10 %; check the delivery note against the grade",
            ],
            [
                "Pressure drop rising slowly over weeks",
                "Fines from soft lime, or the discharge too slow",
                "Check the fines below 2 mm; raise the discharge",
            ],
            [
                "Lumps and cakes in the spent lime, discharge valve blocking",
                "Flue gas below the acid dew point: inlet below 120 °C, or cold air leaking in",
                "Keep the inlet above 150 °C; find and seal air leaks at doors and flanges",
            ],
            [
                "White dust at the stack",
                "Lime fines carried out, or a baffle damaged",
                "Check the lime grade; inspect the cascade at the next stop",
            ],
            [
                "Pressure drop suddenly low",
                "Bypass damper open or leaking, or a reactor door open",
                "Check A08 and the door seals",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting the adsorber with the kiln"),
    (
        "ol",
        [
            "Check that the reactor is full (level probe), the silo is above 20 % and the spent lime container is empty.",
            "Keep the bypass open while the kiln heats up and the flue gas is below 120 °C.",
            "When the inlet reaches 150 °C, open the outlet damper, then the inlet damper.",
            "Close the bypass damper and check the pressure drop (CA-25 6-10 mbar, CA-40 8-12 mbar at nominal flow).",
            "Start the discharge at the starting value from section 3.",
            "After 24 h adjust the discharge by the HF emission.",
        ],
    ),
    ("h", "7. Filling the silo from a bulk tanker"),
    (
        "ol",
        [
            "Check the delivery note: granules 2-6 mm, CaCO3 at least 95 %.",
            "Check that the silo filter fan runs and that the silo has room for the load.",
            "Connect the tanker hose to the filling pipe; earth the tanker.",
            "The driver blows in at no more than 1.0 bar tanker pressure.",
            "Watch the silo filter pressure; stop blowing if it rises above 15 mbar.",
            "After filling, blow the pipe clear for 2 min and let the filter fan run on for 10 min.",
            "Take a 2 kg sample from the first discharge of the new lime and keep it for 3 months.",
        ],
    ),
    ("h", "8. Checking the differential pressure transmitter"),
    (
        "ol",
        [
            "Open the bypass and close the inlet damper.",
            "Close the two shut-off valves at the transmitter manifold and open the equalising valve.",
            "The reading must be 0.0 mbar ±0.2 mbar; correct the zero otherwise.",
            "Blow the two impulse lines clear with compressed air from the transmitter side.",
            "Close the equalising valve, open the shut-off valves and put the adsorber back in service.",
        ],
    ),
    ("h", "9. Emptying a reactor module for inspection"),
    (
        "ol",
        [
            "Plan the emptying for a kiln stop of more than 7 days; order containers for about 38 t (CA-25) or 30 t "
            "per module (CA-40).",
            "Stop the bucket elevator filling so that the reactor is not refilled.",
            "Open the bypass, close the inlet and outlet dampers and let the reactor cool below 60 °C.",
            "Open the emptying slide under the cascade and let the lime run into the containers; the discharge "
            "valve alone would take weeks.",
            "Purge with fresh air for at least 30 min and measure HF and CO before anyone enters.",
            "Inspect the baffles for wear, holes and caked lime; replacing baffles is work for Kaskavor service.",
            "Close the doors with new door seals and refill the reactor with the elevator before the kiln restarts.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the pressure drop and the discharge rate; check the spent lime container"],
            ["Weekly", "Check the discharge valve for lumps; check the door seals for leaks"],
            ["Monthly", "Check the differential pressure transmitter (section 8); sieve a lime sample for fines"],
            ["4000 h or 6 months, whichever comes first", "Grease the discharge valve and elevator bearings; check the elevator belt"],
            ["Every kiln stop over 7 days", "Inspect the cascade baffles and the bypass damper seal"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CA-25", "CA-40"],
            ["Discharge valve rotor", "KSK-RV-250", "KSK-RV-250 (2 needed)"],
            ["Discharge valve seal kit", "KSK-RS-250", "KSK-RS-250"],
            ["Bucket elevator belt with buckets", "KSK-BE-15", "KSK-BE-15"],
            ["Bypass damper seal", "KSK-BD-25", "KSK-BD-40"],
            ["Door seal, reactor", "KSK-DS-1", "KSK-DS-1"],
            ["Differential pressure transmitter 0-25 mbar", "KSK-DP-25", "KSK-DP-25"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kollerhof-nk-wet-pan-mill.pdf", "Kollerhof KHF-BA-NK-07 Ed 3 - NK-28 / NK-36", KOLLERHOF),
        ("tegulor-rvp-roof-tile-revolver-press.pdf", "Tegulor TGL-OSM-RVP-04 Ed 2 - RVP-5 / RVP-6", TEGULOR),
        (
            "dorrsted-kdx-chamber-dryer-fan-and-humidity-control.pdf",
            "Dorrsted DRS-UM-KDX40-02 Ed 1 - KDX-40",
            DORRSTED,
        ),
        ("kaskavor-ca-flue-gas-cascade-adsorber.pdf", "Kaskavor KSK-OM-CA-03 Ed 4 - CA-25 / CA-40", KASKAVOR),
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
