"""Generate the PDF manuals of the fifty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set53venv && /tmp/set53venv/bin/pip install fpdf2 pypdf
    /tmp/set53venv/bin/python knowledge/samples/fiftythird/make_pdfs.py

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



# ---------------------------------------------------------------- Sagvald SE board edger optimisers
SAGVALD = [
    ("title", "Sagvald SE Board Edger Optimisers\nOperation and Maintenance - SE-60 and SE-80"),
    (
        "p",
        "Document SGV-OM-SE-11, Edition 3, March 2025. Sagvald Optimising Systems. The SE-60 and SE-80 are "
        "scanning board edgers for sawmills. A row of laser profile heads measures each flitch as it passes on the "
        "transverse scanner chain, the optimiser computes the edging solution of highest value, the positioning "
        "infeed skews and shifts the flitch, and the board passes lengthwise through the saw box, where movable "
        "saws cut it to the chosen width. Apart from the capacity, the number of scanner heads, the saw box and the "
        "items named in this manual, the two models are built alike. The grade rules and price tables the optimiser "
        "works with are set up by the mill together with Sagvald software service; this manual does not cover the "
        "value settings of the optimiser. The outfeed, the edging chipper and the trimmer have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The saw blades run down for up to 90 s after a stop. Never open the saw box hood or reach into the "
        "infeed before the arbor is locked out and the green blade stop lamp is lit. Never stand in line with the "
        "saw box outfeed while the arbor turns: edgings and slivers can be thrown back or out at high speed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SE-60", "SE-80"],
            ["Maximum flitch width at the scanner", "600 mm", "800 mm"],
            ["Board thickness", "16-75 mm", "16-100 mm"],
            ["Board length", "1.8-6.0 m", "2.4-6.6 m"],
            ["Feed speed through the saw box", "60-150 m/min", "60-180 m/min"],
            ["Minimum gap between boards at the scanner", "1.5 m", "2.0 m"],
            ["Laser profile heads (top and bottom pairs)", "5 pairs", "7 pairs"],
            ["Movable saws", "2", "3"],
            ["Saw blade diameter / bore", "450 mm / 80 mm", "500 mm / 100 mm"],
            ["Kerf (tooth width)", "3.6 mm", "4.0 mm"],
            ["Arbor speed", "3000 rpm", "3000 rpm"],
            ["Arbor motor 400 V 3~ 50 Hz, rated current", "75 kW, 132 A", "110 kW, 192 A"],
            ["Saw positioning accuracy, feed speed up to 120 m/min", "±0.3 mm", "±0.3 mm"],
            ["Saw positioning time, full travel", "0.4 s", "0.5 s"],
            ["Guide lubrication water, per saw guide", "1.5-2.5 L/min", "1.5-2.5 L/min"],
            ["Compressed air, dry and oil-free", "6 bar, 400 NL/min", "6 bar, 550 NL/min"],
            ["Arbor nut tightening torque", "250 Nm", "320 Nm"],
            ["Mass of the machine", "9.8 t", "13.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Above 120 m/min the saw positioning accuracy is ±0.5 mm on both models. The throughput depends on the "
        "board length and the gap: with 4.8 m boards at the minimum gap the SE-60 edges up to 24 boards per minute "
        "at 150 m/min and the SE-80 up to 26 boards per minute at 180 m/min. Fit only blades whose marked maximum "
        "speed is at least 3600 rpm, which is 20 % above the arbor speed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The scanner heads hold class 3R lasers. Do not look into the beam or into a reflection from a polished "
            "tool. Opening a head or replacing its laser module is work for Sagvald service only.",
            "Only trained operators may run the edger. Maintenance inside the saw box needs a lock-out of the arbor, "
            "the feed and the positioning axes at the main isolator.",
            "Keep the anti-kickback fingers at the saw box infeed free to swing. Replace a finger that is bent or "
            "whose tip is worn round.",
            "Wear hearing protection near the saw box: the sound level at the operator's place is 92 dB(A) while "
            "cutting.",
            "Never run the arbor with the hood open, with a blade missing teeth or with the guide water off.",
        ],
    ),
    ("h", "3. Optimiser and machine settings"),
    (
        "cols",
        [
            ("h", "Wane allowance"),
            (
                "p",
                "The default wane allowance is 25 % of the face width on each edge, settable 0-50 % in SETUP > "
                "WANE. A board that would carry more wane than set is edged narrower or downgraded, as the price "
                "tables decide.",
            ),
            ("h", "Narrowest board"),
            (
                "p",
                "The optimiser does not cut a board narrower than 75 mm (SE-60) or 100 mm (SE-80). Narrower "
                "solutions send the whole flitch to the edging chipper.",
            ),
            ("h", "Scanner signal quality"),
            (
                "p",
                "Each head shows its signal quality in % on the SCANNER page. Clean the head windows when a head is "
                "below 70 %. Below 50 % the head is excluded and A06 is shown. The optimiser keeps running with one "
                "head excluded, at reduced accuracy; with two heads excluded the infeed stops.",
            ),
            ("h", "Skew and shift"),
            (
                "p",
                "The positioning infeed skews a flitch by up to ±4° and shifts it by up to ±150 mm (SE-60) or ±200 mm "
                "(SE-80). Press roll pressure 3.5-4.5 bar.",
            ),
            ("h", "Scanner calibration"),
            (
                "p",
                "Calibrate with the calibration bar SGV-CB-1 at the start of each week (A14), after a head has been "
                "replaced, and whenever the widths of edged boards differ from a hand measurement by more than 1 mm. "
                "Each head must read the bar within ±0.5 mm.",
            ),
            ("h", "Saw guides"),
            (
                "p",
                "Set the guide pad clearance to 0.10-0.15 mm per side of the blade. Set the guide water to "
                "1.5-2.5 L/min per guide: too little burns the pads, too much floods the chip conveyor.",
            ),
            ("h", "Arbor bearings"),
            (
                "p",
                "Above 70 °C on either arbor bearing the edger warns (A11). Above 85 °C the arbor stops (A12).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed or its circuit is open. Release it and press RESET."],
            ["A02", "Hood open", "Saw box hood switch open. Close the hood; the arbor cannot start."],
            [
                "A03",
                "Arbor overload",
                "Arbor current above 110 % of rated current for 10 s: blades dull, feed speed too high for the "
                "board thickness, or a board jammed.",
            ],
            [
                "A04",
                "Saw not in position",
                "A saw was not within 0.3 mm of its target when the board reached the saws. The board goes to the "
                "reject gate. Check the axis for chips and the toothed belt tension.",
            ],
            ["A05", "Flitch too wide", "Wider than 600 mm (SE-60) or 800 mm (SE-80). The flitch goes to the reject gate."],
            ["A06", "Head excluded", "Signal quality of a head below 50 %. Clean the windows; check the head cable."],
            ["A07", "Gap too short", "Gap between two flitches below the minimum. The infeed stops for one board."],
            ["A08", "Guide water low", "Water flow on a guide below 1.5 L/min. Clean the nozzle and the strainer."],
            ["A10", "Air pressure low", "Compressed air below 5 bar. The press rolls open and the infeed stops."],
            ["A11", "Arbor bearing warm", "Above 70 °C. Check the grease interval and the belt tension."],
            ["A12", "Arbor bearing hot", "Above 85 °C. The arbor stops. Do not restart before the cause is found."],
            ["A13", "Encoder fault", "Feed chain encoder signal lost. Check the coupling and the cable."],
            ["A14", "Calibration due", "7 days since the last scanner calibration. The edger still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Edged boards 1-3 mm narrower or wider than the solution shown",
                "Scanner out of calibration or dirty head windows",
                "Clean the windows and calibrate the scanner (section 7)",
            ],
            [
                "Burn marks and a wavy (washboard) cut surface",
                "Dull blades, guide water low, or guide pads worn beyond the clearance",
                "Change the blades; check the water flow and the pad clearance",
            ],
            [
                "Board width varies along the length (snaking cut)",
                "Guide pads loose, feed speed too high for the thickness, or a blade out of tension",
                "Check the guides; lower the feed speed; send the blade to the saw shop",
            ],
            [
                "Flitch turns after the positioning rolls",
                "Press roll pressure below 3.5 bar or worn roll covers",
                "Set 3.5-4.5 bar; replace the roll covers",
            ],
            [
                "Frequent A04 at high feed speed",
                "Chips on the axis, loose toothed belt, or feed above 120 m/min",
                "Clean the axis, tension the belt, reduce the feed speed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the saw blades"),
    (
        "ol",
        [
            "Stop the feed and the arbor. Lock out the arbor, the feed and the positioning axes at the main isolator.",
            "Wait for the green blade stop lamp. Do not brake a blade by hand or with a piece of wood.",
            "Open the saw box hood and swing the guide block out of the blades.",
            "Hold the blades with the blade holding tool SGV-BT and loosen the arbor nut (left-hand thread).",
            "Remove the nut, the outer collar and the blades with their sleeves.",
            "Clean the arbor, the sleeves and the collars. Check the collar face runout: no more than 0.02 mm.",
            "Fit the new blades with the teeth pointing in the direction of rotation shown on the hood.",
            "Refit the outer collar and tighten the arbor nut to 250 Nm (SE-60) or 320 Nm (SE-80).",
            "Swing the guide block in and set the pad clearance to 0.10-0.15 mm per side.",
            "Close the hood, remove the lock-out and run the arbor idle for 1 min. Check for vibration before "
            "cutting.",
        ],
    ),
    ("h", "7. Calibrating the scanner"),
    (
        "ol",
        [
            "Stop the infeed and let the scanner chain run empty.",
            "Clean all head windows with a soft cloth and window cleaner; never with compressed air.",
            "Check on the SCANNER page that every head shows at least 70 % signal quality.",
            "Select SERVICE > CALIBRATE. The scanner chain runs at 60 m/min.",
            "Place the calibration bar SGV-CB-1 on the chain at the marked lug, with the stamped side up.",
            "Let the bar pass the heads three times. The edger shows the reading of each head.",
            "Check that each head reads the bar within ±0.5 mm. Press ACCEPT to store the calibration; A14 clears.",
            "If a head is still out, clean it again and repeat once. A head that stays out must be aligned by "
            "Sagvald service.",
        ],
    ),
    ("h", "8. Clearing a jammed board in the saw box"),
    (
        "ol",
        [
            "Press the emergency stop and lock out at the main isolator.",
            "Wait for the green blade stop lamp.",
            "Open the hood and lift the press rolls with the hand valve in the saw box cabinet.",
            "Pull the board back out of the blades with the jam hook; never reach between the blades.",
            "Check every blade for broken or missing teeth and change the set if one is damaged (section 6).",
            "Close the hand valve and the hood, remove the lock-out and press RESET.",
            "Run one test board at 60 m/min before going back to the production speed.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the scanner windows; check the guide water on every guide; check the blades for missing teeth"],
            ["8 h of cutting, or sooner at burn marks", "Change the saw blades (section 6)"],
            ["Weekly (A14)", "Calibrate the scanner (section 7); clean the positioning axes"],
            ["500 h", "Grease the arbor bearings: 30 g each (SE-60) or 40 g each (SE-80) of SGV-LG2 grease"],
            ["2000 h or 12 months, whichever comes first", "Replace the guide pads and the press roll covers; check the arbor belt"],
            ["12 months", "Sagvald service: laser head check and scanner alignment"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SE-60", "SE-80"],
            ["Saw blade, carbide tipped", "SGV-SB-450", "SGV-SB-500"],
            ["Guide pad set", "SGV-GP-60", "SGV-GP-80"],
            ["Press roll cover", "SGV-RC-60", "SGV-RC-80"],
            ["Calibration bar", "SGV-CB-1", "SGV-CB-1"],
            ["Head window, set of 2", "SGV-HW-2", "SGV-HW-2"],
            ["Arbor bearing grease SGV-LG2, 400 g cartridge", "SGV-LG2-400", "SGV-LG2-400"],
            ["Anti-kickback finger", "SGV-AK-60", "SGV-AK-80"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Torkhaven KC-16 kiln controller
TORKHAVEN = [
    ("title", "Torkhaven KC-16 Timber Drying Kiln Controller\nUser and Service Manual"),
    (
        "p",
        "Document TKH-UM-KC16-04, Edition 4, November 2024. Torkhaven Kiln Controls. The KC-16 controls one "
        "conventional compartment kiln for sawn timber, heated by hot water, steam or thermal oil, at dry-bulb "
        "temperatures up to 90 °C. It measures the kiln air with dry-bulb and wet-bulb sensors, the wood moisture "
        "content (MC) with up to 16 resistance probes and the wood temperature, and drives the heating valve, the "
        "vents, the spray humidification and the fans. The KC-16 does not run high-temperature schedules above "
        "90 °C. The kiln structure, the heating plant, the fan motors with their frequency inverter and the "
        "electrical installation are covered by their own documents. The controller holds 12 built-in schedules "
        "for common European softwoods and hardwoods; schedules for other species must come from the timber "
        "supplier or a drying specialist.",
    ),
    (
        "warn",
        "WARNING: Never enter a running kiln. Before entering, switch the KC-16 to STOP, let the fans run down, "
        "ventilate for at least 15 min with the vents fully open and lock out the fans at their isolator. The kiln "
        "air can be close to 90 °C and saturated with vapour, and the stacks can move as they dry.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Supply", "230 V 1~ 50/60 Hz, 60 VA"],
            ["Control panel", "IP65, mounted outside the kiln; ambient 0-45 °C"],
            ["Air temperature inputs", "2 dry-bulb and 2 wet-bulb, Pt100, range 0-120 °C"],
            ["Air temperature accuracy", "±0.3 °C"],
            ["Wood moisture inputs", "16 channels, resistance method, insulated pins"],
            ["MC measuring range", "6-60 %"],
            [
                "MC accuracy, species and temperature correction set",
                "±1 % MC between 7 % and 25 % MC; ±10 % of the reading above 30 % MC",
            ],
            ["Wood temperature inputs", "2, Pt100"],
            ["Heating valve output", "0-10 V"],
            ["Vent actuators", "2 outputs, 0-10 V, with position feedback"],
            ["Spray valve output", "24 V DC, 10 W maximum"],
            ["Fan drive", "4-20 mA speed signal; reversing relay 2 A at 230 V"],
            ["Highest dry-bulb setpoint", "90 °C"],
            ["Data memory", "400 days of logging at 5 min intervals"],
            ["Interface", "Ethernet, Modbus TCP and web page"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The MC accuracy holds only with the species correction set for the timber being dried and the wood "
        "temperature measured by the wood temperature probes. Without the correction, errors of 2-3 % MC are usual. "
        "Between 25 % and 30 % MC the reading is shown but no accuracy is given.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "An independent over-temperature cut-out must shut the heating off. Set it 10 °C above the highest "
            "dry-bulb of the schedule in use, and never above 100 °C.",
            "Kiln air holds acetic acid and terpenes from the wood. Wear gloves and eye protection when handling "
            "sensors in the kiln, and wash off condensate.",
            "Only qualified electricians may open the control panel. The fan inverter keeps a dangerous voltage for "
            "5 min after switching off.",
            "Lock out the fans before changing a wick or a probe inside the kiln, even with the KC-16 in STOP.",
        ],
    ),
    ("h", "3. Schedule parameters"),
    (
        "cols",
        [
            ("h", "Steps"),
            (
                "p",
                "A schedule is a list of up to 20 steps. Each step holds a dry-bulb temperature and a wet-bulb "
                "depression (dry-bulb minus wet-bulb) and ends when the average MC of the probes reaches the step's "
                "end MC, or after a set time for time-based steps.",
            ),
            ("h", "Average MC"),
            (
                "p",
                "The average is taken over the active probes. A probe reading more than 10 % MC away from the median "
                "of all probes is flagged and left out of the average (K07). At least 4 active probes are needed; "
                "with fewer the controller holds the current step (K08).",
            ),
            ("h", "Heating up"),
            (
                "p",
                "The kiln heats at no more than 10 °C per hour up to the dry-bulb of the first step, with the "
                "wet-bulb depression held at 3 °C or less so that the wood surface does not dry before the core is "
                "warm.",
            ),
            ("h", "Equalising and conditioning"),
            (
                "p",
                "When the driest probe reaches the target MC minus 2 %, the kiln equalises at an EMC of target MC "
                "minus 2 % until the wettest probe reaches the target. Conditioning then runs at an EMC of target MC "
                "plus 4 %, by default 1 h per 10 mm of board thickness and at least 4 h.",
            ),
            ("h", "Fan reversal"),
            (
                "p",
                "The fans reverse every 3 h by default, settable 1-8 h. Before reversing, the fans ramp down to 0 Hz "
                "and stay stopped for at least 30 s; the reversing relay switches only when the inverter reports "
                "standstill.",
            ),
            ("h", "Fan speed"),
            (
                "p",
                "Above 30 % average MC the fans run at 100 %. Below 20 % they can be reduced to the speed set in "
                "SETUP > FANS, default 60 %, to save energy.",
            ),
            ("h", "Vents and spray"),
            (
                "p",
                "Vents open when the wet-bulb depression is more than 0.5 °C below the set depression; spray starts "
                "only with the vents closed and the heating valve above 20 %.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Dry-bulb sensor fault", "Open or short circuit. The controller uses the second dry-bulb sensor."],
            ["K02", "Wet-bulb sensor fault", "Open or short circuit. The controller uses the second wet-bulb sensor."],
            [
                "K03",
                "Wet-bulb dry",
                "Depression below 0.3 °C for more than 60 min with the spray off: wick dry or dirty, or the "
                "reservoir empty. Change the wick and check the float valve.",
            ],
            ["K04", "Kiln too hot", "Dry-bulb more than 5 °C above the setpoint for 30 min. Check the heating valve."],
            [
                "K05",
                "Kiln too cold",
                "Dry-bulb more than 5 °C below the setpoint for 2 h: heating plant off, valve stuck, vents open.",
            ],
            ["K06", "Over-temperature", "The independent cut-out has tripped. Reset it at the cut-out only."],
            ["K07", "Probe excluded", "A probe more than 10 % MC from the median. Check the pins and the cable."],
            ["K08", "Too few probes", "Fewer than 4 active probes. The current step is held."],
            ["K09", "Fan drive fault", "Fault contact of the inverter open. See the inverter manual."],
            ["K10", "Reversal failed", "No standstill signal within 120 s of the stop command."],
            ["K11", "Vent position", "Vent feedback differs from the command by more than 10 % for 5 min."],
            [
                "K13",
                "Power failure",
                "After a power failure of less than 12 h the schedule resumes at the step reached; after a longer "
                "one it waits for the operator.",
            ],
            ["K14", "Memory nearly full", "Less than 10 days of logging left. Export the logs."],
            ["K15", "I/O module lost", "No communication with the I/O module in the kiln for 30 s."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wide spread of final MC between boards",
                "Uneven airflow: missing baffles, stickers of mixed thickness, fan reversal not working",
                "Check the baffles and the stacking; check K10 in the log",
            ],
            [
                "Surface checks early in the schedule",
                "Wet-bulb depression too large at the start, or a dry wick giving a false high humidity",
                "Change the wick; choose a milder schedule",
            ],
            [
                "Drying much slower than the schedule",
                "Heating plant not delivering, vents leaking, fans at reduced speed",
                "Check K05, the vent seals and SETUP > FANS",
            ],
            [
                "MC readings jump or read high after steaming",
                "Condensate in the probe connectors or a leaking probe cable",
                "Dry the connectors; check the cables (section 9)",
            ],
            [
                "Kiln keeps venting and spraying in turn",
                "Vent and spray dead bands too small, or a vent actuator sticking",
                "Check K11; ask Torkhaven service to set the dead bands",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a charge"),
    (
        "ol",
        [
            "Check that the kiln is loaded, the doors are closed and the baffles are down.",
            "Check the wet-bulb reservoir is full and the wick is clean and wet.",
            "Fit the moisture probes (section 7) and the two wood temperature probes in sample boards.",
            "On the CHARGE page enter the charge name, the species, the board thickness and the target MC.",
            "Select the schedule. The KC-16 proposes the built-in schedule for the species chosen.",
            "Check the probe readings on the PROBES page: each active probe must show a value.",
            "Press START. The kiln heats up at no more than 10 °C per hour.",
            "Check after 1 h that the fans reverse and that the dry-bulb follows the setpoint.",
        ],
    ),
    ("h", "7. Installing the moisture probes"),
    (
        "ol",
        [
            "Choose at least 8 sample boards, from the wettest and the driest places of the charge, at least 500 mm "
            "from the board ends.",
            "Drive two insulated pins per board, 30 mm apart along the grain, to a depth of one quarter of the "
            "board thickness.",
            "Clip the probe cable to the pins and lay the cable along the stack so that it cannot be pulled by the "
            "door or by moving packs.",
            "Plug the cable into the next free channel of the I/O module and note the channel and position.",
            "Check on the PROBES page that the channel shows a value; a channel that shows --- is not connected.",
        ],
    ),
    ("h", "8. Calibrating the temperature sensors"),
    (
        "ol",
        [
            "Switch the KC-16 to STOP and lock out the fans.",
            "Fill an insulated flask with crushed ice and a little clean water.",
            "Remove the wick from the wet-bulb sensors and put all four air sensors into the flask.",
            "Wait 10 min, stirring now and then.",
            "Read the sensors on the SERVICE page. Each must read 0.0 °C within ±0.3 °C.",
            "Enter an offset for a sensor that is out. Offsets up to ±1.5 °C are allowed; a sensor further out must "
            "be replaced.",
            "Refit the sensors and fit a new wick.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Each charge or 4 weeks, whichever comes first",
                "Change the wet-bulb wick TKH-WW; clean the reservoir and the float valve",
            ],
            ["Each charge", "Clean the probe pins and clips; check the probe cables for damage"],
            ["Monthly", "Check that the vents move fully open and closed; clean the spray nozzles"],
            ["6 months", "Calibrate the temperature sensors (section 8)"],
            [
                "12 months",
                "Cable check: with the clips held apart every channel must show ---; a channel that shows a value "
                "has a leaking cable or connector. Export the logs.",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Wet-bulb wick, pack of 10", "TKH-WW-10"],
            ["Pt100 air sensor with 5 m cable", "TKH-PT-5"],
            ["Moisture probe cable 10 m", "TKH-MC-10"],
            ["Insulated pins 40 mm, pack of 50", "TKH-IP-50"],
            ["Wood temperature probe", "TKH-WT-1"],
            ["I/O module, 16 channels", "TKH-IO-16"],
            ["Reservoir float valve", "TKH-FV-1"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Lamberholt GP glulam presses
LAMBERHOLT = [
    ("title", "Lamberholt GP Glulam Presses\nOperating and Maintenance Manual - GP-14 and GP-24"),
    (
        "p",
        "Document LMB-OM-GP-07, Edition 2, June 2024. Lamberholt Press Systems. The GP-14 and GP-24 are hydraulic "
        "presses for straight glued laminated timber (glulam) beams. The glued lamella stack lies on its side on the "
        "press bed. A row of press frames, 600 mm apart along the bed, each carries one horizontal hydraulic "
        "cylinder that presses the stack against the fixed back stops, and one pneumatic hold-down clamp that keeps "
        "the lamellae flat. Curved beams need press jigs that are not covered here. Apart from the length, the "
        "frames, the cylinders and the power unit, the two presses are built alike. The adhesive, its spread rate, "
        "its open and closed assembly times and the press time are given by the adhesive maker; the factory "
        "production control of the beams (delamination and shear tests) is the plant's. The glue spreader and the "
        "lamella conveyor have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Keep out of the press bed while the light curtain is active. A frame can close with its full "
        "force at any time. Never put a hand between a stack and a back stop, and never release a pressed beam "
        "before the press time has run out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GP-14", "GP-24"],
            ["Maximum beam length", "14.0 m", "24.0 m"],
            ["Press frames, 600 mm apart", "24", "40"],
            ["Beam width (lamella width)", "60-240 mm", "60-300 mm"],
            ["Beam depth (stack height)", "up to 1600 mm", "up to 2000 mm"],
            ["Lamella thickness", "20-45 mm", "20-45 mm"],
            ["Cylinder bore / stroke", "80 mm / 250 mm", "100 mm / 300 mm"],
            ["Rated force per frame", "100 kN", "150 kN"],
            ["Oil pressure at rated force", "200 bar", "191 bar"],
            ["Relief valve setting", "230 bar", "230 bar"],
            ["Hydraulic power unit", "7.5 kW, 16 L/min", "11 kW, 25 L/min"],
            ["Hydraulic oil HLP 46, tank", "160 L", "250 L"],
            ["Frame groups (separately switched)", "4 groups of 6 frames", "5 groups of 8 frames"],
            ["Time to full force on all frames", "about 2.5 min", "about 4 min"],
            ["Hold-down clamps, air 4-6 bar", "24", "40"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "35 A gG"],
            ["Mass", "18 t", "31 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The force needed per frame is F = p x b x 600 mm, where p is the pressure the adhesive maker asks for, in "
        "N/mm², and b is the beam width in mm. Example: 0.8 N/mm² on a 200 mm wide beam needs 0.8 x 200 x 600 = "
        "96 000 N, that is 96 kN per frame. The force set must never exceed the rated force of the frame: 100 kN "
        "(GP-14) or 150 kN (GP-24). The press computes the force and the oil pressure from the values entered.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the press. Nobody may be on the press bed while a frame group is "
            "switched on.",
            "The light curtain along the bed stops every movement when it is interrupted. It must be tested at the "
            "start of each shift with the test rod.",
            "Wear gloves and eye protection when handling glued lamellae. Follow the adhesive maker's safety data "
            "sheet.",
            "Before work on the hydraulics, release the pressure of all groups and check the gauge reads 0 bar.",
            "Hydraulic hoses must be replaced every 6 years, even when they look sound.",
        ],
    ),
    ("h", "3. Pressing parameters"),
    (
        "cols",
        [
            ("h", "Force and pressure"),
            (
                "p",
                "Enter the pressure p and the beam width b on the PRESS page. The press shows the force per frame and "
                "the oil pressure. A force above the rated force is refused (H05).",
            ),
            ("h", "Pressure hold"),
            (
                "p",
                "When the set force is reached the pump stops and the check valves hold the pressure. If the pressure "
                "of a group falls by more than 3 %, the pump restarts and brings it back. A fall of more than 10 % "
                "within 5 min shows H06.",
            ),
            ("h", "Frame groups"),
            (
                "p",
                "Switch off the groups beyond the end of a shorter beam. A frame that is not over the beam must never "
                "be pressurised; an end frame must stand no more than 300 mm from the beam end.",
            ),
            ("h", "Wood and room"),
            (
                "p",
                "Lamella MC 8-15 %, and no more than 4 % difference in MC between lamellae in one beam. Room and "
                "wood temperature at least 18 °C during pressing and curing, unless the adhesive maker gives another "
                "value.",
            ),
            ("h", "Assembly time"),
            (
                "p",
                "All frames must be at full force before the closed assembly time of the adhesive ends. Allow for "
                "the time to full force of the press: about 2.5 min (GP-14) or about 4 min (GP-24).",
            ),
            ("h", "Press time"),
            (
                "p",
                "Enter the press time given by the adhesive maker for the glue line temperature. The press counts it "
                "down and does not release before it has run out (H09).",
            ),
            ("h", "Hold-down clamps"),
            (
                "p",
                "Set the hold-down air to 4-6 bar and close the clamps before the horizontal force is applied.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Safety stop", "Emergency stop pressed or light curtain interrupted. Clear the bed, press RESET."],
            ["H02", "Oil level low", "Oil level switch in the tank open. Top up with HLP 46; look for a leak."],
            ["H03", "Oil too hot", "Oil temperature above 60 °C. Check the cooler fan and the cooler fins."],
            [
                "H04",
                "Filter clogged",
                "Pressure filter differential above 5 bar. Change the element (section 8).",
            ],
            ["H05", "Force too high", "Force set above the rated force of the frame. Check p and b."],
            [
                "H06",
                "Pressure loss",
                "Pressure fall of more than 10 % within 5 min: leaking cylinder seal, hose, fitting or check valve "
                "in the group shown.",
            ],
            [
                "H07",
                "Force not reached",
                "Set force not reached within 3 min (GP-14) or 5 min (GP-24). Check the pump and the relief valve.",
            ],
            ["H09", "Press time running", "Release attempted before the press time has run out."],
            ["H10", "Hold-down air low", "Hold-down air below 4 bar."],
            [
                "H11",
                "Cylinder at stroke end",
                "Stack too narrow for the cylinder stroke. Fit a spacer beam on the back stops.",
            ],
            ["H12", "Service due", "2000 h or 12 months since the last service. The press still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Open glue lines at one or both beam ends",
                "End frame more than 300 mm from the beam end, or the closed assembly time was exceeded",
                "Check the frame positions and the time from spreading to full force",
            ],
            [
                "Beam bowed sideways after release",
                "Back stops out of line",
                "Align the back stops to within ±1 mm of a string line",
            ],
            [
                "Lamellae stepped or ridden up",
                "Hold-down clamps not closed or air below 4 bar",
                "Close the clamps before applying force",
            ],
            [
                "Pump restarts every few minutes during the hold",
                "Small internal leak of a check valve or a cylinder seal",
                "Find the group; check the valve, then the cylinders",
            ],
            [
                "Uneven glue squeeze-out along the beam",
                "Uneven glue spread",
                "See the glue spreader manual",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pressing a beam"),
    (
        "ol",
        [
            "Test the light curtain with the test rod.",
            "Check the back stops are clean and free of hardened glue.",
            "Switch on the frame groups needed for the beam length; the end frames must stand within 300 mm of "
            "the beam ends.",
            "Enter the beam width, the pressure from the adhesive data and the press time on the PRESS page.",
            "Lay the glued lamellae on the bed against the back stops, in the order of the lay-up.",
            "Close the hold-down clamps.",
            "Clear the bed and press START. The frames close and build up the force group by group.",
            "Check that every group shows the set force before the closed assembly time has run out.",
            "Wait for the press time to run out. The display shows END.",
            "Open the frames, then the hold-down clamps, and lift the beam out with the crane.",
            "Scrape the squeeze-out from the back stops before it hardens.",
        ],
    ),
    ("h", "7. Releasing the press after a power failure"),
    (
        "ol",
        [
            "Leave the beam in the press until its press time would have run out.",
            "Switch off the main switch and lock it out.",
            "At the valve block of each group, open the manual release screw by one turn.",
            "Let the pressure fall slowly, over at least 30 s, while watching the group gauge.",
            "When all gauges read 0 bar, close the release screws.",
            "Open the hold-down clamps with their hand valve and remove the beam.",
        ],
    ),
    ("h", "8. Changing the pressure filter element"),
    (
        "ol",
        [
            "Release the pressure of all groups and switch off the power unit.",
            "Place a tray under the filter and unscrew the filter bowl.",
            "Remove the element and check it for metal particles; report metal to Lamberholt service.",
            "Fit the new element LMB-PF-10, lightly oiled O-ring first.",
            "Screw the bowl on hand-tight plus a quarter turn.",
            "Start the power unit, check the filter for leaks and reset the H04 indication.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Test the light curtain; clean the back stops and the bed"],
            ["Weekly", "Check the back stop line with a string line: within ±1 mm"],
            ["500 h or H04", "Change the pressure filter element (section 8)"],
            ["2000 h or 12 months, whichever comes first", "Oil sample analysis; Lamberholt service (H12)"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil and the return filter"],
            ["6 years", "Replace all hydraulic hoses"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GP-14", "GP-24"],
            ["Cylinder seal kit", "LMB-SK-80", "LMB-SK-100"],
            ["Pressure filter element", "LMB-PF-10", "LMB-PF-10"],
            ["Return filter element", "LMB-RF-16", "LMB-RF-25"],
            ["Hold-down clamp pad", "LMB-HP-1", "LMB-HP-1"],
            ["Check valve cartridge", "LMB-CV-14", "LMB-CV-24"],
            ["Hose set for one frame", "LMB-HS-14", "LMB-HS-24"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kerfield SG-610 saw sharpening grinder
KERFIELD = [
    ("title", "Kerfield SG-610 Saw Blade Sharpening Grinder\nOperating Manual"),
    (
        "p",
        "Document KFD-OM-SG610-02, Edition 2, February 2025. Kerfield Saw Service Machines. The SG-610 is a CNC "
        "grinder for the face and the top of carbide-tipped (TCT) circular saw blades, as used on edgers, trimmers, "
        "rip saws and panel saws. It grinds with a diamond cup wheel under grinding oil and indexes the blade tooth "
        "by tooth with a feed finger. The SG-610 does not grind the side clearance of the tips, does not grind HSS or "
        "stellite-tipped blades, and does not straighten or tension blade bodies. Tensioning, straightening and "
        "retipping (brazing new tips) are work for a saw doctor or the blade maker. The oil mist extractor and any "
        "fire extinguishing unit are covered by their own manuals.",
    ),
    (
        "warn",
        "WARNING: Grinding oil mist is flammable. Never grind without the oil mist extractor running, never grind "
        "with water-based coolant, and never leave the machine grinding unattended at the end of a shift.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Blade diameter", "120-610 mm"],
            ["Blade bore", "20-80 mm; larger bores with adapter KFD-AD-100"],
            ["Blade body thickness", "1.5-6.0 mm"],
            ["Tooth pitch", "8-120 mm"],
            ["Tooth height", "up to 25 mm"],
            ["Hook (face) angle", "-10° to +35°"],
            ["Top clearance angle", "0-30°"],
            ["Top bevel angle", "0-45°, left and right"],
            ["Grinding wheel", "diamond cup wheel 125 mm, bore 20 mm"],
            ["Wheel spindle", "0.75 kW, 3600 rpm (wheel speed 23.6 m/s)"],
            ["Grinding oil", "tank 60 L, pump 8 L/min, paper band filter"],
            ["Grinding rate", "up to 8 teeth per minute, face and top, one pass each"],
            ["Supply", "400 V 3~ 50 Hz, 2.5 kVA, fuse 10 A gG"],
            ["Compressed air", "6 bar, 50 NL/min"],
            ["Oil mist extractor (not supplied)", "at least 600 m³/h"],
            ["Mass", "720 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The grinding rate of 8 teeth per minute holds for one pass on the face and one on the top with an infeed of "
        "0.03 mm per pass; more passes or a finishing pass lower it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the hood closed while the wheel turns. The hood interlock stops the spindle and the axes (G01).",
            "Handle blades with cut-resistant gloves and carry them in a blade box, never by the teeth.",
            "Check every new diamond wheel for cracks and a damaged diamond layer before fitting it. Never exceed "
            "the maximum speed marked on the wheel.",
            "Grinding oil on the skin: wash off with soap. Oil-soaked cloths go into a closed metal bin.",
            "Wear safety glasses when dressing the wheel and when blowing out the blade clamp.",
        ],
    ),
    ("h", "3. Grinding settings"),
    (
        "cols",
        [
            ("h", "Infeed"),
            (
                "p",
                "Infeed per pass: no more than 0.05 mm on the top and no more than 0.03 mm on the face. Remove the "
                "wear land completely; on a normally dull blade this takes 0.10-0.20 mm from the top.",
            ),
            ("h", "Wheel grit"),
            (
                "p",
                "D46 for roughing and normal sharpening. Blades for panel saws and other finish cuts get a last pass "
                "with the D25 wheel.",
            ),
            ("h", "Wheel travel speed"),
            (
                "p",
                "The speed at which the wheel crosses the tip is settable 1-6 mm/s, default 3 mm/s. Slow it down when "
                "the carbide shows burn marks.",
            ),
            ("h", "Blade checks before grinding"),
            (
                "p",
                "Axial runout at the rim: no more than 0.10 mm for blades up to 450 mm and no more than 0.15 mm for "
                "larger blades. A blade beyond this goes to the saw doctor, not onto the grinder. A tip must keep at "
                "least 1.0 mm of carbide on the face after grinding; a blade with thinner tips is sent for retipping.",
            ),
            ("h", "Clamp and feed finger"),
            (
                "p",
                "Blade clamp pressure 5-6 bar. Set the feed finger to push on the tooth face 2-3 mm below the tip.",
            ),
            ("h", "Grinding oil"),
            (
                "p",
                "Kerfield grinding oil KFD-GO only. Aim the nozzle at the contact point between the wheel and the "
                "tip. Change the oil every 500 h or when it smells burnt, whichever comes first.",
            ),
            ("h", "Wheel wear"),
            (
                "p",
                "The SG-610 follows the wheel wear automatically. When the wheel holder has advanced 4.0 mm since the "
                "wheel was fitted, the diamond layer is used up (G08).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Hood open / stop", "Hood opened or emergency stop pressed. Close the hood and press RESET."],
            ["G02", "Blade not clamped", "Clamp pressure below 5 bar. Check the air supply and the clamp jaws."],
            [
                "G03",
                "Tooth not found",
                "The feed finger did not find a tooth within the pitch plus 20 %. Check the pitch in the program "
                "and look for a broken tooth.",
            ],
            ["G04", "Spindle overload", "Wheel spindle current too high: infeed too large or wheel glazed."],
            ["G05", "Oil flow low", "Grinding oil flow below 5 L/min. Check the tank level and the band filter."],
            ["G06", "Axis limit", "An axis reached a limit switch. Check the blade size and angles in the program."],
            ["G08", "Wheel used up", "Wheel holder advanced 4.0 mm. Fit a new diamond wheel."],
            [
                "G09",
                "Tooth count wrong",
                "Teeth counted differ from the program. A missing tooth or a wrong program; check the blade.",
            ],
            ["G10", "Collision", "The collision sensor on the wheel head tripped. Check the wheel and the blade."],
            ["G11", "Air pressure low", "Supply air below 5 bar."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Carbide turns blue or shows fine cracks",
                "Infeed too large, oil not reaching the contact point, wheel glazed",
                "Reduce the infeed, aim the nozzle, dress the wheel (section 8)",
            ],
            [
                "Teeth ground to different heights",
                "Feed finger set too high on the face, blade not centred, wrong bore adapter",
                "Set the finger 2-3 mm below the tip; check the adapter",
            ],
            [
                "Rough ground surface, chipped cutting edge",
                "Worn or glazed wheel, wrong grit, travel speed too high",
                "Dress the wheel; use D25 for the last pass; slow the travel",
            ],
            [
                "Grinder skips a tooth or stops with G03",
                "Broken or missing tooth, pitch entered wrong",
                "Check the blade; correct the pitch",
            ],
            [
                "Sparks and smoke at the wheel",
                "Oil nozzle out of line or oil level low",
                "Stop at once; aim the nozzle; top up the oil",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mounting a blade"),
    (
        "ol",
        [
            "Clean the blade of resin and pitch with blade cleaner; resin under the clamp causes uneven teeth.",
            "Check the axial runout and the tip size (section 3).",
            "Fit the centring cone or the bore adapter that matches the bore.",
            "Hang the blade on the cone with the teeth pointing towards the wheel head.",
            "Close the clamp and check it reads 5-6 bar.",
            "Swing the feed finger onto a tooth face, 2-3 mm below the tip.",
        ],
    ),
    ("h", "7. Grinding a blade"),
    (
        "ol",
        [
            "Select the program for the blade, or create one: diameter, number of teeth, pitch, tooth form, hook "
            "angle, top clearance angle and bevel.",
            "Start the oil mist extractor.",
            "Jog the wheel to the first tooth and touch it on the face with the oil running.",
            "Set the infeed: no more than 0.03 mm per pass on the face and 0.05 mm on the top.",
            "Set the number of passes so that the wear land is removed completely.",
            "Close the hood and press START. The SG-610 grinds the face, then the top, tooth by tooth.",
            "At the end, check three teeth with a magnifier for a sharp edge and no burn marks.",
            "Mark the blade with the number of sharpenings and the date.",
        ],
    ),
    ("h", "8. Dressing the diamond wheel"),
    (
        "ol",
        [
            "Dress the wheel when it glazes: G04 comes up, the ground face is shiny-streaked or the tips heat up.",
            "Run the spindle with the oil on and the hood open in SETUP mode (hold-to-run).",
            "Hold the dressing stick KFD-DS-220 flat against the wheel face for 10-15 s with light pressure.",
            "Grind two teeth of a scrap blade and check the surface.",
            "Repeat once if the wheel still glazes. A wheel that glazes again within one blade is the wrong grit.",
        ],
    ),
    ("h", "9. Changing the diamond wheel"),
    (
        "ol",
        [
            "Change the wheel at G08, or when the diamond layer shows a crack or a chipped edge.",
            "Switch off at the main switch and open the hood.",
            "Hold the spindle with the 27 mm spanner and undo the wheel nut with the wheel key KFD-WK.",
            "Clean the spindle flange; a chip under the wheel gives face runout and uneven teeth.",
            "Fit the new wheel with the diamond layer facing the blade and tighten the nut to 15 Nm.",
            "Check the wheel face runout with a dial gauge: no more than 0.01 mm.",
            "Select SETUP > WHEEL > NEW to reset the wear count; G08 clears.",
            "Dress the new wheel lightly (section 8) before the first blade.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level; clean the blade clamp and the feed finger; check the nozzle aim"],
            ["Weekly", "Empty the sludge tray of the band filter; grease the feed finger slide"],
            ["500 h or burnt smell, whichever comes first", "Change the grinding oil: 60 L of KFD-GO, three 20 L cans"],
            ["1000 h", "Check the axis covers and the way wipers; replace if torn"],
            ["12 months", "Kerfield service: spindle runout, axis backlash and the collision sensor"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Diamond cup wheel D46, 125 mm", "KFD-DW-46"],
            ["Diamond cup wheel D25, 125 mm", "KFD-DW-25"],
            ["Dressing stick SiC 220", "KFD-DS-220"],
            ["Grinding oil, 20 L", "KFD-GO-20"],
            ["Paper filter band, roll", "KFD-FB-50"],
            ["Feed finger", "KFD-FF-2"],
            ["Bore adapter set above 80 mm", "KFD-AD-100"],
            ["Wheel key", "KFD-WK"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("sagvald-se-board-edger-optimiser.pdf", "Sagvald SGV-OM-SE-11 Ed 3 - SE-60 / SE-80", SAGVALD),
        ("torkhaven-kc16-timber-drying-kiln-controller.pdf", "Torkhaven TKH-UM-KC16-04 Ed 4 - KC-16", TORKHAVEN),
        ("lamberholt-gp-glulam-press.pdf", "Lamberholt LMB-OM-GP-07 Ed 2 - GP-14 / GP-24", LAMBERHOLT),
        ("kerfield-sg610-saw-sharpening-grinder.pdf", "Kerfield KFD-OM-SG610-02 Ed 2 - SG-610", KERFIELD),
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
