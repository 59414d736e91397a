"""Generate the PDF manuals of the hundred-and-sixty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set168-scratch/venv && /tmp/set168-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set168-scratch/venv/bin/python knowledge/samples/hundredsixtyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Tonbrell SB slip blunger and storage ark
TONBRELL = [
    ("title", "Tonbrell SB Slip Blunger and Storage Ark\nOperation and Maintenance Manual - SB-6 and SB-10"),
    (
        "p",
        "Document TBL-OM-SB-04, Edition 3, March 2025. Tonbrell Slip Systems. The SB-6 and SB-10 are slip "
        "preparation units for vitreous china casting slip. Each consists of a high-speed blunger, in which ball "
        "clay, kaolin, feldspar and quartz are dispersed in water with a deflocculant by a bottom-mounted turbine, "
        "and a slow-speed storage ark, in which the sieved slip is aged and kept homogeneous by a paddle agitator. "
        "The SB-6 prepares batches of 5.0 m³ and stores 24 m³; the SB-10 prepares batches of 8.5 m³ and stores "
        "40 m³. Apart from the sizes and the values given for each model, the two units are built alike. The "
        "slip recipe (raw materials, water, deflocculant and any additives) is the customer's recipe and is set by "
        "the site's laboratory; this manual does not give recipes. The vibrating sieve, the magnetic filter and the "
        "slip pumps between the blunger, the ark and the casting shop are covered by their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never open the blunger cover or enter the ark while the drive can start. Lock off the main "
        "isolator and the agitator isolator with your own padlock. Entry into an empty ark is confined space work "
        "and needs the site's entry permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SB-6", "SB-10"],
            ["Blunger tank, gross volume", "6.0 m³", "10.0 m³"],
            ["Blunger batch (working volume)", "5.0 m³", "8.5 m³"],
            ["Blunger tank diameter x height", "2000 x 2100 mm", "2400 x 2450 mm"],
            ["Turbine diameter, six bolt-on hardened blades", "700 mm", "900 mm"],
            ["Turbine speed", "480 rpm", "370 rpm"],
            ["Turbine tip speed", "17.6 m/s", "17.4 m/s"],
            ["Blunger motor 400 V 3~ 50 Hz", "37 kW, 68 A", "55 kW, 100 A"],
            ["Blunger drive, V-belts", "4 x SPB", "5 x SPC"],
            ["Dispersion time per batch (typical, body dependent)", "60-90 min", "75-110 min"],
            ["Storage ark, usable volume", "24 m³", "40 m³"],
            ["Ark diameter", "3600 mm", "4400 mm"],
            ["Ark paddle diameter and speed", "2600 mm, 22 rpm", "3200 mm, 18 rpm"],
            ["Ark agitator motor", "5.5 kW", "7.5 kW"],
            ["Ark gearbox oil, CLP 220 mineral", "14 L", "22 L"],
            ["Blunger shaft bearings, grease per bearing every 250 h", "30 g", "45 g"],
            ["Slip density range for which the blunger is rated", "1780-1850 g/L", "1780-1850 g/L"],
            ["Mass, empty (blunger and ark)", "6.8 t", "10.9 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated motor current holds only for casting slip of 1780-1850 g/L at 25-35 °C. Denser or colder slip "
        "raises the current beyond the rating; the overload then trips with A02. Glaze preparation in the blunger "
        "is not covered by this manual and no values are given for it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the unit. The bag tipping station above the blunger needs dust masks as set "
            "out in the site's risk assessment; dry clay and quartz dust contains respirable crystalline silica.",
            "Keep the blunger cover closed while the turbine turns. The cover switch stops the turbine (A11).",
            "Never start the turbine with the tank empty or below the LOW START mark.",
            "Lock off both isolators before working on the belts, the turbine or the ark paddle.",
            "Slip on the floor is very slippery. Clean spills at once with water.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Blunger level"),
            (
                "p",
                "The turbine may only be started when the water covers it by at least 300 mm (LOW START mark on the "
                "level probe). While it runs, the level must not fall below 150 mm above the turbine, or the "
                "turbine draws air and the slip foams. The overflow probe stops the water inlet 250 mm below the rim "
                "(A04).",
            ),
            ("h", "Charging order"),
            (
                "p",
                "Water first, then the deflocculant, then the clays, then the non-plastic materials. Add the clays "
                "over at least 15 min with the turbine running; adding them faster leaves clay balls that the sieve "
                "later rejects.",
            ),
            ("h", "Density"),
            (
                "p",
                "Measure the density with the 1 L pint cup after the dispersion time. The blunger is rated for "
                "1780-1850 g/L. The target density of a body is the laboratory's. Dry content (g/L) = (slip density "
                "(g/L) - 1000) x 2.6 / 1.6, valid for a dry body of specific gravity 2.6. Example: slip of 1800 g/L "
                "holds (1800 - 1000) x 1.625 = 1300 g/L of dry material, so a full SB-6 batch of 5.0 m³ holds "
                "6500 kg of dry body. For bodies of another specific gravity the laboratory gives the factor.",
            ),
            ("h", "Ark agitation"),
            (
                "p",
                "For the first 24 h after filling the agitator runs continuously. After that it runs "
                "intermittently: default 10 min on and 30 min off, settable 5-20 min on and 10-60 min off. The "
                "agitator runs only while the slip covers the paddle by at least 400 mm; below about 20 % of the "
                "usable volume it stops (A06), because the paddle would beat air into the slip. Never leave slip "
                "above the paddle unstirred for more than 2 h; after a longer standstill use the restart in "
                "section 9.",
            ),
            ("h", "Slip temperature"),
            (
                "p",
                "Keep the slip in the ark between 25 °C and 35 °C. A10 is shown below 15 °C or above 40 °C. Heating "
                "or cooling of the ark is provided by the site; Tonbrell does not supply it.",
            ),
            ("h", "Agitator torque"),
            (
                "p",
                "The agitator drive trips with A07 when the torque stays above 110 % of the rated torque for 5 s, "
                "which happens when the agitator is started in settled slip.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            [
                "A02",
                "Blunger motor overload",
                "Current above the rating for too long: slip above 1850 g/L, slip cold, clay added too fast or "
                "blades jammed by a foreign body. Check density and temperature before restarting.",
            ],
            [
                "A03",
                "Level low at start",
                "Water below the LOW START mark (300 mm above the turbine). Add water.",
            ],
            ["A04", "Level high", "Overflow probe reached. The water inlet closes; check the inlet valve."],
            ["A05", "Agitator motor overload", "Motor protection of the ark agitator tripped. Check the drive."],
            ["A06", "Ark level low", "Slip no longer covers the paddle by 400 mm. The agitator stops."],
            [
                "A07",
                "Agitator torque high",
                "Torque above 110 % for 5 s, usually settled slip after a standstill. Use the restart in section 9.",
            ],
            ["A09", "Gearbox oil hot", "Ark gearbox oil above 85 °C. Check the oil level and the cooling fins."],
            ["A10", "Slip temperature", "Slip below 15 °C or above 40 °C."],
            ["A11", "Cover open", "Blunger cover switch open; the turbine stops."],
            ["A12", "Service due", "4000 running hours since the last service. The unit still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Clay balls and lumps collect on the sieve after blunging",
                "Dispersion time too short, clays added faster than over 15 min, or worn turbine blades",
                "Extend the batch by 15 min; add the clays over at least 15 min; measure the blades (section 8)",
            ],
            [
                "Blunger vibrates and runs noisily",
                "Blades worn unevenly, a stone or piece of metal in the tank, or a shaft bearing failing",
                "Stop, lock off, drain and inspect the turbine; have Tonbrell service check the bearings",
            ],
            [
                "Foam on the slip surface in the blunger",
                "Level below 150 mm above the turbine while running, or air drawn in at the charging chute",
                "Keep the level up; any antifoam is part of the customer's recipe",
            ],
            [
                "Slip in the ark thicker in the morning than the evening before",
                "Off time too long, slip cooled below 25 °C",
                "Shorten the off time (for example 10 min on, 20 min off); the deflocculant correction is the "
                "laboratory's",
            ],
            [
                "Agitator trips a few seconds after starting",
                "Slip settled around the paddle after a standstill",
                "Restart in inching mode (section 9)",
            ],
            [
                "Gearbox noisy, oil dark",
                "Oil overdue or water in the oil",
                "Change the oil (section 10); check the breather",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Preparing a batch"),
    (
        "ol",
        [
            "Check that the bottom valve of the blunger is closed and the cover is shut.",
            "Fill the water quantity of the recipe; the turbine can only be started once the LOW START mark is "
            "reached.",
            "Start the turbine and add the deflocculant of the recipe.",
            "Add the clays over at least 15 min, then the kaolin, then feldspar and quartz.",
            "Close the cover and run for the dispersion time of the body (typically 60-90 min on the SB-6 and 75-110 "
            "min on the SB-10).",
            "Take a sample, let any foam escape and weigh 1 L in the pint cup: the density must be within the "
            "laboratory's target and within 1780-1850 g/L.",
            "Correct with water or deflocculant only as the laboratory instructs; run a further 10 min after each "
            "correction and measure again.",
            "Enter the batch number, density and temperature in the batch log.",
        ],
    ),
    ("h", "7. Transferring slip to the ark"),
    (
        "ol",
        [
            "Check that the ark has room for the batch: SB-6 no more than 19 m³ before a 5.0 m³ batch, SB-10 no more "
            "than 31.5 m³ before an 8.5 m³ batch.",
            "Start the sieve and the magnetic filter as set out in their own manuals.",
            "Keep the turbine running and open the bottom valve, then start the transfer pump.",
            "Stop the turbine when the level reaches 150 mm above it; drain the rest with the turbine stopped.",
            "Rinse the blunger with no more than 200 L of water, which goes to the ark with the batch.",
            "Close the bottom valve. The ark agitator runs continuously for 24 h after the transfer.",
        ],
    ),
    ("h", "8. Checking and changing the turbine blades"),
    (
        "ol",
        [
            "Drain and rinse the blunger, lock off the main isolator and open the cover.",
            "Measure each of the six blades from the hub face to the tip. A new blade is 280 mm (SB-6) or 370 mm "
            "(SB-10) long.",
            "Replace the whole set of six when any blade has lost more than 10 mm of its length; never replace "
            "single blades.",
            "Remove the two M16 bolts of each blade and clean the seats.",
            "Fit the new blades with new bolts and tighten them to 210 Nm.",
            "Turn the turbine by hand through one turn to check that nothing touches.",
            "Close the cover, remove your lock and run the turbine with water for 5 min; it must run without "
            "vibration.",
        ],
    ),
    ("h", "9. Restarting the ark agitator after a standstill of more than 2 h"),
    (
        "ol",
        [
            "Check that the slip covers the paddle by at least 400 mm (A06 not shown).",
            "Select INCH on the ark panel.",
            "Run the agitator for 3 s, then wait 30 s. Repeat this up to 20 times.",
            "Watch the motor current: each start must stay below 14 A (SB-6) or 18 A (SB-10).",
            "When the paddle turns through a full revolution without A07, select AUTO.",
            "Let the agitator run continuously for at least 2 h, then measure the density at the top and the bottom "
            "sample valves: they must not differ by more than 10 g/L.",
            "If the agitator cannot be freed within 20 inching starts, do not force it; call Tonbrell service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the level probes and the cover switch; look for slip leaks at the bottom valve"],
            ["Weekly", "Listen to the turbine and the gearbox; check the V-belts for wear and slip"],
            ["250 h", "Grease the blunger shaft bearings (30 g SB-6, 45 g SB-10)"],
            [
                "500 h",
                "Check the V-belt tension: 75 N (SPB) or 120 N (SPC) at the middle of the span must deflect the belt "
                "by 16 mm per metre of span",
            ],
            ["Monthly", "Measure the turbine blades (section 8)"],
            ["2000 h", "Check the ark gearbox oil level"],
            ["8000 h or 2 years, whichever comes first", "Change the ark gearbox oil, CLP 220 (14 L SB-6, 22 L SB-10)"],
            ["Yearly", "Drain the ark; inspect the paddle, the shaft and the bottom bearing; clean the level probes"],
            ["4000 h (A12)", "Tonbrell service: shaft bearings, seals and drive of the blunger"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Replacing the blunger shaft bearings and the shaft seal needs the special puller set and is done by "
        "Tonbrell service only; this manual does not describe it.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SB-6", "SB-10"],
            ["Turbine blade set (6 blades, 12 bolts)", "TBL-TB-70", "TBL-TB-90"],
            ["V-belt set", "TBL-VB-4SPB", "TBL-VB-5SPC"],
            ["Blunger shaft bearing kit", "TBL-BK-37", "TBL-BK-55"],
            ["Blunger shaft seal", "TBL-SS-37", "TBL-SS-55"],
            ["Level probe, LOW START", "TBL-LP-01", "TBL-LP-01"],
            ["Ark gearbox oil CLP 220, 20 L", "TBL-OIL-220", "TBL-OIL-220"],
            ["Bottom valve seat and seal", "TBL-BV-100", "TBL-BV-150"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Gessmoor VPM vacuum plaster mixers
GESSMOOR = [
    ("title", "Gessmoor VPM Vacuum Plaster Mixers\nOperating and Maintenance Instructions - VPM-40 and VPM-80"),
    (
        "p",
        "Document GSM-BA-VPM-02, Edition 2, October 2024. Gessmoor Mould Technik. The VPM-40 and VPM-80 mix "
        "plaster for working moulds, block moulds and case moulds under vacuum. The mixer weighs the water "
        "automatically, doses the plaster from its hopper, soaks and mixes it under vacuum and discharges the "
        "slurry through the pouring valve into the pouring hose. The number of the model is its largest batch in "
        "kilograms of plaster. Apart from the batch size and the values given for each model, the two mixers are "
        "built alike. The plaster grade and its water/plaster ratio come from the plaster supplier's data sheet "
        "and the site's mould shop; the mould design, the plaster silo and the drying of the moulds are not part "
        "of this manual.",
    ),
    (
        "warn",
        "WARNING: Never reach into the vessel while the mixer is switched on. The lid switch stops the blade, but "
        "the blade runs on for up to 4 s. Plaster dust irritates eyes and lungs; wear the dust mask set out in the "
        "site's risk assessment when filling the hopper.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VPM-40", "VPM-80"],
            ["Plaster per batch, maximum", "40 kg", "80 kg"],
            ["Plaster per batch, minimum", "12 kg", "25 kg"],
            ["Mixing vessel, gross volume (stainless steel)", "90 L", "180 L"],
            ["Mixing blade diameter", "220 mm", "280 mm"],
            ["Mixer motor, frequency controlled", "4.0 kW", "7.5 kW"],
            ["Mixer speed, settable", "300-1450 rpm", "250-1200 rpm"],
            ["Rotary vane vacuum pump", "40 m³/h, 1.5 kW", "63 m³/h, 2.2 kW"],
            ["Vacuum pump oil", "1.0 L", "1.6 L"],
            ["Final vacuum in the vessel", "-0.92 bar", "-0.92 bar"],
            ["Water scale accuracy", "±0.1 kg", "±0.2 kg"],
            ["Plaster dosing accuracy", "±0.2 kg", "±0.4 kg"],
            ["Pouring valve", "DN 50", "DN 65"],
            ["Plaster hopper", "150 kg", "300 kg"],
            ["Rinse water after each batch", "15 L", "25 L"],
            ["Water supply", "2-6 bar, 18-30 °C", "2-6 bar, 18-30 °C"],
            ["Compressed air", "6 bar, 120 NL/min", "6 bar, 150 NL/min"],
            ["Noise at 1 m, mixing at 1000 rpm under vacuum", "76 dB(A)", "79 dB(A)"],
            ["Mass, empty", "620 kg", "940 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the mould shop may run the mixer.",
            "Keep the lid closed while mixing and under vacuum. Release the vacuum before opening it.",
            "Setting plaster heats up. A batch that has set in the vessel can reach 45 °C; let it cool before "
            "breaking it out.",
            "Lock off the main switch before cleaning inside the vessel or changing the blade.",
            "Wet plaster is alkaline; wear gloves and safety glasses.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Water quantity"),
            (
                "p",
                "The water is calculated from the consistency, the mass of water per 100 parts of plaster: water "
                "(kg) = plaster (kg) x consistency / 100. Example: 40 kg of plaster at a consistency of 70 needs "
                "28.0 kg of water. Enter the consistency from the plaster supplier's data sheet; typical working "
                "mould plasters lie between 65 and 80, while case mould plasters are harder and take less water, as "
                "their own data sheets give. A consistency outside 55-100 is refused.",
            ),
            ("h", "Water temperature"),
            (
                "p",
                "Mix with water of 20-25 °C. Warmer water shortens the setting time. Below 18 °C or above 30 °C the "
                "mixer stops with M05.",
            ),
            ("h", "Soak and mix"),
            (
                "p",
                "Soak time (plaster wetting without mixing) default 60 s, settable 30-120 s. Mixing time under "
                "vacuum default 3 min, settable 2-6 min. Default mixing speed 900 rpm (VPM-40) or 750 rpm "
                "(VPM-80). The mixing times for case mould plasters are those of the plaster supplier.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "The vacuum must reach -0.80 bar within 45 s of closing the lid, or the mixer stops with M03. "
                "During mixing it should settle at -0.90 to -0.92 bar. A vacuum weaker than -0.85 bar during mixing "
                "leaves air bubbles in the mould face.",
            ),
            ("h", "Pouring"),
            (
                "p",
                "Pouring must be finished at least 2 min before the plaster starts to stiffen (the stiffening time "
                "is on the supplier's data sheet, measured at 20 °C). Never pour a batch that has begun to "
                "thicken in the vessel.",
            ),
            ("h", "Batch size"),
            (
                "p",
                "Below the minimum batch (12 kg VPM-40, 25 kg VPM-80) the blade is not covered and beats in air. "
                "Above the maximum the slurry reaches the lid under vacuum.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["M02", "Lid open", "Lid switch open; close and latch the lid."],
            [
                "M03",
                "Vacuum not reached",
                "Not -0.80 bar within 45 s: lid seal worn or dirty, drain valve open, vacuum filter blocked or pump "
                "oil worn out.",
            ],
            [
                "M04",
                "Water timeout",
                "Water not reached in 90 s: supply below 2 bar or the inlet strainer blocked.",
            ],
            ["M05", "Water temperature", "Water below 18 °C or above 30 °C."],
            [
                "M06",
                "Plaster timeout",
                "Plaster not dosed in 120 s: hopper empty or plaster bridging; use the hopper vibrator.",
            ],
            ["M07", "Scale unstable", "Weight not steady for 10 s; vessel touched or a load cell fault."],
            ["M08", "Mixer overload", "Motor current too high: plaster setting in the vessel or blade blocked."],
            ["M09", "Pouring valve", "Pouring valve limit switch not reached within 5 s."],
            ["M11", "Vacuum pump hot", "Pump above 95 °C: fan blocked or ambient too hot."],
            ["M12", "Pump oil due", "500 h of vacuum pump running since the last oil change."],
            [
                "M13",
                "Rinse missing",
                "The rinse after the last batch was not done; the next batch is blocked until it is.",
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
                "Pinholes and bubbles in the mould face",
                "Vacuum weaker than -0.85 bar during mixing: lid seal, pump oil or vacuum filter",
                "Check the vacuum gauge reaches -0.92 bar; clean or replace the lid seal (section 8); change the "
                "pump oil",
            ],
            [
                "Plaster thickens before pouring is finished",
                "Water too warm, mixing too long, or old plaster in the vessel seeding the batch",
                "Use water of 20-25 °C; shorten the mixing time; rinse after every batch",
            ],
            [
                "Moulds soft, surface dusts when rubbed",
                "Too much water: wrong consistency entered or water scale out of tolerance",
                "Check the consistency with the mould shop; check the water scale (section 7)",
            ],
            [
                "Lumps of dry plaster in the slurry",
                "Soak time too short or plaster dosed onto a dry vessel wall",
                "Increase the soak time towards 120 s; start with water in the vessel",
            ],
            [
                "Vacuum falls slowly during the mixing",
                "Lid seal leaking or pouring valve seat worn",
                "Replace the lid seal or the valve seat",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mixing a batch"),
    (
        "ol",
        [
            "Check the hopper level and that the vessel is clean and rinsed (no M13).",
            "Select the recipe or enter the plaster mass and the consistency; the mixer shows the water mass.",
            "Place the pouring hose over the mould and press START.",
            "The mixer fills the water, checks its temperature, closes the lid lock and doses the plaster.",
            "During the soak time the blade stands still and the plaster wets.",
            "The vacuum pump starts; at -0.80 bar the blade starts at the set speed.",
            "After the mixing time the blade slows to 200 rpm and the vacuum is released.",
            "Open the pouring valve and pour in one steady flow, finishing at least 2 min before stiffening.",
            "Close the pouring valve and run the rinse: 15 L (VPM-40) or 25 L (VPM-80) at 1200 rpm for 60 s, "
            "drained to the plaster settling tank.",
        ],
    ),
    ("h", "7. Checking the water scale"),
    (
        "ol",
        [
            "Empty and rinse the vessel, close the pouring valve and let it drain for 2 min.",
            "Select SERVICE > SCALE and press TARE; the display must show 0.0 kg.",
            "Place the 10 kg test weight (VPM-40) or the 20 kg test weight (VPM-80) on the three marked points of "
            "the vessel rim using the weight holder.",
            "Wait 10 s: the reading must be within ±0.1 kg (VPM-40) or ±0.2 kg (VPM-80) of the test weight.",
            "If it is outside, press CAL and confirm the test weight; the mixer corrects the span.",
            "Remove the weight; the display must return to 0.0 kg within the same tolerance.",
            "Record the result in the mould shop log. If the span cannot be corrected, check the load cells for "
            "plaster build-up under the vessel feet.",
        ],
    ),
    ("h", "8. Replacing the lid seal"),
    (
        "ol",
        [
            "Switch off and lock the main switch; release the vacuum.",
            "Open the lid and pull the old seal out of its groove.",
            "Clean the groove with a plastic scraper and water; no plaster may remain.",
            "Press in the new seal GSM-LS-40 (VPM-40) or GSM-LS-80 (VPM-80), starting at the hinge and working round "
            "both ways, without stretching it.",
            "Close the lid and run SERVICE > VACUUM TEST: the vessel must reach -0.92 bar and lose no more than "
            "0.02 bar in 60 s with the pump stopped.",
        ],
    ),
    ("h", "9. Changing the vacuum pump oil"),
    (
        "ol",
        [
            "Run the pump for 5 min with the vessel closed to warm the oil (SERVICE > PUMP).",
            "Switch off and lock the main switch.",
            "Place a tray under the pump and open the drain plug; let the oil drain fully.",
            "Refit the drain plug and fill with vacuum pump oil VPO-100: 1.0 L (VPM-40) or 1.6 L (VPM-80), to the "
            "middle of the sight glass.",
            "Replace the exhaust filter element every second oil change.",
            "Switch on and reset the counter under SERVICE > RESET OIL; M12 clears.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After every batch", "Rinse (automatic); remove plaster residues thicker than 3 mm from the blade"],
            ["Daily", "Clean the lid seal and the pouring valve seat; empty the vacuum filter water trap"],
            ["Weekly", "Check the water inlet strainer; check the scale with the test weight (section 7)"],
            ["500 h of pump running (M12)", "Change the vacuum pump oil (section 9)"],
            ["6 months or 2000 batches, whichever comes first", "Replace the lid seal (section 8)"],
            ["Yearly", "Gessmoor service: blade shaft seal, pouring valve, load cells"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VPM-40", "VPM-80"],
            ["Mixing blade", "GSM-MB-220", "GSM-MB-280"],
            ["Lid seal", "GSM-LS-40", "GSM-LS-80"],
            ["Pouring valve seat", "GSM-PV-50", "GSM-PV-65"],
            ["Blade shaft seal kit", "GSM-SK-40", "GSM-SK-80"],
            ["Vacuum pump oil VPO-100, 1 L", "GSM-VPO-1", "GSM-VPO-1"],
            ["Vacuum pump exhaust filter", "GSM-EF-40", "GSM-EF-63"],
            ["Test weight with holder", "GSM-TW-10", "GSM-TW-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Caldovar SK shuttle kilns
CALDOVAR = [
    ("title", "Caldovar SK Gas-Fired Shuttle Kilns\nOperation and Maintenance Manual - SK-8 and SK-14"),
    (
        "p",
        "Document CDV-OM-SK-07, Edition 2, June 2024. Caldovar Kilns. The SK-8 and SK-14 are gas-fired shuttle "
        "(intermittent) kilns for sanitaryware. In a sanitaryware factory they are used for refiring glazed ware "
        "after repair and for firing special pieces and trials that do not suit the tunnel kiln. The kiln is "
        "loaded on a refractory car outside, the car is pushed in, the door is closed and the kiln fires a "
        "programmed curve. The SK-8 takes one car (setting volume 8 m³), the SK-14 two cars one behind the other "
        "(setting volume 14 m³). Apart from this and the values given for each model, the two kilns are built "
        "alike. The firing curves of the products are the site's; the curve in section 3 is an example only. "
        "The gas supply up to the kiln's main gas valve, the gas train's leak tests and the periodic gas safety "
        "inspection are the responsibility of the site and its registered gas contractor under national rules.",
    ),
    (
        "warn",
        "WARNING: Hot surfaces, hot ware and flue gases. Never open the door above 300 °C. Never enter the kiln "
        "chamber unless the gas is isolated and locked, the chamber is below 40 °C and it has been purged. Carbon "
        "monoxide can collect in the chamber and the car pit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SK-8", "SK-14"],
            ["Setting volume", "8 m³", "14 m³"],
            ["Kiln cars", "1", "2"],
            ["Car deck, length x width", "3000 x 1800 mm", "2 x 2600 x 1800 mm"],
            ["Maximum load per car, ware and kiln furniture together", "3500 kg", "3000 kg"],
            ["Maximum setting height above the car deck", "1500 mm", "1500 mm"],
            ["Maximum temperature", "1300 °C", "1300 °C"],
            ["Highest heating rate the kiln allows", "180 °C/h", "150 °C/h"],
            ["Burners (high velocity, natural gas), number x rating", "8 x 120 kW", "12 x 110 kW"],
            ["Natural gas supply pressure", "50-100 mbar", "80-150 mbar"],
            [
                "Gas use, example refire curve of section 3, full load",
                "about 420 m³ per firing",
                "about 690 m³ per firing",
            ],
            ["Combustion air fan", "7.5 kW", "11 kW"],
            ["Exhaust fan", "5.5 kW", "7.5 kW"],
            ["Control thermocouples, type S", "3", "5"],
            ["Temperature uniformity at a 1200 °C soak (highest minus lowest)", "15 °C or less", "20 °C or less"],
            ["Car drive (electric pusher)", "0.75 kW", "1.1 kW"],
            ["Electrical supply 400 V 3~ 50 Hz, total load", "18 kW", "26 kW"],
            ["Mass of the kiln without cars", "14 t", "21 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained kiln operators may start a firing. The burner management system and the flame "
            "safeguards must never be bridged.",
            "Keep the area in front of the door and the car track clear while the car drive moves.",
            "Wear heat-resistant gloves and a face shield when unloading ware above 60 °C.",
            "If you smell gas, do not operate any switch: close the manual gas valve outside the building and call "
            "the site's gas contractor.",
            "Keep kiln furniture (batts, props, setters) free of cracks; a cracked batt can drop the setting.",
        ],
    ),
    ("h", "3. Firing limits and the example curve"),
    (
        "cols",
        [
            ("h", "Heating and cooling rates"),
            (
                "p",
                "The kiln allows up to 180 °C/h (SK-8) or 150 °C/h (SK-14); the ware may need less. For fired "
                "vitreous china the rate between 450 °C and 650 °C, where quartz changes its volume at 573 °C, "
                "must be no faster than 50 °C/h, on heating and on cooling. Rates for the first firing of unfired "
                "(green) ware are not given in this manual.",
            ),
            ("h", "Segment time"),
            (
                "p",
                "Segment time (h) = (end temperature - start temperature) / rate (°C/h). Example: heating from "
                "650 °C to 1200 °C at 150 °C/h takes (1200 - 650) / 150 = 3.7 h.",
            ),
            ("h", "Example refire curve (vitreous china)"),
            (
                "p",
                "1: 20 to 450 °C at 150 °C/h. 2: 450 to 650 °C at 50 °C/h. 3: 650 to 1200 °C at 150 °C/h. 4: hold "
                "45 min at 1200 °C. 5: cool to 650 °C at 200 °C/h with the cooling air. 6: 650 to 450 °C at "
                "50 °C/h. 7: natural cooling to 150 °C. Total about 21 h on the SK-8. The site sets the real "
                "curves of its products.",
            ),
            ("h", "Uniformity"),
            (
                "p",
                "At the soak, the highest and lowest control thermocouples must be within 15 °C (SK-8) or 20 °C "
                "(SK-14). A larger spread means the setting blocks the flame paths, a burner is out of tune or the "
                "door seal leaks.",
            ),
            ("h", "Deviation alarm"),
            (
                "p",
                "K09 is shown when the kiln is more than 20 °C off the programme for 10 min. The programme holds "
                "(the ramp stops) until the kiln catches up.",
            ),
            ("h", "Door and car"),
            (
                "p",
                "The door may be unlocked and opened a crack (50 mm) below 300 °C to speed the cooling. The car may "
                "be drawn out only below 150 °C. The independent over-temperature limiter is set at 1320 °C (K08).",
            ),
            ("h", "Setting"),
            (
                "p",
                "Keep at least 100 mm between the ware and the side walls so that the flames can pass, and no "
                "more than 1500 mm setting height above the deck.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Emergency stop", "Gas valves closed, fans run on. Release and reset."],
            [
                "K02",
                "Flame failure",
                "A burner lost its flame or failed to light (burner number shown). Three restart attempts, then "
                "lock-out.",
            ],
            ["K03", "Gas pressure low", "Below 40 mbar (SK-8) or 70 mbar (SK-14) at the gas train inlet."],
            ["K04", "Gas pressure high", "Above 110 mbar (SK-8) or 160 mbar (SK-14)."],
            ["K05", "Combustion air low", "Air pressure switch open: fan stopped or filter blocked."],
            ["K06", "Kiln pressure", "Chamber above +10 Pa: exhaust damper stuck or exhaust fan stopped."],
            ["K07", "Thermocouple", "Thermocouple broken or its cable open; the kiln goes to hold."],
            ["K08", "Over-temperature", "Independent limiter tripped at 1320 °C; all gas valves closed."],
            ["K09", "Deviation", "More than 20 °C off the programme for 10 min."],
            ["K10", "Door", "Door not locked or seal pressure switch open."],
            ["K12", "Car position", "Car not fully in, or the car drive is not in its home position."],
            ["K13", "Power failure", "The supply failed during a firing. See section 7."],
            ["K14", "Service due", "12 months since the last Caldovar service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ware comes out with clean, sharp cracks (dunting) after the refire",
                "Cooled too fast between 650 °C and 450 °C, or the door was opened above 300 °C",
                "Set segment 6 no faster than 50 °C/h; keep the door shut until 300 °C",
            ],
            [
                "Glaze dull or underfired on the lower ware",
                "Spread between thermocouples too large; setting too dense at the bottom",
                "Check the uniformity; leave 100 mm at the side walls",
            ],
            [
                "Glaze blistered",
                "Overfired or held too long at the top temperature",
                "Check the programme and the top thermocouple; have it compared with a reference",
            ],
            [
                "Burner will not light, K02 again and again",
                "Ignition electrode dirty or gap wrong, or air in the gas line after work",
                "Clean the electrode and set the gap to 3 mm; purge as instructed by the gas contractor",
            ],
            [
                "Smoke or flames at the door seal",
                "Kiln pressure too high or door seal worn",
                "Check the damper position; check the door seal (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the car and starting a firing"),
    (
        "ol",
        [
            "Check the car deck and the kiln furniture for cracks.",
            "Set the ware with at least 100 mm to the side walls and no higher than 1500 mm; keep the total within "
            "3500 kg (SK-8) or 3000 kg per car (SK-14).",
            "Check that the car track is clear and push the car in with the car drive until the car stops at its "
            "end position (K12 clears).",
            "Close and lock the door.",
            "Open the manual gas valve and check the supply pressure on the gauge: 50-100 mbar (SK-8) or 80-150 "
            "mbar (SK-14).",
            "Select the programme of the product and check its segments on the screen.",
            "Press START. The fans purge the chamber for 3 min before the burners light one by one.",
            "Check that all burners are lit (green lamps) and enter the firing in the kiln log.",
        ],
    ),
    ("h", "7. After a power failure during a firing"),
    (
        "ol",
        [
            "When the power returns the kiln shows K13; the gas valves stay closed and the programme does not "
            "restart by itself.",
            "Read the kiln temperature and the segment at which the power failed from the screen.",
            "If the kiln is above 650 °C and was heating, press RESUME: the fans purge for 3 min, the burners "
            "relight and the programme continues from the actual temperature.",
            "If the kiln is between 450 °C and 650 °C, select RESUME SLOW: the programme continues at 50 °C/h "
            "whatever the segment.",
            "If the kiln was in the cooling part, let it cool naturally with the door shut and the exhaust fan "
            "running.",
            "Note the failure and the temperature in the kiln log; ware from a firing interrupted during the "
            "hold must be checked by the quality department.",
        ],
    ),
    ("h", "8. Checking the door seal"),
    (
        "ol",
        [
            "With the kiln cold and the door open, inspect the fibre seal on the door frame for tears and "
            "flattening.",
            "Close and lock the door with a strip of paper 50 mm wide clamped under the seal at eight points "
            "around the frame.",
            "Pull each strip: it must resist at every point. A strip that pulls out freely shows a gap.",
            "Adjust the door lock eccentrics by one step where the gap is, and check again.",
            "Replace the seal (CDV-DS-8 or CDV-DS-14) when it is compressed below 25 mm or torn.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each firing", "Check the car deck and kiln furniture; clear broken pieces from the flame paths"],
            ["Weekly", "Clean the combustion air filter; check the ignition electrodes (gap 3 mm)"],
            ["Monthly", "Check the door seal (section 8); grease the car wheels"],
            [
                "12 months or 150 firings, whichever comes first",
                "Replace the control thermocouples (3 on the SK-8, 5 on the SK-14)",
            ],
            ["12 months (K14)", "Caldovar service: burner tuning, flue gas analysis, limiter test"],
            ["As required by national rules", "Gas safety inspection of the gas train, by the site's gas contractor"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SK-8", "SK-14"],
            ["Control thermocouple type S, 600 mm", "CDV-TC-S6", "CDV-TC-S6"],
            ["Ignition electrode", "CDV-IE-120", "CDV-IE-110"],
            ["Burner nozzle", "CDV-BN-120", "CDV-BN-110"],
            ["Door seal, fibre rope 40 mm", "CDV-DS-8", "CDV-DS-14"],
            ["Combustion air filter mat", "CDV-AF-75", "CDV-AF-110"],
            ["Car wheel with bearing", "CDV-CW-30", "CDV-CW-30"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pesorell LT-10 static load tester
PESORELL = [
    ("title", "Pesorell LT-10 Static Load Tester for WC Pans and Washbasins\nOperating Manual"),
    (
        "p",
        "Document PSR-OM-LT10-05, Edition 1, February 2025. Pesorell Test Systems. The LT-10 is a hydraulic test "
        "frame for static load tests on fired sanitaryware: wall-hung and floor-standing WC pans, washbasins and "
        "wall-hung bidets. A hydraulic cylinder in the crosshead presses a loading pad onto the ware at a set "
        "rate, holds the force for a set time and releases it, while a load cell measures the force and two "
        "displacement transducers measure the deflection. The test programmes delivered with the tester are "
        "Pesorell's factory settings. The forces, hold times and pass limits that apply to a product are set by "
        "the site's quality department from the product standard and the customer's specification; this manual "
        "does not give them.",
    ),
    (
        "warn",
        "WARNING: Ware can break suddenly under load and throw sharp fragments. Close the polycarbonate guard "
        "doors before every test; the tester does not load with a door open. Wear safety glasses and cut-resistant "
        "gloves when removing broken ware.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LT-10"],
            ["Maximum test force", "10 kN"],
            ["Load cell accuracy", "±0.5 % of reading from 0.5 kN to 10 kN; ±2.5 N below 0.5 kN"],
            ["Loading rate, settable", "50-1000 N/s (default 200 N/s)"],
            ["Hold time, settable", "1-120 min (default 60 min)"],
            ["Cylinder stroke; approach speed", "300 mm; 20 mm/s"],
            ["Displacement transducers (2)", "range 0-25 mm, resolution 0.01 mm"],
            ["Clear width of the frame; height under the crosshead", "1200 mm; 1100 mm"],
            ["Wall plate for wall-hung ware, fixing centres", "180-230 mm, studs M12"],
            ["Loading pads", "seat pad 300 x 80 mm (WC), edge pad 100 x 50 mm (washbasin)"],
            ["Hydraulic unit", "1.1 kW, 80 bar maximum, HLP 46 oil 8 L"],
            ["Supply", "400 V 3~ 50 Hz, 16 A"],
            ["Mass", "780 kg"],
        ],
        (85, 85),
    ),
    (
        "p",
        "Force from a test mass: force (N) = mass (kg) x 9.81. Example: a test load given as 400 kg is 3924 N, "
        "entered as 3.92 kN.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the quality department may run tests.",
            "Keep hands out of the frame while the crosshead moves. Use the jog buttons at approach speed only.",
            "Break tests (programme P4) always end in fragments. Clean the frame with a brush, never by hand.",
            "Before work on the hydraulics, lower the cylinder fully and release the pressure with the manual "
            "valve; the gauge must show 0 bar.",
        ],
    ),
    ("h", "3. Programmes and settings"),
    (
        "cols",
        [
            ("h", "Factory programmes"),
            (
                "p",
                "P1 wall-hung WC: seat pad, 4.0 kN, hold 60 min. P2 floor-standing WC: seat pad, 4.0 kN, hold 60 "
                "min. P3 washbasin: edge pad at the middle of the front edge, 1.5 kN, hold 10 min. P4 break test: "
                "force rises at the set rate until it drops by 30 % from its peak; the peak is recorded as the "
                "breaking force. The factory values are starting points only; copy a programme and enter the "
                "site's values before testing products.",
            ),
            ("h", "Default pass limits"),
            (
                "p",
                "Unless the quality department sets others: no crack or breakage; creep during the hold (deflection "
                "at the end minus deflection at the start of the hold) no more than 1.0 mm; permanent set 10 min "
                "after unloading no more than 0.5 mm. P4 has no pass limit; the minimum breaking force of a product "
                "is the quality department's.",
            ),
            ("h", "Loading rate"),
            (
                "p",
                "Default 200 N/s. For stiff ware such as floor-standing pans the force can overshoot at high rates: "
                "above 500 N/s an overshoot of more than 2 % of the set force stops the test (L05).",
            ),
            ("h", "Hold control"),
            (
                "p",
                "During the hold the pump restarts when the force falls 1 % below the set force. More than 6 "
                "restarts per minute indicate a leak (L08).",
            ),
            ("h", "Ambient"),
            (
                "p",
                "Test at 15-30 °C. Let ware brought in from the kiln or the store reach the room temperature first, "
                "for at least 4 h.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Emergency stop", "Release the emergency stop; the cylinder retracts on RESET."],
            ["L02", "Guard open", "A guard door is open; close it."],
            ["L03", "Force limit", "Force above 10.5 kN; the pump stops and the valve opens."],
            ["L04", "Stroke end", "Cylinder at the end of its stroke without reaching the force. Lower the crosshead."],
            ["L05", "Overshoot", "Force above the set value by more than 2 %. Lower the loading rate."],
            ["L06", "Transducer", "A displacement transducer is out of range or unplugged."],
            [
                "L08",
                "Hold leak",
                "More than 6 pump restarts per minute during the hold: valve seat or cylinder seal leaking, oil low.",
            ],
            ["L09", "Oil temperature", "Hydraulic oil above 60 °C."],
            ["L10", "Oil level", "Oil level switch open; top up with HLP 46."],
            ["L11", "Load cell", "Load cell signal missing or above the range; check the plug."],
            ["L12", "Calibration due", "12 months since the last load cell calibration."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Force falls during the hold and the pump cuts in every few seconds",
                "Oil low, or the pressure holding valve seat or the cylinder seal leaking",
                "Check the oil level; clean the holding valve (section 9); cylinder seals are changed by Pesorell "
                "service",
            ],
            [
                "Wall-hung pans crack at the fixing holes before the force is reached",
                "Fixing nuts over-tightened, rubber washers missing or the wall plate not flat",
                "Fit the rubber washers and tighten the nuts to 12 Nm; check the wall plate",
            ],
            [
                "Deflection reading drifts with no load on the ware",
                "Transducer tip not square to the ware, magnetic base loose, or ware not yet at room temperature",
                "Reset the transducer square and tight; wait for the ware to reach room temperature",
            ],
            [
                "Force overshoots at the start of the hold (L05)",
                "Loading rate too high for stiff ware",
                "Lower the rate to 200 N/s or less",
            ],
            [
                "Break test stops before the ware breaks",
                "Stroke end reached (L04): crosshead set too high",
                "Lower the crosshead so the pad is 20-50 mm above the ware",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mounting a wall-hung WC pan"),
    (
        "ol",
        [
            "Set the wall plate studs to the fixing centres of the pan (180-230 mm) and lock them.",
            "Slide the rubber washers over the studs; they must sit between the pan and the wall plate.",
            "Lift the pan onto the studs with two persons or the vacuum lifter, with the outlet in the sleeve of the "
            "wall plate.",
            "Fit the plastic sleeves, the rubber washers and the nuts on the front side.",
            "Tighten both nuts in turn to 12 Nm with the torque wrench; never use an impact tool.",
            "Move the crosshead so that the seat pad sits at the middle of the seat area, 20-50 mm above the rim.",
            "Set the two displacement transducers under the front of the pan, square to the surface, and press "
            "ZERO.",
            "Close the guard doors.",
        ],
    ),
    ("h", "7. Running a test"),
    (
        "ol",
        [
            "Select the site's programme of the product and enter the ware serial number.",
            "Check the set force, rate and hold time shown.",
            "Press START: the pad approaches at 20 mm/s until it touches (50 N), then loads at the set rate.",
            "During the hold watch the force and the deflection on the screen; do not open the guard.",
            "After the hold the force is released and the tester waits 10 min to measure the permanent set.",
            "Inspect the ware for cracks with the inspection lamp, including the fixing holes and the underside.",
            "Save and print the report; the pass or fail decision is shown against the limits of the programme.",
        ],
    ),
    ("h", "8. Zeroing the displacement transducers"),
    (
        "ol",
        [
            "Place the ware and set the transducer tips on it with about 10 mm of travel in.",
            "Check that the magnetic bases are tight and the tips are square to the surface.",
            "Press ZERO; both readings show 0.00 mm.",
            "Tap the frame lightly: a reading that moves by 0.02 mm or more shows a loose base; fix it and zero "
            "again.",
        ],
    ),
    ("h", "9. Cleaning the holding valve"),
    (
        "ol",
        [
            "Lower the cylinder fully and release the pressure; the gauge must show 0 bar.",
            "Switch off and lock the main switch.",
            "Unscrew the holding valve cartridge from the valve block with a 27 mm spanner.",
            "Clean the cartridge and its seat with clean hydraulic oil; never use cloth that leaves fibres.",
            "Replace the O-rings (kit PSR-OR-HV) and screw the cartridge back to 45 Nm.",
            "Run a 5 kN hold test on the steel test block for 10 min: no more than 2 pump restarts per minute.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the frame and the pads; check the guard doors and their switches"],
            ["Weekly", "Check the oil level; check the rubber washers and the wall plate studs"],
            ["Yearly (L12)", "Load cell calibration by an accredited calibration laboratory or Pesorell service"],
            ["2 years or 2000 operating hours, whichever comes first", "Change the hydraulic oil, HLP 46, 8 L"],
            ["As needed", "Holding valve cleaning (section 9); cylinder seals by Pesorell service"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The load cell calibration needs reference equipment traceable to national standards and is not "
        "described in this manual.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Seat pad with rubber facing 300 x 80 mm", "PSR-SP-300"],
            ["Edge pad 100 x 50 mm", "PSR-EP-100"],
            ["Rubber washer set for the wall plate (10 pairs)", "PSR-RW-12"],
            ["Displacement transducer 25 mm with magnetic base", "PSR-DT-25"],
            ["Holding valve O-ring kit", "PSR-OR-HV"],
            ["Guard door switch", "PSR-GS-01"],
            ["Hydraulic oil HLP 46, 10 L", "PSR-HLP-46"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("tonbrell-sb-slip-blunger-and-storage-ark.pdf", "Tonbrell TBL-OM-SB-04 Ed 3 - SB-6 / SB-10", TONBRELL),
        ("gessmoor-vpm-vacuum-plaster-mixer.pdf", "Gessmoor GSM-BA-VPM-02 Ed 2 - VPM-40 / VPM-80", GESSMOOR),
        ("caldovar-sk-shuttle-kiln.pdf", "Caldovar CDV-OM-SK-07 Ed 2 - SK-8 / SK-14", CALDOVAR),
        ("pesorell-lt-wc-pan-static-load-tester.pdf", "Pesorell PSR-OM-LT10-05 Ed 1 - LT-10", PESORELL),
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
