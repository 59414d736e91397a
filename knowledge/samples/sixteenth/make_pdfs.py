"""Generate the PDF manuals of the sixteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2 pypdf
    /tmp/pdfvenv/bin/python knowledge/samples/sixteenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the elevator, feeder and tray sealer operating pages."""
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


# ---------------------------------------------------------------- Elvancourt BE belt bucket elevators
ELVANCOURT = [
    ("title", "Elvancourt BE Series Belt Bucket Elevators\nOperation and Maintenance Manual - BE-250 and BE-400"),
    (
        "p",
        "Document ELV-OM-BE-07, Revision C, March 2024. Elvancourt Bulk Handling Ltd. The BE-250 and BE-400 are "
        "vertical belt bucket elevators with centrifugal discharge for free-flowing granular materials such as "
        "grain, seeds, feed pellets, plastic granulate and dry sand. Buckets are bolted to a rubber belt that "
        "runs over a lagged head pulley and a self-cleaning wing pulley in the boot. The drive is a shaft-mounted "
        "helical gear motor with a built-in backstop. The HM-8 hazard monitor watches the belt speed, the belt "
        "alignment at head and boot, the bearing temperatures and the boot level probe, and shows codes on its "
        "display.",
    ),
    (
        "warn",
        "WARNING: Grain and feed dust can form explosive atmospheres. Keep the explosion relief panels on the "
        "head and the legs free; never cover them or bolt them shut. Lock off the drive and wait for the belt to "
        "stop before opening any inspection door. The backstop holds a loaded belt, but never work below loaded "
        "buckets: run the elevator without feed for at least 2 minutes first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BE-250", "BE-400"],
            ["Capacity, wheat", "25 t/h", "60 t/h"],
            ["Belt width", "250 mm", "400 mm"],
            ["Bucket width", "230 mm", "360 mm"],
            ["Bucket volume (water level)", "1.2 L", "2.9 L"],
            ["Bucket pitch", "250 mm", "280 mm"],
            ["Belt speed at 50 Hz", "2.6 m/s", "2.9 m/s"],
            ["Head pulley diameter", "500 mm", "630 mm"],
            ["Boot pulley (wing type) diameter", "400 mm", "500 mm"],
            ["Centre distance, max.", "30 m", "40 m"],
            ["Drive power for 20 m centres", "4 kW", "7.5 kW"],
            ["Belt", "EP 400/3, 8 mm", "EP 500/4, 10 mm"],
            ["Lump size, max.", "15 mm", "25 mm"],
            ["Bucket bolts", "M8, 2 per bucket", "M10, 3 per bucket"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Capacities hold for wheat with a bulk density of 0.75 t/m³, buckets filled to 75 % of their water level "
        "volume and the belt speed at 50 Hz. For other free-flowing materials the volume flow stays about the "
        "same; sticky, fibrous or aerated powders are not suited. The material temperature must not exceed 80 °C "
        "with the standard belt. A heat-resistant belt for material up to 130 °C is available for the BE-400 only.",
    ),
    ("h", "2. Operation and belt tension"),
    (
        "cols",
        [
            ("h", "Starting and stopping"),
            (
                "p",
                "Start the elevator empty and let it reach full speed before opening the feed. The HM-8 ignores "
                "underspeed for the first 5 seconds after a start. Never start with a choked boot: the belt will "
                "slip on the head pulley and burn the lagging. To stop, close the feed first and run the elevator "
                "empty for at least 2 minutes before stopping the drive.",
            ),
            ("h", "Feeding"),
            (
                "p",
                "Feed into the inlet on the up-going side of the boot. The feed rate must not exceed the rated "
                "capacity. A feed gate or rotary feeder in front of the elevator must be interlocked so that it "
                "stops when the elevator stops or the HM-8 trips.",
            ),
            ("h", "Belt tension"),
            (
                "p",
                "The boot has two screw take-ups. Tighten both screws evenly until the boot pulley turns without "
                "slip with the belt running empty, then give each screw a further two turns. Adjust both sides "
                "equally or the belt will wander. Too much tension overloads the boot bearings.",
            ),
            ("h", "Take-up travel"),
            (
                "p",
                "The take-ups have 200 mm of travel on the BE-250 and 300 mm on the BE-400. When less than 50 mm "
                "of travel is left, shorten the belt by one bucket pitch and splice it again.",
            ),
            ("h", "Belt tracking"),
            (
                "p",
                "The belt must run centred within 10 mm at the head and the boot. The HM-8 alignment sensors "
                "trip when the belt edge touches them, about 25 mm off centre.",
            ),
            ("h", "Discharge throat"),
            (
                "p",
                "Set the throat plate 10 to 15 mm from the bucket tips as they pass over the head pulley. A wider "
                "gap lets material fall back down the leg.",
            ),
        ],
    ),
    ("h", "3. HM-8 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            [
                "H01",
                "Belt underspeed: boot pulley below 80 % of normal speed for more than 3 s",
                "Belt slip or choke: stop the feed, check the boot and the belt tension",
            ],
            ["H02", "Belt misaligned at the head, left side", "Correct the tracking"],
            ["H03", "Belt misaligned at the head, right side", "Correct the tracking"],
            ["H04", "Belt misaligned at the boot", "Adjust both take-ups evenly"],
            ["H05", "Head bearing temperature above 70 °C", "Stop; check the grease and the bearing"],
            ["H06", "Boot bearing temperature above 70 °C", "Stop; check the grease and the bearing"],
            ["H07", "Boot choke: level probe covered for more than 2 s", "Stop the feed, clear the boot (section 5)"],
            ["H09", "Motor overload relay tripped", "Check for a choke, then reset the relay"],
            ["H10", "Sensor circuit open or shorted", "Check the sensor cables and junction boxes"],
            ["H11", "Emergency stop or pull cord operated", "Reset at the device, then at the HM-8"],
            ["H12", "Inspection door open", "Close the door and reset"],
        ],
        (16, 80, 74),
    ),
    (
        "p",
        "In normal running a bearing should be no more than 40 °C above the ambient temperature.",
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Capacity lower than rated", "Feed too low, buckets worn or missing", "Check the feed; replace buckets"],
            [
                "Material falls back down the leg, heavy spill in the boot",
                "Discharge throat gap too wide, belt speed low, head lagging worn",
                "Set the throat plate 10 to 15 mm from the buckets; check the speed and the lagging",
            ],
            [
                "Buckets strike the casing",
                "Belt running off centre, loose bucket",
                "Track the belt; retighten the bucket bolts",
            ],
            ["Belt slips at start", "Tension too low, boot full", "Clear the boot; tension the belt"],
            ["Knock once per belt revolution", "Damaged splice or torn bucket", "Inspect the splice and the buckets"],
            [
                "Dust escapes at the head",
                "Aspiration duct blocked, cover seal worn",
                "Clean the duct; replace the seal",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Clearing a choked boot"),
    (
        "ol",
        [
            "Stop the feed and the elevator and lock off the drive isolator.",
            "Close the feed gate upstream and lock it.",
            "Open the boot clean-out doors on both sides.",
            "Dig the material out of the boot with hand tools until the boot pulley is clear; never use the drive "
            "to jog the belt through a full boot.",
            "Check the belt and the head pulley lagging for burn marks.",
            "Close the doors, remove the locks, start the elevator empty and watch for H01 before opening the feed.",
        ],
    ),
    ("h", "6. Replacing a bucket"),
    (
        "ol",
        [
            "Run the elevator empty, stop it and lock off the drive isolator.",
            "Turn the head pulley with the barring tool until the bucket is at the up-leg inspection door.",
            "Remove the elevator bolts and the bucket.",
            "Fit the new bucket with new elevator bolts, the bolt heads on the pulley side of the belt.",
            "Tighten M8 bolts to 18 Nm on the BE-250 and M10 bolts to 35 Nm on the BE-400; do not crush the belt.",
            "Turn the belt one full revolution with the barring tool and check that the bucket clears the throat "
            "plate.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check for spillage at the boot and dust at the head; listen for knocking"],
            ["Weekly", "Check the belt tracking at the head and boot doors; test the HM-8 with its test button"],
            ["Monthly", "Check the bucket bolts; check the take-up travel left"],
            [
                "Every 1000 h",
                "Grease head and boot bearings with lithium EP2 grease: 10 g per bearing on the BE-250, "
                "20 g on the BE-400",
            ],
            [
                "Every 10000 h or 2 years",
                "Change the gear motor oil, synthetic ISO VG 220: 3.5 L on the BE-250, 7 L on the BE-400",
            ],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "BE-250", "BE-400"],
            ["Bucket, HDPE", "ELV-BK12P", "ELV-BK29P"],
            ["Bucket, steel", "-", "ELV-BK29S"],
            ["Elevator bolts with nuts, pack of 50", "ELV-EB08 (M8)", "ELV-EB10 (M10)"],
            ["Boot pulley bearing unit", "ELV-UB35", "ELV-UB45"],
            ["HM-8 speed sensor", "ELV-SS1", "ELV-SS1"],
            ["HM-8 belt alignment sensor", "ELV-AS2", "ELV-AS2"],
            ["Belt splice clamp", "ELV-SC250", "ELV-SC400"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Gravimex LW loss-in-weight feeders
GRAVIMEX = [
    ("title", "Gravimex LW Loss-in-Weight Feeders\nOperating and Maintenance Instructions - LW-20 and LW-60"),
    (
        "p",
        "Document GVX-BA-LW-12, Edition 5, January 2024. Gravimex Dosiertechnik GmbH. The LW-20 and LW-60 are "
        "gravimetric twin-screw feeders for powders and granulates. The hopper, the agitator and the screws sit "
        "on three load cells; the GC-3 controller weighs the loss of weight of the whole feeder and adjusts the "
        "screw speed so that the feed rate matches the setpoint. The hopper is refilled automatically through a "
        "refill valve above it. The LW-20 has a 20 L hopper and 25 mm screws, the LW-60 a 60 L hopper and 50 mm "
        "screws.",
    ),
    (
        "warn",
        "WARNING: The screws and the agitator are shear points. Never reach into the hopper or the screw outlet "
        "while the feeder is powered; under automatic control the screws can start at any time. Switch off and "
        "lock the main switch before removing the screws. Combustible dusts need an earthed feeder and earthed "
        "bellows.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LW-20", "LW-60"],
            ["Hopper volume", "20 L", "60 L"],
            ["Twin screw diameter", "25 mm", "50 mm"],
            ["Feed rate, PE granulate", "2-250 kg/h", "20-1500 kg/h"],
            ["Screw speed", "10-150 rpm", "10-150 rpm"],
            ["Load cells", "3 x 30 kg", "3 x 100 kg"],
            ["Weighing resolution", "1 g", "5 g"],
            ["Screw drive motor", "0.37 kW", "1.1 kW"],
            ["Supply", "230 V 1~ 50/60 Hz", "400 V 3~ 50/60 Hz"],
            ["Weight, empty", "48 kg", "135 kg"],
            ["Ambient temperature", "0-40 °C", "0-40 °C"],
            ["Refill valve", "DN 100 slide valve", "to suit the installation, on request"],
        ],
        (65, 50, 55),
    ),
    (
        "p",
        "Feed rates are for free-flowing PE granulate with a bulk density of 0.55 kg/L. Feeding accuracy is "
        "±0.5 % of the setpoint (2 sigma, 1-minute samples) for free-flowing granulate between 10 % and 100 % of "
        "screw speed, and ±1 % for free-flowing powders, with the feeder on a rigid base free of shocks and "
        "draughts.",
    ),
    ("h", "2. Gravimetric operation"),
    (
        "cols",
        [
            ("h", "Weighing"),
            (
                "p",
                "The GC-3 reads the weight of the whole feeder 40 times a second and calculates the loss of weight "
                "per unit of time. Anything else that adds or takes weight is read as feed: a hand on the hopper, a "
                "tool laid on the lid, a stiff bellows or a draught. Never lean on the feeder or put objects on it, "
                "and keep doors and fans that blow on it closed or turned away.",
            ),
            ("h", "Start and learning"),
            (
                "p",
                "At start the feeder runs volumetrically at the last screw factor for 30 s, then switches to "
                "gravimetric control. After a change of material, run a learning run (menu 4.2) so that the first "
                "minutes are close to the setpoint.",
            ),
            ("h", "Refill"),
            (
                "p",
                "Refill starts when the hopper falls to 20 % of its net capacity and stops at 80 %. During refill "
                "the controller holds the screw speed constant and returns to gravimetric control when the settle "
                "time (parameter R5, default 3 s) has passed after the refill valve closes. A refill should take "
                "no more than 10 % of the time between refills. The refill time limit, parameter R4, is 60 s by "
                "default.",
            ),
            ("h", "Flexible connections"),
            (
                "p",
                "The inlet and outlet bellows must hang slack, each with 5 to 10 mm of free length. A bellows pulled "
                "tight or pushed together carries weight and spoils the accuracy. Use the Gravimex clamp rings, "
                "not hose clips.",
            ),
            ("h", "Agitator and screws"),
            (
                "p",
                "The agitator keeps powders flowing into the screws. Switch it off for free-flowing granulate, as "
                "it can grind pellets; switch it on for powders and any material that bridges. Concave screws "
                "suit most powders; use spiral screws for granulate and sticky materials.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            [
                "101",
                "Feed rate outside the alarm band (default ±5 % for 30 s)",
                "Check the refill, bellows and draughts",
            ],
            [
                "102",
                "Feed rate outside the shutdown band (default ±15 % for 60 s); feeder stops",
                "As 101; check for bridging or a blocked outlet",
            ],
            ["103", "Hopper empty: net weight below 5 % of capacity", "Check the refill supply"],
            [
                "104",
                "Refill not finished within the refill time R4",
                "Check the refill valve and the material above it",
            ],
            [
                "105",
                "Load cell overload, above 110 % of rated load",
                "Remove objects from the feeder; check for build-up around the frame",
            ],
            ["106", "Load cell signal out of range", "Check the load cell cables and the junction box"],
            ["107", "Screw drive fault", "Read the drive display; check the motor cable"],
            [
                "109",
                "Screw at maximum speed for more than 10 s; setpoint cannot be reached",
                "Check for bridging; fit larger screws or reduce the setpoint",
            ],
            ["110", "Screw below minimum speed (5 %)", "Setpoint too low for these screws: fit smaller screws"],
            ["111", "Agitator motor stopped", "Check the agitator motor protection"],
            ["112", "Fieldbus communication lost", "Check the Profinet cable; the feeder runs on for 10 s, then stops"],
        ],
        (16, 80, 74),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Feed rate swings up and down",
                "Vibration or draughts, tight bellows, damaged load cell cable",
                "Slacken the bellows, shield the feeder, check the cables",
            ],
            [
                "Rate overshoots after each refill",
                "Material still settling when gravimetric control resumes",
                "Raise the settle time R5",
            ],
            [
                "Rate drifts slowly over hours",
                "Material building up on the hopper walls or in the screw tube",
                "Clean; switch the agitator on",
            ],
            [
                "Powder floods out of the screws",
                "Aerated powder running through",
                "Fit concave screws; lengthen the settle time",
            ],
            ["Screws at full speed, low output", "Material bridging in the hopper", "Switch the agitator on"],
            [
                "Weight changes with the feeder stopped",
                "Objects or bellows touching, load cell fault",
                "Zero check (section 5)",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Checking and calibrating the weighing"),
    (
        "ol",
        [
            "Empty the hopper and stop the feeder. Make sure nothing touches the feeder and the bellows hang slack.",
            "In menu 6.1 press Zero. The display must settle at 0.000 kg within 2 digits.",
            "Place the certified test weight centrally on the hopper lid: 10 kg on the LW-20, 50 kg on the LW-60.",
            "If the reading differs from the test weight by more than 0.1 %, enter the test weight in menu 6.2 and "
            "press Span.",
            "Remove the weight; the display must return to zero within 2 digits.",
            "Record the result in the calibration log.",
        ],
    ),
    (
        "p",
        "After each calibration make a catch test: run at the normal setpoint, catch the material from the outlet "
        "for exactly 60 s in a tared container, weigh it on a calibrated scale and compare it with the setpoint "
        "divided by 60. The difference should be no more than 1 %.",
    ),
    ("h", "6. Changing the screws"),
    (
        "ol",
        [
            "Stop the feeder, lock the main switch and empty the hopper as far as possible.",
            "Unplug the motor connector and remove the outlet bellows.",
            "Undo the four star knobs of the screw tube flange and pull the screw tube off.",
            "Pull the screws out of the drive couplings; mark the left and the right screw.",
            "Fit the new screws, the marked left screw in the left coupling seen from the outlet; refit the tube "
            "and tighten the star knobs by hand.",
            "Refit the bellows slack, enter the new screw type in menu 4.1 and run a learning run.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check that the bellows hang slack; clean the outlet"],
            ["Weekly", "Check the zero with the hopper empty"],
            ["Monthly", "Clean the hopper and the screws; check the screw tube seal"],
            ["Every 6 months", "Calibration check with the test weight and a catch test"],
            ["Every 12 months", "Replace the bellows; the gearbox is lubricated for life"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "LW-20", "LW-60"],
            ["Concave twin screws, set", "GVX-CS25", "GVX-CS50"],
            ["Spiral twin screws, set", "GVX-SS25", "GVX-SS50"],
            ["Outlet bellows", "GVX-BW80", "GVX-BW125"],
            ["Clamp ring", "GVX-CR80", "GVX-CR125"],
            ["Load cell", "GVX-LC30", "GVX-LC100"],
            ["Screw tube seal", "GVX-ST25", "GVX-ST50"],
            ["Test weight", "GVX-TW10 (10 kg)", "GVX-TW50 (50 kg)"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Trayvant TS tray sealers
TRAYVANT = [
    ("title", "Trayvant TS Automatic Tray Sealers\nOperator Manual - TS-4 and TS-6"),
    (
        "p",
        "Document TRV-OM-TS-15, Issue 3, June 2024. Trayvant Packaging Machines. The TS-4 and TS-6 are inline "
        "tray sealers for food trays. The infeed belt brings the trays into the tool, the lower tool lifts them "
        "against the heated upper tool, lidding film from the reel is sealed on and cut to the tray contour, and "
        "the sealed trays leave on the outfeed belt. With the vacuum and gas option the tool chamber is evacuated "
        "and flushed with protective gas (MAP) before sealing. The TS-4 has a 40 m³/h vacuum pump, the TS-6 a "
        "100 m³/h pump and the larger tool area.",
    ),
    (
        "warn",
        "WARNING: The upper tool runs at up to 220 °C and stays hot for more than an hour after switch-off. "
        "Change tools only when the tool temperature display shows below 50 °C, and wear heat-resistant gloves. "
        "Protective gases (nitrogen, carbon dioxide) displace oxygen: install the machine in a ventilated room "
        "and lead the vacuum pump exhaust outdoors.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TS-4", "TS-6"],
            ["Cycles per minute, max.", "12", "10"],
            ["Tool area, max.", "360 x 260 mm", "520 x 380 mm"],
            ["Tray depth, max.", "110 mm", "150 mm"],
            ["Lidding film width", "150-380 mm", "200-540 mm"],
            ["Film reel diameter, max.", "250 mm", "300 mm"],
            ["Film core", "76 mm", "76 mm"],
            ["Sealing temperature", "100-220 °C", "100-220 °C"],
            ["Sealing force at 6 bar", "18 kN", "36 kN"],
            ["Vacuum pump", "40 m³/h", "100 m³/h"],
            ["Compressed air", "6 bar, 150 NL/min", "6 bar, 250 NL/min"],
            ["Protective gas at the inlet", "2.5-4 bar", "2.5-4 bar"],
            ["Supply 400 V 3~ 50 Hz", "7.5 kW", "12 kW"],
            ["Weight", "850 kg", "1350 kg"],
        ],
        (65, 50, 55),
    ),
    (
        "p",
        "Cycle rates are for sealing only. With vacuum and gas flush a 50 mm deep tray runs at about 7 cycles per "
        "minute on both models. A residual oxygen below 0.5 % is reached with 50 mm deep trays, vacuum to 10 mbar "
        "and a gas flush to 800 mbar (abs.); porous products give higher values.",
    ),
    ("h", "2. Sealing settings"),
    (
        "p",
        "Starting values for lidding films 40 to 60 µm thick at 6 bar sealing pressure. Fine-tune with a peel test.",
    ),
    (
        "table",
        [
            ["Tray material", "Lidding film", "Temperature", "Sealing time"],
            ["PP", "PP/PE peelable", "170-185 °C", "1.2-1.8 s"],
            ["APET", "APET/PE", "150-165 °C", "1.0-1.5 s"],
            ["CPET (ovenable)", "CPET", "190-210 °C", "1.5-2.0 s"],
            ["Aluminium, lacquered", "Lacquered aluminium foil", "200-220 °C", "1.5-2.5 s"],
        ],
        (45, 50, 40, 35),
    ),
    (
        "cols",
        [
            ("h", "Tool recognition"),
            (
                "p",
                "Each tool carries an ID chip; the machine loads the tool's recipe limits when the tool is coupled. "
                "A tool whose chip cannot be read will not run (S13).",
            ),
            ("h", "Sealing pressure"),
            (
                "p",
                "The sealing force is set by the air pressure on the lift cylinders. 6 bar gives the full force. "
                "Lower it for thin-walled trays that deform, but never below 4 bar, or the seal will be weak at "
                "the corners.",
            ),
            ("h", "Silicone seal rubber"),
            (
                "p",
                "The lower tool carries a silicone seal rubber under the tray flange. Replace it when it is cut, "
                "hardened or pressed down by more than 1 mm; a damaged rubber gives a leak at the same place on "
                "every pack. Seal rubbers and knives are tool parts: order them with the tool number from the "
                "tool plate.",
            ),
            ("h", "Film tension"),
            (
                "p",
                "The unwind brake keeps the film taut. Too little tension gives creases in the seal; too much "
                "stretches printed film and shifts the print.",
            ),
            ("h", "Print registration"),
            (
                "p",
                "Printed film carries a registration mark. Three cycles in a row without a mark stop the machine "
                "(S10). Clean the mark sensor lens daily.",
            ),
            ("h", "Cutting"),
            (
                "p",
                "A knife in the upper tool cuts the film around the tray contour. A blunt knife leaves film tails "
                "at the corners.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Emergency stop", "Release, press Reset"],
            ["S02", "Guard open", "Close the guard, press Reset"],
            ["S03", "Sealing temperature more than 10 °C below setpoint", "Wait for heat-up; check the heater fuses"],
            [
                "S04",
                "Sealing temperature more than 15 °C above setpoint",
                "Check the thermocouple and the heater relay",
            ],
            ["S05", "Thermocouple open circuit", "Check the tool connector"],
            [
                "S06",
                "Vacuum not reached within the set time (default 8 s)",
                "Check the tool gasket, the pump oil and the hoses",
            ],
            ["S07", "Protective gas pressure below 1.5 bar", "Check the gas supply and the regulator"],
            ["S08", "Compressed air below 5 bar", "Check the supply"],
            ["S09", "Film break or end of film", "Change or rethread the film"],
            ["S10", "Registration mark not found in 3 cycles", "Clean the mark sensor; check the film threading"],
            ["S12", "Tray missing or out of position in the tool", "Check the infeed and the tray sensor"],
            ["S13", "Tool not recognised", "Check the tool connector and the ID chip"],
            ["S14", "Vacuum pump motor overload", "Check the pump oil and the motor protection"],
        ],
        (16, 80, 74),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Leak at the same point on every tray",
                "Seal rubber damaged there, dirt on the tool",
                "Replace the rubber; clean the tool",
            ],
            [
                "Creases in the seal",
                "Film tension too low, product on the tray flange",
                "Increase the unwind brake; check the filling",
            ],
            ["Film tails at the corners", "Knife blunt", "Replace the knife"],
            [
                "Seal weak, peels too easily",
                "Temperature or time too low, pressure below 4 bar",
                "Raise to the values in section 2",
            ],
            ["Film burnt or holed", "Temperature too high", "Lower the temperature"],
            [
                "Residual oxygen too high",
                "Vacuum not reached, gas flush too short, tool gasket leaking",
                "Check the pump oil and the gasket; lengthen the gas flush",
            ],
            ["Trays deformed", "Vacuum too deep for thin trays", "Raise the vacuum end point"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the tool"),
    (
        "ol",
        [
            "Run the machine empty and select Tool change on the HMI; the upper tool heaters switch off.",
            "Wait until the tool temperature display shows below 50 °C.",
            "Switch off and lock the main switch; close the gas supply valve.",
            "Open the guard and unplug the heater and thermocouple connectors of the upper tool.",
            "Release the four quick-release clamps and pull the upper tool onto the tool trolley; the TS-4 upper "
            "tool weighs 38 kg, the TS-6 upper tool 62 kg.",
            "Change the lower tool in the same way, fit the new tools, plug in the connectors and check that the "
            "HMI shows the new tool number.",
        ],
    ),
    ("h", "6. Changing the film reel"),
    (
        "ol",
        [
            "Stop the machine at the end of a cycle and open the unwind guard.",
            "Cut the old film behind the tool and remove the empty core.",
            "Push the new reel onto the shaft up to the centring cone, sealing layer facing down towards the trays.",
            "Thread the film as shown on the threading label and join it to the old film end with adhesive tape.",
            "Close the guard and press Film advance until the joint has passed the tool.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Clean the tools with a damp cloth below 50 °C; clean the mark sensor lens; test the guard switches",
            ],
            ["Weekly", "Check the seal rubbers and the knife; check the vacuum pump oil level"],
            ["Every 500 h", "Clean the vacuum pump inlet screen"],
            [
                "Every 2000 h",
                "Change the vacuum pump oil VS-68 (1.0 L on the TS-4, 2.0 L on the TS-6) and exhaust filter",
            ],
            ["Yearly", "Gas mixer and residual oxygen analyser (option) checked by Trayvant service"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "TS-4", "TS-6"],
            ["Vacuum pump oil VS-68, 1 L", "TRV-OIL68", "TRV-OIL68"],
            ["Vacuum pump exhaust filter", "TRV-EF40", "TRV-EF100"],
            ["Mark sensor", "TRV-MS2", "TRV-MS2"],
            ["Guard door switch", "TRV-GS1", "TRV-GS1"],
            ["Unwind brake pad", "TRV-BP1", "TRV-BP1"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Stackwell VLM vertical lift modules
STACKWELL = [
    ("title", "Stackwell VLM Vertical Lift Modules\nOperation and Maintenance Manual - VLM-250 and VLM-500"),
    (
        "p",
        "Document STW-OM-VLM-04, Revision 2, October 2023. Stackwell Intralogistics AB. The VLM-250 and VLM-500 "
        "are automated vertical storage units. Trays are stored in two columns, at the front and at the back of "
        "the unit. A central extractor travels up and down on four toothed lift belts, pulls a tray from its "
        "location and presents it at the access opening. When a tray is returned, a height check light curtain "
        "reads the tallest item and the extractor weighs the tray; the tray is then stored in the nearest free "
        "location with enough height. The VLM-250 carries trays of up to 250 kg, the VLM-500 trays of up to "
        "500 kg.",
    ),
    (
        "warn",
        "DANGER: Never enter the unit or reach past the access opening light curtain. The extractor moves at up "
        "to 2 m/s without warning. Work inside the unit is only for trained persons, with the main switch locked "
        "off and the extractor lowered onto its maintenance stops.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VLM-250", "VLM-500"],
            ["Tray payload, evenly distributed", "250 kg", "500 kg"],
            ["Usable tray size", "2450 x 654 mm", "3050 x 864 mm"],
            ["Unit height", "3.0-12.0 m", "3.5-16.0 m"],
            ["Unit gross load, max. (trays and goods)", "30 t", "60 t"],
            ["Tray location pitch", "25 mm", "25 mm"],
            ["Item height, max.", "450 mm", "600 mm"],
            ["Extractor speed, max.", "2.0 m/s", "1.6 m/s"],
            ["Lift motor", "4.0 kW", "7.5 kW"],
            ["Supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 25 A"],
            ["Ambient temperature", "5-40 °C", "5-40 °C"],
            ["Noise", "below 70 dB(A)", "below 70 dB(A)"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The payload holds only when the load is spread evenly over the tray. A single point load must not exceed "
        "100 kg on the VLM-250 or 150 kg on the VLM-500, and the centre of gravity of the load must lie within "
        "200 mm of the tray centre front to back. The tray weighing trips at 5 % above the rated payload. Items "
        "must not project beyond the tray edges. The average access time of 45 s applies to a 6 m unit with trays "
        "at random heights; taller units take longer. Above 35 °C ambient the lift drive runs at 75 % speed.",
    ),
    (
        "p",
        "Floor: concrete at least 200 mm thick, flat to within 5 mm over the footprint of the unit. The unit is "
        "levelled with the adjustable feet before the first tray is loaded.",
    ),
    ("h", "2. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["Err 21", "Access opening light curtain interrupted", "Remove the object; press Continue"],
            [
                "Err 22",
                "Item too high for any free location (height check)",
                "Tray returned to the opening: lower or remove the item",
            ],
            ["Err 23", "Tray overweight", "Tray returned to the opening: remove goods"],
            ["Err 24", "Tray not locked on the extractor", "Press Continue; if repeated, call service"],
            ["Err 25", "Lift belt slack or broken", "Stop; do not reset; call service"],
            ["Err 26", "Lift motor overtemperature", "Let the motor cool for 30 minutes"],
            ["Err 27", "Lift drive (inverter) fault", "Read the inverter code; switch off for 1 minute"],
            ["Err 28", "Extractor chain timeout", "Check for an item caught at the tray edge"],
            ["Err 30", "Tray position lost", "Run a reference travel from the service menu"],
            ["Err 31", "Access opening safety edge pressed", "Clear the opening; press Continue"],
            ["Err 32", "Maintenance door open", "Close the door and reset"],
            ["Err 33", "24 V supply fault", "Check fuse F3 (4 A) in the control cabinet"],
            ["Err 34", "Warehouse system link lost", "Unit works on the local keypad; check the network"],
        ],
        (18, 78, 74),
    ),
    ("h", "3. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Tray comes back out after pressing Store",
                "Item too high (Err 22) or tray overweight (Err 23)",
                "Lower the item or remove goods; spread the load",
            ],
            [
                "Extractor stops at the opening",
                "Light curtain interrupted or lenses dirty",
                "Remove objects; clean the lenses",
            ],
            ["Squeal from the lift at start", "Lift belts out of tension", "Check the belt tension (section 5)"],
            [
                "Tray does not pull out fully",
                "Item caught on the tray guides",
                "Check for goods overhanging the tray edges",
            ],
            ["Unit runs slowly", "Ambient above 35 °C, lift drive derated", "Ventilate the room"],
            ["Display dark", "Main switch off, 24 V fuse blown", "Check the main switch and fuse F3"],
        ],
        (50, 60, 60),
    ),
    ("h", "4. Retrieving a tray during a power failure"),
    (
        "p",
        "This is only possible for a tray that is on the extractor. Trays in their storage locations cannot be "
        "moved by hand.",
    ),
    (
        "ol",
        [
            "Switch off and lock the main switch; the lift motor brake stays closed.",
            "Open the service hatch on the right side panel with the service key.",
            "Fit the hand crank onto the lift motor shaft extension.",
            "Pull the brake release lever and hold it while turning the crank; one turn moves the extractor about "
            "4 mm on the VLM-250 and 3 mm on the VLM-500.",
            "Bring the extractor level with the access opening, release the lever and pull the tray out by hand.",
            "Remove the crank and close the hatch before switching on; the unit then runs a reference travel.",
        ],
    ),
    ("h", "5. Checking the lift belts"),
    (
        "ol",
        [
            "Lower the extractor onto the maintenance stops and lock off the main switch.",
            "Open the rear maintenance door.",
            "At the middle of the free belt span press the belt with a spring gauge: 50 N must deflect it 12-15 mm "
            "on the VLM-250 and 10-12 mm on the VLM-500.",
            "Adjust with the tensioner nuts at the top of the unit, the two belts of one side equally.",
            "Check the belt teeth; if any belt shows cracks or missing teeth, replace all four belts.",
        ],
    ),
    ("h", "6. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Clean the light curtain and height check lenses; test the access opening safety edge"],
            ["Monthly", "Check the tray guides for damage; run test program T1"],
            ["Every 6 months", "Check the lift belt tension and condition; oil the extractor chain"],
            ["Yearly", "Inspection by a competent person as required for lifting equipment"],
            ["10 years or 200 000 cycles, whichever comes first", "Replace the four lift belts"],
        ],
        (60, 110),
    ),
    (
        "table",
        [
            ["Spare part", "VLM-250", "VLM-500"],
            ["Lift belt, set of 4", "STW-LB50", "STW-LB75"],
            ["Extractor chain", "STW-EC08", "STW-EC10"],
            ["Access opening light curtain", "STW-LC18", "STW-LC18"],
            ["Access opening safety edge", "STW-SE24", "STW-SE30"],
            ["Hand crank", "STW-HC01", "STW-HC01"],
            ["Tray divider set", "STW-TD25", "STW-TD30"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("elvancourt-be-bucket-elevator.pdf", "Elvancourt ELV-OM-BE-07 Rev C - BE-250 / BE-400", ELVANCOURT),
        ("gravimex-lw-loss-in-weight-feeder.pdf", "Gravimex GVX-BA-LW-12 Ed 5 - LW-20 / LW-60", GRAVIMEX),
        ("trayvant-ts-tray-sealer.pdf", "Trayvant TRV-OM-TS-15 Issue 3 - TS-4 / TS-6", TRAYVANT),
        ("stackwell-vlm-vertical-lift-module.pdf", "Stackwell STW-OM-VLM-04 Rev 2 - VLM-250 / VLM-500", STACKWELL),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 7, 21, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
