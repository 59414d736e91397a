"""Generate the PDF manuals of the sixty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set65venv && /tmp/set65venv/bin/pip install fpdf2 pypdf
    /tmp/set65venv/bin/python knowledge/samples/sixtyfifth/make_pdfs.py

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



# ---------------------------------------------------------------- Quernsby MT mash tuns
QUERNSBY = [
    ("title", "Quernsby MT Mash Tuns\nOperation and Maintenance Manual - MT-30 and MT-50"),
    (
        "p",
        "Document QBS-OM-MT-03, Edition 3, March 2025. Quernsby Brewhouse Systems. The MT-30 and MT-50 are "
        "steam-jacketed mash tuns for infusion and temperature-programmed mashing. Each has a premasher (grist "
        "hydrator) at the grist inlet, a bottom-driven agitator on a frequency converter (VFD), a steam jacket in two "
        "zones (bottom and lower shell), a mash transfer pump and a control panel with the recipe controller. Apart "
        "from the sizes, drives and values given for each model, the two mash tuns are built alike. Lautering takes "
        "place in a separate lauter tun, which has its own manual and is not covered here.",
    ),
    (
        "p",
        "The recipe (rest temperatures, rest times, liquor treatment and mash pH) is the brewer's. The CIP detergents, "
        "their concentrations and temperatures are set in the manual of the site's CIP plant. The steam and condensate "
        "supply up to the jacket valves and the periodic inspection of the steam jacket as a pressure vessel are the "
        "site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Never enter the vessel unless the site's confined space permit has been issued, the agitator is "
        "locked off at the main isolator and the steam valves are locked closed. Hot mash and steam cause severe "
        "scalds.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MT-30", "MT-50"],
            ["Nominal brew length (cast wort)", "30 hl", "50 hl"],
            ["Total vessel volume", "52 hl", "86 hl"],
            ["Maximum grist load", "750 kg", "1250 kg"],
            ["Liquor-to-grist ratio at mashing-in", "2.8-4.0 L/kg", "2.8-4.0 L/kg"],
            ["Maximum mash volume", "35 hl", "58 hl"],
            ["Vessel inside diameter", "2200 mm", "2800 mm"],
            ["Agitator diameter", "2000 mm", "2600 mm"],
            ["Agitator motor on VFD", "4.0 kW", "7.5 kW"],
            ["Agitator speed range", "5-30 rpm", "4-24 rpm"],
            ["Tip speed at the highest agitator speed", "3.1 m/s", "3.3 m/s"],
            ["Heating jacket area, bottom and lower shell zones together", "6.5 m²", "9.8 m²"],
            ["Jacket steam pressure, maximum working", "3.0 bar g", "3.0 bar g"],
            ["Jacket safety valve setting", "3.5 bar g", "3.5 bar g"],
            [
                "Heating rate of the mash, with steam at 3.0 bar g, the maximum mash volume and the agitator at "
                "the heating speed",
                "1.0 °C/min",
                "0.8 °C/min",
            ],
            ["Mash transfer pump", "15 m³/h, 3.0 kW", "30 m³/h, 5.5 kW"],
            ["Transfer time for the maximum mash volume", "about 14 min", "about 12 min"],
            ["Premasher liquor flow", "4-10 m³/h", "7-16 m³/h"],
            ["Mashing-in time at maximum grist load", "20 min", "20 min"],
            ["Electrical supply 400 V 3~ 50 Hz", "16 A", "25 A"],
            ["Empty mass", "2900 kg", "4300 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heating rate holds only with steam at 3.0 bar g at the jacket inlet, the maximum mash volume and the "
        "agitator at the heating speed of section 3; at a lower steam pressure, or with a thinner mash, the mash heats "
        "more slowly. The maximum grist load holds for malt grist at a liquor-to-grist ratio of at least 2.8 L/kg. "
        "Grists with flaked or raw cereals are not covered by this manual; ask Quernsby before using them.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never run the steam jacket with the agitator stopped: the mash scorches on the heated surfaces. The "
            "controller opens the steam valves only when the agitator turns at the interlock speed of section 3.",
            "Keep the manway closed while the agitator runs. The manway switch stops the agitator (A04).",
            "Wear heat resistant gloves and a face shield when taking samples at the sample valve.",
            "Do not stand over the open manway while liquor or mash is entering: hot liquor and steam can spray out.",
            "Keep the manway closed during CIP. The CIP plant's own manual sets the detergents, concentrations and "
            "temperatures.",
            "The periodic inspection of the jacket and the test of the jacket safety valve are carried out by the "
            "site's inspection body, not by the brewery staff.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Agitator speeds"),
            (
                "p",
                "Mashing-in: 10 rpm (MT-30) or 8 rpm (MT-50). Heating: 20 rpm (MT-30) or 16 rpm (MT-50). Rests: "
                "the lowest speed, 5 rpm or 4 rpm, or intermittent running, 1 min in every 5 min. Transfer: 10 rpm "
                "on both models until the level is below 5 hl, then stop.",
            ),
            ("h", "Steam interlock"),
            (
                "p",
                "The steam valves open only with the agitator at 8 rpm or more (MT-30) or 6 rpm or more (MT-50), and "
                "only for a jacket zone that the mash covers: the bottom zone above 8 hl (MT-30) or 14 hl (MT-50), "
                "the lower shell zone above 20 hl (MT-30) or 34 hl (MT-50). A request outside these limits gives "
                "A07.",
            ),
            ("h", "Jacket pressure"),
            (
                "p",
                "No more than 3.0 bar g in the jacket. The pressure switch closes the steam valve at 3.3 bar g "
                "(A10); the safety valve opens at 3.5 bar g. A higher steam pressure does not heat faster in a "
                "useful way: it scorches the mash on the bottom.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "After a rise the controller holds the mash within ±0.5 °C of the rest setpoint. The mash may not "
                "exceed 80 °C: at 80 °C the steam valves close and A08 is shown. Two PT100 sensors, upper and "
                "lower, are fitted; the controller uses the lower one. If they differ by more than 1.0 °C after the "
                "agitator has run for 5 min, A06 is shown.",
            ),
            ("h", "Mash thickness"),
            (
                "p",
                "The agitator drive is sized for a liquor-to-grist ratio of 2.8 L/kg or thinner. A stiffer mash "
                "overloads the drive: the current rises above 110 % of the motor rating and after 10 s the VFD "
                "stops the agitator (A03).",
            ),
            ("h", "Level"),
            (
                "p",
                "A radar level sensor reads the mash volume in hl. Above the maximum mash volume, 35 hl or 58 hl, "
                "the premasher liquor valve closes and A05 is shown.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "A02",
                "Agitator VFD fault",
                "The VFD has tripped. Read its own fault code on the VFD keypad and look it up in the VFD maker's "
                "manual.",
            ],
            [
                "A03",
                "Agitator overload",
                "Current above 110 % for 10 s: mash too stiff (below 2.8 L/kg) or dry grist balled on the bottom.",
            ],
            ["A04", "Manway open", "Close the manway; the agitator restarts with START."],
            ["A05", "Level high", "Mash above the maximum mash volume. The premasher liquor valve closes."],
            [
                "A06",
                "Temperature sensors differ",
                "Upper and lower sensor differ by more than 1.0 °C after 5 min of agitation. Check the sensors "
                "(section 9).",
            ],
            [
                "A07",
                "Steam interlock",
                "Steam requested with the agitator below the interlock speed or the level below the jacket zone.",
            ],
            ["A08", "Mash overtemperature", "80 °C reached. Steam valves closed."],
            [
                "A09",
                "Heating too slow",
                "Rise below half the expected rate for 10 min: steam pressure low, steam trap blocked, or "
                "condensate backing up in the jacket.",
            ],
            ["A10", "Jacket overpressure", "Jacket pressure switch opened at 3.3 bar g. Steam valve closed."],
            ["A12", "Transfer pump dry run", "No flow at the transfer pump for 30 s. Pump stopped."],
            ["A13", "Low steam pressure", "Steam supply below 2.0 bar g at the jacket valve station."],
            ["A14", "Service due", "2500 agitator hours or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Brown scorched deposit on the vessel bottom after CIP",
                "Steam opened with the agitator too slow, or jacket pressure above 3.0 bar g",
                "Check the interlock speed setting and the jacket pressure reducing valve",
            ],
            [
                "Displayed mash temperature differs from a hand thermometer",
                "Sensor fouled with husk or drifted",
                "Check both sensors in a water bath (section 9); correct or replace",
            ],
            [
                "Dough balls of dry grist in the mash",
                "Premasher liquor flow too low for the grist rate, or agitator too slow at mashing-in",
                "Raise the premasher flow within its range; run the agitator at the mashing-in speed",
            ],
            [
                "Agitator stops with A03 while mashing in",
                "Mash stiffer than 2.8 L/kg",
                "Add liquor to at least 2.8 L/kg and restart at the lowest speed",
            ],
            [
                "Mash heats slowly, A09",
                "Steam supply below 3.0 bar g, steam trap failed closed, air in the jacket",
                "Check the supply pressure and the steam traps; vent the jacket",
            ],
            [
                "Transfer slow, pump noisy",
                "Husk blocking the pump inlet, or agitator stopped too early",
                "Keep the agitator at 10 rpm until the level is below 5 hl",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mashing in"),
    (
        "ol",
        [
            "Check that the outlet valve and the sample valve are closed and the manway is shut.",
            "Start the recipe on the controller and check the strike liquor temperature at the premasher.",
            "Run about 3 hl (MT-30) or 5 hl (MT-50) of liquor into the vessel as a foundation, enough to cover the "
            "agitator blades.",
            "Start the agitator at 10 rpm (MT-30) or 8 rpm (MT-50).",
            "Open the grist case slide and start the premasher liquor. Keep the liquor-to-grist ratio within "
            "2.8-4.0 L/kg.",
            "Let the grist in over about 20 min; never more than 750 kg (MT-30) or 1250 kg (MT-50).",
            "At the end of the grist, rinse the premasher with liquor for 30 s.",
            "After the agitator has run for 5 min, compare the two temperature sensors: they must agree within "
            "1.0 °C.",
            "Start the first rest of the recipe.",
        ],
    ),
    ("h", "7. Temperature-programmed mash and mash-out"),
    (
        "ol",
        [
            "During a rest the agitator runs at the rest speed or intermittently, as set in the recipe.",
            "For a rise, the controller raises the agitator to the heating speed before it opens the steam valves.",
            "Watch the rise: about 1.0 °C/min (MT-30) or 0.8 °C/min (MT-50) with the maximum mash volume and steam "
            "at 3.0 bar g. A09 shows if the rise is less than half of this for 10 min.",
            "Take the samples for the conversion test as the brewer requires.",
            "Raise the mash to the mash-out temperature of the recipe, usually 76-78 °C.",
            "Hold for 10 min, then tell the lauter tun operator that the mash is ready.",
        ],
    ),
    ("h", "8. Transferring the mash to the lauter tun"),
    (
        "ol",
        [
            "Check with the lauter tun operator that foundation water is under the false bottom (lauter tun manual).",
            "Set the agitator to 10 rpm.",
            "Open the outlet valve and start the transfer pump at 30 % speed; raise it to full speed over 1 min.",
            "Expect about 14 min (MT-30) or about 12 min (MT-50) for the maximum mash volume.",
            "When the level is below 5 hl, stop the agitator.",
            "Rinse the vessel with 2 hl (MT-30) or 3 hl (MT-50) of hot liquor and pump it over.",
            "Stop the pump before it runs dry (A12) and close the outlet valve.",
            "At the end of the brewing day start the CIP from the CIP plant.",
        ],
    ),
    ("h", "9. Checking the temperature sensors"),
    (
        "ol",
        [
            "With the vessel empty and cool, unplug the two PT100 sensors and remove them from their pockets.",
            "Put both sensors and a calibrated reference thermometer (resolution 0.1 °C) in a stirred water bath at "
            "about 65 °C.",
            "Wait 3 min and read all three.",
            "Each sensor must read within ±0.3 °C of the reference.",
            "A sensor off by 0.3 to 1.0 °C may be corrected with an offset in SETTINGS > SENSORS. A sensor off by "
            "more than 1.0 °C is replaced (QBS-PT-100).",
            "Refit the sensors with new O-rings, tighten to 20 Nm and plug them in.",
            "Record the readings in the vessel log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the manway seal and the sample valve; watch the jacket pressure gauge while heating"],
            ["Weekly", "Check the agitator gearbox oil level; check the steam traps (warm, not blowing steam)"],
            ["Monthly", "Check the temperature sensors (section 9); check the agitator shaft seal for leaks"],
            [
                "2500 agitator hours or 12 months, whichever comes first",
                "Change the gearbox oil, CLP 220: 9 L (MT-30) or 14 L (MT-50); Quernsby service (A14)",
            ],
            ["Yearly", "Jacket safety valve test, by the site's inspection body"],
            ["5 years", "Agitator gearbox overhaul, by Quernsby service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MT-30", "MT-50"],
            ["Agitator shaft seal kit", "QBS-SK-30", "QBS-SK-50"],
            ["Manway seal", "QBS-MS-450", "QBS-MS-500"],
            ["PT100 temperature sensor with O-ring", "QBS-PT-100", "QBS-PT-100"],
            ["Premasher spray nozzle set", "QBS-PN-30", "QBS-PN-50"],
            ["Transfer pump impeller", "QBS-IM-15", "QBS-IM-30"],
            ["Gearbox oil CLP 220, 20 L", "QBS-OIL-220", "QBS-OIL-220"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Hopfmarten WK-60 wort kettle
HOPFMARTEN = [
    ("title", "Hopfmarten WK-60 Wort Kettle\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document HFM-OM-WK60-02, Edition 2, November 2024. Hopfmarten Brewhouse Engineering. The WK-60 is a wort "
        "kettle for atmospheric boiling of 60 hl of cast wort, with an internal steam calandria (a vertical tube "
        "bundle in the middle of the kettle), a wort spreader above the calandria, three hop addition pots and a "
        "cast-out pump to the whirlpool. The vapour leaves through a vapour stack with a damper; the vapour condenser "
        "and the energy store it heats have their own manual, HFM-OM-VC-01. The lauter tun, the whirlpool and the "
        "wort cooler are not covered here.",
    ),
    (
        "p",
        "Hop varieties and quantities, addition times, the use of antifoam, the original gravity and the bitterness "
        "of the wort are the brewer's and are not given in this manual. The steam supply, the steam trap station and "
        "the condensate return are the site's.",
    ),
    (
        "warn",
        "WARNING: Boiling wort and steam cause severe scalds. Never open the manway or the hop pots while the kettle "
        "boils. Entering the kettle needs the site's confined space permit, the steam valve locked closed and the "
        "cast-out pump locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WK-60"],
            ["Cast wort volume, hot, at the end of the boil", "60 hl"],
            ["Maximum pre-boil volume", "66 hl"],
            ["Total vessel volume", "84 hl"],
            ["Vessel inside diameter", "3000 mm"],
            ["Calandria heating surface", "14 m²"],
            ["Steam pressure at the calandria, maximum working", "4.0 bar g"],
            ["Calandria safety valve setting", "4.5 bar g"],
            ["Evaporation rate, settable, in per cent of the pre-boil volume per hour", "4-7 % per hour"],
            ["Steam consumption during the boil, at 5 % per hour evaporation", "about 350 kg/h"],
            ["Heat-up time from 75 °C to boiling with 66 hl and steam at 4.0 bar g", "about 25 min"],
            ["Minimum wort volume before steam may be opened (calandria covered by 200 mm)", "28 hl"],
            ["Hop addition pots", "3 x 25 L"],
            ["Cast-out pump to the whirlpool", "40 m³/h, 5.5 kW"],
            ["Cast-out time for 60 hl", "about 9 min"],
            ["Vapour stack", "DN 500, with damper"],
            ["Electrical supply 400 V 3~ 50 Hz", "32 A"],
            ["Empty mass", "5600 kg"],
        ],
        (120, 50),
    ),
    (
        "p",
        "The heat-up time holds only for 66 hl of wort entering at 75 °C and steam at 4.0 bar g at the calandria. "
        "The steam consumption is given for the boil only, at an evaporation rate of 5 % per hour; it is higher at "
        "higher rates.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Open the steam only when the calandria is covered: at least 28 hl in the kettle. Below this the tubes "
            "run dry, the wort burns on them and the calandria can be damaged.",
            "The kettle works at atmospheric pressure. Never close the manway and the vapour stack damper at the "
            "same time while steam is on.",
            "Fill the hop pots only while the kettle is not boiling, or with the pot valve closed and the pot vented.",
            "Wear a face shield and heat resistant gloves at the sample valve and when opening a hop pot lid.",
            "Keep the cast-out pump area dry; wort on the floor is slippery.",
        ],
    ),
    ("h", "3. Boil settings and limits"),
    (
        "cols",
        [
            ("h", "Evaporation"),
            (
                "p",
                "The evaporation rate is set as a percentage of the pre-boil volume per hour and held by the steam "
                "valve. Boil for at least 60 min at 4 % per hour or more to drive off the unwanted volatiles; below "
                "4 % per hour for 15 min the controller shows K09. The evaporated volume is: pre-boil volume x "
                "rate x boil time in hours. Example: 66 hl boiled for 90 min at 6 % per hour loses 66 x 0.06 x 1.5 "
                "= 5.9 hl and leaves about 60 hl.",
            ),
            ("h", "Start of the boil"),
            (
                "p",
                "When the wort first reaches 98 °C, the hot break foam rises fast. In AUTO the controller limits the "
                "steam valve to 50 % for the first 10 min; in MANUAL the operator must do this. Watch the foam "
                "through the sight glass in the manway.",
            ),
            ("h", "Vapour stack damper"),
            (
                "p",
                "The damper may be closed no more than 70 % while steam is on; beyond this K07 is shown. Close it "
                "fully only when the kettle is cold and empty.",
            ),
            ("h", "Steam"),
            (
                "p",
                "No more than 4.0 bar g at the calandria. The pressure switch closes the steam valve at 4.2 bar g "
                "(K02) and the safety valve opens at 4.5 bar g. The supply must be at least 2.5 bar g for a boil "
                "(K03).",
            ),
            ("h", "Calandria cleaning"),
            (
                "p",
                "Clean the calandria after every 8 brews, or sooner when the evaporation rate at full steam falls "
                "below 5 % per hour, whichever comes first. A fouled calandria gives dark wort and a burnt taste.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["K02", "Steam pressure high", "Above 4.2 bar g at the calandria. Steam valve closed."],
            ["K03", "Steam pressure low", "Supply below 2.5 bar g. The boil cannot be held."],
            ["K04", "Level low for steam", "Less than 28 hl with steam requested. Steam valve stays closed."],
            [
                "K05",
                "Level high",
                "66 hl reached while filling. The run-off stop signal is sent to the lauter tun.",
            ],
            ["K06", "Cast-out pump dry run", "No flow at the cast-out pump for 20 s. Pump stopped."],
            ["K07", "Vapour damper", "Damper more than 70 % closed with steam on."],
            [
                "K09",
                "Evaporation low",
                "Below 4 % per hour for 15 min: steam supply low, calandria fouled or condensate backing up.",
            ],
            ["K10", "Temperature sensor", "PT100 open or short circuit."],
            [
                "K11",
                "Condensate backing up",
                "Condensate level switch in the calandria drain. Check the steam trap station (site).",
            ],
            ["K12", "Service due", "1500 brews or 12 months since the last Hopfmarten service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Foam out of the manway or up the vapour stack at the start of the boil",
                "Steam not limited at 98 °C (MANUAL mode), or kettle filled above 66 hl",
                "Reduce the steam valve to 50 % for 10 min; use AUTO; fill no more than 66 hl",
            ],
            [
                "Evaporation low at full steam, K09",
                "Calandria fouled, condensate backing up (K11) or supply pressure low",
                "Clean the calandria (section 9); have the site check the steam trap station",
            ],
            [
                "Boil rolls to one side, spreader sprays unevenly",
                "Calandria tubes partly blocked, or the spreader nut loose",
                "Clean the calandria; check and tighten the spreader nut",
            ],
            [
                "Dark wort, burnt taste",
                "Calandria fouled, or steam on with too little wort",
                "Clean the calandria; never open steam below 28 hl",
            ],
            [
                "Poor hot break, cloudy wort to the whirlpool",
                "Boil too weak or too short",
                "Boil at least 60 min at 4 % per hour or more",
            ],
            [
                "Cast-out slow, pump noisy",
                "Hop pellet residue blocking the outlet sieve",
                "Clean the outlet sieve before the next brew",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and heat-up"),
    (
        "ol",
        [
            "Check that the outlet valve and the manway are closed and the vapour stack damper is open.",
            "Start the run-off from the lauter tun. The level shows in hl on the panel.",
            "From 28 hl the steam may be opened to keep the wort above 75 °C while filling.",
            "Fill to no more than 66 hl; at 66 hl K05 sends the run-off stop signal to the lauter tun.",
            "Open the steam fully. From 75 °C the kettle boils after about 25 min with steam at 4.0 bar g.",
            "At 98 °C the controller limits the steam to 50 % for 10 min (AUTO). Watch the foam.",
            "Set the evaporation rate, 4-7 % per hour.",
        ],
    ),
    ("h", "7. Boiling and hop additions"),
    (
        "ol",
        [
            "Start the boil timer when the whole surface rolls.",
            "Fill the hop pots H1 to H3 with the hops of the recipe, no more than 25 L in each pot, and close the lids.",
            "At each addition time press ADD H1, H2 or H3: the pot empties into the kettle and is flushed with 20 L "
            "of hot water.",
            "Boil for at least 60 min at 4 % per hour or more.",
            "Check the end volume with the formula of section 3.",
            "Close the steam at the end of the boil and let the wort settle for 5 min before the cast-out.",
        ],
    ),
    ("h", "8. Cast-out to the whirlpool"),
    (
        "ol",
        [
            "Check that the whirlpool is ready and its inlet valve is open (whirlpool manual).",
            "Open the kettle outlet valve.",
            "Start the cast-out pump at 50 % speed for 30 s, then at full speed.",
            "60 hl takes about 9 min at 40 m³/h.",
            "Stop the pump as the kettle empties, before K06 trips it.",
            "Close the outlet valve and clean the outlet sieve.",
        ],
    ),
    ("h", "9. Cleaning the calandria"),
    (
        "ol",
        [
            "After the cast-out, rinse the kettle with cold water and drain it.",
            "Fill the kettle with 30 hl of water so that the calandria is covered.",
            "Add caustic soda from the CIP plant to a concentration of 2.0-2.5 %.",
            "Heat to 85 °C with the steam valve at no more than 50 %; do not boil.",
            "Circulate through the calandria and the spreader for 45 min.",
            "Return the caustic to the CIP plant and rinse with water until the rinse water is below pH 8.5.",
            "Circulate acid from the CIP plant at 1.0-1.5 % and 60 °C for 20 min, then rinse to neutral.",
            "Look at the calandria tubes through the inspection port: no brown deposit may remain. Repeat the caustic "
            "step if it does.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every brew", "Clean the outlet sieve; check the hop pot valves and lids"],
            [
                "Every 8 brews, or evaporation below 5 % per hour at full steam, whichever comes first",
                "Clean the calandria (section 9)",
            ],
            ["Weekly", "Check the vapour stack damper moves freely; check the manway seal"],
            ["Monthly", "Check the condensate level switch; ask the site to check the steam trap station"],
            [
                "1500 brews or 12 months (K12)",
                "Hopfmarten service: calandria tube inspection, replacement of the calandria gaskets; the safety "
                "valve test is arranged with the site's inspection body",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Manway seal", "HFM-MS-600"],
            ["Outlet sieve", "HFM-OS-80"],
            ["Hop pot valve seal kit", "HFM-HV-25"],
            ["PT100 temperature sensor", "HFM-PT-1"],
            ["Spreader nut", "HFM-SN-1"],
            ["Level switch LS2", "HFM-LS-2"],
            ["Vapour damper actuator", "HFM-DA-500"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Alembrick PS copper pot stills
ALEMBRICK = [
    ("title", "Alembrick PS Copper Pot Stills\nOperation and Care Manual - PS-12 and PS-20"),
    (
        "p",
        "Document ALB-OM-PS-04, Edition 1, June 2025. Alembrick Coppersmiths. The PS-12 and PS-20 are copper pot "
        "stills heated by internal steam coils, each with a swan neck and sight glasses, a lyne arm falling towards "
        "a shell-and-tube condenser, and an outlet to the spirit safe. They can be used as a wash still or as a "
        "spirit still for low wines and feints. Apart from the charge, the coils, the condenser and the values given "
        "for each model, the two stills are built alike.",
    ),
    (
        "p",
        "The cut points, the strength of the new make and the character of the spirit are the distiller's. The spirit "
        "safe, its locks and the strength readings taken for duty purposes are under the control of the customs "
        "authority and are not covered here; hydrometer readings are corrected to 20 °C with the official strength "
        "tables, not with this manual. The hazardous area classification of the stillhouse (the explosive atmosphere "
        "zones) is the site's.",
    ),
    (
        "warn",
        "WARNING: Ethanol vapour is flammable. No naked flames, hot work or unapproved electrical equipment in the "
        "stillhouse without the site's permit. The copper pot withstands no more than -0.05 bar: a vacuum larger "
        "than this collapses it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-12", "PS-20"],
            ["Nominal charge", "1200 L", "2000 L"],
            ["Maximum charge (75 % of the pot volume)", "1350 L", "2250 L"],
            ["Minimum charge, steam coils covered", "600 L", "950 L"],
            ["Pot volume, total", "1800 L", "3000 L"],
            ["Steam coil heating surface", "4.2 m²", "6.8 m²"],
            ["Steam pressure in the coils, maximum working", "2.5 bar g", "2.5 bar g"],
            ["Coil safety valve setting", "3.0 bar g", "3.0 bar g"],
            ["Pot pressure and vacuum relief valve", "+0.10 bar / -0.03 bar", "+0.10 bar / -0.03 bar"],
            ["Lyne arm fall towards the condenser", "5°", "5°"],
            ["Condenser cooling surface", "9 m²", "15 m²"],
            ["Cooling water flow at 15 °C inlet", "8 m³/h", "13 m³/h"],
            ["Distillation rate, wash run", "120-150 L/h", "200-250 L/h"],
            ["Distillation rate, spirit run", "55-70 L/h", "90-115 L/h"],
            ["Maximum strength of a spirit still charge", "30 % ABV", "30 % ABV"],
            ["Empty mass", "1150 kg", "1750 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The distillation rates hold only with steam at 2.5 bar g and cooling water at 15 °C or colder at the flow "
        "given. With warmer water, reduce the rate until the distillate leaves the condenser at no more than 20 °C.",
    ),
    (
        "p",
        "Used as a wash still, the pot is charged with fermented wash and the low wines are collected in one fraction. "
        "Used as a spirit still, it is charged with low wines and feints, and the run is divided at the spirit safe "
        "into foreshots, heart and feints. The wash run is faster because the charge is weaker and the whole of the "
        "distillate is collected; the spirit run is slower so that the cuts can be made cleanly. Two stills of the "
        "same model are often installed as a pair, one for each duty; the values in this manual hold for either duty "
        "unless a duty is named.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Open the cooling water before the steam, and never close it while the pot is above 60 °C.",
            "Never close the air inlet valve while the pot cools after a run. The pot and vacuum relief valve opens "
            "at -0.03 bar, but it cannot let in air fast enough when cold water is sprayed on the pot.",
            "Do not remove, open or bypass the spirit safe locks.",
            "The pot, the neck and the lyne arm are hot during a run. Keep the guard rails in place.",
            "Pot ale and spent lees leave the pot at about 95 °C. Drain them only to the site's effluent tank, never "
            "to a floor gully.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Charge"),
            (
                "p",
                "Between the minimum charge (600 L or 950 L), which keeps the steam coils covered, and the maximum "
                "charge (1350 L or 2250 L), which leaves a quarter of the pot free for foam. A spirit still charge of "
                "low wines and feints may be no stronger than 30 % ABV.",
            ),
            ("h", "Heating"),
            (
                "p",
                "Heat with the steam at 2.5 bar g. At 85 °C in the pot, reduce the steam to no more than 1.5 bar g "
                "and keep it there until the distillate has run for 10 min; heating at full steam through this "
                "point makes the still boil over (puking) into the lyne arm.",
            ),
            ("h", "Distillate temperature"),
            (
                "p",
                "The distillate must leave the condenser at no more than 20 °C. Above 25 °C at the spirit safe, S04 "
                "is shown and the steam valve closes: uncondensed vapour may reach the safe.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "8 m³/h (PS-12) or 13 m³/h (PS-20) at 15 °C inlet. Below 70 % of this flow, 5.6 m³/h or 9.1 m³/h, "
                "the steam valve closes (S03).",
            ),
            ("h", "Pot pressure"),
            (
                "p",
                "The pot runs at atmospheric pressure. The relief valve opens at +0.10 bar; S05 is shown above "
                "+0.08 bar, S06 below -0.02 bar. The pot withstands no more than -0.05 bar.",
            ),
            ("h", "Copper"),
            (
                "p",
                "The copper wears thin over the years. Its wall thickness is measured only by Alembrick at the "
                "yearly inspection. Green staining or weeping on the outside of the pot is reported to Alembrick at "
                "once.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop pressed. Steam valve closed."],
            ["S02", "Steam pressure high", "Coil pressure above 2.7 bar g. Steam valve closed."],
            [
                "S03",
                "Cooling water flow low",
                "Below 70 % of the nominal flow. Steam valve closed. Check the supply and the strainer.",
            ],
            [
                "S04",
                "Distillate hot",
                "Above 25 °C at the spirit safe. Steam valve closed. Check the cooling water and the condenser.",
            ],
            [
                "S05",
                "Pot pressure high",
                "Above +0.08 bar: lyne arm or condenser blocked, or the still boiling over.",
            ],
            ["S06", "Pot vacuum", "Below -0.02 bar: air inlet valve closed while the pot cools. Open it at once."],
            ["S08", "Level low", "Below the minimum charge with steam on. Steam valve closed."],
            ["S09", "Level high", "Above the maximum charge while charging. Charge pump stopped."],
            ["S10", "Sensor fault", "Temperature or pressure sensor open or short circuit."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Distillate warm at the spirit safe",
                "Cooling water flow low, inlet water above 15 °C, or condenser scaled on the water side",
                "Check the flow against section 1; reduce the steam; descale the condenser (section 9)",
            ],
            [
                "Cloudy distillate, wash or foam in the safe",
                "Heated too fast near the start of the run, charge above the maximum, or a foaming wash",
                "Reduce the steam to no more than 1.5 bar g; check the charge level",
            ],
            [
                "Spirit run slower than the rate in section 1",
                "Steam pressure low, or the coil steam trap blocked",
                "Check the steam supply and the trap",
            ],
            [
                "Pot pressure rising, S05",
                "Condenser vent blocked, or liquid in the lyne arm",
                "Close the steam; check the condenser vent and the lyne arm drain",
            ],
            [
                "Foam above the lower sight glass of the neck",
                "Foaming wash or heating too fast",
                "Reduce the steam; antifoam only as the distiller decides",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Charging the still"),
    (
        "ol",
        [
            "Check that the discharge valve is closed, the air inlet valve is open and the sight glasses are clean.",
            "Open the cooling water: 8 m³/h (PS-12) or 13 m³/h (PS-20).",
            "Pump the charge in and read the level: no less than the minimum charge and no more than the maximum.",
            "For a spirit still charge, check the strength: no more than 30 % ABV.",
            "Close the charge valve, the manway and the air inlet valve.",
        ],
    ),
    ("h", "7. Running the still"),
    (
        "ol",
        [
            "Open the steam to 2.5 bar g.",
            "At 85 °C in the pot, reduce the steam to no more than 1.5 bar g.",
            "Watch the neck sight glasses. If foam rises above the lower glass, reduce the steam further.",
            "When the distillate runs, check its temperature at the spirit safe: no more than 20 °C.",
            "After 10 min of running, set the steam for the rate: 55-70 L/h (PS-12) or 90-115 L/h (PS-20) on a "
            "spirit run, 120-150 L/h or 200-250 L/h on a wash run.",
            "Make the cuts as the distiller instructs.",
            "At the end of the run close the steam valve.",
        ],
    ),
    ("h", "8. Shutting down and discharging"),
    (
        "ol",
        [
            "Close the steam valve fully.",
            "Open the air inlet valve before the pot starts to cool; the pot withstands no more than -0.05 bar.",
            "Keep the cooling water on until the pot is below 60 °C.",
            "Open the discharge valve and drain the pot ale or spent lees to the site's effluent tank.",
            "Rinse the pot with 200 L of water and drain it.",
            "Leave the air inlet valve and the manway open until the next charge.",
        ],
    ),
    ("h", "9. Descaling the condenser"),
    (
        "ol",
        [
            "Close the cooling water valves and drain the water side of the condenser.",
            "Connect the descaling pump to the water inlet and outlet.",
            "Circulate 5 % citric acid solution at no more than 40 °C for 2 h.",
            "Drain, then flush with clean water for 15 min.",
            "Reconnect the cooling water and check that the full flow is reached with the valve fully open.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before every run", "Clean the sight glasses; check that the air inlet valve moves freely"],
            ["Weekly", "Lift-check the pot pressure and vacuum relief valve"],
            [
                "Every 3 months, or when the full cooling water flow is no longer reached, whichever comes first",
                "Descale the condenser (section 9)",
            ],
            ["Yearly", "Alembrick inspection of the copper; coil safety valve test by the site's inspection body"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-12", "PS-20"],
            ["Neck sight glass with seals", "ALB-SG-100", "ALB-SG-100"],
            ["Manway seal", "ALB-MS-12", "ALB-MS-20"],
            ["Pot pressure and vacuum relief valve", "ALB-PV-01", "ALB-PV-01"],
            ["Steam coil gasket set", "ALB-CG-12", "ALB-CG-20"],
            ["Condenser water box gasket", "ALB-WB-09", "ALB-WB-15"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Carbovela CR CO2 recovery plants
CARBOVELA = [
    ("title", "Carbovela CR CO2 Recovery Plants\nOperation and Maintenance Manual - CR-150 and CR-300"),
    (
        "p",
        "Document CBV-OM-CR-07, Edition 2, February 2025. Carbovela Gas Systems. The CR-150 and CR-300 recover the "
        "carbon dioxide given off by fermenting beer and make it fit for use again in the brewery. The gas from the "
        "fermenters' CO2 collecting main passes a foam trap into a gas holder (balloon), is washed in a water "
        "scrubber, compressed in a two-stage oil-free piston compressor, cleaned in an activated carbon filter, dried "
        "in twin molecular sieve dryers and liquefied in a condenser cooled by the refrigeration unit. A stripper "
        "removes the non-condensable gases, and the liquid goes to the storage tank. Apart from the capacity and the "
        "values given for each model, the two plants are built alike.",
    ),
    (
        "p",
        "Not supplied and not covered here: the liquid CO2 storage tank, the evaporator and the CO2 distribution, "
        "the fermenters' collecting main and its valves, and the fixed CO2 gas detection in the plant room; each has "
        "its own documents. The refrigeration unit has its own manual. The quality control of the recovered CO2 "
        "(analysis against the beverage grade specification) is done by the brewery laboratory.",
    ),
    (
        "warn",
        "WARNING: CO2 displaces air and can kill without warning. The plant room needs fixed CO2 detection with a "
        "pre-alarm at 0.5 % (5000 ppm) and a main alarm at 1.5 % (15000 ppm). Leave the room at the main alarm. "
        "Never enter the gas holder enclosure or open a vessel before it has been vented and purged.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CR-150", "CR-300"],
            ["Recovery capacity, liquid CO2", "150 kg/h", "300 kg/h"],
            ["Gas holder (balloon) volume", "50 m³", "100 m³"],
            ["CO2 content of the fermenter gas needed to start recovery, at least", "99.5 % v/v", "99.5 % v/v"],
            ["CO2 purity at the plant outlet", "99.998 % v/v", "99.998 % v/v"],
            ["Compressor motor, two-stage oil-free piston compressor", "37 kW", "75 kW"],
            ["Compressor interstage pressure", "4-5 bar g", "4-5 bar g"],
            ["Compressor discharge pressure", "18 bar g", "18 bar g"],
            ["Liquefaction pressure and temperature", "16-18 bar g, -26 to -22 °C", "16-18 bar g, -26 to -22 °C"],
            ["Refrigeration capacity of the liquefier", "20 kW", "40 kW"],
            ["Scrubber fresh water flow", "0.6 m³/h", "1.2 m³/h"],
            ["Dryer tower switch-over interval", "8 h", "8 h"],
            ["Dew point at the dryer outlet", "-60 °C or lower", "-60 °C or lower"],
            ["Activated carbon charge of the filter", "180 kg", "350 kg"],
            ["Compressor crankcase oil", "8 L", "15 L"],
            ["Electrical supply 400 V 3~ 50 Hz", "125 A", "250 A"],
            ["Mass of the skid", "6800 kg", "11500 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The recovery capacity holds only with fermenter gas of at least 99.5 % v/v CO2 and cooling water of 25 °C or "
        "colder at the refrigeration unit's condenser. With poorer gas the stripper vents more and the capacity "
        "falls. The outlet purity holds only with the carbon filter and the dryers within their service intervals.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Vent the gas from any vessel, filter or pipe to outside the building before opening it, then purge it "
            "with air and check with a portable CO2 meter that the CO2 is below 0.5 %.",
            "Liquid CO2 and cold pipes cause cold burns. Wear insulated gloves and a face shield when draining or "
            "sampling liquid.",
            "Never trap liquid CO2 between two closed valves: it expands as it warms and bursts the pipe.",
            "The safety valves of the plant are tested every year by the site's inspection body.",
            "The gas holder membrane must not be walked on or touched with sharp tools.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Start of recovery"),
            (
                "p",
                "Gas from a fermenter is vented to atmosphere until it holds at least 99.5 % v/v CO2 at the analyser "
                "on the collecting main. Below this the inlet valve closes and C02 is shown. When this level is "
                "reached after pitching depends on the brew and is for the brewer to judge.",
            ),
            ("h", "Gas holder"),
            (
                "p",
                "The compressor starts at 60 % holder level and stops at 20 %. Above 90 % the vent valve opens (C03); "
                "below 10 % the compressor cannot run (C04).",
            ),
            ("h", "Compressor"),
            (
                "p",
                "Interstage pressure 4-5 bar g, discharge 18 bar g. The discharge temperature may not exceed 140 °C "
                "in normal running; at 150 °C the compressor stops (C05). The crankcase oil pressure must be at least "
                "1.5 bar (C06).",
            ),
            ("h", "Dryer"),
            (
                "p",
                "The two towers switch every 8 h. The saturated tower is regenerated at 180 °C for 4 h and cooled "
                "with dry gas for 3 h. The dew point at the outlet must be -60 °C or lower; above -50 °C C08 is "
                "shown.",
            ),
            ("h", "Carbon filter"),
            (
                "p",
                "Replace the carbon every 4000 operating hours, or when the brewery laboratory's taste and odour test "
                "of the CO2 fails, whichever comes first.",
            ),
            ("h", "Liquefier"),
            (
                "p",
                "Liquefaction at 16-18 bar g. Above 19 bar g the compressor stops (C10): check the refrigeration "
                "unit and the stripper vent.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "An emergency stop pressed. The plant stops and the inlet valve closes."],
            ["C02", "Inlet purity low", "Fermenter gas below 99.5 % v/v CO2. Inlet valve closed, gas vented."],
            ["C03", "Gas holder high", "Above 90 %. Vent valve open. Check that the compressor runs."],
            ["C04", "Gas holder low", "Below 10 %. The compressor stops."],
            [
                "C05",
                "Discharge temperature high",
                "150 °C at the compressor discharge: intercooler water low, or a compressor valve leaking.",
            ],
            ["C06", "Crankcase oil pressure low", "Below 1.5 bar. Check the oil level; compressor stopped."],
            ["C07", "Scrubber water flow low", "Below 70 % of the set flow. Compressor stopped."],
            [
                "C08",
                "Dew point high",
                "Above -50 °C at the dryer outlet. Liquid is sent to vent, not to the tank.",
            ],
            ["C09", "Regeneration heater fault", "Tower not at 180 °C within 90 min of the heating start."],
            ["C10", "Liquefier pressure high", "Above 19 bar g. Compressor stopped."],
            ["C11", "Refrigeration unit fault", "See the refrigeration unit's manual."],
            ["C13", "Storage tank full", "Signal from the storage tank's level gauge. Compressor stopped."],
            ["C14", "Service due", "4000 operating hours since the last Carbovela service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Capacity low, holder fills and vents",
                "Fermenter gas only just at 99.5 %, warm cooling water at the refrigeration unit, or a compressor "
                "valve leaking",
                "Check the purity and the cooling water; check the interstage pressure, 4-5 bar g",
            ],
            [
                "Dew point after the dryer rising",
                "Tower switched late, heater fault (C09), or water carried over from the scrubber",
                "Switch towers and regenerate (section 8); check the scrubber demister pad",
            ],
            [
                "Off-taste or odour in the CO2 reported by the laboratory",
                "Activated carbon exhausted",
                "Replace the carbon (section 9)",
            ],
            [
                "Discharge temperature rising towards 140 °C",
                "Intercooler water flow low, or a compressor valve leaking",
                "Check the cooling water; call Carbovela service for the valves",
            ],
            [
                "Foam reaching the gas holder inlet",
                "Foam trap full",
                "Drain the foam trap; how full the fermenters are filled is the brewer's",
            ],
            [
                "Compressor starting and stopping often",
                "Holder switch points changed",
                "Reset the start and stop levels to 60 % and 20 %",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting recovery"),
    (
        "ol",
        [
            "Check that the storage tank has room (no C13) and that the refrigeration unit runs.",
            "Start the scrubber water: 0.6 m³/h (CR-150) or 1.2 m³/h (CR-300).",
            "Open a fermenter to the collecting main only when the analyser shows at least 99.5 % v/v CO2.",
            "Open the plant inlet valve. The gas holder fills.",
            "At 60 % holder level the compressor starts by itself.",
            "Check the interstage pressure, 4-5 bar g, and the discharge pressure, 18 bar g.",
            "After 30 min check the dew point at the dryer outlet: -60 °C or lower.",
            "When the stripper level is reached the liquid goes to the storage tank.",
        ],
    ),
    ("h", "7. Shutting down"),
    (
        "ol",
        [
            "Close the fermenter valves to the collecting main.",
            "Let the compressor empty the gas holder to 20 %; it stops by itself.",
            "Stop the scrubber water.",
            "Close the liquid valve to the storage tank. Do not trap liquid between closed valves.",
            "Leave the refrigeration unit running if the plant will restart within 24 h.",
        ],
    ),
    ("h", "8. Manual dryer regeneration"),
    (
        "ol",
        [
            "Select DRYER > MANUAL on the panel.",
            "Switch the gas flow to the standby tower.",
            "Start the heating of the saturated tower: 180 °C for 4 h.",
            "Let the tower cool with dry gas for 3 h.",
            "Return to DRYER > AUTO and check that the dew point falls to -60 °C or lower.",
        ],
    ),
    ("h", "9. Replacing the activated carbon"),
    (
        "ol",
        [
            "Stop the plant and close the carbon filter's inlet and outlet valves.",
            "Vent the filter to outside the building down to 0 bar g.",
            "Purge the filter with air for 15 min and check with a portable CO2 meter that the CO2 is below 0.5 %.",
            "Open the top cover and remove the used carbon with the vacuum unit.",
            "Fill with 180 kg (CR-150) or 350 kg (CR-300) of Carbovela activated carbon CBV-AC-4.",
            "Close the cover with a new seal and raise the pressure slowly to 18 bar g; check for leaks.",
            "Send the gas of the first 30 min after the filter to vent, to carry off the carbon dust.",
            "Reset the carbon hour counter.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the holder level, the dew point and the interstage pressure"],
            ["Weekly", "Drain the foam trap and the condensate traps"],
            ["Every 8 h", "Dryer switch-over (automatic)"],
            ["2000 h", "Change the compressor crankcase oil: 8 L (CR-150) or 15 L (CR-300)"],
            [
                "4000 h, or the laboratory taste test failed, whichever comes first",
                "Replace the activated carbon (section 9)",
            ],
            ["4000 h (C14)", "Carbovela service: compressor valves and piston rings"],
            ["Yearly", "Safety valve test by the site's inspection body"],
            ["3 years", "Molecular sieve replacement by Carbovela service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CR-150", "CR-300"],
            ["Activated carbon CBV-AC-4, 25 kg bag", "CBV-AC-4", "CBV-AC-4"],
            ["Carbon filter cover seal", "CBV-FS-15", "CBV-FS-30"],
            ["Compressor valve set, first stage", "CBV-CV1-150", "CBV-CV1-300"],
            ["Compressor valve set, second stage", "CBV-CV2-150", "CBV-CV2-300"],
            ["Scrubber demister pad", "CBV-DM-15", "CBV-DM-30"],
            ["Gas holder membrane", "CBV-GH-50", "CBV-GH-100"],
            ["Dew point sensor", "CBV-DP-1", "CBV-DP-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("quernsby-mt-mash-tun.pdf", "Quernsby QBS-OM-MT-03 Ed 3 - MT-30 / MT-50", QUERNSBY),
        ("hopfmarten-wk-wort-kettle.pdf", "Hopfmarten HFM-OM-WK60-02 Ed 2 - WK-60", HOPFMARTEN),
        ("alembrick-ps-copper-pot-still.pdf", "Alembrick ALB-OM-PS-04 Ed 1 - PS-12 / PS-20", ALEMBRICK),
        ("carbovela-cr-co2-recovery-plant.pdf", "Carbovela CBV-OM-CR-07 Ed 2 - CR-150 / CR-300", CARBOVELA),
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
