"""Generate the PDF manuals of the twenty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/twentysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the veneer lathe, strander and fluid bed operating pages."""
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



# ---------------------------------------------------------------- Corteval VL veneer peeling lathes
CORTEVAL = [
    ("title", "Corteval VL Series Spindle Veneer Peeling Lathes\nOperation and Maintenance Manual - VL-1400 and VL-2700"),
    (
        "p",
        "Document CVM-OM-VL-07, Edition 3, February 2025. Corteval Veneer Machinery Oy. The VL-1400 and VL-2700 are "
        "hydraulic spindle lathes that peel rotary veneer for plywood and LVL from conditioned hardwood and "
        "softwood blocks. Both have telescopic double chucks, a servo-driven knife carriage, a 20 mm roller nosebar, "
        "a block diameter laser and the CL-8 lathe control; the VL-2700 takes longer blocks. A powered backup "
        "roll (option R) that supports long blocks against bending is available for the VL-2700 only.",
    ),
    (
        "warn",
        "WARNING: Never reach over the knife carriage while the spindles turn. Lock out the spindle drive and the "
        "hydraulic unit and fit the knife guard before any work at the knife.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VL-1400", "VL-2700"],
            ["Block length, maximum", "1400 mm", "2700 mm"],
            ["Block diameter, maximum", "800 mm", "800 mm"],
            ["Knife length", "1500 mm", "2800 mm"],
            ["Veneer thickness", "0.6-4.0 mm", "0.6-4.0 mm"],
            ["Peeling (surface) speed", "30-180 m/min", "30-150 m/min"],
            ["Spindle speed, maximum", "800 rpm", "600 rpm"],
            ["Spindle drive", "75 kW", "110 kW"],
            ["Inner chucks", "60 or 90 mm", "60 or 90 mm"],
            ["Outer chucks", "160 or 200 mm", "160 or 200 mm"],
            ["Core diameter, minimum", "75 mm", "110 mm (80 mm with option R)"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The minimum core diameters hold with the 60 mm inner chucks; with the 90 mm inner chucks no block can be "
        "peeled below a 105 mm core. The peeling speeds hold for conditioned birch, poplar, pine and spruce blocks "
        "peeling veneer of 1.0-2.5 mm. For veneer thicker than 2.5 mm and for hardwoods denser than 700 kg/m³ (beech, "
        "oak) the peeling speed must be no more than 100 m/min. At 100 m/min a full-length block peeling 1.5 mm "
        "veneer gives 12.6 m³/h of wet veneer on the VL-1400 and 24.3 m³/h on the VL-2700, before clipping losses.",
    ),
    ("h", "2. Peeling operation"),
    (
        "cols",
        [
            ("h", "Block conditioning"),
            (
                "p",
                "Condition birch and other hardwoods to a "
                "core temperature of 40-60 °C and pine and spruce to 50-70 °C. A block must never be peeled above "
                "80 °C: the veneer turns fuzzy and the core splits at the chucks. Frozen blocks must not be peeled.",
            ),
            ("h", "Knife setting"),
            (
                "p",
                "The knife edge must sit 0 to 0.5 mm below the spindle centre line and parallel to it within "
                "±0.05 mm over the whole knife length. The knife bevel is ground at 21° ±0.5°. The clearance angle "
                "is set on the CL-8 and changes with the block diameter; keep it between 0.5° and 1.5°. A clearance "
                "angle under 0.5° makes the knife rub and chatter.",
            ),
            ("h", "Nosebar gap"),
            (
                "p",
                "The horizontal gap between the knife edge and the nosebar must be 80-90 % of the nominal veneer thickness (10-20 % "
                "compression); for 1.5 mm veneer that is 1.20-1.35 mm. The vertical gap (lead) is 0.5-1.0 mm for "
                "all thicknesses.",
            ),
            ("h", "Chuck pressure"),
            (
                "p",
                "The maximum chuck pressure is 140 bar on the "
                "VL-1400 and 180 bar on the VL-2700. When the block is down to about 250 mm the outer chucks "
                "retract and the inner chucks carry on alone.",
            ),
            ("warn", "Never clear veneer from under the nosebar while the spindles turn."),
        ],
    ),
    ("h", "3. CL-8 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["V01", "Emergency stop pressed or knife guard open", "Reset the emergency stop, close the guard, acknowledge"],
            ["V02", "Spindle drive fault (drive code shown)", "Note the drive code; check the motor fan and the cabinet filter"],
            ["V03", "Chuck pressure low: below 120 bar on the VL-1400, below 150 bar on the VL-2700", "Check the chuck cylinders and the hydraulic pressure before restarting the block"],
            ["V04", "Spindle bearing temperature above 75 °C (warning)", "Check the central grease supply to the spindle bearings; reduce the peeling speed"],
            ["V05", "Spindle bearing at 85 °C, spindles stopped", "Let the bearing cool; check its grease and vibration"],
            ["V06", "Hydraulic oil temperature above 60 °C", "Check the oil cooler and its cooling water"],
            ["V07", "Hydraulic oil level low", "Find the leak; top up with ISO VG 46 oil"],
            ["V08", "Knife carriage at its overtravel limit", "Jog the carriage back in manual; check the diameter laser"],
            ["V09", "Block diameter laser fault or laser window dirty", "Clean the laser window; check the laser cable"],
            ["V11", "Backup roll fault (option R only)", "Check the roll cylinder and drive; without the roll peel only to a 110 mm core"],
            ["V12", "Spinout: chuck and block speeds differ by more than 5 %", "Check the block ends for rot and splits; check the chuck pressure"],
            ["V13", "Veneer tray conveyor jam", "Clear the veneer; restart the tray before the lathe"],
            ["V14", "Central grease pump fault or grease reservoir empty", "Fill the reservoir with EP2 grease CVM-GR2; check the pump fuse"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Rough, loose veneer with deep lathe checks", "Too little nosebar compression; block too cold", "Set the gap to 80-90 % of the thickness; condition longer"],
            ["Veneer thicker at the ends than in the middle", "Knife not parallel to the spindles; nosebar worn", "Check the knife height at five points; change the nosebar"],
            ["Corrugated (washboard) veneer", "Clearance angle too small; knife clamp bolts loose", "Set the clearance angle to 0.5-1.5°; tighten the clamp bolts"],
            ["Fuzzy or woolly veneer surface", "Block above 80 °C; dull knife", "Lower the conditioning temperature; change the knife"],
            ["Chucks spin out of the block", "Soft or rotten core; chuck pressure low; block too hot", "Raise the chuck pressure within its maximum; peel cooler blocks"],
            ["Long block bends, veneer thin in the middle (VL-2700)", "Long block with a small core peeled without support", "Use the backup roll (option R) or stop peeling at a 110 mm core"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the peeling knife"),
    (
        "ol",
        [
            "Stop the lathe, lock out the drive and the hydraulics and move the carriage to the knife change position.",
            "Fit the knife guard over the edge of the old knife and hook the knife lifting beam CVM-LB1 to it.",
            "Loosen the knife clamp bolts from the middle outwards and lift the old knife out with the beam.",
            "Clean the knife seat; a chip under the knife puts it out of line.",
            "Set the new knife in the seat with the beam and tighten the clamp bolts by hand.",
            "Set the knife height with the height gauge at five points along the knife: 0 to 0.5 mm below the centre line, all five readings within ±0.05 mm of each other.",
            "Tighten the clamp bolts to 180 N·m from the middle outwards and check the height again.",
            "Set the nosebar gap (section 6) before peeling.",
        ],
    ),
    (
        "p",
        "The VL-1400 knife weighs 28 kg and is held by 10 clamp bolts; the VL-2700 knife weighs 52 kg and is held by "
        "18 clamp bolts. Knife grinding is described in the knife grinder's own manual. Change the knife every 4-8 hours of peeling for birch and every 8-12 hours for pine and spruce, "
        "sooner for blocks carrying sand or stones.",
    ),
    ("h", "6. Setting the nosebar gap"),
    (
        "ol",
        [
            "Jog the carriage to a test block of 300-400 mm diameter.",
            "Put feeler gauges between the knife edge and the nosebar at both ends and in the middle.",
            "Set the horizontal gap to 80-90 % of the veneer thickness with the two nosebar adjusting screws.",
            "Set the lead (vertical gap) to 0.5-1.0 mm and lock both screws.",
            "Peel a test sheet and measure its thickness at both ends and in the middle: every reading must be within ±0.1 mm of the nominal thickness.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the knife edge for notches; clean bark and grit from the nosebar and the chucks"],
            ["Weekly", "Check the chuck jaws for wear; check the knife clamp bolts at 180 N·m"],
            ["Every 1000 h", "Change the hydraulic pressure filter element"],
            ["Every 4000 h", "Change the hydraulic oil (ISO VG 46): 250 L on the VL-1400, 400 L on the VL-2700"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The spindle bearings are changed to service instruction CVM-SI-07 by Corteval service. The hydraulic "
        "accumulators of the chucks are recharged by Corteval service only; contact Corteval service for their "
        "nitrogen precharge.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "VL-1400", "VL-2700"],
            ["Peeling knife, 21° bevel", "CVM-K15", "CVM-K28"],
            ["Roller nosebar, 20 mm", "CVM-NB15", "CVM-NB28"],
            ["Nosebar support bearing set", "CVM-NS15", "CVM-NS28"],
            ["Inner chuck, 60 mm", "CVM-CI60", "CVM-CI60"],
            ["Inner chuck, 90 mm", "CVM-CI90", "CVM-CI90"],
            ["Outer chuck, 160 mm", "CVM-CO160", "CVM-CO160"],
            ["Outer chuck, 200 mm", "CVM-CO200", "CVM-CO200"],
            ["Knife clamp bolt M20, set", "CVM-KB10", "CVM-KB18"],
            ["Hydraulic pressure filter element", "CVM-HF10", "CVM-HF10"],
            ["Backup roll drive tyre set (option R)", "-", "CVM-BR28"],
            ["Grease EP2, 18 kg", "CVM-GR2", "CVM-GR2"],
            ["Knife lifting beam", "CVM-LB1", "CVM-LB1"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Torsana RS rigid frame stranders
TORSANA = [
    ("title", "Torsana RS Series Rigid Frame Stranders\nOperation and Maintenance Manual - RS-630 and RS-800"),
    (
        "p",
        "Document TCM-OM-RS-11, Revision 4, October 2024. Torsana Cable Machinery GmbH. The RS-630 and RS-800 are "
        "rigid frame stranders that lay copper or aluminium wires into power cable conductors of up to 37 wires "
        "(1+6+12+18). Both have cages of 6, 12 and 18 bobbin cradles, a centre wire pay-off, a die stand after each "
        "cage, a caterpillar capstan, a portal take-up and the TS-4 line control. The RS-630 takes bobbins of 630 mm flange diameter, the RS-800 bobbins of "
        "800 mm. Hydraulic automatic bobbin loading (option L) is available for the RS-800 only; on the RS-630 the "
        "bobbins are loaded with the overhead crane and the loading bar.",
    ),
    (
        "warn",
        "WARNING: The cages turn at up to 200 rpm carrying several tonnes of wire. Never open a cage guard or stand "
        "in the cage area while the line runs or coasts down; wait until the TS-4 shows CAGES STOPPED and lock out "
        "the main drive.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RS-630", "RS-800"],
            ["Bobbin flange diameter", "630 mm", "800 mm"],
            ["Bobbin load, maximum", "450 kg", "900 kg"],
            ["Wire diameter", "1.5-3.5 mm", "2.0-4.5 mm"],
            ["Cage 1 (6 bobbins), maximum speed", "200 rpm", "160 rpm"],
            ["Cage 2 (12 bobbins), maximum speed", "170 rpm", "135 rpm"],
            ["Cage 3 (18 bobbins), maximum speed", "140 rpm", "110 rpm"],
            ["Line speed (capstan)", "5-60 m/min", "5-45 m/min"],
            ["Lay length", "60-600 mm", "80-800 mm"],
            ["Capstan pull, maximum", "40 kN", "60 kN"],
            ["Take-up reel flange", "1600-2800 mm", "2000-3150 mm"],
            ["Main drive", "90 kW", "132 kW"],
            ["Brake air supply", "5.5-6.5 bar", "5.5-6.5 bar"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The cage speeds hold for bobbins loaded up to 400 kg on the RS-630 and up to 800 kg on the RS-800. With "
        "heavier bobbins cage 3 must run no faster than 120 rpm on the RS-630 and 95 rpm on the RS-800. A full cage 3 "
        "carries up to 8.1 t of wire on the RS-630 and up to 16.2 t on the RS-800.",
    ),
    ("h", "2. Stranding operation"),
    (
        "cols",
        [
            ("h", "Lay length"),
            (
                "p",
                "The lay length is the length of conductor in which a wire makes one full turn. The TS-4 sets each "
                "cage speed from the line speed and the recipe lay length: cage speed (rpm) = line speed (m/min) x "
                "1000 / lay length (mm). For example, 42 m/min with a 300 mm lay needs 140 rpm. If a cage would have "
                "to run above its maximum, the TS-4 lowers the line speed. The measured lay length must be within "
                "±2 % of the recipe value.",
            ),
            ("h", "Lay direction"),
            (
                "p",
                "Adjacent layers are laid in opposite directions; the outer layer is right-hand (Z) unless the cable "
                "specification says otherwise.",
            ),
            ("h", "Back tension"),
            (
                "p",
                "Each cradle has a pneumatic band brake. Set the back tension of every wire to 2-5 % of its "
                "breaking load; for 2.5 mm annealed copper that is about 25-60 N. The tensions of the wires in one "
                "cage must be within ±10 % of each other, or the layer closes unevenly and birdcages. Aluminium "
                "wires must never be braked above 3 % of their breaking load.",
            ),
            ("h", "Compacting"),
            (
                "p",
                "Compacted conductors pass a compacting die after each layer. The area reduction at each die should "
                "be 8-12 %, and no more than 15 % at any die, or the wires crack. The die for each conductor size is "
                "given in the recipe book.",
            ),
            ("h", "Capstan and take-up"),
            (
                "p",
                "The capstan pull must not exceed 80 % of the conductor's breaking load. Set the take-up traverse "
                "pitch to the conductor diameter plus 5-10 %.",
            ),
            ("warn", "Never run a cage with a cradle clamp open or a pintle unclamped; a loose bobbin can be thrown out of the cage."),
        ],
    ),
    ("h", "3. TS-4 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["T201", "Cage guard open or light curtain interrupted", "Close the guard and reset"],
            ["T202", "Main drive fault (drive code shown)", "Note the drive code; check the cabinet cooling"],
            ["T203", "Wire break in cage 1 (cradle number shown)", "Stop, find the broken wire, join it with the cold pressure welder and reset"],
            ["T204", "Wire break in cage 2 (cradle number shown)", "Stop, find the broken wire, join it with the cold pressure welder and reset"],
            ["T205", "Wire break in cage 3 (cradle number shown)", "Stop, find the broken wire, join it with the cold pressure welder and reset"],
            ["T206", "Pintle not clamped (cage and cradle shown)", "Clamp the pintle and check the clamp switch; the cage will not start"],
            ["T207", "Brake air pressure below 5.0 bar", "Check the air supply and the rotary air union of the cage"],
            ["T209", "Capstan slip: pad and conductor speeds differ by more than 2 %", "Raise the caterpillar pad pressure; check the pads for wear and grease"],
            ["T210", "Take-up tension outside its set range", "Check the dancer and the traverse"],
            ["T211", "Take-up reel full (set diameter reached)", "Change the reel"],
            ["T212", "Cage main bearing temperature above 80 °C", "Stop the cage; check the bearing grease and vibration"],
            ["T213", "Cage gearbox oil pressure low", "Check the oil level and the gearbox oil pump"],
            ["T214", "Bobbin loader fault (option L only)", "Check the loader cylinders and position sensors; load with the crane"],
            ["T215", "Measured lay length more than 2 % from the recipe", "Check the recipe, the line speed encoder and capstan slip"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Birdcaging: wires open up ahead of the die", "Back tension too low or uneven; die too large", "Set 2-5 % of the breaking load, within ±10 % in the cage; check the die size"],
            ["Conductor oversize", "Wrong or worn compacting die; compaction too light", "Check the die against the recipe book"],
            ["Frequent wire breaks", "Back tension too high; wire damaged at the guides; die too small", "Lower the brake pressure; check the guide rollers for grooves"],
            ["Lay length out of tolerance", "Capstan slip; wrong recipe", "Check the pad pressure and T209; check the recipe"],
            ["Scratches or copper fines on the conductor", "Worn die or guide rollers; die lubricant missing", "Change the die; check the die lubricant drip"],
            ["Crossed or popped wires in one layer", "One cradle brake sticking; uneven tension", "Check the band brake of each cradle in that cage"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Loading bobbins"),
    (
        "ol",
        [
            "Stop the line, wait for CAGES STOPPED and lock out the main drive.",
            "Turn the cage with the inching button to bring the empty cradle to the loading position at the bottom.",
            "Open the cradle clamp and lift the empty bobbin out with the crane and the loading bar TCM-LB6 (RS-630) or with the bobbin loader (RS-800 with option L).",
            "Set the full bobbin in the cradle with its wire running off the top, insert both pintles and close the clamp until the clamp lamp lights.",
            "Thread the wire through the guide rollers and the distributor plate to the die.",
            "Join the new wire to the old one with the cold pressure welder, or tie it to the leader.",
            "Set the cradle brake to the recipe back tension and unlock the main drive.",
        ],
    ),
    ("h", "6. Changing a compacting die"),
    (
        "ol",
        [
            "Stop the line with the conductor held under tension by the capstan.",
            "Cut the conductor behind the die stand and pull back the loose end.",
            "Open the die holder and push out the old die.",
            "Check the die size against the recipe book and insert the new die with its entry cone towards the cage.",
            "Pull the wires through the die with the pulling-in grip and close the holder.",
            "Start at crawl speed (5 m/min) and measure the conductor diameter after the die.",
        ],
    ),
    ("h", "7. Maintenance and spare parts"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the die lubricant and the guide rollers; check the brake air pressure"],
            ["Weekly", "Grease the cradle pintles and the cage main bearings; check the brake bands"],
            ["Every 2000 h", "Change the cage gearbox oil (ISO VG 220): 45 L per cage on the RS-630, 60 L per cage on the RS-800"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The cage main bearings are replaced to service instruction TCM-SI-12. Cage balancing and gearbox overhauls "
        "are done by Torsana service only.",
    ),
    (
        "table",
        [
            ["Spare part", "RS-630", "RS-800"],
            ["Bobbin pintle set", "TCM-P630", "TCM-P800"],
            ["Cradle band brake lining", "TCM-BL6", "TCM-BL8"],
            ["Ceramic guide roller", "TCM-GR1", "TCM-GR1"],
            ["Die holder", "TCM-DH1", "TCM-DH1"],
            ["Compacting die set, 70 mm²", "TCM-CD70", "TCM-CD70"],
            ["Compacting die set, 95 mm²", "TCM-CD95", "TCM-CD95"],
            ["Compacting die set, 150 mm²", "TCM-CD150", "TCM-CD150"],
            ["Compacting die set, 185 mm²", "-", "TCM-CD185"],
            ["Caterpillar pad set", "TCM-CP4", "TCM-CP6"],
            ["Loading bar", "TCM-LB6", "-"],
            ["Bobbin loader seal kit (option L)", "-", "TCM-LS8"],
            ["Gearbox oil ISO VG 220, 20 L", "TCM-OIL220", "TCM-OIL220"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Fluvanta FB fluid bed granulator-dryers
FLUVANTA = [
    ("title", "Fluvanta FB Series Fluid Bed Granulator-Dryers\nOperation and Maintenance Manual - FB-60 and FB-120"),
    (
        "p",
        "Document FVP-OM-FB-02, Revision 5, June 2025. Fluvanta Process Systems AG. The FB-60 and FB-120 are "
        "top-spray fluid bed granulator-dryers for pharmaceutical granules: the powder is fluidised by heated air, "
        "sprayed with binder solution, granulated and dried in one container. Both have a removable product container on a trolley with an "
        "inflatable seal, a bottom screen, polyester filter bags cleaned by a shaking cylinder, an electric air "
        "heater and the FC-2 process control, and both are built to withstand a dust explosion pressure of 10 bar g. "
        "An in-line NIR moisture "
        "probe (option N) is available for the FB-120 only.",
    ),
    (
        "warn",
        "WARNING: Both models are built for aqueous binders only; never spray a binder in organic solvent. Earth the "
        "product container trolley before filling and discharging: dry powder charges up.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FB-60", "FB-120"],
            ["Product container volume", "220 L", "440 L"],
            ["Batch size (bulk density 0.5 kg/L)", "30-60 kg", "60-120 kg"],
            ["Process air flow", "300-1800 m³/h", "600-3600 m³/h"],
            ["Inlet air temperature", "ambient to 90 °C", "ambient to 90 °C"],
            ["Electric air heater", "45 kW", "90 kW"],
            ["Spray nozzles (two-fluid)", "1", "2"],
            ["Spray rate", "100-600 g/min", "200-1200 g/min"],
            ["Atomising air pressure", "1.5-3.0 bar", "1.5-3.0 bar"],
            ["Filter bags", "6", "12"],
            ["Filter differential pressure, clean", "5-15 mbar", "5-15 mbar"],
            ["Compressed air supply", "6 bar, 200 NL/min", "6 bar, 350 NL/min"],
            ["Pressure shock resistance", "10 bar g", "10 bar g"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The batch sizes hold for a bulk density of 0.5 kg/L, which fills 55 % of the container; a denser or lighter "
        "powder changes the batch mass, not the fill. Whatever its mass, a batch must not fill more than 60 % of the "
        "container volume before granulation. The spray rates hold for aqueous binder solutions of up to "
        "100 mPa·s; each nozzle must run no faster than 600 g/min.",
    ),
    ("h", "2. Granulation process"),
    (
        "cols",
        [
            ("h", "Fluidisation"),
            (
                "p",
                "Start with a low process air flow and raise it until the whole bed moves freely, without channels or "
                "dead zones at the wall; a bed that bubbles violently throws fines into the filter. Typical starting "
                "air flows are 600-900 m³/h on the FB-60 and 1200-1800 m³/h on the FB-120.",
            ),
            ("h", "Spraying"),
            (
                "p",
                "Spray only when the product has reached its start temperature from the batch record. Keep the "
                "atomising air at 1.5-3.0 bar: lower pressure gives large drops and lumps, higher pressure dries the "
                "binder before it reaches the powder and leaves fines. The nozzle tip must sit 15-25 cm above the "
                "settled bed.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "During spraying the product temperature normally stays at 28-38 °C. It must be kept at or below "
                "45 °C while spraying and at or below 60 °C while drying. Heat-sensitive products have lower limits "
                "in their batch record.",
            ),
            ("h", "Drying end point"),
            (
                "p",
                "Drying is complete when the product temperature rises steadily at a constant inlet temperature. The "
                "loss on drying (LOD) end point comes from the product's batch record. On an FB-120 with option N the "
                "NIR probe shows the moisture on line; take an LOD sample whenever the reading is used to release a "
                "batch.",
            ),
            ("h", "Filter cleaning"),
            (
                "p",
                "The filter bags are shaken every 20-60 s for 3-5 s while the air flow is briefly reduced. A clean "
                "filter reads 5-15 mbar; at 25 mbar the FC-2 raises alarm P08. Bags that read 20 mbar or more "
                "straight after shaking are blinded and must be washed or changed.",
            ),
            ("h", "Discharge"),
            (
                "p",
                "Stop the air, lower the container, check the earth clamp and discharge.",
            ),
            ("warn", "Never lower the container while the fans run or the inlet air is above 40 °C."),
        ],
    ),
    ("h", "3. FC-2 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P01", "Emergency stop pressed", "Release the emergency stop and reset the FC-2"],
            ["P02", "Product container not in position or not locked", "Push the trolley fully in; check the position switches"],
            ["P03", "Inflatable seal pressure below 3.5 bar", "Check the seal for cuts and the compressed air supply; never run with a leaking seal"],
            ["P04", "Supply air fan fault", "Check the fan drive and the fan motor overload"],
            ["P05", "Exhaust fan fault", "Check the fan drive; the supply air stops with it"],
            ["P06", "Inlet air temperature more than 10 °C above setpoint", "Check the heater contactor and the inlet temperature sensor"],
            ["P07", "Inlet air at the 95 °C high limit, heater switched off", "Check the heater thyristor and the high-limit thermostat; reset it by hand"],
            ["P08", "Filter differential pressure above 25 mbar", "Check the shaking; wash or change the filter bags (section 5)"],
            ["P09", "Filter shaking cylinder not moving", "Check its air supply and solenoid valve"],
            ["P10", "Atomising air pressure below 1.2 bar", "Check the air supply and the pressure regulator; spraying stops"],
            ["P11", "Spray pump fault or binder line blocked", "Check the pump tubing and clean the nozzle (section 6)"],
            ["P13", "Product temperature above its limit", "Lower the spray rate or the inlet air temperature; check the product probe"],
            ["P14", "Exhaust air humidity sensor fault", "Check the sensor; drying can go on by product temperature"],
            ["P15", "NIR probe fault (option N only)", "Clean the probe window; check the probe cable; take LOD samples by hand"],
            ["P16", "Container earth monitoring lost", "Check the earth clamp on the trolley; the air stops until the earth is restored"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Lumps or oversized granules", "Spray rate too high; atomising air too low; bed too cold", "Lower the spray rate; keep the atomising air at 1.5-3.0 bar"],
            ["Too many fines after drying", "Binder spray-dried before reaching the bed; inlet air too hot; nozzle too high", "Lower the inlet temperature; set the nozzle 15-25 cm above the bed"],
            ["Bed collapses or channels (wet bed)", "Spraying ahead of drying; air flow too low; bottom screen blocked", "Stop spraying, raise the air flow and dry the bed; clean the screen"],
            ["Powder in the exhaust duct", "Torn or badly fitted filter bag", "Change the bag; check the bag clamps"],
            ["Drying takes much longer than usual", "Air flow low; filter blinded; humid supply air", "Check the filter differential pressure and the supply air dehumidifier"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the filter bags"),
    (
        "ol",
        [
            "Run the filter shaking for 2 minutes with the air off, then stop the unit and lock out the fans and the heater.",
            "Put on a P3 dust mask and gloves; the bags hold product dust.",
            "Open the filter housing door and release the bag clamps one at a time.",
            "Lift each bag off its holder and put it straight into a closed sack for washing or disposal.",
            "Fit the new bags with their seams facing outwards and tighten each clamp until the bag no longer turns on its holder.",
            "Close the door and run the fans with the container empty: the clean filter must read 5-15 mbar.",
        ],
    ),
    (
        "p",
        "Change the bags at every product change and after at most 50 batches of the same product.",
    ),
    ("h", "6. Cleaning the spray nozzle"),
    (
        "ol",
        [
            "After spraying, flush the binder line with purified water for 5 minutes at the last spray rate.",
            "Take the nozzle out of its lance and unscrew the air cap and the liquid insert.",
            "Soak the parts in purified water at or below 60 °C and clean the bores with the nozzle brush only, never with a needle or a wire.",
            "Check the liquid insert bore against the size stamped on it; an insert more than 0.1 mm oversize gives coarse drops and must be changed.",
            "Reassemble with a new O-ring set and test spray with water before the next batch.",
        ],
    ),
    ("h", "7. Maintenance and spare parts"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every batch", "Check the inflatable seal and the bottom screen for damage"],
            ["Weekly", "Check the filter shaking cylinder and the earth clamp"],
            ["Every 6 months", "Change the supply air prefilter (F7) and fine filter (F9)"],
            ["Yearly", "HEPA filter integrity test to FVP-SI-05, by a qualified test contractor"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The explosion isolation flap in the exhaust duct is serviced by its supplier to the supplier's manual. "
        "Whether a repair needs requalification is decided by the site's quality assurance. For replacing the heater "
        "elements contact Fluvanta service.",
    ),
    (
        "table",
        [
            ["Spare part", "FB-60", "FB-120"],
            ["Filter bag set", "FVP-FB6", "FVP-FB12"],
            ["Inflatable container seal", "FVP-IS60", "FVP-IS120"],
            ["Bottom screen, 100 µm", "FVP-BS60", "FVP-BS120"],
            ["Liquid insert, 1.0 mm", "FVP-LI10", "FVP-LI10"],
            ["Liquid insert, 1.2 mm", "FVP-LI12", "FVP-LI12"],
            ["Liquid insert, 1.8 mm", "FVP-LI18", "FVP-LI18"],
            ["Nozzle O-ring set", "FVP-OR1", "FVP-OR1"],
            ["Prefilter F7", "FVP-PF60", "FVP-PF120"],
            ["Fine filter F9", "FVP-FF60", "FVP-FF120"],
            ["NIR probe window (option N)", "-", "FVP-NW1"],
            ["Earth clamp with cable", "FVP-EC1", "FVP-EC1"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Vulkora CP tyre curing presses
VULKORA = [
    ("title", "Vulkora CP Series Twin-Cavity Tyre Curing Presses\nOperation and Maintenance Manual - CP-1140 and CP-1320"),
    (
        "p",
        "Document VTM-OM-CP-08, Issue 6, November 2024. Vulkora Tyre Machinery S.A. The CP-1140 and CP-1320 are "
        "hydraulic twin-cavity curing presses for passenger car and light truck tyres. Each cavity has a steam dome, "
        "a bladder-type centre mechanism, a green tyre loader and a tyre unloader; the cure cycles of both cavities "
        "are run by the VC-7 press control and kept by its cure recorder. The two models differ in dome size, clamp "
        "force and tyre range. A post-cure inflator (option P) that holds the hot tyres inflated while they cool is "
        "available for the CP-1320 only.",
    ),
    (
        "warn",
        "WARNING: Steam at up to 16 bar g and nitrogen at up to 26 bar g are inside the bladder during the cure. "
        "Never open a press by hand or bypass the pressure interlock: a press may only open when the bladder is "
        "vented below 0.2 bar. Wear heat-resistant gloves at the mould; it runs at about 180 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CP-1140", "CP-1320"],
            ["Dome inside diameter", "1140 mm", "1320 mm"],
            ["Cavities", "2", "2"],
            ["Clamp force per cavity", "1900 kN", "2600 kN"],
            ["Tyre outside diameter", "520-860 mm", "600-1000 mm"],
            ["Bead (rim) diameter", "13-18 in", "15-22 in"],
            ["Mould height", "300-560 mm", "350-650 mm"],
            ["Dome steam", "8-10 bar g", "8-10 bar g"],
            ["Shaping pressure", "0.5-1.2 bar", "0.5-1.2 bar"],
            ["Internal steam", "14-16 bar g", "14-16 bar g"],
            ["Internal nitrogen", "22-26 bar g", "22-26 bar g"],
            ["Hydraulic system pressure", "160 bar", "180 bar"],
            ["Mechanical cycle (open, load, close)", "35 s", "40 s"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The clamp force holds the mould closed against the internal pressure. At 26 bar g over the largest tyre "
        "(860 mm on the CP-1140, 1000 mm on the CP-1320) the opening force is 1.51 and 2.04 MN, below the 1.9 and "
        "2.6 MN of clamp force. The internal nitrogen pressure must never be set above 26 bar g, and a tyre larger "
        "than the range of the press must never be cured in it. Dome steam of 8-10 bar g gives a dome temperature of "
        "about 175-184 °C.",
    ),
    ("h", "2. Cure cycle"),
    (
        "ul",
        [
            "Shaping: the green tyre is lowered over the bladder, which is shaped with 0.5-1.2 bar of shaping steam while the press closes.",
            "Clamping: the press closes and builds its full clamp force; the VC-7 checks the clamp force before it lets in the internal steam.",
            "Internal steam: 14-16 bar g for the first part of the cure.",
            "Nitrogen: 22-26 bar g for the rest of the cure; the nitrogen purity must be at least 99.5 %.",
            "Venting: the bladder is vented below 0.2 bar and drawn in by vacuum before the press opens.",
        ],
    ),
    (
        "p",
        "Cure times and temperatures belong to the tyre's cure specification from the plant's process engineering; "
        "the press only runs them. As a guide, passenger tyres of 13-16 in cure in 10-13 minutes at the pressures "
        "above. The dome temperature must stay within ±3 °C of its setpoint during the cure. Before the first cure "
        "after a mould change or a stop of more than 2 hours, preheat the mould for at least 60 minutes with the "
        "press closed and the dome steam on. Change a bladder after 400 cures at the latest, sooner if it shows "
        "cracks, thin spots or swelling.",
    ),
    ("h", "3. VC-7 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A101", "Emergency stop pressed or light curtain interrupted", "Reset the emergency stop; check the light curtain; press RESET"],
            ["A102", "Hydraulic pressure low", "Check the hydraulic pump, the oil level and the pressure filter indicator"],
            ["A103", "Clamp force not reached within 20 s", "Check the mould height setting and the main cylinder; the cure does not start"],
            ["A104", "Dome steam pressure below 8 bar g", "Check the steam supply and the dome steam valve; the cure time is extended"],
            ["A105", "Dome temperature more than 3 °C from setpoint", "Check the dome steam trap and the temperature sensor"],
            ["A106", "Shaping pressure above 1.2 bar", "Check the shaping pressure regulator; the loader stops"],
            ["A108", "Internal steam pressure low during the cure", "Check the internal steam valve and the condensate drain; the recorder marks the tyre"],
            ["A109", "Nitrogen pressure below 22 bar g", "Check the nitrogen supply and the nitrogen valve; the recorder marks the tyre"],
            ["A110", "Bladder leak: internal pressure falls by more than 0.5 bar in 1 minute", "Finish the cycle, then inspect and change the bladder (section 5)"],
            ["A111", "Loader not in its home position", "Check the loader cylinder and its position sensors"],
            ["A112", "Unloader not in its home position", "Check the unloader and the tyre on the take-away conveyor"],
            ["A113", "No green tyre on the loader", "Load a green tyre; check the tyre sensor on the loader"],
            ["A114", "Post-cure inflator fault (option P only)", "Check the inflator rims and air pressure; take the tyre off by hand"],
            ["A115", "Cure recorder memory nearly full", "Export the cure records to the plant system within 24 hours"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Light areas or unfilled lugs on the tread", "Shaping pressure too low; clamp force not reached; green tyre too light", "Check the shaping pressure and A103; check the green tyre weight"],
            ["Heavy flash at the mould parting line", "Clamp force low; mould worn or dirty at the parting line", "Check the clamp force (section 6); clean the parting line"],
            ["Blisters or trapped air in the sidewall", "Mould vents blocked; shaping too fast", "Clean the vents; slow the shaping"],
            ["Undercured tyres (porous, soft)", "Internal steam low; condensate in the bladder; cure time short", "Check A108 and the condensate drain; check the cure specification"],
            ["Short bladder life", "Bladder overheated; sharp bead rings; bladder not centred", "Check the internal steam pressure; check the bead rings; centre the bladder"],
            ["Tyres stick in the mould", "Release agent missing; mould dirty", "Spray release agent every 4 cycles; clean the mould"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a curing bladder"),
    (
        "ol",
        [
            "Finish the cycle, open the press and switch the cavity to MANUAL; lock out the loader of the other cavity.",
            "Vent the bladder fully and check that the VC-7 shows below 0.2 bar.",
            "Raise the centre mechanism to the bladder change position.",
            "Loosen the upper clamp ring bolts and lift off the upper clamp ring.",
            "Pull the old bladder off the lower clamp ring; check the clamp ring faces for cuts and burrs.",
            "Fit the new bladder of the right size for the tyre on the lower ring, refit the upper ring and tighten its bolts crosswise to 120 N·m.",
            "Run two dry shaping cycles at 0.5 bar and check that the bladder is centred.",
            "Enter the bladder change on the VC-7 so that the cure counter restarts from zero.",
        ],
    ),
    ("p", "The CP-1140 centre mechanism has 8 upper clamp ring bolts, the CP-1320 has 12."),
    ("h", "6. Checking the clamp force"),
    (
        "ol",
        [
            "Fit the four load cells of the tonnage test kit VTM-TK4 between the mould halves, 90° apart.",
            "Close the press in MANUAL with the normal mould height setting.",
            "Read the four load cells: their sum must be within ±5 % of the rated clamp force of the cavity, and no cell may differ from their average by more than 10 %.",
            "If the force is low, adjust the mould height by no more than 1 mm at a time and close again.",
            "Remove the load cells and record the readings.",
        ],
    ),
    ("h", "7. Maintenance and spare parts"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the bladders for cracks and swelling; check the mould vents; drain the steam line separators"],
            ["Weekly", "Check the dome steam traps; grease the loader and unloader guides"],
            ["Every 3 months", "Check the clamp force of each cavity (section 6); change the hydraulic pressure filter"],
            ["Yearly", "Change the hydraulic oil: 600 L on the CP-1140, 800 L on the CP-1320; have the safety valves tested"],
        ],
        (40, 130),
    ),
    (
        "p",
        "Segmented moulds are adjusted to service instruction VTM-SI-21. The main cylinder seals are changed by "
        "Vulkora service only; contact Vulkora service for a main cylinder leak.",
    ),
    (
        "table",
        [
            ["Spare part", "CP-1140", "CP-1320"],
            ["Centre mechanism seal kit", "VTM-CS11", "VTM-CS13"],
            ["Upper clamp ring bolt set", "VTM-UB8", "VTM-UB12"],
            ["Lower bladder clamp ring", "VTM-LR11", "VTM-LR13"],
            ["Dome steam trap", "VTM-ST2", "VTM-ST2"],
            ["Nitrogen valve seat kit", "VTM-NV1", "VTM-NV1"],
            ["Hydraulic pressure filter element", "VTM-HF16", "VTM-HF18"],
            ["Loader jaw pad set", "VTM-LP11", "VTM-LP13"],
            ["Post-cure inflator rim set (option P)", "-", "VTM-PR13"],
            ["Tonnage test kit, 4 load cells", "VTM-TK4", "VTM-TK4"],
            ["Mould release agent, 20 L", "VTM-MR20", "VTM-MR20"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("corteval-vl-veneer-peeling-lathe.pdf", "Corteval CVM-OM-VL-07 Ed 3 - VL-1400 / VL-2700", CORTEVAL),
        ("torsana-rs-rigid-strander.pdf", "Torsana TCM-OM-RS-11 Rev 4 - RS-630 / RS-800", TORSANA),
        ("fluvanta-fb-fluid-bed-granulator.pdf", "Fluvanta FVP-OM-FB-02 Rev 5 - FB-60 / FB-120", FLUVANTA),
        ("vulkora-cp-tyre-curing-press.pdf", "Vulkora VTM-OM-CP-08 Issue 6 - CP-1140 / CP-1320", VULKORA),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 9, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
