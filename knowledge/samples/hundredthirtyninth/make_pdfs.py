"""Generate the PDF manuals of the hundred-and-thirty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set139-scratch/venv && /tmp/set139-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set139-scratch/venv/bin/python knowledge/samples/hundredthirtyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign,
superscripts; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Vacciova IO in-ovo injection machines
VACCIOVA = [
    ("title", "Vacciova IO In-Ovo Injection Machines\nOperation and Maintenance - IO-30 and IO-45"),
    (
        "p",
        "Document VCV-OM-IO-03, Edition 4, March 2025. Vacciova Embryo Systems. The IO-30 and IO-45 inject a liquid "
        "vaccine into incubated hatching eggs while the eggs are still in their setter trays, at transfer from the "
        "setter to the hatcher. A punch opens the shell at the broad end, a needle then delivers the dose into the "
        "egg, and needle and punch are sprayed with sanitiser after every injection. The IO-30 has one injection "
        "head of 150 needles; the IO-45 has two such heads working on two trays at a time. Apart from the heads, "
        "the dosing manifolds, the conveyor length, the power supply and the items named in this manual, the two "
        "models are built alike. The vaccine, its dose, its diluent and the day of injection are chosen by the "
        "vaccine supplier and the hatchery's veterinarian, not by this manual. The egg transfer machine that "
        "normally follows the IO has its own manual.",
    ),
    (
        "warn",
        "WARNING: Needles and punches are sharp and the head comes down with great force. Never reach under an "
        "injection head unless the main switch is locked off and the air supply is shut and vented. Some vaccines "
        "are live: wear the gloves and eye protection named in the vaccine supplier's safety data sheet.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IO-30", "IO-45"],
            ["Rated throughput, 150-egg setter trays fed without gaps", "30 000 eggs/h", "45 000 eggs/h"],
            ["Injection heads x needles", "1 x 150", "2 x 150"],
            ["Cycle time", "18 s per tray", "24 s per two trays"],
            ["Setter tray formats (with format kit)", "150 and 132 eggs", "150 eggs only"],
            ["Dose volume, settable (default)", "0.03-0.10 ml (0.05 ml)", "0.03-0.10 ml (0.05 ml)"],
            ["Injection depth below the top of the shell, settable (default)", "18-28 mm (24 mm)", "18-28 mm (24 mm)"],
            ["Vaccine bags connected at once", "1", "2"],
            ["Priming volume per head", "60 ml", "75 ml"],
            ["Needle sanitiser consumption", "0.8 L/h", "1.6 L/h"],
            ["Sanitiser tank", "20 L", "40 L"],
            ["Compressed air at the inlet, dry and oil-free", "6.0-7.0 bar, 350 NL/min", "6.0-7.0 bar, 560 NL/min"],
            ["Punch air pressure", "2.0-2.5 bar", "2.2-2.7 bar"],
            ["Electrical supply", "230 V 1~ 50/60 Hz, 1.6 kW", "400 V 3N~ 50/60 Hz, 3.2 kW"],
            ["Supply fuse", "10 A", "16 A"],
            ["Length x width x height", "3200 x 1450 x 2100 mm", "4600 x 1450 x 2100 mm"],
            ["Mass, empty", "1250 kg", "1900 kg"],
            ["Sound pressure at 1 m, running", "72 dB(A)", "75 dB(A)"],
            ["Room temperature in operation", "18-27 °C", "18-27 °C"],
        ],
        (82, 46, 46),
    ),
    (
        "p",
        "The rated throughput holds for 150-egg setter trays fed without gaps and with the following transfer "
        "machine taking every tray at once. With 132-egg trays the IO-30 makes the same 200 cycles per hour and so "
        "injects 26 400 eggs/h. Tray changes, bag changes and sanitiser top-ups are not included in the figures.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Egg age and egg temperature"),
            (
                "p",
                "Inject broiler eggs between 18 days 12 h and 19 days 6 h of incubation, counted from the start of the "
                "setter. For layer, breeder parent or turkey eggs the day of injection is given by the vaccine "
                "supplier; it is not given here. Eggs must come straight from the setter: inject no egg whose shell "
                "has cooled below 30 °C, as cold shells crack at the punch.",
            ),
            ("h", "Injection depth"),
            (
                "p",
                "The depth is measured from the top of the shell at the broad end. The default of 24 mm suits broiler "
                "eggs of 55-70 g at 18.5 days. For eggs under 55 g set 22 mm; for eggs over 70 g set 26 mm. Other "
                "depths within 18-28 mm may only be used when the vaccine supplier asks for them.",
            ),
            ("h", "Dose and vaccine needed"),
            (
                "p",
                "The dose accuracy of ±3 % holds at 0.05 ml with the diluent at 15-25 °C, within 2 h of mixing the "
                "vaccine, after a dose check (procedure 5.2) and with needles below their change count. Below 0.05 "
                "ml the accuracy is ±5 %.",
            ),
            (
                "p",
                "Vaccine needed (ml) = number of eggs x dose (ml) + priming volume per head (ml) x number of heads. "
                "Example for an IO-45 running one hour: 45 000 eggs x 0.05 ml = 2250 ml, plus 2 x 75 ml = 150 ml, "
                "gives 2400 ml. The bag holder must stay at 15-25 °C; V10 is shown outside this range.",
            ),
            ("h", "Air and sanitiser"),
            (
                "p",
                "The machine stops with V02 when the inlet pressure stays below 5.5 bar for more than 3 s. Set the "
                "punch air within the range of the technical data; more than 3.0 bar cracks shells on either model. "
                "The sanitiser spray must reach 1.5-2.5 bar at the head gauge; V09 is shown below 1.5 bar.",
            ),
            (
                "p",
                "Use only a sanitiser that its supplier approves for needle sanitising, made up at the concentration "
                "that supplier states; Vacciova does not give a concentration. The seals resist chlorine products "
                "and quaternary ammonium products. Do not use phenol products: they swell the manifold seals.",
            ),
            ("h", "Needles"),
            (
                "p",
                "Replace all needles of a head every 200 000 cycles or every 3 weeks, whichever comes first. A bent "
                "or blunt needle is replaced at once, whatever the count. The change counter is reset in SERVICE > "
                "NEEDLES after the change; V14 is shown when it runs out.",
            ),
            ("warn", "Never bridge the needle guard switch. The head must stay locked while the guard is open."),
        ],
    ),
    ("h", "3. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "What to do"],
            ["V01", "Emergency stop pressed", "Clear the cause, release the button, press RESET."],
            ["V02", "Air pressure low, below 5.5 bar at the inlet", "Check the site supply and the inlet filter; RESET."],
            ["V03", "Vaccine line empty or air in the line", "Change the bag and prime (procedure 5.1, step 6)."],
            ["V04", "Sanitiser tank low", "Top up with freshly made sanitiser."],
            ["V05", "Head not at top position", "Check the head position sensor; look for a needle stuck in a shell."],
            ["V06", "Tray not in position under the head", "Check the tray stop and the conveyor; remove broken trays."],
            ["V07", "Needle guard open", "Close the guard."],
            ["V08", "Dose pressure out of range", "Air in the manifold or a blocked needle: prime again, check needles."],
            ["V09", "Sanitiser spray pressure below 1.5 bar", "Clean the spray nozzles and the sanitiser filter."],
            ["V10", "Vaccine bag holder outside 15-25 °C", "Check the holder lid and the room temperature."],
            ["V12", "Conveyor jam at infeed or outfeed", "Remove the tray; check the outfeed to the transfer machine."],
            ["V13", "Injection count does not match tray count", "Check the tray sensor; the batch count is marked uncertain."],
            ["V14", "Needle change count reached", "Replace the needles (procedure 5.3), reset the counter."],
        ],
        (16, 68, 90),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Egg tops wet or bloody after injection",
                "Depth too deep for the egg size; bent needle",
                "Set the depth for the egg size (section 2); replace bent needles",
            ],
            [
                "Hatch of injected eggs lower than that of the hand-held control trays",
                "Contaminated sanitiser or needles; eggs injected outside the age window",
                "Make fresh sanitiser, replace the needles, check the setter start time",
            ],
            [
                "More vaccine used than calculated",
                "Leak at a manifold O-ring or a dripping needle",
                "Check the manifold with the head at rest; fit a new O-ring set",
            ],
            [
                "Single eggs without a punch mark",
                "Punch broken or blocked",
                "Replace the punch of that position",
            ],
            [
                "Cracks running out from the punch hole",
                "Punch air too high; eggs cooled down",
                "Set the punch air within the technical data; inject warm eggs only",
            ],
            [
                "Head rises slowly or stops half-way",
                "Low air pressure; blocked head cylinder silencer",
                "Check the supply; replace the silencer 30-160",
            ],
            [
                "Dose pressure alarm every few trays",
                "Air drawn in from a bag run nearly empty",
                "Change bags before they are empty; prime again",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Daily start-up and priming"),
    (
        "ol",
        [
            "Check that the sanitiser tank holds freshly made sanitiser and that the spray nozzles are clean.",
            "Open the air supply and check 6.0-7.0 bar at the inlet gauge.",
            "Switch on at the main switch and wait for the self test; the heads move to the top position.",
            "Set the punch air: 2.0-2.5 bar (IO-30) or 2.2-2.7 bar (IO-45).",
            "Hang the vaccine bag (two bags on the IO-45) in the holder and connect it with a new spike set; never "
            "touch the spike.",
            "Select PRIME: the machine pumps 60 ml per head (IO-30) or 75 ml per head (IO-45) into the prime cup. "
            "Dispose of the primed vaccine as the vaccine supplier directs.",
            "Run two empty trays as a dry run and check that every needle position sprays sanitiser.",
            "Enter the batch number and the egg count, then press START.",
        ],
    ),
    ("h", "5.2 Dose check"),
    (
        "ol",
        [
            "Do the check with diluent only, never with mixed vaccine. Prime the head with diluent.",
            "Place the dose check block 30-118 on the conveyor under the head; it collects the doses of 10 needle "
            "positions in 10 tubes. Move it along the head to check all positions in turn.",
            "Select DOSE CHECK and run 20 cycles; each tube then holds 20 doses.",
            "Weigh each tube on a scale reading to 0.01 g and subtract the empty tube. At a dose of 0.05 ml each "
            "tube must hold 1.00 g ±0.03 g of diluent.",
            "If a single tube is outside, replace the needle and the check valve of that position and repeat the "
            "check for it.",
            "If all tubes are high or low by about the same amount, correct the DOSE TRIM value by that difference "
            "in percent and repeat the check.",
            "Record the results in the dose log. The check is needed every day and after every needle change.",
        ],
    ),
    ("h", "5.3 Replacing the needles"),
    (
        "ol",
        [
            "Run the head to the top position, lock off the main switch, shut and vent the air supply.",
            "Open the needle guard and swing out the needle plate.",
            "Unscrew each needle with the needle key 30-105, never with pliers.",
            "Fit new needles 30-101 hand-tight plus 1/8 turn.",
            "Check every new needle with the depth gauge: the needle tip must stand 4.0 mm ±0.2 mm below the punch "
            "tip.",
            "Swing the plate back, close the guard, reset the counter in SERVICE > NEEDLES and do a dose check "
            "(procedure 5.2).",
        ],
    ),
    ("h", "5.4 End-of-day cleaning"),
    (
        "ol",
        [
            "Run the vaccine lines empty, then flush each head with 500 ml of sterile water and blow it dry with "
            "PURGE.",
            "Empty the sanitiser tank, rinse it and refill it with fresh sanitiser for the next day.",
            "Wipe the punches and the needle plate with a cloth wet with sanitiser; never spray water into a head.",
            "Remove the egg debris tray under the head, empty it into the hatchery waste and wash it.",
            "Clean the conveyor belts with a hose at no more than 5 bar and let them dry.",
            "Leave the needle guard open overnight so that the head can dry.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Dose check (5.2), cleaning (5.4), drain the air filter bowl"],
            ["Weekly", "Check the punches: replace any punch whose tip is rounded or chipped; check the O-rings"],
            ["200 000 cycles or 3 weeks, whichever comes first", "Replace all needles (5.3)"],
            ["1 000 000 cycles or 6 months, whichever comes first", "Replace punches, check valves and the O-ring set"],
            ["Yearly", "Vacciova service: head cylinder seals, position sensors, conveyor drive; new air filter element"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety"),
    (
        "ul",
        [
            "Only trained staff may run the IO. Work on the heads other than the tasks of this manual is for staff "
            "who have passed the Vacciova service course.",
            "Lock off the main switch and vent the air before any work under a head.",
            "Used bags, primed vaccine and used needles go to the site's clinical waste, as its waste plan says.",
            "Do not clean the machine with flammable liquids.",
            "Protective earth and residual current protection are part of the site's electrical installation.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part no.", "Description", "Model"],
            ["30-101", "Injection needle, stainless, set of 10", "IO-30, IO-45"],
            ["30-102", "Punch, hardened, set of 10", "IO-30, IO-45"],
            ["30-105", "Needle key", "IO-30, IO-45"],
            ["30-110", "Check valve, dosing manifold", "IO-30, IO-45"],
            ["30-112", "Manifold O-ring set", "IO-30"],
            ["30-113", "Manifold O-ring set for two manifolds", "IO-45"],
            ["30-118", "Dose check block, 10 tubes", "IO-30, IO-45"],
            ["30-125", "Sanitiser spray nozzle", "IO-30, IO-45"],
            ["30-140", "Air filter element 5 µm", "IO-30, IO-45"],
            ["30-150", "Vaccine spike set, sterile, pack of 25", "IO-30, IO-45"],
            ["30-160", "Head cylinder silencer", "IO-30, IO-45"],
        ],
        (30, 100, 44),
    ),
]

# ---------------------------------------------------------------- Lichtborne ET egg transfer machines
LICHTBORNE = [
    ("title", "Lichtborne ET Egg Transfer Machines with Candler\nOperating and Service Manual - ET-24 and ET-36"),
    (
        "p",
        "Document LBA-ET-OM-21, Edition 3, November 2024. Lichtborne Hatchery Automation. At transfer, after 18 to "
        "19 days of incubation, the ET candles every egg of a setter tray, picks off the eggs it judges non-viable "
        "and then lifts the remaining eggs with a vacuum head and sets them into a hatcher basket. The ET-24 has a "
        "transfer head of 150 suction cups on a pneumatic lift and one non-viable remover; the ET-36 has the same "
        "head on a servo lift, a second remover and a candler with two wavelengths. Apart from these and the "
        "items named in this manual the two models are built alike. Empty setter trays go on to the tray washer, "
        "full hatcher baskets to the basket stacker; both have their own manuals. Where in-ovo injection is used, "
        "it is done before the ET by a separate machine.",
    ),
    (
        "warn",
        "CAUTION: In AUTO the transfer head and the removers move quickly and without warning. Keep the guard doors "
        "shut. The candler uses strong infrared LEDs: never look into the light box while the light is on.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ET-24", "ET-36"],
            ["Transfer capacity, 150-egg setter trays", "24 000 eggs/h (160 trays/h)", "36 000 eggs/h (240 trays/h)"],
            ["Transfer head", "150 cups, pneumatic lift", "150 cups, servo lift"],
            ["Non-viable removers (vacuum pick-off)", "1", "2"],
            ["Candler", "150 channels, infrared 880 nm", "150 channels, 880 nm and 660 nm"],
            ["Shell colours candled", "White and light brown", "White, light brown and dark brown"],
            ["Working vacuum at the cups", "-150 to -200 mbar", "-180 to -230 mbar"],
            ["Vacuum blower", "1.1 kW side channel", "1.5 kW side channel"],
            ["Compressed air, 6 bar", "250 NL/min", "180 NL/min"],
            ["Electrical supply, 400 V 3N~ 50 Hz", "4.5 kW, fuse 16 A", "6.8 kW, fuse 20 A"],
            ["Non-viable bins", "1 x 120 L", "2 x 120 L"],
            ["Length x width x height", "5200 x 1800 x 2050 mm", "6400 x 1800 x 2150 mm"],
            ["Mass", "1600 kg", "2100 kg"],
            ["Sound pressure at 1 m", "74 dB(A)", "76 dB(A)"],
        ],
        (70, 52, 52),
    ),
    (
        "p",
        "The capacity holds for setter trays with no more than 15 % non-viable eggs and hatcher baskets fed without "
        "gaps. Above 15 % the remover sets the pace and fewer trays pass per hour. Trays per hour = eggs per hour / "
        "150.",
    ),
    ("h", "2. Candler settings and limits"),
    (
        "cols",
        [
            ("h", "Light level"),
            (
                "p",
                "Each candler channel measures the light passing through its egg and shows it as LIGHT LEVEL, in "
                "percent of the reading of the same channel with no egg. A living embryo of 18 days blocks nearly all "
                "light; a clear (infertile) egg lets much of it through.",
            ),
            ("h", "Class limits (defaults)"),
            (
                "p",
                "For white and light brown broiler eggs at 18-19 days: viable below 12 %; non-viable (clear or "
                "early dead) above 18 %; doubtful from 12 % to 18 %. DOUBTFUL ACTION decides what happens to "
                "doubtful eggs: TRANSFER (default) or REMOVE. The limits can be set from 5 % to 40 % in 1 % steps.",
            ),
            (
                "p",
                "On the ET-36 in DARK SHELL mode the second wavelength is used and the defaults are 8 % and 14 %. The "
                "ET-24 has no dark shell mode; dark brown eggs on an ET-24 must be transferred without candling "
                "(CANDLER OFF). Limits for duck or turkey eggs are not given; ask Lichtborne.",
            ),
            ("h", "Candling performance"),
            (
                "p",
                "At least 99 % of clear eggs are removed and no more than 0.3 % of viable eggs are removed, for "
                "broiler eggs at 18-19 days with the default limits, a candler calibrated that day (procedure 5.1), "
                "clean light box covers and no more than 300 lux of room light falling on the candler.",
            ),
            (
                "p",
                "Expected removals per tray = 150 x (100 - fertility in %) / 100, plus the early dead. Example: a "
                "flock at 92 % fertility gives about 150 x 8 / 100 = 12 clear eggs per tray. Many more removals than "
                "this on one flock mean the candler must be checked before the next tray.",
            ),
            ("h", "Vacuum and release"),
            (
                "p",
                "The head lifts only when the vacuum reaches -150 mbar (ET-24) or -180 mbar (ET-36); if it is not "
                "reached within 5 s, T04 is shown. RELEASE HEIGHT sets how far above the basket floor the eggs are "
                "let go: 5-15 mm, default 8 mm. More than 15 mm cracks eggs and cannot be set.",
            ),
            (
                "warn",
                "Never switch the candler off to keep the line running on white eggs: non-viable eggs then go into "
                "the hatcher and can burst.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Action"],
            ["T01", "Emergency stop", "Clear the cause, release the button, press RESET."],
            ["T02", "Guard door open", "Close the door; AUTO resumes after RESET."],
            ["T03", "Air pressure below 5 bar", "Check the site supply and the filter regulator."],
            ["T04", "Vacuum not reached within 5 s", "Check cups, hoses and the vacuum filter (procedure 5.3)."],
            ["T05", "Candler calibration failed", "Clean the covers and repeat procedure 5.1."],
            ["T06", "Candler channel fault (channel shown)", "Check the channel's LED bar and sensor; replace the bar."],
            ["T07", "Non-viable bin full", "Empty the bin (procedure 5.4)."],
            ["T09", "Setter tray not in position", "Check the tray guides and the tray stop; remove warped trays."],
            ["T10", "Hatcher basket missing or misplaced", "Check the basket infeed and its stops."],
            ["T11", "Head lift fault: cylinder end position (ET-24), servo axis (ET-36)", "Reset; if repeated, call Lichtborne service."],
            ["T12", "Egg left on the head after release", "Check the blow-off valve and the cups of the row shown."],
        ],
        (16, 78, 80),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Cause", "Remedy"],
            [
                "Eggs drop off the head during the transfer",
                "Worn or torn cups; vacuum filter blocked; vacuum below the working range",
                "Replace the cups (5.2); clean the filter (5.3)",
            ],
            [
                "Good eggs with live embryos found in the non-viable bin",
                "Dirty covers; candler not calibrated; room light on the candler",
                "Clean the covers, calibrate (5.1), shade the candler",
            ],
            [
                "Clear eggs found in the hatcher baskets at hatch",
                "Non-viable limit set too high; wrong shell colour setting; DOUBTFUL ACTION set to TRANSFER",
                "Check the limits and the shell colour setting",
            ],
            [
                "Cracked eggs in the hatcher baskets",
                "Release height too high; basket not under the head",
                "Set RELEASE HEIGHT to 8 mm; check the basket stops",
            ],
            [
                "One row of eggs always taken as non-viable",
                "LED bar of that row failed",
                "See T06; replace the LED bar of that row (41-230 or 41-231)",
            ],
            [
                "Head waits a long time before each lift",
                "Vacuum builds up slowly: leak in a hose, filter nearly blocked",
                "Check the hoses; clean the filter",
            ],
        ],
        (54, 66, 54),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Candler calibration"),
    (
        "p",
        "Calibrate every day before the first tray, after cleaning the covers and whenever T05 is shown.",
    ),
    (
        "ol",
        [
            "Run the line empty and select CANDLER > CALIBRATE.",
            "With no tray in the candler, the machine reads all 150 channels; each must read 100 % ±2 %.",
            "Place the calibration tray 41-250, with its grey reference discs, in the candler and press NEXT.",
            "Each channel must read 50 % ±3 % on its disc. Channels outside are listed on the screen.",
            "Clean the covers of the listed channels and repeat; a channel still outside after cleaning has a "
            "faulty LED bar or sensor (T06).",
            "On the ET-36 repeat steps 2 to 5 for the 660 nm light when DARK SHELL mode will be used that day.",
            "Remove the calibration tray and store it in its box, out of the light.",
        ],
    ),
    ("h", "5.2 Replacing the suction cups"),
    (
        "ol",
        [
            "Stop the line, lower the head to the service position and lock off the main switch.",
            "Pull each cup off its nipple by hand; do not use tools on the nipples.",
            "Push new cups 41-110 fully onto the nipples until the collar touches the plate.",
            "Check that all 150 cups stand level: no cup may stand more than 1 mm higher or lower than its "
            "neighbours.",
            "Switch on, run TEST VACUUM and check that the working vacuum of the model is reached within 2 s.",
            "Replace all cups of the head at the same time, every 6 months or 2 500 000 cycles, whichever comes "
            "first, and single torn cups at once.",
        ],
    ),
    ("h", "5.3 Cleaning the vacuum filter"),
    (
        "ol",
        [
            "Stop the line and switch off the vacuum blower.",
            "Open the filter housing at the blower inlet by its two clamps.",
            "Take out the filter cartridge 41-140 and knock out the dust and shell pieces; blow it out from the inside "
            "with air at no more than 3 bar.",
            "Replace a cartridge that is torn or still grey after cleaning.",
            "Refit the cartridge and close the clamps; run TEST VACUUM.",
        ],
    ),
    ("h", "5.4 Emptying the non-viable bin"),
    (
        "ol",
        [
            "When T07 is shown the remover stops; the transfer head finishes the tray in progress.",
            "Pull the bin out on its rails and fit the empty spare bin; the ET-36 has one bin for each remover.",
            "Empty the bin into the hatchery's waste container for non-viable eggs; what happens to that waste is "
            "the site's decision.",
            "Wash the bin before reuse; rotten eggs that burst in a bin must be cleaned up at once.",
            "Press RESET to restart the remover.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Candler calibration (5.1); wipe the candler covers; clean the head and cups with a damp cloth"],
            ["Weekly", "Clean the vacuum filter (5.3); check the remover cups"],
            ["6 months or 2 500 000 cycles, whichever comes first", "Replace all transfer head cups (5.2)"],
            ["Yearly", "Lichtborne service: lift cylinder seals (ET-24) or servo axis (ET-36), candler check, blower bearings"],
        ],
        (68, 106),
    ),
    ("h", "7. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the ET; setting class limits needs the SUPERVISOR password.",
            "Lock off the main switch before reaching into the head area or the candler.",
            "Rotten eggs can burst: wear eye protection when clearing removers and bins.",
            "The ET is washed by hand with a damp cloth only; water jets must not be used on the candler or the "
            "control cabinet.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part no.", "Description", "Model"],
            ["41-110", "Suction cup, silicone, pack of 50", "ET-24, ET-36"],
            ["41-120", "Remover cup, pack of 10", "ET-24, ET-36"],
            ["41-140", "Vacuum filter cartridge", "ET-24, ET-36"],
            ["41-230", "Candler LED bar, 880 nm, one row", "ET-24"],
            ["41-231", "Candler LED bar, 880/660 nm, one row", "ET-36"],
            ["41-250", "Calibration tray with grey reference discs", "ET-24, ET-36"],
            ["41-310", "Lift cylinder seal kit", "ET-24"],
            ["41-320", "Blow-off valve", "ET-24, ET-36"],
        ],
        (30, 100, 44),
    ),
]

# ---------------------------------------------------------------- Pickmond VS-30 vacuum egg setting machine
PICKMOND = [
    ("title", "Pickmond VS-30 Vacuum Egg Setting Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document PKM-VS30-OM, Revision C, June 2024. Pickmond Egg Handling. The VS-30 takes hatching eggs from "
        "30-egg farm trays (5 x 6, pulp or plastic) with a vacuum head of 30 cups and sets them, broad end up, into "
        "setter trays. It does not turn eggs over: eggs must lie point down on the farm trays, as packed on the "
        "breeder farm. The farm tray destacker at the infeed takes stacks of full farm trays; the empty farm trays are "
        "stacked at the outfeed. Full setter trays leave on the outfeed conveyor and are loaded onto setter trolleys "
        "by hand or by a trolley loader, which is not part of the VS-30 and has its own manual.",
    ),
    (
        "warn",
        "WARNING: The head moves on a servo axis at up to 1.5 m/s. Keep the guards shut while the machine is in "
        "AUTO. Lock off the main switch before reaching into the head area or the destacker.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VS-30"],
            ["Capacity, full 30-egg farm trays, 150-egg setter trays", "30 000 eggs/h (1000 farm trays/h)"],
            ["Vacuum head", "30 cups, one farm tray per cycle"],
            ["Cycle time", "3.6 s"],
            ["Setter tray formats (one format plate each)", "132, 150 and 162 eggs"],
            ["Egg mass range", "45-78 g"],
            ["Working vacuum at the cups", "-120 to -160 mbar"],
            ["Vacuum blower", "1.5 kW side channel"],
            ["Compressed air at the inlet", "6-8 bar, 120 NL/min"],
            ["Electrical supply", "400 V 3N~ 50 Hz, 3.5 kW, fuse 16 A"],
            ["Destacker", "stacks of up to 6 full farm trays, no more than 420 mm high"],
            ["Infeed conveyor height", "850 mm ±50 mm"],
            ["Length x width x height", "4100 x 1700 x 1900 mm"],
            ["Mass", "980 kg"],
            ["Sound pressure at 1 m", "73 dB(A)"],
        ],
        (88, 86),
    ),
    (
        "p",
        "The capacity holds for eggs of 50-70 g on farm trays that are at least 95 % full. Setter trays per hour = "
        "eggs per hour / eggs per setter tray: 30 000 / 150 = 200 trays/h, 30 000 / 162 = 185 trays/h and 30 000 / "
        "132 = 227 trays/h. The setter tray infeed cannot take more than 240 trays/h.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Vacuum"),
            (
                "p",
                "The head picks only when the vacuum at the cups has reached -120 mbar. If it falls below -100 mbar "
                "while eggs are on the head, P04 stops the machine with the head over the catch tray. VACUUM SET may be "
                "raised to -160 mbar at most; more than that pulls the membrane off thin-shelled eggs from flocks older "
                "than 55 weeks. Leave it at -130 mbar unless eggs slip.",
            ),
            ("h", "Set-down"),
            (
                "p",
                "The head lowers the eggs until the contact sensor touches the setter tray, then lets go. The last "
                "20 mm of the set-down are made at no more than 50 mm/s (SET-DOWN SPEED, 20-50 mm/s, default 35 "
                "mm/s).",
            ),
            ("h", "Egg temperature"),
            (
                "p",
                "Eggs that come from the egg store at 15-18 °C into a warmer room sweat, and wet shells slip off the "
                "cups. Do not set eggs with visible condensation; let them dry in the pre-warming room first. The "
                "pre-warming programme itself is decided by the hatchery manager, not by this manual.",
            ),
            ("h", "Egg size"),
            (
                "p",
                "Eggs under 45 g or over 78 g are not picked reliably and must be graded out before the VS-30. Double "
                "yolk eggs are not detected.",
            ),
            ("h", "Gaps in setter trays"),
            (
                "p",
                "The VS-30 counts the empty cups of every pick and marks the empty pockets of each setter tray. A "
                "setter tray with more than GAP LIMIT empty pockets (0-10, default 3) is held at the fill station "
                "with P12 until the gaps are filled by hand and FILLED is pressed. Gaps up to the limit are passed "
                "on and shown in the batch report.",
            ),
            ("h", "Cleaning"),
            (
                "p",
                "Wash the cups and the head with water no hotter than 45 °C; hotter water makes the silicone cups "
                "swell. The disinfectant and its strength are chosen by the hatchery's hygiene plan; the cups resist "
                "chlorine, peroxide and quaternary ammonium products at their usual strengths.",
            ),
            (
                "warn",
                "Never run the VS-30 with the head guard open in SET-UP mode at more than 10 % speed.",
            ),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Action"],
            ["P01", "Emergency stop", "Clear the cause, release, press RESET."],
            ["P02", "Guard open", "Close the guard."],
            ["P03", "Air pressure below 5 bar", "Check the site supply and the filter regulator."],
            ["P04", "Vacuum below -100 mbar with eggs on the head", "Remove the eggs on the catch tray; check cups and filter."],
            ["P05", "No farm tray at the pick position", "Check the destacker and the tray sensor."],
            ["P06", "Setter tray not at the set position", "Check the setter tray stop and the format plate."],
            ["P08", "Destacker empty", "Load a new stack of farm trays."],
            ["P09", "Setter tray magazine empty", "Fill the magazine with clean setter trays."],
            ["P10", "Outfeed full", "Take off the full setter trays; check the trolley loader."],
            ["P11", "Head servo fault", "RESET; if repeated, note the drive code and call Pickmond service."],
            ["P12", "Gap limit exceeded, tray held at the fill station", "Fill the gaps by hand, press FILLED."],
            ["P13", "Format plate does not match the selected format", "Fit the right plate or select the format (5.1)."],
        ],
        (16, 80, 78),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Cause", "Remedy"],
            [
                "Eggs fall off the cups on the way to the setter tray",
                "Worn or cracked cups; wet eggs; vacuum filter blocked",
                "Replace the cups (5.2); dry the eggs; clean the filter (5.3)",
            ],
            [
                "Eggs cracked after set-down",
                "Set-down speed too high; format plate not locked",
                "Set 35 mm/s; lock the plate with both pins",
            ],
            [
                "Empty pockets in setter trays although the farm trays were full",
                "Torn cup; sticking cup valve",
                "Replace the cup; clean or replace the valve of that cup",
            ],
            [
                "Eggs set tilted or between pockets",
                "Format plate misaligned; warped setter trays",
                "Align the plate (5.1, step 6); sort out warped trays",
            ],
            [
                "Pulp farm trays lifted together with the eggs",
                "Vacuum set too high; wet pulp trays",
                "Lower VACUUM SET to -130 mbar; store trays dry",
            ],
            [
                "Head waits at the pick position before each cycle",
                "Vacuum builds up slowly: leak in a hose or at a cup",
                "Check the hoses and the cups",
            ],
        ],
        (56, 60, 58),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Changing the setter tray format"),
    (
        "ol",
        [
            "Run the machine empty and select SET-UP mode.",
            "Select FORMAT and choose the new setter tray (132, 150 or 162 eggs).",
            "Lock off the main switch.",
            "Pull the two locking pins of the format plate and lift the plate out by its handles.",
            "Fit the plate of the new format (its part number is on the handle) and push in both locking pins.",
            "Switch on, run ALIGN: the head sets down over the plate's alignment marks; the marks must lie within "
            "±1 mm of the cup centres. Correct with the two adjusting screws if needed.",
            "Run three setter trays with eggs at 10 % speed and check the set-down before going to AUTO.",
        ],
    ),
    ("h", "5.2 Replacing the suction cups"),
    (
        "ol",
        [
            "Stop the machine, lower the head to the service position and lock off the main switch.",
            "Unscrew the cups by hand (quarter turn to the left).",
            "Check the cup valves under the cups; clean a valve with shell dust in it.",
            "Screw in new cups 52-030 and check that all 30 stand level, within 1 mm of each other.",
            "Switch on and run TEST VACUUM: the head must reach -120 mbar within 1.5 s.",
            "Replace all 30 cups every 3 months or 2 000 000 cycles, whichever comes first.",
        ],
    ),
    ("h", "5.3 Cleaning the vacuum filter"),
    (
        "ol",
        [
            "Switch off the vacuum blower.",
            "Unscrew the filter bowl at the blower inlet.",
            "Take out the element 52-140, knock it out and blow it through from the inside at no more than 3 bar.",
            "Replace the element when it is torn or when the vacuum reaches -120 mbar only after more than 1.5 s with "
            "a clean element fitted.",
            "Refit the bowl hand-tight and run TEST VACUUM.",
        ],
    ),
    ("h", "5.4 Daily cleaning"),
    (
        "ol",
        [
            "Run the machine empty and lock off the main switch.",
            "Remove egg remains from the catch tray and the destacker.",
            "Wash the cups and head with water no hotter than 45 °C, then with the disinfectant of the hygiene plan.",
            "Wipe the conveyors; do not use a water jet on the servo drive or the control cabinet.",
            "Let the head dry with the guards open.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Cleaning (5.4); check the cups for cracks"],
            ["Weekly", "Clean the vacuum filter (5.3); drain the air filter"],
            ["3 months or 2 000 000 cycles, whichever comes first", "Replace all head cups (5.2)"],
            ["Every 2000 h", "Check the toothed belt of the head axis: tension and wear"],
            ["Yearly", "Pickmond service: servo axis, linear guides, destacker chains"],
        ],
        (70, 104),
    ),
    ("h", "7. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the VS-30; SET-UP mode needs the maintenance key.",
            "The guards are interlocked; never bridge a guard switch.",
            "Lift stacks of farm trays with a straight back; a full stack of six weighs about 12 kg.",
            "Electrical work inside the control cabinet is for qualified electricians only.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part no.", "Description"],
            ["52-030", "Suction cup, silicone, for 45-78 g eggs, pack of 30"],
            ["52-035", "Cup valve"],
            ["52-140", "Vacuum filter element"],
            ["52-201", "Format plate, 132-egg setter trays"],
            ["52-202", "Format plate, 150-egg setter trays"],
            ["52-203", "Format plate, 162-egg setter trays"],
            ["52-310", "Toothed belt, head axis"],
            ["52-400", "Contact sensor, set-down"],
        ],
        (30, 144),
    ),
]

# ---------------------------------------------------------------- Flaumvik CS chick and hatch waste separators
FLAUMVIK = [
    ("title", "Flaumvik CS Chick and Hatch Waste Separators\nInstallation, Operation and Maintenance - CS-40 and CS-60"),
    (
        "p",
        "Document FLV-CS-IOM-07, Edition 2, January 2025. Flaumvik Hatchery Equipment. The CS separates day-old "
        "chicks from the hatch residue after a hatcher basket has been tipped onto its infeed. In the first stage "
        "a bed of turning rollers carries the chicks forward while shell pieces, fluff and membranes drop through "
        "the gaps between the rollers onto the waste conveyor. In the second stage an inclined disc track lets "
        "unhatched eggs and large half shells roll off sideways into the waste chute, while the chicks, which stand "
        "and walk, go on to the chick belt. The CS-40 has one disc track, the CS-60 a wider roller bed and two disc "
        "tracks. The basket tipper, the waste conveyor and the waste system (vacuum line or macerator) are separate "
        "machines with their own manuals; how the hatch waste is stored and disposed of is for the site under its "
        "animal by-products permit.",
    ),
    (
        "warn",
        "WARNING: The rollers draw in fingers and clothing. Never reach into the roller bed while the CS is running. "
        "Lock off the main switch before clearing a jam or cleaning between the rollers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CS-40", "CS-60"],
            ["Capacity, broiler chicks", "40 000 chicks/h", "60 000 chicks/h"],
            ["Hatcher baskets per hour, about 125 chicks each", "320", "480"],
            ["Roller bed, width x length", "800 x 1600 mm", "1200 x 1600 mm"],
            ["Number of rollers", "20", "20"],
            ["Roller speed, settable (default)", "40-110 rpm (70 rpm)", "40-100 rpm (65 rpm)"],
            ["Roller gap, settable", "12-22 mm", "12-22 mm"],
            ["Disc tracks", "1", "2"],
            ["Drive motors", "2 x 0.55 kW", "3 x 0.55 kW"],
            ["Electrical supply, 400 V 3N~ 50 Hz", "1.6 kW, fuse 10 A", "2.4 kW, fuse 10 A"],
            ["Height of the chick exit above the floor", "780 mm", "780 mm"],
            ["Protection of motors and controls", "IP66", "IP66"],
            ["Length x width x height", "2600 x 1100 x 1350 mm", "2600 x 1500 x 1350 mm"],
            ["Mass", "650 kg", "880 kg"],
            ["Sound pressure at 1 m", "68 dB(A)", "70 dB(A)"],
        ],
        (78, 48, 48),
    ),
    (
        "p",
        "The capacity holds for broiler chicks from baskets with a hatch of at least 80 % and a dry residue. For "
        "layer chicks it is 15 % lower. The CS is not rated for turkey poults, ducklings or other species; ask "
        "Flaumvik before using it for them.",
    ),
    ("h", "2. Settings and limits"),
    (
        "cols",
        [
            ("h", "Roller gap"),
            (
                "p",
                "The gap is measured between the tops of two neighbouring rollers with the gap gauge 63-020. Set 18 "
                "mm for broiler chicks and 16 mm for layer chicks. A gap wider than 20 mm lets small chicks get a leg "
                "between the rollers; never set more than 20 mm when chicks are running. Wider gaps up to 22 mm are "
                "only for running the residue of a hatch with no chicks.",
            ),
            ("h", "Roller speed"),
            (
                "p",
                "Start at the default speed. If shells ride on with the chicks, raise the speed in 5 rpm steps; if "
                "chicks tumble or pile up at the disc track, lower it. Never run faster than 110 rpm (CS-40) or 100 rpm "
                "(CS-60); W09 is shown when the speed is more than 10 % off its setting for 5 s.",
            ),
            ("h", "Feed rate"),
            (
                "p",
                "Chicks per hour = hatcher baskets per hour x chicks per basket. Example: 300 baskets/h x 125 chicks "
                "= 37 500 chicks/h, within the 40 000 of a CS-40. Tip the next basket only when the roller bed is "
                "clear of the last one at its first third; W08 stops the tipper when the infeed level sensor is "
                "covered for more than 4 s.",
            ),
            ("h", "Drops"),
            (
                "p",
                "No drop inside the CS is higher than 80 mm. The drop from the chick exit onto the next conveyor "
                "must not be more than 100 mm; keeping it there is for the installer of that conveyor.",
            ),
            ("h", "Washdown"),
            (
                "p",
                "Wash with water at no more than 60 °C. A pressure washer may be used at up to 80 bar, but keep the "
                "jet at least 300 mm from bearings, motors and the control box. Detergent and disinfectant follow "
                "the hatchery's hygiene plan.",
            ),
            (
                "warn",
                "Never start the CS with chicks in it after a washdown until the rollers are dry: wet rollers chill "
                "and soil the chicks.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Action"],
            ["W01", "Emergency stop", "Clear the cause, release, press RESET."],
            ["W02", "Guard or cover open", "Close it."],
            ["W03", "Roller drive overload", "Lock off; clear the jam between the rollers; RESET."],
            ["W04", "Disc track drive overload", "Lock off; remove the egg or shell wedged at the discs."],
            ["W06", "Waste conveyor or waste system stopped", "Check the waste system; the CS waits for its ready signal."],
            ["W07", "Chick belt or following conveyor stopped", "Check the chick counter and conveyors downstream."],
            ["W08", "Infeed overfilled, tipper held", "Slow the tipping; wait for the bed to clear."],
            ["W09", "Roller speed more than 10 % off setting", "Check the drive chain and the inverter."],
            ["W10", "Inverter fault", "Note the inverter code; switch off for 1 min; call Flaumvik service if repeated."],
            ["W11", "CLEAN mode active", "Leave CLEAN mode before running chicks."],
            ["W12", "Service due, 2000 h", "Carry out the 2000 h tasks, reset in SERVICE."],
        ],
        (16, 72, 86),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Cause", "Remedy"],
            [
                "Chicks fall through onto the waste conveyor",
                "Roller gap too wide for the chicks; worn roller",
                "Set the gap for the chick type (5.2); replace worn rollers (5.4)",
            ],
            [
                "Shells and fluff carried along with the chicks",
                "Roller speed too low; gap too narrow; wet residue from a late pull",
                "Raise the speed in 5 rpm steps; check the gap; tell the hatch manager about wet hatches",
            ],
            [
                "Chicks piling up at the disc track",
                "Baskets tipped too fast; roller speed too high",
                "Tip slower; lower the speed",
            ],
            [
                "Unhatched eggs reaching the chick belt",
                "Disc track angle too flat; discs dirty",
                "Set the track angle to 12°; clean the discs",
            ],
            [
                "Fluff mats building up under the rollers",
                "Scrapers worn or not touching",
                "Set the scrapers to touch the rollers; replace worn scraper strips",
            ],
            [
                "Rollers stop and restart repeatedly",
                "Shell build-up on the drive chain; chain slack",
                "Clean and tension the chain: 10-15 mm sag at mid span",
            ],
        ],
        (54, 62, 58),
    ),
    ("h", "5. Procedures"),
    ("h", "5.1 Start-up before a hatch"),
    (
        "ol",
        [
            "Check that the rollers, discs and scrapers are clean and dry.",
            "Check the roller gap for the chicks of the day with the gap gauge 63-020.",
            "Switch on; wait for the waste system and the chick belt to report ready (W06 and W07 clear).",
            "Start the CS empty at the default speed and watch one full turn of the rollers.",
            "Tip the first basket and watch the first 200 chicks over the disc track; correct the speed if needed.",
        ],
    ),
    ("h", "5.2 Setting the roller gap"),
    (
        "ol",
        [
            "Run the CS empty, stop it and lock off the main switch.",
            "Loosen the four clamping bolts of the roller frame on both sides (13 mm spanner).",
            "Turn the two gap spindles at the infeed end together: one turn changes the gap by 1 mm.",
            "Check the gap between every pair of rollers with the gap gauge 63-020 at both ends of the rollers; it "
            "must be the same within ±0.5 mm.",
            "Tighten the clamping bolts to 25 Nm and check the gap again.",
            "Run the rollers empty for 1 min, then check that no roller touches its neighbour.",
        ],
    ),
    ("h", "5.3 Cleaning after the hatch"),
    (
        "ol",
        [
            "Run the CS empty for 2 min to clear loose residue, then select CLEAN mode (rollers at 20 rpm).",
            "Scrape fluff and membranes from the scrapers and the disc track into the waste conveyor.",
            "Lock off the main switch and wash the roller bed from above, the jet at least 300 mm from bearings "
            "and motors.",
            "Apply the detergent and disinfectant of the hygiene plan and leave it for the contact time it states.",
            "Rinse with water at no more than 60 °C.",
            "Switch on and run CLEAN mode for 10 min to dry the rollers; leave the covers open overnight.",
        ],
    ),
    ("h", "5.4 Replacing a roller"),
    (
        "ol",
        [
            "Lock off the main switch and remove the side covers.",
            "Take the drive chain off the sprocket of the roller.",
            "Undo the two bearing blocks (M10) and lift the roller out.",
            "Fit the new roller 63-101 (CS-40) or 63-102 (CS-60) with the sprocket on the drive side.",
            "Tighten the bearing blocks to 45 Nm, fit the chain and check the sag: 10-15 mm at mid span.",
            "Check the gap to both neighbours (5.2, step 4) and refit the covers.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After every hatch day", "Cleaning (5.3)"],
            ["Weekly", "Check the scrapers and the roller gap; check the chain sag"],
            ["Every 2000 h (W12)", "Grease the roller bearings (two strokes each); check the rollers for wear"],
            ["Roller worn by 1.5 mm or more on the diameter", "Replace the roller (5.4)"],
            ["Yearly", "Flaumvik service: drives, inverter settings, disc track bearings"],
        ],
        (66, 108),
    ),
    ("h", "7. Safety"),
    (
        "ul",
        [
            "Only trained staff may run, clean or adjust the CS.",
            "Lock off the main switch before any work in the roller bed or at the disc track.",
            "Hatch residue can carry germs; wear gloves and wash hands after clearing jams.",
            "The emergency stop buttons also stop the basket tipper through the interlock; check this weekly.",
        ],
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part no.", "Description", "Model"],
            ["63-020", "Roller gap gauge set, 12-22 mm", "CS-40, CS-60"],
            ["63-101", "Roller, 800 mm, with sprocket", "CS-40"],
            ["63-102", "Roller, 1200 mm, with sprocket", "CS-60"],
            ["63-110", "Roller bearing block", "CS-40, CS-60"],
            ["63-150", "Scraper strip, PE, 800 mm", "CS-40"],
            ["63-151", "Scraper strip, PE, 1200 mm", "CS-60"],
            ["63-210", "Disc set for one disc track", "CS-40, CS-60"],
            ["63-300", "Drive chain 1/2 in, 5 m", "CS-40, CS-60"],
        ],
        (30, 100, 44),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vacciova-io-in-ovo-egg-injection-machine.pdf", "Vacciova VCV-OM-IO-03 Ed 4 - IO-30 / IO-45", VACCIOVA),
        (
            "lichtborne-et-egg-transfer-machine-with-candler.pdf",
            "Lichtborne LBA-ET-OM-21 Ed 3 - ET-24 / ET-36",
            LICHTBORNE,
        ),
        ("pickmond-vs-vacuum-egg-setting-machine.pdf", "Pickmond PKM-VS30-OM Rev C - VS-30", PICKMOND),
        ("flaumvik-cs-chick-and-hatch-waste-separator.pdf", "Flaumvik FLV-CS-IOM-07 Ed 2 - CS-40 / CS-60", FLAUMVIK),
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
