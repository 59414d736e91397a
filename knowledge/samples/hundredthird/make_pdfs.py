"""Generate the PDF manuals of the hundred-and-third set (run once; the PDFs are committed).

Needs fpdf2. The project's environment did not have it when the set was written, so it was installed into a
scratch folder and put on PYTHONPATH:
    /work/main/.venv/bin/python -m pip install --target /tmp/set103-scratch/pylib fpdf2
    PYTHONPATH=/tmp/set103-scratch/pylib /work/main/.venv/bin/python knowledge/samples/hundredthird/make_pdfs.py

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


# ---------------------------------------------------------------- Tempravik TRA continuous resistance annealers
TEMPRAVIK = [
    ("title", "Tempravik TRA Continuous Resistance Annealers\nOperation and Maintenance - TRA-16 and TRA-25"),
    (
        "p",
        "Document TMK-OM-TRA-04, Edition 3, March 2025. Tempravik Wire Systems. The TRA-16 and TRA-25 are in-line "
        "resistance annealers for bare copper wire, placed between a wire drawing machine and its take-up. The wire "
        "runs over three contact wheels. Between wheels 1 and 2 a low DC voltage preheats it; between wheels 2 and 3 "
        "the annealing current heats it to its recrystallisation temperature; it then passes through a cooling tube "
        "filled with water, kept free of oxygen by nitrogen or steam. The line speed signal comes from the drawing "
        "machine, which is covered by its own manual. Apart from the wire range, the annealing power, the zone "
        "length and the items named in this manual, the two models are built alike. The elongation the wire must "
        "reach is set by the site's product specification, not by this manual; the nitrogen, steam and cooling "
        "water supplies up to the inlet valves are the site's.",
    ),
    (
        "warn",
        "DANGER: The contact wheels, the wire and the cooling tube inlet carry up to 80 V DC at several thousand "
        "amperes. Never touch the wire or a contact wheel while the annealer is switched on, even at standstill. A "
        "tool or a loose wire end bridging two wheels can weld, spatter molten copper and cause severe burns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TRA-16", "TRA-25"],
            ["Wire material", "Bare copper, Cu-ETP or Cu-OF", "Bare copper, Cu-ETP or Cu-OF"],
            ["Wire diameter range", "0.20-1.60 mm", "0.50-2.50 mm"],
            ["Maximum line speed (mechanical limit of wheels and bearings)", "35 m/s", "30 m/s"],
            ["Maximum annealing power", "80 kW", "160 kW"],
            ["Annealing voltage between contact wheels 2 and 3, adjustable", "0-60 V DC", "0-80 V DC"],
            ["Maximum annealing current", "2500 A", "4500 A"],
            ["Preheat voltage between contact wheels 1 and 2, adjustable", "0-25 V DC", "0-30 V DC"],
            ["Annealing zone length, contact wheel 2 to contact wheel 3", "1.20 m", "1.60 m"],
            ["Contact wheel diameter and circumference", "400 mm, 1257 mm", "500 mm, 1571 mm"],
            ["Cooling tube length", "2.4 m", "3.0 m"],
            ["Cooling water flow at 3 bar, minimum", "40 L/min", "60 L/min"],
            ["Cooling water temperature at the inlet", "30-45 °C", "30-45 °C"],
            ["Nitrogen flow (or steam at 0.3-0.5 bar instead)", "6-10 m³/h", "10-15 m³/h"],
            ["Supply 400 V 3~ 50 Hz", "160 A, fuse 200 A gG", "315 A, fuse 355 A gG"],
            ["Mass", "1850 kg", "2600 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The figures hold for bare copper wire annealed to about 420 °C in the annealing zone, with cooling water of "
        "30-45 °C. Tinned copper, copper alloys and aluminium are not covered by the settings in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the annealer and authorised by the site for work near live DC circuits may "
            "operate or service it.",
            "Before touching a wheel, switch off the rectifier at the main switch, lock it and wait until the DC "
            "voltmeter on the door shows 0 V. The rectifier capacitors discharge within 30 s.",
            "The wire between wheels 2 and 3 reaches about 420 °C and glows dull red at low speed. Keep the guard "
            "closed; it is interlocked with the rectifier (A12).",
            "Nitrogen displaces oxygen. Never put your head into the guard enclosure or the cooling tube housing "
            "while gas flows. Gas detection in the room is the site's.",
            "With steam protection the cooling tube inlet is hot enough to scald.",
            "The contact wheels coast for up to 60 s after a stop. The guard door stays locked until the wheel "
            "speed reads zero.",
        ],
    ),
    ("h", "3. Description"),
    (
        "p",
        "Contact wheel 1 is earthed. Wheels 2 and 3 are insulated from the frame and carry the current through "
        "carbon brushes running on a slip ring at the rear of each wheel. The wire makes a half wrap (180°) on each "
        "wheel. The rectifier cabinet holds the thyristor rectifier, the current shunt and the control; the panel "
        "shows the voltages, the current, the power, the line speed, the gas flow and the water temperature.",
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Annealing voltage"),
            (
                "p",
                "The voltage needed rises with the square root of the line speed and hardly depends on the wire "
                "diameter. The start value for bare copper is U (V) = K x square root of v (m/s), with K = 7.0 on "
                "the TRA-16 and K = 8.0 on the TRA-25. Example: a TRA-16 at 25 m/s starts at 7.0 x 5 = 35 V. The "
                "control keeps this ratio while the line ramps up and down, so one setting serves all speeds. "
                "Fine-tune the value from the elongation check (section 9) by no more than ±10 % of the start "
                "value; a larger correction points to a fault (see the symptom table). K factors for tinned "
                "copper, copper alloys and aluminium are not given in this manual; ask Tempravik application "
                "engineering.",
            ),
            ("h", "Preheat"),
            (
                "p",
                "Set the preheat voltage to about 30 % of the annealing voltage. Never set it above 50 % of the "
                "annealing voltage: the wire then overheats before wheel 2 and breaks.",
            ),
            ("h", "Speed limit for large wires"),
            (
                "p",
                "For the largest sizes the annealing power limits the speed. For bare copper the speed must not "
                "exceed v (m/s) = 0.90 x P (kW) / d² (mm), where P is the model's maximum annealing power and d "
                "the wire diameter, and never the model's maximum line speed. This gives 28 m/s for 1.60 mm wire "
                "on the TRA-16 and 23 m/s for 2.50 mm wire on the TRA-25. Up to 1.40 mm (TRA-16) and 2.10 mm "
                "(TRA-25) the full line speed applies.",
            ),
            ("h", "Switch-on speed"),
            (
                "p",
                "The annealer switches on only above 3 m/s line speed (settable 2-5 m/s). Wire drawn below this "
                "speed leaves the machine hard and must be cut out at the take-up.",
            ),
            ("h", "Cooling and protection"),
            (
                "p",
                "The wire must leave the cooling tube below 60 °C, or it oxidises on the spool. The cooling water "
                "must stay at 30-45 °C at the inlet, with a hardness of no more than 5 °dH. The protective gas must "
                "flow for at least 2 min before the annealing current is switched on.",
            ),
            ("h", "Contact wheels and brushes"),
            (
                "p",
                "Replace a contact wheel when its groove is worn deeper than 0.8 mm or when copper shows through "
                "the chromium layer. Brushes are 35 mm long when new; replace them at 18 mm. Wheel bearings must "
                "not run hotter than 80 °C.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Annealing overcurrent", "Current above 2500 A (TRA-16) or 4500 A (TRA-25) for 2 s. Check the "
             "voltage setpoint and look for a short across the wheels."],
            ["A02", "Voltage deviation", "Actual voltage more than 5 % off the setpoint for 5 s. Check the brushes "
             "and slip rings; call Tempravik service if it persists."],
            ["A03", "Wire break", "Annealing current lost while the line runs. Rethread; if it recurs, look for "
             "overheating (symptom table)."],
            ["A04", "Cooling water flow low", "Below 30 L/min (TRA-16) or 45 L/min (TRA-25). Clean the inlet "
             "strainer; check the site supply."],
            ["A05", "Cooling water hot", "Inlet above 45 °C for 60 s. Check the site's water cooler."],
            ["A06", "Protective gas low", "Nitrogen below 6 m³/h (TRA-16) or 10 m³/h (TRA-25), or steam below 0.3 "
             "bar. Annealing is blocked."],
            ["A07", "Wheel bearing hot", "A contact wheel bearing above 80 °C. Stop and check the grease "
             "(section 10)."],
            ["A08", "Rectifier hot", "Heat sink above 85 °C. Clean the cabinet filters; check the cabinet fan."],
            ["A10", "Earth fault", "Insulation of the annealing circuit below 100 kOhm. Look for wire fines and "
             "water on the wheel insulators."],
            ["A11", "Speed signal lost", "No speed signal from the drawing machine. Check the link cable; see the "
             "drawing machine manual."],
            ["A12", "Guard open", "Guard door unlocked with the rectifier on. Close the guard."],
            ["A13", "Brushes worn", "A brush shorter than 18 mm. Replace the brush set within 50 h."],
            ["A14", "Emergency stop", "An emergency stop button is pressed. Release it and reset."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Wire dark brown or spotted after the annealer", "Protective gas flow too low, water above 45 °C, or "
             "wire leaving the tube above 60 °C", "Check the gas flow and the water temperature and flow; lower the "
             "speed until corrected."],
            ["Elongation too low at every speed", "Annealing voltage too low for the wire", "Raise the voltage in "
             "steps of 2 %, within ±10 % of the start value."],
            ["Elongation of three samples taken 1 min apart spread by more than 3 percentage points", "Unsteady "
             "current transfer: worn brushes, dirty slip ring, wire slipping on a wheel", "Check the brushes, clean "
             "the slip rings, check the half wrap on each wheel."],
            ["Sparks or small arcs at wheel 2 or 3", "Dirty or worn groove, wire jumping out of the groove",
             "Clean the groove and measure its wear; replace the wheel beyond 0.8 mm."],
            ["Flat marks on the wire repeating at the wheel circumference", "Burn or weld spot on a contact "
             "wheel", "Replace the contact wheel (section 8); never grind a wheel in place."],
            ["Wire breaks between wheels 2 and 3 at full speed", "Overheating: voltage or preheat too high, or "
             "speed above the limit for the size", "Check the voltage, the preheat (at most 50 %) and the speed "
             "limit formula."],
            ["Wire too soft, stretches at the take-up", "Annealing voltage too high", "Lower the voltage and "
             "check the elongation."],
        ],
        (52, 56, 62),
    ),
    ("h", "7. Setting up for a new wire size"),
    (
        "ol",
        [
            "Check that the new diameter lies within the model's range (0.20-1.60 mm TRA-16, 0.50-2.50 mm TRA-25).",
            "Fit the guide nozzle set for the size at the inlet and the outlet of the cooling tube. The nozzle bore "
            "is 0.1-0.2 mm larger than the wire.",
            "Work out the highest speed allowed for the size (section 4) and enter it as the speed limit on the "
            "drawing machine.",
            "Enter the start value of the annealing voltage, U = K x square root of v at the planned production "
            "speed, and a preheat of about 30 % of it.",
            "Open the nitrogen or steam and the cooling water, and let the gas flow for at least 2 min.",
            "Thread the wire with a half wrap in the groove of each contact wheel and pull it through the cooling "
            "tube with the threading wire.",
            "Start the line at crawl speed. The annealer switches on above 3 m/s.",
            "Ramp up to production speed. After 2 min at steady speed take three samples 1 min apart and check "
            "them (section 9).",
            "Correct the annealing voltage in steps of 2 %, by no more than ±10 % of the start value in all, until "
            "the elongation meets the product specification.",
            "Save the setting as a recipe under the wire size.",
        ],
    ),
    ("h", "8. Replacing a contact wheel"),
    (
        "ol",
        [
            "Stop the line, switch off the rectifier at the main switch, lock it and wait until the DC voltmeter "
            "shows 0 V.",
            "Close the nitrogen or steam valve and the cooling water valve.",
            "Take the wire off the wheels and open the guard.",
            "Remove the brush holder (two M8 screws) and lift the brushes off the slip ring.",
            "Undo the central M20 wheel nut (left-hand thread on wheel 3) and pull the wheel with the puller "
            "TMK-PL-01.",
            "Clean the shaft cone and check it for burn marks.",
            "Fit the new wheel and tighten the nut to 120 Nm.",
            "Refit the brushes. Each brush must slide freely and be longer than 18 mm.",
            "Turn the wheel by hand with a dial gauge on the groove: runout no more than 0.05 mm.",
            "Close the guard, restore the supplies, rethread and check the elongation before production.",
        ],
    ),
    ("h", "9. Elongation check"),
    (
        "ol",
        [
            "At steady production speed cut three samples of about 400 mm from the take-up, 1 min apart.",
            "Straighten them by hand without stretching.",
            "Test them on the site's tensile tester with a gauge length of 250 mm, as its own manual describes.",
            "The three results must lie within 3 percentage points of each other; if not, see the symptom table.",
            "Compare the mean with the product specification and correct the voltage (section 7, step 9).",
            "Record the results with the recipe.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Look at the wheel grooves for burn marks; check the gas flow and the water temperature "
             "on the panel"],
            ["Weekly", "Clean the cooling tube nozzles; blow the slip rings clean with dry air (rectifier locked "
             "off)"],
            ["500 h", "Measure the brush length (replace at 18 mm) and the groove wear (replace at 0.8 mm)"],
            ["2000 h or 6 months, whichever comes first", "Grease each contact wheel bearing with 15 g of "
             "TMK-GR-2; clean the cabinet filters"],
            ["12 months", "Tempravik service: rectifier check, current shunt calibration, insulation test of the "
             "annealing circuit"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TRA-16", "TRA-25"],
            ["Contact wheel, chromium-plated", "TMK-CW-400", "TMK-CW-500"],
            ["Carbon brush set, one wheel", "TMK-BR-16", "TMK-BR-25"],
            ["Slip ring", "TMK-SR-16", "TMK-SR-25"],
            ["Guide nozzle set, one wire size (xx = size in 1/100 mm)", "TMK-NZ-16-xx", "TMK-NZ-25-xx"],
            ["Cooling tube", "TMK-CT-24", "TMK-CT-30"],
            ["Wheel bearing set", "TMK-BS-16", "TMK-BS-25"],
            ["Wheel puller", "TMK-PL-01", "TMK-PL-01"],
            ["Bearing grease, 400 g", "TMK-GR-2", "TMK-GR-2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Bunchford DTB double-twist bunchers
BUNCHFORD = [
    ("title", "Bunchford DTB Double-Twist Bunchers\nOperation and Maintenance - DTB-630 and DTB-800"),
    (
        "p",
        "Document BFD-OM-DTB-02, Edition 5, June 2024. Bunchford Cable Machinery. The DTB-630 and DTB-800 are "
        "double-twist bunching machines for flexible conductors of bare or tinned copper wires. The wires from the "
        "pay-offs enter through the lay plate and the inlet die, run along the rotating bow around the cradle that "
        "holds the take-up bobbin, and receive two twists per rotor revolution, one at the inlet pulley and one at "
        "the outlet pulley. The capstan, the dancer and the take-up with its traverse sit in the cradle, which "
        "stands still inside the rotor. Apart from the bobbin size, the rotor speed, the conductor range and the "
        "items named in this manual, the two models are built alike. The pay-off stands and the wire annealer have "
        "their own manuals; the conductor design (number and size of wires, lay length and direction) is given by "
        "the site's process sheets.",
    ),
    (
        "warn",
        "WARNING: The bow turns at up to 3000 rpm. Never open the hood until the rotor has stopped: the hood lock "
        "releases only 10 s after the rotor speed reads zero. A bow that breaks at speed is thrown against the "
        "hood. Run the machine only with the hood closed and locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DTB-630", "DTB-800"],
            ["Take-up bobbin flange diameter", "630 mm", "800 mm"],
            ["Maximum bobbin mass, full", "500 kg", "1000 kg"],
            ["Conductor cross-section, copper", "0.5-6 mm²", "1.5-16 mm²"],
            ["Single wire diameter", "0.08-0.50 mm", "0.10-0.80 mm"],
            ["Maximum rotor speed (bobbin up to 80 % of its maximum mass)", "3000 rpm", "2200 rpm"],
            ["Twists per minute at maximum rotor speed", "6000", "4400"],
            ["Lay length range", "8-80 mm", "15-150 mm"],
            ["Maximum line speed", "250 m/min", "300 m/min"],
            ["Main motor", "30 kW", "45 kW"],
            ["Take-up tension, set with the pneumatic dancer", "20-150 N", "50-400 N"],
            ["Dancer force per bar of dancer pressure", "40 N", "100 N"],
            ["Pintle clamp air pressure, minimum", "5 bar", "5 bar"],
            ["Supply 400 V 3~ 50 Hz", "80 A", "125 A"],
            ["Mass", "3200 kg", "4900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum rotor speed holds for a bobbin filled up to 80 % of its maximum mass. Above 400 kg (DTB-630) "
        "or 800 kg (DTB-800) the rotor speed must not exceed 85 % of the maximum, that is 2550 rpm on the DTB-630 "
        "and 1870 rpm on the DTB-800. The control measures the bobbin mass through the cradle load cells and "
        "limits the speed by itself (B13).",
    ),
    (
        "p",
        "Noise: 84 dB(A) at 1 m with the hood closed, measured on a DTB-630 at 2500 rpm. Ear protection is required "
        "near a running machine.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the buncher. Keep the hood closed and locked while the rotor turns.",
            "Lock off the main switch before reaching into the rotor or the cradle. Turning the rotor by hand is "
            "allowed only with the main switch locked off.",
            "Lift bobbins with the built-in lifting table or the site's lifting gear. A full DTB-800 bobbin weighs "
            "up to 1000 kg; never stand under it.",
            "Wire ends are sharp and spring back when cut. Wear gloves and safety glasses when stringing up.",
            "Never run the machine with a damaged, cracked or repaired bow.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Lay length"),
            (
                "p",
                "Each rotor revolution puts in two twists, so lay length (mm) = 500 x line speed (m/min) / rotor "
                "speed (rpm). Example: 120 m/min at 2400 rpm gives 500 x 120 / 2400 = 25 mm. Enter the lay length "
                "and the rotor speed; the control sets the line speed. The measured lay length must be within ±2 % "
                "of the setpoint. Select the direction (S or Z) on the panel as the process sheet says.",
            ),
            ("h", "Take-up tension"),
            (
                "p",
                "Set the dancer pressure so that the take-up tension is 15-25 N per mm² of conductor cross-section, "
                "and never below 20 N (DTB-630) or 50 N (DTB-800). Example: a 2.5 mm² conductor needs 38-63 N, "
                "about 1.0-1.5 bar on the DTB-630.",
            ),
            ("h", "Traverse"),
            (
                "p",
                "Traverse pitch = conductor diameter x 1.05 (settable factor 0.9-1.3). Set the reversal points 3 mm "
                "inside the bobbin flanges.",
            ),
            ("h", "Inlet die"),
            (
                "p",
                "The inlet die bore is the nominal conductor diameter plus 0.05 mm. Replace a die when its bore has "
                "grown by more than 0.03 mm.",
            ),
            ("h", "Bow"),
            (
                "p",
                "The carbon-fibre bow with ceramic eyelets is a wear part. Replace it after 4000 operating hours or "
                "as soon as any eyelet is grooved, chipped or loose, whichever comes first. The bow and its balance "
                "bow are always replaced together as a pair.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "The rotor bearing vibration is monitored. B05 warns at 4.5 mm/s; B06 stops the machine at 7.1 "
                "mm/s. After a bow change a rise of up to 0.5 mm/s is normal. Rotor balancing, for example after "
                "a main bearing change, is done by Bunchford service only.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Wire break at inlet", "A wire broke between the pay-offs and the inlet die. Rejoin or restring "
             "the wire; check the die and the pay-off tension."],
            ["B02", "Break in the rotor", "The conductor broke on the bow or in the cradle. Restring (section 6)."],
            ["B03", "Bobbin full", "Set length reached. Change the bobbin (section 7)."],
            ["B04", "Dancer end position", "The dancer reached its upper or lower stop. Check the tension setting "
             "and the take-up drive."],
            ["B05", "Vibration warning", "Rotor vibration above 4.5 mm/s. Inspect the bow; plan a stop."],
            ["B06", "Vibration trip", "Rotor vibration above 7.1 mm/s. Do not restart before the bow and the "
             "bearings are checked."],
            ["B08", "Hood not locked", "The hood is open or its lock has not engaged."],
            ["B09", "Pintle air low", "Pintle clamp air below 5 bar. The rotor will not start."],
            ["B10", "Main drive fault", "See the drive display; reset once."],
            ["B11", "Lubrication low", "Oil-air lubrication of the rotor bearings: pressure or oil level low."],
            ["B12", "Traverse fault", "Traverse did not reach a reversal point. Check the settings and the belt."],
            ["B13", "Bobbin heavy", "Bobbin above 80 % of its maximum mass: rotor speed limited to 85 %."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Wires standing proud or bird-caging on the bunched conductor", "Take-up tension too low, or lay too "
             "short for the wires", "Raise the dancer pressure to 15-25 N per mm²; check the lay against the "
             "process sheet."],
            ["Lay length varies along the conductor", "Conductor slipping on the capstan", "Check that it makes 4 "
             "full turns on the capstan; replace a worn capstan lining."],
            ["Conductor diameter too large, loose bunch", "Inlet die worn or too large", "Check the die bore "
             "(nominal diameter plus 0.05 mm)."],
            ["Ridges or hollows near the bobbin flanges", "Traverse pitch or reversal points wrong", "Set the "
             "pitch to 1.05 x diameter and the reversal points 3 mm inside the flanges."],
            ["Single wires break at the inlet die", "Worn die, uneven pay-off tension, dirty wire", "Check the "
             "die; check the pay-offs as their manual says."],
            ["Scratches or shiny marks on the conductor", "Grooved bow eyelet or worn guide pulley", "Inspect the "
             "eyelets and pulleys; replace the bow pair (section 8)."],
            ["Vibration rising slowly over days", "Bow wear, dust on the bow, bearing wear", "Clean and inspect "
             "the bow; above 4.5 mm/s call Bunchford service."],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Stringing up"),
    (
        "ol",
        [
            "With the rotor stopped and the main switch locked off, open the hood.",
            "Pull the wires from the pay-offs through the lay plate and the inlet die.",
            "Join the wire ends to the leader wire with a crimp sleeve.",
            "Pull the leader through the hollow inlet shaft, along the bow eyelets and over the outlet pulley.",
            "Wrap it 4 full turns around the capstan, lead it over the dancer pulley and the traverse guide to the "
            "bobbin, and fasten it in the barrel hole.",
            "Close the hood. Enter the lay length, direction, rotor speed and dancer pressure.",
            "Start at 300 rpm, run about 10 m and measure the lay length.",
            "Ramp up to the set speed.",
        ],
    ),
    ("h", "7. Changing a full bobbin"),
    (
        "ol",
        [
            "At B03 the machine stops at the set length. Wait until the hood lock releases.",
            "Cut the conductor and tape the end to the flange of the full bobbin.",
            "Open the pintle clamp, lower the bobbin on the lifting table and roll it out.",
            "Check the empty bobbin: flanges must be flat and undamaged.",
            "Roll it in, lift it and close the pintle clamp; the air pressure must read at least 5 bar.",
            "Fasten the conductor end in the barrel hole, close the hood and reset the length counter.",
        ],
    ),
    ("h", "8. Replacing the bow"),
    (
        "ol",
        [
            "Stop the machine, lock off the main switch and wait until the hood lock releases.",
            "Turn the rotor by hand until the bow is at the top.",
            "Take the conductor out of the bow eyelets.",
            "Undo the bow clamps at both ends (four M8 screws each) and remove the bow and the balance bow.",
            "Fit the new pair (BFD-BW-630 or BFD-BW-800) and tighten the clamp screws crosswise to 25 Nm.",
            "Turn the rotor by hand: the gap between bow and hood must be at least 15 mm all round.",
            "Restring, close the hood and run at 500 rpm for 5 min, then raise the speed in steps of 500 rpm while "
            "watching the vibration. A rise of up to 0.5 mm/s over the old value is normal.",
            "Reset the bow hour counter.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Look at the bow eyelets; blow dust off the bow and the hood (machine locked off)"],
            ["Weekly", "Check the inlet die bore; clean the capstan; check the hood lock"],
            ["500 h", "Check the oil-air lubrication level (oil BFD-OL-32) and the pintle clamp"],
            ["4000 h", "Replace the bow pair"],
            ["8000 h or 2 years, whichever comes first", "Bunchford service: rotor main bearings, balancing"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DTB-630", "DTB-800"],
            ["Bow and balance bow, pair", "BFD-BW-630", "BFD-BW-800"],
            ["Ceramic eyelet kit", "BFD-EK-630", "BFD-EK-800"],
            ["Inlet die holder", "BFD-DH-06", "BFD-DH-16"],
            ["Guide pulley, ceramic-coated", "BFD-GP-80", "BFD-GP-110"],
            ["Capstan lining", "BFD-CL-250", "BFD-CL-320"],
            ["Lubrication oil ISO VG 32, 5 L", "BFD-OL-32", "BFD-OL-32"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Arvenholt AWX-60 cable armouring machine
ARVENHOLT = [
    ("title", "Arvenholt AWX-60 Cable Armouring Machine\nOperation and Maintenance"),
    (
        "p",
        "Document AVH-OM-AWX-01, Edition 2, November 2024. Arvenholt Cable Machinery. The AWX-60 lays one layer of "
        "round armour wires helically over a bedded cable core: galvanised steel wires for multi-core cables (SWA) "
        "or aluminium wires for single-core cables (AWA). It consists of a rotating cage with 60 bobbin positions, a "
        "preforming head, a closing die, a binder tape head and an optical lay length meter. The core pay-off, the "
        "haul-off, the take-up and the bedding extruder upstream are separate machines with their own manuals; the "
        "haul-off sets the line speed. The cable design (number and diameter of armour wires, lay length, lay "
        "direction and binder) comes from the site's process sheet and the cable standard it names.",
    ),
    (
        "warn",
        "WARNING: The loaded cage weighs up to 14 t and turns at up to 60 rpm. Never enter the cage enclosure while "
        "the cage can turn: lock off the cage drive and engage the mechanical cage lock first. A cage loaded out of "
        "balance can shake the machine off its foundation.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AWX-60"],
            ["Cable core diameter under the armour", "10-90 mm"],
            ["Armour wire, galvanised steel", "0.90-3.15 mm"],
            ["Armour wire, aluminium (single-core cables)", "1.25-2.50 mm"],
            ["Bobbin positions in the cage", "60"],
            ["Bobbin flange diameter, width, maximum mass", "400 mm, 250 mm, 120 kg"],
            ["Maximum cage speed, every bobbin up to 90 kg", "60 rpm"],
            ["Maximum cage speed, any bobbin heavier than 90 kg", "45 rpm"],
            ["Lay length range", "150-1500 mm"],
            ["Maximum line speed (set by the haul-off)", "40 m/min"],
            ["Cage drive motor", "75 kW"],
            ["Cage brake, stopping time from 60 rpm", "8 s or less"],
            ["Binder tape head: tape width, pad diameter, head speed", "20-60 mm, up to 300 mm, up to 600 rpm"],
            ["Supply 400 V 3~ 50 Hz", "200 A"],
            ["Mass of the machine without bobbins", "28 t"],
            ["Noise at 1 m from the enclosure, cage at 60 rpm", "83 dB(A)"],
        ],
        (110, 60),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The cage enclosure doors are interlocked (W03). Before entering, stop the cage, lock off the drive "
            "and engage the mechanical cage lock with the red handle.",
            "Bobbins weigh up to 120 kg. Load them with the bobbin loading trolley AVH-LT-400, never by hand.",
            "Cut armour wires spring back. Hold the end with the wire clamp before cutting and wear a face shield.",
            "Welding armour wire joints gives off zinc fumes from galvanised wire. Use the fume extraction arm at "
            "the welding table.",
            "The pull cord along the enclosure stops the cage and the line (W13).",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Lay length"),
            (
                "p",
                "Lay length (mm) = line speed (m/min) x 1000 / cage speed (rpm). Example: 12 m/min with the cage "
                "at 30 rpm gives a lay of 400 mm. The lay meter compares the measured lay with the setpoint; W07 "
                "is shown when it is more than 2 % off for 10 s. Armour lays are usually 8 to 12 times the "
                "diameter over the armour, but the process sheet governs.",
            ),
            ("h", "Cage balance"),
            (
                "p",
                "The masses of two opposite bobbins must not differ by more than 10 kg. When fewer than 60 wires "
                "are run, spread the empty positions evenly round the cage as the panel shows for the wire count. "
                "If any bobbin is heavier than 90 kg, the cage speed must not exceed 45 rpm; the control limits it "
                "when the heavy bobbin flag is set at loading.",
            ),
            ("h", "Closing die"),
            (
                "p",
                "Diameter over armour = core diameter + 2 x wire diameter. The closing die bore is the diameter "
                "over armour plus 0.5 to 1.0 mm. A tighter die scores and crushes the bedding; a wider die lets "
                "the wires lie loose.",
            ),
            ("h", "Preforming"),
            (
                "p",
                "Each wire passes three preforming rollers. Set them so that a wire cut free 1 m behind the closing "
                "die stays in its place or springs out by no more than 5 mm.",
            ),
            ("h", "Wire joints"),
            (
                "p",
                "Broken or finished wires are joined by butt welding on the welding table, as the wire welder's "
                "manual describes, and the weld is dressed flush. Two joints in the armour must be at least 1.5 m "
                "apart along the cable.",
            ),
            ("h", "Binder"),
            (
                "p",
                "The binder tape is applied with an overlap of 20-30 %. Set the binder head speed from the tape "
                "width on the panel's binder page.",
            ),
        ],
    ),
    ("h", "4. Bobbin brake tension"),
    (
        "p",
        "Each bobbin has an adjustable band brake. The tension of the wires in use must all lie within ±10 % of the "
        "set value. Values for galvanised steel armour wire:",
    ),
    (
        "table",
        [
            ["Wire diameter", "Brake tension per wire, galvanised steel"],
            ["0.90-1.25 mm", "20-40 N"],
            ["1.40-2.00 mm", "50-90 N"],
            ["2.50-3.15 mm", "100-160 N"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Arvenholt gives no brake tensions for aluminium armour wire; ask Arvenholt application engineering for "
        "each aluminium design.",
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Armour wire break", "A wire broke or ran out between bobbin and die (break ring). Join it "
             "(section 9)."],
            ["W02", "Bobbin nearly empty", "A bobbin is below its minimum diameter. Plan a change at the next "
             "stop."],
            ["W03", "Enclosure door open", "A cage enclosure door is open. The cage will not start."],
            ["W04", "Cage overspeed", "Cage above 63 rpm, or above 47 rpm with the heavy bobbin flag set."],
            ["W05", "Cage lock engaged", "The mechanical cage lock is in. Release it before starting."],
            ["W07", "Lay length deviation", "Measured lay more than 2 % off the setpoint for 10 s. Check the haul-off "
             "speed signal and the lay meter window."],
            ["W08", "Binder tape break", "The binder tape broke or the pad is empty."],
            ["W09", "Line synchronisation", "Pay-off or take-up dancer at an end position. See their manuals."],
            ["W10", "Cage drive fault", "See the drive display; reset once, then call service."],
            ["W11", "Cage brake worn", "Brake air gap above 1.2 mm. Adjust or replace the linings (section 10)."],
            ["W12", "Grease low", "Central grease pump reservoir low. Refill with AVH-GR-EP2."],
            ["W13", "Pull cord", "A pull cord or emergency stop has been operated."],
            ["W14", "Diameter outside tolerance", "Diameter after the die more than ±0.5 mm off the value entered. "
             "Check the die and the wire count."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Armour wires spring out or lie loose after the closing die", "Too little preforming, or uneven "
             "brake tension", "Reset the preforming rollers (5 mm test); check the brake tensions."],
            ["Gaps between the armour wires", "Lay too short for the design, or wires missing", "Check the lay "
             "and the wire count against the process sheet."],
            ["Wires crossing or riding on each other", "Too many wires for the core, or the die too tight",
             "Check the core diameter, the wire count and the die bore."],
            ["Bedding scored or crushed at the closing die", "Die bore too small", "Fit a die of the diameter "
             "over armour plus 0.5 to 1.0 mm."],
            ["Lay length drifts (W07)", "Haul-off slipping or dirty lay meter window", "Clean the window; check "
             "the haul-off as its manual says."],
            ["Machine shakes at cage speed", "Cage out of balance", "Check opposite bobbin masses (10 kg "
             "rule) and the empty position pattern."],
        ],
        (52, 56, 62),
    ),
    ("h", "7. Loading the cage"),
    (
        "ol",
        [
            "Stop the cage, lock off the cage drive and engage the mechanical cage lock.",
            "Weigh each full bobbin on the trolley scale and note its mass against its position.",
            "Pair the bobbins so that opposite positions differ by no more than 10 kg.",
            "Bring each bobbin with the loading trolley AVH-LT-400, push it onto the pintles and close the "
            "quick-release lock until it clicks.",
            "Thread the wire through the guide and the preforming rollers to the closing die.",
            "Set the band brake to the tension for the wire diameter (section 4).",
            "If any bobbin is heavier than 90 kg, set the heavy bobbin flag on the panel.",
            "Close the enclosure doors, release the cage lock and turn the cage one revolution at jog speed while "
            "watching for rubbing wires.",
        ],
    ),
    ("h", "8. Checking the brake tension"),
    (
        "ol",
        [
            "With the line stopped and the cage locked, hook the spring balance AVH-SB-200 to the wire between the "
            "bobbin and the guide.",
            "Pull slowly until the bobbin turns steadily and read the force.",
            "Adjust the band brake nut until the force lies in the range for the wire diameter.",
            "Repeat for every bobbin in use; all must lie within ±10 % of the set value.",
            "Record the values on the set-up sheet.",
        ],
    ),
    ("h", "9. Joining a broken wire"),
    (
        "ol",
        [
            "Stop the line at W01 and lock the cage.",
            "Pull the broken end back from the die to the welding table with the wire clamp.",
            "Butt weld the ends as the wire welder's manual describes and dress the weld flush.",
            "Mark the joint position on the cable with the paint pen, so the next joint can be kept at least 1.5 m "
            "away.",
            "Restart at jog speed and check the joint passes the die cleanly.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the closing die and the preforming rollers for wear; clean the lay meter window"],
            ["Weekly", "Check the cage brake air gap (0.6-1.2 mm); check the enclosure door interlocks"],
            ["500 h", "Check the band brakes and their linings on every bobbin position"],
            ["2000 h or 12 months, whichever comes first", "Change the cage gearbox oil (CLP 220, 38 L)"],
            ["8000 h", "Arvenholt service: cage main bearings and cage balance"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Band brake lining set, one bobbin", "AVH-BL-400"],
            ["Preforming roller set, one wire", "AVH-PR-315"],
            ["Closing die set 12-96 mm, steps of 1 mm", "AVH-CD-SET"],
            ["Cage brake linings", "AVH-CB-75"],
            ["Lay meter window", "AVH-LW-01"],
            ["Spring balance 0-200 N", "AVH-SB-200"],
            ["Grease EP2, 18 kg", "AVH-GR-EP2"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Lackwell HE magnet wire enamelling machines
LACKWELL = [
    ("title", "Lackwell HE Horizontal Enamelling Machines\nOperation and Maintenance - HE-24 and HE-32"),
    (
        "p",
        "Document LKW-OM-HE-07, Edition 2, January 2025. Lackwell Magnet Wire Equipment. The HE-24 and HE-32 are "
        "horizontal enamelling machines for round copper magnet wire. Bare wire from the pay-offs is softened in the "
        "in-line annealing furnace, coated in the applicator with liquid enamel wiped to size by dies, and cured in "
        "the electrically heated oven. Each wire passes through the applicator and the oven many times (passes) "
        "until the enamel build is reached, then runs to its take-up. The solvent vapour is burnt in the catalyst, "
        "whose heat returns to the oven. The HE-24 runs 24 wires in parallel through a 6.0 m oven; the HE-32 runs 32 "
        "wires through an 8.0 m oven. Apart from these and the items named in this manual, the two models are built "
        "alike. The enamels, their thinning and viscosity are the enamel maker's; the wire grade, the enamel build "
        "and all test values (cure, breakdown voltage, fault counts) are given by the wire specification the site "
        "works to.",
    ),
    (
        "warn",
        "WARNING: The oven holds solvent vapour at up to 560 °C. Never open the oven or the catalyst housing while "
        "it is hot or while enamel is in the applicators: an inrush of air can ignite the vapour. Never bypass the "
        "solvent (LEL) monitor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HE-24", "HE-32"],
            ["Wire", "Round copper, 0.50-2.50 mm", "Round copper, 0.50-2.50 mm"],
            ["Wires running in parallel", "24", "32"],
            ["Passes per wire, maximum", "24", "24"],
            ["Oven length", "6.0 m", "8.0 m"],
            ["Maximum DV value (wire diameter in mm x line speed in m/min)", "60", "80"],
            ["Maximum line speed, mechanical", "120 m/min", "120 m/min"],
            ["Oven heating power", "96 kW", "128 kW"],
            ["Oven air temperature, curing zone", "450-560 °C", "450-560 °C"],
            ["Catalyst working temperature (outlet)", "600-720 °C", "600-720 °C"],
            ["Annealing furnace, steam atmosphere", "450-520 °C", "450-520 °C"],
            ["Recirculation and exhaust fan", "7.5 kW", "11 kW"],
            ["Enamel temperature in the applicator", "30-40 °C", "30-40 °C"],
            ["Supply 400 V 3~ 50 Hz", "250 A", "315 A"],
            ["Mass", "9.5 t", "12 t"],
        ],
        (86, 42, 42),
    ),
    ("h", "2. Line speed by wire diameter"),
    (
        "p",
        "Line speed (m/min) = DV value / wire diameter (mm), but never above 120 m/min. The speeds below hold for a "
        "polyesterimide base coat with a polyamide-imide top coat at grade 2 build. For other enamel systems ask "
        "Lackwell; aluminium wire is not covered.",
    ),
    (
        "table",
        [
            ["Wire diameter", "HE-24, maximum speed", "HE-32, maximum speed"],
            ["0.50 mm", "120 m/min", "120 m/min"],
            ["0.80 mm", "75 m/min", "100 m/min"],
            ["1.00 mm", "60 m/min", "80 m/min"],
            ["1.25 mm", "48 m/min", "64 m/min"],
            ["1.60 mm", "37 m/min", "50 m/min"],
            ["2.00 mm", "30 m/min", "40 m/min"],
            ["2.50 mm", "24 m/min", "32 m/min"],
        ],
        (56, 57, 57),
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the machine. Solvent-borne enamels are flammable: no open flames, no "
            "sparks, earthed containers when filling.",
            "Wear solvent-resistant gloves and safety glasses when filling applicators or cleaning dies.",
            "The oven casing and the catalyst housing are hot. Touch them only with heat-resistant gloves.",
            "A wire breaking at speed whips. Keep clear of the take-up side during start-up.",
            "Lock off the heating and the fans before any work inside the oven after it has cooled below 50 °C.",
        ],
    ),
    ("h", "4. Oven settings and limits"),
    (
        "cols",
        [
            ("h", "Heating up"),
            (
                "p",
                "The control heats the empty oven at no more than 150 °C per hour. No enamel may go into the "
                "applicators until the catalyst inlet reads at least 350 °C: below that the vapour passes the "
                "catalyst unburnt (L05). Heating from cold takes about 4 h on the HE-24 and 5 h on the HE-32.",
            ),
            ("h", "Solvent concentration"),
            (
                "p",
                "The LEL monitor measures the solvent in the oven atmosphere. L06 warns at 25 % LEL. At 40 % LEL "
                "the heating stops, the applicators lower and a fresh-air purge starts (L07). Frequent L06 warnings "
                "mean too much enamel for the airflow.",
            ),
            ("h", "Catalyst"),
            (
                "p",
                "In production the catalyst outlet reads 600-720 °C. Above 760 °C the enamel feed is cut back "
                "automatically (L08). Replace the catalyst after 16 000 h or when the measured emissions exceed the "
                "site's permit value, whichever comes first. The permit and the emission measurements are the "
                "site's.",
            ),
            ("h", "Zone temperatures"),
            (
                "p",
                "Each oven zone must hold its setpoint within ±10 °C; L03 is shown when a zone is further off for "
                "2 min. Change zone setpoints in steps of no more than 10 °C and wait 15 min between steps.",
            ),
            ("h", "Dies"),
            (
                "p",
                "Use the die series LKW-DS with the die table supplied for each wire size. Replace a die when its "
                "bore is more than 3 µm over nominal or its entry is chipped.",
            ),
            ("h", "In-line tester"),
            (
                "p",
                "The in-line continuity tester counts faults at 1500 V DC over each 30 m of wire. The permitted "
                "fault count comes from the wire specification; enter it as the L11 limit.",
            ),
        ],
    ),
    ("h", "5. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Wire break", "A pass detector lost its wire. Restring the wire (section 9)."],
            ["L02", "Annealer temperature", "Annealing furnace more than 15 °C off its setpoint."],
            ["L03", "Zone deviation", "An oven zone more than 10 °C off its setpoint for 2 min."],
            ["L04", "Oven overtemperature", "Oven air above 600 °C: heating off. Check the thermocouples."],
            ["L05", "Catalyst cold", "Catalyst inlet below 350 °C: enamel feed blocked."],
            ["L06", "Solvent warning", "Solvent at 25 % LEL. Check the fan and the enamel feed."],
            ["L07", "Solvent purge", "Solvent at 40 % LEL: heating off, applicators down, purge. Find the cause "
             "before restarting."],
            ["L08", "Catalyst hot", "Catalyst above 760 °C: enamel feed reduced."],
            ["L09", "Airflow low", "Recirculation or exhaust fan fault, or a blocked filter."],
            ["L11", "Fault limit", "The in-line tester counted more faults than the limit entered."],
            ["L12", "Enamel temperature", "Applicator enamel outside 30-40 °C."],
            ["L13", "Take-up fault", "A take-up position stopped or its spool is full."],
            ["L14", "Emergency stop", "An emergency stop button is pressed."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Action"],
            ["Small blisters in the enamel", "Solvent boiling: inlet zone too hot, or too thick a coat per pass",
             "Lower the inlet zone in steps of 10 °C; check the die sizes against the die table."],
            ["Enamel soft or tacky, fails the cure test", "Under-cured: speed above the table, oven too cold, "
             "catalyst cold", "Reduce to the table speed; check the zone temperatures and the catalyst."],
            ["Enamel brittle, cracks when the wire is wound", "Over-cured (speed too low, oven too hot) or wire "
             "too hard", "Raise the speed or lower the zones; check the annealer temperature."],
            ["High fault count (pinholes) on the in-line tester", "Dirty bare wire, dust in the oven, worn dies, "
             "skins or gel in the enamel", "Clean the wire path, filter the enamel through the 25 µm bag, "
             "replace worn dies."],
            ["Enamel thicker on one side of the wire", "Die holder out of line", "Align the die holders with "
             "the alignment gauge LKW-AG-01."],
            ["Wire hard, low elongation", "Annealer too cold or steam missing", "Check the annealer (450-520 °C) "
             "and its steam supply."],
            ["Frequent L06 warnings", "Too much enamel for the airflow", "Check the fan and filters; reduce the "
             "speed or the coat per pass."],
        ],
        (52, 56, 62),
    ),
    ("h", "7. Heating up from cold"),
    (
        "ol",
        [
            "Check that the oven and the catalyst housing are closed and the applicators empty and lowered.",
            "Start the recirculation and exhaust fans; L09 must not be shown.",
            "Switch on the oven heating. The control raises the temperature at no more than 150 °C per hour.",
            "Wait until the catalyst inlet reads at least 350 °C and the curing zone has reached its setpoint, "
            "about 4 h (HE-24) or 5 h (HE-32).",
            "Open the annealer steam and switch on the annealing furnace (450-520 °C).",
            "Fill the applicators with enamel at 30-40 °C.",
            "Start the wires at the threading speed of 5 m/min and raise the applicators.",
            "Raise the speed to the value in the table for the wire diameter.",
            "After 30 min check the cure, the enamel build and the fault count.",
        ],
    ),
    ("h", "8. Changing the dies for a new wire size"),
    (
        "ol",
        [
            "Run the old size out and lower the applicators.",
            "Take the die set out pass by pass and place it in the die rack in pass order.",
            "Clean the die holders with the enamel maker's cleaning solvent.",
            "Fit the new set from the die table, pass 1 to the last pass, checking each bore mark.",
            "Check the alignment of the holders with the gauge LKW-AG-01.",
            "Enter the new wire size: the control loads the speed limit and the zone setpoints of the recipe.",
            "Restart as in section 7, steps 7 to 9.",
        ],
    ),
    ("h", "9. Restringing a broken wire"),
    (
        "ol",
        [
            "Lower the applicator for the wire position at L01.",
            "Pull the broken end back to the pay-off side with the threading hook.",
            "Join a new leader and pull it through every pass in order, over the guide rolls at both ends.",
            "Fasten it on the take-up spool, raise the applicator and reset L01.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the cure and the fault counts; check the enamel level and temperature"],
            ["Weekly", "Clean the applicator troughs; change the 25 µm enamel filter bags"],
            ["Monthly", "Clean the fan inlet filters; check the LEL monitor with test gas"],
            ["6 months", "Calibrate the oven thermocouples against a reference"],
            ["16 000 h", "Replace the catalyst (Lackwell service)"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HE-24", "HE-32"],
            ["Catalyst module set", "LKW-CAT-24", "LKW-CAT-32"],
            ["Oven heating element", "LKW-HE-4000", "LKW-HE-4000"],
            ["Zone thermocouple type K", "LKW-TC-K6", "LKW-TC-K8"],
            ["Enamel filter bag 25 µm, pack of 10", "LKW-FB-25", "LKW-FB-25"],
            ["Die holder alignment gauge", "LKW-AG-01", "LKW-AG-01"],
            ["Guide roll, ceramic", "LKW-GR-60", "LKW-GR-60"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("tempravik-tra-continuous-resistance-annealer.pdf", "Tempravik TMK-OM-TRA-04 Ed 3 - TRA-16 / TRA-25",
         TEMPRAVIK),
        ("bunchford-dtb-double-twist-buncher.pdf", "Bunchford BFD-OM-DTB-02 Ed 5 - DTB-630 / DTB-800", BUNCHFORD),
        ("arvenholt-awx-cable-armouring-machine.pdf", "Arvenholt AVH-OM-AWX-01 Ed 2 - AWX-60", ARVENHOLT),
        ("lackwell-he-magnet-wire-enamelling-machine.pdf", "Lackwell LKW-OM-HE-07 Ed 2 - HE-24 / HE-32", LACKWELL),
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
