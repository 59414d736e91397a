"""Generate the PDF manuals of the sixty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set68venv && /tmp/set68venv/bin/pip install fpdf2 pypdf
    /tmp/set68venv/bin/python knowledge/samples/sixtyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Rotavenn TR trommel screens
ROTAVENN = [
    ("title", "Rotavenn TR Trommel Screens\nOperation and Maintenance Manual - TR-18 and TR-22"),
    (
        "p",
        "Document RTV-OM-TR-11, Edition 3, March 2025. Rotavenn Screening Systems. The TR-18 and TR-22 are "
        "stationary rotating drum screens for material recovery facilities and mechanical-biological treatment "
        "plants. The drum rests on two riding rings, each carried by two trunnion wheels; the two lower wheels on the "
        "infeed side are driven by geared motors through a common frequency converter (VFD). The drum has two screen "
        "sections of bolted, punched steel panels: section 1 at the infeed end takes out the fines, section 2 the "
        "middle fraction, and the overs leave at the discharge end. A rotating brush on the top of the drum keeps "
        "the holes clear. Apart from the drum size, the drive and the values given for each model, the two screens "
        "are built alike. The infeed and discharge conveyors, the fire detection and suppression system and the "
        "foundation (to the Rotavenn foundation drawings RTV-FD-18 and RTV-FD-22) are the site's and are not covered "
        "here.",
    ),
    (
        "warn",
        "WARNING: Never enter the drum or reach into the screen sections unless the drum drive and the brush are "
        "isolated and locked off at the main isolator and the drum is secured with the drum lock pin. A stopped drum "
        "with material lying to one side can start to roll by itself. Entering the drum is a confined space entry "
        "under the site's permit system.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TR-18", "TR-22"],
            ["Drum inside diameter, measured over the screen panels", "1800 mm", "2200 mm"],
            ["Drum length", "5000 mm", "6000 mm"],
            ["Screening area (both sections)", "28.3 m²", "41.5 m²"],
            ["Standard hole sizes, section 1 / section 2 (other sizes on request)", "60 mm / 180 mm", "80 mm / 240 mm"],
            ["Screen panels around the drum, per section", "12", "16"],
            ["Drum speed range set in the VFD", "8-14 rpm", "7-12 rpm"],
            ["Critical speed of the drum", "31.5 rpm", "28.5 rpm"],
            ["Drum inclination, adjustable (factory setting)", "2-6° (4°)", "2-6° (4°)"],
            ["Throughput, household waste of 0.3 t/m³ bulk density", "up to 25 t/h", "up to 40 t/h"],
            ["Drive: two driven trunnion wheels, geared motors", "2 x 7.5 kW", "2 x 11 kW"],
            ["Rated current per drive motor at 400 V 50 Hz", "14.8 A", "21.0 A"],
            ["Supply fuse", "50 A gG", "63 A gG"],
            ["Cleaning brush motor", "0.75 kW", "1.1 kW"],
            ["Gear oil per geared motor, CLP 220 mineral", "4.2 L", "6.5 L"],
            ["Riding ring width / trunnion wheel diameter (new)", "150 mm / 500 mm", "180 mm / 600 mm"],
            ["Mass, empty", "14.5 t", "21.8 t"],
            ["Sound pressure level at 1 m, drum running empty", "below 80 dB(A)", "below 82 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughput figures hold only for household waste of about 0.3 t/m³ bulk density with a moisture content "
        "below 35 %, fed evenly over the width of the infeed chute at the factory inclination of 4°. Wetter, denser or "
        "unevenly fed material lowers them; no figures are given for compost, wood or construction waste.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep all guards on the trunnion wheels, the riding rings and the brush closed while the drum can turn. "
            "The guard doors are interlocked (F17).",
            "Before any work inside the drum or on a screen panel, stop the feed and let the drum run empty for at "
            "least 3 min, stop it, lock off the main isolator and fit the drum lock pin in the lock bracket on the "
            "infeed side.",
            "Do not stand under the drum discharge hood or on the discharge conveyor while the drum turns: bulky "
            "items can be thrown out.",
            "Wear hearing protection within 5 m of the running drum, and cut-resistant gloves when handling panels "
            "and wrapped wire or film.",
            "Hot loads (batteries, embers) in the feed can start a fire in the drum. Stop the feed and follow the "
            "site's fire procedure; never open the drum hoods on a smouldering load.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Drum speed"),
            (
                "p",
                "The drum speed must stay between 25 % and 45 % of the critical speed n_c = 42.3 / sqrt(D), with "
                "n_c in rpm and D the inside drum diameter in metres. Above 45 % the material is carried round with "
                "the drum instead of cascading, and screening falls off sharply. The VFD is limited at the factory to "
                "14 rpm (TR-18) and 12 rpm (TR-22); do not raise this limit.",
            ),
            ("h", "Inclination"),
            (
                "p",
                "A steeper drum moves the material through faster but screens it less. Change the inclination in "
                "steps of 1° only, and run at least 30 min before judging the result. Each degree more shortens the "
                "residence time by about 20 %. Above 5° the fines carry-over into section 2 rises on both models.",
            ),
            ("h", "Screen panels"),
            (
                "p",
                "Replace a panel when a hole has worn to more than 10 % above its nominal size, when a web between two "
                "holes is worn below 8 mm, or when a crack is longer than 50 mm, whichever happens first. Panel bolts "
                "M16 8.8 are tightened to 190 Nm and checked again after the first 50 h of running.",
            ),
            ("h", "Trunnion wheels and riding rings"),
            (
                "p",
                "The two wheels under a riding ring must be parallel to the drum axis within 0.5 mm, measured across "
                "the wheel face. With the drum turning, the gap between the riding ring and the upper thrust roller "
                "is 2-4 mm. Replace a trunnion wheel when its diameter has worn 10 mm below the new size. Riding ring "
                "replacement and drum re-rounding are done by Rotavenn service only.",
            ),
            ("h", "Cleaning brush"),
            (
                "p",
                "The bristles should press 15-20 mm into the holes of section 1. New bristles are 100 mm long; "
                "replace the brush segments when the bristles are shorter than 40 mm.",
            ),
            ("h", "Start and stop"),
            (
                "p",
                "The drum must run empty for at least 2 min before the feed starts. When stopping, stop the feed "
                "first and let the drum empty for at least 3 min. A full stop of a loaded drum is for emergencies.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F11", "Emergency stop", "An emergency stop or a pull cord pressed. Release it, then press RESET."],
            ["F12", "Drive 1 VFD fault", "Overcurrent or overvoltage at drive 1. Read the VFD fault log."],
            ["F13", "Drive 2 VFD fault", "As F12, drive 2."],
            [
                "F14",
                "Drum speed deviation",
                "The speed sensor on the riding ring reads more than 10 % below the set speed for 5 s: driven wheels "
                "slipping on a wet or greasy riding ring, or the drum overloaded.",
            ],
            [
                "F15",
                "Drum overload",
                "Drive current above 110 % of rated for 30 s. Feed too high or material wrapped round the drum.",
            ],
            ["F16", "Brush motor overload", "Brush jammed or bristles wrapped with film. Clean the brush."],
            ["F17", "Guard door open", "A guard door interlock is open. Close it and press RESET."],
            [
                "F18",
                "Thrust roller limit",
                "The drum has drifted along its axis and actuated a thrust roller switch. Align the trunnion wheels "
                "(section 8).",
            ],
            ["F20", "Gear oil hot", "Oil in a geared motor above 95 °C. Check the oil level and the load."],
            [
                "F21",
                "Discharge conveyor stopped",
                "A downstream conveyor is stopped. The feed stops; the drum keeps turning to empty.",
            ],
            ["F22", "Service due", "2000 h since the last service reset. The screen still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fines fraction contains too many large pieces",
                "Panel holes worn oversize, or a cracked or missing panel",
                "Measure the holes and replace panels (section 7)",
            ],
            [
                "Overs fraction carries a lot of fine material",
                "Drum overfed, speed outside its range, or holes blinded",
                "Reduce the feed; check the speed and the brush contact",
            ],
            [
                "Drum creeps towards one end, thrust roller squeals",
                "Trunnion wheels skewed against the drum axis",
                "Align the trunnion wheels (section 8)",
            ],
            [
                "Drum slows down under load, F14",
                "Wet, greasy or iced riding ring",
                "Clean and dry the riding ring and the driven wheels",
            ],
            [
                "Film, rope or wire wrapped round the drum",
                "Long items in the feed",
                "Stop, lock off, fit the drum lock pin and cut the wrapping away",
            ],
            [
                "Knock once per turn of the drum",
                "Loose screen panel or panel bolt",
                "Find the panel and tighten the bolts to 190 Nm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping the screen"),
    (
        "ol",
        [
            "Check that nobody is inside the drum hoods and that all guard doors are closed.",
            "Remove the drum lock pin and stow it in its holder; the start is blocked while the pin is out of its "
            "holder.",
            "Start the discharge conveyors, then the brush.",
            "Start the drum at the set speed and let it run empty for at least 2 min.",
            "Start the infeed conveyor and bring the feed up to the normal rate over about 5 min.",
            "Watch the fractions for the first 15 min and correct the speed within the set range if needed.",
            "To stop, stop the infeed conveyor and let the drum run for at least 3 min until it is empty.",
            "Stop the drum, then the brush, then the discharge conveyors.",
        ],
    ),
    ("h", "7. Replacing a screen panel"),
    (
        "ol",
        [
            "Let the drum run empty, turn it until the panel to be changed is at the bottom, and stop it.",
            "Lock off the main isolator and fit the drum lock pin.",
            "Open the hood inspection door on the side of the panel and clear material from around it.",
            "Remove the 16 panel bolts M16 from outside the drum, working from the centre of the panel outwards.",
            "Lower the old panel (TR-18 about 38 kg, TR-22 about 52 kg) with a second person or a lifting aid.",
            "Clean the seating faces on the drum frame.",
            "Fit the new panel with the hole pattern running the same way as its neighbours.",
            "Fit new bolts from the bolt kit and tighten them crosswise to 190 Nm.",
            "Close the inspection door, remove the drum lock pin and run the drum empty for 2 min.",
            "Check the new panel bolts again after 50 h.",
        ],
    ),
    ("h", "8. Aligning the trunnion wheels"),
    (
        "ol",
        [
            "Run the drum empty at its lowest speed and watch which way it creeps; note the thrust roller gaps.",
            "Stop, lock off and fit the drum lock pin.",
            "Measure each wheel against the drum axis with a straight edge across the wheel face and a feeler gauge.",
            "Loosen the four bearing block bolts of the wheel that is out by more than 0.5 mm.",
            "Turn the adjusting screws on the bearing blocks by no more than a quarter turn at a time.",
            "Tighten the bearing block bolts to 410 Nm.",
            "Remove the lock pin, run the drum for 10 min and check the gap at the upper thrust roller: 2-4 mm.",
            "Repeat steps 2 to 7 until the drum runs without creeping. Never correct creep by skewing both wheels of "
            "one ring the same way.",
        ],
    ),
    ("h", "9. Replacing the cleaning brush"),
    (
        "ol",
        [
            "Stop the drum and the brush, lock off the main isolator and fit the drum lock pin.",
            "Swing the brush arm up with its lever and pin it in the service position.",
            "Remove the clamp strips and slide the brush segments off the shaft (TR-18: 6 segments, TR-22: 8).",
            "Slide the new segments on, with the bristles of neighbouring segments offset.",
            "Refit the clamp strips and lower the brush arm onto the drum.",
            "Set the brush arm stop so that the bristles press 15-20 mm into the holes.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove wrapped material; check the brush contact; look over the panels for cracks"],
            ["Weekly", "Check the riding rings and trunnion wheels for wear and build-up; clean them"],
            [
                "250 h",
                "Grease the trunnion wheel bearings: 20 g per bearing (TR-18), 30 g per bearing (TR-22)",
            ],
            ["First 50 h, and after any panel change", "Retighten the panel bolts to 190 Nm"],
            ["2000 h (F22)", "Measure the panel holes and webs; check the wheel alignment and the thrust gaps"],
            [
                "10000 h or 2 years, whichever comes first",
                "Change the gear oil in both geared motors (CLP 220, 4.2 L or 6.5 L each)",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TR-18", "TR-22"],
            ["Screen panel, section 1 standard holes", "RTV-SP-1860", "RTV-SP-2280"],
            ["Screen panel, section 2 standard holes", "RTV-SP-18180", "RTV-SP-22240"],
            ["Trunnion wheel assembly with bearings", "RTV-TW-500", "RTV-TW-600"],
            ["Thrust roller", "RTV-TR-18", "RTV-TR-22"],
            ["Cleaning brush segment set", "RTV-BR-18", "RTV-BR-22"],
            ["Panel bolt kit M16, 50 bolts", "RTV-BK-16", "RTV-BK-16"],
            ["Drum speed sensor", "RTV-SS-01", "RTV-SS-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Scorlith AX-14 bottom ash extractor
SCORLITH = [
    ("title", "Scorlith AX-14 Wet Ram Bottom Ash Extractor\nOperation and Maintenance Manual"),
    (
        "p",
        "Document SCL-OM-AX14-02, Edition 2, June 2024. Scorlith Thermal Equipment. The AX-14 is a wet ram (plunger) "
        "bottom ash extractor for moving grate waste incineration lines. It sits under the ash chute at the end of the "
        "grate. The ash falls into a water-filled quench trough; the water cools the ash and forms the air seal of "
        "the furnace. A hydraulic ram pushes the quenched ash up an inclined drying ramp, where the excess water "
        "drains back into the trough, and discharges it onto the ash conveyor. This manual covers the extractor, its "
        "hydraulic power unit and its controls. The furnace, the grate, the ash conveyor and the ash bunker have "
        "their own manuals; running the furnace down is done to the plant's operating instructions; sampling and "
        "disposal of the ash and of the ash water are governed by the site's permit.",
    ),
    (
        "warn",
        "WARNING: The trough water is hot (up to 80 °C) and strongly alkaline (pH 10-12). Ash in the trough can hold "
        "glowing clinker under a cool surface. Never open the side inspection doors while the furnace is in "
        "operation unless the water level is at the operating level and the ram is isolated.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AX-14"],
            ["Ash capacity, wet bottom ash of about 1.4 t/m³", "up to 6 t/h"],
            ["Trough width, inside", "1650 mm"],
            ["Ram stroke", "1400 mm"],
            ["Ram cylinders (two, double-acting), bore / rod", "160 mm / 100 mm"],
            ["Ram force at working pressure, both cylinders together", "643 kN"],
            ["Forward stroke time at full pump flow", "28 s"],
            ["Return stroke time at full pump flow", "17 s"],
            ["Pause between strokes, adjustable (factory setting)", "60-900 s (240 s)"],
            ["Hydraulic working pressure", "160 bar"],
            ["Relief valve setting", "190 bar"],
            ["Pump flow", "120 L/min"],
            ["Hydraulic oil HLP 46, tank volume", "400 L"],
            ["Pump motor 400 V 3~ 50 Hz", "37 kW, 67 A"],
            ["Return filter, fineness", "10 µm"],
            ["Water volume of the trough at operating level", "9.5 m³"],
            ["Make-up water supply", "DN40, at least 2.5 bar"],
            ["Water seal: operating level above the lower edge of the ash chute", "350 mm"],
            ["Drying ramp inclination", "30°"],
            ["Moisture of the discharged ash, normal operation", "15-22 %"],
            ["Bottom wear liner, Hardox 450, new thickness", "20 mm"],
            ["Mass empty / in operation with water and ash", "18.2 t / 31.5 t"],
        ],
        (120, 50),
    ),
    (
        "p",
        "The capacity of 6 t/h holds with the factory pause of 240 s or shorter and ash free of large clinker lumps. "
        "The ram force is reached only when the hydraulic oil is between 30 °C and 60 °C; with cold oil the "
        "controls hold the ram until the tank heater has warmed the oil to 20 °C.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the hydraulic pump motor and release the pressure (the pressure gauge must read 0 bar) before "
            "any work on the ram, the cylinders or the hoses.",
            "Wear a face shield, alkali-resistant gloves and boots when handling trough water or wet ash. Rinse skin "
            "contact with plenty of clean water; an eye wash bottle must be kept at the extractor.",
            "Work inside the drained trough is a confined space entry under the site's permit and only with the "
            "furnace shut down and cold; the furnace may hold hot ash and flue gas.",
            "Steam puffs at the discharge mean the water is near boiling: keep clear of the discharge and the "
            "inspection doors until the water is below 80 °C.",
            "Metal items and wire in the ash can catch on the ram. Never try to pull them out while the ram can move.",
        ],
    ),
    ("h", "3. Water seal, temperatures and ram settings"),
    (
        "cols",
        [
            ("h", "Water seal"),
            (
                "p",
                "The water level must stay at least 250 mm above the lower edge of the ash chute; the operating level "
                "is 350 mm. Below 250 mm the low level switch raises A04 and opens the make-up valve fully. Below "
                "150 mm the very low level switch raises A10 and signals the furnace control: furnace air can enter "
                "through the chute and flue gas can escape. The furnace must then be run down to the plant's "
                "operating instructions.",
            ),
            ("h", "Water temperature"),
            (
                "p",
                "The trough water is normally 40-60 °C. Above 70 °C the make-up valve opens to cool the trough by "
                "overflow into the ash water tank. Above 80 °C the controls raise A05. Make-up water use is about "
                "0.2-0.3 m³ per tonne of ash, for the water leaving with the ash and the steam.",
            ),
            ("h", "Ram stroke and pause"),
            (
                "p",
                "Shorten the pause when the ash load rises and the ash heap in the trough reaches the chute. Whatever "
                "the load, the ram must make at least one full stroke every 15 min: bottom ash left standing in the "
                "water sets hard within some hours. The factory pause of 240 s suits most lines.",
            ),
            ("h", "Stall and retry"),
            (
                "p",
                "If the ram does not reach its front end position within 45 s, it returns and tries again. After "
                "three failed tries in a row the controls raise A06 and stop the ram.",
            ),
            ("h", "Hydraulic oil"),
            (
                "p",
                "Oil temperature in operation 30-60 °C. The cooler fan starts at 50 °C. Above 65 °C the controls raise "
                "A03; above 75 °C the pump stops. Keep the oil cleanliness at ISO 4406 20/18/15 or better; the oil "
                "analysis itself is done by an oil laboratory.",
            ),
            ("h", "Wear limits"),
            (
                "p",
                "Replace the bottom wear liner when it is worn to 8 mm at any point. Replace the four ram wear shoes "
                "when they are worn to 10 mm (25 mm new), or when the ram runs on the liner.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed. Release it and reset at the local panel."],
            ["A02", "Pump motor overload", "Motor protection tripped. Check the relief valve and the oil temperature."],
            [
                "A03",
                "Hydraulic oil hot",
                "Oil above 65 °C; the pump stops above 75 °C. Check the cooler fan and clean the cooler fins.",
            ],
            [
                "A04",
                "Water level low",
                "Water seal below 250 mm. Check the make-up water supply pressure and the make-up valve.",
            ],
            [
                "A05",
                "Water temperature high",
                "Trough water above 80 °C. Check the make-up flow; check for a large ash heap under the chute.",
            ],
            [
                "A06",
                "Ram stalled",
                "Front end position not reached within 45 s, three times in a row: clinker lump, metal item or ash "
                "set hard in the trough.",
            ],
            ["A08", "Oil level low", "Oil level switch in the tank open. Look for a leak before topping up."],
            [
                "A09",
                "Return filter clogged",
                "Filter differential pressure above 2.5 bar. Change the element (section 7).",
            ],
            [
                "A10",
                "Water level very low",
                "Water seal below 150 mm. The furnace control is signalled; follow the plant's instructions.",
            ],
            ["A11", "Make-up valve fault", "Valve position feedback does not follow the command within 20 s."],
            ["A12", "Ram position sensor fault", "Linear sensor signal lost. The ram stops in its rear position."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ash leaves very wet, water runs along the ash conveyor",
                "Pause too short, water level too high, or the drain slots in the drying ramp blocked",
                "Lengthen the pause; check the level; clean the drain slots",
            ],
            [
                "Flue gas smell or smoke at the extractor",
                "Water seal too low",
                "Check the level and the make-up valve; see A04 and A10",
            ],
            [
                "Forward stroke takes longer than 35 s",
                "Oil hot, relief valve passing or pump worn",
                "Check the pressure and the oil temperature; pump repair by Scorlith service",
            ],
            [
                "Ram stops at the same point every stroke",
                "Large clinker lump or a metal item in front of the ram",
                "Let the automatic retry run; if A06 follows, isolate the ram and remove the item",
            ],
            [
                "Steam puffs at the discharge",
                "Water close to boiling, make-up flow too low",
                "Check the make-up supply (at least 2.5 bar)",
            ],
            [
                "Scraping noise as the ram moves",
                "Ram wear shoes worn down, ram running on the liner",
                "Check the shoes at the next shutdown (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Filling and first start (furnace not yet lit)"),
    (
        "ol",
        [
            "Check that the side inspection doors are closed and the drain valve is shut.",
            "Check the hydraulic oil level in the sight glass: between MIN and MAX.",
            "Open the make-up water valve by hand (HAND mode) and fill the trough until the level reads 350 mm above "
            "the lower edge of the chute.",
            "Switch the make-up valve to AUTO.",
            "Start the hydraulic pump and let the oil warm to at least 20 °C.",
            "Run three full strokes in HAND mode and check that both cylinders move together and that no hose leaks.",
            "Switch the ram to AUTO with the factory pause of 240 s.",
            "Report to the control room that the extractor is ready; the furnace may then be lit.",
        ],
    ),
    ("h", "7. Changing the return filter element"),
    (
        "ol",
        [
            "Change the element when A09 shows, or every 3000 h or 12 months, whichever comes first.",
            "Wait for a stop of the ram in its rear position, or arrange a short stop with the control room; the "
            "ram may stand for up to 15 min.",
            "Stop the pump, lock off the motor and check that the pressure gauge reads 0 bar.",
            "Unscrew the filter cover and lift out the element with its bowl.",
            "Empty the bowl into a waste oil container and check the old element for metal particles.",
            "Fit the new element SCL-RF-10 with a new cover O-ring, lubricated with clean oil.",
            "Screw the cover on hand tight.",
            "Start the pump, check the cover for leaks and reset A09.",
        ],
    ),
    ("h", "8. Checking and replacing the ram wear shoes (shutdown only)"),
    (
        "ol",
        [
            "The furnace must be shut down and the ash cold; the work is a confined space entry under the site's "
            "permit.",
            "Run the ram forward to push out the remaining ash, then back to its rear position.",
            "Stop the pump, lock it off and release the pressure.",
            "Drain the trough through the drain valve into the ash water tank.",
            "Open both side inspection doors and wash down the ram and the liner.",
            "Measure the four wear shoes: replace all four when one is 10 mm or thinner.",
            "Measure the bottom liner at the marked points: replace a liner plate worn to 8 mm.",
            "Fit new shoes with new bolts M20, tightened to 320 Nm, and lock the nuts.",
            "Close the inspection doors with new gaskets and refill the trough (section 6).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the water level and temperature, the ash moisture and the hoses for leaks"],
            ["Weekly", "Check the oil level and the filter indicator; clean the drain slots of the drying ramp"],
            ["Monthly", "Clean the oil cooler fins; check the make-up valve by a short HAND opening"],
            ["3000 h or 12 months, whichever comes first", "Change the return filter element (section 7)"],
            [
                "Annual shutdown",
                "Drain the trough; measure the liner and the wear shoes (section 8); check the cylinder rods for "
                "scoring",
            ],
            [
                "10000 h, or earlier if the oil analysis is worse than 20/18/15",
                "Change the hydraulic oil (400 L HLP 46)",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "Cylinder seals are replaced by Scorlith service only: the ram must be uncoupled and the cylinders "
        "removed. Order seal kits through Scorlith service.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element 10 µm", "SCL-RF-10"],
            ["Ram wear shoe set (4 shoes with bolts)", "SCL-WS-14"],
            ["Bottom liner plate, Hardox 450, 20 mm", "SCL-LP-14"],
            ["Cylinder seal kit (fitted by Scorlith service)", "SCL-SK-160"],
            ["Level switch, low and very low", "SCL-LS-02"],
            ["Make-up valve actuator DN40", "SCL-MV-40"],
            ["Inspection door gasket", "SCL-DG-14"],
        ],
        (120, 50),
    ),
]


# ---------------------------------------------------------------- Wegmora WG weighbridges
WEGMORA = [
    ("title", "Wegmora WG Surface-Mounted Weighbridges\nInstallation and Service Manual - WG-18 and WG-21"),
    (
        "p",
        "Document WGM-IM-WG-07, Edition 1, February 2025. Wegmora Weighing. The WG-18 and WG-21 are steel-deck road "
        "weighbridges for the gatehouses of recycling centres, transfer stations and energy-from-waste plants. The "
        "deck is built of three modules and rests on eight compression load cells, which are summed in one junction "
        "box and read by the WI-60 weight indicator. The WG-18 is 18 m long, the WG-21 21 m; apart from the length, "
        "the capacity, the load cells and the values given for each model, they are built alike. The foundation "
        "slabs are designed by the site's civil engineer to the Wegmora foundation drawings WGM-FD-18 and WGM-FD-21; "
        "earthing and lightning protection are the site's; the ticket software has its own manual.",
    ),
    (
        "warn",
        "Legal for trade: the weighbridge is verified and sealed. Breaking a seal, changing a load cell, moving the "
        "junction box or adjusting the calibration voids the verification. The weighbridge may then not be used for "
        "trade until it has been re-verified by the verification body under the local weights and measures rules. "
        "Calibration adjustment with test weights is done by Wegmora service only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WG-18", "WG-21"],
            ["Maximum capacity (Max)", "50 000 kg", "60 000 kg"],
            ["Scale interval e", "20 kg", "20 kg"],
            ["Number of verification intervals n", "2500", "3000"],
            ["Minimum capacity (Min), 20 e", "400 kg", "400 kg"],
            ["Accuracy class", "III", "III"],
            ["Deck length x width", "18 m x 3.0 m", "21 m x 3.0 m"],
            ["Deck modules", "3 x 6 m", "3 x 7 m"],
            ["Compression load cells, stainless, IP68", "8 x 30 t", "8 x 40 t"],
            ["Load cell rated output / input resistance", "2.0 mV/V / 700 ohm", "2.0 mV/V / 700 ohm"],
            ["Load cell excitation from the WI-60", "10 V DC", "10 V DC"],
            ["Maximum axle load (one axle, two wheel ends)", "20 t", "24 t"],
            ["Maximum tandem axle group load (axles closer than 1.8 m)", "30 t", "36 t"],
            ["Deck height above the foundation slab", "340 mm", "380 mm"],
            ["Approach ramp length at each end, slope 1:10", "3.4 m", "3.8 m"],
            ["Gap between deck ends and ramp ends", "20 mm ±5 mm", "20 mm ±5 mm"],
            ["Operating temperature range, load cells and indicator", "-10 to +40 °C", "-10 to +40 °C"],
            ["Mass of the deck", "16.8 t", "21.2 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The maximum axle and tandem loads are those the deck structure carries without harm; they do not change the "
        "maximum capacity. A vehicle heavier than Max + 9 e shows dashes instead of a weight (overload).",
    ),
    ("h", "2. Maximum permissible errors"),
    (
        "p",
        "Class III, scale interval e = 20 kg. The maximum permissible errors at initial verification depend on the "
        "load. In service the errors permitted are twice the values at initial verification.",
    ),
    (
        "table",
        [
            ["Load m in scale intervals", "Load in kg (e = 20 kg)", "Initial verification", "In service"],
            ["0 to 500 e", "0 to 10 000 kg", "±0.5 e = ±10 kg", "±1 e = ±20 kg"],
            ["above 500 e up to 2000 e", "above 10 000 kg up to 40 000 kg", "±1 e = ±20 kg", "±2 e = ±40 kg"],
            ["above 2000 e", "above 40 000 kg up to Max", "±1.5 e = ±30 kg", "±3 e = ±60 kg"],
        ],
        (42, 48, 40, 40),
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Drive onto the deck at walking pace, no faster than 5 km/h, and do not brake hard or turn the steering "
            "on the deck.",
            "Keep people off the deck and the ramps while a vehicle drives on or off.",
            "Before working under the deck ends or at a load cell, close the weighbridge with the barriers and cones "
            "and switch the traffic lights to red.",
            "Never work under a raised deck module unless it rests on the jacking stands; a hydraulic jack alone is "
            "not a support.",
            "Welding on or near the deck is forbidden unless the load cell cables are disconnected at the junction "
            "box and the welding earth is clamped next to the weld: welding current through a load cell destroys it.",
        ],
    ),
    ("h", "4. Weighing rules and limits"),
    (
        "cols",
        [
            ("h", "Whole vehicle weighing"),
            (
                "p",
                "Every axle of the vehicle must stand on the deck and the vehicle must be at rest, engine running or "
                "not, with no one touching it. Weighing axle by axle and adding the results is not allowed for trade "
                "on either model. A vehicle or combination longer than the deck cannot be weighed for trade.",
            ),
            ("h", "Zero"),
            (
                "p",
                "Before each weighing the empty deck must show zero, within ±0.5 e (±10 kg). The WI-60 tracks slow "
                "zero changes automatically up to 4 % of Max. The zero-setting range at switch-on is ±10 % of Max; "
                "outside it the indicator shows W03.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After switching on, let the WI-60 and the load cells warm up for at least 15 min before weighing for "
                "trade.",
            ),
            ("h", "Deck gap and check rods"),
            (
                "p",
                "The gap between each deck end and its ramp end must be 20 mm ±5 mm and free of stones, ice and "
                "mud along its full width. The deck is held in place by two longitudinal and two transverse check "
                "rods; their rubber bumpers must each have 3 mm of clearance. A deck touching a ramp end, a kerb or a "
                "bumper reads low.",
            ),
            ("h", "Section test"),
            (
                "p",
                "Drive a test vehicle of at least 10 t with a short wheelbase, or place test weights of at least "
                "10 t, over each of the four load cell pairs in turn. The four readings must not differ from each "
                "other by more than 2 e (40 kg).",
            ),
            ("h", "Load cell checks"),
            (
                "p",
                "Measured at the junction box with the cell disconnected: input resistance 700 ohm ±7 ohm, output "
                "resistance 700 ohm ±5 ohm, insulation between the cable cores and the cell body at least 5000 Mohm "
                "at 50 V DC. With all eight cells connected, the WI-60 sees about 87.5 ohm.",
            ),
        ],
    ),
    ("h", "5. WI-60 indicator codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Cause and action"],
            ["W01", "Signal above range", "Load cell signal above +3.2 mV/V: a shorted or damaged cell, or overload."],
            ["W02", "Signal below range", "Signal below -0.5 mV/V: cable break, water in the junction box."],
            [
                "W03",
                "Zero out of range",
                "Empty deck outside ±10 % of Max at switch-on: debris, ice or snow on or under the deck, or the deck "
                "touching a ramp end.",
            ],
            ["W04", "Motion", "Weight not stable for 3 s: vehicle moving, people on the deck, strong wind."],
            ["W05", "Overload", "Load above Max + 9 e. Drive the vehicle off at once."],
            ["W06", "Excitation fault", "Excitation voltage below 9.5 V: short circuit in a cell cable."],
            ["W07", "Calibration memory error", "Stored calibration lost or corrupt. Call Wegmora service."],
            ["W08", "Audit counter changed", "The legal audit counter has moved. Re-verification may be required."],
            ["W09", "Printer error", "Ticket printer out of paper or offline."],
            ["W11", "PC link lost", "No data link to the ticket software for 30 s."],
            ["W12", "Supply low", "Indicator supply below 190 V. Weighing is blocked."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Zero drifts with the deck empty, worse after rain",
                "Moisture in the junction box or a cell cable",
                "Dry the box, change the desiccant bag, check the insulation",
            ],
            [
                "Same truck weighs less when driven on from the other end",
                "Deck fouling at one end: stones in the gap or a check rod bumper touching",
                "Clean the gap; check the bumper clearance of 3 mm; do a section test",
            ],
            [
                "Weight jumps when the truck stands at one end",
                "One load cell faulty or its mount tilted",
                "Measure each cell at the junction box (section 4)",
            ],
            [
                "Weight never settles in wind",
                "Wind load on a high-sided empty trailer",
                "Wait for a calm moment; the WI-60 motion filter is set by Wegmora service",
            ],
            [
                "Indicator dark or W12",
                "Supply fault or surge protector tripped",
                "Check the supply and the surge protector; replace it after a lightning strike",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Daily checks and weighing a vehicle"),
    (
        "ol",
        [
            "Walk the deck ends and clear the gaps of stones, mud and ice along the full width.",
            "Check that the deck is empty and the WI-60 shows zero within ±10 kg; press ZERO if needed.",
            "Let the vehicle drive on at walking pace and stop with all axles on the deck.",
            "Ask the driver to release the brake pedal, leave the engine as it is and stay in the cab.",
            "Wait for the stable sign and check that no wheel stands on a ramp or outside the deck edge.",
            "Record the weight or print the ticket.",
            "Let the vehicle drive off and check that the indicator returns to zero.",
        ],
    ),
    ("h", "8. Replacing a load cell"),
    (
        "ol",
        [
            "Close the weighbridge to traffic and inform the site that trade weighing is suspended.",
            "Disconnect the faulty cell's cable in the junction box and note its terminal positions.",
            "Place the hydraulic jack (at least 30 t for the WG-18, 40 t for the WG-21) at the jacking point next to "
            "the cell.",
            "Raise the deck corner by no more than 15 mm, just enough to unload the cell, and set the jacking "
            "stand under the deck.",
            "Remove the top cap, lift out the cell and clean the bearing cups.",
            "Grease the bearing cups lightly and stand the new cell upright in them with its cable facing the "
            "junction box.",
            "Refit the top cap, remove the stand and lower the deck slowly onto the cell.",
            "Connect the cable in the junction box at the same terminals and refit the desiccant bag.",
            "Check the zero and do a section test (section 4).",
            "Call Wegmora service for the corner adjustment and calibration, and have the weighbridge re-verified "
            "before it is used for trade again.",
        ],
    ),
    ("h", "9. Cleaning under the deck"),
    (
        "ol",
        [
            "Close the weighbridge to traffic and switch the lights to red.",
            "Remove the end cover plates at both ends of the deck.",
            "Wash the debris from under the deck towards the ends with a low pressure hose; never point the jet at a "
            "load cell or the junction box.",
            "Remove the debris with a rake or a suction unit.",
            "Check the load cell mounts and the check rod bumpers while the covers are off.",
            "Refit the covers, check the zero and open the weighbridge.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clear the deck gaps; check the zero"],
            ["Weekly", "Clean under the deck ends (section 9) in winter and on dirty sites"],
            ["Monthly", "Check the desiccant in the junction box: replace the bag when it has turned pink"],
            ["6 months", "Section test; check the check rod bumpers for 3 mm clearance"],
            ["12 months", "Check the cell mounts for corrosion and the cables for damage; earthing check by the site"],
            ["As set by the local rules", "Re-verification by the verification body"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "WG-18", "WG-21"],
            ["Compression load cell", "WGM-LC-30", "WGM-LC-40"],
            ["Load cell mount kit (cups and top cap)", "WGM-MK-30", "WGM-MK-40"],
            ["Junction box, 8 cells, with surge protection", "WGM-JB-8", "WGM-JB-8"],
            ["Desiccant bags, pack of 10", "WGM-DB-10", "WGM-DB-10"],
            ["WI-60 weight indicator", "WGM-WI-60", "WGM-WI-60"],
            ["Check rod bumper", "WGM-CB-01", "WGM-CB-01"],
            ["Surge protector for the indicator supply", "WGM-SP-230", "WGM-SP-230"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Zephrane BPS ballistic separators
ZEPHRANE = [
    ("title", "Zephrane BPS Ballistic Separators\nOperating and Maintenance Instructions - BPS-6 and BPS-8"),
    (
        "p",
        "Document ZPH-OM-BPS-04, Edition 2, October 2024. Zephrane Sorting Machines. The BPS-6 and BPS-8 split mixed "
        "dry recyclables into three fractions on an inclined deck of perforated paddles. Two crankshafts move the "
        "paddles in a circular path, neighbouring paddles half a turn apart. Flat and flexible items (paper, card, "
        "film) are carried up to the upper end (2D fraction); rolling and heavy items (bottles, cans, stones) roll "
        "down to the lower end (3D fraction); small items and grit fall through the holes (fines). The BPS-6 has six "
        "paddles, the BPS-8 eight; apart from the number and length of the paddles, the drive, the inclination "
        "adjustment and the values given for each model, they are built alike. The feed and discharge conveyors, "
        "the sorting equipment after the separator and the fire detection are not covered here. Crankshaft "
        "replacement and balancing are done by Zephrane service.",
    ),
    (
        "warn",
        "WARNING: The paddles move with great force and close the gaps between them twice per turn. Never stand on "
        "the deck, reach between paddles or clear a blockage unless the drive is locked off and the crankshafts have "
        "stopped. The run-down time after a stop is up to 40 s.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BPS-6", "BPS-8"],
            ["Number of paddles", "6", "8"],
            ["Paddle width", "400 mm", "400 mm"],
            ["Deck width", "2400 mm", "3200 mm"],
            ["Paddle length", "5500 mm", "6000 mm"],
            ["Screening area", "13.2 m²", "19.2 m²"],
            ["Paddle screen holes, standard (options)", "45 mm (30, 60 mm)", "45 mm (30, 60, 80 mm)"],
            ["Deck inclination, adjustable (factory setting)", "10-25° (18°)", "10-25° (18°)"],
            ["Inclination adjustment", "two screw jacks, hand crank", "two hydraulic cylinders, hand pump"],
            ["Crankshaft speed range set in the VFD", "160-225 rpm", "150-210 rpm"],
            ["Crank radius / paddle stroke", "60 mm / 120 mm", "70 mm / 140 mm"],
            ["Drive motor 400 V 50 Hz", "11 kW, 21.5 A", "15 kW, 28.5 A"],
            ["V-belts", "3 x SPB 2120", "4 x SPB 2360"],
            ["Crankshaft bearings (four), spherical roller", "22220", "22224"],
            ["Grease per bearing every 160 h, lithium EP2", "20 g", "30 g"],
            ["Throughput, dry mixed recyclables pre-screened to 50-350 mm", "up to 10 t/h", "up to 16 t/h"],
            ["Mass", "7.8 t", "10.4 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The throughputs hold only for dry mixed recyclables of 50-350 mm with a moisture content below 20 %, at the "
        "factory inclination and a crankshaft speed of 200 rpm (BPS-6) or 185 rpm (BPS-8). Wet material sticks to "
        "the paddles and travels with the 2D fraction.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the drive at the main isolator and wait until the crankshafts have stopped before opening an "
            "inspection door (interlocked, code 108).",
            "Before climbing onto the deck, set all paddles level with the hand turning tool, so that no paddle can "
            "move down under your weight, and wear a harness at inclinations above 15°.",
            "Keep the area below the 3D discharge clear: bottles and stones can bounce off the chute.",
            "On the BPS-8, lower the deck onto its mechanical end stops before working under it; the hydraulic "
            "cylinders alone must not hold the deck during work.",
            "Wear hearing protection near the running machine (about 84 dB(A) at 1 m).",
        ],
    ),
    ("h", "3. Separation settings"),
    (
        "cols",
        [
            ("h", "Inclination"),
            (
                "p",
                "The inclination is the main setting. A steeper deck sends more items down to the 3D fraction: the 2D "
                "fraction gets cleaner, but more flat items are lost to the 3D fraction. Change the inclination in "
                "steps of 2° and run at least 15 min before judging the fractions.",
            ),
            ("h", "Crankshaft speed"),
            (
                "p",
                "A higher speed carries flat material up faster and throws rolling items further down. The peak "
                "paddle acceleration is a = r x (2 x pi x n / 60)², with r the crank radius in metres and n the speed "
                "in rpm. It must stay below 3.5 g (34.3 m/s²); this is why the VFD is limited to 225 rpm (BPS-6) "
                "and 210 rpm (BPS-8). Never raise these limits: the crankshaft balance weights are sized for them.",
            ),
            ("h", "Feed"),
            (
                "p",
                "Feed evenly over the full deck width onto the middle third of the paddle length. The layer on the "
                "deck must be no more than 300 mm deep. Items longer than 1 m (strapping, hoses, timber) must be "
                "removed before the separator.",
            ),
            ("h", "Bearings"),
            (
                "p",
                "Crankshaft bearing temperature normally below 70 °C. Alarm (105) above 85 °C, stop (106) above "
                "95 °C. A bearing more than 15 °C warmer than the others on the same shaft needs checking even below "
                "the alarm.",
            ),
            ("h", "Belts"),
            (
                "p",
                "Belt tension is checked with a test force of 75 N per belt at the middle of the span. The deflection "
                "must be 16 mm per 1000 mm of span: the BPS-6 span is 850 mm (deflection 14 mm), the BPS-8 span "
                "1050 mm (deflection 17 mm).",
            ),
            ("h", "Paddle bolts"),
            (
                "p",
                "The paddles are bolted to the crank eyes with M20 10.9 bolts, tightened to 260 Nm. Check them after "
                "the first 100 h and then every 500 h.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["101", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["102", "VFD fault", "Read the fault number on the VFD panel. Overcurrent usually means a blocked deck."],
            ["103", "Motor overtemperature", "Motor PTC tripped. Check the motor fan and the load."],
            [
                "104",
                "Speed deviation",
                "Crankshaft speed below 90 % of the set speed for 10 s: belts slipping or worn.",
            ],
            ["105", "Bearing temperature high", "A crankshaft bearing above 85 °C. Check its grease."],
            ["106", "Bearing temperature stop", "A crankshaft bearing above 95 °C. The machine stops."],
            [
                "107",
                "Frame vibration high",
                "Vibration on the frame above 12 mm/s: a paddle jammed, material stuck between paddles or a broken "
                "rubber buffer.",
            ],
            ["108", "Inspection door open", "A door interlock is open."],
            ["110", "Downstream conveyor stopped", "A discharge conveyor has stopped; the feed stops too."],
            ["111", "Lubrication due", "160 h since the last greasing reset."],
            [
                "112",
                "Inclination changed (BPS-8 only)",
                "The hydraulic pressure switch has seen the deck move. Check and confirm the angle on the panel.",
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
                "Bottles and cans end up in the 2D fraction",
                "Inclination too low or speed too high",
                "Raise the inclination by 2°",
            ],
            [
                "Paper and card end up in the 3D fraction",
                "Inclination too steep, or the deck overloaded",
                "Lower the inclination by 2°; reduce the feed",
            ],
            [
                "Large pieces in the fines",
                "Screen plate torn or holes worn",
                "Replace the screen plate (section 7)",
            ],
            [
                "Heavy knock once per turn",
                "Loose paddle bolts or a worn crank eye bush",
                "Check the paddle bolts (260 Nm); check the bushes",
            ],
            [
                "Belts squeal at start, code 104",
                "Belt tension too low or belts worn",
                "Tension or replace the belts (section 8)",
            ],
            [
                "Material builds up between the paddles",
                "Wet or sticky feed",
                "Stop, lock off and clean; check the feed moisture",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the inclination"),
    (
        "ol",
        [
            "Run the deck empty and stop the drive; the inclination is changed with the drive stopped.",
            "Read the present angle on the inclinometer on the frame.",
            "BPS-6: turn both screw jacks with the hand crank, the same number of turns each side; one turn is "
            "about 0.5°.",
            "BPS-8: close the lowering valve, pump the hand pump until the inclinometer shows the new angle, then "
            "close the two cylinder lock valves.",
            "Check that both sides of the deck are at the same angle within 0.5°.",
            "BPS-8: confirm the new angle on the panel to clear code 112.",
            "Restart and run at least 15 min before judging the fractions.",
        ],
    ),
    ("h", "7. Replacing a paddle screen plate"),
    (
        "ol",
        [
            "Stop, lock off the main isolator and wait for the crankshafts to stop.",
            "Turn the crankshafts with the hand turning tool until the paddle is at its highest point.",
            "Remove the side wear strips of the paddle.",
            "Remove the countersunk screws M12 holding the screen plate; plates are in sections of about 1.5 m.",
            "Lift out the plate section and clean the paddle frame.",
            "Fit the new plate section with the hole rows across the paddle.",
            "Fit new countersunk screws with thread locker, tightened to 80 Nm.",
            "Refit the side wear strips, remove the turning tool and run the machine empty for 5 min.",
        ],
    ),
    ("h", "8. Tensioning the V-belts"),
    (
        "ol",
        [
            "Stop, lock off and remove the belt guard.",
            "Loosen the four motor base bolts.",
            "Turn the tensioning screw until a test force of 75 N at the middle of the span gives a deflection of "
            "14 mm (BPS-6) or 17 mm (BPS-8).",
            "Check the pulley alignment with a straight edge: within 1 mm.",
            "Tighten the motor base bolts and refit the guard.",
            "Run for 30 min and check the tension again. New belts are checked again after 4 h and 24 h.",
            "Always replace the whole set of belts, never a single belt.",
        ],
    ),
    ("h", "9. Greasing the crankshaft bearings"),
    (
        "ol",
        [
            "Grease every 160 h (code 111), with the machine running empty if the grease points can be reached from "
            "outside the guards; otherwise stop and lock off.",
            "Wipe the grease nipples clean.",
            "Press in 20 g (BPS-6) or 30 g (BPS-8) of lithium EP2 grease per bearing; a grease gun stroke is about "
            "1.5 g.",
            "Do not overgrease: the bearing temperature rises for a few hours after greasing and then falls back.",
            "Reset code 111 on the panel.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean blinded holes; remove wrapping from the crankshafts; check for loose wear strips"],
            ["160 h (code 111)", "Grease the four crankshaft bearings (section 9)"],
            ["First 100 h, then every 500 h", "Check the paddle bolts M20 at 260 Nm; check the belt tension"],
            ["2000 h", "Check the crank eye bushes and the rubber buffers for play and cracks"],
            ["4000 h or 2 years, whichever comes first", "Replace the V-belt set"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BPS-6", "BPS-8"],
            ["Screen plate section, 45 mm holes", "ZPH-SP-45-55", "ZPH-SP-45-60"],
            ["Crank eye bush", "ZPH-CB-220", "ZPH-CB-224"],
            ["V-belt set", "ZPH-VB-3", "ZPH-VB-4"],
            ["Crankshaft bearing", "ZPH-BR-220", "ZPH-BR-224"],
            ["Rubber buffer", "ZPH-RB-01", "ZPH-RB-01"],
            ["Speed sensor", "ZPH-SS-01", "ZPH-SS-01"],
            ["Side wear strip", "ZPH-WS-55", "ZPH-WS-60"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rotavenn-tr-trommel-screen.pdf", "Rotavenn RTV-OM-TR-11 Ed 3 - TR-18 / TR-22", ROTAVENN),
        ("scorlith-ax-bottom-ash-extractor.pdf", "Scorlith SCL-OM-AX14-02 Ed 2 - AX-14", SCORLITH),
        ("wegmora-wg-weighbridge.pdf", "Wegmora WGM-IM-WG-07 Ed 1 - WG-18 / WG-21", WEGMORA),
        ("zephrane-bps-ballistic-separator.pdf", "Zephrane ZPH-OM-BPS-04 Ed 2 - BPS-6 / BPS-8", ZEPHRANE),
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
