"""Generate the PDF manuals of the fortieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set40venv && /tmp/set40venv/bin/pip install fpdf2 pypdf
    /tmp/set40venv/bin/python knowledge/samples/fortieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirty-eighth set's
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


# ---------------------------------------------------------------- Halcyra PX precision air conditioners
HALCYRA = [
    ("title", "Halcyra PX Precision Air Conditioners\nOperation and Maintenance Manual - PX-25 and PX-35"),
    (
        "p",
        "Document HCY-OM-PX-03, Edition 3, March 2025. Halcyra Climate Systems. The PX-25 and PX-35 are downflow "
        "direct-expansion computer room air conditioners for raised-floor data halls and telecom rooms. Each has one "
        "inverter-driven scroll compressor on R410A, EC fans discharging into the floor void and a remote air-cooled "
        "condenser. Apart from the capacity, the fans, the cabinet width and the items named in this manual, the two "
        "units are built alike. The remote condenser RC-40, the refrigerant line sizing and the additional charge for "
        "the lines are covered in HCY-IM-RC-02. The electrical supply, the floor leak detection loop and the building "
        "management system are the site's.",
    ),
    (
        "warn",
        "WARNING: Refrigerant work, brazing and leak checks are for F-gas certified personnel only. Isolate and lock "
        "the main switch before opening the electrical panel: the inverter holds a dangerous charge for 5 min after "
        "switching off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PX-25", "PX-35"],
            ["Net sensible cooling capacity, return air 24 °C and 40 % RH, condenser in 35 °C ambient", "25.4 kW", "34.8 kW"],
            ["Nominal airflow", "6800 m³/h", "9200 m³/h"],
            ["EC fans", "1 x 500 mm", "2 x 450 mm"],
            ["Available external static pressure at nominal airflow", "up to 150 Pa", "up to 120 Pa"],
            ["Refrigerant R410A, charge of the unit without lines and condenser", "6.2 kg", "8.4 kg"],
            ["Cabinet width x depth x height", "860 x 890 x 1980 mm", "1260 x 890 x 1980 mm"],
            ["Supply 400 V 3~ N 50 Hz, maximum running current", "21 A", "29 A"],
            ["Recommended supply fuse", "32 A gL", "40 A gL"],
            ["Electric reheat (option)", "6 kW", "9 kW"],
            ["Electrode humidifier (option)", "5 kg/h", "8 kg/h"],
            ["Air filters, class G4 (M5 option), 592 x 490 x 48 mm", "3", "4"],
            ["Sound pressure at 2 m, free field, nominal airflow", "58 dB(A)", "60 dB(A)"],
            ["Mass, empty", "290 kg", "385 kg"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The capacities hold only at the stated return air condition, with the condenser in 35 °C ambient, clean "
        "filters and nominal airflow. For other return air temperatures or ambient conditions use the Halcyra "
        "selection software; this manual gives no other figures.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The EC fans restart without warning when the controller calls for air. Set the unit to Standby and wait "
            "for the 60 s fan run-on to end before opening a front panel.",
            "Discharge pipework and the compressor casing run above 90 °C. Let them cool before touching them.",
            "Never bridge the high pressure switch, the airflow switch or the floor leak sensor, not even for a test.",
        ],
    ),
    ("h", "3. Controller settings"),
    (
        "cols",
        [
            ("h", "Temperature and humidity"),
            (
                "p",
                "The unit controls on the return air. Default setpoint 24 °C with a proportional band of ±1 °C; "
                "adjustable 18-30 °C. Humidity setpoint 45 % RH with a dead band of ±5 % RH. Never set the dead band "
                "narrower than ±5 % RH: the humidifier and the dehumidification will then fight each other.",
            ),
            ("h", "Supply air limit"),
            (
                "p",
                "The supply air must not fall below 14 °C. Below this the compressor speed is cut back, and after "
                "5 min alarm A14 is raised.",
            ),
            ("h", "Floor void pressure"),
            (
                "p",
                "The fans modulate to hold the floor void at 20 Pa above the room (adjustable 10-40 Pa). The "
                "pressure tube is fitted under the floor at least 3 m from the unit. Fans running at 100 % all the "
                "time with the void pressure below setpoint point to open floor tiles or cable cut-outs.",
            ),
            ("h", "Compressor protection"),
            (
                "p",
                "Minimum run time 3 min and minimum off time 3 min; no more than 10 starts per hour. The high "
                "pressure switch opens at 41.5 bar and is reset by hand on the switch. The low pressure trip acts "
                "below 2.0 bar for 60 s and resets itself twice; the third trip within 60 min locks the compressor "
                "out. Discharge temperature limit 120 °C.",
            ),
            ("h", "Refrigerant circuit targets"),
            (
                "p",
                "At steady full load: superheat 5-8 K at the compressor suction, subcooling 4-7 K at the liquid line "
                "outlet of the condenser. These targets hold only with the remote condenser RC-40; for other "
                "condensers ask Halcyra service.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "High return air temperature", "Return air above 32 °C for 5 min. Check load and capacity, see section 5."],
            ["A02", "Low return air temperature", "Return air below 16 °C. Check setpoint and reheat."],
            ["A03", "High humidity", "Above 65 % RH. Check door seals and fresh air."],
            ["A04", "Low humidity", "Below 25 % RH. Check humidifier, alarm A12."],
            ["A05", "High pressure", "Switch opened at 41.5 bar. Find the cause before resetting it by hand."],
            ["A06", "Low pressure", "Below 2.0 bar for 60 s; lockout on the third trip within 60 min."],
            ["A07", "High discharge temperature", "Above 120 °C. Low charge or high superheat; call a certified technician."],
            ["A09", "Airflow loss", "Fan pressure difference below 50 Pa for 20 s. The unit stops."],
            ["A10", "Dirty filter", "Filter pressure drop above 150 Pa (G4) or 200 Pa (M5). Change the filters."],
            ["A11", "Water under floor", "Leak sensor wet. The unit stops the humidifier and raises the alarm."],
            ["A12", "Humidifier fault", "No current or foaming. Check the cylinder and the water supply."],
            ["A13", "Inverter fault", "See the inverter code on the display; reset once, then call Halcyra service."],
            ["A14", "Low supply air", "Supply air below 14 °C for 5 min, or supply sensor fault."],
            ["A15", "Condensate pump", "High level in the pump tank; check the pump and the discharge hose."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Compressor stops on A05 on hot afternoons, restarts after a manual reset",
                "Dirty condenser coil or a condenser fan not running",
                "Clean the condenser coil, check every condenser fan, then reset the switch",
            ],
            [
                "Frost on the suction line, room temperature still holding",
                "Low airflow: clogged filters or a fan fault; or low charge",
                "Change the filters first; if the frost stays, have superheat and charge checked",
            ],
            [
                "Water on the floor in front of the unit",
                "Condensate trap dry or blocked, drain hose kinked",
                "Clean the trap and fill it with 0.5 L of water; check the hose fall",
            ],
            [
                "Humidifier and dehumidification alternating",
                "Humidity dead band set too narrow",
                "Set the dead band to ±5 % RH or wider",
            ],
            [
                "Fans at 100 % all the time",
                "Floor tiles lifted, cut-outs open, pressure tube loose",
                "Close the floor, check the tube at both ends",
            ],
        ],
        (58, 56, 56),
    ),
    ("h", "6. Changing the air filters"),
    (
        "ol",
        [
            "Set the unit to Standby at the display and wait for the 60 s fan run-on to end.",
            "Open the upper front panels with the quarter-turn locks.",
            "Pull the filters out upwards: 3 on the PX-25, 4 on the PX-35.",
            "Wipe the filter frame and check its foam seal; replace a torn seal.",
            "Fit new filters of 592 x 490 x 48 mm with the airflow arrow pointing down, towards the coil.",
            "Close the panels and reset the filter timer under Service > Filter > Reset.",
            "Return the unit to Run. A10 must clear, and the filter pressure drop with new G4 filters reads about 50 Pa.",
        ],
    ),
    ("h", "7. Restart after a long stop"),
    (
        "ol",
        [
            "If the unit has been without power for more than 24 h, switch on the main switch with the unit in "
            "Standby and leave the crankcase heater powered for at least 8 h.",
            "Check that the condensate trap holds water and that the floor leak sensor is dry.",
            "Start the unit in Run and watch the first 15 min: no pressure alarm, supply air above 14 °C.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Check alarms, condensate trap and drain; look at the filter pressure drop"],
            ["3 months or alarm A10, whichever comes first", "Change the air filters (section 6)"],
            ["6 months", "Clean the condenser coil of the RC-40; check humidifier cylinder"],
            ["12 months", "Leak check by certified personnel; retighten power terminals; test the leak sensor"],
            ["60 000 h", "Replace EC fan modules"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Leak checks: the unit charge alone is 12.9 t CO2 equivalent (PX-25) and 17.5 t CO2 equivalent (PX-35), so "
        "both units need a leak check at least every 12 months. The charge in the lines and the condenser is added "
        "by the installer; the site's F-gas register holds the total.",
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Main switch and supply terminals", "4.5 Nm"],
            ["EC fan module mounting screws M8", "20 Nm"],
            ["Compressor rotalock nut 1-1/4 in", "100-110 Nm"],
            ["Flare nut 1/4 in", "15-18 Nm"],
            ["Flare nut 3/8 in", "35-42 Nm"],
            ["Schrader valve core", "0.4 Nm, no more"],
        ],
        (110, 60),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PX-25", "PX-35"],
            ["Air filter G4, 592 x 490 x 48 mm", "HCY-FL-G4-59 (x3)", "HCY-FL-G4-59 (x4)"],
            ["Air filter M5, 592 x 490 x 48 mm", "HCY-FL-M5-59 (x3)", "HCY-FL-M5-59 (x4)"],
            ["EC fan module", "HCY-FM-500", "HCY-FM-450 (x2)"],
            ["Humidifier cylinder", "HCY-HC-05", "HCY-HC-08"],
            ["High pressure switch 41.5 bar", "HCY-PS-415", "HCY-PS-415"],
            ["Return air sensor", "HCY-TS-10", "HCY-TS-10"],
            ["Condensate pump", "HCY-CP-2", "HCY-CP-2"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Compressor, inverter and expansion valve are replaced by Halcyra service only; no part numbers are given "
        "for them.",
    ),
]


# ---------------------------------------------------------------- Kelvane CD coolant distribution units
KELVANE = [
    ("title", "Kelvane CD Coolant Distribution Units\nOperation and Maintenance Manual - CD-450 and CD-800"),
    (
        "p",
        "Document KLV-OM-CDU-02, Edition 2, January 2025. Kelvane Liquid Cooling AB. The CD-450 and CD-800 are "
        "floor-standing liquid-to-liquid coolant distribution units (CDU) for direct-to-chip cooling. A plate heat "
        "exchanger separates the facility water (primary side) from the technology cooling system (TCS, secondary "
        "side) that feeds the rack manifolds. Two variable-speed pumps run duty and standby. Apart from the capacity, "
        "the pumps, the heat exchanger and the items named here, the two units are alike. The rack manifolds, the "
        "quick disconnects and the server cold plates are covered by their makers' documents; the facility water "
        "supply, its quality and its treatment are the site's.",
    ),
    (
        "warn",
        "WARNING: The secondary loop runs at up to 6 bar and 45 °C. Never open a filter housing, a sensor port or a "
        "drain before that section is isolated and at 0 bar on its gauge.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CD-450", "CD-800"],
            ["Cooling capacity at 5 K approach: TCS supply 35 °C, facility water 30 °C, PG25 secondary", "450 kW", "800 kW"],
            ["Nominal secondary (TCS) flow, PG25, 10 K rise", "665 L/min", "1180 L/min"],
            ["Nominal primary (facility) flow, water, 9 K rise", "720 L/min", "1280 L/min"],
            ["Pumps, duty and standby, variable speed", "2 x 5.5 kW", "2 x 11 kW"],
            ["Available external head, secondary, at nominal flow", "2.0 bar", "2.2 bar"],
            ["Secondary fluid volume in the unit", "85 L", "140 L"],
            ["Secondary safety valve / primary safety valve", "6 bar / 10 bar", "6 bar / 10 bar"],
            ["Secondary filter, duplex, changeable in service", "50 µm", "50 µm"],
            ["Supply 400 V 3~ 50 Hz, two feeds, maximum current per feed", "24 A", "46 A"],
            ["Footprint W x D, height 2000 mm", "600 x 1200 mm", "800 x 1200 mm"],
            ["Mass, empty", "720 kg", "1050 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The capacity holds only at the stated temperatures with 25 % propylene glycol (PG25) on the secondary side "
        "and clean water on the primary side. For other glycols, other concentrations or other temperatures, Kelvane's "
        "selection service gives the figures; this manual gives none.",
    ),
    ("h", "2. Coolant"),
    (
        "p",
        "Fill the secondary loop with Kelvane KC-25 premix only: 25 % inhibited propylene glycol in deionised water. "
        "Never top up with plain water. The glycol concentration must stay within 23-27 % by volume, checked with a "
        "refractometer; pH 8.0-10.0. Below 23 % the inhibitor level is too low to protect the copper cold plates. The "
        "loop is made of copper, stainless steel and EPDM: no aluminium part may be connected to it.",
    ),
    ("h", "3. Control settings"),
    (
        "cols",
        [
            ("h", "Supply temperature"),
            (
                "p",
                "The three-way valve on the primary side controls the TCS supply temperature. Default setpoint 32 °C, "
                "adjustable 18-45 °C; at steady load the supply holds within ±0.5 K of the setpoint.",
            ),
            ("h", "Dew point protection"),
            (
                "p",
                "The supply setpoint is held at least 2 K above the room dew point measured by the room sensor. If the "
                "setpoint is lower, the controller raises it and shows C02.",
            ),
            ("h", "Facility water"),
            (
                "p",
                "At full load the facility water must enter at least 5 K below the TCS supply setpoint. With a smaller "
                "difference the valve opens fully and the supply temperature rises with the load.",
            ),
            ("h", "Pump control"),
            (
                "p",
                "The duty pump holds the secondary differential pressure at 1.2 bar (adjustable 0.5-2.5 bar). The pumps "
                "change over every 168 h. If the secondary flow stays below 40 % of nominal for 10 s, the standby pump "
                "starts and C03 is raised.",
            ),
            ("h", "Static pressure"),
            (
                "p",
                "Cold fill pressure 1.5 bar at the unit. Secondary pressure below 1.0 bar raises C06; above 5.0 bar "
                "raises C07. The safety valve opens at 6 bar.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "TCS supply high", "Supply above setpoint + 3 K for 60 s. See section 5."],
            ["C02", "Dew point approach", "Setpoint less than 2 K above the room dew point; setpoint raised."],
            ["C03", "Secondary flow low", "Below 40 % of nominal for 10 s; standby pump started."],
            ["C04", "Pump 1 fault", "Drive fault or motor protection; unit runs on pump 2."],
            ["C05", "Pump 2 fault", "Drive fault or motor protection; unit runs on pump 1."],
            ["C06", "Secondary pressure low", "Below 1.0 bar. Find the leak, then top up with KC-25."],
            ["C07", "Secondary pressure high", "Above 5.0 bar. Check the expansion vessel precharge."],
            ["C08", "Reservoir level low", "Below 30 %. Top up with KC-25 (section 7)."],
            ["C09", "Leak in drip tray", "Sensor wet. Find the leak inside the unit."],
            ["C11", "Filter blocked", "Filter pressure difference above 0.8 bar. Change the element (section 6)."],
            ["C12", "Primary valve fault", "Position differs from the command by more than 10 % for 60 s."],
            ["C13", "Sensor fault", "A temperature or pressure transmitter is out of range."],
            ["C14", "BMS communication lost", "No effect on control; check the network."],
            ["C15", "Feed A lost", "Unit runs on feed B through its internal changeover."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Supply temperature creeps up at high load, primary valve 100 % open",
                "Facility water too warm or too little primary flow",
                "Check that facility water enters at least 5 K below the setpoint; clean the primary strainer",
            ],
            [
                "Pump noise, flow and pressure jumping, often after racks were added",
                "Air in the secondary loop",
                "Vent at the high points and the rack manifolds; top up with KC-25 to 1.5 bar cold",
            ],
            [
                "Reservoir level falls slowly, drip tray dry",
                "Leak outside the unit, usually at a quick disconnect",
                "Inspect the rack manifolds and hoses; the CDU is not the source",
            ],
            [
                "Filter pressure difference rising fast in the first weeks",
                "Debris from new pipework",
                "Change the element as often as needed; flush new branches before connecting",
            ],
            [
                "Condensation on pipes and manifolds",
                "Supply setpoint close to the room dew point",
                "Raise the setpoint; check the room humidity sensor",
            ],
        ],
        (58, 52, 60),
    ),
    ("h", "6. Changing a secondary filter element"),
    (
        "ol",
        [
            "Check on the display which filter side is in service and that the other side holds a clean element.",
            "Turn the change-over lever slowly to the clean side; the flow must not drop below 40 % of nominal.",
            "Close the isolating valve of the blocked side and open its vent, then its drain: about 2 L runs out.",
            "Undo the cover bolts crosswise, lift the cover and pull the element.",
            "Fit a new element (KLV-FE-50S on the CD-450, KLV-FE-50L on the CD-800) and a new cover O-ring.",
            "Tighten the cover bolts crosswise to 25 Nm, close the drain, open the isolating valve slowly and vent "
            "until only liquid comes out.",
            "Reset C11 and check that the filter pressure difference reads below 0.3 bar.",
        ],
    ),
    ("h", "7. Topping up"),
    (
        "ol",
        [
            "Connect the filling pump FP-1 to the fill valve and put its suction in a can of KC-25.",
            "Fill until the reservoir shows 70 % and the static pressure is 1.5 bar cold.",
            "Vent the pumps and the high points, then recheck the level.",
            "Enter the volume added in the log. More than 10 L in a month means a leak to be found.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Reservoir level, alarms, filter pressure difference"],
            ["Quarterly", "Glycol concentration (23-27 %) and pH (8.0-10.0)"],
            ["12 months", "Full coolant analysis by the fluid supplier's laboratory; check pump seals for weeping"],
            ["5 years or when the analysis says so, whichever comes first", "Drain and refill with new KC-25"],
        ],
        (60, 110),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Filter housing cover bolts M10, crosswise", "25 Nm"],
            ["Flange bolts DN80 PN16, M16", "95 Nm"],
            ["Sensor wells G1/2", "30 Nm"],
            ["Pump motor terminals", "2.5 Nm"],
        ],
        (110, 60),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CD-450", "CD-800"],
            ["Filter element 50 µm", "KLV-FE-50S", "KLV-FE-50L"],
            ["Pump mechanical seal kit", "KLV-MS-55", "KLV-MS-110"],
            ["Pressure transmitter 0-10 bar", "KLV-PT-10", "KLV-PT-10"],
            ["Temperature sensor Pt1000", "KLV-TS-1000", "KLV-TS-1000"],
            ["Drip tray leak sensor", "KLV-LT-1", "KLV-LT-1"],
            ["Coolant KC-25, 20 L can", "KLV-KC25-20", "KLV-KC25-20"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Velmora ST static transfer switches
VELMORA = [
    ("title", "Velmora ST Static Transfer Switches\nOperation and Maintenance Manual - ST-250 and ST-400"),
    (
        "p",
        "Document VLM-OM-STS-04, Edition 1, June 2025. Velmora Power Electronics. The ST-250 and ST-400 are "
        "four-pole static transfer switches (STS) for 400 V three-phase loads with a switched neutral. Two "
        "independent sources feed them, the preferred source S1 and the alternate source S2, usually two UPS "
        "systems. Thyristor (SCR) pairs in each pole move the load to the healthy source without a break the load "
        "can notice. Apart from the rating, the busbars, the cabinet width and the items named here, the two are "
        "alike. The upstream protection, the selectivity study and the earthing arrangement are the site's.",
    ),
    (
        "warn",
        "DANGER: Both sources are live inside the cabinet even when the load is on one of them. Work inside only "
        "after both input isolators and the output isolator are open and locked, and the residual voltage on the "
        "DC link of the control supply reads below 50 V.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ST-250", "ST-400"],
            ["Rated current", "250 A", "400 A"],
            ["Rated voltage, 3 phases + N, 50/60 Hz", "380/400/415 V", "380/400/415 V"],
            ["Transfer time on source failure", "no more than 1/4 cycle", "no more than 1/4 cycle"],
            ["Overload, with the load on a healthy source", "125 % for 10 min, 150 % for 1 min", "125 % for 10 min, 150 % for 1 min"],
            ["Efficiency at rated load", "99.2 %", "99.3 %"],
            ["Heat dissipation at rated load", "1.4 kW", "1.9 kW"],
            ["Prospective fault current at the inputs, with the upstream protection of section 3", "25 kA", "35 kA"],
            ["Cooling", "2 fans, redundant", "2 fans, redundant"],
            ["Cabinet W x D x H", "600 x 800 x 2000 mm", "800 x 800 x 2000 mm"],
            ["Cable lugs", "M10", "M12"],
            ["Mass", "420 kg", "560 kg"],
        ],
        (74, 48, 48),
    ),
    (
        "p",
        "Ambient 0-40 °C at full rating. Above 40 °C derate by 2 % per K up to 50 °C, the highest ambient allowed. "
        "The heat dissipation is given at rated current and 400 V only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The maintenance bypass switches Q3 (bypass to S1) and Q4 (bypass to S2) are interlocked: only one can be "
            "closed, and only when the load is already on that source.",
            "Never close a bypass switch with the sources out of synchronism; the interlock key is released only with "
            "the SYNC lamp lit.",
            "Thermal imaging is done with the doors closed, through the inspection windows.",
        ],
    ),
    ("h", "3. Upstream protection"),
    (
        "p",
        "Each input needs its own breaker, rated at most 250 A (ST-250) or 400 A (ST-400), chosen by the site's "
        "selectivity study. The STS does not transfer a downstream fault: if the output current exceeds 10 times the "
        "rated current, transfer is inhibited and E08 is raised, so the fault is not passed to the second source.",
    ),
    ("h", "4. Transfer settings"),
    (
        "cols",
        [
            ("h", "Source tolerance"),
            (
                "p",
                "A source is healthy when every phase is within ±10 % of the nominal voltage (adjustable ±5 to ±15 %) "
                "and the frequency within ±2 %. A source outside these limits for 2 ms is declared failed.",
            ),
            ("h", "Synchronism"),
            (
                "p",
                "Manual transfers and retransfers are allowed only when the phase angle between S1 and S2 is within "
                "±15° (adjustable 5-30°). Out of this window a manual transfer is blocked and E03 is shown. On a "
                "failure of the source in use the STS transfers anyway, with a dead time of 20 ms (adjustable "
                "10-100 ms) so the two sources are never connected together.",
            ),
            ("h", "Retransfer"),
            (
                "p",
                "The load returns to S1 after S1 has been healthy for 10 s (adjustable 5-300 s). No more than 3 "
                "automatic retransfers are made within 10 min; after the third the load stays on S2 and E11 is "
                "raised until it is reset.",
            ),
            ("h", "Overload"),
            (
                "p",
                "E06 is raised above 110 % of rated current. Above 125 % the time limits of section 1 run; when they "
                "expire, the STS does not trip the load but raises a major alarm.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["E01", "S1 out of tolerance", "Voltage or frequency of S1 outside the limits; event log holds the value."],
            ["E02", "S2 out of tolerance", "As E01, for S2."],
            ["E03", "Sources out of synchronism", "Phase angle outside the window; manual transfer blocked."],
            ["E04", "SCR short circuit, S1", "A shorted thyristor on S1. Go to bypass and call Velmora service."],
            ["E05", "SCR open circuit, S2", "A thyristor on S2 does not conduct. Call Velmora service."],
            ["E06", "Overload", "Output above 110 % of rated current."],
            ["E08", "Transfer inhibited", "Output above 10 x rated current: a downstream fault."],
            ["E09", "Fan failure", "One fan stopped; the STS runs on the other. Replace within 72 h."],
            ["E10", "Heatsink over temperature", "Heatsink above 85 °C. Check both fans and the door filters."],
            ["E11", "Retransfer lockout", "Three retransfers within 10 min; load held on S2."],
            ["E12", "Bypass not normal", "A bypass switch is not in the NORMAL position."],
            ["E13", "Control supply", "One of the two redundant control supplies lost."],
            ["E14", "Phase rotation", "Wrong phase rotation on a source; no transfer to that source."],
            ["E15", "Communication", "Network card not answering; switching not affected."],
        ],
        (16, 48, 106),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Load moves to S2 now and then although S1 looks normal on the panel meter",
                "Short sags on S1, too brief for the meter",
                "Read the event log: each E01 holds the lowest phase voltage. Compare with ±10 %",
            ],
            [
                "Manual transfer refused, both sources healthy",
                "Sources out of synchronism",
                "Check that the UPS outputs are synchronised to a common reference; E03 clears within the window",
            ],
            [
                "Load stays on S2 after S1 returned",
                "Retransfer lockout E11",
                "Find why S1 failed three times, then reset E11",
            ],
            [
                "Fans loud, E10 now and then",
                "Door filter mats clogged",
                "Replace the filter mats; check both fans run",
            ],
        ],
        (58, 52, 60),
    ),
    ("h", "7. Going to maintenance bypass"),
    (
        "ol",
        [
            "Put the load on S1 and check that the SYNC lamp is lit.",
            "Turn the interlock key and close the bypass switch Q3. The load is now fed by S1 through the bypass "
            "and the SCR path in parallel.",
            "Open the output isolator Q5, then the input isolators Q1 (S1) and Q2 (S2).",
            "Lock Q1, Q2 and Q5 open. E12 stays on the display, which is normal.",
            "Wait 5 min and check that the residual voltage reads below 50 V before opening the doors.",
        ],
    ),
    (
        "p",
        "Returning from bypass is the reverse: close Q1 and Q2, wait until the STS reports S1 healthy and "
        "synchronised, close Q5, then open Q3. Never open Q3 before Q5 is closed.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Read the event log and the alarm history"],
            ["6 months", "Replace the door filter mats; check that both fans run"],
            ["12 months", "Thermal imaging at load: a connection more than 10 K above comparable ones is retightened "
             "in bypass; SCR firing test by Velmora service"],
            ["5 years or 40 000 h, whichever comes first", "Replace both fans"],
            ["8 years", "Replace the control supply capacitors (Velmora service)"],
        ],
        (60, 110),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Busbar and lug M10, steel 8.8", "45 Nm"],
            ["Busbar and lug M12, steel 8.8", "75 Nm"],
            ["Control terminals", "0.5 Nm"],
            ["Earth bar M10", "45 Nm"],
        ],
        (110, 60),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "ST-250", "ST-400"],
            ["Cooling fan, 24 V DC", "VLM-FN-120", "VLM-FN-120"],
            ["Door filter mat", "VLM-FM-06", "VLM-FM-08"],
            ["Control board", "VLM-CB-3", "VLM-CB-3"],
            ["SCR module, per pole (Velmora service only)", "VLM-SM-250", "VLM-SM-400"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "SCR modules are replaced by Velmora service only. No I²t or let-through data are given here; Velmora "
        "supplies them to the engineer doing the selectivity study on request.",
    ),
]


# ---------------------------------------------------------------- Ashgrove CA clean agent suppression
ASHGROVE = [
    ("title", "Ashgrove CA Clean Agent Suppression Systems\nService and Maintenance Manual - CA-25 and CA-42"),
    (
        "p",
        "Document ASG-OM-CA-02, Edition 2, September 2024. Ashgrove Fire Protection Ltd. The CA-25 and CA-42 are "
        "engineered total-flooding systems for data halls, telecom rooms and battery rooms, using the clean agent "
        "FK-5-1-12 stored as a liquid in cylinders superpressurised with nitrogen. The CA-25 cylinders are charged "
        "to 25 bar at 21 °C, the CA-42 cylinders to 42 bar at 21 °C; the higher pressure allows longer pipe runs. "
        "Both are released by the ASG-FP-2 release panel. Design concentration, agent quantity and pipe sizing are "
        "set by the design manual ASG-DM-CA-01 and the approved installer, not by this manual. The enclosure "
        "integrity (door fan) test is done by a specialist contractor.",
    ),
    (
        "warn",
        "WARNING: A cylinder discharging without its outlet connected moves violently. Before any work on a cylinder, "
        "isolate the release circuit at the panel, remove the solenoid actuator and fit the outlet anti-recoil cap.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CA-25", "CA-42"],
            ["Cylinder pressure at 21 °C", "25.0 bar", "42.0 bar"],
            ["Cylinder sizes", "40, 80 and 140 L", "40, 80 and 140 L"],
            ["Fill density", "0.5-1.2 kg/L", "0.5-1.3 kg/L"],
            ["Longest pipe run, cylinder to farthest nozzle", "40 m", "70 m"],
            ["Greatest height difference between cylinder and nozzle", "10 m", "20 m"],
            ["Discharge time, design quantity", "10 s or less", "10 s or less"],
            ["Cylinder temperature range", "0-50 °C", "0-50 °C"],
            ["Low pressure supervisory switch opens at (21 °C)", "20 bar", "34 bar"],
            ["Safety burst disc", "55 bar", "90 bar"],
            ["Pressure gauge range", "0-40 bar", "0-70 bar"],
            ["Solenoid actuator", "24 V DC, 0.5 A", "24 V DC, 0.5 A"],
        ],
        (62, 54, 54),
    ),
    ("h", "2. Pressure against temperature"),
    (
        "p",
        "The cylinder pressure follows the temperature of the cylinder. Read the gauge only after the cylinder has been "
        "at room temperature for at least 4 h, and compare with the chart value for that temperature.",
    ),
    (
        "table",
        [
            ["Cylinder temperature", "0 °C", "10 °C", "21 °C", "30 °C", "40 °C", "50 °C"],
            ["CA-25, bar", "22.6", "23.7", "25.0", "26.3", "27.8", "29.5"],
            ["CA-42, bar", "38.3", "40.0", "42.0", "43.9", "46.1", "48.7"],
        ],
        (50, 20, 20, 20, 20, 20, 20),
    ),
    (
        "p",
        "Refill or replace a cylinder whose pressure is more than 10 % below the chart value for its temperature, or "
        "whose agent mass is more than 5 % below the agent mass stamped on its label. Refilling is done by Ashgrove "
        "service only. A cylinder below 0 °C or above 50 °C is outside its rating and must not stay in service; "
        "warm or shade the cylinder room, which is the site's.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Evacuate the protected room on the first alarm. FK-5-1-12 at design concentration is used in occupied "
            "rooms, but the fire and its decomposition products are not safe to breathe.",
            "Put the panel in MANUAL ONLY (F11 shows) whenever people work in the room with the ceiling or floor "
            "open, and return it to AUTOMATIC when they leave.",
            "Never test the release circuit with the actuator fitted to a cylinder; use the test actuator ASG-TA-1.",
            "A room that has been discharged is entered only after ventilating it for at least 15 min.",
        ],
    ),
    ("h", "4. Release sequence and panel settings"),
    (
        "cols",
        [
            ("h", "Coincidence detection"),
            (
                "p",
                "The panel watches two detector zones. A fire signal in one zone gives Stage 1: alarm sounders and a "
                "signal to the building fire panel. A signal in the second zone gives Stage 2: the extract dampers "
                "close, the flashing EXTINGUISHANT sign lights and the pre-discharge delay starts.",
            ),
            ("h", "Pre-discharge delay"),
            (
                "p",
                "Default 30 s, adjustable 0-60 s. The delay applies to automatic and to manual release alike. The HOLD "
                "button stops the countdown while it is pressed; on release of the button the countdown restarts "
                "from the full delay.",
            ),
            ("h", "Dampers"),
            (
                "p",
                "The extract dampers must report closed within 30 s of Stage 2. If not, F12 is raised; the release "
                "still takes place.",
            ),
            ("h", "Standby power"),
            (
                "p",
                "Two 12 V 7 Ah batteries keep the panel in standby for 72 h and then in alarm for 30 min. Battery "
                "voltage below 22.0 V raises F10.",
            ),
        ],
    ),
    ("h", "5. Panel fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Zone 1 open circuit", "Broken wire or missing end-of-line unit in zone 1."],
            ["F02", "Zone 1 short circuit", "Short in the zone 1 wiring or a damaged base."],
            ["F03", "Zone 2 open circuit", "As F01, for zone 2."],
            ["F04", "Zone 2 short circuit", "As F02, for zone 2."],
            ["F05", "Release circuit open", "Actuator not connected, or a break in its line. Usually the actuator "
             "was not refitted after a test."],
            ["F07", "Release circuit isolated", "Isolated at the panel for work; de-isolate when finished."],
            ["F08", "Cylinder low pressure", "Supervisory switch opened; compare the gauge with the chart."],
            ["F09", "Mains failure", "Panel on batteries."],
            ["F10", "Battery fault", "Below 22.0 V or high internal resistance."],
            ["F11", "Manual only", "Automatic release disabled by the key switch."],
            ["F12", "Damper fault", "Dampers not closed within 30 s of Stage 2."],
            ["F13", "Earth fault", "Insulation fault to earth on any circuit."],
            ["F14", "HOLD stuck", "HOLD button pressed for more than 120 s."],
        ],
        (16, 48, 106),
    ),
    ("h", "6. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "F05 after the six-monthly test",
                "Test actuator left in place of the solenoid actuator",
                "Refit the solenoid actuator hand-tight, then de-isolate",
            ],
            [
                "Gauge needle below the green band in winter",
                "Cold cylinder",
                "Compare with the chart for the cylinder temperature before calling a loss",
            ],
            [
                "F08 comes and goes",
                "Cylinder near the switch point, or a loose switch plug",
                "Check the gauge against the chart; reseat the plug",
            ],
            [
                "Pre-discharge countdown starts again from the beginning",
                "HOLD button released, or pressed a second time",
                "Normal: the countdown restarts from the full delay when HOLD is released",
            ],
            [
                "F13 after rain or cleaning",
                "Water in a detector base or junction box",
                "Dry and reseal; measure insulation to earth",
            ],
        ],
        (52, 58, 60),
    ),
    ("h", "7. Weighing a cylinder"),
    (
        "ol",
        [
            "Isolate the release circuit at the panel (F07 shows) and put the panel in MANUAL ONLY.",
            "Remove the solenoid actuator from the cylinder valve and fit its protection cap ASG-PC-1.",
            "Disconnect the discharge hose from the valve outlet and fit the anti-recoil cap at once.",
            "Release the cylinder straps and lift the cylinder onto a scale reading to 0.1 kg.",
            "Compare the gross mass with the label. If the agent mass is more than 5 % low, tag the cylinder and "
            "call Ashgrove service for a refill.",
            "Refit the cylinder, straps to 20 Nm, and reconnect the hose to 60 Nm.",
            "Refit the solenoid actuator last, hand-tight, then de-isolate the release circuit and return the panel "
            "to AUTOMATIC. F05 and F07 must clear.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Panel shows normal; gauges in the green band"],
            ["Monthly", "Gauge reading against the chart"],
            ["6 months", "Weigh every cylinder (section 7); test the detectors and the release circuit with ASG-TA-1"],
            ["12 months", "Review the room for changes (new openings, cable holes); changes call for a new door fan "
             "test by the specialist"],
            ["4 years", "Replace the panel batteries"],
            ["5 years", "Replace the flexible discharge hoses"],
            ["10 years, or sooner if national rules say so", "Cylinder retest by Ashgrove service"],
        ],
        (60, 110),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Discharge hose to valve outlet", "60 Nm"],
            ["Cylinder strap bolts M10", "20 Nm"],
            ["Nozzle into pipe, 1/2 in", "40 Nm"],
            ["Manifold check valve", "80 Nm"],
            ["Solenoid actuator", "hand-tight only, never with a tool"],
        ],
        (110, 60),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CA-25", "CA-42"],
            ["Solenoid actuator 24 V DC", "ASG-SA-24", "ASG-SA-24"],
            ["Actuator protection cap", "ASG-PC-1", "ASG-PC-1"],
            ["Pressure gauge", "ASG-PG-40", "ASG-PG-70"],
            ["Low pressure switch", "ASG-LS-20", "ASG-LS-34"],
            ["Flexible discharge hose", "ASG-DH-25", "ASG-DH-25"],
            ["Test actuator", "ASG-TA-1", "ASG-TA-1"],
            ["Panel battery 12 V 7 Ah", "ASG-BT-7", "ASG-BT-7"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("halcyra-px-precision-air-conditioner.pdf", "Halcyra HCY-OM-PX-03 Ed 3 - PX-25 / PX-35", HALCYRA),
        ("kelvane-cd-coolant-distribution-unit.pdf", "Kelvane KLV-OM-CDU-02 Ed 2 - CD-450 / CD-800", KELVANE),
        ("velmora-st-static-transfer-switch.pdf", "Velmora VLM-OM-STS-04 Ed 1 - ST-250 / ST-400", VELMORA),
        ("ashgrove-ca-clean-agent-suppression-system.pdf", "Ashgrove ASG-OM-CA-02 Ed 2 - CA-25 / CA-42", ASHGROVE),
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
