"""Generate the PDF manuals of the hundred-and-seventy-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set173-scratch/venv && /tmp/set173-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set173-scratch/venv/bin/python knowledge/samples/hundredseventythird/make_pdfs.py

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


# ---------------------------------------------------------------- Opercana FU automatic frame uncapping machines
OPERCANA = [
    ("title", "Opercana FU Automatic Frame Uncapping Machines\nOperation and Maintenance - FU-500 and FU-900"),
    (
        "p",
        "Document OPC-OM-FU-03, Edition 2, March 2025. Opercana Honey Systems. The FU-500 and FU-900 take full "
        "honey frames from an infeed magazine, carry them upright on a chain conveyor between two electrically "
        "heated oscillating knives that cut the cappings from both faces in one pass, and set the uncapped frames "
        "down on the outfeed rail for the extractor. The cappings fall into the stainless cappings tray under the "
        "knives. The FU-500 has a hand-loaded magazine and a mechanical frame pusher; the FU-900 has a longer "
        "magazine and a pneumatic frame pusher. Apart from the items named in this manual, the two models are built "
        "alike. The cappings auger, cappings spinner or melter that takes the cappings from the tray are not part of "
        "the machine and have manuals of their own. The warm room, the compressed air supply and the electrical "
        "installation up to the wall socket or isolator are the site's.",
    ),
    (
        "warn",
        "WARNING: The knives are sharp and run hot (up to 95 °C). Never reach into the knife zone while the machine "
        "is switched on, even when the conveyor has stopped. Switch off at the main switch and let the knives cool "
        "below 40 °C before touching them.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FU-500", "FU-900"],
            ["Uncapping rate, fully capped Langstroth frames", "up to 500 frames/h", "up to 900 frames/h"],
            ["Infeed magazine", "24 frames, loaded by hand", "40 frames, loaded by hand or from a frame conveyor"],
            ["Frame pusher", "mechanical, driven from the conveyor", "pneumatic cylinder"],
            ["Frame top bar length accepted", "440-500 mm", "440-500 mm"],
            ["Frame depth (top bar to bottom bar)", "135-300 mm", "135-360 mm"],
            ["Comb thickness, capped", "30-60 mm", "30-60 mm"],
            ["Knife length", "320 mm", "380 mm"],
            ["Knife heating, per knife", "350 W", "500 W"],
            ["Knife temperature setting", "60-95 °C, default 75 °C", "60-95 °C, default 75 °C"],
            ["Knife oscillation", "600 strokes/min, stroke 14 mm", "600 strokes/min, stroke 14 mm"],
            ["Cutting depth per side", "0-12 mm", "0-12 mm"],
            ["Conveyor drive motor", "0.37 kW", "0.55 kW"],
            ["Supply", "230 V 1~ 50 Hz, 16 A plug", "400 V 3~ 50 Hz, 10 A fuse"],
            ["Total connected power", "1.2 kW", "1.9 kW"],
            ["Compressed air", "not needed", "6-8 bar, 40 L/min (free air) at 6 bar"],
            ["Noise at 1 m, uncapping", "72 dB(A)", "75 dB(A)"],
            ["Length x width x height", "1650 x 720 x 1310 mm", "2150 x 760 x 1420 mm"],
            ["Mass", "165 kg", "240 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The rated uncapping rate holds only for fully capped Langstroth frames with combs at a temperature of at "
        "least 30 °C. With Dadant deep frames expect about 20 % less, and with partly capped or uneven combs the rate "
        "depends on how many frames must be finished by hand.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate, clean or adjust the machine. Long hair must be tied back; no loose "
            "sleeves or gloves with cuffs near the conveyor.",
            "The knife guard and the two side doors are interlocked. Never bridge the interlock switches; opening a "
            "door stops the conveyor and the knives at once (U08).",
            "Hot knives stay hot for about 20 min after switching off. Use the knife cover OPC-KC-01 when the machine "
            "stands with the guard open.",
            "Wax and honey on the floor are slippery. Keep the floor round the machine clean and dry.",
            "On the FU-900, shut the air valve and vent the pusher before working in the magazine: the pusher can move "
            "on residual air.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Comb temperature"),
            (
                "p",
                "Uncap combs at 30-35 °C. Bring supers into a warm room the day before. Below 25 °C the cappings "
                "tear instead of cutting cleanly, the knives drag and frames may jam in the knife zone.",
            ),
            ("h", "Knife temperature"),
            (
                "p",
                "Set 65-85 °C for most combs; the default is 75 °C. Above 85 °C the wax smokes and the honey in the "
                "cappings darkens. After switching on, the knives must reach the setpoint within 8 min, otherwise U02 "
                "or U03 is shown. A separate thermal cut-out on each knife switches its heater off at 110 °C (U04).",
            ),
            ("h", "Cutting depth"),
            (
                "p",
                "Set the depth so that the knives just clear the end bars. Cutting depth per side (mm) = (comb "
                "thickness (mm) - end bar width (mm)) / 2. Example: combs drawn to 48 mm on frames with 35 mm end "
                "bars need (48 - 35) / 2 = 6.5 mm per side. Measure the comb thickness over the cappings on three "
                "frames of the batch and use the smallest value.",
            ),
            ("h", "Frame pusher (FU-900)"),
            (
                "p",
                "Air supply 6-8 bar. Below 5 bar the pusher stops and U07 is shown. The pusher force is set by the "
                "regulator on the valve block: 4 bar for Langstroth frames, 5 bar for Dadant deep frames.",
            ),
            ("h", "Conveyor speed"),
            (
                "p",
                "The conveyor speed is set on the display in steps of 50 frames/h, from 200 frames/h up to the rated "
                "rate of the model. Start a new batch at 300 frames/h and raise the speed only when the cappings come "
                "off cleanly.",
            ),
            ("h", "Hollow patches"),
            (
                "p",
                "Cells below the knife line are not opened by the machine. Open hollow patches by hand with an "
                "uncapping fork on the outfeed rail before the frames go to the extractor.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["U01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            [
                "U02",
                "Knife 1 not at temperature",
                "Front knife below its setpoint after 8 min: heater element, its plug or the PT100 sensor. Check the "
                "element resistance (about 150 ohm on the FU-500, 105 ohm on the FU-900).",
            ],
            ["U03", "Knife 2 not at temperature", "As U02, rear knife."],
            [
                "U04",
                "Knife overtemperature",
                "Thermal cut-out opened at 110 °C. Let the knife cool; check the PT100 sensor and the controller.",
            ],
            [
                "U05",
                "Frame jam in the knife zone",
                "Conveyor motor current too high: cold combs, burr comb on the end bars or a frame outside the sizes "
                "of the technical data. Switch off and clear the frame.",
            ],
            ["U06", "Magazine empty", "No frame at the infeed for 30 s. Load frames and press START."],
            ["U07", "Air pressure low (FU-900)", "Below 5 bar at the valve block. Check the supply and the filter."],
            ["U08", "Guard open", "Knife guard or a side door open."],
            ["U10", "Outfeed full", "Outfeed rail sensor covered for 10 s. Take the frames away."],
            ["U11", "Drive overload", "Motor protection tripped. Find the cause of the overload before resetting."],
            ["U12", "Service due", "250 h of knife running since the last service. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cappings torn and smeared, frames stick at the knives",
                "Combs colder than 25 °C, or knife temperature too low",
                "Warm the supers to 30-35 °C; raise the knife setpoint by 5 °C",
            ],
            [
                "A lot of honey in the cappings tray",
                "Cutting depth too large",
                "Recalculate the depth from the comb and end bar sizes (section 3)",
            ],
            [
                "Patches of cells left capped",
                "Depth too small, or uneven combs",
                "Increase the depth by 1 mm; open the rest by hand with a fork",
            ],
            [
                "Smoke and a smell of burnt wax at the knives",
                "Knife temperature too high, or wax baked onto the knife",
                "Set 75 °C; clean the knives (section 8)",
            ],
            [
                "Frames twist or climb at the infeed",
                "Burr comb or propolis on the end bars, or top bars outside 440-500 mm",
                "Scrape the end bars; sort out frames of other sizes",
            ],
            [
                "Loud rattling from the knife drive",
                "Knife holder bushings worn",
                "Replace the bushing set OPC-BS-12",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a batch"),
    (
        "ol",
        [
            "Check that the cappings tray is empty and the cappings auger (if fitted) is running.",
            "Switch on at the main switch. On the FU-900 open the air valve and check 6-8 bar on the gauge.",
            "Set the knife temperature (default 75 °C) and wait until both knife lamps are steady green.",
            "Measure three frames and set the cutting depth per side (section 3).",
            "Set the conveyor speed to 300 frames/h.",
            "Load the magazine with the top bars resting on both magazine rails; all frames facing the same way.",
            "Press START and watch the first five frames: the cappings must come off as one sheet.",
            "Raise the speed in steps of 50 frames/h while the cut stays clean.",
            "Check each frame on the outfeed rail and open any hollow patches by hand.",
        ],
    ),
    ("h", "7. Replacing a knife"),
    (
        "ol",
        [
            "Switch off at the main switch and lock it. On the FU-900 shut the air valve and vent the pusher.",
            "Wait until the knife has cooled below 40 °C (knife lamp off).",
            "Open the knife guard and fit the knife cover on the other knife.",
            "Unplug the heater and sensor plugs of the knife to be changed.",
            "Undo the two M8 clamp screws of the knife holder and lift the knife out with both hands, cutting edge "
            "away from you.",
            "Clean the holder seat; fit the new knife OPC-KN-320 (FU-500) or OPC-KN-380 (FU-900) with the bevel facing "
            "the comb.",
            "Tighten the clamp screws to 20 Nm and reconnect the plugs.",
            "Set the cutting depth again with the setting gauge OPC-SG-01: the gap between the knife edge and the "
            "gauge must be 0.2-0.5 mm over the whole length.",
            "Close the guard, switch on and check that the knife reaches its setpoint within 8 min.",
        ],
    ),
    ("h", "8. Cleaning at the end of the day"),
    (
        "ol",
        [
            "Run the conveyor empty until no frame is left, then switch the knife heating off.",
            "While the knives are still warm (about 50 °C) scrape wax off them with the plastic scraper supplied. "
            "Never use a metal scraper on the cutting edge.",
            "Switch off at the main switch and empty the cappings tray.",
            "Wash the tray, the conveyor and the frame guides with warm water at 40-50 °C. Do not use a high-pressure "
            "cleaner on the machine.",
            "Dry the chain and oil it lightly with food-grade oil (NSF H1).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the knives, tray and conveyor (section 8)"],
            ["Weekly in the season", "Oil the chain with NSF H1 oil; check the knife holder bushings for play"],
            [
                "250 h of knife running (U12) or 6 months, whichever comes first",
                "Check the chain tension (sag 8-12 mm at the middle of the lower run); check the heater plugs; drain "
                "the air filter (FU-900)",
            ],
            ["1000 h", "Replace the knife drive belt"],
            ["12 months", "Electrical safety test by the site's electrician"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The knives are not reground on site. Send blunt or nicked knives to Opercana service for regrinding, or fit "
        "new ones.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FU-500", "FU-900"],
            ["Uncapping knife", "OPC-KN-320", "OPC-KN-380"],
            ["Knife heater element", "OPC-HE-350", "OPC-HE-500"],
            ["PT100 knife sensor", "OPC-TS-100", "OPC-TS-100"],
            ["Knife holder bushing set", "OPC-BS-12", "OPC-BS-12"],
            ["Conveyor chain", "OPC-CH-500", "OPC-CH-900"],
            ["Knife drive belt", "OPC-DB-05", "OPC-DB-09"],
            ["Depth setting gauge", "OPC-SG-01", "OPC-SG-01"],
            ["Knife cover", "OPC-KC-01", "OPC-KC-01"],
            ["Pusher cylinder seal kit", "-", "OPC-PS-40"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Mellirad MR radial honey extractors
MELLIRAD = [
    ("title", "Mellirad MR Radial Honey Extractors\nUser and Service Manual - MR-30 and MR-52"),
    (
        "p",
        "Document MLR-UM-MR-04, Edition 3, January 2025. Mellirad Extraction Equipment. The MR-30 and MR-52 are "
        "motor-driven radial extractors: the frames stand in the basket like the spokes of a wheel, top bars "
        "outwards, so both faces of each comb are emptied at the same time. The drum, basket and lid are of stainless "
        "steel AISI 304. A frequency inverter ramps the basket up and down, and nine programmes of up to four steps "
        "each can be stored. The honey collects in the sump under the basket and leaves through the honey gate to "
        "the sump tank or a honey pump. The honey pump, the strainer and the tanks downstream have manuals of their "
        "own. The floor, the supply up to the isolator and the anchoring of the extractor are the site's.",
    ),
    (
        "warn",
        "WARNING: Never open the lid or reach into the drum while the basket turns. The lid lock releases only when "
        "the basket has stood still for 5 s. Never run the extractor unloaded at full speed, or loaded on one side "
        "only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MR-30", "MR-52"],
            ["Capacity, shallow (super) frames up to 170 mm deep", "30 frames", "52 frames"],
            ["Capacity, deep frames up to 300 mm deep (every second slot)", "15 frames", "26 frames"],
            ["Drum inside diameter", "1000 mm", "1300 mm"],
            ["Drum height", "900 mm", "1050 mm"],
            ["Basket speed range", "40-330 rpm", "30-280 rpm"],
            ["Drive motor (inverter-fed)", "0.75 kW", "1.1 kW"],
            ["Supply", "230 V 1~ 50 Hz, 10 A", "400 V 3~ 50 Hz, 6 A"],
            ["Sump holding below the basket", "60 kg of honey", "110 kg of honey"],
            ["Sump level warning (E07)", "50 kg", "95 kg"],
            ["Honey gate", "DN 50", "DN 65"],
            ["Mass difference allowed between opposite frames", "1.5 kg", "2.0 kg"],
            ["Anchor bolts", "4 x M10", "4 x M12"],
            ["Noise at 1 m, highest speed, full load", "68 dB(A)", "71 dB(A)"],
            ["Mass, empty", "135 kg", "210 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold for frames with top bars of 440-500 mm. The speeds and extraction times in this manual "
        "are for liquid floral honey at 30-35 °C in drawn combs at least one season old. Heather honey (Calluna) is "
        "thixotropic and is not emptied by spinning alone: loosen it first with a needle roller or a comb loosener, "
        "which are not covered here.",
    ),
    (
        "p",
        "Installation: stand the extractor on a level concrete floor with the honey gate at least 400 mm above the "
        "floor so that a sump tank fits under it; the stand height is chosen when ordering. Fix it with the anchor "
        "bolts of the technical data. The MR-52 must be connected by an electrician through an isolator with a type "
        "B residual current device, because of the inverter. Leave at least 600 mm free round the drum for loading "
        "and cleaning.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Bolt the extractor to the floor before the first run. An extractor that walks on the floor must be "
            "stopped at once.",
            "Keep the lid closed while the basket turns. Never defeat the lid switch.",
            "Lift and carry full supers with a trolley or a lifting aid; a full super can weigh over 25 kg.",
            "Keep the honey gate closed while the basket runs above 150 rpm, unless the sump tank is connected "
            "with a hose: honey splashes out of an open gate.",
            "Switch off at the isolator before cleaning the drum.",
        ],
    ),
    ("h", "3. Programmes and limits"),
    (
        "cols",
        [
            ("h", "Default programme P1"),
            (
                "p",
                "Step 1: ramp to 120 rpm in 60 s and hold 3 min. Step 2: ramp to 250 rpm (MR-30) or 220 rpm (MR-52) "
                "and hold 6 min. Step 3: ramp down to stop in 90 s. P1 suits full combs of liquid honey at 30-35 °C. "
                "Below 25 °C the honey flows slowly and the times at least double.",
            ),
            ("h", "New combs"),
            (
                "p",
                "White combs drawn this season are soft. Do not exceed 180 rpm (MR-30) or 150 rpm (MR-52) with them, "
                "and hold the first step for at least 5 min so that the combs lose weight before the speed rises. "
                "Programme P2 is stored for this, with the same limits.",
            ),
            ("h", "Loading and balance"),
            (
                "p",
                "Load the frames in pairs, one opposite the other. The masses of two opposite frames may differ by "
                "no more than 1.5 kg (MR-30) or 2.0 kg (MR-52). Fill empty slots with empty combs so that the load "
                "stays even.",
            ),
            ("h", "Imbalance trip"),
            (
                "p",
                "A vibration sensor on the drum stops the basket when the vibration rises above 6 mm/s (E05). Below "
                "4 mm/s running is normal; between 4 and 6 mm/s the display shows the vibration value in yellow.",
            ),
            ("h", "Sump"),
            (
                "p",
                "Honey must not reach the bottom of the basket. The level sensor warns at 50 kg (MR-30) or 95 kg "
                "(MR-52) and stops the next programme from starting (E07). Open the honey gate or run the honey pump "
                "before the sump is full.",
            ),
            ("h", "Editing programmes"),
            (
                "p",
                "Each step has a speed (in steps of 10 rpm), a ramp time of 10-180 s and a hold time of 0-20 min. "
                "Programmes P1 and P2 can be changed but are restored by FACTORY RESET.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["E01", "Lid open", "Lid not closed or lid switch faulty. Close the lid and press START again."],
            ["E02", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "E03",
                "Motor overcurrent",
                "Basket blocked, bearing tight, or a ramp time set too short for the load. Lengthen the ramp.",
            ],
            [
                "E04",
                "Inverter overtemperature",
                "Inverter above 80 °C: cooling fan blocked or room above 40 °C. Let it cool 15 min.",
            ],
            [
                "E05",
                "Imbalance",
                "Vibration above 6 mm/s. Stop, weigh the frames and load them in balanced pairs.",
            ],
            [
                "E06",
                "Brake resistor hot",
                "Too many stops from full speed in a short time. Wait 10 min; use longer ramp-down times.",
            ],
            ["E07", "Sump full", "Level sensor reached. Drain the sump before starting again."],
            ["E09", "Speed sensor", "No speed signal while the motor runs. Check the sensor gap (1-2 mm)."],
            ["E10", "Undervoltage", "Supply voltage below 195 V (MR-30) or 340 V (MR-52) during running."],
            ["E11", "Service due", "500 h of running since the last service. The extractor still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Combs break or blow out of the frames",
                "Speed too high for new or heavy combs, or first step too short",
                "Use P2 for new combs; keep under the new-comb limits (section 3)",
            ],
            [
                "Extractor shakes and walks at speed",
                "Unequal loading, or the anchor bolts loose",
                "Weigh and pair the frames; tighten the anchors",
            ],
            [
                "Frames still heavy after the programme",
                "Honey cold (below 25 °C), heather honey, or crystallised honey in the cells",
                "Warm the supers to 30-35 °C and lengthen the hold times; loosen heather honey first",
            ],
            [
                "Basket coasts for a long time, E06 after a few runs",
                "Brake resistor overheating from short ramp-down times",
                "Set a ramp-down of at least 60 s",
            ],
            [
                "Honey foams at the honey gate",
                "Honey falling freely into the sump tank",
                "Lead the honey down a hose to below the surface in the tank",
            ],
            [
                "Squealing from under the drum",
                "Lower bearing short of grease",
                "Grease the lower bearing (section 9)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and running a programme"),
    (
        "ol",
        [
            "Check that the honey gate is closed, or that the hose to the sump tank is connected.",
            "Weigh the frames and sort them into pairs that meet the mass difference allowed for the model.",
            "Open the lid and load the pairs into opposite slots, top bars against the outer ring, all combs leaning "
            "the same way.",
            "Fill any empty slots with empty combs.",
            "Close the lid and choose the programme: P1 for old combs, P2 for new combs.",
            "Press START. Watch the vibration value during the first ramp; stop if it stays yellow.",
            "When the programme ends and the basket has stood still for 5 s, the lid unlocks.",
            "Take the frames out in pairs and check them against the light: an emptied comb shows no honey in the "
            "cells.",
        ],
    ),
    ("h", "7. Draining the sump"),
    (
        "ol",
        [
            "Stop the basket, or drain between two loads.",
            "Place the sump tank or connect the honey pump hose to the honey gate.",
            "Open the gate slowly; honey at 30 °C flows out of a DN 50 gate at roughly 10 kg/min.",
            "Close the gate when only a thin film remains; the level warning clears when the sump is below 20 kg.",
        ],
    ),
    ("h", "8. Cleaning"),
    (
        "ol",
        [
            "Drain the sump fully and switch off at the isolator.",
            "Lift out the removable basket frame guides (MR-52: the basket ring in two halves).",
            "Wash the drum, basket and guides with warm water no hotter than 45 °C; honey dissolves without detergent.",
            "Rinse with clean water and leave the lid open until the drum is dry.",
            "Wipe the motor housing and the inverter box with a damp cloth only.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each day of extracting", "Clean the drum and basket (section 8)"],
            ["Monthly in the season", "Check the anchor bolts (40 Nm M10, 70 Nm M12); check the lid switch"],
            [
                "500 h (E11) or 12 months, whichever comes first",
                "Grease the lower bearing with NSF H1 grease: 10 g (MR-30) or 15 g (MR-52); check the drive belt "
                "tension",
            ],
            ["2 years", "Clean the inverter fan and the heat sink"],
            ["When noisy or with play", "Lower bearing replacement by Mellirad service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "MR-30", "MR-52"],
            ["Honey gate complete", "MLR-HG-50", "MLR-HG-65"],
            ["Lid switch", "MLR-LS-02", "MLR-LS-02"],
            ["Drive belt", "MLR-DB-30", "MLR-DB-52"],
            ["Speed sensor", "MLR-SS-01", "MLR-SS-01"],
            ["Frame guide set", "MLR-FG-30", "MLR-FG-52"],
            ["Vibration sensor", "MLR-VS-06", "MLR-VS-06"],
            ["Brake resistor", "MLR-BR-075", "MLR-BR-110"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cristalvo CT honey creaming tanks
CRISTALVO = [
    ("title", "Cristalvo CT Honey Creaming Tanks\nOperating and Maintenance Instructions - CT-300 and CT-600"),
    (
        "p",
        "Document CRV-OI-CT-02, Edition 1, June 2024. Cristalvo Dairy and Honey Process. The CT-300 and CT-600 are "
        "water-jacketed stainless steel tanks with a slow anchor stirrer and spring-loaded scrapers, made to turn "
        "liquid honey into creamed (set) honey by seeding it with finely crystallised honey, cooling it and stirring "
        "it at intervals until it sets. The jacket water is heated by an electric heater in the jacket circuit and "
        "cooled with chilled water from the site's chiller. The controller runs the creaming programme and logs the "
        "honey and jacket temperatures. The chiller, the chilled water pipework, the liquefying of the raw honey and "
        "the jar filler are not covered by this manual.",
    ),
    (
        "p",
        "Installation: set the tank on a level floor that carries the full tank (630 kg for the CT-300, 1120 kg for "
        "the CT-600 with a full charge) on its four legs; the load cells under the legs need no more than 2 mm "
        "difference in height between the feet, set with the levelling screws. Connect the chilled water flow and "
        "return with the hoses supplied, and fit a strainer in the flow line. The tank must stand in a room that "
        "stays below 25 °C while creaming, otherwise the chiller has to remove the room heat as well. The chiller "
        "size, the glycol content of the chilled water and the pipework are chosen by the site or its refrigeration "
        "contractor; Cristalvo gives only the flow and temperature needed at the tank.",
    ),
    (
        "warn",
        "WARNING: The stirrer has a high torque at low speed and does not stop if a hand or a tool is caught. Never "
        "open the inspection hatch while the stirrer runs; the hatch switch stops it, but never rely on it for "
        "cleaning: switch off and lock the isolator.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-300", "CT-600"],
            ["Working capacity, honey (liquid honey plus seed)", "300 kg", "600 kg"],
            ["Gross volume", "240 L", "480 L"],
            ["Stirrer speed", "4-24 rpm", "3-18 rpm"],
            ["Stirrer gearmotor", "0.55 kW", "1.1 kW"],
            ["Jacket heater", "3 kW", "6 kW"],
            ["Jacket water content", "45 L", "80 L"],
            ["Chilled water supply, 6-10 °C", "at least 15 L/min", "at least 25 L/min"],
            ["Jacket design pressure / safety valve", "0.5 bar / 0.5 bar", "0.5 bar / 0.5 bar"],
            ["Bottom outlet, plug valve", "DN 65", "DN 80"],
            ["Supply 400 V 3~ 50 Hz", "16 A", "32 A"],
            ["Gearbox oil, food grade ISO VG 460", "1.2 L", "2.0 L"],
            ["Mass, empty, jacket filled", "330 kg", "520 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The working capacity is for honey of about 1.42 kg/L. The creaming times and temperatures in this manual "
        "are for floral honeys with a moisture content of 17-18.5 % seeded with a fine creamed honey seed; other "
        "honeys may need other settings, which Cristalvo cannot give in advance.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Switch off and lock the isolator before opening the hatch or the lid, and before reaching into the tank.",
            "Never pressurise the jacket above 0.5 bar. Keep the jacket vent open when filling or draining the jacket.",
            "The jacket water can reach 60 °C. Let it cool before opening any jacket connection.",
            "Cleaning agents must be approved for food contact; rinse the tank with clean water after any cleaning "
            "agent.",
        ],
    ),
    ("h", "3. Creaming programme and settings"),
    (
        "cols",
        [
            ("h", "Liquid honey"),
            (
                "p",
                "The honey must be liquid, strained and free of crystals when it is pumped in. Liquefying is done "
                "beforehand in a warming cabinet or a liquefier; the CT tanks are not made to dissolve crystals. "
                "Cool it in the tank to the seeding temperature before the seed goes in.",
            ),
            ("h", "Seed quantity"),
            (
                "p",
                "Seed (kg) = liquid honey (kg) x seed ratio. The default seed ratio is 0.10 (10 %), settable 0.05-0.15. "
                "Liquid honey plus seed must not exceed the working capacity. Example for a full CT-300: 270 kg of "
                "liquid honey + 27 kg of seed = 297 kg.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Seeding: honey at 24-27 °C. Creaming: hold the honey at 14 °C ±1 °C. The jacket water is never more "
                "than 15 °C warmer than the honey, and never colder than 4 °C. Warming for filling: 26-28 °C, never "
                "above 30 °C, or the cream loses its texture.",
            ),
            ("h", "Stirring"),
            (
                "p",
                "While seeding: 15 min at 12 rpm (CT-300) or 9 rpm (CT-600). While creaming: 5 min every 60 min at "
                "6 rpm (CT-300) or 4 rpm (CT-600). Stir slowly: fast stirring folds in air, which shows as white "
                "streaks (frosting) in the jars.",
            ),
            ("h", "Stirrer torque"),
            (
                "p",
                "If the torque stays above 85 % of the rated torque for more than 10 s, stirring pauses for 30 min "
                "and C06 is shown. This is normal towards the end of creaming; raise the honey setpoint by 2 °C if it "
                "repeats.",
            ),
            ("h", "End of creaming"),
            (
                "p",
                "Creaming usually takes 3-6 days. The honey is ready when a sample spread on a cold plate holds its "
                "shape and feels smooth on the tongue. The final firmness for a customer's own recipe is set by that "
                "customer; this manual gives no viscosity target.",
            ),
        ],
    ),
    ("h", "4. Controller messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["C01", "Hatch open", "Inspection hatch or lid open. Close it; the stirrer restarts on START."],
            ["C02", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "C03",
                "Jacket low",
                "Jacket water level switch open. Top up the jacket with softened water through the filler.",
            ],
            [
                "C04",
                "Jacket overtemperature",
                "Jacket water above 62 °C. Heater contactor or jacket sensor faulty; the heater is switched off.",
            ],
            [
                "C05",
                "No cooling",
                "Honey not below 20 °C after 6 h of cooling: chiller off, valve closed or flow below the minimum.",
            ],
            [
                "C06",
                "Stirrer torque high",
                "Torque above 85 % for 10 s. Stirring pauses 30 min; see section 3.",
            ],
            ["C07", "Motor overload", "Motor protection tripped. Check for a foreign body before resetting."],
            [
                "C09",
                "Honey sensor fault",
                "PT100 in the tank wall open or short. The programme holds the last jacket setpoint.",
            ],
            ["C10", "Seed not confirmed", "The seeding step waits for the operator to confirm that the seed is in."],
            ["C11", "Outlet valve open", "Outlet valve open during creaming. Close it."],
            ["C12", "Service due", "4000 h of stirrer running since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Creamed honey gritty or coarse on the tongue",
                "Coarse seed, or the honey held too warm while creaming",
                "Use a fine seed; check that the honey stays at 14 °C ±1 °C",
            ],
            [
                "Honey still runny after 7 days",
                "Seed ratio too low, seed added too warm, or a honey slow to crystallise",
                "Add seed up to a ratio of 0.15; check the seeding temperature",
            ],
            [
                "White streaks in the jars (frosting)",
                "Air stirred in, or honey filled too cold",
                "Reduce the stirrer speed; warm to 26-28 °C before filling",
            ],
            [
                "Stirrer stops every hour with C06",
                "Honey setting firm",
                "Raise the honey setpoint by 2 °C; empty the tank soon",
            ],
            [
                "Honey warms up although cooling is on",
                "Chilled water too warm or flow too low",
                "Check the chiller and the flow (technical data)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a creaming batch"),
    (
        "ol",
        [
            "Check the jacket water level (no C03) and open the chilled water valves.",
            "Close the bottom outlet valve.",
            "Pump the liquid honey in; the display shows the mass from the load cells.",
            "Select CREAM and enter the liquid honey mass and the seed ratio; the controller shows the seed quantity.",
            "Let the controller cool the honey to the seeding temperature of 24-27 °C, stirring at the seeding speed.",
            "Add the seed through the hatch while the stirrer stands, close the hatch and confirm SEED (C10 clears).",
            "The controller stirs the seed in for 15 min, then cools the honey to 14 °C and stirs 5 min every hour.",
            "Take a sample every day from the outlet sampling cock and check the texture.",
        ],
    ),
    ("h", "7. Emptying the tank for filling"),
    (
        "ol",
        [
            "Select WARM FOR FILLING; the controller raises the honey to the filling setpoint (default 27 °C) with "
            "the jacket at most 15 °C above the honey.",
            "Stir at 6 rpm (CT-300) or 4 rpm (CT-600) during warming.",
            "When the honey has been at the setpoint for 2 h, connect the filler feed hose or the pump to the outlet.",
            "Open the outlet valve fully and stop the stirrer when the level falls below the lowest scraper arm.",
            "Keep 10 % of the batch as seed for the next batch if it is smooth; store it in a closed container below "
            "14 °C.",
        ],
    ),
    ("h", "8. Cleaning the tank"),
    (
        "ol",
        [
            "Empty the tank and switch off and lock the isolator.",
            "Set the jacket to 45 °C and fill the tank a quarter full with warm water.",
            "Run the stirrer at the highest speed for 20 min, then drain.",
            "Remove the scraper blades and clean them by hand; check their lips.",
            "Rinse the tank with clean water and leave the hatch open to dry.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each batch", "Clean the tank (section 8)"],
            ["Monthly", "Check the scraper blades: replace a blade when its lip is worn to 3 mm"],
            ["6 months", "Check the jacket water; the site's water treatment supplier sets the inhibitor dose"],
            [
                "4000 h (C12) or 2 years, whichever comes first",
                "Change the gearbox oil: 1.2 L (CT-300) or 2.0 L (CT-600) of food-grade ISO VG 460",
            ],
            ["12 months", "Test the jacket safety valve by lifting its lever"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CT-300", "CT-600"],
            ["Scraper blade (set)", "CRV-SB-300", "CRV-SB-600"],
            ["Stirrer shaft seal", "CRV-SS-40", "CRV-SS-55"],
            ["Jacket heater element", "CRV-JH-3", "CRV-JH-6"],
            ["Honey PT100 sensor", "CRV-PT-01", "CRV-PT-01"],
            ["Jacket safety valve 0.5 bar", "CRV-SV-05", "CRV-SV-05"],
            ["Outlet plug valve seal", "CRV-PV-65", "CRV-PV-80"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Ceranholt SP-300 slumgum wax press
CERANHOLT = [
    ("title", "Ceranholt SP-300 Steam-Heated Slumgum Wax Press\nOperating Manual"),
    (
        "p",
        "Document CNH-OM-SP300-01, Edition 4, November 2024. Ceranholt Wax Rendering Machinery. The SP-300 recovers "
        "beeswax from slumgum, the dark residue left when old combs and cappings are melted, and from cappings "
        "residues. The charge is built up as a stack of layers, each wrapped in a press cloth and separated by "
        "stainless steel racks, inside a steam-jacketed press chamber. Live steam is injected into the chamber to keep "
        "the wax liquid, and a hydraulic cylinder presses the stack from below. The wax runs out through the heated "
        "spout into a settling tank. The steam boiler, the settling tank, the wax moulds and the melter that produces "
        "the slumgum are not part of the press and have their own manuals. The pressed cake (press cake) is a waste "
        "for the site to dispose of under local rules.",
    ),
    (
        "warn",
        "WARNING: Hot wax, steam and hot water cause severe burns. Wear the face shield, the heat-resistant gloves "
        "and the apron when opening the chamber. Never open the chamber door while there is steam pressure in the "
        "chamber or the ram is under pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SP-300"],
            ["Maximum press force", "300 kN at 195 bar"],
            ["Cylinder bore / ram stroke", "140 mm / 450 mm"],
            ["Press force per bar of hydraulic pressure", "1.54 kN"],
            ["Relief valve setting", "210 bar"],
            ["Press chamber, inside", "500 x 500 mm, 700 mm high"],
            ["Charge", "up to 8 layers, each no more than 15 kg of slumgum"],
            ["Pressing speed / return speed", "5 mm/s / 20 mm/s"],
            ["Jacket steam, saturated", "1.0-2.0 bar (gauge); safety valve 3.0 bar"],
            ["Steam consumption, jacket and chamber", "about 40 kg/h"],
            ["Hydraulic power pack", "2.2 kW, oil ISO VG 46, 25 L"],
            ["Supply", "400 V 3~ 50 Hz, 10 A"],
            ["Wax spout", "DN 40, trace-heated, 300 W"],
            ["Mass", "980 kg"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The press is made for beeswax slumgum and cappings residues only. Pressing other fats, paraffin or "
        "propolis is not covered. Wax yields depend on the slumgum: from slumgum out of a steam melter the pressed "
        "cake typically keeps 8-12 % of wax when the three-stage programme of section 3 is run at a chamber "
        "temperature of 90-98 °C.",
    ),
    (
        "p",
        "Installation: set the press on a level concrete floor that carries at least 15 kN/m² and fix it with the "
        "four M16 anchors supplied; the floor design is the site's. Connect the jacket steam through a reducing "
        "valve and a strainer, and lead the condensate from the steam trap to a drain or the condensate return. The "
        "steam boiler, its feed water treatment and the steam pipework up to the press isolating valve are supplied "
        "and maintained by the site or its boiler contractor. The settling tank under the wax spout must hold at "
        "least one full charge of wax and water, about 60 L, and must be heated or insulated so that the wax stays "
        "liquid while the water and the dirt settle out.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The steam jacket is a pressure vessel. Its periodic inspection is carried out by the site's competent "
            "person under national pressure equipment rules; this manual does not replace it.",
            "Check that the chamber door is locked with both bolts before admitting steam or pressing.",
            "Open the chamber vent and wait until the chamber pressure gauge reads 0 bar before opening the door.",
            "Molten wax above 120 °C can ignite. Never heat the chamber with a flame or an electric heater.",
            "Let the pressed cake cool for at least 30 min before handling it without gloves.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Chamber temperature"),
            (
                "p",
                "Press only when the chamber thermometer shows at least 90 °C; the wax melts at 62-64 °C but flows "
                "out of the cloths freely only above 85 °C. Keep the chamber at 90-98 °C. Above 100 °C the wax "
                "darkens.",
            ),
            ("h", "Steam"),
            (
                "p",
                "Jacket steam 1.0-2.0 bar. Above 2.5 bar the pressure switch closes the steam valve (W05). Live steam "
                "into the chamber: 10-20 s bursts, no more than one burst per minute, to keep the charge wet and hot. "
                "Too much live steam gives wax with water in it.",
            ),
            ("h", "Pressing stages"),
            (
                "p",
                "Stage 1: raise to 60 bar and hold 5 min. Stage 2: raise to 120 bar and hold 10 min. Stage 3: raise "
                "to 195 bar and hold 15 min. Never press above 195 bar. Press force (kN) = hydraulic pressure (bar) x "
                "1.54. Example: stage 2 at 120 bar gives 120 x 1.54 = 185 kN.",
            ),
            ("h", "Pressure hold"),
            (
                "p",
                "During a hold the pressure may fall as the wax runs out; the pump tops it up. If the pressure falls "
                "by more than 10 bar in 5 min with the pump off (test mode), a valve or a cylinder seal leaks.",
            ),
            ("h", "Charge"),
            (
                "p",
                "No more than 8 layers of no more than 15 kg of slumgum each, so at most 120 kg per charge. Fold the "
                "cloth so that it overlaps by at least 100 mm. Use a rack between every two layers.",
            ),
            ("h", "Press cloths"),
            (
                "p",
                "Replace a cloth after 40 pressings or at the first tear, whichever comes first. Use only the nylon "
                "cloths CNH-PC-60. Wash the cloths in water at 70-80 °C after each day to remove wax.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["W02", "Door not locked", "Door bolt switches open. Lock both bolts."],
            [
                "W03",
                "Chamber too cold",
                "Below 90 °C at the start of a stage. Check the steam supply, the jacket steam trap and the valve.",
            ],
            ["W04", "Overpressure hydraulic", "Pressure above 200 bar. Pressure switch or valve faulty; stop pressing."],
            ["W05", "Steam pressure high", "Jacket above 2.5 bar. Steam valve closed; check the reducing valve."],
            ["W06", "Oil temperature high", "Hydraulic oil above 65 °C. Let it cool; check the cooler fan."],
            [
                "W08",
                "Pressure hold fault",
                "Pressure fell by more than 10 bar in 5 min in test mode. Leaking valve or cylinder seal.",
            ],
            ["W09", "Oil level low", "Top up with ISO VG 46."],
            ["W10", "Spout heater fault", "Wax spout heater open circuit; the wax may set in the spout."],
            ["W11", "Service due", "1000 pressing cycles since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wax comes out dark or brown",
                "Chamber above 100 °C, slumgum held hot for hours, or contact with iron or copper",
                "Keep 90-98 °C; use only stainless containers",
            ],
            [
                "Wax cloudy, water and wax mixed",
                "Too much live steam",
                "Shorter steam bursts; let the wax settle in the settling tank",
            ],
            [
                "Cloth bursts during pressing",
                "Layer over 15 kg, cloth overlap too small, or pressure raised too fast",
                "Build smaller layers; follow the pressing stages",
            ],
            [
                "Little wax, cake still greasy",
                "Chamber too cold, or the stages cut short",
                "Check 90 °C before each stage; run the full hold times",
            ],
            [
                "Ram does not return",
                "Return valve coil or the pump",
                "Check the valve coil; the ram can be lowered with the hand valve under the power pack",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Building a charge"),
    (
        "ol",
        [
            "Check that the ram is fully down and the chamber drained of water.",
            "Place the bottom rack on the ram plate.",
            "Lay a press cloth over the rack with equal overhang on all sides.",
            "Fill no more than 15 kg of warm slumgum into the cloth and spread it to an even layer.",
            "Fold the cloth over the layer, overlapping by at least 100 mm.",
            "Repeat for the next layers, with a rack between every two layers, up to 8 layers.",
            "Put the top plate on the stack and close and lock the door.",
        ],
    ),
    ("h", "7. Pressing cycle"),
    (
        "ol",
        [
            "Open the jacket steam valve and set 1.0-2.0 bar on the reducing valve.",
            "Give live steam in bursts of 10-20 s until the chamber reaches 90 °C.",
            "Check that the wax spout heater lamp is on and the settling tank is in place.",
            "Press START: the press runs the three stages of section 3.",
            "During the holds give one steam burst per minute at most.",
            "At the end, the ram returns; close the steam valves.",
            "Open the chamber vent and wait for 0 bar before opening the door.",
        ],
    ),
    ("h", "8. Emptying the chamber"),
    (
        "ol",
        [
            "Wear the face shield and heat-resistant gloves.",
            "Unlock and open the door.",
            "Raise the stack with the JOG button until the top layer is level with the door sill.",
            "Take out the layers one by one, open the cloths and drop the cakes into the cake bin.",
            "Scrape the racks and put the cloths in the wash bin.",
            "Lower the ram fully and drain the chamber through the bottom drain valve.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Drain the jacket steam trap strainer; check the chamber door seal"],
            ["Weekly", "Check the hydraulic oil level and the hoses; clean the wax spout"],
            ["1000 cycles (W11)", "Pressure hold test in test mode; check the door bolts and switches"],
            [
                "2000 h or 2 years, whichever comes first",
                "Change the hydraulic oil (25 L ISO VG 46) and the return filter",
            ],
            ["12 months", "Function test of the steam safety valve by the site's competent person"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Press cloth, nylon, 1200 x 1200 mm", "CNH-PC-60"],
            ["Stainless rack", "CNH-RK-50"],
            ["Chamber door seal", "CNH-DS-500"],
            ["Cylinder seal kit", "CNH-CS-140"],
            ["Return filter", "CNH-RF-25"],
            ["Steam safety valve 3.0 bar", "CNH-SV-30"],
            ["Wax spout heater 300 W", "CNH-WH-300"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("opercana-fu-frame-uncapping-machine.pdf", "Opercana OPC-OM-FU-03 Ed 2 - FU-500 / FU-900", OPERCANA),
        ("mellirad-mr-radial-honey-extractor.pdf", "Mellirad MLR-UM-MR-04 Ed 3 - MR-30 / MR-52", MELLIRAD),
        ("cristalvo-ct-honey-creaming-tank.pdf", "Cristalvo CRV-OI-CT-02 Ed 1 - CT-300 / CT-600", CRISTALVO),
        ("ceranholt-sp-slumgum-wax-press.pdf", "Ceranholt CNH-OM-SP300-01 Ed 4 - SP-300", CERANHOLT),
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
