"""Generate the PDF manuals of the ninety-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set93venv && /tmp/set93venv/bin/pip install fpdf2 pypdf
    /tmp/set93venv/bin/python knowledge/samples/ninetythird/make_pdfs.py

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


# ---------------------------------------------------------------- Essiccora LG long-goods pasta dryers
ESSICCORA = [
    ("title", "Essiccora LG Long-Goods Pasta Dryers\nOperation and Maintenance Manual - LG-18 and LG-24"),
    (
        "p",
        "Document ESS-OM-LG-04, Edition 3, March 2025. Essiccora Drying Technology. The LG-18 and LG-24 are "
        "continuous high-temperature dryers for long pasta (spaghetti, linguine, bucatini, long fusilli) hung on "
        "2400 mm aluminium sticks. The sticks are loaded by the spreader of the press line and carried by two stick "
        "chains through the pre-dryer (zone 1), four main drying zones (zones 2 to 5), the stabilisation zone (zone 6) "
        "and the cooling zone (zone 7), and are then handed over to the stick stripper and cutter. "
        "Apart from the output, the length, the number of tiers and fans, the heating and "
        "the items named in this manual, the two models are built alike. The press, the spreader, the stick stripper "
        "and cutter and the hot water boiler are covered by their own manuals. The hot water supply up to the "
        "dryer's isolating valves, the building ventilation and the fire detection are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The air in the main zones is at up to 90 °C and the coils carry water at up to 120 °C. Never open "
        "a zone door while the dryer runs. Going inside the dryer housing is entry into a confined space: it needs "
        "the site's entry permit, the dryer locked out and the zone cooled below 40 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LG-18", "LG-24"],
            ["Rated output, dry product at 12.5 % moisture (spaghetti 1.7 mm, 7 h cycle)", "1800 kg/h", "2400 kg/h"],
            ["Wet product from the press at 30 % moisture", "2250 kg/h", "3000 kg/h"],
            ["Water removed", "450 kg/h", "600 kg/h"],
            ["Stick length / wet load per stick", "2400 mm / 2.5 kg", "2400 mm / 2.5 kg"],
            ["Stick rate at rated output", "15 sticks/min", "20 sticks/min"],
            ["Stick capacity of the dryer (all zones)", "6300 sticks", "8400 sticks"],
            ["Drying cycle, settable", "6-10 h", "6-10 h"],
            ["Number of tiers", "5", "6"],
            ["Overall length x width x height", "46.5 x 5.2 x 5.8 m", "52.0 x 5.2 x 6.6 m"],
            ["Circulation fans", "14 x 4.0 kW", "18 x 4.0 kW"],
            ["Installed electrical power", "78 kW", "96 kW"],
            ["Electrical supply", "400 V 3~ 50 Hz, 160 A", "400 V 3~ 50 Hz, 200 A"],
            ["Heating power (pressurised hot water coils)", "520 kW", "690 kW"],
            ["Hot water flow at 20 K difference between supply and return", "23 m³/h", "31 m³/h"],
            ["Hot water supply temperature", "105-115 °C, 120 °C max.", "105-115 °C, 120 °C max."],
            ["Hot water pressure, maximum", "6 bar", "6 bar"],
            ["Stick chain drives", "2 x 1.5 kW", "2 x 2.2 kW"],
            ["Chain shear pin (torque limiter)", "M8, grade 8.8", "M10, grade 8.8"],
            ["Mass, empty", "38 t", "47 t"],
        ],
        (90, 42, 42),
    ),
    (
        "p",
        "The rated output holds only for spaghetti of 1.7 mm arriving from the press with 30-32 % moisture, a 7 h "
        "drying cycle and a hot water supply of at least 105 °C. Thicker products need a longer cycle, and the output "
        "then falls in proportion: output (kg/h) = rated output x 7 / cycle (h). For example, an LG-18 run on a 9 h "
        "cycle gives 1800 x 7 / 9 = 1400 kg/h. Whatever the cycle, the dryer must not be loaded at more than its rated "
        "stick rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the dryer. Before work inside the housing or on a fan, lock out the main "
            "switch and close and lock both hot water valves, the return valve last.",
            "After a stop the fans run on for 3 min to cool the coils. Wait until the FANS STOPPED lamp is lit before "
            "opening a fan cover.",
            "Never reach into the stick transfers at the inlet or outlet while the chains run. The light curtains at "
            "the transfers stop the chains, but not the fans.",
            "Flour dust on the coils can char. Clean the coils as the maintenance table says.",
        ],
    ),
    ("h", "3. Climate settings and limits"),
    (
        "cols",
        [
            ("h", "Factory recipe 01 (spaghetti 1.7 mm)"),
            (
                "p",
                "Zone 1 (pre-dryer): 60 °C, 82 % RH. Zones 2 to 5 (main dryer): 84 °C, 74 % RH. Zone 6 "
                "(stabilisation): 65 °C, 75 % RH. Zone 7 (cooling): 28 °C, fresh air. Drying cycle 7 h.",
            ),
            ("h", "Pre-dryer"),
            (
                "p",
                "Zone 1 must be kept at 55-70 °C and at no more than 85 % RH. In cooler or wetter air the strands "
                "stretch, thin out and fall from the sticks.",
            ),
            ("h", "Main zones"),
            (
                "p",
                "The main zones may be set up to 88 °C; the controller does not accept setpoints above 90 °C. "
                "Setpoints above 88 °C are allowed only in zones 2 and 3, while the product moisture is still above "
                "18 %; drier product darkens at such temperatures. The relative humidity in the main zones must stay "
                "at or above 68 %. Drier air crusts the surface, and the strands crack later in the pack.",
            ),
            ("h", "Cooling zone"),
            (
                "p",
                "The product must leave zone 7 at no more than 30 °C and at no more than 8 °C above the temperature "
                "of the packing room, whichever is lower. Warmer product causes condensation inside the film.",
            ),
            ("h", "Final moisture"),
            (
                "p",
                "The dryer's default target is 12.0 % with an alarm limit of 12.5 %. The legal maximum moisture of "
                "dry pasta depends on the country of sale; setting the limit that applies is the responsibility of "
                "the site's quality department. A difference of more than 0.5 % between the top and bottom tiers "
                "points to an air distribution fault (section 7).",
            ),
            ("h", "Hot water"),
            (
                "p",
                "A01 is shown when the supply falls below 100 °C for more than 5 min; the chains then slow to 80 % "
                "of the set stick rate until the supply is back above 103 °C. A02 is shown at 120 °C and closes the "
                "control valves.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "What to do"],
            ["A01", "Hot water supply low (below 100 °C for 5 min)", "Check the boiler and the supply valve; chains run at 80 %"],
            ["A02", "Hot water supply high (120 °C)", "Control valves close; check the boiler setting"],
            ["A03", "Zone temperature deviation (more than 3 °C for 10 min)", "Check the zone fans, the control valve and the probe"],
            ["A04", "Zone humidity deviation (more than 5 % RH for 15 min)", "Check the dampers and the humidity sensor"],
            ["A05", "Circulation fan overload (zone and fan shown)", "Check the fan belt and bearings; reset the motor protection"],
            ["A06", "Stick chain torque limiter tripped (shear pin broken)", "Find the cause, then replace the shear pin (section 8)"],
            ["A07", "Stick missing or jammed at a transfer (photocell)", "Clear the transfer; remove bent sticks"],
            ["A08", "Exhaust damper position fault", "Check the damper actuator and linkage"],
            ["A10", "Product temperature at the zone 7 outlet high", "Check zone 7 fresh air damper and setpoint"],
            ["A11", "Humidity sensor fault (signal below 4 mA or above 20 mA)", "Check the cable; replace the sensor"],
            ["A12", "Chain lubricator oil level low", "Refill with H1 chain oil ISO VG 220"],
            ["A13", "Emergency stop or zone door open", "Close the door, release the button, reset"],
            ["A14", "Stick magazine at the inlet empty", "Refill the magazine; check the stick return"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Starting from cold"),
    (
        "ol",
        [
            "Check that all zone doors are closed and that the stick magazine at the inlet holds at least 200 sticks.",
            "Open the hot water return valve, then the supply valve, and check that the supply is at least 105 °C.",
            "Select the recipe on the panel and press HEAT. The fans start zone by zone at 20 s intervals.",
            "Wait until every zone is within 2 °C and 3 % RH of its setpoint. From cold this takes about 2 h on the "
            "LG-18 and about 2.5 h on the LG-24.",
            "Start the chains at the recipe stick rate and tell the press operator to start the spreader. Never load "
            "product before step 4 is met.",
            "Take the first moisture sample (section 6) one drying cycle after loading started.",
        ],
    ),
    ("h", "6. Checking the final moisture"),
    (
        "ol",
        [
            "Take one stick from the top tier and one from the bottom tier as they leave zone 7 and cut about 30 g "
            "of strands from the middle of each.",
            "Break each sample into pieces of about 20 mm.",
            "Weigh 10.00 g of each sample into a dried aluminium dish.",
            "Dry the dishes in the laboratory oven at 130 °C for 90 min, let them cool in a desiccator for 30 min and "
            "weigh them again.",
            "Moisture (%) = (mass before - mass after) / mass before x 100. Example: 10.00 g before and 8.78 g after "
            "gives 12.2 %.",
            "If the result is above the target, lengthen the cycle by 15 min for each 0.3 % over target and check "
            "again after one full cycle. If the top and bottom tiers differ by more than 0.5 %, see section 7.",
        ],
    ),
    ("h", "7. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Strands crack or craze in the pack a few days after packing",
                "Main zone humidity below 68 %, or cooling too fast (zone 7 fresh air too cold)",
                "Raise the main zone RH; set zone 7 to at least 25 °C and check its fresh air damper",
            ],
            [
                "Strands stretch, thin out and fall off the sticks in zone 1",
                "Pre-dryer too cool or too humid, or product from the press wetter than 32 %",
                "Keep zone 1 at 55-70 °C and no more than 85 % RH; ask the press operator to check the water dosing",
            ],
            [
                "Product darker or reddish",
                "Zones 4 or 5 above 88 °C, or high setpoints with product moisture below 18 %",
                "Set zones 4 and 5 to 84 °C or less",
            ],
            [
                "Final moisture too high on all tiers",
                "Cycle too short for the product, or hot water supply below 105 °C",
                "Lengthen the cycle (section 6); check the boiler (A01)",
            ],
            [
                "Top and bottom tiers differ by more than 0.5 % moisture",
                "Fan stopped or belt slipping, an air baffle out of place, dirty coils",
                "Check the fans of the zone (A05), put the baffles back in place, clean the coils",
            ],
            [
                "A06 comes back soon after a new shear pin is fitted",
                "Bent stick or foreign body at a transfer, or dry chain links",
                "Walk the chain and remove the obstacle; check the chain lubricator (A12)",
            ],
        ],
        (54, 60, 60),
    ),
    ("h", "8. Replacing a chain shear pin (after A06)"),
    (
        "ol",
        [
            "Lock out the dryer. Find the tripped drive: the red flag on its shear hub is out.",
            "Find and remove the cause of the trip (section 7). Never fit a new pin before the cause is found.",
            "Remove the broken pin halves and turn the hub by hand until the holes line up.",
            "Fit a new pin from the spare parts list: M8 on the LG-18, M10 on the LG-24, grade 8.8 only. Never fit a "
            "stronger bolt: the pin must shear to protect the chain.",
            "Tighten the nut to 10 Nm (M8) or 20 Nm (M10).",
            "Reset A06 and run the chains at crawl speed for at least 10 min while watching every transfer.",
        ],
    ),
    ("h", "9. Checking a humidity sensor"),
    (
        "ol",
        [
            "Every 6 months, or after any A11, put the reference probe ESS-RP-2 through the test port next to the "
            "zone's sensor and wait 15 min.",
            "If the two readings differ by more than 2 % RH, enter the reference value in Service > Sensors > RH "
            "offset.",
            "Offsets larger than ±6 % RH are not accepted: replace the sensor (ESS-RH-90).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the alarm log; check the stick magazine; look for strands on the floor under the transfers"],
            ["Weekly", "Check the chain lubricator oil level (H1 chain oil ISO VG 220); clean the transfer photocells"],
            ["Monthly", "Vacuum flour dust from the coils of zones 1 and 2"],
            ["Every 500 h", "Check the tension and condition of the fan belts"],
            ["Every 6 months", "Check the humidity sensors (section 9); clean all coils"],
            [
                "Yearly or every 8000 h, whichever comes first",
                "Grease the fan bearings; replace chain guide strips worn by more than 3 mm",
            ],
            [
                "Every 3 years",
                "Inspect the coils for leaks. The pressure test of the hot water circuit is arranged by the site",
            ],
        ],
        (52, 122),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LG-18", "LG-24"],
            ["Chain shear pin, pack of 10", "ESS-SP-18", "ESS-SP-24"],
            ["Circulation fan belt", "ESS-FB-40", "ESS-FB-40"],
            ["Humidity sensor", "ESS-RH-90", "ESS-RH-90"],
            ["Temperature probe PT100", "ESS-PT-100", "ESS-PT-100"],
            ["Chain guide strip, 2 m", "ESS-GS-18", "ESS-GS-24"],
            ["Aluminium stick 2400 mm", "ESS-ST-2400", "ESS-ST-2400"],
            ["Reference humidity probe", "ESS-RP-2", "ESS-RP-2"],
            ["H1 chain oil ISO VG 220, 5 L", "ESS-CO-220", "ESS-CO-220"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Farcitello RF ravioli forming machines
FARCITELLO = [
    ("title", "Farcitello RF Ravioli Forming Machines\nOperation and Maintenance Manual - RF-240 and RF-360"),
    (
        "p",
        "Document FCT-OM-RF-02, Edition 2, June 2024. Farcitello Fresh Pasta Machines. The RF-240 and RF-360 make "
        "filled pasta (square, round and half-moon ravioli) from two sheets of fresh pasta and a filling. The two "
        "sheets come from a sheeter upstream, which is not part of the supply and is covered by its own maker's "
        "manual. A lobe pump feeds the filling from the hopper to a distribution wedge that lays it between the "
        "sheets; a forming roller with cavities presses the sheets against a smooth counter roller, seals them "
        "around each portion and cuts the pieces out. The trim, the lattice of sheet left between the pieces, is "
        "lifted off by a comb onto the trim conveyor and can be returned to the mixer. Apart from the working "
        "width, the drives and the items named in this manual, the two models are built alike. Each forming roller "
        "comes with a roller data sheet that gives its code, shape, pieces per turn and piece weights.",
    ),
    (
        "warn",
        "WARNING: The forming roller and the counter roller form a crushing and cutting nip. The roller guard is "
        "interlocked (R02); never bridge it. Clear a jam only with the machine stopped, the main switch locked off "
        "and the air vented.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RF-240", "RF-360"],
            ["Working width (forming roller)", "240 mm", "360 mm"],
            ["Sheet width required (each sheet)", "260 mm", "380 mm"],
            ["Sheet thickness, each sheet", "0.6-1.2 mm", "0.6-1.2 mm"],
            ["Sheet moisture", "30-34 %", "30-34 %"],
            ["Pieces across, standard 60 mm square roller", "4", "6"],
            ["Pieces per roller turn, standard roller", "40", "60"],
            ["Forming roller speed", "4-24 rpm", "4-24 rpm"],
            ["Output, standard roller, 12 g pieces at 20 rpm", "800 pieces/min, 576 kg/h", "1200 pieces/min, 864 kg/h"],
            ["Filling share of the piece weight", "25-50 %", "25-50 %"],
            ["Largest filling particle", "6 mm", "8 mm"],
            ["Filling hopper", "40 L", "60 L"],
            ["Filling pump (lobe pump)", "0.75 kW", "1.1 kW"],
            ["Main drive", "2.2 kW", "3.0 kW"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 20 A"],
            ["Compressed air", "6 bar, 50 NL/min", "6 bar, 70 NL/min"],
            ["Forming roller mass", "26 kg", "38 kg"],
            ["Machine mass", "480 kg", "610 kg"],
            ["Noise at the operator position", "below 76 dB(A)", "below 78 dB(A)"],
        ],
        (86, 44, 44),
    ),
    (
        "p",
        "The output holds only for the standard 60 mm square roller, 12 g pieces and a roller speed of 20 rpm. For "
        "any other roller: pieces per minute = pieces per roller turn (from the roller data sheet) x roller speed "
        "(rpm). Speeds above 20 rpm are allowed only with fillings whose particles are no larger than half the "
        "largest particle in the table, that is 3 mm on the RF-240 and 4 mm on the RF-360; with coarser fillings the "
        "pump cannot keep the portions even.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Forming rollers have sharp cutting edges: wear cut-resistant gloves when handling them. Lift the RF-360 "
            "roller only with the roller trolley FCT-RT-1; the RF-240 roller may be carried by two persons.",
            "Do not aim a water jet at the bearings, the motors or the control box. Wash by hand as 6.3 says.",
            "The filling temperature limits, allergen changeovers and the cleaning plan are set by the site's HACCP "
            "plan. The machine only warns (R09) above its default limit of 12 °C.",
            "Keep hands out of the trim conveyor while it runs; the lift-off comb has pointed tines.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Sheets"),
            (
                "p",
                "Both sheets must be 20 mm wider than the forming roller and should run with a loose loop of 50-100 "
                "mm between the sheeter and the machine. A tight sheet stretches and tears at the entry. Sheets drier "
                "than 30 % do not seal; sheets wetter than 34 % stick to the roller. Keep the dusting flour on the "
                "sealing side as light as possible: a visible layer of flour prevents sealing.",
            ),
            ("h", "Roller pressure"),
            (
                "p",
                "The counter roller is pressed against the forming roller by two air cylinders. Set the pressure "
                "regulator to 3.0-4.5 bar; start at 3.5 bar. A pressure above 4.5 bar does not improve sealing and "
                "wears the cutting edges quickly.",
            ),
            ("h", "Filling share"),
            (
                "p",
                "The filling share is the part of the finished piece weight that is filling: filling share (%) = "
                "(filled piece weight - empty piece weight) / filled piece weight x 100. Keep it within 25-50 %; above "
                "50 % the pieces burst at the cut. The pump speed is set as a ratio of the roller speed (10-100 %), so "
                "the portion stays the same when the line speed changes.",
            ),
            ("h", "Filling weight check"),
            (
                "p",
                "Weigh 20 filled pieces and 20 empty pieces (made with the pump stopped). The mean filling weight "
                "must be within ±5 % of the recipe value. Outside this band, change the pump ratio by the same "
                "percentage and check again.",
            ),
            ("h", "Filling temperature"),
            (
                "p",
                "Meat and cheese fillings should reach the hopper at 2-10 °C unless the site's HACCP plan sets other "
                "limits. Fillings colder than 2 °C are stiff and raise the pump pressure (R04).",
            ),
            ("h", "Counter roller gap"),
            (
                "p",
                "The cutting edges of the forming roller should just touch the counter roller. Measured with the "
                "machine cold and the cylinders vented, the gap must not exceed 0.05 mm at any point across the width.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "What to do"],
            ["R01", "Emergency stop pressed", "Find the reason, release the button, reset"],
            ["R02", "Roller guard open", "Close the guard; if the alarm stays, check the guard switch"],
            ["R03", "Main drive overload", "Look for a jam between the rollers or sheets thicker than 1.2 mm each"],
            ["R04", "Filling pressure high (above 6 bar at the pump outlet)", "Blocked wedge, filling too stiff or too cold, particles too large"],
            ["R05", "Filling hopper low (below 15 % level)", "Refill; the pump stops at 5 % so that it does not suck air"],
            ["R06", "Upper sheet missing", "Sheet broken or loop too tight; thread the sheet again"],
            ["R08", "Lower sheet missing", "As R06, for the lower sheet"],
            ["R09", "Filling temperature high (default 12 °C)", "Cool the filling; the site may set a lower limit"],
            ["R10", "Air pressure low (below 5 bar)", "Check the site supply and the filter regulator"],
            ["R11", "Trim conveyor jam", "Clear the trim; check the lift-off comb"],
            ["R12", "Forming roller not clamped", "Close both roller clamps fully"],
        ],
        (16, 78, 80),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Pieces open at the edge or do not seal",
                "Sheets drier than 30 % or too much dusting flour; filling on the sealing area; roller pressure below 3.0 bar",
                "Spray a light water mist on the lower sheet, reduce the dusting, lower the wedge by 1 mm, set the pressure to 3.5 bar",
            ],
            [
                "Pieces burst or filling squeezes out at the cut",
                "Filling share above 50 %, or air in the filling",
                "Lower the pump ratio; refill the hopper before it falls below 15 %",
            ],
            [
                "Empty cavities or hollow pieces",
                "Pump sucking air (hopper low) or filling separated",
                "Keep the hopper above 15 %; remix the filling",
            ],
            [
                "Outer rows carry more filling than the middle rows",
                "Wedge channels partly blocked or worn",
                "Clean the wedge; replace it if the channel edges are rounded",
            ],
            [
                "Sheets stick to the forming roller",
                "Sheet moisture above 34 %, no dusting on the roller side, roller still warm after washing",
                "Dust lightly, let the roller cool, ask for less water at the sheeter",
            ],
            [
                "Pieces not cut through, they hang in the trim",
                "Counter roller gap above 0.05 mm or cutting edges worn",
                "Check the gap (6.2); send the roller to Farcitello for regrinding",
            ],
            [
                "Upper sheet tears at the entry",
                "Loop too tight, sheet slower than the roller",
                "Set a loop of 50-100 mm",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Changing the forming roller"),
    (
        "ol",
        [
            "Stop the machine, lock off the main switch and vent the air with the blue valve.",
            "Open the roller guard and take out the trim lift-off comb.",
            "Release both roller clamps. RF-360: hook the roller trolley FCT-RT-1 to the shaft ends. RF-240: two "
            "persons with cut-resistant gloves.",
            "Lift the roller out and lay it on its stand, never on its cutting edges.",
            "Fit the new roller with the drive pin in the slot and close both clamps fully (R12 clears).",
            "Check the counter roller gap (6.2) and refit the comb.",
            "Enter the roller code from the roller data sheet on the panel, so that the output and the pump ratio are "
            "worked out for the new roller.",
        ],
    ),
    ("p", "6.2 Checking the counter roller gap"),
    (
        "ol",
        [
            "Machine cold, main switch locked off, air vented.",
            "Turn the forming roller by hand until a full row of cutting edges faces the counter roller.",
            "Try a 0.05 mm feeler gauge between the edges and the counter roller at the left, in the middle and at "
            "the right. It must not enter anywhere.",
            "If it enters, turn both eccentric bushes one notch towards the forming roller (0.01 mm per notch) and "
            "check again.",
            "Never turn the bushes more than 5 notches in total. If the gauge still enters, the edges are worn: send "
            "the roller to Farcitello service for regrinding.",
        ],
    ),
    ("p", "6.3 Cleaning at the end of production"),
    (
        "ol",
        [
            "Empty the hopper and run the pump with warm water at 40-50 °C for 5 min.",
            "Lock off. Remove the hopper, the pump rotors, the wedge and the forming roller.",
            "Wash the parts by hand with the detergent of the site's cleaning plan at no more than 50 °C. Never wash "
            "the forming roller above 60 °C: its polyacetal cavities warp.",
            "Rinse, let the parts dry on their stands and reassemble before the next shift. Grease the pump rotor "
            "seals lightly with H1 food grade grease.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the machine (6.3); check the tines of the trim comb"],
            ["Weekly", "Check the counter roller gap (6.2); drain water from the air filter bowl"],
            ["Every 500 h", "Lubricate the drive chain with H1 oil; check the lobe clearance of the pump"],
            [
                "Every 2000 h or yearly, whichever comes first",
                "Pump seal replacement, done by Farcitello service (seal kits in section 8)",
            ],
            [
                "Every 4000 h, or sooner if the gap cannot be held at 0.05 mm",
                "Regrinding of the forming roller edges at Farcitello",
            ],
        ],
        (60, 114),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "RF-240", "RF-360"],
            ["Standard forming roller, 60 mm square", "FCT-FR-60S-24", "FCT-FR-60S-36"],
            ["Counter roller", "FCT-CR-24", "FCT-CR-36"],
            ["Distribution wedge", "FCT-DW-24", "FCT-DW-36"],
            ["Pump seal kit (for Farcitello service)", "FCT-PS-075", "FCT-PS-110"],
            ["Lobe rotors, pair", "FCT-LR-075", "FCT-LR-110"],
            ["Trim lift-off comb", "FCT-TC-24", "FCT-TC-36"],
            ["Roller trolley", "not needed", "FCT-RT-1"],
            ["Feeler gauge 0.05 mm", "FCT-FG-05", "FCT-FG-05"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Vapomiro NST noodle steamer tunnels
VAPOMIRO = [
    ("title", "Vapomiro NST Noodle Steamer Tunnels\nOperation and Maintenance Manual - NST-12 and NST-18"),
    (
        "p",
        "Document VPM-OM-NST-03, Edition 1, November 2024. Vapomiro Food Machinery. The NST-12 and NST-18 steam the "
        "waved noodle strands of instant noodle lines, between the slitting and waving unit and the block cutter. "
        "The noodles lie on a stainless steel mesh belt that carries them through an insulated steam chamber, where "
        "saturated steam from spray pipes under and over the belt gelatinises the starch. An exhaust fan at each end "
        "of the hood draws off the vapour. The NST-12 has a 12 m chamber and the NST-18 an 18 m chamber; apart from "
        "the length, the capacity, the steam and exhaust figures and the items named in this manual, the two models "
        "are built alike. The steam supply up to the tunnel's inlet valve, the condensate return and the exhaust "
        "ducts beyond the fans are the site's responsibility; the boiler is covered by its own manual.",
    ),
    (
        "warn",
        "WARNING: Steam at up to 102 °C fills the chamber and escapes at the belt openings. Never lift the hood or "
        "reach into a belt opening while steam is on. Before opening the hood, close and lock the steam inlet valve "
        "and the bypass valve, open the vent valve and wait until the chamber thermometer reads below 50 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NST-12", "NST-18"],
            ["Steam chamber length", "12 m", "18 m"],
            ["Overall length", "14.6 m", "20.6 m"],
            ["Usable belt width", "700 mm", "700 mm"],
            ["Belt", "stainless mesh, balanced weave", "stainless mesh, balanced weave"],
            ["Belt speed range", "4-12 m/min", "6-18 m/min"],
            ["Steaming time range", "60-180 s", "60-180 s"],
            ["Capacity at 120 s steaming, noodle layer 3.0 kg/m²", "756 kg/h (140 blocks/min of 90 g)", "1134 kg/h (210 blocks/min of 90 g)"],
            ["Chamber temperature", "98-102 °C", "98-102 °C"],
            ["Steam supply at the tunnel inlet valve", "3-6 bar g, dry saturated", "3-6 bar g, dry saturated"],
            ["Pressure at the spray pipes, after the reducing valve", "0.3-0.6 bar g", "0.3-0.6 bar g"],
            ["Safety valve after the reducing valve", "1.0 bar g", "1.0 bar g"],
            ["Steam consumption at capacity", "380 kg/h", "520 kg/h"],
            ["Spray pipes, upper + lower", "8 + 8", "12 + 12"],
            ["Spray hole diameter", "2.0 mm", "2.0 mm"],
            ["Exhaust fans (one at each end)", "2 x 1250 m³/h, 0.55 kW", "2 x 1750 m³/h, 0.75 kW"],
            ["Belt drive", "1.1 kW geared motor", "1.5 kW geared motor"],
            ["Belt wash pump", "1.5 kW, 4 bar", "1.5 kW, 4 bar"],
            ["Electrical supply", "400 V 3~ 50 Hz, 16 A", "400 V 3~ 50 Hz, 20 A"],
            ["Mass, empty", "4.2 t", "5.9 t"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The capacity holds only at 120 s of steaming, with a noodle layer of 3.0 kg/m² and the chamber at 98-102 "
        "°C. The belt speed for a given steaming time is: belt speed (m/min) = chamber length (m) x 60 / steaming "
        "time (s). For example, 90 s on an NST-12 needs 12 x 60 / 90 = 8 m/min. The noodle layer must be no more than "
        "3.5 kg/m²; thicker layers are not steamed through, whatever the steaming time.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "To lock out the steam, close the inlet valve and the bypass valve, lock both and open the vent valve.",
            "The hood and the belt are hotter than 80 °C in production. Wear heat-resistant gloves.",
            "The pneumatic belt take-up stores energy. Vent the take-up cylinder before any work on the belt.",
            "The steam noise at the inlet end reaches 82 dB(A): wear hearing protection there.",
            "Use belt wash chemicals only as their data sheets and the site's cleaning plan say.",
        ],
    ),
    ("h", "3. Steaming settings and limits"),
    (
        "cols",
        [
            ("h", "Steam"),
            (
                "p",
                "Supply dry saturated steam at 3-6 bar g to the inlet valve. Below 2.5 bar g the control valve cannot "
                "hold the chamber temperature at full capacity and S01 is raised. Wet steam (dryness below 0.95) drips "
                "on the noodles, so the separator and the trap at the inlet must work. The reducing valve is set to "
                "0.45 bar g at the factory; never set it above 0.6 bar g.",
            ),
            ("h", "Chamber temperature"),
            (
                "p",
                "The controller holds the chamber at its setpoint, default 100 °C, settable 98-102 °C. The panel shows "
                "the temperature of each 3 m section of the chamber; the sections must agree within 2 °C. A larger "
                "spread means blocked spray holes or a trap that does not drain (6.2).",
            ),
            ("h", "Steaming time"),
            (
                "p",
                "Default 120 s. Thin noodles (sheet below 0.9 mm) need 90-110 s, thick noodles (sheet above 1.1 mm) "
                "130-160 s. The degree of gelatinisation is checked by the site's laboratory; Vapomiro gives no "
                "gelatinisation limits. A belt speed more than 3 % away from its setpoint for 20 s raises S12.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "Both fans run whenever steam is on. Set the exhaust dampers so that a light plume of vapour, no "
                "longer than 300 mm, leaves each belt opening. A long plume means too little exhaust; no plume at "
                "all, with cold air drawn in, means too much, and the noodles at the ends are undercooked.",
            ),
            ("h", "Belt"),
            (
                "p",
                "The take-up cylinder pressure is 2.0-2.5 bar. The belt must run within ±15 mm of the centre line; "
                "the tracking switches stop it at ±30 mm (S05).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "What to do"],
            ["S01", "Steam pressure low (below 2.5 bar g at the inlet)", "Check the supply and the inlet strainer"],
            ["S02", "Chamber temperature low (below 97 °C for 30 s)", "Check the steam pressure, the control valve and the traps"],
            ["S03", "Chamber temperature high (above 104 °C)", "Check the reducing valve setting (0.45 bar g)"],
            ["S04", "Belt drive overload", "Look for a jam at the belt ends and at the drive"],
            ["S05", "Belt off track (±30 mm)", "Stop the belt and track it (6.3)"],
            ["S06", "Take-up pressure low (below 1.8 bar)", "Check the air supply and the take-up cylinder"],
            ["S07", "Exhaust fan fault", "Check the fan motor protection; steam shuts off after 60 s"],
            ["S08", "Condensate level high in the chamber sump", "Check the sump trap and the drain line"],
            ["S09", "Emergency stop", "Find the reason, release the button, reset"],
            ["S11", "Hood not closed", "Close and lock all hood clamps"],
            ["S12", "Belt speed deviation (more than 3 % for 20 s)", "Check the drive and the speed encoder"],
            ["S13", "Belt wash pressure low (below 3 bar)", "Check the wash pump and the wash nozzles"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Noodles have a white, hard core after steaming",
                "Steaming time too short for the strand, chamber below 98 °C, or a noodle layer thicker than 3.5 kg/m²",
                "Lengthen the steaming time, check S02 and the traps, ask for a thinner layer at the waving unit",
            ],
            [
                "Wet spots or drops on the noodles",
                "Wet steam, or condensate dripping from the hood",
                "Check the separator and the inlet trap; clean the drip channels of the hood",
            ],
            [
                "Noodles stick to the belt and tear at the outlet",
                "Belt not oiled after washing, or belt wash left on in production",
                "Spray release oil on the belt after washing; wash only at the start and end of production",
            ],
            [
                "Long plumes of vapour at the belt openings, steam in the hall",
                "Exhaust dampers closed, a fan stopped or a duct blocked",
                "Open the dampers (section 3); check the fans (S07)",
            ],
            [
                "Section temperatures differ by more than 2 °C",
                "Spray holes blocked by scale, or a trap not draining",
                "Clean the spray pipes (6.2); check the traps",
            ],
            [
                "Noodles at the belt edges less cooked than in the middle",
                "Noodle layer wider than the usable belt width",
                "Keep the layer within the usable 700 mm",
            ],
            [
                "Belt runs to one side",
                "Take-up uneven or dirty rollers",
                "Track the belt (6.3)",
            ],
        ],
        (52, 62, 60),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Starting the steamer"),
    (
        "ol",
        [
            "Check that the hood is closed and clamped, the belt is clear and the take-up pressure is 2.0-2.5 bar.",
            "Start the belt at the recipe speed and both exhaust fans.",
            "Open the condensate drain valve and the vent valve, then open the steam inlet valve slowly, over about "
            "2 min.",
            "When steam comes out of the vent steadily (the air is purged), close the vent valve.",
            "Wait until all sections show 98-102 °C (about 15 min from cold) and the chamber has held its setpoint "
            "for at least 5 min.",
            "Tell the waving unit operator that the tunnel is ready. The noodles of the first 2 min go to waste.",
        ],
    ),
    ("p", "6.2 Cleaning the spray pipes"),
    (
        "ol",
        [
            "Shut off and lock out the steam as section 2 says, and open the hood once the chamber is below 50 °C.",
            "Remove the end caps of the spray pipes.",
            "Clear every 2.0 mm hole with the 1.9 mm pin gauge VPM-PG-19 from the tool kit. Never drill the holes: "
            "larger holes upset the steam distribution.",
            "Flush each pipe with water from the open end and refit the caps with new gaskets.",
            "Pipes with heavy scale: take them out and soak them in the descaling agent approved by the site.",
            "After the restart, check that the section temperatures agree within 2 °C.",
        ],
    ),
    ("p", "6.3 Tracking the belt"),
    (
        "ol",
        [
            "Run the belt empty at 6 m/min with the steam off.",
            "Watch the belt edge at the tail roller against the centre line marks.",
            "If the belt runs towards one side, tighten the take-up screw on that side by a quarter turn and wait for "
            "three belt revolutions.",
            "Repeat until the belt stays within ±15 mm of the centre line.",
            "Never turn a screw more than 2 turns in total from its factory mark. If more is needed, clean the "
            "rollers and check the belt splice for a crooked join.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Start and end of production", "Belt wash (pump at 4 bar); spray release oil on the belt"],
            ["Daily", "Check that the traps work (sight glasses); check the exhaust plumes; read the alarm log"],
            ["Weekly", "Clean the drip channels of the hood; look at the spray pattern; drain the separator"],
            ["Monthly", "Clean the spray pipes (6.2); check the reducing valve setting (0.45 bar g)"],
            ["Every 2000 h", "Check the belt splice and edges; grease the drive bearings with H1 grease"],
            [
                "Yearly",
                "Replace the hood gaskets. The safety valve is tested by the site's pressure equipment inspector, not by Vapomiro",
            ],
        ],
        (52, 122),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "NST-12", "NST-18"],
            ["Mesh belt, complete", "VPM-MB-12 (25.6 m)", "VPM-MB-18 (37.6 m)"],
            ["Spray pipe", "VPM-SP-700", "VPM-SP-700"],
            ["Spray pipe gasket set", "VPM-GS-16", "VPM-GS-24"],
            ["Steam trap", "VPM-ST-15", "VPM-ST-15"],
            ["Reducing valve", "VPM-RV-25", "VPM-RV-32"],
            ["Safety valve 1.0 bar g", "VPM-SV-10", "VPM-SV-10"],
            ["Pin gauge 1.9 mm", "VPM-PG-19", "VPM-PG-19"],
            ["Hood gasket", "VPM-HG-12", "VPM-HG-18"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Lavadrella DW-60 die washing machine
LAVADRELLA = [
    ("title", "Lavadrella DW-60 Pasta Die Washing Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document LVD-OM-DW60-01, Edition 2, January 2025. Lavadrella Cleaning Systems. The DW-60 cleans the "
        "extrusion dies of pasta presses: round dies for short and long goods and, with the rectangular die holder "
        "(option), rectangular long-goods dies. The die turns slowly on a clamping plate while a nozzle bar moves up "
        "and down in front of it and sprays water from a plunger pump at high pressure through the die holes, from "
        "the outlet face. The water is collected in the tank, filtered and used again; a 6 kW heater can warm it. The "
        "DW-60 is made for bronze dies and for dies with PTFE (Teflon) inserts. Dies of any other material must be "
        "cleared with Lavadrella before they are washed. Repairs and reconditioning of dies (opening holes that stay "
        "blocked, new inserts, reworking the bronze) are the die maker's work; this manual covers washing only.",
    ),
    (
        "warn",
        "WARNING: A water jet at up to 150 bar cuts skin. The door is locked during a cycle (W06); never defeat the "
        "lock and never use the nozzle bar as a hand lance. Dies weigh up to 120 kg: always lift them with the hoist.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DW-60"],
            ["Round dies, diameter", "250-600 mm"],
            ["Round dies, thickness", "40-140 mm"],
            ["Rectangular dies, with the rectangular die holder LVD-RH-11", "up to 1100 x 160 mm"],
            ["Die mass, maximum", "120 kg"],
            ["Wash pressure, adjustable", "60-150 bar"],
            ["Wash pressure, dies with PTFE inserts", "no more than 90 bar"],
            ["Pump", "3-plunger pump, 15 L/min at 150 bar"],
            ["Pump motor", "5.5 kW"],
            ["Die rotation", "1-6 rpm"],
            ["Nozzle bar", "8 flat-jet nozzles, stroke 620 mm"],
            ["Water tank", "300 L"],
            ["Water temperature, bronze dies", "15-45 °C"],
            ["Water temperature, dies with PTFE inserts", "15-35 °C"],
            ["Heater", "6 kW; full tank from 15 °C to 40 °C in about 90 min"],
            ["Filtration", "100 µm bag filter in the tank return, 25 µm cartridge before the pump"],
            ["Water supply", "potable water, 2-5 bar, 20 L/min (the tank fills in 15 min)"],
            ["Compressed air", "6 bar, 300 NL/min during the drying blow"],
            ["Electrical supply", "400 V 3~ 50 Hz, 13 kW, fuse 25 A"],
            ["Dimensions (W x D x H)", "1650 x 1400 x 2100 mm"],
            ["Mass, empty", "950 kg"],
            ["Noise, door closed", "74 dB(A)"],
        ],
        (100, 74),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work inside the machine, lock off the main switch, close the water supply and let the pump "
            "pressure fall to 0 bar on the gauge.",
            "Never add detergent, caustic or acid to the tank water: bronze discolours and the pump seals swell. The "
            "tank is descaled only with the Lavadrella descaler LVD-DC-5.",
            "Wear safety shoes and gloves when handling dies. Keep the die boxes closed on the floor, not stacked "
            "more than two high.",
            "Clear blocked holes only with water. Pins, wires and drills damage the die; reworking is done by the die "
            "maker.",
        ],
    ),
    ("h", "3. Wash programmes and soaking"),
    (
        "cols",
        [
            ("h", "P1 - bronze dies, short goods"),
            ("p", "130 bar, water at 40 °C, die at 3 rpm, 25 min, then P4."),
            ("h", "P2 - bronze dies, long goods"),
            ("p", "150 bar, water at 40 °C, die at 2 rpm (rectangular dies: the holder moves sideways), 35 min, then P4."),
            ("h", "P3 - dies with PTFE inserts"),
            (
                "p",
                "80 bar, water at 30 °C, die at 3 rpm, 30 min, then P4. P3 is locked at 90 bar and 35 °C at most; "
                "these limits cannot be raised in any menu.",
            ),
            ("h", "P4 - rinse and blow"),
            ("p", "60 bar, cold water, 5 min, then a 3 min blow with compressed air through the nozzle bar."),
            ("h", "Changing a programme"),
            (
                "p",
                "The pressures of P1 and P2 can be changed in the supervisor menu within 60-150 bar, the times within "
                "10-60 min. Raise the time rather than the pressure for dies with very fine holes.",
            ),
            ("h", "Soaking"),
            (
                "p",
                "Put the die to soak in clean water within 30 min of taking it out of the press, and soak it for at "
                "least 4 h before washing; overnight is best. Dough that dried in the holes for more than 2 h before "
                "soaking needs at least 12 h of soaking.",
            ),
            ("h", "Water"),
            (
                "p",
                "Change the tank water at least once a week, and sooner when it turns cloudy. The heater switches "
                "off at 45 °C (35 °C in P3); W09 is shown if the water is warmer than that.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "What to do"],
            ["W01", "Tank water low", "Top up; the pump stops below 80 L"],
            ["W02", "Wash pressure low (below 40 bar with the nozzle bar running)", "Worn or missing nozzle, air in the pump, cartridge blocked"],
            ["W03", "Wash pressure high (above 160 bar)", "Blocked nozzles; check the nozzle filters"],
            ["W04", "Pump motor overload", "Check that the pump turns freely; call Lavadrella service if it does not"],
            ["W06", "Door open or unlocked during a cycle", "Close the door; the cycle restarts from the beginning"],
            ["W07", "Die rotation fault", "Die not clamped or off-centre, drive blocked"],
            ["W08", "Nozzle bar stroke fault (end switch not reached in 30 s)", "Check the bar guides and the drive belt"],
            ["W09", "Water temperature high (above 45 °C, or above 35 °C in P3)", "Let the water cool or add cold water"],
            ["W10", "Filter pressure difference high (above 1.2 bar)", "Replace the 25 µm cartridge (6.4)"],
            ["W11", "Air pressure low (below 5 bar)", "Check the site air supply"],
            ["W12", "Emergency stop", "Find the reason, release the button, reset"],
        ],
        (16, 80, 78),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Holes still blocked after a full programme",
                "Die soaked too short, or dough dried hard in the holes",
                "Soak for at least 12 h and run the programme again; never push holes clear with pins or wire",
            ],
            [
                "PTFE inserts loose or pushed out",
                "Die washed above 90 bar or above 35 °C (wrong programme)",
                "Wash dies with PTFE inserts only with P3; send damaged dies to the die maker",
            ],
            [
                "Pressure falls during the cycle, W02",
                "25 µm cartridge blocked, or worn nozzles",
                "Replace the cartridge; replace the nozzles if the pressure stays more than 10 % below the programme value with a new cartridge",
            ],
            [
                "Pump knocks, gauge needle flutters",
                "Air drawn in: tank low, loose suction hose, water above 45 °C",
                "Top up, tighten the suction hose clamps, let the water cool",
            ],
            [
                "Green or dark stains on bronze dies after washing",
                "Die left wet, or hard or chlorinated water",
                "Always finish with P4 and store the die dry; ask the site about the water quality",
            ],
            [
                "Die stops turning, W07",
                "Clamps not tight or die off-centre",
                "Clamp the die again, centred on the plate",
            ],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Washing a die"),
    (
        "ol",
        [
            "After soaking, lift the die with the hoist into the machine and centre it on the clamping plate with the "
            "outlet face (the face the pasta leaves from) towards the nozzle bar.",
            "Close the three clamps. The die must not rock.",
            "Set the nozzle bar 80-100 mm from the die face, using the scale on the bar carriage.",
            "Close the door, select the programme for the die (P1, P2 or P3) and press START. The door locks.",
            "At the end the machine runs P4. Wait until the door unlocks.",
            "Check the die on the light table: at least 98 % of the holes must be open. If more than 2 % of the holes "
            "are still blocked after two programmes, the die goes back to the die maker.",
            "Store the die dry in its box.",
        ],
    ),
    ("p", "6.2 Changing the nozzles"),
    (
        "ol",
        [
            "Lock off the machine and check that the gauge reads 0 bar.",
            "Unscrew the nozzle caps with a 19 mm spanner, take out the nozzles and check the small filters behind them.",
            "Fit new nozzles LVD-NZ-1503 with the flat jet at 15° to the axis of the bar; the notch on the cap shows "
            "the jet direction.",
            "Tighten the caps to 25 Nm.",
            "Run P4 with the door closed and check that the gauge shows the programme pressure within ±5 bar.",
        ],
    ),
    ("p", "6.3 Changing the pump oil"),
    (
        "ol",
        [
            "Run the pump for 10 min so that the oil is warm, then lock off.",
            "Drain the oil through the drain plug into a container; about 0.9 L comes out.",
            "Refill with pump oil LVD-PO-30 (SAE 30, H1 food grade) to the middle of the sight glass, about 0.9 L.",
            "Look at the sight glass again after 10 min of running. Milky oil means water in the oil: the plunger "
            "seals leak. Stop and call Lavadrella service.",
        ],
    ),
    (
        "p",
        "The first oil change is due after 50 h of running, then every 500 h or 12 months, whichever comes first.",
    ),
    ("p", "6.4 Cleaning the filters"),
    (
        "ol",
        [
            "Bag filter: lift out the basket, empty it and rinse the bag. Do this every day.",
            "Cartridge: close the valve before the filter housing, unscrew the bowl and fit a new 25 µm cartridge "
            "LVD-FC-25. Cartridges are not cleaned and used again.",
            "Open the valve and run P4 to vent the housing.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Empty and rinse the bag filter; check the tank level and how clear the water is"],
            ["Weekly, or at W10 if sooner", "Change the tank water; replace the 25 µm cartridge; clean the nozzle bar guides"],
            ["First 50 h", "First pump oil change (6.3)"],
            ["Every 500 h or 12 months, whichever comes first", "Pump oil change (6.3)"],
            ["Monthly", "Descale the tank with LVD-DC-5"],
            ["Yearly", "Replace the nozzles; check the door lock and interlock; check the high pressure hoses"],
        ],
        (60, 114),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Flat-jet nozzle, set of 8", "LVD-NZ-1503"],
            ["Filter cartridge 25 µm, pack of 5", "LVD-FC-25"],
            ["Bag filter 100 µm", "LVD-BF-100"],
            ["Pump oil SAE 30 H1, 1 L", "LVD-PO-30"],
            ["Plunger seal kit (fitted by Lavadrella service)", "LVD-SK-15"],
            ["Descaler, 5 L", "LVD-DC-5"],
            ["Door seal", "LVD-DS-60"],
            ["Rectangular die holder (option)", "LVD-RH-11"],
            ["Clamp set (3 clamps)", "LVD-CL-3"],
        ],
        (110, 64),
    ),
]



def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("essiccora-lg-long-goods-pasta-dryer.pdf", "Essiccora ESS-OM-LG-04 Ed 3 - LG-18 / LG-24", ESSICCORA),
        ("farcitello-rf-ravioli-forming-machine.pdf", "Farcitello FCT-OM-RF-02 Ed 2 - RF-240 / RF-360", FARCITELLO),
        ("vapomiro-nst-noodle-steamer-tunnel.pdf", "Vapomiro VPM-OM-NST-03 Ed 1 - NST-12 / NST-18", VAPOMIRO),
        ("lavadrella-dw-pasta-die-washing-machine.pdf", "Lavadrella LVD-OM-DW60-01 Ed 2 - DW-60", LAVADRELLA),
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
