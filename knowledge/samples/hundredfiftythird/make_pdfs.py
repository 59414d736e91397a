"""Generate the PDF manuals of the hundred-and-fifty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set153-scratch/venv && /tmp/set153-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set153-scratch/venv/bin/python knowledge/samples/hundredfiftythird/make_pdfs.py

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


# ---------------------------------------------------------------- Frostmere ITP in-tank submerged LNG pumps
FROSTMERE = [
    ("title", "Frostmere ITP In-Tank Submerged LNG Pumps\nInstallation, Operation and Maintenance - ITP-180 and ITP-300"),
    (
        "p",
        "Document FCP-OM-ITP-07, Edition 3, March 2025. Frostmere Cryogenic Pumps. The ITP-180 and ITP-300 are "
        "retrievable submerged-motor centrifugal pumps for LNG, installed at the bottom of a pump column inside a "
        "full-containment or membrane LNG storage tank. Pump and motor run fully submerged in LNG, which also cools "
        "the motor windings and lubricates the ball bearings. The pump rests on a foot valve at the bottom of the "
        "column: its weight opens the foot valve, and lifting the pump closes it, so that a pump can be retrieved "
        "while the tank stays in service. The two models share the column design, the foot valve principle, the "
        "power cable system and the protection relay; they differ in hydraulics, motor and the items shown in the "
        "tables. The storage tank, its gauging system and the tank roof platform are covered by the tank "
        "contractor's documents; the pump lifting winch has its own manual.",
    ),
    (
        "warn",
        "WARNING: The pump column holds LNG and natural gas. Never open the column head plate unless the column has "
        "been purged with nitrogen and a gas test has been made under the site's permit to work. LNG and cold "
        "nitrogen cause severe cold burns; nitrogen displaces oxygen.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ITP-180", "ITP-300"],
            ["Rated flow (LNG of 450 kg/m³ at -160 °C)", "180 m³/h", "300 m³/h"],
            ["Rated differential head", "240 m", "260 m"],
            ["Number of stages (plus inducer)", "2", "3"],
            ["Speed at 50 Hz", "2960 rpm", "2970 rpm"],
            ["Minimum continuous flow", "60 m³/h", "95 m³/h"],
            ["NPSH required at rated flow, with inducer", "1.2 m", "1.6 m"],
            ["Minimum running level, liquid above the foot valve seat", "1.4 m", "1.8 m"],
            ["Motor 3.3 kV 3~ 50 Hz, submerged, full-load current", "90 kW, 21.3 A", "160 kW, 37.9 A"],
            ["Starting current, direct on line", "6.2 x full-load current", "6.5 x full-load current"],
            ["Pump efficiency at the rated point", "0.70", "0.72"],
            ["Pump column", "DN 600 (24 in)", "DN 700 (28 in)"],
            ["Pump mass without cables", "1150 kg", "1680 kg"],
            ["Lifting cable, stainless steel, diameter", "12 mm", "14 mm"],
            ["Power cable length per pump", "up to 55 m", "up to 55 m"],
            ["Design density range of the liquid", "430-480 kg/m³", "430-480 kg/m³"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated flow and head hold for LNG of 450 kg/m³ at -160 °C with a 50 Hz supply. Data for 60 Hz supplies "
        "are not given in this manual. Each pump is delivered with its own test curve, measured at the works in "
        "liquid nitrogen and converted to LNG; that curve, not this table, is the reference for performance checks.",
    ),
    (
        "p",
        "Shaft power (kW) = flow (m³/h) x density (kg/m³) x head (m) / (367 000 x efficiency). Example: an ITP-180 "
        "at its rated point in LNG of 450 kg/m³ needs 180 x 450 x 240 / (367 000 x 0.70) = 75.7 kW. With heavier LNG "
        "the power rises in proportion to the density: at 480 kg/m³ an ITP-300 at its rated point needs 300 x 480 x "
        "260 / (367 000 x 0.72) = 141.7 kW, still inside its 160 kW motor.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the pump and holding the site's permit may start, stop or retrieve a pump.",
            "The motor is fed at 3.3 kV. Isolate, lock off and earth the supply at the switchboard before any work at "
            "the junction box on the tank roof.",
            "Never run the pump dry or in vapour: the bearings are cooled and lubricated by LNG only, and a few "
            "seconds of dry running can ruin them.",
            "Keep the column vent to the boil-off gas header open whenever the column is being cooled or filled.",
            "Retrieval lifts a cold pump out of a column full of gas: wear a face shield and cryogenic gloves, and "
            "carry a personal gas monitor near the column head.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Flow"),
            (
                "p",
                "Run each pump between its minimum continuous flow and 120 % of its rated flow. Below the minimum flow "
                "the pump heats the liquid it recirculates and vapour forms at the inducer. The minimum flow valve "
                "back to the tank opens automatically when the flow falls below 70 m³/h (ITP-180) or 110 m³/h "
                "(ITP-300). The low-flow trip (P02) acts when the flow stays below the minimum continuous flow for "
                "60 s.",
            ),
            ("h", "Level"),
            (
                "p",
                "A pump may be started only with the liquid at least 0.5 m above its minimum running level, that is "
                "1.9 m (ITP-180) or 2.3 m (ITP-300) above the foot valve seat. The low-level trip (P01) is set at the "
                "minimum running level. Level readings come from the tank gauging system, which is not part of this "
                "supply.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 3 starts per hour and no more than 10 in 24 hours. The start counter in the relay "
                "blocks a fourth start within 60 min (P09). After a trip on earth fault, do not restart before the "
                "cause is found.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "An accelerometer on the pump casing is read through the power cable system. Alarm at 7.0 mm/s RMS "
                "(P05), trip at 11.0 mm/s RMS (P06). During the first 30 s after a start readings up to 9 mm/s are "
                "normal and the alarm is suppressed.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "Normal running current lies between 60 % and 100 % of the full-load current. A current below 60 % "
                "for more than 10 s means that the pump is losing its prime (gas at the inducer); the relay then "
                "trips the pump on undercurrent (P04). Phase currents must agree within 5 %.",
            ),
            ("h", "Insulation resistance"),
            (
                "p",
                "Measured at the junction box with the pump in LNG: at least 200 MOhm at 5000 V DC, cable included. "
                "With the pump retrieved, warm and dry: at least 10 MOhm at 1000 V DC. Never test a pump at 5000 V "
                "while it is warm and wet from thawing.",
            ),
        ],
    ),
    ("h", "4. Fault codes (pump protection relay)"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "P01",
                "Low liquid level",
                "Liquid below the minimum running level above the foot valve. Restart only above the starting level.",
            ],
            [
                "P02",
                "Low flow",
                "Flow below the minimum continuous flow for 60 s. Check the minimum flow valve and the send-out "
                "demand.",
            ],
            [
                "P03",
                "Overcurrent",
                "Current above 110 % of full-load current for 5 s. Check the discharge valve position and the "
                "liquid density.",
            ],
            [
                "P04",
                "Undercurrent",
                "Current below 60 % of full-load current for 10 s: pump losing prime. Check the level and the column "
                "vent; wait 15 min before a restart.",
            ],
            ["P05", "Vibration alarm", "Above 7.0 mm/s RMS. Trend the value; plan a retrieval if it keeps rising."],
            [
                "P06",
                "Vibration trip",
                "Above 11.0 mm/s RMS. Do not restart more than once; if it trips again, retrieve the pump.",
            ],
            ["P07", "Earth fault", "Insulation failure in the cable or the motor. Measure the insulation (section 8)."],
            ["P09", "Start blocked", "Fourth start within 60 min. Wait until the relay shows the time left as 0."],
            [
                "P10",
                "Discharge pressure high",
                "Above 16 bar g: discharge valve closed or header blocked. Open the minimum flow valve.",
            ],
            [
                "P11",
                "Column not cold",
                "Column temperature above -140 °C at the start request. Continue the cooldown (section 6).",
            ],
            [
                "P12",
                "Phase unbalance",
                "Phase currents differ by more than 5 %. Check the cable terminations at the junction box.",
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
                "Current low and unsteady, discharge pressure hunting",
                "Vapour at the inducer: level close to the minimum, column not vented, or flow below the minimum for "
                "a long time",
                "Check the level and open the column vent; raise the flow above the minimum; stop the pump before P04 "
                "trips it",
            ],
            [
                "Flow well below the test curve at normal current",
                "Minimum flow valve passing, or worn wear rings",
                "Check that the minimum flow valve is shut; if the shortfall is more than 10 % of the test curve "
                "flow, plan a retrieval",
            ],
            [
                "Vibration rising slowly over weeks",
                "Bearing wear",
                "Trend weekly; retrieve the pump for a Frostmere overhaul before it reaches 11.0 mm/s",
            ],
            [
                "Pressure at the discharge but no flow after re-installation",
                "Pump not seated, foot valve still closed",
                "Slack the lifting cable fully; check the seating indicator; lift 0.3 m and lower again",
            ],
            [
                "Current high on all phases at normal flow",
                "LNG heavier than usual (rich cargo), or flow well above rated",
                "Compare the density with the design range; throttle to the rated flow",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cooldown and first start"),
    (
        "ol",
        [
            "Check that the pump is seated (seating indicator at the column head shows SEATED) and that the lifting "
            "cable has 0.5 m of slack at the cable holder.",
            "Open the column vent valve to the boil-off gas header.",
            "Open the column fill valve a little and let LNG into the column at no more than 2 m³/h until the column "
            "temperature is below -100 °C.",
            "Then raise the fill rate step by step, cooling no faster than 50 °C per hour at the column head sensor.",
            "Go on filling until the column is full and its temperature is below -140 °C. Allow at least 4 h for the "
            "whole cooldown.",
            "Measure the insulation resistance at the junction box (section 8): at least 200 MOhm at 5000 V DC.",
            "Open the minimum flow valve fully and set the discharge valve 10 % open.",
            "Check that the liquid level is at or above the starting level (1.9 m or 2.3 m above the foot valve "
            "seat).",
            "Start the pump. The current must fall to its running value within 3 s.",
            "Open the discharge valve slowly to meet the demand, keeping the flow above the minimum continuous flow.",
            "After 30 s check the vibration (below 7.0 mm/s RMS) and record current, flow, discharge pressure and "
            "vibration.",
        ],
    ),
    ("h", "7. Routine stop and restart"),
    (
        "ol",
        [
            "Reduce the flow to about the minimum continuous flow by closing the discharge valve; the minimum flow "
            "valve opens.",
            "Stop the pump and close the discharge valve. Leave the column vent to the boil-off gas header open.",
            "A pump stopped for less than 24 h with a full column may be restarted without a new cooldown. After a "
            "longer stop, check that the column is still below -140 °C.",
            "Before a restart, check the start counter: no more than 3 starts per hour.",
            "Restart as in section 6, steps 7 to 11.",
        ],
    ),
    ("h", "8. Insulation resistance check"),
    (
        "ol",
        [
            "Stop the pump; isolate, lock off and earth the 3.3 kV supply at the switchboard.",
            "At the junction box on the tank roof, disconnect the three power cores from the supply cable.",
            "Connect the insulation tester between the three cores linked together and earth.",
            "With the pump in LNG, test at 5000 V DC for 1 min and read the value: at least 200 MOhm.",
            "Test between each pair of cores in the same way.",
            "Record the values with the liquid level and temperature. A fall of more than 50 % since the last "
            "reading calls for a second test after 24 h.",
            "Discharge the cores to earth for at least 5 min, reconnect them and remove the earth.",
        ],
    ),
    ("h", "9. Retrieving a pump"),
    (
        "p",
        "A pump is retrieved for its overhaul, or after a repeated vibration or earth fault trip. The work is done "
        "under the site's permit, with the winch described in its own manual and normally with a Frostmere service "
        "engineer present. In outline:",
    ),
    (
        "ol",
        [
            "Stop and isolate the pump as in section 8, steps 1 and 2.",
            "Lift the pump 0.3 m with the winch so that the foot valve closes.",
            "Push the LNG in the column back into the tank with nitrogen at no more than 3 bar g through the purge "
            "connection.",
            "Purge the column with nitrogen until the methane reading at the vent is below 2 % by volume.",
            "Let the column warm up. Do not open the head plate while any part of the column is below -20 °C.",
            "Open the head plate and lift the pump out, taking the power cable and the lifting cable onto their reels.",
            "Lay the pump in its transport cradle and close the column with the blind flange and a new gasket.",
        ],
    ),
    (
        "p",
        "The overhaul itself (bearings, wear rings, inducer) is done only by Frostmere service in its workshop and is "
        "not described in this manual.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Record current, flow, discharge pressure and vibration; compare with the test curve"],
            ["Weekly", "Trend the vibration; check the column vent and the seating indicator"],
            ["Monthly", "Check the minimum flow valve for passing (flow through it with the valve shut)"],
            [
                "12 months",
                "Insulation resistance check (section 8); inspect the junction box seals and the lifting cable at the "
                "cable holder",
            ],
            [
                "24 000 running hours or 5 years, whichever comes first",
                "Retrieval and overhaul by Frostmere service (bearings, wear rings, inducer)",
            ],
            ["300 starts since the last overhaul", "Retrieval for a bearing inspection, even if the hours are low"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "ITP-180", "ITP-300"],
            ["Bearing set (upper and lower)", "FCP-BS-180", "FCP-BS-300"],
            ["Wear ring set", "FCP-WR-180", "FCP-WR-300"],
            ["Inducer", "FCP-IN-180", "FCP-IN-300"],
            ["Foot valve seal ring", "FCP-FV-600", "FCP-FV-700"],
            ["Lifting cable with end fittings", "FCP-LC-12", "FCP-LC-14"],
            ["Junction box seal kit", "FCP-JB-01", "FCP-JB-01"],
            ["Column head plate gasket", "FCP-HG-600", "FCP-HG-700"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Boreston BC boil-off gas compressors
BORESTON = [
    ("title", "Boreston BC Boil-Off Gas Compressors\nOperation and Maintenance - BC-8 and BC-12"),
    (
        "p",
        "Document BGM-OM-BC-11, Edition 2, June 2024. Boreston Gas Machinery. The BC-8 and BC-12 are vertical, "
        "two-stage, oil-free reciprocating compressors with labyrinth pistons for the boil-off gas (BOG) of LNG "
        "storage tanks. They take cold gas from the tank vapour header and deliver it to the BOG recondenser or to "
        "the fuel gas system. The cylinders run without lubrication; the crankcase is oil lubricated and kept apart "
        "from the cylinders by distance pieces purged with nitrogen. Both models have two first stage cylinders and "
        "one second stage cylinder; the BC-12 has larger bores and a longer stroke. The recondenser, the tank "
        "pressure control in the plant control system and the main motor have their own documents. The crankshaft, "
        "the main and connecting rod bearings and the crossheads are serviced only by Boreston.",
    ),
    (
        "warn",
        "WARNING: The compressor handles flammable gas at temperatures down to -165 °C. Before opening any part on "
        "the gas side, stop the compressor, isolate it with its double block and bleed valves, depressurise it to the "
        "flare and purge it with nitrogen until the methane reading is below 2 % by volume.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BC-8", "BC-12"],
            ["Rated capacity, suction gas at -140 °C and 1.06 bar a", "8.0 t/h", "12.0 t/h"],
            ["Suction pressure range", "1.03-1.25 bar a", "1.03-1.25 bar a"],
            ["Suction temperature, cold mode", "-165 to -100 °C", "-165 to -100 °C"],
            ["Suction temperature, warm mode (start-up, warm return gas)", "-100 to +30 °C", "-100 to +30 °C"],
            ["Maximum discharge pressure, second stage", "9.5 bar g", "10.5 bar g"],
            ["Cylinder bore, first / second stage", "520 / 340 mm", "600 / 390 mm"],
            ["Stroke", "220 mm", "250 mm"],
            ["Speed", "585 rpm", "495 rpm"],
            ["Capacity steps (unloaders and recycle)", "0-50-75-100 %", "0-25-50-75-100 %"],
            ["Main motor 6.6 kV 3~ 50 Hz", "710 kW", "1000 kW"],
            ["Crankcase oil ISO VG 150, quantity", "220 L", "310 L"],
            ["Distance piece nitrogen purge, normal total flow", "12 Nm³/h", "18 Nm³/h"],
            ["Nitrogen supply pressure", "6-8 bar g", "6-8 bar g"],
            ["Mass, compressor without motor", "34 t", "47 t"],
            ["Sound pressure level at 1 m, with the acoustic hood", "85 dB(A)", "87 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated capacity holds for boil-off gas of mainly methane at -140 °C and 1.06 bar a at the suction flange, "
        "with the compressor at 100 % load. Colder or warmer gas changes the density and so the mass flow: actual mass "
        "flow (t/h) = rated capacity (t/h) x suction density (kg/m³) / 1.58 kg/m³. Example: with suction gas at "
        "-120 °C the density is about 1.37 kg/m³, so a BC-8 moves 8.0 x 1.37 / 1.58 = 6.9 t/h. For gas with more "
        "than 5 % nitrogen, take the density from the site's gas composition data.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never start the compressor with the barring gear engaged; the start interlock (C13) must not be "
            "bridged.",
            "Keep the distance piece nitrogen purge on whenever there is gas in the cylinders, running or stopped; "
            "without it gas can reach the crankcase.",
            "In cold mode the cylinders and the suction pipe are below -100 °C. Frost on them is normal; touching "
            "them causes cold burns.",
            "Do not work on the capacity control unloaders while their instrument air is connected.",
            "Wear hearing protection inside the acoustic hood area while the compressor runs.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Cold and warm mode"),
            (
                "p",
                "The compressor runs in warm mode at start-up and whenever the suction temperature is above -100 °C; "
                "the discharge temperature limits of warm mode then apply. Change over to cold mode once the suction "
                "temperature has stayed below -110 °C for 15 min. Running in cold mode with suction gas above "
                "-100 °C is not allowed.",
            ),
            ("h", "Cylinder cooldown"),
            (
                "p",
                "Before a cold start the first stage cylinder temperature must be below -100 °C. Cool the cylinders "
                "with cold gas through the recycle line for at least 45 min (BC-8) or 60 min (BC-12). The start "
                "interlock C11 blocks the start until then.",
            ),
            ("h", "Discharge temperatures"),
            (
                "p",
                "Cold mode: first stage discharge alarm at -60 °C, trip at -45 °C; second stage alarm at 45 °C, trip "
                "at 55 °C. Warm mode: first stage alarm at 80 °C, trip at 95 °C; second stage alarm at 120 °C, trip "
                "at 135 °C. A discharge temperature more than 10 °C above its usual value at the same load points to "
                "a leaking valve on that stage.",
            ),
            ("h", "Suction pressure control"),
            (
                "p",
                "The plant control system loads and unloads the compressor to hold the tank pressure. Suction pressure "
                "setpoint 1.12 bar a, adjustable by the site between 1.08 and 1.20 bar a. Below 1.03 bar a the "
                "compressor unloads to 0 % (C01), so it never draws the tank below this value.",
            ),
            ("h", "Lube oil"),
            (
                "p",
                "Oil pressure at the end of the gallery: 3.0-4.0 bar g with warm oil. Alarm below 2.5 bar g, trip "
                "below 1.8 bar g (C06). Oil temperature after the cooler 40-55 °C; alarm above 65 °C (C07). The "
                "crankcase heater keeps the oil above 25 °C while the compressor is stopped.",
            ),
            ("h", "Starts and load steps"),
            (
                "p",
                "No more than 2 starts per hour. Start unloaded (0 %) only and load no faster than one step every 60 s. "
                "Running at 0 % load for more than 30 min heats the recycled gas; stop the compressor instead.",
            ),
            ("h", "Distance piece purge"),
            (
                "p",
                "Nitrogen supply 6-8 bar g, reduced to 0.5 bar g in the distance pieces. Alarm below 0.3 bar g (C08). "
                "A purge flow more than double the normal value points to worn packing rings.",
            ),
        ],
    ),
    ("h", "4. Alarm and trip codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["C01", "Suction pressure low", "Below 1.03 bar a. Compressor unloads to 0 %; loads again at 1.06 bar a."],
            [
                "C02",
                "Suction pressure high",
                "Above 1.25 bar a. Check that the load steps follow the demand; the tank pressure control takes over.",
            ],
            [
                "C03",
                "Discharge pressure high",
                "Above 9.5 bar g (BC-8) or 10.5 bar g (BC-12). Check the recondenser pressure and the discharge "
                "valve.",
            ],
            [
                "C04",
                "First stage discharge temperature",
                "Above the trip value of the mode in use. Check the first stage valves.",
            ],
            [
                "C05",
                "Second stage discharge temperature",
                "Above the trip value of the mode in use. Check the second stage valves and the mode selected.",
            ],
            [
                "C06",
                "Lube oil pressure low",
                "Below 1.8 bar g. Check the oil level, the oil filter differential pressure and the oil pump.",
            ],
            ["C07", "Lube oil temperature high", "Above 65 °C. Check the cooler water flow and the thermostatic valve."],
            [
                "C08",
                "Distance piece purge low",
                "Nitrogen below 0.3 bar g. Check the nitrogen supply and the reducing valve.",
            ],
            [
                "C09",
                "Frame vibration high",
                "Alarm at 12 mm/s, trip at 18 mm/s RMS. Check for loose parts before a restart.",
            ],
            [
                "C11",
                "Cylinders not cold",
                "First stage cylinder above -100 °C at a cold start request. Go on with the cooldown.",
            ],
            ["C12", "Motor winding temperature", "Above 130 °C. See the motor maker's manual."],
            ["C13", "Barring gear engaged", "Start blocked. Disengage the barring gear and lock it OUT."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Discharge temperature of one stage creeping up at the same load",
                "Leaking suction or discharge valve on that stage",
                "Compare the valve cover temperatures; the warmest cover marks the leaking valve; replace it "
                "(section 8)",
            ],
            [
                "Capacity low and tank pressure rising at 100 % load",
                "An unloader stuck open, or the recycle valve passing",
                "Check the unloader position indicators and the recycle valve",
            ],
            [
                "Knock once per revolution",
                "Loose piston nut or crosshead, or liquid in a cylinder",
                "Stop at once; do not restart before Boreston service has checked the compressor",
            ],
            [
                "Purge flow more than double the normal value",
                "Piston rod packing rings worn",
                "Plan a packing change; check the purge every shift until then",
            ],
            [
                "Oil in the distance piece drain",
                "Oil wiper rings worn",
                "Replace the oil wiper rings at the next stop",
            ],
            [
                "No frost on the first stage suction pipe in cold mode",
                "Suction gas warmer than expected (warm return gas from a ship or a truck bay)",
                "Check the suction temperature; change to warm mode if it is above -100 °C",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cooldown and cold start"),
    (
        "ol",
        [
            "Check the crankcase oil level (middle of the sight glass) and that the heater has kept the oil above "
            "25 °C.",
            "Switch on the nitrogen purge and check 0.5 bar g in the distance pieces.",
            "Start the auxiliary oil pump; the oil pressure must reach at least 3.0 bar g.",
            "Turn the crankshaft one full revolution with the barring gear, then disengage it and lock it OUT.",
            "Open the suction valve and the recycle valve and let cold gas flow through the cylinders for at least "
            "45 min (BC-8) or 60 min (BC-12).",
            "When the first stage cylinder is below -100 °C, select cold mode and capacity 0 %.",
            "Start the main motor; the auxiliary oil pump stops when the shaft-driven pump takes over.",
            "Open the discharge valve and load one step every 60 s up to the load asked by the tank pressure "
            "control.",
            "After 30 min record the suction and discharge pressures and temperatures of both stages.",
        ],
    ),
    ("h", "7. Stopping and preparing for maintenance"),
    (
        "ol",
        [
            "Unload to 0 % and stop the main motor.",
            "Close the suction and discharge valves and open the bleeds between the double block valves.",
            "Depressurise the compressor to the flare down to 0.1 bar g.",
            "Pressurise with nitrogen to 3 bar g and vent to the flare; repeat until the methane reading is below 2 % "
            "by volume, normally 4 to 5 times.",
            "Let the cylinders warm to above 0 °C before opening them; this takes 12 to 16 h.",
            "Keep the distance piece purge on until the cylinders are open.",
            "Isolate and lock off the main motor and the auxiliary oil pump.",
        ],
    ),
    ("h", "8. Replacing a suction or discharge valve"),
    (
        "ol",
        [
            "Prepare the compressor as in section 7.",
            "Remove the valve cover nuts crosswise and lift off the cover.",
            "Remove the valve cage and pull the valve out with the valve puller BGM-VP-2; mark its port.",
            "Check the seat in the cylinder for scores; a scored seat must be lapped by Boreston service.",
            "Check the marking S or D on the new or reconditioned valve: a suction valve fitted in a discharge port "
            "destroys the cylinder.",
            "Fit a new valve seal, the valve and the valve cage; tighten the valve centre bolt to 180 Nm (BC-8) or "
            "240 Nm (BC-12).",
            "Fit the cover with a new cover seal. Tighten the cover nuts crosswise in three steps: to 320 Nm on the "
            "BC-8, or to 420 Nm on the BC-12.",
            "Purge with nitrogen, leak test at 6 bar g with leak detection spray, and record the valve change.",
        ],
    ),
    (
        "p",
        "Other tightening torques (piston nut, crosshead, connecting rod) are given in the Boreston service manual, "
        "which is issued to trained service staff only.",
    ),
    ("h", "9. Checking the distance piece purge"),
    (
        "ol",
        [
            "With the compressor running in cold mode, read the purge flow on each distance piece rotameter and add "
            "them up.",
            "Compare the total with the normal flow: 12 Nm³/h (BC-8) or 18 Nm³/h (BC-12).",
            "Check the distance piece vents with a portable gas detector.",
            "A total flow more than double the normal value, or more than 1 % methane by volume at a vent, calls for "
            "a packing change at the next stop.",
            "Record the flows and readings in the compressor log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Record pressures, temperatures, oil pressure, purge flow and vibration"],
            ["Weekly", "Check the oil level and the oil filter differential pressure (change the element above 1.0 bar)"],
            ["4000 h", "Inspect the suction and discharge valves; replace plates and springs as needed"],
            ["8000 h or 12 months, whichever comes first", "Change the crankcase oil and filter; take an oil sample"],
            ["16 000 h", "Replace the piston rod packing rings and the oil wiper rings"],
            [
                "32 000 h",
                "Major overhaul by Boreston service: crankshaft, main and connecting rod bearings, crossheads",
            ],
            ["As the motor maker states", "Main motor bearings and greasing, per the motor maker's manual"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BC-8", "BC-12"],
            ["Suction valve, first stage", "BGM-SV1-08", "BGM-SV1-12"],
            ["Discharge valve, first stage", "BGM-DV1-08", "BGM-DV1-12"],
            ["Suction valve, second stage", "BGM-SV2-08", "BGM-SV2-12"],
            ["Discharge valve, second stage", "BGM-DV2-08", "BGM-DV2-12"],
            ["Valve plate and spring set", "BGM-VK-08", "BGM-VK-12"],
            ["Piston rod packing set", "BGM-PK-08", "BGM-PK-12"],
            ["Oil wiper ring set", "BGM-OW-08", "BGM-OW-12"],
            ["Oil filter element", "BGM-OF-2", "BGM-OF-2"],
            ["Valve puller", "BGM-VP-2", "BGM-VP-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Quellenby RC-40 BOG recondenser
QUELLENBY = [
    ("title", "Quellenby RC-40 Boil-Off Gas Recondenser\nOperating and Maintenance Manual"),
    (
        "p",
        "Document QPV-OM-RC40-02, Edition 2, January 2025. Quellenby Process Vessels. The RC-40 is a vertical "
        "packed-bed recondenser. Boil-off gas (BOG) from the BOG compressors enters below the packing and rises "
        "through it against a stream of subcooled LNG from the in-tank pumps, which condenses it. The liquid collects "
        "in the bottom section, which also serves as the suction drum of the high-pressure send-out pumps. An LNG "
        "bypass around the vessel lets the in-tank pumps feed the send-out pumps directly while the recondenser is "
        "out of service. The compressors, the in-tank pumps and the send-out pumps have their own manuals. The "
        "control loops run in the plant control system; their tuning is the work of the site's control engineer.",
    ),
    (
        "warn",
        "WARNING: The RC-40 is a pressure vessel holding LNG and natural gas at up to 14 bar g. Its low-low level trip "
        "protects the send-out pumps against running dry: never bypass it while a send-out pump is running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RC-40"],
            ["Design pressure", "14.0 bar g"],
            ["Design temperature", "-196 °C to +65 °C"],
            ["Normal operating pressure", "6.0-9.0 bar g"],
            ["Inside diameter x height, tangent to tangent", "2400 mm x 12 000 mm"],
            ["Packing", "50 mm stainless steel pall rings, bed height 4.0 m"],
            ["BOG condensing capacity, design", "12 t/h"],
            ["LNG to the packing, maximum", "110 t/h"],
            ["LNG through the bottom section to the send-out pumps, maximum", "650 t/h"],
            ["Working volume of the bottom section, low-low to high-high level", "38 m³"],
            ["Safety valves, 2 x 100 %", "set at 14.0 bar g, relieving to the flare"],
            ["Empty mass / operating mass at normal level", "31 t / 46 t"],
            ["Insulation", "PIR foam 200 mm with vapour barrier and cladding"],
        ],
        (100, 70),
    ),
    (
        "p",
        "How much LNG is needed to condense the BOG depends on how far the LNG is subcooled at the vessel pressure. "
        "LNG to the packing (t/h) = BOG flow (t/h) x condensing ratio. The design condensing ratio is 8.0, for LNG "
        "entering at -158 °C with the vessel at 7.0 bar g and BOG entering at up to 30 °C. Example: 6.0 t/h of BOG "
        "needs 6.0 x 8.0 = 48 t/h of LNG through the packing; the full 12 t/h needs 96 t/h, within the 110 t/h "
        "maximum. Ratios for other vessel pressures and LNG temperatures are worked out by the Quellenby process "
        "department for each site and are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Operate the recondenser only from the plant control system and only with the send-out pump trips in "
            "service.",
            "The safety valves relieve to the flare. Never isolate both at once; the change-over valve lets one be "
            "removed while the other stays in service.",
            "The vessel and its nozzles are below -150 °C in service. Keep off the insulation and report any ice "
            "patch on the cladding, which shows an insulation or vapour barrier failure.",
            "Vessel entry needs the site's confined space permit, a vessel isolated by spades and a gas-free "
            "certificate.",
        ],
    ),
    ("h", "3. Control settings and limits"),
    (
        "cols",
        [
            ("h", "Level"),
            (
                "p",
                "Normal level 45-55 % of the level range. Alarm high at 75 % (R01); trip high-high at 85 % (R02), "
                "which closes the BOG inlet valve. Alarm low at 25 % (R03); trip low-low at 15 % (R04), which stops "
                "the send-out pumps. The two level transmitters must agree within 5 % of range; otherwise R11 shows "
                "and the control uses the lower reading.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "The vessel pressure is held by the LNG flow to the packing and by the make-up gas valve. Setpoint "
                "between 6.0 and 9.0 bar g; never run below 6.0 bar g, which the send-out pumps need as suction "
                "pressure. Alarm high at 12.0 bar g (R05), alarm low at 5.5 bar g (R06).",
            ),
            ("h", "Subcooling margin"),
            (
                "p",
                "The liquid leaving the bottom must stay at least 3 °C colder than its bubble point at the vessel "
                "pressure. The control system works out the margin from the pressure and the outlet temperature; "
                "alarm below 3 °C (R08). If the margin falls, raise the LNG flow to the packing or lower the BOG "
                "flow.",
            ),
            ("h", "BOG inlet"),
            (
                "p",
                "BOG inlet temperature no higher than 40 °C; alarm at 45 °C (R09), when the BOG inlet valve also "
                "closes. BOG flow no more than 12 t/h.",
            ),
            ("h", "Cooling and warming rates"),
            (
                "p",
                "No faster than 30 °C per hour at any skin thermocouple, and no more than 50 °C between the top and "
                "the bottom skin thermocouples at any time.",
            ),
            ("h", "Packing"),
            (
                "p",
                "Differential pressure across the packing normally 0.02-0.08 bar. Above 0.15 bar the packing is "
                "flooding.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["R01", "Level high", "Level above 75 %. Check the outlet flow to the send-out pumps and the LNG flow."],
            ["R02", "Level high-high", "Level above 85 %: BOG inlet valve closed. Lower the LNG flow to the packing."],
            ["R03", "Level low", "Level below 25 %. Check the bypass valve and the in-tank pump flow."],
            ["R04", "Level low-low", "Level below 15 %: send-out pumps stopped. Refill before a restart."],
            ["R05", "Pressure high", "Above 12.0 bar g. Check the BOG flow and the LNG flow controller."],
            ["R06", "Pressure low", "Below 5.5 bar g. Check the make-up gas valve; reduce the LNG flow to the packing."],
            [
                "R08",
                "Subcooling low",
                "Margin below 3 °C. Raise the LNG flow to the packing or lower the BOG flow.",
            ],
            ["R09", "BOG inlet temperature high", "Above 45 °C: BOG inlet valve closed. Check the compressor mode."],
            [
                "R10",
                "Bypass valve open",
                "LNG bypass valve not closed while in recondensing mode. Check its position and limit switch.",
            ],
            [
                "R11",
                "Level transmitters disagree",
                "Difference above 5 % of range. Check the impulse lines and the transmitters.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pressure swinging by more than 0.5 bar every few minutes",
                "Level and pressure controllers fighting; the LNG flow to the packing cycling",
                "Put the LNG flow to the packing in manual; have the site's control engineer check the tuning",
            ],
            [
                "Subcooling margin falling while the BOG flow is steady",
                "LNG to the packing warmer than design (low in-tank pump flow, long warm line)",
                "Raise the LNG flow to the packing; check the LNG temperature at the inlet",
            ],
            [
                "Level falling with a steady send-out",
                "Bypass valve passing, or the send-out pumps taking more than the in-tank pumps give",
                "Check the bypass valve; match the in-tank pump flow to the send-out",
            ],
            [
                "Packing differential pressure above 0.15 bar",
                "Packing flooded: too much LNG or BOG for the bed",
                "Reduce the LNG flow to the packing and check the ratio against the BOG flow",
            ],
            [
                "BOG inlet temperature high just after a compressor start",
                "Compressor still in warm mode",
                "Normal for a short time; the BOG inlet valve closes at 45 °C",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cooling down the recondenser"),
    (
        "ol",
        [
            "Check that the vessel has been purged with nitrogen (oxygen below 2 % by volume) and holds nitrogen at "
            "about 0.5 bar g.",
            "Line up the vent to the BOG header.",
            "Spray LNG through the cooldown nozzle at the top at no more than 1.5 t/h.",
            "Watch the skin thermocouples: no faster than 30 °C per hour, and no more than 50 °C between top and "
            "bottom.",
            "When all skin thermocouples read below -130 °C, raise the spray to 5 t/h and let liquid collect in "
            "the bottom section.",
            "Stop the spray when the level reaches 30 %. The whole cooldown takes 10 to 14 h.",
        ],
    ),
    ("h", "7. Putting the recondenser into service"),
    (
        "ol",
        [
            "Check that the level is between 30 % and 55 % and the pressure at least 6.0 bar g; raise the pressure "
            "with make-up gas if needed.",
            "Open the LNG inlet to the packing and set the LNG flow controller to manual at 20 t/h.",
            "Open the outlet to the send-out pump suction header.",
            "Close the LNG bypass valve slowly, over at least 5 min, watching the send-out pump suction pressure.",
            "Open the BOG inlet valve when the compressor delivers, and put the LNG flow to the packing on ratio "
            "control at 8.0.",
            "Check the subcooling margin: at least 3 °C.",
            "Put the level and pressure controllers on automatic.",
        ],
    ),
    ("h", "8. Switching to bypass"),
    (
        "ol",
        [
            "Unload the BOG compressors, or send the BOG to the fuel gas system.",
            "Close the BOG inlet valve.",
            "Open the LNG bypass valve slowly, over at least 5 min.",
            "Close the LNG inlet to the packing and the outlet valve.",
            "Keep the vessel cold with a spray of about 0.5 t/h, or let it warm up under pressure control with the "
            "safety valves in service.",
        ],
    ),
    ("h", "9. Isolating and warming up for inspection"),
    (
        "ol",
        [
            "Switch to bypass (section 8) and drain the liquid back to the tank through the drain line.",
            "Depressurise to the flare down to 0.2 bar g.",
            "Warm the vessel with nitrogen of no more than 40 °C at the inlet, keeping to the rates of section 3.",
            "Purge until the methane reading is below 1 % by volume at every sample point.",
            "Fit the spades listed in the isolation list. Do not open a manway before the site's entry permit is "
            "issued.",
        ],
    ),
    (
        "p",
        "The internal inspection itself and its interval are set by the site's inspection body under the pressure "
        "equipment rules that apply to the site.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check level, pressure, subcooling margin and packing differential pressure"],
            ["Monthly", "Compare the two level transmitters; check the skin thermocouples"],
            [
                "6 months",
                "Function test of the low-low level trip (send-out pumps stop) with the site's instrument technicians",
            ],
            ["3 years", "Safety valves removed and tested by a certified valve workshop; fit the spare set meanwhile"],
            ["As set by the site's inspection body", "Internal inspection of the vessel and the packing"],
            [
                "10 years, or sooner when the differential pressure stays above 0.15 bar",
                "Packing removed and checked for crushed rings",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Safety valve, spare set of two", "QPV-SV-14"],
            ["Level transmitter, differential pressure, with capillaries", "QPV-LT-40"],
            ["Skin thermocouple type T with clamp", "QPV-TC-T"],
            ["Pall ring packing 50 mm, per m³", "QPV-PR-50"],
            ["Cooldown spray nozzle", "QPV-CN-40"],
            ["Manway gasket DN 600", "QPV-MG-600"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Velmarck HSP high-pressure send-out pumps
VELMARCK = [
    ("title", "Velmarck HSP High-Pressure LNG Send-Out Pumps\nOperation and Maintenance - HSP-10 and HSP-14"),
    (
        "p",
        "Document VCP-OM-HSP-05, Edition 1, October 2024. Velmarck Cryogenic Pumps. The HSP-10 and HSP-14 are "
        "vertical multistage centrifugal pumps with a submerged motor, mounted in an insulated suction vessel (the "
        "pump pot). They take LNG from the recondenser or the send-out header at 6.0-9.0 bar g and raise it to the "
        "pressure of the vaporisers and the gas grid. The HSP-10 has ten stages and the HSP-14 fourteen; the pot, "
        "inducer, motor frame and protection relay are alike. A balance drum takes most of the axial thrust. The "
        "vaporisers, the recondenser and the pot safety valves are covered by their own documents; the grid pressure "
        "limits are the grid operator's.",
    ),
    (
        "warn",
        "WARNING: The discharge side holds LNG at up to 137 bar g. Never loosen a flange, plug or gland on the pot or "
        "the discharge line unless the pump is stopped, isolated, depressurised to the flare and purged. The motor is "
        "fed at 6.6 kV.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HSP-10", "HSP-14"],
            ["Rated flow (LNG of 450 kg/m³)", "240 m³/h", "240 m³/h"],
            ["Rated differential head", "1650 m", "2300 m"],
            ["Shut-off head", "1950 m", "2720 m"],
            ["Number of stages", "10", "14"],
            ["Speed at 50 Hz", "2980 rpm", "2980 rpm"],
            ["Minimum continuous flow", "75 m³/h", "85 m³/h"],
            ["NPSH required at rated flow", "3.5 m", "4.0 m"],
            ["Suction pressure range", "6.0-9.0 bar g", "6.0-9.0 bar g"],
            ["Highest discharge pressure, at shut-off with LNG of 480 kg/m³ and 9.0 bar g suction", "101 bar g", "137 bar g"],
            ["Design pressure of pump casing and discharge head", "110 bar g", "150 bar g"],
            ["Motor 6.6 kV 3~ 50 Hz, submerged, full-load current", "750 kW, 83 A", "1050 kW, 116 A"],
            ["Pump efficiency at the rated point", "0.75", "0.75"],
            ["Pump mass with motor", "3200 kg", "4100 kg"],
            ["Pot volume", "2.1 m³", "2.6 m³"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Discharge pressure (bar g) = suction pressure (bar g) + head (m) x density (kg/m³) x 0.0000981. Example: an "
        "HSP-10 at its rated point with LNG of 450 kg/m³ and 8.0 bar g suction gives 8.0 + 1650 x 450 x 0.0000981 = "
        "8.0 + 72.8 = 80.8 bar g. Each pump's performance curve is in its test report, delivered with the pump; "
        "flows at other discharge pressures must be read from that curve.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Start and stop the pumps only from the plant control system or the local panel, never by the breaker.",
            "Never run a pump with its pot vent line closed off from the recondenser vapour space.",
            "Never start against a closed discharge valve and a closed minimum flow valve at the same time: the pump "
            "reaches shut-off pressure within seconds.",
            "Cold surfaces below -150 °C: wear cryogenic gloves and a face shield at the pot and its valves.",
            "Isolate, lock off and earth the 6.6 kV supply before work at the pot top plate junction box.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Flow"),
            (
                "p",
                "Run between the minimum continuous flow and 110 % of the rated flow, that is 264 m³/h. The minimum "
                "flow valve returns LNG to the recondenser; it opens below 90 m³/h (HSP-10) or 100 m³/h (HSP-14). The "
                "low-flow trip (H04) acts after 30 s below the minimum continuous flow.",
            ),
            ("h", "Suction"),
            (
                "p",
                "Suction pressure no lower than 6.0 bar g while running. The low suction pressure trip (H02) acts at "
                "5.0 bar g for 5 s. The pot level switch must show the pot full; it stops the pump at once if it sees "
                "gas (H03).",
            ),
            ("h", "Cooldown"),
            (
                "p",
                "Cool the pot and pump with LNG through the cooldown line, vented to the recondenser vapour space, no "
                "faster than 40 °C per hour at the pot skin. A pump may be started once the pot skin is below "
                "-150 °C and the level switch has shown the pot full for 10 min.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 2 starts per hour, and at least 15 min between two starts (H10).",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Measured on the pot top plate: alarm at 5.0 mm/s RMS (H06), trip at 8.0 mm/s RMS (H07).",
            ),
            ("h", "Thrust and part load"),
            (
                "p",
                "The balance drum keeps the thrust bearing load low only between 60 % and 110 % of the rated flow. "
                "Running below 60 % for more than 2 h in a day shortens the bearing life; log such hours for the "
                "overhaul.",
            ),
            ("h", "Motor current"),
            (
                "p",
                "Running current 55-100 % of the full-load current. Below 45 % for 5 s the pump trips on undercurrent "
                "(H05): gas in the pump.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Overcurrent", "Above 110 % of full-load current for 5 s. Check the flow and the LNG density."],
            ["H02", "Suction pressure low", "Below 5.0 bar g for 5 s. Check the recondenser pressure and level."],
            ["H03", "Pot level low", "Level switch sees gas: pump stopped at once. Vent and refill the pot."],
            ["H04", "Low flow", "Below the minimum continuous flow for 30 s. Check the minimum flow valve."],
            ["H05", "Undercurrent", "Below 45 % of full-load current for 5 s: gas in the pump. Vent the pot."],
            ["H06", "Vibration alarm", "Above 5.0 mm/s RMS. Trend it; compare with the last overhaul."],
            ["H07", "Vibration trip", "Above 8.0 mm/s RMS. Do not restart before the cause is found."],
            [
                "H08",
                "Discharge pressure high",
                "Above 95 bar g (HSP-10) or 130 bar g (HSP-14): discharge valve closed or vaporiser inlet blocked.",
            ],
            [
                "H10",
                "Start blocked",
                "Third start within 60 min, or less than 15 min since the last start. Wait for the timer.",
            ],
            ["H11", "Earth fault", "Insulation failure in the motor or cable. Measure the insulation resistance."],
            ["H12", "Pot not cold", "Pot skin above -150 °C at the start request. Go on with the cooldown."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Discharge pressure below the curve at the same flow, current low",
                "Gas in the pump: pot not fully vented, or suction pressure close to the limit",
                "Vent the pot to the recondenser vapour space; raise the recondenser pressure",
            ],
            [
                "Vibration high after each start, normal once steady",
                "Starting with the discharge valve shut or the minimum flow valve closed",
                "Start with the minimum flow valve open and the discharge valve 10 % open",
            ],
            [
                "Motor current rising over months at the same duty",
                "Wear ring clearances growing, thrust bearing load rising",
                "Compare with the test report; plan an overhaul when the current is 8 % or more above it",
            ],
            [
                "Standby pump trips on pot level during a switchover",
                "Pot vent closed, or gas from a warm line reaching the level switch",
                "Cool the standby pot longer with the vent open; check the vent valve",
            ],
            [
                "Frost on the pot top plate flange",
                "Top plate gasket or cable gland leaking cold gas",
                "Check with a gas detector; tighten only with the pot depressurised",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Cooldown and start"),
    (
        "ol",
        [
            "Check that the suction and discharge valves are shut and the pot vent to the recondenser vapour space is "
            "open.",
            "Open the cooldown valve and cool pot and pump no faster than 40 °C per hour at the pot skin.",
            "When the pot skin is below -150 °C, open the suction valve slowly and fill the pot until the level "
            "switch shows full.",
            "Wait at least 10 min with the pot full and the vent open.",
            "Open the minimum flow valve fully and set the discharge valve 10 % open.",
            "Check the suction pressure: at least 6.0 bar g.",
            "Start the pump; the current falls to its running value within 4 s.",
            "Open the discharge valve to meet the flow asked by the vaporisers, keeping at least the minimum "
            "continuous flow.",
            "After 30 s check the vibration (below 5.0 mm/s) and record flow, pressures, current and vibration.",
        ],
    ),
    ("h", "7. Stopping"),
    (
        "ol",
        [
            "Reduce the flow towards the minimum continuous flow; the minimum flow valve opens.",
            "Close the discharge valve to 10 % open.",
            "Stop the pump, then close the discharge valve fully.",
            "For a restart within 12 h, leave the suction valve open and the pot cold. Otherwise close the suction "
            "valve and let the pot warm with the vent open.",
        ],
    ),
    ("h", "8. Switching over to the standby pump"),
    (
        "ol",
        [
            "Cool the standby pump as in section 6, steps 1 to 4, and hold it with the pot full.",
            "Start it on minimum flow (section 6, steps 5 to 7).",
            "Open the standby pump's discharge valve while closing the running pump's, in steps of about 20 m³/h, so "
            "that the total send-out stays steady.",
            "When the standby pump carries the load, stop the other pump as in section 7.",
            "Record the switchover time and the lowest header pressure seen.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Record flow, suction and discharge pressures, current and vibration"],
            ["Monthly", "Change the duty pump, so that each pump runs at least 1 h a month"],
            [
                "12 months",
                "Insulation resistance of motor and cable at 5000 V DC, at least 100 MOhm with the pump cold in LNG; "
                "test the H02 and H03 trips",
            ],
            [
                "20 000 h or 4 years, whichever comes first",
                "Pump pulled from the pot; bearings, wear rings and balance drum checked by Velmarck service",
            ],
            [
                "Current 8 % or more above the test report at the same duty",
                "Overhaul by Velmarck service, even before 20 000 h",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "Pulling the pump from the pot and the overhaul, including the balance drum, are done by Velmarck service "
        "and are not described in this manual.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HSP-10", "HSP-14"],
            ["Bearing set", "VCP-BS-10", "VCP-BS-14"],
            ["Wear ring set", "VCP-WR-10", "VCP-WR-14"],
            ["Balance drum and sleeve", "VCP-BD-10", "VCP-BD-14"],
            ["Inducer", "VCP-IN-01", "VCP-IN-01"],
            ["Top plate gasket", "VCP-TG-01", "VCP-TG-01"],
            ["Cable gland seal kit", "VCP-CG-01", "VCP-CG-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("frostmere-itp-in-tank-submerged-lng-pump.pdf", "Frostmere FCP-OM-ITP-07 Ed 3 - ITP-180 / ITP-300", FROSTMERE),
        ("boreston-bc-boil-off-gas-compressor.pdf", "Boreston BGM-OM-BC-11 Ed 2 - BC-8 / BC-12", BORESTON),
        ("quellenby-rc-bog-recondenser.pdf", "Quellenby QPV-OM-RC40-02 Ed 2 - RC-40", QUELLENBY),
        ("velmarck-hsp-high-pressure-send-out-pump.pdf", "Velmarck VCP-OM-HSP-05 Ed 1 - HSP-10 / HSP-14", VELMARCK),
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
