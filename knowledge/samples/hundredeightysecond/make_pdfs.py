"""Generate the PDF manuals of the hundred-and-eighty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set182-scratch/venv && /tmp/set182-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set182-scratch/venv/bin/python knowledge/samples/hundredeightysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, diameter sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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




# ---------------------------------------------------------------- Aurenza AVC vacuum pressure casting machines
AURENZA = [
    ("title", "Aurenza AVC Vacuum Pressure Casting Machines\nOperating and Maintenance Manual - AVC-10 and AVC-20"),
    (
        "p",
        "Document AUR-OM-AVC-04, Edition 3, March 2025. Aurenza Casting Systems. The AVC-10 and AVC-20 are "
        "induction-heated vacuum pressure casting machines for the lost-wax casting of gold, silver, copper and "
        "bronze alloys. The metal is melted in a graphite crucible under argon; the flask sits in the evacuated "
        "lower chamber. When the stopper rod lifts, the metal runs into the flask and argon pressure pushes it into "
        "the finest details. Apart from the capacity, the generator, the flask size and the cooling, the two models "
        "are built alike. Flask preparation and burnout are not covered here: follow the "
        "investment maker's data sheet and the manual of your burnout furnace.",
    ),
    (
        "warn",
        "WARNING: Molten metal at up to 1500 °C. Wear a face shield, heat-resistant gloves and closed shoes when "
        "opening the chambers. Persons with a pacemaker or another active implant must stay at least 1 m away from "
        "the machine while the generator is on. Argon displaces air: use the machine only in a ventilated room.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AVC-10", "AVC-20"],
            ["Crucible volume, usable (to the fill mark)", "65 cm³", "130 cm³"],
            ["Charge, gold alloy 750 yellow (15.5 g/cm³)", "1.0 kg", "2.0 kg"],
            ["Charge, silver 925 (10.4 g/cm³)", "0.65 kg", "1.35 kg"],
            ["Highest melt temperature setpoint", "1400 °C", "1500 °C"],
            ["Induction generator power", "3.5 kW", "8 kW"],
            ["Melting time, full charge of gold 750 from cold", "about 3 min", "about 4 min"],
            ["Largest flask (diameter x height)", "Ø 100 x 200 mm", "Ø 130 x 250 mm"],
            ["Vacuum pump, rotary vane", "8 m³/h", "16 m³/h"],
            ["Overpressure in the melting chamber, settable", "0.5-3.0 bar", "0.5-4.0 bar"],
            ["Argon supply at the machine inlet", "5-6 bar", "5-6 bar"],
            ["Argon used per cast, typical", "about 20 L", "about 35 L"],
            [
                "Cooling",
                "built-in closed circuit, 6 L",
                "site cooling water, at least 2.5 L/min, 15-25 °C, 2-4 bar",
            ],
            ["Supply", "230 V 1~ 50 Hz, 16 A", "400 V 3N~ 50 Hz, 16 A"],
            ["Thermocouple", "type S, in the stopper rod", "type S, in the stopper rod"],
            ["Mass", "95 kg", "185 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The charges above hold for the two alloys named. For any other alloy the largest charge follows from the "
        "crucible volume: largest charge (g) = usable crucible volume (cm³) x density of the alloy (g/cm³). "
        "Example: bronze of 8.8 g/cm³ in the AVC-20: 130 x 8.8 = 1144 g, so charge no more than 1.1 kg. Never fill "
        "the crucible above the fill mark, 10 mm below its rim.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Charge only clean, dry metal. Damp metal or scrap with investment on it spatters and causes porosity. "
            "Used metal (sprues, buttons) may make up no more than 50 % of a charge, and only after pickling and "
            "drying.",
            "Platinum, palladium and steel must not be melted on either model; the graphite crucible and the type S "
            "thermocouple are not made for them.",
            "Never open the melting chamber while the generator is on. The lid stays locked while the crucible is "
            "above 200 °C.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Casting temperature"),
            (
                "p",
                "Set the melt temperature to the liquidus of the alloy plus a superheat of 50 to 100 °C; thin and "
                "filigree pieces need the upper end, heavy pieces the lower end. The liquidus is given on the alloy "
                "supplier's data sheet; this manual does not list alloys. The setpoint cannot be set above 1400 °C "
                "(AVC-10) or 1500 °C (AVC-20).",
            ),
            ("h", "Overtemperature"),
            (
                "p",
                "If the measured temperature rises more than 60 °C above the setpoint the generator switches off "
                "(F03). Select the power stage LOW for charges of less than a quarter of the crucible.",
            ),
            ("h", "Argon purge"),
            (
                "p",
                "Before melting, the machine purges the melting chamber three times (vacuum, then argon). Do not set "
                "fewer than three purges for gold and silver alloys; raise the setting PURGE to five for alloys with "
                "more than 10 % zinc.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "The flask chamber must reach -0.90 bar within 20 s of closing the lid; otherwise the cycle stops "
                "with F05. During casting the vacuum is held for the time VAC HOLD, default 60 s, settable 10-300 s.",
            ),
            ("h", "Overpressure"),
            (
                "p",
                "The pressure is applied after the delay PRESS DELAY, default 1.0 s, settable 0.2-5.0 s. For heavy "
                "pieces a delay of 0.5 s or less is recommended. The set pressure must be reached within 3 s (F11). "
                "Use 1.5-2.0 bar for silver and up to the maximum for thin gold pieces.",
            ),
            ("h", "Duty"),
            (
                "p",
                "No more than 8 casts per hour with a full charge on the AVC-10 and no more than 6 per hour on the "
                "AVC-20. Above this the generator heat sink reaches its limit and F08 is shown.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "AVC-20: above 45 °C at the water outlet, or with less than 2.5 L/min flow, the generator stops "
                "(F07). AVC-10: the built-in circuit holds 6 L of distilled water with 20 % of Aurenza ACX-1 "
                "anti-corrosion additive; its fan cooler needs at least 100 mm of free space at the rear.",
            ),
            ("h", "Crucible life"),
            (
                "p",
                "A graphite crucible lasts about 60-80 casts with gold alloys and about 40-50 casts with silver, "
                "copper and bronze alloys. Replace it sooner when the wall is worn to 3 mm or a crack shows, "
                "whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "F02",
                "Argon pressure low",
                "Below 4 bar at the inlet. Check the cylinder contents and the regulator; set 5-6 bar.",
            ],
            [
                "F03",
                "Overtemperature",
                "More than 60 °C above the setpoint. Let the melt cool; use power stage LOW for small charges.",
            ],
            [
                "F04",
                "Thermocouple open",
                "Thermocouple broken or its plug loose. Check the plug; replace the thermocouple (section 8).",
            ],
            [
                "F05",
                "Vacuum not reached",
                "Not -0.90 bar within 20 s: flask gasket worn or dirty, flask not seated squarely, lid seal cut, "
                "or vacuum pump oil worn out.",
            ],
            ["F06", "Lid not locked", "A lid open or its lock not engaged. Close the lid fully."],
            [
                "F07",
                "Cooling",
                "AVC-20: flow below 2.5 L/min or outlet above 45 °C. AVC-10: coolant level low or cooler fan "
                "stopped.",
            ],
            [
                "F08",
                "Generator",
                "Heat sink too hot or no load: crucible missing or cracked, too many casts per hour. Wait 15 min; if "
                "it returns, call Aurenza service.",
            ],
            ["F10", "Stopper rod", "Rod did not lift within 2 s: metal frozen around the rod or drive jammed."],
            [
                "F11",
                "Overpressure not reached",
                "Set pressure not reached within 3 s: lid seal leaking or argon supply too low.",
            ],
            ["F12", "Service due", "500 casts or 12 months since the last service. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Shrinkage porosity next to the sprue",
                "Casting temperature too low, flask too cold, or pressure delay too long",
                "Raise the melt temperature by 20 °C; shorten PRESS DELAY; check the flask temperature",
            ],
            [
                "Gas porosity spread through the whole casting",
                "Purges reduced, damp crucible, or too much used metal in the charge",
                "Run at least three purges; dry the crucible (programme DRY); use no more than 50 % used metal",
            ],
            [
                "Thin parts not filled",
                "Vacuum weak or overpressure too low",
                "Check that the gauge reaches -0.90 bar; raise the overpressure",
            ],
            [
                "Metal in the flask before the rod lifts",
                "Stopper tip or crucible seat worn",
                "Replace the stopper rod and the crucible (section 7)",
            ],
            [
                "Dark oxide skin on the castings",
                "Argon pressure too low or lid seal leaking",
                "Check the argon pressure and the lid seal",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Casting a flask"),
    (
        "ol",
        [
            "Switch on the machine and open the argon supply; on the AVC-20 open the cooling water and check the "
            "flow on the display (at least 2.5 L/min).",
            "Select the programme.",
            "Open the melting chamber and put the charge into the crucible, no higher than the fill mark.",
            "Close the lid and press MELT. The machine purges and starts heating.",
            "Take the flask out of the burnout furnace and set it into the flask chamber, sprue opening up, on the "
            "silicone flask gasket. This must take no more than 30 s.",
            "Close the flask chamber lid. The vacuum starts at once.",
            "When VAC OK shows, press CAST. The stopper rod lifts and the metal runs into the flask.",
            "When END shows, open the flask chamber and take the flask out with the tongs.",
            "Let the flask stand for the time the investment data sheet gives before quenching. Devesting is "
            "described in the manual of the devesting equipment.",
        ],
    ),
    ("h", "7. Replacing the crucible and the stopper rod"),
    (
        "ol",
        [
            "Let the machine cool until the display shows a crucible temperature below 50 °C, then switch off at the "
            "main switch.",
            "Open the melting chamber and unplug the thermocouple connector from the stopper rod.",
            "Unscrew the stopper rod from the lifting arm by hand (left-hand thread).",
            "Lift the crucible out with the crucible tongs together with the ceramic insulating sleeve.",
            "Check the sleeve; replace it if a crack is longer than 20 mm.",
            "Fit the new crucible AUR-CR-10 (AVC-10) or AUR-CR-20 (AVC-20) into the sleeve and set both into the "
            "coil, centred.",
            "Screw in the new stopper rod AUR-SR-10 or AUR-SR-20 and lower it onto its seat with the button ROD "
            "DOWN.",
            "Plug in the thermocouple and close the lid.",
            "Dry the new crucible with the programme DRY: 300 °C for 30 min, crucible empty.",
            "Reset the crucible counter under SERVICE > CRUCIBLE.",
        ],
    ),
    ("h", "8. Checking the thermocouple"),
    (
        "p",
        "Check the thermocouple every month with the reference thermocouple AUR-RT-1, at 1000 °C with an empty "
        "crucible.",
    ),
    (
        "ol",
        [
            "Insert the reference thermocouple through the inspection port until its tip touches the crucible "
            "bottom next to the stopper rod.",
            "Run the programme CHECK: the crucible is held at 1000 °C for 5 min.",
            "If they differ by no more than ±10 °C, note the result in the log. If they differ by more, replace the "
            "thermocouple AUR-TC-S and repeat the check.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the flask chamber and the flask gasket; check the lid seals for cuts"],
            ["Every 50 casts", "Check the stopper tip and the crucible seat for wear"],
            ["Crucible life reached (section 3)", "Replace the crucible and the stopper rod (section 7)"],
            ["Monthly", "Check the thermocouple (section 8); check the argon hoses for leaks"],
            [
                "500 h of vacuum pump running or 6 months, whichever comes first",
                "Change the vacuum pump oil (1.0 L, AUR-VPO-1)",
            ],
            [
                "12 months",
                "AVC-10: renew the coolant (6 L distilled water with 20 % ACX-1). Both: Aurenza service (F12) with "
                "generator check and coil insulation test",
            ],
        ],
        (70, 100),
    ),
    (
        "p",
        "The induction coil and the generator have no user-serviceable parts: coil replacement, generator repairs "
        "and the insulation test are done by Aurenza service only. The argon supply, its regulator and the cylinder "
        "store are the site's responsibility, and so is the cooling water of the AVC-20.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "AVC-10", "AVC-20"],
            ["Graphite crucible", "AUR-CR-10", "AUR-CR-20"],
            ["Stopper rod with thermocouple sheath", "AUR-SR-10", "AUR-SR-20"],
            ["Thermocouple type S", "AUR-TC-S", "AUR-TC-S"],
            ["Ceramic insulating sleeve", "AUR-IS-10", "AUR-IS-20"],
            ["Silicone flask gasket", "AUR-FG-100", "AUR-FG-130"],
            ["Lid seal set", "AUR-LS-10", "AUR-LS-20"],
            ["Vacuum pump oil, 1 L", "AUR-VPO-1", "AUR-VPO-1"],
            ["Anti-corrosion additive, 2 L", "ACX-1", "-"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Anellari AC automatic chain making machines
ANELLARI = [
    ("title", "Anellari AC Automatic Chain Making Machines\nOperation and Maintenance Manual - AC-08 and AC-16"),
    (
        "p",
        "Document ANL-MU-AC-02, Edition 2, June 2024. Anellari Chain Machinery. The AC-08 and AC-16 are cam-driven "
        "automatic machines that make cable (rolo), curb and figaro chain from round wire of precious and base "
        "metal alloys. The wire is straightened, fed by a pair of rollers, cut to length by the shear knife, bent "
        "around the mandrel and closed through the previous link. The chain leaves the machine unsoldered; "
        "soldering, annealing and diamond cutting of the chain are done on other equipment and are described in "
        "its own manuals. The AC-08 is for fine chain and the AC-16 for heavier chain; apart from the ranges, the "
        "drive and the items named in this manual, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: The cams, the feed rollers and the closing hooks move fast and without warning while the machine "
        "is on. Work on the tooling only with the main switch off and locked. Do not wear gloves, loose sleeves or "
        "rings near the feed rollers: they can pull in a hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AC-08", "AC-16"],
            ["Wire diameter, gold and silver alloys, annealed", "0.25-0.80 mm", "0.60-1.60 mm"],
            ["Wire diameter, brass and bronze, annealed", "0.25-0.60 mm", "0.60-1.20 mm"],
            ["Link types", "cable, curb", "cable, curb, figaro"],
            ["Inside length of link", "1.2-6.0 mm", "3.0-12.0 mm"],
            ["Highest speed, cable chain", "300 links/min", "160 links/min"],
            ["Highest speed, curb chain (twist unit on)", "200 links/min", "110 links/min"],
            ["Feed length accuracy", "±0.02 mm", "±0.03 mm"],
            ["Main motor", "0.37 kW", "0.75 kW"],
            ["Supply", "230 V 1~ 50 Hz, 6 A", "400 V 3~ 50 Hz, 6 A"],
            ["Largest wire spool", "2 kg", "5 kg"],
            ["Cam box oil, Anellari MO-10 (ISO VG 10)", "0.8 L", "1.5 L"],
            ["Noise at the operator position", "78 dB(A)", "82 dB(A)"],
            ["Mass", "140 kg", "260 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The highest speeds hold only for annealed wire of no more than 90 HV and for links with an inside length "
        "of at least three wire diameters. For harder wire or shorter links reduce the speed (section 3). Figaro "
        "chain on the AC-16 needs the pattern cam set ANL-PC-16; it cannot be made on the AC-08.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Close all guards before starting. Opening a guard stops the machine (A02); never bridge the guard "
            "switches.",
            "Cut wire ends are sharp. Hold the wire by the spool, not by its end, when threading.",
            "Switch off and lock the main switch before changing tools or clearing a jam.",
            "Keep the floor around the machine free of oil and cut-offs. Collect precious metal cut-offs in the "
            "scrap tray and hand them to the site's metal store.",
            "Move the machine only with a pallet truck under the base; never lift it by the cam cover.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Wire"),
            (
                "p",
                "Use annealed wire with a hardness of no more than 90 HV for gold and silver alloys and no more than "
                "110 HV for brass and bronze. Harder wire cracks at the bending hooks and stops the machine with "
                "A03. Wire annealing is done in the site's annealing furnace and is not covered here.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Start every new set-up at no more than 50 % of the highest speed for the first 200 links, then raise "
                "it step by step while watching the link closure. For gold or silver wire between 90 and 110 HV run "
                "no faster than 60 % of the highest speed.",
            ),
            ("h", "Feed length"),
            (
                "p",
                "The wire needed for one round cable link is: feed length (mm) = 3.1416 x (inside diameter + wire "
                "diameter) (mm). Example: a link of 2.0 mm inside diameter from 0.5 mm wire needs 3.1416 x 2.5 = "
                "7.85 mm, set as 7.85 on the feed dial. For oval, curb and figaro links start from the value on the "
                "tool set card and correct it in steps of 0.05 mm.",
            ),
            ("h", "Chain weight"),
            (
                "p",
                "Weight (g/m) = links per metre x feed length (mm) x wire cross-section (mm²) x density (g/cm³) / "
                "1000, with links per metre = 1000 / inside diameter (mm) for cable chain. Example: the link above "
                "in gold 750 (15.5 g/cm³): 500 links per metre x 7.85 mm = 3925 mm of wire, x 0.196 mm² = 770 mm³, "
                "x 15.5 / 1000 = 11.9 g/m.",
            ),
            ("h", "Take-up tension"),
            (
                "p",
                "The take-up reel pulls the chain off with a tension of 0.3-0.8 N (AC-08) or 0.8-2.0 N (AC-16). Too "
                "much tension stretches the open links; too little lets the chain kink in the guide (A06).",
            ),
            ("h", "Lubrication"),
            (
                "p",
                "The cam box is splash-lubricated from the sump, and a pump feeds oil to the feed slide. Above 55 °C "
                "oil temperature, or with less than 1 bar at the feed slide, the machine stops (A07 or A11). Keep the "
                "level between the marks of the sight glass.",
            ),
            ("h", "Shear knife"),
            (
                "p",
                "Regrind the shear knife after about 500 000 links, or earlier when the burr at the cut end is "
                "higher than 0.03 mm, whichever comes first. A knife can be reground until it is 0.5 mm shorter than "
                "new; then replace it.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["A02", "Guard open", "A guard opened while running. Close it and press RESET."],
            [
                "A03",
                "Wire break",
                "Wire ran out, broke in the straightener or cracked at the hooks (too hard). Re-thread (section 6).",
            ],
            [
                "A04",
                "Feed slip",
                "The feed rollers slip: rollers dirty or worn, or roller pressure too low.",
            ],
            [
                "A05",
                "Link missing",
                "The link sensor missed a link: link not closed or dropped. Check the closing hooks.",
            ],
            ["A06", "Take-up", "Chain tension out of range or chain kinked in the guide."],
            ["A07", "Oil temperature", "Above 55 °C. Check the oil level; let the machine cool."],
            [
                "A09",
                "Motor overload",
                "Main motor overloaded: wire too hard or too thick for the tool set, or a jam.",
            ],
            ["A10", "Length reached", "Preset chain length or link count reached. Not a fault."],
            ["A11", "Oil pressure", "Below 1 bar at the feed slide: oil level low or oil filter blocked."],
            ["A12", "Service due", "2000 h since the last Anellari service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Open joints, a gap between the wire ends",
                "Closing hook worn or set too far back; mandrel worn",
                "Set the closing gap to 0.05 mm (section 7); replace the hook or the mandrel",
            ],
            [
                "Burrs at the joints scratch the skin",
                "Shear knife blunt or knife gap too large",
                "Regrind or replace the knife; set the knife gap to 0.01-0.02 mm",
            ],
            [
                "Link size varies along the chain",
                "Feed rollers dirty or worn, wire not straight",
                "Clean the rollers with alcohol; check the straightener rolls",
            ],
            [
                "Wire cracks on the outside of the bend",
                "Wire too hard or not annealed",
                "Check the hardness (section 3); anneal the wire",
            ],
            [
                "Chain twists or kinks after the machine",
                "Take-up tension too high or too low",
                "Set the take-up tension (section 3)",
            ],
            [
                "Regular knock once per turn of the cam shaft",
                "Cam follower worn or oil level low",
                "Check the oil level; have the cam followers checked",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Threading a new wire spool"),
    (
        "ol",
        [
            "Switch off at the main switch and open the spool guard.",
            "Put the spool on the holder so that the wire runs off from below; set the spool brake so that the "
            "spool stops within half a turn.",
            "Cut the wire end square and straighten the first 200 mm by hand.",
            "Pass the wire through the wire guide, the two straightener blocks and the feed tube up to the feed "
            "rollers.",
            "Open the feed rollers with the lever, push the wire 10 mm past them and close the lever.",
            "Close the guards and switch on. Select JOG and make five links slowly.",
            "Check the first links with the magnifier for closure and size, then select AUTO at no more than 50 % "
            "speed.",
            "Set the length counter to zero.",
        ],
    ),
    ("h", "7. Changing the tool set"),
    (
        "ol",
        [
            "Switch off and lock the main switch. Open the front guard.",
            "Cut the chain behind the last closed link and take the wire out of the feed rollers.",
            "Remove the mandrel (two M4 screws), the shear knife and the two closing hooks.",
            "Clean the tool seats with a brush and alcohol.",
            "Fit the tool set of the new link size: mandrel, knife and hooks. Tighten the M4 screws to 2.5 Nm.",
            "Set the knife gap to 0.01-0.02 mm with the feeler gauge.",
            "Turn the machine with the handwheel until the closing hooks are at their front position and set the "
            "closing gap to 0.05 mm.",
            "Set the feed length from the tool set card or with the formula in section 3.",
            "Thread the wire (section 6) and check the first ten links.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Check the oil level; blow out cut-offs with low-pressure air (no more than 2 bar); empty the scrap "
                "tray",
            ],
            ["Weekly", "Clean the feed rollers; grease the cam followers with grease G-2, two strokes each"],
            ["500 h", "Change the cam box oil (0.8 L AC-08, 1.5 L AC-16) and the oil filter ANL-OF-1"],
            ["2000 h or 12 months, whichever comes first", "Anellari service (A12): cam timing, followers, bearings"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The cam timing is set by Anellari service only; a machine whose timing has been changed by others is no "
        "longer covered by the warranty. Chain soldering, chain annealing and diamond cutting are left to their own "
        "equipment and manuals.",
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "AC-08", "AC-16"],
            ["Shear knife", "ANL-KN-08", "ANL-KN-16"],
            ["Feed roller pair", "ANL-FR-08", "ANL-FR-16"],
            ["Closing hook pair", "ANL-CH-08", "ANL-CH-16"],
            ["Oil filter", "ANL-OF-1", "ANL-OF-1"],
            ["Cam box oil MO-10, 1 L", "ANL-MO-10", "ANL-MO-10"],
            ["Pattern cam set, figaro", "-", "ANL-PC-16"],
            ["Mandrel set, per link size", "ANL-MS-08-xx", "ANL-MS-16-xx"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Karatrix KX XRF precious metal analysers
KARATRIX = [
    ("title", "Karatrix KX X-Ray Fluorescence Analysers for Precious Metals\nUser Manual - KX-200 and KX-300"),
    (
        "p",
        "Document KTX-UM-KX-05, Edition 1, October 2024. Karatrix Analytical. The KX-200 and KX-300 are bench-top "
        "energy-dispersive X-ray fluorescence (XRF) analysers for the non-destructive analysis of gold, silver, "
        "platinum and palladium alloys in jewellery workshops, at refiners' receiving desks and in retail. The "
        "KX-300 also measures coating thicknesses. The two models share the housing, the X-ray tube and the "
        "software; they differ in the detector, the collimators, the sample chamber and the items named in this "
        "manual. XRF measures the surface of an item only. The results screen the alloy; they do not replace fire "
        "assay by an assay office for hallmarking or for the settlement of refining lots, and this manual does not "
        "describe fire assay.",
    ),
    (
        "warn",
        "WARNING: The analyser contains an X-ray tube. Never defeat the lid interlock and never put fingers into "
        "the chamber while the X-RAY lamp is lit. Registering the analyser with the radiation authority and "
        "appointing a radiation protection officer are the owner's duties under national rules.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KX-200", "KX-300"],
            ["Detector", "proportional counter", "silicon drift detector (SDD), Peltier cooled"],
            ["Energy resolution at Mn K-alpha", "about 850 eV", "140 eV or better"],
            ["X-ray tube", "tungsten anode, 50 kV, 0.8 mA", "tungsten anode, 50 kV, 1.0 mA"],
            ["Collimator (measuring spot)", "Ø 1.0 mm, fixed", "Ø 0.3, 0.6, 1.0 and 2.0 mm, motor-selected"],
            ["Elements", "22 elements from titanium to bismuth", "38 elements from sulphur to uranium"],
            ["Repeatability, gold in gold alloys, 60 s (1 sigma)", "±0.15 % Au", "±0.05 % Au"],
            ["Default measuring time", "30 s", "20 s"],
            ["Coating thickness (Au, Rh on Ag, Cu, brass)", "-", "Au 0.05-8 µm, Rh 0.02-2 µm"],
            ["Sample chamber (W x D x H)", "250 x 200 x 60 mm", "320 x 280 x 100 mm, motorised stage"],
            ["Warm-up after switching on", "30 min", "10 min"],
            ["Dose rate at 10 cm from any surface", "below 1 µSv/h", "below 1 µSv/h"],
            ["Supply", "100-240 V, 50/60 Hz, 120 W", "100-240 V, 50/60 Hz, 150 W"],
            ["Ambient temperature in use", "15-30 °C", "15-30 °C"],
            ["Mass", "28 kg", "42 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The gold repeatability holds only for a flat, clean, polished area at least twice the collimator "
        "diameter across, in gold alloys of 375 to 999 fineness, within 4 h of a passed drift check. In silver "
        "alloys of 800 to 999 fineness the repeatability at 60 s is ±0.25 % Ag (KX-200) and ±0.10 % Ag (KX-300). "
        "Karatrix gives no repeatability figures for platinum and palladium alloys.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons instructed by the radiation protection officer may use the analyser.",
            "The X-ray tube is on only while the lid is closed and the yellow X-RAY lamp is lit. If the lamp stays "
            "lit with the lid open, switch off at the key switch and call Karatrix service.",
            "Do not measure liquids, loose powders or items hotter than 50 °C.",
            "Outside working hours the key of the key switch stays with the radiation protection officer.",
            "Do not remove the housing panels: the shielding must stay complete.",
        ],
    ),
    ("h", "3. Measuring conditions and limits"),
    (
        "cols",
        [
            ("h", "Size and shape of the item"),
            (
                "p",
                "The measured area must be flat and at least twice the collimator diameter across: 2 mm on the "
                "KX-200, 0.6 to 4 mm on the KX-300 depending on the collimator. Curved surfaces such as ring shanks "
                "read low in gold because part of the spot is out of focus; use the ring holder KTX-RH-1 and measure "
                "the flattest part.",
            ),
            ("h", "Surface"),
            (
                "p",
                "XRF sees the top few micrometres. Plated, rhodium-flashed or heavily polished items give the "
                "composition of the surface layer, not of the base alloy. Where the owner allows it, scrape a spot of "
                "about 3 mm to bare metal; otherwise report the result as surface only.",
            ),
            ("h", "Measuring time"),
            (
                "p",
                "The repeatability improves with the square root of the measuring time: s(t) = s(60) x square root "
                "of (60 / t). Example: KX-200 at 15 s: 0.15 x square root of 4 = ±0.30 % Au. Do not measure for less "
                "than 10 s.",
            ),
            ("h", "Drift check"),
            (
                "p",
                "Measure the reference standard RS-750 (75.00 % Au) at the start of every shift and again every 4 h. "
                "The result must lie within ±0.30 % Au of the certified value on the KX-200 and within ±0.10 % Au on "
                "the KX-300. If it does not, clean the window and the standard and repeat once; if it fails again, "
                "recalibrate (section 8).",
            ),
            ("h", "Count rate"),
            (
                "p",
                "If the dead time shown is above 50 % the result is not valid (E06): select a smaller collimator "
                "(KX-300) or lift the item with the 2 mm spacer (KX-200).",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Results hold only at 15-30 °C room temperature. A change of more than 3 °C since the last drift "
                "check calls for a new drift check.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["E01", "Lid open", "Lid opened during a measurement; the tube switched off. Close it and measure again."],
            [
                "E02",
                "High voltage",
                "Tube high voltage not reached or unstable. Switch off and on; if it returns, call Karatrix service.",
            ],
            [
                "E03",
                "Tube conditioning",
                "Tube unused for more than 30 days. Run the conditioning programme (20 min) before measuring.",
            ],
            [
                "E04",
                "Energy calibration",
                "Silver peak shifted by more than 50 eV. Run ENERGY CAL with the silver standard.",
            ],
            [
                "E05",
                "Detector temperature",
                "KX-300: SDD not at -25 °C within 5 min. Check that the rear fan is free; room too warm.",
            ],
            ["E06", "Dead time", "Dead time above 50 %. Smaller collimator or spacer (section 3)."],
            [
                "E08",
                "Focus",
                "Item more than 5 mm above or below the focus plane. Use the height table or the spacer.",
            ],
            ["E09", "Drift check failed", "Reference standard outside the limits. See section 3."],
            ["E10", "Shutter", "Shutter did not open or close within 1 s. Call Karatrix service."],
            ["E11", "Communication", "Connection to the PC lost. Check the USB cable; restart the software."],
            ["E12", "Ambient temperature", "Temperature inside the housing outside 15-30 °C."],
            ["E13", "Service due", "12 months since the last Karatrix service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Results of one item scatter widely",
                "Curved or small area, measuring time too short, dirty surface",
                "Flat spot, ring holder, measure for 60 s, clean with alcohol",
            ],
            [
                "Gold far too high on a cheap-looking item",
                "Gold plating over base metal or silver",
                "Scrape a spot to bare metal where allowed; report as surface only",
            ],
            [
                "Sum of elements far from 100 %",
                "Wrong application (gold, silver or platinum group)",
                "Choose the application of the alloy family and measure again",
            ],
            [
                "Results drift during the day",
                "Room temperature changed, drift check skipped",
                "Run the drift check; keep the room at a steady temperature",
            ],
            [
                "Zinc or cadmium shown in high-carat gold",
                "Solder in the measured spot",
                "Measure away from joints",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Daily start-up and drift check"),
    (
        "ol",
        [
            "Turn the key switch to ON and start the software KX-Lab.",
            "Wait for the warm-up: 30 min (KX-200) or 10 min (KX-300). E03 shows if the tube needs conditioning.",
            "Place the silver standard on the centre mark and run ENERGY CAL.",
            "Place the reference standard RS-750 on the centre mark, polished side down, and run DRIFT CHECK (60 s).",
            "Check that the result is within the limit of section 3; the software logs it.",
            "If it fails, clean the window film and the standard with alcohol and repeat once.",
            "Note the room temperature in the log.",
        ],
    ),
    ("h", "7. Measuring an item"),
    (
        "ol",
        [
            "Clean the item with alcohol and let it dry.",
            "Open the lid and place the item with its flattest area down over the measuring window. Use the ring "
            "holder for rings.",
            "Close the lid. Move the item in the camera image until the crosshair lies on a flat area clear of "
            "solder joints and stones.",
            "Select the application: Gold alloys, Silver alloys or Platinum group.",
            "Select the measuring time: 60 s for a value to be reported, the default for a quick check.",
            "Press START. The X-RAY lamp lights.",
            "Read the result. Check that the sum lies between 99.5 and 100.5 % and the dead time below 50 %.",
            "Save or print the report.",
        ],
    ),
    ("h", "8. Recalibration and window film"),
    (
        "p",
        "The user recalibration uses the calibration set KTX-CAL-G (five certified gold standards from 375 to 999) "
        "and takes about 40 min: run CALIBRATE > GOLD and follow the screen. Calibration for silver and platinum "
        "group alloys, and the yearly check of the tube and the shielding, are done by Karatrix service.",
    ),
    (
        "p",
        "Replace the window film when it is scratched, dirty or torn, and at least every month: lift the film "
        "frame, pull off the old film, stretch a new film KTX-WF-6 over the frame, trim it and press the frame back. "
        "Run a drift check after changing the film.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Start of every shift, then every 4 h", "Drift check with RS-750"],
            ["Weekly", "Clean the chamber with a soft brush; check the window film"],
            [
                "Monthly",
                "Replace the window film; dose rate check around the housing with a survey meter by the radiation "
                "protection officer",
            ],
            ["12 months", "Karatrix service (E13): tube, shutter, interlocks and shielding"],
            ["5 years", "Recertification of the reference standard RS-750 by Karatrix"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KX-200", "KX-300"],
            ["Window film, pack of 20", "KTX-WF-6", "KTX-WF-6"],
            ["Reference standard RS-750", "KTX-RS-750", "KTX-RS-750"],
            ["Silver standard for the energy calibration", "KTX-RS-AG", "KTX-RS-AG"],
            ["Ring holder", "KTX-RH-1", "KTX-RH-1"],
            ["Spacer 2 mm", "KTX-SP-2", "-"],
            ["Gold calibration set", "KTX-CAL-G", "KTX-CAL-G"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Brillmoor PX polishing lathes
BRILLMOOR = [
    ("title", "Brillmoor PX Polishing Lathes with Dust Collector\nOperating and Maintenance Manual - PX-1 and PX-2"),
    (
        "p",
        "Document BRM-OM-PX-03, Edition 4, February 2025. Brillmoor Workshop Equipment. The PX-1 and PX-2 are bench "
        "polishing lathes for jewellery with a built-in dust collector. The PX-1 has one tapered spindle, one "
        "workstation and two fixed speeds. The PX-2 has two tapered spindles (left and right), two workstations and "
        "a frequency inverter for stepless speed. On both, the dust drawn into the hoods is collected in a drawer "
        "and on cartridge filters, so that the precious metal in the polishing dust can be recovered by a refiner. "
        "The refining itself and the settlement with the refiner are not part of this manual.",
    ),
    (
        "warn",
        "WARNING: Never polish chains, bracelets or wire free-hand: fasten them on a chain board. A chain caught by "
        "a wheel pulls the hand in. Do not wear gloves, loose sleeves or a necktie at the lathe; tie back long hair. "
        "Wear safety glasses.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PX-1", "PX-2"],
            ["Spindles", "1, tapered, right-hand", "2, tapered, left-hand and right-hand"],
            ["Spindle motor", "0.55 kW", "1.1 kW"],
            ["Spindle speed", "1500 or 3000 rpm (two steps)", "600-3600 rpm, stepless (inverter)"],
            ["Largest wheel diameter", "150 mm", "200 mm"],
            ["Spindle stopping time after switching off", "within 10 s (brake)", "within 5 s (inverter braking)"],
            ["Extraction airflow, all hoods open", "600 m³/h", "1100 m³/h"],
            ["Filter cartridges, class M", "1 x 4 m²", "2 x 4 m²"],
            ["Filter differential with clean cartridges", "about 400 Pa", "about 400 Pa"],
            ["Dust drawer", "6 L", "10 L"],
            ["Noise at the workstation, idling", "68 dB(A)", "72 dB(A)"],
            ["Supply", "230 V 1~ 50 Hz, 10 A", "230 V 1~ 50 Hz, 16 A"],
            ["Mass", "48 kg", "85 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The airflow holds with clean cartridges and the hood flaps fully open. Keep the work within 150 mm of the "
        "hood opening; further away the hood no longer catches the dust.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Check every wheel before fitting it: no cracks, no loose stitching, and a marked maximum speed at least "
            "as high as the speed you will run.",
            "Work on the lower front quarter of the wheel, below the spindle centre line, so that the wheel runs "
            "away from you.",
            "Never grind steel or tools on the polishing lathe: sparks can set the dust in the filter on fire.",
            "Cotton lint and compound dust burn. Empty the drawer as set out in section 8 and do not let dust pile "
            "up in the hoods.",
            "Switch off and wait for the spindle to stop before changing a wheel.",
        ],
    ),
    ("h", "3. Speeds and limits"),
    (
        "cols",
        [
            ("h", "Wheel speed"),
            (
                "p",
                "The peripheral speed of a wheel is v (m/s) = 3.1416 x D (mm) x n (rpm) / 60 000. Felt wheels, hard "
                "wheels and brushes may run at no more than 30 m/s, cotton and sisal buffs at no more than 40 m/s, "
                "unless the wheel maker marks a lower value. The highest speed for a wheel is n = v x 60 000 / "
                "(3.1416 x D). Example: a 200 mm felt wheel may run at no more than 30 x 60 000 / (3.1416 x 200) = "
                "2865 rpm, so on the PX-2 set 2800 rpm or less.",
            ),
            ("h", "Speed steps of the PX-1"),
            (
                "p",
                "The PX-1 runs at 1500 or 3000 rpm. At 3000 rpm a 150 mm wheel runs at 23.6 m/s, within the limits "
                "of all wheels. Use 1500 rpm for brushes and for soft buffs with rouge.",
            ),
            ("h", "Filter differential"),
            (
                "p",
                "The gauge on the collector shows the pressure difference across the cartridges. Shake the "
                "cartridges (section 7) when it reads 1000 Pa or more. If it stays above 1200 Pa after shaking, "
                "replace the cartridges. Above 1500 Pa the message P02 shows and the airflow is no longer enough. "
                "Replace the cartridges at least every 12 months or after 1200 h of running, whichever comes first.",
            ),
            ("h", "Airflow monitor"),
            (
                "p",
                "A vane sensor in each hood checks the air speed at the opening. Below 3 m/s for 10 s the message "
                "P03 shows and the lamp of that station flashes. The spindle keeps running.",
            ),
            ("h", "Spindle threads"),
            (
                "p",
                "The right spindle has a right-hand thread and the left spindle of the PX-2 a left-hand thread, so "
                "that the wheel screws itself tighter as it runs. Never fit a wheel on the wrong side.",
            ),
            ("h", "Fire"),
            (
                "p",
                "The collector has no spark arrestor and no extinguishing system. Fire protection of the polishing "
                "room is the site's responsibility.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            [
                "P02",
                "Filter blocked",
                "Differential above 1500 Pa. Shake the cartridges; replace them if it stays above 1200 Pa.",
            ],
            [
                "P03",
                "Airflow low at a hood",
                "Air speed below 3 m/s: hood flap closed, duct blocked with lint, drawer open or filter blocked.",
            ],
            ["P04", "Fan overload", "Fan motor protection tripped. Check that the fan turns freely; let it cool 10 min."],
            ["P05", "Spindle overload", "Spindle motor overloaded: pressing too hard or wheel too large."],
            ["P06", "Drawer open", "Dust drawer not closed or not locked. The fan stops."],
            ["P08", "Inverter temperature", "PX-2: inverter too hot; vents at the back blocked."],
            [
                "P09",
                "Brake",
                "Spindle did not stop within 10 s (PX-1) or 5 s (PX-2). Do not use the lathe; call Brillmoor service.",
            ],
            ["P10", "Filter hours", "1200 h of running since the last cartridge change."],
            ["P11", "Speed sensor", "PX-2: speed feedback missing; speed limited to 1500 rpm."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wheel vibrates or chatters",
                "Wheel worn unevenly or not seated on the taper",
                "Dress the wheel with the wheel rake; screw it fully onto the taper",
            ],
            [
                "Black dust settles on the bench",
                "Work too far from the hood, hood flap closed, or filter blocked",
                "Work within 150 mm of the hood; open the flap; check the gauge",
            ],
            [
                "Compound smears and streaks on the piece",
                "Too much compound, or wheel loaded with old compound",
                "Apply compound briefly with the wheel running; rake the wheel",
            ],
            [
                "Piece snatched from the hand",
                "Working above the centre line",
                "Work on the lower front quarter of the wheel",
            ],
            [
                "Wheel comes loose in use",
                "Wheel on the spindle of the wrong hand",
                "Fit it on the spindle of the right hand (section 3)",
            ],
            [
                "Collector loud, airflow low with clean cartridges",
                "Fan impeller coated with compound",
                "Have the impeller cleaned by Brillmoor service",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Fitting a wheel"),
    (
        "ol",
        [
            "Switch off and wait for the spindle to stop.",
            "Check the wheel: maximum speed marked, no damage (section 2).",
            "Check the side: right-hand thread on the right spindle, left-hand thread on the left spindle.",
            "Push the centre hole of the wheel onto the tip of the taper and turn the wheel by hand in the direction "
            "of rotation until it sits firmly. A new felt wheel may need its hole pre-drilled to 6 mm.",
            "Set the hood so that the wheel is 10-15 mm from the hood edge.",
            "PX-2: set the speed for the wheel from section 3 before starting.",
            "Stand to one side and let the wheel run for 30 s before using it.",
        ],
    ),
    ("h", "7. Shaking the filter cartridges"),
    (
        "ol",
        [
            "Switch off the spindles. Leave the fan running for 1 min to clear the hoods, then switch it off.",
            "Wait 2 min for the dust to settle.",
            "Pull the shaker handle at the side of the collector ten times, sharply and all the way.",
            "Wait 5 min, then switch on the fan and read the gauge.",
            "If the gauge reads more than 1200 Pa, replace the cartridges (section 8).",
        ],
    ),
    ("h", "8. Replacing the cartridges and emptying the drawer"),
    (
        "ol",
        [
            "Switch off at the main switch. Put on an FFP2 dust mask and gloves.",
            "Pull the drawer out slowly, close its lid and lift it out.",
            "Tip the dust into a refining bag BRM-DB-25; close, label (date, machine) and weigh the bag.",
            "Open the filter door, loosen the cartridge clamp and lower the cartridge into a refining bag. Do not "
            "shake or brush the old cartridge: it goes to the refiner whole.",
            "Clean the filter chamber with the vacuum cleaner for precious metal dust, never with compressed air.",
            "Fit the new cartridge BRM-FC-1 (PX-1) or the two cartridges BRM-FC-2 (PX-2) gasket up and tighten the "
            "clamp by hand.",
            "Refit the drawer, close the door and switch on. The gauge should read about 400 Pa.",
            "Reset the filter hours under MENU > FILTER (P10 clears). Hand the bags to the site's metal store for "
            "the refiner.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty the drawer if it is more than two thirds full; wipe the hoods; check the wheels"],
            ["Weekly", "Empty the drawer; shake the cartridges; dress the wheels with the wheel rake"],
            ["Monthly", "Check the spindle stopping time; clean the inverter vents (PX-2)"],
            ["1200 h or 12 months, whichever comes first", "Replace the cartridges (section 8)"],
            ["2 years", "Brillmoor service: spindle bearings, brake, fan impeller"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Spindle bearings and the brake are replaced by Brillmoor service only. Polishing compounds are used as their "
        "maker's data sheets say.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PX-1", "PX-2"],
            ["Filter cartridge, class M, 4 m²", "BRM-FC-1", "BRM-FC-2 (two needed)"],
            ["Tapered spindle, right-hand", "BRM-TS-R12", "BRM-TS-R12"],
            ["Tapered spindle, left-hand", "-", "BRM-TS-L12"],
            ["Hood with flap", "BRM-HD-1", "BRM-HD-1"],
            ["Wheel rake", "BRM-WR", "BRM-WR"],
            ["Refining bags, pack of 25", "BRM-DB-25", "BRM-DB-25"],
            ["Vane sensor", "BRM-VS-1", "BRM-VS-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("aurenza-avc-vacuum-pressure-casting-machine.pdf", "Aurenza AUR-OM-AVC-04 Ed 3 - AVC-10 / AVC-20", AURENZA),
        ("anellari-ac-automatic-chain-making-machine.pdf", "Anellari ANL-MU-AC-02 Ed 2 - AC-08 / AC-16", ANELLARI),
        ("karatrix-kx-xrf-precious-metal-analyser.pdf", "Karatrix KTX-UM-KX-05 Ed 1 - KX-200 / KX-300", KARATRIX),
        ("brillmoor-px-polishing-lathe-with-dust-collector.pdf", "Brillmoor BRM-OM-PX-03 Ed 4 - PX-1 / PX-2", BRILLMOOR),
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
