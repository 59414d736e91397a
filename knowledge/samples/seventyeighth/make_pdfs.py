"""Generate the PDF manuals of the seventy-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set78venv && /tmp/set78venv/bin/pip install fpdf2 pypdf
    /tmp/set78venv/bin/python knowledge/samples/seventyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Frisvane ADC adiabatic dry coolers
FRISVANE = [
    ("title", "Frisvane ADC Adiabatic Dry Coolers\nInstallation, Operation and Maintenance - ADC-160 and ADC-240"),
    (
        "p",
        "Document FRV-IOM-ADC-03, Edition 2, March 2025. Frisvane Thermal Systems. The ADC-160 and ADC-240 are "
        "V-type dry coolers for closed glycol circuits. They reject the heat of data centre chillers and "
        "free-cooling coils to the outside air. EC fans on top of the V draw air through two finned coils. When "
        "the outside air is hot, mains water wets cellulose pads in front of the coils (adiabatic mode); the air "
        "is cooled by evaporation before it reaches the fins. The water passes the pads once and drains away; it "
        "is never recirculated and never sprayed onto the fins. Apart from the length, the number of fans and "
        "the values given for each model, the two units are built alike. The glycol circuit pumps, the "
        "building management system (BMS), the water supply up to the unit's inlet valve, the water treatment "
        "and the Legionella risk assessment are the site's responsibility and are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The fans start automatically at any time. Switch the unit off at the controller and lock the "
        "main isolator open before opening a fan guard, a terminal box or a pad frame. EC fans keep a charge for "
        "5 min after isolation.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ADC-160", "ADC-240"],
            ["Nominal capacity, dry mode (35 °C ambient, fluid 45/35 °C, 30 % ethylene glycol)", "160 kW", "240 kW"],
            ["Capacity, adiabatic mode (35 °C dry bulb, 21 °C wet bulb, same fluid)", "230 kW", "345 kW"],
            ["EC fans, 910 mm, 2.6 kW and 4.1 A each", "4", "6"],
            ["Airflow at full fan speed", "44 000 m³/h", "66 000 m³/h"],
            ["Maximum fan speed", "880 rpm", "880 rpm"],
            ["Supply 400 V 3~ 50 Hz, maximum running current", "17 A", "25 A"],
            ["Supply fuse", "25 A gG", "32 A gG"],
            ["Nominal fluid flow (30 % ethylene glycol)", "15.4 m³/h", "23.1 m³/h"],
            ["Fluid pressure drop at nominal flow", "48 kPa", "55 kPa"],
            ["Fluid connections, PN16 flanges", "DN65", "DN80"],
            ["Internal fluid volume of the coils", "118 L", "172 L"],
            ["Maximum working pressure / factory test pressure", "10 bar / 15 bar", "10 bar / 15 bar"],
            ["Adiabatic pad sections, 100 mm cellulose", "8", "12"],
            ["Water supply pressure at the inlet valve", "2-6 bar", "2-6 bar"],
            ["Water use, adiabatic mode at 35 °C / 21 °C, full speed", "up to 0.6 m³/h", "up to 0.9 m³/h"],
            ["Sound pressure level at 10 m, free field, full fan speed", "62 dB(A)", "64 dB(A)"],
            ["Length x width x height", "4600 x 2300 x 2600 mm", "6800 x 2300 x 2600 mm"],
            ["Mass, empty", "1450 kg", "2080 kg"],
            ["Mass in operation, coils filled with 30 % glycol", "1575 kg", "2260 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold only with clean fins, the nominal fluid flow and 30 % ethylene glycol. Other "
        "glycol concentrations, flows or fluid temperatures change the capacity; selections for other "
        "conditions are made by Frisvane sales with the selection software and are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may work on the unit. Work on the fans and the controller is electrical work "
            "and needs a qualified electrician.",
            "Access to the top of the unit (2.6 m) needs the site's access platform or a safe ladder arrangement; "
            "never stand on the fan guards.",
            "The fluid inlet may be at up to 65 °C. Glycol is harmful if swallowed; collect spilled fluid.",
            "Used pads may carry dust, algae and bacteria. Wear gloves, eye protection and an FFP3 mask when "
            "handling them, and bag them before removal.",
            "Never run the adiabatic mode with damaged or missing pads: water would reach the fins and carry "
            "scale into the coil.",
        ],
    ),
    ("h", "3. Control and settings"),
    (
        "cols",
        [
            ("h", "Fluid outlet control"),
            (
                "p",
                "The controller holds the fluid outlet temperature at the set point, default 30 °C, settable "
                "20-40 °C. The fans modulate between 20 % and 100 % speed. The control band is 4 K by default; "
                "a wider band (up to 8 K) calms the fans if they hunt.",
            ),
            ("h", "Adiabatic mode"),
            (
                "p",
                "Adiabatic mode starts only when both conditions are met: the ambient dry bulb is above the "
                "adiabatic set point (default 26 °C, settable 22-32 °C), and the fans have run at 90 % or more "
                "for at least 5 min with the outlet still above the set point. It ends when the ambient falls "
                "2 K below the adiabatic set point, or when the fans have run below 60 % for 10 min.",
            ),
            ("h", "Wetting"),
            (
                "p",
                "The wetting valves open for the wetting time (default 90 s) and then pause (default 6 min). As "
                "the ambient rises the controller shortens the pause, down to 2 min at 40 °C. The pads should be "
                "wet over their full height with no more than a trickle from the bottom trough. A steady stream "
                "means the wetting time is too long.",
            ),
            ("h", "Dry-out"),
            (
                "p",
                "After the last wetting cycle the fans run at no less than 30 % for at least 20 min to dry the "
                "pads, even when no cooling is needed. Do not disable the dry-out.",
            ),
            ("h", "Frost"),
            (
                "p",
                "No wetting below 5 °C ambient. Below 3 °C the drain valve opens and the water pipework of the "
                "unit drains by itself. The glycol must protect the fluid to at least 5 K below the lowest "
                "ambient temperature expected at the site; that temperature is the site's figure.",
            ),
            ("h", "Water quality"),
            (
                "p",
                "Drinking quality water, total hardness no more than 15 °fH (150 mg/L as CaCO3), conductivity "
                "no more than 800 µS/cm, chlorides no more than 150 mg/L. Softened water is allowed if the "
                "hardness is at least 5 °fH; fully demineralised water is not allowed.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Fan fault", "One EC fan reports a fault. The other fans go on; replace the fan (section 9)."],
            [
                "A02",
                "Fans fault",
                "Two or more fans have failed. Capacity reduced; the major alarm relay to the BMS switches.",
            ],
            [
                "A03",
                "Fluid outlet high",
                "Fluid outlet more than 5 K above the set point for 10 min. See the symptom table.",
            ],
            ["A04", "Fluid sensor", "Inlet or outlet sensor open or shorted. The fans run at 100 %."],
            [
                "A05",
                "Ambient sensor",
                "Ambient sensor fault. Adiabatic mode is blocked; the fans follow the outlet temperature.",
            ],
            [
                "A06",
                "Low water pressure",
                "Below 1.5 bar for 30 s while a wetting valve is open. Adiabatic mode blocked for 1 h, then retried.",
            ],
            ["A08", "Drain valve", "The drain valve did not reach its end position within 60 s."],
            ["A09", "Frost", "Fluid outlet below 5 °C. The fans stop until the outlet is back above 8 °C."],
            ["A10", "Pads due", "1000 h of adiabatic operation since the last pad inspection (section 10)."],
            ["A11", "BMS link", "No Modbus message for 60 s. Local control continues with the last set points."],
            [
                "A12",
                "Low fluid pressure",
                "Below 1.0 bar at the outlet pressure sensor: leak, or system pressure not kept up by the site.",
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
                "Fluid outlet warm, all fans at 100 %, A03",
                "Fins blocked by dust, pollen, seeds or leaves; adiabatic mode not started",
                "Clean the coil (section 7); check the adiabatic set point and for A06",
            ],
            [
                "Water runs off the pads in a steady stream",
                "Wetting time too long, or pads scaled so the water no longer soaks in",
                "Shorten the wetting time in steps of 15 s; inspect the pads",
            ],
            [
                "White crust on the pads and on the fins behind them",
                "Water too hard, or water carried onto the coil",
                "Check the water against section 3; replace scaled pads",
            ],
            [
                "Dry vertical stripes on the pads in adiabatic mode",
                "Holes of the distribution pipe blocked",
                "Flush the distribution pipe; clean the strainer",
            ],
            [
                "Fans speed up and slow down every minute",
                "Control band too narrow for the load",
                "Widen the control band from 4 K to 6 K",
            ],
            [
                "A12 comes back a few days after topping up",
                "Leak in the circuit, at a vent or at a coil header",
                "Check the headers, vents and flanges; have the site check its pressurisation",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and venting the fluid circuit"),
    (
        "ol",
        [
            "Check that the drain valves at both coil headers are closed and the vents on top of the headers are "
            "open.",
            "Pre-mix the glycol and water to the concentration the site specifies (30 % for the rated data). Never "
            "fill glycol and water separately.",
            "Fill slowly from the lowest point of the circuit with a filling pump until fluid free of air comes "
            "out of each vent, then close that vent.",
            "Raise the cold fill pressure to 1.5-2.0 bar at the unit's outlet.",
            "Run the site's circulation pumps for 30 min and vent again at the top vents.",
            "Check the concentration with a refractometer: within 2 percentage points of the specified value.",
            "Check all flanges and vents for leaks and record the pressure and the concentration in the log.",
        ],
    ),
    ("h", "7. Cleaning the coil"),
    (
        "ol",
        [
            "Switch the unit to OFF on the controller, wait until the fans stop and lock the main isolator open.",
            "Close the water supply valve.",
            "Remove the pads on the side to be cleaned (section 8, steps 3 and 4).",
            "Brush loose dirt off the fin face with a soft brush, along the fins, never across them.",
            "Rinse with water at no more than 5 bar from the inside of the V (fan side) outwards, with the "
            "nozzle at least 300 mm from the fins and the jet parallel to the fins. Never use a pressure washer "
            "or an acid cleaner.",
            "Straighten bent fins with the fin comb FRV-FC-12.",
            "Refit the pads and the top covers, open the water supply and switch the unit back to AUTO.",
        ],
    ),
    ("h", "8. Replacing the adiabatic pads"),
    (
        "ol",
        [
            "Set the adiabatic mode to OFF (SET > ADIA > OFF) and let the fans dry the pads for 20 min.",
            "Switch off, lock the main isolator open and close the water supply valve.",
            "Lift off the top cover of the pad frame (four quick-release screws).",
            "Lift each pad section up and out of the bottom trough, wearing the protection given in section 2.",
            "Clean the trough and check that its drain holes are open.",
            "Fit the new pad sections FRV-PAD-10 with the steep flutes sloping down towards the coil: the arrow "
            "on the pad edge points to the coil.",
            "Refit the top cover and open the water supply.",
            "Run the wetting test (SET > ADIA > TEST). Within 3 min every pad must be wet over its full height, "
            "with no more than a trickle from the trough.",
            "Reset the pad counter (SET > SERVICE > PADS); A10 clears. Set the adiabatic mode back to AUTO.",
        ],
    ),
    ("h", "9. Replacing an EC fan"),
    (
        "ol",
        [
            "Switch off, lock the main isolator open and wait 5 min.",
            "Disconnect the power and signal plugs of the fan in the terminal box on the fan bridge.",
            "Remove the eight M8 bolts holding the fan to the fan plate. The fan weighs 38 kg: lift it out with "
            "two persons or a hoist.",
            "Fit the new fan FRV-EC91 and tighten the bolts to 20 Nm.",
            "Set the Modbus address of the new fan to its position number with the DIP switches (1-4 on the "
            "ADC-160, 1-6 on the ADC-240).",
            "Reconnect the plugs, switch on and check the direction of rotation and that A01 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly in the adiabatic season", "Check the pads for scale, algae and damage; check the run-off"],
            ["Every 3 months", "Clean the water strainer FRV-ST-34; check the water pressure (2-6 bar)"],
            ["Every 6 months", "Clean the coil (section 7); more often near roads, trees or farmland"],
            [
                "Yearly",
                "Check the glycol concentration; have the glycol supplier check the inhibitor; check the fan "
                "bolts and the electrical terminals",
            ],
            ["1000 h of adiabatic operation (A10)", "Inspect the pads and the distribution pipe"],
            ["3 years or 5000 h of adiabatic operation, whichever comes first", "Replace all pad sections (section 8)"],
            ["Controller software", "Updated by Frisvane service when needed"],
            ["Legionella control and water sampling", "As set by the site's risk assessment (not covered here)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "ADC-160", "ADC-240"],
            ["EC fan 910 mm, complete", "FRV-EC91", "FRV-EC91"],
            ["Adiabatic pad section (number per unit)", "FRV-PAD-10 (8)", "FRV-PAD-10 (12)"],
            ["Wetting solenoid valve", "FRV-SV-20", "FRV-SV-20"],
            ["Water strainer element", "FRV-ST-34", "FRV-ST-34"],
            ["Fluid temperature sensor", "FRV-TS-10", "FRV-TS-10"],
            ["Ambient temperature sensor", "FRV-TA-10", "FRV-TA-10"],
            ["Drain valve with actuator", "FRV-DV-20", "FRV-DV-20"],
            ["Controller", "FRV-CTL-3", "FRV-CTL-3"],
            ["Fin comb", "FRV-FC-12", "FRV-FC-12"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Ruvalta RDX rear door heat exchangers
RUVALTA = [
    ("title", "Ruvalta RDX Active Rear Door Heat Exchangers\nUser and Service Manual - RDX-20 and RDX-32"),
    (
        "p",
        "Document RUV-SM-RDX-05, Edition 1, September 2024. Ruvalta Cooling. The RDX-20 and RDX-32 replace the "
        "rear door of a server rack. The hot exhaust air of the servers passes a chilled water coil in the door "
        "and leaves the door at about room temperature. EC fans on the room side of the coil take the pressure "
        "loss of the coil off the server fans. The RDX-20 fits racks 600 mm wide, the RDX-32 racks 800 mm wide, "
        "both 42U and 2000 mm high. Apart from the width and the values given for each model, the two doors are "
        "built alike. The chilled water system, its water treatment, the rack itself and the room's humidity "
        "control belong to the site and are not covered here.",
    ),
    (
        "warn",
        "WARNING: A filled door weighs up to 105 kg. Never hang it on a rack that is not bolted to the floor or "
        "joined to its neighbours, and never let it swing open unguided.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RDX-20", "RDX-32"],
            ["Rack size", "600 mm wide, 42U", "800 mm wide, 42U"],
            ["Cooling capacity (water 18/24 °C, air entering 35 °C, full fan speed)", "20 kW", "32 kW"],
            ["Capacity with one fan failed, same conditions", "17 kW", "29 kW"],
            ["Nominal water flow", "48 L/min", "76 L/min"],
            ["Water pressure drop at nominal flow, with valve and hoses", "45 kPa", "60 kPa"],
            ["Water volume of the coil", "6.5 L", "9.0 L"],
            ["Water inlet temperature", "14-24 °C", "14-24 °C"],
            ["Maximum working pressure", "10 bar", "10 bar"],
            ["EC fans, 250 mm, hot-swappable", "5", "6"],
            ["Maximum airflow", "4800 m³/h", "7200 m³/h"],
            ["Power, two 230 V feeds (A and B), C14 inlets", "0.85 kW, 3.7 A", "1.38 kW, 6.0 A"],
            ["Sound pressure level at 1 m, full fan speed", "58 dB(A)", "60 dB(A)"],
            ["Height x width x depth", "2000 x 600 x 265 mm", "2000 x 800 x 265 mm"],
            ["Mass, empty", "78 kg", "96 kg"],
            ["Mass, filled with water", "84.5 kg", "105 kg"],
            ["Water hoses, flexible, with self-sealing couplings", "DN25, 1.5 m", "DN25, 1.5 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Either power feed carries the whole door; the doors are meant to be fed from the A and B rack PDUs. "
        "Water with up to 25 % propylene glycol may be used: the capacity is then about 10 % lower and the "
        "pressure drop about 20 % higher. Higher glycol concentrations are not rated.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may open a door whose rack holds running servers. Warn the IT operator first: "
            "with the door open, the rack's hot air goes straight into the room.",
            "Keep water away from live equipment. Fill, drain and vent the coil only with a drip tray under the "
            "couplings.",
            "Fan modules can be changed with the door running (section 8). Never reach into an empty fan slot.",
            "The hinge side of the rack carries the full mass of the door. The rack must be rated for it; ask "
            "the rack maker if in doubt.",
        ],
    ),
    ("h", "3. Control and limits"),
    (
        "cols",
        [
            ("h", "Pressure control"),
            (
                "p",
                "The fans hold the air pressure between the coil and the servers equal to the room pressure: "
                "the set point is 0 Pa, held within ±2 Pa (settable 0-5 Pa). The server fans then work as if "
                "the rack had no door. A positive reading means the door fans cannot keep up.",
            ),
            ("h", "Temperature control"),
            (
                "p",
                "The motorised water valve modulates the flow to hold the air leaving the door at the set "
                "point, default 24 °C, settable 18-27 °C. R03 is raised when the air leaving the door is more "
                "than 3 K above the set point for 5 min.",
            ),
            ("h", "Condensation protection"),
            (
                "p",
                "The door reads the room temperature and humidity and works out the dew point. The water inlet "
                "must stay at least 2 K above the room dew point. If it is closer, the valve closes, R06 is "
                "raised and the door runs on fans only until the water is warm enough. The door cannot change "
                "the water temperature: that is set by the site's chilled water plant.",
            ),
            ("h", "Fan redundancy"),
            (
                "p",
                "With one fan failed the other fans speed up; the capacity falls to the value in the table "
                "(17 kW or 29 kW). With two or more fans failed (R02) the door can no longer hold 0 Pa.",
            ),
            ("h", "Door switch"),
            (
                "p",
                "When the door is opened the fans stop after 10 s and the valve holds its position. R11 is "
                "raised if the door stays open for more than 10 min.",
            ),
            ("h", "Water quality"),
            (
                "p",
                "The coil needs clean water: fit the strainer supplied (500 µm) in the supply hose connection. "
                "The treatment of the chilled water is the site's.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["R01", "Fan fault", "One fan stopped or slow. The display shows the fan number, counted from the top."],
            ["R02", "Fans fault", "Two or more fans failed. Replace them one at a time (section 8)."],
            ["R03", "Air outlet high", "Air leaving the door more than 3 K above the set point for 5 min."],
            ["R04", "Water inlet high", "Water inlet above 24 °C: the capacity falls. Check the chilled water plant."],
            ["R05", "Water flow low", "Flow below 50 % of nominal with the valve fully open: strainer, air, valve."],
            [
                "R06",
                "Condensation risk",
                "Water inlet less than 2 K above the room dew point. The valve closes until it is warm enough.",
            ],
            ["R07", "Leak", "Water in the drip tray at the bottom of the door. Find the source before resetting."],
            ["R08", "Feed A lost", "No voltage on power inlet A. The door runs on feed B."],
            ["R09", "Feed B lost", "No voltage on power inlet B. The door runs on feed A."],
            ["R11", "Door open", "Door open for more than 10 min."],
            ["R12", "Sensor fault", "A temperature, humidity or pressure sensor is faulty."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Water drops on the floor under the door",
                "Water inlet below the room dew point (R06), or a coupling not fully engaged",
                "Compare the water inlet with the dew point; push the couplings home",
            ],
            [
                "Air leaving the door warm with the valve fully open",
                "Air in the coil, strainer blocked, or water too warm (R04)",
                "Vent the coil (section 7); clean the strainer",
            ],
            [
                "Servers at the top of the rack hot, door air normal",
                "Hot air recirculating inside the rack: blanking panels or top brush seal missing",
                "Fit blanking panels in all empty U and the top brush seal",
            ],
            [
                "Fans always at 100 % and pressure above 2 Pa",
                "Coil fins blocked with dust, or rack airflow above the door's maximum",
                "Clean the coil (section 9); check the rack airflow",
            ],
            ["Gurgling noise from the door", "Air in the coil", "Vent the coil (section 7)"],
            [
                "Door does not latch",
                "Hinge settled, or the hoses pull the door",
                "Adjust the hinge; re-route the hoses with a loop",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mounting the door"),
    (
        "ol",
        [
            "Check that the rack is bolted down or joined to its neighbours and is plumb.",
            "Remove the rack's own rear door and fit the hinge kit (RUV-HK-20 or RUV-HK-32) to the rear frame.",
            "With three persons, lift the empty door onto the hinge pins.",
            "Fit the latch and check the door closes and latches without force.",
            "Connect the water hoses from the floor or from above, with a loop so that the door can open 110°.",
            "Connect the power cords to inlets A and B from two different rack PDUs.",
        ],
    ),
    ("h", "7. Filling and venting the coil"),
    (
        "ol",
        [
            "Place a drip tray under the couplings and open the vent screw at the top of the coil.",
            "Connect the return coupling first, then the supply coupling.",
            "Open the site's isolating valves slowly and let the coil fill until water without air comes out of "
            "the vent.",
            "Close the vent screw.",
            "Switch on the door, set the valve to 100 % (SERVICE > VALVE) and run for 10 min.",
            "Vent again and set the valve back to AUTO. Check the couplings for leaks.",
        ],
    ),
    ("h", "8. Hot-swapping a fan module"),
    (
        "ol",
        [
            "Read the number of the failed fan on the display. If R02 shows, change the fans one at a time.",
            "Have the new fan module ready: RUV-F25 for the RDX-20, RUV-F28 for the RDX-32.",
            "Undo the two captive screws of the fan guard on the room side and swing the guard down.",
            "Pull the failed fan module out by its handle; the plug disconnects by itself.",
            "Within 2 min, push the new module into the slot until it latches.",
            "Refit the guard and tighten the captive screws.",
            "Check on the display that the fan runs and R01 clears (up to 30 s).",
        ],
    ),
    ("h", "9. Cleaning the coil"),
    (
        "ol",
        [
            "Set the door to SERVICE: the fans stop and the valve holds its position.",
            "Warn the IT operator and open the door.",
            "Vacuum the coil face on the rack side with a soft brush nozzle, along the fins.",
            "Never use compressed air next to running servers.",
            "Close the door and set it back to AUTO; check that the pressure returns to 0 Pa.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Check the drip tray, hoses and couplings; read the alarm log"],
            ["Every 6 months", "Clean the strainer element RUV-ST-05"],
            ["Yearly", "Clean the coil (section 9); check the hinge and the latch"],
            ["Yearly", "Check the humidity sensor against a reference: within ±3 % RH"],
            ["5 years", "Replace the water hoses"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RDX-20", "RDX-32"],
            ["Fan module", "RUV-F25", "RUV-F28"],
            ["Hinge kit", "RUV-HK-20", "RUV-HK-32"],
            ["Hose set DN25, 1.5 m", "RUV-HS-25", "RUV-HS-25"],
            ["Self-sealing coupling pair", "RUV-QC-25", "RUV-QC-25"],
            ["Strainer element 500 µm", "RUV-ST-05", "RUV-ST-05"],
            ["Controller", "RUV-C4", "RUV-C4"],
            ["Temperature and humidity sensor", "RUV-TH-2", "RUV-TH-2"],
            ["Drip tray leak sensor", "RUV-LS-1", "RUV-LS-1"],
            ["Door switch", "RUV-DS-1", "RUV-DS-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Braxwell RPP remote power panel
BRAXWELL = [
    ("title", "Braxwell RPP-84 Remote Power Panel\nInstallation and Operating Manual"),
    (
        "p",
        "Document BXW-IM-RPP-02, Edition 3, June 2024. Braxwell Power Distribution. The RPP-84 is a floor-standing "
        "remote power panel for data halls. It holds two independent panelboards, A and B, each with its own "
        "input and 42 ways for branch circuit breakers, so that dual-corded IT equipment can be fed from two "
        "separate sources. Every branch circuit has a current transformer (CT) wired to the branch circuit "
        "monitoring module (BCM), which reports the current of each breaker, the input values and the events "
        "to the site's monitoring system. The upstream UPS, its output distribution, the feeder cables and the "
        "integration into the building management system are the site's and are not covered here.",
    ),
    (
        "warn",
        "DANGER: Live work inside the panelboards is not allowed. The dead-front covers may be removed only with "
        "the input switch-disconnector of that panelboard open, locked off and the absence of voltage tested.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RPP-84"],
            ["Rated voltage", "400/230 V 3~ + N + PE, 50/60 Hz, TN-S"],
            ["Inputs", "2 (A and B), each 160 A, 4-pole switch-disconnector"],
            ["Input rating above 35 °C ambient", "falls by 2 % per K, to 144 A at 40 °C"],
            ["Input terminals", "16-95 mm² Cu, 15 Nm"],
            ["Ways", "2 x 42 (18 mm modules), 84 in all"],
            ["Neutral busbar", "200 % of the phase rating"],
            ["Rated short-time withstand current Icw", "10 kA for 1 s"],
            ["Conditional short-circuit current", "25 kA with upstream fuses of no more than 200 A gG"],
            ["Branch breakers", "type C, 6 kA; 1-pole 16, 20 or 32 A; 3-pole 16 or 32 A"],
            ["Branch current measurement", "±1 % of reading from 2 A to 63 A; ±0.05 A below 2 A"],
            ["Input metering", "class 0.5S energy; voltage ±0.5 %"],
            ["Residual current monitoring, each input", "type B; warning 100 mA, alarm 300 mA (settable 30-1000 mA)"],
            ["Surge protective device, each input", "type 2, plug-in cartridges with status window"],
            ["Heat loss at full load (2 x 160 A)", "420 W"],
            ["Communication", "Modbus TCP, SNMP v3, web page"],
            ["Ambient", "0-40 °C, 5-95 % RH non-condensing"],
            ["Degree of protection", "IP31 door closed, IP20 door open (dead front fitted)"],
            ["Width x depth x height", "600 x 600 x 2000 mm"],
            ["Mass", "310 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The size of the feeder cables and the setting of the upstream protection are chosen by the site's "
        "electrical designer; the RPP-84 only sets the limits above (terminal range, 160 A, the 200 A gG fuses "
        "for the conditional short-circuit current). The RCM monitors and reports; it does not trip the input.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work inside the panel is electrical work for qualified electricians only, under the site's permit "
            "to work procedure.",
            "Isolating panelboard A or B removes one supply from every dual-corded load it feeds. Check first "
            "that every such load has a live second supply (section 6, step 2).",
            "Single-corded loads on the panelboard stop when it is isolated. Agree the outage with the IT "
            "operator.",
            "Never fit a breaker larger than the outgoing cable and the connected equipment allow.",
            "The BCM, the CT leads and the display are SELV circuits behind their own cover; the BCM may be "
            "changed with the power circuits live (section 9).",
        ],
    ),
    ("h", "3. Loading rules and settings"),
    (
        "cols",
        [
            ("h", "Branch circuits"),
            (
                "p",
                "The continuous load of a branch circuit must not exceed 80 % of the breaker rating: 12.8 A on "
                "a 16 A breaker, 16 A on a 20 A breaker, 25.6 A on a 32 A breaker.",
            ),
            ("h", "Dual-corded pairs"),
            (
                "p",
                "Where a load is fed from a breaker in panelboard A and one in panelboard B, the sum of the A "
                "and B currents must not exceed 80 % of the rating of one breaker, so that either breaker can "
                "carry the whole load alone. For a pair of 32 A breakers that is no more than 25.6 A together; "
                "for a pair of 16 A breakers, 12.8 A together.",
            ),
            ("h", "Thresholds"),
            (
                "p",
                "Branch warning (B05) by default at 80 % and branch alarm (B06) at 90 % of the breaker rating, "
                "both settable 50-100 %. For dual-corded pairs the BCM can add the two channels: enter the pair "
                "under Settings > Pairs and the thresholds apply to the sum.",
            ),
            ("h", "Phase balance"),
            (
                "p",
                "B09 is raised when the highest phase current of an input is more than 20 % above the average "
                "of its three phases, and only when the input carries more than 20 % of its rated current. "
                "Spread new single-phase loads over the three phases.",
            ),
            ("h", "Neutral current"),
            (
                "p",
                "The switch-mode power supplies of IT equipment draw third harmonic currents. These do not "
                "cancel in the neutral but add up, so the neutral current can be higher than the phase currents. "
                "This is normal: the neutral busbar is rated 200 % of the phase rating. B10 warns when the "
                "neutral current of an input passes 160 A.",
            ),
            ("h", "Tightening torques"),
            (
                "p",
                "Input terminals 15 Nm. Busbar joints M10 40 Nm. Branch breaker terminals 3.0 Nm. CT lead plugs "
                "push-in, no tool.",
            ),
            ("h", "Infrared survey"),
            (
                "p",
                "Survey the connections yearly with the panel under at least 40 % of its rated load. A "
                "connection more than 10 K warmer than the same connection on the other phases must be "
                "checked isolated.",
            ),
        ],
    ),
    ("h", "4. Event codes"),
    (
        "table",
        [
            ["Code", "Event", "Meaning and action"],
            ["B01", "Input A lost", "Voltage of a phase of input A below 80 % of nominal."],
            ["B02", "Input B lost", "As B01, input B."],
            ["B03", "Overvoltage", "A phase above 253 V to neutral for 10 s."],
            ["B04", "Undervoltage", "A phase below 207 V to neutral for 10 s."],
            ["B05", "Branch warning", "A branch (or a pair) at or above the warning threshold (default 80 %)."],
            ["B06", "Branch alarm", "A branch (or a pair) at or above the alarm threshold (default 90 %)."],
            [
                "B07",
                "Branch open",
                "The breaker's auxiliary contact shows it open or tripped. Find the cause before closing it.",
            ],
            ["B09", "Phase imbalance", "Highest phase more than 20 % above the average (see section 3)."],
            ["B10", "Neutral high", "Neutral current of an input above 160 A."],
            ["B11", "Residual current", "Residual current of an input above the alarm level (default 300 mA)."],
            ["B12", "Temperature", "Temperature inside the cabinet above 50 °C."],
            ["B13", "BCM link", "The BCM lost contact with a CT board or with the network."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "A branch reads 0 A but its servers are running",
                "CT on the wrong conductor, CT lead in the wrong channel, or the channel mapped to another way",
                "Check the CT position and the channel map (Settings > Branches)",
            ],
            [
                "Breaker trips when a rack of servers powers up",
                "Inrush current of many power supplies starting together",
                "Stagger the server start-up; never fit a larger breaker than the cable allows",
            ],
            [
                "Neutral current higher than the phase currents",
                "Third harmonic currents of IT power supplies",
                "Normal up to the 200 % neutral rating; see section 3",
            ],
            [
                "Residual current warning after new servers were added",
                "The leakage currents of many power supplies add up, or a faulty server",
                "Spread the new loads over the inputs; check the servers one by one",
            ],
            [
                "Warm smell or a connection hot in the infrared survey",
                "Loose or overloaded connection",
                "Isolate the panelboard and check the torque (section 3)",
            ],
            [
                "BMS shows other values than the panel display",
                "Scaling or polling in the BMS",
                "Compare with the web page; the BMS mapping is the BMS contractor's",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Adding a branch circuit"),
    (
        "ol",
        [
            "Plan the circuit: a breaker rating no higher than the outgoing cable and the load allow, a free "
            "way and a free BCM channel in the panelboard (42 each).",
            "For dual-corded loads, check on the web page that every load fed from this panelboard also has a "
            "live supply from the other panelboard, and that the other input can carry the whole load: no more "
            "than 160 A, or the derated value above 35 °C.",
            "Obtain the permit to work under the site's procedure and agree any outage of single-corded loads.",
            "Open the input switch-disconnector of the panelboard and lock it off.",
            "Remove the dead-front cover and test for absence of voltage at the busbars, phase to phase, phase "
            "to neutral and phase to earth, with an approved tester proved before and after the test.",
            "Clip the new breaker onto the busbar in the chosen way, connect the outgoing cable and tighten the "
            "breaker terminals to 3.0 Nm.",
            "Fit a split-core CT BXW-CT-63 on the phase conductor of the new circuit with the arrow pointing "
            "towards the load; a 3-pole breaker needs one CT per phase.",
            "Plug the CT lead into the BCM channel with the same number as the way.",
            "Refit the dead-front cover, close the door, remove your lock and close the input switch.",
            "On the web page (Settings > Branches) enter the way, the breaker rating, the number of poles and "
            "the load name; for a dual-corded pair also enter the pair. Check the current shown once the load "
            "runs.",
        ],
    ),
    ("h", "7. Testing the residual current monitoring"),
    (
        "ol",
        [
            "Tell the monitoring centre that a test event B11 will follow.",
            "Press and hold the RCM TEST button of the input for 3 s.",
            "Check that B11 appears on the display and at the monitoring centre within 10 s.",
            "Press RESET and check that B11 clears.",
        ],
    ),
    ("h", "8. Infrared survey"),
    (
        "ol",
        [
            "Check on the display that the panel carries at least 40 % of its rated load.",
            "With the door open and the dead-front fitted, scan the input terminals, the busbar joints and the "
            "breaker terminals through the inspection windows.",
            "Compare each connection with the same connection on the other phases.",
            "Mark any connection more than 10 K warmer and plan an isolated check.",
        ],
    ),
    ("h", "9. Replacing the BCM"),
    (
        "ol",
        [
            "Save the configuration from the web page (Maintenance > Backup).",
            "Remove the SELV cover, unplug the network cable, the CT board cables and the 24 V plug.",
            "Release the DIN clip and fit the new module BXW-BCM-84.",
            "Reconnect the plugs, restore the configuration and check that every branch shows a current.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Review the branch loads and the event log; no branch or pair above 80 %"],
            ["Yearly", "Infrared survey (section 8); RCM test (section 7); check the SPD status windows"],
            ["3 years, or after a finding in the survey", "Isolate and check the torque of the power connections"],
            ["SPD status window red", "Replace the SPD cartridges of that input"],
            ["Firmware", "Braxwell service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Branch circuit monitoring module", "BXW-BCM-84"],
            ["Split-core CT 63 A", "BXW-CT-63"],
            ["CT lead 1 m", "BXW-CL-1"],
            ["Breaker 1-pole C16", "BXW-MC-1C16"],
            ["Breaker 1-pole C20", "BXW-MC-1C20"],
            ["Breaker 1-pole C32", "BXW-MC-1C32"],
            ["Breaker 3-pole C32", "BXW-MC-3C32"],
            ["SPD cartridge set, type 2, one input", "BXW-SPD-2"],
            ["Door key set", "BXW-KY-2"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Vigilmont ASP aspirating smoke detectors
VIGILMONT = [
    ("title", "Vigilmont ASP Aspirating Smoke Detectors\nInstallation, Commissioning and Maintenance - ASP-2 and ASP-4"),
    (
        "p",
        "Document VGM-IM-ASP-04, Edition 1, November 2024. Vigilmont Fire Detection. The ASP-2 and ASP-4 draw air "
        "through a network of sampling pipes with small holes and measure the smoke in it with a laser "
        "chamber. They give very early warning in data halls, electrical rooms and UPS rooms, where the airflow "
        "of the cooling units dilutes smoke before it reaches point detectors. The ASP-2 has two pipe inlets, "
        "the ASP-4 four. Apart from the number of pipes and the values given for each model, the two detectors "
        "are built alike. The fire alarm panel, its power supply and batteries, the alarm receiving centre and "
        "any extinguishing system are covered by their own documents.",
    ),
    (
        "warn",
        "WARNING: Before any test, filter change or pipe work, isolate the detector's outputs at the fire alarm "
        "panel and tell the site and the alarm receiving centre. A test can otherwise call the fire brigade or "
        "start other fire systems.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ASP-2", "ASP-4"],
            ["Pipe inlets", "2", "4"],
            ["Maximum length of one pipe", "100 m", "100 m"],
            ["Maximum total pipe length", "200 m", "400 m"],
            ["Maximum sampling holes per pipe / per detector", "25 / 50", "25 / 100"],
            ["Maximum area covered (subject to the local rules)", "1000 m²", "2000 m²"],
            ["Sensitivity range", "0.005-20 % obs/m", "0.005-20 % obs/m"],
            ["Supply", "18-30 V DC (24 V nominal)", "18-30 V DC (24 V nominal)"],
            ["Current at 24 V, quiescent", "380 mA", "560 mA"],
            ["Current at 24 V, alarm with all relays on", "450 mA", "680 mA"],
            ["Relays, 2 A at 30 V DC", "5", "7"],
            ["Operating temperature of the detector", "0-38 °C", "0-38 °C"],
            ["Temperature of the sampled air", "-20 to 60 °C", "-20 to 60 °C"],
            ["Degree of protection", "IP54", "IP54"],
            ["Width x height x depth", "350 x 260 x 120 mm", "430 x 300 x 130 mm"],
            ["Mass", "4.2 kg", "5.1 kg"],
            ["Event log", "20 000 events", "20 000 events"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The five relays of the ASP-2 are Alert, Action, Fire 1, Fire 2 and Fault. The ASP-4 adds two "
        "programmable relays. The currents above are for the detector alone; the power supply and its battery "
        "are sized by the fire alarm designer under the local rules.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Vigilmont may commission the detector or change its alarm thresholds.",
            "Work at height on the pipe network needs the site's access equipment and permit.",
            "Test smoke and aerosols must be those approved for detector testing; never use open flames in a "
            "data hall.",
            "Compressed air for blowing back the pipes must be clean and dry and no more than 2 bar (section 10).",
        ],
    ),
    ("h", "3. Pipe design and settings"),
    (
        "cols",
        [
            ("h", "Pipe"),
            (
                "p",
                "Red ABS or PVC pipe, 25 mm outside diameter. Joints solvent-welded, except at the detector "
                "inlets, which are push-fit so the pipes can be removed. Every pipe ends with an end cap with "
                "an end-cap hole.",
            ),
            ("h", "Holes"),
            (
                "p",
                "Holes of 2.5-4.0 mm, drilled exactly as calculated by the Vigilmont PipeCalc software, each "
                "marked with a hole label. The class reached (A, B or C) depends on the pipe layout, the holes "
                "and the alarm thresholds together; it is found only by the PipeCalc calculation. Any change of "
                "pipe, holes or thresholds needs a new calculation.",
            ),
            ("h", "Transport time"),
            (
                "p",
                "Smoke entering the farthest hole must reach the detector in no more than 120 s. Vigilmont "
                "recommends 90 s or less in data halls.",
            ),
            ("h", "Return air sampling"),
            (
                "p",
                "At cooling units, place the pipe 100-200 mm in front of the return grille, with the holes facing "
                "the air stream: at least one hole per 0.4 m² of grille, and no fewer than two holes per unit. "
                "Hole spacing in the room itself follows the local rules and the designer.",
            ),
            ("h", "Alarm thresholds"),
            (
                "p",
                "Defaults: Alert 0.05, Action 0.10, Fire 1 0.20 and Fire 2 2.0 % obs/m, each with a 10 s delay "
                "(settable 0-60 s). Thresholds set by the PipeCalc calculation replace the defaults.",
            ),
            ("h", "Flow monitoring"),
            (
                "p",
                "A flow fault is raised when the flow of a pipe falls below 80 % or rises above 120 % of its "
                "referenced value for 60 s. The limits are settable from ±10 % to ±50 %. Reference the flow "
                "after commissioning and after any pipe change, with every pipe fitted and the aspirator "
                "running for at least 10 min.",
            ),
            ("h", "Aspirator speed"),
            (
                "p",
                "Settable 1-10, default 6. A higher speed shortens the transport time and the aspirator's life.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Low flow", "Flow of the pipe shown below the low limit: holes or pipe blocked, filter blocked."],
            [
                "F02",
                "High flow",
                "Flow of the pipe shown above the high limit: pipe broken, joint pulled apart, end cap off.",
            ],
            ["F03", "Aspirator", "Aspirator speed more than 10 % off its setting."],
            ["F04", "Filter", "Filter blocked or missing. Replace it (section 9)."],
            ["F05", "Filter due", "12 months since the last filter change."],
            ["F06", "Chamber", "Chamber contaminated; the detector goes on. Chamber cleaning by Vigilmont service."],
            ["F07", "Supply low", "Supply below 20 V DC at the terminals."],
            ["F08", "Supply high", "Supply above 29 V DC at the terminals."],
            ["F10", "Network", "No communication with the loop interface or the network card."],
            ["F11", "Isolated", "Outputs isolated from the detector's keypad."],
            ["F12", "Configuration", "Configuration or clock lost. Restore the configuration file."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Alert or Action during works in the hall",
                "Dust and fibres from unpacking, drilling or cutting",
                "Isolate under the site's hot work and isolation procedure; never raise thresholds without the "
                "fire engineer's approval",
            ],
            [
                "High flow on one pipe after work near the racks",
                "Joint pulled apart, pipe broken or end cap knocked off",
                "Walk the pipe and repair it; never re-reference the flow to clear a leak",
            ],
            [
                "Flow of all holes falls slowly over months",
                "Holes clogged with dust",
                "Blow back the pipes (section 10)",
            ],
            [
                "Smoke test takes more than 120 s",
                "Pipe longer or holes larger than designed, or aspirator speed lowered",
                "Compare the network with the PipeCalc design",
            ],
            ["F06 shown", "Chamber contaminated after a long dusty period", "Call Vigilmont service"],
            [
                "Display dark, fault at the fire panel",
                "No supply: fuse at the power supply, wiring",
                "Measure the voltage at the terminals (18-30 V DC)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Commissioning"),
    (
        "p",
        "Commissioning is done by a person trained by Vigilmont, with the PipeCalc report of the installation "
        "at hand. The report gives the pipe lengths, the hole sizes and positions, the aspirator speed, the "
        "alarm thresholds and the expected flow and transport time of each pipe.",
    ),
    (
        "ol",
        [
            "Check the pipe network against the PipeCalc report: lengths, hole sizes, hole labels, end caps.",
            "Check the supply at the detector terminals: 18-30 V DC with the detector running.",
            "Load the configuration from the PipeCalc report and set the date and time.",
            "Let the aspirator run for at least 10 min, then reference the flow (section 8).",
            "Compare the flow of each pipe with the PipeCalc report; a difference of more than 10 % points to "
            "a leak, a blocked hole or a wrong hole size.",
            "Carry out the transport time test of every pipe (section 7).",
            "Test each relay output with the fire panel connected, together with the fire alarm engineer.",
            "Fill in the commissioning record and hand it over with the PipeCalc report to the site.",
        ],
    ),
    ("h", "7. Transport time test"),
    (
        "ol",
        [
            "Tell the site and the alarm receiving centre, and isolate the detector's outputs at the fire "
            "alarm panel.",
            "Check that no flow fault is shown.",
            "At the farthest hole of the pipe under test (the end cap), apply test smoke for 5 s and start a "
            "stopwatch.",
            "Stop the watch when the reading passes the Alert threshold.",
            "The time must be no more than 120 s (90 s recommended in data halls). Record it for each pipe.",
            "Wait until the reading is back below Alert (about 2 min) before testing the next pipe.",
            "De-isolate at the panel and tell the site and the alarm receiving centre.",
        ],
    ),
    ("h", "8. Referencing the flow"),
    (
        "ol",
        [
            "Check that all pipes and end caps are fitted and the network is complete.",
            "Let the aspirator run for at least 10 min.",
            "Select MENU > FLOW > REFERENCE and confirm with the access code.",
            "Record the referenced flow of every pipe in the log book.",
        ],
    ),
    ("h", "9. Replacing the filter"),
    (
        "ol",
        [
            "Isolate the outputs at the fire panel and tell the site.",
            "Open the front cover with the key.",
            "Pull the filter cartridge out by its tab and fit the new cartridge VGM-FC-1.",
            "Close the cover and reset the filter counter (MENU > SERVICE > FILTER); F04 or F05 clears.",
            "Check the flows are within ±10 % of the reference, then de-isolate.",
        ],
    ),
    ("h", "10. Blowing back the pipes"),
    (
        "ol",
        [
            "Isolate the outputs at the fire panel and switch the detector off.",
            "Pull the pipe out of its push-fit inlet and remove the end cap.",
            "Blow clean dry compressed air at no more than 2 bar into the pipe from the detector end for 30 s.",
            "Refit the end cap and the pipe, switch on and check the flow is back within ±10 % of the reference.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Check the display shows normal and no fault"],
            ["Every 6 months", "Read and record the flow of every pipe"],
            ["Yearly", "Transport time test of every pipe (section 7); replace the filter (section 9)"],
            ["Yearly", "Walk the pipe network: clips, joints, labels, end caps"],
            ["5 years, or when F03 comes back", "Replace the aspirator"],
            ["F06", "Chamber cleaning by Vigilmont service"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "ASP-2", "ASP-4"],
            ["Filter cartridge", "VGM-FC-1", "VGM-FC-1"],
            ["Aspirator", "VGM-AS-2", "VGM-AS-4"],
            ["Relay board", "VGM-RB-5", "VGM-RB-7"],
            ["End cap 25 mm", "VGM-EC-25", "VGM-EC-25"],
            ["Pipe clip 25 mm", "VGM-PC-25", "VGM-PC-25"],
            ["Hole labels, pack of 10", "VGM-HL-10", "VGM-HL-10"],
            ["Display module", "VGM-DM-1", "VGM-DM-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("frisvane-adc-adiabatic-dry-cooler.pdf", "Frisvane FRV-IOM-ADC-03 Ed 2 - ADC-160 / ADC-240", FRISVANE),
        ("ruvalta-rdx-rear-door-heat-exchanger.pdf", "Ruvalta RUV-SM-RDX-05 Ed 1 - RDX-20 / RDX-32", RUVALTA),
        ("braxwell-rpp-remote-power-panel.pdf", "Braxwell BXW-IM-RPP-02 Ed 3 - RPP-84", BRAXWELL),
        ("vigilmont-asp-aspirating-smoke-detector.pdf", "Vigilmont VGM-IM-ASP-04 Ed 1 - ASP-2 / ASP-4", VIGILMONT),
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
