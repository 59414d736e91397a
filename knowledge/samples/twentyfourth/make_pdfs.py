"""Generate the PDF manuals of the twenty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/twentyfourth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
middle dot, micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
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
    """Body text flowing in two columns; used for the moulding machine, enrober and wire EDM setting pages."""
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


# ---------------------------------------------------------------- Vendrasso IM injection moulding machines
VENDRASSO = [
    ("title", "Vendrasso IM Series Hydraulic Toggle Injection Moulding Machines\nOperation and Maintenance Manual - IM-250 and IM-400"),
    (
        "p",
        "Document VIS-OM-IM-07, Edition 3, February 2025. Vendrasso Injection Systems S.r.l. The IM-250 and IM-400 "
        "are horizontal injection moulding machines for thermoplastics with a five-point double toggle clamp, a "
        "single-cylinder injection unit and the VC-7 control. The IM-400 is the larger frame; apart from size the two "
        "machines are built alike. Hydraulic core pulls (option K, two circuits) are available for the IM-400 only.",
    ),
    (
        "warn",
        "WARNING: Never reach between the platens unless the pump motor is off and the safety gate is locked open. "
        "Molten plastic can spray from the nozzle at over 250 °C: wear a face shield and gloves when purging.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IM-250", "IM-400"],
            ["Clamp force", "2500 kN", "4000 kN"],
            ["Distance between tie bars (H x V)", "570 x 570 mm", "710 x 710 mm"],
            ["Mould height", "220-570 mm", "250-710 mm"],
            ["Opening stroke", "520 mm", "650 mm"],
            ["Standard screw diameter", "50 mm", "60 mm"],
            ["Screw L/D", "22:1", "22:1"],
            ["Injection stroke", "220 mm", "260 mm"],
            ["Shot volume (theoretical)", "432 cm³", "735 cm³"],
            ["Shot weight (PS)", "393 g", "669 g"],
            ["Injection pressure, maximum", "1900 bar", "1850 bar"],
            ["Injection rate", "300 cm³/s", "420 cm³/s"],
            ["Screw speed, maximum", "250 rpm", "220 rpm"],
            ["Barrel heating zones", "5 + nozzle", "6 + nozzle"],
            ["Heating power", "15.6 kW", "22.4 kW"],
            ["Pump motor", "30 kW", "45 kW"],
            ["Hydraulic oil tank", "450 L", "700 L"],
            ["Machine weight", "10.5 t", "17.0 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The injection data hold for the standard screw. Optional screws of 45 mm (IM-250) and 55 mm (IM-400) give "
        "higher injection pressures; their data are on the screw data sheet delivered with the screw.",
    ),
    ("h", "2. Processing limits"),
    (
        "cols",
        [
            ("h", "Clamp force"),
            (
                "p",
                "The clamp force needed is the projected area of the moulding (all cavities and the runners) times "
                "the cavity pressure: F (kN) = A (cm²) x p (bar) / 100. In production use no more than 90 % of the "
                "nominal force, that is 2250 kN on the IM-250 and 3600 kN on the IM-400. A mould that needs more "
                "will flash and must go to a larger machine.",
            ),
            ("h", "Shot size"),
            (
                "p",
                "The shot weight should be 20-80 % of the maximum shot weight of the screw. Smaller shots leave the "
                "melt too long in the barrel and degrade it; larger shots leave too little cushion. Keep a cushion "
                "of 3-8 mm at the end of the holding pressure.",
            ),
            ("h", "Screw speed"),
            (
                "p",
                "The screw surface speed is v (m/s) = 3.14 x d (mm) x n (rpm) / 60000. It must not exceed 0.6 m/s "
                "for polyolefins and PS, 0.3 m/s for PC, PMMA and glass-filled grades, and 0.2 m/s for rigid PVC.",
            ),
            ("h", "Barrel temperatures"),
            (
                "p",
                "After a cold start the VC-7 blocks the screw until every zone has been at its setpoint for the soak "
                "time: 15 min on the IM-250 and 20 min on the IM-400. Once heated, each zone must hold within "
                "±10 °C of its setpoint; a larger deviation raises alarm M05. Never set a zone above 350 °C.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Keep the hydraulic oil at 35-50 °C. The VC-7 warns at 55 °C and stops the pump motor at 60 °C. "
                "Below 25 °C the pump runs in the warm-up circuit only and the machine cannot be started in "
                "automatic.",
            ),
            (
                "warn",
                "Never bridge the safety gate switches or the mechanical safety bar. The bar must drop into its "
                "latch every time the gate opens.",
            ),
        ],
    ),
    ("h", "3. VC-7 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Emergency stop pressed or safety gate open", "Reset the emergency stop, close the gate and acknowledge on the VC-7"],
            ["M02", "Hydraulic oil temperature above 55 °C (warning)", "Check the cooling water flow through the oil cooler and the cooler for scale"],
            ["M03", "Hydraulic oil temperature 60 °C, pump motor stopped", "Let the oil cool; check the cooling water valve and the cooler"],
            ["M04", "Hydraulic oil level low", "Top up with VIS-HL46; look for leaks"],
            ["M05", "Barrel zone more than ±10 °C from its setpoint", "Check the heater band and the thermocouple of that zone"],
            ["M06", "Cold-start protection: soak time not finished", "Wait; the screw is released when the soak time has run"],
            ["M07", "Thermocouple broken or wired the wrong way round", "Change the thermocouple VIS-TCJ (type J only)"],
            ["M08", "Mould protection: mould did not close within the monitoring time", "Look for a part or runner caught in the mould; check the low-pressure closing setting"],
            ["M10", "Ejector not back", "Check the ejector rods and the ejector limit switch"],
            ["M11", "Cycle time monitor exceeded", "Look for a stalled movement; check the cycle time setting"],
            ["M12", "Injection pressure limit reached before switchover", "Raise the melt temperature or the pressure limit; check the nozzle for a frozen plug"],
            ["M13", "Cushion below the minimum", "Check the check ring for wear (melt leaking back past the screw tip); raise the shot size"],
            ["M14", "Pressure filter clogged", "Change the filter element VIS-HF25"],
            ["M15", "Pump motor overload", "Check the supply and the motor; contact Vendrasso service if it repeats"],
            ["M16", "Core pull not in position (option K only)", "Check the core pull limit switches and the core pull valve"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Short shots (part not filled)", "Shot too small, melt too cold or vents blocked", "Raise the shot size or the melt temperature; clean the vents"],
            ["Flash at the parting line", "Clamp force too low for the projected area; holding pressure too high", "Check the clamp force against section 2; lower the holding pressure"],
            ["Sink marks over thick sections", "Holding pressure or holding time too short; no cushion left", "Lengthen the holding time; keep a 3-8 mm cushion"],
            ["Silver streaks on the surface", "Moisture in the granulate", "Dry the material to the supplier's data sheet"],
            ["Black specks or brown streaks", "Melt degraded: shot too small for the screw, barrel too hot or screw too fast", "Keep the shot at 20-80 % of the maximum; check the screw surface speed; lower the rear zones"],
            ["Burn marks at the end of flow", "Trapped air (diesel effect)", "Clean or deepen the vents; slow the injection at the end of filling"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a mould"),
    (
        "ol",
        [
            "Run the screw empty, retract the injection unit and switch the barrel heating to standby.",
            "Open the mould, switch off the pump motor and lock the safety gate open.",
            "Fit the lifting eyes and take the weight of the mould on the crane before loosening any clamp.",
            "Loosen the clamps on the moving platen, then on the fixed platen, and lift the mould out.",
            "Set the new mould on the locating ring of the fixed platen and clamp it with at least four clamps per platen.",
            "Set the mould height with the mould height adjustment until the toggle just stretches at the set clamp force.",
            "Set the low-pressure closing (mould protection) so that the mould closes at no more than 30 bar until the last 2 mm.",
            "Connect the cooling water and, on an IM-400 with option K, the core pull hoses.",
        ],
    ),
    (
        "p",
        "Tighten the M16 mould clamps to 210 N·m on the IM-250 and the M20 mould clamps to 410 N·m on the IM-400. The "
        "mould weight must not exceed 1.5 t on the IM-250 and 3.0 t on the IM-400, of which no more than two thirds "
        "may hang on the moving platen.",
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the oil level and temperature; check the safety bar latch"],
            ["Weekly", "Check the toggle lubrication (automatic, every 50 cycles); clean the hopper magnet"],
            ["Every 1000 h", "Change the pressure filter element VIS-HF25 (earlier at alarm M14)"],
            ["Every 4000 h", "Have the hydraulic oil analysed; change it when the analysis says so"],
            ["Yearly", "Check the platen parallelism and the tie-bar stretch"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The hydraulic tank holds 450 L on the IM-250 and 700 L on the IM-400 of hydraulic oil VIS-HL46 (ISO VG 46, "
        "HLP). The wear of the screw and the barrel is measured by Vendrasso service to service instruction "
        "VIS-SI-05; replace the check ring when the cushion cannot be held. The toggle pins and bushes are changed by "
        "Vendrasso service only. The VC-7 control software is updated only by Vendrasso service.",
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Spare part", "IM-250", "IM-400"],
            ["Nozzle tip (radius 20 mm)", "VIS-NT50", "VIS-NT60"],
            ["Check ring set", "VIS-CR50", "VIS-CR60"],
            ["Heater band set", "VIS-HB250", "VIS-HB400"],
            ["Thermocouple, type J", "VIS-TCJ", "VIS-TCJ"],
            ["Pressure filter element", "VIS-HF25", "VIS-HF25"],
            ["Hydraulic oil, 208 L drum", "VIS-HL46", "VIS-HL46"],
            ["Toggle grease, 400 g cartridge", "VIS-TG2", "VIS-TG2"],
                        ["Core pull valve (option K)", "-", "VIS-CV10"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Temperlund EN chocolate enrobers
TEMPERLUND = [
    ("title", "Temperlund EN Series Chocolate Enrobers with Cooling Tunnel\nOperating and Maintenance Manual - EN-820 and EN-1050"),
    (
        "p",
        "Document TCM-OM-EN-02, Revision 4, January 2025. Temperlund Confectionery Machines B.V. The EN-820 and "
        "EN-1050 coat bars, biscuits and pralines with tempered chocolate and cool them in an attached three-zone "
        "cooling tunnel. Each line has a heated chocolate tank with a curtain pump, a bottoming trough, a blower, a "
        "shaker, a detailer roller and the TCP-4 control. The EN-1050 is the wider line with the longer tunnel. An "
        "inline temper meter (option M) is available for the EN-1050 only. The chocolate is tempered in a separate "
        "Temperlund TM tempering machine, which has its own manual TCM-OM-TM-01.",
    ),
    (
        "warn",
        "WARNING: The wire belt and the detailer roller draw in fingers and cloths. Never clean the belt or the "
        "rollers while the line runs; stop the line with the local stop and wait until the belt stands still.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EN-820", "EN-1050"],
            ["Wire belt width", "820 mm", "1050 mm"],
            ["Usable coating width", "780 mm", "1000 mm"],
            ["Belt speed", "0.5-6.0 m/min", "0.5-6.0 m/min"],
            ["Chocolate tank content", "250 kg", "350 kg"],
            ["Curtain pump motor", "1.5 kW", "2.2 kW"],
            ["Cooling tunnel length", "18 m", "24 m"],
            ["Tunnel cooling zones", "3", "3"],
            ["Refrigeration capacity", "18 kW", "24 kW"],
            ["Refrigerant", "R-449A", "R-449A"],
            ["Tank water jacket heater", "3 kW", "4.5 kW"],
            ["Installed power", "28 kW", "36 kW"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Coating and cooling"),
    (
        "cols",
        [
            ("h", "Chocolate temperature"),
            (
                "p",
                "Run tempered chocolate at 31-32 °C for dark, 29-30 °C for milk and 28-29 °C for white chocolate. "
                "The curtain temperature must stay within ±0.5 °C of the setpoint; chocolate 1 °C too warm loses "
                "its temper and blooms. The tank water jacket must not exceed 45 °C for milk and white chocolate "
                "and 50 °C for dark chocolate.",
            ),
            ("h", "Cooling time and belt speed"),
            (
                "p",
                "Each product needs a minimum time in the tunnel: at least 6 min for dark chocolate and at least "
                "8 min for milk and white chocolate, plus 2 min when the coating is thicker than 2 mm. The belt "
                "speed must therefore be no faster than the tunnel length divided by the cooling time. For dark "
                "chocolate this is 3.0 m/min on the EN-820 and 4.0 m/min on the EN-1050.",
            ),
            ("h", "Tunnel air"),
            (
                "p",
                "Set zone 1 to 15-18 °C, zone 2 to 10-13 °C and zone 3 to 13-16 °C. Zone 2 must never be colder "
                "than 8 °C: colder air sets the surface too fast and the coating cracks or blooms. The products "
                "should leave the tunnel at 16-19 °C and no more than 3 °C below the packing room, or moisture "
                "condenses on them.",
            ),
            ("h", "Room"),
            (
                "p",
                "The coating room should be at or below 22 °C and 55 % relative humidity. Keep the tunnel covers "
                "shut while the line runs.",
            ),
            (
                "warn",
                "The tunnel refrigeration circuit holds R-449A. Work on the circuit is done only by a certified "
                "refrigeration contractor.",
            ),
        ],
    ),
    ("h", "3. TCP-4 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["K01", "Emergency stop pressed or a guard open", "Reset, close the guard and acknowledge on the TCP-4"],
            ["K02", "Tank chocolate temperature more than 1 °C from the setpoint", "Check the tank water jacket heater and the supply from the tempering machine"],
            ["K03", "Curtain pump motor overload", "Check for set chocolate in the pump; warm the pump with the jacket before restarting"],
            ["K04", "Wire belt off track", "Check the belt tracking roller (section 6)"],
            ["K05", "Tunnel belt slipping or stopped", "Check the tunnel belt tension and the lagging of the drive roller"],
            ["K06", "Water jacket temperature above the limit for the chocolate type", "Check the jacket thermostat; let the water cool before running milk or white chocolate"],
            ["K08", "Tunnel zone 2 air warmer than 16 °C", "Check the evaporator for ice and the condenser for dirt"],
            ["K09", "Refrigeration high pressure trip", "Clean the condenser; call the refrigeration contractor if it repeats"],
            ["K10", "Evaporator iced, defrost due", "Run a defrost from the TCP-4; check the drip tray drain"],
            ["K11", "Tunnel air humidity above 60 %", "Close the tunnel covers; check the room air"],
            ["K12", "Product jam at the tunnel exit", "Clear the transfer plate and the exit nosebar"],
            ["K13", "Temper index outside the window (option M only)", "Check the tempering machine; the window is 4.5-6.5 temper units"],
            ["K14", "Belt drive frequency converter fault", "Note the converter's own code and contact Temperlund service"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Grey or white streaks on the coating (bloom)", "Chocolate untempered or too warm; tunnel zone 2 too cold", "Check the temper; keep the curtain within ±0.5 °C; zone 2 not colder than 8 °C"],
            ["Tails or feet at the back of the products", "Blower too weak or shaker too short; detailer not set", "Raise the blower; set the detailer roller closer to the belt"],
            ["Coating too thin", "Chocolate too warm or blower too strong", "Lower the blower; check the chocolate viscosity"],
            ["Air bubbles in the coating", "Curtain falling from too high; tank stirred too hard", "Lower the curtain plate; reduce the stirrer speed"],
            ["Products stick to the paper at the tunnel exit", "Cooling time too short", "Slow the belt (section 2)"],
            ["Dull surface or moisture spots after packing", "Products leave the tunnel too cold", "Keep the exit temperature within 3 °C of the packing room"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the chocolate type"),
    (
        "ol",
        [
            "Stop the supply from the tempering machine and run the curtain until the tank is nearly empty.",
            "Drain the rest through the tank drain valve into clean trays; about 15 kg on the EN-820 and 20 kg on the EN-1050 stays in the pump and pipes.",
            "Scrape the tank, the curtain plate and the bottoming trough. Never use water anywhere in the chocolate circuit.",
            "Flush the circuit with about 30 kg of the new chocolate and discard it or keep it for rework.",
            "Set the new chocolate temperature and the jacket limit (section 2) before the new chocolate arrives.",
            "Check the temper with a temper meter or a knife test before running product.",
        ],
    ),
    ("h", "6. Tracking the wire belt"),
    (
        "ol",
        [
            "Run the belt empty at 3 m/min.",
            "Watch the belt edge at the tail roller; it must run within ±5 mm of the centre mark.",
            "If the belt runs off to one side, turn the tracking roller adjuster on that side a quarter turn towards the tail and wait for two full belt revolutions.",
            "Repeat until the belt runs steady; never correct by more than a quarter turn at a time.",
            "Lock the adjuster nuts.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Clean the detailer roller and the exit nosebar; check the belt tracking"],
            ["Weekly", "Clean the condenser fins; check the tunnel belt tension"],
            ["Monthly", "Grease the roller bearings with food-grade grease TCM-FG2 (H1)"],
            ["Every 2000 h", "Change the curtain pump seals"],
            ["Yearly", "Have the refrigeration circuit leak-checked by the refrigeration contractor"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The tunnel belt is spliced to service instruction TCM-SI-08 by Temperlund service; a torn tunnel belt must "
        "never be stapled. The tempering machine, its seeding and its temper curve are described in its own manual "
        "TCM-OM-TM-01.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "EN-820", "EN-1050"],
            ["Wire belt", "TCM-WB820", "TCM-WB1050"],
            ["Tunnel belt", "TCM-TB18", "TCM-TB24"],
            ["Detailer roller", "TCM-DR820", "TCM-DR1050"],
            ["Curtain pump seal kit", "TCM-PS15", "TCM-PS22"],
            ["Tank thermostat", "TCM-TS1", "TCM-TS1"],
            ["Food-grade grease, 400 g", "TCM-FG2", "TCM-FG2"],
            ["Temper meter probe (option M)", "-", "TCM-TP1"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Funkenau WE wire EDM machines
FUNKENAU = [
    ("title", "Funkenau WE Series Wire Electrical Discharge Machines\nOperating Manual - WE-35 and WE-55"),
    (
        "p",
        "Document FET-OM-WE-11, Edition 2, April 2025. Funkenau Erosionstechnik GmbH. The WE-35 and WE-55 are CNC "
        "wire EDM machines for submerged machining in deionised water, with automatic wire threading (AWT), a "
        "four-axis generator and the FC-20 control. The WE-55 has the larger table and work tank. A large-taper "
        "guide kit (option T) for tapers up to ±30° is available for the WE-55 only.",
    ),
    (
        "warn",
        "WARNING: The generator puts up to 250 V between the wire and the workpiece. Never touch the wire, the "
        "workpiece or the guides while the generator is on, and keep the work tank door closed while machining.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WE-35", "WE-55"],
            ["Travel X x Y x Z", "350 x 250 x 220 mm", "550 x 350 x 300 mm"],
            ["Travel U x V", "±40 x ±40 mm", "±60 x ±60 mm"],
            ["Taper, standard guides", "±15° at 80 mm height", "±15° at 100 mm height"],
            ["Largest workpiece", "750 x 500 x 215 mm", "1000 x 700 x 295 mm"],
            ["Workpiece weight, maximum", "250 kg", "500 kg"],
            ["Wire diameter", "0.10-0.30 mm", "0.10-0.30 mm"],
            ["Wire spool, largest", "6 kg", "16 kg"],
            ["Dielectric tank", "450 L", "700 L"],
            ["Filter cartridges", "2 x FET-PF300", "4 x FET-PF300"],
            ["Ion exchange resin", "1 x 10 L", "2 x 10 L"],
            ["Cutting speed, maximum", "220 mm²/min", "300 mm²/min"],
            ["Positioning accuracy", "±2 µm", "±3 µm"],
            ["Best surface finish", "Ra 0.25 µm", "Ra 0.25 µm"],
            ["Connected load", "12 kVA", "15 kVA"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The maximum cutting speeds hold for 0.30 mm coated brass wire in tool steel 50 mm thick. The positioning "
        "accuracy holds in a room at 20 ±1 °C with the dielectric chiller running. The best surface finish needs "
        "four skim cuts after the main cut. A 6 kg spool of 0.25 mm brass wire lasts about 24 h at 10 m/min.",
    ),
    ("h", "2. Machining settings"),
    (
        "cols",
        [
            ("h", "Dielectric"),
            (
                "p",
                "The dielectric is deionised tap water. The FC-20 holds its conductivity at the setpoint through "
                "the resin: 5-10 µS/cm for most work, 2-5 µS/cm for carbide. When the resin is exhausted the "
                "conductivity climbs; the FC-20 warns at 20 µS/cm and stops machining at 30 µS/cm. The chiller "
                "keeps the dielectric within ±1 °C of the room temperature.",
            ),
            ("h", "Filters"),
            (
                "p",
                "Change the filter cartridges when the filter pressure reaches 1.8 bar or when the dielectric turns "
                "cloudy. Always change all the cartridges of a machine together.",
            ),
            ("h", "Wire tension and speed"),
            (
                "p",
                "Set the wire tension by wire diameter: 2-4 N for 0.10 mm, 8-12 N for 0.20 mm, 10-15 N for 0.25 mm "
                "and 14-20 N for 0.30 mm wire. Higher tension breaks the wire; lower tension makes the cut "
                "barrel-shaped. Run 0.25 mm wire at 8-12 m/min in the main cut.",
            ),
            ("h", "Flushing"),
            (
                "p",
                "In the main cut the upper and lower nozzles sit 0.1 mm above and below the workpiece and flush at "
                "up to 16 bar. With the nozzles away from the workpiece (stepped parts) lower the pressure to "
                "4-6 bar and the cutting power by one step. Skim cuts run at 0.5-1 bar.",
            ),
            (
                "warn",
                "Keep the dielectric level at least 20 mm above the top of the workpiece when machining submerged; "
                "below that a spark can ignite oil left on the workpiece.",
            ),
        ],
    ),
    ("h", "3. FC-20 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["AL-01", "Emergency stop pressed or work tank door open", "Close the door, reset the emergency stop and acknowledge"],
            ["AL-02", "Wire break", "The AWT rethreads; if breaks repeat, see section 4"],
            ["AL-03", "Threading failed three times", "Cut the wire end square; clean the upper guide and the annealing electrode"],
            ["AL-04", "Wire spool empty", "Fit a new spool and check the wire path"],
            ["AL-05", "Conductivity above 20 µS/cm (warning)", "Change the ion exchange resin FET-IR10 soon"],
            ["AL-06", "Conductivity above 30 µS/cm, machining stopped", "Change the resin; machining restarts below 20 µS/cm"],
            ["AL-07", "Filter pressure at 1.8 bar", "Change the filter cartridges FET-PF300"],
            ["AL-08", "Dielectric level low", "Top up with deionised water; look for a leak at the tank door seal"],
            ["AL-09", "Dielectric more than 1 °C from the room temperature", "Check the chiller and its condenser"],
            ["AL-10", "Short circuit between wire and workpiece", "Back off along the path; check the flushing and the wire tension"],
            ["AL-11", "Axis following error", "Check for a collision; contact Funkenau service if no cause is found"],
            ["AL-13", "Wire collector bin full", "Empty the wire chopper bin"],
            ["AL-14", "Upper head collision", "Move Z up in manual mode and inspect the upper guide"],
            ["AL-15", "Taper kit not in position (option T only)", "Check the taper kit locking and the U/V reference"],
        ],
        (18, 72, 80),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Frequent wire breaks in the main cut", "Wire tension too high; poor flushing; power contacts worn", "Lower the tension within section 2; check the nozzles; turn the power contacts"],
            ["Vertical stripes on the cut face", "Worn power contacts or wire guides; wire vibrating", "Turn or change the power contacts; check the guides"],
            ["Barrel-shaped cut (wider in the middle)", "Wire tension too low", "Raise the tension within the range for the wire"],
            ["Cutting speed drops", "Conductivity high; filters clogged", "Check the conductivity; change the filters at 1.8 bar"],
            ["AWT does not thread", "Wire end bent; upper guide dirty", "Clean the guide; check the annealing cutter"],
            ["Parts out of tolerance in the morning", "Machine not at temperature", "Run the chiller and the axes for 30 min before precision work"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Turning and changing the power contacts"),
    (
        "ol",
        [
            "Switch off the generator and open the work tank door.",
            "Remove the lower head cover and the lower nozzle.",
            "Loosen the power contact clamp screw and turn the carbide contact by 90 degrees to a fresh track.",
            "After four tracks (one full turn) fit a new power contact FET-PC4.",
            "Refit the lower nozzle and the cover.",
            "Repeat on the upper head.",
        ],
    ),
    ("p", "Turn the power contacts every 150 h of machining and change them after four tracks."),
    ("h", "6. Changing the ion exchange resin"),
    (
        "ol",
        [
            "Stop machining and close the dielectric supply valve to the resin vessel.",
            "Let the pressure out through the vent valve of the vessel.",
            "Unscrew the vessel lid and lift out the resin cartridge.",
            "Fit a new cartridge FET-IR10 with the arrow pointing down and refit the lid with a new O-ring.",
            "Open the supply valve slowly and vent the air.",
            "Run the conductivity control until the reading is at the setpoint.",
        ],
    ),
    ("p", "Spent resin goes back to the resin supplier for regeneration or is disposed of to local rules."),
    ("h", "7. Aligning the wire vertically"),
    (
        "ol",
        [
            "Fit the vertical alignment block FET-VA1 on the table.",
            "Thread a 0.25 mm wire and set the tension to 12 N.",
            "Start the vertical alignment cycle on the FC-20; the wire touches the block at its top and bottom edges.",
            "Accept the U/V correction when it is within 0.005 mm; repeat the cycle if it is not.",
        ],
    ),
    ("p", "Align the wire after every guide change and after every collision."),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Empty the wire bin; check the dielectric level and conductivity"],
            ["Every 150 h", "Turn the power contacts"],
            ["Every 500 h", "Clean the work tank and the level sensors"],
            ["Every 2000 h", "Change the dielectric: drain, clean and refill with deionised water"],
            ["Yearly", "Check the axis accuracy with a test cut"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The lower guide head is rebuilt to service instruction FET-SI-07 by Funkenau service. The generator is "
        "calibrated by Funkenau service. The pitch error compensation of the axes is set in Funkenau's factory and "
        "must not be changed.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Spare part", "WE-35", "WE-55"],
            ["Filter cartridge", "FET-PF300", "FET-PF300"],
            ["Ion exchange resin cartridge, 10 L", "FET-IR10", "FET-IR10"],
            ["Power contact, carbide", "FET-PC4", "FET-PC4"],
            ["Upper wire guide, 0.25 mm", "FET-UG25", "FET-UG25"],
            ["Lower wire guide, 0.25 mm", "FET-LG25", "FET-LG25"],
            ["Flushing nozzle set", "FET-FN35", "FET-FN55"],
            ["Work tank door seal", "FET-DS35", "FET-DS55"],
            ["Vertical alignment block", "FET-VA1", "FET-VA1"],
            ["Taper guide set (option T)", "-", "FET-TG30"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Spindora RS ring spinning frames
SPINDORA = [
    ("title", "Spindora RS Series Ring Spinning Frames\nOperation and Maintenance Manual - RS-1008 and RS-1200"),
    (
        "p",
        "Document STM-OM-RS-06, Issue 3, May 2025. Spindora Textile Machinery Ltd. The RS-1008 and RS-1200 are ring "
        "spinning frames for short-staple yarns (cotton, man-made fibres and blends up to 51 mm staple) with a "
        "3-roller double-apron drafting system, electronic draft and twist setting and the SP-5 control. Both frames "
        "have a spindle gauge of 70 mm and sections of 24 spindles; the RS-1008 has 42 sections and the RS-1200 has "
        "50. Individual spindle monitoring (option S) is available for the RS-1200 only.",
    ),
    (
        "warn",
        "WARNING: Spindles run at up to 25 000 rpm. Never stop a spindle by hand or with any tool other than the "
        "spindle brake. Stop the frame before working on the drafting system or the spindle tapes.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RS-1008", "RS-1200"],
            ["Spindles", "1008", "1200"],
            ["Sections of 24 spindles", "42", "50"],
            ["Spindle gauge", "70 mm", "70 mm"],
            ["Machine length", "38.2 m", "44.9 m"],
            ["Spindle speed, maximum", "25 000 rpm", "25 000 rpm"],
            ["Ring diameter", "36-45 mm", "36-45 mm"],
            ["Tube length", "210 mm", "230 mm"],
            ["Yarn count", "Ne 6-120 (98-5 tex)", "Ne 6-120 (98-5 tex)"],
            ["Twist", "200-2500 T/m", "200-2500 T/m"],
            ["Total draft", "10-60", "10-60"],
            ["Main motor", "75 kW", "90 kW"],
            ["Suction fan (pneumafil)", "7.5 kW", "9.2 kW"],
            ["Spindle drive", "Tangential tape, one per 4 spindles", "Tangential tape, one per 4 spindles"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The production of a spindle in g/h is the delivery speed in m/min x 60 x the count in tex / 1000; the "
        "delivery speed is the spindle speed divided by the twist per metre. At 18 000 rpm and 900 T/m a spindle "
        "delivers 20 m/min, which in Ne 30 (19.7 tex) is 23.6 g/h: about 23.8 kg/h for the RS-1008 and 28.3 kg/h for "
        "the RS-1200 at 100 % efficiency.",
    ),
    ("h", "2. Spinning limits"),
    (
        "ul",
        [
            "Traveller speed: v (m/s) = 3.14 x ring diameter (m) x spindle speed (rpm) / 60. It must not exceed 38 m/s with the standard steel travellers and 44 m/s with the coated travellers. A 40 mm ring at 18 000 rpm gives 37.7 m/s.",
            "Total draft: no higher than 40 for carded cotton, no higher than 60 for combed cotton and man-made fibres.",
            "Break draft (back zone): 1.1-1.3 for cotton, 1.3-1.5 for man-made fibres.",
            "Pneumafil suction: no lower than 750 Pa at the spindle furthest from the fan, checked with the gauge STM-PG1. A lower reading means a full filter box or a leak in the duct.",
            "Top roller cots: new cots are 30 mm in diameter, 65-70 Shore A for cotton. Buff them every 3000 h; replace them when they are worn to 28 mm or when a buffing would take them below it.",
            "Spindle tape tension: 18-22 N, measured with the tape gauge.",
            "Room climate: cotton at 26-30 °C and 50-55 % relative humidity; man-made fibres at 22-26 °C and 55-60 %.",
        ],
    ),
    (
        "warn",
        "Never cut a lap off a bottom roller with a knife while the frame turns. Stop the frame, lift the weighting "
        "arm and cut the lap with the lap cutter.",
    ),
    ("h", "3. Travellers"),
    (
        "p",
        "Standard steel travellers for 40 mm rings in cotton, by yarn count. For counts coarser than Ne 16 and for "
        "other ring sizes use the traveller maker's chart. Coated travellers carry the same number with the prefix "
        "STM-TC instead of STM-TR.",
    ),
    (
        "table",
        [
            ["Yarn count", "Traveller (ISO No.)", "Part number"],
            ["Ne 16-20", "1", "STM-TR1"],
            ["Ne 20-30", "1/0", "STM-TR10"],
            ["Ne 30-40", "2/0", "STM-TR20"],
            ["Ne 40-60", "4/0", "STM-TR40"],
            ["Ne 60-80", "6/0", "STM-TR60"],
        ],
        (50, 60, 60),
    ),
    ("h", "4. SP-5 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Emergency stop pressed or end guard open", "Reset the stop, close the guard and acknowledge"],
            ["S02", "Main motor overload", "Check the tape tensions and look for a seized spindle; let the motor cool"],
            ["S03", "Suction fan stopped or suction below 750 Pa", "Empty the filter box; check the fan belt"],
            ["S04", "Spindle tape broken", "Fit a new tape STM-ST4 (section 7); the four spindles of the tape stand still"],
            ["S05", "Ring rail drive fault", "Check the lifting chain of the ring rail and the limit switches"],
            ["S06", "Doffing position not reached", "Jog the ring rail to the doff position; check the position sensor"],
            ["S07", "Drafting motor speed deviation", "Check the drafting gearbox and the motor coupling"],
            ["S08", "Roving stop motion triggered (roving broken)", "Piece up the roving; check the roving guide"],
            ["S09", "Overhead travelling cleaner stopped", "Check the cleaner rail and its drive"],
            ["S11", "Ends-down rate above the set limit (option S only)", "Look at the spindle map on the SP-5 for the spindles with most breaks"],
            ["S12", "Slow spindle, more than 3 % below the frame speed (option S only)", "Check the tape tension and the bearing of that spindle"],
            ["S13", "Ring rail lubrication overdue", "Lubricate the ring rail and acknowledge"],
            ["S14", "Room temperature or humidity out of range (with room sensor)", "Check the air conditioning"],
        ],
        (16, 72, 82),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["High ends-down rate", "Travellers worn or of the wrong weight; rings worn; room too dry", "Change the travellers; check the traveller for the count (section 3); check the room humidity"],
            ["Slubs and thick places", "Fly in the drafting zone; suction too low", "Clean the drafting zone; check the suction at the last spindle"],
            ["Hairy yarn", "Traveller too light or worn; balloon touching the separators", "Use the next heavier traveller; check the balloon control ring"],
            ["Laps on the front bottom roller", "Room humidity too high; cots worn or sticky", "Check the room; buff or replace the cots"],
            ["Soft or weak yarn on some spindles", "Spindle tape slipping; spindle bearing dry", "Check the tape tension and the spindle oil"],
            ["Count varies between spindles", "Top arm pressure uneven; apron broken", "Check the top arm loading; change the apron"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Changing the travellers"),
    (
        "ol",
        [
            "Stop the frame after a doff, with the ring rail at the bottom.",
            "Strip the old travellers with the traveller stripper; never reuse them.",
            "Clip the new travellers on with the traveller clipper STM-TK1, one per ring, with the open side facing the direction of spindle rotation.",
            "Start the frame at 70 % of the production speed for the first 15 min to run the travellers in.",
            "Record the date. Change the travellers every 200-300 h in cotton and every 100-150 h in polyester.",
        ],
    ),
    ("h", "7. Changing a spindle tape"),
    (
        "ol",
        [
            "Stop the frame and lock out the main motor.",
            "Release the tape tensioner of the section with the tensioning lever.",
            "Remove the broken tape and clean the tension pulley.",
            "Lay the new tape STM-ST4 around the four spindle wharves and the drive drum, with the joint away from the wharves.",
            "Release the tensioning lever and check with the tape gauge that the tape tension is 18-22 N.",
            "Run the frame and check the four spindles with a stroboscope; they must run within 1 % of the frame speed.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Clean the drafting zone and the top roller cots; empty the suction filter box"],
            ["Weekly", "Check the pneumafil suction at the last spindle"],
            ["Every 3000 h", "Buff the top roller cots"],
            ["Every 8000 h", "Change the spindle oil, 4.5 ml of STM-SO10 per spindle"],
            ["Every 15 000 h", "Change the aprons; check the rings"],
        ],
        (40, 130),
    ),
    (
        "p",
        "An oil change takes 4.5 L of spindle oil STM-SO10 (ISO VG 10) on the RS-1008 and 5.4 L on the RS-1200. Cot "
        "buffing is done in the roller shop on a cot buffing machine to instruction STM-SI-11 and is not described "
        "here. The rings are changed and the ring rail is levelled by Spindora service.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Spare part", "RS-1008", "RS-1200"],
            ["Spindle tape", "STM-ST4", "STM-ST4"],
            ["Bottom apron", "STM-BA70", "STM-BA70"],
            ["Top apron", "STM-TA70", "STM-TA70"],
            ["Top roller cot, 30 mm", "STM-CT30", "STM-CT30"],
            ["Spindle oil, 20 L", "STM-SO10", "STM-SO10"],
            ["Traveller clipper", "STM-TK1", "STM-TK1"],
            ["Suction gauge", "STM-PG1", "STM-PG1"],
            ["Pneumafil filter", "STM-PF42", "STM-PF50"],
            ["Spindle sensor (option S)", "-", "STM-SS1"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vendrasso-im-injection-moulding-machine.pdf", "Vendrasso VIS-OM-IM-07 Ed 3 - IM-250 / IM-400", VENDRASSO),
        ("temperlund-en-chocolate-enrober.pdf", "Temperlund TCM-OM-EN-02 Rev 4 - EN-820 / EN-1050", TEMPERLUND),
        ("funkenau-we-wire-edm.pdf", "Funkenau FET-OM-WE-11 Ed 2 - WE-35 / WE-55", FUNKENAU),
        ("spindora-rs-ring-spinning-frame.pdf", "Spindora STM-OM-RS-06 Issue 3 - RS-1008 / RS-1200", SPINDORA),
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
