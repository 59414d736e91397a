"""Generate the PDF manuals of the hundred-and-sixty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set166-scratch/venv && /tmp/set166-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set166-scratch/venv/bin/python knowledge/samples/hundredsixtysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Vettaro SX inline milk standardisation units
VETTARO = [
    ("title", "Vettaro SX Inline Milk Standardisation Units\nOperation and Maintenance Manual - SX-15 and SX-30"),
    (
        "p",
        "Document VTR-OM-SX-04, Edition 3, March 2025. Vettaro Dairy Process. The SX-15 and SX-30 standardise the fat "
        "content of cheese milk in line, directly after a hermetic milk separator, and, with the protein sensor, its "
        "fat to protein ratio. The separator splits the warm raw milk into skim milk and cream. The SX unit measures "
        "the fat content of the cream with a density transmitter, measures the flows of cream and of standardised "
        "milk, and remixes into the skim milk exactly the quantity of cream needed for the target fat. The surplus "
        "cream leaves through the cream outlet valve to the cream tank. The two models differ in capacity, pipe sizes, "
        "valves and the other items named in this manual; control and operation are the same. The separator, the raw "
        "milk tank, the return (divert) line and the cream tank are not part of the delivery: see the separator's own "
        "manual and the plant layout drawings. Cleaning is run by the site's CIP station with its own programmes.",
    ),
    (
        "warn",
        "WARNING: The lines carry milk at up to 60 °C and CIP solutions at up to 85 °C. Never open a union, a sample "
        "valve housing or a flow meter flange while the line is under pressure, running or in CIP.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-15", "SX-30"],
            ["Nominal capacity, standardised milk", "15 000 L/h", "30 000 L/h"],
            ["Capacity range (alarms S01 and S02 outside it)", "7 500-16 500 L/h", "15 000-33 000 L/h"],
            ["Product temperature in operation", "50-60 °C", "50-60 °C"],
            ["Cream fat content at the separator outlet", "35-45 %", "35-45 %"],
            ["Fat content of the standardised milk, settable", "0.10-4.50 %", "0.10-4.50 %"],
            ["Standardisation accuracy, one standard deviation (conditions below)", "±0.02 % fat", "±0.015 % fat"],
            ["Protein sensor (NIR) for fat to protein ratio mode", "option", "standard"],
            ["Cream flow meter, Coriolis", "DN 15", "DN 25"],
            ["Standardised milk flow meter, magnetic-inductive", "DN 65", "DN 100"],
            ["Cream remix valve, Kvs", "1.6", "4.0"],
            ["Constant pressure valve, skim line setpoint", "3.5 bar", "4.0 bar"],
            ["Minimum pressure at the separator skim outlet", "4.5 bar", "5.0 bar"],
            ["Compressed air, dry and oil-free", "6-8 bar, 40 NL/min", "6-8 bar, 60 NL/min"],
            ["Electrical supply", "230 V 1~ 50 Hz, 0.6 kW", "230 V 1~ 50 Hz, 0.8 kW"],
            ["Pipe and valve pressure rating", "PN 10", "PN 10"],
            ["Skid, length x width x height", "1.9 x 0.9 x 1.8 m", "2.4 x 1.1 x 1.9 m"],
            ["Mass, empty", "410 kg", "560 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The stated accuracy holds only at a steady flow (within ±5 % of the flow setpoint), a product temperature of "
        "55 °C ±2 °C, a cream fat content between 38 and 42 %, and within 24 h of a laboratory check (section 8). "
        "Outside these conditions the unit still controls, but no accuracy is stated for it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the electrical supply and close and vent the compressed air before any work on a valve. The remix "
            "valve and the constant pressure valve are air-operated and move when the air returns.",
            "Wear goggles and gloves near the CIP connections. The site's safety data sheets for its cleaning "
            "chemicals apply.",
            "The pipework is rated PN 10. Pressure surges from the separator (for example a valve closing fast on the "
            "skim outlet) must be prevented by the separator's own settings.",
            "Only persons trained by Vettaro or by the site's trained instructor may change recipes or offsets.",
            "Sample valves stay hot after production. Let them cool or use gloves.",
        ],
    ),
    ("h", "3. How the remix is calculated"),
    (
        "p",
        "The controller works out the cream flow to remix from the measured flows and fat contents: Cream to remix "
        "(L/h) = standardised milk flow (L/h) x (target fat - skim fat) / (cream fat - skim fat). Example: 25 000 L/h of "
        "cheese milk at a target of 3.20 % fat, skim milk at 0.05 % and cream at 40.0 % give 25 000 x 3.15 / 39.95 = "
        "1971 L/h, so about 1970 L/h of cream is remixed and the rest of the cream goes to the cream tank. The skim fat "
        "is entered from the laboratory (default 0.05 %) because the unit does not measure it.",
    ),
    (
        "p",
        "In fat to protein ratio mode the target fat follows the protein measured by the NIR sensor: target fat (%) = "
        "measured protein (%) x ratio. Example: 3.40 % protein x 0.95 = 3.23 % fat. The ratio for each cheese comes "
        "from the cheesemaker's recipe; Vettaro does not recommend ratios for particular cheeses.",
    ),
    ("h", "4. Control limits and settings"),
    (
        "cols",
        [
            ("h", "Start-up conditions"),
            (
                "p",
                "Standardisation (AUTO) starts only when the separator has run with milk for at least 3 min and the "
                "milk flow has been steady within ±5 % for 60 s. Until then all cream is remixed (FULL CREAM mode) and "
                "the milk goes to the return line.",
            ),
            ("h", "Fat deviation"),
            (
                "p",
                "The display compares the calculated fat with the target. A deviation of more than ±0.03 % fat for 60 s "
                "gives the warning S05. A deviation of more than ±0.05 % fat for 30 s gives the alarm S06 and switches "
                "the outlet valve to the return line until the fat has stayed within ±0.03 % for 60 s.",
            ),
            ("h", "Cream fat"),
            (
                "p",
                "The density transmitter is reliable between 35 and 45 % fat. Below 35 % or above 45 % the unit shows "
                "S07; set the cream outlet of the separator as its manual describes. The SX unit cannot correct the "
                "cream fat itself.",
            ),
            ("h", "Constant pressure"),
            (
                "p",
                "The constant pressure valve holds the skim line at 3.5 bar (SX-15) or 4.0 bar (SX-30), ±0.2 bar. More "
                "than 0.3 bar off for 20 s gives S09. A short dip at a separator discharge is normal when it lasts less "
                "than 5 s and stays under 0.5 bar.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The density is corrected for temperature between 50 and 60 °C. Below 50 °C or above 60 °C the unit "
                "shows S11 and holds the last cream flow.",
            ),
            ("h", "Laboratory offset"),
            (
                "p",
                "After a laboratory check the offset may be changed by no more than 0.10 % fat in one step. A larger "
                "difference points to a sensor fault or a sampling error: check the sampling point first.",
            ),
            ("h", "Protein sensor"),
            (
                "p",
                "The NIR sensor works only with the calibration model loaded by Vettaro service for the site's cow "
                "milk. Models for sheep or goat milk are available on request. Loading or adjusting a model is not a "
                "site task.",
            ),
        ],
    ),
    ("h", "5. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "S01",
                "Milk flow low",
                "Below 50 % of nominal (7 500 L/h SX-15, 15 000 L/h SX-30). Check the separator feed. The unit holds "
                "the last cream flow.",
            ],
            ["S02", "Milk flow high", "Above 110 % of nominal (16 500 L/h or 33 000 L/h). Reduce the feed."],
            [
                "S03",
                "Cream meter error",
                "No signal, or gas in the Coriolis meter (drive gain high). Vent the cream line and zero the meter "
                "(section 9).",
            ],
            ["S04", "Milk meter error", "Empty pipe or cable fault. Check that the pipe runs full."],
            ["S05", "Fat deviation warning", "More than ±0.03 % fat for 60 s. Watch the trend; see section 6."],
            [
                "S06",
                "Fat deviation alarm",
                "More than ±0.05 % fat for 30 s. The milk is diverted to the return line until it is back within "
                "±0.03 % for 60 s.",
            ],
            ["S07", "Cream fat out of range", "Below 35 % or above 45 %. Set the separator cream outlet."],
            ["S09", "Constant pressure deviation", "More than 0.3 bar from the setpoint for 20 s."],
            [
                "S10",
                "Air pressure low",
                "Below 5.5 bar. The remix valve opens fully (FULL CREAM) and the outlet goes to the return line.",
            ],
            ["S11", "Temperature out of range", "Below 50 °C or above 60 °C. Check the separator's heater."],
            [
                "S12",
                "Protein sensor fault",
                "Lamp, fouled window or no model. Ratio mode falls back to the last fixed fat target.",
            ],
            [
                "S13",
                "Lab check due",
                "More than 24 h since the last laboratory check. The unit keeps working, but no accuracy is stated.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Standardised fat creeps up or down over the shift; the lab difference grows day by day",
                "Fouling of the density transmitter, or an old offset",
                "Do a laboratory check (section 8); if the difference grows after every check, clean the line (CIP) "
                "and call Vettaro service",
            ],
            [
                "Fat swings up and down every 20-40 s",
                "Remix valve hunting: air leak at the positioner, sticking stem or controller gain too high",
                "Check the positioner and the stem seals; lower the gain under SERVICE > LOOP in steps of 20 %",
            ],
            [
                "Cream flow reads zero at start-up though cream flows",
                "Air left in the cream line after CIP",
                "Vent at valve V13 and run 5 min in FULL CREAM mode",
            ],
            [
                "Skim pressure drops at every separator discharge",
                "Normal if under 0.5 bar and shorter than 5 s",
                "If deeper or longer, replace the constant pressure valve diaphragm (section 10)",
            ],
            [
                "Laboratory value always differs from the display by the same amount",
                "Offset not corrected, or samples taken before the mixing point",
                "Sample at SV2 only; correct the offset (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Starting standardisation"),
    (
        "ol",
        [
            "Check that the CIP has finished and that the water has been pushed out of the lines.",
            "Check the compressed air: 6-8 bar at the filter regulator.",
            "Select the recipe on the panel: a fixed fat target, or ratio mode with the ratio from the recipe.",
            "Start the separator as its own manual describes. The SX unit waits in FULL CREAM mode.",
            "When the start-up conditions of section 4 are met, press AUTO.",
            "Check that the cream fat shown is between 35 and 45 %.",
            "Watch the fat deviation trend for 10 min; it should settle within ±0.03 %.",
            "After a change of milk or recipe, do a laboratory check within the first 30 min (section 8).",
        ],
    ),
    ("h", "8. Laboratory check and offset correction"),
    (
        "ol",
        [
            "Run the unit in AUTO at a steady flow for at least 10 min.",
            "Take three samples of standardised milk from the sample valve SV2 after the mixing point, one every 2 "
            "min. Never sample at the separator skim outlet.",
            "Cool the samples below 10 °C and send them to the site's laboratory. Use the same reference method every "
            "time; the method is the laboratory's choice.",
            "Enter the mean laboratory value under SERVICE > LAB CHECK. The unit shows the mean it calculated for the "
            "same period.",
            "If the difference is 0.02 % fat or less, confirm without a change. The lab check timer restarts and S13 "
            "clears.",
            "If the difference is more than 0.02 % fat, accept the proposed offset. The unit refuses an offset of more "
            "than 0.10 % in one step.",
            "After an offset change, repeat the check after 2 h of production.",
            "Record both values in the site's quality records.",
        ],
    ),
    ("h", "9. Zeroing the cream flow meter"),
    (
        "ol",
        [
            "Stop production, rinse with water and fill the cream line with water, free of air.",
            "Close the manual valves V11 before and V12 after the meter so that the meter is full and the water still.",
            "Wait 2 min for the temperature to settle.",
            "Select SERVICE > CREAM METER > ZERO. Zeroing takes 30 s.",
            "The new zero must be within ±0.5 kg/h (SX-15) or ±1.0 kg/h (SX-30) of the last one. A larger shift means "
            "deposits or gas in the meter: clean (CIP) and repeat.",
            "Open V11 and V12 again.",
        ],
    ),
    ("h", "10. Replacing the constant pressure valve diaphragm"),
    (
        "ol",
        [
            "Stop production, drain the skim line and let it cool below 40 °C.",
            "Close the air to the valve and vent it at the positioner.",
            "Open the clamp ring and lift off the actuator with the diaphragm.",
            "Fit the new diaphragm VTR-CP-65 (SX-15) or VTR-CP-100 (SX-30), PTFE side to the product.",
            "Refit the actuator and tighten the clamp ring bolt to 12 Nm.",
            "Open the air, run a water test and check that the skim line holds the setpoint ±0.2 bar.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Laboratory check (section 8); look for leaks at the unions and sample valves"],
            ["Weekly", "Drain the water from the air filter regulator; check the air pressure"],
            ["Monthly", "Zero the cream flow meter (section 9)"],
            ["Every 6 months", "Replace the remix valve stem seals"],
            ["12 months or 4000 h, whichever comes first", "Replace the constant pressure valve diaphragm (section 10)"],
            ["12 months", "Vettaro service: verification of both flow meters, transmitter check, software"],
            ["Every 2 years", "Recalibration of the density transmitter, by Vettaro service only"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-15", "SX-30"],
            ["Constant pressure valve diaphragm", "VTR-CP-65", "VTR-CP-100"],
            ["Remix valve stem seal kit", "VTR-RS-15", "VTR-RS-25"],
            ["Cream flow meter, Coriolis", "VTR-CF-15", "VTR-CF-25"],
            ["Density transmitter", "VTR-DT-01", "VTR-DT-01"],
            ["Sample valve SV2 membrane", "VTR-SV-02", "VTR-SV-02"],
            ["Air filter regulator element", "VTR-AF-05", "VTR-AF-05"],
            ["Protein sensor window and seal kit", "VTR-NW-01", "VTR-NW-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Quarnholt MF-12 curd mould filling machine
QUARNHOLT = [
    ("title", "Quarnholt MF-12 Curd Mould Filling Machine\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document QNH-OM-MF12-02, Edition 2, June 2024. Quarnholt Cheese Machinery. The MF-12 fills a row of twelve "
        "cheese moulds at a time with curd from a curd and whey mixture. The mixture is pumped from the buffer tank "
        "into a distribution header that feeds twelve perforated dosing cylinders. In each cylinder the curd settles "
        "under whey and is pre-drained through the cylinder wall. The volume of curd is set by the stroke of the dosing "
        "piston. At the end of the pre-drain time the dosing knife closes under the cylinders and cuts the curd "
        "columns, the mould row is lifted under the cylinders and the pistons push the curd portions into the moulds. "
        "The filled row moves on to the follower placer and then to the press. The buffer tank, the curd pump, the "
        "moulds and followers and the press are not part of the machine: see their own manuals. The curd itself "
        "(cutting, cooking, the curd to whey ratio) is the cheesemaker's matter and is not covered here.",
    ),
    (
        "warn",
        "WARNING: The dosing knife closes with a force of several kN. Never reach under the cylinders or into the "
        "mould lift unless the machine is locked out and the air is vented.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MF-12"],
            ["Filling heads (dosing cylinders)", "12 in one row"],
            ["Mould pitch in the row", "400 mm"],
            ["Mould size", "round 180-360 mm diameter; rectangular up to 340 x 340 mm"],
            ["Cheese mass per mould", "5-16 kg of Gouda-type curd"],
            ["Dosing piston stroke", "120-320 mm"],
            ["Row cycle time", "50-90 s; 60 s for 12 kg Gouda moulds"],
            ["Output", "up to 720 moulds per hour at a 60 s cycle"],
            ["Curd and whey mixture feed", "up to 25 m³/h"],
            ["Curd to whey ratio at the inlet", "1:1 to 1:1.5 by volume"],
            ["Curd temperature", "30-36 °C"],
            ["Dosing accuracy (conditions below)", "±1.5 % of the target mass"],
            ["Whey level above the curd in the cylinders", "100-150 mm"],
            ["Dosing knife gap to the cylinder base", "0.3 mm new, no more than 0.5 mm in use"],
            ["Compressed air, oil-free", "6 bar, 400 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 4.5 kW"],
            ["CIP", "up to 85 °C; NaOH up to 2 %, nitric acid up to 1 %"],
            ["Noise at 1 m", "below 75 dB(A)"],
            ["Length x width x height", "5.9 x 2.1 x 3.6 m"],
            ["Mass", "3800 kg"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The dosing accuracy of ±1.5 % holds for Gouda-type curd at 30-36 °C with an inlet ratio between 1:1 and "
        "1:1.5, moulds of 5-16 kg, a pre-drain time of at least 20 s and a steady buffer tank level between 30 and "
        "80 %. For other curds and for moulds under 5 kg no accuracy is stated; check the masses by weighing (section "
        "7).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The filler may run only with all guard doors closed. The door switches stop the machine (F02).",
            "Before any work under the cylinders: stop, press the emergency stop, lock out the main switch and close "
            "and vent the air with the lockable valve.",
            "The dosing pistons can sink by their own weight when the air is vented. Put the piston locks (red pins) "
            "in before working on the knife.",
            "CIP solutions reach 85 °C. Keep the guard doors closed during CIP.",
            "Use food-grade (H1) lubricants only.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Pre-drain time"),
            (
                "p",
                "Default 25 s, settable 15-40 s. Shorter times leave wetter curd and heavier cheeses; longer times dry "
                "the curd surface and the cheeses close badly in the press.",
            ),
            ("h", "Whey level"),
            (
                "p",
                "A level probe in each cylinder keeps the whey 100-150 mm above the curd. Below 100 mm air is drawn "
                "into the curd as it settles. Below 60 mm the filler stops with F05.",
            ),
            ("h", "Buffer tank level"),
            (
                "p",
                "Keep the buffer tank between 30 and 80 % full. Below 20 % the filler finishes the current row and "
                "stops (F04). The buffer tank, its stirrer and its curd pump are set as their own manual describes.",
            ),
            ("h", "Stroke correction"),
            (
                "p",
                "The stroke setpoint is 120-320 mm. New stroke (mm) = present stroke (mm) x target mass (kg) / mean "
                "measured mass (kg). Example: 250 mm x 11.0 kg / 11.4 kg = 241 mm. Round to the nearest mm. Never "
                "change the stroke by more than 10 % in one step.",
            ),
            ("h", "Weighing check"),
            (
                "p",
                "Weigh one full row every hour of production and after every change of curd or mould format. If the "
                "mean of the 12 moulds differs by more than 2 % from the target, correct the stroke. If a single mould "
                "is more than 4 % away from the row mean, check that head instead of changing the stroke.",
            ),
            ("h", "Curd temperature"),
            (
                "p",
                "30-36 °C at the filler inlet. Colder curd fuses poorly and the cheeses stay open; warmer curd loses "
                "whey too fast in the cylinders.",
            ),
            ("h", "Mould conveyor"),
            (
                "p",
                "Moulds arrive without followers, in rows of twelve at 400 mm pitch. Conveyor speed 0.3 m/s. A row "
                "must be in position within 10 s of the call, or F03 is shown.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["F02", "Guard door open", "A guard door was opened while the machine ran. Close it and press RESET."],
            [
                "F03",
                "No mould row",
                "Row not in position within 10 s. Check the conveyor stop and the row sensor.",
            ],
            [
                "F04",
                "Buffer tank low",
                "Buffer tank level below 20 %. Check the curd supply from the vats. A fouled level probe also gives "
                "F04: clean it.",
            ],
            [
                "F05",
                "Whey level low",
                "Whey less than 60 mm above the curd in a cylinder. Check the whey outlet valve of that head and the "
                "inlet ratio.",
            ],
            [
                "F06",
                "Knife not closed",
                "Knife end switch not reached within 3 s: curd lump or foreign body in the knife path.",
            ],
            ["F08", "Air pressure low", "Below 5 bar at the machine inlet."],
            ["F09", "Conveyor overload", "Mould jammed or tilted on the conveyor. Free it with the machine locked out."],
            ["F10", "Follower missing", "The follower placer did not confirm a follower on every mould of the row."],
            ["F11", "CIP return too cold", "CIP return more than 5 °C below the CIP set temperature for 2 min."],
            ["F12", "Weighing check due", "60 min since the last confirmed weighing check (section 7)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Masses differ from head to head by several % in the same row",
                "Blocked header nozzle or whey outlet, or a worn piston seal on one head",
                "Clean the header nozzles and whey outlets; check the single head (section 7, step 7)",
            ],
            [
                "Holes and an open texture at the cheese surface after pressing",
                "Air drawn into the curd: whey level too low, or air in the feed from a nearly empty buffer tank",
                "Raise the whey level setpoint to 120-150 mm; keep the buffer tank above 30 %",
            ],
            [
                "Curd fines in the whey leaving the cylinders",
                "Pre-drain too short, or curd too soft or too finely cut",
                "Lengthen the pre-drain time; tell the cheesemaker about the curd",
            ],
            [
                "Ragged cut, curd smeared over the mould rim",
                "Knife blunt, or knife gap above 0.5 mm",
                "Set the knife gap (section 8); regrind or replace the knife",
            ],
            [
                "Whole row heavier than the target after a curd change",
                "Curd packs denser or holds more whey",
                "Weighing check and stroke correction (section 7)",
            ],
            [
                "Moulds overflow when the pistons push",
                "Stroke too long for the mould, or wrong format selected",
                "Check the format on the panel and the stroke",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the CIP has finished and that the cylinders have drained.",
            "Select the format: mould type, target mass and stroke.",
            "Run WHEY FILL: the cylinders are filled with whey up to the probes, so that no air is trapped under the "
            "first curd.",
            "Start the curd pump when the buffer tank is at least 30 % full.",
            "Press AUTO. The first row is held at the follower placer.",
            "Weigh the first row (section 7) before releasing it to the press.",
        ],
    ),
    ("h", "7. Weighing check and stroke correction"),
    (
        "ol",
        [
            "Take a complete row after the filler and before the press. The tare of mould and follower is stamped on "
            "each mould.",
            "Weigh each of the 12 moulds on the site's checked scale and subtract the tare.",
            "Work out the mean of the 12 masses.",
            "If the mean is within ±2 % of the target, confirm on the panel; F12 clears.",
            "If the mean differs by more than 2 %, work out the new stroke with the formula in section 3 and enter it. "
            "Change the stroke by no more than 10 % in one step.",
            "Weigh the row that comes 3 cycles later to confirm the correction.",
            "If a single mould is more than 4 % away from the mean, note the head number and check its whey outlet, "
            "its knife and its piston seal. Do not change the stroke for one head.",
            "Record the masses in the site's production records.",
        ],
    ),
    ("h", "8. Setting the dosing knife gap"),
    (
        "ol",
        [
            "Close the knife with MANUAL > KNIFE CLOSE, then stop, lock out and vent the air. Put the piston locks in.",
            "Remove the guards under the cylinder bases.",
            "With a feeler gauge, measure the gap between the knife and each cylinder base, at the front and at the "
            "back. A new knife is set to 0.3 mm.",
            "If the gap is more than 0.5 mm anywhere, loosen the four knife carrier bolts and turn the adjusting "
            "screws until the gap is 0.3 mm at all 12 heads.",
            "Tighten the knife carrier bolts to 45 Nm.",
            "Move the knife open and closed three times by hand and measure again.",
            "Refit the guards, remove the piston locks and the lockout, and run 5 dry cycles.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "CIP after production; look at the knife edge; clean the outside"],
            ["Every hour of production", "Weighing check (section 7)"],
            ["Weekly", "Check the knife gap (section 8); check the whey outlet valves"],
            ["Monthly", "Check the piston seals; lubricate the conveyor chain with H1 lubricant"],
            ["6 months or 1500 h, whichever comes first", "Replace all piston seals"],
            ["12 months", "Conveyor drive chain and sprockets replaced by Quarnholt service"],
            ["2 years", "Level probes checked and adjusted by Quarnholt service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Piston seal, one head", "QNH-PS-120"],
            ["Dosing knife, complete", "QNH-DK-12"],
            ["Knife carrier bolt kit", "QNH-KB-04"],
            ["Whey outlet valve membrane", "QNH-WV-40"],
            ["Level probe", "QNH-LP-3"],
            ["Conveyor drive chain (fitted by Quarnholt service)", "QNH-CC-400"],
            ["Follower gripper pad", "QNH-FG-22"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Drukvelde PP pneumatic cheese presses
DRUKVELDE = [
    ("title", "Drukvelde PP Pneumatic Cheese Presses\nUser and Maintenance Manual - PP-6 and PP-10"),
    (
        "p",
        "Document DKV-UM-PP-07, Edition 1, November 2024. Drukvelde Press Systems. The PP-6 and PP-10 are vertical "
        "multi-level presses for cheeses in moulds with followers. Each level carries a row of eight moulds; above "
        "every mould sits one pneumatic cylinder with a pressing plate that pushes on the follower. A proportional "
        "pressure regulator per level sets the air pressure in the cylinders of that level, and the press controller "
        "runs a pressing programme of up to 8 steps (pressure and time). Whey runs from the moulds into stainless "
        "trays under every level and drains to the whey collecting line. The PP-6 has six levels and the PP-10 ten, "
        "with larger cylinders; apart from these and the values shown for each model below, the two presses are "
        "built alike. The moulds, followers, the mould loader and the demoulder are not part of the press, and the "
        "compressed air plant is the site's.",
    ),
    (
        "warn",
        "WARNING: A pressing plate moves down with up to 7.4 kN. Never reach into a level while a programme runs or "
        "while the level is under pressure. The light curtain on the loading side stops and vents all levels.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PP-6", "PP-10"],
            ["Press levels", "6", "10"],
            ["Moulds per level", "8", "8"],
            ["Mould positions in total", "48", "80"],
            ["Cylinder bore", "100 mm", "125 mm"],
            ["Force factor per mould", "0.785 kN/bar", "1.227 kN/bar"],
            ["Force per mould at 6 bar", "4.7 kN", "7.4 kN"],
            ["Press pressure, settable", "0.3-6.0 bar", "0.3-6.0 bar"],
            ["Cylinder stroke", "250 mm", "300 mm"],
            ["Largest mould height with follower", "280 mm", "330 mm"],
            ["Level pitch", "450 mm", "500 mm"],
            ["Compressed air supply (ISO 8573-1 class 1:4:1, oil-free)", "7-8 bar", "7-8 bar"],
            ["Air per full press cycle at 6 bar, all cylinders", "about 660 NL", "about 2060 NL"],
            ["Control supply", "230 V 1~ 50 Hz, 0.4 kW", "230 V 1~ 50 Hz, 0.4 kW"],
            ["Frame height", "3.4 m", "5.7 m"],
            ["Mass, empty", "2900 kg", "4600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Air consumption at other press pressures is not stated here; the compressed air plant is sized by the "
        "site and its air supplier. The force per mould is the cylinder force at the level pressure; the friction of "
        "the follower in the mould is not deducted.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Load and unload only with all levels vented (green lamp VENTED lit).",
            "The light curtain on the loading side must not be bridged. Interrupting it stops the programme and vents "
            "all levels within 5 s (P02).",
            "Climb the frame only with the access ladder supplied for the PP-10, and only with the press locked out.",
            "Never press more than the load the moulds and followers are made for. The largest force they take is "
            "stated by the mould supplier; Drukvelde has no data for moulds of other makers.",
            "Whey trays can be slippery. Clean spilled whey from the floor at once.",
        ],
    ),
    ("h", "3. Pressing programme and settings"),
    (
        "cols",
        [
            ("h", "Programmes"),
            (
                "p",
                "The controller holds 40 programmes of up to 8 steps each. A step has a pressure (bar) and a time "
                "(min). Between steps the pressure rises at the set ramp, default 0.2 bar per minute, settable "
                "0.05-0.5 bar per minute.",
            ),
            ("h", "Example programme"),
            (
                "p",
                "For 12 kg Gouda in round 300 mm moulds, given only as an example: step 1 0.8 bar for 10 min, step 2 "
                "1.5 bar for 20 min, step 3 2.5 bar for 40 min. The values for each cheese come from the cheesemaker's "
                "recipe; Drukvelde does not give pressing programmes.",
            ),
            ("h", "Pressure on the cheese"),
            (
                "p",
                "Force per mould (kN) = level pressure (bar) x force factor (kN/bar). Pressure on the cheese (kPa) = "
                "force per mould (kN) / cheese top area (m²). Example, PP-6 at 1.5 bar on a round 300 mm cheese "
                "(0.0707 m²): 0.785 x 1.5 = 1.18 kN, and 1.18 / 0.0707 = about 16.7 kPa.",
            ),
            ("h", "Pressure accuracy"),
            (
                "p",
                "Each level holds its setpoint within ±0.05 bar. More than 0.15 bar off for 30 s gives P04 and the "
                "programme timer stops until the pressure is back.",
            ),
            ("h", "Programme end"),
            (
                "p",
                "At the end the cylinders retract and the levels vent. If the press is not emptied within 30 min, P07 "
                "is shown; the cheese keeps draining, but the next programme cannot start.",
            ),
            ("h", "Level offset"),
            (
                "p",
                "An offset per level corrects the regulator to the test gauge (section 7). No more than 0.2 bar may be "
                "entered; a level that needs more has a faulty regulator.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. All levels vent. Release it and press RESET."],
            ["P02", "Light curtain", "Light curtain interrupted during a programme. Levels vented within 5 s."],
            ["P03", "Air supply low", "Supply below 6.0 bar at the press inlet. The programme pauses."],
            [
                "P04",
                "Level pressure deviation",
                "A level more than 0.15 bar off its setpoint for 30 s. Check for air leaks and the regulator.",
            ],
            ["P06", "Cylinder not retracted", "Upper end switch of a cylinder not reached after venting."],
            ["P07", "Press not emptied", "Programme ended more than 30 min ago and the press is still loaded."],
            ["P08", "Regulator fault", "A proportional regulator gives no feedback. Replace it (part DKV-PR-08)."],
            ["P09", "Whey tray full", "Level switch in a whey tray: the drain is blocked. Clear the drain."],
            ["P10", "Programme memory", "Programme memory error. Reload the programmes from the backup card."],
            ["P11", "Cabinet door open", "Control cabinet door open while the press runs."],
            ["P12", "Service due", "500 000 strokes or 12 months since the last service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cheeses from one level come out flatter or lower than the others",
                "The regulator of that level presses more than the display shows",
                "Check that level with the test gauge (section 7) and correct the offset",
            ],
            [
                "Thick closed rind with whey pockets under it",
                "Pressure raised too fast at the start, so the rind closes before the whey is out",
                "Lower the first step or the ramp, in agreement with the cheesemaker",
            ],
            [
                "Cheese higher on one side, followers tilted",
                "Mould not centred under the cylinder, or a worn follower guide",
                "Push the moulds against the stops when loading; replace worn pressing plates",
            ],
            [
                "All levels slowly lose pressure during a step",
                "Air leak at a cylinder rod seal or a push-in fitting",
                "Find the leak with leak spray; replace the rod seal",
            ],
            [
                "Whey squirts out at the mould joints",
                "Press force above what the moulds take",
                "Reduce the pressure; ask the mould supplier for the allowed force",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and starting a pressing programme"),
    (
        "ol",
        [
            "Check the air supply at the press inlet gauge: 7-8 bar.",
            "Check that all cylinders are up and the VENTED lamp is lit.",
            "Load the moulds level by level, each pushed against its stop so that it is centred under its cylinder, "
            "with a follower on every mould.",
            "Leave the loading side and check that nobody is inside the light curtain area.",
            "Select the programme number and check the step table on the display.",
            "Press START. All levels follow the programme together.",
            "At the end of the programme the cylinders retract. Unload within 30 min to avoid P07.",
            "Send the moulds to the demoulder.",
        ],
    ),
    ("h", "7. Checking the level pressure with the test gauge"),
    (
        "ol",
        [
            "Connect the test gauge TG-10 (class 0.6, 0-10 bar) to the test point of the level.",
            "Run service programme 99: it holds 1.0 bar, 3.0 bar and 5.0 bar for 2 min each.",
            "At each step compare the gauge with the display. They must agree within ±0.05 bar.",
            "If a level is outside this, enter the difference as the offset under SERVICE > LEVEL > OFFSET. No more than "
            "0.2 bar can be entered; a level that needs more gets a new regulator.",
            "Run programme 99 again on that level to confirm.",
            "Repeat for every level and record the readings.",
        ],
    ),
    ("h", "8. Entering or changing a programme"),
    (
        "ol",
        [
            "Log in with a level 2 password.",
            "Select PROGRAM > EDIT and the programme number.",
            "Enter for each step the pressure in bar and the time in minutes, as given in the cheesemaker's recipe.",
            "Set the ramp between steps if the recipe asks for one; otherwise leave 0.2 bar per minute.",
            "Check the largest pressure against the force the moulds take (safety section).",
            "Save. The controller writes the programme to the backup card.",
        ],
    ),
    ("h", "9. Cleaning after production"),
    (
        "ol",
        [
            "Unload the press and check that all levels are vented.",
            "Lock out the press at the main switch and close the air supply valve.",
            "Rinse the whey trays, pressing plates and frame with water at no more than 50 °C; hot water above this "
            "damages the rod seals.",
            "Clean with a foaming alkaline cleaner at the concentration the cleaning agent supplier gives, contact time "
            "10-20 min.",
            "Rinse with drinking water from the top level downwards.",
            "Open the whey tray drain valves and check that every tray runs empty.",
            "Never aim a high-pressure jet at the regulators, the cylinder rod seals or the light curtain.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wash the whey trays and pressing plates; check the drains"],
            ["Weekly", "Drain the water from the air filter; listen for leaks with the levels under pressure"],
            ["Monthly", "Check every level with the test gauge (section 7)"],
            ["6 months", "Check the pressing plates and the follower guides for wear"],
            ["500 000 strokes or 12 months, whichever comes first", "Drukvelde service: cylinder seals, regulators"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PP-6", "PP-10"],
            ["Cylinder rod seal kit", "DKV-RS-100", "DKV-RS-125"],
            ["Pressing plate, round 300 mm", "DKV-PL-300", "DKV-PL-300"],
            ["Proportional regulator, one level", "DKV-PR-08", "DKV-PR-08"],
            ["Light curtain pair", "DKV-LC-34", "DKV-LC-57"],
            ["Test gauge TG-10", "DKV-TG-10", "DKV-TG-10"],
            ["Whey tray drain valve", "DKV-WD-50", "DKV-WD-50"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cavelune RC ripening room climate units
CAVELUNE = [
    ("title", "Cavelune RC Ripening Room Climate Units\nOperation and Maintenance Manual - RC-40 and RC-80"),
    (
        "p",
        "Document CVL-OM-RC-02, Edition 5, January 2025. Cavelune Climate Systems. The RC-40 and RC-80 are air "
        "handling units for cheese ripening rooms. Each unit holds a glycol cooling coil, a hot water heating coil, "
        "a steam humidifier, EC fans, a filter section and a controller with temperature, humidity and CO2 sensors "
        "in the return air. Air is blown into the room through textile ducts along the racks and comes back to the "
        "unit at floor level. The unit dehumidifies by cooling and reheating. The glycol and hot water are supplied "
        "by the site's plants, which are installed and maintained by the site's refrigeration and heating "
        "contractors. The RC-80 is the RC-40 doubled: two coils side by side, twice the fans and twice the "
        "humidifier output. The insulation and the vapour barrier of the room are the builder's.",
    ),
    (
        "warn",
        "WARNING: The fans restart on their own after a power cut or a defrost. Lock out the unit before opening a "
        "fan or filter door. The humidifier steam and its cylinder are hot.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RC-40", "RC-80"],
            [
                "Cooling capacity at 12 °C room air, 87 % RH, glycol supply -2 °C and return +3 °C",
                "40 kW",
                "80 kW",
            ],
            ["Air flow", "12 000 m³/h", "24 000 m³/h"],
            ["Room volume served", "up to 1500 m³", "up to 3000 m³"],
            ["Room temperature, settable", "4-20 °C", "4-20 °C"],
            ["Temperature control accuracy", "±0.5 K", "±0.5 K"],
            ["Relative humidity, settable", "75-95 % RH", "75-95 % RH"],
            ["Humidity control accuracy, between 80 and 92 % RH", "±2 % RH", "±2 % RH"],
            ["Heating coil, hot water 60/40 °C", "25 kW", "50 kW"],
            ["Steam humidifier, electrode type", "15 kg/h", "30 kg/h"],
            ["Fans, EC", "2 x 2.2 kW", "4 x 2.2 kW"],
            ["Glycol flow, propylene glycol 35 %", "7.5 m³/h", "15.0 m³/h"],
            ["Filters, ISO coarse 60 % (G4), final pressure drop", "150 Pa", "150 Pa"],
            ["Humidifier water, conductivity", "125-1250 µS/cm", "125-1250 µS/cm"],
            ["Electrical supply 400 V 3~ 50 Hz", "12 kW", "22 kW"],
            ["Condensate drain", "DN 40", "DN 40"],
            ["Mass, dry", "980 kg", "1650 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cooling capacities hold only at the conditions in the table. Capacities at other room conditions or "
        "glycol temperatures are calculated by Cavelune for each project and are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the unit at its isolator before opening any door. Wait 3 min after switching off for the fans "
            "to stop.",
            "The humidifier works at mains voltage in the water. Only an electrician may open its electrical box.",
            "Glycol is not drinking water. Catch spilled glycol; the site's disposal rules apply.",
            "Ripening rooms can hold more than 5000 ppm CO2 after a fan stop. Ventilate before entering a room in which "
            "alarm C12 is shown.",
            "Work on the glycol or hot water supply up to the unit's valves is for the site's contractors.",
        ],
    ),
    ("h", "3. Climate settings and limits"),
    (
        "cols",
        [
            ("h", "Ripening programmes"),
            (
                "p",
                "The controller stores 20 ripening programmes of up to 6 steps, each a temperature, a humidity and a "
                "number of days. The values for each cheese come from the site's quality department. As an example "
                "only, Gouda-type hard cheese is often kept at 13 °C and 85 % RH.",
            ),
            ("h", "Air at the cheese"),
            (
                "p",
                "For hard cheeses the air speed at the cheese should be 0.1-0.3 m/s, measured between two shelves in "
                "the middle of a rack. Above 0.3 m/s the rind dries and cracks; below 0.1 m/s the surface stays wet "
                "and moulds. Leave at least 100 mm between the racks and the walls.",
            ),
            ("h", "Air changes"),
            (
                "p",
                "Air changes per hour = air flow (m³/h) / room volume (m³). A loaded room needs 8-12 air changes per "
                "hour. Example: an RC-80 in a room of 2400 m³ gives 24 000 / 2400 = 10 per hour.",
            ),
            ("h", "Dehumidifying and defrost"),
            (
                "p",
                "The unit dehumidifies by cooling and reheating. The coil surface must not fall below -3 °C; a "
                "colder coil freezes and dries the room too much. Defrost runs with the glycol valve closed and the "
                "fans on, for at most 45 min (C14).",
            ),
            ("h", "Fresh air and CO2"),
            (
                "p",
                "The fresh air damper opens when the CO2 rises above the setpoint, default 2500 ppm, and opens no "
                "further than 20 %. Above 5000 ppm the unit shows C12. Ammonia is not measured.",
            ),
            ("h", "Alarm delays"),
            (
                "p",
                "Temperature alarms after 30 min more than 2 K from the setpoint; humidity alarms after 60 min more "
                "than 5 % RH from the setpoint. During a defrost and for 20 min after it, the alarms are suppressed.",
            ),
            ("h", "Humidity sensor"),
            (
                "p",
                "Check every 3 months (section 7). Correct the offset when the difference to the reference is more than "
                "2 % RH; replace the sensor when it is more than 5 % RH.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Temperature high", "Room more than 2 K above the setpoint for 30 min. Check the glycol supply."],
            ["C02", "Temperature low", "Room more than 2 K below the setpoint for 30 min. Check the heating valve."],
            ["C03", "Humidity high", "More than 5 % RH above the setpoint for 60 min."],
            ["C04", "Humidity low", "More than 5 % RH below the setpoint for 60 min. Check the humidifier."],
            ["C05", "Temperature sensor", "Sensor open or short circuit. The unit runs on the last valve positions."],
            ["C06", "Humidity sensor", "Sensor fault. The humidifier stops."],
            ["C07", "Fan fault", "An EC fan reports a fault. The other fans go to full speed."],
            ["C08", "Filter", "Filter pressure drop above 150 Pa. Change the filters (section 8)."],
            [
                "C09",
                "Glycol too warm",
                "Glycol supply above 0 °C for 15 min. The site's refrigeration plant or its contractor must check it.",
            ],
            ["C11", "Humidifier", "No water, cylinder full of scale or cylinder end of life (section 9)."],
            ["C12", "CO2 high", "Above 5000 ppm. Ventilate before entering; check the fresh air damper."],
            ["C13", "Condensate", "Drain pan level switch: drain blocked."],
            ["C14", "Defrost too long", "Defrost longer than 45 min. Check the coil temperature sensor."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cheeses on the top shelves dry with cracked rind; those low down wet and sticky",
                "Uneven air distribution along the racks",
                "Set the duct outlet dampers so that the air speed is 0.1-0.3 m/s at every level; keep 100 mm between "
                "racks and walls",
            ],
            [
                "Humidity stays at about 80 % RH although the humidifier runs",
                "Coil too cold and drying the air, or the steam cylinder scaled up",
                "Check the glycol supply temperature and the coil; replace the steam cylinder (section 9)",
            ],
            [
                "Room temperature overshoots by 1-2 K after each defrost",
                "Heating valve opens too far after the defrost",
                "Reduce the heating valve limit after defrost under SETTINGS > DEFROST",
            ],
            [
                "Ice on the coil fins",
                "Glycol colder than needed or defrost not running",
                "Check the defrost times and the glycol setpoint with the refrigeration contractor",
            ],
            [
                "Water dripping from the unit casing",
                "Condensate drain blocked or laid with too little fall",
                "Clean the trap; the drain needs a fall of at least 2 %",
            ],
            [
                "Stale or ammonia smell in a room of smear cheeses",
                "Too little fresh air",
                "Lower the CO2 setpoint, for example to 2000 ppm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Entering a ripening programme"),
    (
        "ol",
        [
            "Log in as SUPERVISOR.",
            "Select PROGRAMMES > NEW and give the programme a name and a number from 1 to 20.",
            "Enter for each step the temperature, the humidity and the number of days, as given by the quality "
            "department.",
            "Check that every humidity step lies between 75 and 95 % RH and every temperature between 4 and 20 °C.",
            "Save, then select ROOM > PROGRAMME and start the programme on the day the room is filled.",
            "Check the trend after 24 h: temperature within ±0.5 K and humidity within ±2 % RH of the setpoints.",
        ],
    ),
    ("h", "7. Checking the humidity sensor"),
    (
        "ol",
        [
            "Use a reference hygrometer calibrated within the last 12 months.",
            "Place the reference in the return air next to the unit's sensor, not in the supply air.",
            "Wait 30 min with the room in steady operation and no defrost.",
            "Read both values. A difference of 2 % RH or less needs no action.",
            "If the difference is more than 2 % RH, enter it under SERVICE > SENSORS > RH OFFSET.",
            "If the difference is more than 5 % RH, replace the sensor (CVL-HS-21).",
            "Record the readings in the site's calibration records.",
        ],
    ),
    ("h", "8. Changing the air filters"),
    (
        "ol",
        [
            "Change the filters at alarm C08 (150 Pa) or every 3 months, whichever comes first.",
            "Lock out the unit and wait for the fans to stop.",
            "Open the filter door and pull out the filter cells.",
            "Fit new cells CVL-FC-59 (RC-40 takes 4, RC-80 takes 8), with the airflow arrow towards the fans.",
            "Close the door and switch on; check that the pressure drop shown is below 60 Pa with clean filters.",
        ],
    ),
    ("h", "9. Replacing the humidifier steam cylinder"),
    (
        "ol",
        [
            "Switch the humidifier to OFF and let the cylinder drain (DRAIN key, 5 min).",
            "Lock out the unit and let the cylinder cool for 15 min.",
            "Pull off the electrode plugs and undo the steam hose clamp.",
            "Lift out the cylinder and fit the new one CVL-SC-15 (RC-40) or two of them (RC-80).",
            "Refit the hose and the plugs in the same order; tighten the clamp.",
            "Switch on and reset the cylinder hours under SERVICE > HUMIDIFIER.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the trend of temperature and humidity; check the drain pan"],
            ["Every 3 months", "Check the humidity sensor (section 7); change the filters unless C08 came earlier"],
            ["Every 6 months", "Clean the coils and the drain pan with a food-safe cleaner; clean the textile ducts"],
            ["1500 h of humidifier running, or at C11", "Replace the steam cylinder (section 9)"],
            ["12 months", "Cavelune service: sensors, valves, fans, controller software"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RC-40", "RC-80"],
            ["Filter cell G4", "CVL-FC-59 (4 off)", "CVL-FC-59 (8 off)"],
            ["Steam cylinder", "CVL-SC-15 (1 off)", "CVL-SC-15 (2 off)"],
            ["Humidity sensor", "CVL-HS-21", "CVL-HS-21"],
            ["Temperature sensor", "CVL-TS-10", "CVL-TS-10"],
            ["CO2 sensor", "CVL-CO-50", "CVL-CO-50"],
            ["EC fan, complete", "CVL-EF-22", "CVL-EF-22"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vettaro-sx-inline-milk-standardisation-unit.pdf", "Vettaro VTR-OM-SX-04 Ed 3 - SX-15 / SX-30", VETTARO),
        ("quarnholt-mf-curd-mould-filling-machine.pdf", "Quarnholt QNH-OM-MF12-02 Ed 2 - MF-12", QUARNHOLT),
        ("drukvelde-pp-pneumatic-cheese-press.pdf", "Drukvelde DKV-UM-PP-07 Ed 1 - PP-6 / PP-10", DRUKVELDE),
        ("cavelune-rc-ripening-room-climate-unit.pdf", "Cavelune CVL-OM-RC-02 Ed 5 - RC-40 / RC-80", CAVELUNE),
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
