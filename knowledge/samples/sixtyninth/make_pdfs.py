"""Generate the PDF manuals of the sixty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set69venv && /tmp/set69venv/bin/pip install fpdf2 pypdf
    /tmp/set69venv/bin/python knowledge/samples/sixtyninth/make_pdfs.py

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


# ---------------------------------------------------------------- Coravell CSH cold box core shooters
CORAVELL = [
    ("title", "Coravell CSH Cold Box Core Shooters\nOperation and Maintenance - CSH-25 and CSH-40"),
    (
        "p",
        "Document CRV-OM-CSH-04, Edition 3, March 2025. Coravell Foundry Machines. The CSH-25 and CSH-40 make sand "
        "cores by the cold box (amine) process: sand mixed with a two-part phenolic urethane binder is shot into a "
        "core box with compressed air, cured with amine vapour carried by heated nitrogen, and purged with dry air. "
        "The core box is clamped horizontally (vertical parting line) and vertically. Apart from the shot volume, "
        "the core box size, the clamping forces, the hydraulic unit and the items named in this manual, the two "
        "models are built alike. The sand mixer, the amine scrubber, the compressed air and nitrogen supply and the "
        "storage of amine are not part of the machine; they are covered by their own documents and by the site.",
    ),
    (
        "warn",
        "WARNING: Amine (DMEA or DMIPA) is highly flammable and its vapour irritates the eyes and the airways. "
        "Never run a gassing cycle unless the scrubber shows READY and the gassing hood is closed. Never reach past "
        "the light curtain; setters use the setting mode at reduced speed with the hold-to-run button.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CSH-25", "CSH-40"],
            ["Shot volume (sand magazine)", "25 L", "40 L"],
            ["Maximum core mass, at a sand bulk density of 1.4 kg/L", "35 kg", "56 kg"],
            ["Core box, maximum width x height x depth", "800 x 600 x 500 mm", "1000 x 800 x 600 mm"],
            ["Core box mass, maximum (both halves with blow plate)", "600 kg", "1000 kg"],
            ["Horizontal clamping force at 160 bar", "60 kN", "100 kN"],
            ["Vertical clamping force at 160 bar", "80 kN", "120 kN"],
            ["Shot pressure, settable", "2.0-6.0 bar", "2.0-6.0 bar"],
            ["Shot tank volume", "120 L", "200 L"],
            ["Shot air per cycle, tank refilled from 2.5 to 6.0 bar", "420 NL", "700 NL"],
            ["Compressed air at the machine inlet, during the shot", "at least 6.5 bar", "at least 6.5 bar"],
            ["Nitrogen for the amine generator", "4.0-6.0 bar, 99.5 %", "4.0-6.0 bar, 99.5 %"],
            ["Carrier gas temperature at the gassing plate", "90 °C ±5 °C", "90 °C ±5 °C"],
            ["Hydraulic unit", "7.5 kW, 160 bar", "11 kW, 160 bar"],
            ["Hydraulic oil HLP 46, tank", "120 L", "160 L"],
            ["Supply 400 V 3~ 50 Hz, fuse", "25 A gG", "32 A gG"],
            ["Typical cycle time", "30-45 s", "40-60 s"],
            ["Machine mass", "4.8 t", "6.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum core mass and the cycle times hold for silica sand with 1.2 % total binder (Part 1 and Part 2 "
        "in the ratio 55:45) and cores with walls up to 60 mm thick. Zircon and chromite sands are heavier: with "
        "them the shot volume, not the core mass, is the limit. The clamping forces are reached only at the full "
        "hydraulic pressure of 160 bar with the oil at 35-55 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. The setting mode key is issued to setters only.",
            "Keep the amine drum in the bunded, ventilated cabinet next to the generator. Refilling, storage "
            "quantities and the gas detection in the core shop are set by the site under its hazardous substances "
            "rules. No ignition source within 3 m of the amine generator.",
            "Before working between the core box halves: stop the machine, lock off the main switch and the air "
            "supply, release the shot tank (gauge at 0 bar) and fit the safety bar under the vertical clamp.",
            "The carrier gas lines and the gassing plate run at up to 100 °C. Wear gloves when touching them.",
            "Wear eye protection and nitrile gloves when handling binder, release agent or amine; follow the safety "
            "data sheets of the binder supplier.",
        ],
    ),
    ("h", "3. Shooting and gassing settings"),
    (
        "cols",
        [
            ("h", "Shot pressure and time"),
            (
                "p",
                "Start a new core box at 3.5 bar and 1.0 s. Raise the pressure in steps of 0.5 bar until the core "
                "is filled and hard at the corners, never above 6.0 bar. Shot time 0.5-3.0 s; a longer shot only "
                "blows sand through the vents.",
            ),
            ("h", "Air supply"),
            (
                "p",
                "The pressure at the machine inlet must stay at or above 6.5 bar during the shot. Below 5.5 bar the "
                "machine stops with C01. The site's air line must be at least DN50, the last 10 m no smaller than "
                "DN40.",
            ),
            ("h", "Amine dose"),
            (
                "p",
                "Start value 1.0 mL of amine per kg of core sand; up to 1.5 mL per kg for cores with long gas paths. "
                "The dose is entered in mL; the generator pumps it into the heated nitrogen. Example: a 30 kg core "
                "needs 30 mL to 45 mL.",
            ),
            ("h", "Gassing and purge"),
            (
                "p",
                "Gassing pressure 1.5-2.5 bar. The purge time must be at least three times the gassing time and "
                "never shorter than 10 s. Purge air is dried compressed air at 2-4 bar.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Sand 20-30 °C; above 35 °C the bench life of the mixed sand drops below 1 h. Core box 25-40 °C. "
                "Carrier gas 90 °C ±5 °C; below 80 °C the generator holds the cycle (C06).",
            ),
            ("h", "Bench life"),
            (
                "p",
                "Use mixed sand within 2 h at 25 °C; for other temperatures see the binder supplier's data. Empty "
                "the magazine and the hopper (SHOT EMPTY) before a longer stop.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Air pressure low", "Inlet below 5.5 bar during the shot. Check the site's supply and the filter "
             "regulator."],
            ["C02", "Shot tank not filled", "Tank not at the set pressure within 10 s. Fill valve or air supply."],
            ["C03", "Core box not clamped", "Clamping pressure below 140 bar. Hydraulic leak or pressure switch."],
            ["C04", "Sand low", "Hopper level probe uncovered for 60 s. Call sand from the mixer."],
            ["C05", "Gassing seal", "Seal pressure below 3.0 bar. Inflatable seal punctured or worn (section 7)."],
            ["C06", "Carrier gas cold", "Below 80 °C at the gassing plate. Heater, thermocouple, or nitrogen flow "
             "too high."],
            ["C07", "Amine dose not reached", "Dose not delivered in twice the set gassing time. Drum empty, pump "
             "or suction filter."],
            ["C08", "Scrubber not ready", "No READY signal from the scrubber. See the scrubber maker's manual."],
            ["C10", "Hydraulic oil hot", "Above 60 °C. Oil cooler, oil level, ambient temperature."],
            ["C11", "Hydraulic oil low", "Level switch. Find the leak before refilling."],
            ["C12", "Light curtain", "Curtain interrupted during a movement. Clear the area and reset."],
            ["C13", "Ejector not home", "Ejector plate not back within 3 s. Bent pin or sand under the plate."],
            ["C14", "Service due", "100 000 shots since the last blow tube and seal check (section 9)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Corners or thin sections not filled, soft",
                "Vents blocked, shot pressure too low, sand past its bench life",
                "Clean the vents; raise the shot pressure in 0.5 bar steps (no more than 6.0 bar); use fresh sand",
            ],
            [
                "Core soft or sticky in the middle, hard outside",
                "Too little amine or too short a purge, carrier gas cold",
                "Raise the dose toward 1.5 mL per kg; lengthen the purge; check the carrier gas temperature",
            ],
            [
                "Strong amine smell around the machine",
                "Gassing seal leaking, scrubber not drawing",
                "Check the seal (C05) and the exhaust; scrubber per its own manual",
            ],
            [
                "Erosion streaks at the blow holes",
                "Shot pressure too high, blow tubes worn",
                "Lower the pressure; replace worn blow tubes",
            ],
            [
                "Core breaks when ejected",
                "Ejection before the purge ended, core box cold, no release agent",
                "Check the purge time and the box temperature (25-40 °C); apply release agent",
            ],
            [
                "Sand blows back out at the magazine",
                "Slide gate seal worn",
                "Replace the slide gate seal",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a core box"),
    (
        "ol",
        [
            "Finish the cycle, empty the magazine (SHOT EMPTY) and switch to setting mode.",
            "Open the box halves and bring the ejector to its home position.",
            "Check the new core box: vents clean, blow plate matching the box, mass within the limit (600 kg on the "
            "CSH-25, 1000 kg on the CSH-40).",
            "Bring the box in on the roller conveyor and close the clamps in setting mode at reduced speed.",
            "Tighten the M20 box clamping bolts crosswise to 210 Nm.",
            "Fit the blow plate of the box and check that each blow tube reaches at least 5 mm into its blow hole.",
            "Lower the gassing hood and check the seal.",
            "Load or enter the box recipe: shot pressure, shot time, amine dose, gassing and purge time.",
            "Shoot three test cores and weigh them: the three must be within 2 % of each other.",
            "Release the box for production in the core log.",
        ],
    ),
    ("h", "7. Replacing the inflatable gassing seal"),
    (
        "ol",
        [
            "Stop the machine, lock off and release the shot tank (gauge at 0 bar).",
            "Lower the gassing hood to its service position.",
            "Remove the 12 clamping strips and pull out the old seal.",
            "Clean the groove; no sand or binder may remain.",
            "Fit the new seal (CRV-IS-25 or CRV-IS-40), starting at the air connection, without twisting it.",
            "Refit the clamping strips and tighten them to 8 Nm.",
            "Inflate the seal to 4.0 bar in service mode and check it with soapy water: no bubbles.",
            "Reset C05.",
        ],
    ),
    ("h", "8. Checking the amine dose"),
    (
        "ol",
        [
            "Make sure the scrubber shows READY and the amine drum holds at least 10 L.",
            "Select SERVICE > AMINE CAL. The generator pumps a test dose of 50 mL into the calibration vessel "
            "instead of the vaporiser.",
            "Read the vessel: 50 mL ±2 mL is correct.",
            "If the reading is outside, enter it; the controller corrects the pump factor. Repeat until within "
            "±2 mL.",
            "Return the valve to RUN and drain the vessel back into the drum through the closed return line.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Drain the air filter; clean the vents and the blow plate; check the carrier gas temperature"],
            ["Weekly", "Check the gassing seal and the slide gate seal; clean the hopper level probe"],
            ["Every 100 000 shots (C14)", "Check the blow tubes: replace a tube whose bore has worn 1 mm over "
             "nominal"],
            ["1000 h", "Replace the hydraulic return filter"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil"],
            ["12 months", "Coravell service: amine generator, safety functions, clamping forces"],
            ["As the site decides", "Scrubber (its own manual), gas detection, compressed air and nitrogen supply"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CSH-25", "CSH-40"],
            ["Inflatable gassing seal", "CRV-IS-25", "CRV-IS-40"],
            ["Slide gate seal", "CRV-SG-25", "CRV-SG-40"],
            ["Blow tube 16 mm, pack of 10", "CRV-BT-16", "CRV-BT-16"],
            ["Hydraulic return filter element", "CRV-HF-10", "CRV-HF-10"],
            ["Amine pump head kit", "CRV-AP-02", "CRV-AP-02"],
            ["Carrier gas thermocouple", "CRV-TC-90", "CRV-TC-90"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Fornsand TRU-15 thermal sand reclamation unit
FORNSAND = [
    ("title", "Fornsand TRU-15 Thermal Sand Reclamation Unit\nOperation and Maintenance Manual"),
    (
        "p",
        "Document FST-OM-TRU15-02, Edition 2, June 2024. Fornsand Thermal Systems. The TRU-15 burns the organic "
        "binder off used foundry sand in a gas-fired fluidised bed at 650-750 °C and then cools the sand in a "
        "fluidised bed cooler with water tubes. The air that fluidises the cooler is heated by the sand and is used "
        "as combustion air. The unit is made for sand bonded with organic binders (furan and phenolic no-bake, cold "
        "box and shell sand) after lump breaking and mechanical pre-reclamation. The lump breaker, the mechanical "
        "pre-reclaimer and the magnetic separator ahead of the unit, the bag filter after it, the gas supply up to "
        "the isolating valve of the burner train and the sand silos are not part of the unit.",
    ),
    (
        "warn",
        "DANGER: The bed holds about 1.8 t of sand at up to 750 °C. Never open an inspection door while the bed is "
        "fluidised or above 50 °C. Entering the combustion chamber or the cooler is confined-space work under the "
        "site's permit, only after the bed has cooled below 50 °C and the gas train is isolated and locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value", "Condition or note"],
            ["Throughput, nominal", "1.5 t/h", "Sand with LOI up to 2.5 %, moisture below 0.5 %, grains "
             "0.1-0.6 mm"],
            ["Throughput, sand with LOI 2.5-3.5 %", "1.2 t/h", "Sand above 3.5 % LOI must be blended first"],
            ["Bed temperature, working range", "650-750 °C", "Factory set point 700 °C"],
            ["Sand in the bed", "about 1.8 t", "Measured by the bed differential pressure"],
            ["Burner", "Natural gas, 350 kW maximum", "Modulating 5:1, UV flame scanner"],
            ["Gas pressure at the burner train inlet", "35-60 mbar", "Dynamic, burner at full fire"],
            ["Specific gas consumption", "about 18 m³ per tonne", "At 2 % LOI, after warm-up"],
            ["Fluidising air blower, combustion bed", "15 kW, 1800 m³/h", ""],
            ["Cooler blower", "5.5 kW, 900 m³/h", "Cooler air goes to the burner as combustion air"],
            ["Cooling water", "10 m³/h, inlet no more than 25 °C", "Closed circuit of the site"],
            ["Sand outlet temperature", "no more than 40 °C", "With cooling water inlet at 25 °C or less"],
            ["Exhaust gas after the heat exchanger", "below 180 °C", "To the bag filter"],
            ["Reclaimed sand, loss on ignition", "below 0.2 %", "Tested by the site's sand laboratory"],
            ["Electrical supply", "400 V 3~ 50 Hz, 63 A", ""],
            ["Mass, empty", "14.2 t", "Bed sand not included"],
        ],
        (62, 48, 60),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this unit and on gas-fired plant may operate it. Work on the gas train and the "
            "burner is for a registered gas engineer only.",
            "Hot sand at the outlet of a faulty cooler can reach several hundred °C. Never put hands or tools into "
            "the outlet chute.",
            "Carbon monoxide can escape at leaking seals when the exhaust fan is off. The site's CO detectors must "
            "be working before the burner is lit.",
            "Never feed green sand (bentonite clay), sodium silicate or other inorganic binders, or wet sand. They "
            "sinter in the bed and block the air distributor.",
            "Metal (shot, fins, core wires) must be removed by the magnetic separator ahead of the unit.",
            "Refractory repairs and relining are done by Fornsand service only.",
        ],
    ),
    ("h", "3. Temperatures and limits"),
    (
        "cols",
        [
            ("h", "Bed temperature"),
            (
                "p",
                "Set point 700 °C, settable 650-750 °C. The feeder starts only when the bed is at 650 °C or above "
                "and stops by itself below 620 °C (T06). Above 780 °C the burner is held at low fire; at 800 °C it "
                "shuts off (T05). Sand rich in binder gives heat: with LOI above 3 % the bed may run on the binder "
                "alone with the burner at low fire.",
            ),
            ("h", "Feed rate"),
            (
                "p",
                "The feed is set in t/h on the feeder. Nominal 1.5 t/h. Reduce the feed to 1.2 t/h for sand with "
                "LOI 2.5-3.5 %. Sand above 3.5 % LOI must first be blended with less contaminated sand.",
            ),
            ("h", "Bed pressure"),
            (
                "p",
                "The bed differential pressure shows the sand inventory: 45-60 mbar in operation. Below 40 mbar "
                "add sand (T08); above 65 mbar draw sand off at the overflow.",
            ),
            ("h", "Cooler"),
            (
                "p",
                "Sand leaves the cooler at no more than 40 °C when the cooling water enters at 25 °C or less. The "
                "water return is alarmed above 50 °C. Never stop the cooling water while sand in the cooler is "
                "above 100 °C.",
            ),
            ("h", "Heating up"),
            (
                "p",
                "From cold the refractory must be heated at no more than 50 °C per hour up to 700 °C. After a "
                "refractory repair hold 4 h at 150 °C to drive out the water. A hot restart after a stop of less "
                "than 4 h needs no heating curve.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The exhaust leaves the heat exchanger below 180 °C. Above 200 °C (T11) the bypass damper opens "
                "and dilution air protects the bag filter. The emission limits are those of the site's permit.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Flame failure", "No flame signal within 3 s of ignition, or flame lost. The burner locks "
             "out; reset after 60 s. Three lockouts within 1 h: call a gas engineer."],
            ["T02", "Gas pressure low", "Below 30 mbar at the burner train inlet. Site supply, gas filter."],
            ["T03", "Gas pressure high", "Above 70 mbar. The site's pressure regulator."],
            ["T04", "Combustion air low", "Air pressure switch. Blower, inlet filter, damper."],
            ["T05", "Bed too hot", "800 °C reached. Burner off; the feed continues to cool the bed. Check the LOI "
             "of the feed."],
            ["T06", "Bed too cold", "Below 620 °C with the feed on. The feeder stops until the bed is back at "
             "650 °C."],
            ["T08", "Bed pressure low", "Below 40 mbar, or blower fault. Add sand, check the blower."],
            ["T09", "Sand outlet hot", "Above 60 °C at the cooler outlet. Cooling water, cooler blower, feed rate."],
            ["T10", "Cooling water flow low", "Below 7 m³/h. Site's pump, strainer, valves."],
            ["T11", "Exhaust hot", "Above 200 °C after the heat exchanger. Bypass damper opens."],
            ["T12", "Feed hopper empty", "Level low for 5 min. The burner goes to HOLD."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Reclaimed sand grey or dark, LOI above 0.2 %",
                "Bed below 680 °C, feed too high, LOI of the feed above 2.5 %",
                "Raise the set point to 720 °C; reduce the feed to 1.2 t/h",
            ],
            [
                "Lumps or sintered sand at the overflow, bed pressure rising",
                "Green sand or silicate sand in the feed, bed above 780 °C",
                "Stop the feed and find the source; call Fornsand service if the distributor is blocked",
            ],
            [
                "Sand at the outlet warmer than 40 °C",
                "Cooling water inlet above 25 °C, fouled cooler tubes, feed too high",
                "Check the site's cooling circuit; clean the tubes; reduce the feed",
            ],
            [
                "Much fine sand lost to the bag filter",
                "Fluidising air too high, bed pressure low",
                "Check the blower damper; keep the bed at 45-60 mbar",
            ],
            [
                "Flame unstable, burner rumbles",
                "Gas pressure at the low limit, air to gas ratio drifted",
                "Check the inlet pressure (35-60 mbar); combustion check by a gas engineer",
            ],
            [
                "Smoke or binder smell at the feed chute",
                "Feed chute seal worn, exhaust draught lost",
                "Check the chute seal and the exhaust fan of the bag filter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting from cold"),
    (
        "ol",
        [
            "Check that the cooling water runs at 10 m³/h or more, the bag filter and its fan run, and the "
            "compressed air is at 6 bar.",
            "Start the fluidising air blower and the cooler blower. The bed differential pressure must read "
            "45-60 mbar.",
            "Select HEAT-UP. The burner lights at low fire and the controller follows the heating curve, no more "
            "than 50 °C per hour.",
            "After a refractory repair, confirm the 4 h hold at 150 °C on the display before the curve continues.",
            "At 650 °C the READY lamp lights. Set the feed: 1.5 t/h, or 1.2 t/h for sand with LOI 2.5-3.5 %.",
            "Start the feeder.",
            "After 30 min check the sand outlet temperature (no more than 40 °C) and send a sample to the sand "
            "laboratory for the LOI.",
        ],
    ),
    ("h", "7. Stopping"),
    (
        "ol",
        [
            "Stop the feeder and let the bed run for 20 min to burn off the remaining binder.",
            "For a stop of less than 4 h select HOLD: the burner keeps the bed at 650 °C at low fire.",
            "For a longer stop switch the burner off. The blowers run on until the bed is below 300 °C, then stop "
            "by themselves.",
            "Keep the cooling water running until the cooler reads below 60 °C.",
        ],
    ),
    ("h", "8. Cleaning the UV flame scanner"),
    (
        "ol",
        [
            "Switch the burner off (not HOLD) and wait 60 s.",
            "Unscrew the scanner from its sight tube.",
            "Wipe the quartz lens with a clean dry cloth; do not use solvents.",
            "Refit the scanner and start the burner.",
            "Check the flame signal: at least 8 µA at low fire. A lower signal after cleaning calls for a new "
            "scanner (FST-UV-01).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check bed temperature, bed pressure and sand outlet temperature; look at the feed for lumps "
             "and metal"],
            ["Weekly", "Clean the UV scanner lens (section 8); check the blower inlet filters"],
            ["Monthly", "Tightness check of the gas train by the site's gas engineer"],
            ["3 months", "Inspect the air distributor nozzles and the cooler tubes through the inspection doors "
             "(bed below 50 °C)"],
            ["4000 h", "Regrease the blower motor bearings, 20 g each"],
            ["12 months", "Burner and combustion check by a registered gas engineer; Fornsand service: refractory "
             "inspection and safety chain"],
        ],
        (40, 130),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["UV flame scanner", "FST-UV-01"],
            ["Ignition electrode", "FST-IE-15"],
            ["Air distributor nozzle, pack of 20", "FST-DN-20"],
            ["Bed thermocouple type K, 1000 mm", "FST-TC-K10"],
            ["Blower inlet filter", "FST-BF-15"],
            ["Cooler tube gasket set", "FST-CG-15"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Quantelle QS-750 spark OES
QUANTELLE = [
    ("title", "Quantelle QS-750 Spark Optical Emission Spectrometer\nUser and Maintenance Manual"),
    (
        "p",
        "Document QTL-UM-QS750-05, Edition 5, January 2025. Quantelle Instruments. The QS-750 is a bench-top spark "
        "optical emission spectrometer for the melt shop and the foundry laboratory. It analyses metal samples on "
        "iron, aluminium and copper bases; a nickel base programme is available from the Quantelle application "
        "laboratory. The optic is argon-filled and held at a constant temperature, with CCD detectors covering "
        "130-780 nm. Certified reference materials, the argon supply up to the instrument inlet and the "
        "laboratory's quality system (accreditation, control charts) are not part of the instrument.",
    ),
    (
        "warn",
        "WARNING: The spark source produces ignition pulses of up to 12 kV. Never open the spark stand cover or "
        "touch the sample clamp during a burn. Argon displaces air: in a room smaller than 20 m³ the site must fit "
        "an oxygen monitor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Bases and programmes", "Fe (cast iron, low alloy steel), Al (cast alloys), Cu; Ni on request"],
            ["Wavelength range", "130-780 nm"],
            ["Optic", "Paschen-Runge, argon-filled, held at 34.0 °C"],
            ["Spark source", "Digital, 100-800 Hz, ignition pulse up to 12 kV"],
            ["Counter electrode", "Tungsten, 6 mm, 90° point"],
            ["Analytical gap", "3.4 mm, set with the gap gauge"],
            ["Spark stand opening", "13 mm; the sample must cover it fully"],
            ["Sample", "At least 20 mm across, 3-50 mm thick, flat prepared face"],
            ["Argon", "Grade 5.0 (99.999 %) or better, O2 below 2 ppm, H2O below 3 ppm"],
            ["Argon inlet pressure", "3.5-5.0 bar"],
            ["Argon flow", "Standby 0.5 L/min, flush 8 L/min, burn 4 L/min"],
            ["Burn time", "Fe programmes 14 s (8 s prespark, 6 s measurement); Al and Cu 11 s"],
            ["Power", "230 V 1~ 50/60 Hz; 1.2 kVA during a burn, 180 W in standby"],
            ["Ambient", "15-30 °C, changing no more than 2 °C per hour; 20-80 % RH, not condensing"],
            ["Warm-up after switching on", "At least 4 h; overnight recommended"],
            ["Dimensions and mass", "780 x 650 x 420 mm, 85 kg"],
        ],
        (55, 115),
    ),
    (
        "p",
        "Argon use: an Fe burn takes about 1.5 L (4 s flush at 8 L/min and 14 s at 4 L/min), and the standby flow "
        "about 720 L a day. A 50 L cylinder at 200 bar holds about 10 m³; at 40 iron samples of three burns a day it "
        "lasts about 11 days. Leave the instrument in standby with argon flowing; never shut the argon off for "
        "longer than 10 min, or air diffuses into the stand and the optic purge.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The spark stand and the sample get hot. Samples must be cooled below 40 °C before analysis; let a sample "
            "cool before touching it after several burns.",
            "The burn gives off metal dust and ultraviolet light. Keep the stand cover closed and the exhaust filter "
            "fitted.",
            "Secure argon cylinders against falling. Cylinder changes only with the cylinder valve closed.",
            "Only Quantelle service may open the optic or the spark source housing.",
        ],
    ),
    ("h", "3. Measuring conditions and limits"),
    (
        "cols",
        [
            ("h", "Warm-up and temperature"),
            (
                "p",
                "From switching on to the first analysis at least 4 h. The optic must show 34.0 °C ±0.2 °C and "
                "have been stable for 30 min (status green). Room temperature changes of more than 2 °C per hour "
                "cause drift: standardise more often or have the air conditioning repaired.",
            ),
            ("h", "Sample preparation"),
            (
                "p",
                "Fe: grind flat with 60 grit zirconia paper or disc, dry, no coolant. Cast iron samples must be "
                "white (chill cast in a copper mould, 4-6 mm thick): grey samples with free graphite give high and "
                "scattered carbon. Al and Cu: mill or turn dry, never grind, because grinding smears grit into soft "
                "metal. Do not touch the prepared face, and analyse within 1 h of preparing it.",
            ),
            ("h", "Burns per sample"),
            (
                "p",
                "At least two burns on different spots, and a third when two burns differ by more than 2.8 s for "
                "any reported element (s as in table 4). Spots must not overlap; leave 2 mm between them.",
            ),
            ("h", "Control sample"),
            (
                "p",
                "Burn the control sample at the start of each shift and every 4 h. If any element is outside its "
                "certificate value ±3 s, standardise.",
            ),
            ("h", "Standardisation"),
            (
                "p",
                "With the setting-up samples of the programme. At least every 8 h, after a cylinder change, after "
                "cleaning the stand or the lens, and whenever a control sample fails. A factor outside 0.70-1.40 is "
                "refused (S07).",
            ),
        ],
    ),
    ("h", "4. Precision, programme FE-CI (cast iron)"),
    (
        "table",
        [
            ["Element", "Range", "Repeatability s"],
            ["C", "2.0-4.2 %", "0.015 %"],
            ["Si", "0.5-3.5 %", "0.010 %"],
            ["Mn", "0.05-1.2 %", "0.004 %"],
            ["P", "0.005-0.30 %", "0.002 %"],
            ["S", "0.003-0.15 %", "0.001 %"],
            ["Mg", "0.005-0.10 %", "0.0008 %"],
            ["Cu", "0.01-1.5 %", "0.004 %"],
            ["Cr", "0.01-1.5 %", "0.003 %"],
        ],
        (40, 65, 65),
    ),
    (
        "p",
        "s is the standard deviation of 10 burns on one homogeneous white iron sample, with argon 5.0, within 1 h of "
        "a standardisation. Values for the Al and Cu programmes are on their programme sheets.",
    ),
    ("h", "5. Status codes"),
    (
        "table",
        [
            ["Code", "Status", "Cause and action"],
            ["S01", "Argon pressure low", "Inlet below 3.0 bar. Cylinder empty or regulator. Burns are blocked."],
            ["S02", "Optic temperature", "Not within 34.0 °C ±0.2 °C. Wait after switching on; check that the "
             "room is within 15-30 °C."],
            ["S03", "Source overcurrent", "Spatter bridging the gap or electrode touching. Clean the stand "
             "(section 7)."],
            ["S04", "No spark", "Sample not conducting or not covering the opening; clamp not touching the "
             "sample."],
            ["S05", "Stand hot", "Stand plate above 60 °C after many burns in a row, or hot samples. Wait 5 min."],
            ["S07", "Standardisation factor out of range", "Factor outside 0.70-1.40: wrong setting-up sample, "
             "dirty lens, poor argon."],
            ["S08", "Detector readout", "CCD communication. Restart; if it stays, call Quantelle service."],
            ["S09", "Exhaust filter", "Dust filter of the stand exhaust blocked. Replace the filter."],
            ["S10", "Electrode gap", "Gap outside 3.3-3.5 mm. Set it with the gauge (section 7)."],
            ["S11", "Optic purge flow", "Purge below 0.3 L/min. Leak or blocked purge line."],
            ["S12", "Reference line low", "Internal reference line below 60 % of its value at the last lens "
             "cleaning. Clean the lens (section 8)."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Burn spots white or diffuse instead of dark with a sharp edge",
                "Air in the argon: leak at a fitting, poor argon, porous or uneven sample",
                "Leak check the argon line; change the cylinder; regrind or take a new sample",
            ],
            [
                "Carbon high and scattered on cast iron",
                "Grey sample with free graphite instead of white",
                "Take a new chill sample; check the mould and the sample thickness",
            ],
            [
                "Results drift during the day",
                "Room temperature changing more than 2 °C per hour, argon running low",
                "Standardise; have the air conditioning checked",
            ],
            [
                "All intensities low, more burns refused",
                "Lens dirty (S12)",
                "Clean the lens (section 8), then standardise",
            ],
            [
                "First burn on Al samples high in Si and Mg",
                "Oxide or coolant on the face",
                "Turn or mill the face again, dry; discard the first burn",
            ],
            [
                "Burn goes through thin samples",
                "Sample thinner than 3 mm",
                "Take a thicker sample",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Cleaning the spark stand and setting the electrode gap"),
    (
        "p",
        "Every 300 burns or daily, whichever comes first, and after S03.",
    ),
    (
        "ol",
        [
            "Switch to STANDBY; the argon flow stays at 0.5 L/min.",
            "Open the stand cover and remove the stand plate (4 knurled screws).",
            "Brush the deposits out of the stand chamber and off the electrode with the brass brush and vacuum them "
            "away. Never blow with compressed air: it carries air into the optic path.",
            "Check the electrode point. If it is rounded or pitted, fit a new electrode (QTL-EW-6).",
            "Set the gap to 3.4 mm with the gap gauge QTL-GG-34.",
            "Refit the stand plate and close the cover.",
            "Make 10 conditioning burns on a sample of the base to be analysed, then standardise.",
        ],
    ),
    ("h", "8. Cleaning the lens"),
    (
        "ol",
        [
            "Switch to STANDBY and remove the stand plate.",
            "Turn out the lens holder (bayonet) with the lens tool.",
            "Clean the quartz lens with ethanol and a lint-free tissue. Do not scratch it.",
            "Refit the holder with a new O-ring (QTL-OR-22).",
            "Flush for 10 min, make 10 conditioning burns and standardise.",
        ],
    ),
    ("h", "9. Daily start"),
    (
        "ol",
        [
            "Check the argon: inlet pressure 3.5-5.0 bar and enough gas in the cylinder for the day.",
            "Check the status: optic at 34.0 °C and stable (green).",
            "Clean the stand and the electrode if due.",
            "Make 10 conditioning burns.",
            "Burn the control sample twice. Within ±3 s of the certificate: start work. Outside: standardise.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 300 burns or daily, whichever comes first", "Clean the stand and the electrode (section 7)"],
            ["Each shift and every 4 h", "Control sample"],
            ["Weekly", "Check the exhaust filter indicator"],
            ["Monthly, or at S12", "Clean the lens (section 8); check the argon fittings for leaks"],
            ["6 months", "Replace the exhaust filter QTL-EF-01"],
            ["12 months", "Quantelle service: source check, optic profile, detector check"],
        ],
        (65, 105),
    ),
    (
        "p",
        "Setting-up samples may be used until 5 mm of thickness remains. A new set of setting-up samples, a new "
        "analytical programme and any full recalibration are supplied by the Quantelle application laboratory.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Tungsten electrode 6 mm", "QTL-EW-6"],
            ["Gap gauge 3.4 mm", "QTL-GG-34"],
            ["Lens holder O-ring", "QTL-OR-22"],
            ["Exhaust filter", "QTL-EF-01"],
            ["Stand plate insert, 13 mm", "QTL-SP-13"],
            ["Brass brush set", "QTL-BB-02"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Formhaven FV flaskless moulding machines
FORMHAVEN = [
    ("title", "Formhaven FV Vertically Parted Flaskless Moulding Machines\nOperation and Maintenance - FV-60 and "
     "FV-75"),
    (
        "p",
        "Document FMH-OM-FV-07, Edition 1, October 2024. Formhaven Moulding Systems. The FV-60 and FV-75 make "
        "vertically parted green sand moulds without flasks. Sand is blown into the moulding chamber with "
        "compressed air and squeezed between the squeeze plate and the swing plate, each carrying a pattern plate. "
        "The finished mould is pushed out onto the mould string, where it closes against the previous mould, and "
        "the automatic mould conveyor (AMC) moves the string on to the pouring station. Apart from the mould size "
        "and the items named in this manual, the two models are built alike. The sand plant and sand testing, the "
        "pouring unit, the core setter (option, own manual FMH-OM-CS-02) and the patterns are not covered here.",
    ),
    (
        "warn",
        "WARNING: The chamber closes with several hundred kN. Never reach into the moulding chamber or between the "
        "swing plate and the chamber unless the machine is locked off and the hydraulic accumulators are "
        "discharged (pressure gauge at 0 bar).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FV-60", "FV-75"],
            ["Mould size, width x height", "600 x 480 mm", "750 x 535 mm"],
            ["Mould thickness, adjustable", "150-400 mm", "180-450 mm"],
            ["Maximum output without cores", "450 moulds/h", "400 moulds/h"],
            ["Maximum output with the core setter", "380 moulds/h", "340 moulds/h"],
            ["Pattern depth, maximum on each side", "160 mm", "190 mm"],
            ["Specific squeeze pressure, settable", "0.4-1.2 N/mm²", "0.4-1.2 N/mm²"],
            ["Maximum squeeze force (1.2 N/mm² on the whole mould face)", "346 kN", "482 kN"],
            ["Sand shot (blow) pressure, settable", "2.0-3.5 bar", "2.0-3.5 bar"],
            ["Sand per mould at 300 mm thickness (compacted 1.5 t/m³)", "130 kg", "181 kg"],
            ["Hydraulic pump motor", "37 kW", "45 kW"],
            ["Hydraulic system pressure", "160 bar", "160 bar"],
            ["Hydraulic oil HLP 46, tank", "800 L", "1000 L"],
            ["Accumulators, nitrogen precharge at 20 °C", "4 x 50 L, 90 bar", "6 x 50 L, 90 bar"],
            ["Compressed air at the inlet, minimum", "6 bar", "6 bar"],
            ["Supply 400 V 3~ 50 Hz, fuse", "100 A", "125 A"],
            ["Machine mass without AMC", "28 t", "36 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum outputs hold for moulds of 300 mm thickness or less, pattern depths of no more than 100 mm and "
        "no waiting for the pouring unit. Thicker moulds, deep patterns and core setting lower the output.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Setting mode is for setters with the key.",
            "The area around the chamber and the AMC is guarded. Opening a guard door stops the machine (M13).",
            "Before any work in the chamber: stop, lock off, discharge the accumulators and fit the swing plate "
            "locking pin.",
            "The accumulators are pressure vessels. Their periodic inspection follows the national rules and is "
            "arranged by the site.",
            "Molten metal is poured on the mould string downstream. Keep the pouring area clear when the AMC moves.",
        ],
    ),
    ("h", "3. Moulding settings and limits"),
    (
        "cols",
        [
            ("h", "Sand"),
            (
                "p",
                "The machine needs prepared green sand with a compactability of 32-40 %, a green compression "
                "strength of 14-20 N/cm² and a temperature of no more than 45 °C at the hopper. The sand plant and "
                "the site's sand laboratory set and test the sand; these are the limits within which the machine "
                "makes good moulds.",
            ),
            ("h", "Squeeze pressure"),
            (
                "p",
                "Start at 0.8 N/mm². Raise it in steps of 0.1 N/mm² when the mould hardness is low, never above "
                "1.2 N/mm². Squeeze force = specific pressure x mould face (width x height). Example, FV-60 at "
                "1.0 N/mm²: 1.0 x 600 x 480 = 288 kN.",
            ),
            ("h", "Mould hardness"),
            (
                "p",
                "Measured with a B-scale mould hardness tester on the pattern face: at least 80 at any point and "
                "85-92 on flat faces. Measure every 2 h and after each pattern change.",
            ),
            ("h", "Pattern temperature"),
            (
                "p",
                "Pattern plates must be at least 30 °C and 5-10 °C warmer than the sand, otherwise sand sticks to "
                "the pattern. The plate heaters are set to 40 °C at the factory.",
            ),
            ("h", "Mould match"),
            (
                "p",
                "The mismatch of the two mould halves, measured on a test mould with the match gauge, must be no "
                "more than 0.3 mm. Check it weekly and after each pattern change.",
            ),
            ("h", "Mould string"),
            (
                "p",
                "AMC push pressure 25-40 bar. The string must move on by one mould thickness each cycle with no gap "
                "opening at the parting lines.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["M01", "Hydraulic pressure low", "Below 140 bar. Pump, accumulator precharge, leak."],
            ["M02", "Accumulator precharge low", "Nitrogen below 85 bar, checked at standstill. Recharge "
             "(section 8)."],
            ["M03", "Sand hopper empty", "Level probe uncovered. Sand plant."],
            ["M04", "Blow pressure not reached", "Blow tank below the set pressure after 4 s. Air supply, blow "
             "valve."],
            ["M05", "Chamber not closed", "Swing plate not in its end position. Sand on the guides, sensor."],
            ["M06", "Squeeze pressure not reached", "Pressure setting, valve, leak."],
            ["M07", "Pattern plate cold", "Plate below 30 °C. Plate heater or its fuse."],
            ["M08", "Mould thickness deviation", "Measured thickness more than 3 mm from the set value. Sand "
             "quantity, compactability."],
            ["M09", "AMC fault", "Push pressure or position. Mould string blocked."],
            ["M10", "Oil temperature high", "Above 60 °C. Oil cooler, cooling water."],
            ["M12", "Oil filter clogged", "Pressure filter indicator. Change the element."],
            ["M13", "Guard open", "A guard door or the light curtain. Close and reset."],
            ["M14", "Lubrication pressure low", "Central lubrication of the guides. Grease level, line broken."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Soft moulds, hardness below 80",
                "Squeeze pressure too low, compactability above 40 %, blow slots blocked",
                "Raise the squeeze pressure toward 1.2 N/mm²; have the sand checked; clean the blow slots",
            ],
            [
                "Sand sticks to the pattern",
                "Pattern less than 5 °C warmer than the sand, sand too wet or too hot, worn pattern coating",
                "Check the plate heaters (40 °C) and the sand temperature (no more than 45 °C)",
            ],
            [
                "Mould edges break off at stripping",
                "Stripping speed too high, draft too small, friable sand (compactability below 32 %)",
                "Lower the stripping speed; draft is for the pattern shop; have the sand checked",
            ],
            [
                "Mismatch on the castings",
                "Pattern plate loose, swing plate guides worn",
                "Test mould with the match gauge (no more than 0.3 mm); tighten the plate; check the guide bushes",
            ],
            [
                "Gaps open between moulds on the string",
                "AMC push pressure wrong, uneven mould faces",
                "Set the push pressure within 25-40 bar; check the squeeze plate",
            ],
            [
                "Hydraulic oil hot (M10)",
                "Oil cooler fouled, cooling water flow low",
                "Clean the cooler; check the water supply",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the pattern plates"),
    (
        "ol",
        [
            "Finish the last mould and stop the machine in the CHANGE position (swing plate swung out, chamber "
            "open).",
            "Switch to setting mode and insert the swing plate locking pin.",
            "Release the four quick-change clamps of each plate and take the plates off with the pattern change "
            "trolley.",
            "Clean the plate seats: no sand between plate and seat.",
            "Fit the new plates on their locating pins and close the clamps; the clamp pressure gauge must show "
            "160 bar.",
            "Enter the pattern number; the machine loads its recipe (mould thickness, squeeze and blow pressure).",
            "Let the plate heaters bring the plates to 40 °C (at least 30 °C before the first mould).",
            "Make three test moulds and check the hardness (at least 80) and the mismatch (no more than 0.3 mm).",
            "Remove the locking pin and release the machine for production.",
        ],
    ),
    ("h", "7. Cleaning the blow slots"),
    (
        "ol",
        [
            "Stop in the CHANGE position and lock off.",
            "Remove the slot cover plate.",
            "Push the sand out of each blow slot with the cleaning bar; never use a screwdriver on the slot "
            "nozzles.",
            "Replace any nozzle whose slot is worn more than 1 mm wider than new (FMH-BN-12).",
            "Refit the cover plate and blow off the chamber.",
        ],
    ),
    ("h", "8. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Stop the pump and open the discharge valve until the oil gauge reads 0 bar.",
            "Fit the charging and gauging unit to the gas valve of the accumulator.",
            "Read the precharge: 90 bar at 20 °C.",
            "Below 85 bar, recharge with nitrogen to 90 bar. Never use air or oxygen.",
            "Check the gas valve for leaks, refit its cap and close the discharge valve.",
        ],
    ),
    ("h", "9. Starting a shift"),
    (
        "ol",
        [
            "Walk round the machine and the AMC: guards closed, no sand or tools on the mould string track.",
            "Check the hydraulic oil level in the sight glass and the grease level of the central lubrication.",
            "Start the hydraulic pump and let the oil warm up; production needs at least 30 °C in the tank.",
            "Check that the plate heaters show at least 30 °C and that the hopper holds sand.",
            "Ask the sand laboratory for the first sand test of the shift (compactability, strength, "
            "temperature).",
            "Make two moulds and scrap them, then check the hardness of the third (at least 80 at any point).",
            "Start production at the output the pouring unit can follow.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the blow slots and the chamber; mould hardness every 2 h"],
            ["Weekly", "Mould match check; clean the pattern plate vents"],
            ["Monthly", "Accumulator precharge (section 8)"],
            ["1000 h", "Change the pressure filter element"],
            ["2000 h", "Oil sample to a laboratory; change the oil on its advice"],
            ["When worn 2 mm", "Replace the chamber wear plates (measure with the template)"],
            ["12 months", "Formhaven service; accumulator inspection under national rules (site)"],
        ],
        (40, 130),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FV-60", "FV-75"],
            ["Chamber wear plate set", "FMH-WP-60", "FMH-WP-75"],
            ["Blow slot nozzle", "FMH-BN-12", "FMH-BN-12"],
            ["Swing plate guide bush", "FMH-GB-60", "FMH-GB-75"],
            ["Pressure filter element", "FMH-HF-25", "FMH-HF-25"],
            ["Pattern plate quick-change clamp", "FMH-PC-04", "FMH-PC-04"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("coravell-csh-core-shooter.pdf", "Coravell CRV-OM-CSH-04 Ed 3 - CSH-25 / CSH-40", CORAVELL),
        ("fornsand-tru-thermal-sand-reclamation-unit.pdf", "Fornsand FST-OM-TRU15-02 Ed 2 - TRU-15", FORNSAND),
        ("quantelle-qs-optical-emission-spectrometer.pdf", "Quantelle QTL-UM-QS750-05 Ed 5 - QS-750", QUANTELLE),
        ("formhaven-fv-flaskless-moulding-machine.pdf", "Formhaven FMH-OM-FV-07 Ed 1 - FV-60 / FV-75", FORMHAVEN),
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
