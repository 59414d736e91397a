"""Generate the PDF manuals of the twenty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set28venv && /tmp/set28venv/bin/pip install fpdf2 pypdf
    /tmp/set28venv/bin/python knowledge/samples/twentyeighth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the twenty-seventh set's make_pdfs.py.
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



# ---------------------------------------------------------------- Mercalt CL centreless grinders
MERCALT = [
    ("title", "Mercalt CL Centreless Grinding Machines\nOperating and Maintenance Manual - CL-200 and CL-300"),
    (
        "p",
        "Document MCG-OM-CL-02, Edition 1, March 2025. Mercalt Grinding Machines GmbH. The CL-200 and CL-300 are "
        "centreless cylindrical grinders for throughfeed and infeed (plunge) grinding of pins, shafts, rollers and "
        "sleeves. The number gives the width of the grinding wheel in millimetres. Apart from the wheel width, the "
        "drive power, the workpiece range and the items named in this manual, the two machines are built alike. The "
        "automatic loader (option AL) is described in its own manual MCG-OM-AL-01.",
    ),
    (
        "warn",
        "WARNING: A bursting grinding wheel can kill. Never run a wheel faster than the speed marked on it, never "
        "start the spindle with the wheel guard open, and stand to the side of the wheel for the first minute after "
        "a new wheel is started. Wear eye protection and hearing protection at the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CL-200", "CL-300"],
            ["Workpiece diameter, throughfeed", "1-60 mm", "3-80 mm"],
            ["Workpiece length, infeed grinding, maximum", "190 mm", "290 mm"],
            ["Grinding wheel (diameter x width x bore)", "500 x 200 x 305 mm", "500 x 300 x 305 mm"],
            ["Grinding wheel, smallest usable diameter", "350 mm", "350 mm"],
            ["Regulating wheel (diameter x width x bore)", "300 x 200 x 127 mm", "300 x 300 x 127 mm"],
            ["Grinding wheel speed (fixed)", "1650 rpm, 43 m/s with a new wheel", "1650 rpm, 43 m/s with a new wheel"],
            ["Regulating wheel speed", "10-300 rpm, stepless", "10-300 rpm, stepless"],
            ["Grinding wheel motor", "15 kW, 27.7 A", "22 kW, 40.1 A"],
            ["Regulating wheel drive", "2.2 kW AC servo", "3 kW AC servo"],
            ["Coolant tank", "400 L", "550 L"],
            ["Spindle bearing oil (hydrodynamic bearings)", "18 L", "24 L"],
            ["Machine mass", "4200 kg", "5600 kg"],
            ["Electrical supply", "400 V 3~ 50 Hz, 50 A", "400 V 3~ 50 Hz, 63 A"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Motor currents are rated values at 400 V. Size accuracy in series production is 2 µm on the diameter with "
        "a freshly dressed wheel and coolant at steady temperature. Use only grinding wheels marked for at least "
        "50 m/s.",
    ),
    ("h", "2. Setting up for throughfeed grinding"),
    (
        "p",
        "The workpiece lies on the work rest blade between the grinding wheel and the regulating wheel. The "
        "regulating wheel is tilted so that it both turns the workpiece and pushes it through the machine.",
    ),
    (
        "ol",
        [
            "Switch the spindle off and wait until the grinding wheel has stopped. Open the work rest cover.",
            "Fit the work rest blade for the workpiece: carbide-tipped blade with a 30° top angle for workpieces up "
            "to 40 mm, 20° top angle for larger diameters. The blade must be thinner than the workpiece diameter.",
            "Set the blade height: the workpiece centre lies half the workpiece diameter above the line joining the "
            "wheel centres, but never more than 15 mm above it. Tighten the blade clamp screws to 50 Nm.",
            "Set the regulating wheel tilt: 1.5-3° for roughing, 0.5-1.5° for finishing. A larger angle feeds faster.",
            "Set the entry and exit guides so that the workpiece runs straight along the blade.",
            "Dress the regulating wheel after every change of tilt angle (section 4), then dress the grinding wheel.",
            "Grind a first piece, measure it at both ends and in the middle, and correct taper with the swivel of "
            "the regulating wheel head.",
        ],
    ),
    ("h", "3. Changing the grinding wheel"),
    (
        "ol",
        [
            "Switch off the spindle, wait for the wheel to stop and lock the main switch in the OFF position.",
            "Remove the wheel guard cover and fit the wheel lifting device MCG-WL5.",
            "Loosen the spindle nut with the spindle locked (left-hand thread). Pull the wheel with its flange "
            "assembly off the spindle with the puller.",
            "Before mounting a new wheel, carry out a ring test: tap the wheel lightly with a wooden mallet; a "
            "sound wheel gives a clear ring. Never mount a wheel that sounds dull or shows a crack.",
            "Fit the new wheel to the flanges with the blotters on both sides. Tighten the flange screws in a cross "
            "pattern to 35 Nm (6 screws M10 on the CL-200, 8 screws M10 on the CL-300).",
            "Balance the wheel with its flanges on the balancing stand.",
            "Slide the assembly onto the spindle and tighten the spindle nut to 250 Nm.",
            "Close the guard, stand to the side and run the wheel for 1 min at full speed.",
            "Dress the wheel. Balance it on the machine with the balancing unit to below 1.0 mm/s of vibration. "
            "Enter the new wheel diameter on the control page WHEEL.",
        ],
    ),
    ("h", "4. Dressing"),
    (
        "p",
        "Both wheels are dressed with single-point diamonds of 1.0 ct. Dress 0.02 mm per pass; traverse at 150-300 "
        "mm/min for roughing and at 50-80 mm/min for finishing. Finish with two passes at zero infeed. Turn the "
        "diamond a quarter turn in its holder every 50 dressings so that it keeps a sharp point. The regulating wheel "
        "is dressed at the same tilt angle at which it grinds, with the diamond at the height of the workpiece centre.",
    ),
    ("h", "5. Grinding and coolant limits"),
    (
        "cols",
        [
            ("h", "Stock removal"),
            ("p", "Throughfeed roughing: at most 0.10 mm on the diameter per pass. Finishing: at most 0.02 mm on the "
             "diameter per pass. On hardened steel above 58 HRC, halve the roughing removal to 0.05 mm per pass."),
            ("p", "Infeed grinding: infeed rate 0.5-2 mm/min on the diameter, followed by a spark-out of 3-5 s."),
            ("h", "Wheel wear"),
            ("p", "The grinding wheel speed is fixed, so the cutting speed falls as the wheel wears. Change the "
             "wheel when its diameter has worn to 350 mm; the control shows alarm A11 at that size."),
            ("h", "Coolant"),
            ("p", "Water-miscible grinding fluid MCG-CC5 at 3-5 % concentration, checked daily with the refractometer "
             "(factor 1.0). Working temperature 18-28 °C. At 30 °C the control shows A07 and size will drift; at "
             "35 °C the infeed stops. The coolant flow must cover the whole wheel width."),
            ("warn", "Never grind magnesium with the water-miscible coolant: the fines react with water and "
             "can ignite."),
            ("h", "Spindle oil"),
            ("p", "The hydrodynamic spindle bearings need at least 0.8 bar oil pressure before the spindle starts. "
             "The oil warns at 55 °C (A12) and the spindle stops at 60 °C."),
        ],
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A01", "Emergency stop pressed", "Release the button, reset at the panel"],
            ["A02", "Wheel guard or work rest cover open", "Close the guard or cover; the spindle cannot start"],
            ["A03", "Spindle oil pressure below 0.8 bar", "Check the oil level and the oil filter; the spindle "
             "will not start"],
            ["A04", "Grinding wheel motor overload", "Reduce stock removal, dress the wheel, check the infeed"],
            ["A05", "Regulating wheel servo fault", "Read the servo drive code; reset by switching off for 1 min"],
            ["A06", "Coolant level low", "Top up with mixed coolant at 3-5 %"],
            ["A07", "Coolant temperature 30 °C", "Check the chiller and the coolant flow"],
            ["A08", "Slideway lubrication pressure low", "Fill the lube tank with ISO VG 68 slideway oil"],
            ["A10", "Dresser or infeed at limit", "Retract the dresser; check the wheel diameter entry"],
            ["A11", "Grinding wheel diameter 350 mm", "Change the grinding wheel"],
            ["A12", "Spindle oil temperature 55 °C", "Check the oil cooler; stop at 60 °C"],
            ["A13", "Vibration above 2.8 mm/s", "Balance the wheel; check for a loaded or glazed wheel"],
            ["A14", "Air pressure below 5 bar", "Check the air supply to the balancing unit and the loader"],
        ],
        (20, 70, 80),
    ),
    ("p", "Code A09 is not used on the CL series."),
    ("h", "7. Grinding faults"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            ["Workpieces not round (lobing, 3 or 5 lobes)", "Work centre too low or too high above the wheel "
             "centres", "Re-set the blade height to half the workpiece diameter, at most 15 mm"],
            ["Taper along the workpiece", "Regulating wheel head swivel out of line", "Correct the swivel; dress the "
             "regulating wheel again"],
            ["Burn marks, yellow or blue tint", "Wheel glazed or too hard; coolant not reaching the cut", "Dress the "
             "wheel; check coolant nozzles and concentration"],
            ["Workpieces stop or spin in the machine", "Regulating wheel speed too high or tilt too small", "Reduce "
             "the regulating wheel speed; increase the tilt"],
        ],
        (55, 55, 60),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check coolant concentration (3-5 %) and level; check spindle oil level; clean the work rest"],
            ["Weekly", "Empty the paper band filter and the magnetic separator; check the blade for wear and chips"],
            ["Every 3 months", "Change the coolant and clean the tank"],
            ["Every 4000 h or yearly", "Change the spindle bearing oil (ISO VG 10, 18 L on the CL-200, 24 L on the "
             "CL-300) and the oil filter"],
            ["Yearly", "Check the slideway wipers; check the spindle run-out (at most 0.002 mm)"],
        ],
        (40, 130),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Wheel flange screws M10 (cross pattern)", "35 Nm"],
            ["Work rest blade clamp screws", "50 Nm"],
            ["Work rest clamp bolts M16", "120 Nm"],
            ["Grinding spindle nut (left-hand)", "250 Nm"],
            ["Regulating wheel flange nut", "120 Nm"],
        ],
        (110, 60),
    ),
    ("h", "10. Consumables and spare parts"),
    (
        "table",
        [
            ["Item", "CL-200", "CL-300"],
            ["Grinding wheel A80 K5 V", "MCG-GW500-200", "MCG-GW500-300"],
            ["Regulating wheel A120 R R (rubber bond)", "MCG-RW300-200", "MCG-RW300-300"],
            ["Spindle oil ISO VG 10, 20 L", "MCG-SO10", "MCG-SO10"],
            ["Coolant concentrate, 20 L", "MCG-CC5", "MCG-CC5"],
            ["Single-point diamond 1.0 ct", "MCG-DD10", "MCG-DD10"],
            ["Paper filter band, roll", "MCG-FB40", "MCG-FB55"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Lanvorra CK carding machines
LANVORRA = [
    ("title", "Lanvorra CK Revolving Flat Cards\nOperation and Maintenance Manual - CK-100 and CK-130"),
    (
        "p",
        "Document LSS-OM-CK-03, Edition 2, January 2025. Lanvorra Spinning Systems Ltd. The CK-100 and CK-130 are "
        "revolving flat cards for cotton, man-made fibres up to 60 mm staple and their blends, fed from a chute "
        "feed and delivering sliver into cans. The number gives the working width in centimetres. Apart from the "
        "width, the drive power and the items named in this manual, the two cards are built alike. The chute feed "
        "has its own manual LSS-OM-CF-01; the can changer is described in LSS-OM-CC-02.",
    ),
    (
        "warn",
        "WARNING: The cylinder runs on for several minutes after a stop. Never open a cover or insert a gauge until "
        "the cylinder has come to rest and the main switch is locked off. Card clothing cuts: wear cut-resistant "
        "gloves when handling wire. Cotton dust burns: keep the card and the floor clean.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CK-100", "CK-130"],
            ["Working width", "1000 mm", "1300 mm"],
            ["Production, cotton, maximum", "120 kg/h", "160 kg/h"],
            ["Delivery speed, maximum", "300 m/min", "300 m/min"],
            ["Sliver count", "4-7 ktex", "4-7 ktex"],
            ["Cylinder diameter", "1290 mm", "1290 mm"],
            ["Cylinder speed", "450-600 rpm", "400-500 rpm"],
            ["Licker-in diameter / speed", "250 mm / 800-1200 rpm", "250 mm / 800-1200 rpm"],
            ["Revolving flats, total / working", "84 / 30", "84 / 30"],
            ["Main drive motor (cylinder)", "11 kW, 20.8 A", "18.5 kW, 33.9 A"],
            ["Suction required at the card connection", "4200 m³/h at -850 Pa", "5400 m³/h at -850 Pa"],
            ["Compressed air", "6 bar, 8 Nm³/h", "6 bar, 10 Nm³/h"],
            ["Machine mass", "6800 kg", "8300 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Production figures are for carded cotton of 28-32 mm staple at 5 ktex. For man-made fibres reduce the "
        "production by 25 %. The card room should be kept at 22-28 °C and 50-60 % relative humidity.",
    ),
    ("h", "2. Setting gauges"),
    (
        "p",
        "Settings are made with feeler gauge leaves at the five measuring points across the flats and at both sides "
        "of each roller. All values are in millimetres and apply to both models.",
    ),
    (
        "cols",
        [
            ("h", "Cylinder to flats"),
            ("p", "Cotton: 0.20 / 0.18 / 0.18 / 0.18 / 0.20 mm from the entry to the exit of the flats. Man-made "
             "fibres: 0.25 mm at all five points."),
            ("p", "Check the flat settings after every flat grinding and after every clothing change."),
            ("h", "Licker-in and feed"),
            ("p", "Licker-in to cylinder: 0.18 mm. Feed plate to licker-in: 0.40 mm for cotton, 0.60 mm for "
             "man-made fibres. Mote knife to licker-in: 0.35 mm."),
            ("h", "Doffer"),
            ("p", "Cylinder to doffer: 0.10 mm. Doffer to stripping roller: 0.20 mm."),
            ("h", "Covers and plates"),
            ("p", "Back plate to cylinder: 0.45 mm. Front plate to cylinder, upper edge: 0.50 mm. Flat stripping "
             "comb: 0.50 mm to the flat tops."),
            ("warn", "A setting closer than 0.10 mm anywhere on the cylinder risks wire-on-wire contact, which "
             "destroys both clothings. Never reduce a gauge to cure a nep problem without checking the wire first."),
            ("h", "Speeds"),
            ("p", "Never run the cylinder above 600 rpm on the CK-100 or above 500 rpm on the CK-130. Flat speed: "
             "100-250 mm/min; a higher flat speed takes out more flat strips and trash."),
        ],
    ),
    ("h", "3. Setting the cylinder-to-flats gauge"),
    (
        "ol",
        [
            "Stop the card, wait until the cylinder has stopped and lock the main switch off.",
            "Open the flat cover on the operator side and on the drive side.",
            "Turn the flats by hand with the handwheel until a clean flat lies over the first measuring point.",
            "Insert the gauge leaf between the flat tips and the cylinder wire. The leaf must pass with a light "
            "drag and without lifting the flat.",
            "Adjust the flexible bend with the setting screws on both sides, a quarter turn at a time, until the "
            "gauge is correct at all five points on both sides.",
            "Tighten the bend clamp screws to 25 Nm and check the five points again.",
            "Close the covers, release the main switch and run the card empty for 5 min before feeding fibre.",
        ],
    ),
    ("h", "4. Clothing life and grinding"),
    (
        "table",
        [
            ["Clothing", "Grind every", "Replace after, CK-100", "Replace after, CK-130"],
            ["Cylinder wire", "150 t", "700 t", "900 t"],
            ["Doffer wire", "200 t", "900 t", "1150 t"],
            ["Flat tops", "60 t", "300 t", "380 t"],
            ["Licker-in wire", "not ground", "350 t", "450 t"],
        ],
        (45, 35, 45, 45),
    ),
    (
        "p",
        "Tonnages are for cotton; for man-made fibres replace the clothing after 70 % of the tonnage. Grind the "
        "cylinder with the traversing grinder LSS-TG2 at 1.5 m/min, light passes only, until the points are just "
        "bright. After grinding remove the grinding dust with the vacuum cleaner and reset all gauges.",
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Emergency stop", "Release, reset at the panel"],
            ["C02", "Fire or spark in the feed duct", "The feed stops and the fire flap closes. Do not open "
             "the card until the fire has been dealt with"],
            ["C03", "Metal detected in the feed", "Remove the metal from the trap; reset"],
            ["C04", "Sliver break or choke at the trumpet", "Clean the trumpet and the calender rolls, piece up the "
             "sliver"],
            ["C05", "Licker-in choke (overload)", "Clear the licker-in by hand with the card stopped; check the "
             "feed plate gauge"],
            ["C06", "Flat belt stopped", "Check the flat drive belt and the shear pin"],
            ["C07", "Cylinder cover open", "Close the cover; the card cannot start"],
            ["C08", "Suction too low (below -700 Pa)", "Check the filter plant and the dampers"],
            ["C09", "Chute feed empty", "Check the supply from the blow room"],
            ["C10", "Can full, changer fault", "Change the can by hand; see LSS-OM-CC-02"],
            ["C12", "Sliver count outside ±2 %", "Check the feed roller and the autoleveller sensor"],
            ["C13", "Main motor overload", "Reduce production; check the cylinder bearings"],
            ["C14", "Air pressure below 5 bar", "Check the air supply"],
            ["C15", "Cylinder bearing temperature above 75 °C", "Stop; check the grease and the bearing"],
        ],
        (20, 70, 80),
    ),
    ("p", "Code C11 is not used on the CK cards."),
    ("h", "6. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            ["Many neps in the sliver", "Wire blunt or flats set too wide", "Check wire condition; grind if due; "
             "check flat settings"],
            ["Web sagging or breaking at the doffer", "Draft too high; humidity below 50 %", "Reduce delivery "
             "speed; check the room humidity"],
            ["Fibre wrapping on the cylinder (loading)", "Wire damaged, honeydew or finish on the fibre", "Stop "
             "and inspect the wire; clean with the stripping brush"],
            ["Too much good fibre in the flat strips", "Flat speed too high", "Reduce the flat speed"],
        ],
        (55, 55, 60),
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the trumpet, calender rolls and the doffer area with the suction gun; never with "
             "compressed air"],
            ["Weekly", "Check the flat stripping brush and the flat belt tension"],
            ["Every 2000 h", "Grease the cylinder and doffer bearings with 30 g of grease LSS-G2 each"],
            ["Every 8000 h", "Change the gear oil of the doffer gearbox (CLP 220, 3.5 L)"],
        ],
        (40, 130),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Flexible bend clamp screws", "25 Nm"],
            ["Flat bar end screws", "8 Nm"],
            ["Cylinder bearing housing bolts M20", "380 Nm"],
            ["Doffer bearing housing bolts M16", "200 Nm"],
        ],
        (110, 60),
    ),
    ("h", "9. Consumables"),
    (
        "table",
        [
            ["Item", "CK-100", "CK-130"],
            ["Bearing grease, 1 kg", "LSS-G2", "LSS-G2"],
            ["Flat drive belt", "LSS-FB100", "LSS-FB130"],
            ["Flat stripping brush", "LSS-SB100", "LSS-SB130"],
            ["Gauge leaf set 0.10-0.60 mm", "LSS-GL6", "LSS-GL6"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Perforix TP turret punch presses
PERFORIX = [
    ("title", "Perforix TP CNC Turret Punch Presses\nOperator and Maintenance Manual - TP-20 and TP-30"),
    (
        "p",
        "Document PFX-OM-TP-05, Edition 1, May 2025. Perforix Sheet Metal Systems AB. The TP-20 and TP-30 are "
        "hydraulic CNC turret punch presses with a thick turret of 32 stations for sheets up to 1250 x 2500 mm. The "
        "number gives the punching force in tonnes (200 kN and 300 kN). Apart from the force, the thickness range, "
        "the number of auto-index stations and the items named in this manual, the two machines are built alike. "
        "Programming is described in the control manual PFX-CM-11.",
    ),
    (
        "warn",
        "WARNING: Keep out of the working area when the machine is in automatic mode; the table and the sheet move "
        "at up to 80 m/min. Never reach between the turrets. Lock the main switch off before changing a tool in the "
        "turret by hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TP-20", "TP-30"],
            ["Punching force", "200 kN", "300 kN"],
            ["Sheet thickness, mild steel, maximum", "4 mm", "6.35 mm"],
            ["Sheet thickness, stainless steel, maximum", "3 mm", "4 mm"],
            ["Sheet thickness, aluminium, maximum", "5 mm", "6.35 mm"],
            ["Stations / of which auto-index", "32 / 2", "32 / 4"],
            ["Largest tool diameter (station D)", "88.9 mm", "88.9 mm"],
            ["Hit rate at 1 mm stroke and 25 mm pitch, maximum", "600 /min", "450 /min"],
            ["Axis speed X / Y", "80 / 60 m/min", "80 / 60 m/min"],
            ["Sheet weight, maximum", "120 kg", "150 kg"],
            ["Hydraulic pump motor", "11 kW, 21.1 A", "15 kW, 28.3 A"],
            ["Hydraulic oil tank", "120 L", "160 L"],
            ["Electrical supply", "400 V 3~ 50 Hz, 32 A", "400 V 3~ 50 Hz, 40 A"],
            ["Compressed air", "6 bar, 300 L/min", "6 bar, 300 L/min"],
        ],
        (75, 47, 48),
    ),
    ("h", "2. Punching capacity"),
    (
        "p",
        "The force needed is the cut length times the sheet thickness times the shear strength of the material. The "
        "table gives the largest round hole that can be punched at full force in mild steel with a shear strength of "
        "350 N/mm². For stainless steel use 70 % of the diameter given; for aluminium the station size limits first.",
    ),
    (
        "table",
        [
            ["Mild steel thickness", "TP-20, largest round hole", "TP-30, largest round hole"],
            ["up to 2 mm", "88.9 mm (station limit)", "88.9 mm (station limit)"],
            ["3 mm", "60 mm", "88.9 mm (station limit)"],
            ["4 mm", "45 mm", "68 mm"],
            ["5 mm", "not permitted", "54 mm"],
            ["6 mm", "not permitted", "45 mm"],
            ["6.35 mm", "not permitted", "42 mm"],
        ],
        (50, 60, 60),
    ),
    (
        "p",
        "Never punch a hole smaller in diameter than the sheet thickness. Shapes are checked by the control: a tool "
        "whose cut length needs more than the machine's force is refused with alarm P106.",
    ),
    ("h", "3. Tooling rules"),
    (
        "cols",
        [
            ("h", "Die clearance"),
            ("p", "Total clearance (both sides together) as a percentage of the sheet thickness: mild steel 15-20 %, "
             "stainless steel 20-25 %, aluminium 10-15 %. Too little clearance doubles the force and wears the "
             "punch; too much leaves a large burr."),
            ("h", "Sharpening"),
            ("p", "Regrind a punch when its cutting edge has a radius of 0.25 mm or the burr grows above 10 % of the "
             "sheet thickness. Take 0.05 mm per pass and no more than 0.15 mm per sharpening, with coolant. "
             "Demagnetise the punch after grinding."),
            ("p", "A punch may be reground until its length is 203.5 mm (new: 207.5 mm). Refit the shim under the "
             "die after each sharpening so that the die height stays at 30.0 mm."),
            ("h", "Nibbling"),
            ("p", "Nibble with a pitch of at least one quarter of the tool width. With round tools keep the scallop "
             "height below 0.1 mm."),
            ("warn", "Never hit with a punch whose stripper is missing or cracked: the sheet lifts with the punch "
             "and can be thrown out of the clamps."),
            ("h", "Clamps"),
            ("p", "Keep the sheet edge at least 15 mm clear of the clamp jaws in every hit. The clamp dead zone is "
             "protected by the control (P108)."),
        ],
    ),
    ("h", "4. Changing the tool of an auto-index station"),
    (
        "ol",
        [
            "Select JOG mode and turn the turret so that the station is at the tool change position.",
            "Lock the main switch off and open the turret door.",
            "Release the index holder clamp with the hex key and lift out the punch assembly with the stripper.",
            "Remove the die with the die lifter; clean the die pocket and the key way.",
            "Fit the new die with its key in the key way; the die must sit flat without rocking.",
            "Insert the punch assembly; turn it until the key engages. Tighten the holder clamp screw to 20 Nm.",
            "Close the door, switch on, and enter the tool in the tool table of the control with its angle.",
            "Punch a test hole in a scrap sheet and check the burr.",
        ],
    ),
    ("h", "5. Hydraulic system"),
    (
        "p",
        "Hydraulic oil HLP 46, 120 L on the TP-20 and 160 L on the TP-30. Working oil temperature 30-55 °C; the "
        "oil cooler switches on at 45 °C. At 60 °C the control shows P112 and stops punching at the end of the "
        "sheet. Below 15 °C the control runs a 10 min warm-up before punching.",
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P101", "Emergency stop", "Release, reset"],
            ["P102", "Light curtain interrupted", "Clear the working area; reset"],
            ["P103", "Turret door open", "Close the door"],
            ["P104", "Sheet not clamped", "Check clamp air and clamp jaws"],
            ["P105", "Punch stuck in the sheet (stripping fault)", "Stop. Free the punch in JOG mode; check the "
             "stripper and the clearance"],
            ["P106", "Force needed above the machine force", "Check the tool and the sheet thickness"],
            ["P107", "Turret index position lost", "Reference the turret"],
            ["P108", "Hit in clamp dead zone", "Reposition the sheet; check the program"],
            ["P110", "Slug pulling detected", "Check the die and the clearance; use slug-free dies"],
            ["P111", "Hydraulic filter clogged", "Change the pressure filter element"],
            ["P112", "Oil temperature 60 °C", "Check the oil cooler and the oil level"],
            ["P113", "Oil level low", "Top up HLP 46"],
            ["P114", "Lubrication pressure low", "Fill the central lube tank"],
            ["P115", "Axis following error", "Check for a collision; reference the axes"],
            ["P116", "Air pressure below 5 bar", "Check the supply"],
        ],
        (20, 70, 80),
    ),
    ("p", "Code P109 is not used."),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the table brushes; check oil level and lube tank; empty the slug bin"],
            ["Weekly", "Grease the turret keys and the index holders; clean the light curtain"],
            ["Every 1000 h", "Change the pressure filter element PFX-HF10"],
            ["Every 4000 h or 2 years", "Change the hydraulic oil (120 L on the TP-20, 160 L on the TP-30) and the "
             "return filter PFX-HF25"],
            ["Yearly", "Turret alignment check by Perforix service"],
        ],
        (40, 130),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Index holder clamp screw", "20 Nm"],
            ["Clamp jaw screws M8", "25 Nm"],
            ["Die holder screws M6", "10 Nm"],
            ["Ram adapter screws M12", "85 Nm"],
        ],
        (110, 60),
    ),
    ("h", "9. Consumables"),
    (
        "table",
        [
            ["Item", "TP-20", "TP-30"],
            ["Hydraulic oil HLP 46, 20 L", "PFX-HO46", "PFX-HO46"],
            ["Pressure filter element", "PFX-HF10", "PFX-HF10"],
            ["Return filter element", "PFX-HF25", "PFX-HF25"],
            ["Table brush strip, set", "PFX-TB20", "PFX-TB20"],
            ["Turret lube grease, 400 g", "PFX-TG1", "PFX-TG1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Kornholm MR multi-rip saws
KORNHOLM = [
    ("title", "Kornholm MR Multi-Rip Saws\nOperating and Maintenance Manual - MR-310 and MR-410"),
    (
        "p",
        "Document KST-OM-MR-02, Edition 3, April 2025. Kornholm Sawing Technology Oy. The MR-310 and MR-410 are "
        "chain-fed multi-rip saws with the saw shaft below the workpiece, for ripping boards into strips with up to "
        "ten blades on one shaft. The number gives the largest cutting width in millimetres. Apart from the width, "
        "the cutting height, the motor and the items named in this manual, the two saws are built alike. The "
        "infeed and outfeed roller tables are described in KST-OM-RT-01.",
    ),
    (
        "warn",
        "WARNING: Kickback can throw a strip out of the infeed at the speed of the blade. Never stand in line with "
        "the infeed opening while the saw runs, never feed by hand closer than 500 mm to the hood, and never run the "
        "saw with an anti-kickback finger missing or sticking. Wear hearing protection.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MR-310", "MR-410"],
            ["Cutting width, maximum", "310 mm", "410 mm"],
            ["Cutting height", "10-100 mm", "10-125 mm"],
            ["Workpiece length, minimum", "350 mm", "400 mm"],
            ["Saw shaft diameter / speed", "70 mm / 3600 rpm", "70 mm / 3600 rpm"],
            ["Saw blade diameter", "300-350 mm", "300-400 mm"],
            ["Blades per shaft, maximum", "8", "10"],
            ["Feed speed (chain)", "8-40 m/min", "8-40 m/min"],
            ["Saw motor (star-delta start)", "30 kW, 54.1 A", "45 kW, 79.8 A"],
            ["Feed motor", "1.5 kW, variable speed", "1.5 kW, variable speed"],
            ["Extraction required", "4000 m³/h at the two 160 mm ports", "5200 m³/h at the two 180 mm ports"],
            ["Electrical supply", "400 V 3~ 50 Hz, 80 A", "400 V 3~ 50 Hz, 125 A"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "With a 350 mm blade at 3600 rpm the cutting speed is 66 m/s; with a 400 mm blade it is 75 m/s. Blades must "
        "be marked for at least 80 m/s. The brake must stop the saw shaft within 8 s; if it takes longer, do not use "
        "the saw until the brake has been adjusted.",
    ),
    ("h", "2. Feed speeds"),
    (
        "cols",
        [
            ("h", "Softwood (spruce, pine), dry"),
            ("p", "Up to 50 mm high: 25-40 m/min. 50-100 mm: 15-25 m/min. Above 100 mm (MR-410 only): 10-15 m/min."),
            ("h", "Hardwood (oak, beech, birch), dry"),
            ("p", "Up to 50 mm high: 15-25 m/min. 50-100 mm: 10-15 m/min. Above 100 mm (MR-410 only): 8-10 m/min."),
            ("h", "Fresh-sawn (green) timber"),
            ("p", "Reduce the feed by 20 % against the dry values and use blades with a hook angle of 20-25°."),
            ("h", "Blade choice"),
            ("p", "Carbide-tipped rip blades with 24-36 teeth and a kerf of 3.2-3.6 mm. Use blades of the same "
             "diameter and kerf on one shaft; diameters may differ by no more than 0.5 mm after sharpening."),
            ("warn", "Never mix blades with and without scoring nicks on the same shaft and never fit a blade with a "
             "missing or cracked tip."),
            ("h", "Chain and pressure rollers"),
            ("p", "The pressure rollers are set 3-5 mm below the workpiece height. Feed only straight edged stock; a "
             "board with wane on the chain side must be turned over."),
        ],
    ),
    ("h", "3. Daily start"),
    (
        "p",
        "Before the first board of the day: check the anti-kickback fingers (section 6), check that the extraction "
        "runs and its damper is open, start the saw and let it reach full speed, which takes about 6 s with star-delta "
        "start, then start the feed chain. Feed a test board and measure the strip widths at both ends; they may "
        "differ by no more than 0.3 mm.",
    ),
    ("h", "4. Changing the blades"),
    (
        "ol",
        [
            "Stop the saw, wait until the shaft has stopped and lock the main switch off.",
            "Open the blade hood with the key; the hood interlock keeps the saw from starting.",
            "Lock the shaft with the locking pin and undo the shaft nut (right-hand thread) with the 65 mm spanner.",
            "Pull off the outer flange, the spacers and the blades in order; lay the spacers down in the same order.",
            "Clean the shaft, the spacers and the flanges; spacers must be free of resin and burrs.",
            "Fit the blades and the spacers for the new pattern, teeth pointing in the direction of rotation.",
            "Fit the outer flange and tighten the shaft nut to 180 Nm. Remove the locking pin.",
            "Turn the shaft by hand and check that no blade touches the hood, the riving plates or the chain.",
            "Close the hood, start the saw and listen for rubbing before feeding.",
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Emergency stop", "Release, reset"],
            ["S02", "Blade hood open", "Close and lock the hood"],
            ["S03", "Saw motor overload", "Reduce the feed speed; check the blades for dullness"],
            ["S04", "Feed motor overload", "Check for a jammed piece; check chain tension"],
            ["S05", "Braking time above 8 s", "Do not restart; have the brake adjusted"],
            ["S06", "Extraction not running", "Start the extraction; the saw will not start without it"],
            ["S07", "Anti-kickback fingers not down", "Check that all fingers fall freely"],
            ["S09", "Chain lubrication empty", "Fill the chain oil tank"],
            ["S10", "Shaft lock pin engaged", "Remove the locking pin"],
            ["S11", "Saw motor temperature high", "Let the motor cool; clean the motor fins"],
            ["S12", "Workpiece too short at the infeed", "Remove the piece; observe the minimum length"],
            ["S13", "Phase failure", "Check the supply fuses"],
        ],
        (20, 70, 80),
    ),
    ("p", "Code S08 is not used."),
    ("h", "6. Cutting faults"),
    (
        "table",
        [
            ["Symptom", "Probable cause", "Remedy"],
            ["Burn marks on the strip faces", "Blades dull or feed too slow", "Change the blades; raise the feed"],
            ["Strips wider at one end", "Chain not parallel to the shaft", "Have the chain track aligned"],
            ["Saw slows down and S03 appears", "Feed too fast for the wood", "Follow the feed speed table"],
            ["Rough cut with rib marks", "Blade wobble, dirty spacers", "Clean the spacers; check blade run-out "
             "(at most 0.1 mm)"],
        ],
        (55, 55, 60),
    ),
    ("h", "7. Anti-kickback fingers"),
    (
        "p",
        "Two rows of anti-kickback fingers hang in front of the blades. Check every shift that each finger falls "
        "freely under its own weight. Replace a finger when its tip is rounded by more than 1 mm or when it is "
        "bent. Never tie a finger up or lubricate the finger shaft with oil, which collects dust; use dry PTFE "
        "spray KST-PT1.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the anti-kickback fingers; check the chain oil level"],
            ["Weekly", "Clean the chain and the chain track of resin; check the chain tension (10-15 mm sag at the "
             "return)"],
            ["Every 500 h", "Grease the saw shaft bearings: 15 g of KST-G3 each"],
            ["Every 2000 h", "Check the chain elongation; replace the chain at 2 % elongation"],
            ["Yearly", "Check the braking time (within 8 s) and record it"],
        ],
        (40, 130),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Saw shaft nut", "180 Nm"],
            ["Riving plate screws M8", "20 Nm"],
            ["Pressure roller arm bolts M12", "70 Nm"],
            ["Motor base bolts M16", "160 Nm"],
        ],
        (110, 60),
    ),
    ("h", "10. Consumables"),
    (
        "table",
        [
            ["Item", "MR-310", "MR-410"],
            ["Chain oil, 5 L", "KST-CO5", "KST-CO5"],
            ["Bearing grease, 400 g", "KST-G3", "KST-G3"],
            ["Dry PTFE spray", "KST-PT1", "KST-PT1"],
            ["Feed chain, complete", "KST-FC310", "KST-FC410"],
            ["Anti-kickback finger", "KST-AK1", "KST-AK1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("mercalt-cl-centreless-grinder.pdf", "Mercalt MCG-OM-CL-02 Ed 1 - CL-200 / CL-300", MERCALT),
        ("lanvorra-ck-carding-machine.pdf", "Lanvorra LSS-OM-CK-03 Ed 2 - CK-100 / CK-130", LANVORRA),
        ("perforix-tp-turret-punch-press.pdf", "Perforix PFX-OM-TP-05 Ed 1 - TP-20 / TP-30", PERFORIX),
        ("kornholm-mr-multi-rip-saw.pdf", "Kornholm KST-OM-MR-02 Ed 3 - MR-310 / MR-410", KORNHOLM),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 11, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
