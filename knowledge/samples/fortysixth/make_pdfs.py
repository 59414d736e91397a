"""Generate the PDF manuals of the forty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set46venv && /tmp/set46venv/bin/pip install fpdf2 pypdf
    /tmp/set46venv/bin/python knowledge/samples/fortysixth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
everything else is new.
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


# ---------------------------------------------------------------- Brackenrig HB roof bolters
BRACKENRIG = [
    ("title", "Brackenrig HB Roof Bolters\nOperation and Maintenance - HB-24 and HB-32"),
    (
        "p",
        "Document BRK-OM-HB-07, Edition 3, March 2025. Brackenrig Mining Machines. The HB-24 and HB-32 are "
        "electro-hydraulic single-boom roof bolters on a rubber-tyred chassis. They drill the bolt hole and install "
        "resin-anchored roof bolts in roadways, with the operator standing on the platform under a hydraulic "
        "temporary roof support (TRS) canopy. The HB-24 is built for lower roadways, the HB-32 for higher ones. "
        "Apart from the mast, the feed, the canopy, the power pack and the items named in this manual, the two "
        "models are built alike.",
    ),
    (
        "p",
        "The roof support design (bolt pattern, bolt type and length, resin type and the installed torque) is "
        "set by the mine's ground control plan and is not part of this manual. The methane monitor fitted to the "
        "machine is supplied, set and calibrated by the site.",
    ),
    (
        "warn",
        "WARNING: Never go beyond the last row of installed bolts. The operator must stay on the platform under "
        "the set canopy while drilling and bolting. Bar down (scale) loose rock before the canopy is raised.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HB-24", "HB-32"],
            ["Roadway height range, floor to roof", "2.4-4.0 m", "3.2-5.5 m"],
            ["Longest bolt installed in a single pass (one-piece bolt)", "2.4 m", "3.0 m"],
            ["Feed stroke", "2550 mm", "3150 mm"],
            ["Feed force, maximum", "18 kN", "22 kN"],
            ["Rotation speed", "0-600 rpm", "0-520 rpm"],
            ["Drill torque, maximum", "350 Nm", "420 Nm"],
            ["Drill bit diameter", "27-35 mm", "27-35 mm"],
            ["Temporary roof support (TRS) canopy force at the set pressure", "35 kN", "45 kN"],
            ["Canopy set pressure (factory)", "120 bar", "150 bar"],
            ["Main motor 1000 V 3~ 50 Hz, flameproof", "45 kW, 32.5 A", "55 kW, 39.7 A"],
            ["Hydraulic system pressure", "210 bar", "230 bar"],
            ["Main relief valve setting", "230 bar", "250 bar"],
            ["Hydraulic tank, fire-resistant fluid HFDU 46", "160 L", "200 L"],
            ["Flushing water at the drill", "10-15 L/min, at least 4 bar", "10-15 L/min, at least 4 bar"],
            ["Tramming speed", "0-3.5 km/h", "0-3.5 km/h"],
            ["Gradient for tramming and drilling, any direction", "up to 14°", "up to 12°"],
            ["Width over tyres", "2100 mm", "2300 mm"],
            ["Mass in working order", "16500 kg", "18200 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The motor currents are full-load values at 1000 V. The gradient limits hold only with the canopy lowered "
        "and the boom in the transport position while tramming; on a steeper gradient the machine must be winched "
        "or towed under the site's rules.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this machine and authorised by the mine may operate it.",
            "Keep other persons at least 3 m from the drill string while it turns, and out of the area between the "
            "machine and the rib.",
            "Wear hearing protection: the sound pressure at the operator's position while drilling is 98 dB(A).",
            "Drill with water flushing only. Dry drilling is not allowed on either model.",
            "Never stand under the boom or the canopy while they are raised for maintenance unless they are blocked "
            "with the two mechanical props stored on the frame.",
            "Before any work on the hydraulic system, lower the canopy and the boom, stop the motor and release the "
            "pressure with the drill and feed levers.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Canopy interlock"),
            (
                "p",
                "The canopy must be set against the roof at a pressure of at least 80 bar before the drill feed can "
                "be used. Below 80 bar the feed is locked and A08 is shown. The canopy relief valve holds the set "
                "pressure of 120 bar (HB-24) or 150 bar (HB-32) within ±5 bar. Never set the canopy against the "
                "roof over a bolt plate or a mesh overlap.",
            ),
            ("h", "Hydraulic fluid temperature"),
            (
                "p",
                "The normal working temperature of the fluid is 40-60 °C. The fluid temperature warning A03 comes "
                "on at 65 °C, and above 75 °C the main motor stops. Do not start drilling "
                "with the fluid below 10 °C: run the pump unloaded until the display shows at least 10 °C.",
            ),
            ("h", "Methane"),
            (
                "p",
                "On machines fitted with the site's methane monitor, the main motor trips at the level set by the "
                "site (1.25 % CH4 unless the site sets another value) and cannot be restarted until the reading is "
                "below 1.0 %. The restart after a methane trip is authorised by the mine official in charge.",
            ),
            ("h", "Flushing water"),
            (
                "p",
                "The water pressure at the drill must be at least 4 bar. Below 4 bar the display warns (A06); "
                "below 3 bar for more than 5 s the rotation and feed stop. The strainer at the water inlet has "
                "a 250 micron screen.",
            ),
            ("h", "Feed pressure"),
            (
                "p",
                "The feed pressure dial sets the thrust. Maximum feed pressure is 160 bar on both models. In soft "
                "or broken roof, start at 60-90 bar and raise it only as far as the bit keeps cutting without "
                "jamming.",
            ),
            ("h", "Bolting torque"),
            (
                "p",
                "The torque limiter for tensioning the nut is set at the factory to 200 Nm. The site may set "
                "another value between 100 Nm and the drill torque of the model, as its ground control plan "
                "requires.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed. Release it, find the reason, press RESET."],
            [
                "A02",
                "Methane trip",
                "The site's monitor reached its trip level. Withdraw, report; restart only below 1.0 % CH4 and with "
                "the official's permission.",
            ],
            [
                "A03",
                "Fluid temperature",
                "Fluid above 65 °C (warning); the motor stops at 75 °C. Check the cooler water flow and clean the "
                "cooler fins.",
            ],
            ["A04", "Fluid level low", "Top up with HFDU 46 and find the leak before going on."],
            [
                "A05",
                "Return filter",
                "Differential pressure across the return filter above 3.5 bar. Replace the element (section 9).",
            ],
            [
                "A06",
                "Flushing water",
                "Water pressure below 4 bar at the drill. Check the supply valve, the strainer and the hose.",
            ],
            [
                "A07",
                "Drill stall",
                "Rotation at the torque limit for more than 3 s. Pull the rod back 100 mm and start rotation "
                "again before feeding.",
            ],
            ["A08", "Canopy not set", "Canopy pressure below 80 bar. Set the canopy against the roof."],
            ["A09", "Boom angle sensor", "Signal out of range. Check plug X9; replace sensor BRK-AS-09."],
            [
                "A10",
                "Insulation fault",
                "Earth leakage on the 1000 V supply. Do not reset; call the mine electrician.",
            ],
            ["A12", "Radio remote", "Link lost for more than 0.5 s. Move closer; charge the transmitter battery."],
            [
                "A13",
                "Motor overtemperature",
                "Thermistor in the main motor. Let the motor cool for at least 30 min; check for a stiff pump.",
            ],
            [
                "A14",
                "Tram interlock",
                "Canopy or boom not in the transport position. Lower the canopy and stow the boom.",
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
                "Feed slow or weak once the bit touches the roof",
                "Feed pressure dial set low, or the feed relief valve worn",
                "Turn the dial up; check the feed pressure reaches 160 bar at test point M2",
            ],
            [
                "Rod jams in the hole and the return water is thick and dirty",
                "Flushing too low, cuttings not cleared from the hole",
                "Check the flow is at least 10 L/min; reduce the feed pressure",
            ],
            [
                "Nut spins with the bolt and the plate will not tighten",
                "Resin not set: spun too long, held too short, or old or cold resin",
                "Keep the thrust on for the full hold time; check the resin expiry date and temperature",
            ],
            [
                "Holes wander off line, bit worn on one side",
                "Rod centraliser worn",
                "Replace the centraliser BRK-RC-35 when its bore is worn 2 mm over nominal",
            ],
            [
                "Hydraulic fluid looks milky",
                "Water in the fluid, often from a cooler leak",
                "Take a fluid sample; above 0.1 % water change the fluid and pressure-test the cooler",
            ],
            [
                "Pump screams just after start",
                "Suction valve not fully open or fluid level low",
                "Stop at once; open the suction valve and top up",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Installing a resin-anchored bolt"),
    (
        "ol",
        [
            "Check that the roof has been scaled and that the canopy is set at no less than 80 bar.",
            "Drill the hole to the depth marked on the feed: the bolt length less 100 mm.",
            "Pull the rod back, flushing the hole with water for about 5 s, and withdraw it.",
            "Insert the resin cartridges in the order given on the resin box, fast-setting resin first.",
            "Fit the bolt with its plate and nut in the bolting chuck and push it slowly to the top of the hole "
            "at low rotation.",
            "Spin the bolt at 300-400 rpm for the mixing time on the resin box, normally 8-12 s. Never spin for "
            "more than 15 s.",
            "Stop rotation and keep the thrust on for the hold time of the fast resin: at least 20 s at a rock "
            "temperature of 20 °C, longer in colder rock.",
            "Tension the nut until the torque limiter slips.",
            "Lower the chuck, check the plate is tight against the roof and move to the next hole.",
        ],
    ),
    ("h", "7. Changing the drill bit and rod"),
    (
        "ol",
        [
            "Stop rotation and feed and lower the feed to its bottom stop.",
            "Hold the rod with the rod wrench and unscrew the bit by hand; never strike it with a hammer.",
            "Check the rod for bends: roll it on the platform; a rod bent more than 3 mm over its length is scrap.",
            "Fit the new bit and tighten it by hand.",
            "Check the water hole of the bit is open before drilling.",
        ],
    ),
    ("h", "8. Checking the canopy set pressure"),
    (
        "ol",
        [
            "Fit a 0-250 bar gauge to test point M3 on the canopy valve block.",
            "Raise the canopy against the roof and hold the lever for 3 s after it stops.",
            "Read the gauge: 120 bar (HB-24) or 150 bar (HB-32), within ±5 bar.",
            "If it is outside, loosen the lock nut of relief valve RV-C and turn the screw: clockwise raises the "
            "pressure.",
            "Repeat steps 2 and 3 until the reading is right, tighten the lock nut and fit a new lockwire seal.",
            "Lower the canopy and remove the gauge.",
        ],
    ),
    ("h", "9. Replacing the return filter element"),
    (
        "ol",
        [
            "Lower the canopy and the boom and stop the motor.",
            "Wait 5 min for the fluid to settle and clean round the filter cover.",
            "Open the cover and lift out the element BRK-RF-10 with its bowl.",
            "Empty the bowl into a drip tray, fit the new element and a new cover O-ring.",
            "Close the cover, start the motor and check the cover for leaks; A05 clears after a restart.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check bits, water strainer, hoses and canopy pads; test every emergency stop"],
            ["Weekly", "Grease the boom pivots (8 nipples) and the feed slides"],
            ["250 h", "Replace the return filter element BRK-RF-10; clean the water strainer"],
            ["500 h or 3 months, whichever comes first", "Take a sample of the hydraulic fluid for analysis"],
            ["2000 h or 12 months, whichever comes first", "Change the hydraulic fluid and the tank breather"],
            ["3 years", "Replace all hydraulic hoses, or sooner if the site's hose inspection finds damage"],
            [
                "12 months",
                "Brackenrig service: inspection of the canopy cylinders and the boom structure, load test of the "
                "canopy",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "The canopy cylinders are not repaired on site. Brackenrig exchanges them complete; a seal kit is not "
        "supplied for them.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HB-24", "HB-32"],
            ["Return filter element", "BRK-RF-10", "BRK-RF-10"],
            ["Drill chuck", "BRK-CH-24", "BRK-CH-32"],
            ["Feed chain", "BRK-FC-255", "BRK-FC-315"],
            ["Rod centraliser", "BRK-RC-35", "BRK-RC-35"],
            ["Canopy pad set", "BRK-CP-24", "BRK-CP-32"],
            ["Water strainer screen 250 micron", "BRK-WS-02", "BRK-WS-02"],
            ["Boom angle sensor", "BRK-AS-09", "BRK-AS-09"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Corravent AF auxiliary ventilation fans
CORRAVENT = [
    ("title", "Corravent AF Auxiliary Ventilation Fans\nInstallation, Operation and Maintenance - AF-560 and AF-710"),
    (
        "p",
        "Document CVF-IOM-AF-11, Edition 2, June 2024. Corravent Fans. The AF-560 and AF-710 are single-stage "
        "axial fans with a direct-drive flameproof motor (Ex d I Mb), adjustable-pitch blades, inlet and outlet "
        "silencers and the FC-3 fan controller. They force fresh air through flexible or rigid ducting to "
        "development headings and tunnel faces. The number in the model name is the impeller diameter in "
        "millimetres. Apart from the impeller, the motor, the duct connection and the values named in this "
        "manual, the two models are built alike.",
    ),
    (
        "p",
        "The ventilation design of the heading (the required airflow at the face, the duct size and length and "
        "the distance from the duct outlet to the face) is set by the mine's ventilation plan and its ventilation "
        "officer. The ducting, its hangers and its leakage test are covered by the duct supplier's documents.",
    ),
    (
        "warn",
        "WARNING: Do not open the motor terminal box or any flameproof joint underground unless the supply is "
        "isolated and locked off and the atmosphere has been tested under the mine's rules. Never run the fan with "
        "the inlet guard removed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AF-560", "AF-710"],
            ["Impeller diameter", "560 mm", "710 mm"],
            ["Motor, 1000 V 3~ 50 Hz, 2-pole, Ex d I Mb", "30 kW", "55 kW"],
            ["Full-load current at 1000 V", "21 A", "38 A"],
            ["Speed", "2960 rpm", "2970 rpm"],
            ["Airflow at free delivery (no duct)", "9.5 m³/s", "16.0 m³/s"],
            ["Duty point at the factory blade angle", "6.0 m³/s at 2.2 kPa", "10.5 m³/s at 2.8 kPa"],
            ["Highest static pressure, stall line", "3.4 kPa", "4.1 kPa"],
            ["Blade angle range (factory setting)", "20-35° (28°)", "20-35° (30°)"],
            ["Duct connection, inside diameter", "600 mm", "760 mm"],
            ["Blade tip clearance", "2-4 mm", "3-5 mm"],
            ["Starting", "direct on line allowed", "soft starter, ramp 10-20 s"],
            ["Starts per hour, maximum", "6", "4"],
            ["Sound pressure at 1 m with both silencers", "85 dB(A)", "88 dB(A)"],
            ["Mass with both silencers", "620 kg", "980 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Duty points are for air of density 1.2 kg/m³. At the duty point the air velocity in the duct is 21 m/s "
        "(AF-560) and 23 m/s (AF-710). Performance at other blade angles and other duct lengths is taken from the "
        "fan curves in the Corravent selection program; it is not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the inlet at least 2 m from any person, loose sheet, brattice cloth or bag: the suction can draw "
            "them in.",
            "Stand clear of the duct connection when starting the fan; a badly fixed duct can blow off.",
            "The fan must not be stopped or restarted by anyone other than persons authorised by the mine. After "
            "a stoppage the heading is examined for gas under the mine's rules before the fan is restarted.",
            "Wear hearing protection within 5 m of a running fan.",
            "Before any work inside the casing, isolate and lock off the supply and block the impeller against "
            "windmilling with the locking pin stored on the casing.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Recirculation"),
            (
                "p",
                "The fan must stand in the intake (fresh) air, at least 10 m outbye of the entrance of the heading it "
                "ventilates. The airflow of the fan must not be more than 70 % of the airflow in the roadway at the "
                "fan position, or the fan will draw back its own return air. Example: an AF-710 at its duty point "
                "of 10.5 m³/s needs at least 15.0 m³/s in the roadway; an AF-560 at 6.0 m³/s needs at least "
                "8.6 m³/s.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "The FC-3 measures vibration on the motor bearing housing. Alarm F01 at 7.1 mm/s rms, trip F02 at "
                "11 mm/s rms. A new or newly serviced fan normally runs below 2.8 mm/s.",
            ),
            ("h", "Bearing temperature"),
            (
                "p",
                "PT100 sensors in both motor bearings: alarm at 90 °C, trip at 105 °C (F03 drive end, F04 non-drive "
                "end).",
            ),
            ("h", "Duct pressure"),
            (
                "p",
                "At commissioning, enter as the set point the static pressure measured at the fan outlet with the "
                "complete duct connected. F06 shows when the pressure stays below 50 % of the set point for 30 s (a "
                "burst or parted duct), F08 when it is above 120 % of the set point (a blocked, kinked or collapsed "
                "duct). Enter a new set point each time the duct is extended.",
            ),
            ("h", "Blade angle"),
            (
                "p",
                "All blades must be set to the same angle within ±0.5°. Change the angle in steps of no more than "
                "2°. After a change, the motor current at full duct length must not be above the full-load current "
                "in the technical data. Blade clamp bolts: 45 Nm (AF-560, M10) or 80 Nm (AF-710, M12).",
            ),
            ("h", "Starting"),
            (
                "p",
                "The AF-710 must be started with the soft starter; the AF-560 may be started direct on line. Do not "
                "exceed 6 starts per hour (AF-560) or 4 starts per hour (AF-710): the motor thermistors trip (F05).",
            ),
        ],
    ),
    ("h", "4. Installing the fan"),
    (
        "ol",
        [
            "Measure the airflow in the roadway at the planned fan position and check the 70 % rule of section 3.",
            "Place the fan on its skid in the intake air, at least 10 m outbye of the heading entrance, on firm "
            "level ground, with the inlet pointing into the oncoming air.",
            "Chain the skid to two anchor points, one at each end.",
            "Fit the inlet guard and the inlet silencer.",
            "Connect the duct to the outlet silencer with the flexible connector and the clamp band; tighten the "
            "band until the duct can no longer be turned by hand.",
            "Have the mine electrician connect the supply, the earth and the FC-3 pilot circuit.",
            "Check the direction of rotation with a short start: the arrow on the casing shows the right direction.",
            "Run the fan with the complete duct, record the outlet static pressure and enter it as the duct "
            "pressure set point in the FC-3.",
        ],
    ),
    ("h", "5. Alarm codes of the FC-3 controller"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["F01", "Vibration alarm", "Above 7.1 mm/s. Check for dust on the blades, loose blades or mountings."],
            ["F02", "Vibration trip", "Above 11 mm/s. Do not restart until the cause is found."],
            ["F03", "Bearing temperature, drive end", "Above 90 °C alarm, 105 °C trip. Check greasing (section 7)."],
            ["F04", "Bearing temperature, non-drive end", "As F03, non-drive end bearing."],
            [
                "F05",
                "Motor thermistor",
                "Winding overtemperature: too many starts, blade angle too steep, or a phase lost.",
            ],
            [
                "F06",
                "Duct pressure low",
                "Below 50 % of the set point for 30 s: duct burst or parted. Inspect the whole duct line.",
            ],
            [
                "F08",
                "Duct pressure high",
                "Above 120 % of the set point: duct blocked, kinked or collapsed, or the set point not updated.",
            ],
            ["F09", "Supply", "Phase lost or supply below 85 % of the rated voltage."],
            ["F10", "Earth leakage", "Do not reset; call the mine electrician."],
            ["F11", "Pressure sensor", "Signal below 3.6 mA: sensor tube cut or blocked, or the sensor failed."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fan runs normally but little air reaches the face",
                "Duct leakage: torn duct, open joints or the duct hung with kinks",
                "Walk the duct line; repair tears and joints; rehang the duct straight and tight",
            ],
            [
                "Pulsing, surging noise and the airflow rises and falls",
                "The fan works in stall: blade angle too steep for the duct resistance",
                "Reduce the blade angle by 2° (section 8) and check again",
            ],
            [
                "Vibration rising slowly over weeks",
                "Dust build-up on the blades or bearing wear",
                "Clean the blades; if it stays high, have the bearings checked",
            ],
            [
                "Motor current above the full-load current",
                "Blade angle too steep, or the duct much shorter than designed",
                "Reduce the blade angle by 2°",
            ],
            [
                "Fan turns the wrong way on starting",
                "Phase sequence of the supply wrong",
                "Have the electrician swap two phases at the starter, never at the motor",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Greasing the motor bearings"),
    (
        "ol",
        [
            "Greasing is done with the fan running, from the grease nipples led out to the outside of the casing.",
            "Clean the nipples and open the grease relief plugs under each bearing.",
            "Pump in lithium complex grease NLGI 2: 25 g per bearing (AF-560) or 40 g per bearing (AF-710).",
            "Run the fan for 30 min with the relief plugs open so that surplus grease can escape.",
            "Close the relief plugs and watch the bearing temperatures on the FC-3: a rise of up to 15 °C for a "
            "few hours after greasing is normal.",
        ],
    ),
    ("h", "8. Setting the blade angle"),
    (
        "ol",
        [
            "Stop the fan, isolate and lock off the supply and fit the impeller locking pin.",
            "Remove the inspection cover of the casing.",
            "Loosen the clamp bolts of the first blade, turn the blade to the new angle on the scale of the hub "
            "and tighten the bolts to 45 Nm (AF-560) or 80 Nm (AF-710).",
            "Repeat for every blade, turning the impeller by hand with the pin removed; refit the pin each time.",
            "Check each blade with the angle gauge: all within ±0.5° of each other.",
            "Check the tip clearance all round: 2-4 mm (AF-560) or 3-5 mm (AF-710).",
            "Refit the cover, remove the pin, start the fan and check the motor current and the duct pressure; "
            "enter the new duct pressure set point.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the inlet guard is clear; read the vibration, bearing temperatures and current"],
            ["Weekly", "Inspect the flexible connector, the clamp band and the first 50 m of duct"],
            ["2000 h", "Grease the motor bearings (section 7)"],
            ["6 months", "Check the tip clearance and the blade clamp bolts; clean the blades"],
            ["6 months", "Insulation test of the motor by the mine electrician: at least 10 MOhm at 1000 V DC"],
            [
                "20000 h or 5 years, whichever comes first",
                "Replace the motor bearings: Corravent service or an Ex-certified motor workshop only",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "AF-560", "AF-710"],
            ["Blade set with clamp bolts", "CVF-BL-560", "CVF-BL-710"],
            ["Inlet guard", "CVF-IG-560", "CVF-IG-710"],
            ["Flexible connector with clamp band", "CVF-FC-600", "CVF-FC-760"],
            ["Silencer pad set", "CVF-SP-560", "CVF-SP-710"],
            ["Vibration sensor", "CVF-VS-01", "CVF-VS-01"],
            ["PT100 bearing sensor", "CVF-PT-100", "CVF-PT-100"],
            ["Duct pressure sensor", "CVF-DP-05", "CVF-DP-05"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hallstrand DB-18 rock drill rig boom
HALLSTRAND = [
    ("title", "Hallstrand DB-18 Drill Boom\nOperation and Maintenance - boom, feed and HD-18 rock drill"),
    (
        "p",
        "Document HLS-OM-DB18-04, Edition 4, January 2025. Hallstrand Drilling. The DB-18 is a hydraulic drill "
        "boom for face drilling rigs in tunnels and mine development headings. It carries the 5.2 m aluminium "
        "feed HLS-FD-52 and the HD-18 hydraulic rock drill. The boom holds the feed parallel to the previous "
        "hole automatically (parallel holding) and rolls the feed through 360°. The boom is mounted on carriers "
        "of other makers; the carrier, its power pack and its cab are covered by the carrier maker's manual.",
    ),
    (
        "p",
        "The drill plan (hole positions, depth and the charging of the round) is made by the site. The HD-18 rock "
        "drill is overhauled only by Hallstrand service or a workshop trained by Hallstrand; this manual covers "
        "its daily use and checks, not its overhaul. Button bits and drill steel are chosen and reground as "
        "their supplier recommends; they are not covered here.",
    ),
    (
        "warn",
        "WARNING: Never drill into a socket (the bottom of an old hole) or near a misfire: it may still hold "
        "explosive. Nobody may stand within reach of the boom while it moves or in front of the feed while "
        "drilling.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Coverage area, one boom, with the 5.2 m feed (4.3 m drill steel)", "38 m²"],
            ["Boom extension", "1600 mm"],
            ["Feed rollover", "360°"],
            ["Hole depth with 4.3 m drill steel", "4.0 m"],
            ["Hole diameter", "43-64 mm"],
            ["Feed force, maximum", "25 kN"],
            ["HD-18 impact power", "18 kW"],
            ["HD-18 impact frequency at full percussion", "60 Hz"],
            ["Percussion pressure, full drilling", "170-210 bar"],
            ["Percussion pressure, collaring", "120 bar"],
            ["Rotation torque, maximum", "600 Nm"],
            ["Rotation speed", "0-250 rpm"],
            ["Damper pressure", "40-60 bar"],
            ["Flushing water at the rock drill", "80-120 L/min at 12-20 bar"],
            ["Shank lubrication air", "300-400 L/min at 2-3 bar"],
            ["Shank lubrication oil (rock drill oil ISO VG 150)", "180-250 g/h"],
            ["Percussion accumulator nitrogen precharge at 20 °C", "40 bar ±2 bar"],
            ["Shank adapter", "T38"],
            ["Mass of the boom with feed and rock drill", "2850 kg"],
            ["Hydraulic oil of the carrier", "ISO VG 46 (ISO VG 68 above 40 °C ambient)"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The DB-18 also accepts the 6.1 m feed HLS-FD-61. The coverage area with that feed depends on the carrier "
        "and is given by Hallstrand for each rig.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before drilling, check that the face has been scaled and that the drill plan and the marking of the "
            "face are in place.",
            "Never use the boom to lift loads or persons, or to bar down rock.",
            "Do not open any hydraulic line while the carrier power pack runs. The percussion accumulator keeps "
            "its nitrogen charge when the rig is stopped; only the hydraulic side is released.",
            "Keep hands off the drill steel and the shank while the rotation is on.",
            "Wear hearing and eye protection on the rig while drilling.",
        ],
    ),
    ("h", "3. Drilling settings"),
    (
        "cols",
        [
            ("h", "Collaring"),
            (
                "p",
                "Collar each hole with the percussion at 120 bar and the feed pressure at 40 bar until the bit has "
                "gone 200 mm into the rock. Then change to full drilling. Collaring on a sloping face takes longer; "
                "do not force it with full feed.",
            ),
            ("h", "Full drilling"),
            (
                "p",
                "Percussion pressure 170-210 bar, feed pressure 80-110 bar, rotation speed 150-250 rpm for a 45 mm "
                "bit. Use the lower percussion pressure in soft or fractured rock. The percussion stops above "
                "220 bar (code 107).",
            ),
            ("h", "Anti-jamming"),
            (
                "p",
                "When the rotation pressure rises above 130 bar the feed reverses automatically until it falls "
                "again. If this happens more than 5 times in one hole the BCU shows code 109: check the flushing "
                "and the rock conditions.",
            ),
            ("h", "Flushing and lubrication"),
            (
                "p",
                "The percussion starts only with the flushing water at 10 bar or more at the rock drill and the "
                "shank lubrication air at 1.5 bar or more. Water below 10 bar stops the percussion at once (105); "
                "lubrication air below 1.5 bar stops it after 10 s (106).",
            ),
            ("h", "Accumulator precharge and temperature"),
            (
                "p",
                "The precharge is 40 bar at 20 °C. Measured at another temperature T (°C, the temperature of the "
                "rock drill body), the right value is p = 40 x (273 + T) / 293 bar. Examples: 38.6 bar at 10 °C, "
                "41.4 bar at 30 °C, 42.7 bar at 40 °C. The tolerance is ±2 bar.",
            ),
            ("h", "Boom drift"),
            (
                "p",
                "With the boom horizontal, the feed fully extended and the oil at 40-50 °C, the feed tip must not "
                "sink more than 10 mm in 10 min. More drift means a leaking holding valve.",
            ),
        ],
    ),
    ("h", "4. BCU codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["101", "Boom lift angle sensor out of range", "Check the plug and cable; recalibrate (section 9)."],
            ["102", "Boom swing angle sensor out of range", "As 101."],
            ["103", "Feed extension sensor out of range", "As 101."],
            ["104", "Rollover sensor out of range", "As 101."],
            [
                "105",
                "Flushing water pressure below 10 bar",
                "Percussion stopped. Check the water supply, the booster pump and the water swivel.",
            ],
            [
                "106",
                "Shank lubrication air below 1.5 bar",
                "Percussion stops after 10 s. Check the air supply and the oil tank of the lubricator.",
            ],
            ["107", "Percussion pressure above 220 bar", "Percussion stopped. Check the setting of the valve."],
            [
                "109",
                "Anti-jamming active more than 5 times in one hole",
                "Check the flushing; reduce the feed pressure in broken rock.",
            ],
            ["110", "Feed not at the rear stop for rod handling", "Retract the feed fully."],
            ["111", "CAN bus: boom module not answering", "Check the CAN cable and its plug at the boom base."],
            [
                "112",
                "Percussion pressure pulsation above 30 bar peak to peak",
                "Accumulator precharge low or diaphragm broken: check the precharge (section 7).",
            ],
        ],
        (16, 64, 90),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Percussion hoses shake hard and the rock drill sounds harsh",
                "Accumulator precharge low or its diaphragm broken",
                "Check the precharge: 40 bar at 20 °C (section 7)",
            ],
            [
                "Shank adapter breaks early or runs hot",
                "Too little lubrication oil, damper pressure low, or feed too low so the drill bounces",
                "Check the oil at 180-250 g/h, the damper at 40-60 bar and the feed pressure",
            ],
            [
                "Drill steel jams often",
                "Flushing too low or the anti-jamming set too high",
                "Check the flushing at 80-120 L/min; check the anti-jamming at 130 bar",
            ],
            [
                "Boom sinks slowly when stopped",
                "Holding valve of the lift cylinder leaking",
                "Check the drift (section 3); replace the cartridge HLS-HV-02",
            ],
            [
                "Holes not parallel to the reference hole",
                "Boom sensors out of calibration",
                "Calibrate the sensors (section 9)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Drilling a hole"),
    (
        "ol",
        [
            "Position the feed on the hole mark with the feed foot (stinger) pressed firmly against the rock.",
            "Start the flushing and the shank lubrication; check no code 105 or 106 is shown.",
            "Collar at 120 bar percussion and 40 bar feed until the bit is 200 mm into the rock.",
            "Change to full drilling and drill to depth.",
            "At the end of the hole keep flushing for a few seconds while pulling the steel back.",
            "Retract the feed to the rear stop and move to the next hole.",
        ],
    ),
    ("h", "7. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Stop the carrier power pack and release the hydraulic pressure of the boom.",
            "Let the rock drill cool or warm to a steady temperature and measure its body temperature.",
            "Remove the protective cap and fit the charging kit HLS-CK-01 with its 0-100 bar gauge to the "
            "accumulator valve.",
            "Read the gauge and compare with the value for the measured temperature (section 3).",
            "If it is low, connect a nitrogen bottle through the kit and fill slowly to the right value. Use "
            "nitrogen only, never air or oxygen.",
            "If the precharge was below 20 bar, or falls again within a week, the diaphragm is broken: replace it "
            "(kit HLS-AD-18) before drilling again.",
            "Remove the kit and refit the cap.",
        ],
    ),
    ("h", "8. Changing the shank adapter"),
    (
        "ol",
        [
            "Retract the feed and remove the drill steel.",
            "Stop the power pack and release the pressure.",
            "Remove the four front head bolts and pull off the front head.",
            "Pull out the shank adapter and check the bushings; replace the front bushing when the shank can be "
            "moved sideways more than 1 mm.",
            "Oil the new shank with rock drill oil and slide it in.",
            "Refit the front head and tighten the bolts crosswise to 350 Nm.",
            "Run the drill without load for 1 min at collaring pressure and check the lubrication oil at the front.",
        ],
    ),
    ("h", "9. Calibrating the boom sensors"),
    (
        "ol",
        [
            "Park the carrier on level ground with the jacks down; check the level on the carrier display.",
            "Select MENU > SERVICE > CALIBRATE on the BCU.",
            "Move the boom to the reference position shown (horizontal, straight ahead, feed retracted, rollover at "
            "0°) and confirm each sensor in turn.",
            "Move the boom to the second reference position (fully lifted, swung fully right) and confirm.",
            "Save; the BCU checks each sensor and shows OK or the code of the failed sensor.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Grease the boom (10 nipples); check the shank for cracks; fill the lubricator oil"],
            ["50 percussion hours", "Check the damper pressure 40-60 bar"],
            ["200 percussion hours", "Check the accumulator precharge (section 7)"],
            ["400 percussion hours", "Overhaul of the HD-18 rock drill by Hallstrand service or a trained workshop"],
            [
                "1000 h",
                "Check the boom pins and bushings: play no more than 1.0 mm; replace the feed slide pads when less "
                "than 4 mm thick",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Shank adapter T38", "HLS-SA-T38"],
            ["Accumulator diaphragm kit", "HLS-AD-18"],
            ["Accumulator charging kit with gauge", "HLS-CK-01"],
            ["Feed slide pad set (new thickness 10 mm)", "HLS-SP-52"],
            ["Holding valve cartridge", "HLS-HV-02"],
            ["Boom angle sensor", "HLS-AS-101"],
            ["Rock drill seal kit (for the overhaul)", "HLS-SK-18"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Kettlewick HS-4 cage hoist signalling system
KETTLEWICK = [
    ("title", "Kettlewick HS-4 Shaft Signalling System\nfor personnel cage hoists - Operation and Maintenance"),
    (
        "p",
        "Document KWK-OM-HS4-02, Edition 2, November 2024. Kettlewick Shaft Systems. The HS-4 carries the "
        "signals between the landings of a shaft, the cage and the winder (hoist) driver. It consists of the main "
        "controller in the winder house, the winder panel at the driver's desk, one bank station at the surface "
        "landing, up to 12 level stations at the underground landings and one battery-powered cage unit that "
        "talks to the system by radio through repeaters in the shaft. Each station has a signal key, an "
        "emergency stop button, a horn and a display.",
    ),
    (
        "p",
        "The HS-4 does not control the winder. The winding speeds, the speed for persons, the brakes and the "
        "overwind protection belong to the winder control system and its own documents. The signal code used at a "
        "mine is the one in the mine's shaft signalling rules; the codes below are the factory settings.",
    ),
    (
        "warn",
        "WARNING: The shaft must not be used for persons unless the daily test (section 6) has been passed and "
        "recorded in the shaft log. Any doubt about a signal means STOP: the driver does not move the cage.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Stations per system", "1 bank station, up to 12 level stations, 1 cage unit"],
            ["Supply of the main controller", "230 V AC ±10 %, 50 Hz"],
            ["Backup battery in the main controller", "24 V, 17 Ah: at least 4 h of signalling after a supply loss"],
            ["Station line voltage", "12 V DC, intrinsically safe, Ex ia I Ma"],
            ["Loop resistance of a station line", "no more than 40 ohm"],
            ["Length of a station line in 1.5 mm² copper cable", "up to 1.6 km"],
            ["Time from the last ring to the winder display", "within 300 ms"],
            ["Horn sound level at 1 m", "at least 85 dB(A)"],
            ["Cage unit radio range", "up to 400 m from a repeater; repeaters every 400 m of shaft"],
            ["Cage unit battery pack", "7.2 V, 4.5 Ah NiMH: 16 h of use, 6 h to charge"],
            ["Enclosures", "IP66, stainless steel"],
            ["Ambient temperature", "-10 to +50 °C, humidity up to 100 % with condensation"],
        ],
        (80, 90),
    ),
    (
        "p",
        "For a cable other than 1.5 mm² copper, the loop resistance of 40 ohm decides the longest line, not the "
        "length in the table.",
    ),
    ("h", "2. Signal code (factory setting)"),
    (
        "table",
        [
            ["Rings", "Meaning", "Notes"],
            ["1", "Stop", "Given while the cage moves, the driver stops at once. At rest it means hold."],
            ["2", "Raise", "Normal speed as set in the winder control."],
            ["3", "Lower", "Normal speed as set in the winder control."],
            ["4", "Raise slowly", "Examination speed, for shaft inspection."],
            ["5", "Lower slowly", "Examination speed, for shaft inspection."],
            ["6", "Persons about to travel", "Sets PERSONS mode: every signal must be relayed by the bank."],
            ["7", "Persons finished", "Sets MATERIALS mode."],
            ["9", "Emergency", "Accident or danger: hold the cage where it is and call for help."],
        ],
        (20, 50, 100),
    ),
    ("h", "3. Settings and timing"),
    (
        "cols",
        [
            ("h", "Counting rings"),
            (
                "p",
                "A ring counts when the key is held for at least 0.2 s. A sequence ends when no ring follows for "
                "1.5 s; the count is then shown on the winder panel and on every station display. Ring with about "
                "0.5 s between rings. Rings given faster than that may be merged or lost.",
            ),
            ("h", "Station interlock"),
            (
                "p",
                "Only the station at the landing where the cage stands can send signals. The cage is detected by an "
                "inductive level sensor at each landing, which sees a steel target on the cage within ±50 mm of the "
                "landing level. A station that cannot signal shows STATION LOCKED. The emergency stop works at every "
                "station at all times.",
            ),
            ("h", "PERSONS and MATERIALS mode"),
            (
                "p",
                "In PERSONS mode a signal from a level station or the cage goes to the bank station first and "
                "reaches the winder only when the banksman repeats it. In MATERIALS mode signals from the levels go "
                "straight to the winder. The mode is sent to the winder control, which sets its own speed limits.",
            ),
            ("h", "Acknowledge"),
            (
                "p",
                "The driver acknowledges each signal on the winder panel. If no acknowledgement comes within 5 s, "
                "S09 is shown and the signal must be given again.",
            ),
            ("h", "Backup battery"),
            (
                "p",
                "On a supply loss the HS-4 keeps working from its battery for at least 4 h and shows S01. Below "
                "22.8 V it shows S02: about 30 min of signalling remain.",
            ),
        ],
    ),
    ("h", "4. System codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["S01", "Supply lost, running on the backup battery", "Restore the 230 V supply."],
            ["S02", "Backup battery below 22.8 V", "About 30 min left. Stop persons travelling until restored."],
            ["S03", "Station line open", "Display shows the station number. Check the cable and the terminals."],
            ["S04", "Station line short circuit", "As S03."],
            ["S05", "Earth fault on a station line", "Find the fault with the line disconnected; check glands."],
            ["S06", "Cage unit radio link lost for more than 2 s", "Check the cage unit battery and the repeaters."],
            ["S07", "Cage unit battery below 6.6 V", "About 1 h left. Change the pack at the next stop (section 7)."],
            [
                "S08",
                "Level sensors disagree: two landings or none seen",
                "Check the sensor of the landing and the cage target (section 8).",
            ],
            ["S09", "Signal not acknowledged within 5 s", "Give the signal again."],
            ["S11", "Repeater not answering", "Check its battery and antenna."],
            ["S12", "Signal key held closed for more than 5 s", "Key stuck: replace key switch KWK-SK-2."],
            ["S13", "Emergency stop pressed", "Display shows the station. Release it only when safe."],
            ["S14", "Main controller internal fault", "Call Kettlewick service."],
        ],
        (16, 70, 84),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Winder shows a different count from the rings given",
                "Rings given too fast, or a worn key switch bouncing",
                "Ring with about 0.5 s between rings; replace the key switch KWK-SK-2",
            ],
            [
                "A level station cannot signal and shows STATION LOCKED",
                "Cage not at that landing, or the level sensor no longer sees the target",
                "Check the cage is within ±50 mm of the landing; adjust the sensor (section 8)",
            ],
            [
                "Cage signals drop out low in the shaft",
                "Weak radio: a repeater battery or antenna fault",
                "Read the signal strength in the service menu: it must be above -85 dBm; check the repeaters",
            ],
            [
                "Display and lamp work but no horn at one station",
                "Horn failed",
                "Replace the horn KWK-HN-85",
            ],
            [
                "Backup battery test fails",
                "Battery aged",
                "Replace the backup battery KWK-BB-17",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily test"),
    (
        "ol",
        [
            "Before persons travel, the banksman and the driver agree by telephone that the daily test starts.",
            "With the cage at the bank, give each signal of the code from the bank station; the driver confirms the "
            "count shown on the winder panel for each one.",
            "Press the emergency stop at the bank station: S13 and the station number must show at the winder.",
            "Stop the cage at each landing in turn and give a 1 from its level station: the count must show at the "
            "winder and at the bank.",
            "From the cage unit, give a 1 at the top, the middle and the bottom of the shaft.",
            "Check that a level station where the cage is not standing shows STATION LOCKED.",
            "Record the test, any fault and the names of the banksman and the driver in the shaft log.",
        ],
    ),
    ("h", "7. Changing the cage unit battery pack"),
    (
        "ol",
        [
            "With the cage at the bank, switch the cage unit off with its key.",
            "Undo the four captive screws of the battery cover.",
            "Unplug the pack and lift it out.",
            "Fit a fully charged pack KWK-BP-72 and plug it in; a pack needs 6 h in the charger at the bank.",
            "Check the cover seal is clean and not cut, refit the cover and tighten the screws.",
            "Switch on: the cage unit display shows the battery voltage, at least 7.2 V.",
            "Give a 1 from the cage and check it shows at the winder.",
        ],
    ),
    ("h", "8. Adjusting a level sensor"),
    (
        "ol",
        [
            "Stop the cage exactly level with the landing; the banksman confirms with the driver.",
            "Isolate and lock off the winder as the mine's rules require before anyone leans into the shaft.",
            "Loosen the two bracket bolts of the sensor and slide it until its centre line is level with the "
            "centre of the cage target.",
            "Set the gap between the sensor face and the target to 15-25 mm.",
            "Tighten the bolts and check the sensor LED is on.",
            "Remove the isolation, move the cage 100 mm up and down and check that the station locks and unlocks.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily test (section 6)"],
            ["Weekly", "Clean the station fronts and keys; check the horns"],
            [
                "Monthly",
                "Backup battery test: switch off the 230 V supply for 1 h with the system in use; the battery must "
                "still read at least 24.5 V",
            ],
            [
                "6 months",
                "Insulation of each station line, station and controller disconnected: at least 1 Mohm at 250 V DC",
            ],
            ["4 years", "Replace the backup battery and the cage unit battery packs, or sooner if a test fails"],
            ["12 months", "Kettlewick service: test of the safety functions and of the interface to the winder"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Changes to the signal code, to the number of stations or to the timing are made only by Kettlewick "
        "service, with the written approval of the mine's manager; there is no user menu for them.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Signal key switch", "KWK-SK-2"],
            ["Emergency stop button", "KWK-ES-40"],
            ["Horn 85 dB(A)", "KWK-HN-85"],
            ["Cage unit battery pack 7.2 V 4.5 Ah", "KWK-BP-72"],
            ["Battery charger for the cage unit pack", "KWK-CH-72"],
            ["Inductive level sensor with bracket", "KWK-LS-30"],
            ["Backup battery 24 V 17 Ah", "KWK-BB-17"],
            ["Repeater antenna", "KWK-RA-869"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brackenrig-hb-roof-bolter.pdf", "Brackenrig BRK-OM-HB-07 Ed 3 - HB-24 / HB-32", BRACKENRIG),
        ("corravent-af-auxiliary-ventilation-fan.pdf", "Corravent CVF-IOM-AF-11 Ed 2 - AF-560 / AF-710", CORRAVENT),
        ("hallstrand-db-rock-drill-rig-boom.pdf", "Hallstrand HLS-OM-DB18-04 Ed 4 - DB-18", HALLSTRAND),
        ("kettlewick-hs-cage-hoist-signalling-system.pdf", "Kettlewick KWK-OM-HS4-02 Ed 2 - HS-4", KETTLEWICK),
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
