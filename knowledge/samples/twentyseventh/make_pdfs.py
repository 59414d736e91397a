"""Generate the PDF manuals of the twenty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/venv-set27 && /tmp/venv-set27/bin/pip install fpdf2 pypdf
    /tmp/venv-set27/bin/python knowledge/samples/twentyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the twenty-sixth set's make_pdfs.py.
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


# ---------------------------------------------------------------- Ventessa AJ air-jet weaving machines
VENTESSA = [
    ("title", "Ventessa AJ Air-Jet Weaving Machines\nOperation and Maintenance Manual - AJ-190 and AJ-280"),
    (
        "p",
        "Document VWS-OM-AJ-04, Edition 2, February 2025. Ventessa Weaving Systems S.r.l. The AJ-190 and AJ-280 are "
        "air-jet weaving machines for cotton, blended and filament fabrics. The number gives the nominal reed width in "
        "centimetres; apart from the width, the drive power and the items named in this manual the two are built "
        "alike. Shedding is by positive cams (up to 8 shafts) or by an electronic dobby (up to 16 shafts); the dobby "
        "has its own manual VWS-OM-DB-02. Both models select 4 weft colours as standard; the 8-colour weft selector "
        "(option C8) is available for the AJ-190 only.",
    ),
    (
        "warn",
        "WARNING: Never reach into the shed or the reed area unless you hold the slow-motion (inching) button "
        "yourself. Air from a nozzle can be driven through the skin: never point a nozzle at a person. Wear hearing "
        "protection in the weaving room.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AJ-190", "AJ-280"],
            ["Nominal reed width", "190 cm", "280 cm"],
            ["Reed width reduction, maximum", "60 cm", "80 cm"],
            ["Speed, maximum", "1100 rpm", "850 rpm"],
            ["Weft insertion rate, maximum", "2090 m/min", "2380 m/min"],
            ["Weft colours", "4 (8 with option C8)", "4"],
            ["Main drive motor", "5.5 kW, 10.6 A", "7.5 kW, 14.1 A"],
            ["Relay nozzles", "24 in 12 groups", "36 in 18 groups"],
            ["Warp beam flange diameter, maximum", "800 mm", "1000 mm"],
            ["Compressed air supply", "6-7 bar, oil-free, dew point +3 °C", "6-7 bar, oil-free, dew point +3 °C"],
            ["Electrical supply", "400 V 3~ 50 Hz, 25 A", "400 V 3~ 50 Hz, 32 A"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The main motor currents are rated values at 400 V (cos phi 0.85 and 88.5 % efficiency on the AJ-190, 0.86 "
        "and 89.5 % on the AJ-280). Each relay valve feeds one group of two relay nozzles, 74 mm apart. Typical air "
        "consumption at full speed with cotton Ne 30 weft is 65 Nm³/h on the AJ-190 and 95 Nm³/h on the AJ-280; "
        "coarser yarns and filament weft need more.",
    ),
    ("h", "2. Weaving limits"),
    (
        "cols",
        [
            ("h", "Weaving room"),
            (
                "p",
                "Keep the weaving room at 24-28 °C and 65-75 % relative humidity for cotton and blends; below 60 % RH "
                "warp breaks increase. Filament warps weave best at 55-65 % RH.",
            ),
            ("h", "Air pressures"),
            (
                "p",
                "Set the main nozzle pressure at 2.5-4.0 bar and the relay nozzle pressure at 3.5-5.0 bar. Never set "
                "a relay group above 5.5 bar: the nozzle holes wear and the weft is damaged. The stretch nozzle at the "
                "far side runs at 2.0-3.0 bar. The machine stops with W06 when the supply pressure at the inlet falls "
                "below 4.5 bar.",
            ),
            ("h", "Weft arrival"),
            (
                "p",
                "Set the valve timing and the main nozzle pressure so that the weft tip reaches the far-side feeler at "
                "230-250° crank angle. Arrival later than 260° gives weft stops (W01); arrival earlier than 220° wastes "
                "air and curls the weft tip.",
            ),
            ("h", "Speed"),
            (
                "p",
                "At full reed width the AJ-190 may run at up to 1100 rpm and the AJ-280 at up to 850 rpm. With "
                "filament weft above 300 dtex reduce the speed by 15 %. With the 8-colour selector (AJ-190 only) the "
                "speed is limited to 900 rpm.",
            ),
            ("h", "Warp tension"),
            (
                "p",
                "Total warp tension at the back rest: light cotton fabrics 1.5-2.5 kN on the AJ-190 and 2.2-3.6 kN on "
                "the AJ-280; bottom-weight fabrics and denim 3.0-4.5 kN and 4.5-6.5 kN. Never exceed 6 kN on the "
                "AJ-190 or 8 kN on the AJ-280.",
            ),
            ("h", "Main motor"),
            (
                "p",
                "The main motor is rated 10.6 A (AJ-190) and 14.1 A (AJ-280). The drive stops the machine with W10 "
                "when the winding temperature reaches 140 °C. The motor brake air gap is 0.3-0.4 mm; re-set it when "
                "it has grown to 0.6 mm.",
            ),
            (
                "warn",
                "Never run the machine with the sley covers removed, and never clean the shed area with compressed "
                "air: blown fluff is woven in and causes faults.",
            ),
        ],
    ),
    ("h", "3. Stop and fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["W01", "Weft stop at feeler 1: the weft has not reached the far side (short pick)", "Check the relay pressures and the weft arrival angle; check the weft package"],
            ["W02", "Weft stop at feeler 2: weft too long or broken after the cutter (long pick)", "Check the stretch nozzle pressure (2.0-3.0 bar) and the weft cutter"],
            ["W03", "Warp stop (drop wire contact)", "Find the broken end (the lamp shows the row), tie it in and draw it through drop wire, heald and reed"],
            ["W04", "Leno selvedge thread broken", "Re-thread the leno bobbin VWS-LB1; check its tension"],
            ["W05", "Weft broken between package and accumulator drum", "Re-thread the accumulator; check the package for faults"],
            ["W06", "Air supply pressure below 4.5 bar at the inlet", "Check the plant compressors and the machine air filter VWS-AF1"],
            ["W07", "Cloth take-up motor overload", "Check the cloth roll for faulty winding; check the take-up gearbox"],
            ["W08", "Let-off motor overload", "Check the warp beam brake and the let-off gearbox"],
            ["W10", "Main motor winding at 140 °C", "Let the motor cool; vacuum the fluff off the motor fan cover"],
            ["W11", "Gearbox oil pressure below 0.8 bar", "Check the oil level; change the oil filter"],
            ["W12", "Weft cutter not in position", "Check the cutter blade VWS-CB3 and its holder"],
            ["W13", "Front guard open or light curtain interrupted", "Close the guard; clear the light curtain"],
            ["W14", "Weft package empty", "Put on a new package; with the transfer tail tied in, the machine changes over by itself"],
        ],
        (16, 74, 80),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Weft stops mostly at the far side with good packages", "Weft arrives too late; relay nozzles blocked or bent; relay pressure too low", "Check the arrival angle (230-250°); clean or change the relay nozzles; raise the relay pressure within 3.5-5.0 bar"],
            ["Thick or thin bands across the fabric after a stop (starting marks)", "Start-up compensation wrong", "Adjust the start-up compensation in menu 4.2"],
            ["Warp breaks all across the width", "Room too dry; warp tension too high; worn healds", "Check the room humidity (65-75 %); reduce the warp tension; check the healds"],
            ["Loose, loopy selvedge at the far side", "Stretch nozzle pressure too low", "Raise the stretch nozzle pressure within 2.0-3.0 bar"],
            ["Weft tip curled or snarled at the far side", "Weft arrives too early; relay pressure too high", "Lower the main nozzle pressure; keep arrival at 230-250°"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the reed"),
    (
        "ol",
        [
            "Weave out the warp, stop the machine with the sley at 300° (back centre), switch off the main switch and lock it.",
            "Loosen the eight (AJ-190) or twelve (AJ-280) reed clamp screws half a turn each, working from the middle outwards.",
            "Lift the reed out by its top bar, with two people on the AJ-280; never hold a reed by the dents.",
            "Clean the reed seat on the sley with a brush and a vacuum cleaner.",
            "Set the new reed against the stop on the drive side. The relay nozzle tips must sit 0.5 mm below the floor of the profile tunnel; check each group with the gauge VWS-G7.",
            "Tighten the reed clamp screws from the middle outwards to 12 N m.",
            "Inch the machine through one full turn and check that no relay nozzle touches the reed.",
            "After the first 200 picks check the weft arrival angle (section 6).",
        ],
    ),
    ("h", "6. Setting the weft arrival angle"),
    (
        "ol",
        [
            "Open menu 3.1 (weft monitor) and run the machine at production speed for at least 200 picks.",
            "Read the mean arrival angle of each weft colour.",
            "If the arrival is later than 250°, raise the main nozzle pressure in steps of 0.1 bar (no higher than 4.0 bar) or open the main valve 5° earlier.",
            "If the arrival is earlier than 230°, lower the main nozzle pressure in steps of 0.1 bar.",
            "After each change run another 200 picks and read the angle again.",
            "Write the final pressures and valve timings on the style sheet.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Vacuum the fluff from the shed area, the feelers and the cutter; drain the air filter"],
            ["Weekly", "Wipe the feeler heads with a dry cloth; check the relay nozzles for bent tips"],
            ["Every 1000 h", "Grease the sley shaft bearings, 4 shots of VWS-GR2 each"],
            ["Every 4000 h", "Change the gearbox oil, 8 L (AJ-190) or 11 L (AJ-280) of ISO VG 220 gear oil, and the oil filter"],
            ["Yearly", "Check the main motor brake air gap (0.3-0.4 mm)"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Tightening torques (class 8.8, lightly oiled): reed clamp screws M8, 12 N m; relay nozzle holder screws M5, "
        "4 N m; temple bracket screws M6, 8 N m; sley sword bolts M12, 85 N m. The sley drive cams are set at the "
        "factory; their timing must not be changed in the field.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "AJ-190", "AJ-280"],
            ["Main nozzle", "VWS-MN1", "VWS-MN1"],
            ["Relay nozzle, 16 holes (spun yarn)", "VWS-RN16", "VWS-RN16"],
            ["Relay nozzle, 1 hole (filament)", "VWS-RN01", "VWS-RN01"],
            ["Relay valve", "VWS-RV2", "VWS-RV2"],
            ["Weft cutter blade", "VWS-CB3", "VWS-CB3"],
            ["Gearbox oil filter", "VWS-OF2", "VWS-OF4"],
            ["Air filter element", "VWS-AF1", "VWS-AF1"],
            ["Sley bearing grease, 400 g", "VWS-GR2", "VWS-GR2"],
            ["Leno bobbin", "VWS-LB1", "VWS-LB1"],
            ["Relay nozzle gauge", "VWS-G7", "VWS-G7"],
            ["8-colour weft selector (option C8)", "VWS-C8", "-"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Reeds are made to the fabric specification (dents per cm, height, profile and width); order them with the "
        "style sheet.",
    ),
]


# ---------------------------------------------------------------- Ovantra SS single-stage incubators
OVANTRA = [
    ("title", "Ovantra SS Single-Stage Incubators (Setters)\nOperation and Maintenance Manual - SS-19 and SS-57"),
    (
        "p",
        "Document OVT-OM-SS-03, Edition 1, June 2024. Ovantra Hatchery Systems B.V. The SS-19 and SS-57 are "
        "single-stage setters for hen eggs from broiler and layer breeder flocks. All eggs of a cycle are set "
        "together on day 0 and transferred to a hatcher on day 18; the hatchers have their own manual OVT-OM-HT-03. "
        "The settings in this manual are for hen eggs. Apart from the capacity, the heating, the number of fans and "
        "the items named here the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The turning mechanism can trap hands and feet. Switch turning off before you step between the "
        "trolleys. Never enter the machine while it is being disinfected.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SS-19", "SS-57"],
            ["Hen eggs per cycle (150-egg trays)", "19 200", "57 600"],
            ["Trolleys (32 trays each)", "4", "12"],
            ["Electric heating", "4 kW", "10 kW"],
            ["Circulation fans", "1 x 1.1 kW", "3 x 1.1 kW"],
            ["Cooling water", "12-18 °C, 2-3 bar", "12-18 °C, 2-3 bar"],
            ["Humidifier water (softened)", "2-4 bar", "2-4 bar"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 32 A"],
            ["Incubator room air temperature", "24-27 °C", "24-27 °C"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The heating is made of 2 kW elements: 2 on the SS-19 and 5 on the SS-57. Each fan motor is rated 1.1 kW, "
        "2.5 A at 400 V (cos phi 0.79, efficiency 81 %). The SS-57 has one fan per group of four trolleys; if one "
        "stops, H06 is shown and the other two keep running. The room ventilation must supply at least 15 m³/h of "
        "fresh air per 1000 eggs set.",
    ),
    ("h", "2. Standard profile for hen eggs (programme P1)"),
    (
        "table",
        [
            ["Incubation day", "Air temperature setpoint", "Relative humidity", "Damper"],
            ["0-6", "37.8 °C", "55 %", "Closed"],
            ["7-12", "37.6 °C", "55 % to day 10, then 50 %", "Closed to day 9, then CO2 control"],
            ["13-15", "37.4 °C", "50 %", "CO2 control"],
            ["16-18", "37.2 °C", "50 %", "CO2 control"],
        ],
        (35, 45, 50, 40),
    ),
    ("h", "3. Incubation limits"),
    (
        "cols",
        [
            ("h", "Before setting"),
            (
                "p",
                "Store hatching eggs at 15-18 °C and 75-80 % RH for no more than 7 days. Pre-warm the filled trolleys "
                "in the room at 24-26 °C for 8-12 h before setting. Never set eggs straight from the egg store: water "
                "condenses on the cold shells.",
            ),
            ("h", "Turning"),
            (
                "p",
                "The trays turn 45° to each side of horizontal once every 60 min from day 0 to transfer. A turn must be "
                "complete within 90 s, otherwise H05 is shown. Never stop turning for more than 2 h in the first 12 "
                "days.",
            ),
            ("h", "Ventilation and CO2"),
            (
                "p",
                "With the damper closed the CO2 may rise to 0.8 % up to day 9. From day 10 the damper holds the CO2 at "
                "or below 0.4 %; H08 is shown above 0.6 %.",
            ),
            ("h", "Temperature and humidity alarms"),
            (
                "p",
                "H01 and H02 are shown when the air is more than 0.5 °C above or below its setpoint, H03 and H04 when "
                "the humidity is more than 5 % RH above or below. A safety thermostat, independent of the controller, "
                "switches the heating off when the air reaches 39.5 °C (H10).",
            ),
            ("h", "Eggshell temperature"),
            (
                "p",
                "From day 10 measure the eggshell temperature with an infrared ear thermometer at the equator of 10 "
                "eggs per trolley, in the middle and at the top of the trolley. It should be 37.8-38.3 °C. Above "
                "38.3 °C lower the air setpoint by 0.1-0.2 °C; below 37.8 °C raise it by 0.1 °C.",
            ),
            ("h", "Power failure"),
            (
                "p",
                "Up to day 13 a power failure of up to 2 h needs no action; keep the doors shut. From day 14 the "
                "embryos make heat: if the power fails for more than 15 min, open the doors fully to let the heat out, "
                "and close them again when the power returns.",
            ),
            ("h", "Candling and transfer"),
            (
                "p",
                "Candle 3 trays per trolley on day 10 to check fertility. Transfer the eggs to the hatcher on day 18, "
                "no later than 18 days and 12 hours after setting.",
            ),
            (
                "warn",
                "Never open the doors for longer than 10 min during a cycle, except after a power failure from day 14.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Air more than 0.5 °C above setpoint", "Check the cooling water (12-18 °C, 2-3 bar), the cooling valve and the door seals"],
            ["H02", "Air more than 0.5 °C below setpoint", "Check the heater contactor and the heater elements OVT-HE1; suppressed for the first 6 h of a cycle"],
            ["H03", "Humidity more than 5 % RH above setpoint", "Check the humidifier valve for leaks"],
            ["H04", "Humidity more than 5 % RH below setpoint", "Clean or change the spray nozzle OVT-SN1; check the water pressure (2-4 bar)"],
            ["H05", "Turn not completed within 90 s", "Check the turning actuator, its end switches and that no tray is jammed"],
            ["H06", "Circulation fan stopped or fan motor overload", "Check the fan impeller and the motor protection (2.5 A)"],
            ["H08", "CO2 above 0.6 % (from day 10)", "Check the damper actuator and the room ventilation"],
            ["H09", "Door open for more than 60 s", "Close the door"],
            ["H10", "Safety thermostat: air at 39.5 °C, heating off", "Let the air cool; check the controller and the sensor OVT-TS2; reset at the thermostat"],
            ["H11", "Sensor fault (temperature, humidity or CO2)", "Check the sensor cable; change the sensor"],
            ["H12", "Restart after a power failure", "Check the setpoints and the incubation day; acknowledge"],
        ],
        (16, 70, 84),
    ),
    ("h", "5. Troubleshooting (hatch results)"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Many early dead embryos (days 1-7)", "Eggs set cold or stored too long; turning stopped", "Pre-warm 8-12 h; store no more than 7 days; check H05 history"],
            ["Late hatch", "Eggshell temperature below 37.8 °C", "Check the eggshell temperatures; raise the setpoint by 0.1 °C"],
            ["Early hatch, small chicks with poor navels", "Eggshell temperature above 38.3 °C in the second half", "Lower the setpoint by 0.1-0.2 °C from day 13"],
            ["Uneven hatch between trolleys", "A fan stopped (H06) or door seals leaking", "Check the fans and the door seals"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Setting a cycle"),
    (
        "ol",
        [
            "Check that the machine is clean, dry and disinfected and has been heated to 37.8 °C for at least 4 h.",
            "Pre-warm the egg trolleys in the room at 24-26 °C for 8-12 h.",
            "Push the trolleys into the positions marked on the door label (the SS-57 has 12 positions in three rows of four) and connect the turning couplings.",
            "Check that every tray is locked in its trolley and that the trolleys tilt freely.",
            "Close the doors, select programme P1 and set the incubation day to 0.",
            "Start the cycle. The eggs need about 4-6 h to reach temperature; H02 is suppressed for the first 6 h.",
            "After 1 h watch one full turn to check that all trolleys turn.",
        ],
    ),
    ("h", "7. Cleaning and disinfection after each cycle"),
    (
        "ol",
        [
            "Take out the trolleys; switch the heating and the fans off.",
            "Remove shell pieces and down with a brush and a vacuum cleaner.",
            "Foam the walls, floor and fan guards with cleaner OVT-CL2 at 2 % in warm water and leave it for 20 min.",
            "Rinse with water at no more than 15 bar; do not aim the jet at the fan motors or the sensors.",
            "Spray disinfectant OVT-DS4 at 1 % and leave it for 30 min; do not rinse it off.",
            "Dry the machine with the fans on and the heating at 30 °C for at least 2 h before the next setting.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every cycle", "Clean and disinfect (section 7); check the spray nozzle"],
            ["Monthly", "Check the door seals and the turning actuator end switches; clean the cooling water strainer"],
            ["Every 6 months", "Check the temperature sensors against a calibrated reference thermometer at 37.8 °C (deviation no more than 0.1 °C); change the spray nozzle OVT-SN1"],
            ["Yearly", "Grease the turning actuator pivots, 2 shots of OVT-GR1 each; check the fan impeller hub screws"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Tightening torques: fan impeller hub screw M10, 40 N m; turning actuator bracket screws M8, 22 N m; tray "
        "rack hinge screws M6, 9 N m.",
    ),
    ("h", "9. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "SS-19", "SS-57"],
            ["Temperature sensor", "OVT-TS2", "OVT-TS2"],
            ["Humidity sensor", "OVT-HS1", "OVT-HS1"],
            ["CO2 sensor", "OVT-CS1", "OVT-CS1"],
            ["Heater element 2 kW", "OVT-HE1", "OVT-HE1"],
            ["Spray nozzle", "OVT-SN1", "OVT-SN1"],
            ["Fan motor 1.1 kW", "OVT-FM11", "OVT-FM11"],
            ["Door seal", "OVT-DG19", "OVT-DG57"],
            ["Cleaner, 20 L", "OVT-CL2", "OVT-CL2"],
            ["Disinfectant, 20 L", "OVT-DS4", "OVT-DS4"],
            ["Pivot grease, 400 g", "OVT-GR1", "OVT-GR1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Dentaro GH CNC gear hobbing machines
DENTARO = [
    ("title", "Dentaro GH CNC Gear Hobbing Machines\nOperation and Maintenance Manual - GH-250 and GH-400"),
    (
        "p",
        "Document DTM-OM-GH-06, Edition 3, September 2024. Dentaro Machine Tools GmbH. The GH-250 and GH-400 are "
        "vertical CNC gear hobbing machines for spur and helical gears, splines and worm wheels, cut wet with neat "
        "cutting oil or dry with coated hobs. The number gives the largest workpiece diameter in millimetres. Apart "
        "from the size, the drive power and the items named in this manual the two are built alike. The automatic "
        "loader (option L2) has its own manual DTM-OM-L2-01. The machines are built for a 400 V 50 Hz supply; for "
        "other supply networks Dentaro supplies a matching transformer on order.",
    ),
    (
        "warn",
        "WARNING: Neat cutting oil mist is flammable. Run the machine only with the oil mist separator switched on "
        "and the fire extinguishing unit armed. The door unlocks only when the hob spindle and the table have "
        "stopped; never defeat the door lock.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GH-250", "GH-400"],
            ["Workpiece diameter, maximum", "250 mm", "400 mm"],
            ["Module, maximum (steel)", "6 mm", "10 mm"],
            ["Helix angle", "±45°", "±45°"],
            ["Axial travel (Z)", "300 mm", "450 mm"],
            ["Hob diameter, maximum", "130 mm", "180 mm"],
            ["Hob length, maximum", "180 mm", "230 mm"],
            ["Hob spindle speed", "100-1500 rpm", "80-1000 rpm"],
            ["Table speed, maximum", "150 rpm", "80 rpm"],
            ["Hob spindle motor", "11 kW, 21.2 A", "18.5 kW, 34.1 A"],
            ["Cutting oil tank", "600 L", "900 L"],
            ["Machine mass (without loader)", "9.5 t", "14 t"],
            ["Electrical supply", "400 V 3~ 50 Hz, 50 A", "400 V 3~ 50 Hz, 80 A"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The hob spindle motor currents are rated values at 400 V: cos phi 0.84 and 89 % efficiency on the GH-250, "
        "0.86 and 91 % on the GH-400. The hob head swivels to the helix angle under CNC control; the swivel clamp "
        "closes hydraulically once the angle is reached.",
    ),
    ("h", "2. Recommended cutting data"),
    (
        "table",
        [
            ["Material", "Hob", "Cutting speed", "Axial feed per table rev"],
            ["16MnCr5, 20MnCr5 annealed (up to 200 HB)", "HSS, TiAlN, wet", "100-140 m/min", "2.0-3.5 mm"],
            ["16MnCr5, 20MnCr5 annealed (up to 200 HB)", "Carbide, TiAlN, dry", "220-280 m/min", "1.5-3.0 mm"],
            ["42CrMo4 quenched and tempered (up to 300 HB)", "HSS, TiAlN, wet", "60-85 m/min", "1.5-2.5 mm"],
            ["Grey cast iron EN-GJL-250", "HSS, TiAlN, dry", "80-110 m/min", "2.0-3.0 mm"],
        ],
        (62, 38, 34, 36),
    ),
    (
        "p",
        "The values are for single-start hobs and modules up to 4 mm; for larger modules reduce the cutting speed by "
        "20 %. The cutting speed is v = 3.14 x hob diameter (mm) x hob speed (rpm) / 1000 in m/min. For materials "
        "not listed ask your hob supplier.",
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Hob mounting"),
            (
                "p",
                "The runout of the hob arbor at its two check collars must be no more than 0.005 mm. If it is more, "
                "clean the arbor seats and the hob bore and mount again; never shim a hob.",
            ),
            ("h", "Hob wear and shifting"),
            (
                "p",
                "Shift the hob along its length so that the whole usable length wears evenly. Have the hob reground "
                "when the flank wear land reaches 0.2 mm on HSS or 0.15 mm on carbide hobs. Regrinding and recoating "
                "are done by the hob supplier.",
            ),
            ("h", "Cutting oil"),
            (
                "p",
                "The chiller holds the cutting oil at 22-28 °C. D104 warns at 32 °C; at 35 °C the machine finishes the "
                "workpiece and stops. Have the oil analysed every 2000 h and change it when the water content is above "
                "0.1 %.",
            ),
            ("h", "Hydraulic clamping"),
            (
                "p",
                "Workpiece clamping pressure 40-50 bar on the GH-250 and 60-70 bar on the GH-400. D105 is shown below "
                "35 bar (GH-250) or 55 bar (GH-400).",
            ),
            ("h", "Hob spindle"),
            (
                "p",
                "The spindle drive allows 150 % of the rated motor current for 10 s; a longer overload stops the cut "
                "with D101. The spindle bearings warn at 55 °C and stop the machine at 65 °C (D114).",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After a standstill of more than 48 h, or when the hall is colder than 15 °C, run the warm-up programme "
                "WARM1 for 20 min before cutting gears of quality 7 or better.",
            ),
            (
                "warn",
                "Dry hobbing makes chips hotter than 300 °C. Keep the chip conveyor running and never collect chips "
                "in plastic bins.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["D101", "Hob spindle overload: above 150 % of rated current for 10 s", "Check the hob for wear and the cutting data; reduce the feed"],
            ["D102", "Table axis (C) following error", "Check for a collision at the workpiece; call Dentaro service if repeated"],
            ["D103", "Cutting oil level low", "Top up with cutting oil DTM-CO15"],
            ["D104", "Cutting oil at 32 °C (warning) or 35 °C (stop)", "Check the chiller and clean its air filter"],
            ["D105", "Clamping pressure low", "Check the hydraulic oil level and the pressure filter DTM-HF2"],
            ["D106", "Workpiece clamp not confirmed", "Check the clamp proximity switch and the fixture"],
            ["D107", "Counter column support not in position", "Move the support to its clamped position; check its switch"],
            ["D109", "Hob arbor not clamped", "Clamp the arbor with the spindle draw bar; check the clamping pressure"],
            ["D110", "Slideway lubrication level low", "Fill with way oil DTM-WL68"],
            ["D111", "Door open", "Close the door; it unlocks only at standstill"],
            ["D112", "Chip conveyor overload", "Clear the conveyor; look for long stringy chips"],
            ["D113", "Axis at software limit", "Check the programme; move the axis back in setup mode"],
            ["D114", "Hob spindle bearings at 65 °C", "Let the spindle cool; check the spindle lubrication; call Dentaro service if repeated"],
            ["D115", "Absolute encoder battery low", "Change the battery DTM-BT3 with the control switched on, within 2 weeks"],
        ],
        (16, 70, 84),
    ),
    ("h", "5. Troubleshooting (gear quality)"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Profile error, pressure angle wrong", "Hob not centred", "Repeat the hob centring with gauge DTM-CG1 (section 6, step 7)"],
            ["Helix (lead) error on helical gears", "Helix angle entered wrong; fixture runout", "Check the helix input; fixture runout no more than 0.01 mm"],
            ["Chatter marks on the flanks", "Arbor runout over 0.005 mm; weak clamping", "Remount the hob; check the clamping pressure"],
            ["Rough flanks", "Worn hob; feed too high", "Shift or regrind the hob; reduce the axial feed"],
            ["Pitch error", "Table worm gear wear", "The table worm gear is adjusted by Dentaro service only"],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Changing the hob"),
    (
        "ol",
        [
            "Run the programme HOBCHG; the hob head moves to the change position and the spindle stops. Switch to setup mode.",
            "Release the outboard support with the key switch and swing it aside.",
            "Loosen the arbor nut and take off the old hob; on the GH-400 use the hob lifting aid for hobs heavier than 15 kg.",
            "Clean the arbor, the spacers and the hob bore with a lint-free cloth and check them for burrs.",
            "Slide on the new hob with its spacers and tighten the arbor nut to 120 N m (GH-250) or 180 N m (GH-400).",
            "Close the outboard support and check the runout at both check collars: no more than 0.005 mm.",
            "Enter the hob data (diameter, starts, lead angle, length) and centre the hob with the centring gauge DTM-CG1.",
            "Cut one workpiece and measure it before you release production.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Check the cutting oil level and the slideway lubrication level; remove chips from the work area"],
            ["Weekly", "Clean the cutting oil filter; check the clamping pressure"],
            ["Every 500 h", "Change the hydraulic pressure filter DTM-HF2"],
            ["Every 2000 h", "Change the table worm drive oil, 12 L (GH-250) or 20 L (GH-400) of ISO VG 320; have the cutting oil analysed"],
            ["Every 4000 h", "Change the hydraulic oil, 60 L (GH-250) or 80 L (GH-400) of ISO VG 46"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Tightening torques: hob arbor nut 120 N m (GH-250) and 180 N m (GH-400); fixture clamp bolts M16 class 10.9, "
        "250 N m; outboard support housing screws M12, 85 N m; chip guard screws M6, 9 N m.",
    ),
    ("h", "8. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "GH-250", "GH-400"],
            ["Hob arbor 32 mm", "DTM-HA32", "-"],
            ["Hob arbor 40 mm", "DTM-HA40", "DTM-HA40"],
            ["Hob arbor 50 mm", "-", "DTM-HA50"],
            ["Hob centring gauge", "DTM-CG1", "DTM-CG1"],
            ["Hydraulic pressure filter", "DTM-HF2", "DTM-HF2"],
            ["Cutting oil filter element", "DTM-CF6", "DTM-CF9"],
            ["Cutting oil, 200 L", "DTM-CO15", "DTM-CO15"],
            ["Way oil, 20 L", "DTM-WL68", "DTM-WL68"],
            ["Encoder battery", "DTM-BT3", "DTM-BT3"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Rivolta FM four-sided planer-moulders
RIVOLTA = [
    ("title", "Rivolta FM Four-Sided Planer-Moulders\nOperation and Maintenance Manual - FM-180 and FM-230"),
    (
        "p",
        "Document RVW-OM-FM-05, Edition 2, January 2025. Rivolta Woodmachines S.p.A. The FM-180 and FM-230 plane and "
        "profile solid wood on four sides in one pass. The number gives the largest working width in millimetres. "
        "The FM-180 has 5 spindles (first bottom, right, left, top, second bottom); the FM-230 has 6 spindles (first "
        "bottom, right, left, first top, second top, second bottom). The dust extraction system is not part of the "
        "delivery. The control has its own manual RVW-CM-02.",
    ),
    (
        "warn",
        "WARNING: Use only tools marked MEC (for mechanical feed) whose marked maximum speed is at least 6000 rpm. "
        "Never open a hood before the spindle has stopped; never clear chips or pieces by hand with spindles "
        "running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FM-180", "FM-230"],
            ["Working width", "20-180 mm", "20-230 mm"],
            ["Working height", "8-120 mm", "8-160 mm"],
            ["Spindles", "5", "6"],
            ["Spindle diameter", "40 mm", "40 mm"],
            ["Spindle speed", "6000 rpm", "6000 rpm"],
            ["Tool diameter, horizontal spindles", "125-180 mm", "125-200 mm"],
            ["Spindle motors", "5.5 kW (top 7.5 kW)", "7.5 kW (tops 11 kW)"],
            ["Feed speed", "5-30 m/min", "6-36 m/min"],
            ["Feed motor", "3 kW", "4 kW"],
            ["Workpiece length, minimum", "300 mm", "300 mm"],
            ["Extraction air volume, minimum", "4500 m³/h", "6000 m³/h"],
            ["Electrical supply", "400 V 3~ 50 Hz, 63 A", "400 V 3~ 50 Hz, 100 A"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Rated motor currents at 400 V: 5.5 kW, 10.9 A; 7.5 kW, 14.5 A; 11 kW, 20.6 A; feed motor 3 kW, 6.4 A "
        "(FM-180) and 4 kW, 8.3 A (FM-230). The supply cable and its fuses are sized by the installing electrician "
        "for the rated current and the local regulations.",
    ),
    ("h", "2. Machining limits"),
    (
        "cols",
        [
            ("h", "Workpieces"),
            (
                "p",
                "Feed pieces at least 300 mm long. Shorter pieces may only be fed butted end to end behind each other, "
                "never singly. The wood moisture should be 8-18 %; wood wetter than 25 % clogs the chip hoods.",
            ),
            ("h", "Depth of cut"),
            (
                "p",
                "The first bottom spindle straightens the piece: take 1-3 mm. No spindle may take more than 5 mm in one "
                "pass.",
            ),
            ("h", "Knife marks"),
            (
                "p",
                "The knife mark pitch in mm is the feed speed in m/min x 1000 / (spindle speed x number of knives "
                "cutting). On a jointed tool all knives cut; on a tool that is not jointed count one knife. Aim for "
                "1.5-2.0 mm on furniture parts and 2.5-3.5 mm on construction timber.",
            ),
            ("h", "Tools"),
            (
                "p",
                "Horizontal spindle tools must be 125-180 mm in diameter on the FM-180 and 125-200 mm on the FM-230. "
                "The peripheral speed of the cutting edges must be 35-70 m/s; at 6000 rpm tools of 125-200 mm give "
                "39-63 m/s.",
            ),
            ("h", "Feed rollers"),
            (
                "p",
                "Feed roller air pressure 4-6 bar; reduce it to 3-4 bar for softwood with a planed face. The machine "
                "stops with R08 when the air supply falls below 5 bar.",
            ),
            ("h", "Extraction"),
            (
                "p",
                "The air velocity in the extraction ducts must be at least 28 m/s. The spindles start only when the "
                "extraction signal is present (R03).",
            ),
            ("h", "Spindle brakes"),
            (
                "p",
                "Every spindle must stop within 10 s of switching off; a longer braking time shows R07 and the brake "
                "must be checked before the machine is used again.",
            ),
            (
                "warn",
                "Never feed a piece by hand past the first top spindle: use the push piece.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["R01", "Emergency stop pressed", "Release and reset"],
            ["R02", "Hood open (spindle number shown)", "Close the hood; spindles start only with all hoods closed"],
            ["R03", "No extraction signal", "Start the extraction; check its flap and the signal contact"],
            ["R04", "Feed motor overload", "Look for a jammed piece; reduce the feed speed or the depth of cut"],
            ["R06", "Spindle motor overload (spindle number shown)", "Check the tool for dull knives; reduce the depth of cut"],
            ["R07", "Spindle braking time over 10 s", "Check the spindle brake and the brake pads RVW-BP1"],
            ["R08", "Air pressure below 5 bar", "Check the air supply (6 bar)"],
            ["R09", "Table lubrication tank empty", "Fill with table oil RVW-TL1"],
            ["R10", "Spindle position not reached", "Check the positioning motor and the tool diameter entered"],
            ["R11", "Jam at the infeed: light barrier covered for more than 3 s with the feed running", "Stop the feed, clear the piece with the push piece"],
            ["R12", "Tool data missing for the selected profile", "Enter the tool data in the control"],
            ["R13", "Spindle inverter fault", "Read the inverter code; see the control manual RVW-CM-02"],
        ],
        (16, 70, 84),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Snipe at the piece ends", "Pressure shoes set too high; pieces shorter than 300 mm fed singly", "Set the pressure shoes 0.5 mm below the cutting circle; butt short pieces"],
            ["Torn grain", "Feeding against the grain; dull knives; cut too deep", "Turn the pieces; sharpen the knives; take no more than 5 mm"],
            ["Pieces bowed after machining", "First bottom spindle takes too little", "Take 1-3 mm on the first bottom spindle; check the infeed fence"],
            ["Burn marks", "Feed stopped with the spindles running; dull knives", "Keep the feed running; sharpen the knives"],
            ["Coarse knife marks", "Knife mark pitch too large", "Lower the feed speed or joint the tool"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a tool on a horizontal spindle"),
    (
        "ol",
        [
            "Stop all spindles, wait for the standstill lamp, switch off the main switch and lock it.",
            "Open the hood; on the top spindles release the outboard bearing with its clamp lever.",
            "Loosen the spindle nut with the two spanners supplied.",
            "Clean the spindle and the tool bore; check the tool for damage, the MEC mark and a marked maximum speed of at least 6000 rpm.",
            "Fit the tool with the spacer rings RVW-SP40 and tighten the spindle nut to 80 N m.",
            "Refit the outboard bearing and tighten its clamp lever.",
            "Enter the new tool diameter in the control; the spindle axis positions itself.",
            "Turn the spindle by hand to check that it runs free, close the hood and run a test piece.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Remove chips and resin from the table and the feed rollers; check the table lubrication tank"],
            ["Weekly", "Clean the pressure shoes and chip breakers with resin cleaner RVW-RC1; check the spindle braking time (no more than 10 s)"],
            ["Every 500 h", "Grease the feed shaft universal joints, 2 shots of RVW-GR3 each"],
            ["Every 2000 h", "Change the feed gearbox oil, 4 L (FM-180) or 5 L (FM-230) of ISO VG 220"],
            ["Yearly", "Test the spindle brakes and the emergency stop circuit (qualified person)"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Tightening torques: spindle nut 80 N m; feed roller nuts M16, 60 N m; pressure shoe screws M10, 25 N m. The "
        "spindle bearings are greased for life.",
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Part", "FM-180", "FM-230"],
            ["Feed roller, rubber, 140 mm", "RVW-FR140", "RVW-FR140"],
            ["Feed roller, steel toothed, 140 mm", "RVW-FT140", "RVW-FT140"],
            ["Spacer ring set, 40 mm", "RVW-SP40", "RVW-SP40"],
            ["Pressure shoe", "RVW-PS18", "RVW-PS23"],
            ["Spindle brake pad set", "RVW-BP1", "RVW-BP1"],
            ["Table oil, 5 L", "RVW-TL1", "RVW-TL1"],
            ["Resin cleaner, 5 L", "RVW-RC1", "RVW-RC1"],
            ["Joint grease, 400 g", "RVW-GR3", "RVW-GR3"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ventessa-aj-air-jet-loom.pdf", "Ventessa VWS-OM-AJ-04 Ed 2 - AJ-190 / AJ-280", VENTESSA),
        ("ovantra-ss-single-stage-incubator.pdf", "Ovantra OVT-OM-SS-03 Ed 1 - SS-19 / SS-57", OVANTRA),
        ("dentaro-gh-gear-hobbing-machine.pdf", "Dentaro DTM-OM-GH-06 Ed 3 - GH-250 / GH-400", DENTARO),
        ("rivolta-fm-four-sided-moulder.pdf", "Rivolta RVW-OM-FM-05 Ed 2 - FM-180 / FM-230", RIVOLTA),
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
