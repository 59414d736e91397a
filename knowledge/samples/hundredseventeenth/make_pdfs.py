"""Generate the PDF manuals of the hundred-and-seventeenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set117-scratch/venv && /tmp/set117-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set117-scratch/venv/bin/python knowledge/samples/hundredseventeenth/make_pdfs.py

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


# ---------------------------------------------------------------- Draymoor RS milk reception skids
DRAYMOOR = [
    ("title", "Draymoor RS Milk Reception Skids\nOperation and Maintenance - RS-30 and RS-60"),
    (
        "p",
        "Document DRM-OM-RS-04, Edition 3, March 2025. Draymoor Process Skids. The RS-30 and RS-60 unload raw milk "
        "from road tankers into the reception line of a dairy. Each skid carries the tanker hose coupling, an air "
        "eliminator vessel, a duplex basket strainer, a centrifugal milk pump, a magnetic-inductive flowmeter, an "
        "automatic proportional sampler and the valves that connect the skid to the site's CIP. Apart from the rated "
        "flow, the pump, the pipe sizes and the items shown for each model, the two skids are built alike. The plate "
        "cooler, the raw milk silos and the CIP station are not part of the skid and have their own manuals. "
        "Acceptance of the milk (temperature limit, antibiotic test, grading) is the responsibility of the site's "
        "quality department; the skid measures and records, it does not accept or reject a load.",
    ),
    (
        "warn",
        "WARNING: Never open the strainer lid, a hose coupling or the air eliminator manway while the pump runs or "
        "the line is under pressure. CIP solutions reach 80 °C: keep clear of the drain and the coupling during "
        "cleaning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RS-30", "RS-60"],
            ["Rated unloading flow, milk at 2-10 °C (see the note below)", "30 m³/h", "60 m³/h"],
            ["Milk pump, centrifugal, motor 400 V 3~ 50 Hz", "4.0 kW, 8.1 A", "7.5 kW, 14.6 A"],
            ["Pump head at rated flow", "28 m", "30 m"],
            ["Supply fuse", "16 A gG", "25 A gG"],
            ["Tanker hose coupling and outlet line", "DN 65", "DN 80"],
            ["Air eliminator volume", "120 L", "220 L"],
            ["Duplex strainer, perforation and basket area", "1.0 mm, 0.25 m²", "1.0 mm, 0.45 m²"],
            ["Flowmeter size", "DN 50", "DN 80"],
            ["Lowest flow measured within the stated accuracy (10 % of rated flow)", "3 m³/h", "6 m³/h"],
            ["Maximum operating pressure", "6 bar", "6 bar"],
            ["Milk temperature for pumping", "2-40 °C", "2-40 °C"],
            ["Unloading time of a 28 000 L tanker at rated flow", "about 56 min", "about 28 min"],
            ["CIP supply flow, at least (1.5 m/s in the outlet line)", "19 m³/h", "28 m³/h"],
            ["Compressed air, dry and oil-free, 6 bar", "40 NL/min", "55 NL/min"],
            ["Mass, empty", "640 kg", "910 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated flow holds only for raw milk at 2-10 °C, with a suction hose of the coupling size no longer than "
        "6 m and a tanker outlet at least as large as the coupling. A longer or smaller hose reduces the flow; "
        "Draymoor gives no figures for other hoses. The skids may also unload cream up to 40 % fat and whey, but the "
        "rated flows are for milk only and no flows are given for cream. The flowmeter accuracy of ±0.2 % of the "
        "reading holds only from 10 % of the rated flow upwards, with the pipe full and free of air, that is with the "
        "air eliminator working as described in section 3.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained reception staff may connect a tanker. The driver stays with the tanker during unloading "
            "unless the site rules say otherwise.",
            "Stop the tanker engine, apply the parking brake and chock the wheels before connecting the hose.",
            "Wear safety glasses and chemical-resistant gloves when handling hoses and couplings during or just "
            "after CIP.",
            "Lock out the pump motor at its isolator before opening the pump casing, a strainer chamber or the air "
            "eliminator.",
            "The skid is made for raw milk, cream and whey only. Never use it for water treatment chemicals, "
            "detergents from drums or any other liquid.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Air eliminator"),
            (
                "p",
                "The air eliminator separates the air drawn in with the milk at the start and end of each "
                "compartment. The pump starts when the level reaches 60 % of the vessel and stops when it falls to "
                "20 %. While the pump runs, the vent valve on top opens whenever the level falls below 45 % and "
                "closes again above 55 %. Air carried into the flowmeter is counted as milk: a meter total higher "
                "than the tanker's dip volume is nearly always air. The vacuum in the vessel must not exceed "
                "-0.3 bar; a tanker with its vent closed pulls the vessel into vacuum (F03).",
            ),
            ("h", "End of unloading"),
            (
                "p",
                "Unloading ends when the flow stays below 2 m³/h (RS-30) or 4 m³/h (RS-60) for 30 s with the level "
                "below 20 %. The skid then pushes the milk left in the line on to the cooler with compressed air at "
                "no more than 1.5 bar and closes the outlet valve.",
            ),
            ("h", "Temperature alarm"),
            (
                "p",
                "A Pt100 sensor in the inlet reads the milk temperature. Alarm F06 is set by default at 8 °C and can "
                "be set from 4 °C to 12 °C. F06 does not stop the pump; whether the load is accepted is decided by "
                "the site's quality department, not by the skid.",
            ),
            ("h", "Volume and mass"),
            (
                "p",
                "The skid records volume and mass: mass (kg) = volume (L) x density (kg/L). The default density is "
                "1.032 kg/L, for raw milk at 4 °C; the site may enter its own value under SETUP > DENSITY. Example: "
                "28 000 L x 1.032 kg/L = 28 896 kg.",
            ),
            ("h", "Sampler"),
            (
                "p",
                "The proportional sampler takes one 3 mL shot per set volume, default every 100 L, settable from "
                "50 L to 500 L, into a 1 L bottle. The bottle must be filled to no more than 90 %, so set the "
                "interval to at least: interval (L) = load volume (L) x 3 mL / 900 mL. For a 28 000 L load this is "
                "93 L, so the default of 100 L suits loads up to 30 000 L.",
            ),
            ("h", "Strainer"),
            (
                "p",
                "The differential pressure across the working basket must stay below 0.8 bar. At 0.8 bar F05 is "
                "shown: change over to the clean basket (section 7). Never run with a torn basket or with no basket "
                "in the working chamber.",
            ),
            ("h", "Outlet pressure"),
            (
                "p",
                "Outlet pressure above 5.5 bar stops the pump (F11). The usual cause is a closed silo inlet valve "
                "downstream or a blocked cooler.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            [
                "F02",
                "Pump motor overload",
                "Motor protection tripped: impeller blocked, a phase missing or a closed valve. Find the cause, "
                "then reset the motor protection switch.",
            ],
            [
                "F03",
                "Dry run",
                "Level below 20 % for more than 10 s with the pump running, or vacuum beyond -0.3 bar. Causes: "
                "tanker vent closed, coupling drawing air, compartment empty.",
            ],
            ["F04", "Air eliminator overfull", "Level above 95 %: vent valve stuck or level probe fouled."],
            ["F05", "Strainer blocked", "Differential pressure 0.8 bar or more. Change over to the clean basket."],
            [
                "F06",
                "Milk temperature high",
                "Above the alarm setpoint (default 8 °C). The pump keeps running; inform the quality department.",
            ],
            ["F07", "Empty pipe", "Flowmeter electrodes not covered. Check the air eliminator and the vent valve."],
            ["F09", "Sampler", "Bottle missing or full, or the sample line blocked."],
            [
                "F10",
                "Valve feedback",
                "A valve did not reach its position within 5 s. Check the air supply (6 bar) and the proximity "
                "switch.",
            ],
            ["F11", "Outlet pressure high", "Above 5.5 bar: a valve downstream closed or the cooler blocked."],
            [
                "F12",
                "CIP flow low",
                "CIP flow below 19 m³/h (RS-30) or 28 m³/h (RS-60) for 60 s. Check the site's CIP supply pump.",
            ],
            ["F13", "Communication", "Link to the silo control lost for more than 10 s. Unloading pauses."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Meter total higher than the tanker dip volume by more than 0.5 %",
                "Air in the measured milk: vent valve not opening, level probe fouled, or the coupling drawing air",
                "Clean the level probe; check the vent valve and the coupling gasket",
            ],
            [
                "Flow well below rated from the start",
                "Hose longer than 6 m or kinked, tanker outlet valve part open, basket partly blocked",
                "Use the short hose; open the tanker valve fully; check the strainer differential pressure",
            ],
            [
                "Pump rattles as if pumping gravel",
                "Cavitation: milk too warm or too much vacuum at the pump inlet",
                "Check the tanker vent and the hose; never throttle the inlet",
            ],
            [
                "Heavy foaming in the silo",
                "Air pushed through at the end of unloading, or push-out pressure too high",
                "Keep the push-out at no more than 1.5 bar; check the level probes",
            ],
            [
                "Sample bottle overfull, or too little sample",
                "Sample interval wrong for the load",
                "Set the interval with the formula in section 3",
            ],
            [
                "Milk temperature reading jumps",
                "Pt100 plug loose, or the sensor in air",
                "Check the sensor and its plug",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Unloading a tanker"),
    (
        "ol",
        [
            "Check that the skid shows READY and CIP OK and that a clean sample bottle is in place.",
            "Check that both strainer baskets are clean and the changeover lever points to the working basket.",
            "Have the tanker parked, the engine stopped, the parking brake applied and the wheels chocked.",
            "Open the tanker's manlid vent (or the vent valve of the compartment).",
            "Remove the dust caps, check the coupling gaskets and connect the suction hose to the tanker outlet and "
            "to the skid inlet.",
            "Enter the tanker number and the compartment, or scan the delivery note, on the panel.",
            "Open the tanker outlet valve fully.",
            "Press START. The inlet valve opens and the air eliminator fills; the pump starts at 60 % level.",
            "Watch the flow and the milk temperature; report F06 to the quality department.",
            "When the compartment is empty the skid ends the unloading by itself, pushes out the line and shows END.",
            "Close the tanker outlet valve, disconnect the hose and fit the dust caps.",
            "Remove the sample bottle, label it with the tanker number and hand it to the laboratory.",
            "Send or print the delivery record (volume, mass, temperature).",
        ],
    ),
    ("h", "7. Changing over and cleaning a strainer basket"),
    (
        "ol",
        [
            "Do this when F05 shows or the differential pressure reads 0.8 bar or more.",
            "Check that the standby basket is clean and the standby lid is closed.",
            "Turn the changeover lever slowly to the standby basket; the flow continues.",
            "Check that the differential pressure falls below 0.2 bar.",
            "Close the isolating valve of the blocked chamber, open its drain valve and wait until it is empty.",
            "Open the lid clamp of the blocked chamber and lift out the basket.",
            "Rinse the basket with cold water from the inside out and check it for tears; replace a damaged basket "
            "(DRM-SB-30 or DRM-SB-60).",
            "Check the lid O-ring, refit the basket and close the lid.",
            "Close the drain valve. The chamber is cleaned with the next CIP.",
        ],
    ),
    ("h", "8. Preparing the skid for CIP"),
    (
        "ol",
        [
            "Check that no tanker is connected and the panel shows END or READY.",
            "Connect the CIP bridge hose (DRM-CB-65 or DRM-CB-80) from the CIP supply to the inlet coupling.",
            "Set the changeover lever to its middle position, CIP, so both strainer chambers are cleaned.",
            "Select CIP on the panel; the skid opens its valves in the CIP sequence and flushes the sampler line.",
            "Start the CIP from the site's CIP station. Detergents, concentrations, temperatures and times are set by "
            "the site's CIP programme, not by the skid.",
            "Check that the CIP flow stays at or above 19 m³/h (RS-30) or 28 m³/h (RS-60); otherwise F12 shows.",
            "After the CIP remove the bridge hose, fit the dust caps and check that the panel shows CIP OK.",
        ],
    ),
    ("h", "9. Flowmeter zero check"),
    (
        "ol",
        [
            "After a CIP, fill the skid with clean water and close the outlet valve so the meter pipe is full and "
            "nothing flows.",
            "Select SERVICE > METER > ZERO CHECK.",
            "The reading must stay within ±0.05 m³/h (RS-30) or ±0.10 m³/h (RS-60) for 60 s.",
            "If it does, press OK. If not, clean the electrodes and check the earthing rings, then repeat.",
            "Never change the meter factor. The legal verification of the meter is carried out by the weights and "
            "measures inspector, and the meter seal must stay intact.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After each tanker", "Check the coupling gaskets; rinse with water if the next tanker is not due within 2 h"],
            [
                "Every 8 h of unloading, or before a standstill of more than 2 h, whichever comes first",
                "Full CIP (section 8)",
            ],
            ["Weekly", "Check the vent valve and the level probes; check the pump mechanical seal for leaks"],
            ["Monthly", "Flowmeter zero check (section 9); check the sampler pump tube"],
            ["6 months", "Replace the coupling gaskets and the strainer lid O-rings"],
            [
                "12 months or 4000 h of pump running",
                "Replace the pump mechanical seal (Draymoor service or a fitter trained by Draymoor)",
            ],
            ["As set by the site", "Legal verification of the flowmeter (weights and measures inspector)"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "RS-30", "RS-60"],
            ["Strainer basket 1.0 mm", "DRM-SB-30", "DRM-SB-60"],
            ["Pump mechanical seal kit", "DRM-MS-40", "DRM-MS-75"],
            ["Coupling gasket set (10 pieces)", "DRM-CG-65", "DRM-CG-80"],
            ["Strainer lid O-ring", "DRM-OR-30", "DRM-OR-60"],
            ["Level probe", "DRM-LP-01", "DRM-LP-01"],
            ["Sampler pump tube", "DRM-ST-05", "DRM-ST-05"],
            ["CIP bridge hose", "DRM-CB-65", "DRM-CB-80"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Blockhaven BT cheddaring and block former towers
BLOCKHAVEN = [
    ("title", "Blockhaven BT Cheddaring Lines and Block Former Towers\nOperation and Maintenance - BT-9 and BT-13"),
    (
        "p",
        "Document BLH-OM-BT-02, Edition 2, June 2024. Blockhaven Cheese Machinery. The BT line takes drained curd "
        "from the curd draining conveyor, cheddars it on a two-tier cheddaring belt, mills it, dry-salts it and "
        "forms it into rectangular 20 kg blocks in a vacuum block former tower. The BT-9 is rated for 900 kg/h of "
        "salted curd and the BT-13 for 1300 kg/h. Apart from the capacity, the tower height, the vacuum pump, the "
        "hydraulics, the belt width and the items shown for each model, the two lines are built alike. The cheese "
        "vats and the curd draining conveyor upstream, and the vacuum bagger and the checkweigher downstream, have "
        "their own manuals. The recipe (cheddaring time, milling acidity, salt rate) belongs to the site's "
        "cheesemaker; this manual gives the ranges of the machine only.",
    ),
    (
        "warn",
        "WARNING: The guillotine at the foot of the tower closes with a force of 12 kN. Never reach into the block "
        "outlet or the ejector area unless the line is stopped, the vacuum released, the hydraulic pressure at "
        "0 bar and the guillotine locked with the locking pin (section 7). The mill knives run on for up to 20 s "
        "after a stop.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BT-9", "BT-13"],
            ["Rated capacity, milled and salted curd", "900 kg/h", "1300 kg/h"],
            ["Block size, length x width x height", "380 x 280 x 180 mm", "380 x 280 x 180 mm"],
            ["Nominal block mass", "20 kg", "20 kg"],
            ["Block cycle at rated capacity", "80 s (45 blocks/h)", "55 s (65 blocks/h)"],
            ["Curd column height above the guillotine", "6.0 m", "7.5 m"],
            ["Curd held in the column at rated capacity", "about 670 kg", "about 830 kg"],
            ["Residence time in the column at rated capacity", "about 44 min", "about 38 min"],
            ["Tower overall height", "8.4 m", "9.9 m"],
            ["Cheddaring belt width, two tiers of 14 m", "1.2 m", "1.6 m"],
            ["Cheddaring time, settable", "60-150 min", "60-150 min"],
            ["Curd mill, twin roll", "3.0 kW", "4.0 kW"],
            ["Dry salter, salt rate settable", "1.5-3.5 % of curd mass", "1.5-3.5 % of curd mass"],
            ["Salt hopper", "100 kg", "150 kg"],
            ["Column vacuum", "-0.85 bar ±0.05 bar", "-0.85 bar ±0.05 bar"],
            ["Vacuum pump, liquid ring", "5.5 kW, 160 m³/h", "7.5 kW, 250 m³/h"],
            ["Seal water for the vacuum pump, at least", "6 L/min", "9 L/min"],
            ["Hydraulic unit (guillotine, platform, ejector)", "4.0 kW, 120 bar", "5.5 kW, 130 bar"],
            ["Hydraulic oil HLP 46, tank", "60 L", "80 L"],
            ["Compressed air 6 bar", "300 NL/min", "420 NL/min"],
            ["Installed power, 400 V 3~ 50 Hz", "22 kW", "30 kW"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The block cycle and the residence time hold at the rated capacity with curd of about 1045 kg/m³ in the "
        "column; at a lower curd flow the cycle and the residence time grow in proportion. The rated capacity itself "
        "holds for Cheddar-type curd milled at the cheddaring times above; Blockhaven gives no capacities for other "
        "cheese types such as Colby or washed curd.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the line; only trained fitters may work on the guillotine and the "
            "hydraulics.",
            "All guards of the mill, the salter and the block outlet are interlocked. Never bridge an interlock.",
            "The tower top platform is reached by the fixed ladder with a cage. Use a harness where the site's rules "
            "require it, and never open the infeed cyclone while the vacuum is on.",
            "Wear cut-resistant gloves when handling the guillotine blade or the mill knives.",
            "Release the vacuum before opening any inspection port of the column: a port opened under vacuum can "
            "trap a hand.",
        ],
    ),
    ("h", "3. Line settings and limits"),
    (
        "cols",
        [
            ("h", "Cheddaring"),
            (
                "p",
                "Set the cheddaring time in the recipe; the belt speed follows from it: belt speed (m/min) = 28 m / "
                "cheddaring time (min). The slab is turned over once at the transfer between the two tiers. The curd "
                "must reach the mill at the milling acidity of the site's recipe; the line does not measure pH.",
            ),
            ("h", "Milling and salting"),
            (
                "p",
                "The dry salter doses salt in proportion to the curd weighed on the belt scale: salt flow (kg/h) = "
                "curd flow (kg/h) x salt rate (%) / 100. Example: 900 kg/h at 2.5 % needs 22.5 kg/h of salt. The "
                "dosing accuracy is ±2 % of the salt flow setpoint only when the curd flow is at least 50 % of the "
                "rated capacity; below that it is not specified. Use fine vacuum salt of 0.2-0.8 mm grain only.",
            ),
            ("h", "Curd temperature"),
            (
                "p",
                "Curd entering the tower should be at 28-33 °C. Warmer curd leaks fat and gives slumped blocks; "
                "cooler curd fuses poorly and leaves mechanical openness.",
            ),
            ("h", "Column level"),
            (
                "p",
                "The infeed holds the curd level in the column between 85 % and 95 % of the column height. Below "
                "70 % the guillotine stops cutting (B04) until the level has recovered.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "The column runs at -0.85 bar ±0.05 bar. A vacuum weaker than -0.75 bar for more than 60 s stops the "
                "cutting (B05). Blocks formed under weak vacuum show mechanical openness. The whey and air drawn off "
                "pass a whey separator, which empties itself every 10 min.",
            ),
            ("h", "Block height and mass"),
            (
                "p",
                "The block height is the stroke of the block platform, 180 mm for a 20 kg block. Block mass (kg) = "
                "0.1064 m² x height (m) x curd density (kg/m³). One millimetre of height changes the block mass by "
                "about 0.11 kg. Adjust the height in steps of 1 mm, and no more than 3 mm between two checks. "
                "Reject limits are set in the checkweigher, not in the tower.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            ["B02", "Guard open", "Mill, salter or block outlet guard open."],
            ["B03", "Mill motor overload", "Slab too thick or a foreign body in the mill. Lock out before clearing."],
            ["B04", "Column level low", "Level below 70 %: infeed interrupted or curd bridging in the column."],
            [
                "B05",
                "Vacuum low",
                "Weaker than -0.75 bar for 60 s: seal water missing, inspection port leaking or whey separator full.",
            ],
            ["B06", "Guillotine position", "Guillotine not closed or not open within 3 s. Check the proximity switch."],
            ["B08", "Hydraulic oil hot", "Oil above 60 °C: cooler fouled or oil level low."],
            ["B09", "Salt hopper empty", "Refill with fine vacuum salt. The line stops after 2 min."],
            ["B10", "Belt scale", "Reading out of range or zero not set after cleaning. Zero the scale empty."],
            ["B11", "Ejector not home", "Ejector did not return: a block jammed in the outlet."],
            ["B12", "Service due", "2000 h or 12 months since the last service. The line still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Blocks full of small holes (mechanical openness)",
                "Vacuum weak, curd too cold, or the column level running low",
                "Check the vacuum and the seal water; keep the curd at 28-33 °C",
            ],
            [
                "Blocks slumped, fat on the bag",
                "Curd too warm, or a long residence time at a low curd flow",
                "Cool the curd; run nearer the rated capacity",
            ],
            [
                "Block mass varies by more than 0.3 kg",
                "Column level varying, or the curd density changing",
                "Keep the level between 85 % and 95 %; check the infeed",
            ],
            [
                "B04 although the infeed is running",
                "Curd bridging in the column",
                "Check the curd temperature and the salt rate; tap the column with the rubber mallet only",
            ],
            [
                "Blocks with a torn or ragged bottom face",
                "Guillotine blade blunt or nicked, or the gap to the counterplate too large",
                "Check the blade; set the gap to 0.3-0.5 mm (section 7)",
            ],
            [
                "Salt pockets or unsalted curd in the blocks",
                "Curd flow below 50 % of rated, or damp salt",
                "Run at a higher curd flow; keep the salt dry",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the CIP of the line has finished and the tower has drained.",
            "Zero the belt scale with the belt empty (SERVICE > SCALE > ZERO).",
            "Fill the salt hopper and select the recipe.",
            "Switch on the vacuum pump seal water and check the flow: at least 6 L/min (BT-9) or 9 L/min (BT-13).",
            "Start the hydraulic unit and let the oil run for 5 min.",
            "Start the cheddaring belt; the first curd reaches the mill after the set cheddaring time.",
            "Start the mill, the salter and the tower infeed. The vacuum starts when the column level passes 50 %.",
            "Cutting starts automatically when the level reaches 85 % and the vacuum is at -0.80 bar or stronger.",
            "Weigh the first five blocks on the checkweigher and correct the block height if needed.",
        ],
    ),
    ("h", "7. Replacing the guillotine blade"),
    (
        "ol",
        [
            "Empty the column with the EMPTY programme and release the vacuum.",
            "Stop the line and lock out the main switch and the hydraulic unit.",
            "Open the manual release valve; the hydraulic gauge must read 0 bar.",
            "Insert the red locking pin into the guillotine carriage.",
            "Remove the side cover of the guillotine (six M8 screws).",
            "Put on cut-resistant gloves. Remove the eight M10 blade screws and slide the blade out with the blade "
            "holder tool BLH-HT-01.",
            "Clean the blade seat and check the PTFE guide strips; replace them when thinner than 4 mm.",
            "Fit the new blade (BLH-GB-9 or BLH-GB-13) with the bevel facing down and new locking washers; tighten "
            "the screws to 45 Nm.",
            "Check the gap between the blade and the counterplate with a feeler gauge: 0.3-0.5 mm over the full "
            "width.",
            "Refit the side cover, remove the locking pin and close the release valve.",
            "Run five empty cuts in manual mode and watch the blade travel.",
            "Clean the guillotine area with the next CIP before production starts.",
        ],
    ),
    ("h", "8. Changing the cheddaring time during production"),
    (
        "ol",
        [
            "Enter the new time in the recipe; the new belt speed is shown.",
            "Confirm with OK. The belt changes speed over 2 min so the slab does not tear.",
            "Expect a gap or a heap of curd at the mill for one cheddaring time; watch the column level.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every production day", "CIP of the tower, belts and salter with the site's CIP programme; check the seal water flow"],
            ["Weekly", "Check the guillotine blade for nicks; check the belt tracking and the belt scrapers"],
            ["Every 500 h", "Check the hydraulic oil level and the filter indicator"],
            [
                "Every 2000 h or 12 months, whichever comes first (B12)",
                "Change the hydraulic oil and filter; replace the guillotine blade; Blockhaven service",
            ],
            ["Every 6 months", "Replace the belt scrapers; check the mill knives"],
            [
                "Every 3 years",
                "Replace the perforated liner sections of the column (Blockhaven service only, not described here)",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BT-9", "BT-13"],
            ["Guillotine blade", "BLH-GB-9", "BLH-GB-13"],
            ["PTFE guide strip set", "BLH-GS-9", "BLH-GS-13"],
            ["Belt scraper", "BLH-BS-12", "BLH-BS-16"],
            ["Mill knife set", "BLH-MK-30", "BLH-MK-40"],
            ["Vacuum pump mechanical seal", "BLH-VS-55", "BLH-VS-75"],
            ["Hydraulic filter element", "BLH-HF-10", "BLH-HF-10"],
            ["Column liner section (Blockhaven service)", "BLH-CL-9", "BLH-CL-13"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cuplara CF cup fillers and sealers
CUPLARA = [
    ("title", "Cuplara CF Cup Filling and Sealing Machines\nOperation and Maintenance - CF-4 and CF-6"),
    (
        "p",
        "Document CPL-OM-CF-07, Edition 1, October 2024. Cuplara Packaging. The CF-4 and CF-6 are linear machines "
        "with intermittent motion that denest preformed polypropylene (PP) or polystyrene (PS) cups, fill them with "
        "yoghurt, desserts or fresh cheese, seal them with pre-cut aluminium lids, print the date code and push them "
        "out to the case packer. The CF-4 works with four lanes and the CF-6 with six; apart from the lane count, "
        "the sealing force, the power and the items shown for each model they are built alike. Cups of 75 mm and "
        "95 mm rim diameter are run with the matching format parts. Cups, lids and their sealing lacquer are "
        "specified by their makers; the shelf life and the content of the date code are decided by the site's "
        "quality department.",
    ),
    (
        "warn",
        "WARNING: The sealing dies run at up to 230 °C and close with up to 9.6 kN. Never reach into the sealing "
        "station unless the machine is stopped and the guard locks are released. Let the dies cool below 50 °C "
        "before touching them; this takes about 40 min.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CF-4", "CF-6"],
            ["Lanes", "4", "6"],
            ["Strokes per minute, 75 mm cups (100-180 mL)", "up to 30", "up to 30"],
            ["Output, 75 mm cups", "7200 cups/h", "10 800 cups/h"],
            ["Strokes per minute, 95 mm cups (250-500 mL)", "up to 20", "up to 20"],
            ["Output, 95 mm cups", "4800 cups/h", "7200 cups/h"],
            ["Fill volume range", "50-500 mL", "50-500 mL"],
            ["Dosing", "piston filler per lane", "piston filler per lane"],
            ["Product hopper", "60 L", "90 L"],
            ["Sealing temperature, settable", "160-230 °C", "160-230 °C"],
            ["Sealing force, all lanes together (1.6 kN per cup)", "6.4 kN", "9.6 kN"],
            ["Sealing time, settable", "0.4-1.2 s", "0.4-1.2 s"],
            ["Lid magazine, per lane", "1200 lids", "1200 lids"],
            ["UV-C lamps for cups and lids", "4 x 40 W", "6 x 40 W"],
            ["Sterile air over the filling zone, HEPA H14", "600 m³/h", "900 m³/h"],
            ["Compressed air 6 bar, dry", "350 NL/min", "500 NL/min"],
            ["Installed power, 400 V 3~ 50 Hz", "12 kW", "16 kW"],
            ["Length x width", "5.2 x 1.3 m", "5.2 x 1.7 m"],
            ["Mass", "2400 kg", "3100 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The outputs hold only up to a sealing time of 0.6 s; a longer sealing time lowers the stroke rate. The "
        "filling accuracy is ±1 % of the fill volume for smooth stirred or set yoghurt at 4-25 °C and fill volumes "
        "of at least 100 mL. For products with fruit pieces up to 10 mm it is ±2 %. Larger pieces need the "
        "large-piece valve set from Cuplara, for which no accuracy is given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "All doors of the machine are locked while it runs. The guard locks release only when the chain has "
            "stopped.",
            "UV-C light harms eyes and skin. The lamps switch off when a door opens; never bridge the door switches "
            "of the UV tunnel.",
            "Wear heat-resistant gloves for any work near the sealing dies, even after cooling.",
            "Lock out the main switch and the air supply before changing format parts.",
            "Use only the cleaning agents named in the site's cleaning plan; chlorinated agents attack the "
            "anodised format parts.",
        ],
    ),
    ("h", "3. Format and sealing settings"),
    (
        "cols",
        [
            ("h", "Sealing temperature"),
            (
                "p",
                "Default 200 °C for PP cups with heat-seal lacquered aluminium lids; for PS cups start at 185 °C. "
                "The lid maker's sealing window takes precedence over these values. Each lane has its own die "
                "heater and sensor; in production each die stays within ±3 °C of the setpoint. A die more than 8 °C "
                "off its setpoint stops the sealing (M05).",
            ),
            ("h", "Sealing force and time"),
            (
                "p",
                "The force is 1.6 kN per cup on every format (CF-4 6.4 kN, CF-6 9.6 kN in total). Default sealing "
                "time 0.6 s. Never raise the force to make up for a low temperature: it cuts the lid at the cup rim.",
            ),
            ("h", "Fill volume"),
            (
                "p",
                "Fill volume (mL) = target mass (g) / product density (g/mL). Example: 125 g of stirred yoghurt of "
                "1.04 g/mL needs 120.2 mL. Set the suck-back to 2-4 mm of piston travel so the nozzle does not "
                "drip; more than 4 mm draws air into the nozzle and gives bubbles in the cup.",
            ),
            ("h", "Clean flanges"),
            (
                "p",
                "The cup flange must be dry and clean when it reaches the sealing station. Product on the flange is "
                "the most common cause of weak seals.",
            ),
            ("h", "Seal check"),
            (
                "p",
                "Check one cup per lane at least every 2 h and after every format change or lid reel change: the lid "
                "must peel in one piece without tearing, and a cup squeezed by hand must not leak. The site's "
                "quality plan may ask for more checks; Cuplara gives no peel force values.",
            ),
            ("h", "UV-C"),
            (
                "p",
                "The lamps switch on 5 min before the first cup. Replace them after 8000 h or when the UV sensor "
                "shows less than 70 % of its value with new lamps, whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            ["M02", "Guard open", "A door or guard open, or a guard lock not engaged."],
            ["M03", "No cup", "Cup magazine empty, or cups stuck in the denester."],
            ["M04", "No lid", "Lid magazine empty, or a lid not picked by the vacuum picker."],
            ["M05", "Sealing temperature", "A die more than 8 °C from its setpoint. Sealing stops, the chain stops."],
            ["M06", "Sealing force", "Force not reached: air pressure below 5.5 bar."],
            ["M07", "Hopper low", "Product hopper below 20 %. Filling stops below 10 %."],
            ["M08", "Hopper high", "Product hopper above 95 %: the supply valve did not close."],
            ["M09", "UV-C", "A lamp failed, or the UV sensor reads less than 70 % of its new value."],
            ["M10", "Sterile air", "HEPA filter differential pressure above 450 Pa, or the fan stopped."],
            ["M12", "Date coder", "Date coder not ready, ribbon or ink empty."],
            ["M13", "Outfeed jam", "Cups backed up at the outfeed; the case packer has stopped."],
            ["M14", "Servo drive", "Chain or filler servo fault. Note the drive code and call Cuplara service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lids peel off easily on one lane only",
                "The die of that lane damaged or its heater weak, or that lane's cup support worn",
                "Compare the die temperature of that lane; check the die face and the support",
            ],
            [
                "Weak seals or wrinkled lids on all lanes",
                "Temperature too low for the lid batch, or force low because of low air pressure",
                "Check M05 and M06; check the lid batch against the lid maker's window",
            ],
            [
                "Product on the cup flange, seals failing",
                "Suck-back too short, nozzle valve worn, or product too warm",
                "Set the suck-back to 2-4 mm; replace the nozzle valve",
            ],
            [
                "Bubbles in the cups, fill weights low",
                "Suck-back more than 4 mm, or hopper level very low",
                "Reduce the suck-back; keep the hopper above 20 %",
            ],
            [
                "Two cups drop at once or none",
                "Cups nested too tightly, denester knives set wrongly, or static",
                "Check the cup stack height and the knife setting",
            ],
            [
                "Two lids picked at once",
                "Lids not fanned before loading, or the magazine overfilled",
                "Fan the lids; load no more than 1200 per lane",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the CIP of the filler and the hopper has finished and the panel shows CLEAN.",
            "Switch on the sterile air fan and the UV-C lamps; wait 5 min.",
            "Select the recipe; the dies heat to the setpoint (about 20 min from cold).",
            "Load the cup and lid magazines.",
            "Open the product valve and let the hopper fill to above 50 %.",
            "Run ten strokes into the reject box and check the fill of each lane.",
            "Check the seal of one cup per lane.",
            "Switch to AUTO.",
        ],
    ),
    ("h", "7. Format change from 75 mm to 95 mm cups"),
    (
        "ol",
        [
            "Run the machine empty and stop it. Let the dies cool below 50 °C (about 40 min) or work with "
            "heat-resistant gloves.",
            "Select FORMAT > 95 on the panel; the chain moves to the change position.",
            "Lock out the main switch and the air supply.",
            "Change the cup plates on the chain; each lane plate sits on two quick-release pins.",
            "Change the denester magazines and set the denester knives to the 95 mm stop.",
            "Change the lid magazines and the vacuum lid pickers.",
            "Change the sealing dies (four M6 screws each) and tighten them to 8 Nm.",
            "Change the filling nozzles to the 95 mm nozzles.",
            "Switch on and select the 95 mm recipe; the stroke rate is limited to 20 per minute.",
            "Run three strokes without product and check that the cups sit centred under the nozzles and the dies.",
            "Check the fill volume (section 8) and the seal of one cup per lane before production.",
        ],
    ),
    ("h", "8. Checking the fill volume"),
    (
        "ol",
        [
            "Run ten strokes into the reject box in MANUAL with product.",
            "Weigh ten filled cups of each lane on a scale reading to 0.1 g and subtract the mean tare of ten empty "
            "cups with lids.",
            "Divide the mean net mass by the product density to get the mean fill volume.",
            "Adjust the piston stroke of a lane whose mean is off by more than 0.5 % of the target.",
            "Repeat until every lane is within 0.5 % of the target.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every production day", "CIP of the filler with the site's programme; clean the dies and cup plates"],
            ["Weekly", "Check the piston seals and nozzle valves; check the lid picker suction cups"],
            [
                "8000 h, or UV sensor below 70 % of its new value, whichever comes first",
                "Replace the UV-C lamps",
            ],
            ["2000 h", "Replace the piston seals; check the chain tension"],
            [
                "HEPA filter differential pressure above 450 Pa (M10), or 2 years",
                "Replace the HEPA filter; integrity test by Cuplara service",
            ],
            ["12 months", "Cuplara service: servo drives, chain, sealing cylinders"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CF-4", "CF-6"],
            ["Sealing die 75 mm, one lane", "CPL-SD-75", "CPL-SD-75"],
            ["Sealing die 95 mm, one lane", "CPL-SD-95", "CPL-SD-95"],
            ["Piston seal kit, all lanes", "CPL-PS-4", "CPL-PS-6"],
            ["Nozzle valve 75 mm / 95 mm", "CPL-NV-75 / CPL-NV-95", "CPL-NV-75 / CPL-NV-95"],
            ["UV-C lamp 40 W", "CPL-UV-40", "CPL-UV-40"],
            ["HEPA filter H14", "CPL-HF-600", "CPL-HF-900"],
            ["Lid picker suction cup (10)", "CPL-SC-20", "CPL-SC-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fructavo FD-25 inline fruit dosing unit
FRUCTAVO = [
    ("title", "Fructavo FD-25 Inline Fruit Dosing Unit\nOperation and Maintenance"),
    (
        "p",
        "Document FRV-OM-FD25-01, Edition 2, February 2025. Fructavo Dosing Systems. The FD-25 adds fruit "
        "preparation, sauces or flavour syrups to a flowing stream of stirred yoghurt (the base) between the buffer "
        "tank and the filling machine. A rotary lobe pump with a servo drive doses the fruit preparation in "
        "proportion to the base flow measured by a magnetic flowmeter, and a static mixer downstream spreads it "
        "through the product. The preparation comes from 1000 L aseptic bags in boxes (bag-in-box) or from a site "
        "tank. The buffer tank, the base pump and the filler are not part of the FD-25. The fruit preparations and "
        "their specification (brix, viscosity, piece size, storage) are the preparation maker's.",
    ),
    (
        "warn",
        "WARNING: During sterilisation (SIP) the pump head, the valves and the mixer reach 125 °C. Do not touch "
        "them and do not open any joint until the unit has cooled below 40 °C. Never open the pump cover with the "
        "servo enabled: the lobes can start without warning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FD-25"],
            ["Base flow range", "2-12 m³/h"],
            ["Dosing ratio, settable, share of the finished product", "3-25 %"],
            ["Fruit pump", "rotary lobe, 0.104 L/rev, 16-400 rpm"],
            ["Fruit flow range", "100-2500 L/h"],
            ["Servo motor", "1.5 kW"],
            ["Largest fruit piece, standard rotors FRV-RT-104", "10 mm cubes"],
            ["Dosing accuracy (conditions in the note below)", "±1 % of the set ratio"],
            ["Fruit preparation temperature", "4-20 °C"],
            ["Fruit preparation viscosity", "500-20 000 mPa s"],
            ["Static mixer", "DN 50, 12 elements"],
            ["Pressure loss of the mixer at 10 m³/h total flow", "0.6 bar"],
            ["Base line connections", "DN 50"],
            ["Maximum line pressure", "10 bar"],
            ["Sterilisation (SIP)", "steam 125 °C ±2 °C, at least 30 min"],
            ["Steam barrier on the pump shaft seals", "0.2-0.5 bar"],
            ["Compressed air 6 bar", "50 NL/min"],
            ["Installed power, 400 V 3~ 50 Hz", "4 kW"],
            ["Mass", "380 kg"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The dosing accuracy of ±1 % of the set ratio (so 15 % ±0.15 %) holds only with a steady base flow of at "
        "least 3 m³/h, a fruit preparation at 4-20 °C of 500-20 000 mPa s with pieces up to 10 mm, and after a pump "
        "calibration (section 8) with the preparation in use. For chocolate or caramel sauces, for cereal or "
        "biscuit inclusions and below 3 m³/h base flow the accuracy is not specified.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the unit; only fitters trained by Fructavo may open the lobe pump.",
            "Lock out the servo and close the steam valve before any work on the pump or the valves.",
            "Wear heat-resistant gloves and a face shield when connecting or disconnecting steam lines.",
            "Move bag-in-box containers only with a forklift or a pallet truck; a full container weighs about "
            "1100 kg.",
            "The unit is not designed for products with alcohol content or for cleaning agents other than those "
            "in the site's CIP programme.",
        ],
    ),
    ("page",),
    ("h", "3. Ratio control and limits"),
    (
        "cols",
        [
            ("h", "The ratio"),
            (
                "p",
                "The ratio R is the share of fruit preparation in the finished product, in percent by volume. The "
                "controller sets the fruit flow from the measured base flow: fruit flow (L/h) = base flow (L/h) x R "
                "/ (100 - R). Example: a base flow of 6000 L/h at R = 15 % needs 6000 x 15 / 85 = 1059 L/h of fruit "
                "preparation, and the finished product flow is 7059 L/h.",
            ),
            ("h", "Upper limit"),
            (
                "p",
                "The fruit flow must not exceed 2500 L/h. At high ratios the base flow must therefore be limited: "
                "highest base flow (L/h) = 2500 x (100 - R) / R. At R = 25 % this is 7500 L/h, at R = 20 % "
                "10 000 L/h. If the set values need more than 2500 L/h the controller shows D06 and does not start.",
            ),
            ("h", "Lower limit"),
            (
                "p",
                "Below 100 L/h the lobe pump does not dose steadily: lowest base flow (L/h) = 100 x (100 - R) / R. "
                "At R = 3 % this is 3233 L/h.",
            ),
            ("h", "Pump speed and pieces"),
            (
                "p",
                "Pieces are handled gently up to 250 rpm. Above 250 rpm pieces larger than 5 mm are increasingly "
                "crushed, so for pieces over 5 mm keep the pump at or below 250 rpm, that is 1560 L/h.",
            ),
            ("h", "Ratio deviation"),
            (
                "p",
                "A deviation of more than 3 % of the set ratio for more than 10 s gives the warning D04. More than "
                "8 % for 5 s gives D05: the controller signals the filler to divert the product to the reject line. "
                "Diverted product is handled under the site's rework rules.",
            ),
            ("h", "Injection pressure"),
            (
                "p",
                "The fruit pump discharge must be at least 0.5 bar above the base line pressure at the injection "
                "point; the non-return valve there opens at 0.3 bar.",
            ),
            ("h", "Sterilisation"),
            (
                "p",
                "Steam at 125 °C ±2 °C measured at the coldest point, the drain of the static mixer, held at least "
                "30 min. If the temperature falls below 123 °C during the hold, the timer starts again (D10). Cool "
                "with sterile air to below 40 °C before dosing.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it, then press RESET."],
            ["D02", "Servo drive", "Drive fault or overload. Check for a blocked rotor before resetting."],
            ["D03", "Base flow signal", "Flowmeter signal lost or pipe empty. Dosing stops."],
            ["D04", "Ratio deviation", "More than 3 % off the set ratio for more than 10 s."],
            ["D05", "Ratio stop", "More than 8 % off for 5 s. Product diverted."],
            ["D06", "Out of range", "Set values need a fruit flow above 2500 L/h or below 100 L/h."],
            [
                "D07",
                "Inlet pressure low",
                "Pump inlet below -0.4 bar: container empty, bag folded over the outlet, or preparation too cold "
                "and thick.",
            ],
            ["D08", "Discharge pressure high", "Above 10 bar: injection valve closed or mixer blocked."],
            ["D10", "SIP temperature", "Below 123 °C during the hold; the hold timer restarts."],
            ["D11", "Steam barrier", "Barrier pressure below 0.2 bar. Dosing is not allowed."],
            ["D12", "Calibration due", "500 h since the last calibration, or a new preparation selected."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fruit share varies a lot when the line runs slowly",
                "Base flow below 3 m³/h, or fruit flow below 100 L/h",
                "Run the base at 3 m³/h or more",
            ],
            [
                "Fruit pieces crushed, product looks like puree",
                "Pump above 250 rpm, worn rotors, or the wrong rotors",
                "Keep the pump at or below 250 rpm; check the rotors",
            ],
            [
                "Streaks of fruit in the cups",
                "Static mixer fouled or elements missing after cleaning",
                "Check that all 12 elements are fitted",
            ],
            [
                "Too little fruit in the cups though the ratio reads right",
                "Calibration out of date, preparation changed, or air in the suction line",
                "Calibrate the pump (section 8)",
            ],
            [
                "D07 long before the container is empty",
                "Bag folded over the outlet, or preparation below 4 °C",
                "Lift the bag corner; store the preparation warmer",
            ],
            [
                "Fruit found in the base buffer tank",
                "Non-return valve at the injection point leaking",
                "Replace the valve seal (FRV-NV-50)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting dosing"),
    (
        "ol",
        [
            "Check that the SIP has finished and the unit has cooled below 40 °C.",
            "Check that the steam barrier pressure reads 0.2-0.5 bar.",
            "Connect the container and open its valve; vent the suction line until preparation comes out.",
            "Select the recipe; check the ratio and the preparation shown.",
            "Start the base flow from the buffer tank.",
            "Press DOSE. The pump follows the base flow after 5 s.",
            "Take a sample at the filler after 2 min and check the fruit share against the recipe.",
        ],
    ),
    ("h", "7. Changing the bag-in-box container"),
    (
        "ol",
        [
            "When D07 shows or the container reads empty, press PAUSE; the base flow keeps running only if the "
            "recipe allows plain product.",
            "Close the container valve and the suction valve.",
            "Spray the connector with the site's sanitiser and disconnect it.",
            "Place the new container, spray its connector and connect it.",
            "Open the valves and vent the suction line.",
            "Press DOSE.",
        ],
    ),
    ("h", "8. Calibrating the fruit pump"),
    (
        "ol",
        [
            "Fill the pump and the lines with the preparation to be used.",
            "Connect the calibration hose FRV-CH-25 to the sample valve upstream of the injection point and close "
            "the injection valve.",
            "Place a clean bucket of at least 20 L on a scale reading to 10 g and tare it.",
            "Select SERVICE > CALIBRATE. The pump runs at 150 rpm for 60 s.",
            "Weigh the bucket and divide the mass (kg) by the preparation density (kg/L) to get the volume.",
            "Enter the volume; the controller computes the litres per revolution, about 15.6 L at 150 rpm.",
            "The result must lie within ±5 % of the nominal 0.104 L/rev, that is 0.099-0.109 L/rev. Outside this "
            "band do not accept it: check the rotors for wear and the suction line for air.",
            "Repeat the run once; the two results must agree within 1 %.",
            "Remove the hose, open the injection valve and clean the sample valve as the site's hygiene plan says.",
            "Calibrate again after every change of preparation, every 500 h (D12) and after a rotor change.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every production day", "CIP with the site's programme, then SIP before the next production"],
            ["Weekly", "Check the steam barrier and the pump for leaks; check the mixer elements"],
            ["500 h, or a new preparation", "Calibrate the fruit pump (section 8)"],
            [
                "2000 h",
                "Replace the lobe pump shaft seals (Fructavo service; seal kit FRV-SK-104)",
            ],
            ["12 months", "Check the base flowmeter against a reference (site's measuring equipment plan)"],
            ["3 years or when calibration falls outside 0.099 L/rev", "Replace the rotors"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Rotor pair, standard", "FRV-RT-104"],
            ["Rotor pair for pieces up to 20 mm (fitted by Fructavo service)", "FRV-LR-20"],
            ["Shaft seal kit, lobe pump", "FRV-SK-104"],
            ["Non-return valve and seal, injection point", "FRV-NV-50"],
            ["Static mixer element set (12)", "FRV-SM-12"],
            ["Gasket set DN 50", "FRV-GS-50"],
            ["Calibration hose", "FRV-CH-25"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("draymoor-rs-milk-tanker-reception-skid.pdf", "Draymoor DRM-OM-RS-04 Ed 3 - RS-30 / RS-60", DRAYMOOR),
        ("blockhaven-bt-cheddaring-and-block-former-tower.pdf", "Blockhaven BLH-OM-BT-02 Ed 2 - BT-9 / BT-13", BLOCKHAVEN),
        ("cuplara-cf-yoghurt-cup-filler-sealer.pdf", "Cuplara CPL-OM-CF-07 Ed 1 - CF-4 / CF-6", CUPLARA),
        ("fructavo-fd25-inline-fruit-dosing-unit.pdf", "Fructavo FRV-OM-FD25-01 Ed 2 - FD-25", FRUCTAVO),
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
