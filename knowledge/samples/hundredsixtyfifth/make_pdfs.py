"""Generate the PDF manuals of the hundred-and-sixty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set165-scratch/venv && /tmp/set165-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set165-scratch/venv/bin/python knowledge/samples/hundredsixtyfifth/make_pdfs.py

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


# ---------------------------------------------------------------- Effervo CC carbo-coolers
EFFERVO = [
    ("title", "Effervo CC Carbo-Coolers\nOperation and Maintenance Manual - CC-6 and CC-12"),
    (
        "p",
        "Document EFV-OM-CC-04, Edition 3, March 2025. Effervo Beverage Systems. The CC-6 and CC-12 cool and "
        "carbonate a still beverage (a finished premix of syrup and water, or treated water) and hold it under CO2 "
        "pressure for the filler. The product is cooled in a two-section plate cooler with propylene glycol, CO2 is "
        "injected inline through a sintered stainless steel sparger, and the carbonated product settles in the "
        "carbonation tank, which feeds the filler. Apart from the capacity, the plate cooler, the tank, the pump and "
        "the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The CC does not blend or deaerate. The syrup proportioner upstream sets the Brix and the water deaerator "
        "sets the residual oxygen; their settings are in their own manuals. The glycol chiller belongs to the site's "
        "refrigeration plant and is looked after by the site's refrigeration contractor. The carbonation and "
        "temperature targets of each product are the customer's recipe; this manual only tells you how to reach them.",
    ),
    (
        "warn",
        "WARNING: CO2 is heavier than air and can collect in pits, drains and low rooms. Never enter the carbonation "
        "tank or a pit below the CC before the air has been tested. The tank is a pressure vessel: never open a "
        "manway, a sight glass or a pipe union while the tank gauge shows any pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CC-6", "CC-12"],
            ["Nominal product flow (product in at 18 °C, out at 3 °C, glycol at -3 °C)", "6 m³/h", "12 m³/h"],
            ["Minimum product flow", "2.5 m³/h", "5 m³/h"],
            ["Carbonation range", "2.0-8.5 g/L", "2.0-9.5 g/L"],
            ["Product outlet temperature, setting range", "1.5-8.0 °C", "1.5-8.0 °C"],
            ["Plate cooler heat transfer area", "14 m²", "26 m²"],
            ["Cooling duty at nominal flow, 15 K drop", "about 105 kW", "about 210 kW"],
            ["Glycol (propylene glycol 30 %), supply temperature", "-4 to -2 °C", "-4 to -2 °C"],
            ["Glycol flow", "9 m³/h", "18 m³/h"],
            ["Carbonation tank, total volume", "600 L", "1000 L"],
            ["Tank working pressure", "1.5-6.0 bar", "1.5-6.0 bar"],
            ["Tank design pressure", "8.0 bar", "8.0 bar"],
            ["Tank safety valve set pressure", "7.0 bar", "7.5 bar"],
            ["CO2 supply pressure at the CC inlet", "8-10 bar", "8-10 bar"],
            ["CO2 consumption at 8 g/L and nominal flow", "48 kg/h", "96 kg/h"],
            ["Product pump (frequency controlled)", "4.0 kW", "7.5 kW"],
            ["Product inlet pressure from the proportioner", "at least 1.0 bar", "at least 1.5 bar"],
            ["Connected load, 400 V 3~ 50 Hz", "9 kW", "15 kW"],
            ["Instrument air, 6 bar", "40 NL/min", "60 NL/min"],
            ["Mass, empty / in operation", "1450 kg / 2200 kg", "2300 kg / 3700 kg"],
            ["Product connections", "DN 50", "DN 65"],
        ],
        (96, 37, 37),
    ),
    (
        "p",
        "The nominal flow holds only for a product entering at 18 °C and leaving at 3 °C, with glycol supplied at "
        "-3 °C at the flow stated. A warmer product or warmer glycol lowers the flow the CC can cool; the CC then "
        "slows the pump and shows A05. Cooling duty (kW) = product flow (m³/h) x temperature drop (K) x 1.16. "
        "Example: 6 m³/h cooled from 18 °C to 3 °C needs 6 x 15 x 1.16 = 104.4 kW.",
    ),
    ("h", "2. Carbonation units and tank pressure"),
    (
        "p",
        "Effervo panels show carbonation in grams of CO2 per litre. Many recipes give it in volumes (vol). "
        "To convert: g/L = volumes x 1.96. Example: 4.0 vol x 1.96 = 7.84 g/L; enter 7.8 g/L. To convert back, "
        "divide by 1.96.",
    ),
    (
        "p",
        "The CO2 stays in solution only while the tank pressure is well above the saturation pressure of the "
        "product. The table gives the saturation pressure in bar (gauge) at the product outlet temperature.",
    ),
    (
        "table",
        [
            ["Product temperature", "6 g/L", "7 g/L", "8 g/L", "9 g/L"],
            ["2 °C", "0.9 bar", "1.2 bar", "1.6 bar", "1.9 bar"],
            ["4 °C", "1.1 bar", "1.4 bar", "1.7 bar", "2.1 bar"],
            ["6 °C", "1.2 bar", "1.6 bar", "1.9 bar", "2.3 bar"],
        ],
        (50, 30, 30, 30, 30),
    ),
    (
        "p",
        "Tank pressure setpoint = saturation pressure from the table + at least 1.0 bar. Example: 7 g/L at 2 °C: "
        "1.2 + 1.0 = 2.2 bar; set 2.2-2.5 bar. For levels between the columns, use the next higher column. Values "
        "for products warmer than 6 °C are not given here: run the product colder, or ask Effervo service for a "
        "setting. The filler's own counter-pressure is set as its manual says.",
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Outlet temperature"),
            (
                "p",
                "Never set the outlet below 1.5 °C. Water and sugar-free (diet) products freeze at a higher "
                "temperature than sugared ones: for them set at least 2.5 °C. A04 shows when the outlet is more "
                "than 1.5 °C above the setpoint for 60 s.",
            ),
            ("h", "Glycol"),
            (
                "p",
                "Glycol must reach the CC between -4 and -2 °C. Below -5 °C the glycol valve closes and A06 is "
                "shown, to stop the product freezing in the plates. Keep the glycol at 30 % propylene glycol; the "
                "site's refrigeration contractor checks its strength.",
            ),
            ("h", "Tank level"),
            (
                "p",
                "The inlet valve keeps the tank between 40 and 60 % full. At 85 % it closes (A09); below 15 % the "
                "filler supply signal drops (A08) and the filler waits.",
            ),
            ("h", "CO2 injection"),
            (
                "p",
                "The CO2 pressure before the sparger must be at least 1.5 bar above the product line pressure. "
                "With a supply below 7 bar, A07 is shown and the carbonation can no longer be held.",
            ),
            ("h", "Carbonation meter CM-2"),
            (
                "p",
                "The inline CM-2 reads ±0.1 g/L between 3 and 10 g/L and between 0 and 10 °C. Compare it weekly "
                "with a laboratory measurement; a difference of more than 0.15 g/L calls for the offset adjustment "
                "in section 9. A11 is shown when the reading stays more than 0.3 g/L from the setpoint for 2 min.",
            ),
            ("h", "Cleaning"),
            (
                "p",
                "The CC is cleaned by the site's CIP unit, which must deliver at least 15 m³/h (CC-6) or 25 m³/h "
                "(CC-12). Caustic up to 85 °C and acid up to 70 °C are allowed. Before hot caustic, push the CO2 "
                "out of the tank with air: caustic absorbs CO2 and can pull the tank into vacuum.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["A02", "Pump drive fault", "Overload or drive fault of the product pump. Read the drive display."],
            [
                "A03",
                "Inlet pressure low",
                "Below 1.0 bar (CC-6) or 1.5 bar (CC-12) for 10 s. Check the proportioner and the inlet strainer.",
            ],
            ["A04", "Outlet too warm", "More than 1.5 °C above setpoint for 60 s. Check the glycol and the plates."],
            ["A05", "Cooling limit", "Pump slowed because the plates cannot cool the full flow."],
            ["A06", "Glycol too cold", "Glycol below -5 °C, glycol valve closed. Tell the refrigeration contractor."],
            ["A07", "CO2 pressure low", "CO2 supply below 7 bar. Check the CO2 tank and the reducer."],
            ["A08", "Tank level low", "Below 15 %. Filler supply signal off until the level recovers."],
            ["A09", "Tank level high", "Above 85 %. Inlet valve closed."],
            ["A11", "Carbonation deviation", "More than 0.3 g/L from setpoint for 2 min."],
            ["A12", "Tank pressure high", "Above 6.5 bar. The safety valve opens at its set pressure."],
            ["A13", "Service due", "4000 running hours since the last Effervo service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Foaming at the filler, low fill heights",
                "Tank pressure below saturation + 1.0 bar for the carbonation and temperature, or product warmer "
                "than set",
                "Check the tank pressure against section 2; check the outlet temperature",
            ],
            [
                "Laboratory reads less CO2 than the CM-2 shows",
                "CM-2 offset drifted, or the sample was taken warm or shaken",
                "Take a new sample cold and still; then adjust the offset (section 9)",
            ],
            [
                "Outlet temperature creeps up over days",
                "Product side of the plates fouled with sugar, or the glycol strainer blocked",
                "Run CIP with acid; clean the glycol strainer",
            ],
            [
                "Pressure drop across the plate cooler above 1.2 bar at nominal flow (0.6 bar when new)",
                "Fouled plates, or ice on the product side after glycol below -5 °C",
                "Stop and let the plates thaw; check the glycol temperature",
            ],
            [
                "Carbonation swings up and down",
                "CO2 supply pressure unsteady or below 8 bar",
                "Check the CO2 reducer and the supply",
            ],
            [
                "Bang in the pipes when the filler stops",
                "Inlet valve closes too fast",
                "Set the closing ramp to at least 3 s",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the glycol reaches the CC at -4 to -2 °C and the CO2 supply shows 8-10 bar.",
            "Select the product recipe: carbonation (g/L) and outlet temperature.",
            "Press PURGE. The CC fills the empty tank with CO2 to 2 bar and vents it, three times.",
            "Set the tank pressure from section 2 for the recipe.",
            "Open the product inlet and press START. The first 200 L (CC-6) or 400 L (CC-12) go to drain.",
            "Wait until the CM-2 holds the setpoint within ±0.1 g/L for 3 min.",
            "Take a laboratory sample and check it against the recipe.",
            "Release the product to the filler (FILLER ENABLE).",
        ],
    ),
    ("h", "7. Changing to another carbonation level"),
    (
        "ol",
        [
            "Let the running product run the tank down to 20 %.",
            "Select the new recipe. The panel shows the new tank pressure.",
            "If the new level is lower, press VENT: the tank is vented to the new pressure over at least 2 min. "
            "Never vent faster; the product foams and the level probe reads wrong.",
            "If the new level is higher, the CC first raises the tank pressure to the new setpoint.",
            "Start the new product. Send the first 100 L to drain.",
            "Wait until the CM-2 holds the new setpoint within ±0.1 g/L for 3 min.",
            "Take a laboratory sample, then release the product to the filler.",
        ],
    ),
    ("h", "8. Draining and rinsing before CIP"),
    (
        "ol",
        [
            "Stop the product and let the filler take the tank down to 15 %.",
            "Close the CO2 supply valve.",
            "Push the remaining product to the filler or to drain with water.",
            "Vent the tank slowly to 0 bar, then blow it through with air for 5 min.",
            "Rinse with water at 20-40 °C until the outlet runs clear.",
            "Hand over to the site's CIP unit.",
        ],
    ),
    ("h", "9. Adjusting the CM-2 offset"),
    (
        "ol",
        [
            "Take a sample at the tank outlet valve into a cold bottle without shaking it.",
            "Measure it in the laboratory within 10 min.",
            "Open SETTINGS > CM-2 > OFFSET and enter the laboratory value.",
            "Check that the new reading agrees with the laboratory within 0.1 g/L.",
            "Write the date and the offset in the log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check for leaks and for frost on the glycol pipes; drain the CO2 filter bowl"],
            ["Weekly", "Compare the CM-2 with the laboratory (section 9)"],
            ["Monthly", "Clean the glycol strainer; check the sparger pressure difference"],
            [
                "6 months or 2000 h, whichever comes first",
                "Replace the CO2 sterile filter element (0.2 µm)",
            ],
            ["Yearly", "Safety valve test and vessel inspection, under the site's written scheme of examination"],
            ["4000 h (A13)", "Effervo service: pump mechanical seal, plate cooler gaskets, CM-2 check"],
            ["5 years, or at once if leaking", "Replace the plate cooler gaskets"],
        ],
        (60, 110),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Lead the safety valve and the vent line outside the building.",
            "A fixed CO2 monitor in the room is the site's; its alarm levels are set by the site's risk assessment.",
            "Wear glasses and gloves when handling glycol, caustic or acid.",
            "Lock off the pump and close the CO2 supply before working on the product pipework.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "CC-6", "CC-12"],
            ["Sparger element", "EFV-SP-06", "EFV-SP-12"],
            ["CO2 sterile filter element 0.2 µm", "EFV-CF-02", "EFV-CF-02"],
            ["Tank safety valve", "EFV-SV-70", "EFV-SV-75"],
            ["Pump mechanical seal kit", "EFV-MS-40", "EFV-MS-75"],
            ["Plate cooler gasket set", "EFV-PG-14", "EFV-PG-26"],
            ["CM-2 sensor", "EFV-CM2-S", "EFV-CM2-S"],
            ["Tank level probe", "EFV-LP-600", "EFV-LP-1000"],
        ],
        (80, 45, 45),
    ),
]
# ---------------------------------------------------------------- Manchetta SL sleeve labellers
MANCHETTA = [
    ("title", "Manchetta SL Shrink Sleeve Labellers with Steam Tunnel\nOperating Manual - SL-18 and SL-30"),
    (
        "p",
        "Document MCH-OM-SL-11, Edition 2, June 2024. Manchetta Labelling Machines. The SL-18 and SL-30 cut "
        "printed shrink sleeves from a flat tubular film, open them over a mandrel and shoot them onto the bottles; "
        "a steam tunnel then shrinks the sleeves onto the bottle shape and a drying section blows off the "
        "condensate. Both models have two unwinders with automatic splice. Apart from the output, the format range, "
        "the cutting head and the tunnel, the two models are built alike.",
    ),
    (
        "p",
        "The steam supply up to the tunnel inlet valve, with its traps and safety valve, is the site's. Film "
        "properties (shrink curve, print, storage life) are the film supplier's. Mandrels are machined to each "
        "bottle by Manchetta from the bottle drawing; they are not made on site.",
    ),
    (
        "warn",
        "WARNING: The tunnel, its hood and the steam pipes run at up to 100 °C. Open the tunnel hood only after "
        "closing the steam valve and waiting 10 min. The cutting knives are razor sharp; never reach into the "
        "cutting head unless the machine is locked off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SL-18", "SL-30"],
            ["Maximum output (0.5 L bottle, 140 mm sleeve)", "18 000 bottles/h", "30 000 bottles/h"],
            ["Bottle diameter", "50-110 mm", "50-100 mm"],
            ["Bottle height", "120-350 mm", "120-330 mm"],
            ["Sleeve cut length", "30-260 mm", "30-240 mm"],
            ["Film lay-flat width", "60-180 mm", "60-165 mm"],
            ["Film thickness", "35-60 µm", "35-50 µm"],
            ["Film materials", "PETG, OPS", "PETG, OPS"],
            ["Reel outer diameter, on a 152 mm core", "up to 600 mm", "up to 800 mm"],
            ["Cutting head", "rotary, 4 blades", "rotary, 6 blades"],
            ["Cut length accuracy", "±0.5 mm", "±0.5 mm"],
            ["Steam tunnel length / steam zones", "2.0 m / 2 zones", "3.0 m / 3 zones"],
            ["Steam supply at the tunnel inlet, dry saturated", "3-6 bar", "3-6 bar"],
            ["Steam consumption at full output", "50 kg/h", "80 kg/h"],
            ["Compressed air, 6 bar", "250 NL/min", "350 NL/min"],
            ["Connected load, 400 V 3~ 50 Hz", "7.5 kW", "11 kW"],
            ["Mass, sleever / tunnel", "1400 kg / 450 kg", "1750 kg / 650 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Choosing the film"),
    (
        "p",
        "Lay-flat width (mm) = largest bottle diameter under the sleeve (mm) x 1.57 + 4 mm. Example: an 88 mm "
        "bottle: 88 x 1.57 = 138.2, + 4 = 142 mm lay-flat. A sleeve that is too wide wrinkles; one that is too "
        "narrow does not pass over the mandrel.",
    ),
    (
        "p",
        "The narrowest circumference under the sleeve must be at least 40 % (PETG) or 50 % (OPS) of the sleeve "
        "circumference, which is 2 x the lay-flat width. Example: a 142 mm lay-flat sleeve is 284 mm round; with "
        "PETG the narrowest point may be no less than 114 mm round (36 mm diameter), with OPS no less than 142 mm "
        "round (45 mm diameter). PVC and PLA films are not covered by this manual.",
    ),
    (
        "p",
        "Store film at no more than 30 °C and out of the sun. Bring each reel into the hall at least 24 h before "
        "use.",
    ),
    ("h", "3. Tunnel settings and operating limits"),
    (
        "cols",
        [
            ("h", "Zone pressures"),
            (
                "p",
                "Zone 1 (lower nozzles) shrinks the bottom edge first and anchors the sleeve: 0.2-0.4 bar. Zone 2 "
                "(body): 0.3-0.6 bar. Zone 3 (SL-30 only, neck and shoulder): 0.4-0.8 bar. On the SL-18 the upper "
                "nozzle bank of zone 2 does the shoulder; to shrink the shoulder harder, raise zone 2. OPS blushes "
                "(turns white) sooner than PETG: for OPS use the lower half of each range.",
            ),
            ("h", "Tunnel temperature"),
            (
                "p",
                "The tunnel air at bottle height must be 85-95 °C. Below 80 °C, S10 is shown and the infeed stops. "
                "Warm-up from cold takes about 15 min.",
            ),
            ("h", "Time in the tunnel"),
            (
                "p",
                "Each bottle needs at least 4 s (PETG) or 5 s (OPS) in the tunnel. Highest conveyor speed (m/min) = "
                "tunnel length (m) x 60 / time in the tunnel (s). Example: SL-30 with OPS: 3.0 x 60 / 5 = 36 m/min.",
            ),
            ("h", "Bottles"),
            (
                "p",
                "Bottles must enter dry and at 15 °C or warmer. Cold-filled bottles sweat and the sleeve sticks "
                "before it reaches its position: run them through the site's bottle warmer first. The infeed screw "
                "gives a gap of at least 20 mm between bottles.",
            ),
            ("h", "Sleeve position"),
            (
                "p",
                "The shooting belts place the sleeve within ±1 mm of the set height. S07 is shown when the sensor "
                "after the shooting belts finds no sleeve on a bottle; that bottle is rejected.",
            ),
            ("h", "Drying"),
            (
                "p",
                "The drying section blows air at 60-70 °C. Drops left under the sleeve come from wet steam: check "
                "the traps at the zone drains before raising the drying air.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop / guard open", "Close the guard or release the emergency stop, then RESET."],
            ["S02", "Film break or reel empty", "Load a reel (section 6) or rethread the film."],
            ["S03", "Splice failed", "The new reel was not taken over. Check the splice tape and the clamp."],
            ["S04", "Mark not found", "Registration mark missed on 3 sleeves in a row. Clean the photocell, teach the mark."],
            ["S05", "Cut length deviation", "More than 1.0 mm from the set length. Check the blades and the film drive."],
            ["S07", "No sleeve on bottle", "Sleeve not found after the shooting belts. Check the belts and the mandrel."],
            ["S08", "Infeed jam", "Bottle jam at the infeed screw. Clear it and check the screw format."],
            ["S09", "Steam pressure low", "Supply below 2.5 bar at the tunnel inlet. Check the site's steam."],
            ["S10", "Tunnel too cold", "Below 80 °C at bottle height. Wait or check the steam valve."],
            ["S11", "Knife counter", "2 million cuts since the last blade change. Replace the blades (section 8)."],
            ["S12", "Wrong mandrel", "The mandrel code does not match the format selected."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sleeves white or cloudy in patches after the tunnel",
                "Blushing: steam too strong or too wet, or OPS film run with PETG settings",
                "Lower the zone pressures; for OPS stay in the lower half of each range; check the traps",
            ],
            [
                "Wrinkles or smiles at the shoulder",
                "Too little steam on the shoulder, or lay-flat too wide",
                "SL-30: raise zone 3. SL-18: raise zone 2. Check the lay-flat (section 2)",
            ],
            [
                "Sleeve loose at the neck",
                "Upper nozzles set too low for the bottle",
                "Raise the upper nozzle bank to the neck height",
            ],
            [
                "Sleeve slides down before the tunnel",
                "Bottle wet or colder than 15 °C, or shooting belts too fast",
                "Dry or warm the bottles; check the belt speed",
            ],
            [
                "Ragged or uneven cut edges",
                "Worn blades or blade gap too large",
                "Replace the blades and set the gap (section 8)",
            ],
            [
                "Sleeve height varies from bottle to bottle",
                "Dirty registration photocell or faint print mark",
                "Clean the photocell and teach the mark again",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading a reel and splicing"),
    (
        "ol",
        [
            "Put the new reel on the free unwinder with the print facing the operator side.",
            "Push it onto the shaft until it stops and lock the core chuck.",
            "Pull about 1 m of film off and lay it in the splice clamp.",
            "Cut the film end square with the splice knife.",
            "Stick a 50 mm length of splice tape over the end, half on the film.",
            "Press ARM SPLICE. The splice is made when the running reel ends.",
            "After the splice, the first 5 sleeves are rejected by the machine.",
        ],
    ),
    ("h", "7. Changing the format"),
    (
        "ol",
        [
            "Run the machine empty and lock it off.",
            "Lift out the mandrel and put in the mandrel for the new bottle; check the code on it.",
            "Change the infeed screw and the starwheel parts.",
            "Select the new format on the panel. The cutting height and the belts move to the stored positions.",
            "Load the film for the new format (section 6).",
            "Set the tunnel nozzle heights from the format sheet.",
            "Run 20 bottles and check the sleeve height and the shrink.",
        ],
    ),
    ("h", "8. Replacing the knife blades"),
    (
        "ol",
        [
            "Lock off the machine and open the cutting head guard.",
            "Turn the knife drum by hand until the first blade faces you.",
            "Undo the four M4 screws and remove the blade. Wear cut-resistant gloves.",
            "Fit a new blade with the bevel facing the film feed and tighten the screws to 3 Nm.",
            "Repeat for every blade; always change the whole set.",
            "Set the gap between each blade and the anvil to 0.05 mm with a feeler gauge.",
            "Close the guard and reset the knife counter (SERVICE > KNIFE).",
            "Cut 20 sleeves and check that each length is within ±0.5 mm.",
        ],
    ),
    ("h", "9. Starting the steam tunnel"),
    (
        "ol",
        [
            "Open the condensate drains of each zone.",
            "Open the site's steam valve to the tunnel slowly, over about 1 min.",
            "Close the drains when dry steam comes out.",
            "Switch on the tunnel fans and wait until the tunnel reaches 85 °C.",
            "Set the zone pressures for the film (section 3).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the mandrel and the registration photocell; drain the zone condensate"],
            ["Weekly", "Check the shooting belts and the blades"],
            ["Monthly", "Clean the steam nozzles; check the traps"],
            [
                "2 million cuts (S11) or 6 months, whichever comes first",
                "Replace the blades (section 8)",
            ],
            ["2000 h", "Replace the shooting belts"],
            ["Yearly", "Manchetta service: servo drives and splice unit"],
        ],
        (70, 100),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Wear heat-resistant gloves at the tunnel and cut-resistant gloves at the knives.",
            "Never bypass the guard switches of the cutting head.",
            "The safety valve and the traps of the steam line are checked by the site.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "SL-18", "SL-30"],
            ["Knife blade set", "MCH-KB-4", "MCH-KB-6"],
            ["Shooting belt pair", "MCH-SB-18", "MCH-SB-30"],
            ["Steam nozzle", "MCH-SN-10", "MCH-SN-10"],
            ["Zone steam trap", "MCH-ST-15", "MCH-ST-15"],
            ["Registration photocell", "MCH-RP-2", "MCH-RP-2"],
            ["Splice tape, 50 mm roll", "MCH-TP-50", "MCH-TP-50"],
        ],
        (80, 45, 45),
    ),
]
# ---------------------------------------------------------------- Aerolisse AC air conveyor
AEROLISSE = [
    ("title", "Aerolisse AC-400 Neck-Guided Air Conveyor\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document ARL-IOM-AC400-07, Edition 1, January 2025. Aerolisse Conveying Systems. The AC-400 carries empty "
        "PET bottles from the blow moulder to the filler. The bottles hang by their neck support ring between two "
        "neck rails and are pushed along by air jets blown from a plenum through slots above the rails. Fans on the "
        "plenum, each with its own filter housing, supply the air. The conveyor is built from 3.0 m straight modules, "
        "curves and gates (diverters), and is supplied to the layout drawing of each line.",
    ),
    (
        "p",
        "The blow moulder outfeed starwheel and its timing, and the filler infeed, are in their own manuals. The room "
        "air the fans take in is the site's: its temperature, humidity and cleanliness are kept by the site's HVAC. "
        "Work on the fans other than the filters is for Aerolisse service.",
    ),
    (
        "warn",
        "WARNING: Fans keep running down for up to 2 min after a stop. Lock off the fan drive and wait until the "
        "fan has stopped before opening a filter housing or a plenum cover.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AC-400"],
            ["Containers", "PET bottles 0.20-2.0 L with a neck support ring"],
            ["Neck finishes (format table, section 3)", "26/22, PCO 1881 (28 mm), 29/25, 38 mm"],
            ["Bottle body diameter", "50-105 mm"],
            ["Maximum output", "60 000 bottles/h (0.5 L bottle, 65 mm body)"],
            ["Conveyor speed", "20-110 m/min"],
            ["Straight module length", "3.0 m"],
            ["Smallest curve radius", "1500 mm"],
            ["Largest slope", "2° for bottles up to 1.0 L, no more than 1° above 1.0 L"],
            ["Fan", "4.0 kW, frequency controlled, one fan for each 12 m of conveyor or less"],
            ["Plenum static pressure, normal running", "700-1400 Pa"],
            ["Air speed at the nozzle slots", "20-30 m/s"],
            ["Filters at each fan", "G4 panel prefilter and F7 bag filter"],
            ["Neck rails", "UHMW-PE wear strips, 6 mm thick, on stainless steel"],
            ["Gate actuators", "compressed air 6 bar, 20 NL/min"],
            ["Noise", "76 dB(A) at 1 m, fans at 80 % speed"],
            ["Ambient temperature", "5-40 °C"],
            ["Supply", "400 V 3~ 50 Hz"],
        ],
        (70, 100),
    ),
    ("h", "2. Conveyor speed"),
    (
        "p",
        "The air conveyor must move at least 20 % more bottles than the blow moulder makes, so that a gap opens "
        "behind each stop. Conveyor speed (m/min) = blow moulder output (bottles/h) x body diameter (mm) x 1.2 / "
        "60000. Example: 36 000 bottles/h of a 68 mm bottle: 36000 x 68 x 1.2 / 60000 = 48.96; set 49 m/min. "
        "Round up, never down.",
    ),
    ("h", "3. Neck rail format table"),
    (
        "p",
        "Rail gap = neck diameter under the support ring + 3 mm (±0.5 mm). The support ring must ride 1-2 mm above "
        "the top of the wear strips. Rail gaps for other neck finishes are given by Aerolisse on request.",
    ),
    (
        "table",
        [
            ["Neck finish", "Neck diameter under the ring", "Rail gap", "Handwheel counter"],
            ["26/22", "22.5 mm", "25.5 mm", "255"],
            ["PCO 1881, 28 mm", "24.9 mm", "27.9 mm", "279"],
            ["29/25", "25.6 mm", "28.6 mm", "286"],
            ["38 mm", "33.0 mm", "36.0 mm", "360"],
        ],
        (45, 55, 35, 35),
    ),
    ("h", "4. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Plenum pressure"),
            (
                "p",
                "Normal running is 700-1400 Pa. Below 600 Pa for 5 s alarm 103 is shown and the bottles can stop "
                "on the straights. Above 1800 Pa light bottles swing and scuff; lower the fan speed.",
            ),
            ("h", "Light bottles"),
            (
                "p",
                "Bottles lighter than 12 g need less air: start at 60 % fan speed and raise it only until the "
                "bottles run without gaps closing up.",
            ),
            ("h", "Accumulation"),
            (
                "p",
                "When the filler stops, the bottles may stand accumulated on the conveyor with the fans at "
                "accumulation speed (40 %) for no more than 10 min. After that alarm 107 is shown and the blow "
                "moulder is stopped; longer accumulation scuffs the bottles at the neck.",
            ),
            ("h", "Filters"),
            (
                "p",
                "Replace the G4 prefilter at 150 Pa pressure difference or after 3 months, whichever comes first. "
                "Replace the F7 bag filter at 300 Pa or after 12 months, whichever comes first. Never run a fan "
                "without its F7 bag.",
            ),
            ("h", "Wear strips"),
            (
                "p",
                "The wear strips are 6 mm thick when new. Replace them when 3 mm or less is left, or at once if "
                "a strip has a step or a burr at a joint.",
            ),
            ("h", "Gates"),
            (
                "p",
                "Gates switch only when the section in front of them is empty (photocell clear for 2 s). The "
                "compressed air must stay above 5 bar (alarm 111).",
            ),
        ],
    ),
    ("h", "5. Installation"),
    (
        "p",
        "The conveyor hangs from the ceiling steel or stands on floor supports every 3 m; the supporting steel is "
        "designed by the site's structural engineer from the loads on the layout drawing. Align the modules to "
        "within 0.5 mm at each joint, both in height and sideways: a step at a joint is the most common cause of "
        "jams. Leave at least 600 mm free in front of each filter housing door. Each fan must draw its air from the "
        "room, not from a duct, unless Aerolisse has agreed the duct.",
    ),
    ("h", "6. Alarms"),
    (
        "table",
        [
            ["Alarm", "Meaning", "Action"],
            ["101", "Emergency stop", "Release the emergency stop and press RESET."],
            ["102", "Fan drive fault", "The fan number is shown. Read the drive code; call Aerolisse service if it repeats."],
            ["103", "Plenum pressure low", "Below 600 Pa for 5 s. Check the filters and the fan."],
            ["104", "G4 prefilter blocked", "Pressure difference above 150 Pa. Replace the prefilter (section 9)."],
            ["105", "F7 bag filter blocked", "Pressure difference above 300 Pa. Replace the bag filter (section 9)."],
            ["106", "Jam", "Photocell at a curve or transfer blocked for more than 3 s. Clear the jam (section 10)."],
            ["107", "Accumulation too long", "Bottles accumulated for more than 10 min; blow moulder stopped."],
            ["109", "Gate position", "A gate did not reach its end position. Check the air and the sensor."],
            ["110", "Filler not ready", "The filler does not take bottles. See the filler panel."],
            ["111", "Air pressure low", "Compressed air below 5 bar."],
            ["112", "Service due", "8000 h since the last Aerolisse service."],
        ],
        (16, 44, 110),
    ),
    ("h", "7. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bottles stop and close up on a straight, alarm 103",
                "Filters blocked or a fan not running, so the plenum pressure is low",
                "Read the filter pressure differences; replace blocked filters; check the fan drive",
            ],
            [
                "Bottles drop through the rails after a format change",
                "Rail gap still set for a larger neck",
                "Set the gap from the format table in section 3 and check with a bottle",
            ],
            [
                "Bottles jam at the curves",
                "Worn or stepped wear strips, or rail gap too narrow",
                "Check the strips at the joints; check the gap",
            ],
            [
                "Bottles swing and scuff at the neck",
                "Too much air for a light bottle, or plenum above 1800 Pa",
                "Lower the fan speed (section 4)",
            ],
            [
                "Dust or fibres found in the bottles",
                "F7 bag torn or its seal not seated",
                "Stop the fan and check the bag and its frame seal",
            ],
            [
                "Gaps do not open behind a stop",
                "Conveyor speed too low for the blow moulder output",
                "Check the speed against section 2",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "8. Changing the neck format"),
    (
        "ol",
        [
            "Run the conveyor empty and stop the fans.",
            "Select the new format on the panel so that the fan speeds and the photocell times change.",
            "Turn each handwheel until its counter shows the value from the format table (section 3).",
            "Check the gap at the start, the middle and the end of each module with the gauge bottle of the format.",
            "Check that the support ring of the gauge bottle rides 1-2 mm above the wear strips.",
            "Start the fans and run 50 bottles through at low speed; watch the curves and the gates.",
        ],
    ),
    ("h", "9. Replacing the inlet filters"),
    (
        "ol",
        [
            "Stop the fan, lock off its drive and wait until the fan has stopped.",
            "Open the filter housing door.",
            "Pull out the G4 panel prefilter and put it in a bag at once.",
            "Pull out the F7 bag filter by its frame, without shaking it.",
            "Wipe the housing inside with a damp lint-free cloth.",
            "Slide in the new F7 bag with the pockets vertical and push the frame onto its seal.",
            "Fit the new G4 panel with the airflow arrow pointing to the fan.",
            "Close the door, start the fan and check that the plenum pressure is back at 700-1400 Pa.",
            "Write the date and the pressure difference readings in the log.",
        ],
    ),
    ("h", "10. Clearing a jam"),
    (
        "ol",
        [
            "Press STOP; the fans go to accumulation speed.",
            "Open the cover at the jam and take out the jammed bottles; do not put them back on the conveyor.",
            "Check the wear strips at the jam for burrs.",
            "Close the cover and press RESET, then START.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the plenum pressure and the filter pressure differences; look for fallen bottles under curves"],
            ["Weekly", "Clean the photocells; check the gates"],
            ["150 Pa or 3 months, whichever comes first", "Replace the G4 prefilters"],
            ["300 Pa or 12 months, whichever comes first", "Replace the F7 bag filters"],
            ["6 months", "Measure the wear strips; replace at 3 mm"],
            ["8000 h (alarm 112)", "Aerolisse service: fan bearings and impellers, drives"],
        ],
        (70, 100),
    ),
    ("h", "12. Safety notes"),
    (
        "ul",
        [
            "Never reach into a running conveyor to free a bottle.",
            "Wear hearing protection near the fans when they run above 80 % speed.",
            "Used filters hold dust; bag them at once.",
        ],
    ),
    ("h", "13. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["G4 panel prefilter 592 x 592 mm", "ARL-FG4-592"],
            ["F7 bag filter 592 x 592 mm, 8 pockets", "ARL-FF7-592"],
            ["Wear strip, UHMW-PE, 3 m", "ARL-WS-3000"],
            ["Filter housing door seal", "ARL-DS-600"],
            ["Photocell with reflector", "ARL-PC-22"],
            ["Gate cylinder", "ARL-GC-32"],
        ],
        (110, 60),
    ),
]
# ---------------------------------------------------------------- Glaciova LD liquid nitrogen dosers
GLACIOVA = [
    ("title", "Glaciova LD Liquid Nitrogen Dosers\nOperation and Maintenance Manual - LD-10 and LD-20"),
    (
        "p",
        "Document GLV-OM-LD-03, Edition 4, October 2024. Glaciova Cryogenic Dosing. The LD-10 and LD-20 drop a "
        "small, timed dose of liquid nitrogen (LN2) into each container between the filler and the capper. The "
        "nitrogen boils off, pushes the air out of the headspace and, once the cap is on, pressurises the "
        "container, so that a light still-water PET bottle stays firm in the pack and on the shelf. Each doser has a "
        "vacuum-insulated reservoir (dewar) with a level control and a heated dosing nozzle. Apart from the rate, "
        "the nozzle and the dewar, the two models are built alike.",
    ),
    (
        "p",
        "The LN2 bulk tank, the vacuum-insulated supply line and the phase separator are supplied and looked after "
        "by the gas supplier. The oxygen monitor in the filling room is the site's. Container pressure limits of "
        "each bottle are the bottle maker's; the limits below apply only where the bottle maker gives none lower.",
    ),
    (
        "warn",
        "WARNING: Liquid nitrogen is at -196 °C and burns skin on contact. Nitrogen gas displaces oxygen without "
        "any smell. Wear a face shield and cryogenic gloves at the dewar, and never dose into glass containers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LD-10", "LD-20"],
            ["Maximum dosing rate", "10 doses/s (36 000 containers/h)", "20 doses/s (72 000 containers/h)"],
            ["Dose time setting", "5-250 ms", "3-250 ms"],
            ["Nozzle orifice", "1.2 mm", "1.5 mm"],
            ["Nozzle flow at 0.8 bar dewar pressure", "2.5 mL/s", "4.0 mL/s"],
            ["Dose repeatability", "±3 %", "±2 %"],
            ["Dewar LN2 capacity", "6 L", "10 L"],
            ["Dewar working pressure", "0.3-1.2 bar", "0.3-1.2 bar"],
            ["LN2 supply pressure at the inlet", "1.5-3.0 bar", "1.5-3.0 bar"],
            ["Standby loss (dewar full, not dosing)", "1.0 L/h", "1.6 L/h"],
            ["Cool-down from warm to READY", "20 min", "30 min"],
            ["Purge gas, dry gaseous nitrogen", "0.5 bar, 30 NL/min", "0.5 bar, 50 NL/min"],
            ["Container conveyor speed", "up to 80 m/min", "up to 120 m/min"],
            ["Supply", "230 V 50 Hz, 0.6 kW", "230 V 50 Hz, 0.9 kW"],
            ["Mass", "38 kg", "52 kg"],
        ],
        (70, 50, 50),
    ),
    ("h", "2. Working out the dose"),
    (
        "p",
        "One millilitre of LN2 gives about 690 mL of nitrogen gas at 20 °C. About half of the dose boils off before "
        "the cap closes. Dose (mL) = headspace volume (mL) x target pressure (bar) x 2 / 690. Example: 25 mL of "
        "headspace at 1.5 bar: 25 x 1.5 x 2 / 690 = 0.109; set 0.11 mL.",
    ),
    (
        "p",
        "The panel asks for a dose time. Dose time (ms) = dose (mL) / nozzle flow (mL/s) x 1000. Example on an "
        "LD-10: 0.11 / 2.5 x 1000 = 44 ms. The nozzle flow in the table holds at 0.8 bar dewar pressure only; at "
        "other dewar pressures find the dose time by trial (section 7).",
    ),
    (
        "p",
        "Target container pressure for still water in PET: 0.8-2.0 bar, measured 10 min after capping with the "
        "bottle at 20 °C. Never more than 2.5 bar. Hot-filled products and carbonated products are not covered by "
        "this manual.",
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "READY"),
            (
                "p",
                "After a start from warm the dewar must cool down until its sensor reads below -190 °C; the panel "
                "then shows READY. Dosing is blocked until READY and N02 is shown. The first doses after READY may "
                "still be light: check bottles before releasing production.",
            ),
            ("h", "Dewar level"),
            (
                "p",
                "The level control keeps the dewar 40-70 % full. Below 20 % N04 is shown; below 10 % dosing stops. "
                "Above 85 % the fill valve closes (N03).",
            ),
            ("h", "Supply line"),
            (
                "p",
                "The phase separator must sit within 3 m of the doser and the vacuum-insulated line may be no "
                "longer than 25 m. Gas in the supply makes the doses uneven. Frost along the line means the line "
                "vacuum is lost: call the gas supplier.",
            ),
            ("h", "Purge gas"),
            (
                "p",
                "Dry nitrogen gas must flow through the nozzle shroud whenever the dewar is cold, or ice forms on "
                "the nozzle. Below 0.3 bar N08 is shown.",
            ),
            ("h", "Nozzle position"),
            (
                "p",
                "Set the nozzle 8-15 mm above the container mouth, over its centre. The cap must be on no more than "
                "0.6 s after the dose; at a longer time the nitrogen escapes and the pressure falls.",
            ),
            ("h", "Pressure check"),
            (
                "p",
                "Measure 5 bottles with the piercing gauge 10 min after capping. The readings should lie within "
                "±0.3 bar of each other; a wider spread points to gas in the supply or a dirty trigger photocell.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["N01", "Emergency stop", "Release the emergency stop and press RESET."],
            ["N02", "Not ready", "Dewar warmer than -190 °C. Wait for the cool-down; check the supply valve."],
            ["N03", "Level high", "Above 85 %. Fill valve closed; check the level sensor if it repeats."],
            ["N04", "Level low", "Below 20 %; dosing stops at 10 %. Check the supply pressure and valve."],
            ["N06", "Supply pressure low", "Below 1.5 bar for 30 s. Call the gas supplier if the bulk tank is low."],
            ["N07", "Dewar pressure high", "Above 1.4 bar. The vent opens; the relief valve opens at 1.5 bar."],
            ["N08", "Purge gas low", "Below 0.3 bar. Check the purge gas supply and the regulator."],
            ["N09", "Encoder lost", "No conveyor encoder signal. Check the cable and the coupling."],
            ["N10", "Trigger photocell", "Photocell dirty or blocked. Clean the lens and the reflector."],
            ["N11", "Nozzle heater", "Heater open circuit or temperature sensor fault."],
            ["N12", "Dose counter", "20 million doses: replace the valve seat (service)."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Bottles soft after capping",
                "Dose too small, ice on the nozzle, dewar level low, or dosing started before READY",
                "Check READY and the level; look at the nozzle for ice; check the purge gas",
            ],
            [
                "Bottles hard, caps domed, pressure above 2.5 bar",
                "Dose too large, or the dose time of another format selected",
                "Check the format and work out the dose again (section 2)",
            ],
            [
                "Pressure spread wider than ±0.3 bar from bottle to bottle",
                "Gas in the supply line (phase separator not venting), or unsteady dewar pressure",
                "Check the phase separator vent; call the gas supplier if the line frosts",
            ],
            [
                "Ice or snow growing on the nozzle",
                "Purge gas off or too low, or a very humid room",
                "Restore the purge gas at 0.5 bar; defrost the nozzle (section 8)",
            ],
            [
                "Doser misses bottles",
                "Trigger photocell dirty, or encoder slipping",
                "Clean the photocell; check the encoder coupling",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Check that the purge gas is on at 0.5 bar.",
            "Check the supply pressure at the inlet: 1.5-3.0 bar.",
            "Open the doser supply valve slowly, over about 1 min.",
            "Switch on. The dewar fills and cools down; wait for READY (20 min LD-10, 30 min LD-20).",
            "Select the format and check the dose time shown.",
            "Run 10 bottles and measure 5 of them 10 min after capping.",
            "Release production when the readings are within the target range.",
        ],
    ),
    ("h", "7. Setting the dose for a new product"),
    (
        "ol",
        [
            "Work out the dose and the dose time (section 2).",
            "Enter them in a new format and save it.",
            "Set the nozzle height to 8-15 mm above the container mouth.",
            "Run 10 bottles and measure 5 of them after 10 min.",
            "If the pressure is low or high, change the dose time in steps of 5 ms and test again.",
            "Save the format when 5 bottles in a row are within the target range.",
        ],
    ),
    ("h", "8. Defrosting and cleaning the nozzle"),
    (
        "ol",
        [
            "Stop dosing and close the supply valve.",
            "Switch the nozzle heater to DEFROST for 10 min.",
            "Wearing cryogenic gloves, unscrew the nozzle tip and check the orifice against the light.",
            "Clean it with dry nitrogen gas only; never use water or a wire.",
            "Refit the tip hand-tight plus a quarter turn.",
            "Open the supply valve and wait for READY.",
        ],
    ),
    ("h", "9. Shutting down"),
    (
        "p",
        "For a stop of less than 2 h, leave the doser cold: keep the supply valve open and the purge gas on, so "
        "that it is READY again at once. The standby loss in the table is then used. For a longer stop, or at the "
        "end of the week, shut it down as follows.",
    ),
    (
        "ol",
        [
            "Stop dosing and select STANDBY.",
            "Close the doser supply valve; leave the gas supplier's line valve as it is.",
            "Let the dewar boil empty through the vent; from 50 % this takes about 3 h on either model.",
            "Keep the purge gas on until the nozzle is above 0 °C, then close it.",
            "Switch the nozzle heater to DEFROST and wipe off the water when the ice has melted.",
            "Switch off at the main switch.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Look for ice on the nozzle; check the purge gas pressure"],
            ["Weekly", "Clean the trigger photocell; check 5 bottle pressures"],
            ["Monthly", "Check the dewar outer wall for cold spots or sweating (lost vacuum)"],
            [
                "20 million doses (N12) or 12 months, whichever comes first",
                "Replace the valve seat kit (Glaciova service)",
            ],
            ["Yearly", "Relief valve check by the site's competent person"],
        ],
        (70, 100),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Never close LN2 between two valves without a relief valve; trapped liquid builds great pressure.",
            "Keep the dosing area ventilated; fit the doser only where the site's oxygen monitor covers it.",
            "Never dose into glass or into a container the bottle maker has not approved for pressure.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "LD-10", "LD-20"],
            ["Nozzle assembly", "GLV-NZ-12", "GLV-NZ-15"],
            ["Valve seat kit", "GLV-VS-10", "GLV-VS-20"],
            ["Dewar level sensor", "GLV-LS-6", "GLV-LS-10"],
            ["Relief valve 1.5 bar", "GLV-RV-15", "GLV-RV-15"],
            ["Trigger photocell", "GLV-PC-1", "GLV-PC-1"],
            ["Nozzle heater", "GLV-HT-10", "GLV-HT-20"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("effervo-cc-carbo-cooler.pdf", "Effervo EFV-OM-CC-04 Ed 3 - CC-6 / CC-12", EFFERVO),
        ("manchetta-sl-sleeve-labeller-steam-tunnel.pdf", "Manchetta MCH-OM-SL-11 Ed 2 - SL-18 / SL-30", MANCHETTA),
        ("aerolisse-ac-neck-guided-air-conveyor.pdf", "Aerolisse ARL-IOM-AC400-07 Ed 1 - AC-400", AEROLISSE),
        ("glaciova-ld-liquid-nitrogen-doser.pdf", "Glaciova GLV-OM-LD-03 Ed 4 - LD-10 / LD-20", GLACIOVA),
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
