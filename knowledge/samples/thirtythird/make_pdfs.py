"""Generate the PDF manuals of the thirty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set33-venv && /tmp/set33-venv/bin/pip install fpdf2 pypdf
    /tmp/set33-venv/bin/python knowledge/samples/thirtythird/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirty-second set's
make_pdfs.py.
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


# ---------------------------------------------------------------- Pyrestal DT depyrogenation tunnels
PYRESTAL = [
    ("title", "Pyrestal DT Depyrogenation Tunnels\nOperating and Maintenance Manual - DT-600 and DT-800"),
    (
        "p",
        "Document PYR-OM-DT-03, Edition 3, March 2025. Pyrestal Pharmatechnik GmbH. The DT-600 and DT-800 are "
        "hot-air tunnels that dry, sterilise and depyrogenate washed glass vials and ampoules and cool them under "
        "Grade A laminar flow before the filling machine. The number is the usable belt width in millimetres. "
        "Each tunnel has three zones: the infeed zone (drying and pre-heating), the hot zone and the cooling zone. "
        "The vial washer upstream and the filling machine downstream have their own manuals; the line signal "
        "interface is described in PYR-IM-LS-01. Qualification of the tunnel (heat distribution, heat penetration "
        "and endotoxin challenge) is the task of the plant's validation team; the values in this manual are "
        "Pyrestal's design and starting values.",
    ),
    (
        "warn",
        "WARNING: The hot zone runs at up to 350 °C. Never open a hot zone door or reach under the hot zone guards "
        "until the hot zone display reads below 60 °C. Cooling down from 320 °C takes about 4 hours with the fans "
        "running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DT-600", "DT-800"],
            ["Usable belt width", "600 mm", "800 mm"],
            ["Length of infeed / hot / cooling zone", "1.0 / 2.4 / 2.6 m", "1.0 / 3.0 / 3.2 m"],
            ["Overall length", "6.8 m", "8.0 m"],
            ["Hot zone heating power", "36 kW (18 elements of 2 kW)", "54 kW (27 elements of 2 kW)"],
            ["Hot zone set point range / standard set point", "250-350 °C / 320 °C", "250-350 °C / 320 °C"],
            ["Belt speed range", "40-400 mm/min", "40-400 mm/min"],
            ["Heat-up from cold to the standard set point", "75 min", "90 min"],
            ["Output, 2R vials at the standard set point", "24,000 vials/h", "32,000 vials/h"],
            ["Cooling zone HEPA filters, H14", "3", "4"],
            ["Hot zone HEPA filters, H14, rated for 350 °C", "2", "3"],
            ["Chilled water for the cooling coil", "6-12 °C, 2.5 m³/h", "6-12 °C, 3.5 m³/h"],
            ["Electrical connection, 400 V 3~ 50 Hz", "44 kVA, fuse 80 A", "64 kVA, fuse 100 A"],
            ["Compressed air", "6 bar, dry and oil-free", "6 bar, dry and oil-free"],
            ["Mass", "3900 kg", "4800 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The output figures hold for 2R vials (outer diameter 16 mm) at the standard set point of 320 °C and the "
        "belt speeds of section 3, with the washer supplying a closed row of vials. Each heating element draws "
        "8.7 A at 230 V; the currents are shown on the HMI page Heaters.",
    ),
    ("h", "2. Air flows, pressures and limits"),
    (
        "cols",
        [
            ("h", "Laminar flow"),
            ("p", "The air velocity below the cooling zone filters is 0.45 m/s ±20 % (0.36-0.54 m/s), measured "
             "150 mm below the filter face with the tunnel cold. At operating temperature the fans are controlled "
             "from the hot-wire sensors shown on the HMI page Air."),
            ("h", "Pressure cascade"),
            ("p", "Air must flow from the cooling zone towards the infeed. The cooling zone is kept 2.0-5.0 Pa above "
             "the filling room; below 1.0 Pa for 30 s alarm A12 stops the belt. The cooling zone must be at least "
             "1.5 Pa above the hot zone, and the hot zone at least 1.0 Pa above the infeed zone."),
            ("h", "Filter differential pressure"),
            ("p", "Cooling zone filters read 200-250 Pa when new; replace them when the reading reaches 450 Pa "
             "(alarm A10). Hot zone filters read 150-180 Pa when new; at 350 Pa (alarm A11) call Pyrestal service. "
             "Hot zone filters are changed only by Pyrestal service, because a new hot zone filter needs a "
             "controlled burn-in program that is not released to users."),
            ("h", "Particles"),
            ("p", "At rest the cooling zone must meet Grade A: no more than 3520 particles of 0.5 µm and larger per "
             "m³. Count monthly at the three marked points."),
            ("h", "Exit temperature"),
            ("p", "Vials must leave the cooling zone at no more than 30 °C. Alarm A15 stops the belt when the exit "
             "air temperature exceeds 35 °C."),
            ("h", "Hot zone temperature"),
            ("p", "The standard cycle at 320 °C is designed so that the coldest vial holds 300 °C or more for at least "
             "4 min, which gives a 3-log endotoxin reduction (design value; the plant's validation governs). If the "
             "hot zone falls more than 10 K below set point for 60 s, alarm A06 stops the belt and all vials in the "
             "hot zone are rejected."),
            ("warn", "Do not raise the belt speed above the value in section 3 to keep up with the washer. Slow the "
             "washer instead."),
        ],
    ),
    ("h", "3. Belt speed by container"),
    (
        "table",
        [
            ["Container", "Outer diameter", "DT-600, highest belt speed", "DT-800, highest belt speed"],
            ["2R vial", "16 mm", "180 mm/min", "225 mm/min"],
            ["6R vial", "22 mm", "140 mm/min", "175 mm/min"],
            ["10R vial", "24 mm", "120 mm/min", "150 mm/min"],
            ["20R vial", "30 mm", "90 mm/min", "112 mm/min"],
            ["Ampoule 1-2 mL", "10.75-11.5 mm", "200 mm/min", "250 mm/min"],
        ],
        (40, 34, 50, 50),
    ),
    (
        "p",
        "The speeds hold at the standard set point of 320 °C; slower speeds are allowed. The DT-800 runs 25 % faster "
        "because its hot zone is 25 % longer. Containers not in the table (infusion bottles, cartridges, syringes "
        "in tubs) and set points other than 320 °C need a heat penetration study; Pyrestal's application lab gives "
        "starting values on request. The validated speed in the plant's batch record governs.",
    ),
    ("h", "4. Daily start-up"),
    (
        "ol",
        [
            "Check the chilled water supply (6-12 °C) and the compressed air (6 bar).",
            "Check the cooling zone filter differential pressures on the HMI page Filters: all below 450 Pa.",
            "Select the recipe for the container and confirm the set point (standard 320 °C).",
            "Start Heat-up. The fans start first; the heaters are enabled only after the airflow check (alarm A03 "
            "if there is no airflow).",
            "Wait for Ready: the hot zone within ±5 K of set point for 15 min. From cold this takes about 75 min on "
            "the DT-600 and 90 min on the DT-800.",
            "Check the pressure cascade on the HMI page Pressures (section 2).",
            "Run the empty belt for one full pass, then release the washer.",
        ],
    ),
    ("h", "5. Leak test of the cooling zone HEPA filters"),
    (
        "p",
        "Every 6 months and after any cooling zone filter change. Use a photometer and a PAO or DEHS aerosol "
        "generator.",
    ),
    (
        "ol",
        [
            "Put the tunnel in Maintenance cold mode: heaters off, hot zone below 60 °C, cooling zone fans at "
            "normal speed.",
            "Feed the aerosol into test port P1 upstream of the cooling zone filters.",
            "Measure the upstream concentration at port P2 (it must be 20-80 µg/L) and set it as 100 % on the "
            "photometer.",
            "Scan the whole filter face and the gasket frame with the probe held no more than 25 mm from the face, "
            "in overlapping strokes at no more than 50 mm/s.",
            "A reading above 0.01 % of the upstream concentration is a leak. Mark its location.",
            "A leak in the filter medium: replace the filter (section 8). A leak at the gasket: tighten the clamp "
            "screws evenly to 6 Nm and test again.",
            "Run the fans for 30 min to purge the aerosol, then count particles (section 2) before release.",
            "Record the results in the tunnel log book.",
        ],
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning and reaction"],
            ["A01", "Emergency stop pressed."],
            ["A02", "Guard door open."],
            ["A03", "No airflow at the hot zone fan; heaters blocked."],
            ["A04", "Hot zone over-temperature, limit thermostat at 370 °C; manual reset on the cabinet."],
            ["A05", "Hot zone more than 15 K above set point."],
            ["A06", "Hot zone more than 10 K below set point for 60 s; belt stops, vials in the hot zone rejected."],
            ["A07", "Belt speed deviates more than 2 % from the set speed."],
            ["A08", "Belt drive overload or belt jam."],
            ["A10", "Cooling zone filter differential pressure at 450 Pa."],
            ["A11", "Hot zone filter differential pressure at 350 Pa; call Pyrestal service."],
            ["A12", "Cooling zone less than 1.0 Pa above the filling room for 30 s; belt stops."],
            ["A13", "Chilled water warmer than 14 °C."],
            ["A14", "Washer not ready (information only)."],
            ["A15", "Exit air temperature above 35 °C; belt stops."],
            ["A16", "Fallen vial detected by the light barrier at the discharge."],
        ],
        (20, 154),
    ),
    ("h", "7. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Vials fall over at the infeed", "Washer delivers faster than the belt takes; infeed guide too wide",
             "Match the washer to the belt speed; set the infeed guide to vial diameter plus 1 mm"],
            ["Vials reach the filler warm, or A15 stops the belt", "Chilled water too warm or flow too low; cooling "
             "coil fouled; belt too fast for the container", "Check the water is at 6-12 °C with the flow of "
             "section 1; clean the coil; keep to the speeds of section 3"],
            ["Ready not reached within 2 h", "A heating element has failed", "Check element currents on page "
             "Heaters (8.7 A each); replace the element"],
            ["High particle counts in the cooling zone", "Filter or gasket leak; pressure cascade reversed",
             "Leak test (section 5); check the cascade"],
            ["Dark specks on vials", "Belt wear debris; hot zone filter shedding", "Inspect and clean the belt; "
             "call Pyrestal service for the hot zone filters"],
            ["Glass breakage in the hot zone", "Vials crowded at the infeed; wet vials entering at high speed",
             "Reduce infeed back pressure; check the washer's final air blow"],
        ],
        (50, 62, 62),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up checks (section 4); wipe the infeed and discharge plates with 70 % IPA."],
            ["Weekly", "Inspect the belt for damaged links; clean the belt brush."],
            ["Monthly", "Particle count in the cooling zone at rest (section 2)."],
            ["Every 6 months", "Leak test of the cooling zone filters (section 5); clean the chilled water strainer."],
            ["Yearly", "Belt tension check; heat distribution check with the plant's validation team."],
            ["At 450 Pa", "Replace the cooling zone filter: clamp screws evenly to 6 Nm, then leak test."],
            ["Every 2 years or at 350 Pa", "Hot zone filters: replacement by Pyrestal service only."],
        ],
        (45, 129),
    ),
    ("h", "9. Tightening torques and spare parts"),
    (
        "table",
        [
            ["Item", "DT-600", "DT-800"],
            ["Filter clamp screws, M6", "6 Nm", "6 Nm"],
            ["Belt drive sprocket, M10", "45 Nm", "45 Nm"],
            ["Heating element terminals, M5", "3 Nm", "3 Nm"],
            ["Cooling zone HEPA filter", "PYR-HF-0610", "PYR-HF-0810"],
            ["Heating element 2 kW", "PYR-HE-2000", "PYR-HE-2000"],
            ["Conveyor belt", "PYR-BT-600", "PYR-BT-800"],
        ],
        (80, 47, 47),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Lock the main switch and wait until the hot zone is below 60 °C before any work inside the tunnel.",
            "The belt drive restarts automatically when a jam clears; lock out before reaching in.",
            "Wear heat-resistant gloves when removing broken glass from the infeed or hot zone.",
            "PAO and DEHS aerosols must not reach the filling room: test only with the filling machine stopped and "
            "purge for 30 min afterwards.",
        ],
    ),
]


# ---------------------------------------------------------------- Densora DRC roller compactors
DENSORA = [
    ("title", "Densora DRC Roller Compactors\nOperating and Maintenance Manual - DRC-120 and DRC-200"),
    (
        "p",
        "Document DNS-OM-DRC-02, Edition 2, October 2024. Densora Process Systems. The DRC-120 and DRC-200 are "
        "roller compactors for the dry granulation of pharmaceutical and nutraceutical powders. A vertical tamping "
        "screw feeds the powder between two counter-rotating rolls; the floating roll is pressed against the fixed "
        "roll by hydraulic cylinders; a rotor granulator under the rolls breaks the ribbon through a screen. The "
        "number is the roll diameter in millimetres. The contained version for OEB 4 products is described in "
        "DNS-OM-DRC-C, and the DRC-EX version for products with a low ignition energy or a solvent content in "
        "DNS-OM-DRC-X. The feeding of the hopper from IBCs is not part of the machine.",
    ),
    (
        "warn",
        "WARNING: The rolls pinch with up to 160 kN. Never reach into the roll area while the hydraulic pressure "
        "is up, even with the drives stopped. The edges of knurled rolls are sharp.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DRC-120", "DRC-200"],
            ["Roll diameter x width", "120 x 40 mm", "200 x 75 mm"],
            ["Roll surfaces available", "smooth, knurled, grooved", "smooth, knurled, grooved"],
            ["Compaction force, highest", "60 kN", "160 kN"],
            ["Specific compaction force, highest", "15 kN/cm", "21 kN/cm"],
            ["Hydraulic pressure for the highest force", "200 bar", "200 bar"],
            ["Roll speed", "1-20 rpm", "1-15 rpm"],
            ["Roll gap", "1.0-5.0 mm", "1.5-6.0 mm"],
            ["Tamping screw speed", "10-150 rpm", "10-120 rpm"],
            ["Granulator rotor speed", "20-200 rpm", "20-150 rpm"],
            ["Granulator screens", "0.63-2.5 mm", "0.8-3.15 mm"],
            ["Throughput, Densora test blend", "up to 60 kg/h", "up to 180 kg/h"],
            ["Roll drive motor", "4 kW", "11 kW"],
            ["Hydraulic unit oil, HLP 46", "8 L", "15 L"],
            ["Roll cooling water, 10-20 °C", "at least 2 L/min", "at least 4 L/min"],
            ["Machine mass", "1250 kg", "2600 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The specific compaction force is the total force divided by the roll width. The throughput holds for the "
        "Densora test blend (microcrystalline cellulose and lactose 1:1 with 0.5 % magnesium stearate, bulk "
        "density 0.5 g/mL) with knurled rolls at a 3 mm gap and 8 kN/cm. Force, gap, roll speed and screen for the "
        "plant's own formulations come from its development work and are entered as recipes; Densora does not give "
        "product settings.",
    ),
    ("h", "2. Settings and limits"),
    (
        "cols",
        [
            ("h", "Force and gap"),
            ("p", "In gap control the tamping screw speed is adjusted to hold the set gap within ±0.1 mm at the set "
             "force. A gap more than 0.3 mm from set for 10 s gives alarm C07. On the DRC-120, 100 bar gives about "
             "30 kN; on the DRC-200, 100 bar gives about 80 kN."),
            ("h", "Cheek plates"),
            ("p", "The cheek plates seal the sides of the roll gap. The gap between a cheek plate and the roll face "
             "must be no more than 0.1 mm. When this cannot be reached with the adjusting screws, replace the "
             "cheek plates."),
            ("h", "Scrapers"),
            ("p", "Set the scraper blades 0.05-0.1 mm from the roll surface. Replace a blade when its edge is worn "
             "back by more than 1 mm."),
            ("h", "Roll temperature"),
            ("p", "Heat from compaction is removed by cooling water through the rolls. Keep the roll surface below "
             "35 °C: alarm C08 warns at 35 °C and alarm C09 stops the rolls at 40 °C."),
            ("h", "Deaeration"),
            ("p", "With the vacuum deaeration option, keep -0.3 to -0.5 bar at the hopper filter. The filter is "
             "cleaned by a back pulse at 4 bar every 60 s."),
            ("h", "Hydraulic accumulator"),
            ("p", "The accumulator pre-charge is checked every year by Densora service with the service kit; it is "
             "not a user task and its value is recorded in the service report."),
            ("warn", "Dust: the standard DRC is built for zone 21 inside and zone 22 outside, for dusts with a "
             "minimum ignition energy above 10 mJ. Earth every part of the product path."),
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Open the roll cooling water and check the flow: at least 2 L/min (DRC-120) or 4 L/min (DRC-200).",
            "Check the hydraulic oil level in the sight glass.",
            "Check the cheek plate gap with a feeler gauge (section 2).",
            "Start in this order: granulator, rolls, tamping screw. Stop in the reverse order.",
            "Start with 2 kN/cm and raise the force to the recipe value over 2 min.",
        ],
    ),
    ("h", "4. Changing the rolls"),
    (
        "ol",
        [
            "Empty the feed hopper and run the rolls until no more ribbon falls, then stop.",
            "Set the force to zero and open relief valve V3 until the hydraulic gauge reads 0 bar.",
            "Lock the main switch.",
            "Remove the feed housing (four star knobs) and the cheek plates.",
            "Hold the roll with holding tool DRC-HT and loosen the roll retaining nut. The nut on the floating roll "
            "has a left-hand thread.",
            "Pull the roll with the extractor, wearing cut-resistant gloves.",
            "Clean the shaft taper and fit the new roll with its key.",
            "Tighten the retaining nut to 80 Nm (DRC-120) or 150 Nm (DRC-200).",
            "Refit the cheek plates and set each to no more than 0.1 mm from the roll face.",
            "Close the rolls in jog mode onto the mechanical stop. Check the smallest gap with a feeler gauge: "
            "1.0 mm (DRC-120) or 1.5 mm (DRC-200).",
            "Refit the feed housing and run the rolls empty for 2 min before feeding powder.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["C01", "Emergency stop pressed."],
            ["C02", "Guard or feed housing open."],
            ["C03", "Hydraulic pressure above 210 bar."],
            ["C04", "Hydraulic oil above 60 °C."],
            ["C05", "Roll drive overload."],
            ["C07", "Roll gap more than 0.3 mm from set for 10 s."],
            ["C08", "Roll surface at 35 °C (warning)."],
            ["C09", "Roll surface at 40 °C; rolls stop."],
            ["C10", "Roll cooling water flow low."],
            ["C11", "Feed hopper level low."],
            ["C12", "Deaeration filter differential pressure high."],
            ["C13", "Granulator overload (screen blocked)."],
            ["C14", "Tamping screw overload."],
        ],
        (20, 154),
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Ribbon breaks into flakes, too many fines", "Force too low or gap too large; powder not deaerated",
             "Raise the force in steps of 1 kN/cm; check the vacuum (section 2)"],
            ["Powder escapes at the roll edges, soft ribbon edges", "Cheek plates worn or set too wide",
             "Reset the cheek plates to no more than 0.1 mm; replace if worn"],
            ["Ribbon sticks to the rolls", "Rolls too warm; scrapers set too far off", "Check cooling water; set "
             "scrapers to 0.05-0.1 mm"],
            ["Gap swings, C07", "Powder bridging in the hopper; tamping screw at its limit", "Run the hopper "
             "agitator; check the screw speed range"],
            ["Granulator overload, C13", "Ribbon too hard; screen too fine", "Reduce the force or use a larger "
             "screen, within the recipe limits"],
            ["Black specks in the granules", "Metal contact at scraper or cheek plate", "Stop; inspect and reset; "
             "quarantine the batch"],
        ],
        (52, 61, 61),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each product change", "Dry clean, then wash the product parts; dry completely before assembly."],
            ["Daily", "Start-up checks (section 3)."],
            ["Weekly", "Check the scraper blades and their setting."],
            ["Every 500 h", "Check the knurl depth of the rolls: 0.8 mm new, replace the roll below 0.5 mm."],
            ["Every 2000 h", "Replace the hydraulic return filter DNS-HF-10."],
            ["Every 4000 h or 2 years", "Change the hydraulic oil, HLP 46. Food-grade H1 oils only from the list in "
             "service bulletin DNS-SB-12."],
            ["Yearly", "Accumulator pre-charge and hydraulic hose inspection by Densora service."],
        ],
        (45, 129),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "DRC-120", "DRC-200"],
            ["Roll retaining nut", "80 Nm", "150 Nm"],
            ["Cheek plate screws, M6", "8 Nm", "8 Nm"],
            ["Granulator rotor nut", "40 Nm", "40 Nm"],
            ["Feed housing star knobs", "hand tight", "hand tight"],
        ],
        (80, 47, 47),
    ),
    ("h", "9. Safety notes"),
    (
        "ul",
        [
            "Release the hydraulic pressure to 0 bar and lock the main switch before opening the feed housing.",
            "Hydraulic oil can reach 60 °C; let it cool before changing filters.",
            "Product dust may be potent: wear the PPE named in the plant's product data when opening the machine.",
            "Never run the granulator without a screen fitted.",
        ],
    ),
]


# ---------------------------------------------------------------- Purvestra ME multiple-effect WFI stills
PURVESTRA = [
    ("title", "Purvestra ME Multiple-Effect Stills for Water for Injection\nOperating and Maintenance Manual - "
     "ME-4 and ME-6"),
    (
        "p",
        "Document PVW-OM-ME-05, Edition 1, February 2025. Purvestra Water Systems. The ME-4 and ME-6 make water "
        "for injection (WFI) from purified water (PW) by distillation, heated with plant steam. The number is the "
        "count of effects (columns). Both are rated for 1500 L/h of distillate; the ME-6 uses less steam and less "
        "cooling water for the same output. The purified water system, the WFI storage tank and loop, and the "
        "pure steam generator option (PVW-OM-PSG-02) have their own manuals. Release of the water is the task of "
        "the plant's quality unit; the still's limits below are control limits.",
    ),
    (
        "warn",
        "WARNING: The columns and the steam side run at up to 8 bar g and 175 °C, and the distillate leaves at up "
        "to 95 °C. Never loosen a clamp on a line under pressure. Wear a face shield and gloves at the sample "
        "valves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ME-4", "ME-6"],
            ["Number of effects (columns)", "4", "6"],
            ["Rated distillate output", "1500 L/h", "1500 L/h"],
            ["Plant steam for the rated output", "8 bar g, 450 kg/h", "8 bar g, 320 kg/h"],
            ["Feed water (PW)", "1650 L/h at 3-5 bar", "1650 L/h at 3-5 bar"],
            ["Feed water conductivity", "at most 1.3 µS/cm at 25 °C", "at most 1.3 µS/cm at 25 °C"],
            ["Condenser cooling water, 15-25 °C inlet", "6.0 m³/h", "3.5 m³/h"],
            ["Distillate temperature at the outlet", "85-95 °C", "85-95 °C"],
            ["Blowdown (feed not evaporated)", "8 % of feed, adjustable 5-15 %", "8 % of feed, adjustable 5-15 %"],
            ["First column pressure at rated output", "6.5 bar g", "7.0 bar g"],
            ["Electrical connection", "400 V 3~, 4 kVA", "400 V 3~, 4 kVA"],
            ["Dry / operating mass", "2900 / 3500 kg", "3800 / 4600 kg"],
        ],
        (76, 49, 49),
    ),
    ("h", "2. Output and plant steam pressure"),
    (
        "p",
        "The output depends on the steam pressure at the still's inlet valve. The figures below hold for feed water "
        "at 20-25 °C and condenser cooling water at 15-25 °C. For cooling water warmer than 25 °C, Purvestra gives "
        "the flow and the output on request for the site.",
    ),
    (
        "table",
        [
            ["Steam at the still inlet", "Output, ME-4 and ME-6", "Share of rated output"],
            ["8 bar g", "1500 L/h", "100 %"],
            ["7 bar g", "1350 L/h", "90 %"],
            ["6 bar g", "1200 L/h", "80 %"],
            ["5 bar g", "975 L/h", "65 %"],
            ["below 5 bar g", "W03, heating stops", "-"],
        ],
        (60, 60, 54),
    ),
    ("h", "3. Quality and control limits"),
    (
        "cols",
        [
            ("h", "Distillate conductivity"),
            ("p", "The still's conductivity cell reads compensated to 25 °C. Above 1.0 µS/cm alarm W07 opens the "
             "divert valve and the distillate goes to drain. The still returns to Produce only after the reading "
             "has stayed below 0.8 µS/cm for 5 min. If the plant's water SOP sets a stricter limit, that limit "
             "governs."),
            ("h", "Distillate temperature"),
            ("p", "Below 85 °C alarm W08 diverts the distillate, because the storage is kept at 80 °C or above."),
            ("h", "Feed water"),
            ("p", "Above 1.3 µS/cm feed conductivity, alarm W06 stops the feed after 10 min. Below 2 bar feed "
             "pressure alarm W05 stops the still."),
            ("h", "Blowdown"),
            ("p", "Blowdown carries the impurities out of the last column. Below 5 % impurities build up and carry "
             "over into the distillate; above 15 % feed water is wasted."),
            ("h", "Column levels"),
            ("p", "Keep the level in each column sight glass in the middle third. A high level carries droplets "
             "into the vapour path."),
            ("h", "Endotoxin and sampling"),
            ("p", "The quality unit samples at valve SV-3 to its sampling plan and tests to the plant's "
             "specification. Flush SV-3 for 1 min before sampling. After any opening of the product side, send "
             "the distillate to drain for at least 30 min and have a release sample tested."),
            ("warn", "Safety valves on the steam inlet and on column 1 are set and sealed by the valve maker. Their "
             "set pressures are in the pressure equipment dossier PVW-PED-ME, not in this manual."),
        ],
    ),
    ("h", "4. Start-up from cold"),
    (
        "ol",
        [
            "Check the plant steam at the inlet (at least 7 bar g, rated output at 8 bar g), the cooling water "
            "(15-25 °C) and the feed water (at most 1.3 µS/cm).",
            "Open the steam line drains and check that the steam traps discharge condensate.",
            "Select Start. The feed pump fills column 1 to its level.",
            "The steam valve opens on a ramp from 0 to 100 % over 10 min. Never bypass the ramp; condensate "
            "slugs cause water hammer.",
            "The distillate goes to drain until it has stayed below 0.8 µS/cm and above 85 °C for 5 min; then the "
            "still switches to Produce.",
            "Check that column 1 reaches 6.5 bar g (ME-4) or 7.0 bar g (ME-6) and that the blowdown is at 8 %.",
            "Record the readings in the log. From cold the still reaches Produce in about 25 min (ME-4) or 35 min "
            "(ME-6).",
        ],
    ),
    ("h", "5. Shutdown"),
    (
        "ol",
        [
            "Select Stop. The steam valve closes; feed continues for 5 min to cool the columns.",
            "The distillate is diverted to drain as soon as the steam valve closes.",
            "For a stop longer than 7 days, drain the columns through the blowdown and leave the drains open.",
        ],
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["W01", "Emergency stop pressed."],
            ["W02", "Feed pump failure."],
            ["W03", "Steam pressure at the inlet below 5 bar g; heating stops."],
            ["W04", "Steam pressure at the inlet above 9 bar g."],
            ["W05", "Feed water pressure below 2 bar."],
            ["W06", "Feed water conductivity above 1.3 µS/cm; feed stops after 10 min."],
            ["W07", "Distillate conductivity above 1.0 µS/cm; distillate diverted."],
            ["W08", "Distillate temperature below 85 °C; distillate diverted."],
            ["W09", "Column 1 level high."],
            ["W10", "Column level low."],
            ["W11", "Condenser cooling water flow low."],
            ["W13", "Condenser vent temperature high (non-condensable gases)."],
            ["W14", "Blowdown flow low."],
            ["W15", "Conductivity cell fault."],
            ["W16", "Divert valve position fault."],
        ],
        (20, 154),
    ),
    ("h", "7. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["W07 with the feed water in specification", "Carry-over from a column with a high level; blowdown "
             "below 5 %; steam ramp bypassed", "Check levels in the middle third; set blowdown to 8 %; restart "
             "with the ramp"],
            ["Output low", "Steam pressure low at the inlet (section 2); steam trap failed and shell flooded; "
             "fouled feed preheater", "Check the inlet pressure; test the traps; call Purvestra for the preheater"],
            ["Banging in the steam line or columns at start-up", "Condensate in the steam line; ramp bypassed",
             "Drain the steam line; open the steam only on the 10 min ramp"],
            ["W08 during production", "Cooling water control valve TCV-2 stuck open", "Check TCV-2 and its air "
             "supply"],
            ["Brown or red film (rouge) in a sight glass or at SV-3", "Iron oxide layer on the stainless steel",
             "Report to the quality unit. Derouging is done by a specialist contractor under the plant's change "
             "control, not by operators"],
        ],
        (50, 62, 62),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Log inlet steam pressure, column 1 pressure, conductivities and output."],
            ["Weekly", "Clean the feed water strainer (100 µm screen); test the steam traps."],
            ["Monthly", "Test the divert valve by simulating W07."],
            ["Every 6 months", "Check the conductivity cell against a reference meter: deviation at most "
             "0.1 µS/cm; check the temperature sensors."],
            ["Yearly", "Safety valve inspection by the authorised body; look for rouge in the columns; replace the "
             "EPDM clamp gaskets of the distillate line."],
            ["Every 5 years", "Internal inspection of the pressure vessels to national rules."],
        ],
        (45, 129),
    ),
    ("h", "9. Safety notes"),
    (
        "ul",
        [
            "Isolate and vent the steam side before any work on the columns or the steam traps.",
            "Distillate and blowdown are hot enough to scald; route drains to a closed funnel.",
            "Do not touch the uninsulated condenser vent line; it reaches 100 °C.",
        ],
    ),
]


# ---------------------------------------------------------------- Sterlenza DSI UHT steam injection units
STERLENZA = [
    ("title", "Sterlenza DSI Direct Steam Injection UHT Units\nOperating and Maintenance Manual - DSI-6 and DSI-10"),
    (
        "p",
        "Document STZ-OM-DSI-07, Edition 2, June 2025. Sterlenza Dairy Technology. The DSI-6 and DSI-10 heat "
        "low-acid liquid foods to UHT temperature by injecting culinary steam directly into the product. The "
        "number is the rated capacity in thousands of litres per hour. Process: balance tank, feed pump, plate "
        "preheater to 80 °C, steam injector, holding tube, flash vessel under vacuum (which removes the water the "
        "steam added), aseptic homogeniser, product cooler, aseptic tank. The aseptic homogeniser, the aseptic tank "
        "and the filler have their own manuals.",
    ),
    (
        "p",
        "Standard programs are Milk (whole, semi-skimmed and skimmed) and Plant Drinks (oat, soy and almond drinks "
        "up to 50 mPa·s at 20 °C). Any other product, for example flavoured milks, cream, desserts or infant "
        "formula, runs only with a process sheet issued by Sterlenza's process lab for that product.",
    ),
    (
        "warn",
        "WARNING: Culinary steam at 10 bar g and product at up to 150 °C. Never open a clamp, sample valve or "
        "sight glass downstream of the injector while the unit is running, sterilising or under CIP.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DSI-6", "DSI-10"],
            ["Rated capacity, milk at 143 °C / 4 s", "6000 L/h", "10,000 L/h"],
            ["Capacity range", "3000-6600 L/h", "5000-11,000 L/h"],
            ["UHT temperature range / Milk standard", "138-150 °C / 143 °C", "138-150 °C / 143 °C"],
            ["Holding time at rated capacity", "4 s", "4 s"],
            ["Holding tube", "DN 50, 3.7 m", "DN 65, 3.9 m"],
            ["Culinary steam at the injector valve", "at least 10 bar g, 750 kg/h", "at least 10 bar g, 1250 kg/h"],
            ["Flash vessel pressure at 80 °C preheat", "about 0.45 bar abs", "about 0.45 bar abs"],
            ["Vacuum condenser cooling water, at most 25 °C", "18 m³/h", "30 m³/h"],
            ["Electrical connection, 400 V 3~ 50 Hz", "90 kVA", "140 kVA"],
            ["Compressed air", "6 bar", "6 bar"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "Rated capacity and steam consumption hold for whole milk at 143 °C for 4 s after an 80 °C preheat. Below "
        "the rated capacity the holding time is longer, which the program does not correct.",
    ),
    ("h", "2. Process limits and flow diversion"),
    (
        "cols",
        [
            ("h", "Holding tube temperature"),
            ("p", "The controlling value is TT-HT at the holding tube outlet. In the Milk program the flow diverts "
             "when TT-HT falls below 141.0 °C for more than 1 s (alarm U04); in the Plant Drinks program below "
             "142.0 °C. After a divert the aseptic zone is no longer sterile: the unit must be pre-sterilised again "
             "before production restarts. Above 150 °C alarm U05 stops the steam."),
            ("h", "Holding tube pressure"),
            ("p", "The product must not boil in the holding tube. At 143 °C keep at least 3.0 bar g; below this "
             "alarm U06 diverts."),
            ("h", "Water balance"),
            ("p", "The flash vessel temperature is held 1-2 K below the preheat temperature, so that the water "
             "evaporated equals the steam condensed. The plant lab checks total solids every 2 hours: outlet and "
             "inlet must agree within 0.1 percentage points."),
            ("h", "Fouling and run length"),
            ("p", "The pressure drop over the injector and holding tube rises as deposits build up. Stop for CIP "
             "when it has risen by more than 1.5 bar from the value at the start of the run (alarm U09), or at "
             "the end of the longest run time, whichever comes first. Longest run time between CIPs: 12 h for "
             "Milk, 8 h for Plant Drinks. Sterlenza's intermediate aseptic cleaning (AIC) program extends a Milk "
             "run to 20 h; it is not approved for Plant Drinks."),
            ("h", "Culinary steam"),
            ("p", "Steam reaches the injector through a 5 µm stainless culinary steam filter. Replace the element "
             "when its pressure drop exceeds 0.5 bar, or yearly. Alarm U03 below 9 bar g at the injector valve."),
        ],
    ),
    ("h", "3. Pre-sterilisation"),
    (
        "ol",
        [
            "The unit has been cleaned (CIP) and drained. Fill the balance tank with softened water.",
            "Select Sterilise. Water circulates and the injector heats it so that every temperature point "
            "downstream of the holding tube, up to the aseptic tank valve, reaches 130 °C.",
            "The sterilisation timer starts only when all points TT-10 to TT-16 read 130 °C or above. It runs for "
            "30 min; if any point falls below 130 °C the timer starts again from zero.",
            "Check that the steam barriers on the aseptic valves read at least 120 °C (alarm U15 below).",
            "At the end of the timer the unit cools to sterile water circulation and shows Ready.",
            "Start production within 2 h. After 2 h in sterile water circulation (alarm U10) sterilise again.",
            "At production start, water is pushed out by product; the mixed phase goes to drain until the "
            "densitometer shows product, about 300 L (DSI-6) or 500 L (DSI-10).",
        ],
    ),
    ("h", "4. Cleaning in place after production"),
    (
        "ol",
        [
            "Push product out with water and rinse until the outlet runs clear.",
            "Caustic: 1.5-2.0 % sodium hydroxide at 85 °C for 30 min through the whole unit, with the injector "
            "raising the holding tube to 120 °C.",
            "Rinse until the conductivity at the return is that of the rinse water.",
            "Acid: 0.8-1.0 % nitric acid at 70 °C for 20 min.",
            "Final rinse. Alarm U14 flags a concentration outside these ranges.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["U01", "Emergency stop pressed."],
            ["U02", "Feed pump failure."],
            ["U03", "Culinary steam below 9 bar g at the injector valve."],
            ["U04", "Holding tube outlet below the divert limit; flow diverted."],
            ["U05", "UHT temperature above 150 °C; steam stops."],
            ["U06", "Holding tube pressure below 3.0 bar g; flow diverted."],
            ["U07", "Flash vessel level high."],
            ["U08", "Flash vessel vacuum poor: above 0.6 bar abs."],
            ["U09", "Pressure drop more than 1.5 bar above the start of run; stop for CIP."],
            ["U10", "Sterile water circulation longer than 2 h; sterilise again."],
            ["U12", "Aseptic homogeniser fault (signal from the homogeniser)."],
            ["U13", "Vacuum condenser cooling water warmer than 25 °C."],
            ["U14", "CIP concentration out of range."],
            ["U15", "Steam barrier below 120 °C."],
        ],
        (20, 154),
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["UHT temperature swings by 2 K or more", "Unstable steam pressure; injector nozzle partly fouled",
             "Check the steam holds 10 bar g; inspect the injector at the next CIP"],
            ["Product watered down (solids low)", "Flash vessel too warm, vacuum weak (U08)", "Check vacuum pump "
             "seal water, 1.5-2 L/min at no more than 25 °C; check the flash set point"],
            ["Product too thick (solids high)", "Flash vessel too cold", "Set the flash 1-2 K below the preheat "
             "temperature"],
            ["Cooked or burnt taste, brown deposits", "UHT temperature too high or run too long", "Keep to the "
             "program temperature and run length"],
            ["Divert during production", "Steam pressure dips when other users start", "Check the supply "
             "pressure at the injector valve during the dip"],
        ],
        (52, 61, 61),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each production day", "Pre-sterilisation, production, CIP; record TT-HT chart."],
            ["Weekly", "Inspect the injector nozzle and its O-rings after CIP; check vacuum pump seal water flow."],
            ["Every 6 months", "Calibrate TT-HT and the holding tube pressure transmitter against references."],
            ["Yearly", "Replace the culinary steam filter element; replace aseptic valve seals."],
        ],
        (45, 129),
    ),
    ("h", "8. Safety notes"),
    (
        "ul",
        [
            "Lock out the steam valve and the feed pump before opening the injector.",
            "CIP chemicals: wear goggles and gloves; never open a line during CIP.",
            "The flash vessel is under vacuum: vent it before opening the manway.",
        ],
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("pyrestal-dt-depyrogenation-tunnel.pdf", "Pyrestal PYR-OM-DT-03 Ed 3 - DT-600 / DT-800", PYRESTAL),
        ("densora-drc-roller-compactor.pdf", "Densora DNS-OM-DRC-02 Ed 2 - DRC-120 / DRC-200", DENSORA),
        ("purvestra-me-multi-effect-wfi-still.pdf", "Purvestra PVW-OM-ME-05 Ed 1 - ME-4 / ME-6", PURVESTRA),
        ("sterlenza-dsi-uht-steam-injection-unit.pdf", "Sterlenza STZ-OM-DSI-07 Ed 2 - DSI-6 / DSI-10", STERLENZA),
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
