"""Generate the PDF manuals of the hundred-and-eighty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set181-scratch/venv && /tmp/set181-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set181-scratch/venv/bin/python knowledge/samples/hundredeightyfirst/make_pdfs.py

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


# ---------------------------------------------------------------- Nutbrecht NG slat grooving and gluing machines
NUTBRECHT = [
    ("title", "Nutbrecht NG Slat Grooving and Gluing Machines\nOperating and Maintenance Manual - NG-8 and NG-12"),
    (
        "p",
        "Document NBT-OM-NG-03, Edition 3, March 2025. Nutbrecht Slat Systems. The NG-8 and NG-12 take cedar "
        "pencil slats from a stack magazine, plane the face, cut the lead grooves with one gang of groove cutters "
        "and apply a film of PVAc glue to the land between the grooves. The slats then leave the machine on the "
        "transfer belt to the lead laying unit, which lays the leads and closes the sandwich. The NG-8 cuts eight "
        "grooves per slat, the NG-12 twelve; apart from the slat width, the number of cutters, the drives and the "
        "values given for each model, the two machines are built alike. The lead laying unit and the sandwich "
        "press have their own manuals (NBT-OM-LL and NBT-OM-SP) and are not described here. The dust extraction "
        "system, the compressed air supply and the glue itself are the site's; follow the glue maker's data sheet "
        "for storage and handling.",
    ),
    (
        "warn",
        "WARNING: The groove cutters run on for up to 40 s after STOP. Never open the cutter hood before the "
        "spindle standstill lamp is lit. Never clear a slat jam with the spindle running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NG-8", "NG-12"],
            ["Grooves per slat", "8", "12"],
            ["Slat length", "184-186 mm", "184-186 mm"],
            ["Slat width", "68-72 mm", "102-106 mm"],
            ["Slat thickness at the infeed (before planing)", "4.5-5.5 mm", "4.5-5.5 mm"],
            ["Groove pitch", "8.2 mm", "8.2 mm"],
            ["Lead diameters that can be grooved", "2.0-4.0 mm", "2.0-4.0 mm"],
            ["Feed rate, incense cedar slats", "up to 60 slats/min", "up to 45 slats/min"],
            ["Feed rate, basswood (lime) slats", "up to 50 slats/min", "up to 38 slats/min"],
            ["Groove cutter diameter, new", "100 mm", "100 mm"],
            ["Spindle speed", "6000 rpm", "6000 rpm"],
            ["Spindle motor", "2.2 kW", "3.0 kW"],
            ["Total installed power, 400 V 3~ 50 Hz", "4.5 kW", "6.0 kW"],
            ["Supply fuse", "16 A gG", "20 A gG"],
            ["Glue tank", "6 L", "8 L"],
            ["Glue quantity per slat (wet)", "0.30-0.40 g", "0.45-0.60 g"],
            ["Compressed air, 6 bar", "120 NL/min", "160 NL/min"],
            ["Extraction airflow at the hood (at least 25 m/s in the duct)", "1200 m³/h, 120 mm spigot", "1600 m³/h, 140 mm spigot"],
            ["Sound pressure at the operator position, extraction running", "84 dB(A)", "86 dB(A)"],
            ["Mass", "1450 kg", "1780 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The feed rates hold for slats of 6-9 % moisture content with sharp cutters. Feed rates for other species "
        "(pine, jelutong, poplar or recycled slats) are not given in this manual; ask Nutbrecht before running "
        "them. Output in pencils per minute = slats per minute / 2 x grooves per slat, since one sandwich takes two "
        "slats. Example: an NG-8 at 60 slats/min gives 60 / 2 x 8 = 240 pencils per minute.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Wear hearing protection and safety glasses; no gloves near "
            "the infeed rollers.",
            "The extraction must be running before the spindle starts. The airflow switch blocks the spindle start "
            "(G11) if the extraction is off.",
            "Cedar dust is a sensitiser. Keep the hood closed and clean with the vacuum cleaner, never with "
            "compressed air.",
            "PVAc glue irritates the eyes. Rinse splashes with water for 15 minutes.",
            "Lock out the main switch and close the air valve before any work inside the guards.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Groove depth"),
            (
                "p",
                "Groove depth (mm) = lead diameter / 2 + 0.05 mm. Example: for a 3.0 mm colour lead set 1.50 + "
                "0.05 = 1.55 mm. The depth must be held to ±0.03 mm across all grooves of a slat; check it with the "
                "depth gauge DG-2 at the start of every shift and after every cutter change.",
            ),
            ("h", "Slat moisture"),
            (
                "p",
                "Run slats between 6 % and 9 % moisture content. Above 10 % the glue joints open in the sandwich "
                "press and the slats must be put back into conditioning. Below 5 % the groove edges break out.",
            ),
            ("h", "Planing"),
            (
                "p",
                "The face planer takes off no more than 0.3 mm. Slats thinner than 4.5 mm at the infeed are "
                "stopped by the thickness sensor (G10).",
            ),
            ("h", "Glue"),
            (
                "p",
                "Glue temperature between 15 °C and 30 °C. The glue roll gap is 0.15 mm ±0.02 mm; a wider gap "
                "floods the grooves. Glued slats must be closed in the lead laying unit within 90 s; this open time "
                "holds at 20 °C and 50 % relative humidity and is shorter in a warm, dry hall.",
            ),
            ("h", "Hold-down rollers"),
            (
                "p",
                "Hold-down pressure 2.5 bar ±0.2 bar. Slats bowed by more than 1 mm over their length jam at the "
                "infeed and must be sorted out before the magazine.",
            ),
            ("h", "Spindle temperature"),
            (
                "p",
                "A sensor watches the front spindle bearing. It warns at 55 °C and above 65 °C the spindle trips "
                "(G05).",
            ),
            ("h", "Cutters"),
            (
                "p",
                "Regrind the groove cutter set after 400 000 slats or when the groove walls show fuzz, whichever "
                "comes first. A cutter reground below 96 mm diameter is scrapped. Always change the complete set; "
                "never mix new and reground cutters.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it and press RESET."],
            ["G02", "Guard open", "Cutter hood or rear door open. Close it; the spindle restarts only after RESET."],
            ["G03", "Infeed jam", "A slat stuck under the hold-down rollers. Stop the spindle, wait for the lamp, remove the slat."],
            ["G04", "Double slat", "Two slats fed at once: magazine gate set too high. Set the gate to slat thickness + 1 mm."],
            ["G05", "Spindle bearing hot", "Bearing above 65 °C. Let it cool, check the belt tension and the bearing noise."],
            ["G06", "Spindle overload", "Blunt cutters, too high a feed rate or wet slats."],
            ["G07", "Glue level low", "Less than 1 L in the tank. Top up with glue at 15-30 °C."],
            ["G08", "Glue pressure low", "Glue pump hose worn or the suction filter blocked."],
            ["G10", "Slat thickness", "Slat outside 4.5-5.5 mm. The slat is ejected; check the slat supply."],
            ["G11", "Extraction off", "Airflow switch open: extraction not running or the damper closed."],
            ["G12", "Air pressure low", "Below 5 bar at the machine. Check the site supply and the filter regulator."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Groove walls fuzzy, torn fibres in the grooves",
                "Blunt cutters, or slats too dry (below 5 %)",
                "Regrind or change the cutter set; check the slat moisture",
            ],
            [
                "Grooves deeper on one side of the slat",
                "Hold-down rollers worn or pressure low, slat not flat on the table",
                "Set 2.5 bar; replace the rollers if their rubber is below 38 mm diameter",
            ],
            [
                "Glue squeezed into the grooves",
                "Glue roll gap too wide or glue too thin (too warm)",
                "Set the gap to 0.15 mm; keep the glue below 30 °C",
            ],
            [
                "Dry patches on the land between grooves",
                "Glue skin on the roll, roll dirty after a stop",
                "Clean the glue roll (section 8)",
            ],
            [
                "Dark burn marks in the grooves",
                "Feed stopped with the spindle running, or blunt cutters",
                "Stop the spindle with the feed; regrind the cutters",
            ],
            [
                "Leads loose in the finished pencils",
                "Grooves too deep for the lead",
                "Check the depth with the formula in section 3",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the extraction damper is open and start the extraction.",
            "Open the air valve; the gauge must show at least 5 bar.",
            "Fill the glue tank to the upper mark and switch on the glue pump.",
            "Load the magazine with slats of one width and species only.",
            "Press SPINDLE START and wait 30 s for the spindle to reach 6000 rpm.",
            "Feed five slats at 20 slats/min and check the groove depth with the DG-2 gauge.",
            "Weigh five glued slats against five dry ones; the difference divided by five is the glue per slat.",
            "Raise the feed rate to the production value.",
        ],
    ),
    ("h", "7. Changing the groove cutter set"),
    (
        "ol",
        [
            "Press STOP, wait for the spindle standstill lamp and lock out the main switch.",
            "Open the cutter hood and fit the spindle lock pin.",
            "Undo the spindle nut with the 46 mm key; it has a left-hand thread.",
            "Slide the cutter set off together with its spacers and keep the spacers in order.",
            "Clean the spindle and the spacers; never use a wire brush on the spindle.",
            "Fit the new set with the spacers in the same order, cutters turning towards the infeed.",
            "Tighten the spindle nut to 60 Nm and remove the lock pin.",
            "Turn the spindle by hand: no cutter may touch the hood.",
            "Close the hood, reset and set the groove depth as in section 3; check it on five slats.",
            "Enter the cutter change under SERVICE > CUTTERS to reset the slat counter.",
        ],
    ),
    ("h", "8. Cleaning the glue system at the end of the shift"),
    (
        "ol",
        [
            "Switch off the glue pump and let the roll run empty for 1 min.",
            "Close the glue tank valve and drain the pump hose into the return bucket.",
            "Fill the rinse bottle with warm water, no hotter than 40 °C.",
            "Run the pump on RINSE for 3 min with the water returning to the waste container.",
            "Wipe the glue roll and the doctor blade with a damp cloth; never scrape the roll with metal.",
            "Leave the roll gap open by one turn of the knob overnight.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the groove depth; clean the glue roll; empty the dust tray under the planer"],
            ["Weekly", "Check the spindle belt tension (deflection 6 mm at 25 N on the middle of the span); clean the suction filter of the glue pump"],
            ["400 000 slats or fuzzy grooves", "Regrind the groove cutter set (Nutbrecht regrinding service or a qualified tool grinder)"],
            ["2000 h or 12 months, whichever comes first", "Replace the glue pump hose"],
            ["6000 h", "Replace the spindle bearings (Nutbrecht service)"],
            ["12 months", "Check the airflow switch and the emergency stops"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "NG-8", "NG-12"],
            ["Groove cutter set, complete with spacers", "NB-GC-8", "NB-GC-12"],
            ["Glue roll", "NB-GR-70", "NB-GR-104"],
            ["Glue pump hose", "NB-PH-06", "NB-PH-06"],
            ["Hold-down roller", "NB-HR-40", "NB-HR-40"],
            ["Spindle belt", "NB-SB-22", "NB-SB-30"],
            ["Depth gauge DG-2", "NB-DG-2", "NB-DG-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Profilaro PS pencil shaping machines
PROFILARO = [
    ("title", "Profilaro PS Pencil Shaping Machines\nOperating Instructions - PS-9 and PS-12"),
    (
        "p",
        "Document PRF-BA-PS-07, Edition 2, November 2024. Profilaro Pencil Machinery. The PS-9 and PS-12 shape "
        "glued pencil sandwiches into single pencils. The sandwich passes first under the upper cutter head, which "
        "cuts the upper half of the profile, is turned over on the transfer table and then passes the lower cutter "
        "head, which cuts the lower half and separates the pencils. The PS-9 takes sandwiches of up to nine "
        "pencils, the PS-12 of up to twelve. Apart from the sandwich width, the drives and the values given for "
        "each model, the two machines are built alike. The sandwich press, the dust extraction and the pencil "
        "sorting table after the outfeed are not covered by this manual; the press and the sorting table have "
        "their own manuals, the extraction is the site's.",
    ),
    (
        "warn",
        "WARNING: The cutter heads run at 7000 rpm and coast for up to 60 s. Open the hoods only when the "
        "standstill lamp is lit. Hearing protection is compulsory at the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-9", "PS-12"],
            ["Pencils per sandwich, at most", "9", "12"],
            ["Sandwich width", "up to 76 mm", "up to 100 mm"],
            ["Sandwich length", "175-190 mm", "175-190 mm"],
            ["Sandwich thickness", "9.5-10.5 mm", "9.5-10.5 mm"],
            ["Finished pencil diameter (across flats for hexagonal)", "6.8-8.0 mm", "6.8-8.0 mm"],
            ["Feed speed, hexagonal and round profiles", "8-20 m/min", "8-24 m/min"],
            ["Feed speed, triangular profile", "8-15 m/min", "8-15 m/min"],
            ["Cutter head diameter", "120 mm", "120 mm"],
            ["Cutter head speed", "7000 rpm", "7000 rpm"],
            ["Cutter motors (upper and lower)", "2 x 5.5 kW", "2 x 7.5 kW"],
            ["Feed drive", "1.1 kW", "1.5 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A gM", "40 A gM"],
            ["Extraction airflow (two spigots)", "2400 m³/h, 2 x 120 mm", "3000 m³/h, 2 x 140 mm"],
            ["Feed roller pressure", "3.0-3.5 bar", "3.0-3.5 bar"],
            ["Sound pressure at the operator position", "88 dB(A)", "90 dB(A)"],
            ["Mass", "2100 kg", "2450 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Pencils per minute = feed speed (m/min) x 1000 / (sandwich length + gap) (mm) x pencils per sandwich. "
        "Example: a PS-9 at 18 m/min with 185 mm sandwiches and a 15 mm gap gives 18 000 / 200 = 90 sandwiches, x 9 "
        "= 810 pencils per minute. The feed speeds hold for incense cedar sandwiches with sharp cutter heads; for "
        "basswood run at no more than 80 % of them. Feed speeds for other woods are not given.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never reach into the infeed while the feed runs; use the push stick to guide a short sandwich.",
            "Fit only cutter heads marked for at least 8000 rpm, and only with the hydro clamping sleeve supplied.",
            "Keep the extraction running for 2 min after the cutter heads stop, to clear the hood of dust.",
            "Lock out the main switch before opening a hood, even at standstill.",
            "Cedar and basswood dust must not collect on the machine: clean the hoods daily with the vacuum "
            "cleaner.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Sandwich condition"),
            (
                "p",
                "Shape a sandwich no sooner than 4 h after it left the sandwich press at 20 °C; at a hall "
                "temperature of 15 °C wait at least 8 h. A sandwich that is more than 0.2 mm thicker at one end than "
                "at the other is rejected by the thickness gauge (P04).",
            ),
            ("h", "Lead centring"),
            (
                "p",
                "The lead may sit no more than 0.25 mm off the centre of the finished pencil. Check it on ten "
                "pencils with the centring gauge CG-7 at the start of a batch. Correct the offset with the lower "
                "head height, never with the feed table.",
            ),
            ("h", "Profile size"),
            (
                "p",
                "Across-flats size of hexagonal pencils 7.2 mm ±0.05 mm with the standard heads; round pencils "
                "7.4 mm ±0.05 mm. Other sizes need other cutter heads.",
            ),
            ("h", "Cutter runout"),
            (
                "p",
                "Runout of a cutter head, measured on the cutting edges with a dial gauge, no more than 0.02 mm. "
                "More runout leaves chatter marks that show through the lacquer.",
            ),
            ("h", "Cutter head life"),
            (
                "p",
                "Change the cutter heads every 8 h of cutting or after 250 000 pencils, whichever comes first. "
                "Worn heads are reground only by the Profilaro regrinding service.",
            ),
            ("h", "Bearing temperature"),
            (
                "p",
                "Each cutter spindle has a bearing sensor. Above 70 °C the spindle stops (P07); the warning comes "
                "at 60 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed or its circuit open. Release and press RESET."],
            ["P02", "Hood open", "Upper or lower hood open. Close it and press RESET."],
            ["P03", "Sandwich jam", "Sandwich stuck at the turnover table. Stop, wait for the lamp, clear it."],
            ["P04", "Taper", "Sandwich more than 0.2 mm thicker at one end. Check the sandwich press platens."],
            ["P05", "Feed overload", "Feed rollers blocked or feed roller pressure above 3.5 bar."],
            ["P06", "Upper head overload", "Blunt upper head, too high a feed speed or glue not cured."],
            ["P07", "Bearing temperature", "A cutter spindle bearing above 70 °C. Let it cool; check the belt."],
            ["P09", "Lower head overload", "As P06, lower head."],
            ["P10", "Extraction", "Airflow switch open: extraction off or a spigot blocked."],
            ["P11", "Air pressure", "Below 5 bar at the machine."],
            ["P12", "Cutter change due", "8 h of cutting or 250 000 pencils reached. The machine still runs."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lead off centre, thin wood on one side of the pencil",
                "Lower head height wrong, or leads laid off the groove centre",
                "Check with the CG-7 gauge; correct the lower head height (section 7)",
            ],
            [
                "Pencils split along the glue line",
                "Glue not cured: sandwich shaped too soon or hall cold",
                "Keep the sandwiches 4 h (8 h at 15 °C) before shaping",
            ],
            [
                "Chatter marks across the flats",
                "Cutter runout above 0.02 mm, or a worn spindle bearing",
                "Measure the runout; re-clamp the head",
            ],
            [
                "Pencils not separated, joined by a thin web",
                "Lower head set too high, or a blunt lower head",
                "Lower the head by 0.05 mm steps; change the heads",
            ],
            [
                "Edges of the hexagon torn out",
                "Blunt heads or feed too fast for the wood",
                "Change the heads; reduce the feed speed",
            ],
            [
                "Sandwiches skew at the infeed",
                "Feed roller pressure uneven or rollers worn",
                "Set both sides to 3.0-3.5 bar",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the cutter heads"),
    (
        "ol",
        [
            "Stop the feed and the cutter heads, wait for the standstill lamp and lock out the main switch.",
            "Open the hood of the head to be changed.",
            "Release the hydro clamping sleeve with the 6 mm hex key: turn the pressure screw out until it stops.",
            "Pull the head off the spindle by hand with the two lifting handles.",
            "Clean the spindle and the bore of the new head with a dry cloth.",
            "Slide the new head on up to the stop, with the arrow in the direction of rotation.",
            "Turn the pressure screw in until it stops; the sleeve then holds the head.",
            "Check the runout with a dial gauge: no more than 0.02 mm.",
            "Close the hood, reset the counter under MAINT > HEADS and run five sandwiches at 8 m/min.",
            "Check the profile size and the lead centring before raising the speed.",
        ],
    ),
    ("h", "7. Centring the lead"),
    (
        "ol",
        [
            "Run ten sandwiches at 8 m/min and take ten pencils from different positions across the sandwich.",
            "Cut each pencil across and put it in the CG-7 gauge.",
            "Read the offset of the lead centre from the pencil centre; note whether the lead sits high or low.",
            "If the leads sit high, lower the lower head; if they sit low, raise it. One division of the handwheel "
            "is 0.01 mm.",
            "Lock the handwheel and run another ten pencils.",
            "Repeat until all ten pencils are within 0.25 mm.",
            "If the leads are off to the side rather than high or low, the leads were laid off the groove centre: "
            "check the lead laying unit, not the shaping machine.",
        ],
    ),
    ("h", "8. Starting and stopping"),
    (
        "ol",
        [
            "Start the extraction and check that the P10 lamp goes out.",
            "Press HEADS ON; the upper head starts, 5 s later the lower head.",
            "Select the profile recipe and the feed speed on the panel.",
            "Press FEED ON and load the sandwiches into the magazine with the leads lying flat.",
            "To stop, press FEED OFF, let the last sandwich run out, then HEADS OFF.",
            "Let the extraction run for 2 min more.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the hoods, the turnover table and the feed rollers; check the lead centring"],
            ["8 h of cutting or 250 000 pencils", "Change the cutter heads (section 6)"],
            ["Weekly", "Check the belt tension of both cutter spindles; grease the handwheel spindles"],
            ["Monthly", "Check the runout of both spindles without heads: no more than 0.005 mm"],
            ["4000 h", "Replace the feed rollers"],
            ["Every 2 years", "Spindle bearing replacement by Profilaro service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-9", "PS-12"],
            ["Feed roller, polyurethane", "PRF-FR-80", "PRF-FR-104"],
            ["Hydro clamping sleeve", "PRF-HS-40", "PRF-HS-40"],
            ["Spindle belt", "PRF-SB-55", "PRF-SB-75"],
            ["Centring gauge CG-7", "PRF-CG-7", "PRF-CG-7"],
            ["Cutter heads", "to order: state model, profile and size", "to order: state model, profile and size"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Vernisco VD-12 pencil dip lacquering machine
VERNISCO = [
    ("title", "Vernisco VD-12 Pencil Dip Lacquering Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document VRN-OM-VD12-02, Edition 2, June 2025. Vernisco Finishing. The VD-12 coats shaped pencils with "
        "lacquer by the through-feed dip method: each pencil is pushed end to end through the lacquer head, where "
        "it passes a bath of lacquer and then a stripping ring of rubber that leaves a thin, even film. The pencils "
        "are carried on the rotating drying conveyor and return to the infeed for the next coat, up to twelve coats "
        "in one run. The machine works with nitrocellulose pencil lacquers. Waterborne lacquers can be run with the "
        "WB head, but their viscosity, drying times and ring sizes come from the lacquer supplier and are not given "
        "in this manual. The exhaust air system, its ducting and the classification of the hazardous areas around "
        "the lacquer head are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Nitrocellulose lacquer and its thinner are highly flammable. No naked flames, no smoking and no "
        "tools that give sparks within 5 m of the machine. Earth the lacquer drums before decanting.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VD-12"],
            ["Pencil diameter (across flats for hexagonal pencils)", "6.8-8.2 mm"],
            ["Pencil length", "170-192 mm"],
            ["Output per pass", "up to 250 pencils/min"],
            ["Coats per run", "1-12"],
            ["Drying conveyor length", "28 m"],
            ["Drying air temperature, settable", "25-45 °C"],
            ["Lacquer tank", "40 L, stainless steel, with agitator"],
            ["Lacquer pump", "diaphragm pump, air driven, 0.5-1.5 bar"],
            ["Exhaust airflow at the lacquer head and the conveyor hood", "2500 m³/h"],
            ["LEL monitor", "two sensors, alarm at 20 %, feed stop at 25 % of the LEL"],
            ["Supply 400 V 3~ 50 Hz", "7.5 kW, fuse 25 A gG"],
            ["Compressed air 6 bar", "250 NL/min"],
            ["Dry film per coat, nitrocellulose lacquer at 75 s (DIN 4 mm cup, 20 °C)", "about 8 µm"],
            ["Mass, empty", "1650 kg"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Lacquer use: about 0.18 g of wet lacquer per pencil and coat, for a hexagonal pencil of 7.2 mm across "
        "flats and 175 mm length. Lacquer (kg) = pencils x coats x 0.18 g / 1000. Example: 20 000 pencils with 10 "
        "coats need 20 000 x 10 x 0.18 / 1000 = 36 kg of lacquer, almost a full tank. Use figures for other sizes "
        "only after weighing a sample.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Run the exhaust for at least 5 min before the first pencil is fed; the feed is blocked until then.",
            "Keep no more lacquer at the machine than one shift needs, in closed, earthed drums.",
            "Wear solvent-resistant gloves (nitrile) and safety glasses when filling, thinning or cleaning.",
            "Cloths soaked in lacquer or thinner go into the closed metal bin; they can ignite by themselves.",
            "Do not weld, grind or drill near the machine without a hot work permit from the site.",
        ],
    ),
    ("h", "3. Lacquer and drying settings"),
    (
        "cols",
        [
            ("h", "Viscosity"),
            (
                "p",
                "Run nitrocellulose lacquer between 60 and 90 s in the DIN 4 mm flow cup at 20 °C. Measure at the "
                "start of the shift and every 2 h, because the bath thickens as the thinner evaporates. Add thinner "
                "in small steps; never more than 10 % by volume in total, or the film turns matt.",
            ),
            ("h", "Stripping rings"),
            (
                "p",
                "Ring bore = pencil diameter + 0.10 mm for coats 1 to 4, and pencil diameter + 0.15 mm for the "
                "following coats. Example: a 7.2 mm pencil needs a 7.30 mm ring for the first coats and a 7.35 mm "
                "ring from coat 5. Replace a ring after 8 shifts or when the film shows streaks, whichever comes "
                "first.",
            ),
            ("h", "Drying"),
            (
                "p",
                "Drying air no more than 45 °C; above it the film blisters. Leave at least 60 s between two coats "
                "of the same pencil. At the standard conveyor speed a round trip takes 75 s; at a faster speed the "
                "panel warns when the round trip falls below 60 s.",
            ),
            ("h", "Hall conditions"),
            (
                "p",
                "The drying times hold for a hall at 18-28 °C and no more than 65 % relative humidity. In damp "
                "air nitrocellulose lacquer blushes (turns milky).",
            ),
            ("h", "Exhaust"),
            (
                "warn",
                "Above 25 % of the LEL at either sensor the feed stops (L05) and the exhaust runs on at full speed.",
            ),
            ("h", "End coat"),
            (
                "p",
                "The last coat may be a clear top lacquer. Change the ring before the clear coat so that no coloured "
                "lacquer is carried into it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["L01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            ["L02", "Exhaust off", "Exhaust airflow switch open. The feed stays blocked until the exhaust has run 5 min."],
            ["L03", "Lacquer level low", "Less than 8 L in the tank. Top up with lacquer of the same batch."],
            ["L04", "LEL warning", "20 % of the LEL reached at a sensor. Check the exhaust and the lids."],
            ["L05", "LEL feed stop", "25 % of the LEL reached. Feed stopped; find the cause before restarting."],
            ["L06", "Pencil jam", "Pencil stuck in the lacquer head or at the conveyor transfer."],
            ["L07", "Conveyor drive", "Drying conveyor overload or chain broken."],
            ["L09", "Drying air temperature", "More than 5 °C off the setpoint for 3 min, or above 45 °C."],
            ["L10", "Pump pressure", "Lacquer pump pressure outside 0.5-1.5 bar: filter blocked or drum empty."],
            ["L11", "Ring change due", "8 shifts since the last ring change. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Streaks along the pencil",
                "Stripping ring worn or nicked, or a skin particle caught in it",
                "Replace the ring; filter the lacquer",
            ],
            [
                "Film milky or white (blushing)",
                "Hall too damp, above 65 % relative humidity",
                "Raise the hall temperature or dry the air; add retarder as the lacquer supplier directs",
            ],
            [
                "Blisters or bubbles in the film",
                "Drying air too hot, or coats too close together",
                "Set 45 °C or less; keep at least 60 s between coats",
            ],
            [
                "Film too thick, drips at the pencil end",
                "Viscosity above 90 s, or ring bore too large",
                "Thin the lacquer; check the ring bore",
            ],
            [
                "Bare wood showing through on the edges of the hexagon",
                "Viscosity below 60 s, too few coats",
                "Let the bath thicken or add fresh lacquer; add a coat",
            ],
            [
                "Pencils stick together on the conveyor",
                "Film not dry at the transfer, conveyor too fast",
                "Slow the conveyor; raise the drying air within its limit",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a run"),
    (
        "ol",
        [
            "Start the exhaust and wait until the L02 lamp goes out (5 min).",
            "Stir the lacquer drum, check the viscosity with the DIN 4 mm cup and fill the tank.",
            "Fit the stripping ring for the pencil size and the first coats.",
            "Set the drying air temperature and the number of coats on the panel.",
            "Start the agitator and the lacquer pump; check 0.5-1.5 bar on the gauge.",
            "Feed ten pencils and check the film after the first coat for streaks and bare spots.",
            "Fill the infeed magazine and press RUN.",
        ],
    ),
    ("h", "7. Changing the stripping ring"),
    (
        "ol",
        [
            "Press FEED STOP and let the pencils in the head run out.",
            "Close the lacquer valve under the head and open the drain cock into the small bucket.",
            "Unscrew the ring nut by hand (anticlockwise) and take the old ring out with the hook.",
            "Check the bore of the new ring with the plug gauge; it must be the bore from section 3.",
            "Wet the new ring with lacquer and push it in with the flat side towards the outfeed.",
            "Screw the ring nut on hand tight; never with a tool, or the ring deforms.",
            "Close the drain cock, open the lacquer valve and feed ten test pencils.",
            "Reset the ring counter under SERVICE > RING; L11 clears.",
        ],
    ),
    ("h", "8. Measuring the viscosity"),
    (
        "ol",
        [
            "Take a sample of 150 mL from the tank outlet, not from the surface.",
            "Bring the sample to 20 °C in the water bath.",
            "Hold the DIN 4 mm cup level, close the orifice with a finger and fill it to overflowing.",
            "Wipe the surplus off the rim with the glass plate.",
            "Remove the finger and start the stopwatch at the same moment.",
            "Stop the watch when the stream first breaks into drops.",
            "Note the time in the shift log; adjust the bath if it is outside 60-90 s.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Measure the viscosity (start and every 2 h); clean the lacquer head outside; empty the drip trays"],
            ["8 shifts or streaks, whichever comes first", "Replace the stripping rings"],
            ["Weekly", "Clean the lacquer filter; check the conveyor chain tension (sag 10-15 mm between sprockets)"],
            ["Monthly", "Test both LEL sensors with the test gas kit; clean the exhaust hood grids"],
            ["12 months", "LEL sensor calibration by Vernisco service or the sensor maker"],
            ["24 months", "Replace the pump diaphragms"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Stripping ring, bore 6.90-8.35 mm in 0.05 mm steps", "VRN-SR-xxx (xxx = bore x 100, for example VRN-SR-730)"],
            ["Ring nut", "VRN-RN-12"],
            ["Lacquer filter element, 200 µm", "VRN-LF-200"],
            ["Pump diaphragm kit", "VRN-PD-15"],
            ["LEL sensor head", "VRN-LS-02"],
            ["DIN 4 mm flow cup", "VRN-FC-4"],
        ],
        (80, 90),
    ),
]

# ---------------------------------------------------------------- Spitzlund TF ballpoint tip forming machines
SPITZLUND = [
    ("title", "Spitzlund TF Ballpoint Tip Forming Machines\nOperating Manual - TF-07 and TF-10"),
    (
        "p",
        "Document SPZ-OM-TF-04, Edition 1, February 2025. Spitzlund Microtechnik. The TF-07 and TF-10 are 12-station "
        "rotary indexing machines that make finished ballpoint tips from turned tip blanks: they drill the ink "
        "channel and the feed slots, form the ball seat, insert the ball and close the rim over it. The TF-07 is "
        "built for 0.7 mm balls, the TF-10 for 1.0 mm balls; the ball size of a machine cannot be changed. Apart "
        "from the ball size, the tooling and the values given for each model, the two machines are built alike. "
        "The tip blanks come from the automatic lathe with its bar feeder, and the finished tips go to the refill "
        "tip pressing line; both have their own manuals. The tungsten carbide balls are bought in: their grade and "
        "tolerance are set in the purchase specification, not here.",
    ),
    (
        "warn",
        "WARNING: The indexing table moves without warning when the machine is in AUTO. Switch to SETUP and close "
        "the air valve before reaching into the tooling area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TF-07", "TF-10"],
            ["Ball diameter", "0.7 mm", "1.0 mm"],
            ["Tip blank length", "7.6 mm", "8.2 mm"],
            ["Tip blank diameter", "2.30 mm", "2.30 mm"],
            ["Tip material", "nickel silver CuNi18Zn20", "nickel silver CuNi18Zn20"],
            ["Output, nickel silver tips", "up to 120 tips/min", "up to 100 tips/min"],
            ["Ink channel drill", "0.35 mm", "0.45 mm"],
            ["Seat forming force", "350 N", "500 N"],
            ["Rim closing force", "220 N", "300 N"],
            ["Ball protrusion (ball exposure)", "0.20-0.23 mm", "0.28-0.33 mm"],
            ["Ball end play (axial)", "between 0.010 and 0.025 mm", "between 0.015 and 0.035 mm"],
            ["Drilling spindle speed", "24 000 rpm", "20 000 rpm"],
            ["Cutting oil tank, ISO VG 10", "60 L", "60 L"],
            ["Supply 400 V 3~ 50 Hz", "5.5 kW, fuse 16 A", "6.0 kW, fuse 16 A"],
            ["Compressed air 6 bar", "200 NL/min", "200 NL/min"],
            ["Mass", "1900 kg", "1950 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The outputs hold for nickel silver tips with sharp drills. Stainless steel tips need the SS tooling kit; "
        "their output is agreed with Spitzlund for each order and is not given here. Brass tips are not approved "
        "for either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only setters trained by Spitzlund may work on the tooling in SETUP mode.",
            "The cutting oil mist is drawn off by the mist separator; never run the machine with the hood open.",
            "Wear oil-resistant gloves when handling tips and swarf; the swarf is sharp.",
            "Used cutting oil and swarf with oil are hazardous waste; hand them to the site's waste contractor.",
        ],
    ),
    ("h", "3. Tip settings and limits"),
    (
        "cols",
        [
            ("h", "Ball protrusion"),
            (
                "p",
                "Protrusion in percent = protrusion (mm) / ball diameter (mm) x 100. It must lie between 28 % and "
                "33 % of the ball diameter. Example: 0.21 mm on a 0.7 mm ball is 30 %. Measure five tips with the "
                "optical gauge OG-3 every hour.",
            ),
            ("h", "Ball end play"),
            (
                "p",
                "End play between 0.010 and 0.025 mm (TF-07) or between 0.015 and 0.035 mm (TF-10), measured with "
                "the end play tester at 1 N. Too little end play starves the ball of ink; too much lets the ink leak "
                "and blob.",
            ),
            ("h", "Rim closing"),
            (
                "p",
                "The closing force is set at station 10. Raise or lower it in steps of 5 N only; one step changes "
                "the end play by about 0.002 mm. Never set more than 260 N (TF-07) or 350 N (TF-10).",
            ),
            ("h", "Vision check"),
            (
                "p",
                "The camera at station 11 checks the seat and the rim. The machine stops (T06) when more than 3 "
                "tips in 100 are rejected in a row.",
            ),
            ("h", "Tool life"),
            (
                "p",
                "Change the carbide seat forming tool after 200 000 tips or 5 shifts, whichever comes first. Change "
                "the ink channel drills after 50 000 holes, or at once if a drill breaks.",
            ),
            ("h", "Cutting oil"),
            (
                "p",
                "Oil temperature between 20 °C and 35 °C. Above 40 °C the cooler alarm stops the machine (T08).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "Emergency stop pressed or its circuit open."],
            ["T02", "Hood open", "Tooling hood open in AUTO. Close it and press RESET."],
            ["T03", "Blank feed empty", "No blank at station 1 for 10 s. Refill the vibratory bowl or clear the feed rail."],
            ["T04", "Drill broken", "Spindle load too low at station 3 or 4: broken drill. Change the drill."],
            ["T05", "Ball feed empty", "No ball at station 9. Refill the ball hopper (section 8)."],
            ["T06", "Reject rate", "More than 3 rejects in 100 tips. Check the seat tool and the closing force."],
            ["T07", "Index fault", "Table not in position within 0.2 s. Check the index drive and air pressure."],
            ["T08", "Oil temperature", "Cutting oil above 40 °C. Check the cooler and its fan."],
            ["T09", "Oil level", "Cutting oil tank below the minimum mark."],
            ["T10", "Seat force", "Seat forming force outside ±10 % of the setpoint."],
            ["T12", "Tool life", "Seat tool or drill count reached. The machine still runs."],
            ["T13", "Mist separator", "Mist separator fan off or its filter blocked."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ink blobs and leaks at the tip in the writing test",
                "End play too large, rim closing force too low",
                "Raise the closing force in 5 N steps; measure the end play",
            ],
            [
                "Faint or skipping lines in the writing test",
                "End play too small, ball seat too tight, or burrs in the feed slots",
                "Lower the closing force; check the seat tool and the slot cutter",
            ],
            [
                "Ball protrusion too high",
                "Seat formed too shallow: seat forming force low or tool worn",
                "Check the force at station 8; change the seat tool",
            ],
            [
                "Balls falling out of the tips after closing",
                "Rim not closed: closing tool worn or missing blank chamfer",
                "Change the closing tool; check the blanks",
            ],
            [
                "Rejects for burrs in the ink channel",
                "Drill blunt or cutting oil too hot",
                "Change the drill; check the oil temperature",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the ball end play"),
    (
        "ol",
        [
            "Run the machine in AUTO and take ten tips in a row from the good tips chute.",
            "Measure the end play of each tip with the end play tester at 1 N.",
            "Work out the mean of the ten readings.",
            "If the mean is above the range, raise the closing force at station 10 by one step of 5 N; if it is "
            "below, lower it by one step.",
            "Confirm the new value on the panel and run 200 tips to settle the tool.",
            "Measure ten tips again; repeat until the mean lies in the middle third of the range.",
            "Note the closing force and the mean end play in the setting log.",
        ],
    ),
    ("h", "7. Changing the seat forming tool"),
    (
        "ol",
        [
            "Empty the table: run in AUTO with the blank feed off until T03 shows.",
            "Switch to SETUP, close the air valve and open the tooling hood.",
            "Loosen the two M4 clamping screws of the station 8 tool holder.",
            "Pull the old tool out with the extractor pliers; never with a screwdriver.",
            "Clean the holder bore with the brush and a little cutting oil.",
            "Push the new tool in up to the stop and tighten the clamping screws to 3 Nm.",
            "Close the hood, open the air valve and switch to AUTO.",
            "Check the ball protrusion on five tips with the OG-3 gauge and reset the tool counter.",
        ],
    ),
    ("h", "8. Refilling the ball hopper"),
    (
        "ol",
        [
            "Check the label: 0.7 mm balls for the TF-07, 1.0 mm balls for the TF-10 only.",
            "Open the hopper lid; the ball feed stops automatically.",
            "Pour in no more than 50 g of balls at a time.",
            "Close the lid and press BALL FEED RESET.",
            "Never return balls from the floor or the reject bin to the hopper.",
        ],
    ),
    ("h", "9. Starting after a standstill"),
    (
        "p",
        "After a stop of more than 8 h the cutting oil is cold and the first tips are often out of tolerance. "
        "Start as follows; the first 500 tips after a standstill of more than 48 h go to the reject bin whatever "
        "the vision check says.",
    ),
    (
        "ol",
        [
            "Check the oil level and switch on the oil pump and the cooler in SETUP; run them for 10 min.",
            "Start the mist separator and check that T13 is clear.",
            "Fill the blank bowl and the ball hopper.",
            "Run 100 tips in AUTO at half speed and check the protrusion and the end play.",
            "Raise the speed to the production output once both are in range.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every hour", "Measure the ball protrusion of five tips"],
            ["Every shift", "Check the end play of ten tips; clean the camera window; check the oil level"],
            ["200 000 tips or 5 shifts", "Change the seat forming tool (section 7)"],
            ["50 000 holes", "Change the ink channel drills"],
            ["Monthly", "Clean the cutting oil filter; change the mist separator filter mat"],
            ["6 months", "Change the cutting oil; index drive check by Spitzlund service"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "TF-07", "TF-10"],
            ["Seat forming tool, carbide", "SPZ-ST-07", "SPZ-ST-10"],
            ["Rim closing tool", "SPZ-CT-07", "SPZ-CT-10"],
            ["Ink channel drill (pack of 10)", "SPZ-DR-035", "SPZ-DR-045"],
            ["Feed slot cutter", "SPZ-SC-07", "SPZ-SC-10"],
            ["Mist separator filter mat", "SPZ-MF-01", "SPZ-MF-01"],
            ["Optical gauge OG-3", "SPZ-OG-3", "SPZ-OG-3"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("nutbrecht-ng-slat-grooving-and-gluing-machine.pdf", "Nutbrecht NBT-OM-NG-03 Ed 3 - NG-8 / NG-12", NUTBRECHT),
        ("profilaro-ps-pencil-shaping-machine.pdf", "Profilaro PRF-BA-PS-07 Ed 2 - PS-9 / PS-12", PROFILARO),
        ("vernisco-vd-pencil-dip-lacquering-machine.pdf", "Vernisco VRN-OM-VD12-02 Ed 2 - VD-12", VERNISCO),
        ("spitzlund-tf-ballpoint-tip-forming-machine.pdf", "Spitzlund SPZ-OM-TF-04 Ed 1 - TF-07 / TF-10", SPITZLUND),
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
