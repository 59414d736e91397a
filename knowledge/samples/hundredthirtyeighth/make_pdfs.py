"""Generate the PDF manuals of the hundred-and-thirty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set138-scratch/venv && /tmp/set138-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set138-scratch/venv/bin/python knowledge/samples/hundredthirtyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Precavia PCD preconditioners
PRECAVIA = [
    ("title", "Precavia PCD Differential Diameter Preconditioners\nOperation and Maintenance Manual - PCD-4 and PCD-8"),
    (
        "p",
        "Document PCV-OM-PCD-03, Edition 2, March 2025. Precavia Process Engineering. The PCD-4 and PCD-8 are "
        "atmospheric preconditioners that sit above a kibble extruder. Two parallel mixing shafts of different "
        "diameters turn in a two-chamber body: the dry recipe meal is mixed with steam, water and liquid ingredients "
        "(meat slurry, digest, oil) and held for a few minutes, so that the starch takes up heat and moisture before "
        "it enters the extruder barrel. Apart from the size, the drives and the values given for each model, the two "
        "preconditioners are built alike. The extruder, its feeder and the steam supply up to the preconditioner's "
        "steam valve station are covered by their own manuals. The recipe set points (steam, water and slurry rates, "
        "discharge temperature) belong to the customer's recipe and are not given here.",
    ),
    (
        "warn",
        "WARNING: The body holds live steam and two rotating shafts. Never open an inspection door while a shaft "
        "turns or steam is on: stop both drives, lock out both isolators and close and lock the steam isolating "
        "valve first. Body, doors and vent reach 100 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PCD-4", "PCD-8"],
            ["Rated throughput, dry recipe meal of 450-550 kg/m³ bulk density", "1.5-4.0 t/h", "3.0-8.0 t/h"],
            ["Working volume at 60 % fill", "0.42 m³", "0.85 m³"],
            ["Body length between the end plates", "3200 mm", "4100 mm"],
            ["Small shaft speed (inverter)", "200-600 rpm", "180-540 rpm"],
            ["Large shaft speed (inverter)", "100-300 rpm", "90-270 rpm"],
            ["Small shaft motor", "11 kW", "18.5 kW"],
            ["Large shaft motor", "15 kW", "30 kW"],
            ["Paddles, small shaft / large shaft", "24 / 32", "30 / 42"],
            ["Paddle nut M20, tightening torque", "180 Nm", "250 Nm"],
            ["Steam injection nozzles", "6", "10"],
            ["Water ports + liquid ports", "2 + 2", "4 + 3"],
            ["Maximum steam addition (8 % of the rated dry throughput)", "320 kg/h", "640 kg/h"],
            ["Steam at the valve station inlet", "4-6 bar(g), dry saturated", "4-6 bar(g), dry saturated"],
            ["Vapour vent", "DN 150", "DN 200"],
            ["Load cells for the hold-up", "3 x 1.5 t", "3 x 3 t"],
            ["Shaft seal purge air", "1.5-2.0 bar, 40 L/min", "1.5-2.0 bar, 60 L/min"],
            ["Maximum hold-up", "250 kg", "510 kg"],
            ["Mass, empty", "2350 kg", "3900 kg"],
            ["Supply", "400 V 3~ 50 Hz", "400 V 3~ 50 Hz"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold for dry kibble recipes of 450-550 kg/m³ bulk density with at least 25 % starch and up "
        "to 40 % fresh meat slurry. For recipes with more than 40 % fresh meat the rated throughput falls; ask "
        "Precavia for a rating of the recipe concerned.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the preconditioner. The inspection doors have interlock switches; never "
            "bridge them.",
            "Lock out both drives and the steam isolating valve before opening a door, clearing a blockage or "
            "cleaning. Let the body cool below 50 °C before reaching in.",
            "The vapour vent carries hot, wet vapour. Its routing to a safe place outside the working area is the "
            "site's responsibility.",
            "Dry recipe meal dust is combustible. Keep the feed housing closed. Explosion protection of the meal "
            "feeding system is set out in the site's explosion protection document, not here.",
            "Never reach into the discharge chute while the extruder or the preconditioner is running.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Discharge temperature"),
            (
                "p",
                "Most kibble recipes are run with the mash leaving the preconditioner at 85-95 °C. Never run above "
                "98 °C: the mash starts to boil in the discharge chute and the extruder feed becomes uneven (alarm "
                "PC08). The probe sits in the discharge chute and its reading is valid only while mash flows.",
            ),
            ("h", "Steam"),
            (
                "p",
                "Dry saturated steam at 4-6 bar(g) at the valve station inlet. Below 4 bar the steam valve cannot "
                "deliver the full steam rate; below 2.5 bar for 10 s alarm PC05 is raised. Steam is limited to 8 % "
                "of the dry throughput: above that, condensate collects in the body and the mash turns sticky.",
            ),
            ("h", "Retention time"),
            (
                "p",
                "Retention time (min) = hold-up (kg) / throughput (kg/min). Example: a hold-up of 210 kg at "
                "4000 kg/h (66.7 kg/min) gives 3.1 min. Keep the retention time between 2.5 and 4.0 min. Turning "
                "paddles towards reverse raises the hold-up; turning them forward lowers it.",
            ),
            ("h", "Hold-up"),
            (
                "p",
                "The hold-up must not exceed 250 kg (PCD-4) or 510 kg (PCD-8). Above this, mash is carried over the "
                "small shaft into the vent, and after 30 s alarm PC06 stops the feeder.",
            ),
            ("h", "Shaft speeds"),
            (
                "p",
                "Run the large shaft at half the speed of the small shaft (ratio 2:1). Other ratios can be set on "
                "the inverters but are outside the rating and wear the paddles faster. Start a new recipe at "
                "400 rpm (PCD-4) or 360 rpm (PCD-8) on the small shaft.",
            ),
            ("h", "Water and liquids"),
            (
                "p",
                "Water up to 12 % of the dry throughput, liquids (slurry, digest, oil) up to 20 % in total. Add "
                "water and liquids through the ports in the first third of the body only. Oil added here is limited "
                "to 3 % of the dry throughput; the rest of the fat goes on in the coater after the dryer.",
            ),
            ("h", "Seal air"),
            (
                "p",
                "The shaft seal purge air must be on (1.5-2.0 bar) whenever a shaft turns or the body is warm. "
                "Without purge air, mash gets into the seals within hours.",
            ),
            ("h", "Stops"),
            (
                "p",
                "For stops of up to 20 min keep both shafts turning at minimum speed with steam and water off. "
                "After a longer stop the mash gels and sets in the body: empty and clean it (section 7) before "
                "restarting.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["PC01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and press RESET."],
            [
                "PC02",
                "Door open",
                "An inspection door interlock opened while running. Both shafts stop and the steam valve closes.",
            ],
            [
                "PC03",
                "Small shaft drive",
                "Inverter trip: overload, a paddle jammed by a foreign body or by set mash. Lock out and check the "
                "body.",
            ],
            ["PC04", "Large shaft drive", "As PC03, large shaft."],
            ["PC05", "Steam pressure low", "Below 2.5 bar(g) at the valve station for 10 s. Steam valve closes."],
            [
                "PC06",
                "Hold-up high",
                "Above 250 kg (PCD-4) or 510 kg (PCD-8) for 30 s. Feeder stops; turn paddles forward or lower the "
                "feed.",
            ],
            [
                "PC08",
                "Discharge temperature high",
                "Above 98 °C for 15 s. The steam valve is limited to 50 % until the temperature falls below 95 °C.",
            ],
            ["PC09", "Seal air low", "Purge air below 1.2 bar. Both shafts stop after 60 s."],
            [
                "PC10",
                "Load cell fault",
                "Signal out of range, or a hold-up below -20 kg. Check the cables; tare with the body empty.",
            ],
            [
                "PC11",
                "Feed interlock",
                "Extruder not running or its feed blocked. The preconditioner feeder stops; the shafts keep turning.",
            ],
            ["PC12", "Service due", "4000 running hours since the last Precavia service. Operation continues."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Discharge temperature low although the steam valve is fully open",
                "Steam pressure below 4 bar at the valve station, wet steam because the steam trap before the "
                "valve station is not draining, or a throughput above the rating",
                "Check the pressure gauge at the valve station and the steam trap; lower the throughput",
            ],
            [
                "Mash lumpy, with dry meal spots",
                "Water added too far downstream, a water nozzle blocked, or a retention time below 2.5 min",
                "Use the ports in the first third; clean the nozzles; raise the hold-up",
            ],
            [
                "Steam blowing out of the vent, banging in the body",
                "Steam nozzles above the mash (hold-up too low) or steam above 8 % of the throughput",
                "Raise the hold-up; reduce the steam rate",
            ],
            [
                "Hold-up reading drifts although nothing was changed",
                "Build-up on the load cell frames, or a vent or feed sleeve pulling on the body",
                "Clean the frames; check that the sleeves hang slack; tare with the body empty",
            ],
            [
                "Small shaft current rises slowly over a shift",
                "Gelled mash building up on the paddles",
                "Clean the paddles at the next stop (section 7)",
            ],
            [
                "Mash leaking at the shaft ends",
                "Purge air off or too low, or worn lip seals",
                "Check the purge pressure; have the seals replaced by Precavia service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the purge air shows 1.5-2.0 bar and that all doors are closed.",
            "Open the steam isolating valve and drain the valve station through its drain valve until dry steam "
            "comes out.",
            "With the body empty, check that the hold-up reads 0 ±10 kg; tare it if not.",
            "Start the large shaft, then the small shaft, at the recipe speeds.",
            "Start the extruder as set out in its own manual; the preconditioner feeder is released only when the "
            "extruder runs (PC11).",
            "Start the feeder at 50 % of the recipe rate, with water only.",
            "When mash reaches the discharge, start steam at about half the recipe rate.",
            "Within 5 min raise feed, water, liquids and steam to the recipe rates.",
            "Check the discharge temperature and the retention time (section 3) and note them in the shift log.",
        ],
    ),
    ("h", "7. Emptying and cleaning the body"),
    (
        "ol",
        [
            "Stop the feeder, then steam and water. Let both shafts run 3 min at maximum speed to empty the body "
            "into the extruder or, with the extruder stopped, through the reject flap into the reject bin.",
            "Stop both shafts, lock out both isolators and the steam isolating valve.",
            "Open the inspection doors and let the body cool below 50 °C.",
            "Scrape off mash from the paddles, the shafts and the body with the plastic scrapers supplied. Never "
            "use steel tools on the body.",
            "Remove the steam nozzles and soak them in hot water; clear the holes with the nozzle pins.",
            "Wash with hot water at no more than 3 bar. Keep water away from the shaft seals while the purge air "
            "is off.",
            "Refit the nozzles, close the doors, remove the locks and tare the hold-up with the body empty.",
        ],
    ),
    ("h", "8. Changing the paddle angle"),
    (
        "ol",
        [
            "Empty and stop the preconditioner as in section 7, steps 1 to 3.",
            "Take the setting sheet of the recipe: paddles are numbered from the inlet end, small shaft S1, S2 "
            "and so on, large shaft L1, L2 and so on.",
            "Loosen the paddle nut (M20, 30 mm spanner) by no more than one turn; the paddle is held by its "
            "serrated seat.",
            "Lift the paddle out of the serration and turn it to the new angle: forward 45°, neutral 0° or reverse "
            "45°. The angles are stamped on the seat.",
            "Tighten the paddle nut to 180 Nm (PCD-4) or 250 Nm (PCD-8).",
            "Turn both shafts by hand through one full turn: there must be at least 8 mm between every paddle tip "
            "and the body.",
            "Close the doors, remove the locks and record the new setting on the recipe's setting sheet.",
            "After the first 8 h of running, check the tightening torque of the paddles that were moved.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the purge air pressure; drain the valve station; look for mash at the shaft ends"],
            ["Weekly", "Clean the steam nozzles; check the vent for build-up"],
            [
                "Every 500 h",
                "Grease the four shaft bearings with H1 food-grade grease, 20 g (PCD-4) or 30 g (PCD-8) each",
            ],
            ["Monthly", "Check the load cells with the 50 kg test weight on the marked bracket: reading 50 kg ±2 kg"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Measure the paddle tips; replace paddles worn by more than 5 mm",
            ],
            ["Every 4000 h (PC12)", "Precavia service: bearings, lip seals, couplings"],
            [
                "Every 8000 h or 2 years, whichever comes first",
                "Change the gearbox oil, grade and quantity as on the gearbox maker's rating plate",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PCD-4", "PCD-8"],
            ["Paddle, small shaft", "PCV-PS-4", "PCV-PS-8"],
            ["Paddle, large shaft", "PCV-PL-4", "PCV-PL-8"],
            ["Steam nozzle with O-ring", "PCV-SN-12", "PCV-SN-12"],
            ["Lip seal kit, one shaft end", "PCV-LS-4", "PCV-LS-8"],
            ["Inspection door gasket", "PCV-DG-4", "PCV-DG-8"],
            ["Discharge temperature probe Pt100", "PCV-TP-1", "PCV-TP-1"],
            ["Load cell", "PCV-LC-15", "PCV-LC-30"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vacunda VC vacuum coaters
VACUNDA = [
    ("title", "Vacunda VC Batch Vacuum Coaters\nOperating and Maintenance Instructions - VC-10 and VC-20"),
    (
        "p",
        "Document VCS-OM-VC-07, Edition 1, November 2024. Vacunda Coating Systems. The VC-10 and VC-20 coat dried "
        "kibble with fat and liquid palatants under vacuum. A batch of kibble is weighed into the vessel, the "
        "vessel is evacuated, fat is sprayed on while the twin-shaft paddle mixer turns, and the vacuum is then "
        "released slowly: the returning air pushes the fat into the pores of the kibble, so that more fat can be "
        "added without a greasy surface. Apart from the vessel size, the drives, the vacuum pump and the values "
        "given for each model, the two coaters are built alike. The vacuum pump is a dry claw pump with its own "
        "maker's manual. Powder palatants are added in a drum after the coater, which this manual does not cover.",
    ),
    (
        "warn",
        "WARNING: Never open the inspection hatch or the discharge flap while the vessel is under vacuum or the "
        "mixer turns. Hot fat at up to 65 °C is sprayed at 4-8 bar: wear face protection when working on the fat "
        "line, and relieve its pressure first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VC-10", "VC-20"],
            ["Vessel volume, gross", "1000 L", "2000 L"],
            ["Batch size, kibble of 350-450 g/L bulk density", "200-350 kg", "400-700 kg"],
            ["Batch cycle time, 8 % fat and 1 % liquid palatant, 200 mbar", "5.0 min", "6.0 min"],
            ["Batches per hour at that cycle", "12", "10"],
            ["Mixer, twin-shaft paddle, speed", "20-60 rpm", "20-50 rpm"],
            ["Mixer motor", "11 kW", "22 kW"],
            ["Vacuum pump, dry claw", "250 m³/h, 7.5 kW", "400 m³/h, 11 kW"],
            ["Time to reach 200 mbar abs with a full batch", "45 s", "60 s"],
            ["Lowest vacuum setpoint", "100 mbar abs", "100 mbar abs"],
            ["Fat spray nozzles", "2", "4"],
            ["Liquid palatant nozzles", "1", "2"],
            ["Fat addition", "up to 14 % of the batch mass", "up to 14 % of the batch mass"],
            ["Fat line pressure at the nozzles", "4-8 bar", "4-8 bar"],
            ["Load cells (vessel weighing)", "3 x 1 t", "3 x 2 t"],
            ["Discharge flap, full length, opening time", "15 s", "20 s"],
            ["Compressed air", "6 bar, dry", "6 bar, dry"],
            ["Mass, empty", "3200 kg", "5400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The batch sizes hold for kibble of 350-450 g/L. For lighter kibble the batch is limited by the volume, "
        "about 80 % of the gross vessel volume. Cycle times hold for the fat and palatant quantities stated; higher "
        "fat additions lengthen the spray step.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The hatch and the flap have interlock switches and the vessel has a vacuum switch; the hatch cannot be "
            "opened below 950 mbar abs.",
            "Before work inside the vessel, lock out the mixer, the vacuum pump and the fat pump, close the fat "
            "valve and open the vent valve.",
            "Fat on the floor is a slip hazard; clean it up at once.",
            "Fat-soaked rags and kibble dust can self-heat. Keep them in closed metal bins.",
        ],
    ),
    ("h", "3. Coating cycle settings"),
    (
        "cols",
        [
            ("h", "Vacuum setpoint"),
            (
                "p",
                "Default 200 mbar abs, settable 100-400 mbar abs. The vessel gauge shows absolute pressure. A lower "
                "setpoint takes more fat into the kibble but lengthens the cycle. Spraying starts only when the "
                "setpoint is reached.",
            ),
            ("h", "Fat temperature"),
            (
                "p",
                "Keep the fat at least 10 °C above its melting point and never above 65 °C. For chicken fat, which "
                "melts at about 35 °C, this gives 45-55 °C. For other fats take the melting point from the fat "
                "supplier's specification sheet.",
            ),
            ("h", "Kibble temperature"),
            (
                "p",
                "Load kibble at 30-45 °C. Above 50 °C the fat stays liquid at the surface and runs off; below 25 °C it "
                "sets on the surface before the vacuum is released.",
            ),
            ("h", "Fat quantity"),
            (
                "p",
                "Fat (kg) = batch mass (kg) x fat (%) / 100. Example: 300 kg x 8 % = 24 kg. The fat meter doses to "
                "within ±1 % of the set quantity for batches above 150 kg (VC-10) or 300 kg (VC-20). A deviation of "
                "more than ±3 % raises V07 and holds the batch.",
            ),
            ("h", "Vacuum release"),
            (
                "p",
                "The release ramp from the setpoint to atmospheric pressure is settable 30-90 s, default 60 s. A "
                "faster release leaves more fat on the surface.",
            ),
            ("h", "Mixing"),
            (
                "p",
                "Mixer speed 30-40 rpm for most kibble; brittle kibble at 20-30 rpm. Mixing time after the release "
                "20 s by default. Longer mixing makes fines.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["V01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["V02", "Hatch or flap interlock", "Inspection hatch open or the discharge flap not locked."],
            [
                "V03",
                "Vacuum not reached",
                "Not within 50 mbar of the setpoint after 120 s: hatch or flap seal leaking, vacuum filter blocked, "
                "vent valve not closed.",
            ],
            ["V04", "Vacuum pump fault", "Pump motor overload or pump temperature high. See the pump manual."],
            ["V05", "Fat temperature low", "Fat below the set minimum, default 40 °C. Spraying is blocked."],
            ["V06", "Fat temperature high", "Fat above 65 °C. Spraying is blocked."],
            [
                "V07",
                "Fat dose deviation",
                "Dosed fat more than ±3 % from the set quantity. The batch is held; accept or reject it at the panel.",
            ],
            ["V08", "Batch weight", "Batch below the minimum or above the maximum batch size."],
            ["V09", "Discharge flap", "Flap limit switch not reached within 25 s."],
            ["V11", "Vacuum filter", "Filter differential pressure above 25 mbar. Clean the filter (section 7)."],
            ["V12", "Mixer overload", "Mixer current high: batch too large, or kibble set in the vessel."],
            ["V13", "Service due", "3000 running hours since the last Vacunda service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Coated kibble greasy to the touch, fat marks on the bags",
                "Kibble loaded above 50 °C, vacuum setpoint not reached before spraying, or a release ramp that is "
                "too fast",
                "Check the kibble temperature; check the vacuum; set the release ramp to at least 60 s",
            ],
            [
                "More fines in the coated product than before the coater",
                "Mixer speed too high or mixing too long; brittle kibble from the dryer",
                "Set 20-30 rpm; cut the mixing time after the release back to 20 s",
            ],
            [
                "Fat streaks and lumps of fat on some kibble",
                "A nozzle blocked or dripping, or fat too cold",
                "Clean the nozzles (section 8); check the fat temperature",
            ],
            [
                "Vacuum takes longer each day",
                "Vacuum filter loading up, or the hatch seal worn",
                "Clean the filter; check the hatch seal for cuts",
            ],
            [
                "Fat in the vacuum line and the catch pot",
                "Fat sprayed before the setpoint was reached, or the catch pot not emptied",
                "Check the spray release setting; empty the catch pot daily",
            ],
            [
                "Coated kibble sticks together in the bin",
                "Kibble or fat too warm, so the fat stays liquid",
                "Check both temperatures; cool the product before storing",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a coating batch"),
    (
        "ol",
        [
            "Check the fat temperature and the fat line pressure (4-8 bar) on the panel.",
            "Select the recipe: batch size, fat and palatant percentages, vacuum setpoint, release ramp.",
            "Press START. The loading gate opens and kibble is weighed in to the batch size.",
            "The hatch and flap lock, the vent valve closes and the vacuum pump runs.",
            "At the setpoint, fat and then liquid palatant are sprayed with the mixer turning.",
            "The vacuum is released along the set ramp, then the mixer runs for the mixing time.",
            "The discharge flap opens and the batch drops into the hopper below; the next batch starts.",
        ],
    ),
    ("h", "7. Cleaning the vacuum filter"),
    (
        "ol",
        [
            "Finish the running batch and stop the coater at the end of the cycle.",
            "Switch off and lock out the vacuum pump.",
            "Open the vent valve on the filter housing and check that the housing gauge reads atmospheric pressure.",
            "Open the four clamps of the housing lid and lift out the cartridge.",
            "Tap the dust off over a bin and wash the cartridge in water at 40-50 °C with a mild detergent; never "
            "use compressed air on a wet cartridge.",
            "Let it dry fully (at least 12 h) or fit the spare cartridge VCS-VF-250 (VC-10) or VCS-VF-400 (VC-20).",
            "Check the lid O-ring, refit the lid and close the clamps.",
            "Empty the catch pot below the filter.",
            "Start a batch and check that the differential pressure is below 10 mbar.",
        ],
    ),
    ("h", "8. Cleaning the fat nozzles"),
    (
        "ol",
        [
            "Stop the coater at the end of a cycle and lock out the fat pump.",
            "Close the fat valve and open the drain cock to relieve the line pressure.",
            "Open the inspection hatch and unscrew the nozzles from inside the vessel.",
            "Soak them in hot water at 70 °C for 10 min; clear the orifice with the brass pin, never with wire.",
            "Refit the nozzles with new seals, spray pattern across the shafts.",
            "Close the hatch, open the fat valve and run one batch with the hatch window in view to check the spray.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the catch pot; check the hatch seal; look for fat leaks"],
            ["Weekly", "Clean the fat nozzles (section 8)"],
            ["Every 2 weeks, or when V11 shows", "Clean the vacuum filter (section 7)"],
            [
                "Quarterly",
                "Check the vessel load cells with test weights: 4 x 25 kg (VC-10) or 8 x 25 kg (VC-20), "
                "reading within ±0.5 kg",
            ],
            ["Every 12 months", "Check the fat meter against a weighed dose; replace the hatch seal"],
            ["Vacuum pump", "Oil, filters and overhaul as set out in the pump maker's manual"],
            ["Every 3000 h (V13)", "Vacunda service: mixer bearings, shaft seals, discharge flap seal"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VC-10", "VC-20"],
            ["Inspection hatch seal", "VCS-HS-10", "VCS-HS-20"],
            ["Discharge flap seal", "VCS-FS-10", "VCS-FS-20"],
            ["Fat spray nozzle with seal", "VCS-FN-65", "VCS-FN-65"],
            ["Palatant nozzle with seal", "VCS-PN-40", "VCS-PN-40"],
            ["Vacuum filter cartridge", "VCS-VF-250", "VCS-VF-400"],
            ["Paddle tip, wear plastic", "VCS-PT-10", "VCS-PT-20"],
            ["Vacuum switch", "VCS-VS-1", "VCS-VS-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kaltrova KCF counterflow coolers
KALTROVA = [
    ("title", "Kaltrova KCF Counterflow Kibble Coolers\nInstallation, Operation and Maintenance - KCF-12 and KCF-20"),
    (
        "p",
        "Document KCT-OM-KCF-04, Edition 3, June 2025. Kaltrova Cooling Technology. The KCF-12 and KCF-20 cool kibble "
        "after the dryer or after the coater. Product enters at the top through a rotary valve and a spreader and "
        "forms a bed in the cooling chamber; ambient air is drawn upwards through the bed, against the product "
        "flow, and the bed is discharged at the bottom by a sliding grid that strokes whenever the level sensors "
        "call for it. Apart from the size, the fan and the values given for each model, the two coolers are built "
        "alike. The cyclone, the air ducting, the fan silencer and the conveyors before and after the cooler are "
        "covered by their own manuals or by the site's plant design.",
    ),
    (
        "warn",
        "WARNING: Kibble with fat can smoulder in the cooler. Never enter the cooling chamber or open the lower "
        "doors while the fan runs or the grid is under air pressure. The sliding grid can cut off fingers: lock out "
        "the grid valve and vent the air before any work on it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KCF-12", "KCF-20"],
            ["Capacity, kibble of 350-500 g/L entering at up to 90 °C", "12 t/h", "20 t/h"],
            ["Cooling chamber, inside", "2.0 x 2.0 m (4.0 m²)", "2.6 x 2.6 m (6.8 m²)"],
            ["Bed height, settable", "600-1200 mm", "600-1400 mm"],
            ["Air flow through the bed at the rated capacity", "12 000 m³/h", "20 000 m³/h"],
            ["Fan motor", "22 kW", "37 kW"],
            ["Air velocity in the empty chamber", "0.83 m/s", "0.82 m/s"],
            ["Rotary valve at the inlet", "400 x 400 mm, 1.5 kW", "500 x 500 mm, 2.2 kW"],
            ["Sliding grid, stroke", "100 mm, 2 cylinders", "100 mm, 3 cylinders"],
            ["Grid gap, settable", "8-40 mm", "8-40 mm"],
            ["Grid clamping bolts M12", "8", "12"],
            ["Hood temperature sensors", "2", "3"],
            ["Compressed air", "6 bar, 150 NL per stroke", "6 bar, 220 NL per stroke"],
            ["Mass, empty", "3600 kg", "5800 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Capacity and outlet temperature hold for kibble of 350-500 g/L and 4-25 mm entering at up to 90 °C, with "
        "ambient air of 5-35 °C. The cooler needs at least 1000 m³ of air per tonne of product, so a KCF-12 at "
        "12 t/h needs 12 000 m³/h.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The lower doors and the inspection door are interlocked with the grid valve and the fan.",
            "Before entering the chamber: empty it, lock out the fan, the rotary valve and the grid valve, vent the "
            "grid cylinders and follow the site's confined space permit.",
            "Smouldering kibble gives off smoke at the hood. Do not open a door on a hot bed: air feeds the fire. "
            "Follow the site's fire procedure.",
            "Kibble dust is combustible; explosion protection of the cyclone and the ducting is set out in the "
            "site's explosion protection document.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Outlet temperature"),
            (
                "p",
                "Kibble leaves the cooler no more than 5 °C above the ambient air temperature, at the rated capacity "
                "and a retention time of at least 8 min. The limit does not hold with air above 35 °C; ask Kaltrova "
                "for such sites.",
            ),
            ("h", "Retention time"),
            (
                "p",
                "Retention (min) = chamber area (m²) x bed height (m) x bulk density (kg/m³) / throughput (kg/min). "
                "Example for a KCF-12: 4.0 m² x 1.0 m x 420 kg/m³ = 1680 kg, at 12 t/h (200 kg/min) 8.4 min. "
                "Keep 8-15 min.",
            ),
            ("h", "Bed level"),
            (
                "p",
                "The low level sensor sits at 600 mm. The bed setpoint is the height of the adjustable high sensor. "
                "The max sensor, 150 mm above the highest setting, stops the rotary valve (K07).",
            ),
            ("h", "Grid strokes"),
            (
                "p",
                "The grid strokes while the high sensor is covered: stroke time 2-6 s, pause 5-60 s, default 3 s "
                "and 20 s. More than 3 strokes per minute for an hour means the bed is running low; check the "
                "feed.",
            ),
            ("h", "Starting cold"),
            (
                "p",
                "Run the fan for 10 min before the first product enters an empty cold cooler, or warm kibble (above "
                "70 °C or more than 12 % moisture) condenses water in the hood.",
            ),
            ("h", "Hood temperature"),
            (
                "p",
                "Alarm at 70 °C (K03). At 90 °C (K04) the rotary valve, the grid and the fan stop and the air "
                "dampers close.",
            ),
            ("h", "Emptying"),
            (
                "p",
                "EMPTY mode strokes the grid continuously with the fan on until the low sensor is free, then for 5 "
                "min more.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["K02", "Door open", "A lower door or the inspection door open. Fan, rotary valve and grid stop."],
            [
                "K03",
                "Hood temperature high",
                "Above 70 °C at a hood sensor. Look for smoke; check for smouldering kibble or a hot batch from the "
                "dryer.",
            ],
            [
                "K04",
                "Hood temperature very high",
                "Above 90 °C. Everything stops and the dampers close. Follow the site's fire procedure; do not open "
                "the doors.",
            ],
            ["K06", "Fan fault", "Fan motor overload or the fan inverter tripped."],
            ["K07", "Max level", "Max sensor covered. The rotary valve stops until the level falls."],
            [
                "K08",
                "Grid not moving",
                "Grid end switch not reached within 8 s: air pressure low, a lump jammed in the grid, or a cylinder "
                "fault.",
            ],
            ["K09", "Rotary valve", "Rotary valve motor overload or speed monitor: a foreign body in the rotor."],
            ["K10", "Air pressure low", "Compressed air below 4.5 bar. The grid stops."],
            [
                "K11",
                "Air flow low",
                "Pressure drop across the bed below 3 mbar with product in: damper closed, fan belt slipping, or "
                "the duct blocked.",
            ],
            ["K12", "Service due", "6000 running hours since the last Kaltrova service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Kibble leaves the cooler more than 5 °C above the ambient air",
                "Throughput above the rating, bed set too low so the retention time is under 8 min, or low air flow "
                "from a blocked cyclone or a closed damper",
                "Check the retention time (section 3), raise the bed; check the differential pressure and the damper",
            ],
            [
                "Soft or wet kibble, water dripping in the hood",
                "Warm product into a cold cooler without the 10 min fan run, or very cold humid air",
                "Run the fan first; keep the air above 5 °C",
            ],
            [
                "Uneven temperature, holes blown in the bed",
                "Spreader cone not turning, bed below 600 mm, or a lot of fines",
                "Check the spreader drive; raise the bed; screen the fines",
            ],
            [
                "Many fines in the cyclone",
                "Air velocity too high for the product, or brittle kibble",
                "Reduce the fan speed but keep 1000 m³ per tonne",
            ],
            [
                "Grid strokes but little product comes out",
                "Bridging above the grid, or a grid gap too narrow for the kibble",
                "Set the grid gap (section 7)",
            ],
            [
                "Grid strokes all the time, level bounces",
                "Build-up on the level sensor paddles",
                "Clean the sensor paddles (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the doors are closed and the compressed air is at least 6 bar.",
            "Start the cyclone rotary valve and the conveyor after the cooler.",
            "Start the fan; with a cold cooler let it run for 10 min.",
            "Start the rotary valve at the inlet and the spreader; product builds up to the bed setpoint.",
            "Check the outlet temperature after the first 20 min.",
            "To stop, stop the feed, select EMPTY and wait until EMPTY END shows.",
            "Stop the fan, then the conveyors.",
        ],
    ),
    ("h", "7. Setting the grid gap"),
    (
        "ol",
        [
            "Work out the gap: gap (mm) = kibble diameter (mm) x 1.7, rounded to the nearest 2 mm step of the "
            "scale. Example: 12 mm kibble x 1.7 = 20.4 mm, set 20 mm. The gap must stay within 8-40 mm.",
            "Empty the cooler (EMPTY mode) and stop it.",
            "Lock out the fan and the rotary valve, lock the grid valve closed and vent the grid cylinders.",
            "Open the lower doors.",
            "Loosen the clamping bolts of the fixed grid: 8 (KCF-12) or 12 (KCF-20).",
            "Slide the fixed grid until the gap gauges of the new size fit between the fixed and moving bars at "
            "both ends.",
            "Tighten the clamping bolts to 45 Nm.",
            "Push the moving grid by hand through the full 100 mm stroke: it must not touch the fixed bars.",
            "Close the doors, remove the locks and note the gap on the recipe sheet.",
        ],
    ),
    ("h", "8. Weekly cleaning"),
    (
        "ol",
        [
            "Empty and stop the cooler, then lock out as in section 7, step 3.",
            "Open the inspection door and brush fines and fat crusts off the walls, the spreader and the hood.",
            "Clean the paddles of the three level sensors and turn them by hand: they must turn freely.",
            "Vacuum up the fines below the grid; never blow them off with compressed air.",
            "Close the door and remove the locks.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the outlet temperature against the ambient air; look for fat build-up at the hood"],
            ["Weekly", "Clean the chamber, the spreader and the level sensors (section 8)"],
            ["Monthly", "Check the grid cylinders and air hoses for leaks; test the hood sensors with the test button"],
            ["Every 2000 h", "Grease the rotary valve bearings; check the rotor tips (gap no more than 0.3 mm)"],
            [
                "Every 6000 h (K12) or 2 years, whichever comes first",
                "Kaltrova service: grid guides, cylinder seals, rotary valve overhaul",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KCF-12", "KCF-20"],
            ["Grid bar, moving", "KCT-GB-12", "KCT-GB-20"],
            ["Gap gauge set 8-40 mm", "KCT-GG-1", "KCT-GG-1"],
            ["Grid cylinder seal kit", "KCT-CS-63", "KCT-CS-63"],
            ["Level sensor, paddle type", "KCT-LS-2", "KCT-LS-2"],
            ["Hood temperature sensor", "KCT-TS-90", "KCT-TS-90"],
            ["Rotary valve rotor tip set", "KCT-RT-40", "KCT-RT-50"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Mikrolund MB-24 micro-ingredient batching
MIKROLUND = [
    ("title", "Mikrolund MB-24 Micro-Ingredient Batching System\nUser and Maintenance Manual"),
    (
        "p",
        "Document MKL-OM-MB24-02, Edition 2, February 2025. Mikrolund Dosing Systems. The MB-24 weighs the small "
        "ingredients of a dry pet food recipe (vitamin and mineral premixes, trace minerals, amino acids, "
        "preservatives, colourants) into one batch for the main mixer. Twenty-four stainless steel bins stand in a "
        "ring above two scales; each bin has a dosing screw that feeds either the fine scale or the coarse scale. "
        "The finished batch drops through the discharge gate into the transfer hopper of the main mixer. The main "
        "mixer, the dust filter and the recipe management software each have their own manual. The tolerances of "
        "each ingredient are set in the recipe by the site's quality department; this manual gives the limits of "
        "the machine only.",
    ),
    (
        "warn",
        "WARNING: Some micro-ingredients are irritants or respiratory sensitisers. Wear the mask and gloves stated "
        "in the ingredient's safety data sheet when refilling or cleaning. Never reach into a bin while its screw "
        "can start: lock out the bin at the panel (BIN LOCK) and at its isolator.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MB-24"],
            ["Bins", "24: positions 1-16 of 60 L, positions 17-24 of 150 L with agitator"],
            ["Dosing screws", "25 mm (bins 1-16), 40 mm (bins 17-24)"],
            ["Dosing rate, powder of 600 kg/m³", "0.3-1.2 kg/min (25 mm screw), 2-8 kg/min (40 mm screw)"],
            ["Fine scale", "0-12 kg, division 1 g"],
            ["Coarse scale", "0-60 kg, division 10 g"],
            ["Smallest dose", "50 g on the fine scale, 2 kg on the coarse scale"],
            ["Dosing accuracy, fine scale", "±1 % of the set weight or ±3 g, whichever is greater"],
            ["Dosing accuracy, coarse scale", "±0.5 % of the set weight or ±20 g, whichever is greater"],
            ["Batch cycle", "up to 20 batches per hour with 12 ingredients"],
            ["Dust extraction at the scale hoods", "600 m³/h at 1500 Pa, from the site's dust filter"],
            ["Compressed air", "6 bar, dry and oil-free"],
            ["Room", "10-35 °C, below 70 % relative humidity"],
            ["Supply", "400 V 3~ 50 Hz, 6 kW"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The dosing rates hold for free-flowing powders of 600 kg/m³. Rates for other ingredients are learned by "
        "the controller during the first batches; they are not given here. The accuracies hold with the dust "
        "extraction running, the scales checked within the last 35 days and a room within the stated range.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The bin lids and the scale hoods have interlock switches. A bin screw cannot start with its lid open.",
            "Keep the dust extraction running whenever a lid is open; its airflow switch is monitored (D11).",
            "Clear spilled powder with the vacuum cleaner, never with compressed air.",
            "Colourants and some trace minerals must not be mixed up: each bin is assigned to one ingredient and "
            "refilled only after its barcode has been scanned.",
        ],
    ),
    ("h", "3. Dosing settings and limits"),
    (
        "cols",
        [
            ("h", "Coarse and fine speed"),
            (
                "p",
                "Each screw runs at full speed until the coarse/fine switch-over point, default 90 % of the set "
                "weight (settable 70-95 %), and then at fine speed, default 15 % of full speed.",
            ),
            ("h", "In-flight compensation"),
            (
                "p",
                "Powder still falling when the screw stops is learned per bin and subtracted from the stop point. "
                "The correction is limited to 20 g. A bin that always overshoots by more than this needs a lower "
                "fine speed.",
            ),
            ("h", "Tolerance check"),
            (
                "p",
                "Every dose is checked against the tolerance in the recipe, which can be no tighter than the "
                "machine accuracy. A dose above the upper tolerance raises D04; a dose still under the lower "
                "tolerance after 60 s of fine dosing raises D05. The batch is held until a user with QA rights "
                "accepts or rejects it.",
            ),
            ("h", "Bin levels"),
            (
                "p",
                "A capacitive sensor in each bin warns at 20 % fill. A bin is treated as empty (D03) when the scale "
                "sees no weight gain within 30 s at full speed.",
            ),
            ("h", "Hygroscopic ingredients"),
            (
                "p",
                "Choline chloride and other hygroscopic or poorly flowing ingredients go only in bins 17-24, with "
                "the agitator on. Keep their bins closed and refill no more than one day's use at a time.",
            ),
            ("h", "Scale check"),
            (
                "p",
                "Every 35 days at the latest (D13) with class M1 test weights: 1 kg and 5 kg on the fine scale, 20 kg "
                "on the coarse scale. The fine scale must read within ±2 g, the coarse scale within ±10 g.",
            ),
            ("h", "Dosing order"),
            (
                "p",
                "Ingredients that must not carry over (colourants) are dosed last. After a batch with a colourant "
                "the fine scale hood is purged for 10 s.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["D02", "Lid or hood open", "A bin lid or a scale hood opened during dosing. The screws stop."],
            [
                "D03",
                "Bin empty",
                "No weight gain within 30 s at full speed: bin empty, bridging above the screw, or screw motor fault.",
            ],
            ["D04", "Overdose", "Dose above the upper tolerance. Batch held for a QA decision."],
            ["D05", "Underdose", "Dose under the lower tolerance after 60 s of fine dosing. Batch held."],
            ["D07", "Scale not stable", "No stable reading within 10 s: draught, vibration, or a sleeve touching."],
            ["D08", "Scale overload", "Fine scale above 12 kg or coarse scale above 60 kg."],
            ["D09", "Discharge gate", "Gate not closed, or not open within 5 s."],
            ["D10", "Wrong ingredient", "Barcode scanned at refill does not match the bin. The lid stays locked."],
            ["D11", "Dust extraction off", "Airflow switch open at the scale hoods. Dosing pauses."],
            ["D12", "Agitator fault", "Agitator of bin 17-24 overload or not turning."],
            ["D13", "Scale check due", "35 days since the last scale check (section 7)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One bin overshoots by a few grams every time",
                "Fine speed too high for the ingredient, or powder dribbling from the screw after it stops",
                "Lower the fine speed of that bin; check the anti-flush flap at the screw outlet",
            ],
            [
                "Screw runs for a long time and the dose never finishes, often with a hygroscopic ingredient",
                "Bridging or a rat hole in the bin, or caked powder after moisture pick-up",
                "Check that the agitator runs; empty and clean the bin; keep the room below 70 % humidity",
            ],
            [
                "Scale reading drifts when the dust extraction starts",
                "A connecting sleeve pulled tight, or the hood sucking on the scale",
                "Check that the sleeves hang slack; zero the scale with the extraction running",
            ],
            [
                "Fine and coarse scale results do not agree",
                "A scale out of calibration",
                "Check both scales with test weights (section 7)",
            ],
            [
                "Powder floods through the screw after a refill",
                "Freshly filled fine powder is aerated and flows like a liquid",
                "Wait 10 min after a refill before dosing from that bin",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Refilling a bin"),
    (
        "ol",
        [
            "Wait for the bin to show REFILL (20 % fill) or select it at the panel.",
            "Put on the mask and gloves stated in the ingredient's safety data sheet.",
            "Scan the barcode of the ingredient bag. Only a matching barcode unlocks the lid (otherwise D10).",
            "Open the lid and empty the bag through the grid; do not tip in bag pieces or strings.",
            "Fill no higher than the MAX mark, 100 mm below the lid.",
            "Close the lid and confirm the refill with the lot number on the panel.",
            "Wait 10 min before dosing from a bin of fine powder.",
        ],
    ),
    ("h", "7. Checking the scales"),
    (
        "ol",
        [
            "Stop batching at the end of a batch and select SERVICE > SCALE CHECK.",
            "Leave the dust extraction running and the hoods closed for 5 min.",
            "Zero the fine scale; it must read 0 g ±1 g.",
            "Place the 1 kg test weight on the fine scale check platform: reading 1000 g ±2 g.",
            "Place the 5 kg test weight instead: reading 5000 g ±2 g.",
            "Zero the coarse scale and place the 20 kg test weight on its platform: reading 20.00 kg ±10 g.",
            "Enter the readings; the panel prints the check report and resets D13.",
            "If a reading is outside its limit, stop batching and call Mikrolund service or the site's approved "
            "scale service to calibrate the scale; calibration is not a user task.",
        ],
    ),
    ("h", "8. Cleaning a bin for an ingredient change"),
    (
        "ol",
        [
            "Dose the bin empty into a waste container (SERVICE > EMPTY BIN).",
            "Lock out the bin at the panel and at its isolator.",
            "Open the lid, vacuum the bin and release the screw clamp.",
            "Pull out the screw and clean screw and trough dry with brushes and the vacuum cleaner.",
            "Wipe with a damp cloth only if the new ingredient allows it, and let the bin dry fully.",
            "Refit the screw, close the lid and assign the new ingredient to the bin in the recipe software.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Vacuum spilled powder; check the sleeves between the scales and the hoods"],
            ["Weekly", "Check the anti-flush flaps and the discharge gate seal"],
            ["Every 35 days (D13)", "Check the scales with test weights (section 7)"],
            ["Every 6 months", "Check the screw flights for wear; grease the agitator bearings"],
            ["Every 12 months", "Mikrolund service: load cells, screw motors, gate cylinders"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Dosing screw 25 mm", "MKL-DS-25"],
            ["Dosing screw 40 mm", "MKL-DS-40"],
            ["Anti-flush flap", "MKL-AF-2"],
            ["Connecting sleeve, scale hood", "MKL-CS-150"],
            ["Discharge gate seal", "MKL-GS-300"],
            ["Test weight set 1 kg, 5 kg, 20 kg, class M1", "MKL-TW-26"],
            ["Barcode scanner", "MKL-BS-1"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("precavia-pcd-extruder-preconditioner.pdf", "Precavia PCV-OM-PCD-03 Ed 2 - PCD-4 / PCD-8", PRECAVIA),
        ("vacunda-vc-vacuum-fat-coater.pdf", "Vacunda VCS-OM-VC-07 Ed 1 - VC-10 / VC-20", VACUNDA),
        ("kaltrova-kcf-counterflow-kibble-cooler.pdf", "Kaltrova KCT-OM-KCF-04 Ed 3 - KCF-12 / KCF-20", KALTROVA),
        ("mikrolund-mb-micro-ingredient-batching-system.pdf", "Mikrolund MKL-OM-MB24-02 Ed 2 - MB-24", MIKROLUND),
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
