"""Generate the PDF manuals of the hundred-and-forty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set141-scratch/venv && /tmp/set141-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set141-scratch/venv/bin/python knowledge/samples/hundredfortyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Kieselmark SW stone and weed catchers
KIESELMARK = [
    ("title", "Kieselmark SW Stone and Weed Catchers for Beet Flumes\nOperation and Maintenance - SW-30 and SW-45"),
    (
        "p",
        "Document KSM-OM-SW-04, Edition 3, June 2024. Kieselmark Reception Systems. The SW-30 and SW-45 are combined "
        "weed and stone catchers built into the beet flume between the wet unloading of the beet yard and the beet "
        "pump. The beet and flume water first pass the weed catcher: a rake chain pulls rake bars with steel tines "
        "through the upper layer of the flow and lifts leaves, straw and weeds onto a discharge apron. The flow then "
        "crosses the stone catcher: the flume floor drops into a stone pit, where up-current water rising through a "
        "perforated grid keeps the beet floating while stones and coarse sand sink. A perforated bucket wheel lifts "
        "the stones out of the pit into the stone chute. Apart from the values given for each model, the two "
        "catchers are built alike.",
    ),
    (
        "p",
        "Not covered by this manual: the flume itself and the flume water treatment (lime dosing, settling, foam "
        "control), which are the site's; the weed press and the stone skips with their disposal, which the site "
        "organises; the beet pump downstream, which has its own manual. Gearbox overhauls are done by Kieselmark "
        "service.",
    ),
    (
        "warn",
        "WARNING: Never enter the stone pit or reach into the flume while beet or water is moving. Lock out the rake "
        "drive, the stone wheel drive and the up-current pump before any work on the catcher. The pit holds up to "
        "3 m of water.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SW-30", "SW-45"],
            ["Beet throughput, maximum", "300 t/h", "450 t/h"],
            ["Flume water flow at a water-to-beet ratio of 6:1 by mass", "1800 m³/h", "2700 m³/h"],
            ["Flume width at the inlet flange", "800 mm", "1000 mm"],
            ["Water level at the inlet, in operation", "350-450 mm", "450-550 mm"],
            ["Up-current water, nominal", "120 m³/h", "180 m³/h"],
            ["Up-current water pressure at the grid inlet", "1.2-1.6 bar", "1.4-1.8 bar"],
            ["Up-current grid area", "0.12 m²", "0.18 m²"],
            ["Stone pit depth below the flume floor", "1.6 m", "1.9 m"],
            ["Largest stone removed", "150 mm", "200 mm"],
            ["Stone wheel diameter / number of buckets", "2.4 m / 8", "2.8 m / 10"],
            ["Stone wheel speed", "1.5 rpm", "1.2 rpm"],
            ["Stone wheel drive, geared motor", "2.2 kW", "3.0 kW"],
            ["Rake bars / tine spacing", "12 bars / 35 mm", "16 bars / 40 mm"],
            ["Rake chain speed (frequency converter)", "0.20-0.30 m/s", "0.20-0.30 m/s"],
            ["Rake drive, geared motor", "1.5 kW", "2.2 kW"],
            ["Weed removal, design", "up to 1.5 t/h", "up to 2.2 t/h"],
            ["Flume water temperature in use", "5-35 °C", "5-35 °C"],
            ["Supply", "400 V 3~ 50 Hz", "400 V 3~ 50 Hz"],
            ["Mass, empty", "6.8 t", "9.4 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum beet throughput holds for beet with a soil tare of up to 12 % and a flume water-to-beet ratio of "
        "at least 6:1 by mass. With more soil or less water the throughput must be reduced; Kieselmark gives no "
        "figures for that case, and the beet yard decides how far to cut the unloading rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "A pull-wire emergency stop runs along the rake walkway. Test it at the start of each campaign.",
            "Jog the rake or the stone wheel only from the local control station with the key switch in SERVICE. "
            "Nobody may stand on the apron while the rake is jogged.",
            "The walkway grating over the pit is wet and may ice over. Wear boots with safety soles and a life jacket "
            "whenever the pit covers are open.",
            "Stones can be thrown from the chute. Keep out of the area under the chute while the wheel turns.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Up-current water"),
            (
                "p",
                "The up-current velocity decides what floats and what sinks. Up-current velocity (m/s) = up-current "
                "water (m³/h) / (3600 x grid area (m²)). Example, SW-30 at 120 m³/h: 120 / (3600 x 0.12) = 0.28 m/s. "
                "Keep it within 0.22-0.32 m/s on both models. Below 0.22 m/s beet sinks into the pit and is lost "
                "with the stones; above 0.32 m/s stones under about 60 mm are carried over to the beet pump.",
            ),
            ("h", "Beet in the stone discharge"),
            (
                "p",
                "No more than 0.1 % of the beet throughput by mass may leave with the stones. Check it once per "
                "shift: collect the chute discharge for 10 min, pick out the beet and weigh it. Beet loss (%) = beet "
                "picked out in 10 min (kg) x 6 / (beet throughput (t/h) x 10). Example: 25 kg at 300 t/h gives "
                "25 x 6 / 3000 = 0.05 %.",
            ),
            ("h", "Rake chain"),
            (
                "p",
                "Run the rake at 0.20 m/s for clean beet and up to 0.30 m/s at high weed load. Never run it faster "
                "than 0.30 m/s: the tines then throw beet onto the apron. The tine tips must reach 80-100 mm below "
                "the water surface. Chain sag on the return strand: 20-30 mm at mid-span.",
            ),
            ("h", "Overload protection"),
            (
                "p",
                "Both drives have a friction torque limiter set to 1.4 times the rated motor torque. After three "
                "trips of the stone wheel within 30 min the wheel stays off (S02) until it is reset at the panel.",
            ),
            ("h", "Start and stop order"),
            (
                "p",
                "The up-current water starts at least 2 min before the first beet arrives and stops no earlier than "
                "5 min after the last beet. The stone wheel must turn whenever beet is in the flume.",
            ),
            ("h", "Frost"),
            (
                "p",
                "Below 2 °C ambient with the flume empty, drain the up-current line and the strainer. Frozen leaves "
                "stick to the tines; at outside temperatures below -5 °C check the rake every hour.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "Pull wire or button operated. Find the reason, reset the pull wire, press RESET."],
            [
                "S02",
                "Stone wheel overload",
                "Torque limiter slipped: a large stone, timber or metal jammed in a bucket. Clear it (section 9).",
            ],
            [
                "S03",
                "Rake overload",
                "Torque limiter on the rake head shaft slipped: frozen leaves, wire or timber caught in the tines.",
            ],
            [
                "S04",
                "Rake chain monitor",
                "No pulse from the chain sensor for 15 s: chain broken or off a sprocket. Stop the beet flow.",
            ],
            [
                "S05",
                "Up-current water low",
                "Flow below 80 % of the set value for 30 s: strainer blocked, pump stopped or valve closed.",
            ],
            [
                "S06",
                "Flume level high",
                "Level above the high switch at the inlet: beet pump stopped or the flume blocked downstream.",
            ],
            ["S08", "Stone chute blocked", "Level probe in the chute covered for 60 s. Empty the skip, clear the chute."],
            ["S09", "Stone wheel speed", "No pulse from the wheel sensor for 20 s while the drive runs."],
            ["S10", "Rake motor thermal", "Motor overheated. Let it cool; check the chain for binding."],
            ["S11", "Stone wheel motor thermal", "Motor overheated. Check for sand packed in the pit."],
            ["S12", "Service due", "2000 operating hours since the last service reset. The catcher still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Beet found in the stone skip",
                "Up-current velocity too low, or grid holes blocked by sand",
                "Check the flow, work out the velocity (section 3), clean the strainer and flush the grid",
            ],
            [
                "Stones reach the beet pump or the washer",
                "Up-current velocity too high, stone wheel stopped, or the pit full of sand",
                "Reduce the up-current water; check the wheel turns; flush the pit",
            ],
            [
                "Leaves and weeds pass the rake",
                "Rake too slow, bent or missing tines, or the water level so high that weeds float over the tines",
                "Raise the rake speed up to 0.30 m/s; renew tine combs (section 8); check the inlet level",
            ],
            [
                "Rake throws beet onto the apron",
                "Chain speed above 0.30 m/s or tines set too deep",
                "Reduce the speed; set the tine tips 80-100 mm below the surface",
            ],
            [
                "Stone wheel turns in jerks",
                "Sand packed in the pit bottom, or a worn wheel bearing",
                "Flush the pit with the up-current line fully open for 10 min with the beet stopped; check the bearings",
            ],
            [
                "Foam on the flume",
                "Flume water conditions, not a catcher fault",
                "Report to the site's flume water treatment",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting the catcher"),
    (
        "ol",
        [
            "Check that the stone pit is full of water and that nobody is on the walkway over the pit.",
            "Start the up-current pump and open the up-current valve to the set value (120 m³/h on the SW-30, "
            "180 m³/h on the SW-45).",
            "Wait at least 2 min, then start the stone wheel and check that it turns and that the buckets empty into "
            "the chute.",
            "Start the rake at 0.20 m/s and check that the chain runs straight on both sprockets.",
            "Check that the beet pump downstream is running, then ask the beet yard to release the beet.",
            "After 15 min of beet flow, check the beet loss in the stone discharge (section 3).",
        ],
    ),
    ("h", "7. Setting the up-current water"),
    (
        "ol",
        [
            "Read the up-current flow on the flow meter and work out the velocity with the formula in section 3.",
            "If the velocity is outside 0.22-0.32 m/s, change the valve in steps of no more than 10 m³/h.",
            "Wait 5 min after each step for the pit to settle.",
            "Collect the chute discharge for 10 min and weigh the beet in it: the loss must stay at or below 0.1 %.",
            "Watch the beet pump inlet for stones for the next 30 min.",
            "Enter the new set value on the panel (SETTINGS > UP-CURRENT) so that S05 alarms at 80 % of it.",
        ],
    ),
    ("h", "8. Replacing a tine comb"),
    (
        "ol",
        [
            "Stop the beet flow and let the flume run empty of beet.",
            "Turn the key switch at the local station to SERVICE and jog the rake until the worn bar is at the "
            "service position on the head shaft.",
            "Stop, lock out the rake drive and put the lock on the isolator.",
            "Remove the four M12 bolts of the tine comb and take the comb off the bar.",
            "Fit the new comb (KSM-TC-35 on the SW-30, KSM-TC-40 on the SW-45) with new lock nuts and tighten to 85 Nm.",
            "Remove the lock, jog the bar back into the flume and check that the tine tips reach 80-100 mm below the "
            "water surface.",
            "Run the rake empty for 5 min before the beet is released.",
        ],
    ),
    ("h", "9. Clearing a jammed stone wheel (S02)"),
    (
        "ol",
        [
            "Ask the beet yard to stop the unloading; keep the up-current water running so that the beet in the "
            "flume stays afloat.",
            "Lock out the stone wheel drive.",
            "Open the inspection cover above the wheel and find the jammed object. Do not climb into the pit.",
            "Turn the wheel back by up to a quarter turn with the ratchet handwheel to free the object.",
            "Lift the object out with the grab tool from the walkway.",
            "Close the cover, remove the lock and reset S02 at the panel.",
            "Run the wheel for one full turn without beet, then restart the beet flow.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Beet loss check (section 3); look at the tines; clean the up-current strainer when its "
             "pressure drop is over 0.3 bar"],
            ["Weekly", "Grease the stone wheel bearings, 30 g per nipple; check the rake chain sag"],
            ["Monthly", "Check the torque limiter settings; inspect the bucket perforations"],
            ["End of campaign", "Drain and clean the pit and the grid; renew bucket lips worn by 10 mm or more; "
             "replace the rake chain at 2 % elongation"],
            ["Every 2 campaigns or 10000 h, whichever comes first", "Change the gearbox oil (CLP 220)"],
            ["2000 h (S12)", "Kieselmark service check"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SW-30", "SW-45"],
            ["Tine comb", "KSM-TC-35", "KSM-TC-40"],
            ["Rake chain, one strand", "KSM-RC-30", "KSM-RC-45"],
            ["Stone wheel bucket", "KSM-WB-24", "KSM-WB-28"],
            ["Bucket lip, wear part", "KSM-BL-24", "KSM-BL-28"],
            ["Up-current grid plate", "KSM-GP-30", "KSM-GP-45"],
            ["Strainer basket", "KSM-SB-100", "KSM-SB-125"],
            ["Chain sensor", "KSM-CS-01", "KSM-CS-01"],
            ["Torque limiter lining set", "KSM-TL-30", "KSM-TL-45"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Haverbeck RP flume beet pumps
HAVERBECK = [
    ("title", "Haverbeck RP Flume Beet Pumps\nOperating and Maintenance Instructions - RP-350 and RP-450"),
    (
        "p",
        "Document HVB-BA-RP-11, Edition 2, March 2025. Haverbeck Pump Works. The RP-350 and RP-450 are horizontal "
        "single-stage centrifugal pumps with a three-vane semi-open impeller and a large free passage, built to lift "
        "beet together with the flume water from the flume sump to the beet washer. The shaft runs in two grease "
        "lubricated roller bearings and is sealed by a gland packing with flushing water. The pump is driven by "
        "V-belts from a motor on a frequency converter. The number in the model name is the free passage in "
        "millimetres. Apart from the values given for each model, the two pumps are built alike.",
    ),
    (
        "p",
        "The stone and weed catcher upstream, the flume, the washer and the frequency converter have their own "
        "manuals; the converter's own fault codes are explained in the drive maker's documentation, not here. "
        "Replacing the impeller or the casing needs the Haverbeck lifting tools and is done by Haverbeck service.",
    ),
    (
        "warn",
        "WARNING: Lock out the motor and close the flushing water before opening the pump. A stone can be wedged "
        "between the impeller and the casing under tension: turn the impeller back by hand with the barring tool "
        "before reaching in.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RP-350", "RP-450"],
            ["Flow of beet and water, nominal", "1800 m³/h", "2900 m³/h"],
            ["Beet throughput, maximum", "300 t/h", "480 t/h"],
            ["Head at nominal flow", "14 m", "16 m"],
            ["Free passage (sphere)", "350 mm", "450 mm"],
            ["Impeller diameter, new", "920 mm", "1120 mm"],
            ["Pump speed at nominal duty", "420 rpm", "360 rpm"],
            ["Speed range on the frequency converter", "300-450 rpm", "260-390 rpm"],
            ["Motor", "132 kW, 400 V", "200 kW, 690 V"],
            ["V-belts, SPC", "6 belts", "8 belts"],
            ["Suction / discharge", "DN 500 / DN 400", "DN 600 / DN 500"],
            ["Wear plate clearance: new / renew at", "3 mm / 8 mm", "4 mm / 10 mm"],
            ["Gland flushing water", "1.5 m³/h", "2.0 m³/h"],
            ["Gland packing, PTFE-aramid, square", "16 mm, 5 rings", "20 mm, 5 rings"],
            ["Bearing grease, lithium complex NLGI 2, per bearing", "60 g", "90 g"],
            ["Minimum submergence above the suction inlet", "1.2 m", "1.5 m"],
            ["Flume water temperature", "5-40 °C", "5-40 °C"],
            ["Mass of pump and baseframe, without motor", "4.2 t", "6.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The flow and head figures hold for flume water carrying up to 15 % beet by volume, with a new impeller and "
        "the wear plate clearance at its new value. Each millimetre of clearance above the new value costs about 2 % "
        "of head. Haverbeck does not publish an NPSH curve for these pumps; the minimum submergence above replaces "
        "it for flume service.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the belt guard closed whenever the motor can be started.",
            "The gland is adjusted with the pump running; wear gloves and keep sleeves clear of the shaft.",
            "Do not stand in front of the inspection cover while the pump is under pressure.",
            "Beet pumps are loud: wear hearing protection near the pump.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Speed and head"),
            (
                "p",
                "The flow changes in proportion to the speed, and the head with the square of the speed: H2 = H1 x "
                "(n2 / n1)². Example, RP-350 at 380 rpm instead of 420 rpm: 14 x (380 / 420)² = 11.5 m. Run at the "
                "lowest speed that still carries the beet to the washer: a higher speed breaks beet tails.",
            ),
            ("h", "Minimum flow"),
            (
                "p",
                "Do not run below 40 % of the nominal flow (720 m³/h on the RP-350, 1160 m³/h on the RP-450) for "
                "more than 5 min: beet settles in the suction pipe and the water in the casing heats up.",
            ),
            ("h", "Suction"),
            (
                "p",
                "Keep the sump level at least the minimum submergence above the suction inlet. The low level switch "
                "stops the pump after 10 s below the low level (P03). Never let the pump run dry: the packing burns "
                "within minutes.",
            ),
            ("h", "Stones"),
            (
                "p",
                "The pump is not a stone catcher. Stones larger than the free passage jam the impeller; keep the "
                "stone catcher upstream running whenever beet is pumped.",
            ),
            ("h", "Gland flushing"),
            (
                "p",
                "The flushing water must be at least 1 bar above the discharge pressure. The gland should drip 30-60 "
                "drops per minute. Never tighten the gland to stop the drip.",
            ),
            ("h", "Starts and vibration"),
            (
                "p",
                "No more than 6 starts per hour, with at least 5 min between two starts. Vibration on the bearing "
                "housing up to 7.1 mm/s is normal with beet; P05 stops the pump when it stays above 11 mm/s for 60 s.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Button pressed. Find the reason before reset."],
            ["P02", "Converter fault", "The frequency converter has tripped; read its own code on the drive display."],
            ["P03", "Sump level low", "Level below the low switch for 10 s. Check the flume water supply."],
            ["P04", "Bearing temperature alarm", "A bearing above 85 °C. Check the grease quantity and the belts."],
            ["P05", "Vibration high", "Above 11 mm/s for 60 s: stone or timber in the impeller, or a broken vane."],
            [
                "P06",
                "Flushing water low",
                "Flushing pressure less than 1 bar above the discharge pressure for 30 s. Check the flushing pump "
                "and the strainer.",
            ],
            ["P07", "Bearing temperature trip", "A bearing above 95 °C. The pump stops; do not restart before checking."],
            [
                "P09",
                "Belt slip",
                "Pump shaft speed more than 5 % below the speed expected from the motor: belts slack or worn.",
            ],
            ["P10", "Motor winding temperature", "PTC thermistor tripped. Check the motor fan and the load."],
            ["P11", "Service due", "3000 operating hours since the last service reset."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Flow falls over the campaign at the same speed",
                "Wear plate clearance has grown",
                "Check and reset the clearance (section 8)",
            ],
            [
                "Many broken beet and tails at the washer",
                "Speed higher than needed, or a large clearance causing recirculation",
                "Lower the speed; reset the clearance",
            ],
            [
                "Rattling noise like gravel, flow unsteady",
                "Cavitation: sump level too low or the suction grid blocked by leaves",
                "Raise the sump level to at least the minimum submergence; clean the suction grid",
            ],
            [
                "Gland hot, no drip",
                "Packing over-tightened or no flushing water",
                "Slacken the gland nuts; check the flushing pressure (P06)",
            ],
            [
                "Vibration rising suddenly",
                "Stone or timber in the impeller, or a lost vane piece",
                "Stop and inspect through the inspection cover",
            ],
            ["Belt squeal at start", "Belts slack", "Tension the belts (section 9)"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Starting the pump"),
    (
        "ol",
        [
            "Check that the sump level is at least 1.2 m (RP-350) or 1.5 m (RP-450) above the suction inlet.",
            "Open the flushing water and check that its pressure is at least 1 bar above the expected discharge "
            "pressure.",
            "Check that the stone and weed catcher and the washer are running.",
            "Start the pump at the lowest speed of its range: 300 rpm (RP-350) or 260 rpm (RP-450).",
            "Raise the speed to the operating speed within 60 s.",
            "Check that the gland drips 30-60 drops per minute.",
            "After 30 min check the bearing temperatures: both must be below 85 °C.",
        ],
    ),
    ("h", "7. Adjusting the gland packing"),
    (
        "ol",
        [
            "With the pump running and the flushing water on, count the drips for one minute.",
            "If there are more than 60 drops per minute, tighten both gland nuts by one sixth of a turn each.",
            "Wait 10 min for the packing to settle and count again.",
            "Repeat until the gland drips 30-60 drops per minute.",
            "If the gland cannot be tightened further, stop the pump at the next break and add one packing ring, or "
            "repack it with five new rings at the end of the campaign.",
        ],
    ),
    ("h", "8. Adjusting the wear plate clearance"),
    (
        "ol",
        [
            "Stop the pump, lock out the motor and close the flushing water.",
            "Drain the casing through the drain plug and open the inspection cover.",
            "Measure the clearance between the impeller vanes and the wear plate with feeler gauges at three points "
            "120° apart.",
            "Loosen the four lock nuts on the wear plate adjusting studs.",
            "Turn the four adjusting nuts evenly, a quarter turn at a time: one full turn moves the plate 3 mm "
            "(RP-350) or 4 mm (RP-450).",
            "Set the clearance to the new value, 3 mm (RP-350) or 4 mm (RP-450), at all three points.",
            "Turn the impeller by hand one full turn with the barring tool: it must not touch the plate.",
            "Tighten the lock nuts, close the inspection cover and refill the casing before starting.",
            "If the new clearance cannot be reached because the studs are at the end of their travel, renew the "
            "wear plate.",
        ],
    ),
    ("h", "9. Checking the belts"),
    (
        "ol",
        [
            "Lock out the motor and open the belt guard.",
            "Press each belt at mid-span with 100 N: it should deflect 16 mm (RP-350) or 19 mm (RP-450).",
            "If needed, move the motor on its slide rails with the two tensioning screws, keeping the pulleys in line.",
            "Replace all belts of a set together, never single belts.",
            "Close the guard and run for 30 min, then check the tension again.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Gland drip, flushing pressure, bearing temperatures, sump level"],
            ["Every 500 h", "Grease the bearings: 60 g (RP-350) or 90 g (RP-450) per bearing"],
            ["Every 1000 h or monthly, whichever comes first", "Check the wear plate clearance (section 8)"],
            ["Monthly", "Belt tension (section 9)"],
            ["End of campaign", "Inspect the impeller: call Haverbeck service to replace it when the vane leading "
             "edges are worn back by more than 15 mm; repack the gland"],
            ["3000 h (P11)", "Haverbeck service inspection"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RP-350", "RP-450"],
            ["Impeller", "HVB-IM-350", "HVB-IM-450"],
            ["Wear plate", "HVB-WP-350", "HVB-WP-450"],
            ["Gland packing set (5 rings)", "HVB-GP-16", "HVB-GP-20"],
            ["Shaft sleeve", "HVB-SS-350", "HVB-SS-450"],
            ["Bearing set", "HVB-BS-350", "HVB-BS-450"],
            ["V-belt set, SPC", "HVB-VB-6", "HVB-VB-8"],
            ["Inspection cover gasket", "HVB-IG-350", "HVB-IG-450"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kalkstedt KS-150 shaft lime kiln
KALKSTEDT = [
    ("title", "Kalkstedt KS-150 Mixed-Feed Shaft Lime Kiln\nOperating Manual for Sugar Factories"),
    (
        "p",
        "Document KLK-BH-KS150-02, Edition 2, May 2024. Kalkstedt Kiln Engineering. The KS-150 is a vertical "
        "mixed-feed shaft kiln that burns limestone with coke to make burnt lime for the juice purification and "
        "kiln gas rich in carbon dioxide for the carbonatation. Limestone and coke are weighed in batches, lifted by "
        "the skip hoist and spread over the shaft by the rotating distributor. Combustion air is blown in at the "
        "bottom through the lime discharge, so that it cools the lime on its way up; the burning zone lies in the "
        "middle third of the shaft. The kiln gas is drawn off at the top by the kiln gas pump.",
    ),
    (
        "p",
        "Not covered here: the gas washer and the kiln gas pump, and the lime slaker, which have their own "
        "manuals; the refractory lining, which is inspected and relined by a refractory contractor; the emission "
        "limits, which are set by the site's operating permit; the gas detection for people, which follows the "
        "site's rules; the lime reactivity test, which is the site laboratory's.",
    ),
    (
        "warn",
        "DANGER: Kiln gas holds about 40 % carbon dioxide and up to 1 % carbon monoxide. Never go onto the top "
        "platform alone or without a personal CO monitor. Never open the charging door or a poke hole while the gas "
        "pump is stopped and the kiln is hot.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KS-150"],
            ["Burnt lime output", "150 t/day at the design limestone quality below"],
            ["Limestone feed", "about 270 t/day, about 1.8 t per t of lime"],
            ["Limestone, design quality", "CaCO3 at least 95 %, MgCO3 no more than 2.5 %"],
            ["Limestone size", "80-150 mm, no more than 5 % under 80 mm"],
            ["Coke", "fixed carbon at least 85 %, ash no more than 10 %, size 40-80 mm"],
            ["Coke rate", "7.0-8.0 % of the limestone mass"],
            ["Shaft inside diameter at the burning zone", "4.2 m"],
            ["Effective shaft height", "21 m"],
            ["Kiln gas at the top, dry", "CO2 38-42 %, CO no more than 1.0 %, O2 no more than 0.8 %"],
            ["Kiln gas flow at full output", "about 11500 Nm³/h"],
            ["Top gas temperature", "80-140 °C"],
            ["Burning zone temperature", "1000-1150 °C"],
            ["Lime temperature at the discharge", "below 80 °C"],
            ["Combustion air fan", "15000 Nm³/h at 85 mbar, 55 kW"],
            ["Skip", "2.0 m³, 3400 kg of limestone per charge plus coke"],
            ["Skip hoist", "22 kW, travel 32 m"],
            ["Residual CO2 in the lime", "1.5-3.5 %"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The output of 150 t/day holds only for limestone of the design quality in the size range given. For other "
        "stone qualities Kalkstedt calculates the output on request; do not estimate it from this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The kiln top, the gas main and the lime discharge are gas hazard areas. Follow the site's permit rules "
            "for entry.",
            "Burnt lime reacts with water and burns skin and eyes: wear goggles, gloves and a dust mask at the "
            "discharge.",
            "Keep the skip pit locked while the hoist is in automatic mode.",
            "Never stand under the skip track.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Coke rate"),
            (
                "p",
                "Coke per charge (kg) = limestone per charge (kg) x coke rate (%) / 100. Example: 3400 kg x 7.5 / 100 "
                "= 255 kg. Change the coke rate by no more than 0.2 percentage points per 8 h: the stone takes about "
                "30 h to pass through the shaft, so a change shows in the lime only a day later.",
            ),
            ("h", "Charging rhythm"),
            (
                "p",
                "Charges per hour = limestone feed (t/day) / 24 / limestone per charge (t). Example: 270 / 24 / 3.4 "
                "= 3.3 charges per hour, one about every 18 min.",
            ),
            ("h", "Stock line"),
            (
                "p",
                "The radar keeps the stock line 1.5-2.5 m below the top. The discharge must match the charging: if "
                "the stock line falls more than 3.0 m below the top, K10 stops the discharge grate.",
            ),
            ("h", "Burning zone position"),
            (
                "p",
                "Thermocouples sit at four levels. The burning zone must lie between levels 2 and 3. A reading above "
                "900 °C at level 1 means the zone is rising towards the top; below 600 °C at level 3 it is sinking "
                "towards the discharge.",
            ),
            ("h", "Top gas"),
            (
                "p",
                "Top gas 80-140 °C. Above 180 °C K04 alarms (burning zone too high). Below 60 °C water condenses in "
                "the gas main. CO above 1.5 % is K05 (too much coke, too little air, or fine coke); O2 above 2 % is "
                "K12 (air leaking in at the top, which dilutes the gas for the carbonatation).",
            ),
            ("h", "Shell"),
            (
                "p",
                "The steel shell is normally below 120 °C. A local hot spot above 200 °C means refractory damage: "
                "reduce the output by a third and call the refractory contractor.",
            ),
            ("h", "Lime quality"),
            (
                "p",
                "Residual CO2 in the lime 1.5-3.5 %. Above 5 % the lime is underburnt; below 1 % with slow slaking "
                "it is overburnt.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["K01", "Skip overtravel", "Top limit switch passed. Check the hoist brake and the limit switch."],
            ["K02", "Skip rope slack", "Skip caught in the track or resting on an obstacle. Do not restart the hoist."],
            [
                "K03",
                "Weighing tolerance",
                "Limestone or coke weight of a charge more than ±2 % off its set value. Check the weigh hopper gate.",
            ],
            ["K04", "Top gas hot", "Top gas above 180 °C: burning zone too high. Reduce the air, check the coke rate."],
            ["K05", "CO high", "CO above 1.5 % in the kiln gas."],
            ["K06", "Discharge grate stopped", "Grate drive overload: a lump of sintered lime or a scaffold breaking."],
            ["K07", "Lime hot", "Lime above 100 °C at the discharge: burning zone too low or discharge too fast."],
            ["K08", "Air fan trip", "Combustion air fan stopped. The gas pump runs on at low speed."],
            ["K09", "Distributor position", "Distributor not in its charging position when the skip arrives."],
            ["K10", "Stock line low", "Stock line more than 3.0 m below the top: discharge stopped."],
            ["K12", "O2 high", "O2 above 2 % in the kiln gas."],
            ["K13", "Limestone bin low", "Limestone bin below its low level."],
            ["K14", "Gas analyser", "Sample flow low or the test gas check overdue (more than 31 days)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lime underburnt: hard cores, residual CO2 above 5 %",
                "Coke rate too low, stone too large or too wide a size range, discharge too fast",
                "Raise the coke rate by 0.2 points per 8 h; check the stone screening; slow the discharge",
            ],
            [
                "Lime overburnt, slow to slake",
                "Coke rate too high or burning zone too low and too hot",
                "Lower the coke rate by 0.2 points per 8 h",
            ],
            [
                "CO2 in the kiln gas below 38 %",
                "Air leaking in at the top or the charging seals, too much excess air",
                "Check the O2 reading and the seals; reduce the air",
            ],
            [
                "Stock line does not fall although the grate discharges (hang)",
                "A scaffold of sintered lime and fines bridging the shaft",
                "Clear the hang (section 8)",
            ],
            [
                "Hot spot on the shell",
                "Refractory damage",
                "Reduce the output by a third; call the refractory contractor",
            ],
            ["Lime hot at the discharge (K07)", "Burning zone too low, air flow too low", "Slow the discharge; check the air fan"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Checks each shift"),
    (
        "ol",
        [
            "Read the four burning zone levels and the top gas temperature and note them in the kiln log.",
            "Read the gas analysis: CO2, CO and O2.",
            "Check that the charges per hour match the lime discharged.",
            "Take a lime sample at the discharge and hand it to the laboratory for residual CO2.",
            "Walk round the shell with the infrared thermometer and note any spot above 120 °C.",
            "Check the skip ropes and the hoist brake for anything unusual.",
        ],
    ),
    ("h", "7. Changing the coke rate"),
    (
        "ol",
        [
            "Decide the change from the residual CO2 of the last three lime samples, not from one.",
            "Open SETTINGS > CHARGE on the kiln panel.",
            "Change the coke rate by no more than 0.2 percentage points.",
            "Check the coke weight per charge the panel shows against the formula in section 3.",
            "Note the time and the new rate in the kiln log.",
            "Make no further change for at least 8 h, and judge the effect only after about 30 h.",
        ],
    ),
    ("h", "8. Clearing a hang"),
    (
        "ol",
        [
            "Stop the charging.",
            "Run the discharge grate in PULSE mode and watch the stock line on the radar.",
            "If the stock line has not dropped after 4 h, reduce the combustion air by 20 %.",
            "Keep discharging in PULSE mode; never poke through the charging door or the poke holes with people on "
            "the top platform unless they carry CO monitors and the gas pump runs.",
            "When the stock line drops suddenly, stop the discharge at once and refill the shaft with charges at "
            "the normal coke rate.",
            "If the hang has not cleared after 12 h, call Kalkstedt service. Never use explosives.",
        ],
    ),
    ("h", "9. Banking the kiln for a short stop"),
    (
        "ol",
        [
            "A bank holds the kiln hot for a stop of up to 72 h.",
            "Two hours before the stop, raise the coke rate by 0.5 percentage points for the last four charges.",
            "Fill the shaft to the upper stock line, 1.5 m below the top.",
            "Stop the discharge grate, then the combustion air fan.",
            "Close the air damper and the gas valve to the carbonatation; set the gas pump to the bank setting so "
            "that the top stays at a slight suction.",
            "During the bank, read the burning zone temperatures every 4 h.",
            "To restart, start the air fan at 50 % for 1 h, then discharge and charge at half rate for 4 h before "
            "going back to the full rate.",
            "A restart after more than 72 h is a cold start; it is done under Kalkstedt service supervision and is "
            "not described in this manual.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Zero check of the gas analyser"],
            ["Weekly", "Skip ropes and hoist brake: visual check; grease the distributor bearing"],
            ["Every 31 days", "Test gas check of the analyser (40 % CO2 in nitrogen)"],
            ["Monthly", "Weigh hopper check with test weights; discharge grate wear bars"],
            ["End of campaign", "Refractory inspection by the refractory contractor; thermocouple check"],
            ["Skip ropes", "Replace to the rope maker's discard criteria, as judged by the site's competent person"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Thermocouple type K, burning zone, 1.5 m", "KLK-TC-1500"],
            ["Discharge grate wear bar", "KLK-GW-42"],
            ["Distributor chute liner", "KLK-DL-02"],
            ["Skip rope, 22 mm", "KLK-SR-22"],
            ["Analyser sample filter", "KLK-AF-10"],
            ["Charging door seal", "KLK-CS-150"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Saturova CG carbonatation gassing vessels
SATUROVA = [
    ("title", "Saturova CG Carbonatation Gassing Vessels\nOperation and Maintenance Manual - CG-12 and CG-18"),
    (
        "p",
        "Document STV-OM-CG-07, Edition 1, August 2024. Saturova Process Equipment. The CG-12 and CG-18 are "
        "vertical, open-vented vessels for the first or the second carbonatation of limed beet juice. Kiln gas is "
        "blown in through a ring distributor at the bottom, below a central draft tube; the gas lift and an "
        "external circulation pump keep the juice moving up the draft tube and down the annulus. The juice enters "
        "at the side, leaves over an outlet weir box, and the spent gas leaves through a foam separator and the vent "
        "stack. The pH is measured in a sample loop that cools the juice to 20 °C. The number in the model name is "
        "the working volume in tens of cubic metres. Apart from the values given for each model, the two vessels "
        "are built alike.",
    ),
    (
        "p",
        "Not covered here: the kiln gas itself (see the lime kiln and gas washer manuals); the lime dose, which is "
        "set by the site's process recipe; the defoamer type and dose, which the site chooses; the juice filters "
        "after the carbonatation, which have their own manuals; the descaling chemicals and their strength, which "
        "the site agrees with its chemical supplier.",
    ),
    (
        "warn",
        "DANGER: The vent stack and the space above the juice hold carbon dioxide. Never enter the vessel without "
        "the site's confined space permit, gas testing and a standby person. The juice is hot and alkaline.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CG-12", "CG-18"],
            ["Working volume", "120 m³", "180 m³"],
            ["Juice throughput, first carbonatation", "300-450 m³/h", "450-680 m³/h"],
            ["Inside diameter", "4.4 m", "5.4 m"],
            ["Liquid height above the gas distributor", "6.2 m", "6.8 m"],
            ["Gas distributor nozzles, 10 mm", "360", "540"],
            ["Kiln gas flow, maximum", "8000 Nm³/h", "12000 Nm³/h"],
            ["Gas pressure at the distributor inlet, clean nozzles", "0.62-0.70 bar(g)", "0.68-0.78 bar(g)"],
            ["Circulation pump", "1100 m³/h, 45 kW", "1650 m³/h, 75 kW"],
            ["Juice temperature, first carbonatation", "85-90 °C", "85-90 °C"],
            ["Juice temperature, second carbonatation", "92-96 °C", "92-96 °C"],
            ["Design temperature", "105 °C", "105 °C"],
            ["Vent stack", "DN 500", "DN 600"],
            ["Mass, empty", "26 t", "37 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput ranges hold for first carbonatation of raw juice of 16-18 % dry substance. In the second "
        "carbonatation the same vessel takes up to 20 % more juice than its first carbonatation maximum, because "
        "less gas is needed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work inside, drain the vessel, close and blank the gas inlet, and ventilate until the site's "
            "gas test is passed.",
            "Wear a face shield and gloves when taking juice samples: the juice is alkaline and near boiling.",
            "Do not stand at the vent stack outlet on the roof while gas is flowing.",
            "Foam overflowing the separator is hot and alkaline.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "End pH"),
            (
                "p",
                "First carbonatation: end pH 10.9-11.2. Second carbonatation: end pH 9.0-9.3. Both are measured in "
                "the sample loop at 20 °C. At process temperature the pH reads about one unit lower; never set the "
                "controller from a hot sample.",
            ),
            ("h", "Residence time"),
            (
                "p",
                "Residence time (min) = working volume (m³) x 60 / juice flow (m³/h). Example, CG-12 at 450 m³/h: "
                "120 x 60 / 450 = 16 min. Keep at least 12 min in the first carbonatation and at least 8 min in the "
                "second.",
            ),
            ("h", "CO2 utilisation"),
            (
                "p",
                "Utilisation (%) = (c_in - c_out) / (c_in x (1 - c_out)) x 100, with the CO2 contents of the kiln gas "
                "and the vent gas as fractions. Example: 0.36 in and 0.08 out give (0.36 - 0.08) / (0.36 x 0.92) x "
                "100 = 84.5 %. Expect at least 80 % in the first carbonatation. Below 70 % check the distributor "
                "nozzles.",
            ),
            ("h", "Gas pressure"),
            (
                "p",
                "A rise of more than 0.05 bar above the clean-nozzle pressure at the same gas flow means the nozzles "
                "are scaling; clean them at the next opportunity (section 8). C10 alarms at 0.80 bar(g) (CG-12) or "
                "0.90 bar(g) (CG-18).",
            ),
            ("h", "Level and circulation"),
            (
                "p",
                "The outlet weir fixes the working level. The circulation pump must not run with the level below "
                "60 % (C04). Never feed gas without circulation: the juice above the distributor overheats locally "
                "and scale forms fast.",
            ),
            ("h", "Two vessels in series"),
            (
                "p",
                "When the first carbonatation runs in two vessels in series, the first vessel takes about 70 % of the "
                "gas and ends at pH 11.4-11.6; the second brings the juice to the end pH. Run the first vessel's gas "
                "in ratio to the juice flow, and only the second on pH control.",
            ),
            ("h", "Foam"),
            (
                "p",
                "When foam covers the foam probe for 30 s (C06), reduce the gas by 10 % and dose defoamer as the "
                "site prescribes. Raise the gas again in steps of 5 % once the foam has fallen.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "Gas valve closes, circulation pump stops."],
            ["C02", "Circulation pump trip", "Motor protection or seal water. The gas valve closes after 60 s."],
            ["C03", "Gas pressure low", "Below 0.55 bar(g): kiln gas pump stopped or gas valve closed upstream."],
            ["C04", "Level low", "Level below 60 %: juice feed lost or outlet valve open too far."],
            ["C05", "pH deviation", "End pH more than 0.3 off the set value for 5 min."],
            ["C06", "Foam high", "Foam probe covered for 30 s."],
            ["C07", "Temperature out of range", "Juice outside its range for more than 5 min."],
            ["C08", "Sample loop flow low", "Below 200 L/h: sample cooler or strainer blocked. pH reading frozen."],
            ["C10", "Gas pressure high", "Above 0.80 bar(g) (CG-12) or 0.90 bar(g) (CG-18): nozzles scaled."],
            ["C11", "pH calibration due", "More than 7 days since the last calibration."],
            ["C12", "Outlet valve position", "Outlet valve does not follow its signal."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "End pH hunts up and down by 0.3 or more",
                "Controller too fast for the sample loop delay, or a sticking gas valve",
                "Check the sample loop flow (C08); check the gas valve stroke; reduce the controller gain",
            ],
            [
                "Large gas bubbles breaking the surface, low utilisation",
                "Nozzles blocked or eroded, or gas flow above the maximum",
                "Work out the utilisation (section 3); clean the distributor (section 8)",
            ],
            [
                "Gas pressure creeping up over several days",
                "Nozzles scaling",
                "Plan a distributor cleaning; watch C10",
            ],
            [
                "Foam over the separator",
                "Gas rate too high, or foaming juice from poor beet",
                "Reduce the gas by 10 %; dose defoamer as the site prescribes",
            ],
            [
                "pH reading stuck at one value",
                "Sample loop blocked or probe coated",
                "Check C08; clean and calibrate the probe (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a vessel"),
    (
        "ol",
        [
            "Check that the drain is closed, the manholes are closed and the vent stack is free.",
            "Fill the vessel with limed juice to the weir level.",
            "Start the circulation pump and the sample loop; check the sample flow is above 200 L/h.",
            "Check the juice temperature is in its range (85-90 °C first, 92-96 °C second carbonatation).",
            "Open the gas valve slowly to 30 % of the expected gas flow.",
            "Raise the gas flow in steps of 10 % every 2 min while watching the foam probe.",
            "Switch the pH controller to AUTO when the end pH is within 0.3 of its set value.",
        ],
    ),
    ("h", "7. Calibrating the pH probe"),
    (
        "ol",
        [
            "Switch the pH controller to MANUAL so that the gas valve holds its position.",
            "Close the sample loop isolating valves and take the probe out of its holder.",
            "Rinse the probe with demineralised water and dab it dry.",
            "Put the probe in pH 7.00 buffer at 20 °C and confirm the first point when the reading is steady.",
            "Rinse, then put it in pH 10.01 buffer at 20 °C and confirm the second point.",
            "The transmitter shows the slope and offset: the slope must be 95-102 % and the offset within ±30 mV.",
            "If the slope is below 92 %, replace the probe (STV-PH-20).",
            "Refit the probe, open the sample loop and switch the controller back to AUTO after 10 min.",
        ],
    ),
    ("h", "8. Cleaning the gas distributor"),
    (
        "ol",
        [
            "Take the vessel out of service: close the gas valve, divert the juice to the other vessel or the bypass.",
            "Stop the circulation pump and drain the vessel to the sweet-water tank.",
            "Blank the gas inlet and ventilate; enter only under the site's confined space permit.",
            "Clear each nozzle with the 9 mm drill gauge and flush the ring with water from the flushing connection.",
            "Replace any nozzle whose bore is worn above 11 mm (STV-NZ-10).",
            "After the campaign, descale the whole vessel with the chemicals and strength agreed by the site with "
            "its chemical supplier.",
            "Note the clean-nozzle gas pressure at the first restart as the new reference.",
        ],
    ),
    ("h", "9. Stopping a vessel for a short break"),
    (
        "ol",
        [
            "Switch the pH controller to MANUAL.",
            "Close the gas valve; the juice feed stops with the upstream liming.",
            "Keep the circulation pump running for at least 10 min after the gas has stopped.",
            "For a break of up to 4 h, keep the vessel full and circulating and hold the temperature.",
            "For a longer break, drain the vessel to the sweet-water tank and flush the distributor ring with water "
            "so that no juice dries in the nozzles.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Gas pressure against the clean reference; sample loop flow; foam probe function"],
            ["Every 7 days (C11)", "Calibrate the pH probe (section 7)"],
            ["Monthly", "Clean the sample cooler strainer; check the outlet valve stroke"],
            ["When the gas pressure has risen by more than 0.05 bar", "Clean the distributor (section 8)"],
            ["End of campaign", "Descale the vessel and the draft tube; inspect the circulation pump seal"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CG-12", "CG-18"],
            ["Distributor nozzle 10 mm (set of 20)", "STV-NZ-10", "STV-NZ-10"],
            ["pH probe, high temperature and alkali", "STV-PH-20", "STV-PH-20"],
            ["Sample cooler", "STV-SC-12", "STV-SC-18"],
            ["Circulation pump mechanical seal", "STV-MS-45", "STV-MS-75"],
            ["Foam probe", "STV-FP-01", "STV-FP-01"],
            ["Manhole gasket", "STV-MG-600", "STV-MG-600"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kieselmark-sw-stone-and-weed-catcher.pdf", "Kieselmark KSM-OM-SW-04 Ed 3 - SW-30 / SW-45", KIESELMARK),
        ("haverbeck-rp-flume-beet-pump.pdf", "Haverbeck HVB-BA-RP-11 Ed 2 - RP-350 / RP-450", HAVERBECK),
        ("kalkstedt-ks-shaft-lime-kiln.pdf", "Kalkstedt KLK-BH-KS150-02 Ed 2 - KS-150", KALKSTEDT),
        ("saturova-cg-carbonatation-gassing-vessel.pdf", "Saturova STV-OM-CG-07 Ed 1 - CG-12 / CG-18", SATUROVA),
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
