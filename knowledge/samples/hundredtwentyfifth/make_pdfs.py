"""Generate the PDF manuals of the hundred-and-twenty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set125-scratch/venv && /tmp/set125-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set125-scratch/venv/bin/python knowledge/samples/hundredtwentyfifth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Kesvara PV parboiling vessels
KESVARA = [
    ("title", "Kesvara PV Parboiling Vessels\nSoaking and Steaming - Operation and Maintenance - PV-4 and PV-8"),
    (
        "p",
        "Document KSV-OM-PV-03, Edition 2, March 2025. Kesvara Process Works. The PV-4 and PV-8 are vertical "
        "stainless steel vessels with a conical bottom in which one batch of paddy is first soaked in hot water and "
        "then steamed, the two steps of parboiling. Hot water is circulated from the cone to a spray ring at the top "
        "by a recirculation pump; steam is injected through a sparge ring of nozzles in the cone; the parboiled paddy "
        "leaves through a pneumatic knife gate at the bottom. Apart from the batch size, the dimensions, the pump, "
        "the gate and the items named in this manual, the two models are built alike. The steam boiler and the "
        "pressure reducing station, the effluent line and the dryer that receives the parboiled paddy are not part "
        "of the supply; they are covered by their own documents and by the site.",
    ),
    (
        "warn",
        "WARNING: Soak water at 68 °C and steam cause severe scalds. Never open the inspection hatch while the "
        "vessel holds hot water or steam. The vessel is a confined space: entry only under the site's permit to work, "
        "with steam, water, air and power isolated and locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PV-4", "PV-8"],
            ["Paddy per batch, long-grain paddy of about 580 kg/m³ bulk density", "4000 kg", "8000 kg"],
            ["Gross vessel volume", "9.6 m³", "18.8 m³"],
            ["Soak water per batch (1.3 m³ per tonne of paddy)", "5.2 m³", "10.4 m³"],
            ["Vessel diameter", "2400 mm", "3000 mm"],
            ["Overall height including the discharge gate", "5600 mm", "6700 mm"],
            ["Cone angle to the horizontal", "60°", "60°"],
            ["Steam nozzles in the sparge ring", "12", "18"],
            ["Steam supply at the sparge valve, saturated", "1.5-2.5 bar(g)", "1.5-2.5 bar(g)"],
            ["Safety valve on the sparge line, set pressure", "3.5 bar(g)", "3.5 bar(g)"],
            ["Steam per batch, steaming step only (about 0.12 kg per kg of paddy)", "about 480 kg", "about 960 kg"],
            ["Design steam flow while steaming", "2400 kg/h", "3600 kg/h"],
            ["Steam to heat the soak water from 25 °C to 68 °C", "about 390 kg", "about 780 kg"],
            ["Recirculation pump", "2.2 kW, 30 m³/h", "4.0 kW, 55 m³/h"],
            ["Discharge gate, pneumatic knife gate", "DN 300", "DN 400"],
            ["Compressed air, dry and oil-free", "6 bar, at least 5.5 bar", "6 bar, at least 5.5 bar"],
            ["Empty mass", "2850 kg", "4600 kg"],
            ["Operating mass, full of paddy and water", "12 100 kg", "23 000 kg"],
            ["Supply 400 V 3~ 50 Hz, control 24 V DC, supply fuse", "10 A gG", "16 A gG"],
            ["Wetted parts", "stainless steel 1.4301", "stainless steel 1.4301"],
        ],
        (94, 38, 38),
    ),
    (
        "p",
        "The batch sizes hold for long-grain paddy with a bulk density of about 580 kg/m³, cleaned and free of "
        "stones and straw. For lighter paddy reduce the batch in proportion: batch (kg) = rated batch (kg) x bulk "
        "density (kg/m³) / 580. The paddy must never stand above the high level probe, whatever its mass. The "
        "supporting structure and its foundation must carry the operating mass with the usual safety factors; they "
        "are designed by the site's structural engineer, not by Kesvara.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the vessel. Wear gloves, a face shield and long sleeves when taking "
            "samples or opening the drain strainer.",
            "Never close the vent valve while steam is on. The vessel is not a pressure vessel; it must stay open to "
            "the atmosphere through the vent at all times during steaming.",
            "The sparge line safety valve protects the steam line only. Its yearly inspection and resetting are done "
            "by the site's competent person or the insurer's inspector under national rules, not by the operator.",
            "Before anyone works on the discharge gate, close and lock the manual air valve and vent the gate "
            "cylinder. A gate that still holds air can close with a force of several kN.",
            "Keep the area under the gate clear while discharging: the paddy leaves at close to 100 °C.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Soaking temperature"),
            (
                "p",
                "Soak at 65-70 °C with the setpoint at 68 °C. The water temperature must not exceed 72 °C at either "
                "Pt100: above this the starch at the surface of the grain starts to gelatinise in the water, the "
                "husks split open and solids leach out. At 72 °C alarm A03 stops the heating. The recirculation "
                "pump keeps the upper and lower probes within ±2 °C of each other.",
            ),
            ("h", "Soaking time"),
            (
                "p",
                "Long-grain paddy needs 3.0-4.0 h at 68 °C to reach 30-32 % moisture (wet basis). Take a drained "
                "sample at 3 h and measure its moisture; end the soak when it reads 30 % or more. Soaking times "
                "for medium-grain, round-grain and aromatic varieties are not given in this manual; establish them "
                "with trial batches or ask Kesvara process service.",
            ),
            ("h", "Soak water"),
            (
                "p",
                "Use fresh water for every batch; reusing soak water is not allowed (fermentation, smell, dark "
                "rice). Drain for at least 10 min (PV-4) or 15 min (PV-8), until the drain sight glass runs dry. "
                "The soak water goes to the site's effluent line; its treatment and discharge limits are set by the "
                "local environmental authority, not by this manual.",
            ),
            ("h", "Steaming"),
            (
                "p",
                "Open the vent valve fully (A12 blocks the steam valve otherwise). Steam at 1.5-2.5 bar(g) at the "
                "sparge valve. Steaming ends 4 min after steam breaks through evenly over the whole top surface, "
                "typically after 10-14 min (PV-4) or 14-18 min (PV-8) in all. Never steam longer than 20 min "
                "(PV-4) or 25 min (PV-8): the grains turn dark and hard. The steam pressure the boiler and the "
                "reducing station must deliver is set by the site to suit its steam network.",
            ),
            ("h", "Discharge"),
            (
                "p",
                "Discharge at once after steaming. The paddy must reach the dryer within 30 min of the end of "
                "steaming; the drying settings are those of the dryer's manual. The knife gate needs air at 5.5 "
                "bar or more and must close within 8 s.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Water level low", "Level below the soak probe after filling. Check the fill valve and the fill time."],
            ["A02", "Overflow level high", "Water or paddy at the overflow probe. Stop filling; check the batch mass."],
            [
                "A03",
                "Soak temperature high",
                "72 °C reached at a Pt100. Heating stopped. Check the setpoint and the steam valve to the water "
                "heater for leaks.",
            ],
            [
                "A04",
                "Soak temperature low",
                "Below 63 °C for more than 10 min during the soak. Check the steam supply and the recirculation "
                "pump; the soak timer stops below 65 °C.",
            ],
            ["A05", "Pump overload", "Recirculation pump motor protection tripped. Check the suction strainer."],
            ["A06", "Steam pressure low", "Below 1.2 bar(g) at the sparge valve for 30 s. Call the boiler house."],
            ["A07", "Steam pressure high", "Above 2.8 bar(g) at the sparge valve. Steam valve closed."],
            ["A09", "Gate not closed", "Gate closed limit switch not made 8 s after the close command."],
            ["A10", "Air pressure low", "Below 5.5 bar. The gate cannot be moved; do not start a batch."],
            ["A11", "Temperature sensor fault", "Pt100 open or short circuit. Heating stopped."],
            ["A12", "Vent valve not open", "Vent open limit switch not made. Steaming is blocked."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "White, chalky centres in the milled parboiled rice",
                "Paddy under-soaked: moisture after the soak below 30 %, water below 65 °C, or steaming stopped "
                "before break-through",
                "Check the 3 h sample; extend the soak in steps of 30 min up to 4.0 h; steam to 4 min after "
                "break-through",
            ],
            [
                "Many split husks, kernels bursting out of the husk",
                "Soak water above 70 °C, or steamed too long",
                "Check the setpoint and the A03 history; end steaming 4 min after break-through",
            ],
            [
                "Milled rice too dark or too yellow",
                "Steamed too long, or paddy held hot in the vessel more than 30 min after steaming",
                "Keep to the steaming limits; discharge at once",
            ],
            [
                "Sour smell, foam on the soak water",
                "Water too cool for long periods, or water reused",
                "Fresh water every batch; check A04 history and the heating",
            ],
            [
                "Steam breaks through on one side of the top surface only",
                "Sparge nozzles blocked on the other side",
                "Clean the sparge nozzles (section 7)",
            ],
            [
                "Draining takes more than 20 min",
                "Drain strainer blocked with husk and broken grains",
                "Clean the drain strainer",
            ],
            [
                "Water drips from the gate during the soak",
                "Gate seal worn or torn",
                "Replace the gate seal (section 8)",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Check that the gate is closed (no A09), the air is at 5.5 bar or more and the drain valve is shut.",
            "Fill with fresh water to the soak probe: 5.2 m³ (PV-4) or 10.4 m³ (PV-8).",
            "Start the recirculation pump and heat the water to the 68 °C setpoint.",
            "Load the weighed paddy from the feed bin. The water rises to just below the overflow probe.",
            "Soak with the pump running. The soak timer counts only while both probes read 65 °C or more.",
            "At 3 h take a drained sample from the sample cock and measure its moisture. End the soak at 30 % or "
            "more; otherwise continue in steps of 30 min, up to 4.0 h.",
            "Stop the pump and open the drain valve. Drain until the sight glass runs dry, at least 10 min (PV-4) "
            "or 15 min (PV-8). Close the drain valve.",
            "Open the vent valve fully and check that A12 is clear.",
            "Open the steam valve. Watch the top surface through the sight glass in the hatch.",
            "When steam breaks through evenly over the whole surface, let the timer run 4 more minutes, then close "
            "the steam valve.",
            "Open the gate and discharge into the dryer feed conveyor. Close the gate and rinse the cone with the "
            "spray ring before the next batch.",
        ],
    ),
    ("h", "7. Cleaning the sparge nozzles"),
    (
        "ol",
        [
            "Empty the vessel and let it cool below 40 °C.",
            "Close and lock the steam isolating valve and open the drain of the sparge line.",
            "Remove the four inspection covers on the cone, wearing gloves.",
            "Unscrew each nozzle (12 on the PV-4, 18 on the PV-8) with the nozzle key KSV-NK-1.",
            "Soak the nozzles for 30 min in 5 % citric acid and clear the 4 mm holes with the nozzle pin; never drill "
            "them larger.",
            "Fit the nozzles with new copper washers and tighten them to 35 Nm.",
            "Refit the covers with new gaskets, close the sparge line drain and unlock the steam valve.",
            "Blow steam through the ring for 1 min with the vessel empty and the vent open, and check that all "
            "nozzles blow.",
        ],
    ),
    ("h", "8. Replacing the gate seal"),
    (
        "ol",
        [
            "Empty the vessel, close and lock the manual air valve and vent the gate cylinder.",
            "Remove the eight bolts of the gate body cover and pull out the knife.",
            "Remove the old seal and clean the seat. Fit the new seal KSV-GS-300 (PV-4) or KSV-GS-400 (PV-8) with "
            "food-grade grease.",
            "Refit the knife and the cover; tighten the bolts crosswise to 45 Nm.",
            "Restore the air and cycle the gate three times; the gate must close within 8 s.",
            "Fill the cone with water to the soak probe and check for drips for 15 min.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Fresh soak water; rinse the cone; check the drain sight glass runs dry"],
            ["Daily", "Clean the drain strainer and the pump suction strainer"],
            ["Weekly", "Check that the vent valve opens fully; check the sight glass gaskets"],
            ["Monthly", "Lift the sparge line safety valve by its lever with steam on, to check it is free"],
            ["3 months or 600 batches, whichever comes first", "Clean the sparge nozzles (section 7)"],
            ["12 months or 2000 batches, whichever comes first", "Replace the gate seal (section 8)"],
            ["12 months", "Calibrate the two Pt100 probes against a reference thermometer within ±0.5 °C"],
            ["Yearly", "Safety valve inspection by the site's competent person (not the operator)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PV-4", "PV-8"],
            ["Gate seal", "KSV-GS-300", "KSV-GS-400"],
            ["Sparge nozzle, 4 mm holes (quantity fitted)", "KSV-SN-04 (12)", "KSV-SN-04 (18)"],
            ["Copper washer for sparge nozzle, pack of 20", "KSV-CW-20", "KSV-CW-20"],
            ["Drain strainer basket", "KSV-DS-40", "KSV-DS-60"],
            ["Pt100 probe with thermowell", "KSV-PT-100", "KSV-PT-100"],
            ["Vent valve actuator", "KSV-VA-80", "KSV-VA-100"],
            ["Pump mechanical seal", "KSV-MS-22", "KSV-MS-40"],
            ["Nozzle key", "KSV-NK-1", "KSV-NK-1"],
        ],
        (90, 40, 40),
    ),
]

# ---------------------------------------------------------------- Sorrendi TS tray-type paddy separators
SORRENDI = [
    ("title", "Sorrendi TS Tray-Type Paddy Separators\nOperation and Maintenance - TS-30 and TS-45"),
    (
        "p",
        "Document SRD-OM-TS-07, Edition 3, January 2025. Sorrendi Rice Machinery. The TS-30 and TS-45 separate the "
        "mixture leaving a husker into brown rice and unhusked paddy. A stack of dimpled stainless steel trays, "
        "inclined along and across, oscillates on a crank drive; the heavier, smoother brown rice climbs to the upper "
        "side of each tray, the paddy slides to the lower side, and a band of mixture between them is returned to the "
        "separator inlet. The paddy goes back to the husker. Apart from the number of trays, the drive, the stroke "
        "and the items named in this manual, the two models are built alike. The husker, its hulling ratio and its "
        "settings are covered by the husker's own manual.",
    ),
    (
        "warn",
        "WARNING: The tray stack moves with a stroke of more than 40 mm and great force. Never reach into the tray "
        "stack, the outlets or the drive guard while the separator runs. Stop, lock off the main switch and wait "
        "until the stack stands still before opening any cover.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TS-30", "TS-45"],
            [
                "Capacity, husker output (brown rice and paddy), long-grain at 14 % moisture",
                "3.0 t/h",
                "4.5 t/h",
            ],
            ["Capacity, round-grain (japonica) varieties at 14 % moisture", "3.3 t/h", "5.0 t/h"],
            ["Number of trays", "7", "10"],
            ["Working area of one tray", "1.00 x 1.40 m", "1.00 x 1.40 m"],
            ["Oscillation, adjustable (factory setting 95)", "85-105 strokes/min", "85-105 strokes/min"],
            ["Stroke", "40 mm", "45 mm"],
            ["Longitudinal inclination (along the tray)", "4-8°", "4-8°"],
            ["Transverse inclination (across the tray)", "6-10°", "6-10°"],
            ["Drive motor 400 V 3~ 50 Hz with frequency inverter", "1.5 kW", "2.2 kW"],
            ["V-belt", "SPA 1250", "SPA 1320"],
            ["Rubber suspension buffers", "4", "6"],
            ["Dynamic horizontal force on the floor, each direction", "±4.5 kN", "±6.2 kN"],
            ["Aspiration at the outlets, at -300 Pa", "10 m³/min", "15 m³/min"],
            ["Mass", "1150 kg", "1480 kg"],
            ["Length x width x height", "2350 x 1750 x 2100 mm", "2350 x 1750 x 2550 mm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold for a feed holding 10-30 % paddy, that is a husker hulling 70-90 % of the paddy, and "
        "for dry, cleaned paddy of 13-15 % moisture. Capacities for parboiled paddy are not given in this manual; "
        "ask Sorrendi for a trial. The floor and the anchors must take the dynamic forces above; they are chosen by "
        "the site's structural engineer, not by Sorrendi.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may set or clean the separator. Wear a dust mask when cleaning the trays.",
            "Run the separator only with all guards and the tray stack covers closed.",
            "The crank drive keeps turning for up to 20 s after a stop. Wait for the stack to stand still.",
            "Lift the trays out with two people; each tray weighs 28 kg.",
            "Keep the aspiration running: rice dust is combustible and must not settle on the drive.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Feed"),
            (
                "p",
                "The feed must hold 10-30 % paddy. With more than 30 % paddy the mixture band widens and the return "
                "grows; reduce the feed by 20 % and have the husker set up again as its manual describes. The feed "
                "distributor must share the feed equally between the trays, within ±10 %: catch each tray's inflow "
                "for 30 s and weigh it.",
            ),
            ("h", "Product limits"),
            (
                "p",
                "The brown rice outlet must not hold more than 0.3 % paddy by count (3 grains in 1000). The paddy "
                "outlet may hold no more than 5 % brown rice by count. Count 1000 grains of each sample.",
            ),
            ("h", "Return flow"),
            (
                "p",
                "The mixture returned to the inlet must stay at or below 40 % of the feed: return (%) = return flow "
                "(kg/h) / feed flow (kg/h) x 100. Measure both by a timed catch of 30 s. A return above 40 % "
                "overloads the separator and lowers its real capacity.",
            ),
            ("h", "Strokes"),
            (
                "p",
                "Factory setting 95 strokes/min. Round-grain varieties separate better at 100-105 strokes/min. "
                "Never set more than 105: the buffers and the crank bearings are rated for no more. S05 stops the "
                "drive when the stroke rate is more than 5 strokes/min away from the setting.",
            ),
            ("h", "Inclination"),
            (
                "p",
                "Start a new variety at 6° longitudinal and 8° transverse. One turn of either handwheel changes the "
                "inclination by about 0.5°. Change one inclination at a time and wait 5 min before taking samples.",
            ),
            ("h", "Tray surface"),
            (
                "p",
                "The dimples are 1.6 mm deep when new. Replace a tray when its dimples are worn to 1.2 mm or less "
                "over more than a quarter of its area; dust and bran in the dimples act like wear and must be "
                "cleaned off weekly.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Feed low", "Feed hopper low level switch free for more than 60 s. Check the husker and the elevator."],
            ["S02", "Feed high", "Feed hopper full. The inlet elevator is stopped; check the outlets."],
            ["S03", "Motor overload", "Motor protection tripped. Check the belt, the buffers and the crank bearings."],
            ["S04", "Inverter fault", "Read the inverter's own fault number and see the inverter manual."],
            [
                "S05",
                "Stroke rate",
                "Stroke rate more than 5 strokes/min away from the setting, usually a slipping belt. Check the belt "
                "tension.",
            ],
            ["S07", "Inclination", "Longitudinal inclination sensor reads outside 3-9°. Check the handwheel lock."],
            ["S08", "Brown rice outlet choke", "Level switch in the brown rice outlet. Clear the conveyor downstream."],
            ["S09", "Paddy outlet choke", "Level switch in the paddy outlet. Check the return elevator to the husker."],
            ["S10", "Return outlet choke", "Level switch in the mixture return. Check the return elevator."],
            ["S11", "Lubrication due", "500 operating hours since the crank bearings were last greased."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Too much paddy in the brown rice (over 0.3 %)",
                "Feed too high, longitudinal inclination too steep, dusty tray surfaces or stroke rate too low",
                "Reduce the feed by 10 %; lower the longitudinal inclination by 0.5°; clean the trays",
            ],
            [
                "Too much brown rice in the paddy outlet (over 5 %)",
                "Transverse inclination too small or stroke rate too high",
                "Raise the transverse inclination by 0.5°; check the stroke setting",
            ],
            [
                "Wide mixture band, return above 40 % of the feed",
                "Feed too high or too much paddy in the feed (husker hulling too low)",
                "Reduce the feed; have the husker checked",
            ],
            [
                "Grain piles up on some trays, others run thin",
                "Feed distributor blocked or a flap worn",
                "Clean the distributor; replace worn flaps",
            ],
            [
                "Knocking noise, frame shaking more than usual",
                "Rubber buffers worn or cracked, or counterweight bolts loose",
                "Check the counterweight bolts (120 Nm); replace the buffers (section 8)",
            ],
            [
                "Belt squeals at start, S05 after some minutes",
                "V-belt slack or worn",
                "Tension or replace the belt",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Setting up the separation for a new variety"),
    (
        "ol",
        [
            "Check that the trays are clean and the stroke rate is at 95 strokes/min (100-105 for round grain).",
            "Set the longitudinal inclination to 6° and the transverse inclination to 8° on the scales.",
            "Start the separator empty, then open the feed gate to about 70 % of the rated capacity.",
            "After 5 min check the pattern on the top tray: brown rice on the upper side, paddy on the lower side, "
            "a mixture band of roughly a third of the tray width between them.",
            "Move the splitter blades at the tray ends to the edges of the mixture band.",
            "Raise the feed in steps of 10 % up to the rated capacity, checking the pattern after each step.",
            "Take 1000-grain samples from the brown rice and paddy outlets and count them: at most 0.3 % paddy "
            "in the brown rice and 5 % brown rice in the paddy.",
            "Correct with one inclination at a time, about 0.5° per handwheel turn, waiting 5 min after each "
            "change. Lock both handwheels and note the settings for the variety.",
        ],
    ),
    ("h", "7. Cleaning the trays"),
    (
        "ol",
        [
            "Run the separator empty for 2 min, stop it and lock off the main switch.",
            "Open the stack covers and release the four tray clamps.",
            "Slide each tray out with two people and brush the dimples with the nylon brush SRD-BR-1. Never use a "
            "wire brush or water.",
            "Vacuum the frame and the outlets.",
            "Refit the trays in their numbered positions and close the clamps to 60 Nm.",
            "Close the covers, unlock and run empty for 2 min before feeding.",
        ],
    ),
    ("h", "8. Replacing the rubber buffers"),
    (
        "ol",
        [
            "Lock off the main switch. Support the tray stack on the two transport blocks supplied with the machine.",
            "Replace the buffers one at a time (4 on the TS-30, 6 on the TS-45). Undo the two M16 bolts of a buffer "
            "and remove it.",
            "Fit the new buffer SRD-RB-30 (TS-30) or SRD-RB-45 (TS-45) and tighten its bolts to 95 Nm.",
            "When all buffers are changed, remove the transport blocks.",
            "Run the separator empty for 10 min and check that the stack runs smoothly and the stroke rate is stable.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the outlets and the feed distributor; listen for knocking"],
            ["Weekly", "Clean the trays (section 7)"],
            ["500 h (S11)", "Grease the two crank bearings, 20 g of lithium grease NLGI 2 each"],
            ["Monthly", "Check the belt tension and the counterweight bolts (120 Nm)"],
            ["2000 h or 12 months, whichever comes first", "Replace the rubber buffers (section 8)"],
            ["Yearly", "Measure the dimple depth; replace trays worn to 1.2 mm"],
            ["8000 h", "Crank bearings replaced by Sorrendi service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TS-30", "TS-45"],
            ["Dimpled tray, complete", "SRD-TR-14", "SRD-TR-14"],
            ["Rubber buffer (quantity fitted)", "SRD-RB-30 (4)", "SRD-RB-45 (6)"],
            ["V-belt", "SPA 1250", "SPA 1320"],
            ["Crank bearing", "22210 E", "22212 E"],
            ["Feed distributor flap set", "SRD-FD-7", "SRD-FD-10"],
            ["Nylon tray brush", "SRD-BR-1", "SRD-BR-1"],
            ["Level switch for the outlets", "SRD-LS-2", "SRD-LS-2"],
        ],
        (90, 40, 40),
    ),
]

# ---------------------------------------------------------------- Pyrandel HF husk-fired hot air furnaces
PYRANDEL = [
    ("title", "Pyrandel HF Husk-Fired Hot Air Furnaces\nOperation and Maintenance - HF-600 and HF-900"),
    (
        "p",
        "Document PYR-OM-HF-11, Edition 1, June 2024. Pyrandel Biomass Heat. The HF-600 and HF-900 burn rice husk "
        "on an inclined step grate and heat clean air for paddy dryers through a tube heat exchanger, so that no flue "
        "gas reaches the grain. A screw feeds husk from the husk bin; an ash screw empties the ash pit; an induced "
        "draught (ID) fan draws the flue gas through the exchanger and a cyclone to the chimney; the hot air fan "
        "blows the clean air to the dryer. Apart from the output, the grate, the fans and the items named in this "
        "manual, the two models are built alike. The dryers, the chimney and the husk bin are not part of the supply.",
    ),
    (
        "warn",
        "WARNING: Never stop the hot air fan while the furnace is hot; the exchanger tubes overheat and crack. "
        "Never open the fire door or the ash pit door while the furnace burns. Husk ash from a furnace that ran above "
        "900 °C contains crystalline silica: wear an FFP3 mask when handling ash.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HF-600", "HF-900"],
            ["Rated heat output to the hot air", "600 kW", "900 kW"],
            ["Thermal efficiency, heat to the air / heat in the husk", "about 65 %", "about 65 %"],
            [
                "Husk consumption at rated output, husk of 10-12 % moisture and 13.5 MJ/kg",
                "about 245 kg/h",
                "about 370 kg/h",
            ],
            ["Ash, about 20 % of the husk mass", "about 50 kg/h", "about 75 kg/h"],
            ["Grate area (number of grate bars)", "1.6 m² (48)", "2.4 m² (72)"],
            ["Hot air flow at 150 °C outlet from 30 °C ambient, referred to 20 °C", "15 000 m³/h", "22 400 m³/h"],
            ["Exchanger tubes, 76 mm, heat-resisting steel", "96", "144"],
            ["Combustion air fan", "3.0 kW", "4.0 kW"],
            ["Induced draught fan", "5.5 kW", "7.5 kW"],
            ["Hot air fan", "15 kW", "22 kW"],
            ["Husk feed screw with inverter / ash screw", "1.1 kW / 0.75 kW", "1.1 kW / 0.75 kW"],
            ["Chimney connection", "DN 450", "DN 560"],
            ["Refractory lining, firebrick", "230 mm, 6.5 t", "230 mm, 9.0 t"],
            ["Total mass", "14.5 t", "19.8 t"],
            ["Supply 400 V 3~ 50 Hz, supply fuse", "63 A gG", "80 A gG"],
        ],
        (94, 38, 38),
    ),
    (
        "p",
        "The husk consumption holds only for rice husk of 10-12 % moisture with a lower heating value of about 13.5 "
        "MJ/kg: consumption (kg/h) = output (kW) x 3.6 / (efficiency x 13.5). Wet husk (above 16 %) does not burn "
        "steadily. Rice straw, wood chips, coal and other fuels must not be burned; they are not covered by this "
        "manual or by the type approval.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may start or stop the furnace. Keep the husk bin area free of loose husk and dust.",
            "After a power failure the emergency flap on the hot air duct opens by its counterweight and the furnace "
            "cools by natural draught. Do not close the flap by hand; restart only with the start-up sequence.",
            "A leaking exchanger tube lets flue gas and carbon monoxide into the drying air. Stop the furnace at once "
            "when the CO check (section 8) fails.",
            "Keep the fire door closed while the ID fan is running; the furnace draught pulls flames towards an open "
            "door.",
            "Refractory repairs, tube replacement and the drying-out of new refractory are done only by Pyrandel "
            "service.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Heating up"),
            (
                "p",
                "After a cold start (furnace below 100 °C) heat up no faster than 150 °C per hour until the furnace "
                "reaches 600 °C, to protect the refractory. The controller limits the husk screw accordingly; do "
                "not override it.",
            ),
            ("h", "Furnace temperature"),
            (
                "p",
                "Run at 700-850 °C. Keep the furnace below 900 °C: above it the ash fuses into clinker and forms "
                "crystalline silica. F02 trips the husk screw at 950 °C.",
            ),
            ("h", "Draught"),
            (
                "p",
                "The furnace must stay under a slight vacuum of -20 to -50 Pa. A positive pressure for more than "
                "10 s trips F11.",
            ),
            ("h", "Hot air"),
            (
                "p",
                "The air leaves the exchanger at up to 150 °C; F03 stops the husk feed at 160 °C. The temperature "
                "in the dryer plenum is set at the dryer by the blend damper, to the values of the dryer's manual; "
                "this manual gives no drying temperatures.",
            ),
            ("h", "Stack"),
            (
                "p",
                "With clean tubes the stack temperature is 180-250 °C at rated output. Note it after each tube "
                "cleaning: a rise of 30 °C or more over that value means the tubes need cleaning. F04 warns at "
                "280 °C. Stack emission limits and their measurement are set by the environmental authority; the "
                "chimney height is the site's, under local rules.",
            ),
            ("h", "Cooling down"),
            (
                "p",
                "After the husk feed stops, keep the hot air fan and the ID fan running for at least 30 min and "
                "until the furnace is below 150 °C, whichever comes later.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "F01",
                "Flame failure",
                "Furnace below 350 °C 30 min after ignition, or below 350 °C in operation. Check the husk feed and "
                "the grate.",
            ],
            ["F02", "Furnace overtemperature", "950 °C reached. Husk screw stopped; fans keep running."],
            [
                "F03",
                "Hot air overtemperature",
                "160 °C at the exchanger outlet. Husk screw stopped. Check the hot air fan, its belts and the "
                "dryer dampers.",
            ],
            ["F04", "Stack temperature high", "280 °C reached. Clean the exchanger tubes (section 7)."],
            ["F05", "Husk bin low", "Low level probe free. Refill the bin; check for bridging."],
            ["F06", "Husk screw blocked", "Motor overload. Stop, lock off and clear stones or wet lumps."],
            ["F07", "Combustion air fan", "Motor protection or airflow switch."],
            ["F08", "ID fan", "Motor protection or airflow switch. Husk screw stopped."],
            ["F09", "Ash screw blocked", "Motor overload. Usually clinker; see the symptom table."],
            ["F11", "Furnace pressure positive", "Above 0 Pa for 10 s. Check the ID fan and the tubes."],
            ["F12", "Hot air fan", "Motor protection or airflow switch. Emergency flap opens."],
            ["F13", "Thermocouple fault", "Type K thermocouple open circuit. Furnace goes to safe shutdown."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Furnace temperature falls though the husk screw runs at 100 %",
                "Husk bridging in the bin, ash piled on the grate, or wet husk",
                "Check the bin outlet; de-ash more often; check the husk moisture",
            ],
            [
                "Black smoke from the chimney",
                "Too little combustion air for the husk fed",
                "Raise the combustion air; check the air fan and grate openings",
            ],
            [
                "Stack temperature creeps up week by week",
                "Exchanger tubes fouled with soot and fly ash",
                "Clean the exchanger tubes (section 7)",
            ],
            [
                "Smell of smoke in the hot air or in the dryer",
                "Leaking exchanger tube",
                "Stop the furnace; carry out the CO check (section 8); call Pyrandel service",
            ],
            [
                "Hard glassy lumps in the ash, ash screw blocking",
                "Furnace run above 900 °C, or too little air under the grate",
                "Lower the output; keep 700-850 °C; clear the grate air slots",
            ],
            [
                "Smoke puffs out of the feed opening",
                "Furnace pressure positive: ID fan belt slipping or tubes blocked",
                "Check the ID fan; clean the tubes",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Cold start"),
    (
        "ol",
        [
            "Check that the husk bin holds husk, the ash pit is empty and the emergency flap is closed and free.",
            "Start the ID fan and check a draught of -20 to -50 Pa.",
            "Start the hot air fan and open the dryer dampers so that the air can flow.",
            "Spread about 20 kg of husk evenly on the upper grate and light it with the gas lance through the "
            "ignition port.",
            "When the husk burns across the grate, start the combustion air fan at 30 % and the husk screw in "
            "automatic.",
            "Let the controller heat the furnace at no more than 150 °C per hour to 600 °C, then release it to the "
            "working setpoint (700-850 °C).",
            "Start the ash screw in automatic and check the stack temperature and the draught.",
        ],
    ),
    ("h", "7. Cleaning the exchanger tubes"),
    (
        "ol",
        [
            "Shut down and let the furnace cool with the fans running until it is below 150 °C, then lock off.",
            "Open the rear smoke box door and the lower ash hopper of the exchanger.",
            "Push the tube brush PYR-TB-76 through each tube (96 on the HF-600, 144 on the HF-900) at least twice.",
            "Vacuum the smoke box and the hopper with an industrial vacuum rated for dust class M.",
            "Check the tube ends for cracks and the door gasket rope for gaps; replace the rope if it is hard.",
            "Close the doors and start the furnace. Note the stack temperature at rated output as the new clean "
            "value.",
        ],
    ),
    ("h", "8. CO check of the exchanger"),
    (
        "ol",
        [
            "Run the furnace at rated output for at least 30 min.",
            "Measure the CO in the ambient air at the hot air fan inlet with a calibrated hand-held CO meter.",
            "Measure the CO at the test point in the hot air duct after the exchanger.",
            "If the duct reading is more than 25 ppm above the ambient reading, stop the furnace: a tube leaks.",
            "Record both readings in the furnace log. Leaking tubes are replaced only by Pyrandel service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the ash bin; look at the grate through the sight glass; check the draught"],
            [
                "Weekly, or when the stack is 30 °C above its clean value",
                "Clean the exchanger tubes (section 7)",
            ],
            ["Monthly", "CO check of the exchanger (section 8); check fan belts"],
            ["6 months", "Inspect the refractory; cracks wider than 5 mm are repaired by Pyrandel service"],
            ["12 months", "Replace the thermocouples; check the emergency flap counterweight"],
            ["2 years or 12 000 h, whichever comes first", "Replace the grate bars"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HF-600", "HF-900"],
            ["Grate bar (quantity fitted)", "PYR-GB-16 (48)", "PYR-GB-16 (72)"],
            ["Thermocouple type K, 1000 mm", "PYR-TK-1000", "PYR-TK-1000"],
            ["Tube brush 76 mm with rods", "PYR-TB-76", "PYR-TB-76"],
            ["Husk screw flight", "PYR-HS-200", "PYR-HS-200"],
            ["Door gasket rope 20 mm, 10 m", "PYR-GR-20", "PYR-GR-20"],
            ["ID fan V-belt set", "PYR-VB-55", "PYR-VB-75"],
        ],
        (90, 40, 40),
    ),
]

# ---------------------------------------------------------------- Ostranza BS-500 rice bran stabiliser
OSTRANZA = [
    ("title", "Ostranza BS-500 Rice Bran Stabiliser\nOperation and Maintenance"),
    (
        "p",
        "Document OST-OM-BS5-02, Edition 2, October 2024. Ostranza Thermal Systems. The BS-500 stabilises fresh rice "
        "bran by dry extrusion: a single screw heats the bran by friction, with a little water injected, to about "
        "130 °C at the die, which destroys the lipase that would otherwise split the bran oil into free fatty acids "
        "(FFA) within hours. The hot bran is held in an insulated holding conveyor and cooled in a counterflow "
        "cooler. A divert valve after the die sends bran that is not hot enough to a re-run bin. The bran conveying "
        "from the mill, the re-run bin, the storage and any oil extraction plant are not part of the supply.",
    ),
    (
        "warn",
        "WARNING: The die, the holding conveyor and the bran at the die are at up to 140 °C; steam flashes off at the "
        "die. Never stand in front of the die while the screw runs. Never open the barrel or the die housing until "
        "the main motor is locked off and the barrel is below 50 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BS-500"],
            [
                "Capacity, raw bran from white rice milling, 10-12 % moisture, 16-22 % fat, with the 12-hole die",
                "500 kg/h",
            ],
            ["Capacity with the 8-hole die", "300-350 kg/h"],
            ["Main motor 400 V 3~ 50 Hz, soft starter", "75 kW, full-load current 136 A"],
            ["Supply fuse", "200 A gG"],
            ["Screw speed (gearbox 1:3)", "490 rpm"],
            ["Screw outer diameter, new / wear limit", "160 mm / 156 mm"],
            ["Die plates", "12 holes of 6 mm or 8 holes of 6 mm"],
            ["Product temperature at the die, setpoint", "130 °C (range 125-135 °C)"],
            ["Water injection", "2-4 % of the bran mass, 10-20 L/h at 500 kg/h"],
            ["Holding conveyor", "3 min at 100 °C or more"],
            ["Cooler fan", "4.0 kW, 3000 m³/h"],
            ["Moisture of the stabilised bran after cooling", "6-8 %"],
            ["Specific energy, main motor", "about 0.15 kWh per kg of bran"],
            ["Gearbox lubrication pressure", "1.5-2.5 bar"],
            ["Main bearing temperature, maximum", "85 °C"],
            ["Mass", "4200 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "These figures hold for bran from white rice milling of raw (not parboiled) paddy. Bran from parboiled rice "
        "holds more fat and behaves differently in the screw; no settings or capacities are given for it here, ask "
        "Ostranza process service. Water injection (L/h) = bran feed (kg/h) x injection (%) / 100.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the stabiliser. Wear heat-resistant gloves and a face shield at the die.",
            "Bran dust is combustible. Keep the area clean and the cooler aspiration running.",
            "Lock off the main motor and the feeder before clearing a blocked die or feeder.",
            "The holding conveyor surface is hot; its guards must stay on.",
            "Stabilised bran for food use is subject to the site's food safety plan and the authority's approval; "
            "this manual does not replace them.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Freshness of the bran"),
            (
                "p",
                "Stabilise the bran no later than 6 h after milling. Lipase starts to split the oil as soon as the "
                "bran leaves the whitener; bran older than 6 h must not be stabilised for food use and goes to feed.",
            ),
            ("h", "Die temperature"),
            (
                "p",
                "Hold the product at the die at 125-135 °C, setpoint 130 °C. Below 120 °C for 2 min the divert valve "
                "sends the bran to the re-run bin (E03): it is not stabilised. Above 140 °C (E02) the bran browns "
                "and oil weeps from the die.",
            ),
            ("h", "Water injection"),
            (
                "p",
                "Inject 2-4 % water; 3 % is the usual setting. More water lowers the die temperature; less water "
                "raises it and the motor load. Never run the screw with bran but without water for more than 1 min.",
            ),
            ("h", "Holding and cooling"),
            (
                "p",
                "The bran must stay at 100 °C or more for at least 3 min in the holding conveyor. The cooler must "
                "bring it to no more than 5 °C above the ambient air; E08 warns at 8 °C above ambient.",
            ),
            ("h", "Stabilisation check"),
            (
                "p",
                "Stabilised bran stored 30 days at 25 °C in closed bags must not rise by more than 1.5 percentage "
                "points of FFA (as oleic acid) over its value on the day of stabilisation. The FFA is measured by "
                "the site's laboratory with its own method; this manual does not describe the test.",
            ),
            ("h", "Motor load"),
            (
                "p",
                "Run the main motor at 80-95 % of its full-load current, 109-129 A. Above 95 % reduce the feed; "
                "surging current means the die is partly blocked.",
            ),
        ],
    ),
    (
        "p",
        "Bagging and storage: bag the bran only after the cooler, never warm from the holding conveyor. Use closed, "
        "lined bags, store them cool, dry and off the floor, and ship them first in, first out. This manual gives no "
        "shelf life for stabilised bran; the site sets it from its own FFA results and its customers' "
        "specifications. Keep a production log for every shift with the bran age at the feeder, the die "
        "temperature every 30 min, the water setting, the minutes diverted to the re-run bin and the cooler outlet "
        "temperature. Re-run bran may be fed again only within the same 6 h from milling and only mixed at no more "
        "than 10 % of the feed.",
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Main motor overload", "Feed too high, die blocked or screw jammed. Stop the feeder first."],
            ["E02", "Die temperature high", "140 °C reached. Feeder reduced; check the water injection."],
            [
                "E03",
                "Die temperature low",
                "Below 120 °C for 2 min. Product diverted to the re-run bin. Check the feed, the water and the screw "
                "wear.",
            ],
            ["E04", "Feeder blocked", "Feeder screw motor overload. Clear lumps or foreign bodies."],
            ["E06", "Water flow low", "Water flow below 70 % of the setting. Check the nozzle and the strainer."],
            ["E07", "Cooler fan", "Fan motor protection tripped."],
            ["E08", "Cooler outlet warm", "Bran more than 8 °C above ambient. Check the cooler fan and airflow."],
            ["E09", "Bearing temperature", "Main bearing above 85 °C. Check the lubrication."],
            ["E10", "Lubrication pressure low", "Gearbox oil pressure below 1.0 bar. Main motor stopped."],
            ["E11", "Screw speed", "Speed sensor reads more than 5 % off 490 rpm: belt or coupling slip."],
            ["E12", "Emergency stop", "An emergency stop is pressed. Release it and reset."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            [
                "Bran comes out dark brown and smells burnt",
                "Die above 135 °C: too little water or a die plate too small for the feed",
                "Raise the water towards 4 %; check the water nozzle; check the die",
            ],
            [
                "Die temperature will not rise above 120 °C",
                "Screw or liner worn, die holes worn oversize, too much water or too little feed",
                "Check the screw wear (section 8); reduce the water; raise the feed",
            ],
            [
                "Stabilised bran turns rancid in storage, FFA rising",
                "Die temperature too low, diverted bran mixed back in, bran older than 6 h, or warm bran bagged",
                "Check the die temperature log, the divert valve and the bran age; check the cooler",
            ],
            [
                "Motor current surging",
                "Die partly blocked, feed uneven",
                "Change the die plate (section 7); check the feeder",
            ],
            [
                "Lumps and caking in the cooled bran",
                "Bran leaves the cooler too warm or too moist",
                "Check the cooler; reduce the water injection",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Start-up and shutdown"),
    (
        "ol",
        [
            "Check the gearbox oil level, the water supply and that the re-run bin has room.",
            "Start the cooler fan, the holding conveyor and the lubrication pump; wait for 1.5 bar or more.",
            "Start the main motor. Set the water injection to 4 % of the starting feed.",
            "Start the feeder at 200 kg/h. The divert valve stays on re-run until the die reaches 125 °C.",
            "Raise the feed in steps of 50 kg/h to 500 kg/h and bring the water down to about 3 %, keeping the "
            "die at 125-135 °C.",
            "To shut down, stop the bran feed and run 20-30 kg of broken rice through the screw to push out the "
            "bran.",
            "Stop the water, then the main motor. Leave the cooler running for 10 min.",
        ],
    ),
    ("h", "7. Changing the die plate"),
    (
        "ol",
        [
            "Shut down as in section 6 and lock off the main motor and the feeder.",
            "Wait until the die housing is below 50 °C.",
            "Undo the six M20 nuts of the die housing and swing the housing open on its hinge.",
            "Remove the die plate with the two jacking screws. Clean the seat with a brass scraper.",
            "Fit the new plate, OST-DP-126 (12 holes) or OST-DP-86 (8 holes), with the chamfers facing the screw.",
            "Close the housing and tighten the nuts crosswise to 250 Nm.",
        ],
    ),
    ("h", "8. Checking the screw for wear"),
    (
        "ol",
        [
            "Shut down, lock off and let the barrel cool below 50 °C.",
            "Remove the die housing and pull the screw out with the extraction tool OST-ET-1.",
            "Clean the screw and measure the outer diameter of each flight with a caliper at three points.",
            "Replace any segment worn to 156 mm or less (new 160 mm) with OST-SS-160.",
            "Measure the barrel liner bore; replace the liner OST-WL-160 when the bore exceeds 163 mm.",
            "Refit the screw with anti-seize paste on the splines and refit the die housing.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the die holes and the water nozzle; empty the re-run bin"],
            ["Weekly", "Check the cooler screens and the divert valve for bran build-up"],
            ["250 h", "Check the screw for wear (section 8)"],
            ["1000 h", "Check the drive belts and the coupling"],
            [
                "2000 h or 12 months, whichever comes first",
                "Gearbox oil change, as described in the gearbox maker's manual",
            ],
            ["12 months", "Calibrate the die thermocouple within ±1 °C; check the water flow meter"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Die plate, 12 holes of 6 mm", "OST-DP-126"],
            ["Die plate, 8 holes of 6 mm", "OST-DP-86"],
            ["Screw segment, 160 mm", "OST-SS-160"],
            ["Barrel wear liner", "OST-WL-160"],
            ["Die thermocouple type J", "OST-TC-J"],
            ["Water injection nozzle", "OST-WN-2"],
            ["Screw extraction tool", "OST-ET-1"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kesvara-pv-parboiling-soaking-and-steaming-vessel.pdf", "Kesvara KSV-OM-PV-03 Ed 2 - PV-4 / PV-8", KESVARA),
        ("sorrendi-ts-tray-type-paddy-separator.pdf", "Sorrendi SRD-OM-TS-07 Ed 3 - TS-30 / TS-45", SORRENDI),
        ("pyrandel-hf-husk-fired-hot-air-furnace.pdf", "Pyrandel PYR-OM-HF-11 Ed 1 - HF-600 / HF-900", PYRANDEL),
        ("ostranza-bs-rice-bran-stabiliser.pdf", "Ostranza OST-OM-BS5-02 Ed 2 - BS-500", OSTRANZA),
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
