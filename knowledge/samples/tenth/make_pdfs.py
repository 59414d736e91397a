"""Generate the PDF manuals of the tenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv10 && /tmp/pdfvenv10/bin/pip install fpdf2
    /tmp/pdfvenv10/bin/python knowledge/samples/tenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the operating pages of the pipe threading machine manual."""
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


# ---------------------------------------------------------------- Augerton SC tubular screw conveyor
AUGERTON = [
    ("title", "Augerton SC Series Tubular Screw Conveyors\nInstallation, Operation and Maintenance - SC-160 and SC-250"),
    (
        "p",
        "Document ABH-IOM-SC-03, Revision C, March 2023. Augerton Bulk Handling Ltd. This manual covers the "
        "SC-160 and SC-250 tubular screw conveyors for free-flowing and moderately sluggish powders, granules "
        "and pellets, horizontal or inclined. Each conveyor has a shaft-mounted helical gearmotor at the "
        "discharge end, a flanged end bearing and packed gland seal at each end, and a zero-speed sensor on the "
        "tail shaft. The heavy-duty SC-315 and the Augerton FS flexible screw conveyors have their own manuals.",
    ),
    (
        "warn",
        "WARNING: A turning screw cuts and crushes. Lock the isolator off and check that the screw has stopped "
        "before opening an inspection cover, removing the inlet grid or reaching into the inlet or outlet. "
        "Never run the conveyor with an inspection cover open or the inlet grid removed; the grid mesh must "
        "not be larger than 50 mm.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SC-160", "SC-250"],
            ["Tube outside diameter", "168 mm", "273 mm"],
            ["Screw flight diameter / pitch", "150 / 150 mm", "240 / 240 mm"],
            ["Screw speed range (inverter)", "30-150 rpm", "25-120 rpm"],
            ["Capacity, horizontal, at maximum speed", "9 m³/h", "32 m³/h"],
            ["Gearmotor power", "2.2 kW", "5.5 kW"],
            ["Gearbox oil quantity", "0.9 L", "2.1 L"],
            ["Max. length between bearings", "6 m", "8 m"],
            ["Shear pin (drive coupling)", "AUG-SP-160, M8", "AUG-SP-250, M10"],
            ["Gland packing rings per end", "3", "4"],
        ],
        (78, 41, 41),
    ),
    (
        "p",
        "Conditions: the capacities are for a free-flowing product of bulk density 1.0 t/m³ at a trough fill of "
        "45%. For sluggish or abrasive products set the feed so that the fill does not exceed 30%. When the "
        "conveyor is inclined, multiply the horizontal capacity by the incline factor: 0.75 at 15°, 0.5 at 30° "
        "and 0.3 at 45°. The conveyors must not be inclined more than 45°. A conveyor longer than the maximum "
        "length between bearings needs an intermediate hanger bearing.",
    ),
    (
        "p",
        "Product temperature: 5-80 °C with the standard PTFE-graphite gland packing and NBR cover seals. The "
        "high-temperature build (suffix -HT, aramid packing and silicone seals) is rated up to 150 °C.",
    ),
    ("h", "2. Controls and protection"),
    (
        "p",
        "The conveyor is started from the inverter panel. Start the conveyor empty or with the inlet closed and "
        "let it run before opening the feed. At stop, close the feed first and run the screw for at least 2 minutes "
        "so that it empties; a tube left full of a product that sets or cakes can stall the drive at the next "
        "start. The panel shows alarm codes A1 to A5:",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Likely cause", "Remedy"],
            ["A1", "Zero speed: no tail-shaft pulses within 5 s of start", "Shear pin broken; sensor gap too large; motor not turning", "Replace the shear pin (section 4); set sensor gap to 2-4 mm"],
            ["A2", "Plugged chute: paddle switch at outlet tripped", "Outlet blocked or downstream equipment stopped", "Clear the outlet; start downstream first"],
            ["A3", "Motor overload (inverter current limit)", "Overfeeding; product denser than 1.0 t/m³; foreign object", "Reduce the feed; remove the object; check the fill"],
            ["A4", "Inspection cover open", "Cover interlock switch open", "Close and bolt the cover; check the switch"],
            ["A5", "Bearing temperature high (optional RTD)", "End bearing above 85 °C: lack of grease or gland too tight", "Grease the bearing; slacken the gland"],
        ],
        (14, 48, 52, 52),
    ),
    ("h", "3. Lubrication"),
    (
        "table",
        [
            ["Point", "Lubricant", "SC-160", "SC-250", "Interval"],
            ["End bearings (2)", "EP2 lithium complex grease", "5 g each", "8 g each", "every 200 h"],
            ["Hanger bearing (UHMW bush)", "none - runs dry", "-", "-", "-"],
            ["Gearbox", "ISO VG 220 mineral gear oil (CLP)", "0.9 L", "2.1 L", "every 10,000 h or 2 years"],
        ],
        (40, 46, 24, 24, 32),
    ),
    (
        "p",
        "For food products use H1 food-grade grease of NLGI grade 2.",
    ),
    ("h", "4. Replacing the shear pin"),
    (
        "p",
        "The drive coupling between the gearmotor hollow shaft and the screw is held by a shear pin that breaks "
        "if the screw jams, to protect the gearbox and the flights. A broken pin shows as alarm A1 with the motor "
        "running. Use only the Augerton pin (grade 4.6 steel, necked). Never replace it with a hardened bolt: the "
        "next jam would twist the screw or split the gearbox housing.",
    ),
    (
        "ol",
        [
            "Lock off the isolator. Close the feed slide above the inlet.",
            "Find and remove the cause of the jam through the inspection covers.",
            "Remove the coupling guard and drive out the pin halves with a punch.",
            "Turn the screw by hand to line up the holes; fit the new pin AUG-SP-160 or AUG-SP-250 and the nyloc nut; tighten to 10 N·m (M8) or 20 N·m (M10).",
            "Refit the guard, reset the alarm and run the conveyor empty for 1 minute before opening the feed.",
        ],
    ),
    ("h", "5. Adjusting and repacking the glands"),
    (
        "p",
        "If product leaks, tighten both gland nuts evenly by "
        "1/4 turn with the conveyor running and check again after 10 minutes. The gland must stay cool enough "
        "to touch; an overtight gland wears the shaft. When no adjustment is left, repack:",
    ),
    (
        "ol",
        [
            "Lock off and empty the conveyor.",
            "Remove the gland follower and pull out the old rings with a packing hook.",
            "Cut new rings of 10 mm square packing with 45° joints; fit 3 rings (SC-160) or 4 rings (SC-250), joints staggered by 90°.",
            "Refit the follower and tighten the nuts finger-tight plus 1/4 turn.",
            "Run for 30 minutes and tighten a further 1/4 turn if the gland still leaks.",
        ],
    ),
    ("h", "6. Hanger bearings"),
    (
        "p",
        "Conveyors longer than the maximum length between bearings have one or more hanger bearings with a "
        "UHMW polyethylene split bush that runs dry. Check the bush every 3 months: lift the screw coupling shaft "
        "with a lever and measure the clearance with feeler gauges. Replace the bush when the clearance exceeds "
        "3 mm.",
    ),
    ("h", "7. Maintenance intervals"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the glands for leaks and heat; listen for scraping; check the inlet grid is in place"],
            ["Weekly", "Test the cover interlock (alarm A4 must appear); check the shear pin and coupling guard"],
            ["Every 200 h", "Grease the end bearings"],
            ["Every 3 months", "Check the hanger bush clearance; check the gearbox oil level"],
            ["Yearly", "Inspect the flights for wear through a cover; flight edge worn by more than 5 mm: replace the screw section"],
        ],
        (30, 130),
    ),
]


# ---------------------------------------------------------------- Yarrowby YT power pipe threading machine
YARROWBY = [
    ("title", "Yarrowby YT Power Pipe Threading Machines\nOperator's Manual - YT-50 and YT-100"),
    (
        "p",
        "Document YPT-OM-YT-07, Issue 3, November 2022. Yarrowby Pipe Tools. The YT-50 and YT-100 are "
        "bench-type power threading machines that cut, ream and thread steel pipe and thread solid bar. Both have "
        "a hammer chuck, a carriage with a quick-opening die head, a pipe cutter and a reamer, and a pumped "
        "thread-cutting oil circuit. The Yarrowby RG-6 roll groover and the hand ratchet threaders are covered by "
        "separate manuals.",
    ),
    ("h", "1. Specifications"),
    (
        "table",
        [
            ["Item", "YT-50", "YT-100"],
            ["Pipe threading capacity", '1/2" to 2" (DN15-DN50)', '1/2" to 4" (DN15-DN100)'],
            ["Bolt threading capacity", "12-50 mm", "12-60 mm"],
            ["Spindle speed (50 Hz)", "36 rpm", "26 rpm (high) / 10 rpm (low)"],
            ["Motor", "1.0 kW, 230 V, single phase, universal", "1.7 kW, 400 V, 3 phase, induction"],
            ["Oil reservoir", "4.5 L", "7 L"],
            ["Weight without oil", "68 kg", "155 kg"],
        ],
        (52, 54, 54),
    ),
    (
        "table",
        [
            ["Die head", "Pipe sizes", "Fits"],
            ["YT-DH2", '1/2" to 2" (die sets 1/2"-3/4" and 1"-2")', "YT-50 and YT-100"],
            ["YT-DH4", '2 1/2" to 4" (die set 2 1/2"-4")', "YT-100 only"],
            ["YT-DHB", "bolt 12-60 mm (one die set per thread size)", "YT-50 and YT-100"],
        ],
        (30, 80, 50),
    ),
    (
        "p",
        "Stainless steel pipe may be threaded only with the high-alloy dies (suffix -SS) and TC-S oil, and on the "
        "YT-100 only at low speed. On the YT-50, stainless pipe is limited to 1 1/4\".",
    ),
    ("h", "2. Operating the machine"),
    (
        "cols",
        [
            ("warn", "WARNING: Do not wear gloves, loose sleeves or jewellery near the turning pipe or chuck: a glove caught on the pipe pulls the hand in. Run the machine only with the foot switch and never block the foot switch down. The foot switch must stop the machine as soon as it is released."),
            ("h", "Setting up"),
            ("p", "Stand the machine on a level floor or on its stand and bolt it down or block the legs. Support any pipe longer than 1.2 m with a pipe stand at the far end, set slightly lower than the chuck centre line, so that the pipe cannot whip or tip the machine."),
            ("p", "Fill the reservoir with Yarrowby TC-1 thread cutting oil (5 L can, part 71050) up to the mark on the sight glass. Use TC-1 undiluted; never use water-soluble coolant. For pipe that will carry drinking water use TC-P, a water-soluble synthetic oil approved for potable water systems; flush the reservoir before changing from TC-1 to TC-P. For stainless steel use TC-S."),
            ("h", "Chucking the pipe"),
            ("p", "Insert the pipe through the rear centring chuck and the front hammer chuck so that about 100 mm stands out in front of the jaws. Close the rear chuck, then spin the hammer wheel closed and give it a sharp turn to grip."),
            ("h", "Cutting and reaming"),
            ("p", "Swing the die head and reamer up. Lower the cutter onto the mark and turn the feed screw half a turn per revolution of the pipe. Ream the burr from the inside with the reamer before threading."),
            ("h", "Threading"),
            ("p", "Lower the die head, close it with the throw-out lever and set the size bar to the pipe size. Start the machine with the foot switch, then turn the carriage handwheel to push the dies onto the pipe until they take hold; the dies then feed themselves. Oil must flow through the die head for the whole cut. On the YT-100 use high speed (26 rpm) up to 2\" and low speed (10 rpm) for 2 1/2\" to 4\". Release the foot switch, wind the carriage back and remove the pipe."),
            ("h", "Checking the thread"),
            ("p", "Check each new die setting with a ring gauge. Screw the gauge on hand-tight: the pipe end must be flush with the small end of the gauge within plus or minus one turn. If the gauge screws on too far, the thread is too small; if it stops short, the thread is too large."),
        ],
    ),
    ("h", "3. Adjusting the thread size"),
    (
        "ol",
        [
            "With the die head closed, slacken the size bar clamp screw.",
            "Move the size bar towards the + mark to cut a larger (shallower) thread, or towards the - mark to cut a smaller (deeper) thread.",
            "Tighten the clamp screw, cut a test thread and check it with the ring gauge.",
        ],
    ),
    ("h", "4. Changing the dies"),
    (
        "ol",
        [
            "Switch off and unplug the machine. Take the die head off the carriage post and lay it on a bench, numbers up.",
            "Open the die head with the throw-out lever, slacken the clamp lever and move the size bar to the REMOVE mark.",
            "Pull out the old dies. Check that the new dies are for the same size group and thread standard (BSPT or NPT).",
            "Insert dies 1 to 4 into the slots with the same numbers; the die numbers must match the slot numbers and all dies must be from one set.",
            "Move the size bar to the pipe size, tighten the clamp lever and cut a test thread.",
        ],
    ),
    ("h", "5. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the chip tray; check the oil level and that oil flows at the die head"],
            ["Weekly", "Clean the oil pump strainer in the reservoir; clean the chuck jaw inserts"],
            ["Every 3 months, or when the oil is dark or milky", "Drain, clean and refill the reservoir"],
            ["Every 6 months", "Grease the carriage rails and feed screw with EP2 grease; YT-50: check the motor brushes"],
        ],
        (60, 100),
    ),
    (
        "p",
        "YT-50 motor brushes: replace both brushes (set YT-CB50) when either is worn to 6 mm length. The YT-100 "
        "induction motor has no brushes. The gearbox of both machines is filled for life with EP00 semi-fluid grease.",
    ),
    ("h", "6. Troubleshooting"),
    (
        "table",
        [
            ["Problem", "Cause", "Remedy"],
            ["Torn or ragged threads", "Dull or chipped dies; too little or wrong oil; wrong speed on the YT-100", "Replace the dies; check oil flow and type; use low speed above 2\""],
            ["Crooked threads", "Dies not in numbered order; pipe not centred in the rear chuck", "Refit dies 1 to 4 in their slots; close the rear chuck"],
            ["Thin or out-of-round threads", "Pipe wall too thin; carriage pushed too hard at start", "Use pipe of at least standard (medium) wall; only push until the dies take hold"],
            ["No oil at the die head", "Oil low; pump strainer clogged; die head hose kinked", "Top up; clean the strainer; straighten the hose"],
            ["Pipe slips in the chuck", "Jaw inserts dirty or worn", "Clean or replace the inserts"],
            ["YT-50 motor sparks and loses power", "Brushes worn", "Replace the brushes (YT-CB50)"],
        ],
        (44, 64, 52),
    ),
]


# ---------------------------------------------------------------- Lavorne LX washer-extractor
LAVORNE = [
    ("title", "Lavorne LX Soft-Mount Washer-Extractors\nInstallation and Service Manual - LX-25 and LX-40"),
    (
        "p",
        "Document LLS-ISM-LX-05, Revision B, January 2024. Lavorne Laundry Systems. The LX-25 and LX-40 are "
        "suspended (soft-mount) washer-extractors with electric heating, a programmable controller and an "
        "inverter-driven motor with a poly-V belt drive. They are intended for workwear, wiping cloths and "
        "shop towels in plant laundries. Because the drum and tub are suspended on springs and shock absorbers, "
        "the machine needs no anchor bolts or special foundation; it stands on a level floor that carries the "
        "operating weight.",
    ),
    (
        "warn",
        "WARNING: Never bypass or force the door lock. Do not wash textiles that contain flammable solvents, oil "
        "or petrol unless the solvent has been removed first; vapour can ignite in the hot drum. Disconnect the "
        "supply and wait 5 minutes for the inverter capacitors to discharge before removing the rear panel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["", "LX-25", "LX-40"],
            ["Rated load, dry textiles (1:10)", "25 kg", "40 kg"],
            ["Drum volume", "250 L", "400 L"],
            ["Maximum extract speed / G-factor", "1000 rpm / 350 G", "950 rpm / 360 G"],
            ["Electric heating", "18 kW", "27 kW"],
            ["Supply, fuse", "400 V 3N~ 50 Hz, 32 A", "400 V 3N~ 50 Hz, 50 A"],
            ["Water inlets (cold, hot, hard)", '3/4" BSP', '1" BSP'],
            ["Drain valve outlet", "76 mm", "76 mm"],
            ["Operating weight", "480 kg", "720 kg"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Water supply pressure 1-6 bar. Below 1 bar the fill takes too long and error E02 may appear; above 6 bar "
        "fit a pressure reducer. At 3 bar the fill to low wash level takes about 90 seconds. Heating time from 15 "
        "to 60 °C on the LX-25 is about 25 minutes at the low wash level.",
    ),
    (
        "p",
        "Load limits: the rated load applies to workwear and cotton. For shop towels, mops and other heavily "
        "soiled or oily items load no more than 80% of the rated load and limit the extract speed to 700 rpm "
        "(parameter P05). Never underload the machine with a single heavy item such as a mat: it cannot be "
        "balanced and will cause error E05.",
    ),
    ("h", "2. Installation"),
    (
        "ol",
        [
            "Place the machine on a level floor, at least 500 mm from walls at the rear for service access.",
            "Remove the four red transport brackets that lock the tub to the frame and keep them for any future move. The machine must not be run with the brackets fitted.",
            "Connect the water hoses with the supplied strainers in the inlet valves. Connect the drain valve to a vented floor drain or sump; the drain must take at least 200 L/min.",
            "Connect the supply through a lockable isolator. Check the drum turns clockwise seen from the front during the wash.",
        ],
    ),
    ("h", "3. Error codes"),
    (
        "table",
        [
            ["Code", "Meaning", "What to check"],
            ["E01", "Door not locked at program start", "Door closed fully; lock switch; latch plate alignment"],
            ["E02", "Fill timeout: level not reached within 8 minutes", "Taps open; inlet strainers clogged; supply pressure below 1 bar; drain valve leaking"],
            ["E03", "Drain timeout: tub not empty within 2 minutes", "Lint in the drain valve; drain pipe blocked; valve actuator"],
            ["E04", "Heating timeout: temperature not reached within 90 minutes", "Heater fuses; heating contactor; elements (LX-25: 26 ohm, LX-40: 18 ohm per element)"],
            ["E05", "Unbalance: extract aborted after 3 attempts", "Load too small or one heavy item; redistribute the load; P07"],
            ["E06", "Motor inverter fault", "Inverter display code; motor cable; belt"],
            ["E08", "Temperature sensor open or short", "PT1000 sensor, about 1100 ohm at 25 °C"],
            ["E10", "Level sensor signal out of range", "Level hose blocked or kinked; pressure sensor"],
        ],
        (14, 66, 80),
    ),
    ("h", "4. Parameters (service level, code 2580)"),
    (
        "table",
        [
            ["No.", "Parameter", "Range", "Default"],
            ["P01", "Display language", "-", "English"],
            ["P05", "Maximum extract speed", "400 rpm to model maximum", "model maximum"],
            ["P07", "Unbalance tolerance", "1 (strict) to 5 (tolerant)", "3"],
            ["P12", "Cool-down before drain", "off / on", "on"],
            ["P15", "Chemical pump signals", "0-6 pumps", "0"],
            ["P20", "Service counter reset", "-", "-"],
        ],
        (16, 60, 52, 32),
    ),
    (
        "p",
        "With P12 on, cold water is added after a hot wash until the bath is below 55 °C before the drain opens, "
        "to protect plastic drain pipes. Set P07 higher than 4 only if the machine stands on a sound concrete floor.",
    ),
    ("h", "5. Opening the door after a power failure"),
    (
        "ol",
        [
            "Wait until the drum has stopped completely; this can take 3 minutes after an extract.",
            "Check through the door glass that no water is visible. If there is water, open the drain valve manually with the red lever at the rear first.",
            "Pull the emergency release cord behind the flap at the bottom left of the front panel and open the door.",
            "After the power returns, close the door firmly; the lock resets by itself.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the door gasket and glass; clean the lint trap at the drain valve; check the door lock (the door must not open during a program)"],
            ["Monthly", "Clean the inlet strainers; check the belt tension; check hoses for leaks"],
            ["Every 500 h", "Grease the main bearings: 15 g of Lavorne LG-2 grease (lithium complex, NLGI 2) at each of the two nipples, with the drum turning slowly"],
            ["Yearly", "Check the shock absorbers and springs; check the heating elements; tighten electrical terminals"],
        ],
        (30, 130),
    ),
    (
        "p",
        "Belt tension check: press the belt midway between the pulleys with a force of 50 N; the deflection must be "
        "8-10 mm. Adjust with the motor plate screws. A slipping belt squeals at the start of the extract and "
        "can cause error E06.",
    ),
]


# ---------------------------------------------------------------- Fenwright MX MIG/MAG welding machine
FENWRIGHT = [
    ("title", "Fenwright MX Series MIG/MAG Welding Machines\nOperating and Maintenance Instructions - MX-320 and MX-400"),
    (
        "p",
        "Document FWE-OM-MX-11, Revision A, June 2023. Fenwright Welding Equipment. The MX-320 and MX-400 are "
        "three-phase inverter welding power sources with a built-in 4-roll wire feeder for solid and flux-cored "
        "wire on 300 mm spools. They weld steel, stainless steel and aluminium with a gas-cooled torch, or with "
        "a water-cooled torch when the optional FCU-2 cooling unit is fitted.",
    ),
    (
        "warn",
        "DANGER: Switch off and unplug the machine and wait 5 minutes for the capacitors to discharge before "
        "removing a side panel. Do not weld in wet conditions or with a damaged torch cable. Wear a welding "
        "helmet with a filter of shade 10 to 13 and keep flammable material at least 10 m away from the arc or "
        "covered.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["", "MX-320", "MX-400"],
            ["Supply", "400 V 3~ ±15%, 50/60 Hz", "400 V 3~ ±15%, 50/60 Hz"],
            ["Supply fuse, slow", "16 A", "25 A"],
            ["Welding current range", "20-320 A", "20-400 A"],
            ["Duty cycle at 40 °C", "60% at 320 A, 100% at 250 A", "60% at 400 A, 100% at 310 A"],
            ["Open-circuit voltage", "62 V", "62 V"],
            ["Solid wire diameter", "0.8-1.2 mm", "0.8-1.6 mm"],
            ["Wire feed speed", "1-20 m/min", "1-24 m/min"],
            ["Enclosure class", "IP23S", "IP23S"],
            ["Weight without wire", "58 kg", "66 kg"],
        ],
        (50, 55, 55),
    ),
    (
        "p",
        "The duty cycle is the share of a 10-minute period that the machine can weld at the stated current "
        "without overheating, measured at an ambient temperature of 40 °C. The MX-320 may be run from a "
        "generator of at least 20 kVA with voltage regulation; the generator must hold 400 V within ±15%. "
        "Do not run either machine below -10 °C or above 40 °C ambient.",
    ),
    ("h", "2. Shielding gas and wire"),
    (
        "table",
        [
            ["Material", "Wire", "Gas", "Drive rolls", "Liner"],
            ["Steel", "G3Si1 solid", "Ar + 18% CO2 (M21) or CO2", "V-groove", "steel spiral"],
            ["Stainless", "308LSi solid", "Ar + 2% CO2 (M12)", "V-groove", "steel spiral"],
            ["Aluminium", "AlMg5", "Ar (I1)", "U-groove", "PTFE / carbon"],
            ["Steel, flux-cored", "T 46 gas-shielded", "Ar + 18% CO2 (M21)", "knurled", "steel spiral"],
        ],
        (28, 30, 46, 26, 30),
    ),
    (
        "p",
        "Gas flow: 12-16 L/min for 1.0 mm wire and 14-18 L/min for 1.2 mm wire in a still workshop; add 4 L/min "
        "where there is a draught. A flow higher than 20 L/min causes turbulence and porosity. Aluminium wire "
        "needs a torch no longer than 3 m and the PTFE liner.",
    ),
    ("h", "3. Set-up menu"),
    (
        "p",
        "Hold the SETUP key for 3 seconds to enter the menu; turn the right knob to choose and press to change.",
    ),
    (
        "table",
        [
            ["No.", "Function", "Range", "Default"],
            ["P1", "Trigger mode", "2T / 4T", "2T"],
            ["P2", "Burnback time", "0-250 ms", "60 ms"],
            ["P3", "Pre-gas", "0-2.0 s", "0.1 s"],
            ["P4", "Post-gas", "0-10 s", "1.0 s"],
            ["P5", "Creep speed (wire speed to arc start)", "10-100%", "50%"],
            ["P6", "Spot time", "off, 0.1-5.0 s", "off"],
            ["P7", "Inductance", "-10 to +10", "0"],
        ],
        (16, 74, 40, 30),
    ),
    (
        "p",
        "A wire that sticks in the contact tip at the end of the weld needs a longer burnback time (P2); a wire "
        "that burns back into the tip needs a shorter one. Increase the post-gas time (P4) if the crater at the "
        "end of the weld is porous or dark.",
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E01", "Over-temperature of the power module", "Leave the machine switched on so that the fan cools it; the code clears by itself. Respect the duty cycle; check the air inlets are not blocked"],
            ["E02", "Supply overvoltage (above 460 V)", "Check the supply; generator voltage regulation"],
            ["E03", "Supply undervoltage (below 340 V)", "Check the supply voltage under load, cable cross-section and fuses"],
            ["E04", "Supply phase missing", "Check the fuses and the plug"],
            ["E05", "Wire feed motor overcurrent", "Liner blocked or kinked; drive roll pressure too high; spool brake too tight"],
            ["E06", "Torch trigger pressed at power-up", "Release the trigger; check the trigger cable for a short"],
            ["E08", "Coolant flow too low (FCU-2 fitted)", "Coolant level; torch hoses kinked; cooler pump"],
            ["E11", "Internal communication fault", "Switch off for 30 s; if it returns, call Fenwright service"],
        ],
        (16, 60, 84),
    ),
    ("h", "5. Loading wire and setting the drive rolls"),
    (
        "ol",
        [
            "Fit the spool so that the wire unwinds from the bottom and lock it with the spool nut. Set the spool brake so that the spool stops without overrun when feeding stops.",
            "Check that the drive rolls match the wire diameter and type; the size is stamped on the roll face.",
            "Straighten and cut the first 100 mm of wire, feed it through the inlet guide and over the rolls into the torch connector.",
            "Close the pressure arms and set the pressure scale to 2-3 for steel and stainless, 1-2 for aluminium and flux-cored wire.",
            "Remove the contact tip, press the INCH key until the wire comes out of the torch, then fit the correct tip.",
            "Check the pressure: the wire must feed smoothly when held against an insulated surface, and the rolls must slip rather than the wire bird-nesting if the wire is stopped at the tip.",
        ],
    ),
    ("h", "6. Replacing the torch liner"),
    (
        "ol",
        [
            "Switch off. Remove the wire from the torch, lay the torch out straight and remove the nozzle and contact tip.",
            "Unscrew the liner nut at the euro connector and pull the old liner out from the connector end.",
            "Push the new liner in fully from the connector end, tighten the liner nut, then cut the liner 2 mm in front of the tip adaptor and deburr it.",
            "Refit the tip and nozzle and load the wire.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "p",
        "Daily: clean spatter from the nozzle, replace worn contact tips, check cables and the gas hose. Every 6 "
        "months, or monthly in dusty areas: remove the side panels (see the danger note) and blow out the dust "
        "with dry compressed air at no more than 3 bar, keeping the nozzle away from the circuit boards; clean the "
        "drive rolls and the wire inlet guide.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("augerton-sc-tubular-screw-conveyor.pdf", "Augerton ABH-IOM-SC-03 Rev C - SC-160 / SC-250", AUGERTON),
        ("yarrowby-yt-pipe-threading-machine.pdf", "Yarrowby YPT-OM-YT-07 Issue 3 - YT-50 / YT-100", YARROWBY),
        ("lavorne-lx-washer-extractor.pdf", "Lavorne LLS-ISM-LX-05 Rev B - LX-25 / LX-40", LAVORNE),
        ("fenwright-mx-mig-welder.pdf", "Fenwright FWE-OM-MX-11 Rev A - MX-320 / MX-400", FENWRIGHT),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 3, 10, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
