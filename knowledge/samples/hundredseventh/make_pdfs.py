"""Generate the PDF manuals of the hundred-and-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set107-scratch/venv && /tmp/set107-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set107-scratch/venv/bin/python knowledge/samples/hundredseventh/make_pdfs.py

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




# ---------------------------------------------------------------- Impulvar IL linear induction launch systems
IMPULVAR = [
    ("title", "Impulvar IL Linear Induction Launch Systems\nOperation and Maintenance Manual - IL-28 and IL-36"),
    (
        "p",
        "Document IMP-OM-IL-03, Edition 2, March 2025. Impulvar Launch Systems. The IL-28 and IL-36 launch a roller "
        "coaster train from standstill with double-sided linear induction motors (LIMs): stator pairs fixed along the "
        "launch track, one stator on each side of an aluminium reaction fin fitted under every car. The IL-28 has 28 "
        "stator pairs, the IL-36 has 36. Apart from the values given for each model, the two systems are built alike. "
        "This manual covers the launch section, its inverter line-up and its controller. The train, its wheels and "
        "the fixing of the fins to the cars belong to the ride maker's manual; the ride control system, the block "
        "brakes and the station have their own manuals; the transformer and the medium-voltage supply are the site's.",
    ),
    (
        "warn",
        "WARNING: The stators carry up to 690 V and their field pulls steel tools into the fin slot. Never enter the "
        "launch track unless the launch is locked off at the inverter line-up main switch with your own padlock. "
        "Persons with pacemakers or other active implants must keep at least 2 m from a stator while the launch is "
        "energised.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IL-28", "IL-36"],
            ["Stator pairs (double-sided LIMs) along the launch track", "28", "36"],
            ["Stator pitch", "1.6 m", "1.6 m"],
            ["Length of the launch section", "44.8 m", "57.6 m"],
            ["Nominal launch speed, measured at the speed trap", "25.0 m/s (90 km/h)", "30.0 m/s (108 km/h)"],
            ["Time from standstill to nominal speed, fully loaded train", "3.2 s", "3.6 s"],
            ["Average acceleration, fully loaded train", "0.80 g", "0.85 g"],
            ["Maximum train mass with riders", "6000 kg (5 cars)", "8400 kg (7 cars)"],
            ["Reaction fin length per car", "4.8 m", "4.8 m"],
            ["Stator pairs covered by the fins of a whole train", "15", "21"],
            ["Rated thrust per stator pair", "4.0 kN", "4.0 kN"],
            ["Peak thrust with the whole train in the launch section", "60 kN", "84 kN"],
            ["Reaction fin, aluminium EN AW-6082 T6, nominal thickness", "10 mm", "12 mm"],
            ["Fin wear limit (smallest thickness measured)", "9.4 mm", "11.4 mm"],
            ["Air gap each side of the fin, nominal", "9 mm", "9 mm"],
            ["Stator slot width (fin plus two gaps)", "28 mm", "30 mm"],
            ["Inverter cabinets, one for every two stator pairs", "14", "18"],
            ["Supply to the inverter line-up", "690 V 3~ 50 Hz", "690 V 3~ 50 Hz"],
            ["Peak apparent power drawn during a launch", "3.3 MVA", "5.6 MVA"],
            ["Minimum launch interval at an ambient temperature up to 30 °C", "45 s", "60 s"],
            ["Cooling fans per stator pair", "2 x 0.37 kW", "2 x 0.55 kW"],
            ["Mass of one stator pair with its frame", "410 kg", "430 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The launch times and accelerations hold for a train at its maximum mass, on dry running rails, at an "
        "ambient temperature of 10-35 °C. A lighter train is launched to the same speed: the controller reduces the "
        "thrust by the mass it estimates over the first 2 m of travel, so an empty train does not launch faster. Sizing the transformer and the medium-voltage "
        "protection is the job of the site and its electrical designer and is not covered by this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the launch at the inverter line-up main switch (one padlock per person) before entering the "
            "launch track. Wait 5 min after switching off: the DC links of the inverters hold a dangerous charge "
            "until the discharge lamp on each cabinet has gone out.",
            "The launch does not decide whether a train may be launched: the ride control system gives the launch "
            "release (L12 when it is missing).",
            "Rider loading, rider height and mass limits, and the evacuation of riders are set out in the ride's "
            "operations manual.",
        ],
    ),
    ("h", "3. Launch limits and settings"),
    (
        "cols",
        [
            ("h", "Speed trap"),
            (
                "p",
                "Two light barriers 1.00 m apart at the end of the launch section time the first car. Launch speed "
                "(m/s) = 1.00 m / time between the barriers (s). The launch speed must be within ±0.5 m/s of the "
                "setpoint. Below it the controller shows L05, above it L06. After three L05 launches in a row the "
                "controller blocks further launches until a supervisor resets it with the key.",
            ),
            ("h", "Rollback"),
            (
                "p",
                "With the layout supplied, a train needs at least 23.5 m/s (IL-28) or 28.5 m/s (IL-36) at the speed "
                "trap to clear the top hat. A train that does not clear it rolls back into the launch section, where "
                "the stators brake it in reverse at no more than 0.6 g until the station brakes take over. The "
                "minimum speed for any other layout, or after any change to the track, is set by the ride designer, "
                "not by Impulvar.",
            ),
            ("h", "Air gap"),
            (
                "p",
                "The gap between the fin and each stator face is 9 mm nominal and must stay within ±2 mm. The left "
                "and right gaps at the same point must not differ by more than 3 mm. Measure at both ends of every "
                "stator pair (section 7). A gap under 7 mm is a risk of fin contact: do not launch.",
            ),
            ("h", "Fin condition"),
            (
                "p",
                "Each fin must be straight to within 1.5 mm over any 1 m of its length. Replace a fin segment when "
                "its thickness at any of the three measuring points has fallen to the wear limit (9.4 mm IL-28, "
                "11.4 mm IL-36), or when it shows a crack of any length.",
            ),
            ("h", "Thermal limits"),
            (
                "p",
                "Each stator has a PT100 sensor in its winding. The controller warns at 130 °C (L07) and blocks "
                "launches at 150 °C (L08) until every stator is below 110 °C. The minimum launch interval is 45 s "
                "(IL-28) or 60 s (IL-36) at an ambient temperature up to 30 °C. Add 15 s for every 5 °C above "
                "30 °C. Above 40 °C ambient no launches with riders are allowed.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "L01",
                "Emergency stop",
                "An emergency stop of the launch or of the ride is pressed. Release it and reset at the launch panel, "
                "then at the ride console.",
            ],
            [
                "L02",
                "Inverter fault",
                "Cabinet number shown. Reset once; if it trips again, call the maintenance team.",
            ],
            [
                "L03",
                "Position sensors disagree",
                "Two neighbouring train position sensors disagree by more than one stator. Clean the sensors at the "
                "pair shown; check the sensing gap of 6 mm ±1 mm.",
            ],
            ["L04", "Train not in position", "No fin detected at the start position. Position the train."],
            ["L05", "Launch speed low", "More than 0.5 m/s below the setpoint at the speed trap. See section 5."],
            [
                "L06",
                "Launch speed high",
                "More than 0.5 m/s above the setpoint: mass estimate wrong or speed trap faulty.",
            ],
            [
                "L07",
                "Stator temperature warning",
                "A stator above 130 °C. Lengthen the launch interval; check the fans and the filters.",
            ],
            [
                "L08",
                "Stator temperature trip",
                "A stator above 150 °C. Launches blocked until all stators are below 110 °C.",
            ],
            ["L10", "Cooling fan failure", "Fan current outside its range; stator pair number shown."],
            [
                "L11",
                "DC link undervoltage",
                "Supply dip while charging or launching. Have the supply checked by the site's electrician.",
            ],
            [
                "L12",
                "No launch release",
                "The ride control system has not given the release: zone ahead not clear, restraints, wind.",
            ],
            [
                "L13",
                "Earth fault",
                "Insulation fault in a stator or its cable. Lock off and call Impulvar service.",
            ],
            ["L14", "Service due", "100 000 launches or 12 months since the last Impulvar service. Launch still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Launch speed drops a little more every hour on hot days",
                "Stators running hot: clogged fan filters, a fan stopped, or launches closer together than the "
                "interval allows",
                "Clean the filter mats, look for L10, lengthen the interval as set out in section 3",
            ],
            [
                "Loud scraping or hissing as the train passes one stator, bright marks on a fin",
                "Fin touching the stator: gap too small, fin bent or stator frame moved",
                "Stop launching; measure the air gap and the fin straightness at that stator",
            ],
            [
                "Launch speed varies by more than 1 m/s from one launch to the next",
                "Speed trap barriers dirty or misaligned, or a train wheel dragging",
                "Clean and align the barriers; have the train wheels checked by the ride maintenance team",
            ],
            [
                "First launch of a cold morning is slow, later ones are fine",
                "Train wheel bearings and polyurethane tyres stiff when cold",
                "Below 10 °C ambient run at least 5 empty launches before riders board",
            ],
            [
                "L03 comes back again and again at the same stator pair",
                "Sensor face dirty with fin dust, or sensing gap too large",
                "Clean the sensor; set the gap to 6 mm ±1 mm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily launch checks"),
    (
        "ol",
        [
            "Walk the launch track with the launch locked off. Check that nothing lies in the stator slots and that "
            "all stator covers are closed.",
            "Look along every fin of the train in the station: no bends, cracks or loose fixing bolts.",
            "Check that the fan inlet filters show no more than light dust.",
            "Remove your padlock, switch on the inverter line-up and wait for READY (about 90 s while the DC links "
            "charge).",
            "Launch the empty train twice. Both speeds shown must be within ±0.5 m/s of the setpoint.",
            "Load the train with the test weights to its maximum mass and launch it once. Note the speed.",
            "Compare the loaded speed with the empty speeds: a difference of more than 0.3 m/s calls for a check of "
            "the mass estimate by the maintenance team.",
            "Sign the daily check sheet. Below 10 °C ambient add the warm-up launches of section 5.",
        ],
    ),
    ("h", "7. Measuring the air gap"),
    (
        "ol",
        [
            "Lock off the launch at the inverter line-up main switch and wait until the discharge lamps are out.",
            "Move the train out of the launch section so that the stator slots are empty.",
            "Remove the stator covers of the pair to be measured.",
            "Insert the fin gauge IMP-FG-10 (IL-28) or IMP-FG-12 (IL-36) into the slot at one end of the stator pair; "
            "the gauge stands in for a nominal fin.",
            "Measure the gap between the gauge and each stator face with a feeler wedge. Note left and right.",
            "Repeat at the other end of the stator pair.",
            "Each gap must be 9 mm ±2 mm, and left and right may differ by no more than 3 mm.",
            "If not, loosen the four frame bolts of that stator and set it with the 0.5 mm and 1.0 mm shims of kit "
            "IMP-SK-1; never put more than 4 mm of shims under one bolt.",
            "Tighten the frame bolts to the torque given on the ride's track fixing drawing and measure again.",
            "Refit the covers, remove the gauge and record the gaps in the launch log.",
        ],
    ),
    ("h", "8. Checking the reaction fins"),
    (
        "ol",
        [
            "With the train in the station and the launch locked off, clean both sides of the fin of the car to be "
            "checked.",
            "Mark three measuring points on each fin: 0.3 m from each end and at the middle.",
            "Measure the thickness at each point with a micrometer.",
            "Replace the fin segment when any reading is at or below 9.4 mm (IL-28) or 11.4 mm (IL-36).",
            "Hold a 1 m straight edge against each side of the fin at the three points; the gap under the straight "
            "edge must not exceed 1.5 mm.",
            "Check the torque marks on the bolts fixing the fin to the car. The fixing and its torques are in the "
            "ride maker's manual.",
            "Record the readings for each car in the launch log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily launch checks (section 6)"],
            ["Weekly, or daily in dusty or pollen-heavy weeks", "Shake or vacuum the filter mats IMP-FM-1; replace torn or oily mats"],
            ["Monthly", "Check the fins of every car (section 8); clean the position sensors and the speed trap"],
            ["Every 3 months", "Measure the air gap at every stator pair (section 7)"],
            ["Every 6 months", "Check the torque marks of all stator frame bolts and the cable glands of the stators"],
            [
                "12 months or 100 000 launches, whichever comes first",
                "Impulvar service (L14): insulation resistance of each stator at 1000 V DC, at least 20 megohms; "
                "inverter inspection; software check",
            ],
            [
                "Yearly",
                "Inspection of the ride by the independent inspector appointed by the site; have the launch log and "
                "the daily check sheets ready",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "IL-28", "IL-36"],
            ["Stator pair, complete with frame", "IMP-ST-28", "IMP-ST-36"],
            ["Reaction fin segment 4.8 m", "IMP-RF-10", "IMP-RF-12"],
            ["Fin gauge", "IMP-FG-10", "IMP-FG-12"],
            ["Cooling fan", "IMP-CF-37", "IMP-CF-55"],
            ["Filter mat (one per stator pair)", "IMP-FM-1", "IMP-FM-1"],
            ["Shim kit, 0.5 mm and 1.0 mm", "IMP-SK-1", "IMP-SK-1"],
            ["Speed trap light barrier pair", "IMP-LB-2", "IMP-LB-2"],
            ["Train position sensor", "IMP-PS-6", "IMP-PS-6"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Stator pairs are exchanged complete by Impulvar service; windings and PT100 sensors are not repaired on "
        "site.",
    ),
]


# ---------------------------------------------------------------- Rotavenna Sirocco SR-24 spinning tilt ride
ROTAVENNA = [
    ("title", "Rotavenna Sirocco SR-24 Spinning Tilt Ride\nOperation and Maintenance Manual - Wheel Drive and Hydraulic Tilt"),
    (
        "p",
        "Document RTV-OM-SR24-04, Edition 4, November 2024. Rotavenna Ride Engineering. The Sirocco SR-24 is a "
        "spinning flat ride: a wheel of 12 m diameter carrying 12 two-seat gondolas turns on a slewing ring at the end "
        "of a boom, and two hydraulic cylinders raise the boom with the turning wheel from horizontal to a tilt of up "
        "to 60°. This manual covers the wheel drive, the hydraulic tilt and their controls. The gondola restraints "
        "have their own manual (RTV-OM-RS-02). Rider height and mass limits, the loading of riders and the evacuation "
        "plan are in the ride's operations manual; the foundation, the fence and the platform are the site's.",
    ),
    (
        "warn",
        "WARNING: Never go under the raised boom unless it rests on the mechanical boom prop locked in place. The "
        "counterbalance valves hold the boom, but a hose or a fitting can fail.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SR-24"],
            ["Riders", "24 (12 gondolas with 2 seats)"],
            ["Wheel diameter at the seat centres", "12.0 m"],
            ["Wheel speed, maximum", "11.0 rpm"],
            ["Seat speed at the maximum wheel speed", "6.9 m/s"],
            ["Radial acceleration at the seats at the maximum wheel speed", "0.81 g"],
            ["Tilt range of the boom", "0° to 60°"],
            ["Tilt time from 0° to 60°, raising / lowering, oil at 30-60 °C", "20 s / 25 s"],
            ["Tilt cylinders, double-acting (bore x rod x stroke)", "2 x 200 x 140 x 2400 mm"],
            ["Working pressure when raising the fully loaded wheel", "180 bar"],
            ["Main relief valve", "210 bar"],
            ["Counterbalance valves on the cylinders, setting and pilot ratio", "250 bar, 3:1"],
            ["Hydraulic pumps", "2 x 37 kW, 400 V"],
            ["Hydraulic oil (for ambient temperatures of 5-35 °C)", "HLP 46, tank 600 L"],
            ["Emergency lowering accumulators (bladder type)", "2 x 50 L, nitrogen precharge 90 bar"],
            ["Wheel drive", "4 x 22 kW geared motors with inverters and spring-applied brakes"],
            ["Slewing ring bolts", "48 x M24, grade 10.9, 900 Nm"],
            ["Ride cycle, programmes 1 to 4", "120-150 s"],
            ["Supply", "400 V 3~ 50 Hz, 250 A"],
            ["Mass of the ride without ballast", "68 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The tilt times hold with the oil between 30 °C and 60 °C and the wheel fully loaded; with colder oil the tilt "
        "is slower, and it is blocked below 10 °C (T05). The radial acceleration grows with the square of the wheel "
        "speed: at 8 rpm it is (8/11)² x 0.81 g = 0.43 g. The oil HLP 46 is for ambient temperatures of 5-35 °C; for "
        "a ride operated outside this range ask Rotavenna for the oil.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run a cycle only with the fence gates closed and nobody under the boom or inside the swing area.",
            "Read the wind speed on the anemometer display before each cycle.",
            "Load the gondolas evenly: the number of riders in the two halves of the wheel must not differ by more "
            "than 4.",
            "The wheel is never stopped with the boom above 15°: the controller lowers the boom first. Only an "
            "emergency stop brakes the wheel with the boom raised.",
            "Lock off the main switch and the hydraulic power unit, let the accumulators discharge through the "
            "discharge valve and fit the boom prop before working under the boom or on the hydraulics.",
            "Oil at 60 °C burns. A pinhole leak at 180 bar can inject oil under the skin: never feel for leaks with "
            "your hand.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Sequence"),
            (
                "p",
                "START turns the wheel up to 6 rpm, raises the boom to the programme's tilt and then brings the "
                "wheel to the programme speed. At the end the wheel slows to 6 rpm, the boom lowers to 0° and only "
                "then does the wheel stop. The wheel slows at no more than 1.5 rpm per second.",
            ),
            ("h", "Wind"),
            (
                "p",
                "Do not start a cycle when the mean wind exceeds 12 m/s. The controller lowers the boom and ends "
                "the cycle when a gust reaches 16 m/s (T09). Above 20 m/s stow the ride: boom down, wheel braked, "
                "gondolas closed.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Working range 30-60 °C. The 3 kW tank heater switches on below 15 °C, and the tilt is blocked "
                "below 10 °C (T05). Warning at 65 °C (T06); at 70 °C the controller finishes the cycle and blocks "
                "the next start (T07). The oil cooler fan starts at 50 °C.",
            ),
            ("h", "Holding the tilt"),
            (
                "p",
                "Raise the boom to 60°, stop the pumps and wait 10 min with the oil at 40-50 °C: a sink of 1° in "
                "10 min is the most allowed. A faster sink points to a counterbalance valve or a cylinder seal.",
            ),
            ("h", "Accumulators"),
            (
                "p",
                "The two accumulators lower the boom from 60° to 0° in no more than 90 s without power. Their "
                "precharge is 90 bar of nitrogen and must be within ±5 bar, measured at 20 °C with the oil side "
                "emptied. Correct a reading taken at another temperature by 0.3 bar per °C. Precharge with dry "
                "nitrogen only, never with air or oxygen.",
            ),
            ("h", "Slewing ring bolts"),
            (
                "p",
                "48 x M24 tightened to 900 Nm. Every 3 months check 5 bolts spread around the ring at 90 % of the "
                "torque (810 Nm). If any bolt turns, check all 48 at 900 Nm and replace every bolt that turned; a "
                "bolt that was found loose is never used again.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "Pressed or its circuit open. Release it and press RESET."],
            ["T02", "Fence gate open", "A fence gate opened during the cycle or was not closed at START."],
            [
                "T03",
                "Restraint not locked",
                "The restraint system reports a gondola unlocked; see the restraint manual RTV-OM-RS-02.",
            ],
            ["T04", "Drive inverter fault", "Inverter number shown. Reset once; if it comes back, call maintenance."],
            [
                "T05",
                "Oil too cold for the tilt",
                "Oil below 10 °C. Wait for the heater; programme 0 (wheel only, no tilt) may be run.",
            ],
            ["T06", "Oil temperature warning", "Oil at 65 °C. Check the cooler fan and the cooler fins."],
            [
                "T07",
                "Oil overtemperature",
                "Oil at 70 °C. The cycle is finished and the next start is blocked until the oil is below 60 °C.",
            ],
            [
                "T09",
                "Wind",
                "Gust of 16 m/s or more; boom lowered. Restart only when the mean wind has stayed below 12 m/s for "
                "10 min.",
            ],
            [
                "T10",
                "Tilt sensors disagree",
                "The two tilt angle sensors differ by more than 2°. Check them; lower with the accumulators if needed.",
            ],
            [
                "T11",
                "Return filter clogged",
                "Differential pressure switch at 2.5 bar. Change the element (section 8).",
            ],
            ["T12", "Oil level low", "Tank level below minimum. Look for the leak before topping up."],
            [
                "T13",
                "Accumulator pressure low",
                "Below 150 bar on the oil side at rest after charging. Check the precharge (section 7).",
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
                "Boom sinks slowly when it is left raised",
                "Counterbalance valve dirty or leaking, or a cylinder piston seal passing",
                "Test the holding (section 3); clean or replace the counterbalance valve; have the seals checked",
            ],
            [
                "Tilt will not start on cold mornings although the wheel turns",
                "Oil below 10 °C (T05): heater switched off or its thermostat faulty",
                "Switch the heater on 1 h before opening; check the 3 kW heater element",
            ],
            [
                "Oil temperature warning on hot afternoons",
                "Cooler fins blocked with leaves or dust, cooler fan not running",
                "Clean the fins with low-pressure air; check that the fan starts at 50 °C",
            ],
            [
                "Wheel shakes at speed, mostly with few riders",
                "Riders loaded unevenly, or slewing ring bolts loose",
                "Spread the riders (no more than 4 difference between halves); check the bolts",
            ],
            [
                "Boom rises in jerks, pumps noisy",
                "Air in the oil: low level or a suction leak",
                "Check the oil level; tighten the suction line clamps; bleed the cylinders",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Walk round the ride: nothing in the swing area, the fence and its gates intact.",
            "With the boom down, check the oil level in the tank sight glass: between MIN and MAX.",
            "Switch on the main switch and the hydraulic power unit; the heater runs if the oil needs it.",
            "Check the oil temperature display: at least 10 °C before the first tilt, 30 °C for full tilt times.",
            "Check the accumulator pressure on the display: at least 150 bar after charging.",
            "Check the wind display: mean wind below 12 m/s.",
            "Run one empty cycle with programme 1 and watch the boom and the wheel through the whole cycle.",
            "Test each emergency stop button once during the empty cycle, with the boom below 15°.",
            "Check the restraints as set out in the restraint manual.",
            "Sign the daily log.",
        ],
    ),
    ("h", "7. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Lower the boom to 0° and stop the pumps.",
            "Lock off the main switch.",
            "Open the accumulator discharge valve and let the oil side empty to the tank until the oil gauge shows "
            "0 bar.",
            "Let the accumulators come to about 20 °C, or correct the reading by 0.3 bar per °C (warmer reads "
            "higher).",
            "Remove the cap of the gas valve and fit the charging and gauging unit RTV-CG-1.",
            "Read the nitrogen pressure: it must be 90 bar ±5 bar.",
            "Below 85 bar, fill with dry nitrogen from a cylinder through a pressure reducer up to 90 bar. Above "
            "95 bar, let nitrogen out through the bleed screw of the unit.",
            "Remove the unit, check the gas valve with leak spray and refit the cap.",
            "Close the discharge valve and record the pressure in the hydraulic log.",
        ],
    ),
    ("h", "8. Changing the return filter element"),
    (
        "ol",
        [
            "Lower the boom to 0°, stop the pumps and lock off.",
            "Open the discharge valve so that no pressure is left in the return line.",
            "Unscrew the filter bowl cover on the tank lid.",
            "Take out the 10 µm element and look at it: bright metal particles call for a check of the pumps.",
            "Fit a new element RTV-RF-10 with a new O-ring, lightly oiled.",
            "Refit the cover hand-tight plus a quarter turn.",
            "Close the discharge valve, start the pumps and check for leaks; T11 clears.",
        ],
    ),
    ("h", "9. Lowering the boom without power"),
    (
        "ol",
        [
            "Press an emergency stop; the riders stay seated with their restraints locked.",
            "Wait until the wheel has stopped and its brakes hold.",
            "Open the cover of the emergency lowering block at the foot of the boom (key held by the ride "
            "supervisor).",
            "Turn the selector to ACCUMULATOR.",
            "Open the lowering valve slowly with its handwheel; the boom must not come down faster than 1° per "
            "second.",
            "If the boom stops before 0°, work the hand pump on the block: it gives the pilot pressure that opens "
            "the counterbalance valves.",
            "At 0° close the valve and turn the selector back to NORMAL.",
            "Unload the riders as set out in the evacuation plan of the ride's operations manual.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily start-up (section 6)"],
            ["Weekly", "Clean the oil cooler fins; check the hoses for chafing and leaks; grease the boom pivots"],
            ["Monthly", "Grease the slewing ring through its 8 nipples while the wheel turns slowly"],
            ["Every 3 months", "Check 5 slewing ring bolts at 810 Nm (section 3)"],
            ["Every 6 months", "Check the accumulator precharge (section 7)"],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the return filter element (section 8); send an oil sample to the laboratory and change the "
                "oil when the sample fails",
            ],
            [
                "Yearly",
                "Rotavenna inspection; crack testing of the boom pivot and the cylinder brackets by an inspector; "
                "ride inspection by the independent inspector",
            ],
            ["Every 6 years", "Replace all hydraulic hoses"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element 10 µm with O-ring", "RTV-RF-10"],
            ["Counterbalance valve with cartridge", "RTV-CB-250"],
            ["Tilt cylinder seal kit", "RTV-SK-200"],
            ["Accumulator bladder 50 L", "RTV-AB-50"],
            ["Charging and gauging unit", "RTV-CG-1"],
            ["Slewing ring bolt M24 x 180 with nut and washers", "RTV-SB-24"],
            ["Tilt angle sensor", "RTV-AS-2"],
            ["Tank heater element 3 kW", "RTV-HE-3"],
            ["Drive brake friction disc", "RTV-BD-22"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The slewing ring is exchanged only by Rotavenna: the wheel has to be lifted off by crane, and the work is not "
        "described in this manual. Tilt cylinder seal kits are fitted by Rotavenna service or by a hydraulic workshop "
        "that Rotavenna has approved.",
    ),
]


# ---------------------------------------------------------------- Sektorwal RCS ride control systems
SEKTORWAL = [
    ("title", "Sektorwal RCS Ride Control Systems with Block Zones\nOperation and Maintenance Manual - RCS-6 and RCS-9"),
    (
        "p",
        "Document SKW-OM-RCS-07, Edition 1, February 2025. Sektorwal Ride Controls. The RCS-6 and RCS-9 are safety "
        "controllers for roller coasters that run more than one train. They divide the circuit into block zones (6 "
        "or 9) and let a train into a zone only when the zone is clear and the brake at its end is proven closed. "
        "Each system is built on a safety PLC with two channels that check each other. Apart from the number of "
        "zones and the values given for each model, the two systems are alike. The layout, the number of trains and "
        "the brake positions are set by the ride designer and loaded into the RCS at commissioning. The block brakes, "
        "the restraints, the lift or launch drives and the station gates have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never bridge a block sensor, a brake position switch or a restraint signal, not even for a test. "
        "MAINTENANCE mode with the key switch is the only allowed way to move trains with the block logic relaxed, "
        "and only without riders.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RCS-6", "RCS-9"],
            ["Block zones", "6", "9"],
            ["Trains in operation, at most (zones minus one)", "5", "8"],
            ["Safety PLC", "2 channels, SIL 3 / PL e", "2 channels, SIL 3 / PL e"],
            ["Safety inputs (block sensors, brake switches, restraint and gate signals)", "48", "72"],
            ["Safety outputs (brake valves, drive enables)", "24", "36"],
            ["Logic cycle time of the safety PLC", "10 ms", "12 ms"],
            ["Response time from block sensor to brake valve de-energised", "40 ms", "45 ms"],
            ["Operator consoles", "1 (station)", "2 (station and transfer)"],
            ["Emergency stop circuits", "4", "6"],
            ["UPS backup of the controller and the brake valves", "30 min", "45 min"],
            ["Event log", "100 000 events", "250 000 events"],
            ["Supply", "230 V 1~ 50 Hz, 16 A", "230 V 1~ 50 Hz, 16 A"],
            ["Control voltage", "24 V DC", "24 V DC"],
            ["Cabinet (width x height x depth)", "1200 x 2000 x 600 mm", "1600 x 2000 x 600 mm"],
            ["Ambient temperature at the cabinet", "5-40 °C", "5-40 °C"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The response times hold for the brake valves supplied with the system and for cables of up to 250 m from "
        "the cabinet to the valve island. The brake adds its own closing time (section 3). The stopping distance of "
        "a train in a block brake depends on the brake and on the ride design and is not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained ride operators may dispatch trains; only trained maintenance staff hold the maintenance "
            "key.",
            "Before any work on the track, bring all trains to the station or to storage, switch the RCS to "
            "MAINTENANCE, lock off the drives and the air supply to the brakes, and hang your padlock on the lock box.",
            "The brakes close on loss of air or power (spring-applied). A loss of air stops every train at its next "
            "brake.",
            "After any change to sensors, wiring, brakes or software, the block verification test (section 7) must be "
            "passed before riders are carried. A software change also needs the site's approval and, where national "
            "rules ask for it, the inspector's.",
            "The UPS keeps the controller and the brake valves working so that trains can be brought into the "
            "station after a power loss; it does not run the lift or the launch.",
        ],
    ),
    ("h", "3. Block logic and settings"),
    (
        "cols",
        [
            ("h", "Zone clear"),
            (
                "p",
                "A zone is clear when the last train that entered it has passed both exit sensors of the zone in the "
                "right order and the brake at the zone's end is proven closed again. The two exit sensors of a zone "
                "are 1.5 m apart; both must see the train.",
            ),
            ("h", "Entering a zone"),
            (
                "p",
                "A train may leave its brake only when the zone ahead is clear. If it is not, the brake stays closed "
                "and the train waits. A train that waits more than 60 s in a brake other than the station's gives "
                "S07 at the console; this is normal when trains stack, not a fault.",
            ),
            ("h", "Brake timing and air"),
            (
                "p",
                "Each block brake must be proven closed within 0.5 s of its valve de-energising and proven open "
                "within 1.0 s of its valve energising; a longer time gives S05 (closed) or S06 (open). The brakes "
                "open only with at least 4.5 bar at the valve island. The RCS warns below 5.5 bar (S09) and stops "
                "the ride below 5.0 bar. Supply the valve island with 6.0-8.0 bar.",
            ),
            ("h", "Transit times"),
            (
                "p",
                "At commissioning each zone gets its expected transit time. A train that takes more than 150 % of it "
                "is overdue (S03); one that takes less than 70 % of it is too fast (S04). Both stop the ride. Transit "
                "times are learned again only by Sektorwal, after a change to the track or the trains.",
            ),
            ("h", "Dispatch"),
            (
                "p",
                "The dispatch lamp in the station lights only when all restraints of the train are locked, the "
                "station gates are closed and locked, the zone ahead is clear and the dispatch interval has passed. "
                "The dispatch interval is set at commissioning from the ride designer's cycle.",
            ),
            ("h", "Block sensors"),
            (
                "p",
                "Block sensors are inductive, M30, with a sensing distance of 10 mm. The steel flag on the train must "
                "pass at 5 mm ±1 mm from the sensor face. The sensor page of the console shows each sensor's count "
                "of passes for every train.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "S01",
                "Emergency stop",
                "Circuit number shown. Release it and reset at the console; the RCS restarts in MANUAL.",
            ],
            [
                "S02",
                "Channel disagreement",
                "The two PLC channels read an input differently for more than 50 ms. Input shown; check the sensor "
                "and its cable. Reset with the maintenance key only.",
            ],
            [
                "S03",
                "Train overdue",
                "A train took more than 150 % of the zone's transit time. Find it on the overview; it may have "
                "stalled.",
            ],
            ["S04", "Train too fast", "Less than 70 % of the transit time. Check the brake before that zone."],
            ["S05", "Brake not closed", "Brake not proven closed within 0.5 s. Zone shown."],
            ["S06", "Brake not open", "Brake not proven open within 1.0 s: air pressure, valve or switch."],
            ["S07", "Train waiting", "More than 60 s in a block brake. Information only."],
            [
                "S08",
                "Restraint not locked",
                "A restraint of the train in the station reports unlocked; see the restraint manual.",
            ],
            ["S09", "Air pressure low", "Below 5.5 bar at the valve island. Check the compressor and the dryer."],
            ["S11", "Station gates open", "Station gates not closed and locked."],
            [
                "S12",
                "UPS on battery",
                "Mains power lost. Bring the trains into the station while the UPS lasts (30 min RCS-6, 45 min "
                "RCS-9).",
            ],
            [
                "S13",
                "Sensor count mismatch",
                "A sensor counted a different number of passes from its neighbour: dirt, a loose flag or a failing "
                "sensor.",
            ],
            ["S14", "Service due", "12 months since the last Sektorwal proof test."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ride stops with a train held in a block brake although the zone ahead is empty",
                "Brake at the end of the zone ahead not proving closed (S05), or an exit sensor missed the last train",
                "Check that brake's position switch and the flag gap of the exit sensors (5 mm ±1 mm)",
            ],
            [
                "Dispatch lamp stays dark in the station",
                "A restraint not locked, a gate open, the zone ahead not clear or the interval not passed",
                "Read the dispatch page of the console: it shows which condition is missing",
            ],
            [
                "Random stops in rain or after the track has been washed",
                "Water in a sensor connector, giving S02 or S13",
                "Dry and reseal the connector; fit the sensor caps SKW-SC-30",
            ],
            [
                "Trains stop on the brake run before the station every cycle",
                "Station work takes longer than the designed cycle, so the station zone is not clear in time",
                "Not a fault; run fewer trains or shorten the station time",
            ],
            [
                "Brakes slow to open on cold mornings, S06 now and then",
                "Water frozen in the air lines, or the dryer not working",
                "Drain the filters, check the dryer; keep the valve island heater on",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the ride for the day"),
    (
        "ol",
        [
            "Switch on the cabinet main switch; the RCS starts in MANUAL after its self-test (about 2 min).",
            "Check the air pressure at the valve island: 6.0-8.0 bar.",
            "Release all emergency stops and reset S01; no other message may be active.",
            "Bring every train to its home position (station or a block brake) in MANUAL.",
            "Select AUTO with the operator key. The RCS compares the train positions with its memory; confirm them "
            "on the console.",
            "Run the block verification test (section 7).",
            "Run at least two empty cycles with all trains.",
            "Sign the daily log. Riders may board only after this.",
        ],
    ),
    ("h", "7. Block verification test"),
    (
        "ol",
        [
            "Stop all trains in their home positions with the ride in AUTO and no riders.",
            "Select TEST on the console with the maintenance key; the RCS leads the test zone by zone.",
            "For each zone, the RCS releases one train into the zone and holds the train behind it.",
            "Check on the console that the train behind stays held while the zone is occupied: its brake must not "
            "open.",
            "Check the exit sensor counts of the zone: both sensors must have counted the train.",
            "When the RCS closes the brake at the end of the empty zone, check the closing time shown: no more than "
            "0.5 s.",
            "Repeat for every zone: 6 on the RCS-6, 9 on the RCS-9.",
            "Press one emergency stop during the test: every brake must close and every drive stop.",
            "Save or print the test record. The test is passed only when every zone shows PASSED.",
        ],
    ),
    ("h", "8. Replacing a block sensor"),
    (
        "ol",
        [
            "Bring all trains to the station, select MAINTENANCE and lock off.",
            "Unplug the sensor's connector and unscrew the sensor from its bracket.",
            "Fit the new sensor SKW-IS-30 and set its gap to the flag to 5 mm ±1 mm with a feeler gauge, using a "
            "train flag or the test flag SKW-TF-1.",
            "Tighten the two lock nuts to 40 Nm.",
            "Plug in, with a new seal and the cap SKW-SC-30.",
            "Switch on and check on the sensor page that the sensor switches when the test flag passes.",
            "Run the block verification test (section 7) before riders board.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Starting the ride (section 6) with the block verification test (section 7)"],
            ["Weekly", "Drain the air filters; in winter check the valve island heater"],
            [
                "Monthly",
                "Check the brake closing times on the brake page (each no more than 0.5 s); clean the block sensors "
                "and the flags; test the UPS by switching the mains off for 5 min",
            ],
            ["Every 6 months", "Check every sensor gap (5 mm ±1 mm); retighten the terminal screws in the cabinet"],
            [
                "12 months",
                "Proof test of all safety functions by Sektorwal or a person trained by Sektorwal (S14)",
            ],
            ["Every 4 years", "Replace the UPS batteries"],
            ["Yearly", "Ride inspection by the independent inspector appointed by the site"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RCS-6", "RCS-9"],
            ["Safety PLC CPU module", "SKW-CPU-6", "SKW-CPU-9"],
            ["Safety input card, 16 inputs", "SKW-DI-16", "SKW-DI-16"],
            ["Safety output card, 8 outputs", "SKW-DO-8", "SKW-DO-8"],
            ["Inductive block sensor M30", "SKW-IS-30", "SKW-IS-30"],
            ["Sensor cap with seal", "SKW-SC-30", "SKW-SC-30"],
            ["Test flag", "SKW-TF-1", "SKW-TF-1"],
            ["UPS battery set", "SKW-UB-30", "SKW-UB-45"],
            ["Console key set", "SKW-KS-1", "SKW-KS-2"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The PLC program and the commissioning data (zones, transit times, dispatch interval) are kept by Sektorwal. "
        "A replaced CPU module is loaded by Sektorwal service only.",
    ),
]


# ---------------------------------------------------------------- Gleisberg TT coaster transfer tracks
GLEISBERG = [
    ("title", "Gleisberg TT Coaster Transfer Tracks\nOperation and Maintenance Manual - TT-1 and TT-2"),
    (
        "p",
        "Document GLB-OM-TT-02, Edition 3, June 2024. Gleisberg Ride Systems. The TT-1 and TT-2 are transfer tracks "
        "(shuttle tables) that move a section of coaster track sideways, with or without a train on it, between the "
        "ride circuit and storage lanes for trains taken out of service or into the maintenance bay. The TT-1 serves "
        "one storage lane, the TT-2 two. The table runs on flanged wheels along two floor rails and is driven by rack "
        "and pinion. Apart from the travel, the drive and the values given for each model, the two are built alike. "
        "The track section on the table is made by the ride maker to the ride's track profile; the ride control "
        "system gives the transfer release and has its own manual; the foundation, the concrete of the floor rails "
        "and the pit are the site's.",
    ),
    (
        "warn",
        "WARNING: The table moves up to 22 t. Keep the pit and the floor rails clear. Never stand between the table "
        "and the fixed track, or in the pit, unless the table is locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TT-1", "TT-2"],
            ["Positions", "2 (circuit, lane 1)", "3 (circuit, lane 1, lane 2)"],
            ["Lateral travel, total", "3.2 m", "6.4 m"],
            ["Length of the moving track section", "18.0 m", "18.0 m"],
            ["Mass of the table with its track section, without a train", "11 500 kg", "12 800 kg"],
            ["Train mass on the table, at most", "7000 kg", "9000 kg"],
            ["Drive: geared motors with brakes, rack and pinion", "2 x 4.0 kW", "2 x 5.5 kW"],
            ["Travel speed / creep speed over the last 100 mm", "0.10 m/s / 0.01 m/s", "0.12 m/s / 0.01 m/s"],
            ["Travel time between neighbouring positions, about", "45 s", "40 s"],
            ["Flanged wheels on the floor rails, diameter 250 mm", "8", "12"],
            ["Wheel load with the heaviest train, at most", "23 kN", "18 kN"],
            ["Locking pins per position, pneumatic, diameter 60 mm", "2", "2"],
            ["Rail alignment at the joints with the table locked, sideways / in height", "±1.5 mm / ±1.0 mm", "±1.5 mm / ±1.0 mm"],
            ["Air supply to the locking pins", "6-8 bar", "6-8 bar"],
            ["Supply 400 V 3~ 50 Hz, fuse", "16 A", "25 A"],
            ["Hand crank turns per 100 mm of travel", "38", "32"],
            ["Laser scanner protecting the travel path", "1 per side", "1 per side"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The train mass limit holds for a train standing with all its wheels on the table's track section and held by "
        "its brakes or by the table's wheel chocks. The rail joints are set at a rail temperature of 20 °C ±5 °C; "
        "the gaps at other rail temperatures follow the table on the ride's track fixing drawing and are not given in "
        "this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The table moves only with the ride control system in MAINTENANCE and its transfer release given; the "
            "ride carries no riders while the table is used.",
            "Before each move, check the pit and the travel path: no persons, tools or cables on the floor rails. "
            "The laser scanners stop the table when something enters the path, but they do not see into the pit.",
            "Move a train onto or off the table only when the table is locked in that position (both pins IN, "
            "green lamp LOCKED).",
            "Never ride on the table while it moves.",
            "Lock off the table's main switch and vent the pin air before entering the pit.",
        ],
    ),
    ("h", "3. Positions and locking"),
    (
        "cols",
        [
            ("h", "Positions"),
            (
                "p",
                "Each position has a slow-down switch 100 mm before it and a stop switch at it. From the slow-down "
                "switch the table creeps at 0.01 m/s. At the stop switch the brakes apply and both locking pins shoot "
                "into their sockets. The position counts as reached only when both pin switches show IN.",
            ),
            ("h", "Alignment"),
            (
                "p",
                "With the pins in, the rails of the table and of the fixed track must meet within ±1.5 mm sideways "
                "and ±1.0 mm in height at every joint. Check with the alignment gauge GLB-AG-1 across both rails. "
                "The gap at each rail joint is 4-8 mm at a rail temperature of 20 °C ±5 °C.",
            ),
            ("h", "Locking pins"),
            (
                "p",
                "The pins go in with 6-8 bar air. A pin that needs more than 2 s to show IN or OUT gives X05. The "
                "sockets are hardened bushes with a nominal bore of 60.2 mm: replace a bush when its bore is worn by "
                "more than 0.5 mm, that is at 60.7 mm or more.",
            ),
            ("h", "Transfer release"),
            (
                "p",
                "The ride control system gives the transfer release only with the ride in MAINTENANCE, the zones on "
                "both sides of the table clear and their brakes closed. Losing the release during a move stops the "
                "table at once (X09).",
            ),
            ("h", "Wind"),
            (
                "p",
                "A table outdoors must not be moved when the wind exceeds 20 m/s. The anemometer and its signal "
                "belong to the ride.",
            ),
            ("h", "Rack and pinion"),
            (
                "p",
                "Backlash between rack and pinion 0.3-0.6 mm, checked with a feeler gauge at three points along each "
                "rack. Grease the rack with GLB-RG-1 every 500 moves or monthly, whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["X01", "Emergency stop", "Release it and reset at the table pendant."],
            ["X02", "Drive inverter fault", "Reset once; if it comes back, call maintenance."],
            [
                "X03",
                "Scanner field entered",
                "Something in the travel path. Remove it; the table moves on after RESET.",
            ],
            [
                "X04",
                "Position switch fault",
                "Slow-down and stop switch in the wrong order, or both on at once.",
            ],
            [
                "X05",
                "Pin slow",
                "A pin took more than 2 s to show IN or OUT: air pressure, dirt or a worn socket bush.",
            ],
            [
                "X06",
                "Pin not in",
                "A pin still not IN after 5 s. The table stays unlocked; do not move a train.",
            ],
            ["X08", "Overtravel", "End limit switch reached. Move back with the pendant in SERVICE."],
            [
                "X09",
                "Transfer release lost",
                "The ride control system dropped the release. Check the ride console.",
            ],
            ["X10", "Air pressure low", "Below 5.5 bar at the pin valve block."],
            [
                "X11",
                "Motor brake",
                "A motor brake did not release, or released late. Check its air gap: 0.4 mm, at most 0.7 mm.",
            ],
            ["X12", "Service due", "5000 moves or 12 months since the last Gleisberg service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Table stops just short of a position and the pins will not go in",
                "Stop switch cam loose or set wrong, motor brake slipping, or the stop switch dirty",
                "Creep to the position in SERVICE; reset the cam (section 8); check the brake air gap",
            ],
            [
                "Train wheels bang at the joint when rolling onto or off the table",
                "Rails out of line by more than ±1.5 mm, or a gap over 8 mm",
                "Check with the gauge GLB-AG-1 and reset the stop position (section 8)",
            ],
            [
                "Table judders while it travels",
                "Rack dry, too much backlash at the pinion, or a flat on a wheel",
                "Grease the rack; check the backlash (0.3-0.6 mm); check the wheels",
            ],
            [
                "Pins stick on frosty mornings",
                "Water in the pin cylinders or ice in the sockets",
                "Drain the air filter; clean and grease the sockets",
            ],
            [
                "Table stops at the same place for no visible reason",
                "The scanner sees a cable tray, the pit edge or a dirty window",
                "Clean the scanner window; have the field checked; never mute the scanner",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Moving a train to a storage lane"),
    (
        "ol",
        [
            "Bring the train onto the table's track section in the circuit position and stop it with the transfer "
            "brake. All its wheels must stand on the table section.",
            "Set the ride control system to MAINTENANCE and check that the TRANSFER RELEASE lamp is lit on the "
            "pendant.",
            "Check the pit and the travel path.",
            "Select the lane on the pendant and hold the MOVE button (hold-to-run).",
            "The table pulls its pins, travels and creeps into the lane position. Keep holding MOVE until the green "
            "lamp shows LOCKED.",
            "Let go of MOVE and check that both pin lamps show IN.",
            "Move the train off with the lane drive, or push it by hand with the push bar no faster than walking "
            "pace.",
            "Bring the empty table back to the circuit position the same way before the ride leaves MAINTENANCE.",
        ],
    ),
    ("h", "7. Moving the table by hand after a power failure"),
    (
        "ol",
        [
            "Lock off the table's main switch.",
            "If a train stands on the table, fit the two wheel chocks stored on the table.",
            "Pull both locking pins out with the hand lever on each pin cylinder.",
            "Release the motor brakes with their release levers, one on each drive.",
            "Fit the hand crank GLB-HC-1 on the crank shaft of the drive. Each 100 mm of travel takes 38 turns on a "
            "TT-1 and 32 turns on a TT-2.",
            "Crank until the position marks on the table and the floor line up, then push both pins in with the "
            "levers.",
            "Let go of the brake release levers (they must spring back) and remove the crank.",
            "Check the alignment with the gauge GLB-AG-1 before any train crosses the joint.",
        ],
    ),
    ("h", "8. Setting a stop position"),
    (
        "ol",
        [
            "In SERVICE, creep the table to the position and let it lock.",
            "Measure the sideways offset at both rail joints with the gauge GLB-AG-1.",
            "If it is more than ±1.5 mm, loosen the stop switch cam and move it: 1 mm at the cam is 1 mm at the "
            "rails. Aim for ±0.5 mm.",
            "Tighten the cam screws to 25 Nm.",
            "Move the table at least 0.5 m away and back into the position.",
            "Measure again at both joints; repeat until the offset is within the limit.",
            "Record the offsets in the table log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each use", "Check the pit and the travel path; clean the scanner windows"],
            ["500 moves or monthly, whichever comes first", "Grease the rack with GLB-RG-1"],
            [
                "Every 3 months",
                "Check the alignment at every position (section 3); check the rack backlash and the socket bushes",
            ],
            [
                "Every 6 months",
                "Check the motor brake air gaps (0.4 mm, at most 0.7 mm); check the wheels for flats and replace a "
                "wheel with a flat of 2 mm or more",
            ],
            ["5000 moves or 12 months", "Gleisberg service (X12)"],
            ["Yearly", "Inspection of the table with the ride by the independent inspector"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TT-1", "TT-2"],
            ["Geared motor with brake", "GLB-GM-40", "GLB-GM-55"],
            ["Drive pinion", "GLB-PN-1", "GLB-PN-2"],
            ["Locking pin cylinder", "GLB-LP-60", "GLB-LP-60"],
            ["Socket bush, bore 60.2 mm", "GLB-SB-60", "GLB-SB-60"],
            ["Flanged wheel 250 mm with bearings", "GLB-FW-250", "GLB-FW-250"],
            ["Alignment gauge", "GLB-AG-1", "GLB-AG-1"],
            ["Hand crank", "GLB-HC-1", "GLB-HC-1"],
            ["Laser scanner", "GLB-LS-3", "GLB-LS-3"],
            ["Rack grease, 1 kg", "GLB-RG-1", "GLB-RG-1"],
        ],
        (80, 45, 45),
    ),
]



def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("impulvar-il-linear-induction-launch-system.pdf", "Impulvar IMP-OM-IL-03 Ed 2 - IL-28 / IL-36", IMPULVAR),
        ("rotavenna-sr24-spinning-tilt-ride.pdf", "Rotavenna RTV-OM-SR24-04 Ed 4 - SR-24", ROTAVENNA),
        ("sektorwal-rcs-block-zone-ride-control-system.pdf", "Sektorwal SKW-OM-RCS-07 Ed 1 - RCS-6 / RCS-9", SEKTORWAL),
        ("gleisberg-tt-coaster-transfer-track.pdf", "Gleisberg GLB-OM-TT-02 Ed 3 - TT-1 / TT-2", GLEISBERG),
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
