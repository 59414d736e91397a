"""Generate the PDF manuals of the hundred-and-fifteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set115-scratch/venv && /tmp/set115-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set115-scratch/venv/bin/python knowledge/samples/hundredfifteenth/make_pdfs.py

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


# ---------------------------------------------------------------- Klavenor KCA composite curing autoclaves
KLAVENOR = [
    ("title", "Klavenor KCA Composite Curing Autoclaves\nOperation and Maintenance Manual - KCA-2040 and KCA-2560"),
    (
        "p",
        "Document KCA-OM-02, Edition 3, March 2025. Klavenor Composite Systems. The KCA-2040 and KCA-2560 are "
        "electrically heated, gas-pressurised autoclaves for curing vacuum-bagged prepreg and adhesive bonded "
        "assemblies. Both have a horizontal carbon steel vessel with a quick-opening bayonet door, an internal "
        "circulation fan behind a rear baffle, a water-cooled heat exchanger, vacuum and vent port pairs on the "
        "load floor and type J thermocouple jacks for part thermocouples. Apart from the size, the pressure and "
        "temperature ratings, the heating and fan power and the items named in this manual, the two models are "
        "built alike and use the same KC-7 cure controller. Larger vessels (KCA-3080 and up) are built to order "
        "and have a manual of their own.",
    ),
    (
        "p",
        "The cure cycles themselves (ramp rates, hold temperatures and times, pressure, vent point) come from the "
        "material specification and the cure sheet issued by the site's process engineering. This manual tells "
        "you how to run them on the autoclave, not which cycle a part needs. The periodic inspection of the "
        "pressure vessel and its safety valve is carried out by the pressure vessel inspector appointed by the "
        "site under national rules.",
    ),
    (
        "warn",
        "WARNING: The vessel is a pressure vessel. Never try to open the door while the pressure display shows "
        "any pressure. After a nitrogen cure the vessel holds an atmosphere without oxygen: nobody may lean or "
        "step into it until the oxygen check in section 3 has been passed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KCA-2040", "KCA-2560"],
            ["Usable working diameter x length", "2.0 m x 4.0 m", "2.5 m x 6.0 m"],
            ["Gross vessel volume", "17.5 m³", "40.4 m³"],
            ["Maximum allowable working pressure", "7.0 bar g", "10.0 bar g"],
            ["Safety valve set pressure", "7.7 bar g", "11.0 bar g"],
            ["Maximum air temperature", "200 °C", "230 °C"],
            ["Heating power (15 kW elements)", "180 kW (12 elements)", "420 kW (28 elements)"],
            ["Circulation fan motor", "22 kW", "45 kW"],
            ["Maximum heat-up rate of the air with 1000 kg of steel tooling", "4.0 °C/min", "3.0 °C/min"],
            ["Maximum cool-down rate of the air", "3.0 °C/min", "2.5 °C/min"],
            ["Maximum pressurisation and venting rate", "0.5 bar/min", "0.4 bar/min"],
            ["Vacuum and vent port pairs on the load floor", "12", "24"],
            ["Part thermocouple jacks, type J", "24", "48"],
            ["Vacuum pump (oil-lubricated rotary vane)", "100 m³/h", "250 m³/h"],
            ["Cooling water at 15-25 °C, minimum flow", "8 m³/h", "18 m³/h"],
            ["Supply 400 V 3~ 50 Hz, fuse", "400 A gG", "800 A gG"],
            ["Nitrogen supply at the inlet valve, minimum", "cure pressure + 2 bar", "cure pressure + 2 bar"],
            ["Mass, empty", "14 500 kg", "31 000 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat-up rates hold only for a load of 1000 kg of steel tooling spread over the load floor with the "
        "door closed and the fan at full speed. Heavier loads, tooling of other materials and tools standing "
        "closer together heat more slowly; the controller then follows the lagging thermocouple (section 3) and "
        "the cycle simply takes longer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the KC-7 controller and authorised by the site may run a cure.",
            "Check before every cure that the door seal is clean and seated and that the locking ring turns "
            "freely. A door that needs force to lock must not be pressurised.",
            "Compressed air supports combustion of bagging materials. Use air only within the limit of section 3; "
            "above it, nitrogen is mandatory.",
            "Nitrogen displaces oxygen. The oxygen monitor at the door must be working before a nitrogen cure is "
            "started.",
            "Tools and parts leave the vessel hot. Wear heat-resistant gloves and let the load cool below 60 °C "
            "before handling bags by hand.",
            "Entering the vessel for cleaning or repair is confined space work under the site's permit system, "
            "with the main switch locked off and the gas and water inlets isolated.",
        ],
    ),
    ("h", "3. Cure control settings"),
    (
        "cols",
        [
            ("h", "Lagging and leading thermocouples"),
            (
                "p",
                "Each part thermocouple is assigned to the cure in the LOAD screen. The hold timer starts only when "
                "the coldest assigned part thermocouple (the lagging one) has reached the hold setpoint minus 5 °C. "
                "No part thermocouple may exceed the hold setpoint by more than 8 °C; if one does, the controller "
                "stops raising the air temperature and shows A06 until it is back within the band.",
            ),
            ("h", "Bag vacuum"),
            (
                "p",
                "Every bag must reach 150 mbar absolute or lower before the cure is started. During the cure, A07 "
                "is raised when a bag rises above 350 mbar absolute. If the cure sheet gives a vent point, the "
                "controller vents the bags to atmosphere when the vessel pressure reaches it (typically 1.4 bar g); "
                "A07 is then suppressed for those bags.",
            ),
            ("h", "Pressurising gas"),
            (
                "p",
                "Compressed air may be used only when the air setpoint never exceeds 135 °C. Above 135 °C use "
                "nitrogen. With the gas selector on AIR the controller refuses a recipe with any step above 135 °C "
                "(A11).",
            ),
            ("h", "Nitrogen use"),
            (
                "p",
                "Gas per pressurisation (Nm³) = gross volume (m³) x cure pressure (bar g) / 1.013. Example: a "
                "KCA-2560 cure at 7.0 bar g needs 40.4 x 7.0 / 1.013 = 279 Nm³, plus about 10 % for purging "
                "and leakage. Check the tank contents before a long cure.",
            ),
            ("h", "Door interlock"),
            (
                "p",
                "The locking ring cannot be turned while the vessel pressure is above 0.1 bar g or the air "
                "temperature is above 60 °C. Do not release pressure until the lagging thermocouple is below 60 °C "
                "unless the cure sheet states otherwise.",
            ),
            ("h", "Oxygen check"),
            (
                "warn",
                "After a nitrogen cure, open the door, run the fan on VENT for at least 15 min and check that the "
                "oxygen reading at the back of the vessel is at least 19.5 % before anyone leans in.",
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
                "An emergency stop is pressed. Heating, fan and pressurising stop; vacuum stays on.",
            ],
            ["A02", "Door not locked", "Locking ring proximity switch open. Cure cannot start."],
            [
                "A03",
                "Overpressure",
                "Vessel pressure more than 0.3 bar above setpoint. Gas inlet closes, vent valve opens to the "
                "setpoint. Check the pressure control valve and the instrument air.",
            ],
            [
                "A04",
                "Overtemperature",
                "Air more than 10 °C above setpoint or above the model maximum. Heaters off until back in range.",
            ],
            [
                "A05",
                "Thermocouple open",
                "A part thermocouple reads open circuit or below -10 °C. Unassign it or end the cure.",
            ],
            [
                "A06",
                "Leading thermocouple",
                "A part thermocouple more than 8 °C above the hold setpoint. Air temperature held.",
            ],
            ["A07", "Bag vacuum loss", "A bag above 350 mbar absolute. See the symptom table."],
            ["A08", "Fan", "Fan motor overload, or fan speed below 80 % of setpoint. Heaters off."],
            ["A10", "Cooling water", "Flow below the minimum or return water above 60 °C."],
            ["A11", "Gas selection", "Recipe step above 135 °C with the gas selector on AIR."],
            ["A12", "Vacuum pump", "Pump overload or vacuum header above 100 mbar absolute."],
            ["A13", "Nitrogen supply", "Supply pressure lower than the cure pressure plus 2 bar."],
            ["A14", "Service due", "500 cure hours or 6 months since the last Klavenor service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Part thermocouples lag the air by more than 30 °C during the ramp",
                "Heavy or closely packed tooling shielding the airflow, or fan speed reduced",
                "Keep at least 300 mm between tools and from the baffle; check the fan speed on the KC-7",
            ],
            [
                "One bag loses vacuum once the pressure comes up, A07 at about 2 bar",
                "Bag or sealant tape leak that opens under pressure, torn vacuum hose or a worn quick disconnect "
                "O-ring",
                "Do not abort on your own: report it; the site's nonconformance procedure decides",
            ],
            [
                "Pressure overshoots the setpoint, A03",
                "Pressure control valve sticking or instrument air below 6 bar",
                "Check the instrument air; have the valve serviced",
            ],
            [
                "Locking ring hard to turn",
                "Door seal not seated in its groove, or the ring dry",
                "Reseat the seal; grease the ring with KCA-G2",
            ],
            [
                "A part thermocouple reads room temperature all through the cure",
                "Plugged into an unassigned jack, or the plug polarity reversed",
                "Check the jack number against the LOAD screen",
            ],
            [
                "Heat-up stops at about 100 °C with A08",
                "Fan motor overload from a failing bearing",
                "Call Klavenor service; do not restart repeatedly",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and starting a cure"),
    (
        "ol",
        [
            "Check the door seal, the load floor and the vacuum ports for debris and resin.",
            "Roll the loaded trolley in and keep at least 300 mm between tools and between tools and the baffle.",
            "Connect each bag to a vacuum port and a separate vent (monitor) port.",
            "Plug the part thermocouples into the jacks and note the jack numbers on the cure record.",
            "Pull vacuum on all bags and check that each reaches 150 mbar absolute or lower.",
            "Close the door, turn the locking ring fully and check that A02 has cleared.",
            "Load the recipe from the cure sheet, assign the thermocouples and the bags in the LOAD screen.",
            "Set the gas selector: AIR only for a recipe that stays at or below 135 °C, otherwise N2.",
            "Press START and watch the first 10 min: pressure rising, fan running, all bags holding.",
            "At the end, wait for the lagging thermocouple to fall below 60 °C and the pressure to reach 0 bar g, "
            "then open the door.",
        ],
    ),
    ("h", "7. Vacuum port leak check"),
    (
        "p",
        "Carry this check out weekly, and on a single port whenever a bag on it showed A07.",
    ),
    (
        "ol",
        [
            "Fit the test cap KCA-TC-1 (a blanked quick disconnect with a gauge) to the port.",
            "Open the port valve and pull vacuum until the gauge shows 50 mbar absolute or lower.",
            "Close the port valve and start a timer.",
            "After 5 min the pressure must have risen by no more than 20 mbar.",
            "If it has risen more, replace the quick disconnect O-ring (KCA-OR-12) and repeat.",
            "If it still fails, mark the port out of use and report it to Klavenor service.",
        ],
    ),
    ("h", "8. Replacing the door seal"),
    (
        "ol",
        [
            "Make sure the vessel is at 0 bar g and below 40 °C, and lock off the main switch.",
            "Open the door fully and pull the old seal out of the groove by hand; never use a screwdriver.",
            "Clean the groove with isopropyl alcohol and a lint-free cloth and check it for nicks.",
            "Start the new seal (KCA-DS-2040 or KCA-DS-2560) at the top and press it into the groove working "
            "round in both directions, without stretching it.",
            "Wipe a thin film of seal lubricant KCA-SL-1 over the sealing face.",
            "Close and lock the door and pressurise with air to 1.0 bar g.",
            "Check the whole seal with leak spray: no bubbles are allowed.",
            "Vent and record the seal change in the autoclave log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each cure", "Door seal and locking ring check; load floor clean"],
            ["Daily", "Drain the condensate trap of the vacuum header"],
            ["Weekly", "Vacuum port leak check (section 7); clean the vacuum line filter"],
            ["Monthly", "Check the vacuum pump oil level; cooling water treatment (site contractor)"],
            [
                "500 cure hours or 6 months, whichever comes first",
                "Klavenor service (A14): fan bearings, heater insulation resistance, controller calibration",
            ],
            ["12 months", "Safety valve test and vessel inspection by the pressure vessel inspector"],
            ["2000 vacuum pump hours", "Change the vacuum pump oil and exhaust filter"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Temperature uniformity surveys of the working volume are carried out under the site's quality system "
        "and are not described here.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KCA-2040", "KCA-2560"],
            ["Door seal", "KCA-DS-2040", "KCA-DS-2560"],
            ["Heater element 15 kW", "KCA-HE-15", "KCA-HE-15"],
            ["Vacuum quick disconnect", "KCA-QD-12", "KCA-QD-12"],
            ["Quick disconnect O-ring, pack of 10", "KCA-OR-12", "KCA-OR-12"],
            ["Thermocouple jack, type J", "KCA-TJ-J", "KCA-TJ-J"],
            ["Vacuum line filter element", "KCA-VF-100", "KCA-VF-250"],
            ["Port test cap with gauge", "KCA-TC-1", "KCA-TC-1"],
            ["Locking ring grease, 1 kg", "KCA-G2", "KCA-G2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vellumore HDF hot drape formers
VELLUMORE = [
    ("title", "Vellumore HDF Hot Drape Formers\nOperating and Maintenance Instructions - HDF-2412 and HDF-3015"),
    (
        "p",
        "Document VMR-OI-HDF-04, Edition 1, November 2024. Vellumore Forming Technology. The HDF-2412 and "
        "HDF-3015 are single-diaphragm hot drape formers. A flat stack of uncured prepreg plies is laid on a "
        "forming tool on the bed, a silicone diaphragm in a lifting frame is lowered over it, infrared lamps in "
        "the hood warm the stack, and vacuum under the diaphragm then draws the stack down over the tool to form "
        "C-sections, spar caps, stiffeners and similar shapes. The two models differ in bed size, tool height, "
        "heating, vacuum pump and diaphragm; the controls and the procedures are the same.",
    ),
    (
        "p",
        "The settings in this manual are for carbon fibre/epoxy prepregs of the 180 °C cure class. Glass fibre "
        "and thermoplastic prepregs are not covered; use the material supplier's data for them. The prepreg "
        "out-time used by forming is recorded in the site's out-time log, not by the former.",
    ),
    (
        "warn",
        "WARNING: The hood lamps and the diaphragm frame reach over 100 °C. Never reach under the frame while it "
        "is raised unless the two frame locks are engaged. The light curtain must never be bridged.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HDF-2412", "HDF-3015"],
            ["Usable forming bed", "2400 x 1200 mm", "3000 x 1500 mm"],
            ["Maximum tool height above the bed", "300 mm", "400 mm"],
            ["Silicone diaphragm thickness", "1.5 mm", "2.0 mm"],
            ["Infrared heating, zones of 1.5 kW", "36 kW, 24 zones", "54 kW, 36 zones"],
            ["Maximum laminate setpoint", "95 °C", "95 °C"],
            [
                "Heat-up time from 20 °C to 70 °C, 8-ply carbon/epoxy stack",
                "about 6 min",
                "about 8 min",
            ],
            ["Cool-down to 35 °C with cooling fans on", "about 8 min", "about 11 min"],
            ["Vacuum pump, dry claw", "40 m³/h", "63 m³/h"],
            ["Final pressure under the diaphragm", "20 mbar abs", "20 mbar abs"],
            ["Vacuum draw rate, settable", "5-100 mbar/s", "5-100 mbar/s"],
            ["Frame lift, pneumatic, supply", "6 bar", "6 bar"],
            ["Diaphragm life", "400 cycles or 6 months", "300 cycles or 6 months"],
            ["Supply 400 V 3~ 50 Hz, fuse", "63 A", "100 A"],
            ["Mass", "1850 kg", "2600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat-up times hold only for an 8-ply stack of 0.19 mm carbon/epoxy plies on an aluminium tool at "
        "room temperature with all zones working. Thicker stacks, steel or composite tools and cold tools need "
        "longer; the controller waits for the contact thermocouple in any case.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the former. Keep the area inside the light curtain clear while the "
            "frame moves.",
            "Engage both frame locks before placing tools or stacks under the raised frame.",
            "Never heat the stack without the contact thermocouple in place: the lamps are controlled by it.",
            "Wear cut-resistant gloves when handling prepreg backing paper and heat-resistant gloves when "
            "touching the frame or the tool after a cycle.",
            "Do not place metal objects loose on the diaphragm: they are thrown off when the vacuum is released.",
        ],
    ),
    ("h", "3. Forming settings and limits"),
    (
        "cols",
        [
            ("h", "Laminate temperature"),
            (
                "p",
                "Form 180 °C class carbon/epoxy prepreg at 60-70 °C laminate temperature, measured by the contact "
                "thermocouple on top of the stack. Never set more than 95 °C: above it the resin advances and the "
                "plies lose tack. Below 55 °C at the start of the draw the plies are too stiff and wrinkle.",
            ),
            ("h", "Diaphragm temperature"),
            (
                "p",
                "The silicone diaphragm must not exceed 120 °C anywhere. The hood pyrometer watches it; above 120 °C "
                "the lamps switch off and D05 is shown.",
            ),
            ("h", "Stack thickness"),
            (
                "p",
                "No more than 40 plies per forming cycle (about 7.6 mm at 0.19 mm per ply). Thicker laminates are "
                "formed in two or more steps, each with its own debulk.",
            ),
            ("h", "Draw rate"),
            (
                "p",
                "Default vacuum draw rate 20 mbar/s. For stacks of more than 16 plies, and for tools with joggles "
                "or tight radii, reduce to 10 mbar/s or less.",
            ),
            ("h", "Tool radii"),
            (
                "p",
                "Outside corners of the tool must have a radius of at least 3 mm. Sharper corners cut the "
                "diaphragm; cover them with corner protectors VMR-CP-5 before forming.",
            ),
            ("h", "Hold and cool"),
            (
                "p",
                "Hold full vacuum for at least 3 min after the diaphragm has touched the tool everywhere, then cool "
                "under vacuum to 35 °C or below before releasing the vacuum and raising the frame.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop is pressed. Lamps off, vacuum held."],
            ["D02", "Frame not locked", "A frame clamp is open. Close both clamps before heating."],
            [
                "D03",
                "Vacuum not reached",
                "More than 100 mbar abs under the diaphragm 90 s after the draw started. Leak in the diaphragm or "
                "the frame seal; run the leak check (section 7).",
            ],
            ["D04", "Laminate overtemperature", "Contact thermocouple above the setpoint plus 5 °C, or above 95 °C."],
            ["D05", "Diaphragm overtemperature", "Pyrometer above 120 °C. Lamps off."],
            ["D06", "Heater zone", "A zone current below 80 % of nominal: lamp broken or fuse blown."],
            ["D07", "Light curtain", "Light curtain interrupted while the frame moved."],
            ["D09", "Air pressure", "Supply below 5 bar: frame movement blocked."],
            ["D10", "Thermocouple", "Contact thermocouple open circuit or not on the stack."],
            ["D11", "Cooling fans", "A cooling fan stopped or its filter blocked."],
            ["D12", "Diaphragm life", "Diaphragm cycle count reached. Replace the diaphragm (section 8)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wrinkles on the inside radius of formed sections",
                "Laminate below 55 °C at the start of the draw, draw rate too high, or too many plies",
                "Check the contact thermocouple; reduce the draw rate to 10 mbar/s; form in two steps",
            ],
            [
                "Diaphragm splits at the tool corners",
                "Tool corner radius under 3 mm, or the diaphragm near the end of its life",
                "Fit corner protectors VMR-CP-5; check the cycle count",
            ],
            [
                "Plies slip and bridge across the radius",
                "Laminate too hot and the tack too low, or no debulk before forming",
                "Lower the laminate setpoint to 60 °C; debulk the stack first",
            ],
            [
                "Vacuum slow to build, D03",
                "Hole in the diaphragm, frame seal damaged or pump filter blocked",
                "Run the leak check (section 7)",
            ],
            [
                "One end of the stack stays cold",
                "Lamp or zone failed (D06), or a cooling fan left on",
                "Check the zone currents on the SERVICE screen",
            ],
            [
                "Laminate sticks to the diaphragm",
                "Release film missing between the stack and the diaphragm",
                "Always place release film VMR-RF-50 over the stack",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Forming a laminate"),
    (
        "ol",
        [
            "Raise the frame and engage both frame locks.",
            "Clean the tool, check its corner radii and fit corner protectors where needed.",
            "Place the debulked flat stack on the tool, aligned to the tool's scribe lines.",
            "Lay release film VMR-RF-50 over the stack and place the contact thermocouple on top near the centre.",
            "Release the frame locks and lower the frame; close both frame clamps.",
            "Select the programme, check the laminate setpoint (60-70 °C) and the draw rate, and press START.",
            "The lamps heat the stack; the draw starts when the contact thermocouple reaches the setpoint.",
            "Watch the diaphragm draw down; full vacuum is held for the set hold time (at least 3 min).",
            "The fans cool the stack under vacuum to 35 °C or below.",
            "Vacuum is released; raise the frame, engage the locks and remove the formed part with the tool.",
        ],
    ),
    ("h", "7. Diaphragm leak check"),
    (
        "ol",
        [
            "Remove all tools from the bed and clean the bed and the frame seal.",
            "Lower the frame and close both clamps.",
            "Select SERVICE > LEAK TEST: the pump pulls the bed down to 20 mbar abs and then isolates.",
            "The pressure must rise by no more than 10 mbar in 2 min.",
            "If it rises more, check the frame seal first, then hold a small lamp under the diaphragm in a dark "
            "room and look for light through pin holes.",
            "A diaphragm with a hole is replaced; repairs with patches are not allowed.",
        ],
    ),
    ("h", "8. Replacing the diaphragm"),
    (
        "ol",
        [
            "Let the frame cool below 40 °C, raise it and engage both frame locks. Switch off at the main switch.",
            "Remove the clamping bars of the frame (M8 screws) and take the old diaphragm out.",
            "Clean the frame seal groove and check the frame seal VMR-FS-2412 or VMR-FS-3015.",
            "Unroll the new diaphragm (VMR-D-2412 or VMR-D-3015) on a clean table, shiny side down.",
            "Lay it in the frame with an even overhang of about 40 mm all round, without stretching it.",
            "Refit the clamping bars and tighten the M8 screws to 12 Nm, working from the centre of each side "
            "outwards.",
            "Trim the overhang to 10 mm outside the clamping bars.",
            "Run the leak check (section 7), then reset the diaphragm counter under SERVICE > DIAPHRAGM; D12 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After every cycle", "Wipe the diaphragm with a soft cloth; remove resin and backing paper"],
            ["Daily", "Clean the diaphragm with isopropyl alcohol; check for cuts and thin spots"],
            ["Weekly", "Diaphragm leak check (section 7); check the cooling fan filters"],
            [
                "400 cycles (HDF-2412) or 300 cycles (HDF-3015), or 6 months, whichever comes first",
                "Replace the diaphragm (section 8)",
            ],
            ["Monthly", "Check the lamp reflectors for resin vapour deposits; clean with a dry cloth"],
            ["12 months", "Vellumore service: pyrometer and thermocouple calibration, pump and frame cylinders"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HDF-2412", "HDF-3015"],
            ["Silicone diaphragm", "VMR-D-2412", "VMR-D-3015"],
            ["Frame seal", "VMR-FS-2412", "VMR-FS-3015"],
            ["Infrared lamp 1.5 kW", "VMR-IR-15", "VMR-IR-15"],
            ["Contact thermocouple, type K", "VMR-TC-K", "VMR-TC-K"],
            ["Corner protectors, set of 20", "VMR-CP-5", "VMR-CP-5"],
            ["Release film, 50 m roll", "VMR-RF-50", "VMR-RF-50"],
            ["Pump inlet filter", "VMR-PF-40", "VMR-PF-63"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Echolund ECS-7 ultrasonic C-scan system
ECHOLUND = [
    ("title", "Echolund ECS-7 Ultrasonic C-Scan Inspection System\nOperator and Maintenance Manual"),
    (
        "p",
        "Document ECL-OM-ECS7-05, Edition 2, January 2025. Echolund NDT Systems. The ECS-7 is a gantry "
        "water-jet (squirter) ultrasonic inspection system for flat and contoured composite parts such as skins, "
        "spars and panels. It scans in pulse-echo with one squirter, or in through-transmission with a second "
        "squirter on the receiver arm following the first on the far side of the part. Seven servo axes move "
        "the arms: X on the gantry; Y, Z, A and B on the main arm; Y and Z on the receiver arm. Scan data are "
        "stored as amplitude and time-of-flight images (C-scans) on the ECS-7 workstation.",
    ),
    (
        "p",
        "The ECS-7 acquires and displays the data. The acceptance criteria for a part, the gate settings of an "
        "approved technique and the reference standards to be used are set by the part's NDT technique sheet, "
        "approved by the site's NDT Level 3. Only persons certified to Level 2 under the site's written practice "
        "may evaluate scans and sign off parts.",
    ),
    (
        "warn",
        "WARNING: The gantry moves fast and without warning in AUTO. Never enter the scan area with the guard "
        "doors bridged. Water on the floor around the tank is a slip hazard: keep the drip trays in place.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ECS-7"],
            ["Scan envelope X / Y / Z", "6000 / 2500 / 1500 mm"],
            ["Wrist axes A / B on the main arm", "±90° / ±45°"],
            ["Maximum axis speed", "1000 mm/s"],
            ["Positioning accuracy over the full X travel", "±0.25 mm"],
            ["Repeatability", "±0.1 mm"],
            ["Pulse repetition frequency (PRF)", "up to 10 kHz"],
            ["Digitiser", "100 MHz, 12 bit"],
            ["Standard transducers", "5 MHz focused (pulse-echo), 1 MHz and 2.25 MHz (through-transmission)"],
            ["Squirter nozzles", "6 mm and 10 mm"],
            ["Water flow per squirter", "8-15 L/min"],
            ["Nozzle water pressure", "0.3-0.6 bar"],
            ["Water tank / filter", "1500 L / 25 µm"],
            ["Water temperature in use", "18-30 °C"],
            ["Supply 400 V 3~ 50 Hz / compressed air", "32 A / 6 bar"],
            ["Mass (gantry and tank, empty)", "7800 kg"],
        ],
        (100, 70),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the gantry. The guard doors stop all axes when opened (U02).",
            "Use JOG at reduced speed (25 % or less) when teaching positions close to a part.",
            "Keep hands away from the squirter nozzles while the pumps run: the jets can cut skin at short range.",
            "The water holds a biocide (ECL-WC1). Wear gloves when cleaning the tank and filters.",
            "Fix parts in the holding fixtures before a scan; a part moved by the water jet spoils the scan and can "
            "hit the arm.",
        ],
    ),
    ("h", "3. Scan settings and limits"),
    (
        "cols",
        [
            ("h", "Water column"),
            (
                "p",
                "The water column must be free of bubbles. After the tank has been filled or topped up by more "
                "than 100 L, run the degasser for at least 30 min before scanning. Keep the nozzle 10-25 mm from the "
                "part surface and the nozzle pressure at 0.3-0.6 bar: below 0.3 bar the column sags, above 0.6 bar "
                "it breaks up.",
            ),
            ("h", "Beam angle"),
            (
                "p",
                "Keep the beam within ±3° of normal to the part surface. Beyond 3° the back-wall echo of a carbon "
                "laminate drops by 6 dB or more and a sound area can look like a defect. The contour-following "
                "programme keeps the angle within ±1° on parts taught from their CAD model.",
            ),
            ("h", "Scan speed"),
            (
                "p",
                "Maximum scan speed (mm/s) = sample step (mm) x PRF (Hz) / 2, and never above 1000 mm/s. "
                "Example: 1 mm x 1000 Hz / 2 = 500 mm/s for a 1 mm sample step at a PRF of 1000 Hz. Scanning "
                "faster than the limit overflows the data buffer (U10).",
            ),
            ("h", "Index step"),
            (
                "p",
                "The index step between scan lines must not exceed the sample step. For 6 mm nozzles use a step of "
                "1 mm or less; for 10 mm nozzles 2 mm or less.",
            ),
            ("h", "Bidirectional scans"),
            (
                "p",
                "When lines are scanned in both directions, the shift between forward and reverse lines must be "
                "under 0.5 mm, set with the bidirectional offset in SETUP > AXES.",
            ),
            ("h", "Reference standard"),
            (
                "p",
                "At the start of each shift and after any transducer or nozzle change, scan the reference standard "
                "ECL-RS-12. With the sound area set to 80 % full screen height, each of the 6.35 mm flat-bottom "
                "holes must show a drop of at least 6 dB.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["U01", "Emergency stop", "An emergency stop is pressed. Axes and pumps stop."],
            ["U02", "Guard door open", "A guard door opened in AUTO. Close it and press RESET."],
            ["U03", "Following error", "An axis more than 2 mm behind its command: obstruction, drive fault or cable."],
            ["U04", "Water pressure low", "Nozzle pressure below 0.3 bar: filter blocked, pump or tank level."],
            ["U05", "Water temperature", "Water outside 18-30 °C: sound velocity and amplitude drift."],
            ["U06", "Tank level low", "Tank below 1100 L. Top up and degas (section 3)."],
            ["U08", "No signal", "No echo in the interface gate: transducer cable, pulser or water column."],
            ["U09", "Encoder", "Encoder count error on an axis. Home the axes again."],
            ["U10", "Buffer overflow", "Scan speed too high for the sample step and PRF (section 3)."],
            ["U11", "Soft limit", "A programmed point outside the scan envelope."],
            [
                "U12",
                "Reference scan due",
                "More than 12 h, or a transducer change, since the last reference standard scan.",
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
                "Streaks of lost signal (dropouts) along the scan lines",
                "Bubbles in the water column, a nicked nozzle tip, or the nozzle too far from the part",
                "Degas the water for at least 30 min; check the nozzle; set 10-25 mm stand-off",
            ],
            [
                "Saw-tooth (zigzag) edges, every other line shifted",
                "Bidirectional offset not set for the scan speed used",
                "Adjust the bidirectional offset until the shift is under 0.5 mm",
            ],
            [
                "Image weak and noisy over the whole part",
                "Dirty or damaged transducer face, or gain set for another material",
                "Clean the transducer; rescan the reference standard",
            ],
            [
                "Image stretched or broken along X, U10",
                "Scan speed above the limit for the step and PRF",
                "Lower the speed or raise the PRF",
            ],
            [
                "Water column breaks up and sprays",
                "Nozzle pressure above 0.6 bar or a damaged nozzle",
                "Lower the pressure; change the nozzle",
            ],
            [
                "Amplitude drifts slowly through a long scan",
                "Water temperature changing, close to the U05 limits",
                "Let the water settle within 18-30 °C before long scans",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily reference standard check"),
    (
        "ol",
        [
            "Check the water level (at least 1100 L) and the temperature (18-30 °C), and that the degasser has run.",
            "Home all axes.",
            "Fit the reference standard ECL-RS-12 in its fixture with the flat-bottom holes facing away from the "
            "squirter.",
            "Load the technique for the transducer in use and set the nozzle stand-off to 15 mm.",
            "Scan the sound area and set the gain so that the back-wall echo is at 80 % full screen height.",
            "Scan the whole standard with the technique's speed and step.",
            "Check that each 6.35 mm flat-bottom hole shows a drop of at least 6 dB and that its position on the "
            "image is within 1 mm of the drawing.",
            "Save the scan as the shift's reference record; U12 clears.",
            "If any hole fails, do not scan parts: clean or change the transducer and repeat.",
        ],
    ),
    ("h", "7. Changing a transducer and aligning the squirters"),
    (
        "ol",
        [
            "Stop the pumps and move the arm to the SERVICE position.",
            "Unscrew the nozzle, pull the transducer out of the squirter body and unplug it.",
            "Fit the new transducer with a new O-ring (ECL-OR-20), plug it in and refit the nozzle.",
            "Start the pumps and bleed air out of the squirter with the bleed screw until the jet is clear.",
            "For through-transmission, set both arms face to face at 100 mm apart with no part between them.",
            "Use ALIGN to move the receiver in Y and Z until the received amplitude is at its maximum.",
            "The receiver is aligned when moving it 0.5 mm in any direction lowers the signal by less than 1 dB.",
            "Scan the reference standard (section 6) before scanning parts.",
        ],
    ),
    ("h", "8. Scanning a part"),
    (
        "ol",
        [
            "Check that the shift's reference standard scan has passed (no U12 on the screen).",
            "Fix the part in the holding fixture and check that no fixture clamp lies in the scan path.",
            "Load the part programme and the technique named on the part's NDT technique sheet.",
            "Run the programme in DRY RUN with the pumps off and the speed at 25 % to check the path and the "
            "stand-off.",
            "Start the pumps, check the water columns and run the scan.",
            "Check the image for U10 gaps and dropouts before the part is removed from the fixture.",
            "Save the scan under the part and serial number and hand it to the Level 2 evaluator.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Reference standard scan (section 6); drain the drip trays"],
            ["Weekly", "Clean the 25 µm filter, or sooner when U04 appears"],
            ["Monthly", "Dose the water conditioner ECL-WC1; wipe and grease the linear guides"],
            ["6 months", "Drain, clean and refill the tank; replace the filter cartridge"],
            ["12 months", "Echolund service: laser interferometer check of the axis accuracy, pulser check"],
            ["As set by the site", "Recertification of the reference standard"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Squirter nozzle 6 mm", "ECL-N6"],
            ["Squirter nozzle 10 mm", "ECL-N10"],
            ["Transducer 5 MHz focused", "ECL-T5F"],
            ["Transducer 2.25 MHz", "ECL-T225"],
            ["Transducer O-ring, pack of 10", "ECL-OR-20"],
            ["Filter cartridge 25 µm", "ECL-F25"],
            ["Water conditioner, 5 L", "ECL-WC1"],
            ["Reference standard, carbon/epoxy 24 ply", "ECL-RS-12"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Plytrova PTX automated fibre placement heads
PLYTROVA = [
    ("title", "Plytrova PTX Automated Fibre Placement Heads\nOperation and Maintenance - PTX-8 and PTX-16"),
    (
        "p",
        "Document PTR-OM-PTX-07, Edition 2, June 2025. Plytrova Automation. The PTX-8 and PTX-16 are automated "
        "fibre placement (AFP) heads for slit carbon fibre/epoxy prepreg tow of 6.35 mm (1/4 in) width. Each tow "
        "runs from its own spool in the cooled creel through the tow guides, the clamp and restart rollers and the "
        "cutter to the compaction roller, where an infrared lamp warms the tow and the ply below. Tows can be cut "
        "and added individually on the fly, so a course can follow the ply boundary. The PTX-8 places 8 tows, "
        "the PTX-16 16 tows; otherwise the heads share their design, the control software and the procedures. "
        "The heads are for thermoset tow only; laser-heated heads for thermoplastic tow are a different "
        "product with their own manual.",
    ),
    (
        "p",
        "The head is mounted on a gantry or robot supplied by others. The machine's motion, its guarding and its "
        "programming station are described in the machine builder's documents. The acceptance limits for gaps, "
        "overlaps and tow ends in a part are set by the part's layup specification from the site's engineering.",
    ),
    (
        "warn",
        "WARNING: The cutter blades are sharp and move with 6 bar air. Before reaching into the head, put the head "
        "in SERVICE, close the air valve and exhaust the head (the red valve on the head must show EXH).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PTX-8", "PTX-16"],
            ["Tows per course, 6.35 mm", "8", "16"],
            ["Course width", "50.8 mm", "101.6 mm"],
            ["Maximum layup speed", "1000 mm/s (60 m/min)", "800 mm/s (48 m/min)"],
            ["Maximum speed while cutting or adding tows", "500 mm/s", "400 mm/s"],
            ["Minimum cut length (cutter to roller)", "90 mm", "120 mm"],
            ["Compaction force, settable", "100-1000 N", "200-1800 N"],
            ["Compaction roller diameter x width", "60 x 60 mm", "60 x 110 mm"],
            ["Infrared lamp", "1.2 kW", "2.0 kW"],
            ["Minimum in-plane steering radius of a tow", "600 mm", "600 mm"],
            ["Tow tension, settable", "2-10 N", "2-10 N"],
            ["Creel spools, 300 mm maximum diameter", "8", "16"],
            ["Head mass", "180 kg", "290 kg"],
            ["Minimum payload of the carrying robot or gantry axis", "250 kg", "400 kg"],
            ["Compressed air, dry and oil-free", "6-7 bar", "6-7 bar"],
            ["Creel chiller", "1.5 kW", "2.2 kW"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The steering radius holds for 6.35 mm carbon/epoxy tow with the nip at 30-45 °C. The maximum layup "
        "speeds hold on surfaces with a curvature radius of 1000 mm or more; on tighter surfaces the programme "
        "lowers the speed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the head. Stay outside the machine's guarded area while it runs.",
            "Put the head in SERVICE and exhaust the air before threading tows or cleaning the cutters.",
            "The infrared lamp and its reflector stay hot for 10 min after switching off.",
            "Wear nitrile gloves when handling prepreg and when cleaning resin from the head with solvent.",
            "The head is heavy: lift it only with the lifting eyes and the lifting beam PTR-LB-1.",
        ],
    ),
    ("h", "3. Layup settings and limits"),
    (
        "cols",
        [
            ("h", "Compaction force"),
            (
                "p",
                "Set the compaction force at 15 N per mm of course width: 50.8 mm x 15 = 762 N on the PTX-8 and "
                "101.6 mm x 15 = 1524 N on the PTX-16. Keep it within ±10 % of the setpoint; outside this band "
                "the head shows P07.",
            ),
            ("h", "Nip temperature"),
            (
                "p",
                "Keep the nip at 30-45 °C for 180 °C class carbon/epoxy tow. The lamp output is limited to 70 % "
                "while the head moves slower than 50 mm/s and switches off when the head stands still for more "
                "than 2 s. A nip above 60 °C raises P08.",
            ),
            ("h", "Creel"),
            (
                "p",
                "Keep the creel air at 18-22 °C and 30-50 % RH. Above 60 % RH the tow picks up moisture and the "
                "head shows P10. The creel does not track out-time: the tow's out-time is logged in the site's "
                "material system.",
            ),
            ("h", "First ply"),
            (
                "p",
                "On a bare tool the first ply sticks only to a clean tool with release agent cured for at least "
                "24 h. Lay the first ply at no more than 300 mm/s with the lamp at 100 %.",
            ),
            ("h", "Test course"),
            (
                "p",
                "After a tow has been threaded or a blade changed, lay a 300 mm test course on the scrap area and "
                "check that every tow is present and every cut end lies within ±2 mm of its programmed position.",
            ),
            ("h", "Spool end"),
            (
                "p",
                "P11 is shown when less than 20 m of tow is left on a spool. Finish the ply or change the spool; "
                "never splice tow in the creel.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop of the machine or the head pressed."],
            ["P02", "Tow break", "Tow tension below 1 N on a running tow. Rethread the tow (section 7)."],
            ["P03", "Cutter jam", "A tow caught in the cutter. Clear it in SERVICE with the air exhausted."],
            ["P04", "Tow missing", "The laser sensor at the roller sees no tow where one is commanded."],
            ["P05", "Cutter position", "A cutter blade did not return within 50 ms."],
            ["P07", "Compaction force", "Force outside ±10 % of the setpoint for more than 1 s."],
            ["P08", "Nip overtemperature", "Nip temperature above 60 °C. Lamp off."],
            ["P09", "Creel temperature", "Creel air outside 18-22 °C for more than 10 min."],
            ["P10", "Creel humidity", "Creel air above 60 % RH."],
            ["P11", "Spool end", "Less than 20 m of tow left on a spool."],
            ["P12", "Restart roller", "A restart roller did not close or open."],
            ["P13", "Chiller", "Creel chiller fault or coolant flow low."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tows lift off just behind the roller, mostly on the first ply",
                "Nip too cold, speed too high for the first ply, or release agent not cured",
                "Lay the first ply at no more than 300 mm/s with the lamp at 100 %; check the tool",
            ],
            [
                "Tows wavy or buckled on steered courses",
                "Steering radius below 600 mm, or tow tension too low",
                "Check the path radius in the programme; raise the tension",
            ],
            [
                "Cut ends ragged or more than 2 mm from their position",
                "Resin build-up on the blades or blades worn",
                "Clean the cutters; change the blades (section 8)",
            ],
            [
                "Repeated P02 on one tow",
                "Spool tension brake set wrong, or a tow guide worn",
                "Check the spool brake; replace the tow guide",
            ],
            [
                "Tow twists or folds in the guides",
                "Poorly wound spool or a guide out of line",
                "Change the spool; realign the guide",
            ],
            [
                "Resin smears on the roller",
                "Nip too hot or roller cover worn",
                "Check the nip temperature; change the compaction roller (PTR-CR-60 or PTR-CR-110)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Switch on the creel chiller and wait until the creel air is at 18-22 °C.",
            "Check the air supply (6-7 bar) and open the head air valve.",
            "Check the roller cover and the cutters for resin.",
            "Load the programme and the layup parameters; check the compaction force setpoint.",
            "Home the machine and move the head over the scrap area.",
            "Lay a 300 mm test course and check it.",
            "Start the ply.",
        ],
    ),
    ("h", "7. Threading a tow"),
    (
        "ol",
        [
            "Put the head in SERVICE and exhaust the air.",
            "Fit the spool on its spindle with the tow leaving from the top, and lock the spindle cap.",
            "Remove the backing film from the first 2 m of tow.",
            "Lead the tow through the creel guides, the festoon and the tow tube into the head.",
            "Feed it through the tow guide, between the clamp and restart rollers and through the cutter to the "
            "roller.",
            "Close the restart roller by hand and check that the tow lies flat and untwisted.",
            "Restore the air and run the tow test; then lay a test course.",
        ],
    ),
    ("h", "8. Changing the cutter blades"),
    (
        "ol",
        [
            "Put the head in SERVICE, close the air valve and check that the red valve shows EXH.",
            "Remove the cutter cover (four M5 screws).",
            "Remove the blade clamp screws and lift the blade set out with the blade tool PTR-BT-1; never by hand.",
            "Clean the blade seats and the anvil with solvent and a lint-free cloth.",
            "Fit the new blade set (PTR-CB-8 or PTR-CB-16) with the bevel towards the roller.",
            "Tighten the clamp screws to 4 Nm.",
            "Refit the cover, restore the air and run CUTTER TEST: every blade must return within 50 ms.",
            "Lay a test course and check the cut ends (within ±2 mm).",
            "Reset the blade counter under SERVICE > CUTTERS.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h of layup", "Clean the cutters, the tow guides and the roller with solvent"],
            ["Daily", "Check the roller cover for cuts; check the air filter bowl for water"],
            ["Weekly", "Check the lamp reflector; check the creel fan filter"],
            [
                "500 h of layup or 200 000 cuts per tow, whichever comes first",
                "Change the cutter blades (section 8)",
            ],
            ["1000 h of layup", "Change the compaction roller and the tow guides"],
            ["2000 h or 12 months, whichever comes first", "Plytrova service: cylinders, sensors, force calibration"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PTX-8", "PTX-16"],
            ["Cutter blade set", "PTR-CB-8", "PTR-CB-16"],
            ["Compaction roller", "PTR-CR-60", "PTR-CR-110"],
            ["Tow guide set", "PTR-TG-8", "PTR-TG-16"],
            ["Infrared lamp", "PTR-IR-12", "PTR-IR-20"],
            ["Blade tool", "PTR-BT-1", "PTR-BT-1"],
            ["Creel fan filter", "PTR-FF-1", "PTR-FF-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("klavenor-kca-composite-curing-autoclave.pdf", "Klavenor KCA-OM-02 Ed 3 - KCA-2040 / KCA-2560", KLAVENOR),
        ("vellumore-hdf-hot-drape-former.pdf", "Vellumore VMR-OI-HDF-04 Ed 1 - HDF-2412 / HDF-3015", VELLUMORE),
        ("echolund-ecs-ultrasonic-c-scan-system.pdf", "Echolund ECL-OM-ECS7-05 Ed 2 - ECS-7", ECHOLUND),
        ("plytrova-ptx-automated-fibre-placement-head.pdf", "Plytrova PTR-OM-PTX-07 Ed 2 - PTX-8 / PTX-16", PLYTROVA),
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
