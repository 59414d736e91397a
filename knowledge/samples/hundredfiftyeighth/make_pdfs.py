"""Generate the PDF manuals of the hundred-and-fifty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set158-scratch/venv && /tmp/set158-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set158-scratch/venv/bin/python knowledge/samples/hundredfiftyeighth/make_pdfs.py

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



# ---------------------------------------------------------------- Wirbelhorn WFR fluid bed zinc roasters
WIRBELHORN = [
    ("title", "Wirbelhorn WFR Fluid Bed Zinc Roasters\nOperation and Maintenance Manual - WFR-72 and WFR-96"),
    (
        "p",
        "Document WBH-OM-WFR-03, Edition 2, March 2025. Wirbelhorn Roasting Systems. The WFR-72 and WFR-96 are "
        "fluid bed roasters for zinc sulphide concentrate. Wet concentrate is thrown onto the bed by a slinger "
        "feeder, burns autothermally in a bed of calcine kept fluid by air blown through the tuyeres of the grate, "
        "and leaves as calcine over the overflow weir and as dust with the off-gas. The two models differ in grate "
        "area, shell diameter, blower and the items named in this manual; the control system, the tuyere caps and "
        "the instruments are the same. The slinger feeder, the waste heat boiler and the gas cleaning plant have "
        "their own manuals. The refractory lining and its dry-out after a reline are the work of the refractory "
        "contractor and follow the contractor's own schedule, not this manual.",
    ),
    (
        "warn",
        "DANGER: The off-gas holds 9-12 % sulphur dioxide. Never open an inspection door or a feed port while the "
        "roof pressure is positive. Calcine from the overflow is above 900 °C and looks dark long before it is "
        "safe to touch.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WFR-72", "WFR-96"],
            ["Grate area", "72 m²", "96 m²"],
            ["Shell inner diameter at the grate", "9.6 m", "11.05 m"],
            ["Concentrate throughput, zinc concentrate of 48-54 % Zn, 30-33 % S and 7-9 % moisture",
             "560-640 t/d", "760-860 t/d"],
            ["Bed temperature, normal operation", "920-960 °C", "930-970 °C"],
            ["Bed pressure differential (settled bed height about 1.2 m / 1.3 m)", "200-240 mbar", "220-260 mbar"],
            ["Windbox pressure, normal operation", "240-290 mbar", "260-310 mbar"],
            ["Fluidising air blower", "52 000 Nm³/h at 320 mbar", "70 000 Nm³/h at 340 mbar"],
            ["Blower motor, 6.6 kV", "710 kW", "900 kW"],
            ["Tuyeres in the grate (30 per m²)", "2160", "2880"],
            ["Calcine overflow weir height above the grate", "1.25 m", "1.35 m"],
            ["Freeboard height above the weir", "9.5 m", "10.5 m"],
            ["Off-gas volume, wet, at full throughput", "about 56 000 Nm³/h", "about 76 000 Nm³/h"],
            ["SO2 in the off-gas at the roaster outlet", "9-11 %", "10-12 %"],
            ["Bed cooling coil bundles", "8", "10"],
            ["Water injection lances, up to 3 m³/h each", "2", "3"],
            ["Bed thermocouples (type K)", "12", "16"],
            ["Start-up burners, natural gas, 4.5 MW each", "2", "3"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The throughputs hold only for concentrate within the analysis given in the table, fed through one slinger "
        "at steady rate. Throughputs for concentrates with more than 10 % iron, or for blends with secondary "
        "materials, are not given in this manual; Wirbelhorn's process department calculates them on request from "
        "a full analysis.",
    ),
    (
        "p",
        "Specific throughput (t/m² per day) = daily concentrate feed (t/d) / grate area (m²). Example: 600 t/d on "
        "a WFR-72 is 600 / 72 = 8.3 t/m² per day. Neither model may run above 9.0 t/m² per day, whatever the "
        "blower can deliver.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear a personal SO2 monitor on the roaster floors. The site sets the alarm levels and the escape routes; "
            "leave the area at once when the monitor alarms.",
            "Entry into the windbox, the freeboard or the overflow chute is a confined space entry under the site's "
            "permit system, only after the bed has been cooled below 50 °C and the blower is locked off.",
            "Hot calcine holds its heat for days in a heap. Wet it only from a distance; water on a hot heap gives a "
            "burst of steam.",
            "During start-up the burners can produce carbon monoxide. Keep the inspection doors shut and the off-gas "
            "fan running whenever a burner is lit.",
            "Never stand in line with a feed port or a water lance port when a port is opened.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Bed temperature"),
            (
                "p",
                "The bed temperature is the mean of the bed thermocouples. It is held by the feed rate and, above "
                "the setpoint, by the water lances. Alarm RA01 comes at 990 °C on the WFR-72 and at 1000 °C on the "
                "WFR-96; RA02 comes below 880 °C on both. For concentrates with more than 3 % lead and copper "
                "together, keep the bed below 930 °C, because lead and copper sulphides soften and form accretions "
                "on the walls and the coils above that.",
            ),
            ("h", "Bed height"),
            (
                "p",
                "Bed height (m) = bed pressure differential (mbar) / 190, for a fluidised calcine bed of about 1.9 "
                "t/m³. Example: 228 mbar / 190 = 1.2 m. The height is set by the overflow weir; a bed pressure below "
                "the table range means calcine is leaving faster than it is made (RA05).",
            ),
            ("h", "Roof pressure"),
            (
                "p",
                "Hold the roof pressure between -0.2 and -0.5 mbar with the off-gas fan of the gas cleaning plant. "
                "RA08 comes when it rises above +0.5 mbar for 10 s, and the feed stops at +2.0 mbar.",
            ),
            ("h", "Heating and feed start"),
            (
                "p",
                "From cold, heat the bed no faster than 50 °C per hour up to 600 °C and no faster than 80 °C per "
                "hour above it. Concentrate feed may start only when every bed thermocouple reads at least 700 °C. "
                "Start at no more than 30 % of the planned feed and raise it by 10 % every 15 min.",
            ),
            ("h", "Banking"),
            (
                "p",
                "A bed may be banked (feed and blower stopped, bed slumped) for up to 12 h on a WFR-72 and 16 h on "
                "a WFR-96. It restarts on feed alone if every bed thermocouple still reads above 750 °C; below that "
                "the burners are needed.",
            ),
            ("warn", "Never bank a bed with the feed running or with the water lances open."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["RA01", "Bed temperature high", "Reduce feed by 10 %, open the water lances, check the feed moisture"],
            ["RA02", "Bed temperature low, below 880 °C", "Check the feed rate and the slinger; see symptom table"],
            ["RA03", "Windbox pressure low", "Check the blower, the windbox doors and for a hole in the grate"],
            ["RA04", "Windbox pressure high", "Tuyeres blocking or bed too high; check the overflow"],
            ["RA05", "Bed pressure differential low", "Overflow running too fast or feed interrupted"],
            ["RA06", "Slinger feeder stopped", "Feed stops; see the slinger feeder manual"],
            ["RA07", "Freeboard temperature above 1020 °C", "Fine feed burning in the freeboard; reduce the air"],
            ["RA08", "Roof pressure above +0.5 mbar", "Check the off-gas fan and the boiler; stop the feed at +2.0 mbar"],
            ["RA10", "Cooling coil water flow low", "Check the coil circuit; the feed is reduced to 70 %"],
            ["RA11", "Burner flame failure (start-up)", "Purge for 5 min before relighting"],
            ["RA12", "Calcine overflow blocked", "Clear the overflow (procedure 7.3)"],
            ["RA13", "Emergency stop pressed", "Blower and feed off; find the cause before reset"],
        ],
        (20, 60, 90),
    ),
    ("h", "5. Symptoms and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Bed temperature swings by 30 °C or more within an hour", "Wet lumps or feed surges from the slinger",
             "Check the concentrate moisture (7-9 %) and the weigh feeder"],
            ["Bed thermocouples near one wall read 40 °C or more below the rest", "Tuyeres blocked in that area, "
             "the bed is not fluid there (defluidised patch)", "Raise the air by 5 %; if it persists, clean the "
             "tuyeres at the next shutdown"],
            ["Accretions on the walls and cooling coils", "Bed too hot for the lead and copper content",
             "Keep the bed below 930 °C for concentrates above 3 % Pb + Cu"],
            ["Sulphide sulphur in the calcine above 0.3 %", "Bed too cold or too little air",
             "Raise the bed temperature within its range; check the air per tonne"],
            ["Much more dust to the boiler than usual", "Air too high or very fine concentrate",
             "Lower the air to the bottom of its range"],
            ["SO2 smell on the feed floor", "Roof pressure positive or purge air of the feed port low",
             "Check the off-gas fan; check the slinger purge air"],
        ],
        (52, 58, 60),
    ),
    ("h", "6. Air per tonne"),
    (
        "p",
        "Fluidising air per tonne (Nm³/t) = blower air flow (Nm³/h) x 24 / daily feed (t/d). The roasters are "
        "designed for 2000-2200 Nm³ of air per tonne of concentrate of the analysis in section 1. Below 1900 Nm³/t "
        "the sulphide sulphur in the calcine rises; above 2300 Nm³/t the dust carry-over rises.",
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Start-up from cold"),
    (
        "ol",
        [
            "Check that the refractory contractor has released the roaster after any repair, and that the slinger "
            "feeder, the boiler and the gas cleaning plant are ready.",
            "Load a start-up bed of screened calcine (0.2-2 mm) to 1.0 m above the grate through the bed charging "
            "chute.",
            "Start the off-gas fan and set the roof pressure to -0.5 mbar. Start the blower at minimum air.",
            "Purge for 5 min, then light the start-up burners one by one.",
            "Heat the bed at no more than 50 °C per hour up to 600 °C, then at no more than 80 °C per hour.",
            "When every bed thermocouple reads at least 700 °C, start the slinger and feed at 30 % of the planned "
            "rate. Raise the feed by 10 % every 15 min.",
            "Shut the burners off when the bed holds its temperature on feed alone, and withdraw them behind their "
            "isolating gates.",
        ],
    ),
    ("h", "7.2 Banking and restarting the bed"),
    (
        "ol",
        [
            "Raise the bed to at least 940 °C (WFR-72) or 950 °C (WFR-96) and close the water lances.",
            "Stop the feed, wait 5 min, then stop the blower. The bed slumps onto the grate.",
            "Close the blower damper and keep the off-gas fan at minimum so that the roof stays slightly negative.",
            "Log the bed temperatures every hour. Restart within 12 h (WFR-72) or 16 h (WFR-96).",
            "To restart, start the blower at minimum air for 2 min, then start the feed at 30 %. If any bed "
            "thermocouple reads 750 °C or less, light the burners first as in 7.1.",
        ],
    ),
    ("h", "7.3 Clearing a blocked overflow"),
    (
        "ol",
        [
            "Reduce the feed to 70 % and watch the bed pressure; do not let it rise more than 20 mbar above the "
            "table range.",
            "Open the overflow rodding port only with the roof pressure negative, wearing a face shield and "
            "aluminised jacket.",
            "Rod the chute with the 4 m steel lance (part WBH-RL-40). Never use an oxygen lance.",
            "When calcine flows again, close the port and return the feed to normal over 30 min.",
        ],
    ),
    ("h", "7.4 Checking the tuyere caps (at each shutdown)"),
    (
        "ol",
        [
            "Cool the bed below 50 °C and lock off the blower. Remove the bed through the emptying chute.",
            "After the entry permit is issued, inspect every tuyere cap. Count the caps with one or more blocked holes.",
            "If more than 5 % of the caps have blocked holes, clean all caps with the drill gauge (5.0 mm).",
            "Replace any cap whose holes have worn to 6.0 mm or more, measured with the go/no-go gauge WBH-GG-6.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the bed temperatures, the roof pressure and the SO2 monitors"],
            ["Daily", "Check the water lance tips; check the overflow chute for build-up"],
            ["Weekly", "Compare each bed thermocouple with the mean; replace any that differs by more than 25 °C "
             "from its neighbours without a cause"],
            ["Monthly", "Blower bearing vibration; windbox drain valves"],
            ["Every 12 months or at each major shutdown, whichever comes first", "Tuyere cap inspection (7.4); "
             "refractory inspection by the refractory contractor; blower overhaul as in the blower maker's manual"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "WFR-72", "WFR-96"],
            ["Tuyere cap, heat resisting cast steel, 6 holes", "WBH-TC-06", "WBH-TC-06"],
            ["Bed thermocouple type K, sheath length", "WBH-TK-12 (1200 mm)", "WBH-TK-14 (1400 mm)"],
            ["Water lance tip", "WBH-WL-03", "WBH-WL-03"],
            ["Overflow weir plate", "WBH-OW-72", "WBH-OW-96"],
            ["Burner igniter and UV scanner set", "WBH-BI-45", "WBH-BI-45"],
            ["Rodding lance 4 m", "WBH-RL-40", "WBH-RL-40"],
            ["Tuyere gauge 6.0 mm (go/no-go)", "WBH-GG-6", "WBH-GG-6"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Purvantis PR zinc dust purification reactors
PURVANTIS = [
    ("title", "Purvantis PR Zinc Dust Purification Reactors\nOperating and Maintenance Instructions - PR-80 and PR-120"),
    (
        "p",
        "Document PVT-OM-PR-11, Edition 3, June 2024. Purvantis Hydrometallurgy. The PR-80 and PR-120 are "
        "continuous, agitated cementation reactors for the purification of neutral zinc sulphate solution. Zinc "
        "dust added to the solution cements copper, cadmium, cobalt and nickel as a metal cake, which leaves with "
        "the overflow to the purification filters. A plant normally runs two or three reactors in series: a hot "
        "stage for cobalt and nickel with an activator, and a cold stage for cadmium. The two models differ in "
        "volume, agitator, zinc dust feeder and vent fan; they are otherwise alike. The purification recipe (zinc "
        "dust dose rates, activator additions and the impurity targets of the purified solution) is set by the "
        "site's metallurgists for their cell house and is not part of this manual.",
    ),
    (
        "warn",
        "DANGER: Zinc dust in acid solution gives off hydrogen. With arsenic or antimony activators it can also "
        "give off arsine or stibine, which are highly toxic. Never add zinc dust or activator unless the vent fan "
        "runs and the gas monitors read normal.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PR-80", "PR-120"],
            ["Working volume", "80 m³", "120 m³"],
            ["Inner diameter x shell height", "4.6 m x 5.4 m", "5.3 m x 6.1 m"],
            ["Liquid level at the overflow", "4.8 m", "5.45 m"],
            ["Solution flow", "160-240 m³/h", "240-360 m³/h"],
            ["Agitator motor, gear reducer, output speed", "55 kW, 42 rpm", "75 kW, 36 rpm"],
            ["Impellers, two hydrofoils on one shaft, diameter", "1.9 m", "2.2 m"],
            ["Zinc dust screw feeder, range", "20-250 kg/h", "30-380 kg/h"],
            ["Vent fan, air drawn through the reactor cover", "1500 m³/h", "2200 m³/h"],
            ["Steam heating coil, saturated steam at 4 bar", "0.9 MW", "1.3 MW"],
            ["Operating temperature, cold stage (cadmium)", "55-65 °C", "55-65 °C"],
            ["Operating temperature, hot stage (cobalt and nickel), with activator", "80-90 °C", "80-90 °C"],
            ["Highest solution temperature, rubber lined shell", "95 °C", "95 °C"],
            ["Empty mass / operating mass", "24 t / 118 t", "33 t / 176 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The temperatures and flows hold for neutral solution of 140-160 g/L zinc at pH 4.8-5.4 carrying no more "
        "than 30 g/L of suspended solids. Flows below the range are possible, but the agitator then keeps the cake "
        "suspended only if the solids stay above 5 g/L.",
    ),
    ("h", "2. Residence time and zinc dust"),
    (
        "p",
        "Residence time (min) = working volume (m³) / solution flow (m³/h) x 60. Example: a PR-80 at 200 m³/h gives "
        "80 / 200 x 60 = 24 min. Do not run a reactor below 20 min of residence; cobalt removal in the hot stage is "
        "then incomplete whatever the dose.",
    ),
    (
        "p",
        "Zinc dust feed (kg/h) = solution flow (m³/h) x dose rate (kg/m³). The dose rate comes from the site's "
        "recipe. Example: a PR-120 at 300 m³/h and a dose of 1.2 kg/m³ needs 300 x 1.2 = 360 kg/h, inside its "
        "feeder range. When the needed feed is above the feeder range, lower the flow or split the dose between "
        "two reactors; never run the screw above 100 % speed setting.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Hydrogen: the vent monitor alarms at 10 % of the lower explosive limit (LEL) and stops the zinc dust "
            "feeder at 25 % LEL. Never bridge the monitor.",
            "Arsine and stibine: the monitor at the cover alarms at 0.02 ppm. At an alarm, stop the activator pump, "
            "leave the reactor platform upwind and follow the site's gas emergency plan.",
            "Zinc dust is a flammable powder. Keep the feeder hopper lid closed; clean spills with a vacuum cleaner "
            "approved for metal dust, never with compressed air.",
            "Entry into the reactor is a confined space entry under the site's permit, after draining, washing and "
            "ventilating for at least 12 h and a gas test.",
            "Cement cake dried in air can heat up by itself. Keep it wet until it reaches the cake treatment plant.",
        ],
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Temperature control"),
            (
                "p",
                "The steam valve holds the setpoint within ±2 °C. The hot stage needs at least 80 °C; below 78 °C for "
                "more than 10 min the controller shows P03 and cobalt passes the reactor. Never set more than 90 °C: "
                "the lining is rated to 95 °C and the steam coil overshoots by up to 4 °C.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "The agitator must run whenever the reactor holds solution with solids. After a stop longer than 30 "
                "min, the cake settles; start the agitator only with the level at least 1.0 m above the upper "
                "impeller and watch the current. The motor current at normal load is 78-88 A (PR-80) or 108-120 A "
                "(PR-120) at 400 V.",
            ),
            ("h", "Solids in the reactor"),
            (
                "p",
                "Keep 10-40 g/L of cement solids in suspension by recycling part of the filter cake. Above 60 g/L "
                "the overflow launder silts up and the agitator current rises (P05).",
            ),
            ("h", "Zinc dust feeder"),
            (
                "p",
                "The screw feeder is volumetric. Its kg/h display is correct only after a catch test with the zinc "
                "dust in use (procedure 7.2). A different dust grade, or dust that has been damp, needs a new catch "
                "test.",
            ),
            ("h", "Gas monitors"),
            (
                "p",
                "Bump-test the hydrogen and arsine heads every week with the test gas; a head that reads more than "
                "±10 % off the test gas value is replaced. The monitors' calibration is done by the monitor maker's "
                "service every 6 months.",
            ),
            ("warn", "Never add activator to a cold stage reactor."),
        ],
    ),
    ("h", "5. Controller messages"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P01", "Level high at the overflow", "Check the overflow launder and the filter feed pump"],
            ["P02", "Level low", "Check the inlet flow; the agitator stops at 2.0 m"],
            ["P03", "Temperature below setpoint by more than 2 °C for 10 min", "Check the steam supply and the trap"],
            ["P04", "Temperature above 92 °C", "Steam valve closed; check the valve and the sensor"],
            ["P05", "Agitator current high", "Check the solids (above 60 g/L) and for scale on the impellers"],
            ["P07", "Zinc dust feeder blocked or hopper empty", "See symptom table; refill or clear the screw"],
            ["P08", "Hydrogen 10 % LEL", "Check the vent fan and the duct damper"],
            ["P09", "Hydrogen 25 % LEL", "Zinc dust feeder stopped; do not restart until below 10 % LEL"],
            ["P10", "Arsine or stibine alarm", "Activator pump stopped; evacuate the platform"],
            ["P11", "Vent fan stopped", "Zinc dust and activator feeds are blocked until the fan runs"],
        ],
        (18, 72, 80),
    ),
    ("h", "6. Symptoms and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cobalt in the hot stage outlet above the recipe target", "Temperature below 80 °C, activator not "
             "dosed, or the residence time under 20 min", "Check the temperature, the activator pump and the flow"],
            ["Cadmium rises again in the last reactor", "Cake held too long or air drawn in; the cement "
             "redissolves", "Lower the solids recycle; check the vent damper is not wide open"],
            ["Zinc dust feeder gives less than the display", "Dust damp or lumpy, or a new dust grade without a "
             "catch test", "Dry storage; repeat the catch test (7.2)"],
            ["Agitator current creeping up over weeks", "Gypsum scale on the impellers and the shell",
             "Descale (procedure 7.3)"],
            ["Foam on the surface", "Flotation reagent or organics in the solution", "Report to the site's "
             "metallurgists; do not add antifoam without their approval"],
            ["Frequent P08 alarms", "Vent fan flow low or dose too high for the solution pH", "Check the fan and "
             "the duct; check the pH (4.8-5.4)"],
        ],
        (52, 60, 58),
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Starting a reactor after a shutdown"),
    (
        "ol",
        [
            "Check that the vent fan runs and that the hydrogen and arsine monitors read normal.",
            "Fill the reactor with neutral solution to at least 1.0 m above the upper impeller, then start the "
            "agitator. Check the current is inside the range of section 4.",
            "Open the steam valve and heat to the setpoint. The hot stage must reach 80 °C before the activator and "
            "the zinc dust are started.",
            "Start the zinc dust feeder at the recipe dose, then the activator pump.",
            "Raise the flow to the design flow and take the first outlet sample after three residence times.",
        ],
    ),
    ("h", "7.2 Catch test of the zinc dust feeder"),
    (
        "ol",
        [
            "Set the feeder to 50 % speed and let it run for 2 min into the reactor.",
            "Swing the catch chute under the screw outlet and collect for exactly 60 s into the sealed catch can.",
            "Weigh the can on the platform scale and subtract the tare. Repeat at 25 % and 75 % speed.",
            "Enter the three masses in the feeder menu CAL. The controller calculates the kg/h at any speed.",
            "Check the result: a fourth catch at 50 % must agree with the display within ±3 %. If not, repeat the "
            "test.",
        ],
    ),
    ("h", "7.3 Descaling the reactor"),
    (
        "ol",
        [
            "Stop the zinc dust and the activator. Divert the feed to the other reactors.",
            "Pump the reactor out to the drain tank, keeping the agitator running until the level reaches 2.0 m.",
            "Wash the shell and the impellers with process water at up to 150 bar through the cover ports, with the "
            "vent fan running.",
            "After the confined space permit, remove the remaining scale by hand with non-sparking tools. Inspect "
            "the rubber lining; report any blister larger than 50 mm to Purvantis service.",
            "Refill and restart as in 7.1.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Temperature, agitator current, solids, gas monitor readings"],
            ["Weekly", "Bump test of the gas monitors; clean the feeder screw outlet"],
            ["Monthly", "Check the gear reducer oil level; steam trap function"],
            ["Every 3 months or when the current has risen by 10 %, whichever comes first", "Descale (7.3)"],
            ["Yearly", "Lining inspection; gear reducer oil change (ISO VG 320, 38 L PR-80, 52 L PR-120); "
             "agitator mechanical seal check by Purvantis service"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The agitator shaft seal and the lower shaft bearing are replaced only by Purvantis service; their "
        "replacement is not described here.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "PR-80", "PR-120"],
            ["Hydrofoil impeller blade set (one impeller)", "PVT-HB-19", "PVT-HB-22"],
            ["Feeder screw with flights, stainless", "PVT-FS-25", "PVT-FS-38"],
            ["Catch can with lid", "PVT-CC-01", "PVT-CC-01"],
            ["Hydrogen sensor head", "PVT-GH-02", "PVT-GH-02"],
            ["Arsine and stibine sensor head", "PVT-GA-03", "PVT-GA-03"],
            ["Steam trap, float type", "PVT-ST-40", "PVT-ST-50"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Zundora IH sinter machine ignition hood
ZUNDORA = [
    ("title", "Zundora IH-30 Ignition Hood for Lead Sinter Machines\nOperation and Maintenance Manual"),
    (
        "p",
        "Document ZDR-OM-IH30-07, Edition 1, November 2024. Zundora Sinter Technology. The IH-30 is a gas fired "
        "ignition hood for updraught lead sinter machines with pallets 2.5 m wide. Twelve burners in two rows of "
        "six fire down onto the thin ignition layer as it passes under the hood on the strand; the wind boxes under "
        "the hood draw the flame into the layer. The hood sits on its own frame across the strand and is water "
        "cooled along its side beams. The sinter strand, the pallets, the wind boxes and the main and ignition "
        "fans of the machine are covered by the sinter machine manual. The gas pressure regulating station up to "
        "the hood valve train belongs to the site, and its yearly inspection is carried out by the site's gas "
        "engineer or a gas contractor the site appoints.",
    ),
    (
        "warn",
        "DANGER: Natural gas. A lit burner inside a hood that has not been purged can cause an explosion. Never "
        "bypass the purge, the flame scanners or the gas pressure switches.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Hood length along the strand / width across the strand", "3.0 m / 2.9 m"],
            ["Pallet width served", "2.5 m"],
            ["Main burners, natural gas, nozzle mix type", "12, in two rows of 6, 350 kW each"],
            ["Total firing rate at 100 %", "4.2 MW"],
            ["Burner turndown", "40-100 %"],
            ["Pilot burners, natural gas", "2 x 40 kW"],
            ["Gas pressure at the valve train inlet, after the site's regulator", "40-60 mbar"],
            ["Combustion air fan", "11 kW, 4800 Nm³/h at 35 mbar"],
            ["Air/gas ratio, natural gas of 10 kWh/Nm³", "10.5 Nm³/Nm³ (settable 10.0-11.5)"],
            ["Surface temperature of the ignition layer leaving the hood, by pyrometer", "1050-1150 °C"],
            ["Suction in the wind boxes under the hood", "-8 to -15 mbar"],
            ["Strand speed range of the machines served", "0.8-2.5 m/min"],
            ["Side beam cooling water", "6 m³/h, outlet below 55 °C"],
            ["Roof lining, low cement castable, 1600 °C class", "200 mm"],
            ["Hood mass with lining", "14 t"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The surface temperature holds for an ignition layer of normal lead sinter mix (return sinter, lead "
        "concentrate and fluxes at 6-8 % moisture) at the design strand speed of 1.5-2.5 m/min. The composition "
        "and moisture of the ignition layer are set by the site's process engineers.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the IH-30 burner management may start or reset the hood.",
            "The burner management purges the hood with at least five air changes and never for less than 60 s "
            "before any pilot may light.",
            "A flame scanner that loses its flame closes that burner's valve within 1 s. Two burners lost in the "
            "same row close the main gas valves (H06).",
            "Lead fume deposits on the hood and burners contain lead. Wear a P3 respirator and disposable coveralls "
            "when cleaning, and follow the site's lead hygiene rules.",
            "Before work inside the hood, close and lock both manual gas valves and open the vent valve between them.",
        ],
    ),
    ("page",),
    ("h", "3. Firing settings and limits"),
    (
        "cols",
        [
            ("h", "Ignition time"),
            (
                "p",
                "Ignition time (min) = hood length (m) / strand speed (m/min). The layer needs 1.2-2.0 min under the "
                "flame: shorter gives dark, unburnt patches after the hood, longer gives a glassy, over-fused crust "
                "that blinds the bed. Example: at 2.0 m/min the time is 3.0 / 2.0 = 1.5 min.",
            ),
            ("h", "Firing rate at low strand speed"),
            (
                "p",
                "At 1.5 m/min and above, fire at the rate that gives the surface temperature in the table. If the "
                "strand must run slower than 1.5 m/min, lower the firing rate by 10 % for every 0.1 m/min below "
                "1.5 m/min, down to no less than 60 %. Slower than 1.1 m/min the hood cannot follow; ask the "
                "process engineers to change the layer.",
            ),
            ("h", "Gas pressure switches"),
            (
                "p",
                "Low gas pressure trips the hood below 30 mbar (H02), high gas pressure above 80 mbar (H03). The "
                "combustion air pressure switch trips below 20 mbar (H04).",
            ),
            ("h", "Air/gas ratio"),
            (
                "p",
                "The ratio controller holds 10.5 Nm³ of air per Nm³ of gas. Raise it toward 11.5 if the off-gas "
                "carries CO above 0.5 % after the hood; never set it below 10.0, which gives long yellow flames "
                "and soot.",
            ),
            ("h", "Side beam cooling"),
            (
                "p",
                "The side beams need at least 6 m³/h. The hood trips (H09) if the flow falls below 4 m³/h for 30 s "
                "or the outlet reaches 60 °C.",
            ),
            ("warn", "Never hold a lit hood over a stopped strand for more than 30 s above pilot fire."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Purge not completed", "Check the combustion air fan and the air damper limit switch"],
            ["H02", "Gas pressure low, below 30 mbar", "Check the site's regulator and the filter in the valve train"],
            ["H03", "Gas pressure high, above 80 mbar", "Site's regulator faulty; call the site's gas engineer"],
            ["H04", "Combustion air pressure low", "Fan, filter or damper; see procedure 7.3"],
            ["H05", "Pilot flame not proven in 5 s", "Check the igniter and the pilot gas valve"],
            ["H06", "Two burners lost in one row", "Main gas closed; find the cause before relighting"],
            ["H07", "Valve tightness check failed", "Do not start; repeat 7.2, then call Zundora service"],
            ["H09", "Side beam cooling water low or outlet 60 °C", "Restore the flow; check for a blocked strainer"],
            ["H10", "Surface temperature out of range for 2 min", "Check the strand speed and the firing rate"],
            ["H11", "Strand stopped", "Firing goes to pilot after 30 s"],
            ["H12", "Emergency stop", "All gas valves closed"],
        ],
        (18, 70, 82),
    ),
    ("h", "5. Symptoms and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Dark unburnt stripes along the strand behind the hood", "One burner out, or its tip blocked with "
             "lead fume deposits", "Check the UV scanner display of each burner; clean the burner tips (7.3)"],
            ["Whole surface dark within 1 m after the hood", "Ignition time too short or firing too low",
             "Check the strand speed against the ignition time; raise the firing rate"],
            ["Glassy, over-fused crust on the bed", "Firing too high for a slow strand",
             "Lower the firing rate as in section 3"],
            ["Long yellow flames and soot on the layer", "Too little air", "Check the ratio (10.0-11.5) and the "
             "air filter"],
            ["Flames lifting off the burner tips, noisy", "Too much air or gas pressure too high",
             "Lower the ratio; check the gas pressure (40-60 mbar)"],
            ["Cracks and spalling in the roof lining", "Cold water or cold air on the hot lining, or age",
             "Report to the refractory contractor at the next stop"],
        ],
        (52, 58, 60),
    ),
    ("h", "6. Lead fume deposits"),
    (
        "p",
        "Lead and zinc fume from the sinter mix condenses on the burner tips and the flame scanner windows. A tip "
        "whose ports are more than a third blocked gives a short flame and an unburnt stripe. On most plants the "
        "tips need cleaning every 2 weeks; plants sintering mixes above 50 % lead may need it weekly.",
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Lighting the hood"),
    (
        "ol",
        [
            "Check that the strand runs, the wind box suction is -8 to -15 mbar and the side beam water flows.",
            "Open both manual gas valves. Check the gas pressure at the inlet gauge: 40-60 mbar.",
            "Press START. The combustion air fan starts and the purge runs (at least 60 s).",
            "The two pilots light and must be proven within 5 s.",
            "Release the main burners; they light in pairs across the strand. Check each UV scanner display.",
            "Raise the firing rate to the setting for the strand speed and check the surface temperature after "
            "2 min.",
        ],
    ),
    ("h", "7.2 Valve train tightness check (weekly and after any work on the valves)"),
    (
        "ol",
        [
            "With the hood off, select TIGHTNESS TEST in the burner management menu.",
            "The first shut-off valve opens for 3 s and closes; the test space between the valves is now at line "
            "pressure.",
            "Read the pressure on the test gauge and start the clock. The pressure must not fall by more than 5 mbar "
            "in 60 s.",
            "Then the second valve opens briefly to vent the test space, and the pressure must not rise by more than "
            "5 mbar in 60 s.",
            "Record both results. A failed test leaves the hood locked (H07).",
        ],
    ),
    ("h", "7.3 Cleaning the burner tips and scanner windows"),
    (
        "ol",
        [
            "Take the hood to pilot, then off, and lock both manual gas valves.",
            "Let the burner tips cool for at least 20 min.",
            "Unscrew each UV scanner and wipe its quartz window with a dry lint-free cloth.",
            "Clean the tip ports with the brass probe set ZDR-BP-12; never enlarge a port with a drill.",
            "Clean the combustion air filter if its pressure drop exceeds 3 mbar.",
            "Refit the scanners and relight as in 7.1.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Surface temperature, flame pictures through the sight ports, beam water outlet"],
            ["Weekly", "Valve train tightness check (7.2)"],
            ["Every 2 weeks, or weekly above 50 % lead in the mix", "Clean the burner tips and scanner windows (7.3)"],
            ["Monthly", "Air filter; igniter electrode gap 2-3 mm"],
            ["Every 6 months", "Calibrate the pyrometer against the reference lamp, or have it calibrated"],
            ["At each major stop", "Roof lining inspection by the refractory contractor"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Repairs to the roof lining, including patching and relining, are carried out by the refractory contractor "
        "to the contractor's own method; this manual does not describe them.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Burner tip, heat resisting steel", "ZDR-BT-350"],
            ["UV flame scanner with quartz window", "ZDR-UV-21"],
            ["Pilot igniter electrode", "ZDR-IE-40"],
            ["Brass probe set for burner tips", "ZDR-BP-12"],
            ["Combustion air filter element", "ZDR-AF-48"],
            ["Double shut-off valve, DN 80", "ZDR-SV-80"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Keldorath VDZ vacuum dezincing units
KELDORATH = [
    ("title", "Keldorath VDZ Vacuum Dezincing Units for Lead Refining Kettles\nOperating Manual - VDZ-90 and VDZ-150"),
    (
        "p",
        "Document KLD-OM-VDZ-04, Edition 2, January 2025. Keldorath Metallurgical Equipment. After desilvering, "
        "the lead in the kettle still holds about half a percent of zinc. The VDZ unit removes most of it by vacuum "
        "distillation: a bell is set on the kettle with its skirt dipped into the lead, a stirrer inside the bell "
        "pumps lead up against the hot inner surface, zinc evaporates under vacuum and condenses as a crust on the "
        "water cooled lid. The VDZ-90 suits kettles of 90 t, the VDZ-150 kettles of 150 t; apart from the sizes, the "
        "stirrer, the pump set and the items named here, they are the same. The kettle, its burners and its "
        "temperature control are covered by the kettle manual. The lifting of the bell is done with the site's "
        "refinery crane and lifting beam, inspected under the site's own scheme.",
    ),
    (
        "warn",
        "WARNING: Condensed zinc is fine and reactive. Hot crust exposed to air can glow and burn. Always break the "
        "vacuum with nitrogen, and never lift the bell while the lid is above 150 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VDZ-90", "VDZ-150"],
            ["Kettle size, lead bullion", "90 t", "150 t"],
            ["Kettle inner diameter served", "2.9-3.1 m", "3.5-3.7 m"],
            ["Bell skirt outer diameter", "2.2 m", "2.8 m"],
            ["Skirt immersion depth in the lead", "250-300 mm", "300-350 mm"],
            ["Vacuum pump set (rotary vane backing pump and Roots booster), nominal speed", "500 m³/h", "800 m³/h"],
            ["Working pressure in the bell", "0.1 mbar or less", "0.1 mbar or less"],
            ["Stirrer motor and speed (frequency converter)", "22 kW, 180-300 rpm", "30 kW, 150-260 rpm"],
            ["Lead temperature during dezincing", "590-610 °C", "590-610 °C"],
            ["Lid cooling water, inlet 25-30 °C", "12 m³/h", "18 m³/h"],
            ["Lid cooling water outlet, highest", "50 °C", "50 °C"],
            ["Zinc crust the lid holds before stripping", "600 kg", "950 kg"],
            ["Batch time from 0.55-0.60 % Zn to 0.05 % Zn", "4-5 h", "5-6 h"],
            ["Bell mass, empty", "6.8 t", "9.5 t"],
            ["Connected load, 400 V", "45 kW", "62 kW"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The batch times hold only for lead at 590-610 °C with a starting zinc content of 0.55-0.60 % and a "
        "working pressure of 0.1 mbar or less during the last two hours. At lower lead temperatures zinc evaporates "
        "much more slowly; Keldorath does not give batch times outside the stated temperature range.",
    ),
    ("h", "2. Zinc to be removed"),
    (
        "p",
        "Zinc removed (kg) = lead in the kettle (t) x (start Zn % - end Zn %) x 10. Example: 90 t from 0.58 % to "
        "0.05 % gives 90 x 0.53 x 10 = 477 kg. Strip the lid after every batch. Two batches may be run before "
        "stripping only when the formula gives less than half the crust the lid holds for both batches together "
        "(less than 300 kg on the VDZ-90, less than 475 kg on the VDZ-150).",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Molten lead at 600 °C. Wear the refinery's full molten metal protection on the kettle platform.",
            "Water and molten lead: a leak from the lid cooling circuit into the bell can cause a steam explosion. "
            "The unit trips (V06) on low cooling water flow or a flow difference of more than 0.5 m³/h between "
            "inlet and outlet.",
            "Zinc crust is stripped only after venting with nitrogen and cooling of the lid below 150 °C.",
            "Lead exposure: follow the site's blood lead and hygiene programme. Eat, drink and smoke only in the "
            "clean areas.",
            "Lifting the bell: use only the lifting beam KLD-LB and the site's crane. Nobody under the load.",
        ],
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Skirt immersion"),
            (
                "p",
                "The skirt seals the bell against the atmosphere through the lead itself. Check the lead level "
                "before setting the bell: with too little immersion the vacuum breaks when the stirrer draws the "
                "lead up; with too much, lead is pulled over the skirt top. The level probe alarms (V03) if the "
                "immersion falls 50 mm below the range.",
            ),
            ("h", "Pump down"),
            (
                "p",
                "Start the backing pump first. The Roots booster starts automatically below 20 mbar. A healthy "
                "unit reaches 1 mbar within 15 min and 0.1 mbar within 45 min of setting the bell.",
            ),
            ("h", "Stirrer speed"),
            (
                "p",
                "Start the stirrer at the lowest speed once the pressure is below 10 mbar and raise it over 10 min "
                "to 260 rpm (VDZ-90) or 220 rpm (VDZ-150). Higher speeds splash lead onto the lid, where it locks "
                "zinc into the crust and shortens the lid's life.",
            ),
            ("h", "Lid cooling"),
            (
                "p",
                "The lid must stay cool for the zinc to condense: outlet water above 50 °C means the crust re-"
                "evaporates and zinc falls back into the lead. The flow is set with the balancing valve; do not "
                "throttle the inlet valve.",
            ),
            ("h", "End of batch"),
            (
                "p",
                "The batch is finished when a dip sample shows 0.05 % Zn or less. The site's laboratory assays the "
                "sample; the unit does not measure zinc in the lead.",
            ),
            ("warn", "Never vent the bell with air while the lid is above 150 °C."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["V01", "Backing pump overload or not running", "Check the pump motor and the oil level"],
            ["V02", "Roots booster not started below 20 mbar", "Check the pressure switch and the booster drive"],
            ["V03", "Skirt immersion low", "Check the lead level in the kettle; lower the bell if possible"],
            ["V04", "Pressure above 1 mbar after 30 min", "Leak; see symptom table"],
            ["V05", "Stirrer overload", "Lead too cold or dross under the bell; check the temperature"],
            ["V06", "Lid cooling water flow low or flow difference above 0.5 m³/h", "Stirrer and pumps off; "
             "vent with nitrogen; check for a leak into the bell"],
            ["V07", "Lid water outlet above 50 °C", "Raise the flow; check the strainer"],
            ["V08", "Lid temperature above 150 °C at venting", "Wait; do not lift the bell"],
            ["V09", "Nitrogen pressure low, below 3 bar", "Check the site's nitrogen supply"],
            ["V11", "Bell not seated (limit switch)", "Reset the bell on its three guides"],
            ["V12", "Emergency stop", "All drives off; vacuum held until vented"],
        ],
        (18, 72, 80),
    ),
    ("h", "6. Symptoms and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Pressure will not fall below 1-2 mbar", "Skirt immersion too low, the lid seal damaged, or the "
             "pump oil contaminated with zinc dust", "Check the lead level; run the leak test (7.4); change the "
             "backing pump oil"],
            ["Zinc in the lead falls slowly after a good start", "Lid too warm, zinc falling back; or the lead has "
             "cooled below 590 °C", "Check the lid water (outlet 50 °C or less) and the kettle temperature"],
            ["Lead splashes on the lid, hard crust", "Stirrer too fast", "Keep to 260 rpm (VDZ-90) or 220 rpm "
             "(VDZ-150)"],
            ["Stirrer vibrates", "Dross caught under the bell or a bent shaft", "Skim the kettle before setting "
             "the bell; check the shaft runout (no more than 1.5 mm)"],
            ["Crust glows when the bell is lifted", "Vented with air, or lifted too hot", "Vent with nitrogen; "
             "wait for the lid to cool below 150 °C"],
        ],
        (52, 58, 60),
    ),
    ("h", "7. Procedures"),
    ("h", "7.1 Setting the bell and starting a batch"),
    (
        "ol",
        [
            "Bring the lead to 590-610 °C and skim the dross off the surface.",
            "Check the lead level so that the skirt will dip 250-300 mm (VDZ-90) or 300-350 mm (VDZ-150).",
            "Lift the bell with the lifting beam and lower it onto the three kettle guides until V11 clears.",
            "Start the lid cooling water and check the flow: 12 m³/h (VDZ-90) or 18 m³/h (VDZ-150).",
            "Start the backing pump. The Roots booster follows below 20 mbar.",
            "Below 10 mbar start the stirrer and raise it to its working speed over 10 min.",
            "Log the pressure, the lead temperature and the lid water outlet every 30 min.",
        ],
    ),
    ("h", "7.2 Ending a batch and lifting the bell"),
    (
        "ol",
        [
            "When the laboratory reports 0.05 % Zn or less, stop the stirrer and wait 5 min.",
            "Close the vacuum valve and stop the Roots booster, then the backing pump.",
            "Open the nitrogen valve and vent the bell with nitrogen to atmospheric pressure.",
            "Keep the lid water running until the lid is below 150 °C (V08 clears).",
            "Lift the bell with the lifting beam and set it on its stand for stripping.",
        ],
    ),
    ("h", "7.3 Stripping the zinc crust"),
    (
        "ol",
        [
            "With the bell on its stand and the lid below 150 °C, fit the crust tray under the lid.",
            "Loosen the crust with the pneumatic scaling hammer, working from the rim to the centre.",
            "Collect the crust in closed steel bins; it returns to desilvering as the site decides.",
            "Inspect the lid surface; report cracks or pitting deeper than 3 mm to Keldorath service.",
        ],
    ),
    ("h", "7.4 Vacuum leak test"),
    (
        "ol",
        [
            "Set the bell on the test plate on its stand and fit the test seal.",
            "Pump down to below 0.1 mbar.",
            "Close the vacuum valve and note the pressure. After 5 min the rise must be no more than 1 mbar.",
            "If the rise is more, check the lid seal and the stirrer shaft seal with the helium sniffer.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Strip the crust (or every two batches, see section 2); check the skirt for erosion"],
            ["Weekly", "Backing pump oil level and colour; cooling water strainer"],
            ["Every 250 h of pumping or monthly, whichever comes first", "Change the backing pump oil (VG 100, "
             "8 L VDZ-90, 12 L VDZ-150)"],
            ["Every 3 months", "Vacuum leak test (7.4); stirrer shaft runout"],
            ["Yearly", "Roots booster and backing pump overhaul, as described in the pump maker's manual"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "VDZ-90", "VDZ-150"],
            ["Lid seal, high temperature", "KLD-LS-22", "KLD-LS-28"],
            ["Stirrer impeller", "KLD-SI-90", "KLD-SI-150"],
            ["Stirrer shaft seal (magnetic fluid type)", "KLD-SS-40", "KLD-SS-50"],
            ["Skirt segment, heat resisting steel", "KLD-SK-22", "KLD-SK-28"],
            ["Backing pump oil VG 100, 10 L", "KLD-OIL-10", "KLD-OIL-10"],
            ["Lifting beam", "KLD-LB-90", "KLD-LB-150"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("wirbelhorn-wfr-fluid-bed-zinc-roaster.pdf", "Wirbelhorn WBH-OM-WFR-03 Ed 2 - WFR-72 / WFR-96", WIRBELHORN),
        ("purvantis-pr-zinc-dust-purification-reactor.pdf", "Purvantis PVT-OM-PR-11 Ed 3 - PR-80 / PR-120", PURVANTIS),
        ("zundora-ih-lead-sinter-machine-ignition-hood.pdf", "Zundora ZDR-OM-IH30-07 Ed 1 - IH-30", ZUNDORA),
        ("keldorath-vdz-lead-vacuum-dezincing-unit.pdf", "Keldorath KLD-OM-VDZ-04 Ed 2 - VDZ-90 / VDZ-150", KELDORATH),
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
