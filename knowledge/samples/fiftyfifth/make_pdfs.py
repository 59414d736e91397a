"""Generate the PDF manuals of the fifty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set55venv && /tmp/set55venv/bin/pip install fpdf2 pypdf
    /tmp/set55venv/bin/python knowledge/samples/fiftyfifth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical.
The rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Fornbrek TK tunnel kilns
FORNBREK = [
    ("title", "Fornbrek TK Tunnel Kilns\nOperation and Maintenance Manual - TK-72 and TK-96"),
    (
        "p",
        "Document FBK-OM-TK-11, Edition 3, March 2025. Fornbrek Kiln Engineering. The TK-72 and TK-96 are "
        "gas-fired tunnel kilns for sanitaryware, tableware and technical ceramics. The ware travels through the "
        "kiln on refractory-decked kiln cars that are pushed in one at a time by a hydraulic car pusher at the "
        "entry. The kiln has four zones: preheating, firing, rapid cooling and final cooling. Apart from the "
        "length, the cross-section, the burners, the fans and the items named in this manual, the two kilns are "
        "built alike. The gas train up to the kiln shut-off valve, the emergency generator and the firing curve of "
        "each product are the site's responsibility. The firing curve depends on the body and the glaze and is "
        "set by the site's ceramic technologist; this manual gives only the limits the kiln itself imposes.",
    ),
    (
        "warn",
        "WARNING: The kiln holds a large stored heat and burns natural gas. Never enter the kiln, the under-car "
        "channel or the car return track while the kiln is hot or the car pusher is in AUTO. Only persons trained "
        "by Fornbrek or by the site's trained staff may work on the burners and the gas train.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TK-72", "TK-96"],
            ["Kiln length, entry to exit", "72 m", "96 m"],
            [
                "Zone lengths: preheating / firing / rapid cooling / final cooling",
                "24 / 18 / 9 / 21 m",
                "33 / 24 / 12 / 27 m",
            ],
            ["Kiln car length / cars in the kiln", "2.4 m / 30 cars", "2.4 m / 40 cars"],
            ["Useful setting width x height above the car deck", "1800 x 1100 mm", "2200 x 1300 mm"],
            ["Maximum load per car, ware and kiln furniture together", "1500 kg", "1900 kg"],
            ["Maximum firing temperature", "1250 °C", "1300 °C"],
            ["Nominal cycle time, cold to cold", "18 h", "20 h"],
            ["Push interval at the nominal cycle", "36 min", "30 min"],
            ["Burners, high-velocity, natural gas", "48 x 60 kW", "64 x 60 kW"],
            ["Installed burner capacity", "2880 kW", "3840 kW"],
            ["Natural gas pressure at the kiln shut-off valve", "150-300 mbar", "150-300 mbar"],
            ["Combustion air fan / flue gas fan / rapid cooling fan", "22 / 37 / 30 kW", "30 / 45 / 37 kW"],
            ["Car pusher cylinder bore", "100 mm", "125 mm"],
            ["Pusher relief valve / maximum pusher force", "110 bar / 86 kN", "110 bar / 135 kN"],
            ["Pusher stroke / time for one push", "2500 mm / 90 s", "2500 mm / 90 s"],
            ["Electrical supply 400 V 3~ 50 Hz, installed load", "120 kW", "160 kW"],
            ["Firing zone thermocouples (type S), top and bottom", "12", "16"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The push interval in the table holds only for the nominal cycle time with the kiln full of cars. For any "
        "other cycle the push interval is: push interval (min) = cycle time (h) x 60 / cars in the kiln. The "
        "setting height is measured from the top of the car deck; ware and furniture above it touch the roof "
        "burners' flame path and are not allowed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear heat-resistant gloves, a face shield and aluminised sleeves at the kiln exit and at the inspection "
            "ports. Radiant heat at an open port in the firing zone causes burns within seconds.",
            "Before any work on a burner, close its manual gas cock, lock the burner's isolator and check with a "
            "gas detector that the burner port is free of gas.",
            "Never pull a car out of the kiln by hand or with a forklift. Cars leave the kiln only by the pusher and "
            "the exit puller.",
            "The under-car channel is a confined space. Entry only with the kiln cold, the fans locked off and a "
            "permit issued by the site.",
            "Carbon monoxide can collect at the kiln entry if the flue gas fan stops. Keep the CO detectors at the "
            "entry and exit in service.",
        ],
    ),
    ("h", "3. Firing limits and settings"),
    (
        "cols",
        [
            ("h", "Heating up from cold"),
            (
                "p",
                "A new kiln, or a kiln that has stood cold for more than 7 days, is heated no faster than 25 °C per "
                "hour up to 600 °C, and no faster than 40 °C per hour from 600 °C to the firing temperature. A "
                "heat-up from cold therefore takes at least 40 h on the TK-72 (to 1250 °C) and at least 41 h on the "
                "TK-96 (to 1300 °C). Push empty cars with kiln furniture at every push interval during the heat-up.",
            ),
            ("h", "Slow cooling"),
            (
                "p",
                "Between 600 °C and 500 °C (quartz inversion at 573 °C) the ware must cool no faster than 50 °C "
                "per hour. Check it with the travelling thermocouple at least once a month and after any change of "
                "the rapid cooling air.",
            ),
            ("h", "Kiln pressure"),
            (
                "p",
                "Firing zone, at the pressure tap in the roof of car position 14 (TK-72) or 19 (TK-96): 0 to "
                "+5 Pa. Kiln entry: -20 to -40 Pa. A firing zone pressure outside -5 to +15 Pa for more than 5 min "
                "gives alarm A14.",
            ),
            ("h", "Temperature uniformity"),
            (
                "p",
                "In the firing zone the top and bottom thermocouples of one car position read within ±8 °C of each "
                "other. This holds only with the cars set to the setting plan with at least 30 % free cross-section "
                "above the car deck.",
            ),
            ("h", "Under-car temperature"),
            (
                "p",
                "The thermocouples in the under-car channel must stay below 120 °C. Above 120 °C alarm A07 is "
                "given; above 150 °C the firing zone burners go to minimum fire (A08) until the temperature falls "
                "below 130 °C.",
            ),
            ("h", "Sand seal"),
            (
                "p",
                "The car skirts must dip at least 60 mm into the sand of the sand seal troughs. Top up only with "
                "dry quartz sand of 0.5-2 mm grain.",
            ),
            ("h", "Holding a car"),
            (
                "p",
                "Do not push a car more than 15 min later than the set push interval unless the kiln has been "
                "switched to the HOLD programme, which lowers the firing zone by 50 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Flame failure",
                "Burner number shown. One automatic relight attempt; if it fails the burner stays off. Check the "
                "flame rod and the ignition electrode (section 9).",
            ],
            ["A02", "Combustion air low", "Combustion air pressure below 30 mbar. Check the fan and its filter."],
            ["A03", "Gas pressure low", "Below 120 mbar at the kiln shut-off valve. All burners shut off."],
            ["A04", "Gas pressure high", "Above 330 mbar at the kiln shut-off valve. All burners shut off."],
            [
                "A05",
                "Over-temperature",
                "A firing zone thermocouple more than 20 °C above its set point. At the maximum firing temperature "
                "plus 10 °C the gas shuts off.",
            ],
            [
                "A06",
                "Push pressure high",
                "Pusher pressure above 90 bar during a push: the car train is sticking. The push stops.",
            ],
            ["A07", "Under-car temperature high", "Above 120 °C. Check the sand seal and the car skirts."],
            ["A08", "Under-car temperature very high", "Above 150 °C. Firing zone burners at minimum fire."],
            ["A10", "Flue gas fan fault", "Drive fault or fan stopped. Burners shut off after 30 s."],
            ["A11", "Rapid cooling fan fault", "Drive fault or fan stopped. Pushing stops."],
            ["A12", "Thermocouple break", "Thermocouple open circuit; its zone controls on the neighbouring one."],
            ["A13", "Car not in position", "Transfer car or exit puller not at its end position."],
            ["A14", "Kiln pressure out of range", "Firing zone outside -5 to +15 Pa for more than 5 min."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Black cores or bloating in the fired ware",
                "Preheating too fast, or too little air in the preheating zone to burn out the carbon",
                "Ask the technologist to lengthen the cycle; open the preheating air dampers",
            ],
            [
                "Cooling cracks (dunting) with sharp edges",
                "Cooling too fast between 600 °C and 500 °C",
                "Reduce the rapid cooling air; check the slow cooling rate (section 3)",
            ],
            [
                "Top of the setting fired harder than the bottom",
                "Cars set too densely at the bottom, or firing zone pressure too high",
                "Check the setting plan and the firing zone pressure; trim the lower burners",
            ],
            [
                "Pusher pressure rising a little every day",
                "Car wheel bearings stiff, dirt on the rails, or a car starting to run off the rails",
                "Check the cars at the exit; grease the wheel bearings; clean the rails",
            ],
            [
                "Smoke or flame at the kiln entry door",
                "Entry pressure not negative enough",
                "Raise the flue gas fan speed until the entry reads -20 to -40 Pa",
            ],
            [
                "Car wheels hot, grease smoking at the exit",
                "Sand seal low, hot gas leaking under the cars",
                "Top up the sand seal; check the car skirts for damage",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Heating up from cold"),
    (
        "ol",
        [
            "Check that the gas train has been released by the site's gas engineer and that all burner gas cocks "
            "are closed.",
            "Fill the kiln with empty cars carrying kiln furniture only.",
            "Start the flue gas fan and set the kiln entry to -20 to -40 Pa.",
            "Start the combustion air fan and the rapid cooling fan at minimum speed.",
            "Select the HEAT-UP programme: 25 °C per hour to 600 °C, then 40 °C per hour to the firing temperature.",
            "Open the gas cocks of the firing zone burners one at a time and light them from the control panel.",
            "Push one empty car at every push interval during the heat-up.",
            "At 900 °C check the firing zone pressure and set it to 0 to +5 Pa.",
            "When the firing temperature has been held for 4 h, load the first cars with ware.",
        ],
    ),
    ("h", "7. Power failure"),
    (
        "ol",
        [
            "The gas shut-off valves close at once; the burners go out.",
            "Check that the site's emergency generator has started: it must run the flue gas fan and the rapid "
            "cooling fan within 60 s.",
            "If the fans cannot be restarted within 10 min, open the emergency flue dampers on the roof at the "
            "kiln entry by hand.",
            "Do not push any car until power is back; the pusher is blocked.",
            "When power returns, reset the alarms and restart the fans before relighting the burners.",
            "Relight the burners from the control panel; never light a burner by hand.",
            "Hold the kiln in the HOLD programme until all zones are back within 20 °C of their set points.",
        ],
    ),
    ("h", "8. Pushing a car in hand mode"),
    (
        "ol",
        [
            "Set the pusher selector to HAND; the AUTO push timer stops.",
            "Check that the entry door is open and the next car is on the pusher table.",
            "Press and hold PUSH: the car train moves one car length (2400 mm).",
            "Watch the pusher pressure gauge; release PUSH at once if it rises above 90 bar.",
            "Retract the pusher and close the entry door.",
            "Set the selector back to AUTO; the push timer restarts from zero.",
        ],
    ),
    ("h", "9. Checking a burner"),
    (
        "ol",
        [
            "Close the burner's gas cock and lock its isolator.",
            "Remove the burner from its port; wear a face shield, the port is open to the kiln.",
            "Fit the port cover FBK-PC-01.",
            "Clean the flame rod and the ignition electrode with fine emery cloth.",
            "Set the ignition electrode gap to 3 mm.",
            "Check the flame signal after relighting: at least 5 µA.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Read the under-car temperatures and the pusher pressure into the log"],
            ["Daily", "Check the sand level in the sand seal troughs; check the cars at the exit"],
            ["Every 10th pass of a car", "Grease the car wheel bearings at the car return track"],
            [
                "Monthly",
                "Compare the firing zone thermocouples with the reference thermocouple: within ±5 °C; check the "
                "slow cooling rate",
            ],
            ["6 months", "Clean and check every burner (section 9)"],
            [
                "12 months",
                "Gas train leak test and tests of the safety shut-off valves: the site's gas engineer, to national "
                "rules",
            ],
            [
                "Each planned cold stop",
                "Inspection of the kiln lining and roof by Fornbrek service; repairs of the car decks by the site",
            ],
        ],
        (50, 120),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TK-72", "TK-96"],
            ["Burner nozzle, 60 kW", "FBK-BN-60", "FBK-BN-60"],
            ["Flame rod", "FBK-FR-06", "FBK-FR-06"],
            ["Thermocouple type S, firing zone (1000 mm / 1200 mm)", "FBK-TS-1000", "FBK-TS-1200"],
            ["Pusher cylinder seal kit", "FBK-PS-100", "FBK-PS-125"],
            ["Car wheel set with bearings", "FBK-CW-72", "FBK-CW-96"],
            ["Port cover", "FBK-PC-01", "FBK-PC-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Isobarra IP cold isostatic presses
ISOBARRA = [
    ("title", "Isobarra IP Cold Isostatic Presses\nOperating and Maintenance Instructions - IP-300 and IP-420"),
    (
        "p",
        "Document ISB-OI-IP-07, Edition 2, June 2024. Isobarra Pressure Systems. The IP-300 and IP-420 are "
        "wet-bag cold isostatic presses for compacting ceramic and refractory powders in elastomer moulds. The "
        "filled moulds are placed in a basket, lowered into the pressure vessel and pressed on all sides by a "
        "water-based pressure medium. The vessel is held closed by a wire-wound frame that slides over it, and the "
        "pressure is built by a hydraulic intensifier. Apart from the vessel size, the pressures and the items "
        "named here, the two presses are built alike. The design of the moulds and tooling is the site's or its "
        "mould maker's; the statutory inspection of the pressure equipment is arranged by the site with its "
        "inspection body.",
    ),
    (
        "warn",
        "WARNING: A vessel at 2000 bar stores a large amount of energy. Never loosen a fitting, a plug or a gauge "
        "on the high-pressure side while the display shows any pressure above 0 bar. Never bypass the closure "
        "interlock.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IP-300", "IP-420"],
            ["Vessel inner diameter / useful length", "300 mm / 1000 mm", "420 mm / 1200 mm"],
            ["Vessel volume", "70 L", "166 L"],
            ["Maximum working pressure", "2500 bar", "2000 bar"],
            ["Relief valve setting (5 % above the maximum working pressure)", "2625 bar", "2100 bar"],
            ["Rupture disc (equal to the factory test pressure)", "2750 bar", "2200 bar"],
            ["Intensifier ratio", "1:15", "1:15"],
            ["Hydraulic pressure at the maximum working pressure", "167 bar", "133 bar"],
            ["Time from 0 bar to the maximum working pressure", "90 s", "150 s"],
            ["Hydraulic power pack", "18.5 kW", "30 kW"],
            ["Hydraulic oil HLP 46, tank", "250 L", "400 L"],
            ["Pressure medium tank", "400 L", "600 L"],
            ["Maximum mass of basket and moulds", "120 kg", "250 kg"],
            ["Maximum cycles per hour", "10", "6"],
            ["Vessel design life at the maximum working pressure", "100,000 cycles", "100,000 cycles"],
            ["Mass of the press", "14 t", "26 t"],
            ["Supply 400 V 3~ 50 Hz, fuse", "50 A", "80 A"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The time to the maximum working pressure is for a full vessel with the default pressurisation rate and "
        "a medium at 20-30 °C. The maximum cycles per hour hold with a hold time of 60 s and the default "
        "decompression settings.",
    ),
    ("h", "Moulds and loading"),
    (
        "p",
        "Moulds are filled, de-aired and closed outside the press, on the site's filling station. Keep at least "
        "10 mm between any mould and the basket wall, so that the medium reaches every face. Moulds that float "
        "must be held down with the basket lid. A mould that leaks lets medium into the powder; the part is "
        "scrap and the basket must be rinsed before the next cycle. The life of a mould depends on its material "
        "and on the pressure; ask the mould maker.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained by Isobarra or by the site's trained staff may run the press. Maintenance on the "
            "high-pressure side is for Isobarra service or for fitters holding the Isobarra high-pressure course.",
            "Keep the area inside the guard fence clear during a cycle. The fence doors are interlocked.",
            "The pressure medium contains an inhibitor; wear gloves and glasses when handling it and keep its "
            "safety data sheet at the press.",
            "Never use oil, solvents or pure water as the pressure medium.",
            "A rupture disc that has burst must be replaced with the disc listed for the model. Never fit a disc "
            "with a higher rating.",
        ],
    ),
    ("h", "3. Pressure cycle settings"),
    (
        "cols",
        [
            ("h", "Pressurisation"),
            (
                "p",
                "Rate settable 10-50 bar/s, default 30 bar/s. The press stops with P03 if the set pressure is not "
                "reached within the expected time plus 30 s.",
            ),
            ("h", "Hold"),
            (
                "p",
                "Hold time 10-600 s, default 60 s. A pressure drop of more than 2 % of the hold pressure during "
                "the hold gives P04 and the cycle is decompressed.",
            ),
            ("h", "Decompression"),
            (
                "p",
                "Stage 1, from the hold pressure down to 500 bar: up to 100 bar/s. Stage 2, below 500 bar: "
                "settable 5-30 bar/s, default 10 bar/s. For green parts with walls over 40 mm thick, set "
                "stage 2 to 5 bar/s.",
            ),
            ("h", "Venting and opening"),
            (
                "p",
                "Below 1 bar the vent valve opens. The frame can be moved off the vessel only after the display has "
                "shown 0 bar for 10 s.",
            ),
            ("h", "Pressure medium"),
            (
                "p",
                "Water with Isobarra IC-5 inhibitor at 4-6 % (default 5 %). Concentration (%) = refractometer "
                "reading (°Brix) x 1.3, so a reading of 3.1 to 4.6 °Brix is in range. pH 8.5-9.5. Medium "
                "temperature in use 15-40 °C; above 45 °C the press stops with P06.",
            ),
            ("h", "Cycle counting"),
            (
                "p",
                "The vessel and frame are inspected by Isobarra service every 25,000 cycles or 2 years, whichever "
                "comes first. Cycles run at no more than 50 % of the maximum working pressure count as half a cycle "
                "towards this inspection.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop pressed or a fence door opened. Release, then RESET."],
            ["P02", "Closure not locked", "Frame not fully over the vessel or its position switch faulty."],
            [
                "P03",
                "Pressure not reached",
                "Set pressure not reached in the expected time plus 30 s: closure seal leaking, intensifier seals "
                "worn or the high-pressure valve leaking.",
            ],
            ["P04", "Pressure drop in hold", "More than 2 % of the hold pressure lost during the hold."],
            ["P05", "Overpressure", "Above the maximum working pressure plus 2 %. Intensifier stopped at once."],
            ["P06", "Medium temperature", "Pressure medium above 45 °C. Let it cool; check the cooler."],
            ["P07", "Medium level low", "Medium tank below the minimum mark. Top up with mixed medium."],
            ["P09", "Hydraulic oil hot", "Oil above 60 °C. Check the oil cooler and its water supply."],
            ["P10", "Hydraulic filter", "Filter differential pressure switch open. Change the element."],
            ["P11", "Intensifier service", "200,000 intensifier strokes since the last seal change."],
            ["P12", "Vessel inspection due", "25,000 cycles or 2 years. The press runs on for 500 cycles."],
            [
                "P13",
                "Decompression too fast",
                "Pressure falling more than 20 % faster than the set rate: decompression valve worn.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Green parts cracked across, or end caps split off, after pressing",
                "Decompression too fast, or air trapped in the mould",
                "Lower the stage 2 rate; de-air the filled mould before closing it",
            ],
            [
                "Density differs from one end of the part to the other",
                "Mould filled unevenly",
                "Fill on the vibrating table; check the mould support",
            ],
            [
                "Each cycle takes a little longer to reach pressure",
                "Intensifier seals worn or the high-pressure valve seat leaking",
                "Check for medium at the intensifier drain; call Isobarra service",
            ],
            [
                "Medium cloudy or smelling",
                "Inhibitor concentration low, bacteria growing",
                "Check the concentration; change the medium (section 8)",
            ],
            [
                "Medium weeping from the closure while under pressure",
                "Closure O-ring or back-up ring worn or cut",
                "Replace the closure seals (section 9)",
            ],
            [
                "Rust marks in the vessel bore",
                "Inhibitor concentration below 4 %",
                "Correct the concentration (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a pressing cycle"),
    (
        "ol",
        [
            "Check that the display shows 0 bar and READY.",
            "Place the filled and closed moulds in the basket; check the total mass against the limit of the "
            "model.",
            "Lower the basket into the vessel with the hoist.",
            "Fit the closure plug and check that it is seated all round.",
            "Close the fence doors and select the programme.",
            "Press START: the frame moves over the vessel, the vessel fills and is pressurised.",
            "After the hold and the decompression, wait for 0 bar and the vent to open.",
            "When the frame has moved back, remove the closure plug and lift out the basket.",
        ],
    ),
    ("h", "7. Checking the pressure medium"),
    (
        "ol",
        [
            "Take a sample from the tank tap after the medium has circulated for 10 min.",
            "Measure with the refractometer and multiply the reading by 1.3.",
            "If below 4 %, add IC-5 concentrate: 1 L per 100 L of medium raises the concentration by about 1 %.",
            "If above 6 %, add clean water.",
            "Check the pH: 8.5-9.5.",
            "Write the values in the log.",
        ],
    ),
    ("h", "8. Changing the pressure medium"),
    (
        "ol",
        [
            "Run the press empty to 0 bar and switch it off.",
            "Drain the tank to the site's collecting container; the used medium goes to waste water treatment, "
            "never to a drain.",
            "Clean the tank and the suction strainer.",
            "Fill with clean water to 90 % of the tank.",
            "Add IC-5 concentrate: 5 L per 100 L of tank volume for 5 %.",
            "Circulate for 10 min and check the concentration (section 7).",
        ],
    ),
    ("h", "9. Replacing the closure seals"),
    (
        "ol",
        [
            "Check that the display shows 0 bar and lock off the main switch.",
            "Lift the closure plug onto its stand.",
            "Remove the back-up ring and the O-ring with the plastic tool supplied; never use a screwdriver.",
            "Clean the groove and check it for scores.",
            "Fit the new O-ring and back-up ring from kit ISB-CS-300 (IP-300) or ISB-CS-420 (IP-420), back-up ring "
            "on the low-pressure side.",
            "Grease the O-ring lightly with the grease in the kit.",
            "Run one cycle at 500 bar and check for weeping before running at full pressure.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the medium level and the closure seal; look for leaks"],
            ["Weekly", "Check the medium concentration and pH (section 7)"],
            ["Monthly", "Check the hydraulic filter indicator; clean the medium suction strainer"],
            ["6 months", "Change the pressure medium (section 8)"],
            ["200,000 intensifier strokes (P11)", "Intensifier seal change by Isobarra service"],
            [
                "25,000 cycles or 2 years, whichever comes first (P12)",
                "Inspection of the vessel and the frame by Isobarra service",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "IP-300", "IP-420"],
            ["Closure seal kit (O-ring, back-up ring, grease)", "ISB-CS-300", "ISB-CS-420"],
            ["Rupture disc", "ISB-RD-2750", "ISB-RD-2200"],
            ["Basket", "ISB-BK-300", "ISB-BK-420"],
            ["Hydraulic filter element", "ISB-HF-10", "ISB-HF-10"],
            ["IC-5 inhibitor concentrate, 20 L", "ISB-IC5-20", "ISB-IC5-20"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Smerigo SL straight-line glass edgers
SMERIGO = [
    ("title", "Smerigo SL Straight-Line Glass Edgers\nUser and Maintenance Manual - SL-9 and SL-11"),
    (
        "p",
        "Document SMG-UM-SL-04, Edition 5, October 2024. Smerigo Glass Machinery. The SL-9 and SL-11 are "
        "straight-line edging machines for flat glass. The sheet lies flat and is carried between a "
        "lower conveyor belt and an upper pad belt, past a row of spindles that grind and polish one edge and the "
        "two arrises in one pass. The SL-9 has 9 spindles, the SL-11 has 11. Apart from the spindle count, the "
        "glass range, the speeds and the items named here, the two machines are built alike. The water recycling "
        "unit has its own manual, SMG-WR-02. Laminated glass and glass with a soft coating are not covered by "
        "this manual; ask Smerigo before edging them.",
    ),
    (
        "warn",
        "WARNING: Glass edges cut. Wear cut-resistant gloves and sleeves when loading and unloading. Never reach "
        "into the machine past the inlet guard while the belts run, and never remove a broken piece of glass with "
        "the spindles turning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SL-9", "SL-11"],
            [
                "Spindles: diamond / polishing / arris (45°)",
                "4 / 3 / 2",
                "5 / 4 / 2",
            ],
            ["Glass thickness", "3-19 mm", "3-25 mm"],
            ["Minimum glass size", "100 x 100 mm", "120 x 120 mm"],
            ["Maximum glass mass", "300 kg", "400 kg"],
            ["Conveyor speed", "0.5-5.0 m/min", "0.6-8.0 m/min"],
            ["Maximum total edge removal in one pass", "3 mm", "4 mm"],
            ["Arris width", "0.5-2 mm", "0.5-2 mm"],
            ["Diamond spindle motor / polishing spindle motor", "3 kW / 2.2 kW", "4 kW / 2.2 kW"],
            ["Wheel diameter / bore", "150 mm / 50 mm", "150 mm / 50 mm"],
            ["Installed power, 400 V 3~ 50 Hz", "26 kW", "36 kW"],
            ["Coolant water flow at 2-3 bar", "30 L/min", "40 L/min"],
            ["Water tank", "600 L", "800 L"],
            ["Compressed air at 6 bar", "150 NL/min", "200 NL/min"],
            ["Wheel wear compensation", "by hand, per shift", "automatic"],
            ["Length / mass", "6.2 m / 4.2 t", "7.4 m / 5.1 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The conveyor speed range is the range of the drive; the speed for a given glass is limited by the rule "
        "in section 3. The maximum glass mass holds only with the sheet supported by the inlet and outlet tables "
        "over at least two thirds of its length; longer sheets need the site's roller stands. Toughened glass "
        "cannot be edged: edge the glass before toughening.",
    ),
    ("h", "Edge quality"),
    (
        "p",
        "With wheels in good order, set as in this manual, and glass within the thickness range, the machine "
        "holds the edge straight within 0.5 mm over 3 m and the removal within ±0.1 mm of the setting. The sheets "
        "must be cut square within 1 mm per metre; a sheet out of square gives a removal that tapers along the "
        "edge. The polished edge is a bright, clear finish; a satin (matt) edge is made by switching the "
        "polishing spindles off.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Start the machine only with all covers closed; the covers are interlocked (F11).",
            "Keep loose clothing and hair away from the belts at the inlet and outlet tables.",
            "Wear hearing protection near the machine; the level at the operator's place is up to 82 dB(A) while "
            "grinding.",
            "Glass sludge is slippery. Keep the floor around the water tank clean.",
            "Lock off the main switch before changing a wheel or a pad.",
            "Never run a diamond wheel dry, not even for a test; a dry wheel overheats and its segments can "
            "break off.",
            "Broken glass in the machine: stop the conveyor, lock off, and remove the pieces with tongs, working "
            "from the outlet end.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Conveyor speed for full removal"),
            (
                "p",
                "For glass up to 10 mm thick the conveyor may run at no more than 2.5 m/min (SL-9) or 4.0 m/min "
                "(SL-11) with the full edge removal. Above 10 mm, reduce this speed by 0.2 m/min for each mm of "
                "thickness over 10 mm. With half the full removal the speed may be raised by 50 %.",
            ),
            ("h", "Removal split"),
            (
                "p",
                "The first diamond wheel takes no more than 60 % of the total removal. The last diamond wheel "
                "takes 0.1-0.2 mm only, to prepare the edge for polishing.",
            ),
            ("h", "Pad belt pressure"),
            (
                "p",
                "3.5-4.5 bar at the pad belt regulator. Below 3.5 bar the glass can slip and the edge runs wavy.",
            ),
            ("h", "Coolant water"),
            (
                "p",
                "At least 2 bar at the spindle manifold; below 1.5 bar F04 stops the spindles after 10 s. Water "
                "temperature no more than 35 °C. Change the water weekly, or sooner when a 1 L sample shows more "
                "than 20 mL of settled sludge after 10 min, whichever comes first.",
            ),
            ("h", "Wheel wear"),
            (
                "p",
                "SL-11: each diamond wheel is advanced automatically by 0.02 mm for every 50 m of edge. SL-9: advance "
                "each diamond wheel by hand by 0.05 mm at the start of each shift. Change a diamond wheel when the "
                "diamond layer is less than 1 mm high, or when F09 shows (SL-11).",
            ),
            ("h", "Thickness setting"),
            (
                "p",
                "Set the pad belt height to the glass thickness. The inlet sensor stops the conveyor (F06) if the "
                "glass is more than 1 mm thicker than the setting.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["F02", "Conveyor motor thermal", "Conveyor motor overloaded: glass too heavy or belt jammed."],
            [
                "F03",
                "Spindle overload",
                "Spindle number shown. Removal too high for the speed, or the wheel glazed. Lower the speed or "
                "the removal; dress the wheel.",
            ],
            ["F04", "Water pressure low", "Below 1.5 bar at the manifold. Spindles stop after 10 s."],
            ["F05", "Air pressure low", "Below 5 bar. The pad belt loses its grip; the conveyor stops."],
            ["F06", "Glass too thick", "Glass more than 1 mm thicker than the setting at the inlet sensor."],
            ["F08", "Outlet jam", "Outlet sensor covered for more than 20 s. Remove the glass."],
            ["F09", "Wheel worn (SL-11)", "Wear compensation at its end. Change the wheel shown."],
            ["F10", "Conveyor drive fault", "Frequency inverter fault; its own code is shown on the inverter."],
            ["F11", "Cover open", "A cover interlock is open."],
            ["F12", "Lubrication level", "Central lubrication reservoir for the belt chains low."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Small shell-shaped chips along the lower edge",
                "First diamond wheel glazed or worn, too much removal on it, or pad belt worn so the glass moves",
                "Dress or change the wheel; check the removal split and the pad belt",
            ],
            [
                "White or grey burn marks on the polished edge",
                "Too little water at the polishing wheels",
                "Clean the polishing nozzles; check the water pressure and the tank level",
            ],
            [
                "Edge stays grey and does not polish",
                "Polishing wheels worn or set too far back, or conveyor too fast",
                "Advance or change the polishing wheels; lower the speed",
            ],
            [
                "Edge wavy, not straight along the sheet",
                "Pad belt pressure low or pads worn",
                "Set 3.5-4.5 bar; change worn pads (section 9)",
            ],
            [
                "Arris wider at one end of the sheet than the other",
                "Thickness setting wrong, or arris wheel loose",
                "Check the thickness setting and the arris wheel clamp",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up for a new glass thickness"),
    (
        "ol",
        [
            "Stop the conveyor and let the last sheet leave the machine.",
            "Enter the new thickness on the panel; the pad belt moves to the new height.",
            "Enter the total removal, no more than 3 mm (SL-9) or 4 mm (SL-11).",
            "Set the conveyor speed from the rule in section 3.",
            "Set the arris wheels for the arris width wanted.",
            "Run a test piece and measure the removal and the arris with a caliper.",
        ],
    ),
    ("h", "7. Changing a grinding wheel"),
    (
        "ol",
        [
            "Stop the machine and lock off the main switch.",
            "Open the spindle cover and retract the spindle fully with its handwheel.",
            "Hold the spindle with the 36 mm spanner and undo the wheel nut (left-hand thread on the spindles "
            "facing the outlet).",
            "Clean the spindle flange and the wheel bore.",
            "Fit the new wheel with the arrow in the direction of rotation and tighten the nut to 40 Nm.",
            "Advance the spindle until the wheel just touches a test sheet, then set the spindle counter to zero.",
            "Close the cover; on the SL-11 reset the wear compensation of the spindle.",
        ],
    ),
    ("h", "8. Dressing a glazed diamond wheel"),
    (
        "ol",
        [
            "Run the spindle with water on.",
            "Feed the dressing stone SMG-DS-01 against the wheel face by hand, with light pressure, for 10-15 s.",
            "Grind one test sheet and check that the wheel cuts freely and the spindle current is back to normal.",
            "Repeat once if needed; a wheel that glazes again within one shift is the wrong grade for the glass.",
        ],
    ),
    ("h", "9. Changing the pad belt pads"),
    (
        "ol",
        [
            "Lower the air pressure on the pad belt to 0 bar and lock off the main switch.",
            "Lift the pad belt to its highest position.",
            "Unclip the worn pads; change all the pads of a section at one time.",
            "Clip in the new pads from set SMG-BP-9 or SMG-BP-11.",
            "Set the pad belt pressure back to 3.5-4.5 bar.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean glass dust off the belts; check the spray nozzles"],
            ["Weekly, or after the sludge test", "Change the coolant water; clean the tank"],
            ["250 h", "Grease the spindle slides (not the bearings, which are sealed)"],
            ["2000 h", "Check the conveyor belt and the pads for wear"],
            ["When noisy or hot", "Spindle bearings are changed by Smerigo service only"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SL-9", "SL-11"],
            ["Diamond wheel, metal bond, grit 60", "SMG-DW-60", "SMG-DW-60"],
            ["Diamond wheel, resin bond, grit 320", "SMG-DW-320", "SMG-DW-320"],
            ["Polishing wheel, cerium", "SMG-PW-10C", "SMG-PW-10C"],
            ["Arris wheel 45°", "SMG-AW-45", "SMG-AW-45"],
            ["Pad set, complete machine", "SMG-BP-9", "SMG-BP-11"],
            ["Dressing stone", "SMG-DS-01", "SMG-DS-01"],
            ["Coolant pump", "SMG-WP-30", "SMG-WP-40"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Meltrax PC-150 pusher batch charger
MELTRAX = [
    ("title", "Meltrax PC-150 Pusher Batch Charger\nOperation and Maintenance Manual"),
    (
        "p",
        "Document MTX-OM-PC150-02, Edition 2, February 2025. Meltrax Furnace Equipment. The PC-150 feeds glass "
        "batch and cullet from a hopper into the doghouse of a glass melting furnace. A water-cooled pusher plate "
        "moves back and forth under the hopper outlet and pushes a layer of batch onto the glass melt at each "
        "stroke. The feed rate follows the glass level signal: the charger runs faster when the level falls. The "
        "glass level gauge, the level control loop settings and the doghouse refractory belong to the furnace "
        "builder and the site and are not covered here. The batch plant that fills the hopper has its own "
        "documents.",
    ),
    (
        "warn",
        "WARNING: The doghouse opening is at about 1400 °C. Radiant heat and hot batch dust cause burns. Wear the "
        "aluminised jacket, the face shield with an infrared filter and heat-resistant gloves when working at the "
        "front of the charger. Never stand in front of the doghouse while the charger is being retracted.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PC-150"],
            ["Feed capacity, batch at a bulk density of 1.4 t/m³", "30-150 t/day"],
            ["Pusher plate width", "1200 mm"],
            ["Pusher stroke", "50-300 mm, settable"],
            ["Stroke frequency", "0.5-4 strokes/min"],
            ["Layer gate opening", "20-80 mm"],
            ["Hopper volume", "3.0 m³"],
            ["Hydraulic drive: motor / working pressure", "7.5 kW / 110 bar"],
            ["Hydraulic oil HLP 46, tank", "120 L"],
            ["Cooling water to the pusher plate and the nose", "2.5 m³/h at 2-4 bar"],
            ["Cooling water inlet temperature", "no more than 30 °C"],
            ["Cooling water outlet temperature, alarm", "above 55 °C"],
            ["Travel of the charger on its rails (retract)", "900 mm"],
            ["Supply", "400 V 3~ 50 Hz, 16 A"],
            ["Level signal input", "4-20 mA from the site's glass level gauge"],
            ["Mass without batch", "3.8 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The maximum capacity of 150 t/day holds only with a batch bulk density of 1.4 t/m³, a 300 mm stroke, a "
        "60 mm gate opening and 3.5 strokes per minute. One such stroke moves 1.2 m x 0.3 m x 0.06 m = 0.0216 m³, "
        "about 30 kg of batch. For other settings the feed per stroke is: width (m) x stroke (m) x gate opening "
        "(m) x bulk density (kg/m³). Batch that is wetter or more lumpy than usual feeds less per stroke; check it "
        "with a weigh test (section 7).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work at the front of the charger, retract it from the doghouse (section 8) and fit the "
            "doghouse shield.",
            "Lock off the hydraulic power pack and release the accumulator pressure before opening a hydraulic line.",
            "Never stop the cooling water while the pusher plate is in the doghouse. A pusher plate without water "
            "is destroyed within minutes and can release steam when water returns.",
            "Batch dust contains soda ash and fine silica. Wear a P3 dust mask when cleaning the hopper.",
            "Never enter the hopper. Clear a bridge in the hopper only from outside with the vibrator or the "
            "poking rod.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Level control"),
            (
                "p",
                "The charger runs between its minimum and maximum stroke frequency as the level signal asks. The "
                "range, the dead band and the tuning of the level loop are set by the furnace builder and are not "
                "given here. If the level signal is lost (below 3.6 mA) the charger goes on at the last frequency "
                "for 10 min and then stops with C07.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "At least 2.5 m³/h at 2-4 bar. Inlet no more than 30 °C. The difference between outlet and inlet "
                "should stay below 15 °C; a larger rise shows scale in the pusher plate or a low flow. Above 55 °C "
                "at the outlet the charger gives C03 and retracts by itself after 2 min.",
            ),
            ("h", "Stroke and gate"),
            (
                "p",
                "Change the stroke only in steps of 25 mm and wait 30 min before the next change, so that the "
                "level loop settles. Keep the gate opening at least 20 mm, or the batch can bridge at the gate.",
            ),
            ("h", "Batch"),
            (
                "p",
                "Moisture 3-4 %. Batch drier than 2 % dusts and carries over into the regenerators; batch wetter "
                "than 5 % sticks in the hopper. Cullet pieces no larger than 50 mm.",
            ),
            ("h", "Retract"),
            (
                "p",
                "The charger retracts 900 mm on its rails. It must be back at the doghouse within 30 min, or the "
                "site must fit the doghouse shield to limit heat loss.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "Emergency stop pressed. Release it, then press RESET."],
            ["C02", "Cooling water flow low", "Flow below 2.0 m³/h. Check the strainer and the valves."],
            [
                "C03",
                "Cooling water outlet hot",
                "Outlet above 55 °C. The charger retracts after 2 min unless the temperature falls.",
            ],
            ["C04", "Hydraulic oil level low", "Top up with HLP 46; look for a leak."],
            ["C05", "Hydraulic oil hot", "Oil above 65 °C. Check the oil cooler fan."],
            ["C07", "Level signal lost", "Signal below 3.6 mA for 10 min. The charger stops."],
            [
                "C08",
                "Pusher stalled",
                "Pusher did not reach its end position within 20 s: a lump of batch or cullet, or a build-up on the "
                "doghouse sill.",
            ],
            ["C09", "Hopper empty", "Low level probe uncovered for 5 min. Check the batch plant."],
            ["C10", "Retract position", "Charger not fully forward or back; position switch faulty."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Glass level keeps falling though the charger runs at its maximum frequency",
                "Batch bridging in the hopper, gate opening too small, or very wet batch",
                "Run the hopper vibrator; check the gate and the batch moisture; do a weigh test",
            ],
            [
                "Batch piles up in the doghouse and does not melt in",
                "Stroke too short, or the batch too wet or too cold",
                "Lengthen the stroke by 25 mm; ask the batch plant to check the moisture",
            ],
            [
                "Steam or hissing at the pusher plate",
                "Water leak from the pusher plate or the nose",
                "Retract the charger at once and change the pusher plate",
            ],
            [
                "Outlet water temperature rising over weeks",
                "Scale building up in the pusher plate",
                "Descale at the next planned stop; check the water treatment",
            ],
            [
                "Pusher stops half way and C08 shows",
                "Lump in the batch, or a build-up on the doghouse sill",
                "Retract, clear the sill with the poking rod and restart",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the charger after a stop"),
    (
        "ol",
        [
            "Check the cooling water: flow at least 2.5 m³/h and the outlet running.",
            "Start the hydraulic power pack and check 110 bar on the gauge.",
            "Check the hopper level and that the gate is at its setting.",
            "Remove the doghouse shield.",
            "Drive the charger forward to the doghouse in HAND.",
            "Run five strokes in HAND and watch the batch enter the furnace.",
            "Switch to AUTO; the charger follows the level signal.",
        ],
    ),
    ("h", "7. Weigh test (feed per stroke)"),
    (
        "ol",
        [
            "Retract the charger and fit the doghouse shield.",
            "Place the weigh tray in front of the pusher plate.",
            "Run ten strokes in HAND at the current stroke and gate settings.",
            "Weigh the batch on the tray and divide by 10.",
            "Compare with width x stroke x gate opening x bulk density; a result more than 10 % lower shows a "
            "bridge or a partly blocked gate.",
            "Enter the measured feed per stroke on the panel (SET > FEED) so that the daily tonnage is shown right.",
            "Return the batch to the hopper, remove the tray and restart (section 6).",
        ],
    ),
    ("h", "8. Retracting the charger"),
    (
        "ol",
        [
            "Switch to HAND and stop the strokes with the pusher plate fully back.",
            "Press RETRACT: the charger moves 900 mm back on its rails.",
            "Keep the cooling water running.",
            "Fit the doghouse shield within 5 min.",
            "Return the charger within 30 min, or tell the furnace shift leader.",
        ],
    ),
    ("h", "9. Changing the pusher plate"),
    (
        "ol",
        [
            "Retract the charger (section 8) and let the pusher plate cool below 60 °C with the water running.",
            "Close the water valves and disconnect the hoses; drain the plate.",
            "Support the plate on the lifting frame and remove the eight M16 bolts.",
            "Fit the new plate MTX-PP-1200 with new gaskets and tighten the bolts to 210 Nm.",
            "Connect the hoses, open the water and check for leaks for 10 min before going back to the doghouse.",
        ],
    ),
    ("h", "Pusher wear tiles"),
    (
        "p",
        "The face of the pusher plate is protected by six wear tiles, 25 mm thick when new. Check them at each "
        "planned furnace stop and have them changed when any tile is worn to 10 mm. The tiles are changed by "
        "Meltrax service only, because the plate must be pressure-tested afterwards.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Read the water temperatures and flow; check the doghouse sill for build-up"],
            ["Weekly", "Clean the cooling water strainer; check the rails and wheels"],
            ["Monthly", "Weigh test (section 7); check the hydraulic hoses"],
            ["12 months or 8000 h, whichever comes first", "Change the hydraulic oil and filter"],
            ["At each planned furnace stop", "Descale the pusher plate; check the nose for cracks"],
            ["Doghouse refractory", "The furnace builder's documents"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Pusher plate, water-cooled, 1200 mm, with gaskets", "MTX-PP-1200"],
            ["Pusher wear tiles, set of 6", "MTX-WT-06"],
            ["Cooling water hose set", "MTX-WH-02"],
            ["Hydraulic filter element", "MTX-HF-25"],
            ["Hopper vibrator", "MTX-VB-110"],
            ["Gate position sensor", "MTX-GS-01"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("fornbrek-tk-tunnel-kiln.pdf", "Fornbrek FBK-OM-TK-11 Ed 3 - TK-72 / TK-96", FORNBREK),
        ("isobarra-ip-cold-isostatic-press.pdf", "Isobarra ISB-OI-IP-07 Ed 2 - IP-300 / IP-420", ISOBARRA),
        ("smerigo-sl-straight-line-glass-edger.pdf", "Smerigo SMG-UM-SL-04 Ed 5 - SL-9 / SL-11", SMERIGO),
        ("meltrax-pc-pusher-batch-charger.pdf", "Meltrax MTX-OM-PC150-02 Ed 2 - PC-150", MELTRAX),
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
