"""Generate the PDF manuals of the thirty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set37venv && /tmp/set37venv/bin/pip install fpdf2 pypdf
    /tmp/set37venv/bin/python knowledge/samples/thirtyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
diameter sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the thirtieth set's make_pdfs.py.
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


# ---------------------------------------------------------------- Harrowfield GP ground power units
HARROWFIELD = [
    ("title", "Harrowfield GP Ground Power Units\nOperating and Maintenance Manual - GP-90 and GP-140"),
    (
        "p",
        "Document HAP-OM-GP-04, Edition 2, May 2025. Harrowfield Aviation Power Ltd. The GP-90 and GP-140 are static "
        "frequency converters that supply a parked aircraft with 115/200 V 400 Hz power from the 400 V 50 Hz mains. "
        "The number gives the rated output in kVA. Apart from the converter power stage, the output transformer, the "
        "output cable and the items named in this manual, the two units are built alike. The 28 V DC "
        "transformer-rectifier option TR-28 has its own manual, HAP-OM-TR-28, and the motorised cable reel CR-3 is "
        "described in HAP-OM-CR-03. The mains supply to the unit is installed and tested by a licensed electrician "
        "to the local wiring rules.",
    ),
    (
        "warn",
        "WARNING: The output is live as soon as the aircraft closes the E-F interlock. Never open the plug head or "
        "the output terminal box with the unit in OUTPUT ON, and never bridge pins E and F except with the load "
        "bank adaptor HAP-LB-1.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GP-90", "GP-140"],
            ["Rated output at 0.8 power factor", "90 kVA", "140 kVA"],
            ["Output voltage, phase-neutral / phase-phase", "115 / 200 V", "115 / 200 V"],
            ["Output frequency", "400 Hz ±0.1 %", "400 Hz ±0.1 %"],
            ["Rated output current per phase", "261 A", "406 A"],
            ["Input supply", "400 V 3~ 50 Hz ±10 %", "400 V 3~ 50 Hz ±10 %"],
            ["Input current at rated output", "116 A", "179 A"],
            ["Efficiency at rated output", "93 %", "94 %"],
            ["Output cable, standard length 30 m, power and control cores",
             "4 x 70 mm² + 6 x 4 mm²", "4 x 95 mm² + 6 x 4 mm²"],
            ["Cooling air flow", "1800 m³/h", "2600 m³/h"],
            ["Noise at 1 m, rated load", "68 dB(A)", "71 dB(A)"],
            ["Mass without cable", "640 kg", "890 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "Ratings hold at ambient temperatures up to 40 °C and altitudes up to 1000 m. Above 40 °C reduce the load "
        "by 2 % per °C; do not run the unit in ambient air hotter than 50 °C. The input current is at 400 V with "
        "an input power factor of 0.96. The output voltage figures apply at the aircraft plug with the standard "
        "30 m cable and line drop compensation set as in section 4.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "One unit supplies one aircraft. Never connect two units in parallel to the same aircraft.",
            "Before opening the cabinet, switch off and lock the mains isolator and wait 5 min for the DC link "
            "capacitors to discharge. The DC link reading on the display must be below 50 V.",
            "A plug head that is cracked, or a cable whose outer sheath is cut through to the cores, is taken out "
            "of service at once.",
            "Never pull the cable by the plug head or drag it across the apron; lift it onto the cable support.",
        ],
    ),
    ("h", "3. Connecting and disconnecting an aircraft"),
    (
        "ol",
        [
            "Check that the plug head, its six pins and the cable sheath are undamaged and that the pins are clean "
            "and dry.",
            "Switch the unit on at the control panel. The display shows READY after a self test of about 15 s.",
            "Unreel the cable and push the plug fully into the aircraft receptacle until the latch engages. The "
            "plug must not hang on the receptacle; rest the cable on the support.",
            "Press OUTPUT ON. The output contactor closes only when the aircraft returns the E-F interlock.",
            "Read the output on the display: 115 V ±2 V on all three phases.",
            "To disconnect, have the crew transfer the aircraft to its own power first, press OUTPUT OFF, wait for "
            "READY and only then withdraw the plug.",
            "Reel the cable in clean and hang the plug in its holder with the cap fitted.",
        ],
    ),
    ("h", "4. Output settings"),
    (
        "cols",
        [
            ("h", "Line drop compensation"),
            ("p", "Parameter P12 raises the output voltage with the load to make up for the drop in the output "
             "cable. Set P12 to 30 for the standard 30 m cable of either unit. With this setting the voltage at "
             "the plug stays at 115 V ±1 % from no load to rated load. P12 = 0 leaves the drop uncompensated, "
             "about 4 V at rated load. For any other cable length or cross-section the value is calculated by "
             "Harrowfield service; it does not follow the length in proportion."),
            ("h", "Overload"),
            ("p", "Each unit carries 125 % of its rated output for 10 min, 150 % for 30 s and 200 % for 5 s, "
             "each starting from no more than 80 % load and at up to 40 °C ambient. After an overload the unit "
             "needs 30 min at 80 % or less before the next one; otherwise it trips on G04."),
            ("h", "Voltage and frequency limits"),
            ("p", "Output over 125 V or under 100 V on any phase for more than 1 s opens the contactor (G06, G07). "
             "Frequency outside 390-410 Hz opens it at once (G08)."),
            ("h", "Interlock"),
            ("p", "The E-F interlock must read at least 18 V DC at the unit. Parameter P20 disables it for the load "
             "bank test only and resets to ENABLED when the unit is switched off."),
            ("h", "Phase sequence"),
            ("p", "The output phase sequence A-B-C is fixed. A rotation fault on the mains side shows as G02 and "
             "the unit does not start; it is corrected at the supply by the electrician."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["G01", "Mains voltage", "Input outside 360-440 V. Check the supply."],
            ["G02", "Mains phase", "Phase missing or wrong rotation at the input. Have the supply checked by the "
             "electrician."],
            ["G03", "Converter overtemperature", "Heat sink over 85 °C. Clean the air filters and check the fans."],
            ["G04", "Overload", "Output above the overload limits of section 4. Reduce the aircraft load."],
            ["G05", "Interlock lost", "E-F below 18 V DC. Check the plug seating and pins E and F."],
            ["G06", "Overvoltage", "Output over 125 V for 1 s. Check P12."],
            ["G07", "Undervoltage", "Output under 100 V for 1 s. Check P12 and the cable."],
            ["G08", "Frequency", "Output outside 390-410 Hz. Restart; if it repeats, call Harrowfield service."],
            ["G10", "Output short circuit", "Current over 300 %. Inspect cable and plug for damage."],
            ["G11", "Earth fault", "Leakage over 300 mA. Do not reset before the cable has been checked."],
            ["G12", "DC link", "DC link voltage outside limits. Call Harrowfield service."],
            ["G13", "Fan fault", "Cooling fan stopped or below speed."],
            ["G14", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Output drops out when the cable is moved or the plug is touched", "Spread or worn sockets of pins E "
             "and F, plug not fully home", "Replace the contact set HAP-PC-6 (section 7)."],
            ["Plug sleeve hot, over 60 °C", "Burnt or loose power pins, plug not fully in",
             "Replace the contact set; report a damaged aircraft receptacle to the aircraft maintenance."],
            ["Voltage low at the aircraft under load, correct at the unit", "P12 too low for the cable",
             "Set P12 as in section 4."],
            ["Unit trips on G03 on hot afternoons", "Air filters blocked, ambient over 40 °C",
             "Clean the filters; reduce the load as in section 1."],
            ["Display dark, fans running", "Control supply fuse F3 blown", "Replace F3 (2 A T)."],
        ],
        (52, 58, 64),
    ),
    ("h", "7. Replacing the plug contacts"),
    (
        "ol",
        [
            "Switch the unit off, lock the mains isolator and wait 5 min.",
            "Open the plug head by removing the four Torx T25 screws of the back shell.",
            "Note which core goes to which terminal (A, B, C, N, E, F).",
            "Unscrew the four power pins with the pin key HAP-PK and pull pins E and F out of their holders.",
            "Fit the new pins of contact set HAP-PC-6. Tighten the power pins to 8 Nm.",
            "Close the back shell, tighten its screws to 2.5 Nm and check that the seal sits evenly.",
            "Run the unit at rated load on the load bank with adaptor HAP-LB-1 for 10 min; the plug sleeve must "
            "stay below 60 °C.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Look at the plug head, pins and cable; fit the plug cap after use."],
            ["Weekly", "Clean the intake air filters, more often in dusty or pollen seasons; read the alarm log."],
            ["Every 1000 h or 6 months", "Replace the air filters; test the earth fault function with the TEST "
             "button."],
            ["Yearly", "Check the power terminal torques; load bank test at rated load for 30 min."],
            ["Every 5 years", "DC link capacitors and fans checked by Harrowfield service. IGBT modules are "
             "replaced only by Harrowfield service."],
        ],
        (40, 134),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Output terminals", "M12", "45 Nm"],
            ["Input terminals", "M10", "30 Nm"],
            ["Power pins in the plug head", "-", "8 Nm"],
            ["Plug back shell screws", "M4", "2.5 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GP-90", "GP-140"],
            ["Plug contact set, 6 pins", "HAP-PC-6", "HAP-PC-6"],
            ["Plug head, complete", "HAP-PH-90", "HAP-PH-140"],
            ["Output cable, 30 m", "HAP-OC-70", "HAP-OC-95"],
            ["Air filter set", "HAP-AF-90", "HAP-AF-140"],
            ["Cooling fan", "HAP-CF-2", "HAP-CF-3"],
            ["Control fuse F3, 2 A T", "HAP-F3-2", "HAP-F3-2"],
            ["Pin key", "HAP-PK", "HAP-PK"],
            ["Load bank adaptor", "HAP-LB-1", "HAP-LB-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Caldmere PCA pre-conditioned air units
CALDMERE = [
    ("title", "Caldmere PCA Pre-Conditioned Air Units\nOperating and Maintenance Manual - PCA-180 and PCA-320"),
    (
        "p",
        "Document CAC-OM-PCA-03, Edition 1, September 2024. Caldmere Airside Climate Ltd. The PCA-180 and PCA-320 "
        "cool or heat the cabin of a parked aircraft through its low-pressure ground connection, so that the "
        "aircraft's auxiliary power unit can stay off. The number gives the nominal cooling capacity in kW. Both "
        "units hang under a boarding bridge or stand on the apron on the floor frame FF-2. Apart from the blower, "
        "the refrigeration circuits, the heater and the hose, they are built alike. The hose storage reel HR-2 has "
        "its own manual, CAC-OM-HR-02. Work on the refrigerant circuits is done only by a certified refrigeration "
        "technician. The hanger frame is fixed to the bridge to the bridge maker's instructions.",
    ),
    (
        "warn",
        "WARNING: The blower runs on for 60 s after a stop, and the hose can whip when a coupling comes off under "
        "pressure. Never disconnect the hose with the blower running, and keep people out of the hose path.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PCA-180", "PCA-320"],
            ["Cooling capacity at the rating point", "180 kW", "320 kW"],
            ["Heating capacity, electric", "60 kW", "90 kW"],
            ["Air flow, highest", "1.1 kg/s", "2.0 kg/s"],
            ["Compressors, scroll, in two circuits", "2", "4"],
            ["Refrigerant R454B, charge per circuit", "14 kg", "26 kg"],
            ["Blower motor", "30 kW", "55 kW"],
            ["Hose, standard length 30 m", "1 x 14 in (356 mm)", "2 x 12 in (305 mm), with Y-piece"],
            ["Supply", "400 V 3~ 50 Hz", "400 V 3~ 50 Hz"],
            ["Largest input current, cooling", "158 A", "272 A"],
            ["Mass", "2650 kg", "4100 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The rating point is 35 °C and 50 % relative humidity ambient, 2 °C air at the unit outlet, highest air "
        "flow and the standard hose. Performance at other ambient conditions is given in the sales performance "
        "data, not in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock the main isolator before opening any panel. The heater and the compressor crankcase heaters are "
            "live whenever the isolator is on.",
            "Refrigerant R454B is mildly flammable. No naked flame or grinding near an opened circuit; leak checks, "
            "recovery and charging are for the certified refrigeration technician only.",
            "Do not stand on the hose or drive over it. A flattened hose trips the blower and a torn one can whip.",
            "Wear hearing protection next to a running unit with the panels open.",
        ],
    ),
    ("h", "3. Operating settings"),
    (
        "cols",
        [
            ("h", "Aircraft group and air flow"),
            ("p", "Select the aircraft group on the panel before connecting. The unit then limits the air flow and "
             "hose pressure to the group. PCA-180: group C-S (A319, A320, B737-700/-800) 0.8 kg/s; group C-L (A321, "
             "B737-900) 1.1 kg/s. PCA-320: group E-S (A330-200, B787-8) 1.6 kg/s; group E-L (A350-1000, "
             "B777-300ER) 2.0 kg/s. A wrong group either starves the cabin or lifts the hose pressure towards the "
             "trip."),
            ("h", "Outlet temperature"),
            ("p", "In cooling the set point range is 0-12 °C at the unit outlet, default 2 °C. When the dew point "
             "is above 20 °C do not set it below 2 °C, or water is carried into the hose and the aircraft ducts. "
             "In heating the set point range is 30-70 °C, default 50 °C; the outlet air must never be hotter "
             "than 70 °C."),
            ("h", "Hose pressure"),
            ("p", "The hose is rated for 100 mbar and 80 °C. The blower stops when the pressure at the unit outlet "
             "exceeds 100 mbar for 5 s (P11). Keep the hose straight or in wide bends; a bend tighter than 1.5 m "
             "radius, or a wheel on the hose, is enough to trip it."),
            ("h", "Ambient limits"),
            ("p", "The unit runs in ambient air from -30 to +50 °C. Above 46 °C the controller steps the compressors "
             "down to keep the condensing pressure below the trip; P04 is shown as a warning only."),
            ("h", "Condensate"),
            ("p", "At the rating point the PCA-180 drains about 110 L/h of condensate and the PCA-320 about 190 L/h. "
             "The drain must run to the apron drainage, never onto the bridge wheels or a walkway."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Mains fault", "Phase missing, wrong rotation or voltage outside 360-440 V."],
            ["P02", "Blower motor overload", "Motor protection tripped. Check the blower runs freely."],
            ["P03", "Filters dirty", "Pressure drop across the filters over 250 Pa. Replace the filters "
             "(section 6)."],
            ["P04", "High ambient", "Above 46 °C; compressors stepped down. Warning only."],
            ["P05", "High pressure, circuit 1", "High pressure switch opened at 42 bar. Clean the condenser coil and "
             "check its fans; manual reset."],
            ["P06", "High pressure, circuit 2", "As P05."],
            ["P07", "Low pressure", "Suction below 3.5 bar for 2 min: refrigerant loss or frozen coil. Call the "
             "refrigeration technician."],
            ["P09", "Coil freeze", "Evaporator coil below -1 °C for 3 min; the unit defrosts for 5 min with the "
             "blower on."],
            ["P10", "Heater overheat", "Safety thermostat opened at 120 °C. Find the cause before the manual "
             "reset."],
            ["P11", "Hose pressure high", "Over 100 mbar for 5 s; blower stopped."],
            ["P12", "Hose-end sensor", "Sensor open or short; the unit controls on its outlet sensor."],
            ["P13", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cabin stays warm though the outlet air is at set point", "Wrong aircraft group, hose torn or leaking "
             "at a coupling", "Check the group; inspect the hose. A tear longer than 50 mm means a new hose "
             "section."],
            ["Water sprays from the hose end", "Set point below 2 °C in humid weather, drain tray blocked",
             "Raise the set point; clean the drain tray and its trap."],
            ["Air flow falls off and the coil ices within an hour", "Dirty filters, set point too low, low "
             "refrigerant", "Replace the filters; if P07 follows, call the refrigeration technician."],
            ["Blower trips as the aircraft is connected", "Hose kinked or flattened, wrong group selected",
             "Straighten the hose; select the right group."],
            ["Compressors start and stop every few minutes", "Light load in mild weather, dirty condenser coil",
             "Clean the coil; short cycles with a warm set point in mild weather are normal."],
        ],
        (52, 58, 64),
    ),
    ("h", "6. Replacing the air filters"),
    (
        "ol",
        [
            "Stop the unit at the panel, wait until the blower has stopped, then switch off and lock the main "
            "isolator.",
            "Open the two filter doors on the intake side.",
            "Pull out the pre-filters (class ISO Coarse 60 %, old G4) and the bag filters (class ePM1 55 %, old F7) "
            "behind them.",
            "Clean the filter frames and the door seals. A seal that does not spring back is replaced.",
            "Fit the new filters with the bag pockets vertical and the arrows towards the blower. The PCA-180 takes "
            "4 pre-filters and 4 bag filters, the PCA-320 takes 6 of each.",
            "Close the doors, switch on and reset the filter reading in menu 4.2. With clean filters it reads "
            "80-120 Pa at full flow.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Hose and couplings for tears and crushing; condensate drain running."],
            ["Monthly", "Clean the intake grille; read the filter pressure drop."],
            ["Every 3 months, or at 250 Pa", "Replace the pre-filters. Bag filters every 6 months or at 250 Pa."],
            ["Every 6 months", "Clean the condenser coil from the air outlet side with water at no more than 5 "
             "bar; never a pressure washer. Listen to the blower bearings."],
            ["Yearly", "Leak check and log entry by the certified refrigeration technician; heater insulation test "
             "by an electrician."],
        ],
        (44, 130),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Blower impeller taper bush", "M10", "50 Nm"],
            ["Compressor mounting feet", "M10", "30 Nm"],
            ["Heater element terminals", "M6", "5 Nm"],
            ["Hose coupling band clamp", "-", "6 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "PCA-180", "PCA-320"],
            ["Pre-filter set", "CAC-PF-4", "CAC-PF-6"],
            ["Bag filter set", "CAC-BF-4", "CAC-BF-6"],
            ["Hose section 10 m", "CAC-HS-14", "CAC-HS-12"],
            ["Aircraft hose end coupling", "CAC-HC-14", "CAC-HC-12"],
            ["Hose-end temperature sensor", "CAC-TS-1", "CAC-TS-1"],
            ["Heater safety thermostat", "CAC-ST-120", "CAC-ST-120"],
            ["Blower motor", "CAC-BM-30", "CAC-BM-55"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Thurlstone DT de-icing trucks
THURLSTONE = [
    ("title", "Thurlstone DT Aircraft De-Icing Trucks\nOperating and Maintenance Manual - DT-6000 and DT-9500"),
    (
        "p",
        "Document TGE-OM-DT-05, Edition 4, August 2025. Thurlstone Ground Equipment Ltd. The DT-6000 and DT-9500 "
        "are self-propelled aircraft de-icing and anti-icing units with a heated Type I fluid system, an unheated "
        "Type IV system and a telescopic boom carrying an enclosed one-person cab. The number gives the Type I tank "
        "volume in litres. Apart from the tanks, the boom, the heater and the chassis, the two trucks are built "
        "alike. The chassis and its engine are covered by the chassis maker's manuals. Holdover times and the "
        "choice of fluid are set by the operator's de-icing programme and the authority's holdover time tables, not "
        "by this manual. The fluid maker's data sheets give the freezing point and the refractive index of each "
        "mix.",
    ),
    (
        "warn",
        "WARNING: Glycol makes the apron, the steps and the cab floor slippery. Never spray Type I fluid into "
        "engine or APU intakes, onto pitot probes and static ports, or at cabin windows from close range.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DT-6000", "DT-9500"],
            ["Type I fluid tank, heated", "6000 L", "9500 L"],
            ["Type IV fluid tank, unheated", "1100 L", "1800 L"],
            ["Water tank for mixing, heated", "1500 L", "2300 L"],
            ["Nozzle height, highest", "17.5 m", "21.0 m"],
            ["Horizontal reach from the truck side", "9.0 m", "11.5 m"],
            ["Cab rated load, one person with equipment", "150 kg", "150 kg"],
            ["Type I flow at the nozzle", "20-230 L/min", "20-300 L/min"],
            ["Type IV flow at the nozzle", "20-150 L/min", "20-150 L/min"],
            ["Fluid heater, diesel fired", "1.1 MW", "1.6 MW"],
            ["Heating a full Type I tank from 10 °C to 80 °C, 50/50 mix at -10 °C outside", "50 min", "60 min"],
            ["Gross vehicle mass", "26 t", "32 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The flows are measured at the nozzle with the standard 16 mm Type I nozzle and 22 mm Type IV nozzle in the "
        "jet position; in the fan position the flow is lower. The heating times hold for a tank filled to the top "
        "with a 50/50 mix; a part-filled tank heats faster.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Do not raise the boom in mean wind above 12 m/s or in gusts above 15 m/s. Lower it at once when the "
            "wind alarm T30 sounds.",
            "Keep the cab at least 1 m from every part of the aircraft. The anti-collision sensors stop the boom at "
            "0.5 m; they are a last defence, not a working distance.",
            "The cab operator and the driver stay in radio contact for the whole treatment.",
            "Do not run the fluid heater in a closed hangar; its exhaust leaves at up to 350 °C.",
        ],
    ),
    ("h", "3. Spraying settings"),
    (
        "cols",
        [
            ("h", "Type I fluid temperature"),
            ("p", "Type I fluid must leave the nozzle at 60 °C or hotter. Keep the tank set point at 80 °C; it can "
             "be set from 60 to 85 °C. During long spraying at full flow the nozzle temperature falls; the warning "
             "T27 shows below 60 °C and spraying must pause until the tank has recovered."),
            ("h", "Mixing"),
            ("p", "The proportional mixer blends Type I concentrate with hot water from 30/70 to 100/0 in steps of "
             "5 %. The freezing point of the mix must lie at least 10 °C below the outside air temperature and "
             "within the fluid maker's lowest operational use temperature. Read the freezing point of each ratio "
             "in the fluid maker's data sheet; this manual gives none."),
            ("h", "Type IV fluid"),
            ("p", "Type IV fluid is thickened and shear destroys it. Pump it only with the low-shear pump, at no "
             "more than 3.5 bar at the pump outlet, and only through the 22 mm Type IV nozzle. Never heat it: the "
             "tank blanket only keeps it between 5 and 20 °C."),
            ("h", "Nozzle distance"),
            ("p", "Spray Type I from 3-4 m off the surface in the fan position, Type IV from 2-3 m as an even film. "
             "Work from the top down and from the front of the aircraft to the back."),
            ("h", "Driving with the boom up"),
            ("p", "With the boom off its rest the controller limits the truck to 5 km/h on the DT-6000 and 4 km/h "
             "on the DT-9500. Above 8 m nozzle height only creep speed, 1.5 km/h, is allowed on either truck."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["T21", "Type I tank low", "Below 10 % level."],
            ["T22", "Type IV tank low", "Below 10 % level."],
            ["T23", "Heater flame failure", "Burner locked out. Reset once; if it locks out again, call Thurlstone "
             "service."],
            ["T24", "Heater exhaust hot", "Over 350 °C; heater stopped."],
            ["T25", "Water tank cold", "Below 5 °C; mixing stopped."],
            ["T26", "Mix ratio deviation", "Measured ratio more than 3 % off the set ratio for 10 s. Clean the "
             "concentrate strainer; check the flow meters."],
            ["T27", "Nozzle temperature low", "Type I below 60 °C at the nozzle. Pause spraying."],
            ["T29", "Type IV pump pressure high", "Over 3.5 bar at the pump outlet; pump stopped."],
            ["T30", "Wind high", "Over 12 m/s mean or 15 m/s gust at the boom anemometer. Lower the boom."],
            ["T31", "Cab anti-collision", "Object within 0.5 m; boom stopped. Move away with the override held."],
            ["T32", "Boom overload", "Cab load over 150 kg, or moment limit reached."],
            ["T33", "Boom not stowed", "Drive speed limited."],
            ["T34", "Emergency stop", "A stop button in the cab or on the truck is pressed."],
        ],
        (16, 46, 112),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Type I at the nozzle not hot enough though the tank reads 80 °C", "Fluid cooled in the boom line "
             "during a pause, flow too high for the heater", "Run the recirculation for 2 min before spraying; "
             "reduce the flow."],
            ["Type IV comes out thin and watery", "Fluid sheared by too high a pump pressure, wrong nozzle, or "
             "fluid heated", "Use only the Type IV nozzle; check the relief at 3.5 bar; have a sample checked "
             "against the fluid maker's viscosity limits."],
            ["Spray pattern uneven or spitting", "Nozzle partly blocked by ice or debris",
             "Clean the nozzle; drain the lines after each shift (section 6)."],
            ["Boom stops short of full height", "Cab load over 150 kg, truck not level within 3°",
             "Check the load and the slope indicator; move to level ground."],
            ["Heater starts and then locks out", "Water in the heater fuel, blocked fuel filter",
             "Drain the fuel filter water separator; if it locks out again see T23."],
        ],
        (52, 60, 62),
    ),
    ("h", "6. End of shift: draining the nozzle lines"),
    (
        "ol",
        [
            "Lower the boom onto its rest and park the truck on level ground with its front into the wind.",
            "Switch the Type I circuit to recirculation, then close tank valve V1 (Type I).",
            "Open the boom drain valve V7 at the turret and the nozzle drain V8 in the cab, and blow the Type I "
            "line clear with the air purge button for 60 s.",
            "Leave the Type IV line full, with the tank blanket on, while the outside temperature stays above "
            "-25 °C. Below -25 °C drain it through V9 into the recovery tank.",
            "Close V7 and V8. Fill the water tank for the next shift only when the truck stands in a heated bay.",
            "Write the fluid used, the tank temperatures and any alarms in the shift log.",
        ],
    ),
    ("h", "7. Start of shift checks"),
    (
        "ol",
        [
            "Walk round the truck: leaks, boom hoses, nozzle, cab door and anti-collision sensors.",
            "Check the tank levels and that the Type I tank is at its set point.",
            "Take a sample from the nozzle at the mix ratio in use and read it with the refractometer TGE-RF-2. "
            "The reading must be within 1 °Brix of the fluid maker's value for that ratio; otherwise the mixer is "
            "recalibrated before use.",
            "Raise the boom to full height and slew it both ways; test the cab emergency stop.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Start of shift checks; drain the water separator of the heater fuel filter."],
            ["Weekly", "Clean the concentrate and water strainers; grease the boom pivots (8 nipples) and the "
             "turret bearing."],
            ["Monthly", "Check the Type IV pump relief setting, 3.5 bar; check the anemometer."],
            ["Before each season or every 500 h", "Burner service and flue gas check by Thurlstone service; new "
             "heater fuel filter."],
            ["Yearly", "Thorough examination of the boom and cab by a competent person under the lifting equipment "
             "rules, with any load test the examiner requires."],
        ],
        (44, 130),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Turret slewing ring bolts, 10.9", "M20", "540 Nm"],
            ["Cab to boom head bolts, 10.9", "M16", "290 Nm"],
            ["Fluid pump flange bolts", "M10", "45 Nm"],
            ["Nozzle to boom head", "G 1 1/4", "120 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DT-6000", "DT-9500"],
            ["Type I nozzle 16 mm", "TGE-N16", "TGE-N16"],
            ["Type IV nozzle 22 mm", "TGE-N22", "TGE-N22"],
            ["Concentrate strainer element", "TGE-CS-1", "TGE-CS-1"],
            ["Heater fuel filter", "TGE-FF-11", "TGE-FF-16"],
            ["Refractometer", "TGE-RF-2", "TGE-RF-2"],
            ["Cab anti-collision sensor", "TGE-AC-3", "TGE-AC-3"],
            ["Boom drain valve kit", "TGE-DV-6", "TGE-DV-9"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Quaystone TB towbarless tractors
QUAYSTONE = [
    ("title", "Quaystone TB Towbarless Aircraft Tractors\nOperating and Maintenance Manual - TB-80 and TB-100"),
    (
        "p",
        "Document QTS-OM-TB-02, Edition 3, February 2025. Quaystone Tow Systems Ltd. The TB-80 and TB-100 are "
        "towbarless tractors for pushback and maintenance towing of narrow-body aircraft. The tractor clamps the "
        "nose wheels into its cradle and lifts them, so no tow bar is used. The number gives the highest aircraft "
        "maximum ramp mass in tonnes. Apart from the engine, the cradle and the items named in this manual, the "
        "two tractors are built alike. An aircraft type may be towed only when it is on the approved aircraft list "
        "QTS-AL-01, which follows the aircraft makers' towbarless towing approvals and is issued separately. The "
        "diesel engine has its own manual from the engine maker.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand within 3 m of the nose wheels, or between tractor and aircraft, while the "
        "cradle moves. Never tow with the nose gear protection system in bypass.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TB-80", "TB-100"],
            ["Aircraft maximum ramp mass", "up to 80 t", "up to 100 t"],
            ["Nose wheel load, highest", "10 t", "12.5 t"],
            ["Nose wheel diameters accepted by the cradle", "660-900 mm", "660-1000 mm"],
            ["Engine, diesel, emission stage V", "120 kW", "150 kW"],
            ["Tractive force on dry concrete", "60 kN", "75 kN"],
            ["Top speed without aircraft", "32 km/h", "32 km/h"],
            ["Cradle clamp pressure", "160 bar", "160 bar"],
            ["Hydraulic oil tank", "180 L", "210 L"],
            ["Tyres", "4 x 315/80 R22.5", "4 x 385/65 R22.5"],
            ["Tyre pressure, cold", "8.0 bar", "8.5 bar"],
            ["Tractor mass", "14.5 t", "18.0 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "Hydraulic oil is ISO VG 46, or ISO VG 32 where the tractor works below -15 °C. The tractive force holds on "
        "dry concrete; on snow or ice only 30-40 % of it is available.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before pushback the headset or hand-signal contact with the flight deck is made, and the aircraft's "
            "nose wheel steering is disabled with the bypass pin as the aircraft maker requires.",
            "The nose gear protection system (NGPS) measures the towing and steering loads and stops the tractor "
            "before the aircraft limit. Its limits for each aircraft type are set by Quaystone service and "
            "calibrated once a year.",
            "Maintenance towing with nobody on the flight deck to brake the aircraft is not allowed.",
            "Wear a high-visibility vest and ear protection within the aircraft stand.",
        ],
    ),
    ("h", "3. Picking up the aircraft"),
    (
        "ol",
        [
            "Select the aircraft type on the display. Check that it is on list QTS-AL-01 and that its mass is within "
            "the tractor's rating.",
            "Confirm with the flight deck that the parking brake is set, the steering bypass pin is fitted and the "
            "nose wheels are straight.",
            "Open the cradle gate and lower the cradle to the ground. Approach the nose wheels straight, at no more "
            "than 2 km/h over the last 5 m.",
            "Drive on until both wheel sensors show green; the wheels must be centred within 30 mm.",
            "Close the gate and press CLAMP. The clamp pressure must reach 160 bar within 8 s.",
            "Press LIFT. The cradle raises the nose wheels about 100 mm and the display shows the nose wheel load; "
            "it must not exceed the load in section 1.",
            "Ask the flight deck to release the parking brake, and move off only when this is confirmed.",
        ],
    ),
    ("h", "4. Towing limits"),
    (
        "cols",
        [
            ("h", "Speed"),
            ("p", "Pushback: no more than 6 km/h. Towing on straight taxiways: no faster than 25 km/h. In turns, "
             "10 km/h at most. In hangars, on wet or icy surfaces, and when passing an obstacle closer than 3 m: "
             "5 km/h."),
            ("h", "Steering angle"),
            ("p", "The display shows the nose gear steering angle. With the aircraft type selected, the tractor "
             "warns at 90 % of that type's steering limit (106) and stops turning at 100 %. A nose gear turned past "
             "its limit must be reported to the aircraft maintenance before the next flight."),
            ("h", "Braking"),
            ("p", "Brake early and gently. A sudden stop from above 10 km/h loads the nose gear with the whole "
             "aircraft mass; the NGPS stores each event over its limit and shows 107."),
            ("h", "Cold weather"),
            ("p", "Below -15 °C use ISO VG 32 oil and let the tractor run for 10 min before the first pickup. "
             "Below -25 °C the tractor may be used only with the arctic package."),
            ("h", "Surface"),
            ("p", "On snow or ice do not push back an aircraft at its maximum ramp mass until the tractor's path "
             "has been cleared or treated."),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["101", "Engine fault", "See the engine display and the engine maker's manual."],
            ["102", "Hydraulic oil hot", "Warning over 85 °C; over 95 °C the cradle functions stop."],
            ["103", "Hydraulic filter clogged", "Return filter differential pressure over 2.5 bar. Replace element "
             "QTS-HF-10."],
            ["104", "Clamp pressure not reached", "160 bar not reached within 8 s. Check the clamp cylinders and "
             "the wheel position in the cradle."],
            ["105", "Nose wheel not centred", "Left and right wheel sensors differ by more than 30 mm."],
            ["106", "Steering angle warning", "90 % of the type's steering limit."],
            ["107", "NGPS limit exceeded", "Towing or steering load over the type limit. Stop and report to the "
             "aircraft maintenance; the event is stored."],
            ["108", "NGPS fault", "Sensor fault. No towing until Quaystone service has checked the system."],
            ["110", "Aircraft type not selected", "Select the type before pickup."],
            ["111", "Brake pressure low", "Brake accumulator below 110 bar."],
            ["112", "Seat switch", "Driver left the seat with the parking brake off."],
            ["113", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 46, 112),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cradle clamps, then the lift stops part way", "Nose wheel load over the rating, clamp pressure low, "
             "wheels off centre", "Check the aircraft type and mass; see 104 and 105."],
            ["Wheel spin at the start of pushback", "Ice or wet paint under the tractor, aircraft brakes still on",
             "Confirm with the flight deck that the brakes are released."],
            ["Jerky steering at low speed", "Low hydraulic oil level, air in the steering circuit",
             "Top up; if it stays jerky, call Quaystone service."],
            ["Cradle sinks slowly while towing", "Leaking lift cylinder or holding valve",
             "Stop, set the aircraft brakes, lower the nose wheels and call Quaystone service."],
            ["Oil hot (102) on long tows", "Oil cooler fins clogged", "Clean the cooler."],
        ],
        (52, 60, 62),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Walk round; tyre pressures cold; oil levels; NGPS self-test at start."],
            ["Every 250 h", "Grease the cradle pivots and steering pins; clean the oil cooler."],
            ["Every 500 h", "Replace the return filter element QTS-HF-10; engine service to the engine maker's "
             "manual."],
            ["Every 2000 h or 2 years", "Change the hydraulic oil, 180 L (TB-80) or 210 L (TB-100)."],
            ["Yearly", "NGPS calibration by Quaystone service; brake performance test."],
        ],
        (44, 130),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Wheel nuts", "M22 x 1.5", "650 Nm"],
            ["Cradle pivot pin bolts", "M16", "210 Nm"],
            ["Clamp arm pads", "M12", "85 Nm"],
            ["Hydraulic pump flange", "M12", "80 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "TB-80", "TB-100"],
            ["Clamp arm pad set", "QTS-CP-80", "QTS-CP-100"],
            ["Lift cylinder seal kit", "QTS-LS-80", "QTS-LS-100"],
            ["Hydraulic return filter element", "QTS-HF-10", "QTS-HF-10"],
            ["Nose wheel sensor", "QTS-WS-2", "QTS-WS-2"],
            ["Cradle wear plate", "QTS-WP-80", "QTS-WP-100"],
            ["Tyre", "315/80 R22.5", "385/65 R22.5"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("harrowfield-gp-ground-power-unit.pdf", "Harrowfield HAP-OM-GP-04 Ed 2 - GP-90 / GP-140", HARROWFIELD),
        ("caldmere-pca-preconditioned-air-unit.pdf", "Caldmere CAC-OM-PCA-03 Ed 1 - PCA-180 / PCA-320", CALDMERE),
        ("thurlstone-dt-aircraft-deicing-truck.pdf", "Thurlstone TGE-OM-DT-05 Ed 4 - DT-6000 / DT-9500", THURLSTONE),
        ("quaystone-tb-towbarless-aircraft-tractor.pdf", "Quaystone QTS-OM-TB-02 Ed 3 - TB-80 / TB-100", QUAYSTONE),
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
