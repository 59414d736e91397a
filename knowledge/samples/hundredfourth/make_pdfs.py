"""Generate the PDF manuals of the hundred-and-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set104-scratch/venv && /tmp/set104-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set104-scratch/venv/bin/python knowledge/samples/hundredfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Kessring KSM ballast tamping machines
KESSRING = [
    ("title", "Kessring KSM Ballast Tamping Machines\nOperation and Maintenance - KSM-16 and KSM-32"),
    (
        "p",
        "Document KTM-OM-KSM-04, Edition 3, March 2025. Kessring Track Machines. The KSM-16 and KSM-32 are "
        "self-propelled tamping, levelling and lining machines for plain line with concrete or timber sleepers on "
        "standard gauge (1435 mm) track. The KSM-16 tamps one sleeper per cycle with two tamping units of 8 tines "
        "each; the KSM-32 tamps two sleepers per cycle with two double units of 16 tines each. Apart from the "
        "tamping units, the engine, the mass and the values named in this manual, the two machines are built alike "
        "and share the cab, the measuring system and the controls. The design lift and slew values, the track "
        "geometry acceptance limits and the speed of the first trains after the work are set by the infrastructure "
        "manager; this manual does not give them.",
    ),
    (
        "warn",
        "WARNING: Never enter the area under the tamping units or between the lifting and lining rollers while the "
        "engine runs. Lower the units onto their rests and engage the transit locks before anybody works on them. "
        "The machine works only inside a possession, under the site's safe system of work.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KSM-16", "KSM-32"],
            ["Sleepers tamped per cycle", "1", "2"],
            ["Tines", "16 (2 units x 8)", "32 (2 double units x 16)"],
            ["Working output on plain line, 600 mm sleeper spacing, cycle time 5.4 s", "up to 400 m/h", "up to 800 m/h"],
            ["Vibration frequency of the tines", "35 Hz", "35 Hz"],
            ["Squeeze pressure, concrete sleepers (default)", "110 bar", "120 bar"],
            ["Squeeze pressure, timber sleepers (default)", "90 bar", "100 bar"],
            ["Squeeze time, default (settable 0.6-1.5 s)", "1.0 s", "1.0 s"],
            ["Maximum lift in one pass", "50 mm", "60 mm"],
            ["Maximum lining (slew) in one pass", "40 mm", "50 mm"],
            ["Lifting force per rail", "250 kN", "300 kN"],
            ["Diesel engine, EU Stage V", "354 kW", "470 kW"],
            ["Fuel tank", "1500 L", "2000 L"],
            ["Hydraulic oil HVLP 46, tank", "900 L", "1200 L"],
            ["Mass in working order", "62 t", "86 t"],
            ["Axles / maximum axle load", "4 / 15.5 t", "6 / 14.3 t"],
            ["Maximum speed, self-propelled or hauled in a train", "100 km/h", "100 km/h"],
            ["Smallest curve radius, working", "120 m", "150 m"],
            ["Smallest curve radius, transit", "80 m", "100 m"],
            ["Length over buffers", "18.9 m", "27.4 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The working output is a peak value for plain line in clean ballast with one insertion per sleeper; it "
        "falls with double insertion, in curves and in fouled ballast. The squeeze pressures are defaults for "
        "ballast of 31.5-50 mm grading. For steel sleepers and for switches and crossings this manual gives no "
        "settings: ask Kessring before tamping them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only drivers and operators holding the infrastructure manager's competence for on-track machines may "
            "drive the machine or work it.",
            "Before tamping, check the ballast depth: there must be at least 200 mm of ballast under the sleeper "
            "bottoms, otherwise the tines strike the formation. Where there is less, stop and tell the site "
            "engineer.",
            "Find the cables, signalling equipment and axle counter heads marked by the site before work and raise "
            "the tamping units over them.",
            "Wear hearing protection outside the cab: the sound pressure level next to the tamping units reaches "
            "105 dB(A).",
            "Never open the hydraulic system under pressure. The accumulators hold pressure for up to 10 min after "
            "the engine stops; discharge them with the valve on the working panel.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Tamping depth"),
            (
                "p",
                "Set the tamping depth so that the upper edge of the tine plates is 15 mm ±5 mm below the underside "
                "of the sleeper. Check it at the first sleeper of each shift and after changing tines. Tines set too "
                "high leave a void under the sleeper; tines set too deep loosen the bed below.",
            ),
            ("h", "Insertions"),
            (
                "p",
                "One insertion is enough for lifts of up to 30 mm. For lifts above 30 mm set double insertion: the "
                "units squeeze, rise by 150 mm and go in again at the same sleeper. A lift larger than the maximum "
                "lift in one pass is split into several passes of equal lift.",
            ),
            ("h", "Squeeze pressure and time"),
            (
                "p",
                "Use the defaults of the technical data. In fouled ballast raise the squeeze time to 1.2 s, but never "
                "raise the squeeze pressure above 140 bar. The pressure shown during the squeeze must stay within "
                "±5 bar of the set value (T05 otherwise).",
            ),
            ("h", "Vibration"),
            (
                "p",
                "The tine frequency must stay between 33 Hz and 37 Hz during insertion and squeeze. Below 33 Hz the "
                "tines no longer enter the ballast cleanly and T07 is shown. Never insert the tines with the "
                "vibration off.",
            ),
            ("h", "Double units of the KSM-32"),
            (
                "p",
                "The double units fit sleeper spacings from 560 mm to 680 mm. Outside this range, and in curves "
                "under 300 m radius, switch the KSM-32 to single-sleeper mode in the cab menu: the rear half of each "
                "double unit is held up and the machine works like a KSM-16.",
            ),
            ("h", "Run-out ramp"),
            (
                "p",
                "At the end of a shift, or wherever the work stops, run the lift out with a ramp. Ramp length (m) = "
                "remaining lift (mm) x ramp factor. The ramp factor is 1.0 m per mm unless the infrastructure "
                "manager gives a longer one, so a 40 mm lift needs a ramp of at least 40 m.",
            ),
            ("h", "Continuous welded rail"),
            (
                "p",
                "On continuous welded rail, lifts above 30 mm and slews above 20 mm are allowed only inside the rail "
                "temperature band that the infrastructure manager sets for the site. The machine shows the rail "
                "temperature from its sensor, but the band itself is not stored in the machine.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop pressed in a cab or at a unit. Release it and press RESET."],
            ["T02", "Engine oil pressure", "Below 1.5 bar at idle. Stop the engine at once and check the oil level."],
            [
                "T03",
                "Hydraulic oil hot",
                "Above 80 °C the output is reduced; above 90 °C the units stop. Clean the oil cooler, check the fan.",
            ],
            ["T04", "Hydraulic oil low", "Tank below the minimum mark. Top up with HVLP 46 and look for leaks."],
            [
                "T05",
                "Squeeze pressure deviation",
                "Squeeze pressure more than 5 bar from the set value. Check the proportional valve, its plug and the "
                "accumulator precharge.",
            ],
            [
                "T06",
                "Unit not up",
                "A unit not in its upper end position when the machine moves. Check the proximity switch (gap 2-4 mm).",
            ],
            [
                "T07",
                "Vibration frequency low",
                "Below 33 Hz. Check the oil temperature and the eccentric shaft bearings; have the vibration motor "
                "leakage measured.",
            ],
            [
                "T09",
                "Measuring chord fault",
                "Chord trolley lifted, or a chord wire broken or slack. Lower the trolleys; wire tension 1.0-1.2 kN.",
            ],
            ["T10", "Lift limit", "Lift asked for is larger than the maximum lift in one pass. Split it into passes."],
            ["T11", "Lining limit", "Slew asked for is larger than the maximum lining in one pass."],
            ["T12", "Transit locks", "Travel switched to transit with a lock not engaged. Engage all transit locks."],
            ["T13", "Service due", "250 h since the last service. The machine still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sleepers settle again quickly, track drops under the first trains",
                "Tamping depth too shallow, squeeze time too short, or single insertion used on a large lift",
                "Check the tamping depth (section 7); use double insertion above 30 mm of lift",
            ],
            [
                "Ballast thrown out of the crib, tines hit the sleeper edges",
                "Units not centred on the crib, or KSM-32 double units on a spacing outside 560-680 mm",
                "Centre the units with the crib camera; use single-sleeper mode",
            ],
            [
                "Tines enter the ballast slowly, vibration sounds rough",
                "Frequency dropped (T07): vibration motor worn or oil too hot",
                "Check the oil temperature; have the vibration motor leakage measured",
            ],
            [
                "Display shows a lift but the track does not rise",
                "Rail clamping rollers not under the rail head, or worn",
                "Check the rollers; replace worn rollers (section 10)",
            ],
            [
                "Tines break often",
                "Tamping too deep (tines strike the formation or hard spots), or clamp bolts loose",
                "Check the tamping depth and the ballast depth; tighten the clamp bolts to 420 Nm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Preparing the machine for work"),
    (
        "ol",
        [
            "Stop the machine at the start of the work site and apply the parking brake.",
            "Switch the travel gear from transit to work mode; the display shows WORK.",
            "Release the transit locks of the tamping units, the lifting and lining unit and the three chord "
            "trolleys.",
            "Select the tamping mode: single sleeper (KSM-16), double or single sleeper (KSM-32).",
            "Enter the sleeper type, concrete or timber; the default squeeze pressure loads with it.",
            "Lower the chord trolleys onto the rails and check that the wire tension reads 1.0-1.2 kN.",
            "Enter the design lift and slew from the infrastructure manager's work sheet, or select automatic mode.",
            "Switch on the vibration and check that the frequency reads 35 Hz.",
            "Tamp the first sleeper and check the tamping depth (section 7).",
            "Start the work cycle with the foot pedal.",
        ],
    ),
    ("h", "7. Checking and setting the tamping depth"),
    (
        "ol",
        [
            "Stop with the units centred over a crib and the vibration running.",
            "Lower the units in manual mode until the depth display reads the set tamping depth.",
            "Stop the vibration and hold the units at that depth.",
            "Clear the ballast from the end of one sleeper with a shovel until the sleeper underside and the tine "
            "plate can be seen.",
            "Measure from the sleeper underside to the upper edge of the tine plate: it must be 15 mm ±5 mm.",
            "If it is outside, correct the offset in SETTINGS > UNITS > DEPTH in 1 mm steps and measure again.",
            "Refill the crib, raise the units and write the new offset in the shift log.",
        ],
    ),
    ("h", "8. Changing a tine"),
    (
        "ol",
        [
            "Raise the unit, lower it onto its rest blocks, stop the engine and discharge the accumulators.",
            "Lock the working panel with your personal padlock.",
            "Clean the tine holder and the tine shank.",
            "Remove the M24 clamp bolt and the wedge. Drive the tine out of the holder with the brass drift, never "
            "with a steel hammer on the tine plate.",
            "Check the conical seat in the holder for scoring; a scored seat is dressed only by Kessring service.",
            "Fit the new tine with its plate facing the sleeper and the wedge clean and dry, not greased.",
            "Tighten the clamp bolt to 420 Nm.",
            "Tighten it again to 420 Nm after the first 2 h of tamping.",
            "Check the tamping depth (section 7) before work.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily, before work",
                "Check the tines for cracks and missing plates; check the engine and hydraulic oil levels; drain "
                "the water from the fuel pre-filter",
            ],
            ["Every 8 h of tamping", "Grease the unit guide columns and the squeeze cylinder pins (12 points per unit)"],
            ["Weekly", "Check the tine clamp bolts at 420 Nm; check the chord wires for broken strands"],
            ["250 h (T13) or 3 months, whichever comes first", "Change the engine oil and filter; replace the hydraulic return filter element"],
            [
                "1000 h or 12 months, whichever comes first",
                "Change the oil of the eccentric shaft housings; have the accumulator precharge checked (60 bar at "
                "20 °C)",
            ],
            ["2000 h", "Change the hydraulic oil; Kessring service inspection of the tamping units"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Replace a tine when its plate is worn to a width of less than 60 mm (new 75 mm), and at once when the plate "
        "is cracked or loose. Replace tines in pairs on opposite sides of a unit so that the squeeze stays even.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KSM-16", "KSM-32"],
            ["Tine for concrete sleepers, plate 75 mm", "KTM-TN-075C", "KTM-TN-075C"],
            ["Tine for timber sleepers, plate 75 mm, longer shank", "KTM-TN-075T", "KTM-TN-075T"],
            ["Tine clamp bolt M24 with wedge", "KTM-CB-24", "KTM-CB-24"],
            ["Rail clamping roller, lifting and lining unit", "KTM-RR-16", "KTM-RR-32"],
            ["Vibration motor", "KTM-VM-16", "KTM-VM-32"],
            ["Hydraulic return filter element", "KTM-HF-900", "KTM-HF-1200"],
            ["Chord wire 3 mm, reel of 30 m", "KTM-CW-30", "KTM-CW-30"],
        ],
        (90, 40, 40),
    ),
]


# ---------------------------------------------------------------- Weldmarren FBW mobile flash-butt welding heads
WELDMARREN = [
    (
        "title",
        "Weldmarren FBW Mobile Flash-Butt Rail Welding Heads\nOperating and Maintenance Manual - FBW-120 and FBW-150",
    ),
    (
        "p",
        "Document WMR-OM-FBW-07, Edition 2, November 2024. Weldmarren Rail Systems. The FBW-120 and FBW-150 are "
        "mobile flash-butt welding heads for welding rails in track and in the depot. The head hangs from the crane "
        "of its carrier (a road-rail vehicle or a welding wagon), clamps both rail ends, aligns them, flashes and "
        "forges them together and shears off the upset collar while the weld is still hot. Each head has an "
        "integrated rail puller for closure welds in continuous welded rail. The two models differ in upset force, "
        "clamping force, pulling force, transformer and the rails they weld; everything else is common. The "
        "generator, the crane and the carrier are covered by the carrier maker's manual. Weld acceptance "
        "(straightness, hardness, ultrasonic testing) is done to the infrastructure manager's rules by its "
        "inspector.",
    ),
    (
        "warn",
        "DANGER: Flashing throws molten metal up to 5 m. Keep everybody but the operator at least 5 m from the head "
        "during flashing and upset, and keep the operator's screen closed. The welding current reaches 65 kA: people "
        "with heart pacemakers must keep at least 10 m away.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FBW-120", "FBW-150"],
            ["Upset (forging) force, maximum", "1200 kN", "1500 kN"],
            ["Clamping force, maximum", "3000 kN", "3600 kN"],
            ["Pulling force of the integrated puller", "1000 kN", "1200 kN"],
            ["Pulling stroke", "150 mm", "200 mm"],
            ["Rail profiles", "49E1, 54E1, 60E1", "49E1, 54E1, 60E1, 60E2"],
            ["Rail grades", "R200, R260, R260Mn", "R200, R260, R260Mn, R350HT"],
            ["Welding transformer, 50 % duty", "150 kVA", "180 kVA"],
            ["Generator needed, 400 V 50 Hz, at least", "250 kVA", "300 kVA"],
            ["Secondary current, maximum", "55 kA", "65 kA"],
            ["Weld time, 60E1 R260, typical", "90-120 s", "75-100 s"],
            ["Rail consumption per weld (flashing and upset together)", "45 mm ±5 mm", "50 mm ±5 mm"],
            ["Upset stroke", "12 mm", "14 mm"],
            ["Hydraulic working pressure", "280 bar", "310 bar"],
            ["Cooling water flow, closed circuit", "25 L/min", "30 L/min"],
            ["Mass of the head", "3.2 t", "3.9 t"],
            ["Mass of the hose and cable package, 15 m", "0.4 t", "0.5 t"],
            ["Crane capacity needed at the working radius, at least", "4.5 t", "5.5 t"],
            ["Ambient temperature for welding", "-10 °C to +40 °C", "-10 °C to +40 °C"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The crane capacity is the mass of the head and of the hose and cable package times 1.25. The weld times "
        "and the rail consumption hold for rails at 0 °C or above, in the programmes of section 3. Below 0 °C rail "
        "temperature the programmes add a preheating phase and the weld time grows by up to 40 s. The FBW-120 has no "
        "programme for R350HT or 60E2 and must not be used on them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The operator must hold the Weldmarren operator certificate and the infrastructure manager's authority "
            "for flash-butt welding.",
            "Stand clear of the rails between the clamps and the puller while the puller is under load: a rail that "
            "slips can move by the full stroke.",
            "Cover cables, timber sleepers and dry vegetation within 3 m of the weld with the fire blankets "
            "supplied.",
            "Do not touch the electrodes, the rail or the upset collar with bare hands for at least 30 min after a "
            "weld; the collar falls off at over 1000 °C.",
            "Isolate the generator and lock the crane before working on the head.",
        ],
    ),
    ("h", "3. Welding programmes and limits"),
    (
        "cols",
        [
            ("h", "Programmes"),
            (
                "p",
                "P1 49E1 R200/R260; P2 54E1 R200/R260; P3 60E1 R200/R260/R260Mn; P4 60E1 R350HT (FBW-150 only); P5 "
                "60E2 R260 (FBW-150 only). Each programme sets the preflash, the flashing current curve, the upset "
                "speed, force and stroke and the hold time. Programmes are changed only by Weldmarren service; the "
                "operator selects them but cannot edit them.",
            ),
            ("h", "Rail end preparation"),
            (
                "p",
                "Cut the rail ends square with an abrasive saw; never weld a flame-cut end. No bolt hole may remain "
                "within 200 mm of the weld. Clean the electrode contact areas on both sides of the rail web, over "
                "300 mm from each end, to bright metal with a flap disc. Paint, rust, mill scale and grease under "
                "the electrodes cause arcing and burns.",
            ),
            ("h", "Alignment"),
            (
                "p",
                "Before the upset the vertical offset of the two running surfaces must be within 0.3 mm and the "
                "horizontal offset of the running edges within 0.5 mm, as shown on the alignment display. Set a "
                "peak of 0.5-1.0 mm over 1 m on the vertical alignment, so that the weld does not sag as it cools.",
            ),
            ("h", "Closure welds"),
            (
                "p",
                "For a closure weld in continuous welded rail, cut the rails so that the gap before welding equals "
                "the rail consumption of the model plus the extension for the stress-free temperature. Extension "
                "(mm) = 0.0115 x free length (m) x (stress-free temperature - rail temperature) (°C). The "
                "stress-free temperature and the free length are given by the infrastructure manager. Keep the "
                "puller under load for at least 5 min after the upset.",
            ),
            ("h", "After welding"),
            (
                "p",
                "The shear removes the upset collar to within 1 mm of the rail profile. Let the weld cool in air; "
                "never cool it with water. Traffic may pass over the weld once its rail head temperature is below "
                "350 °C, measured with a contact thermometer, unless the infrastructure manager sets a lower value. "
                "Finish-grind the weld cold. Welds in R350HT need a post-weld heat treatment with a separate "
                "induction unit, described in that unit's own manual, before traffic.",
            ),
            ("h", "Weld records"),
            (
                "p",
                "Every weld gets a record with the programme, the current, the flashing time, the upset force and "
                "stroke and the rail temperature. The head stores 5000 records; copy them to a USB stick at least "
                "once a week (W14 at 90 % full).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "W02",
                "Generator voltage low",
                "Voltage fell below 360 V during flashing; the weld is aborted. Check the generator size, its fuel "
                "and its speed governor. Cut out the weld and weld again.",
            ],
            [
                "W03",
                "Clamp pressure low",
                "Below 250 bar (FBW-120) or 280 bar (FBW-150). Check the oil level and the clamp cylinder seals.",
            ],
            [
                "W04",
                "Rail slipped in the clamps",
                "Clamp moved more than 2 mm on the rail during upset. Clean the contact areas; replace worn jaws.",
            ],
            [
                "W05",
                "Alignment out of limit",
                "Vertical offset above 0.3 mm or horizontal above 0.5 mm. Align again; check for bent rail ends.",
            ],
            [
                "W06",
                "No flashing",
                "Rail ends touched before flashing started: gap too small or ends not square. Cut the ends again.",
            ],
            [
                "W07",
                "Upset stroke short",
                "Upset below 12 mm (FBW-120) or 14 mm (FBW-150): rail too cold or flashing too short. The weld "
                "must be cut out.",
            ],
            ["W08", "Cooling water hot", "Above 45 °C at the return. Check the flow, the fan and the water level."],
            ["W09", "Cooling water flow low", "Below 20 L/min (FBW-120) or 25 L/min (FBW-150)."],
            ["W10", "Shear not home", "Shear blades not back in their start position. Clear the collar pieces."],
            ["W12", "Puller overload", "Pulling force at its maximum: rail still anchored, or the gap too large."],
            ["W13", "Programme not allowed", "Programme not available on this model (P4 and P5 on the FBW-120)."],
            ["W14", "Record memory 90 % full", "Copy the weld records to a USB stick."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Burn marks or small craters on the rail web under the electrodes",
                "Contact areas not cleaned to bright metal, or worn electrode jaws",
                "Have the marks assessed by the inspector; clean the contact areas; check the jaws",
            ],
            [
                "Weld aborts during flashing, carrier lights flicker",
                "Generator too small, short of fuel, or a long supply cable",
                "See W02; use a generator of at least the size in the technical data",
            ],
            [
                "Ragged lumps left on the rail after shearing",
                "Shear blades blunt or chipped, or the collar sheared too cold",
                "Turn or replace the shear blades (section 8)",
            ],
            [
                "Step at the running edge after the weld",
                "Bent rail ends, alignment done on dirty rail, or a rail slipped",
                "Check the ends with a 1 m straightedge before clamping; see W04",
            ],
            [
                "Weld sags after cooling",
                "No peak set before the upset",
                "Set a peak of 0.5-1.0 mm over 1 m (section 3)",
            ],
            [
                "Head swings while clamping",
                "Crane hook not vertical over the weld",
                "Slew the crane so that the hook is above the weld",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Making a weld"),
    (
        "ol",
        [
            "Check that the rail ends are cut square and cleaned (section 3) and that the rail temperature is shown "
            "on the display.",
            "Start the generator and let it run for 5 min; check for 400 V on the head display.",
            "Select the programme for the rail profile and grade.",
            "Lower the head over the rail ends with the crane so that the gap is at the centre mark of the head.",
            "Clamp the fixed side, then the moving side.",
            "Align the ends: check the values on the display and set the peak.",
            "For a closure weld, start the puller and pull to the required gap.",
            "Close the operator's screen and clear the 5 m zone.",
            "Press WELD and hold the two-hand control until the upset has ended and the shear has run.",
            "Wait for the hold time to end (display HOLD 0), then open the moving clamp, then the fixed clamp.",
            "Lift the head clear and remove the collar pieces from the cribs.",
            "Write the record number on the rail foot with a paint marker.",
        ],
    ),
    ("h", "7. Changing the electrode jaws"),
    (
        "ol",
        [
            "Isolate the generator, lock the crane and set the head on its stand.",
            "Let the jaws cool below 50 °C.",
            "Remove the four M20 cap screws of each jaw and lift the jaw out with the jaw lifting handle.",
            "Clean the jaw seats and the copper contact faces with a brass brush; never use a steel brush on the "
            "copper.",
            "Fit the jaw set for the rail profile; the profile is stamped on each jaw.",
            "Tighten the cap screws to 380 Nm in a cross pattern.",
            "Clamp a test piece of rail and check that the alignment display reads zero ±0.1 mm.",
            "Enter the jaw change under MENU > SERVICE > JAWS.",
        ],
    ),
    ("h", "8. Shear blades"),
    (
        "ol",
        [
            "Inspect the shear blades at the start of each shift.",
            "Turn or replace a blade with a chip longer than 3 mm or a cutting edge rounded by more than 1 mm.",
            "Each blade has two cutting edges: turn it once, then replace it.",
            "Tighten the blade screws to 210 Nm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every weld", "Remove spatter from the electrode jaws and the shear"],
            ["Daily", "Check the shear blades, the hoses and the cooling water level"],
            [
                "500 welds or 1 month, whichever comes first",
                "Clean the contact faces of the jaws; check the jaw screws at 380 Nm; grease the clamp slides",
            ],
            [
                "2500 welds or 12 months, whichever comes first",
                "Change the hydraulic return filter; change the cooling water (30 % antifreeze); check the "
                "transformer connections",
            ],
            ["10 000 welds", "Weldmarren service: transformer insulation test, upset cylinder and seals"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FBW-120", "FBW-150"],
            ["Electrode jaw set 49E1", "WMR-EJ-49-12", "WMR-EJ-49-15"],
            ["Electrode jaw set 54E1", "WMR-EJ-54-12", "WMR-EJ-54-15"],
            ["Electrode jaw set 60E1", "WMR-EJ-60-12", "WMR-EJ-60-15"],
            ["Electrode jaw set 60E2", "-", "WMR-EJ-60E2-15"],
            ["Shear blade (one)", "WMR-SB-12", "WMR-SB-15"],
            ["Jaw cap screws M20, set of 8", "WMR-CS-20", "WMR-CS-20"],
            ["Hydraulic return filter", "WMR-HF-12", "WMR-HF-15"],
            ["Fire blanket 2 x 2 m", "WMR-FB-22", "WMR-FB-22"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Vibrasted DTS-60 dynamic track stabiliser
VIBRASTED = [
    ("title", "Vibrasted DTS-60 Dynamic Track Stabiliser\nOperator's Manual"),
    (
        "p",
        "Document VBS-OM-DTS60-02, Edition 2, June 2025. Vibrasted Track Machines. The DTS-60 is a self-propelled "
        "machine that consolidates the ballast bed after tamping or track renewal. Two stabilising units between "
        "the bogies grip both rails with flanged wheels and clamping rollers and vibrate the track panel "
        "horizontally while hydraulic cylinders press it down. The track settles in a controlled way, as it "
        "otherwise would only under traffic, and its lateral resistance rises. The machine records the settlement "
        "and the cross level it leaves behind. Speed restrictions after the work, and whether stabilising allows "
        "them to be lifted earlier, are decided by the infrastructure manager, not by this manual.",
    ),
    (
        "warn",
        "WARNING: Never stand on the track within 3 m of the stabilising units while they vibrate: the rails move "
        "sideways, and loose ballast and fastening parts can be thrown. Keep the units raised and locked in "
        "transit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DTS-60"],
            ["Stabilising units", "2, each with 4 flanged wheels and 4 clamping rollers on the rail head"],
            ["Vibration frequency, settable", "0-45 Hz, working range 28-38 Hz"],
            ["Horizontal dynamic force per unit, at 35 Hz", "up to 160 kN"],
            ["Vertical static load per unit, settable", "0-180 kN"],
            ["Working speed", "0.5-2.5 km/h"],
            ["Settlement measurement (reference chord)", "0-40 mm, resolution 0.5 mm"],
            ["Controlled settlement per pass, setpoint", "2-15 mm"],
            ["Cross level measurement", "pendulum, ±200 mm, accuracy ±1 mm"],
            ["Diesel engine, EU Stage V", "345 kW at 2100 rpm"],
            ["Fuel tank", "1200 L"],
            ["Hydraulic oil HVLP 46", "650 L"],
            ["Exciter gear oil SAE 75W-90, per unit", "14 L"],
            ["Mass in working order", "58 t"],
            ["Axles / axle load", "4 / 14.5 t"],
            ["Maximum speed self-propelled / hauled in a train", "90 km/h / 100 km/h"],
            ["Smallest curve radius, working / transit", "150 m / 80 m"],
            ["Sound pressure level at 7 m from the track, vibrating at 35 Hz", "98 dB(A)"],
            ["Track gauge", "1435 mm"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The horizontal force and the settlement per pass hold for clean ballast of 31.5-50 mm grading laid at least "
        "250 mm deep under the sleepers and tamped in the same shift. In fouled ballast and on new formation the "
        "settlement per pass is larger and less even; set a smaller setpoint and make more passes.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work only inside a possession, with the protection the site sets up.",
            "Vibration is felt up to about 20 m from the track. Near bridges, tunnels, retaining walls, buildings "
            "and buried services, the frequency, the vertical load and the distance allowed are set by the site's "
            "structures engineer for each place; the machine does not store them.",
            "Never stabilise in switches and crossings, over level crossings or over insulated rail joints. Raise "
            "the units 10 m before them and lower them again 10 m after them.",
            "On continuous welded rail do not stabilise when the rail temperature is above 45 °C unless the track "
            "engineer has agreed it in writing.",
            "Wear hearing protection outside the cab while the units vibrate.",
        ],
    ),
    ("h", "3. Working settings"),
    (
        "cols",
        [
            ("h", "Frequency and speed"),
            (
                "p",
                "Work at 30-35 Hz. The working speed in km/h must not exceed the frequency in Hz divided by 14: "
                "2.5 km/h at 35 Hz, 2.1 km/h at 30 Hz and 2.0 km/h at 28 Hz, the lowest working frequency. Slower "
                "is allowed; faster leaves parts of the track with too few vibration cycles. The machine limits the "
                "speed by itself in CONTROLLED mode only.",
            ),
            ("h", "Controlled settlement"),
            (
                "p",
                "In CONTROLLED mode the machine adjusts the vertical load so that the track settles by the "
                "setpoint. Set 3-6 mm per pass after normal tamping. Never set more than 15 mm in one pass; make "
                "larger settlements in several passes. After a lift of more than 50 mm make at least two passes.",
            ),
            ("h", "Constant load mode"),
            (
                "p",
                "In CONSTANT mode the vertical load stays at the set value (default 120 kN per unit) and the "
                "settlement is only recorded. Use it on new ballast, where a setpoint cannot be reached, and for the "
                "first pass after track renewal.",
            ),
            ("h", "Cross level"),
            (
                "p",
                "The units control the load on each rail separately to keep the cross level. After the pass the "
                "cross level must not differ from the value left by the tamping machine by more than 2 mm; a larger "
                "change sets S08 and is marked in the record.",
            ),
            ("h", "Start and end of a section"),
            (
                "p",
                "The vertical load rises from zero over the first 10 m and falls to zero over the last 10 m, so "
                "that no step in level is left. The machine does this by itself when START and END are pressed. "
                "Never stop on the track with the units vibrating under load.",
            ),
            ("h", "Records"),
            (
                "p",
                "The record holds, every 0.5 m, the settlement, the cross level before and after, the frequency, "
                "the load and the rail temperature read by the sensor on the front unit. Hand the record to the "
                "site at the end of the shift.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "S02",
                "Exciter oil hot",
                "Above 95 °C in an exciter housing. Stop the vibration; check the oil level (14 L per unit) and the "
                "breather.",
            ],
            [
                "S03",
                "Unit not clamped",
                "Clamping rollers not under the rail head on one side. Check the roller gap and the clamping "
                "cylinder.",
            ],
            [
                "S04",
                "Frequency deviation",
                "Frequency more than 2 Hz from the setpoint for 5 s. Check the exciter motor and the oil "
                "temperature.",
            ],
            [
                "S06",
                "Setpoint not reached",
                "Vertical load at its maximum and settlement below the setpoint: ballast already consolidated. Go to "
                "CONSTANT mode.",
            ],
            ["S07", "Reference chord fault", "Chord trolley lifted or its signal lost. Lower the trolley, check the cable."],
            [
                "S08",
                "Cross level change",
                "Cross level changed by more than 2 mm in the pass. Check the load balance between the rails; tell "
                "the site.",
            ],
            ["S09", "Speed too high", "Speed above the frequency divided by 14 (km/h). Slow down."],
            ["S10", "Transit locks", "Travel switched to transit with a unit lock not engaged."],
            ["S11", "Hydraulic oil hot", "Above 85 °C. Clean the cooler; check the fan."],
            ["S12", "Service due", "250 h since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Settlement reading jumps, units bounce on the rail",
                "Clamping rollers worn, or the roller gap too large",
                "Check the roller diameter and the gap (section 7)",
            ],
            [
                "A unit will not clamp one rail",
                "Roller arm seized or clamping cylinder leaking",
                "Free and grease the roller arm; check the cylinder (S03)",
            ],
            [
                "Dip left in the track where the machine stopped",
                "Machine stopped with the units vibrating under load",
                "Always press END and let the load fall to zero over 10 m; have the dip tamped again",
            ],
            [
                "Loud knocking from a unit at some frequencies",
                "Loose exciter mounting bolts or a worn flanged wheel bearing",
                "Stop; check the exciter bolts (M20, 410 Nm) and the wheel bearings",
            ],
            [
                "Settlement uneven along the section",
                "Ballast fouled in places, or the speed changing",
                "Keep a steady speed; use CONSTANT mode",
            ],
            [
                "Rail clips found loose after the pass",
                "Clips already loose, or the frequency too high for the fastening",
                "Report it to the site; work at the low end of the range, 30 Hz",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Preparing for work"),
    (
        "ol",
        [
            "Stop at the start of the section at least 50 m behind the tamping machine.",
            "Switch the travel gear to work mode.",
            "Release the transit locks of both units and of the chord trolleys.",
            "Lower the chord trolleys and check that the settlement display reads 0.0 mm.",
            "Lower the stabilising units onto the rails; check that all flanged wheels sit on the rails.",
            "Close the clamping rollers; both CLAMP lamps must light.",
            "Select CONTROLLED or CONSTANT mode and enter the setpoint or the load.",
            "Set the frequency, 30-35 Hz.",
            "Press START; the load rises over the first 10 m.",
            "Drive at a steady speed, no faster than the frequency divided by 14 (km/h).",
            "At the end of the section press END and wait until the load has fallen to zero before stopping the "
            "vibration.",
        ],
    ),
    ("h", "7. Changing the clamping rollers"),
    (
        "ol",
        [
            "Raise the units, lower them onto their transit rests and engage the transit locks.",
            "Stop the engine and discharge the accumulator with the valve on the unit.",
            "Measure the roller diameter: replace rollers worn below 172 mm (new 180 mm), or with flats or cracks.",
            "Remove the circlip and the M24 axle nut and pull the roller off with the puller VBS-PT-24.",
            "Fit the new roller with new bearings; tighten the axle nut to 350 Nm and fit a new circlip.",
            "With the unit clamped on a rail, set the roller gap under the rail head to 2-4 mm with the shims on the "
            "roller arm.",
            "Grease the roller bearings until fresh grease shows.",
            "Replace the rollers on both sides of a unit together.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the exciter oil levels, the roller wear and the hoses; grease the roller arms"],
            ["50 h", "Check the exciter mounting bolts (410 Nm) and the flanged wheel bearings"],
            ["250 h (S12) or 3 months, whichever comes first", "Change the engine oil and filter and the hydraulic return filter"],
            ["500 h or 12 months, whichever comes first", "Change the exciter gear oil, 14 L per unit, SAE 75W-90"],
            ["2000 h", "Change the hydraulic oil; Vibrasted service of the exciters"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The exciter bearings and the unbalanced mass shafts are replaced only by Vibrasted service; never open an "
        "exciter on site.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Clamping roller with bearings", "VBS-CR-180"],
            ["Flanged wheel, stabilising unit", "VBS-FW-450"],
            ["Roller puller", "VBS-PT-24"],
            ["Exciter gear oil SAE 75W-90, 20 L", "VBS-GO-20"],
            ["Hydraulic return filter", "VBS-HF-650"],
            ["Chord trolley wheel", "VBS-CT-90"],
        ],
        (95, 75),
    ),
]


# ---------------------------------------------------------------- Ditchburn SX sleeper changing attachments
DITCHBURN = [
    ("title", "Ditchburn SX Sleeper Changing Attachments\nFitting, Operation and Maintenance - SX-14 and SX-25"),
    (
        "p",
        "Document DTB-IM-SX-03, Edition 1, January 2025. Ditchburn Attachments. The SX-14 and SX-25 are hydraulic "
        "sleeper changers for excavators and road-rail excavators. A telescopic arm with a gripping head pulls old "
        "sleepers out sideways from under the rails and pushes new ones in; a scarifier blade on the back of the "
        "head clears the sleeper bed. The head rotates endlessly and tilts ±30°. The SX-14 is for carriers of 12-16 "
        "t, the SX-25 for carriers of 20-28 t; apart from the values given for each model they are built alike. The "
        "carrier's stability, its load chart and its hydraulic settings are the carrier maker's business; the work "
        "method, the protection of the adjacent line and the clearance to the overhead line are the site's.",
    ),
    (
        "warn",
        "WARNING: Never stand within the slewing radius of the carrier or in line with the arm while a sleeper is "
        "pulled or pushed: a sleeper that breaks or slips from the grip can be thrown. Never swing a sleeper over "
        "people, over an open adjacent line or near a live overhead line.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-14", "SX-25"],
            ["Carrier operating mass", "12-16 t", "20-28 t"],
            ["Attachment mass", "780 kg", "1150 kg"],
            ["Heaviest sleeper, concrete", "300 kg", "420 kg"],
            ["Heaviest sleeper, timber", "120 kg", "160 kg"],
            ["Grip opening", "180-330 mm", "180-380 mm"],
            ["Grip force at full pressure, 210 bar (SX-14) or 250 bar (SX-25)", "28 kN", "42 kN"],
            ["Telescopic stroke (push and pull)", "2600 mm", "3000 mm"],
            ["Push and pull force", "35 kN", "55 kN"],
            ["Rotation, endless", "8 rpm", "7 rpm"],
            ["Tilt", "±30°", "±30°"],
            ["Maximum working pressure", "210 bar", "250 bar"],
            ["Oil flow needed in the tool circuit", "40-60 L/min", "60-90 L/min"],
            ["Back pressure in the return line, maximum", "5 bar", "5 bar"],
            ["Head bracket pins", "60 mm", "80 mm"],
            ["Scarifier blade width", "600 mm", "750 mm"],
            ["Supply for the SX-SV valve block and the control module", "12 V or 24 V DC, fuse 10 A", "12 V or 24 V DC, fuse 10 A"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The heaviest sleeper is the mass the grip holds safely with the sleeper gripped within 150 mm of its "
        "centre, on level ground. Steel sleepers and switch bearers are not covered by this manual; ask Ditchburn "
        "before handling them. The carrier must lift the attachment and the sleeper with a margin: required rated "
        "lift capacity of the carrier at the working radius (kg) = 1.25 x (attachment mass + heaviest sleeper). "
        "With concrete sleepers this gives 1350 kg for the SX-14 and 1963 kg for the SX-25. Read the rated lift "
        "capacity from the carrier's load chart at the radius you work at.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained on the carrier and instructed on the SX may use it.",
            "Where an adapter plate for a quick coupler is used, check that the coupler lock is engaged before "
            "every shift.",
            "Lift a sleeper only when it is gripped within 150 mm of its centre; never lift it by one end.",
            "Do not use the SX to lift rails, track panels or any load but one sleeper. Rails are lifted with a rail "
            "lifting beam, covered by its own manual.",
            "Do not slew with a sleeper raised more than 1 m above the ballast.",
            "Before pulling a sleeper, remove all its fastenings. Never remove two sleepers next to each other at the "
            "same time unless the site's method statement allows it.",
        ],
    ),
    ("h", "3. Hydraulic connection and settings"),
    (
        "cols",
        [
            ("h", "Carrier tool circuit"),
            (
                "p",
                "The SX needs a double-acting tool circuit for the telescope and the grip, and either a second "
                "circuit or the SX-SV solenoid valve block for rotation and tilt. Set the carrier's tool circuit "
                "relief to 210 bar (SX-14) or 250 bar (SX-25) and its flow to the range of the technical data. More "
                "flow makes the telescope too fast to control; less makes the grip slow.",
            ),
            ("h", "Return and drain"),
            (
                "p",
                "Connect the return to the carrier's low-pressure return straight to the tank, not through a valve. "
                "The back pressure in the return line must not exceed 5 bar; a higher back pressure lets the head "
                "creep round and damages the rotation motor shaft seal. The rotation motor drain line goes directly "
                "to the tank.",
            ),
            ("h", "Control module"),
            (
                "p",
                "The control module on the head drives the SX-SV valve block and shows faults as a code on its "
                "display, which can be read from the cab. It needs 12 V or 24 V DC from the carrier, fused at 10 A.",
            ),
            ("h", "Grip pressure"),
            (
                "p",
                "The grip holds its pressure through a pilot-operated check valve. For timber sleepers reduce the "
                "grip pressure to 120 bar with the pressure reducing valve on the head, on both models, so that the "
                "tines do not crush the timber. For concrete sleepers use full pressure.",
            ),
            ("h", "Tines and wear pads"),
            (
                "p",
                "The grip jaws carry four replaceable tines and two polyurethane wear pads. Replace a tine when it is "
                "worn by more than 10 mm in length or bent. Replace the wear pads when they are worn to 8 mm (new 20 "
                "mm).",
            ),
            ("h", "Pins and bushes"),
            (
                "p",
                "Replace the pins and bushes when the play at any pin exceeds 1.5 mm. Worn pins let the head knock at "
                "every change of direction and wear the bracket bores oval.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "C01",
                "Supply voltage low",
                "Below 10 V (12 V system) or 20 V (24 V system). Check the carrier's battery and the 10 A fuse.",
            ],
            ["C02", "Supply voltage high", "Above 16 V or 32 V. Check the carrier's charging system."],
            ["C03", "Rotation valve coil", "Open circuit or short circuit. Check the plug and the cable."],
            ["C04", "Tilt valve coil", "As C03, tilt valve."],
            [
                "C05",
                "Grip pressure low",
                "Grip pressure fell below 90 bar while gripping. Check the check valve and the grip cylinder seals.",
            ],
            [
                "C07",
                "Return pressure high",
                "Above 5 bar for 10 s. Check that the return goes straight to the tank.",
            ],
            [
                "C08",
                "Oil temperature high",
                "Above 80 °C in the head valve block. Check the carrier's oil cooler and the flow setting.",
            ],
            ["C09", "Module temperature", "Control module above 85 °C."],
            ["C10", "CAN communication lost", "Between the module and the cab joystick adapter. Check the connector."],
            ["C11", "Service due", "500 operating hours since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sleeper slips out of the grip when pulled",
                "Grip pressure low, tines worn, or the sleeper gripped far off its centre to lift",
                "Check the grip pressure; replace worn tines; grip within 150 mm of the centre",
            ],
            [
                "Head keeps turning slowly with the joystick released",
                "Back pressure in the return too high, or the rotation valve spool sticking",
                "Check the return connection (C07); clean the valve spool",
            ],
            [
                "Telescope jerky or too fast to control",
                "Flow above the range for the model",
                "Set the carrier's flow to 40-60 L/min (SX-14) or 60-90 L/min (SX-25)",
            ],
            [
                "Timber sleepers crushed or split by the tines",
                "Grip pressure too high for timber",
                "Reduce the grip pressure to 120 bar",
            ],
            [
                "Grip opens by itself under load",
                "Pilot-operated check valve leaking",
                "Replace the check valve cartridge",
            ],
            [
                "Head knocks when changing direction",
                "Pins or bushes worn",
                "Measure the play; replace pins and bushes above 1.5 mm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Fitting the attachment to the carrier"),
    (
        "ol",
        [
            "Park the carrier on firm level ground, set the attachment bracket on blocks and stop the engine.",
            "Relieve the pressure in the tool circuit by moving the joystick in all directions with the ignition on.",
            "Line up the carrier's dipper and link with the head bracket and fit the pins (60 mm SX-14, 80 mm SX-25) "
            "with their locking bolts.",
            "Connect the pressure, return and drain hoses with clean couplings; the drain goes directly to the "
            "tank.",
            "Connect the electrical plug of the SX-SV valve block and of the control module.",
            "Start the engine at idle and operate all functions slowly five times to bleed the air.",
            "Check the carrier's relief setting and flow for the model (section 3) with a test gauge on the test "
            "point M1 of the head.",
            "Check the back pressure at the test point M2 with the telescope moving: no more than 5 bar.",
            "Check all hoses for leaks and chafing at full rotation and full tilt.",
            "Grease all pins.",
        ],
    ),
    ("h", "7. Changing a sleeper"),
    (
        "ol",
        [
            "Check that the fastenings of the sleeper are removed and the rail pads are loose.",
            "Clear the ballast at the sleeper end on the side you pull to, down to the sleeper bottom, with the "
            "scarifier.",
            "Grip the sleeper end and pull it out under the rail in one steady movement along the sleeper axis.",
            "Set the old sleeper down, release it and grip it again within 150 mm of its centre to lift it to the "
            "stack.",
            "Scarify the sleeper bed: draw the blade across the bed two or three times until it is level.",
            "Grip the new sleeper within 150 mm of its centre, lay it on the ballast beside the track, then grip it "
            "at its end.",
            "Push the sleeper in under the rails, keeping it square to the rails; stop when its end stands as far "
            "from the rail as the ends of the neighbouring sleepers.",
            "Check the spacing to the neighbouring sleepers with a tape; correct it with short pushes of the "
            "scarifier blade against the sleeper side.",
            "Fit the rail pads and fastenings. The sleeper must then be tamped before traffic; tamping is not part "
            "of this manual.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Every 8 h",
                "Grease all pins, the telescope slides and the rotator bearing (12 points SX-14, 14 points SX-25)",
            ],
            ["Weekly", "Check the tines, the wear pads and the hoses; check the pins for play"],
            [
                "50 h after fitting, then every 250 h",
                "Check the rotator bolts: M16 at 250 Nm (SX-14), M20 at 480 Nm (SX-25)",
            ],
            [
                "500 h (C11) or 12 months, whichever comes first",
                "Change the return filter element of the head; check the check valve; Ditchburn inspection",
            ],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-14", "SX-25"],
            ["Grip tine (one)", "DTB-GT-14", "DTB-GT-25"],
            ["Wear pad, polyurethane", "DTB-WP-14", "DTB-WP-25"],
            ["Pilot-operated check valve cartridge", "DTB-CV-14", "DTB-CV-25"],
            ["Rotation motor shaft seal kit", "DTB-RS-14", "DTB-RS-25"],
            ["Scarifier blade", "DTB-SB-600", "DTB-SB-750"],
            ["Head bracket pin set", "DTB-PS-60", "DTB-PS-80"],
            ["Return filter element", "DTB-RF-14", "DTB-RF-25"],
            ["SX-SV solenoid valve block, 12/24 V", "DTB-SV-1224", "DTB-SV-1224"],
        ],
        (86, 42, 42),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kessring-ksm-ballast-tamping-machine.pdf", "Kessring KTM-OM-KSM-04 Ed 3 - KSM-16 / KSM-32", KESSRING),
        (
            "weldmarren-fbw-mobile-flash-butt-welding-head.pdf",
            "Weldmarren WMR-OM-FBW-07 Ed 2 - FBW-120 / FBW-150",
            WELDMARREN,
        ),
        ("vibrasted-dts-dynamic-track-stabiliser.pdf", "Vibrasted VBS-OM-DTS60-02 Ed 2 - DTS-60", VIBRASTED),
        ("ditchburn-sx-sleeper-changing-attachment.pdf", "Ditchburn DTB-IM-SX-03 Ed 1 - SX-14 / SX-25", DITCHBURN),
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
