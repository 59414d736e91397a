"""Generate the PDF manuals of the hundred-and-eightieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set180-scratch/venv && /tmp/set180-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set180-scratch/venv/bin/python knowledge/samples/hundredeightieth/make_pdfs.py

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



# ---------------------------------------------------------------- Globerra GCP golf ball core compression presses
GLOBERRA = [
    (
        "title",
        "Globerra GCP Golf Ball Core Compression Moulding Presses\nOperation and Maintenance - GCP-160 and GCP-250",
    ),
    (
        "p",
        "Document GLB-OM-GCP-04, Edition 3, March 2025. Globerra Moulding Machinery. The GCP-160 and GCP-250 are "
        "upstroke hydraulic compression presses with electrically heated, water-cooled platens. They mould solid "
        "polybutadiene cores and mantle shells for golf balls in multi-cavity mould plates: a slug of uncured "
        "compound is laid in each lower cavity, the press closes, bumps (opens a few millimetres) to let air and "
        "gas escape, holds the clamping force while the compound cures, cools the platens and opens. Apart from "
        "the items in the technical data and the parts list, the two models are built alike.",
    ),
    (
        "p",
        "The mould plates are not part of the press. Their cavities, vents, release coating and cleaning are "
        "described in the mould maker's mould sheet. Cure temperatures, cure times and slug weights come from the "
        "site's compound specification; this manual gives only the limits of the press. The hydraulic "
        "accumulator and the supply up to the main isolator are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The platens and mould plates run at up to 190 °C. Wear heat-resistant gloves and sleeves when "
        "loading slugs or handling plates. Never reach between the platens with the light curtain muted.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GCP-160", "GCP-250"],
            ["Nominal clamping force at 250 bar", "1600 kN", "2500 kN"],
            ["Main ram diameter", "285 mm", "360 mm"],
            ["Main ram area (used in the pressure formula)", "638 cm²", "1018 cm²"],
            ["Maximum working pressure / relief valve", "250 bar / 265 bar", "250 bar / 265 bar"],
            ["Heated platen size", "610 x 610 mm", "760 x 760 mm"],
            ["Cavities of the standard 38.5 mm core mould", "120 (10 x 12)", "196 (14 x 14)"],
            ["Daylight (maximum opening) / ram stroke", "350 mm / 300 mm", "420 mm / 360 mm"],
            ["Closing speed, fast / pressing", "80 mm/s / 5 mm/s", "70 mm/s / 4 mm/s"],
            ["Platen temperature range", "120-190 °C", "120-190 °C"],
            ["Heating power, upper and lower platen together", "24 kW (24 cartridges)", "36 kW (32 cartridges)"],
            ["Cooling water, platens", "at least 40 L/min, 15-25 °C, 3-6 bar", "at least 60 L/min, 15-25 °C, 3-6 bar"],
            ["Hydraulic pump motor", "11 kW", "15 kW"],
            ["Hydraulic oil HLP 46, tank", "180 L", "260 L"],
            ["Supply 400 V 3~ 50 Hz, connected load / fuse", "38 kW / 80 A", "55 kW / 100 A"],
            ["Mass without mould plates", "6.8 t", "9.4 t"],
        ],
        (74, 48, 48),
    ),
    (
        "p",
        "The nominal clamping force is reached only at 250 bar. The platen temperature uniformity of ±2 °C holds "
        "only at 170 °C, after a soak of at least 60 min with the mould plates fitted and the guard doors closed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the press. Setting work with the light curtain muted is for setters "
            "only, with the key switch in SETTING and the press at fast speed blocked.",
            "Test the light curtain at the start of every shift with the test rod (30 mm): the press must not close "
            "while the rod is in the field.",
            "Lift mould plates only with the lifting eyes and a hoist rated for the plate mass. Never stand under a "
            "suspended plate.",
            "Switch off and lock the main isolator before any work on the heaters or the heater wiring; the "
            "cartridges stay hot for up to 2 h.",
        ],
    ),
    ("page",),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Clamping force and pressure"),
            (
                "p",
                "Required force (kN) = cavities x projected area of one cavity (cm²) x mould pressure (N/cm²) / "
                "1000. A 38.5 mm core has a projected area of 11.6 cm². Example: 120 cavities x 11.6 cm² x 1000 "
                "N/cm² / 1000 = 1392 kN. The pressure to set is: pressure (bar) = force (kN) x 100 / ram area "
                "(cm²). Example on a GCP-160: 1392 x 100 / 638 = 218 bar. Never set more than 250 bar; the relief "
                "valve opens at 265 bar.",
            ),
            ("h", "Bumping"),
            (
                "p",
                "Bump count 0-6, default 3. Bump opening 2-10 mm, default 4 mm. Bump dwell 1-5 s. The first bump "
                "starts 20 s after full pressure is reached. Too few bumps, or too small an opening, leave air and "
                "gas in the cores.",
            ),
            ("h", "Heating"),
            (
                "p",
                "Heat the platens from cold at no more than 3 °C per minute (HEAT RAMP, default 3). Above 195 °C the "
                "overtemperature limiter switches off the heaters (GC05); it must be reset by hand at the cabinet. "
                "During the cure each platen zone must stay within 5 °C of its setpoint, otherwise GC07 is shown.",
            ),
            ("h", "Cure and cooling"),
            (
                "p",
                "Cure time 1-60 min. At the end of the cure the cooling valves open. The press opens when both "
                "platens are below the open temperature (default 60 °C, settable 40-120 °C). If they are not below it "
                "after 20 min, GC11 is shown and the press stays closed until OPEN is pressed twice.",
            ),
            ("h", "Flash and parallelism"),
            (
                "p",
                "Flash at the parting line should be between 0.1 and 0.3 mm thick. Above 0.5 mm, check the slug "
                "weight and the clamping force. The platens must be parallel: measured at the four corners with "
                "the press closed on the gauge blocks, the readings may differ by no more than 0.10 mm.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["GC01", "Emergency stop", "An emergency stop is pressed or its circuit is open. Release it, press RESET."],
            ["GC02", "Guard or light curtain", "A guard door is open or the light curtain was interrupted while closing."],
            ["GC03", "Pump motor overload", "Motor protection tripped. Check the oil temperature and the supply."],
            ["GC04", "Oil temperature", "Oil above 60 °C. Check the oil cooler and its water supply."],
            ["GC05", "Platen overtemperature", "Limiter tripped above 195 °C. Find the cause, then reset by hand."],
            ["GC06", "Thermocouple", "A platen thermocouple is open circuit. Check the plug, replace the sensor."],
            ["GC07", "Zone deviation", "A platen zone more than 5 °C from its setpoint during the cure. Check the heater cartridges of the zone."],
            ["GC08", "Pressure not reached", "Set pressure not reached within 15 s: pump, valve or leak."],
            ["GC10", "Pressure loss", "Pressure more than 10 bar below the setpoint for 5 s during the cure."],
            ["GC11", "Cooling time exceeded", "Platens not below the open temperature after 20 min."],
            ["GC12", "Cooling water flow low", "Flow below 40 L/min (GCP-160) or 60 L/min (GCP-250)."],
            ["GC13", "Oil level or filter", "Oil level low, or the return filter indicator at 2.5 bar. Top up or change the element."],
        ],
        (18, 42, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Voids or small blisters just under the core skin",
                "Air or gas trapped: too few bumps or too small a bump opening",
                "Raise the bump count to 4 or 5, or the bump opening to 6 mm",
            ],
            [
                "Flash thicker than 0.5 mm on all cavities",
                "Slugs too heavy, or clamping force too low",
                "Check the slug weight against the compound specification; raise the pressure within 250 bar",
            ],
            [
                "Soft, undercured cores in one area of the plate",
                "One platen zone cold: a heater cartridge failed",
                "Compare the zone readings; replace the failed cartridge (section 8)",
            ],
            [
                "Cores stick in the upper cavities",
                "Release coating worn, cavities dirty, or the press opens too hot",
                "Clean the cavities as the mould sheet says; lower the open temperature",
            ],
            [
                "Flash heavy on one side of every core",
                "Platens not parallel, or the mould plate not seated on its locating pins",
                "Check the parallelism (section 3); reseat the plate",
            ],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Heating up and starting production"),
    (
        "ol",
        [
            "Check the oil level, the cooling water supply and that the fume hood is running.",
            "Check that the mould plates are seated on their locating pins and clamped.",
            "Select the recipe; check the cure temperature, cure time, bumps and pressure against the compound "
            "specification.",
            "Press HEAT. The platens heat at the ramp rate set (no more than 3 °C per minute).",
            "Wait until both platens have been at the setpoint for at least 60 min (the soak timer shows SOAK OK).",
            "Test the light curtain with the test rod.",
            "Load one slug into each lower cavity. Never load by hand into a plate above 100 °C without gloves.",
            "Press both CYCLE buttons. The press closes, bumps, cures, cools and opens.",
            "Check the first cores: flash thickness, voids, and the weight as the compound specification asks.",
        ],
    ),
    ("h", "7. Changing the mould plates"),
    (
        "ol",
        [
            "Finish the last cycle and cool the platens to below 60 °C (COOL DOWN mode).",
            "Open the press fully and switch the key switch to SETTING.",
            "Fit the two plate support rails to the front of the lower platen.",
            "Release the upper plate clamps (8 bolts, 13 mm hex key) with the press closed on the plates, then open "
            "the press: the upper plate stays on the lower plate.",
            "Pull the plate pair out onto the rails and lift it off with the hoist using the four lifting eyes.",
            "Clean the platen faces and the locating pins; check the platen thermocouples are seated.",
            "Set the new plate pair on the rails and push it in until it sits on both locating pins.",
            "Close the press slowly at setting speed, tighten the upper clamps to 60 Nm, open and tighten the lower "
            "clamps to 60 Nm.",
            "Remove the rails, enter the new cavity count in the recipe and check the pressure with the formula in "
            "section 3.",
        ],
    ),
    ("h", "8. Replacing a heater cartridge"),
    (
        "ol",
        [
            "Switch off and lock the main isolator. Let the platen cool to below 50 °C.",
            "Remove the platen side cover and find the cartridge of the cold zone with the zone map on the cover.",
            "Disconnect its leads at the terminal strip.",
            "Pull the cartridge out with the extraction tool; if it is seized, do not drill it out: call Globerra "
            "service.",
            "Coat the new cartridge with the anti-seize paste and push it fully in.",
            "Connect the leads, refit the cover, switch on and check that the zone heats.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Test the light curtain; check the oil level and the cooling water flow"],
            ["Weekly", "Clean the platen faces; check the guide pillars for scoring"],
            ["Every 500 h", "Grease the four guide bushes (lithium grease, 2 strokes each)"],
            ["2000 h or 12 months, whichever comes first", "Replace the return filter element"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil; check the platen parallelism"],
            ["12 months", "Check the thermocouples against a reference probe; Globerra service inspection of the ram seals"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "GCP-160", "GCP-250"],
            ["Heater cartridge, 16 mm", "GLB-HC-160 (580 mm, 1000 W)", "GLB-HC-250 (730 mm, 1125 W)"],
            ["Platen thermocouple type J", "GLB-TC-J150", "GLB-TC-J150"],
            ["Return filter element, 10 micron", "GLB-RF-10", "GLB-RF-10"],
            ["Main ram seal kit (fitted by Globerra service)", "GLB-RS-285", "GLB-RS-360"],
            ["Light curtain test rod 30 mm", "GLB-LT-30", "GLB-LT-30"],
            ["Plate support rails (pair)", "GLB-SR-61", "GLB-SR-76"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Rullcastle RM rubber two-roll mills
RULLCASTLE = [
    ("title", "Rullcastle RM Two-Roll Mills for Rubber Compounds\nOperating and Maintenance Manual - RM-400 and RM-550"),
    (
        "p",
        "Document RCM-OM-RM-11, Edition 2, June 2024. Rullcastle Mill Engineering. The RM-400 and RM-550 are open "
        "two-roll mills for warming, mixing in curatives and sheeting off rubber compounds, such as the "
        "polybutadiene compounds used for golf ball cores. The front roll is driven at a lower speed than the rear "
        "roll (friction ratio), which shears the compound in the nip. Both rolls are chilled cast iron, hard "
        "chromed, with drilled cooling channels fed by the temperature control unit. Apart from the sizes, drives "
        "and the values in the tables, the two models are built alike.",
    ),
    (
        "p",
        "The temperature control unit (TCU) is a separate machine with its own manual. Mixing temperatures, mixing "
        "times and the order of adding ingredients are set by the site's compound specification. Regrinding and "
        "rechroming of worn rolls is done by a roll refurbishing specialist; overhaul of the main gearbox by "
        "Rullcastle service.",
    ),
    (
        "warn",
        "WARNING: The nip draws in hands and sleeves. Never reach towards the nip above the stock. Cut the band only "
        "with the long-handled mill knife, on the front roll below the nip line. Test the emergency stop at the "
        "start of every shift.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RM-400", "RM-550"],
            ["Roll diameter x working length", "400 x 1000 mm", "550 x 1500 mm"],
            ["Front roll speed / surface speed", "15.3 rpm / 19.2 m/min", "11.5 rpm / 19.9 m/min"],
            ["Friction ratio front : rear", "1 : 1.15", "1 : 1.22"],
            ["Nip gap range", "0.3-10 mm", "0.5-15 mm"],
            ["Batch at 1.15 kg/L (see the batch formula)", "30-39 kg", "62-81 kg"],
            ["Main motor", "37 kW", "75 kW"],
            ["Main gearbox oil CLP 320", "45 L", "90 L"],
            ["Nip overload relief opens at a separating force of", "250 kN", "480 kN"],
            ["Largest stopping travel of the front roll surface (1/4 revolution)", "314 mm", "432 mm"],
            ["Roll temperature range (with the TCU)", "40-90 °C", "40-90 °C"],
            ["Cooling water per roll, at 3 bar", "30 L/min", "50 L/min"],
            ["Brake", "DC spring-applied, 24 V", "DC spring-applied, 24 V"],
            ["Mass", "7.5 t", "14.0 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The batch sizes in the table hold only for a compound density of 1.15 kg/L. For other compounds use the "
        "batch formula in section 3. The stopping travel limit is the travel of a point on the front roll surface "
        "from the moment a trip device is operated until the roll stands still.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The mill has pull wires along both sides, a body bar at the front and an emergency stop button at each "
            "end. Any of them stops the rolls with the brake and opens the nip by 2 mm.",
            "Never wear gloves with loose cuffs, ties or loose sleeves at the mill. Tie back long hair.",
            "Feed compound only from the front, with the stock guides (cheek plates) set to the width of the band.",
            "Small quantities of powder are added with the scoop, never by hand into the nip.",
            "Peroxide and accelerators are added only at the temperatures the compound specification allows; an "
            "overheated batch may scorch on the roll.",
        ],
    ),
    ("page",),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Batch size"),
            (
                "p",
                "Batch volume (L) = 0.0065 to 0.0085 x roll diameter (cm) x working length (cm). Batch mass (kg) = "
                "batch volume (L) x compound density (kg/L). Example for the RM-400 with a compound of 1.15 kg/L: "
                "0.0065 x 40 x 100 = 26 L and 0.0085 x 40 x 100 = 34 L, so 26 x 1.15 = 30 kg to 34 x 1.15 = 39 kg. "
                "A smaller batch does not form a rolling bank; a larger one spills over the stock guides.",
            ),
            ("h", "Nip gap"),
            (
                "p",
                "The gap is set with the two motorised adjusting screws and shown for each side to 0.01 mm. The two "
                "sides must read within 0.10 mm of each other; above 0.20 mm the mill shows R08. Sheet off at the "
                "gap the compound specification asks for.",
            ),
            ("h", "Roll temperatures"),
            (
                "p",
                "Most compounds band on the warmer roll. Run the front roll 5-10 °C warmer than the rear roll so the "
                "band stays on the front roll, where it is cut. If the TCU reports a roll more than 8 °C from its "
                "setpoint, the mill shows R07.",
            ),
            ("h", "Stopping"),
            (
                "p",
                "Operating any trip device must stop the front roll within 1/4 of a revolution: a surface travel of "
                "no more than 314 mm (RM-400) or 432 mm (RM-550). The control measures the travel with the roll "
                "encoder at every stop and shows it for 30 s. A longer travel gives R02 and the mill cannot be "
                "restarted until the brake has been checked.",
            ),
            ("h", "Motor and bearings"),
            (
                "p",
                "Above 110 % of the rated motor current for more than 10 s the mill stops (R03). Roll bearing "
                "temperature: warning at 75 °C, stop above 85 °C (R10).",
            ),
            ("h", "Brake"),
            (
                "p",
                "Brake air gap between 0.3 and 0.5 mm. Replace the brake lining when it is thinner than 4 mm.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "Pull wire, body bar or button operated. Find the cause, reset the device, press RESET."],
            ["R02", "Stopping travel", "Stop took longer than the limit. Check the brake air gap and the lining (section 8)."],
            ["R03", "Main motor overload", "Above 110 % current for 10 s: batch too large or too cold, or gap too small."],
            ["R04", "Gearbox oil", "Oil pressure low or oil above 80 °C. Check the level and the oil cooler."],
            ["R05", "Nip overload", "Overload relief opened: hard lump, foreign body or gap too small."],
            ["R07", "Roll temperature", "A roll more than 8 °C from its setpoint (signal from the TCU)."],
            ["R08", "Gap skew", "The two sides of the gap differ by more than 0.20 mm."],
            ["R09", "Gap motor", "Adjusting motor overload or limit switch reached."],
            ["R10", "Bearing temperature", "A roll bearing above 85 °C. Check the grease and the cooling."],
            ["R11", "Guard", "Rear guard or a stock guide guard open."],
            ["R12", "Stop test due", "7 days since the last recorded stop test (section 7)."],
            ["R13", "Lubrication", "Grease pump fault or grease reservoir empty."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Compound jumps to the rear roll",
                "Rear roll warmer than the front roll",
                "Set the front roll 5-10 °C warmer than the rear roll",
            ],
            [
                "Band bags, falls away from the roll",
                "Roll too cold or gap too wide for the batch",
                "Raise the front roll temperature; close the gap in 0.5 mm steps",
            ],
            [
                "Sheet thicker at one end",
                "Gap skewed between the two sides",
                "Compare the two gap readings; zero the gap display (section 6)",
            ],
            [
                "Rough sheet with hard lumps (scorch)",
                "Stock too hot or too long on the mill",
                "Check the TCU and the cooling water; shorten the mixing time within the specification",
            ],
            [
                "Stopping travel rising week by week",
                "Brake lining worn or air gap too wide",
                "Check the air gap and the lining (section 8)",
            ],
            [
                "Knocking noise from the drive",
                "Gearbox oil low, or worn coupling",
                "Check the oil level; call Rullcastle service if it persists",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Setting and zeroing the nip gap"),
    (
        "ol",
        [
            "Run the mill empty with the rolls at working temperature for 15 min.",
            "Stop the mill. Close the gap with the adjusting buttons until both sides read about 1.00 mm.",
            "Insert a 1.00 mm feeler gauge strip at the left and at the right end of the working length.",
            "Adjust each side separately (SIDE L / SIDE R) until the strip can just be pulled out with light drag.",
            "Press ZERO CAL and confirm: both displays now read 1.00 mm.",
            "Open the gap to the working value and check that the two sides read within 0.10 mm.",
        ],
    ),
    ("h", "7. Weekly stop test"),
    (
        "ol",
        [
            "Run the mill empty at full speed with the rolls at working temperature.",
            "Select SERVICE > STOP TEST. The display shows TEST READY.",
            "Operate one trip device: the right pull wire in week 1, the left in week 2, the body bar in week 3, "
            "an end button in week 4.",
            "Read the stopping travel shown on the display and write it in the mill log.",
            "The travel must be no more than 314 mm (RM-400) or 432 mm (RM-550).",
            "Reset the device and press RESET. The test counter for R12 restarts.",
            "If the travel is over the limit, or has risen by more than 20 % since the last test, check the brake "
            "(section 8) before production.",
        ],
    ),
    ("h", "8. Checking the brake"),
    (
        "ol",
        [
            "Switch off and lock the main isolator.",
            "Remove the brake cover at the motor end of the drive.",
            "Measure the air gap at three points around the armature with a feeler gauge: between 0.3 and 0.5 mm.",
            "If the gap is wider, loosen the three lock nuts and turn the adjusting sleeves to 0.4 mm, then tighten "
            "the lock nuts.",
            "Measure the lining thickness; replace the lining disc RCM-BL-24 if it is thinner than 4 mm.",
            "Refit the cover and repeat the stop test (section 7).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Pull one trip device with the mill running empty; the rolls must stop"],
            ["Weekly", "Stop test with the travel recorded (section 7); gearbox oil level"],
            ["Every 200 h", "Check the grease reservoir of the roll bearings; refill with EP 2 grease"],
            ["Monthly", "Brake air gap and lining (section 8); inspect the roll surfaces for scoring"],
            ["5000 h or 2 years, whichever comes first", "Change the gearbox oil: 45 L (RM-400) or 90 L (RM-550)"],
            ["12 months", "Check the pull wires and the body bar switches; Rullcastle service inspection"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RM-400", "RM-550"],
            ["Brake lining disc", "RCM-BL-24", "RCM-BL-24"],
            ["Pull wire switch", "RCM-PW-02", "RCM-PW-02"],
            ["Stock guide (cheek plate), pair", "RCM-SG-40", "RCM-SG-55"],
            ["Mill knife, long handle", "RCM-MK-45", "RCM-MK-45"],
            ["Roll bearing grease EP 2, 5 kg", "RCM-GR-05", "RCM-GR-05"],
            ["Gap adjusting motor", "RCM-GM-04", "RCM-GM-05"],
        ],
        (70, 50, 50),
    ),
]


# ---------------------------------------------------------------- Kinetrel CT-90 compression and COR tester
KINETREL = [
    ("title", "Kinetrel CT-90 Golf Ball Compression and COR Tester\nUser and Maintenance Manual"),
    (
        "p",
        "Document KTI-UM-CT90-02, Edition 2, January 2025. Kinetrel Test Instruments. The CT-90 measures two "
        "properties of golf balls and golf ball cores in one cabinet. In the compression cell the ball is pressed "
        "between two flat anvils and its deflection under load is measured. In the COR cell the ball is fired by an "
        "air cannon against a fixed steel plate; two light gates measure the speed before and after the impact, and "
        "the coefficient of restitution (COR) is the ratio of the two speeds. A magazine and transfer arm feed up "
        "to 24 balls automatically.",
    ),
    (
        "p",
        "The CT-90 tests balls of 42.67-43.00 mm and, with the core insert CT-CI, cores of 36.0-41.0 mm. Other "
        "balls are not covered by this manual. The pass and fail limits for a product come from the site's "
        "quality plan; the CT-90 only applies the limits entered in each test programme. Calibration of the load "
        "cell with a certificate is done every 12 months by Kinetrel service.",
    ),
    (
        "warn",
        "CAUTION: The air cannon fires at close to 40 m/s. Never open the COR cell door with the cannon armed; "
        "the door interlock disarms it. Never fire the cannon without a ball or with a damaged ball.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CT-90"],
            ["Compression preload / test load", "98 N (10 kgf) / 1275 N (130 kgf)"],
            ["Load cell range / resolution", "0-2000 N / 0.1 N"],
            ["Deflection resolution / accuracy", "0.001 mm / ±0.010 mm"],
            ["Anvil speed during loading", "5 mm/min"],
            ["COR inbound speed", "38.1 m/s (125 ft/s) ±0.3 m/s"],
            ["COR resolution / repeatability on the reference ball", "0.001 / ±0.002"],
            ["Light gate spacing (each pair)", "150 mm"],
            ["Cannon pressure (set automatically)", "1.5-4.0 bar"],
            ["Compressed air supply, dry and oil-free", "6-8 bar, at least 100 L/min"],
            ["Throughput with the magazine, both tests", "up to 120 balls per hour"],
            ["Impact plate, hardened steel", "50 mm thick, 22 kg"],
            ["Ball temperature sensor (infrared)", "accepts 22-24 °C"],
            ["Supply", "230 V 1~ 50 Hz, 0.8 kW"],
            ["Mass / footprint", "310 kg / 1200 x 800 mm"],
        ],
        (90, 80),
    ),
    (
        "p",
        "Balls and cores must be conditioned at 23 ±1 °C for at least 3 h before testing. The COR and compression "
        "values and the reference ball values in this manual hold only for balls at 23 °C; the CT-90 does not "
        "correct readings for temperature.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained laboratory staff may operate the CT-90 or change its programmes.",
            "Switch off the air supply and release the cannon reservoir (DUMP valve) before any work in the COR "
            "cell.",
            "Keep fingers out of the compression cell while the anvil moves; the cell door must be closed to start.",
            "Wear safety glasses when clearing a jam in the magazine or the transfer arm.",
            "Broken balls and cores go into the waste bin beside the cell, never back into the magazine.",
            "Keep the cabinet doors closed during testing: the cannon is loud, and the cell must stay at room "
            "temperature.",
        ],
    ),
    ("h", "3. Test sequence and settings"),
    (
        "cols",
        [
            ("h", "Compression"),
            (
                "p",
                "The anvil closes on the ball at the preload of 98 N and sets the deflection to zero, then loads at "
                "5 mm/min to 1275 N and records the deflection. Compression number = 180 - (40 x deflection in mm). "
                "Example: a deflection of 2.75 mm gives 180 - 110 = 70. Most balls read between 2.0 and 3.5 mm "
                "(compression number 100 to 40).",
            ),
            ("h", "COR"),
            (
                "p",
                "COR = rebound speed / inbound speed. Example: inbound 38.10 m/s and rebound 31.24 m/s give "
                "31.24 / 38.10 = 0.820. The cannon pressure is corrected automatically after each shot to keep "
                "the inbound speed at 38.1 m/s. A shot with an inbound speed outside 37.8-38.4 m/s is not "
                "counted and is repeated; three in a row give K07.",
            ),
            ("h", "Shots and averaging"),
            (
                "p",
                "Default: 3 shots per ball on three different points (poles and equator), averaged. Settable 1-6. "
                "The compression test is made once per ball, on the pole.",
            ),
            ("h", "Reference ball"),
            (
                "p",
                "Reference ball CT-REF: COR 0.812 ±0.002 and deflection 2.80 ±0.02 mm, at 23 °C. Check it at the "
                "start of each shift and after every 8 h of testing (K10). If it reads outside these limits, stop "
                "testing and find the cause (section 5). Replace the reference ball after 3000 shots or 12 months, "
                "whichever comes first.",
            ),
            ("h", "Limits in a programme"),
            (
                "p",
                "Each programme holds a lower and an upper limit for COR and for compression. Balls outside the "
                "limits go to the reject chute. The CT-90 is delivered with wide default limits (COR 0.700-0.900, "
                "compression 20-120) that are not product limits.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Door or emergency stop", "A cell door open or the emergency stop pressed."],
            ["K02", "Air supply low", "Supply below 5.5 bar. Check the compressor and the filter regulator."],
            ["K03", "Cannon pressure", "Reservoir pressure not reached in 10 s: leak or valve fault."],
            ["K05", "Light gate 1", "Inbound gate blocked or dirty. Clean the windows (section 7)."],
            ["K06", "No rebound reading", "The ball did not pass the rebound gate: gate dirty, plate loose or ball broken."],
            ["K07", "Inbound speed", "Three shots in a row outside 37.8-38.4 m/s."],
            ["K08", "Load cell overload", "Force above 2000 N. Check the programme and the ball size."],
            ["K09", "Preload not reached", "No ball in the compression cell, or the anvil stroke limit reached."],
            ["K10", "Reference check due", "8 h of testing since the last reference ball check."],
            ["K11", "Ball temperature", "Ball outside 22-24 °C: condition the balls again."],
            ["K12", "Magazine", "Magazine empty or a ball jammed in the transfer arm."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "COR readings drift down during the shift; reference ball low",
                "Impact plate bolts loose, or dents in the plate",
                "Torque the plate bolts to 85 Nm; check the plate for dents (section 7)",
            ],
            [
                "COR scatter large between shots on one ball",
                "Light gate windows dirty, or balls not conditioned",
                "Clean the gates; condition the balls for 3 h at 23 °C",
            ],
            [
                "Ball shows no rebound reading and the cell stops",
                "Rebound light gate dirty or misaligned, or a cracked ball",
                "Clean and check the rebound light gate; remove the ball",
            ],
            [
                "Compression readings changed after the tester was moved",
                "Cabinet not level, or anvils not parallel",
                "Level the cabinet to 0.5 mm/m; check the deflection with the gauge blocks (section 8)",
            ],
            [
                "Inbound speed hunts around 38 m/s",
                "Air supply pressure dropping when the compressor cycles",
                "Fit a receiver or raise the supply to 7 bar",
            ],
            [
                "Compression readings of cores higher than last week on the same batch",
                "Core insert not seated, or cores tested before 3 h of conditioning",
                "Reseat the core insert CT-CI; condition the cores and retest",
            ],
            [
                "Balls jam in the transfer arm",
                "Paint still tacky, or wrong insert for the size",
                "Test painted balls only after full cure; check the core insert",
            ],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Daily reference ball check"),
    (
        "ol",
        [
            "Condition the reference ball CT-REF with the test balls at 23 ±1 °C for at least 3 h.",
            "Switch on the CT-90 and let it warm up for 20 min.",
            "Select programme REF. Wipe the reference ball with a dry cloth.",
            "Put the reference ball in the manual feed cup and press START.",
            "Read the average COR and the deflection.",
            "The COR must be 0.812 ±0.002 and the deflection 2.80 ±0.02 mm. Accept the check with OK; K10 clears.",
            "If a value is outside, repeat once. If it is still outside, do not test production balls; go through "
            "section 5 and record the result in the instrument log.",
        ],
    ),
    ("h", "7. Cleaning the light gates and checking the impact plate"),
    (
        "ol",
        [
            "Close the air supply and open the DUMP valve; the cannon pressure gauge must read 0 bar.",
            "Open the COR cell door.",
            "Wipe the four light gate windows with a lint-free cloth and isopropyl alcohol.",
            "Check the impact plate face with a straight edge and a feeler gauge: replace the plate if a dent is "
            "deeper than 0.05 mm.",
            "Check the four plate bolts with a torque wrench at 85 Nm.",
            "Close the door, open the air supply and run programme GATE TEST: all four gates must show OK.",
        ],
    ),
    ("h", "8. Checking the deflection measurement"),
    (
        "ol",
        [
            "Select SERVICE > DEFLECTION CHECK.",
            "Place the 40.00 mm gauge block in the compression cell and press START; the display stores it.",
            "Replace it with the 37.00 mm gauge block and press START.",
            "The measured difference must be 3.000 ±0.010 mm.",
            "If it is outside, clean the anvils and repeat; if it is still outside, call Kinetrel service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Reference ball check (section 6); empty the waste bin"],
            ["Weekly", "Clean the light gates; check the impact plate (section 7)"],
            ["Monthly", "Deflection check with gauge blocks (section 8); drain the air filter bowl"],
            ["3000 shots or 12 months, whichever comes first", "Replace the reference ball CT-REF"],
            ["12 months", "Kinetrel service: load cell calibration with certificate, cannon valve service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Reference ball", "CT-REF"],
            ["Core insert for 36.0-41.0 mm cores", "CT-CI"],
            ["Impact plate with bolts", "KTI-IP-50"],
            ["Light gate window set (4)", "KTI-LW-04"],
            ["Gauge block set 37.00 / 40.00 mm", "KTI-GB-37"],
            ["Magazine for 24 balls", "KTI-MG-24"],
        ],
        (90, 80),
    ),
]


# ---------------------------------------------------------------- Polvenne UC urethane cover casting machines
POLVENNE = [
    ("title", "Polvenne UC Cast Urethane Cover Machines\nOperation and Maintenance - UC-24 and UC-48"),
    (
        "p",
        "Document PVC-OM-UC-07, Edition 1, October 2024. Polvenne Casting Systems. The UC-24 and UC-48 cast "
        "thermoset polyurethane covers onto golf ball cores. A low-pressure meter-mix unit doses the prepolymer "
        "(A side) and the curative (B side) with two gear metering pumps into a dynamic mix head, which fills "
        "the heated half-cup cavities of the mould frames on a rotating carousel. A core is placed on the pins of "
        "the first half, the second half is filled and closed over it, and the frame travels round the carousel "
        "while the cover gels and cures. At the unloading station the frame opens and the balls are removed. The "
        "two models differ in the number of frames on the carousel and in the size of the meter-mix unit; "
        "everything else is built alike.",
    ),
    (
        "p",
        "The urethane system (mix ratio, pot life, gel time, demould time and any post-cure) is defined by the "
        "material supplier's data sheet and the site's process sheet. The mould temperature control unit and the "
        "mould frames have their own manuals. Exposure monitoring for isocyanate is the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The A side contains isocyanate (MDI prepolymer). It can cause asthma and skin sensitisation. "
        "Wear nitrile gloves, goggles and a sleeved overall; keep the extraction over the mix head running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UC-24", "UC-48"],
            ["Mould frames on the carousel", "24", "48"],
            ["Cavities per mould frame", "6", "6"],
            ["Index time (time between frames)", "10-30 s, default 15 s", "10-30 s, default 15 s"],
            ["Cure time on the carousel at 15 s index", "300 s", "660 s"],
            ["Output at 15 s index", "1440 balls per hour", "1440 balls per hour"],
            ["Dispense rate (A + B)", "5-25 g/s", "10-50 g/s"],
            ["Shot weight per half-cavity", "1.0-6.0 g", "1.0-6.0 g"],
            ["Mix ratio range A : B by weight", "100 : 8 to 100 : 30", "100 : 8 to 100 : 30"],
            ["A tank, heated 60-90 °C", "20 L", "40 L"],
            ["B tank, heated 20-60 °C", "10 L", "20 L"],
            ["Mix head rotor speed", "3000-8000 rpm", "3000-8000 rpm"],
            ["Mould temperature range (with the TCU)", "60-90 °C", "60-90 °C"],
            ["Carousel diameter", "2.6 m", "4.2 m"],
            ["Supply 400 V 3~ 50 Hz", "14 kW", "22 kW"],
            ["Compressed air", "6 bar, 300 L/min", "6 bar, 450 L/min"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The shot accuracy of ±1 % of the shot weight holds only for shots of 2 g and more, with both materials "
        "at their set temperatures and degassed. The output holds only for 6-cavity frames; frames with other "
        "cavity counts change it in proportion.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained in handling isocyanates may fill the tanks or clean the mix head.",
            "Spilt A side is absorbed with the neutraliser granules kept at the machine, never wiped up with rags "
            "alone.",
            "The carousel starts automatically. Stop it with the light barrier key switch before reaching into a "
            "frame outside the loading and unloading stations.",
            "The flushing solvent is flammable: no open flames or hot work within 5 m of the mix head.",
            "Empty drums and used flushing solvent are hazardous waste and are collected as the site's waste plan "
            "says.",
        ],
    ),
    ("page",),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Cure time and output"),
            (
                "p",
                "Four stations (loading, two filling stations and unloading) are not used for curing. Cure time on "
                "the carousel (s) = (frames - 4) x index time (s). Example for the UC-24 at 15 s: (24 - 4) x 15 = "
                "300 s. Output (balls per hour) = 3600 / index time (s) x cavities per frame; at 15 s, 3600 / 15 x "
                "6 = 1440. Never set an index time that gives less cure time than the demould time on the process "
                "sheet.",
            ),
            ("h", "Ratio"),
            (
                "p",
                "The ratio is set in parts of B per 100 parts of A by weight. The measured ratio in the ratio check "
                "(section 6) must be within ±1 % of the setpoint. Example: setpoint 100 : 12.5; A 200.0 g and B "
                "25.0 g in 10 s give 25.0 / 200.0 x 100 = 12.5, exactly on the setpoint.",
            ),
            ("h", "Degassing"),
            (
                "p",
                "Both tanks are degassed under vacuum with the stirrer running. The pressure must fall below 5 mbar "
                "before the machine allows dispensing; degas a fresh fill for at least 30 min.",
            ),
            ("h", "Mix head purge"),
            (
                "p",
                "After any pause longer than the purge time (default 60 s, settable 20-300 s) the mix head purges "
                "with air and shoots a waste shot into the purge cup. Set the purge time shorter than the pot life "
                "on the material data sheet.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "A side 60-90 °C and B side 20-60 °C, each within ±2 °C of its setpoint; outside this the meter-mix "
                "unit stops (U04 or U05).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["U01", "Emergency stop", "An emergency stop is pressed or the light barrier interrupted."],
            ["U02", "A pump pressure high", "Above 60 bar: mix head blocked or A side too cold. Purge and check."],
            ["U03", "B pump pressure high", "Above 60 bar: mix head blocked or filter clogged."],
            ["U04", "A temperature", "A side more than 2 °C from its setpoint."],
            ["U05", "B temperature", "B side more than 2 °C from its setpoint."],
            ["U06", "Vacuum", "Tank vacuum not below 5 mbar after 45 min: leak or vacuum pump oil."],
            ["U07", "Tank level low", "A or B below 15 % of the tank. Refill (section 8)."],
            ["U08", "Rotor", "Mix head rotor not at speed: belt or motor fault."],
            ["U09", "Frame not closed", "Frame clamp switch not made at the closing station."],
            ["U11", "Carousel drive", "Carousel index not completed within 8 s: jam or drive fault."],
            ["U12", "Core missing", "No core seen on the pins at the core station."],
            ["U13", "Mould temperature", "TCU signal: mould more than 3 °C from its setpoint."],
        ],
        (16, 40, 114),
    ),
    ("page",),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Covers soft or tacky after demould",
                "Mix ratio off (too little or too much B), or cure time too short",
                "Make a ratio check (section 6); recalibrate the pump outside ±1 %",
            ],
            [
                "Bubbles or pinholes in the cover",
                "Material not degassed, moisture in the B side, or air in the mix head",
                "Degas below 5 mbar; keep the B tank under dry air; purge the head",
            ],
            [
                "Cover thickness uneven, core off centre",
                "Core pins worn or bent, or core diameter out of tolerance",
                "Check the pins with the pin gauge; check the core size",
            ],
            [
                "Flow lines or knit lines on the cover",
                "Mould too cold or shot split in two",
                "Raise the mould temperature within the process sheet",
            ],
            [
                "Covers tear at demould",
                "Demoulded too early, or mould release worn",
                "Lengthen the index time; renew the release as the mould manual says",
            ],
            [
                "Mix head blocks after a break",
                "Purge time longer than the pot life",
                "Shorten the purge time; clean the head (section 7)",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Ratio check"),
    (
        "ol",
        [
            "Put the machine in MANUAL and the mix head in the service position over the purge cup.",
            "Fit the ratio check block: it separates the A and B streams into two outlets.",
            "Tare two clean cups on the laboratory balance (0.1 g).",
            "Select SERVICE > RATIO TEST, 10 s, and dispense into the two cups.",
            "Weigh both cups. Ratio = B mass / A mass x 100.",
            "Compare with the setpoint: the difference must be within ±1 % of the setpoint.",
            "If it is outside, enter the two masses under SERVICE > PUMP CAL; the machine corrects the B pump "
            "speed. Repeat the test until it is within ±1 %.",
            "Remove the ratio check block, refit the mix head and shoot two waste shots.",
        ],
    ),
    ("h", "7. Flushing and cleaning the mix head at the end of a shift"),
    (
        "ol",
        [
            "Stop dispensing and let the carousel finish the frames in it.",
            "Move the mix head to the service position over the purge cup.",
            "Press FLUSH: the head is blown with air for 5 s, flushed with solvent for 10 s and blown again for 10 s.",
            "Stop the rotor and switch the meter-mix unit to STANDBY (pumps stopped, tanks kept warm).",
            "Remove the mixing chamber (two wing nuts) and the rotor.",
            "Soak the chamber and rotor in the cleaning solvent for 15 min, then brush the rotor grooves with the "
            "brass brush. Never use a steel tool on the rotor.",
            "Check the rotor seal for wear and replace it if it is grooved.",
            "Dry all parts with air, grease the seal lightly with the seal grease, and refit.",
        ],
    ),
    ("h", "8. Refilling a tank"),
    (
        "ol",
        [
            "Check the material against the process sheet (type and batch) and that the drum is at room temperature.",
            "Switch the tank to FILL: the vacuum is released with dry air.",
            "Pump the material in with the drum pump through the fill filter until the level shows 90 %.",
            "Close the fill valve, switch the tank to DEGAS and run the stirrer.",
            "Wait until the tank pressure is below 5 mbar and at least 30 min have passed.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Flush and clean the mix head (section 7); empty the purge cup"],
            ["Daily", "Ratio check (section 6); check the tank temperatures and the vacuum"],
            ["Weekly", "Check the core pins with the pin gauge; clean the fill filters"],
            ["500 h", "Change the vacuum pump oil; replace the rotor seal"],
            ["2000 h or 12 months, whichever comes first", "Polvenne service: metering pump inspection and rebuild"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "UC-24", "UC-48"],
            ["Mix head rotor", "PVC-MR-24", "PVC-MR-48"],
            ["Rotor seal", "PVC-RS-12", "PVC-RS-16"],
            ["Metering pump, B side (rebuilt by Polvenne service)", "PVC-GP-03", "PVC-GP-06"],
            ["Fill filter element, 100 micron", "PVC-FF-100", "PVC-FF-100"],
            ["Core pin set for one frame", "PVC-CP-6", "PVC-CP-6"],
            ["Ratio check block", "PVC-RB-01", "PVC-RB-01"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "globerra-gcp-golf-ball-core-compression-press.pdf",
            "Globerra GLB-OM-GCP-04 Ed 3 - GCP-160 / GCP-250",
            GLOBERRA,
        ),
        ("rullcastle-rm-rubber-two-roll-mill.pdf", "Rullcastle RCM-OM-RM-11 Ed 2 - RM-400 / RM-550", RULLCASTLE),
        ("kinetrel-ct-ball-compression-and-cor-tester.pdf", "Kinetrel KTI-UM-CT90-02 Ed 2 - CT-90", KINETREL),
        ("polvenne-uc-urethane-cover-casting-machine.pdf", "Polvenne PVC-OM-UC-07 Ed 1 - UC-24 / UC-48", POLVENNE),
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
