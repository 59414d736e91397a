"""Generate the PDF manuals of the twenty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/venv-set26 && /tmp/venv-set26/bin/pip install fpdf2 pypdf
    /tmp/venv-set26/bin/python knowledge/samples/twentysixth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the twenty-fifth set's make_pdfs.py.
"""

from __future__ import annotations

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


# ---------------------------------------------------------------- Rauchmark SH batch smokehouses
RAUCHMARK = [
    ("title", "Rauchmark SH Batch Smokehouses\nOperation and Maintenance Manual - SH-2T and SH-4T"),
    (
        "p",
        "Document RMK-OM-SH-07, Edition 3, March 2024. Rauchmark Food Systems GmbH. The SH-2T and SH-4T are batch "
        "smokehouses for drying, hot smoking, cooking and shower cooling of meat, sausage and fish products on smoke "
        "trolleys. The number gives the trolleys per batch; apart from the chamber width, the heating "
        "and the items named in this manual the two are built alike. The smoke is made in a separate smoke "
        "generator, the Rauchmark SG-20, which has its own manual RMK-OM-SG-02. The chamber cooling coil for cold "
        "smoking (option C) is available for the SH-4T only.",
    ),
    (
        "warn",
        "WARNING: Smoke contains carbon monoxide. Never enter the chamber before it has been vented. Never open the "
        "door during steam cooking: escaping steam scalds.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SH-2T", "SH-4T"],
            ["Trolleys (1000 x 1000 x 2000 mm)", "2", "4"],
            ["Load per trolley, maximum", "250 kg", "250 kg"],
            ["Batch, maximum", "500 kg", "1000 kg"],
            ["Chamber temperature", "30-120 °C", "30-120 °C"],
            ["Electric heating", "36 kW", "66 kW"],
            ["Circulation fans", "1 x 5.5 kW", "2 x 5.5 kW"],
            ["Steam supply (cooking)", "2-3 bar, 60 kg/h", "2-3 bar, 110 kg/h"],
            ["Water supply (shower, cleaning)", "3-5 bar", "3-5 bar"],
            ["Electrical supply", "400 V 3~, 80 A", "400 V 3~, 125 A"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The heating is made of 3 kW elements, 12 on the SH-2T and 22 on the SH-4T. The empty chamber heats from "
        "20 °C to 80 °C in about 20 min on the SH-2T and about 25 min on the SH-4T. The SH-4T has two circulation "
        "fans; if one of them stops, the programme holds and S04 is shown.",
    ),
    ("h", "2. Process limits"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "Load no more than 250 kg per trolley. Hang or lay the product with at least 30 mm between the pieces; "
                "pieces must not touch each other or the trolley frame.",
            ),
            ("h", "Drying and smoking"),
            (
                "p",
                "Dry at 55-65 °C until the surface is dry to the touch, with the relative humidity below 30 %. Hot "
                "smoking runs at 60-75 °C. The controller holds the humidity within ±5 % RH of its setpoint in drying "
                "and smoking and within ±3 % RH in cooking. The air direction reverses every 60-90 s.",
            ),
            ("h", "Cooking"),
            (
                "p",
                "Cook with steam or moist heat at up to 100 °C. Cook sausages in natural casings by delta-T: hold the "
                "chamber no more than 20 °C above the product core temperature, normally 10-20 °C above it. A larger "
                "difference splits the casings.",
            ),
            ("h", "Core temperature"),
            (
                "p",
                "A cooking phase ends when every core probe has reached its target and held it. Rauchmark's default "
                "targets are: scalded sausages at least 72 °C core for at least 2 min; cooked ham at least 68 °C core "
                "for at least 10 min. The values your plant uses for product safety are set and validated by your "
                "quality assurance team.",
            ),
            ("h", "Cold smoking"),
            (
                "p",
                "Cold smoking (salmon, raw ham) needs the chamber at 18-26 °C and never above 28 °C. It is possible "
                "only with the chamber cooling coil (option C, SH-4T only).",
            ),
            ("h", "Temperature limits"),
            (
                "p",
                "Set the chamber no higher than 120 °C. The controller warns when the chamber is more than 8 °C above "
                "its setpoint (S05); the safety thermostat switches the heating off at 130 °C (S03). The smoke duct "
                "must stay at or below 120 °C; at 150 °C the fire damper closes (S13).",
            ),
            ("h", "Fan motors"),
            (
                "p",
                "Each circulation fan motor is rated 11.2 A. The motor protection trips at 110 % of the rated current, "
                "12.3 A (S04).",
            ),
            (
                "warn",
                "Never open the door with the chamber above 90 °C: let the programme vent it to below 60 °C first.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Emergency stop pressed", "Release the stop and reset"],
            ["S02", "Door opened during a programme", "Close and lock the door; the programme waits"],
            ["S03", "Chamber at 130 °C, heating switched off by the safety thermostat", "Let the chamber cool; check the controller and the chamber sensor RMK-TS1"],
            ["S04", "Circulation fan motor above 110 % of rated current", "Check the impeller for fat and dirt build-up and the fan bearings; reset the motor protection"],
            ["S05", "Chamber more than 8 °C above its setpoint (warning)", "Check the heater contactors and the chamber sensor"],
            ["S06", "Core probe open circuit or not in the product", "Insert the probe in the thickest piece; change a broken probe (RMK-CP1)"],
            ["S07", "Smoke generator not ready", "See the smoke generator manual RMK-OM-SG-02"],
            ["S09", "Steam pressure below 1.5 bar", "Check the steam supply and its strainer"],
            ["S10", "Water pressure below 2 bar", "Check the water supply; the shower and cleaning need 3-5 bar"],
            ["S11", "Humidity reading implausible", "Wet the psychrometer wick or change it (RMK-WK1)"],
            ["S12", "Exhaust damper not in position", "Check the damper actuator and its air supply"],
            ["S13", "Smoke duct at 150 °C, fire damper closed", "Keep the door shut until the duct has cooled (usually a tar fire); call Rauchmark service"],
            ["S14", "Detergent tank empty", "Fill the tank with RMK-CL5"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Uneven colour from top to bottom of a trolley", "Air reversal time too long; trolley overloaded or pieces touching", "Set the reversal to 60-90 s; keep 30 mm between pieces"],
            ["Casings split during cooking", "Chamber too far above the core (delta-T too large)", "Keep the chamber no more than 20 °C above the core"],
            ["Pale colour after smoking", "Surface still wet when the smoke started; wood chips too wet", "Dry longer; chip moisture: see RMK-OM-SG-02"],
            ["Core temperature rises slowly", "Chamber overloaded, door gasket leaking or one fan stopped (SH-4T)", "Check the load, the door gasket and the fans"],
            ["Sticky, smeared surface", "Humidity too high in drying", "Open the exhaust damper further; check the psychrometer wick"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Running a programme"),
    (
        "ol",
        [
            "Load the trolleys: no more than 250 kg each, at least 30 mm between pieces.",
            "Push the trolleys in (one behind the other on the SH-2T, two rows of two on the SH-4T).",
            "Insert one core probe per trolley into the thickest piece at mid-height.",
            "Close the door and lock the handle.",
            "Select the programme, check the phase settings and start it.",
            "Fill and start the smoke generator when the controller asks for it.",
            "At the end let the shower cool the product if the programme includes it, and let the chamber vent to below 60 °C before you open the door.",
        ],
    ),
    ("h", "6. Cleaning"),
    (
        "ol",
        [
            "Run the programme VENT and wait until the chamber is below 40 °C.",
            "Take out the trolleys and the drip trays.",
            "Start the cleaning programme. It foams the chamber with alkaline cleaner RMK-CL5 at 2-3 % in water at 55-60 °C; the SH-2T uses about 15 L of solution, the SH-4T about 25 L.",
            "Leave the foam to act for 20-30 min; do not let it dry on.",
            "Rinse with the shower and the hand hose at no more than 5 bar. Never aim a high-pressure cleaner at the fan motor or the door gasket.",
            "Once a week, after the alkaline clean, run the acid programme with RMK-CL7 at 1-2 %.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Clean the chamber (section 6); check that the psychrometer wick is wet"],
            ["Weekly", "Acid clean; change the psychrometer wick RMK-WK1; check the shower nozzles"],
            ["Monthly", "Check the door gasket for cuts; check the fan impellers for build-up"],
            ["Every 1000 h", "Grease the fan motor bearings, 2 shots of RMK-GR1 each"],
            ["Yearly", "Test of the safety thermostat and the smoke duct fire damper by Rauchmark service"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The humidity measurement is calibrated to instruction RMK-SI-11. The chamber sensor and the core probes are "
        "checked against a reference thermometer once a year by your quality assurance team.",
    ),
    ("h", "8. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "SH-2T", "SH-4T"],
            ["Door gasket", "RMK-DG2", "RMK-DG4"],
            ["Heater element 3 kW", "RMK-HE3", "RMK-HE3"],
            ["Fan impeller", "RMK-FI55", "RMK-FI55"],
            ["Core probe", "RMK-CP1", "RMK-CP1"],
            ["Chamber sensor", "RMK-TS1", "RMK-TS1"],
            ["Psychrometer wick, pack of 10", "RMK-WK1", "RMK-WK1"],
            ["Shower nozzle 1.5 mm", "RMK-SN15", "RMK-SN15"],
            ["Shower nozzle 2.0 mm (standard)", "RMK-SN20", "RMK-SN20"],
            ["Shower nozzle 3.0 mm", "RMK-SN30", "RMK-SN30"],
            ["Alkaline cleaner, 20 L", "RMK-CL5", "RMK-CL5"],
            ["Acid cleaner, 20 L", "RMK-CL7", "RMK-CL7"],
            ["Bearing grease, 400 g", "RMK-GR1", "RMK-GR1"],
            ["Cooling coil valve (option C)", "-", "RMK-CV4"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kurvenholt PR four-roll plate bending machines
KURVENHOLT = [
    ("title", "Kurvenholt PR Four-Roll Plate Bending Machines\nOperation and Maintenance Manual - PR-2013 and PR-2516"),
    (
        "p",
        "Document KVH-OM-PR-02, Edition 4, November 2023. Kurvenholt Maschinenbau GmbH. The PR-2013 and PR-2516 are "
        "hydraulic four-roll plate bending machines with NC control: the driven top roll, the bottom (clamping) roll "
        "under it and two side rolls that do the bending. The first two digits give the largest plate width in "
        "decimetres, the last two the rolling capacity in millimetres. Apart from the size and the items named in "
        "this manual the two machines are built alike. The cone bending device (option K) is available for the "
        "PR-2516 only.",
    ),
    (
        "warn",
        "WARNING: The rolls draw in hands, gloves and clothing. Keep hands at least 1 m from the rolls while they "
        "turn and feed plates from the side. The trip wire runs along the front and the back of the machine and "
        "stops all movement; test it every week.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PR-2013", "PR-2516"],
            ["Plate width, maximum", "2000 mm", "2500 mm"],
            ["Rolling capacity, S355, full width", "13 mm", "16 mm"],
            ["Pre-bending capacity, S355, full width", "10 mm", "13 mm"],
            ["Top roll diameter", "300 mm", "340 mm"],
            ["Bottom roll diameter", "270 mm", "310 mm"],
            ["Side roll diameter", "240 mm", "270 mm"],
            ["Rolling speed", "5 m/min", "5 m/min"],
            ["Main drive motor", "11 kW, rated 22 A", "15 kW, rated 29 A"],
            ["Hydraulic system pressure", "250 bar", "250 bar"],
            ["Hydraulic oil tank", "160 L", "200 L"],
            ["Machine weight", "9.5 t", "13.8 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities are for S355 steel (yield strength 355 N/mm²) rolled to an inside diameter of at least three "
        "times the top roll diameter, that is 900 mm on the PR-2013 and 1020 mm on the PR-2516. Smaller diameters are "
        "possible with thinner plate (table in section 2).",
    ),
    ("h", "2. Rolling limits"),
    (
        "cols",
        [
            ("h", "Plate thickness by width"),
            (
                "p",
                "Plates narrower than the full width may be thicker. For S355 the largest rolling thickness is:\n"
                "PR-2013: 13 mm at 2000 mm, 15 mm at 1500 mm, 18 mm at 1000 mm wide.\n"
                "PR-2516: 16 mm at 2500 mm, 19 mm at 1500 mm, 22 mm at 1000 mm wide.\n"
                "For a width between two of these values use the value for the next wider plate.",
            ),
            ("h", "Other materials"),
            (
                "p",
                "S235 and S275 may be rolled to the S355 values. Stainless steels 1.4301 (AISI 304) and 1.4404 (AISI "
                "316L): no more than 70 % of the S355 thickness, that is 9 mm on the PR-2013 and 11 mm on the PR-2516 "
                "at full width. Aluminium alloys up to 5083: the S355 values. For S690 and other high-strength steels, "
                "and for wear-resistant plate, ask Kurvenholt application engineering; no values are given here.",
            ),
            ("h", "Pre-bending"),
            (
                "p",
                "Pre-bend both ends before rolling; the unbent flat end is then about 1.5-2 times the plate thickness "
                "long. Never pre-bend plate thicker than the pre-bending capacity in section 1.",
            ),
            ("h", "Hydraulics"),
            (
                "p",
                "The hydraulic oil should run at 30-50 °C. At 60 °C the control warns (P03); at 70 °C rolling stops "
                "(P04). In a workshop below 10 °C run the pump idle until the oil is at least 20 °C before rolling at "
                "full pressure.",
            ),
            ("h", "Main drive"),
            (
                "p",
                "The main motor may run above its rated current for short peaks. If the current stays above 100 % of "
                "the rated current (22 A and 29 A) for more than 10 s, stop and take a smaller pass. The drive trips at "
                "150 %, 33 A on the PR-2013 and 43.5 A on the PR-2516 (P07).",
            ),
            ("h", "Roll alignment"),
            (
                "p",
                "The side rolls must stay parallel to the top roll within ±0.5 mm over their length. The NC stops when "
                "the two ends of a side roll differ by more than 2 mm (P08), unless the cone device is in use.",
            ),
            (
                "warn",
                "Never stand in front of a shell while it is lifted out at the drop end; hold long shells with the "
                "crane before you open the drop end.",
            ),
        ],
    ),
    (
        "p",
        "Minimum inside diameter by plate thickness (S355, full width). Do not interpolate between the rows; for other "
        "thicknesses ask Kurvenholt application engineering.",
    ),
    (
        "table",
        [
            ["Plate thickness", "PR-2013", "PR-2516"],
            ["6 mm", "450 mm", "510 mm"],
            ["8 mm", "500 mm", "560 mm"],
            ["10 mm", "600 mm", "650 mm"],
            ["13 mm", "900 mm", "800 mm"],
            ["16 mm", "-", "1020 mm"],
        ],
        (60, 55, 55),
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P01", "Emergency stop or trip wire actuated", "Release the stop or reset the trip wire; find out why it was pulled"],
            ["P02", "Hydraulic oil level low", "Top up with KVH-HO46; look for leaks at the cylinders and hoses"],
            ["P03", "Hydraulic oil at 60 °C (warning)", "Clean the oil cooler; reduce the number of heavy passes"],
            ["P04", "Hydraulic oil at 70 °C, rolling stopped", "Let the oil cool; check the cooler fan and the cooler fins"],
            ["P05", "Pressure filter clogged", "Change the filter element KVH-PF10"],
            ["P06", "Drop end not locked", "Close and lock the drop end bearing before rolling"],
            ["P07", "Main drive at 150 % of rated current, tripped", "Take a smaller pass; check the plate against section 2"],
            ["P08", "Ends of a side roll differ by more than 2 mm", "Home the side rolls; if it repeats, check the position encoders"],
            ["P10", "Clamping pressure not reached", "Check the clamping valve and its pressure switch"],
            ["P11", "Side roll encoder fault", "Check the encoder cable and plug; call Kurvenholt service"],
            ["P12", "Central lubrication reservoir empty", "Fill with grease KVH-GR2"],
            ["P13", "Cone device not in its parking position (option K, PR-2516 only)", "Park the cone device before cylindrical rolling"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Shell conical, one end tighter than the other", "Side rolls not parallel to the top roll", "Home the side rolls and check them within ±0.5 mm; see P08"],
            ["Middle of the shell larger in diameter than the ends", "Plate too thick for its width; the rolls deflect", "Check the thickness against section 2; roll in more, smaller passes"],
            ["Plate slips and does not feed", "Clamping pressure too low, or oily or scaled plate", "Clean the plate; check the clamping pressure (P10)"],
            ["Flat ends at the seam too long", "Ends not pre-bent", "Pre-bend both ends (flat end 1.5-2 times the thickness)"],
            ["Plate walks sideways while rolling", "Plate not square to the rolls", "Square the plate against the raised side roll before clamping"],
            ["Marks on the plate surface", "Scale or weld spatter on the rolls", "Clean the rolls every day"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Rolling a cylinder"),
    (
        "ol",
        [
            "Check the plate against section 2: thickness, width and material.",
            "Clean oil, scale and weld spatter off the plate.",
            "Raise the rear side roll as a stop, feed the plate in from the front and square its edge against the side roll.",
            "Clamp the plate between the top and bottom rolls.",
            "Pre-bend the leading end with the rear side roll.",
            "Roll the plate through to its trailing end and pre-bend the trailing end with the front side roll.",
            "Roll to the final diameter in several passes, raising the side roll a little each pass; check with a template.",
            "Tack-weld the seam while the shell is clamped, then open the drop end and lift the shell out with the crane.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Clean the rolls; check the hydraulic oil level and the lubrication reservoir"],
            ["Weekly", "Test the trip wire"],
            ["Every 500 h", "Check the filter clogging indicator"],
            ["Every 2000 h or yearly", "Change the pressure filter element KVH-PF10; have the oil analysed"],
            ["Every 4000 h", "Change the hydraulic oil: 160 L (PR-2013) or 200 L (PR-2516) of KVH-HO46"],
        ],
        (50, 120),
    ),
    (
        "p",
        "Regrinding and re-crowning of the rolls are done by Kurvenholt to instruction KVH-SI-06. Programming the NC "
        "control is described in the control manual KVH-NC-21. Periodic inspections required by national regulations "
        "are the operator's responsibility and are not covered by this manual.",
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Part", "PR-2013", "PR-2516"],
            ["Pressure filter element, 10 µm", "KVH-PF10", "KVH-PF10"],
            ["Hydraulic oil HLP 46, 20 L", "KVH-HO46", "KVH-HO46"],
            ["Top roll bearing set", "KVH-TB30", "KVH-TB34"],
            ["Side roll bearing set", "KVH-SB24", "KVH-SB27"],
            ["Trip wire switch", "KVH-TW1", "KVH-TW1"],
            ["Grease cartridge, 400 g", "KVH-GR2", "KVH-GR2"],
            ["Cone device wear pad (option K)", "-", "KVH-CW1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Maglivo CK circular knitting machines
MAGLIVO = [
    ("title", "Maglivo CK Single Jersey Circular Knitting Machines\nOperation and Maintenance Manual - CK-30 and CK-34"),
    (
        "p",
        "Document MGL-OM-CK-11, Edition 2, February 2024. Maglivo Knitting Machines S.r.l. The CK-30 and CK-34 are "
        "single jersey circular knitting machines with positive yarn feed for cotton, blended and filament yarns. The "
        "number is the cylinder diameter in inches; apart from the diameter, the number of feeders and the items "
        "named in this manual the two machines are built alike. Elastane (spandex) feeders, option L, are available "
        "for the CK-34 only.",
    ),
    (
        "warn",
        "WARNING: Never reach into the cam box or the needle area while the machine runs. Inch the machine only with "
        "the guard doors closed, except for the needle change in section 5, which is done with the main drive "
        "switched off between inching steps.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CK-30", "CK-34"],
            ["Cylinder diameter", "30 in (762 mm)", "34 in (864 mm)"],
            ["Gauges available", "E20, E24, E28", "E20, E24, E28"],
            ["Feeders (3 per inch of diameter)", "90", "102"],
            ["Needles at E28", "2640", "2992"],
            ["Maximum speed", "30 rpm", "26 rpm"],
            ["Speed factor (rpm x diameter in inches)", "900", "884"],
            ["Main motor", "7.5 kW", "7.5 kW"],
            ["Needle oil consumption, typical", "1.5 L per 24 h", "1.7 L per 24 h"],
            ["Compressed air", "6 bar", "6 bar"],
            ["Electrical supply", "400 V 3~, 25 A", "400 V 3~, 25 A"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "At the maximum speed the needles travel at about 72 m/min on the CK-30 (3.14 x 0.762 m x 30) and 71 m/min on "
        "the CK-34 (3.14 x 0.864 m x 26).",
    ),
    ("h", "2. Knitting limits"),
    (
        "cols",
        [
            ("h", "Speed"),
            (
                "p",
                "Run no faster than the maximum speed in section 1. For fabrics with elastane and for E20 with yarns "
                "coarser than Ne 20 reduce it to 80 %: the CK-30 to 24 rpm, the CK-34 to 21 rpm. In a knitting room "
                "warmer than 30 °C reduce the speed by 10 %: the CK-30 to 27 rpm, the CK-34 to 23 rpm.",
            ),
            ("h", "Knitting room"),
            (
                "p",
                "Keep the knitting room at 22-28 °C and 55-65 % relative humidity. Dry air gives static and lint; "
                "cotton yarns break more often below 50 % relative humidity.",
            ),
            ("h", "Yarn tension"),
            (
                "p",
                "Set the yarn tension at the feeder inlet to 3-5 cN for cotton and blended yarns and to 2-4 cN for "
                "polyester filament. Measure it with the tension meter MGL-TM1 at production speed.",
            ),
            ("h", "Yarn input"),
            (
                "p",
                "Check the yarn input of every feeder with the yarn-length meter once a shift. Each feeder must be "
                "within ±2 % of the mean of all feeders; a feeder outside it shows as a horizontal stripe (barre). "
                "Correct it on the stitch cam of that feeder, not on the positive feed belt.",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "Set the oil mist lubricator to 6-8 drops per minute. More oil gives oil stains; less makes the "
                "needles run hot. The cylinder should run no warmer than 45 °C; at 50 °C the machine stops (K10).",
            ),
            ("h", "Fabric take-down"),
            (
                "p",
                "Set the take-down tension so that the fabric tube is drawn down evenly. The fabric roll is doffed at "
                "25 kg on the CK-30 and 30 kg on the CK-34, or at a roll diameter of 500 mm, whichever comes first "
                "(K07).",
            ),
            (
                "warn",
                "Never blow compressed air into the cam box or the needle tracks: it drives lint into the cams. Use "
                "the lint blowers and a brush.",
            ),
        ],
    ),
    ("h", "3. Stop codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["K01", "Emergency stop pressed", "Release the stop and reset"],
            ["K02", "Guard door open", "Close the door"],
            ["K03", "Yarn break at a feeder (top stop motion)", "The feeder's lamp is lit; tie the yarn in and thread it through the feeder"],
            ["K04", "Needle detector: broken hook or latch", "Change the needle (section 5)"],
            ["K05", "Fabric hole detector", "Look for a broken needle or a yarn knot at the feeder before the hole"],
            ["K07", "Fabric roll full (weight or diameter)", "Doff the roll: 25 kg (CK-30), 30 kg (CK-34) or 500 mm"],
            ["K08", "Lubricator oil level low", "Fill with needle oil MGL-KO22"],
            ["K09", "Compressed air below 5 bar", "Check the air supply"],
            ["K10", "Cylinder at 50 °C", "Check the lubricator; look for dirt in the needle tracks"],
            ["K11", "Main drive fault", "Read the drive display; call Maglivo service if it repeats"],
            ["K12", "Positive feed belt slipping or broken", "Check the belt and change it if damaged"],
            ["K13", "Elastane break (option L, CK-34 only)", "Tie in the elastane; check the feed roller MGL-LR1"],
            ["K14", "Lint blower fault", "Check the blower motor and its fuse"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Fabric faults"),
    (
        "table",
        [
            ["Fault", "Possible cause", "Remedy"],
            ["Vertical line (needle line)", "Bent or worn needle; dirt in one needle track", "Change the needle; clean the track"],
            ["Holes", "Yarn tension too high, knots, damaged latch", "Check the tension (section 2); change the needle"],
            ["Dropped stitches", "Yarn tension too low or take-down too weak", "Raise the tension within its range; check the take-down"],
            ["Horizontal stripes (barre)", "A feeder outside ±2 % yarn input, or mixed yarn lots", "Measure all feeders; correct on the stitch cam; do not mix yarn lots"],
            ["Oil stains or oily lines", "Too much needle oil", "Set the lubricator to 6-8 drops per minute"],
            ["Fabric width varies", "Uneven take-down tension", "Check the take-down rollers and their drive"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a needle"),
    (
        "ol",
        [
            "Stop the machine and switch to inching mode.",
            "Inch the cylinder until the damaged needle is at the needle-change gate.",
            "Switch off the main drive and remove the gate cam.",
            "Lift the needle out with the needle tool MGL-NT1.",
            "Insert a new needle of the same gauge and type with its latch open.",
            "Refit the gate cam and tighten its two screws to 4 N m.",
            "Inch two full turns, then run at 5 rpm for 2 min and check the fabric for a line.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Brush off lint; check the oil level; yarn-length check of all feeders"],
            ["Daily", "Check the yarn tensions"],
            ["Weekly", "Clean the positive feed belts; test the needle detector and the hole detector"],
            ["Every 1500 h", "Flush the needle tracks with flushing oil MGL-FO10; change the lubricator filter MGL-LF1"],
            ["Yearly", "Change the gearbox oil: 4 L of MGL-GO220 on both models"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Full re-needling and gauge changes (changing the cylinder) are done by Maglivo service to instruction "
        "MGL-SI-07. The elastane feeders have their own manual, MGL-OM-L-03.",
    ),
    ("h", "7. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "CK-30", "CK-34"],
            ["Needle E20, box of 100", "MGL-N20", "MGL-N20"],
            ["Needle E24, box of 100", "MGL-N24", "MGL-N24"],
            ["Needle E28, box of 100", "MGL-N28", "MGL-N28"],
            ["Sinker E20 / E24 / E28, box of 100", "MGL-S20 / MGL-S24 / MGL-S28", "MGL-S20 / MGL-S24 / MGL-S28"],
            ["Positive feed belt", "MGL-PB30", "MGL-PB34"],
            ["Needle oil, 20 L", "MGL-KO22", "MGL-KO22"],
            ["Flushing oil, 5 L", "MGL-FO10", "MGL-FO10"],
            ["Lubricator filter", "MGL-LF1", "MGL-LF1"],
            ["Needle tool", "MGL-NT1", "MGL-NT1"],
            ["Yarn tension meter", "MGL-TM1", "MGL-TM1"],
            ["Elastane feed roller (option L)", "-", "MGL-LR1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Softenza SE softgel encapsulation machines
SOFTENZA = [
    ("title", "Softenza SE Softgel Encapsulation Machines\nOperation and Maintenance Manual - SE-150 and SE-250"),
    (
        "p",
        "Document SFZ-OM-SE-05, Edition 3, June 2024. Softenza Pharma Machinery S.A. The SE-150 and SE-250 make soft "
        "gelatin capsules by the rotary die process: two gelatin ribbons are cast on cooled drums and led between two "
        "die rolls, and the fill is injected through the heated wedge while the die rolls seal and cut the capsules. "
        "The number is the die roll length in millimetres; apart from the length, the number of fill pump plungers "
        "and the items named in this manual the two machines are built alike. The gelatin mass is prepared in the "
        "gelatin melter and the capsules are dried in the tumble dryer; both are separate units with their own "
        "manuals, SFZ-OM-GM-01 and SFZ-OM-TD-02.",
    ),
    (
        "warn",
        "WARNING: The die rolls cut and seal with high force. Never touch the die rolls or the ribbons between them "
        "while the machine runs. The wedge and the spreader boxes are hot (up to 65 °C) and hot gelatin sticks to "
        "the skin.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SE-150", "SE-250"],
            ["Die roll length", "150 mm", "250 mm"],
            ["Die roll diameter", "100 mm", "100 mm"],
            ["Die roll speed", "1-5 rpm", "1-5 rpm"],
            ["Fill pump plungers", "12", "20"],
            ["Output, size 10 oval at 4 rpm", "57 600 capsules/h", "96 000 capsules/h"],
            ["Ribbon thickness", "0.6-1.0 mm", "0.6-1.0 mm"],
            ["Wedge heating", "4 x 100 W", "6 x 100 W"],
            ["Casting drum cooling water", "14-18 °C, 10 L/min", "14-18 °C, 15 L/min"],
            ["Electrical supply", "400 V 3~, 16 A", "400 V 3~, 20 A"],
            ["Machine weight", "1450 kg", "1900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The output is plungers x rows of cavities around the roll x rpm x 60. A size 10 oval die roll has 20 rows of "
        "cavities around its circumference, so at 4 rpm the SE-150 makes 12 x 20 x 4 x 60 = 57 600 capsules per hour "
        "and the SE-250 96 000. Size 10 oval runs at no more than 4 rpm; sizes up to 5 may run at up to 5 rpm. Other "
        "sizes have other row counts: see the die roll certificate.",
    ),
    ("h", "2. Process settings"),
    (
        "cols",
        [
            ("h", "Gelatin mass"),
            (
                "p",
                "Keep the gelatin mass in the spreader boxes at 55-60 °C and never above 65 °C, or the gelatin loses "
                "strength and darkens. Keep the mass hoses at the same temperature.",
            ),
            ("h", "Ribbons"),
            (
                "p",
                "Cast the ribbons at 0.8 mm for size 10 oval (0.6-1.0 mm for other sizes). The two ribbons must agree "
                "within ±0.03 mm of each other, and each ribbon must be even across its width within ±0.02 mm. Measure "
                "with the ribbon micrometer SFZ-MM1 at start-up and every hour.",
            ),
            ("h", "Wedge temperature"),
            (
                "p",
                "Set the wedge to 37-40 °C for oily fills (vegetable and fish oils, suspensions in oil) and to "
                "34-37 °C for fills with PEG or other water-miscible solvents. The controller warns at 42 °C (E14) and "
                "switches the wedge heaters off at 45 °C (E15).",
            ),
            ("h", "Die roll pressure"),
            (
                "p",
                "Raise the die roll pressure only until the capsules are cut out cleanly. Never go above 3 bar on the "
                "gauge on the SE-150 or 4 bar on the SE-250; more pressure wears the lands of the die rolls.",
            ),
            ("h", "Seams"),
            (
                "p",
                "The seam must be at least 50 % of the ribbon thickness thick, 0.4 mm with 0.8 mm ribbons. Check 10 "
                "capsules an hour by cutting them through the seam.",
            ),
            ("h", "Fill weight"),
            (
                "p",
                "Each plunger must deliver within ±2 % of the target fill weight and the average of all plungers "
                "within ±1 %. Weigh one capsule from every plunger at start-up and every 30 min.",
            ),
            ("h", "Room and cooling"),
            (
                "p",
                "Keep the encapsulation room at 20-24 °C and no more than 40 % relative humidity. The casting drum "
                "cooling water must be 14-18 °C; warmer water lets the ribbons stick to the drums.",
            ),
            ("h", "Lubricating oil"),
            (
                "p",
                "The oil rolls apply MCT lubricating oil SFZ-LO1 to the ribbons at 10-20 mL/h on each side.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E10", "Emergency stop pressed", "Release the stop and reset"],
            ["E11", "Guard open", "Close the guard"],
            ["E12", "Gelatin level low in a spreader box", "Check the mass supply from the gelatin melter"],
            ["E13", "Spreader box below 52 °C or above 63 °C", "Check the box heater and its sensor"],
            ["E14", "Wedge at 42 °C (warning)", "Check the wedge setpoint and its sensor"],
            ["E15", "Wedge at 45 °C, heaters off", "Let it cool; check the heater relays; change a faulty cartridge SFZ-WH1"],
            ["E16", "Ribbon break", "Re-thread; check the ribbon thickness and the gelatin temperature"],
            ["E18", "Fill pump overpressure", "Look for a blocked fill line or a blocked port in the wedge"],
            ["E19", "Fill tank level low", "Fill the tank; de-aerate new fill before use"],
            ["E20", "Cooling water flow low", "Check the water supply and its filter"],
            ["E21", "Die roll drive overload", "Check the die roll pressure; look for a foreign body between the rolls"],
            ["E22", "Dryer conveyor stopped", "See the tumble dryer manual SFZ-OM-TD-02"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Capsule faults"),
    (
        "table",
        [
            ["Fault", "Possible cause", "Remedy"],
            ["Leaking capsules (seams open)", "Wedge too cold, die roll pressure too low or ribbon too thick", "Set the wedge within its range; raise the pressure within its limit; check the ribbon"],
            ["Air bubbles in the fill", "Fill not de-aerated, or air drawn in at a fill line joint", "De-aerate the fill; tighten the joints; change the gasket set"],
            ["Fill weight varies", "Worn plunger or dirty valve", "Weigh by plunger; change the plunger set"],
            ["Thin, weak seams", "Ribbon too thin or wedge too hot", "Check the ribbon thickness and the wedge temperature"],
            ["Ribbons stick to the casting drums", "Cooling water too warm", "Keep the water at 14-18 °C"],
            ["Halves offset at the seam", "Die rolls out of timing", "Re-time the die rolls (SFZ-SI-08)"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Procedures"),
    ("p", "5.1 Start-up"),
    (
        "ol",
        [
            "Check that the die rolls are clean and match the product (size and shape are engraved on the roll end).",
            "Start the cooling water and check that it is at 14-18 °C.",
            "Heat the spreader boxes to 55-60 °C and the wedge to its setpoint.",
            "Connect the heated mass hoses from the gelatin melter and fill the spreader boxes.",
            "Cast the ribbons and measure them with the micrometer.",
            "Lead the ribbons over the oil rolls and between the die rolls; start the die rolls at 1 rpm.",
            "Start the fill pump and raise the die roll pressure until the capsules cut out cleanly.",
            "Check the seams and the fill weight of every plunger, then raise the speed in steps of 1 rpm.",
        ],
    ),
    ("p", "5.2 Changing die rolls"),
    (
        "ol",
        [
            "Stop the fill pump and drain the fill from the wedge into a beaker.",
            "Switch off the wedge heaters and let the wedge cool below 30 °C.",
            "Release the die roll pressure to 0 bar and lock out the machine.",
            "Lift the wedge out with the wedge carrier SFZ-WC1.",
            "Undo the die roll clamp nuts and pull the rolls off their shafts.",
            "Fit the new rolls with their timing marks facing each other and tighten the clamp nuts to 60 N m.",
            "Refit the wedge and run ribbons without fill to check that the halves meet; offset halves mean the rolls must be re-timed to instruction SFZ-SI-08.",
        ],
    ),
    (
        "p",
        "Clean removed die rolls in warm water at no more than 50 °C, dry them, oil them with SFZ-LO1 and store them in "
        "the roll cabinet. Worn die rolls are re-cut at the Softenza factory only; send them in with form SFZ-F12. The "
        "preparation of the gelatin mass is described in the melter manual SFZ-OM-GM-01 and in your batch record.",
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every batch", "Clean the die rolls, the wedge and the fill pump"],
            ["Daily", "Check the oil roll felts; change them when they are hard"],
            ["Weekly", "Change the fill pump gasket set"],
            ["Monthly", "Grease the die roll shaft bearings"],
            ["Every 2000 h", "Change the die roll gearbox oil: 2.5 L (SE-150) or 3.5 L (SE-250)"],
        ],
        (40, 130),
    ),
    ("h", "7. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "SE-150", "SE-250"],
            ["Plunger set", "SFZ-PL12", "SFZ-PL20"],
            ["Fill pump gasket set", "SFZ-GS12", "SFZ-GS20"],
            ["Wedge heater cartridge, 100 W", "SFZ-WH1", "SFZ-WH1"],
            ["Oil roll felt", "SFZ-OF15", "SFZ-OF25"],
            ["MCT lubricating oil, 5 L", "SFZ-LO1", "SFZ-LO1"],
            ["Ribbon micrometer", "SFZ-MM1", "SFZ-MM1"],
            ["Wedge carrier", "SFZ-WC1", "SFZ-WC1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rauchmark-sh-batch-smokehouse.pdf", "Rauchmark RMK-OM-SH-07 Ed 3 - SH-2T / SH-4T", RAUCHMARK),
        ("kurvenholt-pr-plate-bending-roll.pdf", "Kurvenholt KVH-OM-PR-02 Ed 4 - PR-2013 / PR-2516", KURVENHOLT),
        ("maglivo-ck-circular-knitting-machine.pdf", "Maglivo MGL-OM-CK-11 Ed 2 - CK-30 / CK-34", MAGLIVO),
        ("softenza-se-softgel-encapsulation-machine.pdf", "Softenza SFZ-OM-SE-05 Ed 3 - SE-150 / SE-250", SOFTENZA),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 10, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
