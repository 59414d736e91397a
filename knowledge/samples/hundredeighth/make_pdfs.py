"""Generate the PDF manuals of the hundred-and-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set108-scratch/venv && /tmp/set108-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set108-scratch/venv/bin/python knowledge/samples/hundredeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Teravind DX automatic dicing saws
TERAVIND = [
    ("title", "Teravind DX Automatic Dicing Saws\nOperation and Maintenance Manual - DX-200 and DX-300"),
    (
        "p",
        "Document TVD-OM-DX-04, Edition 3, March 2025. Teravind Precision. The DX-200 and DX-300 are fully "
        "automatic single-spindle dicing saws that cut wafers mounted on tape frames into dies. Each saw has a "
        "cassette loader, automatic alignment with a pattern recognition camera, a spinner for cleaning and drying "
        "the cut wafer, a blade breakage detector (BBD) and a non-contact blade height sensor (NCS). The DX-200 takes "
        "wafers up to 200 mm on TF-8 frames; the DX-300 takes wafers up to 300 mm on TF-12 frames. Apart from the "
        "values given for each model, the two saws are built alike. Blade selection (grit, bond, exposure and "
        "thickness) follows the blade maker's data sheet. The dicing tape, the mounting of the wafer and the UV "
        "curing of the tape are covered by the manuals of the tape mounter and the UV curer. The exhaust duct, the "
        "DI water with CO2 injection, the spindle cooling water chiller and the compressed air up to the inlets of "
        "the saw are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The blade turns at up to 60 000 rpm and cannot be seen while it turns. Never open the blade cover "
        "or reach into the cutting area until the display shows spindle speed 0 rpm. Never run the spindle without "
        "cooling water and compressed air: the air bearing and the motor are damaged within seconds.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DX-200", "DX-300"],
            ["Maximum wafer diameter", "200 mm", "300 mm"],
            ["Tape frame", "TF-8 (8 in)", "TF-12 (12 in)"],
            ["Spindle output, air bearing spindle with DC brushless motor", "1.5 kW", "2.2 kW"],
            ["Spindle speed range", "6000-60 000 rpm", "6000-45 000 rpm"],
            ["Blade outer diameter", "50.8-58 mm, hub blades only", "50.8-76.2 mm, hub or hubless blades"],
            ["Cutting feed speed (X axis)", "0.1-600 mm/s", "0.1-1000 mm/s"],
            ["Index accuracy (Y axis), single index within 5 mm / over the full stroke", "within 2 µm / within 5 µm",
             "within 2 µm / within 6 µm"],
            ["Z axis repeatability", "1 µm", "1 µm"],
            ["Spindle cooling water flow, nominal", "1.0 L/min", "1.5 L/min"],
            ["Spindle cooling water flow, alarm A01 below", "0.8 L/min", "1.2 L/min"],
            ["Spindle cooling water temperature", "20-25 °C, stable within ±1 °C", "20-25 °C, stable within ±1 °C"],
            ["Cutting water flow (blade cooler and shower), CO2-injected DI water", "2.0 L/min", "3.0 L/min"],
            ["Cutting water resistivity after CO2 injection", "0.2-1.0 megohm-cm", "0.2-1.0 megohm-cm"],
            ["Compressed air, dry and oil-free", "0.5-0.7 MPa, 350 NL/min", "0.5-0.7 MPa, 500 NL/min"],
            ["Exhaust", "2.0 m³/min", "3.0 m³/min"],
            ["Power supply 200-230 V 3~ 50/60 Hz", "3.5 kVA", "5.0 kVA"],
            ["Blade flange nut tightening torque", "1.0 Nm", "1.4 Nm"],
            ["Mass", "1350 kg", "1900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The index accuracy holds only in a room at 20 °C ±1 °C, after the spindle and the cooling water have run "
        "for at least 20 min, and with the Y axis calibrated within the last 6 months. On the DX-300 the spindle "
        "speed is limited to 30 000 rpm with any blade larger than 58 mm.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the saw. Maintenance behind the covers is for persons trained by "
            "Teravind.",
            "Wear safety glasses when changing blades. Handle blades only in their case or by the hub, never by "
            "the edge.",
            "Keep the blade cover closed and the door interlock working. Never bridge the door switch (A12).",
            "The cutting water carries silicon particles. The waste water goes to the site's drain for cutting "
            "water, never to the acid waste line.",
            "Switch off and lock out the main switch before opening an electrical cabinet. The spindle inverter "
            "holds a charge for 5 min after switching off.",
        ],
    ),
    ("h", "3. Cutting settings and limits"),
    (
        "cols",
        [
            ("h", "Blade exposure"),
            (
                "p",
                "The usable exposure of a hub blade is its exposure less 0.1 mm, which must stay as a margin above "
                "the hub. The blade must cut through the wafer and 20-30 µm into the tape, never more than half the "
                "thickness of the tape base film. When the usable exposure left is less than the cut depth, the "
                "blade is worn out.",
            ),
            (
                "p",
                "Blade life (m of cut) = (usable exposure - cut depth) (µm) / wear rate (µm per m of cut). Example: "
                "a blade of 0.76 mm exposure has 660 µm usable; a 400 µm wafer cut 25 µm into the tape needs 425 µm; "
                "at a wear rate of 0.5 µm/m the blade lasts (660 - 425) / 0.5 = 470 m of cut.",
            ),
            ("h", "Blade height setup"),
            (
                "p",
                "The NCS sets the blade height without touching the chuck table. Run a setup after each blade "
                "change, after every 40 cut lines and whenever the blade wear measured by the NCS exceeds 5 µm, "
                "whichever comes first. Two successive NCS results must agree within ±1 µm, otherwise clean the "
                "sensor (section 8).",
            ),
            ("h", "Spindle speed and feed"),
            (
                "p",
                "Silicon wafers up to 775 µm thick with a nickel-bond hub blade of 2000-4000 mesh: 30 000 rpm and "
                "30-80 mm/s on the DX-200; 30 000 rpm and 40-100 mm/s on the DX-300. Glass, ceramics and compound "
                "semiconductors (GaAs, InP) are cut at 10 mm/s or less with a resin-bond blade. Settings for "
                "lithium tantalate and other piezoelectric materials are not given here: ask Teravind applications.",
            ),
            ("h", "Chipping and kerf check"),
            (
                "p",
                "The automatic kerf check runs every 20 lines by default. Front-side chipping must not exceed 10 µm, "
                "or the limit of the die specification, whichever is smaller. The kerf centre must lie within ±3 µm "
                "of the street centre; a larger offset starts a hairline calibration. Backside chipping cannot be "
                "seen by the kerf check camera: the operator checks it under the microscope on the first wafer of "
                "each lot.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After a stop of more than 2 h, run the warm-up programme (spindle at 30 000 rpm with all water on) "
                "for 20 min before cutting product. After a stop of 2 h or less, 5 min is enough.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Spindle cooling water low",
             "Flow below 0.8 L/min (DX-200) or 1.2 L/min (DX-300). The spindle stops at once. Check the chiller, "
             "the filter and the hoses."],
            ["A02", "Spindle overtemperature",
             "Spindle housing above 35 °C: cooling water too warm or flow low. Let it cool and check the water."],
            ["A03", "Air pressure low",
             "Main air below 0.45 MPa: the air bearing is at risk and the spindle coasts down. Restore the supply "
             "before restarting."],
            ["A04", "Cutting water low",
             "Blade cooler or shower below 70 % of the set flow. Check the nozzles and the CO2 injector."],
            ["A05", "Blade broken", "The BBD saw light through a chip in the blade edge. Replace the blade (section 6)."],
            ["A06", "Exposure too short", "The NCS measured less usable exposure than the cut depth. Replace the blade."],
            ["A07", "Setup failed",
             "No NCS result, or two results more than ±1 µm apart. Clean the NCS (section 8) and repeat."],
            ["A09", "Chuck vacuum low",
             "Vacuum weaker than -60 kPa with a frame on the table. Check the tape for holes and the table for dirt."],
            ["A10", "Alignment failed", "Target not found or its score below 70 %. Check the lighting, teach again."],
            ["A11", "Cassette mapping", "Frame protruding, two frames in one slot, or an expected frame missing."],
            ["A12", "Door open", "Front door or blade cover opened while running. Close it and press RESET."],
            ["A13", "Spindle load high",
             "Spindle current above 80 % of its limit for more than 2 s: blade glazed, feed too high or wrong "
             "blade. Dress the blade or lower the feed."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Large chips on the back of the dies", "Blade glazed or grit too coarse, feed too fast, cut too shallow "
             "into the tape", "Dress the blade (section 7); lower the feed by 20 %; check the cut goes 20-30 µm into "
             "the tape"],
            ["Cut wanders in the street, kerf not straight", "Blade not dressed after fitting, flange dirty or "
             "damaged, blade nut loose", "Clean the flange, refit the blade at the right torque and dress it"],
            ["Dies fly off the tape during the cut", "Tape adhesion low, UV tape cured before dicing, cut too deep "
             "into the tape", "Check the mounting (tape mounter's manual); reduce the cut depth"],
            ["Blades break one after another", "Exposure too long for the material, cutting water low, feed too "
             "high", "Use a blade with less exposure; clean the blade cooler nozzles; see A04"],
            ["Silicon dust and stains on the dies after the spinner", "Cutting water resistivity too high (no CO2), "
             "shower nozzle blocked, rinse too short", "Check the CO2 injector; clean the shower nozzle; lengthen "
             "the spinner rinse"],
            ["Every cut shifted off the street by the same amount", "Hairline offset out of calibration",
             "Run the hairline calibration from the kerf check menu"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Replacing the blade"),
    (
        "ol",
        [
            "Stop the cut and wait until the display shows spindle speed 0 rpm.",
            "Switch off the cutting water and open the blade cover.",
            "Fit the blade wrench TVD-BW-2 on the flange nut and turn it clockwise to loosen it (left-hand thread).",
            "Remove the old blade with the blade case; do not let it touch the flange or the cover.",
            "Clean the mount flange and the nut with isopropyl alcohol and a lint-free wipe, and check the flange "
            "face for burrs and chips.",
            "Fit the new blade with its printed side facing out, and run the nut on by hand.",
            "Tighten the nut with the torque wrench TVD-TW-2 to 1.0 Nm (DX-200) or 1.4 Nm (DX-300).",
            "Close the blade cover and enter the blade ID, exposure and thickness under BLADE > NEW.",
            "Run the spindle at 10 000 rpm for 2 min, then at the working speed for 5 min, with the water on.",
            "Run a blade height setup with the NCS, then dress the new blade (section 7) before cutting product.",
        ],
    ),
    ("h", "7. Dressing a new blade"),
    (
        "ol",
        [
            "Mount a dressing board TVD-DB-600 on a spare frame and load it by hand.",
            "Select DRESS and the programme for the blade type.",
            "The saw cuts 30 lines into the board at 5 mm/s and 0.3 mm deep, then 30 lines at 20 mm/s.",
            "Check the last kerf on the kerf check camera: its edges must be straight and even along the whole line.",
            "Run a new NCS setup: the blade has worn during dressing.",
            "Cut a dummy wafer and check the chipping under the microscope before cutting product.",
        ],
    ),
    ("h", "8. Cleaning the non-contact sensor"),
    (
        "ol",
        [
            "Move the spindle to the maintenance position (MAINT > NCS).",
            "Blow the NCS window clean with the ionised air gun.",
            "Wipe the window with a swab moistened with DI water. Never use isopropyl alcohol on the NCS window: it "
            "damages the coating.",
            "Run two setups and check that the results agree within ±1 µm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the chuck table with the ceramic stone TVD-CS-1 and DI water; check the blade "
             "cover seals"],
            ["Daily", "Check the spindle cooling water flow and temperature on the status screen; clean the NCS "
             "window (section 8)"],
            ["Weekly", "Clean the blade cooler and shower nozzles; clean the cassette stage"],
            ["500 h of cutting or 3 months, whichever comes first", "Replace the cutting water filter TVD-WF-1 and "
             "the spindle cooling water filter TVD-WF-5"],
            ["6 months", "Y axis and hairline calibration; check the chuck table flatness (within 2 µm)"],
            ["12 months", "Teravind service: spindle run-out and air bearing check, Y axis ball screw lubrication"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DX-200", "DX-300"],
            ["Mount flange set", "TVD-FL-58", "TVD-FL-76"],
            ["Flange nut", "TVD-FN-2", "TVD-FN-3"],
            ["Blade wrench", "TVD-BW-2", "TVD-BW-2"],
            ["Torque wrench, adjustable 0.5-2.0 Nm", "TVD-TW-2", "TVD-TW-2"],
            ["Chuck table, porous ceramic", "TVD-CT-200", "TVD-CT-300"],
            ["NCS sensor head", "TVD-NCS-2", "TVD-NCS-2"],
            ["Cutting water filter 1 µm", "TVD-WF-1", "TVD-WF-1"],
            ["Spindle cooling water filter 5 µm", "TVD-WF-5", "TVD-WF-5"],
            ["Dressing boards, pack of 10", "TVD-DB-600", "TVD-DB-600"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The spindle is exchanged as a complete unit by Teravind service; it holds no parts the user may replace. "
        "The run-out and air bearing limits of the spindle are kept in Teravind's service documents.",
    ),
]

# ---------------------------------------------------------------- Bondquist BQ-580 ball wire bonder
BONDQUIST = [
    ("title", "Bondquist BQ-580 Automatic Ball Wire Bonder\nOperator and Maintenance Manual"),
    (
        "p",
        "Document BQI-OM-580-02, Edition 2, June 2024. Bondquist Interconnect. The BQ-580 is an automatic "
        "thermosonic ball bonder for gold and copper wire on leadframes and laminate substrates. A 120 kHz "
        "ultrasonic transducer holds the capillary; the electronic flame-off (EFO) forms the free air ball at the "
        "wire tail; the heated workholder brings the device to the bonding temperature. Copper and palladium-coated "
        "copper wire need the forming gas kit CuKit-580. The bond programme of each device (forces, ultrasonic power, "
        "times and loop shapes) is set by the site's process engineer. The capillary design (hole, chamfer, face "
        "angle and tip) is chosen with the capillary maker, and plasma cleaning of the substrates is covered by the "
        "plasma cleaner's manual. The forming gas supply up to the inlet of the bonder is the site's.",
    ),
    (
        "warn",
        "WARNING: The workholder runs at up to 300 °C and stays hot for 30 min after switching off. The EFO wand "
        "carries up to 6 kV: never touch it or the wire clamp while the bonder is in AUTO. Forming gas contains 5 % "
        "hydrogen: use only the CuKit-580 and keep the gas off when the bonder is idle.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value", "Condition or note"],
            ["Gold wire diameter", "15-50 µm (0.6-2 mil)", "4N and 2N gold wire"],
            ["Copper wire diameter", "18-38 µm (0.7-1.5 mil)", "Bare or palladium-coated copper, only with the "
             "CuKit-580 forming gas kit"],
            ["Bonding speed", "up to 18 wires per second", "1.5 mm wire length, standard loop, gold wire 25 µm"],
            ["Placement accuracy of the ball", "±2.5 µm at 3 sigma", "After the daily camera-to-capillary offset "
             "check"],
            ["Bond force", "5-250 gf, programmable in 1 gf steps", "Calibrated with the force gauge BQI-FG-3"],
            ["Ultrasonic generator", "120 kHz, 0-2.5 W", "Transducer impedance 5-25 ohm when the capillary is "
             "fitted correctly"],
            ["Workholder temperature", "ambient to 300 °C, ±3 °C", "Heater block reading, not the device surface"],
            ["Capillary", "1.587 mm (1/16 in) diameter, 11.1 mm long", "Tip design chosen with the capillary maker"],
            ["EFO", "up to 6 kV, 20-80 mA", "Electrode gap to the wire tail 0.5-1.0 mm"],
            ["Forming gas (95 % N2, 5 % H2)", "0.5-1.0 L/min at the EFO wand", "Copper wire only"],
            ["Compressed air / vacuum", "0.5 MPa / -80 kPa", "Dry and oil-free air"],
            ["Power supply", "200-240 V 1~ 50/60 Hz, 2.0 kVA", ""],
            ["Mass", "850 kg", "Without magazine handlers"],
        ],
        (50, 55, 65),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the bonder. Work inside the covers, on the transducer or on the EFO "
            "high voltage supply is for Bondquist service.",
            "Wear an earthed wrist strap when handling devices; the bonder's ESD ground must be connected to the "
            "site's ESD ground.",
            "Let the workholder cool below 50 °C before changing the heater block or the window clamp.",
            "Dispose of wire spool ends and used capillaries in the precious metal scrap bin.",
            "Keep the forming gas cylinder or line valve closed at weekends and during long stops.",
        ],
    ),
    ("h", "3. Process windows and limits"),
    (
        "cols",
        [
            ("h", "Free air ball"),
            (
                "p",
                "The free air ball (FAB) diameter should be 1.6-2.0 times the wire diameter: 40-50 µm for a 25 µm "
                "wire. A ball smaller than 1.5 times the wire or off-centre on the tail (golf club ball) points to "
                "the EFO gap, the tail length or the forming gas.",
            ),
            ("h", "Bonded ball"),
            (
                "p",
                "The squashed ball should be 2.0-3.0 times the wire diameter, and must lie inside the pad opening "
                "with at least 3 µm of margin on every side.",
            ),
            ("h", "Ball shear"),
            (
                "p",
                "Shear strength (gf/mil²) = shear force (gf) / (pi/4 x bonded ball diameter² (mil²)). Gold: at least "
                "5.5 gf/mil². Copper: at least 7.0 gf/mil². Example: a bonded ball of 2.0 mil has an area of 3.14 "
                "mil², so it must shear at 17.3 gf or more on gold wire and 22.0 gf or more on copper wire. Shear "
                "tests are made at 25 °C within 24 h of bonding.",
            ),
            ("h", "Wire pull"),
            (
                "p",
                "Pull with the hook at mid-span. Minimum pull force: 3.0 gf for 25 µm gold, 2.0 gf for 20 µm gold, "
                "5.0 gf for 25 µm copper. A break at the ball neck or in the span is acceptable; a lifted ball or a "
                "lifted stitch is a reject whatever the force. Other wire sizes follow the device specification.",
            ),
            ("h", "Bonding temperature"),
            (
                "p",
                "Gold on leadframes: 150-220 °C; copper: 175-220 °C. The device surface runs up to 15 °C below the "
                "heater block setting, so measure it with a contact thermocouple: the surface must be within ±5 °C "
                "of the temperature of the bond programme.",
            ),
            ("h", "Capillary life"),
            (
                "p",
                "Replace the capillary after 1 000 000 bonds on gold wire or 500 000 bonds on copper wire, or at "
                "once when the stitch pull values fall or the E02 count rises, whichever comes first. The counter is "
                "reset under SETUP > CAPILLARY.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["E01", "Non-stick on pad (NSOP)", "Ball did not stick: pad contaminated, temperature or ultrasonic power "
             "too low. Check the plasma cleaning and the bond programme."],
            ["E02", "Non-stick on lead (NSOL)", "Stitch did not stick: lead plating contaminated, leadframe not "
             "clamped flat, capillary worn."],
            ["E03", "Short tail", "Tail too short for the EFO: wire clamp dirty, tail length setting too small."],
            ["E04", "EFO open", "No spark: gap above 1.0 mm, wire end missing, electrode worn or dirty."],
            ["E05", "Wire end", "Spool empty or wire broken above the clamp. Rethread (section 7)."],
            ["E06", "Heater overtemperature", "Workholder more than 15 °C above its setting: thermocouple or "
             "controller fault. The heater is switched off."],
            ["E08", "Transducer impedance", "Impedance outside 5-25 ohm: capillary loose, cracked or not seated, or "
             "the transducer horn dirty."],
            ["E09", "Pattern recognition", "Reference points not found. Check the lighting and the taught "
             "references."],
            ["E10", "Forming gas low", "Flow below 0.4 L/min in copper mode. Bonding stops."],
            ["E11", "Indexer jam", "Leadframe stuck in the track or the window clamp. Clear it by hand in MANUAL."],
            ["E12", "Contact not found", "Search height too high or no device under the capillary."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Balls lift off the pads in the pull test", "Ultrasonic power or temperature too low, pad "
             "contamination", "Check the device surface temperature; raise the power in steps of 5 %; check the "
             "plasma cleaning"],
            ["Heel cracks, stitches break off at the lead", "Capillary worn, bond force too high on the stitch",
             "Replace the capillary; lower the stitch force"],
            ["Copper balls irregular, dull or oxidised", "Forming gas flow low or the gas wand out of line with the "
             "EFO", "Set 0.5-1.0 L/min; align the wand to the tail"],
            ["Off-centre golf club balls", "EFO gap wrong, electrode worn, tail bent", "Set the gap to 0.5-1.0 mm; "
             "clean or replace the electrode"],
            ["Loops sag and touch the next wire", "Loop shape, wire tension too low, long wires", "Check the wire "
             "tensioner air; ask the process engineer for the loop shape"],
            ["Cratering or cracks under the pad", "Ultrasonic power or impact force too high", "Lower the power and "
             "the impact force; check on the device's test pads"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Replacing the capillary"),
    (
        "ol",
        [
            "Finish the current unit, press STOP and select SETUP > CAPILLARY > CHANGE: the bond head moves to the "
            "change position and the EFO is switched off.",
            "Cut the wire above the capillary and pull it out of the capillary from below.",
            "Loosen the capillary screw with the torque driver BQI-TD-1 and remove the old capillary downwards.",
            "Clean the transducer hole with a clean swab; do not use any tool inside the hole.",
            "Push the new capillary up into the hole against the stop of the capillary gauge BQI-CG-11, which sets "
            "the 11.1 mm extension.",
            "Tighten the capillary screw with the torque driver to 0.20 Nm. Never overtighten: the horn cracks.",
            "Select USG CHECK: the transducer impedance must read 5-25 ohm. If not, refit the capillary.",
            "Thread the wire through the clamp and the capillary (section 7) and fire a ball.",
            "Run the camera-to-capillary offset check, then bond one test unit and check it with a ball shear and "
            "a wire pull test.",
            "Reset the bond counter.",
        ],
    ),
    ("h", "7. Changing the wire spool"),
    (
        "ol",
        [
            "Open the spool cover and remove the empty spool; keep its label for the lot record.",
            "Fit the new spool with the wire coming off towards the tensioner.",
            "Lead the wire through the air guide, the tensioner and the wire clamp with tweezers, without kinking it.",
            "Thread the wire through the capillary and pull 10 mm out below the tip.",
            "Press EFO to form a ball and check it under the microscope.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the workholder and the window clamp; check the ball size under the microscope"],
            ["Daily", "Camera-to-capillary offset check; ball shear and wire pull test on the first unit"],
            ["Weekly", "Clean the EFO electrode and the wire clamp jaws with a lint-free swab and isopropyl alcohol"],
            ["Monthly", "Check the transducer impedance log; check the forming gas flow with the flow meter"],
            ["6 months", "Calibrate the bond force with the force gauge BQI-FG-3; check the workholder temperature "
             "with a calibrated thermocouple"],
            ["12 months", "Bondquist service: transducer calibration, XY table and Z axis check"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number", "Note"],
            ["EFO electrode", "BQI-EF-2", "Replace when pitted or when E04 repeats after cleaning"],
            ["Wire clamp jaws, pair", "BQI-WC-3", ""],
            ["Heater cartridge 400 W", "BQI-HC-400", "Two per workholder"],
            ["Workholder thermocouple, type K", "BQI-TC-K", ""],
            ["Capillary torque driver 0.20 Nm", "BQI-TD-1", ""],
            ["Capillary gauge 11.1 mm", "BQI-CG-11", ""],
            ["Forming gas kit", "BQI-CK-580", "CuKit-580, with flow meter and wand"],
            ["Ultrasonic transducer, exchange unit", "BQI-TX-120", "Replaced and calibrated by Bondquist service "
             "only"],
        ],
        (60, 40, 70),
    ),
    (
        "p",
        "Capillaries are not supplied by Bondquist: order them from the capillary maker with the design agreed by "
        "the site's process engineer.",
    ),
]

# ---------------------------------------------------------------- Planoflux PS CMP slurry blend and supply units
PLANOFLUX = [
    ("title", "Planoflux PS CMP Slurry Blend and Supply Units\nOperation and Maintenance Manual - PS-200 and PS-400"),
    (
        "p",
        "Document PFX-OM-PS-07, Edition 1, November 2024. Planoflux Fluid Systems. The PS-200 and PS-400 blend CMP "
        "slurry concentrate with DI water and, for metal slurries, hydrogen peroxide, in a day tank on load cells, "
        "and supply the blend through a pressure-controlled global loop to the polishers. Each unit has a "
        "magnetically levitated centrifugal loop pump, a duplex loop filter, an in-line density meter, a nitrogen "
        "blanket on the day tank, a leak tray with leak sensor and its own exhaust connection. Apart from the values "
        "given for each model, the two units are built alike. The slurry and its filter rating, shelf life and pot "
        "life are the slurry maker's; the drum or tote feed, the DI water and peroxide supply lines and the drain for "
        "slurry waste are the site's. The large particle counter (option) has its own manual.",
    ),
    (
        "warn",
        "WARNING: Hydrogen peroxide above 8 % is an oxidiser and causes burns. Wear a face shield, gloves and an apron "
        "when connecting peroxide. Never mix peroxide into the day tank before the DI water and the slurry, and never "
        "let peroxide blends dry out on the tank walls or in the leak tray.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-200", "PS-400"],
            ["Day tank volume", "200 L", "400 L"],
            ["Usable volume, between the low-low and the high level", "160 L", "330 L"],
            ["Loop pump", "LP-20, levitated centrifugal", "LP-40, levitated centrifugal"],
            ["Loop flow (slurry density 1.2 g/cm³, viscosity below 5 mPa s)", "5-20 L/min", "10-40 L/min"],
            ["Loop return pressure, setting range", "0.10-0.25 MPa", "0.10-0.25 MPa"],
            ["Polishers served, at most", "4", "8"],
            ["Load cells", "3 x 300 kg", "3 x 600 kg"],
            ["Scale resolution", "50 g", "100 g"],
            ["Blend accuracy, each component", "±0.5 % by mass", "±0.5 % by mass"],
            ["Peroxide dosing pump", "0-2 L/min", "0-4 L/min"],
            ["Density meter accuracy", "±0.0005 g/cm³", "±0.0005 g/cm³"],
            ["Nitrogen blanket", "5-10 L/min at 20 kPa", "5-10 L/min at 20 kPa"],
            ["Exhaust", "1.5 m³/min", "2.5 m³/min"],
            ["Leak tray capacity (110 % of the tank)", "220 L", "440 L"],
            ["Power supply 400 V 3~ 50 Hz", "4 kVA", "6 kVA"],
            ["Mass, empty", "780 kg", "1150 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The blend accuracy holds only with the agitator stopped while each component is weighed, no hoses pulling "
        "on the tank and the load cells calibrated within the last 6 months.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Read the slurry maker's safety data sheet before working on the unit. Metal slurries with peroxide are "
            "oxidising; some slurries are alkaline (pH up to 11).",
            "Close the supply valve to the loop and stop the pump before opening a filter housing: the loop holds up "
            "to 0.35 MPa.",
            "Keep the cabinet doors closed in operation; the exhaust keeps peroxide vapour and mist out of the room.",
            "Slurry spills dry to a fine dust that scratches wafers: wipe them wet at once.",
            "The emergency off (EMO) stops the pump, the agitator and all dosing.",
        ],
    ),
    ("h", "3. Blending and loop settings"),
    (
        "cols",
        [
            ("h", "Blend recipe"),
            (
                "p",
                "Mass of each component (kg) = batch mass (kg) x its fraction by mass. Add the DI water first, then "
                "the slurry concentrate, and the peroxide last, with the agitator running between additions. "
                "Peroxide addition (kg) = batch mass (kg) x target H2O2 (%) / H2O2 of the supply (%). Example: a "
                "150 kg batch at 2.0 % made with 30 % peroxide needs 150 x 2.0 / 30 = 10.0 kg of peroxide.",
            ),
            ("h", "Agitation and settling"),
            (
                "p",
                "Never leave slurry in the tank with the agitator and the loop both stopped for more than 30 min: "
                "the abrasive settles. After a longer stop, recirculate through the bypass for at least 20 min "
                "before supplying the polishers.",
            ),
            ("h", "Pot life"),
            (
                "p",
                "A blend with peroxide must be used within 72 h of the peroxide addition, or within the time the "
                "slurry maker states, whichever is shorter. The unit warns at 60 h (S09). The pot life of blends "
                "without peroxide is given by the slurry maker.",
            ),
            ("h", "Loop pressure and velocity"),
            (
                "p",
                "The return pressure is held at its setting within ±0.01 MPa. The loop velocity must be at least "
                "0.3 m/s to keep the particles in suspension. Velocity (m/s) = flow (L/min) / (60 000 x pipe "
                "cross-section (m²)). In the standard 3/4 in PFA loop tube (15.9 mm bore) 0.3 m/s is 3.6 L/min.",
            ),
            ("h", "Filters"),
            (
                "p",
                "A clean filter shows a differential pressure of about 0.02 MPa. Replace both loop filter "
                "cartridges when the differential pressure reaches 0.10 MPa or after 30 days in service, whichever "
                "comes first. The filter rating is chosen with the slurry maker.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Keep the slurry at 15-25 °C. Never let it fall below 5 °C: frozen or chilled slurry agglomerates "
                "and must be scrapped.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["S01", "Tank level high-high", "Blending stops at once. Check the level sensor and the batch mass."],
            ["S02", "Tank level low-low", "Below 10 % of the usable volume: the loop pump stops to protect it. Make "
             "a new batch."],
            ["S03", "Loop pressure low", "Return pressure more than 0.03 MPa below its setting: leak, open drain "
             "valve, pump speed limited or a polisher drawing too much."],
            ["S04", "Loop pressure high", "Above 0.35 MPa: a valve closed in the loop or the back-pressure regulator "
             "stuck. The pump slows down."],
            ["S05", "Pump fault", "Levitated pump controller fault or rotor not floating. Read the code on the pump "
             "controller."],
            ["S06", "Leak detected", "Liquid in the leak tray. The unit stops and closes all valves."],
            ["S07", "Blend out of tolerance", "A component more than ±0.5 % from its target mass. The batch is "
             "held; adjust it or scrap it."],
            ["S08", "Density out of range", "Density outside the limits of the recipe: wrong blend, settled slurry "
             "or air in the meter."],
            ["S09", "Pot life warning", "60 h since the peroxide was added. Use the batch before 72 h."],
            ["S11", "Filter differential high", "0.10 MPa reached. Replace the loop filters (section 7)."],
            ["S12", "Exhaust low", "Below 70 % of the set exhaust flow. Dosing of peroxide is blocked."],
            ["S13", "Nitrogen blanket low", "Blanket pressure below 10 kPa."],
            ["S14", "EMO", "Emergency off pressed on the unit or at a remote station."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Scratch counts on polished wafers rising", "Agglomerates from dried slurry, loop filters loaded, loop "
             "velocity too low", "Check the filter differential (0.10 MPa limit); keep the loop at 0.3 m/s or more; "
             "rinse the tank walls"],
            ["Removal rate falls through the day on metal slurry", "Peroxide decaying in an old batch, blend ratio "
             "wrong", "Check the batch age against the 72 h pot life; check the density reading"],
            ["Loop pressure pulses or hunts", "Air drawn in at a low tank level, back-pressure regulator sticking",
             "Keep the level above 20 %; clean the regulator diaphragm"],
            ["Crust of dried slurry under the tank lid", "Splashing from the agitator, blanket flow too high",
             "Lower the agitator speed; set the blanket to 5 L/min; rinse with DI water"],
            ["Scale reading jumps during blending", "A hose pulling on the tank, agitator vibration",
             "Free the hoses; stop the agitator while weighing"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Making a blend"),
    (
        "ol",
        [
            "Check that the previous batch is used or drained and the tank level is below 10 %.",
            "Select BLEND and the recipe; check the batch mass and the fractions shown.",
            "Press START: the unit tares the scale and adds the DI water.",
            "The unit adds the slurry concentrate from the drum or tote with the agitator stopped while weighing.",
            "For metal slurries the unit adds the peroxide last, then starts the agitator.",
            "Check the density reading against the recipe limits.",
            "Recirculate through the bypass for at least 10 min.",
            "Open the supply valve to the loop and check the return pressure.",
            "Record the batch number, the slurry lot and the time of the peroxide addition.",
        ],
    ),
    ("h", "7. Replacing the loop filters"),
    (
        "ol",
        [
            "Switch the duplex filter to the standby housing, or stop the pump if both cartridges are to be changed.",
            "Close the inlet and outlet valves of the housing to be serviced.",
            "Open the vent valve and drain the housing into a bucket through the drain valve.",
            "Put on gloves and a face shield and unscrew the housing bowl.",
            "Remove the old cartridge and rinse the bowl with DI water.",
            "Fit the new cartridge and a new bowl O-ring PFX-OR-90, lightly wetted with DI water.",
            "Screw the bowl on by hand until it stops.",
            "Open the inlet valve slowly with the vent open until slurry comes out of the vent, then close the vent.",
            "Open the outlet valve and flush the new cartridge to drain for 5 min.",
            "Reset the filter timer under SERVICE > FILTER.",
        ],
    ),
    ("h", "8. Calibrating the load cells"),
    (
        "ol",
        [
            "Empty and rinse the tank; stop the agitator and free all hoses from strain.",
            "Select SERVICE > SCALE > ZERO and wait for a steady reading.",
            "Place the test weights evenly on the tank rim brackets: 100 kg (PS-200) or 200 kg (PS-400).",
            "Select SPAN and enter the test mass.",
            "Remove the weights; the reading must return to zero within 2 scale steps.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Check the density reading; rinse the tank walls above the slurry level with DI water"],
            ["Weekly", "Check the leak sensor with a few drops of DI water; check the nitrogen blanket flow"],
            ["0.10 MPa filter differential or 30 days", "Replace the loop filters (section 7)"],
            ["Monthly", "Clean the back-pressure regulator; inspect the agitator seal"],
            ["6 months", "Calibrate the load cells (section 8) and the density meter"],
            ["12 months", "Planoflux service: levitated pump and controller check, valve actuators"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-200", "PS-400"],
            ["Filter housing bowl", "PFX-FH-20", "PFX-FH-40"],
            ["Bowl O-ring", "PFX-OR-90", "PFX-OR-90"],
            ["Back-pressure regulator diaphragm", "PFX-RD-1", "PFX-RD-1"],
            ["Peroxide dosing pump diaphragm kit", "PFX-DK-2", "PFX-DK-4"],
            ["Agitator seal kit", "PFX-AS-20", "PFX-AS-40"],
            ["Leak sensor", "PFX-LS-1", "PFX-LS-1"],
            ["Loop pump head (exchange)", "PFX-LP-20", "PFX-LP-40"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The peroxide dosing pump is a bought-in diaphragm pump: its diaphragm is changed as set out in the dosing "
        "pump maker's manual. The loop pump head is exchanged complete by Planoflux service. Filter cartridges are "
        "ordered from the filter maker in the rating agreed with the slurry maker.",
    ),
]

# ---------------------------------------------------------------- Cylvara GC toxic gas cabinets
CYLVARA = [
    ("title", "Cylvara GC Toxic Gas Cabinets\nOperation and Maintenance Manual - GC-2 and GC-3"),
    (
        "p",
        "Document CYL-OM-GC-03, Edition 2, February 2025. Cylvara Gas Systems. The GC-2 and GC-3 are exhausted steel "
        "cabinets that hold compressed and liquefied toxic, corrosive and pyrophoric process gases and deliver them "
        "at a regulated pressure to the tools. The GC-2 holds one process cylinder and one nitrogen purge cylinder; "
        "the GC-3 holds two process cylinders with automatic changeover and one nitrogen purge cylinder. Each has a "
        "pneumatic cylinder valve actuator, a restrictive flow orifice, a high flow switch, a vacuum venturi for "
        "cycle purging and a controller with a touch panel. Apart from the values given for each model, the two "
        "cabinets are built alike. Gas detection in and around the cabinet, the sprinkler, the exhaust duct and "
        "fan, the seismic sensor and the emergency power are provided by the site, and the periodic inspection "
        "required by local rules is carried out by the inspector the site appoints. Cylinder handling and the "
        "safety data of each gas are the gas supplier's.",
    ),
    (
        "warn",
        "DANGER: Arsine, phosphine and other hydrides are lethal at very low concentrations. Only persons trained "
        "for the gas concerned may change cylinders, always two people, with the site's breathing apparatus at hand "
        "as its procedure requires. Never open a process line or a cylinder connection unless the exhaust shows at "
        "least -250 Pa and the purge has been completed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GC-2", "GC-3"],
            ["Cylinder positions", "1 process, 1 nitrogen purge", "2 process with automatic changeover, 1 nitrogen "
             "purge"],
            ["Cylinder size, largest", "49 L water capacity, 230 mm diameter, 1600 mm high",
             "49 L water capacity, 230 mm diameter, 1600 mm high"],
            ["Cabinet width x depth x height", "610 x 380 x 2140 mm", "910 x 380 x 2140 mm"],
            ["Exhaust flow at -250 Pa", "8 m³/min", "12 m³/min"],
            ["Face velocity at the open access window", "at least 1.0 m/s", "at least 1.0 m/s"],
            ["Maximum cylinder pressure", "15 MPa", "15 MPa"],
            ["Outlet regulator range", "0-1.0 MPa", "0-1.0 MPa"],
            ["Restrictive flow orifice, hydrides", "0.25 mm", "0.25 mm"],
            ["Process outlet", "1/4 in 316L EP, coaxial double-contained", "1/4 in 316L EP, coaxial "
             "double-contained"],
            ["Purge nitrogen supply and actuation air", "0.5-0.7 MPa", "0.5-0.7 MPa"],
            ["Power supply", "230 V 1~ 50 Hz, 0.5 kVA", "230 V 1~ 50 Hz, 0.6 kVA"],
            ["Mass, without cylinders", "280 kg", "390 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the cabinet door closed and locked while a process cylinder is connected. Routine readings are "
            "taken through the access window.",
            "Use a new gasket for every cylinder connection. CGA 350 nickel gaskets and VCR gaskets are single use.",
            "Never use a wrench extension on a cylinder valve. Open cylinder valves only with the actuator.",
            "Cylinders of gases that react with each other (for example silane and an oxidiser) must never share a "
            "cabinet.",
            "Leave the cabinet after any gas alarm and follow the site's emergency procedure. The cabinet is "
            "re-entered only when the site's gas detection shows clear.",
        ],
    ),
    ("h", "3. Purge, changeover and exhaust settings"),
    (
        "cols",
        [
            ("h", "Cycle purge"),
            (
                "p",
                "Each cycle pulls the pigtail to -80 kPa or lower with the venturi, then fills it with nitrogen to "
                "0.5 MPa. Before a cylinder is disconnected and after a new one is connected, run at least 20 cycles "
                "for toxic and corrosive gases (arsine, phosphine, chlorine, hydrogen chloride, ammonia) and at "
                "least 10 cycles for inert gases. The controller will not accept fewer. Purge counts for pyrophoric "
                "gases (silane) are set by the site's gas safety officer and entered in the gas set-up.",
            ),
            ("h", "Leak test"),
            (
                "p",
                "After the post-connection purge the pigtail is held at 0.7 MPa nitrogen. The pressure must not "
                "fall by more than 0.01 MPa in 10 min (G08 otherwise). Then check each fitting with the site's "
                "helium leak detector: no more than 1.0E-9 Pa m³/s.",
            ),
            ("h", "Automatic changeover (GC-3)"),
            (
                "p",
                "For compressed gases the GC-3 changes to the standby cylinder when the cylinder pressure falls "
                "below 0.5 MPa (default, settable 0.3-2.0 MPa). For liquefied gases (ammonia, chlorine, hydrogen "
                "chloride) the pressure tells nothing about the contents: fit the scale option CYL-SC-3 and change "
                "over at 10 % of the net fill.",
            ),
            ("h", "High flow shutdown"),
            (
                "p",
                "The high flow switch closes the cylinder valve when the flow exceeds 150 % of the maximum flow set "
                "for the gas for more than 2 s (G03).",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The exhaust pressure switch raises G01 when the cabinet is weaker than -100 Pa for 5 s, and the "
                "cabinet shuts down. Work on a process line needs at least -250 Pa. Measure the face velocity at the "
                "open access window every 6 months: average of 9 readings, at least 1.0 m/s.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Cabinet room 10-40 °C. Liquefied gases give their full flow only with the cylinder above 15 °C; "
                "use the heater jacket option below that.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["G01", "Exhaust low", "Weaker than -100 Pa for 5 s. Shutdown: cylinder valve and outlet valve close."],
            ["G02", "Gas detected", "Signal from the site's gas detection system. Shutdown."],
            ["G03", "High flow", "Flow above 150 % of the set maximum for 2 s: line break or tool valve failure. "
             "Shutdown."],
            ["G04", "Outlet pressure high", "More than 0.1 MPa above the regulator setting: regulator seat leak "
             "(creep)."],
            ["G05", "Cylinder pressure low", "Warning. The GC-3 changes over; the GC-2 needs a cylinder change."],
            ["G06", "Purge nitrogen low", "Below 0.45 MPa. Purging and valve actuation are blocked."],
            ["G08", "Leak test failed", "Fall of more than 0.01 MPa in 10 min. Check the gasket and the pigtail "
             "nut, purge and test again."],
            ["G09", "Door open", "Door opened while a process cylinder is on line. Warning; the window does not "
             "raise it."],
            ["G10", "Flame detected", "UV/IR flame detector (silane option). Shutdown."],
            ["G11", "Seismic", "Signal from the site's seismic sensor. Shutdown."],
            ["G12", "Emergency off", "EMO pressed at the cabinet or at a remote station. Shutdown."],
            ["G13", "Venturi vacuum low", "Not below -80 kPa within 60 s during a purge."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Purge does not pull down to vacuum during a cylinder change", "Purge nitrogen to the venturi low, "
             "cylinder valve not fully closed, venturi exhaust blocked", "Check the purge supply (0.5-0.7 MPa) and "
             "the cylinder valve; clean the venturi CYL-VG-1"],
            ["Tool pressure sags though the cylinder is full", "Liquefied gas cylinder cold, inlet filter clogged",
             "Check the cylinder temperature (above 15 °C); replace the inlet filter"],
            ["Outlet pressure creeps up overnight with no flow", "Regulator seat leaking (creep)", "Isolate the "
             "cabinet and call Cylvara service to exchange the regulator"],
            ["Exhaust alarm whenever the window is opened", "Exhaust too weak for the open window", "Have the site "
             "check the damper and the duct; measure the face velocity"],
            ["Pneumatic valves do not open", "Actuation air below 0.5 MPa, solenoid valve fault, interlock active",
             "Check the air supply and the active messages"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a process cylinder"),
    (
        "ol",
        [
            "Inform the tool owners and the site's gas safety officer. Check that the exhaust shows -250 Pa or "
            "stronger and that the site's gas detection shows clear.",
            "Select CHANGE CYLINDER on the panel and the position (GC-3: the empty one).",
            "The controller closes the cylinder valve and runs the pre-disconnect purge: at least 20 cycles for "
            "toxic and corrosive gases.",
            "Open the door, close the cylinder valve handwheel by hand as a second barrier and remove the actuator.",
            "Loosen the pigtail nut slowly and remove the pigtail. Fit the cap on the pigtail and the outlet cap on "
            "the cylinder valve at once.",
            "Release the cylinder strap and remove the empty cylinder with the cylinder trolley.",
            "Place the full cylinder, check its label against the gas set-up, and fit both straps.",
            "Remove the outlet cap, fit a new gasket and connect the pigtail. Tighten the CGA nut to 40 Nm or the "
            "VCR nut 1/8 turn past finger tight (1/4 in).",
            "Refit the actuator and close the door.",
            "Confirm on the panel: the controller runs the post-connection purge and the leak test (0.7 MPa, no "
            "more than 0.01 MPa fall in 10 min).",
            "Check the fittings with the helium leak detector.",
            "Open the cylinder from the panel and check the cylinder and outlet pressures.",
            "Enter the cylinder serial number and record the change.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the cylinder and outlet pressures and the exhaust through the window; check for messages"],
            ["Monthly", "Test the emergency off, the exhaust switch and the high flow shutdown with the site's gas "
             "safety officer"],
            ["6 months", "Measure the face velocity at the access window; check the venturi"],
            ["2 years or 100 cylinder changes, whichever comes first", "Replace the pigtails"],
            ["12 months", "Cylvara service: regulator and valve seat check, controller functions"],
            ["5 years", "Cylvara service: exchange the regulator and the pneumatic valves"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "GC-2", "GC-3"],
            ["Pigtail CGA 350 (arsine, phosphine)", "CYL-PT-350", "CYL-PT-350 (2 needed)"],
            ["Pigtail CGA 632 (silane)", "CYL-PT-632", "CYL-PT-632 (2 needed)"],
            ["Pigtail CGA 660 (chlorine, hydrogen chloride, ammonia)", "CYL-PT-660", "CYL-PT-660 (2 needed)"],
            ["Nickel gasket CGA 350, pack of 10", "CYL-GW-350", "CYL-GW-350"],
            ["Restrictive flow orifice insert 0.25 mm", "CYL-RF-025", "CYL-RF-025"],
            ["Venturi generator", "CYL-VG-1", "CYL-VG-1"],
            ["Inlet filter element", "CYL-IF-2", "CYL-IF-2"],
            ["Outlet regulator", "CYL-RG-10", "CYL-RG-10"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The outlet regulator and the pneumatic valves of the gas panel are exchanged by Cylvara service only; the "
        "user does not open the gas panel. Gas detector types and alarm levels are set by the site's gas detection "
        "system.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("teravind-dx-wafer-dicing-saw.pdf", "Teravind TVD-OM-DX-04 Ed 3 - DX-200 / DX-300", TERAVIND),
        ("bondquist-bq-ball-wire-bonder.pdf", "Bondquist BQI-OM-580-02 Ed 2 - BQ-580", BONDQUIST),
        ("planoflux-ps-cmp-slurry-supply-unit.pdf", "Planoflux PFX-OM-PS-07 Ed 1 - PS-200 / PS-400", PLANOFLUX),
        ("cylvara-gc-toxic-gas-cabinet.pdf", "Cylvara CYL-OM-GC-03 Ed 2 - GC-2 / GC-3", CYLVARA),
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
