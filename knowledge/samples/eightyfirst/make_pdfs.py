"""Generate the PDF manuals of the eighty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set81venv && /tmp/set81venv/bin/pip install fpdf2 pypdf
    /tmp/set81venv/bin/python knowledge/samples/eightyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Voltrada WBS electrical water bath stunners
VOLTRADA = [
    ("title", "Voltrada WBS Electrical Water Bath Stunners\nInstallation, Operation and Maintenance - WBS-24 and WBS-36"),
    (
        "p",
        "Document VLT-OM-WBS-03, Edition 3, March 2025. Voltrada Stunning Systems. The WBS-24 and WBS-36 stun "
        "poultry hung by the legs on the shackles of an overhead line by passing an electric current through the "
        "birds while their heads are immersed in a water bath. The current flows from the stainless electrode plate "
        "in the bath through the birds to the shackles, which are earthed by the earth bar (rubbing bar) above the "
        "bath. The stunning generator in the control cabinet (CG-4 on the WBS-24, CG-6 on the WBS-36) gives a "
        "constant current, as sine wave AC or pulsed DC. Apart from the bath length, the generator and the items "
        "named in this manual, the two models are built alike. The shackle line and its drive are described in "
        "the line maker's manual. The minimum stunning parameters that apply to a given species and the back-up "
        "stunning method are set by the competent authority and the site's animal welfare officer, not by this "
        "manual.",
    ),
    (
        "warn",
        "DANGER: While the generator runs, the bath water, the electrode plate and the earth bar are live (up to "
        "400 V). Never touch the bath, the water or a bird in the bath unless the generator is switched off at the "
        "main switch and locked off. After switching off, wait 5 min for the output capacitors to discharge.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WBS-24", "WBS-36"],
            ["Bath length, inside", "2400 mm", "3600 mm"],
            ["Immersed length (length of the electrode plate)", "2200 mm", "3400 mm"],
            ["Bath width, inside", "300 mm", "300 mm"],
            ["Water volume at working level", "190 L", "280 L"],
            ["Line speed, maximum", "6000 birds/h", "9000 birds/h"],
            ["Shackle pitch", "152.4 mm (6 in)", "152.4 mm (6 in)"],
            ["Immersion time at maximum line speed", "8.7 s", "8.9 s"],
            ["Birds in the bath at once, every shackle filled", "14", "22"],
            ["Stunning generator", "CG-4", "CG-6"],
            ["Output current, constant current, maximum", "4.0 A", "6.0 A"],
            ["Output voltage, maximum", "400 V rms", "400 V rms"],
            ["Frequency, sine AC or pulsed DC", "50-1500 Hz", "50-1500 Hz"],
            ["Supply 400 V 3~ 50 Hz, apparent power", "3.0 kVA", "4.5 kVA"],
            ["Supply fuse", "10 A gG", "16 A gG"],
            ["Electric height adjustment of the bath, stroke", "300 mm", "400 mm"],
            ["Mass, bath and frame, empty", "310 kg", "420 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The immersion times hold only at the maximum line speed with the head of every bird in the water up to "
        "the base of the wings; at a lower line speed they are longer. The immersion time must never be shorter "
        "than 4 s on either model. The number of birds in the bath is the immersed length divided by the shackle "
        "pitch, rounded down.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons authorised by the site set the stunning parameters. Every change is logged with "
            "the operator's code.",
            "The guards at the bath entry and exit are interlocked (S06). Never bridge an interlock.",
            "The earth bar and the shackle line must be bonded to the protective earth. Check the bond from the "
            "earth bar to the line structure weekly: the resistance must be below 0.1 ohm.",
            "A bird that leaves the bath not stunned must be killed at once by the back-up method laid down in the "
            "site's standard operating procedures. This manual does not describe the back-up method.",
            "Wear class 0 insulating gloves for any work at the electrode terminal box, even with the generator "
            "isolated.",
            "The bath must not be used for any animal other than poultry hung by both legs.",
        ],
    ),
    ("h", "3. Stunning settings"),
    (
        "cols",
        [
            ("h", "Constant current"),
            (
                "p",
                "The generator regulates the total current in the bath to the set value. Each bird receives about "
                "the total current divided by the number of birds in the bath. Enter the current per bird; the "
                "controller sets total current = current per bird x birds in the bath, with 14 birds in the bath "
                "on the WBS-24 and 22 on the WBS-36. Example: 150 mA per bird on a WBS-36 gives 22 x 150 mA = 3.30 "
                "A. The highest current per bird with every shackle filled is 285 mA (WBS-24) and 272 mA (WBS-36), "
                "the generator maximum divided by the birds in the bath.",
            ),
            ("h", "Gaps in the line"),
            (
                "p",
                "The current per bird holds only with every shackle in the bath filled. With empty shackles the "
                "remaining birds receive more current. The entry sensor counts empty shackles; with more than 3 "
                "empty shackles in the bath the controller lowers the total current in proportion (gap "
                "compensation, on by default, parameter P14).",
            ),
            ("h", "Factory presets"),
            (
                "p",
                "P1 broilers: 100 mA per bird, 50 Hz sine AC. P2 broilers: 150 mA per bird, 300 Hz sine AC. P3 "
                "broilers: 200 mA per bird, 600 Hz sine AC. P4 ducks: 130 mA per bird, 50 Hz sine AC. Presets P5 "
                "to P9 are free. The presets are starting points only. The minimum current per bird and the "
                "frequency the site must use are those set by the competent authority for the species; the site's "
                "animal welfare officer enters them and locks them with the supervisor code.",
            ),
            ("h", "Frequency and waveform"),
            (
                "p",
                "Settable from 50 to 1500 Hz in steps of 10 Hz, as sine AC or pulsed DC with a duty cycle of 20-80 % "
                "(default 50 %). Higher frequencies cause fewer broken wings and blood spots but need a higher "
                "current per bird for the same stun.",
            ),
            ("h", "Voltage reserve"),
            (
                "p",
                "The generator needs a voltage reserve to keep the current constant. If the output voltage stays at "
                "95 % of the maximum (380 V) for more than 10 s, S03 is shown: the water conducts too poorly or the "
                "earth contact is poor. Conductivity is raised by adding food grade salt (sodium chloride) in steps "
                "of 100 g, no more than 0.5 kg per 100 L of bath water.",
            ),
            ("h", "Data logging"),
            (
                "p",
                "Every 60 s the controller stores the total current, the current per bird, the voltage, the "
                "frequency, the line speed and the number of birds stunned. The memory holds 90 days; S12 is shown "
                "when it is 90 % full. Download the records with a USB stick (SERVICE > EXPORT). Which records the "
                "authority requires and how long they are kept is for the site to decide.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "S01",
                "Over-current",
                "More than 110 % of the set total current for 2 s. Look for a short from the electrode to the earth "
                "bar: water spilling onto the entry ramp, a bird lying across the bath.",
            ],
            ["S02", "No current", "Bath open circuit. Check the water level and the electrode cable."],
            [
                "S03",
                "Voltage reserve used up",
                "Output at 380 V for more than 10 s. Clean and wet the earth bar, then add salt (section 3).",
            ],
            ["S04", "Water level low", "Level probe dry for 5 s. Top up; check the inlet valve and the drain valve."],
            ["S05", "Emergency stop", "Release the emergency stop, then press RESET."],
            ["S06", "Guard open", "Close the entry or exit guard. The generator cannot start."],
            ["S07", "Generator too hot", "Heatsink above 80 °C. Clean the cabinet fan filter; check the fan."],
            [
                "S09",
                "Earth leakage",
                "Leakage above 30 mA. Isolate; check the electrode cable and the bath insulators. If it comes back, "
                "call Voltrada service.",
            ],
            ["S10", "No line speed signal", "No encoder pulses for 3 s. Check the line encoder and its cable."],
            ["S11", "Height end stop", "The bath is at the top or bottom of its stroke."],
            ["S12", "Memory 90 % full", "Download the records (section 3)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Birds flap their wings or lift their heads just before the bath (pre-stun shocks)",
                "Water spilling over the entry lip; entry ramp wet; water level too high",
                "Lower the water to the level mark, 40 mm below the entry lip, and dry and clean the insulated "
                "entry ramp",
            ],
            [
                "Birds breathe rhythmically or right themselves after the bath",
                "Current per bird too low; heads not immersed to the base of the wings; poor shackle contact",
                "Check the current per bird on the display; raise the bath 10 mm at a time; wet the earth bar and "
                "check its brushes",
            ],
            [
                "Red wing tips, broken wings, blood spots in the breast",
                "Frequency low for the current used",
                "Raise the frequency within the settings approved by the site; never lower the current below the "
                "approved minimum",
            ],
            [
                "Displayed current jumps with each bird",
                "Birds of very different sizes; small birds not reaching the water",
                "Ask for the flock to be hung by size; raise the bath",
            ],
            [
                "Electrode plate heavily corroded",
                "Too much salt; plate not rinsed after production",
                "Keep within 0.5 kg of salt per 100 L; rinse the bath daily",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Starting production"),
    (
        "ol",
        [
            "Check that both guards are closed and the drain valve is shut.",
            "Fill the bath with clean water to the level mark, 40 mm below the entry lip.",
            "Switch on the main switch. The controller tests the earth leakage (about 5 s).",
            "Select the preset approved for the flock with the supervisor code.",
            "Start the shackle line at low speed and check that the heads of the first birds enter the water up to "
            "the base of the wings. Adjust the bath height in steps of 10 mm.",
            "Press STUN ON and check the displayed current per bird against the set value within the first 20 "
            "birds.",
            "Check the stun (section 6.2) before raising the line speed.",
        ],
    ),
    ("h", "6.2 Checking the stun"),
    (
        "ol",
        [
            "Stand at the bath exit where each bird can be seen for at least 10 s.",
            "Watch at least 10 consecutive birds at the start of each flock and every hour.",
            "An effective stun shows an arched neck, rigid extended legs, rapid body tremors, no rhythmic "
            "breathing and no righting reflex.",
            "Record the result on the site's form.",
            "If more than 1 bird in 10 shows no stun or signs of recovery, stop the line, have the birds killed by "
            "the back-up method and check the current, the bath level and the earth contact before restarting.",
        ],
    ),
    ("h", "6.3 Calibration check of the current measurement"),
    (
        "ol",
        [
            "Switch off and lock off the main switch. Drain the bath.",
            "Connect the test load VLT-TL-100 (100 ohm, 2 kW) between the electrode terminal and the earth bar.",
            "Switch on, select SERVICE > CAL CHECK and set a total current of 2.00 A at 50 Hz sine AC.",
            "Read the current on a calibrated true rms clamp meter: it must be 1.96 to 2.04 A (2.00 A ±2 %). The "
            "voltage shown must be 196 to 204 V.",
            "Repeat at 400 Hz.",
            "If a reading is outside the limits, do not use the stunner and call Voltrada service; the generator "
            "is not adjusted on site.",
            "Remove the test load and refill the bath.",
        ],
    ),
    ("h", "6.4 Replacing the electrode plate"),
    (
        "ol",
        [
            "Isolate, lock off and wait 5 min.",
            "Drain and rinse the bath.",
            "Disconnect the electrode cable at the terminal box (M10 nut).",
            "Undo the plate screws (8 on the WBS-24, 12 on the WBS-36) and lift the plate out.",
            "Fit the new plate (VLT-EP-24 or VLT-EP-36) with new PTFE insulating washers.",
            "Tighten the cable nut to 20 Nm.",
            "With the bath dry, measure the insulation resistance from the plate to earth: at least 1 Mohm at 500 "
            "V DC.",
            "Refill the bath and carry out a calibration check (section 6.3).",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Drain and rinse the bath and the electrode plate; clean the entry ramp; check that the earth bar is "
                "wet and its brushes touch every shackle",
            ],
            ["Weekly", "Earth bond from the earth bar to the line structure below 0.1 ohm; clean the fan filter"],
            ["Monthly", "Calibration check of the current measurement (section 6.3); check the bath insulators"],
            ["6 months or 2000 h, whichever comes first", "Replace the earth bar brushes"],
            ["12 months", "Voltrada service: generator check, insulation test, logger clock"],
            [
                "Electrode plate",
                "Replace when worn below 3 mm thick (new 5 mm) or pitted over more than 20 % of its area",
            ],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "WBS-24", "WBS-36"],
            ["Electrode plate, stainless", "VLT-EP-24", "VLT-EP-36"],
            ["Earth bar brush set", "VLT-BR-24", "VLT-BR-36"],
            ["Entry ramp insulator", "VLT-IR-01", "VLT-IR-01"],
            ["Level probe", "VLT-LP-02", "VLT-LP-02"],
            ["Test load 100 ohm, 2 kW", "VLT-TL-100", "VLT-TL-100"],
            ["Cabinet fan filter mat", "VLT-FM-04", "VLT-FM-06"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Tepidor TS immersion scalders
TEPIDOR = [
    ("title", "Tepidor TS Poultry Immersion Scalders\nOperation and Maintenance - TS-8 and TS-12"),
    (
        "p",
        "Document TPD-OM-TS-02, Edition 2, June 2024. Tepidor Process Engineering. The TS-8 and TS-12 are immersion "
        "scalders for broilers and spent hens hung on a 6 in (152.4 mm) shackle line after stunning and bleeding. "
        "The shackle line leads the birds through the tank in a serpentine path. Air blown through perforated "
        "pipes in the tank floor moves the water through the feathers. Fresh water enters at the exit end and "
        "overflows at the entry end, against the direction of the birds (counter-flow). The water is heated by "
        "direct steam injection through a modulating steam valve. Apart from the tank length, the heating and the "
        "items named here, the two models are built alike. The steam supply up to the isolating valve, the "
        "drainage and the effluent discharge are the site's. The scald temperature and time for a given product "
        "are set by the site's quality department to suit the customer's specification; this manual gives the "
        "ranges the scalder can hold.",
    ),
    (
        "warn",
        "WARNING: The water is up to 64 °C and causes scalds. Steam pipes and the injector body are hotter. Entering "
        "the drained tank is confined space work under the site's permit; never enter while the steam valve or the "
        "fresh water valve is not locked shut.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TS-8", "TS-12"],
            ["Tank length, outside", "8.4 m", "12.4 m"],
            ["Bird path under water", "40 m", "60 m"],
            ["Line speed, maximum", "6000 birds/h", "9000 birds/h"],
            ["Scald time at maximum line speed", "157 s", "157 s"],
            ["Water volume at working level", "16 m³", "24 m³"],
            ["Water temperature, settable", "48-64 °C", "48-64 °C"],
            ["Temperature control accuracy, line running steadily", "±0.3 °C", "±0.3 °C"],
            ["Steam heating capacity, steam at 3 bar g", "450 kW", "650 kW"],
            ["Heat-up time, 15 °C to 53 °C, covers closed", "about 95 min", "about 100 min"],
            ["Steam supply pressure at the valve", "3-6 bar g", "3-6 bar g"],
            ["Steam connection", "DN 50", "DN 65"],
            ["Agitation blower", "7.5 kW, 420 m³/h at 350 mbar", "11 kW, 620 m³/h at 350 mbar"],
            ["Fresh water connection", "DN 40", "DN 50"],
            ["Electrical supply 400 V 3~ 50 Hz", "32 A", "40 A"],
            ["Mass, empty", "4800 kg", "6900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The heat-up times hold with steam at 3 bar g at the valve, the covers closed and the blower off; with the "
        "blower running they are about 20 % longer. The control accuracy holds only while the line runs at a "
        "steady speed; after a line stop the temperature may overshoot by up to 1 °C for a few minutes.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the covers closed while the line runs; they are interlocked (T12) and keep steam and splashes in.",
            "Never open the steam valve with the water below the working level: the injector then blows steam into "
            "the air, bangs and wears.",
            "Before any work in or at the tank: stop the line, close and lock the steam isolating valve and the "
            "fresh water valve, switch off the main switch and lock it off.",
            "Let the water cool below 40 °C before draining it into the site's drain.",
            "The hold-down bars keep the birds under the water. They are set at the factory for broilers of 1.8-3.2 "
            "kg live weight; for other birds ask Tepidor service for the setting.",
        ],
    ),
    ("h", "3. Temperature, time and water"),
    (
        "cols",
        [
            ("h", "Temperature ranges"),
            (
                "p",
                "Soft scald, skin with its yellow outer layer kept, for chilled fresh product: 50-53 °C. Hard scald, "
                "outer layer removed, for frozen or marinated product: 56-60 °C. Above 60 °C the skin starts to "
                "cook. The setpoint cannot be set above 64 °C. The customer's specification decides between soft "
                "and hard scald.",
            ),
            ("h", "Scald time"),
            (
                "p",
                "Scald time (s) = bird path under water (m) / line speed (m/s), with line speed (m/s) = birds/h x "
                "0.1524 / 3600. Example: a TS-12 at 7200 birds/h runs at 0.305 m/s, so the scald time is 60 / "
                "0.305 = 197 s. The scald time cannot be set; it follows from the line speed.",
            ),
            ("h", "Line stop setback"),
            (
                "p",
                "When the shackle line stops, the birds stay in the water. If the line stops for more than 90 s "
                "with the setpoint above 54 °C, the controller lowers the setpoint by 3 °C and the blower runs at "
                "low speed. At restart the setpoint returns over 5 min. Birds held in the water for more than 5 min "
                "at hard scald settings must be checked by the site's quality staff before further processing.",
            ),
            ("h", "Fresh water"),
            (
                "p",
                "The fresh water overflow must be at least 1.0 L per bird, read on the inlet flow meter: at least 6.0 "
                "m³/h on a TS-8 at 6000 birds/h and at least 9.0 m³/h on a TS-12 at 9000 birds/h. At lower line "
                "speeds the controller lowers the flow in proportion, but never below 1.5 m³/h, also with the line "
                "stopped. The authority or the site's hygiene plan may require more water.",
            ),
            ("h", "Level and agitation"),
            (
                "p",
                "The working level is 120 mm below the overflow lip; the level control holds it within ±15 mm. The "
                "blower speed is settable from 60 to 100 % (default 80 %). More air loosens feathers faster but "
                "raises foam.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "T01",
                "Temperature low",
                "More than 1.5 °C below the setpoint for 2 min. Check the steam pressure at the valve (at least 3 bar "
                "g), the steam strainer and the valve.",
            ],
            [
                "T02",
                "Temperature high",
                "More than 1.0 °C above the setpoint. The steam valve is passing: check its seat.",
            ],
            [
                "T03",
                "High limit",
                "Water above 65 °C. The safety shut-off valve closes the steam. Reset after the cause is found.",
            ],
            ["T04", "Level low", "Check the fresh water supply and that the drain valve is shut."],
            ["T05", "Level high", "Overflow blocked with feathers. Clear the overflow screen."],
            ["T06", "Blower overload", "Check the blower air filter and the air hose."],
            ["T08", "Steam pressure low", "Below 2.5 bar g at the valve. The steam supply is the site's."],
            ["T09", "Fresh water flow low", "Below the minimum for 60 s. Clean the inlet strainer."],
            ["T10", "No line speed signal", "Check the line encoder; the fresh water runs at the 1.5 m³/h minimum."],
            [
                "T11",
                "Probes disagree",
                "The two temperature probes differ by more than 0.5 °C. Calibrate them (section 6.2).",
            ],
            ["T12", "Cover open", "Close the covers."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Feathers not loosened; wing and tail feathers left after plucking",
                "Water cooler than displayed; blower air low; birds floating up",
                "Check the water temperature with a reference thermometer; raise the blower speed; check that the "
                "hold-down bars sit at their factory marks",
            ],
            [
                "Cooked skin patches, skin torn in the plucker",
                "Temperature too high; long line stop",
                "Lower the setpoint within the specification; check that the line stop setback is on (parameter "
                "P31)",
            ],
            [
                "Temperature swings more than ±1 °C with a steady line",
                "Steam pressure unsteady; probes coated with fat",
                "Check the steam at the valve, 3-6 bar g; clean the probes",
            ],
            [
                "Heavy foam over the covers",
                "Blower speed high; fresh water flow low",
                "Lower the blower speed; raise the fresh water flow",
            ],
            [
                "Dirty water, faeces and feathers building up",
                "Fresh water flow too low",
                "Keep at least 1.0 L per bird; clean the inlet strainer",
            ],
            [
                "Banging in the tank when heating",
                "Water below the working level; wet steam",
                "Bring the water to the working level before opening the steam; check the site's steam traps",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Filling and heating up"),
    (
        "ol",
        [
            "Check that the drain valves are shut and the overflow screen is clean.",
            "Open the fresh water valve and fill to the working level, 120 mm below the overflow lip.",
            "Close the covers. Switch on; check that T04 has cleared.",
            "Enter the setpoint from the site's product specification.",
            "Open the steam isolating valve slowly and check the steam pressure at the valve: 3-6 bar g.",
            "Press HEAT. The TS-8 needs about 95 min and the TS-12 about 100 min from 15 °C to 53 °C.",
            "Start the blower when the water is within 2 °C of the setpoint.",
            "Check the temperature with the reference thermometer before the first birds arrive.",
        ],
    ),
    ("h", "6.2 Calibrating the temperature probes"),
    (
        "ol",
        [
            "Run the scalder at its setpoint with the blower on for at least 15 min.",
            "Hold the reference thermometer (calibrated, accuracy ±0.1 °C) next to probe A, 200 mm below the "
            "surface.",
            "After 2 min compare: probe A must read within ±0.2 °C of the reference.",
            "If not, enter the difference under SERVICE > PROBE A > OFFSET.",
            "Repeat for probe B.",
            "An offset of more than ±1.0 °C means the probe is faulty: replace it with TPD-PT-100.",
            "Record the readings and offsets in the calibration log.",
        ],
    ),
    ("h", "6.3 Daily draining and cleaning"),
    (
        "ol",
        [
            "After the last bird, close the steam isolating valve and switch off the blower.",
            "Let the water cool below 40 °C, then open the drain valves.",
            "Rinse feathers from the tank floor and the air pipes towards the drain with a low pressure hose.",
            "Clean the overflow screen and the inlet strainer.",
            "Apply the site's cleaning agent as its data sheet says, then rinse with clean water.",
            "Close the drain valves and leave the covers open to dry.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Drain and clean (section 6.3); check the overflow screen and the inlet strainer"],
            ["Weekly", "Clean the temperature probes; check the blower air filter"],
            ["Monthly", "Calibrate the temperature probes (section 6.2); clean the steam strainer"],
            [
                "Every 3 months, or when heat-up takes 25 % longer than stated, whichever comes first",
                "Descale the steam injection nozzles",
            ],
            ["12 months", "Tepidor service: modulating steam valve and actuator, high limit shut-off valve test"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "TS-8", "TS-12"],
            ["Temperature probe PT100", "TPD-PT-100", "TPD-PT-100"],
            ["Modulating steam valve with actuator", "TPD-SV-50", "TPD-SV-65"],
            ["Steam injection nozzle", "TPD-IN-08", "TPD-IN-12"],
            ["Blower air filter", "TPD-AF-75", "TPD-AF-110"],
            ["Perforated air pipe, one length", "TPD-AP-08", "TPD-AP-12"],
            ["Cover gasket, per metre", "TPD-CG-01", "TPD-CG-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Fedrak DF-36 rubber finger plucker
FEDRAK = [
    ("title", "Fedrak DF-36 Disc Plucker\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document FDK-OM-DF36-04, Edition 4, January 2025. Fedrak Defeathering Machines. The DF-36 is a disc "
        "plucker (defeathering machine) for broilers hung on a 6 in shackle line after the scalder. Two frames, one "
        "on each side of the line, each carry three banks of six plucking heads, 36 heads in all. Each head is a "
        "stainless disc holding 12 rubber fingers and is turned by its bank's shaft through bevel gears; "
        "neighbouring heads turn in opposite directions. Each bank has its own geared motor and frequency "
        "converter. The fingers rub off the feathers loosened in the scalder; water sprays wash the feathers down "
        "into the site's feather flume, which is not part of the machine. The plucking result depends on the "
        "scald: the scalder and its settings are described in the scalder maker's manual.",
    ),
    (
        "warn",
        "WARNING: The heads run on for up to 20 s after a stop. Never reach between the frames or into a head until "
        "all heads have stopped and the main isolator is locked off. All six bank motors are isolated by the main "
        "isolator only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DF-36"],
            ["Line speed, maximum", "9000 birds/h"],
            ["Bird live weight range", "1.4-3.5 kg"],
            ["Plucking heads", "36 (2 frames x 3 banks x 6 heads)"],
            ["Rubber fingers per head", "12 (432 in all)"],
            ["Head speed at 50 Hz", "300 rpm"],
            ["Head speed range with the frequency converters", "180-420 rpm"],
            ["Bank motors", "6 x 2.2 kW, 400 V 3~ 50 Hz, 4.8 A each"],
            ["Supply fuse", "35 A gG"],
            ["Frame distance (between the disc faces), settable", "250-600 mm"],
            ["Frame height adjustment", "0-400 mm"],
            ["Frame tilt, forward", "0-5°"],
            ["Rubber finger length, new / discard", "100 mm / 88 mm"],
            ["Spray water", "2-3 bar, at least 60 L/min in total"],
            ["Gear oil per bank, food grade H1, ISO VG 220", "1.2 L"],
            ["Sound pressure at 1 m, with birds", "84 dB(A)"],
            ["Frame length / mass", "3.2 m / 2150 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The line speed holds only for birds scalded to the scalder maker's settings and with every finger within "
        "its wear limit. A cool or short scald leaves feathers that no setting of the plucker will remove.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guard doors are interlocked (P05); opening one stops all banks. Never bridge the interlock.",
            "Above 80 dB(A) hearing protection is needed near the machine; the site's noise assessment decides "
            "where.",
            "Use the frame drive only with nobody between the frames.",
            "Wear cut resistant gloves to handle worn discs: their edges can be sharp.",
            "Fit only Fedrak fingers; fingers of another hardness or length change the plucking force.",
        ],
    ),
    ("h", "3. Setting the plucker"),
    (
        "cols",
        [
            ("h", "Frame distance"),
            (
                "p",
                "The frame distance sets how deep the fingers reach into the bird. The finger tips should overlap "
                "the breast by 30-40 mm on bank 1 and by 40-50 mm on banks 2 and 3. The scale on each frame shows "
                "the distance between the disc faces. For broilers of 2.2 kg average live weight start at 380 mm "
                "(bank 1) and 360 mm (banks 2 and 3). For every 0.5 kg more average live weight open the frames by "
                "20 mm; for every 0.5 kg less close them by 20 mm.",
            ),
            ("h", "Height"),
            (
                "p",
                "Set the frame height so that the top heads of bank 1 meet the birds at the shoulder and the hocks "
                "run 30 mm above the top heads.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Bank 1 removes most of the feathers and runs slowest: default 280 rpm; banks 2 and 3 run at 320 rpm. "
                "Change the speed in steps of 20 rpm and judge the result on at least 50 birds. Above 380 rpm the "
                "risk of broken wings rises sharply; run above it only if the site's quality staff accept the "
                "wing damage.",
            ),
            ("h", "Tilt"),
            (
                "p",
                "Tilting the frames forward by 2-3° lets the birds leave the fingers more gently and lowers wing "
                "damage at the exit.",
            ),
            ("h", "Spray water"),
            (
                "p",
                "Spray water at 2-3 bar, at least 60 L/min in total. With less water the fingers heat up and wear "
                "fast and feathers stick to the heads. Below 1.5 bar for 10 s P07 is shown.",
            ),
            ("h", "Finger wear"),
            (
                "p",
                "Fingers wear fastest on bank 1. Reversing the direction of rotation of all banks once a week "
                "(parameter R01) evens out the wear. Soft fingers FDK-RF-50 (Shore A 50) are for spent hens and "
                "birds that tear easily; they wear about twice as fast as the standard fingers FDK-RF-60 (Shore A "
                "60).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Bank 1 overload", "Frequency converter current limit, left (L) or right (R) frame. See P03."],
            ["P02", "Bank 2 overload", "As P01, bank 2."],
            [
                "P03",
                "Bank 3 overload",
                "As P01, bank 3. Check for a jammed head, a bird wrapped round a head or frames set too close.",
            ],
            ["P04", "Converter link lost", "No communication with a converter. Check the bus cable and its plug."],
            ["P05", "Guard door open", "Close the door; press RESET."],
            ["P07", "Spray water pressure low", "Below 1.5 bar for 10 s. Check the site's supply and the nozzles."],
            ["P08", "No line speed signal", "The banks stop after 5 s. Check the line encoder."],
            ["P09", "Emergency stop", "Release the emergency stop; press RESET."],
            [
                "P10",
                "Gearbox too hot",
                "Gear oil above 85 °C. Check the oil level; a bearing may be failing: call Fedrak service.",
            ],
            ["P11", "Frame drive end position", "The frame is at 250 mm or 600 mm."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Broken or dislocated wings",
                "Head speed too high; frames too close; birds swinging into the heads",
                "Lower the speed by 20 rpm at a time; open the frames by 10 mm; check the line guide at the entry",
            ],
            [
                "Feathers left on wings and tail",
                "Fingers worn; frames too open; scald too cool",
                "Measure the fingers (discard at 88 mm); close the frames by 10 mm; have the scald checked",
            ],
            [
                "Skin tears on breast and thighs",
                "Scald too hot; fingers too hard; speed too high",
                "Have the scald checked; fit soft fingers FDK-RF-50; lower the speed",
            ],
            [
                "Birds pulled off the shackles",
                "Bank 1 too close; frame height wrong",
                "Open bank 1 by 10 mm; reset the height (section 3)",
            ],
            [
                "One bank vibrates strongly",
                "Fingers missing from one head, so the head is out of balance; worn head bearing",
                "Fit a full set of 12 fingers on the head; if the vibration stays, the bearing is due: call Fedrak "
                "service",
            ],
            [
                "Feathers building up on the heads",
                "Spray water low; nozzles blocked",
                "Clean the nozzles; check the pressure, 2-3 bar",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Replacing the rubber fingers"),
    (
        "ol",
        [
            "Stop the line and open the frames to 600 mm with the frame drive.",
            "Switch off the main isolator and lock it off. Wait until all heads have stopped.",
            "Pull each finger out from the front of the disc with the finger tool FDK-FT-1. Do not cut fingers out.",
            "Clean the holes in the disc and check the disc for cracks.",
            "Wet the new fingers with clean water (no grease, no soap) and push them in from the back with the tool "
            "until the collar sits flat against the disc.",
            "Always replace all 12 fingers of a head, and preferably all heads of a bank together.",
            "Remove the lock and run the bank for 5 min without birds, then check that no finger has moved.",
            "Set the frames back to their working distance.",
        ],
    ),
    ("h", "6.2 Setting the frames for a new flock weight"),
    (
        "ol",
        [
            "Find the flock's average live weight from the live bird reception.",
            "Work out the frame distances from section 3: 380 mm (bank 1) and 360 mm (banks 2 and 3) at 2.2 kg, "
            "20 mm more per 0.5 kg more.",
            "Set each bank with the frame drive and read the scale on both frames.",
            "Run 50 birds and check them for feathers left and for wing damage.",
            "Correct in steps of 10 mm.",
        ],
    ),
    ("h", "6.3 Checking and changing the gear oil"),
    (
        "ol",
        [
            "Stop and lock off. Clean the area round the filler and level plugs.",
            "Check the level at the sight glass of each bank gearbox: oil at the middle of the glass.",
            "To change the oil, drain it warm into a container through the drain plug.",
            "Refill each gearbox with 1.2 L of food grade H1 gear oil ISO VG 220 (FDK-GO-220).",
            "Dispose of the used oil as the site's waste rules say.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wash down; look for missing fingers; check the spray nozzles"],
            [
                "Weekly",
                "Measure the fingers on 3 heads per bank; reverse the rotation (R01); grease the frame slides with "
                "H1 grease",
            ],
            ["Monthly", "Check the gear oil level (section 6.3)"],
            [
                "Fingers",
                "Replace the head's fingers when any of them is shorter than 88 mm or cracked, whichever comes "
                "first; usually after 6-8 weeks on two shifts",
            ],
            [
                "Gear oil",
                "Change after the first 500 h, then every 5000 h or 2 years, whichever comes first",
            ],
            ["Head bearings", "Fedrak service"],
        ],
        (40, 130),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rubber finger, standard, Shore A 60 (bag of 100)", "FDK-RF-60"],
            ["Rubber finger, soft, Shore A 50 (bag of 100)", "FDK-RF-50"],
            ["Plucking disc with bearing housing", "FDK-PD-12"],
            ["Finger tool", "FDK-FT-1"],
            ["Spray nozzle, flat jet", "FDK-SN-15"],
            ["Gear oil H1 ISO VG 220, 5 L", "FDK-GO-220"],
            ["Bank motor 2.2 kW", "FDK-M-22"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Lindbrae EV evisceration carousels
LINDBRAE = [
    ("title", "Lindbrae EV Automatic Eviscerators\nOperation and Maintenance - EV-16 and EV-24"),
    (
        "p",
        "Document LBR-OM-EV-01, Edition 1, October 2024. Lindbrae Poultry Automation. The EV-16 and EV-24 are "
        "rotary eviscerators that draw the viscera pack out of broilers opened upstream by the vent cutter and the "
        "opener. The birds hang by the hocks in the 6 in shackles of the evisceration line, which turns the "
        "carousel through its sprocket; the carousel has no motor of its own. On each unit a spoon, guided by a "
        "cam track, enters the body cavity, grips the viscera pack and draws it out; the pack stays attached to "
        "the carcass and hangs over the back for post-mortem inspection. The vent cutter, the opener, the cropper, "
        "the giblet harvesting and the inspection are not part of the machine: they are described in their own "
        "manuals or organised by the official veterinarian. Apart from the number of units, the carousel size and "
        "the items named here, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The carousel is driven by the line. Stopping the eviscerator means stopping the evisceration line: "
        "lock off the line drive before opening a guard or reaching into a unit. Spoons and their grippers close "
        "with spring force even when the line is stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EV-16", "EV-24"],
            ["Units on the carousel", "16", "24"],
            ["Line speed, maximum", "6000 birds/h", "9000 birds/h"],
            ["Carousel speed at maximum line speed", "6.25 rpm", "6.25 rpm"],
            ["Carousel pitch diameter (6 in shackles)", "776 mm", "1164 mm"],
            ["Carcass range, live weight of the birds", "1.2-2.8 kg", "1.6-3.4 kg"],
            ["Spoon sets available", "S, M", "S, M, L"],
            ["Spoon stroke", "210 mm", "240 mm"],
            ["Safety slip clutch, release torque", "320 Nm", "480 Nm"],
            ["Height adjustment of the carousel on its column", "380-500 mm", "380-540 mm"],
            ["Spoon wash water", "0.3 L per bird at 2.5 bar", "0.3 L per bird at 2.5 bar"],
            ["Compressed air, 6 bar", "150 NL/min", "220 NL/min"],
            ["Electrical supply 400 V 3~ 50 Hz (pumps and control)", "2.5 kW", "3.0 kW"],
            ["Automatic grease system, cartridge", "1 kg H1 grease NLGI 2", "1 kg H1 grease NLGI 2"],
            ["Mass", "1650 kg", "2400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The carcass ranges hold for broilers whose intestines are empty after a proper feed withdrawal. The feed "
        "withdrawal time is decided by the grower and the live haul planning, not by Lindbrae. Birds with full "
        "intestines tear easily at any setting.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guards are interlocked with the evisceration line (M06). Never bridge an interlock.",
            "Turn the carousel by hand only with the line locked off, using the turning bar in the tool holder.",
            "The slip clutch protects the machine, not people.",
            "Wear cut resistant sleeves when changing spoons; the gripper edges are sharp.",
            "Use only food grade H1 grease and oil on the machine.",
        ],
    ),
    ("h", "3. Settings for bird size"),
    (
        "cols",
        [
            ("h", "Carousel height"),
            (
                "p",
                "The carousel is raised or lowered on its column to suit the bird size. The reference is the "
                "distance from the shackle hook to the top of the spoon guide, read on the height scale. Start "
                "values: 1.6 kg 420 mm, 2.2 kg 450 mm, 2.8 kg 480 mm and, on the EV-24 only, 3.4 kg 510 mm. Between "
                "these, add 5 mm per 0.1 kg of average live weight.",
            ),
            ("h", "Spoon depth"),
            (
                "p",
                "The depth stop on each unit has three positions: 1 shallow, 2 normal, 3 deep. Use position 2 for "
                "most flocks. Always set all units to the same position.",
            ),
            ("h", "Spoon size"),
            (
                "p",
                "Spoon set S for birds up to 1.8 kg, M for 1.8-2.8 kg, L (EV-24 only) for 2.6-3.4 kg. Between 2.6 "
                "and 2.8 kg on the EV-24, use L if more than 2 % of the birds are missed with M.",
            ),
            ("h", "Torn intestines"),
            (
                "p",
                "With correct settings no more than 2 % of the birds should show torn intestines. Count 200 "
                "consecutive birds at the inspection point: more than 4 torn (2 %) calls for a check of the height "
                "and the depth stop; more than 6 torn (3 %) calls for stopping the line to check the spoons and the "
                "vent cutter. Feed in the intestines raises breakage: report it to the live bird reception.",
            ),
            ("h", "Missed birds"),
            (
                "p",
                "No more than 1 % of the birds should leave the carousel with the viscera pack still inside.",
            ),
            ("h", "Spoon wash"),
            (
                "p",
                "Each spoon is washed after each bird with water at 2.5 bar. Below 1.8 bar M07 is shown and the "
                "spoons are not cleaned properly.",
            ),
            ("h", "Slip clutch"),
            (
                "p",
                "If a shackle catches or a bird jams, the slip clutch releases (M01) and the line stops. Never "
                "raise the clutch setting to stop nuisance trips; find the cause.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "M01",
                "Slip clutch released",
                "A jam or a caught shackle. Lock off the line, clear the jam, turn the carousel one turn by hand and "
                "reset.",
            ],
            ["M02", "Shackle missing", "The sprocket sensor missed a shackle. Check the shackle and the sensor."],
            ["M03", "Reference not found", "The carousel did not pass its reference within one turn after start."],
            ["M04", "Air pressure low", "Below 5 bar. The grippers do not open fully."],
            ["M05", "Emergency stop", "Release the emergency stop; press RESET."],
            ["M06", "Guard open", "Close the guard."],
            ["M07", "Wash water low", "Below 1.8 bar. Clean the strainer; check the site's supply."],
            ["M08", "Height drive fault", "Motor protection tripped or end switch reached."],
            ["M09", "Grease cartridge empty", "Fit a new 1 kg cartridge (LBR-GR-1)."],
            ["M11", "Line too fast", "Above 6000 birds/h (EV-16) or 9000 birds/h (EV-24)."],
            [
                "M12",
                "Cam follower worn",
                "The wear sensor on a cam follower has tripped. Replace the follower (LBR-CF-30).",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Intestines torn, contamination on carcasses",
                "Spoon too deep; carousel too low for the bird size; full intestines; vent cut too large",
                "Set the depth stop one position shallower; check the height for the flock weight; report full "
                "intestines; check the vent cutter",
            ],
            [
                "Viscera pack left inside the bird",
                "Carousel too high; spoon bent or worn; opening cut too small",
                "Lower the carousel by 5 mm; replace bent spoons; check the opener",
            ],
            [
                "Viscera pack torn off and dropped",
                "Gripper closes too hard or too early",
                "Check the gripper springs (LBR-GS-02); cam timing is set by Lindbrae service",
            ],
            [
                "Birds knocked off the shackles",
                "Birds hung by one leg; carousel out of phase with the line",
                "Check the hanging; re-phase the carousel (section 6.3)",
            ],
            [
                "Squealing from the cam track",
                "Grease system empty",
                "Fit a new cartridge; check that M09 clears",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing the spoon set"),
    (
        "ol",
        [
            "Stop the evisceration line and lock off its drive.",
            "Set all depth stops to position 1.",
            "On each unit, pull the spoon locking pin, slide the spoon off its holder and fit the spoon of the new "
            "size.",
            "Push the locking pin home; it must click.",
            "Set all depth stops to position 2.",
            "Turn the carousel one full turn by hand and watch each spoon pass the guide without touching it.",
            "Set the carousel height for the flock (section 3).",
        ],
    ),
    ("h", "6.2 Setting the height for a new flock"),
    (
        "ol",
        [
            "Get the average live weight of the flock from the live bird reception.",
            "Work out the height from section 3 (5 mm per 0.1 kg between the start values).",
            "Select HEIGHT on the panel and move the carousel until the scale shows the value.",
            "Run 200 birds and count the torn and the missed birds at the inspection point.",
            "Correct in steps of 5 mm.",
        ],
    ),
    ("h", "6.3 Phasing the carousel to the line"),
    (
        "ol",
        [
            "Needed after a chain change or when birds are knocked off.",
            "Lock off the line drive.",
            "Loosen the four clamp bolts of the sprocket hub.",
            "Turn the carousel until unit 1 is centred under a shackle at the phasing mark.",
            "Tighten the clamp bolts to 85 Nm.",
            "Run the line slowly without birds for two turns and check that every shackle enters the sprocket "
            "cleanly.",
        ],
    ),
    ("h", "6.4 Daily cleaning"),
    (
        "ol",
        [
            "After the last bird, run the empty line for at least two turns of the carousel with the spoon wash on.",
            "Stop the line and lock off its drive. Close the compressed air valve and vent the air.",
            "Remove the spoon guards and soak them in the site's cleaning agent.",
            "Rinse the carousel from the top down with water at no more than 55 °C and no more than 25 bar; keep "
            "the jet away from the grease points, the sensors and the height drive motor.",
            "Foam with the site's cleaning agent as its data sheet says, leave it for the stated contact time and "
            "rinse.",
            "Check each spoon and gripper for bends and remains; refit the guards.",
            "Open the air valve, remove the lock and run the carousel for one turn to spread the grease.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wash down (section 6.4); check the spoons for bends"],
            ["Weekly", "Check the grease cartridge level; check the gripper springs"],
            ["Monthly", "Check the cam followers for play; check the slip clutch release with the torque wrench"],
            ["Cam followers", "Replace when M12 trips or after 4000 h, whichever comes first"],
            ["12 months", "Lindbrae service: cam track inspection and cam timing"],
        ],
        (45, 125),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "EV-16", "EV-24"],
            ["Spoon set S (one per unit)", "LBR-SP-S16", "LBR-SP-S24"],
            ["Spoon set M (one per unit)", "LBR-SP-M16", "LBR-SP-M24"],
            ["Spoon set L (one per unit)", "-", "LBR-SP-L24"],
            ["Cam follower", "LBR-CF-30", "LBR-CF-30"],
            ["Gripper spring", "LBR-GS-02", "LBR-GS-02"],
            ["Wash nozzle", "LBR-WN-04", "LBR-WN-04"],
            ["Grease cartridge H1, 1 kg", "LBR-GR-1", "LBR-GR-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("voltrada-wbs-water-bath-stunner.pdf", "Voltrada VLT-OM-WBS-03 Ed 3 - WBS-24 / WBS-36", VOLTRADA),
        ("tepidor-ts-poultry-scalder.pdf", "Tepidor TPD-OM-TS-02 Ed 2 - TS-8 / TS-12", TEPIDOR),
        ("fedrak-df-rubber-finger-plucker.pdf", "Fedrak FDK-OM-DF36-04 Ed 4 - DF-36", FEDRAK),
        ("lindbrae-ev-evisceration-machine.pdf", "Lindbrae LBR-OM-EV-01 Ed 1 - EV-16 / EV-24", LINDBRAE),
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
