"""Generate the PDF manuals of the ninety-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set92venv && /tmp/set92venv/bin/pip install fpdf2 pypdf
    /tmp/set92venv/bin/python knowledge/samples/ninetysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, diameter sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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




# ---------------------------------------------------------------- Ecumara ECS continuous slabstock foaming machines
ECUMARA = [
    ("title", "Ecumara ECS Continuous Slabstock Foaming Machines\nOperation and Maintenance Manual - ECS-21 and "
        "ECS-24"),
    (
        "p",
        "Document ECM-OM-ECS-04, Edition 3, March 2025. Ecumara Foam Systems. The ECS-21 and ECS-24 are continuous "
        "machines for flexible polyether slabstock foam with a flat top. The machine meters polyol, TDI, water and the "
        "additive streams from the day tanks to a low-pressure mixhead with a stirrer. The mix flows from the mixhead "
        "into the trough, spills over its lip onto the fall plate and rises between two side papers on a bottom paper "
        "carried by the main conveyor. The risen foam passes through the extraction tunnel to the cross-cut saw. Apart "
        "from the block size, the outputs, the number of streams and the items named in this manual, the two models "
        "are built alike.",
    ),
    (
        "p",
        "Not part of the machine: the bulk and day tanks and their temperature conditioning unit, the tunnel "
        "extraction fan and stack, the cross-cut saw and the block curing store. They have their own manuals. "
        "Formulations (the recipe of each foam grade, including the TDI index and the catalyst levels) are the "
        "responsibility of the site's chemist; Ecumara does not set them. Workplace exposure monitoring for TDI is "
        "the site's, under the rules of the local authority.",
    ),
    (
        "warn",
        "WARNING: TDI is toxic by inhalation and a respiratory sensitiser. Never open a TDI line, a filter or the "
        "mixhead without the PPE listed in section 2 and without the line being flushed and depressurised. A person "
        "who has become sensitised to isocyanates must not work on the machine again.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ECS-21", "ECS-24"],
            ["Block width, adjustable by moving the side wall conveyors", "1000-2150 mm", "1200-2450 mm"],
            ["Maximum block height, flat top", "1200 mm", "1250 mm"],
            ["Foam density range (water-blown polyether foam)", "14-60 kg/m³", "14-60 kg/m³"],
            ["Polyol output", "50-250 kg/min", "70-320 kg/min"],
            ["Maximum total chemical output (all streams together)", "400 kg/min", "520 kg/min"],
            ["Main conveyor speed", "1.5-7.0 m/min", "1.5-7.0 m/min"],
            ["Metering streams (polyol, TDI, water and additives)", "10", "12"],
            ["Mixhead stirrer speed and motor", "2000-6000 rpm, 7.5 kW", "2000-6000 rpm, 11 kW"],
            ["Mixing chamber volume", "2.8 L", "3.6 L"],
            ["Fall plate, three sections", "3 x 1.4 m", "3 x 1.6 m"],
            ["Side wall conveyor height", "1300 mm", "1350 mm"],
            ["Tunnel extraction, air flow required from the site's fan", "at least 20 000 m³/h", "at least 26 000 "
                "m³/h"],
            ["Line length, mixhead to saw", "58 m", "66 m"],
            ["Installed power, 400 V 3~ 50 Hz", "95 kW", "125 kW"],
            ["Supply fuse", "200 A gG", "250 A gG"],
            ["Compressed air, dry and oil-free", "6-8 bar, 400 NL/min", "6-8 bar, 500 NL/min"],
            ["Machine mass without chemicals", "38 t", "45 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The outputs hold for polyol with a viscosity of no more than 1000 mPa s at 22 °C. Polymer polyols and other "
        "polyols of higher viscosity lower the maximum polyol output by up to 20 %. The density range is that of "
        "water-blown foam without an auxiliary blowing agent; other foam types need Ecumara's written agreement before "
        "they are run.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site in TDI handling may operate the machine or work on the chemical side.",
            "PPE for work on TDI lines, filters and the mixhead: full-face mask with a combined A2-P3 filter or an "
            "air-fed hood, butyl rubber gloves and a chemical apron. The site's TDI emergency plan and the "
            "decontamination solution must be at the machine whenever it runs.",
            "The tunnel extraction must run whenever the mixhead pours and for at least 30 min after the last pour. "
            "The machine blocks a pour while the extraction flow switch is open (A07).",
            "Never reach into the trough, onto the fall plate or between the side wall conveyors while the conveyor "
            "runs. Use the paper hooks supplied to lift a torn paper.",
            "Fresh foam blocks heat up to about 160 °C in the core and can self-ignite. Handling and storage of the "
            "blocks after the saw are set out in the curing store's documents and the site's fire risk assessment.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Chemical temperatures"),
            (
                "p",
                "Polyol and TDI must reach the mixhead at 22 °C ±1 °C. The machine does not start a pour (A04) if "
                "either of them is outside 19-25 °C at the mixhead sensors. A difference of more than 2 °C between "
                "polyol and TDI gives a warning on the panel; the pour may go on. The temperatures are held by the day "
                "tank conditioning unit, not by the ECS.",
            ),
            ("h", "Stirrer speed"),
            (
                "p",
                "Set 3500-4500 rpm for conventional foam. Below 2500 rpm the mix is not fully mixed: coarse cells "
                "and streaks follow. Above 5500 rpm the stirrer draws air into the mix, which shows as pinholes and "
                "voids near the bottom skin. Viscoelastic grades may need other speeds; the site's chemist sets them "
                "in the grade recipe.",
            ),
            ("h", "Mixhead pressure"),
            (
                "p",
                "Normal pressure in the mixing chamber is 0.5-2.0 bar. Above 3.0 bar alarm A06 stops the pour; the "
                "usual cause is a partly cured deposit in the outlet or a blocked nucleation air nozzle.",
            ),
            ("h", "Conveyor speed"),
            (
                "p",
                "The conveyor speed follows from the output, the target density and the block cross-section: "
                "v (m/min) = Q x 0.95 / (density x W x H), with Q the total output in kg/min, the density in kg/m³, "
                "W the width and H the block height in m. The factor 0.95 allows for about 5 % of the mass lost as "
                "gas. Example: 300 kg/min for 25 kg/m³ in a 2.0 m x 1.1 m block gives 285 / 55 = 5.2 m/min.",
            ),
            ("h", "Stream accuracy"),
            (
                "p",
                "Each stream must deliver within ±1 % of its set value at the gravimetric check (section 6.1). During "
                "a pour, a deviation of the TDI flow meter of more than ±2 % for 5 s stops the pour (A03); for the "
                "polyol the same limit gives A02. An additive stream more than ±5 % from its set value for 10 s "
                "gives A10.",
            ),
            ("h", "Fall plate"),
            (
                "p",
                "Section 1, below the trough, is set to 8-12°. Sections 2 and 3 are set so that the top of the rising "
                "foam stays flat. The cream line must stay at least 300 mm downstream of the trough lip.",
            ),
            ("h", "Stopping a pour"),
            (
                "p",
                "When the pour stops, the stirrer keeps running and the flush valve opens. The mixhead must be flushed "
                "within 60 s; after that the mix starts to cure in the chamber and the head has to be stripped.",
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
                "Emergency stop",
                "An emergency stop pressed or its circuit open. Release it, check the line, press RESET.",
            ],
            [
                "A02",
                "Polyol flow deviation",
                "Polyol flow outside ±2 % for 5 s: filter blocked, pump worn or air in the suction line. Check the "
                "filter, bleed the line.",
            ],
            [
                "A03",
                "TDI flow deviation",
                "TDI flow outside ±2 % for 5 s. Check the TDI filter and the day tank level. Work on the TDI side only "
                "with the PPE of section 2.",
            ],
            [
                "A04",
                "Chemical temperature",
                "Polyol or TDI outside 19-25 °C at the mixhead. Check the conditioning unit; the ECS cannot correct "
                "it.",
            ],
            [
                "A05",
                "Stirrer drive",
                "Stirrer overload, or speed more than 200 rpm from its set value. Look for a cured deposit on the "
                "stirrer.",
            ],
            ["A06", "Mixhead pressure high", "Above 3.0 bar. Stop, flush, clean the outlet and the nucleation air "
                "nozzle."],
            ["A07", "Tunnel extraction", "Flow switch open: fan not running or damper shut. The extraction fan is the "
                "site's."],
            [
                "A08",
                "Conveyor speed",
                "Main or side wall conveyor more than 3 % from its set speed. Check the drive and the chain tension.",
            ],
            ["A09", "Paper break", "Bottom or side paper broken or roll empty. Stop the pour and splice the paper."],
            [
                "A10",
                "Additive stream",
                "An additive stream outside ±5 % for 10 s. Check the stream's filter and its injector in the mixhead.",
            ],
            [
                "A12",
                "Flush valve",
                "Flush valve not closed at the start of a pour. Check the air supply to the valve and its end switch.",
            ],
            ["A13", "Compressed air", "Air below 5 bar. The valves cannot switch safely; the pour is stopped."],
            ["A14", "Saw interlock", "Cross-cut saw not ready. See the saw's own manual."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Coarse cells and streaks in the block",
                "Stirrer speed below 2500 rpm, or chemicals below 21 °C",
                "Set 3500-4500 rpm; check the conditioning unit",
            ],
            [
                "Pinholes and voids near the bottom skin",
                "Stirrer above 5500 rpm, or air in a suction line",
                "Lower the speed; bleed the lines at the pump filters",
            ],
            [
                "Splits inside the block",
                "Tin catalyst stream low or its injector partly blocked",
                "Run the gravimetric check on the tin stream; clean the injector",
            ],
            [
                "Foam settles back after full rise by more than 5 % of its height",
                "Silicone or tin stream low",
                "Check both streams gravimetrically",
            ],
            [
                "Block top domed, higher at the centre",
                "Fall plate sections 2 and 3 too steep, or conveyor too slow",
                "Flatten sections 2 and 3; check the speed against the formula in section 3",
            ],
            [
                "Cream line creeping toward the trough lip",
                "Chemicals warmer than set, or an amine stream high",
                "Check the temperatures and the amine stream",
            ],
            [
                "Yellow or brown core (scorch)",
                "Exotherm too high for the grade",
                "Refer to the site's chemist; the formulation is not set by Ecumara",
            ],
            [
                "Side paper tears at the side wall conveyors",
                "Side wall conveyors more than 1 % faster or slower than the main conveyor",
                "Match the speeds on the drive panel",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Gravimetric check of a stream"),
    (
        "ol",
        [
            "Run the stream in recirculation at the output of the next pour for at least 2 min so that its "
            "temperature is steady.",
            "Tare the container on the calibrated scale: a drum of at least 60 L for polyol and TDI, a 2 L beaker for "
            "an additive stream.",
            "Select the stream on the panel (page CALIB) and press DIVERT. The calibration valve sends the stream into "
            "the container for the set time: 10 s for polyol and TDI, 60 s for an additive stream.",
            "Weigh the container and enter the mass. The panel shows the flow found and its deviation from the set "
            "value.",
            "If the deviation is within ±1 %, accept. If not, press CORRECT: the panel adjusts the pump factor. "
            "Repeat the check until two checks in a row are within ±1 %.",
            "Return the collected chemical to its own day tank through the return funnel with its filter; TDI goes "
            "back to the TDI tank only.",
        ],
    ),
    ("p", "6.2 Starting a pour"),
    (
        "ol",
        [
            "Check that the day tanks hold enough of each chemical for the pour plus 10 %, and that A04 is not shown.",
            "Start the tunnel extraction and check that its flow switch has closed.",
            "Thread the bottom and side papers and start the conveyors at the speed from the formula in section 3.",
            "Start the stirrer at the recipe speed and run the streams in recirculation for at least 2 min.",
            "Press POUR. The streams switch from recirculation to the mixhead in the recipe order. Watch the cream "
            "line and the rise over the first 5 m of foam.",
            "Correct fall plate sections 2 and 3 until the top of the foam stays flat.",
        ],
    ),
    ("p", "6.3 Stopping and flushing"),
    (
        "ol",
        [
            "Press END POUR. The streams return to recirculation; the stirrer keeps running.",
            "The flush valve opens and flushing polyol runs through the chamber for 20 s. The flush is caught in the "
            "trough and leaves with the last foam.",
            "Stop the stirrer after the flush and check the outlet for deposits.",
            "Leave the tunnel extraction running for at least 30 min.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Each production day",
                "Gravimetric check of every stream (6.1); check the differential pressure of the pump filters and "
                "clean a filter above 1.5 bar",
            ],
            [
                "Weekly",
                "Clean the stirrer and the mixing chamber; check the nucleation air nozzle; grease the conveyor chains",
            ],
            [
                "Monthly",
                "Check the mixhead temperature sensors against a reference thermometer: within 0.5 °C",
            ],
            [
                "Every 6 months",
                "Check each metering pump: the pump factor must stay within 10 % of the value on the pump's test sheet",
            ],
            [
                "Every 12 months or 2000 pour hours, whichever comes first",
                "Replace the mixhead seals and the stirrer shaft seal (Ecumara service)",
            ],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "ECS-21", "ECS-24"],
            ["Stirrer, pin type", "ECM-ST-21", "ECM-ST-24"],
            ["Mixhead seal kit", "ECM-SK-21", "ECM-SK-24"],
            ["Stirrer shaft seal", "ECM-SS-75", "ECM-SS-110"],
            ["Pump filter element 100 µm", "ECM-FE-100", "ECM-FE-100"],
            ["Additive injector", "ECM-IN-06", "ECM-IN-06"],
            ["Flush valve repair kit", "ECM-FV-02", "ECM-FV-02"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tranchera CT oscillating-blade contour cutters
TRANCHERA = [
    ("title", "Tranchera CT Oscillating-Blade Contour Cutters\nOperating and Maintenance Instructions - CT-12 and "
        "CT-16"),
    (
        "p",
        "Document TRC-OI-CT-07, Edition 2, November 2024. Tranchera Contour Cutting. The CT-12 and CT-16 are CNC "
        "contour cutters for flexible polyurethane foam blocks. A vertical blade, guided above and below the block, "
        "oscillates up and down while the X and Y axes move it along the contour and the theta axis turns it to face "
        "the cutting direction. The block lies on a vacuum table with four zones. Apart from the cutting height, the "
        "blade, the oscillation drive and the items named in these instructions, the two models are built alike.",
    ),
    (
        "p",
        "Cutting programs are drawn and nested in the Tranchera TCS software on an office PC and sent to the machine "
        "over the network. The software, its file import and its licences are described in the TCS manual, not here. "
        "The foundation, the network and the dust extraction at the machine are the site's. Materials other than "
        "flexible polyurethane foam of 10-120 kg/m³ may be cut only after a test cut approved by Tranchera.",
    ),
    (
        "warn",
        "WARNING: The blade cuts at any point of its length and breaks without warning if it is overloaded. Never "
        "reach into the working area with the light curtains bridged. Release the blade tension before touching the "
        "blade and wear cut-resistant gloves and safety glasses for every blade change.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-12", "CT-16"],
            ["Working area, X x Y", "2200 x 2100 mm", "2200 x 2100 mm"],
            ["Maximum cutting height (block height)", "1200 mm", "1600 mm"],
            ["Blade, serrated, double edged, length x width x thickness", "1600 x 10 x 0.6 mm", "2000 x 10 x 0.6 mm"],
            ["Oscillation stroke", "18 mm", "18 mm"],
            ["Oscillation frequency", "1200-2400 strokes/min", "1200-2000 strokes/min"],
            ["Oscillation motor", "2.2 kW", "3.0 kW"],
            ["Maximum cutting speed", "14 m/min", "12 m/min"],
            ["Positioning speed, X and Y", "40 m/min", "40 m/min"],
            ["Theta axis (blade turning)", "endless, 0.1° resolution", "endless, 0.1° resolution"],
            ["Cutting accuracy at full cutting height", "±1.0 mm", "±1.5 mm"],
            ["Smallest inside radius", "15 mm", "20 mm"],
            ["Blade tension cylinder pressure", "4.5 bar", "5.5 bar"],
            ["Kerf", "0.8 mm", "0.8 mm"],
            ["Vacuum table, four zones, side channel blower", "4 kW", "4 kW"],
            ["Installed power, 400 V 3~ 50 Hz", "7.5 kW", "9 kW"],
            ["Supply fuse", "16 A gL", "20 A gL"],
            ["Compressed air", "6 bar, 150 NL/min", "6 bar, 150 NL/min"],
            ["Mass", "3200 kg", "3650 kg"],
            ["Noise at the operator position", "below 78 dB(A)", "below 79 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The noise values were measured while cutting 25 kg/m³ foam at the highest frequency, with the vacuum blower "
        "switched off. The blower's noise depends on where the site places it and on its silencer, so it is not "
        "included. The cutting accuracy holds for foam of 18-60 kg/m³, cut at no more than 6 mm of feed per stroke "
        "with a blade that is within its life (section 3).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Light curtains guard both long sides of the table. Entering the working area stops all axes and the "
            "oscillation (E10). Never bridge or mute them.",
            "Lock out the main switch and release the blade tension before any work at the blade, the guides or the "
            "oscillation drive.",
            "Store and carry blades in their box. Bend a used or broken blade and put it in the blade box; never in "
            "an open bin.",
            "Foam dust burns readily. Clean the machine daily and keep the site's dust extraction running while "
            "cutting.",
            "Only one person loads and unloads the table while the machine is stopped; a second person may not start "
            "the program from the panel meanwhile.",
        ],
    ),
    ("h", "3. Blade and cutting settings"),
    (
        "cols",
        [
            ("h", "Feed per stroke"),
            (
                "p",
                "The blade must not advance more than 6 mm per stroke. The highest feed is therefore: feed (m/min) = "
                "frequency (strokes/min) x 6 / 1000. At 1500 strokes/min this is 9 m/min; at 2000 strokes/min it is "
                "12 m/min. The maximum cutting speed of the model (14 m/min CT-12, 12 m/min CT-16) is never "
                "exceeded, whatever the frequency.",
            ),
            ("h", "Choosing the frequency"),
            (
                "p",
                "Foam below 20 kg/m³: at least 1800 strokes/min. Foam of 20-60 kg/m³: 1500-2000 strokes/min. Foam "
                "above 60 kg/m³ and viscoelastic foam: 1200-1500 strokes/min and a feed of no more than 6 m/min, or "
                "the blade heats the foam and the cut face glazes.",
            ),
            ("h", "Blade squareness"),
            (
                "p",
                "The blade must be square to the table within 1 mm over the full cutting height. Check it after every "
                "blade change with the steel square supplied (section 6.1).",
            ),
            ("h", "Blade life"),
            (
                "p",
                "Replace the blade when its width is worn to 8.5 mm or after 80 h of cutting, whichever comes first. "
                "Blades are not reground. The blade hour counter on the panel counts oscillation time only.",
            ),
            ("h", "Guides"),
            (
                "p",
                "Upper and lower guide rollers: clearance to the blade no more than 0.1 mm. A worn lower guide lets "
                "the blade trail behind the upper guide, so the bottom edge of a part is out of position while the "
                "top edge is right.",
            ),
            ("h", "Corners and radii"),
            (
                "p",
                "The controller slows the feed to 30 % before corners sharper than 90°. Inside radii smaller than 15 "
                "mm "
                "(CT-12) or 20 mm (CT-16) cannot be cut; the TCS software marks them in red.",
            ),
            ("h", "Kerf compensation"),
            (
                "p",
                "Contours must be offset by half the kerf, 0.4 mm, to the waste side. TCS does this when the kerf is "
                "set to 0.8 mm in its tool table.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "E10",
                "Safety stop",
                "Light curtain interrupted or door open. Clear the area and press RESET; the program goes on from the "
                "point where it stopped.",
            ],
            [
                "E11",
                "X axis servo",
                "Drive fault or following error. Look for an obstacle; note the drive's own code and call Tranchera "
                "service if it comes back.",
            ],
            ["E12", "Y axis servo", "As E11, for the Y axis."],
            [
                "E13",
                "Theta axis",
                "Blade not turned to the cutting direction in time: toothed belt slipping or broken.",
            ],
            [
                "E14",
                "Oscillation overload",
                "Motor current above its limit: frequency too high for dense foam, or a dry crank bearing.",
            ],
            [
                "E15",
                "Blade break",
                "The tension sensor lost the load. Lock out, remove both pieces and fit a new blade (section 6.1).",
            ],
            [
                "E16",
                "Blade tension low",
                "Tension cylinder below 4.0 bar (CT-12) or 5.0 bar (CT-16). Check the air supply and the regulator.",
            ],
            [
                "E18",
                "Vacuum low",
                "Table vacuum weaker than 120 mbar below atmosphere for 3 s. Cover unused holes, clean the filter.",
            ],
            [
                "E19",
                "Program outside area",
                "A contour lies outside the working area or above the cutting height. Check the block data in TCS.",
            ],
            [
                "E20",
                "Guide temperature",
                "Lower guide above 70 °C. Let it cool; check the guide clearance and the grease.",
            ],
            [
                "E21",
                "Lubrication",
                "Oil reservoir of the oscillation drive below minimum. Fill with oil ISO VG 68.",
            ],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Wavy cut face, ripples across the part",
                "Feed more than 6 mm per stroke, or blade blunt",
                "Lower the feed or raise the frequency (section 3); replace the blade",
            ],
            [
                "Bottom edge out of position while the top edge is right; cut not square",
                "Blade tension low, or lower guide clearance over 0.1 mm",
                "Check the tension pressure (4.5 bar CT-12, 5.5 bar CT-16); replace the lower guide rollers",
            ],
            [
                "Glazed or melted cut face",
                "Frequency too high on dense or viscoelastic foam, or blade blunt",
                "Use 1200-1500 strokes/min and no more than 6 m/min; replace the blade",
            ],
            [
                "Blade breaks within a few hours",
                "Guides misaligned, radius below the minimum, or tension above the setting",
                "Align the guides; check the program; set the pressure",
            ],
            [
                "All parts too large or too small by the same amount",
                "Kerf compensation missing or wrong",
                "Set the kerf to 0.8 mm in the TCS tool table",
            ],
            [
                "Block moves during the cut",
                "Vacuum low: open holes, blocked filter, zone valve closed",
                "Cover unused holes with the rubber mats; clean the filter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Changing the blade"),
    (
        "ol",
        [
            "Press BLADE CHANGE: the head moves to the front right corner. Switch off and lock out the main switch.",
            "Put on cut-resistant gloves and safety glasses.",
            "Open the release valve of the tension cylinder and wait until its gauge shows 0 bar.",
            "Open the upper and lower clamps and pull the blade out upwards. Bend the old blade into the blade box.",
            "Clean the guide rollers and check their clearance to a new blade with a feeler gauge: no more than 0.1 "
            "mm.",
            "Insert the new blade from above with its teeth facing the arrow on the head, close the clamps and tighten "
            "the clamp screws to 12 Nm.",
            "Close the release valve. The gauge must come back to 4.5 bar (CT-12) or 5.5 bar (CT-16).",
            "Remove the lockout and run the blade at 1200 strokes/min for 1 min without cutting.",
            "Check squareness with the steel square: within 1 mm over the cutting height. Reset the blade hour "
            "counter.",
        ],
    ),
    ("p", "6.2 Starting a cut"),
    (
        "ol",
        [
            "Place the block on the table against the reference stops and close the valves of unused zones.",
            "Switch on the vacuum and check the gauge: at least 120 mbar below atmosphere.",
            "Load the program from the TCS list and check the block size and the foam density in its header.",
            "Set the frequency for the density (section 3). The controller limits the feed to 6 mm per stroke.",
            "Press START and watch the first contour.",
        ],
    ),
    ("p", "6.3 Homing after a power failure"),
    (
        "ol",
        [
            "Clear the table of parts and waste.",
            "Press HOME. The axes move to their reference switches in the order theta, Y, X.",
            "Check that the blade teeth point to the 0° mark on the head; if not, call Tranchera service (E13 will "
            "follow on the first cut).",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean foam dust from the guides, the rails and the vacuum filter; read the blade hour counter"],
            [
                "Weekly",
                "Check the guide clearance (0.1 mm), the tension pressure and the oil level of the oscillation drive",
            ],
            [
                "Monthly",
                "Grease the X and Y linear bearings (two strokes each, NLGI 2); look at the theta toothed belt for "
                "wear",
            ],
            ["Every 2000 h", "Change the oil of the oscillation drive: 1.2 L, ISO VG 68"],
            [
                "Yearly",
                "Test the light curtains and the stopping time (Tranchera service or a competent person)",
            ],
        ],
        (40, 130),
    ),
    (
        "p",
        "The theta toothed belt is replaced by Tranchera service: the axis must be realigned with a factory tool "
        "afterwards.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "CT-12", "CT-16"],
            ["Blade, serrated", "TRC-BL-16", "TRC-BL-20"],
            ["Guide roller set, upper and lower", "TRC-GR-10", "TRC-GR-10"],
            ["Theta toothed belt", "TRC-TB-12", "TRC-TB-16"],
            ["Tension cylinder seal kit", "TRC-TC-SK", "TRC-TC-SK"],
            ["Vacuum filter cartridge", "TRC-VF-04", "TRC-VF-04"],
            ["Oscillation crank bearing", "TRC-CB-22", "TRC-CB-30"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Agglomar RP-21 rebonded foam block press
AGGLOMAR = [
    ("title", "Agglomar RP-21 Rebonded Foam Block Press\nOperation and Maintenance Manual"),
    (
        "p",
        "Document AGM-OM-RP21-02, Edition 2, June 2024. Agglomar Rebond Systems. The RP-21 makes rebonded foam "
        "blocks from shredded polyurethane foam crumb and an MDI-based prepolymer binder. A paddle mixer coats the "
        "crumb with binder sprayed in through two nozzles. The mix is dropped into a rectangular mould, compressed by "
        "a hydraulic lid to the block height, cured with saturated steam blown through the perforated floor and lid "
        "plates, and pushed out by the ejector.",
    ),
    (
        "p",
        "The crumb shredder, the crumb silo, the steam boiler with its pressure reducing valve, and the machines that "
        "cut the blocks are not part of the RP-21 and have their own manuals. The binder is chosen with its "
        "supplier; its safety data sheet, its storage rules and the cleaning agent for its nozzles are the "
        "supplier's. Agglomar names no binder brand or grade.",
    ),
    (
        "warn",
        "WARNING: The binder contains MDI. Wear gloves and eye protection when handling it and keep the extraction at "
        "the mixer running. Steam at up to 3.5 bar g and blocks at up to 100 °C cause severe burns: never open the "
        "lid before the chamber has been vented (P10 clear).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RP-21"],
            ["Mould inside dimensions, length x width", "2050 x 1050 mm"],
            ["Block height after pressing, adjustable", "300-1000 mm"],
            ["Mould fill height, loose mix", "up to 1600 mm"],
            ["Block density range", "50-180 kg/m³"],
            ["Crumb size", "5-15 mm flakes"],
            ["Batch mass (crumb and binder)", "up to 390 kg"],
            ["Mixer volume and motor", "2.5 m³, 15 kW"],
            ["Binder pump", "gear pump, 1-12 kg/min"],
            ["Lid force, four cylinders of 100 mm bore at 130 bar", "400 kN"],
            ["Hydraulic power pack", "11 kW, tank 250 L, oil HLP 46"],
            ["Steam at the press inlet", "saturated, 2.0 bar g ±0.3 bar"],
            ["Steam safety valve setting", "3.5 bar g"],
            ["Cycle time, depending on density and height (section 3)", "18-34 min"],
            ["Installed power, 400 V 3~ 50 Hz", "30 kW"],
            ["Supply fuse", "63 A gG"],
            ["Compressed air", "6 bar, 100 NL/min"],
            ["Mass", "9500 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The press reaches its lid force only with the hydraulic oil between 30 and 60 °C; above 60 °C alarm P2 stops "
        "it. The cycle times hold for a binder dose within the range of section 3 and steam at 2.0 bar g at the "
        "press inlet.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guard door of the mould is interlocked: the lid moves and the steam flows only with the door shut.",
            "Never enter the mould. Clearing and cleaning inside the mould are done from outside with the tools "
            "supplied, or after lock-out with the lid propped on its two mechanical stops.",
            "Lock out the mixer before reaching into it; the paddles can be turned by the weight of the mix.",
            "Binder spills: absorb with the site's spill material, never with sawdust; keep water away from the binder "
            "drums.",
            "Blocks come out hot. Use the ejector and heat-resistant gloves; do not stand in front of the mould "
            "opening while the lid rises.",
        ],
    ),
    ("h", "3. Making a block: settings and limits"),
    (
        "cols",
        [
            ("h", "Batch mass"),
            (
                "p",
                "Batch mass (kg) = density (kg/m³) x 2.15 x block height (m), where 2.15 m² is the mould floor area. "
                "The binder dose is a percentage of the crumb mass: crumb = batch mass / (1 + dose / 100), binder = "
                "batch mass - crumb. Example: 100 kg/m³, 0.8 m high, 10 % binder gives a batch of 172 kg, of which "
                "156 kg crumb and 16 kg binder.",
            ),
            ("h", "Binder dose"),
            (
                "p",
                "Use 8-14 % of the crumb mass. Below 8 % the edges and the surface crumble; above 14 % the block gets "
                "hard and the steam and dwell times below no longer hold.",
            ),
            ("h", "Crumb"),
            (
                "p",
                "Flakes of 5-15 mm with no more than 5 % moisture. Crumb with fabric, film, glue lumps or spring "
                "parts in it must not be used: they block the steam plates and the mixer. Sorting the scrap is the "
                "site's.",
            ),
            ("h", "Mixing"),
            (
                "p",
                "Spray the binder in over 3-4 min with the mixer running, then mix at least 2 min more. The mix must "
                "be in the mould and pressed within 10 min of the end of spraying.",
            ),
            ("h", "Steam and dwell at 2.0 bar g"),
            (
                "p",
                "Up to 80 kg/m³: steam 4 min, dwell 10 min. 81-120 kg/m³: steam 6 min, dwell 14 min. 121-180 kg/m³: "
                "steam 8 min, dwell 18 min. For blocks higher than 800 mm add 2 min of steam. The dwell is counted "
                "from the end of steaming, with the lid closed.",
            ),
            ("h", "Venting"),
            (
                "p",
                "The lid unlocks only when the chamber pressure is below 0.1 bar g (P10 clear). Venting takes about "
                "60 s.",
            ),
            ("h", "After demoulding"),
            (
                "p",
                "Blocks leave the press at up to 100 °C in the core. Store them for at least 24 h, stacked no more "
                "than three high, before they are cut. Cutting is described in the cutting machines' manuals.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P1", "Guard open or emergency stop", "Close the guard door, release the stop, press RESET."],
            [
                "P2",
                "Hydraulic oil hot",
                "Oil above 60 °C. Let it cool; check the oil cooler fan and fins, the oil level and the return filter.",
            ],
            [
                "P3",
                "Pressure not reached",
                "130 bar not reached within 40 s: oil level low, filter blocked, pump worn, or too much mix for the "
                "height set.",
            ],
            ["P4", "Lid position", "Lid position sensor signal lost or implausible. Check the sensor and its cable."],
            [
                "P5",
                "Mixer overload",
                "Batch too large, or crumb wet and packed. Lock out and take part of the batch out by hand.",
            ],
            [
                "P6",
                "Binder flow low",
                "Binder pump below 90 % of its set flow. Check the filter and the nozzles; check the pump (6.2).",
            ],
            [
                "P7",
                "Steam pressure low",
                "Below 1.5 bar g at the inlet. Check the boiler (the site's) and the steam strainer.",
            ],
            [
                "P9",
                "Steam pressure high",
                "Above 3.0 bar g at the inlet; steaming stops. The reducing valve upstream is the site's.",
            ],
            [
                "P10",
                "Chamber not vented",
                "Chamber above 0.1 bar g; the lid stays locked. Wait, then check the vent valve.",
            ],
            [
                "P11",
                "Batch mass",
                "Weighed crumb or binder more than ±2 % from the batch calculation. Correct by hand.",
            ],
            [
                "P12",
                "Condensate",
                "Level switch in the drain: the steam trap is blocked. Clean the trap (section 7).",
            ],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Edges and surface of the block crumble",
                "Binder dose below 8 %, or steam time too short",
                "Raise the dose; check the times against section 3",
            ],
            [
                "Core tacky and smelling of binder after demoulding",
                "Steam pressure low, the extra 2 min for blocks over 800 mm missed, or wet steam",
                "Check the pressure at the inlet (2.0 bar g); add the 2 min; clean the steam trap",
            ],
            [
                "Wet patches in the block",
                "Condensate in the chamber: steam trap blocked (P12)",
                "Clean the trap and the drain",
            ],
            [
                "Block denser at the bottom than at the top",
                "Mix dropped in one heap and not levelled",
                "Spread and level the mix with the rake before closing the lid",
            ],
            [
                "Block sticks to the mould walls",
                "Release paper missing or walls dirty",
                "Clean the walls; line them with release paper every cycle",
            ],
            [
                "Lid closes slowly and the press does not reach its force",
                "Oil above 60 °C (P2), or return filter blocked",
                "Let the oil cool and check the cooler; change the filter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Making a block"),
    (
        "ol",
        [
            "Enter density, block height and binder dose on the panel. The panel shows the batch, crumb and binder "
            "masses; they must match the calculation in section 3.",
            "Line the mould walls with release paper.",
            "Weigh the crumb into the mixer; the scale must settle within ±2 % of the figure (P11).",
            "Start the mixer and the binder spray; spraying takes 3-4 min. Mix at least 2 min more.",
            "Drop the mix into the mould, then spread and level it with the rake.",
            "Shut the guard door and press CLOSE: the lid goes down to the block height and locks.",
            "Press STEAM. The panel runs the steam and dwell times of the recipe.",
            "After the dwell the vent opens. When P10 clears, open the lid and push the block out with the ejector.",
            "Put the block on the cooling rack and write the batch number and the time on it.",
        ],
    ),
    ("p", "6.2 Checking the binder pump output"),
    (
        "ol",
        [
            "Swing the nozzle arm out of the mixer over a tared test container of at least 15 L.",
            "Set the pump to the flow used in production and press TEST: the pump runs for 60 s.",
            "Weigh the container. The mass must be within ±3 % of the flow set, for example 8.0 kg ±0.24 kg at "
            "8 kg/min.",
            "If it is not, enter the mass found: the panel corrects the pump factor. Repeat the test once.",
            "Return the binder to its drum through the filter and close the drum at once; the binder reacts with the "
            "moisture in the air.",
        ],
    ),
    ("p", "6.3 Cleaning the steam plates"),
    (
        "ol",
        [
            "Lock out and let the mould cool below 40 °C.",
            "Lift out the four floor plates with their lifting eyes.",
            "Clear the 2 mm holes with the pin board supplied; never drill them larger.",
            "Scrape cured binder off the plates and refit them with the perforations free.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cycle", "Release paper; look at the drain for condensate"],
            [
                "Daily",
                "Clean the nozzles with the cleaning agent named by the binder supplier; clean the mixer paddles",
            ],
            ["Weekly", "Clean the steam plates (6.3), the steam strainer and the steam trap"],
            ["Monthly", "Binder pump check (6.2); check the hydraulic oil level and the hoses"],
            [
                "Every 2000 h or 12 months, whichever comes first",
                "Change the hydraulic oil and the return filter; have the steam safety valve tested by a competent "
                "person, as the site's rules for pressure equipment require",
            ],
        ],
        (60, 110),
    ),
    (
        "p",
        "The seals of the lid cylinders are replaced by Agglomar service; the seal kit is listed below so that the "
        "site can keep one in stock.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Binder spray nozzle", "AGM-NZ-15"],
            ["Binder gear pump", "AGM-BP-12"],
            ["Steam floor plate", "AGM-SP-2105"],
            ["Steam trap", "AGM-ST-20"],
            ["Hydraulic return filter element", "AGM-HF-25"],
            ["Lid cylinder seal kit", "AGM-CS-100"],
            ["Release paper, roll 1100 mm", "AGM-RP-1100"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Compactis CRP mattress roll-pack machines
COMPACTIS = [
    ("title", "Compactis CRP Mattress Roll-Pack Machines\nOperator and Maintenance Manual - CRP-160 and CRP-200"),
    (
        "p",
        "Document CPX-OM-CRP-03, Edition 1, January 2025. Compactis Bedding Machines. The CRP-160 and CRP-200 "
        "compress a finished mattress flat between two layers of PE film, seal the film into an airtight bag, fold "
        "the flat pack once lengthwise where needed and roll it into a tight roll, which is then pushed into an outer "
        "bag. Apart from the mattress size, the press and the items named in this manual, the two models are built "
        "alike.",
    ),
    (
        "p",
        "Whether a mattress design may be roll-packed at all, and how long it may stay rolled, is decided by the "
        "mattress maker's product specification (the site's quality department); Compactis does not set it. Bonnell "
        "and other interconnected spring units must never be roll-packed: their springs are deformed for good. Pocket "
        "spring and foam mattresses may be packed if their specification allows it. The film is bought by the site "
        "to the specification in section 1.",
    ),
    (
        "warn",
        "WARNING: A rolled mattress stores a great deal of energy. A roll that escapes its film springs open with "
        "force. Never cut the film of a roll while anyone stands in front of it, and never reach under the press "
        "plate unless it rests on its two mechanical props.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CRP-160", "CRP-200"],
            ["Mattress width", "700-1600 mm", "700-2000 mm"],
            ["Mattress length", "1800-2200 mm", "1800-2200 mm"],
            ["Mattress thickness, free", "80-300 mm", "80-350 mm"],
            ["Press force", "200 kN", "280 kN"],
            ["Press cylinders and working pressure", "2 x Ø100 mm, 130 bar", "2 x Ø112 mm, 140 bar"],
            ["Smallest press plate gap", "30 mm", "30 mm"],
            ["Sealing bar length", "1800 mm", "2200 mm"],
            ["Inner film, LDPE, thickness and width", "100 µm, 1900 mm", "100 µm, 2300 mm"],
            ["Roll diameter", "300-550 mm", "300-550 mm"],
            ["Cycle time, foam mattress up to 250 mm thick", "60 s", "70 s"],
            ["Output", "55 mattresses per hour", "50 mattresses per hour"],
            ["Hydraulic oil HLP 46", "160 L", "200 L"],
            ["Installed power, 400 V 3~ 50 Hz", "15 kW", "18.5 kW"],
            ["Supply fuse", "32 A gG", "40 A gG"],
            ["Compressed air", "6 bar, 300 NL/min", "6 bar, 300 NL/min"],
            ["Footprint, length x width", "8.5 x 3.2 m", "8.5 x 3.6 m"],
            ["Mass", "6800 kg", "7900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cycle times and outputs hold for foam mattresses up to 250 mm thick. Pocket spring mattresses and thicker "
        "mattresses need about 15 s more per cycle, because the press slows down for the last 100 mm.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Light curtains guard the infeed and the outfeed. The press and the rolling unit move only while both are "
            "clear.",
            "For any work under the press plate, lower it onto the two red mechanical props and lock out the main "
            "switch.",
            "The sealing bar is hot after sealing. Let it cool for at least 5 min before touching it.",
            "Before work on the hydraulics, lower the plate onto the props and open the pressure release valve; the "
            "gauge must read 0 bar.",
            "Keep hands out of the rolling unit; clear a jammed roll only in SERVICE mode with the belts stopped.",
        ],
    ),
    ("h", "3. Compression, sealing and rolling"),
    (
        "cols",
        [
            ("h", "Pressing"),
            (
                "p",
                "The plate comes down at 40 mm/s and slows to 10 mm/s for the last 100 mm. It stops at the programmed "
                "gap of 30-80 mm. A mattress that is too hard for the press force stops the plate above the gap; Err "
                "03 "
                "follows after 20 s.",
            ),
            ("h", "Hold before sealing"),
            (
                "p",
                "Hold the plate at the gap for at least 3 s before sealing, so that the air can leave through the "
                "open side of the bag.",
            ),
            ("h", "Seal time"),
            (
                "p",
                "1.5 s for 100 µm film, plus 0.3 s for each further 20 µm. Cooling time at least 2 s before the jaws "
                "open. The PTFE tape over the sealing wire is changed when it shows brown marks or cracks, or after "
                "40 000 seals, whichever comes first.",
            ),
            ("h", "Folding"),
            (
                "p",
                "Flat packs wider than 1000 mm are folded once lengthwise before rolling. The fold must lie within "
                "20 mm of the centre line of the mattress.",
            ),
            ("h", "Rolling"),
            (
                "p",
                "The roll diameter is set by the rolling belt pressure. A diameter below 300 mm is not allowed for any "
                "mattress.",
            ),
            ("h", "Viscoelastic foam"),
            (
                "p",
                "Viscoelastic (memory) foam stiffens when cold and can crack when compressed. Do not press it with a "
                "core temperature below 15 °C; condition such mattresses at 18-25 °C for at least 12 h first.",
            ),
            ("h", "Height check"),
            (
                "p",
                "The height sensor at the infeed stops mattresses thicker than 300 mm (CRP-160) or 350 mm (CRP-200) "
                "with Err 11.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["Err 01", "Emergency stop", "Release the stop, check the machine, press RESET."],
            ["Err 02", "Light curtain", "Infeed or outfeed light curtain interrupted during a movement."],
            [
                "Err 03",
                "Press pressure",
                "Pressure or gap not reached within 20 s: mattress too hard or too thick, oil low, pump worn.",
            ],
            [
                "Err 04",
                "Oil temperature",
                "Hydraulic oil above 55 °C. Check the oil cooler; lower the cycle rate.",
            ],
            ["Err 05", "Oil level", "Oil below minimum. Look for leaks; fill with HLP 46."],
            ["Err 06", "Film", "Film roll empty, or film broken at the dancer. Change the roll (section 6.3)."],
            [
                "Err 07",
                "Sealing",
                "Sealing wire current outside its window: wire broken, terminal loose or PTFE tape worn through.",
            ],
            ["Err 08", "Plate position", "Position transducer signal lost. Check the transducer and its cable."],
            [
                "Err 09",
                "Rolling drive",
                "Rolling belt motor overload: pack too thick or belt tension wrong.",
            ],
            ["Err 11", "Mattress too thick", "Above 300 mm (CRP-160) or 350 mm (CRP-200)."],
            ["Err 12", "Compressed air", "Air below 5 bar."],
            ["Err 13", "Outer bag", "No outer bag at the bagging station."],
        ],
        (18, 36, 116),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Bag seal opens and the mattress swells inside the film",
                "Seal time too short for the film thickness, or PTFE tape worn",
                "Set the seal time (1.5 s for 100 µm plus 0.3 s per further 20 µm); replace the tape",
            ],
            [
                "Wrinkles across the seal",
                "Film not tensioned: dancer brake pad worn",
                "Adjust or replace the dancer brake pad; check that the film runs centred",
            ],
            [
                "Loose or telescoping roll",
                "Gap set too high, or rolling belt pressure low",
                "Lower the gap; raise the belt pressure",
            ],
            [
                "Fold off centre",
                "Infeed guides not set to the mattress width",
                "Reset the guides from the recipe",
            ],
            [
                "Springs tilted after unpacking",
                "Pressed too fast for pocket springs, or an interconnected spring unit was packed",
                "Use a pocket spring recipe (slower press); never pack Bonnell units",
            ],
            [
                "Creases in the cover after unpacking",
                "Roll too tight, or kept rolled too long",
                "Check the diameter; the time rolled is set by the product specification",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Setting up a new mattress size (recipe)"),
    (
        "ol",
        [
            "Select RECIPE, NEW and enter the width, the length, the free thickness and the type (foam, pocket "
            "spring, viscoelastic).",
            "Enter the gap: about 12 % of the free thickness, never below 30 mm.",
            "Enter the film thickness; the panel proposes the seal time from the rule in section 3.",
            "Set the infeed guides to the mattress width plus 10 mm.",
            "Run one mattress in STEP mode and check the fold and the roll diameter, then save the recipe.",
        ],
    ),
    ("p", "6.2 Replacing the sealing wire and the PTFE tape"),
    (
        "ol",
        [
            "Switch off and lock out the main switch. Let the sealing bar cool for at least 5 min.",
            "Raise the upper jaw to its service position and fit the jaw lock pin.",
            "Remove the PTFE cover tape and the PTFE tape under it. Loosen the two wire clamps and the tension spring.",
            "Fit the new flat wire (5 x 0.2 mm) with its ends in the clamps and pre-tension the spring by 10 mm.",
            "Fit new PTFE tape over the wire without wrinkles, then the cover tape.",
            "Remove the lock pin, switch on and make three test seals on scrap film. Pull each apart: the film must "
            "tear beside the seal, not in it.",
        ],
    ),
    ("p", "6.3 Changing the film roll"),
    (
        "ol",
        [
            "Err 06 stops the machine at the end of the cycle. Press SERVICE.",
            "Lift the empty core out with the roll lift and fit the new roll on the air shaft; inflate the shaft.",
            "Thread the film over the dancer and the spreader roll as shown on the label inside the guard.",
            "Join the new film to the old with tape across the full width and press RESET.",
        ],
    ),
    ("p", "6.4 Daily start-up checks"),
    (
        "ol",
        [
            "Check the hydraulic oil level in the sight glass and look for leaks under the press.",
            "Switch on and let the hydraulics run for 5 min before the first mattress.",
            "Interrupt each light curtain with the test rod: the machine must stop and show Err 02.",
            "Make one test seal on scrap film and pull it apart as in 6.2.",
            "Check that the recipe shown on the panel matches the first mattress on the infeed.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the sealing jaws; look at the PTFE tape; test the light curtains by interrupting them"],
            ["Weekly", "Check the rolling belt tension and tracking; grease the fold bar guides"],
            ["Every 40 000 seals", "Replace the PTFE tape, or sooner if it is marked or cracked"],
            ["Every 6 months", "Look over the hydraulic hoses; take an oil sample"],
            [
                "Every 4000 h or 2 years, whichever comes first",
                "Change the hydraulic oil and the filter element",
            ],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "CRP-160", "CRP-200"],
            ["Sealing wire, flat 5 x 0.2 mm", "CPX-SW-18", "CPX-SW-22"],
            ["PTFE tape set", "CPX-PT-18", "CPX-PT-22"],
            ["Rolling belt", "CPX-RB-16", "CPX-RB-20"],
            ["Hydraulic filter element", "CPX-HF-10", "CPX-HF-10"],
            ["Press cylinder seal kit", "CPX-CS-100", "CPX-CS-112"],
            ["Dancer brake pad", "CPX-DB-01", "CPX-DB-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "ecumara-ecs-continuous-slabstock-foaming-machine.pdf",
            "Ecumara ECM-OM-ECS-04 Ed 3 - ECS-21 / ECS-24",
            ECUMARA,
        ),
        ("tranchera-ct-oscillating-blade-contour-cutter.pdf", "Tranchera TRC-OI-CT-07 Ed 2 - CT-12 / CT-16", TRANCHERA),
        ("agglomar-rp-rebonded-foam-press.pdf", "Agglomar AGM-OM-RP21-02 Ed 2 - RP-21", AGGLOMAR),
        ("compactis-crp-mattress-roll-pack-machine.pdf", "Compactis CPX-OM-CRP-03 Ed 1 - CRP-160 / CRP-200", COMPACTIS),
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
