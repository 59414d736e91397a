"""Generate the PDF manuals of the hundred-and-fifty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set156-scratch/venv && /tmp/set156-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set156-scratch/venv/bin/python knowledge/samples/hundredfiftysixth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Feuchtwald FK direct conditioning cylinders
FEUCHTWALD = [
    ("title", "Feuchtwald FK Direct Conditioning Cylinders\nOperation and Maintenance - FK-30 and FK-45"),
    (
        "p",
        "Document FWL-OM-FK-04, Edition 3, March 2025. Feuchtwald Leaf Systems. The FK-30 and FK-45 are direct "
        "conditioning cylinders (DCC) for threshed tobacco lamina (strips) in the primary department. Leaf enters the "
        "rotating, inclined cylinder from the infeed belt weigher, is lifted by the tines and showered with water "
        "and live steam from the nozzle bar, and leaves at the outfeed warm, moist and pliable enough to be cut or "
        "blended. A recirculation fan draws warm air from the outfeed hood back through the cylinder; an exhaust fan "
        "keeps the hoods under a slight vacuum. Apart from the size, the drive, the nozzle count and the items named "
        "in this manual, the two models are built alike. The steam and water supply up to the isolating valves, "
        "the exhaust duct beyond the hood flange and the infeed belt weigher are the site's; the weigher has its own "
        "manual.",
    ),
    (
        "warn",
        "WARNING: Live steam at up to 8 bar. Never open the hood doors or enter the cylinder while steam is on. "
        "Entry into the cylinder is a confined space entry under the site's permit system: isolate and lock the "
        "drive, the steam and the water, and wait until the shell is below 40 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FK-30", "FK-45"],
            ["Nominal throughput, flue-cured lamina", "3000 kg/h", "4500 kg/h"],
            ["Cylinder diameter x length", "1800 x 7000 mm", "2200 x 8500 mm"],
            ["Cylinder speed", "8-14 rpm", "6-12 rpm"],
            ["Inclination (adjustable ±1°)", "3.5°", "3.0°"],
            ["Drive motor (geared, via girth chain)", "11 kW", "15 kW"],
            ["Recirculation fan", "5.5 kW", "7.5 kW"],
            ["Exhaust air volume", "6000 m³/h", "8500 m³/h"],
            ["Water nozzles / steam nozzles on the nozzle bar", "6 / 4", "8 / 6"],
            ["Water addition range", "0-600 L/h", "0-900 L/h"],
            ["Steam consumption at nominal throughput", "up to 450 kg/h", "up to 680 kg/h"],
            ["Steam supply at the control valve, saturated", "6-8 bar", "6-8 bar"],
            ["Water supply at the nozzle bar, demineralised", "3.5-5 bar", "3.5-5 bar"],
            ["Gearbox oil CLP 220", "18 L", "25 L"],
            ["Trunnion rollers", "4, 420 mm", "4, 500 mm"],
            ["Mass, empty", "9.8 t", "13.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The nominal throughput holds for flue-cured (Virginia) lamina with an infeed moisture of 11-13 % and an "
        "outfeed moisture target of 19-22 %. For burley lamina the throughput is derated to 80 % of nominal (2400 "
        "kg/h on the FK-30, 3600 kg/h on the FK-45), because burley takes up water more slowly.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the cylinder. Hoods, guards and the chain guard must be closed in "
            "production; the hood doors are interlocked (D11).",
            "Surfaces of the hoods, the nozzle bar and the steam pipework exceed 90 °C in production. Wear gloves.",
            "Never clear a blockage at the infeed chute with the cylinder turning. Stop, isolate and wait for the "
            "cylinder to stand still.",
            "Water hammer in the steam line means condensate is not being drained. Stop the steam and check the "
            "trap before going on.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Preheating"),
            (
                "p",
                "Before leaf is fed, the shell must be preheated with steam and the recirculation fan running until "
                "the shell thermometer at the outfeed reads at least 60 °C. From cold this takes about 15 min. Leaf "
                "fed onto a cold shell sticks to it and forms wet lumps.",
            ),
            ("h", "Outfeed moisture and temperature"),
            (
                "p",
                "Outfeed moisture setpoint settable 16-25 %; hold it within ±0.5 % of the setpoint in steady "
                "production. Outfeed temperature 55-65 °C for flue-cured lamina. D08 stops the steam above 75 °C. "
                "Settings for Oriental and dark air-cured tobacco are part of the customer's recipe and are not "
                "given here.",
            ),
            ("h", "Water addition"),
            (
                "p",
                "The controller sets the water from the belt weigher reading: Water (L/h) = throughput (kg/h) x "
                "(target moisture - infeed moisture) / (100 - target moisture). Example: 3000 kg/h raised from 12 % "
                "to 21 % needs 3000 x 9 / 79 = 342 L/h in total. The condensed steam supplies part of it; the "
                "nozzles give the rest.",
            ),
            ("h", "Hood pressure"),
            (
                "p",
                "Keep the infeed hood between -20 and -50 Pa. Nearer zero, steam escapes at the infeed; below "
                "-80 Pa, cold room air is drawn in and the outfeed temperature falls.",
            ),
            ("h", "Cylinder speed"),
            (
                "p",
                "Residence time is about 3 to 4 min at mid speed. A higher speed shortens it but breaks more leaf; "
                "keep the FK-30 at or below 12 rpm and the FK-45 at or below 10 rpm for burley.",
            ),
            ("h", "Starts"),
            ("p", "No more than 6 drive starts per hour; the motor needs 10 min to cool after a D02 trip."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop pressed or its circuit open. Release, then press RESET."],
            ["D02", "Drive overload", "Motor overload tripped: cylinder overfilled, tines jammed, or too many starts."],
            ["D03", "Steam pressure low", "Steam below 5 bar at the control valve for 30 s. Check the site supply."],
            ["D04", "Steam valve position", "Valve feedback differs from the output by more than 5 % for 10 s."],
            [
                "D05",
                "Water flow deviation",
                "Water flow more than 10 % away from its setpoint for 20 s: filter blocked, nozzle worn or the "
                "supply below 3.5 bar.",
            ],
            ["D06", "Nozzle pressure low", "Water nozzle pressure below 2.5 bar. Clean the strainer and nozzles."],
            ["D08", "Outfeed temperature high", "Above 75 °C: steam stopped until it falls below 65 °C."],
            ["D09", "Weigher signal", "No throughput signal from the infeed belt weigher; water and steam stop."],
            ["D10", "Exhaust fan", "Exhaust fan motor tripped or its airflow switch open."],
            ["D11", "Hood door open", "A hood door interlock is open. Steam and water stop at once."],
            ["D12", "Moisture meter", "No signal from the outfeed NIR moisture meter; control goes to manual."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wet lumps or balls of leaf at the outfeed",
                "Water nozzle dripping or worn, spraying onto the shell instead of the leaf curtain",
                "Check the spray pattern (section 8); replace worn nozzle tips",
            ],
            [
                "Leaf sticking to the shell and tines after a start",
                "Shell not preheated",
                "Preheat until the shell reads at least 60 °C before feeding",
            ],
            [
                "Outfeed moisture swinging more than ±1 %",
                "Uneven infeed, or the belt weigher out of calibration",
                "Check the feed to the weigher; have the weigher checked to its manual",
            ],
            [
                "Steam escaping at the infeed hood",
                "Exhaust damper closed or the exhaust fan belt slipping",
                "Set the hood to -20 to -50 Pa; check the fan belt",
            ],
            [
                "Much broken leaf and small pieces at the outfeed",
                "Cylinder speed too high, or leaf too dry at the infeed",
                "Lower the speed; check the infeed moisture",
            ],
            [
                "Banging in the steam line",
                "Condensate not drained: steam trap stuck",
                "Stop the steam, check and clean the trap",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the hood doors are closed and nobody is inside the cylinder or the hoods.",
            "Open the steam line drain and the bypass of the steam trap for 2 min to clear condensate, then close "
            "the bypass.",
            "Start the exhaust fan and the recirculation fan. Check the infeed hood pressure (-20 to -50 Pa).",
            "Start the cylinder at 10 rpm (FK-30) or 8 rpm (FK-45).",
            "Open the preheat steam to 30 % and wait until the shell thermometer reads at least 60 °C, about 15 min "
            "from cold.",
            "Select the product in the control panel and check the outfeed moisture setpoint.",
            "Switch the water and steam to AUTO and start the infeed belt weigher.",
            "Watch the first 10 min of production: outfeed moisture within ±0.5 % of the setpoint, no lumps.",
        ],
    ),
    ("h", "7. Setting the inclination"),
    (
        "ol",
        [
            "Stop and empty the cylinder, isolate and lock the drive.",
            "Loosen the eight clamping bolts of the two outfeed trunnion roller stations.",
            "Turn the two jacking screws evenly: one full turn changes the inclination by about 0.1°.",
            "Check with a digital level on the machined ring of the shell; stay within ±1° of the nominal value.",
            "Tighten the clamping bolts to 350 Nm in a cross pattern.",
            "Run the cylinder empty for 15 min and check that the thrust roller carries the shell without the "
            "shell ring touching its stop.",
        ],
    ),
    ("h", "8. Cleaning and checking the nozzles"),
    (
        "ol",
        [
            "Stop production, close the steam and water isolating valves and let the nozzle bar cool below 40 °C.",
            "Pull the nozzle bar out of the infeed end on its rails (two persons).",
            "Unscrew the water nozzle tips and soak them in descaler for 30 min; never clean the bores with wire.",
            "Clean the line strainer (100 µm) in front of the nozzle bar.",
            "Refit the tips hand tight plus a quarter turn, flat spray aligned with the bar.",
            "Push the bar back in, open the water only and check the spray pattern through the hood window: even "
            "fans, no drips. A tip whose flow is more than 15 % above a new one is worn and must be replaced.",
            "Open the steam and return to AUTO.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the spray pattern through the hood window; clean the infeed chute"],
            ["Daily, after production", "Rinse the inside of the cylinder with hot water; check for lumps on tines"],
            ["Weekly", "Clean the nozzles and strainer (section 8); test the steam trap"],
            [
                "500 h or 3 months, whichever comes first",
                "Grease the trunnion and thrust rollers; check the girth chain sag, 15-20 mm",
            ],
            ["12 months", "Change the gearbox oil (CLP 220, 18 L or 25 L); inspect the tines for cracks"],
            ["As the site's QA plan requires", "Calibration of the NIR moisture meter by the site's laboratory"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FK-30", "FK-45"],
            ["Water nozzle tip, flat spray", "FWL-N-0650", "FWL-N-0650"],
            ["Steam nozzle", "FWL-N-0655", "FWL-N-0655"],
            ["Trunnion roller with bearings", "FWL-TR-420", "FWL-TR-500"],
            ["Girth chain, complete", "FWL-GC-30", "FWL-GC-45"],
            ["Steam control valve positioner", "FWL-SV-25", "FWL-SV-32"],
            ["Line strainer element 100 µm", "FWL-ST-100", "FWL-ST-100"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The girth chain is supplied complete and fitted by Feuchtwald service. The steam trap and the isolating "
        "valves belong to the site's steam installation.",
    ),
]


# ---------------------------------------------------------------- Schnittmoor RC rotary drum tobacco cutters
SCHNITTMOOR = [
    ("title", "Schnittmoor RC Rotary Drum Tobacco Cutters\nOperating and Maintenance Manual - RC-10 and RC-12"),
    (
        "p",
        "Document SCM-OM-RC-07, Edition 2, June 2024. Schnittmoor Cutting Technology. The RC-10 and RC-12 cut "
        "conditioned tobacco lamina into cut rag. Two steel feed chains, upper and lower, compress the leaf into a "
        "cake and push it through the mouthpiece; the knives on the rotating drum cut a slice off the face of the "
        "cake at every pass. A traversing grinding wheel sharpens the knives while the drum runs and an automatic "
        "feed advances the knives to make up for the steel ground away. The RC-10 carries 10 knives, the RC-12 12 "
        "knives on a wider drum; apart from this, the mouthpiece width, the drives and the items named here, the "
        "two models are built alike. Stem cutting is not covered: use the stem cutting kit and its supplement.",
    ),
    (
        "warn",
        "WARNING: The knife drum runs on for up to 90 s after a stop. The drum guard stays locked until the speed "
        "monitor reports standstill. Never bypass the guard lock. Handle knives only with cut-resistant gloves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RC-10", "RC-12"],
            ["Number of knives", "10", "12"],
            ["Mouthpiece width", "600 mm", "800 mm"],
            ["Mouthpiece height (cake height), maximum", "120 mm", "120 mm"],
            ["Drum speed", "200-600 rpm", "200-550 rpm"],
            ["Cut width, settable", "0.6-1.2 mm", "0.5-1.5 mm"],
            ["Throughput, lamina at 0.9 mm cut width", "3000 kg/h", "5000 kg/h"],
            ["Main drum motor", "37 kW", "55 kW"],
            ["Feed chain drive, servo", "3.0 kW", "4.0 kW"],
            ["Knife length x width (new) x thickness", "620 x 110 x 1.6 mm", "820 x 110 x 1.6 mm"],
            ["Grinding wheel, corundum, outside diameter x width", "300 x 40 mm", "300 x 50 mm"],
            ["Compression pressure (hydraulic)", "20-60 bar", "25-70 bar"],
            ["Hydraulic oil", "HLP 46", "HLP 46"],
            ["Dust extraction connection at the grinder", "DN 150, 1200 m³/h", "DN 150, 1500 m³/h"],
            ["Mass", "5.2 t", "6.8 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput holds for flue-cured lamina at an infeed moisture of 18-22 % and a temperature of 35-50 °C, "
        "with sharp knives. For burley and for blends with more than 30 % burley it falls by about a fifth. Drier "
        "leaf cuts with more dust and short strands.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Open the drum guard, the chain guard or the grinder cover only when the machine is stopped, isolated "
            "and the guard lock has released.",
            "Sparks from the grinder are normal. Keep the dust extraction running whenever the grinder runs: "
            "tobacco dust in the grinder housing is a fire risk.",
            "Never reach into the mouthpiece to clear a blockage. Reverse the feed chains with JOG REV.",
            "Change knives in opposite pairs to keep the drum in balance.",
        ],
    ),
    ("h", "3. Cutting limits and settings"),
    (
        "cols",
        [
            ("h", "Cut width"),
            (
                "p",
                "The cut width is the feed of the cake between two knife passes: Cut width (mm) = chain speed "
                "(mm/min) / (drum speed (rpm) x number of knives). Example: an RC-10 at 400 rpm cutting 0.9 mm "
                "needs a chain speed of 0.9 x 400 x 10 = 3600 mm/min. The control does this sum when a cut width "
                "is entered; it holds the cut width within ±0.02 mm of the setting.",
            ),
            ("h", "Knife to mouthpiece gap"),
            (
                "p",
                "0.15 mm ±0.05 mm between the knife edge and the lower mouthpiece plate, set with a feeler gauge at "
                "both ends of the knife. A wider gap leaves long uncut strings; a narrower one lets the knives "
                "touch the plate.",
            ),
            ("h", "Grinding"),
            (
                "p",
                "Grinding interval settable every 5-40 drum revolutions, default 20. Knife feed per grinding "
                "cycle 0.02 mm (RC-10) or 0.015 mm (RC-12). Grinding wheel speed 2850 rpm. Dress the wheel when "
                "its face is glazed or every 8 h of cutting, whichever comes first.",
            ),
            ("h", "Knife wear limit"),
            (
                "p",
                "Replace the knives when the width left is 35 mm or less; the knife feed then reaches its end "
                "stop and CT07 appears.",
            ),
            ("h", "Compression"),
            (
                "p",
                "Start at 35 bar (RC-10) or 40 bar (RC-12). Raise it in 5 bar steps if the cake slips or cuts "
                "loose; too much pressure blocks the mouthpiece (CT04).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["CT01", "Emergency stop", "Emergency stop pressed or the circuit open."],
            ["CT02", "Guard open", "Drum, chain or grinder guard opened. Machine stops; drum coasts down."],
            ["CT03", "Drum motor overload", "Blunt knives, gap too small or feed too high for the leaf."],
            ["CT04", "Mouthpiece blocked", "Chain torque above limit: compression too high or foreign body."],
            ["CT05", "Grinder travel", "Grinding carriage did not reach its end position within 12 s."],
            ["CT06", "Knife feed fault", "Knife feed motor blocked or the feed screw dirty."],
            ["CT07", "Knife worn", "Knife feed at its end stop: knives 35 mm wide or less. Change the knives."],
            ["CT08", "Hydraulic pressure", "Compression pressure below setting by more than 5 bar for 10 s."],
            ["CT10", "Extraction", "No airflow at the grinder extraction. Grinder stops; cutting stops after 60 s."],
            ["CT11", "Metal detected", "Metal detector in the infeed chute tripped. Remove the object."],
            ["CT12", "Drum vibration", "Vibration above 7.1 mm/s: knives unbalanced or a loose knife."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Long uncut strings or ribbons in the cut rag",
                "Knife to mouthpiece gap too wide, or a knife blunt at one end",
                "Reset the gap to 0.15 mm (section 7); check the grinder travel",
            ],
            [
                "Cut width varies across the strand",
                "Grinding wheel glazed, knives ground unevenly",
                "Dress the wheel (section 8)",
            ],
            [
                "Lots of dust and short strands",
                "Leaf too dry (below 18 %) or too cold",
                "Check the conditioning ahead of the cutter",
            ],
            [
                "Drum vibrates or hums louder than normal",
                "Knives of different widths, not changed in pairs",
                "Change the knives as a set (section 6)",
            ],
            [
                "Cake slips back, cut rag ragged",
                "Compression too low or feed chain links worn",
                "Raise the compression in 5 bar steps; check the chain",
            ],
            [
                "Burnt smell and dark knife edges",
                "Grinder feed too high or wheel glazed",
                "Dress the wheel; check the knife feed setting",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the knives"),
    (
        "ol",
        [
            "Empty the mouthpiece by running the feed chains until no leaf is left, then stop.",
            "Wait for the guard lock to release (drum standstill), isolate and lock the main switch.",
            "Open the drum guard and turn the drum by hand with the barring tool.",
            "Retract the knife feed fully with the hand crank.",
            "Loosen the clamping screws of one knife and the knife of the opposite drum position.",
            "Remove both knives with the knife lifter; never by hand.",
            "Clean the knife seats and fit two new knives with the bevel facing the drum centre.",
            "Tighten the clamping screws from the centre outwards to 45 Nm.",
            "Repeat for the remaining pairs.",
            "Set the knife to mouthpiece gap (section 7), close the guard and grind for 5 min before cutting.",
        ],
    ),
    ("h", "7. Setting the knife to mouthpiece gap"),
    (
        "ol",
        [
            "Stop, isolate and open the drum guard as for a knife change.",
            "Turn the drum until a knife edge is over the mouthpiece plate.",
            "Slide a 0.15 mm feeler gauge between the edge and the plate at the left and right end of the knife.",
            "Adjust with the two eccentric bolts of the mouthpiece until the gauge slides with slight drag at both "
            "ends; the gap must stay within 0.10-0.20 mm along the knife.",
            "Lock the eccentric bolts to 80 Nm and check again.",
            "Check the other knives in turn: they should all fall in the same range.",
        ],
    ),
    ("h", "8. Dressing the grinding wheel"),
    (
        "ol",
        [
            "Stop the drum; leave the grinder running with the dust extraction on.",
            "Select GRINDER > DRESS. The diamond dresser moves to the wheel.",
            "Dress at 0.02 mm per pass until the wheel face is clean over its full width, at most 10 passes.",
            "Enter the new wheel diameter. Replace the wheel below 220 mm.",
            "Return to AUTO.",
        ],
    ),
    ("h", "9. Changing the cut width"),
    (
        "ol",
        [
            "Enter the new cut width in the recipe; the control checks it against the model range.",
            "Check the chain speed the control calculates: it must stay at or below 6000 mm/min (RC-10) or "
            "7500 mm/min (RC-12); if it is higher, lower the drum speed.",
            "For cut widths below 0.7 mm set the grinding interval to 10 revolutions or fewer.",
            "Confirm with ENTER; the new width applies from the next drum revolution.",
            "Take a cut rag sample after 5 min and check the strands with the cut width gauge.",
        ],
    ),
    (
        "p",
        "The cut width for each blend is part of the customer's blend specification. Schnittmoor gives no "
        "recommended cut width for a blend; the values in this manual are only those used to rate the machine.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the mouthpiece and the grinder housing; check the cut rag for strings"],
            ["8 h of cutting, or when glazed", "Dress the grinding wheel"],
            ["Weekly", "Clean the knife feed screws; check the chain links for wear"],
            ["1000 h", "Change the hydraulic oil filter; check the drum bearings for noise"],
            ["4000 h or 12 months, whichever comes first", "Change the hydraulic oil (HLP 46)"],
            ["As needed", "Grinding wheel balancing and drum bearing replacement by Schnittmoor service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RC-10", "RC-12"],
            ["Knife (one)", "SCM-KN-62", "SCM-KN-82"],
            ["Grinding wheel", "SCM-GW-340", "SCM-GW-350"],
            ["Diamond dresser", "SCM-DD-01", "SCM-DD-01"],
            ["Mouthpiece plate, lower", "SCM-MP-60", "SCM-MP-80"],
            ["Feed chain link set (10 links)", "SCM-CL-60", "SCM-CL-80"],
            ["Hydraulic filter element", "SCM-HF-10", "SCM-HF-10"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Rollvaine GM cigarette maker garnitures
ROLLVAINE = [
    ("title", "Rollvaine GM Cigarette Maker Garniture\nOperator and Maintenance Manual - GM-8 and GM-10"),
    (
        "p",
        "Document RVM-OM-GM-11, Edition 4, January 2025. Rollvaine Making Machines. This manual covers the "
        "garniture section of the GM-8 and GM-10 cigarette makers: the suction band transfer, the garniture tape, "
        "the tongue and folders that form the tobacco rod in the cigarette paper, the seam paste applicator, the "
        "seam heater and the cut-off. The tobacco feed (chimney and suction band), the weight control scanner and "
        "the filter tipping machine downstream each have their own manuals. The GM-8 makes up to 8000 and the "
        "GM-10 up to 10 000 cigarettes per minute; apart from the speed, the tape length, the heater and the "
        "items named here, the two garnitures are built alike.",
    ),
    (
        "warn",
        "WARNING: The seam heater runs at up to 250 °C and stays hot for about 20 min after a stop. The cut-off "
        "knives are sharp and move fast. Open the garniture covers only at standstill with the machine in SETUP "
        "mode.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GM-8", "GM-10"],
            ["Maximum production", "8000 cigarettes/min", "10 000 cigarettes/min"],
            ["Tobacco rod length", "48-80 mm", "54-72 mm"],
            ["Cigarette circumference", "16.5-25.0 mm", "17.0-24.5 mm"],
            ["Garniture tape, width x length", "22 x 2580 mm", "22 x 2740 mm"],
            ["Seam heater", "2 zones, 180-240 °C", "3 zones, 190-250 °C"],
            ["Seam paste tank", "1.5 L", "2.0 L"],
            ["Cut-off knives on the knife disc", "2", "3"],
            ["Cigarette paper bobbin, maximum diameter", "450 mm", "500 mm"],
            ["Compressed air, 6 bar", "8 Nm³/h", "10 Nm³/h"],
            ["Garniture drive, servo", "4.5 kW", "6.0 kW"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Rod speed follows from the output and the tobacco rod length: Rod speed (m/min) = cigarettes per minute x "
        "tobacco rod length (mm) / 1000. Example: a GM-8 at 8000 cigarettes/min with a 64 mm rod runs the rod at "
        "512 m/min. Circumferences at the edges of the range need the matching format parts (tongue, short and "
        "long folder, garniture bed), listed in the format parts catalogue.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run the machine only with all covers closed. In SETUP mode the garniture turns at crawl speed only "
            "while the hold-to-run button is pressed.",
            "Let the seam heater cool or wear heat-resistant gloves before touching it.",
            "Seam paste (PVA) is not hazardous, but keep it off the eyes. Clean spills at once: dried paste on the "
            "tape causes paper breaks.",
            "Dispose of tobacco waste and paper by the site's rules.",
        ],
    ),
    ("h", "3. Garniture settings and limits"),
    (
        "cols",
        [
            ("h", "Seam paste"),
            (
                "p",
                "The paste line on the seam must be 1.2-1.8 mm wide and continuous. Paste viscosity is "
                "the paste supplier's concern; the applicator is set for PVA seam paste of 800-1500 mPa·s at 25 "
                "°C. The paste nozzle lifts off automatically at any stop.",
            ),
            ("h", "Seam heater"),
            (
                "p",
                "For cigarette paper of 24-28 g/m² start at 210 °C (GM-8) or 220 °C (GM-10) at full speed. The "
                "control lowers the setpoint with the speed, down to 150 °C at crawl speed. For papers above "
                "28 g/m² the paper supplier gives the sealing temperature. Never leave the heater down on a "
                "stopped rod.",
            ),
            ("h", "Weight and firmness"),
            (
                "p",
                "The weight control scanner holds the mean rod weight; the garniture reject gate takes out "
                "cigarettes more than ±6 % from the target weight. A standard deviation of the cigarette weight "
                "above 15 mg over a 100-cigarette sample means the tobacco feed or the trimmer needs attention.",
            ),
            ("h", "Circumference"),
            (
                "p",
                "Hold the circumference within ±0.05 mm of the product specification, measured on the test station. "
                "The specification itself is the customer's.",
            ),
            ("h", "Garniture tape life"),
            (
                "p",
                "Replace the tape after 80 h of running (GM-8) or 60 h (GM-10), or at once when its edges fray or "
                "it shows a crease, whichever comes first. A new tape stretches in its first 30 min: check the "
                "tension again after that.",
            ),
            ("h", "Tape tension"),
            (
                "p",
                "The pneumatic tensioner holds the tape at 2.5 bar (GM-8) or 3.0 bar (GM-10). Never run above 3.5 "
                "bar: the tape life drops sharply.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Emergency stop", "Emergency stop pressed or the circuit open."],
            ["R02", "Cover open", "A garniture cover is open. Machine stops."],
            ["R03", "Paper break", "Paper missing at the garniture inlet sensor. Thread the paper (section 7)."],
            ["R04", "Paper splice", "Automatic splice failed: new bobbin not ready or splice tape missing."],
            ["R05", "Heater temperature", "A heater zone more than 15 °C below its setpoint for 5 s."],
            ["R06", "Heater element", "A heater zone does not heat: element or thermocouple open."],
            ["R07", "Paste level low", "Seam paste tank below 20 %."],
            ["R08", "Paste flow", "No paste on the seam detected by the seam sensor for 3 s."],
            ["R09", "Tape tension", "Tape tensioner pressure outside 2.0-3.5 bar."],
            ["R10", "Tape run-off", "Tape edge sensor: the tape has moved more than 1 mm sideways."],
            ["R12", "Rod jam", "Rod did not reach the cut-off: tobacco jam at the tongue."],
            ["R13", "Reject rate high", "More than 2 % of cigarettes rejected over 1 min."],
            ["R14", "Knife disc", "Knife disc position error. Check the knife disc drive belt."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Seams open behind the heater, or open at the ends after cutting",
                "Paste nozzle partly clogged, or heater too cold for the paper",
                "Clean the paste nozzle (section 8); check the heater setpoint",
            ],
            [
                "Frequent paper breaks at the garniture inlet",
                "Worn tape, dried paste on the tape or tape tension too high",
                "Replace or clean the tape; check 2.5 or 3.0 bar",
            ],
            [
                "Circumference drifts during the shift",
                "Tongue or short folder dirty with tobacco dust",
                "Clean the tongue and folders at the next stop",
            ],
            [
                "Brown stains along the seam",
                "Heater too hot or left down on the rod",
                "Lower the setpoint by 10 °C; check the heater lift",
            ],
            [
                "Loose ends and soft spots",
                "Trimmer setting or tobacco feed, not the garniture",
                "See the tobacco feed manual",
            ],
            [
                "Tape wanders to one side",
                "Tension uneven or a guide pulley worn",
                "Check the tensioner and the pulleys",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the garniture tape"),
    (
        "ol",
        [
            "Stop the machine at the end of a bobbin or cut the paper at the inlet; select SETUP mode.",
            "Let the seam heater lift and cool, or wear heat-resistant gloves.",
            "Release the tape tensioner with the valve on the garniture panel: the pressure gauge must read 0 bar.",
            "Open the garniture cover and swing out the short folder.",
            "Remove the old tape from the drive pulley and the guide pulleys.",
            "Check the pulleys and the garniture bed for paste and tobacco dust; clean with a damp cloth.",
            "Fit the new tape with the arrow in the running direction and the smooth side up.",
            "Swing the short folder back and close the cover.",
            "Set the tensioner to 2.5 bar (GM-8) or 3.0 bar (GM-10).",
            "Run at crawl speed for 1 min and check the tape runs in the centre of the bed.",
            "Reset the tape hour counter; check the tension again after 30 min of production.",
        ],
    ),
    ("h", "7. Threading the cigarette paper"),
    (
        "ol",
        [
            "Fit the bobbin on the active hub with the printing (if any) facing the seam side.",
            "Thread the paper through the dancer, the printing unit and the paste applicator as shown on the "
            "threading label.",
            "Lay the paper on the tape at the garniture inlet and press JOG until the paper reaches the tongue.",
            "Start the tobacco feed at crawl speed and check that the rod forms and the seam closes.",
        ],
    ),
    ("h", "8. Cleaning the seam paste nozzle"),
    (
        "ol",
        [
            "Stop the machine; the nozzle lifts off the paper.",
            "Close the paste valve and swing the applicator out.",
            "Unscrew the nozzle tip and put it in warm water (40-50 °C) for 10 min.",
            "Clear the bore with the cleaning needle from the tool kit; never with a drill.",
            "Refit the tip, open the paste valve and let paste run until the flow is even.",
            "Swing the applicator back and check the paste line width, 1.2-1.8 mm, on the first cigarettes.",
        ],
    ),
    ("h", "9. Starting production after a stop"),
    (
        "ol",
        [
            "Check that the covers are closed and the paste tank is above 20 %.",
            "Switch on the seam heater and wait until all zones show their setpoint; about 8 min from cold.",
            "Check the tape tensioner gauge: 2.5 bar (GM-8) or 3.0 bar (GM-10).",
            "Start the tobacco feed and the garniture at crawl speed and let the rod form.",
            "Lower the heater and the paste nozzle with the START key; the machine ramps up to the set speed.",
            "Check the first cigarettes from the reject gate for seam, paste line and circumference.",
            "If more than 2 % are rejected in the first minute (R13), stop and check the tape and the tongue.",
        ],
    ),
    (
        "p",
        "The first 200 cigarettes after every start are rejected automatically to the waste bin. Their tobacco "
        "can be recovered on the site's reclaim machine; their paper must not be returned to the tobacco feed.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the tongue, folders and garniture bed; check the paste line"],
            ["80 h (GM-8) or 60 h (GM-10)", "Replace the garniture tape (section 6)"],
            ["Weekly", "Clean the paste nozzle and the paste tank; check the heater lift"],
            ["500 h", "Replace the cut-off knives; check the knife disc drive belt"],
            ["2000 h", "Replace the garniture drive pulley and the guide pulley bearings"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "GM-8", "GM-10"],
            ["Garniture tape", "RVM-GT-2580", "RVM-GT-2740"],
            ["Seam paste nozzle tip", "RVM-PN-08", "RVM-PN-08"],
            ["Cut-off knife", "RVM-CK-2", "RVM-CK-3"],
            ["Heater element, one zone", "RVM-HE-80", "RVM-HE-100"],
            ["Guide pulley with bearing", "RVM-GP-22", "RVM-GP-22"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Acetrel FR-600 filter rod maker
ACETREL = [
    ("title", "Acetrel FR-600 Filter Rod Maker\nwith PA-2 Plasticiser Applicator - Operating Manual"),
    (
        "p",
        "Document ACT-OM-FR600-02, Edition 2, October 2024. Acetrel Filter Machinery. The FR-600 makes cellulose "
        "acetate filter rods for the filter tipping machines. The tow is drawn from the bale, spread by the air "
        "banding jets, stretched and bloomed between the threaded rolls, sprayed with plasticiser (triacetin) in "
        "the PA-2 applicator, then gathered by the stuffer jet, wrapped in plug wrap paper in the garniture and cut "
        "into rods. The plasticiser bonds the fibres as it cures, which gives the rod its hardness. The tow bale, "
        "the plug wrap and the plasticiser are supplied to the customer's specification; the rod tray filler at "
        "the outlet has its own manual.",
    ),
    (
        "warn",
        "WARNING: The threaded rolls and the garniture draw in fingers and hair. Never thread tow with the rolls "
        "turning above crawl speed. Triacetin is an eye irritant: wear goggles when filling or cleaning the "
        "applicator.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FR-600"],
            ["Maximum rod speed", "600 m/min"],
            ["Filter rod length", "80-160 mm"],
            ["Output at 120 mm rod length and 600 m/min", "5000 rods/min"],
            ["Rod circumference", "14.0-25.0 mm"],
            ["Tow, cellulose acetate", "2.0-10.0 denier per filament, 15 000-44 000 total denier"],
            ["Plasticiser", "triacetin, 4-12 % of the tow mass, settable in 0.1 % steps"],
            ["Plasticiser tank, heated", "40 L, 20-30 °C"],
            ["Plasticiser pump, gear type", "20-400 g/min"],
            ["Applicator brush, speed", "1500-3000 rpm, follows the rod speed"],
            ["Plug wrap bobbin, maximum diameter / core", "600 mm / 120 mm"],
            ["Seam glue (hot melt) tank", "3 L, 150-170 °C"],
            ["Compressed air, 6 bar, dry and oil-free", "25 Nm³/h"],
            ["Installed power", "21 kW, 400 V 3~ 50 Hz"],
            ["Mass", "3.4 t"],
        ],
        (80, 90),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep all guards closed in production; the rolls and the garniture stop when a guard opens (F02).",
            "The hot melt tank and the seam heater reach 170 °C and 230 °C. Let them cool before work.",
            "Triacetin mist: keep the applicator cover closed and the extraction running. Clean spills at once: "
            "triacetin makes the floor slippery.",
            "Acetate tow dust can build up under the banding jets; vacuum it, never blow it with compressed air.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Plasticiser quantity"),
            (
                "p",
                "The pump speed follows the tow used: Triacetin (g/min) = tow mass per metre of rod (g/m) x rod "
                "speed (m/min) x set percentage / 100. Example: 6.0 g/m of tow at 400 m/min with 8 % needs 6.0 x "
                "400 x 8 / 100 = 192 g/min. The pump must be calibrated (section 8) after every change of tow "
                "item or plasticiser batch.",
            ),
            ("h", "Plasticiser temperature"),
            (
                "p",
                "Hold the tank at 20-30 °C. Below 20 °C the triacetin is too thick and the spray uneven; the "
                "tank heater starts below 22 °C.",
            ),
            ("h", "Stretch ratio"),
            (
                "p",
                "The speed of the second threaded roll pair over the first, settable 1.1-1.8. Start at 1.4 for "
                "tow of 3.0 denier per filament or finer and at 1.3 for coarser tow. A higher ratio opens the tow "
                "more and raises the pressure drop of the rod.",
            ),
            ("h", "Curing"),
            (
                "p",
                "Rods made with 6-10 % triacetin reach their working hardness after at least 2 h at 20-25 °C. "
                "Curing times for other plasticisers are set by the customer's quality department.",
            ),
            ("h", "Pressure drop and hardness"),
            (
                "p",
                "The target pressure drop and hardness are given in the filter specification. The machine holds "
                "the rod weight within ±2 % of the setpoint; the pressure drop follows the tow item, the weight "
                "and the stretch ratio.",
            ),
            ("h", "Hot melt seam"),
            ("p", "Hot melt 150-170 °C; the seam heater 200-230 °C at full speed, lower at slow speed."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            ["F02", "Guard open", "A guard is open; rolls, brushes and garniture stop."],
            ["F03", "Tow break", "No tow at the tow sensor. Re-thread the tow (section 6)."],
            ["F05", "Plasticiser flow", "Pump flow more than 5 % off the calculated value for 10 s."],
            ["F06", "Plasticiser tank low", "Tank below 5 L. Refill with the same batch or recalibrate."],
            ["F07", "Plasticiser temperature", "Tank outside 20-30 °C for more than 5 min."],
            ["F08", "Plug wrap break", "Plug wrap missing at the garniture inlet sensor."],
            ["F09", "Hot melt temperature", "Hot melt tank or nozzle below 150 °C."],
            ["F10", "Rod weight", "Rod weight outside ±5 % of the setpoint; rods are rejected."],
            ["F11", "Air pressure low", "Compressed air below 5 bar: banding and stuffer jets stop."],
            ["F12", "Knife", "Cut-off knife position error or knife worn."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Rods soft after curing, hardness below specification",
                "Too little plasticiser: pump not calibrated, nozzles partly blocked, or the tank cold",
                "Calibrate the pump (section 8); check the tank temperature",
            ],
            [
                "Hard spots or glassy patches in the rod",
                "Triacetin dripping from the applicator onto the tow",
                "Clean the brush chamber (section 7); check the brush wear",
            ],
            [
                "Pressure drop varies from rod to rod",
                "Banding jets dirty, or tow not spread evenly",
                "Clean the banding jets; check the tow path from the bale",
            ],
            [
                "White streaks of unopened tow in the rod",
                "Stretch ratio too low or threaded rolls worn",
                "Raise the stretch ratio by 0.1; check the rolls",
            ],
            [
                "Seam opens on the rod",
                "Hot melt too cold or the seam heater off",
                "Check 150-170 °C and the seam heater",
            ],
            [
                "Tow wraps round the threaded rolls",
                "Static from dry air, or a roll scraper worn",
                "Check the room humidity and the scrapers",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Threading the tow"),
    (
        "ol",
        [
            "Place the tow bale on the bale stand under the tow guide; remove the straps and the top cover.",
            "Select THREAD mode; the rolls turn at crawl speed only while the button is held.",
            "Pull the tow up through the guide ring and over the first banding jet.",
            "Lead it between the first threaded roll pair, the second banding jet and the second roll pair.",
            "Lead the tow under the applicator and into the stuffer jet with the threading hook.",
            "Open the stuffer jet air; the tow is drawn into the garniture.",
            "Start at crawl speed, check that the rod forms, then run up to speed.",
        ],
    ),
    ("h", "7. Cleaning the brush chamber"),
    (
        "ol",
        [
            "Stop the machine and close the plasticiser valve.",
            "Open the applicator cover (goggles and gloves).",
            "Remove the two brushes by their quick-release hubs.",
            "Wash the brushes and the chamber with warm water; triacetin is water-soluble.",
            "Check the bristles: replace a brush when they are shorter than 18 mm.",
            "Dry the chamber, refit the brushes and close the cover.",
            "Open the plasticiser valve and run 2 min to waste before production.",
        ],
    ),
    ("h", "8. Calibrating the plasticiser pump"),
    (
        "ol",
        [
            "Fill the tank with the plasticiser batch to be used and let it reach 20-30 °C.",
            "Select SERVICE > PUMP CAL and place a tared beaker under the calibration outlet.",
            "Enter a test flow of 200 g/min and press START; the pump runs for exactly 1 min.",
            "Weigh the beaker and enter the mass.",
            "The control corrects the pump factor. Repeat until two runs in a row are within ±2 % of 200 g.",
            "Pour the triacetin back through the tank filter and return the valve to PRODUCTION.",
        ],
    ),
    ("h", "9. Changing the rod length or the filter item"),
    (
        "ol",
        [
            "Finish the running tow bale or cut the tow at the bale stand; run the machine empty.",
            "Select the new filter item in the recipe list. The rod length, the weight setpoint, the plasticiser "
            "percentage and the stretch ratio are loaded with it.",
            "For a rod length change, fit the matching knife disc segment and set the ledger to the new length "
            "mark; rods of 80-100 mm need the short transfer drum ACT-TD-80.",
            "For a circumference change, fit the matching garniture tongue, stuffer jet and garniture bed.",
            "If the tow item changes, place the new bale and thread it (section 6), then calibrate the pump "
            "(section 8).",
            "Run 200 rods to waste, then check the first 20 rods for length (±0.5 mm), circumference and weight.",
            "Send a sample to the laboratory for pressure drop and hardness after curing; release the item only "
            "when the laboratory has passed it.",
        ],
    ),
    (
        "p",
        "Room conditions: the FR-600 runs best at 20-26 °C and 50-65 % relative humidity. In drier air the tow "
        "builds up static and wraps round the rolls; the air conditioning of the filter room is the site's. The "
        "tow bale should be stored in the filter room for at least 24 h before use so that it reaches the room "
        "climate.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Vacuum tow dust from the banding jets and the bale stand; check the rod seam"],
            ["Daily", "Clean the brush chamber (section 7)"],
            ["Weekly", "Clean the tank filter; check the threaded roll scrapers"],
            ["Tow item or plasticiser batch change", "Calibrate the pump (section 8)"],
            ["2000 h or 12 months, whichever comes first", "Replace the threaded rolls; overhaul by Acetrel service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Applicator brush (one)", "ACT-PB-18"],
            ["Banding jet insert", "ACT-BJ-02"],
            ["Threaded roll, steel", "ACT-TR-60"],
            ["Threaded roll, rubber", "ACT-TR-61"],
            ["Tank filter element", "ACT-TF-40"],
            ["Stuffer jet", "ACT-SJ-08"],
            ["Short transfer drum, rods 80-100 mm", "ACT-TD-80"],
            ["Plasticiser gear pump, complete", "ACT-GP-400"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The applicator brush drive motor and its bearings are exchanged complete by Acetrel service; this manual "
        "does not describe their replacement.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("feuchtwald-fk-direct-conditioning-cylinder.pdf", "Feuchtwald FWL-OM-FK-04 Ed 3 - FK-30 / FK-45", FEUCHTWALD),
        ("schnittmoor-rc-rotary-drum-tobacco-cutter.pdf", "Schnittmoor SCM-OM-RC-07 Ed 2 - RC-10 / RC-12", SCHNITTMOOR),
        ("rollvaine-gm-cigarette-maker-garniture.pdf", "Rollvaine RVM-OM-GM-11 Ed 4 - GM-8 / GM-10", ROLLVAINE),
        ("acetrel-fr-filter-rod-maker.pdf", "Acetrel ACT-OM-FR600-02 Ed 2 - FR-600 / PA-2", ACETREL),
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
