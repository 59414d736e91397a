"""Generate the PDF manuals of the hundred-and-sixty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set169-scratch/venv && /tmp/set169-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set169-scratch/venv/bin/python knowledge/samples/hundredsixtyninth/make_pdfs.py

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


# ---------------------------------------------------------------- Fluxholm HS hydraulic separators
FLUXHOLM = [
    (
        "title",
        "Fluxholm HS Hydraulic Separators for Plastics and Grids\nOperation and Maintenance Manual - HS-12 and HS-20",
    ),
    (
        "p",
        "Document FXH-OM-HS-04, Edition 3, March 2025. Fluxholm Separation Systems. The HS-12 and HS-20 separate the "
        "crushed scrap battery material that leaves the battery breaker and its wet screen into three fractions by "
        "density in an upward flow of water: the metallics (grids, terminals and posts) sink and are carried out by "
        "the bottom screw, the heavy plastics (ebonite, PVC and PE separator sheets) are held in suspension and "
        "taken out by the drag chain, and the polypropylene (case chips) floats and is pushed over the weir by the "
        "paddle wheel. The paste is removed upstream by the wet screen. The breaker, its grate and the wet screen are "
        "described in their own manuals, and so is the piece size they deliver. Apart from the capacity and the items "
        "listed for each model, the two separators are built alike.",
    ),
    (
        "warn",
        "WARNING: The process water is acidic (pH 1-4) and carries lead. Wear acid-resistant gloves, a face shield "
        "and the plant's lead protective clothing at the separator. Never enter the tank: tank entry is only allowed "
        "under the site's confined space permit, with the tank drained, flushed and locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HS-12", "HS-20"],
            ["Rated feed, crushed batteries after the wet screen (paste removed)", "12 t/h", "20 t/h"],
            ["Tank volume (to the overflow weir)", "14 m³", "22 m³"],
            ["Separation zone area", "1.5 m²", "2.5 m²"],
            ["Upflow water rate", "60-90 m³/h", "100-150 m³/h"],
            ["Upflow pump motor", "11 kW", "18.5 kW"],
            ["Metallics screw, diameter / motor", "400 mm / 7.5 kW", "500 mm / 11 kW"],
            ["Metallics screw speed (VFD)", "8-20 rpm", "6-16 rpm"],
            ["Heavy plastics drag chain motor", "2.2 kW", "3.0 kW"],
            ["PP paddle wheel motor / speed", "1.1 kW / 2-6 rpm", "1.5 kW / 2-6 rpm"],
            ["Total installed power, 400 V 3~ 50 Hz", "21.8 kW", "34.0 kW"],
            ["Gearbox oil CLP 220, metallics screw", "4.5 L", "7.0 L"],
            ["Process water temperature", "5-45 °C", "5-45 °C"],
            ["Mass empty / in operation", "9.8 t / 24 t", "14.6 t / 37 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The separation results below hold only at the rated feed or less, with the paste removed upstream (fines "
        "below 10 % of the feed mass) and a process water density of no more than 1.10 kg/L: polypropylene fraction "
        "with less than 0.1 % metallic lead, metallics fraction with at least 95 % lead and antimony, heavy plastics "
        "with less than 2 % polypropylene. With more fines or denser water the fractions mix.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out all four drives and the upflow pump before opening an inspection cover, the screw trough or "
            "the paddle wheel guard.",
            "Eating, drinking and smoking are forbidden at the separator. Follow the site's lead hygiene rules for "
            "washing and changing.",
            "Keep the walkways free of chips: wet polypropylene chips are very slippery.",
            "The process water and the sludge are hazardous waste. Their treatment and disposal are the site's.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Upflow"),
            (
                "p",
                "The separation depends on the upward water velocity in the separation zone: Upflow velocity (m/h) "
                "= upflow rate (m³/h) / separation zone area (m²). Keep it between 40 and 60 m/h. Example: 75 m³/h "
                "on an HS-12 gives 75 / 1.5 = 50 m/h. Start at the middle of the range. Too high an upflow carries "
                "heavy plastics into the polypropylene; too low an upflow lets polypropylene sink into the heavy "
                "plastics.",
            ),
            ("h", "Water density and pH"),
            (
                "p",
                "Check the process water density with the hydrometer once a shift. Above 1.10 kg/L bleed about 10 % "
                "of the tank volume to the site's effluent treatment and make up with fresh water. Keep the pH at 2 "
                "or above; below 2 the tank lining and the screw wear much faster. Limits for the bleed water are "
                "set by the site's discharge permit, not by Fluxholm.",
            ),
            ("h", "Metallics screw"),
            (
                "p",
                "Set the screw speed so that the metallics leave the trough without building up a bed: at the rated "
                "feed about 12 rpm (HS-12) or 10 rpm (HS-20). The torque monitor warns at 85 % of the rated torque "
                "(H06) and stops the screw at 100 % (H07). After a stop the screw restarts only with the RESET key "
                "and at the lowest speed.",
            ),
            ("h", "Polypropylene layer"),
            (
                "p",
                "The floating polypropylene layer in front of the weir should be 50-100 mm thick. A thicker layer "
                "calls for a higher paddle wheel speed; a thinner one for a lower speed, so that the paddles do not "
                "scoop water and fines over the weir.",
            ),
            ("h", "Sludge pit"),
            (
                "p",
                "Fine sludge settles in the pit under the separation zone. Pump it out when it is more than 300 mm "
                "deep (dipstick at the pit cover), and at least once a week.",
            ),
            ("h", "Drag chain"),
            (
                "p",
                "The chain sag at the return side must be 20-30 mm. The speed monitor stops the separator if the "
                "chain runs below 70 % of its set speed for 10 s (H09).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and press RESET."],
            [
                "H02",
                "Upflow pump overload",
                "Motor protection tripped: clogged impeller or pump running off its curve.",
            ],
            [
                "H03",
                "Upflow flow low",
                "Flow below 80 % of the setpoint for 30 s: suction strainer blocked, valve closed or pump worn. The "
                "feed conveyor stops.",
            ],
            ["H04", "Tank level low", "Level below the low switch: drain valve open or make-up water off."],
            ["H05", "Tank level high", "Overflow weir or polypropylene chute blocked. Clear the chute."],
            ["H06", "Screw torque warning", "Torque above 85 %: too much feed or a bed of metallics in the trough."],
            ["H07", "Screw stopped, torque", "Torque reached 100 %: screw blocked. See section 8."],
            ["H09", "Drag chain speed", "Chain below 70 % of its set speed for 10 s: chain jammed, slack or broken."],
            ["H10", "Paddle wheel stopped", "Paddle wheel motor tripped or wheel jammed by a large piece."],
            ["H11", "Density high", "Density meter (option) above 1.10 kg/L. Bleed and make up water."],
            ["H12", "Water temperature high", "Process water above 45 °C. Check the feed and the make-up water."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ebonite and separator pieces in the polypropylene",
                "Upflow too high, or process water too dense",
                "Check the density first; then lower the upflow (section 7)",
            ],
            [
                "Polypropylene chips in the heavy plastics",
                "Upflow too low, or chips with trapped air bubbles washed down by the feed",
                "Raise the upflow (section 7); check the feed chute spray",
            ],
            [
                "Grids or posts in the polypropylene",
                "Paddle wheel too fast, or unbroken battery cases holding metal",
                "Lower the paddle speed; have the breaker checked (its own manual)",
            ],
            [
                "Metallics wet and coated with paste",
                "Wet screen upstream not removing the paste, or screw too fast",
                "Check the wet screen; lower the screw speed",
            ],
            [
                "Upflow pump noisy, flow falls over the shift",
                "Suction strainer blocking with chips and fines",
                "Clean the strainer; check the sludge pit depth",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the tank is filled to the overflow weir and that the sludge pit is less than 300 mm deep.",
            "Start the upflow pump and set the flow to the middle of the range: 75 m³/h (HS-12) or 125 m³/h (HS-20).",
            "Start the drag chain, the metallics screw and the paddle wheel, in this order.",
            "Wait until the flow is steady for 2 min, then release the feed from the breaker.",
            "After 15 min of feed take the first samples of the three fractions (section 7).",
            "To stop, stop the feed first and let the separator run empty for at least 10 min.",
            "Stop the paddle wheel, the screw, the drag chain and last the upflow pump.",
        ],
    ),
    ("h", "7. Setting the upflow with samples"),
    (
        "ol",
        [
            "Run at a steady feed for at least 15 min.",
            "Take a sample of about 5 kg from the polypropylene chute and one of about 5 kg from the heavy plastics "
            "discharge, using the sample scoop.",
            "Put each sample in a bucket of clean water and stir: polypropylene floats, heavy plastics sink.",
            "Dry and weigh the wrong fraction of each sample.",
            "If the polypropylene sample holds more than 2 % heavy plastics, lower the upflow by 5 m³/h.",
            "If the heavy plastics sample holds more than 2 % polypropylene, raise the upflow by 5 m³/h.",
            "Wait 10 min after each change before sampling again.",
            "Never leave the range of 40-60 m/h upflow velocity; if both samples stay bad, check the water density "
            "and the fines in the feed.",
            "Write the final flow in the shift log.",
        ],
    ),
    ("h", "8. Clearing a blocked metallics screw"),
    (
        "ol",
        [
            "Stop the feed and let the upflow pump run.",
            "Lock out the screw drive.",
            "Open the screw drain valve DV2 for 2 min to flush fines from the lower trough to the sludge pit; "
            "close it.",
            "Remove the lock out and jog the screw backwards, for no more than 2 s at a time and at most five times.",
            "Jog forwards at the lowest speed. If the screw still stops at 100 % torque, lock out again, drain the "
            "tank and remove the blockage through the lower inspection cover.",
            "Restart with RESET at the lowest speed and raise the speed slowly.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Water density and pH; polypropylene layer thickness; sample check if in doubt"],
            ["Weekly", "Pump out the sludge pit; grease the screw and paddle wheel bearings (2 strokes each)"],
            ["Every 500 h", "Check the drag chain sag (20-30 mm); clean the upflow pump suction strainer"],
            ["Every 2000 h or 6 months, whichever comes first", "Check the screw gearbox oil level"],
            [
                "Every 10 000 h or 2 years, whichever comes first",
                "Change the screw gearbox oil (4.5 L or 7.0 L CLP 220)",
            ],
            [
                "Yearly",
                "Measure the trough wear liner: replace it when worn to 6 mm of its 12 mm thickness; check the paddles",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HS-12", "HS-20"],
            ["Screw flight segment", "FXH-SF-400", "FXH-SF-500"],
            ["Trough wear liner set", "FXH-TL-12", "FXH-TL-20"],
            ["Paddle set, paddle wheel", "FXH-PW-12", "FXH-PW-20"],
            ["Drag chain, complete", "FXH-DC-12", "FXH-DC-20"],
            ["Upflow pump impeller", "FXH-UI-11", "FXH-UI-18"],
            ["Suction strainer basket", "FXH-SB-100", "FXH-SB-150"],
            ["Gearbox oil CLP 220, 10 L", "FXH-OIL-220", "FXH-OIL-220"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Sulvanta DR paste desulphurisation reactors
SULVANTA = [
    ("title", "Sulvanta DR Paste Desulphurisation Reactors\nOperating and Maintenance Instructions - DR-8 and DR-15"),
    (
        "p",
        "Document SVT-OMI-DR-11, Edition 2, November 2024. Sulvanta Process Equipment. The DR-8 and DR-15 are "
        "jacketed, agitated batch reactors in which battery paste is slurried with water and reacted with a sodium "
        "carbonate (soda ash) solution. The lead sulphate of the paste turns into lead carbonate, which smelts with "
        "less sulphur dioxide and less slag, and the sulphate goes into solution as sodium sulphate. The "
        "desulphurised slurry is pumped to the filter press feed tank; the filter press, the sodium sulphate "
        "crystalliser and the soda ash make-up tank are described in their own manuals. Apart from the size, the "
        "agitator and the items listed for each model, the two reactors are built alike.",
    ),
    (
        "warn",
        "WARNING: The reaction releases carbon dioxide from any acid left in the paste. Keep the vent line and the "
        "fume extraction open while the reactor runs. Never enter the reactor: entry is only allowed under the "
        "site's confined space permit, with the agitator locked out and the jacket isolated and cold.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DR-8", "DR-15"],
            ["Working volume", "8 m³", "15 m³"],
            ["Total volume", "10 m³", "19 m³"],
            ["Inside diameter / cylindrical height", "2200 mm / 2500 mm", "2800 mm / 2900 mm"],
            ["Paste per batch (dry basis)", "up to 3.0 t", "up to 5.5 t"],
            ["Slurry solids content", "25-35 % by mass", "25-35 % by mass"],
            ["Agitator, two pitched-blade turbines, diameter", "900 mm", "1150 mm"],
            ["Agitator speed / motor", "75 rpm / 15 kW", "58 rpm / 30 kW"],
            ["Agitator tip speed", "3.5 m/s", "3.5 m/s"],
            ["Motor rated current at 400 V", "28 A", "55 A"],
            ["Agitator gearbox oil CLP 320", "18 L", "32 L"],
            ["Heating jacket surface", "9 m²", "14 m²"],
            [
                "Jacket medium",
                "Hot water 80-90 °C or steam up to 3 bar(g)",
                "Hot water 80-90 °C or steam up to 3 bar(g)",
            ],
            ["Jacket design pressure", "4 bar(g)", "4 bar(g)"],
            ["Bottom outlet valve", "DN 150", "DN 200"],
            ["Wetted parts", "AISI 316L", "AISI 316L"],
            ["Mass empty", "6.8 t", "10.9 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The reaction figures in this manual hold for paste from the wet screen of a battery breaking plant, at a "
        "slurry temperature of 50-60 °C and with the soda ash dosed by the formula in section 3. At these conditions "
        "a reaction time of 60 min gives a desulphurised paste with no more than 0.5 % sulphur (dry basis). Below "
        "50 °C the reaction slows down markedly; Sulvanta gives no reaction times for lower temperatures.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Soda ash solution is alkaline and irritant; the paste contains lead. Wear goggles, gloves and the "
            "plant's lead protective clothing when sampling.",
            "The jacket and its pipes are hot. Let them cool below 40 °C before any work on them.",
            "Lock out the agitator before opening the manhole cover, even with the reactor empty.",
            "Periodic inspection of the jacket as a pressure vessel is arranged by the site with its inspection "
            "body; this manual does not replace it.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Soda ash dose"),
            (
                "p",
                "The dose follows the lead sulphate content of the paste, which the site's laboratory gives for "
                "each paste lot: Soda ash (kg) = lead sulphate in the batch (kg) x 0.35 x 1.05. The factor 0.35 is "
                "the stoichiometric ratio and 1.05 adds a 5 % excess. Example: 3000 kg of paste with 60 % lead "
                "sulphate holds 1800 kg; 1800 x 0.35 x 1.05 = 662 kg of soda ash.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Heat the slurry to 50-60 °C before the soda ash goes in. Never exceed 65 °C: above it the carbon "
                "dioxide comes off too fast and the batch foams (D08 stops the heating at 65 °C). If 50 °C is not "
                "reached within 90 min of heating, D09 is shown.",
            ),
            ("h", "Dosing rate"),
            (
                "p",
                "Add the soda ash solution over at least 15 min, never all at once. Paste with a pH below 4 after "
                "slurrying holds free acid: then add the first 10 % of the dose over 5 min and wait until the foam "
                "falls before adding the rest.",
            ),
            ("h", "End point"),
            (
                "p",
                "At the end of the reaction time the pH must be 8.5-9.5. If the pH falls below 8.5 before 60 min, add "
                "5 % more soda ash and extend the time by 15 min. A pH above 9.5 means overdosing: check the "
                "laboratory value of the paste lot.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "Start the agitator only when the lower turbine is covered (D07 blocks it otherwise). If slurry has "
                "stood without agitation for more than 30 min, start at 30 % speed for 5 min before full speed. "
                "Vibration at the gearbox: warning at 7.1 mm/s (D04), trip at 11 mm/s (D05). A motor current more "
                "than 10 % over the usual value for the batch size points to settled paste or a high solids content.",
            ),
            ("h", "Level"),
            (
                "p",
                "The high level alarm D06 is set at the working volume plus 5 %. Do not fill above the working volume: "
                "the free space is needed for foam.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["D02", "Agitator overload", "Motor protection tripped: settled paste, solids too high or supply fault."],
            ["D03", "Gearbox oil hot", "Gearbox oil above 90 °C: oil level low or wrong oil. Stop and check."],
            ["D04", "Vibration warning", "Gearbox vibration above 7.1 mm/s: impeller damaged, loose or coated."],
            ["D05", "Vibration trip", "Gearbox vibration above 11 mm/s. The agitator stops. Inspect before restart."],
            ["D06", "Level high", "Level above the working volume plus 5 %. Stop filling; watch for foam."],
            ["D07", "Level low", "Lower turbine not covered. The agitator cannot start."],
            ["D08", "Temperature high", "Slurry at 65 °C. Heating stops until the slurry is below 60 °C."],
            ["D09", "Heating too slow", "50 °C not reached in 90 min: jacket supply cold, trap blocked or valve shut."],
            ["D11", "Jacket pressure high", "Jacket above 4 bar(g). The steam valve closes. Check the reducing valve."],
            ["D12", "pH probe fault", "Probe signal outside 4-20 mA, or slope outside 95-102 % at calibration."],
            ["D13", "Bottom valve open", "Bottom outlet valve not confirmed closed. Filling is blocked."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Foam rises to the manhole when the soda ash goes in",
                "Free acid in the paste, soda ash added too fast, or slurry above 60 °C",
                "Stop dosing, let the foam fall, then dose over at least 15 min",
            ],
            [
                "pH drops below 8.5 well before the end",
                "Sulphate content higher than the laboratory value, or dose miscalculated",
                "Add 5 % more soda ash and extend by 15 min",
            ],
            [
                "Desulphurised paste above 0.5 % sulphur",
                "Temperature below 50 °C, reaction time short, or lumps of paste",
                "Check the temperature record; run 15 min longer at 55 °C",
            ],
            [
                "Bottom valve blocks on discharge",
                "Paste settled because the agitator stopped during discharge",
                "Keep the agitator running until the level is below the lower turbine",
            ],
            [
                "Agitator current high after a restart",
                "Settled paste around the lower turbine",
                "Run at 30 % speed for 5 min; never start at full speed on settled paste",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Check that the bottom valve is closed and the reactor is empty or holds only the heel of the last batch.",
            "Fill process water to about 60 % of the working volume and start the agitator when D07 clears.",
            "Add the paste from the paste hopper at full agitator speed.",
            "Heat the slurry to 50-60 °C.",
            "Calculate the soda ash dose with the formula in section 3 and add it over at least 15 min.",
            "Hold at 50-60 °C for 60 min from the end of the dosing.",
            "Check the pH: 8.5-9.5. Take a sample for the sulphur analysis.",
            "Open the bottom valve and pump the slurry to the filter press feed tank with the agitator running.",
            "Close the bottom valve and record the batch: paste mass, soda ash, temperature and final pH.",
        ],
    ),
    ("h", "7. Calibrating the pH probe"),
    (
        "ol",
        [
            "Take the probe out of its retractable holder and rinse it with clean water.",
            "Put it in the pH 7 buffer at 25 °C and wait until the reading is steady; confirm CAL 1 on the "
            "transmitter.",
            "Rinse the probe and put it in the pH 10 buffer at 25 °C; confirm CAL 2.",
            "Read the slope: it must be 95-102 %. Outside this range clean the probe in 0.1 mol/L hydrochloric acid "
            "for 5 min and calibrate again; if the slope stays outside, replace the probe.",
            "Refit the probe and compare the reading with a laboratory sample within the first batch.",
        ],
    ),
    ("h", "8. Changing the agitator gearbox oil"),
    (
        "ol",
        [
            "Empty the reactor and lock out the agitator.",
            "Run the gearbox warm beforehand if possible; the oil drains faster.",
            "Remove the breather and the drain plug and drain the oil into a container.",
            "Refit the drain plug with a new seal ring.",
            "Fill CLP 320 gear oil to the middle of the sight glass: 18 L (DR-8) or 32 L (DR-15).",
            "Refit the breather, remove the lock out and run the agitator for 10 min; check the level again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each batch", "Compare the final pH with the laboratory value once per shift"],
            ["Weekly", "Clean the pH probe; check the vent line for scale"],
            ["Monthly", "Calibrate the pH probe (section 7)"],
            ["Every 500 h", "Check the agitator shaft seal for leaks; check the gearbox oil level"],
            ["Every 4000 h or 12 months, whichever comes first", "Change the gearbox oil (section 8)"],
            [
                "Yearly",
                "Inspect the turbines: replace a turbine when a blade tip is worn by 10 mm or more; inspect the bottom "
                "valve seat",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "The agitator mechanical seal is replaced by Sulvanta service or by a fitter trained by Sulvanta; its "
        "replacement is not described in this manual.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DR-8", "DR-15"],
            ["Pitched-blade turbine", "SVT-PT-900", "SVT-PT-1150"],
            ["Agitator mechanical seal", "SVT-MS-80", "SVT-MS-100"],
            ["pH probe with holder seal", "SVT-PH-20", "SVT-PH-20"],
            ["Bottom valve seat", "SVT-BV-150", "SVT-BV-200"],
            ["Gearbox oil CLP 320, 20 L", "SVT-OIL-320", "SVT-OIL-320"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rotabrand SRF short rotary furnaces
ROTABRAND = [
    ("title", "Rotabrand SRF Short Rotary Furnaces with Oxy-Fuel Burner\nOperating Manual - SRF-10 and SRF-16"),
    (
        "p",
        "Document RTB-OM-SRF-07, Edition 2, June 2024. Rotabrand Thermal Engineering. The SRF-10 and SRF-16 are "
        "short rotary furnaces for the batch smelting of desulphurised battery paste, grids and lead-bearing "
        "residues. The refractory-lined steel shell turns on two tyres and four support rollers and is fired through "
        "the swing door by one oxy-natural gas burner. Lead bullion is tapped through the tap hole; the slag is "
        "poured over the door lip into slag pots. The furnace charging machine, the fume system (door hood, "
        "ducting, fan and bag filter house) and the slag pots are the site's, with their own manuals. Apart from the "
        "size, the burner and the items listed for each model, the two furnaces are built alike.",
    ),
    (
        "warn",
        "DANGER: Water on or in molten lead or slag explodes. Charge only dry material, preheat every tool and "
        "pot, and keep water hoses away from the tapping area. Oxygen: no oil or grease on any part of the oxygen "
        "line or the burner.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SRF-10", "SRF-16"],
            ["Charge per batch", "up to 10 t", "up to 16 t"],
            ["Batch cycle, desulphurised paste and grids", "4-5 h", "5-6 h"],
            ["Shell outer diameter / length", "2.8 m / 3.6 m", "3.4 m / 4.4 m"],
            ["Working lining, magnesia-chrome brick", "230 mm", "250 mm"],
            ["Rotation speed (VFD)", "0.5-2.0 rpm", "0.4-1.6 rpm"],
            ["Drive motor", "30 kW", "45 kW"],
            ["Burner", "OFB-4", "OFB-6"],
            ["Firing rate", "1.0-4.0 MW", "1.5-6.0 MW"],
            ["Natural gas at maximum firing rate", "400 Nm³/h", "600 Nm³/h"],
            ["Oxygen at maximum firing rate, lambda 1.00", "800 Nm³/h", "1200 Nm³/h"],
            ["Gas pressure at the burner inlet", "0.8-1.2 bar(g)", "0.8-1.2 bar(g)"],
            ["Oxygen pressure at the burner inlet", "2.0-3.0 bar(g)", "2.0-3.0 bar(g)"],
            ["Burner cooling water, inlet up to 35 °C", "6 m³/h", "9 m³/h"],
            ["Tap hole diameter", "50 mm", "60 mm"],
            ["Door hydraulic unit, oil HLP 46", "120 L", "160 L"],
            ["Furnace mass without charge", "62 t", "88 t"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear aluminised clothing, a face shield and heat-resistant gloves for tapping and slag pouring.",
            "Carbon monoxide forms in the reducing phase. The fume system must run whenever the burner fires; the "
            "burner cannot start without its confirmation (R11).",
            "Nobody may stand in front of the door while the furnace turns with the door open.",
            "Entry into the shell for lining work is only allowed under the site's confined space permit, with the "
            "drive and the burner locked out and the lining below 50 °C.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Burner ratio"),
            (
                "p",
                "The burner runs on a fixed oxygen to gas ratio of 2.0 at lambda 1.00: Oxygen flow (Nm³/h) = gas "
                "flow (Nm³/h) x 2.0 x lambda. Example: 300 Nm³/h of gas at lambda 1.05 needs 300 x 2.0 x 1.05 = 630 "
                "Nm³/h of oxygen. Melt at lambda 1.00-1.05; in the reduction phase run at 0.95-1.00. Never set lambda "
                "below 0.90: the flame soots and carbon monoxide rises.",
            ),
            ("h", "Ignition and flame"),
            (
                "p",
                "Before every ignition the furnace is purged for at least 60 s with the fume fan running and the "
                "door closed. The burner lights at low fire (1.0 MW on the SRF-10, 1.5 MW on the SRF-16) with "
                "lambda 1.05. The UV scanner must see the flame within the 5 s safety time, otherwise R02 locks out. "
                "After a lockout wait for the full purge again.",
            ),
            ("h", "Rotation"),
            (
                "p",
                "Rotate at about 1 rpm while melting. With a molten bath the shell may stand still for no more than 5 "
                "min while the burner fires, or the flame overheats one area of the lining (R08).",
            ),
            ("h", "Shell temperature"),
            (
                "p",
                "The shell scanner reads 250-350 °C in normal operation. Above 400 °C at any spot R07 is shown: lower "
                "the firing rate by a third and keep turning. Above 450 °C stop the burner, keep the furnace turning "
                "at 0.5 rpm, empty it at the next tap and have the lining inspected at that spot.",
            ),
            ("h", "Charge"),
            (
                "p",
                "For desulphurised paste with no more than 0.5 % sulphur a typical charge holds 6-10 % iron scrap, "
                "3-5 % soda ash and 4-6 % anthracite by mass of the paste. The actual recipe is set by the site's "
                "metallurgist for each material; paste that has not been desulphurised needs a different recipe, "
                "which this manual does not give.",
            ),
            ("h", "Tapping"),
            (
                "p",
                "Tap when the slag reads 1150-1250 °C on the dip thermocouple. A slag with more than 3 % lead calls "
                "for a longer reduction phase or more reductant.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop pressed: burner off, drive stopped. Release and RESET."],
            [
                "R02",
                "Flame failure",
                "No flame signal within 5 s, or flame lost. Check the UV scanner lens and the pressures.",
            ],
            ["R03", "Gas pressure low", "Gas below 0.8 bar(g) at the burner inlet."],
            ["R04", "Gas pressure high", "Gas above 1.2 bar(g) at the burner inlet."],
            ["R05", "Oxygen pressure", "Oxygen outside 2.0-3.0 bar(g) at the burner inlet."],
            ["R06", "Cooling water", "Burner cooling water below 80 % of nominal flow or outlet above 55 °C."],
            ["R07", "Shell temperature", "A spot on the shell above 400 °C. See section 3."],
            ["R08", "Rotation stopped", "Shell stopped for 5 min with the burner firing. The burner goes to low fire."],
            ["R09", "Door open", "Door not closed: the burner cannot fire."],
            ["R11", "Fume system", "No running signal from the fume fan or the hood damper closed. Firing blocked."],
            ["R12", "Drive overload", "Drive motor protection tripped: charge frozen to the lining or roller seized."],
            ["R13", "Hydraulic oil hot", "Door hydraulic oil above 70 °C. Check the cooler and the oil level."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Slag rich in lead, low bullion yield",
                "Lambda too high in the reduction phase, too little reductant or the slag too cold",
                "Reduce at lambda 0.95-1.00; check the recipe with the metallurgist; tap at 1150-1250 °C",
            ],
            [
                "Slag thick, will not pour over the lip",
                "Temperature low, or too little soda ash or iron",
                "Fire on for 15-20 min; check the charge",
            ],
            [
                "Flame lifts off or is unstable",
                "Gas or oxygen pressure at the limit, or a damaged burner tip",
                "Check the inlet pressures; inspect the burner tip",
            ],
            [
                "Fume escapes at the door while charging",
                "Hood draught too low or hood damper closed",
                "Have the fume system checked (its own manual)",
            ],
            [
                "Knocking noise once per turn",
                "Tyre creep too large, or a flat spot on a support roller",
                "Measure the tyre creep (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Smelting a batch"),
    (
        "ol",
        [
            "Check that the tap hole is plugged, the slag pots are dry and in place and the fume system runs.",
            "Open the door and charge the batch with the charging machine while the shell turns at 0.5 rpm.",
            "Close the door, purge and light the burner at low fire.",
            "Raise the firing rate in steps to the maximum and melt at lambda 1.00-1.05, turning at about 1 rpm.",
            "When the charge is molten, go to the reduction phase at lambda 0.95-1.00 for 30-45 min.",
            "Stop the burner, turn the tap hole to the bottom and tap the bullion into the kettle or moulds.",
            "Measure the slag temperature: 1150-1250 °C. Open the door and pour the slag into the pots.",
            "Inspect the door lip and the lining through the door before the next charge.",
        ],
    ),
    ("h", "7. Heating up after relining or a cold standstill"),
    (
        "ol",
        [
            "Check that the new lining has dried in air for at least 24 h and that the fume system runs.",
            "Light the burner at low fire with the door closed and turn the shell at 0.5 rpm.",
            "Heat a new lining at no more than 25 °C per hour up to 600 °C.",
            "Hold at 600 °C for 12 h.",
            "Then heat at no more than 50 °C per hour to the working temperature.",
            "After a cold standstill of more than 72 h (lining below 200 °C) with an old lining, heat at no more "
            "than 50 °C per hour from the start, without the hold.",
            "Charge the first batch only when the lining has reached the working temperature for at least 2 h.",
        ],
    ),
    (
        "p",
        "Relining is carried out by a refractory contractor to the Rotabrand lining drawing of the model; this "
        "manual does not describe it.",
    ),
    ("h", "8. Measuring the tyre creep"),
    (
        "ol",
        [
            "Measure with the furnace hot and turning at its normal speed.",
            "Mark a line across the tyre and the shell with chalk at the top of the tyre.",
            "After exactly one revolution, stop and measure the distance between the two marks.",
            "A creep of 5-15 mm per revolution is normal. Above 25 mm fit shims under the tyre pads on the next "
            "cold standstill; below 5 mm check the shell for overheating under the tyre.",
            "Measure both tyres and record the values.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each batch", "Inspect the burner tip and the door seal rope"],
            ["Daily", "Grease the support roller bearings; check the tyre and roller faces"],
            ["Weekly", "Lubricate the girth gear with the spray unit; clean the UV scanner lens"],
            ["Monthly", "Measure the tyre creep (section 8)"],
            [
                "Every 8000 h or 12 months, whichever comes first",
                "Change the drive gearbox oil; change the door hydraulic oil filter",
            ],
            [
                "At a cold standstill",
                "Measure the residual lining: reline when it is 100 mm thick or less at any point",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SRF-10", "SRF-16"],
            ["Burner tip", "RTB-BT-4", "RTB-BT-6"],
            ["UV flame scanner", "RTB-UV-1", "RTB-UV-1"],
            ["Door seal rope, per metre", "RTB-DS-25", "RTB-DS-30"],
            ["Support roller with bearings", "RTB-SR-10", "RTB-SR-16"],
            ["Drive pinion", "RTB-DP-10", "RTB-DP-16"],
            ["Tyre pad shim set", "RTB-TS-10", "RTB-TS-16"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Gussberg ICM-40 lead ingot casting machine
GUSSBERG = [
    ("title", "Gussberg ICM-40 Lead Ingot Casting Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document GSB-OM-ICM40-02, Edition 2, April 2024. Gussberg Casting Systems. The ICM-40 casts refined lead and "
        "lead alloys into ingots of about 40 kg on a straight chain conveyor of cast iron moulds. The lead runs from "
        "the refining kettle through the site's lead pump or launder into the pouring wheel, which fills each mould "
        "for a set pour time. The skimmer arm takes the dross off the fresh ingots, water sprays under the moulds "
        "cool them, the stamping unit marks each ingot and the knock-out hammer drops the ingots onto the discharge "
        "conveyor. The ingot stacker that follows, the kettle and the lead pump have their own manuals.",
    ),
    (
        "warn",
        "DANGER: Molten lead meeting water or a damp mould explodes. Preheat the moulds before every start and "
        "never spray water into a mould cavity. Wear a face shield, heat-resistant gloves and the plant's lead "
        "protective clothing at the pouring wheel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ICM-40"],
            ["Ingot mass, nominal", "40 kg"],
            ["Ingot mass tolerance", "±1.5 kg"],
            ["Number of moulds / mould pitch", "72 / 330 mm"],
            ["Chain speed (VFD)", "1.0-4.0 m/min"],
            ["Output at 4.0 m/min", "about 29 t/h"],
            ["Lead temperature at the pouring wheel, soft lead", "380-420 °C"],
            ["Mould temperature before the first pour", "at least 150 °C"],
            ["Cooling water under the moulds", "4-6 m³/h at 2-3 bar"],
            ["Mould preheating burners, natural gas", "4 x 35 kW"],
            ["Knock-out hammer, compressed air", "6 bar (minimum 5 bar)"],
            ["Stamping unit", "6 characters, stamp depth 1.0-1.5 mm"],
            ["Chain drive motor / total installed power", "4 kW / 11 kW"],
            ["Machine length / width", "13.6 m / 1.9 m"],
            ["Mass", "21 t"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The output depends on the chain speed: Output (t/h) = chain speed (m/min) / mould pitch (m) x 60 x ingot "
        "mass (t). Example: at 2.5 m/min, 2.5 / 0.33 x 60 = 455 ingots per hour x 0.040 t = 18.2 t/h. The chain speed "
        "can only be raised as far as the ingots are solid at the knock-out; ingots that are still soft in the "
        "centre break up on the discharge conveyor.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the area around the pouring wheel dry. Store tools, scrap ingots and alloying additions dry and "
            "preheat them before they touch the lead.",
            "Stop the chain and lock out the drive before reaching into the mould line or the knock-out station.",
            "The dross is lead-bearing hazardous material: put it only into the dross bins and return it to the "
            "furnace or to the site's dross handling.",
            "Do not stand at the discharge end while the knock-out hammer works.",
        ],
    ),
    ("h", "3. Casting limits and settings"),
    (
        "cols",
        [
            ("h", "Lead temperature"),
            (
                "p",
                "Cast soft lead at 380-420 °C at the pouring wheel. Never above 450 °C: above it the dross increases, "
                "the moulds crack sooner and C06 stops the pour. Below 380 °C (C05) the lead freezes in the spout. "
                "Temperatures for antimonial, calcium or other alloys follow the customer's alloy specification.",
            ),
            ("h", "Pour time and ingot mass"),
            (
                "p",
                "The ingot mass is set by the pour time of the wheel, 4.0-7.0 s at 2.5 m/min. Each 0.1 s of pour time "
                "changes the ingot mass by about 0.4 kg. Weigh five ingots in a row every hour: each must be within "
                "40 kg ±1.5 kg. If the mean of the five is more than 0.5 kg from 40 kg, correct the pour time.",
            ),
            ("h", "Moulds"),
            (
                "p",
                "Preheat the moulds with the gas burners to at least 150 °C before the first pour (C04 blocks the "
                "pour below it) and after any stop of more than 20 min. Mould dressing, where used, is the site's "
                "choice.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "Switch the cooling sprays on only once the moulds are full: 4-6 m³/h at 2-3 bar. Spraying water on "
                "empty hot moulds cracks them. C08 shows when the flow is below 4 m³/h during casting.",
            ),
            ("h", "Skimmer"),
            (
                "p",
                "The skimmer arm sweeps each ingot about 1.5 m after the pouring wheel, while the top is still liquid. "
                "Set the blade 2-3 mm above the mould rim.",
            ),
            ("h", "Stamping"),
            (
                "p",
                "The stamping unit strikes each ingot 3.0-4.0 m after the pouring wheel, when the top has just "
                "solidified. The stamp must be 1.0-1.5 mm deep; a shallow stamp means low air pressure or an ingot "
                "that is already too cold. Change the characters only with the chain stopped and the unit locked "
                "out; the character set is held by two M8 screws. The text of the stamp (lot number, alloy code) is "
                "set by the site's quality department.",
            ),
            ("h", "Chain"),
            (
                "p",
                "The chain tension is right when the chain sags 40-60 mm at the middle of the lower return. Replace "
                "the chain when 10 pitches measure more than 3366 mm (2 % elongation over the nominal 3300 mm).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["C01", "Emergency stop", "An emergency stop or pull wire pressed. Release and RESET."],
            ["C02", "Chain drive overload", "Chain jammed by a stuck ingot or a foreign body. Lock out and clear."],
            ["C03", "Chain slack", "Chain tension switch open: chain stretched or a link broken."],
            ["C04", "Moulds cold", "Mould below 150 °C at the pouring wheel. The pour is blocked; preheat."],
            ["C05", "Lead cold", "Lead below 380 °C at the wheel. Check the kettle and the launder heating."],
            ["C06", "Lead hot", "Lead above 450 °C. The pour stops until it is below 430 °C."],
            ["C08", "Cooling water low", "Spray flow below 4 m³/h while casting: filter blocked or valve shut."],
            ["C09", "Air pressure low", "Knock-out air below 5 bar. Ingots may stay in the moulds."],
            ["C10", "Ingot not ejected", "Discharge sensor saw no ingot after the hammer stroke."],
            ["C11", "Stacker not ready", "No ready signal from the ingot stacker. The chain stops after 3 ingots."],
            ["C12", "Skimmer not home", "Skimmer arm not back in its home position within 2 s."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lead spits and ingots show blowholes at the start of the shift",
                "Moulds damp or below 150 °C",
                "Stop the pour and preheat the moulds again",
            ],
            [
                "Ingots stick in the moulds",
                "Cracked or rough mould surface, or air pressure below 5 bar",
                "Check the air; replace the mould (section 8)",
            ],
            [
                "Ingots too light or too heavy",
                "Pour time wrong for the chain speed, or lead level in the wheel changed",
                "Weigh five ingots and correct the pour time (0.1 s for about 0.4 kg)",
            ],
            [
                "Deep shrinkage holes or cracks in the top",
                "Lead too hot, or cooling sprays on too early",
                "Cast at 380-420 °C; start the sprays only under full moulds",
            ],
            [
                "Heavy dross skin on the ingots",
                "Skimmer blade set too high or worn; lead too hot",
                "Set the blade 2-3 mm above the rim; replace a worn blade",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the moulds are dry, clean and free of cracks, and that the dross bins are in place.",
            "Light the mould preheating burners and run the chain at 1.0 m/min.",
            "Wait until every mould has reached at least 150 °C (C04 clears; about 30 min from cold).",
            "Check that the lead in the kettle is at 380-420 °C and start the lead supply to the pouring wheel.",
            "Set the chain speed, usually 2.5 m/min, and the pour time for 40 kg.",
            "Start the pour, then the skimmer, then the cooling sprays when the first full moulds reach them.",
            "Switch off the preheating burners once casting runs steadily.",
            "Weigh the first five ingots and correct the pour time if needed.",
        ],
    ),
    ("h", "7. Correcting the ingot mass"),
    (
        "ol",
        [
            "Take five ingots in a row from the discharge conveyor and weigh them on the calibrated platform scale.",
            "Work out the mean mass of the five.",
            "Divide the difference from 40 kg by 0.4 kg: the result is the pour time change in tenths of a second.",
            "Lengthen the pour time for light ingots, shorten it for heavy ones, on the PRODUCTION screen.",
            "Weigh the next five ingots to confirm.",
        ],
    ),
    ("h", "8. Replacing a mould"),
    (
        "ol",
        [
            "Stop the pour, let the line run empty and stop the chain with the damaged mould at the service station.",
            "Lock out the chain drive and let the mould cool below 60 °C.",
            "Remove the two M20 mould bolts and lift the mould out with the mould tongs.",
            "Clean the seat, fit the new mould ICM-M40 and tighten the bolts to 280 Nm.",
            "Preheat the new mould with the others before the next pour; the first two ingots from it go back to "
            "the kettle.",
        ],
    ),
    (
        "p",
        "Replacing the complete chain is a Gussberg service job and is not described here.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the pouring spout and the wheel lip of dross; check the skimmer blade"],
            ["Daily", "Inspect all moulds for cracks; clean the spray nozzles"],
            ["Weekly", "Lubricate the chain with high-temperature graphite lubricant; check the chain sag (40-60 mm)"],
            ["Monthly", "Measure 10 chain pitches (replace above 3366 mm); check the stamp characters"],
            ["Every 5000 h or 12 months, whichever comes first", "Change the drive gearbox oil (CLP 220, 9 L)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Mould, 40 kg, with bolts", "ICM-M40"],
            ["Chain link with rollers", "ICM-CL-330"],
            ["Pouring spout", "ICM-PS-2"],
            ["Skimmer blade", "ICM-SB-3"],
            ["Stamp character set", "ICM-SC-6"],
            ["Knock-out hammer head", "ICM-KH-1"],
            ["Spray nozzle", "ICM-SN-4"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("fluxholm-hs-hydraulic-separator.pdf", "Fluxholm FXH-OM-HS-04 Ed 3 - HS-12 / HS-20", FLUXHOLM),
        ("sulvanta-dr-paste-desulphurisation-reactor.pdf", "Sulvanta SVT-OMI-DR-11 Ed 2 - DR-8 / DR-15", SULVANTA),
        ("rotabrand-srf-short-rotary-furnace.pdf", "Rotabrand RTB-OM-SRF-07 Ed 2 - SRF-10 / SRF-16", ROTABRAND),
        ("gussberg-icm-lead-ingot-casting-machine.pdf", "Gussberg GSB-OM-ICM40-02 Ed 2 - ICM-40", GUSSBERG),
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
