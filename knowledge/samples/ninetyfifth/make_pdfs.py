"""Generate the PDF manuals of the ninety-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set95venv && /tmp/set95venv/bin/pip install fpdf2 pypdf
    /tmp/set95venv/bin/python knowledge/samples/ninetyfifth/make_pdfs.py

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


# ---------------------------------------------------------------- Kessmaro DVP duplex vacuum soap plodders
KESSMARO = [
    ("title", "Kessmaro DVP Duplex Vacuum Soap Plodders\nOperation and Maintenance Manual - DVP-250 and DVP-300"),
    (
        "p",
        "Document KSM-OM-DVP-03, Edition 2, March 2025. Kessmaro Soap Machinery. The DVP-250 and DVP-300 are duplex "
        "vacuum plodders for toilet and laundry soap. The upper (refining) plodder pushes the soap noodles from the "
        "amalgamator through a perforated refining plate; a rotating cutter cuts the strands into the vacuum "
        "chamber, where the air is drawn off. The lower (final) plodder compresses the de-aerated soap and extrudes "
        "it through a heated cone and a nose plate as a continuous bar, which goes on to the bar cutter and the "
        "stamping press. Each plodder has two counter-rotating worms driven through its own gear unit by a motor "
        "with a frequency converter. Apart from the worm size, the drives and the values given for each model in "
        "this manual, the two models are built alike.",
    ),
    (
        "p",
        "The soap formulation, the moisture of the noodles and the perfume and colour additions are set by the "
        "site's process and are not covered here. The liquid ring vacuum pump is supplied by another maker: its "
        "service water, seals and maintenance are described in the pump maker's manual delivered with the machine. "
        "The bar cutter and the stamping press have manuals of their own.",
    ),
    (
        "warn",
        "WARNING: Never reach into the feed hopper or the cone while a worm can turn. Lock out both drives at the "
        "main isolator before opening the vacuum chamber, the cone or the nose plate. Never open the vacuum chamber "
        "door while the chamber is under vacuum.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DVP-250", "DVP-300"],
            ["Worm diameter, upper and lower plodder (twin worms)", "250 mm", "300 mm"],
            ["Output, toilet soap noodles of 12-14 % moisture, 4 mm refining plate", "up to 1500 kg/h",
             "up to 2500 kg/h"],
            ["Upper worm speed (frequency converter)", "8-28 rpm", "6-24 rpm"],
            ["Lower worm speed (frequency converter)", "6-20 rpm", "5-18 rpm"],
            ["Upper drive motor 400 V 3~ 50 Hz", "22 kW, 40 A", "30 kW, 54 A"],
            ["Lower drive motor 400 V 3~ 50 Hz", "30 kW, 54 A", "45 kW, 79 A"],
            ["Supply fuse", "125 A gG", "200 A gG"],
            ["Liquid ring vacuum pump", "4.0 kW, 100 m³/h", "5.5 kW, 150 m³/h"],
            ["Cone hot water set, heater", "6 kW", "9 kW"],
            ["Barrel cooling water, both plodders together, inlet 12-20 °C", "4.0 m³/h", "6.0 m³/h"],
            ["Refining plate, standard (holes 4 mm)", "Ø 262 mm x 30 mm", "Ø 312 mm x 35 mm"],
            ["Gear unit oil ISO VG 320, upper / lower", "28 L / 36 L", "40 L / 52 L"],
            ["Thrust bearing grease, per bearing every 2000 h", "40 g", "60 g"],
            ["Worm to barrel clearance, new", "0.8-1.2 mm", "0.8-1.2 mm"],
            ["Worm to barrel clearance, rebuild limit", "3.0 mm", "3.5 mm"],
            ["Overall length x width", "5.6 m x 1.5 m", "6.4 m x 1.7 m"],
            ["Mass, empty", "6.8 t", "9.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The output holds only for toilet soap noodles of 12-14 % moisture fed at 30-38 °C, with the standard 4 mm "
        "refining plate. With the 2.5 mm plate expect about 25 % less. Outputs for laundry soap and for "
        "transparent or syndet bars are not given in this manual; ask Kessmaro for a trial.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the plodder. The feed hopper grid and the cutter guard are interlocked "
            "(P12); never bridge the switches.",
            "The cone, the nose plate and the hot water pipes reach 60 °C. Wear gloves when changing a nose plate.",
            "Before opening the vacuum chamber: stop the vacuum pump, open the vent valve and wait until the gauge "
            "shows atmospheric pressure.",
            "The worms weigh up to 420 kg (DVP-300 lower worm). Pulling the worms is done only by Kessmaro service "
            "or by persons trained on the worm extraction tool KSM-WX.",
            "Soap on the floor is slippery; clean it up at once.",
        ],
    ),
    ("h", "3. Temperatures, vacuum and settings"),
    (
        "cols",
        [
            ("h", "Vacuum"),
            (
                "p",
                "The working vacuum in the chamber is 40-80 mbar absolute. If the pressure stays above 120 mbar for "
                "more than 60 s, P05 is shown and the bars will hold air. The vacuum pump service water must be no "
                "warmer than 25 °C; warmer water lowers the vacuum. The flow of service water is given in the pump "
                "maker's manual. The vacuum can be built only when soap seals both ends of the chamber, so the pump "
                "is started after soap appears at the nose plate.",
            ),
            ("h", "Barrel cooling"),
            (
                "p",
                "The soap should leave the lower worm at 38-45 °C. The cooling water outlet must be no warmer than "
                "28 °C. Soap warmer than 48 °C becomes sticky, turns with the worm instead of moving forward, and "
                "the output falls. P06 is shown when the cooling water flow is below 70 % of nominal.",
            ),
            ("h", "Cone and nose plate"),
            (
                "p",
                "The hot water in the cone jacket is set to 45-55 °C (factory 50 °C). Warm the cone for at least 30 "
                "min before feeding soap. A cone that is too cold gives a rough, cracked bar surface; one that is "
                "too hot lets the bar stick and tear. P07 is shown below 40 °C or above 60 °C.",
            ),
            ("h", "Chamber level"),
            (
                "p",
                "Keep the soap level in the vacuum chamber between the MIN and MAX marks of the sight glass. The "
                "level control trims the upper worm speed; the upper worm usually runs 10-20 % faster than the "
                "lower worm. Soap above MAX is drawn into the vacuum line.",
            ),
            ("h", "Extrusion pressure"),
            (
                "p",
                "Normal pressure at the cone is 20-40 bar. P03 warns at 55 bar; P04 stops both drives at 65 bar. A "
                "rise of more than 10 bar within 15 min with the same soap points to a blocked nose plate or a cold "
                "cone.",
            ),
            ("h", "Running empty"),
            (
                "p",
                "Never run the worms without soap for more than 2 min: metal contact wears the worms and barrels.",
            ),
            ("h", "Output check"),
            (
                "p",
                "Cut 1 m of bar and weigh it. Output (kg/h) = mass of 1 m of bar (kg) x bar speed (m/min) x 60. "
                "Example: 1.9 kg x 12 m/min x 60 = 1368 kg/h.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["P02", "Upper drive overload", "Motor current above the set limit: soap too hard or too dry, "
             "refining plate blocked. Check the plate."],
            ["P03", "Extrusion pressure high", "55 bar at the cone. Check the cone temperature and the nose plate."],
            ["P04", "Extrusion pressure trip", "65 bar: both drives stopped. Clear the nose plate before restarting."],
            ["P05", "Vacuum low", "Above 120 mbar for 60 s: chamber door seal, vacuum line filter, pump service "
             "water."],
            ["P06", "Cooling water flow low", "Below 70 % of nominal flow. Check the valves and the strainer."],
            ["P07", "Cone temperature", "Below 40 °C or above 60 °C. Check the heater and the circulation pump."],
            ["P09", "Thrust bearing temperature", "Alarm at 80 °C, drives stop at 90 °C. Grease; check the bearing."],
            ["P10", "Gear oil", "Oil level or oil pressure low in a gear unit."],
            ["P11", "Lower drive overload", "As P02, lower plodder: cone or nose plate blocked, soap too cold."],
            ["P12", "Guard open", "Feed hopper grid or cutter guard open."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Bars show pin holes or blisters when cut", "Vacuum too weak: chamber door seal leaking, vacuum line "
             "filter blocked or pump service water too warm", "Check the gauge (40-80 mbar); clean the filter; check "
             "the door seal and the service water"],
            ["Rough or cracked bar surface", "Cone too cold, or soap too dry (below 12 %)", "Check the cone water "
             "(45-55 °C); report the moisture to the dryer operator"],
            ["Output falls, soap turns with the worm", "Barrel too warm (soap above 48 °C) or worms worn",
             "Check the cooling water flow and its outlet (no more than 28 °C); measure the worm clearance"],
            ["Bar sticks in the cone, torn or wavy surface", "Cone too hot, or soap too wet (above 14 %)",
             "Lower the cone water temperature; check the moisture"],
            ["Streaks or mottled colour in the bars", "Refining plate damaged or holes blocked; additions not "
             "mixed in the amalgamator", "Check and change the refining plate; see the amalgamator manual"],
            ["Soap rises in the sight glass above MAX", "Upper worm too fast or lower worm stopped", "Reduce the "
             "upper worm speed; check the lower drive"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the hopper, the chamber and the cone are clear and all guards are closed.",
            "Open the barrel cooling water and check the flow: 4.0 m³/h (DVP-250) or 6.0 m³/h (DVP-300).",
            "Switch on the cone hot water set at 50 °C and wait at least 30 min.",
            "Start the lower worm at its minimum speed.",
            "Start the upper worm at its minimum speed and open the noodle feed.",
            "When soap appears at the nose plate and the chamber level reaches MIN, start the vacuum pump.",
            "Check that the vacuum falls below 80 mbar within 5 min.",
            "Raise both speeds to the working values, keeping the chamber level between the marks.",
            "Return the first 20 m of bar to the amalgamator as rework.",
            "Check the bar temperature (38-45 °C) and the extrusion pressure (20-40 bar).",
        ],
    ),
    ("h", "7. Changing the refining plate"),
    (
        "ol",
        [
            "Stop the noodle feed and run the upper worm until the chamber level is below MIN; stop both drives.",
            "Stop the vacuum pump, open the vent valve and wait for atmospheric pressure.",
            "Lock out both drives at the main isolator.",
            "Open the vacuum chamber door.",
            "Remove the cutter hub (left-hand thread) with the two knives.",
            "Remove the eight M16 bolts of the plate retaining ring and take off the ring.",
            "Pull the plate out with two M12 jacking screws in its threaded holes; never lever it out.",
            "Clean the plate seat and fit the new plate with the locating pin at the top.",
            "Refit the ring and tighten the bolts crosswise to 120 Nm.",
            "Refit the cutter hub and set the knife to plate clearance to 0.5-1.0 mm with a feeler gauge.",
            "Check the door seal, close the door and reset the plate counter on the panel.",
        ],
    ),
    (
        "p",
        "Clean a used plate by soaking it in water at 60-70 °C; never burn soap out of the holes. Replace a plate "
        "with a crack, or with more than 5 % of its holes blocked or enlarged.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check cooling water flows, cone temperature and vacuum; clean the nose plate"],
            ["Weekly", "Check the refining plate holes and the knife to plate clearance (0.5-1.0 mm)"],
            ["2000 h", "Grease the thrust bearings: 40 g (DVP-250) or 60 g (DVP-300) per bearing"],
            ["5000 h or 2 years, whichever comes first", "Change the gear unit oil (ISO VG 320)"],
            ["12 months", "Measure the worm to barrel clearance; replace the chamber door seal"],
            ["Clearance above 3.0 mm (DVP-250) or 3.5 mm (DVP-300), or output at the same speed down by more than "
             "15 %", "Worm and barrel rebuild by Kessmaro service"],
            ["Vacuum pump", "As the pump maker's manual"],
        ],
        (70, 100),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "DVP-250", "DVP-300"],
            ["Refining plate, 4 mm holes", "KSM-RP-250-4", "KSM-RP-300-4"],
            ["Refining plate, 2.5 mm holes", "KSM-RP-250-25", "KSM-RP-300-25"],
            ["Cutter knife set (2 knives and hub bolts)", "KSM-CK-250", "KSM-CK-300"],
            ["Vacuum chamber door seal", "KSM-DS-250", "KSM-DS-300"],
            ["Thrust bearing, lower worm", "KSM-TB-250", "KSM-TB-300"],
            ["Cone heater element", "KSM-HE-6", "KSM-HE-9"],
            ["Pressure transmitter 0-100 bar", "KSM-PT-100", "KSM-PT-100"],
            ["Worm extraction tool", "KSM-WX", "KSM-WX"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Trockmar NBD soap noodle belt dryer
TROCKMAR = [
    ("title", "Trockmar NBD-1200 Soap Noodle Belt Dryer\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document TRM-OM-NBD-07, Edition 1, June 2024. Trockmar Drying Systems. The NBD-1200 dries wet soap to "
        "noodles ready for the amalgamator and the plodder. Soap of 20-26 % moisture is fed to the noodler, a short "
        "extruder that lays the soap as noodles on the top belt. The dryer has three perforated stainless steel belts "
        "one above the other. The noodles fall from belt to belt and turn over each time. Zones 1 (top belt) and 2 "
        "(middle belt) are heated by air passing through steam coils; zone 3 (bottom belt) cools the noodles with "
        "ambient air before they go to the noodle silo.",
    ),
    (
        "p",
        "The steam supply, the noodle silo and the soap feed pump are the site's. The target moisture of the noodles "
        "is set by the site's quality control. The exhaust stack and what it may emit are governed by the site's "
        "permit from the authority; this manual gives no emission values. Entering the dryer housing is a confined "
        "space entry under the site's permit system.",
    ),
    (
        "warn",
        "WARNING: Lock out the fans, the belt drives and the noodler, and close and lock the steam valve, before "
        "opening any inspection door wider than the viewing position. Steam coils and their pipes stay hot for a "
        "long time after shutdown.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NBD-1200"],
            ["Output, toilet soap noodles dried from 24 % to 13 % moisture", "1200 kg/h"],
            ["Water evaporated at that output", "174 kg/h"],
            ["Feed moisture range", "20-26 %"],
            ["Product moisture, settable (factory setting 13 %)", "10-16 %"],
            ["Belts", "3, perforated stainless steel, 2000 mm wide, 12 m effective length each"],
            ["Belt speed, each belt (own 1.1 kW drive)", "0.2-1.0 m/min"],
            ["Residence time at 0.6 m/min", "60 min"],
            ["Bed depth on the top belt", "30-50 mm"],
            ["Noodler", "15 kW, noodle plate with 5 mm holes"],
            ["Air heaters, zones 1 and 2", "Steam coils, 6 bar g saturated steam (at least 5 bar g at the coil inlet)"],
            ["Steam consumption at full output", "about 340 kg/h"],
            ["Circulation fans, zones 1 and 2", "2 x 11 kW"],
            ["Cooling fan, zone 3 / exhaust fan", "7.5 kW / 5.5 kW"],
            ["Exhaust air", "about 6000 m³/h at 50-60 °C"],
            ["Installed power / supply fuse", "about 54 kW, 400 V 3~ 50 Hz / 125 A gG"],
            ["Dimensions L x W x H / mass", "16.5 m x 3.2 m x 4.1 m / 14 t"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The output of 1200 kg/h holds only for toilet soap (80/20 tallow/palm kernel type) fed at 24 % and dried to "
        "13 %, with steam of at least 5 bar g and ambient air below 30 °C. At a higher feed moisture the output "
        "falls. Outputs for laundry soap, glycerine-rich soaps and syndet bases are not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the dryer. The inspection doors are interlocked (N11).",
            "Never reach onto a moving belt or into the noodler. The pull cords along both sides stop all drives (N01).",
            "Soap fines are slippery and irritate the eyes: wear safety glasses when cleaning the fines trays.",
            "Never stop the belts with the heaters on and soap in the zones: soap standing in hot air melts onto the "
            "belt.",
            "Belt splicing and belt replacement are done by Trockmar service only.",
        ],
    ),
    ("h", "3. Drying settings and limits"),
    (
        "cols",
        [
            ("h", "Air temperatures"),
            (
                "p",
                "Zone 1: 75-85 °C. Zone 2: 65-75 °C. Zone 3: ambient air, below 30 °C. Never set any zone above 90 °C: "
                "the soap darkens and melts onto the belt. At 90 °C the steam valves close and N03 is shown. Change a "
                "set point by no more than 5 °C at a time.",
            ),
            ("h", "Product temperatures"),
            (
                "p",
                "The noodles should be no warmer than 55 °C when they leave zone 2 and must leave zone 3 below 40 °C. "
                "Warmer noodles cake in the silo (N09 above 40 °C).",
            ),
            ("h", "Feed and water to evaporate"),
            (
                "p",
                "Feed needed (kg/h) = output (kg/h) x (100 - product moisture) / (100 - feed moisture). Water "
                "evaporated = feed - output. Example: 1200 x 87 / 76 = 1374 kg/h of feed and 174 kg/h of water. With "
                "the evaporation fixed by the steam, a wetter feed means less output.",
            ),
            ("h", "Belt speed and bed"),
            (
                "p",
                "Keep the bed on the top belt 30-50 mm deep; above 50 mm the lower layer stays wet. The middle and "
                "bottom belts run 5-10 % faster than the top belt to thin the bed. To dry more, first lower the belt "
                "speed in steps of 0.05 m/min; at 0.6 m/min each step adds about 5 min of drying. Wait one residence "
                "time before judging the result.",
            ),
            ("h", "Steam"),
            (
                "p",
                "Supply 6 bar g saturated steam, at least 5 bar g at the coil inlet. Below 5 bar g zone 1 cannot "
                "reach 85 °C at full output; N05 is shown below 4.5 bar g. Drain the condensate before opening the "
                "steam fully at start-up.",
            ),
            ("h", "Exhaust damper"),
            (
                "p",
                "Keep the exhaust air at 25-40 % relative humidity. Above 50 % (N10) open the exhaust damper "
                "further; the noodles do not dry in saturated air.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["N01", "Emergency stop", "Pull cord or stop button. Reset at the cord, then on the panel."],
            ["N02", "Belt drift", "Belt edge sensor reached: belt running off. Adjust the tracking (section 8)."],
            ["N03", "Air overtemperature", "A zone at 90 °C. Steam valves closed. Check the sensor and the valve."],
            ["N04", "Noodler overload", "Soap too hard or noodle plate blocked. Clean the plate (section 9)."],
            ["N05", "Steam pressure low", "Below 4.5 bar g at the coil inlet. Call the boiler house."],
            ["N06", "Fan fault", "Motor protection or air flow switch of a fan."],
            ["N08", "Belt speed deviation", "Measured belt speed more than 10 % from the set speed: slip or drive "
             "fault."],
            ["N09", "Product too warm", "Noodles leave zone 3 above 40 °C. Check the cooling fan and its filter."],
            ["N10", "Exhaust humidity high", "Above 50 % relative humidity. Open the exhaust damper."],
            ["N11", "Door open", "An inspection door is open beyond the viewing position."],
            ["N12", "Noodler pressure high", "Above 35 bar at the noodle plate. Plate holes blocked or soap too cold."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Noodles leave wet or sticky, above the target moisture", "Belt too fast, bed too deep, zone 1 too "
             "cool, steam pressure low or exhaust too humid", "Lower the belt speed in steps of 0.05 m/min; check the "
             "steam (at least 5 bar g); open the exhaust damper"],
            ["Noodles too dry and brittle, many fines", "Belts too slow or air too hot", "Raise the belt speed; lower "
             "zone 2"],
            ["Dark or yellow noodles, soap melted on the belt", "Air above 85 °C, a sensor reading low, or soap left "
             "on a stopped belt", "Check the sensors against a thermometer; never stop the belts with heat on"],
            ["Noodles cake in the silo", "Noodles leave above 40 °C: cooling fan stopped or its inlet filter "
             "blocked", "Check the zone 3 cooling fan and clean its inlet filter"],
            ["Belt runs off to one side", "Soap built up on a roller, or uneven belt tension", "Clean the rollers and "
             "adjust the tracking (section 8)"],
            ["Bare patches or uneven bed", "Noodle plate holes blocked, feed uneven", "Clean the noodle plate "
             "(section 9)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the belts are clear and all inspection doors are closed.",
            "Open the condensate bypass and then the steam valve slowly; drain for 5 min, then close the bypass.",
            "Start the exhaust fan, then the circulation fans and the cooling fan.",
            "Heat zones 1 and 2 to their set points (about 30 min).",
            "Start the belts at 0.6 m/min, bottom belt first, then the middle and the top belt.",
            "Start the soap feed pump and the noodler.",
            "Set the noodler speed for a bed of 30-50 mm on the top belt.",
            "After one residence time (about 60 min at 0.6 m/min), check the moisture (section 7).",
            "Correct the belt speed if needed and check again after one more residence time.",
        ],
    ),
    ("h", "7. Moisture check with the moisture analyser"),
    (
        "ol",
        [
            "Take three samples across the belt width at the discharge, one at each edge and one in the middle.",
            "Mix them and cut the noodles into pieces of 2-3 mm.",
            "Tare the analyser pan and weigh 5 g ±0.1 g of soap onto it, spread in one layer.",
            "Dry at 105 °C until the mass changes by less than 1 mg in 60 s (usually 10-15 min).",
            "Read the moisture in %.",
            "If two results differ by more than 0.3 %, take a new sample and repeat.",
            "Record the result. The site laboratory's oven method is the reference for any dispute.",
        ],
    ),
    ("h", "8. Adjusting the belt tracking"),
    (
        "ol",
        [
            "Empty the belt, close the steam valve and let the zone cool below 40 °C.",
            "Run the belt at 1.0 m/min and note the side towards which it runs.",
            "Lock out the drives and clean any soap off the head and tail rollers.",
            "At the tail roller, on the side towards which the belt runs, tighten the tension screw by half a turn.",
            "Run the belt for two full turns (about 50 min at 1.0 m/min) and watch the edge.",
            "Repeat in half turns until the belt runs within ±10 mm of the centre.",
            "Check that both edge sensors are free and that N02 has cleared.",
        ],
    ),
    ("h", "9. Cleaning the noodle plate"),
    (
        "p",
        "Stop the feed, run the noodler empty for no more than 1 min, lock it out, open the four clamps and take the "
        "plate off. Soak it in water at 60-70 °C and push out blocked holes with a plastic pin. Replace a plate with "
        "enlarged or torn holes.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Brush the belts; empty the fines trays; check the steam traps work (sight glasses)"],
            ["Weekly", "Clean the noodle plate; look at the belt edges and the splices"],
            ["Monthly", "Blow the steam coils clean from the air outlet side; grease the belt roller bearings"],
            ["6 months", "Grease the fan bearings; check the fan belts"],
            ["12 months", "Check the temperature sensors against a reference thermometer (within ±2 °C); service "
             "the steam traps as their maker's manual"],
            ["When damaged", "Belt splicing or replacement by Trockmar service"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Belt section, 1 m, 2000 mm wide", "TRM-BS-2000"],
            ["Noodle plate, 5 mm holes (standard)", "TRM-NP-5"],
            ["Noodle plate, 4 mm holes", "TRM-NP-4"],
            ["Fan bearing set, 11 kW fan", "TRM-FB-11"],
            ["Temperature sensor Pt100", "TRM-TS-100"],
            ["Steam coil gasket set", "TRM-CG-1"],
            ["Belt edge sensor", "TRM-ES-2"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Velmacro VE vacuum emulsifying mixers
VELMACRO = [
    ("title", "Velmacro VE Vacuum Emulsifying Mixers\nUser Manual - VE-200 and VE-500"),
    (
        "p",
        "Document VLM-UM-VE-11, Edition 3, October 2024. Velmacro Cosmetic Process Systems. The VE-200 and VE-500 make "
        "creams, lotions, gels and ointments under vacuum. Each unit has a jacketed main vessel with a hydraulic "
        "lifting lid, a counter-wall anchor stirrer with spring-loaded PTFE scrapers, a rotor-stator homogenizer in "
        "the vessel bottom, a water phase vessel and an oil phase vessel, and a vacuum pump. The phases are drawn "
        "into the main vessel by vacuum. Apart from the sizes, drives and values given for each model, the two units "
        "are built alike.",
    ),
    (
        "p",
        "Recipes, phase temperatures for each product, homogenizing times and the cleaning validation are the "
        "site's: they are given in the product's batch record, not in this manual. Steam, cooling water and "
        "compressed air are supplied by the site. The vacuum pump has its own maker's manual. The jacket is pressure "
        "equipment; its periodic inspection is arranged by the site under national rules.",
    ),
    (
        "warn",
        "WARNING: Never run the homogenizer with less than the minimum batch in the vessel, or without seal flush "
        "water. Never put a hand into the vessel while the lid is raised unless the stirrer and homogenizer are "
        "locked out and the lid lock pin is in.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VE-200", "VE-500"],
            ["Working volume (total vessel volume)", "200 L (260 L)", "500 L (640 L)"],
            ["Minimum batch to run the homogenizer (30 % of the working volume)", "60 L", "150 L"],
            ["Anchor stirrer with scrapers", "0-60 rpm, 1.5 kW", "0-45 rpm, 3.0 kW"],
            ["Bottom homogenizer", "0-3000 rpm, 5.5 kW", "0-2800 rpm, 11 kW"],
            ["Rotor diameter / tip speed at maximum speed", "130 mm / 20.4 m/s", "160 mm / 23.5 m/s"],
            ["Water phase vessel, electric heating", "120 L, 4 kW", "300 L, 9 kW"],
            ["Oil phase vessel, electric heating", "60 L, 3 kW", "150 L, 6 kW"],
            ["Main vessel pressure range", "full vacuum to +0.5 bar g", "full vacuum to +0.5 bar g"],
            ["Jacket: steam or hot water, maximum working pressure", "2.0 bar g", "2.0 bar g"],
            ["Jacket safety valve", "2.5 bar g", "2.5 bar g"],
            ["Vacuum pump", "2.2 kW, down to -0.95 bar g", "4.0 kW, down to -0.95 bar g"],
            ["Maximum product temperature", "95 °C", "95 °C"],
            ["Scrapers per anchor", "6", "8"],
            ["Bottom discharge valve", "DN 50", "DN 65"],
            ["Installed power", "18 kW", "38 kW"],
            ["Mass, empty", "1.6 t", "2.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Tip speed = pi x rotor diameter x speed / 60: pi x 0.130 m x 3000 / 60 = 20.4 m/s (VE-200) and pi x 0.160 m "
        "x 2800 / 60 = 23.5 m/s (VE-500). Cooling times depend on the product and the water: with cooling water at "
        "15 °C and the anchor at 30 rpm, an emulsion of medium viscosity cools from 80 °C to 40 °C at about 1 °C per "
        "min in the VE-200 and about 0.6 °C per min in the VE-500.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the mixer. The lid clamps are monitored (E02): the homogenizer and the "
            "vacuum pump do not start with the lid unlocked.",
            "Before work under a raised lid, insert the mechanical lid lock pin; never rely on the hydraulics alone.",
            "Steam jacket and product lines reach 95 °C or more: wear gloves and a face shield when sampling hot.",
            "Release the vacuum before opening any port or the lid.",
            "Wear the gloves and glasses named in the raw materials' safety data sheets when charging powders.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Batch size"),
            (
                "p",
                "The homogenizer head must be covered: at least 60 L (VE-200) or 150 L (VE-500) in the vessel before "
                "the homogenizer runs (E05 blocks it below). Never fill above the working volume: under vacuum the "
                "product foams up into the vacuum line.",
            ),
            ("h", "Phases"),
            (
                "p",
                "Heat the water phase and the oil phase to the temperature of the batch record, usually 70-80 °C. "
                "When they are combined, the two phases must be within 5 °C of each other. Draw the oil phase into "
                "the water phase over 3-5 min with the homogenizer running at about 1500 rpm.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "Draw the phases in at -0.5 to -0.6 bar g. To de-aerate, hold -0.8 bar g or lower for at least 10 "
                "min with the anchor turning and the homogenizer stopped or slow. E06 is shown if -0.7 bar g is not "
                "reached within 10 min. Release the vacuum only with the anchor at 10-15 rpm, and slowly, over at "
                "least 30 s.",
            ),
            ("h", "Homogenizer duty"),
            (
                "p",
                "At full speed the homogenizer may run for no more than 15 min at a time; then run it below 1500 "
                "rpm or stop it for 5 min (E14). Seal flush water must flow whenever it turns: 0.5-1.0 L/min; E07 "
                "is shown below 0.3 L/min.",
            ),
            ("h", "Jacket"),
            (
                "p",
                "Steam at no more than 2.0 bar g (E09 at 2.2 bar g). To change from heating to cooling, close the "
                "steam, drain the condensate and blow the jacket through with air for 2 min before opening the "
                "cooling water; otherwise water hammer can damage the jacket. Never admit steam to a jacket full of "
                "cooling water.",
            ),
            ("h", "Additions"),
            (
                "p",
                "Sprinkle thickener powders through the powder funnel under vacuum with the homogenizer at about "
                "1500 rpm, no faster than 1 kg per min. Add perfume and heat-sensitive actives below 40 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Emergency stop", "Release the stop and press RESET."],
            ["E02", "Lid not locked", "Lid clamps open or their sensor dirty."],
            ["E03", "Homogenizer overload", "Product too thick at that speed, or rotor rubbing. Reduce the speed."],
            ["E04", "Stirrer overload", "Product too thick or scraper jammed."],
            ["E05", "Level too low", "Below the minimum batch for the homogenizer. Add product."],
            ["E06", "Vacuum not reached", "-0.7 bar g not reached in 10 min: lid seal, bottom valve, port left open."],
            ["E07", "Seal flush low", "Flush water below 0.3 L/min. Open the flush valve, check the strainer."],
            ["E08", "Product overtemperature", "Above 95 °C. Steam valve closed."],
            ["E09", "Jacket pressure high", "2.2 bar g. Check the steam reducing valve."],
            ["E10", "Phase vessel overtemperature", "Water or oil phase above 95 °C."],
            ["E12", "Vacuum pump overload", "Liquid drawn into the pump or pump worn. See the pump maker's manual."],
            ["E13", "Lid hydraulics", "Hydraulic oil level low."],
            ["E14", "Homogenizer duty", "15 min at full speed reached. Slow down below 1500 rpm or stop for 5 min."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Fine air bubbles in the product, low density", "Vacuum too weak or released too early, or the "
             "homogenizer run fast after the release", "De-aerate at -0.8 bar g or lower for at least 10 min; release "
             "slowly with the anchor at 10-15 rpm; check the lid seal"],
            ["Grainy or separating emulsion", "Phases more than 5 °C apart, oil phase drawn in too fast or too "
             "little homogenizing", "Bring the phases within 5 °C; draw the oil in over 3-5 min; follow the batch "
             "record times"],
            ["Lumps of thickener (fish eyes)", "Powder added too fast or without the homogenizer", "Add through the "
             "funnel, no faster than 1 kg per min, at about 1500 rpm"],
            ["Product scorched or a skin on the wall", "Scrapers worn, or anchor too slow while heating", "Change the "
             "scrapers (section 7); run the anchor at 20 rpm or more while heating"],
            ["Homogenizer noisy or vibrating", "Run below the minimum batch, worn bearing, rotor touching the "
             "stator", "Stop. Check the level. Call Velmacro service"],
            ["Product foams into the vacuum line", "Vessel too full, or vacuum drawn too fast on a foaming product",
             "Keep to the working volume; open the vacuum valve in steps"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Making an emulsion batch"),
    (
        "p",
        "The values of the batch record take precedence; the steps give the order of work.",
    ),
    (
        "ol",
        [
            "Check that the main vessel is clean, the bottom valve closed and the lid locked.",
            "Heat the water phase in its vessel to the batch record temperature, usually 70-80 °C, with its stirrer on.",
            "Heat the oil phase to the same temperature, within 5 °C.",
            "Draw a vacuum of -0.5 bar g in the main vessel.",
            "Open the water phase valve and draw in the water phase; start the anchor at 20-30 rpm.",
            "Start the homogenizer at about 1500 rpm.",
            "Open the oil phase valve and draw the oil phase in over 3-5 min.",
            "Raise the homogenizer speed for the time in the batch record, no more than 15 min at full speed.",
            "De-aerate at -0.8 bar g or lower for at least 10 min.",
            "Cool through the jacket with the anchor at 20-30 rpm.",
            "Below 40 °C, add the perfume and actives through the funnel.",
            "Slow the anchor to 10-15 rpm and release the vacuum over at least 30 s.",
            "Take the QC sample and discharge through the bottom valve.",
        ],
    ),
    ("h", "7. Changing the scraper blades"),
    (
        "ol",
        [
            "Empty and clean the vessel and let it cool below 40 °C.",
            "Lock out the stirrer and the homogenizer.",
            "Raise the lid to the top (the anchor rises with it) and insert the lid lock pin.",
            "Remove the spring clip and the pin of each scraper and take the scrapers off.",
            "Check the pins and the springs; replace bent pins and weak springs.",
            "Fit the new scrapers with the bevel facing the direction of rotation (clockwise seen from above): 6 on "
            "the VE-200, 8 on the VE-500.",
            "Refit the pins and the spring clips.",
            "Remove the lock pin and lower the lid slowly, watching that no scraper catches the vessel rim.",
            "Run the anchor empty at 10 rpm for 1 min and listen for rubbing.",
        ],
    ),
    (
        "p",
        "Replace the scrapers when they are worn by 3 mm or more, or when an edge is chipped; always change the "
        "whole set.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each batch", "Check the seal flush flow (0.5-1.0 L/min) and the scrapers"],
            ["Weekly", "Vacuum hold test: at -0.8 bar g, a rise of no more than 0.05 bar in 10 min"],
            ["Monthly", "Check the lid seal and the hydraulic oil level; clean the seal flush strainer"],
            ["As the pump maker's manual", "Vacuum pump service"],
            ["12 months", "Thermometers and gauges checked by the site's calibration service"],
            ["When leaking", "Homogenizer mechanical seal: replaced by Velmacro service (seal kit below)"],
            ["As national rules", "Inspection of the jacket as pressure equipment, arranged by the site"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "VE-200", "VE-500"],
            ["Scraper blade set, PTFE (6 or 8 blades)", "VLM-SB-200", "VLM-SB-500"],
            ["Lid seal", "VLM-LS-200", "VLM-LS-500"],
            ["Homogenizer mechanical seal kit", "VLM-MS-130", "VLM-MS-160"],
            ["Rotor-stator set", "VLM-RS-130", "VLM-RS-160"],
            ["Bottom valve seal", "VLM-BV-50", "VLM-BV-65"],
            ["Vacuum gauge -1 to +0.6 bar", "VLM-VG-1", "VLM-VG-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fardello PPC pressed powder compact presses
FARDELLO = [
    ("title", "Fardello PPC Pressed Powder Compact Presses\nOperation Manual - PPC-2 and PPC-4"),
    (
        "p",
        "Document FRD-OM-PPC-04, Edition 2, February 2025. Fardello Cosmetic Machines. The PPC-2 and PPC-4 press "
        "loose cosmetic powder (eyeshadow, blush, face powder) into metal pans. Pans are placed in a nest; a "
        "shuttle fills each pan with a set volume of powder; a hydraulic cylinder drives a punch plate down through a "
        "pressing cloth, which stops the powder from sticking to the punch and lets an embossed pattern form. The "
        "PPC-2 presses two pans per cycle, the PPC-4 four. Apart from the cylinder, the number of cavities and the "
        "values given for each model, the two presses are built alike.",
    ),
    (
        "p",
        "The powder, its binder and its particle size, the pressing pressure, the fill weight of each product and "
        "the drop test are set by the site's laboratory and quality control in the product specification. Pans are "
        "made to the pan supplier's drawing. The dust extraction unit connected to the press is the site's and has "
        "its own maker's manual.",
    ),
    (
        "warn",
        "WARNING: The light curtain protects the pressing area. Never reach under the punch plate in set-up mode "
        "without the two-hand control, and never bridge the light curtain. Do not blow powder off with compressed "
        "air: cosmetic powders can form explosive dust clouds and harm the lungs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PPC-2", "PPC-4"],
            ["Cavities (pans per cycle)", "2", "4"],
            ["Largest pan", "Ø 60 mm round or 60 x 45 mm", "Ø 40 mm round or 40 x 30 mm"],
            ["Hydraulic cylinder bore", "63 mm", "80 mm"],
            ["Maximum pressing force at 160 bar", "50 kN", "80 kN"],
            ["Maximum force per cavity", "25 kN", "20 kN"],
            ["Force from the gauge reading", "kN = bar x 0.312", "kN = bar x 0.503"],
            ["Relief valve", "170 bar", "170 bar"],
            ["Cycle rate, maximum", "12 cycles/min (24 pans/min)", "10 cycles/min (40 pans/min)"],
            ["Dwell time at full force", "0.5-3.0 s (factory 1.0 s)", "0.5-3.0 s (factory 1.0 s)"],
            ["Fill depth, shuttle (one handwheel turn = 0.5 mm)", "2-12 mm", "2-12 mm"],
            ["Pressing cloth ribbon, width x roll length", "70 mm x 100 m", "50 mm x 100 m"],
            ["Hydraulic pump motor / oil HLP 46", "4 kW / 40 L", "5.5 kW / 60 L"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "20 A"],
            ["Compressed air 6 bar (at least 5 bar)", "150 NL/min", "220 NL/min"],
            ["Dust extraction spigot", "Ø 100 mm", "Ø 100 mm"],
            ["Mass", "1.1 t", "1.6 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum cycle rates hold for pans up to 8 mm deep, a dwell time of 1.0 s and a free-flowing powder; "
        "deeper pans and longer dwell times lower them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the press; only trained setters may change punches, nests or settings.",
            "Test the light curtain at the start of each shift with the 30 mm test rod FRD-TR-30: the press must not "
            "start with the rod anywhere in the field.",
            "Clean powder with a vacuum cleaner for combustible dust or a dry brush, never with compressed air.",
            "Wear a dust mask of at least FFP2 when cleaning the nest and the shuttle.",
            "Hydraulic oil escaping under pressure penetrates the skin. Release the pressure before opening any "
            "hydraulic connection.",
        ],
    ),
    ("h", "3. Pressing settings and limits"),
    (
        "cols",
        [
            ("h", "Pressing force"),
            (
                "p",
                "Set force (kN) = pressure on the powder (MPa) x pan area (mm²) x number of cavities / 1000. Example: "
                "PPC-4 with Ø 36 mm pans (1018 mm²) at 8 MPa: 8 x 1018 x 4 / 1000 = 32.6 kN, which is 32.6 / 0.503 "
                "= 65 bar on the gauge. Never exceed 160 bar or the force per cavity of the technical data: with its "
                "largest pans (Ø 60 mm, 2827 mm²) the PPC-2 reaches no more than about 8.8 MPa.",
            ),
            ("h", "Pressure on the powder"),
            (
                "p",
                "Most eyeshadows and blushes press well at 6-12 MPa. The product specification decides. Above about "
                "12 MPa cakes glaze (a hard, shiny skin that the brush does not pick up); below about 6 MPa they "
                "crumble. Change the force in steps of 0.5 MPa.",
            ),
            ("h", "Dwell"),
            (
                "p",
                "0.5-3.0 s at full force. A longer dwell helps powders with much air; it does not make up for too "
                "low a force.",
            ),
            ("h", "Fill weight"),
            (
                "p",
                "Weigh 10 filled pans every 30 min. Each must be within ±3 % of the target fill weight, unless the "
                "product specification is tighter. Keep the hopper at least one third full; a low hopper gives light "
                "pans.",
            ),
            ("h", "Pressing cloth"),
            (
                "p",
                "The cloth advances 8-15 mm per cycle (factory 10 mm). Never press without cloth: the powder sticks "
                "to the punch and tears the pattern. At 10 mm per cycle a 100 m roll lasts 10 000 cycles.",
            ),
            ("h", "Oil and air"),
            (
                "p",
                "Hydraulic oil 20-55 °C in use. F09 stops the press at 60 °C. Compressed air at least 5 bar for the "
                "shuttle and the ejector (F10 below).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Release the stop and press RESET."],
            ["F02", "Light curtain", "Field interrupted during the stroke. Clear the field and restart."],
            ["F03", "Force not reached", "Set force not reached in 2 s: oil low, suction filter blocked, oil below "
             "20 °C."],
            ["F04", "Overpressure", "170 bar reached. Check the set force and the relief valve."],
            ["F05", "Cloth", "Cloth roll empty or cloth torn (cloth sensor)."],
            ["F07", "No pan", "A nest without a pan. Place the pan flat."],
            ["F08", "Shuttle position", "Shuttle not at its end position: powder under the shuttle, air low."],
            ["F09", "Oil temperature", "Hydraulic oil at 60 °C. Check the oil cooler fan."],
            ["F10", "Air pressure low", "Below 5 bar at the press."],
            ["F11", "Ejector", "Ejector not back down. Clean powder from the ejector pins."],
            ["F12", "Service due", "250 000 cycles since the last Fardello service. The press still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Cakes break or crumble in the drop test", "Force too low, uneven fill, or too little binder in the "
             "powder", "Raise the force in steps of 0.5 MPa up to 12 MPa; check the fill; ask the site laboratory "
             "about the binder"],
            ["Hard shiny skin on the cake (glazing)", "Force too high or dwell too long", "Lower the force in steps "
             "of 0.5 MPa; shorten the dwell"],
            ["Powder sticks to the punch, pattern torn", "Cloth not advancing or worn, punch dirty, powder too "
             "oily", "Check the cloth advance (8-15 mm); clean the punch; tell the laboratory"],
            ["Cake low or soft at one edge", "Pan not flat in the nest, shuttle filling unevenly, nest worn",
             "Check the pan seating and the shuttle; replace a worn nest"],
            ["Pan weights outside ±3 %", "Hopper too low, powder bridging, fill depth drifting", "Keep the hopper "
             "at least one third full; check the handwheel lock"],
            ["Press slow to reach force (F03)", "Oil low or cold, filter blocked", "Top up HLP 46; let the oil "
             "warm above 20 °C; change the filter"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the pressing force"),
    (
        "ol",
        [
            "Read the pressure on the powder (MPa) and the pan size from the product specification.",
            "Work out the force: MPa x pan area (mm²) x cavities / 1000.",
            "Convert it to bar: kN / 0.312 (PPC-2) or kN / 0.503 (PPC-4). Never above 160 bar.",
            "Enter the force under PRESS > FORCE and the dwell under PRESS > DWELL.",
            "Run 10 cycles and look at the cakes: no glazing, no soft edges.",
            "Have the drop test made as the site's quality control requires.",
            "Record the setting in the batch record.",
        ],
    ),
    ("h", "7. Changing the pressing cloth"),
    (
        "ol",
        [
            "Stop the press with the punch plate at the top and lock out the main switch.",
            "Open the cloth guard.",
            "Cut the old cloth at the feed roll and take off the take-up reel.",
            "Fit the new roll on the feed shaft with the smooth side down, towards the powder.",
            "Thread the cloth under the two guide rollers and under the punch plate and tape it to the take-up core.",
            "Turn the brake knob until the cloth is taut without wrinkles.",
            "Set the advance to 10 mm (8-15 mm) under CLOTH > STEP.",
            "Close the guard, switch on and reset F05.",
            "Run 5 cycles without powder and check that the cloth runs straight.",
        ],
    ),
    ("h", "8. Changing the punches and the nest"),
    (
        "ol",
        [
            "Lock out the press with the punch plate at the top and remove the powder from the shuttle.",
            "Remove the four M10 bolts of the punch plate and lift it off; remove the four M8 bolts of the nest.",
            "Clean the seats with a dry brush and the vacuum cleaner.",
            "Fit the new nest with its two centring pins and tighten the M8 bolts to 25 Nm.",
            "Fit the new punch plate and tighten the M10 bolts to 45 Nm.",
            "Switch on in set-up mode (force limited to 2 kN) and jog the punch into the nest with the two-hand "
            "control: the punch must enter without touching, about 0.1 mm all round.",
            "Set the fill depth with the handwheel and lock it.",
            "Change the cloth width if the new punch needs it, then set the force (section 6).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Test the light curtain; clean the nest, shuttle and punch with a dry brush and vacuum"],
            ["Weekly", "Check the cloth brake and guide rollers; drain the air filter"],
            ["Monthly", "Check the hydraulic oil level and the hoses"],
            ["2000 h or 12 months, whichever comes first", "Change the hydraulic filter FRD-HF-10"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil HLP 46 (40 L or 60 L)"],
            ["12 months", "Force check with the Fardello calibration kit; its load cell certified by an accredited "
             "laboratory"],
            ["250 000 cycles (F12)", "Fardello service, including the cylinder seals"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PPC-2", "PPC-4"],
            ["Pressing cloth roll, 100 m", "FRD-CL-70", "FRD-CL-50"],
            ["Hydraulic filter element", "FRD-HF-10", "FRD-HF-10"],
            ["Cylinder seal kit", "FRD-SK-63", "FRD-SK-80"],
            ["Pan sensor", "FRD-PS-1", "FRD-PS-1"],
            ["Light curtain test rod 30 mm", "FRD-TR-30", "FRD-TR-30"],
            ["Calibration kit with load cell", "FRD-CK-50", "FRD-CK-100"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kessmaro-dvp-duplex-vacuum-soap-plodder.pdf", "Kessmaro KSM-OM-DVP-03 Ed 2 - DVP-250 / DVP-300", KESSMARO),
        ("trockmar-nbd-soap-noodle-belt-dryer.pdf", "Trockmar TRM-OM-NBD-07 Ed 1 - NBD-1200", TROCKMAR),
        ("velmacro-ve-vacuum-emulsifying-mixer.pdf", "Velmacro VLM-UM-VE-11 Ed 3 - VE-200 / VE-500", VELMACRO),
        ("fardello-ppc-pressed-powder-compact-press.pdf", "Fardello FRD-OM-PPC-04 Ed 2 - PPC-2 / PPC-4", FARDELLO),
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
