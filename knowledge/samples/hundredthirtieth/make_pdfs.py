"""Generate the PDF manuals of the hundred-and-thirtieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set130-scratch/venv && /tmp/set130-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set130-scratch/venv/bin/python knowledge/samples/hundredthirtieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second set's
make_pdfs.py; everything else is new.
"""

import sys
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


# ---------------------------------------------------------------- Messkor MXL laser diameter gauges
MESSKOR = [
    (
        "title",
        "Messkor MXL Two-Axis Laser Diameter Gauges\nInstallation, Operation and Maintenance - MXL-25 and MXL-60",
    ),
    (
        "p",
        "Document MSK-OM-MXL-04, Edition 3, March 2025. Messkor Optronics. The MXL-25 and MXL-60 are scanning laser "
        "gauges that measure the outside diameter of wire and cable on a running line in two axes at 90° (X and Y) "
        "and calculate the mean diameter and the ovality. They are used after the cooling trough of insulation and "
        "sheathing lines, and after drawing and stranding machines. The MXL-25 is for small products (wire, "
        "building wire, data cable cores), the MXL-60 for power cables and sheaths. Apart from the measuring range "
        "and the values given for each model in this manual, the two heads are built alike and use the same "
        "display unit MXD-2. Lump and neck detection is done by the separate flaw detector head FDX, which has its "
        "own manual; the integration into the line control is the line builder's.",
    ),
    (
        "warn",
        "CAUTION: Class 2 laser product (650 nm, below 1 mW). Do not stare into the beam and never look into it "
        "through a magnifier or other optical instrument. Never open the head: it holds no user-serviceable parts, "
        "and opening it voids the laser classification and the calibration.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MXL-25", "MXL-60"],
            ["Measuring range (diameter)", "0.2-25 mm", "1-60 mm"],
            ["Measuring field (clear opening of the head)", "30 mm", "65 mm"],
            [
                "Central zone in which the stated accuracy holds",
                "±10 mm from the field centre",
                "±25 mm from the field centre",
            ],
            ["Scan rate per axis", "1200 scans/s", "800 scans/s"],
            ["Display resolution", "0.1 µm", "0.5 µm"],
            ["Repeatability (±2 sigma, 1 s average)", "±0.3 µm", "±1.5 µm"],
            ["Accuracy, D = diameter in mm", "±(0.5 µm + 0.01 % of D)", "±(2 µm + 0.02 % of D)"],
            ["Maximum line speed for the stated accuracy", "3000 m/min", "1500 m/min"],
            ["Supply", "24 V DC ±10 %, 15 W", "24 V DC ±10 %, 20 W"],
            ["Purge air (clean, dry, oil-free), at the head", "0.5-1.0 bar, 20 L/min", "0.5-1.0 bar, 40 L/min"],
            ["Guide rollers, distance before and after the head", "no more than 500 mm", "no more than 800 mm"],
            ["Ambient temperature in use", "0-45 °C", "0-45 °C"],
            ["Product surface temperature at the gauge", "up to 90 °C", "up to 90 °C"],
            ["Protection", "IP65", "IP65"],
            ["Outputs", "Ethernet, Profinet, 2 x 4-20 mA", "Ethernet, Profinet, 2 x 4-20 mA"],
            ["Head mass", "6.5 kg", "11 kg"],
        ],
        (64, 53, 53),
    ),
    (
        "p",
        "The stated accuracy holds only after a warm-up of 30 min, with the product inside the central zone, at an "
        "ambient temperature of 15-30 °C, with clean windows and at or below the maximum line speed. Example: a "
        "10 mm product on the MXL-25 is measured to ±(0.5 µm + 1.0 µm) = ±1.5 µm. Product hotter than 90 °C at the "
        "gauge must not be measured. The gauge measures the diameter as it is at the gauge: a warm product is "
        "larger than it will be when cold. The shrinkage factor from the hot to the cold diameter depends on the "
        "material and the line and is set by the site's process engineer; this manual does not give it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep hands out of the measuring field while the line runs: the product can run at up to 50 m/s.",
            "Lock out the line before moving the head on its slide or changing guide rollers.",
            "Use only the purge air supplied through the filter regulator; workshop air with oil coats the windows.",
            "The scanner motor and the laser module are exchanged by Messkor service only.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Tolerance limits"),
            (
                "p",
                "Enter the nominal diameter and the upper and lower tolerance. A warning shows when the mean "
                "diameter leaves the inner band, by default 50 % of the tolerance (settable 10-90 %). The alarm relay "
                "switches at the tolerance limit itself.",
            ),
            ("h", "Averaging"),
            (
                "p",
                "Default 100 scans, settable 1-1000. The length of product over which one reading is averaged is: "
                "averaging length (m) = line speed (m/s) x number of scans / scan rate (scans/s). Example, MXL-25 at "
                "3000 m/min (50 m/s) and 100 scans: 50 x 100 / 1200 = 4.2 m. Short defects are better seen with "
                "fewer scans; the FDX flaw detector is made for them.",
            ),
            ("h", "Ovality"),
            (
                "p",
                "Ovality (%) = (Dmax - Dmin) / Dnom x 100, where Dmax and Dmin are the larger and the smaller of the X "
                "and Y diameters. The ovality alarm is set to 2 % by default, settable 0.5-10 %.",
            ),
            ("h", "Purge air"),
            (
                "p",
                "The purge air keeps dust and steam off the windows. It must be at least 0.5 bar at the head; below "
                "0.3 bar for 5 s the gauge shows D09. Never set more than 1.0 bar: the air jets deflect thin products "
                "and make them vibrate.",
            ),
            ("h", "Product guidance"),
            (
                "p",
                "Fit guide rollers no more than 500 mm (MXL-25) or 800 mm (MXL-60) before and after the head. The "
                "product must not vibrate out of the central zone. On insulation lines the product must be blown dry "
                "by an air wipe before the head: water droplets read as upward spikes.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The head compensates the temperature of its own housing. It does not compensate the temperature of "
                "the product (see section 1).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "D01",
                "Laser power low",
                "Laser module ageing or its supply faulty. Readings are blocked. Call Messkor service.",
            ],
            [
                "D02",
                "Scanner speed",
                "Scanner motor speed out of tolerance. Let the head warm up; if it stays, call Messkor service.",
            ],
            [
                "D03",
                "Window dirty",
                "Signal level below 60 % on one axis. Clean the windows (section 9); check the purge air.",
            ],
            [
                "D04",
                "Product out of field",
                "Product outside the measuring field or outside the central zone for more than 2 s.",
            ],
            ["D05", "No product", "No shadow seen on either axis: line empty or product broken."],
            [
                "D06",
                "Head temperature",
                "Housing above 50 °C inside. Check the ambient and shield the head from radiant heat.",
            ],
            ["D07", "Supply low", "Supply below 21.6 V at the head. Check the power supply and the cable."],
            [
                "D09",
                "Purge air low",
                "Purge air below 0.3 bar for 5 s. Check the filter regulator and the filter element.",
            ],
            [
                "D10",
                "Calibration check failed",
                "A pin check was outside its limits twice (section 8). Call Messkor service.",
            ],
            ["D11", "Communication", "No data exchange with the display unit or the line control for 1 s."],
            ["D12", "Scanner hours", "20 000 h of scanner running. Scanner motor exchange by Messkor service."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Reading drifts slowly upward during a shift while the product checks correct",
                "Dirt, talc or emulsion film building up on the windows; purge air too low",
                "Clean the windows (section 9); check that the purge air is at least 0.5 bar",
            ],
            [
                "Short upward spikes in the reading",
                "Water droplets or dust on the product",
                "Check the air wipe before the head",
            ],
            [
                "Ovality alarm on a product known to be round",
                "Product running outside the central zone, or guide rollers too far from the head",
                "Centre the head on the pass line; move the guide rollers closer (section 3)",
            ],
            [
                "Gauge reads higher than the micrometer on soft PVC",
                "The micrometer anvils press into soft insulation; the product is still warm at the gauge",
                "Compare on cold product with a low-force method; do not adjust the gauge",
            ],
            [
                "Reading noisy only at top line speed",
                "Product vibration; averaging set too short",
                "Check the guide rollers; increase the averaging",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Installing the head"),
    (
        "ol",
        [
            "Mount the head on the stand supplied, with the product pass line through the centre of the measuring "
            "field.",
            "Align the head square to the product; the arrow on the head points in the direction of travel.",
            "Fit guide rollers no more than 500 mm (MXL-25) or 800 mm (MXL-60) before and after the head.",
            "Connect the purge air through the filter regulator supplied and set 0.5-1.0 bar.",
            "Connect the 24 V supply and the data cable MSK-C10 to the display unit.",
            "Switch on and let the head warm up for 30 min before any measurement or check.",
            "Carry out the calibration check (section 8) and record it as the installation check.",
        ],
    ),
    ("h", "7. Daily checks"),
    (
        "ul",
        [
            "Look at the windows through the product opening; clean them if a film can be seen.",
            "Check that the purge air gauge reads 0.5-1.0 bar.",
            "Check that the signal level (SERVICE > SIGNAL) is at least 80 % on both axes.",
        ],
    ),
    ("h", "8. Calibration check with reference pins"),
    (
        "ol",
        [
            "Stop the line, or move the head to its park position on the slide.",
            "Make sure the head has been on for at least 30 min, and clean both windows.",
            "Wear the cotton gloves supplied and handle the pins by their ends only: the warmth of a hand expands "
            "the pin.",
            "Wipe the pins with the lint-free cloth.",
            "Insert the small pin in the pin holder at the centre of the field: 2.000 mm (MXL-25) or 10.000 mm "
            "(MXL-60).",
            "Select SERVICE > PIN CHECK and enter the certificate value of the pin.",
            "Read the mean over 10 s. The deviation from the certificate value must be within ±0.7 µm (2.000 mm pin) "
            "or ±4 µm (10.000 mm pin).",
            "Repeat with the large pin: 20.000 mm (MXL-25) or 50.000 mm (MXL-60). Limits ±2.5 µm and ±12 µm.",
            "Turn the pin holder by 45° and repeat step 8: both axes must agree within the same limits.",
            "If a check fails, clean the windows and the pins and repeat once. If it fails again the gauge shows D10: "
            "stop using the readings for release and call Messkor service.",
            "Record the results; the display unit also stores the last 50 checks.",
        ],
    ),
    ("h", "9. Cleaning the windows"),
    (
        "ol",
        [
            "Set the gauge to HOLD so that the line control does not receive false alarms.",
            "Blow loose dust off with the purge air, never with workshop air from a blow gun.",
            "Wipe each window with a lens tissue moistened with isopropyl alcohol, from the centre outwards, one "
            "tissue per wipe.",
            "Never use acetone or abrasive cloths: the windows are coated.",
            "Check the signal level: at least 80 % on both axes.",
            "If the signal stays below 80 % after cleaning, the window is scratched: replace it (window set MSK-W25 "
            "or MSK-W60).",
            "Set the gauge back to MEASURE.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Look at the windows; check the purge air pressure"],
            ["Weekly, or daily on lines with talc or emulsion", "Clean the windows (section 9)"],
            ["Monthly", "Calibration check with the reference pins (section 8)"],
            ["12 months", "Replace the purge air filter element MSK-AF1"],
            ["24 months", "Have the reference pins recertified by an accredited calibration laboratory"],
            ["20 000 h of scanner running (D12)", "Scanner motor exchange, by Messkor service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MXL-25", "MXL-60"],
            ["Window set (4 windows, coated)", "MSK-W25", "MSK-W60"],
            ["Reference pin set (2 pins with holder and certificate)", "MSK-RP25", "MSK-RP60"],
            ["Purge air filter element", "MSK-AF1", "MSK-AF1"],
            ["Data cable, 10 m", "MSK-C10", "MSK-C10"],
            ["Guide roller pair", "MSK-GR25", "MSK-GR60"],
            ["Stand with slide and park position", "MSK-ST25", "MSK-ST60"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Azovell NCS nitrogen systems for CCV lines
AZOVELL = [
    ("title", "Azovell NCS Nitrogen Systems for CCV Lines\nOperation and Maintenance Manual - NCS-110 and NCS-220"),
    (
        "p",
        "Document AZV-OM-NCS-02, Edition 2, June 2024. Azovell Process Gas Systems. The NCS-110 and NCS-220 fill the "
        "curing tube of a catenary continuous vulcanisation (CCV) line with dry nitrogen, hold it at the curing "
        "pressure, circulate and cool the gas in the gas cooling section of the tube and separate the by-products "
        "that the peroxide gives off while the XLPE insulation crosslinks (mainly methane, acetophenone and cumyl "
        "alcohol). The NCS-110 serves lines for cables up to 110 kV, the NCS-220 lines for cables up to 220 kV. "
        "Apart from the values given for each model, the two skids are built alike. The heating of the tube, the "
        "catenary control, the splice box and the tube seals belong to the CCV line and are described in its own "
        "manual. The liquid nitrogen tank, the evaporator and the supply line up to the inlet flange of the skid are "
        "the gas supplier's and the site's; this manual does not size them.",
    ),
    (
        "warn",
        "DANGER: Nitrogen displaces the oxygen in the air without warning: one breath of pure nitrogen can cause "
        "unconsciousness. Never enter the NCS room when the room oxygen alarm (G12) is on, and never enter or lean "
        "into the curing tube or the splice box unless the site's confined space permit has been issued.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NCS-110", "NCS-220"],
            ["CCV lines for cables up to", "110 kV", "220 kV"],
            ["Curing tube nominal bore", "DN 200", "DN 250"],
            ["Tube length served (heating and gas cooling sections)", "up to 160 m", "up to 190 m"],
            ["Tube pressure, settable (default)", "8-11 bar (10 bar)", "9-13 bar (12 bar)"],
            ["Design pressure of the skid", "16 bar", "18 bar"],
            ["Safety relief valve setting", "15 bar", "17 bar"],
            ["Nitrogen supply pressure at the inlet flange", "13-16 bar", "15-18 bar"],
            [
                "Nitrogen quality at the inlet",
                "at least 99.99 %, dew point -40 °C or lower, oil-free",
                "at least 99.99 %, dew point -40 °C or lower, oil-free",
            ],
            ["Circulation blower flow", "900 Nm³/h", "1500 Nm³/h"],
            ["Circulation blower motor", "15 kW", "22 kW"],
            ["Gas cooler duty", "120 kW", "200 kW"],
            ["Cooling water flow (inlet no more than 25 °C)", "12 m³/h", "20 m³/h"],
            ["By-product separator volume", "40 L", "60 L"],
            ["Nitrogen consumption, steady running", "15-25 Nm³/h", "25-40 Nm³/h"],
            ["Oxygen analyser range (tube gas)", "0-1000 ppm", "0-1000 ppm"],
            ["Supply 400 V 3~ 50 Hz", "32 A", "50 A"],
            ["Mass of the skid, empty", "3200 kg", "4600 kg"],
        ],
        (64, 53, 53),
    ),
    (
        "p",
        "The pressure control holds the tube within ±0.2 bar of the setpoint only when the supply pressure at the "
        "inlet is at least 3 bar above the setpoint and the tube seals are in good condition. The consumption "
        "figures hold for a tube with seals in good condition and a by-product separator drained every shift; "
        "the first fill of the tube comes on top (section 3).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The NCS room has a fixed room oxygen monitor. It alarms (G12) below 19.5 % oxygen. Leave the room at once "
            "and do not go back until the site's safety officer has cleared it.",
            "The skid is pressure equipment. Never loosen a flange, a plug or a sensor while the skid is under "
            "pressure. Its periodic inspection, and the test of the relief valve, are done by the site's inspector "
            "to the national rules.",
            "The by-product liquid is flammable and smells strongly. Wear chemical gloves and goggles when draining it "
            "and keep naked flames away. Its disposal is the site's.",
            "Piping downstream of the tube can be hot (up to 120 °C) before the gas cooler.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Curing pressure"),
            (
                "p",
                "Default setpoint 10 bar (NCS-110) or 12 bar (NCS-220). Alarm G01 at 0.8 bar above and G02 at 0.8 bar "
                "below the setpoint. While there is hot insulation in the tube the pressure must not fall below "
                "7 bar: gases dissolved in the hot XLPE would form voids.",
            ),
            ("h", "Filling"),
            (
                "p",
                "Fill quantity (Nm³) = tube volume (m³) x (set pressure (bar) + 1). Tube volume (m³) = 0.785 x bore "
                "(m) x bore (m) x length (m). Example: a DN 200 tube 150 m long at 10 bar: 0.785 x 0.2 x 0.2 x 150 = "
                "4.71 m³, x 11 = about 52 Nm³. The NCS raises the pressure at no more than 2 bar/min.",
            ),
            ("h", "Purging"),
            (
                "p",
                "Before pressurising, purge with at least three tube volumes at 1-2 bar until the oxygen in the tube "
                "gas is below 300 ppm. Production may start only below 300 ppm. G04 alarms at 500 ppm.",
            ),
            ("h", "Dew point"),
            (
                "p",
                "The tube gas must have a dew point of -30 °C or lower. Above -30 °C the skid shows G05: water is "
                "getting into the gas, usually from the water cooling section or the seal water.",
            ),
            ("h", "Depressurising"),
            (
                "p",
                "Lower the pressure no faster than 1 bar per minute (default 0.8 bar/min). Never vent a tube with "
                "insulation in it faster than this, whatever the reason.",
            ),
            ("h", "Gas cooler"),
            (
                "p",
                "Cooling water inlet no more than 25 °C. Gas after the cooler no more than 45 °C; G06 at 50 °C. G09 "
                "when the water flow falls below 70 % of nominal: 8.4 m³/h (NCS-110) or 14 m³/h (NCS-220).",
            ),
            ("h", "By-product separator"),
            (
                "p",
                "Drain at least once per shift, and at once on G10. Peroxide by-products that are not drained "
                "condense in the cooler and the piping.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "G01",
                "Tube pressure high",
                "More than 0.8 bar above setpoint. Check the control valve. The relief valve lifts at 15 bar "
                "(NCS-110) or 17 bar (NCS-220).",
            ],
            [
                "G02",
                "Tube pressure low",
                "More than 0.8 bar below setpoint: seal leak at the splice box or the lower seal, supply pressure "
                "low, drain open.",
            ],
            [
                "G03",
                "Supply pressure low",
                "Inlet less than 3 bar above the setpoint. Tell the site; check the evaporator for icing.",
            ],
            ["G04", "Oxygen high", "Above 500 ppm in the tube gas. Purge again; find the air leak."],
            [
                "G05",
                "Dew point high",
                "Above -30 °C. Water in the gas: check the water cooling section and the seal water.",
            ],
            [
                "G06",
                "Gas temperature high",
                "Above 50 °C after the cooler: cooling water low or warm, or the cooler fouled.",
            ],
            ["G08", "Blower overload", "Motor protection tripped. Check for deposits on the impeller."],
            ["G09", "Cooling water flow low", "Below 70 % of nominal flow."],
            ["G10", "Separator level high", "Drain the separator at once (section 8)."],
            [
                "G11",
                "Relief valve lifted",
                "Pressure switch in the vent line. Find the cause; have the valve checked by the site's inspector "
                "before restarting.",
            ],
            ["G12", "Room oxygen low", "Below 19.5 % in the NCS room. Leave the room."],
            ["G13", "Service due", "8000 h since the last Azovell service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Nitrogen consumption well above the steady running figure",
                "Seal leak at the splice box or the lower seal, a leaking flange, or a drain valve left open",
                "Check the flanges and drains with leak spray; the tube seals are in the CCV line manual",
            ],
            [
                "Small voids or bubbles in the insulation after a pressure dip",
                "Pressure fell below 7 bar, or was vented too fast, with hot insulation in the tube",
                "Keep the pressure up; depressurise no faster than 1 bar per minute; check the G02 history",
            ],
            [
                "Yellow-brown sticky deposit in the cooler and the piping",
                "Peroxide by-products condensing; separator not drained often enough",
                "Drain the separator every shift; clean the cooler at the next stop",
            ],
            [
                "Tube pressure hunts up and down by about 0.5 bar",
                "Supply pressure at its lower limit, or a faulty control valve positioner",
                "Check that the supply is at least 3 bar above the setpoint; call Azovell for the positioner",
            ],
            [
                "Blower louder than usual, vibration",
                "Deposit on the impeller, worn bearings",
                "Stop at the next run end; clean the impeller; bearings by Azovell service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up: filling and purging"),
    (
        "ol",
        [
            "Check in the CCV line manual that the line is ready for filling: conductor threaded, splice box and seals "
            "closed.",
            "Check the supply pressure at the inlet: 13-16 bar (NCS-110) or 15-18 bar (NCS-220).",
            "Open the purge vent V11 and let nitrogen into the tube up to 1-2 bar.",
            "Purge with at least three tube volumes, refilling to 1-2 bar each time, until the oxygen reading is below "
            "300 ppm.",
            "Close V11 and select FILL: the skid raises the pressure to the setpoint at no more than 2 bar/min.",
            "Open the cooling water and start the circulation blower; check the water flow on the display.",
            "Wait until the pressure is steady within ±0.2 bar of the setpoint and the dew point is -30 °C or lower.",
            "Report READY to the line control. Tube heating may start only then (CCV line manual).",
        ],
    ),
    ("h", "7. Depressurising at the end of a run"),
    (
        "ol",
        [
            "Stop extrusion and switch off the tube heating as described in the CCV line manual; keep the nitrogen "
            "pressure.",
            "Keep the blower and the cooling water running so that the cable in the tube cools under pressure.",
            "Select VENT and check the venting rate: no more than 1 bar per minute (default 0.8 bar/min).",
            "Watch the pressure fall. At 0.5 bar the skid closes the vent and shows VENTED.",
            "Stop the blower and close the cooling water.",
            "Drain the by-product separator (section 8).",
            "Before anyone opens the splice box or the tube, blow the tube through with air from the line's air "
            "connection and check with a portable oxygen meter at the opening: at least 20.5 % oxygen.",
            "Opening the tube, and any entry, only under the site's confined space permit.",
        ],
    ),
    ("h", "8. Draining the by-product separator"),
    (
        "ol",
        [
            "Put on chemical gloves and goggles.",
            "Check the liquid level in the separator sight glass.",
            "Close the drain pot vent V23 and the pot outlet V24; open the drain valve V22 slowly. The liquid runs "
            "into "
            "the 10 L drain pot under tube pressure.",
            "Close V22 when the sight glass of the separator is empty or the pot is full.",
            "Open V23 to vent the pot to the vent header; wait until the pot gauge reads 0 bar.",
            "Place the earthed metal can under V24 and empty the pot through V24.",
            "Close V24 and V23. Repeat from step 3 until the separator is empty.",
            "Hand the can to the site's waste handling; write the quantity in the shift log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Drain the by-product separator (section 8); note consumption and dew point"],
            ["Weekly", "Test the room oxygen monitor with its test button"],
            [
                "Monthly",
                "Check the tube gas oxygen analyser with zero gas (pure nitrogen) and span gas (500 ppm oxygen in "
                "nitrogen)",
            ],
            ["3 months or 2000 h, whichever comes first", "Replace the gas filter element"],
            ["12 months", "Clean the gas cooler; have the room oxygen monitor calibrated by its maker's service"],
            [
                "To the national rules",
                "Inspection of the skid as pressure equipment and test of the relief valve, by the site's inspector",
            ],
            ["8000 h (G13)", "Azovell service: blower bearings, control valve, sensors"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "NCS-110", "NCS-220"],
            ["Gas filter element", "AZV-GF-110", "AZV-GF-220"],
            ["Blower bearing set", "AZV-BB-15", "AZV-BB-22"],
            ["Control valve trim kit", "AZV-CV-110", "AZV-CV-220"],
            ["Oxygen sensor cell (tube gas analyser)", "AZV-OX-1", "AZV-OX-1"],
            ["Dew point sensor", "AZV-DP-1", "AZV-DP-1"],
            ["Drain pot sight glass with gaskets", "AZV-SG-10", "AZV-SG-10"],
            ["Safety relief valve, set and sealed", "AZV-RV-15", "AZV-RV-17"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Resonara RSX series resonant AC test systems
RESONARA = [
    ("title", "Resonara RSX Series Resonant AC Test Systems\nOperating Manual - RSX-260 and RSX-400"),
    (
        "p",
        "Document RSN-OM-RSX-05, Edition 1, February 2025. Resonara High Voltage Test Systems. The RSX-260 and RSX-400 "
        "are variable frequency series resonant test systems for AC voltage tests on lengths of medium and high "
        "voltage cable in the test bay of a cable plant. A frequency converter feeds an exciter transformer; two "
        "oil-filled reactor modules in series resonate with the capacitance of the cable under test, so that the "
        "supply only has to cover the losses. Apart from the values given for each model, the two systems are built "
        "alike and use the same control desk. The test voltage, the test duration and the acceptance criteria of "
        "each test come from the test order (the cable specification or the applicable standard) and are not given "
        "here. Partial discharge (PD) measurement, where it is done, uses a separate PD measuring system with its "
        "own manual and calibrator.",
    ),
    (
        "warn",
        "DANGER: Lethal voltage. Only test personnel authorised under the site's high voltage safety rules may operate "
        "the system. Never enter the test area unless the motorised earthing switch is closed and the EARTHED lamp "
        "is on. A cable stays charged after a test and can recharge itself: earth it before touching it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RSX-260", "RSX-400"],
            ["Maximum test voltage", "260 kV", "400 kV"],
            ["Rated current", "15 A", "10 A"],
            ["Rated power", "3900 kVA", "4000 kVA"],
            ["Frequency range", "20-300 Hz", "20-300 Hz"],
            ["Reactor modules", "2 x 130 kV, 69 H each (138 H in series)", "2 x 200 kV, 159 H each (318 H in series)"],
            ["Load capacitance at full voltage, including the divider", "2.0 nF to 0.46 µF", "0.9 nF to 0.20 µF"],
            ["Duty at rated current", "60 min, then 60 min off", "30 min, then 90 min off"],
            ["Current allowed continuously", "50 % of rated current", "40 % of rated current"],
            ["Voltage divider", "1000 pF, ±1 %", "600 pF, ±1 %"],
            ["PD background level at full voltage", "below 2 pC", "below 3 pC"],
            ["Reactor oil (mineral insulating oil) per module", "1800 L", "2600 L"],
            ["Reactor module mass with oil", "5.8 t", "8.2 t"],
            ["Minimum clearance, HV parts to earthed objects", "1.3 m", "2.2 m"],
            ["Supply 400 V 3~ 50 Hz, fuse", "160 A gG", "200 A gG"],
        ],
        (64, 53, 53),
    ),
    (
        "p",
        "The PD background level holds only with the corona rings fitted, all metal in the test area earthed and the "
        "clearances kept. The duty values hold at an ambient temperature up to 30 °C; above it the reactor oil "
        "reaches its limit sooner.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The test area fence, its gates, the warning lights and the emergency stops are part of the site's test "
            "bay "
            "and must be interlocked with the control desk. Test each interlock monthly.",
            "Keep the clearance of section 1 from every HV part (lead, termination, corona ring) to any earthed "
            "object, "
            "including the fence.",
            "Use only the Resonara earthing stick of the model. Check it, its cable and its clamp before each test "
            "day.",
            "Cable ends under test must be fitted with terminations suited to the test voltage; water terminations "
            "must "
            "be filled and their water must be clean.",
        ],
    ),
    ("h", "3. Test settings and limits"),
    (
        "cols",
        [
            ("h", "Resonant frequency"),
            (
                "p",
                "f = 1 / (2 x pi x sqrt(L x C)), with L the total reactor inductance in henry and C the load "
                "capacitance in farad (cable plus divider). Example: 1.5 km of cable at 0.21 µF/km (0.315 µF) plus the "
                "divider (0.001 µF) on the RSX-260: sqrt(138 x 0.316 x 10^-6) = 0.00660, f = 24.1 Hz.",
            ),
            ("h", "Current"),
            (
                "p",
                "I = 2 x pi x f x C x U. In the example, at 100 kV: 2 x pi x 24.1 x 0.316 x 10^-6 x 100 000 = 4.8 A, "
                "well below the rated current.",
            ),
            ("h", "Tuning"),
            (
                "p",
                "On TUNE the system searches the resonance from 300 Hz downwards at no more than 5 % of the set test "
                "voltage. If there is none between 20 and 300 Hz it stops with R05.",
            ),
            ("h", "Ramp and hold"),
            (
                "p",
                "Voltage ramp default 2 kV/s, settable 0.5-10 kV/s, up and down. The hold timer starts when the "
                "voltage "
                "is within ±1 % of the set value and the voltage is held within ±1 % during the hold. Timer accuracy "
                "±1 s.",
            ),
            ("h", "Protection"),
            (
                "p",
                "A voltage drop of more than 20 % within one cycle is taken as a breakdown or flashover (R03); the "
                "exciter is switched off within 10 ms. Overcurrent trips at 105 % of the rated current (R04).",
            ),
            ("h", "Quality factor"),
            (
                "p",
                "Q = test power (kVA) / active power drawn by the exciter (kW). With a clean cable and good "
                "terminations Q is usually 40-120. Below 20 the set voltage cannot be reached (R11).",
            ),
            ("h", "Reactor oil temperature"),
            (
                "p",
                "Warning at 80 °C on the display, trip at 85 °C (R06).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Interlock open", "Test area gate open or emergency stop pressed."],
            [
                "R02",
                "Earthing switch closed",
                "The motorised earthing switch is closed or its position contact is faulty.",
            ],
            [
                "R03",
                "Flashover",
                "Voltage collapsed: breakdown of the cable, flashover at a termination or across a clearance.",
            ],
            ["R04", "Overcurrent", "Current above 105 % of the rated current."],
            [
                "R05",
                "Tuning failed",
                "No resonance between 20 and 300 Hz: load capacitance above 0.46 µF (RSX-260) or 0.20 µF (RSX-400), "
                "below the minimum, or the HV lead open.",
            ],
            ["R06", "Reactor oil temperature", "Above 85 °C. Let the reactors cool; keep to the duty of section 1."],
            ["R07", "Converter temperature", "Heat sink above 75 °C. Clean the cabinet filter mats."],
            ["R08", "Divider signal lost", "Measuring cable unplugged or damaged."],
            ["R10", "Supply fault", "A phase missing or the supply outside 400 V ±10 %."],
            [
                "R11",
                "Voltage not reached",
                "Quality factor below 20: corona, leakage at a wet termination, or a poor HV connection.",
            ],
            ["R12", "Service due", "12 months since the last Resonara service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Tuning fails on a long cable length (R05)",
                "Load capacitance too high for the reactors",
                "Work out the load capacitance: at 0.21 µF/km the RSX-260 covers about 2.1 km and the RSX-400 about "
                "0.9 km. Test a shorter length, or ask Resonara",
            ],
            [
                "Voltage will not rise to the set value, hissing at a cable end (R11)",
                "Corona at the termination or the HV lead; wet or dirty termination",
                "Fit the corona rings; clean and dry the termination; check its water",
            ],
            [
                "Trip (R03) at the same voltage each time, no fault found in the cable",
                "Flashover at a termination, or a clearance too small",
                "Check the clearances (1.3 m or 2.2 m); check the termination",
            ],
            [
                "Loud hum from the reactors at low frequency",
                "Normal at 20-30 Hz",
                "No action if the oil temperature is normal",
            ],
            [
                "PD background level too high",
                "Unearthed metal in the test area, sharp edges on the HV side, poor earth connection",
                "Earth all metal parts, fit corona rings; see the PD system's manual",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Preparing a test"),
    (
        "ol",
        [
            "Read the test order: test voltage, hold time, cable length and capacitance per km (from the cable design "
            "data).",
            "Work out the load capacitance, check that it is within the range of section 1 and work out the expected "
            "frequency and current (section 3).",
            "With the earthing switch closed, connect the HV lead to the conductor under test; connect the metallic "
            "screen and all other conductors to earth.",
            "Fit the terminations and the corona rings.",
            "Check the clearance from all HV parts to earthed objects: at least 1.3 m (RSX-260) or 2.2 m (RSX-400).",
            "Clear the test area, close the gates and check the warning lights.",
            "Open the earthing switch from the control desk.",
        ],
    ),
    ("h", "7. Running an AC voltage test"),
    (
        "ol",
        [
            "Enter the test voltage, the hold time and the ramp rate (default 2 kV/s).",
            "Press TUNE. The system finds the resonance and shows the frequency and the expected current.",
            "Check that the frequency is between 20 and 300 Hz and that the expected current at the test voltage is "
            "below the rated current.",
            "Press START. The voltage rises at the set ramp rate.",
            "The hold timer starts when the voltage is within ±1 % of the set value. Watch voltage, current and, if "
            "measured, PD.",
            "At the end of the hold time the voltage ramps down; the converter switches off below 1 kV.",
            "Save or print the test record.",
        ],
    ),
    ("h", "8. Discharging and earthing after the test"),
    (
        "ol",
        [
            "Wait until the display shows 0 kV and CONVERTER OFF.",
            "Close the motorised earthing switch from the desk and check that the EARTHED lamp is on.",
            "Enter the test area only when the EARTHED lamp is on.",
            "Touch the conductor at each end of the cable with the earthing stick before anyone touches it.",
            "Leave the earthing stick, or a fixed earth connection, on for at least 5 min, or for as long as the "
            "voltage was applied, whichever is longer.",
            "Only then disconnect the HV lead.",
            "Keep the conductors shorted and earthed until the cable leaves the test bay: it can build up charge "
            "again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each test day", "Check the earthing stick, its cable and clamp; check the warning lights"],
            ["Monthly", "Test each gate interlock and emergency stop: each must stop the test with R01"],
            ["3 months", "Clean or replace the filter mats of the converter cabinet"],
            [
                "12 months (R12)",
                "Resonara service; oil sample from each reactor module, taken by Resonara service or the site's oil "
                "laboratory",
            ],
            ["24 months", "Calibration of the voltage divider by an accredited laboratory"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RSX-260", "RSX-400"],
            ["Earthing stick with 10 m cable and clamp", "RSN-ES-260", "RSN-ES-400"],
            ["Corona ring for the HV lead", "RSN-CR-260", "RSN-CR-400"],
            ["HV connection lead", "RSN-HL-260", "RSN-HL-400"],
            ["Filter mat set, converter cabinet", "RSN-FM-1", "RSN-FM-1"],
            ["Gate interlock switch", "RSN-DI-2", "RSN-DI-2"],
            ["Divider measuring cable, 20 m", "RSN-DC-20", "RSN-DC-20"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ziehmont UDP-6 ultrasonic die polishing machine
ZIEHMONT = [
    ("title", "Ziehmont UDP-6 Ultrasonic Die Polishing Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document ZMT-OM-UDP6-03, Edition 2, October 2024. Ziehmont Die Service Equipment. The UDP-6 polishes the "
        "bores of wire drawing dies in the die shop of a wire plant. It has six independent stations. At each "
        "station a steel needle, vibrated at ultrasonic frequency and moved up and down through the die, works a "
        "diamond slurry against the die while the die turns. The machine removes ring wear and restores the "
        "surface of the reduction cone and the bearing of tungsten carbide (TC) and polycrystalline diamond (PCD) "
        "dies. It polishes the existing profile: the die profile (reduction angle, bearing length, back relief) is "
        "set by the die maker, and re-sizing a die to the next size (recutting) is not done on this machine. The die "
        "inspection microscope used with it has its own manual.",
    ),
    (
        "warn",
        "WARNING: Never touch the needle or the horn while the ultrasonic runs: the needle tip gets hot and cuts. The "
        "generator output to the transducer is up to 1 kV: never unplug the HF cable with the station switched on.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Stations", "6, each with its own generator, stroke drive and die rotation"],
            ["Die types", "Tungsten carbide (TC) and polycrystalline diamond (PCD) drawing dies"],
            ["Bore range", "TC 0.50-6.00 mm, PCD 0.10-3.00 mm"],
            ["Die casing outside diameter", "25 mm or 43 mm; other casings with an adapter ring from Ziehmont"],
            ["Ultrasonic frequency", "20 kHz, automatic tracking within 19.5-20.5 kHz"],
            ["Ultrasonic power", "up to 100 W per station"],
            ["Needle stroke", "0-40 mm, 10-120 strokes/min"],
            ["Die rotation", "30-300 rpm, direction reversing every 10-60 s"],
            ["Needles", "hardened steel wire, 0.08-4.5 mm diameter"],
            ["Diamond slurry grits", "1, 3, 6, 10, 20 and 40 µm, water-based carrier"],
            ["Slurry tank per station", "0.5 L"],
            ["Compressed air", "6 bar (at least 5 bar), 50 L/min"],
            ["Supply", "230 V 1~ 50 Hz, 1.2 kW"],
            ["Noise with the covers closed", "below 70 dB(A)"],
            ["Mass", "185 kg"],
        ],
        (60, 110),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run the ultrasonic with the station cover open only in SET mode, and wear hearing protection then.",
            "Diamond slurry irritates skin and eyes: wear nitrile gloves and safety glasses when filling, draining and "
            "cleaning.",
            "Switch off the station before reaching into it. The cover interlock (U09) stops the ultrasonic, the "
            "stroke and the rotation.",
            "The horn and the transducer are tuned as a pair. Exchanging them, and checking the transducer, is done by "
            "Ziehmont service only.",
        ],
    ),
    ("h", "3. Polishing settings"),
    (
        "cols",
        [
            ("h", "Needle"),
            (
                "p",
                "For the reduction cone use a needle of 0.6-0.8 x the bore diameter; for the bearing and the back "
                "relief, 0.9 x the bore. Example: a 2.00 mm bore takes a 1.2-1.6 mm needle for the cone and a 1.8 mm "
                "needle for the bearing. Use a separate needle for each grit.",
            ),
            ("h", "Needle length"),
            (
                "p",
                "Free length below the horn tip 45 mm ±1 mm. After every needle change run AUTO TUNE.",
            ),
            ("h", "Stroke"),
            (
                "p",
                "Set the top and bottom points so that the needle tip passes through the zone being polished and "
                "1-2 mm beyond it. Stroke rate 40-80 strokes/min for the cone, 80-120 for the bearing.",
            ),
            ("h", "Grits and times, TC dies"),
            (
                "p",
                "For TC dies with bores of 1-3 mm: 20 µm for 3-5 min (removes the wear ring), 6 µm for 2-3 min, "
                "1 µm for 1-2 min (finish). Die rotation 100-150 rpm.",
            ),
            ("h", "PCD dies"),
            (
                "p",
                "For PCD dies use 40 µm, 10 µm and 3 µm; times are about three times those for TC. Die rotation "
                "60-100 rpm. Settings for natural diamond dies are given by Ziehmont on request.",
            ),
            ("h", "Bore growth"),
            (
                "p",
                "A full sequence (three grits) removes about 2-5 µm from the bore diameter of a TC die. Measure the "
                "bore after each sequence. When the bore is larger than the nominal size by more than the size "
                "tolerance of the wire drawn through it, the die must be re-sized to the next size.",
            ),
            ("warn", "Never run the ultrasonic dry for more than 10 s: the die must stay flooded with slurry."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "U01",
                "No resonance",
                "Generator cannot track within 19.5-20.5 kHz: needle length wrong, needle loose, horn cracked.",
            ],
            ["U02", "No load", "Needle broken or not touching the die."],
            ["U03", "Overload", "Power above 110 W: needle jammed, or needle too thick for the bore."],
            ["U04", "Rotation stalled", "Die holder blocked or its belt slipping."],
            ["U05", "Stroke drive fault", "Stroke slide blocked or a limit switch faulty."],
            ["U07", "Air pressure low", "Below 5 bar at the machine."],
            ["U08", "Slurry low", "Slurry tank of the station below its minimum mark."],
            ["U09", "Cover open", "Station cover open outside SET mode."],
            [
                "U10",
                "Service due",
                "2000 h of ultrasonic running on the station: transducer check by Ziehmont service.",
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
                "Fine rings or scratches in the bearing after polishing",
                "Final grit too coarse, or the slurry contaminated with a coarser grit",
                "Finish with 1 µm slurry; clean the station between grits (section 8)",
            ],
            [
                "Bore out of round or bell-mouthed",
                "Die not centred under the needle, bent needle, stroke too long",
                "Centre the die holder; fit a new needle; reset the stroke points",
            ],
            [
                "Polishing very slow",
                "Slurry thin or dried out, needle worn flat, wrong grit",
                "Renew the slurry; fit a new needle",
            ],
            [
                "Ultrasonic cuts out after a needle change (U01)",
                "Needle free length not 45 mm, or AUTO TUNE not run",
                "Set the free length to 45 mm ±1 mm and run AUTO TUNE",
            ],
            [
                "Die warm to the touch after polishing",
                "Slurry flow too low, die running dry",
                "Check the slurry pump tube and the nozzle",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up a station"),
    (
        "ol",
        [
            "Select the die holder for the die casing (25 mm or 43 mm) and clamp the die with the entry cone facing "
            "up.",
            "Select the needle (section 3).",
            "Fit the needle in the horn collet with a free length of 45 mm ±1 mm and tighten the collet.",
            "Close the cover and run AUTO TUNE.",
            "Fill the slurry tank with the grit of the first step.",
            "Lower the needle into the die with JOG and set the top and bottom stroke points.",
            "Set the die rotation and the stroke rate.",
        ],
    ),
    ("h", "7. Polishing a worn tungsten carbide die"),
    (
        "ol",
        [
            "Inspect the die under the die microscope; note where the wear ring is and measure the bore.",
            "Set up the station (section 6) with 20 µm slurry and a cone needle.",
            "Polish the reduction cone for 3-5 min at 100-150 rpm until the wear ring has gone.",
            "Clean the station and the die (section 8). Change to 6 µm slurry and polish for 2-3 min, cone and "
            "bearing.",
            "Clean again, change to 1 µm slurry and a bearing needle, and polish for 1-2 min.",
            "Wash the die in warm water with detergent and blow it dry.",
            "Measure the bore. If it has grown beyond the size tolerance, the die goes for re-sizing.",
            "Inspect the die under the die microscope again and record the result on the die card.",
        ],
    ),
    ("h", "8. Cleaning a station between grits"),
    (
        "ol",
        [
            "Stop the station and open the cover.",
            "Drain the slurry tank into the bottle marked with its grit; never mix grits.",
            "Rinse the tank, the pump tube, the nozzle and the die holder with clean water, at least twice.",
            "Remove the needle and put it in the rack slot of its grit.",
            "Wipe the collet and the horn tip with a damp cloth.",
        ],
    ),
    ("h", "9. Changing a needle"),
    (
        "ol",
        [
            "Stop the station and open the cover.",
            "Raise the horn to its top position with JOG.",
            "Hold the horn with the spanner on its flats and loosen the collet with the collet key, anticlockwise. "
            "Never hold the horn by the transducer housing.",
            "Pull out the old needle. Clean any grit out of the collet bore.",
            "Insert the new needle and set the free length to 45 mm ±1 mm with the setting gauge.",
            "Tighten the collet.",
            "Close the cover and run AUTO TUNE: the generator must lock between 19.5 and 20.5 kHz.",
            "If U01 appears, check the length and the tightness and repeat. If it still fails, the horn may be "
            "cracked: call Ziehmont service.",
        ],
    ),
    ("h", "10. End of the working day"),
    (
        "ol",
        [
            "Finish or stop the dies in progress; a die may stay clamped overnight only if it is rinsed clean.",
            "Drain the slurry of each station into its grit bottle and close the bottles; slurry left in a tank dries "
            "and forms lumps that scratch the next die.",
            "Rinse the tanks, pump tubes and nozzles with clean water.",
            "Put all needles in the rack by grit.",
            "Switch off the main switch and close the compressed air valve.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each grit change", "Clean the station (section 8)"],
            ["Daily", "Check the air pressure (at least 5 bar); top up the slurry"],
            ["Weekly", "Renew the slurry in all tanks; clean the drip trays"],
            ["Monthly", "Check the collets for wear; grease the stroke slides with the grease supplied"],
            ["12 months", "Replace the slurry pump tubes"],
            ["2000 h of ultrasonic running per station (U10)", "Transducer and horn check by Ziehmont service"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Needle set 0.08-1.0 mm (50 needles)", "UDP-N10"],
            ["Needle set 1.0-4.5 mm (30 needles)", "UDP-N45"],
            ["Collet with collet key", "UDP-CK"],
            ["Die holder for 25 mm casings", "UDP-H25"],
            ["Die holder for 43 mm casings", "UDP-H43"],
            ["Slurry pump tube set (6 stations)", "UDP-PT6"],
            ["Diamond slurry, 250 mL, by grit (01, 03, 06, 10, 20, 40 µm)", "UDP-S01 to UDP-S40"],
            ["Horn with transducer, tuned pair (fitted by Ziehmont service)", "UDP-HT20"],
        ],
        (110, 60),
    ),
]


MANUALS = [
    ("messkor-mxl-laser-diameter-gauge.pdf", "Messkor MSK-OM-MXL-04 Ed 3 - MXL-25 / MXL-60", MESSKOR),
    ("azovell-ncs-ccv-nitrogen-system.pdf", "Azovell AZV-OM-NCS-02 Ed 2 - NCS-110 / NCS-220", AZOVELL),
    ("resonara-rsx-series-resonant-ac-test-system.pdf", "Resonara RSN-OM-RSX-05 Ed 1 - RSX-260 / RSX-400", RESONARA),
    ("ziehmont-udp-ultrasonic-die-polishing-machine.pdf", "Ziehmont ZMT-OM-UDP6-03 Ed 2 - UDP-6", ZIEHMONT),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for name, header, blocks in MANUALS:
        if only and name not in only:
            continue
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
