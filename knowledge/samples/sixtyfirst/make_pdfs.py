"""Generate the PDF manuals of the sixty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set61venv && /tmp/set61venv/bin/pip install fpdf2 pypdf
    /tmp/set61venv/bin/python knowledge/samples/sixtyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Quellfors QH hydraulic headboxes
QUELLFORS = [
    ("title", "Quellfors QH Hydraulic Headboxes\nOperation and Maintenance Manual - QH-340 and QH-460"),
    (
        "p",
        "Document QPT-OM-QH-04, Edition 3, March 2025. Quellfors Papertech. The QH-340 and QH-460 are single-layer "
        "hydraulic headboxes for fourdrinier and hybrid formers making packaging and printing grades. Stock enters a "
        "tapered inlet header, passes a bank of turbulence tubes and leaves through the slice as a flat jet onto the "
        "forming fabric. The cross-direction (CD) basis weight profile is controlled by dilution water valves at the "
        "header; the slice lip spindles only set the lip straight at installation and are not used for profile "
        "control. The model number is the number of turbulence tubes: 5 rows of 68 tubes (QH-340) or 5 rows of 92 "
        "tubes (QH-460), at a tube pitch of 50 mm. Apart from the width and the values given for each model, the two "
        "headboxes are built alike. Multilayer inserts are not available for either model.",
    ),
    (
        "p",
        "The fan pump, the approach flow system, the dilution water pump and the quality control system (QCS) that "
        "sends the dilution setpoints have their own manuals. Pressure tests after repairs and the periodic "
        "inspection of the headbox as pressure equipment are the site's responsibility under national rules.",
    ),
    (
        "warn",
        "WARNING: The headbox and its inlet header are confined spaces. Enter them only under the site's confined "
        "space entry permit, with the fan pump, the dilution pump and the attenuator air supply locked out and the "
        "headbox drained and vented.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QH-340", "QH-460"],
            ["Slice width", "3400 mm", "4600 mm"],
            ["Turbulence tubes (5 rows, 50 mm pitch)", "340 tubes, 68 per row", "460 tubes, 92 per row"],
            ["Maximum machine speed", "1200 m/min", "1200 m/min"],
            ["Maximum flow (240 L/s per metre of slice width)", "816 L/s", "1104 L/s"],
            ["Design pressure at the slice, stock up to 60 °C", "2.5 bar", "2.5 bar"],
            ["Slice opening range", "6-30 mm", "6-30 mm"],
            ["Headbox consistency range", "0.3-1.2 %", "0.3-1.2 %"],
            ["Dilution valves (100 mm pitch)", "34", "46"],
            ["Maximum dilution flow, share of headbox flow", "10 %", "10 %"],
            ["Slice lip spindles (150 mm pitch)", "23", "31"],
            ["Inlet header connection", "DN 600", "DN 700"],
            ["Attenuator air volume", "180 L", "240 L"],
            ["Edge bleed valves", "2 x DN 50", "2 x DN 65"],
            ["Mass empty / filled with water", "9.8 t / 12.6 t", "13.2 t / 17.1 t"],
            ["Slice opening actuators (electric, one each end)", "2 x 0.37 kW", "2 x 0.55 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum flow and the design pressure hold only for stock of 60 °C or less. The slice opening range is "
        "mechanical; the usable opening at a given speed follows from the flow and the grade recipe.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The slice lip edge is sharp and ground to a tolerance of hundredths of a millimetre. Fit the lip guard "
            "whenever the machine is stopped and never stand, kneel or rest tools on the lip or the lip beam.",
            "Stock and white water in the headbox can be up to 60 °C. Drain and cool before opening inspection doors.",
            "The attenuator is under air pressure in operation. Vent it through its own vent valve before any work on "
            "the attenuator or the header.",
            "Keep hands away from the jet. At 1200 m/min the jet leaves the slice at about 20 m/s.",
            "Chemicals for boil-out are handled to the chemical supplier's safety data sheet.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Headbox pressure"),
            (
                "p",
                "Two pressure transmitters measure the pressure at the slice. The high pressure warning QA02 comes at "
                "2.3 bar. Above 2.5 bar the fan pump is tripped (QA03). The two transmitters must agree within 0.05 "
                "bar; a larger difference gives QA11 and the control uses the lower reading.",
            ),
            ("h", "Jet speed"),
            (
                "p",
                "For stock below 1.2 % consistency the jet speed follows from the pressure at the slice: jet speed "
                "(m/s) = square root of (2 x p), with p in kPa. Example: wire speed 900 m/min is 15 m/s; for a "
                "jet-to-wire ratio of 1.00 the jet must run at 15 m/s, so p = 15 x 15 / 2 = 112.5 kPa, about 1.13 "
                "bar. Use the speed difference read by the QCS for fine setting; the formula is for start-up.",
            ),
            ("h", "Jet-to-wire ratio"),
            (
                "p",
                "Keep the ratio within ±3 % of 1.00 unless the grade recipe gives another value. Outside the window "
                "for more than 60 s the system gives QA10.",
            ),
            ("h", "Slice opening"),
            (
                "p",
                "The two slice actuators run together. The opening at the two ends must agree within 0.05 mm; a "
                "larger deviation stops both actuators (QA04). Never start the fan pump with the slice open less "
                "than 10 mm.",
            ),
            ("h", "Dilution"),
            (
                "p",
                "In normal running the dilution valves should sit between 20 % and 80 % open. A valve held at 0 % or "
                "100 % for more than 10 min gives QA07: the profile is at the limit of the dilution and the cause "
                "usually lies elsewhere.",
            ),
            ("h", "Attenuator"),
            (
                "p",
                "Keep the liquid level in the attenuator sight glass within 50 mm of the centre mark. A level above "
                "the upper mark means the air cushion is lost and pressure pulses pass to the slice.",
            ),
            ("h", "Stock temperature"),
            ("p", "Above 55 °C the temperature warning QA05 comes; at no time may the stock exceed 60 °C."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["QA01", "Pressure low", "Below 0.3 bar while the fan pump runs: pump tripped, header valve closed."],
            ["QA02", "Pressure high", "2.3 bar reached. Reduce the fan pump speed or open the slice."],
            ["QA03", "Overpressure trip", "Above 2.5 bar: fan pump tripped. Find the cause before restarting."],
            [
                "QA04",
                "Slice deviation",
                "Ends differ by more than 0.05 mm. Check the actuator couplings and the position encoders.",
            ],
            ["QA05", "Stock temperature high", "Above 55 °C. Check the white water and steam addition."],
            ["QA06", "Attenuator level", "Level more than 50 mm from the centre mark. Check the air supply."],
            ["QA07", "Dilution at limit", "A valve at 0 % or 100 % for more than 10 min. See section 5."],
            ["QA09", "Dilution actuator", "No response from an actuator on the bus. Check its plug and address."],
            ["QA10", "Jet-to-wire ratio", "Outside ±3 % of 1.00 (or of the recipe value) for more than 60 s."],
            ["QA11", "Transmitter mismatch", "The two pressure readings differ by more than 0.05 bar."],
            ["QA12", "Actuator torque", "Slice actuator torque limit reached: lip blocked or spindle seized."],
            ["QA13", "Service due", "8000 operating hours since the last Quellfors service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fine machine-direction streaks about 50 mm apart",
                "Fibre or slime build-up in the turbulence tubes (the spacing equals the tube pitch)",
                "Clean the tube bank (section 8)",
            ],
            [
                "CD profile wave about 100 mm apart",
                "Dilution valves hunting, or one actuator not following",
                "Check the actuators; reduce the profile controller gain on the QCS",
            ],
            [
                "Heavy or wet edges, jet wings at the edges",
                "Edge bleed flow too low",
                "Open the edge bleed valves step by step",
            ],
            [
                "Basis weight varies in the machine direction",
                "Pressure pulses: attenuator level high, air cushion lost",
                "Restore the air cushion; level within 50 mm of centre",
            ],
            [
                "Several dilution valves at a limit in one area",
                "Slice lip bent or fouled locally",
                "Inspect the lip; if bent, call Quellfors service",
            ],
            [
                "Lumps and slime spots in the sheet",
                "Deposits on the header and tube walls",
                "Boil-out at the next shutdown",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the lip guard is removed, the inspection doors are closed and the drains are shut.",
            "Set the slice opening to at least 10 mm.",
            "Open the header vent valve.",
            "Switch on the attenuator air supply and set the level to the centre mark.",
            "Start the fan pump at minimum speed on white water, without stock.",
            "Vent until water without air comes out of the vent, then close the vent valve.",
            "Raise the fan pump speed until the pressure gives the jet speed for the wire speed (section 3).",
            "Check the jet landing point on the forming board with the strobe lamp.",
            "Start the stock flow and set the edge bleed valves.",
            "After at least 15 min of stable running, switch the dilution profile control to automatic.",
        ],
    ),
    ("h", "7. Setting the slice opening and jet-to-wire ratio"),
    (
        "ol",
        [
            "Read the wire speed and the recipe jet-to-wire ratio.",
            "Work out the pressure for the jet speed from the formula in section 3.",
            "Set the fan pump speed to reach that pressure.",
            "Adjust the slice opening in steps of no more than 0.5 mm until the flow matches the recipe.",
            "After each step wait 2 min and read the pressure again; the pump speed and slice are linked.",
            "Check on the QCS that the jet-to-wire ratio is within ±3 % of the target.",
            "Record the opening and pressure in the grade log.",
        ],
    ),
    ("h", "8. Cleaning the tube bank"),
    (
        "ol",
        [
            "Stop the machine and lock out the fan pump, the dilution pump and the attenuator air under the site's "
            "lockout procedure.",
            "Drain the headbox and let it cool below 40 °C.",
            "Fit the lip guard and open the header and apron inspection doors.",
            "Wash the tubes from the header side with a lance at no more than 80 bar. Keep the lance nozzle at "
            "least 300 mm from the tube inlets.",
            "Never aim the lance at the slice lip edge.",
            "Inspect the tube inlets with a lamp; repeat for any tube still holding deposits.",
            "For a chemical boil-out use the concentration and time given by the chemical supplier, at no more than "
            "60 °C.",
            "Rinse with fresh water until the drain water is clear.",
            "Fit new door gaskets (QPT-GK-340 or QPT-GK-460) and close the doors.",
        ],
    ),
    ("h", "9. Replacing a dilution valve actuator"),
    (
        "ol",
        [
            "The actuator can be changed with the machine running; the valve stays in the line.",
            "On the QCS set the zone to HOLD so that the neighbouring zones do not react.",
            "Unplug the actuator cable.",
            "Remove the four M6 screws and lift the actuator off the valve stem.",
            "Set the address switches of the new actuator QPT-DA-24 to the zone number.",
            "Fit it on the stem and tighten the M6 screws to 8 Nm.",
            "Plug in the cable; the actuator drives to 0 % and reports its position.",
            "Check that QA09 has cleared and release the zone from HOLD.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the jet landing point, the edges and the attenuator level"],
            ["Weekly", "Compare the two pressure readings (within 0.05 bar); check the edge bleed valves"],
            ["Monthly", "Inspect the slice lip for fibre build-up from the catwalk with the lip lamp"],
            [
                "6 months or 4000 h, whichever comes first",
                "Full-stroke test of every dilution actuator (QCS test menu)",
            ],
            ["Annual shutdown", "Inspect and clean the tube bank; calibrate the pressure transmitters"],
            ["8000 h (QA13)", "Quellfors service: slice lip straightness measurement, spindle check"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The slice lip must be straight within ±0.02 mm over any 1 m of width. Straightening, regrinding or "
        "replacing the lip is done only by Quellfors service.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "QH-340", "QH-460"],
            ["Dilution valve, complete", "QPT-DV-100", "QPT-DV-100"],
            ["Dilution valve actuator 24 V", "QPT-DA-24", "QPT-DA-24"],
            ["Slice lip", "QPT-SL-340", "QPT-SL-460"],
            ["Inspection door gasket kit", "QPT-GK-340", "QPT-GK-460"],
            ["Pressure transmitter 0-4 bar", "QPT-PT-04", "QPT-PT-04"],
            ["Edge bleed valve", "QPT-EB-50", "QPT-EB-65"],
            ["Lip guard", "QPT-LG-340", "QPT-LG-460"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Ardevik YH Yankee dryer hoods
ARDEVIK = [
    ("title", "Ardevik YH Gas-Fired Yankee Dryer Hoods\nOperation and Maintenance Manual - YH-18 and YH-22"),
    (
        "p",
        "Document ARD-OM-YH-07, Edition 2, November 2024. Ardevik Thermal. The YH-18 and YH-22 are high-temperature "
        "impingement hoods for tissue machines with a Yankee cylinder of 18 ft (5486 mm) or 22 ft (6706 mm) "
        "diameter. Each hood has a wet-end half and a dry-end half, each with its own natural gas burner, supply air "
        "fan and nozzle boxes; one exhaust fan serves both halves. Hot air leaves the slot nozzles at high speed, "
        "strikes the sheet on the Yankee and is drawn back through return openings between the nozzle boxes. Apart "
        "from the Yankee size and the values given for each model, the two hoods are built alike. Both hoods burn "
        "natural gas only.",
    ),
    (
        "p",
        "The Yankee cylinder itself (its steam pressure, inspection and grinding) is the business of the Yankee "
        "maker and the site. The heat recovery unit has its own manual, ARD-HR-03. The gas supply up to the hood "
        "gas train and the annual checks of the gas train are done by the site's qualified gas engineer under the "
        "national gas rules. The fire suppression in the hood ducts belongs to the site's fire system.",
    ),
    (
        "warn",
        "WARNING: Never work between the hood and the Yankee unless the hood is fully retracted, the four mechanical "
        "locking pins are inserted, and the burners, fans and hood drive are locked out. Hood surfaces stay above "
        "200 °C for hours after shutdown.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "YH-18", "YH-22"],
            ["Yankee diameter", "18 ft (5486 mm)", "22 ft (6706 mm)"],
            ["Wrap angle of the hood", "240°", "250°"],
            ["Hood length along the shell", "11.5 m", "14.6 m"],
            ["Maximum machine speed", "2000 m/min", "2200 m/min"],
            ["Maximum Yankee face width", "5.6 m", "5.6 m"],
            ["Maximum impingement air temperature", "600 °C", "650 °C"],
            ["Maximum nozzle air velocity", "150 m/s", "165 m/s"],
            ["Nozzle-to-shell clearance, hot (in operation)", "20 mm", "25 mm"],
            ["Burners, natural gas, one per hood half", "2 x 4.5 MW", "2 x 6.0 MW"],
            ["Gas pressure at the gas train inlet", "300-500 mbar", "300-500 mbar"],
            ["Supply air fans", "2 x 110 kW", "2 x 160 kW"],
            ["Exhaust fan", "75 kW", "110 kW"],
            ["Retract stroke / retract time", "600 mm / 20 s", "700 mm / 25 s"],
            ["Mass of the hood, both halves", "34 t", "43 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum air temperature and velocity hold only with the exhaust moisture at or above 450 g of water per "
        "kg of dry air and with the hood balance in range. At lower exhaust moisture the control limits the burner "
        "output.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Tissue dust in the nozzle boxes and return ducts burns. Keep the hood clean to the intervals in section 10 "
            "and after every fire.",
            "Only persons trained on the burner management system may reset a burner lockout.",
            "Never bridge a flame scanner, a gas pressure switch or the purge timer.",
            "Wear heat-resistant gloves and a face shield when opening inspection doors on a warm hood.",
            "The hood drive can move the hood at any time while it is not locked out. Keep clear of the rails.",
        ],
    ),
    ("h", "3. Burner and air settings"),
    (
        "cols",
        [
            ("h", "Purge"),
            (
                "p",
                "Before any ignition the hood and its ducts are purged with at least 5 air changes, and never for "
                "less than 60 s, whichever is longer. The purge air flow must be at least 25 % of the full-load air "
                "flow; the combustion air switch proves it.",
            ),
            ("h", "Ignition and flame"),
            (
                "p",
                "Pilot trial 5 s, main flame trial 5 s. The UV scanner must see the flame within these times or the "
                "burner locks out (Y01, Y02). In operation the gas valves close within 1 s of a flame failure.",
            ),
            ("h", "Gas pressure"),
            (
                "p",
                "The low gas pressure switch opens below 250 mbar and the high gas pressure switch above 550 mbar "
                "(Y03, Y04). The working range at the gas train inlet is 300-500 mbar.",
            ),
            ("h", "Yankee speed"),
            (
                "p",
                "The burners may be lit only while the Yankee turns at 100 m/min or more. Below 50 m/min, or on a "
                "Yankee stop, the burners shut down and the hood retracts automatically (Y09).",
            ),
            ("h", "Heating up"),
            (
                "p",
                "From cold, raise the supply air temperature by no more than 100 °C per 10 min, to protect the "
                "Yankee shell from thermal stress. On a sheet break the burners go to low fire within 3 s.",
            ),
            ("h", "Exhaust moisture"),
            (
                "p",
                "Set point 450-600 g/kg dry air, default 500 g/kg. Above 700 g/kg the hood warns (Y12): condensate "
                "may form on cold surfaces and drip onto the sheet.",
            ),
            ("h", "Hood balance"),
            (
                "p",
                "The static pressure at the hood edges must stay within ±10 Pa of the hall pressure. A negative "
                "balance draws cold hall air in; a positive balance blows moist hot air into the hall. Outside ±20 "
                "Pa for 60 s the hood gives Y13.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["Y01", "Flame failure, wet end", "No flame signal. Check the scanner window and the ignition electrode."],
            ["Y02", "Flame failure, dry end", "As Y01, dry-end burner."],
            ["Y03", "Gas pressure low", "Below 250 mbar at the gas train. Call the site's gas engineer."],
            ["Y04", "Gas pressure high", "Above 550 mbar. Check the site's pressure regulator."],
            ["Y05", "Combustion air low", "Air switch not made: fan stopped, damper closed or filter blocked."],
            [
                "Y06",
                "Supply air too hot",
                "More than 20 °C above the maximum impingement temperature. Burner to low fire, then off.",
            ],
            ["Y07", "Exhaust fan stopped", "Both burners shut down at once."],
            ["Y08", "Purge incomplete", "Air flow fell below 25 % during the purge. The purge restarts."],
            ["Y09", "Yankee speed low", "Below 50 m/min: burners off, hood retracts."],
            ["Y10", "Hood position", "Hood not fully in or not fully retracted within the retract time."],
            ["Y12", "Exhaust moisture high", "Above 700 g/kg. Lower the set point or open the exhaust damper."],
            ["Y13", "Hood balance", "Outside ±20 Pa for 60 s. Check the exhaust damper and the edge seals."],
            [
                "Y14",
                "Fire in hood",
                "Temperature rise detected in a return duct. Burners off, hood retracts; the site fire system acts.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Both edges of the sheet too wet",
                "Edge dampers closed too far, or edge nozzles blocked with dust",
                "Open the edge dampers; clean the edge nozzle boxes",
            ],
            [
                "Narrow wet streak at one CD position",
                "Nozzle slot blocked by dust or a burnt tissue lump",
                "Clean that nozzle box (section 9)",
            ],
            [
                "Drops falling from the hood onto the sheet",
                "Exhaust moisture too high or positive hood balance, condensate on cold hood edges",
                "Lower the moisture set point; bring the balance within ±10 Pa",
            ],
            [
                "Gas use rising for the same production",
                "Exhaust moisture set too low, too much exhaust air",
                "Raise the moisture set point towards 500 g/kg",
            ],
            [
                "Burner locks out at every start, Y01",
                "Scanner window dirty or ignition electrode gap wrong",
                "Clean the window; set the gap to 3 mm ±0.5 mm",
            ],
            [
                "Sheet flutters at the hood leading edge",
                "Strongly negative hood balance pulls air in under the edge",
                "Close the exhaust damper a little; check the edge seals",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Lighting the burners"),
    (
        "ol",
        [
            "Check that the hood is in the operating position and Y10 is clear.",
            "Check that the Yankee is turning at 100 m/min or more.",
            "Start the exhaust fan, then both supply air fans.",
            "Set the exhaust damper to the start position (40 %).",
            "Press PURGE. The purge runs for at least 5 air changes and 60 s.",
            "When PURGE COMPLETE shows, press IGNITE WET END.",
            "Watch the flame signal: pilot, then main flame within 5 s each.",
            "Repeat for the dry end.",
            "Raise the supply air temperature by no more than 100 °C per 10 min to the working value.",
            "Switch the exhaust moisture control to automatic at 500 g/kg.",
        ],
    ),
    ("h", "7. Retracting the hood for work at the Yankee"),
    (
        "ol",
        [
            "Shut down both burners and let the supply air cool below 150 °C with the fans running.",
            "Stop the supply air fans; leave the exhaust fan running at 30 %.",
            "Select RETRACT on the local panel and hold the button until the hood reaches the end stop.",
            "Insert the four mechanical locking pins (two per hood half) into the rail brackets.",
            "Lock out the hood drive, the burners and the supply fans under the site's lockout procedure.",
            "Check that the hood cannot move by pressing RETRACT and IN on the local panel: nothing must happen.",
            "After the work, remove all tools from the gap, remove the pins and move the hood in.",
            "Check the hood position (Y10 clear) before lighting the burners.",
        ],
    ),
    ("h", "8. Checking the nozzle-to-shell clearance"),
    (
        "ol",
        [
            "The clearance is checked cold, with the Yankee stopped and cooled, and the hood in.",
            "Lock out the Yankee drive, the hood drive, the burners and the fans.",
            "Through the side openings, measure the gap between the nozzle face and the shell with a feeler stack at "
            "four points per hood half: front and back side, top and bottom of the half.",
            "The cold clearance is about 3 mm more than the hot clearance. Set it to 23 mm ±2 mm on the YH-18 "
            "and to 28 mm ±2 mm on the YH-22.",
            "Adjust with the eccentric stops on the hood rails, one sixth of a turn at a time.",
            "Record all eight readings in the hood log.",
        ],
    ),
    ("h", "9. Cleaning the nozzle boxes"),
    (
        "ol",
        [
            "Retract and lock the hood (section 7).",
            "Open the inspection doors on the back side of each half.",
            "Vacuum the tissue dust from the nozzle boxes and the return openings with an industrial vacuum rated for "
            "combustible dust.",
            "Clear blocked slots with the plastic slot scraper only; never with a steel tool.",
            "Check the nozzle plates for cracks and warping.",
            "Close the doors and move the hood in.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the flame signals, the exhaust moisture and the hood balance"],
            ["Weekly", "Clean the UV scanner windows"],
            [
                "Every 2 weeks, or after any fire in the hood, whichever comes first",
                "Clean the nozzle boxes and return openings (section 9)",
            ],
            ["2000 h", "Regrease the fan bearings: 40 g (YH-18) or 60 g (YH-22) per bearing"],
            ["6 months", "Check the ignition electrode gap, 3 mm ±0.5 mm"],
            ["12 months", "Cold clearance check (section 8); Ardevik combustion tuning"],
            ["12 months", "Gas train tightness and safety valve checks by the site's gas engineer"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "YH-18", "YH-22"],
            ["UV flame scanner", "ARD-UV-2", "ARD-UV-2"],
            ["Ignition electrode", "ARD-IE-45", "ARD-IE-60"],
            ["Nozzle plate segment", "ARD-NP-18", "ARD-NP-22"],
            ["Hood edge seal, per metre", "ARD-ES-18", "ARD-ES-22"],
            ["Locking pin set (4)", "ARD-LP-4", "ARD-LP-4"],
            ["Plastic slot scraper", "ARD-SC-1", "ARD-SC-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dunrotha DRJ steam rotary joints
DUNROTHA = [
    ("title", "Dunrotha DRJ Steam Rotary Joints with Stationary Siphons\nInstallation and Maintenance - DRJ-80 and DRJ-100"),
    (
        "p",
        "Document DUN-IM-DRJ-03, Edition 5, June 2024. Dunrotha Steam Joints. The DRJ-80 and DRJ-100 are "
        "self-supporting rotary joints for the steam-heated dryer cylinders of paper and board machines. Steam enters "
        "through the joint and the journal; the condensate is lifted out of the cylinder by a stationary siphon and "
        "leaves through the inner pipe of the joint. A carbon seal ring, pressed against a hardened wear face by "
        "springs and steam pressure, seals the turning nipple against the stationary body. Apart from the size and "
        "the values given for each model, the two joints are built alike. Rotating siphons are not covered by this "
        "manual.",
    ),
    (
        "p",
        "The dryer cylinder is pressure equipment: its inspection, and any work inside it, fall under the site's "
        "rules and the cylinder maker's instructions. The steam and condensate system, including the differential "
        "pressure control, is supplied and tuned by the steam system supplier. The optional DM-2 wear and leak "
        "monitor is described here only as far as its alarm codes.",
    ),
    (
        "warn",
        "WARNING: Never loosen a joint, a hose or a flange while the cylinder is under pressure or hot. Close and "
        "lock the steam valve, open the condensate drain and wait until the pressure gauge reads zero and the joint "
        "body is below 50 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DRJ-80", "DRJ-100"],
            ["Steam inlet", "DN 80", "DN 100"],
            ["Condensate outlet", "DN 50", "DN 65"],
            ["Maximum steam pressure", "10 bar(g)", "12 bar(g)"],
            ["Maximum temperature", "190 °C", "200 °C"],
            ["Maximum rotational speed", "500 rpm", "400 rpm"],
            ["Carbon seal ring, new length", "24 mm", "28 mm"],
            ["Carbon seal ring, minimum length (replace)", "17 mm", "20 mm"],
            ["Siphon shoe clearance to the shell", "2.5 mm ±0.5 mm", "3.0 mm ±0.5 mm"],
            ["Journal flange bolts, torque", "4 x M16, 120 Nm", "4 x M20, 230 Nm"],
            ["Journal runout at the joint flange, maximum", "0.10 mm TIR", "0.10 mm TIR"],
            ["Flexible hoses, minimum length", "1.0 m", "1.2 m"],
            ["Mass of the joint without siphon", "26 kg", "39 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Steam and condensate at up to 200 °C. Wear gloves and a face shield when working near a joint in service.",
            "The joint body must never be fixed rigidly: it must float on the nipple. Only the anti-rotation bracket "
            "holds it, with clearance.",
            "Do not stand in front of the condensate outlet when opening a drain.",
            "Carbon dust from a worn ring is not hazardous but marks the sheet; keep it out of the machine.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Differential pressure"),
            (
                "p",
                "A stationary siphon needs a differential pressure between the steam inlet and the condensate header "
                "to lift the condensate. Minimum differential, DRJ-80: 0.20 bar + 0.05 bar per 100 m/min of machine "
                "speed. DRJ-100: 0.25 bar + 0.06 bar per 100 m/min. Example at 1000 m/min: DRJ-80 0.20 + 0.50 = 0.70 "
                "bar; DRJ-100 0.25 + 0.60 = 0.85 bar.",
            ),
            (
                "p",
                "These values hold for cylinders of 1500 mm to 1830 mm diameter. For other diameters ask Dunrotha.",
            ),
            ("h", "Blow-through steam"),
            (
                "p",
                "With the differential set as above, 10-20 % of the condensate flow passes the siphon as blow-through "
                "steam. More than 20 % wastes steam; less than 10 % risks flooding.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After a shutdown, open the steam to no more than 0.5 bar(g) for 15 min with the condensate drain "
                "open, then raise the pressure no faster than 1 bar per 5 min up to the working pressure.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Above the maximum rotational speed the seal face overheats and the carbon wears rapidly. At the same "
                "cylinder speed the DRJ-100 runs hotter, hence its lower limit.",
            ),
            ("h", "Alignment"),
            (
                "p",
                "The joint must float freely: at least 3 mm clearance on each side of the anti-rotation bracket. The "
                "journal runout at the joint flange must be 0.10 mm TIR or less.",
            ),
        ],
    ),
    ("h", "4. DM-2 monitor alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["S01", "Leak", "Moisture at the body drain port. Inspect the joint at the next stop."],
            ["S02", "Carbon wear warning", "Less than 2 mm of wear left above the minimum length. Plan a change."],
            ["S03", "Carbon wear limit", "Minimum length reached. Replace the ring at the next stop."],
            ["S04", "Vibration", "Above 7 mm/s at the body. Check runout and the anti-rotation bracket."],
            ["S05", "Joint turning", "The body touched the anti-rotation bracket: seized ring or bearing."],
            [
                "S06",
                "Differential low",
                "Below the minimum for the machine speed (only with the optional differential pressure input).",
            ],
            ["S08", "Sensor fault", "Wear or moisture sensor open circuit."],
            ["S09", "Battery low", "Wireless unit battery below 20 %. Replace the battery (DUN-BT-36)."],
            ["S10", "No signal", "No message from the monitor for 30 min."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Steam leaking at the joint nose",
                "Carbon ring worn or cracked, springs weak",
                "Measure the ring; replace ring and springs (section 7)",
            ],
            [
                "Drive load rising, cylinder surface cool, water sloshing heard at low speed",
                "Cylinder flooding: differential too low or siphon clearance too large",
                "Check the differential against the formula; have the siphon checked",
            ],
            [
                "Joint body turns with the journal",
                "Ring seized on the wear face, or a bearing failed",
                "Stop the cylinder; replace the ring and check the bearings",
            ],
            [
                "Water hammer at start-up",
                "Warm-up too fast, condensate not drained",
                "Follow the warm-up rules (section 3)",
            ],
            [
                "Carbon ring lasts less than 12 months",
                "Misalignment or runout above 0.10 mm",
                "Measure the runout; check that the body floats",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Installing the joint"),
    (
        "ol",
        [
            "Clean the journal bore and the flange face.",
            "Measure the runout of the flange face with a dial gauge: 0.10 mm TIR or less.",
            "Fit the siphon into the cylinder through the journal, with the shoe pointing down and the support in the "
            "journal bore.",
            "Fit the nipple and tighten the flange bolts crosswise to 120 Nm (DRJ-80) or 230 Nm (DRJ-100).",
            "Slide the joint body onto the nipple and connect the siphon pipe.",
            "Fit the anti-rotation bracket with at least 3 mm clearance on each side.",
            "Connect the steam and condensate with flexible hoses of at least 1.0 m (DRJ-80) or 1.2 m (DRJ-100). "
            "Never connect rigid pipe to the body.",
            "Warm up as in section 3 and check for leaks.",
        ],
    ),
    ("h", "7. Replacing the carbon seal ring"),
    (
        "ol",
        [
            "Shut off, lock and drain the steam as in the warning above; wait until the body is below 50 °C.",
            "Disconnect the flexible hoses.",
            "Remove the six cover screws and pull the cover with the springs off the body.",
            "Pull out the old carbon ring and measure its length.",
            "Check the wear face of the nipple: no grooves deeper than 0.2 mm. A grooved face is exchanged, not "
            "reground on site.",
            "Fit the new ring (DRJ-CR-80 or DRJ-CR-100) dry, without grease.",
            "Fit new springs from the spring set and a new cover O-ring.",
            "Refit the cover, tightening the screws crosswise to 25 Nm.",
            "Reconnect the hoses, warm up and reset the wear reading on the DM-2.",
        ],
    ),
    ("h", "8. Reading the wear indicator"),
    (
        "ol",
        [
            "Read the length of the indicator rod outside the cover with a depth gauge; the rod follows the ring.",
            "Subtract the minimum length (17 mm or 20 mm) to get the wear left.",
            "Divide the wear since the last change by the operating hours to get the wear rate.",
            "Divide the wear left by the wear rate to estimate the remaining hours.",
            "Plan a change when fewer than 3 months of running are left.",
        ],
    ),
    ("h", "9. Taking a cylinder out of service"),
    (
        "ol",
        [
            "Reduce the steam pressure to 1 bar(g) while the machine still runs, to dry the cylinder out.",
            "Close the steam valve of the cylinder group and lock it.",
            "Keep the condensate valve open and let the cylinder turn at crawl speed for at least 10 min so that "
            "the siphon empties it.",
            "Stop the cylinder and open the low-point drain of the condensate header.",
            "For a stop of more than 4 weeks, disconnect the hoses and fit the transport caps to keep dirt off the "
            "seal faces.",
        ],
    ),
    ("h", "10. Handling and storing spare parts"),
    (
        "p",
        "Keep spare carbon rings in their box, dry, at room temperature, lying flat. A ring that has been dropped must "
        "not be fitted, even if no crack can be seen: hairline cracks open under steam pressure. Springs are changed "
        "as a set, never one at a time. Flexible hoses are stored straight or coiled no tighter than their minimum "
        "bend radius, which the hose label gives; a hose that has been kinked is scrapped. Nipples with a grooved wear "
        "face go back to Dunrotha for exchange.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Look for leaks at the joint and hoses; check the anti-rotation clearance"],
            ["Monthly", "Read the wear indicator and log the wear rate (section 8)"],
            [
                "12 months or 8000 h, whichever comes first",
                "Check the runout; replace the springs if the ring is changed",
            ],
            ["At the cylinder's statutory inspection", "Siphon clearance check inside the cylinder, by Dunrotha service"],
            ["4 years", "Replace the flexible hoses"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The siphon clearance can only be checked from inside the dryer cylinder. It is done during the cylinder's "
        "inspection, by Dunrotha service, under the site's entry permit.",
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "DRJ-80", "DRJ-100"],
            ["Carbon seal ring", "DRJ-CR-80", "DRJ-CR-100"],
            ["Spring set", "DRJ-SS-80", "DRJ-SS-100"],
            ["Cover O-ring kit", "DRJ-OR-80", "DRJ-OR-100"],
            ["Nipple with wear face", "DRJ-NP-80", "DRJ-NP-100"],
            ["Flexible hose set", "DRJ-FH-80", "DRJ-FH-100"],
            ["Stationary siphon (give the cylinder diameter with the order)", "DRJ-SY-80", "DRJ-SY-100"],
            ["DM-2 monitor battery", "DUN-BT-36", "DUN-BT-36"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Amylor JC-6 starch jet cooker
AMYLOR = [
    ("title", "Amylor JC-6 Continuous Starch Jet Cooker\nOperation and Maintenance Manual"),
    (
        "p",
        "Document AMY-OM-JC6-02, Edition 2, February 2025. Amylor Process Equipment. The JC-6 cooks native and "
        "modified starch slurry continuously for surface sizing and coating. Live steam is injected into the slurry "
        "in the jet, the mixture passes the combining tube and a holding tube under back pressure, and the cooked "
        "paste is flashed to atmospheric pressure in the flash tank, then diluted to the size press solids. The JC-6 "
        "cooks by heat alone. Enzyme and chemical (oxidising) conversion are not covered by this manual. The starch "
        "grade, the cooking recipe and the viscosity targets come from the starch supplier and the mill's recipe; "
        "the size press and the steam boiler have their own manuals.",
    ),
    (
        "warn",
        "WARNING: The holding tube and the jet carry steam and paste at up to 140 °C under pressure. Never open a "
        "flange, a sample valve or the combining tube before the cooker is switched to water, flushed, stopped, and "
        "the pressure gauge on the holding tube reads zero.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "JC-6"],
            ["Slurry flow", "1.5-6.0 m³/h"],
            ["Slurry solids for cooking (dry starch on total)", "10-30 %"],
            ["Cooking temperature", "120-140 °C, default 130 °C"],
            ["Temperature control at the holding tube outlet", "within ±1 °C of the set point"],
            ["Holding tube volume", "0.50 m³"],
            ["Residence time in the holding tube", "5 min at 6.0 m³/h, 10 min at 3.0 m³/h"],
            ["Back pressure valve range", "2.0-5.0 bar(g)"],
            ["Steam at the cooker inlet, saturated and dry", "8-12 bar(g)"],
            ["Holding tube design rating", "8 bar(g) at 160 °C"],
            ["Safety valve set pressure (holding tube)", "6.0 bar(g)"],
            ["Slurry pump, progressive cavity with VFD", "5.5 kW"],
            ["Connections: slurry / steam / paste outlet", "DN 40 / DN 50 / DN 50"],
            ["Supply", "400 V 3~ 50 Hz, control 24 V DC"],
            ["Mass, empty", "850 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The residence time is the holding tube volume divided by the slurry flow (the condensed steam, which "
        "shortens it slightly, is ignored): 0.50 m³ / 6.0 m³/h = 0.083 h, or 5 min. Never cook with less than 5 min "
        "of residence.",
    ),
    ("h", "Slurry and water"),
    (
        "p",
        "The slurry is made up by the site in a stirred slurry tank and must reach the cooker free of lumps and "
        "foreign matter; a 2 mm basket strainer before the slurry pump is part of the JC-6. Keep the slurry below "
        "40 °C so that the starch does not start to swell before the jet. Dilution and flushing water should be "
        "fresh or clear filtered water; white water from the machine is not to be used, because its fibres and "
        "fillers settle in the holding tube.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Steam lines and the holding tube are hot in operation. Keep the insulation jackets closed.",
            "Starch dust from bag or big-bag tipping can form an explosive atmosphere; tipping stations are the site's "
            "and are not part of the JC-6.",
            "Take paste samples only from the cooled sample point, with gloves and a face shield.",
            "The safety valve may blow hot paste. Its discharge must be led to a safe drain by the site.",
            "Testing the safety valve and inspecting the holding tube as pressure equipment are done by the site's "
            "competent person under national rules.",
        ],
    ),
    ("h", "3. Cooking settings"),
    (
        "cols",
        [
            ("h", "Temperature"),
            (
                "p",
                "Set point 120-140 °C. The two sensors TT1 and TT2 at the holding tube outlet must agree within 2 °C; "
                "otherwise C11. The control uses TT1.",
            ),
            ("h", "Back pressure"),
            (
                "p",
                "The holding tube must stay at least 1.5 bar above the saturation pressure at the cooking temperature, "
                "so that no steam flashes in the tube. Minimum back pressure: 120 °C: 2.5 bar(g); 130 °C: 3.2 bar(g); "
                "140 °C: 4.1 bar(g).",
            ),
            ("h", "Steam pressure"),
            (
                "p",
                "Steam at the cooker inlet 8-12 bar(g), and at least 3 bar above the back pressure. Superheat no more "
                "than 10 °C. Wet steam makes the jet bang and the temperature hunt.",
            ),
            ("h", "Steam use"),
            (
                "p",
                "Steam (kg/h) = slurry (kg/h) x 3.8 x (cooking temperature - slurry temperature) / 2200. Example: "
                "5000 kg/h of slurry from 25 °C to 130 °C needs 5000 x 3.8 x 105 / 2200 = about 910 kg/h of steam.",
            ),
            ("h", "Dilution after the flash tank"),
            (
                "p",
                "Dilution water (m³/h) = slurry flow x (cooking solids / target solids - 1). Example: 4 m³/h cooked at "
                "20 % and diluted to 8 % needs 4 x (20 / 8 - 1) = 6 m³/h of water.",
            ),
            ("h", "Storage"),
            (
                "p",
                "Keep the diluted paste at 60-80 °C and use it within 8 h. Below 55 °C the paste retrogrades and "
                "its viscosity rises; it must then be drained, not reheated.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "C01",
                "Temperature low",
                "More than 3 °C below the set point for 30 s. The paste goes to the reject drain automatically.",
            ],
            ["C02", "Temperature high", "More than 5 °C above the set point. Steam valve closes to its minimum."],
            [
                "C03",
                "Steam pressure low",
                "Below 8 bar(g), or less than 3 bar above the back pressure. Check the steam supply and separator.",
            ],
            ["C04", "Back pressure low", "Below the minimum for the set point. Check the back pressure valve."],
            ["C05", "Slurry flow low", "Below 1.5 m³/h. Check the slurry tank level and the pump."],
            ["C06", "Pump drive fault", "VFD fault. Read the VFD fault code in the VFD's own manual."],
            ["C07", "Flash tank level high", "Paste pump stopped or outlet valve closed."],
            ["C08", "Flash tank level low", "Cooker flow lower than the paste being drawn off."],
            ["C09", "Holding tube pressure high", "Above 5.5 bar(g): outlet blocked or back pressure valve stuck."],
            ["C11", "Sensor mismatch", "TT1 and TT2 differ by more than 2 °C. Check both sensors (section 8)."],
            ["C12", "Water mode too long", "Cooker on water for more than 30 min. Switch to slurry or stop."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lumps or fish eyes in the cooked paste",
                "Cooking temperature too low, slurry solids above 30 %, or wet steam",
                "Check TT1 against TT2; check the slurry solids and the steam separator",
            ],
            [
                "Banging or hammering at the jet",
                "Steam less than 3 bar above the back pressure, wet steam, or flow below 1.5 m³/h",
                "Raise the steam pressure or lower the back pressure within the limits",
            ],
            [
                "Viscosity higher than the recipe",
                "Temperature too low or residence too short",
                "Check the set point; reduce the slurry flow",
            ],
            [
                "Temperature swings of ±3 °C",
                "Wet steam, steam valve sticking, or slurry flow unsteady",
                "Drain the separator; check the valve and the pump",
            ],
            [
                "Holding tube pressure creeping up, C09",
                "Paste left in the tube after a stop has set",
                "Flush with hot water; always flush at shutdown",
            ],
            [
                "Paste brownish with a burnt smell",
                "Temperature above 140 °C or paste stored too long",
                "Check the set point and the storage time",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the flash tank outlet valve is open and the paste pump is ready.",
            "Open the steam supply and drain the separator until dry steam comes out.",
            "Select WATER MODE and start the slurry pump on fresh water at 3 m³/h.",
            "Set the back pressure to the minimum for the set point (section 3).",
            "Switch the steam control to automatic and let the temperature settle at the set point.",
            "Check that TT1 and TT2 agree within 2 °C.",
            "Select SLURRY MODE. The slurry valve opens and the water valve closes.",
            "Discard the first 2 min of paste to the reject drain.",
            "Set the slurry flow and the dilution water for the recipe.",
        ],
    ),
    ("h", "7. Shutdown and flushing"),
    (
        "ol",
        [
            "Select WATER MODE. Keep the temperature and back pressure at the set point.",
            "Flush with water at 3 m³/h or more for at least 10 min, until the flash tank outlet runs clear.",
            "Switch the steam control to manual and close the steam valve.",
            "Keep the water running for another 5 min to cool the holding tube below 80 °C.",
            "Stop the slurry pump and close the steam supply valve.",
            "Open the holding tube drain and check that the pressure gauge reads zero.",
        ],
    ),
    ("h", "8. Cleaning the jet and checking the sensors"),
    (
        "ol",
        [
            "Shut down and flush as in section 7; lock out the steam and the pump.",
            "Remove the four M12 nuts and pull the combining tube off the jet body.",
            "Pull out the steam nozzle and clean both parts with hot water and a soft brush.",
            "Check the nozzle bore: replace the nozzle (AMY-SN-6) if it is worn oval by more than 0.5 mm.",
            "Refit with a new gasket, tightening the nuts crosswise to 60 Nm.",
            "To check the sensors, run on water at 130 °C and read a reference thermometer in the test pocket: TT1 "
            "and TT2 must each be within ±1 °C of it.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the paste for lumps; check that TT1 and TT2 agree within 2 °C"],
            ["Weekly", "Clean the combining tube and steam nozzle (section 8)"],
            ["Monthly", "Check the steam separator and trap; check the pump flow at 100 % speed"],
            ["6 months", "Sensor check against the reference thermometer (section 8)"],
            [
                "When the pump flow at 100 % speed falls below 85 % of the new value",
                "Replace the pump stator (AMY-PS-55)",
            ],
            ["12 months", "Safety valve test and holding tube inspection by the site's competent person"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Steam nozzle", "AMY-SN-6"],
            ["Combining tube", "AMY-CT-6"],
            ["Back pressure valve trim kit", "AMY-BV-50"],
            ["Temperature sensor Pt100 with thermowell", "AMY-TT-100"],
            ["Pump stator", "AMY-PS-55"],
            ["Pump rotor", "AMY-PR-55"],
            ["Gasket set, jet and holding tube", "AMY-GS-6"],
        ],
        (95, 75),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("quellfors-qh-hydraulic-headbox.pdf", "Quellfors QPT-OM-QH-04 Ed 3 - QH-340 / QH-460", QUELLFORS),
        ("ardevik-yh-yankee-dryer-hood.pdf", "Ardevik ARD-OM-YH-07 Ed 2 - YH-18 / YH-22", ARDEVIK),
        ("dunrotha-drj-steam-rotary-joint.pdf", "Dunrotha DUN-IM-DRJ-03 Ed 5 - DRJ-80 / DRJ-100", DUNROTHA),
        ("amylor-jc-starch-jet-cooker.pdf", "Amylor AMY-OM-JC6-02 Ed 2 - JC-6", AMYLOR),
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
