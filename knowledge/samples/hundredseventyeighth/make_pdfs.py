"""Generate the PDF manuals of the hundred-and-seventy-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set178-scratch/venv && /tmp/set178-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set178-scratch/venv/bin/python knowledge/samples/hundredseventyeighth/make_pdfs.py

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


# ---------------------------------------------------------------- Formavent VD drum core formers
FORMAVENT = [
    ("title", "Formavent VD Drum Core Formers\nOperation and Maintenance Manual - VD-90 and VD-120"),
    (
        "p",
        "Document FMV-OM-VD-03, Edition 2, March 2025. Formavent Absorbent Systems. The VD-90 and VD-120 form the "
        "absorbent cores of baby diapers and pant diapers from fluff pulp and superabsorbent polymer (SAP). Fluff "
        "fibres carried in air from the fluff mill are drawn by vacuum into the pockets of a rotating forming drum; "
        "SAP is injected into the fibre stream inside the forming hood. A scarfing roll levels the surface of each "
        "core to the rim of its pocket, and the cores are blown off the drum onto the core wrap tissue on the vacuum "
        "conveyor below. Apart from the drum size, the number of pockets, the fan and the items named in this manual, "
        "the two models are built alike.",
    ),
    (
        "p",
        "This manual does not cover the fluff mill, the SAP dosing unit, the core wrap unwind or the debulking rolls; "
        "each has its own manual. The vacuum fan and its ducting are supplied to the site's design; fan repairs follow "
        "the fan maker's manual. The explosion protection zones around the hood and the dust filter are set by the "
        "site's explosion protection document, not by this manual.",
    ),
    (
        "warn",
        "WARNING: The drum takes up to 90 s to stop after a stop command and the scarfing roll runs on for up to 60 s. "
        "Never open the hood doors before the standstill lamp is lit. The vacuum in the pockets can hold gloves, "
        "cloths and fingers against the screen.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VD-90", "VD-120"],
            ["Forming drum diameter", "900 mm", "1200 mm"],
            ["Pockets on the drum", "6", "8"],
            ["Product pitch on the drum (circumference / pockets)", "471 mm", "471 mm"],
            ["Maximum output", "600 products/min", "800 products/min"],
            ["Drum speed at maximum output", "100 rpm", "100 rpm"],
            ["Core length, maximum", "440 mm", "440 mm"],
            ["Core width", "90-140 mm", "90-160 mm"],
            ["Fluff per core", "6-28 g", "6-32 g"],
            ["Fluff throughput, maximum (pulp and moisture as in section 3)", "600 kg/h", "850 kg/h"],
            ["SAP share of the core mass, maximum", "60 %", "65 %"],
            ["Forming zone vacuum, normal range", "-40 to -55 mbar", "-45 to -60 mbar"],
            ["Holding zone vacuum", "-15 to -25 mbar", "-20 to -30 mbar"],
            ["Blow-off (transfer) overpressure", "+8 mbar ±2 mbar", "+10 mbar ±2 mbar"],
            ["Vacuum fan motor and air flow", "30 kW, 9000 m³/h", "45 kW, 13 500 m³/h"],
            ["Drum drive (servo)", "5.5 kW", "7.5 kW"],
            ["Scarfing roll, diameter and motor", "220 mm, 4.0 kW", "220 mm, 5.5 kW"],
            ["Forming screen, stainless steel, aperture", "0.30 mm", "0.30 mm"],
            ["Compressed air 6 bar, screen cleaning", "18 Nm³/h", "24 Nm³/h"],
            ["Drum bearing grease, per bearing", "20 g", "30 g"],
            ["Mass of the former", "3800 kg", "4900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Fluff demand (kg/h) = fluff per core (g) x products per minute x 60 / 1000. Example: 14 g of fluff at 500 "
        "products/min needs 14 x 500 x 60 / 1000 = 420 kg/h. The result must stay below the maximum fluff throughput "
        "of the model; if it does not, lower the speed or the fluff per core.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the VD former may run it or clean it. Lock out the drum drive, the scarfing roll, "
            "the vacuum fan and the fluff mill before any work inside the hood.",
            "Fluff dust is combustible. Keep the hood and the area around it free of fluff deposits; never use "
            "compressed air to blow deposits into the hall.",
            "Wear an FFP2 mask and safety glasses when cleaning the screens.",
            "The hood doors are interlocked (A09). Never bridge the interlock to watch the forming process.",
        ],
    ),
    ("h", "3. Vacuum zones and settings"),
    (
        "cols",
        [
            ("h", "Forming zone"),
            (
                "p",
                "The first 200° of the drum turn on the VD-90, 210° on the VD-120. Keep the vacuum within the normal "
                "range of the model. A vacuum stronger than the range means the screens are blinding; a weaker "
                "vacuum means a leak, an open damper or a fan fault.",
            ),
            ("h", "Screen cleaning limit"),
            (
                "p",
                "Note the forming zone vacuum after every screen cleaning. When the vacuum has risen by 8 mbar or "
                "more above that value, clean the screens. Clean them at least once a shift in any case, whichever "
                "comes first.",
            ),
            ("h", "Holding zone"),
            (
                "p",
                "A weaker vacuum holds the formed core in its pocket from the scarfing roll to the transfer point. Too "
                "strong a holding vacuum makes the cores stick at transfer.",
            ),
            ("h", "Blow-off zone"),
            (
                "p",
                "Compressed air through the blow-off box lifts the core off the screen onto the core wrap. Below +6 "
                "mbar (VD-90) or +8 mbar (VD-120) the former stops with A10.",
            ),
            ("h", "Hood pressure"),
            (
                "p",
                "Keep the hood between -0.5 and -1.5 mbar against the hall, so that no fluff escapes at the seals. "
                "Set it with the hood bleed damper.",
            ),
            ("h", "Pulp and moisture"),
            (
                "p",
                "The throughputs and core weight accuracies in this manual hold for fluff from bleached softwood kraft "
                "pulp at 6-9 % moisture, fiberized to a knot content below 10 %. For treated (debonded) pulps and "
                "hardwood blends Formavent gives no figures.",
            ),
            ("h", "Core weight"),
            (
                "p",
                "The core checkweigher has its own manual and reports each core to the former. Aim for ±3 % of the "
                "setpoint. A07 is raised when 20 cores in a row are more than 5 % off the setpoint.",
            ),
            ("h", "SAP nozzle"),
            (
                "p",
                "Place the SAP nozzle 120-180 mm from the drum surface and on the centre line of the pockets. The "
                "SAP rate itself is set on the SAP dosing unit.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Forming vacuum low",
                "Vacuum weaker than the lower limit of the normal range for 5 s: fan not running, duct or door seal "
                "leak, zone damper open. Check the fan and the seals.",
            ],
            [
                "A02",
                "Forming vacuum high",
                "Vacuum stronger than -55 mbar (VD-90) or -60 mbar (VD-120): screens blinded. Clean the screens "
                "(section 7).",
            ],
            ["A03", "Vacuum fan overload", "Fan motor protection tripped. Check the fan and the damper position."],
            ["A04", "Drum drive fault", "Servo drive alarm. Read the drive code; see the drive maker's manual."],
            [
                "A05",
                "Scarfing roll overload",
                "Too much fluff at the scarfing roll, or the teeth touching the drum. Check the gap (section 8).",
            ],
            ["A07", "Core weight", "20 cores in a row more than 5 % off the setpoint (checkweigher signal)."],
            ["A08", "Fluff supply low", "Signal from the fluff mill: pulp roll end or mill stopped."],
            ["A09", "Hood door open", "A hood door interlock is open. Close the door and reset."],
            [
                "A10",
                "Blow-off low",
                "Blow-off below +6 mbar (VD-90) or +8 mbar (VD-120). Check the air supply and the blow-off nozzles.",
            ],
            ["A11", "Compressed air low", "Supply below 5 bar; screen cleaning and blow-off not possible."],
            [
                "A12",
                "Drum bearing hot",
                "Drum bearing above 80 °C. Check the grease interval; call Formavent service if it repeats.",
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
                "Cores thin or with holes at the pocket ends",
                "Screen blinded at the pocket ends, or the pocket end seal worn",
                "Clean the screens; check the pocket seals and replace worn ones",
            ],
            [
                "Core weight falls slowly during the shift",
                "Screens blinding step by step, vacuum rising",
                "Clean the screens and compare the vacuum with the clean value",
            ],
            [
                "Cores stick to the drum or tear at the transfer",
                "Blow-off too low or nozzles blocked, holding vacuum too strong",
                "Clean the blow-off nozzles; set the holding damper to the range of the model",
            ],
            [
                "Fluff escaping from the hood seals",
                "Hood pressure lost, seal strips worn",
                "Set the hood to -0.5 to -1.5 mbar; replace the seal strips",
            ],
            [
                "SAP heavier on one side of the core",
                "SAP nozzle off the centre line",
                "Re-centre the nozzle on the pocket centre line",
            ],
            [
                "Ridges or a rough surface after the scarfing roll",
                "Scarfing teeth worn or gap too large",
                "Set the gap to 0.5 mm; turn or replace the teeth",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the hood doors are closed, the screens clean and the blow-off nozzles free.",
            "Start the vacuum fan. Wait until the forming zone vacuum has reached 80 % of its setpoint.",
            "Start the drum at crawl speed and check that the blow-off shows +8 mbar (VD-90) or +10 mbar (VD-120).",
            "Start the scarfing roll.",
            "Start the fluff mill and the SAP dosing unit from the line control.",
            "Run up to production speed and reject the first 50 cores.",
        ],
    ),
    ("h", "7. Cleaning the forming screens"),
    (
        "ol",
        [
            "Stop the fluff mill and the SAP dosing unit; let the drum run empty for 30 s.",
            "Stop the drum and wait for the standstill lamp, then lock out the drum, the scarfing roll and the fan.",
            "Open the hood doors and fit the screen cleaning lance to the 6 bar quick coupling.",
            "Blow each pocket from the inside of the screen outwards through the cleaning slot, turning the drum by "
            "hand with the inching wheel.",
            "Check each screen against the light: no more than 5 % of a screen may stay blinded.",
            "Brush off SAP crust at the pocket rims with the nylon brush; never use a steel brush on the screen.",
            "Close the doors, remove the lockout and start as in section 6.",
            "Note the forming zone vacuum with the clean screens in the shift log.",
        ],
    ),
    ("h", "8. Setting the scarfing roll gap"),
    (
        "ol",
        [
            "Lock out the drum and the scarfing roll.",
            "Turn the drum by hand until a pocket rim is under the scarfing roll.",
            "Measure the gap between the tooth tips and the pocket rim with feeler gauges at both ends of the roll.",
            "Set the gap to 0.5 mm ±0.1 mm with the two adjusting screws; the gap at the two ends may differ by no "
            "more than 0.05 mm.",
            "Lock the adjusting screws and check the gap again.",
            "Turn the scarfing roll by hand through one turn: no tooth may touch the rim.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift, or when the vacuum has risen by 8 mbar", "Clean the forming screens (section 7)"],
            ["Daily", "Check the hood seal strips and the blow-off nozzles"],
            ["Weekly", "Check the scarfing teeth; turn them when the tips are worn by 1.0 mm or more"],
            [
                "Every 1000 h or 3 months, whichever comes first",
                "Grease the drum bearings with FMV-GR2, 20 g (VD-90) or 30 g (VD-120) per bearing",
            ],
            ["4000 h", "Replace the forming screens and the pocket seals"],
            ["12 months", "Vacuum fan inspection (fan maker's manual); drum run-out check by Formavent service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VD-90", "VD-120"],
            ["Forming screen set (all pockets)", "FMV-SC-090", "FMV-SC-120"],
            ["Pocket seal kit", "FMV-PS-090", "FMV-PS-120"],
            ["Scarfing tooth set", "FMV-ST-220", "FMV-ST-220"],
            ["Hood seal strip, 5 m", "FMV-HS-05", "FMV-HS-05"],
            ["Blow-off nozzle", "FMV-BN-090", "FMV-BN-120"],
            ["Drum bearing grease FMV-GR2, 400 g cartridge", "FMV-GR2-04", "FMV-GR2-04"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Drum bearings, the drum seal ring and the vacuum box are replaced and the drum balanced by Formavent service "
        "only; no procedure for them is given here.",
    ),
]


# ---------------------------------------------------------------- Tensilda LCA leg cuff elastic applicators
TENSILDA = [
    ("title", "Tensilda LCA Leg Cuff Elastic Applicators\nOperating and Service Manual - LCA-4 and LCA-6"),
    (
        "p",
        "Document TEM-SM-LCA-07, Edition 1, January 2025. Tensilda Elastics Machinery. The LCA applicators feed "
        "elastane (spandex) strands from spools, stretch them to a set elongation and lay them, coated with hot-melt "
        "adhesive, into the two leg cuffs of a baby diaper. Each strand has its own servo-driven unwind roller and its "
        "own tension load cell. The LCA-4 lays four strands per leg cuff (eight in all), the LCA-6 six strands per leg "
        "cuff (twelve in all). Apart from the strand count, the speed, the strand range and the items named in this "
        "manual, the two models are built alike.",
    ),
    (
        "p",
        "The hot-melt supply unit, its hoses and the adhesive settings are covered by the melter's own manual. The "
        "maximum elongation an elastane type can take is given by the elastane supplier's data sheet. Cuff tests on "
        "the finished product (snap-back and gather tests) are run by the site's quality laboratory to its own "
        "methods.",
    ),
    (
        "warn",
        "WARNING: A breaking strand under tension snaps back. Wear safety glasses at the creel and at the nip. Never "
        "thread a strand with the line running; use the threading mode (crawl, 5 m/min) with the guard closed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LCA-4", "LCA-6"],
            ["Strands per leg cuff / in all", "4 / 8", "6 / 12"],
            ["Line speed, maximum", "400 m/min", "350 m/min"],
            ["Elastane count (linear density)", "540-1240 dtex", "470-940 dtex"],
            ["Elongation, settable", "100-350 %", "100-350 %"],
            ["Strand spacing in the comb", "5.0 mm", "4.0 mm"],
            ["Spool (cake) mass and diameter, maximum", "3.5 kg, 250 mm", "3.5 kg, 250 mm"],
            ["Tension load cell measuring range", "0-100 cN", "0-80 cN"],
            ["Tension high alarm (T05)", "above 90 cN", "above 70 cN"],
            ["Unwind roller servo motors", "8 x 0.4 kW", "12 x 0.4 kW"],
            ["Nip roll pressure", "3.5-5.0 bar", "3.5-5.0 bar"],
            ["Supply 400 V 3~ 50 Hz", "6 kVA", "8 kVA"],
            ["Compressed air", "6 bar, 2 Nm³/h", "6 bar, 3 Nm³/h"],
            ["Mass", "650 kg", "820 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Elongation (%) = (line speed / strand unwind speed - 1) x 100. Example: at a line speed of 300 m/min and an "
        "elongation of 250 %, each unwind roller feeds 300 / 3.5 = 85.7 m/min of strand.",
    ),
    (
        "p",
        "Spool run time (min) = spool mass (g) / (strand count (dtex) / 10 000 x unwind speed (m/min)). Example: a 3.0 "
        "kg spool of 940 dtex fed at 85.7 m/min uses 0.094 g/m x 85.7 m/min = 8.06 g/min and lasts 3000 / 8.06 = 372 "
        "min, about 6.2 h. Plan spool changes so that not all spools run empty in the same shift.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the LCA and the line before reaching between the nip rolls or into the glue nozzle area.",
            "The glue nozzles and the nip area are hot (up to 170 °C). Wear heat-resistant gloves.",
            "Guard switches stop the unwind and the nip (T11). Never bridge them.",
            "Spools weigh up to 3.5 kg. Keep the creel shelves free of loose spools and tubes.",
        ],
    ),
    ("h", "3. Tension and elongation settings"),
    (
        "cols",
        [
            ("h", "Running tension"),
            (
                "p",
                "For 940 dtex at 250 % elongation the normal running tension is 25-40 cN per strand. Tension rises "
                "with the elongation and roughly in proportion to the dtex; set the limits for other counts from a "
                "trial run. No values are given here for natural rubber threads or for elastic film.",
            ),
            ("h", "Tension in one cuff"),
            (
                "p",
                "The strands of one leg cuff must run at nearly the same tension: no more than 8 cN between the "
                "highest and the lowest strand of a cuff. A larger difference for 10 s raises T06 and gives uneven "
                "gathers.",
            ),
            ("h", "Strand break"),
            (
                "p",
                "A tension below 5 cN for 0.3 s is taken as a strand break (T04). The line is asked to reject "
                "products until the strand is threaded again.",
            ),
            ("h", "Elongation"),
            (
                "p",
                "Leg cuffs normally run at 200-300 %. Never set more than the elastane supplier allows for the type; "
                "above the elongation limit strands break at the nip.",
            ),
            ("h", "Acceleration"),
            (
                "p",
                "The unwind rollers follow the line speed through the electronic gearing. During ramps the tension "
                "may leave its window for up to 2 s without an alarm.",
            ),
            ("h", "Spool end"),
            (
                "p",
                "The spool sensor warns (T03) when a spool is down to 90 mm diameter; about 10 % of the strand is "
                "then left on it.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop pressed. Release it and reset."],
            ["T02", "Unwind drive fault", "Servo drive of a roller in alarm. The HMI shows the strand number."],
            ["T03", "Spool end", "Spool down to 90 mm. Prepare a new spool and tie it on at the next stop."],
            [
                "T04",
                "Strand break",
                "Tension below 5 cN for 0.3 s. Thread the strand again (section 6); check the eyelets for chips.",
            ],
            [
                "T05",
                "Tension high",
                "Above 90 cN (LCA-4) or 70 cN (LCA-6): elongation too high, glue on the rollers, or a strand "
                "caught in a damaged eyelet.",
            ],
            [
                "T06",
                "Tension difference",
                "More than 8 cN between the strands of one cuff for 10 s. Check the comb and the rollers.",
            ],
            [
                "T07",
                "Load cell fault",
                "Signal out of range or load cell not calibrated. Calibrate (section 8) or replace the load cell.",
            ],
            ["T09", "Glue not ready", "Signal from the hot-melt unit: not at temperature or pump stopped."],
            ["T10", "Nip pressure low", "Nip roll pressure below 3 bar."],
            ["T11", "Guard open", "A guard switch is open."],
            ["T12", "Speed limit", "Line speed above the model maximum: 400 m/min (LCA-4) or 350 m/min (LCA-6)."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Gathers uneven, one strand slack in the cuff",
                "Strand jumped out of its comb groove, or a roller dirty with glue",
                "Put the strand back in its groove; clean the roller with the glue remover",
            ],
            [
                "Strands snap again and again at the nip",
                "Glue build-up on the nip roll, elongation too high, or a chipped ceramic eyelet",
                "Clean the nip roll; check the elongation; replace chipped eyelets",
            ],
            [
                "Strand pulls back out of the cut product (snap-back)",
                "Too little glue on the strand, nozzle partly blocked, or strand running beside the nozzle slot",
                "Check the nozzle and the strand alignment; glue settings per the melter manual",
            ],
            [
                "Tension reading swings by 10 cN or more at steady speed",
                "Spool unwinding unevenly, worn roller bearing, or load cell loose",
                "Check the spool seat, the bearing and the load cell screws",
            ],
            [
                "Spool end warning comes far too early",
                "Spool sensor dirty with fluff or set to the wrong tube",
                "Clean the sensor; check the tube diameter setting",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Threading a strand"),
    (
        "ol",
        [
            "Select THREADING on the HMI; the line runs at crawl speed (5 m/min) and the tension control is off.",
            "Pull the strand from the spool over the end through the ceramic eyelet above it.",
            "Wrap it twice round its unwind roller, in the direction of the arrow.",
            "Lead it over the load cell roller and into its groove in the comb.",
            "Lay it into the glue nozzle slot and draw it into the nip with the threading hook.",
            "Select RUN on the HMI: the tension must settle within the running window.",
        ],
    ),
    ("h", "7. Changing a spool"),
    (
        "ol",
        [
            "Wait for a line stop; if the spool is not yet empty, cut the strand above the eyelet.",
            "Remove the empty tube and place the new spool on the same creel pin, label facing outwards.",
            "Tie the new strand to the old one with a flat (reef) knot and trim the ends to 5 mm.",
            "Turn the unwind roller by hand until the knot has passed the load cell roller.",
            "Reset T03 on the HMI and enter the spool lot number if the product record needs it.",
            "At start-up, reject the products in which the knot lies; the HMI counts them out.",
        ],
    ),
    ("h", "8. Calibrating a tension load cell"),
    (
        "ol",
        [
            "Lock out the LCA. Remove the strand from the load cell roller.",
            "Select SERVICE > LOAD CELL and the strand number; press ZERO with the roller unloaded.",
            "Hang the 50 g calibration weight TEM-CW-50 from the roller with the calibration hook, in the strand "
            "direction.",
            "Enter 49.0 cN and press SPAN.",
            "Remove and refit the weight: the reading must be 49.0 cN ±0.5 cN; if not, repeat from step 2.",
            "A load cell that cannot be calibrated is replaced; T07 stays until it is.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the combs and the nozzle area of fluff and glue threads"],
            ["Weekly", "Check the ceramic eyelets for chips; check the unwind rollers for glue"],
            ["Monthly", "Check each load cell with the 50 g weight (section 8, step 5)"],
            [
                "Every 3000 h or 6 months, whichever comes first",
                "Check the nip roll cover; re-cover it when grooves are deeper than 0.3 mm",
            ],
            ["12 months", "Unwind roller bearings and servo motors checked by Tensilda service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "LCA-4", "LCA-6"],
            ["Ceramic eyelet", "TEM-CE-06", "TEM-CE-06"],
            ["Tension load cell", "TEM-LC-100", "TEM-LC-080"],
            ["Strand comb", "TEM-CB-50", "TEM-CB-40"],
            ["Nip roll cover", "TEM-NR-30", "TEM-NR-30"],
            ["Calibration weight 50 g with hook", "TEM-CW-50", "TEM-CW-50"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Servo motors and their drives are replaced by Tensilda service; the drive parameters are in the drive "
        "maker's manual and are not repeated here.",
    ),
]


# ---------------------------------------------------------------- Auricon EP side ear cut-and-place units
AURICON = [
    ("title", "Auricon EP Side Ear Cut-and-Place Units\nUser and Maintenance Manual - EP-500 and EP-700"),
    (
        "p",
        "Document AUR-UM-EP-02, Edition 3, June 2024. Auricon Converting. The EP units cut the side ears (back ears) "
        "of taped baby diapers from two lanes of stretch ear laminate and place them on the chassis. Each lane is fed "
        "slowly onto a vacuum anvil roll that turns at placement speed; the laminate slips on the anvil until a knife "
        "on the knife roll cuts an ear off, and the anvil then carries the ear to the placement point, where a bonding "
        "roll presses it onto the glued chassis. The EP-500 has two knives per lane, the EP-700 three. Apart from the "
        "speed, the knives, the anvil size and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The ear laminate unwinds, the hot-melt unit and the line registration system that gives the unit its "
        "product signal have their own manuals. The glue pattern and the ear pull strength are set and tested by the "
        "site's quality department.",
    ),
    (
        "warn",
        "WARNING: The knife roll and the anvil form a cutting nip that cuts fingers as easily as laminate. Never reach "
        "into the unit unless it is locked out and the knife pressure is released (the pressure gauge shows 0 bar).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EP-500", "EP-700"],
            ["Output, maximum", "500 products/min", "700 products/min"],
            ["Lanes", "2", "2"],
            ["Ear laminate width per lane", "60-120 mm", "60-120 mm"],
            ["Ear (cut) length", "70-140 mm", "70-120 mm"],
            ["Knives per lane on the knife roll", "2", "3"],
            ["Anvil roll diameter", "306 mm", "458 mm"],
            ["Product pitch", "420-540 mm", "420-540 mm"],
            ["Placement accuracy at maximum output", "±1.5 mm", "±1.0 mm"],
            ["Knife loading pressure", "2.5-4.0 bar", "3.0-4.5 bar"],
            ["Anvil vacuum", "-120 to -180 mbar", "-140 to -200 mbar"],
            ["Side channel blower for the anvil vacuum", "4.0 kW", "5.5 kW"],
            ["Servo drives (feed, knife, anvil)", "3 x 2.2 kW", "3 x 3.0 kW"],
            ["Knife life, typical (see section 3)", "10 million cuts", "8 million cuts"],
            ["Mass", "1100 kg", "1350 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Web feed speed per lane (m/min) = ear length (mm) x products per minute / 1000. Example: 100 mm ears at 450 "
        "products/min need 100 x 450 / 1000 = 45 m/min on each lane. Slip ratio = anvil surface speed / web feed "
        "speed; with a 480 mm pitch the anvil surface runs at 0.48 x 450 = 216 m/min, a slip ratio of 216 / 45 = 4.8.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may change knives. Use the knife carrier AUR-KC-01 and cut-resistant gloves.",
            "Release the knife pressure and lock out the three servo drives and the blower before opening the unit.",
            "The bonding roll and the chassis glue are hot. Let them cool or wear heat-resistant gloves.",
            "Do not wear loose gloves near the running anvil: the vacuum can pull them in.",
            "Used knives stay sharp. Put them back in the carrier and return them in the knife box; never throw them "
            "into the waste bin.",
        ],
    ),
    ("h", "3. Cutting and placement settings"),
    (
        "cols",
        [
            ("h", "Knife loading pressure"),
            (
                "p",
                "Use the lowest pressure that cuts cleanly across the full width: start at the bottom of the range and "
                "raise it in 0.2 bar steps during the carbon test (section 7). A pressure above the range wears the "
                "knife and the anvil within hours.",
            ),
            ("h", "Laminate"),
            (
                "p",
                "The cut data in this manual hold for nonwoven/film/nonwoven stretch laminates of 60-110 g/m². For "
                "laminates with hook material or above 110 g/m² Auricon gives no settings.",
            ),
            ("h", "Knife life"),
            (
                "p",
                "Change a knife after 10 million cuts (EP-500) or 8 million cuts (EP-700), or sooner when the cut "
                "edge shows hanging fibres, whichever comes first. The HMI counts the cuts per knife.",
            ),
            ("h", "Slip ratio"),
            (
                "p",
                "The slip ratio must lie between 2.5 and 8. Below 2.5 the ears are not spaced apart on the anvil; "
                "above 8 the laminate flutters. Outside this range the unit stops with P07.",
            ),
            ("h", "Ear position"),
            (
                "p",
                "The ear position is set as a phase offset in steps of 0.1 mm. An ear more than 3 mm from its set "
                "position on 10 products in a row raises P06.",
            ),
            ("h", "Anvil vacuum"),
            (
                "p",
                "Weaker than -100 mbar the ears can fold over (P04). Clean the anvil holes before raising the blower "
                "speed.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. Release and reset."],
            ["P02", "Knife roll drive", "Servo alarm on the knife roll drive."],
            ["P03", "Anvil drive", "Servo alarm on the anvil roll drive."],
            [
                "P04",
                "Anvil vacuum low",
                "Vacuum weaker than -100 mbar: blocked anvil holes, blower filter clogged, hose loose.",
            ],
            ["P05", "Ear missing", "The ear sensor saw no ear on a product. The product is rejected."],
            [
                "P06",
                "Ear position",
                "Ear more than 3 mm from its set position on 10 products in a row. Check the phase offset and the "
                "web tension.",
            ],
            ["P07", "Slip ratio", "Slip ratio outside 2.5-8: ear length, speed or pitch setting wrong."],
            ["P08", "Web break", "Ear laminate missing at the feed roll of a lane."],
            ["P09", "Knife pressure low", "Knife loading pressure below the range of the model."],
            ["P11", "Splice", "A splice was detected in a lane; the products with it are rejected."],
            ["P12", "Guard open", "A guard door is open."],
            ["P13", "Roll end", "Ear laminate roll below 120 mm diameter."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ears still joined by fibres or not cut through at one edge",
                "Knife worn, or knife pressure too low or uneven",
                "Run the carbon test (section 7); change the knife if the pressure is already at the top of the range",
            ],
            [
                "Ears folded over or turned at placement",
                "Anvil vacuum too weak, anvil holes blocked",
                "Clean the anvil holes; check the blower filter",
            ],
            [
                "Ear position wanders from product to product",
                "Laminate tension changing at the unwind, or the feed roll nip slipping",
                "Check the unwind dancer and the feed roll nip pressure",
            ],
            [
                "Ears come off the chassis in the pull test",
                "Bonding roll pressure low, or glue pattern missing the ear",
                "Check the bonding roll; glue settings with the quality department",
            ],
            [
                "Anvil surface scored in a line",
                "Knife pressure set above the range for a long time",
                "Lower the pressure; a scored anvil is reground by Auricon service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Threading the ear laminate"),
    (
        "ol",
        [
            "Select THREAD on the HMI; the feed rolls turn at 2 m/min and the knife roll stands still.",
            "Lead the laminate from the unwind over the dancer and the guide rolls to the feed roll of its lane.",
            "Close the feed roll nip; the nip pressure is 2 bar.",
            "Let the laminate run onto the anvil until it covers the first vacuum zone.",
            "Select RUN at crawl speed and check that the ears are cut and carried round the anvil.",
        ],
    ),
    ("h", "7. Carbon test and setting the knife pressure"),
    (
        "ol",
        [
            "Set the knife pressure to the bottom of the range: 2.5 bar (EP-500) or 3.0 bar (EP-700).",
            "Lock out the unit and tape a strip of carbon paper and white paper onto the anvil across the knife line.",
            "Release the lockout and turn the knife roll once through the nip in inching mode.",
            "Remove the paper: the carbon line must be unbroken and even across the full width.",
            "If it is broken, raise the pressure by 0.2 bar and repeat. If it is still broken at the top of the "
            "range, change the knife (section 8).",
            "Note the final pressure on the knife card.",
        ],
    ),
    ("h", "8. Changing a knife"),
    (
        "ol",
        [
            "Release the knife pressure and lock out the unit.",
            "Open the upper guard and turn the knife roll until the knife faces up.",
            "Clip the knife carrier AUR-KC-01 over the knife and undo the six clamping screws.",
            "Lift the knife out in the carrier and clean the seat with a dry cloth.",
            "Fit the new knife in the carrier, tighten the six screws to 12 Nm from the middle outwards.",
            "Reset the cut counter for that knife and run the carbon test (section 7).",
        ],
    ),
    ("h", "9. Setting the ear position"),
    (
        "ol",
        [
            "Run the line at production speed with the new product recipe loaded.",
            "Take five products from the sampling chute and measure the distance from the ear's front edge to the "
            "product's front edge, on both sides.",
            "Compare the mean with the drawing value of the product specification.",
            "Enter the difference as a phase offset on the HMI, in steps of 0.1 mm: a positive value moves the ear "
            "towards the back of the product.",
            "Take five more products and measure again; repeat until the mean is within ±0.5 mm of the drawing value.",
            "Save the offset in the recipe. The offset of each lane is saved separately.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the anvil vacuum holes with the cleaning comb; remove fluff and glue"],
            ["Weekly", "Clean the blower inlet filter; check the bonding roll cover"],
            ["By the cut counter, or hanging fibres", "Change the knife (section 8)"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Check the knife roll and anvil bearings for play; grease with AUR-GR-1",
            ],
            ["When scored", "Anvil regrinding by Auricon service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "EP-500", "EP-700"],
            ["Knife", "AUR-KN-500", "AUR-KN-700"],
            ["Knife carrier", "AUR-KC-01", "AUR-KC-01"],
            ["Anvil cleaning comb", "AUR-CC-306", "AUR-CC-458"],
            ["Blower inlet filter", "AUR-BF-40", "AUR-BF-55"],
            ["Bonding roll cover", "AUR-BR-20", "AUR-BR-20"],
            ["Bearing grease, 400 g", "AUR-GR-1", "AUR-GR-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Rekofil FR-800 fluff reclaim system
REKOFIL = [
    ("title", "Rekofil FR-800 Fluff Reclaim System\nOperating and Maintenance Instructions"),
    (
        "p",
        "Document RKF-OI-FR800-04, Edition 4, October 2024. Rekofil Recycling Systems. The FR-800 recovers fluff "
        "and superabsorbent (SAP) from products rejected by the diaper line. The rejects fall from the line's reject "
        "chute onto the infeed belt, are torn open by the knife rotor of the opener, and pass to the turbo separator, "
        "where a beater drum throws the fluff and SAP through a perforated screen while the nonwoven and film pieces "
        "leave at the end of the drum. A fan carries the recovered fluff to a buffer, from which a dosing screw "
        "returns it to the fluff duct of the core former. The plastics go to the waste compactor.",
    ),
    (
        "p",
        "The reject chute and gate belong to the line builder; the waste compactor, the core former and the fluff "
        "duct have their own manuals. A metal detector on the infeed belt is supplied by the site; the FR-800 only "
        "takes its stop signal. Spark detection and extinguishing in the return duct are designed, installed and "
        "tested by the site's fire protection contractor.",
    ),
    (
        "warn",
        "WARNING: The opener rotor runs on for up to 3 min after a stop. The hatch locks stay closed until the "
        "standstill monitor has seen the rotor stopped. Never force a hatch lock.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Input, baby diapers (rejects)", "up to 300 kg/h"],
            ["Input, adult incontinence products", "up to 220 kg/h"],
            ["Recovered fluff and SAP, typical share of the input (baby diapers)", "about 55 %"],
            ["Opener rotor: knives, speed, motor", "36 knives, 980 rpm, 18.5 kW"],
            ["Rotor to stator knife gap", "0.3-0.5 mm"],
            ["Turbo separator: beater drum motor", "7.5 kW"],
            ["Separator screen holes, baby diapers", "8 mm"],
            ["Separator screen holes, adult products", "10 mm"],
            ["Transport fan", "11 kW, 3500 m³/h at 35 mbar"],
            ["Return dosing screw, range", "0-40 kg/h"],
            ["Buffer volume", "1.2 m³"],
            ["Opener housing temperature trip (R08)", "90 °C"],
            ["Supply", "400 V 3~ 50 Hz, 63 A"],
            ["Mass", "5200 kg"],
        ],
        (110, 60),
    ),
    ("h", "2. Return rate to the core former"),
    (
        "p",
        "Recovered fluff is shorter and holds SAP, so it may only be mixed into the virgin fluff in a small share. The "
        "return rate must not exceed 5 % of the core former's fluff throughput. Maximum return rate (kg/h) = fluff "
        "throughput of the former (kg/h) x 5 / 100. Example: a former running at 420 kg/h may take back no more than "
        "420 x 5 / 100 = 21 kg/h. The FR-800 limits the dosing screw to the share entered under SETTINGS > RETURN.",
    ),
    (
        "p",
        "Recovered fluff holding more than 15 % SAP by mass must not be returned; send it to the plastics line or to "
        "the site's disposal. The SAP content is tested by the site's quality laboratory; its method is not part of "
        "this manual.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Lock out the opener, the separator, the fan and the infeed belt before opening any hatch.",
            "Fluff dust is combustible. Remove deposits every shift; never weld or grind near the FR-800 without a hot "
            "work permit from the site.",
            "Never feed products by hand into the opener mouth; use the infeed belt only.",
            "Wear an FFP2 mask when opening the buffer or the separator.",
        ],
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Infeed rate"),
            (
                "p",
                "Feed no more than 300 kg/h of baby diapers or 220 kg/h of adult products. The infeed belt slows down "
                "automatically when the rotor current is above 34 A and stops above 38 A.",
            ),
            ("h", "Rotor current"),
            (
                "p",
                "Normal running current is 22-30 A. Above 38 A for 10 s the rotor stops with R02. A rotor slower than "
                "500 rpm is taken as blocked (R03).",
            ),
            ("h", "Screens"),
            (
                "p",
                "Use the 8 mm screen for baby diapers and pant diapers and the 10 mm screen for adult products. "
                "Screens for feminine pads or underpads are not offered; the FR-800 is not released for them.",
            ),
            ("h", "Return duct"),
            (
                "p",
                "The duct pressure at the fan outlet is normally 25-35 mbar. Above 45 mbar the duct is blocking "
                "(R06) and the dosing screw stops.",
            ),
            ("h", "Housing temperature"),
            (
                "p",
                "The opener housing normally stays below 60 °C. Above 75 °C the infeed stops; at 90 °C the whole "
                "system trips (R08) and the fan stops so as not to carry embers.",
            ),
            ("h", "Knife gap"),
            (
                "p",
                "Set the rotor to stator knife gap to 0.3-0.5 mm. Rotor knives may be turned once; after the second "
                "edge is worn they are replaced.",
            ),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop is pressed. Release and reset."],
            [
                "R02",
                "Rotor overload",
                "Rotor current above 38 A for 10 s: infeed too fast, lumps of products, knives blunt.",
            ],
            ["R03", "Rotor blocked", "Rotor below 500 rpm. Clear the jam (section 8)."],
            ["R04", "Separator drive", "Beater drum motor protection tripped, or the drum belt broken."],
            ["R05", "Fan overload", "Transport fan motor protection tripped."],
            [
                "R06",
                "Return duct blocked",
                "Duct pressure above 45 mbar: return rate too high, wet fluff, or a duct bend blocked.",
            ],
            [
                "R08",
                "Temperature trip",
                "Opener housing at 90 °C. Do not open a hatch until the housing is below 40 °C; check for "
                "smouldering material.",
            ],
            ["R09", "Hatch open", "A hatch is not closed and locked."],
            ["R10", "Plastics container full", "Waste compactor full signal."],
            ["R11", "Metal detector", "Stop signal from the site's metal detector on the infeed belt."],
            ["R12", "Dosing screw", "Return dosing screw motor fault or buffer empty for 5 min."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Much fluff left in the plastics output",
                "Separator screen holes blocked, or the infeed faster than the separator can take",
                "Clean or change the screen (section 9); lower the infeed rate",
            ],
            [
                "Film and nonwoven pieces in the recovered fluff",
                "Screen torn or a screen with too large holes fitted",
                "Check the screen; fit the right screen for the product",
            ],
            [
                "Rotor current swings and the belt keeps stopping",
                "Rejects arriving in lumps, or the rotor knives blunt",
                "Spread the rejects on the belt; check and turn the knives",
            ],
            [
                "Return duct blocks again and again",
                "Return rate set too high, or wet rejects (products with liquid)",
                "Check the return share; keep wet rejects out of the FR-800",
            ],
            [
                "Burnt smell at the opener",
                "Friction heat from a jam or a foreign body",
                "Stop the infeed; check the housing temperature and the rotor",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Starting and stopping"),
    (
        "ol",
        [
            "Check that all hatches are closed and locked and that the plastics container is not full.",
            "Start the transport fan and wait 30 s.",
            "Start the separator, then the opener; the rotor must reach 980 rpm within 20 s.",
            "Start the infeed belt; the dosing screw starts when the buffer is a quarter full.",
            "To stop, stop the infeed belt first and let the opener and separator run empty for 2 min.",
            "Stop the opener and the separator, then the fan after a further 60 s, so that the duct is blown clear.",
        ],
    ),
    ("h", "8. Clearing a rotor jam"),
    (
        "ol",
        [
            "Stop the infeed belt and the opener from the panel.",
            "Wait until the standstill lamp is lit (up to 3 min) and lock out the opener, the separator and the fan.",
            "Open the opener hatch with the hatch key.",
            "Remove the jammed material with the hook tool; never put a hand between the rotor and the stator knives.",
            "Turn the rotor by hand with the turning bar through one full turn to check that it is free.",
            "Look for metal parts and broken knives; a broken knife must be replaced before restart.",
            "Close the hatch, remove the lockout and start the fan, the separator and the opener in this order.",
        ],
    ),
    ("h", "9. Changing the separator screen"),
    (
        "ol",
        [
            "Run the separator empty for 2 min after the infeed has stopped.",
            "Stop and lock out the separator and the fan.",
            "Open the separator end door and undo the eight screen clamp bolts.",
            "Pull the screen half-shells out on the guide rails, upper shell first.",
            "Clean the rails and the seals; fit the new shells, lower shell first.",
            "Tighten the clamp bolts to 45 Nm, close the door and select the screen size on the HMI.",
        ],
    ),
    ("h", "10. Setting the rotor knife gap"),
    (
        "ol",
        [
            "Lock out the opener and open the opener hatch and the stator access cover.",
            "Turn the rotor by hand until a rotor knife faces the stator knife.",
            "Loosen the stator knife clamping screws.",
            "Set the gap to 0.3-0.5 mm with feeler gauges at both ends and in the middle of the knife.",
            "Tighten the stator clamping screws to 180 Nm and check the gap again on three rotor knives.",
            "Turn the rotor one full turn by hand: no knife may touch.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Remove fluff deposits around the opener, separator and fan"],
            ["Weekly", "Check the screen for holes and blockages; check the rotor knives"],
            ["Every 500 h", "Turn or replace the rotor knives and set the gap (section 10)"],
            [
                "Every 2000 h or 6 months, whichever comes first",
                "Grease the rotor bearings (80 g each, RKF-GR-3); check the beater drum belt",
            ],
            ["12 months", "Rotor balance and bearing check by Rekofil service"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rotor knife (set of 36)", "RKF-RK-36"],
            ["Stator knife", "RKF-SK-01"],
            ["Separator screen 8 mm (two half-shells)", "RKF-SS-08"],
            ["Separator screen 10 mm (two half-shells)", "RKF-SS-10"],
            ["Beater drum belt", "RKF-BB-75"],
            ["Rotor bearing grease RKF-GR-3, 1 kg", "RKF-GR-3"],
        ],
        (110, 60),
    ),
    (
        "p",
        "Rotor balancing and the replacement of the rotor bearings are done by Rekofil service only; the rotor "
        "must not be removed by site staff.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("formavent-vd-drum-core-former.pdf", "Formavent FMV-OM-VD-03 Ed 2 - VD-90 / VD-120", FORMAVENT),
        ("tensilda-lca-leg-cuff-elastic-applicator.pdf", "Tensilda TEM-SM-LCA-07 Ed 1 - LCA-4 / LCA-6", TENSILDA),
        ("auricon-ep-side-ear-cut-and-place-unit.pdf", "Auricon AUR-UM-EP-02 Ed 3 - EP-500 / EP-700", AURICON),
        ("rekofil-fr-fluff-reclaim-system.pdf", "Rekofil RKF-OI-FR800-04 Ed 4 - FR-800", REKOFIL),
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
