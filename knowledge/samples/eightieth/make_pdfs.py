"""Generate the PDF manuals of the eightieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set80venv && /tmp/set80venv/bin/pip install fpdf2 pypdf
    /tmp/set80venv/bin/python knowledge/samples/eightieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode, so ohm is written out). The text rendered is all here. A fixed creation date
makes reruns byte-identical. The rendering helpers (Manual, render, render_columns) are those of the
forty-second set's make_pdfs.py; everything else is new.
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



# ---------------------------------------------------------------- Quendrick QMA medical air compressor plants
QUENDRICK = [
    ("title", "Quendrick QMA Medical Air Compressor Plants\nOperation and Maintenance Manual - QMA-30 and QMA-45"),
    (
        "p",
        "Document QDK-OM-QMA-04, Edition 3, March 2024. Quendrick Medical Engineering. The QMA-30 and QMA-45 are "
        "packaged medical air plants for hospital pipeline systems. Each plant has three air-cooled oil-free scroll "
        "compressors on one skid, two air receivers, a duplex filter line, two twin-tower heatless desiccant dryers "
        "(one in service, one on standby), a dewpoint monitor, a carbon monoxide monitor, duplex line pressure "
        "regulators and a plant control panel. Any two compressors together meet the plant design flow; the third "
        "is the standby. Apart from the compressor size, the receivers, the dryers and the items named in this "
        "manual, the two plants are built alike.",
    ),
    (
        "p",
        "The pipeline distribution system, its area valve service units, the pipeline pressure alarms and the "
        "emergency reserve cylinder manifold are not part of the plant; they are documented by the site and by "
        "their own makers. Quality testing of the medical air at the plant outlet is the task of the site's "
        "Quality Controller (QC). Permits for work on the plant are issued by the site's Authorised Person for "
        "medical gas pipeline systems (AP(MGPS)).",
    ),
    (
        "warn",
        "WARNING: The medical air plant supplies patients. Never isolate the plant outlet or the last running "
        "compressor without a permit from the AP(MGPS) and without the emergency reserve supply in service. "
        "Never connect tools, workshop equipment or breathing air hoses to the medical air plant.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QMA-30", "QMA-45"],
            ["Compressors, oil-free scroll, air-cooled", "3", "3"],
            ["Free air delivery per compressor at 8 bar", "355 L/min", "530 L/min"],
            [
                "Plant design flow to the pipeline, two compressors running, after the dryer purge",
                "600 L/min",
                "900 L/min",
            ],
            ["Motor per compressor, 400 V 3~ 50 Hz", "5.5 kW, 10.6 A", "7.5 kW, 14.5 A"],
            ["Plant supply fuse", "40 A gG", "50 A gG"],
            ["Air receivers, 11 bar design pressure", "2 x 500 L", "2 x 750 L"],
            ["Receiver safety valve setting", "10 bar", "10 bar"],
            ["Desiccant dryers (two, one on standby)", "QD-36", "QD-54"],
            ["Dryer purge air", "about 15 % of inlet flow", "about 15 % of inlet flow"],
            ["Noise per compressor in its enclosure, at 1 m, free field", "62 dB(A)", "65 dB(A)"],
            ["Heat released to the plant room per running compressor", "5.0 kW", "6.8 kW"],
            [
                "Plant room ventilation, two compressors running, 10 K temperature rise",
                "3000 m³/h",
                "4080 m³/h",
            ],
            ["Mass of the skid without receivers", "960 kg", "1180 kg"],
            ["Plant room temperature", "5-40 °C", "5-40 °C"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The design flow holds only with the plant room within 5-40 °C, clean inlet filters and both line filter "
        "banks below the change limit; above 35 °C the compressors may trip on discharge temperature (A04) at full "
        "load. For other temperature rises the plant room ventilation is Q (m³/h) = 3000 x P (kW) / dT (K), where P is "
        "the heat of the compressors running at the same time (the heat per running compressor in the table, about 90 % of the motor power).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work on the plant only under a permit to work from the AP(MGPS). The QC must test the air before the "
            "plant is put back into service after any work that opened the air path.",
            "Lock off and vent a compressor and its non-return valve section before opening it. Scroll elements "
            "and discharge pipes stay hot for at least 30 min after a stop.",
            "The compressors start by themselves on pressure. Switch a compressor to OFF at the panel and lock "
            "its isolator before working on it.",
            "Keep the compressor air intake away from vehicle exhausts, generator flues and drainage vents; carbon "
            "monoxide at the intake shows as alarm A08.",
            "Pressure systems: the receivers fall under the site's written scheme of examination, carried out by "
            "the site's competent person, not by this manual.",
        ],
    ),
    ("h", "3. Pressure settings and limits"),
    (
        "cols",
        [
            ("h", "Compressor sequence"),
            (
                "p",
                "The lead compressor starts at 7.0 bar and stops at 8.0 bar, measured at the receivers. The lag "
                "compressor starts at 6.6 bar and stops at 8.0 bar. The standby compressor starts at 6.2 bar; its "
                "start raises alarm A05 (plant reserve), which stays until it is reset at the panel. The lead duty "
                "rotates every 24 h at 02:00 and after any compressor fault, so run hours stay within 500 h of each "
                "other.",
            ),
            ("h", "Starts and running"),
            (
                "p",
                "No compressor may start more than 10 times per hour; the panel enforces a minimum run time of 2 min. "
                "A compressor that starts more often points to a leak or a drain stuck open (see section 5).",
            ),
            ("h", "Receiver pressure"),
            (
                "p",
                "Alarm A06 (low receiver pressure) comes when the receiver pressure stays below 5.5 bar for 10 s. "
                "The receiver safety valves are set at 10 bar and must not be adjusted.",
            ),
            ("h", "Plant outlet"),
            (
                "p",
                "The duplex line regulators are set to 4.3 bar with no flow. At the design flow the plant outlet "
                "pressure must stay at or above 3.7 bar. Only one regulator is in service; the other is isolated "
                "and ready.",
            ),
            ("h", "Discharge temperature"),
            (
                "p",
                "A warning shows at 220 °C at a scroll outlet; the compressor trips with A04 above 235 °C and "
                "restarts only after a manual reset once it has cooled below 180 °C.",
            ),
            ("h", "Air quality limits at the plant outlet"),
            (
                "p",
                "Water at most 67 ppm v/v (an atmospheric dewpoint of -46 °C or lower), carbon monoxide at most "
                "5 ppm, carbon dioxide at most 500 ppm, oil at most 0.1 mg/m³, oxygen 20.4 to 21.4 %. The plant "
                "monitors dewpoint and carbon monoxide only. A07 comes when the dewpoint is above -46 °C for 5 min; "
                "the panel then changes to the standby dryer. A08 comes at 5 ppm CO; the plant keeps running, and "
                "the AP(MGPS) decides whether to bring in the emergency reserve manifold.",
            ),
            ("h", "Filter line"),
            (
                "p",
                "Each bank: pre-filter 1 micron, coalescing filter 0.01 micron, activated carbon, dust filter 1 "
                "micron. A13 comes when the pressure drop across any stage exceeds 0.7 bar.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Compressor 1 motor overload", "Motor protection tripped. Check the supply, the fan and the current against the data table."],
            ["A02", "Compressor 2 motor overload", "As A01, for compressor 2."],
            ["A03", "Compressor 3 motor overload", "As A01, for compressor 3."],
            [
                "A04",
                "High discharge temperature",
                "Scroll outlet above 235 °C. Check the cooling fan, the cooling fins and the plant room temperature. "
                "Reset after cooling below 180 °C.",
            ],
            ["A05", "Plant reserve", "The standby compressor has started (receiver fell to 6.2 bar). Find out why two compressors were not enough."],
            ["A06", "Low receiver pressure", "Below 5.5 bar for 10 s. Check for a large leak, a stuck drain or failed compressors."],
            ["A07", "High dewpoint", "Dewpoint above -46 °C for 5 min. The standby dryer takes over; check the purge and the silencer of the dryer in fault."],
            ["A08", "High carbon monoxide", "5 ppm CO or more. Check the intake surroundings; inform the AP(MGPS)."],
            ["A09", "Dryer changeover failure", "The tower valves did not change within 10 s. Check the pilot air and the valve solenoids."],
            ["A11", "Drain fault", "A receiver drain did not discharge or stays open. Press TEST on the drain; clean its strainer."],
            ["A12", "Phase failure", "Phase missing or wrong sequence at the plant supply. Call an electrician."],
            ["A13", "Filter pressure drop high", "More than 0.7 bar across a filter stage. Change to the other bank and replace the elements."],
            ["A14", "Plant emergency stop", "Emergency stop pressed. Release it; press RESET; compressors restart 5 s apart."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Compressors start more than 10 times per hour with little demand",
                "Air leak in the plant or a receiver drain stuck open",
                "Listen at the drains and the filter bowls; leak-test the plant joints with leak detection fluid.",
            ],
            [
                "Dewpoint rises after each tower changeover, purge exhaust weak",
                "Purge silencer blocked with desiccant dust",
                "Replace the purge silencer QDK-PS-12 and check the dust filter downstream of the dryer.",
            ],
            [
                "Dewpoint high on both dryers, plant room hot and humid",
                "Dryer inlet too warm; plant room ventilation not enough",
                "Check the plant room fans and louvres against the ventilation in the data table.",
            ],
            [
                "One compressor trips on A04 on warm afternoons only",
                "Cooling fins clogged or plant room above 35 °C",
                "Clean the fins with dry air from the inside out; check the room ventilation.",
            ],
            [
                "Water at the dryer inlet filter bowl",
                "Receiver drains not discharging",
                "Press TEST on each drain; clean the drain strainers; see A11.",
            ],
            [
                "CO alarm after deliveries in the yard",
                "Vehicles idling near the compressor intake",
                "Keep vehicles away from the intake; the intake position is set by the site.",
            ],
            [
                "Outlet pressure falls below 3.7 bar at peak demand",
                "Regulator in service fouled or a filter bank near its limit",
                "Change to the other regulator; check the filter pressure drops.",
            ],
        ],
        (55, 52, 63),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Taking one compressor out of service"),
    (
        "ol",
        [
            "Obtain a permit from the AP(MGPS). Check that the two other compressors are healthy and in AUTO.",
            "Switch the compressor to OFF at the panel. The panel gives the lead duty to the next compressor.",
            "Lock the compressor's isolator and close its discharge isolating valve.",
            "Vent the compressor section through its vent valve until its gauge reads 0 bar.",
            "Wait at least 30 min for the scroll to cool before opening the enclosure.",
            "After the work, open the discharge valve, switch to AUTO and record the run hours on the permit.",
        ],
    ),
    ("h", "6.2 Changing the filter elements of one bank"),
    (
        "ol",
        [
            "Open the inlet and outlet valves of the standby filter bank; check that its gauges show line pressure.",
            "Close the outlet valve, then the inlet valve, of the bank to be serviced.",
            "Open the bleed valve of that bank slowly until its gauge reads 0 bar.",
            "Unscrew each bowl a quarter turn, pull it down and replace the element and the bowl O-ring.",
            "Refit the bowls hand tight, close the bleed valve and pressurise the bank slowly through its inlet valve.",
            "Check for leaks, open the outlet valve and write the date on the element label.",
            "Ask the QC for a quality test before the serviced bank takes the full flow.",
        ],
    ),
    ("h", "6.3 Changing a compressor inlet filter"),
    (
        "ol",
        [
            "Take the compressor out of service as in 6.1.",
            "Open the inlet filter housing and remove the element QDK-IF-30 or QDK-IF-45.",
            "Wipe the housing with a clean dry cloth. Never blow it out with the plant's own air.",
            "Fit the new element, close the housing and return the compressor to service.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the panel for alarms; read the dewpoint, CO and outlet pressure and log them."],
            ["Weekly", "Press TEST on each receiver drain; check that the lead duty has rotated."],
            ["3 months", "Clean the compressor cooling fins; check the purge silencers."],
            ["2000 h or 6 months, whichever comes first", "Replace the compressor inlet filter elements."],
            ["12 months, or at 0.7 bar pressure drop", "Replace all filter elements of both banks."],
            ["12 months", "Check the CO sensor with test gas (Quendrick service)."],
            ["24 months", "Exchange the dewpoint sensor for a calibrated one (QDK-DP-2)."],
            ["10000 h", "Scroll tip seals and bearings, to service manual QDK-SM-12 (Quendrick service only)."],
            ["20000 h or 4 years, whichever comes first", "Dryer desiccant and tower valves (Quendrick service only)."],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "QMA-30", "QMA-45"],
            ["Compressor inlet filter element", "QDK-IF-30", "QDK-IF-45"],
            ["Filter element set, one bank (four elements)", "QDK-FE-30", "QDK-FE-45"],
            ["Purge silencer", "QDK-PS-12", "QDK-PS-12"],
            ["Receiver drain service kit", "QDK-DK-1", "QDK-DK-1"],
            ["Dewpoint sensor, calibrated exchange", "QDK-DP-2", "QDK-DP-2"],
            ["Tip seal kit, one compressor", "QDK-TS-30", "QDK-TS-45"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Velmontra UC ultra-clean ventilation canopies
VELMONTRA = [
    (
        "title",
        "Velmontra UC Ultra-Clean Ventilation Canopies\nOperation and Maintenance Manual - UC-28 and UC-32",
    ),
    (
        "p",
        "Document VMT-OM-UC-07, Edition 2, June 2024. Velmontra Air Systems. The UC-28 and UC-32 are recirculating "
        "ultra-clean ventilation (UCV) canopies for operating theatres used for orthopaedic implant surgery. Room "
        "air is drawn in at the top of the canopy, passes through bag pre-filters, EC recirculation fans, a "
        "chilled water cooling coil and terminal HEPA filters of class H14, and is blown down over the operating "
        "table as a unidirectional flow inside partial walls. The UC-28 has a clean zone of 2.8 x 2.8 m and the "
        "UC-32 one of 3.2 x 3.2 m; otherwise the two canopies are built alike.",
    ),
    (
        "p",
        "The canopy does not supply fresh air. Fresh air, theatre pressurisation, humidity and the theatre's air "
        "change rate are provided by the theatre air handling unit (AHU), which is designed and documented by the "
        "site. The annual verification of the theatre ventilation is carried out by the site's Authorised Engineer "
        "(Ventilation), AE(V), and the validation contractor; this manual does not replace it.",
    ),
    (
        "warn",
        "WARNING: Do not open the canopy, change filters or work above the clean zone while the theatre is in "
        "use or prepared for use. After any work that opens the filter plenum, the theatre stays out of use until "
        "the validation contractor has tested the filters and the AE(V) has accepted the results.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UC-28", "UC-32"],
            ["Clean zone inside the partial walls", "2.8 x 2.8 m (7.84 m²)", "3.2 x 3.2 m (10.24 m²)"],
            ["Mean downflow velocity at 2.0 m above floor, full mode", "0.38 m/s", "0.38 m/s"],
            ["Supply air volume, full mode", "10 700 m³/h", "14 000 m³/h"],
            ["Supply air volume, setback mode (50 %)", "5350 m³/h", "7000 m³/h"],
            ["Recirculation fans, EC, single-phase", "3 x 1.9 kW", "4 x 1.9 kW"],
            ["Terminal HEPA filters, class H14", "9 (900 x 900 mm)", "12 (1050 x 800 mm)"],
            ["Pre-filters, bag type ePM1 55 %", "3", "4"],
            ["Cooling coil, chilled water 6/12 °C", "8 kW, 0.32 L/s", "11 kW, 0.44 L/s"],
            ["Electrical supply, 400 V 3~ N 50 Hz", "16 A", "20 A"],
            ["Lower edge of the partial walls above floor", "2.1 m", "2.1 m"],
            ["Ceiling void needed above the canopy", "at least 900 mm", "at least 1000 mm"],
            ["Noise at 1.6 m above floor, centre of the empty theatre, full mode", "48 dB(A)", "50 dB(A)"],
            ["Mass of the canopy", "1450 kg", "1900 kg"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The supply air volume holds with clean pre-filters and HEPA filters below their change limits; the fans "
        "speed up as the filters load. The velocity and volume figures refer to the clean zone only; the air "
        "outside the partial walls is not controlled by the canopy.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate the canopy at its local isolator and lock it before opening any access panel. The EC fans "
            "keep running down for about 90 s after the supply is switched off.",
            "Work on the chilled water coil and valve needs the site's chilled water isolation; the chilled water "
            "system belongs to the site.",
            "Used pre-filters and HEPA filters are bagged inside the plenum and disposed of as clinical waste "
            "under the site's waste policy.",
            "Use a scaffold tower or platform with guard rails for all work above 2 m; never stand on the "
            "operating table.",
        ],
    ),
    ("h", "3. Airflow limits and modes"),
    (
        "cols",
        [
            ("h", "Full mode"),
            (
                "p",
                "Full mode is for surgery. The mean of the velocity readings at 2.0 m above the floor must be at "
                "least 0.38 m/s, and no single reading may be below 0.30 m/s or above 0.50 m/s. The canopy holds "
                "the volume with its velocity sensor; U02 comes when the sensor reads below 0.30 m/s for 60 s.",
            ),
            ("h", "Setback mode"),
            (
                "p",
                "Setback runs the fans at 50 % of the full mode volume (about 0.19 m/s) when the theatre is empty "
                "with the doors closed, at night or between lists. Switch to full mode at least 20 min before the "
                "patient enters the theatre. The canopy reaches full volume within 2 min, but the clean zone needs "
                "the rest of the time to purge.",
            ),
            ("h", "Velocity grid"),
            (
                "p",
                "The monthly check uses 16 points on a 4 x 4 grid at 2.0 m above the floor. The points are 0.7 m "
                "apart on the UC-28, with the outer points 0.35 m from the partial walls, and 0.8 m apart on the "
                "UC-32, with the outer points 0.4 m from the walls.",
            ),
            ("h", "Filter limits"),
            (
                "p",
                "HEPA filters: initial pressure drop about 120 Pa in full mode. Replace them at 250 Pa, or when the "
                "fans need 95 % speed to hold the full mode volume, whichever comes first (alarm U03). Pre-filters: "
                "initial about 60 Pa; replace at 150 Pa or every 12 months, whichever comes first (U04).",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The theatre team sets the supply air temperature at the theatre control panel within 18-25 °C. "
                "U05 comes when the supply air is more than 3 K above the setpoint for 10 min. Humidity is not "
                "controlled by the canopy.",
            ),
            ("h", "Condensate"),
            (
                "p",
                "The coil drain tray is drained through a trap with a water seal of at least 50 mm. A dry trap "
                "lets the fans draw air up the drain; an overflowing tray drips from the canopy edge.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["U01", "Fan fault", "An EC fan reports a fault; the display shows its number. The other fans speed up; check the fan supply and replace the fan if the fault stays."],
            ["U02", "Low airflow", "Velocity sensor below 0.30 m/s for 60 s. Check the filters, the fans and the sensor."],
            ["U03", "HEPA filter limit", "HEPA pressure drop 250 Pa or fans at 95 % speed. Plan a filter change."],
            ["U04", "Pre-filter limit", "Pre-filter pressure drop 150 Pa. Replace the pre-filters."],
            ["U05", "High supply temperature", "Supply air more than 3 K above the setpoint for 10 min. Check the chilled water supply and the valve."],
            ["U06", "Chilled water valve fault", "Valve actuator does not follow the signal. Check the 24 V supply and the actuator."],
            ["U07", "BMS link lost", "No data from the building management system for 5 min. The canopy keeps its last mode."],
            ["U09", "Lighting fault", "An LED driver in the canopy lighting has failed."],
            ["U10", "Mode change refused", "Setback requested with a theatre door open. Close the doors or stay in full mode."],
            ["U11", "Sensor fault", "Velocity, temperature or pressure sensor out of range. Check its wiring."],
            ["U12", "Fire alarm stop", "The fire alarm has stopped the fans. They restart when the fire alarm is reset."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Velocity low at one grid point only, others normal",
                "Diffuser screen dented or blocked, or a light arm parked under the point",
                "Move the light arms out of the grid; check and clean the diffuser screen; if it stays low, check the HEPA filter above it.",
            ],
            [
                "All velocities low, fans at 95 % or more",
                "HEPA filters or pre-filters loaded",
                "Read the filter pressure drops; replace the filters at their limits.",
            ],
            [
                "Whistling noise from the canopy",
                "HEPA filter gasket not sealed or a diffuser screen loose",
                "Reseat the filter clamps and screens; the filter must be leak tested again afterwards.",
            ],
            [
                "Water dripping from the canopy edge",
                "Condensate drain blocked or trap dry, tray overflowing",
                "Clear the condensate drain and refill the trap (procedure 6.5).",
            ],
            [
                "Theatre too warm, U05",
                "No chilled water or valve stuck",
                "Check the chilled water with the site; check the valve actuator.",
            ],
            [
                "Canopy stays in setback",
                "Time program, BMS override or a door contact open",
                "Check the time program and the door contacts; press FULL at the panel.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Starting a list"),
    (
        "ol",
        [
            "At least 20 min before the patient enters, press FULL at the theatre control panel.",
            "Check that the panel shows FULL and no alarm, and that the velocity reading is at least 0.38 m/s.",
            "Set the supply air temperature agreed with the theatre team.",
            "At the end of the list, with the theatre empty and the doors closed, press SETBACK.",
        ],
    ),
    ("h", "6.2 Monthly velocity check"),
    (
        "ol",
        [
            "Run the canopy in full mode for at least 20 min with the theatre empty and the doors closed.",
            "Move the operating lights and pendants out of the clean zone.",
            "Mark the 16 grid points at 2.0 m above the floor (section 3).",
            "Measure at each point with a calibrated thermal anemometer, averaging over 30 s.",
            "Calculate the mean. It must be at least 0.38 m/s, and no point below 0.30 m/s or above 0.50 m/s.",
            "Record the readings with the filter pressure drops and fan speeds in the canopy log.",
        ],
    ),
    ("h", "6.3 Replacing the pre-filters"),
    (
        "ol",
        [
            "Agree a time with the theatre manager; the theatre must be out of use.",
            "Switch the canopy off and lock the isolator. Wait 90 s for the fans to stop.",
            "Open the pre-filter access panel from the ceiling void side.",
            "Bag each used filter before lifting it out.",
            "Fit new bags VMT-PF-55 with the pockets vertical, close the panel and restart.",
            "Check the pressure drop is about 60 Pa and reset U04.",
        ],
    ),
    ("h", "6.4 Replacing a HEPA filter"),
    (
        "ol",
        [
            "Take the theatre out of use and inform the AE(V) and the validation contractor.",
            "Switch the canopy off, lock the isolator and remove the diffuser screen under the filter.",
            "Release the four clamps evenly, lower the filter into a bag and seal the bag.",
            "Fit the new filter gasket side up and tighten the clamps evenly to 6 Nm.",
            "Refit the screen and restart. The theatre stays out of use until the filter has been leak tested.",
        ],
    ),
    ("h", "6.5 Clearing the condensate drain"),
    (
        "ol",
        [
            "Switch the canopy off and lock the isolator.",
            "Open the drain access panel and place a bucket under the trap.",
            "Remove the trap, clean it and flush the drain line with warm water.",
            "Refit the trap and fill it with at least 0.5 L of water so the seal is 50 mm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each list", "Full mode at least 20 min, no alarm."],
            ["Monthly", "Velocity check (6.2); filter pressure drops and fan speeds in the log."],
            ["3 months", "Clean the diffuser screens; check the condensate trap."],
            ["12 months or 150 Pa, whichever comes first", "Replace the pre-filters."],
            ["250 Pa or 95 % fan speed", "Replace the HEPA filters; leak test by the validation contractor."],
            ["12 months", "Annual verification of the theatre ventilation (AE(V), site)."],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "UC-28", "UC-32"],
            ["HEPA filter H14", "VMT-H14-99", "VMT-H14-108"],
            ["Pre-filter bag ePM1 55 %", "VMT-PF-55", "VMT-PF-55"],
            ["EC fan 1.9 kW", "VMT-EC-19", "VMT-EC-19"],
            ["Velocity sensor", "VMT-VS-2", "VMT-VS-2"],
            ["LED driver", "VMT-LD-40", "VMT-LD-40"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vellacourt VT thermostatic mixing valve sets
VELLACOURT = [
    (
        "title",
        "Vellacourt VT Thermostatic Mixing Valve Sets\nInstallation, Commissioning and Maintenance - VT-15 and VT-22",
    ),
    (
        "p",
        "Document VLC-IM-VT-11, Edition 4, January 2025. Vellacourt Valves. The VT-15 and VT-22 are thermostatic "
        "mixing valve (TMV) sets for healthcare premises, where hot water must be stored and circulated hot enough "
        "to control Legionella while the water at the outlet must not scald. Each set holds the mixing valve with "
        "its thermostatic cartridge, two isolating valves with strainers, two check valves and two temperature "
        "test points. The VT-15 (15 mm) serves one washbasin or bidet; the VT-22 (22 mm) serves a shower, a bath or "
        "a group of up to three washbasins and has a key-operated thermal flush override. The optional VT-M logging "
        "module fits both sets.",
    ),
    (
        "p",
        "The temperatures of the stored and circulated hot water, the flushing of little-used outlets and the "
        "temperature and duration of any thermal disinfection are set by the site's water safety plan under its "
        "Responsible Person (Water). This manual covers the valve sets only.",
    ),
    (
        "warn",
        "WARNING: A TMV that is not tested can scald. Never leave a set with the cartridge removed or the flush "
        "override on while the outlet is available to patients. Fit a notice and isolate the outlet during work.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VT-15", "VT-22"],
            ["Connections, compression", "15 mm", "22 mm"],
            ["Flow at 1 bar pressure loss, equal supply pressures", "14 L/min", "32 L/min"],
            ["Flow at 3 bar pressure loss, equal supply pressures", "24 L/min", "55 L/min"],
            ["Minimum flow for a stable mixed temperature", "4 L/min", "8 L/min"],
            ["Mixed temperature range", "30-50 °C", "30-50 °C"],
            ["Factory setting", "41 °C", "41 °C"],
            ["Hot supply temperature", "55-85 °C", "55-85 °C"],
            ["Cold supply temperature", "5-20 °C", "5-20 °C"],
            ["Dynamic supply pressure, hot and cold", "0.2-5.0 bar", "0.5-5.0 bar"],
            ["Maximum static pressure", "10 bar", "10 bar"],
            ["Ratio of the dynamic supply pressures, hot to cold or cold to hot", "no more than 5:1", "no more than 3:1"],
            ["Strainer mesh, stainless steel", "0.5 mm", "0.5 mm"],
            ["Thermal flush override", "none", "key-operated, up to 70 °C"],
            ["Mass of the set", "1.1 kg", "2.4 kg"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The hot supply must be at least 10 °C above the mixed setting, or the valve cannot reach its setting. "
        "The flow figures hold for supply temperatures of 65 °C and 10 °C; they fall by about 10 % with a hot supply "
        "at 55 °C. The pipe from the valve to the outlet should be no longer than 2 m.",
    ),
    ("h", "2. Installation"),
    (
        "ul",
        [
            "Flush both supply pipes thoroughly before fitting the set; most early failures are debris from new "
            "pipework caught in the strainers or under the cartridge seat.",
            "Fit the set where the isolating valves, the strainers and the test points can be reached without "
            "removing panels that need a permit; the hot supply connects to the port marked H (red).",
            "Fit the VT-M sensors in the test points before filling; their leads are 1.5 m long.",
            "Do not fit the set where it can freeze, or within 300 mm of a heat source above 40 °C.",
        ],
    ),
    ("h", "3. Recommended mixed temperatures"),
    (
        "table",
        [
            ["Outlet", "Mixed setting"],
            ["Washbasin, hand washing", "41 °C"],
            ["Bidet", "38 °C"],
            ["Shower", "41 °C"],
            ["Bath fill", "44 °C"],
            ["Assisted bath, with a carer present", "no more than 46 °C"],
        ],
        (100, 70),
    ),
    ("h", "4. Temperatures and test rules"),
    (
        "cols",
        [
            ("h", "Commissioning temperature"),
            (
                "p",
                "Measure the mixed temperature at the outlet with a calibrated thermometer after the water has "
                "run for 60 s at the normal flow. Record it on the set's label and in the TMV log as the "
                "commissioning temperature, with the hot and cold supply temperatures.",
            ),
            ("h", "Stability"),
            (
                "p",
                "With the flow above the minimum, the mixed temperature stays within ±2 °C of the setting when "
                "either supply pressure changes by 10 % or the hot supply temperature changes by 10 °C.",
            ),
            ("h", "Fail-safe"),
            (
                "p",
                "If the cold supply fails, the mixed flow falls to no more than 0.1 L/min within 2 s. If the hot "
                "supply fails the outlet runs cold, which is safe but must be reported.",
            ),
            ("h", "In-service test intervals"),
            (
                "p",
                "Test each set 6 to 8 weeks after commissioning and again 12 to 15 weeks after commissioning. If "
                "the mixed temperature has moved by no more than 1 °C from the commissioning temperature in both "
                "tests, test every 12 months; otherwise test every 6 months. Where the water safety plan sets a "
                "shorter interval, the shorter interval applies.",
            ),
            ("h", "Drift"),
            (
                "p",
                "A set whose mixed temperature has moved by more than 2 °C from the commissioning temperature, or "
                "which fails the fail-safe test, must be serviced (procedure 7.3) before the outlet is used again.",
            ),
            ("h", "Thermal flush, VT-22 only"),
            (
                "p",
                "Turning the flush key lets hot water through the valve at up to 70 °C. The override closes by "
                "itself after 10 min at the latest and the key cannot be removed while it is on. The VT-15 has no "
                "override; to flush it hot, fit the flushing insert VLC-FI-15 in place of the cartridge.",
            ),
        ],
    ),
    ("h", "5. VT-M logging module codes"),
    (
        "p",
        "The VT-M logs the mixed, hot and cold temperatures every minute and shows a code on its display. Codes "
        "are also sent over its radio link to the site's monitoring software, which is not part of this manual.",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Mixed temperature high", "Mixed water more than 3 °C above the commissioning temperature for 10 s. Isolate the outlet and test the set."],
            ["M02", "Mixed temperature low", "Mixed water more than 5 °C below the commissioning temperature for 60 s. Check the hot supply and the hot strainer."],
            ["M03", "Hot supply low", "Hot supply below 55 °C for 10 min. Report it under the water safety plan."],
            ["M04", "Outlet not used", "No flow for 7 days. Flush the outlet as the water safety plan requires."],
            ["M05", "Sensor fault", "A temperature sensor is open or shorted. Replace the sensor lead VLC-SL-3."],
            ["M06", "Battery low", "Replace the battery VLC-BT-36 within 30 days."],
            ["M08", "Memory full", "Download the log; the oldest records are overwritten."],
            ["M09", "Radio link lost", "No contact with the gateway for 24 h. Check the gateway."],
            ["M10", "Cold supply warm", "Cold supply above 20 °C for 2 min. Report it under the water safety plan."],
        ],
        (16, 42, 112),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Mixed temperature creeping up over weeks",
                "Scale on the cartridge, cold strainer partly blocked",
                "Clean the strainers; descale or replace the cartridge (7.3, 7.4); recommission.",
            ],
            [
                "Temperature swings when other taps are used",
                "Supply pressure ratio above the limit, or flow below the minimum",
                "Check both dynamic pressures; fit a pressure reducing valve on the higher supply.",
            ],
            [
                "Mixed water never gets warm enough",
                "Hot supply less than 10 °C above the setting",
                "Measure the hot supply at the test point; report low hot water temperatures.",
            ],
            [
                "Low flow at the outlet, temperature correct",
                "Strainers blocked, or outlet aerator blocked",
                "Clean the strainers (7.3) and the outlet aerator or spray head.",
            ],
            [
                "Flow does not stop in the fail-safe test",
                "Debris under the cartridge seat, or cartridge worn",
                "Clean the seat; replace the cartridge if the test still fails.",
            ],
            [
                "Hot water found in the cold pipe next to the set",
                "Check valve on the hot side leaking",
                "Replace both check valves (kit VLC-CV-15 or VLC-CV-22).",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Setting the mixed temperature"),
    (
        "ol",
        [
            "Open both isolating valves fully and run the outlet at its normal flow for 60 s.",
            "Remove the cap and turn the spindle with the setting key: clockwise is cooler.",
            "Measure at the outlet after 60 s; adjust until the reading is the setting in section 3.",
            "Refit the cap and lock it with the tamper screw.",
            "Record the commissioning temperature and the supply temperatures on the label and in the TMV log.",
        ],
    ),
    ("h", "7.2 In-service and fail-safe test"),
    (
        "ol",
        [
            "Run the outlet for 60 s and measure the mixed temperature. Compare it with the commissioning temperature.",
            "With the outlet running, close the cold isolating valve with a screwdriver.",
            "The flow must fall to no more than 0.1 L/min (a few drips) within 2 s.",
            "Open the cold isolating valve. The mixed temperature must return to within 2 °C of the commissioning temperature.",
            "Record the results. If a result is outside the limits, service the set (7.3).",
        ],
    ),
    ("h", "7.3 Servicing strainers and check valves"),
    (
        "ol",
        [
            "Close both isolating valves and open the outlet to release the pressure.",
            "Unscrew the strainer plugs on both isolating valves and rinse the strainers in clean water.",
            "Unscrew the check valve housings and check that each valve closes freely; replace both if either sticks.",
            "Refit everything, open the isolating valves, and carry out the test 7.2.",
        ],
    ),
    ("h", "7.4 Replacing the cartridge"),
    (
        "ol",
        [
            "Isolate the set as in 7.3. Remove the cap and the cartridge retaining nut (24 mm or 30 mm).",
            "Pull out the cartridge and check the seat for scale or debris.",
            "Fit the new cartridge VLC-TC-15 or VLC-TC-22 with new O-rings lightly greased with silicone grease.",
            "Tighten the nut by hand, then a quarter turn with the spanner.",
            "Set the temperature (7.1) and carry out the test 7.2.",
        ],
    ),
    ("h", "7.5 Thermal flush, VT-22"),
    (
        "ol",
        [
            "Isolate the outlet from patients and fit the notice.",
            "Insert the flush key VLC-FK-22 and turn it clockwise; the outlet runs at hot supply temperature.",
            "Flush for the time set by the water safety plan; the override closes by itself after 10 min at the latest.",
            "Turn the key back and remove it; run the outlet for 60 s and check the mixed temperature.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["6-8 and 12-15 weeks after commissioning", "In-service test (7.2)."],
            ["6 or 12 months, as section 4", "In-service test (7.2); clean the strainers if the flow has fallen."],
            ["12 months", "Check the check valves (7.3); replace the VT-M battery if below 20 %."],
            ["5 years or on drift", "Replace the cartridge (7.4)."],
        ],
        (70, 100),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "VT-15", "VT-22"],
            ["Thermostatic cartridge", "VLC-TC-15", "VLC-TC-22"],
            ["Check valve kit (two)", "VLC-CV-15", "VLC-CV-22"],
            ["Strainer set (two)", "VLC-ST-15", "VLC-ST-22"],
            ["Flushing insert / flush key", "VLC-FI-15", "VLC-FK-22"],
            ["VT-M battery 3.6 V lithium", "VLC-BT-36", "VLC-BT-36"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Galvenor GI-8 isolated power supply panel
GALVENOR = [
    (
        "title",
        "Galvenor GI-8 Isolated Power Supply Panel\nfor Operating Theatres - Operation and Maintenance",
    ),
    (
        "p",
        "Document GVN-OM-GI8-02, Edition 5, October 2024. Galvenor Electrical. The GI-8 supplies the socket "
        "outlets around the operating table of one theatre as a medical IT system: an 8 kVA isolating transformer "
        "feeds ten outgoing circuits whose conductors are not earthed, so that a first insulation fault does not "
        "disconnect life-supporting equipment. An insulation monitoring device (IMD) type GIM-70 watches the "
        "insulation resistance of the whole isolated system to earth; the transformer load and winding temperature "
        "are monitored as well. Alarms are shown on the panel and on up to four remote alarm and test panels "
        "(GRA-2) in the theatre and the anaesthetic room. The panel has two incoming supplies with automatic "
        "changeover.",
    ),
    (
        "p",
        "The two incoming supplies, the earthing and equipotential bonding of the theatre, the final circuits "
        "beyond the outgoing terminals and the periodic inspection of the electrical installation belong to the "
        "site and its electrical Authorised Person. Medical electrical equipment plugged into the outlets is "
        "maintained by the site's medical engineering (EBME) department.",
    ),
    (
        "warn",
        "WARNING: An insulation alarm means the isolated system has lost its first line of protection. Do not "
        "switch off a circuit that supplies equipment in use on a patient; find and remove the fault as soon as "
        "the clinical situation allows. Work inside the panel only with both incoming supplies isolated and locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GI-8"],
            ["Isolating transformer, single-phase, 50 Hz", "8 kVA, 230 V / 230 V"],
            ["Rated secondary current", "34.8 A"],
            ["Leakage current of the secondary winding to earth, no load", "no more than 0.5 mA"],
            ["Inrush current, with the built-in soft start", "no more than 8 x rated current"],
            ["Incoming supplies", "2 (preferred and alternative), 2-pole MCB 50 A curve C each"],
            ["Changeover time on loss of the supply in service", "no more than 0.5 s"],
            ["Outgoing circuits", "10 x 2-pole MCB 16 A curve C"],
            ["Insulation monitoring device", "GIM-70, alarm 50 kohm (settable 50-500 kohm)"],
            ["IMD measuring voltage / measuring current", "no more than 24 V DC / no more than 1 mA"],
            ["IMD internal impedance", "at least 120 kohm"],
            ["Winding temperature sensors", "PTC, alarm at 120 °C"],
            ["Remote alarm and test panels GRA-2", "up to 4, screened 4-core cable, no longer than 100 m"],
            ["Noise at 1 m", "no more than 35 dB(A)"],
            ["Ambient temperature", "0-35 °C"],
            ["Enclosure, wall-mounted", "IP31, 800 x 1200 x 300 mm"],
            ["Mass", "145 kg"],
        ],
        (95, 75),
    ),
    ("h", "2. Panel display and lamps"),
    (
        "p",
        "The main panel display shows the insulation resistance in kohm, the secondary load current in A and as "
        "a percentage of the rated current, the winding temperature, the supply in service and any alarm code. "
        "Each GRA-2 has a green NORMAL lamp, three yellow lamps (INSULATION, OVERLOAD, TEMPERATURE), a MUTE "
        "button, a TEST button and a small display repeating the insulation reading. A red SUPPLY lamp on the main "
        "panel shows that the panel runs on the alternative supply.",
    ),
    (
        "p",
        "The GIM-70 is replaced and recommissioned by Galvenor service only; after a replacement the annual IMD "
        "test (7.3) is repeated before the theatre is used. The transformer itself needs no routine service apart "
        "from the checks in section 8.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "The secondary circuits are live with respect to each other even though they are not earthed. Treat "
            "every conductor as live.",
            "Both incoming supplies must be isolated and locked before the covers are removed; the changeover can "
            "re-energise the panel from the other supply.",
            "Never connect an earth, a surge protector or a filter with earthed capacitors to the secondary side.",
            "Only equipment meant for the medical IT system may be plugged in. Cleaning machines, kettles and "
            "similar equipment must use the ordinary outlets of the theatre.",
        ],
    ),
    ("h", "4. Alarm limits and settings"),
    (
        "cols",
        [
            ("h", "Insulation"),
            (
                "p",
                "The IMD alarm (I01) comes when the insulation resistance falls to the setting, 50 kohm from the "
                "factory, within 5 s. The setting may be raised up to 500 kohm by the site's electrical Authorised "
                "Person but never set below 50 kohm. The alarm clears only when the resistance has risen to 25 % "
                "above the setting: 62.5 kohm with the factory setting. A prewarning shows on the display at 100 "
                "kohm, without lamp or buzzer.",
            ),
            ("h", "Load"),
            (
                "p",
                "I03 comes when the secondary current stays above 35 A for 10 s. Short overloads up to 150 % for "
                "60 s, such as the start of a mobile X-ray unit, do not harm the transformer but still raise the "
                "alarm if they last 10 s.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "I04 comes at 120 °C in the windings. The transformer keeps supplying; reduce the load and check "
                "the ventilation slots.",
            ),
            ("h", "Mute"),
            (
                "p",
                "MUTE on a GRA-2 silences the buzzer on all panels. The yellow lamp stays on while the fault is "
                "present, and the buzzer sounds again after 30 min if the fault is still there.",
            ),
            ("h", "Changeover"),
            (
                "p",
                "On loss of the supply in service, the panel changes to the other supply within 0.5 s. It returns "
                "to the preferred supply only after the preferred supply has been healthy for 30 s, and only if "
                "AUTO RETURN is selected; otherwise press RETURN on the panel.",
            ),
            ("h", "Connection monitoring"),
            (
                "p",
                "The IMD checks its own connections to the system and to earth. A broken connection gives I02 "
                "after 10 s.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["I01", "Insulation fault", "Insulation resistance at or below the setting. Locate the fault (7.2)."],
            ["I02", "IMD connection fault", "IMD lead to the system or to earth broken for 10 s. Call an electrician; the system is not monitored."],
            ["I03", "Overload", "Secondary current above 35 A for 10 s. Reduce the load on the isolated outlets."],
            ["I04", "Transformer temperature", "Winding at 120 °C. Reduce the load; check the ventilation slots."],
            ["I05", "Temperature sensor fault", "PTC circuit open or shorted. Galvenor service."],
            ["I06", "Preferred supply lost", "The panel runs on the alternative supply. Inform the site's electrical AP."],
            ["I07", "Alternative supply lost", "No back-up supply is available. Inform the site's electrical AP."],
            ["I08", "Changeover failure", "A contactor did not close or open within 0.5 s. Galvenor service."],
            ["I09", "GRA-2 link fault", "A remote panel does not answer. Check its cable and its fuse F3 (1 A)."],
            ["I11", "Parameter memory", "Settings lost; factory values loaded. Check the settings."],
            ["I12", "Self test failed", "The IMD failed its hourly self test. Call Galvenor service to replace the GIM-70."],
        ],
        (16, 42, 112),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Insulation alarm whenever one particular device is plugged in",
                "High leakage or an insulation fault in that device",
                "Unplug it, label it and send it to medical engineering (EBME) for testing.",
            ],
            [
                "Insulation reading falls slowly over weeks",
                "Damp or damaged cable in a floor box or pendant",
                "Test the circuits one by one (7.2) at the end of a list; have the circuit repaired.",
            ],
            [
                "Overload alarm when warming devices are on",
                "Too much heating load on the isolated outlets",
                "Move non-critical heating loads to the ordinary outlets.",
            ],
            [
                "Buzzer comes back after being muted",
                "The fault is still present after 30 min",
                "Locate and remove the fault; mute only silences it for 30 min.",
            ],
            [
                "Remote panel dark, I09 at the main panel",
                "GRA-2 cable damaged or fuse F3 blown",
                "Replace fuse F3 (1 A); check the cable.",
            ],
            [
                "Transformer hums much louder than usual",
                "Loose core clamping or a DC load on the secondary",
                "Unplug the last device connected; if it stays, call Galvenor service.",
            ],
        ],
        (55, 52, 63),
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Weekly test"),
    (
        "ol",
        [
            "At a GRA-2 panel press TEST once. The IMD simulates an insulation fault for 20 s.",
            "The yellow INSULATION lamp must light and the buzzer sound within 5 s on every GRA-2 panel.",
            "Press MUTE: the buzzer stops, the yellow lamp stays.",
            "When the 20 s have passed, the yellow lamp must go out within 10 s and the green NORMAL lamp come on.",
            "Record the test and the insulation reading shown on the display in the theatre log.",
        ],
    ),
    ("h", "7.2 Locating an insulation fault"),
    (
        "ol",
        [
            "Read the insulation resistance on the display; note the time.",
            "Unplug the devices not in use, one at a time, waiting 10 s after each. If the reading rises above 62.5 kohm, the last device unplugged is faulty.",
            "If the fault remains, wait until no equipment is in use on a patient.",
            "Switch off the outgoing MCBs one at a time, waiting 10 s after each, until the reading rises.",
            "Leave the faulty circuit off, label it and report it to the site's electrical AP.",
        ],
    ),
    ("h", "7.3 Annual IMD test"),
    (
        "ol",
        [
            "With the theatre out of use, connect a 47 kohm test resistor between one secondary conductor and the earth bar.",
            "I01 must appear within 5 s. Remove the resistor.",
            "Connect a 68 kohm resistor: no alarm may appear within 60 s. Remove the resistor.",
            "Repeat with the other secondary conductor.",
            "Measure the secondary leakage current with no load: no more than 0.5 mA.",
        ],
    ),
    ("h", "7.4 Changeover test"),
    (
        "ol",
        [
            "Agree the test with the theatre manager and the site's electrical AP; the theatre must be out of use.",
            "Open the MCB of the supply in service. The panel must change within 0.5 s and show I06 or I07.",
            "Close the MCB. With AUTO RETURN, the panel returns after 30 s; otherwise press RETURN.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Test from a GRA-2 panel (7.1)."],
            ["6 months", "Changeover test (7.4)."],
            ["12 months", "IMD test with test resistors (7.3); leakage current; check terminal tightness; thermal image under load."],
            ["As the site decides", "Periodic inspection of the theatre installation (site's electrical AP)."],
        ],
        (50, 120),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Number"],
            ["Insulation monitoring device GIM-70", "GVN-IM-70"],
            ["Remote alarm and test panel GRA-2", "GVN-RA-2"],
            ["PTC relay", "GVN-PT-1"],
            ["Fuse F3, 1 A, 5 x 20 mm (pack of 10)", "GVN-F3-10"],
            ["Changeover contactor", "GVN-CC-50"],
            ["Test resistor set, 47 and 68 kohm", "GVN-TR-2"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("quendrick-qma-medical-air-compressor-plant.pdf", "Quendrick QDK-OM-QMA-04 Ed 3 - QMA-30 / QMA-45", QUENDRICK),
        ("velmontra-uc-ultra-clean-ventilation-canopy.pdf", "Velmontra VMT-OM-UC-07 Ed 2 - UC-28 / UC-32", VELMONTRA),
        ("vellacourt-vt-thermostatic-mixing-valve-set.pdf", "Vellacourt VLC-IM-VT-11 Ed 4 - VT-15 / VT-22", VELLACOURT),
        ("galvenor-gi8-isolated-power-supply-panel.pdf", "Galvenor GVN-OM-GI8-02 Ed 5 - GI-8", GALVENOR),
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
