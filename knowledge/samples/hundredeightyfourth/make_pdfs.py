"""Generate the PDF manuals of the hundred-and-eighty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set184-scratch/venv && /tmp/set184-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set184-scratch/venv/bin/python knowledge/samples/hundredeightyfourth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
multiplication sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Reibholt RFW rotary friction welding machines
REIBHOLT = [
    ("title", "Reibholt RFW Rotary Friction Welding Machines\nOperation and Maintenance - RFW-20 and RFW-30"),
    (
        "p",
        "Document RBH-OM-RFW-03, Edition 3, March 2025. Reibholt Welding Systems. The RFW-20 and RFW-30 are "
        "belt-driven rotary friction welding machines for cutlery and knife plants. They join a round bar, which "
        "becomes the bolster and handle, to the round stub at the end of a blade's tang. The bar turns in the spindle collet; the blade is held still "
        "in a shaped jaw on the slide and is pressed against the bar by the forge cylinder. The flash is shaved off "
        "in the same cycle. Apart from the forge force, the diameter range, the spindle and the items named in this "
        "manual, the two models are built alike. The blade and bar materials, the heat treatment after welding and "
        "the inspection plan for the welds are set by the site's product specification. The optional loading robot "
        "has its own manual.",
    ),
    (
        "warn",
        "WARNING: The joint and the flash reach about 1100 °C and stay above 400 °C for about a minute after the "
        "cycle. Unload by hand only with heat-resistant gloves. Never reach into the weld area with the guard open "
        "while the hydraulic unit is running.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RFW-20", "RFW-30"],
            ["Maximum forge force", "20 kN", "30 kN"],
            ["Forge cylinder bore", "40 mm", "50 mm"],
            ["Cylinder factor (forge force per bar of hydraulic pressure)", "0.126 kN/bar", "0.196 kN/bar"],
            ["Maximum hydraulic pressure", "160 bar", "155 bar"],
            ["Weld diameter, martensitic stainless steel 1.4021 to 1.4116", "6-12 mm", "8-16 mm"],
            ["Weld diameter, austenitic stainless steel 1.4301", "6-10 mm", "8-13 mm"],
            ["Spindle speed", "1500-4500 rpm", "1200-3600 rpm"],
            ["Spindle motor", "7.5 kW", "11 kW"],
            ["Spindle stop time after the friction phase, maximum", "0.25 s", "0.35 s"],
            ["Spindle collets, in 1 mm steps", "6-12 mm", "8-16 mm"],
            ["Bar length held in the collet", "30-120 mm", "40-150 mm"],
            ["Slide stroke", "150 mm", "200 mm"],
            ["Hydraulic unit motor", "4 kW", "5.5 kW"],
            ["Hydraulic oil HLP 46, tank", "60 L", "80 L"],
            ["Forge accumulator", "none", "0.7 L, nitrogen precharge 90 bar"],
            ["Typical cycle time including shaving (see note)", "9 s", "12 s"],
            ["Supply 400 V 3~ 50 Hz, fuse", "32 A", "40 A"],
            ["Compressed air", "6 bar", "6 bar"],
            ["Mass", "1850 kg", "2400 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Note: the cycle times hold for bars of 10 mm (RFW-20) or 12 mm (RFW-30) in 1.4116 with automatic "
        "unloading.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The guard door is interlocked. Opening it stops the spindle and vents the forge cylinder (F01). Never "
            "bridge the door switch.",
            "RFW-30 only: before opening any hydraulic line, drain the forge accumulator with the drain valve V4 "
            "until its gauge reads 0 bar. The periodic inspection of the accumulator as a pressure vessel is the "
            "site's responsibility under national rules.",
            "Flash rings and shaving chips are hot and sharp. Empty the flash bin with gloves and a shovel, never "
            "with bare hands.",
            "Weld only solid bars. Tubes, hollow bars and bars with a centre hole are not covered by the parameters "
            "in this manual.",
        ],
    ),
    ("h", "3. Weld parameters and limits"),
    (
        "cols",
        [
            ("h", "The weld cycle"),
            (
                "p",
                "Touch (the blade meets the turning bar at 20 bar), friction (until the set burn-off, the axial "
                "shortening, is reached), braking, and forge (forge pressure held for the hold time).",
            ),
            ("h", "Forge force and forge pressure"),
            (
                "p",
                "Forge force (kN) = weld area (mm²) x forge stress (N/mm²) / 1000. For the martensitic stainless "
                "steels 1.4021 to 1.4116 use a forge stress of 120 N/mm²; for 1.4301 use 150 N/mm². Forge pressure "
                "(bar) = forge force (kN) / cylinder factor (kN/bar), with the factor of section 1. Example: a 10 mm "
                "weld (78.5 mm²) in 1.4116 needs 78.5 x 120 / 1000 = 9.4 kN; on an RFW-20 that is 9.4 / 0.126 = 75 "
                "bar. The controller refuses entries above the maximum hydraulic pressure.",
            ),
            ("h", "Friction pressure"),
            (
                "p",
                "Set the friction pressure to 40 % to 50 % of the forge pressure. Below 30 % the joint heats too "
                "slowly and the friction time runs out (F04).",
            ),
            ("h", "Burn-off"),
            (
                "p",
                "Settable 1.5-3.0 mm; default 2.0 mm for a 10 mm bar. The measured burn-off must stay within the "
                "set value ±0.3 mm, otherwise the part goes to the reject chute (F05). The total upset after forging "
                "is about 1.5 times the burn-off.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Surface speed at the outer diameter of the bar between 1.5 and 2.5 m/s. Speed (rpm) = surface "
                "speed (m/s) x 60 000 / (3.14 x diameter (mm)). Example: a 10 mm bar at 2.0 m/s needs 2.0 x 60 000 "
                "/ 31.4 = 3820 rpm.",
            ),
            ("h", "Hold time and oil temperature"),
            (
                "p",
                "Forge hold time 2-4 s. Keep the hydraulic oil between 30 °C and 60 °C in production; the cooler "
                "fan starts at 50 °C. Above 75 °C the hydraulic unit trips (F07).",
            ),
            ("h", "Validity"),
            (
                "p",
                "The figures above hold for bars turned to h9 or drawn bright, with faces cut square within 0.05 mm "
                "and free of oil. Parameters "
                "for other steels, for titanium and for material pairs other than a martensitic blade to a "
                "martensitic or 1.4301 bar are worked out by the Reibholt application laboratory.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["F01", "Guard open", "Guard door opened during the cycle, or door switch S11 faulty. Close; check S11."],
            ["F02", "Air pressure low", "Below 5.0 bar at the maintenance unit. Check the supply and the filter."],
            [
                "F03",
                "Spindle speed not reached",
                "Set speed not reached within 2 s: spindle belt slipping, bar not clamped, or drive fault.",
            ],
            [
                "F04",
                "Friction time exceeded",
                "Burn-off not reached within the maximum friction time of 6 s: friction pressure too low, oily "
                "faces or wrong material.",
            ],
            [
                "F05",
                "Burn-off out of tolerance",
                "Measured burn-off outside the set value ±0.3 mm. The part goes to the reject chute.",
            ],
            [
                "F06",
                "Stop time too long",
                "Spindle not stopped within 0.25 s (RFW-20) or 0.35 s (RFW-30): brake pads worn or brake air low. "
                "Run the brake check (section 8).",
            ],
            ["F07", "Oil over temperature", "Above 75 °C: cooler fins dirty, cooler fan stopped, or hall above 35 °C."],
            ["F09", "Clamp pressure low", "Collet or blade jaw clamp below 4 bar."],
            ["F10", "Shaving tool not home", "Tool slide did not return: chips jammed behind the tool holder."],
            ["F11", "Spindle drive fault", "Read the code on the drive display; see the drive manual supplied."],
            ["F12", "Spindle lubrication low", "Oil-air lubricator reservoir below the minimum mark. Top up."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Weld breaks flat and shiny close to the joint line in the bend test",
                "Forge force too low, or friction phase too short (cold weld)",
                "Check the forge pressure against section 3; raise the burn-off by 0.5 mm",
            ],
            [
                "Very large flash, parts too short",
                "Burn-off or friction pressure set too high",
                "Return the burn-off to the default; friction pressure 40-50 % of forge",
            ],
            [
                "Bolster out of line with the blade, runout more than 0.2 mm",
                "Worn collet or blade jaw, or loose slide gibs",
                "Replace the collet or jaws; gib adjustment by Reibholt service",
            ],
            [
                "Heat tint runs more than 15 mm up the blade",
                "Friction phase too long, or surface speed too low",
                "Reduce the burn-off; check the speed with the formula",
            ],
            [
                "Shaved surface shows a step or torn marks",
                "Shaving insert worn or chipped",
                "Turn or replace the insert (section 7)",
            ],
            [
                "Spindle squeals and slows down at touch",
                "Touch pressure too high, or spindle belt slipping",
                "Check the touch pressure of 20 bar; tension the belt",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Setting up for a new part"),
    (
        "ol",
        [
            "Select the part programme, or copy the nearest existing programme (level 2 password).",
            "Switch off the hydraulic unit and open the guard.",
            "Clean the spindle taper and fit the collet of the bar diameter; tighten the collet nut to 80 Nm with "
            "the collet key.",
            "Fit the blade jaws for the blade pattern with their two M8 screws each, 25 Nm.",
            "Set the bar stop so that the bar stands 15 mm out of the collet face plus the expected total upset.",
            "Enter the forge pressure from the formula in section 3, the friction pressure at 40-50 % of it, the "
            "burn-off and the speed.",
            "Close the guard, start the hydraulic unit and make three welds in single cycle.",
            "Let the first of them cool in air (never quench it), clamp the blade in the vice and bend the bar to "
            "30° with the bending tube: the joint must not crack. Measure the runout at the bolster of the second: "
            "no more than 0.2 mm.",
            "Release the programme for production and note it in the first-off log.",
        ],
    ),
    ("h", "7. Changing the shaving insert"),
    (
        "ol",
        [
            "Stop in the home position, switch off the hydraulic unit, lock the main switch and open the guard.",
            "Remove the chips from the tool holder with a brush, never by hand or with compressed air.",
            "Loosen the clamp screw (Torx T20) and take out the insert RBH-SI-12.",
            "Fit a new insert, or turn the old one to an unused edge; each insert has three edges.",
            "Tighten the clamp screw to 3.5 Nm.",
            "Check the height with the setting gauge RBH-SG-1: the cutting edge must lie on the bar centre line "
            "within ±0.05 mm.",
            "Close the guard, make one weld in single cycle and check the shaved surface.",
            "Reset the insert counter under Service > Tools.",
        ],
    ),
    ("h", "8. Checking the spindle brake"),
    (
        "ol",
        [
            "Run the check monthly and after every F06.",
            "Remove any bar from the collet and close the guard.",
            "Select Service > Brake test. The spindle runs up to 3000 rpm and brakes; the display shows the stop "
            "time.",
            "Repeat three times. The longest stop time must be no more than 0.25 s (RFW-20) or 0.35 s (RFW-30).",
            "If it is longer, check the brake air at the brake valve: 6 bar.",
            "Lock out the machine and measure the brake pads through the inspection hole: at least 3 mm of lining.",
            "Replace worn pads as a set (RBH-BP-20 or RBH-BP-30) and repeat the check.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Empty the flash bin; clean the weld area; check air pressure and oil level"],
            ["Weekly", "Check collets and blade jaws for wear; clean the oil cooler fins"],
            ["Monthly", "Spindle brake check (section 8)"],
            ["Every 250 h", "Grease the slide gibs; check the spindle belt tension"],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the hydraulic oil and the filter element RBH-HF-10",
            ],
            ["10 000 h", "Spindle bearing overhaul by Reibholt service"],
            ["RFW-30, as national rules require", "Inspection of the forge accumulator (site)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RFW-20", "RFW-30"],
            ["Spindle collet (add the diameter, for example -10)", "RBH-C20-xx", "RBH-C30-xx"],
            ["Blade jaw set, unmachined", "RBH-J20", "RBH-J30"],
            ["Shaving insert, three edges", "RBH-SI-12", "RBH-SI-12"],
            ["Insert setting gauge", "RBH-SG-1", "RBH-SG-1"],
            ["Brake pad set", "RBH-BP-20", "RBH-BP-30"],
            ["Hydraulic filter element", "RBH-HF-10", "RBH-HF-10"],
            ["Spindle poly-V belt", "RBH-PV-20", "RBH-PV-30"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Quenvald PQ blade plate quench presses
QUENVALD = [
    ("title", "Quenvald PQ Blade Plate Quench Presses\nOperation and Maintenance - PQ-40 and PQ-60"),
    (
        "p",
        "Document QVD-OM-PQ-02, Edition 2, November 2024. Quenvald Thermal Presses. The PQ-40 and PQ-60 harden "
        "thin knife blades by quenching them between two water-cooled aluminium platens straight from the "
        "austenitising furnace. The platens hold the blades flat while they cool, so the blades come out with less "
        "bow and twist than after an oil or gas quench. The press closes with a pneumatic-hydraulic booster "
        "cylinder. The austenitising furnace, its protective atmosphere and its transfer conveyor have their own "
        "manuals. Austenitising temperatures and soak times come from the steel maker's data sheet and the site's "
        "heat-treatment specification; they are not given here. Apart from the platen size, the force, the cooling "
        "and the items named in this manual, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: Blades leave the furnace at over 1000 °C. Wear the face shield, aluminised gloves and apron at the "
        "press. Never put a hand between the platens: the two-hand start and the light curtain are the only "
        "protection while the press closes.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PQ-40", "PQ-60"],
            ["Usable platen size", "400 x 250 mm", "600 x 300 mm"],
            ["Platens: EN AW-6082 aluminium, thickness", "40 mm", "50 mm"],
            ["Maximum closing force", "40 kN", "60 kN"],
            ["Specific pressure on a full platen at maximum force", "0.40 N/mm²", "0.33 N/mm²"],
            ["Blade thickness range", "0.8-3.0 mm", "1.0-4.0 mm"],
            ["Daylight (platen opening)", "60 mm", "80 mm"],
            ["Closing time, fully open to closed", "0.8 s", "1.0 s"],
            ["Cooling water flow, both platens together", "8 L/min", "12 L/min"],
            ["Cooling water supply", "15-25 °C, 2-4 bar", "15-25 °C, 2-4 bar"],
            ["Maximum cycles per hour", "40", "30"],
            ["Booster oil HLP 32", "2.5 L", "4 L"],
            ["Compressed air 6 bar, use per cycle", "12 NL", "20 NL"],
            ["Electrical supply 400 V 3~", "3 kW", "4 kW"],
            ["Platen flatness when new", "0.03 mm", "0.04 mm"],
            ["Platen flatness, limit for rework (section 8)", "0.10 mm", "0.12 mm"],
            ["Mass", "950 kg", "1400 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Check the light curtain with the 30 mm test rod at the start of every shift (section 6).",
            "Keep the floor around the press dry. Water and hot blades give steam; water under the furnace door can "
            "spit.",
            "Never quench blades with oil, coolant or grease on the platens: they smoke and can catch fire.",
            "Before work between the platens, close the press onto the wooden safety block QVD-SB-1, switch off, "
            "lock the main switch and vent the air.",
            "The blades are brittle after quenching and before tempering. Handle them in the racks; do not drop or "
            "bend them.",
        ],
    ),
    ("h", "3. Quench settings and limits"),
    (
        "cols",
        [
            ("h", "Transfer time"),
            (
                "p",
                "The transfer time runs from the furnace door opening to the platens closing. It must be no more "
                "than 8 s for blades 1.5 mm thick or more, and no more than 5 s for blades under 1.5 mm, which lose "
                "heat faster. The press reads the door signal of the furnace and shows the transfer time after "
                "every cycle; over the limit the cycle is marked (Q05).",
            ),
            ("h", "Closing force"),
            (
                "p",
                "Set the force so that the specific pressure on the loaded blade area is 0.15-0.25 N/mm². Force "
                "(kN) = blade area (mm²) x specific pressure (N/mm²) / 1000. Example: six blades of 180 x 40 mm "
                "(43 200 mm²) at 0.20 N/mm² need 43 200 x 0.20 / 1000 = 8.6 kN. Above 0.30 N/mm² the platens mark "
                "the blades and wear faster.",
            ),
            ("h", "Hold time"),
            (
                "p",
                "For the martensitic stainless steels 1.4021 to 1.4116: hold time (s) = 20 x blade thickness (mm) + "
                "15, and at least 30 s. Example: blades 2.0 mm thick need 20 x 2.0 + 15 = 55 s. The blades must be "
                "below 100 °C when the press opens; check with the contact thermometer when setting up a new blade. "
                "Hold times for carbon and low-alloy steels are given by Quenvald on request.",
            ),
            ("h", "Platen temperature"),
            (
                "p",
                "Each platen has a thermocouple 5 mm under its surface. The press starts a cycle only with both "
                "platens below 40 °C and waits otherwise (Q06). Above 60 °C the press stops (Q04).",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "Use water with a hardness below 10 °dH, or the site's closed-circuit chiller. Each platen circuit "
                "has a flow switch; below 70 % of the nominal flow the press does not start (Q03).",
            ),
            ("h", "Hardness after quenching"),
            (
                "p",
                "With the transfer and hold times above, blades of 1.4116 reach 55-57 HRC after quenching and "
                "before tempering, provided the austenitising temperature and soak time of the steel maker's data "
                "sheet were kept. Hardness testing is done by the site's laboratory.",
            ),
            ("h", "Placing the blades"),
            (
                "p",
                "Lay the blades flat, side by side, never overlapping, at least 20 mm from the platen edges and "
                "with at least 10 mm between blades.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["Q01", "Light curtain interrupted", "Press stops and opens. Clear the field and restart with two hands."],
            ["Q02", "Air pressure low", "Below 5 bar at the maintenance unit."],
            [
                "Q03",
                "Cooling water flow low",
                "Flow in a platen circuit below 70 % of nominal: valve closed, strainer blocked, hose kinked.",
            ],
            ["Q04", "Platen over temperature", "A platen above 60 °C: no water flow, or cycles too fast for the load."],
            [
                "Q05",
                "Transfer time exceeded",
                "Transfer longer than the limit for the blade thickness. The cycle is marked; check the blades.",
            ],
            ["Q06", "Platens warm, waiting", "A platen at 40 °C or more. The press starts when both are below."],
            [
                "Q08",
                "Closing force not reached",
                "Set force not reached within 1.5 s: air low, booster oil low, or a seal leaking.",
            ],
            ["Q09", "Position sensor fault", "Platen position sensor signal missing or implausible."],
            ["Q10", "Hold time cut short", "Operator opened the press before the hold time ended."],
            ["Q11", "Booster oil low", "Booster reservoir below the minimum mark. Top up with HLP 32."],
            ["Q12", "Service due", "100 000 cycles since the last Quenvald service."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Blades bowed along their length after the quench",
                "Platens warm or unevenly cooled, blades too close to the platen edge, or transfer too slow",
                "Check both flows and platen temperatures; place blades 20 mm from the edges; check the transfer",
            ],
            [
                "Soft patches on the blades",
                "Scale or dirt on the platens giving poor contact, or transfer too slow",
                "Clean the platens (section 7); check the transfer time",
            ],
            [
                "Blades twisted",
                "Closing force too low for the loaded area, or blades overlapping",
                "Set the force with the formula in section 3; do not overlap blades",
            ],
            [
                "Imprints or marks on the blade faces",
                "Force above 0.30 N/mm², or dents and burrs on the platens",
                "Reduce the force; check the platen flatness (section 8)",
            ],
            [
                "Blades cracked after the quench",
                "Blades overheated in the furnace, or sharp notches in the blank",
                "Check the furnace set point (furnace manual) and the blanks",
            ],
            [
                "Water on the floor under the press",
                "Leaking hose or platen fitting",
                "Tighten or replace the hose (set QVD-WH-40 or QVD-WH-60)",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Start-up at the beginning of a shift"),
    (
        "ol",
        [
            "Open the cooling water supply and check the flows on the display: 8 L/min (PQ-40) or 12 L/min (PQ-60).",
            "Check the air pressure (6 bar) and the booster oil level.",
            "Wipe the platens clean and dry (section 7).",
            "Check the light curtain: move the 30 mm test rod slowly through the field at top, middle and bottom; "
            "the press must not close.",
            "Make one empty cycle with the two-hand start and check that the force is reached.",
            "Select the blade programme and check the force, hold time and transfer limit shown.",
            "Quench the first load and check one blade with the contact thermometer when the press opens.",
        ],
    ),
    ("h", "7. Cleaning the platens"),
    (
        "ol",
        [
            "Open the press fully and let the platens cool below 40 °C.",
            "Close onto the safety block QVD-SB-1, switch off and lock the main switch.",
            "Scrub the platens with water and the non-woven pad QVD-CP-1.",
            "Never use steel brushes, emery cloth or scrapers; they scratch the aluminium.",
            "Dry the platens with a clean cloth and look for dents and burrs.",
            "Remove the safety block and make one empty cycle.",
        ],
    ),
    ("h", "8. Checking the platen flatness"),
    (
        "ol",
        [
            "Clean and cool the platens and lock out the press (section 7, steps 1-3).",
            "Lay the straightedge QVD-SE-600 on the lower platen lengthwise at three positions, then along both "
            "diagonals.",
            "At each position find the largest gap under the straightedge with feeler gauges.",
            "Repeat on the upper platen.",
            "The largest gap must be no more than 0.10 mm (PQ-40) or 0.12 mm (PQ-60).",
            "A platen over the limit is exchanged; rework of the platens is done by Quenvald service.",
            "Record the gaps in the press log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Start-up checks (section 6); clean the platens"],
            ["Weekly", "Check the hoses and fittings; clean the water strainers"],
            ["Monthly", "Check the platen flatness (section 8)"],
            ["2000 h or 6 months, whichever comes first", "Change the booster oil HLP 32"],
            ["12 months", "Descale the platen cooling channels (Quenvald service)"],
            ["100 000 cycles (Q12)", "Quenvald service: seals, sensors, force calibration"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PQ-40", "PQ-60"],
            ["Upper platen, complete", "QVD-UP-40", "QVD-UP-60"],
            ["Lower platen, complete", "QVD-LP-40", "QVD-LP-60"],
            ["Platen thermocouple", "QVD-TC-5", "QVD-TC-5"],
            ["Flow switch", "QVD-FS-8", "QVD-FS-12"],
            ["Water hose set", "QVD-WH-40", "QVD-WH-60"],
            ["Booster seal kit", "QVD-BS-40", "QVD-BS-60"],
            ["Straightedge 600 mm", "QVD-SE-600", "QVD-SE-600"],
            ["Non-woven cleaning pads, 10", "QVD-CP-1", "QVD-CP-1"],
            ["Safety block", "QVD-SB-1", "QVD-SB-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Schleifholm RGC-6 robotic blade grinding cell
SCHLEIFHOLM = [
    ("title", "Schleifholm RGC-6 Robotic Blade Grinding Cell\nOperating and Maintenance Manual"),
    (
        "p",
        "Document SHH-BA-RGC6-04, Edition 4, June 2025. Schleifholm Grinding Automation. The RGC-6 grinds the bevels "
        "and the edge of kitchen knife blades after hardening and tempering. A six-axis robot takes a blade from the "
        "magazine, grips it by the tang, presents it to two wet belt grinding stations (station 1 for the bevels, "
        "station 2 for the edge and the finish) and measures it in the gauging station before it places it in the "
        "output tray. A force sensor in the robot wrist holds the contact force. The robot arm and its controller "
        "are covered by the robot maker's manual supplied with the cell; the coolant filter unit has its own "
        "manual. Grinding programmes for new blade shapes are made by the site's process engineers with the "
        "Schleifholm programming software, and the choice of belts for new steels is agreed with the belt "
        "supplier.",
    ),
    (
        "warn",
        "WARNING: Never enter the cell while the robot is in automatic mode. Teaching and setting inside the fence "
        "are allowed only in setup mode with the enabling switch held; the robot then moves at no more than 250 "
        "mm/s. Belts can break and throw pieces: keep the belt guards closed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Blade length / width at the heel", "80-300 mm / 20-65 mm"],
            ["Blade thickness at the spine", "1.5-5.0 mm"],
            ["Blade hardness", "up to 62 HRC"],
            ["Robot payload / reach (robot maker's data)", "20 kg / 1810 mm"],
            ["Station 1: belt / contact wheel", "2500 x 150 mm / 300 mm, 70 Shore A, serrated rubber"],
            ["Station 2: belt / contact wheel", "2500 x 100 mm / 200 mm, 50 Shore A, plain rubber"],
            ["Belt drives, frequency controlled", "7.5 kW (station 1), 5.5 kW (station 2)"],
            ["Belt speed", "10-35 m/s"],
            ["Contact force, controlled", "20-150 N, ±3 N"],
            ["Coolant", "water-miscible, 3-5 %; tank 400 L; pump 40 L/min at 3 bar"],
            ["Magazine", "2 drawers of 60 blades"],
            ["Gauging station", "two laser distance sensors; thickness ±0.01 mm"],
            ["Cycle time (see note)", "90 s"],
            ["Supply", "400 V 3~ 50 Hz, 63 A"],
            ["Compressed air", "6 bar, 300 NL/min"],
            ["Footprint inside the fence", "4.2 x 3.6 m"],
            ["Noise outside the fence while grinding", "79 dB(A)"],
        ],
        (75, 95),
    ),
    (
        "p",
        "Note: the cycle time holds for a 200 mm chef's knife of 1.4116, 2.5 mm at the spine, both bevels and the "
        "edge, with a P80 ceramic belt on station 1 and a P220 belt on station 2. Other blades have other times; "
        "they are found by trial when the programme is made.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The fence doors are interlocked; opening a door in automatic mode stops the robot and the belts (A01).",
            "Lock out the belt drive before changing a belt, even with the door open.",
            "Coolant mist: keep the mist extractor running; wear nitrile gloves when handling coolant.",
            "Used coolant and grinding sludge are collected by a licensed contractor; do not pour them into drains.",
            "Ground blades are very sharp. Take them from the output tray with cut-resistant gloves.",
        ],
    ),
    ("h", "3. Grinding settings and limits"),
    (
        "cols",
        [
            ("h", "Belt speed"),
            (
                "p",
                "v (m/s) = 3.14 x D (m) x n (rpm) / 60, where D is the contact wheel diameter. Example: station 1 "
                "with the 300 mm wheel at 1900 rpm runs 3.14 x 0.3 x 1900 / 60 = 29.8 m/s. Use 25-30 m/s on "
                "station 1 for the bevels of stainless blades and 15-20 m/s on station 2 for the edge. Above 35 m/s "
                "the inverter limits the speed.",
            ),
            ("h", "Contact force"),
            (
                "p",
                "Bevels 60-120 N on station 1; edge 20-40 N on station 2. The force controller keeps the set force "
                "within ±3 N. If the actual force differs from the set force by more than 10 N for longer than 0.5 s, "
                "the robot retracts the blade (A04).",
            ),
            ("h", "Coolant"),
            (
                "p",
                "Concentration between 3 % and 5 %. Measure it with the hand refractometer: concentration (%) = "
                "reading (°Brix) x 1.2 for Schleifholm SK-20 coolant; for other coolants use the factor on their "
                "data sheet. Example: a reading of 3.0 gives 3.6 %. Top up a weak mix with 10 % premix, a strong "
                "one with water. Flow at the nozzle of each station at least 15 L/min; below 12 L/min the flow "
                "switch stops grinding (A07). Coolant temperature no more than 30 °C.",
            ),
            ("h", "Edge temperature"),
            (
                "p",
                "The edge must stay below 200 °C or it loses hardness. Straw or blue temper colours show that it "
                "got hotter. Never grind dry.",
            ),
            ("h", "Belt life"),
            (
                "p",
                "The belt life counter counts blades. Defaults: station 1 (P80) 120 blades, station 2 (P220) 200 "
                "blades, or 8 h of running, whichever comes first. These hold for 1.4116 at 56 HRC; reduce them for "
                "harder steels.",
            ),
            ("h", "Gauging"),
            (
                "p",
                "The thickness 1 mm behind the apex is compared with the programme. A blade outside the tolerance "
                "(default ±0.05 mm) goes to the reject drawer (A09). Three rejects in a row stop the cell (A10). "
                "After a belt change the wear compensation starts again from the belt counter.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Fence door open", "Door opened in automatic mode. Close it and acknowledge."],
            ["A02", "Emergency stop", "An emergency stop button is pressed. Release it and reset."],
            ["A03", "Robot controller fault", "See the robot maker's manual for the code on the teach pendant."],
            [
                "A04",
                "Force deviation",
                "Force more than 10 N off the set force for over 0.5 s: belt torn or glazed, blade slipping in the "
                "gripper.",
            ],
            ["A05", "Belt break", "Belt sensor lost the belt: belt torn or off the wheel. Fit a new belt (section 6)."],
            ["A07", "Coolant flow low", "Flow below 12 L/min at a station: filter basket full, nozzle blocked."],
            ["A08", "Coolant level low", "Tank below the minimum. Top up with premix."],
            ["A09", "Blade out of tolerance", "Measured thickness outside the programme tolerance. Blade rejected."],
            ["A10", "Three rejects in a row", "Cell stopped. Find the cause before restarting."],
            ["A11", "Magazine empty", "Both drawers empty. Refill (section 8)."],
            ["A12", "Belt life reached", "Belt counter at its limit. Change the belt (section 6)."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Blue or straw colours on the edge or bevels",
                "Coolant nozzle misaligned or flow low, belt glazed, or force too high",
                "Aim the nozzle at the contact point; check the flow; change the belt; check the force",
            ],
            [
                "Bevel width uneven from heel to tip",
                "Contact wheel worn out of round, or blade not seated in the gripper",
                "Check the wheel runout (no more than 0.05 mm); clean the gripper jaws",
            ],
            [
                "Belt wanders or runs off the wheel",
                "Tracking not set after a belt change, or a bad belt joint",
                "Set the tracking within ±2 mm (section 6); replace the belt",
            ],
            [
                "Many A09 rejects just after a belt change",
                "Belt counter not reset, so the wear compensation is wrong",
                "Reset the belt counter under Service > Belts",
            ],
            [
                "A09 thickness rejects, but the blades measure good by hand",
                "Coolant film or swarf on the gauging sensor windows",
                "Clean the windows and blow them dry with air",
            ],
            [
                "Coolant foams over the tank",
                "Concentration too high, or very soft make-up water",
                "Measure the concentration; top up with water",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Changing a belt"),
    (
        "ol",
        [
            "Let the robot finish its cycle and stop the cell in the home position.",
            "Open the fence door (A01 shows) and lock out the belt drive of the station.",
            "Open the belt guard and release the tension with the tension lever.",
            "Take off the old belt and check the contact wheel for cuts and embedded grit.",
            "Fit the new belt with the arrow on its back in the running direction.",
            "Apply the tension with the lever and close the belt guard.",
            "Remove the lock, close the door and select setup mode. Jog the belt at 5 m/s and set the tracking "
            "with the tracking knob so that the belt runs within ±2 mm of the wheel centre.",
            "Reset the belt counter under Service > Belts; the wear compensation starts again.",
            "Grind one test blade in single cycle and check it at the gauging station.",
        ],
    ),
    ("h", "7. Checking the force sensor"),
    (
        "ol",
        [
            "Move the robot to the service position (Service > Positions > Force check).",
            "Zero the sensor with nothing hanging on it (Service > Force > Zero).",
            "Hang the 10 kg test weight SHH-TW-10 on the check hook under the gripper.",
            "The display must show 98.1 N ±2 N.",
            "If not, remove the weight, zero again and repeat once.",
            "If it is still outside, stop the cell and call Schleifholm service.",
        ],
    ),
    ("h", "8. Starting a batch"),
    (
        "ol",
        [
            "Load the magazine drawers with the blades spine down and the tang to the right.",
            "Check the coolant level and concentration (section 3).",
            "Select the programme for the blade on the operator panel.",
            "Check the belt counters; change a belt that will not last the batch.",
            "Start in automatic mode and check the first blade by eye and with a micrometer.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the gauging sensor windows; check coolant level and concentration"],
            ["Weekly", "Empty the coolant filter basket; check the contact wheel runout"],
            ["Monthly", "Force sensor check (section 7)"],
            ["6 months", "Change the coolant and clean the tank; old coolant to the licensed contractor"],
            ["As in the robot maker's manual", "Robot gearbox oil, cables, batteries"],
            ["12 months", "Schleifholm service inspection of the cell"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Ceramic belt P80, 2500 x 150 mm, box of 10", "SHH-B150-80"],
            ["Belt P220, 2500 x 100 mm, box of 10", "SHH-B100-220"],
            ["Contact wheel 300 mm, 70 Shore A", "SHH-CW-300"],
            ["Contact wheel 200 mm, 50 Shore A", "SHH-CW-200"],
            ["Gripper jaw set", "SHH-GJ-6"],
            ["Gauging sensor window, pair", "SHH-GW-2"],
            ["Coolant SK-20, 20 L", "SHH-SK-20"],
            ["Test weight 10 kg", "SHH-TW-10"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Kaltheim KC cryogenic treatment chambers
KALTHEIM = [
    (
        "title",
        "Kaltheim KC Sub-Zero and Cryogenic Treatment Chambers\nOperation and Maintenance - KC-180 and KC-400",
    ),
    (
        "p",
        "Document KLT-OM-KC-01, Edition 1, January 2025. Kaltheim Cryo Systems. The KC-180 and KC-400 cool hardened "
        "knife blades to sub-zero temperatures (down to -80 °C) or deep cryogenic temperatures (down to -185 °C) "
        "with liquid nitrogen (LN2), hold them there and warm them back to room temperature under programme "
        "control, so that retained austenite transforms. The nitrogen evaporates in a heat exchanger and a fan "
        "circulates the cold gas; no liquid nitrogen touches the parts. Tempering after the treatment is done in "
        "the tempering furnace to the site's heat-treatment specification; this manual does not cover it. The LN2 "
        "storage tank and the supply line up to the chamber's inlet valve belong to the gas supplier and the site. "
        "Apart from the size, the load, the nitrogen use, the fan and the heater, the two models are built alike.",
    ),
    (
        "warn",
        "WARNING: Nitrogen displaces oxygen. The chamber exhausts nitrogen gas, which must be led outside through "
        "the exhaust line. Never enter a pit or a small room where the oxygen monitor alarms. Parts and surfaces "
        "below -100 °C cause cold burns: wear cryogenic gloves and the face shield.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KC-180", "KC-400"],
            ["Chamber volume", "180 L", "400 L"],
            ["Usable space W x D x H", "500 x 600 x 500 mm", "700 x 800 x 700 mm"],
            ["Maximum load, parts and racks together", "60 kg", "150 kg"],
            ["Temperature range", "+40 °C to -185 °C", "+40 °C to -185 °C"],
            ["Uniformity at -180 °C, empty chamber, after a 30 min hold", "±5 °C", "±6 °C"],
            ["Cooling and warming rate, settable", "0.2-3.0 °C/min", "0.2-3.0 °C/min"],
            ["Warming heater", "3 kW", "6 kW"],
            ["Circulation fan", "0.75 kW", "1.5 kW"],
            ["LN2 supply pressure at the inlet", "1.5-3.0 bar", "1.5-3.0 bar"],
            ["LN2 inlet, vacuum-insulated hose", "1/2 in", "3/4 in"],
            ["LN2 chamber share per -180 °C cycle", "25 kg", "45 kg"],
            ["LN2 hold rate at -180 °C", "2.0 kg/h", "3.5 kg/h"],
            ["Exhaust connection", "DN 50", "DN 80"],
            ["Electrical supply", "230 V 1~, 16 A", "400 V 3~, 16 A"],
            ["Door lock released above", "-20 °C", "-20 °C"],
            ["Mass, empty", "420 kg", "780 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Connect the exhaust line to the outside of the building before the first cycle. The ventilation of the "
            "room and the fixed oxygen monitor are the site's responsibility; the chamber only takes the monitor's "
            "alarm contact (N09).",
            "Never open the LN2 supply valve with the inlet filter housing open.",
            "Never block the inlet relief valve or its outlet. It opens above 3.5 bar.",
            "Handle racks and blades below 0 °C only with cryogenic gloves. Never touch the LN2 hose or the inlet "
            "valve with bare hands while the chamber is cooling.",
            "Do not treat blades with wooden or plastic handles fitted; treat blades before hafting.",
        ],
    ),
    ("h", "3. Programme settings and limits"),
    (
        "cols",
        [
            ("h", "Standard cycles"),
            (
                "p",
                "Deep cryogenic cycle for knife blades: cool at 1.0 °C/min to -180 °C, hold 24 h, warm at 1.0 "
                "°C/min to +20 °C. Sub-zero cycle: cool at 2.0 °C/min to -80 °C, hold 2 h, warm with the heater to "
                "+20 °C. Other cycles may be set, within the rates below.",
            ),
            ("h", "Cooling rate"),
            (
                "p",
                "Never cool faster than 2 °C/min below -80 °C for blades thicker than 4 mm or blades with bolsters: "
                "the difference between surface and core temperature may crack them. Thin blades up to 4 mm may be "
                "cooled at up to 3 °C/min.",
            ),
            ("h", "Nitrogen estimate"),
            (
                "p",
                "LN2 per cycle (kg) = 1.5 x load (kg) + chamber share (kg) + hold rate (kg/h) x hold time (h), with "
                "the chamber share and hold rate of section 1. Example: a KC-400 with 100 kg of blades and racks and "
                "a 24 h hold needs 1.5 x 100 + 45 + 3.5 x 24 = 150 + 45 + 84 = 279 kg. The estimate holds for the "
                "deep cryogenic cycle at -180 °C. No figure is given for sub-zero cycles at -80 °C, as their use "
                "depends on the hold time and the room.",
            ),
            ("h", "Loading"),
            (
                "p",
                "Spread the load over the shelves with at least 20 mm between stacks so the gas can flow. Lay the "
                "blades flat on the wire racks, no more than 10 blades in a stack. The load limit includes the "
                "racks. Fix the load thermocouple to a blade in the middle of the load.",
            ),
            ("h", "Door and condensation"),
            (
                "p",
                "The door stays locked below -20 °C. The warming phase ends at +20 °C; open the door only then, or "
                "water condenses on the blades. In a humid room (above 60 % RH) leave the blades in their racks "
                "until they are above the dew point.",
            ),
            ("h", "Supply pressure"),
            (
                "p",
                "LN2 supply pressure between 1.5 and 3.0 bar at the inlet. Below 1.2 bar the chamber cannot hold "
                "-180 °C (N05). Above 3.5 bar the inlet relief valve opens.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["N01", "Door open in cycle", "Door switch open while a programme runs. LN2 valve closes."],
            ["N02", "Over-temperature", "Above +60 °C in the warming phase. Heater off; check the controller."],
            ["N03", "Under-temperature", "Below -190 °C. LN2 valve closed; check the valve for leaks."],
            [
                "N04",
                "Ramp not held",
                "Load more than 2 °C off the programmed ramp for 10 min: too much load, low LN2 pressure.",
            ],
            ["N05", "LN2 pressure low", "Below 1.2 bar at the inlet: tank nearly empty or supply valve closed."],
            ["N06", "LN2 valve open fault", "Temperature falls with the valve commanded shut: valve seat iced or worn."],
            ["N07", "Fan fault", "Fan motor overload or stopped. Programme holds; call service if repeated."],
            ["N08", "Thermocouple break", "Chamber or load thermocouple open circuit."],
            ["N09", "Oxygen alarm", "External oxygen monitor below 19.5 %. Leave the room; LN2 valve closes."],
            ["N11", "Door heater fault", "Door frame heater not drawing current; ice builds on the seal."],
            [
                "N12",
                "Power failure",
                "Supply lost during a programme. On return the chamber holds the temperature reached; restart the "
                "programme from the operator panel.",
            ],
            ["N13", "Service due", "12 months since the last Kaltheim service."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chamber stops cooling at about -150 °C and will not reach -180 °C",
                "LN2 tank nearly empty or supply pressure low, or ice in the inlet filter",
                "Check the tank level and the inlet pressure; clean the inlet filter (section 8)",
            ],
            [
                "Frost or ice round the door, seal stiff",
                "Door heater fault (N11) or damaged door seal",
                "Check N11; replace the seal (section 7)",
            ],
            [
                "LN2 use far above the estimate",
                "Exhaust valve stuck open, door seal leaking, or a long uninsulated supply line",
                "Check the exhaust valve and the seal; insulate the line",
            ],
            [
                "Water drops on the blades when unloading",
                "Door opened before +20 °C, or a humid room",
                "Follow section 3, door and condensation",
            ],
            [
                "Hold temperature overshoots by more than 5 °C",
                "Load thermocouple not in the load",
                "Fix the load thermocouple to a blade in the middle of the load",
            ],
            [
                "Door hard to open after the cycle ends",
                "Slight vacuum in the chamber as the gas warms and contracts",
                "Wait 2 min for the vent valve to equalise; never force the handle",
            ],
            [
                "Blades cracked after treatment",
                "Cooling too fast for thick blades or bolsters",
                "Check the ramp against section 3",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Loading and starting a cycle"),
    (
        "ol",
        [
            "Estimate the LN2 needed (section 3) and check that the tank holds enough.",
            "Open the supply valve and check the inlet pressure: 1.5-3.0 bar.",
            "Load the racks as described in section 3 and fix the load thermocouple.",
            "Close the door and select the programme.",
            "Press START. The inlet line cools down first; this takes about 5 min.",
            "Check after 30 min that the load follows the ramp.",
        ],
    ),
    (
        "p",
        "At the end of every programme the chamber prints a cycle report and stores it on the USB stick: "
        "programme, load thermocouple curve, minimum temperature reached, time held within 5 °C of the hold set "
        "point, and any fault codes. Keep the report with the batch papers. A batch whose hold time was cut short by "
        "a fault (N05, N07, N12) is not released by the chamber; the site's heat-treatment specification says "
        "whether it is treated again.",
    ),
    ("h", "7. Replacing the door seal"),
    (
        "ol",
        [
            "Warm the chamber to +20 °C, switch off and lock the main switch.",
            "Open the door and pull the old seal out of its groove.",
            "Clean the groove with isopropanol and let it dry.",
            "Press in the new seal (KLT-DS-180 or KLT-DS-400), starting at the top centre, without stretching it. "
            "The joint must be at the top.",
            "Close the door on a 0.1 mm paper strip at eight points round the door; the strip must be held at each.",
            "Run a sub-zero test cycle to -80 °C and check the door for frost.",
        ],
    ),
    ("h", "8. Cleaning the inlet filter"),
    (
        "ol",
        [
            "Close the LN2 supply valve and vent the line through the purge valve.",
            "Wait until the filter housing is above 0 °C, about 30 min.",
            "Open the housing, take out the sieve and clean it in isopropanol.",
            "Refit the sieve with a new O-ring and close the housing.",
            "Open the supply valve slowly and check the housing for leaks with leak spray.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each cycle", "Check the tank level and the inlet pressure"],
            ["Weekly", "Check the door seal and the door heater"],
            ["Monthly", "Clean the inlet filter (section 8)"],
            ["Monthly, as in its own manual", "Test the oxygen monitor (site)"],
            ["12 months (N13)", "Kaltheim service: thermocouple calibration, relief valve test, valve seats"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KC-180", "KC-400"],
            ["Door seal", "KLT-DS-180", "KLT-DS-400"],
            ["Load thermocouple with 3 m lead", "KLT-TC-1", "KLT-TC-1"],
            ["Inlet filter sieve", "KLT-IF-12", "KLT-IF-34"],
            ["LN2 solenoid valve", "KLT-SV-12", "KLT-SV-34"],
            ["Circulation fan motor", "KLT-FM-075", "KLT-FM-150"],
            ["Wire rack", "KLT-RK-180", "KLT-RK-400"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("reibholt-rfw-bolster-friction-welding-machine.pdf", "Reibholt RBH-OM-RFW-03 Ed 3 - RFW-20 / RFW-30", REIBHOLT),
        ("quenvald-pq-blade-plate-quench-press.pdf", "Quenvald QVD-OM-PQ-02 Ed 2 - PQ-40 / PQ-60", QUENVALD),
        ("schleifholm-rgc-robotic-blade-grinding-cell.pdf", "Schleifholm SHH-BA-RGC6-04 Ed 4 - RGC-6", SCHLEIFHOLM),
        ("kaltheim-kc-cryogenic-treatment-chamber.pdf", "Kaltheim KLT-OM-KC-01 Ed 1 - KC-180 / KC-400", KALTHEIM),
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
