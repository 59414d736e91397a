"""Generate the PDF manuals of the hundred-and-nineteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set119-scratch/venv && /tmp/set119-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set119-scratch/venv/bin/python knowledge/samples/hundrednineteenth/make_pdfs.py

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


# ---------------------------------------------------------------- Corrandel ST submerged arc welding tractors
CORRANDEL = [
    ("title", "Corrandel ST Submerged Arc Welding Tractors\nOperation and Maintenance - ST-600 and ST-1000"),
    (
        "p",
        "Document CRD-OM-ST-03, Edition 2, March 2025. Corrandel Welding Automation. The ST-600 and ST-1000 are "
        "self-propelled submerged arc welding (SAW) tractors for single-wire fillet and butt welds on plate: in the "
        "panel shop, on block assembly and on deck. They run on the plate itself, steered by a guide arm against the "
        "web or the groove, or on the Corrandel guide track GT-2 with its rack. Apart from the rated current, the wire "
        "sizes, the flux hopper, the torch and the items named in this manual, the two models are built alike. The "
        "welding power source (Corrandel PS-630 for the ST-600, PS-1250 for the ST-1000) has its own manual, "
        "CRD-OM-PS-01. The welding procedure specification (WPS) for each joint is issued by the site's welding "
        "coordinator; this manual does not replace it.",
    ),
    (
        "warn",
        "WARNING: The arc is hidden under the flux, but the flux can break open without warning. Wear eye protection "
        "with a welding filter near a running tractor. Slag and flux stay hot for several minutes after the weld. "
        "Lift the tractor only by its carrying handle, never by the flux hopper or the torch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ST-600", "ST-1000"],
            ["Rated welding current, 100 % duty cycle (10 min cycle, 40 °C ambient)", "600 A", "1000 A"],
            ["Welding current, 60 % duty cycle (10 min cycle, 40 °C ambient)", "800 A", "1200 A"],
            ["Solid wire diameter", "2.0 - 4.0 mm", "3.0 - 5.0 mm"],
            ["Wire feed speed", "0.2 - 4.0 m/min", "0.2 - 3.2 m/min"],
            ["Travel speed", "0.10 - 1.80 m/min", "0.10 - 1.50 m/min"],
            ["Wire basket B300 on the tractor", "25 kg", "30 kg"],
            ["Flux hopper", "6 L", "10 L"],
            ["Torch tilt sideways", "±45°", "±45°"],
            ["Cross slide and vertical slide stroke", "100 mm each", "100 mm each"],
            ["Control voltage from the power source", "42 V AC", "42 V AC"],
            ["Contact tip thread", "M10", "M12"],
            ["Steepest plate slope when running on the plate (without the GT-2 track)", "10°", "8°"],
            ["Mass without wire and flux", "44 kg", "52 kg"],
            ["Protection class", "IP23", "IP23"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The duty cycle values hold with the Corrandel torch and contact tips of the size listed in section 10. A 60 % "
        "duty cycle means 6 min of arc in every 10 min. Wire drums larger than the B300 basket are not carried on the "
        "tractor; the drum stand and its conduit are described in the power source manual.",
    ),
    ("h", "2. Controls"),
    (
        "p",
        "The pendant on the tractor has the keys START, STOP, WIRE INCH UP, WIRE INCH DOWN, TRAVEL LEFT/RIGHT, "
        "TRAVEL TEST (travel without arc) and FLUX. The display shows the set and the actual current, voltage and "
        "travel speed. The current is set through the wire feed speed; the voltage is set on the power source and "
        "trimmed at the pendant. Menu SET holds the crater fill time, the burnback time, the travel start delay and "
        "the travel calibration (TRAVEL CAL).",
    ),
    ("h", "3. Welding parameters and limits"),
    (
        "cols",
        [
            ("h", "Current and wire diameter"),
            (
                "p",
                "Use each wire diameter only within its current range: 2.0 mm 200-400 A, 2.4 mm 250-500 A, 3.2 mm "
                "350-650 A, 4.0 mm 450-800 A, 5.0 mm 600-1000 A. On the ST-600 the 4.0 mm wire is limited by the torch "
                "to 800 A at 60 % duty cycle and to 600 A at 100 %. The 5.0 mm wire can be used on the ST-1000 only.",
            ),
            ("h", "Wire stick-out"),
            (
                "p",
                "Stick-out (contact tip to work) is 25-30 mm for 2.0-3.2 mm wire and 30-35 mm for 4.0-5.0 mm wire. A "
                "longer stick-out lowers the current at the same wire feed speed and gives a narrower bead with less "
                "penetration.",
            ),
            ("h", "Heat input"),
            (
                "p",
                "Heat input (kJ/mm) = arc voltage (V) x current (A) x 60 / (1000 x travel speed (mm/min)). Example: 32 "
                "V, 700 A and 500 mm/min give 2.69 kJ/mm. The heat input must stay within the range of the WPS; the "
                "tractor does not limit it.",
            ),
            ("h", "Flux"),
            (
                "p",
                "Fill the hopper only with the flux named in the WPS. Agglomerated basic fluxes that have stood in the "
                "open hopper for more than 8 h must be redried at 300-350 °C for 2 h before use. Recovered flux may be "
                "mixed back, but no more than 3 parts recovered flux to 1 part new flux, sieved to remove slag and "
                "fines. The flux depth over the arc is 25-40 mm; the arc must never break through the flux.",
            ),
            ("h", "Joint condition"),
            (
                "p",
                "Shop primer on the joint faces may be no thicker than 25 µm. Thicker primer, rust and mill scale must "
                "be ground off at least 20 mm each side of the joint.",
            ),
            ("h", "Slopes"),
            (
                "p",
                "Running on the plate, the tractor may slip on a slope. It is allowed up to 10° (ST-600) or 8° "
                "(ST-1000). Steeper work must run on the GT-2 track with the rack drive engaged.",
            ),
            ("h", "Crater fill and burnback"),
            (
                "p",
                "Crater fill time 0-3.0 s at 70 % of the welding current. Burnback time 0.05-0.50 s, factory setting "
                "0.15 s. If the wire sticks in the crater, raise the burnback in steps of 0.05 s.",
            ),
            ("warn", "Never weld with the ST-600 above 800 A, even for a short seam: the torch and the contact tip "
             "are not rated for it."),
        ],
    ),
    ("h", "4. Setting up a fillet weld"),
    (
        "ol",
        [
            "Check the joint: free of moisture, oil, rust and mill scale, and shop primer no thicker than 25 µm "
            "(section 3).",
            "Place the tractor on the plate with the guide arm against the web. Set the guide wheel 5-10 mm ahead of "
            "the wire.",
            "Tilt the torch to 40-45° from the flange for a horizontal fillet and aim the wire 1-2 mm onto the flange "
            "from the root line.",
            "Set the stick-out for the wire diameter (section 3).",
            "Set the flux nozzle 30-50 mm ahead of the wire, open the flux valve with the FLUX key and check that the "
            "flux flows evenly.",
            "Enter the current (wire feed speed), voltage and travel speed from the WPS.",
            "Make a test run of at least 300 mm on a scrap piece of the same thickness and check the leg length with "
            "a fillet gauge.",
            "Press START. The tractor moves off once the arc is established (travel start delay 0.3 s).",
        ],
    ),
    ("h", "5. Changing the wire basket"),
    (
        "ol",
        [
            "Press STOP and switch the power source off at its main switch.",
            "Cut the wire at the inlet of the feed rolls and lift the empty basket off its hub.",
            "Fit the new basket so that the wire unwinds from the bottom of the coil towards the straightener.",
            "Cut off the bent wire end and straighten the first 200 mm by hand.",
            "Feed the wire through the straightener into the feed rolls and close the pressure lever.",
            "Switch the power source on and press WIRE INCH DOWN until the wire comes out of the contact tip.",
            "Cut the wire to the stick-out and reset the wire end alarm with STOP (A06 clears).",
        ],
    ),
    ("h", "6. Replacing the contact tip and the feed rolls"),
    (
        "p",
        "Replace the contact tip after 8 h of arc time or when its bore is worn oval by 0.3 mm or more, whichever "
        "comes first. Replace the feed rolls when the grooves are worn shiny and flat or the wire slips at the set "
        "pressure.",
    ),
    (
        "ol",
        [
            "Switch the power source off and let the torch cool.",
            "Hold the torch body with the spanner supplied and unscrew the contact tip.",
            "Screw in the new tip of the correct size (M10 on the ST-600, M12 on the ST-1000) hand tight, then a "
            "quarter turn with the spanner.",
            "For the feed rolls, open the pressure lever and remove the two roll screws.",
            "Fit the new roll pair with the groove size of the wire facing outwards.",
            "Set the pressure lever to mark 3 for 2.0-3.2 mm wire and to mark 4 for 4.0-5.0 mm wire, and check that "
            "the wire does not slip when held back by hand.",
        ],
    ),
    ("h", "7. Checking the travel speed"),
    (
        "ol",
        [
            "Mark two lines 1000 mm apart on a level plate.",
            "Set the travel speed to 0.50 m/min and run the tractor with TRAVEL TEST (no arc).",
            "Time the tractor between the two lines: it must take 117.6-122.4 s (120 s ±2 %).",
            "If it is outside, clean flux and slag off the drive tyres and measure them: the tyre diameter must be at "
            "least 98 mm (new 100 mm).",
            "Calibrate in menu SET > TRAVEL CAL: enter the measured time; the tractor corrects its speed factor.",
            "Repeat the check from step 2.",
        ],
    ),
    ("h", "8. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A01", "Wire feed motor overload (motor current above 4.5 A for 3 s)", "Check the conduit, the feed roll "
             "pressure, kinks in the wire and the contact tip"],
            ["A02", "Travel motor overload", "Clear flux and slag under the wheels; check the slope and the clutch"],
            ["A03", "No arc within 3 s of START", "Check the earth clamp, that the wire touches the work, and that "
             "the power source is on"],
            ["A04", "Arc lost for more than 0.5 s during the weld", "Check the wire feed, the contact tip and the "
             "voltage setting"],
            ["A05", "Control voltage below 36 V AC", "Check the control cable and the power source"],
            ["A06", "Wire end (basket empty or wire broken)", "Change the basket (section 5)"],
            ["A07", "Flux level low in the hopper", "Refill the hopper with the WPS flux"],
            ["A09", "No communication with the power source", "Check the control cable CRD-CC-15 and its plugs"],
            ["A10", "Travel speed differs from the set value by more than 10 %", "Clean the tyres, engage the "
             "clutch, check the travel speed (section 7)"],
            ["A11", "Torch over temperature (thermistor above 90 °C)", "Reduce the current or the duty cycle; check "
             "that the contact tip is tight"],
            ["A12", "Emergency stop pressed or track end limit switch reached", "Release, move off the limit, "
             "press STOP to reset"],
        ],
        (16, 72, 86),
    ),
    ("h", "9. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Pock marks or porosity on the bead surface", "Damp flux; primer thicker than 25 µm, rust or oil on "
             "the joint; flux depth too low", "Redry the flux; grind the joint clean; raise the flux depth to 25-40 "
             "mm"],
            ["Undercut along the toe of the fillet", "Travel speed too high or voltage too high; torch angle wrong",
             "Lower the travel speed or the voltage by 1-2 V; check the 40-45° torch angle"],
            ["Crack along the centre of the bead", "Bead too deep and narrow; high sulphur or carbon in the plate",
             "Keep the bead width at least 1.2 times the penetration depth: lower the current or raise the voltage"],
            ["Tractor drifts off the seam", "Guide wheel worn or not pressed against the web; flux caked on the "
             "tyres", "Check the guide arm spring; clean the tyres; replace the guide wheel"],
            ["Wire stubs into the plate at the start", "Wire feed speed too high for the voltage; stick-out too "
             "short", "Lower the run-in speed; set the stick-out for the wire size"],
            ["Wire burns back onto the contact tip", "Burnback time too long; contact tip worn", "Lower the burnback "
             "by 0.05 s steps; replace the tip"],
            ["Slag hard to remove", "Voltage too high for the flux; flux not as in the WPS", "Lower the voltage; "
             "check the flux type"],
        ],
        (50, 62, 62),
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean flux and slag off the tyres, slides and guide wheel; check the contact tip; check the "
             "cables and the earth clamp"],
            ["Weekly", "Blow out the wire conduit with dry compressed air; check the feed rolls"],
            ["Every 250 h of arc time or 3 months, whichever comes first", "Grease the cross slide and vertical "
             "slide spindles with Corrandel CG-2 grease"],
            ["12 months", "Corrandel service check of the travel gearbox, the clutch and the pendant electronics"],
        ],
        (70, 104),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Only trained welding operators may run the tractor. Keep the WPS at the work place.",
            "Welding fume must be extracted at the source or the work area ventilated as the site's risk assessment "
            "requires.",
            "Before welding in tanks and double bottoms, a permit for work in confined spaces is needed from the "
            "site.",
            "Never touch the wire or the contact tip while the power source is on: they carry the open circuit "
            "voltage.",
            "Sweep up loose flux: it makes the floor slippery.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "ST-600", "ST-1000"],
            ["Contact tip 3.2 mm", "CRD-CT10-32", "CRD-CT12-32"],
            ["Contact tip 4.0 mm", "CRD-CT10-40", "CRD-CT12-40"],
            ["Contact tip 5.0 mm", "-", "CRD-CT12-50"],
            ["Feed roll pair 3.2 / 4.0 mm", "CRD-FR-3240", "CRD-FR-3240"],
            ["Feed roll pair 5.0 mm", "-", "CRD-FR-50"],
            ["Drive tyre, pair", "CRD-TY-100", "CRD-TY-100"],
            ["Flux nozzle", "CRD-FN-6", "CRD-FN-10"],
            ["Guide wheel", "CRD-GW-2", "CRD-GW-2"],
            ["Control cable 15 m", "CRD-CC-15", "CRD-CC-15"],
            ["Slide grease CG-2, 400 g", "CRD-CG-2", "CRD-CG-2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Skorvath PCR-40 profile cutting robot
SKORVATH = [
    ("title", "Skorvath PCR-40 Profile Cutting Robot Cell\nOperation and Maintenance Manual"),
    (
        "p",
        "Document SKV-OM-PCR40-02, Edition 1, June 2024. Skorvath Robotics. The PCR-40 cuts, bevels and marks "
        "stiffener profiles (bulb flats, angles, flat bars and fabricated T-bars) for hull blocks and steel "
        "structures. A roller infeed conveyor with a clamp carriage brings the profile into the cell, a laser scanner "
        "measures its real cross-section, and a six-axis robot carries the plasma torch around it. Cut parts leave on "
        "the outfeed conveyor; scrap drops into the scrap bin. The plasma power source Skorvath PX-260, the nesting "
        "software ProfNest and the robot controller each have their own manuals. The fume extraction plant and the "
        "compressed air and oxygen supplies are the site's.",
    ),
    (
        "warn",
        "WARNING: Never enter the cell while the robot is in AUTO. The light curtains at the infeed and the outfeed "
        "are muted only for the profile itself. Enter only through the cell door after the robot has stopped in its "
        "home position and the door lock has released.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PCR-40"],
            ["Profile types", "Bulb flat, equal and unequal angle, flat bar, fabricated T-bar"],
            ["Bulb flat sizes", "HP 60 x 4 to HP 430 x 20"],
            ["Angle sizes", "50 x 50 x 5 to 200 x 200 x 20; unequal angles up to 250 x 90 x 16"],
            ["Flat bar sizes", "60 x 5 to 400 x 30"],
            ["Stock length", "3000 - 16 000 mm"],
            ["Shortest part", "300 mm"],
            ["Heaviest profile", "100 kg/m"],
            ["Cutting thickness, mild steel, with piercing", "up to 25 mm"],
            ["Cutting thickness, mild steel, starting from an edge", "up to 32 mm"],
            ["Bevel angle", "0 - 45° to either side"],
            ["Robot positioning accuracy with scanner correction", "±0.5 mm"],
            ["Part length tolerance", "±1.0 mm up to 6 m part length, ±1.5 mm above 6 m"],
            ["Infeed conveyor speed", "up to 30 m/min"],
            ["Compressed air", "6-8 bar, dry (pressure dew point +3 °C or lower), 900 NL/min"],
            ["Oxygen (plasma gas)", "8.0 bar ±0.5 bar at the gas console inlet"],
            ["Fume extraction at the cutting chamber", "at least 6000 m³/h"],
            ["Electrical supply", "400 V 3~ 50 Hz; cell 25 kVA, plasma source PX-260 52 kVA"],
            ["Robot payload and reach", "20 kg, 2010 mm"],
        ],
        (75, 99),
    ),
    ("h", "2. Cutting data for mild steel"),
    (
        "table",
        [
            ["Thickness", "Current", "Cut height", "Cutting speed", "Kerf width"],
            ["6 mm", "130 A", "3.0 mm", "3300 mm/min", "2.0 mm"],
            ["10 mm", "200 A", "3.5 mm", "3100 mm/min", "2.6 mm"],
            ["15 mm", "260 A", "4.0 mm", "2900 mm/min", "3.2 mm"],
            ["20 mm", "260 A", "4.5 mm", "2200 mm/min", "3.5 mm"],
            ["25 mm", "260 A", "5.0 mm", "1700 mm/min", "3.9 mm"],
        ],
        (34, 30, 34, 40, 36),
    ),
    (
        "p",
        "The table holds for mild steel S235 to S355 with oxygen plasma gas and air shield gas, square cuts, new "
        "consumables and the cut height held by the robot. Cutting data for stainless steel and aluminium are in the "
        "PX-260 manual (SKV-OM-PX-01); they are not repeated here.",
    ),
    ("h", "3. Cut quality, consumables and settings"),
    (
        "cols",
        [
            ("h", "Bevel cuts"),
            (
                "p",
                "On a bevel the torch cuts through more metal than the plate thickness: effective thickness = "
                "thickness / cos(bevel angle). Take the cutting speed of the next thicker row of the table. Bevels "
                "are possible only up to an effective thickness of 25 mm: at 45° this is 17.6 mm of plate, so a 20 "
                "mm flange cannot be bevelled at 45°. Example: a 10 mm web at 45° is 14.1 mm effective and is cut "
                "at the 15 mm speed, 2900 mm/min. The bevel angle is held within ±1°.",
            ),
            ("h", "Piercing"),
            (
                "p",
                "Pierce height is twice the cut height. Pierce delay 0.3 s at 6 mm rising to 1.2 s at 25 mm. Above 25 "
                "mm the cut must start from an edge of the profile.",
            ),
            ("h", "Kerf compensation"),
            (
                "p",
                "Kerf compensation = kerf width / 2, entered in ProfNest from the table. Check the first part of each "
                "new thickness with a tape: an error of the same size on every part is almost always a wrong kerf "
                "compensation.",
            ),
            ("h", "Dross"),
            (
                "p",
                "Low-speed dross forms large, bubbly globules on the bottom edge that knock off easily: increase the "
                "cutting speed by 10 % steps. High-speed dross is small, hard and rolled over: reduce the speed. A "
                "narrow dross-free window lies between them.",
            ),
            ("h", "Consumables"),
            (
                "p",
                "Replace the electrode when the pit in its hafnium insert is 1.0 mm deep or after 900 pierces, "
                "whichever comes first. Always change the nozzle together with the electrode. Replace the swirl ring "
                "at every fifth electrode change, or at once if it is cracked or burnt.",
            ),
            ("h", "Marking"),
            (
                "p",
                "Plasma marking runs at 15-25 A and 6000 mm/min with the marking nozzle; the line depth must be no "
                "more than 0.3 mm. Profiles with shop primer up to 30 µm thick can be cut and marked without "
                "cleaning.",
            ),
            ("h", "Scanner"),
            (
                "p",
                "The scanner measures the cross-section to ±0.3 mm with a clean window. A section that differs from "
                "the ordered profile by more than 3 mm stops the cell with R06.",
            ),
            ("warn", "Never bypass the torch breakaway sensor: after a collision the robot must stop before the "
             "torch is bent."),
        ],
    ),
    ("h", "4. Starting a production batch"),
    (
        "ol",
        [
            "Check the oxygen (8.0 bar ±0.5 bar) and the compressed air (6-8 bar) at the gas console.",
            "Switch on the fume extraction and check the airflow display at the cutting chamber (at least 6000 m³/h).",
            "Load the batch from ProfNest on the cell panel and check that the profile size matches the stock on the "
            "infeed.",
            "Place the profile on the infeed conveyor with the web upright and the bulb or flange towards the robot.",
            "Close the cell door and press AUTO START. The clamp carriage feeds the profile to the scanner.",
            "Check the first part: length with a tape, bevel angle with a bevel gauge, and the marking.",
            "Let the batch run; empty the scrap bin when R14 is shown.",
        ],
    ),
    ("h", "5. Changing the torch consumables"),
    (
        "ol",
        [
            "Send the robot to the service position (menu SERVICE > TORCH) and switch the PX-260 off.",
            "Wait 2 min for the torch to cool, then unscrew the shield cap and the retaining cap.",
            "Pull out the nozzle, the electrode (with the tool SKV-ET-1) and the swirl ring.",
            "Check the electrode pit depth with the depth gauge of the tool; note it in the consumables log.",
            "Fit the new swirl ring, electrode and nozzle; do not grease the parts.",
            "Screw on the retaining cap and the shield cap hand tight.",
            "Reset the pierce counter in menu SERVICE > CONSUMABLES and make one test cut on scrap.",
        ],
    ),
    ("h", "6. Recovering from a torch collision (R04)"),
    (
        "ol",
        [
            "Press the robot stop, open the cell door and check the torch for damage.",
            "Clear the cause (a profile end, a lifted scrap piece or a wrong profile size).",
            "Push the torch back into its breakaway holder until it clicks.",
            "Close the door, acknowledge R04 and run the TCP check from menu SERVICE > TCP.",
            "The robot moves the torch tip to the calibration pin: the tip must lie within 0.5 mm of the pin point.",
            "If it does not, replace the breakaway sensor or the torch and repeat the check.",
        ],
    ),
    ("h", "7. Calibrating the scanner"),
    (
        "ol",
        [
            "Clean the scanner window with a lint-free cloth and glass cleaner.",
            "Place the reference block SKV-RB-200 on the scanner table against the stops.",
            "Start menu SERVICE > SCANNER CAL. The scanner takes five passes.",
            "Each measured dimension of the block must lie within ±0.3 mm of the value on its certificate.",
            "Save the calibration and remove the block. If the values do not agree after a second run, call Skorvath "
            "service.",
        ],
    ),
    ("h", "8. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["R01", "Emergency stop pressed", "Release and reset"],
            ["R02", "Light curtain interrupted in AUTO", "Check the infeed and outfeed for people or loose parts"],
            ["R03", "Cell door opened", "Close the door; restart"],
            ["R04", "Torch collision (breakaway sensor)", "Section 6"],
            ["R05", "Scanner: no profile found", "Check the clamp carriage and the profile position"],
            ["R06", "Scanner: section differs from the order by more than 3 mm", "Check the stock against the "
             "batch; clean the scanner window"],
            ["R07", "Plasma source not ready", "See the PX-260 manual"],
            ["R08", "No arc transfer within 2 s", "Check the consumables and the cut height; check the oxygen"],
            ["R09", "Arc lost during the cut", "Check the consumables and the earth connection of the conveyor"],
            ["R11", "Oxygen pressure below 7.5 bar", "Check the supply and the regulator"],
            ["R12", "Compressed air below 5.5 bar", "Check the supply"],
            ["R13", "Profile slips in the clamp by more than 2 mm", "Check the clamp pressure and the clamp jaws"],
            ["R14", "Scrap bin full", "Empty the bin"],
        ],
        (16, 80, 78),
    ),
    ("h", "9. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["All parts too long or too short by the same amount", "Wrong kerf compensation in ProfNest",
             "Enter half the kerf width of the table for the thickness"],
            ["Length error grows with the length of the part", "Measuring encoder wheel on the clamp carriage worn "
             "or slipping", "Clean the wheel and its track; measure the wheel and enter its diameter in SERVICE > "
             "ENCODER (new 80.00 mm); replace it below 79.50 mm"],
            ["Bevel angle wrong on all cuts", "Tool centre point (TCP) shifted, often after a collision",
             "Run the TCP check (section 6)"],
            ["Large bubbly dross on the bottom edge", "Low-speed dross: cutting speed too low",
             "Increase the speed in 10 % steps"],
            ["Top edge rounded, cut face bevelled", "Cut height too high or nozzle worn", "Check the cut height; "
             "change the consumables"],
            ["Marking faint or broken", "Marking nozzle worn; primer thicker than 30 µm", "Replace the marking "
             "nozzle; clean the profile"],
            ["Cut not through at the root of the bulb", "Cutting speed of the web used for the thicker bulb",
             "Check that ProfNest uses the bulb thickness for that segment"],
        ],
        (52, 62, 60),
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the consumables; clean the scanner window; empty the scrap bin"],
            ["Weekly", "Clean slag from the cutting chamber grate and the outfeed rollers; check the encoder wheel"],
            ["Monthly", "Scanner calibration (section 7); check the gas hoses for burns"],
            ["Every 5000 h or 12 months, whichever comes first", "Grease the infeed conveyor bearings; check the clamp "
             "carriage guides"],
            ["Every 20 000 h", "Robot gearbox oil change by Skorvath service"],
        ],
        (70, 104),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Plasma cutting makes fume, ultraviolet light and noise. Keep the cell door closed while cutting.",
            "The outfeed conveyor moves without warning in AUTO. Keep clear of the rollers.",
            "Cut parts and slag are hot. Wear gloves when taking parts off the outfeed.",
            "Before maintenance on the torch, switch the PX-260 off: the torch carries a high open circuit voltage.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Electrode, oxygen 130-260 A", "SKV-E260"],
            ["Nozzle 260 A", "SKV-N260"],
            ["Swirl ring", "SKV-SR260"],
            ["Shield cap", "SKV-S260"],
            ["Marking nozzle", "SKV-N25M"],
            ["Electrode tool with depth gauge", "SKV-ET-1"],
            ["Scanner window", "SKV-SW-1"],
            ["Torch breakaway sensor", "SKV-BS-4"],
            ["Encoder wheel 80 mm", "SKV-EW-80"],
            ["Reference block", "SKV-RB-200"],
        ],
        (100, 74),
    ),
]


# ---------------------------------------------------------------- Hullstrom OSW one-sided welding stations
HULLSTROM = [
    ("title", "Hullstrom OSW One-Sided Welding Stations\nOperation and Maintenance - OSW-12 and OSW-20"),
    (
        "p",
        "Document HLS-OM-OSW-04, Edition 3, January 2025. Hullstrom Panel Systems. The OSW-12 and OSW-20 are the first "
        "station of a flat panel line. They butt weld deck and shell plates into panels from one side, in one pass, "
        "with three-wire submerged arc welding on a flux-copper backing. A copper backing bar under the seam is "
        "pressed against the underside of the plates by an air hose, with a layer of backing flux between the copper "
        "and the steel; it forms the root bead. Electromagnets on both sides of the seam hold the plates flat while "
        "the welding gantry travels along the seam. The OSW-12 welds seams up to 12 m long, the OSW-20 up to 20 m; "
        "apart from the items named in this manual, the two stations are built alike. The three welding power "
        "sources, the flux recovery unit and the panel line conveyors have their own manuals. Welding procedures are "
        "approved by the classification society for each steel grade and thickness; the settings in this manual are "
        "starting values for the procedure test, not approved values.",
    ),
    (
        "warn",
        "WARNING: The magnets hold the plates only while they are switched on. Never stand on a plate or reach under "
        "the gantry while the magnets are being switched or the backing bar is moving.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "OSW-12", "OSW-20"],
            ["Longest seam", "12 000 mm", "20 000 mm"],
            ["Plate thickness, one pass", "10 - 25 mm", "10 - 25 mm"],
            ["Copper backing segments, 1000 mm each", "12", "20"],
            ["Electromagnets, both sides of the seam together", "24", "40"],
            ["Holding force per magnet on 10 mm plate", "15 kN", "15 kN"],
            ["Backing air hose pressure", "3.0 - 4.0 bar", "3.5 - 4.5 bar"],
            ["Welding travel speed of the gantry", "0.30 - 1.50 m/min", "0.30 - 1.50 m/min"],
            ["Gantry return speed", "10 m/min", "15 m/min"],
            ["Welding wires", "Lead 4.0 mm DC+, trail 1 and trail 2 4.8 mm AC", "Lead 4.0 mm DC+, trail 1 and "
             "trail 2 4.8 mm AC"],
            ["Power sources (separate manuals)", "1 x DC 1500 A, 2 x AC 1250 A", "1 x DC 1500 A, 2 x AC 1250 A"],
            ["Compressed air at 6 bar, consumption", "350 NL/min", "520 NL/min"],
            ["Cooling water for the backing bar, inlet at most 30 °C", "20 L/min", "32 L/min"],
            ["Backing flux used per metre of seam", "about 0.6 kg", "about 0.6 kg"],
            ["Surface flux hopper on the gantry", "80 L", "120 L"],
            ["Gantry mass", "8.5 t", "9.6 t"],
        ],
        (80, 47, 47),
    ),
    ("h", "2. Starting values for welding"),
    (
        "table",
        [
            ["Plate", "Lead wire (DC)", "Trail 1 (AC)", "Trail 2 (AC)", "Travel speed"],
            ["12 mm", "900 A, 32 V", "700 A, 38 V", "not used", "0.80 m/min"],
            ["16 mm", "1000 A, 33 V", "800 A, 39 V", "650 A, 42 V", "0.70 m/min"],
            ["20 mm", "1150 A, 34 V", "900 A, 40 V", "800 A, 44 V", "0.55 m/min"],
            ["25 mm", "1300 A, 35 V", "1050 A, 42 V", "950 A, 46 V", "0.42 m/min"],
        ],
        (26, 38, 36, 36, 38),
    ),
    (
        "p",
        "Starting values for a single-V groove in normal and higher strength hull steel up to grade DH36, plates at "
        "least 5 °C. Plates colder than 5 °C must be warmed along the seam to at least 20 °C before welding. Heat "
        "input is the sum over the wires in use of voltage x current x 60 / (1000 x travel speed in mm/min); for the "
        "20 mm row it is about 12.0 kJ/mm. The heat input allowed for a grade is the one in the approved procedure.",
    ),
    ("h", "3. Joint preparation and backing"),
    (
        "cols",
        [
            ("h", "Groove"),
            (
                "p",
                "Single-V groove of 50° ±5° included angle with a root face of 0-2 mm, for all thicknesses from 10 to "
                "25 mm. The groove faces and 20 mm of the top and bottom surfaces on each side must be free of rust, "
                "primer, oil and moisture.",
            ),
            ("h", "Root gap"),
            (
                "p",
                "The root gap must not exceed 1.0 mm anywhere along the seam. Gaps over 1.0 mm along more than 300 "
                "mm call for refitting the plates. Shorter gaps of up to 3 mm may be bridged by a MAG sealing run "
                "from the top before the one-sided weld.",
            ),
            ("h", "Misalignment"),
            (
                "p",
                "The plates may be offset in height by no more than 1.5 mm or 10 % of the plate thickness, whichever "
                "is smaller (1.2 mm on 12 mm plate).",
            ),
            ("h", "Tacks and end tabs"),
            (
                "p",
                "Tack welds in the groove are 40-60 mm long every 500 mm and no higher than 5 mm; they are remelted "
                "by the lead wire. Run-on and run-off tabs of at least 150 x 200 mm, of the same thickness and with "
                "the same groove, are tacked at both ends.",
            ),
            ("h", "Backing flux bed"),
            (
                "p",
                "The backing flux lies in the groove of the copper bar and is levelled 7 mm ±1 mm thick. Use the "
                "backing flux only once; it is not recovered.",
            ),
            ("h", "Backing pressure"),
            (
                "p",
                "Set the hose pressure to the lower end of the range for 10-16 mm plate and to the upper end for "
                "17-25 mm plate. The station alarms when the pressure leaves the range (W02) or is more than 0.5 bar "
                "above it (W03).",
            ),
            ("h", "Copper wear"),
            (
                "p",
                "Replace a backing segment when its groove is worn more than 1.5 mm deep or shows molten craters.",
            ),
            ("warn", "Never weld with the cooling water off: the copper bar melts and copper enters the weld."),
        ],
    ),
    ("h", "4. Preparing the seam and the backing"),
    (
        "ol",
        [
            "Convey the plates into the station and align the seam over the backing bar with the laser line.",
            "Check the root gap and the misalignment along the seam with a gauge (section 3).",
            "Switch on the magnets and check on the panel that all magnets show ON.",
            "Tack the run-on and run-off tabs at both ends of the seam.",
            "Lower the backing bar, fill the backing flux and level it to 7 mm ±1 mm with the levelling shoe.",
            "Raise the backing bar and set the hose pressure for the plate thickness.",
            "Open the cooling water and check the flow on the panel (20 L/min OSW-12, 32 L/min OSW-20).",
        ],
    ),
    ("h", "5. Welding a seam"),
    (
        "ol",
        [
            "Load the welding programme for the thickness and check it against the approved procedure.",
            "Move the gantry to the run-on tab and lower the torches; check the wire positions with the pointer.",
            "Fill the surface flux and check that the seam tracking laser sees the groove.",
            "Press WELD START. The lead wire starts first; trail 1 and trail 2 follow at their set distances.",
            "Watch the currents and voltages; stop with WELD STOP if any wire drifts by more than 10 % of its setting.",
            "At the run-off tab the gantry stops and the wires fill the crater.",
            "Wait at least 5 min before releasing the backing pressure, then switch off the magnets.",
            "Cut off the tabs and inspect the root bead from below after the panel has been turned or lifted.",
        ],
    ),
    ("h", "6. Replacing a copper backing segment"),
    (
        "ol",
        [
            "Switch the station to SERVICE, close the cooling water valve and release the hose pressure.",
            "Lower the backing bar to the service position.",
            "Disconnect the two cooling water hoses of the segment and blow the water out with compressed air.",
            "Remove the four clamping screws and lift the segment out.",
            "Clean the seat, fit the new segment HLS-CB-1000 and tighten the screws to 45 Nm.",
            "Check that the segment is level with its neighbours within 0.3 mm with a straightedge.",
            "Reconnect the hoses, open the water and check for leaks.",
        ],
    ),
    ("h", "7. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["W01", "Emergency stop", "Release and reset"],
            ["W02", "Backing hose pressure below the set range", "Check the hose for leaks and the regulator"],
            ["W03", "Backing hose pressure more than 0.5 bar above the range", "Check the regulator"],
            ["W04", "Magnet circuit fault: coil current of a magnet below 80 %", "Check the magnet plug and coil"],
            ["W05", "Cooling water flow low (below 15 L/min OSW-12, 24 L/min OSW-20)", "Check the supply and the "
             "filter"],
            ["W06", "Cooling water outlet above 45 °C", "Check the flow; stop welding"],
            ["W08", "Power source not ready", "See the power source manual"],
            ["W09", "Arc lost on one wire", "Check the wire feed and the contact tip"],
            ["W10", "Seam tracking laser fault", "Clean the laser window; check the groove"],
            ["W11", "Surface flux hopper low", "Refill"],
            ["W12", "Gantry at end limit", "Move back; check the seam length setting"],
            ["W13", "Backing flux level below the top of the bar", "Refill and level the backing flux"],
        ],
        (16, 88, 70),
    ),
    ("h", "8. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Root bead concave or not fused underneath", "Backing hose pressure too low or backing flux bed too "
             "thick", "Raise the pressure within the range; level the flux bed to 7 mm ±1 mm"],
            ["Root bead too high and bulging", "Backing pressure too high or root gap too large", "Lower the "
             "pressure; check the gap"],
            ["Copper pick-up or copper-coloured marks in the root", "Backing flux bed too thin or missing in places; "
             "copper segment worn", "Level the flux bed; replace a segment worn more than 1.5 mm deep"],
            ["Burn-through in the middle of the seam", "Root gap over 1.0 mm or local loss of backing pressure",
             "Refit the plates or bridge short gaps with a MAG sealing run"],
            ["Transverse cracks in the weld", "Plate too cold; heat input out of the procedure", "Warm the seam to "
             "at least 20 °C; check the settings"],
            ["Plate ends lift at the start or end of the seam", "Magnets off or faulty near the ends; tabs too "
             "small", "Check W04; use tabs of at least 150 x 200 mm"],
        ],
        (52, 62, 60),
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the backing bar groove of slag; check the air hose and the cooling water flow"],
            ["Weekly", "Check the copper segments for wear; clean the magnet faces"],
            ["Every 500 h or 3 months, whichever comes first", "Replace the backing air hose if it has cuts or "
             "burns; grease the gantry wheels"],
            ["Yearly", "Hullstrom service: magnet coil insulation test and gantry drive check"],
        ],
        (70, 104),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Switched-off magnets release the plates. Never switch off the magnets while a crane is not yet holding "
            "a plate that is off the bed.",
            "The root side of the seam is hot for a long time after welding; do not reach under the bed.",
            "The backing flux and surface flux are dusty; wear a dust mask when filling them.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "OSW-12", "OSW-20"],
            ["Copper backing segment 1000 mm", "HLS-CB-1000", "HLS-CB-1000"],
            ["Backing air hose", "HLS-AH-12", "HLS-AH-20"],
            ["Electromagnet complete", "HLS-EM-15", "HLS-EM-15"],
            ["Contact tip 4.0 / 4.8 mm", "HLS-CT-40 / HLS-CT-48", "HLS-CT-40 / HLS-CT-48"],
            ["Seam tracking laser window", "HLS-LW-2", "HLS-LW-2"],
            ["Flux levelling shoe", "HLS-LS-7", "HLS-LS-7"],
        ],
        (70, 52, 52),
    ),
]


# ---------------------------------------------------------------- Brakvenn HFB hydraulic frame benders
BRAKVENN = [
    ("title", "Brakvenn HFB Hydraulic Frame Benders\nOperation and Maintenance - HFB-300 and HFB-500"),
    (
        "p",
        "Document BKV-OM-HFB-01, Edition 2, October 2024. Brakvenn Frame Benders. The HFB-300 and HFB-500 bend ship "
        "frames and stiffeners (bulb flats, angles, T-bars and flat bars) cold, by three-point bending. The profile "
        "lies against two side anvils; the centre ram pushes it between them, and the web clamps beside the ram keep "
        "the web upright so that it cannot tip over. The operator bends the frame in steps along its length and "
        "checks it against the inverse bending line. The HFB-300 has a ram force of 3000 kN, the HFB-500 5000 kN; "
        "apart from the items named in this manual the two machines are built alike. The frame lines, bending lines "
        "and inverse curves come from the hull design office. Cold forming limits for each steel grade are set by "
        "the classification society's rules.",
    ),
    (
        "warn",
        "WARNING: A profile under load stores energy and can spring out if a clamp slips. Stand at the control desk, "
        "never in line with the profile ends, while the ram is pressing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HFB-300", "HFB-500"],
            ["Centre ram force", "3000 kN", "5000 kN"],
            ["Side anvil cylinder force, each", "1200 kN", "2000 kN"],
            ["Web clamp (anti-tilt) cylinder force", "400 kN", "600 kN"],
            ["Largest bulb flat, steel yield strength up to 355 N/mm²", "HP 320 x 13", "HP 430 x 20"],
            ["Largest angle, steel yield strength up to 355 N/mm²", "300 x 100 x 13", "400 x 100 x 18"],
            ["Largest section modulus, steel yield strength up to 355 N/mm²", "1100 cm³", "2300 cm³"],
            ["Ram stroke", "400 mm", "500 mm"],
            ["Distance between the side anvils", "1200 - 2400 mm", "1500 - 3000 mm"],
            ["Ram speed, approach / pressing", "30 / 5 mm/s", "25 / 4 mm/s"],
            ["Working pressure", "250 bar", "280 bar"],
            ["Relief valve setting", "275 bar", "310 bar"],
            ["Main motor", "37 kW", "55 kW"],
            ["Hydraulic oil HLP 46, tank", "800 L", "1200 L"],
            ["Supply 400 V 3~ 50 Hz, fuse", "80 A gG", "125 A gG"],
            ["Machine mass", "42 t", "68 t"],
        ],
        (90, 42, 42),
    ),
    (
        "p",
        "The controller at the desk shows the ram position to 0.1 mm, the ram pressure, the anvil distance, the "
        "profile entered and the calculated strain of the current step. Keys: RAM DOWN, RAM UP, ANVILS CLOSE, "
        "ANVILS OPEN, CLAMP, STEP and the menus SETUP, LIMITS and SERVICE. The roller tables on both sides of the "
        "machine carry the profile; the travelling trolley on the infeed table moves it from step to step. The "
        "inverse bending line is a curve drawn on the profile web before bending, the mirror image of the frame's "
        "final curve: it becomes straight when the frame has its final curve, so the operator bends until the line "
        "checks straight.",
    ),
    ("h", "2. Bending limits and settings"),
    (
        "cols",
        [
            ("h", "Higher strength steels"),
            (
                "p",
                "The largest sizes of the technical data hold for steel with a yield strength up to 355 N/mm². For "
                "higher strength steel, the largest section modulus falls in proportion: largest section modulus x "
                "355 / yield strength. Example: HFB-300 with steel of 460 N/mm² yield, 1100 x 355 / 460 = 849 cm³.",
            ),
            ("h", "Cold forming strain"),
            (
                "p",
                "Strain (%) = profile height / (2 x bending radius) x 100, with the radius to the inside of the curve. "
                "Example: a HP 300 bulb flat bent to a radius of 6000 mm is strained 2.5 %. The controller warns "
                "(H10) above the strain limit set in menu LIMITS, default 3 %. Strains above the limit of the "
                "classification rules for the grade need the approval of the classification society and are not "
                "covered by this manual.",
            ),
            ("h", "Steps"),
            (
                "p",
                "Bend in steps of 150-300 mm along the profile. In the first pass press each step to no more than one "
                "third of the final deflection; finish in the second and third passes. Steps longer than 300 mm leave "
                "flat spots and kinks between the bending points.",
            ),
            ("h", "Springback"),
            (
                "p",
                "Expect 10-20 % springback on the first pass. The controller learns the springback of each profile "
                "after three steps and then proposes the ram stroke.",
            ),
            ("h", "Profile ends"),
            (
                "p",
                "The ram must not press within 200 mm of a profile end. Bend the ends with an extension piece tacked "
                "on, or leave them straight and trim them.",
            ),
            ("h", "Web clamps"),
            (
                "p",
                "Set the web clamp pressure to 80 bar (HFB-300) or 100 bar (HFB-500). After bending, the web may lean "
                "by no more than 2° from the square.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Profiles colder than 5 °C must be brought into the shop and warmed to at least 10 °C before cold "
                "bending. The hydraulic oil works between 30 and 55 °C; H02 stops the pump at 60 °C.",
            ),
            ("warn", "Never use the machine to straighten profiles by pressing against the flange edge: the anvils "
             "are not designed for it."),
        ],
    ),
    ("h", "3. Bending a frame"),
    (
        "ol",
        [
            "Mark the bending line and the step positions (every 150-300 mm) on the profile from the inverse curve of "
            "the hull design office.",
            "Set the side anvil distance for the profile (section 4) and enter the profile size and grade in the "
            "controller.",
            "Lay the profile on the roller table with the web vertical and the flange or bulb on the side named on "
            "the frame list.",
            "Bring the first step mark under the ram, close the side anvils and the web clamps.",
            "Press the first pass to no more than one third of the final deflection.",
            "Release, move to the next step mark and repeat along the profile.",
            "Check the curve against the inverse bending line with the straightedge and the feeler; mark the "
            "deviations.",
            "Make the second and third passes until the inverse line is straight within ±2 mm over its length.",
            "Check the web with a square: it may lean by no more than 2°.",
        ],
    ),
    ("h", "4. Setting the side anvil distance"),
    (
        "ol",
        [
            "Choose the distance: about 6 times the profile height, within 1200-2400 mm (HFB-300) or 1500-3000 mm "
            "(HFB-500).",
            "Select SETUP > ANVILS on the controller and enter the distance.",
            "The anvils move on their spindles; check the scale on the bed.",
            "Lock the anvil clamps with the lever on each anvil; H08 clears when both are locked.",
        ],
    ),
    ("h", "5. Changing the return filter element"),
    (
        "ol",
        [
            "Stop the pump and switch off the main switch; wait 5 min for the pressure to fall.",
            "Check on the gauge that the system is at 0 bar.",
            "Unscrew the filter bowl and let the oil drain into a tray.",
            "Replace the element BKV-RF-25 and the O-ring; clean the bowl.",
            "Screw the bowl on hand tight and top up the tank with HLP 46 oil to the middle of the sight glass.",
            "Run the pump for 5 min without load and check the bowl for leaks.",
        ],
    ),
    ("h", "6. Checking the ram force"),
    (
        "ol",
        [
            "Fit the test gauge (0-400 bar) to the measuring point M1 on the valve block.",
            "Place the test block BKV-TB-1 between the ram and the anvils.",
            "Press the ram onto the test block in manual mode until the pressure stops rising.",
            "The gauge must show the relief valve setting within ±5 bar: 275 bar (HFB-300) or 310 bar (HFB-500).",
            "If it does not, do not adjust the relief valve yourself: call Brakvenn service.",
        ],
    ),
    ("h", "7. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Emergency stop", "Release and reset"],
            ["H02", "Hydraulic oil above 60 °C", "Check the oil cooler and the fan; let the oil cool"],
            ["H03", "Oil level low", "Check for leaks; top up with HLP 46"],
            ["H04", "Return filter clogged (differential pressure above 5 bar)", "Change the element (section 5)"],
            ["H06", "Pressure more than 5 % above the working pressure", "Stop; call Brakvenn service"],
            ["H07", "Ram position transducer fault", "Call Brakvenn service"],
            ["H08", "Side anvils not locked", "Lock the anvil clamps (section 4)"],
            ["H09", "Web clamp pressure low", "Check the web clamp circuit and its setting"],
            ["H10", "Calculated strain above the limit set", "Check the radius and the profile; see section 2"],
            ["H11", "Light curtain interrupted", "Clear the area; reset"],
            ["H12", "Main motor overload", "Check the supply and the pump"],
        ],
        (16, 88, 70),
    ),
    ("h", "8. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Web leans over after bending", "Web clamp (anti-tilt) pressure too low; anvils not square to the "
             "ram", "Set the web clamp pressure (80 bar or 100 bar); check the anvil alignment"],
            ["Flat spots or kinks between the bending points", "Steps longer than 300 mm; too much deflection in "
             "the first pass", "Bend in steps of 150-300 mm; no more than one third in the first pass"],
            ["Ram stops before reaching the set stroke", "Profile too strong for the machine; relief valve "
             "reached", "Check the size and grade against section 2"],
            ["Bulb or flange buckles on the inside of the curve", "Profile beyond the capacity or radius too "
             "small", "Check the strain and the section modulus limit"],
            ["Ram moves slowly and the pump is noisy", "Oil level low, air in the oil or oil cold", "Top up; warm "
             "the oil to at least 30 °C"],
        ],
        (52, 62, 60),
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the oil level and the hoses; clean scale off the anvils and the ram face"],
            ["Weekly", "Grease the anvil spindles and the roller table bearings"],
            ["Every 2000 h or 12 months, whichever comes first", "Change the return filter element (section 5); "
             "take an oil sample for analysis"],
            ["Every 8000 h or 4 years, whichever comes first", "Change the hydraulic oil"],
            ["Yearly", "Ram force check (section 6)"],
        ],
        (70, 104),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Only trained operators may run the bender. Keep the area around the profile ends clear.",
            "Long profiles must be supported on the roller tables on both sides; never bend a profile that hangs "
            "free.",
            "Hydraulic hoses under pressure can injure. Never look for leaks by hand.",
            "Lift profiles with the crane and two slings; never walk under a hanging profile.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HFB-300", "HFB-500"],
            ["Return filter element", "BKV-RF-25", "BKV-RF-25"],
            ["Ram face pad", "BKV-RP-300", "BKV-RP-500"],
            ["Anvil roller", "BKV-AR-300", "BKV-AR-500"],
            ["Web clamp jaw", "BKV-WJ-300", "BKV-WJ-500"],
            ["Ram seal kit", "BKV-SK-300", "BKV-SK-500"],
            ["Test block", "BKV-TB-1", "BKV-TB-1"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("corrandel-st-submerged-arc-welding-tractor.pdf", "Corrandel CRD-OM-ST-03 Ed 2 - ST-600 / ST-1000",
         CORRANDEL),
        ("skorvath-pcr-profile-cutting-robot.pdf", "Skorvath SKV-OM-PCR40-02 Ed 1 - PCR-40", SKORVATH),
        ("hullstrom-osw-one-sided-welding-station.pdf", "Hullstrom HLS-OM-OSW-04 Ed 3 - OSW-12 / OSW-20",
         HULLSTROM),
        ("brakvenn-hfb-hydraulic-frame-bender.pdf", "Brakvenn BKV-OM-HFB-01 Ed 2 - HFB-300 / HFB-500", BRAKVENN),
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
