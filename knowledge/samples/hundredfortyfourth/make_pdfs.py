"""Generate the PDF manuals of the hundred-and-forty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set144-scratch/venv && /tmp/set144-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set144-scratch/venv/bin/python knowledge/samples/hundredfortyfourth/make_pdfs.py

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



# ---------------------------------------------------------------- Arenvold GK screw grit classifiers
ARENVOLD = [
    ("title", "Arenvold GK Screw Grit Classifiers\nOperation and Maintenance Manual - GK-25 and GK-40"),
    (
        "p",
        "Document AVD-OM-GK-04, Edition 3, March 2025. Arenvold Process Equipment. The GK-25 and GK-40 are inclined "
        "shaftless screw grit classifiers for municipal wastewater treatment plants. They take the grit slurry pumped "
        "from a grit chamber or a vortex grit separator, let the grit settle in a hopper while the lighter organic "
        "matter leaves over the overflow weir, and lift the settled grit out of the water with a shaftless spiral "
        "running in a wear liner. The drained grit falls from the discharge chute into a skip. Apart from the "
        "capacity, the trough size, the drive and the items named in this manual, the two models are built alike. "
        "The grit pumps, the spray water supply and the skip handling belong to the plant and are not covered here; "
        "disposal of the grit and its acceptance at a landfill are agreed between the site and its waste contractor.",
    ),
    (
        "warn",
        "WARNING: In interval and frost mode the screw starts by itself without warning. Before opening a cover or "
        "reaching into the trough, switch off the local isolator and lock it. Grit hoppers can release hydrogen "
        "sulphide: ventilate and use a gas detector before working inside the cover.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GK-25", "GK-40"],
            ["Rated hydraulic capacity, grit slurry", "25 L/s (90 m³/h)", "40 L/s (144 m³/h)"],
            ["Settling area of the hopper", "2.4 m²", "3.8 m²"],
            ["Hopper volume", "1.9 m³", "3.1 m³"],
            [
                "Grit removal at rated capacity, grit of specific gravity 2.65",
                "95 % of particles of 0.20 mm and larger",
                "95 % of particles of 0.25 mm and larger",
            ],
            ["Grit output, maximum", "1.2 m³/h", "2.0 m³/h"],
            [
                "Dry solids of the discharged grit (grit with a volatile content below 5 %, spray water on)",
                "85 % or more",
                "85 % or more",
            ],
            ["Spiral outer diameter, shaftless", "260 mm", "320 mm"],
            ["Screw speed", "6 rpm", "5 rpm"],
            ["Inclination", "25°", "25°"],
            ["Gear motor, 400 V 3~ 50 Hz, IP55", "0.55 kW, 875 Nm output", "1.1 kW, 2100 Nm output"],
            ["Trough liner, UHMW-PE, new", "10 mm", "12 mm"],
            ["Liner minimum thickness (replace)", "4 mm", "5 mm"],
            ["Overflow weir length", "1.6 m", "2.2 m"],
            ["Inlet flange / overflow outlet", "DN 150 / DN 200", "DN 200 / DN 250"],
            ["Spray water", "1.5 L/s at 3 bar", "2.0 L/s at 3 bar"],
            ["Discharge height, underside of chute", "1600 mm", "1900 mm"],
            ["Gearbox oil, ISO VG 220 synthetic polyglycol", "5.5 L", "9.0 L"],
            ["Mass empty / operating (full of water and grit)", "1350 kg / 3400 kg", "2100 kg / 5400 kg"],
        ],
        (78, 46, 46),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the local isolator before any work on the screw, the covers, the liner or the chute. The "
            "emergency stop alone is not an isolation.",
            "Never stand on the trough covers; they are not walkways. Use the access platform supplied by the site.",
            "Wet grit around the skip is slippery. Keep the skip area hosed down and lit.",
            "Grit and screenings are contaminated with sewage: wear gloves and eye protection, and wash before eating.",
            "Lift the classifier only at the four marked lifting lugs, empty; never lift it with water or grit inside.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Surface loading"),
            (
                "p",
                "Surface loading (m/h) = slurry flow (m³/h) / settling area (m²). Keep it at or below 40 m/h; above "
                "that, fine grit is carried over the weir with the organics. Example: a GK-25 at its rated 25 L/s "
                "(90 m³/h) runs at 90 / 2.4 = 37.5 m/h. Two grit pumps running together on one classifier usually "
                "exceed the limit; interlock them so that only one runs at a time.",
            ),
            ("h", "Interval mode"),
            (
                "p",
                "By default the screw runs 10 min every 30 min, and always while a grit pump runs, with a 5 min "
                "run-on after the grit pump stops. Run time settable 2-30 min, pause 5-120 min. A continuous run of "
                "more than 30 min in interval mode raises G09.",
            ),
            ("h", "Spray water"),
            (
                "p",
                "The spray bar washes organics off the grit in the lower third of the screw. Set 3 bar at the spray "
                "bar gauge (2.5-4 bar allowed); G04 comes below 2 bar. Use potable water through a break tank, or "
                "final effluent through the 200 µm strainer; never raw or settled sewage.",
            ),
            ("h", "Torque and reverse"),
            (
                "p",
                "G03 stops the screw when the motor current stays above 110 % of nominal for 10 s. Do not raise this "
                "setting. JOG REV may be used for at most 5 s at a time, only to free a jammed spiral; never run the "
                "screw in reverse under load for longer.",
            ),
            ("h", "Frost"),
            (
                "p",
                "The trace heating on the trough and the spray pipe switches on below 3 °C. Below -5 °C the screw "
                "runs 2 min every 15 min even without grit (FROST mode), to keep the spiral free.",
            ),
            ("h", "After a standstill"),
            (
                "p",
                "After a standstill of more than 48 h with grit in the hopper, flush the hopper with the spray water "
                "for 10 min before starting the screw, then start with JOG FWD (section 6).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Motor overload", "Thermal relay tripped. Check the spiral for a jam before resetting."],
            [
                "G02",
                "Screw stalled",
                "No pulse from the speed sensor for 20 s while running. Spiral jammed by stones or rags, or the "
                "sensor gap larger than 4 mm.",
            ],
            ["G03", "High torque", "Current above 110 % for 10 s. Compacted grit, worn liner with the spiral "
             "dropping into the trough, or frozen grit."],
            ["G04", "Spray water pressure low", "Below 2 bar at the spray bar. Strainer blocked or supply valve shut."],
            ["G05", "Hopper level high", "Overflow outlet blocked or backed up from the inlet channel."],
            ["G06", "Emergency stop", "An emergency stop is pressed. Release it and reset at the panel."],
            ["G07", "Cover open", "A trough cover interlock is open; the screw cannot start."],
            ["G09", "Run time exceeded", "Screw ran more than 30 min without a pause in interval mode. Check the "
             "grit pump signal."],
            ["G10", "Skip full", "Level sensor above the skip. Change the skip; the screw waits."],
            ["G11", "Trace heating fault", "Heating circuit breaker tripped or the thermostat faulty."],
            ["G12", "Service due", "4000 h of running since the last service (section 10)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Grit found in the overflow and back in the inlet channel",
                "Surface loading above 40 m/h, usually two grit pumps at once or a pump larger than the classifier",
                "Work out the surface loading (section 3); run one grit pump at a time",
            ],
            [
                "Discharged grit wet, grey and smelling of sewage",
                "Spray water off or below 2.5 bar, or spray nozzles blocked",
                "Set 3 bar at the spray bar gauge (section 9); clean the nozzles",
            ],
            [
                "Squealing or scraping noise from the trough",
                "Liner worn through to the steel, spiral running on the trough",
                "Measure the liner (section 7); replace at the minimum thickness",
            ],
            [
                "Screw stalls on starting after a weekend",
                "Grit compacted in the hopper during the standstill",
                "Flush for 10 min, then JOG FWD (section 6)",
            ],
            [
                "Water running out of the discharge chute",
                "Hopper overfilled: overflow outlet blocked (G05)",
                "Clear the overflow pipe; check the inlet channel level",
            ],
        ],
        (55, 62, 53),
    ),
    ("h", "6. Starting after a standstill"),
    (
        "ol",
        [
            "Check that the skip is in place and not full, and that all trough covers are closed.",
            "Open the spray water valve and check 3 bar at the spray bar gauge.",
            "If the classifier has stood for more than 48 h with grit in the hopper, let the spray water run for 10 "
            "min with the screw stopped.",
            "Select MANUAL and press JOG FWD for 10 s. Watch the motor current on the panel display.",
            "If the current goes above 110 % or the screw does not turn, stop, press JOG REV for no more than 5 s, and "
            "try JOG FWD again.",
            "When the screw turns freely, let it run in MANUAL for one full interval (10 min).",
            "Select AUTO. The screw now follows the interval mode and the grit pumps.",
        ],
    ),
    ("h", "7. Checking and replacing the trough liner"),
    (
        "ol",
        [
            "Stop the grit pumps, switch off and lock the local isolator.",
            "Drain the hopper through the DN 80 drain valve into the site drain.",
            "Remove the three inspection covers on the trough.",
            "Measure the liner thickness at the 6 o'clock position every 0.5 m with the ultrasonic gauge or by a "
            "drilled test hole.",
            "If the liner is at or below 4 mm (GK-25) or 5 mm (GK-40) at any point, replace the whole liner set.",
            "Remove the gear motor and the drive end flange; pull the spiral out upwards with the site crane using two "
            "slings, supporting it every 2 m so that it does not bend.",
            "Remove the PE dowels and take out the old liner segments (1 m long) from the top.",
            "Slide in the new segments from the bottom up, joints butted, and fix each with two new PE dowels.",
            "Refit the spiral, the drive end flange and the gear motor; tighten the flange bolts to 85 Nm.",
            "Refit the covers, close the drain valve, fill the hopper and run the screw in MANUAL for 10 min, "
            "listening for contact noise.",
        ],
    ),
    ("h", "8. Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the screw for 15 min to warm the oil, then stop and lock out.",
            "Place a container of at least 10 L under the gearbox and remove the drain plug.",
            "When the oil has drained, clean the magnetic drain plug and refit it with a new seal.",
            "Fill ISO VG 220 synthetic polyglycol gear oil through the top plug: 5.5 L (GK-25) or 9.0 L (GK-40), to "
            "the middle of the sight glass. Never mix polyglycol oil with mineral oil.",
            "Refit the breather, run the screw for 10 min and check the level again.",
        ],
    ),
    ("h", "9. Setting the spray water"),
    (
        "ol",
        [
            "Clean the 200 µm strainer in the supply line.",
            "Open the supply valve fully and start the spray water in MANUAL.",
            "Adjust the pressure regulator until the spray bar gauge shows 3 bar.",
            "Check that all six nozzles give a full fan; clear any blocked nozzle with the nozzle needle, never with "
            "a drill.",
            "Check G04 by closing the supply valve slowly: the message must come as the gauge passes 2 bar.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the discharged grit (dry, no smell of sewage); check the spray bar pressure"],
            ["Weekly", "Grease the drive end seal housing, 2 strokes; clean the 200 µm strainer"],
            ["Monthly", "Check the speed sensor gap (2-4 mm); check the nozzles; test the emergency stops"],
            ["6 months", "Measure the liner thickness (section 7)"],
            ["4000 h (G12)", "Service: liner, spiral wear, seals, oil level, heating"],
            ["10 000 h or 2 years, whichever comes first", "Change the gearbox oil (section 8)"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "GK-25", "GK-40"],
            ["Shaftless spiral, complete", "AVD-SP-260", "AVD-SP-320"],
            ["Liner segment set, UHMW-PE, with dowels", "AVD-LN-25", "AVD-LN-40"],
            ["Gear motor", "AVD-GM-055", "AVD-GM-110"],
            ["Spray nozzle (set of 6)", "AVD-NZ-6", "AVD-NZ-6"],
            ["Speed sensor M18", "AVD-SS-18", "AVD-SS-18"],
            ["Drive end seal kit", "AVD-SK-25", "AVD-SK-40"],
            ["Strainer insert 200 µm", "AVD-ST-200", "AVD-ST-200"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Klarwick CD primary clarifier scraper drives
KLARWICK = [
    (
        "title",
        "Klarwick CD Centre Drives for Primary Clarifier Scrapers\n"
        "Installation, Operation and Maintenance - CD-60 and CD-90",
    ),
    (
        "p",
        "Document KLW-IOM-CD-07, Edition 2, November 2024. Klarwick Drive Systems. The CD-60 and CD-90 are centre "
        "drives for the rotating scraper of circular primary clarifiers with a central pier. The drive stands on the "
        "pier and turns the cage and the two scraper arms through a slewing ring with internal teeth; a scum skimmer "
        "on one arm pushes floating scum into the scum box at the tank wall. Power reaches the drive along the fixed "
        "access bridge. The scraper arms, the cage, the scum box and the access bridge are supplied by the tank "
        "contractor to its own drawings: their bolting, their steelwork and the finish of the tank floor are covered "
        "by the contractor's documents, not by this manual. Apart from the torque, the slewing ring and the items "
        "named here, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The scraper turns slowly but with great force. Never stand on the scraper arms or between an arm and "
        "the tank wall while the drive is on. Lock out the drive at the local isolator on the access bridge before any "
        "work in the tank or on the drive.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CD-60", "CD-90"],
            ["Continuous output torque", "60 kNm", "90 kNm"],
            ["High torque alarm D01 (110 %)", "66 kNm", "99 kNm"],
            ["Torque cut-out D02 (130 %)", "78 kNm", "117 kNm"],
            ["Tank diameter, primary clarifier, tip speed 2.0-2.5 m/min", "18-26 m", "24-34 m"],
            ["Revolution time at 2.0 m/min over that range", "28-41 min", "38-53 min"],
            ["Motor, 4-pole, 400 V 3~ 50 Hz, IP55", "0.37 kW", "0.55 kW"],
            ["Frequency converter in the control panel, running range", "20-60 Hz", "20-60 Hz"],
            ["Gear train", "helical-worm gearbox, planetary stage, pinion on the slewing ring", "same"],
            ["Slewing ring pitch diameter", "1120 mm", "1400 mm"],
            ["Primary gearbox oil, ISO VG 320 mineral", "4.5 L", "6.0 L"],
            ["Slewing ring oil bath, ISO VG 220 mineral", "40 L", "65 L"],
            ["Pinion backlash, new", "0.5-1.0 mm", "0.5-1.0 mm"],
            ["Torque measurement", "load pin in the torque arm, 4-20 mA = 0-150 %", "same"],
            ["Pier anchor bolts, grade 8.8", "16 x M24, 610 Nm", "20 x M30, 1200 Nm"],
            ["Shear pin in the output coupling", "KLW-SP-60, 12 mm", "KLW-SP-90, 16 mm"],
            ["Mass of the drive with oil", "1450 kg", "2150 kg"],
        ],
        (74, 48, 48),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained staff may work on the drive. Work on the scraper arms, the cage or in the drained tank "
            "needs a permit from the site, because the tank is a confined space.",
            "Never reach into the slewing ring guard or the pinion housing with the drive switched on.",
            "Never bridge the torque cut-out or raise its setting to keep the scraper running.",
            "The slewing ring oil can be hot (up to 80 °C) after long running. Let it cool before opening the drain.",
            "Use the lifting eyes on the drive frame only; they are rated for the drive with oil, not for the cage.",
        ],
    ),
    ("h", "3. Settings and operating limits"),
    (
        "cols",
        [
            ("h", "Torque signal"),
            (
                "p",
                "The load pin gives 4-20 mA for 0-150 % of the continuous torque: signal (mA) = 4 + 16 x torque (%) / "
                "150. So 100 % is 14.67 mA, the alarm at 110 % is 15.73 mA and the cut-out at 130 % is 17.87 mA. "
                "Below 3.6 mA or above 21 mA the panel shows D06 and stops the drive.",
            ),
            ("h", "Restarting after a cut-out"),
            (
                "p",
                "After a D02 cut-out the drive may be restarted no more than twice within one hour; each time watch "
                "the torque for one full revolution. If it cuts out a third time, leave it stopped, desludge the tank "
                "and find the cause. Never raise the cut-out setting.",
            ),
            ("h", "Direction"),
            (
                "p",
                "The scraper must turn only in the direction of the arrow on the drive (clockwise seen from above). "
                "Never run it in reverse: the blades are not built for it and the slewing ring teeth can be "
                "overloaded.",
            ),
            ("h", "Tip speed"),
            (
                "p",
                "Tip speed (m/min) = 3.14 x tank diameter (m) / revolution time (min). Set it between 2.0 and 2.5 "
                "m/min with the frequency converter. Example: a 22 m tank at 31 min per revolution has a tip speed of "
                "3.14 x 22 / 31 = 2.2 m/min.",
            ),
            ("h", "Rotation monitor"),
            (
                "p",
                "An inductive switch on the access bridge sees one target on the cage per revolution. D04 comes when "
                "no pulse arrives within 1.5 times the set revolution time.",
            ),
            ("h", "Desludging and standstill"),
            (
                "p",
                "The drive moves the sludge to the central hopper; it does not decide how much is withdrawn. The "
                "desludging programme (pump times and frequency) is set by the site. Do not stop the scraper for more "
                "than 4 h while sludge is in the tank. After a longer standstill, desludge for at least 30 min before "
                "restarting and start at 20 Hz.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The slewing ring oil must stay below 80 °C (D11). The oils given are for ambient temperatures from "
                "-10 °C to +40 °C; for sites outside that range ask Klarwick for the oil.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "High torque alarm", "Torque above 110 % for 30 s. The drive keeps running. Check the desludging."],
            [
                "D02",
                "Torque cut-out",
                "Torque above 130 %: the drive stops at once. Restart rules in section 3; never raise the setting.",
            ],
            ["D03", "Motor overload", "Motor protection or converter overcurrent. Check for a jam before resetting."],
            [
                "D04",
                "Rotation monitor",
                "No pulse within 1.5 x the revolution time: shear pin broken, switch gap over 8 mm, or cage stopped.",
            ],
            ["D05", "Slewing ring oil low", "Level switch in the oil bath. Look for leaks at the lip seal."],
            ["D06", "Torque signal fault", "Signal below 3.6 mA or above 21 mA: load pin cable or plug."],
            ["D08", "Converter fault", "See the converter display; reset at the panel."],
            ["D09", "Scum box flap stuck", "The flap limit switch did not change state when the skimmer passed."],
            ["D10", "Emergency stop", "Bridge or panel emergency stop pressed."],
            ["D11", "Oil temperature high", "Slewing ring oil above 80 °C: oil level, viscosity, high torque."],
            ["D12", "Service due", "8000 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Torque creeping up over days or weeks",
                "Sludge building up in the tank; desludging too short or too seldom",
                "Review the desludging programme with the site's process staff; check the sludge pumps",
            ],
            [
                "Torque peak at the same position once per revolution",
                "Object on the floor, or a blade catching a step or a grout ridge in the floor",
                "Drain the tank and inspect the floor at that position; grind the grout ridge; check the blade rubbers",
            ],
            [
                "Slewing ring oil milky",
                "Water in the oil through a worn lip seal or a blocked breather",
                "Change the oil (section 8); replace the lip seal and the breather",
            ],
            [
                "Scum passing the scum box",
                "Skimmer wiper worn or set too high; flap stuck (D09)",
                "Replace the wiper rubber (section 9); free the flap",
            ],
            [
                "Knock once per pinion revolution",
                "Worn pinion or backlash too large",
                "Measure the backlash; Klarwick service if above 1.5 mm",
            ],
            [
                "Motor runs but the cage does not turn",
                "Shear pin in the output coupling broken (D04 follows)",
                "Find the cause of the overload, then fit a new pin of the right size",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Starting the drive"),
    (
        "ol",
        [
            "Check the oil levels in the primary gearbox and the slewing ring sight glasses.",
            "Check that no one is in the tank or on the scraper arms, and that the tank floor is clear.",
            "If the scraper has stood for more than 4 h with sludge in the tank, desludge for at least 30 min first.",
            "Unlock the local isolator and select MANUAL at the panel; set the converter to 20 Hz.",
            "Start the drive and check the direction against the arrow. Watch the torque display for one revolution.",
            "If the torque stays below 100 %, raise the speed to the set tip speed and select AUTO.",
        ],
    ),
    ("h", "7. Checking the torque alarm and cut-out"),
    (
        "ol",
        [
            "Tell the control room: the check stops the scraper for about 20 min.",
            "Turn the key switch at the panel to TEST.",
            "Unplug the load pin and connect an mA calibrator to terminals X4:1 (+) and X4:2 (-).",
            "Raise the signal slowly from 4 mA. D01 must come at 15.73 mA, within ±0.1 mA.",
            "Raise it further. D02 must come at 17.87 mA, within ±0.1 mA, and the drive contactor must drop out.",
            "Go back to 14.0 mA and reset: both messages must clear.",
            "Set the calibrator to 3.0 mA: D06 must come.",
            "Plug the load pin back in, turn the key switch to AUTO and start the drive; the display must show 10-40 % "
            "torque in normal running.",
            "Write the values in the drive log.",
        ],
    ),
    ("h", "8. Changing the slewing ring oil"),
    (
        "ol",
        [
            "Run the drive for 1 h to warm the oil, then stop and lock out. Let the oil cool below 50 °C.",
            "Put a hose from the drain valve into a drum; the bath holds 40 L (CD-60) or 65 L (CD-90).",
            "Open the drain valve and the breather. Let the oil drain fully; look for metal particles and water.",
            "Close the drain valve. Fill ISO VG 220 mineral gear oil through the breather port to the middle of the "
            "sight glass.",
            "Fit a new breather, unlock and run the drive for one revolution; check the level again and top up.",
        ],
    ),
    ("h", "9. Replacing the skimmer wiper rubber"),
    (
        "ol",
        [
            "Stop the scraper with the skimmer at the access bridge and lock out.",
            "Lower the tank level if needed so that the skimmer is reachable from the bridge with a harness.",
            "Undo the clamping strip (8 x M10) and take off the old rubber.",
            "Fit the new rubber KLW-WR-10 so that it stands 50 mm below the water surface at the normal top water "
            "level and touches the scum box beach by 10-20 mm.",
            "Tighten the clamping strip to 40 Nm and run one revolution, watching the skimmer pass the scum box flap.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the oil levels and the torque reading; listen to the pinion"],
            ["Monthly", "Test the emergency stops; check the rotation switch gap (4-8 mm)"],
            [
                "6 months",
                "Grease the pinion bearing, 10 g; check the breather; check the torque alarm and cut-out (section 7)",
            ],
            ["8000 h (D12)", "Service: backlash, seals, load pin, skimmer wiper"],
            [
                "Primary gearbox oil: 10 000 h or 2 years, whichever comes first",
                "Change, 4.5 L (CD-60) or 6.0 L (CD-90)",
            ],
            ["Slewing ring oil: 20 000 h or 4 years, whichever comes first", "Change (section 8)"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The slewing ring itself is replaced only by Klarwick service: it needs the drive lifted off the pier and "
        "the cage supported, and this manual does not describe it.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CD-60", "CD-90"],
            ["Shear pin (set of 5)", "KLW-SP-60", "KLW-SP-90"],
            ["Load pin with cable 15 m", "KLW-LP-60", "KLW-LP-90"],
            ["Slewing ring lip seal", "KLW-LS-1120", "KLW-LS-1400"],
            ["Breather with desiccant", "KLW-BR-1", "KLW-BR-1"],
            ["Skimmer wiper rubber, 10 mm", "KLW-WR-10", "KLW-WR-10"],
            ["Pinion", "KLW-PN-60", "KLW-PN-90"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Sedimora FB-32 secondary clarifier bridge
SEDIMORA = [
    (
        "title",
        "Sedimora FB-32 Full-Radius Clarifier Bridge\nOperation and Maintenance Manual - Secondary (Final) Clarifiers",
    ),
    (
        "p",
        "Document SDM-OM-FB32-02, Edition 1, June 2025. Sedimora Engineering. The FB-32 is a full-radius rotating "
        "bridge for circular secondary (final) clarifiers of 24 to 32 m diameter. It turns about the central column, "
        "which carries the inflow well and the slip ring, and runs on the tank wall top on a driven bogie. The bridge "
        "carries the scraper blades that push the settled activated sludge to the central hopper, a scum skimmer and "
        "a launder brush that cleans the outlet weirs and the launder. The return sludge pumps, the sludge withdrawal, "
        "the tank, the wall top and any wall-top heating are not part of the supply. The return sludge rate and the "
        "sludge blanket level are process settings made by the site; this manual does not give them.",
    ),
    (
        "warn",
        "WARNING: The bridge moves without warning in automatic mode. Before going onto the bridge, tell the control "
        "room. Before any work on the bogie, the blades or the brush, stop the bridge with the bridge isolator and "
        "lock it; the emergency stop alone is not an isolation.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FB-32"],
            ["Tank diameter", "24-32 m (bridge length to suit)"],
            ["Peripheral speed at the wall", "1.5-2.5 m/min, default 2.0 m/min"],
            ["Drive", "0.75 kW gear motor with frequency converter, 400 V 3~ 50 Hz, IP66"],
            ["Drive bogie", "one driven wheel and one idler wheel with an encoder"],
            ["Wheels", "polyurethane tyre 95 Shore A, diameter 400 mm new, replace below 385 mm"],
            ["Wheel load", "28 kN maximum per wheel"],
            ["Wall top required", "flat, at least 300 mm wide, level within ±5 mm over the whole circumference"],
            ["Slip ring at the central column", "6 rings, 25 A, IP65"],
            ["Scraper blades", "steel with 10 mm rubber strip, clearance 0-10 mm above the floor"],
            ["Scum skimmer and box", "trailing skimmer, scum box 1.2 m wide"],
            ["Launder brush", "0.18 kW, brush diameter 600 mm, bristles 80 mm new"],
            ["Walkway / handrail", "800 mm wide / 1100 mm high"],
            ["Ambient temperature in operation", "-20 °C to +40 °C"],
            ["Mass of the bridge, 32 m tank", "9.8 t"],
        ],
        (70, 100),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "No more than 3 persons on the bridge while it moves. With the bridge stopped, the walkway carries 2.5 "
            "kN/m².",
            "Wear a life jacket on the bridge outside the handrails and when working on the launder brush.",
            "Never step from the bridge onto the tank wall or back while the bridge moves.",
            "Keep hands clear of the drive wheel and the wall top: the bogie has no guard on the wall side.",
            "Work in the drained tank needs the site's confined space permit.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "Revolution time (min) = 3.14 x tank diameter (m) / peripheral speed (m/min). A 32 m tank at the "
                "default 2.0 m/min takes 3.14 x 32 / 2.0 = 50 min per revolution. Speeds above 2.5 m/min stir up the "
                "blanket; speeds below 1.5 m/min are not allowed because the drive cools badly.",
            ),
            ("h", "Wall top"),
            (
                "p",
                "Keep the wall top free of algae, ice, grease and gravel. The step between two adjacent wall top "
                "sections must be no more than 2 mm; grind any larger step.",
            ),
            ("h", "Slip detection"),
            (
                "p",
                "The idler wheel encoder and the drive speed are compared. If they differ by more than 15 % for 30 s, "
                "the bridge stops with B03.",
            ),
            ("h", "Winter mode"),
            (
                "p",
                "Below +2 °C at the wall top sensor the bridge changes to WINTER: speed 1.5 m/min, and after a B03 it "
                "retries by itself up to 3 times at 2 min intervals before it stays stopped. Wall-top heating, where "
                "fitted, is switched by the site's own control system.",
            ),
            ("h", "Stops"),
            (
                "p",
                "Do not stop the bridge for more than 4 h while the tank is in service: the sludge compacts and the "
                "blanket rises. After a stop of more than 24 h with the tank in service, start at 1.5 m/min and let "
                "the bridge make one full revolution before it goes back to the set speed.",
            ),
            ("h", "Wind"),
            (
                "p",
                "With the anemometer option, the bridge stops above 20 m/s wind speed (B08) and restarts when the wind "
                "has stayed below 15 m/s for 10 min.",
            ),
            ("h", "Launder brush"),
            (
                "p",
                "The brush runs with the bridge (CONT) or one revolution in four (ECO). Use CONT from April to October "
                "when algae grow on the weirs.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Drive motor overload", "Converter overcurrent or motor protection. Check the blades for a jam."],
            ["B02", "Rotation monitor", "No pulse from the column target within 1.5 x the revolution time."],
            ["B03", "Wheel slip", "Encoder and drive differ by more than 15 % for 30 s: ice, algae or a worn tyre."],
            ["B04", "Brush motor overload", "Brush caught on the weir or launder; bristles wound with rags."],
            ["B05", "Slip ring temperature high", "Above 70 °C inside the slip ring housing: brushes worn or wet."],
            ["B06", "Emergency stop, bridge", "Emergency stop on the bridge pressed."],
            ["B07", "Emergency stop, tank side", "Emergency stop at the tank stairs pressed."],
            ["B08", "Wind", "Wind above 20 m/s (anemometer option)."],
            ["B10", "Converter fault", "See the converter display in the bridge cabinet."],
            ["B11", "Scum box flap jammed", "The flap did not reach its limit switch when the skimmer passed."],
            ["B12", "Service due", "5000 h of running since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bridge stops on frosty mornings, drive wheel spinning on the wall (B03)",
                "Ice or frost on the wall top; WINTER mode switched off",
                "Switch WINTER mode on; clear the ice; do not use salt on a steel rail",
            ],
            [
                "Bridge jerks at one point each revolution",
                "Step of more than 2 mm between wall top sections",
                "Find the step with a straight edge and grind it",
            ],
            [
                "Drive tyre wearing on one edge",
                "Bogie toe out of line: wheel axle not pointing at the centre",
                "Align the bogie with a string line from the central column; the axle must point at the centre within "
                "3 mm",
            ],
            [
                "Patches of sludge floating on the surface",
                "Denitrification in the sludge blanket (a process matter, not a bridge fault)",
                "Tell the site's process staff; the blanket and return sludge settings are theirs",
            ],
            [
                "Scum passing the scum box and going over the weirs",
                "Skimmer set too high or its rubber worn",
                "Set the skimmer rubber 40 mm below the top water level",
            ],
            [
                "Weirs green and dirty although the brush runs",
                "Bristles worn below 40 mm, or ECO mode in summer",
                "Replace the brush (section 9); use CONT",
            ],
        ],
        (55, 57, 58),
    ),
    ("h", "6. Starting after a stop"),
    (
        "ol",
        [
            "Check that no one is on the bridge or in the tank, and that the wall top is clear.",
            "Unlock the bridge isolator and reset any message at the bridge cabinet.",
            "If the stop lasted more than 24 h with the tank in service, set 1.5 m/min.",
            "Start the bridge in MANUAL and walk along with it for the first 10 m, watching the blades and the "
            "skimmer.",
            "After one full revolution without a message, set the normal speed and select AUTO.",
        ],
    ),
    ("h", "7. Replacing a drive wheel tyre"),
    (
        "ol",
        [
            "Measure the tyre diameter monthly with a tape round the tread. Replace the wheel when it is below 385 mm.",
            "Stop the bridge with the bogie at the tank stairs and lock out the bridge isolator.",
            "Place a 10 t jack under the jacking point of the bogie and lift the bridge until the wheel is 10 mm clear "
            "of the wall top. Put the safety stand under the jacking point.",
            "Remove the axle cap and the two axle clamp bolts (M20).",
            "Pull the wheel off the gear motor shaft with the puller SDM-PL-1; do not hammer on the tyre.",
            "Clean the shaft, apply anti-seize paste and push on the new wheel SDM-PT-400 with its key.",
            "Fit the axle clamp bolts and tighten them to 410 Nm; refit the axle cap.",
            "Remove the safety stand, lower the jack and unlock. Run one revolution in MANUAL.",
        ],
    ),
    ("h", "8. Setting the scraper blade rubbers"),
    (
        "ol",
        [
            "Drain the tank (site's procedure and permit) and hose the floor clean.",
            "Find the highest point of the floor along the blade path with a level.",
            "Loosen the rubber clamping bolts (M12) on each blade.",
            "Set each rubber so that it is 0-10 mm above the floor at the highest point, and never touching the "
            "inflow well skirt.",
            "Tighten the bolts to 70 Nm and push the bridge round one revolution at 1.5 m/min, checking the gap.",
        ],
    ),
    ("h", "9. Replacing the launder brush"),
    (
        "ol",
        [
            "Stop the bridge with the brush arm at the walkway and lock out.",
            "Unhook the brush arm spring and swing the arm up onto its parking hook.",
            "Undo the four brush hub bolts and remove the old brush.",
            "Fit the new brush SDM-LB-600 and tighten the hub bolts to 25 Nm.",
            "Lower the arm and hook on the spring; the brush must touch the weir plates and the launder floor with the "
            "bristles bent by 10-15 mm.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Walk the bridge: blades, skimmer, brush, scum box flap; listen to the drive"],
            ["Weekly", "Clean the wall top; check the slip detection reading on the display"],
            ["Monthly", "Measure the drive tyre diameter; check the brush bristles (replace at 40 mm)"],
            ["6 months", "Check the slip ring brushes (replace at 8 mm); test both emergency stops"],
            ["5000 h (B12)", "Service: bogie alignment, wheel bearings, blade rubbers, slip ring"],
            ["15 000 h or 3 years, whichever comes first", "Change the gear motor oil, 1.6 L ISO VG 220"],
        ],
        (62, 108),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Number"],
            ["Drive wheel with polyurethane tyre, 400 mm", "SDM-PT-400"],
            ["Idler wheel with encoder", "SDM-IW-400"],
            ["Gear motor 0.75 kW", "SDM-GM-075"],
            ["Slip ring brush set", "SDM-SR-6"],
            ["Launder brush 600 mm", "SDM-LB-600"],
            ["Blade rubber strip 10 mm, per metre", "SDM-BR-10"],
            ["Wheel puller", "SDM-PL-1"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Permavane MC MBR membrane cassettes
PERMAVANE = [
    (
        "title",
        "Permavane MC Membrane Cassettes for Membrane Bioreactors\nOperation and Maintenance Manual - MC-48 and MC-64",
    ),
    (
        "p",
        "Document PMV-OM-MC-03, Edition 2, January 2025. Permavane Membranes. The MC-48 and MC-64 are submerged "
        "hollow-fibre membrane cassettes for the membrane tanks of activated sludge plants (membrane bioreactors). "
        "The permeate pumps draw treated water from the outside of the fibres to the inside; coarse-bubble aerators "
        "under the modules scour the fibres with air. The MC-48 holds 48 modules and the MC-64 holds 64 modules of "
        "34 m² each; apart from the module count, the frame width, the connections and the masses, the two cassettes "
        "are built alike. The permeate pumps, the scour air blowers, the fine screens ahead of the plant and the "
        "biological process (aeration tank oxygen, sludge age, recirculation) are designed by the plant's process "
        "engineer and are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: Never let the fibres dry out. A cassette out of the water must be kept wet at all times. Sodium "
        "hypochlorite and citric acid are used for cleaning: wear a face shield, gloves and an apron, and never let "
        "the two chemicals meet (chlorine gas).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MC-48", "MC-64"],
            ["Modules per cassette (34 m² each)", "48", "64"],
            ["Membrane area", "1632 m²", "2176 m²"],
            ["Membrane", "PVDF hollow fibre, pore size 0.04 µm, outside-in", "same"],
            ["Design net flux at 15 °C, average", "17 L/(m²·h)", "17 L/(m²·h)"],
            ["Net flux at 15 °C, peak (at most 6 h in 24 h)", "30 L/(m²·h)", "30 L/(m²·h)"],
            ["Permeate flow at 15 °C, average / peak", "27.7 / 49.0 m³/h", "37.0 / 65.3 m³/h"],
            ["Scour air, continuous (0.25 Nm³ per m² and hour)", "410 Nm³/h", "545 Nm³/h"],
            ["Aerator submergence", "2.6 m", "2.6 m"],
            ["Air inlet / permeate outlet", "DN 100 / DN 125", "DN 125 / DN 150"],
            ["Transmembrane pressure (TMP), normal", "0.05-0.30 bar", "0.05-0.30 bar"],
            ["Dimensions L x W x H", "2.2 x 1.9 x 2.6 m", "2.2 x 2.5 x 2.6 m"],
            ["Dry mass", "1750 kg", "2250 kg"],
            ["Lifting mass out of the tank, fibres full of sludge, after 15 min draining", "3600 kg", "4700 kg"],
            ["Mixed liquor temperature", "8-35 °C", "8-35 °C"],
            ["pH in operation / in cleaning", "6-8.5 / 2-11", "6-8.5 / 2-11"],
        ],
        (76, 47, 47),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lift a cassette only with the Permavane lifting frame and a crane rated for the lifting mass in section "
            "1, never by the permeate or air pipes.",
            "Store sodium hypochlorite and citric acid in separate bunded areas. Dose them through separate lines.",
            "The membrane tank is a confined space when drained: the site's permit is needed to enter it.",
            "Do not walk on the cassette frame or the modules.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Flux and temperature"),
            (
                "p",
                "The fluxes in section 1 hold at 15 °C. Below 15 °C reduce them: flux (T) = flux (15 °C) x (1 - 0.025 "
                "x (15 - T)), for T from 8 to 15 °C. Example: at 10 °C the average flux is 17 x 0.875 = 14.9 L/(m²·h). "
                "Below 8 °C (M08) the permeate pumps hold the 8 °C flux.",
            ),
            ("h", "Filtration cycle"),
            (
                "p",
                "Default: 9 min filtration and 1 min relaxation with the scour air on. A backpulse may replace the "
                "relaxation: 30 s at 1.5 times the net flux.",
            ),
            ("h", "TMP"),
            (
                "p",
                "M01 warns at 0.35 bar: plan a maintenance clean. M02 at 0.55 bar stops the permeate pumps of that "
                "cassette.",
            ),
            ("h", "Permeability"),
            (
                "p",
                "Permeability = net flux (L/(m²·h)) / TMP (bar), corrected to 15 °C. A new cassette is above 250. When "
                "the permeability falls below 100, make a recovery clean (section 7). Example: a cassette at 15 "
                "L/(m²·h) and 0.10 bar has a permeability of 150.",
            ),
            ("h", "Scour air"),
            (
                "p",
                "The scour air must run whenever the permeate pumps run. M03 comes when the air flow is below 80 % of "
                "the setpoint for 60 s, and filtration stops. Once a day the aerators are flushed (AERATOR FLUSH, 2 "
                "min) by opening the flush valve to the tank.",
            ),
            ("h", "Mixed liquor"),
            (
                "p",
                "MLSS in the membrane tank 8-12 g/L, never above 15 g/L (M07). Screening of 2 mm mesh or finer ahead "
                "of the plant is mandatory; the screens are the site's and not covered here.",
            ),
            ("h", "Chemicals"),
            (
                "p",
                "Use only sodium hypochlorite and citric acid. The total chlorine exposure over the membrane life must "
                "stay below 500 000 ppm·h. Other chemicals need Permavane's written agreement.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "TMP high", "TMP above 0.35 bar. Plan a maintenance clean (section 6)."],
            ["M02", "TMP trip", "TMP above 0.55 bar: permeate pumps of the cassette stop. Check the air, then clean."],
            ["M03", "Scour air low", "Air below 80 % of setpoint for 60 s: blower, valve or a blocked aerator."],
            [
                "M04",
                "Permeate turbidity high",
                "Above 0.5 NTU for 5 min: broken fibre or leaking permeate O-ring. Make a pressure decay test.",
            ],
            ["M05", "Membrane tank level low", "Level below the top of the modules plus 0.3 m: filtration stops."],
            ["M06", "Membrane tank level high", "Overflow level reached."],
            ["M07", "MLSS high", "Above 15 g/L: raise the recirculation or the waste sludge flow."],
            ["M08", "Temperature low", "Mixed liquor below 8 °C: flux held at the 8 °C value."],
            ["M09", "Permeate pump fault", "See the pump converter."],
            ["M10", "Backpulse tank low", "Permeate backpulse tank below 20 %."],
            ["M12", "Cleaning chemical low", "Hypochlorite or citric acid day tank below 10 %."],
            ["M13", "Pressure decay test failed", "Decay above 0.04 bar in 10 min (section 8)."],
            ["M14", "Service due", "12 months since the last Permavane inspection."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "TMP rises fast again soon after a recovery clean",
                "Sludging: sludge packed between the fibres; MLSS too high or scour air too low",
                "Check MLSS and scour air; lift the cassette and hose the packed sludge out (section 9)",
            ],
            [
                "Uneven bubbling at the surface, one corner of the cassette quiet",
                "Aerator holes blocked with sludge or rags",
                "Run AERATOR FLUSH by hand three times; if still uneven, lift the cassette and clean the aerator",
            ],
            [
                "Permeate turbidity above 0.5 NTU (M04)",
                "Broken fibre or leaking O-ring at the permeate header",
                "Pressure decay test (section 8); find the module by its bubbles",
            ],
            [
                "Permeate flow falls in winter at the same TMP",
                "Higher water viscosity in cold mixed liquor (normal)",
                "Reduce the flux with the temperature formula in section 3",
            ],
            [
                "Thick foam on the membrane tank",
                "Biological or surfactant foam (a process matter)",
                "Tell the site's process staff; keep the foam off the walkways",
            ],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Maintenance clean (weekly)"),
    (
        "ol",
        [
            "Select MAINT CLEAN for the cassette. Its permeate pump stops; the scour air stays on.",
            "Check that the hypochlorite day tank holds enough for the clean (about 15 L of 12 % stock per cassette).",
            "The unit backpulses hypochlorite at 200 mg/L free chlorine: 10 pulses of 30 s, 5 min apart (about 45 "
            "min).",
            "After the last pulse wait 10 min.",
            "Filtration restarts with the first 5 min of permeate sent to the return line, not to the outlet.",
            "Write the TMP before and after the clean in the log.",
        ],
    ),
    ("h", "7. Recovery clean (every 6 months, or when the permeability is below 100)"),
    (
        "ol",
        [
            "Stop filtration for the tank and pump the mixed liquor back to the aeration tank.",
            "Hose loose sludge off the modules from above with water at no more than 2 bar.",
            "Fill the tank with permeate until the modules are covered by 0.3 m.",
            "Dose hypochlorite to 1000 mg/L free chlorine, pH 10-11, and soak for 6 h with the scour air pulsing 1 "
            "min every 30 min.",
            "Drain to the return line and rinse once with permeate.",
            "Fill with permeate again and dose citric acid to 2000 mg/L, pH 2-3; soak for 6 h.",
            "Drain, rinse once, and refill with mixed liquor.",
            "Restart at 50 % of the normal flux for 1 h, then at full flux. A good clean brings the permeability "
            "above 200.",
        ],
    ),
    ("h", "8. Pressure decay test"),
    (
        "ol",
        [
            "Stop filtration for the cassette and switch off its scour air; the modules stay submerged.",
            "Close the permeate valve and drain the permeate header through the test drain valve.",
            "Connect the test panel air hose to the permeate header test port and set its regulator to 0.20 bar.",
            "Pressurise the header to 0.20 bar, then close the test panel inlet valve.",
            "Read the header pressure after 10 min. A fall of more than 0.04 bar fails the test (M13).",
            "If it fails, watch the water surface: a steady stream of bubbles shows the module with the broken fibre "
            "or the leaking O-ring. Mark it and isolate it with a blind plug (MPV-BP-1).",
            "Vent the header, open the permeate valve and restart the scour air before filtration.",
        ],
    ),
    (
        "p",
        "Broken fibres are repaired (pinned) by Permavane service; this manual does not describe the repair. A module "
        "with a blind plug may stay in service until the repair; the cassette's flux must then be reduced by one "
        "module's share.",
    ),
    ("h", "9. Lifting a cassette for inspection"),
    (
        "ol",
        [
            "Stop the cassette, close its permeate and air valves and undo the two couplings.",
            "Hook the lifting frame MPV-LF-48 (MC-48) or MPV-LF-64 (MC-64) onto the four lifting points.",
            "Lift the cassette until its top is 0.5 m above the water and let it drain for 15 min.",
            "Lift it out onto the wash pad. The crane must be rated for 3600 kg (MC-48) or 4700 kg (MC-64).",
            "Keep the fibres wet: spray them every 30 min or stand the cassette in the inspection tank.",
            "Hose packed sludge out with water at no more than 2 bar; never use a pressure washer.",
            "Refit in reverse order with new coupling gaskets.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Log TMP, flux, temperature and permeability; check the surface bubbling pattern"],
            ["Weekly", "Maintenance clean (section 6)"],
            ["Monthly", "Pressure decay test (section 8); check the turbidity meter against a lab sample"],
            ["Every 6 months, or permeability below 100", "Recovery clean (section 7)"],
            ["Yearly", "Lift one cassette per tank for inspection (section 9); Permavane inspection (M14)"],
        ],
        (62, 108),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MC-48", "MC-64"],
            ["Membrane module, 34 m²", "MPV-MD-34", "MPV-MD-34"],
            ["Permeate header O-ring set", "MPV-OR-48", "MPV-OR-64"],
            ["Aerator header", "MPV-AH-48", "MPV-AH-64"],
            ["Blind plug for a module port", "MPV-BP-1", "MPV-BP-1"],
            ["Lifting frame", "MPV-LF-48", "MPV-LF-64"],
            ["Coupling gasket set", "MPV-CG-100", "MPV-CG-125"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("arenvold-gk-grit-classifier.pdf", "Arenvold AVD-OM-GK-04 Ed 3 - GK-25 / GK-40", ARENVOLD),
        ("klarwick-cd-primary-clarifier-scraper-drive.pdf", "Klarwick KLW-IOM-CD-07 Ed 2 - CD-60 / CD-90", KLARWICK),
        ("sedimora-fb-secondary-clarifier-bridge.pdf", "Sedimora SDM-OM-FB32-02 Ed 1 - FB-32", SEDIMORA),
        ("permavane-mc-mbr-membrane-cassette.pdf", "Permavane PMV-OM-MC-03 Ed 2 - MC-48 / MC-64", PERMAVANE),
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
