"""Generate the PDF manuals of the hundred-and-thirty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set134-scratch/venv && /tmp/set134-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set134-scratch/venv/bin/python knowledge/samples/hundredthirtyfourth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
diameter sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Bohrlund BPX CNC point-to-point boring machines
BOHRLUND = [
    ("title", "Bohrlund BPX CNC Point-to-Point Boring Machines\nOperation and Maintenance - BPX-25 and BPX-32"),
    (
        "p",
        "Document BLR-OM-BPX-04, Edition 4, March 2025. Bohrlund Machining GmbH. The BPX-25 and BPX-32 are CNC "
        "point-to-point machines for boring, grooving and routing flat panels in cabinet and furniture production: "
        "shelf-pin rows, dowel holes, hinge cups, back panel grooves and cut-outs. The panel rests on vacuum pods "
        "carried by sliding consoles; a gantry carries the drilling head, the grooving saw and the router spindle. "
        "Apart from the working area, the drilling head, the router spindle, the tool changer and the items named "
        "in this manual, the two models are built alike. The programming software, the CAD interface and the label "
        "printer have their own manuals. The dust extraction system, the compressed air supply and the electrical "
        "supply up to the main switch are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The gantry moves fast and without warning while a programme runs. Never reach over the pressure "
        "sensitive mats or into the working area when the machine is in AUTO. Never defeat a mat, a bumper or the "
        "guard door interlock.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BPX-25", "BPX-32"],
            ["Working area X x Y", "2500 x 1250 mm", "3200 x 1600 mm"],
            ["Maximum panel thickness", "80 mm", "100 mm"],
            ["Consoles / vacuum pods supplied (120 x 120 mm)", "6 / 12", "8 / 16"],
            ["Vertical drilling spindles (in X / in Y)", "12 (7 / 5)", "18 (10 / 8)"],
            ["Horizontal drilling spindles (in X / in Y)", "4 (2 / 2)", "6 (4 / 2)"],
            ["Drilling spindle speed", "4000 rpm fixed", "1500-6000 rpm, inverter"],
            ["Spindle pitch of the drilling head", "32 mm", "32 mm"],
            ["Grooving saw in X, diameter", "120 mm", "120 mm"],
            ["Router spindle power S6, cooling", "7.5 kW, air cooled", "11 kW, liquid cooled (chiller)"],
            ["Router spindle speed", "1500-24 000 rpm", "1500-24 000 rpm"],
            ["Tool holder", "HSK-F63", "HSK-F63"],
            ["Tool changer", "8-position linear", "12-position rotary on the gantry"],
            ["Largest tool in the changer, diameter / mass", "160 mm / 5 kg", "180 mm / 6.5 kg"],
            ["Axis speed X and Y / Z", "80 m/min / 30 m/min", "100 m/min / 30 m/min"],
            ["Vacuum pump, dry-running rotary vane", "100 m³/h", "250 m³/h"],
            ["Dust extraction at 30 m/s in the connection", "3400 m³/h, Ø 200 mm", "5300 m³/h, Ø 250 mm"],
            ["Compressed air, dry and oil-free", "6.5 bar min., 250 NL/min", "6.5 bar min., 350 NL/min"],
            ["Installed power / supply fuse 400 V", "18 kW / 40 A gG", "26 kW / 63 A gG"],
            ["Drilling head gearbox oil ISO VG 220", "0.6 L", "0.9 L"],
            ["Mass", "4200 kg", "5900 kg"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The positioning accuracy of ±0.05 mm holds only at a hall temperature of 20 °C ±5 °C and after the warm-up "
        "programme. The depth of a blind hole is repeated within ±0.2 mm only on panels whose thickness varies by no "
        "more than ±0.3 mm, because the depth is measured from the pod surface and not from the top of the panel.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Bohrlund or by the site's trained supervisor may run the machine. Maintenance on "
            "the electrical cabinet is for qualified electricians only.",
            "The working area is guarded by pressure sensitive mats on the operator side and bumpers on the gantry. "
            "Stepping on a mat during a cycle stops all axes (A02).",
            "Wear hearing protection while routing. Do not wear gloves near a turning tool.",
            "Use only tools marked with their maximum speed and made for mechanical feed (marked MAN or with the "
            "tool maker's equivalent).",
            "Switch the machine off at the main switch and lock it before changing drilling bits or cleaning the "
            "drilling head.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Vacuum"),
            (
                "p",
                "A programme only starts when the vacuum at every active pod has reached -0.6 bar or lower. If it "
                "does not do so within 20 s the machine shows A04. If the vacuum rises above -0.5 bar while "
                "machining, all axes stop at once (A05). A 120 x 120 mm pod holds about 860 N at -0.6 bar. A panel "
                "must cover at least two pods completely; parts smaller than 250 x 80 mm cannot be held on the "
                "standard pods and need the site's own jigs.",
            ),
            ("h", "Drilling feed"),
            (
                "p",
                "Feed (m/min) = spindle speed (rpm) x feed per revolution (mm) / 1000. Use 0.25-0.4 mm per "
                "revolution in particleboard and MDF, no more than 0.15 mm in solid hardwood. At the fixed 4000 rpm "
                "of the BPX-25 this gives 1.0-1.6 m/min in particleboard.",
            ),
            ("h", "Tool speeds"),
            (
                "p",
                "The peripheral speed of a router tool or saw must not exceed 80 m/s: n max (rpm) = 80 x 60 000 / "
                "(3.14 x D), with D the tool diameter in mm. A 160 mm saw blade may therefore run at no more than "
                "9500 rpm. The speed marked on the tool applies if it is lower, whichever is less.",
            ),
            ("h", "Drilling bits"),
            (
                "p",
                "Vertical bits have a 10 mm shank and a total length of 57 mm, horizontal bits a total length of "
                "70 mm. Bits must be ground to the same length within ±0.1 mm. Enter the measured length of every "
                "new or reground bit in the tool table to within 0.05 mm. Through holes: drill no more than 1 mm "
                "deeper than the panel thickness.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After a standstill of more than 8 h, or when the hall is below 15 °C, run the programme WARMUP "
                "before the first panel: 10 min in four speed steps (6000, 12 000, 18 000 and 24 000 rpm). The "
                "BPX-32 chiller must show a coolant temperature of 18-24 °C before the spindle exceeds 12 000 rpm.",
            ),
            ("h", "Air and extraction"),
            (
                "p",
                "The supply must stay at 6.5 bar or above; below 5.5 bar the machine stops with A03. The extraction "
                "damper opens with the router spindle; the site's system must give at least 1800 Pa negative "
                "pressure at the machine connection.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop pressed or its circuit open. Release, then press RESET."],
            [
                "A02",
                "Safety mat",
                "A mat or a gantry bumper was actuated during a cycle. Clear the area, press RESET and restart the "
                "programme from the beginning.",
            ],
            ["A03", "Air pressure low", "Supply below 5.5 bar. Check the site supply, the filter and the main valve."],
            [
                "A04",
                "Vacuum not reached",
                "-0.6 bar not reached within 20 s: pod not covered, pod seal worn or missing, vacuum filter blocked, "
                "porous panel.",
            ],
            [
                "A05",
                "Vacuum lost",
                "Vacuum above -0.5 bar while machining. The panel may have moved: check its position before "
                "restarting.",
            ],
            [
                "A06",
                "Spindle overtemperature",
                "Router spindle winding above 130 °C. BPX-25: fan and filter; BPX-32: chiller running and coolant "
                "level.",
            ],
            ["A07", "Tool not clamped", "HSK clamp sensor did not confirm. Clean the taper and the holder."],
            ["A08", "Following error", "An axis lags behind its set position: collision, binding guide or drive fault."],
            ["A10", "Drill spindle not down", "A drilling spindle cylinder did not reach its lower sensor in 1 s."],
            ["A11", "Software limit", "The programme moves an axis outside its travel. Check the programme."],
            [
                "A12",
                "Extraction",
                "Damper not open or the air flow switch in the hood not made. Check the site extraction.",
            ],
            ["A13", "Tool changer", "Changer position not confirmed or a pocket empty that the programme needs."],
            ["A14", "Grease low", "Central lubrication reservoir below minimum. Fill with grease NLGI 2."],
            ["A15", "Service due", "2000 h or 12 months since the last service. The machine still works."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chipping on the underside of through holes",
                "Blunt bit, feed too high, or the bit going more than 1 mm past the panel",
                "Change the bit; reduce the feed; correct the depth in the programme",
            ],
            [
                "Blind hole depth varies across one panel",
                "Panel thickness varies, pod seals of different height, or a wrong bit length in the tool table",
                "Measure the panel; replace worn pod seals as a set; re-measure the bit",
            ],
            [
                "Panel moves during routing",
                "Vacuum low, worn pod seals, pod only partly covered, or porous raw MDF",
                "Check the gauge (A05 above -0.5 bar); replace seals; cover the pods fully",
            ],
            [
                "Burn marks in hinge cups",
                "Feed too low for the speed, or a blunt hinge bit",
                "Raise the feed per revolution; change the bit",
            ],
            [
                "Whole row of holes shifted by 32 mm",
                "Wrong spindle chosen in the tool table after a bit change",
                "Check the spindle numbers in the tool table against the head",
            ],
            [
                "Router spindle noisy or vibrating",
                "Tool out of balance, dirt on the HSK taper, or worn bearings",
                "Clean the taper and the holder; try another tool; call Bohrlund service",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Starting up and referencing"),
    (
        "ol",
        [
            "Check that the working area is clear and that no tool or loose part lies on the consoles.",
            "Open the compressed air main valve and check the gauge: at least 6.5 bar.",
            "Switch on the main switch. The control starts up in about 90 s.",
            "Press RESET to switch on the drives.",
            "Select REFERENCE and press START: the axes move to their reference switches one after the other, Z "
            "first.",
            "Start the site's dust extraction.",
            "Run WARMUP if the machine stood for more than 8 h or the hall is below 15 °C.",
            "Load the programme and check the console and pod positions shown on the screen.",
        ],
    ),
    ("h", "7. Changing a drilling bit"),
    (
        "ol",
        [
            "Move the gantry to the change position (MENU > SERVICE > BIT CHANGE).",
            "Switch off at the main switch and lock it.",
            "Loosen the grub screw of the quick-change chuck with a 3 mm hex key.",
            "Pull the bit out downwards. Note its spindle number.",
            "Check the new bit: right-hand bits (black collar) go on right-hand spindles, left-hand bits (red "
            "collar) on left-hand spindles.",
            "Measure the new bit with the bit gauge: total length 57 mm for vertical bits.",
            "Push the bit in until its flat faces the grub screw and tighten to 4 Nm.",
            "Switch on, enter the measured length in the tool table to within 0.05 mm under the spindle number.",
            "Drill a test hole in a scrap panel and check its depth with a depth gauge.",
        ],
    ),
    ("h", "8. Checking the vacuum pods"),
    (
        "ol",
        [
            "Place a flat test panel of coated particleboard over one console so that it covers all its pods.",
            "Switch on the vacuum for that console only (F5).",
            "Read the gauge after 20 s: -0.6 bar or lower.",
            "Lift each pod's release pin briefly: the vacuum must recover to -0.6 bar within 5 s.",
            "If a console does not reach -0.6 bar, swap its pod seals for new ones, all on the console.",
            "Clean the vacuum filter cartridge; replace it if the gauge still reads high.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Blow chips off the consoles and pods; drain water from the air filter; check the mats"],
            ["Weekly", "Clean the HSK tapers and holders; clean the vacuum filter cartridge; check the pod seals"],
            ["40 h of axis movement", "Central lubrication runs by itself; check the reservoir level"],
            ["1000 h", "Replace the vacuum filter cartridge"],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the drilling head gearbox oil: 0.6 L (BPX-25) or 0.9 L (BPX-32), ISO VG 220; Bohrlund service",
            ],
            ["3000 h", "Check the vacuum pump vanes; replace them below a height of 26 mm"],
            ["12 months", "Check of the HSK clamping force and of the spindle bearings by Bohrlund service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BPX-25", "BPX-32"],
            ["Vacuum pod 120 x 120 mm complete", "BLR-VP-120", "BLR-VP-120"],
            ["Narrow vacuum pod 120 x 50 mm", "BLR-VP-125", "BLR-VP-125"],
            ["Pod seal set (10 seals)", "BLR-PS-10", "BLR-PS-10"],
            ["Vacuum filter cartridge", "BLR-VF-100", "BLR-VF-250"],
            ["Quick-change chuck, drilling spindle", "BLR-QC-10", "BLR-QC-10"],
            ["Pressure sensitive mat 1000 mm", "BLR-SM-1000", "BLR-SM-1000"],
            ["Vane set for the vacuum pump", "BLR-VS-100", "BLR-VS-250"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Furnholm VP veneer hot presses
FURNHOLM = [
    ("title", "Furnholm VP Veneer Hot Presses\nOperating and Maintenance Manual - VP-2513 and VP-3214"),
    (
        "p",
        "Document FNH-OM-VP-02, Edition 2, June 2024. Furnholm Press Systems. The VP-2513 and VP-3214 are "
        "single-daylight hydraulic hot presses for veneering particleboard, MDF and plywood cores with urea "
        "formaldehyde (UF) or PVAc glues. The two steel platens are heated by thermal oil from the built-in "
        "electric heater; the lower platen is lifted by the main cylinders. Apart from the platen size, the "
        "cylinders, the heater and the items named in this manual, the two presses are built alike. The glue "
        "spreader, the veneer splicer and the loading table have their own manuals. Glue mixing, open times and "
        "press times for glues other than those named here are given by the glue maker. The thermal oil system is "
        "a pressure system: its periodic inspection is arranged by the site with the inspector required by "
        "national rules.",
    ),
    (
        "warn",
        "WARNING: Platens, thermal oil pipes and pressed panels are hot: up to 130 °C. Wear heat-resistant gloves "
        "when unloading. Never reach between the platens: the press closes with a force of up to 2454 kN.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VP-2513", "VP-3214"],
            ["Platen size", "2500 x 1300 mm", "3200 x 1400 mm"],
            ["Platen area", "3.25 m²", "4.48 m²"],
            ["Daylight (opening)", "120 mm", "150 mm"],
            ["Main cylinders", "6 x Ø 125 mm", "8 x Ø 125 mm"],
            ["Maximum hydraulic pressure", "250 bar", "250 bar"],
            ["Total press force at 250 bar", "1841 kN", "2454 kN"],
            ["Highest specific pressure on the full platen", "0.57 N/mm²", "0.55 N/mm²"],
            ["Platen temperature range", "40-130 °C", "40-130 °C"],
            ["Thermal oil heater", "18 kW", "24 kW"],
            ["Heat-up time 20 °C to 110 °C, platens closed", "50 min", "65 min"],
            ["Closing speed, fast / pressing", "40 mm/s / 3 mm/s", "40 mm/s / 3 mm/s"],
            ["Hydraulic pump motor", "5.5 kW", "7.5 kW"],
            ["Hydraulic oil HLP 46", "160 L", "200 L"],
            ["Thermal oil (mineral heat transfer oil)", "90 L", "120 L"],
            ["Supply 400 V 3~ 50 Hz, fuse", "50 A gG", "63 A gG"],
            ["Mass", "7800 kg", "10 400 kg"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The platen temperature is uniform within ±3 °C over the whole platen only at 110 °C and after the platens "
        "have been at temperature for at least 30 min. At other temperatures, or during heat-up, larger differences "
        "are normal.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The press closes only with the two-hand control. Light curtains at the front and rear stop closing at "
            "once (H02).",
            "Check the light curtains at the start of every shift by passing the test rod through them while the "
            "press closes at fast speed.",
            "Never loosen a thermal oil or hydraulic fitting while the system is hot or under pressure.",
            "Do not leave the press closed and heated over a weekend; open it and switch the heating to STANDBY "
            "(60 °C).",
            "Formaldehyde is released from UF glues while pressing. The press extraction hood must run whenever the "
            "platens are hot.",
        ],
    ),
    ("h", "3. Press settings"),
    (
        "cols",
        [
            ("h", "Hydraulic pressure"),
            (
                "p",
                "Hydraulic pressure (bar) = specific pressure (N/mm²) x panel area (m²) x 136 for the VP-2513, or x "
                "102 for the VP-3214. The panel area is the area of all panels in the load. Example: two panels of "
                "2.0 x 1.0 m (2.0 m² in all) pressed at 0.4 N/mm² in a VP-2513 need about 109 bar. Never set less "
                "than 40 bar or more than 250 bar.",
            ),
            ("h", "Specific pressure"),
            (
                "p",
                "For veneer on particleboard use 0.3-0.5 N/mm², on MDF 0.25-0.4 N/mm². Sliced veneers thinner than "
                "0.5 mm need the lower end of the range.",
            ),
            ("h", "Load area"),
            (
                "p",
                "Never press a load covering less than 40 % of the platen area: the platens may bend. Spread small "
                "panels evenly over the platen or fill with caul boards of the same thickness. Keep every panel at "
                "least 30 mm inside the platen edge. Panels in one load must be of the same thickness within "
                "±0.3 mm.",
            ),
            ("h", "Temperature and time"),
            (
                "p",
                "UF glue: 100-115 °C. At 110 °C press for 3 min for veneers up to 0.6 mm on cores of up to 19 mm; "
                "add 30 s for each further 0.2 mm of veneer. PVAc glue: 70-85 °C, 4 min. For other glues and cores, "
                "use the glue maker's data sheet. Veneer moisture must be 8-12 %.",
            ),
            ("h", "Pressure holding"),
            (
                "p",
                "During the press time the pump restarts when the pressure falls by more than 5 % of the set value. "
                "More than 10 restarts in one cycle stop the cycle with H05.",
            ),
            ("h", "Over-temperature"),
            (
                "p",
                "The control keeps each platen within ±5 °C of its set point (H06 after 2 min outside). An "
                "independent cut-out switches off the heater at 140 °C thermal oil temperature (H07); it must be "
                "reset by hand on the heater panel.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "An emergency stop pressed. Release, press RESET; the press opens."],
            ["H02", "Light curtain", "Curtain interrupted while closing. Clear it and close again with both hands."],
            [
                "H03",
                "Hydraulic oil hot",
                "Hydraulic oil above 60 °C: cooler fan stopped, cooler fins dirty, or internal leakage causing many "
                "restarts.",
            ],
            [
                "H04",
                "Pressure not reached",
                "Set pressure not reached within 30 s: set pressure too high for the relief valve, pump or valve "
                "fault.",
            ],
            ["H05", "Pressure loss", "More than 10 pump restarts in one cycle: leak at a cylinder seal or a valve."],
            [
                "H06",
                "Platen temperature",
                "A platen more than 5 °C from its set point for 2 min: heater element, thermal oil flow or sensor.",
            ],
            ["H07", "Over-temperature", "Thermal oil at 140 °C: cut-out tripped. Find the cause, then reset by hand."],
            ["H09", "Thermal oil flow", "Flow switch open: circulation pump stopped, air in the system, valve closed."],
            ["H10", "Thermal oil level", "Expansion tank below MIN. Top up with the same oil, cold, to the mark."],
            ["H11", "Heater element", "Current unbalanced between the heater groups: element or contactor."],
            ["H12", "Open position", "Open position sensor not made within 40 s after opening started."],
            ["H13", "Service due", "4000 h or 24 months since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Blisters (loose bubbles) in the veneer after pressing",
                "Steam from wet veneer or too much glue; press time too short; temperature too high",
                "Check veneer moisture (8-12 %); reduce the spread; extend the press time",
            ],
            [
                "Glue bleeds through the veneer",
                "Too much glue, glue too thin, or pressure too high for a thin veneer",
                "Reduce the spread; use the lower pressure range",
            ],
            [
                "Poor bond along the panel edges only",
                "Panels too close to the platen edge, where the platen is cooler",
                "Keep panels at least 30 mm inside the edge",
            ],
            [
                "Poor bond in the middle of a load",
                "Panels of different thickness in one load, or a load area under 40 %",
                "Sort panels by thickness; fill the load with caul boards",
            ],
            [
                "Veneer cracks or checks after pressing",
                "Veneer too dry (below 8 %) or platens too hot",
                "Condition the veneer; lower the temperature",
            ],
            [
                "Pump restarts often during the press time",
                "Internal leakage at the cylinder seals or the check valve",
                "Count the restarts; call Furnholm service for the seals",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Daily start-up and heat-up"),
    (
        "ol",
        [
            "Check the thermal oil level in the expansion tank, cold: between MIN and MAX.",
            "Check the hydraulic oil level in the sight glass.",
            "Switch on the main switch and the press extraction hood.",
            "Select HEATING and enter the platen set point; close the platens to the contact position to heat up.",
            "Wait for the platens to reach the set point, 50 min (VP-2513) or 65 min (VP-3214) from cold to 110 °C.",
            "Wait a further 30 min for the temperature to settle if a uniform temperature is needed.",
            "Test the light curtains with the test rod.",
            "Press one test panel and check the bond by chiselling at a corner.",
        ],
    ),
    ("h", "7. Pressing a load"),
    (
        "ol",
        [
            "Calculate the hydraulic pressure from the panel area and the specific pressure (section 3).",
            "Enter the pressure, the temperature and the press time in the recipe, or call up a stored recipe.",
            "Lay the glued panels with their veneers on the loading table and check the veneer positions.",
            "Push the load into the press; check that every panel is at least 30 mm inside the platen edge.",
            "Close the press with the two-hand control until the pressing speed starts; then release.",
            "The press builds up pressure and the press time starts when the set pressure is reached.",
            "When the press opens, pull the load onto the unloading table.",
            "Stack the panels flat on a level base for at least 24 h before sanding.",
        ],
    ),
    ("h", "8. Checking platen temperature uniformity"),
    (
        "ol",
        [
            "Heat both platens to 110 °C and hold for at least 30 min.",
            "Open the press fully and switch off the hydraulics.",
            "Measure the platen surface with a contact thermometer at nine points: the four corners 100 mm in from "
            "both edges, the middle of the four sides and the centre.",
            "All nine readings must lie within ±3 °C of the set point.",
            "If one area is low, check the thermal oil flow (H09) and bleed the platen at its bleed screw.",
            "Record the readings in the press log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Test the light curtains; wipe glue off the platens while warm with a brass scraper"],
            ["Weekly", "Check the thermal oil pump seal for leaks; clean the hydraulic cooler fins"],
            ["1000 h", "Replace the hydraulic return filter"],
            [
                "4000 h or 24 months, whichever comes first",
                "Change the hydraulic oil: 160 L (VP-2513) or 200 L (VP-3214) HLP 46",
            ],
            ["12 months", "Send a thermal oil sample for analysis; change the oil only if the oil supplier says so"],
            ["As required by national rules", "Inspection of the thermal oil system by the inspector, arranged by the site"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VP-2513", "VP-3214"],
            ["Main cylinder seal kit (one cylinder)", "FNH-SK-125", "FNH-SK-125"],
            ["Heater element 6 kW", "FNH-HE-6", "FNH-HE-6"],
            ["Hydraulic return filter element", "FNH-RF-10", "FNH-RF-16"],
            ["Thermal oil circulation pump", "FNH-TP-18", "FNH-TP-24"],
            ["Light curtain pair, front or rear", "FNH-LC-25", "FNH-LC-32"],
            ["Platen temperature sensor Pt100", "FNH-TS-100", "FNH-TS-100"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Tenrick DT double-end tenoner
TENRICK = [
    ("title", "Tenrick DT-3000 Double-End Tenoner\nOperating and Maintenance Manual"),
    (
        "p",
        "Document TNR-OM-DT30-01, Edition 1, November 2024. Tenrick Machine Works. The DT-3000 sizes and "
        "profiles both edges of flat panels in one pass: table tops, cabinet sides, shelves and doors of "
        "particleboard, MDF and plywood. The panel is carried between two chain tracks and held from above by "
        "V-belt top pressure beams. The left side is fixed; the right side moves on its bed to set the width. Each "
        "side carries five units: hogger (pre-cutter), jointing cutter, profile spindle 1, profile spindle 2 and "
        "grooving saw. The infeed and outfeed conveyors, the panel turner and the edge bander that follow the "
        "tenoner have their own manuals. The tools are supplied by the tool maker, who also gives their "
        "regrinding limits. The dust extraction system is the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The tools keep turning for up to 30 s after the STOP button is pressed; the brakes stop them "
        "within 10 s only when they work. Never open a hood before the spindle LED has gone out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DT-3000"],
            ["Working width, finished panel", "250-3000 mm"],
            ["Panel thickness", "8-60 mm"],
            ["Shortest panel in the feed direction", "200 mm"],
            ["Feed speed (inverter)", "12-60 m/min"],
            ["Chain tracks, pad width", "2 x 80 mm, rubber pads, pitch 50.8 mm"],
            ["Width adjustment, motorised", "2 m/min, positioning ±0.05 mm"],
            ["Hogger, per side", "7.5 kW, 6000 rpm, tool Ø 250 mm, Z 12"],
            ["Jointing cutter, per side", "5.5 kW, 9000 rpm, tool Ø 180 mm, Z 6"],
            ["Profile spindles 1 and 2, per side", "4 kW, 9000 rpm, tool Ø up to 180 mm, tilting 0-90°"],
            ["Grooving saw, per side", "3 kW, 6000 rpm, blade Ø 200 mm, groove depth up to 20 mm"],
            ["Installed power", "52 kW, 400 V 3~ 50 Hz, fuse 125 A gG"],
            ["Dust extraction", "10 connections Ø 140 mm, at least 1550 m³/h each at 28 m/s, 15 500 m³/h in all"],
            ["Compressed air", "6 bar, 200 NL/min"],
            [
                "Sound pressure at the operator position",
                "84 dB(A) idling; 92 dB(A) machining particleboard at 30 m/min",
            ],
            ["Mass", "9600 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The width accuracy of ±0.1 mm over the panel holds only with sharp tools, chain pads worn by less than "
        "1 mm and a panel at least 400 mm long. Shorter panels and worn pads give larger variations.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the DT-3000 may set or run it. Setting is done with the machine in SET mode, "
            "with the tools at standstill.",
            "Wear hearing protection: above 85 dB(A) it is required.",
            "Use only tools marked for mechanical feed and for the speed of the spindle they are fitted to.",
            "Never remove chips from the chain tracks by hand while the feed runs. Use the brush at the outfeed.",
            "Lock the main switch before changing a tool.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Tooth bite"),
            (
                "p",
                "Bite per tooth (mm) = feed speed (m/min) x 1000 / (spindle speed (rpm) x number of teeth). Keep the "
                "hogger between 0.3 and 0.8 mm and the jointing and profile tools between 0.3 and 0.6 mm. Example: "
                "the hogger at 30 m/min: 30 x 1000 / (6000 x 12) = 0.42 mm.",
            ),
            ("h", "Removal per side"),
            (
                "p",
                "The hogger takes at most 5 mm per side; the jointing cutter takes 0.5-1.0 mm after it. More than "
                "5 mm overloads the hogger motor (T05). Panels with more oversize must be pre-cut on the panel saw.",
            ),
            ("h", "Squareness"),
            (
                "p",
                "The two diagonals of a finished panel may differ by no more than 0.2 mm per metre of diagonal. "
                "Example: a panel of 2000 x 600 mm has a diagonal of 2088 mm, so the difference must stay at or "
                "below 0.42 mm.",
            ),
            ("h", "Top pressure"),
            (
                "p",
                "Set the top pressure beams 2 mm below the panel thickness and the cylinder pressure to 1.5-2.5 bar. "
                "Lower pressure lets the panel shift; higher pressure marks lacquered or foil faces.",
            ),
            ("h", "Chain lubrication"),
            (
                "p",
                "The chain tracks are oiled automatically every 8 h of feed running. Use chain oil ISO VG 100 only; "
                "never grease.",
            ),
            ("h", "Brakes"),
            (
                "p",
                "Each spindle motor has a DC brake that must stop the tool within 10 s. A spindle that takes longer "
                "shows T08 and must not be used until the brake has been repaired.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop or a pull cord actuated. Release and press RESET."],
            ["T02", "Hood open", "A tool hood opened while its spindle turned, or a hood switch faulty."],
            ["T03", "Air pressure", "Below 5 bar: top pressure and brakes cannot work. Check the supply."],
            ["T04", "Extraction", "Air flow switch in a hood not made: site extraction off or a damper closed."],
            [
                "T05",
                "Hogger overload",
                "Hogger motor current too high: more than 5 mm removed, blunt tool, or feed too high for the panel.",
            ],
            ["T06", "Feed chain", "Chain tension or chain lubrication fault; oil tank empty."],
            ["T08", "Brake time", "A spindle took longer than 10 s to stop. Have the brake repaired."],
            [
                "T09",
                "Width not reached",
                "Right side did not reach the set width: obstacle on the bed, clamp not released.",
            ],
            ["T10", "Panel jam", "Panel did not reach the outfeed sensor in time. Clear the jam with the feed stopped."],
            ["T11", "Motor protection", "A spindle motor breaker tripped. Check the tool and the motor before resetting."],
            ["T12", "Service due", "2000 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chipping along the bottom face of the edge",
                "Hogger blunt, or the bite too large for the panel",
                "Change the hogger; reduce the feed speed",
            ],
            [
                "Panels not square, diagonals differ",
                "Pusher dogs of the two chains out of line, or a chain stretched",
                "Check the chain timing and the dogs (section 7)",
            ],
            [
                "Profile height varies along the edge",
                "Top pressure too low, worn V-belts, or panels of uneven thickness",
                "Set the top pressure; replace the V-belts",
            ],
            [
                "Burn marks on the profile",
                "Feed too slow for the tool, or a blunt tool",
                "Raise the feed to a bite of at least 0.3 mm; change the tool",
            ],
            [
                "Width varies from panel to panel",
                "Chain pads worn, or the right side not clamped after setting",
                "Check the pads; check the bed clamp (T09)",
            ],
            [
                "Feed runs in jerks",
                "Chain lubrication empty or chains too tight",
                "Fill the oil tank; check the chain sag",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Setting the machine for a new panel width"),
    (
        "ol",
        [
            "Select SET mode. The spindles stop and the hoods unlock after the brakes have stopped the tools.",
            "Enter the finished width in the width field, measured between the jointed edges.",
            "Press MOVE: the right side travels to the new width and its bed clamp closes.",
            "Enter the panel thickness; the top pressure beams move to 2 mm below it.",
            "Check the hogger removal: panel width before machining minus the finished width, divided by two, at "
            "most 5 mm.",
            "Select RUN, start the extraction and the spindles, then the feed at 20 m/min.",
            "Run one test panel and measure its width at both ends and its two diagonals.",
            "Correct the width by the measured error in the width field and run a second test panel.",
        ],
    ),
    ("h", "7. Checking and setting squareness"),
    (
        "ol",
        [
            "Run a test panel of at least 1500 x 600 mm.",
            "Measure both diagonals with a tape or a diagonal gauge to 0.1 mm.",
            "Work out the limit: 0.2 mm per metre of diagonal.",
            "If the difference is larger, stop the feed in SET mode and check that the pusher dogs of both chains "
            "line up with the square supplied.",
            "Loosen the clamping nut of the right chain sprocket and turn the chain by the error, then tighten the "
            "nut to 85 Nm.",
            "Run a new test panel and measure again.",
        ],
    ),
    ("h", "8. Changing a tool"),
    (
        "ol",
        [
            "Stop the spindles, wait for the LED to go out, switch off and lock the main switch.",
            "Open the hood of the unit.",
            "Hold the spindle with the pin provided and undo the spindle nut: left spindles have left-hand thread, "
            "right spindles right-hand thread.",
            "Remove the tool and clean the spindle, the spacers and the tool bore.",
            "Fit the new tool with its teeth pointing in the direction of rotation shown on the hood.",
            "Tighten the nut to 60 Nm and remove the pin.",
            "Close the hood, turn the spindle by hand to check that it runs free.",
            "Enter the new tool diameter in the unit page and run a test panel.",
        ],
    ),
    ("h", "9. Checking the chain sag"),
    (
        "ol",
        [
            "Stop the feed in SET mode, switch off and lock the main switch.",
            "Open the lower guard of the chain track at the middle of the machine.",
            "Lay a straightedge across the two lower guide rails and measure the sag of the lower strand of each "
            "chain at its lowest point.",
            "The sag must be 10-15 mm. Both chains must be within 2 mm of each other.",
            "To correct, loosen the four bolts of the tensioning station at the infeed end and turn the tensioning "
            "screw: one turn moves the sprocket by 2 mm.",
            "Retighten the bolts to 45 Nm and measure again.",
            "A chain that needs more than 40 mm of tensioning travel since it was new is stretched and must be "
            "replaced by Tenrick service, together with its sprockets.",
            "Refit the guard and run the feed empty for 2 min at 12 m/min; listen for knocking at the sprockets.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean chips from the chains and beds; check the chain oil tank; test the emergency stops"],
            ["Weekly", "Check the V-belts of the top pressure; check brake times on the unit pages"],
            ["500 h", "Check the chain sag: 10-15 mm at the middle of the lower strand"],
            ["2000 h", "Tenrick service (T12): bearings, brakes, width drive backlash"],
            ["When worn by 1 mm or more", "Replace the chain pads as a full set per chain"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Chain pad set, one chain (118 pads)", "TNR-CP-118"],
            ["Top pressure V-belt", "TNR-VB-3000"],
            ["Spindle nut, left-hand", "TNR-SN-L40"],
            ["Spindle nut, right-hand", "TNR-SN-R40"],
            ["DC brake module", "TNR-BM-07"],
            ["Chain oil ISO VG 100, 5 L", "TNR-CO-5"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Lakkora LRC lacquer roller coaters
LAKKORA = [
    ("title", "Lakkora LRC Lacquer Roller Coaters\nOperation and Maintenance - LRC-13 and LRC-16"),
    (
        "p",
        "Document LKR-OM-LRC-03, Edition 3, February 2025. Lakkora Finishing Machines. The LRC-13 and LRC-16 are "
        "direct roller coaters for flat panels: they apply UV-curing and water-based primers, lacquers, stains and "
        "sealers on one face of a panel in one pass. A rubber-covered application roller transfers the lacquer; a "
        "chromed steel dosing roller running against it sets the film. The two models differ in working width, "
        "roller sizes, drives and the items named in this manual, and are otherwise alike. The UV curing unit, the "
        "sander and the stacking equipment of the line have their own manuals. Lacquer data (viscosity, coating "
        "weights, pot life, curing) are given by the lacquer maker. Regrinding and recoating the rubber rollers is "
        "done by the roller maker. Solvent vapour extraction and the disposal of used cleaning agent are the site's "
        "responsibility.",
    ),
    (
        "warn",
        "WARNING: The rollers form drawing-in points. Never clean a roller while it turns faster than the "
        "cleaning speed of 5 m/min, and only from the outfeed side with the cleaning cloth on its holder. "
        "Uncured UV lacquer irritates the skin: wear nitrile gloves and safety glasses.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LRC-13", "LRC-16"],
            ["Working width", "1300 mm", "1600 mm"],
            ["Panel thickness", "3-80 mm", "3-80 mm"],
            ["Shortest panel in the feed direction", "300 mm", "300 mm"],
            ["Feed speed", "5-40 m/min", "5-40 m/min"],
            ["Application roller, diameter new", "250 mm", "300 mm"],
            ["Application roller, smallest diameter after regrinding", "236 mm", "284 mm"],
            ["Application roller rubber", "EPDM, 35 Shore A", "EPDM, 35 Shore A"],
            ["Dosing roller, chromed steel", "Ø 160 mm", "Ø 200 mm"],
            ["Drives: feed / application / dosing", "1.5 / 1.1 / 0.75 kW", "2.2 / 1.5 / 1.1 kW"],
            ["Height adjustment, motorised, display", "0.01 mm", "0.01 mm"],
            ["Coating weight range", "5-60 g/m²", "5-60 g/m²"],
            ["Lacquer viscosity range, DIN 4 mm cup at 20 °C", "20-120 s", "20-120 s"],
            ["Lacquer pump, tank", "membrane pump, 25 L", "membrane pump, 30 L"],
            ["Compressed air for the pump", "6 bar, 150 NL/min", "6 bar, 200 NL/min"],
            ["Mass", "1650 kg", "1980 kg"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The coating weights set from the table in section 3 hold only for lacquer at 20 °C ±2 °C and with a "
        "viscosity within the lacquer maker's range. A lacquer 5 °C colder can lay down 20 % more. Keep the lacquer "
        "tank in the heated room or use the tank heater jacket LKR-TH-25.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the coater. Cleaning runs at no more than 5 m/min with the hold-to-run "
            "button.",
            "Solvent-based and UV lacquers are flammable or hazardous: follow the lacquer maker's safety data sheet "
            "and keep the extraction running while the tank is open.",
            "Earth the lacquer drums before pumping from them.",
            "The UV unit after the coater must not be opened while the lamps are lit; see its own manual.",
            "Store cleaning cloths soaked in solvent in the closed metal bin only.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Roller compression"),
            (
                "p",
                "Set the application roller 0.3-0.5 mm below the panel thickness on the LRC-13, and 0.4-0.6 mm "
                "below it on the LRC-16. Too much compression leaves a heavy stripe at the start of each panel.",
            ),
            ("h", "Dosing gap"),
            (
                "p",
                "The gap between the dosing roller and the application roller sets the film: 0.05-0.15 mm for most "
                "lacquers. Reduce the gap to lower the coating weight. Never let the rollers touch dry.",
            ),
            ("h", "Roller speed"),
            (
                "p",
                "Run the application roller at the feed speed within ±5 % (synchronous). For filling open pores, "
                "run it up to 20 % faster than the feed; never more.",
            ),
            ("h", "Coating weight"),
            (
                "p",
                "Coating weight (g/m²) = (mass after coating - mass before) (g) / coated area (m²). Weigh a "
                "500 x 500 mm test panel (0.25 m²) before and after: a gain of 5.0 g is 20 g/m².",
            ),
            ("h", "Starting values, UV lacquer at 20 °C"),
            (
                "p",
                "UV primer 40 s viscosity: dosing gap 0.10 mm, 25-30 g/m² at 15 m/min. UV top coat 60 s: dosing gap "
                "0.06 mm, 8-12 g/m² at 20 m/min. Water-based stains and other lacquers: start at 0.08 mm and measure "
                "the coating weight.",
            ),
            ("h", "Roller wear"),
            (
                "p",
                "Send the application roller for regrinding when its rubber has become harder than 40 Shore A, when "
                "it is grooved, or every 12 months, whichever comes first. Once worn to its smallest diameter it must "
                "be recoated by the roller maker.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Emergency stop", "An emergency stop pressed. Release and press RESET."],
            [
                "L02",
                "Infeed guard",
                "The infeed guard or the finger bar touched. Check for a trapped hand or panel before resetting.",
            ],
            ["L03", "Lacquer low", "Tank level below the minimum probe. Fill the tank."],
            ["L04", "Pump", "No lacquer flow at the trough sensor for 20 s: pump air, suction hose or filter."],
            [
                "L06",
                "Height drive",
                "Height adjustment did not reach its position: limit switch, obstacle, or drive fault.",
            ],
            [
                "L07",
                "Panel too thick",
                "Panel thickness sensor saw a panel more than 1 mm thicker than the setting. Feed stopped.",
            ],
            ["L08", "Speed ratio", "Application roller more than 5 % off its set speed ratio."],
            ["L09", "Air", "Compressed air below 4.5 bar: pump stops."],
            ["L10", "Extraction", "Extraction air flow switch open. Start the site extraction."],
            ["L11", "Roller temperature", "Application roller surface above 35 °C: check the lacquer and the bearings."],
            ["L12", "Service due", "2000 h since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Stripes along the feed direction",
                "Dosing roller scored, or lacquer dried on a roller",
                "Clean both rollers; inspect the dosing roller for scores",
            ],
            [
                "Coating lighter at the panel edges than in the middle",
                "Application roller worn hollow because panels always run in the same lane",
                "Vary the feed lane; have the roller reground",
            ],
            [
                "Heavy stripe at the start of each panel",
                "Too much roller compression",
                "Reduce the compression to the range in section 3",
            ],
            [
                "Orange peel or ribbing",
                "Viscosity too high, lacquer too cold, or roller running too fast",
                "Check the lacquer temperature and the speed ratio",
            ],
            [
                "Foam or bubbles in the film",
                "Pump drawing air at the suction hose, lacquer return falling freely into the tank",
                "Check the suction hose; lead the return hose below the surface",
            ],
            [
                "Lacquer on the back of the panels",
                "Feed belt dirty with lacquer",
                "Clean the feed belt with the scraper and cleaning agent",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "6. Setting up for a new panel thickness"),
    (
        "ol",
        [
            "Stop the feed and the rollers.",
            "Measure the panel thickness at three points with a micrometer and take the largest value.",
            "Enter the thickness in the HEIGHT field. The coater sets the application roller 0.4 mm below it on the "
            "LRC-13 and 0.5 mm below it on the LRC-16 (the middle of the compression range).",
            "Check the dosing gap with a feeler gauge at both ends of the rollers; the two readings must agree "
            "within 0.01 mm.",
            "Start the lacquer pump and let the trough fill.",
            "Start the rollers and the feed at the recipe speed.",
            "Run one test panel and weigh it (section 7).",
            "Correct the dosing gap in steps of 0.01 mm until the coating weight is right.",
        ],
    ),
    ("h", "7. Measuring the coating weight"),
    (
        "ol",
        [
            "Cut a test panel of 500 x 500 mm from the same board as the production panels.",
            "Weigh it on a scale reading to 0.1 g.",
            "Run it through the coater at the production settings.",
            "Weigh it again at once, before the UV unit or any drying.",
            "Divide the gain in grams by the area: 0.25 m² for the 500 x 500 mm panel.",
            "Compare with the lacquer maker's coating weight and correct the dosing gap.",
        ],
    ),
    ("h", "8. Cleaning at the end of the shift"),
    (
        "ol",
        [
            "Stop the feed. Switch the pump to RETURN and pump the lacquer in the trough back into the drum.",
            "Set the rollers to cleaning speed (5 m/min) with the hold-to-run button.",
            "Pour the cleaning agent recommended by the lacquer maker onto the application roller from the outfeed "
            "side.",
            "Wipe both rollers with the cleaning cloth on its holder until no lacquer shows.",
            "Open the trough drain and collect the cleaning agent in the metal can.",
            "Wipe the feed belt and the end plates.",
            "Leave the dosing gap open by 1 mm overnight so that the rubber does not take a set.",
        ],
    ),
    ("h", "9. Changing the application roller"),
    (
        "ol",
        [
            "Clean the rollers (section 8) and drain the trough.",
            "Raise the roller unit to its top position and switch off and lock the main switch.",
            "Disconnect the drive shaft coupling of the application roller and remove the two bearing cap screws "
            "on each side.",
            "Lift the roller out with the lifting bar supplied and the crane; the LRC-13 roller weighs 95 kg and "
            "the LRC-16 roller 140 kg.",
            "Lay the old roller on its stands; never rest a roller on its rubber.",
            "Lift the new or reground roller in and fit the bearing caps; tighten the screws to 40 Nm.",
            "Reconnect the coupling and measure the new diameter with a circumference tape.",
            "Enter the diameter in SERVICE > ROLLER so that the speed ratio stays right.",
            "Set the dosing gap again at both ends with a feeler gauge and run a test panel.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the rollers, the trough and the feed belt (section 8)"],
            ["Weekly", "Check the rubber hardness with a Shore A durometer; clean the pump suction filter"],
            ["500 h", "Grease the roller bearings, 2 strokes each, grease NLGI 2"],
            [
                "12 months, or harder than 40 Shore A, or grooved, whichever comes first",
                "Send the application roller for regrinding",
            ],
            ["2000 h", "Lakkora service (L12): drives, height spindles, bearings"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LRC-13", "LRC-16"],
            ["Application roller EPDM 35 Shore A", "LKR-AR-13", "LKR-AR-16"],
            ["Dosing roller, chromed", "LKR-DR-13", "LKR-DR-16"],
            ["Feed belt", "LKR-FB-13", "LKR-FB-16"],
            ["Membrane pump repair kit", "LKR-PK-25", "LKR-PK-25"],
            ["Pump suction filter", "LKR-SF-01", "LKR-SF-01"],
            ["Tank heater jacket", "LKR-TH-25", "LKR-TH-30"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("bohrlund-bpx-cnc-point-to-point-boring-machine.pdf", "Bohrlund BLR-OM-BPX-04 Ed 4 - BPX-25 / BPX-32", BOHRLUND),
        ("furnholm-vp-veneer-hot-press.pdf", "Furnholm FNH-OM-VP-02 Ed 2 - VP-2513 / VP-3214", FURNHOLM),
        ("tenrick-dt-double-end-tenoner.pdf", "Tenrick TNR-OM-DT30-01 Ed 1 - DT-3000", TENRICK),
        ("lakkora-lrc-lacquer-roller-coater.pdf", "Lakkora LKR-OM-LRC-03 Ed 3 - LRC-13 / LRC-16", LAKKORA),
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
