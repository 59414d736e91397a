"""Generate the PDF manuals of the thirty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set38venv && /tmp/set38venv/bin/pip install fpdf2 pypdf
    /tmp/set38venv/bin/python knowledge/samples/thirtyeighth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirtieth set's
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


# ---------------------------------------------------------------- Ardenvale RX convection reflow ovens
ARDENVALE = [
    ("title", "Ardenvale RX Convection Reflow Ovens\nOperating and Maintenance Manual - RX-8 and RX-10"),
    (
        "p",
        "Document ADV-OM-RX-04, Edition 2, April 2025. Ardenvale Thermal Process Ltd. The RX-8 and RX-10 are "
        "forced-convection reflow ovens for soldering surface-mount assemblies in air or in nitrogen. The number "
        "gives the heating zones, each with a top and a bottom heater. Apart from the tunnel length, the cooling "
        "section, the conveyor width and the items named in this manual, the two ovens are built alike. The "
        "residual oxygen analyser OXA-2 has its own manual, ADV-OM-OXA-02, and the flux collection unit FCU-3 is "
        "described in ADV-OM-FCU-03. The nitrogen supply and the exhaust duct are the plant's.",
    ),
    (
        "warn",
        "WARNING: The tunnel, the hood and boards leaving the oven are hot enough to burn. Open the hood only when "
        "every zone reads below 60 °C, and never reach into the tunnel while the conveyor runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RX-8", "RX-10"],
            ["Heating zones, top and bottom", "8", "10"],
            ["Cooling zones", "2", "3"],
            ["Heated tunnel length", "2900 mm", "3650 mm"],
            ["Maximum zone temperature", "320 °C", "320 °C"],
            ["Board width on the edge conveyor", "50-400 mm", "50-510 mm"],
            ["Component clearance above / below the board", "30 mm / 25 mm", "30 mm / 25 mm"],
            ["Conveyor speed", "300-1800 mm/min", "300-2000 mm/min"],
            ["Connected load at 400 V 3~ N 50 Hz, full-load current", "52 kW, 75 A", "64 kW, 92 A"],
            ["Running power, lead-free profile at 900 mm/min, tunnel loaded", "9-11 kW", "11-14 kW"],
            ["Nitrogen consumption at 500 ppm residual oxygen, supply at 5-7 bar", "22 m³/h", "28 m³/h"],
            ["Exhaust, two stacks, each", "10 m³/min", "12 m³/min"],
            ["Warm-up from cold to Ready", "25 min", "30 min"],
            ["Mass", "2300 kg", "2750 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "Each heating zone has a 3.0 kW heater top and bottom; the blowers and the conveyor make up the rest of the "
        "connected load. Running power and nitrogen consumption hold for a lead-free profile with a 245 °C peak on "
        "FR-4 boards of 1.6 mm, fed end to end with 50 mm gaps, with the entrance and exit curtains fitted. Heavier "
        "boards, wider gaps or a lower oxygen target change both figures; Ardenvale gives no other values.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "In nitrogen mode the oven releases nitrogen at the entrance and the exit. The room oxygen monitor is "
            "the plant's; never run in nitrogen with the exhaust off.",
            "Flux condensate in the cooling zones and in the FCU-3 is flammable. Keep the flux collection clean "
            "(section 8) and never use a flame or a heat gun on it.",
            "Before work on the heaters or blowers, switch off, lock the main switch and wait until the zones are "
            "below 60 °C.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check that the exhaust runs, that the cooling water is on and, for nitrogen mode, that the nitrogen "
            "supply stands at 5 bar or more.",
            "Switch on, load the recipe of the product and start the warm-up: about 25 min (RX-8) or 30 min (RX-10) "
            "from cold.",
            "Wait for Ready: every zone within ±3 °C of its setpoint. The entrance interlock admits no board before.",
            "In nitrogen mode, wait until the OXA-2 reading is below the oxygen setpoint, about 15 min after Ready.",
            "Set the conveyor width with a board of the product at the entrance and at the exit: the board must "
            "run freely with 1.0 mm play.",
            "For a new product, or if the last profile is older than one week, measure a profile (section 7).",
        ],
    ),
    ("h", "4. Process settings"),
    (
        "cols",
        [
            ("h", "Profile window, SAC305 paste"),
            (
                "p",
                "For lead-free SAC305 paste (Sn96.5Ag3.0Cu0.5), measured on the board: ramp from room temperature "
                "to 150 °C at 1.0-2.5 °C/s; soak between 150 and 190 °C for 60-100 s; time above 217 °C of 45-75 s; "
                "peak 238-248 °C at the hottest and at the coldest joint alike; cooling at 2-4 °C/s, never faster "
                "than 6 °C/s.",
            ),
            ("h", "Tin-lead paste"),
            (
                "p",
                "For Sn63Pb37 paste the peak is 210-225 °C and the time above 183 °C 45-75 s; ramp and soak as "
                "above. For low-temperature, high-silver or any other paste, take the window from the paste "
                "supplier's data sheet; this manual gives none.",
            ),
            ("h", "Setpoints are not board temperatures"),
            (
                "p",
                "Zone setpoints sit well above the board temperature they give. As a start for an RX-8 at "
                "900 mm/min with a 1.6 mm FR-4 board: 150, 165, 175, 185, 195, 215, 250 and 260 °C top and bottom. "
                "Tune with a measured profile, changing one zone by no more than 5 °C at a time.",
            ),
            ("h", "Conveyor"),
            (
                "p",
                "The rails must be parallel within 0.5 mm over the tunnel length. Oil the edge chain only with "
                "the high-temperature chain oil ADV-CO-300.",
            ),
            ("h", "Nitrogen"),
            (
                "p",
                "A residual oxygen setpoint of 500-1000 ppm suits most lead-free work. Lower values need more "
                "nitrogen than the table in section 1 gives.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Zone over-temperature", "A zone is 15 °C above its setpoint. Its heater is switched off."],
            [
                "R02",
                "Zone not ready",
                "A zone more than 5 °C below its setpoint after warm-up. Boards are held at the entrance.",
            ],
            ["R03", "Over-temperature cut-out", "Independent cut-out at 350 °C. All heaters off."],
            [
                "R04",
                "Conveyor speed deviation",
                "Speed more than 2 % off its setpoint for 10 s. Look for a jammed board.",
            ],
            ["R05", "Board not out", "A board did not reach the exit sensor within 1.5 times its transit time."],
            ["R06", "Blower failure", "A zone blower below 80 % of its speed. The profile is no longer valid."],
            ["R07", "Exhaust low", "Exhaust pressure switch open for 30 s. Heaters go to standby."],
            ["R08", "Oxygen high", "Residual oxygen over the setpoint plus 500 ppm for 60 s. Boards are held."],
            ["R10", "Nitrogen pressure low", "Supply below 4 bar."],
            ["R11", "Cooling water", "Cooling zone water below 4 L/min or warmer than 30 °C."],
            ["R12", "Flux collection", "FCU-3 jar full or unit fault. See ADV-OM-FCU-03."],
            ["R13", "Mains failure", "The UPS drives the conveyor for up to 20 min to carry the boards out."],
            ["R14", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Solder balls beside chips and under components",
                "Ramp too fast, or paste that has taken up moisture",
                "Keep the ramp to 2.5 °C/s or less; check the paste handling.",
            ],
            [
                "Small chips stand up on one end (tombstoning)",
                "The two pads reach liquidus at different times",
                "Lengthen the soak toward 100 s and slow the ramp between 200 and 217 °C.",
            ],
            [
                "Grainy or unmelted joints on large parts",
                "Peak or time above liquidus too low on heavy parts",
                "Measure with a thermocouple on the heaviest part; raise the last two zones in 5 °C steps.",
            ],
            [
                "Boards discoloured or warped",
                "Peak too high or held too long",
                "Lower the peak zones; check the conveyor speed (R04).",
            ],
            [
                "Boards drop off the rails near the exit",
                "Width too wide, rails not parallel",
                "Set the width to the board plus 1.0 mm; check the rail parallelism.",
            ],
            [
                "Flux drips on the boards in the cooling section",
                "Flux collection overdue",
                "Clean the cooling grilles and change the FCU-3 filters.",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "7. Measuring a profile"),
    (
        "p",
        "Use a thermocouple data logger with a heat shield rated for the oven; the logger itself is used to its "
        "maker's instructions.",
    ),
    (
        "ol",
        [
            "Take a fully populated board of the product, a scrap one if possible. Fix at least three type K "
            "thermocouples: on a lead of the heaviest part, on the smallest chip and at the board edge, with "
            "high-temperature solder or aluminium tape.",
            "Let the oven stand at Ready for at least 15 min, in nitrogen if the product runs in nitrogen.",
            "Put the logger in its heat shield. Start it only when the logger reads below 40 °C.",
            "Place the board on the conveyor at production speed with the logger trailing on the rails behind it.",
            "Take board and shield off at the exit with heat-resistant gloves.",
            "Compare the curves with the window of section 4 and save the profile with the recipe.",
            "Let the shield cool for at least 10 min before the next run.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the chain for stuck boards; empty the FCU-3 jars when more than half full."],
            ["Weekly", "Clean the cooling zone grilles of flux; check the chain oiling; profile each running product."],
            [
                "Monthly",
                "With the zones below 60 °C, clean the nozzle plates of the heating zones with cleaner "
                "ADV-FC-5; change the FCU-3 filter cartridges ADV-FF-3.",
            ],
            [
                "Every 6 months",
                "Measure the edge chain over 50 pitches: replace it when it is more than 1.5 % longer than new.",
            ],
            ["Yearly", "Zone thermocouple calibration and blower motor bearings by Ardenvale service."],
        ],
        (34, 140),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Rail clamp screws", "M8", "18 Nm"],
            ["Heater module fixings", "M6", "8 Nm"],
            ["Blower impeller hub", "M10", "35 Nm"],
            ["Hood hinge bolts", "M10", "40 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RX-8", "RX-10"],
            ["Zone heater element 3.0 kW", "ADV-HE-30", "ADV-HE-30"],
            ["Zone blower motor", "ADV-BM-1", "ADV-BM-1"],
            ["Edge conveyor chain set", "ADV-CH-8", "ADV-CH-10"],
            ["Zone thermocouple, type K", "ADV-TC-K1", "ADV-TC-K1"],
            ["High-temperature chain oil, 1 L", "ADV-CO-300", "ADV-CO-300"],
            ["FCU-3 filter cartridge", "ADV-FF-3", "ADV-FF-3"],
            ["Hood gasket", "ADV-HG-8", "ADV-HG-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Linnard LP stencil printers
LINNARD = [
    ("title", "Linnard LP Solder Paste Stencil Printers\nOperating and Maintenance Manual - LP-510 and LP-740"),
    (
        "p",
        "Document LNR-OM-LP-03, Edition 1, February 2025. Linnard Print Systems Ltd. The LP-510 and LP-740 are "
        "automatic solder paste stencil printers with vision alignment for SMT lines. The number gives the largest "
        "board length in millimetres. Apart from the board and frame sizes, the wiper paper width and the items "
        "named in this manual, the two printers are built alike. The stencil cleaner SC-20 has its own manual, "
        "LNR-OM-SC-20. The stencil design (thickness and apertures) is agreed with the stencil supplier, and "
        "solder paste is stored and handled as its supplier's data sheet says.",
    ),
    (
        "warn",
        "WARNING: The print head and the board table move without warning in automatic mode. Never reach under "
        "the raised cover; work on the stencil only in maintenance mode with the air dumped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LP-510", "LP-740"],
            ["Board size, smallest", "50 x 50 mm", "50 x 50 mm"],
            ["Board size, largest", "510 x 460 mm", "740 x 610 mm"],
            ["Board thickness", "0.4-6.0 mm", "0.4-6.0 mm"],
            ["Stencil frame", "584 x 584 mm", "584 x 584 mm or 736 x 736 mm"],
            ["Print position accuracy at 6 sigma, measured on the Linnard glass plate", "±15 µm", "±20 µm"],
            ["Core cycle time, without the print stroke", "7.5 s", "9 s"],
            ["Squeegee blade lengths", "300, 350, 400 mm", "300 to 500 mm"],
            ["Print pressure", "0-20 kg", "0-25 kg"],
            ["Print speed", "5-200 mm/s", "5-200 mm/s"],
            ["Compressed air", "5-7 bar, 80 NL/min", "5-7 bar, 100 NL/min"],
            ["Power, 230 V 1~ 50 Hz", "2.2 kW", "2.6 kW"],
            ["Mass", "1050 kg", "1350 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The print position accuracy holds at 20-26 °C with the Linnard glass test plate LNR-CP-1 and clean "
        "fiducials; it is verified yearly by Linnard service in the machine capability test. The 736 x 736 mm "
        "frame fits the LP-740 only.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Solder paste holds metal powder and flux. Wear nitrile gloves, keep paste off the skin and wash your "
            "hands before eating.",
            "The under-stencil wiper uses a solvent. Use only the solvent named by the paste supplier and keep the "
            "solvent tank closed.",
            "Never override the cover interlock to watch a print; use the camera view on the screen.",
            "Dump the air with the blue valve before removing a squeegee or opening the stencil clamps.",
        ],
    ),
    ("h", "3. Print settings"),
    (
        "cols",
        [
            ("h", "Starting values"),
            (
                "p",
                "For Type 4 SAC305 paste through a 0.12 mm laser-cut stainless steel stencil, with 60° metal "
                "blades and the board on contact (no snap-off): print speed 40-80 mm/s, pressure 0.18-0.25 kg per "
                "10 mm of blade length, separation speed 0.5-2 mm/s. For a 350 mm blade this is 6.3-8.8 kg.",
            ),
            (
                "p",
                "For Type 5 paste or a 0.10 mm stencil start at 20-50 mm/s. Adhesive (glue) printing is set up "
                "with the adhesive supplier; no values are given here.",
            ),
            ("h", "Setting the pressure"),
            (
                "p",
                "Start at the low end and raise the pressure in 0.5 kg steps until the blade leaves the stencil "
                "surface clean after each stroke. Too much pressure scoops paste out of large apertures and wears "
                "the blades.",
            ),
            ("h", "Paste roll"),
            (
                "p",
                "Keep a rolling bead of 12-20 mm diameter. Add fresh paste when the roll is thinner than 10 mm "
                "(alarm L04). How long paste may stay on the stencil, and when it must be renewed, is given by the "
                "paste supplier's data sheet.",
            ),
            ("h", "Under-stencil wipe"),
            (
                "p",
                "Wipe the stencil underside every 5 prints for a pitch of 0.5 mm and finer, and every 10 prints "
                "otherwise, with the sequence wet, vacuum, dry.",
            ),
            ("h", "Room"),
            (
                "p",
                "Print at 20-26 °C and 30-60 % RH. Outside this range the paste dries or slumps, and the accuracy "
                "of section 1 no longer holds.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "L01",
                "Board not at stop",
                "Board did not reach the stop sensor within 5 s. Check the conveyor width and the stop pin.",
            ],
            ["L02", "Fiducial not found", "Match score below 70 %. Clean the fiducial or teach it again."],
            [
                "L03",
                "Alignment out of range",
                "Correction larger than ±2 mm or ±1°. Check that the right board and stencil are loaded.",
            ],
            ["L04", "Paste roll low", "Roll thinner than 10 mm. Add paste."],
            ["L05", "Wiper paper end", "Fit a new paper roll."],
            ["L06", "Solvent low", "Fill the solvent tank."],
            [
                "L08",
                "Print pressure deviation",
                "Measured pressure more than 10 % off its setpoint. Check the load cells and the blade holder.",
            ],
            ["L09", "Stencil not clamped", "Frame clamps not closed at 5 bar."],
            ["L10", "Air pressure low", "Supply below 4.5 bar."],
            ["L11", "Board vacuum low", "Board support vacuum weaker than -50 kPa. Check the tooling seals."],
            ["L12", "Cover open", "Close the cover."],
            ["L13", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Bridges between fine-pitch pads",
                "Paste smeared under the stencil, poor board support, pressure too high",
                "Wipe every 5 prints; place support pins under the print area; lower the pressure.",
            ],
            [
                "Insufficient paste or skips in small apertures",
                "Print speed too high, paste dried out, apertures blocked",
                "Slow the print; renew the paste roll; wipe with the vacuum step.",
            ],
            [
                "A film of paste left on the stencil after the stroke",
                "Pressure too low",
                "Raise the pressure in 0.5 kg steps until the stencil wipes clean.",
            ],
            [
                "Peaks (dog ears) at the deposit edges",
                "Separation too fast",
                "Reduce the separation speed to 0.5 mm/s.",
            ],
            [
                "Deposits offset toward one side of the board",
                "Dirty fiducials, board not held flat, camera offset",
                "Clean and teach the fiducials again; check the support pins; if it stays, call Linnard service.",
            ],
            ["Scooped deposits in large pads", "Pressure too high", "Lower the pressure."],
        ],
        (52, 58, 64),
    ),
    ("h", "6. Stencil changeover"),
    (
        "ol",
        [
            "At the end of the batch, take the paste off the stencil and the blades with a plastic spatula into a "
            "separate jar; never put used paste back into a fresh jar.",
            "Raise the print head, dump the air and open the stencil clamps. Slide the stencil out and send it to "
            "the stencil cleaner SC-20.",
            "Slide in the new stencil, print side down, until it touches the rear stops, and close the clamps.",
            "Load the program of the product. Set the support pins no more than 50 mm apart under the print area, "
            "never under parts on the bottom side.",
            "For a new program, teach two fiducials on the board and the matching two on the stencil.",
            "Apply paste along the blade as a roll of about 15 mm diameter.",
            "Print the first board and inspect it under magnification before releasing the line.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the paste roll, the wiper paper and the solvent; wipe the blades clean."],
            ["Daily", "Clean the board table and the tooling; look at the blade edges and replace a nicked blade."],
            ["Weekly", "Clean the camera windows with lens tissue; clean the wiper vacuum slot."],
            ["Monthly", "Grease the Y-axis linear guides with grease LNR-GR-2; drain the air filter bowl."],
            ["Yearly", "Machine capability test with the glass plate LNR-CP-1 by Linnard service."],
        ],
        (34, 140),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Blade to blade holder", "M5", "4 Nm"],
            ["Blade holder to print head", "M6", "8 Nm"],
            ["Support table fixings", "M8", "20 Nm"],
            ["Camera mounting", "M4", "2.5 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "LP-510", "LP-740"],
            ["Metal squeegee blade 60°, 300 mm", "LNR-SB-300", "LNR-SB-300"],
            ["Metal squeegee blade 60°, 400 mm", "LNR-SB-400", "LNR-SB-400"],
            ["Metal squeegee blade 60°, 500 mm", "-", "LNR-SB-500"],
            ["Wiper paper roll", "LNR-WP-460", "LNR-WP-620"],
            ["Support pin set, magnetic", "LNR-SP-20", "LNR-SP-30"],
            ["Vacuum filter", "LNR-VF-1", "LNR-VF-1"],
            ["Grease for linear guides", "LNR-GR-2", "LNR-GR-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Zinnwerk ZS selective soldering machines
ZINNWERK = [
    ("title", "Zinnwerk ZS Selective Soldering Machines\nOperating and Maintenance Manual - ZS-310 and ZS-320"),
    (
        "p",
        "Document ZNW-OM-ZS-02, Edition 4, May 2025. Zinnwerk Löttechnik GmbH. The ZS-310 and ZS-320 are in-line "
        "selective soldering machines for through-hole joints, with a drop-jet fluxer, a bottom infrared preheater "
        "and mini-wave solder pots under nitrogen. The ZS-310 has one solder pot, the ZS-320 two, for two alloys "
        "or two nozzles working in parallel. Apart from the pots, the board size, the preheater and the items "
        "named in this manual, the two machines are built alike. The fume extraction is the plant's, connected to "
        "the 150 mm spigot on the roof of the machine. Flux is used as its supplier's data sheet says.",
    ),
    (
        "warn",
        "WARNING: The solder in the pots is at up to 330 °C. Wear the face shield and heat-resistant gloves for any "
        "work at the pots, never put wet tools or bars into the solder, and keep the door closed while the wave "
        "runs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ZS-310", "ZS-320"],
            ["Solder pots", "1", "2"],
            ["Solder content per pot", "14 kg", "10 kg"],
            ["Pot temperature range", "200-330 °C", "200-330 °C"],
            ["Pot heater", "1.8 kW", "1.4 kW per pot"],
            ["Board size, largest", "460 x 410 mm", "610 x 460 mm"],
            ["Board thickness", "0.8-4.0 mm", "0.8-4.0 mm"],
            ["Clearance below the board for solder-side parts", "30 mm", "30 mm"],
            ["Wettable nozzles, inner diameter", "3, 4, 6, 8, 10 mm", "3, 4, 6, 8, 10 mm"],
            ["Bottom infrared preheater", "6 x 1 kW", "8 x 1 kW"],
            ["Nitrogen of 99.995 % purity or better, at 4-6 bar", "2 m³/h", "4 m³/h"],
            ["Connected load, 400 V 3~ N 50 Hz", "12 kW", "16 kW"],
            ["Mass", "950 kg", "1300 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The nitrogen figures are for the waves running under their nitrogen hoods at the standard flow; on standby "
        "the flow drops to a quarter. The solder content fills an empty pot to 10 mm below the rim with SAC305.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Dross and solder splashes burn. Skim dross only with the wave pump stopped, using the dross ladle "
            "ZNW-DL, into the steel dross bin.",
            "Flux is flammable. Keep flux containers closed and away from the preheater; wipe spilled flux at once.",
            "Solder dross is returned to the solder supplier or a licensed recycler, never put in general waste.",
            "Never run the wave without the fume extraction (alarm Z13).",
        ],
    ),
    ("h", "3. Soldering settings"),
    (
        "cols",
        [
            ("h", "Pot temperature"),
            (
                "p",
                "SAC305 (Sn96.5Ag3.0Cu0.5): 280-300 °C. SN100C type (SnCuNi): 290-310 °C. Sn63Pb37: "
                "260-270 °C. For any other alloy ask the solder supplier. Never set a pot above 330 °C.",
            ),
            ("h", "Wave height"),
            (
                "p",
                "Set the wave 2.5-3.5 mm above the nozzle rim, measured with the height gauge ZNW-HG, and store "
                "the pump speed in the program. The wave check before each board (Z05) only proves that a wave is "
                "there, not its height.",
            ),
            ("h", "Preheat"),
            (
                "p",
                "Measured on the top side of the board before the first joint: 90-110 °C for water-based "
                "(VOC-free) flux, 80-100 °C for alcohol-based flux. Heavy boards with ground planes need the upper "
                "end.",
            ),
            ("h", "Drag and dip"),
            (
                "p",
                "Drag soldering of pin rows: 3-10 mm/s on 1.6 mm boards, slower on thicker ones. Dip soldering of "
                "single pins: 1-3 s dwell. Keep at least 2 mm between the wave and any solder-side part outside the "
                "nozzle.",
            ),
            ("h", "Bath analysis"),
            (
                "p",
                "Send a solder sample from each pot to the solder supplier's laboratory every month. A SAC305 "
                "bath with more than 0.9 % copper must be partly replaced: draw off a third of the pot and refill "
                "with the low-copper bars the supplier advises.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["Z01", "Pot temperature low", "More than 10 °C below setpoint. Soldering is blocked."],
            ["Z02", "Pot temperature high", "More than 15 °C above setpoint. Heater off."],
            [
                "Z03",
                "Over-temperature cut-out",
                "Independent cut-out at 350 °C. Reset on the cabinet once the cause is found.",
            ],
            ["Z04", "Solder level low", "Level 12 mm or more below the rim. Add solder bars or wire."],
            [
                "Z05",
                "Wave check failed",
                "No wave seen by the wave sensor within 2 s: nozzle not wetted, blocked, or dross in the duct.",
            ],
            ["Z06", "Nitrogen pressure low", "Supply below 3.5 bar."],
            ["Z07", "Flux pressure low", "Flux tank empty or below 0.3 bar."],
            ["Z08", "Fluxer drop test failed", "No drops counted at the drop test. Clean the drop-jet nozzle."],
            ["Z09", "Preheater over-temperature", "Lamp housing over 180 °C. Check the cooling fan."],
            ["Z10", "Board position fault", "Board not seen at the station sensor. Check the conveyor width."],
            [
                "Z12",
                "Wave pump overload",
                "Pump motor protection tripped: pump stiff with dross or frozen solder. Call Zinnwerk service.",
            ],
            ["Z13", "Extraction low", "Flow switch of the fume extraction open."],
            ["Z14", "Door open", "Close the door."],
            ["Z15", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Poor hole fill on pins tied to ground planes",
                "Preheat too low, too little flux, dwell too short",
                "Raise the preheat toward 110 °C, add flux and lengthen the dwell in 0.5 s steps.",
            ],
            [
                "Bridges between pins of a row",
                "Drag too fast, nitrogen flow low, wrong drag direction",
                "Slow the drag; check the nitrogen; drag along the row, not across it.",
            ],
            [
                "Icicles and flags on the pins",
                "Too little flux, wave too low",
                "Check the drop test and the wave height.",
            ],
            [
                "Wave unstable or spitting",
                "Nozzle not wetted all round, dross in the duct",
                "Wet the nozzle again (section 6).",
            ],
            [
                "Flux residue on SMD parts beside the joints",
                "Drop-jet off target",
                "Clean the drop-jet and teach its offset again.",
            ],
            [
                "Solder balls on the board",
                "Flux not dried, preheat too low",
                "Raise the preheat; check the flux amount.",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "6. Changing and wetting a nozzle"),
    (
        "ol",
        [
            "Bring the pot to its working temperature and stop the wave pump. Put on the face shield and the "
            "heat-resistant gloves.",
            "Unscrew the nozzle with the nozzle key ZNW-NK and lift it out with the tongs onto the nozzle holder.",
            "Fit the new nozzle and tighten it with the nozzle key to 6 Nm.",
            "Start the pump at 30 % and brush the nozzle activator ZNW-NA onto the rim until the solder wets the "
            "nozzle all round.",
            "Set the wave height to 3.0 mm with the height gauge ZNW-HG and store the pump speed in the program.",
            "Run the wave check (Z05) and solder a test board.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the solder level and the wave height with the gauge; run the fluxer drop test."],
            [
                "Daily",
                "Skim the dross with the pump stopped; clean the nozzles with the brass brush; empty the flux tray.",
            ],
            [
                "Weekly",
                "Clean the drop-jet nozzle with isopropyl alcohol (alcohol flux) or deionised water "
                "(water-based flux); clean the preheater glass.",
            ],
            ["Monthly", "Solder sample of each pot to the solder supplier's laboratory."],
            ["Yearly", "Wave pump impeller and duct cleaned, and the axes calibrated, by Zinnwerk service."],
        ],
        (34, 140),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Nozzle in nozzle holder", "M16 x 1", "6 Nm"],
            ["Nitrogen hood", "M5", "4 Nm"],
            ["Preheater lamp holders", "M4", "2 Nm"],
            ["Pot lid", "M8", "15 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "ZS-310", "ZS-320"],
            ["Wettable nozzle 4 mm", "ZNW-WN-04", "ZNW-WN-04"],
            ["Wettable nozzle 8 mm", "ZNW-WN-08", "ZNW-WN-08"],
            ["Nozzle activator", "ZNW-NA", "ZNW-NA"],
            ["Drop-jet valve", "ZNW-DJ-1", "ZNW-DJ-1"],
            ["Infrared lamp 1 kW", "ZNW-IR-10, 6 off", "ZNW-IR-10, 8 off"],
            ["Pot thermocouple", "ZNW-TC-P", "ZNW-TC-P"],
            ["Nitrogen hood", "ZNW-NH-1", "ZNW-NH-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Orrindale WB automated wet benches
ORRINDALE = [
    ("title", "Orrindale WB Automated Wet Benches\nOperating and Maintenance Manual - WB-200 and WB-300"),
    (
        "p",
        "Document ORD-OM-WB-05, Edition 2, June 2025. Orrindale Process Equipment Ltd. The WB-200 and WB-300 are "
        "automated wet benches for cleaning and oxide strip of silicon wafers, built of flame-retardant "
        "polypropylene with a wafer transfer robot. The number gives the wafer diameter in millimetres. The "
        "standard line is an SC1 tank (ammonia and peroxide), a quick dump rinse (QDR), a dilute HF tank, a second "
        "QDR and a final rinse, followed by the spin rinse dryer SRD-2, which has its own manual, ORD-OM-SRD-02. "
        "Apart from the tank sizes, the batch, the heaters and the items named in this manual, the two benches are "
        "built alike. Chemical supply, drains, exhaust and the fire suppression system are the fab's.",
    ),
    (
        "warn",
        "WARNING: The bench handles hydrofluoric acid. HF burns may not hurt at first and can be fatal. Keep "
        "calcium gluconate gel at the bench, follow the fab's HF first aid procedure after any skin contact, and "
        "wear full chemical protective equipment for any work on an open tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WB-200", "WB-300"],
            ["Wafer diameter", "200 mm (150 mm with adaptor)", "300 mm"],
            ["Batch", "50 wafers, 2 cassettes", "25 wafers, 1 cassette"],
            ["Process tank volume, SC1 and DHF", "32 L", "58 L"],
            ["SC1 tank heater, PTFE-sheathed", "6 kW", "9 kW"],
            ["Bath temperature range", "25-80 °C", "25-80 °C"],
            ["Ultrapure water (DIW) supply", "17.5 MOhm·cm or more, 2.5-4 bar", "17.5 MOhm·cm or more, 2.5-4 bar"],
            ["DIW use, peak during QDR", "25 L/min", "40 L/min"],
            ["Exhaust, at -150 Pa in the plenum", "28 m³/min", "40 m³/min"],
            ["Compressed dry air / nitrogen", "6 bar / 3 bar", "6 bar / 3 bar"],
            ["Connected load, 400 V 3~ 50 Hz", "32 kW", "45 kW"],
            ["Circulation filter", "0.05 µm, 10 in", "0.05 µm, 20 in"],
        ],
        (64, 55, 55),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never open a tank lid or reach into the bench while the robot is in automatic mode.",
            "Never mix the waste streams: SC1 and HF drain to separate lines.",
            "Hot SC1 gives off ammonia. Keep the lids closed and the exhaust running.",
            "Pressing EMO cuts all power except the exhaust monitor. Restart only once the cause is found.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check on the bench display that the exhaust reads -150 Pa or stronger and the DIW supply 17.5 MOhm·cm "
            "or more.",
            "Check that the sump is dry and that the leak sensor shows no alarm.",
            "Check the tank levels and the bath life counters; change an expired bath first (section 7).",
            "Start the SC1 heat-up: about 25 min (WB-200) or 30 min (WB-300) from a fresh fill at 20 °C.",
            "After a bath change, run a batch of test wafers through the line before production wafers.",
        ],
    ),
    ("h", "4. Process settings"),
    (
        "cols",
        [
            ("h", "SC1"),
            (
                "p",
                "Mix 1:1:5 by volume of NH4OH 29 %, H2O2 30 % and DIW, and run at 65-75 °C for 10 min. The bath "
                "must be held within ±2 °C of its setpoint. Bath life is 8 h or 20 batches, whichever comes first "
                "(W13). Top-up (spiking) volumes of peroxide and ammonia are recipe values of the fab's process "
                "engineer and are not given here.",
            ),
            ("h", "Dilute HF"),
            (
                "p",
                "1:100 by volume of HF 49 % in DIW, at 23 ± 1 °C. At 23 °C this bath removes thermal oxide at "
                "about 3 nm/min; the rate for deposited oxides must be measured by the process engineer. Move wafers "
                "from the HF tank to the rinse within 5 s.",
            ),
            ("h", "Rinse"),
            (
                "p",
                "Each QDR runs 4 dump cycles. The final rinse must reach 15 MOhm·cm within 10 min of the batch "
                "entering it, or W07 is raised and the batch is held.",
            ),
            ("h", "Drains"),
            (
                "p",
                "SC1 goes to the alkaline waste; HF and the first HF rinse go to the fluoride waste. Never drain "
                "HF to the alkaline line.",
            ),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Exhaust low", "Plenum weaker than -100 Pa for 10 s. The process stops and the lids close."],
            ["W02", "Sump leak", "Liquid in the bench sump. Stop; find the leak wearing full protective equipment."],
            ["W03", "Tank level low", "Level sensor of a tank; its heater is off."],
            ["W04", "Bath temperature", "Bath more than 2 °C off its setpoint."],
            ["W05", "Heater over-temperature", "Heater cut-out open at 95 °C. Heater off until reset."],
            ["W06", "DIW supply resistivity low", "Supply below 16 MOhm·cm. Tell the water plant."],
            ["W07", "Rinse end point not reached", "Final rinse below 15 MOhm·cm after 10 min."],
            ["W09", "Robot position", "Robot not at its taught position. Home the robot."],
            ["W10", "Lid not closed", "Lid sensor open."],
            ["W11", "Air pressure low", "Compressed dry air below 5 bar."],
            ["W12", "Nitrogen pressure low", "Nitrogen below 2 bar."],
            ["W13", "Bath life expired", "Change the bath (section 7)."],
            ["W14", "Fire detector", "Heaters off; the fab's fire suppression system may discharge. Leave the area."],
            [
                "W15",
                "Filter pressure high",
                "Circulation filter differential pressure over 1.0 bar. Change the filter.",
            ],
            ["W16", "EMO", "Emergency off pressed. All power off except the exhaust monitor."],
        ],
        (16, 44, 114),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "More particles on the wafers after SC1",
                "Bath past its life, circulation filter loaded",
                "Change the bath and the filter.",
            ],
            [
                "Watermarks or stains after drying",
                "Wafers left too long between HF and rinse, or between rinse and SRD-2",
                "Keep HF to rinse within 5 s; send batches to the SRD-2 without waiting.",
            ],
            [
                "Etch uneven across the wafer",
                "Circulation off, or bath temperature drifting",
                "Check the circulation pump and W04.",
            ],
            [
                "Final rinse slow to reach 15 MOhm·cm",
                "DIW supply resistivity low, dirty cassettes or QDR nozzles",
                "Check the supply reading (W06); clean the cassettes and the QDR nozzles.",
            ],
            [
                "SC1 temperature overshoots after a refill",
                "Bath not circulating, sensor sheath fouled",
                "Check the circulation; clean the sensor sheath.",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "7. Changing the SC1 bath"),
    (
        "p",
        "The auto-fill mixes 1:1:5 from the fab's supply: 22.8 L DIW, 4.6 L NH4OH and 4.6 L H2O2 in the WB-200, or "
        "41.4 L DIW, 8.3 L NH4OH and 8.3 L H2O2 in the WB-300.",
    ),
    (
        "ol",
        [
            "Put on the face shield, chemical apron and gauntlets.",
            "Select the tank on the maintenance screen and switch its heater off. Wait until the bath is below 40 °C.",
            "Drain to the alkaline waste, then fill the tank with DIW and drain it, twice.",
            "Start the auto-fill. It adds DIW first, then peroxide, and ammonia last.",
            "Heat to the setpoint and let the bath stand stable for 15 min before the first batch.",
            "Reset the bath life counter.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Read the exhaust, the DIW supply resistivity and the sump leak sensor."],
            ["Weekly", "Look at the robot gripper pads for chemical attack; clean the QDR nozzles."],
            ["Monthly", "Change the circulation filters; test the leak sensors with DIW."],
            [
                "Every 6 months",
                "Heater cut-out test by Orrindale service; exhaust flow measured by the fab's facility engineers.",
            ],
            ["Yearly", "EMO circuit and robot calibration by Orrindale service."],
        ],
        (34, 140),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["PVDF tank flange bolts, crosswise in two passes", "M8", "6 Nm"],
            ["Heater clamp", "M6", "5 Nm"],
            ["Robot gripper pads", "M5", "3 Nm"],
            ["Filter housing ring", "-", "hand-tight"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "WB-200", "WB-300"],
            ["Circulation filter 0.05 µm", "ORD-CF-10", "ORD-CF-20"],
            ["SC1 heater", "ORD-HT-6", "ORD-HT-9"],
            ["Leak sensor", "ORD-LS-1", "ORD-LS-1"],
            ["QDR spray nozzle", "ORD-QN-2", "ORD-QN-2"],
            ["Gripper pad set, PEEK", "ORD-GP-200", "ORD-GP-300"],
            ["Resistivity cell", "ORD-RC-01", "ORD-RC-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ardenvale-rx-convection-reflow-oven.pdf", "Ardenvale ADV-OM-RX-04 Ed 2 - RX-8 / RX-10", ARDENVALE),
        ("linnard-lp-solder-paste-stencil-printer.pdf", "Linnard LNR-OM-LP-03 Ed 1 - LP-510 / LP-740", LINNARD),
        ("zinnwerk-zs-selective-soldering-machine.pdf", "Zinnwerk ZNW-OM-ZS-02 Ed 4 - ZS-310 / ZS-320", ZINNWERK),
        ("orrindale-wb-wafer-wet-bench.pdf", "Orrindale ORD-OM-WB-05 Ed 2 - WB-200 / WB-300", ORRINDALE),
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
