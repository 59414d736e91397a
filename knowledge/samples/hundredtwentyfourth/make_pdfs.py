"""Generate the PDF manuals of the hundred-and-twenty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set124-scratch/venv && /tmp/set124-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set124-scratch/venv/bin/python knowledge/samples/hundredtwentyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Schubrand PZ pusher salt centrifuges
SCHUBRAND = [
    ("title", "Schubrand PZ Two-Stage Pusher Centrifuges for Salt\nOperation and Maintenance Manual - PZ-50 and PZ-80"),
    (
        "p",
        "Document SCB-OM-PZ-11, Edition 3, March 2025. Schubrand Separation Technik. The PZ-50 and PZ-80 are "
        "continuous two-stage pusher centrifuges for dewatering crystalline sodium chloride from the slurry of a "
        "vacuum salt plant. The slurry enters the inner (first stage) basket through the feed pipe; a hydraulic "
        "pusher moves the cake forward in strokes onto the outer (second stage) basket and out into the discharge "
        "housing. The brine passes through the slotted screens into the filtrate housing. Apart from the basket "
        "size, the drives and the values given for each model, the two centrifuges are built alike. The feed "
        "thickener or elutriation leg, the salt dryer after the centrifuge and the plant vibration monitoring "
        "system are covered by their own documents. Balancing of the basket assembly and replacement of the main "
        "bearings are done only by Schubrand service.",
    ),
    (
        "warn",
        "WARNING: Never open the housing or the inspection covers before the basket has stopped completely and the "
        "main motor is locked out. The rundown time without the brake is about 6 min (PZ-50) and about 10 min "
        "(PZ-80). Hot brine up to 110 °C can spray from open covers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PZ-50", "PZ-80"],
            ["Outer basket (second stage), inside diameter", "500 mm", "800 mm"],
            ["Inner basket (first stage), inside diameter", "430 mm", "710 mm"],
            ["Basket length, first stage / second stage", "160 / 250 mm", "220 / 360 mm"],
            ["Maximum basket speed", "1900 rpm", "1500 rpm"],
            ["Centrifugal acceleration at the outer basket, maximum speed", "1009 g", "1006 g"],
            [
                "Throughput, vacuum salt of 0.2-0.8 mm mean crystal size, feed 50-60 % solids by mass",
                "8-12 t/h",
                "20-30 t/h",
            ],
            ["Pusher stroke length", "40 mm", "55 mm"],
            ["Stroke frequency, settable", "40-80 strokes/min", "35-70 strokes/min"],
            ["Main motor 400 V 3~ 50 Hz", "30 kW", "75 kW"],
            ["Hydraulic pump motor", "5.5 kW", "11 kW"],
            ["Hydraulic pressure in normal operation", "60-90 bar", "70-100 bar"],
            ["Hydraulic pressure alarm (Z03)", "120 bar", "130 bar"],
            ["Hydraulic relief valve setting", "140 bar", "150 bar"],
            ["Hydraulic oil HLP 46, tank volume", "120 L", "220 L"],
            ["Screen slot width, new", "0.20 mm", "0.20 mm"],
            ["Residual moisture of the cake", "2.0-3.0 %", "2.0-3.0 %"],
            ["V-belt set", "4 x SPB 2360", "6 x SPC 3350"],
            ["Mass, complete", "4.2 t", "8.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput and the residual moisture hold only for vacuum salt of 0.2-0.8 mm mean crystal size, fed "
        "at 50-60 % solids by mass and spun at the maximum basket speed. For finer salt the throughput falls and "
        "the moisture rises; figures for salt below 0.2 mm are not given here and must be asked of Schubrand. "
        "The centrifugal acceleration can be worked out for any speed: G = basket diameter (m) / 2 x (speed (rpm) x "
        "0.1047)² / 9.81.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the main motor, the hydraulic pump and the lubrication pump before any work on the machine.",
            "Wear a face shield and brine-resistant gloves when taking samples: the filtrate and the cake can be "
            "hotter than 90 °C.",
            "Never run the centrifuge with an inspection cover removed or with the housing door switch bridged.",
            "Do not climb onto the housing. Salt crust on the covers and the platform is slippery when wet.",
            "Lifting the basket assembly needs a crane and lifting gear rated for at least 1.5 t (PZ-50) or 3.2 t "
            "(PZ-80). The crane and its inspection are the site's responsibility.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Feed"),
            (
                "p",
                "Feed slurry of 50-60 % solids by mass. Below 45 % solids the cake does not form evenly and the "
                "centrifuge can run out of balance (washout). Above 65 % the slurry may block the feed pipe. The feed "
                "temperature must not exceed 110 °C. Never feed the centrifuge before it has reached full speed.",
            ),
            ("h", "Stroke frequency"),
            (
                "p",
                "Start at 60 strokes/min. Raise the frequency when the hydraulic pressure climbs towards the top of "
                "its normal range; lower it when the cake is wet and thin. A stroke that takes longer than 2 s is "
                "reported as Z09.",
            ),
            ("h", "Cake wash"),
            (
                "p",
                "The cake is washed on the second stage with saturated brine at 0.05-0.10 m³ per tonne of salt. "
                "Never wash with water or condensate while salt is being fed: it dissolves the cake and the salt "
                "loss rises steeply.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Measured at the bearing housing: alarm at 7.1 mm/s (Z06), trip at 11.2 mm/s (Z07). A rise of up "
                "to 1.5 mm/s for the first 5 min after a restart is normal while the cake forms again.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Oil temperature 30-60 °C in operation; the cooler fan starts at 50 °C. Above 65 °C the centrifuge "
                "is stopped (Z04).",
            ),
            ("h", "Bearing lubrication"),
            (
                "p",
                "The main bearings are lubricated by circulating oil from the hydraulic unit. The lubrication "
                "pressure must be at least 1.0 bar; the main motor cannot start below it (Z11).",
            ),
            ("h", "Speed"),
            (
                "p",
                "The basket speed may be lowered with the frequency converter but never raised above the maximum "
                "in section 1. A deviation of more than 5 % from the set speed for 10 s stops the feed (Z12).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["Z01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            [
                "Z02",
                "Main motor overload",
                "Feed too high, salt build-up in the discharge housing or V-belts slipping. Reduce the feed; clean "
                "the housing.",
            ],
            [
                "Z03",
                "Hydraulic pressure high",
                "Above 120 bar (PZ-50) or 130 bar (PZ-80): cake too thick, feed solids too high or salt caked "
                "behind the push plate.",
            ],
            ["Z04", "Oil temperature high", "Above 65 °C. Check the oil cooler fan and clean the cooler fins."],
            ["Z05", "Oil level low", "Top up with HLP 46 and look for leaks at the pusher cylinder."],
            ["Z06", "Vibration alarm", "7.1 mm/s reached. Check the feed solids; see section 5."],
            ["Z07", "Vibration trip", "11.2 mm/s reached. Stop the feed; let the machine run down; inspect."],
            ["Z08", "Feed valve", "Feed valve not in the commanded position after 5 s."],
            ["Z09", "Stroke slow", "One stroke took longer than 2 s, or no stroke was sensed for 10 s."],
            ["Z11", "Lubrication pressure low", "Below 1.0 bar. Check the filter and the oil level."],
            ["Z12", "Speed deviation", "More than 5 % from the set speed for 10 s. Check the belts."],
            ["Z13", "Cover open", "Housing door or inspection cover switch open."],
            ["Z14", "Service due", "4000 operating hours since the last Schubrand service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cake leaves the machine wet, moisture above 3 %",
                "Feed solids too low, screen slots blinded by fine salt or gypsum, too much wash brine",
                "Check the feed density; clean the screens; reduce the wash to 0.05 m³/t",
            ],
            [
                "Filtrate cloudy, salt in the filtrate tank",
                "Screen slots worn wider than 0.30 mm or a screen section broken",
                "Measure the slots (section 8); replace the worn sections",
            ],
            [
                "Vibration rises slowly over a shift",
                "Salt crust growing unevenly in the discharge housing or on the basket rim",
                "Flush the housing (section 7)",
            ],
            [
                "Vibration jumps suddenly after a feed change",
                "Washout: feed too thin, the cake slides off one side",
                "Stop the feed, let the cake spin dry, restart the feed above 50 % solids",
            ],
            [
                "Hydraulic pressure creeping up, strokes getting slow",
                "Cake too thick, feed solids above 60 %, or salt caked behind the push plate",
                "Raise the stroke frequency; reduce the feed; flush behind the push plate",
            ],
            [
                "Knocking at each end of the stroke",
                "End cushioning of the pusher cylinder worn or maladjusted",
                "Set the cushioning screws (half a turn at a time); call Schubrand if it persists",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the centrifuge"),
    (
        "ol",
        [
            "Check the oil level in the sight glass of the hydraulic unit and that all covers are closed.",
            "Start the hydraulic unit. The lubrication pressure must rise to at least 1.0 bar within 30 s.",
            "Start the main motor. The basket reaches full speed in about 90 s (PZ-50) or 150 s (PZ-80).",
            "Start the pusher at 60 strokes/min and check that the pressure stays within the normal range.",
            "Open the wash brine valve to 0.05 m³ per tonne of the expected feed.",
            "Open the feed valve slowly over about 1 min, up to the planned throughput.",
            "After 10 min check the cake moisture with a sample from the discharge chute.",
        ],
    ),
    ("h", "7. Stopping and flushing"),
    (
        "ol",
        [
            "Close the feed valve.",
            "Let the pusher run on for 3 min so that the baskets empty.",
            "Close the wash brine valve.",
            "Open the flushing valve: hot condensate of 60-80 °C for 5 min dissolves the salt crust in the "
            "baskets and the housing.",
            "Close the flushing valve and let the baskets spin dry for 2 min.",
            "Stop the pusher, then the main motor. Leave the hydraulic unit running until the basket has stopped, "
            "so that the bearings stay lubricated.",
        ],
    ),
    ("h", "8. Checking and replacing the screen sections"),
    (
        "ol",
        [
            "Stop and flush the centrifuge (section 7) and lock out all drives.",
            "Open the housing door and remove the splash ring.",
            "Measure the slot width with a feeler gauge at ten points on each stage.",
            "Replace a screen section when any slot is wider than 0.30 mm, when a bar is broken, or when the "
            "section has been in use for 8000 h, whichever comes first.",
            "Loosen the clamping ring screws and push the old section out towards the discharge side.",
            "Fit the new section with the slots running across the direction of the cake and the joint at the "
            "position marked on the basket.",
            "Tighten the clamping ring screws crosswise to 45 Nm (PZ-50) or 70 Nm (PZ-80).",
            "Refit the splash ring and close the housing; run the machine empty for 10 min and check the vibration.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check oil level, lubrication pressure and vibration; flush the housing at the end of a run"],
            ["Weekly", "Check the V-belts; check the screens for blinding"],
            ["500 h", "Replace the hydraulic filter element SCB-HF-10; check the push plate wear ring"],
            [
                "2000 h or 6 months, whichever comes first",
                "Check the V-belt tension; measure the screen slots (section 8)",
            ],
            ["4000 h (Z14)", "Schubrand service: balancing check, bearing condition, pusher seals"],
            ["8000 h or 2 years, whichever comes first", "Change the hydraulic oil: 120 L (PZ-50) or 220 L (PZ-80)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PZ-50", "PZ-80"],
            ["Screen section set, first stage", "SCB-SS1-50", "SCB-SS1-80"],
            ["Screen section set, second stage", "SCB-SS2-50", "SCB-SS2-80"],
            ["Push plate wear ring", "SCB-WR-50", "SCB-WR-80"],
            ["Hydraulic filter element", "SCB-HF-10", "SCB-HF-10"],
            ["V-belt set", "SCB-VB-50", "SCB-VB-80"],
            ["Pusher cylinder seal kit", "SCB-PS-50", "SCB-PS-80"],
            ["Main bearing set (fitted by Schubrand service)", "SCB-BS-50", "SCB-BS-80"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Haldenfors HSR stockpile stacker and reclaimer
HALDENFORS = [
    (
        "title",
        "Haldenfors HSR-800 Portal Stacker-Reclaimer for Salt Stockpiles\nOperating and Maintenance Instructions",
    ),
    (
        "p",
        "Document HBS-OM-HSR-04, Edition 2, June 2024. Haldenfors Bulk Systems. The HSR-800 is a rail-mounted "
        "portal machine for a longitudinal salt stockpile. It stacks with a luffing boom conveyor fed from the "
        "tripper of the stockpile feed conveyor, and it reclaims with a scraper chain boom hanging from the portal, "
        "which drags salt from the face of the pile onto the reclaim conveyor along the rail. It is used for vacuum "
        "salt, washed sea salt and crushed rock salt, in open yards and in covered stores. The feed conveyor with "
        "its tripper, the reclaim conveyor and the cable reel each have their own manual. The rail track and its "
        "foundation are the site's; the annual inspection of the machine as lifting and handling equipment is done "
        "by the inspector appointed by the site.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand on the stockpile while the machine is in automatic mode. Salt piles can slide "
        "without warning, and a person on the face can be drawn into the scraper chain. Keep at least 5 m from the "
        "scraper boom while it runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Stacking rate, nominal / maximum", "600 t/h / 660 t/h"],
            ["Reclaiming rate, dry vacuum salt (1.2 t/m³, moisture below 3 %)", "800 t/h"],
            ["Reclaiming rate, crushed rock salt 0-10 mm (1.3 t/m³)", "650 t/h"],
            ["Rail gauge", "38.0 m"],
            ["Stockpile: base width / height / length", "36 m / 12.5 m / 180 m"],
            ["Stockpile capacity, vacuum salt at 35° angle of repose", "about 44 000 t"],
            ["Boom conveyor: belt width / belt speed", "1000 mm / 2.5 m/s"],
            ["Boom luffing range", "-12° to +16°"],
            ["Scraper chain: two strands, pitch / speed", "200 mm / 0.8 m/s"],
            ["Scraper blades: spacing / width", "800 mm / 1600 mm"],
            ["Scraper chain drive", "2 x 55 kW"],
            ["Long travel: working speed / positioning speed", "0-20 m/min / 30 m/min"],
            ["Long travel drives", "8 x 5.5 kW"],
            ["Maximum wheel load", "250 kN"],
            ["Supply", "690 V 3~ 50 Hz via motor cable reel, 200 m cable"],
            ["Total installed power", "215 kW"],
            ["Operating mass", "168 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The reclaiming rates hold only for free-flowing salt at the stated bulk densities and moistures. Caked "
        "salt, salt that has been rained on, and salt with anticaking agent that has set over months reclaim "
        "more slowly; no rates are given for them here. The stockpile capacity is worked out for a pile with a "
        "triangular cross-section and half-cone ends.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Walk the rail track before each shift: no tools, salt "
            "lumps or vehicles on or beside the rails.",
            "Before going onto the machine, switch it to LOCAL and take the key. Before going into the scraper "
            "boom area, lock out the scraper chain drive.",
            "Wheel loaders working at the pile must keep out of the area between the rails while the machine moves.",
            "In open yards, park the machine and set the rail clamps when the wind exceeds the limits in section 3.",
            "Salt dust in the cabin and on the walkways is slippery; clean it away each shift.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Wind (open yards only)"),
            (
                "p",
                "Operation is allowed up to a wind speed of 20 m/s (10 min mean at the boom tip anemometer). Above "
                "20 m/s the machine stops and must be driven to the parking position. Above 25 m/s the rail clamps "
                "and the storm pins must be set. In covered stores the wind limits do not apply.",
            ),
            ("h", "Stacking"),
            (
                "p",
                "Keep the discharge pulley of the boom no more than 1.5 m above the top of the pile, so that salt "
                "does not fall freely more than that and break into fines. The height sensor lifts the boom in "
                "steps of 0.5 m. The boom must never touch the pile: at least 0.3 m clearance.",
            ),
            ("h", "Reclaiming"),
            (
                "p",
                "The scraper boom works the face of the pile in slices of 0.4-0.8 m. Salt with more than 4 % "
                "moisture, or a face that has caked into a crust thicker than 0.3 m, must not be reclaimed with the "
                "scraper: break it with the wheel loader first. The scraper chain load may exceed 90 % of the "
                "drive's rated torque for no more than 30 s at a time; at 100 % the chain drive stops (H05).",
            ),
            ("h", "Rails"),
            (
                "p",
                "The two rails must be at the same level within 15 mm at any cross-section, and the gauge within "
                "±10 mm of 38.0 m. If the travel drives of one side draw 20 % more current than the other side for "
                "more than a minute, the machine is skewing: check the rails and the wheel flanges.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Ambient -20 °C to +45 °C. Below -10 °C run the scraper chain empty for 10 min before loading it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed on the machine or at the control room. Release, RESET."],
            ["H02", "Wind stop", "Wind above 20 m/s. Drive to the parking position."],
            ["H03", "Boom conveyor misalignment", "Belt drift switch tripped. Check the idlers and the belt load."],
            ["H04", "Boom conveyor underspeed", "Belt slipping on the drive pulley, or the belt blocked by a lump."],
            [
                "H05",
                "Scraper chain overload",
                "Chain torque at 100 % of rated: slice too deep, caked salt or a foreign body in the chain.",
            ],
            ["H06", "Chain slack", "Chain sag above the limit; adjust the take-up (section 8)."],
            ["H07", "Skew", "The two rail sides differ by more than 150 mm in travel position."],
            ["H09", "Anti-collision", "Laser scanner sees an obstacle within 10 m in the travel direction."],
            ["H10", "Cable reel end", "Fewer than 3 turns of cable left on the reel. Do not travel further."],
            ["H11", "Rail clamp", "Rail clamps not released, or not set after a wind stop."],
            ["H12", "Feed conveyor stopped", "Feed conveyor stopped while stacking. Check the feed conveyor."],
            ["H13", "Service due", "2000 operating hours since the last service."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Scraper chain jumps on the drive sprockets",
                "Chain slack, or the sprocket teeth worn to a hook shape",
                "Check the chain sag (section 8); turn or replace the sprockets",
            ],
            [
                "Reclaim rate low although the chain runs at full load",
                "Blades worn down, or salt sticking to the blades and the boom floor",
                "Measure the blades (replace below 1520 mm width); clean the boom",
            ],
            [
                "Lots of fines in the reclaimed salt",
                "Stacking with too high a free fall from the boom",
                "Keep the boom within 1.5 m of the pile top; check the height sensor",
            ],
            [
                "Machine creeps crooked and the wheel flanges squeal",
                "Skewing: rails out of level or gauge, or a travel drive brake dragging",
                "Check the brakes and the rail level; see section 3, Rails",
            ],
            [
                "Boom stops raising at the top of the pile",
                "Boom at +16°, the top of its luffing range",
                "Move the machine on along the pile",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Stacking"),
    (
        "ol",
        [
            "Check that nobody is on the pile or between the rails and that the rail clamps are released.",
            "Select STACK at the operator panel and enter the start and end positions of the pile.",
            "Lower the boom until the height sensor shows the pulley 1.0-1.5 m above the floor or the pile.",
            "Start the boom conveyor and wait until it runs at speed.",
            "Ask the control room to start the feed conveyor and move the tripper to the machine.",
            "Select AUTO: the machine travels between the end positions and raises the boom in 0.5 m steps as the "
            "pile grows.",
            "At the end of stacking stop the feed conveyor first, let the boom conveyor run empty, then stop it.",
        ],
    ),
    ("h", "7. Reclaiming"),
    (
        "ol",
        [
            "Check that nobody is on the pile or within 5 m of the scraper boom.",
            "Start the reclaim conveyor from the control room.",
            "Select RECLAIM and lower the scraper boom until it rests against the face of the pile.",
            "Start the scraper chain at low speed and check that the salt flows onto the reclaim conveyor.",
            "Set the slice depth to 0.4 m and the travel advance to AUTO; raise the slice to 0.8 m only with "
            "free-flowing salt.",
            "Watch the chain load: if it stays above 90 % for more than 30 s, reduce the slice depth.",
            "At the end, raise the boom clear of the face, run the chain empty for 2 min, then stop it.",
        ],
    ),
    ("h", "8. Checking and adjusting the scraper chain"),
    (
        "ol",
        [
            "Stop the machine with the scraper boom horizontal and lock out the chain drive.",
            "Measure the sag of the lower strand midway between the two guide rollers next to the tail.",
            "The sag must be 120-150 mm. Less than 120 mm overloads the bearings; more than 150 mm lets the chain "
            "jump.",
            "Loosen the lock nuts of the two take-up spindles at the tail.",
            "Turn both spindles by the same amount, no more than 10 mm at a time, until the sag is correct.",
            "Check that the tail shaft is square to the boom: the two spindle lengths may differ by no more than 5 mm.",
            "Tighten the lock nuts and run the chain empty for 5 min, then measure the sag again.",
            "When the take-up has used up its 300 mm travel, remove two links (2 x 200 mm = 400 mm) from each "
            "strand, never from one strand only, and set the take-up back.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Walk the rails; clean salt from walkways and the cabin; check the scraper blades"],
            ["Weekly", "Check the chain sag; grease the boom pivot and the luffing winch"],
            ["Monthly", "Check the wheel flanges and the travel drive brakes; test the anti-collision scanner"],
            ["2000 h (H13)", "Change the hydraulic oil filter; check the chain pin wear"],
            [
                "10 000 h or 2 years, whichever comes first",
                "Change the gearbox oil CLP 220 of the chain drive (2 x 38 L) and the travel drives (8 x 4 L)",
            ],
            ["Yearly", "Inspection by the site's appointed inspector; touch up the corrosion protection"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Repairs of the corrosion protection larger than 1 m² are done by Haldenfors service with the original "
        "coating system.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Scraper blade, 1600 mm, wear steel", "HBS-SB-1600"],
            ["Scraper chain, one strand, 10 m", "HBS-SC-200"],
            ["Chain drive sprocket", "HBS-SP-200"],
            ["Boom conveyor belt, 1000 mm, per metre", "HBS-BB-1000"],
            ["Travel wheel with bearings", "HBS-TW-630"],
            ["Anti-collision laser scanner", "HBS-LS-10"],
            ["Boom tip anemometer", "HBS-AN-2"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Vakmere VJ steam-jet vacuum units
VAKMERE = [
    ("title", "Vakmere VJ Steam-Jet Vacuum Units with Barometric Condenser\nOperating Manual - VJ-250 and VJ-400"),
    (
        "p",
        "Document VKM-OM-VJ-07, Edition 2, November 2024. Vakmere Vacuum Engineering. The VJ-250 and VJ-400 hold the "
        "vacuum on the last effect of a multiple-effect vacuum salt plant. The vapour from the last effect is "
        "condensed by direct contact with cooling water in a barometric condenser with cascade trays; the water and "
        "condensate run down the barometric leg into the hotwell. The air and other non-condensable gases are drawn "
        "from the condenser by a two-stage steam-jet ejector with an inter-condenser, and a hogging ejector "
        "evacuates the plant at start-up. Apart from the sizes and the values given for each model, the two units "
        "are built alike. The evaporator, its vapour separators and ducts, the cooling tower and the steam supply "
        "are covered by their own documents. The periodic inspection of the pressure equipment is arranged by the "
        "site with its inspector. Changing the nozzle sizes for another duty is done only by Vakmere.",
    ),
    (
        "warn",
        "WARNING: Motive steam at 10 bar(g) and 184 °C. Never open a steam flange or a nozzle before the steam line "
        "is isolated, drained and cool. Never stop the cooling water while motive steam is on: hot vapour would be "
        "pushed back into the plant and the ejector casings can overheat.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VJ-250", "VJ-400"],
            ["Vapour load from the last effect, design", "25 t/h", "40 t/h"],
            ["Condenser pressure in operation", "90-120 mbar abs", "90-120 mbar abs"],
            ["Cooling water flow to the condenser, design", "1100 m³/h", "1750 m³/h"],
            ["Cooling water inlet temperature, design maximum", "28 °C", "28 °C"],
            ["Cooling water temperature rise at full load", "about 12.5 K", "about 12.5 K"],
            ["Condenser shell diameter", "2000 mm", "2500 mm"],
            ["Barometric leg, nominal size", "DN 500", "DN 600"],
            ["Barometric leg height, hotwell level to condenser outlet, minimum", "10.5 m", "10.5 m"],
            ["Air and non-condensable gas capacity at 80 mbar abs", "25 kg/h", "40 kg/h"],
            [
                "Motive steam at the nozzle inlet, dry saturated",
                "10 bar(g), at least 9 bar(g)",
                "10 bar(g), at least 9 bar(g)",
            ],
            ["Motive steam consumption, first and second stage together", "420 kg/h", "650 kg/h"],
            ["Inter-condenser cooling water", "60 m³/h", "95 m³/h"],
            ["Hogging ejector steam consumption", "900 kg/h", "1400 kg/h"],
            ["Evacuation of the plant to 150 mbar abs with the hogging ejector", "about 25 min", "about 30 min"],
            ["Steam strainer screen mesh", "0.5 mm", "0.5 mm"],
            ["Steam inlet, first / second stage", "DN 40 / DN 25", "DN 50 / DN 32"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The condenser pressure of 90-120 mbar abs holds only with cooling water no warmer than 28 °C at the design "
        "flow, motive steam of at least 9 bar(g) at the nozzles and an air leakage within the capacity above. The "
        "evacuation times are for a plant volume of 120 m³ (VJ-250) or 200 m³ (VJ-400).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear hearing protection near the ejectors in operation: more than 95 dB(A) at 1 m.",
            "The ejector bodies and the steam lines are hot. Keep the insulation in place.",
            "The hotwell overflow and the ejector vent can discharge hot water and steam. Keep the vent outlet "
            "free and pointing away from walkways.",
            "Before entering the condenser or the hotwell, the site's confined space permit is required. This "
            "manual does not cover entry.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Motive steam"),
            (
                "p",
                "Set the pressure reducing station to 10 bar(g) at the nozzle inlet. Below 9 bar(g) the ejectors "
                "become unstable and the vacuum breaks. Higher pressure does not help: never more than 11 bar(g). "
                "The steam must be dry; superheat no more than 30 K.",
            ),
            ("h", "Cooling water temperature"),
            (
                "p",
                "Above 28 °C the condenser pressure rises by about 5 mbar for each 1 °C warmer cooling water, up "
                "to 32 °C. Cooling water warmer than 32 °C is outside the design of both units: ask Vakmere.",
            ),
            ("h", "Barometric leg and hotwell"),
            (
                "p",
                "The leg must dip at least 0.6 m below the lowest water level of the hotwell, so that air can never "
                "be drawn up the leg. The leg outlet must never be throttled. Keep the hotwell overflow clear.",
            ),
            ("h", "Outlet water"),
            (
                "p",
                "The water leaving the hotwell is normally 38-42 °C. Above 45 °C (V05) the cooling water flow is "
                "too low for the vapour load.",
            ),
            ("h", "Air leakage"),
            (
                "p",
                "With the plant isolated at 100 mbar abs and all ejectors stopped, the pressure may rise by no "
                "more than 5 mbar in 10 min (VJ-250) or 4 mbar in 10 min (VJ-400). A faster rise means air leaks "
                "that the ejector cannot handle at full load.",
            ),
            ("h", "Nozzle wear"),
            (
                "p",
                "Replace a steam nozzle when its throat diameter has grown to 3 % more than the diameter stamped "
                "on it: limit (mm) = stamped diameter (mm) x 1.03.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["V01", "Condenser pressure high", "Above 130 mbar abs for 2 min. See section 5."],
            ["V02", "Motive steam low", "Below 9 bar(g) at the nozzle inlet. Check the reducing station and strainer."],
            ["V03", "Cooling water flow low", "Below 80 % of the design flow. Check the cooling water pumps."],
            ["V04", "Hotwell level high", "Hotwell outlet or overflow blocked. Clear it at once: the leg can back up."],
            ["V05", "Outlet water hot", "Above 45 °C. Raise the cooling water flow or reduce the vapour load."],
            ["V06", "Inter-condenser level high", "Inter-condenser drain blocked or its seal leg lost."],
            ["V08", "Steam strainer blocked", "Pressure drop across the strainer above 0.5 bar. Clean the screen."],
            [
                "V09",
                "Ejector discharge pressure high",
                "Second stage discharge above 1.15 bar abs: vent pipe blocked or after-condenser flooded.",
            ],
            ["V10", "Vapour valve", "Vapour inlet valve not in the commanded position after 60 s."],
            ["V11", "Hogging too long", "Hogging ejector running for more than 45 min. Look for a large air leak."],
            ["V12", "Service due", "6 months since the last nozzle inspection."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Vacuum swings up and down every few seconds",
                "Ejector breaking: motive steam below 9 bar(g), wet steam, or discharge pressure too high",
                "Check the steam pressure at the nozzle and the steam trap; check the vent (V09)",
            ],
            [
                "Vacuum slowly getting worse over weeks, same water temperature",
                "Nozzles worn or scaled, or air leaks growing",
                "Run the leak test (section 8); inspect the nozzles (section 7)",
            ],
            [
                "Banging in the barometric leg",
                "Leg not sealed: hotwell level too low, or water flow far below design",
                "Restore the 0.6 m seal; check the cooling water flow",
            ],
            [
                "Conductivity of the hotwell water rising, salty taste",
                "Brine carried over with the vapour from the last effect",
                "Check the vapour separator and its demister (see the evaporator manual)",
            ],
            [
                "Steam blowing hard from the ejector vent",
                "Inter-condenser water low or its drain blocked",
                "Check the inter-condenser flow (60 or 95 m³/h) and drain",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the hotwell is filled to its overflow and the leg is sealed.",
            "Start the cooling water to the condenser and the inter-condenser and check the design flows.",
            "Drain the motive steam line through the drain valves until dry steam comes out.",
            "Open the motive steam to the second stage, then to the first stage. Check 10 bar(g) at the nozzles.",
            "Open the steam to the hogging ejector and open its suction valve to the plant.",
            "When the plant pressure is below 150 mbar abs, close the hogging ejector suction valve, then its steam.",
            "Open the vapour inlet valve from the last effect slowly and hand over to the evaporator start-up "
            "procedure.",
        ],
    ),
    ("h", "7. Inspecting and cleaning the steam nozzles"),
    (
        "ol",
        [
            "Shut the unit down: close the vapour valve, then the steam to the first and the second stage, and stop "
            "the cooling water after 5 min.",
            "Isolate and lock the motive steam valve, open the drains and let the steam chest cool below 50 °C.",
            "Remove the steam chest cover and unscrew the nozzle with the nozzle spanner supplied.",
            "Clean the nozzle in a 5 % citric acid bath; never use a wire brush or a drill in the bore.",
            "Measure the throat with a pin gauge. Replace the nozzle if the throat is 3 % or more above the "
            "stamped diameter, or if the outlet edge is chipped.",
            "Clean the strainer screen and fit a new cover gasket.",
            "Screw the nozzle in with a thin coat of nickel anti-seize and tighten it to 60 Nm (DN 25 and DN 32 "
            "stages) or 90 Nm (DN 40 and DN 50 stages).",
            "Refit the cover, start up (section 6) and compare the condenser pressure with the value logged before.",
        ],
    ),
    ("h", "8. Air leak test"),
    (
        "ol",
        [
            "Run the plant empty under vacuum and bring it to 100 mbar abs.",
            "Close the vapour inlet valve and all connections to the plant, then stop both ejector stages.",
            "Note the pressure and the time.",
            "After 10 min note the pressure again.",
            "A rise of more than 5 mbar (VJ-250) or 4 mbar (VJ-400) fails the test: search for leaks with the "
            "plant under vacuum (ultrasonic detector, or foam on flanges and glands).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Log the condenser pressure, the steam pressure and the cooling water temperatures"],
            ["Weekly", "Check the steam traps; check the hotwell overflow"],
            ["Monthly", "Clean the steam strainers; air leak test (section 8)"],
            [
                "6 months (V12)",
                "Inspect and clean the nozzles (section 7); check the cascade trays through the manhole",
            ],
            ["Yearly", "Pressure equipment inspection as arranged by the site; replace the cover gaskets"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VJ-250", "VJ-400"],
            ["First stage steam nozzle", "VKM-N1-250", "VKM-N1-400"],
            ["Second stage steam nozzle", "VKM-N2-250", "VKM-N2-400"],
            ["Hogging ejector nozzle", "VKM-NH-250", "VKM-NH-400"],
            ["Steam strainer screen", "VKM-ST-40", "VKM-ST-50"],
            ["Steam chest cover gasket set", "VKM-GS-250", "VKM-GS-400"],
            ["Nozzle spanner", "VKM-TS-1", "VKM-TS-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Axivane AFC axial forced circulation pumps
AXIVANE = [
    (
        "title",
        "Axivane AFC Axial-Flow Forced Circulation Pumps\n"
        "Installation, Operation and Maintenance - AFC-700 and AFC-900",
    ),
    (
        "p",
        "Document AXV-IM-AFC-03, Edition 4, February 2025. Axivane Pumps. The AFC-700 and AFC-900 are elbow-type "
        "axial-flow propeller pumps that circulate salt slurry from the crystalliser body through the heater and "
        "back, in forced circulation evaporators and crystallisers of vacuum salt plants. The propeller runs in a "
        "replaceable wear ring; the shaft passes through the elbow and is sealed by a double mechanical seal "
        "cartridge with barrier water. The pump is driven by a foot-mounted motor through a bevel-helical "
        "gearbox. Apart from the size, the drive and the values given for each model, the two pumps are built "
        "alike. The crystalliser, the heater and its tube cleaning, the level control in the plant control system "
        "and the frequency converter have their own documents. Balancing of the propeller after a repair is done "
        "by Axivane service only.",
    ),
    (
        "warn",
        "WARNING: The pump handles brine and salt slurry at up to 110 °C. Before opening the pump, isolate it, "
        "drain it completely, flush it with condensate and let it cool below 50 °C. Never start an axial-flow "
        "pump against a closed valve: the power demand rises far above that at the duty point.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AFC-700", "AFC-900"],
            ["Propeller diameter", "700 mm", "900 mm"],
            ["Flow at the duty point", "4500 m³/h", "8000 m³/h"],
            ["Head at the duty point", "4.0 m", "4.5 m"],
            ["Pump speed", "590 rpm", "490 rpm"],
            ["Propeller tip speed at pump speed", "21.6 m/s", "23.1 m/s"],
            ["Motor 400 V 3~ 50 Hz, 4-pole, 1485 rpm", "90 kW", "160 kW"],
            ["Gearbox ratio", "2.52", "3.03"],
            ["Gearbox oil CLP 220", "28 L", "45 L"],
            ["Radial tip clearance, new", "1.0-1.5 mm", "1.2-1.8 mm"],
            ["Radial tip clearance, maximum", "3.0 mm", "3.5 mm"],
            ["Nominal size, suction / discharge", "DN 800 / DN 800", "DN 1000 / DN 1000"],
            [
                "Casing material / propeller material",
                "duplex 1.4462 / superduplex 1.4410",
                "duplex 1.4462 / superduplex 1.4410",
            ],
            ["Barrier water flow to the seal", "3-5 L/min", "4-6 L/min"],
            ["Mass without motor", "3.8 t", "6.5 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Flow, head and power hold for salt slurry of 1.30 t/m³ (saturated brine with suspended crystals, up to 30 "
        "% solids by mass) at 40-110 °C. The pump curves for water and for other media are on the order data "
        "sheet, not in this manual. Tip speed (m/s) = pi x propeller diameter (m) x pump speed (rpm) / 60. The tip "
        "speed must not exceed 24 m/s, because crystal breakage and wear rise steeply above it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the motor and close and lock the suction and discharge valves before any work on the pump.",
            "Keep the coupling guard in place whenever the motor can run.",
            "Brine leaking at the seal dries into a hard, sharp crust. Wear gloves and eye protection when "
            "cleaning it away.",
            "The propeller assembly of the AFC-900 weighs about 420 kg: lift it only with the lifting eye and gear "
            "rated for the load.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Suction level"),
            (
                "p",
                "To avoid cavitation, the slurry level in the crystalliser must be at least 1.5 m (AFC-700) or 2.0 m "
                "(AFC-900) above the pump shaft centre line. The plant must be under its normal operating pressure; "
                "at lower absolute pressures the margin shrinks.",
            ),
            ("h", "Speed"),
            (
                "p",
                "With a frequency converter the pump may run at 60-100 % of its pump speed. Never run it faster "
                "than 590 rpm (AFC-700) or 490 rpm (AFC-900). Below 60 % crystals settle in the heater tubes.",
            ),
            ("h", "Starting"),
            (
                "p",
                "Start only with both valves fully open and the system filled. No more than 4 starts per hour, "
                "with at least 10 min between two starts.",
            ),
            ("h", "Barrier water"),
            (
                "p",
                "Condensate at a pressure 1.0-1.5 bar above the pressure in the seal chamber, at the flows in "
                "section 1. The pump must not start without barrier water flow; the flow switch stops it after 30 s "
                "without flow (AX05).",
            ),
            ("h", "Vibration and temperatures"),
            (
                "p",
                "Vibration at the gearbox: alarm at 4.5 mm/s, trip at 7.1 mm/s. Bearing temperature: alarm at "
                "85 °C, trip at 95 °C. Gearbox oil temperature no more than 80 °C.",
            ),
            ("h", "Slurry"),
            (
                "p",
                "Up to 30 % solids by mass. Higher solids load the propeller and the motor beyond their rating and "
                "increase wear.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["AX01", "Motor overload", "Valve partly closed, solids too high or speed above the limit."],
            ["AX02", "Motor underload", "Power below 50 % of the duty value: cavitation, air or a broken shaft key."],
            ["AX03", "Vibration alarm", "4.5 mm/s at the gearbox. See section 5."],
            ["AX04", "Vibration trip", "7.1 mm/s at the gearbox."],
            ["AX05", "Barrier water", "No barrier water flow for 30 s, or pressure below the set margin."],
            ["AX07", "Bearing temperature alarm", "85 °C. Check the grease and the gearbox oil."],
            ["AX08", "Bearing temperature trip", "95 °C."],
            ["AX09", "Gearbox oil hot", "Above 80 °C. Check the oil level and the cooling fan."],
            ["AX10", "Starts exceeded", "More than 4 starts in one hour. Wait 10 min."],
            ["AX11", "Seal leak", "Leak detector in the seal drain wet."],
            ["AX12", "Service due", "8000 h since the last inspection."],
        ],
        (18, 46, 106),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Crackling noise like gravel in the pump, power falling",
                "Cavitation: crystalliser level too low or plant pressure below normal",
                "Raise the level to the minimum in section 3; check the plant pressure",
            ],
            [
                "Flow dropping over weeks, heater outlet temperature rising",
                "Heater tubes scaling, or tip clearance worn open",
                "Measure the tip clearance (section 7); have the heater cleaned",
            ],
            [
                "Vibration rising slowly",
                "Salt crust on the propeller blades, or propeller wear",
                "Flush with hot condensate; inspect the propeller",
            ],
            [
                "White crust growing round the seal",
                "Barrier water pressure below the seal chamber pressure, or seal faces worn",
                "Set the barrier water 1.0-1.5 bar above; replace the seal cartridge (section 8)",
            ],
            [
                "Gearbox running hot",
                "Oil level low, oil aged, or the fan cowl clogged with salt dust",
                "Check the level; change the oil; clean the fan cowl",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting after a standstill"),
    (
        "ol",
        [
            "Check that the suction and discharge valves are fully open.",
            "Turn on the barrier water and check the flow and the pressure margin.",
            "If the pump stood for more than 8 h with slurry in it, flush it with hot condensate for at least 15 min "
            "to dissolve settled salt.",
            "Turn the shaft by hand at the coupling: it must turn freely.",
            "Check that the crystalliser level is above the minimum in section 3.",
            "Jog the motor and check the direction against the arrow on the gearbox.",
            "Start the pump and check the motor current after 1 min against the value logged at the last start.",
        ],
    ),
    ("h", "7. Measuring the tip clearance"),
    (
        "ol",
        [
            "Stop, isolate, drain, flush and cool the pump (see the warning at the front of this manual).",
            "Remove the inspection cover on the wear ring housing.",
            "Turn the propeller by hand so that one blade tip faces the opening.",
            "Measure the gap between the blade tip and the wear ring with a long feeler gauge at the leading edge, "
            "the middle and the trailing edge of the tip.",
            "Repeat for every blade.",
            "If the largest gap is above 3.0 mm (AFC-700) or 3.5 mm (AFC-900), replace the wear ring; if a blade "
            "tip is worn more than 2 mm shorter than the others, call Axivane service.",
            "Refit the inspection cover with a new gasket.",
        ],
    ),
    ("h", "8. Replacing the seal cartridge"),
    (
        "ol",
        [
            "Stop, isolate, drain, flush and cool the pump; close and disconnect the barrier water.",
            "Remove the coupling guard and the coupling spacer.",
            "Fit the three setting clips on the old cartridge before loosening it.",
            "Loosen the cartridge sleeve screws and the gland nuts and slide the cartridge off the shaft.",
            "Clean the shaft; it must be free of salt and scores.",
            "Slide the new cartridge on with its setting clips fitted; tighten the gland nuts crosswise to 35 Nm.",
            "Tighten the sleeve screws, then remove the setting clips and keep them.",
            "Refit the spacer and the guard, connect the barrier water and check for leaks before starting.",
        ],
    ),
    ("h", "9. Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the pump for at least 30 min so that the oil is warm, then stop and lock out the motor.",
            "Place a container of at least 30 L (AFC-700) or 50 L (AFC-900) under the drain plug.",
            "Remove the breather and then the drain plug; let the oil drain completely.",
            "Clean the magnetic drain plug. A few fine particles are normal; flakes or chips must be reported to "
            "Axivane service before the pump runs again.",
            "Refit the drain plug with a new sealing ring.",
            "Fill with CLP 220 through the breather hole to the middle of the sight glass: about 28 L (AFC-700) or "
            "45 L (AFC-900).",
            "Refit the breather, run the pump for 10 min and check the level again with the pump stopped.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check barrier water flow, seal drain and gearbox oil level; log current and vibration"],
            ["Monthly", "Clean the motor and gearbox fan cowls"],
            ["4000 h", "Grease the upper bearing: 40 g (AFC-700) or 60 g (AFC-900), lithium complex grease NLGI 2"],
            ["8000 h (AX12)", "Measure the tip clearance (section 7); inspect the propeller"],
            ["16 000 h or 3 years, whichever comes first", "Change the gearbox oil (section 9)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "AFC-700", "AFC-900"],
            ["Wear ring", "AXV-WR-700", "AXV-WR-900"],
            ["Mechanical seal cartridge", "AXV-MS-100", "AXV-MS-125"],
            ["Propeller (balanced at the factory)", "AXV-PR-700", "AXV-PR-900"],
            ["Gasket set", "AXV-GS-700", "AXV-GS-900"],
            ["Gearbox oil CLP 220, 20 L", "AXV-OIL-20", "AXV-OIL-20"],
            ["Barrier water flow switch", "AXV-FS-1", "AXV-FS-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("schubrand-pz-pusher-salt-centrifuge.pdf", "Schubrand SCB-OM-PZ-11 Ed 3 - PZ-50 / PZ-80", SCHUBRAND),
        (
            "haldenfors-hsr-salt-stockpile-stacker-reclaimer.pdf",
            "Haldenfors HBS-OM-HSR-04 Ed 2 - HSR-800",
            HALDENFORS,
        ),
        ("vakmere-vj-steam-jet-vacuum-unit.pdf", "Vakmere VKM-OM-VJ-07 Ed 2 - VJ-250 / VJ-400", VAKMERE),
        ("axivane-afc-forced-circulation-pump.pdf", "Axivane AXV-IM-AFC-03 Ed 4 - AFC-700 / AFC-900", AXIVANE),
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
