"""Generate the PDF manuals of the fifty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set52venv && /tmp/set52venv/bin/pip install fpdf2 pypdf
    /tmp/set52venv/bin/python knowledge/samples/fiftysecond/make_pdfs.py

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


# ---------------------------------------------------------------- Oxelmar SC oxygen cone saturators
OXELMAR = [
    ("title", "Oxelmar SC Oxygen Cone Saturators\nInstallation, Operation and Maintenance - SC-30 and SC-60"),
    (
        "p",
        "Document OXM-IOM-SC-04, Edition 3, March 2025. Oxelmar Aquatech AS. The SC-30 and SC-60 are pressurised "
        "down-flow oxygen cones for recirculating aquaculture systems (RAS), hatcheries and land-based grow-out "
        "tanks. Water from a side-stream pump enters at the narrow top of the cone together with pure oxygen. As the "
        "cone widens the water slows down, so the bubbles are held in the cone until they have dissolved. The "
        "supersaturated water leaves at the bottom and is returned to the tank through return nozzles. Each cone is "
        "delivered with the OXC-2 control panel, the oxygen train (inlet regulator, solenoid valve, rotameter), a "
        "back-pressure valve, a pressure relief valve, a vent valve and a gas pocket level probe. The side-stream "
        "pump, the oxygen source (liquid oxygen tank or oxygen generator) and the dissolved oxygen (DO) probes in the "
        "tanks are not part of the delivery and have their own manuals. Apart from the size and the items listed in "
        "this manual, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: Oxygen makes materials burn fiercely. Keep oil, grease and open flames away from the oxygen train "
        "and use only oxygen-compatible lubricants. The cone is a pressure vessel: never loosen a flange, the sight "
        "glass or the level probe while the gauge shows pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SC-30", "SC-60"],
            ["Nominal water flow", "30 m³/h", "60 m³/h"],
            ["Permitted water flow range", "20-36 m³/h", "40-72 m³/h"],
            [
                "Oxygen added at nominal flow, 2.0 bar(g) outlet pressure, 12 °C water, oxygen of at least 93 % "
                "purity",
                "18 kg O2/day",
                "36 kg O2/day",
            ],
            ["Rise in dissolved oxygen across the cone at nominal flow", "25 mg/L", "25 mg/L"],
            ["Absorption efficiency at 1.5-2.5 bar(g) outlet pressure", "at least 90 %", "at least 90 %"],
            ["Operating pressure at the cone outlet", "1.5-2.5 bar(g)", "1.5-2.5 bar(g)"],
            ["Design pressure", "4.0 bar(g)", "4.0 bar(g)"],
            ["Pressure relief valve set pressure (sealed)", "3.6 bar(g)", "3.6 bar(g)"],
            ["Oxygen supply pressure at the inlet regulator", "4-6 bar(g)", "4-6 bar(g)"],
            ["Rotameter range (oxygen)", "2-20 L/min", "5-40 L/min"],
            ["Typical oxygen flow at nominal water flow", "10 L/min", "19 L/min"],
            ["Side-stream pump duty (pump not supplied)", "30 m³/h at 28 m head", "60 m³/h at 30 m head"],
            ["Water inlet and outlet flanges", "DN 80 PN 10", "DN 100 PN 10"],
            ["Cone height", "2350 mm", "3100 mm"],
            ["Cone diameter, top / bottom", "200 mm / 760 mm", "250 mm / 1050 mm"],
            ["Floor area needed, including service space", "1.6 x 1.6 m", "2.0 x 2.0 m"],
            ["Mass, empty / in operation", "145 kg / 620 kg", "260 kg / 1420 kg"],
            ["OXC-2 control panel supply", "230 V 50 Hz, 0.3 A", "230 V 50 Hz, 0.3 A"],
            ["Cone material", "GRP with vinyl ester liner", "GRP with vinyl ester liner"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The oxygen figures hold only at the stated outlet pressure, water temperature and oxygen purity. The amount "
        "of oxygen a cone adds can be worked out from the water flow and the measured rise in DO: oxygen added "
        "(kg/day) = water flow (m³/h) x DO rise (mg/L) x 0.024. At an outlet pressure of 1.5 bar(g) expect about "
        "80 % of the figure in the table. Oxelmar gives no transfer figures for oxygen of less than 93 % purity or "
        "for water warmer than 20 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this manual may operate or service the cone. Oxygen work needs clean hands, "
            "clean tools and no smoking within 5 m of the oxygen train.",
            "Ventilate the room. An oxygen leak raises the oxygen content of the air; clothing soaked in oxygen "
            "burns easily. Oxygen detection in the room is the site's responsibility.",
            "Before any work on the cone, switch the OXC-2 to STOP, close the oxygen main valve, stop the pump and "
            "open the vent valve until the gauge reads 0 bar.",
            "The relief valve discharges water. Keep its outlet pipe open and pointed to a drain, never at a walkway.",
            "Water leaving the cone is supersaturated. Never send it straight into a tank without the return "
            "nozzles, and never put fish in the cone outlet pipe.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Outlet pressure"),
            (
                "p",
                "Set the back-pressure valve so that the outlet pressure is 2.0 bar(g) at nominal flow. In "
                "operation the outlet pressure must stay within ±0.2 bar of the value set at commissioning. Above "
                "2.5 bar(g) the efficiency does not rise any further, the side-stream pump uses more energy and the "
                "water returned to the tank carries more gas than the fish may tolerate. Never operate the cone "
                "above its design pressure of 4.0 bar(g).",
            ),
            ("h", "Water flow"),
            (
                "p",
                "Run the cone between 20 and 36 m³/h (SC-30) or between 40 and 72 m³/h (SC-60). Below the range the "
                "bubbles rise and collect at the top; above it the bubbles are carried out at the bottom and are "
                "lost in the tank. The flow switch trips below 18 m³/h (SC-30) or 36 m³/h (SC-60) and closes the "
                "oxygen solenoid valve (A01).",
            ),
            ("h", "Oxygen flow"),
            (
                "p",
                "Never set more oxygen than the top mark of the rotameter, 20 L/min (SC-30) or 40 L/min (SC-60). "
                "Extra oxygen does not dissolve: it collects as a gas pocket and is vented to the room.",
            ),
            ("h", "Gas pocket"),
            (
                "p",
                "The level probe sits 150 mm below the top flange. If it is dry for more than 60 s the vent valve "
                "opens for 10 s and the event is logged. More than 6 vent openings in one hour raise A05.",
            ),
            ("h", "Return nozzles"),
            (
                "p",
                "Place the return nozzles at least 0.5 m below the tank water surface, pointing along the tank "
                "wall. The pipe from the cone to the nozzles must be no longer than 25 m and must not rise by more "
                "than 2 m, or gas comes out of solution in the pipe.",
            ),
            ("h", "Tank DO setpoints"),
            (
                "p",
                "The OXC-2 doses oxygen to hold the tank DO between the low and the high setpoint (defaults 80 % "
                "and 140 % saturation). The right DO and the upper limit for total dissolved gas pressure for the "
                "species and life stage are set by the site's fish health plan; Oxelmar does not give them.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Water 2-30 °C. Ambient 2-40 °C; protect the oxygen train and the panel from frost.",
            ),
        ],
    ),
    ("h", "4. Alarm codes (OXC-2 panel)"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Low water flow",
                "Flow below 18 m³/h (SC-30) or 36 m³/h (SC-60) for 10 s; the oxygen valve closes. Check the "
                "side-stream pump, its strainer and the inlet valve.",
            ],
            [
                "A02",
                "High cone pressure",
                "Outlet pressure above 3.0 bar(g) for 10 s; the oxygen valve closes. Check that the outlet valve "
                "is open and the return nozzles are not blocked; check the back-pressure valve.",
            ],
            [
                "A03",
                "Low cone pressure",
                "Outlet pressure below 1.2 bar(g) for 30 s. Check the back-pressure valve setting, a leaking "
                "flange or a worn pump.",
            ],
            [
                "A04",
                "Low oxygen supply pressure",
                "Below 3.5 bar(g) at the inlet regulator. Check the oxygen source and its main valve. Refilling a "
                "liquid oxygen tank is done by the gas supplier.",
            ],
            [
                "A05",
                "Gas pocket",
                "More than 6 vent openings in 1 h: too much oxygen for the water flow, or the water flow too low. "
                "Reduce the oxygen flow and check the water flow.",
            ],
            [
                "A06",
                "Tank DO high",
                "Tank DO above the high setpoint for 5 min. The oxygen valve closes until the DO has fallen 10 % "
                "saturation below the setpoint.",
            ],
            [
                "A07",
                "Tank DO low",
                "Tank DO below the low setpoint for 2 min. Check the oxygen supply, the cone pressure and the fish "
                "load; start the emergency oxygen if fitted.",
            ],
            [
                "A09",
                "DO probe fault",
                "Probe signal outside 4-20 mA or no reading. Check the cable; clean and calibrate the probe as its "
                "own manual describes.",
            ],
            ["A10", "Oxygen valve fault", "Solenoid coil (24 V DC) open or shorted. Replace the coil OXM-SV-24C."],
            [
                "A11",
                "Mains failure",
                "Mains lost. The panel keeps the alarm relay powered from its battery for at least 8 h. Check the "
                "supply.",
            ],
            [
                "A12",
                "Service due",
                "4000 running hours or 12 months since the last service reset. Carry out the yearly service "
                "(section 8) and reset under SERVICE > RESET.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Fine bubbles come out of the return nozzles",
                "Water flow above the permitted range, or oxygen flow too high for the water flow",
                "Reduce the water flow into the range; set the oxygen to the typical flow in section 1",
            ],
            [
                "Tank DO does not rise although the rotameter shows flow",
                "Outlet pressure too low; leaking sight glass seal; fouled DO probe",
                "Set the back-pressure valve to 2.0 bar(g); check the seals; clean the probe",
            ],
            [
                "Vent valve hisses every few minutes",
                "Gas pocket: oxygen flow too high or water flow too low",
                "As for A05",
            ],
            [
                "Oxygen use much higher than the table figure",
                "Gas lost through the vent or at the nozzles; outlet pressure below 1.5 bar(g)",
                "Check the vent events in the log; raise the outlet pressure to 2.0 bar(g)",
            ],
            [
                "Relief valve weeps",
                "Outlet pressure close to 3.6 bar(g), or dirt on the seat",
                "Check the outlet pressure; lift-test the valve (section 6); replace it if it still weeps",
            ],
            [
                "Gauge needle swings by more than 0.3 bar",
                "Air drawn in at the pump suction, or a sticking back-pressure valve",
                "Check the suction line; clean the back-pressure valve",
            ],
            ["Brown or green film in the sight glass", "Biofilm", "Clean the cone (section 7)"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Commissioning and start-up"),
    (
        "ol",
        [
            "Check that the installer has cleaned the oxygen supply line for oxygen service and pressure-tested it.",
            "Close the oxygen main valve. Open the vent valve by hand (OXC-2 menu SERVICE > VENT).",
            "Open the back-pressure valve fully and start the side-stream pump. Fill the cone until water comes out "
            "of the vent, then close the vent.",
            "Read the flow meter and set the inlet valve to the nominal flow, 30 m³/h (SC-30) or 60 m³/h (SC-60).",
            "Close the back-pressure valve slowly until the outlet gauge reads 2.0 bar(g). Lock the handwheel with "
            "its locking screw.",
            "Open the oxygen main valve; the gauge at the inlet regulator must read 4-6 bar(g).",
            "Set the rotameter to the typical flow, 10 L/min (SC-30) or 19 L/min (SC-60), and switch the OXC-2 to "
            "AUTO.",
            "Watch the sight glass for 15 min. A thin layer of gas at the top is normal; the level probe must stay "
            "wet.",
            "Write the outlet pressure, water flow and oxygen flow in the commissioning record. These are the "
            "reference values for the daily checks.",
        ],
    ),
    ("h", "6.2 Lift test of the pressure relief valve (monthly)"),
    (
        "ol",
        [
            "Run the cone at its normal outlet pressure.",
            "Put on eye protection; the valve discharges water at pressure.",
            "Pull the lifting lever fully for 3 s and let it go.",
            "The valve must discharge and then close tight within 10 s.",
            "If it still weeps, lift it twice more. If it weeps after that, replace it with a new valve OXM-PRV-36 "
            "with the cone depressurised (see section 2).",
            "Write the test in the maintenance log.",
        ],
    ),
    (
        "p",
        "The set pressure of the relief valve is sealed at the factory and must not be adjusted on site. A valve "
        "whose seal is broken must be replaced.",
    ),
    ("h", "7. Cleaning the cone"),
    (
        "ol",
        [
            "Switch the OXC-2 to STOP; the oxygen valve closes. Close the oxygen main valve.",
            "Stop the side-stream pump and close the inlet and outlet valves.",
            "Open the vent valve and the bottom drain; the gauge must read 0 bar.",
            "Remove the top flange and the sight glass.",
            "Brush the inside with a soft brush on a pole and rinse with fresh water. Do not use solvents. A "
            "chlorine disinfectant may be used at the strength the site's biosecurity plan gives; rinse for at "
            "least 10 min afterwards.",
            "Fit new gaskets (OXM-GK-80 or OXM-GK-100). Tighten the flange bolts crosswise to 35 Nm (SC-30) or "
            "40 Nm (SC-60), the sight glass bolts to 12 Nm.",
            "Refill as in 6.1, steps 2 to 4, and check the flanges for leaks at 2.0 bar(g) before opening the "
            "oxygen.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the outlet pressure, water flow and oxygen flow; compare them with the commissioning record"],
            ["Weekly", "Check the return nozzles for blockage; look at the sight glass"],
            ["Monthly", "Lift-test the relief valve (6.2); read the vent event log"],
            ["Every 6 months, or sooner if the sight glass shows a film", "Clean the cone (section 7)"],
            [
                "4000 h or 12 months, whichever comes first (A12)",
                "Replace the seal kits of the solenoid valve and the vent valve; check the level probe; test all "
                "alarms",
            ],
            ["Every 5 years", "Replace the relief valve"],
            ["As national rules require", "Pressure vessel inspection, arranged by the site"],
        ],
        (70, 100),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "SC-30", "SC-60"],
            ["Pressure relief valve 3.6 bar(g)", "OXM-PRV-36", "OXM-PRV-36"],
            ["Oxygen solenoid valve 24 V DC", "OXM-SV-24", "OXM-SV-24"],
            ["Solenoid coil", "OXM-SV-24C", "OXM-SV-24C"],
            ["Solenoid valve seal kit", "OXM-SK-24", "OXM-SK-24"],
            ["Vent valve seal kit", "OXM-VK-10", "OXM-VK-10"],
            ["Rotameter", "OXM-RM-20", "OXM-RM-40"],
            ["Back-pressure valve", "OXM-BPV-80", "OXM-BPV-100"],
            ["Gasket kit (flanges and sight glass)", "OXM-GK-80", "OXM-GK-100"],
            ["Level probe", "OXM-LP-150", "OXM-LP-150"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pescavac VF vacuum fish pumps
PESCAVAC = [
    ("title", "Pescavac VF Vacuum Fish Pumps\nOperation and Maintenance - VF-8 and VF-12"),
    (
        "p",
        "Document PSV-OM-VF-02, Edition 2, June 2024. Pescavac Fish Handling AB. The VF-8 and VF-12 are "
        "vacuum-pressure fish pumps for moving live fish between net pens, tanks, graders and well boats. A liquid "
        "ring vacuum pump draws a vacuum in the stainless steel tank, so that fish and water are sucked in through "
        "the suction hose. The pump then reverses the air flow, pressurises the tank and pushes the fish out "
        "through the delivery hose. Two pneumatic flap valves, one at the inlet and one at the outlet, keep the "
        "flow going one way. No impeller touches the fish. The VF-8 uses 8 inch (200 mm) hoses and the VF-12 "
        "12 inch (300 mm) hoses; apart from the size and the items listed in this manual, the two pumps are built "
        "alike and have the same PLC and control panel.",
    ),
    (
        "warn",
        "WARNING: Never open the inspection hatch, disconnect a hose or reach into a flap valve while the pump runs "
        "or while the tank is under vacuum or pressure. Switch to STOP, open the vent valve and check that the tank "
        "gauge reads 0 bar first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VF-8", "VF-12"],
            ["Hose size, suction and delivery", "8 in (200 mm)", "12 in (300 mm)"],
            ["Tank volume", "650 L", "1400 L"],
            ["Cycle time (fill and empty) with 20 m suction hose and 50 m delivery hose", "40 s", "55 s"],
            ["Fish capacity, salmon, at 2 parts water to 1 part fish", "up to 20 t/h", "up to 32 t/h"],
            ["Largest fish", "3 kg", "8 kg"],
            ["Liquid ring vacuum pump, motor", "7.5 kW", "15 kW"],
            ["Highest vacuum (vacuum safety valve)", "-0.75 bar", "-0.75 bar"],
            ["Highest tank pressure (pressure safety valve)", "0.8 bar", "0.8 bar"],
            ["Working vacuum, factory setting", "-0.45 bar", "-0.50 bar"],
            ["Working pressure, factory setting", "0.35 bar", "0.40 bar"],
            ["Suction lift, water surface to tank inlet", "no more than 4.5 m", "no more than 5.0 m"],
            ["Delivery distance, horizontal", "up to 200 m", "up to 300 m"],
            ["Delivery height above the tank outlet", "up to 8 m", "up to 10 m"],
            ["Seal water for the vacuum pump", "8 L/min at 2-4 bar", "15 L/min at 2-4 bar"],
            ["Compressed air for the flap valves", "6-8 bar, 150 NL/min", "6-8 bar, 250 NL/min"],
            ["Electrical supply", "400 V 3~ 50 Hz, 25 A", "400 V 3~ 50 Hz, 40 A"],
            ["Dimensions L x W x H", "2400 x 1300 x 2050 mm", "3100 x 1600 x 2500 mm"],
            ["Mass, empty", "1150 kg", "2100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacity holds only for salmon or trout of 1-3 kg (VF-8) or 2-6 kg (VF-12), with a suction lift below "
        "2 m and no more than 50 m of delivery hose. Longer hoses, more lift and smaller fish lower the capacity. "
        "Pescavac does not publish capacities for other species.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The pump may be run only by persons trained on it. On a boat or barge, the skipper or site manager "
            "decides where the pump and hoses are placed.",
            "Lift the pump only at its four lifting eyes, empty and with the hoses removed.",
            "Secure every hose so that it cannot whip if a clamp lets go under pressure.",
            "Wear hearing protection within 3 m of the vacuum pump.",
            "Fish welfare during crowding and pumping, and the oxygen supply of the receiving tank or well, are "
            "the site's responsibility; the pump settings in this manual only limit the load on the fish.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Water and fish"),
            (
                "p",
                "Always pump at least 2 parts water to 1 part fish by volume. Less water bruises the fish and makes "
                "the flap valves jam. Keep the suction nozzle at least 0.5 m below the water surface so that it does "
                "not draw air.",
            ),
            ("h", "Time in the system"),
            (
                "p",
                "No fish may stay in the tank or the hoses for more than 2 min. If the pump stops with fish in the "
                "system, after an alarm or an emergency stop, empty it within 2 min as section 6 describes.",
            ),
            ("h", "Vacuum and pressure settings"),
            (
                "p",
                "The working vacuum can be set from -0.30 to -0.65 bar and the working pressure from 0.20 to 0.60 "
                "bar (menu SET > CYCLE). Use the lowest values that still give the cycle time you need: more vacuum "
                "pulls the fish faster through the inlet flap and raises the risk of scale loss. The PLC does not "
                "accept settings outside these ranges; the safety valves open at -0.75 bar and 0.8 bar.",
            ),
            ("h", "Hoses"),
            (
                "p",
                "Bend radius at least 1.0 m (VF-8) or 1.5 m (VF-12). Use only smooth-bore fish hose; no joint may "
                "have an edge of more than 2 mm inside. Fix the end of the delivery hose so that the fish fall no "
                "more than 1.0 m into the water of the receiving tank or well.",
            ),
            ("h", "Water temperature"),
            (
                "p",
                "0-20 °C. Above 16 °C add a pause of 10 s to each cycle (SET > CYCLE > PAUSE) and keep the time in "
                "the system under 1 min.",
            ),
            ("h", "Seal water"),
            (
                "p",
                "Clean fresh water or sea water without sand, below 25 °C. The vacuum pump must never run dry, not "
                "even for 10 s.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Emergency stop", "Release the emergency stop and press RESET."],
            [
                "P02",
                "Vacuum pump motor overload",
                "Motor protection tripped. Check the supply, the seal water flow and that the pump turns freely.",
            ],
            [
                "P03",
                "Vacuum not reached",
                "Working vacuum not reached within 30 s. Air leak at a hose joint or at the inspection hatch "
                "seal, or the suction nozzle above the water surface.",
            ],
            [
                "P04",
                "Water in the air line",
                "High level probe in the separator wet. Empty the separator by its drain valve; check the float "
                "valve.",
            ],
            [
                "P05",
                "Tank not emptied",
                "Low level not reached within 45 s under pressure. Blocked delivery hose or outlet flap; delivery "
                "too high or too long.",
            ],
            [
                "P06",
                "Seal water low",
                "Seal water below 5 L/min (VF-8) or 10 L/min (VF-12); the pump stops. Check the supply valve and "
                "the strainer.",
            ],
            [
                "P08",
                "Flap valve position",
                "Inlet or outlet flap not in position within 3 s. Check the compressed air; look for fish or debris "
                "caught in the flap.",
            ],
            [
                "P09",
                "Overpressure",
                "Tank pressure above 0.7 bar for 2 s. Blocked delivery; the safety valve opens at 0.8 bar.",
            ],
            [
                "P10",
                "Vacuum pump temperature",
                "Pump discharge above 70 °C: too little seal water, or seal water too warm.",
            ],
            ["P11", "Level sensor fault", "Capacitive level sensor signal lost. Clean the sensor face; check the cable."],
            [
                "P12",
                "Low control air",
                "Compressed air below 5 bar. Check the compressor (not supplied) and the air filter regulator.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Fish arrive with scale loss or red fins",
                "Working vacuum too high, too little water with the fish, or fish too large for the hose",
                "Lower the working vacuum in steps of 0.05 bar; keep 2 parts water to 1 part fish; check the "
                "largest fish against section 1",
            ],
            [
                "Cycle time much longer than in section 1",
                "Air leak, suction lift too high or hoses too long",
                "Check the joints and the hatch seal; reduce the lift; shorten the hoses",
            ],
            [
                "Pump cycles but few fish come in",
                "Nozzle in the wrong place or fish not crowded",
                "Crowd the fish gently; move the nozzle to where the fish are",
            ],
            [
                "Water sprays from the exhaust silencer",
                "Separator full or float valve stuck",
                "Drain the separator (P04)",
            ],
            [
                "Loud knocking from the vacuum pump",
                "Cavitation: too little seal water or seal water too warm",
                "Check the seal water flow and temperature",
            ],
            [
                "A flap valve closes slowly",
                "Low control air or worn cylinder seals",
                "Check for 6-8 bar; replace the cylinder seal kit (section 9)",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Setting up and priming"),
    (
        "ol",
        [
            "Place the pump level on firm ground or deck, within the suction lift given in section 1.",
            "Connect the hoses with their clamps; check the hose gaskets.",
            "Connect the seal water and the compressed air; check 2-4 bar and 6-8 bar.",
            "Switch on at the main switch; the PLC runs a self-test of 20 s.",
            "Put the suction nozzle at least 0.5 m below the water surface.",
            "Select PRIME: the pump runs three vacuum cycles with the outlet flap shut to fill the suction hose "
            "with water. Check that water, not air, comes in.",
            "Check the working vacuum and pressure under SET > CYCLE.",
            "Select AUTO and crowd the fish gently towards the nozzle.",
        ],
    ),
    ("h", "6.2 Pump stopped with fish in the system"),
    (
        "ol",
        [
            "Press STOP. Use the emergency stop only if a person is in danger.",
            "If the tank holds fish and the pump can run, select EMPTY: the pump pressurises the tank and pushes "
            "the fish into the delivery hose.",
            "If the pump cannot run, open the emergency flush valve (yellow handle) to flood the tank and the "
            "delivery hose with water from the seal water supply, so that the fish lie in water.",
            "Get the fish out of the system within 2 min of the stop, through the delivery hose or by opening the "
            "inspection hatch once the gauge reads 0 bar.",
            "Find and clear the cause, then press RESET.",
        ],
    ),
    ("h", "7. Cleaning and disinfection"),
    (
        "ol",
        [
            "After the last fish, pump clean water for at least 5 min.",
            "Select CLEAN: both flaps open and the tank is vented.",
            "Remove the inspection hatch and flush the tank, the flap valves and the hoses with fresh water.",
            "Apply the disinfectant named in the site's biosecurity plan, at the strength and for the contact time "
            "it gives. Pescavac does not specify a disinfectant; the stainless steel parts tolerate chlorine at no "
            "more than 200 mg/L for 30 min.",
            "Rinse with fresh water for at least 10 min.",
            "Refit the hatch; fit a new seal (PSV-HS-8 or PSV-HS-12) if the old one is cut or flattened.",
            "In frost, drain the vacuum pump and the separator.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each pumping job", "Check the hoses, gaskets and clamps; clean after use (section 7)"],
            ["Daily in use", "Clean the seal water strainer; drain the air filter regulator"],
            [
                "Weekly in use",
                "Check the flap valve rubbers for cuts; grease the flap shaft bearings, 2 strokes of food-grade "
                "grease",
            ],
            [
                "500 h or 6 months, whichever comes first",
                "Replace the flap valve rubbers; listen to the vacuum pump bearings",
            ],
            ["2000 h", "Vacuum pump bearings and shaft seal, by Pescavac service"],
            ["Yearly", "Test of the vacuum and pressure safety valves and of the pressure transmitter, by Pescavac service"],
        ],
        (70, 100),
    ),
    ("h", "8.1 Replacing a flap valve rubber"),
    (
        "ol",
        [
            "Stop the pump, vent the tank and check that the gauge reads 0 bar. Shut off the compressed air and "
            "bleed it.",
            "Remove the 8 (VF-8) or 12 (VF-12) bolts of the flap housing cover.",
            "Lift out the flap and remove the rubber with its retaining plate.",
            "Fit the new rubber (PSV-FR-8 or PSV-FR-12) and tighten the plate screws to 20 Nm.",
            "Refit the cover with a new O-ring; tighten the bolts crosswise to 45 Nm (VF-8) or 60 Nm (VF-12).",
            "Restore the air and select TEST FLAP: the flap must close within 1 s.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "VF-8", "VF-12"],
            ["Flap valve rubber (inlet or outlet)", "PSV-FR-8", "PSV-FR-12"],
            ["Inspection hatch seal", "PSV-HS-8", "PSV-HS-12"],
            ["Flap cylinder seal kit", "PSV-CS-63", "PSV-CS-80"],
            ["Hose gasket", "PSV-HG-200", "PSV-HG-300"],
            ["Level sensor", "PSV-LS-01", "PSV-LS-01"],
            ["Seal water strainer element", "PSV-SW-10", "PSV-SW-10"],
            ["Vacuum safety valve", "PSV-VV-75", "PSV-VV-75"],
            ["Pressure safety valve", "PSV-PV-08", "PSV-PV-08"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Maskvik NR-24 net cleaning rig
MASKVIK = [
    ("title", "Maskvik NR-24 Net Cleaning Rig\nOperation and Maintenance Manual"),
    (
        "p",
        "Document MSK-OM-NR24-01, Edition 1, January 2025. Maskvik Havbruksteknikk AS. The NR-24 cleans the nets of "
        "sea pens in place, with or without fish in the pen. It has two parts. The deck unit holds a diesel engine, "
        "a high-pressure (HP) plunger pump fed by a sea water booster pump, a hydraulic power pack and the umbilical "
        "winch. The cleaning head is lowered into the pen on the umbilical; it carries two counter-rotating discs "
        "with 12 nozzles each, driven by the reaction of the jets, two hydraulic thrusters, four stand-off wheels, "
        "a camera and a depth sensor. The operator steers the head from the remote control on deck. The crane or "
        "davit that lifts the head, and the service vessel, are not part of the rig.",
    ),
    (
        "warn",
        "WARNING: A water jet at 200 bar cuts skin and can inject water under it. Never run the HP pump with the "
        "cleaning head out of the water, and never stand in front of the nozzles. Release the pressure before any "
        "work on the HP system.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NR-24"],
            ["HP pump flow at 200 bar, new nozzles", "380 L/min"],
            ["Working pressure", "200 bar"],
            ["Highest pressure (unloader valve setting)", "230 bar"],
            ["Nozzles", "24 (2 discs of 12), orifice 1.6 mm"],
            ["Disc speed at 200 bar", "450-650 rpm"],
            ["Cleaning width", "1.9 m"],
            ["Cleaning speed along the net", "up to 0.15 m/s"],
            ["Net area cleaned, one pass", "up to 1000 m² per hour"],
            ["Diesel engine", "4-cylinder, 170 kW at 2200 rpm, EU Stage V"],
            ["Fuel tank", "400 L"],
            ["Fuel consumption at 200 bar", "about 40 L/h"],
            ["Hydraulic power pack (thrusters, winch)", "18 kW, 210 bar, 45 L/min"],
            ["Hydraulic oil tank", "120 L, ISO VG 46"],
            ["Sea water booster pump, inlet filter", "100 µm"],
            ["Umbilical (HP hose 1 in, hydraulic lines, signal cable)", "80 m"],
            ["Greatest working depth", "40 m"],
            ["Cleaning head mass, in air / in water", "310 kg / 45 kg"],
            ["Deck unit, L x W x H and mass", "3800 x 2200 x 2300 mm, 4850 kg"],
            ["Lifting the deck unit", "4 lifting points; a 4-leg sling rated for at least 6 t"],
            [
                "Weather and sea limits",
                "current up to 0.75 m/s (1.5 knots), significant wave height up to 1.5 m, air -10 to 35 °C",
            ],
        ],
        (85, 85),
    ),
    (
        "p",
        "The power in the water jets follows from pressure and flow: jet power (kW) = pressure (bar) x flow "
        "(L/min) / 600. At 200 bar and 380 L/min this is about 127 kW; the engine is sized for this plus the "
        "booster pump and the hydraulic pack. The fuel figure holds at 200 bar with new nozzles; Maskvik gives no "
        "figure for other pressures. The area cleaned per hour holds for nets with a light growth of hydroids and "
        "algae cleaned in one pass; heavy mussel growth needs two passes and a slower speed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained by Maskvik or by a trained site instructor may run the rig.",
            "Agree every cleaning job with the site manager: the pen, whether fish are in it and the net type. The "
            "site's fish welfare procedure decides whether a pen with fish may be cleaned and at what time.",
            "Divers must never be in the water near the head while the HP pump runs. Diving operations are "
            "governed by the site's diving procedures, not by this manual.",
            "Keep clear of the umbilical and the winch drum while the head is moving.",
            "The fouling washed off the net goes into the sea. Any permit or limit on this is the site's matter.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Pressure"),
            (
                "p",
                "Clean at 200 bar. Never raise the pressure above 230 bar; the unloader valve is set there and "
                "must not be adjusted. Nets with a copper-based antifouling coating: no more than 150 bar, or the "
                "coating is stripped. For new nets in their first season, follow the net maker's guidance on "
                "cleaning pressure.",
            ),
            ("h", "Mesh"),
            (
                "p",
                "The rig is set up for nets with a bar length of 12 mm or more. Maskvik gives no settings for finer "
                "mesh; the jets may push fine mesh through the stand-off wheels.",
            ),
            ("h", "Stand-off and speed"),
            (
                "p",
                "The four wheels keep the nozzles 40-60 mm from the net. Drive along the net at no more than "
                "0.15 m/s and never let the head stop on one spot for more than 10 s with the jets running: the "
                "net can be cut.",
            ),
            ("h", "Depth"),
            (
                "p",
                "Never below the bottom of the net and never below 40 m. The depth limit alarm (N09) stops the "
                "thrusters pushing downwards.",
            ),
            ("h", "Booster pump"),
            (
                "p",
                "The HP pump needs at least 1.5 bar at its inlet. Below this it cavitates and the valves wear "
                "quickly (N04).",
            ),
            ("h", "Nozzle wear"),
            (
                "p",
                "As the nozzles wear the flow at 200 bar rises. When it is above 420 L/min, replace all 24 nozzles "
                "as a set. Never replace single nozzles except a damaged one.",
            ),
            ("h", "Weather"),
            (
                "p",
                "Stop cleaning in a current above 0.75 m/s or waves above 1.5 m significant height: the head can "
                "no longer be held against the net.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["N01", "Emergency stop", "Release it and press RESET on the remote control."],
            [
                "N02",
                "Engine oil pressure low",
                "Below 1.0 bar; the engine stops. Check the oil level; see the engine maker's manual.",
            ],
            [
                "N03",
                "Engine coolant temperature high",
                "Above 103 °C. Clean the radiator; check the coolant level and the fan belt.",
            ],
            [
                "N04",
                "HP pump inlet pressure low",
                "Below 1.5 bar. Clean the 100 µm filter; check the booster pump and its suction hose.",
            ],
            [
                "N05",
                "HP pressure high",
                "Above 230 bar. Blocked nozzles or a sticking unloader valve. Stop and clean the nozzles.",
            ],
            [
                "N06",
                "HP pressure low",
                "Below 150 bar at full engine speed: worn nozzles, a leaking HP hose or a blocked 100 µm filter.",
            ],
            [
                "N07",
                "Hydraulic oil temperature high",
                "Above 75 °C. Clean the oil cooler; check the oil level.",
            ],
            ["N08", "Hydraulic oil level low", "Top up with ISO VG 46; look for a leak at the thrusters."],
            ["N09", "Depth limit", "Head below 40 m. Steer upwards."],
            ["N10", "Camera signal lost", "Check the signal cable connector at the head; steer by depth only to surface."],
            [
                "N11",
                "Umbilical tension high",
                "Winch load above 6 kN. The umbilical is caught on a mooring line or the net; stop and free it.",
            ],
            ["N13", "Fuel low", "Below 10 % in the tank. Refuel before the next dive."],
            ["N14", "Water in fuel", "Drain the water separator of the fuel pre-filter."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Discs turn slowly, below 450 rpm",
                "Blocked or worn nozzles; pressure too low",
                "Check the pressure; clean the nozzles; replace the set if the flow is above 420 L/min",
            ],
            [
                "Head pulls to one side",
                "One disc turns slower than the other, usually blocked nozzles on that disc; thruster trim out",
                "Clean the nozzles of the slow disc; trim the thrusters on the remote control",
            ],
            [
                "Net not clean after one pass",
                "Speed too high, pressure too low or head too far from the net",
                "Slow down to 0.15 m/s or less; check 200 bar; check the stand-off wheels",
            ],
            [
                "Holes cut in the net",
                "Stand-off too small, pressure too high for a coated net, head stopped on one spot",
                "Check the wheels; 150 bar for coated nets; keep the head moving",
            ],
            [
                "Black smoke, HP pressure dips",
                "Fuel filter or air filter blocked",
                "Change the filters",
            ],
            [
                "Hydraulic oil runs hot",
                "Oil cooler fouled or warm sea water",
                "Clean the cooler",
            ],
        ],
        (50, 65, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Pre-dive checks and launching"),
    (
        "ol",
        [
            "Check the engine oil, coolant, fuel and hydraulic oil levels.",
            "Check the booster pump strainer and the 100 µm filter; the differential gauge must be in the green.",
            "Check the nozzles for blockage by eye and turn each disc by hand.",
            "Connect the umbilical and check that all quick couplings are locked.",
            "Start the engine and let it idle for 5 min, until the coolant is above 40 °C.",
            "Lift the head over the side with the crane and lower it until it is fully under water.",
            "Start the booster pump and check that the HP pump inlet shows at least 1.5 bar.",
            "Raise the HP pressure to 200 bar (150 bar for copper-coated nets).",
            "Check the disc speed on the display: 450-650 rpm.",
        ],
    ),
    ("h", "6.2 Cleaning a pen"),
    (
        "ol",
        [
            "Start at the surface at a seam of the net.",
            "Steer the head down along the net at no more than 0.15 m/s, wheels on the net.",
            "Overlap each lane by 0.3 m.",
            "Watch the depth; turn before the bottom of the net or 40 m.",
            "Keep the umbilical clear of the mooring lines; stop at once on N11.",
            "After the last lane, lower the pressure to zero before lifting the head out of the water.",
        ],
    ),
    ("h", "6.3 Replacing the nozzles"),
    (
        "ol",
        [
            "Stop the engine and remove the key. Open the HP drain valve until the HP gauge reads 0 bar.",
            "Lift the head onto its stand on deck.",
            "Unscrew the nozzles with the 14 mm nozzle socket.",
            "Fit a complete set of 24 new nozzles (MSK-NZ-16). Coat the threads with anti-seize.",
            "Tighten each nozzle to 25 Nm.",
            "Turn each disc by hand; the disc bearing must have no play greater than 0.5 mm. Otherwise fit the disc "
            "bearing kit MSK-DB-02.",
            "Test in the water: the flow at 200 bar must be 360-400 L/min.",
        ],
    ),
    ("h", "6.4 Flushing after use"),
    (
        "ol",
        [
            "After the last dive, lift the head and connect a fresh water hose to the booster pump inlet.",
            "Run the HP pump at 50 bar for 5 min on fresh water.",
            "If frost is expected, run a 40 % propylene glycol mix through the pump until it comes out at the "
            "nozzles.",
            "Rinse the head and the umbilical with fresh water; grease the winch bearings.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the levels and the filters; look at the nozzles; flush with fresh water after use"],
            ["50 h", "Clean the 100 µm filter element; check the HP hose for wear"],
            [
                "250 h or 12 months, whichever comes first",
                "Engine oil and filter as the engine maker's manual describes; HP pump crankcase oil, 4.5 L SAE 30",
            ],
            [
                "500 h",
                "Replace all nozzles (or sooner if the flow at 200 bar is above 420 L/min); fuel filters; hydraulic "
                "return filter",
            ],
            ["1000 h", "HP pump valves and seals, by Maskvik service; hydraulic oil change, 120 L ISO VG 46"],
            ["Yearly", "Inspection of the umbilical; inspection of the lifting gear by a competent person (site)"],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Nozzle 1.6 mm, set of 24", "MSK-NZ-16"],
            ["Disc bearing kit", "MSK-DB-02"],
            ["Booster inlet filter element 100 µm", "MSK-FE-100"],
            ["Hydraulic return filter", "MSK-HF-10"],
            ["Umbilical, complete, 80 m", "MSK-UM-80"],
            ["Thruster propeller", "MSK-TP-05"],
            ["Camera module", "MSK-CM-03"],
            ["Stand-off wheel set", "MSK-WS-50"],
            ["Nozzle socket 14 mm", "MSK-NS-14"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Trelvik DF rotary disc filters
TRELVIK = [
    ("title", "Trelvik DF Rotary Disc Filters\nInstallation, Operation and Maintenance - DF-16 and DF-24"),
    (
        "p",
        "Document TRV-IOM-DF-07, Edition 2, October 2024. Trelvik Filtration AB. The DF-16 and DF-24 are rotary "
        "disc filters for the mechanical filtration of recirculating aquaculture systems (RAS). Water from the fish "
        "tanks enters the hollow central drum and flows outwards through the filter panels mounted on the discs. "
        "Solids are held on the inside of the panels. As the panels clog, the water level inside the drum rises; at "
        "the set level difference the discs start to turn and a spray bar washes the panels from the outside, so "
        "the solids fall into a sludge trough inside the drum and leave through the sludge outlet. Each disc "
        "carries 12 filter panels. The DF-16 has 16 discs and the DF-24 24 discs; apart from the size and the items "
        "listed in this manual, the two filters are built alike and use the same control panel.",
    ),
    (
        "warn",
        "WARNING: Lock out the drive and the backwash pump before reaching into the filter. A turning disc traps "
        "hands between the panels and the frame. The spray nozzles work at 7 bar: never point them at a person.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DF-16", "DF-24"],
            ["Number of discs", "16", "24"],
            ["Filter panels (12 per disc)", "192", "288"],
            ["Submerged filter area", "32 m²", "48 m²"],
            [
                "Maximum flow, 40 µm panels, suspended solids (TSS) no more than 25 mg/L, water above 5 °C",
                "800 m³/h",
                "1200 m³/h",
            ],
            ["Maximum flow with 20 µm panels, same conditions", "480 m³/h", "720 m³/h"],
            ["Inlet / outlet flange", "DN 400 / DN 500", "DN 500 / DN 600"],
            ["Sludge outlet", "DN 150", "DN 200"],
            ["Backwash start, level difference (default; settable)", "120 mm; 80-200 mm", "120 mm; 80-200 mm"],
            ["Emergency overflow to bypass", "300 mm level difference", "300 mm level difference"],
            ["Disc speed during backwash", "1.5 rpm", "1.5 rpm"],
            ["Drive gearmotor", "0.55 kW", "0.75 kW"],
            ["Backwash pump", "4.0 kW, 9 m³/h at 7 bar", "5.5 kW, 13.5 m³/h at 7 bar"],
            ["Spray nozzles", "34", "50"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 20 A"],
            ["Dimensions L x W x H", "4100 x 2300 x 2150 mm", "5600 x 2300 x 2150 mm"],
            ["Mass, empty / in operation", "2450 kg / 11200 kg", "3300 kg / 15800 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The flow figures hold only with the stated suspended solids and water temperature and with a spray "
        "pressure of at least 6 bar. The load on the panels is worked out as surface load (m³/m²/h) = flow (m³/h) / "
        "submerged filter area (m²); it must be no more than 25 for 40 µm panels and no more than 15 for 20 µm "
        "panels. Panels of 60 µm can be ordered; ask Trelvik for their rating. The backwash pump takes filtered "
        "water from the outlet chamber. At the maximum flow it runs about half of the time and uses about 0.6 % of "
        "the flow.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Installation, electrical connection and the first start are done by Trelvik or by a contractor "
            "approved by Trelvik.",
            "The filter in operation is heavy (section 1). The floor or foundation is designed by the site's "
            "engineer.",
            "Wear eye protection near the spray bar and when handling cleaning chemicals.",
            "Covers stay closed in operation: aerosols from the spray bar carry fish pathogens.",
            "The sludge line leads to the site's sludge tank. Sludge treatment and its discharge are the site's "
            "responsibility.",
        ],
    ),
    ("h", "3. Control settings"),
    (
        "cols",
        [
            ("h", "Backwash start and stop"),
            (
                "p",
                "Backwash starts when the level difference between the inside of the drum and the outlet chamber "
                "reaches the set value, 120 mm by default (settable 80-200 mm). A lower value uses more backwash "
                "water; a higher value brings the filter closer to overflowing into the bypass. Backwash runs until "
                "the difference has fallen below 50 mm, then for one more revolution (40 s at 1.5 rpm).",
            ),
            ("h", "Interval backwash"),
            (
                "p",
                "Even at low load the filter backwashes at least once every 30 min, so that the panels stay wet "
                "and no biofilm dries on them.",
            ),
            ("h", "Spray pressure"),
            (
                "p",
                "The backwash pump gives 7 bar. The gauge on the spray bar must show at least 6 bar during "
                "backwash. Below 5 bar clean the nozzles and the pump inlet strainer (D04 is raised after 20 s).",
            ),
            ("h", "Backwash share"),
            (
                "p",
                "The display shows the share of time the backwash has run over the last hour. At normal load this "
                "is 20-50 %. If the backwash runs more than 80 % of the time at normal load, clean the panels with "
                "chemicals as Trelvik Technical Note TN-DF-03 describes. The cleaning agents, their strength and the "
                "contact times are given only in that note. Never use chlorine stronger than 50 mg/L on the panels.",
            ),
            ("h", "Drive speed"),
            (
                "p",
                "The disc speed is set in the frequency converter (VFD) in the panel. Its parameters are listed in "
                "the VFD manual supplied with the panel; do not change them without asking Trelvik.",
            ),
            ("h", "Frost"),
            (
                "p",
                "Below 2 °C room temperature, the spray bar and the backwash pipes need trace heating, supplied by "
                "the site.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "Release it and press RESET."],
            [
                "D02",
                "Drive motor overload",
                "The discs are jammed, or a broken panel is caught in the frame. Lock out and check.",
            ],
            ["D03", "Backwash pump overload", "Check the pump for a blockage and the motor supply."],
            [
                "D04",
                "Backwash pressure low",
                "Below 5 bar for 20 s during backwash: blocked nozzles or pump inlet strainer.",
            ],
            [
                "D05",
                "High level",
                "Level difference above 250 mm for 60 s: the filter is close to overflowing into the bypass.",
            ],
            [
                "D06",
                "Overflow",
                "Water in the bypass at 300 mm level difference: unfiltered water passes to the biofilter.",
            ],
            ["D07", "Level sensor fault", "Level signal lost or out of range. Check the sensor and its cable."],
            [
                "D08",
                "Rotation monitor",
                "No pulses from the shaft sensor within 20 s of the drive starting: coupling broken or sensor "
                "misaligned.",
            ],
            [
                "D09",
                "Continuous backwash",
                "Backwash has run for more than 30 min without a pause: panels clogged by fat or biofilm, or "
                "flow above the rating.",
            ],
            ["D11", "Sludge trough level high", "The sludge outlet or the sludge line is blocked. Flush the line."],
            [
                "D12",
                "Outlet chamber level low",
                "The backwash pump would run dry; it is stopped. Check the water level of the system.",
            ],
            ["D13", "VFD fault", "Read the fault code on the VFD and look it up in the VFD manual."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Backwash runs nearly all the time",
                "Flow above the rating; high suspended solids after feeding; fat or biofilm on the panels; low "
                "spray pressure",
                "Check the flow against section 1; clean the panels with chemicals (TN-DF-03); clean the nozzles",
            ],
            [
                "Particles visible in the filtered water",
                "Torn panel or loose panel seal; bypass overflowing",
                "Inspect the panels and replace torn ones (section 6.2); check D06",
            ],
            [
                "Spray pressure falls during backwash",
                "Pump inlet strainer blocked",
                "Clean the strainer",
            ],
            [
                "Sludge trough overflows into the filtered side",
                "Sludge outlet blocked",
                "Flush the sludge line",
            ],
            [
                "Panels look white or chalky",
                "Lime scale in hard water",
                "Clean with acid as TN-DF-03 describes",
            ],
            [
                "Squealing from the drum",
                "Worn support rollers",
                "Replace the support rollers (Trelvik service)",
            ],
        ],
        (50, 65, 55),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Start-up after installation or a long stop"),
    (
        "ol",
        [
            "Check that all panels are in place and the covers are closed.",
            "Fill the filter slowly through the inlet, with the outlet valve open, until water flows over the "
            "outlet weir.",
            "Switch on the panel; select MANUAL and run the drive for one full revolution. Check the rotation "
            "monitor (no D08).",
            "Run the backwash pump in MANUAL and check at least 6 bar on the spray bar gauge and an even spray "
            "from every nozzle.",
            "Check the backwash start value (default 120 mm) and select AUTO.",
            "Raise the flow to the system in steps over 30 min, watching the level difference.",
        ],
    ),
    ("h", "6.2 Replacing a filter panel"),
    (
        "ol",
        [
            "Select MAINT and use JOG to bring the panel to the 12 o'clock position, above the water.",
            "Lock out the drive and the backwash pump.",
            "Remove the four panel clips with the panel tool TRV-PT-01.",
            "Lift the panel out. Fit the new panel with new seal strips (TRV-PS-01), the arrow on the panel "
            "pointing towards the drum.",
            "Refit the clips. Check that the panel sits flat: the gap to the disc must be no more than 1 mm.",
            "Write down the disc number and panel number in the log.",
        ],
    ),
    ("h", "6.3 Cleaning the spray nozzles"),
    (
        "ol",
        [
            "Stop the filter, lock out the backwash pump and drain the spray bar through its drain valve.",
            "Unscrew the nozzles (TRV-SN-15) one at a time.",
            "Clean each nozzle with a soft brush and the nozzle needle; never widen the hole. Replace a nozzle "
            "whose spray fan is uneven.",
            "Refit each nozzle with its flat fan horizontal, within ±5°.",
            "Run the backwash pump in MANUAL: at least 6 bar on the spray bar gauge.",
        ],
    ),
    ("h", "6.4 Greasing the main bearings"),
    (
        "ol",
        [
            "Run the drive in MANUAL so that the shaft turns.",
            "Wipe the grease nipples at both main bearings.",
            "Give each bearing 20 g of lithium complex grease NLGI 2 while the shaft turns.",
            "Wipe off the grease that comes out of the seals.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the level difference, the backwash share and the spray pattern through the window"],
            ["Weekly", "Clean the backwash pump inlet strainer; check that the sludge line runs free"],
            [
                "Monthly, or sooner if the backwash runs more than 80 % of the time",
                "Chemical cleaning of the panels as TN-DF-03 describes",
            ],
            ["Every 3 months", "Grease the main bearings, 20 g each (section 6.4)"],
            ["Every 6 months", "Inspect all panels and replace torn ones; check the support rollers"],
            ["Yearly", "Change the gearmotor oil: 1.1 L (DF-16) or 1.6 L (DF-24), ISO VG 220"],
            ["About every 5 years", "Replace all panels; Trelvik service checks the drum seals"],
        ],
        (70, 100),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "DF-16", "DF-24"],
            ["Filter panel 40 µm", "TRV-FP-40", "TRV-FP-40"],
            ["Filter panel 20 µm", "TRV-FP-20", "TRV-FP-20"],
            ["Panel seal strip set (one panel)", "TRV-PS-01", "TRV-PS-01"],
            ["Panel clip, set of 4", "TRV-PC-04", "TRV-PC-04"],
            ["Spray nozzle", "TRV-SN-15", "TRV-SN-15"],
            ["Main bearing", "TRV-MB-60", "TRV-MB-70"],
            ["Drive gearmotor", "TRV-GM-055", "TRV-GM-075"],
            ["Backwash pump seal kit", "TRV-PK-40", "TRV-PK-55"],
            ["Level sensor", "TRV-LS-02", "TRV-LS-02"],
            ["Panel tool", "TRV-PT-01", "TRV-PT-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("oxelmar-sc-oxygen-cone-saturator.pdf", "Oxelmar OXM-IOM-SC-04 Ed 3 - SC-30 / SC-60", OXELMAR),
        ("pescavac-vf-vacuum-fish-pump.pdf", "Pescavac PSV-OM-VF-02 Ed 2 - VF-8 / VF-12", PESCAVAC),
        ("maskvik-nr-net-cleaning-rig.pdf", "Maskvik MSK-OM-NR24-01 Ed 1 - NR-24", MASKVIK),
        ("trelvik-df-rotary-disc-filter.pdf", "Trelvik TRV-IOM-DF-07 Ed 2 - DF-16 / DF-24", TRELVIK),
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
