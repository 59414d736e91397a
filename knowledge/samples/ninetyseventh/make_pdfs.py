"""Generate the PDF manuals of the ninety-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set97venv && /tmp/set97venv/bin/pip install fpdf2 pypdf
    /tmp/set97venv/bin/python knowledge/samples/ninetyseventh/make_pdfs.py

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


# ---------------------------------------------------------------- Brandlow LR counterweight rigging sets
BRANDLOW = [
    (
        "title",
        "Brandlow LR Counterweight Rigging Sets\nOperation and Maintenance - LR-450 and LR-680 with LM-1 Lock Rail "
        "Monitor",
    ),
    (
        "p",
        "Document BRL-OM-LR-07, Edition 3, March 2025. Brandlow Rigging Systems. The LR-450 and LR-680 are "
        "single-purchase counterweight sets for theatre and opera fly towers. A steel batten hangs on wire rope "
        "lift lines that run over loft blocks and a head block to a counterweight arbor running in T-bar guide "
        "tracks. The hand line, fixed to both ends of the arbor, runs through a tension block at the stage floor "
        "and a rope lock on the lock rail. The LM-1 lock rail monitor, standard on every set, shows the state of "
        "each lock and the out-of-balance load of each set. Apart from the capacity, the lift lines, the hand "
        "line and the items named in this manual, the two models are built alike. The steelwork of the grid, "
        "the head block beams and the loading gallery, and the periodic thorough examination required by "
        "national rules, are the venue's responsibility; this manual does not replace the examination.",
    ),
    (
        "warn",
        "WARNING: The rope lock is not a brake. It holds a balanced set where it is; it cannot hold a set that is "
        "more than 25 kg out of balance. Never leave a set arbor heavy. Never unlock a set while the LM-1 shows L03.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LR-450", "LR-680"],
            ["Rated batten load, spread evenly between the outer lift lines", "450 kg", "680 kg"],
            ["Maximum point load, hung between two lift lines", "150 kg", "200 kg"],
            ["Counterweight capacity of the arbor (bricks only)", "450 kg", "680 kg"],
            ["Counterweight brick, steel", "12.5 kg", "17 kg"],
            ["Bricks for a full arbor", "36 bricks", "40 bricks"],
            ["Arbor, empty (balances the bare batten)", "58 kg", "79 kg"],
            ["Batten, 48.3 mm steel tube, with trim chains", "56 kg", "77 kg"],
            ["Batten length", "16.0 m", "18.0 m"],
            ["Lift lines", "5", "6"],
            ["Lift line centres / overhang at each end", "3.5 m / 1.0 m", "3.2 m / 1.0 m"],
            ["Lift line wire rope, 7x19 galvanised", "6 mm", "8 mm"],
            ["Lift line minimum breaking force", "21.0 kN", "37.4 kN"],
            ["Batten travel", "18.0 m", "20.5 m"],
            ["Hand line, three-strand polyester", "16 mm", "19 mm"],
            ["Head block sheave, tread diameter", "300 mm", "400 mm"],
            ["Loft block sheave, tread diameter", "200 mm", "260 mm"],
            ["Guide track", "T-bar 80 x 80 mm", "T-bar 100 x 100 mm"],
            ["Maximum running speed", "1.2 m/s", "1.2 m/s"],
            ["Rope lock holding limit, out of balance", "25 kg", "25 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated batten load holds only with the load spread evenly along the batten between the outer lift "
        "lines. A point load (a projector, a loudspeaker cluster, a chandelier) may hang only between two lift "
        "lines, never on the overhang beyond the outer lines, and no heavier than the point load in the table. "
        "Each lift line then has a design factor of at least 8 against its minimum breaking force. Any load that "
        "does not meet these conditions must be assessed by the venue's rigging engineer before it is flown.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the venue's flying system may run or load a set. A second person must watch "
            "the stage floor under a moving batten.",
            "Load the batten first, then the arbor. Unload the arbor first, then the batten. Away from its stops a "
            "set must never be more than 25 kg out of balance, batten heavy or arbor heavy.",
            "Work on the loading gallery only with the toe boards in place and tools tied off. Close the loading "
            "gallery gate before handling bricks (the LM-1 shows L07 while it is open). Do not store more bricks "
            "on the gallery than the venue's gallery load notice allows.",
            "Keep the lock ring over every closed lock lever whenever the set is not being run.",
            "Tag out a set that runs rough, drifts or makes a new noise and tell the flying supervisor.",
        ],
    ),
    ("h", "3. Limits and rules"),
    (
        "cols",
        [
            ("h", "Balance"),
            (
                "p",
                "A set is balanced when it stays where it is with the lock open and moves with a light, even pull "
                "in either direction. The LM-1 measures the out-of-balance load at the tension block and shows it "
                "in kg (+ batten heavy, - arbor heavy). Up to 15 kg either way is normal during a show. At more "
                "than 15 kg the LM-1 shows L02; at more than 25 kg it shows L03, and the set must not be unlocked "
                "until it is rebalanced.",
            ),
            ("h", "The safe out-of-balance state"),
            (
                "p",
                "The only safe out-of-balance state is batten heavy with the arbor held against its top stop, "
                "that is with the batten at its low trim. This is why loading and unloading are always done at the "
                "low trim. While the arbor is at its top stop (L04) the LM-1 still shows the reading but does not "
                "raise L02 or L03.",
            ),
            ("h", "Arbor stack"),
            (
                "p",
                "Place bricks flat and fully between the arbor rods. Fit a spreader plate at least every 600 mm of "
                "stack height and one on top of the stack. Lock the top locking plate on the rods and tighten its "
                "clamp screw to 25 Nm. No brick may stand proud of the arbor side bars.",
            ),
            ("h", "Rope lock"),
            (
                "p",
                "With the lock closed on a balanced set, a pull of 150-250 N at the end of the lever must be needed "
                "to open it. Below 150 N the lock may open by itself; above 250 N the cam bites into the hand line. "
                "Adjust with the eccentric bolt (section 8).",
            ),
            ("h", "Hand line"),
            (
                "p",
                "The tension block must sit between 100 mm and 250 mm above the bottom stop of its track. With less "
                "than 100 mm left, shorten the hand line at the arbor bottom. Replace a hand line when its diameter "
                "is reduced by 10 % or more (14.4 mm for 16 mm, 17.1 mm for 19 mm), when it is glazed or cut, or "
                "after 5 years, whichever comes first.",
            ),
            ("h", "Lift lines"),
            (
                "p",
                "Discard a lift line when six or more broken wires are found in one lay length or three in one "
                "strand, when the diameter is below 5.7 mm (LR-450) or 7.6 mm (LR-680), or at any kink, birdcage "
                "or corrosion pit. Lift lines are terminated with thimbles and swaged ferrules; wire rope grips are "
                "not allowed on lift lines. Lift lines are replaced only by Brandlow service or by a rigger trained "
                "by Brandlow; that work is not described in this manual.",
            ),
            ("h", "Arbor guides and speed"),
            (
                "p",
                "The gap between an arbor guide shoe and the T-bar must not exceed 3 mm on either side; replace the "
                "shoes when it does. Run a set at no more than 1.2 m/s (L06 above this) and slow it over the last "
                "2 m of travel so that the arbor does not strike its stops hard.",
            ),
        ],
    ),
    ("h", "4. LM-1 lock rail monitor codes"),
    ("p", "Codes are shown with the set number in front, for example 14:L02."),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["L01", "Lock open for more than 60 s without the set moving", "Close the lock and fit the lock ring, or run the set."],
            ["L02", "Out of balance above 15 kg", "Check the load on the batten against the loading sheet; rebalance at the next chance."],
            ["L03", "Out of balance above 25 kg", "Do not unlock. Rebalance at the low trim from the loading gallery."],
            ["L04", "Arbor at its top stop (batten at low trim)", "Normal at the loading position; otherwise check the trim."],
            ["L05", "Arbor at its bottom stop (batten at high trim)", "Normal at high trim; otherwise check the trim."],
            ["L06", "Speed above 1.2 m/s", "Slow the set down."],
            ["L07", "Loading gallery gate open", "Close the gate after loading."],
            ["L09", "Hand line tension sensor fault", "The balance reading is lost. Balance by feel and call Brandlow service."],
            ["L10", "Lock position sensor fault", "Check the lock by eye; call Brandlow service."],
            ["L11", "Backup battery low", "Replace the LM-1 backup battery (BRL-BT-01)."],
            ["L12", "Link to the stage manager's desk lost", "Check the network cable in the lock rail cabinet."],
        ],
        (16, 64, 90),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Set creeps up or down with the lock closed",
                "Set more than 25 kg out of balance, or lock opening force below 150 N",
                "Read the LM-1; rebalance at the low trim. If the set is balanced, adjust the lock (section 8).",
            ],
            [
                "Set hard to pull in both directions",
                "Tension block too high (hand line too tight), a dry block bearing, or guide shoes binding",
                "Check the tension block position; listen at the head and loft blocks; check the shoe gap.",
            ],
            [
                "Arbor knocks in the track while running",
                "Guide shoes worn, gap above 3 mm",
                "Replace the guide shoe set (BRL-GS-45 or BRL-GS-68).",
            ],
            [
                "Batten hangs out of level",
                "Trim chains set unequally, or load off centre",
                "Move the trim chain shackles until the batten is level within 10 mm.",
            ],
            [
                "Hand line slips through the closed lock",
                "Hand line glazed or worn below its limit",
                "Replace the hand line.",
            ],
            [
                "Set stops short of its high trim",
                "Hand line stretched, tension block sitting on its bottom stop",
                "Shorten the hand line at the arbor bottom.",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Loading a set"),
    (
        "ol",
        [
            "Bring the batten to its low trim, about 1 m above the stage floor. The arbor is then against its top "
            "stop at the loading gallery and the LM-1 shows L04.",
            "Close the lock, fit the lock ring and hang a LOADING tag on the lock.",
            "Hang the load on the batten. Add up the weight of everything hung and write it on the loading sheet.",
            "On the loading gallery, close the gate (L07 clears), open the top locking plate and add bricks to match "
            "the load: 12.5 kg bricks (LR-450) or 17 kg bricks (LR-680).",
            "Fit a spreader plate at least every 600 mm of stack and one on top; lock the top plate at 25 Nm.",
            "Check the LM-1 reading: no more than 15 kg either way.",
            "Remove the tag and the lock ring, open the lock and run the set slowly through its full travel with a "
            "second person watching the stage.",
            "If the set does not stay where it is with the lock open, bring it back to the low trim and add or "
            "remove bricks.",
        ],
    ),
    ("h", "7. Unloading a set"),
    (
        "ol",
        [
            "Bring the batten to its low trim so that the arbor is against its top stop (L04). Close the lock, fit "
            "the lock ring and hang an UNLOADING tag on the lock.",
            "Remove the counterweight first: the loader on the gallery opens the top plate and takes off the bricks "
            "that match the load to be removed, calling each brick to the stage.",
            "Lock the top plate again at 25 Nm. The set is now batten heavy and the arbor is held against its top "
            "stop; this is the safe state.",
            "Only then remove the load from the batten.",
            "Check the LM-1 reading, remove the tag and run the set through its travel.",
        ],
    ),
    ("h", "8. Adjusting the rope lock"),
    (
        "ol",
        [
            "Balance the set and bring it to mid travel. Close the lock.",
            "Pull the lock lever open with a spring balance hooked to its end, at right angles to the lever.",
            "If it is below 150 N or above 250 N, loosen the lock nut of the eccentric bolt with a 19 mm spanner.",
            "Turn the eccentric clockwise to raise the force or anticlockwise to lower it, a quarter turn at a time.",
            "Tighten the lock nut to 40 Nm and measure again. Fit the lock ring.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily, before use",
                "Check locks, lock rings and hand lines by eye and hand; run every set to be used through its travel; "
                "check that the LM-1 shows no code",
            ],
            ["Monthly", "Check the tension block positions; measure the lock opening force on ten sets in turn"],
            ["Every 6 months", "Check the guide shoe gap; listen at the head and loft blocks; check trim chain shackles"],
            [
                "Every 12 months",
                "Thorough examination of every set by a competent person appointed by the venue; lift lines measured "
                "at the head block, the loft blocks and the batten clamps",
            ],
            ["5 years or worn to the limit, whichever comes first", "Replace the hand lines"],
            ["Every 2 years", "Replace the LM-1 backup battery"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "LR-450", "LR-680"],
            ["Rope lock, complete", "BRL-RL-45", "BRL-RL-68"],
            ["Lock ring", "BRL-LR-01", "BRL-LR-01"],
            ["Counterweight brick", "BRL-CB-125", "BRL-CB-170"],
            ["Spreader plate", "BRL-SP-45", "BRL-SP-68"],
            ["Arbor guide shoe set, 4 shoes", "BRL-GS-45", "BRL-GS-68"],
            ["Hand line, per metre", "BRL-HL-16", "BRL-HL-19"],
            ["Tension block", "BRL-TB-16", "BRL-TB-19"],
            ["LM-1 backup battery", "BRL-BT-01", "BRL-BT-01"],
            ["Lift line, made to length (fitted by Brandlow service)", "BRL-LL-06", "BRL-LL-08"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Verdane PD studio camera pedestals
VERDANE = [
    ("title", "Verdane PD Studio Pedestals\nUser and Maintenance Manual - PD-90 and PD-140"),
    (
        "p",
        "Document VCS-UM-PD-04, Edition 2, January 2025. Verdane Camera Support. The PD-90 and PD-140 are pneumatic "
        "studio pedestals for broadcast cameras with box or large portable lenses. The telescopic column is "
        "balanced by gas pressure acting on a piston, so the operator can raise and lower the camera on shot with "
        "a light push on the steering ring. The three-wheel base has twin wheels with cable guards and steers in "
        "crab (all wheels together) or steer (one wheel steered) mode. A small display on the column base shows "
        "the column pressure, an estimate of the payload and status codes. Apart from the payload, the column, the "
        "base and the items named in this manual, the two models are built alike. The pan and tilt head, the "
        "camera, the lens and the prompter are covered by their own makers' manuals.",
    ),
    (
        "warn",
        "WARNING: The column stores energy. Never take the payload off with the column lock released: the column "
        "shoots up. Lock the column first, then remove the payload, then adjust the pressure to the new payload.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PD-90", "PD-140"],
            ["Payload range (camera, lens, prompter, head and cables)", "25-90 kg", "45-140 kg"],
            ["On-shot height, top of the mounting bowl", "640-1560 mm", "700-1650 mm"],
            ["Column stroke", "920 mm", "950 mm"],
            ["Column stages", "2", "3"],
            ["Piston diameter", "40 mm", "50 mm"],
            ["Column pressure at the minimum payload", "3.5 bar", "3.5 bar"],
            ["Column pressure at the maximum payload", "8.6 bar", "8.2 bar"],
            ["Pressure change per 10 kg of payload", "about 0.8 bar", "about 0.5 bar"],
            ["Maximum charging pressure", "10.0 bar", "10.0 bar"],
            ["Safety valve opens at", "11.0 bar", "11.0 bar"],
            ["Base width across the wheels", "880 mm", "980 mm"],
            ["Twin wheels, diameter", "125 mm", "150 mm"],
            ["Trim weights, 0.5 kg each, on the trim tray", "up to 6 kg", "up to 8 kg"],
            ["Mass without payload", "78 kg", "102 kg"],
            ["Mounting", "150 mm bowl or flat top", "150 mm bowl or flat top"],
            ["Operating temperature", "5-40 °C", "5-40 °C"],
            ["Display", "2 x AA cells", "2 x AA cells"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The pressures in the table are for a column at 20 °C, measured at mid stroke. Gas pressure follows "
        "temperature: at working pressure the column pressure changes by about 0.03 bar per °C, so a pedestal "
        "balanced in a cold store rises by itself as it warms up under the studio lights. Balance the column at "
        "studio temperature.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock the column before adding or removing any part of the payload, and keep a hand on the column when "
            "you release the lock.",
            "Never unscrew the column top, the valve housing or the safety valve while the column holds pressure. "
            "Vent the column fully through the charging valve first.",
            "Two people are needed to move a loaded pedestal over a step or up a ramp onto a vehicle.",
            "Keep fingers away from the gap between the steering ring and the column top when lowering.",
            "Apply the wheel brakes whenever a loaded pedestal is left on a floor that is not level.",
        ],
    ),
    ("h", "3. Balance and limits"),
    (
        "cols",
        [
            ("h", "Balance"),
            (
                "p",
                "The column is balanced when, with the lock released, it stays where it is at any height and moves "
                "up and down with the same light push. Coarse balance is set with the gas pressure, fine balance "
                "with trim weights of 0.5 kg on the trim tray. Each 10 kg of payload needs about 0.8 bar (PD-90) "
                "or 0.5 bar (PD-140).",
            ),
            ("h", "Drift and gas loss"),
            (
                "p",
                "A balanced column with the lock released must not drift more than 10 mm in 1 min at any height. "
                "At constant temperature the column pressure must not fall by more than 0.2 bar in 24 h; a larger "
                "fall is a leak (display code P03).",
            ),
            ("h", "Charging gas"),
            (
                "p",
                "Charge only with dry nitrogen, or with dry air with a dew point of -20 °C or lower, through the "
                "Schrader valve on the column base, using the Verdane charging hose with its gauge. Never charge "
                "from an unfiltered workshop compressor line: oil and water in the air damage the column seals. "
                "Never charge above 10.0 bar.",
            ),
            ("h", "Floor"),
            (
                "p",
                "The pedestal is built for a flat studio floor, no more than 3 mm out of level over 3 m, with steps "
                "and cable ramps no higher than 10 mm. On a floor sloping more than 2° the display shows P09; do "
                "not leave the pedestal there without the wheel brakes on.",
            ),
            ("h", "Cable guards and steering"),
            (
                "p",
                "Set the cable guards 3-5 mm above the floor. Closer, they catch floor joints; higher, a thin cable "
                "can slip under a wheel. Change between crab and steer only with the pedestal standing still.",
            ),
            ("h", "Transport"),
            (
                "p",
                "For road transport, lock the column at the bottom of its stroke and strap the pedestal by its base, "
                "never by the steering ring; the charge may stay in. Whether the column must be vented for air "
                "freight is decided by the shipping agent and the airline; Verdane gives no rule for it.",
            ),
        ],
    ),
    ("h", "4. Display codes"),
    (
        "table",
        [
            ["Code", "Meaning", "What to do"],
            ["P01", "Column pressure below 3.0 bar", "Recharge to suit the payload (section 6)."],
            ["P02", "Column pressure above 10.0 bar", "Vent through the charging valve to suit the payload."],
            ["P03", "Pressure fell by more than 0.2 bar in 24 h", "Leak: carry out the leak test (section 7)."],
            ["P04", "Column locked while more than 3 kg out of balance", "Rebalance before releasing the lock."],
            ["P05", "Column temperature outside 5-40 °C", "Pressure reading not corrected; balance at studio temperature."],
            ["P06", "Display battery low", "Replace the two AA cells."],
            ["P08", "Pressure sensor fault", "Use the gauge of the charging hose; call Verdane service."],
            ["P09", "Base tilted more than 2°", "Move to a level floor or apply the wheel brakes."],
            ["P10", "Service due: 2000 h or 24 months", "Book the Verdane service. The pedestal still works."],
        ],
        (16, 70, 84),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Column rises by itself after part of the payload was taken off",
                "Column overcharged for the new payload, or it has warmed up under the lights",
                "Release gas at the valve in short bursts of no more than 0.2 bar, recheck, then fine balance with "
                "trim weights.",
            ],
            [
                "Column sinks slowly when unlocked",
                "Undercharged, payload added, or a leak",
                "Recharge. If it sinks again within a day, carry out the leak test (section 7).",
            ],
            [
                "Column moves in jerks (stick-slip)",
                "Column drag set too high, or dirt on the column tubes",
                "Reduce the drag; wipe the tubes with a dry lint-free cloth. Never oil the tubes.",
            ],
            [
                "Pedestal drifts off line when pushed straight in crab",
                "Wheels not parallel, steering chain slack",
                "Adjust the steering chain (section 8).",
            ],
            [
                "Wheels ride over cables and jolt the shot",
                "Cable guards set too high",
                "Set the guards 3-5 mm above the floor (section 9).",
            ],
            [
                "Display dark",
                "Display cells flat",
                "Replace the two AA cells. The column works without the display.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Balancing the column"),
    (
        "ol",
        [
            "Mount the complete payload as it will be used on shot: head, camera, lens, prompter and its monitor, "
            "cables and accessories.",
            "Keep the column locked and set the drag to minimum.",
            "Read the pressure and the payload estimate on the display.",
            "Connect the charging hose to the Schrader valve. To raise the balance point add gas, about 0.8 bar "
            "(PD-90) or 0.5 bar (PD-140) for each 10 kg of payload added; to lower it, release gas in bursts of no "
            "more than 0.2 bar.",
            "Disconnect the hose and fit the valve cap. Release the lock with one hand on the column and check that "
            "the column stays where it is at mid stroke.",
            "Fine balance with the 0.5 kg trim weights on the trim tray, up to 6 kg (PD-90) or 8 kg (PD-140).",
            "Check at the top and at the bottom of the stroke: the column must not drift more than 10 mm in 1 min "
            "anywhere.",
            "Set the drag to suit the operator.",
        ],
    ),
    ("h", "7. Leak test"),
    (
        "ol",
        [
            "Balance the column and note the pressure and the studio temperature.",
            "Lock the column at mid stroke and leave it for 24 h with the display on.",
            "Read the pressure again and correct it by 0.03 bar for each °C of temperature difference.",
            "A fall of more than 0.2 bar is a leak. Brush leak detection fluid onto the Schrader valve and the "
            "charging port.",
            "If the valve bubbles, vent the column fully, replace the valve insert (VCS-SV-01) with the valve tool "
            "and recharge.",
            "If the valve is tight, the column seals are leaking. Column seals are replaced only by Verdane service; "
            "book the service.",
        ],
    ),
    ("h", "8. Adjusting the steering chain"),
    (
        "ol",
        [
            "Set the pedestal to crab and lock the steering ring with the locating pin.",
            "Remove the base cover (four screws).",
            "Set all three wheels parallel to the pin line with the alignment bar VCS-AB-01.",
            "Loosen the tensioner bolt and set the chain so that it deflects 5 mm at mid span under a 20 N push. "
            "Tighten the tensioner bolt to 12 Nm.",
            "Refit the cover and push the pedestal straight for 5 m in crab: it must stay within 20 mm of the line.",
        ],
    ),
    ("h", "9. Setting the cable guards"),
    (
        "ol",
        [
            "Put the pedestal on a flat part of the studio floor.",
            "Loosen the two clamp screws of each guard.",
            "Lay a 4 mm feeler strip under the guard, press the guard down onto it and tighten the clamp screws.",
            "Check each guard: 3-5 mm clear of the floor all round the wheel.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the wheels and cable guards; check the display for codes"],
            ["Weekly", "Check the pressure and the balance with the working payload; check the guard gap"],
            ["Monthly", "Compare two pressure readings 24 h apart (no more than 0.2 bar fall); check tracking in crab"],
            [
                "2000 h or 24 months, whichever comes first (P10)",
                "Verdane service: column seals, column bearings, safety valve test",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PD-90", "PD-140"],
            ["Trim weight 0.5 kg", "VCS-TW-05", "VCS-TW-05"],
            ["Twin wheel with bearings", "VCS-WH-125", "VCS-WH-150"],
            ["Cable guard set", "VCS-CG-90", "VCS-CG-140"],
            ["Charging hose with gauge", "VCS-CH-10", "VCS-CH-10"],
            ["Schrader valve insert", "VCS-SV-01", "VCS-SV-01"],
            ["Steering chain", "VCS-SC-90", "VCS-SC-140"],
            ["Alignment bar", "VCS-AB-01", "VCS-AB-01"],
            ["Column seal kit (fitted by Verdane service only)", "VCS-SK-90", "VCS-SK-140"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Gyrastra GS-1200 discharge moving-head spot
GYRASTRA = [
    ("title", "Gyrastra GS-1200 Moving-Head Spot\nUser and Service Manual"),
    (
        "p",
        "Document GYR-UM-GS12-02, Edition 2, June 2024. Gyrastra Stage Lighting. The GS-1200 is a moving-head "
        "spot luminaire for theatres, opera houses and television studios, with a 1200 W short-arc metal halide "
        "discharge lamp, CMY colour mixing, a colour wheel, a rotating and a static gobo wheel, iris, zoom and "
        "focus. It is controlled by DMX512 from a lighting console. This manual covers installation, the settings "
        "menu, fault finding and the maintenance a venue technician may carry out. Work inside the lamp power "
        "supply (ballast) and on the mains board is reserved for Gyrastra service.",
    ),
    (
        "warn",
        "WARNING: The lamp emits strong UV radiation and is under high pressure when hot; it can burst. Never run "
        "the fixture with the lamp cover or a lens removed. Disconnect from the mains and let the fixture cool for "
        "at least 30 min before opening the lamp housing.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GS-1200"],
            ["Lamp", "1200 W short-arc metal halide, SFc10-4 base, 6000 K"],
            ["Average lamp life", "750 h (conditions in section 3)"],
            ["Luminous flux, open white, new lamp after 100 h", "31 000 lm at 8° zoom"],
            ["Zoom range", "8-42°"],
            ["Colour", "CMY mixing, variable CTO, colour wheel with 8 slots"],
            ["Gobos", "Rotating wheel 7 + open (37.5 mm, image 28 mm); static wheel 9 + open"],
            ["Pan / tilt range", "540° / 270°"],
            ["Pan 540° / tilt 270° move time", "2.9 s / 1.7 s"],
            ["Supply", "200-240 V, 50/60 Hz, single phase"],
            ["Power and current at 230 V", "1550 W, 6.9 A, power factor 0.98"],
            ["Inrush current", "up to 40 A for less than 5 ms; use type C breakers"],
            ["Fixtures on one 16 A type C circuit at 230 V", "no more than two"],
            ["Mains fuse", "T 12.5 A"],
            ["DMX channels", "34 (STD mode) or 27 (BAS mode)"],
            ["Mass", "38 kg"],
            ["Dimensions (W x D x H), head upright", "455 x 380 x 790 mm"],
            ["Ambient temperature", "0-40 °C"],
            ["Minimum distance to flammable materials", "0.5 m"],
            ["Minimum distance to the lit surface", "5 m"],
            ["Protection", "IP20, indoor use only"],
        ],
        (80, 90),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Rig the fixture only on a structure rated for its load; the rating of trusses, bars and grids is the "
            "venue's responsibility. Fit a secondary attachment (safety wire) with a breaking load of at least ten "
            "times the fixture mass (380 kg).",
            "Keep at least 0.5 m between the fixture and anything flammable, and at least 5 m between the front lens "
            "and the surface it lights: at shorter distances the focused beam can set fire to cloth and scenery.",
            "Never look into the beam from close by. Never run the fixture with the UV filter removed.",
            "The lamp contains mercury. Dispose of used lamps as hazardous waste under local rules.",
            "Mains connection, earthing and the periodic electrical safety test are the responsibility of the "
            "venue's electrician.",
        ],
    ),
    ("h", "3. Lamp rules"),
    (
        "p",
        "The average life of 750 h holds only when every strike is followed by at least 10 min of burning and the "
        "lamp is never struck hot. Short burns and frequent strikes shorten it. Never run a lamp beyond 120 % of "
        "its average life (900 h): the risk of the lamp bursting rises sharply after this. The fixture shows the "
        "lamp hours and the number of strikes in the LAMP HRS menu and warns on the display at 750 h.",
    ),
    (
        "p",
        "The GS-1200 cannot strike a hot lamp. After the lamp has gone out, for whatever reason, wait at least "
        "8 min before striking it again. With LAMP ON set to AUTO the fixture waits by itself and shows COOL with a "
        "countdown.",
    ),
    ("h", "4. Settings menu"),
    (
        "cols",
        [
            ("h", "ADDR - DMX start address"),
            ("p", "1-512. Set the address before the lamp is struck. Two fixtures with the same address move together."),
            ("h", "MODE"),
            ("p", "STD: 34 channels with 16-bit pan, tilt, zoom and focus. BAS: 27 channels with 8-bit zoom and focus."),
            ("h", "LAMP ON"),
            (
                "p",
                "AUTO: the lamp strikes 20 s after power up, staggered by address so that a rig does not strike all "
                "at once. DMX: the lamp is struck and doused from the control channel only.",
            ),
            ("h", "DMX LOSS"),
            ("p", "HOLD: keeps the last look for 2 min, then closes the shutter. BLACK: closes the shutter at once."),
            ("h", "FAN"),
            (
                "p",
                "AUTO: fan speed follows the head temperature. STUDIO: fans at low speed, no more than 38 dB(A) at 1 "
                "m; the lamp is limited to 80 % power (960 W). Use STUDIO for quiet scenes and broadcast only.",
            ),
            ("h", "PAN INV / TILT INV"),
            ("p", "Reverse the pan or tilt direction, for fixtures hung upside down or on the floor."),
            ("h", "TEMP"),
            ("p", "Shows the head temperature. Normal is 55-75 °C at 25 °C ambient with clean filters."),
            ("h", "LAMP HRS"),
            ("p", "Shows lamp hours and strikes. Hold ENTER for 3 s to reset after fitting a new lamp."),
            ("h", "CALIB"),
            ("p", "Effect offsets, protected by a code. Used by Gyrastra service only."),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E01", "Lamp failed to strike", "Three strike attempts failed. Lamp at end of life or hot. Wait 8 min; check lamp hours."],
            ["E02", "Lamp went out", "Head above 95 °C, supply dip, or lamp failure. Check filters and supply."],
            ["E03", "Head temperature high", "Head above 85 °C: the lamp is dimmed to 70 %. Clean the air filters; check the ambient."],
            ["E04", "Pan encoder error", "Pan position lost after a knock or a slack belt. Reset; check the pan belt."],
            ["E05", "Tilt encoder error", "As E04 for tilt."],
            ["E06", "Colour wheel index", "Index not found. Check the wheel for a loose filter."],
            ["E07", "Rotating gobo wheel index", "Index not found. Check for a gobo fitted wrongly."],
            ["E08", "Static gobo wheel index", "As E07."],
            ["E09", "Zoom or focus index", "Carriage jammed or belt off. Call Gyrastra service if it stays."],
            ["E10", "Ballast fault", "Lamp power supply reports a fault. The ballast is exchanged by Gyrastra service."],
            ["E12", "DMX signal lost", "Fixture acts as set under DMX LOSS. Check the DMX line and its termination."],
            ["E13", "Fan failure", "A fan stopped. The lamp is dimmed to 70 %; replace the fan."],
        ],
        (16, 48, 106),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lamp will not strike after a short power cut",
                "Lamp still hot",
                "Wait at least 8 min; with LAMP ON at AUTO the fixture strikes by itself.",
            ],
            [
                "Lamp flickers or the colour drifts to green or pink",
                "Lamp near the end of its life",
                "Check the lamp hours; replace the lamp (section 8).",
            ],
            [
                "Lamp dims by itself during the show, fans loud",
                "Head above 85 °C (E03): air filters clogged or ambient above 40 °C",
                "Clean the air filters; keep haze and smoke away from the intakes.",
            ],
            [
                "Beam dim and soft, no fault code",
                "Dirty lenses, UV filter or reflector; lamp out of centre",
                "Clean the optics (section 10); align the lamp (section 9).",
            ],
            [
                "Hot spot off centre or dark centre",
                "Lamp not aligned",
                "Align the lamp (section 9).",
            ],
            [
                "Head jumps or several fixtures flicker together",
                "DMX address clash, or the last fixture in the line not terminated",
                "Check the addresses; fit a 120 ohm terminator at the end of the DMX line.",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "7. Rigging"),
    (
        "ol",
        [
            "Fit two half couplers to the omega brackets and fit the brackets to the base with the quarter-turn "
            "fasteners, each turned fully clockwise until it locks.",
            "Hang the fixture on a bar or truss rated for its load and tighten the couplers.",
            "Fit the safety wire through the safety eyelet on the base and around the bar.",
            "Release the pan and tilt transport locks before switching on.",
            "Set the DMX address, then strike the lamp.",
        ],
    ),
    ("h", "8. Replacing the lamp"),
    (
        "ol",
        [
            "Switch off, disconnect from the mains and let the fixture cool for at least 30 min.",
            "Tilt the head to horizontal and engage the tilt lock.",
            "Undo the four quarter-turn screws of the rear lamp cover and pull out the lamp holder.",
            "Wear safety glasses and gloves. Pull the old lamp straight out of its socket.",
            "Fit the new lamp GYR-LP-1200 without touching the glass. If it was touched, clean it with isopropyl "
            "alcohol and a lint-free cloth.",
            "Refit the lamp holder and the cover.",
            "Reconnect and reset the counter: LAMP HRS, hold ENTER for 3 s.",
            "Strike the lamp and let it burn for at least 10 min before it is first doused, then align it "
            "(section 9).",
        ],
    ),
    ("h", "9. Aligning the lamp"),
    (
        "ol",
        [
            "Project open white at 8° zoom onto a flat wall at least 5 m away and focus the beam edge.",
            "Turn the X and Y adjusting screws on the rear cover with a 3 mm hex key until the hot spot is in the "
            "centre of the beam.",
            "Turn the Z screw for the flattest field, then correct X and Y again.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 100 h, or 50 h where haze or smoke is used", "Clean the air filters (GYR-AF-12)"],
            ["Every 200 h", "Clean the lenses, UV filter, reflector, gobos and colour filters with isopropyl alcohol"],
            ["At 750 h, and never beyond 900 h", "Replace the lamp"],
            ["Every 2000 h", "Check the pan and tilt belts and the fan bearings"],
            ["As set by the venue", "Electrical safety test by the venue's electrician"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Lamp 1200 W, SFc10-4", "GYR-LP-1200"],
            ["Lamp holder", "GYR-LH-12"],
            ["Air filter set", "GYR-AF-12"],
            ["UV filter", "GYR-UV-12"],
            ["Pan belt", "GYR-BT-P"],
            ["Tilt belt", "GYR-BT-T"],
            ["Omega bracket", "GYR-OB-01"],
            ["Rotating gobo holder", "GYR-GH-37"],
            ["Ballast module (exchange unit, Gyrastra service)", "GYR-BL-12"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Skyvolant PW performer flying winches
SKYVOLANT = [
    ("title", "Skyvolant PW Performer Flying Winches\nOperation and Maintenance - PW-120 and PW-200"),
    (
        "p",
        "Document SKV-OM-PW-03, Edition 1, October 2024. Skyvolant Flying Systems. The PW-120 and PW-200 are "
        "servo-driven single-line winches for flying performers in theatres, opera houses and arenas. Each winch "
        "has a grooved single-layer drum, two independent spring-applied brakes, a load pin in the first diverter "
        "sheave, drum limit switches and its own servo drive. Moves are programmed on the automation console and "
        "run by an operator who holds an enable (deadman) button. Apart from the rated load, the speed, the rope "
        "and the items named in this manual, the two models are built alike. The harness, the performer's "
        "training, the rescue plan and the flying risk assessment belong to the production and its flying "
        "director; the steelwork and rigging points belong to the venue.",
    ),
    (
        "warn",
        "WARNING: A person is on the line. Never fly a performer without a trained operator, a spotter on stage, a "
        "completed pre-show check (section 6) and a rescue plan. Never bypass a limit, a brake or the overload trip.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PW-120", "PW-200"],
            ["Rated load (performer, harness and flying hardware)", "120 kg", "200 kg"],
            ["Maximum line speed", "3.0 m/s", "2.5 m/s"],
            ["Maximum acceleration and deceleration", "3.0 m/s²", "2.0 m/s²"],
            ["Line travel", "25 m", "30 m"],
            ["Wire rope, 7x19 galvanised", "5 mm", "6 mm"],
            ["Rope minimum breaking force", "16.0 kN", "23.5 kN"],
            ["Rope design factor at rated load, static", "13.6", "12.0"],
            ["Rope discard diameter", "4.7 mm", "5.6 mm"],
            ["Drum tread diameter, single layer", "250 mm", "300 mm"],
            ["Servo motor", "7.5 kW", "11 kW"],
            ["Supply, 400 V 3~ 50 Hz", "16 A", "32 A"],
            ["Brakes", "2, each holds 160 % of rated load", "2, each holds 160 % of rated load"],
            ["Overload trip at rest (110 %)", "132 kg", "220 kg"],
            ["Overload trip in motion (150 %)", "180 kg", "300 kg"],
            ["Slack line trip, below", "10 kg", "15 kg"],
            ["Brake test load (125 %)", "150 kg", "250 kg"],
            ["First diverter sheave, distance from drum, at least", "4.0 m", "4.5 m"],
            ["Mass", "310 kg", "420 kg"],
            ["Noise at 1 m, full speed", "52 dB(A)", "55 dB(A)"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Speed and acceleration are reached only at the rated load or less, with the supply within ±10 % of "
        "400 V. The design factor holds for a single vertical line at rest; dynamic loads during starts and stops "
        "are limited by the in-motion overload trip.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Every flight needs a trained winch operator with a clear view of the performer, or a camera view "
            "approved by the flying director, and a spotter on stage who can stop the move.",
            "The operator holds the deadman button for the whole move. Releasing it stops the winch on its ramp.",
            "Weigh every performer in costume with harness and flying hardware. A total above the rated load may "
            "not be flown.",
            "No person may stand under a flying performer or in the rope path during a move.",
            "Keep the winch room locked; only the operator and Skyvolant-trained staff may enter it.",
        ],
    ),
    ("h", "3. Limits and operating rules"),
    (
        "cols",
        [
            ("h", "Rehearsal speed"),
            (
                "p",
                "Until a flight has been rehearsed ten times without a fault, run it at no more than 50 % of the "
                "maximum speed: 1.5 m/s on the PW-120, 1.25 m/s on the PW-200.",
            ),
            ("h", "Limits"),
            (
                "p",
                "Software limits are set for every cue. The ultimate limit switches on the drum stop the winch 0.3 "
                "m beyond the software limits and must never be used as working stops. After an ultimate limit "
                "trip (F09, F11) the winch can only be moved away from the limit with the service key.",
            ),
            ("h", "Brakes"),
            (
                "p",
                "Each brake alone must hold 125 % of the rated load for 5 min with no more than 10 mm of slip. The "
                "brake air gap is 0.3 mm when set; adjust it when it reaches 0.5 mm.",
            ),
            ("h", "Load monitoring"),
            (
                "p",
                "The load pin trips the winch (F03) above 110 % of the rated load at rest and above 150 % in "
                "motion, and trips it for slack line (F04) below 10 kg (PW-120) or 15 kg (PW-200). The display "
                "must read 0 ±2 kg with only the hook on the line.",
            ),
            ("h", "Rope"),
            (
                "p",
                "Replace the rope after 12 months or 2000 flights, whichever comes first, and at once at any broken "
                "wire, kink or crushing, or when the diameter is below 4.7 mm (PW-120) or 5.6 mm (PW-200). Ropes "
                "are supplied made up with a swaged end and are fitted by Skyvolant service or a Skyvolant-trained "
                "rigger.",
            ),
            ("h", "Fleet angle"),
            (
                "p",
                "The rope may leave the drum at no more than 1.5° either side of the groove. This is met when the "
                "first diverter sheave is at least 4.0 m (PW-120) or 4.5 m (PW-200) from the drum and in line with "
                "its centre.",
            ),
            ("h", "What this manual does not cover"),
            (
                "p",
                "Two or more winches flying one performer (two-point and 3D flying) are set up on the automation "
                "console as its manual describes. Drive parameters other than those in the cue are changed only by "
                "Skyvolant service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An E-stop is pressed. Release it and reset at the console."],
            ["F02", "Deadman released during a move", "Normal stop if intended. Reset and continue."],
            ["F03", "Overload", "Load above 110 % at rest or 150 % in motion. Check the load and the cue ramps."],
            ["F04", "Slack line", "Line load below the slack limit: performer landed early or line caught. Check the rope path."],
            ["F05", "Following error", "Position error above 50 mm: acceleration too high for the load, or low supply voltage."],
            ["F06", "Overspeed", "Speed above 110 % of the maximum. Call Skyvolant service."],
            ["F07", "Brake 1 feedback", "Brake 1 did not open or close in time. Check the air gap and the brake switch."],
            ["F08", "Brake 2 feedback", "As F07 for brake 2."],
            ["F09", "Upper ultimate limit", "Winch ran past the upper software limit. Move away with the service key; check the cue."],
            ["F11", "Lower ultimate limit", "As F09, lower limit."],
            ["F12", "Drive overtemperature", "Drive above 70 °C. Clean the drive fan filter; check the winch room ventilation."],
            ["F13", "Encoder mismatch", "Motor and drum encoders differ by more than 20 mm. Check the drum encoder coupling."],
            ["F14", "Rope off groove", "The spooling sensor saw the rope jump a groove. Check the fleet angle and rope tension."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Performer bounces up and down after the winch stops",
                "Deceleration too hard for the length of rope paid out; rope stretch",
                "Lengthen the deceleration ramp in the cue, lowering it in steps of 0.5 m/s² until the bounce stops.",
            ],
            [
                "F03 during a move that ran before",
                "Performer pushing off, extra props, or a harder stop",
                "Weigh the performer with props; soften the ramps; do not raise the trip.",
            ],
            [
                "F05 on fast cues only",
                "Acceleration too high for the load, or supply voltage low",
                "Reduce the acceleration; measure the supply during the move.",
            ],
            [
                "Rope spools unevenly or jumps a groove (F14)",
                "Fleet angle above 1.5°, or the rope ran slack",
                "Check the diverter position and the rope path.",
            ],
            [
                "Load display shows a few kg with nobody on the line",
                "Load pin zero drifted, or hardware left on the hook",
                "Zero the load pin with only the hook on (section 9).",
            ],
            [
                "A brake slips during the brake test",
                "Air gap above 0.5 mm, or oil on the lining",
                "Set the air gap; replace an oily lining; call Skyvolant service if it still slips.",
            ],
        ],
        (50, 58, 62),
    ),
    ("h", "6. Pre-show checks (daily)"),
    (
        "ol",
        [
            "Press each E-stop in turn: F01 must show and both brakes must close. Release and reset.",
            "Run the winch empty through the full travel of the show at slow speed and listen for new noises.",
            "Check the rope over its full travel: no broken wires, kinks or crushing. Check the swaged end, the "
            "swivel and the hook latch.",
            "Release the deadman during a slow move: the winch must stop.",
            "With only the hook on the line, check that the load display reads 0 ±2 kg.",
            "Check that the spotter's stop button works and that the communication headsets work.",
            "Sign the winch log. A winch that fails any check must not fly a performer.",
        ],
    ),
    ("h", "7. Brake holding test (monthly)"),
    (
        "ol",
        [
            "Hang the test load on the line: 150 kg (PW-120) or 250 kg (PW-200). Clear the area below it.",
            "Raise the load to 1 m above the floor.",
            "Turn the service key and select BRAKE TEST on the console.",
            "The drive opens brake 2 and holds the load with brake 1 alone for 5 min, then repeats with brake 2.",
            "The display shows the slip of each brake: no more than 10 mm.",
            "If a brake slips more, set its air gap to 0.3 mm and repeat. If it still slips, call Skyvolant service.",
            "Lower the test load, remove it and record the result.",
        ],
    ),
    ("h", "8. Setting the software limits"),
    (
        "ol",
        [
            "With the service key, select LIMITS on the console.",
            "Move the empty hook slowly to the highest position needed and store it as the upper limit.",
            "Move to the lowest position, with the hook at least 0.5 m above the stage, and store it as the lower "
            "limit.",
            "Check that the ultimate limits trip 0.3 m beyond each software limit.",
        ],
    ),
    ("h", "9. Zeroing the load pin"),
    (
        "ol",
        [
            "Remove everything from the hook and let the line hang still.",
            "With the service key, select LOAD ZERO and confirm.",
            "Hang a known weight of at least 20 kg and check the reading within ±2 kg. If not, call Skyvolant "
            "service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily, before the show", "Pre-show checks (section 6)"],
            ["Monthly", "Brake holding test (section 7); check the ultimate limits"],
            ["Every 3 months", "Check the brake air gaps; clean the drive fan filter"],
            ["12 months or 2000 flights, whichever comes first", "Replace the rope"],
            [
                "Every 12 months",
                "Thorough examination by a competent person appointed by the venue; Skyvolant service visit",
            ],
            ["10 000 h or 5 years, whichever comes first", "Change the gearbox oil: 2.4 L (PW-120), 3.5 L (PW-200)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PW-120", "PW-200"],
            ["Rope, made up with swaged end", "SKV-RP-05-30", "SKV-RP-06-35"],
            ["Load pin", "SKV-LP-2", "SKV-LP-3"],
            ["Brake lining set", "SKV-BL-120", "SKV-BL-200"],
            ["Diverter sheave", "SKV-DS-250", "SKV-DS-300"],
            ["Deadman hand control", "SKV-DM-01", "SKV-DM-01"],
            ["Drum limit switch", "SKV-LS-04", "SKV-LS-04"],
            ["Gearbox oil ISO VG 220, 5 L", "SKV-OIL-220", "SKV-OIL-220"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brandlow-lr-counterweight-lock-rail.pdf", "Brandlow BRL-OM-LR-07 Ed 3 - LR-450 / LR-680", BRANDLOW),
        ("verdane-pd-studio-camera-pedestal.pdf", "Verdane VCS-UM-PD-04 Ed 2 - PD-90 / PD-140", VERDANE),
        ("gyrastra-gs-discharge-moving-head-spot.pdf", "Gyrastra GYR-UM-GS12-02 Ed 2 - GS-1200", GYRASTRA),
        ("skyvolant-pw-performer-flying-winch.pdf", "Skyvolant SKV-OM-PW-03 Ed 1 - PW-120 / PW-200", SKYVOLANT),
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
