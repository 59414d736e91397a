"""Generate the PDF manuals of the hundred-and-seventy-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set179-scratch/venv && /tmp/set179-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set179-scratch/venv/bin/python knowledge/samples/hundredseventyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign,
diameter sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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


# ---------------------------------------------------------------- Fraxenta M5 five-axis dental milling machines
FRAXENTA = [
    ("title", "Fraxenta M5 Five-Axis Dental Milling Machines\nOperating and Maintenance Manual - FX-520 and FX-540"),
    (
        "p",
        "Document FXT-OM-M5-04, Edition 2, March 2025. Fraxenta Dental Systems. The FX-520 and FX-540 are "
        "five-axis milling machines for dental laboratories. The FX-520 mills dry only: pre-sintered zirconia, PMMA, "
        "wax, PEEK and composite discs. The FX-540 mills dry and wet: besides the FX-520 materials it grinds glass "
        "ceramic and lithium disilicate blocks and mills pre-milled titanium abutment blanks, always wet. Apart from "
        "the items named in this manual the two machines are built alike. The CAM software, the dust extraction unit "
        "and the compressed air supply are not part of the machine; they are covered by their own documents and by "
        "the site.",
    ),
    (
        "warn",
        "WARNING: Zirconia, PMMA and composite dust is respirable. Never mill dry without the extraction unit "
        "running. Never force the chamber door open during a job, and never reach into the chamber while the "
        "spindle turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FX-520", "FX-540"],
            ["Machining", "dry", "dry and wet"],
            ["Axes", "5, simultaneous", "5, simultaneous"],
            ["A axis (disc rotation)", "360°", "360°"],
            ["B axis (tilt)", "±30°", "±35°"],
            ["Spindle speed, maximum", "60 000 rpm", "60 000 rpm"],
            ["Spindle power, S1", "0.55 kW", "0.80 kW"],
            ["Tool shank", "3 mm", "3 mm"],
            ["Tool changer places", "16 tools", "24 tools"],
            [
                "Disc holder",
                "98.5 mm disc with shoulder, up to 30 mm thick",
                "98.5 mm disc with shoulder, up to 40 mm thick",
            ],
            ["Block holder (wet grinding)", "-", "6 blocks"],
            ["Repeatability", "±3 µm", "±3 µm"],
            ["Compressed air, oil-free and dry", "60 L/min", "80 L/min"],
            ["Coolant tank", "-", "4.5 L"],
            ["Supply 230 V 1~ 50/60 Hz", "1.2 kW", "1.6 kW"],
            ["Supply fuse", "10 A", "16 A"],
            ["Noise, dry milling of zirconia", "below 68 dB(A)", "below 70 dB(A)"],
            ["Dimensions W x D x H", "520 x 610 x 720 mm", "560 x 640 x 740 mm"],
            ["Mass", "78 kg", "96 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Milling times are for the standard strategy with sharp tools: a single zirconia crown takes about 14 min on "
        "either machine; a lithium disilicate crown ground wet on the FX-540 takes about 18 min. Other strategies and "
        "materials give other times. The noise figures were measured at 1 m while milling zirconia dry with the "
        "extraction unit running; no figure is given for other materials or for wet grinding.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the machine. The door interlock keeps the door locked while the "
            "spindle turns and for 5 s after it stops.",
            "Dry milling produces fine dust. Use an extraction unit with a class H filter; its airflow, the hose and "
            "the filter changes are given in the extraction unit's own manual. Clean the chamber with the extraction "
            "hose, never with compressed air.",
            "Wet grinding on the FX-540 only with Fraxenta CL-3 coolant. Never mill titanium dry: titanium chips can "
            "ignite.",
            "Disconnect the air and the mains before opening the rear cover. The spindle may only be opened by "
            "Fraxenta service; a worn spindle is exchanged, not repaired on site.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Compressed air"),
            (
                "p",
                "The air must be oil-free and dry (ISO 8573-1 class 1.4.1), at a pressure between 6 and 8 bar at "
                "the machine inlet. Below 5.5 bar the spindle stops and M04 is shown, because the air also seals the "
                "spindle and blows the taper clean at each tool change.",
            ),
            ("h", "Spindle warm-up"),
            (
                "p",
                "After a standstill of more than 4 h the machine runs the short warm-up (8 min) before the first "
                "job. After a standstill of more than 7 days run the long warm-up (20 min) from the SERVICE menu. "
                "Skipping the warm-up shortens the life of the spindle bearings.",
            ),
            ("h", "Spindle temperature"),
            (
                "p",
                "Above 55 °C the machine stops the job and shows M12. Let the spindle cool for at least 15 min "
                "with the air on.",
            ),
            ("h", "Tool life"),
            (
                "p",
                "Each tool place has a set life (section 6). Replace a tool when its life is used up or at the "
                "first chipped edge, whichever comes first. A tool found more than 0.2 mm shorter than its stored "
                "length is taken as broken (M06).",
            ),
            ("h", "Coolant (FX-540)"),
            (
                "p",
                "Mix Fraxenta CL-3 concentrate with tap water at 3 %. Concentrate (mL) = tank volume (mL) x "
                "concentration (%) / 100; for the full 4.5 L tank: 4500 x 3 / 100 = 135 mL of CL-3, topped up "
                "with water to the MAX mark. Check it weekly with a refractometer:",
            ),
            ("p", "concentration (%) = Brix reading x 1.2"),
            ("p", "The concentration must stay between 2.5 and 3.5 %."),
            ("h", "Room"),
            (
                "p",
                "Ambient 18-30 °C. The repeatability of ±3 µm holds only at 20-25 °C, with the machine warmed "
                "up and standing on a stable bench.",
            ),
            ("h", "Enlargement factor"),
            (
                "p",
                "Zirconia shrinks by about 20 % when it is sintered. The CAM enlarges the design by the factor "
                "printed on the label of each disc; it differs from batch to batch, so enter it for every new disc.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "M01",
                "Emergency stop",
                "Emergency stop pressed or the door circuit open. Release it, close the door, press RESET.",
            ],
            ["M02", "Door opened", "Door opened during a job with the emergency release. The job is aborted."],
            [
                "M03",
                "Spindle overload",
                "Tool blunt, feed too high for the material or the wrong material selected in the CAM.",
            ],
            [
                "M04",
                "Air pressure low",
                "Below 5.5 bar at the inlet. Check the compressor, the air filter and the hose.",
            ],
            ["M05", "No tool", "No tool found in the collet after a change. Check the tool place and the collet."],
            [
                "M06",
                "Tool broken",
                "Tool more than 0.2 mm shorter than stored. Remove the fragments, replace the tool.",
            ],
            ["M07", "Collet", "Collet did not clamp or release within 1 s. Clean the collet (section 8)."],
            ["M09", "Extraction", "Dry job started without the extraction signal. Switch on the extraction unit."],
            ["M10", "Coolant low", "FX-540: coolant below the MIN mark. Top up with premixed coolant."],
            [
                "M11",
                "Reference",
                "An axis did not find its reference. Clear the chamber and restart; if it repeats, call Fraxenta.",
            ],
            ["M12", "Spindle hot", "Spindle above 55 °C. Let it cool for at least 15 min."],
            ["M13", "Service due", "1500 spindle hours or 12 months since the last service, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chipped margins on zirconia crowns",
                "Blunt 0.6 mm or 1.0 mm finishing tool, or the disc not clamped firmly",
                "Replace the finishing tools; clean the holder and tighten the clamp screws to 2 Nm",
            ],
            [
                "Zirconia crowns too tight or too small after sintering",
                "Enlargement factor in the CAM does not match the disc batch",
                "Enter the factor printed on the disc label",
            ],
            [
                "Smeared, melted surface on PMMA",
                "Chips not extracted, tool clogged, or wrong strategy",
                "Check the extraction; clean or replace the tool",
            ],
            [
                "High-pitched spindle noise or vibration",
                "Dirty collet or worn spindle bearings",
                "Clean the collet; if the noise stays, book a spindle exchange",
            ],
            [
                "Coolant foams (FX-540)",
                "Concentration too high or a coolant other than CL-3",
                "Check with the refractometer; dilute with water",
            ],
            [
                "Dust on the outside of the door",
                "Door seal worn, or the extraction airflow low",
                "Replace the door seal; check the extraction unit",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Tool life"),
    (
        "table",
        [
            ["Tool", "Material", "Set life"],
            ["Ball mill 2.0 mm", "zirconia", "60 min"],
            ["Ball mill 1.0 mm", "zirconia", "40 min"],
            ["Ball mill 0.6 mm", "zirconia", "25 min"],
            ["Ball mill 2.0 mm", "PMMA, wax", "120 min"],
            ["Ball mill 1.0 mm", "PMMA, wax", "90 min"],
            ["Diamond grinder 1.4 mm (FX-540)", "glass ceramic, lithium disilicate", "20 units"],
            ["Titanium ball mill 1.5 mm (FX-540)", "titanium, wet only", "45 min"],
        ],
        (70, 60, 40),
    ),
    ("p", "For PEEK and composite use half the PMMA values."),
    ("h", "7. Starting a job"),
    (
        "ol",
        [
            "Switch on the compressor and check that the gauge at the machine inlet shows 6-8 bar.",
            "Switch on the machine; it references the axes (about 40 s).",
            "Switch on the extraction unit (dry) or check the coolant level (wet, FX-540).",
            "If prompted, let the warm-up run (8 min short, 20 min long).",
            "Check on the TOOLS screen that every tool the job needs is in its place and has enough life left.",
            "Insert the disc with the shoulder against the holder stop and tighten the four clamp screws to 2 Nm "
            "in a cross pattern.",
            "Close the door and send the job from the CAM; check the material and the disc height shown.",
            "Press START. Do not open the door until the spindle has stopped and the door releases.",
            "Remove the disc, vacuum the chamber and the holder, and store the disc with its label.",
        ],
    ),
    ("h", "8. Cleaning and changing the collet (weekly)"),
    (
        "ol",
        [
            "Let the job end and open the door.",
            "Select SERVICE > COLLET > RELEASE: the spindle releases the tool; remove it.",
            "Unscrew the collet nut with the two collet keys and pull out the collet.",
            "Clean the collet and the spindle taper with the collet brush and a lint-free cloth; no oil and no "
            "compressed air.",
            "Check the collet for scoring; replace it after 1000 spindle hours or when scored.",
            "Refit the collet and the nut, tighten by hand and then a further quarter turn with the keys.",
            "Select SERVICE > COLLET > CHECK: the machine clamps a test tool and measures it; M07 must not appear.",
        ],
    ),
    ("h", "9. Changing from dry to wet milling (FX-540)"),
    (
        "ol",
        [
            "Finish the dry job and vacuum the chamber, the holder and the drain grille thoroughly: zirconia or PMMA "
            "dust mixed with coolant forms a sludge that blocks the coolant filter.",
            "Remove the disc holder and fit the block holder.",
            "Check the coolant level and the concentration (2.5-3.5 %).",
            "Fit the two coolant nozzles in the chamber and open the coolant tap behind the door.",
            "Select MODE > WET. The machine checks the coolant flow and no longer asks for the extraction signal.",
            "Load the diamond grinders for the block material and send the job.",
            "To return to dry milling, select MODE > DRY and let the machine blow the chamber dry for 10 min with "
            "the door closed; wipe it and refit the disc holder.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Vacuum the chamber and the holder; check the air gauge"],
            ["Weekly", "Clean the collet (section 8) and the door seal; check the coolant concentration (FX-540)"],
            [
                "Every 2 weeks or 40 h of wet milling, whichever comes first (FX-540)",
                "Change the coolant and clean the coolant filter",
            ],
            ["Monthly", "Axis calibration with the calibration pin (SERVICE > CALIBRATE)"],
            ["1000 spindle hours", "Replace the collet"],
            [
                "1500 spindle hours or 12 months (M13)",
                "Fraxenta service: spindle and axis check, spindle exchange if needed",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FX-520", "FX-540"],
            ["Collet 3 mm", "FXT-CO-3", "FXT-CO-3"],
            ["Collet keys (pair)", "FXT-KY-2", "FXT-KY-2"],
            ["Exchange spindle", "FXT-SP-520", "FXT-SP-540"],
            ["Door seal", "FXT-DS-52", "FXT-DS-54"],
            ["Calibration pin", "FXT-CP-5", "FXT-CP-5"],
            ["Coolant filter", "-", "FXT-CF-40"],
            ["Coolant CL-3 concentrate, 1 L", "-", "FXT-CL-3"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Sintavera ZR zirconia sintering furnaces
SINTAVERA = [
    ("title", "Sintavera ZR Zirconia Sintering Furnaces\nOperating Instructions - ZR-100 and ZR-150"),
    (
        "p",
        "Document SVA-OI-ZR-03, Edition 3, January 2025. Sintavera Dental Furnaces. The ZR-100 and ZR-150 are "
        "bottom-loading high-temperature furnaces for sintering dental zirconia (3Y, 4Y and 5Y-TZP) in air. Four "
        "(ZR-100) or six (ZR-150) molybdenum disilicide (MoSi2) heating elements hang in a chamber of high-purity "
        "fibre insulation; the load sits in stacked ceramic crucibles on the lift table. The two models differ in "
        "the chamber and crucible size, the elements, the power and the heating rate; everything else is alike. "
        "Which programme suits a zirconia is stated by the zirconia maker; this manual gives the furnace's limits, "
        "not material data. The electrical installation up to the wall socket or isolator is the site's.",
    ),
    (
        "warn",
        "WARNING: The chamber reaches 1600 °C. Never open the lift above 200 °C except in the speed programme, and "
        "then only with the crucible tongs and heat-resistant gloves. Do not sinter metals, glass ceramics or "
        "colouring liquids that the zirconia maker has not released for this kind of furnace.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ZR-100", "ZR-150"],
            ["Maximum temperature", "1600 °C", "1600 °C"],
            ["Crucible diameter", "100 mm", "150 mm"],
            ["Crucibles stacked, maximum", "3", "3"],
            ["Capacity, single units (3 crucibles)", "up to 60 units", "up to 120 units"],
            ["Heating elements MoSi2", "4", "6"],
            ["Maximum heating rate", "20 °C/min", "15 °C/min"],
            ["Maximum controlled cooling rate, down to 900 °C", "15 °C/min", "10 °C/min"],
            ["Temperature uniformity at 1500 °C", "±5 °C", "±8 °C"],
            ["Thermocouple", "type B", "type B"],
            ["Supply 230 V 1~ 50/60 Hz", "2.4 kW", "3.5 kW"],
            ["Supply fuse", "16 A, C characteristic", "20 A, C characteristic"],
            ["Programmes", "40", "40"],
            ["Dimensions W x D x H", "400 x 500 x 820 mm", "460 x 560 x 880 mm"],
            ["Mass", "68 kg", "92 kg"],
            [
                "Clearance to walls and other devices",
                "at least 200 mm at the sides and 500 mm above",
                "at least 200 mm at the sides and 500 mm above",
            ],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The uniformity figures hold for an empty chamber with the middle crucible position at a steady 1500 °C. The "
        "capacities are for single crowns of average size laid on a bed of sintering beads; bridges take more room.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Set the furnace on a non-combustible, level surface that carries its mass, with the clearances in the "
            "table. The housing can reach 70 °C on the top.",
            "Never look into the open chamber above 600 °C without tinted glasses; never touch the elements, "
            "which are brittle when cold.",
            "Fibre insulation dust irritates the airways: vacuum it with a nozzle, never blow it out.",
            "Element and insulation work is done by Sintavera service only.",
        ],
    ),
    ("h", "3. Programme settings and limits"),
    (
        "cols",
        [
            ("h", "Standard programme"),
            (
                "p",
                "Programme P1 is set at the factory for 3Y-TZP and most 4Y and 5Y materials: 10 °C/min to 900 "
                "°C; 3 °C/min to 1450 °C; hold 120 min; cool at 10 °C/min to 900 °C; then natural cooling with "
                "the lift closed.",
            ),
            ("h", "Programme duration"),
            (
                "p",
                "Duration (min) = sum of (temperature change / rate) over all ramps + the hold times. For P1 from "
                "20 °C: (900 - 20) / 10 = 88 min, (1450 - 900) / 3 = 183 min, 120 min hold and (1450 - 900) / 10 = "
                "55 min, in all 446 min:",
            ),
            ("p", "P1 takes about 7 h 26 min."),
            (
                "p",
                "Natural cooling from 900 °C down to 200 °C adds about 2 h. Use the formula to plan overnight runs.",
            ),
            ("h", "Speed programme"),
            (
                "p",
                "Programme P9 heats at 20 °C/min, holds 1530 °C for 25 min and opens the lift in steps from 1200 "
                "°C; about 90 min in all. It is allowed only on the ZR-100, with the speed crucible and no more "
                "than 12 single units, and only for zirconia that its maker has released for speed sintering. The "
                "ZR-150 does not offer P9.",
            ),
            ("h", "Long-span bridges"),
            (
                "p",
                "For bridges of more than 6 units, or walls thicker than 3 mm, heat at no more than 5 °C/min above "
                "900 °C and cool at no more than 5 °C/min down to 900 °C.",
            ),
            ("h", "Power failure"),
            (
                "p",
                "If the power returns within 10 min and the chamber is still above 1000 °C, the programme goes on. "
                "Otherwise it is aborted with F06 and the technician judges the load.",
            ),
            ("h", "Overtemperature"),
            ("p", "An independent limiter cuts the elements at 1660 °C (F02)."),
            ("h", "Temperature calibration"),
            (
                "p",
                "The display may differ from the reference thermocouple by no more than 10 °C at 1500 °C. An offset "
                "of up to ±25 °C can be entered under SETUP > OFFSET; a larger difference is a matter for Sintavera "
                "service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Thermocouple", "Thermocouple open or its plug loose. The heating is switched off."],
            ["F02", "Overtemperature", "Limiter tripped at 1660 °C. Let cool; if it repeats, call Sintavera service."],
            [
                "F03",
                "Heating too slow",
                "Actual rate below 50 % of the set rate for 10 min: mains voltage low, elements aged, or the lift "
                "not fully closed.",
            ],
            ["F04", "Lift blocked", "Lift motor current too high: object on the table edge, or a crucible stuck."],
            ["F05", "Lift position", "Lift end switch not reached within 30 s."],
            ["F06", "Power failure", "Programme aborted after a power failure (section 3)."],
            ["F07", "Housing fan", "Cooling fan of the housing stopped. Do not run the furnace until repaired."],
            [
                "F08",
                "Electronics hot",
                "Above 70 °C in the electronics compartment: clearances too small or the fan filter clogged.",
            ],
            [
                "F10",
                "Element current",
                "Current of one element group out of balance: broken element or loose element clamp.",
            ],
            ["F11", "Regeneration due", "Regeneration counter reached (section 7)."],
            ["F12", "Calibration due", "12 months since the last calibration check (section 8)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Units greyish, yellowish or with dark spots",
                "Chamber or beads contaminated, or the element glaze flaking",
                "Run a regeneration firing (section 7); replace the sintering beads",
            ],
            [
                "White or glassy flakes on the crucible lid",
                "Silica layer of the elements flaking",
                "Regeneration firing; check the elements",
            ],
            [
                "Units too opaque, translucency not reached",
                "Final temperature too low or the offset wrong",
                "Calibration check (section 8)",
            ],
            ["Cracks in long bridges", "Heating or cooling too fast", "Use the long-span settings (section 3)"],
            [
                "Units fused to the crucible",
                "No bed of beads, or the beads used up",
                "Use a 3 mm bed of fresh zirconia beads",
            ],
            [
                "Programme takes much longer than planned",
                "Heating rate held back by low mains voltage",
                "Have the site check the supply under load",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and starting a programme"),
    (
        "ol",
        [
            "Check that the chamber is below 200 °C and lower the lift with the LIFT key.",
            "Fill each crucible with a bed of sintering beads about 3 mm deep.",
            "Place the units on the beads, occlusal surface down, 2 mm apart and not touching the crucible wall.",
            "Stack no more than 3 crucibles, each covered by the next one; put the lid on the top crucible.",
            "Set the stack in the centre of the lift table.",
            "Select the programme, check the segments shown and press START. The lift closes before the heating "
            "starts.",
            "Do not open the lift until the display shows END and the chamber is below 200 °C.",
        ],
    ),
    ("h", "7. Regeneration firing"),
    (
        "p",
        "The MoSi2 elements protect themselves with a thin silica glaze. Colouring liquids, binders and dust attack "
        "the glaze; it then flakes and can discolour the units. Regenerate the elements every 3 months, after 30 "
        "runs with coloured zirconia, or when F11 shows, whichever comes first.",
    ),
    (
        "ol",
        [
            "Remove all crucibles and beads: the chamber must be empty.",
            "With the furnace cold, vacuum loose insulation dust from the lift table with a soft nozzle.",
            "Select programme P40 (REGEN). It heats at 10 °C/min to 1450 °C, holds 60 min and cools naturally.",
            "Leave the lift closed until the chamber is below 200 °C.",
            "Check the elements: they should look smooth and evenly light grey. Flaking or a dull, rough surface "
            "after the regeneration is a matter for Sintavera service.",
            "Reset the counter under SETUP > REGEN; F11 clears.",
        ],
    ),
    ("h", "8. Calibration check"),
    (
        "ol",
        [
            "Use the Sintavera calibration set with its reference type B thermocouple and readout.",
            "Insert the reference thermocouple through the calibration port in the lift table, tip at the middle "
            "crucible position.",
            "Run programme P39 (CAL): 10 °C/min to 1500 °C and a hold of 30 min.",
            "After 20 min of hold, compare the readout with the furnace display.",
            "A difference of no more than 10 °C needs no action. Between 10 and 25 °C enter the difference as the "
            "offset under SETUP > OFFSET. More than 25 °C: stop using the furnace and call Sintavera service.",
            "Record the result and reset the calibration counter; F12 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each run", "Check the crucibles for cracks; replace the beads when they discolour"],
            ["Weekly", "Look at the elements through the open lift (cold)"],
            ["Monthly", "Clean the housing fan filter"],
            ["Every 3 months, 30 coloured runs, or F11, whichever comes first", "Regeneration firing (section 7)"],
            ["12 months (F12)", "Calibration check (section 8)"],
            ["When needed", "Elements and insulation replaced by Sintavera service only"],
        ],
        (80, 90),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "ZR-100", "ZR-150"],
            ["Heating element MoSi2, one", "SVA-HE-100", "SVA-HE-150"],
            ["Crucible with lid", "SVA-CR-100", "SVA-CR-150"],
            ["Speed crucible", "SVA-SC-100S", "-"],
            ["Sintering beads 3Y, 100 g", "SVA-BD-100", "SVA-BD-100"],
            ["Lift table seal", "SVA-LS-100", "SVA-LS-150"],
            ["Housing fan filter", "SVA-FF-1", "SVA-FF-1"],
            ["Calibration set", "SVA-TC-1", "SVA-TC-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Glasurra PF dental porcelain furnaces
GLASURRA = [
    ("title", "Glasurra PF Dental Porcelain Furnaces\nUser Manual - PF-70 and PF-90"),
    (
        "p",
        "Document GLS-UM-PF-02, Edition 2, June 2024. Glasurra Dental Ceramics Equipment. The PF-70 and PF-90 are "
        "vacuum firing furnaces for dental ceramics: veneering porcelain on metal and zirconia frameworks, stains, "
        "glazes and the crystallisation of glass ceramics. The heating coil is embedded in a quartz muffle above a "
        "motorised lift that carries the firing table. The PF-70 needs an external vacuum pump (Glasurra VP-2) "
        "plugged into its pump socket; the PF-90 has a diaphragm pump built in and a larger muffle. The external "
        "pump has its own manual. Firing temperatures, times and vacuum levels for a ceramic come from its maker's "
        "firing chart; they are not given here.",
    ),
    (
        "warn",
        "WARNING: The muffle and the firing table are hot enough to burn through gloves. Take trays out only with "
        "the firing tongs and set them on the cooling plate. Never fire anything containing wax, resin or plaster: "
        "the fumes contaminate the muffle.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PF-70", "PF-90"],
            ["Maximum firing temperature", "1200 °C", "1200 °C"],
            ["Usable firing space", "Ø 85 x 60 mm", "Ø 100 x 70 mm"],
            ["Maximum heating rate, up to 900 °C", "140 °C/min", "120 °C/min"],
            ["Vacuum pump", "external, VP-2", "built in, diaphragm"],
            ["Vacuum reached in the muffle", "below 50 hPa within 60 s", "below 50 hPa within 45 s"],
            ["Standby temperature, factory setting", "400 °C", "400 °C"],
            ["Programmes", "200", "300"],
            ["Supply 230 V 1~ 50/60 Hz", "1.5 kW", "1.7 kW"],
            ["Pump socket", "230 V, max 250 W", "-"],
            ["Supply fuse", "10 A", "10 A"],
            ["Thermocouple", "type S", "type S"],
            ["Dimensions W x D x H", "300 x 420 x 600 mm", "320 x 450 x 650 mm"],
            ["Mass", "22 kg", "27 kg"],
            [
                "Ambient conditions",
                "10-35 °C, up to 2000 m above sea level",
                "10-35 °C, up to 2000 m above sea level",
            ],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The vacuum figures hold from sea level up to 500 m, with a clean lift seal; for the PF-70 they also assume "
        "the VP-2 pump. Higher up the end vacuum is reached later. No heating rate is stated above 900 °C: there the "
        "rate falls with the temperature and depends on the load.",
    ),
    (
        "p",
        "Connecting the VP-2 (PF-70): plug the pump's mains cable into the pump socket at the rear and push the "
        "vacuum hose onto the nipple next to it; the furnace switches the pump on and off. The pump's own "
        "maintenance, its diaphragm and valves, is in the VP-2 manual. The built-in pump of the PF-90 is checked by "
        "Glasurra service at the 12-month service.",
    ),
    (
        "p",
        "Firing trays: use honeycomb trays with ceramic or metal pins, free of investment and ceramic residue. "
        "Support long bridges on pins at both ends, and keep every object at least 10 mm away from the muffle wall, "
        "where the temperature is higher than at the centre of the firing space.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Set the furnace on a heat-resistant surface with 100 mm free on every side and nothing above the lift "
            "opening.",
            "Keep the lift closed whenever the furnace is not being loaded, so the muffle stays dry and clean.",
            "Do not lean over the open muffle: the heat radiates upwards.",
            "Before any work behind the covers pull the mains plug and let the furnace cool below 100 °C.",
        ],
    ),
    ("h", "3. Firing parameters and limits"),
    (
        "cols",
        [
            ("h", "Standby"),
            (
                "p",
                "Between firings the furnace holds the standby temperature with the lift closed (400 °C from the "
                "factory, settable 200-600 °C).",
            ),
            ("h", "Closing time and predrying"),
            (
                "p",
                "The closing time lets the object dry before the muffle closes. Lengthen it for large bridges and "
                "thick layers; a wet object fired too soon blisters.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "Vacuum goes on at the start of heating and off at the final temperature or no more than 10 °C "
                "below it, so that the ceramic is fired under vacuum and the pores close. If the set vacuum is not "
                "reached within 60 s, P03 is shown and the firing is aborted.",
            ),
            ("h", "Long-term cooling"),
            (
                "p",
                "For veneers on zirconia frameworks thicker than 2 mm, and for bridges of more than 4 units, use "
                "long-term cooling: the lift stays closed down to 750 °C, or to the temperature the ceramic maker "
                "gives, before it opens. Cooling too fast causes cracks and chipping.",
            ),
            ("h", "Silver test"),
            (
                "p",
                "The silver test wire melts at 961 °C. The furnace records the temperature it shows when the wire "
                "melts, the indicated melt temperature.",
            ),
            ("p", "Correction = 961 - indicated melt temperature"),
            (
                "p",
                "Example: the wire melts at an indicated 950 °C, so the correction is 961 - 950 = +11 °C; enter +11 "
                "under SETTINGS > CALIBRATION. After the correction the indicated melt must lie between 955 and 967 "
                "°C. The total correction may not exceed ±30 °C; beyond that replace the thermocouple or call "
                "Glasurra service.",
            ),
            ("h", "Cleaning firing"),
            (
                "p",
                "Run the cleaning firing (1000 °C, 15 min, no vacuum, lift closed) after a standstill of more than "
                "3 days, once a month, and whenever a firing has left a grey film.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Thermocouple", "Thermocouple open or its plug loose."],
            ["P02", "Heating too slow", "Set rate not reached: mains voltage low or the heating coil aged."],
            [
                "P03",
                "Vacuum not reached",
                "Set vacuum not reached within 60 s: lift seal dirty or damaged, vacuum hose loose, or the pump off "
                "(PF-70).",
            ],
            ["P04", "Lift blocked", "Lift motor stalled: object on the table rim, or the lift spindle dry."],
            ["P06", "Overtemperature", "Above 1230 °C. The heating is cut; call Glasurra service if it repeats."],
            ["P07", "No pump", "PF-70: no pump current at the socket. Check the pump plug and switch."],
            ["P08", "Power failure", "Power lost during a firing; the firing is aborted."],
            ["P09", "Muffle hours", "1000 h of heating: the muffle is due for a check by Glasurra service."],
            ["P10", "Clock battery", "Replace the CR2032 cell behind the service flap."],
            ["P11", "Calibration due", "6 months since the last silver test."],
            ["P12", "Table fan", "Cooling fan of the firing table stopped."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bubbles or blisters in the porcelain",
                "Vacuum too weak (lift seal, hose, pump), or predrying too short",
                "Clean or replace the lift seal, check the hose; lengthen the closing time",
            ],
            [
                "Grey or milky porcelain",
                "Muffle contaminated, or the firing tray dirty",
                "Cleaning firing; clean or replace the tray",
            ],
            [
                "Porcelain under-fired: matte, rough, not dense",
                "Temperature lower than displayed",
                "Silver test (section 7)",
            ],
            [
                "Porcelain over-fired: rounded edges, glassy",
                "Temperature higher than displayed",
                "Silver test; check the programme",
            ],
            ["Cracks in the veneer on zirconia", "Cooling too fast", "Long-term cooling (section 3)"],
            ["Lift moves jerkily or stops", "Lift spindle dry", "Grease the spindle (section 8)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Firing an object"),
    (
        "ol",
        [
            "Check that the furnace has stood at standby with the lift closed for at least 10 min.",
            "Select or set the programme from the ceramic maker's chart: standby, closing time, heating rate, "
            "final temperature, hold time, vacuum and cooling.",
            "Place the object on a firing tray with pins and centre the tray on the firing table.",
            "Press START: the lift closes over the closing time, then heating and vacuum start.",
            "At the end the lift opens, at once or after long-term cooling. Take out the tray with the tongs and let "
            "the object cool away from draughts.",
        ],
    ),
    ("h", "7. Silver test"),
    (
        "ol",
        [
            "Bring the furnace to a standby of 700 °C.",
            "Fit the test holder on the firing table and clamp a 40 mm piece of silver wire between its two contacts.",
            "Select SETTINGS > CALIBRATION > SILVER TEST; the furnace closes and heats at 10 °C/min.",
            "When the wire melts the circuit opens; the furnace records the indicated melt temperature and cools.",
            "Work out the correction (section 3) and enter it.",
            "Repeat with a new wire: the indicated melt must now lie between 955 and 967 °C.",
            "Reset the calibration reminder; P11 clears.",
        ],
    ),
    ("h", "8. Replacing the lift seal and greasing the spindle"),
    (
        "ol",
        [
            "Let the furnace cool below 100 °C and switch it off.",
            "Lift the old seal out of the groove of the firing table and clean the groove with a dry brush.",
            "Press in the new seal without stretching it.",
            "Remove the rear cover and put a thin film of high-temperature grease on the lift spindle.",
            "Refit the cover, switch on and run SETTINGS > VACUUM TEST: the vacuum must fall below 50 hPa within "
            "60 s (PF-70) or 45 s (PF-90).",
        ],
    ),
    (
        "p",
        "The quartz muffle with its heating coil is replaced by Glasurra service only; it is not a user task and is "
        "not described here.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the firing table and trays; keep the lift closed when idle"],
            ["Weekly", "Check the lift seal for cracks and dust"],
            ["Monthly", "Cleaning firing (section 3)"],
            ["6 months (P11)", "Silver test (section 7)"],
            ["12 months", "Replace the lift seal; grease the lift spindle (section 8)"],
            ["1000 h of heating (P09)", "Muffle check by Glasurra service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PF-70", "PF-90"],
            ["Lift seal", "GLS-LS-70", "GLS-LS-90"],
            ["Firing table", "GLS-FT-85", "GLS-FT-100"],
            ["Honeycomb firing tray", "GLS-HT-80", "GLS-HT-95"],
            ["Silver test set (holder, 10 wires)", "GLS-ST-1", "GLS-ST-1"],
            ["Thermocouple type S", "GLS-TC-S", "GLS-TC-S"],
            ["Vacuum pump", "GLS-VP-2", "built in"],
            ["Vacuum hose", "GLS-VH-1", "-"],
            ["High-temperature grease", "GLS-HG-1", "GLS-HG-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Caldamor BO-9 burnout furnace
CALDAMOR = [
    ("title", "Caldamor BO-9 Burnout Furnace\nOperating Manual - Preheating of Investment Rings"),
    (
        "p",
        "Document CDM-OM-BO9-05, Edition 5, October 2024. Caldamor Lab Furnaces. The BO-9 is an electric muffle "
        "furnace for burning out wax and resin patterns and preheating investment rings before casting or pressing. "
        "Heating wires in quartz tubes heat the chamber from the bottom, both sides and the back. A catalytic "
        "afterburner on the top outlet burns the wax and resin fumes. The flue from the outlet to the outside, or to "
        "the site's exhaust system, is planned and installed by the site with its ventilation contractor and is not "
        "covered here. Burnout temperatures and hold times for an investment are given by its maker; the values "
        "below are the furnace's own limits and Caldamor's defaults.",
    ),
    (
        "warn",
        "WARNING: The door opens onto a chamber at up to 1100 °C. Wear heat-resistant gloves and a face shield when "
        "loading hot, and handle rings only with the ring tongs. Wax flares when the door is opened early in a "
        "burnout.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BO-9"],
            ["Maximum temperature", "1100 °C"],
            ["Chamber W x D x H", "230 x 250 x 130 mm"],
            ["Heating", "4 wire elements in quartz tubes (bottom, sides, back)"],
            ["Maximum heating rate", "15 °C/min"],
            ["Supply 230 V 1~ 50 Hz", "2.2 kW, fuse 16 A"],
            ["Afterburner", "catalytic, 450 W, working range 400-600 °C"],
            ["Flue outlet", "50 mm spigot, flue gas up to 300 °C"],
            ["Programmes", "99, each with up to 4 ramps and holds"],
            ["Overtemperature limiter", "independent, trips at 1130 °C, reset by key"],
            [
                "Surface temperature at 900 °C",
                "housing below 60 °C; door and the area around the flue outlet up to 90 °C, so keep 300 mm clear",
            ],
            ["Mass", "45 kg"],
        ],
        (70, 100),
    ),
    ("h", "2. Capacity"),
    (
        "table",
        [
            ["Ring size", "Ring diameter", "Rings per load"],
            ["x1", "30 mm", "15 rings"],
            ["x3", "40 mm", "9 rings"],
            ["x6", "55 mm", "4 rings"],
            ["x9", "70 mm", "2 rings"],
        ],
        (50, 60, 60),
    ),
    (
        "p",
        "Place the rings on the ring tray, sprue hole down, at least 10 mm apart and at least 20 mm from the quartz "
        "tubes. Mixed loads are allowed; count each x6 ring as two x3 rings and each x9 ring as four.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Run the afterburner on every burnout and keep the flue connected: wax and resin fumes irritate the "
            "airways.",
            "Do not place anything on the furnace or within 300 mm of the flue outlet.",
            "Do not heat anything other than investment rings, press muffles and the ring tray in the chamber.",
            "Before cleaning, let the furnace cool below 50 °C and switch off at the mains.",
        ],
    ),
    ("h", "4. Burnout settings and limits"),
    (
        "cols",
        [
            ("h", "Conventional burnout"),
            (
                "p",
                "For phosphate-bonded investment with wax patterns Caldamor's default programme P1 is: 5 °C/min to "
                "270 °C, hold 30 min; 5 °C/min to 580 °C, hold 30 min; 8 °C/min to the final temperature of 850 "
                "°C, then hold. Load the rings into the cold furnace.",
            ),
            ("h", "Final hold"),
            ("p", "For rings of size x3 the hold at the final temperature is:"),
            ("p", "hold (min) = 30 + 5 x (rings - 1)"),
            (
                "p",
                "Example: 6 rings of size x3 need 30 + 5 x 5 = 55 min. For rings of size x6 and x9 no hold is given "
                "here; the investment maker's times apply.",
            ),
            ("h", "Printed resin patterns"),
            (
                "p",
                "Castable printing resins expand when heated and leave ash. Hold at 330 °C for 60 min before going "
                "on, heat at no more than 3 °C/min below 600 °C, and never use the speed method with resin "
                "patterns.",
            ),
            ("h", "Speed method"),
            (
                "p",
                "For speed investments the furnace is preheated to 850 °C and the rings go in hot after the setting "
                "time the investment maker gives. The speed method is allowed only for rings up to size x3, with no "
                "more than 4 rings at a time and the afterburner at working temperature. Keep the door open no "
                "longer than 30 s while loading.",
            ),
            ("h", "Afterburner"),
            (
                "p",
                "Switch the afterburner on at the start of every burnout. It needs about 15 min to reach 400 °C; if "
                "it is still below 350 °C after 20 min, B06 is shown and the furnace holds its temperature.",
            ),
            ("h", "Door"),
            (
                "p",
                "The heating is off while the door is open. If the door stays open for more than 60 s during a hold, "
                "B03 is shown and the hold restarts when the door closes.",
            ),
            ("h", "Overtemperature"),
            (
                "p",
                "Above 1130 °C the independent limiter cuts the heating and B07 is shown; reset it with the key "
                "behind the service flap.",
            ),
        ],
    ),
    ("h", "5. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["B01", "Thermocouple", "Chamber thermocouple (type K) open or its plug loose."],
            [
                "B02",
                "Heating too slow",
                "Rate below the set rate for 20 min: element broken, door not closed or too many cold rings.",
            ],
            ["B03", "Door open", "Door open for more than 60 s during a hold."],
            ["B04", "Programme error", "A ramp above 15 °C/min or a temperature above 1100 °C was entered."],
            ["B05", "Afterburner sensor", "Afterburner thermocouple open."],
            ["B06", "Afterburner cold", "Below 350 °C after 20 min: check its fuse (4 A slow-blow) and its switch."],
            ["B07", "Limiter", "Limiter tripped above 1130 °C. Reset by key; call Caldamor service if it repeats."],
            [
                "B09",
                "Power failure",
                "If the chamber fell by less than 50 °C the programme resumes; otherwise it stops.",
            ],
            ["B10", "Electronics hot", "Above 60 °C in the control compartment: flue outlet area obstructed."],
            ["B11", "Flue fan", "The optional flue fan reports low speed."],
            ["B12", "Service due", "2000 h of heating or 24 months since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Smoke or wax smell in the lab",
                "Afterburner off or not yet hot, flue blocked, or too many rings in the speed method",
                "Switch the afterburner on from the start; check the flue; no more than 4 speed rings",
            ],
            [
                "Rings crack in the furnace",
                "Heated too fast in the first stages, or speed rings put in before their setting time",
                "Keep to 5 °C/min up to 580 °C; respect the setting time",
            ],
            [
                "Rough castings or incomplete margins",
                "Residue left in the mould, or the ring cooled before casting",
                "Lengthen the final hold; cast within 60 s of taking the ring out",
            ],
            ["Soot on the chamber walls", "Resin patterns heated too fast", "Use the resin settings (section 4)"],
            [
                "Temperature overshoots by more than 15 °C",
                "Thermocouple pulled back from its position",
                "Push the thermocouple in to its stop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Conventional burnout"),
    (
        "ol",
        [
            "Check that the chamber is empty and cold; switch on the furnace and the afterburner.",
            "Put the ring tray in the chamber and the rings on it, sprue hole down, 10 mm apart.",
            "Select P1 or the investment maker's programme; for x3 rings set the final hold by the formula in "
            "section 4.",
            "Close the door and press START.",
            "After the hold the furnace keeps the final temperature until STOP is pressed.",
            "Take out one ring at a time with the ring tongs and cast or press within 60 s; close the door between "
            "rings.",
        ],
    ),
    ("h", "8. Speed burnout"),
    (
        "ol",
        [
            "Switch on the afterburner, then preheat the empty furnace with programme P9 to 850 °C.",
            "Wait until the display shows READY and the afterburner lamp is green (at least 400 °C).",
            "Invest the rings (up to size x3) with the speed investment and wait the setting time its maker gives.",
            "Remove the ring formers and bases and open the door.",
            "Put in no more than 4 rings, sprue hole down, within 30 s, and close the door.",
            "Hold for the time the investment maker gives, at least 45 min from the moment the display is back at "
            "850 °C.",
            "Do not open the door in the first 15 min: the burning wax flares.",
        ],
    ),
    ("h", "9. Cleaning and checking the catalyst"),
    (
        "ol",
        [
            "Let the furnace cool below 50 °C and switch off at the mains.",
            "Vacuum investment crumbs from the chamber floor with a soft nozzle; do not touch the quartz tubes with "
            "metal.",
            "Lift off the afterburner cover and take out the catalyst insert.",
            "Hold it against a light: if more than a third of the channels are blocked, or the insert is cracked, "
            "replace it.",
            "Refit the insert and the cover, switch on, run the afterburner alone for 20 min and check that it "
            "reaches 400 °C.",
        ],
    ),
    (
        "p",
        "The heating elements and their quartz tubes are replaced by Caldamor service only; the procedure is not "
        "part of this manual.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each use", "Remove investment crumbs when cold"],
            ["Weekly", "Check the door seal and the ring tray"],
            ["Monthly", "Catalyst check (section 9)"],
            ["1500 h of afterburner operation or 2 years, whichever comes first", "Replace the catalyst insert"],
            ["12 months", "Temperature check with a reference thermocouple: display within ±10 °C at 850 °C"],
            ["2000 h of heating or 24 months (B12)", "Caldamor service: elements, limiter, insulation"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Ring tray", "CDM-RT-9"],
            ["Catalyst insert", "CDM-CAT-2"],
            ["Chamber thermocouple type K", "CDM-TK-1100"],
            ["Door seal", "CDM-DS-9"],
            ["Ring tongs", "CDM-TG-1"],
            ["Afterburner fuse 4 A slow-blow", "CDM-FU-4"],
        ],
        (90, 80),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("fraxenta-m5-dental-milling-machine.pdf", "Fraxenta FXT-OM-M5-04 Ed 2 - FX-520 / FX-540", FRAXENTA),
        ("sintavera-zr-zirconia-sintering-furnace.pdf", "Sintavera SVA-OI-ZR-03 Ed 3 - ZR-100 / ZR-150", SINTAVERA),
        ("glasurra-pf-porcelain-firing-furnace.pdf", "Glasurra GLS-UM-PF-02 Ed 2 - PF-70 / PF-90", GLASURRA),
        ("caldamor-bo-burnout-furnace.pdf", "Caldamor CDM-OM-BO9-05 Ed 5 - BO-9", CALDAMOR),
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
