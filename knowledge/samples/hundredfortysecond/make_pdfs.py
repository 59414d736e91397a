"""Generate the PDF manuals of the hundred-and-forty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set142-scratch/venv && /tmp/set142-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set142-scratch/venv/bin/python knowledge/samples/hundredfortysecond/make_pdfs.py

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


# ---------------------------------------------------------------- Tavenholm TGD granulation drums with pipe reactor
TAVENHOLM = [
    ("title", "Tavenholm TGD Granulation Drums with Pipe Reactor\nOperation and Maintenance Manual - TGD-30 and TGD-38"),
    (
        "p",
        "Document TVH-OM-TGD-07, Edition 3, March 2025. Tavenholm Process Plant. The TGD-30 and TGD-38 are rotary "
        "granulation drums for NPK and ammonium phosphate fertilisers. Phosphoric acid (and sulphuric acid where the "
        "recipe asks for it) reacts with gaseous ammonia in a pipe reactor that sprays the hot melt onto the rolling "
        "bed of recycle inside the drum. An ammonia sparger under the bed completes the ammoniation. The drum turns on "
        "two riding rings and four trunnion rollers and is driven through a girth gear and pinion by a main motor with "
        "a frequency converter; an inching drive turns it slowly for maintenance. Apart from the size, the drive, the "
        "pipe reactor and the values given for each model, the two drums are built alike. The off-gas scrubber and its "
        "fan, the acid and ammonia supply up to the dosing skid and the product screens are described in their own "
        "manuals. Grade recipes (acid split, water, sparger ammonia for each grade) are the customer's and are not "
        "given here.",
    ),
    (
        "warn",
        "WARNING: Ammonia is toxic and the acids cause severe burns. Never open a flange, a sparger connection or the "
        "reactor nozzle before the line has been isolated, vented to the scrubber and purged with nitrogen. Entry into "
        "the drum is allowed only under the site's confined space permit, with both drives locked out and the ammonia "
        "and acid lines blinded.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TGD-30", "TGD-38"],
            ["Drum inside diameter", "3.0 m", "3.8 m"],
            ["Drum length", "12.0 m", "16.0 m"],
            ["Drum slope towards the outlet", "2.5 %", "2.0 %"],
            ["Drum speed, normal", "10.5 rpm", "9.0 rpm"],
            ["Permitted speed range (40-45 % of the critical speed)", "9.8-11.0 rpm", "8.7-9.8 rpm"],
            ["Production, NPK 15-15-15 by the pipe reactor route, recycle ratio 3 to 4", "up to 30 t/h", "up to 50 t/h"],
            ["Total drum throughput (product + recycle), maximum", "150 t/h", "250 t/h"],
            ["Main drive motor, 690 V, frequency converter", "160 kW", "250 kW"],
            ["Inching drive", "7.5 kW", "11 kW"],
            ["Pipe reactor", "PR-30, DN 100, 8.0 m", "PR-38, DN 150, 10.0 m"],
            ["Pipe reactor tube material", "Hastelloy C-276", "Hastelloy C-276"],
            ["Ammonia to the pipe reactor, maximum", "2.6 t/h", "4.3 t/h"],
            ["Ammonia to the sparger, maximum", "0.8 t/h", "1.3 t/h"],
            ["Granulation water through the spray pipe, maximum", "1.5 t/h", "2.5 t/h"],
            ["Drum off-gas to the scrubber", "25 000 m³/h", "40 000 m³/h"],
            ["Girth gear backlash", "1.2-2.0 mm", "1.5-2.4 mm"],
            ["Mass, empty, with drives", "68 t", "118 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The production figures hold only for NPK 15-15-15 made by the pipe reactor route with a recycle ratio of 3 to "
        "4 and a dryer that removes the water. Tavenholm gives no production figures for other grades; they depend on "
        "the recipe and the rest of the plant.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a face shield, acid-proof gloves and an escape mask with an ammonia (type K) filter when working on "
            "the dosing skid, the reactor or the sparger. The site's ammonia detectors must be working.",
            "Never stand in front of the outlet hood inspection door while the drum turns: lumps fall out with force.",
            "Turn the drum for inspection with the inching drive only. The main drive must be locked out first.",
            "Hot melt in the reactor reaches 150 °C. After a trip, let the reactor cool for at least 30 min before any "
            "work on the nozzle.",
            "Keep the scrubber and the off-gas fan running whenever ammonia or acid flows; the skid will not start "
            "without the draught signal (TG-12).",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Drum speed"),
            (
                "p",
                "Critical speed (rpm) = 42.3 / square root of the drum inside diameter (m). Run the drum at 40-45 % "
                "of its critical speed. Example for the TGD-30: 42.3 / 1.732 = 24.4 rpm, so 9.8-11.0 rpm. Below 40 % "
                "the bed slides and granules stay small; above 45 % material is carried over the top and falls as "
                "a curtain, which makes dust.",
            ),
            ("h", "Recycle ratio"),
            (
                "p",
                "Recycle ratio = recycle flow (t/h) / product flow (t/h). For NPK 15-15-15 keep it between 3 and 4. "
                "Example: 96 t/h of recycle at 30 t/h of product gives 3.2. Below 3 the bed is too wet and lumps "
                "form; above 5 the drum is overloaded and the bed is too dry. The total throughput (product plus "
                "recycle) must not exceed 150 t/h (TGD-30) or 250 t/h (TGD-38).",
            ),
            ("h", "Pipe reactor"),
            (
                "p",
                "Normal reactor pressure 2.0-3.5 bar g (PR-30) or 2.5-4.0 bar g (PR-38). TG-07 warns above 5.0 bar "
                "g; at 6.0 bar g the skid trips (TG-08) and closes the acid and ammonia valves. Outlet temperature "
                "130-150 °C; TG-09 above 160 °C. The mole ratio NH3 : H3PO4 in the reactor melt is 1.40 ±0.05. The "
                "ratio in the bed for each grade comes from the customer's recipe.",
            ),
            ("h", "Ammonia supply"),
            (
                "p",
                "Gaseous ammonia at the skid inlet 6-9 bar g, superheated by at least 10 K. Liquid ammonia must never "
                "reach the reactor nozzle or the sparger. Below 6 bar g the skid raises TG-11 and reduces the "
                "reactor load to 50 %.",
            ),
            ("h", "Bed temperature"),
            (
                "p",
                "Drum outlet temperature 80-95 °C for NPK 15-15-15. Above 100 °C the granules turn plastic and the "
                "oversize rises. Start the sparger ammonia and the granulation water only when the bed is above "
                "70 °C.",
            ),
            ("h", "Flushing"),
            (
                "p",
                "After every stop longer than 30 min, and after every trip, the pipe reactor must be flushed with "
                "steam (section 7) before it is restarted.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["TG-01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and reset."],
            ["TG-02", "Main drive fault", "Frequency converter fault. Read the converter's code in its own manual."],
            [
                "TG-03",
                "Speed deviation",
                "Actual drum speed more than 0.5 rpm from the setpoint for 10 s: overload, heavy buildup "
                "or a converter limit.",
            ],
            [
                "TG-04",
                "Axial drift",
                "The drum has moved more than 15 mm towards the thrust roller. Check the trunnion skew and the "
                "riding ring lubrication.",
            ],
            ["TG-05", "Trunnion bearing hot", "Bearing above 75 °C (alarm); the drum stops at 85 °C."],
            ["TG-06", "Girth gear lubrication", "No grease pulse from the spray system in two cycles."],
            ["TG-07", "Reactor pressure high", "Above 5.0 bar g. Scale in the reactor or a blocked nozzle."],
            ["TG-08", "Reactor pressure trip", "6.0 bar g reached. Acid and ammonia closed. Flush before restart."],
            ["TG-09", "Reactor temperature high", "Outlet above 160 °C: too little acid water or ratio too high."],
            ["TG-11", "Ammonia pressure low", "Below 6 bar g at the skid. Check the vaporiser and the supply."],
            ["TG-12", "No draught", "Off-gas fan or scrubber not running. The skid cannot start."],
            ["TG-13", "Flush incomplete", "The steam flush was stopped early or did not reach its pressure."],
        ],
        (18, 42, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lumps and oversize growing at the drum outlet",
                "Too much liquid phase: recycle ratio below 3, too much water, or a bed above 95 °C",
                "Raise the recycle, cut the water in steps of 0.2 t/h, check the reactor outlet temperature",
            ],
            [
                "Many fines, soft dusty granules",
                "Bed too dry or too cold, ratio in the reactor low",
                "Reduce the recycle or add water in steps of 0.2 t/h; check the ratio",
            ],
            [
                "Strong ammonia smell at the outlet, high ammonia at the scrubber",
                "Sparger not covered by the bed or holes blocked; reactor ratio above 1.45",
                "Check the sparger depth (section 8) and the reactor ratio",
            ],
            [
                "Reactor pressure creeping up over days at the same flows",
                "Scale in the reactor tube or the mixing head",
                "Steam flush (section 7); if it does not fall back into the normal range, plan a mechanical "
                "cleaning by Tavenholm service",
            ],
            [
                "Drum thumps once per revolution",
                "Thick buildup on the shell breaking off, or a loose knocker",
                "Check the knockers and clean the shell at the next stop",
            ],
            [
                "Girth gear noisy, pinion hot",
                "Grease spray failed or backlash out of range",
                "Check the lubrication (TG-06) and measure the backlash (section 9)",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting the granulation"),
    (
        "ol",
        [
            "Check that the scrubber and the off-gas fan run and that TG-12 is clear.",
            "Start the drum at its normal speed and the recycle feed at 60 % of the normal rate.",
            "Check the ammonia pressure at the skid: 6-9 bar g.",
            "Preheat the pipe reactor with steam for 10 min; the outlet must be above 110 °C.",
            "Start the phosphoric acid (and the sulphuric acid, if the recipe has it) at 50 % of its rated flow.",
            "Within 30 s start the ammonia to the reactor at the ratio 1.40.",
            "Bring the recycle to its normal rate, then raise acid and ammonia in steps of 10 % every 5 min.",
            "Start the sparger ammonia and the granulation water when the bed is above 70 °C.",
            "After 30 min check the product at the screens and adjust the water and the recycle.",
        ],
    ),
    ("h", "7. Steam flushing the pipe reactor"),
    (
        "ol",
        [
            "Stop the reactor: the skid closes the acid valve first and the ammonia valve 5 s later.",
            "Open the flush steam valve: 4 bar g steam for 10 min (PR-30) or 15 min (PR-38).",
            "Check that the reactor pressure falls below 1.0 bar g during the flush; if it does not, the nozzle is "
            "blocked.",
            "Close the steam and purge the reactor with nitrogen for 2 min.",
            "Reset TG-13 on the panel. The reactor may now be restarted (section 6).",
        ],
    ),
    ("h", "8. Changing the ammonia sparger"),
    (
        "ol",
        [
            "Stop the drum feed and let the drum run empty for 15 min.",
            "Stop the sparger ammonia, close and lock the isolating valve and vent the sparger line to the scrubber.",
            "Purge the sparger line with nitrogen for 5 min.",
            "Stop the drum and lock out the main drive and the inching drive.",
            "Withdraw the old sparger through the outlet hood (no drum entry is needed).",
            "Fit the new sparger with its holes pointing down and 30° towards the rising bed, so that they sit "
            "150-200 mm below the bed surface at normal load.",
            "Fit a new gasket and tighten the M20 flange bolts to 220 Nm.",
            "Leak test the connection with nitrogen at 6 bar g and a leak detection spray.",
        ],
    ),
    ("h", "9. Measuring the girth gear backlash"),
    (
        "ol",
        [
            "Lock out the main drive. Turn the drum with the inching drive only.",
            "Clean the teeth at four points 90° apart around the girth gear.",
            "Measure the backlash at each point with a lead wire passed through the mesh.",
            "The backlash must be 1.2-2.0 mm (TGD-30) or 1.5-2.4 mm (TGD-38) at all four points.",
            "If it is out of range, move the pinion with the shims under its bearing blocks and measure again.",
            "Record the four readings in the drum log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Reactor pressure and temperature, trunnion bearing temperatures, listen at the girth gear"],
            ["Weekly", "Check the knockers and the shell buildup; fill the girth gear grease reservoir"],
            ["Every 500 h", "Check the riding ring gaps; replace worn graphite lubricating blocks"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Measure the girth gear backlash (section 9); check the trunnion alignment",
            ],
            [
                "Every 8000 h or 2 years",
                "Change the trunnion bearing oil; ultrasonic wall check of the reactor tube: at least 4.0 mm (PR-30) "
                "or 5.0 mm (PR-38)",
            ],
            ["Yearly", "Shell ovality and riding ring check by Tavenholm service"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TGD-30", "TGD-38"],
            ["Ammonia sparger, complete", "TVH-SP-30", "TVH-SP-38"],
            ["Pipe reactor mixing head", "TVH-MH-100", "TVH-MH-150"],
            ["Reactor tube gasket set", "TVH-GK-100", "TVH-GK-150"],
            ["Trunnion roller bearing", "TVH-TB-30", "TVH-TB-38"],
            ["Graphite lubricating block", "TVH-GB-01", "TVH-GB-01"],
            ["Knocker hammer", "TVH-KH-30", "TVH-KH-38"],
            ["Girth gear adhesive grease, 20 kg", "TVH-GG-20", "TVH-GG-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kettring KCM chain mills
KETTRING = [
    ("title", "Kettring KCM Chain Mills\nOperating and Maintenance Instructions - KCM-10 and KCM-14"),
    (
        "p",
        "Document KTR-OM-KCM-04, Edition 2, June 2024. Kettring Size Reduction. The KCM-10 and KCM-14 are chain mills "
        "for crushing oversize granules and lumps from the product screens of NPK and ammonium phosphate plants. The "
        "crushed material falls back onto the recycle conveyor and returns to the granulator. A horizontal rotor with "
        "rows of hardened short-link chains turns inside a lined housing; the chains strike the lumps in free fall "
        "and throw them against the liners. The rotor is driven by a motor through V-belts at a fixed speed. Apart "
        "from the size, the drive and the values given for each model, the two mills are built alike. The screens "
        "that feed the mill, the recycle conveyor and the dust extraction are covered by their own manuals; the "
        "electric motor (its bearings and their grease) by the motor maker's manual.",
    ),
    (
        "warn",
        "WARNING: The rotor runs on for up to 3 min after a stop. Never open the inspection door before the door lock "
        "releases (CM-12 clear) and the motor is locked out. A chain that breaks at full speed leaves the housing "
        "through any open door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KCM-10", "KCM-14"],
            ["Housing inside diameter", "1000 mm", "1400 mm"],
            ["Housing width", "800 mm", "1200 mm"],
            ["Chain circle diameter, new chains", "960 mm", "1360 mm"],
            ["Rotor speed", "1000 rpm", "750 rpm"],
            ["Chain tip speed", "50 m/s", "53 m/s"],
            ["Chain rows x chains per row", "4 x 4", "6 x 4"],
            ["Chains per rotor", "16", "24"],
            ["Chain: hardened short link 13 x 45 mm, links per chain", "5", "7"],
            ["Motor, 400 V 50 Hz", "45 kW", "75 kW"],
            ["V-belt drive", "4 x SPB", "5 x SPC"],
            [
                "Capacity, NPK oversize, moisture up to 2 %, lumps up to 25 mm",
                "15 t/h",
                "30 t/h",
            ],
            ["Product at that capacity", "90 % below 4 mm", "90 % below 4 mm"],
            ["Feed opening", "400 x 600 mm", "500 x 1000 mm"],
            ["Bearing grease per bearing, every 2000 h", "30 g", "45 g"],
            ["Mass", "2.9 t", "5.6 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold only for oversize NPK granules with no more than 2 % moisture and lumps up to 25 mm. "
        "Kettring gives no capacities for ammonium nitrate based products, for raw materials or for wet lumps.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the motor at its isolator before opening any door or cover. The door interlock alone is not a "
            "lockout.",
            "Turn the rotor by hand only with the turning bar in the coupling guard, never by jogging the motor.",
            "Wear gloves and safety glasses when changing chains; chain links have sharp burrs.",
            "Keep tramp metal out of the feed: a bolt in the mill can break a chain.",
            "Products containing ammonium nitrate must be kept free of oil, organic matter and metal fines. Never "
            "crush them hotter than 60 °C.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tip speed"),
            (
                "p",
                "Tip speed (m/s) = 3.14 x chain circle diameter (m) x rotor speed (rpm) / 60. KCM-10: 3.14 x 0.96 x "
                "1000 / 60 = 50.2 m/s. KCM-14: 3.14 x 1.36 x 750 / 60 = 53.4 m/s. The pulleys are matched to these "
                "speeds. Never fit another motor pulley to change the speed: a tip speed above 60 m/s is not allowed "
                "on either model.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Feed moisture no more than 2.5 %. Feed temperature up to 100 °C for NPK; for products containing "
                "ammonium nitrate no more than 60 °C. Keep the feed above 30 % of the capacity when the mill runs for "
                "long periods: an almost empty mill over-crushes and makes fines.",
            ),
            ("h", "Start and stop"),
            (
                "p",
                "Always start the mill empty. Start the feed no earlier than 15 s after the motor has reached speed. "
                "After the feed stops, let the mill run on for at least 60 s so that it empties.",
            ),
            ("h", "Chain wear"),
            (
                "p",
                "New chains leave a radial gap of 20 mm to the liners. Replace the chains when the gap reaches 35 mm "
                "or when a link is worn to 9 mm wire diameter at any point, whichever comes first. Always replace all "
                "chains of a row at once.",
            ),
            ("h", "Vibration and bearings"),
            (
                "p",
                "Vibration at the bearing housings (rms): alarm at 7.1 mm/s (CM-05), trip at 11.2 mm/s (CM-06). After "
                "a chain change the mill must run below 4.5 mm/s. Bearing temperature: alarm at 85 °C, trip at 95 °C.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "The overload alarm (CM-03) stops the feed when the current stays above 110 % of the rated current "
                "for 20 s. The mill itself keeps running so that it can empty.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["CM-01", "Emergency stop", "An emergency stop pressed or the pull wire at the recycle conveyor pulled."],
            ["CM-02", "Door open", "Inspection door not closed or its interlock switch faulty. The mill cannot start."],
            ["CM-03", "Overload", "Current above 110 % for 20 s. Feed stopped. Check for a blocked chute or wet feed."],
            [
                "CM-04",
                "Speed monitor",
                "Rotor below 90 % of its speed for 5 s: slipping V-belts or a jammed rotor. Check the belt tension.",
            ],
            ["CM-05", "Vibration alarm", "7.1 mm/s reached. Check the chains and the rotor for buildup."],
            ["CM-06", "Vibration trip", "11.2 mm/s reached. Mill stopped. Inspect before restarting."],
            ["CM-08", "Bearing hot", "A bearing above 85 °C. Check the grease and the belt tension."],
            ["CM-09", "Bearing trip", "A bearing at 95 °C. Mill stopped."],
            ["CM-10", "Conveyor stopped", "The recycle conveyor under the mill stopped. Feed and mill stop."],
            ["CM-11", "Feed chute full", "Level switch in the feed chute: the mill is blocked or the feed too high."],
            [
                "CM-12",
                "Rotor turning",
                "Standstill not yet detected after a stop; the door lock stays closed. Wait; never force the door.",
            ],
        ],
        (18, 38, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Product coarser than usual, more than 10 % over 4 mm",
                "Chains worn or broken, or the rotor slow because the V-belts slip",
                "Check the chains (section 3, chain wear) and the belt tension (section 8)",
            ],
            [
                "Mill vibrates strongly after a chain change",
                "Chains of unequal mass opposite each other, or a row not complete",
                "Weigh the chains: opposite chains within 50 g; complete the row",
            ],
            [
                "Buildup in the housing, capacity falls, current rises",
                "Feed too wet (above 2.5 %) or too hot",
                "Check the dryer outlet; wash out the housing (section 7)",
            ],
            [
                "Sharp knocking noise from the housing",
                "Broken chain link or tramp metal in the mill",
                "Stop at once, lock out and inspect",
            ],
            [
                "Much more fines than usual from the mill",
                "Soft granules from a wet product, or the feed far below the capacity for long periods",
                "Check the product moisture; keep the feed above 30 % of the capacity",
            ],
            [
                "Belts squeal at start",
                "Belt tension too low",
                "Tension the belts (section 8)",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Changing the chains"),
    (
        "ol",
        [
            "Stop the feed, let the mill empty and stop it. Wait until CM-12 clears, then lock out the motor.",
            "Open the inspection door. Wear gloves and safety glasses.",
            "Turn the rotor with the turning bar until the first row faces the door.",
            "Remove the split pins and the chain pins of the row and take the chains out.",
            "Weigh the new chains. Chains fitted opposite each other must not differ by more than 50 g.",
            "Fit the new chains with new pins and new split pins. Never mix new and worn chains in one row.",
            "Repeat for every row. Check the radial gap to the liners: 20 mm with new chains.",
            "Close the door, remove the lockout and run the mill empty for 5 min. The vibration must stay below "
            "4.5 mm/s.",
        ],
    ),
    ("h", "7. Washing out the housing"),
    (
        "ol",
        [
            "Stop the feed and run the mill empty for 60 s, then stop it and lock out the motor.",
            "Stop the recycle conveyor and divert the drain to the site's wash water pit.",
            "Open the inspection door and the bottom cleaning flap.",
            "Wash the liners and the rotor with warm water of 40-60 °C at no more than 10 bar.",
            "Scrape off hard crusts with the plastic scraper; never use a hammer on the liners.",
            "Let the housing dry for at least 2 h with the doors open, or blow it dry with hot air.",
            "Close the flap and the door. Check that the chains hang freely before starting.",
        ],
    ),
    ("h", "8. Tensioning the V-belts"),
    (
        "ol",
        [
            "Lock out the motor and remove the belt guard.",
            "Press each belt in the middle of its span with a belt tension tester.",
            "KCM-10: 16 mm deflection at 100 N. KCM-14: 20 mm deflection at 150 N.",
            "Adjust with the motor base screws; keep the pulleys in line within 0.5 mm per 100 mm of span.",
            "Refit the guard. Check new belts again after 8 h of running.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Vibration and bearing temperature readings; listen for knocking"],
            ["Weekly", "Check the chain gap and the housing for buildup; check the door seal"],
            ["Every 500 h", "Check the V-belt tension (section 8)"],
            ["Every 2000 h", "Grease the rotor bearings: 30 g (KCM-10) or 45 g (KCM-14) per bearing"],
            ["Every 12 months", "Check the liners; replace any liner worn through to its wear grooves"],
            ["When needed", "Rotor balancing after a shaft or hub repair: Kettring service only"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KCM-10", "KCM-14"],
            ["Chain, complete with pins", "KTR-CH-5", "KTR-CH-7"],
            ["Chain pins with split pins, set of 10", "KTR-PN-10", "KTR-PN-10"],
            ["Housing liner set", "KTR-LN-10", "KTR-LN-14"],
            ["V-belt set", "KTR-VB-SPB4", "KTR-VB-SPC5"],
            ["Rotor bearing, drive side", "KTR-BR-10D", "KTR-BR-14D"],
            ["Inspection door seal", "KTR-DS-10", "KTR-DS-14"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Perlacor PSB-40 prilling spray bucket
PERLACOR = [
    ("title", "Perlacor PSB-40 Prilling Spray Bucket\nOperating Manual"),
    (
        "p",
        "Document PLC-OM-PSB40-02, Edition 2, November 2024. Perlacor Prilling Systems. The PSB-40 is a rotating "
        "perforated spray bucket for the top of a prilling tower. Concentrated melt runs from the melt distributor "
        "into the bucket, and the turning bucket throws it through its holes as fine jets that break up into drops. "
        "The drops fall through the tower against the rising cooling air and solidify into prills. The same bucket "
        "serves urea melt (shell U125) and ammonium nitrate melt (shell A110); only the shell, the speed and the "
        "steam pressure change. The prilling tower, its fans, the tower bottom scraper and the melt plant are "
        "covered by their own manuals.",
    ),
    (
        "warn",
        "WARNING: Urea melt at 140 °C and ammonium nitrate melt at 180 °C cause deep burns. Ammonium nitrate melt can "
        "decompose violently when it is contaminated or overheated. Never let the AN melt at the bucket exceed 185 °C, "
        "and stop the melt at once when the site's limits for the melt are not met.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Shell outer diameter at the hole zone", "400 mm"],
            ["Height of the perforated zone", "260 mm"],
            ["Shell U125 (urea): hole diameter, number of holes", "1.25 mm, about 6200 holes"],
            ["Shell A110 (ammonium nitrate): hole diameter, number of holes", "1.10 mm, about 7400 holes"],
            ["Melt throughput, urea melt 99.7 %, shell U125", "20-42 t/h"],
            ["Melt throughput, AN melt 99.5 %, shell A110", "15-32 t/h"],
            ["Speed range (frequency converter)", "180-360 rpm"],
            ["Normal speed, urea", "240-300 rpm"],
            ["Normal speed, AN", "280-330 rpm"],
            ["Melt temperature at the bucket, urea", "136-140 °C"],
            ["Melt temperature at the bucket, AN", "175-180 °C"],
            ["Melt head in the bucket", "80-160 mm"],
            ["Steam to the distributor jacket, urea", "4.0-5.0 bar g saturated"],
            ["Steam to the distributor jacket, AN", "8.5-9.5 bar g saturated"],
            ["Drive", "7.5 kW, 4-pole motor, right-angle gearbox, frequency converter"],
            ["Gearbox oil", "1.8 L, synthetic ISO VG 220"],
            ["Mass of the bucket assembly with shell; shell alone", "165 kg; 18 kg"],
        ],
        (105, 65),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work at the tower top only with the site's permit for work at height. Ammonia can collect at the tower "
            "top: carry a personal ammonia detector.",
            "Never stand under the bucket or open the inspection port wider than the guard allows while melt flows.",
            "Lock out the bucket drive before touching the shell or the clamps. A bucket turning slowly still throws "
            "melt.",
            "Handle hot shells only with the lifting tool PLC-LT-3, heat-resistant gloves and a face shield.",
            "Keep all oil, grease and organic matter away from ammonium nitrate melt and AN shells. Clean AN shells "
            "only with water.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Peripheral speed"),
            (
                "p",
                "Peripheral speed (m/s) = 3.14 x shell diameter (m) x speed (rpm) / 60. Example: 3.14 x 0.40 x 270 / "
                "60 = 5.65 m/s. Keep it between 4.0 and 7.0 m/s in normal running. Never run the bucket above 360 "
                "rpm.",
            ),
            ("h", "Prill size"),
            (
                "p",
                "With urea melt and shell U125 at 270 rpm the mean prill size is about 1.9 mm. Raising the speed by 10 "
                "rpm makes the prills about 0.03 mm smaller; lowering it by 10 rpm makes them about 0.03 mm larger. "
                "Change the speed in steps of 10 rpm and wait 15 min before the next step.",
            ),
            ("h", "Melt head"),
            (
                "p",
                "Keep the head in the bucket between 80 and 160 mm (level probe). Below 80 mm the upper rows of holes "
                "run dry and the fines rise; above 160 mm the melt overflows the rim (PB06).",
            ),
            ("h", "Starting the melt"),
            (
                "p",
                "Never open the melt valve with the bucket stopped. The bucket must turn at 180 rpm or more before "
                "the valve opens; below 180 rpm with the valve open, PB03 closes the valve.",
            ),
            ("h", "Shell change"),
            (
                "p",
                "Change the shell after 7 days of running on urea or 4 days on AN, or sooner when the product holds "
                "more than 1.5 % below 1 mm, whichever comes first.",
            ),
            ("h", "Shell discard"),
            (
                "p",
                "Discard a shell when more than 2 % of its holes are still blocked after cleaning, or when the pin "
                "gauge enters any hole: 1.35 mm gauge for the U125, 1.20 mm gauge for the A110.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Measured at the gearbox: alarm at 4.5 mm/s (PB10), trip at 7.1 mm/s (PB11).",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["PB01", "Emergency stop", "An emergency stop pressed. The melt valve closes."],
            ["PB02", "Drive fault", "Frequency converter fault. See the converter's own manual."],
            ["PB03", "Speed low with melt", "Below 180 rpm with the melt valve open. The melt valve closes."],
            ["PB04", "Overspeed", "Above 360 rpm. The drive stops and the melt valve closes."],
            ["PB05", "Head low", "Melt head below 80 mm for 10 s. Raise the melt rate or check the distributor."],
            ["PB06", "Head high", "Melt head above 160 mm: blocked holes or too much melt. Change the shell."],
            [
                "PB07",
                "Melt temperature",
                "Urea outside 134-142 °C or AN outside 172-183 °C at the distributor. Check the melt plant.",
            ],
            ["PB09", "Steam low", "Jacket steam below the lower limit for the product selected."],
            ["PB10", "Vibration alarm", "4.5 mm/s at the gearbox. Check the shell seating and the bearings."],
            ["PB11", "Vibration trip", "7.1 mm/s. Bucket and melt stopped."],
            ["PB12", "Shell time", "7 days (urea) or 4 days (AN) on the present shell. Plan the shell change."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Prills too fine, dust at the tower bottom",
                "Speed too high, melt head too low, or blocked holes in the upper rows",
                "Lower the speed in steps of 10 rpm; check the head; change the shell",
            ],
            [
                "Prills too coarse, drops stuck together",
                "Speed too low or melt too cold",
                "Raise the speed in steps of 10 rpm; check the melt temperature",
            ],
            [
                "Wide spread of sizes, irregular prills",
                "Partly blocked or enlarged holes, or crystals in the melt",
                "Change the shell; check the melt filter",
            ],
            [
                "Buildup of melt on the tower wall",
                "Jets reach the wall: speed too high for the throughput",
                "Lower the speed; at high throughput keep the speed below 300 rpm",
            ],
            [
                "Bucket vibrates after a shell change",
                "Shell not seated evenly or a melt crust on the seat",
                "Stop, remove the shell, clean the seat and refit",
            ],
            [
                "Melt overflowing the bucket rim",
                "Holes blocked, head above 160 mm",
                "Reduce the melt rate and change the shell",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting the prilling"),
    (
        "ol",
        [
            "Check that the tower fans run at their design air flow (see the tower fan manual).",
            "Check that the tower bottom scraper runs (see its own manual).",
            "Heat the melt distributor with jacket steam for at least 30 min (urea) or 45 min (AN).",
            "Fit a clean shell preheated in the shell oven to 130 °C (urea) or 170 °C (AN).",
            "Start the bucket and bring it to 270 rpm (urea) or 300 rpm (AN).",
            "Open the melt valve slowly to 20 t/h (urea) or 15 t/h (AN) for the first 10 min.",
            "Watch the jets through the inspection port; raise the throughput in steps of 5 t/h.",
            "After 20 min take a prill sample at the tower bottom and sieve it.",
        ],
    ),
    ("h", "7. Changing the shell while the tower is hot"),
    (
        "ol",
        [
            "Put the spare shell into the shell oven at least 60 min before the change (130 °C urea, 170 °C AN).",
            "Reduce the melt to the minimum: 20 t/h (urea) or 15 t/h (AN).",
            "Close the melt valve and keep the bucket turning for 60 s so that it runs empty.",
            "Stop the bucket and lock out the drive.",
            "With gloves and face shield, open the three quick clamps and lift the shell off with the tool PLC-LT-3.",
            "Fit the hot spare shell. It must seat evenly: a feeler gauge of 0.2 mm must not enter anywhere.",
            "Close the clamps, remove the lockout, start the bucket to 180 rpm and open the melt valve.",
            "The whole change must take no more than 8 min; longer stops let melt freeze in the distributor.",
            "Reset the PB12 counter.",
        ],
    ),
    ("h", "8. Cleaning and checking a shell"),
    (
        "ol",
        [
            "Let the shell cool below 60 °C.",
            "Soak it in hot water at 80-90 °C for 2 h; urea and AN both dissolve.",
            "Clean it for 30 min in the ultrasonic bath.",
            "Blow through the holes from the inside out with air at no more than 4 bar.",
            "Check the holes on the light table and count the blocked ones.",
            "Try the pin gauge (1.35 mm for U125, 1.20 mm for A110) at 20 points around the shell.",
            "Discard the shell if the limits of section 3 are exceeded; otherwise dry it, label it with its running "
            "days and store it in the rack.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shell change", "Check the clamps, the seat and the level probe"],
            ["Daily", "Watch the jets; read the vibration and the gearbox temperature"],
            ["Weekly", "Check the gearbox oil level"],
            ["Every 1000 h", "Grease the bucket bearings, 25 g each"],
            ["Every 4000 h or 12 months, whichever comes first", "Change the gearbox oil: 1.8 L synthetic ISO VG 220"],
            ["Yearly", "Balance check of the bucket assembly by Perlacor service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Shell U125 (urea)", "PLC-SU-125"],
            ["Shell A110 (ammonium nitrate)", "PLC-SA-110"],
            ["Quick clamp set (3 clamps)", "PLC-QC-3"],
            ["Shell lifting tool", "PLC-LT-3"],
            ["Pin gauge set 1.20 / 1.35 mm", "PLC-PG-2"],
            ["Bucket bearing set", "PLC-BS-40"],
            ["Right-angle gearbox", "PLC-GB-40"],
            ["Melt level probe", "PLC-LP-40"],
        ],
        (105, 65),
    ),
]

# ---------------------------------------------------------------- Jumbora JBF big-bag filling stations
JUMBORA = [
    ("title", "Jumbora JBF Big-Bag Filling Stations\nOperation and Maintenance - JBF-S and JBF-H"),
    (
        "p",
        "Document JBR-OM-JBF-05, Edition 1, February 2025. Jumbora Bagging Systems. The JBF-S (standard frame) and "
        "JBF-H (high frame) fill big bags (FIBCs) with granular fertilisers. The bag stands on a weighing platform "
        "with load cells and a densifying vibrator table; its four loops hang on pneumatic hooks, and its filling "
        "spout is clamped to the filling head by an inflatable seal. A slide gate under the site's buffer hopper "
        "feeds the bag in a coarse and a fine stream. Apart from the frame height, the weighing range and the values "
        "given for each model, the two stations are built alike. The buffer hopper, the dust filter, the bag "
        "conveyor after the station and the forklifts belong to the site. The bags themselves, their safe working "
        "load and their safety factor are the bag supplier's.",
    ),
    (
        "warn",
        "WARNING: Never stand or reach under a bag hanging on the hooks. Never fill a bag above the safe working load "
        "printed on its label. Keep hands away from the hooks and the spout clamp while the station is in "
        "automatic mode.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "JBF-S", "JBF-H"],
            ["Filled bag height, maximum", "1.9 m", "2.4 m"],
            ["Bag base", "900 x 900 to 1100 x 1100 mm", "900 x 900 to 1100 x 1100 mm"],
            ["Fill weight range", "500-1250 kg", "500-1500 kg"],
            ["Load cells under the platform", "3 x 1000 kg", "4 x 1000 kg"],
            ["Loop hook height above the platform", "1.75 m, fixed", "1.75-2.25 m, adjustable"],
            ["Display graduation", "0.5 kg", "1 kg"],
            [
                "Filling accuracy, granules 2-4 mm, 1000 kg bags (standard deviation)",
                "±0.1 %",
                "±0.2 %",
            ],
            ["Coarse feed rate", "70 t/h", "80 t/h"],
            ["Output, 1000 kg bags of NPK granules", "up to 40 bags/h", "up to 34 bags/h"],
            ["Filling head inlet", "DN 300", "DN 350"],
            ["Densifying vibrators", "2 x 0.9 kW", "2 x 1.5 kW"],
            ["Bag inflation blower", "1.1 kW", "1.5 kW"],
            ["Compressed air, 6 bar", "150 NL/min", "200 NL/min"],
            ["Dust extraction at the filling head", "DN 150, 1500 m³/h", "DN 200, 2000 m³/h"],
            ["Frame height", "3.9 m", "4.6 m"],
            ["Mass", "1.4 t", "1.9 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The accuracy and output figures hold only for free-flowing fertiliser granules of 2-4 mm filled into 1000 kg "
        "bags, with a full buffer hopper and the preact learned (P03). Jumbora gives no figures for powders.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lift filled bags only by all four loops, with a forklift or a hoist rated for the load.",
            "Lock out the station and vent the compressed air before any work on the hooks, the spout clamp or the "
            "slide gate.",
            "The densifying table moves: keep feet off the platform during filling.",
            "Ammonium nitrate products: keep the platform and the filling head free of oil and organic dirt; clean "
            "spillage at once.",
            "The dust extraction must run whenever the station fills (E11).",
        ],
    ),
    ("h", "3. Settings menu"),
    (
        "cols",
        [
            ("h", "P01 Target weight"),
            (
                "p",
                "Target weight of the bag, net. Within the fill weight range of the model and never above the bag's "
                "safe working load.",
            ),
            ("h", "P02 Coarse/fine switch point"),
            (
                "p",
                "Default 95 % of the target, settable 80-98 %. Lower it when bags overshoot after a product change.",
            ),
            ("h", "P03 Preact"),
            (
                "p",
                "The material still in the air when the gate closes. Learned automatically over the last 5 bags; the "
                "correction is at most 3 kg per bag. Reset P03 after every product change so that it learns again.",
            ),
            ("h", "P04 Settle time"),
            (
                "p",
                "Time before the final weight is read: 1.5 s (JBF-S) or 2.0 s (JBF-H).",
            ),
            ("h", "P05 Tolerance band"),
            (
                "p",
                "Default -0 / +2 kg (JBF-S) or -0 / +3 kg (JBF-H) around the target. Bags below the target raise E07, "
                "bags above the band E06.",
            ),
            ("h", "P06 Densifying"),
            (
                "p",
                "Vibration stages at 40 % and 75 % of the target, 8 s each by default. Taller bags need a third "
                "stage at 90 %.",
            ),
            ("h", "P07 Tare limits"),
            ("p", "An empty bag must weigh 2-8 kg; otherwise E05 and the station will not fill."),
            ("h", "P08 Inflation"),
            ("p", "Bag inflation with the blower for 4 s before filling, settable 0-10 s."),
            ("h", "Output"),
            (
                "p",
                "Bags per hour = 3600 / (filling time + handling time, in s). Example JBF-S: 1000 kg at 70 t/h takes "
                "51 s of coarse feed; with the fine feed, the densifying and the settling the filling time is about "
                "60 s, and with 30 s of handling 3600 / 90 = 40 bags/h.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["E01", "Emergency stop", "An emergency stop or the light curtain at the outfeed."],
            ["E02", "Spout seal", "Seal pressure below 0.3 bar: seal torn, air off or valve faulty."],
            ["E03", "Loop hooks", "A hook not closed. Hang the loop again and press CLOSE HOOKS."],
            ["E04", "Scale not stable", "No stable reading within 10 s: platform touching the frame, or draughts."],
            ["E05", "Tare out of limits", "Empty bag outside 2-8 kg, or a filled bag left on the platform."],
            ["E06", "Overweight", "Bag above target plus the tolerance band."],
            ["E07", "Underweight", "Bag below target. Top up in manual mode or reject."],
            ["E08", "Filling too long", "More than 180 s: hopper empty, bridging in the hopper, or the gate stuck."],
            ["E09", "Zero error", "Empty platform more than 5 kg from the last zero. Clean and zero."],
            ["E11", "Dust extraction", "No running signal from the site's dust filter fan."],
            ["E12", "Span check due", "More than 3 months since the last span check (section 7)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bags consistently 3-4 kg heavy after a product change",
                "Preact still learned for the old product, or the fine feed too fast",
                "Reset P03 and fill five bags; lower P02 if needed",
            ],
            [
                "Filled bag leans or tips over on the conveyor",
                "Hooks at uneven heights or too little densifying",
                "Set the hooks level; add a densifying stage (P06)",
            ],
            [
                "Dust escapes at the filling head",
                "Spout seal worn or not inflated, or extraction too weak",
                "Replace the seal (section 8); check the extraction",
            ],
            [
                "Weights drift during the shift",
                "Product buildup under the platform or a damaged load cell cable",
                "Clean under the platform, check the cables, zero",
            ],
            [
                "Slow filling, E08",
                "Bridging in the buffer hopper or the gate not opening fully",
                "Check the gate stroke; report the hopper to the site",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Filling a bag"),
    (
        "ol",
        [
            "Select the product and check the target weight (P01).",
            "Put an empty bag on the platform and pull its spout over the filling head.",
            "Hang the four loops on the hooks and press CLOSE HOOKS.",
            "Press START: the seal inflates to 0.3-0.5 bar, the bag inflates for 4 s and the scale tares.",
            "Coarse feed runs to the switch point, with densifying at 40 % and 75 %.",
            "Fine feed runs to the target; the scale settles and records the weight.",
            "The seal deflates. Take the spout off and close it as the site instructs.",
            "Press RELEASE: the hooks open and the conveyor moves the bag out.",
        ],
    ),
    ("h", "7. Span check and calibration"),
    (
        "ol",
        [
            "Clean the platform and check that nothing touches it.",
            "Press ZERO with the platform empty.",
            "Place certified test weights of at least 500 kg (for example 25 x 20 kg) in the middle of the platform.",
            "The reading must be within ±0.5 kg (JBF-S) or ±1 kg (JBF-H) of the test load. If it is, record it; "
            "the check is complete.",
            "If it is not, select SERVICE > CAL SPAN, enter the test load and confirm.",
            "Move the weights to each of the corners in turn: the corner error must be no more than 1 kg (JBF-S) or "
            "2 kg (JBF-H).",
            "Record the results in the scale log. Where bags are sold by weight, legal verification is done by the "
            "authorised verification body; this check does not replace it.",
        ],
    ),
    ("h", "8. Replacing the inflatable spout seal"),
    (
        "ol",
        [
            "Lock out the station and vent the compressed air.",
            "Remove the clamping ring (6 screws M8).",
            "Pull off the old seal and clean the groove.",
            "Fit the new seal with its valve at the marked position.",
            "Refit the clamping ring and tighten the screws to 12 Nm.",
            "Inflate to 0.5 bar: the pressure must not fall by more than 0.05 bar in 5 min.",
        ],
    ),
    ("h", "9. Setting the loop hook height (JBF-H)"),
    (
        "p",
        "On the JBF-H the four hooks sit on a common frame that a screw jack moves between 1.75 m and 2.25 m above "
        "the platform. Set the hooks so that the loops of an empty bag are just tight when its base stands on the "
        "platform; loops that hang slack let the bag fold while it fills.",
    ),
    (
        "ol",
        [
            "Empty the station and select MANUAL mode.",
            "Hang an empty bag of the new size and close the hooks.",
            "Release the two frame locking pins on the columns.",
            "Raise or lower the hook frame with the handwheel of the screw jack until the loops are just tight.",
            "Check on the column scales that both sides show the same height, within 10 mm.",
            "Refit the locking pins; E03 stays on until both pins are home.",
            "Fill one bag and check that it stands upright after release.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the platform and under it; check the seal and the hooks"],
            ["Weekly", "Check the slide gate seal and the gate stroke"],
            ["Every 3 months", "Span check with test weights (section 7)"],
            ["Every 6 months", "Check the vibrator mounts; drain the air filter"],
            ["Every 12 months or 20 000 bags, whichever comes first", "Replace the spout seal (section 8)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "JBF-S", "JBF-H"],
            ["Inflatable spout seal", "JBR-SS-300", "JBR-SS-350"],
            ["Loop hook, complete", "JBR-LH-01", "JBR-LH-02"],
            ["Load cell 1000 kg", "JBR-LC-1T", "JBR-LC-1T"],
            ["Slide gate seal", "JBR-GS-300", "JBR-GS-350"],
            ["Densifying vibrator", "JBR-VM-09", "JBR-VM-15"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "tavenholm-tgd-granulation-drum-pipe-reactor.pdf",
            "Tavenholm TVH-OM-TGD-07 Ed 3 - TGD-30 / TGD-38",
            TAVENHOLM,
        ),
        ("kettring-kcm-chain-mill.pdf", "Kettring KTR-OM-KCM-04 Ed 2 - KCM-10 / KCM-14", KETTRING),
        ("perlacor-psb-prilling-spray-bucket.pdf", "Perlacor PLC-OM-PSB40-02 Ed 2 - PSB-40", PERLACOR),
        ("jumbora-jbf-big-bag-filling-station.pdf", "Jumbora JBR-OM-JBF-05 Ed 1 - JBF-S / JBF-H", JUMBORA),
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
